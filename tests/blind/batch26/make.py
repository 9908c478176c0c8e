#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Batch 26 - blind labelled test mail for the Sint-Pieterscollege (fictional).

Large Catholic secondary school in Leuven centre: big first grade, sports track,
pupil counsellor who lives in Teams, staff room that forwards mail all day.
This batch leans on mail among staff.

Run:  python3 make.py      (standard library only, deterministic)
Writes NNN-slug.eml, labels.yaml and roster.csv next to this script.
"""
import csv
import hashlib
import html as htmlmod
import io
import json
import os
import random
import re
import sys
import textwrap
import zipfile
from datetime import datetime, timedelta, timezone
from email import charset as emcharset
from email.generator import BytesGenerator
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import formataddr, format_datetime, parseaddr
import quopri
import base64

OUT = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- roster
CLASS_SIZES = {}
for c, n in zip("ABCD", (20, 20, 18, 18)):
    CLASS_SIZES["1" + c] = n
for y, n in ((2, 15), (3, 12), (4, 11), (5, 11), (6, 12)):
    for c in "ABCD":
        CLASS_SIZES[f"{y}{c}"] = n

FIRST = """Lotte Emma Noor Marie Lina Julie Ella Fien Hanne Elise Amber Lore Nina Zoë Jana Lisa Sara Febe Yasmina
Aya Salma Imane Hiba Nour Elif Zeynep Ecem Zuzanna Maja Oliwia Grace Divine Merveille Chloé Axelle Kato Jolien
Noah Lucas Louis Arthur Jules Liam Mathis Wout Seppe Kobe Milan Jens Senne Lars Tuur Warre Rune Lowie Bram Viktor
Mohamed Adam Ayoub Bilal Ilias Rayan Hamza Anas Yusuf Emir Kerem Burak Mikołaj Jakub Kacper Gloire Exaucé Christ
Thibo Robbe Stan Finn Jasper Cas Ferre Mauro Vic Daan Lukas Hugo Ward Mats Elias Thomas""".split()
LAST = """Peeters|Janssens|Maes|Jacobs|Mertens|Willems|Claes|Goossens|Wouters|De Smet|Dubois|Lambrecht|Vermeulen|
Hermans|Aerts|Michiels|Smets|Van den Broeck|Verstraeten|Coppens|Bogaerts|Vandenberghe|Claessens|Segers|Pauwels|
Declercq|Van Hoof|Leemans|Cuypers|Wuyts|Vanderheyden|De Wilde|Vandamme|Stevens|Geerts|Jorissen|Huybrechts|Nys|
Moens|Baert|El Amrani|Benali|Bouzid|El Idrissi|Ouali|Azzouzi|Chakir|Yilmaz|Demir|Kaya|Öztürk|Çelik|Kowalski|
Nowak|Zieliński|Mbuyi|Kabongo|Lukusa|Tshibangu|Ilunga|Nsimba|Vanhoutte|Van Roey|Dierickx|Verbist|Meeus|Thys|
Bertels|Lenaerts|Op de Beeck|Vranckx|Schoofs|Swinnen|Mariën|Heylen""".replace("\n", "").split("|")
ADULT = """Sarah Katrien Sofie An Els Veerle Kristel Ilse Nathalie Tine Liesbeth Inge Fatima Khadija Samira Naima Leila
Ayşe Fatma Hatice Agnieszka Katarzyna Anna Mireille Esther Patricia Bart Tom Kris Pieter Koen Geert Dirk Stijn
Wim Jan Peter Mohamed Rachid Ahmed Karim Mustafa Mehmet Ali Tomasz Piotr Jean-Pierre Patrick Serge""".split()
PARENT_DOMAINS = ["telenet.be", "gmail.com", "hotmail.com", "skynet.be", "proximus.be", "outlook.com", "telenet.be", "gmail.com"]


def slugname(s):
    s = s.lower()
    for a, b in (("é", "e"), ("è", "e"), ("ë", "e"), ("ö", "o"), ("ç", "c"), ("ş", "s"), ("ś", "s"), ("ł", "l"),
                 ("ń", "n"), ("ï", "i"), ("ü", "u"), ("ğ", "g"), ("ı", "i"), ("á", "a")):
        s = s.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "", s.replace(" ", ""))


class Pupil:
    def __init__(self, first, last, klas, p1, p2=""):
        self.first, self.last, self.klas, self.p1, self.p2 = first, last, klas, p1, p2
        self.id = None

    @property
    def name(self):
        return f"{self.first} {self.last}"

    @property
    def mail(self):
        return f"{slugname(self.first)}.{slugname(self.last)}@leerling.sintpieterscollege.be"

    @property
    def ini(self):
        parts = [w for w in self.last.split() if w[0].isupper()]
        return f"{self.first[0]}.{parts[-1][0]}."


FEATURED = []


def F(klas, first, last, p1, p2=""):
    p = Pupil(first, last, klas, p1, p2)
    FEATURED.append(p)
    return p


def build_roster():
    rnd = random.Random(2026)
    used_mail = set()
    for p in FEATURED:
        used_mail.update([p.p1, p.p2])
    names_taken = {(p.first, p.last) for p in FEATURED}
    rows = []
    for klas, size in CLASS_SIZES.items():
        pupils = [p for p in FEATURED if p.klas == klas]
        while len(pupils) < size:
            first, last = rnd.choice(FIRST), rnd.choice(LAST)
            if (first, last) in names_taken or any(p.first == first for p in FEATURED if p.klas == klas):
                continue
            names_taken.add((first, last))
            mails = []
            for k in range(2 if rnd.random() < 0.72 else 1):
                while True:
                    pf = rnd.choice(ADULT)
                    ln = last if k == 0 or rnd.random() < 0.5 else rnd.choice(LAST)
                    form = rnd.randrange(4)
                    dom = rnd.choice(PARENT_DOMAINS)
                    if form == 0:
                        m = f"{slugname(pf)}.{slugname(ln)}@{dom}"
                    elif form == 1:
                        m = f"{slugname(pf)[0]}{slugname(ln)}{rnd.randrange(60, 99)}@{dom}"
                    elif form == 2:
                        m = f"{slugname(pf)}{slugname(ln)}@{dom}"
                    else:
                        m = f"{slugname(ln)}.{slugname(pf)}{rnd.randrange(1, 9)}@{dom}"
                    if m not in used_mail:
                        used_mail.add(m)
                        mails.append(m)
                        break
            pupils.append(Pupil(first, last, klas, mails[0], mails[1] if len(mails) > 1 else ""))
        pupils.sort(key=lambda p: (slugname(p.last), slugname(p.first)))
        rows.extend(pupils)
    for i, p in enumerate(rows, 1):
        p.id = f"P{i:04d}"
    return rows


def write_roster(rows):
    with open(os.path.join(OUT, "roster.csv"), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(["Intern nummer", "Voornaam", "Naam", "Klas", "E-mailadres leerling", "E-mailadres ouder 1",
                    "E-mailadres ouder 2"])
        for p in rows:
            w.writerow([p.id, p.first, p.last, p.klas, p.mail, p.p1, p.p2])


# ---------------------------------------------------------------- staff
class Staff:
    def __init__(self, first, last, role, short=None, private=None, gsm=None):
        self.first, self.last, self.role = first, last, role
        self.addr = f"{slugname(first)}.{slugname(last)}@sintpieterscollege.be"
        self.short = f"{short}@spc.ksleuven.be" if short else None
        self.private, self.gsm = private, gsm

    @property
    def name(self):
        return f"{self.first} {self.last}"

    def a(self, short=False):
        return formataddr((self.name, self.short if short and self.short else self.addr))


S = {}


def st(key, *a, **kw):
    S[key] = Staff(*a, **kw)
    return S[key]


st("dir", "Hilde", "Vanderstraeten", "directeur", short="hvds")
st("adj1", "Koen", "Lemmens", "adjunct-directeur eerste graad", short="kle")
st("adj2", "Mireille", "Opdebeeck", "adjunct-directeur tweede en derde graad", short="mop")
st("lb", "Sofie", "Claes", "leerlingenbegeleider", short="scl", private="sofieclaes.leuven@gmail.com")
st("zc", "Bart", "Wouters", "zorgcoördinator", short="bwo")
st("zl", "Leen", "Verstraeten", "zorgleerkracht eerste graad", short="lve")
st("sec", "Martine", "Goossens", "secretariaat", short="mgo")
st("boek", "Rita", "Maes", "boekhouding / schoolrekeningen", short="rma")
st("ict", "Jeroen", "Smets", "ICT-coördinator", short="jsm")
st("hr", "Annelies", "Wuyts", "personeelsdienst", short="awu")
st("opv", "Karim", "El Amrani", "opvoeder / leerlingensecretariaat", short="kea")
st("opv2", "Nele", "Bogaerts", "opvoeder eerste graad", short="nbo")
st("sport", "Tom", "Verhaegen", "coördinator sportrichting", short="tve", private="tomverhaegen@hotmail.com")
st("an", "An", "Devos", "leraar Nederlands, titularis 1A", short="ade", private="an.devos76@gmail.com")
st("pj", "Pieter", "Janssens", "leraar wiskunde", short="pja", private="pjanssens@hotmail.com")
st("nd", "Nathalie", "Dubois", "lerares Frans", short="ndu")
st("ey", "Emre", "Yılmaz", "leraar aardrijkskunde", short="eyi")
st("ek", "Ewa", "Kowalska", "lerares Engels", short="eko")
st("gvd", "Griet", "Van Damme", "lerares geschiedenis", short="gvd")
st("jp", "Joris", "Peeters", "leraar LO", short="jpe")
st("im", "Ilse", "Mertens", "lerares biologie, titularis 3B", short="ime")
st("wds", "Wim", "De Smet", "leraar techniek", short="wds")
st("fb", "Fatima", "Bouzid", "lerares godsdienst", short="fbo")
st("dva", "Dirk", "Van Aken", "leraar chemie", short="dva")
st("lh", "Lien", "Hermans", "titularis 1B", short="lhe")
st("sc", "Stijn", "Coppens", "interimaris wiskunde", short="sco", private="stijn.coppens.interim@outlook.com")
st("mj", "Marieke", "Jacobs", "interimaris Nederlands", short="mja", private="mariekejacobs@gmail.com")
st("bw", "Bram", "Willems", "leraar fysica, titularis 5D", short="bwi")
st("sl", "Sarah", "Lambrecht", "lerares muziek", short="sla")
st("km", "Kevin", "Mbala", "leraar wiskunde, titularis 4A", short="kmb")
st("hs", "Hanne", "Segers", "lerares economie, titularis 6B", short="hse")
st("conc", "Luc", "Thys", "conciërge / preventieadviseur", short="lth")
st("uur", "Geert", "Nys", "uurroostermaker", short="gny")
st("tb", "Tine", "Baert", "lerares LO / sportrichting", short="tba")
st("ksc", "Katleen", "Schoofs", "titularis 2C", short="ksc")
st("wv", "Ward", "Vranckx", "titularis 6D", short="wvr")

SCHOOL_TEL = "016 29 44 10"
SCHOOL_ADR = "Sint-Pieterscollege · Naamsestraat 58 · 3000 Leuven"
SCHOOL_DOMAINS = ("sintpieterscollege.be", "ksleuven.be")
GROUP_LOCALS = re.compile(r"^(ouders|leerlingen|personeel|klas|vakgroep|leraren|titularissen|team|lkr|allen|iedereen)([-.].*)?$")

CLB = ("Katrien Van Hoof", "katrien.vanhoof@clb-leuven.be")
CLB2 = ("Ruben Lenaerts", "ruben.lenaerts@clb-leuven.be")


def sig(s, tel=False, gsm=False, title=None, school=True):
    lines = ["", "--", s.name, title or s.role]
    if school:
        lines.append("Sint-Pieterscollege Leuven")
    if tel:
        lines.append(f"T {SCHOOL_TEL}")
    if gsm and s.gsm:
        lines.append(f"GSM {s.gsm}")
    return "\n".join(lines) + "\n"


S["lb"].gsm = "0472 18 63 05"
S["sport"].gsm = "0495 31 27 64"
S["opv"].gsm = "0486 70 12 93"
S["conc"].gsm = "0477 52 08 41"
S["zc"].gsm = "0468 22 91 37"


# ---------------------------------------------------------------- helpers for bodies
def T(s):
    return textwrap.dedent(s).strip("\n") + "\n"


DAYS_NL = ["ma", "di", "wo", "do", "vr", "za", "zo"]
MONTHS_NL = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
DAYS_FULL = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
MONTHS_FULL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
               "november", "december"]


def dt(s):
    d = datetime.strptime(s, "%Y-%m-%d %H:%M")
    # Belgian DST roughly: last Sunday of March .. last Sunday of October
    summer = (d.month, d.day) >= (3, 29) and (d.month, d.day) < (10, 26)
    return d.replace(tzinfo=timezone(timedelta(hours=2 if summer else 1)))


def quote_gmail(text, who, when):
    d = dt(when)
    head = f"Op {DAYS_NL[d.weekday()]} {d.day} {MONTHS_NL[d.month-1]} {d.year} om {d:%H:%M} schreef {who}:"
    return head + "\n" + "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"


def quote_outlook(text, frm, to, subject, when, cc=None):
    d = dt(when)
    h = [f"Van: {frm}", f"Verzonden: {DAYS_FULL[d.weekday()]} {d.day} {MONTHS_FULL[d.month-1]} {d.year} {d:%H:%M}",
         f"Aan: {to}"]
    if cc:
        h.append(f"CC: {cc}")
    h.append(f"Onderwerp: {subject}")
    return "\n".join(h) + "\n\n" + text


def fwd_inline(text, frm, to, subject, when, lang="nl"):
    d = dt(when)
    if lang == "en":
        return ("---------- Forwarded message ---------\n"
                f"From: {frm}\nDate: {d:%a, %b %d, %Y at %H:%M}\nSubject: {subject}\nTo: {to}\n\n" + text)
    return ("---------- Doorgestuurd bericht ---------\n"
            f"Van: {frm}\nDate: {DAYS_NL[d.weekday()]} {d.day} {MONTHS_NL[d.month-1]} {d.year} om {d:%H:%M}\n"
            f"Subject: {subject}\nTo: {to}\n\n" + text)


def teams(*lines):
    """lines: (time, who, text)"""
    out = []
    for t, who, txt in lines:
        out.append(f"[{t}] {who}")
        out.append(txt)
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- html rendering
def text_to_html(text, outlook=True):
    out = []
    para = []
    table = []

    def flush_para():
        if para:
            inner = "<br>\n".join(htmlmod.escape(l) for l in para)
            cls = ' class=MsoNormal' if outlook else ''
            out.append(f"<p{cls}>{inner}</p>")
            para.clear()

    def flush_table():
        if table:
            rows = []
            for i, r in enumerate(table):
                cells = [c.strip() for c in r.strip().strip("|").split("|")]
                tag = "th" if i == 0 else "td"
                st_ = ' style="border:solid #BFBFBF 1.0pt;padding:2pt 5pt"'
                rows.append("<tr>" + "".join(f"<{tag}{st_}>{htmlmod.escape(c)}</{tag}>" for c in cells) + "</tr>")
            out.append('<table border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse">\n'
                       + "\n".join(rows) + "\n</table>")
            table.clear()

    for line in text.split("\n"):
        if line.startswith("|"):
            flush_para()
            table.append(line)
        elif not line.strip():
            flush_para()
            flush_table()
        else:
            flush_table()
            para.append(line)
    flush_para()
    flush_table()
    body = "\n".join(out)
    if outlook:
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">\n'
                '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style></head>\n'
                '<body lang=NL-BE link="#0563C1" vlink="#954F72"><div class=WordSection1>\n' + body +
                "\n</div></body></html>\n")
    return '<div dir="ltr">\n' + body + "\n</div>\n"


def text_plain_of_tables(text):
    out = []
    for line in text.split("\n"):
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            out.append("\t".join(cells))
        else:
            out.append(line)
    return "\n".join(out)


# ---------------------------------------------------------------- mime building
def cs(name, enc):
    c = emcharset.Charset(name)
    c.body_encoding = {"qp": emcharset.QP, "b64": emcharset.BASE64, "8bit": None}[enc]
    c.header_encoding = emcharset.QP
    return c


def textpart(text, subtype="plain", enc="qp", charset="utf-8"):
    text = text.replace("\r\n", "\n")
    if enc == "8bit" and charset == "utf-8":
        try:
            text.encode("ascii")
            p = MIMEText(text, subtype, "us-ascii")
            return p
        except UnicodeEncodeError:
            pass
    return MIMEText(text, subtype, cs(charset, enc))


def hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8")


def addr_of(a):
    return parseaddr(a)[1].lower()


def fmt_addrs(lst):
    out = []
    for a in lst:
        if isinstance(a, tuple):
            a = formataddr(a)
        elif isinstance(a, Staff):
            a = a.a()
        out.append(a)
    return out


def encode_addr_header(lst):
    parts = []
    for a in lst:
        name, ad = parseaddr(a)
        if name:
            try:
                name.encode("ascii")
                parts.append(formataddr((name, ad)))
            except UnicodeEncodeError:
                parts.append(formataddr((name, ad), charset="utf-8"))
        else:
            parts.append(ad)
    return ", ".join(parts)


MAILS = []


class Mail:
    def __init__(self, slug, frm, to, subject, body, date, *, cc=(), bcc=(), mail_from=None, rcpt=None,
                 kind="qp", html=None, attach=(), fwd=None, rules=(), cats=None, about=(), mis=False, note="",
                 lang="nl", fmt=(), charset="utf-8", xmailer=None, reply_to=None, extra_headers=None,
                 importance=None, label_phone_ok=False):
        self.slug, self.subject, self.body, self.date = slug, subject, body, date
        self.frm = fmt_addrs([frm])[0]
        self.to, self.cc, self.bcc = fmt_addrs(to), fmt_addrs(cc), fmt_addrs(bcc)
        self.mail_from = mail_from or addr_of(self.frm)
        self.rcpt = rcpt or [addr_of(a) for a in self.to + self.cc + self.bcc]
        self.kind, self.html, self.attach, self.fwd = kind, html, list(attach), fwd
        self.rules, self.cats = list(rules), cats or {}
        self.about = [p.id if isinstance(p, Pupil) else p for p in about]
        self._about_obj = list(about)
        self.mis, self.note, self.lang, self.fmt = mis, note, lang, list(fmt)
        self.charset, self.xmailer, self.reply_to = charset, xmailer, reply_to
        self.extra_headers = extra_headers or {}
        self.importance = importance
        MAILS.append(self)

    # -- MIME
    def body_part(self):
        k = self.kind
        text = self.body
        if k in ("qp", "b64", "8bit"):
            return textpart(text_plain_of_tables(text), "plain", k, self.charset)
        if k == "cp1252":
            return textpart(text_plain_of_tables(text), "plain", "8bit", "windows-1252")
        if k == "html":
            h = self.html or text_to_html(text, outlook=False)
            return textpart(h, "html", "qp")
        if k in ("alt", "alt-b64"):
            alt = MIMEMultipart("alternative", boundary=self.boundary("alt"))
            enc = "b64" if k == "alt-b64" else "qp"
            alt.attach(textpart(text_plain_of_tables(text), "plain", enc))
            alt.attach(textpart(self.html or text_to_html(text, outlook=True), "html", enc))
            return alt
        raise ValueError(k)

    def boundary(self, tag):
        h = hashlib.sha1((self.slug + tag).encode()).hexdigest()
        if tag == "alt":
            return f"_000_{h[:24].upper()}_"
        return f"===============_{h[:20]}=="

    def build(self):
        main = self.body_part()
        if main.is_multipart() and not (self.attach or self.fwd is not None):
            main["Content-Transfer-Encoding"] = "7bit"
        if self.attach or self.fwd is not None:
            mixed = MIMEMultipart("mixed", boundary=self.boundary("mixed"))
            mixed.attach(main)
            if self.fwd is not None:
                inner = self.fwd.build_inner()
                mp = MIMEMessage(inner)
                mp.add_header("Content-Disposition", "attachment", filename=self.fwd.subject[:40] + ".eml")
                mixed.attach(mp)
            for fn, data, ctype in self.attach:
                maintype, subtype = ctype.split("/")
                if maintype == "text":
                    part = MIMEText(data.decode("utf-8") if isinstance(data, bytes) else data, subtype,
                                    cs("utf-8", "b64"))
                else:
                    part = MIMEApplication(data, subtype)
                part.add_header("Content-Disposition", "attachment", filename=fn)
                mixed.attach(part)
            msg = mixed
            eight = any(p.get("Content-Transfer-Encoding") == "8bit" for p in mixed.walk())
            msg["Content-Transfer-Encoding"] = "8bit" if eight else "7bit"
        else:
            msg = main
        for part in msg.walk():
            if part is not msg and "MIME-Version" in part and "From" not in part:
                del part["MIME-Version"]
        msg["Date"] = format_datetime(dt(self.date))
        msg["From"] = encode_addr_header([self.frm])
        if self.to:
            msg["To"] = encode_addr_header(self.to)
        if self.cc:
            msg["Cc"] = encode_addr_header(self.cc)
        if self.reply_to:
            msg["Reply-To"] = self.reply_to
        msg["Subject"] = hdr(self.subject)
        dom = self.mail_from.split("@")[1]
        h = hashlib.sha1(self.slug.encode()).hexdigest()
        if "outlook" in dom or dom.endswith("sintpieterscollege.be") or dom.endswith("ksleuven.be"):
            msg["Message-ID"] = f"<{h[:16].upper()}@AM9PR02MB{h[18:22].upper()}.eurprd02.prod.outlook.com>"
        elif dom == "gmail.com":
            msg["Message-ID"] = f"<CAK{h[:30]}@mail.gmail.com>"
        else:
            msg["Message-ID"] = f"<{h[:24]}@{dom}>"
        if self.xmailer:
            msg["X-Mailer"] = self.xmailer
        if self.importance:
            msg["Importance"] = self.importance
        for k, v in self.extra_headers.items():
            msg[k] = v
        if "MIME-Version" not in msg:
            msg["MIME-Version"] = "1.0"
        # put MIME-Version/Content-* after the addressing headers for a natural look
        items = msg._headers
        front = [x for x in items if not x[0].lower().startswith("content-") and x[0] != "MIME-Version"]
        back = [x for x in items if x[0] == "MIME-Version"] + [x for x in items if x[0].lower().startswith("content-")]
        msg._headers = front + back
        return msg

    def build_inner(self):
        return self.build()

    def fmt_list(self):
        f = {"qp": "plain-qp", "b64": "plain-b64", "8bit": "plain-8bit", "cp1252": "cp1252-8bit", "html": "html",
             "alt": "alt", "alt-b64": "alt-b64"}[self.kind]
        out = [f]
        if self.fwd is not None:
            out.append("fwd-attached")
        if self.attach:
            out.append("attachment")
        if any(l.startswith("|") for l in self.body.split("\n")) and self.kind.startswith("alt"):
            out.append("table")
        for x in self.fmt:
            if x not in out:
                out.append(x)
        return out


class Inner(Mail):
    """A mail used only as a message/rfc822 attachment (not written, not labelled)."""

    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        MAILS.remove(self)


# ---------------------------------------------------------------- featured pupils (rest of the roster is generated)
# misdirected pairs (X is written about, Y's parent receives)
LARS = F("2A", "Lars", "Peeters", "kristel.peeters72@gmail.com", "jpeeters@telenet.be")
EMMA_P = F("4C", "Emma", "Peeters", "bart.peeters@telenet.be", "ann.vrancken@skynet.be")
YASMINE = F("1B", "Yasmine", "El Idrissi", "samira.elidrissi@hotmail.com")
YASMINA = F("1B", "Yasmina", "Benali", "naima.benali@gmail.com", "ahmed.benali@gmail.com")
MILAN = F("2B", "Milan", "Vandamme", "kvandamme@telenet.be")
JENS = F("2B", "Jens", "Wuyts", "veerle.wuyts@skynet.be", "stijn.wuyts@telenet.be")
BILAL = F("3A", "Bilal", "Ouali", "rachid.ouali@gmail.com")
SARA_DW = F("3C", "Sara", "De Wilde", "sdewilde@proximus.be")
NOAH_V = F("1A", "Noah", "Vermeulen", "tine.vermeulen@telenet.be")
NOAH_D = F("1C", "Noah", "Declercq", "liesbeth.declercq@telenet.be", "pieter.declercq@gmail.com")
MATHIS = F("3B", "Mathis", "Kabongo", "mkabongo@gmail.com")
JOLIEN = F("3B", "Jolien", "Michiels", "inge.michiels@telenet.be")
OLIVER = F("5A", "Oliver", "Smith", "claire.smith.leuven@gmail.com")
OLIVIA = F("2D", "Olivia", "Smit", "jsmit@outlook.com")
ZOE = F("4B", "Zoë", "Lambrecht", "an.lambrecht@gmail.com")
FINN = F("1D", "Finn", "Verbeke", "sofie.verbeke@telenet.be")
THIBAULT = F("3D", "Thibault", "Nsimba", "esther.nsimba@gmail.com")
THIBO = F("3D", "Thibo", "Van Roey", "geert.vanroey@telenet.be")
ILIAS = F("2C", "Ilias", "Azzouzi", "azzouzi.khadija@hotmail.com")
RAYAN = F("2C", "Rayan", "Chakir", "fatima.chakir@hotmail.com")
LUCAS_M = F("1D", "Lucas", "Moens", "dirk.moens@telenet.be", "els.moens@gmail.com")
LUCAS_G = F("1A", "Lucas", "Geerts", "tom.geerts@gmail.com")
INES = F("4D", "Inès", "Dumont", "nathalie.dumont@skynet.be")
GRACE = F("4D", "Grace", "Tshibangu", "mireille.tshibangu@gmail.com")
# correctly addressed look-alikes
WARRE = F("2A", "Warre", "Jacobs", "els.jacobs@telenet.be")
LOTTE = F("1A", "Lotte", "Aerts", "veerle.aerts@gmail.com", "koen.aerts@telenet.be")
SENNE = F("2B", "Senne", "Huybrechts", "huybrechts.patrick@skynet.be")
KACPER = F("3A", "Kacper", "Nowak", "agnieszka.nowak@gmail.com")
FEBE = F("1C", "Febe", "Stevens", "sofie.stevens@outlook.com")
LIAM = F("5B", "Liam", "Walsh", "siobhan.walsh@gmail.com")
ROBBE = F("3D", "Robbe", "Jorissen", "kristel.jorissen@telenet.be")
AXELLE = F("5C", "Axelle", "Lukusa", "patricia.lukusa@skynet.be")
JULES = F("1D", "Jules", "Leemans", "kris.leemans@telenet.be", "liesbeth.vandenbroeck@gmail.com")
ADAM = F("2C", "Adam", "Kaya", "hatice.kaya@hotmail.com")
MERVEILLE = F("4D", "Merveille", "Ilunga", "serge.ilunga@proximus.be")
HIBA = F("3B", "Hiba", "Çelik", "fatma.celik@hotmail.com")
MATS = F("4A", "Mats", "Heylen", "geert.heylen@telenet.be")
AIDEN = F("3B", "Aiden", "Murphy", "ciara.murphy@outlook.com")
# pupils in internal mails
NOOR = F("2C", "Noor", "Meeus", "katrien.meeus@telenet.be")
MARIE_S = F("1B", "Marie", "Swinnen", "swinnen.annelies@gmail.com")
FIEN = F("1A", "Fien", "Bertels", "ilse.bertels@telenet.be")
RUNE = F("1A", "Rune", "Mariën", "dorien.marien@skynet.be")
KOBE = F("3B", "Kobe", "Lenaerts", "wim.lenaerts@telenet.be")
HAMZA = F("1C", "Hamza", "Demir", "mehmet.demir@hotmail.com")
AYOUB = F("2D", "Ayoub", "Haddouchi", "naima.haddouchi@gmail.com")
EXAUCE = F("1D", "Exaucé", "Kabeya", "mireille.kabeya@gmail.com")
ZUZANNA = F("2A", "Zuzanna", "Wiśniewska", "katarzyna.wisniewska@gmail.com")
ELISE = F("3C", "Elise", "Cuypers", "els.cuypers@telenet.be")
SEPPE = F("4A", "Seppe", "Vanhoutte", "vanhoutte.kim@gmail.com")
JANA = F("4B", "Jana", "Claessens", "tom.claessens@telenet.be")
ECEM = F("6C", "Ecem", "Öztürk", "ayse.ozturk@hotmail.com")
VIKTOR = F("5A", "Viktor", "Dierickx", "peter.dierickx@telenet.be")
WOUT = F("2B", "Wout", "Vanderheyden", "kathy.vanderheyden@skynet.be")
ELIAS = F("1B", "Elias", "Pauwels", "jan.pauwels@telenet.be")
LOWIE = F("2A", "Lowie", "Verbist", "nathalie.verbist@gmail.com", "stefan.verbist@telenet.be")
LINA = F("1A", "Lina", "Mbuyi", "mbuyi.esther@gmail.com")
JASPER = F("3A", "Jasper", "Vandevelde", "bart.vandevelde@telenet.be")
KEREM = F("2D", "Kerem", "Aslan", "ali.aslan@hotmail.com")
JAKUB = F("5B", "Jakub", "Zieliński", "piotr.zielinski@gmail.com")
STAN = F("1B", "Stan", "Verhulst", "veerle.verhulst@telenet.be")
SALMA = F("3C", "Salma", "Bakkali", "leila.bakkali@gmail.com")
FERRE = F("4C", "Ferre", "Smeets", "kristel.smeets@telenet.be")
JULIE = F("5D", "Julie", "Vervoort", "vervoort.inge@skynet.be")
AHMAD = F("2B", "Ahmad", "Rahimi", "m.rahimi@gmail.com")
CAS = F("3A", "Cas", "Van Gorp", "ilse.vangorp@telenet.be")
HANNE_V = F("2D", "Hanne", "Vos", "sarah.vos@outlook.com")
KATO = F("4C", "Kato", "Wijns", "katrien.wijns@telenet.be")
GLOIRE = F("1C", "Gloire", "Kalonji", "jp.kalonji@gmail.com")
ANAS = F("3D", "Anas", "El Khattabi", "samira.elkhattabi@hotmail.com")
DAAN = F("3C", "Daan", "Peetermans", "veerle.peetermans@telenet.be")
LUKAS = F("3D", "Lukas", "Verbeeck", "an.verbeeck@telenet.be")
DIVINE = F("1B", "Divine", "Kasongo", "esther.kasongo@gmail.com")
TUUR = F("2C", "Tuur", "Van Rompaey", "inge.vanrompaey@telenet.be")
RANIA = F("5D", "Rania", "Boukhari", "boukhari.rachid@gmail.com")
OLIWIA = F("1C", "Oliwia", "Nowicka", "anna.nowicka@gmail.com")
VIC = F("2B", "Vic", "De Ridder", "sofie.deridder@telenet.be")
AMBER = F("1B", "Amber", "Daems", "tine.daems@skynet.be")
ROBBE_C = F("1B", "Robbe", "Claeys", "bart.claeys@telenet.be")
YUSUF = F("5C", "Yusuf", "Arslan", "mustafa.arslan@hotmail.com")
NINA = F("6A", "Nina", "Vranken", "vranken.marc@telenet.be")
MAURO = F("4A", "Mauro", "Lisi", "francesca.lisi@gmail.com")
AYA = F("6B", "Aya", "Bouhaddi", "bouhaddi.f@hotmail.com")


# ================================================================ MAILS
s = S
M = Mail
PW = ["password"]

# ---------------------------------------------------------------- credentials handed over
M("ict-login-interim-stijn", s["ict"], [s["sc"]], "Je accounts bij ons - eerste dag",
  T("""
    Dag Stijn,

    Welkom in het college! Ik heb je accounts klaargezet zodat je maandag meteen kan starten.

    Je schoolmail is stijn.coppens@sintpieterscollege.be (die gebruik je ook om in te loggen op Smartschool
    en op de laptops in de klaslokalen). Het tijdelijke wachtwoord is Pieterke-2025!sc , bij de eerste keer
    aanmelden vraagt Microsoft je om het te veranderen en om de Authenticator-app te installeren.

    Lukt er iets niet, loop gerust binnen in lokaal A.014 (ICT), ik zit daar meestal het 2e en 3e uur.

    Groeten,
    Jeroen
    """) + sig(s["ict"]),
  "2025-09-05 16:42", rules=PW, note="ICT gives a substitute his first password in prose", fmt=[])

M("kopieercode-en-wifi-marieke", s["sec"], [s["mj"]], "praktische zaken voor je start",
  T("""
    Hallo Marieke,

    Hierbij nog wat praktische dingen die je nodig hebt vanaf maandag:

    - kopieercode (toestel leraarskamer en toestel gang blok C): 6120
    - sleutel lokaal B.112 (labo bio) ligt bij Luc, de conciërge, tegen handtekening
    - wifi voor personeel: netwerk SPC-Personeel, sleutel Kloosterhof!58
    - je Smartschoolaccount krijg je van Jeroen (ICT), die mailt je apart
    - het uurrooster hangt in de leraarskamer, en staat ook in bijlage bij de mail van Geert

    Als je vragen hebt, mag je altijd langskomen aan het onthaal.

    Vriendelijke groeten,
    Martine Goossens
    Secretariaat
    """) + f"Sint-Pieterscollege Leuven\nT {SCHOOL_TEL}\n",
  "2025-11-28 10:05", rules=PW + ["personal_data"], note="secretariat gives a new substitute the copier code and staff Wi-Fi key; school phone in signature")

q = T("""
    Karim, sorry dat ik stoor, wat is de code van de kopieerkamer in blok C weer? Ik sta hier met 28 toetsen
    en ze werkt niet met mijn badge.
    """)
M("re-code-kopieerkamer", s["opv"], [s["pj"]], "RE: code kopieerkamer?",
  T("""
    7390 en dan het hekje. Als ze dan nog piept: de deur een beetje aantrekken, het slot hangt scheef.

    K.
    """) + "\n" + quote_outlook(q, "Pieter Janssens <pieter.janssens@sintpieterscollege.be>",
                                "Karim El Amrani <karim.elamrani@sintpieterscollege.be>", "code kopieerkamer?",
                                "2025-10-02 10:11"),
  "2025-10-02 10:14", kind="alt", rules=PW, note="reply that only answers the quoted question with the door code", fmt=["reply"])

chat = teams(("09:02", "Jeroen Smets", "Sofie, de gedeelde mailbox lb@ staat klaar. Login: leerlingenbegeleiding@sintpieterscollege.be"),
             ("09:02", "Jeroen Smets", "paswoord: Zorg&Luister-2025"),
             ("09:04", "Sofie Claes", "top merci!! mag ik dat aan An geven voor als ik op bezinning ben?"),
             ("09:05", "Jeroen Smets", "ja, maar liefst niet via mail he :)"))
M("gedeelde-mailbox-lb-chat", s["lb"], [s["an"]], "mailbox lb tijdens mijn afwezigheid",
  T("""
    Hoi An,

    Zoals afgesproken: ik ben donderdag en vrijdag mee op bezinning met het 6e. Wil jij de gedeelde mailbox
    van de leerlingenbegeleiding eens openen 's middags? Hieronder het chatje met Jeroen, dan heb je alles.

    """) + chat + T("""

    (ja ik weet het, niet via mail... maar zo vind je het tenminste terug)

    Dikke merci!
    Sofie
    """),
  "2025-11-18 12:31", kind="8bit", rules=PW, note="counsellor pastes a Teams chat containing the shared mailbox login and password", fmt=["teams-chat"])

M("teams-scherm-b204-pin", s["ict"], [s["adj1"], s["adj2"]], "Nieuw Teams-scherm vergaderzaal B.204",
  T("""
    Dag Koen, dag Mireille,

    Het nieuwe Teams Room-toestel in B.204 is geïnstalleerd. Korte handleiding:

    1. Tik op het bedieningspaneel op het scherm (het ontwaakt vanzelf als je binnenkomt).
    2. Voor de beheerinstellingen (volume, camera, aanmelden met een ander account) vraagt het een PIN: 8 3 1 9 0 4
    3. Een vergadering starten gaat gewoon via 'Deelnemen' als de zaal in de uitnodiging staat.

    Willen jullie de PIN niet verder verspreiden? Collega's hebben hem normaal niet nodig.

    Jeroen
    """) + sig(s["ict"]),
  "2025-10-20 15:20", kind="alt", rules=PW, note="ICT gives the admin PIN of a Teams Room device, spaced digits")

M("herstelcode-account-griet", s["ict"], [s["gvd"]], "herstelcode",
  T("""
    Griet,

    Je account is terug ontgrendeld. Ga naar aka.ms/sspr en gebruik deze herstelcode: 482 913
    Die code is maar een half uur geldig, dus best meteen doen. Daarna kies je zelf een nieuw wachtwoord.

    Beterschap nog!
    Jeroen
    """),
  "2026-01-12 08:47", kind="8bit", rules=PW, note="reset code for a colleague's account, spaced digits")

M("wifi-for-irish-visitors", s["ek"], [("Máire O'Brien", "mobrien@scoilbhride-galway.ie")], "Practical info for your visit",
  T("""
    Dear Máire,

    We are really looking forward to welcoming you and your colleague next Tuesday! A few practical things:

    * Wi-Fi: network "SPC-Gast", key: Leuven2026-Welcome (works in all buildings and in the canteen)
    * Printer in the staff room: use guest code 0550 at the panel
    * Lunch is at 12:10 in the staff room, we will pick you up at the reception

    The pupils of 4A and 4B have prepared a small presentation about Leuven. Don't expect perfect English ;-)

    Kind regards,
    Ewa Kowalska
    English department
    Sint-Pieterscollege Leuven
    """),
  "2026-03-05 19:03", kind="alt", lang="en", rules=PW, note="English mail gives a visiting teacher the guest Wi-Fi key and printer code")

M("assistante-fle-identifiants", s["nd"], [("Camille Roux", "camille.roux@sintpieterscollege.be")], "Tes accès à l'école",
  T("""
    Bonjour Camille,

    Comme promis, voici tes accès pour la semaine prochaine :

    Smartschool : identifiant camille.roux / mot de passe provisoire : Bienvenue-Leuven25
    (il faudra le changer à la première connexion)
    Photocopieuse salle des profs : code 5512

    Pour le wifi, demande à Jeroen, il te donnera la clé directement.

    On se voit lundi à 8h15 devant la salle des profs !
    Bises,
    Nathalie
    """),
  "2025-10-01 21:14", kind="qp", lang="fr", rules=PW, note="French mail gives the language assistant a temporary Smartschool password and copier code")

M("kluisjes-sportrichting-3d", s["sport"], [s["tb"]], "kluisjes 3D sporthal",
  T("""
    Tine,

    Hierbij de kluisjes in de kleedkamer van de sporthal voor de 3D (sportrichting). Ze hebben allemaal een
    cijferslot, als iemand zijn code vergeet kan je het hier opzoeken. Niet aan de gasten zelf doorsturen,
    ze moeten het maar onthouden.

    | Kluis | Leerling | Code |
    | 301 | Thibault | 4408 |
    | 302 | Thibo | 1732 |
    | 303 | Robbe | 9051 |
    | 304 | Anas | 2266 |
    | 305 | Lukas | 7810 |
    | 306 | reserve | 0000 (reset) |

    Groetjes,
    Tom
    """),
  "2025-09-10 13:22", kind="alt", rules=PW, note="table of locker combination codes per pupil")

M("alarm-zaterdag-opendeur", s["conc"], [s["wds"]], "alarm zaterdag",
  T("""
    Wim,

    Voor zaterdag (opbouw opendeurdag): ik ben er pas om 10u, dus jij opent.

    Hoofdingang met je sleutel, dan binnen 30 seconden het alarm uit: paneel links achter de deur,
    code 2 5 8 0 en dan de toets OFF. Als het toch afgaat: mij direct bellen, niet de firma.

    Bij het vertrek 's avonds doe ik het wel.

    Luc
    """) + sig(s["conc"], gsm=True),
  "2026-03-18 16:55", kind="8bit", rules=PW + ["personal_data"], note="caretaker gives a colleague the alarm code; mobile number in signature")

M("sleutelkluis-sporthal", s["sport"], [s["jp"]], "sleutel sporthal woensdagnamiddag",
  T("""
    Joris,

    Woensdag ben ik er niet (stage scheidsrechters). De sleutel van de sporthal hangt in het kluisje naast de
    zijdeur, code 1-9-0-7. Na de training er terug insteken en het wieltje verdraaien aub.

    Tom
    """),
  "2025-12-01 07:58", kind="html", rules=PW, note="key-safe code given to a colleague, digits with dashes")

M("wachtwoord-pdf-klassenraden", s["zc"], [s["an"], s["lh"], s["ksc"]], "wachtwoord verslagen",
  T("""
    Collega's,

    Daarnet kregen jullie via Smartschool de beveiligde pdf met de verslagen van de kerstklassenraden van jullie
    klas. Het wachtwoord om hem te openen is: KR-dec!2025

    Wil je de pdf niet lokaal op je laptop bewaren? Enkel openen, lezen en sluiten.

    Bart
    """) + sig(s["zc"]),
  "2025-12-19 17:36", kind="alt", rules=PW, note="password of an encrypted PDF handed to three titularissen")

M("smartschool-paswoord-ouder-mats", s["sec"], [("Geert Heylen", MATS.p1)], "Nieuw paswoord Smartschool",
  T("""
    Beste meneer Heylen,

    U vroeg ons telefonisch om uw ouderaccount van Smartschool opnieuw in te stellen.
    Dat is gebeurd. U kunt inloggen via sintpieterscollege.smartschool.be met:

    gebruikersnaam: mats.heylen (kies daarna 'co-account 1')
    paswoord: Heylen4A-7731

    Na het inloggen vragen we u om meteen een eigen paswoord te kiezen.

    Met vriendelijke groeten,
    Martine Goossens
    secretariaat Sint-Pieterscollege
    """),
  "2025-10-08 09:40", kind="html", rules=PW, about=[MATS], note="secretariat gives a parent a new Smartschool password (correct parent, not sensitive)")

M("co-account-papa-lowie", s["sec"], [("Stefan Verbist", LOWIE.p2)], "Apart co-account Smartschool voor Lowie",
  T("""
    Beste meneer Verbist,

    Zoals besproken met mevrouw Opdebeeck: omdat u en de mama van Lowie sinds de zomer niet meer samenwonen
    en Lowie om de week bij u verblijft, maken we voor u een apart co-account aan. Zo krijgt u zelf alle
    berichten, de agenda en het rapport, los van het account van mama.

    Gebruikersnaam: lowie.verbist (kies 'co-account 2')
    Wachtwoord: Verbist-2A-5193

    Mama blijft co-account 1 gebruiken. Afspraken over wie welk oudercontact bijwoont, laten we aan jullie.

    Met vriendelijke groet,
    Martine Goossens
    Secretariaat
    """),
  "2025-09-22 14:02", kind="alt", rules=PW + ["sensitive"], cats={"sensitive": ["family"]}, about=[LOWIE],
  note="separated parents: second co-account with password for the father (family situation + credential)")

M("tijdelijke-login-via-prive", s["hr"], [("Stijn Coppens", "stijn.coppens.interim@outlook.com")], "RE: nog geen toegang",
  T("""
    Dag Stijn,

    Jeroen had je gegevens naar je nieuwe schoolmailbox gestuurd, maar daar kan je natuurlijk nog niet in.
    Hij heeft het wachtwoord opnieuw ingesteld, zodat je dit weekend al je lessen kan voorbereiden:

    login: stijn.coppens@sintpieterscollege.be
    tijdelijk wachtwoord: Welkom!Sc0925

    Je contract en de Dimona komen maandag in orde, daarvoor moet je wel nog eens langskomen op de
    personeelsdienst (lokaal A.003) met je diploma.

    Groetjes,
    Annelies Wuyts
    personeelsdienst
    """),
  "2025-09-05 17:20", kind="qp", rules=PW, note="HR sends a substitute's temporary login to his private address (school sender, not his own forward)", fmt=["reply"])

inner = T("""
    Beste,

    In het kader van de omschakeling naar de nieuwe toestellen ontvangt u hieronder de persoonlijke
    gebruikerscodes voor de personeelsleden die nog ontbraken in de eerste lijst.

    Yilmaz E. - gebruikerscode 40417
    Willems B. - gebruikerscode 40418
    Segers H. - gebruikerscode 40419

    De codes zijn geldig op alle toestellen in de vestiging Naamsestraat.

    Met vriendelijke groeten,
    Dienst na verkoop
    """)
M("fwd-kopieercode-emre", s["sec"], [s["ey"]], "FW: Gebruikerscodes nieuwe kopieertoestellen (aanvulling)",
  "Emre, hier is je code, je stond niet in de eerste lijst. Mvg Martine\n",
  "2025-09-03 11:30", kind="qp",
  fwd=Inner("kopieercodes-inner", ("Kopie-Service Dijleland", "dienstnaverkoop@kopieservice-dijleland.be"),
            [("Secretariaat", "secretariaat@sintpieterscollege.be")], "Gebruikerscodes nieuwe kopieertoestellen (aanvulling)",
            inner, "2025-09-03 10:02", kind="qp"),
  rules=PW, note="supplier mail with personal copier codes forwarded as an attached message, one line on top")

M("lokale-admin-labo-laptops", s["ict"], [("Servicedesk ICT-partner", "servicedesk@dijle-ict.be")], "Herinstallatie laptops informaticalokaal C.201",
  T("""
    Dag Jens,

    Zoals telefonisch afgesproken komen jullie dinsdag de 24 laptops in C.201 opnieuw installeren.
    Het lokale beheerdersaccount op de toestellen is momenteel:

    gebruiker: spcadmin
    wachtwoord: L@bC201-2025

    Het BIOS-wachtwoord is hetzelfde. Graag na de herinstallatie een nieuw wachtwoord instellen en dat aan
    mij persoonlijk doorgeven, niet via het ticket.

    Mvg,
    Jeroen Smets
    ICT-coördinator Sint-Pieterscollege
    """),
  "2026-02-06 10:15", kind="alt", rules=PW, note="local admin and BIOS password sent to an external IT partner")

M("untis-login-mireille", s["uur"], [s["adj2"]], "untis",
  T("""
    Mireille,

    Voor als ik volgende week weg ben en er moet iets verlegd worden in het rooster van de 2e/3e graad:

    Untis (pc in mijn bureau, of via de cloudversie)
    gebruiker: uurrooster
    ww: Rooster#2526

    Niet op 'publiceren' klikken zonder eerst een back-up te maken aub, anders ben ik alles kwijt!

    Geert
    """),
  "2026-02-12 16:48", kind="8bit", rules=PW, note="timetable maker gives the shared Untis login and password to the deputy director")

wa = T("""
    [08:14, 27/11/2025] Nele Bogaerts: Karim, weet jij de nieuwe code vd fietsenstalling achterpoort?
    [08:15, 27/11/2025] Karim El Amrani: 4 7 1 1 *
    [08:15, 27/11/2025] Karim El Amrani: sinds maandag veranderd, de oude werkt ni meer
    [08:16, 27/11/2025] Nele Bogaerts: 👍
    """)
M("whatsapp-fietsenstalling", s["opv"], [s["opv2"]], "fietsenstalling (voor in je mails)",
  "Nele, zoals gevraagd ons whatsapp'je in een mail zodat je het terugvindt:\n\n" + wa,
  "2025-11-27 12:40", kind="8bit", rules=PW, note="pasted WhatsApp chat with the bike shed code", fmt=["pasted-chat"])

M("nieuw-wachtwoord-leerling-nina", s["ict"], [("Nina Vranken", NINA.mail)], "Je account is terug actief",
  T("""
    Hoi Nina,

    Je account was geblokkeerd na te veel foute pogingen. Ik heb het terug vrijgegeven.

    Je nieuw tijdelijk wachtwoord is: Vranken.6A-8842
    Bij de eerste aanmelding moet je het veranderen. Kies iets dat je kan onthouden, maar niet je geboortedatum ;-)

    Jeroen (ICT)
    """),
  "2026-01-20 13:05", kind="qp", rules=PW, about=[NINA], note="ICT gives a pupil a temporary password")

M("pincode-gsm-opvoeders", s["opv"], [s["opv2"]], "gsm van de opvoeders",
  T("""
    Nele,

    Vanaf morgen heb jij de gsm van de opvoeders (ik ben mee op reis met de 5des).
    Pincode: 1973. Ligt hij helemaal vast, dan zit de PUK-code in de enveloppe in de kluis van het secretariaat.

    Let op: 's middags bellen de ouders van de 1ste jaars soms 5x achter elkaar, gewoon rustig terugbellen.

    Karim
    """),
  "2026-03-22 17:12", kind="8bit", rules=PW, note="PIN of the shared educators' phone handed to a colleague")

M("welkom-jonas-parking-wifi", s["hr"], [("Jonas Vleminckx", "jonas.vleminckx@sintpieterscollege.be")], "Welkom op het Sint-Pieterscollege!",
  T("""
    Dag Jonas,

    Van harte welkom in ons team! Een paar praktische zaken om je eerste weken makkelijker te maken:

    Parking: je mag parkeren op de personeelsparking Ravenstraat. De slagboom opent met code 3010 (daarna
    groene knop). Een badge volgt later.
    Wifi: netwerk SPC-Personeel, sleutel Kloosterhof!58
    Leraarskamer: eerste verdieping blok A, je postvakje staat op naam.
    Peter: Dirk Van Aken (chemie) begeleidt je het eerste jaar als mentor.

    Heb je vragen over je loon of je contract, dan mag je mij altijd bellen of mailen.

    Hartelijke groet,
    Annelies Wuyts
    Personeelsdienst
    """) + f"T {SCHOOL_TEL} (toestel 112)\n",
  "2025-09-01 08:05", kind="alt", rules=PW + ["personal_data"], note="welcome mail for a new colleague with parking gate code and Wi-Fi key; school phone")

M("minibus-sleutelkastje", s["sport"], [s["tb"]], "minibus zaterdag tornooi",
  T("""
    Hey Tine,

    De minibus staat zaterdag klaar op de parking achter de sporthal. Sleutel zit in het sleutelkastje aan
    de garage, combinatie 0-4-2-6. Tank is vol, graag ook vol terugbrengen (tankkaart zit in het dashboard).

    Veel succes met de volleybalgasten!
    Tom
    """),
  "2026-02-26 20:31", kind="8bit", rules=PW, note="combination of the minibus key box given to a colleague")

M("portaal-activatiecode-jonas", s["hr"], [("Jonas Vleminckx", "jonas.vleminckx@sintpieterscollege.be")], "Activatie personeelsportaal",
  T("""
    Dag Jonas,

    Om je loonbrieven en je aanwezigheden te kunnen bekijken, moet je je account op het personeelsportaal
    van de scholengroep activeren. Surf naar het portaal en vul deze eenmalige activatiecode in:

    K7P4-22QX-9M

    Daarna kies je zelf een wachtwoord.

    Groetjes,
    Annelies
    """),
  "2025-09-08 10:44", kind="qp", rules=PW, note="one-time activation code for the staff portal")

M("bankkaart-reis-rome", s["boek"], [s["gvd"]], "bankkaart reisrekening Rome",
  T("""
    Dag Griet,

    Je kan de bankkaart van de reisrekening donderdag komen halen in mijn bureau. De pincode is 5821.
    Het is de rekening BE71 0689 4521 7768 op naam van de school, daar staat genoeg op voor de
    museumtickets en de trams.

    Graag alle bonnetjes bijhouden en na de reis binnenbrengen.

    Rita
    boekhouding
    """),
  "2026-03-30 11:27", kind="8bit", rules=PW + ["personal_data"], note="PIN of the school's trip bank card, with the account IBAN")

M("smartschool-mot-de-passe-ilunga", s["sec"], [("Serge Ilunga", MERVEILLE.p1)], "Smartschool - nouveau mot de passe",
  T("""
    Monsieur Ilunga,

    Suite à votre appel de ce matin, nous avons réinitialisé votre compte parent Smartschool.

    Nom d'utilisateur : merveille.ilunga (choisir « co-account 1 »)
    Mot de passe : Ilunga-4D-2290

    Vous devrez choisir un nouveau mot de passe lors de la première connexion. Si vous avez encore un
    problème, n'hésitez pas à passer au secrétariat.

    Cordialement,
    Martine Goossens
    Secrétariat Sint-Pieterscollege
    """),
  "2025-11-03 10:12", kind="qp", lang="fr", rules=PW, about=[MERVEILLE], note="French mail gives a parent a reset Smartschool password")

q = T("""
    Hoi Lien, weet jij de code van de kast met de grafische rekenmachines in C.104? Morgen toets in 1B en ik
    wil ze vanavond al klaarzetten.
    Stijn
    """)
M("re-kast-rekenmachines", s["lh"], [s["sc"]], "Re: kast rekenmachines",
  "19-84-22, eerst naar rechts draaien! En tel ze achteraf, vorig jaar waren we er 2 kwijt.\n\nLien\n\n" +
  quote_gmail(q, "Stijn Coppens <stijn.coppens@sintpieterscollege.be>", "2026-01-13 16:02"),
  "2026-01-13 16:20", kind="qp", rules=PW, note="reply that only gives the combination, question quoted below", fmt=["reply"])

handover = T("""
    Dag Marieke,

    Fijn dat jij mijn lessen overneemt tot de zomer! Hierbij mijn overdracht, ik heb geprobeerd niets te vergeten.

    PRAKTISCH
    - Labo B.112: de kast met de chemicaliën (achteraan) heeft een codeslot: 5 5 0 3
    - De pc met de microscoopcamera: gebruiker labo-bio, wachtwoord Mitose2025 (staat NIET op een briefje aan het scherm, hou dat zo)
    - Mijn handboeken en de correctiesleutels liggen in het grijze kastje in de leraarskamer.

    PER KLAS
    3B (mijn titularisklas, 2 u/week)
    - We zitten in het hoofdstuk spijsvertering, toets gepland op 14/01.
    - Kobe neemt 's middags zijn ADHD-medicatie (Rilatine), het doosje ligt op het leerlingensecretariaat. Als hij
      na de middag heel onrustig is, mag hij even een toertje buiten doen met een opdracht, dat werkt.
    - Aiden komt sinds de herfstvakantie heel onregelmatig, buikpijn 's morgens, Sofie (leerlingenbegeleiding)
      volgt dat op met de mama. Niet aanspreken voor de klas over zijn afwezigheden aub.

    4B (1 u/week)
    - Erfelijkheid, werkbundel p. 30-45. Geen toetsen meer voor kerst.

    5A (2 u/week)
    - Practicum enzymen volgende week, materiaal staat klaar in bak 3.

    Klassenraad 3B is op 18/12, Bart Wouters (zorg) zit voor.

    Veel succes en laat maar weten als je iets niet vindt, ik lees mijn mails nog tot eind deze maand.
    Ilse
    """)
M("overdracht-bio-ilse-marieke", s["im"], [s["mj"]], "overdracht lessen bio",
  handover, "2025-11-28 15:10", kind="alt",
  rules=PW + ["sensitive"], cats={"sensitive": ["medical", "psychosocial"]}, about=[KOBE, AIDEN],
  note="handover note to a substitute: cabinet code and PC login plus a pupil's ADHD medication and another's absences/stomach aches", fmt=["handover"])

M("fw-overdracht-naar-gmail", s["mj"], [("Marieke Jacobs", "mariekejacobs@gmail.com")], "FW: overdracht lessen bio",
  "om thuis af te drukken\n\n" +
  fwd_inline(handover, "Ilse Mertens <ilse.mertens@sintpieterscollege.be>",
             "Marieke Jacobs <marieke.jacobs@sintpieterscollege.be>", "overdracht lessen bio", "2025-11-28 15:10"),
  "2025-11-28 18:02", kind="qp",
  rules=PW + ["sensitive", "private_account"], cats={"sensitive": ["medical", "psychosocial"]}, about=[KOBE, AIDEN],
  note="substitute forwards the handover note (codes + pupil facts) to her own private mailbox", fmt=["fwd-inline"])

ipads = T("""
    iPads muzieklokaal D.003 (toegangscodes schermvergrendeling)
    iPad 01  240517
    iPad 02  240517
    iPad 03  118204
    iPad 04  118204
    iPad 05  660391
    Apple-ID van de klasset: muziek.spc@spc.ksleuven.be / GarageBand#D003
    """)
M("ipads-muziek-codes-bijlage", s["ict"], [s["sl"]], "iPads muziekklas",
  T("""
    Sarah,

    De 5 iPads zijn terug opgeladen en geüpdatet. In bijlage de codes en de Apple-ID, zodat je nieuwe apps
    kan installeren. Print het maar niet af ;-)

    Jeroen
    """),
  "2025-10-09 14:18", kind="qp", attach=[("ipads_D003.txt", ipads.encode(), "text/plain")],
  rules=PW, note="device unlock codes and an Apple-ID password in a .txt attachment")

M("instagram-sportrichting", s["sport"], [s["tb"]], "insta sportrichting",
  T("""
    Tine, vanaf nu mag jij ook posten op de insta van de sportrichting (foto's van het tornooi enzo).

    login: sportrichting.spc
    pw: Sp0rtLeuven!3D

    Enkel foto's van leerlingen die toestemming gaven, de lijst hangt in de LO-bureau. Geen namen in de posts.

    Tom
    """),
  "2026-02-03 21:09", kind="8bit", rules=PW, note="login and password of a shared social media account")

M("codeslot-leraarskamer", s["adj1"], [s["an"], s["lh"], s["opv2"], s["zl"], s["jp"], s["fb"]], "codeslot deur leraarskamer",
  T("""
    Beste collega's van de eerste graad,

    Na de diefstal van vorige week (twee laptops uit de leraarskamer) krijgt de deur vanaf maandag een codeslot.
    De code is 2591 gevolgd door #. Gelieve hem niet te noteren op plaatsen waar leerlingen hem kunnen zien en
    hem ook niet door te geven aan leerlingen die 'iets moeten afgeven'.

    Deze week overlopen we het nog op het teamoverleg.

    Koen
    """) + sig(s["adj1"]),
  "2026-01-16 12:03", kind="alt", rules=PW, note="new door code of the staff room to six colleagues")

M("remote-support-teamviewer", s["ict"], [("PrintCare Support", "support@printcare.eu")], "Ticket 58213 - scan to mail not working",
  T("""
    Hello,

    Regarding ticket 58213: the scan-to-mail function of the MFP in our staff room still fails with
    "SMTP authentication error".

    You can connect to the print server now:
    TeamViewer ID: 847 221 936
    Password: 7hq4tz

    The SMTP account used by the device is scanner@spc.ksleuven.be, password Scan2Mail!spc - maybe you need it
    to check the configuration.

    Thanks,
    Jeroen Smets
    ICT coordinator, Sint-Pieterscollege Leuven
    """),
  "2026-02-17 09:35", kind="qp", lang="en", rules=PW, note="English ticket mail with a remote-support password and the SMTP account password")

bat = ("@echo off\r\nREM netwerkschijven voor interimarissen\r\n"
       "net use P: \\\\spc-fs01\\personeel /user:SPC\\interim01 Interim!2025 /persistent:yes\r\n"
       "net use V: \\\\spc-fs01\\vakgroepen /persistent:yes\r\necho Klaar.\r\npause\r\n").encode()
M("script-netwerkschijven-interim", s["ict"], [s["sc"], s["mj"]], "netwerkschijven op je eigen laptop",
  T("""
    Dag Stijn, dag Marieke,

    Jullie vroegen hoe je de P- en V-schijf op je eigen laptop krijgt. Download het bestandje in bijlage en
    dubbelklik erop terwijl je op het schoolnetwerk zit. Windows zal waarschuwen, dat mag je negeren.

    Jeroen
    """),
  "2025-12-02 10:01", kind="qp", attach=[("schijven_interim.bat", bat, "application/octet-stream")],
  rules=PW + ["attachment"], note="batch script attachment that also contains the shared interim account password")

# ---------------------------------------------------------------- directors' weekly mail
DIRB = "directie@sintpieterscollege.be"
PERS = "personeel@sintpieterscollege.be"

M("weekbericht-wk2-wifi", s["dir"], [("Directie Sint-Pieterscollege", DIRB)], "Weekbericht 2 - week van 8 september",
  T("""
    Beste collega's,

    De eerste week zit erop, en wat voor een! Dank aan iedereen voor de warme ontvangst van onze 168 nieuwe
    eerstejaars. Hieronder het nieuws van de week.

    AGENDA
    - ma 8/9: startvergadering vakgroepen (16u, lokalen volgens planning)
    - do 11/9: schoolfotograaf eerste graad, titularissen begeleiden hun klas volgens het schema in de leraarskamer
    - vr 12/9: deadline jaarplannen op Smartschool

    PRAKTISCH
    - Het personeelsnetwerk heeft een nieuwe sleutel gekregen omdat de oude bij leerlingen circuleerde.
      Netwerk SPC-Personeel, sleutel: Kloosterhof!58 . Niet doorgeven aan leerlingen of stagiairs aub, zij
      gebruiken SPC-Leerling met hun eigen account.
    - De parking Ravenstraat blijft deze week gedeeltelijk afgesloten voor de werken aan de riolering.
    - Vanaf volgende week staat er opnieuw soep in de leraarskamer op woensdag.

    PERSONEEL
    - Welkom aan onze nieuwe collega's Jonas Vleminckx (chemie) en Stijn Coppens (interim wiskunde).

    Een fijne week gewenst,
    Hilde Vanderstraeten
    directeur
    """),
  "2025-09-07 19:45", bcc=[PERS], kind="alt", rules=PW,
  note="directors' weekly mail to all staff (group in Bcc) that hands out the new staff Wi-Fi key", fmt=["weekly", "bcc-group"])

M("weekbericht-wk18-personeel", s["dir"], [("Directie Sint-Pieterscollege", DIRB)], "Weekbericht 18 - week van 12 januari",
  T("""
    Dag iedereen,

    Gelukkig nieuwjaar nog! Even het nieuws op een rij voor deze eerste volle week.

    1. Personeel
    Griet Van Damme (geschiedenis) is langdurig ziek en zal zeker tot de krokusvakantie afwezig zijn. We
    zoeken een interim; tot dan worden haar uren opgevangen volgens het schema dat Geert vandaag uithangt.
    Wie Griet een kaartje wil sturen: er ligt een kaart in de leraarskamer.
    Ilse Mertens is sinds 1 december met zwangerschapsverlof. Marieke Jacobs vervangt haar tot de zomer.
    Dirk Van Aken wordt eind januari geopereerd aan zijn knie en is dan een tweetal weken afwezig.

    2. Kopieertoestellen
    Het toestel in de gang van blok C is nog steeds stuk. De technieker komt dinsdag. Tot dan: leraarskamer of
    secretariaat (max. 50 kopies).

    3. Uurrooster
    Vanaf maandag 19/1 schuift het 8e uur van de sportrichting naar het 7e uur op woensdag. Geert mailt de
    betrokken collega's apart.

    4. Personeelsfeest
    Noteer alvast vrijdag 6 maart. Partners zijn welkom. Meer info volgt via Sarah.

    Hartelijke groet,
    Hilde
    """),
  "2026-01-11 20:10", bcc=[PERS], kind="alt", rules=[],
  note="weekly mail to all staff (Bcc group) with colleagues' sick leave and surgery: staff facts, no pupil", fmt=["weekly", "bcc-group"])

M("weekbericht-wk24-rouw-5c", s["dir"], [("Directie Sint-Pieterscollege", DIRB)], "Weekbericht 24 - week van 23 februari",
  T("""
    Beste collega's,

    Eerst en vooral een droevig bericht. Yusuf A. uit 5C verloor afgelopen zaterdag zijn oudere broer bij een
    verkeersongeval op de ring. De familie vraagt om discretie. De uitvaart is donderdag om 11u in de moskee
    aan de Diestsesteenweg; wie van het lerarenteam van 5C wil gaan, laat het Mireille weten zodat we de lessen
    kunnen opvangen. Yusuf komt mogelijk al volgende week terug. Geef hem wat ruimte, laat toetsen vallen waar het
    kan, en verwijs door naar Sofie als je merkt dat het niet gaat.

    Agenda
    - di 24/2: klassenraden 6de jaar (zie planning)
    - wo 25/2: pedagogische studienamiddag, geen les in de namiddag
    - vr 27/2: deadline punten tweede rapport

    Praktisch
    - De nieuwe kopieerkaarten zijn er, af te halen bij Martine.

    Hilde
    """),
  "2026-02-22 18:30", bcc=[PERS], kind="qp", rules=["sensitive"], cats={"sensitive": ["family"]}, about=[YUSUF],
  note="weekly staff mail that tells of a pupil's brother's death (initial + class)", fmt=["weekly", "bcc-group"])

M("weekbericht-wk35-examens-to", s["adj2"], [("Personeel Sint-Pieterscollege", PERS)], "Weekbericht 35 - examens",
  T("""
    Dag collega's,

    Hilde is deze week op de scholengroepvergadering, dus ik neem het weekbericht over.

    - De examenroosters voor de 2de en 3de graad staan online. Wie nog een fout ziet: voor woensdag laten weten.
    - Examentoezichten: de lijst hangt in de leraarskamer. Ruilen mag, maar geef het door aan Geert.
    - Opgelet: examenopgaven NIET in de kopieerkamer laten liggen. Vorig jaar lag er een hele stapel 4de jaar op de vensterbank.
    - Deliberaties: planning volgt volgende week.

    Mvg,
    Mireille Opdebeeck
    adjunct-directeur 2de en 3de graad
    """),
  "2026-05-17 19:55", kind="alt", rules=["bcc"],
  note="weekly staff mail with the staff group address visible in To", fmt=["weekly"])

# ---------------------------------------------------------------- sensitive, mostly among staff
SENS = ["sensitive"]

chat = teams(("10:02", "Joris Peeters", "Sofie, heb je even? Noor uit 2C had in de kleedkamer weer nieuwe sneetjes op haar onderarm. Vers, niet die van oktober."),
             ("10:03", "Joris Peeters", "ze trok meteen haar trui aan toen ze zag dat ik het zag"),
             ("10:05", "Sofie Claes", "oei. dank je om het te melden. heb je er iets van gezegd?"),
             ("10:06", "Joris Peeters", "nee, niet voor de anderen. ze liet haar vriendin Febe niet meer los na de les"),
             ("10:07", "Sofie Claes", "ok, ik roep haar het 5e uur bij mij. niks zeggen tegen de klas aub"))
M("noor-2c-chat-lo", s["lb"], [s["ksc"]], "Noor - ter info",
  T("""
    Katleen,

    Ter info als titularis, zie chat met Joris hieronder. Ik heb Noor vanmiddag gezien, ze heeft beloofd dat ze
    vanavond met mama praat, anders bel ik morgen zelf. Zou jij de komende dagen een oogje in het zeil houden?
    Geen toetsen terugvragen deze week.

    """) + chat + "\nSofie\n",
  "2025-12-04 13:48", kind="8bit", rules=SENS, cats={"sensitive": ["psychosocial"]}, about=[NOOR],
  note="pasted Teams chat: pupil has cut herself again, counsellor informs the class teacher", fmt=["teams-chat"])

M("verslag-personeelsvergadering-november", s["adj1"], [("Directie Sint-Pieterscollege", DIRB)], "Verslag personeelsvergadering 17/11",
  T("""
    Beste collega's,

    Hieronder het verslag van de personeelsvergadering eerste graad van maandag. Aanwezig: 31 collega's,
    verontschuldigd: Ilse M., Dirk V.A., Tom V.

    1. Mededelingen directie
    - Het nieuwe reglement rond gsm-gebruik gaat in vanaf 1 december. De leerlingen krijgen de info via hun titularis.
    - Leerlingenraad wil een waterfontein in de refter. Koen bekijkt het budget.

    2. Leerlingen
    - M.S. (1B): de papa is vorige week plots overleden (hartstilstand). De uitvaart was vrijdag, Lien en Sofie
      zijn namens de school gegaan. Marie is sinds woensdag terug. Ze wil liefst niet dat er in de klas over gesproken
      wordt. Bij twijfel: naar Sofie sturen, niet vragen waarom ze weg moet.
    - De leerlingen van 1D zijn erg onrustig tijdens de middagpauze, de opvoeders voorzien extra toezicht.

    3. Rapporten
    - Punten voor het kerstrapport uiterlijk 12/12 in Skore.
    - Evaluatie van de 'leren leren'-lessen: bespreken op de volgende vergadering.

    4. Varia
    - De kerstmarkt gaat door op 19/12. Wie een standje wil: inschrijven bij Sarah.

    Volgende vergadering: 26 januari, 16u15, refter.

    Koen Lemmens
    """),
  "2025-11-19 17:02", bcc=[PERS], kind="alt", rules=SENS, cats={"sensitive": ["family"]}, about=[MARIE_S],
  note="staff meeting minutes: one item tells that a pupil's father died (initials + class)", fmt=["minutes", "bcc-group"])

kr1a = T("""
    Dag Leen, dag Bart,

    Hieronder mijn notities van de klassenraad 1A van gisteren, voor het zorgdossier. Ik heb enkel de leerlingen
    opgenomen waar er iets is afgesproken.

    | Leerling | Bespreking | Afspraak |
    | Fien Bertels | attest dyslexie binnengebracht (logopedist), haalt Frans en Nederlands niet | STICORDI: extra tijd, toetsen in Arial 12, geen spellingsfouten aanrekenen bij Frans |
    | Rune Mariën | 11 halve dagen afwezig, 's morgens buikpijn, mama zegt dat hij huilt voor hij vertrekt | Sofie plant gesprek, aanmelding CLB bespreken op volgende MDO |
    | Lucas Geerts | veel vergeten materiaal | titularis volgt op via agenda |
    | Lina Mbuyi | goede start, niets te melden | / |

    Groetjes,
    An
    """)
M("klassenraad-1a-notities", s["an"], [s["zl"], s["zc"]], "KR 1A notities zorg",
  kr1a, "2025-10-22 20:15", kind="alt",
  rules=SENS, cats={"sensitive": ["medical", "care", "psychosocial"]}, about=[FIEN, RUNE],
  note="class council table: dyslexia attest and adjustments for one pupil, morning stomach aches/absences of another", fmt=["table"])

M("fw-kr-1a-naar-thuis", s["an"], [("An Devos", "an.devos76@gmail.com")], "Fwd: KR 1A notities zorg",
  "\n" + fwd_inline(kr1a.replace("| ", "").replace(" |", ""), "An Devos <an.devos@sintpieterscollege.be>",
                    "Leen Verstraeten, Bart Wouters", "KR 1A notities zorg", "2025-10-22 20:15"),
  "2025-10-22 20:19", kind="8bit",
  rules=SENS + ["private_account"], cats={"sensitive": ["medical", "care", "psychosocial"]}, about=[FIEN, RUNE],
  note="teacher forwards her class council notes on pupils to her own gmail", fmt=["fwd-inline"])

par = T("""
    Goeiedag juf

    ik ben de papa van Hamza Demir 1C. Hamza heef sinds de zomer suiker ziekte (diabetes type 1), de dokter van
    gasthuisberg zegt hij moet op school ook bloed meten voor het eten en soms insuline spuiten. hij kan het zelf
    maar hij is beschaamd voor de andere kinderen. Kan hij in een lokaal doen alleen?
    Als hij wit word en zweet, hij moet suiker eten, hij heeft druivensuiker in de boekentas.

    Dank u wel
    Mehmet Demir
    """)
M("fw-papa-hamza-suiker", s["sec"], [s["fb"]], "TR: vraag papa Hamza (1C)",
  "Fatima, dit kwam binnen via info@. Kan jij als titularis even antwoorden? Het lokaaltje naast het secretariaat is vrij 's middags.\nMartine\n\n" +
  quote_outlook(par, "Mehmet Demir <mehmet.demir@hotmail.com>", "info@sintpieterscollege.be", "hamza 1c", "2025-09-15 21:40"),
  "2025-09-16 08:22", kind="alt", rules=SENS, cats={"sensitive": ["medical"]}, about=[HAMZA],
  note="forwarded parent mail in broken Dutch about a pupil's new diabetes, one line on top", fmt=["fwd-inline"])

par = T("""
    Salam mevrouw,

    Ik schrijf voor Ayoub van 2D. Hij is moe deze weken en hij doet niet zijn huiswerk, sorry. Zijn papa is
    sinds oktober in de gevangenis in Leuven-Centraal en Ayoub is heel triest, hij wil niet spreken erover.
    Ik werk 's avonds en ik kan niet helpen. Alstublieft niet zeggen aan de klas.

    Naima Haddouchi
    """)
M("fw-mama-ayoub", s["opv"], [s["lb"]], "FW: Ayoub 2D",
  "Sofie, voor jou denk ik. Ze gaf me dit briefje in de hal en ik heb het overgetypt.\nK.\n\n" +
  fwd_inline(par, "Naima Haddouchi <naima.haddouchi@gmail.com>", "karim.elamrani@sintpieterscollege.be",
             "Ayoub 2D", "2025-11-06 07:50"),
  "2025-11-06 10:12", kind="qp", rules=SENS, cats={"sensitive": ["family"]}, about=[AYOUB],
  note="educator forwards a mother's mail: the father is in prison", fmt=["fwd-inline"])

M("openstaand-saldo-kabeya", s["boek"], [s["zc"]], "schoolrekening Exaucé K. 1D",
  T("""
    Bart,

    Ik heb de moeder van Exaucé (1D) gisteren aan de lijn gehad over de openstaande schoolrekeningen van
    september en november (samen 412,60 euro). Ze zegt dat ze het echt niet kan betalen, ze leeft van een
    leefloon sinds haar man vertrokken is. Het OCMW van Leuven zou tussenkomen, ze heeft daar volgende week
    een afspraak met haar maatschappelijk werker.

    Ik zet de herinneringen tot dan stop. Kan jij bekijken of er iets uit het solidariteitsfonds kan voor de
    sportdag?

    Rita
    """),
  "2025-12-10 09:18", kind="qp", rules=SENS, cats={"sensitive": ["financial", "family"]}, about=[EXAUCE],
  note="bookkeeping tells the care coordinator that a family cannot pay, lives on welfare, OCMW to step in")

M("ocmw-schoolfactuur-wisniewska", s["boek"], [("Lies Vandenberghe", "lies.vandenberghe@leuven.be")], "Tenlasteneming schoolkosten Zuzanna Wiśniewska (2A)",
  T("""
    Geachte mevrouw Vandenberghe,

    Zoals telefonisch besproken bezorg ik u hierbij het overzicht van de openstaande schoolkosten van
    Zuzanna Wiśniewska, leerling van 2A, voor wie het OCMW de kosten ten laste neemt:

    | Factuur | Omschrijving | Bedrag |
    | 2025-0912 | werkboeken en kopieën 1e trimester | 148,30 |
    | 2025-1104 | sportdag en theaterbezoek | 36,00 |
    | 2026-0105 | meerdaagse uitstap Ardennen (voorschot) | 90,00 |

    Totaal: 274,30 euro. U kan dit storten op rekening BE43 7340 1855 0201 met vermelding van de
    leerlingnummer 2A-0417.

    Met vriendelijke groeten,
    Rita Maes
    boekhouding Sint-Pieterscollege
    """) + f"T {SCHOOL_TEL}\n",
  "2026-01-14 14:40", kind="alt", rules=SENS + ["personal_data"], cats={"sensitive": ["financial"]}, about=[ZUZANNA],
  note="school asks the OCMW to pay one pupil's school bills; IBAN and phone present")

M("clb-aanmelding-elise", s["zc"], [CLB], "Aanmelding Elise Cuypers (3C)",
  T("""
    Dag Katrien,

    Graag meld ik Elise Cuypers (3C) aan voor verdere opvolging door het CLB.

    Wat we zien op school:
    - sinds januari een 6-tal keer een paniekaanval in de klas of op de speelplaats (hyperventileren, huilen, wil naar huis);
    - ze vermijdt de refter en eet 's middags alleen in de bib;
    - resultaten zakken sterk, vooral bij mondelinge toetsen.

    Wat we al deden: drie gesprekken met Sofie (leerlingenbegeleiding), een rustkaart zodat ze de klas even mag
    verlaten, gesprek met mama op 3/2. Mama staat open voor een doorverwijzing en heeft toestemming gegeven om
    haar aan te melden.

    Kunnen we een MDO plannen in de week van 23/2? Ik ben telefonisch bereikbaar via het nummer hieronder.

    Met vriendelijke groet,
    Bart Wouters
    zorgcoördinator
    """) + f"Sint-Pieterscollege Leuven\nGSM {S['zc'].gsm}\n",
  "2026-02-10 11:50", kind="alt", rules=SENS + ["personal_data"], cats={"sensitive": ["psychosocial", "care"]}, about=[ELISE],
  note="registration of a pupil with the CLB for panic attacks; mobile number in signature")

M("wissel-contextbegeleiding-seppe", s["lb"], [("Hanne Vercammen", "hanne.vercammen@dewissel-leuven.be")], "Seppe Vanhoutte - overleg",
  T("""
    Dag Hanne,

    Dank voor je telefoontje van gisteren. Zoals gevraagd een korte stand van zaken vanuit de school.

    Seppe (4A) verblijft sinds vorige dinsdag bij zijn grootmoeder in Kessel-Lo. Hij vertelde mij dat hij niet
    meer naar huis wil zolang de nieuwe vriend van mama daar woont, er zou 'veel geroepen en geduwd' worden.
    Op school zien we een jongen die moe is, vaak te laat komt (de bus vanuit Kessel-Lo) en zich afsluit. Hij
    heeft wel een goede band met zijn titularis, Kevin Mbala.

    Het CLB (Ruben Lenaerts) is op de hoogte. Wij stellen voor om op het overleg van de 12de ook de
    grootmoeder uit te nodigen. Mag ik jou vragen om de mama daarover te informeren?

    Vriendelijke groeten,
    Sofie Claes
    leerlingenbegeleiding
    """),
  "2026-03-04 16:25", kind="qp", rules=SENS, cats={"sensitive": ["family", "care"]}, about=[SEPPE],
  note="counsellor to a youth-care service: pupil sleeps at his grandmother's because home is not safe")

M("jana-eten-training", s["tb"], [s["lb"]], "Jana 4B",
  T("""
    Hoi Sofie,

    Ik maak me zorgen over Jana uit 4B (sport). Ze eet 's middags niets meer, haar brooddoos gaat gewoon
    terug mee naar huis, en op de training van dinsdag werd ze duizelig en moest ze gaan liggen. Ze is op een
    paar maanden echt zichtbaar vermagerd. Als ik ernaar vraag zegt ze dat ze 'op dieet is voor het
    tornooi'.

    Kan jij met haar praten? Ik durf de ouders niet direct te bellen zonder jouw advies.

    Tine
    """),
  "2026-01-29 12:52", kind="8bit", rules=SENS, cats={"sensitive": ["medical", "psychosocial"]}, about=[JANA],
  note="PE teacher worried about a pupil who stopped eating and faints (eating disorder suspicion), no diagnosis word")

M("ecem-afspraken-lkr-6c", s["adj2"], [s["hs"], s["bw"], s["nd"], s["ek"], s["wv"]], "Ecem Ö. (6C) - afspraken",
  T("""
    Beste collega's van 6C,

    In overleg met Ecem en haar mama breng ik jullie op de hoogte: Ecem is in verwachting, de bevalling is
    voorzien begin juni. Ze wil het schooljaar graag afmaken.

    Afspraken:
    - Ze zal af en toe afwezig zijn voor controles in het ziekenhuis; die afwezigheden zijn gewettigd.
    - Voor de examens in juni bekijken we een aangepaste regeling (spreiding, eventueel een deel in mei).
    - Ze mag tijdens de les altijd even naar het toilet of naar buiten zonder het te vragen.

    Ecem vraagt uitdrukkelijk om het niet in de klas te bespreken. De klas weet het wel, maar laat haar het
    gesprek zelf kiezen.

    Mireille
    """),
  "2026-01-08 15:30", kind="alt", rules=SENS, cats={"sensitive": ["medical"]}, about=[ECEM],
  note="deputy informs the teachers of one class of a pupil's pregnancy and arrangements")

M("iac-wout-2b", s["zc"], [s["wds"], s["pj"], s["nd"], s["ey"], s["gvd"], s["sl"]], "Wout V. (2B) - individueel aangepast curriculum",
  T("""
    Beste collega's van 2B,

    Na het MDO van 14/10 met ouders, CLB en ondersteuningsnetwerk is beslist dat Wout vanaf 3 november een
    individueel aangepast curriculum (IAC) volgt. Concreet:

    - Wiskunde, Frans en geschiedenis: hij werkt aan eigen doelen uit het handelingsplan, niet aan de
      leerplandoelen van 2B. Jullie krijgen de doelen via Smartschool (vak: zorg > Wout).
    - Hij krijgt geen cijfers maar een beschrijvend rapport voor die vakken.
    - Op dinsdag 3e en 4e uur werkt hij met de ondersteuner van het netwerk in het zorglokaal.
    - Hij behaalt op het einde geen getuigschrift maar een attest van verworven bekwaamheden.

    Graag geen vergelijkingen met de klas maken. Vragen mag je altijd stellen aan Leen of mij.

    Bart
    """) + sig(s["zc"]),
  "2025-10-24 13:12", kind="alt", rules=SENS, cats={"sensitive": ["care"]}, about=[WOUT],
  note="care coordinator to six teachers: one pupil gets an individual adapted curriculum (IAC)")

M("elias-bus-pesten", s["lh"], [s["adj1"], s["lb"]], "Elias 1B - bus",
  T("""
    Koen, Sofie,

    Elias kwam vanmorgen huilend binnen. Hij vertelt dat hij al weken op de bus van lijn 2 wordt uitgescholden
    door twee jongens van het 3e jaar ('mietje', 'homo'), dat ze zijn boekentas uit het raam gooiden en dat
    hij gisteren een stamp kreeg bij het uitstappen. Hij durft de bus niet meer te nemen en zijn papa brengt
    hem nu met de auto. Hij wil niet dat de jongens weten dat hij het verteld heeft.

    Hij kent hun namen niet maar zou ze kunnen aanwijzen op de foto's. Kunnen we dat deze week doen?

    Lien
    """),
  "2026-02-19 08:55", kind="8bit", rules=SENS, cats={"sensitive": ["psychosocial"]}, about=[ELIAS],
  note="class teacher reports that a first-year pupil is bullied on the bus")

M("lina-notenallergie-uitstap", s["an"], [s["jp"], s["sl"]], "Technopolis donderdag - Lina",
  T("""
    Hoi Joris en Sarah,

    Dank dat jullie meegaan donderdag! Eén belangrijk puntje: Lina (1A) heeft een zware notenallergie.
    Ze heeft twee epipennen bij in het rode etuitje in haar rugzak, ik heb er ook één in de EHBO-tas gestoken.

    - Ze eet enkel haar eigen lunchpakket, niets van anderen of uit de automaat.
    - Bij zwelling van lippen of tong, benauwd: epipen in de buitenkant van het bovenbeen, 112 bellen, mama verwittigen.

    Ik heb het haar ook nog eens gevraagd en ze weet het goed zelf.

    An
    """),
  "2025-11-24 21:30", kind="qp", rules=SENS, cats={"sensitive": ["medical"]}, about=[LINA],
  note="trip organiser tells accompanying teachers of a pupil's severe nut allergy and epipen")

M("volgnota-kerem-2d", s["opv"], [s["adj1"]], "Kerem 2D - 3de keer",
  T("""
    Koen,

    Kerem Aslan (2D) is vandaag opnieuw uit de les gezet, bij mevrouw Dubois. Hij heeft haar voor de klas
    uitgescholden en een stoel omgegooid toen ze zijn gsm afnam. Dat is de derde keer deze maand (ook 4/3 bij
    Pieter en 11/3 bij Emre).

    Hij zat het 3e en 4e uur in de time-outklas, daar was hij rustig en heeft hij zijn taak gemaakt. Hij zegt
    zelf dat “iedereen tegen hem is”. Na één week volgkaart in februari was het even beter.

    Ik stel voor: volgkaart voor 3 weken + gesprek met papa. Laat jij weten of je mee wil zitten?

    Groeten,
    Karim
    """),
  "2026-03-19 14:20", kind="cp1252", rules=SENS, cats={"sensitive": ["psychosocial"]}, about=[KEREM],
  note="educator reports repeated aggressive behaviour of one pupil, proposes a follow-up card")

M("afbetalingsplan-skireis-jakub", s["boek"], [s["adj2"]], "afbetalingsplan skireis",
  T("""
    Mireille,

    De papa van Jakub Zieliński (5B) belde: hij kan de skireis (620 euro) niet in één keer betalen, hij is
    sinds september werkloos. Hij vraagt om het in vier keer te doen (januari - april). Ik zou dat goedkeuren,
    maar wil jouw akkoord. Mag ik ook een bijdrage uit het solidariteitsfonds vragen?

    Hij vroeg om het niet aan Jakub te zeggen.

    Rita
    """),
  "2025-12-03 10:05", kind="b64", rules=SENS, cats={"sensitive": ["financial"]}, about=[JAKUB],
  note="bookkeeping asks approval of a payment plan for one family (father unemployed)")

M("salma-opvanghuis", s["lb"], [s["adj2"], s["zc"], s["sec"]], "VERTROUWELIJK - Salma B. 3C",
  T("""
    Mireille, Bart, Martine,

    Salma (3C), haar mama en haar broertje verblijven sinds het weekend in een opvanghuis, na een zware
    escalatie thuis. De politie is tussengekomen. Er loopt een procedure.

    Heel belangrijk:
    - Het nieuwe adres wordt NIET in Smartschool of Informat gezet en aan niemand doorgegeven.
    - Papa mag Salma niet ophalen. Als hij aan de school komt: niet laten binnen, Mireille verwittigen.
    - Voorlopig enkel communicatie via het gsm-nummer van mama dat Martine heeft.

    Salma komt morgen terug naar school, de opvang brengt haar. Ze weet dat ik bij jullie dit meld.

    Sofie
    """),
  "2026-01-26 08:10", kind="alt", importance="High", rules=SENS, cats={"sensitive": ["family"]}, about=[SALMA],
  note="pupil and mother in a shelter after domestic violence; father may not pick her up")

M("ferre-schoolweigering", s["lb"], [s["adj2"]], "Ferre 4C",
  T("""
    Mireille,

    Update Ferre: hij is nu 3 weken niet meer op school geweest. Elke ochtend staat hij op, kleedt zich aan,
    en dan lukt het niet meer om de deur uit te gaan. Mama is ten einde raad. Er is een doktersattest tot
    vrijdag, maar dat lost niets op.

    Ik heb Ruben van het CLB gevraagd om een huisbezoek te doen, dat is donderdag. We denken aan een
    opbouwschema: eerst 1 uur per dag, bij mij in het lokaal, dan uitbreiden. Voor de examens zal een
    aangepast traject nodig zijn; kan dat op de volgende cel leerlingenbegeleiding?

    Sofie
    """),
  "2026-03-10 12:15", kind="qp", rules=SENS, cats={"sensitive": ["psychosocial", "care"]}, about=[FERRE],
  note="pupil has not managed to come to school for three weeks; CLB home visit, phased return plan")

M("julie-5d-afspraken", s["bw"], [s["hs"], s["km"], s["ek"], s["nd"], s["dva"]], "Julie 5D",
  T("""
    Collega's,

    Als titularis even een update over Julie, met toestemming van haar en haar mama.

    Julie is sinds de herfstvakantie in behandeling bij een psychiater voor een depressie en neemt sinds een
    maand medicatie. Ze komt voorlopig enkel de voormiddagen naar school. Ze is vaak moe en haar concentratie is
    slecht, dat hoort bij de medicatie.

    Afspraken: enkel toetsen in de voormiddag, taken mogen later, geen opmerkingen over afwezigheden.
    Na de krokus evalueren we met het CLB.

    Bram
    """),
  "2025-12-08 16:50", kind="alt", rules=SENS, cats={"sensitive": ["medical", "psychosocial"]}, about=[JULIE],
  note="class teacher informs colleagues of a pupil's depression treatment and medication")

M("ahmad-2b-nachtmerries", s["wds"], [s["lb"]], "Ahmad 2B",
  T("""
    Sofie, mag ik eens bij je langskomen over Ahmad? Vandaag viel er een plank om in het atelier en hij dook
    onder de tafel en begon te trillen. Na de les vertelde hij (in zijn beste Nederlands) over de bommen in
    zijn stad en dat hij 's nachts niet slaapt omdat hij dan 'alles terug ziet'. Zijn oom zou hem slaan als
    hij huilt zegt hij. Ik weet niet goed wat ik hiermee moet.

    Wim
    """),
  "2025-10-14 15:40", kind="8bit", rules=SENS, cats={"sensitive": ["psychosocial", "family"]}, about=[AHMAD],
  note="teacher reports a refugee pupil's war trauma and a worrying remark about his uncle")

M("kr-advies-cas-3a", s["km"], [s["zc"]], "advies KR Cas Van Gorp",
  T("""
    Bart,

    Voor je verslag: de klassenraad van 3A adviseert voor Cas een heroriëntering naar een andere studierichting
    volgend jaar (4 Bedrijfswetenschappen of 4 Sport). Redenen: blijvend grote tekorten wiskunde en Latijn
    ondanks bijles en het remediëringstraject, en hij zegt zelf dat hij 'het niet meer ziet zitten'.
    Wij vragen dat het CLB een studiekeuzegesprek doet met Cas en zijn ouders voor de paasvakantie.

    Kevin
    """),
  "2026-02-25 19:22", kind="qp", rules=SENS, cats={"sensitive": ["care"]}, about=[CAS],
  note="class council advice to redirect one pupil to another track, CLB study-choice conversation")

M("exchange-kato-diabetes", s["ek"], [("Julia Hartmann", "j.hartmann@gymnasium-tuebingen.de")], "Exchange March - Kato Wijns",
  T("""
    Dear Julia,

    Thank you for the host family list! One of our pupils needs some extra attention, and her parents asked me to
    inform you (and her host family) in advance.

    Kato Wijns (4C) has type 1 diabetes. She uses an insulin pump and a sensor on her arm, and she manages it very
    well herself. Still, the host family should know:
    - she needs to eat at regular times and always have some sugar with her;
    - if she becomes pale, shaky or confused, she needs sugar immediately (juice or dextrose);
    - her emergency kit (glucagon) will be in her backpack. Her mother's mobile is in the travel file.

    Could you pass this on to the Becker family only? Thank you so much.

    Best wishes,
    Ewa Kowalska
    """),
  "2026-02-20 18:12", kind="qp", lang="en", rules=SENS, cats={"sensitive": ["medical"]}, about=[KATO],
  note="English mail to a partner school about a pupil's type 1 diabetes for the host family")

M("daan-ass-iac-3c", s["zc"], [s["dva"], s["hs"], s["ek"], s["ey"]], "Daan Peetermans 3C",
  T("""
    Dag collega's,

    Daan heeft via het COS een diagnose autismespectrumstoornis gekregen. Voor ons verandert vooral de
    aanpak:

    | Situatie | Afspraak |
    | Begin van de les | planning op het bord, wijzigingen vooraf aankondigen |
    | Groepswerk | vaste groep, duidelijke rol |
    | Toetsen | apart lokaal mogelijk, extra tijd (1/3) |
    | Prikkels | mag koptelefoon dragen bij zelfstandig werk |

    Vanaf januari volgt hij voor Frans en Engels een individueel aangepast curriculum. Het handelingsplan staat in
    het leerlingvolgsysteem.

    Bart
    """),
  "2025-11-13 12:45", kind="alt", rules=SENS, cats={"sensitive": ["medical", "care"]}, about=[DAAN],
  note="autism diagnosis of a pupil and individual curriculum, table of arrangements", fmt=["table"])

M("divine-gok-middagmaal", s["zl"], [s["lh"]], "Divine - middag",
  T("""
    Lien,

    Afgesproken met Koen: Divine krijgt vanaf maandag elke dag een warme maaltijd in de refter, de school
    betaalt (mama kan het echt niet, ze heeft drie kinderen en geen werk). Ze moet enkel haar naam zeggen
    aan de kassa, de andere leerlingen zien niets.

    Ze komt ook naar de huiswerkklas op maandag en donderdag, daar werkt ze met mij aan begrijpend lezen.

    Leen
    """),
  "2025-10-03 11:10", kind="qp", rules=SENS, cats={"sensitive": ["financial", "care"]}, about=[DIVINE],
  note="school pays a pupil's lunches because the mother cannot, plus remedial homework class")

M("tuur-pleeggezin", s["sec"], [s["ksc"]], "Tuur Van Rompaey - adreswijziging",
  T("""
    Katleen,

    Ter info voor jou als titularis: Tuur woont sinds 1 december in een pleeggezin in Herent (familie
    Mariën). Alle post en berichten gaan vanaf nu naar de pleegmoeder; ik heb Smartschool aangepast.
    Mama heeft nog contact met Tuur onder begeleiding, maar krijgt geen schoolinfo meer en mag hem niet
    ophalen aan school.

    Martine
    """),
  "2025-12-02 09:32", kind="alt", rules=SENS, cats={"sensitive": ["family"]}, about=[TUUR],
  note="secretariat tells the class teacher a pupil was placed in a foster family")

M("rania-5d-crisis", s["lb"], [s["dir"], s["bw"]], "Rania 5D - vandaag",
  T("""
    Hilde, Bram,

    Korte melding van vanmorgen: Rania kwam na het 2e uur naar mijn lokaal en zei dat ze 'er niet meer wil zijn'
    en dat ze er al een paar weken over nadenkt hoe. Ik ben bij haar gebleven, heb papa gebeld die haar is
    komen halen, en het CLB (Ruben) heeft haar vanmiddag nog gezien. Ze heeft morgen een afspraak bij de
    spoedpsychiatrie van UPC KU Leuven.

    Bram, kan jij de collega's van 5D enkel laten weten dat ze een tijdje afwezig is, zonder details?

    Sofie
    """),
  "2026-04-28 15:05", kind="8bit", importance="High", rules=SENS, cats={"sensitive": ["psychosocial", "care"]}, about=[RANIA],
  note="counsellor reports a pupil's suicidal remarks to the director and class teacher")

par = T("""
    Dag mevrouw,

    Ik ben mama van Oliwia in 1C. Ik en papa wonen niet samen meer. Er is een beslissing van de rechter,
    Oliwia woont bij mij, papa mag niet komen op school en niet haar ophalen. Hij is soms agressief.
    Ik stuur foto van het papier. Als hij komt, kunt u mij bellen alstublieft.

    Dank
    Anna Nowicka
    """)
M("fw-mama-oliwia-rechter", s["sec"], [s["fb"], s["adj1"]], "TR: Oliwia 1C",
  "Fatima, Koen: zie de mail van de mama van Oliwia in bijlage. Het vonnis heb ik in haar dossier gestoken.\nMartine\n",
  "2025-09-29 09:40", kind="alt",
  fwd=Inner("oliwia-inner", ("Anna Nowicka", "anna.nowicka@gmail.com"), [("Secretariaat", "secretariaat@sintpieterscollege.be")],
            "Oliwia 1C", par, "2025-09-29 07:12", kind="8bit"),
  rules=SENS, cats={"sensitive": ["family"]}, about=[OLIWIA],
  note="mother's mail in simple Dutch forwarded as an attachment: court decision, father may not pick the pupil up")

M("overdracht-wiskunde-1b-maatregelen", s["zl"], [s["sc"]], "1B wiskunde - wie heeft welke maatregel",
  T("""
    Dag Stijn,

    Je neemt vanaf morgen wiskunde over in 1B, dus hierbij de leerlingen met afspraken:

    - Amber: dyscalculie (attest van de logo), mag altijd de rekenmachine en de formulekaart gebruiken, 1/3 extra tijd
    - Robbe C.: autisme. Vaste plaats vooraan links, wijzigingen aankondigen. Als het hem teveel wordt gaat hij
      naar het zorglokaal met zijn kaartje, niet tegenhouden
    - Yasmine: spreekt nog niet zo lang Nederlands, opgaven mogen voorgelezen worden
    - Elias: even geen beurten aan het bord, zit in een moeilijke periode (Lien weet meer)

    Vragen? Ik zit in het zorglokaal B.001.

    Leen
    """),
  "2026-01-04 17:28", kind="qp", rules=SENS, cats={"sensitive": ["medical", "care"]}, about=[AMBER, ROBBE_C, ELIAS],
  note="handover to a substitute listing pupils' diagnoses (dyscalculia, autism) and measures", fmt=["handover"])

M("notities-rune-naar-gmail", s["lb"], [("Sofie Claes", "sofieclaes.leuven@gmail.com")], "notities gesprek Rune",
  T("""
    gesprek Rune M. 1A - 5/11

    - buikpijn elke ochtend sinds september, vooral maandag
    - zegt dat de jongens in de klas hem 'baby' noemen omdat hij huilt
    - slaapt slecht, ligt wakker van de toets
    - mama: papa werkt in het buitenland, thuis veel alleen
    - afspraak: elke maandag even check-in bij mij 8u15
    - CLB aanmelden? bespreken met Bart

    (om vanavond in het LVS te zetten)
    """),
  "2025-11-05 16:50", kind="8bit", rules=SENS + ["private_account"], cats={"sensitive": ["psychosocial"]}, about=[RUNE],
  note="counsellor mails her conversation notes about a pupil to her own private gmail")

# ---------------------------------------------------------------- to parents: misdirected and correctly addressed look-alikes
M("te-laat-lars-2a", s["opv2"], [("Bart Peeters", EMMA_P.p1)], "Te laat - Lars (2A)",
  T("""
    Beste mevrouw Peeters,

    Lars (2A) kwam deze week drie keer te laat op school (maandag, woensdag en vrijdag, telkens tussen 8u25 en
    8u40). Volgens ons schoolreglement krijgt hij bij de volgende keer een inhaalmoment op woensdagmiddag.

    Misschien kan u thuis eens bekijken of hij een vroegere bus kan nemen? Bij vragen mag u mij altijd mailen.

    Vriendelijke groeten,
    Nele Bogaerts
    opvoeder eerste graad
    """),
  "2025-10-10 15:12", kind="qp", mis=True, about=[LARS],
  note="lateness note about Lars Peeters (2A) sent to the father of Emma Peeters (4C): surname autocomplete picked the wrong family")

M("te-laat-warre-2a", s["opv2"], [("Els Jacobs", WARRE.p1)], "Te laat - Warre (2A)",
  T("""
    Beste mevrouw Jacobs,

    Warre kwam deze week twee keer te laat (dinsdag en donderdag, rond 8u35). Hij vertelde dat de bus uit
    Wilsele vaak vertraging heeft. Kan u dat eens nakijken? Bij een derde keer volgt volgens het reglement een
    inhaalmoment op woensdagmiddag.

    Vriendelijke groeten,
    Nele Bogaerts
    opvoeder eerste graad
    """),
  "2025-10-10 15:20", kind="b64", about=[WARRE],
  note="lateness note to the pupil's own mother, not sensitive")

M("feedback-kr-yasmine", s["lh"], [("Naima Benali", YASMINA.p1)], "Feedback klassenraad - Yasmine",
  T("""
    Beste mevrouw,

    Na de klassenraad van 1B wil ik u graag kort laten weten wat we besproken hebben over Yasmine.

    Yasmine doet heel goed haar best en is vriendelijk in de klas. Ze heeft het wel moeilijk met wiskunde en met
    de schoolse taal. Daarom:
    - krijgt ze vanaf nu 2 uur per week extra NT2-ondersteuning bij juf Leen;
    - laat het CLB een onderzoek doen naar dyscalculie, u krijgt daarvoor een toestemmingsformulier;
    - mag ze bij toetsen een woordenlijst gebruiken.

    Kan u het formulier ondertekend terugbezorgen via Yasmine?

    Met vriendelijke groet,
    Lien Hermans
    titularis 1B
    """),
  "2025-12-22 19:05", kind="alt", mis=True, rules=SENS, cats={"sensitive": ["care"]}, about=[YASMINE],
  note="class-council care measures for Yasmine El Idrissi (1B) sent to the mother of classmate Yasmina Benali (similar first name)")

M("feedback-kr-lotte", s["an"], [("Veerle Aerts", LOTTE.p1)], "Feedback klassenraad - Lotte",
  T("""
    Beste mevrouw Aerts,

    Zoals beloofd de afspraken van de klassenraad voor Lotte. Het attest van de logopediste over haar dyslexie
    hebben we goed ontvangen. Vanaf januari krijgt Lotte:
    - 1/3 extra tijd bij toetsen van Frans, Nederlands en geschiedenis;
    - toetsen in een groter lettertype;
    - voorleessoftware op haar laptop (Sprintplus), Jeroen van ICT installeert het.

    We evalueren dit op de paasklassenraad. Als u vragen heeft, kan u mij of juf Leen (zorg) altijd mailen.

    Vriendelijke groeten,
    An Devos
    titularis 1A
    """),
  "2025-12-22 19:40", kind="alt", rules=SENS, cats={"sensitive": ["medical", "care"]}, about=[LOTTE],
  note="class-council dyslexia measures sent to the pupil's own mother")

q = T("""
    Goedemiddag,

    Jens kwam gisteren thuis met een blauw oog en een gescheurde jas. Hij zegt dat het op de speelplaats
    gebeurd is. Wij willen graag weten wat de school daaraan gaat doen.

    Veerle Wuyts
    """)
M("sanctie-milan-naar-verkeerde-ouders", s["adj1"], [("Veerle Wuyts", JENS.p1)], "RE: incident speelplaats dinsdag",
  T("""
    Beste ouders van Milan,

    Zoals telefonisch gemeld heeft Milan dinsdag tijdens de middagpauze een medeleerling geslagen en zijn jas
    gescheurd. Het is niet de eerste keer: ook in oktober was er een gelijkaardig incident. Milan kan zijn
    boosheid moeilijk controleren en reageert fysiek als hij zich uitgedaagd voelt.

    We nemen daarom de volgende maatregelen:
    - een tijdelijke uitsluiting van 2 dagen (donderdag en vrijdag), met taken thuis;
    - daarna een volgkaart voor vier weken;
    - een gesprek met Sofie Claes (leerlingenbegeleiding) over agressiebeheersing.

    We verwachten u maandag om 16u op school voor een gesprek.

    Met vriendelijke groeten,
    Koen Lemmens
    adjunct-directeur eerste graad

    """) + quote_gmail(q, "Veerle Wuyts <veerle.wuyts@skynet.be>", "2026-02-11 07:45"),
  "2026-02-11 16:20", kind="qp", mis=True, rules=SENS, cats={"sensitive": ["psychosocial"]}, about=[MILAN],
  note="sanction letter about the aggressor Milan (2B) written as a reply in the victim's mother's thread, so only Jens's parent receives it",
  fmt=["reply"])

M("sanctie-senne-eigen-ouders", s["adj1"], [("Patrick Huybrechts", SENNE.p1)], "Incident donderdag - Senne",
  T("""
    Beste meneer Huybrechts,

    Zoals telefonisch besproken: Senne heeft donderdag samen met twee klasgenoten een jongen uit het eerste
    jaar in de fietsenstalling vastgehouden en zijn gsm afgenomen. Er werden ook filmpjes gemaakt die
    rondgestuurd zijn. Het is de tweede keer dit schooljaar dat Senne betrokken is bij pesten.

    Maatregelen:
    - 1 dag tijdelijke uitsluiting (dinsdag), met een reflectieopdracht;
    - herstelgesprek met het slachtoffer onder begeleiding van Sofie Claes, als die dat wil;
    - de filmpjes moeten verwijderd worden, we vragen u dat samen met Senne te controleren.

    U kan tegen deze beslissing geen beroep aantekenen, maar u mag altijd een gesprek aanvragen.

    Met vriendelijke groeten,
    Koen Lemmens
    """),
  "2026-02-13 12:30", kind="alt", rules=SENS, cats={"sensitive": ["psychosocial"]}, about=[SENNE],
  note="sanction for bullying addressed to the perpetrator's own father")

M("herinnering-rekening-bilal-template", s["boek"], [("S. De Wilde", SARA_DW.p1)], "Tweede herinnering schoolrekening",
  T("""
    Beste meneer Ouali,

    Ondanks onze eerste herinnering van 14 november staat de schoolrekening van Bilal (3A) nog altijd open,
    voor een bedrag van 318,40 euro. Ook de eerste schijf van het afbetalingsplan dat we in oktober
    afspraken (80 euro) hebben we niet ontvangen.

    We begrijpen dat het moeilijk is. Wil u contact opnemen met het secretariaat om een nieuwe regeling te
    bespreken? Zo vermijden we dat de rekening naar een incassobureau moet.

    Met vriendelijke groeten,
    Rita Maes
    boekhouding
    """),
  "2025-12-12 10:02", kind="qp", mis=True, rules=SENS, cats={"sensitive": ["financial"]}, about=[BILAL],
  note="second payment reminder for the Ouali family (Bilal 3A) sent from a reused draft still addressed to Sara De Wilde's parent")

M("herinnering-rekening-kacper", s["boek"], [("Agnieszka Nowak", KACPER.p1)], "Schoolrekening Kacper - herinnering",
  T("""
    Beste mevrouw Nowak,

    De schoolrekening van Kacper (3A) van het eerste trimester is nog niet betaald. Het gaat om 286,00 euro.

    U kan betalen op rekening BE43 7340 1855 0201 met de mededeling op de factuur. U mag ook in schijven
    betalen, bijvoorbeeld 50 euro per maand. Kom dan even langs of bel mij, dan maken we een plan.

    Als het moeilijk is om te lezen in het Nederlands, mag u ook iemand meebrengen.

    Vriendelijke groeten,
    Rita Maes
    boekhouding Sint-Pieterscollege
    """) + f"T {SCHOOL_TEL}\n",
  "2025-12-12 10:30", kind="alt", rules=SENS + ["personal_data"], cats={"sensitive": ["financial"]}, about=[KACPER],
  note="individual payment reminder and payment plan offer to the pupil's own mother; school IBAN and phone")

M("logopedie-noah-verkeerde-rij", s["zl"], [("Liesbeth Declercq", NOAH_D.p1)], "Afspraken logopedie Noah",
  T("""
    Beste mevrouw Vermeulen,

    Dank voor het verslag van de logopediste. Ik heb het met de klassenraad van 1A besproken. Omdat Noah
    stottert en het hem veel stress geeft, spreken we het volgende af:

    - Mondelinge presentaties mag hij alleen voor de leerkracht doen, of opnemen op video.
    - Bij Frans spreekvaardigheid krijgt hij meer tijd en wordt hij niet onderbroken.
    - Hij mag elke donderdag het 7e uur naar zijn logopediste; dat is gewettigd afwezig.

    Als u het goed vindt, licht ik de collega's van 1A in.

    Met vriendelijke groeten,
    Leen Verstraeten
    zorgleerkracht eerste graad
    """),
  "2025-11-12 13:14", kind="alt", mis=True, rules=SENS, cats={"sensitive": ["medical", "care"]}, about=[NOAH_V],
  note="speech-therapy arrangements for Noah Vermeulen (1A) mailed to the mother of Noah Declercq (1C): wrong Noah picked in the list")

q = T("""
    Dag mevrouw Mertens,

    Jolien zegt dat ze voor biologie een lijst met vragen moet maken, maar die staat niet op Smartschool. Kan
    u die eens opladen?

    Groetjes, Inge Michiels
    """)
M("mk-3b-clb-in-verkeerde-thread", s["im"], [("Inge Michiels", JOLIEN.p1)], "RE: vragenlijst bio",
  T("""
    Beste ouder,

    Betreft: M.K. (3B)

    Na de bespreking op de cel leerlingenbegeleiding willen we uw zoon graag aanmelden bij het CLB. We zien in
    3B al sinds september dat hij zich heel moeilijk kan concentreren, zijn taken zelden afwerkt en vaak
    onrustig en impulsief reageert. Het CLB kan onderzoeken waar dit vandaan komt en wat hem kan helpen.

    Daarvoor hebben we uw toestemming nodig. Kan u het formulier in bijlage ondertekenen?

    Met vriendelijke groeten,
    Ilse Mertens
    titularis 3B

    """) + quote_outlook(q, "Inge Michiels <inge.michiels@telenet.be>", "Ilse Mertens", "vragenlijst bio", "2025-10-13 20:02"),
  "2025-10-14 12:35", kind="alt", mis=True, rules=SENS, cats={"sensitive": ["care", "psychosocial"]}, about=[MATHIS],
  note="CLB referral about M.K. of 3B (Mathis Kabongo) typed into a reply to classmate Jolien's mother", fmt=["reply"])

M("clb-toestemming-hiba-cc-clb", s["zc"], [("Fatma Çelik", HIBA.p1)], "Aanmelding CLB - Hiba",
  T("""
    Beste mevrouw Çelik,

    Dank voor het gesprek van gisteren. Zoals afgesproken melden we Hiba aan bij het CLB voor een onderzoek
    naar haar leerproblemen en voor begeleiding bij de studiekeuze. Mevrouw Van Hoof van het CLB staat in
    kopie, zij neemt volgende week contact met u op.

    Met vriendelijke groeten,
    Bart Wouters
    zorgcoördinator
    """),
  "2025-11-20 09:05", cc=[CLB], kind="alt", rules=SENS + ["bcc"], cats={"sensitive": ["care"]}, about=[HIBA],
  note="CLB referral to the pupil's own mother with the CLB worker visible in Cc (two external addresses)")

M("resit-maths-oliver", s["km"], [("Mrs Smith", OLIVIA.p1)], "Oliver - maths exam",
  T("""
    Dear Mrs Smith,

    After the deliberation, the class council has decided that Oliver will have to redo his maths exam in
    August (second session). He scored 7/20 on the June exam, mainly because of the chapter on
    trigonometry. The resit is on Tuesday 25 August at 9:00 in room C.104.

    I have put a revision package on Smartschool. If Oliver wants to, he can contact me during the summer.

    Kind regards,
    Kevin Mbala
    Maths teacher
    """),
  "2026-06-30 14:15", kind="alt-b64", lang="en", mis=True, about=[OLIVER],
  note="resit notice about Oliver Smith (5A) sent to the parent of Olivia Smit (2D): similar surname chosen in the address book")

M("exam-schedule-liam", s["ek"], [("Siobhan Walsh", LIAM.p1)], "Liam - June exams",
  T("""
    Dear Ms Walsh,

    You asked whether Liam could take his English oral exam on a different day because of the family wedding in
    Cork. That is fine: he can do it on Monday 15 June at 10:00 instead of Wednesday. The written exams stay as
    planned.

    Kind regards,
    Ewa Kowalska
    """),
  "2026-05-20 16:00", kind="qp", lang="en", about=[LIAM],
  note="English mail to a pupil's own mother about moving an oral exam, not sensitive")

par = T("""
    Dag meneer Yılmaz,

    Ik maak me echt zorgen over Zoë. Ze heeft de laatste weken 's nachts paniekaanvallen, ze ligt dan te
    hyperventileren en zegt dat ze gaat doodgaan. Overdag is ze uitgeput. Ze durft niet meer naar school als er
    een toets is. Onze huisarts wil haar laten opvolgen door een psycholoog, maar de wachtlijst is 4 maanden.
    Kan de school iets doen?

    An Lambrecht
    """)
M("fw-mama-zoe-naar-verkeerde-sofie", s["ey"], [("Sofie Verbeke", FINN.p1)], "FW: Zoë",
  "Sofie, kan jij dit opnemen? Zie mail mama hieronder. Ik heb haar gezegd dat jij contact opneemt.\nEmre\n\n" +
  fwd_inline(par, "An Lambrecht <an.lambrecht@gmail.com>", "emre.yilmaz@sintpieterscollege.be", "Zoë",
             "2026-01-19 22:14"),
  "2026-01-20 07:58", kind="qp", mis=True, rules=SENS, cats={"sensitive": ["psychosocial"]}, about=[ZOE],
  note="teacher forwards Zoë Lambrecht's (4B) mother's mail for the counsellor Sofie, but autocomplete chose Sofie Verbeke, mother of Finn (1D)",
  fmt=["fwd-inline"])

M("angst-axelle-mere", s["lb"], [("Patricia Lukusa", AXELLE.p1)], "Axelle - notre entretien",
  T("""
    Chère Madame Lukusa,

    Je vous remercie pour notre entretien de ce matin. Comme convenu, je résume ce que nous avons dit.

    Axelle fait depuis quelques semaines des crises d'angoisse en classe, surtout avant les interrogations.
    Elle dit qu'elle dort mal et qu'elle pense tout le temps à l'école. Nous avons convenu :
    - qu'elle peut venir me voir pendant la récréation de 10h le lundi et le jeudi ;
    - qu'elle reçoit une carte de repos pour quitter la classe quelques minutes si nécessaire ;
    - que vous prenez rendez-vous chez votre médecin traitant.

    N'hésitez pas à m'écrire en français si c'est plus facile pour vous.

    Bien à vous,
    Sofie Claes
    accompagnement des élèves
    """),
  "2026-02-05 13:20", kind="alt", lang="fr", rules=SENS, cats={"sensitive": ["psychosocial"]}, about=[AXELLE],
  note="French summary of a conversation about a pupil's anxiety attacks to her own mother")

M("enkel-thibault-naar-thibo", s["sport"], [("Geert Van Roey", THIBO.p1)], "Thibault - enkel training",
  T("""
    Beste mevrouw Nsimba,

    Zoals ik al probeerde te bellen: Thibault is op de training van vandaag ongelukkig geland bij een sprong en
    heeft pijn aan zijn rechterenkel. Hij kan er niet op steunen en de enkel is sterk gezwollen. We hebben
    gekoeld en hem laten rusten. Omdat een breuk niet uitgesloten is, raad ik aan om vanavond nog naar de
    spoed te gaan voor een foto.

    De verzekeringspapieren van de school geef ik morgen mee.

    Sportieve groeten,
    Tom Verhaegen
    coördinator sportrichting
    """),
  "2026-03-12 16:45", kind="8bit", mis=True, rules=SENS, cats={"sensitive": ["medical"]}, about=[THIBAULT],
  note="injury report about Thibault Nsimba (3D) sent to the father of classmate Thibo Van Roey")

M("turnzak-ilias-naar-rayan", s["jp"], [("Fatima Chakir", RAYAN.p1)], "turnzak",
  T("""
    Beste ouders,

    Ilias (2C) was deze maand al drie keer zijn turnzak vergeten. Hij kon dus niet meedoen en kreeg een
    vervangtaak. Bij de volgende keer krijgt hij een nota in zijn agenda. Zou u er thuis samen met hem op willen
    letten? Op dinsdag en vrijdag heeft hij LO.

    Sportieve groet,
    Joris Peeters
    leraar LO
    """),
  "2025-11-21 12:10", kind="qp", mis=True, about=[ILIAS],
  note="note about Ilias Azzouzi (2C) forgetting his gym bag sent to classmate Rayan Chakir's mother (wrong row copied from the class list)")

M("turnzak-adam", s["jp"], [("Hatice Kaya", ADAM.p1)], "turnzak Adam",
  T("""
    Beste ouders,

    Adam (2C) was deze maand twee keer zijn turnzak vergeten. Op dinsdag en vrijdag heeft hij LO. Zou u er
    thuis mee op willen letten?

    Sportieve groet,
    Joris Peeters
    """),
  "2025-11-21 12:14", kind="qp", about=[ADAM], note="gym bag note to the pupil's own mother, not sensitive")

M("omgangsregeling-lucas-moens", s["sec"], [("Tom Geerts", LUCAS_G.p1)], "Bevestiging afspraken ophalen Lucas",
  T("""
    Beste meneer Moens,

    Hierbij bevestig ik wat we telefonisch afspraken, op basis van het vonnis van de familierechtbank dat u ons
    bezorgde:

    - Lucas (1D) verblijft in de even weken bij u en in de oneven weken bij zijn mama.
    - Op woensdagmiddag haalt u Lucas op, op vrijdag mama (ook in de weken van de andere ouder).
    - Beide ouders krijgen het rapport en de berichten via een eigen co-account.
    - Mama's nieuwe partner mag Lucas niet ophalen zonder schriftelijke toestemming van beide ouders.

    Met vriendelijke groeten,
    Martine Goossens
    secretariaat
    """),
  "2025-09-18 11:50", kind="qp", mis=True, rules=SENS, cats={"sensitive": ["family"]}, about=[LUCAS_M],
  note="custody arrangement of Lucas Moens (1D) sent to the father of Lucas Geerts (1A): same first name in the address book")

M("omgangsregeling-jules-beide-ouders", s["sec"], [("Kris Leemans", JULES.p1), ("Liesbeth Van den Broeck", JULES.p2)], "Afspraken Jules - schoolcommunicatie",
  T("""
    Beste meneer Leemans, beste mevrouw Van den Broeck,

    Omdat jullie sinds kort apart wonen, zetten we de afspraken over Jules even op papier:

    - Jules woont in week-weekregeling; de wissel gebeurt op vrijdag na school.
    - Allebei krijgen jullie een eigen co-account op Smartschool (de gegevens volgen per brief).
    - Oudercontacten: we nodigen jullie allebei uit; u kiest zelf of u samen of apart komt.
    - Bij ziekte bellen we eerst de ouder bij wie Jules die week verblijft.

    Laat het ons weten als er iets niet klopt.

    Met vriendelijke groeten,
    Martine Goossens
    secretariaat
    """),
  "2025-10-06 10:30", kind="alt-b64", rules=SENS + ["bcc"], cats={"sensitive": ["family"]}, about=[JULES],
  note="separation arrangements sent to both parents of the pupil, both external addresses visible in To")

q = T("""
    Bonjour Madame Dubois,

    Grace demande si elle doit apporter son pique-nique pour l'excursion à Bruxelles jeudi ? Merci !

    Mireille Tshibangu
    """)
M("mono-ines-mauvaise-maman", s["nd"], [("Mireille Tshibangu", GRACE.p1)], "RE: excursion jeudi",
  T("""
    Bonjour Madame,

    Merci pour le certificat médical. Je suis désolée d'apprendre qu'Inès a une mononucléose. Le médecin
    prévoit trois semaines de repos : elle ne viendra donc pas à l'excursion de jeudi et sera dispensée des
    interrogations de ce mois. Je lui prépare un dossier pour qu'elle puisse suivre un peu à la maison, sans
    stress.

    Bon rétablissement à Inès !
    Nathalie Dubois

    """) + quote_gmail(q, "Mireille Tshibangu <mireille.tshibangu@gmail.com>", "2026-03-02 08:12"),
  "2026-03-02 18:40", kind="qp", lang="fr", mis=True, rules=SENS, cats={"sensitive": ["medical"]}, about=[INES],
  note="French reply about Inès Dumont's (4D) illness written in the thread of classmate Grace's mother, so it reaches her",
  fmt=["reply"])

M("certificat-merveille", s["nd"], [("Serge Ilunga", MERVEILLE.p1)], "Certificat médical Merveille",
  T("""
    Bonjour Monsieur Ilunga,

    Nous avons bien reçu le certificat médical pour l'angine de Merveille (absente du 9 au 13 février). Elle pourra
    refaire l'interrogation de français le mardi 24 février pendant la 7e heure.

    Bonne soirée,
    Nathalie Dubois
    """),
  "2026-02-16 17:30", kind="b64", lang="fr", rules=SENS, cats={"sensitive": ["medical"]}, about=[MERVEILLE],
  note="French mail to the pupil's own father acknowledging a medical certificate for an illness")

M("attendance-aiden-mother", s["lb"], [("Ciara Murphy", AIDEN.p1)], "Aiden - plan for coming back to school",
  T("""
    Dear Ms Murphy,

    Thank you for coming in yesterday. As agreed, here is the plan we made for Aiden:

    1. From Monday he comes to school for the first two periods only, and starts in my office with a short check-in.
    2. Each week we add one period, if it goes well.
    3. His teachers will not ask him in front of the class why he was away.
    4. The CLB (Mr Lenaerts) will see him on 16 December.

    It was clear that the stomach aches are real and linked to a lot of worry about school. Please let me know
    if the mornings become difficult again.

    Kind regards,
    Sofie Claes
    Pupil counsellor
    """),
  "2025-12-03 12:40", kind="alt", lang="en", rules=SENS, cats={"sensitive": ["psychosocial", "care"]}, about=[AIDEN],
  note="English plan for a gradual return after school refusal, sent to the pupil's own mother")

M("afspraak-oudercontact-mats", s["km"], [("Geert Heylen", MATS.p1)], "RE: afspraak",
  T("""
    Dag meneer Heylen,

    Geen probleem. Ik kan dinsdag 18/11 om 16u30 of donderdag 20/11 om 17u. Zeg maar wat u past, dan reserveer
    ik een lokaal. We kunnen dan de resultaten van de eerste toetsen van Mats overlopen; hij doet het goed voor
    meetkunde, bij algebra mag hij nog wat meer oefenen.

    Groeten,
    Kevin Mbala
    titularis 4A
    """),
  "2025-11-10 21:05", kind="qp", about=[MATS], note="teacher proposes appointment slots to the pupil's own father", fmt=["reply"])

M("proficiat-mauro-veldloop", s["sport"], [("Francesca Lisi", MAURO.p1)], "Proficiat Mauro!",
  T("""
    Beste mevrouw Lisi,

    Even een positief bericht tussendoor: Mauro is zondag provinciaal kampioen veldlopen geworden bij de
    scholieren! We zijn er als school heel trots op. Mogen we een foto van hem met de medaille op onze
    website en in de nieuwsbrief zetten? Enkel als jullie en Mauro akkoord gaan.

    Sportieve groet,
    Tom Verhaegen
    """),
  "2026-01-27 08:30", kind="qp", about=[MAURO], note="congratulations to a pupil's own mother with a photo consent question, not sensitive")

# ---------------------------------------------------------------- general letters (parents, pupils, staff)
OUDERS = "ouders@sintpieterscollege.be"
INFO = "info@sintpieterscollege.be"

M("brief-medicatie-op-school", s["sec"], [("Sint-Pieterscollege", INFO)], "Medicatie op school - wat moet u doen?",
  T("""
    Geachte ouders,

    Bij het begin van het schooljaar krijgen we veel vragen over medicatie. Daarom zetten we de afspraken op
    een rij.

    1. Mag de school medicatie geven aan mijn kind?
    Enkel met een attest dat door de behandelende arts en door u is ondertekend. Zonder attest geven wij geen
    medicatie, ook geen pijnstiller of 'iets van de apotheek'.

    2. Wat als uw kind elke dag medicatie moet nemen (bv. voor ADHD, astma of diabetes)?
    Bezorg het attest en de medicatie in de originele verpakking aan het leerlingensecretariaat. Vermeld de
    naam van de leerling, de dosis en het tijdstip. De medicatie wordt daar bewaard.

    3. Wat als de leerling ziek wordt op school?
    Dan bellen wij u. We vragen om uw kind dan zo snel mogelijk op te halen. In noodgevallen bellen we 112.

    4. Wat met allergieën?
    Geef ze door via het medische fiche in Smartschool. Het is uw verantwoordelijkheid om dit fiche actueel
    te houden.

    Het attest vindt u op Smartschool bij 'Documenten > Leerlingensecretariaat'.

    Met vriendelijke groeten,
    het leerlingensecretariaat
    """),
  "2025-09-04 16:00", bcc=[OUDERS], kind="alt", note="general letter to all parents about the medication procedure, FAQ form, group in Bcc",
  fmt=["general", "faq"])

M("skireis-betaling-5e-jaar", s["boek"], [("Sint-Pieterscollege", INFO)], "Skireis 5de jaar - betaling",
  T("""
    Beste ouders van de leerlingen van het 5de jaar,

    De skireis naar Oostenrijk vindt plaats van 14 tot 21 februari. De totale kostprijs bedraagt 620 euro.
    We vragen u om in drie schijven te betalen:

    - voor 15 oktober: 200 euro
    - voor 15 november: 210 euro
    - voor 15 december: 210 euro

    Rekeningnummer: BE43 7340 1855 0201 (Sint-Pieterscollege), met vermelding van de naam en klas van de
    leerling (bv. 'skireis - Jan Peeters 5B').

    Kan u het bedrag moeilijk betalen? Neem dan discreet contact op met Rita Maes van de boekhouding. We zoeken
    samen een oplossing; niemand moet thuisblijven om financiële redenen.

    Met vriendelijke groeten,
    de directie en het reisteam
    """),
  "2025-09-26 12:00", bcc=["ouders-5dejaar@sintpieterscollege.be"], kind="alt", rules=["personal_data"],
  note="general payment letter for a school trip with the school IBAN; example name is fictitious", fmt=["general", "bcc-group"])

M("pestbeleid-eerste-graad", s["adj1"], [("Sint-Pieterscollege", INFO)], "Samen tegen pesten - info voor ouders eerste graad",
  T("""
    Beste ouders,

    Deze week werken alle klassen van de eerste graad rond pesten. Graag leggen we u uit hoe onze school
    daarmee omgaat.

    1. Wat is pesten?
    Pesten is iets anders dan plagen of ruzie: het gebeurt herhaaldelijk, het is de bedoeling om iemand pijn te
    doen, en er is een machtsverschil. Het kan ook online gebeuren (bv. in groepschats).

    2. Wat doet de school?
    De titularis en de leerlingenbegeleiding gaan in gesprek met de betrokken leerlingen. We werken met de
    No Blame-aanpak: er wordt een steungroep rond de gepeste leerling gevormd. Waar nodig volgen sancties
    volgens het schoolreglement.

    3. Wat kan u doen?
    Merkt u dat uw kind niet graag meer naar school gaat, buikpijn heeft op zondagavond of zijn gsm niet meer
    wil tonen? Neem contact op met de titularis of met Sofie Claes (leerlingenbegeleiding).

    4. Wat als uw kind zelf pest?
    Ook dan willen we samen zoeken. Een kind dat pest, heeft vaak zelf iets nodig.

    Met vriendelijke groeten,
    Koen Lemmens
    adjunct-directeur eerste graad
    """),
  "2025-10-06 17:00", bcc=["ouders-1a@sintpieterscollege.be", "ouders-1b@sintpieterscollege.be", "ouders-1c@sintpieterscollege.be",
                           "ouders-1d@sintpieterscollege.be"], kind="alt",
  note="general bullying-policy letter to all first-year parents with numbered headings, 'uw kind', groups in Bcc", fmt=["general", "bcc-group"])

M("clb-info-eerstejaars", s["lb"], [("Sint-Pieterscollege", INFO)], "Kennismaking met het CLB",
  T("""
    Beste ouders van onze eerstejaars,

    Elke school werkt samen met een Centrum voor Leerlingenbegeleiding. Voor onze school is dat het
    CLB Leuven. Het CLB is gratis en werkt onafhankelijk van de school.

    U kan bij het CLB terecht met vragen over:
    - leren en studeren (bv. als uw kind vastloopt bij het plannen);
    - studiekeuze;
    - gezondheid en het systematisch contact (het medisch onderzoek in het 1ste jaar);
    - het psychisch en sociaal functioneren (bv. faalangst, piekeren, problemen thuis).

    Het CLB kan alleen handelen met uw toestemming (of die van uw kind vanaf 12 jaar als het bekwaam is).
    Het CLB-dossier wordt niet met de school gedeeld zonder toestemming.

    Contact: CLB Leuven, Tiensevest 100, Leuven, 016 20 81 34, of via onze leerlingenbegeleiding.

    Sofie Claes
    leerlingenbegeleiding
    """),
  "2025-09-12 15:30", bcc=["ouders-1a@sintpieterscollege.be", "ouders-1b@sintpieterscollege.be", "ouders-1c@sintpieterscollege.be",
                           "ouders-1d@sintpieterscollege.be"], kind="alt-b64", rules=["personal_data"],
  note="general CLB information letter for all first-year parents; contains the CLB's phone number", fmt=["general", "bcc-group"])

M("reglement-gsm-leerlingen", s["adj1"], [("Sint-Pieterscollege", INFO)], "Nieuwe afspraken gsm vanaf 1 december",
  T("""
    Beste leerling,

    Vanaf 1 december gelden nieuwe afspraken rond gsm-gebruik. Lees ze goed.

    Art. 4.2.1 - De leerling bewaart zijn gsm uitgeschakeld in zijn kluisje of boekentas, van 8u20 tot 15u55.
    Art. 4.2.2 - Tijdens de middagpauze mag de gsm gebruikt worden in de refter en op de grote speelplaats.
    Art. 4.2.3 - Een leerkracht kan toelating geven om de gsm te gebruiken voor een opdracht.
    Art. 4.2.4 - Wie zich niet aan de afspraken houdt, geeft zijn gsm af op het leerlingensecretariaat. Hij kan
    hem daar na het laatste lesuur ophalen. Bij herhaling moet een ouder de gsm komen ophalen.
    Art. 4.2.5 - Filmen of fotograferen van medeleerlingen of personeel zonder hun toestemming is verboden en
    wordt gesanctioneerd volgens het orde- en tuchtreglement.

    Met vriendelijke groeten,
    de directie
    """),
  "2025-11-24 10:00", bcc=["leerlingen@sintpieterscollege.be"], kind="qp",
  note="rule-book excerpt written to 'de leerling', numbered articles, pupils group in Bcc", fmt=["general", "bcc-group"])

M("oudercontact-uitnodiging-to-ouders", s["sec"], [("Ouders Sint-Pieterscollege", OUDERS)], "Uitnodiging oudercontact 19 december",
  T("""
    Beste ouders,

    Op vrijdag 19 december van 16u tot 20u organiseren we een oudercontact naar aanleiding van het kerstrapport.
    U kan vanaf maandag via Smartschool (module 'Intradesk > Oudercontact') een tijdstip kiezen bij de titularis
    en bij maximum drie vakleerkrachten.

    Lukt het inschrijven niet, bel dan naar het secretariaat: 016 29 44 10.

    Met vriendelijke groeten,
    Martine Goossens
    secretariaat
    """),
  "2025-12-05 11:11", kind="qp", rules=["bcc", "personal_data"],
  note="invitation to all parents with the parents' group address visible in To; school phone in body", fmt=["general"])

M("berlijn-reis-klas-5c", s["bw"], [("Klas 5C", "klas-5c@sintpieterscollege.be")], "Berlijn: wat moet je meebrengen",
  T("""
    Hallo 5C,

    Nog twee weken en we vertrekken! Checklist:

    - identiteitskaart (geldig!) en Europese ziekteverzekeringskaart
    - lunchpakket voor de busrit heen
    - 40 a 60 euro zakgeld
    - oplader, regenjas, goede schoenen

    Verzamelen maandag 6u15 aan de Naamsestraat. Wie te laat is, blijft thuis ;-)

    Bram
    """),
  "2026-03-23 13:30", kind="qp", rules=["bcc"], note="checklist for a class trip with the class group address in To", fmt=["general"])

M("privacyverklaring-samenvatting", ("Privacyteam LKSD", "privacy@lksd.ksleuven.be"), [("Sint-Pieterscollege", INFO)], "Hoe gaan wij om met de gegevens van uw kind?",
  T("""
    Beste ouders,

    Onze scholengroep verwerkt gegevens van leerlingen en ouders. In deze mail vatten we onze privacyverklaring
    samen.

    Welke gegevens? Identificatiegegevens (naam, adres, rijksregisternummer), contactgegevens van ouders,
    schoolresultaten en attesten, gegevens over de begeleiding van de leerling (bv. zorgmaatregelen of
    medische informatie die u zelf doorgeeft), foto's (enkel met uw toestemming).

    Waarom? Omdat de school ze nodig heeft om onderwijs en begeleiding te organiseren, of omdat de wet het
    oplegt (bv. inschrijvingen, leerplicht).

    Met wie delen we ze? Met het CLB, met het departement Onderwijs, en met leveranciers die voor ons werken
    (bv. Smartschool), altijd met een contract.

    Uw rechten: u kan de gegevens van uw kind inkijken, laten verbeteren en in sommige gevallen laten
    wissen. Vragen? Mail naar privacy@lksd.ksleuven.be.

    De volledige privacyverklaring staat op onze website.

    Het privacyteam van de Leuvense Katholieke Scholen aan de Dijle
    """),
  "2025-09-15 09:00", bcc=[OUDERS], kind="alt",
  note="privacy statement summary listing data categories, general, group in Bcc", fmt=["general", "bcc-group"])

M("smartschool-paswoord-vergeten-info", s["ict"], [("Sint-Pieterscollege", INFO)], "Smartschool: aanmelden en paswoord vergeten",
  T("""
    Beste ouders,

    Elk jaar lopen er in september veel vragen binnen over Smartschool. Hieronder de meest gestelde.

    Hoe meld ik me aan als ouder?
    Gebruik de gebruikersnaam van uw kind en kies daarna uw eigen co-account. Het paswoord heeft u bij de
    inschrijving per brief gekregen.

    Ik ben mijn paswoord vergeten. Wat nu?
    Klik op de aanmeldpagina op 'Wachtwoord vergeten?' en volg de stappen. U krijgt een mail op het adres dat
    bij ons bekend is.

    Kan de school mijn paswoord per mail sturen?
    Nee. Wij vragen en sturen nooit een wachtwoord via mail. Krijgt u een mail die dat vraagt, dan is het
    phishing.

    Hoe kies ik een goed paswoord?
    Minstens 12 tekens, bv. een zin van drie woorden die u kan onthouden. Gebruik het niet voor andere sites.

    Jeroen Smets
    ICT-coördinator
    """),
  "2025-09-09 18:00", bcc=[OUDERS], kind="alt",
  note="general FAQ about Smartschool passwords without giving any credential (look-alike)", fmt=["general", "faq", "bcc-group"])

q = T("""
    Goedendag,

    Wanneer beginnen de examens voor het 3de jaar in december en moeten de leerlingen de hele dag op school blijven?

    Vriendelijke groeten,
    Ilse Van Gorp
    """)
M("examenregeling-antwoord-ouder", s["sec"], [("Ilse Van Gorp", CAS.p1)], "RE: examens 3de jaar",
  T("""
    Beste mevrouw Van Gorp,

    De examens van het 3de jaar beginnen op maandag 8 december en eindigen op vrijdag 19 december. Het
    examenrooster staat vanaf 17 november op Smartschool.

    Tijdens de examenperiode mogen de leerlingen na hun examen naar huis, behalve als ouders laten weten dat ze
    op school moeten blijven (dan gaan ze naar de studie tot 15u55). Dat kan via het strookje in de brief die
    uw kind binnenkort meekrijgt.

    Met vriendelijke groeten,
    Martine Goossens
    secretariaat

    """) + quote_gmail(q, "Ilse Van Gorp <ilse.vangorp@telenet.be>", "2025-11-03 19:30"),
  "2025-11-04 08:50", kind="qp",
  note="reply to one parent with purely general exam information", fmt=["general", "reply"])

M("herinnering-schoolrekeningen-algemeen", s["boek"], [("Sint-Pieterscollege", INFO)], "Herinnering: schoolrekening eerste trimester",
  T("""
    Beste ouders,

    Begin november ontving u de schoolrekening van het eerste trimester. We merken dat een aantal rekeningen
    nog niet betaald zijn. Heeft u al betaald? Dan mag u deze mail als onbestaande beschouwen.

    Graag betalen voor 15 december met de gestructureerde mededeling op de rekening.

    Lukt het niet om het bedrag in één keer te betalen? U kan een afbetalingsplan vragen bij de boekhouding. We
    behandelen elke vraag discreet.

    Met vriendelijke groeten,
    Rita Maes
    boekhouding
    """),
  "2025-12-01 08:00", bcc=[OUDERS], kind="b64",
  note="general invoice reminder to all parents, group in Bcc", fmt=["general", "bcc-group"])

M("trip-letter-international-families", s["ek"], [("Sint-Pieterscollege", INFO)], "Information in English: London trip 4th year",
  T("""
    Dear parents,

    As some families prefer information in English, here is a summary of the letter about the London trip
    (4th year, 20-22 April).

    - Price: 385 euro, to be paid via the school invoice.
    - Your child needs a valid passport or identity card, and a signed travel authorisation if he or she is
      not Belgian.
    - If your child needs medication during the trip, please give the medical form to the class teacher before
      1 April (e.g. for asthma or allergies).
    - Mobile phones are allowed on the bus.

    Questions? Just reply to this e-mail.

    Kind regards,
    Ewa Kowalska
    """),
  "2026-02-09 17:15", bcc=["ouders-4dejaar@sintpieterscollege.be"], kind="qp", lang="en",
  note="general English letter about a school trip, 'your child', example medical needs, group in Bcc", fmt=["general", "bcc-group"])

M("inscriptions-lettre-francophones", s["sec"], [("Sint-Pieterscollege", INFO)], "Inscriptions pour l'année 2026-2027",
  T("""
    Chers parents,

    Les inscriptions pour l'année scolaire 2026-2027 en première année commencent le 27 avril via la plateforme
    en ligne de la ville de Louvain. Pour les frères et sœurs d'élèves actuels, une période prioritaire est
    prévue du 2 au 13 mars.

    Pour l'inscription, vous aurez besoin de :
    - la carte d'identité de l'enfant ;
    - une adresse e-mail valable ;
    - le cas échéant, le rapport de l'école primaire (p. ex. si votre enfant a des besoins spécifiques).

    Le secrétariat peut vous aider à remplir le formulaire en ligne, sur rendez-vous.

    Cordialement,
    Le secrétariat
    """),
  "2026-02-02 10:00", bcc=[OUDERS], kind="qp", lang="fr",
  note="general French letter about registrations, group in Bcc", fmt=["general", "bcc-group"])

M("ziekmelding-procedure-personeel", s["hr"], [("Personeelsdienst", "personeelsdienst@sintpieterscollege.be")], "Afwezig door ziekte: hoe meld je het?",
  T("""
    Beste collega's,

    Nog eens de afspraken voor wie ziek is, omdat er de laatste weken wat misliep:

    1. Bel voor 7u45 naar het secretariaat (016 29 44 10). Een sms of WhatsApp naar een collega volstaat niet.
    2. Laat weten welke lessen en toezichten wegvallen en of er taken klaarliggen.
    3. Bezorg binnen 48 uur een medisch attest (ook voor één dag, behalve op de 3 toegelaten dagen per jaar).
    4. Ben je langer afwezig? Dan neemt de personeelsdienst contact op voor de vervanging.

    Bedankt om dit goed op te volgen.

    Annelies Wuyts
    personeelsdienst
    """),
  "2025-10-13 12:00", bcc=[PERS], kind="qp", rules=["personal_data"],
  note="general HR procedure for reporting sickness with the school's phone number, staff group in Bcc", fmt=["general", "bcc-group"])

M("nieuwe-kopieertoestellen-codes-info", s["sec"], [("Secretariaat", "secretariaat@sintpieterscollege.be")], "Nieuwe kopieertoestellen vanaf maandag",
  T("""
    Dag collega's,

    Vanaf maandag staan er overal nieuwe kopieertoestellen. Wat verandert er?

    - Iedereen krijgt een persoonlijke gebruikerscode van 5 cijfers. Die code krijg je op een briefje in je
      postvakje, niet via mail.
    - Je kan ook je badge registreren: eerste keer code intikken, daarna badge tegen de lezer houden.
    - Heb je je briefje niet gekregen? Kom langs op het secretariaat met je badge.

    Martine
    """),
  "2025-09-01 12:30", bcc=[PERS], kind="qp", note="general notice about copier codes that gives no code (look-alike)", fmt=["general", "bcc-group"])

M("sportmedisch-onderzoek-sportrichting", s["sport"], [("Sint-Pieterscollege", INFO)], "Sportmedisch onderzoek sportrichting",
  T("""
    Beste ouders,

    Elke leerling in de sportrichting moet jaarlijks een sportmedisch onderzoek ondergaan. Dit jaar gebeurt dat
    op 7 en 8 oktober op school door het team van het Sportmedisch Centrum.

    Wat vragen we van u?
    - Vul de vragenlijst in over de gezondheid van uw kind (bv. astma, hartritmestoornissen in de familie,
      vroegere blessures, medicatie) en geef ze in een gesloten omslag mee.
    - Heeft uw kind een chronische aandoening? Vermeld dit zeker, dan kan de arts gericht adviseren.

    De resultaten worden enkel met u en uw kind besproken. De school krijgt alleen te horen of uw kind al dan
    niet mag deelnemen aan intensieve sportbeoefening.

    Tom Verhaegen
    """),
  "2025-09-19 15:00", bcc=["ouders-sport@sintpieterscollege.be"], kind="qp",
  note="general sports-medical screening letter with example conditions, no individual pupil", fmt=["general", "bcc-group"])

M("faq-ziek-op-school", s["opv2"], [("Sint-Pieterscollege", INFO)], "Uw kind is ziek: wat nu?",
  T("""
    Beste ouders,

    Een korte handleiding voor als uw kind ziek is.

    Mijn kind is 's morgens ziek. Wat moet ik doen?
    Verwittig het leerlingensecretariaat voor 8u30 via Smartschool of telefonisch. Vermeld de naam en klas
    van de leerling.

    Heb ik een attest nodig?
    Vier keer per schooljaar mag u zelf een briefje schrijven voor een afwezigheid van maximum drie dagen.
    Daarna is een medisch attest nodig.

    Mijn kind mist een toets. Moet hij die inhalen?
    Dat beslist de leerkracht. De leerling neemt zelf contact op bij zijn terugkeer.

    Mijn kind wordt ziek op school.
    Dan gaat de leerling naar het leerlingensecretariaat. Wij bellen u; de leerling mag nooit zonder toelating
    alleen naar huis vertrekken.

    Het leerlingensecretariaat
    """),
  "2025-10-01 09:00", bcc=["ouders-1a@sintpieterscollege.be", "ouders-1b@sintpieterscollege.be",
                           "ouders-1c@sintpieterscollege.be", "ouders-1d@sintpieterscollege.be"], kind="html",
  note="general FAQ about a sick child, phrased as if to one child, groups in Bcc", fmt=["general", "faq", "bcc-group"])

M("phishingwaarschuwing", s["ict"], [("ICT Sint-Pieterscollege", "ict@sintpieterscollege.be")], "OPGELET: valse mail 'Uw mailbox is vol'",
  T("""
    Beste collega's,

    Vanmorgen kregen verschillende collega's een mail met als onderwerp 'Uw mailbox is vol - bevestig uw
    account'. Die mail komt NIET van ons. Klik niet op de link en vul zeker je wachtwoord niet in.

    Heb je toch al geklikt en je gegevens ingevuld? Wijzig dan meteen je wachtwoord via het Microsoft-portaal en
    laat het me weten, dan controleer ik je account.

    Nogmaals: de ICT-dienst vraagt nooit je wachtwoord, niet via mail, niet via Teams en niet telefonisch.

    Jeroen
    """),
  "2025-10-21 09:40", bcc=[PERS], kind="qp", importance="High",
  note="phishing warning that talks about passwords without giving any (look-alike)", fmt=["general", "bcc-group"])

M("code-oranje-storm", s["dir"], [("Sint-Pieterscollege", INFO)], "Code oranje: lessen morgen",
  T("""
    Beste ouders,

    Het KMI heeft voor morgen code oranje afgekondigd voor zware windstoten. De school blijft open en de lessen
    gaan door. Wel vragen we:

    - Laat uw kind liefst niet met de fiets komen als het kan.
    - De lessen LO buiten worden vervangen door binnenactiviteiten.
    - Wie door het openbaar vervoer te laat komt, krijgt geen sanctie.

    Bij code rood laten we het u vanavond nog weten via Smartschool.

    Hilde Vanderstraeten
    directeur
    """),
  "2026-02-11 17:45", bcc=[OUDERS], kind="html", note="general weather warning ('code oranje'), no credential", fmt=["general", "bcc-group"])

M("toestelbeleid-pincode-gsm", s["ict"], [("ICT Sint-Pieterscollege", "ict@sintpieterscollege.be")], "Schoolmail op je gsm? Zet er een pincode op",
  T("""
    Dag collega's,

    Steeds meer collega's lezen hun schoolmail en Smartschool op hun gsm. Dat is prima, maar volgens ons
    toestelbeleid moet je toestel dan beveiligd zijn:

    - een pincode van minstens 6 cijfers, of vingerafdruk/gezichtsherkenning;
    - automatische vergrendeling na maximum 2 minuten;
    - geen 1234, 0000 of je geboortejaar aub ;-)

    Verlies je je gsm? Laat het ons meteen weten, dan kunnen we je schoolaccount op dat toestel wissen.

    Jeroen
    """),
  "2026-01-26 10:30", bcc=[PERS], kind="qp", note="device policy reminder about phone PINs, no real credential (look-alike)",
  fmt=["general", "bcc-group"])

M("verslag-personeelsvergadering-maart", s["adj2"], [("Directie Sint-Pieterscollege", DIRB)], "Verslag personeelsvergadering 2de en 3de graad - 16 maart",
  T("""
    Beste collega's,

    Het verslag van maandag in het kort.

    1. ICT
    Vanaf 1 april wordt tweestapsverificatie verplicht voor alle personeelsaccounts. Jeroen geeft op 25/3 een
    korte sessie in de refter om de Authenticator-app te installeren. Wie geen smartphone wil gebruiken, kan
    een sleutelhanger-token krijgen.

    2. Evaluatie
    De nieuwe rapportstructuur wordt geëvalueerd door een werkgroep (Hanne, Kevin, Bram).

    3. Stages 6de jaar
    Stageplaatsen moeten voor 1 mei in het stageplatform staan.

    4. Varia
    - De fietsenstalling achteraan krijgt extra plaatsen.
    - Personeelsfeest: bedankt aan Sarah voor de organisatie!

    Mireille
    """),
  "2026-03-18 16:10", bcc=[PERS], kind="alt",
  note="general staff meeting minutes (MFA, stages), nothing on individual pupils or credentials", fmt=["minutes", "bcc-group"])

# ---------------------------------------------------------------- look-alikes: talk about codes, no credential
M("nieuw-wachtwoordbeleid-to-personeel", s["ict"], [("Personeel", PERS)], "Vanaf 1 april: nieuwe wachtwoordregels",
  T("""
    Beste collega's,

    Vanaf 1 april gelden nieuwe regels voor je schoolaccount:

    - je wachtwoord moet minstens 14 tekens lang zijn;
    - je hoeft het niet meer elke 90 dagen te wijzigen, tenzij we een lek vermoeden;
    - tweestapsverificatie (Authenticator-app) wordt verplicht.

    Je krijgt de eerste keer dat je aanmeldt na 1 april vanzelf de vraag om een nieuw wachtwoord te kiezen.
    Tip: gebruik een zin, bv. drie woorden die niets met elkaar te maken hebben.

    Jeroen
    """),
  "2026-03-20 12:00", kind="qp", rules=["bcc"],
  note="password policy with no actual password; the staff group is visible in To", fmt=["general"])

M("kopieerkamer-code-veranderd", s["sec"], [s["pj"], s["km"], s["sc"]], "code kopieerkamer",
  T("""
    Dag Pieter, Kevin en Stijn,

    De code van de kopieerkamer in blok C is vanmorgen veranderd, omdat de oude op een bankje in de gang
    gekrast stond... Kom hem gerust even vragen aan het onthaal, ik zet hem niet meer in een mail.

    Martine
    """),
  "2025-10-20 09:12", kind="qp", note="says the door code changed but refuses to put it in the mail (look-alike)")

M("teams-uitnodiging-mdo-1b", s["zc"], [s["lh"], s["lb"], s["zl"]], "MDO 1B - Teams",
  T("""
    ________________________________________________________________________________
    Microsoft Teams-vergadering
    Deelnemen op uw computer, mobiele app of kamerapparaat
    Klik hier om deel te nemen aan de vergadering
    Vergadering-ID: 382 951 406 117
    Wachtwoordcode: pX7qR2
    Teams downloaden | Deelnemen op het web
    Meer informatie | Opties voor vergadering
    ________________________________________________________________________________

    Voorbereidend overleg voor het MDO van 1B van volgende week (planning, wie nodigt wie uit).
    """),
  "2026-01-13 10:00", kind="alt", note="Teams meeting invitation with a meeting passcode (meeting passcode, not a credential)",
  fmt=["meeting-invite"])

M("sjabloon-welkomstmail-nieuw-personeel", s["ict"], [s["hr"]], "sjabloon welkomstmail accounts",
  T("""
    Annelies,

    Zoals gevraagd een sjabloon dat je kan gebruiken in je welkomstmail voor nieuwe collega's. De echte
    gegevens geef ik zelf persoonlijk af of via sms.

    ----
    Je account op het Sint-Pieterscollege
    Gebruikersnaam: [voornaam.naam]@sintpieterscollege.be
    Wachtwoord: ******** (krijg je apart van de ICT-coördinator)
    Bij de eerste aanmelding kies je een eigen wachtwoord en stel je de Authenticator-app in.
    ----

    Jeroen
    """),
  "2025-08-27 14:30", kind="qp", note="template with placeholders for username and masked password (look-alike)")

q = T("""
    Luc, wat is de code van het hek aan de Ravenstraat? Ik sta hier met de bestelwagen van de drukkerij.
    """)
M("re-code-hek-bel-je", s["conc"], [s["wds"]], "RE: hek Ravenstraat",
  "Ik heb hem niet bij de hand en zit in de kelder zonder bereik. Ik kom er over 5 minuten naartoe.\nLuc\n\n" +
  quote_outlook(q, "Wim De Smet", "Luc Thys", "hek Ravenstraat", "2026-04-14 10:48"),
  "2026-04-14 10:51", kind="qp", note="reply to a question about a gate code that does not give it (look-alike)", fmt=["reply"])

M("wifi-paswoord-prikbord", s["adj2"], [("Jonas Vleminckx", "jonas.vleminckx@sintpieterscollege.be")], "RE: wifi in de labo's",
  T("""
    Dag Jonas,

    Het wifi-paswoord voor de labo's is hetzelfde als in de rest van de school. Het hangt in de leraarskamer
    aan het prikbord naast de koffiemachine (achter het plan van de toezichten). Lukt het dan nog niet, vraag
    het aan Jeroen.

    Mireille
    """),
  "2025-09-09 13:00", kind="qp", note="points to where the Wi-Fi password is posted, gives none (look-alike)", fmt=["reply"])

M("copier-vendor-pin-codes-en", s["sec"], [("PrintCare Support", "support@printcare.eu")], "RE: user PIN codes for new devices",
  T("""
    Hello,

    Thank you for preparing the devices. Please do NOT send the list of user PIN codes by e-mail, not to me and
    not to the teachers. Our privacy policy does not allow this. Could your technician bring the printed list
    on Monday? I will hand out the codes to the staff in person.

    Kind regards,
    Martine Goossens
    Secretariat, Sint-Pieterscollege
    """),
  "2025-08-28 11:20", kind="qp", lang="en", note="English mail refusing to receive PIN codes by mail (look-alike)", fmt=["reply"])

pdf = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Encrypt 9 0 R>>endobj\n%%EOF\n"
M("punten-pdf-wachtwoord-per-sms", s["km"], [s["adj2"]], "punten 4A voor deliberatie",
  T("""
    Mireille,

    In bijlage het overzicht van de punten van 4A voor de deliberatie. Ik heb de pdf beveiligd, het wachtwoord
    stuur ik je zo meteen via sms.

    Kevin
    """),
  "2026-06-19 15:40", kind="qp", attach=[("punten_4A_juni.pdf", pdf, "application/pdf")],
  note="encrypted PDF; the password is sent by text message, not in the mail (look-alike)")

M("wachtwoord-gereset-sms-leerling", s["ict"], [("Mauro Lisi", MAURO.mail)], "Je wachtwoord is gereset",
  T("""
    Hoi Mauro,

    Ik heb je wachtwoord gereset. Je krijgt zo meteen een sms op het nummer dat je ouders bij de inschrijving
    opgaven, met een tijdelijke code. Daarmee kan je inloggen en een nieuw wachtwoord kiezen.

    Jeroen (ICT)
    """),
  "2026-02-24 10:05", kind="html", about=[MAURO], note="reset notice to a pupil; the code goes by SMS, none in the mail (look-alike)")

M("zoom-overleg-clb-2d", s["lb"], [CLB2], "Zoom overleg donderdag",
  T("""
    Dag Ruben,

    Zoals afgesproken donderdag om 14u online, voor het casusoverleg van de 2de graad. Hierbij de gegevens:

    Zoom-meeting
    Meeting-ID: 845 2291 0573
    Toegangscode: 614220

    Ik stuur de namen van de leerlingen die we willen bespreken via het beveiligde platform van het CLB.

    Sofie
    """),
  "2026-03-09 09:15", kind="qp", note="Zoom meeting ID and passcode (meeting passcode, not a credential); pupils not named")

# ---------------------------------------------------------------- staff matters and other personal, not sensitive
M("griet-afwezig-vakgroep-geschiedenis", s["adj2"], [s["ey"], s["fb"], s["wv"]], "Griet - afwezigheid",
  T("""
    Dag Emre, Fatima en Ward,

    Jullie hebben het misschien al gehoord: Griet is voor langere tijd thuis. Ze zit er helemaal door, de
    dokter spreekt van een burn-out. Ze vroeg om het niet breed rond te vertellen en liever geen telefoontjes,
    maar een kaartje doet haar wel plezier.

    Voor de vakgroep: kunnen jullie de toetsen van het 5de jaar die zij al had opgesteld nakijken en gebruiken?
    Ze liggen op de V-schijf. Vanaf 2 februari komt er normaal een interim.

    Dank jullie wel,
    Mireille
    """),
  "2026-01-14 16:40", kind="qp", note="a colleague's burn-out told to her subject colleagues: staff matter, not about a pupil")

M("steun-pieter-scheiding", s["adj2"], [s["pj"]], "even persoonlijk",
  T("""
    Dag Pieter,

    Ik wou je nog even laten weten dat ik na ons gesprek van gisteren begrip heb voor je situatie. Een scheiding
    is zwaar, zeker met de kinderen in het midden. Als je die vrijdag vrij wil nemen voor de zitting bij de
    rechtbank, regel ik de vervanging wel. En mocht je eens willen praten buiten de school: je weet me te
    vinden.

    Warme groet,
    Mireille
    """),
  "2025-11-26 19:10", kind="qp", note="deputy supports a colleague going through a divorce: staff matter, rules none")

M("geboorte-bram-geschenk", s["sl"], [s["hs"], s["km"], s["ek"], s["nd"], s["dva"], s["wv"]], "Bram is papa geworden!",
  T("""
    Hallo allemaal,

    Goed nieuws: Bram (fysica) is zaterdag papa geworden van een dochtertje, Lore! Mama en baby stellen het goed.

    Wie wil bijdragen voor een cadeautje (we denken aan een bon van de babywinkel in de Diestsestraat): graag
    5 of 10 euro op mijn rekening BE68 5390 0754 7034 met vermelding 'Lore', of cash in de enveloppe in mijn
    postvakje. Deadline vrijdag.

    Groetjes,
    Sarah
    """),
  "2026-03-02 12:25", kind="qp", rules=["personal_data"], note="collection for a colleague's baby with a personal IBAN; not about a pupil")

M("afscheidsreceptie-geert", s["dir"], [("Directie Sint-Pieterscollege", DIRB)], "Uitnodiging: afscheid Geert Nys",
  T("""
    Beste collega's,

    Na 38 jaar gaat onze uurroostermaker en wiskundeleraar Geert Nys op 30 juni met pensioen. Wie heeft er
    niet al eens met een lesuur in zijn handen bij hem aan de deur gestaan...

    We nodigen jullie graag uit op een afscheidsreceptie op vrijdag 26 juni vanaf 16u in de refter. Partners
    en gepensioneerde collega's zijn van harte welkom.

    Hilde
    """),
  "2026-06-03 13:00", bcc=[PERS], kind="alt", note="staff invitation for a retirement reception, staff group in Bcc", fmt=["bcc-group"])

M("deelneming-ewa", s["fb"], [s["gvd"], s["nd"], s["sl"], s["ey"]], "papa van Ewa",
  T("""
    Lieve collega's,

    Ewa liet me weten dat haar vader gisteren in Polen overleden is. Ze vertrekt morgen naar Krakau en is
    zeker een week weg. In de leraarskamer ligt een kaart, wie wil kan iets schrijven; ik breng hem
    donderdag naar de post.

    Fatima
    """),
  "2026-04-20 14:15", kind="8bit", note="colleague's father died: staff matter, not a pupil, rules none")

M("dimona-gegevens-stijn", s["hr"], [s["sc"]], "gegevens voor je contract",
  T("""
    Dag Stijn,

    Voor de Dimona-aangifte en je contract kijk ik je gegevens nog even na. Kan je bevestigen dat dit klopt?

    Naam: Coppens Stijn
    Geboortedatum: 27/03/1991
    Rijksregisternummer: 91.03.27-245.18
    Start: 08/09/2025, 18/22 wiskunde, tot 31/01/2026 (verlengbaar)

    Je eerste loon wordt gestort eind september. Het formulier voor de woon-werkvergoeding vind je op het
    personeelsportaal.

    Groeten,
    Annelies
    """),
  "2025-09-09 11:32", kind="qp", rules=["personal_data"], note="HR checks a substitute's date of birth and national number for his contract")

M("re-parking-ravenstraat", s["adj1"], [s["ek"]], "RE: parking",
  T("""
    Dag Ewa,

    Ik begrijp je frustratie, je bent niet de enige. Tot de werken aan de riolering klaar zijn (normaal eind oktober) zijn er maar
    20 plaatsen op de parking Ravenstraat. Voorrang voor collega's die van ver komen of kleine kinderen moeten
    afzetten; de lijst hangt aan de slagboom. Je mag intussen gratis parkeren in de Ladeuzeparking met de
    kaart die Martine uitdeelt. Eén per collega, niet doorgeven aub.

    Koen
    """),
  "2025-09-16 08:40", kind="cp1252", note="reply about staff parking arrangements, no code given", fmt=["reply"])

M("uurrooster-wissel-vraag", s["gvd"], [s["uur"]], "wissel 3e en 5e uur donderdag?",
  T("""
    Dag Geert,

    Zou het mogelijk zijn om op donderdag mijn 3e uur in 5B te wisselen met het 5e uur in 5A? Dan kan ik met
    5B naar de tentoonstelling in M Leuven zonder dat ze een ander vak missen. Ewa is akkoord.

    Groetjes,
    Griet
    """),
  "2025-10-07 14:05", kind="qp", note="timetable swap request between colleagues")

M("dank-collegas-na-operatie", s["dva"], [("Directie Sint-Pieterscollege", DIRB)], "Merci!",
  T("""
    Beste collega's,

    Even een woordje van dank voor de kaart, de bloemen en de vele berichtjes na mijn knieoperatie. Het
    herstel gaat goed, ik stap al zonder krukken door de living. Maandag ben ik normaal terug, zij het nog
    niet op de trappen van blok C...

    Tot snel,
    Dirk
    """),
  "2026-02-12 19:00", bcc=[PERS], kind="b64", note="a colleague thanks staff after his own surgery; staff matter", fmt=["bcc-group"])

M("ilse-zwangerschapsverlof", s["im"], [s["dva"], s["hs"], s["km"], s["ek"], s["fb"]], "mijn verlof",
  T("""
    Lieve collega's van 3B,

    Vanaf 1 december ben ik met zwangerschapsverlof (de buik wordt te groot voor de labotafels!). Marieke
    Jacobs neemt mijn lessen en de titularisrol van 3B over tot de zomer. Ik heb haar een uitgebreide
    overdracht gestuurd. Zijn er zaken die zij echt moet weten over de klas, laat het haar rechtstreeks weten.

    Bedankt voor de fijne samenwerking en tot volgend schooljaar!
    Ilse
    """),
  "2025-11-27 16:00", kind="qp", note="colleague announces her maternity leave and replacement: staff matter")

M("excursie-autocars-verbist", s["gvd"], [("Reservaties Autocars Verbist", "reservaties@verbist-reizen.be")], "Offerte bus Ieper 4de jaar",
  T("""
    Goedemiddag,

    Graag had ik een offerte voor een bus (dubbeldekker of 2 bussen van 50 plaatsen) voor een uitstap met het
    4de jaar naar Ieper op donderdag 23 april: vertrek 7u30 Naamsestraat Leuven, terug rond 18u30.
    Er zijn 94 leerlingen en 8 begeleiders.

    U kan mij bereiken via mail of via het secretariaat van de school.

    Met vriendelijke groeten,
    Griet Van Damme
    lerares geschiedenis
    """) + f"Sint-Pieterscollege Leuven - T {SCHOOL_TEL}\n",
  "2025-10-02 13:15", kind="alt", rules=["personal_data"], note="quote request to a bus company; school phone in signature")

M("clb-planning-systematisch-contact", s["adj1"], [CLB], "Planning medisch onderzoek 1ste jaar",
  T("""
    Dag Katrien,

    Voor de planning van het systematisch contact van de eerstejaars stel ik voor:
    - 1A en 1B: dinsdag 18 november, voormiddag
    - 1C en 1D: dinsdag 25 november, voormiddag

    De opvoeders brengen de klassen per 10 leerlingen naar het CLB-lokaal in blok A. Laat je weten of dat past?

    Koen Lemmens
    """),
  "2025-10-08 09:50", kind="qp", note="planning of the CLB medical check for whole classes, no individual data")

M("personeelsfeest-uitnodiging", s["sl"], [s["sl"]], "Personeelsfeest 6 maart: inschrijven!",
  T("""
    Lieve collega's,

    Het personeelsfeest gaat door op vrijdag 6 maart in zaal Het Depot. Aperitief vanaf 19u, walking dinner,
    daarna dansen tot je niet meer kan. Partners zijn welkom (25 euro p.p., collega's gratis).

    Inschrijven via het formulier in Teams voor 20 februari. Vegetarisch, allergieën? Zet het er gewoon bij.

    Het feestcomité
    """),
  "2026-02-04 12:40", bcc=[PERS], kind="html", note="staff party invitation, staff group in Bcc", fmt=["bcc-group"])

# ---------------------------------------------------------------- private accounts
M("prive-hotmail-pieter-toetsen", ("Pieter Janssens", "pjanssens@hotmail.com"), [s["km"]], "toetsen 4A - van mijn hotmail",
  T("""
    Kevin,

    Mijn schoolmail op de laptop thuis doet raar (blijft vragen om aan te melden), dus ik stuur het maar van
    hier. Kan jij morgen de toets over goniometrie in 4A afnemen? Ze ligt in mijn vakje, 27 exemplaren.
    De correctiesleutel stuur ik je nog. Wie afwezig is, mag hem woensdag 8e uur inhalen.

    Pieter
    """),
  "2025-12-04 21:50", kind="8bit", rules=["private_account"],
  note="teacher sends school business to a colleague from his private hotmail address")

M("prive-outlook-stijn-geen-toegang", ("Stijn Coppens", "stijn.coppens.interim@outlook.com"), [("Personeelsdienst", "annelies.wuyts@sintpieterscollege.be")], "nog geen toegang",
  T("""
    Dag mevrouw Wuyts,

    Ik begin maandag als interim wiskunde maar ik heb nog geen login voor Smartschool gekregen, dus ik kan
    mijn lessen niet voorbereiden en weet niet welke klassen ik heb. Kan u mij mijn uurrooster en de
    jaarplannen van 3A en 4A doorsturen?

    Met vriendelijke groeten,
    Stijn Coppens
    """),
  "2025-09-05 12:05", kind="qp", rules=["private_account"],
  note="a new substitute writes school business from his private outlook address")

M("prive-hotmail-tom-stage-ouder", ("Tom Verhaegen", "tomverhaegen@hotmail.com"), [("Geert Van Roey", THIBO.p1)], "stage Papendal - busuren",
  T("""
    Dag meneer Van Roey,

    Sorry, ik stuur dit van mijn privéadres omdat ik op verplaatsing ben. De bus voor de sportstage in Papendal
    vertrekt zondag om 14u aan de sporthal (niet aan de hoofdingang). Terug vrijdag rond 17u. Zou u dat
    willen doorgeven aan de andere ouders van de carpool?

    Tom Verhaegen
    """),
  "2026-04-03 22:15", kind="qp", rules=["private_account"],
  note="sports coordinator writes to a parent about a school trip from his private hotmail")

M("prive-gmail-concertkaarten", ("An Devos", "an.devos76@gmail.com"), [s["lh"]], "kaartjes Rock Werchter",
  T("""
    Hey Lien!

    Zoals beloofd: ik heb nog 2 combitickets voor Werchter over (mijn zus kan niet meer mee). Aan de
    kostprijs, 2x 299 euro. Heb je interesse voor jou en Wouter? Laat maar weten dit weekend.

    xx An
    """),
  "2026-03-07 10:25", kind="8bit",
  note="teacher writes a purely private matter (concert tickets) from her gmail to a colleague: not school business")

M("prive-gmail-sofie-noor-spoed", ("Sofie Claes", "sofieclaes.leuven@gmail.com"), [s["zc"], s["ksc"]], "Noor - weekend",
  T("""
    Bart, Katleen,

    Sorry via mijn gmail, ik heb mijn laptop op school laten liggen. De mama van Noor (2C) belde me zaterdag:
    Noor heeft zich vrijdagavond opnieuw gesneden, dieper dan vroeger, en ze zijn op spoed geweest. Ze is
    gehecht en mocht naar huis. Ze komt maandag niet, waarschijnlijk woensdag terug. Mama staat nu open voor
    begeleiding via het CLB.

    Kunnen we maandag 8u samenzitten?

    Sofie
    """),
  "2026-01-11 20:05", kind="qp", rules=SENS + ["private_account"], cats={"sensitive": ["psychosocial", "medical"]}, about=[NOOR],
  note="counsellor writes from her private gmail about a pupil's self-harm and emergency visit")

# ---------------------------------------------------------------- attachments
def ooxml(kind):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        def add(name, data):
            zi = zipfile.ZipInfo(name, date_time=(2025, 9, 1, 12, 0, 0))
            z.writestr(zi, data)
        ct = {"xlsm": "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
              "docm": "application/vnd.ms-word.document.macroEnabled.main+xml"}[kind]
        add("[Content_Types].xml", f'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            f'<Override PartName="/main.xml" ContentType="{ct}"/></Types>')
        add(("xl" if kind == "xlsm" else "word") + "/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 120 +
            b"Attribute VB_Name = \"Module1\"\r\nSub AutoOpen()\r\nEnd Sub\r\n")
    return buf.getvalue()


def exe(name):
    return b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 48 + b"PE\x00\x00" + name.encode() + b"\x00" * 64


def zip_with(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n, d in files:
            z.writestr(zipfile.ZipInfo(n, date_time=(2025, 10, 1, 9, 0, 0)), d)
    return buf.getvalue()


XLSM = "application/vnd.ms-excel.sheet.macroEnabled.12"
DOCM = "application/vnd.ms-word.document.macroEnabled.12"

M("uurrooster-v7-xlsm", s["uur"], [s["adj1"], s["adj2"]], "uurrooster 2de semester - versie 7",
  T("""
    Koen, Mireille,

    In bijlage versie 7 van het rooster voor het 2de semester. Macro's inschakelen, anders werken de knoppen
    'per leraar' en 'per lokaal' niet. Graag feedback voor vrijdag, daarna publiceer ik.

    Geert
    """),
  "2026-01-21 17:20", kind="qp", attach=[("uurrooster_sem2_v7.xlsm", ooxml("xlsm"), XLSM)], rules=["attachment"],
  note="timetable sent as a macro-enabled Excel file")

M("driver-kopieertoestel-zip", s["ict"], [s["sl"]], "printen vanaf je eigen laptop",
  T("""
    Sarah,

    Om vanaf je eigen laptop naar het toestel in de leraarskamer te printen: pak het zip-bestand uit en voer
    setup.exe uit als administrator. Kies bij de vraag 'poort' voor SPC-PRINT01.

    Jeroen
    """),
  "2025-10-23 10:40", kind="qp",
  attach=[("Printdriver_SPC_Win11.zip", zip_with([("setup.exe", exe("setup")), ("LEESMIJ.txt", b"Voer setup.exe uit.\r\n")]),
           "application/zip")],
  rules=["attachment"], note="zip archive containing an installer executable")

M("rapportcommentaar-docm", s["hs"], [s["km"], s["bw"], s["wv"]], "sjabloon rapportcommentaar",
  T("""
    Hoi,

    Ik heb het sjabloon voor de rapportcommentaar wat verbeterd: met de macro kan je per leerling een
    standaardzin kiezen uit de lijst en aanpassen. Openen in Word op de pc, niet in de browser.

    Hanne
    """),
  "2026-03-04 20:10", kind="qp", attach=[("rapportcommentaar_v2.docm", ooxml("docm"), DOCM)], rules=["attachment"],
  note="macro-enabled Word template shared among colleagues")

M("hartslagmeters-tool-exe", s["sport"], [s["tb"], s["jp"]], "hartslagmeters uitlezen",
  T("""
    Tine, Joris,

    Het programmaatje om de hartslagmeters uit te lezen na de conditietest zit in bijlage. Gewoon installeren
    op de pc van het LO-bureau (vraag Jeroen voor de admin-rechten).

    Tom
    """),
  "2025-09-24 13:35", kind="qp", attach=[("HRSync_Setup_2.4.exe", exe("HRSync"), "application/x-msdownload")],
  rules=["attachment"], note="executable installer sent as an attachment")

M("vocab-quiz-xlsm-partner-school", s["ek"], [("Julia Hartmann", "j.hartmann@gymnasium-tuebingen.de")], "Vocabulary quiz for the online session",
  T("""
    Hi Julia,

    As promised, the vocabulary quiz for our joint online lesson on Thursday. It is an Excel file with a small
    macro that shuffles the questions, so please enable content when you open it.

    See you Thursday!
    Ewa
    """),
  "2026-01-28 16:25", kind="qp", lang="en", attach=[("vocab_quiz_unit5.xlsm", ooxml("xlsm"), XLSM)],
  rules=["attachment"], note="English mail to a partner school with a macro-enabled Excel quiz")

M("jaarplanning-xlsx-geen-macro", s["uur"], [s["adj2"]], "jaarplanning examens",
  T("""
    Mireille, in bijlage de jaarplanning van de examens (gewone Excel, geen macro's deze keer). Opmerkingen
    graag voor maandag.

    Geert
    """),
  "2025-10-15 11:00", kind="qp",
  attach=[("jaarplanning_examens_2526.xlsx", zip_with([("xl/workbook.xml", b"<workbook/>")]),
           "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")],
  note="plain .xlsx attachment, not macro-enabled")

# ---------------------------------------------------------------- visible recipients
M("vechtpartij-2d-beide-ouders", s["adj1"], [("Ali Aslan", KEREM.p1), ("Naima Haddouchi", AYOUB.p1)], "Incident 2D - gesprek maandag",
  T("""
    Beste ouders,

    Vandaag kwam het tijdens de middagpauze tot een vechtpartij tussen Kerem en Ayoub (2D). Kerem sloeg Ayoub
    meerdere keren in het gezicht nadat Ayoub iets over Kerems familie had gezegd. Ayoub heeft een bloedneus
    opgelopen, de school heeft hem verzorgd. Beide jongens waren erg overstuur.

    We willen graag met beide jongens en hun ouders een herstelgesprek voeren, maandag om 16u, onder
    begeleiding van Sofie Claes. Tot dan zitten ze in de pauzes apart.

    Met vriendelijke groeten,
    Koen Lemmens
    adjunct-directeur eerste graad
    """),
  "2026-03-27 15:30", kind="qp", rules=SENS + ["bcc"], cats={"sensitive": ["psychosocial"]}, about=[KEREM, AYOUB],
  note="fight between two pupils reported to both families with both parents' addresses visible in To")

M("examenvoorstel-cc-vakgroep", s["pj"], [s["km"]], "voorstel examen 4de jaar",
  T("""
    Kevin,

    Hierbij mijn voorstel voor het examen wiskunde 4de jaar (6 uur). Kan jij vooral vraag 4 en 7 nalezen?
    Ik zet de vakgroep in cc zodat iedereen het kan bekijken voor de vergadering van donderdag.

    Pieter
    """),
  "2026-05-26 16:00", cc=[("Vakgroep wiskunde", "vakgroep-wiskunde@sintpieterscollege.be")], kind="qp", rules=["bcc"],
  note="exam proposal with the subject group address visible in Cc")



# ================================================================ output
PHONE = re.compile(r"(?<![\w.])(?:\+32|0032|0)\s?[1-9](?:[\s./-]?\d){7,8}(?![\w])")
IBAN = re.compile(r"\bBE\d{2}(?:\s?\d{4}){3}\b")
RRN = re.compile(r"\b\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}\b")
DOB = re.compile(r"(?:[Gg]eboortedatum|geboren op)\s*:?\s*\d")
PRIVATE_DOMAINS = ("gmail.com", "hotmail.com", "outlook.com", "skynet.be", "telenet.be", "proximus.be")
EXEC_EXT = (".exe", ".bat", ".cmd", ".js", ".vbs", ".ps1", ".scr", ".docm", ".xlsm", ".pptm", ".msi")


def is_school(addr):
    dom = addr.split("@")[1]
    return any(dom == d or dom.endswith("." + d) for d in SCHOOL_DOMAINS)


def is_group(addr):
    return is_school(addr) and GROUP_LOCALS.match(addr.split("@")[0]) is not None and not addr.startswith("ouder.")


def all_text(m):
    t = m.body + (m.html or "") + (m.fwd.body if m.fwd is not None else "")
    for fn, data, ctype in m.attach:
        if ctype.startswith("text/"):
            t += data.decode("utf-8") if isinstance(data, bytes) else data
    return t


def check(m):
    problems = []
    t = all_text(m)
    pd = bool(PHONE.search(t) or IBAN.search(t) or RRN.search(t) or DOB.search(t))
    if pd != ("personal_data" in m.rules):
        problems.append(f"personal_data mismatch (found={pd})")
    visible = [addr_of(a) for a in m.to + m.cc]
    ext = [a for a in visible if not is_school(a)]
    grp = [a for a in visible if is_group(a)]
    b = len(ext) > 1 or bool(grp)
    if b != ("bcc" in m.rules):
        problems.append(f"bcc mismatch ext={ext} grp={grp}")
    att = False
    for fn, data, ctype in m.attach:
        if fn.lower().endswith(EXEC_EXT):
            att = True
        if fn.lower().endswith(".zip"):
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                att |= any(n.lower().endswith(EXEC_EXT) for n in z.namelist())
    if att != ("attachment" in m.rules):
        problems.append("attachment mismatch")
    if m.mail_from.split("@")[1] in PRIVATE_DOMAINS and "private_account" not in m.rules and "concert" not in m.slug \
            and "concertkaarten" not in m.slug:
        problems.append("private sender without label")
    if ("sensitive" in m.rules) != bool(m.cats.get("sensitive")):
        problems.append("sensitive categories")
    if m.mis:
        ids = {p.id for p in ROSTER}
        x = [p for p in m._about_obj]
        if any(r in (x[0].p1, x[0].p2) for r in m.rcpt):
            problems.append("misdirected but goes to own parent")
        if not any(r in (p.p1, p.p2) for p in ROSTER for r in m.rcpt):
            problems.append("misdirected rcpt is not a parent")
    return problems


def yq(s):
    return json.dumps(s, ensure_ascii=False)


def main():
    global ROSTER
    ROSTER = build_roster()
    write_roster(ROSTER)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    order = list(MAILS)
    random.Random(26).shuffle(order)
    labels = []
    bad = 0
    seen = set()
    for i, m in enumerate(order, 1):
        assert m.slug not in seen, m.slug
        seen.add(m.slug)
        fn = f"{i:03d}-{m.slug}.eml"
        msg = m.build()
        buf = io.BytesIO()
        BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\r\n")).flatten(msg)
        data = buf.getvalue()
        data = re.sub(rb"(?<!\r)\n", b"\r\n", data)
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(data)
        p = check(m)
        if p:
            bad += 1
            print("CHECK", fn, p, file=sys.stderr)
        labels.append((fn, m))
    with open(os.path.join(OUT, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# batch26 - labels written by the author of the mails (blind to the detector)\n")
        for fn, m in labels:
            f.write(f"{fn}:\n")
            f.write(f"  rules: [{', '.join(m.rules)}]\n")
            if m.cats.get("sensitive"):
                f.write(f"  categories: {{sensitive: [{', '.join(m.cats['sensitive'])}]}}\n")
            f.write(f"  mail_from: {m.mail_from}\n")
            f.write(f"  rcpt: [{', '.join(m.rcpt)}]\n")
            f.write(f"  about: [{', '.join(p.id if isinstance(p, Pupil) else p for p in m._about_obj)}]\n")
            f.write(f"  misdirected: {'true' if m.mis else 'false'}\n")
            f.write(f"  note: {yq(m.note)}\n")
            f.write(f"  lang: {m.lang}\n")
            f.write(f"  format: [{', '.join(m.fmt_list())}]\n")
    # summary
    from collections import Counter
    rc, cc, lc = Counter(), Counter(), Counter()
    for fn, m in labels:
        for r in m.rules:
            rc[r] += 1
        for c in m.cats.get("sensitive", []):
            cc[c] += 1
        lc[m.lang] += 1
        if not m.rules:
            rc["(none)"] += 1
    print("mails:", len(labels), "roster:", len(ROSTER))
    print("rules:", dict(rc))
    print("categories:", dict(cc))
    print("misdirected:", sum(m.mis for _, m in labels), "langs:", dict(lc))
    print("check problems:", bad)


if __name__ == "__main__":
    main()
