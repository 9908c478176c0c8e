#!/usr/bin/env python3
"""batch24 - labelled outgoing mails of the Brussels campus (Anderlecht/Molenbeek) of the group.

Deterministic: fixed dates, boundaries and message ids.  Run:  python3 make.py
Writes NNN-slug.eml, labels.yaml and roster.csv into this folder.
Only the standard library is used.
"""
import base64, csv, datetime, hashlib, html, io, json, os, quopri, random, re, sys
from email.header import Header
from email.utils import formataddr, format_datetime
import email
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
CRLF = "\r\n"

# ---------------------------------------------------------------- school
S = "sintpieterscollege.be"
SS = "spc.ksleuven.be"
SCHOOL = "Sint-Pieterscollege Brussel \u2013 campus Kuregem"
SCHOOL_ADDR = "Kuregemstraat 112, 1070 Anderlecht"
SCHOOL_TEL = "02 520 41 80"
SCHOOL_IBAN = "BE71 0961 2345 6769"

# staff: key -> (display name, address, function)
STAFF = {
 "dir":   ("Karin Vanderhaegen", "karin.vanderhaegen@"+S, "directeur"),
 "adj":   ("Youssef Amrani", "youssef.amrani@"+S, "adjunct-directeur"),
 "sec":   ("Ilse Verbruggen", "ilse.verbruggen@"+S, "secretariaat"),
 "lsec":  ("Amal Bensa\u00efd", "amal.bensaid@"+S, "leerlingensecretariaat"),
 "boek":  ("Marleen De Backer", "marleen.debacker@"+S, "boekhouding"),
 "maw":   ("Nadia Bouchiki", "nadia.bouchiki@"+S, "maatschappelijk werker"),
 "lb1":   ("Sara Lambrechts", "sara.lambrechts@"+S, "leerlingenbegeleiding 1ste graad"),
 "lb2":   ("Tom Verhaegen", "tom.verhaegen@"+S, "leerlingenbegeleiding 2de en 3de graad"),
 "zorg":  ("Griet Maes", "griet.maes@"+S, "zorgco\u00f6rdinator"),
 "taal":  ("Jonas Wouters", "jwo@"+SS, "taalcoach"),
 "taal2": ("Eline Claes", "eline.claes@"+S, "taalcoach / NT2"),
 "okan":  ("Hilde Peeters", "hilde.peeters@"+S, "leerkracht OKAN"),
 "vsc":   ("Lucas Vandeputte", "lucas.vandeputte@"+S, "vervolgschoolcoach OKAN"),
 "ict":   ("Dries Van Damme", "dvd@"+SS, "ICT-co\u00f6rdinator"),
 "hwk":   ("Fatima Zahra El Khattabi", "fz.elkhattabi@"+SS, "co\u00f6rdinator huiswerkklas"),
 "lo":    ("Kevin Mertens", "kevin.mertens@"+S, "LO - co\u00f6rdinator voetbalproject"),
 "lo2":   ("Ruben De Smet", "ruben.desmet@"+S, "leerkracht LO"),
 "t2b":   ("An Devos", "an.devos@"+S, "wiskunde, klastitularis 2B"),
 "t5c":   ("Bart Jacobs", "bart.jacobs@"+S, "geschiedenis, klastitularis 5C"),
 "fr":    ("Leen Goossens", "leen.goossens@"+S, "Frans"),
 "t2c":   ("Sofie Willems", "sofie.willems@"+S, "klastitularis 2C"),
 "wet":   ("Mehmet Y\u0131ld\u0131z", "mehmet.yildiz@"+S, "wetenschappen"),
 "t1c":   ("Evi Van Acker", "evi.vanacker@"+S, "klastitularis 1C"),
 "t4a":   ("Katleen Segers", "katleen.segers@"+S, "klastitularis 4A"),
 "t1d":   ("Koen Heylen", "koen.heylen@"+S, "techniek, klastitularis 1D"),
 "t3c":   ("Joke Van den Broeck", "joke.vandenbroeck@"+S, "klastitularis 3C"),
 "isl":   ("Ahmed Berrada", "ahmed.berrada@"+S, "islam"),
 "opv":   ("Wim Dierckx", "wim.dierckx@"+S, "opvoeder"),
 "opv2":  ("Nathalie Lemmens", "nathalie.lemmens@"+S, "opvoeder / onthaal"),
 "t3b":   ("Mathilde Lejeune", "mathilde.lejeune@"+S, "Frans, klastitularis 3B"),
 "t1a":   ("Pieter Claeys", "pieter.claeys@"+S, "klastitularis 1A"),
 "t1b":   ("Liesbeth Aerts", "liesbeth.aerts@"+S, "klastitularis 1B"),
 "t4b":   ("Stijn Wuyts", "stijn.wuyts@"+S, "Nederlands, klastitularis 4B"),
 "t3d":   ("Veerle Hendrickx", "veerle.hendrickx@"+S, "Engels, klastitularis 3D"),
 "t5b":   ("Bram Claessens", "bram.claessens@"+S, "aardrijkskunde, klastitularis 5B"),
 "t6a":   ("Gert Nys", "gert.nys@"+S, "klastitularis 6A"),
 "t2a":   ("Elke Vos", "elke.vos@"+S, "klastitularis 2A"),
 "int":   ("Kristof Baert", "kristof.baert@"+S, "interimleerkracht Nederlands"),
 "prev":  ("Dirk Laenen", "dirk.laenen@"+S, "preventieadviseur / technische dienst"),
 "t4d":   ("Heidi Goris", "heidi.goris@"+S, "klastitularis 4D"),
 "t2d":   ("Nele Wouters", "nele.wouters@"+S, "klastitularis 2D"),
 "t5a":   ("Jeroen Pauwels", "jeroen.pauwels@"+S, "klastitularis 5A"),
 "t5d":   ("Charlotte Dewit", "charlotte.dewit@"+S, "klastitularis 5D"),
 "eng":   ("Rachel Whitmore", "rachel.whitmore@"+S, "English teacher (CLIL)"),
}
def nm(k): return STAFF[k][0]
def ad(k): return STAFF[k][1]
def who(k): return formataddr((STAFF[k][0], STAFF[k][1]))

def sig(k, tel=False, gsm=None, lang="nl", short=False):
    n, a, f = STAFF[k]
    if short:
        return n.split()[0]
    lines = [n, f, SCHOOL]
    if tel:
        lines.append(("Tel. " if lang != "en" else "Phone ") + SCHOOL_TEL)
    if gsm:
        lines.append(("GSM " if lang == "nl" else "Mobile " if lang == "en" else "GSM ") + gsm)
    return "\n".join(lines)

# ---------------------------------------------------------------- MIME building
class Part:
    def __init__(self, ctype, body=None, charset=None, cte=None, parts=None, filename=None,
                 disposition=None, extra=None, subtype_params=None):
        self.ctype, self.body, self.charset, self.cte = ctype, body, charset, cte
        self.parts, self.filename, self.disposition = parts, filename, disposition
        self.extra = extra or []
        self.params = subtype_params or {}

def T(text, cs="utf-8", cte="8bit", flowed=False):
    return Part("text/plain", text, cs, cte, extra=[("format", "flowed")] if flowed else [])

def H(htmltext, cs="utf-8", cte="quoted-printable"):
    return Part("text/html", htmltext, cs, cte)

def ALT(*parts):
    return Part("multipart/alternative", parts=list(parts))

def MIX(*parts):
    return Part("multipart/mixed", parts=list(parts))

def ATT(filename, data, ctype="application/octet-stream", cs=None, cte="base64", inline=False):
    if isinstance(data, str):
        data = data.replace("\n", "\r\n").encode(cs or "utf-8")
    return Part(ctype, data, cs, cte, filename=filename, disposition="inline" if inline else "attachment")

def RFC822(raw):
    return Part("message/rfc822", raw, None, "7bit", disposition="attachment")

def _encode_body(p):
    if isinstance(p.body, bytes):
        raw = p.body
    else:
        txt = p.body.replace("\r\n", "\n")
        if p.cte == "base64":
            txt = txt.replace("\n", "\r\n")
        raw = txt.encode(p.charset or "utf-8")
    if p.cte in ("7bit", "8bit"):
        return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if p.cte == "quoted-printable":
        enc = quopri.encodestring(raw.replace(b"\r\n", b"\n"))
        return enc.replace(b"\n", b"\r\n")
    if p.cte == "base64":
        enc = base64.encodebytes(raw)
        return enc.replace(b"\n", b"\r\n")
    raise ValueError(p.cte)

class Ctx:
    def __init__(self, seed, style):
        self.seed, self.style, self.n = seed, style, 0
    def boundary(self):
        self.n += 1
        h = hashlib.sha1(("%s-%d" % (self.seed, self.n)).encode()).hexdigest()
        if self.style == "outlook":
            return "_%03d_%sEURP%s_" % (self.n - 1, h[:20].upper(), h[20:24].upper())
        if self.style == "gmail":
            return "000000000000" + h[:16]
        if self.style == "thunderbird":
            return "------------" + h[:24]
        return "----=_Part_%d_%s" % (self.n, h[:10])

def _hdrparam(name, value):
    try:
        value.encode("ascii")
        return '%s="%s"' % (name, value)
    except UnicodeEncodeError:
        from urllib.parse import quote
        return "%s*=utf-8''%s" % (name, quote(value))

def render_part(p, ctx):
    """returns (header lines list, body bytes)"""
    hdr = []
    if p.ctype.startswith("multipart/"):
        b = ctx.boundary()
        hdr.append('Content-Type: %s;\r\n\tboundary="%s"' % (p.ctype, b))
        out = b"This is a multi-part message in MIME format.\r\n" if ctx.style != "gmail" else b""
        for sub in p.parts:
            sh, sb = render_part(sub, ctx)
            out += b"\r\n--" + b.encode() + b"\r\n" + "\r\n".join(sh).encode() + b"\r\n\r\n" + sb
        out += b"\r\n--" + b.encode() + b"--\r\n"
        return hdr, out
    if p.ctype == "message/rfc822":
        hdr.append("Content-Type: message/rfc822")
        hdr.append("Content-Transfer-Encoding: 7bit" if all(c < 128 for c in p.body) else "Content-Transfer-Encoding: 8bit")
        hdr.append("Content-Disposition: attachment")
        return hdr, p.body
    ct = p.ctype
    if p.charset:
        ct += '; charset="%s"' % p.charset
    for k, v in p.extra:
        ct += "; %s=%s" % (k, v)
    if p.filename:
        ct += ";\r\n\t" + _hdrparam("name", p.filename)
    hdr.append("Content-Type: " + ct)
    hdr.append("Content-Transfer-Encoding: " + p.cte)
    if p.disposition:
        d = p.disposition
        if p.filename:
            d += ";\r\n\t" + _hdrparam("filename", p.filename)
        hdr.append("Content-Disposition: " + d)
    return hdr, _encode_body(p)

def enc_hdr(v):
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, "utf-8").encode(linesep="\r\n")

def enc_addr(a):
    """a: 'Name <x@y>' or 'x@y' or (name, addr)"""
    if isinstance(a, tuple):
        name, addr = a
    else:
        m = re.match(r"^\s*(.*?)\s*<([^>]+)>\s*$", a)
        name, addr = (m.group(1).strip('"'), m.group(2)) if m else ("", a.strip())
    if not name:
        return addr
    return formataddr((name, addr), charset="utf-8")

def addr_only(a):
    if isinstance(a, tuple):
        return a[1]
    m = re.match(r"^\s*(.*?)\s*<([^>]+)>\s*$", a)
    return m.group(2) if m else a.strip()

def mkdate(s):
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    # Belgian summer time roughly: last Sunday of March .. last Sunday of October
    summer = (datetime.datetime(d.year, 3, 31) <= d < datetime.datetime(d.year, 10, 27)) if d.year == 2024 \
        else (datetime.datetime(d.year, 3, 30) <= d < datetime.datetime(d.year, 10, 26))
    tz = datetime.timezone(datetime.timedelta(hours=2 if summer else 1))
    return d.replace(tzinfo=tz)

def build_raw(frm, to, subject, date, body, cc=None, style="plain", msgid_seed="x", extra_headers=None,
              mailer=None, in_reply_to=None, mid_domain=None):
    ctx = Ctx(msgid_seed, style)
    dt = mkdate(date)
    fa = addr_only(frm)
    dom = mid_domain or fa.split("@")[1]
    h = hashlib.sha1(msgid_seed.encode()).hexdigest()
    if style == "outlook":
        mid = "<%s%s@%s>" % ("AM9PR02MB", h[:14].upper(), dom.replace(".", "-") + ".prod.outlook.com")
    elif style == "gmail":
        mid = "<CA%s%s@mail.gmail.com>" % (h[:10], base64.b32encode(bytes.fromhex(h[10:30])).decode().rstrip("=").lower()[:22])
    else:
        mid = "<%s.%s@%s>" % (h[:12], h[12:20], dom)
    lines = []
    lines.append("Date: " + format_datetime(dt))
    lines.append("From: " + enc_addr(frm))
    tos = to if isinstance(to, list) else [to]
    lines.append("To: " + ",\r\n\t".join(enc_addr(a) for a in tos))
    if cc:
        ccs = cc if isinstance(cc, list) else [cc]
        lines.append("Cc: " + ",\r\n\t".join(enc_addr(a) for a in ccs))
    lines.append("Subject: " + enc_hdr(subject))
    lines.append("Message-ID: " + mid)
    if in_reply_to:
        irt = "<%s@%s>" % (hashlib.md5(in_reply_to.encode()).hexdigest()[:20], in_reply_to.split("|")[0] if "|" in in_reply_to else "mail.gmail.com")
        lines.append("In-Reply-To: " + irt)
        lines.append("References: " + irt)
    for k, v in (extra_headers or []):
        lines.append("%s: %s" % (k, enc_hdr(v)))
    if mailer:
        lines.append("X-Mailer: " + mailer)
    if style == "outlook":
        lines.append("Content-Language: nl-BE")
    lines.append("MIME-Version: 1.0")
    ph, pb = render_part(body, ctx)
    lines += ph
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + pb

# ---------------------------------------------------------------- helpers for text
def quote_gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))

def html2text(h):
    t = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", "", h)
    t = re.sub(r"\s*\n\s*", " ", t)
    t = re.sub(r"(?i)<br\s*/?>\s*", "\n", t)
    t = re.sub(r"(?i)</p>\s*(?=</t[dh]>)", "", t)
    t = re.sub(r"(?i)</(p|div|tr|h[1-6]|li)>", "\n", t)
    t = re.sub(r"(?i)<li[^>]*>", "- ", t)
    t = re.sub(r"(?i)</t[dh]>", "\t", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = html.unescape(t).replace("\xa0", " ")
    t = "\n".join(l.strip(" ").rstrip("\t").replace("\t ", "\t") for l in t.split("\n"))
    t = re.sub(r"\n{3,}", "\n\n", t)
    return t.strip() + "\n"

OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face {font-family:Aptos;}
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}
table.MsoTableGrid {border-collapse:collapse;}
--></style>
</head>
<body lang="NL-BE" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
"""
OUTLOOK_TAIL = "</div>\n</body>\n</html>\n"

def op(text):
    """Outlook paragraphs from plain text (blank line separated, single newline -> <br>)"""
    out = []
    for para in text.strip("\n").split("\n\n"):
        inner = "<br>\n".join(html.escape(l) for l in para.split("\n"))
        out.append('<p class="MsoNormal">%s<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' % inner)
    return "\n".join(out) + "\n"

def otable(rows, header=True, widths=None):
    out = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">']
    for i, r in enumerate(rows):
        out.append("<tr>")
        for j, c in enumerate(r):
            style = "border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"
            if widths:
                style += ";width:%dpt" % widths[j]
            cell = "<br>".join(html.escape(x) for x in str(c).split("\n"))
            if header and i == 0:
                cell = "<b>%s</b>" % cell
            out.append('<td valign="top" style="%s"><p class="MsoNormal">%s<o:p></o:p></p></td>' % (style, cell))
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out) + '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'

def outlook(html_inner):
    return OUTLOOK_HEAD + html_inner + OUTLOOK_TAIL

def simple_html(inner, font="Arial, sans-serif"):
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body style="font-family:%s;font-size:14px">\n' % font
            + inner + "\n</body></html>\n")

def ph(text):
    """simple <p> paragraphs"""
    return "\n".join("<p>%s</p>" % "<br>\n".join(html.escape(l) for l in para.split("\n"))
                     for para in text.strip("\n").split("\n\n"))

def outlook_alt(text_before, table_rows=None, text_after="", widths=None, cs="utf-8"):
    inner = op(text_before)
    if table_rows:
        inner += otable(table_rows, widths=widths)
    if text_after:
        inner += op(text_after)
    h = outlook(inner)
    return ALT(T(html2text(h), cs, "quoted-printable"), H(h, cs, "quoted-printable"))

# ---------------------------------------------------------------- registry
MAILS = []
def M(slug, **kw):
    kw["slug"] = slug
    MAILS.append(kw)

# ---------------------------------------------------------------- roster
# handle: (first, last, class, parent1, parent2)
KEY = {
 # 1A
 "lucia":    ("Luc\u00eda", "Garc\u00eda L\u00f3pez", "1A", "javier.garciamartin@gmail.com", "carmen.lopezsanchez@hotmail.com"),
 "adam_z":   ("Adam", "Ziani", "1A", "h.ziani@gmail.com", "fatiha.ziani@hotmail.com"),
 "noah":     ("Noah", "Vermeulen", "1A", "sofie.vermeulen@telenet.be", "bert.vermeulen@gmail.com"),
 # 1B
 "grace":    ("Gr\u00e2ce", "Mukendi", "1B", "m.mukendi@skynet.be", "mama.kabeya@gmail.com"),
 "dariusz":  ("Dariusz", "Wi\u015bniewski", "1B", "ewa.wisniewska@gmail.com", ""),
 "fatoumata":("Fatoumata", "Diallo", "1B", "diallo.mariama@gmail.com", ""),
 "maya":     ("Maya", "Verhulst", "1B", "kris.verhulst@telenet.be", "annelies.goossens@gmail.com"),
 "oumar":    ("Oumar", "Sow", "1B", "sow.aminata@hotmail.com", "ibrahima.sow@gmail.com"),
 # 1C
 "lotte":    ("Lotte", "Janssens", "1C", "els.janssens@telenet.be", "oma.opa.janssens@skynet.be"),
 "lore":     ("Lore", "Jansen", "1C", "tim.jansen@proximus.be", ""),
 "elias":    ("Elias", "Haddou", "1C", "haddou.m@gmail.com", "salima.haddou@hotmail.com"),
 # 1D
 "ayoub":    ("Ayoub", "Benali", "1D", "omar.benali@gmail.com", "leila.mansouri@gmail.com"),
 "amir":     ("Amir", "Jaber", "1D", "jaber.family@gmail.com", ""),
 "thibault": ("Thibault", "Dumont", "1D", "v.dumont@skynet.be", ""),
 # 2A
 "valeria":  ("Valeria", "Fern\u00e1ndez Garc\u00eda", "2A", "pablo.fernandez.v@gmail.com", "rocio.garciagomez@hotmail.com"),
 "kobe":     ("Kobe", "De Wilde", "2A", "an.dewilde@telenet.be", ""),
 "mila":     ("Mila", "Nowak", "2A", "k.nowak@outlook.com", "piotr.nowak.bxl@gmail.com"),
 # 2B
 "yassin":   ("Yassin", "El Idrissi", "2B", "rachid.elidrissi@gmail.com", "samira.azzouzi@hotmail.com"),
 "meryem":   ("Meryem", "Ayd\u0131n", "2B", "aydin.hatice@hotmail.com", ""),
 "wassim":   ("Wassim", "Lahlou", "2B", "lahlou.fouad@gmail.com", ""),
 "emilia":   ("Emilia", "Stan", "2B", "cristina.stan@yahoo.com", "stan.vasile@gmail.com"),
 "nathan":   ("Nathan", "Mbuyi", "2B", "nathalie.mbuyi@hotmail.com", "jp.mbuyi@gmail.com"),
 # 2C
 "rayan":    ("Rayan", "Bakkali", "2C", "nawal.bakkali@hotmail.com", ""),
 "amine":    ("Amine", "Tahiri", "2C", "tahiri.mustapha@gmail.com", ""),
 "zofia":    ("Zofia", "Kami\u0144ska", "2C", "agnieszka.kaminska@gmail.com", ""),
 "wiktor":   ("Wiktor", "Zieli\u0144ski", "2C", "tomasz.zielinski@outlook.com", "marta.zielinska@gmail.com"),
 "oksana":   ("Oksana", "Melnyk", "2C", "melnyk.olena@gmail.com", ""),
 # 2D
 "jayden":   ("Jayden", "Mensah", "2D", "abena.mensah@gmail.com", "kwame.mensah@outlook.com"),
 "ahmad":    ("Ahmad", "Rahimi", "2D", "jan.dewaele@voogdij-dewaele.be", ""),
 "zeynep":   ("Zeynep", "Arslan", "2D", "arslan.gulay@hotmail.com", "m.arslan@gmail.com"),
 # 3A
 "andrei":   ("Andrei", "Popescu", "3A", "elena.popescu84@gmail.com", "ion.popescu@outlook.com"),
 "sami":     ("Sami", "Haddad", "3A", "r.haddad@gmail.com", ""),
 "yasmine":  ("Yasmine", "Toumi", "3A", "toumi.nadia@hotmail.com", "k.toumi@gmail.com"),
 # 3B
 "ines":     ("In\u00e8s", "Bouazza", "3B", "samia.bouazza@hotmail.com", ""),
 "nour":     ("Nour", "Ouali", "3B", "h.ouali@gmail.com", ""),
 "sebastian":("Sebasti\u00e1n", "Morales D\u00edaz", "3B", "diego.morales.r@gmail.com", "lucia.diaz.romero@hotmail.com"),
 # 3C
 "mateo":    ("Mateo", "Garc\u00eda L\u00f3pez", "3C", "javier.garciamartin@gmail.com", "carmen.lopezsanchez@hotmail.com"),
 "bilal":    ("Bilal", "Azzouz", "3C", "azzouz.latifa@hotmail.com", ""),
 "lina":     ("Lina", "Hamdaoui", "3C", "hamdaoui.n@gmail.com", "said.hamdaoui@outlook.com"),
 # 3D
 "chiamaka": ("Chiamaka", "Okafor", "3D", "emeka.okafor@gmail.com", ""),
 "adam_c":   ("Adam", "Chraibi", "3D", "souad.chraibi@gmail.com", ""),
 # 4A
 "hajar":    ("Hajar", "Boukhari", "4A", "boukhari.a@hotmail.com", ""),
 "bilal2":   ("Bilal", "Cherkaoui", "4A", "y.cherkaoui@gmail.com", "cherkaoui.malika@hotmail.com"),
 # 4B
 "daniel":   ("Daniel", "L\u00f3pez Garc\u00eda", "4B", "andres.lopezortega@gmail.com", "marta.garciaperez@outlook.com"),
 "sofia":    ("Sofia", "Bennani", "4B", "bennani.karima@hotmail.com", ""),
 "hamza":    ("Hamza", "Kaya", "4B", "kaya.emine@gmail.com", ""),
 # 4C
 "ilyas":    ("Ilyas", "El Idrissi", "4C", "karim.elidrissi@hotmail.com", "nora.elidrissi@gmail.com"),
 "anass":    ("Anass", "El Ouardi", "4C", "elouardi.m@gmail.com", "fatima.elouardi@hotmail.com"),
 # 4D
 "josue":    ("Josu\u00e9", "Mukendi", "4D", "m.mukendi@skynet.be", "mama.kabeya@gmail.com"),
 "kevin":    ("Kevin", "Lambert", "4D", "sandrine.lambert@skynet.be", ""),
 "louis":    ("Louis", "Verstraete", "4D", "hans.verstraete@telenet.be", "ann.coppens@gmail.com"),
 # 5A
 "salma":    ("Salma", "Benali", "5A", "omar.benali@gmail.com", "nadia.chahid@hotmail.com"),
 "luca":     ("Luca", "Rossi", "5A", "f.rossi@skynet.be", "giulia.rossi@gmail.com"),
 # 5B
 "ioana":    ("Ioana", "Popescu", "5B", "mihaela.popescu@gmail.com", ""),
 "oliver":   ("Oliver", "Bennett", "5B", "sarah.bennett@gmail.com", "james.bennett.be@gmail.com"),
 # 5C
 "tarik":    ("Tarik", "Saidi", "5C", "saidi.fatima@gmail.com", ""),
 "aya":      ("Aya", "Bouzid", "5C", "bouzid.khadija@hotmail.com", "a.bouzid@gmail.com"),
 "maxime":   ("Maxime", "Lef\u00e8vre", "5C", "c.lefevre@skynet.be", ""),
 "robin":    ("Robin", "Verbeeck", "5C", "verbeeck.gert@telenet.be", "lies.dehaes@gmail.com"),
 # 5D
 "sara_m":   ("Sara", "Moussaoui", "5D", "moussaoui.k@hotmail.com", ""),
 "camila":   ("Camila", "Ruiz Morales", "5D", "sergio.ruiz.p@gmail.com", "isabel.morales.vega@gmail.com"),
 # 6A
 "naima":    ("Na\u00efma", "Ouazzani", "6A", "ouazzani.h@gmail.com", ""),
 # 6C
 "mehdi":    ("Mehdi", "Ouali", "6C", "h.ouali1@gmail.com", "ouali.zineb@hotmail.com"),
 # 6D
 "ilias_b":  ("Ilias", "Bouzidi", "6D", "bouzidi.rachida@hotmail.com", ""),
}

FIRST = {
 "ma": ["Mohamed","Anas","Imane","Soufiane","Hiba","Ikram","Zakaria","Nisrine","Othmane","Khalid","Malak","Ismail",
        "Rania","Hamid","Siham","Walid","Yousra","Ilham","Mounir","Chaima","Amal","Hafsa","Marwan","Samir","Jihane",
        "Nizar","Asmae","Oussama","Kawtar","Hicham","Safae","Redouane","Ibtissam","Achraf","Noura","Bilel","Younes"],
 "tr": ["Elif","Emre","Zeynep","Burak","Esra","Mert","Ayse","Kaan","Deniz","Yusuf","Selin","Ahmet","Berkay"],
 "es": ["Alejandro","Carmen","Hugo","Paula","Diego","Alba","Sergio","Irene","Pablo","Martina","Marcos"],
 "ro": ["Alexandru","Maria","Stefan","Elena","Mihai","Bianca","Cosmin","Daria","Vlad","Andreea","Gabriel"],
 "cd": ["Divine","Christ","Merveille","Gloire","Exaucé","Bénédicte","Dieumerci","Glodie","Patient","Esther","Junior"],
 "pl": ["Jakub","Natalia","Kacper","Julia","Szymon","Maja","Filip","Weronika"],
 "be": ["Lars","Jana","Seppe","Fien","Wout","Lien","Arne","Noor","Mats","Roos","Tibo","Ella","Jef","Kato","Milan","Hanne"],
 "fr": ["Hugo","Manon","Théo","Camille","Julien","Chloé","Lucas","Léa","Nathan"],
 "af": ["Omid","Farid","Sahar","Zahra","Karim","Mariam","Hamed","Nazanin"],
 "en": ["Joshua","Precious","Emmanuel","Blessing","David","Favour","Samuel"],
 "al": ["Arben","Elira","Dritan","Besa","Liridon","Vjosa"],
 "bg": ["Georgi","Kalina","Ivan","Desislava"],
}
LAST = {
 "ma": ["Achahbar","Amezian","Azzaoui","Belhaj","Bouhlal","Chaouki","Daoudi","El Hamdi","El Khayari","Fassi","Ghazali",
        "Hamdi","Kaddouri","Lamrini","Mabrouk","Nassiri","Ouahbi","Rachidi","Sabri","Tazi","Yacoubi","Zerrouk","Bakkouri",
        "Chergui","El Fathi","Harrak","Jaouhari","Laaroussi","Mourabit","Benhaddou"],
 "tr": ["Demir","Öztürk","Şahin","Çelik","Koç","Aksoy","Polat","Erdem"],
 "es": ["Martínez Ruiz","Sánchez Ortega","Romero Gil","Navarro Blanco","Torres Vidal","Ramírez Castro","Jiménez Soler"],
 "ro": ["Ionescu","Dumitru","Stoica","Marin","Constantin","Radu","Munteanu","Georgescu"],
 "cd": ["Kabongo","Tshibangu","Ilunga","Mbala","Lukusa","Nsimba","Kalala","Mutombo"],
 "pl": ["Kowalski","Lewandowska","Wójcik","Dąbrowski","Mazur","Kaczmarek"],
 "be": ["De Vos","Bogaerts","Verschueren","Luyten","Van Hove","De Smedt","Schepers","Vervoort","Willaert",
        "Hermans","Van Den Bossche","Cools","Verhoeven","De Ridder","Heremans"],
 "fr": ["Lambotte","Dubois","Leclercq","Renard","Lemaire","Gilson"],
 "af": ["Ahmadi","Hosseini","Karimi","Sultani","Noori"],
 "en": ["Adeyemi","Boateng","Owusu","Eze","Asante"],
 "al": ["Krasniqi","Berisha","Gashi","Hoxha"],
 "bg": ["Petrov","Dimitrova","Ivanov"],
}
WEIGHTS = {"ma": 34, "tr": 8, "es": 8, "ro": 9, "cd": 9, "pl": 5, "be": 12, "fr": 5, "af": 4, "en": 3, "al": 3, "bg": 2}
PARENT_FIRST = {
 "ma": ["Fatima","Khadija","Naima","Mohamed","Abdel","Rachida","Latifa","Hassan","Aicha","Mustapha","Saida","Driss"],
 "tr": ["Fatma","Hasan","Emine","Mehmet","Gulsen"], "es": ["Ana","Luis","Elena","Jorge","Pilar"],
 "ro": ["Ana","Mihai","Cristina","Florin","Ioana"], "cd": ["Chantal","Jean","Mireille","Patrick","Odette"],
 "pl": ["Joanna","Marek","Katarzyna","Pawel"], "be": ["Katrien","Bart","Sarah","Pieter","Veerle","Koen"],
 "fr": ["Isabelle","Olivier","Sophie","Marc"], "af": ["Ali","Fereshta","Reza"], "en": ["Grace","Kofi","Ngozi"],
 "al": ["Arta","Blerim"], "bg": ["Nikolay","Maria"],
}
DOMAINS = ["gmail.com"] * 9 + ["hotmail.com"] * 6 + ["outlook.com"] * 2 + ["skynet.be"] * 2 + ["proximus.be", "telenet.be", "hotmail.fr", "yahoo.fr"]

def _ascii(s):
    import unicodedata
    s = unicodedata.normalize("NFKD", s.replace("ł", "l").replace("ı", "i").replace("ş", "s").replace("Ş", "S"))
    return "".join(c for c in s if not unicodedata.combining(c)).lower().replace(" ", "").replace("'", "")

def pupil_mail(first, last):
    return "%s.%s@leerling.%s" % (_ascii(first), _ascii(last).replace("-", ""), S)

CLASSES = ["%d%s" % (g, c) for g in range(1, 7) for c in "ABCD"]

def build_roster():
    rnd = random.Random(2424)
    key_first = {v[0] for v in KEY.values()}
    key_last = {v[1] for v in KEY.values()} | {"Jansen", "Janssens", "García", "Morales", "López", "El Idrissi", "Ouali"}
    per_class = {c: [] for c in CLASSES}
    for h, (f, l, c, p1, p2) in KEY.items():
        per_class[c].append((h, f, l, p1, p2))
    used_names, used_mails = set((f, l) for f, l, *_ in KEY.values()), set()
    for v in KEY.values():
        used_mails.update(x for x in v[3:] if x)
    origins = [o for o, w in WEIGHTS.items() for _ in range(w)]
    fillers_families = []          # (last, p1, p2, origin) for siblings
    target = {c: (14 if c[0] in "12" else 13) for c in CLASSES}
    target.update({"6C": 12, "6D": 12, "5D": 13, "4C": 13})
    fid = 0
    for c in CLASSES:
        while len(per_class[c]) < target[c]:
            # 1 in 6: sibling of an earlier filler family (different class)
            if fillers_families and rnd.random() < 0.17:
                last, p1, p2, o, cls0 = rnd.choice(fillers_families)
                if cls0 == c:
                    continue
                first = rnd.choice(FIRST[o])
                if first in key_first or (first, last) in used_names:
                    continue
                used_names.add((first, last))
                fid += 1
                per_class[c].append(("f%03d" % fid, first, last, p1, p2))
                continue
            o = rnd.choice(origins)
            first, last = rnd.choice(FIRST[o]), rnd.choice(LAST[o])
            if first in key_first or last in key_last or (first, last) in used_names:
                continue
            if any(l == last for (l, *_r) in fillers_families) and rnd.random() < 0.7:
                continue
            used_names.add((first, last))
            pf = rnd.choice(PARENT_FIRST[o])
            la = _ascii(last)
            form = rnd.randrange(5)
            dom = rnd.choice(DOMAINS)
            if form == 0: p1 = "%s.%s@%s" % (_ascii(pf), la, dom)
            elif form == 1: p1 = "%s%s@%s" % (_ascii(pf)[0], la, dom)
            elif form == 2: p1 = "%s.%s%d@%s" % (la, _ascii(pf), rnd.randrange(60, 99), dom)
            elif form == 3: p1 = "%s_%s@%s" % (_ascii(pf), la, dom)
            else: p1 = "fam.%s@%s" % (la, dom)
            if p1 in used_mails:
                p1 = p1.replace("@", "%d@" % rnd.randrange(2, 9))
            used_mails.add(p1)
            r = rnd.random()
            if r < 0.45:
                p2 = ""
            elif r < 0.55:   # grandparents co-account
                gp = {"ma": "jeddah", "tr": "anneanne", "es": "abuela", "ro": "bunica", "cd": "mamie",
                      "pl": "babcia", "be": "oma", "fr": "mamie", "af": "bibi", "en": "grandma", "al": "gjyshja", "bg": "baba"}[o]
                p2 = "%s.%s@%s" % (gp, la, rnd.choice(["gmail.com", "skynet.be", "hotmail.com"]))
            else:
                pf2 = rnd.choice([x for x in PARENT_FIRST[o] if x != pf])
                p2 = "%s.%s@%s" % (_ascii(pf2), la, rnd.choice(DOMAINS))
            if p2 in used_mails:
                p2 = ""
            if p2: used_mails.add(p2)
            fid += 1
            per_class[c].append(("f%03d" % fid, first, last, p1, p2))
            fillers_families.append((last, p1, p2, o, c))
    rows, ids, n = [], {}, 0
    for c in CLASSES:
        for (h, f, l, p1, p2) in sorted(per_class[c], key=lambda x: (_ascii(x[2]), _ascii(x[1]))):
            n += 1
            pid = "P%04d" % n
            ids[h] = pid
            rows.append((pid, f, l, c, pupil_mail(f, l), p1, p2, h))
    return rows, ids

ROSTER, ID = build_roster()
BYH = {r[7]: r for r in ROSTER}
def pid(*hs): return [ID[h] for h in hs]
def fn_(h): return KEY[h][0]
def full(h): return "%s %s" % (KEY[h][0], KEY[h][1])
def cls(h): return KEY[h][2]
def par(h, i=1): return KEY[h][3 if i == 1 else 4]
def lmail(h): return BYH[h][4]
def class_pupils(c): return [r for r in ROSTER if r[3] == c]

# =====================================================================================
#  MAILS
# =====================================================================================

# ------------------------------------------------------------------ credentials (P)
M("welkom-interim-smartschool", date="2024-09-02 07:48", frm=who("ict"), to=[who("int")],
  subject="Welkom! Je accounts", style="plain",
  body=T("""Dag Kristof,

Welkom op campus Kuregem! Ik heb je accounts net aangemaakt, zodat je vandaag al aan de slag kan.

Smartschool: gebruikersnaam kristof.baert, tijdelijk wachtwoord Kuregem-Start-0209
Je moet dat bij de eerste keer inloggen zelf veranderen, Smartschool vraagt het automatisch.

Voor de wifi in het leraarslokaal kies je het netwerk SPC-Personeel, de sleutel is
  Dapperheid!Brug72
(op de laptops van de school staat die al, op je eigen gsm moet je hem zelf ingeven).

Je Microsoft 365 (Teams, mail) werkt met hetzelfde adres, daar krijg je morgen een aparte mail over.
Als er iets niet lukt: ik zit meestal in lokaal A-1.06 of spreek me aan in de refter.

Groetjes
Dries
--
""" + sig("ict")), rules=["password"], about=[], note="ICT gives a new interim teacher his Smartschool start password and the staff Wi-Fi key",
  lang="nl", fmt=["plain"])

M("co-compte-smartschool-jaber", date="2024-09-12 14:05", frm=who("lsec"), to=["jaber.family@gmail.com"],
  subject="Votre compte parent Smartschool / Uw ouderaccount", style="outlook",
  body=outlook_alt("""Bonjour Monsieur Jaber,

Comme promis lors de l'inscription d'Amir (classe 1D), voici vos données pour le compte parent (co-account) sur Smartschool. Avec ce compte, vous pouvez lire les messages de l'école, voir le journal de classe et les factures.

Adresse : https://spckuregem.smartschool.be
Nom d'utilisateur : amir.jaber
Choisissez « co-account 1 » et utilisez ce mot de passe provisoire : Jaber#1D-2409

Smartschool vous demandera de choisir un nouveau mot de passe la première fois.
Si vous avez besoin d'aide, Amir peut vous montrer, ou vous passez au secrétariat (le matin).

Cordialement,

""" + sig("lsec", tel=True, lang="fr")), rules=["password", "personal_data"], about=pid("amir"),
  note="secretariat sends a newcomer father the co-account password for Smartschool; school phone in signature",
  lang="fr", fmt=["alt", "outlook"])

M("taalklik-login-oliver", date="2024-09-19 16:22", frm=who("taal"), to=["james.bennett.be@gmail.com"],
  subject="Taalklik app - login for Oliver", style="gmail",
  body=ALT(T("""Dear Mr Bennett,

Thanks for your message at the parents' evening. As discussed, Oliver can practise his Dutch at home with the Taalklik app (Android/iOS or in the browser at app.taalklik.be). The school pays the licence, so there is nothing to pay.

His login:
  username: oliver.bennett.spc
  password: Fietsbel-58

He can change the password himself under Profiel > Wachtwoord. Ten minutes a day is plenty; he should start with level A2, "op school".

Kind regards,
Jonas Wouters
taalcoach Nederlands
"""), H(simple_html(ph("""Dear Mr Bennett,

Thanks for your message at the parents' evening. As discussed, Oliver can practise his Dutch at home with the Taalklik app (Android/iOS or in the browser at app.taalklik.be). The school pays the licence, so there is nothing to pay.""")
 + "<p>His login:<br>&nbsp;&nbsp;username: <b>oliver.bennett.spc</b><br>&nbsp;&nbsp;password: <b>Fietsbel-58</b></p>"
 + ph("""He can change the password himself under Profiel > Wachtwoord. Ten minutes a day is plenty; he should start with level A2, "op school".

Kind regards,
Jonas Wouters
taalcoach Nederlands""")))),
  rules=["password"], about=pid("oliver"), note="language coach gives an English-speaking father the login and password of the language app for his son",
  lang="en", fmt=["alt", "gmail"])

M("codes-nieuw-schooljaar", date="2024-08-29 11:30", frm=who("opv"), to=[who("opv")], bcc=["personeel@" + S],
  subject="codes en sleutels nieuw schooljaar", style="plain",
  body=T("""Dag collega's,

Zoals elk jaar een paar praktische dingen voor wie nieuw is (en voor wie het vergeten is :-) ):

- fietsenstalling achteraan (poort Kuregemstraat): 4 7 1 9 en dan #
- kopieerlokaal A-0.04: 2580
- sleutelkastje opvoeders (naast het onthaal): 1 9 6 6
- de turnzaal gaat met de badge, niet met een code

Gelieve de codes niet aan leerlingen te geven, ook niet "even" om een bal te gaan halen.
Sleutels van de lokalen haal je bij mij of bij Nathalie aan het onthaal.

Goeie start maandag!
Wim
"""), rules=["password"], about=[], note="educator mails door codes (bike shed, copy room, key box) to all staff via Bcc",
  lang="nl", fmt=["plain", "list"])

M("gedeelde-accounts-vakgroep-nl", date="2024-09-06 13:12", frm=who("ict"), to=["vakgroep-nederlands@" + SS],
  cc=[who("taal")], subject="Gedeelde accounts uitgeverij + Taalklik", style="outlook",
  body=outlook_alt("""Dag vakgroep Nederlands,

Hieronder de gedeelde leerkrachtenaccounts voor dit schooljaar. Graag niet verder doorsturen, en de wachtwoorden niet wijzigen (anders zit de rest van de vakgroep zonder).""",
  [["Platform", "Login", "Wachtwoord", "Opmerking"],
   ["Plantijn Digitaal (methode Taalkracht)", "nederlands@spckuregem", "Taalkracht2425!", "licenties 1ste en 2de graad"],
   ["Taalklik (leerkrachtenaccount)", "spc.kuregem.docent", "Kuregem-Klik-77", "klassen aanmaken: vraag Jonas"],
   ["Woordenschatbank (oud)", "spc_ned", "wb2019", "loopt af in december"]],
  """Vragen: gewoon even langskomen.

Dries""", widths=[150, 140, 110, 150]),
  rules=["password", "bcc"], about=[], note="ICT sends shared publisher/app logins with passwords in a table, addressed to the subject-group list in To",
  lang="nl", fmt=["alt", "outlook", "table"])

M("fw-beheerder-kopieertoestel", date="2024-10-08 09:41", frm=who("adj"), to=[who("ict")],
  subject="TR: Installatie Konica C300i - gegevens", style="outlook",
  body=T("""Dries, dit is voor jou denk ik. Kan jij de scanfunctie naar mail instellen?
Youssef

-----Message d'origine-----
De : Service PrintPartners <service@printpartners.be>
Envoyé : lundi 7 octobre 2024 16:58
À : Youssef Amrani <youssef.amrani@sintpieterscollege.be>
Objet : Installatie Konica C300i - gegevens

Beste heer Amrani,

De nieuwe multifunctional in het leraarslokaal is geïnstalleerd en getest.
Voor de configuratie (adresboek, scan-to-mail, afdelingscodes) heeft u de beheerdersgegevens nodig:

Web-interface: http://10.20.4.31
Beheerder: admin
Wachtwoord: C300i-Kuregem-Adm

Wij raden aan dit wachtwoord na de configuratie te wijzigen.

Met vriendelijke groeten,
Tom Ceulemans
Technische dienst PrintPartners
""", cte="quoted-printable"), rules=["password"], about=[],
  note="deputy director forwards a vendor mail with the copier admin password to ICT",
  lang="nl", fmt=["plain", "qp", "forward"])

M("re-wifi-spreker", date="2024-11-14 15:02", frm=who("ict"), to=[who("t3d")],
  subject="Re: wifi voor gastspreker", style="thunderbird", irt=S + "|wifi-gast",
  body=T("""SPC-Gast / Kuregem!2025 (met hoofdletter K)

Op 14/11/2024 om 14:37 schreef Veerle Hendrickx:
> Hoi Dries,
> morgen komt er iemand van Amnesty spreken in 3D, 4de en 5de lesuur.
> Wat is het wifi-paswoord voor de bezoekers? Hij heeft een filmpje dat hij moet streamen.
> Merci!
> Veerle
""", flowed=False), rules=["password"], about=[],
  note="reply whose new text only gives the guest Wi-Fi name and key asked for in the quoted mail",
  lang="nl", fmt=["plain", "reply"])

M("re-lift-code", date="2025-01-20 10:16", frm=who("opv2"), to=[who("t4a")],
  subject="RE: lift", style="outlook",
  body=ALT(T("""Nee, sinds vanmorgen is het 7 3 1 5.
N.

Van: Katleen Segers <katleen.segers@sintpieterscollege.be>
Verzonden: maandag 20 januari 2025 09:58
Aan: Nathalie Lemmens <nathalie.lemmens@sintpieterscollege.be>
Onderwerp: lift

Hoi Nathalie, is de code van de lift nog altijd dezelfde? Ik moet straks met een leerling op krukken naar boven en de code werkt niet.
Katleen
""", cte="quoted-printable"), H(outlook(op("Nee, sinds vanmorgen is het 7 3 1 5.\nN.") +
  '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal"><b>Van:</b> Katleen Segers &lt;katleen.segers@sintpieterscollege.be&gt;<br><b>Verzonden:</b> maandag 20 januari 2025 09:58<br><b>Aan:</b> Nathalie Lemmens &lt;nathalie.lemmens@sintpieterscollege.be&gt;<br><b>Onderwerp:</b> lift</p></div>\n'
  + op("Hoi Nathalie, is de code van de lift nog altijd dezelfde? Ik moet straks met een leerling op krukken naar boven en de code werkt niet.\nKatleen")))),
  rules=["password"], about=[], note="reply that only answers the colleague's question with the new lift code",
  lang="nl", fmt=["alt", "outlook", "reply"])

M("wifi-examens-bijlage", date="2024-12-05 16:40", frm=who("ict"),
  to=[who("t4b"), who("t5b"), who("wet")], subject="wifi examenlokalen (digitale examens)", style="plain",
  body=MIX(T("""Collega's,

Voor de digitale examens (Nederlands 4de, aardrijkskunde 5de, wetenschappen 3de) gebruiken de leerlingen
een apart netwerk zonder internet behalve het examenplatform. De gegevens staan in de bijlage,
gelieve die pas op de dag zelf op het bord te schrijven.

Dries
"""), ATT("wifi_examens_dec2024.txt", """Netwerk examens december 2024
=============================
SSID:        SPC-EXAMEN
Sleutel:     Blok-Dec-4417-Zuid
Geldig:      9/12 t.e.m. 20/12, 8u00-12u30
Lokalen:     A-1.02, A-1.04, B-2.14 (refter niet)
""", "text/plain", cs="utf-8")),
  rules=["password"], about=[], note="Wi-Fi key of the exam network handed over in a text attachment",
  lang="nl", fmt=["mixed", "attachment-text"])

M("sleutelkluis-sporthal", date="2024-09-24 12:03", frm=who("prev"), to=[who("opv")],
  subject="sleutelkluis sporthal", style="plain",
  body=T("""Wim,

Het nieuwe sleutelkluisje hangt nu aan de zijdeur van de sporthal (rechts van de container).
Code: 3 8 2 6 - wieltjes naar boven draaien en dan de klep naar beneden duwen.
Er zitten de sleutels in van de kleedkamers en van het materiaalhok. Na gebruik altijd terug en de wieltjes verdraaien aub.
De mensen van het voetbalproject krijgen de code NIET, die halen hun sleutel bij jou.

Dirk
""", cs="iso-8859-1", cte="8bit"), rules=["password"], about=[],
  note="prevention adviser gives the educator the combination of the key safe, digits written with spaces",
  lang="nl", fmt=["plain", "latin1"])

M("code-reinitialisation-bouazza", date="2024-10-02 09:25", frm=who("lsec"), to=["samia.bouazza@hotmail.com"],
  subject="Réinitialisation compte Smartschool", style="outlook",
  body=outlook_alt("""Bonjour Madame Bouazza,

Suite à votre appel de ce matin : j'ai réinitialisé votre compte parent.
Allez sur la page de connexion Smartschool, cliquez sur « code de réinitialisation » et introduisez ce code :

K7Q-42M-9XZ

Le code est valable 48 heures. Ensuite vous choisissez vous-même un nouveau mot de passe.

Bien à vous,

""" + sig("lsec", tel=True, lang="fr")), rules=["password", "personal_data"], about=pid("ines"),
  note="secretariat sends a mother a reset code with dashes for her Smartschool account; school phone in signature",
  lang="fr", fmt=["alt", "outlook"])

M("laptop-huiswerkklas-nour", date="2024-10-10 17:12", frm=who("hwk"), to=[lmail("nour")],
  subject="laptop huiswerkklas", style="plain",
  body=T("""Hoi Nour,

Je mag vanaf maandag een laptop van de huiswerkklas gebruiken (nr. 7, hij staat in de kast in B-0.08).

Inloggen:
gebruiker: huiswerk07
wachtwoord: de tram rijdt om acht

(ja, met de spaties, alles kleine letters)
Niet doorgeven aan anderen hé, iedereen heeft zijn eigen laptop.

Tot maandag,
juf Fatima Zahra
"""), rules=["password"], about=pid("nour"),
  note="homework-club coordinator gives a pupil the login and a passphrase with spaces for a loan laptop",
  lang="nl", fmt=["plain"])

M("printcode-papercut", date="2024-11-04 08:02", frm=who("ict"), to=[who("t5d")],
  subject="printen + badge", style="plain",
  body=T("""Dag Charlotte,

Je badge ligt bij Nathalie aan het onthaal. Printen gaat via PaperCut: je stuurt je afdruk naar "SPC-Follow-Me"
en haalt hem op aan eender welk toestel met je badge. Werkt de badge niet, dan tik je je printcode in: 5517

Groetjes,
Dries
""", cte="7bit"), rules=["password"], about=[],
  note="ICT gives a new teacher her personal print release PIN",
  lang="nl", fmt=["plain"])

M("coaccount-mama-sami", date="2024-11-21 11:47", frm=who("maw"), to=["r.haddad@gmail.com"],
  subject="Smartschool co-account voor mama / pour maman", style="plain",
  body=T("""Beste meneer Haddad,

Zoals afgesproken heb ik een tweede account gemaakt zodat ook uw vrouw de berichten en de facturen kan zien.
Gebruikersnaam: sami.haddad  -  kies co-account 2
Wachtwoord: Haddad-Co2-3A
Bij de eerste keer moet ze zelf een nieuw wachtwoord kiezen.

--------

Cher Monsieur Haddad,

Comme convenu, j'ai créé un deuxième compte pour que votre épouse puisse aussi lire les messages et voir les factures.
Nom d'utilisateur : sami.haddad  -  choisir co-account 2
Mot de passe : Haddad-Co2-3A
La première fois, elle doit choisir un nouveau mot de passe.

Met vriendelijke groeten / Cordialement,
Nadia Bouchiki
maatschappelijk werker / assistante sociale
""" + SCHOOL + "\nTel. " + SCHOOL_TEL + "\n", cte="quoted-printable"),
  rules=["password", "personal_data"], about=pid("sami"),
  note="social worker sends a father, bilingually, the co-account login and password for the mother",
  lang="nl", fmt=["plain", "qp", "bilingual"])

M("oefenplein-account-prive", date="2024-10-16 21:34", frm="Stijn Wuyts <stijn.wuyts.nl@gmail.com>",
  to=[who("int")], subject="oefenplein", style="gmail", env="stijn.wuyts.nl@gmail.com",
  body=T("""Kristof,

Vergeten te zeggen vandaag: voor de woordenschattoetsen van 4B gebruik ik Oefenplein, op het account van de vakgroep.
login: ned.kuregem@gmail.com
pw: Oefen!Plein4B
De lijsten van thema 3 staan klaar, je moet ze enkel "activeren" voor de klas.

Stijn
(sorry, stuur van thuis, mijn schoolmail doet raar op de laptop)
"""), rules=["password", "private_account"], about=[],
  note="teacher writes from his private gmail to a colleague and gives the shared quiz-platform login and password",
  lang="nl", fmt=["plain", "gmail"])

M("sports-hall-volunteer-coach", date="2025-02-03 18:20", frm=who("lo"), to=["samuel.owusu.coach@gmail.com"],
  subject="Wednesday sessions - access to the hall", style="gmail",
  body=T("""Hi Samuel,

Great that you can help out with the girls' team on Wednesdays. Practical stuff:

* the hall is open from 13:30, the side door on the Kuregemstraat
* changing rooms: door code 1-9-8-4, then push hard, the door sticks
* wifi in the hall: network SPC-Sport, key Bal!Kuregem-2025 (for the tactics app on the tablet)

Please keep the code for yourself, the pupils are not supposed to have it.
See you Wednesday!

Kevin
"""), rules=["password"], about=[],
  note="PE teacher gives an external volunteer coach the changing-room door code and Wi-Fi key, in English",
  lang="en", fmt=["plain", "list"])

M("ict-weetjes-oktober", date="2024-10-21 07:30", frm=who("ict"), to=[who("ict")], bcc=["personeel@" + S],
  subject="ICT-weetjes oktober", style="thunderbird",
  body=H(simple_html("""<h3 style="color:#1f4e79">ICT-weetjes oktober</h3>
<p>Dag iedereen, een paar korte dingen:</p>
<ol>
<li><b>Projectoren B-blok</b>: de HDMI-kabels in B-2.12 en B-2.14 zijn vervangen. Gebruik de adapter in de lade voor USB-C.</li>
<li><b>Pc's leraarslokaal</b>: na de update van vorige week is het lokale account gewijzigd. Aanmelden met <i>leraar</i> en wachtwoord <b>Lk2025$Kuregem</b>.</li>
<li><b>Smartschool-app</b>: zet de meldingen voor "berichten" aan, dan mis je geen mails van ouders.</li>
<li><b>Phishing</b>: er circuleert een mail "uw mailbox is vol". Niet op klikken, gewoon verwijderen.</li>
</ol>
<p>Dries</p>"""), cte="quoted-printable"), rules=["password"], about=[],
  note="HTML-only staff newsletter that includes the new local login password of the staff-room PCs",
  lang="nl", fmt=["html", "list"])

_orig_exam = build_raw("Examenplatform <noreply@examenplatform.be>", ["bram.claessens@" + S],
  "Uw account voor Examenplatform", "2024-11-28 10:02",
  T("""Beste Bram Claessens,

Er werd een account voor u aangemaakt op Examenplatform voor de school Sint-Pieterscollege Brussel.

Gebruikersnaam: bclaessens_spc
Wachtwoord: tQ8#mv2LsR

Meld u aan via https://examenplatform.be/login. Dit is een automatisch bericht, u kan er niet op antwoorden.
""", cte="quoted-printable"), style="plain", msgid_seed="orig-exam")
M("fw-examenplatform-account", date="2024-12-02 12:44", frm=who("t5b"), to=[who("int")],
  subject="Fwd: Uw account voor Examenplatform", style="thunderbird",
  body=MIX(T("""Kristof,
hier de account waarmee ik de examens aardrijkskunde 5de klaarzet, zie doorgestuurd bericht.
Kan jij dinsdag de toets van 5B starten als ik op de uitstap ben? De toets heet "Examen AA dec 5B".
Bram
"""), RFC822(_orig_exam)), rules=["password"], about=[],
  note="teacher forwards, as an attached message, the platform mail with his login and password to a colleague",
  lang="nl", fmt=["mixed", "forward-attached"])

M("alarmcode-avondopening", date="2025-03-12 15:55", frm=who("sec"), to=[who("opv"), who("opv2")],
  subject="alarm na het infomoment donderdag", style="plain",
  body=T("""Wim, Nathalie,

Donderdag zijn jullie de laatsten in het gebouw na het infomoment voor de nieuwe ouders.
Het alarm zet je aan met de code 7309 en dan de toets ‘OFF/ON’ (niet ‘ENTER’, dan begint hij te piepen).
Je hebt 40 seconden om buiten te zijn via de hoofdingang.

Gaat er iets mis, bel dan de meldkamer met de gsm van de school, het nummer staat op de sticker van het alarmpaneel.

Bedankt en tot vrijdag (er staat nog café in de thermos),
Ilse
""", cs="windows-1252", cte="8bit"), rules=["password"], about=[],
  note="secretary gives two educators the burglar alarm code for an evening event; Windows-1252 8-bit",
  lang="nl", fmt=["plain", "cp1252"])

M("tijdelijk-wachtwoord-luca", date="2025-01-08 08:37", frm=who("ict"), to=[lmail("luca")],
  subject="Je Smartschool-wachtwoord is gereset", style="plain",
  body=T("""Hallo Luca,

Je account was geblokkeerd na te veel foute pogingen. Ik heb het gereset.
Je tijdelijke wachtwoord is: Tram81-Zuid

Log in op een schoolcomputer of op je gsm en kies meteen een nieuw wachtwoord (minstens 10 tekens).
Geef je wachtwoord aan niemand, ook niet aan je vrienden die "even je punten willen zien".

Dries Van Damme
ICT-coördinator
""", cte="quoted-printable"), rules=["password"], about=pid("luca"),
  note="ICT mails a pupil the temporary password after resetting his blocked account",
  lang="nl", fmt=["plain", "qp"])

M("ecole-des-devoirs-benevole", date="2024-10-01 19:04", frm=who("hwk"), to=["camille.dumont.ulb@gmail.com"],
  subject="Bienvenue à l'école des devoirs !", style="gmail",
  body=ALT(T("""Bonjour Camille,

Merci encore d'avoir accepté d'aider à l'école des devoirs le mardi et le jeudi (15h30-17h). Les élèves sont surtout en 1re et 2e, beaucoup ont besoin d'aide en néerlandais et en maths.

Pour les ordinateurs portables de la classe B-0.08 :
- login : huiswerkklas
- mot de passe : Devoirs2024!

Le local est ouvert par un éducateur, tu ne dois pas avoir de clé. Si tu es en retard, envoie-moi un message sur Smartschool.

À mardi !
Fatima Zahra
"""), H(simple_html(ph("""Bonjour Camille,

Merci encore d'avoir accepté d'aider à l'école des devoirs le mardi et le jeudi (15h30-17h). Les élèves sont surtout en 1re et 2e, beaucoup ont besoin d'aide en néerlandais et en maths.

Pour les ordinateurs portables de la classe B-0.08 :""") + "<ul><li>login : huiswerkklas</li><li>mot de passe : Devoirs2024!</li></ul>" + ph("""Le local est ouvert par un éducateur, tu ne dois pas avoir de clé. Si tu es en retard, envoie-moi un message sur Smartschool.

À mardi !
Fatima Zahra""")))),
  rules=["password"], about=[], note="homework-club coordinator gives a student volunteer the laptop login and password, in French",
  lang="fr", fmt=["alt", "gmail", "list"])

M("okan-interpreter-access", date="2024-11-25 13:20", frm=who("okan"), to=["maryam.hosseini.tolk@outlook.com"],
  subject="Thursday - OKAN parents meeting", style="outlook",
  body=outlook_alt("""Dear Maryam,

Thank you for interpreting (Dari/Farsi) on Thursday at 16:00. The meeting is in the OKAN wing, ground floor of the B building.

The door of the OKAN wing is locked after 15:30. The code is 2 0 1 8 followed by the key symbol. For your laptop you can use the guest network SPC-Gast with the key Kuregem!2025.

We will pay your invoice through the secretariat as usual.

Best regards,
Hilde Peeters
OKAN"""), rules=["password"], about=[],
  note="OKAN teacher gives an external interpreter a door code and the guest Wi-Fi key, in English",
  lang="en", fmt=["alt", "outlook"])

M("kluis-secretariaat", date="2025-04-02 17:48", frm=who("dir"), to=[who("sec")],
  subject="kluis tijdens mijn afwezigheid", style="plain",
  body=T("""Ilse,

Ik ben vanaf maandag twee weken met de Erasmusgroep in Krakau. Als er iets uit de kluis moet
(de cheques van de eindreis, de reservesleutels van het A-blok): de combinatie is 40-18-77,
eerst naar rechts draaien. Gelieve dat niet op te schrijven en na mijn terugkomst verander ik ze.

Dank je, en bel me gerust als er iets dringends is.
Karin
""", cte="base64"), rules=["password"], about=[],
  note="director gives the secretary the safe combination while abroad; body base64-encoded",
  lang="nl", fmt=["plain", "base64"])

M("vervanging-5c-praktisch", date="2025-02-17 07:12", frm=who("t5c"), to=[who("int")],
  subject="vervanging 5C deze week - praktisch", style="plain",
  body=T("""Dag Kristof,

Merci dat je mijn uren overneemt deze week. Wat je nodig hebt:

* Smartschool: met je eigen account, ik heb je co-titularis gemaakt van 5C en 6A
* PC in B-2.04 (vaste pc aan het bord): login lokaal-b204, ww B204-klas! (geen domeinaccount, niet vragen waarom)
* kopiëren: mijn afdelingscode is 6631, gebruik die gerust voor de bundels
* de toets over WO I ligt in de blauwe map op mijn plank in het leraarslokaal

5C is een fijne klas maar laat ze niet zelf de groepjes kiezen.
Bart
"""), rules=["password"], about=[],
  note="teacher hands his substitute a classroom-PC login with password and his copier department code in a bullet list",
  lang="nl", fmt=["plain", "list"])

M("re-code-poort-grootouders", date="2024-12-10 12:31", frm=who("lsec"), to=["oma.opa.janssens@skynet.be"],
  subject="Re: poort na huiswerkklas", style="outlook",
  body=T("""Dag mevrouw Janssens,

De code is 2468 en dan de A-toets. De poort gaat dan vanzelf open.

Met vriendelijke groet,
Amal Bensaïd
leerlingensecretariaat

-----Oorspronkelijk bericht-----
Van: oma.opa.janssens@skynet.be <oma.opa.janssens@skynet.be>
Verzonden: dinsdag 10 december 2024 11:15
Aan: secretariaat@sintpieterscollege.be
Onderwerp: poort na huiswerkklas

Goeiedag,
Wij halen op donderdag onze kleindochter Lotte (1C) op na de huiswerkklas om 17u. Vorige week stonden we voor een gesloten poort en niemand deed open. Welke code moeten we ingeven bij de poort aan de achterkant?
Met vriendelijke groeten,
Jeanine Janssens
"""), rules=["password"], about=pid("lotte"),
  note="reply to grandparents' co-account that only gives the back-gate code they asked for",
  lang="nl", fmt=["plain", "reply"])

_lock_rows = [["Locker", "Leerling", "Code"]]
for i, (h, code) in enumerate([("fatoumata", "3 0 9"), ("maya", "7 1 2"), ("oumar", "5 5 8"), ("dariusz", "2 4 6"), ("grace", "9 0 3")]):
    _lock_rows.append(["B1-%02d" % (31 + i), "%s %s" % (KEY[h][0], KEY[h][1]), code])
M("lockercodes-1b", date="2024-09-09 10:50", frm=who("opv2"), to=[who("t1b")],
  subject="lockercodes nieuwe leerlingen 1B", style="outlook",
  body=outlook_alt("""Hoi Liesbeth,

De vijf leerlingen die nog geen locker hadden, hebben er nu een in de gang van het B-blok. Kan jij hun code morgen in de klas persoonlijk doorgeven (op een briefje, niet op het bord)? Ze mogen de code zelf veranderen, maar dan moeten ze het aan mij laten weten.""",
  _lock_rows, "Merci!\nNathalie", widths=[60, 160, 60]),
  rules=["password"], about=pid("fatoumata", "maya", "oumar", "dariusz", "grace"),
  note="educator sends the class teacher a table with the locker combination of five named pupils",
  lang="nl", fmt=["alt", "outlook", "table"])

M("mot-de-passe-pdf-cpas", date="2025-01-29 10:14", frm=who("maw"), to=["k.diallo@cpas-anderlecht.brussels"],
  subject="Dossier Mukendi - mot de passe du PDF", style="outlook",
  body=outlook_alt("""Bonjour Monsieur Diallo,

Je vous ai envoyé il y a quelques minutes le relevé des factures scolaires de Grâce et Josué Mukendi (montant total encore ouvert : 312,40 €), que la maman nous a autorisés à vous transmettre pour sa demande d'intervention.
Comme convenu, le mot de passe du PDF vous arrive par un mail séparé : Kuregem-2211

N'hésitez pas si vous avez besoin d'autres pièces.

Bien cordialement,
Nadia Bouchiki
Assistante sociale"""), rules=["password", "sensitive"], cats=["financial"], about=pid("grace", "josue"),
  note="social worker sends the CPAS the password of an encrypted PDF and tells that the family's school bills are open",
  lang="fr", fmt=["alt", "outlook"])

M("erasmus-laptop-eeva", date="2025-03-03 08:15", frm=who("ict"), to=["eeva.laine.teach@gmail.com"],
  subject="Your laptop and wifi this week", style="plain",
  body=T("""Hi Eeva,

Welcome in Brussels! Your loan laptop is on the desk in the staff room (yellow sticker "Erasmus").

  Windows login: erasmus01
  Password:      Brussel-Helsinki-3

Wifi: SPC-Personeel, key Dapperheid!Brug72 (the laptop should connect automatically).
Please hand the laptop back to the reception on Friday.

Cheers,
Dries (ICT)
"""), rules=["password"], about=[],
  note="ICT gives a visiting Erasmus teacher the loan laptop login and the staff Wi-Fi key, in English",
  lang="en", fmt=["plain"])

M("gedeelde-mailbox-lb", date="2024-09-16 16:33", frm=who("lb1"), to=[who("lb2")],
  subject="gedeelde mailbox", style="plain",
  body=T("""Tom,

Het wachtwoord van de gedeelde mailbox van de leerlingenbegeleiding moest veranderd worden (verplicht na 90 dagen).
Nieuw: Zorg!Kuregem24
Wil jij het ook op de pc in het zorglokaal aanpassen? Ik kom er vandaag niet meer aan toe.

Sara
"""), rules=["password"], about=[],
  note="pupil counsellor gives her colleague the new password of their shared mailbox",
  lang="nl", fmt=["plain"])

M("ruil-lesuren-ps-kopieercode", date="2025-02-26 20:05", frm=who("t2c"), to=[who("t2b")],
  subject="ruilen vrijdag?", style="gmail",
  body=T("""Hoi An,

Zou jij vrijdag het 3de uur met mij willen ruilen? Ik moet met 2C naar het Muntpunt voor de bibliotheekles en we zijn pas om 11u30 terug. Dan neem ik jouw uur van dinsdag in 2B (ik zag dat je die dag naar de nascholing gaat).

Laat maar iets weten!
Sofie

PS: de code van de kopieerkamer is veranderd naar 6 6 1 2, voor het geval je morgen vroeg komt.
"""), rules=["password"], about=[],
  note="mail about swapping lessons whose postscript gives the new copy-room code",
  lang="nl", fmt=["plain", "gmail"])

M("wifi-parents-evening", date="2024-10-14 12:00", frm="Sint-Pieterscollege Brussel <directie@" + S + ">",
  to=["directie@" + S], bcc=["ouders@" + S], subject="Oudercontact 24/10 - Contact parents 24/10", style="outlook",
  env="directie@" + S,
  body=outlook_alt("""Geachte ouders,

Op donderdag 24 oktober van 16 tot 20 uur is er oudercontact. U kunt via Smartschool een tijdstip kiezen bij de klastitularis. Er zijn tolken aanwezig voor Arabisch, Roemeens en Spaans.

Tijdens het wachten kunt u gebruik maken van onze wifi: netwerk SPC-Ouders, code Welkom2024-Ouders.

--

Chers parents,

Le jeudi 24 octobre de 16h à 20h, nous organisons le contact parents. Vous pouvez réserver un moment avec le titulaire de classe via Smartschool. Des interprètes (arabe, roumain, espagnol) seront présents.

Pendant l'attente, vous pouvez utiliser notre wifi : réseau SPC-Ouders, code Welkom2024-Ouders.

Karin Vanderhaegen
directeur / directrice"""),
  rules=["password"], about=[], note="bilingual invitation to all parents (Bcc) that gives the parents' Wi-Fi key",
  lang="nl", fmt=["alt", "outlook", "bilingual", "general"])

_rows2c = class_pupils("2C")
_csv2c = "naam;klas;gebruikersnaam;startwachtwoord\n"
_pw = ["Bus49-Oranje", "Metro5-Groen", "Tram81-Rood", "Bus46-Blauw", "Tram82-Geel", "Metro2-Paars", "Bus89-Wit",
       "Tram51-Zwart", "Metro6-Roze", "Bus78-Grijs", "Tram9-Bruin", "Metro1-Oranje", "Bus33-Groen", "Tram4-Blauw"]
for i, r in enumerate(_rows2c):
    _csv2c += "%s %s;2C;%s.spc;%s\n" % (r[1], r[2], _ascii(r[1]) + _ascii(r[2])[:3], _pw[i % len(_pw)])
M("taalklik-logins-2c", date="2024-09-27 14:18", frm=who("taal"), to=[who("t2c")],
  subject="Taalklik logins 2C", style="thunderbird",
  body=MIX(T("""Hoi Sofie,

In bijlage de logins van 2C voor Taalklik. Kan je ze maandag uitdelen in de klasuur? Ik zou ze niet op Smartschool zetten
(dan ziet iedereen ze). Oksana staat er ook al in, zij mag met het A1-pakket beginnen.

Jonas
"""), ATT("taalklik_2C.csv", _csv2c, "text/csv", cs="utf-8")),
  rules=["password"], about=[r[0] for r in _rows2c],
  note="language coach sends the class teacher a CSV with every 2C pupil's app username and start password",
  lang="nl", fmt=["mixed", "attachment-csv"])

M("re-trip-phone-pin", date="2025-05-13 21:40", frm=who("lo2"), to=[who("eng")],
  subject="Re: school trip phone", style="gmail", irt=S + "|tripphone",
  body=T("""SIM PIN 4471, screen unlock 1357. PUK is in the envelope in the drawer of the secretariat if it goes wrong.

On Tue, 13 May 2025 at 20:58, Rachel Whitmore <rachel.whitmore@sintpieterscollege.be> wrote:
> Hi Ruben,
> I've got the school trip phone for the Ghent day tomorrow but it's asking for a PIN after I charged it.
> What's the PIN? And the code for the screen?
> Thanks!!
> Rachel
"""), rules=["password"], about=[],
  note="reply that only answers the colleague's question with the SIM PIN and screen code of the trip phone",
  lang="en", fmt=["plain", "reply"])

M("drive-voetbalproject", date="2024-09-30 17:05", frm=who("lo"), to=["d.verstraeten@kfckuregem.be"],
  subject="gedeelde drive voetbalproject", style="outlook",
  body=outlook_alt("""Dag Dimitri,

Voor de trainingsschema's en de aanwezigheidslijsten van het voetbalproject maken we dit jaar één gedeelde Google Drive, dan moeten we niet meer mailen met bijlagen.

Account: voetbalproject.spc@gmail.com
Wachtwoord: Kuregem-Voetbal-24

Zet er gerust de schema's van de U15 in. De aanwezigheidslijsten vul ik zelf in na elke training.

Sportieve groeten,
Kevin Mertens"""), rules=["password"], about=[],
  note="PE teacher gives the partner football club the login and password of a shared drive account",
  lang="nl", fmt=["alt", "outlook"])

M("fw-welkom-naar-prive", date="2024-11-04 20:12", frm=who("t5d"), to=["charlotte.dewit@hotmail.com"],
  subject="Fwd: printen + badge", style="outlook", env=ad("t5d"),
  body=T("""

-----Oorspronkelijk bericht-----
Van: Dries Van Damme <dvd@spc.ksleuven.be>
Verzonden: maandag 4 november 2024 08:02
Aan: Charlotte Dewit <charlotte.dewit@sintpieterscollege.be>
Onderwerp: printen + badge

Dag Charlotte,

Je badge ligt bij Nathalie aan het onthaal. Printen gaat via PaperCut: je stuurt je afdruk naar "SPC-Follow-Me"
en haalt hem op aan eender welk toestel met je badge. Werkt de badge niet, dan tik je je printcode in: 5517

Groetjes,
Dries
"""), rules=["password", "private_account"], about=[],
  note="new teacher forwards the ICT mail with her print PIN to her own private hotmail",
  lang="nl", fmt=["plain", "forward"])

# ------------------------------------------------------------------ look-alikes (L)
M("teams-zorgoverleg-1ste-graad", date="2024-10-03 09:00", frm=who("zorg"), to=[who("lb1"), who("lb2"), who("taal")],
  subject="Zorgoverleg 1ste graad (online)", style="outlook",
  body=ALT(T("""Dag Sara, Tom en Jonas,

Omdat ik donderdag thuis moet blijven voor een levering doen we het zorgoverleg online. Agenda volgt via Smartschool.

________________________________________________________________________________
Microsoft Teams Hulp nodig?
Nu deelnemen aan de vergadering
Vergadering-id: 371 554 902 118
Wachtwoordcode: Kt7Wq2
________________________________________________________________________________
Voor organisatoren: Vergaderopties
________________________________________________________________________________
""", cte="quoted-printable"), H(outlook(op("Dag Sara, Tom en Jonas,\n\nOmdat ik donderdag thuis moet blijven voor een levering doen we het zorgoverleg online. Agenda volgt via Smartschool.") +
 '<div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>\n'
 '<div style="margin-bottom:24px;overflow:hidden"><span style="font-size:24px;font-weight:700">Microsoft Teams</span> <a href="https://aka.ms/JoinTeamsMeeting">Hulp nodig?</a></div>\n'
 '<div style="margin-bottom:6px"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzE2YjE1ZTMtOTdh%40thread.v2/0" style="font-size:20px;font-weight:700;color:#5B5FC7">Nu deelnemen aan de vergadering</a></div>\n'
 '<div style="margin-bottom:6px"><span style="color:#616161">Vergadering-id: </span><span>371 554 902 118</span></div>\n'
 '<div style="margin-bottom:24px"><span style="color:#616161">Wachtwoordcode: </span><span>Kt7Wq2</span></div>\n'
 '<div><a href="https://teams.microsoft.com/meetingOptions/">Vergaderopties</a></div>\n'))),
  rules=[], about=[], note="meeting passcode: Teams invitation for an online care meeting, no pupil details",
  lang="nl", fmt=["alt", "outlook", "teams"])

M("zoom-infoavond-okan", date="2025-01-13 18:30", frm=who("vsc"), to=[who("vsc")], bcc=["ouders-okan@" + S],
  subject="Séance d'info en ligne / Online info session: after OKAN", style="plain",
  body=T("""Chers parents, Dear parents,

Votre enfant quittera bientôt la classe d'accueil OKAN. Nous expliquons en ligne comment se passe le passage vers une classe "normale" et ce que fait le coach de suivi.
Your child will soon leave the OKAN reception class. We will explain online how the move to a regular class works and what the follow-up coach does.

Mercredi 22 janvier / Wednesday 22 January, 18:00
Zoom : https://us06web.zoom.us/j/81244710923
ID de réunion / Meeting ID: 812 4471 0923
Code secret / Passcode: 551902

Vous pouvez poser vos questions en français, en anglais ou en néerlandais.
You can ask questions in French, English or Dutch.

Lucas Vandeputte
coach de suivi / follow-up coach OKAN
"""), rules=[], about=[], note="meeting passcode: Zoom info session for OKAN parents sent in Bcc, bilingual fr/en",
  lang="fr", fmt=["plain", "bilingual", "general"])

M("mot-de-passe-oublie-instructions", date="2024-09-23 10:40", frm=who("lsec"), to=["fam.lambotte@gmail.com"],
  subject="Re: je ne peux pas me connecter", style="outlook",
  body=T("""Bonjour Madame,

Pour des raisons de sécurité, nous n'envoyons jamais de mot de passe par e-mail. Vous pouvez le changer vous-même :
1. allez sur la page de connexion de Smartschool ;
2. cliquez sur « Wachtwoord vergeten? » (mot de passe oublié) ;
3. introduisez votre adresse e-mail ; vous recevez un lien pour choisir un nouveau mot de passe.

Si cela ne marche pas, passez au secrétariat avec votre carte d'identité, nous le faisons ensemble.

Cordialement,
Amal Bensaïd
secrétariat des élèves

-----Message d'origine-----
De : fam.lambotte@gmail.com
Envoyé : lundi 23 septembre 2024 08:12
À : secretariaat@sintpieterscollege.be
Objet : je ne peux pas me connecter

Bonjour, je n'arrive plus à me connecter à Smartschool, pouvez-vous m'envoyer mon mot de passe svp ? Merci
"""), rules=[], about=[], note="explains how to reset a password without giving one",
  lang="fr", fmt=["plain", "reply", "list"])

M("handleiding-nieuwe-collega", date="2024-08-30 14:10", frm=who("ict"), to=[who("t5d")],
  subject="Handleiding: aanmelden op de schoolcomputers", style="outlook",
  body=outlook_alt("""Dag Charlotte,

Hieronder kort hoe je je aanmeldt. Je tijdelijke wachtwoord krijg je maandag persoonlijk van mij (niet via mail).""",
  [["Wat", "Gebruikersnaam", "Wachtwoord"],
   ["Smartschool", "voornaam.naam", "[je tijdelijk wachtwoord]"],
   ["Microsoft 365 / Teams", "voornaam.naam@sintpieterscollege.be", "zelfde als Smartschool na de eerste aanmelding"],
   ["Pc in de klas", "voornaam.naam", "********"]],
  "Kies daarna een wachtwoord van minstens 12 tekens dat je nergens anders gebruikt.\n\nDries", widths=[120, 200, 200]),
  rules=[], about=[], note="placeholders only: manual with [je tijdelijk wachtwoord] and asterisks",
  lang="nl", fmt=["alt", "outlook", "table"])

M("phishing-waarschuwing-personeel", date="2025-02-10 12:15", frm=who("ict"), to=["personeel@" + S],
  subject="Opgelet: valse mail 'uw wachtwoord verloopt vandaag'", style="plain",
  body=T("""Beste collega's,

Verschillende collega's kregen vanmorgen een mail "Uw wachtwoord verloopt vandaag - klik hier om het te behouden".
Die mail komt NIET van ons. Klik niet op de link en geef nergens je gegevens in.

Ter herinnering:
- de school vraagt je nooit je wachtwoord via mail, Smartschool-bericht of telefoon;
- kies een lang wachtwoord (een zin werkt goed) en gebruik het niet voor andere sites;
- heb je toch geklikt? Verander meteen je wachtwoord en laat het me weten.

Dries
"""), rules=["bcc"], about=[], note="phishing warning without any credential, but the staff group list is in To",
  lang="nl", fmt=["plain", "list"])

M("fw-bestelling-woordenboeken", date="2024-09-18 11:05", frm=who("sec"), to=[who("t4b")],
  subject="TR: Bevestiging bestelling 2024-88123", style="outlook",
  body=T("""Stijn, de woordenboeken voor 4B zijn besteld, zie hieronder. Levering volgende week op het secretariaat.
Ilse

-----Oorspronkelijk bericht-----
Van: Uitgeverij Plantijn <bestellingen@uitgeverij-plantijn.be>
Verzonden: dinsdag 17 september 2024 16:40
Aan: secretariaat@sintpieterscollege.be
Onderwerp: Bevestiging bestelling 2024-88123

Geachte klant,

Bedankt voor uw bestelling.
Bestelnummer: 2024-88123
Klantnummer: 55102
Artikel: Van Dale Pocketwoordenboek Nederlands (ISBN 978-94-6077-112-4) x 14
Totaal: 237,86 EUR incl. btw
Leveringsadres: Kuregemstraat 112, 1070 Anderlecht

U kunt uw bestelling volgen in uw klantenaccount onder "Mijn bestellingen".
"""), rules=[], about=[], note="order and customer numbers, amount, no credential",
  lang="nl", fmt=["plain", "forward"])

M("examenlokalen-3de-graad", date="2025-06-02 13:30", frm=who("adj"), to=[who("t5c"), who("t5b"), who("t6a")],
  subject="lokalen examens 3de graad", style="plain",
  body=T("""Collega's,

Kleine wijziging in de examenlokalen voor de 3de graad vanaf dinsdag 10/6:
- 5B en 5C: B-2.14 (niet meer A-1.04, daar wordt geschilderd)
- 6A: A-0.03
- inhaalexamens: bibliotheek, code vak in de lijst is NED-3G, WIS-3G enz.

De sleutel van B-2.14 ligt in de sleutelkast van de opvoeders, vraag de code aan Wim als je die niet hebt.
Toezichtenrooster volgt morgen.

Youssef
"""), rules=[], about=[], note="room numbers and course codes; a door code is mentioned but not given",
  lang="nl", fmt=["plain", "list"])

M("betaling-uitstap-technopolis", date="2025-02-20 16:00", frm=who("t3c"), to=[who("t3c")], bcc=["ouders-3c@" + S],
  subject="Uitstap Technopolis 13 maart - betaling", style="plain",
  body=T("""Beste ouders,

Op donderdag 13 maart gaan de leerlingen van 3C naar Technopolis in Mechelen. We vertrekken met de trein om 8u30 vanuit Brussel-Zuid en zijn terug rond 16u.

De kostprijs (toegang + trein) bedraagt 17,50 euro. Dit bedrag komt op de volgende schoolrekening van uw kind, u moet nu niets overschrijven.
Vermeld bij betaling van de schoolrekening altijd de gestructureerde mededeling die op de rekening staat (bv. +++090/1234/56785+++ is een voorbeeld, niet uw eigen mededeling).

Een lunchpakket en een drinkbus meebrengen. Vragen? Stuur gerust een bericht via Smartschool.

Vriendelijke groeten,
Joke Van den Broeck
klastitularis 3C
"""), rules=[], about=[], note="general trip letter with an amount and an example payment reference, no account number, Bcc",
  lang="nl", fmt=["plain", "general"])

M("toegangscode-digitale-toets", date="2025-06-05 15:45", frm=who("t4b"), to=[who("t4b")], bcc=["klas-4b@" + S],
  subject="examen Nederlands maandag - digitaal", style="plain",
  body=T("""Dag 4B,

Maandag is het examen Nederlands (deel lezen) digitaal, in A-1.02.
- neem je oortjes mee (met draad, geen bluetooth)
- de toegangscode voor de toets krijg je pas bij het begin van het examen van de toezichter, niet vooraf
- log in met je eigen Smartschool-account; ken je je wachtwoord niet meer, regel dat dan VOOR maandag bij meneer Van Damme

Succes met blokken!
meneer Wuyts
"""), rules=[], about=[], note="talks about an exam access code and passwords without giving any",
  lang="nl", fmt=["plain", "list"])

M("avertissement-phishing-parents", date="2024-11-08 12:00", frm="Sint-Pieterscollege Brussel <info@" + S + ">",
  to=["info@" + S], bcc=["ouders@" + S], env="info@" + S,
  subject="Attention aux faux messages / Opgelet voor valse berichten", style="outlook",
  body=outlook_alt("""Chers parents,

Certains parents ont reçu un SMS qui semble venir de l'école et qui demande de « confirmer votre compte Smartschool ». Ce n'est pas nous.
L'école ne vous demandera jamais votre mot de passe, ni par e-mail, ni par SMS, ni par téléphone. Si vous avez déjà introduit votre mot de passe, changez-le tout de suite.

Beste ouders,

Sommige ouders kregen een sms die van de school lijkt te komen en vraagt om "uw Smartschool-account te bevestigen". Dat zijn wij niet.
De school vraagt nooit uw wachtwoord, niet via mail, sms of telefoon. Heeft u uw wachtwoord al ingegeven? Verander het dan meteen.

La direction / De directie"""), rules=[], about=[], note="phishing warning to all parents (Bcc), bilingual, no credential",
  lang="fr", fmt=["alt", "outlook", "bilingual", "general"])

M("reset-link-erasmus", date="2025-03-04 09:20", frm=who("ict"), to=["eeva.laine.teach@gmail.com"],
  subject="Smartschool guest account", style="plain",
  body=T("""Hi Eeva,

I created a guest account for you in Smartschool so you can see the timetables. You will get an automatic mail with a link to set your password; the link expires after 24 hours.
Choose a password of at least 12 characters. If the link has expired, just tell me and I'll send a new one.

Dries
"""), rules=[], about=[], note="talks about a reset link and password rules without giving a credential",
  lang="en", fmt=["plain"])

M("bancontact-refter", date="2024-10-07 10:05", frm=who("sec"), to=[who("sec")], bcc=["personeel@" + S],
  subject="betaalterminal refter werkt weer", style="plain",
  body=T("""Dag allemaal,

De betaalterminal in de refter is hersteld. Je kan weer met je bankkaart betalen (pincode intikken zoals gewoonlijk, contactloos tot 50 euro).
De broodjeslijst voor vrijdag hangt aan het prikbord, bestellen voor 10u.

Ilse
"""), rules=[], about=[], note="mentions entering a bank card PIN but gives none, Bcc staff",
  lang="nl", fmt=["plain"])

M("zoom-oudercontact-mateo", date="2024-12-16 17:25", frm=who("t3c"), to=["carmen.lopezsanchez@hotmail.com"],
  subject="Oudercontact online - Mateo (3C)", style="gmail",
  body=T("""Beste mevrouw López,

Zoals gevraagd doen we het oudercontact over het rapport van Mateo online, op donderdag 19/12 om 18u15.

Zoom-link: https://us02web.zoom.us/j/84419023377
Meeting-ID: 844 1902 3377
Wachtwoord: 729914

Als uw man ook wil aansluiten, kan dat met dezelfde link.

Met vriendelijke groeten,
Joke Van den Broeck
"""), rules=[], about=pid("mateo"), note="meeting passcode: Zoom link for a parent-teacher talk with the mother, about the report card",
  lang="nl", fmt=["plain"])

M("sleutel-sporthal-club", date="2024-09-12 08:55", frm=who("lo"), to=["d.verstraeten@kfckuregem.be"],
  subject="zaal woensdag", style="plain",
  body=T("""Dimitri,

Woensdag kunnen jullie vanaf 14u in de sporthal, lokaal S-0.02 is jullie materiaalhok.
De sleutel haal je op bij het onthaal (Nathalie), tegen handtekening. Een code krijg je niet, dat is afgesproken met de preventieadviseur.
Na de training de sleutel in de brievenbus van het onthaal.

Kevin
"""), rules=[], about=[], note="key pick-up and room number for the football partner, explicitly no code given",
  lang="nl", fmt=["plain"])

M("wifi-leerlingen-uitleg", date="2024-09-03 12:40", frm=who("ict"), to=[who("ict")], bcc=["leerlingen@" + S],
  subject="Wifi op school", style="plain",
  body=T("""Beste leerlingen,

Op school kan je het netwerk SPC-Leerlingen gebruiken. Je logt in met je eigen Smartschool-gebruikersnaam en je eigen wachtwoord.
Deel je gegevens met niemand: alles wat op het netwerk gebeurt met jouw account, staat op jouw naam.
Gsm's blijven tijdens de lessen in je locker of in je tas (zie schoolreglement), ook al heb je wifi.

ICT-dienst
"""), rules=[], about=[], note="explains Wi-Fi login with one's own credentials without giving any, to pupils in Bcc",
  lang="nl", fmt=["plain"])

# ------------------------------------------------------------------ sensitive (S)
_kr2b_rows = [["Leerling", "Aandachtspunten", "Afspraken / wie"],
  [full("yassin"), "3 nota's sinds de herfstvakantie, conflicten op de speelplaats en op de metro (lijn 5). Reageert fel als hij aangesproken wordt.", "gesprek met Sara (lb) + papa, volgkaart 3 weken"],
  [full("meryem"), "Nieuwe medicatie sinds okt. na twee aanvallen in de zomer, is 's ochtends soms suf.", "niet alleen zwemmen, noodprotocol zie Griet"],
  [full("wassim"), "Leest nog zwak (AVI-niveau), begrijpt de instructies niet altijd.", "extra taalondersteuning bij Jonas (2u/week), STICORDI: instructies voorlezen"],
  [full("emilia"), "Geen zorgen, sterke punten wiskunde.", "/"],
  [full("nathan"), "Ouders uit elkaar sinds de zomer, woont om de week bij papa in Luik, vergeet daardoor vaak materiaal.", "twee sets boeken? navragen bij mama"]]
M("klassenraad-2b-november", date="2024-11-22 16:40", frm=who("t2b"),
  to=[who("lb1"), who("zorg"), who("taal"), who("fr")], subject="verslag klassenraad 2B (21/11)", style="outlook",
  body=outlook_alt("""Dag collega's,

Hieronder de notities van de klassenraad van gisteren, enkel de leerlingen waarover we iets besproken hebben. Vullen jullie aan als ik iets vergeten ben?""",
  _kr2b_rows, "Volgende klassenraad: 16/01.\n\nAn", widths=[110, 280, 180]),
  rules=["sensitive"], cats=["psychosocial", "medical", "care", "family"],
  about=pid("yassin", "meryem", "wassim", "emilia", "nathan"),
  note="class-council table with behaviour, medication after seizures, language support and a separation for named pupils, internal",
  lang="nl", fmt=["alt", "outlook", "table"])

M("sticordi-lina-parents", date="2024-10-18 14:22", frm=who("t3c"), to=["hamdaoui.n@gmail.com"],
  subject="Lina - aménagements / maatregelen", style="outlook",
  body=outlook_alt("""Madame Hamdaoui,

Merci pour l'attestation de la logopède que vous nous avez apportée. Nous avons discuté de la situation de Lina avec la coordinatrice des soins et nous mettons en place les mesures suivantes dès la semaine prochaine :
- temps supplémentaire (un tiers) pour les contrôles et les examens ;
- les textes en police plus grande (Arial 12) et les consignes lues à voix haute ;
- pas de points retirés pour l'orthographe en dehors du cours de néerlandais et de français ;
- elle peut utiliser le logiciel de lecture sur son ordinateur portable.

Nous évaluerons ces mesures avec vous et avec Lina au contact parents de décembre.

Bien à vous,
Joke Van den Broeck
titulaire 3C"""), rules=["sensitive"], cats=["medical", "care"], about=pid("lina"),
  note="class teacher tells the mother, in French, which adapted measures her daughter gets after the speech therapist's attest",
  lang="fr", fmt=["alt", "outlook", "list"])

M("re-chiamaka-since-october", date="2024-12-03 19:08", frm=who("eng"), to=["emeka.okafor@gmail.com"],
  subject="Re: Chiamaka", style="gmail", irt="mail.gmail.com|chiamaka",
  body=T("""Dear Mr Okafor,

Thank you for writing, and please don't apologise. It is completely understandable that homework is not the priority at home right now.

We have noticed in class too that Chiamaka has been very quiet since October. Twice she left the classroom in tears, and she told her friends she doesn't want to talk about her mum at school. Her class teacher and Ms Lambrechts (pupil support) would like to meet you, if you agree, just to see how we can help her here. There is no need to rush.

For English she can hand in the portfolio after the Christmas holidays.

With warm regards,
Rachel Whitmore

On Mon, 2 Dec 2024 at 21:44, Emeka Okafor <emeka.okafor@gmail.com> wrote:
> Dear Madam,
> I am sorry that Chiamaka did not hand in her English work. Since my wife passed away it is difficult
> for us at home. I work late shifts and she takes care of her little brother in the evening.
> I will try to check her schoolwork more.
> Emeka Okafor
"""), rules=["sensitive"], cats=["family", "psychosocial"], about=pid("chiamaka"),
  note="reply to a widowed father about his grieving daughter's distress in class; death in the family",
  lang="en", fmt=["plain", "reply"])

M("hajar-bij-tante", date="2025-01-13 08:21", frm=who("opv"), to=[who("lb2")],
  subject="Hajar 4A", style="plain",
  body=T("""Tom,

Hajar kwam vanmorgen samen met haar tante naar school. Ze slaapt sinds zaterdag bij haar omdat het thuis niet meer gaat
na wat er vrijdagavond gebeurd is, de politie is blijkbaar langs geweest. Meer wilde ze niet vertellen.
De tante vraagt dat we niemand anders dan haarzelf meegeven na school, ook papa niet.
Kan jij haar vandaag nog zien? Ze zit tot 10u in de studie.

Wim
"""), rules=["sensitive"], cats=["family"], about=pid("hajar"),
  note="educator tells the counsellor a pupil now sleeps at her aunt's after a police intervention at home, without naming violence",
  lang="nl", fmt=["plain"])

M("rekening-haddad-ocmw", date="2024-11-05 11:32", frm=who("maw"), to=[who("boek")],
  subject="rekening Sami Haddad 3A", style="plain",
  body=T("""Hoi Marleen,

Goed nieuws voor de familie Haddad: het OCMW van Anderlecht neemt de schoolkosten van Sami over vanaf dit trimester
(ook de openstaande 143 euro van vorig schooljaar). De rekeningen mogen vanaf nu naar de maatschappelijk assistent
van het OCMW, ik stuur je het adres via Smartschool. Gelieve geen herinneringen meer naar mama te sturen,
ze was er erg van onder de indruk.

Bedankt!
Nadia
"""), rules=["sensitive"], cats=["financial"], about=pid("sami"),
  note="social worker tells accounting that the welfare centre now pays one family's school costs, including an old debt",
  lang="nl", fmt=["plain"])

M("cpas-factures-mukendi", date="2025-01-29 10:02", frm=who("maw"), to=["k.diallo@cpas-anderlecht.brussels"],
  subject="Demande d'intervention - famille Mukendi", style="outlook",
  body=outlook_alt("""Bonjour Monsieur Diallo,

Comme convenu par téléphone, je vous transmets la situation des factures scolaires de la famille Mukendi :""",
  [["Élève", "Classe", "Montant ouvert", "Remarque"],
   ["Grâce Mukendi", "1B", "127,90 €", "matériel + excursion Bruges"],
   ["Josué Mukendi", "4D", "184,50 €", "tenue atelier + stage"],
   ["Total", "", "312,40 €", ""]],
  """Madame Mukendi élève seule ses deux enfants depuis le départ de leur papa au printemps. Elle attend toujours la décision pour le revenu d'intégration et ne peut pas payer pour l'instant. Nous avons suspendu les rappels.

Le relevé détaillé suit en PDF protégé.

Bien cordialement,
Nadia Bouchiki
Assistante sociale""", widths=[110, 50, 90, 180]),
  rules=["sensitive"], cats=["financial", "family"], about=pid("grace", "josue"),
  note="social worker sends the CPAS the open school bills of two siblings and the mother's situation alone",
  lang="fr", fmt=["alt", "outlook", "table"])

M("melding-schoolverzuim-hamza", date="2025-02-11 14:50", frm=who("lb2"), to=["leerplicht@anderlecht.brussels"],
  subject="Melding problematische afwezigheden - Kaya Hamza (4B)", style="outlook",
  body=outlook_alt("""Geachte,

In het kader van de samenwerking rond schoolverzuim melden wij de volgende leerling:

Naam: Hamza Kaya, °14/02/2009
Klas: 4B (3de jaar in onze school)
Sinds 1 september: 23 halve dagen problematisch afwezig, vooral op maandag en vrijdag, daarnaast vaak te laat.

Genomen stappen:
- 3 brieven en 4 telefonische pogingen naar moeder, enkel één gesprek op 12/12;
- begeleidingstraject CLB opgestart op 9/01, de leerling kwam op geen enkele afspraak;
- gesprek met de leerling: hij zegt dat hij "niet meer weet waarom hij moet komen".

Wij zouden graag een huisbezoek vragen. Het CLB (mevr. Moens) is op de hoogte.

Met vriendelijke groeten,
Tom Verhaegen
leerlingenbegeleiding"""),
  rules=["sensitive", "personal_data"], cats=["care", "psychosocial"], about=pid("hamza"),
  note="counsellor reports a truanting pupil with date of birth to the municipality, with the CLB trajectory and his disengagement",
  lang="nl", fmt=["alt", "outlook", "list"])

M("re-clb-noah-medicatie", date="2024-11-27 12:10", frm=who("lb1"), to=["ayse.demir@clb-leuven.be"],
  subject="RE: opvolging Noah Vermeulen 1A", style="outlook",
  body=T("""Dag Ayşe,

Sinds de nieuwe dosis (hij neemt nu ook om 12u een tweede pil, die krijgt hij aan het onthaal) is hij in de voormiddag veel rustiger en maakt hij zijn taken af. In de namiddag, vooral na LO, is het moeilijker: opstaan, praten, twee keer naar de gang gestuurd.
De klastitularis vraagt of de tweede dosis niet vroeger kan. Mama weet ervan en bespreekt het met de neuropediater op 10/12.

Groeten,
Sara

Van: Ayşe Demir <ayse.demir@clb-leuven.be>
Verzonden: dinsdag 26 november 2024 15:20
Aan: Sara Lambrechts <sara.lambrechts@sintpieterscollege.be>
Onderwerp: opvolging Noah Vermeulen 1A

Dag Sara,
Hoe loopt het met Noah sinds de aanpassing van zijn medicatie? Ik zie mama volgende week en wil graag jullie indruk meenemen.
Ayşe
CLB
"""), rules=["sensitive"], cats=["medical", "psychosocial"], about=pid("noah"),
  note="counsellor answers the CLB on how a pupil reacts to his changed medication dose and his afternoon behaviour",
  lang="nl", fmt=["plain", "reply"])

M("ahmad-vervolgcoach", date="2024-10-15 13:05", frm=who("okan"), to=[who("vsc")],
  subject="Ahmad (ex-OKAN) - even melden", style="plain",
  body=T("""Lucas,

Jij volgt Ahmad Rahimi op nu hij in 2D zit. Even wat ik weet, want het staat nog niet in het dossier:
hij is alleen in België aangekomen (via Griekenland), woont in het opvangcentrum in Neder-Over-Heembeek en
zijn voogd is meester Dewaele. Hij heeft geen contact met zijn mama, weet niet waar zijn broer is.
Hij slaapt slecht, valt soms in slaap in de les, en schrikt heel erg van harde geluiden (brandoefening was een drama).

Hij is een toffe, gemotiveerde jongen hoor. Maar de collega's van 2D mogen dit best weten.

Hilde
"""), rules=["sensitive"], cats=["family", "psychosocial"], about=pid("ahmad"),
  note="OKAN teacher tells the follow-up coach a pupil is an unaccompanied minor in a reception centre with sleep and startle problems",
  lang="nl", fmt=["plain"])

M("plan-de-paiement-valeria", date="2024-12-09 10:30", frm=who("boek"), to=["rocio.garciagomez@hotmail.com"],
  subject="Plan de paiement - Valeria Fernández García (2A)", style="outlook",
  body=outlook_alt("""Madame García,

Suite à votre entretien avec notre assistante sociale, nous confirmons le plan de paiement pour la facture du premier trimestre de Valeria (285,00 €) :
- 95,00 € avant le 20 décembre
- 95,00 € avant le 20 janvier
- 95,00 € avant le 20 février

Compte : """ + SCHOOL_IBAN + """ (Sint-Pieterscollege Brussel)
Communication : +++120/0457/33119+++

Si un paiement pose problème, prévenez-nous avant la date, on trouvera une solution.

Cordialement,
Marleen De Backer
Comptabilité"""), rules=["sensitive", "personal_data"], cats=["financial"], about=pid("valeria"),
  note="accounting confirms to the mother a three-instalment plan for her daughter's unpaid bill; school IBAN",
  lang="fr", fmt=["alt", "outlook", "list"])

M("lina-dyslexie-collegas", date="2024-10-17 15:35", frm=who("taal"), to=[who("t3c"), who("fr"), who("wet"), who("t4b")],
  subject="Lina 3C", style="plain",
  body=T("""Collega's,

Lina (3C) heeft sinds vorige week een attest van de logopediste: dyslexie, vooral spelling en leestempo.
Afgesproken met Griet: extra tijd (1/3), toetsen in Arial 12, opdrachten voorlezen, geen aftrek voor spelfouten
buiten de taalvakken, en ze mag SprintPlus gebruiken op haar laptop (staat erop).
Graag vanaf maandag toepassen, ook voor de kleine toetsen.

Jonas
"""), rules=["sensitive"], cats=["medical", "care"], about=pid("lina"),
  note="language coach tells colleagues a named pupil's dyslexia attest and the agreed adapted measures",
  lang="nl", fmt=["plain"])

_kr5c = """Dag collega's,

Nog even mijn notities van de klassenraad 5C (kerst), voor wie er niet bij was. De punten zitten in de bijlage (met de macro voor de gemiddelden, eerst "inhoud inschakelen").

- Tarik S.: veel afwezig op maandag. Hij vertelde me zelf dat zijn papa sinds oktober "binnen zit" en dat hij in het weekend met mama naar Haren gaat. Financieel erg krap. Tom volgt op.
- Aya B.: eet 's middags bijna niets, is zichtbaar vermagerd. CLB-arts ingeschakeld, mama komt op 8/1.
- Maxime L.: prima, attest A verwacht.
- Robin V.: motivatie daalt, wil veranderen naar Handel. Studiekeuzegesprek plannen.

Bart
"""
M("klassenraad-5c-kerst", date="2024-12-19 17:55", frm=who("t5c"), to=[who("t5a"), who("t5b"), who("lb2"), who("eng")],
  subject="notities KR 5C", style="thunderbird",
  body=MIX(T(_kr5c), ATT("KR_5C_kerst.xlsm", b"PK\x03\x04\x14\x00\x06\x00\x08\x00" + hashlib.sha256(b"kr5c").digest() * 40,
                          "application/vnd.ms-excel.sheet.macroEnabled.12")),
  rules=["sensitive", "attachment"], cats=["family", "medical", "care"], about=pid("tarik", "aya", "maxime", "robin"),
  note="bullet-list class-council notes: a father in prison, suspected eating problem with CLB doctor; marks in a macro-enabled workbook",
  lang="nl", fmt=["mixed", "list", "xlsm"])

M("sb-4b-opnieuw", date="2025-03-18 11:02", frm=who("lb2"), to=[who("zorg")],
  subject="S.B. (4B)", style="plain",
  body=T("""Griet,

S.B. uit 4B kwam net bij mij, lange mouwen terwijl het warm is in de klas. Ze heeft zich opnieuw gesneden, dit keer
ook aan de bovenarm, het verband was doorgebloed. Ze wil niet dat mama het weet.
Ik heb het CLB gebeld, ze kunnen morgen om 9u. Kan jij erbij zijn? Ik wil het niet alleen beslissen.

Tom
"""), rules=["sensitive"], cats=["psychosocial"], about=pid("sofia"),
  note="counsellor tells the care coordinator that a pupil identified by initials and class has cut herself again",
  lang="nl", fmt=["plain"])

M("re-oliver-tests", date="2025-03-06 20:15", frm=who("eng"), to=["sarah.bennett@gmail.com"],
  subject="Re: Oliver and the tests", style="gmail", irt="mail.gmail.com|oliver-tests",
  body=T("""Dear Mrs Bennett,

Thank you for telling me. I had noticed that Oliver goes very pale before tests, but I didn't know it had gone as far as the panic attacks at night. Last Tuesday he asked to leave the room during the history test and he was shaking.

What we can offer straight away: he can sit tests in the small room next to the library with a teacher he knows, and he may take a short break if he feels an attack coming. Mr Verhaegen from pupil support would like to see him once a week. Would that be alright for you and for Oliver?

Best wishes,
Rachel Whitmore

On Wed, 5 Mar 2025 at 22:03, Sarah Bennett <sarah.bennett@gmail.com> wrote:
> Dear Ms Whitmore,
> Oliver has been having panic attacks at night before every test week. He doesn't sleep and
> says his chest hurts. Our GP thinks it is anxiety. Is there anything the school can do?
> Sarah
"""), rules=["sensitive"], cats=["psychosocial"], about=pid("oliver"),
  note="reply to a mother about her son's panic attacks before tests and the support offered",
  lang="en", fmt=["plain", "reply"])

M("fw-verblijfsregeling-louis", date="2024-10-01 08:10", frm=who("dir"), to=[who("t4d")],
  subject="TR: Louis Verstraete 4D", style="outlook",
  body=T("""Heidi, ter info en graag ook doorgeven aan het onthaal en de opvoeders. Tot nader order enkel mama.
Karin

-----Oorspronkelijk bericht-----
Van: Ann Coppens <ann.coppens@gmail.com>
Verzonden: maandag 30 september 2024 21:47
Aan: directie@sintpieterscollege.be
Onderwerp: Louis Verstraete 4D

Geachte mevrouw de directeur,

Mijn man en ik zijn in een echtscheidingsprocedure. Sinds de uitspraak van de familierechtbank van vorige week verblijft Louis bij mij. Zijn vader mag hem voorlopig niet meer ophalen aan de school en ook niet in de schoolomgeving aanspreken. Ik stuur u het vonnis op papier mee met Louis.
Ik zou ook graag hebben dat alle post enkel naar mijn adres gaat.

Met vriendelijke groeten,
Ann Coppens
"""), rules=["sensitive"], cats=["family"], about=pid("louis"),
  note="director forwards a mother's mail about a divorce and a court order barring the father from pick-up",
  lang="nl", fmt=["plain", "forward"])

M("naima-lo-zwemmen", date="2025-01-07 09:44", frm=who("lb2"), to=[who("lo2")],
  subject="Naïma 6A - LO", style="plain",
  body=T("""Ruben,

Even discreet: Naïma (6A) is ongeveer vier maanden zwanger. Ze doet vanaf nu niet meer mee met zwemmen en met
contactsporten (basket, judo). Ze mag wel stappen, stretching, theorie.
Ze wil absoluut niet dat de klas het weet, dus zeg gewoon "vrijgesteld op doktersattest" als iemand vraagt.

Tom
"""), rules=["sensitive"], cats=["medical"], about=pid("naima"),
  note="counsellor tells the PE teacher that a named pupil is pregnant and cannot swim",
  lang="nl", fmt=["plain"])

M("metro-uitstap-1c-groepen", date="2025-04-23 15:10", frm=who("t1c"), to=[who("t1a"), who("lo2"), who("opv2")],
  subject="uitstap Jubelpark 1C vrijdag - groepen + medisch", style="plain",
  body=T("""Hoi,

Vrijdag met 1C met de metro naar het Jubelpark (Merode). Vertrek 8u40 aan Clemenceau, terug rond 15u.

Groepen:
- groep 1 (Pieter): 7 leerlingen, o.a. Lotte, Lore, Siham
- groep 2 (Ruben): 7 leerlingen
- groep 3 (ik + Nathalie): rest

Medisch, graag lezen:
- Elias: zware notenallergie. Zijn EpiPen zit in het voorvakje van zijn rugzak, een tweede heb ik zelf bij. Niets laten eten
  uit de automaat of van klasgenoten. Bij zwelling lippen/ademnood: pen in dij, 112 bellen.

Iedereen een MOBIB-kaart bij, de leerlingen zonder kaart krijgen een ticket van mij.

Evi
"""), rules=["sensitive"], cats=["medical"], about=pid("elias"),
  note="trip organisation mail with a named pupil's severe nut allergy and epinephrine instructions, internal",
  lang="nl", fmt=["plain", "list"])

M("ocmw-aanvraag-wisniewski", date="2024-10-24 13:40", frm=who("maw"), to=["sociale.dienst@ocmw-molenbeek.brussels"],
  subject="Aanvraag tussenkomst schoolkosten - Wiśniewski Dariusz", style="outlook",
  body=outlook_alt("""Geachte,

Op vraag van mevrouw Ewa Wiśniewska bezorg ik u de gegevens voor haar aanvraag tot tussenkomst in de schoolkosten van haar zoon:

Leerling: Dariusz Wiśniewski, klas 1B
Geboortedatum: 03/06/2012
Rijksregisternummer: 12.06.03-213.20

Openstaand bedrag schooljaar 2024-2025: 214,60 euro (werkboeken, middagmalen september-oktober, uitstap).
Mevrouw werkt deeltijds als poetshulp en kan de middagmalen niet meer betalen; Dariusz eet sinds twee weken niet meer warm op school.

Het overzicht van de rekening stuur ik mee na ontvangst van uw dossiernummer.

Met vriendelijke groeten,
Nadia Bouchiki
maatschappelijk werker"""), rules=["sensitive", "personal_data"], cats=["financial"], about=pid("dariusz"),
  note="social worker sends the OCMW a pupil's national number, birth date and the family's unpaid school costs",
  lang="nl", fmt=["alt", "outlook"])

M("iac-thibault", date="2024-09-26 16:05", frm=who("zorg"), to=[who("t1d"), who("t1a"), who("fr"), who("wet")],
  subject="Thibault 1D - individueel aangepast curriculum", style="outlook",
  body=outlook_alt("""Beste collega's,

Thibault Dumont (1D) volgt dit schooljaar een individueel aangepast curriculum op basis van zijn verslag (vroeger buitengewoon onderwijs, type basisaanbod). Dat betekent:
• voor wiskunde, Frans en wetenschappen werkt hij aan eigen doelen (zie document in het LVS, tab "zorg"); hij krijgt geen cijfers maar een beschrijvend rapport;
• hij krijgt 4 uur per week ondersteuning van de leersteuncoach, de uren staan in zijn rooster;
• in de lessen mag hij met de vereenvoudigde bundels werken die ik vrijdag in jullie vakje leg.

Op 15/10 is er een MDO met mama en de leersteuncoach. Wie erbij wil zijn, laat het me weten.

Griet"""), rules=["sensitive"], cats=["care"], about=pid("thibault"),
  note="care coordinator informs teachers that a named pupil follows an individually adapted curriculum with support",
  lang="nl", fmt=["alt", "outlook", "list"])

M("kobe-filmpjes-mila", date="2025-02-04 12:50", frm=who("lb1"), to=[who("t2a")],
  subject="2A - filmpjes", style="plain",
  body=T("""Elke,

Ik heb vandaag met Mila (2A) en haar mama gepraat. Kobe heeft samen met twee jongens uit 2B een filmpje van Mila
in de kleedkamer rondgestuurd in een Snapchatgroep. Ze durft sinds vrijdag niet meer naar school, buikpijn elke ochtend.
Kobe heeft het toegegeven. Directie is op de hoogte, er volgt een tuchtgesprek met zijn ouders donderdag.
Kan je in je klasuur vrijdag niets specifieks over het filmpje zeggen, maar wel over respect online? Mila wil niet dat het
"nog groter" wordt.

Sara
"""), rules=["sensitive"], cats=["psychosocial"], about=pid("mila", "kobe"),
  note="counsellor tells the class teacher about a named victim of online shaming and the named perpetrator",
  lang="nl", fmt=["plain"])

M("ines-refus-scolaire", date="2025-03-10 17:30", frm=who("t3b"), to=["samia.bouazza@hotmail.com"],
  subject="Inès", style="plain",
  body=T("""Madame Bouazza,

Je me permets de vous écrire parce que je m'inquiète pour Inès. Depuis la rentrée de février, elle est venue à l'école 6 jours sur 15. Quand elle est là, elle reste souvent à l'infirmerie avec des maux de ventre, et elle m'a dit qu'elle « n'arrive plus à entrer dans la classe ».
Je ne pense pas qu'elle fasse exprès. Pourriez-vous passer à l'école cette semaine ? Le CLB peut nous aider à trouver une solution, par exemple reprendre progressivement.

Bien à vous,
Mathilde Lejeune
titulaire 3B
"""), rules=["sensitive"], cats=["psychosocial"], about=pid("ines"),
  note="class teacher writes the mother in French about her daughter's school refusal and stomach aches",
  lang="fr", fmt=["plain"])

M("kevin-leefgroep", date="2024-11-29 15:15", frm=who("zorg"), to=[who("sec"), who("t4d")],
  subject="Kevin Lambert 4D - adres en contact", style="plain",
  body=T("""Ilse, Heidi,

Vanaf maandag verblijft Kevin (4D) in een leefgroep in Ganshoren (beslissing van de jeugdrechter, via de consulent van de
sociale dienst). Mama blijft ouder in Smartschool, maar brieven en het rapport gaan ook naar de leefgroep:
Leefgroep De Poort, t.a.v. begeleider Jens, begeleiding@leefgroep-depoort.be.
Kevin komt met de tram 82, hij kan de eerste weken wat later zijn.
Het MDO met de leefgroep en het CLB is op 12/12.

Griet
"""), rules=["sensitive"], cats=["family", "care"], about=pid("kevin"),
  note="care coordinator tells the secretariat a pupil is placed in a residential group by the juvenile judge",
  lang="nl", fmt=["plain"])

_epi = [["Stap", "Wat doe je?"],
  ["1", "Blijf rustig, leg haar op de zij, leg iets zachts onder het hoofd. Niets in de mond."],
  ["2", "Kijk op de klok. Stuur een leerling naar het onthaal (Nathalie)."],
  ["3", "Duurt de aanval langer dan 5 minuten: noodmedicatie (buccale spuit) in de zijwang, zit in de rode tas van het onthaal en in haar sporttas."],
  ["4", "Bel 112 als ze na de medicatie niet bijkomt, en bel mama."],
  ["5", "Na de aanval: laten rusten in de ziekenkamer, niet alleen laten."]]
M("epilepsieplan-meryem", date="2024-10-09 12:20", frm=who("zorg"), to=[who("lo"), who("lo2"), who("t2b")],
  subject="Noodplan Meryem (2B) - LO en zwemmen", style="outlook",
  body=outlook_alt("""Dag Kevin, Ruben en An,

Meryem Aydın (2B) heeft epilepsie; de medicatie werd in oktober aangepast. Haar neuroloog heeft een noodplan opgesteld. Graag lezen en bewaren in jullie map:""",
  _epi, "Zwemmen: enkel met een leerkracht op de kant die alleen op haar let.\n\nGriet", widths=[40, 430]),
  rules=["sensitive"], cats=["medical"], about=pid("meryem"),
  note="emergency seizure plan for a named pupil in an Outlook table, sent to PE teachers",
  lang="nl", fmt=["alt", "outlook", "table"])

M("clb-aanmelding-daniel", date="2025-01-21 10:05", frm=who("zorg"), to=["kaat.moens@clb-leuven.be"],
  subject="aanmelding diagnostisch traject - Daniel L. G. (4B)", style="plain",
  body=T("""Dag Kaat,

Na het MDO van vorige week melden we Daniel López García (4B) aan voor een diagnostisch traject. Ouders zijn akkoord
(mama heeft het toestemmingsformulier ondertekend).

Wat we zien: erg letterlijk taalgebruik, raakt overstuur bij onverwachte roosterwijzigingen, zit 's middags alleen,
sterke resultaten in wetenschappen. Mama vertelde dat de kinderpsychiater in Spanje al ooit "autisme?" opperde maar dat
het nooit verder onderzocht is.

Kan jullie psycholoog hem nog dit trimester zien? De collega's vragen ook tips voor de examens.

Groeten,
Griet Maes
zorgcoördinator
"""), rules=["sensitive"], cats=["care", "medical"], about=pid("daniel"),
  note="care coordinator refers a named pupil to the CLB for a suspected autism assessment",
  lang="nl", fmt=["plain"])

M("rappel-facture-bouzidi", date="2025-02-18 09:00", frm=who("boek"), to=["bouzidi.rachida@hotmail.com"],
  subject="Schoolrekening Ilias (6D) - herinnering / rappel", style="plain",
  body=T("""Beste mevrouw Bouzidi,

Volgens onze gegevens staat de schoolrekening van Ilias voor het eerste trimester nog open: 198,50 euro.
Wij vragen u dit bedrag te betalen voor 15 maart op rekening """ + SCHOOL_IBAN + """ met de mededeling +++061/2234/55871+++.
Als betalen op dit moment moeilijk is, kan u een afbetalingsplan vragen bij onze maatschappelijk werker, mevrouw Bouchiki.

Chère Madame Bouzidi,

Selon nos données, la facture scolaire d'Ilias pour le premier trimestre n'est pas encore payée : 198,50 euros.
Merci de payer ce montant avant le 15 mars sur le compte """ + SCHOOL_IBAN + """ avec la communication +++061/2234/55871+++.
Si c'est difficile pour le moment, vous pouvez demander un plan de paiement à notre assistante sociale, Madame Bouchiki.

Marleen De Backer
boekhouding / comptabilité
""", cte="quoted-printable"), rules=["sensitive", "personal_data"], cats=["financial"], about=pid("ilias_b"),
  note="bilingual individual reminder of one family's unpaid school bill; school IBAN",
  lang="nl", fmt=["plain", "qp", "bilingual"])

M("salma-begrafenis", date="2025-03-24 08:05", frm=who("t5a"), to=[who("fr"), who("eng"), who("t5b"), who("wet")],
  subject="Salma 5A afwezig", style="plain",
  body=T("""Collega's,

Salma (5A) is deze week niet op school. Ze is zaterdag met haar papa naar Oujda vertrokken, haar grootvader is er plots
gestorven en de begrafenis is er woensdag. Ze komt normaal maandag terug.
Ze was heel close met hem (hij woonde tot vorig jaar bij hen). De toetsen van deze week mag ze later inhalen, graag
een beetje soepel zijn de eerste dagen.

Jeroen
"""), rules=["sensitive"], cats=["family"], about=pid("salma"),
  note="class teacher tells colleagues a named pupil is away because her grandfather died",
  lang="nl", fmt=["plain"])

M("diabetes-yasmine-uitstap", date="2025-05-06 14:30", frm=who("t3c"), to=[who("wet"), who("lo")],
  subject="Technopolis - Yasmine", style="plain",
  body=T("""Mehmet, Kevin,

Yasmine uit 3A gaat donderdag mee met 3C naar Technopolis (ze zit in de wetenschapsgroep). Ze heeft type 1-diabetes
met een insulinepomp. Ze regelt het zelf, maar:
- ze moet om 10u en 12u30 kunnen meten, ook in de trein;
- druivensuiker en een pakje sap zitten in haar rugzak, bij een hypo ("ik voel me raar", zweten, trillen) onmiddellijk geven;
- mama's gsm staat op het formulier in de map.

Merci,
Joke
"""), rules=["sensitive"], cats=["medical"], about=pid("yasmine"),
  note="teacher informs trip supervisors of a named pupil's type 1 diabetes and what to do in a hypo",
  lang="nl", fmt=["plain", "list"])

M("mdo-amir-verslag", date="2025-01-30 16:45", frm=who("zorg"), to=[who("t1d"), who("vsc"), who("taal2")],
  subject="kort verslag MDO Amir Jaber (1D)", style="outlook",
  body=outlook_alt("""Dag Koen, Lucas en Eline,

Kort verslag van het MDO van Amir (1D, ex-OKAN) van vandaag:

1. Leren: vooruitgang in Nederlands (A2 mondeling), wiskunde goed. Voorlopig blijven de 2 uur extra NT2 bij Eline; GOK-uren in 1D worden ook voor hem gebruikt.
2. STICORDI: woordenlijst en vertaalapp toegelaten bij toetsen (behalve Nederlands), extra tijd.
3. Thuis: papa vindt geen werk, het gezin leeft van een leefloon van het OCMW. De rekening van het eerste trimester (156 €) staat nog open; Nadia bekijkt een tussenkomst. Schoolmateriaal voorlopig via ons solidariteitsfonds.
4. Volgend MDO: begin mei.

Griet"""), rules=["sensitive"], cats=["care", "financial"], about=pid("amir"),
  note="multidisciplinary meeting report on a former newcomer: extra language support, adapted measures, family on welfare with an open bill",
  lang="nl", fmt=["alt", "outlook", "list"])

M("jayden-ophalen-club", date="2024-10-02 11:11", frm=who("lo"), to=["d.verstraeten@kfckuregem.be"],
  subject="Jayden Mensah (U14) - ophalen", style="plain",
  body=T("""Dimitri,

Belangrijk voor de trainers van de U14: Jayden Mensah (2D bij ons) mag na de training enkel door zijn mama of door zijn
grootmoeder opgehaald worden. Zijn vader mag hem niet ophalen, er is een beslissing van de rechtbank; de school heeft
een kopie. Als papa toch opduikt: Jayden niet meegeven en mama bellen, en mij verwittigen.

Kevin
"""), rules=["sensitive"], cats=["family"], about=pid("jayden"),
  note="PE teacher tells the football club that a named pupil's father is barred by court order from picking him up",
  lang="nl", fmt=["plain"])

M("zeynep-schrift-clb", date="2025-04-28 10:20", frm=who("lb1"), to=["ayse.demir@clb-leuven.be"], cc=[who("zorg")],
  subject="DRINGEND - Zeynep Arslan 2D", style="plain",
  body=T("""Dag Ayşe,

Een leerkracht Nederlands gaf me vanmorgen het schrift van Zeynep (2D). In een schrijfopdracht schreef ze dat ze
"er liever niet meer zou zijn" en dat "niemand het zou merken". Ik heb met haar gepraat: ze zegt dat het al
weken zo voelt, ze heeft geen plan maar denkt er 's avonds veel aan.
Ze zit nu bij mij. Mama is onderweg naar school. Kan jij vandaag nog langskomen of bellen?

Sara
"""), rules=["sensitive"], cats=["psychosocial"], about=pid("zeynep"),
  note="urgent counsellor mail to the CLB about a named pupil who wrote she would rather not be there anymore",
  lang="nl", fmt=["plain"])

M("asthme-fatoumata", date="2025-03-27 13:55", frm=who("lo2"), to=["diallo.mariama@gmail.com"],
  subject="Fatoumata - cours de gym", style="plain",
  body=T("""Bonjour Madame Diallo,

Je suis le professeur de gym de Fatoumata. Ce matin, pendant le cours d'endurance, elle a fait une crise d'asthme. Elle n'avait pas son inhalateur avec elle. Elle s'est calmée après 15 minutes à l'infirmerie et elle a pu retourner en classe.
Pourriez-vous veiller à ce qu'elle ait toujours son inhalateur dans son sac, et nous donner une attestation du médecin si elle doit faire moins d'efforts ?

Merci et bonne journée,
Ruben De Smet
professeur d'éducation physique
"""), rules=["sensitive"], cats=["medical"], about=pid("fatoumata"),
  note="PE teacher writes the mother in French about her daughter's asthma attack in class",
  lang="fr", fmt=["plain"])

M("okan-doorstromers-opvolging", date="2024-11-12 09:30", frm=who("taal2"), to=[who("vsc")],
  subject="opvolging doorstromers - stand van zaken", style="thunderbird",
  body=T("""Dag Lucas,

Stand van zaken NT2-opvolging, zoals gevraagd:

Leerling\tKlas\tNT2\tMaatregelen\tOpmerking
Amir J.\t1D\t2u/week\tvertaalapp, extra tijd\tgoede vooruitgang
Ahmad R.\t2D\t2u/week\tvoorlezen, extra tijd\tmoe, slaapt slecht (zie Hilde)
Oksana M.\t2C\t3u/week\tvertaalapp, mondeling examen\tpraat niet over Charkiv, schrikt van sirenes bij brandoefening, CLB ingelicht

Voor Oksana zou ik het ondersteuningsnetwerk vragen, wat denk jij?

Eline
"""), rules=["sensitive"], cats=["care", "psychosocial"], about=pid("amir", "ahmad", "oksana"),
  note="tab-separated follow-up table of three former newcomers with language support, adapted measures and trauma signs",
  lang="nl", fmt=["plain", "table"])

M("tucht-anass", date="2025-02-13 16:20", frm=who("dir"), to=["elouardi.m@gmail.com"],
  subject="Preventieve schorsing Anass (4C)", style="outlook",
  body=outlook_alt("""Geachte heer El Ouardi,

Zoals telefonisch gemeld, wordt Anass preventief geschorst vanaf vrijdag 14 februari tot en met donderdag 20 februari.
Aanleiding is het incident van woensdag, waarbij Anass een leerkracht bedreigde en een stoel tegen het bord gooide. Het is niet de eerste keer dit schooljaar: eerder waren er incidenten op 8 oktober en 5 december.

Wij starten een tuchtprocedure. U en Anass worden uitgenodigd voor een gesprek op woensdag 19 februari om 14 uur; u mag zich laten bijstaan door een vertrouwenspersoon. Tijdens de schorsing krijgt Anass taken via Smartschool.

Met vriendelijke groeten,

Karin Vanderhaegen
directeur"""), rules=["sensitive"], cats=["psychosocial"], about=pid("anass"),
  note="director informs the father of his son's preventive suspension and disciplinary procedure after repeated aggression",
  lang="nl", fmt=["alt", "outlook"])

M("fw-mama-tarik-berlijn", date="2025-01-09 12:25", frm=who("maw"), to=[who("t5c")],
  subject="Fwd: reis Berlijn Tarik", style="gmail",
  body=T("""Bart, zie hieronder. Ik stel voor dat we de reis van Tarik via het solidariteitsfonds betalen, zonder dat hij
of de klas dat weet. Akkoord?
Nadia

---------- Forwarded message ---------
Van: Fatima Saidi <saidi.fatima@gmail.com>
Date: wo 8 jan 2025 om 22:10
Subject: reis Berlijn Tarik
To: <nadia.bouchiki@sintpieterscollege.be>

Goede avond mevrouw,
Tarik zegt dat hij niet mee wil naar Berlijn maar ik weet dat het door het geld is. Sinds mijn man in de gevangenis
zit moet ik alles alleen betalen en de huur is al te laat. Ik kan de 320 euro niet betalen. Ik schaam mij.
Kan de school iets doen?
Fatima
"""), rules=["sensitive"], cats=["family", "financial"], about=pid("tarik"),
  note="social worker forwards a mother's mail: father in prison, she cannot pay her son's school trip",
  lang="nl", fmt=["plain", "forward"])

M("bilal-ziekenhuis", date="2025-02-24 07:55", frm=who("t3c"), to=[who("wet"), who("fr"), who("t3b"), who("lo")],
  subject="Bilal 3C", style="plain",
  body=T("""Collega's,

Bilal Azzouz (3C) ligt sinds zondag in het UZ Brussel. Hij is geopereerd aan zijn blindedarm, maar er waren complicaties
(infectie) en hij blijft nog zeker een week. Daarna twee weken thuis. Ik verzamel de leerstof, stuur me aub jullie
planning voor maart, dan zet ik het op Smartschool.

Joke
"""), rules=["sensitive"], cats=["medical"], about=pid("bilal"),
  note="class teacher tells colleagues a named pupil is hospitalised after surgery with complications",
  lang="nl", fmt=["plain"])

M("ahmad-guardian-nightmares", date="2024-11-19 16:48", frm=who("okan"), to=["jan.dewaele@voogdij-dewaele.be"],
  subject="Ahmad - concerns", style="outlook",
  body=outlook_alt("""Dear Mr Dewaele,

I am writing in English because you mentioned the assistant in your office does not read Dutch.

Ahmad told me today that he has nightmares again almost every night, about the boat. He sleeps three or four hours and he fell asleep twice in class this week. During the fire drill last Thursday he panicked and hid under a table; it took us twenty minutes to calm him down.

I think he needs help from a psychologist who works with young refugees. The CLB can refer him, but they need your consent as his guardian. Could you call me or drop by?

Kind regards,
Hilde Peeters
OKAN teacher"""), rules=["sensitive"], cats=["psychosocial"], about=pid("ahmad"),
  note="OKAN teacher writes the guardian of an unaccompanied minor about nightmares and panic, asking consent for therapy",
  lang="en", fmt=["alt", "outlook"])

M("fw-kr2b-naar-thuis", date="2024-11-22 22:31", frm=who("t2b"), to=["an.devos77@gmail.com"],
  subject="Fwd: verslag klassenraad 2B (21/11)", style="outlook", env=ad("t2b"),
  body=T("""om thuis verder af te werken

-----Oorspronkelijk bericht-----
Van: An Devos <an.devos@sintpieterscollege.be>
Verzonden: vrijdag 22 november 2024 16:40
Aan: Sara Lambrechts; Griet Maes; Jonas Wouters; Leen Goossens
Onderwerp: verslag klassenraad 2B (21/11)

Dag collega's,

Hieronder de notities van de klassenraad van gisteren, enkel de leerlingen waarover we iets besproken hebben.

Yassin El Idrissi - 3 nota's sinds de herfstvakantie, conflicten op de speelplaats en op de metro (lijn 5). Reageert fel als hij aangesproken wordt. -> gesprek met Sara (lb) + papa, volgkaart 3 weken
Meryem Aydın - Nieuwe medicatie sinds okt. na twee aanvallen in de zomer, is 's ochtends soms suf. -> niet alleen zwemmen, noodprotocol zie Griet
Wassim Lahlou - Leest nog zwak, begrijpt de instructies niet altijd. -> extra taalondersteuning bij Jonas (2u/week), STICORDI
Emilia Stan - geen zorgen
Nathan Mbuyi - Ouders uit elkaar sinds de zomer, woont om de week bij papa in Luik. -> twee sets boeken?

Volgende klassenraad: 16/01.
An
"""), rules=["sensitive", "private_account"], cats=["psychosocial", "medical", "care", "family"],
  about=pid("yassin", "meryem", "wassim", "emilia", "nathan"),
  note="teacher forwards the class-council notes about named pupils to her own private gmail",
  lang="nl", fmt=["plain", "forward"])

# ------------------------------------------------------------------ misdirected (MD) and their correct twins (C)
M("turngerief-yassin-verkeerd", date="2024-10-10 16:02", frm=who("t2b"), to=["karim.elidrissi@hotmail.com"],
  subject="turngerief", style="outlook",
  body=T("""Beste meneer El Idrissi,

Yassin heeft deze week al voor de derde keer zijn turngerief niet bij. Meneer De Smet laat hem dan op de bank zitten en hij krijgt
een nul voor die les. Zou u er samen met hem op willen letten? Op dinsdag en donderdag heeft hij LO.

Met vriendelijke groeten,
An Devos
klastitularis 2B
"""), rules=[], about=pid("yassin"), mis=True,
  note="misdirected: about Yassin (2B) but sent to the father of his cousin Ilyas (4C), same surname picked by autocomplete",
  lang="nl", fmt=["plain"])

M("turngerief-yassin-mama", date="2024-11-28 15:40", frm=who("t2b"), to=["samira.azzouzi@hotmail.com"],
  subject="Yassin - turngerief en agenda", style="outlook",
  body=T("""Beste mevrouw Azzouzi,

Een korte vraag: Yassin vergeet de laatste weken vaak zijn turngerief en zijn agenda. Zou u op maandagavond even willen kijken of
zijn sporttas klaarstaat? Het gaat verder goed in de klas, hij helpt graag bij wiskunde.

Vriendelijke groeten,
An Devos
klastitularis 2B
"""), rules=[], about=pid("yassin"),
  note="correctly addressed: the class teacher writes Yassin's own mother about forgotten PE kit",
  lang="nl", fmt=["plain"])

M("training-ilyas-papa", date="2024-09-20 12:12", frm=who("lo"), to=["karim.elidrissi@hotmail.com"],
  subject="Voetbalproject - trainingen Ilyas", style="plain",
  body=T("""Beste meneer El Idrissi,

Ilyas (4C) is opgenomen in de groep van het voetbalproject. De trainingen zijn op woensdag van 14u tot 15u30 in onze sporthal,
met de trainers van KFC Kuregem. Voetbalschoenen met noppen zijn niet toegelaten in de zaal, enkel zaalschoenen.

Monsieur El Idrissi, Ilyas fait partie du projet foot : entraînement le mercredi de 14h à 15h30 dans notre salle de sport. Chaussures de salle obligatoires.

Sportieve groeten,
Kevin Mertens
"""), rules=[], about=pid("ilyas"),
  note="correctly addressed: PE teacher writes Ilyas's own father (same surname as the cousin) about training times",
  lang="nl", fmt=["plain", "bilingual"])

M("rappel-facture-mateo-verkeerd", date="2025-02-04 10:45", frm=who("boek"), to=["marta.garciaperez@outlook.com"],
  subject="Mateo García López (3C) - deuxième rappel / tweede herinnering", style="outlook",
  body=outlook_alt("""Madame García,

Nous n'avons pas encore reçu le premier versement du plan de paiement pour Mateo (3C), prévu pour le 20 janvier (110,00 €). Le montant total encore ouvert est de 330,00 €.
Pourriez-vous contacter Madame Bouchiki, notre assistante sociale, pour voir ensemble ce qui est possible ?

Mevrouw García,
De eerste afbetaling voor Mateo (3C), voorzien op 20 januari (110,00 euro), werd nog niet ontvangen. Het totale openstaande bedrag is 330,00 euro. Neemt u contact op met mevrouw Bouchiki?

Marleen De Backer
Comptabilité / boekhouding"""), rules=["sensitive"], cats=["financial"], about=pid("mateo"), mis=True,
  note="misdirected: missed instalment of Mateo's payment plan sent to the mother of Daniel López García, autocomplete on 'García'",
  lang="fr", fmt=["alt", "outlook", "bilingual"])

M("plan-paiement-mateo-maman", date="2024-12-11 09:15", frm=who("boek"), to=["carmen.lopezsanchez@hotmail.com"],
  subject="Mateo - plan de paiement", style="outlook",
  body=outlook_alt("""Madame López Sánchez,

Comme convenu avec Madame Bouchiki, la facture de Mateo (3C) pour le premier trimestre (330,00 €) peut être payée en trois fois : 110,00 € avant le 20 janvier, le 20 février et le 20 mars. La facture de Lucía n'est pas concernée, elle est déjà payée.
Les rappels automatiques sont arrêtés pendant le plan.

Cordialement,
Marleen De Backer
Comptabilité"""), rules=["sensitive"], cats=["financial"], about=pid("mateo"),
  note="correctly addressed: payment plan for Mateo's unpaid bill sent to his own mother",
  lang="fr", fmt=["alt", "outlook"])

M("autorisation-lucia-verkeerd", date="2024-10-21 13:30", frm=who("t1a"), to=["rocio.garciagomez@hotmail.com"],
  subject="Autorisation excursion Bruges - Lucía", style="plain",
  body=T("""Bonjour Madame García,

Il me manque encore l'autorisation signée pour l'excursion à Bruges de vendredi pour Lucía (1A). Pouvez-vous la signer dans son journal de classe ou me répondre par e-mail que vous êtes d'accord ?
Départ 8h15 à la gare du Midi, retour vers 17h.

Merci !
Pieter Claeys
titulaire 1A
"""), rules=[], about=pid("lucia"), mis=True,
  note="misdirected: trip permission about Lucía García López (1A) sent to the mother of Valeria Fernández García, who shares 'García'",
  lang="fr", fmt=["plain"])

M("lucia-mobib-papa", date="2025-04-18 11:20", frm=who("t1a"), to=["javier.garciamartin@gmail.com"],
  subject="Lucía - MOBIB-kaart / carte MOBIB", style="plain",
  body=T("""Beste meneer García,

Voor de uitstappen met metro en tram heeft elke leerling een MOBIB-kaart nodig. Lucía heeft er nog geen. U kan een kaart aanvragen in een KIOSK of BOOTIK van de MIVB; voor jongeren van 12 tot 24 jaar bestaat er een voordelig jaarabonnement.

Monsieur García, pour les excursions en métro, Lucía a besoin d'une carte MOBIB. Vous pouvez la demander dans un KIOSK ou une BOOTIK de la STIB.

Vriendelijke groeten,
Pieter Claeys
"""), rules=[], about=pid("lucia"),
  note="correctly addressed: class teacher asks Lucía's own father to get her a transport card",
  lang="nl", fmt=["plain", "bilingual"])

M("dyslexia-andrei-wrong", date="2024-11-06 15:50", frm=who("taal"), to=["mihaela.popescu@gmail.com"],
  subject="Andrei - support in class", style="gmail",
  body=T("""Dear Mrs Popescu,

Following the speech therapist's report, Andrei (3A) has been confirmed as dyslexic. From next week he will get extra time for tests, larger print, and he may use a reading app on his laptop. He will also have one hour a week of extra Dutch with me.
If you want, we can go over the measures together at the school, maybe with a Romanian interpreter.

Best regards,
Jonas Wouters
language coach
"""), rules=["sensitive"], cats=["medical", "care"], about=pid("andrei"), mis=True,
  note="misdirected: dyslexia and support measures of Andrei Popescu (3A) sent to Ioana Popescu's mother (5B), unrelated same surname",
  lang="en", fmt=["plain", "gmail"])

M("dyslexia-andrei-mum", date="2024-11-07 09:05", frm=who("taal"), to=["elena.popescu84@gmail.com"],
  subject="Andrei - support in class (correct address)", style="gmail",
  body=T("""Dear Mrs Popescu,

I'm sorry, yesterday my message about Andrei went to the wrong address. Here it is again.

The speech therapist has confirmed Andrei's dyslexia. From next week he gets extra time for tests, larger print and a reading app on his laptop, plus one hour a week of extra Dutch with me. We can discuss it at school with an interpreter if you like.

Best regards,
Jonas Wouters
"""), rules=["sensitive"], cats=["medical", "care"], about=pid("andrei"),
  note="correctly addressed: the same dyslexia measures sent to Andrei's own mother",
  lang="en", fmt=["plain", "gmail"])

M("te-laat-ayoub-verkeerd", date="2024-11-15 14:14", frm=who("t1d"), to=["nadia.chahid@hotmail.com"],
  subject="te laat komen", style="plain",
  body=T("""Beste mevrouw Benali,

Ayoub (1D) kwam deze maand al vijf keer te laat in het eerste lesuur. Hij zegt dat de metro vertraging had, maar de andere
leerlingen van lijn 2 waren wel op tijd. Vanaf de zesde keer moet hij een woensdagnamiddag nablijven, zoals in het schoolreglement staat.

Met vriendelijke groeten,
Koen Heylen
klastitularis 1D
"""), rules=[], about=pid("ayoub"), mis=True,
  note="misdirected: lateness of Ayoub (1D) sent to the mother of his half-sister Salma (5A), who is not Ayoub's parent",
  lang="nl", fmt=["plain"])

M("te-laat-ayoub-mama", date="2024-11-18 08:30", frm=who("t1d"), to=["leila.mansouri@gmail.com"],
  subject="Ayoub - te laat / en retard", style="plain",
  body=T("""Beste mevrouw Mansouri,

Ayoub kwam deze maand al vijf keer te laat in het eerste lesuur. Vanaf de zesde keer moet hij een woensdagnamiddag nablijven.
Kan hij misschien een metro vroeger nemen?

Madame Mansouri, Ayoub est arrivé en retard cinq fois ce mois-ci. À partir de la sixième fois, il devra rester un mercredi après-midi.

Vriendelijke groeten,
Koen Heylen
klastitularis 1D
""" + "Tel. school: " + SCHOOL_TEL + "\n"), rules=["personal_data"], about=pid("ayoub"),
  note="correctly addressed: the same lateness notice to Ayoub's own mother; school phone number",
  lang="nl", fmt=["plain", "bilingual"])

M("toestemming-salma-mama", date="2025-04-29 12:40", frm=who("t5a"), to=["nadia.chahid@hotmail.com"],
  subject="Salma - toestemmingsformulier eindreis", style="plain",
  body=T("""Beste mevrouw Chahid,

Voor de reis naar Barcelona in mei heb ik nog het toestemmingsformulier van Salma nodig (met een kopie van haar identiteitskaart).
Mag ze het deze week nog meebrengen?

Vriendelijke groeten,
Jeroen Pauwels
klastitularis 5A
"""), rules=[], about=pid("salma"),
  note="correctly addressed: Salma's own mother is asked for a missing trip form",
  lang="nl", fmt=["plain"])

M("wiskunde-lore-grootouders", date="2025-01-27 17:05", frm=who("t1c"), to=["oma.opa.janssens@skynet.be"],
  subject="resultaten wiskunde", style="outlook",
  body=T("""Beste ouders,

Lore haalde op de toets over breuken 8/20. Ze mag volgende week dinsdag in het 8ste uur een inhaaltoets maken.
Kunnen jullie thuis de oefeningen van hoofdstuk 4 nog eens met haar overlopen? De oplossingen staan op Smartschool.

Vriendelijke groeten,
Evi Van Acker
"""), rules=[], about=pid("lore"), mis=True,
  note="misdirected: Lore Jansen's (1C) math result sent to the grandparents' co-account of Lotte Janssens, same class",
  lang="nl", fmt=["plain"])

M("ophalen-lotte-grootouders", date="2024-12-12 16:30", frm=who("hwk"), to=["oma.opa.janssens@skynet.be"],
  subject="Lotte - huiswerkklas donderdag", style="plain",
  body=T("""Dag mevrouw en meneer Janssens,

Fijn dat jullie Lotte op donderdag komen halen. De huiswerkklas stopt om 17u; wachten jullie aan de achterpoort?
Dan breng ik haar tot daar. Lotte werkt goed door, ze is altijd als eerste klaar met haar Frans.

Groetjes,
Fatima Zahra El Khattabi
huiswerkklas
"""), rules=[], about=pid("lotte"),
  note="correctly addressed: homework club writes Lotte's grandparents, who have a co-account on her file",
  lang="nl", fmt=["plain"])

M("adam-huilend-verkeerd", date="2025-02-06 13:10", frm=who("lsec"), to=["souad.chraibi@gmail.com"],
  subject="Adam", style="plain",
  body=T("""Beste mevrouw,

Adam (1A) kwam vanmiddag huilend naar het secretariaat. Hij vertelde dat een paar oudere jongens hem al weken op de speelplaats
uitlachen en hem gisteren in de metro zijn pet hebben afgenomen. Hij wilde niet terug naar de klas.
Hij zit nu bij mevrouw Lambrechts van de leerlingenbegeleiding. Zou u haar vandaag nog kunnen bellen?

Met vriendelijke groeten,
Amal Bensaïd
leerlingensecretariaat
"""), rules=["sensitive"], cats=["psychosocial"], about=pid("adam_z"), mis=True,
  note="misdirected: Adam Ziani (1A) being bullied, sent to the mother of Adam Chraibi (3D), wrong Adam chosen",
  lang="nl", fmt=["plain"])

M("adam-engels-goed", date="2025-03-20 20:40", frm="Veerle Hendrickx <veerle.hendrickx.vh@gmail.com>",
  to=["souad.chraibi@gmail.com"], env="veerle.hendrickx.vh@gmail.com",
  subject="Adam - Engels", style="gmail",
  body=T("""Beste mevrouw Chraibi,

Ik wou u even laten weten dat Adam (3D) een heel sterke spreekopdracht Engels heeft gedaan, 18/20. Hij heeft echt zijn best gedaan!
Als hij zo verder werkt, kan hij volgend jaar zeker de richting met extra Engels volgen.

Vriendelijke groeten,
Veerle Hendrickx
(sorry voor het privé-adres, Smartschool ligt plat)
"""), rules=["private_account"], about=pid("adam_c"),
  note="correctly addressed praise for Adam Chraibi to his own mother, but sent from the teacher's private gmail",
  lang="nl", fmt=["plain", "gmail"])

M("re-uitstap-rayan-amine", date="2025-03-03 16:55", frm=who("t2c"), to=["nawal.bakkali@hotmail.com"],
  subject="Re: uitstap Muntpunt", style="outlook",
  body=T("""Beste mevrouw Tahiri,

Amine was de voorbije weken opnieuw vaak afwezig zonder geldige reden (11 halve dagen sinds januari). Zoals in het schoolreglement staat,
zijn we verplicht het CLB in te schakelen; mevrouw Demir van het CLB zal u contacteren voor een gesprek.
We willen vooral samen bekijken waarom Amine niet graag naar school komt.

Met vriendelijke groeten,
Sofie Willems
klastitularis 2C

Van: Nawal Bakkali <nawal.bakkali@hotmail.com>
Verzonden: vrijdag 28 februari 2025 19:20
Aan: Sofie Willems <sofie.willems@sintpieterscollege.be>
Onderwerp: uitstap Muntpunt

Goeiedag juf, moet Rayan voor de uitstap naar de bibliotheek een ticket voor de metro meebrengen? Groetjes Nawal
"""), rules=["sensitive"], cats=["care", "psychosocial"], about=pid("amine"), mis=True,
  note="misdirected: Amine Tahiri's problematic absences and CLB referral written as a reply in Rayan Bakkali's mother's thread",
  lang="nl", fmt=["plain", "reply"])

M("herexamen-wiktor-verkeerd", date="2025-06-25 18:10", frm=who("t2c"), to=["agnieszka.kaminska@gmail.com"],
  subject="Herexamen Nederlands", style="plain",
  body=T("""Beste mevrouw Kamińska,

Na de klassenraad van vandaag wil ik u laten weten dat Wiktor in augustus een herexamen Nederlands moet afleggen (lezen en schrijven).
Het examen is op maandag 25 augustus om 9u. De leerstof en een oefenbundel staan op Smartschool, map "herexamen 2C".
Hij kan in juli ook naar de zomerschool Nederlands in het Muntpunt.

Met vriendelijke groeten,
Sofie Willems
klastitularis 2C
"""), rules=[], about=pid("wiktor"), mis=True,
  note="misdirected: Wiktor Zieliński's resit sent to Zofia Kamińska's mother, the text was copied from the previous mail to her",
  lang="nl", fmt=["plain"])

M("stage-mehdi-verkeerd", date="2025-01-16 10:30", frm=who("t6a"), to=["h.ouali@gmail.com"],
  subject="stageovereenkomst", style="plain",
  body=T("""Beste mevrouw Ouali,

De stageovereenkomst van Mehdi (6C) voor zijn stage bij het woonzorgcentrum is nog niet ondertekend terug. Zonder handtekening van een ouder
mag hij maandag niet starten. Kan hij het document morgen afgeven op het secretariaat?

Met vriendelijke groeten,
Gert Nys
stagecoördinator
"""), rules=[], about=pid("mehdi"), mis=True,
  note="misdirected: Mehdi Ouali's (6C) internship form sent to h.ouali@ (Nour's mother) instead of h.ouali1@, look-alike address",
  lang="nl", fmt=["plain"])

M("taalwedstrijd-nour", date="2025-03-14 15:10", frm=who("t3b"), to=["h.ouali@gmail.com"],
  subject="Nour - concours de langues", style="plain",
  body=T("""Bonjour Madame Ouali,

Bonne nouvelle : Nour (3B) est sélectionnée pour la finale du concours de néerlandais des écoles bruxelloises, le 2 avril à Flagey. Nous partons ensemble de l'école à 12h30.
Pourriez-vous signer l'autorisation dans son journal de classe ?

Bien à vous,
Mathilde Lejeune
"""), rules=[], about=pid("nour"),
  note="correctly addressed: Nour's own mother is told about a language contest",
  lang="fr", fmt=["plain"])

M("medicament-sebastian-verkeerd", date="2025-01-22 12:35", frm=who("t3b"), to=["isabel.morales.vega@gmail.com"],
  subject="Sebastián - médicament de midi", style="plain",
  body=T("""Madame Morales,

Sebastián (3B) n'est pas venu chercher son médicament de midi à l'accueil depuis lundi (le méthylphénidate que vous avez déposé). L'après-midi il a beaucoup de mal à rester concentré. Est-ce que le pédopsychiatre a changé quelque chose ? Si oui, pouvez-vous nous le faire savoir par écrit ?

Bien à vous,
Mathilde Lejeune
titulaire 3B
"""), rules=["sensitive"], cats=["medical"], about=pid("sebastian"), mis=True,
  note="misdirected: ADHD medication of Sebastián Morales Díaz (3B) sent to Camila Ruiz Morales's mother, who shares 'Morales'",
  lang="fr", fmt=["plain"])

M("medicament-sebastian-maman", date="2025-01-23 08:20", frm=who("t3b"), to=["lucia.diaz.romero@hotmail.com"],
  subject="Sebastián - médicament de midi", style="plain",
  body=T("""Madame Díaz,

Sebastián ne vient plus chercher son médicament de midi à l'accueil depuis lundi. L'après-midi il a du mal à se concentrer. Le pédopsychiatre a-t-il changé le traitement ? Merci de nous prévenir par écrit.

Bien à vous,
Mathilde Lejeune
titulaire 3B
"""), rules=["sensitive"], cats=["medical"], about=pid("sebastian"),
  note="correctly addressed: the same medication question sent to Sebastián's own mother",
  lang="fr", fmt=["plain"])

M("tornooi-bilal-verkeerd", date="2025-03-05 17:45", frm=who("lo"), to=["y.cherkaoui@gmail.com"],
  subject="tornooi Gent zaterdag", style="plain",
  body=T("""Beste ouder,

Bilal (3C) is geselecteerd voor het scholentornooi zaalvoetbal in Gent op zaterdag 15 maart. We vertrekken om 8u aan Brussel-Zuid
en zijn terug rond 18u. Gelieve het toestemmingsformulier in bijlage op Smartschool te tekenen.

Sportieve groeten,
Kevin Mertens
"""), rules=[], about=pid("bilal"), mis=True,
  note="misdirected: tournament selection of Bilal Azzouz (3C) sent to the father of Bilal Cherkaoui (4A), wrong Bilal",
  lang="nl", fmt=["plain"])

M("jas-daniel-mama", date="2024-10-25 13:00", frm=who("t4b"), to=["marta.garciaperez@outlook.com"],
  subject="jas Daniel", style="plain",
  body=T("""Beste mevrouw García,

De blauwe winterjas van Daniel (4B) is teruggevonden in de sporthal. Hij hangt bij de verloren voorwerpen aan het onthaal,
Daniel mag hem daar ophalen.

Groeten,
Stijn Wuyts
"""), rules=[], about=pid("daniel"),
  note="correctly addressed: Daniel's own mother (García Pérez) is told his coat was found",
  lang="nl", fmt=["plain"])

M("ecole-devoirs-grace-mamie", date="2024-11-13 17:40", frm=who("hwk"), to=["mama.kabeya@gmail.com"],
  subject="Grâce - école des devoirs", style="plain",
  body=T("""Bonjour Madame Kabeya,

Grâce vient régulièrement à l'école des devoirs le lundi et le jeudi et elle travaille très bien. Comme vous la reprenez souvent, je vous rappelle que le mercredi il n'y a pas d'école des devoirs.
Les jours fériés, l'école des devoirs est aussi fermée.

Bien à vous,
Fatima Zahra El Khattabi
""" + "Tel. " + SCHOOL_TEL + "\n"), rules=["personal_data"], about=pid("grace"),
  note="correctly addressed to the grandmother's co-account on Grâce's file, homework club times; school phone",
  lang="fr", fmt=["plain"])

M("stage-josue-papa", date="2025-02-27 11:00", frm=who("t4d"), to=["m.mukendi@skynet.be"],
  subject="Stage Josué (4D)", style="plain",
  body=T("""Bonjour,

Le stage d'observation de Josué aura lieu du 17 au 21 mars au garage Van Laethem à Forest. Il doit se présenter le lundi à 8h avec ses chaussures de sécurité.
La convention de stage est dans son cartable, elle doit revenir signée pour le 10 mars.

Bien à vous,
Heidi Goris
titulaire 4D
"""), rules=[], about=pid("josue"),
  note="correctly addressed: Josué's own family address gets internship practicalities (sibling shares it)",
  lang="fr", fmt=["plain"])

# ------------------------------------------------------------------ other personal, not sensitive (N)
M("taak-emilia-voorbeeld", date="2024-12-04 19:22", frm=who("t2b"), to=[lmail("emilia")],
  subject="je taak over statistiek", style="plain",
  body=T("""Hoi Emilia,

Je taak over de enquête in de klas was echt heel goed: duidelijke grafieken en een goede conclusie. 19/20!
Mag ik hem (zonder je naam) gebruiken als voorbeeld voor de andere klassen van het tweede jaar?

Mevrouw Devos
"""), rules=[], about=pid("emilia"), note="teacher praises a pupil's assignment and asks to use it as an example",
  lang="nl", fmt=["plain"])

M("gsm-rayan-confisque", date="2024-10-17 12:48", frm=who("opv2"), to=["nawal.bakkali@hotmail.com"],
  subject="GSM de Rayan / gsm van Rayan", style="outlook",
  body=outlook_alt("""Bonjour Madame Bakkali,

Ce matin, Rayan (2C) avait son GSM en main pendant le cours de sciences. Selon le règlement, le GSM est gardé au secrétariat jusqu'à la fin de la journée. Il peut le récupérer aujourd'hui à 16h au secrétariat.

Goedemiddag mevrouw Bakkali,
Rayan had vanmorgen zijn gsm in de hand tijdens de les wetenschappen. Volgens het reglement blijft de gsm op het secretariaat tot het einde van de dag. Hij kan hem om 16u ophalen.

Nathalie Lemmens
onthaal"""), rules=[], about=pid("rayan"),
  note="routine notice to the mother that her son's phone was kept until the end of the day under the phone rules",
  lang="fr", fmt=["alt", "outlook", "bilingual"])

M("selectie-woensdag-club", date="2024-09-25 16:15", frm=who("lo"), to=["d.verstraeten@kfckuregem.be"],
  subject="groep woensdag", style="plain",
  body=T("""Dimitri,

Hier de groep voor woensdag (14u, sporthal):
- Ilyas El Idrissi (4C)
- Bilal Azzouz (3C)
- Jayden Mensah (2D)
- Adam Chraibi (3D)
- Bilal Cherkaoui (4A)
- Rayan Bakkali (2C)

Reserves: Wiktor Zieliński (2C), Amine Tahiri (2C).
Hesjes en ballen liggen klaar in S-0.02.

Kevin
"""), rules=[], about=pid("ilyas", "bilal", "jayden", "adam_c", "bilal2", "rayan", "wiktor", "amine"),
  note="list of pupils selected for football training sent to the partner club, names and classes only",
  lang="nl", fmt=["plain", "list"])

M("inscription-ecole-devoirs-amir", date="2024-09-17 18:05", frm=who("hwk"), to=["jaber.family@gmail.com"],
  subject="Inscription école des devoirs - Amir", style="plain",
  body=T("""Bonjour Monsieur Jaber,

L'inscription d'Amir (1D) à l'école des devoirs est confirmée : le lundi et le jeudi de 15h30 à 17h, local B-0.08. C'est gratuit.
Il peut prendre un goûter. S'il ne peut pas venir, merci de prévenir le secrétariat le matin au """ + SCHOOL_TEL + """.

Bien à vous,
Fatima Zahra El Khattabi
"""), rules=["personal_data"], about=pid("amir"),
  note="confirmation of a pupil's homework-club registration to his father; school phone number",
  lang="fr", fmt=["plain"])

M("reading-tips-ioana", date="2025-01-10 14:30", frm=who("taal"), to=["mihaela.popescu@gmail.com"],
  subject="Ioana - Dutch reading", style="plain",
  body=T("""Dear Mrs Popescu,

As promised at the parents' evening: Ioana's Dutch reading has improved a lot this term. To keep it up, here are some books she can borrow at the Muntpunt library or at the Anderlecht library:
- "Het leven is vurrukkulluk" (Remco Campert) - short and funny
- any comic from the "Suske en Wiske" series, honestly, they work
- "Spijt!" (Carry Slee) - popular with her age group

Kind regards,
Jonas Wouters
"""), rules=[], about=pid("ioana"),
  note="language coach gives Ioana's own mother reading tips; same address that received a misdirected mail",
  lang="en", fmt=["plain", "list"])

M("luca-rijexamen", date="2025-05-15 10:00", frm=who("t5a"), to=[who("lsec")],
  subject="Luca 5A vrijdag", style="plain",
  body=T("""Amal,

Luca Rossi (5A) mag vrijdag om 11u vertrekken voor zijn praktisch rijexamen in Brussel-Noord. Papa heeft het briefje getekend, ik leg het in je bakje.

Jeroen
"""), rules=[], about=pid("luca"), note="internal note that a pupil may leave early for his driving test",
  lang="nl", fmt=["plain"])

M("science-fair-oliver", date="2025-04-04 17:20", frm=who("eng"), to=["sarah.bennett@gmail.com"],
  subject="Oliver's science fair project", style="gmail",
  body=T("""Dear Mrs Bennett,

Just a quick note to say how proud we are of Oliver: his project on air quality near the Midi station won second prize at the school science fair yesterday! The jury especially liked that he presented it in Dutch.
He may present it again at the regional fair in May; more info follows.

Best wishes,
Rachel Whitmore
"""), rules=[], about=pid("oliver"), note="teacher congratulates a mother on her son's science fair prize",
  lang="en", fmt=["plain"])

# ------------------------------------------------------------------ attachments / private account (X)
import zipfile
def _zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 9, 10, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return bio.getvalue()

M("puntensjabloon-wiskunde", date="2024-09-10 20:30", frm=who("t2b"), to=[who("t2b")], bcc=["vakgroep-wiskunde@" + S],
  subject="puntensjabloon 24-25 (met macro)", style="outlook",
  body=MIX(T("""Dag vakgroep,

In bijlage het nieuwe puntensjabloon. De macro berekent automatisch de gewogen gemiddelden per evaluatiedomein en zet
de tekorten in het rood. Bij het openen: "Inhoud inschakelen" klikken, anders werkt het niet.
Graag voor 1 oktober je klassen invullen.

An
"""), ATT("puntensjabloon_wiskunde_2425.xlsm", b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + hashlib.sha256(b"sjabloon").digest() * 64,
          "application/vnd.ms-excel.sheet.macroEnabled.12")),
  rules=["attachment"], about=[], note="teacher sends the math group a macro-enabled Excel grade template, group in Bcc",
  lang="nl", fmt=["mixed", "xlsm"])

M("taalklik-offline-installer", date="2024-09-10 10:15", frm=who("ict"), to=[who("okan")],
  subject="Taalklik offline voor de OKAN-laptops", style="plain",
  body=MIX(T("""Hilde,

Zoals gevraagd: de offline versie van Taalklik, voor de laptops zonder internet in het OKAN-lokaal.
Uitpakken op een USB-stick en op elke laptop TaalklikSetup.exe uitvoeren (als administrator). Duurt een paar minuten per laptop.

Dries
"""), ATT("Taalklik_offline_v3.2.zip", _zip([("TaalklikSetup.exe", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 48 + hashlib.sha256(b"exe").digest() * 30),
                                             ("LEESMIJ.txt", "Installeer als administrator. Versie 3.2 (OKAN A1-A2).\r\n")]),
          "application/zip")),
  rules=["attachment"], about=[], note="ICT sends a zip archive containing an .exe installer of the language app",
  lang="nl", fmt=["mixed", "zip-exe"])

M("script-printers-koppelen", date="2024-09-05 11:50", frm=who("ict"), to=[who("t4a")],
  subject="printers op je laptop", style="plain",
  body=MIX(T("""Katleen,

Als je eigen laptop de printers van het A-blok niet vindt: sla de bijlage op, rechtsklik > "Als administrator uitvoeren".
Daarna zie je "SPC-Follow-Me" in je printerlijst.

Dries
"""), ATT("printers_koppelen.bat", """@echo off
REM koppelt de Follow-Me printer van campus Kuregem
rundll32 printui.dll,PrintUIEntry /in /n "\\\\print01.spc.local\\SPC-Follow-Me"
rundll32 printui.dll,PrintUIEntry /y /n "\\\\print01.spc.local\\SPC-Follow-Me"
echo Klaar. Druk op een toets.
pause
""", "application/x-msdos-program", cs="ascii")),
  rules=["attachment"], about=[], note="ICT mails a colleague a Windows batch script to map printers",
  lang="nl", fmt=["mixed", "bat"])

M("uitstap-antwerpen-prive", date="2025-04-10 21:15", frm="Bram Claessens <bram.claessens.aardrijk@hotmail.com>",
  to=["sarah.bennett@gmail.com"], env="bram.claessens.aardrijk@hotmail.com",
  subject="Uitstap Antwerpen dinsdag / trip to Antwerp", style="outlook",
  body=T("""Beste mevrouw Bennett,

Oliver vroeg me vandaag waar we dinsdag verzamelen voor de uitstap aardrijkskunde naar de haven van Antwerpen. Dat is om 8u15 in de stationshal van Brussel-Zuid, aan de grote borden.
We are back around 16:30 at the same place. Packed lunch and rain jacket please.

Groeten,
Bram Claessens
(ik stuur dit van mijn eigen adres, ik zit niet op school)
"""), rules=["private_account"], about=pid("oliver"),
  note="teacher answers a parent about a school trip from his private hotmail address",
  lang="nl", fmt=["plain", "bilingual"])

M("handelingsplan-sjabloon-docm", date="2024-10-02 15:00", frm=who("zorg"), to=[who("t1a"), who("t1b"), who("t1c"), who("t1d")],
  subject="sjabloon handelingsplan (nieuw)", style="outlook",
  body=MIX(T("""Dag klastitularissen van het eerste jaar,

In bijlage het nieuwe sjabloon voor de handelingsplannen. Het is een Word-bestand met macro's: de knop "nieuw doel" voegt
automatisch een tabel toe. Bewaar de ingevulde plannen niet op je bureaublad maar in het LVS.

Griet
"""), ATT("handelingsplan_sjabloon_2024.docm", b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + hashlib.sha256(b"docm").digest() * 50,
          "application/vnd.ms-word.document.macroEnabled.12")),
  rules=["attachment"], about=[], note="care coordinator sends an empty macro-enabled Word template to colleagues",
  lang="nl", fmt=["mixed", "docm"])

# ------------------------------------------------------------------ general letters (G)
def GEN(slug, date, frm, subject, body, rules=(), note="", lang="nl", fmt=("plain", "general"), group="ouders@" + S,
        style="plain", to=None, env=None):
    M(slug, date=date, frm=frm, to=to or [addr_only(frm)], bcc=[group] if group else None, subject=subject, body=body,
      rules=list(rules), about=[], note=note, lang=lang, fmt=list(fmt), style=style, env=env)

DIRECTIE = "Directie Sint-Pieterscollege Brussel <directie@" + S + ">"
SECR = "Secretariaat SPC Kuregem <secretariaat@" + S + ">"

GEN("herinnering-schoolrekening-iedereen", "2025-01-15 09:00", SECR,
  "Schoolrekening 1ste trimester - herinnering / rappel facture scolaire",
  outlook_alt("""Beste ouders,

Een groot deel van de schoolrekeningen van het eerste trimester is al betaald, waarvoor dank. Heeft u nog niet betaald? Dan vragen wij u dat te doen voor 31 januari.
• Rekeningnummer: """ + SCHOOL_IBAN + """
• Vermeld altijd de gestructureerde mededeling van uw eigen rekening (die staat onderaan de rekening op Smartschool).
• Heeft u meerdere kinderen op school? Dan krijgt u per kind een rekening.

Is betalen moeilijk? Dat is geen schande. Neem contact op met onze maatschappelijk werker, mevrouw Bouchiki; samen zoeken we een oplossing (bv. een afbetalingsplan). Dit blijft uiteraard vertrouwelijk.

Chers parents,

Une grande partie des factures du premier trimestre est déjà payée, merci. Si vous n'avez pas encore payé, merci de le faire avant le 31 janvier.
• Compte : """ + SCHOOL_IBAN + """
• Indiquez toujours la communication structurée de votre propre facture (en bas de la facture sur Smartschool).
• Plusieurs enfants à l'école ? Vous recevez une facture par enfant.

Vous avez des difficultés pour payer ? Ce n'est pas une honte. Contactez notre assistante sociale, Madame Bouchiki ; ensemble nous trouverons une solution (p. ex. un plan de paiement). C'est confidentiel.

Het secretariaat / Le secrétariat"""),
  rules=["personal_data"], note="bill reminder to all parents (Bcc), bilingual, with the school's IBAN",
  fmt=["alt", "outlook", "bilingual", "general", "list"], style="outlook")

GEN("ocmw-cpas-steun-iedereen", "2024-09-20 12:00", DIRECTIE, "Hulp bij schoolkosten / Aide pour les frais scolaires",
  T("""Beste ouders,

Schoolkosten kunnen zwaar wegen. Wist u dat:
1. u recht kan hebben op een schooltoeslag via het Groeipakket (aanvragen kan via uw uitbetaler);
2. het OCMW van uw gemeente (Anderlecht, Molenbeek, Brussel ...) soms een deel van de schoolkosten betaalt;
3. onze maatschappelijk werker u gratis helpt met de aanvraag, ook in het Frans, Engels of Arabisch;
4. de school een solidariteitsfonds heeft voor uitstappen en schoolmateriaal.

U kan langskomen op maandag en donderdag van 8u30 tot 12u, lokaal A-0.05, of een bericht sturen via Smartschool.

Chers parents,

Les frais scolaires peuvent être lourds. Saviez-vous que :
1. vous avez peut-être droit à une allocation scolaire via le Groeipakket ;
2. le CPAS de votre commune (Anderlecht, Molenbeek, Bruxelles ...) paie parfois une partie des frais scolaires ;
3. notre assistante sociale vous aide gratuitement, aussi en français, anglais ou arabe ;
4. l'école a un fonds de solidarité pour les excursions et le matériel.

Permanence le lundi et le jeudi de 8h30 à 12h, local A-0.05, ou par message Smartschool.

De directie / La direction
""", cte="quoted-printable"), note="support offer for school costs to all parents, bilingual, no individual case",
  fmt=["plain", "qp", "bilingual", "general", "list"])

GEN("spijbelen-faq", "2024-09-09 15:00", DIRECTIE, "Afwezigheden en spijbelen: wat moet u weten?",
  H(simple_html("""<h2>Afwezig? Zo werkt het</h2>
<p>Beste ouders,</p>
<p>Elk jaar krijgen we dezelfde vragen over afwezigheden. Daarom hieronder de belangrijkste antwoorden.</p>
<h3>Mijn kind is ziek. Wat moet ik doen?</h3>
<p>Verwittig het secretariaat voor 8u30 (via Smartschool of telefonisch). Tot drie dagen volstaat een briefje van u (maximaal 4 keer per schooljaar). Daarna is een doktersattest nodig.</p>
<h3>Wat is een problematische afwezigheid?</h3>
<p>Elke afwezigheid zonder geldige reden, bv. een dag vroeger op vakantie vertrekken, "verslapen", een afspraak bij de kapper.</p>
<h3>Wat gebeurt er als mijn kind spijbelt?</h3>
<p>We nemen dezelfde dag contact met u op. Vanaf 5 halve dagen nodigen we u uit voor een gesprek. Vanaf 10 halve dagen zijn we wettelijk verplicht het CLB in te schakelen. Bij verdere afwezigheden kan de school ook de dienst schoolverzuim van de gemeente inschakelen.</p>
<h3>Kan mijn kind zijn schooltoelage verliezen?</h3>
<p>Ja. Bij meer dan 30 halve dagen problematische afwezigheid kan de schooltoeslag teruggevorderd worden.</p>
<h3>Mijn kind wil niet meer naar school. Wat nu?</h3>
<p>Praat erover met de klastitularis of met de leerlingenbegeleiding. Hoe sneller, hoe beter.</p>
<p>De directie</p>"""), cte="quoted-printable"),
  note="general FAQ on absences and truancy rules to all parents, HTML only", fmt=["html", "general", "faq"])

GEN("gsm-reglement", "2024-09-02 10:00", DIRECTIE, "GSM op school / Le GSM à l'école",
  T("""Beste ouders, beste leerlingen,

Vanaf dit schooljaar gelden strengere afspraken over de gsm.

1. Wanneer?
De gsm is uit en zit in de locker of in de boekentas van 8u20 tot 15u30, ook tijdens de pauzes en de middag.

2. Uitzonderingen
Enkel als een leerkracht het uitdrukkelijk vraagt voor een les (bv. een quiz) of voor leerlingen met een medische toelating.

3. Wat als de gsm toch bovenkomt?
De eerste keer wordt hij tot 16u op het secretariaat bewaard. De derde keer moet een ouder hem komen ophalen.

4. Contact met uw kind?
Bel het secretariaat, wij geven de boodschap door.

---

Chers parents, chers élèves,

1. Quand ? Le GSM est éteint et rangé de 8h20 à 15h30, aussi pendant les récréations et le temps de midi.
2. Exceptions : seulement à la demande d'un professeur (p. ex. un quiz) ou avec une autorisation médicale.
3. Et si le GSM est visible ? La première fois, il est gardé au secrétariat jusqu'à 16h. La troisième fois, un parent doit venir le chercher.
4. Joindre votre enfant ? Appelez le secrétariat, nous transmettons le message.

De directie / La direction
""", cs="windows-1252", cte="8bit"), note="general phone policy with numbered headings to all parents, bilingual, Windows-1252",
  fmt=["plain", "cp1252", "bilingual", "general"])

GEN("medicatie-procedure", "2024-09-05 11:00", SECR, "Medicatie op school",
  T("""Beste ouders,

Moet uw kind tijdens de schooluren medicatie nemen? Dan volgen we deze werkwijze:

- Personeel geeft geen medicatie zonder schriftelijke vraag van de arts (formulier "medicatie op school", te vinden op Smartschool).
- Breng de medicatie zelf naar het onthaal, in de originele verpakking, met de naam van uw kind erop.
- Uw kind komt de medicatie zelf halen op het afgesproken uur; wij noteren elke inname.
- Bij koorts of pijn geven wij geen pijnstillers, ook niet "een dafalgan". We bellen u dan.
- Heeft uw kind een allergie, epilepsie, diabetes of astma? Meld het aan de klastitularis zodat we een noodplan kunnen maken.

Vragen? Het secretariaat is bereikbaar op """ + SCHOOL_TEL + """.

Met vriendelijke groeten,
het secretariaat
"""), rules=["personal_data"], note="general medication procedure letter ('uw kind') to all parents; school phone number",
  fmt=["plain", "general", "list"])

GEN("privacyverklaring-kort", "2024-09-16 13:00", DIRECTIE, "Privacy: hoe gaan wij om met de gegevens van uw kind?",
  outlook_alt("""Beste ouders,

Om goed onderwijs en begeleiding te bieden, verwerkt de school persoonsgegevens van uw kind. In het kort:

Welke gegevens? Identificatiegegevens (naam, adres, rijksregisternummer), gegevens over schoolloopbaan en resultaten, en waar nodig ook gevoelige gegevens: gezondheid (bv. allergieën, medicatie), gegevens over de gezinssituatie en over begeleiding door het CLB.
Waarom? Om de inschrijving, de lessen, de begeleiding en de facturatie te regelen, en omdat de wet het ons oplegt.
Wie ziet ze? Enkel personeelsleden die ze nodig hebben, het CLB, en de overheid wanneer dat verplicht is. Nooit voor reclame.
Hoe lang? Zolang nodig, daarna worden ze vernietigd of gearchiveerd volgens de regels.
Uw rechten? U kan de gegevens inkijken en laten verbeteren. Vragen of klachten: privacy@lksd.ksleuven.be.

De volledige privacyverklaring staat in het schoolreglement, deel III.

De directie"""),
  note="short privacy statement to all parents listing data categories, no individual data", fmt=["alt", "outlook", "general"],
  style="outlook")

GEN("uitstappen-metro-tram", "2024-09-26 16:00", DIRECTIE, "Uitstappen met metro en tram / Excursions en métro et en tram",
  T("""Beste ouders,

Omdat we in Brussel veel met het openbaar vervoer op uitstap gaan, zetten we de afspraken nog even op een rij:

- Uw kind heeft een geldige MOBIB-kaart (bv. het jaarabonnement voor jongeren). Wie geen kaart heeft, krijgt een ticket van de school.
- We verzamelen altijd in het station, niet op het perron. Wie te laat is, belt de leerkracht niet maar het secretariaat.
- In de metro blijven we als groep in één of twee wagons, koptelefoon uit, oortjes uit.
- Leerlingen vanaf de 3de graad mogen soms zelfstandig naar huis na een uitstap, enkel met uw schriftelijke toestemming.
- Voor uitstappen buiten Brussel (bv. Gent, Mechelen) nemen we de trein; de kosten komen op de schoolrekening.

Chers parents,

- Votre enfant a une carte MOBIB valable (p. ex. l'abonnement jeunes). Sinon, l'école donne un ticket.
- Nous nous rassemblons toujours dans la station, pas sur le quai.
- Dans le métro, nous restons en groupe, sans casque ni écouteurs.
- À partir de la 5e, les élèves peuvent parfois rentrer seuls après une excursion, uniquement avec votre autorisation écrite.
- Pour les excursions hors de Bruxelles, nous prenons le train ; les frais sont sur la facture scolaire.

De directie / La direction
"""), note="general trip rules for metro/tram to all parents, bilingual, with examples",
  fmt=["plain", "bilingual", "general", "list"])

GEN("luizen-2b", "2025-01-20 13:30", who("t2b"), "Luizen in 2B / Poux en 2B",
  T("""Beste ouders,

In de klas van uw kind werden luizen gevonden. Dat is vervelend, maar het heeft niets te maken met hygiëne.
Wilt u deze week het haar van uw kind controleren met een luizenkam, het liefst op nat haar met conditioner?
Vindt u luizen of neten: behandel volgens de bijsluiter van een product van de apotheek, en was kussenslopen en mutsen op 60 graden.
Uw kind mag gewoon naar school komen.

Chers parents,

Des poux ont été trouvés dans la classe de votre enfant. Cela n'a rien à voir avec l'hygiène. Merci de contrôler les cheveux cette semaine avec un peigne à poux. Si vous trouvez des poux, traitez avec un produit de la pharmacie. Votre enfant peut venir à l'école normalement.

An Devos
klastitularis 2B
"""), note="lice notice to all parents of one class (class list in Bcc), bilingual", group="ouders-2b@" + S,
  fmt=["plain", "bilingual", "general"])

_exam_rows = [["Datum", "Voormiddag (8u30-10u30)", "Voormiddag (11u00-12u30)"],
  ["ma 9/12", "Wiskunde", "Geschiedenis"], ["di 10/12", "Nederlands", "-"], ["wo 11/12", "Frans", "Aardrijkskunde"],
  ["do 12/12", "Wetenschappen", "Engels"], ["vr 13/12", "Inhaaldag", "-"], ["ma 16/12 - vr 20/12", "klassenraden, geen les", ""]]
GEN("examenrooster-2de-graad", "2024-11-25 12:00", DIRECTIE, "Examenrooster december 2de graad",
  MIX(outlook_alt("""Beste ouders,

Hieronder het examenrooster voor het 3de en 4de jaar. Na het examen mogen de leerlingen naar huis (met toestemming op Smartschool) of in de studie blijven tot 12u30.""",
  _exam_rows, "Het rapport wordt meegegeven op vrijdag 20 december. Oudercontact op maandag 23 december (inschrijven via Smartschool).\n\nDe directie", widths=[100, 160, 160]),
  ATT("examenrooster_2de_graad_dec2024.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog>>endobj\n" + hashlib.sha256(b"pdf").digest() * 20 + b"\n%%EOF\n",
      "application/pdf")),
  note="exam timetable for all parents of a grade, table plus PDF; no rule", group="ouders-2degraad@" + S,
  fmt=["mixed", "alt", "outlook", "table", "pdf", "general"], style="outlook")

GEN("huiswerkklas-aanbod", "2024-09-06 15:30", who("hwk"), "Huiswerkklas / École des devoirs / Homework club",
  T("""NL - Vanaf 16 september is er opnieuw huiswerkklas op maandag en donderdag, 15u30-17u, lokaal B-0.08. Gratis, voor alle leerlingen van de 1ste en 2de graad. Er is begeleiding door leerkrachten en studenten. Inschrijven via de klastitularis.

FR - À partir du 16 septembre, l'école des devoirs reprend le lundi et le jeudi, 15h30-17h, local B-0.08. Gratuit, pour tous les élèves de 1re à 4e. Inscription chez le titulaire.

EN - From 16 September the homework club is back on Mondays and Thursdays, 15:30-17:00, room B-0.08. Free for all pupils in years 1 to 4. Register with the class teacher.

Fatima Zahra El Khattabi
"""), note="homework club offer to all parents in three languages", fmt=["plain", "trilingual", "general"])

GEN("voetbalproject-info", "2024-09-04 14:00", who("lo"), "Voetbalproject met KFC Kuregem / Projet foot",
  T("""Beste ouders,

Ook dit jaar werken we samen met KFC Kuregem. Leerlingen van de 1ste en 2de graad kunnen op woensdagnamiddag gratis trainen in onze sporthal, onder begeleiding van trainers van de club.
Praktisch: 14u-15u30, zaalschoenen verplicht, inschrijven via het formulier op Smartschool.
Vragen over de trainingen: jeugdcoördinator Dimitri Verstraeten, 0475 21 38 64 (niet tijdens de schooluren).

Chers parents, le projet foot avec le KFC Kuregem continue : entraînement gratuit le mercredi de 14h à 15h30 dans notre salle. Inscription via Smartschool. Questions : Dimitri Verstraeten, 0475 21 38 64.

Kevin Mertens
LO / éducation physique
"""), rules=["personal_data"], note="football partnership info to all parents, bilingual, with the club coordinator's mobile number",
  fmt=["plain", "bilingual", "general"])

M("okan-info-new-family", date="2024-10-08 10:40", frm=who("vsc"), to=["noori.ali.bxl@gmail.com"],
  subject="Information: OKAN reception class", style="plain",
  body=T("""Dear Sir,

Thank you for your visit this morning. Here is the information I promised, so you can read it at home.

What is OKAN?
OKAN is a reception class for pupils aged 12 to 18 who have just arrived in Belgium and do not speak Dutch yet. Your child learns Dutch for about one year, in a small group, and also gets maths, sport and lessons about life in Brussels.

What happens after OKAN?
The pupil moves to a regular class. A follow-up coach helps the pupil and the teachers for at least one year.

What does it cost?
Lessons are free. There is a small bill for materials and trips. If that is difficult, our social worker can help.

What do we need?
A copy of the residence document, and the school report of the last school abroad if you have it.

Kind regards,
Lucas Vandeputte
OKAN follow-up coach
"""), rules=[], about=[], note="general OKAN information sent to one newly arrived father, FAQ style, nothing about his child",
  lang="en", fmt=["plain", "faq", "general"])

GEN("oudercontact-tolken", "2025-03-10 12:00", DIRECTIE, "Oudercontact 27 maart / Contact parents 27 mars",
  T("""Beste ouders,

Op donderdag 27 maart is er oudercontact van 16u tot 20u. U kiest zelf een tijdstip via Smartschool (module "Oudercontact").
Spreekt u liever Frans, Arabisch, Roemeens, Spaans of Engels? Duid het aan bij de inschrijving, dan zorgen we voor een tolk of een leerkracht die uw taal spreekt.
Het rapport van uw kind ligt dan klaar bij de klastitularis.

Chers parents,

Le jeudi 27 mars, contact parents de 16h à 20h. Réservez via Smartschool. Vous préférez parler français, arabe, roumain, espagnol ou anglais ? Indiquez-le lors de la réservation, nous prévoyons un interprète.

De directie / La direction
"""), note="parents' evening invitation to all parents with interpreters, bilingual", fmt=["plain", "bilingual", "general"])

GEN("taalcoach-tips-thuis", "2024-10-25 16:00", who("taal"), "Nederlands oefenen thuis? / Pratiquer le néerlandais / Practising Dutch",
  outlook_alt("""Beste ouders,
Uw kind leert op school in het Nederlands, ook al spreekt u thuis een andere taal. Dat is goed: blijf thuis uw eigen taal spreken! Enkele tips om het Nederlands te steunen:
• laat uw kind elke dag 15 minuten Nederlands lezen (bv. een strip, de krant "Bruzz", ondertitels op tv);
• vraag uw kind u iets te vertellen over de les, in uw taal: zo herhaalt het de leerstof;
• de bibliotheek Muntpunt en de bibliotheek van Anderlecht zijn gratis voor jongeren.

Chers parents,
Continuez à parler votre langue à la maison ! Pour soutenir le néerlandais : 15 minutes de lecture par jour (p. ex. une BD), demandez à votre enfant de raconter la leçon, la bibliothèque est gratuite.

Dear parents,
Keep speaking your own language at home! To support Dutch: 15 minutes of reading a day (e.g. a comic), ask your child to tell you about the lesson, libraries are free.

Jonas Wouters, taalcoach"""), note="language coach's general tips to all parents in three languages",
  fmt=["alt", "outlook", "trilingual", "general", "list"], style="outlook")

M("fw-procedure-medicaments", date="2024-09-30 11:25", frm=who("lsec"), to=["toumi.nadia@hotmail.com"],
  subject="TR: Médicaments à l'école", style="outlook",
  body=T("""Bonjour Madame,

Comme demandé au téléphone, voici à nouveau la lettre générale sur les médicaments à l'école, avec le formulaire à faire remplir par le médecin (sur Smartschool, rubrique « Documents »).

Bien à vous,
Amal Bensaïd

-----Message d'origine-----
De : Secrétariat SPC Kuregem
Envoyé : jeudi 5 septembre 2024 11:00
Objet : Médicaments à l'école

Chers parents,
Votre enfant doit prendre un médicament pendant les heures d'école ? Le personnel ne donne aucun médicament sans demande écrite du médecin. Apportez le médicament à l'accueil dans son emballage d'origine avec le nom de l'enfant. Votre enfant vient le chercher à l'heure convenue. En cas de fièvre ou de douleur, nous ne donnons pas d'antidouleur : nous vous appelons.
"""), rules=[], about=[], note="general medication letter forwarded again to one parent on request, no individual facts",
  lang="fr", fmt=["plain", "forward", "general"])

M("luizen-1b-ouders-in-aan", date="2024-11-04 14:10", frm=who("t1b"), to=["ouders-1b@" + S],
  subject="luizen in 1B", style="plain",
  body=T("""Beste ouders,

Er zijn luizen vastgesteld in 1B. Gelieve het haar van uw kind deze week te controleren en zo nodig te behandelen.
Uw kind mag gewoon naar school komen.

Chers parents, des poux ont été trouvés en 1B. Merci de contrôler les cheveux de votre enfant cette semaine.

Liesbeth Aerts
klastitularis 1B
"""), rules=["bcc"], about=[], note="lice notice with the class parents' group address visibly in To",
  lang="nl", fmt=["plain", "bilingual", "general"])

M("tornooi-gent-ouders-zichtbaar", date="2025-03-06 18:00", frm=who("lo"),
  to=["azzouz.latifa@hotmail.com", "karim.elidrissi@hotmail.com", "abena.mensah@gmail.com", "souad.chraibi@gmail.com",
      "y.cherkaoui@gmail.com", "nawal.bakkali@hotmail.com"],
  subject="tornooi Gent 15 maart - praktisch", style="plain",
  body=T("""Beste ouders,

Uw zoon speelt op zaterdag 15 maart mee op het scholentornooi zaalvoetbal in Gent.
- vertrek 8u00 Brussel-Zuid (onder het grote bord), terug rond 18u
- meebrengen: zaalschoenen, drinkbus, lunchpakket, MOBIB-kaart
- de trein wordt door de school betaald

Sportieve groeten,
Kevin Mertens
"""), rules=["bcc"], about=pid("bilal", "ilyas", "jayden", "adam_c", "bilal2", "rayan"),
  note="practical tournament info sent with six parents' addresses visible in To",
  lang="nl", fmt=["plain", "list"])

GEN("schoolrekening-faq", "2024-09-12 10:00", SECR, "Vragen over de schoolrekening",
  T("""Beste ouders,

Hieronder de antwoorden op de vragen die we het vaakst krijgen over de schoolrekening.

Wanneer krijg ik een rekening?
Drie keer per jaar: in november, februari en mei, via Smartschool.

Wat staat erop?
Werkboeken, kopieën, uitstappen, zwemmen, middagmaal (als uw kind warm eet).

Ik heb meerdere kinderen op school.
U krijgt per kind een aparte rekening met een eigen mededeling.

Ik kan niet alles in één keer betalen.
Vraag een afbetalingsplan aan bij onze maatschappelijk werker. Niemand anders op school hoeft dat te weten.

Mijn OCMW betaalt de schoolkosten.
Bezorg ons de beslissing van het OCMW, dan sturen wij de rekening rechtstreeks naar hen.

Het secretariaat
"""), note="general FAQ on school bills to all parents, mentions payment plans and OCMW in general",
  fmt=["plain", "faq", "general"])

GEN("clb-vaccinatie-1ste-jaar", "2024-10-01 09:30", DIRECTIE, "Vaccinatie HPV 1ste jaar - info van het CLB",
  T("""Beste ouders van leerlingen van het 1ste jaar,

In november komt de CLB-arts naar school voor de gratis vaccinatie tegen HPV (baarmoederhalskanker en andere kankers), voor jongens en meisjes.
U kreeg via uw kind een brief en een toestemmingsformulier van het CLB. Wilt u dat formulier voor 25 oktober terug meegeven, ook als u niet akkoord gaat?
Heeft uw kind een ernstige allergie of een aandoening waarbij vaccinatie niet kan? Vermeld dat op het formulier; het CLB neemt dan contact met u op.

Meer informatie: de website van het CLB of de klastitularis.

De directie
"""), note="general CLB vaccination announcement to all first-year parents, no pupil data", group="ouders-1steleerjaar@" + S,
  fmt=["plain", "general"])

GEN("pestbeleid-brief", "2024-10-14 15:00", DIRECTIE, "Samen tegen pesten / Ensemble contre le harcèlement",
  T("""Beste ouders,

Tijdens de week tegen pesten willen we u uitleggen hoe wij met pesten omgaan.

1. Wat is pesten? Herhaaldelijk iemand kwetsen, uitsluiten of bedreigen, ook online (bv. filmpjes doorsturen, uitlachen in een groepschat).
2. Wat doet de school? We praten met het slachtoffer, met de pester en met de meelopers. We gebruiken de "no blame"-methode, maar bij ernstige feiten volgen sancties volgens het schoolreglement.
3. Wat kan u doen? Vraag af en toe hoe het gaat, ook online. Merkt u iets, neem dan contact op met de leerlingenbegeleiding.
4. Uw kind wordt gepest? Zeg niet "sla gewoon terug". Neem contact op met de school, ook als uw kind vraagt het niet te doen.

Chers parents, pendant la semaine contre le harcèlement, nous expliquons notre approche : dialogue avec la victime, l'auteur et les témoins ; sanctions si nécessaire ; contactez l'accompagnement des élèves si vous remarquez quelque chose.

De directie / La direction
"""), note="general anti-bullying policy letter to all parents, numbered, bilingual", fmt=["plain", "bilingual", "general"])

GEN("staking-mivb", "2025-02-12 17:45", DIRECTIE, "Staking MIVB/STIB donderdag 13 februari",
  T("""Beste ouders,

Morgen is er een nationale actiedag; de MIVB verwacht een sterk verstoorde dienstregeling (metro's rijden beperkt of niet).
- De school is open en de lessen gaan door.
- Kan uw kind de school niet bereiken? Verwittig het secretariaat op """ + SCHOOL_TEL + """ of via Smartschool; de afwezigheid wordt dan gewettigd.
- Leerlingen die er wel zijn, krijgen les of studie.

Chers parents, demain grève à la STIB. L'école est ouverte. Si votre enfant ne peut pas venir, prévenez le secrétariat au """ + SCHOOL_TEL + """ ou via Smartschool.

De directie / La direction
"""), rules=["personal_data"], note="transport strike notice to all parents, bilingual, with the school's phone number",
  fmt=["plain", "bilingual", "general"])

GEN("ramadan-examens", "2025-02-25 14:00", DIRECTIE, "Ramadan en schoolwerk",
  T("""Beste ouders,

Binnenkort begint de ramadan. Voor veel van onze leerlingen is dat een belangrijke periode. Een paar afspraken:
- Leerlingen die vasten, mogen tijdens de middag in de bibliotheek of in lokaal A-0.10 rusten in plaats van naar de refter te gaan.
- Bij LO passen de leerkrachten de inspanning aan; uw kind mag aangeven dat het moe is.
- Toetsen en het suikerfeest: de dag van het feest is een gewettigde afwezigheid als u het vooraf meldt.

Wij wensen alle gezinnen die de ramadan vieren een fijne periode.

De directie
"""), note="general letter about Ramadan arrangements to all parents", fmt=["plain", "general", "list"])

GEN("schoolfoto", "2024-10-03 12:30", SECR, "Schoolfotograaf 15 oktober / Photographe scolaire",
  T("""Beste ouders,

Op dinsdag 15 oktober komt de schoolfotograaf. Er worden individuele foto's, broer-zusfoto's (voor wie meerdere kinderen op school heeft, in de middagpauze) en klasfoto's gemaakt.
U bent niet verplicht om foto's te kopen. U krijgt een code om de foto's online te bekijken; die code staat op het kaartje dat uw kind meekrijgt.

Chers parents, le photographe vient le mardi 15 octobre (photos individuelles, fratries et classes). L'achat n'est pas obligatoire. Votre enfant reçoit une carte avec un code pour voir les photos en ligne.

Het secretariaat
"""), note="school photographer notice to all parents; mentions a viewing code on a card without giving one",
  fmt=["plain", "bilingual", "general"])

GEN("sportdag", "2025-05-20 15:15", who("lo2"), "Sportdag 30 mei / Journée sportive",
  T("""Beste ouders,

Op vrijdag 30 mei is het sportdag voor de hele school in het Astridpark.
Uw kind brengt mee: sportkledij, sportschoenen, petje, zonnecrème, drinkbus en lunchpakket.
De leerlingen worden om 8u30 op school verwacht en we stappen samen naar het park. Einde om 15u30 op school.
Kan uw kind om medische redenen niet sporten? Dan doet het mee als scheidsrechter of helper; een briefje volstaat.

Chers parents, journée sportive le vendredi 30 mai au parc Astrid. À apporter : tenue de sport, casquette, crème solaire, gourde, pique-nique. Rendez-vous à 8h30 à l'école.

Ruben De Smet
vakgroep LO
"""), note="sports day letter to all parents, bilingual", fmt=["plain", "bilingual", "general"])

GEN("toestemming-beeldmateriaal", "2024-09-11 16:30", DIRECTIE, "Foto's en filmpjes / Photos et vidéos / Photos and videos",
  outlook_alt("""Beste ouders,
De school maakt soms foto's en filmpjes tijdens activiteiten (bv. sportdag, toneel, uitstappen) voor de website, de nieuwsbrief of Instagram van de school. Wij vragen daarvoor uw toestemming via het formulier op Smartschool. U kan die toestemming op elk moment intrekken. Foto's waarop uw kind herkenbaar in beeld komt, gebruiken we nooit zonder toestemming, en we vermelden nooit de volledige naam.

Chers parents,
L'école prend parfois des photos et des vidéos lors des activités. Nous vous demandons votre accord via le formulaire sur Smartschool. Vous pouvez retirer votre accord à tout moment.

Dear parents,
The school sometimes takes photos and videos during activities. We ask for your consent through the form on Smartschool. You can withdraw it at any time.

De directie"""), note="general consent request for photos to all parents in three languages",
  fmt=["alt", "outlook", "trilingual", "general"], style="outlook")

# =====================================================================================
#  OUTPUT
# =====================================================================================
SCHOOL_DOMAINS = (S, SS, "lksd.ksleuven.be", "ksleuven.be")
GROUP_LOCALS = re.compile(r"^(ouders|leerlingen|personeel|klas|vakgroep|leerkrachten)([-.].*)?$")

def is_internal(a):
    d = a.split("@")[1].lower()
    return any(d == x or d.endswith("." + x) for x in SCHOOL_DOMAINS)

def y(s):
    return json.dumps(s, ensure_ascii=False)

def all_text(raw):
    msg = email.message_from_bytes(raw, policy=policy.default)
    out = []
    def walk(m):
        if m.get_content_type() == "message/rfc822":
            inner = m.get_payload()[0] if isinstance(m.get_payload(), list) else m.get_payload()
            walk(inner); return
        if m.is_multipart():
            for p in m.iter_parts():
                walk(p)
            return
        if m.get_content_maintype() == "text":
            out.append(m.get_content())
    walk(msg)
    return msg, "\n".join(out)

_CAND = re.compile(r"(?<![\w+/])(?:\+32|0)[\d .\/-]{7,14}\d")
class _Phone:
    def search(self, t):
        for m in _CAND.finditer(t):
            if 9 <= len(re.sub(r"\D", "", m.group(0).replace("+32", "0"))) <= 10:
                return m
        return None
PHONE_RE = _Phone()
IBAN_RE = re.compile(r"\bBE\d{2}(?:\s?\d{4}){3}\b")

def main():
    rnd = random.Random(24)
    order = list(range(len(MAILS)))
    rnd.shuffle(order)
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = []
    parent_of = {}
    for r in ROSTER:
        for a in (r[5], r[6]):
            if a:
                parent_of.setdefault(a, set()).add(r[0])
    problems = []
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        fn = "%03d-%s.eml" % (n, m["slug"])
        to = m["to"]; cc = m.get("cc") or []; bcc = m.get("bcc") or []
        raw = build_raw(m["frm"], to, m["subject"], m["date"], m["body"], cc=cc, style=m.get("style", "plain"),
                        msgid_seed=fn, in_reply_to=m.get("irt"))
        with open(os.path.join(HERE, fn), "wb") as fh:
            fh.write(raw)
        msg, text = all_text(raw)
        env = m.get("env") or addr_only(m["frm"])
        rcpt = [addr_only(a) for a in to + cc + bcc]
        rules = m["rules"]
        # --- self checks (my own, on my own output) ---
        if raw.count(b"\n") != raw.count(b"\r\n"):
            problems.append((fn, "bare LF"))
        hasnum = bool(PHONE_RE.search(text) or IBAN_RE.search(text))
        if hasnum and "personal_data" not in rules:
            problems.append((fn, "number-like string but no personal_data: %r" % (PHONE_RE.search(text) or IBAN_RE.search(text)).group(0)))
        visible = [addr_only(a) for a in to + cc]
        ext = [a for a in visible if not is_internal(a)]
        grp = [a for a in visible if GROUP_LOCALS.match(a.split("@")[0]) and is_internal(a)]
        if bool(len(ext) > 1 or grp) != ("bcc" in rules):
            problems.append((fn, "bcc label mismatch ext=%s grp=%s" % (ext, grp)))
        priv = not is_internal(env) and env.split("@")[1] in ("gmail.com", "hotmail.com", "outlook.com", "telenet.be")
        fwd_priv = is_internal(env) and any(a.split("@")[1] in ("gmail.com", "hotmail.com") and
                                            a.split("@")[0].split(".")[0] == env.split("@")[0].split(".")[0] for a in rcpt)
        if (priv or fwd_priv) != ("private_account" in rules):
            problems.append((fn, "private_account mismatch"))
        if m.get("mis"):
            ab = set(m["about"])
            for a in rcpt:
                if parent_of.get(a, set()) & ab:
                    problems.append((fn, "misdirected but rcpt is a parent of the pupil"))
                if not parent_of.get(a):
                    problems.append((fn, "misdirected rcpt not a roster parent"))
        else:
            for a in rcpt:
                if a in parent_of and m["about"] and not (parent_of[a] & set(m["about"])):
                    problems.append((fn, "parent rcpt not parent of about pupil"))
        for r in rules:
            assert r in ("password", "sensitive", "bcc", "private_account", "attachment", "personal_data"), r
        if ("sensitive" in rules) != bool(m.get("cats")):
            problems.append((fn, "cats mismatch"))
        lab = ["%s:" % fn, "  rules: [%s]" % ", ".join(rules)]
        if "sensitive" in rules:
            lab.append("  categories: {sensitive: [%s]}" % ", ".join(m["cats"]))
        lab.append("  mail_from: %s" % env)
        lab.append("  rcpt: [%s]" % ", ".join(rcpt))
        lab.append("  about: [%s]" % ", ".join(m["about"]))
        lab.append("  misdirected: %s" % ("true" if m.get("mis") else "false"))
        lab.append("  note: %s" % y(m["note"]))
        lab.append("  lang: %s" % m["lang"])
        lab.append("  format: [%s]" % ", ".join(m["fmt"]))
        labels.append("\n".join(lab))
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
        fh.write("# batch24 - Brussels campus (Anderlecht/Molenbeek), %d mails\n" % len(MAILS))
        fh.write("\n".join(labels) + "\n")
    with open(os.path.join(HERE, "roster.csv"), "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        w.writerow(["Intern nummer", "Voornaam", "Naam", "Klas", "E-mailadres leerling", "E-mailadres ouder 1", "E-mailadres ouder 2"])
        for r in ROSTER:
            w.writerow(r[:7])
    for p in problems:
        print("CHECK:", *p, file=sys.stderr)
    print("%d mails, %d pupils" % (len(MAILS), len(ROSTER)))

def M_fix():
    # normalise the registry entries
    for m in MAILS:
        m.setdefault("cc", None); m.setdefault("bcc", None)
        m["cats"] = m.get("cats") or []
        m["about"] = list(m.get("about") or [])
        if isinstance(m["to"], str):
            m["to"] = [m["to"]]

if __name__ == "__main__":
    M_fix()
    main()
