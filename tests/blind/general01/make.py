#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Builds 160 general (non-individual) school letters as .eml files plus labels.yaml.

Standard library only, deterministic (fixed dates, boundaries, ids).
Run:  python3 make.py
"""
import datetime
import hashlib
import io
import json
import os
import re
import textwrap
import zipfile
from email import encoders
from email import policy as email_policy
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
GEN_POLICY = email_policy.compat32.clone(linesep="\r\n")

# --------------------------------------------------------------------------
# People (all invented)
# --------------------------------------------------------------------------
D = "sintpieterscollege.be"
S = "spc.ksleuven.be"
STAFF = {
    "sec": ("Secretariaat Sint-Pieterscollege", "secretariaat@" + D),
    "info": ("Sint-Pieterscollege", "info@" + D),
    "dir": ("Directie Sint-Pieterscollege", "directie@" + D),
    "dpo": ("Aanspreekpunt informatieveiligheid LKSD", "privacy@lksd.ksleuven.be"),
    "griet": ("Griet Vanhove", "griet.vanhove@" + D),
    "nadia": ("Nadia El Khayari", "nadia.elkhayari@" + D),
    "pj": ("Pieter-Jan Claes", "pieter-jan.claes@" + D),
    "sofie": ("Sofie Lemmens", "sofie.lemmens@" + D),
    "hilde": ("Hilde Verbeke", "hilde.verbeke@" + D),
    "tom": ("Tom Wouters", "tom.wouters@" + D),
    "an": ("An Devos", "an.devos@" + D),
    "bram": ("Bram Hermans", "bram.hermans@" + D),
    "karolien": ("Karolien Maes", "karolien.maes@" + D),
    "yusuf": ("Yusuf Demir", "yusuf.demir@" + D),
    "fatima": ("Fatima Bouzid", "fatima.bouzid@" + D),
    "lieve": ("Lieve Goossens", "lieve.goossens@" + D),
    "koen": ("Koen Van den Broeck", "kvdb@" + S),
    "ellen": ("Ellen Jacobs", "ellen.jacobs@" + D),
    "stijn": ("Stijn Mertens", "stm@" + S),
    "sarah": ("Sarah Wuyts", "sarah.wuyts@" + D),
    "mathias": ("Mathias Dewulf", "mathias.dewulf@" + D),
    "ilse": ("Ilse Coppens", "ilse.coppens@" + D),
    "jan": ("Jan Smolders", "jan.smolders@" + D),
    "marie": ("Marie Ngoy", "marie.ngoy@" + D),
    "wout": ("Wout De Smedt", "wds@" + S),
    "inge": ("Inge Vermeulen", "inge.vermeulen@" + D),
    "lotte": ("Lotte Geerts", "lotte.geerts@" + D),
    "elif": ("Elif Yıldız", "elif.yildiz@" + D),
    "kasia": ("Katarzyna Nowak", "katarzyna.nowak@" + D),
    "dries": ("Dries Vandamme", "dries.vandamme@" + D),
    "personeel": ("", "personeel@" + D),
    "ouders": ("", "ouders@" + D),
    "leerlingen": ("", "leerlingen@" + D),
    "wisk": ("", "vakgroep-wiskunde@" + D),
    "lerarenkamer": ("", "lerarenkamer@" + S),
    "clb_veerle": ("Veerle Schepers", "veerle.schepers@clb-leuven.be"),
    "clb_arts": ("Dr. Marc Dierickx", "marc.dierickx@clb-leuven.be"),
    "clb_ann": ("Ann Huybrechts", "ann.huybrechts@clb-leuven.be"),
    "clb_onthaal": ("CLB Leuven", "onthaal@clb-leuven.be"),
    "leuven_jeugd": ("Jeugddienst Stad Leuven", "jeugddienst@leuven.be"),
    "bus": ("Reisburo De Lijnbus", "planning@autocarsdemeyer.be"),
    "uitgever": ("Klantendienst Uitgeverij Averbode", "scholen@uitgeverij-averbode.be"),
    "sensoa_partner": ("Vormingsteam Lief & Leed", "planning@liefenleed-vorming.be"),
}


def P(name, addr):
    return (name, addr)


def who(x):
    if isinstance(x, tuple):
        return x
    return STAFF[x]


# --------------------------------------------------------------------------
# Signatures.  Those marked *_tel contain a phone number -> personal_data.
# --------------------------------------------------------------------------
SIGS = {
    "sec_tel": "Met vriendelijke groeten\n\nGriet Vanhove\nSecretariaat Sint-Pieterscollege\nNaamsestraat 112, 3000 Leuven\nT 016 29 41 50 | www.sintpieterscollege.be",
    "sec": "Met vriendelijke groeten,\n\nHet secretariaat\nSint-Pieterscollege Leuven\nwww.sintpieterscollege.be",
    "nadia_tel": "Vriendelijke groeten\nNadia El Khayari\nleerlingensecretariaat\nSint-Pieterscollege - Naamsestraat 112 - 3000 Leuven\ntel. 016/29.41.50",
    "nadia": "Vriendelijke groeten\nNadia El Khayari\nleerlingensecretariaat Sint-Pieterscollege",
    "dir": "Met vriendelijke groeten\n\nPieter-Jan Claes\ndirecteur\nSint-Pieterscollege Leuven",
    "dir_tel": "Met vriendelijke groeten\n\nPieter-Jan Claes\ndirecteur Sint-Pieterscollege\nNaamsestraat 112 | 3000 Leuven\n+32 16 29 41 50",
    "sofie": "Vriendelijke groet,\n\nSofie Lemmens\nadjunct-directeur eerste graad",
    "hilde": "Hartelijke groeten\nHilde Verbeke\nzorgcoördinator\nSint-Pieterscollege",
    "hilde_tel": "Hartelijke groeten\nHilde Verbeke\nzorgcoördinator Sint-Pieterscollege\nbereikbaar ma-di-do via het secretariaat: 016 29 41 50",
    "tom": "Groetjes\nTom Wouters\nleerlingenbegeleider 2de en 3de graad",
    "ilse_tel": "Met vriendelijke groeten\n\nIlse Coppens\nboekhouding Sint-Pieterscollege\n016 29 41 57 (di, do en vr voormiddag)",
    "ilse": "Met vriendelijke groeten\n\nIlse Coppens\nboekhouding Sint-Pieterscollege",
    "en_sec": "Kind regards,\n\nNadia El Khayari\nStudent administration\nSint-Pieterscollege, Leuven",
    "en_sec_tel": "Kind regards,\n\nNadia El Khayari\nStudent administration\nSint-Pieterscollege, Naamsestraat 112, 3000 Leuven\nPhone +32 16 29 41 50",
    "fr_sec": "Bien cordialement,\n\nNadia El Khayari\nsecrétariat des élèves\nSint-Pieterscollege Louvain",
    "fr_sec_tel": "Bien cordialement,\n\nNadia El Khayari\nsecrétariat des élèves\nSint-Pieterscollege, Naamsestraat 112, 3000 Leuven\nTél. 016 29 41 50",
    "marie": "Warm regards / Bien à vous,\nMarie Ngoy\nonthaalcoördinator anderstalige nieuwkomers",
    "inge": "Vriendelijke groeten\nInge Vermeulen\npreventieadviseur / EHBO-coördinator",
    "mathias": "Mvg\nMathias\nICT-coördinator",
    "dpo": "Met vriendelijke groeten\n\nBart Lenaerts\naanspreekpunt informatieveiligheid\nLeuvense Katholieke Scholen aan de Dijle vzw",
    "jan": "Vriendelijke groeten\nJan Smolders\nstudiecoördinator",
}

# --------------------------------------------------------------------------
# Dates: Belgian local time with DST
# --------------------------------------------------------------------------


def _tz(d):
    # CEST between last Sunday of March and last Sunday of October
    y = d.year
    def last_sunday(month):
        dd = datetime.date(y, month, 31)
        while dd.weekday() != 6:
            dd -= datetime.timedelta(days=1)
        return dd
    if last_sunday(3) <= d.date() < last_sunday(10):
        return datetime.timezone(datetime.timedelta(hours=2))
    return datetime.timezone(datetime.timedelta(hours=1))


def mkdate(s):
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    return dt.replace(tzinfo=_tz(dt))


NL_DAYS = ["ma", "di", "wo", "do", "vr", "za", "zo"]
NL_MONTHS = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
NL_FULL_DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
NL_FULL_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
                  "oktober", "november", "december"]


def nl_short(dt):
    return "%s %d %s %d om %02d:%02d" % (NL_DAYS[dt.weekday()], dt.day, NL_MONTHS[dt.month - 1], dt.year, dt.hour, dt.minute)


def nl_long(dt):
    return "%s %d %s %d %02d:%02d" % (NL_FULL_DAYS[dt.weekday()], dt.day, NL_FULL_MONTHS[dt.month - 1], dt.year, dt.hour, dt.minute)


# --------------------------------------------------------------------------
# Small binary attachments (all built here, deterministic)
# --------------------------------------------------------------------------


def make_pdf(title, lines):
    def esc(t):
        t = t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        return t.encode("cp1252", "replace")
    content = io.BytesIO()
    content.write(b"BT /F1 15 Tf 56 790 Td (" + esc(title) + b") Tj ET\n")
    y = 760
    for ln in lines:
        if y < 60:
            break
        content.write(b"BT /F1 10 Tf 56 %d Td (" % y + esc(ln) + b") Tj ET\n")
        y -= 15
    stream = content.getvalue()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


_ZIP_DT = (2024, 9, 1, 10, 0, 0)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def make_docx(paragraphs):
    def x(t):
        return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % x(p) for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s</w:body></w:document>' % body)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def make_ics(uid, summary, start, end, location, description):
    def f(s):
        return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M").strftime("%Y%m%dT%H%M%S")
    desc = description.replace("\n", "\\n").replace(",", "\\,")
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Sint-Pieterscollege//Agenda//NL", "METHOD:PUBLISH",
        "BEGIN:VEVENT", "UID:%s@sintpieterscollege.be" % uid, "DTSTAMP:20240901T080000Z",
        "DTSTART;TZID=Europe/Brussels:%s" % f(start), "DTEND;TZID=Europe/Brussels:%s" % f(end),
        "SUMMARY:%s" % summary, "LOCATION:%s" % location.replace(",", "\\,"), "DESCRIPTION:%s" % desc,
        "END:VEVENT", "END:VCALENDAR", "",
    ]
    return "\r\n".join(lines).encode("utf-8")


# --------------------------------------------------------------------------
# Text helpers: tables, wrapping, HTML rendering
# --------------------------------------------------------------------------


def render_table_text(rows):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for n, r in enumerate(rows):
        out.append("  ".join(str(c).ljust(widths[i]) for i, c in enumerate(r)).rstrip())
        if n == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


def render_table_html(rows):
    h = ['<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;border:none">']
    for n, r in enumerate(rows):
        h.append("<tr>")
        for c in r:
            cell = esc_html(str(c))
            if n == 0:
                h.append('<td style="background:#1F4E79;color:white;border:solid #8EAADB 1.0pt"><p class="MsoNormal"><b>%s</b></p></td>' % cell)
            else:
                h.append('<td style="border:solid #8EAADB 1.0pt"><p class="MsoNormal">%s</p></td>' % cell)
        h.append("</tr>")
    h.append("</table>")
    return "\n".join(h)


def esc_html(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


TABLE_RE = re.compile(r"^\[\[TABLE:(\w+)\]\]$")


def to_plain(body, tables):
    out = []
    for line in body.split("\n"):
        m = TABLE_RE.match(line.strip())
        if m:
            out.append(render_table_text(tables[m.group(1)]))
        elif line.startswith("## "):
            t = line[3:]
            out.append(t.upper() if len(t) < 40 else t)
        else:
            out.append(line)
    return "\n".join(out)


def wrap_plain(text, width=76):
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        prefix = ""
        m = re.match(r"^((?:> ?)+)", line)
        if m:
            prefix = m.group(1)
            rest = line[len(prefix):]
        else:
            rest = line
        m2 = re.match(r"^(\s*(?:[-\u2022*]|\d+[.)]|[a-z][.)])\s+)", rest)
        sub = " " * len(m2.group(1)) if m2 else ""
        wrapped = textwrap.wrap(rest, width=width - len(prefix), subsequent_indent=sub,
                                break_long_words=False, break_on_hyphens=False)
        out.extend(prefix + w for w in wrapped)
    return "\n".join(out)


def _inline(t):
    t = esc_html(t)
    t = re.sub(r"(https?://[^\s<]+[^\s<.,;:)])", r'<a href="\1">\1</a>', t)
    t = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)
    return t


def to_html_fragment(body, tables, style="outlook"):
    blocks = re.split(r"\n\s*\n", body.strip("\n"))
    h = []
    pcls = ' class="MsoNormal"' if style == "outlook" else ""
    bullet = re.compile(r"^\s*[-\u2022]\s")
    number = re.compile(r"^\s*\d+[.)]\s")
    for b in blocks:
        lines = b.split("\n")
        if all(ln.startswith(">") for ln in lines):
            inner = "\n".join(re.sub(r"^> ?", "", ln) for ln in lines)
            h.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote>'
                     % to_html_fragment(inner, tables, style))
            continue
        # split the block into runs: heading, table, bullet list, numbered list, text
        runs = []
        for ln in lines:
            m = TABLE_RE.match(ln.strip())
            if ln.startswith("## "):
                kind = "head"
            elif m:
                kind = "table"
            elif bullet.match(ln):
                kind = "ul"
            elif number.match(ln):
                kind = "ol"
            elif ln.startswith("   ") and runs and runs[-1][0] in ("ul", "ol"):
                runs[-1][1][-1] += " " + ln.strip()
                continue
            else:
                kind = "p"
            if runs and runs[-1][0] == kind and kind not in ("head", "table"):
                runs[-1][1].append(ln)
            else:
                runs.append([kind, [ln]])
        for kind, rl in runs:
            if kind == "head":
                h.append("<p%s><b><span style=\"font-size:13.0pt;color:#1F4E79\">%s</span></b></p>" % (pcls, _inline(rl[0][3:])))
            elif kind == "table":
                h.append(render_table_html(tables[TABLE_RE.match(rl[0].strip()).group(1)]))
            elif kind == "ul":
                h.append("<ul>" + "".join("<li>%s</li>" % _inline(re.sub(r"^\s*[-\u2022]\s+", "", ln)) for ln in rl) + "</ul>")
            elif kind == "ol":
                h.append("<ol>" + "".join("<li>%s</li>" % _inline(re.sub(r"^\s*\d+[.)]\s+", "", ln)) for ln in rl) + "</ol>")
            else:
                h.append("<p%s>%s</p>" % (pcls, "<br>\n".join(_inline(ln) for ln in rl)))
    return "\n".join(h)


def html_doc(fragment, style="outlook"):
    if style == "outlook":
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                'p.MsoNormal, li.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
                'a:link {color:#0563C1;text-decoration:underline;}\n--></style>\n</head>\n'
                '<body lang="NL-BE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n' % fragment)
    if style == "gmail":
        return '<div dir="ltr">%s</div>\n' % fragment
    if style == "news":
        return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Nieuwsbrief</title></head>\n'
                '<body style="margin:0;background:#eef2f5">\n<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
                '<table width="640" cellpadding="18" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">\n'
                '<tr><td style="background:#7a1f2b;color:#fff;font-size:20px"><b>Sint-Pieterscollege Leuven</b></td></tr>\n'
                '<tr><td>\n%s\n</td></tr>\n<tr><td style="font-size:11px;color:#777">U ontvangt deze e-mail als ouder van een leerling van het Sint-Pieterscollege.</td></tr>\n'
                '</table>\n</td></tr></table>\n</body></html>\n' % fragment)
    return "<html><body>%s</body></html>" % fragment

# --------------------------------------------------------------------------
# Message building
# --------------------------------------------------------------------------
LETTERS = []


def M(date, genre, slug, frm, to, subj, body, **kw):
    spec = dict(date=date, genre=genre, slug=slug, frm=frm, to=to, subj=subj, body=body)
    spec.update(kw)
    LETTERS.append(spec)
    return spec


def _text_part(text, subtype, cte, charset="utf-8"):
    cs = Charset(charset)
    if cte == "qp":
        cs.body_encoding = QP
    elif cte == "b64":
        cs.body_encoding = BASE64
    else:
        cs.body_encoding = None
        if subtype == "plain":
            text = wrap_plain(text)
    if not text.endswith("\n"):
        text += "\n"
    return MIMEText(text, subtype, cs)


def _hdr(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8")


def _addr(x):
    name, addr = who(x)
    if not name:
        return addr
    return formataddr((name, addr), charset="utf-8")


def _quote_header(q, lang):
    dt = mkdate(q["date"])
    name, addr = who(q["who"])
    st = q.get("style", "gmail")
    if st == "outlook":
        to_name, to_addr = who(q["to"]) if q.get("to") else ("", "")
        lines = ["", "Van: %s <%s>" % (name, addr), "Verzonden: %s" % nl_long(dt)]
        if to_addr:
            lines.append("Aan: %s" % (("%s <%s>" % (to_name, to_addr)) if to_name else to_addr))
        lines.append("Onderwerp: %s" % q.get("subj", ""))
        lines.append("")
        return "\n".join(lines[1:]), False
    if lang == "en":
        return "On %s, %s <%s> wrote:" % (dt.strftime("%a, %d %b %Y at %H:%M"), name, addr), True
    if lang == "fr":
        days = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
        months = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
        return "Le %s %d %s %d à %02d:%02d, %s <%s> a écrit :" % (
            days[dt.weekday()], dt.day, months[dt.month - 1], dt.year, dt.hour, dt.minute, name, addr), True
    return "Op %s schreef %s <%s>:" % (nl_short(dt), name, addr), True


def _fwd_header(f, lang):
    dt = mkdate(f["date"])
    name, addr = who(f["who"])
    to = f.get("to")
    to_s = ""
    if to:
        tn, ta = who(to)
        to_s = ("%s <%s>" % (tn, ta)) if tn else ta
    if lang == "fr":
        head = ["---------- Forwarded message ---------", "De : %s <%s>" % (name, addr),
                "Date: %s" % dt.strftime("%d/%m/%Y %H:%M"), "Subject: %s" % f["subj"]]
        if to_s:
            head.append("To: %s" % to_s)
    elif f.get("style") == "outlook":
        head = ["-----Oorspronkelijk bericht-----", "Van: %s <%s>" % (name, addr), "Verzonden: %s" % nl_long(dt)]
        if to_s:
            head.append("Aan: %s" % to_s)
        head.append("Onderwerp: %s" % f["subj"])
    else:
        head = ["---------- Doorgestuurd bericht ---------", "Van: %s <%s>" % (name, addr),
                "Date: %s" % nl_short(dt).replace(" om ", " "), "Subject: %s" % f["subj"]]
        if to_s:
            head.append("To: %s" % to_s)
    return "\n".join(head)


def _compose_text(spec):
    body = spec["body"].strip("\n")
    if spec.get("sig"):
        body += "\n\n" + SIGS[spec["sig"]]
    lang = spec.get("lang", "nl")
    q = spec.get("quote")
    quote_plain = quote_html_src = None
    if q:
        head, prefix = _quote_header(q, lang)
        qt = q["text"].strip("\n")
        if prefix:
            quote_plain = head + "\n" + "\n".join(("> " + ln) if ln else ">" for ln in qt.split("\n"))
        else:
            quote_plain = "________________________________\n" + head + "\n\n" + qt
        quote_html_src = (head, qt, prefix)
    f = spec.get("fwd")
    fwd_plain = None
    if f:
        fwd_plain = _fwd_header(f, lang) + "\n\n" + f["text"].strip("\n")
    return body, quote_plain, quote_html_src, fwd_plain


def _html_for(spec, body, quote_src, fwd_plain, style):
    tables = spec.get("tables", {})
    frag = to_html_fragment(body, tables, style)
    if quote_src:
        head, qt, prefix = quote_src
        if prefix:
            frag += ('\n<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>\n'
                     '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n%s\n</blockquote></div>'
                     % (esc_html(head), to_html_fragment(qt, tables, style)))
        else:
            frag += ('\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                     '<p class="MsoNormal">%s</p></div>\n%s' % ("<br>\n".join(esc_html(x) for x in head.split("\n")),
                                                                   to_html_fragment(qt, tables, style)))
    if fwd_plain:
        frag += "\n<br>\n" + to_html_fragment(fwd_plain, tables, style)
    return html_doc(frag, style)


def _attachment(a):
    kind, filename = a[0], a[1]
    if kind == "pdf":
        part = MIMEApplication(make_pdf(a[2], a[3]), "pdf")
    elif kind == "docx":
        part = MIMEApplication(make_docx(a[2]), "vnd.openxmlformats-officedocument.wordprocessingml.document")
    elif kind == "ics":
        part = MIMEBase("text", "calendar", method="PUBLISH", charset="utf-8")
        part.set_payload(make_ics(*a[2]))
        encoders.encode_base64(part)
    elif kind == "txt":
        cs = Charset("utf-8")
        cs.body_encoding = QP
        part = MIMEText(a[2], "plain", cs)
    elif kind == "zip":
        part = MIMEApplication(_zip(a[2]), "zip")
    else:
        raise ValueError(kind)
    part.add_header("Content-Disposition", "attachment", filename=filename)
    if "MIME-Version" in part:
        del part["MIME-Version"]
    return part


def _strip_sub_mime_version(msg, top=True):
    if not top and "MIME-Version" in msg:
        del msg["MIME-Version"]
    if msg.get_content_type() == "message/rfc822":
        return
    if msg.is_multipart():
        for p in msg.get_payload():
            _strip_sub_mime_version(p, False)


def _smartify(t):
    """Word/Outlook autocorrect: curly quotes, en dashes, ellipsis (all in windows-1252)."""
    t = re.sub(r"(^|[\s(])'s\b", "\\1\u2019s", t, flags=re.M)
    t = re.sub(r"(^|[\s(])'", "\\1\u2018", t, flags=re.M)
    t = t.replace("'", "\u2019")
    t = t.replace(" - ", " \u2013 ").replace("...", "\u2026")
    return t


def build_core(spec):
    """Return the MIME body (without envelope headers) and a list of format tags."""
    fmt = spec.get("fmt", "8bit")
    style = spec.get("style", "outlook")
    tags = []
    body, quote_plain, quote_src, fwd_plain = _compose_text(spec)
    tables = spec.get("tables", {})
    plain = to_plain(body, tables)
    if quote_plain:
        plain += "\n\n" + quote_plain
        tags.append("reply")
    if fwd_plain:
        plain += "\n\n" + fwd_plain
        tags.append("fwd-inline")
    if tables:
        tags.append("table")
    if fmt in ("8bit", "qp", "b64"):
        core = _text_part(plain, "plain", fmt)
        tags.insert(0, {"8bit": "plain", "qp": "plain-qp", "b64": "plain-base64"}[fmt])
    elif fmt == "cp1252":
        core = _text_part(_smartify(plain), "plain", "8bit", "windows-1252")
        tags.insert(0, "plain-cp1252")
    elif fmt == "html":
        core = _text_part(_html_for(spec, body, quote_src, fwd_plain, style), "html", spec.get("html_cte", "qp"))
        tags.insert(0, "html")
    elif fmt == "alt":
        core = MIMEMultipart("alternative", boundary=_boundary(spec, "alt"))
        core.attach(_text_part(plain, "plain", spec.get("plain_cte", "qp")))
        core.attach(_text_part(_html_for(spec, body, quote_src, fwd_plain, style), "html", spec.get("html_cte", "qp")))
        tags.insert(0, "alt")
    else:
        raise ValueError(fmt)
    atts = spec.get("attach", [])
    inner = spec.get("fwd_attached")
    if atts or inner:
        mixed = MIMEMultipart("mixed", boundary=_boundary(spec, "mix"))
        mixed.attach(core)
        for a in atts:
            mixed.attach(_attachment(a))
            tags.append("attachment-" + a[0])
        if inner:
            im = build_message(inner, inner=True)
            mp = MIMEMessage(im)
            fname = (inner["subj"][:40].replace("/", "-")) + ".eml"
            mp.add_header("Content-Disposition", "attachment", filename=fname)
            mixed.attach(mp)
            tags.append("fwd-attached")
        core = mixed
    return core, tags


def _boundary(spec, kind):
    h = hashlib.sha1((spec["slug"] + kind).encode()).hexdigest()
    if kind == "alt":
        return "_000_%s_" % h[:24].upper()
    return "----=_NextPart_%s_%s.%s" % (h[:3].upper(), h[3:7].upper(), h[7:15].upper())


def _any_8bit(msg):
    if msg.is_multipart():
        return any(_any_8bit(p) for p in msg.get_payload() if hasattr(p, "get"))
    return (msg.get("Content-Transfer-Encoding") or "").lower() == "8bit"


def build_message(spec, inner=False):
    core, tags = build_core(spec)
    spec["_tags"] = tags
    dt = mkdate(spec["date"])
    ctype_headers = [(k, v) for k, v in core.items()]
    for k in list(core.keys()):
        del core[k]
    core["Date"] = format_datetime(dt)
    core["From"] = _addr(spec["frm"]) if not spec.get("from_display") else formataddr((spec["from_display"], who(spec["frm"])[1]), charset="utf-8")
    tohdr = spec["to"]
    if tohdr == "undisclosed":
        core["To"] = "undisclosed-recipients:;"
    else:
        core["To"] = ", ".join(_addr(x) for x in tohdr)
    if spec.get("cc"):
        core["Cc"] = ", ".join(_addr(x) for x in spec["cc"])
    core["Subject"] = _hdr(spec["subj"])
    h = hashlib.sha1((spec["slug"] + spec["date"]).encode()).hexdigest()
    dom = who(spec["frm"])[1].split("@")[1]
    mid = spec.get("msgid") or "<%s.%s@%s>" % (h[:12].upper(), h[12:20], dom)
    core["Message-ID"] = mid
    q = spec.get("quote")
    if q:
        ref = "<%s@%s>" % (hashlib.sha1(q["text"].encode()).hexdigest()[:20], who(q["who"])[1].split("@")[1])
        core["In-Reply-To"] = ref
        core["References"] = ref
    if spec.get("mailer"):
        core["X-Mailer"] = spec["mailer"]
    core["Content-Language"] = {"nl": "nl-BE", "en": "en-GB", "fr": "fr-BE"}[spec.get("lang", "nl")]
    for k, v in ctype_headers:
        if k.lower() == "mime-version":
            continue
        if k.lower() == "content-type":
            core["MIME-Version"] = "1.0"
        core[k] = v
    if "MIME-Version" not in core:
        core["MIME-Version"] = "1.0"
    if core.is_multipart() and "Content-Transfer-Encoding" not in core:
        core["Content-Transfer-Encoding"] = "8bit" if _any_8bit(core) else "7bit"
    _strip_sub_mime_version(core)
    return core


def rcpt_of(spec):
    out = []
    lst = [] if spec["to"] == "undisclosed" else list(spec["to"])
    lst += spec.get("cc", []) + spec.get("bcc", [])
    for x in lst:
        a = who(x)[1]
        if a not in out:
            out.append(a)
    return out


def yq(s):
    return json.dumps(s, ensure_ascii=False)


def main():
    specs = sorted(LETTERS, key=lambda s: (s["date"], s["slug"]))
    for old in os.listdir(OUT):
        if old.endswith(".eml"):
            os.remove(os.path.join(OUT, old))
    labels = []
    for i, spec in enumerate(specs, 1):
        fname = "%03d-%s.eml" % (i, spec["slug"])
        msg = build_message(spec)
        buf = io.BytesIO()
        BytesGenerator(buf, policy=GEN_POLICY, mangle_from_=False).flatten(msg)
        data = buf.getvalue()
        # normalise line ends to CRLF everywhere (also inside attached messages)
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(data)
        rules = ["personal_data"] if spec.get("pd") else []
        tags = spec["_tags"]
        lines = [
            "%s:" % fname,
            "  rules: [%s]" % ", ".join(rules),
            "  genre: %s" % spec["genre"],
            "  mail_from: %s" % who(spec["frm"])[1],
            "  rcpt: [%s]" % ", ".join(rcpt_of(spec)),
            "  about: []",
            "  misdirected: false",
            "  note: %s" % yq(spec["note"]),
            "  lang: %s" % spec.get("lang", "nl"),
            "  format: [%s]" % ", ".join(tags),
        ]
        labels.append("\n".join(lines))
    with open(os.path.join(OUT, "labels.yaml"), "w", encoding="utf-8") as fh:
        fh.write("# Labels for general school letters (negatives for the sensitive rule).\n")
        fh.write("# rules lists only personal_data where a phone number or IBAN occurs; nothing else may fire.\n")
        fh.write("\n".join(labels) + "\n")
    print("wrote %d messages" % len(specs))

# ==========================================================================
# CLB
# ==========================================================================
OUDERS_1 = P("", "ouders-1stejaar@" + D)
OUDERS_2 = P("", "ouders-2dejaar@" + D)
OUDERS_3 = P("", "ouders-3dejaar@" + D)
OUDERS_5 = P("", "ouders-5dejaar@" + D)
OUDERS_6 = P("", "ouders-6dejaar@" + D)

M("2024-09-17 14:05", "clb", "clb-systematisch-contact-3dejaar", "sec", "undisclosed",
  "Systematisch contact CLB voor leerlingen van het derde jaar",
  """Geachte ouders

Elk jaar komen de leerlingen van het derde jaar in aanmerking voor een systematisch contact met het CLB. Vroeger sprak men van 'het medisch onderzoek', maar het is intussen meer dan dat: naast een aantal metingen is er ook tijd voor een gesprekje over hoe het met uw zoon of dochter gaat.

## Wat gebeurt er?
- De verpleegkundige meet de lengte en het gewicht en kijkt de ogen na.
- De CLB-arts bekijkt de vaccinatiekaart en stelt eventueel een inhaalvaccinatie voor.
- Er is ruimte om vragen te stellen over gezondheid, slaap, voeding, stress,... Jongeren mogen dit ook alleen doen.

## Wanneer?
De contacten vinden plaats op school, in het lokaal naast het onthaal, volgens onderstaande planning:

[[TABLE:plan]]

## Wat vragen we van u?
Uw kind krijgt via Smartschool een korte vragenlijst. Wilt u die samen met uw kind invullen en tegen vrijdag 4 oktober terugbezorgen? Hebt u bezwaar tegen een bepaalde CLB-medewerker, dan kan u het onderzoek laten uitvoeren door een andere arts van hetzelfde CLB of door een andere CLB-arts. Het systematisch contact zelf is verplicht en gratis.

Heeft u vragen, dan kan u het CLB rechtstreeks contacteren via onthaal@clb-leuven.be of op het nummer 016 23 11 88 (elke werkdag van 8.30 tot 12 uur).""",
  sig="sec", fmt="alt", bcc=[OUDERS_3],
  tables={"plan": [["Klas", "Datum", "Uur"], ["3A", "di 8 oktober", "8.25 - 10.05"], ["3B", "di 8 oktober", "10.20 - 12.00"],
                   ["3C", "do 10 oktober", "8.25 - 10.05"], ["3D", "do 10 oktober", "13.10 - 14.50"]]},
  pd=True, note="Letter to all third-year parents about the routine CLB contact; only the CLB phone number is personal_data.")

M("2024-09-23 09:40", "clb", "clb-vaccination-hpv-fr", "marie", [P("Chantal Mbuyi", "chantal.mbuyi@skynet.be")],
  "Vaccination HPV en 1re année - informations du CLB",
  """Chère Madame Mbuyi,

Suite à notre rencontre lors de la réunion d'accueil pour les parents primo-arrivants, je vous envoie, comme promis, l'explication en français du courrier du CLB concernant la vaccination contre le HPV. Ce courrier est envoyé à tous les parents des élèves de 1re année.

Le HPV (papillomavirus humain) est un virus très répandu qui peut provoquer plusieurs formes de cancer plus tard dans la vie. En Flandre, le vaccin est proposé gratuitement à toutes les filles et à tous les garçons de 1re année secondaire. Deux doses sont prévues, à environ six mois d'intervalle : la première en novembre, la seconde au printemps.

Quelques points importants :
- Le CLB ne vaccine jamais sans autorisation écrite. Le formulaire d'autorisation (en néerlandais) se trouve dans le journal de classe ; vous cochez « ja » ou « nee » et vous signez.
- Si vous préférez que votre enfant soit vacciné par votre médecin traitant, c'est possible aussi : il suffit de l'indiquer sur le formulaire.
- Le jour de la vaccination, l'élève prend un petit-déjeuner normal et porte un t-shirt à manches courtes sous son pull.

Le formulaire doit être rendu au titulaire de classe avant le 11 octobre. Si quelque chose n'est pas clair, n'hésitez pas à me répondre en français ; je transmets vos questions au CLB.""",
  sig="marie", fmt="qp", lang="fr",
  note="General explanation in French of the HPV vaccination letter all first-year parents get; nothing about this family's child.")

M("2024-09-09 16:22", "clb", "clb-wat-doet-het-clb", "nadia", [P("Ahmed Benali", "ahmed.benali@gmail.com")],
  "RE: info over het CLB",
  """Beste meneer Benali

U vroeg ons wat het CLB juist is en waarom het in het schoolreglement staat. Hieronder een korte uitleg die we ook aan andere nieuwe ouders meegeven.

Het CLB (centrum voor leerlingenbegeleiding) is een onafhankelijke dienst die met onze school samenwerkt. Het CLB hoort dus niet bij de school: de medewerkers hebben beroepsgeheim en geven niets door zonder toestemming, behalve wat nodig is voor de begeleiding en dan nog in overleg.

Het CLB werkt rond vier domeinen:
1. leren en studeren (bv. als leren moeizaam verloopt);
2. de onderwijsloopbaan (studiekeuze, overstap naar een andere richting);
3. psychisch en sociaal functioneren (zich goed voelen, vriendschappen, thuis);
4. preventieve gezondheidszorg (systematische contacten, vaccinaties, besmettelijke ziekten).

Leerlingen en ouders kunnen zelf bij het CLB aankloppen, ook zonder dat de school ervan weet. Dat is gratis. Ons vaste aanspreekpunt ('CLB-anker') is mevrouw Veerle Schepers; zij is elke dinsdagnamiddag op school.

Meer info vindt u op www.clb-leuven.be.""",
  sig="nadia_tel", fmt="8bit", pd=True,
  quote={"who": P("Ahmed Benali", "ahmed.benali@gmail.com"), "date": "2024-09-08 21:13", "style": "outlook", "to": "nadia",
         "subj": "info over het CLB",
         "text": "Goedenavond,\n\nIn het schoolreglement dat we moesten ondertekenen staat veel over het CLB. Wij kennen dat niet van onze vorige school in Brussel. Wat doet dat centrum precies en moeten wij daar iets voor doen?\n\nBedankt\nA. Benali"},
  note="Secretariat answers a parent's general question about what the CLB is; same explanation for every new parent; school phone in signature.")

M("2024-10-01 12:30", "clb", "clb-anker-spreekuur", "sec", ["sec"],
  "Het CLB op school: elke dinsdagnamiddag",
  """Beste ouders

Wist u dat het CLB ook op school aanwezig is? Mevrouw Veerle Schepers, ons CLB-anker, houdt elke dinsdag van 13 tot 16 uur zitdag in lokaal A.012 (naast de leerlingenbegeleiding).

## Wie kan er terecht?
Leerlingen kunnen zonder afspraak binnenspringen tijdens de middagpauze. Ouders maken best een afspraak, want dan kan er rustig tijd vrijgemaakt worden.

## Waarvoor?
Voor vragen over studiekeuze, over leren, over gezondheid, maar ook als uw kind zich niet goed voelt of als u zich zorgen maakt. Niets is te klein. Alles wat besproken wordt valt onder het beroepsgeheim.

## Liever anoniem?
Jongeren kunnen ook chatten met een CLB-medewerker via CLBchat (www.clbchat.be), op maandag, dinsdag en donderdag van 17 tot 21 uur en op woensdag van 14 tot 21 uur.

## Contact
CLB Leuven, Tiensevest 37, 3000 Leuven - 016 23 11 88 - onthaal@clb-leuven.be""",
  sig="sec", fmt="html", style="outlook", bcc=["ouders"],
  pd=True, note="Information to all parents about the CLB office hours at school; CLB phone number present.")

M("2024-10-14 08:55", "clb", "clb-inhaalvaccinatie-dtp", "sec", "undisclosed",
  "Toestemmingsformulier vaccinatie difterie-tetanus-kinkhoest (3de jaar)",
  """Beste ouders van leerlingen van het derde jaar

In het derde jaar secundair biedt het CLB een herhalingsvaccin aan tegen difterie, tetanus en kinkhoest. Dit vaccin wordt door de Vlaamse overheid aanbevolen voor alle jongeren rond 14-15 jaar en is gratis.

In bijlage vindt u het toestemmingsformulier. U vult het in voor uw zoon of dochter en geeft het terug mee naar school (in de bus aan het leerlingensecretariaat) uiterlijk op vrijdag 25 oktober.

Enkele praktische punten:
- Is uw kind de afgelopen jaren al gevaccineerd door de huisarts? Kruis dan het vakje 'reeds gevaccineerd' aan en voeg indien mogelijk een kopie van de vaccinatiekaart toe.
- Ouders die geen toestemming geven, vullen het formulier toch in en kruisen 'nee' aan.
- De vaccinatie vindt plaats tijdens de lesuren op school, op dinsdag 19 november.

Heeft u nog vragen over het vaccin zelf, dan kan u terecht bij de CLB-arts via onthaal@clb-leuven.be.""",
  sig="sec", fmt="qp", bcc=[OUDERS_3],
  attach=[("pdf", "toestemming_vaccinatie_dTpa_3dejaar.pdf", "CLB Leuven - Toestemming vaccinatie dTpa",
           ["Naam en voornaam leerling: ........................................",
            "Geboortedatum: ...... / ...... / ..........      Klas: ........",
            "Rijksregisternummer (zie identiteitskaart): ................................",
            "",
            "[ ] Ik geef toestemming aan het CLB om mijn kind te vaccineren tegen difterie, tetanus en kinkhoest.",
            "[ ] Ik geef geen toestemming.",
            "[ ] Mijn kind werd reeds gevaccineerd op (datum): ....................",
            "",
            "Naam ouder: ..............................   Handtekening: ..................",
            "Bezorg dit formulier terug aan de school vóór 25 oktober."])],
  note="Consent form for a routine vaccine sent to all third-year parents; birth date and national number fields are blank.")

M("2025-02-10 11:47", "clb", "clb-mazelen-regio", "dir", "undisclosed",
  "Mazelen in de regio: advies van het CLB",
  """Geachte ouders

De afgelopen weken werden in Vlaams-Brabant opnieuw gevallen van mazelen vastgesteld. Op vraag van het CLB en de dienst Infectieziektebestrijding brengen wij alle ouders op de hoogte. Er is op dit moment geen reden tot ongerustheid op onze school, maar voorkomen is beter.

Mazelen is een zeer besmettelijke ziekte. Wie twee keer gevaccineerd werd (BMR-vaccin), is zo goed als altijd beschermd.

Wat kan u doen?
- Kijk het vaccinatieboekje van uw kind na, of vraag aan uw huisarts om te kijken in Vaccinnet.
- Ontbreekt er een dosis, dan kan uw huisarts of het CLB die gratis toedienen.
- Heeft uw kind hoge koorts, rode ogen en hoest, gevolgd door vlekjes op de huid? Bel dan eerst uw huisarts voor u naar de wachtzaal gaat.

Het CLB beantwoordt graag uw vragen via onthaal@clb-leuven.be. Meer info over de ziekte vindt u op www.laatjevaccineren.be.

Dank voor uw medewerking.""",
  sig="dir", fmt="alt", bcc=["ouders"],
  note="Prevention advice on measles to all parents; no case at the school, no pupil mentioned.")

M("2024-09-11 15:15", "clb", "clb-what-is-clb-en", "marie", [P("Joanna Kowalska", "joanna.kowalska@gmail.com")],
  "What is the CLB? (information for new parents)",
  """Dear Ms Kowalska,

Thank you for coming to our welcome morning for newly arrived families. As promised, here is a short summary in English about the CLB, because the Dutch letters can be confusing at first.

The CLB (Centre for Pupil Guidance) is an independent, free service that works together with every school in Flanders. It is not part of the school itself. The people who work there (a doctor, a nurse, a psychologist, a social worker) have professional secrecy.

Parents and pupils can contact the CLB about:
- learning and studying,
- choosing a study programme,
- well-being and feeling good at school and at home,
- health: routine check-ups and vaccinations.

Some of these check-ups are compulsory for all pupils (for example in the third year). You will always receive a letter in advance. Vaccinations are only given with your written permission.

Our school's contact person at the CLB is Ms Veerle Schepers. She is at school every Tuesday afternoon. You can also write to onthaal@clb-leuven.be; they will answer in English if you ask.

If anything is unclear, just reply to this e-mail.""",
  sig="marie", fmt="8bit", lang="en",
  note="General English explanation of the CLB for a newly arrived parent; no information about her child.")

M("2024-09-05 07:58", "clb", "clb-afspraken-personeel", "hilde", ["hilde"],
  "Samenwerking CLB 2024-2025: afspraken",
  """Dag collega's

Even de belangrijkste afspraken rond de samenwerking met het CLB voor dit schooljaar op een rij.

- Ons CLB-anker blijft Veerle Schepers. Zij is elke dinsdagnamiddag op school (lokaal A.012).
- Het MDO (multidisciplinair overleg) gaat door op de eerste dinsdag van de maand, 15u45, in de vergaderzaal boven het secretariaat.
- Een vraag aan het CLB loopt altijd via mij of via de leerlingenbegeleider van jullie graad. Gebruik hiervoor het formulier 'aanmelding leerlingenbegeleiding' in Smartschool.
- Zet geen namen of details van leerlingen in een gewone mail, ook niet naar het CLB. Alles wat over een leerling gaat, komt in het leerlingvolgsysteem. Twijfel je, kom even langs.
- Ouders en leerlingen mogen zelf naar het CLB stappen. Als het CLB ons niets laat weten, is dat dus normaal.

De data van de systematische contacten (3de jaar) en de vaccinaties (1ste en 3de jaar) staan in de jaarkalender op Smartschool.

Bedankt en een goede start!""",
  sig="hilde", fmt="qp", bcc=["personeel"],
  note="Care coordinator's general agreements about CLB cooperation to all staff; explicitly no pupil data.")

M("2024-09-30 10:02", "clb", "clb-planning-doorgestuurd", "sec", ["karolien", "yusuf"],
  "TR: Planning systematische contacten 3de jaar",
  """Dag Karolien, dag Yusuf

Ter info voor jullie als klastitularis van 3B en 3D: de planning van het CLB zit in bijlage. Willen jullie de leerlingen er volgende week even aan herinneren dat ze in sportkledij mogen komen (t-shirt)? Lijstjes van wie afwezig was stuur ik niet door, die gaan rechtstreeks naar het CLB.

Groetjes
Griet""",
  fmt="8bit",
  fwd_attached={"date": "2024-09-27 13:21", "slug": "clb-planning-inner", "frm": "clb_ann", "to": ["sec"],
                "subj": "Planning systematische contacten 3de jaar",
                "body": """Beste

Hierbij de definitieve planning voor de systematische contacten van het derde jaar:

- 3A: dinsdag 8 oktober, 1ste en 2de lesuur
- 3B: dinsdag 8 oktober, 3de en 4de lesuur
- 3C: donderdag 10 oktober, 1ste en 2de lesuur
- 3D: donderdag 10 oktober, 6de en 7de lesuur

We zouden graag opnieuw het lokaal naast het onthaal gebruiken. Kunnen jullie een weegschaal en een rustige hoek voorzien zoals vorig jaar? De leerlingen komen per 4 naar beneden.

Vriendelijke groeten
Ann Huybrechts
CLB-verpleegkundige""", "fmt": "qp"},
  note="Secretariat forwards the CLB's schedule per class to two class teachers; only dates and classes.")

M("2024-10-03 19:41", "clb", "clb-reply-verplicht", "tom", [P("Liesbeth Claeys", "liesbeth.claeys@outlook.com")],
  "Re: medisch onderzoek CLB - verplicht?",
  """Dag mevrouw Claeys

Goeie vraag, die krijgen we elk jaar wel een paar keer.

Ja, het systematisch contact is wettelijk verplicht voor alle leerlingen van het derde jaar. Wat u wel kan doen:
- bezwaar maken tegen een bepaalde CLB-medewerker (schriftelijk, binnen de 90 dagen), dan gebeurt het contact bij een andere arts van het CLB;
- het contact laten doen door een andere arts, maar dan zijn de kosten voor u en moet het verslag aan het CLB bezorgd worden.

Ouders zijn bij het derde jaar meestal niet aanwezig, maar u mag altijd vragen om nadien even gebeld te worden door de verpleegkundige. De vaccinatie die ze aanbieden is wel vrijwillig en gebeurt enkel met uw toestemming.

Groetjes""",
  sig="tom", fmt="qp",
  quote={"who": P("Liesbeth Claeys", "liesbeth.claeys@outlook.com"), "date": "2024-10-02 22:05",
         "text": "Beste meneer Wouters,\n\nIk las dat er volgende week een medisch onderzoek is voor het derde jaar. Is dat verplicht, of kunnen wij als ouders kiezen om dat bij onze eigen dokter te laten doen? En mogen ouders daarbij zijn?\n\nMvg\nLiesbeth Claeys"},
  note="Pupil counsellor answers a parent's general question about whether the CLB check-up is compulsory.")

M("2024-11-12 17:30", "clb", "clb-veelgestelde-vragen", "sec", ["sec"],
  "Veelgestelde vragen over het CLB",
  """Beste ouders

Naar aanleiding van de vragen op het oudercontact zetten we de meest gestelde vragen over het CLB even op een rij.

1. Vertelt het CLB alles door aan de school?
Nee. CLB-medewerkers hebben beroepsgeheim. Ze geven enkel informatie door die nodig is om uw kind op school goed te begeleiden, en dat altijd in overleg met u of met uw kind (vanaf 12 jaar beslist de leerling zelf mee).

2. Mijn kind wil alleen met iemand van het CLB praten, zonder dat wij erbij zijn. Mag dat?
Ja. Jongeren vanaf 12 jaar mogen zelf beslissen over de begeleiding, als ze dat goed kunnen inschatten.

3. Wat is een MDO?
Een multidisciplinair overleg tussen school en CLB, waar vragen over de begeleiding van leerlingen besproken worden.

4. Kost het CLB iets?
Nee, het CLB is gratis.

5. Wij verhuizen of veranderen van school. Wat gebeurt er met het CLB-dossier?
Het dossier gaat mee naar het CLB van de nieuwe school. U kan zich binnen de tien dagen verzetten tegen het doorgeven van bepaalde gegevens, behalve identificatiegegevens en gegevens over de verplichte onderdelen (bv. vaccinaties).

6. Waar vind ik het CLB?
CLB Leuven, Tiensevest 37, 3000 Leuven. Op school: elke dinsdagnamiddag in lokaal A.012.""",
  sig="sec", fmt="b64", bcc=["ouders"],
  note="FAQ for all parents about the CLB (secrecy, MDO, file transfer); examples are generic.")

M("2025-01-20 13:10", "clb", "clb-onderwijskiezer-2dejaar", "jan", ["jan"],
  "Studiekeuze na het tweede jaar: hulp van het CLB",
  """Beste ouders van leerlingen van het tweede jaar

Binnenkort begint voor uw zoon of dochter een belangrijke periode: de keuze van een studierichting voor de tweede graad. Op school werken we daar in de lessen en tijdens de klassenraden aan. Het CLB helpt mee.

- In februari krijgen alle leerlingen van het tweede jaar in de klas een sessie van het CLB over de Vlaamse onderwijsstructuur en de site www.onderwijskiezer.be.
- In maart vullen ze de interessevragenlijst 'Wat wil ik later worden?' in. De resultaten krijgen ze zelf mee naar huis; bespreek ze gerust samen.
- Op donderdag 13 maart om 19.30 uur is er een infoavond voor ouders in de aula (uitnodiging volgt).

Twijfelt u of uw kind sterk? Dan kan u altijd een individueel gesprek aanvragen bij de klastitularis of bij het CLB.""",
  sig="jan", fmt="alt", style="gmail", bcc=[OUDERS_2],
  note="Study-choice support information for all second-year parents.")

M("2025-03-17 09:15", "clb", "clb-praten-helpt", "tom", ["tom"],
  "Als uw kind ergens mee zit: waar kan het terecht?",
  """Beste ouders

Jongeren praten niet altijd makkelijk over wat hen bezighoudt, zeker niet met hun ouders. Dat is normaal. Het is wel belangrijk dat ze weten waar ze terechtkunnen. Hieronder een overzicht dat we deze week ook met de leerlingen overlopen in de klas.

Op school:
- de klastitularis of een leerkracht die ze vertrouwen;
- de leerlingenbegeleiders (lokaal A.010, elke middag open);
- het CLB-anker, elke dinsdagnamiddag.

Buiten school, anoniem en gratis:
- Awel: bellen naar 102 of chatten via www.awel.be;
- CLBchat: www.clbchat.be;
- Tele-Onthaal: bellen naar 106 of chatten via www.tele-onthaal.be.

U kan zelf ook bij ons terecht als u zich zorgen maakt. Een mailtje naar de klastitularis volstaat om een gesprek af te spreken.""",
  sig="tom", fmt="html", style="gmail", bcc=["ouders"],
  note="General list of help lines and contact points sent to all parents; only the short public help-line numbers 102 and 106, not personal phone numbers.")

# ==========================================================================
# Zorgbeleid
# ==========================================================================
M("2024-09-19 16:00", "zorgbeleid", "zorg-zorgcontinuum-uitleg", "hilde", "undisclosed",
  "Hoe begeleiden wij leerlingen? Ons zorgcontinuüm",
  """Beste ouders

Elk kind is anders en heeft soms iets anders nodig. Op het Sint-Pieterscollege werken we met een zorgcontinuüm: een trap van steeds meer gerichte ondersteuning. Hieronder leggen we kort uit hoe dat eruitziet.

[[TABLE:fasen]]

Belangrijk om te weten:
- De meeste leerlingen hebben genoeg aan de brede basiszorg.
- Maatregelen in fase 1 en 2 worden altijd besproken op de klassenraad en met u en uw kind afgesproken.
- Het CLB wordt betrokken vanaf fase 2, of eerder als u of uw kind dat vraagt.

Heeft u vragen over de begeleiding van uw kind, neem dan eerst contact op met de klastitularis. Die brengt u zo nodig in contact met de leerlingenbegeleiding.""",
  sig="hilde_tel", fmt="alt", bcc=["ouders"], pd=True,
  tables={"fasen": [["Fase", "Wat?", "Voor wie?"],
                    ["0 - brede basiszorg", "goede lessen, differentiatie, studiebegeleiding, leerlingvolgsysteem", "alle leerlingen"],
                    ["1 - verhoogde zorg", "extra maatregelen zoals extra tijd, voorleessoftware, planningsbegeleiding", "leerlingen die meer nodig hebben"],
                    ["2 - uitbreiding van zorg", "samen met het CLB een traject, eventueel een ondersteuner", "na overleg met ouders en CLB"],
                    ["3 - individueel aangepast curriculum", "aangepaste doelen of overstap naar een school op maat", "na een gemotiveerd verslag"]]},
  note="Description of the school's care continuum to all parents; explains phases generally, no pupil; school phone in signature.")

M("2024-09-06 10:30", "zorgbeleid", "zorg-attesten-binnenbrengen", "hilde", "undisclosed",
  "Attesten en verslagen: graag vóór 30 september",
  """Beste ouders

Heeft uw zoon of dochter een attest of verslag dat belangrijk is voor de begeleiding op school (bijvoorbeeld rond dyslexie, dyscalculie, ADHD, autisme, een chronische ziekte, een motorische beperking of een gemotiveerd verslag van het CLB)? Bezorg het dan zo snel mogelijk, en ten laatste op 30 september, aan de zorgcoördinator.

Hoe?
- in een gesloten enveloppe aan het onthaal, ter attentie van 'zorgcoördinatie', of
- via een Smartschool-bericht aan Hilde Verbeke (zet het document als bijlage).

Stuur deze documenten liever niet via gewone e-mail. Wij bewaren ze in het beveiligde leerlingendossier en enkel de leerkrachten die het nodig hebben, krijgen de afgesproken maatregelen te zien, niet het attest zelf.

Attesten van vorige schooljaren moet u niet opnieuw bezorgen, tenzij er iets veranderd is.""",
  sig="hilde_tel", fmt="qp", bcc=["ouders"],
  pd=True, note="Call to all parents to hand in certificates via the secure channel; lists example conditions generically; school phone in signature.")

M("2024-10-22 20:48", "zorgbeleid", "zorg-sticordi-opendeur", "hilde", [P("Eva Willems", "eva.willems@telenet.be")],
  "Re: vraag na de infodag - STICORDI",
  """Dag mevrouw Willems

Fijn dat u de infodag nuttig vond. STICORDI is een afkorting die in Vlaamse scholen veel gebruikt wordt. Het staat voor:

- STImuleren (bv. een leerling aanmoedigen, succeservaringen creëren),
- COmpenseren (bv. een rekenmachine, voorleessoftware, een formularium),
- RElativeren (bv. minder zwaar laten doorwegen van spelling bij andere vakken),
- DIspenseren (een leerling vrijstellen van een onderdeel, uitzonderlijk en na beslissing van de klassenraad).

Bij ons worden zulke maatregelen besproken op de begeleidende klassenraad. Ouders en leerling worden daarbij betrokken en de afspraken komen in een kort document dat alle betrokken leerkrachten kunnen raadplegen. Elk trimester bekijken we of de maatregelen nog zinvol zijn.

Bij de inschrijving kan u aangeven of u een gesprek wenst met de zorgcoördinator. Dat is vrijblijvend.""",
  sig="hilde", fmt="alt", style="gmail",
  quote={"who": P("Eva Willems", "eva.willems@telenet.be"), "date": "2024-10-21 18:02",
         "text": "Goedendag,\n\nOp de infodag van zaterdag werd een paar keer over 'STICORDI-maatregelen' gesproken. Ik ken die term niet. Kan u kort uitleggen wat dat is en hoe dat bij jullie in zijn werk gaat?\n\nVriendelijke groeten\nEva Willems"},
  note="Care coordinator explains the general STICORDI concept to a prospective parent after an open day.")

M("2024-09-12 12:00", "zorgbeleid", "zorg-wie-is-wie", "sec", ["sec"],
  "Leerlingenbegeleiding: wie is wie?",
  """Beste ouders

Bij wie kan u terecht als u vragen heeft over het welbevinden of de studie van uw kind? Een overzicht:

## Klastitularis
Het eerste aanspreekpunt voor alles wat met de klas te maken heeft. U vindt zijn of haar naam in Smartschool bij 'mijn klas'.

## Leerlingenbegeleiders
- eerste graad: mevrouw Lotte Geerts en meneer Wout De Smedt
- tweede en derde graad: meneer Tom Wouters en mevrouw Elif Yıldız

## Zorgcoördinator
Mevrouw Hilde Verbeke coördineert de zorg op school, volgt de begeleidende klassenraden op en is het aanspreekpunt voor het CLB.

## CLB-anker
Mevrouw Veerle Schepers van CLB Leuven, elke dinsdagnamiddag op school.

U bereikt iedereen via een Smartschool-bericht. Voor dringende zaken kan u het secretariaat bellen.""",
  sig="sec", fmt="html", style="news", bcc=["ouders"],
  note="Who-is-who of the guidance team for all parents; names are staff only.")

M("2024-11-25 07:45", "zorgbeleid", "zorg-klassenraden-planning", "hilde", ["hilde"],
  "Begeleidende klassenraden december - praktisch",
  """Dag collega's

De begeleidende klassenraden van december vallen na de examens (planning op Smartschool). Een paar praktische punten zodat het vlot verloopt:

1. Vul vóór 16 december je observaties in in het leerlingvolgsysteem, bij het tabblad 'klassenraad'. Kort en concreet: wat zie je, wat werkt.
2. Maatregelen die al lopen, staan in het overzicht per klas. Geef aan of ze volgens jou nog nodig zijn.
3. Nieuwe zorgvragen meld je niet per mail, maar via het formulier 'aanmelding leerlingenbegeleiding'.
4. We beginnen stipt; de klassenraden van de eerste graad duren maximaal 45 minuten per klas.

Wie niet aanwezig kan zijn, laat zijn opmerkingen vooraf in het systeem en verwittigt de klastitularis.

Dank jullie wel!""",
  sig="hilde", fmt="8bit", bcc=["personeel"],
  attach=[("txt", "checklist_klassenraad.txt", "Checklist begeleidende klassenraad\n\n[ ] observaties ingevuld in het leerlingvolgsysteem\n[ ] lopende maatregelen nagekeken\n[ ] nieuwe zorgvragen gemeld via het formulier\n[ ] afspraken genoteerd door de klastitularis\n[ ] ouders en leerling geïnformeerd na de klassenraad\n")],
  note="Internal practical planning note for class councils with a generic checklist; no pupils named.")

M("2024-10-07 15:35", "zorgbeleid", "zorg-leren-leren", "wout", "undisclosed",
  "Aanbod 'leren leren' voor het eerste jaar",
  """Beste ouders van het eerste jaar

De overstap naar het secundair vraagt van veel leerlingen een nieuwe manier van studeren. Niet meer elke dag een beetje, maar een grotere hoeveelheid leerstof plannen en verwerken. Daarom bieden we vanaf 14 oktober een reeks van vier sessies 'leren leren' aan, op maandag tijdens het 8ste lesuur (15.25 - 16.15 uur).

Aan bod komen:
- een weekplanning maken met de schoolagenda;
- samenvatten en schema's maken;
- hoe leer ik woordjes en definities;
- wat doe ik als ik iets niet begrijp.

De sessies zijn gratis en vrijblijvend. Inschrijven kan via het formulier op Smartschool tot vrijdag 11 oktober. Ook leerlingen die het vlot doen, zijn welkom.

Met vriendelijke groeten
Wout De Smedt
leerlingenbegeleider eerste graad""",
  fmt="8bit", bcc=[OUDERS_1],
  note="Open offer of study-skills sessions for all first-year pupils.")

M("2024-09-25 11:20", "zorgbeleid", "zorg-language-support-en", "marie", [P("Daniel Haddad", "dhaddad@outlook.com")],
  "Dutch language support at our school",
  """Dear Mr Haddad,

Thank you for your question after the information evening. Here is how language support works at our school for pupils who are still learning Dutch. It is the same for every pupil who arrives from abroad.

1. Newly arrived pupils first follow a reception class (OKAN) for about one year, at another school in Leuven. After that they come to a 'follow-up school' such as ours.
2. In the first year at our school, pupils get four extra hours of Dutch per week in small groups instead of some other subjects.
3. Teachers may allow a dictionary or extra time during tests; this is decided by the class council.
4. Every pupil coming from OKAN has a coach (a teacher) who meets them every two weeks.

Parents do not need to speak Dutch for this. We can use an interpreter (also by phone) for parent-teacher meetings; just tell us which language you prefer.

Best wishes,""",
  sig="marie", fmt="alt", style="gmail", lang="en",
  note="General explanation of Dutch-language support for newcomer pupils, sent in English to one parent.")

M("2024-11-04 09:12", "zorgbeleid", "zorg-iac-uitleg-ouderraad", "hilde", [P("Griet Lambrechts", "griet.lambrechts@proximus.be")],
  "RE: tekstje voor de nieuwsbrief van de ouderraad",
  """Dag Griet

Hierbij het tekstje dat je vroeg voor de nieuwsbrief van de ouderraad. Je mag het inkorten als het te lang is.

---
Gemeenschappelijk of individueel aangepast curriculum: wat is het verschil?

Bijna alle leerlingen volgen het gemeenschappelijk curriculum: ze werken aan dezelfde eindtermen en krijgen op het einde hetzelfde attest of diploma. Sommige leerlingen hebben daarbij redelijke aanpassingen nodig, zoals extra tijd of een laptop met voorleessoftware. De doelen blijven dan dezelfde.

Een individueel aangepast curriculum (IAC) is iets anders: dan worden de doelen zelf aangepast aan wat een leerling kan. Dat kan enkel na een gemotiveerd verslag van het CLB en in overleg tussen ouders, school en CLB. Een leerling met een IAC krijgt op het einde geen diploma maar een attest van verworven bekwaamheden.

Meer info: bij de zorgcoördinator of op de website van de school.
---

Groetjes
Hilde""",
  fmt="qp",
  quote={"who": P("Griet Lambrechts", "griet.lambrechts@proximus.be"), "date": "2024-10-30 10:44", "style": "outlook", "to": "hilde",
         "subj": "tekstje voor de nieuwsbrief van de ouderraad",
         "text": "Dag Hilde,\n\nOp de vergadering van de ouderraad kwam de vraag wat het verschil is tussen 'redelijke aanpassingen' en een 'IAC'. Zou jij daar een kort, algemeen tekstje over willen schrijven voor onze nieuwsbrief van december?\n\nAlvast bedankt!\nGriet (voorzitter ouderraad)"},
  note="Care coordinator writes a general explainer on curricula for the parents' council newsletter.")

M("2024-10-16 14:25", "zorgbeleid", "zorg-examens-aanpassingen", "sofie", "undisclosed",
  "Examens en redelijke aanpassingen - eerste graad",
  """Beste ouders van de eerste graad

Binnenkort ontvangt u de examenregeling van december. Wij krijgen in deze periode vaak de vraag welke aanpassingen mogelijk zijn tijdens de examens. Daarom alvast wat uitleg.

- Aanpassingen tijdens de examens zijn dezelfde als die tijdens het schooljaar. Wat in de klas afgesproken is (bv. extra tijd, vergroot lettertype, gebruik van een laptop), loopt ook in de examens door.
- Nieuwe maatregelen kunnen enkel na bespreking op de klassenraad. Aanvragen daarvoor moeten vóór 15 november binnen zijn bij de klastitularis.
- Leerlingen die extra tijd krijgen, maken hun examen in een apart lokaal (A.105) zodat ze in alle rust kunnen werken.
- Een laptop met voorleessoftware moet vooraf getest zijn; de ICT-coördinator helpt daarbij.

Wij vragen begrip dat we geen aanpassingen kunnen invoeren op de dag van het examen zelf.""",
  sig="sofie", fmt="alt", bcc=[P("", "ouders-1stegraad@" + D)],
  note="General rules on exam accommodations for all first-grade parents.")

M("2024-09-02 13:05", "zorgbeleid", "zorg-tekst-website-nalezen", "sofie", ["hilde"],
  "tekst zorgbeleid voor de website - kan je nalezen?",
  """Hoi Hilde

In bijlage de nieuwe tekst over ons zorgbeleid voor de website (rubriek 'Begeleiding'). Ik heb de fases van het zorgcontinuüm wat eenvoudiger beschreven en de oude verwijzing naar het M-decreet eruit gehaald.

Kun je er tegen vrijdag eens naar kijken? Vooral het stukje over het CLB wil ik zeker juist hebben.

Thx!
Sofie""",
  fmt="8bit",
  attach=[("docx", "zorgbeleid_website_v3.docx",
           ["Zorgbeleid Sint-Pieterscollege",
            "Onze school wil elke leerling de kans geven om zich zo goed mogelijk te ontwikkelen.",
            "Fase 0: brede basiszorg voor alle leerlingen.",
            "Fase 1: verhoogde zorg, met extra maatregelen na overleg op de klassenraad.",
            "Fase 2: uitbreiding van zorg, samen met het CLB.",
            "Fase 3: een individueel aangepast curriculum of een overstap naar een school op maat.",
            "Ouders zijn altijd partner in de begeleiding."])],
  note="Internal request to review the general care-policy text for the website; docx without macros.")

M("2024-11-18 16:40", "zorgbeleid", "zorg-babbelbox", "tom", ["tom"],
  "Nieuw: de babbelbox op de middag",
  """Beste ouders

Vanaf maandag 25 november is de 'babbelbox' elke middag open van 12.35 tot 13.05 uur, in het lokaal naast de refter. Leerlingen kunnen er langskomen om even op adem te komen, een spelletje te spelen of met iemand van de leerlingenbegeleiding te praten. Een afspraak is niet nodig.

Waarom? In de leerlingenbevraging van vorig schooljaar gaf een op de vijf leerlingen aan dat ze niet goed weten bij wie ze terechtkunnen als het even moeilijk gaat. Met de babbelbox willen we de drempel verlagen.

Wat we wel en niet doen:
- we luisteren en denken mee;
- we verwijzen door als dat nodig is, altijd in overleg;
- we vertellen niets verder zonder dat de leerling dat weet, behalve als iemand in gevaar is.

Bespreek het gerust eens thuis.""",
  sig="tom", fmt="cp1252", bcc=["ouders"],
  note="Announcement of a lunchtime drop-in for all pupils, sent to all parents.")

# ==========================================================================
# Medicatie
# ==========================================================================
ATTEST_LINES = [
    "In te vullen door de behandelende arts en de ouders.",
    "",
    "Naam van de leerling: ...................................................  Klas: ..........",
    "Geboortedatum: ....../....../..........",
    "Naam van het geneesmiddel: ..................................................",
    "Dosering: ..............................  Tijdstip(pen): ..............................",
    "Wijze van toediening: ..................................................",
    "Wijze van bewaren (bv. koelkast): ..................................................",
    "Periode van toediening: van ....../....../...... tot ....../....../......",
    "",
    "Naam, stempel en handtekening van de arts: ..................................................",
    "Handtekening van de ouder(s): ..................................................",
    "",
    "De medicatie wordt in de originele verpakking, met de naam van de leerling erop, aan het secretariaat bezorgd.",
]

M("2024-09-04 11:30", "medicatie", "med-procedure-alle-ouders", "sec", "undisclosed",
  "Medicatie op school: afspraken en attest",
  """Beste ouders

Bij het begin van het schooljaar herhalen we graag onze afspraken rond medicatie op school.

## Het principe
Leerkrachten en opvoeders zijn geen artsen of verpleegkundigen. Daarom geven wij op school in principe geen geneesmiddelen. We vragen u om medicatie zoveel mogelijk thuis te laten innemen (bv. 's morgens en 's avonds).

## Als het toch nodig is
Moet uw kind tijdens de schooluren medicatie nemen, dan kan dat enkel:
- met het attest in bijlage, ingevuld en ondertekend door de arts én door u;
- met de medicatie in de originele verpakking, met de naam van uw kind erop;
- afgegeven aan het leerlingensecretariaat, niet aan de klastitularis.

Het attest is één schooljaar geldig. Bij elke wijziging (andere dosis, ander middel) is een nieuw attest nodig.

## Wat we niet doen
We geven geen pijnstillers, koortswerende middelen of andere 'gewone' medicatie zonder attest, ook niet als u ons daar telefonisch toestemming voor geeft. Voelt uw kind zich ziek, dan bellen we u.

Dank voor uw begrip en medewerking.""",
  sig="sec_tel", fmt="alt", bcc=["ouders"],
  attach=[("pdf", "attest_medicatie_2024-2025.pdf", "Attest toediening medicatie op school", ATTEST_LINES)],
  pd=True, note="Standard medication procedure for all parents with a blank certificate form; school phone number in signature.")

M("2024-09-18 18:20", "medicatie", "med-faq", "inge", "undisclosed",
  "Vragen over medicatie op school (FAQ)",
  """Beste ouders

Na de eerste schoolweken kregen we heel wat vragen over medicatie. We bundelen de antwoorden hier, zodat iedereen dezelfde info heeft.

Mijn kind moet over de middag een pilletje nemen (bv. ADHD-medicatie). Wat moet ik doen?
> Laat de arts het attest medicatie invullen en bezorg het samen met de medicatie aan het leerlingensecretariaat. Uw kind komt om 12.35 uur zelf langs het secretariaat.

Mijn kind heeft een puffer of een adrenaline-pen. Moet die op het secretariaat blijven?
> Nee. Zulke noodmedicatie houdt de leerling best zelf bij. Bezorg ons wel een attest, zodat we weten wat we moeten doen als het nodig is. Een tweede exemplaar kan bij ons bewaard worden.

Mag mijn kind zelf een pijnstiller in de boekentas hebben?
> Leerlingen van de tweede en derde graad mogen voor eigen gebruik een kleine hoeveelheid bij zich hebben, op verantwoordelijkheid van de ouders. Doorgeven aan anderen is verboden.

Mijn kind heeft een allergie of een chronische aandoening. Moet de school dat weten?
> Als het belangrijk is voor de veiligheid op school of op uitstap, ja. U kan dit melden aan de zorgcoördinator of via de medische fiche bij meerdaagse uitstappen.

Wat als mijn kind zich niet goed voelt op school?
> Dan gaat het naar het secretariaat of het EHBO-lokaal. Wij bellen u om uw kind op te halen. Een leerling mag nooit zonder toestemming alleen naar huis.""",
  sig="inge", fmt="qp", bcc=["ouders"],
  note="FAQ on medication for all parents; examples such as ADHD medication or allergies are hypothetical questions, not about a pupil.")

M("2024-09-10 10:05", "medicatie", "med-newcomer-en", "nadia", [P("Tomasz Wiśniewski", "tomasz.wisniewski@outlook.com")],
  "Medicines at school - our rules",
  """Dear Mr Wiśniewski,

As requested at the registration desk, here are our rules on medicines at school in English. They apply to every pupil.

1. Teachers do not give medicines. If possible, your child takes medicines at home, before or after school.
2. If a medicine must be taken during school hours, the doctor and a parent fill in and sign the school's medication form ("attest medicatie"). You can find it on Smartschool or ask for a paper copy at the student office.
3. The medicine is handed in at the student office in its original box, with the pupil's name on it.
4. We never give painkillers or fever medicine without that form, not even with permission by phone.
5. Emergency medicines (an inhaler, an adrenaline pen) stay with the pupil. Please let us know in writing so we can act correctly.
6. If your child feels ill at school, we will call you. Pupils may never go home alone without a parent's permission.

The form is valid for one school year.""",
  sig="en_sec", fmt="b64", lang="en",
  note="English summary of the general medication rules for a newly arrived parent; nothing about the child.")

M("2024-08-30 09:50", "medicatie", "med-nieuw-attest-elk-jaar", "nadia", "undisclosed",
  "Herinnering: medicatie-attesten van vorig schooljaar zijn niet meer geldig",
  """Beste ouders

Een korte herinnering voor het nieuwe schooljaar: de attesten voor medicatie op school gelden telkens voor één schooljaar. Moet uw zoon of dochter ook dit jaar op school medicatie nemen, dan hebben we een nieuw attest nodig, ingevuld door de arts.

Het formulier vindt u op Smartschool (Intradesk > Formulieren > Medicatie) en op onze website.

Medicatie die nog op het secretariaat ligt van vorig schooljaar, kan tot 13 september worden opgehaald. Daarna wordt ze naar de apotheek gebracht om vernietigd te worden.""",
  sig="nadia_tel", fmt="8bit", bcc=["ouders"],
  pd=True, note="Reminder to all parents that medication certificates expire each year; school phone number in signature.")

M("2024-10-09 13:00", "medicatie", "med-ziek-op-school", "inge", "undisclosed",
  "Wat als uw kind ziek wordt op school?",
  """Beste ouders

We krijgen regelmatig de vraag wat er gebeurt als een leerling zich tijdens de lesdag niet goed voelt. Een overzicht:

- De leerling meldt zich bij de leerkracht en gaat, eventueel begeleid, naar het leerlingensecretariaat.
- Daar kan hij of zij even rusten in het EHBO-lokaal. Een EHBO-verantwoordelijke kijkt wat er aan de hand is.
- Is het nodig dat uw kind naar huis gaat, dan bellen wij u. Uw kind vertrekt pas als u toestemming gaf of iemand komt ophalen.
- Wij geven geen medicatie zonder attest.
- Bij een ongeval of een ernstige situatie bellen we 112 en verwittigen we u onmiddellijk.

Wil u er daarom voor zorgen dat uw telefoonnummers in Smartschool altijd juist zijn? U kan ze zelf aanpassen bij 'profiel'.

Een ongeval op school of op weg naar school valt onder de schoolverzekering. De aangifteformulieren zijn te verkrijgen op het secretariaat.""",
  sig="inge", fmt="html", style="gmail", bcc=["ouders"],
  note="General procedure when a pupil becomes ill at school; only the emergency number 112, no personal number.")

M("2024-09-03 07:40", "medicatie", "med-bewaring-personeel", "inge", ["inge"],
  "Medicatie: bewaring en registratie - afspraken voor iedereen",
  """Dag collega's

Even de afspraken rond medicatie voor dit schooljaar, zodat we allemaal hetzelfde doen:

1. Medicatie wordt enkel aangenomen door het leerlingensecretariaat, met een geldig attest.
2. Alles wordt bewaard in de afgesloten kast in het EHBO-lokaal. Wat koel moet, staat in de kleine koelkast daar (niet in de koelkast van de leraarskamer).
3. Elke toediening wordt genoteerd op het registratieblad bij de kast: datum, uur, paraaf.
4. Noodmedicatie (puffers, adrenaline-pennen) zit bij de leerlingen zelf. Het overzicht van wie wat heeft, staat in het leerlingvolgsysteem, niet op papier in de klas en niet in een mail.
5. Op uitstap neemt de verantwoordelijke begeleider de EHBO-tas mee en vraagt bij het secretariaat het overzicht op voor de deelnemende klassen.

Vragen? Spreek me gerust aan in de leraarskamer.""",
  sig="inge", fmt="alt", bcc=["personeel"],
  note="Internal agreements on storing and recording medication; deliberately no pupil lists in mail.")

M("2024-10-21 12:15", "medicatie", "med-opleiding-noodsituaties", "inge", ["inge"],
  "Uitnodiging: opfrissing EHBO - allergische reactie, astma, hypo",
  """Dag collega's

Op woensdag 13 november organiseren we een korte opfrissing EHBO voor wie dat wil (13.30 - 15.30 uur, turnzaal 2). Een verpleegkundige van het Rode Kruis komt uitleg geven over:

- herkennen van en handelen bij een ernstige allergische reactie, met oefenen met een trainer-pen;
- een astma-aanval;
- een hypo bij een leerling met diabetes;
- wanneer je 112 belt en wat je dan zegt.

Vooral collega's die vaak op uitstap gaan of toezicht doen, raad ik dit sterk aan. Inschrijven via het formulier op Smartschool. De uitnodiging zit ook in bijlage voor je agenda.""",
  sig="inge", fmt="8bit", bcc=["personeel"],
  attach=[("ics", "opfrissing_EHBO.ics", ("ehbo-2024-11-13", "Opfrissing EHBO", "2024-11-13 13:30", "2024-11-13 15:30",
                                           "Turnzaal 2, Sint-Pieterscollege", "Allergische reactie, astma, hypo. Inschrijven via Smartschool."))],
  note="Invitation to staff first-aid training about general emergencies; no pupil named.")

M("2025-03-24 15:50", "medicatie", "med-meerdaagse-medicatie", "stijn", "undisclosed",
  "Medicatie tijdens de meerdaagse van het vijfde jaar",
  """Beste ouders van het vijfde jaar

Over een maand vertrekken we op meerdaagse naar de Ardennen. Een paar afspraken rond medicatie:

- Neemt uw kind medicatie die tijdens de reis moet worden ingenomen, vermeld dit dan op de medische fiche (via het formulier op Smartschool) en geef de medicatie bij vertrek af aan de begeleider van de bus, in een zakje met naam, in de originele verpakking, met het attest erbij.
- Noodmedicatie zoals een puffer of adrenaline-pen neemt de leerling zelf mee in de handbagage. Een reserve-exemplaar is welkom bij de begeleiders.
- Reispilletjes: de begeleiders geven die niet. Laat uw kind ze thuis innemen als dat nodig is.
- Er gaat een volledige EHBO-koffer mee en in het verblijfscentrum is een huisarts van wacht.

De medische fiche moet ingevuld zijn vóór 11 april. Zonder fiche kan een leerling niet mee.

Vriendelijke groeten
Stijn Mertens
verantwoordelijke meerdaagse vijfde jaar""",
  sig=None, fmt="qp", bcc=[OUDERS_5],
  note="Trip medication arrangements for all fifth-year parents; no individual information.")

M("2024-11-06 08:31", "medicatie", "med-reply-ouderraad-puffer", "inge", [P("Sven De Clercq", "sven.declercq@proximus.be")],
  "Re: vraag vanuit de ouderraad over noodmedicatie",
  """Dag Sven

Bedankt voor de vraag. In het kort: ja, leerlingen mogen hun eigen noodmedicatie bij zich hebben, en dat is zelfs de bedoeling. Een puffer of een adrenaline-pen in het secretariaat is nutteloos als er iets gebeurt in de turnzaal of op de speelplaats.

Wat we wel vragen:
- een attest van de arts, zodat we weten wat we moeten doen;
- als het kan een tweede exemplaar dat op school bewaard wordt (EHBO-lokaal);
- dat de leerling weet hoe het werkt en dat de klasgenoten weten waar het zit.

Gewone medicatie (pijnstillers, antibiotica,...) valt daar niet onder; daarvoor blijft de procedure via het secretariaat gelden.

Je mag dit gerust zo doorgeven aan de andere ouders.

Groetjes
Inge""",
  fmt="8bit",
  quote={"who": P("Sven De Clercq", "sven.declercq@proximus.be"), "date": "2024-11-05 21:37",
         "text": "Hallo Inge,\n\nOp de ouderraad vroegen een paar ouders of leerlingen hun puffer of 'epipen' zelf bij zich mogen houden, of dat die op het secretariaat moet liggen. Wat is daar de afspraak?\n\nGroeten,\nSven De Clercq\nouderraad"},
  note="General answer to a parents' council question about emergency medication; no specific pupil.")

M("2024-09-26 14:02", "medicatie", "med-nieuw-model-attest-fwd", "nadia", ["griet", "inge"],
  "Fwd: nieuw modelattest medicatie",
  """Hoi Griet en Inge,

Zie hieronder: de koepel heeft een nieuw modelattest. Is het ok als ik dat vanaf volgend schooljaar gebruik? Ons huidige formulier mag dit jaar blijven.

Nadia""",
  fmt="8bit",
  fwd={"who": P("Nieuwsbrief Katholiek Onderwijs Vlaanderen", "nieuwsbrief@katholiekonderwijs.vlaanderen"),
       "date": "2024-09-25 16:00", "subj": "Nieuw: modelformulier medicatie op school",
       "text": """Beste directeur, beste administratief medewerker

Het modelformulier voor het toedienen van medicatie op school werd geactualiseerd. De belangrijkste wijzigingen:

- er is een apart luik voor noodmedicatie die de leerling zelf bij zich draagt;
- de arts kan aangeven of de leerling de medicatie zelfstandig mag innemen;
- de geldigheidsduur wordt uitdrukkelijk beperkt tot het lopende schooljaar.

U vindt het formulier in de rubriek Leerlingen > Gezondheid op de pro-site. Scholen zijn vrij om het te gebruiken of een eigen formulier te behouden."""},
  note="Internal forward of an umbrella-organisation newsletter about a new medication form template.")

M("2024-09-13 11:11", "medicatie", "med-procedure-fr", "nadia", [P("Fatoumata Diallo", "f.diallo@gmail.com")],
  "Médicaments à l'école : la procédure",
  """Chère Madame Diallo,

Voici, comme demandé lors de l'inscription, la procédure concernant les médicaments à l'école. Elle est la même pour tous les élèves.

- Les enseignants ne donnent pas de médicaments. Dans la mesure du possible, les médicaments sont pris à la maison.
- Si un médicament doit être pris pendant les heures de cours, le médecin et un parent complètent et signent le formulaire « attest medicatie ». Vous le trouvez sur Smartschool ou au secrétariat.
- Le médicament est remis au secrétariat des élèves, dans son emballage d'origine, avec le nom de l'élève.
- Nous ne donnons jamais d'antidouleur ou de médicament contre la fièvre sans ce formulaire, même avec votre accord par téléphone.
- Si votre enfant se sent mal, nous vous téléphonons. Un élève ne rentre jamais seul à la maison sans l'accord d'un parent.

Le formulaire est valable pour une année scolaire.""",
  sig="fr_sec_tel", fmt="8bit", lang="fr",
  pd=True, note="French version of the general medication procedure for one parent; school phone number in signature.")

M("2025-04-28 10:20", "medicatie", "med-zon-hooikoorts", "inge", "undisclosed",
  "Lente en zomer: zonnecrème, hooikoorts en drinkbus",
  """Beste ouders

Met de eerste warme dagen en de sportdag in aantocht, enkele tips:

- Geef uw kind op warme dagen en op uitstap zonnecrème mee. De school voorziet geen zonnecrème.
- Last van hooikoorts? Pilletjes worden best 's morgens thuis ingenomen. Oogdruppels of een neusspray kan de leerling zelf bij zich hebben.
- Een drinkbus met water is altijd toegelaten, ook in de les. Er zijn waterfonteintjes aan de refter en in de sporthal.
- Tijdens de sportdag is er schaduw en water voorzien aan elke post.

Heeft uw kind een aandoening waarmee we bij inspanning rekening moeten houden, laat het dan weten aan de leerkracht LO via een berichtje in Smartschool.""",
  sig="inge", fmt="cp1252", bcc=["ouders"],
  note="Seasonal health tips for all parents; invites parents to report conditions via the proper channel.")

# ==========================================================================
# Schoolreglement
# ==========================================================================
M("2024-08-28 16:10", "schoolreglement", "sr-wijzigingen-2024-2025", "dir", "undisclosed",
  "Schoolreglement 2024-2025: wat is er veranderd?",
  """Geachte ouders

Het schoolreglement voor het nieuwe schooljaar staat online op Smartschool en op de website. De participatieraad keurde de wijzigingen goed op 24 juni. We zetten de belangrijkste aanpassingen op een rij.

Deel II - 2.4 Afwezigheden
De briefjes van de ouders in de schoolagenda worden vervangen door een digitaal formulier in Smartschool. U kan nog altijd maximaal vier keer per schooljaar zelf een korte afwezigheid wegens ziekte wettigen.

Deel II - 3.3 Gsm-gebruik
In de eerste graad blijven gsm's en smartwatches de hele dag uitgeschakeld in de locker. In de tweede en derde graad mag de gsm enkel gebruikt worden in de les als de leerkracht dat uitdrukkelijk vraagt.

Deel II - 5 Orde- en tuchtmaatregelen
Er is een nieuw hoofdstuk over de herstelgerichte aanpak: na een conflict proberen we eerst de schade te herstellen, bijvoorbeeld via een herstelgesprek, voor er een sanctie volgt.

Deel III - Informatie
De lijst met verwerkers van persoonsgegevens (bv. Smartschool, Microsoft 365, onze uitgevers) werd geactualiseerd.

We vragen u om het reglement vóór 20 september digitaal te ondertekenen via Smartschool.""",
  sig="dir", fmt="alt", bcc=["ouders"],
  attach=[("zip", "schoolreglement_2024-2025.zip",
           [("schoolreglement_2024-2025.pdf", make_pdf("Schoolreglement 2024-2025", ["Deel I - Pedagogisch project", "Deel II - Reglement", "Deel III - Informatie", "2.4 Afwezigheden", "3.3 Gsm-gebruik", "5 Orde- en tuchtmaatregelen"])),
            ("privacyverklaring.pdf", make_pdf("Privacyverklaring", ["Welke gegevens verwerken wij?", "Wie heeft toegang?", "Uw rechten"]))])],
  note="Summary of rule-book changes for all parents with numbered section references; zip holds only two PDFs.")

M("2024-10-02 11:45", "schoolreglement", "sr-afwezigheden-uittreksel", "nadia", [P("Kristel Aerts", "kristel.aerts@gmail.com")],
  "RE: afwezigheid door ziekte - hoeveel keer?",
  """Beste mevrouw Aerts

Hieronder het stuk uit het schoolreglement waar u naar vroeg (deel II, punt 2.4.1).

2.4.1 Je bent ziek
a) Een verklaring van je ouders volstaat als je ziekte niet langer duurt dan drie opeenvolgende kalenderdagen. Zo'n verklaring kan maximaal vier keer per schooljaar.
b) Een medisch attest is nodig:
   - als je langer dan drie opeenvolgende kalenderdagen ziek bent;
   - als je al vier keer met een verklaring van je ouders afwezig was;
   - als je afwezig bent tijdens een examen of een proefwerk.
c) Je bezorgt de verklaring of het attest op de dag dat je terugkomt. Ben je meer dan tien opeenvolgende lesdagen afwezig, dan bezorg je het attest onmiddellijk.
d) Een attest is niet geldig als het enkel vermeldt wat de ouders verklaren ('dixit-attest').

De verklaring van de ouders gebeurt dit schooljaar via het formulier 'afwezigheid melden' in Smartschool.""",
  sig="nadia", fmt="qp",
  quote={"who": P("Kristel Aerts", "kristel.aerts@gmail.com"), "date": "2024-10-01 20:12", "style": "outlook", "to": "nadia",
         "subj": "afwezigheid door ziekte - hoeveel keer?",
         "text": "Goedenavond,\n\nHoeveel keer per jaar mogen wij als ouders zelf een afwezigheid verantwoorden zonder doktersbriefje? Ik vind het niet terug in de brochure.\n\nVriendelijke groeten,\nKristel Aerts"},
  note="Secretariat quotes the general absence rules from the rule book for one parent who asked.")

M("2024-09-09 08:12", "schoolreglement", "sr-gsm-eerste-graad", "sofie", "undisclosed",
  "Gsm's en smartwatches in de eerste graad",
  """Beste ouders van de eerste graad

Na een week school merken we dat nog niet iedereen de afspraken over gsm's kent. Daarom nog eens het artikel uit het schoolreglement:

Artikel 3.3.2 - In de eerste graad zijn gsm's, smartwatches en oortjes vanaf het binnenkomen van de school tot de laatste bel uitgeschakeld en opgeborgen in de locker. Wie toch een toestel gebruikt, geeft het af aan de leerkracht of opvoeder. Het toestel kan 's avonds na 16.15 uur worden opgehaald op het leerlingensecretariaat. Bij herhaling moet een ouder het toestel komen ophalen.

Moet u uw kind dringend bereiken, bel dan het secretariaat: wij geven de boodschap door. En omgekeerd: een leerling die naar huis moet bellen, kan dat altijd op het secretariaat.

We merken dat de middagpauze zonder gsm's veel levendiger is. Bedankt om dit thuis mee te ondersteunen.""",
  sig="sofie", fmt="8bit", bcc=[P("", "ouders-1stegraad@" + D)],
  note="Quotes the phone rule from the rule book for all first-grade parents.")

M("2024-09-16 13:40", "schoolreglement", "sr-newcomer-summary-en", "nadia", [P("Olena Kovalenko", "olena.kovalenko@gmail.com")],
  "School rules - short summary in English",
  """Dear Ms Kovalenko,

Welcome to Sint-Pieterscollege. Our school rules (schoolreglement) are only available in Dutch, so here is a short summary of the most important points. The full version is on Smartschool.

School hours
Lessons start at 8.25 and end at 16.15 (Wednesday 12.05). Pupils are at school at 8.15.

Absence
If your child is ill, please report it on Smartschool before 9.00. For up to three days, your own written statement is enough (maximum four times a year). Longer absences and absences during exams need a doctor's certificate.

Being late
Pupils who arrive late report to the student office first.

Mobile phones
First and second year: phones stay switched off in the locker all day. Older pupils: only in class if the teacher asks.

Clothing
Neat clothing; no caps inside the building. A school T-shirt and sports shoes for PE.

School trips
Day trips are part of the programme. For trips of several days you will get a separate letter and a consent form.

Contact
Questions about lessons: the class teacher, via a Smartschool message. Questions about administration: the student office.""",
  sig="en_sec_tel", fmt="alt", style="gmail", lang="en",
  pd=True, note="English summary of the rule book for a newly arrived parent; school phone number in signature.")

M("2024-09-24 16:55", "schoolreglement", "sr-orde-tucht-toelichting", "sofie", ["sofie"],
  "Toelichting orde- en tuchtmaatregelen (voor klastitularissen)",
  """Dag collega's

Een paar klastitularissen vroegen om het hoofdstuk over orde- en tuchtmaatregelen in gewone taal, om het in de klas te kunnen uitleggen. Hier een samenvatting.

## Ordemaatregelen
Bedoeld om het gedrag bij te sturen, bv. een verwittiging, een strafstudie op woensdagnamiddag, een tijdelijke verwijdering uit de les. Elk personeelslid kan een ordemaatregel nemen; er is geen beroep mogelijk.

## Herstelgerichte aanpak
Na een conflict of bij schade zoeken we eerst naar herstel: een herstelgesprek, een bemiddeling, een herstelopdracht. Dat kan naast of in plaats van een ordemaatregel.

## Tuchtmaatregelen
Enkel bij ernstige feiten, wanneer de ordemaatregelen niet helpen of de veiligheid in gevaar komt: een tijdelijke of definitieve uitsluiting. Enkel de directeur beslist, na advies van de klassenraad en na een gesprek met leerling en ouders. Tegen een definitieve uitsluiting kunnen de ouders in beroep gaan.

Leg in de klas vooral de nadruk op het tweede blok: we willen dat leerlingen leren uit wat er misloopt.""",
  sig="sofie", fmt="html", style="outlook", bcc=["personeel"],
  note="Plain-language summary of the disciplinary chapter for class teachers; no case mentioned.")

M("2024-09-02 15:00", "schoolreglement", "sr-kledij-lo", "bram", "undisclosed",
  "Afspraken kledij en lessen LO",
  """Beste ouders

Een nieuw schooljaar, een nieuwe lessenreeks LO. Even de afspraken uit het schoolreglement (deel II, 3.5) en van de vakgroep LO:

- Voor de lessen LO draagt elke leerling het blauwe schoolsport-T-shirt (te koop op het secretariaat, € 12), een zwarte sportshort of -legging en sportschoenen met een niet-afgevende zool.
- Juwelen worden uitgedaan vóór de les. Wie lange haren heeft, bindt ze samen.
- Zwemmen: een aansluitend zwempak of zwembroek (geen short), een badmuts en een handdoek.
- Kan uw kind tijdelijk niet meedoen, dan volstaat voor één les een briefje van de ouders. Voor langere periodes is een medisch attest nodig met vermelding van wat wel kan. De leerling is ook dan aanwezig in de les.

Sportieve groeten
Bram Hermans
vakgroep LO""",
  fmt="html", style="news", bcc=["ouders"],
  note="Clothing and PE rules from the rule book for all parents.")

M("2024-11-20 09:25", "schoolreglement", "sr-te-laat", "sofie", "undisclosed",
  "Te laat op school: hoe werkt het?",
  """Beste ouders

Sinds de herfstvakantie zien we meer leerlingen die te laat komen. Daarom herhalen we de afspraken (schoolreglement, deel II, 2.3).

- De lessen beginnen om 8.25 uur. Leerlingen zijn op school om 8.15 uur.
- Wie te laat is, meldt zich eerst aan bij het leerlingensecretariaat met zijn leerlingenkaart en krijgt een briefje om in de les binnen te mogen.
- Bij drie keer te laat binnen één maand volgt een inhaalmoment op woensdagnamiddag. Ouders krijgen daarvan bericht via Smartschool.
- Treinen en bussen met vertraging: de leerling toont op het secretariaat het bericht van De Lijn of de NMBS; dan wordt het niet aangerekend.

Met dank voor uw medewerking.""",
  sig="sofie", fmt="cp1252", bcc=["ouders"],
  note="General late-arrival procedure quoted from the rule book for all parents.")

M("2025-05-19 14:30", "schoolreglement", "sr-evaluatie-deliberatie", "jan", "undisclosed",
  "Examens, deliberatie en rapport in juni",
  """Beste ouders

Het einde van het schooljaar komt in zicht. Hieronder de belangrijkste afspraken uit het schoolreglement (deel II, 4. Studiereglement) en de data.

[[TABLE:data]]

De delibererende klassenraad beslist op basis van de resultaten van het hele schooljaar en van de adviezen van de leerkrachten. Mogelijke beslissingen:
- een A-attest: de leerling mag naar het volgende leerjaar, zonder beperkingen;
- een B-attest: de leerling mag naar het volgende leerjaar, maar niet in bepaalde studierichtingen;
- een C-attest: de leerling is niet geslaagd.

Bent u het niet eens met de beslissing, dan vraagt u eerst een overleg aan met de directeur binnen de drie dagen na het rapport. Daarna is nog een schriftelijk beroep mogelijk (zie deel II, 4.7).

Alle leerlingen krijgen hun rapport persoonlijk van de klastitularis.""",
  sig="jan", fmt="alt", bcc=["ouders"],
  tables={"data": [["Wat", "Wanneer"], ["Examens 1ste graad", "ma 10 t.e.m. di 24 juni"],
                   ["Examens 2de en 3de graad", "do 5 t.e.m. di 24 juni"],
                   ["Klassenraden", "wo 25 en do 26 juni"], ["Rapport + oudercontact", "vr 27 juni, 14-19 uur"],
                   ["Overleg met directie", "ma 30 juni"]]},
  note="Rules on end-of-year deliberation and appeal with the calendar, to all parents.")

M("2024-09-17 19:02", "schoolreglement", "sr-ondertekenen-herinnering", "sec", ["sec"],
  "Herinnering: schoolreglement ondertekenen via Smartschool",
  """Beste ouders

Nog niet alle ouders ondertekenden het schoolreglement 2024-2025. Dat kan tot vrijdag 20 september.

Zo gaat u te werk:
1. Log in op Smartschool met uw eigen co-account (niet met de account van uw kind).
2. Klik op 'Formulieren' en kies 'Akkoord schoolreglement 2024-2025'.
3. Vink aan dat u het reglement hebt gelezen en klik op 'Indienen'.

Bent u uw co-account kwijt of werkt het niet? Via 'Wachtwoord vergeten?' op het aanmeldscherm kan u zelf een nieuw wachtwoord instellen. Lukt het niet, kom dan even langs op het secretariaat; wij vragen u nooit uw wachtwoord via mail of telefoon.

Ouders die al ondertekenden, mogen deze herinnering als niet verzonden beschouwen.""",
  sig="sec_tel", fmt="8bit", bcc=["ouders"], pd=True,
  note="Reminder to sign the rule book; explains password reset without giving any credential; school phone in signature.")

M("2024-09-20 10:40", "schoolreglement", "sr-absences-fr", "nadia", [P("Olivier Dupont", "olivier.dupont@skynet.be")],
  "Re: absences - règlement de l'école",
  """Bonjour Monsieur Dupont,

Comme vous l'avez demandé, voici un résumé en français des règles concernant les absences (règlement de l'école, partie II, point 2.4). Elles valent pour tous les élèves.

1. Maladie de trois jours calendrier maximum : une déclaration des parents suffit, au maximum quatre fois par année scolaire. Cette année, elle se fait via le formulaire « afwezigheid melden » sur Smartschool.
2. Un certificat médical est nécessaire pour une maladie de plus de trois jours, à partir de la cinquième déclaration des parents et pour toute absence pendant les examens.
3. Le certificat est remis le jour du retour à l'école ; pour une absence de plus de dix jours de cours, il doit être remis immédiatement.
4. Les rendez-vous chez le médecin ou le dentiste se prennent autant que possible en dehors des heures de cours.

Je reste à votre disposition.""",
  sig="fr_sec", fmt="qp", lang="fr",
  quote={"who": P("Olivier Dupont", "olivier.dupont@skynet.be"), "date": "2024-09-19 12:30",
         "text": "Bonjour,\n\nPourriez-vous m'expliquer en français les règles pour justifier une absence ? Le règlement est un peu difficile à lire pour moi.\n\nMerci d'avance,\nO. Dupont"},
  note="French summary of the general absence rules for one parent who asked; no actual absence discussed.")

M("2024-10-11 12:20", "schoolreglement", "sr-herstelgericht-draft", "tom", ["sofie"],
  "voorstel tekst herstelgerichte aanpak (schoolreglement)",
  """Hoi Sofie

Zoals beloofd mijn voorstel voor het nieuwe stukje in deel II, 5.2. Ik heb geprobeerd het kort en concreet te houden.

5.2 Herstelgerichte aanpak
Wanneer er iets misloopt tussen leerlingen, of tussen een leerling en een personeelslid, kiezen we waar mogelijk voor herstel. Dat betekent dat we samen met de betrokkenen bekijken wat er gebeurd is, wie er schade van heeft en hoe die hersteld kan worden. Mogelijke vormen zijn een herstelgesprek, een bemiddeling, een herstelcirkel in de klas of een no-blame-aanpak bij pesten. Deelnemen is vrijwillig. Een herstelgerichte aanpak kan samengaan met een ordemaatregel, maar is zelf geen straf.

Zeg maar of het te lang is. Ik kan het ook nog eens aftoetsen bij de leerlingenraad.

Tom""",
  fmt="8bit",
  note="Internal draft rule-book paragraph on restorative practice; general policy text.")

M("2024-10-25 08:05", "schoolreglement", "sr-fietsen-verkeer", "sofie", "undisclosed",
  "Veilig naar school: fietsen en fietsenstalling",
  """Beste ouders

Nu de dagen korter worden, vragen we extra aandacht voor de veiligheid op weg naar school. Het schoolreglement (deel II, 3.9) zegt hierover:

- Fietsers gebruiken de ingang aan de Schapenstraat en stappen af aan de poort.
- De fiets staat op slot in de fietsenstalling. De school is niet aansprakelijk voor diefstal of schade.
- Steps en elektrische steps worden opgeborgen in de stalling, niet in het gebouw.
- Een fiets met goede verlichting is verplicht. In november doet de politie samen met de school een fietscontrole.

We raden ook een fluohesje aan. Op het secretariaat zijn er gratis exemplaren van de stad Leuven, zolang de voorraad strekt.""",
  sig="sofie", fmt="qp", bcc=["ouders"],
  note="Traffic safety section of the rule book for all parents.")

# ==========================================================================
# Privacy
# ==========================================================================
M("2024-09-12 09:00", "privacy", "priv-privacyverklaring", "dir", "undisclosed",
  "Privacyverklaring: hoe gaan wij om met de gegevens van uw kind?",
  """Geachte ouders

Als school verwerken wij heel wat persoonsgegevens van leerlingen en ouders. Wij doen dat zorgvuldig en enkel voor zover het nodig is voor het onderwijs en de begeleiding. Hieronder een samenvatting van onze privacyverklaring (volledige tekst: deel III van het schoolreglement).

## Welke gegevens verwerken wij?
- identificatiegegevens: naam, adres, geboortedatum, geboorteplaats, nationaliteit, rijksregisternummer;
- contactgegevens van de ouders: adres, telefoonnummer(s), e-mailadres;
- gegevens over de schoolloopbaan: vorige scholen, studierichting, attesten en rapporten;
- evaluatie- en begeleidingsgegevens: resultaten, verslagen van klassenraden, afspraken rond begeleiding;
- gezondheidsgegevens, enkel als ze nodig zijn voor de veiligheid of begeleiding op school (bv. een allergie, een attest medicatie);
- financiële gegevens in het kader van de schoolrekening;
- beeldmateriaal, enkel met uw toestemming voor gerichte foto's.

## Wie heeft toegang?
Enkel de personeelsleden die de gegevens nodig hebben voor hun taak. Sommige gegevens geven we door aan de overheid (bv. het departement Onderwijs), aan het CLB en aan verwerkers met wie we een overeenkomst hebben (bv. Smartschool).

## Hoe lang bewaren wij ze?
Zolang het nodig is, en niet langer dan de wettelijke termijnen.

## Uw rechten
U heeft recht op inzage, op verbetering en, in sommige gevallen, op verwijdering. Vragen kunnen naar privacy@lksd.ksleuven.be, ons aanspreekpunt informatieveiligheid.""",
  sig="dir", fmt="alt", bcc=["ouders"],
  note="Summary of the privacy statement listing data categories (incl. birth date, national number as categories) for all parents; no values.")

M("2024-09-06 14:45", "privacy", "priv-fototoestemming", "sec", ["sec"],
  "Toestemming voor foto's en filmpjes - graag invullen",
  """Beste ouders

Tijdens het schooljaar nemen we regelmatig foto's en filmpjes: op de sportdag, tijdens uitstappen, bij toneel en projecten. Die beelden gebruiken we op de website, op de Facebookpagina van de school, in de schoolkrant of in de jaarbrochure.

Wij maken een onderscheid tussen:
- sfeerbeelden: spontane foto's van een groep tijdens een activiteit, waarop niemand echt centraal staat;
- gerichte beelden: foto's waarop een of enkele leerlingen duidelijk in beeld zijn of waarvoor geposeerd wordt, bv. de klasfoto.

Voor gerichte beelden vragen we uw uitdrukkelijke toestemming. Dat doet u via het formulier 'Toestemming beeldmateriaal 2024-2025' in Smartschool. U kan per kanaal kiezen (website, sociale media, schoolkrant) en uw keuze op elk moment wijzigen.

Leerlingen vanaf 16 jaar vullen het formulier zelf in.

Geeft u geen toestemming, dan houden we daar rekening mee: we fotograferen uw kind dan niet gericht of we maken het onherkenbaar.""",
  sig="sec_tel", fmt="html", style="news", bcc=["ouders"], pd=True,
  attach=[("pdf", "toestemming_beeldmateriaal_2024-2025.pdf", "Toestemming beeldmateriaal 2024-2025",
           ["Naam leerling: ......................................   Klas: ........",
            "Ik geef toestemming voor het publiceren van gerichte beelden van mijn kind op:",
            "[ ] de website van de school     [ ] de sociale media van de school     [ ] de schoolkrant",
            "[ ] de klasfoto",
            "Deze toestemming kan op elk moment worden ingetrokken.",
            "Naam en handtekening ouder of leerling (16+): ..........................................."])],
  note="Request for photo consent from all parents with a blank form; school phone in signature.")

M("2024-09-27 17:10", "privacy", "priv-photo-consent-en", "marie", [P("Priya Raman", "priya.raman@gmail.com")],
  "Photos at school - consent form explained",
  """Dear Dr Raman,

You asked what the Dutch form "Toestemming beeldmateriaal" means. Here is a short explanation; it is the same form every family receives.

During the year, teachers take photos and videos at activities (sports day, trips, projects). We distinguish:
- general pictures of a group during an activity, where nobody is the focus; and
- targeted pictures where one or a few pupils are clearly visible or pose, such as the class photo.

For targeted pictures we need your explicit consent, separately for the school website, social media and the school magazine. You give it on Smartschool under "Formulieren". You can change your choice at any time by sending a message to the secretariat. Pupils aged 16 or older decide for themselves.

If you do not give consent, your child will not be photographed in a targeted way, or we will make him or her unrecognisable.""",
  sig="marie", fmt="qp", lang="en",
  note="English explanation of the general photo consent form for one parent.")

M("2024-10-07 08:00", "privacy", "priv-dpo-mailafspraken", "dpo", ["dpo"],
  "Vijf afspraken voor veilig mailen",
  """Beste collega's

Naar aanleiding van enkele vragen bij de start van het schooljaar herhalen we de afspraken uit ons communicatiebeleid. Ze gelden voor alle scholen van de vzw.

1. Gebruik voor schoolzaken altijd je schoolaccount, nooit een privé-adres.
2. Mail je naar meerdere ouders of naar een groepsadres (ouders@, klas-...@), zet de adressen dan in BCC.
3. Gevoelige informatie over leerlingen (gezinssituatie, welbevinden, gezondheid, begeleiding, financiële situatie) hoort in het leerlingvolgsysteem, niet in een mail.
4. Verstuur nooit een wachtwoord of toegangscode per mail of chat. Niemand van de school zal je ooit op die manier een wachtwoord vragen.
5. Klikte je op een verdachte link of stuurde je een mail naar de verkeerde persoon? Meld het meteen aan privacy@lksd.ksleuven.be. Een snelle melding is belangrijker dan schuld.

Het volledige communicatiebeleid vind je op het personeelsplatform.""",
  sig="dpo", fmt="8bit", bcc=["personeel"],
  note="Data-protection officer's general reminder of mail rules to staff; mentions passwords only in general.")

M("2024-11-14 12:05", "privacy", "priv-phishing-ouders", "mathias", "undisclosed",
  "Let op: valse berichten in naam van Smartschool",
  """Beste ouders

Deze week kregen enkele ouders een e-mail of sms die er uitziet als een bericht van Smartschool, met de vraag om 'uw account te bevestigen' of 'een openstaande betaling te regelen'. Dat bericht komt niet van ons.

Hoe herkent u zo'n bericht?
- Het vraagt om dringend in te loggen via een link of om uw wachtwoord of bankgegevens in te vullen.
- Het adres van de afzender of van de link eindigt niet op sintpieterscollege.smartschool.be.
- Er staan taalfouten in of het spreekt u aan met 'Beste klant'.

Wat doet u?
- Klik niet op de link en vul niets in.
- Surf zelf naar Smartschool via de bladwijzer of de app.
- Twijfelt u, stuur dan een berichtje naar het secretariaat.

De school vraagt u nooit om uw wachtwoord of een code via mail, sms of telefoon. Ook onze schoolrekeningen worden nooit via sms verstuurd.""",
  sig="mathias", fmt="qp", bcc=["ouders"],
  note="Phishing warning for all parents; no credential, no suspicious link, only the legitimate Smartschool host named.")

M("2024-12-03 10:33", "privacy", "priv-inzage-reply", "dpo", [P("Bert Van Looy", "bert.vanlooy@skynet.be")],
  "Re: inzage in gegevens",
  """Geachte heer Van Looy

Dank u voor uw vraag. Ouders hebben inderdaad het recht om de gegevens in te kijken die de school over hun minderjarig kind bijhoudt, en om een kopie te krijgen.

Concreet verloopt dat zo:
- U richt een schriftelijke vraag aan de directeur of aan ons aanspreekpunt informatieveiligheid (dit adres). Vermeld de naam en de klas van uw kind en welke gegevens u wil inkijken.
- Wij bevestigen de ontvangst en nodigen u uit op school om de gegevens in te kijken, met uitleg. U kan ook een kopie vragen.
- Wij antwoorden binnen één maand.
- Gegevens over andere personen (bv. andere leerlingen) en persoonlijke notities van personeelsleden worden niet meegegeven.
- Leerlingen vanaf 12 jaar worden bij zo'n vraag betrokken; in sommige gevallen kan hun belang zich tegen de inzage verzetten.

Voor het CLB-dossier moet u zich tot het CLB zelf richten.""",
  sig="dpo", fmt="alt", style="gmail",
  quote={"who": P("Bert Van Looy", "bert.vanlooy@skynet.be"), "date": "2024-12-01 16:48",
         "text": "Goedemiddag,\n\nHoe kan ik als ouder opvragen welke gegevens de school over mijn kind bewaart? Is daar een formulier voor?\n\nMet vriendelijke groeten,\nBert Van Looy"},
  note="General explanation of the right of access for a parent who asks how it works; no request about a specific situation handled.")

M("2024-10-01 09:30", "privacy", "priv-verwerkers", "dir", "undisclosed",
  "Met welke partners delen wij gegevens?",
  """Geachte ouders

In ons schoolreglement (deel III) staat de lijst van partners die voor de school gegevens verwerken. Op vraag van de ouderraad zetten we ze hier overzichtelijk samen.

[[TABLE:verwerkers]]

Met elke partner hebben we een verwerkersovereenkomst. Zij mogen de gegevens enkel gebruiken voor de opdracht die wij hen geven en moeten ze goed beveiligen.

Heeft u vragen, dan kan u terecht bij privacy@lksd.ksleuven.be.""",
  sig="dir", fmt="alt", bcc=["ouders"],
  tables={"verwerkers": [["Partner", "Waarvoor", "Welke gegevens"],
                         ["Smartschool", "communicatie, agenda, resultaten", "naam, klas, contactgegevens, resultaten"],
                         ["Microsoft 365", "schoolmail, Teams, opslag", "naam, klas, schoolmailadres"],
                         ["Uitgeverijen (digitale leermiddelen)", "online oefeningen", "naam, klas, schoolmailadres"],
                         ["Schoolfotograaf", "klas- en pasfoto's", "naam, klas"],
                         ["Boekhoudpakket", "schoolrekening", "naam ouders, adres, bedragen"],
                         ["Reisorganisatie", "meerdaagse uitstappen", "naam, geboortedatum, nr. identiteitskaart"]]},
  note="Overview of data processors for all parents; the table names data categories only.")

M("2025-01-15 15:15", "privacy", "priv-camera", "dir", "undisclosed",
  "Camerabewaking aan de fietsenstalling",
  """Beste ouders

Na enkele diefstallen van fietsen plaatsen we vanaf 1 februari twee camera's aan de fietsenstalling in de Schapenstraat. Voor alle duidelijkheid:

- De camera's filmen enkel de fietsenstalling, niet de speelplaats of de klaslokalen.
- Aan de ingang hangt een pictogram dat op de camera's wijst.
- De beelden worden 30 dagen bewaard en enkel bekeken als er iets gebeurd is, door de directeur of de preventieadviseur.
- Beelden worden enkel doorgegeven aan de politie, op haar vraag.
- De camera's werden aangegeven bij de politie via het platform van de overheid.

Vragen hierover kan u stellen aan privacy@lksd.ksleuven.be.""",
  sig="dir", fmt="cp1252", bcc=["ouders"],
  note="Announcement of CCTV at the bike shed to all parents.")

M("2024-09-24 13:30", "privacy", "priv-schoolfotograaf", "sec", "undisclosed",
  "Schoolfotograaf op 3 en 4 oktober",
  """Beste ouders

Op donderdag 3 en vrijdag 4 oktober komt de schoolfotograaf langs voor de individuele foto's en de klasfoto's.

- Om de foto's te kunnen sorteren krijgt de fotograaf van ons de naam en de klas van elke leerling. Meer niet.
- Na de fotodag ontvangt u via Smartschool een persoonlijke code om de foto's te bekijken en eventueel te bestellen. Bestellen is niet verplicht.
- De pasfoto wordt ook gebruikt voor de leerlingenkaart en in Smartschool.
- Heeft u geen toestemming gegeven voor de klasfoto, dan laten we uw kind niet mee poseren.

De fotograaf verwijdert alle beelden en gegevens uiterlijk op 31 december.""",
  sig="sec", fmt="8bit", bcc=["ouders"],
  note="School photo day announcement explaining what data goes to the photographer; the personal viewing code is mentioned but not given.")

M("2025-02-26 11:00", "privacy", "priv-overdracht-schoolverandering", "nadia", [P("Marta Zielińska", "marta.zielinska@gmail.com")],
  "RE: welke gegevens gaan naar een nieuwe school?",
  """Beste mevrouw Zielińska

U vroeg welke gegevens een school doorgeeft wanneer een leerling van school verandert. Dat is wettelijk geregeld en geldt voor elke leerling.

- De nieuwe school vraagt de gegevens op; wij geven enkel door wat nodig is om de leerling verder te begeleiden, zoals de studiekeuze, de laatste attesten en afspraken rond begeleiding.
- U wordt daarover vooraf geïnformeerd en u kan de gegevens op uw vraag eerst inkijken.
- U kan zich verzetten tegen het doorgeven, behalve voor gegevens die verplicht moeten worden doorgegeven (bv. een gemotiveerd verslag of een verslag voor het buitengewoon onderwijs) en voor de gegevens die de overheid nodig heeft.
- Tuchtdossiers worden niet doorgegeven.
- Het CLB-dossier gaat apart, van CLB naar CLB.

Hopelijk maakt dit het wat duidelijker.""",
  sig="nadia", fmt="qp",
  quote={"who": P("Marta Zielińska", "marta.zielinska@gmail.com"), "date": "2025-02-25 19:27", "style": "outlook", "to": "nadia",
         "subj": "welke gegevens gaan naar een nieuwe school?",
         "text": "Goedendag,\n\nIk ben benieuwd: als een leerling van school verandert, wat krijgt de nieuwe school dan allemaal te zien? Ik vind het moeilijk terug te vinden in het reglement.\n\nGroeten,\nMarta Zielińska"},
  note="General rules on transfer of pupil data between schools, for a parent who asked out of interest.")

M("2024-09-10 16:30", "privacy", "priv-ict-bcc-handleiding", "mathias", ["mathias"],
  "Handleiding: BCC gebruiken in Outlook en Smartschool",
  """Dag collega's

Omdat er vorige week een paar mails met alle ouders van een klas in 'Aan' vertrokken, hierbij een korte handleiding.

## Outlook (web en app)
1. Klik bij een nieuw bericht op 'Bcc' rechts van het veld 'Aan'.
2. Zet de groep (bv. ouders-3b@) of de individuele adressen in het Bcc-veld.
3. In 'Aan' zet je jezelf of laat je het leeg.

## Smartschool
Berichten naar een klasgroep gaan daar automatisch afzonderlijk naar elke ontvanger; je hoeft niets te doen. Vink wel 'antwoorden naar iedereen' uit.

## Waarom?
Zo zien ouders elkaars adres niet en kan niemand per ongeluk 'allen beantwoorden'.

Vragen? Je vindt me in het ICT-lokaal of via Smartschool.""",
  sig="mathias", fmt="html", style="outlook", bcc=["personeel"],
  note="ICT coordinator's how-to on using BCC for staff; no addresses or credentials.")

# ==========================================================================
# Nieuwsbrief
# ==========================================================================
M("2024-09-13 17:00", "nieuwsbrief", "nb-september", "info", "undisclosed",
  "Nieuwsbrief september - welkom in het nieuwe schooljaar",
  """## Beste ouders
Het schooljaar is goed op gang. Meer dan 1100 leerlingen en 120 personeelsleden vonden hun weg naar de Naamsestraat. Een speciaal welkom aan de 210 nieuwe leerlingen van het eerste jaar en aan alle nieuwe ouders.

## Agenda
[[TABLE:agenda]]

## Nieuw dit jaar
- De afwezigheidsbriefjes in de agenda zijn vervangen door een formulier in Smartschool.
- De refter is vernieuwd: er is elke dag soep en een warme maaltijd (bestellen via Smartschool, uiterlijk de dag voordien om 12 uur).
- De studiezaal is open tot 17.30 uur.

## Medicatie en attesten
Denk aan het nieuwe attest medicatie voor dit schooljaar en bezorg attesten voor begeleiding aan de zorgcoördinator (info in de aparte brieven).

## Ouderraad
De ouderraad zoekt nieuwe leden! Eerste vergadering op dinsdag 1 oktober om 20 uur in de leraarskamer. Iedereen welkom.

Het secretariaat is bereikbaar elke schooldag van 7.45 tot 16.45 uur, op woensdag tot 12.30 uur, op 016 29 41 50.""",
  fmt="html", style="news", bcc=["ouders"],
  tables={"agenda": [["Datum", "Activiteit"], ["do 19 sep", "infoavond eerste jaar, 19.30 uur"],
                     ["ma 23 sep", "start 'leren leren'"], ["wo 25 sep", "facultatieve vrije dag"],
                     ["do 3 - vr 4 okt", "schoolfotograaf"], ["di 8 - do 10 okt", "systematisch contact CLB 3de jaar"]]},
  pd=True, note="September newsletter to all parents; school phone number at the end.")

M("2024-10-11 16:30", "nieuwsbrief", "nb-oktober", "info", "undisclosed",
  "Nieuwsbrief oktober",
  """## Terugblik
De sportdag van de eerste graad was een groot succes, dankzij het mooie weer en de vele enthousiaste leerlingen. Foto's (enkel sfeerbeelden) staan op de website.

## Herfstvakantie
De herfstvakantie loopt van maandag 28 oktober tot en met zondag 3 november. Vrijdag 25 oktober eindigen de lessen om 12.05 uur.

## Rapport en oudercontact
Het eerste rapport gaat mee op vrijdag 25 oktober. Op donderdag 7 november is er oudercontact voor alle jaren. U kan vanaf 28 oktober een tijdstip reserveren via Smartschool.

## Gezondheid
In sommige klassen werden luizen gevonden. Kijk de haren van uw kind na en behandel indien nodig. Luizen zijn vervelend, maar hebben niets met hygiëne te maken.

## Week van de Mobiliteit
Dank aan iedereen die met de fiets of te voet naar school kwam. De klas met de meeste fietskilometers (4C) krijgt een ontbijt aangeboden.

## Vraag van de leerlingenraad
De leerlingenraad verzamelt oude gsm's voor een goed doel. Een doos staat aan het onthaal.""",
  fmt="alt", style="news", bcc=["ouders"],
  note="October newsletter to all parents; lice mentioned only in general.")

M("2024-11-22 18:10", "nieuwsbrief", "nb-november", "info", "undisclosed",
  "Nieuwsbrief november: examens in aantocht",
  """## Beste ouders
Nog twee weken les en dan begint voor de meeste leerlingen de eerste examenperiode van het schooljaar. Voor de eerstejaars is dat een grote stap. In deze nieuwsbrief vindt u wat praktische informatie.

## Examenregeling
Elke leerling krijgt op maandag 2 december zijn persoonlijke examenrooster via Smartschool. De examens van de eerste graad starten op maandag 9 december, die van de tweede en derde graad op woensdag 4 december.

## Studeren thuis
Het CLB en onze leerlingenbegeleiders geven op dinsdag 26 november om 19.30 uur een korte sessie voor ouders: 'Hoe help ik mijn kind (niet) tijdens de blok?' Inschrijven via het formulier op Smartschool.

## De Warmste Week
Van 16 tot 21 december steunen we met de leerlingenraad een Leuvense organisatie voor jongeren. Meer info volgt.

## Verloren voorwerpen
De kast met verloren voorwerpen puilt uit: jassen, brooddozen, drinkbussen, zelfs een paar fietshelmen. Alles wat op 20 december nog niet is opgehaald, gaat naar de kringwinkel.""",
  fmt="html", style="news", bcc=["ouders"],
  note="November newsletter for all parents.")

M("2024-12-20 14:00", "nieuwsbrief", "nb-december", "info", "undisclosed",
  "Nieuwsbrief december - fijne feestdagen",
  """## Beste ouders
Het eerste trimester zit erop. Bedankt voor uw steun en vertrouwen.

## Rapport
Alle leerlingen kregen vandaag hun rapport mee. Heeft u vragen bij het rapport, dan kan u op maandag 6 januari een gesprek aanvragen met de klastitularis.

## De Warmste Week
Met soepverkoop, een sponsorloop en de kerstmarkt haalden onze leerlingen samen € 4 812 op. Dank aan iedereen die meedeed!

## Schoolrekening
Begin januari ontvangt u de tweede schoolrekening van dit schooljaar. Heeft u vragen of lukt het even moeilijk om te betalen, neem dan discreet contact op met de boekhouding. Samen zoeken we een oplossing.

## Kerstvakantie
De kerstvakantie loopt van maandag 23 december tot en met zondag 5 januari. De lessen hervatten op maandag 6 januari om 8.25 uur.

## Steun de ouderraad
Wie de werking van de ouderraad wil steunen, kan een vrije bijdrage storten op BE87 1432 2075 1994 met vermelding 'steun ouderraad'.

Wij wensen u en uw gezin een warme kerst en een gelukkig nieuwjaar!""",
  fmt="alt", style="news", bcc=["ouders"],
  pd=True, note="December newsletter for all parents; contains the parents' council IBAN; the invoice remark is general.")

M("2025-01-17 16:45", "nieuwsbrief", "nb-januari", "info", "undisclosed",
  "Nieuwsbrief januari",
  """Beste ouders

Een gelukkig nieuwjaar aan iedereen! Hieronder het nieuws van januari.

STUDIEKEUZE
Voor de ouders van het tweede, vierde en zesde jaar staat de studiekeuze weer centraal. Noteer alvast de infoavonden:
- tweede jaar: donderdag 13 maart
- vierde jaar: dinsdag 18 maart
- zesde jaar: SID-in beurs in Leuven op 7 en 8 februari (leerlingen gaan met de school)

SKIREIS
De leerlingen van het zesde jaar vertrekken op vrijdag 28 februari naar Oostenrijk. De laatste infovergadering is op dinsdag 11 februari om 19.30 uur.

LERAARSKAMER IN DE KIJKER
Mevrouw Kasia Nowak versterkt sinds januari de vakgroep Engels. Welkom!

REFTER
Vanaf februari is er op dinsdag een vegetarische dagschotel.

PEDAGOGISCHE STUDIEDAG
Woensdag 29 januari is een pedagogische studiedag. Er zijn geen lessen.""",
  fmt="b64", bcc=["ouders"],
  note="January newsletter, plain text base64, to all parents.")

M("2025-02-14 15:20", "nieuwsbrief", "nb-februari", "info", "undisclosed",
  "Nieuwsbrief februari - Vlaamse Week tegen Pesten",
  """Beste ouders

Van 14 tot 21 februari is het de Vlaamse Week tegen Pesten. Op school staan we er samen bij stil.

Wat doen we?
- Alle klassen van de eerste graad werken tijdens de klasuren rond groepssfeer en online omgangsvormen.
- De leerlingenraad hangt een 'complimentenmuur' op in de hal.
- Op vrijdag 21 februari dragen we allemaal iets fluo: 'pesten, daar zie je niet over'.

Hoe kan u thuis helpen? Vraag niet alleen 'hoe was het op school?', maar ook 'met wie zat je vandaag aan tafel?'. En als uw kind iets vertelt, luister eerst. Ons pestbeleid staat op de website.

KROKUSVAKANTIE
Van maandag 3 tot en met zondag 9 maart.

OPENDEURDAG
Zaterdag 22 maart van 10 tot 13 uur. Vertel het gerust aan buren en vrienden met kinderen in het zesde leerjaar.""",
  fmt="qp", bcc=["ouders"],
  note="February newsletter about an anti-bullying week; general, no incident.")

M("2025-03-14 17:00", "nieuwsbrief", "nb-maart", "info", "undisclosed",
  "Nieuwsbrief maart",
  """## Week van de Lentekriebels
Van 17 tot 21 maart werken de klassen van het eerste en derde jaar rond relaties, vriendschap en grenzen. De lessen worden gegeven door onze eigen leerkrachten, in het derde jaar met een externe vormingswerker. Meer uitleg vindt u in de aparte brief.

## Opendeurdag
Op zaterdag 22 maart verwelkomen we toekomstige leerlingen en hun ouders. We zoeken nog ouders die aan de infostand willen vertellen over hun ervaringen. Interesse? Laat het weten aan het secretariaat.

## Inschrijvingen broers en zussen
Broers en zussen van huidige leerlingen kunnen voorrang krijgen. Aanmelden kan van 3 tot 14 maart via het Leuvense aanmeldsysteem.

## Rapport
Het paasrapport gaat mee op vrijdag 4 april.""",
  fmt="html", style="news", bcc=["ouders"],
  note="March newsletter for all parents.")

M("2025-04-04 12:00", "nieuwsbrief", "nb-april", "info", "undisclosed",
  "Nieuwsbrief april - paasvakantie en sportdag",
  """## Paasvakantie
De paasvakantie loopt van maandag 7 tot en met maandag 21 april (paasmaandag). De lessen hervatten op dinsdag 22 april.

## Sportdag
Op donderdag 8 mei is het sportdag voor de hele school. De eerste graad blijft op school en in het Sportoase-complex, de tweede en derde graad trekken naar de Kessel-Lo provinciedomein. Kledij en lunchpakket: zie de brief van de vakgroep LO.

## Uitstappen
[[TABLE:uitstap]]

## Boeken voor volgend schooljaar
Vanaf half mei kan u de boeken voor volgend jaar bestellen via de webshop van onze boekenleverancier. U ontvangt de link via Smartschool.""",
  fmt="alt", style="news", bcc=["ouders"],
  tables={"uitstap": [["Klas", "Bestemming", "Datum"], ["1ste jaar", "Gallo-Romeins Museum Tongeren", "di 29 april"],
                      ["3de jaar", "Ieper en de Westhoek", "do 15 mei"], ["4de jaar", "Brussel - Parlementarium", "di 20 mei"]]},
  note="April newsletter for all parents with trip table.")

M("2025-05-16 16:20", "nieuwsbrief", "nb-mei", "info", "undisclosed",
  "Nieuwsbrief mei - de laatste rechte lijn",
  """Beste ouders

Nog enkele weken les en dan begint de examenperiode. Een paar zaken om alvast te noteren:

- De examenroosters verschijnen op maandag 26 mei in Smartschool.
- Tijdens de examens is de studiezaal open tot 16 uur voor wie op school wil studeren.
- Leerlingen die na het examen naar huis gaan, hebben daarvoor de toestemming van de ouders nodig (formulier in Smartschool).
- Hemelvaart (donderdag 29 mei) en de brugdag (vrijdag 30 mei) zijn vrije dagen. Pinkstermaandag 9 juni ook.

Tip van de leerlingenbegeleiding: voldoende slaap is in de blok belangrijker dan een uurtje extra studeren. Spreek samen af wanneer de gsm 's avonds aan de lader gaat - buiten de slaapkamer.

Het schooljaar eindigt op maandag 30 juni om 12 uur.""",
  fmt="cp1252", bcc=["ouders"],
  note="May newsletter, windows-1252 plain text, to all parents.")

M("2025-06-27 18:30", "nieuwsbrief", "nb-juni", "info", "undisclosed",
  "Nieuwsbrief juni - bedankt en fijne vakantie",
  """## Beste ouders
Het schooljaar zit erop. Onze zesdejaars namen vandaag afscheid met een prachtige proclamatie. We wensen hen veel succes in hun verdere studies of op de arbeidsmarkt.

## Schoolrekening
De laatste schoolrekening van dit schooljaar volgt begin juli. Er worden geen nieuwe kosten meer aangerekend na die datum.

## Boekenverkoop
De tweedehandsboekenbeurs van de ouderraad gaat door op zaterdag 23 augustus van 9 tot 12 uur in de refter.

## Start volgend schooljaar
Maandag 1 september: enkel de eerstejaars, van 8.25 tot 15 uur.
Dinsdag 2 september: alle leerlingen.

## Het secretariaat tijdens de vakantie
Het secretariaat is open van 1 tot 4 juli en vanaf 18 augustus, telkens van 9 tot 12 uur. Voor dringende zaken: 016 29 41 50.

Een deugddoende zomer gewenst!""",
  fmt="alt", style="news", bcc=["ouders"],
  pd=True, note="June newsletter to all parents; school phone number included.")

M("2024-10-14 20:05", "nieuwsbrief", "nb-resume-fr", "marie", [P("Jean-Pierre Kabongo", "jp.kabongo@gmail.com")],
  "Résumé de la lettre d'information d'octobre",
  """Bonsoir Monsieur Kabongo,

Comme convenu, voici un petit résumé en français de la lettre d'information d'octobre, envoyée à tous les parents.

- Vacances d'automne : du lundi 28 octobre au dimanche 3 novembre. Le vendredi 25 octobre, les cours se terminent à 12h05.
- Premier bulletin : le vendredi 25 octobre.
- Réunion de parents : le jeudi 7 novembre. Vous pouvez réserver un moment sur Smartschool à partir du 28 octobre. Si vous souhaitez un interprète, faites-le-moi savoir avant le 31 octobre.
- Poux : dans certaines classes, on a trouvé des poux. Contrôlez les cheveux de votre enfant et traitez si nécessaire.
- Le conseil des élèves récolte de vieux téléphones pour une bonne cause (boîte à l'accueil).

N'hésitez pas à me contacter pour toute question.""",
  sig="marie", fmt="8bit", lang="fr",
  fwd_attached={"date": "2024-10-11 16:30", "slug": "nb-oktober-inner", "frm": "info", "to": "undisclosed",
                "subj": "Nieuwsbrief oktober", "fmt": "html", "style": "news",
                "body": """## Herfstvakantie
De herfstvakantie loopt van maandag 28 oktober tot en met zondag 3 november. Vrijdag 25 oktober eindigen de lessen om 12.05 uur.

## Rapport en oudercontact
Het eerste rapport gaat mee op vrijdag 25 oktober. Op donderdag 7 november is er oudercontact voor alle jaren.

## Gezondheid
In sommige klassen werden luizen gevonden. Kijk de haren van uw kind na en behandel indien nodig."""},
  note="French summary of the general October newsletter for one parent, with the Dutch newsletter attached as message.")

# ==========================================================================
# Pesten
# ==========================================================================
M("2024-09-26 11:15", "pesten", "pest-beleid-samenvatting", "sofie", "undisclosed",
  "Ons pestbeleid in het kort",
  """Beste ouders

Elke leerling moet zich veilig kunnen voelen op school. Daarom hebben we een pestbeleid, dat u volledig kan lezen op de website. Hier de kern.

## Plagen of pesten?
Plagen gebeurt tussen gelijken, is niet kwetsend bedoeld en gaat snel over. Pesten is herhaaldelijk, gericht tegen dezelfde persoon, met een machtsverschil. Wie gepest wordt, kan zich moeilijk verdedigen. Pesten kan ook online, via groepsgesprekken of sociale media.

## Wat doen we?
1. Voorkomen: aandacht voor groepssfeer in de klasuren, afspraken over online gedrag, toezicht op de speelplaats en in de gangen.
2. Signaleren: leerkrachten, opvoeders en leerlingenbegeleiders zijn alert. Leerlingen kunnen ook een melding doen via het meldformulier in Smartschool, eventueel anoniem.
3. Aanpakken: we luisteren naar alle betrokkenen. Vaak werken we met een 'gesprek zonder schuldvraag' (no-blame): de groep rond de gepeste leerling wordt mee verantwoordelijk gemaakt om het te doen stoppen. Als dat niet volstaat, volgen ordemaatregelen of tuchtmaatregelen.
4. Opvolgen: we blijven contact houden met de betrokken leerlingen en hun ouders tot de situatie echt veilig is.

## Wat vragen we van u?
Merkt u iets of vertelt uw kind iets, neem dan contact op met de klastitularis of de leerlingenbegeleiding. Reageer liever niet zelf naar andere leerlingen of ouders, ook niet online.""",
  sig="sofie", fmt="alt", bcc=["ouders"],
  note="Summary of the anti-bullying policy for all parents.")

M("2024-10-17 18:00", "pesten", "pest-tips-ouders", "tom", "undisclosed",
  "Tips voor ouders: als uw kind gepest wordt, of zelf pest",
  """Beste ouders

Op het oudercontact kregen we de vraag of we wat houvast konden geven. Deze tips zijn algemeen; elke situatie is anders.

## Als uw kind vertelt dat het gepest wordt
- Luister en neem het ernstig, ook als het 'maar klein' lijkt.
- Vraag wat er precies gebeurt, wanneer en door wie. Bewaar screenshots van online berichten.
- Beloof niet dat u niets zal doen, maar spreek samen af wat de volgende stap is.
- Neem contact op met de school. Hoe vroeger, hoe makkelijker we kunnen ingrijpen.

## Signalen die kunnen wijzen op pesten
Niet meer naar school willen, buikpijn op zondagavond, spullen die kwijt of kapot zijn, zich terugtrekken, plots geen vrienden meer vernoemen. Eén signaal zegt niet veel; een combinatie wel.

## Als u hoort dat uw kind pest
Schrik niet en reageer niet alleen met straf. Probeer te begrijpen wat er speelt: groepsdruk, zelf gekwetst zijn, niet beseffen wat het effect is. Wij werken graag samen met u aan een oplossing.

Vragen? De leerlingenbegeleiding staat voor u klaar.""",
  sig="tom", fmt="html", style="news", bcc=["ouders"],
  note="General advice for parents about bullying; signs and steps, no case.")

M("2025-01-28 10:40", "pesten", "pest-cyberpesten-lezing", "sofie", "undisclosed",
  "Lezing voor ouders: online pesten en groepschats",
  """Beste ouders

Veel conflicten tussen jongeren beginnen of lopen verder in groepschats en op sociale media, ook 's avonds en in het weekend. Dat maakt het voor ouders en school moeilijk om zicht te krijgen op wat er gebeurt.

Daarom nodigen we u uit op een lezing van Child Focus over online pesten:

Wanneer: dinsdag 11 februari, van 19.30 tot 21 uur
Waar: aula, Naamsestraat 112
Voor wie: alle ouders, in het bijzonder van de eerste en tweede graad

Onderwerpen:
- hoe jongeren online met elkaar omgaan;
- wat online pesten is en wat (nog) niet;
- wat u als ouder kan doen, en wat beter niet;
- hoe de school optreedt, ook als het buiten de schooluren gebeurt.

Inschrijven is niet verplicht, maar helpt ons om de zaal klaar te zetten (formulier op Smartschool).""",
  sig="sofie", fmt="qp", bcc=["ouders"],
  note="Invitation to a parents' lecture on cyberbullying; general.")

M("2025-02-04 19:20", "pesten", "pest-klas-groepssfeer", "wout", "undisclosed",
  "Groepssfeer in de klas - wat we de komende weken doen",
  """Beste ouders van 2B

Als klastitularis wil ik u even laten weten waar we de komende weken in de klas aan werken.

Na de kerstvakantie merkten verschillende leerkrachten dat de sfeer in de klas minder goed zit dan in het eerste trimester: er wordt vaker door elkaar gepraat, er zijn groepjes die zich afsluiten en er zijn wat vervelende opmerkingen in de groepschat. Dat is niet ongewoon in het tweede jaar, maar we willen er wel op tijd werk van maken.

Wat doen we?
- Tijdens drie klasuren werkt de leerlingenbegeleiding met de hele klas rond 'hoe willen wij met elkaar omgaan', ook online.
- De leerlingen maken samen klasafspraken, die ze zelf ondertekenen.
- We wisselen de vaste plaatsen in de klas af.

Hoe kan u helpen? Praat er thuis eens over, zonder naar schuldigen te zoeken. Vraag hoe uw kind zelf de sfeer ervaart en wat het zou helpen.

Wil u er meer over weten, stuur me gerust een berichtje.

Vriendelijke groeten
Wout De Smedt
klastitularis 2B""",
  fmt="8bit", bcc=[P("", "ouders-2b@" + D)],
  note="Class-level letter about group atmosphere sent to all parents of one class; no pupil identified.")

M("2024-11-08 09:05", "pesten", "pest-politique-fr", "sofie", [P("Nathalie Lefèvre", "nathalie.lefevre@skynet.be")],
  "Notre politique contre le harcèlement",
  """Chère Madame Lefèvre,

Merci pour votre question lors de la réunion de parents. Voici en français les grandes lignes de notre politique contre le harcèlement, valable pour toute l'école.

1. Prévention : nous travaillons l'ambiance de classe pendant les heures de titulariat et nous faisons des accords sur le comportement en ligne.
2. Signalement : les élèves peuvent signaler une situation à un enseignant, à l'équipe d'accompagnement ou via un formulaire (même anonyme) sur Smartschool.
3. Approche : nous écoutons toutes les personnes concernées. Souvent, nous utilisons la méthode « sans blâme », qui rend le groupe responsable pour que le harcèlement s'arrête. Si cela ne suffit pas, des sanctions suivent.
4. Suivi : nous restons en contact avec les élèves et leurs parents jusqu'à ce que la situation soit vraiment sûre.

Si vous constatez quelque chose, prenez contact avec le titulaire de classe ou l'équipe d'accompagnement. Je vous conseille de ne pas réagir vous-même envers d'autres élèves ou parents.""",
  sig="sofie", fmt="b64", lang="fr",
  note="French summary of the school's anti-bullying policy for one parent who asked in general.")

M("2024-10-04 15:30", "pesten", "pest-meldformulier", "tom", "undisclosed",
  "Nieuw: meldformulier 'Ik zit ermee' in Smartschool",
  """Beste ouders

Niet elke leerling durft rechtstreeks naar een leerkracht te stappen als er iets scheelt. Daarom is er vanaf nu in Smartschool een meldformulier 'Ik zit ermee'.

- Leerlingen kunnen er melden dat ze zelf gepest worden, dat ze zien dat iemand anders gepest wordt, of dat ze ergens anders mee zitten.
- Ze kunnen kiezen of ze hun naam vermelden. Anoniem melden kan ook.
- Enkel de leerlingenbegeleiders zien de meldingen.
- We reageren binnen twee schooldagen.

Het formulier is geen vervanging voor een gesprek, maar een eerste stap. Wilt u het eens samen met uw kind bekijken? U vindt het via 'Formulieren' in het menu van uw kind.""",
  sig="tom", fmt="cp1252", bcc=["ouders"],
  note="Announcement of an anonymous reporting form for all pupils, to all parents.")

M("2024-12-02 20:15", "pesten", "pest-groepschats", "yusuf", "undisclosed",
  "Klasgroepen op WhatsApp en Snapchat",
  """Beste ouders van het derde jaar

Bijna elke klas heeft een groepschat. Dat is handig om af te spreken of huiswerk te vragen, maar we zien ook dat er geregeld dingen gebeuren die niet oké zijn: iemand uit de groep zetten, screenshots doorsturen, foto's delen zonder toestemming.

De school beheert die groepen niet en leest ze niet mee. Wij komen wel tussen als wat online gebeurt, het schoolleven verstoort.

Enkele afspraken die we met de leerlingen maakten:
- Je deelt geen foto's of filmpjes van anderen zonder te vragen.
- Je zet niemand uit de groep om hem of haar te kwetsen.
- Je stuurt geen privéberichten van anderen door.
- 's Avonds na 22 uur zwijgt de groep.

Bespreek ze gerust thuis.

Vriendelijke groeten
Yusuf Demir
graadcoördinator derde jaar""",
  fmt="b64", bcc=[OUDERS_3],
  note="General advice about class group chats for all third-year parents.")

M("2024-10-23 16:10", "pesten", "pest-noblame-vorming", "tom", ["tom"],
  "Vorming 'gesprek zonder schuldvraag' - 13 november",
  """Dag collega's

Op woensdag 13 november (14 - 16 uur, vergaderzaal) geven Elif en ik een korte vorming over de no-blame-aanpak, die we sinds vorig jaar gebruiken bij pestsituaties.

Wat komt aan bod:
- de zeven stappen van het gesprek zonder schuldvraag;
- hoe je een steungroep samenstelt;
- wanneer no-blame niet de juiste aanpak is (bv. bij ernstig geweld);
- hoe je de opvolging noteert in het leerlingvolgsysteem.

We werken met fictieve casussen, dus geen echte leerlingen. Klastitularissen van de eerste graad worden zeker verwacht; anderen zijn welkom.

Inschrijven: zet je naam op de lijst in de leraarskamer.""",
  sig="tom", fmt="alt", bcc=["personeel"],
  note="Internal staff training announcement on the no-blame method with fictional cases.")

M("2024-11-27 21:02", "pesten", "pest-reply-wat-doet-school", "elif", [P("Samira Aouragh", "samira.aouragh@hotmail.com")],
  "Re: vraagje over pesten",
  """Dag mevrouw Aouragh

Wat fijn dat uw zoon daar thuis over vertelt. In de klas praten we deze weken inderdaad over pesten, in alle klassen van de tweede graad.

In het kort gebeurt er dit als er gepest wordt:
1. We praten met de leerling die gepest wordt: wat is er gebeurd, wat heeft hij of zij nodig?
2. Meestal brengen we daarna een kleine groep samen: de leerlingen die betrokken zijn, ook de meelopers en een paar leerlingen die goed liggen in de klas. We zoeken samen hoe het kan stoppen, zonder met de vinger te wijzen.
3. Na een week of twee kijken we of het beter gaat.
4. Stopt het niet, dan volgen er sancties volgens het schoolreglement.
5. Ouders worden op de hoogte gehouden.

Ons volledig pestbeleid staat op de website onder 'Welzijn'.

Vriendelijke groet
Elif Yıldız
leerlingenbegeleiding 2de en 3de graad""",
  fmt="qp",
  quote={"who": P("Samira Aouragh", "samira.aouragh@hotmail.com"), "date": "2024-11-27 19:44",
         "text": "Goedenavond mevrouw,\n\nMijn zoon vertelde dat ze in de klas over pesten gepraat hebben en hij vroeg me wat de school eigenlijk doet als iemand gepest wordt. Ik kon het hem niet goed uitleggen. Kan u het kort zeggen?\n\nBedankt\nSamira"},
  note="Counsellor explains the general bullying procedure to a parent whose son asked out of interest; no incident.")

M("2025-02-07 07:55", "pesten", "pest-week-personeel", "sofie", ["sofie"],
  "Week tegen Pesten: wat doen we in de klas?",
  """Dag iedereen

Volgende week (14-21 februari) is het de Vlaamse Week tegen Pesten. Even wat we afgesproken hebben:

- 1ste graad: in het klasuur van maandag de les 'Online ben je ook jezelf' (materiaal staat in de gedeelde map 'Welzijn').
- 2de en 3de graad: de klastitularis toont het filmpje van de leerlingenraad en laat de klas drie eigen klasafspraken formuleren.
- De complimentenmuur in de hal: moedig je klas aan om er iets op te hangen.
- Vrijdag: fluodag. Wie wil, trekt zelf ook iets fluo aan.

Zie je tijdens de week iets dat je zorgen baart, meld het zoals altijd via het leerlingvolgsysteem, niet in de groepschat van het team.

Dank!
Sofie""",
  fmt="8bit", bcc=["personeel"],
  note="Internal plan for anti-bullying week activities; no pupil.")

M("2025-03-06 13:30", "pesten", "pest-welbevinden-resultaten", "dir", "undisclosed",
  "Resultaten van de bevraging welbevinden",
  """Geachte ouders

In januari vulden alle leerlingen anoniem een vragenlijst in over hun welbevinden op school. Dank aan iedereen die meewerkte. Hieronder enkele resultaten.

[[TABLE:res]]

Wat nemen we mee?
- De meeste leerlingen voelen zich goed op school, maar niet iedereen weet bij wie hij of zij terechtkan. We maken de leerlingenbegeleiding zichtbaarder en de babbelbox blijft open.
- Online pesten wordt vaker genoemd dan pesten op school. We werken daar volgend schooljaar verder aan in alle jaren.
- De toiletten scoren slecht. De renovatie is gepland voor de zomer.

De volledige resultaten worden besproken op de schoolraad van 25 maart.""",
  sig="dir", fmt="alt", bcc=["ouders"],
  tables={"res": [["Stelling", "Akkoord", "Niet akkoord"], ["Ik voel me goed op school", "84 %", "16 %"],
                  ["Ik weet bij wie ik terechtkan als ik me niet goed voel", "71 %", "29 %"],
                  ["Ik werd dit schooljaar gepest op school", "9 %", "91 %"],
                  ["Ik werd dit schooljaar online gepest", "14 %", "86 %"]]},
  note="Aggregated anonymous survey results for all parents; no individual data.")

# ==========================================================================
# Advies
# ==========================================================================
M("2024-10-15 20:30", "advies", "adv-schermtijd-slaap", "tom", "undisclosed",
  "Schermen en slaap: een paar tips",
  """Beste ouders

Op het oudercontact kwam het thema telkens terug: jongeren die 's avonds laat nog op hun gsm zitten en 's morgens moeilijk uit bed raken. Geen verwijt, het is herkenbaar in veel gezinnen (en ook bij volwassenen). Een paar tips die we van het CLB meekregen:

- Tieners hebben gemiddeld 8 tot 10 uur slaap nodig. In de puberteit schuift het slaapritme op; later moe worden is dus normaal.
- Het licht van schermen en vooral de spanning van berichten en filmpjes maken het moeilijker om in slaap te vallen.
- Spreek samen een vaste plek af waar alle gsm's 's nachts opladen, buiten de slaapkamer. Geldt voor iedereen in huis.
- Een gewone wekker helpt om de gsm niet meer naast het bed te leggen.
- Maak afspraken in overleg, niet als straf. Jongeren houden zich beter aan regels die ze mee bedacht hebben.
- In het weekend uitslapen mag, maar liefst niet meer dan twee uur later dan op schooldagen.

Meer tips vindt u op de website van het Vlaams Instituut Gezond Leven.""",
  sig="tom", fmt="alt", style="gmail", bcc=["ouders"],
  note="General parenting advice on screens and sleep for all parents.")

M("2025-01-30 17:25", "advies", "adv-slaap-infografiek", "inge", "undisclosed",
  "Hoeveel slaap heeft uw tiener nodig?",
  """## Slaap: onderschat en belangrijk
Uit de welzijnsbevraging blijkt dat bijna de helft van onze leerlingen van de tweede graad op schooldagen minder dan zeven uur slaapt. Dat merken de leerkrachten: concentratieproblemen in het eerste lesuur, prikkelbaarheid, vaker hoofdpijn.

## Hoeveel is genoeg?
[[TABLE:slaap]]

## Wat helpt?
- Elke dag ongeveer op hetzelfde uur opstaan, ook in het weekend.
- Een uur voor het slapengaan geen schermen, geen energiedrank, geen cola.
- Overdag bewegen en buiten komen.
- Piekeren? Een notitieboekje naast het bed om zorgen even 'neer te leggen'.

Slaapt uw kind langere tijd slecht, praat er dan over met uw huisarts of met het CLB.""",
  fmt="html", style="news", bcc=["ouders"],
  tables={"slaap": [["Leeftijd", "Aanbevolen slaap per nacht"], ["12 - 13 jaar", "9 tot 11 uur"], ["14 - 17 jaar", "8 tot 10 uur"], ["18 jaar en ouder", "7 tot 9 uur"]]},
  note="General sleep advice with aggregated survey figure for all parents.")

M("2024-11-29 12:40", "advies", "adv-examenstress", "elif", "undisclosed",
  "Examenstress: hoe kan u uw kind steunen?",
  """Beste ouders

Volgende week beginnen de examens. Een beetje spanning is gezond: het helpt om te focussen. Maar soms wordt het te veel. Wat kan u doen?

Wel doen:
- vragen hoe het met uw kind gaat, niet alleen hoe het examen ging;
- zorgen voor regelmaat: op tijd eten, slapen, even buiten;
- een rustige plek om te studeren voorzien, zonder gsm binnen handbereik;
- na een examen even stilstaan bij wat goed ging;
- pauzes toelaten: vijf minuten per half uur is geen tijdverlies.

Liever niet:
- voortdurend vergelijken met broers, zussen of klasgenoten;
- het examen van morgen 's avonds laat nog eens overhoren tot het 'perfect' zit;
- beloningen of straffen koppelen aan punten.

Ziet u dat de stress uw kind echt blokkeert (niet meer eten, niet meer slapen, paniek), neem dan contact op met de klastitularis of met de leerlingenbegeleiding. Ook het CLB kan helpen.

Veel succes aan alle studenten, en sterkte aan de ouders!

Elif Yıldız
leerlingenbegeleiding""",
  sig=None, fmt="qp", bcc=["ouders"],
  note="Exam-stress advice for all parents; the signs listed are generic, no pupil mentioned.")

M("2024-11-21 10:10", "advies", "adv-blokplanning", "jan", "undisclosed",
  "Een goede examenplanning maken (vooral voor het eerste jaar)",
  """Beste ouders van het eerste jaar

Voor veel eerstejaars is het de eerste keer dat ze echt 'blokken'. Een planning maken helpt enorm. In de les 'leren leren' oefenden we dat al; hieronder de stappen, zodat u thuis kan meekijken.

1. Zet de examens in een kalender, met de lege dagen ertussen.
2. Maak per vak een lijstje van de leerstof: hoofdstukken, oefeningen, woordjes.
3. Schat in hoeveel tijd elk vak nodig heeft. Moeilijke vakken krijgen meer tijd.
4. Verdeel de leerstof over de dagen vóór het examen. Laat de dag voor het examen vrij voor herhaling.
5. Plan ook pauzes, sport en ontspanning in.
6. Kijk elke avond kort na of de planning gelukt is en pas aan als het nodig is.

Een sjabloon voor een blokplanning vindt uw kind in Smartschool, bij 'vak leren leren'.""",
  sig="jan", fmt="8bit", bcc=[OUDERS_1],
  note="Study-planning advice for all first-year parents.")

M("2025-03-20 08:50", "advies", "adv-ontbijt-energiedrank", "inge", "undisclosed",
  "Gezond de dag starten (en waarom we energiedrank weren)",
  """Beste ouders

Een goed ontbijt helpt om geconcentreerd te blijven tot de middag. We zien nochtans elke dag leerlingen die zonder ontbijt vertrekken, of die hun ontbijt vervangen door een blikje energiedrank uit de supermarkt op weg naar school.

Daarom:
- Vanaf 1 april zijn energiedranken niet meer toegelaten op school (aanpassing schoolreglement, deel II, 3.8). Ze bevatten veel suiker en cafeïne en zijn niet geschikt voor jongeren.
- Leerlingen die 's morgens geen tijd hebben, kunnen tot 8.20 uur een boterham of fruit eten in de refter.
- Water drinken mag altijd, ook in de les.

Enkele ideeën voor een snel ontbijt: yoghurt met havervlokken, een boterham met kaas, een banaan en een glas melk.

Dank om dit mee te ondersteunen.""",
  sig="inge", fmt="cp1252", bcc=["ouders"],
  note="Healthy breakfast advice and energy-drink rule for all parents.")

M("2025-04-24 16:00", "advies", "adv-vapes", "dir", "undisclosed",
  "Vapes en e-sigaretten bij jongeren",
  """Geachte ouders

Vapes (e-sigaretten, 'puffs') zijn in korte tijd populair geworden bij jongeren, ook bij leerlingen van de eerste graad. Ze zien er onschuldig uit, ruiken naar snoep, maar bevatten vaak veel nicotine. Jongeren raken er snel aan verslaafd.

Wat zegt het schoolreglement?
Roken en vapen is verboden op school en tijdens alle schoolactiviteiten, ook op uitstap. Wie betrapt wordt, geeft de vape af; ouders worden verwittigd.

Hoe praat u erover?
- Vraag wat uw kind erover weet en wat het ziet bij vrienden, zonder meteen te oordelen.
- Leg uit wat nicotine doet: het maakt onrustig, verstoort de slaap en het concentratievermogen.
- Geef zelf het goede voorbeeld.
- Wil uw kind stoppen, dan kan het terecht bij de huisarts, bij een tabakoloog of via www.tabakstop.be.

Meer info en gespreksstarters vindt u op www.druglijn.be.""",
  sig="dir", fmt="alt", bcc=["ouders"],
  note="General advice on vaping for all parents with the relevant rule-book article.")

M("2025-01-09 19:10", "advies", "adv-online-veilig", "mathias", "undisclosed",
  "Veilig online: privacy-instellingen en foto's delen",
  """Beste ouders

In de lessen ICT-burgerschap werken we in januari rond online veiligheid. Misschien kan u thuis op deze manier verder praten.

Privacy-instellingen
Overloop samen met uw kind de instellingen van de apps die het gebruikt: wie kan mijn berichten zien, wie kan me toevoegen, wie ziet mijn locatie? Zet de locatie-deling bij voorkeur uit.

Foto's delen
Wat online staat, blijft online. Een foto die je naar één persoon stuurt, kan in een groep terechtkomen. Spreek af: geen foto's waarop je herkenbaar bent in een situatie die je niet aan je grootmoeder zou tonen.

Als er iets misloopt
Bijvoorbeeld bij chantage met foto's: niet betalen, niet meer reageren, alles bewaren en hulp zoeken. Jongeren en ouders kunnen gratis terecht bij Child Focus (116 000 of via de chat op childfocus.be). En natuurlijk ook bij ons.

Wachtwoorden
Leer uw kind dat een wachtwoord niet gedeeld wordt, ook niet met de beste vriend(in). Een wachtwoordzin van vier losse woorden is sterker en makkelijker te onthouden dan een kort woord met cijfers.""",
  sig="mathias", fmt="qp", bcc=["ouders"],
  note="Online safety advice for parents; only the public short number 116 000, and password advice without any actual password.")

M("2025-02-20 21:00", "advies", "adv-gamen", "bram", "undisclosed",
  "Gamen: plezier, maar met evenwicht",
  """Beste ouders

Veel van onze leerlingen gamen graag, en dat is op zich niet erg: games kunnen ontspannend zijn, sociaal, soms zelfs leerrijk. Toch krijgen we geregeld vragen van ouders over hoeveel 'te veel' is.

Enkele richtlijnen:
- Kijk niet alleen naar het aantal uren, maar naar het evenwicht: slaapt uw kind genoeg, beweegt het, ziet het vrienden, lukt het schoolwerk?
- Speel eens mee. Zo ziet u wat uw kind zo boeit en kan u er beter over praten.
- Let op aankopen in games (skins, loot boxes). Stel een budget af of schakel aankopen uit.
- Spreek een eindtijd af en laat een kwartier vooraf weten dat het bijna zover is: een game stopt niet altijd op elk moment.

En vergeet niet: buiten sporten telt ook als 'schermpauze'. Onze sportclubs op woensdagnamiddag hebben nog plaats!

Sportieve groeten
Bram Hermans""",
  fmt="b64", bcc=["ouders"],
  note="General advice on gaming for all parents.")

M("2024-12-02 09:30", "advies", "adv-exam-period-en", "kasia", [P("Hiroshi Tanaka", "hiroshi.tanaka@gmail.com")],
  "Exam period - practical information and tips",
  """Dear Mr Tanaka,

Since this is the first exam period for your family in a Flemish school, the school asked me to send you a short overview in English. Every parent gets the same information in Dutch.

How it works
- Exams are written tests of one or two hours, in the morning.
- On exam days pupils may go home after the exam if parents gave permission on Smartschool; otherwise they stay in the study room until 12.05.
- Results are given on the report card at the end of the period, followed by a parent-teacher evening.
- Pupils who are ill on an exam day need a doctor's certificate.

How you can help
- Help your child make a study plan with breaks.
- Make sure there is enough sleep and a quiet place to study, without the phone nearby.
- Ask how your child feels, not only how the test went.

If you have questions, you can write to me in English or to the class teacher.

Best regards,
Katarzyna Nowak
teacher of English""",
  fmt="alt", style="gmail", lang="en",
  note="English general exam-period information for a newcomer parent; same content as the Dutch letter to all.")

M("2025-03-28 18:45", "advies", "adv-fuiven-alcohol", "yusuf", "undisclosed",
  "Fuiven, alcohol en veilig thuiskomen",
  """Beste ouders van de derde graad

Met de lente beginnen de fuiven en verjaardagsfeestjes weer. Geen schoolzaak, maar we horen van leerlingen wel wat er leeft. Daarom een paar gedachten:

- Jongeren onder 16 mogen wettelijk geen alcohol kopen, en sterke drank pas vanaf 18. Uitgaan betekent niet automatisch drinken.
- Maak afspraken over het uur van thuiskomen en hoe uw kind thuiskomt. Zeg dat het u altijd mag bellen om opgehaald te worden, zonder preek op dat moment.
- Laat uw kind nooit meerijden met iemand die gedronken of gebruikt heeft. De Nachtbus en Cambio kunnen een alternatief zijn.
- Praat over drankjes die je niet zelf ziet inschenken en over elkaar in het oog houden.

Meer info voor ouders en jongeren: www.druglijn.be.

Vriendelijke groeten
Yusuf Demir""",
  fmt="8bit", bcc=[OUDERS_5, OUDERS_6],
  note="General advice on parties and alcohol for parents of the upper grades.")

M("2024-10-30 11:25", "advies", "adv-huiswerk-begeleiden", "karolien", "undisclosed",
  "Huiswerk: helpen zonder over te nemen",
  """Beste ouders van het eerste jaar

Hoeveel help je als ouder bij het huiswerk? Dat is een vraag die ik op elk oudercontact krijg. Een paar ideeën uit de vakgroep Nederlands:

- Laat uw kind eerst zelf proberen. Help pas als het echt vastzit, en dan met vragen ('wat staat er in de opdracht?') eerder dan met antwoorden.
- Kijk samen naar de planning in Smartschool, niet naar elk taakje afzonderlijk.
- Fouten in een taak zijn niet erg; ze tonen ons wat we in de klas nog moeten uitleggen. Een taak die thuis 'verbeterd' is, helpt ons minder.
- Woordjes en definities overhoren mag wel. Dat is een fijne manier om samen bezig te zijn.
- Meer dan een uur per avond huiswerk is in het eerste jaar niet de bedoeling. Duurt het structureel veel langer, laat het dan weten.

Groeten
Karolien Maes
vakgroep Nederlands""",
  fmt="8bit", bcc=[OUDERS_1],
  note="Homework advice for all first-year parents.")

M("2024-09-30 19:30", "advies", "adv-smartschool-meldingen", "mathias", "undisclosed",
  "Smartschool: handige instellingen voor ouders",
  """Beste ouders

Smartschool kan veel meldingen sturen. Een paar tips om het overzichtelijk te houden:

- In de app kan u bij 'Instellingen > Meldingen' kiezen waarvoor u een melding krijgt. Wij raden aan: berichten, agenda-wijzigingen en afwezigheden aan; nieuwe punten eventueel uit.
- Kijk één keer per week samen met uw kind naar de planner. Zo ziet u wat er aankomt, zonder elke dag punten te controleren.
- Heeft u meer kinderen op school, dan kan u met één co-account tussen hen wisselen.
- Beide ouders kunnen een eigen co-account hebben, ook als ze niet samenwonen. Vraag het aan op het secretariaat.

Uw persoonlijke aanmeldgegevens krijgt u nooit via e-mail. Wachtwoord vergeten? Gebruik de knop op het aanmeldscherm.""",
  sig="mathias", fmt="html", style="gmail", bcc=["ouders"],
  note="Tips for parents on Smartschool settings; no login data given.")

M("2025-06-25 14:00", "advies", "adv-zomerlezen", "karolien", "undisclosed",
  "Lezen in de zomervakantie",
  """Beste ouders

Wie in de zomer blijft lezen, start in september vlotter. Dat geldt voor alle leerlingen, niet alleen voor wie het moeilijk heeft met taal.

Enkele tips:
- Alles telt: strips, tijdschriften, graphic novels, een boek in het Engels.
- De bibliotheek van Leuven heeft een zomerleesactie voor jongeren met een kleine beloning.
- Luisterboeken zijn een goed alternatief op reis.
- Lees zelf ook: kinderen die hun ouders zien lezen, lezen vaker.

In de bijlage van Smartschool staat een leeslijst per leeftijd, samengesteld door onze vakgroep.

Een fijne vakantie!

Karolien Maes
vakgroep Nederlands""",
  fmt="qp", bcc=["ouders"],
  note="Summer reading advice for all parents.")

M("2024-09-04 20:10", "advies", "adv-eerste-smartphone", "lotte", "undisclosed",
  "Een eerste smartphone: waar let u op?",
  """Beste ouders van 1C

Veel leerlingen krijgen rond de overstap naar het secundair hun eerste smartphone. Vanuit de school geven we graag enkele tips mee; ze komen van het vormingsaanbod van Mediawijs.

- Spreek vooraf af waar en wanneer de gsm gebruikt mag worden (niet aan tafel, niet in de slaapkamer 's nachts).
- Installeer de eerste apps samen en bekijk samen de privacy-instellingen.
- Sociale media hebben meestal een minimumleeftijd van 13 jaar. Bespreek waarom.
- Spreek een maandbudget af voor data en aankopen.
- Zeg duidelijk dat uw kind altijd bij u terechtkan als het online iets vervelends ziet of meemaakt, ook als het zelf iets fout deed.

Op school blijven gsm's in de eerste graad de hele dag in de locker.

Vriendelijke groeten
Lotte Geerts
klastitularis 1C""",
  fmt="alt", style="outlook", bcc=[P("", "ouders-1c@" + D)],
  note="General advice about first smartphones for all parents of one class.")

# ==========================================================================
# Uitnodiging
# ==========================================================================
M("2024-09-10 12:10", "uitnodiging", "uitn-infoavond-eerste-jaar", "sec", "undisclosed",
  "Uitnodiging infoavond eerste jaar - donderdag 19 september",
  """Beste ouders van het eerste jaar

Graag nodigen wij u uit op de infoavond voor de ouders van het eerste jaar op donderdag 19 september om 19.30 uur.

Programma:
- 19.30 uur: verwelkoming in de aula door de directie en uitleg over de werking van de eerste graad;
- 20.00 uur: kennismaking met de klastitularis in het klaslokaal van uw kind;
- 20.45 uur: drankje in de refter, met de ouderraad, de leerlingenbegeleiding en het CLB.

In de klas krijgt u uitleg over de lessentabel, de schoolagenda en Smartschool, de evaluatie en de studieaanpak. Individuele gesprekken over uw kind zijn die avond niet mogelijk; daarvoor is er het oudercontact in november.

Parkeren kan op de parking van de Sint-Jacobskerk. De ingang is langs de Naamsestraat.

In bijlage een afspraak voor uw agenda.""",
  sig="sec_tel", fmt="alt", bcc=[OUDERS_1],
  attach=[("ics", "infoavond_eerste_jaar.ics", ("infoavond-1-2024", "Infoavond ouders eerste jaar", "2024-09-19 19:30", "2024-09-19 21:30",
                                                 "Aula Sint-Pieterscollege, Naamsestraat 112, Leuven", "Verwelkoming, klasbezoek en drankje."))],
  pd=True, note="Invitation to all first-year parents with a calendar file; school phone in signature.")

M("2024-10-25 13:30", "uitnodiging", "uitn-oudercontact-november", "sec", ["sec"],
  "Oudercontact donderdag 7 november: reserveer uw gesprek",
  """Beste ouders

Op donderdag 7 november is er oudercontact voor alle jaren, van 16.30 tot 20.30 uur. U kan met de klastitularis en met vakleerkrachten spreken over het eerste rapport.

## Reserveren
Vanaf maandag 28 oktober om 19 uur kan u via Smartschool (module 'Oudercontact') zelf een tijdstip kiezen. Een gesprek duurt tien minuten. Reserveer uiterlijk op maandag 4 november.

## Praktisch
- De gesprekken met de klastitularis gaan door in het klaslokaal; de vakleerkrachten zitten in de turnzaal.
- In de hal hangt een plan met alle lokalen.
- Er is gratis wifi via het gastnetwerk SPC-Bezoekers; de toegangscode hangt uit aan het onthaal.
- Wenst u een tolk? Laat het ons weten vóór 31 oktober.

Kan u niet op 7 november, stuur dan een berichtje naar de klastitularis om een ander moment af te spreken.""",
  sig="sec_tel", fmt="html", style="outlook", bcc=["ouders"], pd=True,
  note="Invitation to parent-teacher evening for all parents; guest Wi-Fi mentioned without any key; school phone in signature.")

M("2025-01-22 16:45", "uitnodiging", "uitn-online-infoavond-hoger-onderwijs", "jan", "undisclosed",
  "Online infoavond: na het zesde jaar - Teams-link",
  """Beste ouders van het zesde jaar

Zoals aangekondigd organiseren we samen met het CLB een online infoavond over de keuze na het secundair: hoger onderwijs, een job, een tussenjaar.

Wanneer: dinsdag 4 februari, van 20 tot 21 uur
Waar: online, via Microsoft Teams

Deelnemen:
https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZTA1YjItYWM0Ni00OTI3LWI1NDQtMzJkZmFmYzY1ZTMx%40thread.v2/0
Vergadering-ID: 372 914 605 218
Wachtwoord: k7Bq2X

U hoeft Teams niet te installeren; de link werkt ook in de browser. Uw camera mag uit blijven. Vragen kan u stellen in de chat.

De presentatie wordt achteraf op Smartschool gezet.""",
  sig="jan", fmt="alt", bcc=[OUDERS_6],
  note="meeting passcode: Teams meeting ID and passcode for a general online information evening for all sixth-year parents; not a credential.")

M("2025-02-27 10:00", "uitnodiging", "uitn-studiekeuze-tweede-jaar", "jan", "undisclosed",
  "Uitnodiging: infoavond studiekeuze tweede jaar (13 maart)",
  """Beste ouders van het tweede jaar

Welke richting na het tweede jaar? Op donderdag 13 maart om 19.30 uur stellen we in de aula de studierichtingen van de tweede graad voor, zowel in onze school als in de andere scholen van de scholengroep.

- 19.30 uur: uitleg over de structuur van de tweede graad en de finaliteiten (doorstroom, dubbele finaliteit, arbeidsmarkt);
- 20.00 uur: het CLB over hoe je samen met je kind een keuze maakt;
- 20.20 uur: infomarkt per studierichting in de refter, met leerkrachten en leerlingen van het derde jaar.

Uw zoon of dochter is ook welkom.

Het advies van de klassenraad volgt bij het rapport van juni. Wie nu al vragen heeft over de keuze van zijn of haar kind, kan een gesprek aanvragen met de klastitularis.""",
  sig="jan", fmt="qp", bcc=[OUDERS_2],
  note="Invitation to a study-choice evening for all second-year parents.")

M("2024-09-23 18:00", "uitnodiging", "uitn-ouderraad-vergadering", "sec", "undisclosed",
  "TR: Uitnodiging eerste vergadering ouderraad - 1 oktober",
  """Beste ouders

Op vraag van de ouderraad sturen we u onderstaande uitnodiging door.

Met vriendelijke groeten
het secretariaat""",
  fwd={"who": P("Griet Lambrechts", "griet.lambrechts@proximus.be"), "date": "2024-09-22 21:14", "style": "outlook",
       "subj": "Uitnodiging eerste vergadering ouderraad - 1 oktober", "to": "sec",
       "text": """Beste ouders

De ouderraad van het Sint-Pieterscollege nodigt alle ouders uit op de eerste vergadering van dit schooljaar:

dinsdag 1 oktober, 20 uur, leraarskamer (ingang Naamsestraat)

Agenda
1. Kennismaking en voorstelling van de werking
2. Terugblik op vorig schooljaar
3. Plannen: tweedehandsboekenbeurs, infoavond over het puberbrein, steun aan de Warmste Week
4. Verkiezing van de afgevaardigden in de schoolraad
5. Varia

Nieuwe ouders zijn meer dan welkom, ook wie niet elke maand kan komen. De ouderraad is de plek om mee te denken over het schoolleven.

Met vriendelijke groeten
namens de ouderraad,
Griet Lambrechts (voorzitter)"""},
  fmt="8bit", bcc=["ouders"],
  note="Parents' council meeting invitation relayed by the secretariat to all parents.")

M("2024-10-28 10:30", "uitnodiging", "uitn-parents-evening-en", "nadia", [P("Amina Yusuf", "amina.yusuf@outlook.com")],
  "Invitation: parent-teacher evening on 7 November",
  """Dear Ms Yusuf,

All parents are invited to the parent-teacher evening on Thursday 7 November, between 16.30 and 20.30. You can talk with the class teacher and with subject teachers about the first report.

How to book
From Monday 28 October at 19.00 you can choose a time slot on Smartschool (module "Oudercontact"). Each conversation takes ten minutes.

Interpreter
If you would like an interpreter (on site or by phone), please reply to this e-mail before 31 October and tell us which language. This is free of charge.

Where
Sint-Pieterscollege, Naamsestraat 112, Leuven. Class teachers are in the classrooms; subject teachers are in the gym.

We look forward to meeting you.""",
  sig="en_sec", fmt="8bit", lang="en",
  note="English version of the general parent-teacher evening invitation for one parent.")

M("2024-11-19 17:20", "uitnodiging", "uitn-soiree-accueil-fr", "marie", [P("Aïcha Benkirane", "aicha.benkirane@gmail.com")],
  "Invitation : rencontre pour les parents nouvellement arrivés",
  """Chère Madame Benkirane,

Nous organisons une rencontre pour les parents dont les enfants sont arrivés récemment dans notre école, après une classe d'accueil (OKAN) ou depuis l'étranger.

Quand : mercredi 4 décembre, de 14h à 15h30
Où : bibliothèque de l'école, 1er étage

Au programme :
- comment fonctionne l'école (horaires, journal de classe, Smartschool) ;
- les examens de décembre et le bulletin ;
- à qui poser vos questions ;
- un café et un moment pour faire connaissance avec d'autres parents.

La rencontre se fait en néerlandais simple, avec traduction en français, en anglais et en arabe. Les frères et sœurs plus jeunes sont les bienvenus.

Pouvez-vous me dire si vous venez ?""",
  sig="marie", fmt="qp", lang="fr",
  note="French invitation to a general meeting for newcomer parents, sent to one parent.")

M("2025-01-08 12:45", "uitnodiging", "uitn-nieuwjaarsreceptie", "dir", "undisclosed",
  "Nieuwjaarsreceptie voor ouders en personeel",
  """Geachte ouders

Graag nodigen we u uit op onze nieuwjaarsreceptie op vrijdag 17 januari vanaf 18 uur (tot ± 20 uur) in de refter.

Het schoolorkest en de leerlingen van de optie muziek zorgen voor de sfeer. Er is een hapje en een drankje, aangeboden door de ouderraad.

Het is een mooie gelegenheid om elkaar in een ontspannen sfeer te ontmoeten, buiten de oudercontacten.

Wij hopen u talrijk te mogen begroeten.""",
  sig="dir", fmt="cp1252", bcc=["ouders"],
  note="New Year reception invitation for all parents.")

M("2025-03-31 09:45", "uitnodiging", "uitn-musical", "sarah", "undisclosed",
  "Kaarten voor onze schoolmusical 'Over de Dijle'",
  """## Onze schoolmusical
Meer dan zestig leerlingen werkten sinds oktober aan 'Over de Dijle', een musical over een Leuvense familie doorheen honderd jaar. Zang, dans, decor, licht en geluid: alles door leerlingen.

## Voorstellingen
- vrijdag 16 mei om 20 uur
- zaterdag 17 mei om 15 uur en om 20 uur
in de aula van het Sint-Pieterscollege

## Kaarten
Volwassenen € 10, kinderen tot 12 jaar € 5. Bestellen via de webshop op de schoolwebsite; betalen kan online. De kaarten worden aan de ingang gescand.

De opbrengst gaat naar de werking van het schooltoneel en naar een nieuwe geluidsinstallatie.

Tot dan!
Sarah Wuyts en het musicalteam""",
  fmt="html", style="news", bcc=["ouders"],
  note="Invitation to buy tickets for the school musical, to all parents.")

M("2024-11-28 13:00", "uitnodiging", "uitn-personeelsvergadering", "pj", ["pj"],
  "Uitnodiging personeelsvergadering 11 december",
  """Dag collega's

Hierbij de uitnodiging voor de personeelsvergadering op woensdag 11 december om 13.15 uur in de aula. Einde voorzien om 15.30 uur.

Agenda
1. Verloop van de examens en toezichten
2. Evaluatie van het zorgbeleid: stand van zaken begeleidende klassenraden (Hilde)
3. Herstelgericht werken: nieuwe tekst schoolreglement (Tom)
4. Nieuwe afspraken medicatie en EHBO op uitstap (Inge)
5. Informatieveiligheid: mailafspraken (met het aanspreekpunt van de vzw)
6. Varia

Wie iets wil toevoegen aan de varia, laat het me weten tegen vrijdag.

Pieter-Jan""",
  fmt="8bit", bcc=["personeel"],
  attach=[("ics", "personeelsvergadering_11dec.ics", ("pv-2024-12-11", "Personeelsvergadering", "2024-12-11 13:15", "2024-12-11 15:30",
                                                       "Aula", "Agenda: examens, zorgbeleid, herstelgericht werken, medicatie, informatieveiligheid."))],
  note="Staff meeting invitation with a general agenda and calendar file.")

M("2025-02-18 20:20", "uitnodiging", "uitn-lezing-puberbrein", "sec", "undisclosed",
  "Lezing 'Het puberbrein' - dinsdag 11 maart",
  """Beste ouders

De ouderraad nodigt u van harte uit op de lezing 'Het puberbrein: waarom doen ze zo?' door een ontwikkelingspsycholoog van KU Leuven.

Wanneer: dinsdag 11 maart, 20 uur
Waar: aula Sint-Pieterscollege
Toegang: gratis, vrije bijdrage voor de ouderraad welkom

Waarom slapen pubers zo laat, nemen ze soms rare risico's en zijn ze zo gevoelig voor wat vrienden denken? De spreker legt uit wat er in het brein gebeurt en wat dat betekent voor ouders en leerkrachten. Met ruimte voor vragen.

Inschrijven via het formulier op Smartschool, zodat we genoeg stoelen voorzien.""",
  sig="sec", fmt="b64", bcc=["ouders"],
  note="Invitation to a parents' lecture on adolescent development.")

M("2025-06-10 11:00", "uitnodiging", "uitn-proclamatie", "dir", "undisclosed",
  "Uitnodiging proclamatie zesde jaar",
  """Geachte ouders van het zesde jaar

Na zes jaar (of soms wat meer of minder) zit het er bijna op. Graag nodigen we u uit op de proclamatie van uw zoon of dochter:

vrijdag 27 juni, 19 uur, in de Pieterskerk
aansluitend receptie op de speelplaats

Elke leerling mag vier gasten meebrengen. Voor grootouders en andere familieleden zijn er gereserveerde plaatsen vooraan; laat via het formulier op Smartschool weten met hoeveel u komt.

De diploma's worden pas uitgereikt na de delibererende klassenraad. Leerlingen die hun diploma niet behalen, worden vooraf persoonlijk gecontacteerd.

We kijken ernaar uit om dit moment samen met u te vieren.""",
  sig="dir", fmt="alt", bcc=[OUDERS_6],
  note="Graduation ceremony invitation for all sixth-year parents.")

# ==========================================================================
# Factuur / schoolrekening
# ==========================================================================
M("2024-09-20 10:15", "factuur", "fact-schoolrekening-uitleg", "ilse", "undisclosed",
  "Hoe werkt de schoolrekening?",
  """Beste ouders

Dit schooljaar ontvangt u drie schoolrekeningen: begin november, begin februari en begin mei. Op elke rekening staan de kosten van de voorbije periode: boeken, kopieën, uitstappen, sportdagen, maaltijden,...

## Hoe betalen?
- via overschrijving op rekeningnummer BE42 7341 8520 6654 (BIC KREDBEBB) van het Sint-Pieterscollege, met de gestructureerde mededeling die op uw rekening staat;
- of via domiciliëring: het bedrag wordt dan automatisch afgehouden. Het formulier vindt u op Smartschool.

Betaal binnen 30 dagen na de datum op de rekening.

## Verwachte kosten
Een overzicht van de verwachte kosten per leerjaar (de bijdrageregeling) vindt u in het schoolreglement, deel III.

## Lukt het niet?
Heeft u vragen bij een bedrag of lukt het financieel even niet, neem dan contact op met de boekhouding. Spreiding van de betaling is altijd bespreekbaar en we behandelen uw vraag discreet. Ook het OCMW kan in sommige gevallen tussenkomen in schoolkosten.

Vergeet ook de schooltoelage niet: die wordt automatisch berekend via het Groeipakket.""",
  sig="ilse", fmt="alt", bcc=["ouders"],
  pd=True, note="General explanation of school invoicing for all parents incl. the school's own IBAN; offers payment plans in general terms.")

M("2024-08-29 14:20", "factuur", "fact-bijdrageregeling-eerste-jaar", "ilse", "undisclosed",
  "Bijdrageregeling eerste jaar 2024-2025",
  """Beste ouders van het eerste jaar

Zoals elk jaar geven we u vooraf een overzicht van de kosten die u dit schooljaar kan verwachten. Het gaat om richtprijzen; de werkelijke kosten kunnen iets lager of hoger liggen.

[[TABLE:kosten]]

Niet inbegrepen: maaltijden in de refter (facultatief, € 4,20 per warme maaltijd), de schoolfoto's (facultatief) en de sportclubs op woensdag.

De kosten worden gespreid over drie schoolrekeningen.

Heeft u vragen, dan kan u terecht bij de boekhouding.""",
  sig="ilse", fmt="html", style="outlook", bcc=[OUDERS_1],
  tables={"kosten": [["Omschrijving", "Richtprijs"], ["Handboeken en werkboeken (via boekenleverancier)", "€ 240"],
                     ["Kopieën en cursussen", "€ 45"], ["Digitale leermiddelen", "€ 35"], ["Sport-T-shirt (eenmalig)", "€ 12"],
                     ["Eéndaagse uitstappen en sportdag", "€ 60"], ["Toneel en culturele activiteiten", "€ 25"],
                     ["Zwemmen (5 beurten)", "€ 15"], ["Totaal (ongeveer)", "€ 432"]]},
  note="Cost estimate table for all first-year parents; no family data.")

M("2024-12-09 08:45", "factuur", "fact-herinnering-algemeen", "ilse", "undisclosed",
  "Schoolrekening november: betaaltermijn verstreken",
  """Beste ouders

De betaaltermijn van de schoolrekening van november is op 6 december verstreken. De meeste rekeningen werden intussen betaald, waarvoor dank.

Heeft u nog niet betaald? Wilt u dit dan zo snel mogelijk doen met de gestructureerde mededeling die op de rekening staat? U vindt de rekening in Smartschool bij 'Documenten'.

Heeft u al betaald, dan mag u dit bericht als niet verzonden beschouwen. Betalingen van de laatste dagen zijn nog niet altijd zichtbaar.

Lukt het niet om de volledige rekening in één keer te betalen, neem dan gerust contact op met de boekhouding. We maken graag een afspraak over een gespreide betaling. Uw vraag wordt discreet behandeld.""",
  sig="ilse_tel", fmt="8bit", bcc=["ouders"],
  pd=True, note="Reminder sent to all parents, not to a family in arrears; accounting phone number in signature.")

M("2024-10-03 15:10", "factuur", "fact-domiciliering", "ilse", "undisclosed",
  "Schoolrekening via domiciliëring? Zo werkt het",
  """Beste ouders

Wilt u zich geen zorgen meer maken over betaaltermijnen? Dan kan u kiezen voor een domiciliëring (Europese domiciliëring SEPA). Het bedrag van de schoolrekening wordt dan telkens op de vervaldag van uw rekening gehaald.

Hoe aanvragen?
1. Vul het formulier 'Mandaat domiciliëring' in (Smartschool > Documenten > Boekhouding).
2. Vul daarop uw eigen rekeningnummer in (IBAN, in de vorm BE.. .... .... ....) en onderteken.
3. Geef het formulier af op het secretariaat of stuur het als Smartschool-bericht naar de boekhouding. Stuur het liever niet via gewone e-mail.

U ontvangt de rekening nog altijd vooraf, zodat u kan nakijken wat er aangerekend wordt. Bent u het niet eens met een bedrag, dan kan u de domiciliëring binnen 8 weken laten terugstorten door uw bank.

Een domiciliëring stopt automatisch wanneer uw kind de school verlaat.""",
  sig="ilse", fmt="qp", bcc=["ouders"],
  attach=[("pdf", "mandaat_domiciliering.pdf", "Europese domiciliering - mandaat",
           ["Schuldeiser: VZW Sint-Pieterscollege, Naamsestraat 112, 3000 Leuven",
            "Naam ouder (rekeninghouder): ................................................",
            "Adres: ................................................................",
            "Rekeningnummer (IBAN): BE__ ____ ____ ____",
            "Naam en klas van de leerling: ................................................",
            "Datum en handtekening: ................................................"])],
  note="Explains SEPA direct debit to all parents with a blank mandate form; IBAN appears only as an empty pattern, no account number.")

M("2024-10-18 11:35", "factuur", "fact-schooltoelage", "ilse", "undisclosed",
  "Schooltoelage: misschien heeft u er recht op",
  """Beste ouders

Wist u dat veel gezinnen recht hebben op een schooltoelage, een jaarlijkse tegemoetkoming in de schoolkosten van de Vlaamse overheid?

- De schooltoelage wordt sinds enkele jaren automatisch onderzocht en uitbetaald via het Groeipakket (de vroegere kinderbijslag). U hoeft meestal niets te doen.
- Ze hangt af van het inkomen van het gezin en van de gezinssituatie.
- Voor het secundair onderwijs wordt de toelage meestal in het najaar uitbetaald.
- Uw kind moet regelmatig naar school gaan (niet te veel ongewettigde afwezigheden).

Meer info en een rekenmodule vindt u op www.groeipakket.be. U kan ook terecht bij uw uitbetaler van het Groeipakket.

Ontvangt u de schooltoelage nog niet en denkt u dat u er recht op heeft? Neem dan contact op met uw uitbetaler. Op school kunnen we u helpen om de juiste weg te vinden.""",
  sig="ilse_tel", fmt="b64", bcc=["ouders"], pd=True,
  note="General information about the school allowance for all parents; accounting phone number in signature.")

M("2024-11-08 10:25", "factuur", "fact-invoice-explained-en", "ilse", [P("Kwame Mensah", "kwame.mensah@gmail.com")],
  "Re: school invoice - how to pay",
  """Dear Mr Mensah,

Thank you for your e-mail. You are right that the school invoice is only in Dutch; here is how it works. It is the same for all families.

- You receive three invoices per school year (November, February, May) on Smartschool, under "Documenten".
- The invoice lists the costs of the past period: books, copies, trips, meals.
- You can pay by bank transfer to the school account BE42 7341 8520 6654 (BIC KREDBEBB). Please use the structured reference (+++...+++) printed on the invoice, so the payment is linked automatically.
- Payment is due within 30 days.
- You can also choose direct debit; the form is on Smartschool.

If you have a question about an amount, you can always contact me.""",
  sig="ilse_tel", fmt="alt", style="gmail", lang="en",
  quote={"who": P("Kwame Mensah", "kwame.mensah@gmail.com"), "date": "2024-11-07 21:50",
         "text": "Dear Madam,\n\nWe received something called 'schoolrekening' on Smartschool. Could you explain in English what it is and how we should pay it? We are new in Belgium.\n\nThank you,\nKwame Mensah"},
  pd=True, note="English explanation of how invoicing works for a newcomer parent; school IBAN and accounting phone number present.")

M("2024-11-13 09:40", "factuur", "fact-facture-fr", "ilse", [P("Sandrine Mukendi", "s.mukendi@hotmail.com")],
  "La facture scolaire : explications",
  """Chère Madame Mukendi,

Voici, comme convenu au téléphone, quelques explications sur la facture scolaire. Elles valent pour toutes les familles.

- Vous recevez trois factures par année scolaire (novembre, février, mai), sur Smartschool, rubrique « Documenten ».
- La facture reprend les frais de la période : livres, copies, excursions, repas, activités sportives.
- Le paiement se fait par virement avec la communication structurée indiquée sur la facture, dans les 30 jours.
- Vous pouvez aussi choisir la domiciliation ; le formulaire se trouve sur Smartschool.
- Si le paiement pose un problème, un étalement est toujours possible. Il suffit de me contacter ; votre demande sera traitée avec discrétion.

Je reste à votre disposition pour toute question.""",
  sig="ilse", fmt="8bit", lang="fr",
  note="French explanation of the general invoice procedure to one parent; no amounts or arrears of this family.")

M("2024-10-21 07:50", "factuur", "fact-kosten-invoeren-intern", "ilse", ["ilse"],
  "Deadline kosten invoeren voor de schoolrekening van november",
  """Dag collega's

De eerste schoolrekening wordt op maandag 4 november aangemaakt. Willen jullie vóór vrijdag 25 oktober alle kosten invoeren in de module 'Leerlingenrekening' in Smartschool?

Het gaat om:
- kopieën en cursussen (per vak, per klas);
- uitstappen en culturele activiteiten tot en met 25 oktober;
- materiaal dat je voor de klas aankocht en wil doorrekenen.

Let op:
- Reken enkel per klas of per groep aan; individuele aanpassingen (bv. een leerling die niet meeging) geef je door via een Smartschool-bericht aan mij, niet via mail.
- Bedragen zonder omschrijving kan ik niet verwerken.

Bedankt!
Ilse""",
  fmt="8bit", bcc=["personeel"],
  note="Internal deadline for entering class costs; asks colleagues not to mail individual adjustments.")

M("2024-10-08 14:55", "factuur", "fact-uitgever-creditnota", "ilse", ["uitgever"],
  "Factuur 2024/SCH/08812 - dubbel aangerekende licenties",
  """Geachte

Op factuur 2024/SCH/08812 van 30 september worden de digitale licenties voor 'Taalkit 1' twee keer aangerekend: eenmaal per klas (4 klassen) en eenmaal per leerling (212 licenties). Volgens onze bestelling gaat het enkel om de schoollicentie per klas.

Kunt u een creditnota opmaken voor het verschil (212 x € 6,50 = € 1 378,00)? U mag het bedrag terugstorten op ons rekeningnummer BE42 7341 8520 6654, met vermelding van het factuurnummer, of verrekenen met de volgende factuur.

Onze gegevens voor de creditnota:
VZW Sint-Pieterscollege, Naamsestraat 112, 3000 Leuven
btw-nummer BE 0418.765.432

Alvast bedankt.""",
  sig="ilse_tel", fmt="qp",
  pd=True, note="Accounting writes to a publisher about a double-billed licence; school IBAN and phone number; no pupil data.")

M("2025-05-13 11:05", "factuur", "fact-busmaatschappij", "ilse", ["bus"],
  "Vraag over factuur busvervoer uitstap derde jaar (15 mei)",
  """Goedemorgen

We ontvingen voor de uitstap van het derde jaar naar Ieper een offerte voor 3 bussen van 60 plaatsen aan € 1 140 per bus. In de bevestiging staan echter 4 bussen.

Wij hebben 168 leerlingen en 12 begeleiders ingeschreven, dus 3 bussen volstaan. Kunt u de bevestiging aanpassen en de juiste factuur sturen naar boekhouding@sintpieterscollege.be? Ons ondernemingsnummer is 0418.765.432.

Vertrek blijft om 7.45 uur aan de Naamsestraat, terugkomst rond 18.30 uur.

Met vriendelijke groeten
Ilse Coppens
boekhouding Sint-Pieterscollege""",
  fmt="8bit",
  note="Accounting asks the coach company to correct a quote; the enterprise number is not a phone number; no pupil data.")

M("2025-02-12 19:30", "factuur", "fact-reply-ouderraad-kosten", "ilse", [P("Wim Stevens", "wim.stevens@telenet.be")],
  "RE: kosten uitstappen - vraag penningmeester ouderraad",
  """Dag Wim

Hieronder de cijfers die je vroeg voor de werkgroep schoolkosten. Het gaat om gemiddelden per leerling, voor alle uitstappen en activiteiten samen (zonder boeken en maaltijden), vorig schooljaar.

[[TABLE:kost]]

De meerdaagse van het vijfde jaar en de skireis van het zesde jaar zijn hierin niet meegerekend, omdat die facultatief zijn.

Als de werkgroep een voorstel wil doen om de kosten in de tweede graad beter te spreiden, plannen we graag een overleg met de directie.

Groeten
Ilse""",
  fmt="alt", style="outlook",
  tables={"kost": [["Graad", "Gemiddelde kost uitstappen per leerling"], ["Eerste graad", "€ 84"], ["Tweede graad", "€ 112"], ["Derde graad", "€ 96"]]},
  quote={"who": P("Wim Stevens", "wim.stevens@telenet.be"), "date": "2025-02-10 22:12", "style": "outlook", "to": "ilse",
         "subj": "kosten uitstappen - vraag penningmeester ouderraad",
         "text": "Dag Ilse,\n\nVoor de werkgroep schoolkosten van de ouderraad zouden we graag een idee hebben van wat een gemiddelde leerling per jaar betaalt aan uitstappen, per graad. Geen namen natuurlijk, enkel gemiddelden.\n\nGroeten,\nWim Stevens\npenningmeester ouderraad"},
  note="Accounting gives aggregated average trip costs to the parents' council treasurer; no family data.")

M("2025-06-20 10:00", "factuur", "fact-tegoed-terugstorten", "ilse", "undisclosed",
  "Eindafrekening en terugbetaling van tegoeden",
  """Beste ouders

Begin juli ontvangt u de laatste schoolrekening van dit schooljaar. Daarop worden ook eventuele tegoeden verrekend, bijvoorbeeld van een uitstap die goedkoper uitviel dan gepland.

- Is het saldo in uw voordeel en verlaat uw kind de school, dan storten we het bedrag terug op het rekeningnummer dat u bij de inschrijving opgaf.
- Blijft uw kind op school, dan wordt het tegoed overgedragen naar volgend schooljaar, tenzij u een terugbetaling vraagt.
- Is uw rekeningnummer veranderd? Pas het zelf aan in Smartschool bij 'Profiel > Gegevens ouders' of laat het weten via een Smartschool-bericht. Stuur rekeningnummers liever niet via gewone e-mail.

Alvast bedankt en een fijne vakantie.""",
  sig="ilse", fmt="cp1252", bcc=["ouders"],
  note="End-of-year settlement information for all parents; no account numbers.")

# ==========================================================================
# Uitstap
# ==========================================================================
PAKLIJST = [
    "Identiteitskaart (verplicht!)",
    "Stevige wandelschoenen en een regenjas",
    "Sportkledij en zwemgerief (zwembroek of zwempak, geen short)",
    "Slaapzak en kussensloop (bedden zijn voorzien)",
    "Toiletgerief en handdoeken",
    "Warme trui, reservekledij voor drie dagen",
    "Lunchpakket en drinkbus voor de eerste dag",
    "Eventuele medicatie: in een zakje met naam en attest, af te geven aan de busbegeleider",
    "Niet meenemen: energiedrank, alcohol, vapes, dure spullen",
]

M("2025-03-21 14:30", "uitstap", "uit-meerdaagse-ardennen", "stijn", "undisclosed",
  "Meerdaagse vijfde jaar naar La Roche: alle info",
  """Beste ouders van het vijfde jaar

Van woensdag 23 tot vrijdag 25 april trekken alle klassen van het vijfde jaar naar La Roche-en-Ardenne. Op het programma: kajak, mountainbike, een nachtdropping en een dag rond geologie en aardrijkskunde op het terrein. Hieronder alle praktische info.

## Vertrek en terugkomst
Vertrek: woensdag 23 april om 8 uur aan de Naamsestraat (om 7.45 uur aanwezig).
Terugkomst: vrijdag 25 april rond 17 uur, zelfde plaats.

## Kostprijs
€ 185, verrekend op de schoolrekening van mei. Lukt dat niet, neem dan discreet contact op met de boekhouding.

## Medische fiche en toestemming
Vóór 11 april vult u via Smartschool (Formulieren > Meerdaagse 5de jaar) de toestemming en de medische fiche in: allergieën, dieet, medicatie, tetanusvaccinatie en een telefoonnummer waarop u tijdens de reis bereikbaar bent. Zonder fiche kan een leerling niet mee. De fiches worden na de reis verwijderd.

## Identiteitskaart en verzekering
Elke leerling heeft zijn identiteitskaart bij. De schoolverzekering geldt tijdens de hele reis.

## Bereikbaarheid
Tijdens de reis is de begeleiding 24 uur op 24 bereikbaar op 0471 58 20 93 (enkel voor dringende zaken). Gsm's mogen mee, maar gaan 's nachts in een doos bij de begeleiders.

In bijlage de paklijst.

Vriendelijke groeten
Stijn Mertens
namens alle begeleiders""",
  sig=None, fmt="alt", bcc=[OUDERS_5],
  attach=[("pdf", "paklijst_La_Roche_2025.pdf", "Paklijst meerdaagse vijfde jaar", PAKLIJST)],
  pd=True, note="Trip letter to all fifth-year parents with medical-form instructions; contains the trip's emergency mobile number.")

M("2025-01-14 16:00", "uitstap", "uit-skireis-zesde-jaar", "bram", "undisclosed",
  "Skireis zesde jaar: laatste afspraken",
  """Beste ouders

Over zes weken vertrekken we met 74 leerlingen van het zesde jaar naar Flachau. Een paar afspraken die nog in orde moeten komen:

1. Medische fiche: vul de fiche in Smartschool in vóór 31 januari, ook als er niets bijzonders te melden is. Vermeld zeker allergieën, medicatie en eventuele blessures van de voorbije maanden waar de skileraar rekening mee moet houden.
2. Europese ziekteverzekeringskaart: vraag die aan bij uw ziekenfonds (gratis, online). Ze dekt dringende zorg in Oostenrijk.
3. Identiteitskaart: nakijken of ze nog geldig is tot na de reis.
4. Skimateriaal: de huur van ski's of snowboard en helm is inbegrepen. Helm dragen is verplicht.
5. Zakgeld: maximum € 60 wordt aangeraden.

Vertrek: vrijdag 28 februari om 18 uur op de parking van de Kessel-Lo sporthal. Terugkomst: zaterdag 8 maart rond 10 uur.

De infovergadering is op dinsdag 11 februari om 19.30 uur in de aula.

Sportieve groeten
Bram Hermans
verantwoordelijke skireis""",
  fmt="qp", bcc=[OUDERS_6],
  note="Ski-trip instructions for all sixth-year parents including the medical form; no pupil data.")

M("2025-05-09 13:15", "uitstap", "uit-parlementarium-vierde-jaar", "yusuf", "undisclosed",
  "Uitstap vierde jaar naar Brussel op dinsdag 20 mei",
  """Beste ouders van het vierde jaar

Op dinsdag 20 mei gaan de leerlingen van het vierde jaar in het kader van de lessen geschiedenis en burgerschap naar Brussel: het Parlementarium van het Europees Parlement in de voormiddag en een stadswandeling rond de Europese wijk in de namiddag.

- Vertrek: 8.30 uur aan het station van Leuven (perron 9), met de trein.
- Terugkomst: rond 16 uur in het station van Leuven. Leerlingen gaan van daar zelf naar huis.
- Meebrengen: lunchpakket, drinkbus, identiteitskaart, een regenjas.
- Kostprijs: € 9 voor de trein, verrekend op de schoolrekening.

Een eendaagse uitstap is een verplichte lesactiviteit. Als uw kind niet kan deelnemen, laat het de klastitularis vooraf weten.

Vriendelijke groeten
Yusuf Demir""",
  fmt="8bit", bcc=[P("", "ouders-4dejaar@" + D)],
  note="One-day trip letter for all fourth-year parents.")

M("2025-04-22 08:30", "uitstap", "uit-tongeren-eerste-jaar", "dries", "undisclosed",
  "Uitstap naar Tongeren - dinsdag 29 april",
  """## Beste ouders van het eerste jaar
Op dinsdag 29 april bezoeken we met alle klassen van het eerste jaar het Gallo-Romeins Museum in Tongeren. Na het museum volgt een wandeling langs de Romeinse stadsmuur.

## Praktisch
- Vertrek om 8.30 uur met de bus aan de school, terug rond 16 uur.
- Meebrengen: lunchpakket, drinkbus, regenjas en stevige schoenen.
- Kostprijs: € 18 (bus en toegang), verrekend op de schoolrekening.

## Gezondheid
Moet uw kind tijdens de dag medicatie nemen of heeft het een allergie waar de begeleiders van moeten weten? Dan volgt u de gewone procedure via het attest op het leerlingensecretariaat. Wie snel wagenziek wordt, neemt vooraf thuis een pilletje en gaat vooraan in de bus zitten.

Tot dan!
Dries Vandamme
vakgroep geschiedenis""",
  fmt="html", style="news", bcc=[OUDERS_1],
  note="Day-trip letter for all first-year parents; health paragraph is the standard procedure.")

M("2025-05-05 10:20", "uitstap", "uit-ieper-derde-jaar", "karolien", "undisclosed",
  "Uitstap naar Ieper en de Westhoek (do 15 mei)",
  """Beste ouders van het derde jaar

Op donderdag 15 mei trekken we met het derde jaar naar de Westhoek in het kader van de lessen Nederlands (oorlogspoëzie) en geschiedenis. We bezoeken het In Flanders Fields Museum, de Dodengang in Diksmuide en Tyne Cot. Om 20 uur zijn we aanwezig bij de Last Post aan de Menenpoort, daarna terug naar Leuven.

Vertrek: 7.45 uur aan de Naamsestraat
Terug: rond 23 uur, zelfde plaats

De leerlingen hebben een lunchpakket mee; 's avonds eten we samen frietjes (inbegrepen). Kostprijs: € 32, via de schoolrekening.

Omdat we laat terug zijn, is het eerste lesuur op vrijdag 16 mei vrij. Kan uw kind 's avonds niet opgehaald worden, laat het ons dan weten; we zoeken samen een oplossing.

In bijlage een afspraak voor uw agenda.

Karolien Maes
namens de vakgroepen Nederlands en geschiedenis""",
  fmt="qp", bcc=[OUDERS_3],
  attach=[("ics", "uitstap_westhoek.ics", ("westhoek-2025-05-15", "Uitstap derde jaar Westhoek", "2025-05-15 07:45", "2025-05-15 23:00",
                                            "Naamsestraat 112, Leuven", "Vertrek 7.45 uur, terug rond 23 uur."))],
  note="Day-trip letter to all third-year parents with calendar file.")

M("2025-04-23 19:05", "uitstap", "uit-day-trip-en", "dries", [P("Lina Haddad", "lina.haddad@gmail.com")],
  "Class trip to Tongeren on 29 April (English summary)",
  """Dear Mrs Haddad,

Here is an English summary of the letter all first-year parents received about our class trip.

What: a visit to the Gallo-Roman Museum in Tongeren and a walk along the Roman city wall.
When: Tuesday 29 April. We leave school by coach at 8.30 and return around 16.00.
Bring: a packed lunch, a water bottle, a raincoat and good shoes.
Cost: 18 euros, added to the next school invoice.

School trips of one day are part of the lessons, so all pupils take part. If your child needs to take medicine during the day, please use the usual school form at the student office.

Kind regards,
Dries Vandamme
history teacher""",
  fmt="8bit", lang="en",
  note="English summary of the general class-trip letter for one newcomer parent.")

M("2025-03-26 17:40", "uitstap", "uit-sejour-ardennes-fr", "stijn", [P("Patrick Nsimba", "patrick.nsimba@outlook.com")],
  "Séjour de 5e année à La Roche : informations en français",
  """Cher Monsieur Nsimba,

Voici un résumé en français de la lettre envoyée à tous les parents de 5e année au sujet du séjour à La Roche-en-Ardenne.

- Dates : du mercredi 23 avril (départ à 8h, présence à 7h45, Naamsestraat) au vendredi 25 avril (retour vers 17h).
- Coût : 185 euros, repris sur la facture scolaire de mai.
- Fiche médicale et autorisation : à compléter sur Smartschool (Formulieren > Meerdaagse 5de jaar) avant le 11 avril. Indiquez les allergies, le régime alimentaire, les médicaments éventuels et un numéro de téléphone où vous êtes joignable. Sans cette fiche, l'élève ne peut pas partir.
- Médicaments : dans un sachet avec le nom de l'élève et l'attestation du médecin, à remettre à l'accompagnateur du car.
- Carte d'identité obligatoire.
- Pendant le séjour, les accompagnateurs sont joignables 24h/24 au 0471 58 20 93, uniquement en cas d'urgence.

N'hésitez pas à me contacter si quelque chose n'est pas clair.

Bien cordialement,
Stijn Mertens
professeur de géographie""",
  fmt="qp", lang="fr",
  pd=True, note="French summary of the general trip letter for one parent; contains the trip emergency mobile number.")

M("2025-04-14 10:50", "uitstap", "uit-busbevestiging-doorgestuurd", "stijn", ["bram", "ellen", "fatima"],
  "Fwd: bevestiging busvervoer La Roche",
  """Hoi allemaal

Ter info de bevestiging van de busmaatschappij voor La Roche. Let op: vertrek is 8 uur stipt, de chauffeurs mogen niet langer wachten door de rijtijden. De lijsten per bus maken we op school, die staan niet in deze mail.

Stijn""",
  fmt="8bit",
  fwd_attached={"date": "2025-04-11 15:32", "slug": "uit-bus-inner", "frm": "bus", "to": ["stijn"],
                "subj": "Bevestiging vervoer 23-25/04 Sint-Pieterscollege",
                "body": """Beste heer Mertens

Hierbij bevestigen wij het vervoer voor uw meerdaagse:

- woensdag 23/04: vertrek 08.00 u Naamsestraat 112, Leuven - aankomst ca. 10.30 u La Roche-en-Ardenne
- vrijdag 25/04: vertrek 14.30 u La Roche - aankomst ca. 17.00 u Leuven
- 3 autocars van 60 zitplaatsen, met gordels

Onze chauffeurs blijven niet ter plaatse. Voor dringende vragen op de dag zelf kan u onze planning bereiken op 015 41 22 90.

Met vriendelijke groeten
Planning Autocars De Meyer""", "fmt": "alt", "style": "outlook"},
  pd=True, note="Teacher forwards the coach company's confirmation to fellow chaperones; the company planning phone number is personal_data; no pupil list.")

M("2025-04-16 12:35", "uitstap", "uit-medische-fiches-begeleiders", "stijn", ["bram", "ellen", "fatima", "inge"],
  "Medische fiches La Roche - hoe we ermee omgaan",
  """Dag collega's

Even de afspraak rond de medische fiches voor de meerdaagse:

- De fiches zitten in Smartschool (formulierresultaten 'Meerdaagse 5de jaar'). Enkel wij vieren als begeleiders hebben er toegang toe, plus Inge.
- We printen ze niet af. Op de reis raadplegen we ze op de schooltablet die in de EHBO-koffer zit.
- Inge maakt voor het vertrek per bus een kort overzicht van wat we moeten weten bij een noodgeval. Dat overzicht krijgen jullie op papier bij vertrek en het gaat na de reis terug naar haar om te vernietigen.
- Medicatie die we bij vertrek krijgen, gaat in de afgesloten tas van de EHBO-verantwoordelijke per bus.
- Na de reis worden de fiches uit Smartschool verwijderd.

Niets van de inhoud in WhatsApp of mail dus, ook niet 'even snel'.

Stijn""",
  fmt="8bit",
  note="Internal agreement on handling trip medical forms securely; no contents or pupils mentioned.")

M("2024-10-02 15:45", "uitstap", "uit-zwemlessen-eerste-jaar", "bram", "undisclosed",
  "Zwemlessen eerste jaar in het Sportoase-zwembad",
  """Beste ouders van het eerste jaar

Vanaf maandag 14 oktober gaan de klassen van het eerste jaar om de twee weken zwemmen in het Sportoase-zwembad, tijdens de lessen LO. We gaan te voet onder begeleiding van twee leerkrachten.

Meebrengen:
- een aansluitend zwempak of een zwembroek (geen short), een badmuts (verplicht in het zwembad), een handdoek;
- een zakje voor natte spullen;
- in de winter een muts voor de terugweg.

Kan uw kind een keer niet zwemmen, dan volstaat een briefje van de ouders in de agenda. Voor langere periodes is een medisch attest nodig. De leerling gaat dan wel mee en krijgt een andere opdracht.

De kostprijs (€ 3 per beurt) wordt verrekend op de schoolrekening.

Sportieve groeten
Bram Hermans""",
  fmt="cp1252", bcc=[OUDERS_1],
  note="Swimming lesson arrangements for all first-year parents.")

M("2025-04-04 09:10", "uitstap", "uit-herinnering-formulieren", "stijn", "undisclosed",
  "Herinnering: toestemming en medische fiche meerdaagse (uiterlijk 11 april)",
  """Beste ouders van het vijfde jaar

Nog niet voor alle leerlingen werden de toestemming en de medische fiche voor de meerdaagse naar La Roche ingevuld. De deadline is vrijdag 11 april.

Hoe vindt u het formulier? Smartschool > Formulieren > Meerdaagse 5de jaar. U kan het ook via de app invullen.

Heeft u het formulier al ingediend, dan mag u deze herinnering negeren. Dit bericht gaat naar alle ouders van het vijfde jaar.

Zit u met een vraag of een bezorgdheid over de reis, bel of mail dan gerust. We bekijken graag samen hoe we het voor iedereen haalbaar maken.

Vriendelijke groeten
Stijn Mertens""",
  fmt="b64", bcc=[OUDERS_5],
  note="Reminder to all fifth-year parents about forms; explicitly sent to everyone, not to late families.")

M("2025-04-02 21:25", "uitstap", "uit-reply-kamerverdeling", "stijn", [P("Hanne De Wit", "hanne.dewit@telenet.be")],
  "Re: vraag over de meerdaagse",
  """Dag mevrouw De Wit

Goeie vragen, ik zet de antwoorden even op een rijtje:

- Kamers: de leerlingen kiezen zelf met wie ze op de kamer gaan (kamers van 4 tot 6), jongens en meisjes apart. Wie geen groep vindt, wordt discreet geholpen door de klastitularis.
- Gsm's: overdag mogen ze hun gsm gebruiken in de vrije momenten. 's Nachts gaan alle toestellen in een doos bij de begeleiders, van 23 uur tot het ontbijt.
- Contact met thuis: we zetten elke avond een paar foto's en een kort verslag op Smartschool. Bellen naar huis kan altijd via de begeleiders.
- Zakgeld: niet nodig, alles is inbegrepen. Een paar euro voor een drankje is genoeg.

Groetjes
Stijn""",
  fmt="qp",
  quote={"who": P("Hanne De Wit", "hanne.dewit@telenet.be"), "date": "2025-04-02 19:58",
         "text": "Beste meneer Mertens,\n\nIk heb nog een paar praktische vragen over de meerdaagse: hoe worden de kamers verdeeld, mogen ze hun gsm houden en hoeveel zakgeld geven we best mee?\n\nAlvast bedankt,\nHanne De Wit"},
  note="Teacher answers a parent's practical questions about the trip; rules apply to all.")

# ==========================================================================
# Luizen
# ==========================================================================
M("2024-10-09 15:20", "luizen", "luis-klasbrief-1b", "dries", "undisclosed",
  "Luizen in de klas van uw kind",
  """Beste ouders van 1B

In de klas van uw zoon of dochter werden hoofdluizen vastgesteld. Geen paniek: luizen hebben niets met hygiëne te maken en komen in elke school voor. Om te vermijden dat ze zich verder verspreiden, vragen we u om deze week de haren van uw kind te controleren.

Zo gaat u te werk:
- Maak de haren nat en breng een gewone crèmespoeling aan.
- Kam het haar lok per lok met een fijne luizenkam, van de hoofdhuid naar de punten. Veeg de kam telkens af op een wit papiertje.
- Vindt u luizen of neten, behandel dan met een luizenmiddel van de apotheek en blijf twee weken lang om de drie dagen kammen.
- Controleer ook de andere gezinsleden.

Uw kind mag gewoon naar school komen.

Bedankt voor uw medewerking!
Dries Vandamme
klastitularis 1B""",
  fmt="8bit", bcc=[P("", "ouders-1b@" + D)],
  note="Standard lice letter to all parents of one class; no pupil identified.")

M("2024-09-05 16:05", "luizen", "luis-beleid-algemeen", "inge", "undisclosed",
  "Hoe gaan we op school om met luizen?",
  """Beste ouders

Luizen zijn vooral in de lagere school bekend, maar ook in het secundair duiken ze soms op. Zo pakken we het aan:

- Wanneer een leerling of ouder meldt dat er luizen zijn, sturen we een algemene brief naar alle ouders van die klas. We vermelden nooit over welke leerling het gaat.
- Leerlingen met luizen moeten niet thuisblijven, maar we vragen om meteen te behandelen.
- We controleren op school niet systematisch; we rekenen op de ouders.
- Het CLB kan helpen als luizen in een klas blijven terugkomen.

Een tip: na elke vakantie even kammen met de luizenkam voorkomt veel.

Meer info: www.zorg-en-gezondheid.be/hoofdluizen.""",
  sig="inge", fmt="html", style="gmail", bcc=["ouders"],
  note="General lice policy to all parents; stresses the school never names pupils.")

M("2024-10-09 15:35", "luizen", "luis-class-letter-en", "dries", [P("Joanna Kowalska", "joanna.kowalska@gmail.com")],
  "Head lice in your child's class (English)",
  """Dear Ms Kowalska,

This is the English version of the letter all parents of class 1B received today.

Head lice have been found in your child's class. This is common in schools and has nothing to do with hygiene. Please check your child's hair this week:

- Wet the hair and apply ordinary conditioner.
- Comb strand by strand with a fine lice comb (available at the pharmacy), from the scalp to the ends.
- If you find lice or eggs, use a lice treatment from the pharmacy and keep combing every three days for two weeks.
- Check other family members too.

Your child can come to school as usual.

Thank you,
Dries Vandamme
class teacher 1B""",
  fmt="qp", lang="en",
  fwd_attached={"date": "2024-10-09 15:20", "slug": "luis-1b-inner", "frm": "dries", "to": "undisclosed",
                "subj": "Luizen in de klas van uw kind", "fmt": "8bit",
                "body": "Beste ouders van 1B\n\nIn de klas van uw zoon of dochter werden hoofdluizen vastgesteld. Wilt u deze week de haren van uw kind controleren met een luizenkam? Uw kind mag gewoon naar school komen.\n\nBedankt voor uw medewerking!\nDries Vandamme\nklastitularis 1B"},
  note="English version of a class-wide lice letter for one parent with the Dutch original attached; not about her child.")

M("2024-10-09 15:40", "luizen", "luis-lettre-fr", "dries", [P("Chantal Mbuyi", "chantal.mbuyi@skynet.be")],
  "Poux dans la classe de votre enfant",
  """Chère Madame Mbuyi,

Voici la version française de la lettre envoyée aujourd'hui à tous les parents de la classe 1B.

Des poux ont été trouvés dans la classe de votre enfant. C'est fréquent à l'école et cela n'a rien à voir avec l'hygiène. Nous vous demandons de contrôler les cheveux de votre enfant cette semaine :

- mouillez les cheveux et appliquez un après-shampooing ordinaire ;
- peignez mèche par mèche avec un peigne anti-poux, de la racine vers les pointes ;
- si vous trouvez des poux ou des lentes, utilisez un traitement de la pharmacie et continuez à peigner tous les trois jours pendant deux semaines ;
- contrôlez aussi les autres membres de la famille.

Votre enfant peut venir à l'école normalement.

Merci pour votre collaboration.
Dries Vandamme
titulaire de la classe 1B""",
  fmt="8bit", lang="fr",
  note="French version of a class-wide lice letter for one parent.")

M("2024-11-04 07:30", "luizen", "luis-na-de-vakantie", "sec", ["sec"],
  "Na de herfstvakantie: even kammen?",
  """Beste ouders

Na een vakantie duiken luizen vaak weer op: kinderen en jongeren zien elkaar op kamp, bij familie en vrienden. Wilt u deze week even de haren van uw kind nakijken met een luizenkam? Het kost vijf minuten en voorkomt veel gedoe.

Vindt u luizen, behandel dan meteen en laat het weten aan de klastitularis. Wij verwittigen dan de ouders van de klas, zonder namen te noemen.

Dank u wel!""",
  sig="sec_tel", fmt="qp", bcc=["ouders"], pd=True,
  note="Post-holiday lice reminder for all parents; school phone in signature.")

M("2024-10-10 08:10", "luizen", "luis-reply-thuisblijven", "dries", [P("Anke Michiels", "anke.michiels@telenet.be")],
  "Re: brief luizen",
  """Dag mevrouw Michiels

Nee hoor, leerlingen met luizen hoeven niet thuis te blijven. Volgens de richtlijnen van het CLB volstaat het om meteen te starten met de behandeling. Thuishouden helpt niet om verspreiding te voorkomen, want meestal zaten de luizen er al een tijdje.

Wat wel helpt: lang haar samenbinden, geen mutsen of borstels uitwisselen, en vooral twee weken blijven kammen.

Groeten
Dries Vandamme""",
  fmt="8bit",
  quote={"who": P("Anke Michiels", "anke.michiels@telenet.be"), "date": "2024-10-09 20:41",
         "text": "Goedenavond meneer Vandamme,\n\nIk las de brief over de luizen in 1B. Moeten leerlingen die luizen hebben dan thuisblijven tot ze behandeld zijn? Dat staat er niet bij.\n\nGroetjes,\nAnke Michiels"},
  note="Teacher answers a parent's general question about the lice letter; no child identified.")

M("2024-10-09 13:02", "luizen", "luis-vraag-aan-secretariaat", "dries", ["nadia"],
  "standaardbrief luizen naar ouders 1B?",
  """Hoi Nadia

Er zijn luizen gemeld in 1B. Kan jij de standaardbrief 'luizen in de klas' naar de ouders van 1B sturen (via het groepsadres in BCC)? Ik stuur zelf nog de Engelse en Franse versie naar de twee gezinnen die dat vroegen bij de inschrijving.

Geen namen in de brief natuurlijk, en ook niet in Smartschool.

Merci!
Dries""",
  fmt="8bit",
  note="Internal request to send the class lice letter; explicitly no pupil identified.")

M("2025-01-13 14:25", "luizen", "luis-klasbrief-2a", "ellen", "undisclosed",
  "TR: Luizen gemeld in 2A",
  """Beste ouders van 2A

Hieronder de brief van het secretariaat. Bedankt om even te kijken!

Ellen Jacobs
klastitularis 2A""",
  fwd={"who": "nadia", "date": "2025-01-13 11:40", "style": "outlook", "subj": "Luizen gemeld in 2A", "to": "ellen",
       "text": """Beste ouders van 2A

We kregen een melding van hoofdluizen in de klas. Mogen we u vragen om deze week de haren van uw kind te controleren met een luizenkam? Een handleiding vindt u op Smartschool bij 'Documenten > Gezondheid'.

Behandelen is enkel nodig als u luizen of neten vindt. Uw kind mag gewoon naar school komen.

Met dank voor uw medewerking,
het leerlingensecretariaat"""},
  fmt="cp1252", bcc=[P("", "ouders-2a@" + D)],
  note="Short class-wide lice notice, windows-1252, to all parents of one class.")

# ==========================================================================
# Rouw
# ==========================================================================
M("2024-10-24 11:00", "rouw", "rouw-beleid-ouders", "hilde", "undisclosed",
  "Verlies en rouw: wat doet de school?",
  """Beste ouders

Rond Allerheiligen en Allerzielen denken veel mensen terug aan wie ze verloren hebben. Ook jongeren. Daarom vertellen we u graag hoe de school omgaat met verlies en rouw. Dit is ons algemeen rouwbeleid; elke situatie wordt natuurlijk met zorg en in overleg bekeken.

## Als een leerling iemand verliest
- Wanneer een leerling een ouder, broer, zus of andere dierbare verliest, neemt de klastitularis of de leerlingenbegeleiding contact op met het gezin. We vragen wat de familie wil dat de klas weet en hoe de leerling het liefst terug naar school komt.
- In de klas wordt er, met toestemming, over gesproken. Klasgenoten kunnen een kaartje schrijven.
- Bij de terugkeer krijgt de leerling een vertrouwenspersoon op school en mag hij of zij even uit de les als het te veel wordt (een 'time-out-kaart').
- Ook later denken we eraan: rond verjaardagen, Moederdag of Vaderdag, en tijdens examens.

## Als de school iemand verliest
Bij het overlijden van een leerling of een personeelslid treedt ons draaiboek in werking. Ouders worden dan altijd apart en zo snel mogelijk geïnformeerd.

## Wat kan u doen?
Laat het ons weten als er thuis iets gebeurd is dat uw kind raakt, ook als het lang geleden is of 'maar' een grootouder of een huisdier. U kan dat doen bij de klastitularis of rechtstreeks bij de leerlingenbegeleiding, liefst telefonisch of in een gesprek.

Het CLB en de leerlingenbegeleiding staan klaar voor wie het moeilijk heeft.""",
  sig="hilde_tel", fmt="alt", bcc=["ouders"], pd=True,
  note="The school's general bereavement policy explained to all parents; no family or pupil concerned; school phone in signature.")

M("2024-09-30 08:20", "rouw", "rouw-draaiboek-update", "hilde", ["hilde"],
  "Geactualiseerd draaiboek bij overlijden",
  """Dag collega's

In bijlage het geactualiseerde draaiboek 'Bij een overlijden'. De belangrijkste wijzigingen:

- Er is nu één vast crisisteam: directeur, zorgcoördinator, de leerlingenbegeleider van de graad en de klastitularis. Wie het bericht ontvangt, belt eerst de directeur.
- Het bericht wordt pas in de klas verteld na overleg met de familie over wat gezegd mag worden.
- Een modelbrief voor de ouders van de klas zit in de bijlage; die wordt altijd eerst aan de familie voorgelegd.
- De rouwkoffer met boeken en materialen staat in de bibliotheek (kast 3).
- Nazorg: het crisisteam plant na zes weken een evaluatie.

Graag even doorlezen. We bespreken het kort op de personeelsvergadering.

Hilde""",
  fmt="8bit", bcc=["personeel"],
  attach=[("docx", "draaiboek_overlijden_2024.docx",
           ["Draaiboek bij een overlijden - Sint-Pieterscollege (versie september 2024)",
            "1. Het bericht komt binnen: controleer de informatie en verwittig de directeur.",
            "2. Het crisisteam komt samen en verdeelt de taken.",
            "3. Contact met de familie: wat mag gezegd worden, welke wensen zijn er?",
            "4. Informeren van collega's, dan van de klas, dan van de ouders.",
            "5. Opvang in de klas: tijd voor vragen, een gedenkhoek, een kaartje.",
            "6. Afscheid en uitvaart: wie gaat, hoe wordt de klas vertegenwoordigd?",
            "7. Terugkeer naar school en nazorg.",
            "Bijlage: modelbrief aan de ouders van de klas (in te vullen na overleg met de familie)."])],
  note="Internal updated bereavement protocol with a general docx; no actual death.")

M("2025-01-27 18:30", "rouw", "rouw-infoavond-jongeren-en-rouw", "sec", "undisclosed",
  "Fwd: Infoavond: hoe rouwen jongeren?",
  """Beste ouders

Hieronder een uitnodiging van het CLB, die we graag aan alle ouders doorgeven.""",
  fwd={"who": "clb_onthaal", "date": "2025-01-24 11:02", "subj": "Infoavond: hoe rouwen jongeren?", "to": "sec",
       "text": """Beste directie, beste ouders

Jongeren rouwen anders dan volwassenen. Ze kunnen het ene moment verdrietig zijn en het volgende moment lachen met vrienden, alsof er niets aan de hand is. Dat is normaal, maar voor ouders vaak verwarrend.

Het CLB organiseert voor de ouders van alle scholen in Leuven een infoavond:

'Rouwen in de tienerjaren: hoe kan ik als ouder steunen?'
donderdag 20 februari, 20 uur
CLB Leuven, Tiensevest 37

De avond is bedoeld voor iedereen die er meer over wil weten, ook als er op dit moment niets aan de hand is. Inschrijven via onthaal@clb-leuven.be.

Met vriendelijke groeten
het team van CLB Leuven"""},
  sig="sec", fmt="qp", bcc=["ouders"],
  note="Forwarded CLB information evening on adolescent grief for all parents.")

M("2025-03-11 10:15", "rouw", "rouw-overlijden-oud-leerkracht", "dir", "undisclosed",
  "Afscheid van meneer Wijnants, gewezen leraar Latijn",
  """Geachte ouders

Met droefheid laten we u weten dat meneer Jozef Wijnants, die van 1979 tot 2016 Latijn en Grieks gaf op onze school, zondag op 72-jarige leeftijd is overleden. Veel ouders zullen hem nog kennen als hun eigen leraar.

De afscheidsplechtigheid vindt plaats op zaterdag 15 maart om 10.30 uur in de Sint-Pieterskerk. De familie laat weten dat oud-leerlingen en oud-collega's van harte welkom zijn.

In de inkomhal van de school ligt tot vrijdag een rouwregister.

Met vriendelijke groeten
namens het schoolteam,
Pieter-Jan Claes
directeur""",
  fmt="html", style="outlook", bcc=["ouders"],
  note="Public death notice of a long-retired teacher, shared at the family's wish; not about a pupil or a pupil's family.")

M("2024-10-31 09:00", "rouw", "rouw-tips-ouders", "elif", "undisclosed",
  "Praten over de dood met tieners",
  """Beste ouders

Met Allerzielen in aantocht krijgen we soms de vraag hoe je met tieners over de dood en over verdriet praat. Enkele algemene tips, samengesteld met het CLB:

- Wees eerlijk. Jongeren voelen het als er dingen verzwegen worden.
- Gebruik duidelijke woorden: 'dood', 'gestorven', niet 'ingeslapen'.
- Laat ruimte voor alle gevoelens: verdriet, boosheid, opluchting, schuld. Alles mag.
- Verwacht niet dat uw kind er met u over praat. Soms praten jongeren liever met een vriend, een leerkracht of online.
- Rituelen helpen: een kaarsje, een foto, een bezoek aan het graf, een herinneringsdoos.
- Blijf de gewone dingen doen: sport, school, vrienden. Dat geeft houvast.

Maakt u zich zorgen, bijvoorbeeld omdat uw kind zich lange tijd afsluit, slecht slaapt of niet meer naar school wil, praat er dan over met de leerlingenbegeleiding of het CLB. Jongeren kunnen ook anoniem terecht bij Awel (102).

Met warme groeten
Elif Yıldız
leerlingenbegeleiding""",
  fmt="html", style="gmail", bcc=["ouders"],
  note="General advice on talking with teenagers about death; the signs listed are generic and only the public short number 102 appears.")

M("2024-12-04 12:50", "rouw", "rouw-rouwkoffer-boeken", "karolien", ["hilde", "tom", "elif"],
  "nieuwe boeken voor de rouwkoffer",
  """Hoi Hilde, Tom en Elif

Met het budget van de bib heb ik vijf nieuwe jeugdboeken rond verlies gekocht voor de rouwkoffer. Ze staan in kast 3, met een fiche per boek (leeftijd, thema, leesniveau).

- een graphic novel over een jongen van 14 wiens vader plots sterft (vanaf 12 jaar)
- een dichtbundel van jonge Vlaamse dichters over afscheid (tweede en derde graad)
- een roman over een meisje dat haar beste vriendin verliest (vanaf 14)
- een luisterboek over rouwen in een Marokkaans-Vlaams gezin (vanaf 13)
- een praktisch boekje voor leerkrachten: 'wat zeg ik in de klas?'

Als jullie nog titels kennen, laat maar weten!

Groetjes
Karolien""",
  fmt="8bit",
  note="Internal note about new library books on grief; fictional characters only.")

M("2025-02-03 15:40", "rouw", "rouw-culturen-collega", "marie", ["marie"],
  "Rouw in verschillende culturen - een paar aandachtspunten",
  """Dag collega's

Naar aanleiding van de vorming rond ons rouwbeleid vroegen enkele collega's of ik iets kon zeggen over rouw in de verschillende gemeenschappen op onze school. Een paar algemene aandachtspunten, met de nadruk op 'algemeen': elke familie beleeft het op haar eigen manier.

- In moslimgezinnen vindt de begrafenis vaak heel snel plaats, soms binnen de 24 uur, en soms in het land van herkomst. Een leerling kan dan plots een week afwezig zijn.
- In veel Congolese gezinnen is er een rouwperiode met familiebijeenkomsten (matanga), vaak met veel bezoek thuis.
- In Poolse en Oekraïense gezinnen is Allerzielen een heel belangrijke dag.
- Vraag bij twijfel gewoon aan de leerling of de familie wat voor hen belangrijk is. Dat wordt bijna altijd gewaardeerd.

Afwezigheden door een overlijden in de familie zijn van rechtswege gewettigd (zie het schoolreglement), ook als de uitvaart in het buitenland is.

Marie""",
  fmt="8bit", bcc=["personeel"],
  note="General cultural background on mourning practices for all staff; no family concerned.")

M("2024-10-28 19:00", "rouw", "rouw-herdenkingsmoment", "sarah", "undisclosed",
  "Herdenkingsmoment in de kapel - dinsdag 5 november",
  """Beste ouders

Op dinsdag 5 november (12.40 - 13.00 uur) is er in de schoolkapel een kort herdenkingsmoment voor iedereen die iemand mist: een grootouder, een familielid, een vriend, een huisdier. Leerlingen en personeelsleden kunnen er een kaarsje aansteken en een naam in het herdenkingsboek schrijven.

Deelnemen is vrij en kan anoniem. Wie niet wil komen, kan een naam op een briefje in de brievenbus aan de kapel steken.

Met vriendelijke groeten
Sarah Wuyts
pastorale werkgroep""",
  fmt="cp1252", bcc=["ouders"],
  note="Invitation to an open remembrance moment for everyone; no individual loss mentioned.")

# ==========================================================================
# Relationele en seksuele vorming
# ==========================================================================
M("2025-03-07 13:20", "relationele-vorming", "rsv-lentekriebels-eerste-jaar", "fatima", "undisclosed",
  "Relationele en seksuele vorming in het eerste jaar",
  """Beste ouders van het eerste jaar

Tijdens de Week van de Lentekriebels (17 - 21 maart) besteden we in de lessen biologie en in de klasuren extra aandacht aan relaties en seksualiteit. Dat hoort bij de eindtermen en past in ons programma rond welbevinden.

## Wat komt aan bod?
- de veranderingen in het lichaam tijdens de puberteit;
- vriendschap en verliefdheid;
- grenzen aangeven en respecteren, ook online;
- verschillende soorten relaties en gezinnen.

## Hoe?
De lessen worden gegeven door de eigen leerkrachten, in de eigen klas. Leerlingen kunnen vooraf anoniem vragen in een vragenbox steken. We werken met materiaal van Sensoa, aangepast aan de leeftijd.

## En u?
Ouders blijven de eerste opvoeders. Misschien is dit een goed moment om er thuis ook eens over te praten. Wilt u het lesmateriaal inkijken, laat het dan weten; u kan het komen bekijken op school.

Vriendelijke groeten
Fatima Bouzid
vakgroep biologie""",
  sig=None, fmt="alt", bcc=[OUDERS_1],
  note="Announcement of the first-year relationships and sexuality programme to all first-year parents.")

M("2025-02-24 11:30", "relationele-vorming", "rsv-workshop-derde-jaar", "fatima", "undisclosed",
  "Workshop 'Lief & Leed' voor het derde jaar",
  """Beste ouders van het derde jaar

Op 18 en 19 maart krijgen alle klassen van het derde jaar een workshop van twee lesuren door een vormingswerker van 'Lief & Leed', een erkende organisatie voor relationele en seksuele vorming.

De workshop gaat over:
- wat een gezonde relatie is;
- toestemming: 'ja' zeggen, 'nee' zeggen en 'nee' horen;
- veilig vrijen en anticonceptie, zonder moraliseren;
- sexting en het doorsturen van naaktbeelden, en wat je doet als het misloopt.

De klassen worden niet opgesplitst. De leerkracht biologie is aanwezig. Leerlingen moeten niets over zichzelf vertellen en mogen altijd passen.

Heeft u vragen over de inhoud, neem dan gerust contact op met mij of met de leerlingenbegeleiding.

Vriendelijke groeten
Fatima Bouzid
vakgroep biologie""",
  fmt="qp", bcc=[OUDERS_3],
  note="Letter to all third-year parents about an external RSV workshop; general topics only.")

M("2025-03-03 17:10", "relationele-vorming", "rsv-kijkmoment-ouders", "fatima", "undisclosed",
  "Kijkmoment lesmateriaal relationele vorming",
  """Beste ouders

Op woensdag 12 maart van 13 tot 15 uur kan u in lokaal B.204 het lesmateriaal inkijken dat we in alle jaren gebruiken voor relationele en seksuele vorming. De leerkrachten biologie en de leerlingenbegeleiding zijn aanwezig om uitleg te geven en uw vragen te beantwoorden.

U hoeft zich niet in te schrijven. Kan u niet op dat moment, dan kan u een andere afspraak maken.

Vriendelijke groeten
Fatima Bouzid""",
  fmt="b64", bcc=["ouders"],
  note="Invitation for all parents to view RSV teaching material.")

M("2025-03-10 20:00", "relationele-vorming", "rsv-education-relationnelle-fr", "fatima", [P("Aïcha Benkirane", "aicha.benkirane@gmail.com")],
  "Éducation relationnelle et sexuelle en 1re année",
  """Chère Madame Benkirane,

Voici en français le contenu de la lettre envoyée à tous les parents de 1re année.

Pendant la semaine du 17 au 21 mars, les cours de biologie et les heures de titulariat accorderont une attention particulière aux relations et à la sexualité. Cela fait partie des objectifs officiels de l'enseignement en Flandre.

Thèmes abordés :
- les changements du corps pendant la puberté ;
- l'amitié et le sentiment amoureux ;
- poser ses limites et respecter celles des autres, aussi en ligne ;
- les différentes formes de relations et de familles.

Les cours sont donnés par les enseignants de l'école, dans la classe habituelle, avec un matériel adapté à l'âge. Les élèves peuvent poser des questions de façon anonyme.

Le mercredi 12 mars, de 13h à 15h, vous pouvez venir consulter le matériel pédagogique à l'école (local B.204).

Bien à vous,
Fatima Bouzid
professeure de biologie""",
  fmt="8bit", lang="fr",
  note="French version of the general RSV programme letter for one parent.")

M("2025-01-21 09:35", "relationele-vorming", "rsv-planning-vormingsorganisatie", "fatima", ["sensoa_partner"],
  "Planning workshops derde jaar 18-19 maart",
  """Beste

Zoals telefonisch besproken bevestig ik hierbij de planning van de workshops voor onze vier klassen van het derde jaar:

- dinsdag 18 maart, 1ste-2de lesuur (8.25 - 10.05): 3A, lokaal B.204
- dinsdag 18 maart, 3de-4de lesuur (10.20 - 12.00): 3B, lokaal B.204
- woensdag 19 maart, 1ste-2de lesuur: 3C, lokaal B.204
- woensdag 19 maart, 3de-4de lesuur: 3D, lokaal B.204

Per klas zijn er ongeveer 22 leerlingen. Een beamer en een whiteboard zijn aanwezig. Parkeren kan op de parking achter de sporthal; meld u aan het onthaal.

De factuur mag naar boekhouding@sintpieterscollege.be, met vermelding 'RSV derde jaar'.

Met vriendelijke groeten
Fatima Bouzid
vakgroep biologie, Sint-Pieterscollege""",
  fmt="8bit",
  note="Teacher confirms workshop schedule per class with the external training organisation; no pupil data.")

M("2025-02-28 16:15", "relationele-vorming", "rsv-reply-deelname", "fatima", [P("Leen Goris", "leen.goris@hotmail.com")],
  "Re: lessen relationele vorming - deelname",
  """Dag mevrouw Goris

Bedankt voor uw eerlijke vraag. Relationele en seksuele vorming hoort bij de eindtermen die alle scholen in Vlaanderen moeten nastreven, dus het is geen keuzeonderdeel. Leerlingen kunnen niet vrijgesteld worden van de lessen.

Wel kan ik u geruststellen over de aanpak:
- alles gebeurt op een manier die past bij de leeftijd;
- niemand wordt verplicht om iets persoonlijks te vertellen;
- we hebben respect voor verschillende waarden en overtuigingen en laten die ook in de klas aan bod komen.

Ik nodig u graag uit op het kijkmoment van woensdag 12 maart, of op een ander moment als dat beter past. Dan kan u het materiaal zelf bekijken en kunnen we rustig praten.

Met vriendelijke groeten
Fatima Bouzid""",
  fmt="qp",
  quote={"who": P("Leen Goris", "leen.goris@hotmail.com"), "date": "2025-02-27 21:30",
         "text": "Beste mevrouw Bouzid,\n\nIk las over de lessen relationele en seksuele vorming. Is het mogelijk dat leerlingen daar niet aan deelnemen, of moeten ze verplicht meedoen? Ik zou ook graag weten wat er precies gezegd wordt.\n\nVriendelijke groeten,\nLeen Goris"},
  note="Teacher explains to a parent that the general RSV programme is compulsory and how it is taught.")

M("2025-03-12 08:20", "relationele-vorming", "rsv-vragenbox-vierde-jaar", "sarah", "undisclosed",
  "Vragenbox relaties en seksualiteit (vierde jaar)",
  """Beste ouders van het vierde jaar

In de lessen godsdienst werken we de komende weken rond relaties, intimiteit en respect. Leerlingen kunnen vooraf anoniem vragen stellen via een vragenbox in de klas. Alle vragen worden in de klas besproken, zonder te zoeken wie ze gesteld heeft.

Vorig jaar kwamen vooral deze vragen terug:
- Hoe weet je of je echt verliefd bent?
- Wanneer ben je 'klaar' voor seks?
- Wat als je vrienden druk zetten?
- Wat als een foto van jou online rondgaat?

Misschien kunnen deze vragen ook thuis een aanzet zijn tot een gesprek.

Vriendelijke groeten
Sarah Wuyts
leerkracht godsdienst""",
  fmt="cp1252", bcc=[P("", "ouders-4dejaar@" + D)],
  note="Anonymous question box in RSV lessons explained to all fourth-year parents; example questions are generic.")

M("2024-12-16 14:10", "relationele-vorming", "rsv-vlaggensysteem-vorming", "hilde", ["hilde"],
  "Vorming Vlaggensysteem voor het hele team (29 januari)",
  """Dag collega's

Tijdens de pedagogische studiedag van woensdag 29 januari volgen we met het hele team de vorming 'Vlaggensysteem', een methode om seksueel gedrag van jongeren in te schatten en er gepast op te reageren.

Wat leren we?
- het onderscheid tussen gezond, grensoverschrijdend en ernstig grensoverschrijdend gedrag, met zes criteria;
- hoe je reageert in de klas, op de speelplaats of op uitstap;
- wanneer en hoe je doorverwijst naar de leerlingenbegeleiding.

We werken met fictieve voorbeelden en tekeningen. Echte situaties van leerlingen worden niet besproken tijdens de vorming.

Praktisch: 8.30 - 12.00 uur in de aula, daarna lunch in de refter.

Hilde""",
  fmt="html", style="outlook", bcc=["personeel"],
  note="Internal announcement of staff training on assessing sexual behaviour with fictional examples.")

# ==========================================================================
# Other
# ==========================================================================
M("2025-01-29 17:45", "other", "other-staking", "dir", "undisclosed",
  "Actiedag donderdag 13 februari: wat betekent dit voor de lessen?",
  """Geachte ouders

De vakbonden hebben opgeroepen tot een nationale actiedag in het onderwijs op donderdag 13 februari. Het is nog niet duidelijk hoeveel personeelsleden zullen staken.

- De school blijft open. Er is opvang voor alle leerlingen van 8.15 tot 16.15 uur.
- Lessen van personeelsleden die staken, worden vervangen door studie onder toezicht.
- Leerlingen van de tweede en derde graad die op die dag de laatste of de eerste lesuren geen les hebben, mogen met toestemming van de ouders later komen of vroeger vertrekken. Dat regelt u via het formulier in Smartschool.
- De bussen van De Lijn rijden mogelijk minder. Hou de website van De Lijn in de gaten.

Op woensdag 12 februari krijgt u via Smartschool een overzicht van de lessen die doorgaan.""",
  sig="dir_tel", fmt="8bit", bcc=["ouders"], pd=True,
  note="Practical information about a strike day for all parents; school phone in signature.")

M("2025-06-16 12:00", "other", "other-verloren-voorwerpen", "nadia", "undisclosed",
  "Verloren voorwerpen: laatste kans",
  """Beste ouders

In de kast met verloren voorwerpen liggen op dit moment 43 jassen, 17 drinkbussen, 9 brooddozen, 6 sportzakken, een rekenmachine (!) en een heleboel losse sokken.

Alles ligt uitgestald in de refter tot vrijdag 27 juni. Wat daarna niet is opgehaald, schenken we aan de kringwinkel.

Een tip voor volgend schooljaar: zet de naam van uw kind in jassen en op drinkbussen.

Vriendelijke groeten
Nadia El Khayari""",
  fmt="html", style="gmail", bcc=["ouders"],
  note="Lost-property notice for all parents.")

M("2024-09-02 10:45", "other", "other-refter-bestellen", "sec", "undisclosed",
  "Warme maaltijden in de refter: zo bestelt u",
  """Beste ouders

Vanaf maandag 9 september kan uw kind elke dag (behalve woensdag) een warme maaltijd eten in de vernieuwde refter.

- Bestellen kan via Smartschool, module 'Maaltijden', uiterlijk de dag voordien om 12 uur.
- Een warme maaltijd kost € 4,20, soep € 0,80. De kosten komen op de schoolrekening.
- Elke dag is er een vegetarische keuze. Varkensvlees wordt altijd duidelijk aangeduid.
- Eten van thuis meebrengen mag natuurlijk ook.

Heeft uw kind een voedselallergie of een dieet, dan kan u dit melden aan de keuken via het formulier 'Dieet refter' in Smartschool. We doen ons best om een aangepast alternatief te voorzien.""",
  sig="sec", fmt="qp", bcc=["ouders"],
  note="Canteen ordering instructions for all parents; dietary needs reported through a form.")

M("2025-01-08 06:45", "other", "other-sneeuw", "dir", "undisclosed",
  "Sneeuw en ijzel: de school is open",
  """Beste ouders

Door de sneeuw en de ijzel van vannacht rijden de bussen van De Lijn vandaag met vertraging en zijn sommige fietspaden gevaarlijk.

- De school is gewoon open. De lessen beginnen om 8.25 uur.
- Wie door het weer te laat komt, krijgt geen inhaalmoment.
- Kies voor veiligheid: laat uw kind liever later vertrekken of met de bus gaan dan met de fiets op een gladde baan.
- Er is opvang vanaf 7.45 uur in de refter.

Voorzichtig onderweg!""",
  sig="dir", fmt="b64", bcc=["ouders"],
  note="Winter weather notice for all parents.")

M("2025-06-30 15:30", "other", "other-werken-zomer", "dir", "undisclosed",
  "Werken tijdens de zomervakantie en start van het nieuwe schooljaar",
  """Geachte ouders

Tijdens de zomervakantie worden de toiletten van blok A gerenoveerd en krijgt de speelplaats aan de Schapenstraat nieuwe banken en extra groen. Dat was een van de wensen van de leerlingenraad.

[[TABLE:start]]

De boeken voor volgend schooljaar worden thuis geleverd door onze boekenleverancier. Wie nog niet besteld heeft, kan dat tot 15 juli.

Wij wensen u en uw gezin een fijne zomer.""",
  sig="dir", fmt="alt", bcc=["ouders"],
  tables={"start": [["Wie", "Wanneer"], ["Eerste jaar", "ma 1 september, 8.25 - 15.00 uur"],
                    ["Alle andere jaren", "di 2 september, 8.25 uur"], ["Infoavond eerste jaar", "do 18 september, 19.30 uur"]]},
  note="Summer works and start-of-year dates for all parents.")


if __name__ == "__main__":
    main()
