#!/usr/bin/env python3
"""Build the general02 set: 120 general (negative) school letters and mails of
Sint-Pieterscollege Leuven, written by the secretariat and the pupil-care team.
Standard library only, deterministic (fixed dates, ids and boundaries).
Run: python3 make.py
"""
import hashlib
import io
import os
import re
import zipfile
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
SMTP = policy.SMTP  # CRLF line ends

# ---------------------------------------------------------------- people
SCHOOL = "Sint-Pieterscollege"
ADDR = "Ravenstraat 112, 3000 Leuven"
TEL_SCHOOL = "016 29 84 10"
IBAN_SCHOOL = "BE60 7340 1951 2870"
IBAN_OUDERRAAD = "BE35 0682 4177 3537"

P = {
    # secretariat
    "sofie": ("Sofie Vandenbroucke", "sofie.vandenbroucke@sintpieterscollege.be", "secretariaat leerlingenadministratie"),
    "hilde": ("Hilde Claes", "hcl@spc.ksleuven.be", "boekhouding & schoolrekeningen"),
    "nadia": ("Nadia El Khattabi", "nadia.elkhattabi@sintpieterscollege.be", "onthaal & secretariaat"),
    "secr": ("Secretariaat Sint-Pieterscollege", "secretariaat@sintpieterscollege.be", ""),
    "info": ("Sint-Pieterscollege", "info@sintpieterscollege.be", ""),
    # pupil care
    "pj": ("Pieter-Jan Moens", "pieterjan.moens@sintpieterscollege.be", "zorgcoördinator"),
    "fatma": ("Fatma Yilmaz", "fatma.yilmaz@sintpieterscollege.be", "leerlingenbegeleider eerste graad"),
    "kasia": ("Katarzyna Nowak", "katarzyna.nowak@sintpieterscollege.be", "leerlingenbegeleider tweede en derde graad"),
    # direction & others
    "geert": ("Geert Van Roey", "directie@sintpieterscollege.be", "directeur"),
    "ann": ("Ann Wuyts", "ann.wuyts@spc.ksleuven.be", "adjunct-directeur"),
    "bram": ("Bram Lemmens", "blm@spc.ksleuven.be", "ICT-coördinator"),
    "kris": ("Kris Verhaegen", "kris.verhaegen@sintpieterscollege.be", "stagecoördinator"),
    "lieve": ("Lieve Goossens", "lieve.goossens@sintpieterscollege.be", "preventieadviseur / EHBO"),
    "jonas": ("Jonas Peeters", "jonas.peeters@sintpieterscollege.be", "leraar LO"),
    "ilse": ("Ilse De Smet", "ilse.desmet@sintpieterscollege.be", "leraar wiskunde"),
    "mbuyi": ("Mbuyi Kabongo", "mbuyi.kabongo@sintpieterscollege.be", "leraar geschiedenis"),
    "eline": ("Eline Janssens", "eline.janssens@sintpieterscollege.be", "klastitularis"),
    "samira": ("Samira Bouzid", "samira.bouzid@sintpieterscollege.be", "leraar Frans"),
    "thomas": ("Thomas Maes", "thomas.maes@spc.ksleuven.be", "leraar biologie"),
    "wim": ("Wim Hermans", "privacy@lksd.ksleuven.be", "aanspreekpunt informatieveiligheid LKSD"),
    "ouderraad": ("Ouderraad Sint-Pieterscollege", "ouderraad@sintpieterscollege.be", ""),
    # CLB
    "leen": ("Leen Smets", "leen.smets@clb-leuven.be", "CLB-medewerker, onthaal"),
    "joke": ("Joke Willems", "joke.willems@clb-leuven.be", "CLB-verpleegkundige"),
    "cuypers": ("dr. An Cuypers", "an.cuypers@clb-leuven.be", "CLB-arts"),
}

# groups (only ever used in Bcc / envelope)
G = {
    "ouders": "ouders@sintpieterscollege.be",
    "ouders1": "ouders-1@sintpieterscollege.be",
    "ouders1b": "ouders-1b@sintpieterscollege.be",
    "ouders2": "ouders-2@sintpieterscollege.be",
    "ouders3": "ouders-3@sintpieterscollege.be",
    "ouders3b": "ouders-3b@sintpieterscollege.be",
    "ouders4": "ouders-4@sintpieterscollege.be",
    "ouders5": "ouders-5@sintpieterscollege.be",
    "ouders6": "ouders-6@sintpieterscollege.be",
    "ouders2c": "ouders-2c@sintpieterscollege.be",
    "leerlingen": "leerlingen@sintpieterscollege.be",
    "ll1": "leerlingen-1@sintpieterscollege.be",
    "ll6": "leerlingen-6@sintpieterscollege.be",
    "personeel": "personeel@sintpieterscollege.be",
    "personeel_spc": "personeel@spc.ksleuven.be",
    "klas1b": "klas-1b@sintpieterscollege.be",
    "klas5c": "klas-5c@sintpieterscollege.be",
    "klastit": "klastitularissen@sintpieterscollege.be",
    "vwis": "vakgroep-wiskunde@sintpieterscollege.be",
    "vlo": "vakgroep-lo@sintpieterscollege.be",
    "zorgteam": "zorgteam@sintpieterscollege.be",
    "ehbo": "ehbo-team@sintpieterscollege.be",
}

# ---------------------------------------------------------------- text helpers

def sig(key, phone=None, extra=None, short=False):
    name, addr, role = P[key]
    if short:
        lines = [name.split()[0] if not name.startswith("dr.") else name]
    else:
        lines = [name]
        if role:
            lines.append(role)
        lines.append(SCHOOL if not addr.endswith("clb-leuven.be") and not addr.endswith("lksd.ksleuven.be")
                     else ("Vrij CLB Leuven" if addr.endswith("clb-leuven.be") else "Leuvense Katholieke Scholen aan de Dijle vzw"))
        if phone:
            lines.append("tel. " + phone)
        if extra:
            lines.extend(extra)
    return "\n".join(lines)


def quote(lines_text, marker="> "):
    return "\n".join((marker + l) if l else marker.rstrip() for l in lines_text.split("\n"))


def render_text(blocks):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(b)
        elif b[0] == "h":
            out.append(b[1])
        elif b[0] == "H":
            out.append(b[1].upper() + "\n" + "-" * len(b[1]))
        elif b[0] == "ul":
            out.append("\n".join(("- " if len(b) < 3 else b[2]) + i for i in b[1]))
        elif b[0] == "ol":
            out.append("\n".join("%d. %s" % (n + 1, i) for n, i in enumerate(b[1])))
        elif b[0] == "table":
            rows = b[1]
            w = [max(len(str(r[c])) for r in rows) for c in range(len(rows[0]))]
            lines = []
            for k, r in enumerate(rows):
                lines.append("  ".join(str(x).ljust(w[c]) for c, x in enumerate(r)).rstrip())
                if k == 0:
                    lines.append("  ".join("-" * w[c] for c in range(len(w))))
            out.append("\n".join(lines))
        elif b[0] == "raw":
            out.append(b[1])
    return "\n\n".join(out) + "\n"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_html(blocks, font="Calibri", outlook=True):
    parts = []
    for b in blocks:
        if isinstance(b, str):
            parts.append('<p class="MsoNormal">' + esc(b).replace("\n", "<br>\n") + "</p>")
        elif b[0] in ("h", "H"):
            parts.append('<p class="MsoNormal"><b>' + esc(b[1]) + "</b></p>")
        elif b[0] in ("ul", "ol"):
            tag = b[0]
            parts.append("<%s>" % tag + "".join("<li>" + esc(i) + "</li>" for i in b[1]) + "</%s>" % tag)
        elif b[0] == "table":
            rows = b[1]
            h = ['<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;border:1px solid #999">']
            for k, r in enumerate(rows):
                cell = "th" if k == 0 else "td"
                style = ' style="background:#dbe5f1"' if k == 0 else ""
                h.append("<tr%s>" % style + "".join("<%s>%s</%s>" % (cell, esc(str(x)), cell) for x in r) + "</tr>")
            h.append("</table>")
            parts.append("\n".join(h))
        elif b[0] == "raw":
            parts.append("<pre>" + esc(b[1]) + "</pre>")
    head = ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style>p.MsoNormal{margin:0;font-size:11pt;font-family:"%s",sans-serif;} td,th{font-family:"%s";font-size:10pt}</style>\n'
            "</head>\n<body lang=\"NL-BE\">\n<div class=\"WordSection1\">\n" % (font, font)) if outlook else \
           "<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial,sans-serif\">\n"
    tail = "\n</div>\n</body>\n</html>\n" if outlook else "\n</body></html>\n"
    return head + "\n<p class=\"MsoNormal\">&nbsp;</p>\n".join(parts) + tail


def fake_pdf(title):
    body = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
            "4 0 obj<</Length 60>>stream\nBT /F1 12 Tf 72 770 Td (" + title + ") Tj ET\nendstream endobj\n"
            "trailer<</Root 1 0 R>>\n%%EOF\n")
    return body.encode("latin-1", "replace")


def fake_docx(text):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [
            ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
            ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
            ("word/document.xml", '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
             + "".join("<w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>" % esc(l) for l in text.split("\n")) + "</w:body></w:document>"),
        ]:
            zi = zipfile.ZipInfo(name, date_time=(2024, 9, 1, 8, 0, 0))
            z.writestr(zi, data)
    return buf.getvalue()


def fake_zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 9, 0, 0))
            z.writestr(zi, data)
    return buf.getvalue()


def ics(summary, start, end, location):
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Sint-Pieterscollege//Kalender//NL\r\n"
            "BEGIN:VEVENT\r\nUID:%s@sintpieterscollege.be\r\nDTSTAMP:20240901T080000Z\r\n"
            "DTSTART:%s\r\nDTEND:%s\r\nSUMMARY:%s\r\nLOCATION:%s\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
            % (re.sub(r"[^a-z]+", "-", summary.lower()).strip("-") + "-" + start[:8], start, end, summary, location)).encode("utf-8")


def fwd_inline(frm, date, to, subject, body, cc=None, lang="nl"):
    if lang == "en":
        head = "---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n" % (frm, date, subject, to)
    else:
        head = "---------- Doorgestuurd bericht ----------\nVan: %s\nDate: %s\nSubject: %s\nTo: %s\n" % (frm, date, subject, to)
    if cc:
        head += "Cc: %s\n" % cc
    return head + "\n" + body


def outlook_quote(frm, sent, to, subject, body, lang="nl"):
    if lang == "fr":
        h = "De : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s\n" % (frm, sent, to, subject)
    elif lang == "en":
        h = "From: %s\nSent: %s\nTo: %s\nSubject: %s\n" % (frm, sent, to, subject)
    else:
        h = "Van: %s\nVerzonden: %s\nAan: %s\nOnderwerp: %s\n" % (frm, sent, to, subject)
    return "________________________________\n" + h + "\n" + body


# ---------------------------------------------------------------- message builder
MAILS = []

TZ_W = timezone(timedelta(hours=1))
TZ_S = timezone(timedelta(hours=2))


def dt(s):
    d = datetime.strptime(s, "%Y-%m-%d %H:%M")
    # Belgian summer time roughly last Sunday of March .. last Sunday of October
    summer = (d.month > 3 and d.month < 10) or (d.month == 3 and d.day >= 30) or (d.month == 10 and d.day < 27)
    return d.replace(tzinfo=TZ_S if summer else TZ_W)


def mail(**kw):
    MAILS.append(kw)


def hdr(x):
    if isinstance(x, tuple):
        return formataddr(x)
    if x in P:
        return person(x)
    return x


def addr(x):
    if isinstance(x, tuple):
        return x[1]
    if x in P:
        return P[x][1]
    if x in G:
        return G[x]
    return x


def person(key):
    name, addr, _ = P[key]
    return formataddr((name, addr))


def build(spec, idx):
    m = EmailMessage(policy=SMTP)
    frm = spec["frm"]
    from_addr = P[frm][1] if frm in P else frm
    from_hdr = person(frm) if frm in P else frm
    m["Date"] = format_datetime(dt(spec["date"]))
    m["From"] = from_hdr
    to = spec.get("to", [])
    bcc = spec.get("bcc", [])
    cc = spec.get("cc", [])
    if to:
        m["To"] = ", ".join(hdr(x) for x in to)
    else:
        m["To"] = "undisclosed-recipients:;"
    if cc:
        m["Cc"] = ", ".join(hdr(x) for x in cc)
    m["Subject"] = spec["subject"]
    mid = hashlib.sha1(("general02-%03d-%s" % (idx, spec["slug"])).encode()).hexdigest()
    dom = from_addr.split("@")[1]
    m["Message-ID"] = "<%s.%s@%s>" % (mid[:16], mid[16:24], dom)
    if spec.get("in_reply_to"):
        m["In-Reply-To"] = spec["in_reply_to"]
        m["References"] = spec["in_reply_to"]
    kind0 = spec.get("kind", "plain")
    if from_addr.endswith("sintpieterscollege.be") or from_addr.endswith("ksleuven.be"):
        if kind0 == "alt" or (kind0 == "html" and spec.get("outlook", True)):
            m["X-Mailer"] = "Microsoft Outlook 16.0"
            m["Thread-Topic"] = spec["subject"]
            m["Content-Language"] = {"nl": "nl-BE", "fr": "fr-BE", "en": "en-GB"}.get(spec.get("lang", "nl"), "nl-BE")
        elif idx % 3 == 0:
            m["User-Agent"] = "Mozilla Thunderbird 115.15"
    for k, v in spec.get("headers", {}).items():
        m[k] = v
    if spec.get("reply_to"):
        m["Reply-To"] = spec["reply_to"]

    blocks = spec["body"]
    kind = spec.get("kind", "plain")
    cte = spec.get("cte", "8bit")
    charset = spec.get("charset", "utf-8")
    text = blocks if isinstance(blocks, str) else render_text(blocks)
    if kind == "plain":
        m.set_content(text, subtype="plain", charset=charset, cte=cte)
    elif kind == "html":
        html = spec.get("html") or render_html(blocks if not isinstance(blocks, str) else [blocks], outlook=spec.get("outlook", True))
        m.set_content(html, subtype="html", charset=charset, cte=cte)
    elif kind == "alt":
        html = spec.get("html") or render_html(blocks if not isinstance(blocks, str) else [blocks], outlook=spec.get("outlook", True))
        m.set_content(text, subtype="plain", charset=charset, cte=cte)
        m.add_alternative(html, subtype="html", charset=charset, cte=spec.get("html_cte", "quoted-printable"))
    for att in spec.get("attach", []):
        if att[0] == "msg":
            inner = build(att[1], idx * 100 + 1)
            m.add_attachment(inner)
        else:
            fname, mtype, data = att
            maintype, subtype = mtype.split("/")
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    # deterministic boundaries
    n = 0
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary("----=_NextPart_%03d_%02d_%s" % (idx, n, mid[:8].upper()))
            n += 1
    if m.is_multipart():
        if "Content-Transfer-Encoding" not in m:
            has8 = any(p.get("Content-Transfer-Encoding", "") == "8bit" for p in m.walk())
            m["Content-Transfer-Encoding"] = "8bit" if has8 else "7bit"
    if "MIME-Version" not in m:
        m["MIME-Version"] = "1.0"
    return m


def fmt_tags(spec):
    tags = []
    kind = spec.get("kind", "plain")
    tags.append({"plain": "plain", "html": "html-only", "alt": "alt"}[kind])
    cte = spec.get("cte", "8bit")
    tags.append({"8bit": "8bit", "7bit": "7bit", "quoted-printable": "qp", "base64": "base64"}[cte])
    if spec.get("charset", "utf-8").lower() != "utf-8":
        tags.append(spec["charset"].lower())
    for t in spec.get("tags", []):
        tags.append(t)
    for att in spec.get("attach", []):
        if att[0] == "msg":
            tags.append("fwd-attached")
        else:
            tags.append("attach-" + att[0].rsplit(".", 1)[-1].lower())
    return tags


# ---------------------------------------------------------------- own sanity check for personal_data
PHONE_RE = re.compile(r"(?<![\d+])(?:\+32 ?|0)(?:4\d{2}|[1-9]\d?)(?:[ /]?\d{2}){3}(?!\d)")
IBAN_RE = re.compile(r"\bBE\d{2}(?:\s?\d{4}){3}\b")


def visible_text(msg):
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if ct.startswith("text/"):
            out.append(part.get_content())
        elif ct == "message/rfc822":
            pass
    return "\n".join(out)


# ================================================================ CONTENT
# ---------------------------------------------------------------- CLB
mail(slug="clb-kennismaking-eerstejaars", genre="clb", lang="nl", date="2024-09-09 16:42",
     frm="fatma", to=["fatma"], bcc=["ouders1"],
     subject="Kennismaking met het CLB – info voor ouders van het eerste jaar",
     kind="alt", cte="quoted-printable", pd=True,
     note="letter to all first-year parents (Bcc) introducing the CLB; school and CLB phone numbers",
     body=[
        "Beste ouders",
        "Uw zoon of dochter is nu een week bij ons op school. Spannend, voor de leerlingen én voor u. In deze brief stellen we graag onze partner voor: het Vrij CLB Leuven (Centrum voor Leerlingenbegeleiding). Elke school werkt samen met een CLB, en u kan er ook zelf rechtstreeks terecht.",
        ("h", "Wat doet het CLB?"),
        "In het CLB werken artsen, verpleegkundigen, psychologen, pedagogen en maatschappelijk werkers. Zij helpen bij vragen over:",
        ("ul", ["leren en studeren (bv. als studeren plots niet meer lukt, of bij vermoedens van een leerstoornis)",
                "de onderwijsloopbaan (studiekeuze, overstap naar een andere richting)",
                "psychisch en sociaal functioneren (bv. als een jongere niet goed in zijn vel zit, of thuis een moeilijke periode meemaakt)",
                "preventieve gezondheidszorg (systematische contacten en vaccinaties)"]),
        ("h", "Wat is verplicht en wat niet?"),
        "De meeste begeleiding is vrijwillig. Twee dingen zijn wel verplicht: de systematische contacten (het vroegere 'medisch onderzoek') en de begeleiding bij problematische afwezigheden. Ook de besmettelijke-ziektenpreventie hoort daarbij.",
        ("h", "Discretie"),
        "CLB-medewerkers hebben beroepsgeheim. Wat een leerling of ouder aan het CLB vertelt, komt niet zomaar bij de school terecht. Het CLB overlegt alleen met de school als dat in het belang van de leerling is, en in principe met toestemming.",
        ("h", "Waar en wanneer?"),
        "Onze CLB-ankerfiguur, mevrouw Leen Smets, is elke dinsdagvoormiddag op school (lokaal B014, naast het leerlingensecretariaat). Leerlingen kunnen daar zonder afspraak binnenlopen. Ouders maken best een afspraak via het CLB-onthaal op 016 28 77 40 of via de leerlingenbegeleiding op school (016 29 84 10).",
        "Meer uitleg vindt u op www.clb-leuven.be en in deel III van het schoolreglement.",
        "Met vriendelijke groeten,",
        sig("fatma") + "\nnamens het leerlingenbegeleidingsteam",
     ])

mail(slug="clb-systematisch-contact-derdejaars", genre="clb", lang="nl", date="2024-10-14 08:05",
     frm="sofie", to=["secr"], bcc=["ouders3"],
     subject="FW: Systematisch contact CLB – 3de jaar (week van 4 november)",
     kind="plain", cte="quoted-printable", pd=False, tags=["fwd-inline"],
     note="secretariat forwards the CLB's general letter on the routine health contact of all 3rd years",
     body="""Geachte ouders

Hieronder vindt u de brief van het CLB over het systematisch contact voor alle leerlingen van het derde jaar. De klasindeling per dag volgt via Smartschool.

Vriendelijke groet
Sofie Vandenbroucke
leerlingensecretariaat

""" + fwd_inline("Joke Willems <joke.willems@clb-leuven.be>", "vr 11 okt 2024 om 15:20",
                  "secretariaat@sintpieterscollege.be", "Systematisch contact 3de jaar Sint-Pieterscollege",
"""Beste ouders

In het derde jaar secundair onderwijs nodigt het CLB alle leerlingen uit voor een systematisch contact. Dat is verplicht, maar het is geen examen en er wordt niets 'beoordeeld'.

Wat gebeurt er?
- We meten lengte en gewicht en testen het zicht.
- We kijken de vaccinatiestatus na. Breng daarom de vaccinatiekaart mee, of geef toestemming om Vaccinnet te raadplegen.
- De verpleegkundige of arts heeft een kort gesprek met uw kind over hoe het gaat: op school, met vrienden, met slapen, met schermtijd. Uw kind beslist zelf wat het vertelt.

Het contact gaat door op school, in het medisch lokaal naast de sporthal. Laat uw kind gemakkelijke kledij dragen.

Wil u niet dat een bepaalde CLB-medewerker het contact uitvoert? Dan kan u verzet aantekenen. Dat doet u schriftelijk, binnen 90 dagen, bij de directeur van het CLB. U moet dan binnen dezelfde termijn het onderzoek laten doen door een andere CLB-medewerker of een andere arts; de kosten zijn dan voor uzelf.

Heeft uw kind een aandoening of neemt het medicatie waar we rekening mee moeten houden? Dat kan u vooraf vertrouwelijk aan het CLB laten weten; de school hoeft daar niets van te weten.

Met vriendelijke groet
Joke Willems
CLB-verpleegkundige
Vrij CLB Leuven
""") + "\n")

mail(slug="clb-antwoord-toestemming-gesprek", genre="clb", lang="nl", date="2024-11-05 12:31",
     frm="pj", to=[("Karim Benali", "karim.benali@gmail.com")],
     subject="RE: vraag over gesprekken met het CLB",
     kind="plain", cte="8bit", pd=True, tags=["reply"],
     in_reply_to="<CAF3k9xQ2m@mail.gmail.com>",
     note="answer to one parent's general question on whether the CLB may talk with pupils without parents knowing; no child-specific fact",
     body="""Beste meneer Benali

Dank u voor uw vraag, die we wel vaker krijgen.

Kort samengevat: vanaf 12 jaar wordt een leerling verondersteld zelf 'bekwaam' te zijn om te beslissen over begeleiding door het CLB. Een jongere kan dus zelf een gesprek aanvragen en het CLB mag luisteren zonder dat de ouders vooraf verwittigd worden. In de praktijk moedigt het CLB jongeren bijna altijd aan om hun ouders erbij te betrekken, en bij een langere begeleiding gebeurt dat ook.

Er zijn uitzonderingen waar de ouders wél altijd betrokken worden, bijvoorbeeld bij de verplichte systematische contacten en bij problematische afwezigheden. En als er ernstige zorgen zijn over de veiligheid van een jongere, zal het CLB niet alles geheim houden.

U kan als ouder trouwens ook zelf contact opnemen met het CLB, los van de school. Ze zullen u uitleggen hoe zij werken, zonder dat het over een concreet probleem hoeft te gaan.

Wil u er eens rustig over praten, dan bent u welkom op het zorgloket op school.

Met vriendelijke groeten
Pieter-Jan Moens
zorgcoördinator
Sint-Pieterscollege
tel. 016 29 84 13

-----Oorspronkelijk bericht-----
Van: Karim Benali <karim.benali@gmail.com>
Verzonden: maandag 4 november 2024 21:47
Aan: pieterjan.moens@sintpieterscollege.be
Onderwerp: vraag over gesprekken met het CLB

Goedenavond

Mijn zoon zit sinds september in het eerste jaar. Ik las in de schoolbrochure dat het CLB ook gesprekken heeft met leerlingen. Mag dat gebeuren zonder dat wij als ouders iets weten? Of worden we altijd verwittigd?

Alvast bedankt
Karim Benali
""")

mail(slug="clb-english-what-is-clb", genre="clb", lang="en", date="2024-09-19 10:12",
     frm="kasia", to=[("Jennifer Harris", "jennifer.harris@outlook.com")],
     subject="Re: What is the CLB?",
     kind="alt", cte="quoted-printable", pd=False, tags=["reply"],
     note="English answer to one expat parent explaining the pupil guidance centre in general",
     body=[
        "Dear Ms Harris,",
        "Thank you for your e-mail. The CLB (Centrum voor Leerlingenbegeleiding) is a pupil guidance centre that works alongside every school in Flanders. It is independent from the school and free of charge.",
        "Their staff (doctors, nurses, psychologists, social workers) can help with four kinds of questions:",
        ("ul", ["learning and studying, e.g. when a pupil might need an assessment for a learning difficulty",
                "choosing a study track or changing schools",
                "how a young person feels, at school or at home",
                "preventive health care: routine check-ups and vaccinations offered at school"]),
        "Two things are compulsory for every pupil: the routine health contacts and the follow-up of repeated unexplained absence. Everything else is voluntary, and pupils from the age of twelve may ask for help themselves.",
        "Everything the CLB hears is covered by professional secrecy. If you would like to meet them, you can contact them directly through www.clb-leuven.be, or ask us and we will arrange a first meeting at school. Many of the CLB staff speak English.",
        "Kind regards,",
        "Katarzyna Nowak\npupil support coordinator, 2nd and 3rd stage\nSint-Pieterscollege Leuven",
        ("raw", "On Wed, 18 Sep 2024 at 20:03, Jennifer Harris <jennifer.harris@outlook.com> wrote:\n"
                "> Hello, we moved to Leuven from Dublin this summer. The welcome booklet\n"
                "> mentions the 'CLB' several times. Could you explain in English what it\n"
                "> is and whether we need to register with them? Thank you, Jennifer"),
     ])

mail(slug="clb-anker-werking-personeel", genre="clb", lang="nl", date="2024-09-16 07:48",
     frm="pj", to=["pj"], bcc=["personeel"],
     subject="CLB-anker op school: uren en hoe aanmelden",
     kind="html", cte="quoted-printable", pd=False, outlook=True,
     note="internal memo to all staff (Bcc) on CLB-anker hours and the rule to report worries in the LVS, not by mail",
     body=[
        "Dag collega's",
        "Even de praktische afspraken rond het CLB dit schooljaar op een rijtje.",
        ("table", [["Wat", "Wanneer", "Waar"],
                   ["CLB-anker (Leen Smets), vrije inloop leerlingen", "dinsdag 8u25 - 12u05", "B014"],
                   ["Consultatief overleg leerlingenbegeleiding + CLB", "donderdag 13u00 - 14u30", "vergaderzaal 1"],
                   ["MDO's per graad", "zie aparte kalender", "vergaderzaal 1"]]),
        "Maak je je zorgen over een leerling? Meld het aan de leerlingenbegeleider van de graad en noteer je observatie in het leerlingvolgsysteem (Smartschool > LVS > Zorg). Stuur dus geen mails met details over een leerling rond, ook niet naar het CLB. Het CLB-anker kijkt mee in het overleg.",
        "Twijfel je of iets 'zorgwekkend genoeg' is? Bv. een leerling die de laatste weken vaak te laat is, plots veel stiller of net veel drukker? Spreek ons gerust aan, liefst te vroeg dan te laat.",
        "Groetjes\nPieter-Jan",
     ])

mail(slug="clb-info-doorsturen-nieuwsbrief", genre="clb", lang="nl", date="2024-09-03 11:17",
     frm="sofie", to=["ann"],
     subject="Fwd: Info CLB voor ouders – schooljaar 2024-2025",
     kind="plain", cte="8bit", pd=True,
     note="internal forward (attached message) of the CLB's generic info text for the parents' newsletter; contains CLB phone",
     body="""Hoi Ann

Dit kwam binnen van het CLB. Kan dit in de nieuwsbrief van eind september? Het is de algemene tekst die elk jaar terugkomt, enkel de uren van het anker zijn aangepast.

Sofie
""",
     attach=[("msg", dict(
        slug="clb-info-inner", frm="leen", to=["secr"], date="2024-09-02 16:55",
        subject="Info CLB voor ouders – schooljaar 2024-2025",
        kind="plain", cte="quoted-printable",
        body="""Beste secretariaatsmedewerker

In bijlage de tekst over het CLB die u kan opnemen in de schoolbrochure of nieuwsbrief.

---
Het CLB: uw partner bij vragen over uw kind

Elke leerling van het Sint-Pieterscollege kan gratis terecht bij het Vrij CLB Leuven. U kan bij ons terecht met vragen over leren en studeren, studiekeuze, gezondheid en welbevinden. Soms komt de vraag van de school, soms van de leerling of de ouders zelf.

Het CLB werkt vraaggestuurd: we gaan pas aan de slag als u of uw kind daar akkoord mee gaat. Uitzonderingen zijn de systematische contacten, de opvolging van spijbelen en maatregelen bij besmettelijke ziekten.

Onthaal: Vrij CLB Leuven, Tiensevest 50, 3000 Leuven
Telefoon: 016 28 77 40 (elke werkdag van 8u30 tot 12u en van 13u tot 17u)
Website: www.clb-leuven.be
---

Met vriendelijke groet
Leen Smets
CLB-medewerker, onthaal
Vrij CLB Leuven
"""))])

# ---------------------------------------------------------------- zorgbeleid
mail(slug="zorgcontinuum-brief-ouders", genre="zorgbeleid", lang="nl", date="2024-10-01 17:20",
     frm="pj", to=["pj"], bcc=["ouders"],
     subject="Hoe begeleiden wij leerlingen? Ons zorgbeleid in vier stappen",
     kind="alt", cte="quoted-printable", pd=False,
     note="letter to all parents (Bcc) explaining the school's care continuum with generic examples",
     body=[
        "Geachte ouders",
        "Elk kind is anders, en niet elk kind heeft op elk moment dezelfde ondersteuning nodig. Daarom werken we op het Sint-Pieterscollege met een zorgcontinuüm: een trap met vier treden. Hieronder leggen we uit wat dat concreet betekent.",
        ("H", "Fase 0 – Brede basiszorg"),
        "Dit is wat elke leerling krijgt: goede lessen, een klastitularis die zijn klas kent, leren leren in het eerste jaar, studiebegeleiding na de lesuren en een aanspreekpunt bij de leerlingenbegeleiding. Ook een warm schoolklimaat en ons anti-pestbeleid horen hierbij.",
        ("H", "Fase 1 – Verhoogde zorg"),
        "Soms heeft een leerling iets extra nodig, bv. omdat hij of zij een leerstoornis heeft, tijdelijk ziek is of door een moeilijke periode thuis minder goed kan functioneren. De klassenraad kan dan maatregelen afspreken zoals extra tijd, een aangepaste lay-out van toetsen of het gebruik van voorleessoftware. Deze afspraken worden vastgelegd in het leerlingvolgsysteem en besproken met de leerling en de ouders.",
        ("H", "Fase 2 – Uitbreiding van zorg"),
        "Als de verhoogde zorg niet volstaat, schakelen we samen met u het CLB in. Het CLB kan bijkomend onderzoek doen of advies geven, en zo nodig wordt leersteun van een leersteuncentrum aangevraagd.",
        ("H", "Fase 3 – Individueel aangepast curriculum"),
        "Voor een kleine groep leerlingen is het gewone curriculum, ook met aanpassingen, niet haalbaar. Dan bespreken school, CLB, ouders en leerling samen of een individueel aangepast curriculum (IAC) of een overstap naar een andere school of onderwijsvorm het beste is.",
        ("table", [["Fase", "Wie beslist?", "Wie is uw aanspreekpunt?"],
                   ["0", "klassenraad / vakleraar", "klastitularis"],
                   ["1", "begeleidende klassenraad", "leerlingenbegeleider van de graad"],
                   ["2", "school + CLB, met akkoord van ouders", "zorgcoördinator"],
                   ["3", "klassenraad, na overleg met ouders en CLB", "zorgcoördinator + directie"]]),
        "Heeft u vragen of zorgen? Neem dan eerst contact op met de klastitularis. Hij of zij brengt u zo nodig in contact met de juiste persoon.",
        "Met vriendelijke groeten\nPieter-Jan Moens, zorgcoördinator\nnamens het zorgteam",
     ])

mail(slug="mdo-kalender-klastitularissen", genre="zorgbeleid", lang="nl", date="2024-09-20 14:03",
     frm="pj", to=["pj"], bcc=["klastit"],
     subject="MDO-kalender eerste trimester",
     kind="plain", cte="8bit", pd=False,
     note="staff planning of multidisciplinary meetings per grade; no pupil names",
     body=[
        "Dag klastitularissen",
        "Hieronder de data van de MDO's (multidisciplinair overleg) voor het eerste trimester. De lijst met leerlingen die besproken worden, staat per klas in Smartschool > LVS > Overleg. Die lijst komt dus NIET via mail.",
        ("table", [["Datum", "Graad", "Uur", "Lokaal"],
                   ["di 8 oktober", "1ste graad (1A-1D)", "15u45-17u30", "vergaderzaal 1"],
                   ["do 10 oktober", "1ste graad (2A-2D)", "15u45-17u30", "vergaderzaal 1"],
                   ["di 15 oktober", "2de graad", "15u45-17u45", "vergaderzaal 1"],
                   ["do 17 oktober", "3de graad", "15u45-17u45", "mediatheek"]]),
        "Vul vooraf in het LVS je observaties aan (max. een week op voorhand graag). Het CLB-anker is telkens aanwezig.",
        "Kan je niet? Laat iemand van je klassenteam je vervangen en laat het me even weten.",
        "Merci!\nPJ",
     ])

mail(slug="faq-redelijke-aanpassingen", genre="zorgbeleid", lang="nl", date="2024-10-08 19:10",
     frm="fatma", to=["fatma"], bcc=["ouders1"],
     subject="Veelgestelde vragen: redelijke aanpassingen en STICORDI-maatregelen",
     kind="alt", cte="base64", pd=False,
     note="FAQ to all first-year parents on reasonable accommodations, with conditional examples only",
     body=[
        "Beste ouders van het eerste jaar",
        "Na de infoavond kregen we heel wat vragen over 'redelijke aanpassingen'. We bundelen de antwoorden hieronder.",
        ("h", "1. Wat zijn redelijke aanpassingen?"),
        "Dat zijn maatregelen die een leerling met specifieke onderwijsbehoeften helpen om de gewone leerdoelen te halen. Het doel verandert niet, de weg ernaartoe wel een beetje. We gebruiken vaak het woord STICORDI: STImuleren, COmpenseren, Remediëren, DIfferentiëren, DIspenseren.",
        ("h", "2. Welke voorbeelden zijn er?"),
        ("ul", ["een leerling met dyslexie krijgt toetsen in een groter lettertype en mag voorleessoftware gebruiken",
                "een leerling met dyscalculie mag een formularium of rekenmachine gebruiken waar rekenen niet het doel is",
                "een leerling met een concentratieprobleem mag examens in een apart, rustig lokaal maken",
                "een leerling die herstelt na een operatie krijgt tijdelijk vrijstelling voor bepaalde oefeningen LO"]),
        ("h", "3. Heb ik een attest nodig?"),
        "Niet altijd. Voor kleine aanpassingen volstaat vaak een gesprek en de observaties van de leraren. Voor structurele maatregelen (bv. extra examentijd gedurende het hele jaar) vragen we meestal een verslag van een arts, logopedist of het CLB.",
        ("h", "4. Wie beslist?"),
        "De begeleidende klassenraad beslist, na overleg met leerling en ouders. De afspraken worden opgenomen in het leerlingvolgsysteem zodat alle leraren ze kennen.",
        ("h", "5. Gelden de aanpassingen automatisch volgend jaar ook?"),
        "Nee. Elk schooljaar bekijken we opnieuw wat nodig en zinvol is. Soms is een maatregel na een tijd niet meer nodig, soms komt er iets bij.",
        ("h", "6. Mijn kind wil liever niet dat de klas het weet. Kan dat?"),
        "Ja. We gaan discreet om met aanpassingen. Een apart lokaal tijdens examens is bijvoorbeeld voor meerdere leerlingen voorzien, om uiteenlopende redenen.",
        "Nog vragen? De leerlingenbegeleiders van de eerste graad zijn elke dag bereikbaar via Smartschool.",
        "Hartelijke groeten\nFatma Yilmaz\nleerlingenbegeleider eerste graad",
     ])

mail(slug="antwoord-extra-examentijd-procedure", genre="zorgbeleid", lang="nl", date="2024-11-21 09:36",
     frm="kasia", to=[("Elif Öztürk", "elif.ozturk@hotmail.com")],
     subject="Re: Extra tijd op examens – welke documenten?",
     kind="plain", cte="quoted-printable", pd=True, tags=["reply"],
     in_reply_to="<DB9PR10MB5821@eurprd10.prod.outlook.com>",
     note="answer to one parent's general question about the procedure for extra exam time; phone in signature",
     body="""Beste mevrouw Öztürk

Bedankt voor uw bericht. Ik leg graag uit hoe dat bij ons in zijn werk gaat.

1. Extra tijd is een van de mogelijke redelijke aanpassingen. De begeleidende klassenraad beslist erover, meestal bij het begin van het schooljaar of ten laatste zes weken voor een examenperiode.
2. Als ouder kan u een aanvraag doen via de klastitularis of via mij. Een verslag van bv. een logopedist, arts of het CLB helpt ons om de vraag goed in te schatten, maar het is niet in elke situatie verplicht.
3. Na de beslissing worden de afspraken vastgelegd in het leerlingvolgsysteem en krijgen alle leraren ze te zien. De leerling krijgt ook een kaartje met de afspraken, zodat hij of zij ze kan tonen aan een toezichter.
4. Vóór de decemberexamens plannen we een evaluatiegesprek, zodat we kunnen bijsturen.

De deadline voor aanvragen voor de decemberexamens is vrijdag 29 november. Heeft u vragen over een concrete situatie, bel me dan gerust of maak een afspraak; dat bespreken we liever niet via mail.

Vriendelijke groeten

Katarzyna Nowak
leerlingenbegeleider tweede en derde graad
Sint-Pieterscollege
tel. 016 29 84 17


Van: Elif Öztürk <elif.ozturk@hotmail.com>
Verzonden: woensdag 20 november 2024 22:14
Aan: katarzyna.nowak@sintpieterscollege.be
Onderwerp: Extra tijd op examens – welke documenten?

Dag mevrouw Nowak,
Hoe gaat de school om met leerlingen die meer tijd nodig hebben op examens? Welke documenten vraagt u daarvoor en tegen wanneer moet dat in orde zijn?
Groeten, Elif Öztürk
""")

mail(slug="memo-gevoelige-info-lvs-niet-mail", genre="zorgbeleid", lang="nl", date="2024-09-25 18:02",
     frm="pj", to=["pj"], bcc=["personeel_spc"],
     subject="Geheugensteuntje: gevoelige info hoort in het LVS, niet in je mailbox",
     kind="plain", cte="8bit", pd=False,
     note="staff reminder with hypothetical examples of sensitive information and where to record it; no real case",
     body="""Beste collega's

Na de personeelsvergadering een kort geheugensteuntje, want de vraag kwam een paar keer terug: "Wat mag ik nu mailen en wat niet?"

Vuistregel: alles wat iets zegt over de gezondheid, de thuissituatie, het welbevinden, de zorg of de financiële situatie van een leerling, noteer je in het leerlingvolgsysteem (Smartschool > LVS). Niet in een mail, niet in een WhatsApp-groep van je klassenteam.

Enkele voorbeelden (verzonnen, maar herkenbaar):
- Een leerling vertelt je in vertrouwen dat de ouders gaan scheiden en dat ze voortaan week-om-week woont. -> LVS, rubriek Gezin, en even de leerlingenbegeleider aanspreken.
- Je merkt dat een leerling al weken geen middageten bij heeft. -> LVS + leerlingenbegeleider; niet zelf de ouders mailen.
- Een ouder mailt je dat hun kind een nieuwe diagnose heeft gekregen. -> bedank de ouder kort, zet de info in het LVS (of vraag de zorgcoördinator dat te doen) en verwijder daarna de mail, ook uit je prullenmand.
- Je wil een collega verwittigen dat een leerling het moeilijk heeft na een overlijden in de familie. -> via het LVS of mondeling, niet via een mail aan het hele klassenteam.

Wat mag wél per mail? Praktische afspraken ("de toets van 3C wordt verplaatst"), algemene info, en verwijzingen zoals "zie LVS, notitie van 12/9" zonder inhoud.

Twijfel je? Vraag het aan mij of aan het aanspreekpunt informatieveiligheid (privacy@lksd.ksleuven.be).

Dank jullie wel!
Pieter-Jan
""")

mail(slug="leersteun-uitleg-ouders", genre="zorgbeleid", lang="nl", date="2025-01-15 16:30",
     frm="pj", to=["secr"], bcc=["ouders"],
     subject="Leersteun: wat verandert er en wat betekent dat voor u?",
     kind="plain", cte="8bit", charset="windows-1252", pd=True,
     note="general letter to all parents (Bcc) about learning-support centres; school phone in closing",
     body="""Geachte ouders

Sinds het schooljaar 2023-2024 is het oude 'ondersteuningsnetwerk' vervangen door leersteuncentra. Omdat we daar nog regelmatig vragen over krijgen, zetten we de belangrijkste punten op een rij.

Wat is leersteun?
Leersteun is extra ondersteuning van buitenaf, door een team van een leersteuncentrum. Het gaat om begeleiding van de leerling, maar ook om advies aan de leraren en het klassenteam.

Voor wie?
Voor leerlingen met een (gemotiveerd) verslag van het CLB, bijvoorbeeld omdat ze een motorische beperking, een auditieve of visuele beperking, een autismespectrumstoornis of een andere specifieke onderwijsbehoefte hebben.

Hoe verloopt het?
1. De school en het CLB stellen vast dat de redelijke aanpassingen in de klas niet volstaan.
2. Het CLB maakt, in overleg met u, een verslag of gemotiveerd verslag op.
3. De school vraagt leersteun aan bij het leersteuncentrum waarmee we samenwerken.
4. Het leersteuncentrum en de school maken samen een plan, dat regelmatig geëvalueerd wordt.

Wat verandert er voor de leerlingen die al ondersteuning kregen?
Voor de meeste leerlingen niets zichtbaars: de begeleiding loopt verder, soms met een andere begeleider.

Heeft u vragen? Neem contact op met de zorgcoördinator, de heer Pieter-Jan Moens, via Smartschool of via het secretariaat op 016 29 84 10.

Met vriendelijke groeten
Geert Van Roey, directeur
Pieter-Jan Moens, zorgcoördinator
""")

# ---------------------------------------------------------------- medicatie
mail(slug="medicatie-procedure-alle-ouders", genre="medicatie", lang="nl", date="2024-09-04 15:55",
     frm="lieve", to=["secr"], bcc=["ouders"],
     subject="Medicatie op school: afspraken en attest",
     kind="alt", cte="quoted-printable", pd=False,
     note="general medication procedure for all parents (Bcc) with blank form attached; examples of conditions only",
     body=[
        "Geachte ouders",
        "Zieke leerlingen horen thuis. Toch gebeurt het dat een leerling tijdens de schooluren medicatie moet nemen, bijvoorbeeld omdat een antibioticakuur nog loopt, of omdat een jongere elke middag medicatie neemt voor bv. ADHD, diabetes of epilepsie. Leraren en secretariaatsmedewerkers zijn geen artsen: we mogen geen medicatie geven zonder duidelijke afspraken. Daarom vragen we u het volgende.",
        ("ol", ["Vul het attest 'Medicatie op school' in (zie bijlage of Smartschool > Intradesk > Formulieren). Laat het ondertekenen door de behandelende arts.",
                "Bezorg het attest samen met de medicatie in de originele verpakking aan het leerlingensecretariaat. Niet via de boekentas.",
                "Vermeld duidelijk de naam van de leerling, de dosis, het tijdstip en de periode.",
                "Wijzigt de dosis of stopt de behandeling? Bezorg ons dan een nieuw attest.",
                "Neemt uw kind de medicatie zelfstandig in (bv. een inhalator)? Laat het ons toch weten, zodat we bij een probleem correct kunnen reageren."]),
        "Pijnstillers, koortswerende middelen en dergelijke geven we niet zonder attest, ook niet 'een keertje'. Wordt een leerling ziek op school, dan verwittigen we de ouders.",
        "Voor noodmedicatie (bv. een adrenalinepen bij ernstige allergie) maken we een apart, individueel plan met u op. Neem daarvoor contact op met het EHBO-team.",
        "Alle medische informatie die u ons bezorgt, wordt vertrouwelijk bewaard en enkel gedeeld met wie ze nodig heeft.",
        "Met vriendelijke groeten",
        sig("lieve"),
     ],
     attach=[("attest-medicatie-op-school-2024-2025.pdf", "application/pdf", fake_pdf("Attest medicatie op school 2024-2025 - blanco formulier"))])

mail(slug="ehbo-medicijnkast-afspraken-personeel", genre="medicatie", lang="nl", date="2024-09-06 12:40",
     frm="lieve", to=["lieve"], bcc=["personeel"],
     subject="EHBO-lokaal en medicijnkast – afspraken 2024-2025",
     kind="plain", cte="8bit", pd=True,
     note="staff memo on first-aid room and medication cabinet rules; EHBO mobile number in text",
     body="""Dag iedereen

Zoals elk jaar de afspraken rond EHBO en medicatie. Lees ze even, het duurt 2 minuten.

1. Het EHBO-lokaal is A003 (naast het onthaal). De sleutel hangt aan het bord op het secretariaat.
2. Medicatie van leerlingen wordt alleen gegeven als er een attest is. De lijst met geldige attesten staat in de map "Medicatie" in het EHBO-lokaal. Je hoeft zelf niets bij te houden, maar noteer elke toediening in het medicatieregister (datum, uur, paraaf).
3. Geen attest = geen medicatie. Ook geen Dafalgan uit je eigen handtas, hoe goed bedoeld ook.
4. Noodmedicatie (adrenalinepennen, glucagon, ...) ligt in de rode kast met het groene kruis. Per leerling met noodmedicatie is er een individueel plan. Klastitularissen en vakleraren van die klassen krijgen de info via het LVS, niet via mail.
5. Bij twijfel of een leerling naar huis moet: eerst EHBO-team, dan secretariaat voor het telefoontje naar de ouders.
6. Ernstig ongeval of onwel worden: bel 112, verwittig daarna het onthaal.

Het EHBO-team is tijdens de lesuren bereikbaar op de EHBO-gsm: 0479 31 52 08.

Bedankt!
Lieve
""")

mail(slug="antwoord-pijnstiller-zonder-attest", genre="medicatie", lang="nl", date="2024-10-03 10:22",
     frm="nadia", to=[("An Peeters", "an.peeters@telenet.be")],
     subject="RE: Hoofdpijn op school",
     kind="plain", cte="quoted-printable", pd=False, tags=["reply"],
     in_reply_to="<001a01db1523$4f2e8b60$ed8ba220$@telenet.be>",
     note="secretariat answers one parent's general question on painkillers at school; no pupil detail",
     body="""Beste mevrouw Peeters

Bedankt voor uw mail. Ik begrijp de vraag helemaal, maar we mogen op school geen pijnstillers geven zonder een ingevuld en ondertekend medicatie-attest. Dat geldt voor alle leerlingen, ook voor een gewone hoofdpijntablet.

Wat kan u wel doen?
- Het attest 'Medicatie op school' laten invullen (u vindt het op Smartschool > Intradesk > Formulieren). Dan bewaren wij de medicatie op het secretariaat en kan uw kind ze daar vragen.
- Voelt een leerling zich niet goed, dan kan hij of zij even rusten in het EHBO-lokaal. Gaat het niet beter, dan bellen we de ouders.

Ik hoop u hiermee voldoende te hebben geïnformeerd.

Met vriendelijke groeten
Nadia El Khattabi
onthaal & secretariaat

> Van: An Peeters <an.peeters@telenet.be>
> Verzonden: woensdag 2 oktober 2024 20:51
> Onderwerp: Hoofdpijn op school
>
> Dag,
> mag een leerling op school een pijnstiller krijgen bij hoofdpijn, of moeten
> ze die zelf meebrengen? Ik vind er niets over in de schoolagenda.
> Groeten, An Peeters
""")

mail(slug="medicaments-ecole-fr", genre="medicatie", lang="fr", date="2024-09-12 14:18",
     frm="sofie", to=[("Catherine Dubois", "catherine.dubois@proximus.be")],
     subject="Médicaments à l'école – procédure",
     kind="plain", cte="base64", pd=True,
     note="French explanation of the medication procedure to one francophone parent on request; school phone",
     body="""Chère Madame Dubois,

Suite à notre conversation téléphonique, voici en résumé la procédure concernant les médicaments à l'école.

1. L'école ne donne aucun médicament sans attestation. Le formulaire « Medicatie op school » doit être complété et signé par le médecin traitant. Vous le trouverez sur Smartschool (Intradesk > Formulieren) ; une version française est disponible au secrétariat.
2. Les médicaments doivent être remis au secrétariat des élèves dans leur emballage d'origine, avec le nom de l'élève, la dose et l'heure de prise.
3. En cas de changement de traitement, un nouveau formulaire est nécessaire.
4. Les antidouleurs (paracétamol, ibuprofène...) ne sont pas donnés sans attestation, même ponctuellement.
5. Si un élève se sent mal, il peut se reposer à l'infirmerie. Si cela ne s'améliore pas, nous contactons les parents.

Pour toute question, le secrétariat est joignable au 016 29 84 10, du lundi au vendredi de 7h45 à 16h30.

Bien cordialement,

Sofie Vandenbroucke
Secrétariat des élèves
Sint-Pieterscollege Leuven
""")

mail(slug="opleiding-adrenalinepen-personeel", genre="medicatie", lang="nl", date="2024-10-02 13:05",
     frm="lieve", to=["lieve"], bcc=["personeel"],
     subject="Uitnodiging: korte opleiding adrenalinepen en hypo/hyper (woe 16/10)",
     kind="alt", cte="quoted-printable", pd=False,
     note="invitation for staff to a first-aid training about allergy pens and diabetes emergencies; general",
     body=[
        "Beste collega's",
        "Op woensdag 16 oktober van 13u00 tot 14u30 geeft een verpleegkundige van het Wit-Gele Kruis een korte, praktische opleiding in de refter.",
        ("ul", ["hoe herken je een ernstige allergische reactie en hoe gebruik je een adrenalinepen (met oefenpennen)",
                "wat doe je bij een hypo of hyper van een leerling met diabetes",
                "wat doe je (en wat niet) bij een epileptische aanval"]),
        "Welke leerlingen noodmedicatie bij zich hebben, lees je in het LVS van je klassen. We bespreken tijdens de opleiding geen individuele leerlingen.",
        "De opleiding is sterk aanbevolen voor begeleiders van uitstappen en voor de collega's LO. Inschrijven via het formulier op Smartschool.",
        "Groetjes\nLieve",
     ],
     attach=[("opleiding-adrenalinepen.ics", "text/calendar", ics("Opleiding adrenalinepen en hypo/hyper", "20241016T130000", "20241016T143000", "Refter Sint-Pieterscollege"))])

mail(slug="infosessie-chronische-ziekte-leraren", genre="medicatie", lang="nl", date="2025-01-09 08:15",
     frm="pj", to=["pj"], bcc=["klastit"],
     subject="Leerlingen met een chronische ziekte in je klas: wat kan je doen?",
     kind="html", cte="quoted-printable", pd=False, outlook=True,
     note="staff info on dealing with chronic illness in class in general terms; no pupil named",
     body=[
        "Dag klastitularissen",
        "Op de vorige klassenraden kwam een paar keer de vraag hoe je als leraar best omgaat met leerlingen met een chronische aandoening. Enkele tips, los van concrete leerlingen:",
        ("ol", ["Laat de leerling en de ouders zelf bepalen wat de klas mag weten. Sommige jongeren willen er in de klas over vertellen, anderen absoluut niet.",
                "Spreek vooraf af wat er moet gebeuren bij een noodsituatie, en zorg dat je vervanger het ook weet (via het LVS).",
                "Laat een leerling met bv. diabetes altijd toe om te eten, te drinken of naar het toilet te gaan, ook tijdens een toets.",
                "Houd rekening met vermoeidheid en afwezigheden door ziekenhuisbezoeken: plan inhaalmomenten, geen straf.",
                "Bij langdurige afwezigheid kan er tijdelijk onderwijs aan huis of synchroon internetonderwijs (Bednet) aangevraagd worden. Dat loopt via de zorgcoördinator."]),
        "Meer info en concrete leerlingenafspraken vind je in het LVS. Vragen mag altijd.",
        "Pieter-Jan",
     ])

# ---------------------------------------------------------------- schoolreglement
mail(slug="wijzigingen-schoolreglement-2024", genre="schoolreglement", lang="nl", date="2024-08-29 17:00",
     frm="geert", to=["geert"], bcc=["ouders"],
     subject="Schoolreglement 2024-2025: wat is er nieuw?",
     kind="alt", cte="quoted-printable", pd=False,
     note="director's letter to all parents (Bcc) summarising changes in the school rules",
     body=[
        "Geachte ouders",
        "Het schoolreglement voor 2024-2025 staat op Smartschool en op onze website. De schoolraad heeft de wijzigingen besproken. De belangrijkste veranderingen vindt u hieronder.",
        ("h", "Deel II, artikel 3.4 – Afwezigheden"),
        "Een ziektebriefje van de ouders kan nog altijd maximaal vier keer per schooljaar, voor afwezigheden van hoogstens drie opeenvolgende kalenderdagen. Nieuw: u kan dat briefje ook digitaal bezorgen via het formulier in Smartschool.",
        ("h", "Deel II, artikel 5.2 – Gsm en smartwatch"),
        "Gsm's en smartwatches blijven in de eerste graad de hele schooldag uitgeschakeld in de locker. In de tweede en derde graad mogen ze tijdens de pauzes gebruikt worden op de speelplaats, niet in de gangen en de refter.",
        ("h", "Deel II, artikel 6 – Herstelgerichte aanpak"),
        "Naast orde- en tuchtmaatregelen kiezen we vaker voor een herstelgesprek of een herstelopdracht. Wie schade berokkent aan iemand anders, krijgt de kans om die zelf mee te herstellen.",
        ("h", "Deel III – Privacy"),
        "De tekst over beeldmateriaal is herschreven. U krijgt later deze maand een apart formulier om uw toestemming te geven of te weigeren.",
        "Wij vragen u om via Smartschool te bevestigen dat u het schoolreglement gelezen heeft en ermee instemt. Voor nieuwe leerlingen gebeurde dat al bij de inschrijving.",
        "Met vriendelijke groeten\nGeert Van Roey\ndirecteur",
     ])

mail(slug="gsm-reglement-eerste-graad", genre="schoolreglement", lang="nl", date="2024-09-02 18:45",
     frm="ann", to=["ann"], bcc=["ouders1", "ouders2"],
     subject="Afspraken gsm-gebruik eerste graad",
     kind="plain", cte="8bit", pd=False,
     note="letter to parents of the first grade (Bcc) on phone rules",
     body="""Beste ouders

Welkom terug, en welkom aan de nieuwe gezinnen!

Zoals aangekondigd op de infoavond zijn de afspraken over gsm-gebruik in de eerste graad strenger dan in de hogere jaren. We zetten ze nog eens op een rij:

- Bij aankomst op school gaat de gsm (en smartwatch) uitgeschakeld in de locker. Hij blijft daar tot het einde van de schooldag.
- Als een leraar de gsm in de les nodig heeft (bv. voor een quiz), zegt hij of zij dat vooraf. De leerlingen halen dan samen hun toestel.
- Wie zijn gsm toch bij zich heeft, geeft hem af op het leerlingensecretariaat en haalt hem na het laatste lesuur terug op. Bij herhaling halen de ouders hem op.
- Moet u uw kind dringend bereiken? Bel het secretariaat, wij geven de boodschap door.

Waarom zo streng? Omdat we merken dat de jongste leerlingen zich beter kunnen concentreren en meer met elkaar praten op de speelplaats. En omdat conflicten die online beginnen, vaak op school verder escaleren.

Dank u om dit thuis mee te bespreken.

Ann Wuyts
adjunct-directeur eerste graad
""")

mail(slug="antwoord-orde-tuchtmaatregel-beroep", genre="schoolreglement", lang="nl", date="2024-12-10 11:50",
     frm="ann", to=[("Tomasz Kowalski", "tomasz.kowalski@outlook.com")],
     subject="Re: verschil ordemaatregel en tuchtmaatregel",
     kind="plain", cte="quoted-printable", pd=False, tags=["reply"],
     in_reply_to="<AM0PR03MB4512@eurprd03.prod.outlook.com>",
     note="answer to one parent's general question about disciplinary measures and appeal as described in the school rules",
     body="""Beste meneer Kowalski

Een goede vraag, want de woorden lijken op elkaar. In ons schoolreglement (deel II, hoofdstuk 6) maken we dit onderscheid:

1. Begeleidende maatregelen: geen straf, maar hulp om gedrag te veranderen. Bijvoorbeeld een gesprek, een volgkaart of een begeleidingsplan.
2. Ordemaatregelen: als een leerling de goede gang van zaken hindert. Bijvoorbeeld een verwittiging, strafwerk, een strafstudie op woensdagnamiddag of een tijdelijke verwijdering uit de les. Tegen een ordemaatregel kan men geen beroep aantekenen.
3. Tuchtmaatregelen: alleen bij ernstige feiten of als ordemaatregelen niet helpen. Dat zijn de tijdelijke uitsluiting (max. 15 schooldagen) en de definitieve uitsluiting. Daarvoor is er altijd een tuchtdossier, een gesprek met de leerling en de ouders (met inzage in het dossier), en kan u beroep aantekenen bij de beroepscommissie van het schoolbestuur. De procedure staat in het schoolreglement, inclusief de termijnen.

Daarnaast werken we steeds vaker herstelgericht: een herstelgesprek of herstelopdracht kan naast of in plaats van een maatregel komen.

Ik hoop dat het zo duidelijker is.

Met vriendelijke groeten
Ann Wuyts
adjunct-directeur

On 9 Dec 2024, at 19:32, Tomasz Kowalski <tomasz.kowalski@outlook.com> wrote:

> Goedenavond mevrouw Wuyts,
> in het schoolreglement staan ordemaatregel en tuchtmaatregel. Wat is het verschil en kunnen ouders ergens bezwaar maken? Ik ben geen Nederlandstalige, sorry voor de fouten.
> Met vriendelijke groet, Tomasz Kowalski
""")

mail(slug="kledij-lo-kledij-afspraken", genre="schoolreglement", lang="nl", date="2024-09-10 16:20",
     frm="jonas", to=["jonas"], bcc=["ouders"],
     subject="Kledij en sportkledij – even herhalen",
     kind="plain", cte="8bit", charset="windows-1252", pd=False,
     note="short letter to all parents (Bcc) on clothing rules and PE kit",
     body="""Beste ouders

Na de eerste weken merken we dat niet iedereen de afspraken over (sport)kledij kent. Daarom nog even kort:

* Op school draag je verzorgde kledij. Petten en kappen gaan af in het gebouw.
* Voor LO: de blauwe T-shirt van de school (te koop op het secretariaat, 12 euro), een korte sportbroek of legging en sportschoenen met een lichte zool voor de sporthal.
* Zwemmen (1ste en 2de jaar, om de twee weken): zwembroek of badpak, handdoek, badmuts is niet verplicht.
* Kan een leerling tijdelijk niet meedoen aan LO, bv. na een blessure? Bezorg dan een briefje (max. 1 les) of een medisch attest. De leerling blijft wel aanwezig in de les en krijgt een aangepaste opdracht.

Kosten voor de sport-T-shirt komen op de schoolrekening als u dat liever heeft.

Sportieve groeten
Jonas Peeters
namens de vakgroep LO
""")

mail(slug="antwoord-religieuze-feestdag-afwezig", genre="schoolreglement", lang="nl", date="2025-03-24 08:57",
     frm="sofie", to=[("Youssef Amrani", "youssef.amrani@telenet.be")],
     subject="RE: Suikerfeest – afwezigheid",
     kind="plain", cte="8bit", pd=True, tags=["reply"],
     in_reply_to="<5f2a1c9e-77b0-4a8e-9e6e-0a3b7f1c2d11@telenet.be>",
     note="answer to one parent on the general rule for absence on religious feast days; phone in signature",
     body="""Beste meneer Amrani

Dank u om ons tijdig te verwittigen.

Het Suikerfeest is een feestdag van een erkende levensbeschouwing. Volgens het schoolreglement is een afwezigheid op die dag van rechtswege gewettigd. Voor de islam gaat het om één dag voor het Suikerfeest en één dag voor het Offerfeest.

Wat vragen we?
- Verwittig de school vooraf (dat heeft u gedaan, dank u).
- Bezorg bij terugkomst een briefje of een bericht via Smartschool met de datum. Dit briefje telt niet mee voor de vier ziektebriefjes.
- Valt de feestdag op een dag met een toets, dan spreekt uw kind met de vakleraar een inhaalmoment af.

Valt de feestdag dit jaar in de examenperiode (dat is niet het geval in het voorjaar), dan zoeken we samen een oplossing.

Met vriendelijke groeten
Sofie Vandenbroucke
leerlingensecretariaat
Sint-Pieterscollege
tel. 016 29 84 11

-----Original Message-----
From: Youssef Amrani <youssef.amrani@telenet.be>
Sent: zondag 23 maart 2025 17:05
To: sofie.vandenbroucke@sintpieterscollege.be
Subject: Suikerfeest – afwezigheid

Goeiedag, mijn kinderen zullen afwezig zijn op de dag van het Suikerfeest. Wat moet ik daarvoor doen?
Dank u, Y. Amrani
""")

mail(slug="schoolreglement-toelichten-eerste-week", genre="schoolreglement", lang="nl", date="2024-08-30 10:30",
     frm="ann", to=["ann"], bcc=["klastit"],
     subject="To do eerste schoolweek: schoolreglement toelichten",
     kind="plain", cte="quoted-printable", pd=False,
     note="staff to-do list for form teachers about explaining the school rules; general",
     body="""Hoi klastitularissen

Een korte to-do voor het klasuur van de eerste week:

[ ] Overloop met je klas de belangrijkste punten uit het schoolreglement: afwezigheden, te laat komen, gsm, herstelgerichte aanpak. Er staat een presentatie klaar in de map Klastitularissen > Start.
[ ] Vertel wie de leerlingenbegeleiders van jouw graad zijn en waar ze zitten.
[ ] Wijs op het CLB-anker (dinsdagvoormiddag, B014) en op de vertrouwensleerkrachten.
[ ] Herinner de leerlingen dat hun ouders via Smartschool moeten bevestigen dat ze het reglement gelezen hebben. Eind september krijg je een lijstje van wie nog niet bevestigd heeft.
[ ] Laat de leerlingen hun noodnummer-kaartje in hun agenda invullen (dat blijft bij hen, niet inzamelen!).

Vragen? Je weet me te vinden.
Ann
""")

# ---------------------------------------------------------------- privacy
mail(slug="privacyverklaring-samenvatting-ouders", genre="privacy", lang="nl", date="2024-09-17 19:30",
     frm="geert", to=["geert"], bcc=["ouders"],
     subject="Hoe gaan wij om met de gegevens van uw kind? (privacyverklaring)",
     kind="alt", cte="quoted-printable", pd=False,
     note="privacy statement summary to all parents (Bcc) listing data categories in general; DPO mailbox only",
     body=[
        "Geachte ouders",
        "Als school verwerken we heel wat gegevens van leerlingen en ouders. In deze brief leggen we kort uit welke gegevens, waarom, en welke rechten u heeft. De volledige privacyverklaring staat op www.sintpieterscollege.be/privacy.",
        ("table", [["Welke gegevens?", "Waarom?", "Hoe lang bewaard?"],
                   ["naam, adres, contactgegevens, rijksregisternummer", "inschrijving en leerlingenadministratie (wettelijke verplichting)", "zolang de leerling ingeschreven is + wettelijke termijn"],
                   ["schoolresultaten, attesten, rapporten", "evaluatie en studiebewijzen", "volgens de regels van de overheid"],
                   ["gegevens over leerlingenbegeleiding en zorg", "om uw kind goed te begeleiden", "max. 1 jaar na vertrek, tenzij overdracht naar nieuwe school"],
                   ["medische gegevens die u ons geeft (bv. medicatie-attest)", "om veilig te kunnen handelen", "tot het einde van het schooljaar of de behandeling"],
                   ["gegevens over schoolrekeningen en betalingen", "financiële opvolging", "7 jaar (boekhoudkundige verplichting)"],
                   ["foto's en video's", "enkel met uw toestemming", "zie formulier beeldmateriaal"]]),
        "Wie krijgt deze gegevens? Alleen personeelsleden die ze nodig hebben voor hun taak, het CLB (voor zijn opdracht), en de overheid als de wet dat oplegt. We verkopen nooit gegevens. Leveranciers zoals Smartschool verwerken gegevens in onze opdracht en zijn contractueel gebonden.",
        "U heeft het recht om de gegevens van uw kind in te kijken, te laten verbeteren en in bepaalde gevallen te laten wissen. Leerlingen vanaf 12 jaar kunnen die rechten ook zelf uitoefenen.",
        "Vragen of een klacht? Contacteer het aanspreekpunt informatieveiligheid van onze scholengroep via privacy@lksd.ksleuven.be. U kan ook terecht bij de Vlaamse Toezichtcommissie.",
        "Met vriendelijke groeten\nGeert Van Roey, directeur",
     ])

mail(slug="toestemming-beeldmateriaal-eerstejaars", genre="privacy", lang="nl", date="2024-09-18 12:10",
     frm="sofie", to=["secr"], bcc=["ouders1"],
     subject="Foto's en filmpjes op school – graag uw keuze doorgeven",
     kind="html", cte="quoted-printable", pd=False, outlook=False,
     note="consent request for photos to first-year parents (Bcc); general",
     body=[
        "Beste ouders",
        "Tijdens het schooljaar maken we foto's en filmpjes: op de sportdag, op uitstap, tijdens een toneelvoorstelling. Die beelden gebruiken we graag in de schoolkrant, op Smartschool of op de website. Daarvoor hebben we uw toestemming nodig.",
        "Via Smartschool > Formulieren > 'Beeldmateriaal 2024-2025' kan u per toepassing aanduiden wat u goed vindt:",
        ("ul", ["klasfoto en individuele foto (enkel voor de ouders zelf)",
                "foto's op Smartschool (enkel zichtbaar voor leerlingen, ouders en personeel)",
                "foto's in de papieren schoolkrant",
                "foto's op de publieke website en sociale media van de school"]),
        "Gerichte portretfoto's van één leerling gebruiken we nooit publiek zonder aparte toestemming. U kan uw keuze op elk moment wijzigen.",
        "Geen reactie betekent: geen toestemming voor publicatie. Uw kind staat dan gewoon mee op de klasfoto, die alleen aan de ouders van de klas bezorgd wordt.",
        "Vriendelijke groeten\nSecretariaat Sint-Pieterscollege",
     ])

mail(slug="dpo-datalek-melden-personeel", genre="privacy", lang="nl", date="2024-10-10 09:00",
     frm="wim", to=["wim"], bcc=["personeel", "personeel_spc"],
     subject="Een datalek? Meld het, ook als je twijfelt",
     kind="alt", cte="quoted-printable", pd=False,
     note="DPO reminder to all staff (Bcc) on reporting data breaches, with generic examples",
     body=[
        "Beste collega's van het Sint-Pieterscollege",
        "Iedereen maakt al eens een fout. Een mail naar de verkeerde ouder, een usb-stick die verloren gaat, een laptop die in de trein blijft liggen. Dat is vervelend, maar het echte probleem ontstaat als niemand het meldt.",
        ("h", "Wat is een datalek?"),
        "Elke situatie waarin persoonsgegevens bij iemand terechtkomen die ze niet mag zien, verloren gaan of onbruikbaar worden. Enkele voorbeelden:",
        ("ul", ["een rapport of verslag wordt naar de ouders van een andere leerling gestuurd",
                "een klaslijst met adressen wordt met alle ouders in Cc verstuurd",
                "een gsm met toegang tot Smartschool wordt gestolen",
                "iemand klikt op een phishinglink en vult zijn gegevens in"]),
        ("h", "Wat doe je?"),
        ("ol", ["Meld het meteen via privacy@lksd.ksleuven.be of aan de directie. Vermeld wat er gebeurd is, wanneer, en welke soort gegevens betrokken zijn.",
                "Stuur zelf geen gevoelige details mee in je melding: een korte omschrijving volstaat, wij nemen contact op.",
                "Probeer de schade te beperken (bv. vraag de ontvanger de mail te verwijderen), maar doe dat in overleg."]),
        "Een melding heeft nooit gevolgen voor jou als personeelslid. We moeten sommige lekken binnen 72 uur melden aan de toezichthouder; daarom is snelheid belangrijk.",
        "Met vriendelijke groet\nWim Hermans\naanspreekpunt informatieveiligheid LKSD",
     ])

mail(slug="antwoord-inzage-leerlingendossier", genre="privacy", lang="nl", date="2025-02-04 14:44",
     frm="sofie", to=[("Marc Vermeulen", "marc.vermeulen@skynet.be")],
     subject="Re: inzage dossier",
     kind="plain", cte="8bit", pd=False, tags=["reply"],
     in_reply_to="<000001db76a1$b2c3d4e0$@skynet.be>",
     note="secretariat explains the general procedure for accessing a pupil file to one parent",
     body="""Geachte heer Vermeulen

U vraagt hoe u het leerlingendossier kan inkijken. Dat kan uiteraard. De procedure is als volgt:

1. U richt een schriftelijke vraag (mail volstaat) aan de directeur, met vermelding van de naam en klas van uw kind.
2. Binnen een redelijke termijn (meestal binnen twee weken) nodigen we u uit op school. Een personeelslid overloopt het dossier met u en geeft toelichting.
3. U kan een kopie vragen. Die is gratis, maar bevat geen gegevens van andere personen (bv. van klasgenoten).
4. Informatie over derden en persoonlijke werknotities van leraren maken geen deel uit van het dossier.
5. Is uw kind 12 jaar of ouder, dan kan het zich verzetten tegen inzage van bepaalde gegevens over zichzelf. In dat geval bespreken we dat eerst met uw kind.

Het CLB heeft een eigen, apart dossier. Voor inzage daarin wendt u zich rechtstreeks tot het CLB.

Met vriendelijke groeten
Sofie Vandenbroucke
leerlingensecretariaat

Op ma 3 feb 2025 om 21:12 schreef Marc Vermeulen <marc.vermeulen@skynet.be>:
> Goedenavond, hoe kan ik als ouder het dossier van mijn dochter inkijken? Moet ik daarvoor een afspraak maken?
> Mvg Marc Vermeulen
""")

mail(slug="privacy-notice-english-parent", genre="privacy", lang="en", date="2024-09-26 11:05",
     frm="sofie", to=[("Rahul Mehta", "rahul.mehta@gmail.com")],
     subject="Privacy notice in English",
     kind="alt", cte="base64", pd=False,
     note="English summary of the privacy statement sent to one parent who asked for a translation",
     body=[
        "Dear Mr Mehta,",
        "As requested, please find below a short English summary of our privacy statement. The Dutch version on our website remains the legally binding text.",
        ("ol", ["What we collect: identification and contact details, the national register number (required by the Flemish government), school results, attendance, information about pupil support, medical information that parents choose to give us (for example a medication form) and payment information.",
                "Why: to organise education, to meet legal obligations, to support your child and, for photos and videos, only with your consent.",
                "Who can see it: only staff who need it for their job, the CLB for its legal tasks, and public authorities where the law requires it. Our software providers (such as Smartschool) process data on our behalf under a contract.",
                "How long: as long as needed for each purpose, then it is deleted or archived as required by law.",
                "Your rights: access, correction, and in some cases erasure or objection. Pupils aged 12 and over can exercise these rights themselves."]),
        "For questions, please contact the information security office of our school group at privacy@lksd.ksleuven.be.",
        "Kind regards,\nSofie Vandenbroucke\nPupil administration, Sint-Pieterscollege",
     ])

mail(slug="veilig-mailen-met-ouders-vijf-afspraken", genre="privacy", lang="nl", date="2024-11-13 16:10",
     frm="wim", to=["wim"], bcc=["personeel"],
     subject="Veilig mailen met ouders: vijf afspraken",
     kind="plain", cte="8bit", pd=False,
     note="staff guidance on safe e-mail practice (Bcc, no credentials, no private accounts), entirely generic",
     body="""Beste collega's

Uit de meldingen van de voorbije maanden halen we vijf afspraken die het verschil maken:

1. Groepen altijd in BCC. Mail je alle ouders van een klas of een groepsadres zoals ouders@ of klas-3b@? Zet die adressen in BCC, nooit in Aan of CC. Zo zien ouders elkaars adres niet.
2. Eén ouder per mail als het over een kind gaat. Het gaat over één leerling? Schrijf dan apart naar de ouders van die leerling, en controleer het adres twee keer (autocomplete is verraderlijk).
3. Niets gevoeligs in de mail. Gezondheid, thuissituatie, welbevinden, zorg en geld bespreek je in een gesprek of via het leerlingvolgsysteem, niet in een mail.
4. Nooit een wachtwoord via mail of chat. Niemand van de school of de scholengroep zal je ooit vragen om een wachtwoord door te sturen. Moet een leerling of ouder een nieuw wachtwoord krijgen? Laat hem de knop 'wachtwoord vergeten' gebruiken of verwijs naar de ICT-coördinator.
5. Schoolmail blijft op je schoolaccount. Gebruik geen privé-Gmail of Hotmail voor schoolzaken en stel geen automatische doorsturing naar je privémailbox in.

Vragen? privacy@lksd.ksleuven.be

Wim Hermans
aanspreekpunt informatieveiligheid
""")

# ---------------------------------------------------------------- nieuwsbrief
mail(slug="nieuwsbrief-september", genre="nieuwsbrief", lang="nl", date="2024-09-27 17:30",
     frm="info", to=["info"], bcc=["ouders"],
     subject="Nieuwsbrief september – Sint-Pieterscollege",
     kind="html", cte="quoted-printable", pd=True, outlook=False,
     note="monthly newsletter to all parents (Bcc) with calendar table; school phone in footer",
     body=[
        ("h", "Nieuwsbrief Sint-Pieterscollege – september 2024"),
        "Beste ouders, de eerste maand zit erop! Hieronder vindt u wat er de komende weken op het programma staat.",
        ("h", "Welkom aan nieuwe collega's"),
        "We verwelkomen dit schooljaar vijf nieuwe collega's: mevrouw Samira Bouzid (Frans), meneer Thomas Maes (biologie), mevrouw Lore Vanhoutte (Nederlands), meneer Dries Wouters (economie) en mevrouw Agnieszka Zielinska (secretariaat, halftijds).",
        ("h", "Kalender"),
        ("table", [["Datum", "Activiteit", "Voor wie"],
                   ["do 3 oktober", "Schoolfotograaf", "alle klassen"],
                   ["woe 9 oktober", "Pedagogische studiedag – geen les", "alle leerlingen"],
                   ["vr 18 oktober", "Sportdag", "1ste en 2de graad"],
                   ["di 22 oktober", "Infoavond studiekeuze", "ouders 2de jaar"],
                   ["ma 28 okt - zo 3 nov", "Herfstvakantie", "iedereen"]]),
        ("h", "Ouderraad zoekt versterking"),
        "De ouderraad vergadert vijf keer per jaar, op dinsdagavond. Nieuwe ouders zijn meer dan welkom, ook als u maar af en toe kan komen. Stuur een berichtje naar ouderraad@sintpieterscollege.be.",
        ("h", "Fietsen naar school"),
        "Steeds meer leerlingen komen met de fiets. Fijn! Vanaf oktober controleert de lokale politie samen met ons de fietsverlichting. Een goede fietslamp kost minder dan een boete.",
        ("h", "Smartschool-meldingen"),
        "Ontvangt u geen meldingen van nieuwe berichten? Controleer dan in uw profiel of de e-mailmelding aan staat.",
        "Sint-Pieterscollege – " + ADDR + " – tel. " + TEL_SCHOOL + " – www.sintpieterscollege.be",
     ])

mail(slug="nieuwsbrief-december", genre="nieuwsbrief", lang="nl", date="2024-11-29 18:05",
     frm="info", to=["info"], bcc=["ouders"],
     subject="Nieuwsbrief december: examens, warmste week en oudercontact",
     kind="alt", cte="quoted-printable", pd=False,
     note="newsletter to all parents (Bcc); mentions the school's solidarity fund in general terms",
     body=[
        "Beste ouders",
        ("h", "Examens"),
        "De examens starten op maandag 9 december. Het examenrooster staat op Smartschool. Tijdens de examens zijn er geen lessen; na het examen mogen de leerlingen naar huis of blijven studeren in de studiezaal.",
        ("h", "De Warmste Week"),
        "Op vrijdag 20 december organiseert de leerlingenraad een warme chocomelk- en wafelverkoop. De opbrengst gaat naar een Leuvense jeugdwerking. Leerlingen mogen die dag in een kerst- of foute trui komen.",
        ("h", "Oudercontact na de examens"),
        "Het rapport wordt uitgedeeld op maandag 23 december. Op dezelfde avond is er oudercontact. Inschrijven kan vanaf 12 december via Smartschool.",
        ("h", "Solidariteitsfonds"),
        "Schoolkosten kunnen zwaar wegen, zeker in de maand december. Wist u dat de school een solidariteitsfonds heeft? Wie het moeilijk heeft met een schoolrekening, kan discreet contact opnemen met mevrouw Hilde Claes van de boekhouding. Samen zoeken we naar een oplossing, zoals een afbetalingsplan. Niemand anders hoeft daarvan te weten.",
        ("h", "Kerstvakantie"),
        "De kerstvakantie loopt van maandag 23 december (na het oudercontact) tot en met zondag 5 januari.",
        "Wij wensen u alvast fijne feestdagen!\nDirectie en personeel van het Sint-Pieterscollege",
     ])

mail(slug="ouderraad-spaghettiavond", genre="nieuwsbrief", lang="nl", date="2025-02-03 20:15",
     frm="ouderraad", to=["ouderraad"], bcc=["ouders"],
     subject="Uitnodiging spaghetti-avond van de ouderraad (za 15 maart)",
     kind="alt", cte="quoted-printable", pd=True,
     note="parents' council invitation to all parents (Bcc) with the council's IBAN for payment",
     body=[
        "Beste ouders",
        "Op zaterdag 15 maart organiseert de ouderraad opnieuw zijn spaghetti-avond in de refter van de school. Iedereen is welkom: ouders, grootouders, leerlingen, buren en oud-leerlingen!",
        ("table", [["", "Prijs"],
                   ["Spaghetti bolognese of veggie (volwassene)", "15 euro"],
                   ["Spaghetti (kind tot 12 jaar)", "9 euro"],
                   ["Dessert", "3 euro"]]),
        "Doorlopend van 17u30 tot 21u. Inschrijven kan tot 8 maart door te betalen op het rekeningnummer van de ouderraad " + IBAN_OUDERRAAD + " met vermelding van uw naam en het aantal porties.",
        "Met de opbrengst steunen we dit jaar de vernieuwing van de speelplaats en het solidariteitsfonds van de school.",
        "Wie wil helpen bij het koken, bedienen of afwassen, mag zich melden via ouderraad@sintpieterscollege.be.",
        "Tot dan!\nDe ouderraad",
     ])

mail(slug="personeelsinfo-week-42", genre="nieuwsbrief", lang="nl", date="2024-10-14 07:30",
     frm="ann", to=["ann"], bcc=["personeel"],
     subject="Personeelsinfo week 42",
     kind="plain", cte="8bit", pd=False,
     note="weekly internal staff bulletin (Bcc) with practical items; no pupil information",
     body="""Goeiemorgen allemaal

Personeelsinfo week 42 (14-18 oktober)

MAANDAG
- 12u10 vakgroepvergadring talen (B102)
- Vervanging: de lessen van mevr. Vanhoutte worden deze week opgevangen door meneer Wouters (3de en 4de uur) en studie (andere uren). Zie Untis.

DINSDAG
- MDO 2de graad om 15u45, vergaderzaal 1
- Brandoefening tussen 10u en 12u (nee, we zeggen niet wanneer precies ;-))

DONDERDAG
- Deadline punten 1ste rapport in Skore: 20u

VRIJDAG
- Sportdag 1ste en 2de graad. Begeleiders: zie lijst aan het bord in de leraarskamer. Vertrek bussen om 8u45.

VARIA
- Proficiat aan Thomas en zijn partner met de geboorte van hun dochtertje Mila!
- De koffiemachine in de leraarskamer is hersteld. Gelieve na gebruik de lekbak te legen.
- Nog 6 collega's moeten hun handtekening zetten onder het arbeidsreglement. Dat kan op het secretariaat.

Fijne week!
Ann
""")

mail(slug="nieuwsbrief-einde-schooljaar", genre="nieuwsbrief", lang="nl", date="2025-06-20 16:00",
     frm="info", to=["info"], bcc=["ouders"],
     subject="Laatste nieuwsbrief van het schooljaar + bereikbaarheid in de zomer",
     kind="alt", cte="quoted-printable", pd=True,
     note="end-of-year newsletter to all parents (Bcc) with summer opening hours and school phone",
     body=[
        "Beste ouders",
        "Het schooljaar loopt op zijn einde. Bedankt voor het vertrouwen, de samenwerking en de vele helpende handen!",
        ("h", "Rapport en oudercontact"),
        "Het rapport wordt uitgedeeld op vrijdag 27 juni tussen 13u en 18u, gevolgd door het oudercontact. Beslissingen van de klassenraad worden toegelicht door de klastitularis.",
        ("h", "Boeken voor volgend schooljaar"),
        "De boekenlijst en de link naar de webshop van de boekenleverancier vindt u op Smartschool vanaf 1 juli. Bestellen vóór 20 juli garandeert levering voor 1 september.",
        ("h", "Bereikbaarheid tijdens de zomer"),
        ("table", [["Periode", "Secretariaat"],
                   ["1 - 4 juli", "elke werkdag 9u - 12u en 13u - 16u"],
                   ["7 juli - 15 augustus", "gesloten"],
                   ["vanaf 18 augustus", "elke werkdag 9u - 12u"]]),
        "Tijdens de openingsuren kan u ons bereiken op " + TEL_SCHOOL + " of via secretariaat@sintpieterscollege.be.",
        ("h", "Start schooljaar"),
        "De lessen hervatten op maandag 1 september. Eerstejaars starten om 8u25, de andere jaren om 10u05.",
        "Een deugddoende zomer gewenst!\nDirectie en team",
     ])

mail(slug="nieuwsbrief-maart-opendeur-schoolstraat", genre="nieuwsbrief", lang="nl", date="2025-03-07 15:45",
     frm="info", to=["info"], bcc=["ouders"],
     subject="Nieuwsbrief maart",
     kind="plain", cte="8bit", charset="windows-1252", pd=False,
     note="spring newsletter to all parents (Bcc) about open day and school street",
     body="""Beste ouders

OPENDEURDAG
Op zondag 23 maart zetten we de deuren open voor toekomstige leerlingen en hun ouders, van 10u tot 16u. Kent u een gezin dat op zoek is naar een school? Spreek er gerust over. Leerlingen van het 5de en 6de jaar geven rondleidingen.

SCHOOLSTRAAT
Vanaf 1 april wordt de Ravenstraat een schoolstraat tussen 8u00 en 8u30 en tussen 15u45 en 16u15. In die periode mogen er geen auto's in de straat, behalve voor bewoners die buitenrijden. Zet uw kind af aan de parking van de sporthal, dat is 3 minuten wandelen.

PAASVAKANTIE
De paasvakantie loopt van maandag 7 april tot en met maandag 21 april (paasmaandag). De lessen hervatten op dinsdag 22 april.

VERLOREN VOORWERPEN
Aan het onthaal liggen intussen 31 jassen, 14 brooddozen en een contrabas (!). Wat vóór de paasvakantie niet is opgehaald, gaat naar een tweedehandswinkel.

Met vriendelijke groeten
Directie Sint-Pieterscollege
""")

# ---------------------------------------------------------------- pesten
mail(slug="anti-pestbeleid-alle-ouders", genre="pesten", lang="nl", date="2024-10-04 18:20",
     frm="kasia", to=["kasia"], bcc=["ouders"],
     subject="Samen tegen pesten: zo pakken wij het aan",
     kind="alt", cte="quoted-printable", pd=False,
     note="general anti-bullying policy letter to all parents (Bcc); describes signals and approach without any case",
     body=[
        "Geachte ouders",
        "Elke leerling moet zich veilig voelen op school. Pesten hoort daar niet bij. In deze brief leest u hoe we pesten voorkomen en aanpakken, en wat u als ouder kan doen.",
        ("h", "Plagen of pesten?"),
        "Plagen gebeurt tussen gelijken, is meestal kort en kan over en weer gaan. Pesten is herhaaldelijk, gericht op dezelfde persoon, en er is een machtsverschil: de gepeste kan zich moeilijk verdedigen. Ook online (groepschats, sociale media) kan pesten.",
        ("h", "Wat doet de school?"),
        ("ul", ["Preventie: klasuren over groepssfeer, een peter- en meterschap voor eerstejaars, vertrouwensleerkrachten en toezicht op speelplaats en refter.",
                "Melden: leerlingen (en ouders) kunnen pesten melden bij elke leraar, bij de leerlingenbegeleiding of via de meldknop op Smartschool. Een melding wordt altijd opgevolgd.",
                "Aanpak: we werken met de steungroepaanpak (No Blame). Daarbij zoeken we samen met een groep leerlingen, ook de pesters en meelopers, hoe het beter kan, zonder eerst schuldigen aan te wijzen. Als dat niet volstaat, volgen herstelgesprekken en, indien nodig, maatregelen uit het schoolreglement.",
                "Opvolging: we blijven in contact met de betrokken leerlingen en hun ouders tot de situatie echt verbeterd is."]),
        ("h", "Signalen waar u op kan letten"),
        "Uw kind wil plots niet meer naar school, heeft vaak buikpijn op zondagavond, komt met kapotte spullen thuis, trekt zich terug of reageert schrikachtig op meldingen op de gsm. Dat kan ook andere oorzaken hebben, maar het is de moeite om het te bespreken.",
        ("h", "Wat kan u doen?"),
        "Luister en neem het ernstig. Reageer niet zelf bij de andere leerling of diens ouders, maar neem contact op met de klastitularis of de leerlingenbegeleiding. Bewaar bij online pesten screenshots.",
        "Met vriendelijke groeten\nKatarzyna Nowak en Fatma Yilmaz\nleerlingenbegeleiding",
     ])

mail(slug="signalen-groepschats-tweede-jaar", genre="pesten", lang="nl", date="2025-01-28 17:50",
     frm="fatma", to=["fatma"], bcc=["ouders2"],
     subject="Kwetsende berichten in groepschats – vraag aan alle ouders van het tweede jaar",
     kind="plain", cte="quoted-printable", pd=False,
     note="year-level letter (Bcc) about hurtful group-chat messages; no pupil identified",
     body="""Beste ouders van het tweede jaar

De voorbije weken kregen we van verschillende kanten signalen over kwetsende berichten en doorgestuurde foto's in groepschats waarin leerlingen van het tweede jaar zitten. Het gaat niet om één klas of één groepje, en we willen niemand met de vinger wijzen. We schrijven u omdat dit soort dingen vaak 's avonds en thuis gebeurt, buiten ons zicht.

Wat doen wij?
- In alle klassen van het tweede jaar is er deze week een klasuur over online omgangsvormen, samen met de leerlingenbegeleiding.
- Leerlingen weten dat ze kunnen melden, ook anoniem via Smartschool.
- Waar we concrete meldingen krijgen, volgen we die op met de betrokken leerlingen en hun ouders, zoals beschreven in ons anti-pestbeleid.

Wat vragen we aan u?
- Praat thuis over wat uw kind online meemaakt, zonder meteen de gsm af te nemen (dan vertellen jongeren het de volgende keer niet meer).
- Spreek af dat er geen foto's van anderen doorgestuurd worden zonder toestemming.
- Ziet u iets dat niet door de beugel kan? Maak een screenshot en neem contact op met de leerlingenbegeleiding.

Op donderdag 13 februari om 19u30 is er in de refter een infoavond over cyberpesten en sexting voor ouders, met een medewerker van Child Focus. Inschrijven via Smartschool.

Met vriendelijke groeten
Fatma Yilmaz
leerlingenbegeleider eerste graad
""")

mail(slug="vorming-steungroepaanpak-personeel", genre="pesten", lang="nl", date="2024-11-04 12:25",
     frm="kasia", to=["kasia"], bcc=["personeel"],
     subject="Vorming steungroepaanpak (No Blame) – wie doet mee?",
     kind="alt", cte="quoted-printable", pd=False,
     note="invitation for staff to a training on the no-blame method; general",
     body=[
        "Dag collega's",
        "Op woensdagnamiddag 27 november organiseren we een vorming over de steungroepaanpak. Die methode gebruiken we bij pestsituaties, maar ze is ook bruikbaar bij uitsluiting of spanningen in een klasgroep.",
        "Wat leer je?",
        ("ol", ["het verschil tussen plagen, ruzie en pesten herkennen",
                "een gesprek met een gepeste leerling voeren zonder de situatie erger te maken",
                "een steungroep samenstellen en begeleiden in zeven stappen",
                "de opvolging: wanneer is het 'opgelost'?"]),
        "We werken met verzonnen casussen. Echte situaties bespreken we niet in de vorming, wel in het zorgoverleg.",
        "Vooral klastitularissen van de eerste graad worden verwacht, maar iedereen is welkom. Inschrijven via Smartschool-formulier tot 20 november.",
        "Groetjes\nKasia",
     ],
     attach=[("vorming-steungroepaanpak.ics", "text/calendar", ics("Vorming steungroepaanpak", "20241127T133000", "20241127T163000", "Mediatheek"))])

mail(slug="antwoord-pesten-melden-anoniem", genre="pesten", lang="nl", date="2024-12-02 13:14",
     frm="fatma", to=[("Sarah De Vos", "sarah.devos@gmail.com")],
     subject="RE: Kan pesten anoniem gemeld worden?",
     kind="plain", cte="8bit", pd=True, tags=["reply"],
     in_reply_to="<CAJ8yL0pQ4@mail.gmail.com>",
     note="answer to one parent's general question on anonymous reporting; phone in signature",
     body="""Beste mevrouw De Vos

Ja, dat kan. Op Smartschool staat in de linkerbalk een knop "Ik wil iets melden". Leerlingen kunnen daar anoniem laten weten dat ze pesten zien of meemaken. De melding komt terecht bij de leerlingenbegeleiding van de graad.

Eerlijk gezegd: een anonieme melding is een goed begin, maar we kunnen er soms minder mee doen omdat we niet kunnen doorvragen. Daarom moedigen we leerlingen aan om, als ze dat durven, ook hun naam te geven. We gaan er altijd discreet mee om en we zeggen nooit aan andere leerlingen wie iets gemeld heeft.

Ouders kunnen ook melden, via de klastitularis of rechtstreeks bij ons.

Met vriendelijke groeten
Fatma Yilmaz
leerlingenbegeleider eerste graad
Sint-Pieterscollege
tel. 016 29 84 16

Van: Sarah De Vos <sarah.devos@gmail.com>
Verzonden: zondag 1 december 2024 20:40
Aan: fatma.yilmaz@sintpieterscollege.be
Onderwerp: Kan pesten anoniem gemeld worden?

Dag mevrouw Yilmaz, een vriendin vertelde dat leerlingen op de school van haar kinderen pesten anoniem kunnen melden. Kan dat bij jullie ook? Groetjes, Sarah
""")

mail(slug="zit-je-ergens-mee-leerlingen", genre="pesten", lang="nl", date="2024-09-23 11:40",
     frm="kasia", to=["kasia"], bcc=["leerlingen"],
     subject="Zit je ergens mee? Hier kan je terecht",
     kind="html", cte="quoted-printable", pd=False, outlook=False,
     note="message to all pupils (Bcc) listing whom they can talk to; no phone numbers",
     body=[
        "Hey iedereen",
        "Soms loopt het even niet zoals je wil. Ruzie met vrienden, iemand die je online lastigvalt, stress voor toetsen, of gewoon een rotgevoel dat niet weggaat. Je hoeft daar niet alleen mee te blijven zitten.",
        "Op school kan je terecht bij:",
        ("ul", ["je klastitularis of eender welke leraar die je vertrouwt",
                "de leerlingenbegeleiding: Fatma (1ste graad, lokaal A012) en Kasia (2de en 3de graad, lokaal A014)",
                "het CLB-anker: elke dinsdagvoormiddag in B014, zonder afspraak",
                "de meldknop 'Ik wil iets melden' op Smartschool (kan ook anoniem)"]),
        "Liever met iemand buiten school praten? Op awel.be kan je anoniem chatten, en op nupraatikerover.be vind je info over vertrouwenscentra.",
        "Zie je dat een klasgenoot het moeilijk heeft? Spreek hem of haar aan, of vertel het aan een van ons. Dat is geen verklikken, dat is zorgen voor elkaar.",
        "Kasia en Fatma",
     ])

mail(slug="week-tegen-pesten-activiteiten", genre="pesten", lang="nl", date="2025-02-10 08:10",
     frm="fatma", to=["fatma"], bcc=["personeel"],
     subject="Vlaamse Week tegen Pesten: activiteiten per graad",
     kind="alt", cte="8bit", html_cte="quoted-printable", pd=False,
     note="staff planning for the anti-bullying week with activities per grade",
     body=[
        "Dag collega's",
        "Van 17 tot 21 februari is het de Week tegen Pesten. Dit zijn de activiteiten per graad:",
        ("table", [["Graad", "Activiteit", "Wanneer", "Wie begeleidt"],
                   ["1ste graad", "klasuur 'Ik zie je' + posters maken", "maandag 3de uur", "klastitularissen"],
                   ["1ste graad", "theatervoorstelling over online pesten", "woensdag 1ste-2de uur", "Fatma + LO"],
                   ["2de graad", "workshop groepsdruk", "dinsdag 5de uur", "leerlingenbegeleiding"],
                   ["3de graad", "debat 'Grap of grens?'", "donderdag 7de uur", "vakgroep godsdienst"],
                   ["iedereen", "kleurrijke sokkendag", "vrijdag", "leerlingenraad"]]),
        "De lesmaterialen staan op Smartschool > Leerlingenbegeleiding > Week tegen Pesten.",
        "Bedankt om mee te doen!\nFatma",
     ])

# ---------------------------------------------------------------- examens
mail(slug="examenrooster-eerste-graad-december", genre="examens", lang="nl", date="2024-11-22 16:00",
     frm="ann", to=["ann"], bcc=["ouders1", "ouders2"],
     subject="Examenrooster eerste graad – december 2024",
     kind="alt", cte="quoted-printable", pd=False,
     note="exam timetable for first-grade parents (Bcc) as table",
     body=[
        "Beste ouders",
        "Hieronder vindt u het examenrooster voor de eerste graad. De examens starten telkens om 8u25. Leerlingen mogen na hun examen naar huis vertrekken (met toestemming van de ouders, zie Smartschool-formulier) of studeren in de studiezaal tot 12u05.",
        ("table", [["Dag", "1ste jaar", "2de jaar"],
                   ["ma 9 december", "Nederlands", "Wiskunde"],
                   ["di 10 december", "Wiskunde", "Nederlands"],
                   ["woe 11 december", "Aardrijkskunde", "Frans"],
                   ["do 12 december", "Frans", "Geschiedenis + Aardrijkskunde"],
                   ["vr 13 december", "Natuurwetenschappen", "Engels"],
                   ["ma 16 december", "Engels", "Natuurwetenschappen"],
                   ["di 17 december", "Geschiedenis", "Techniek"],
                   ["woe 18 december", "inhaaldag", "inhaaldag"]]),
        "Op donderdag 19 en vrijdag 20 december zijn er klassenraden; de leerlingen zijn dan vrij. Op vrijdag 20 december is er wel de activiteit voor de Warmste Week in de namiddag.",
        "Vriendelijke groeten\nAnn Wuyts, adjunct-directeur",
     ])

mail(slug="studietips-ouders-eerste-jaar", genre="examens", lang="nl", date="2024-11-25 19:00",
     frm="fatma", to=["fatma"], bcc=["ouders1"],
     subject="Hoe helpt u uw kind tijdens de eerste examens?",
     kind="plain", cte="8bit", pd=False,
     note="study tips letter to first-year parents (Bcc); general",
     body="""Beste ouders

Voor de eerstejaars zijn dit de allereerste echte examens. Dat is spannend, en soms ook voor de ouders! Enkele tips uit de praktijk:

1. Planning: laat uw kind een planning maken (we oefenden dat in de lessen 'leren leren'). Kijk samen of ze realistisch is: elke dag een paar blokken van 50 minuten, met pauzes.
2. Rustige plek: een opgeruimde tafel, de gsm in een andere kamer. Muziek mag, zolang het niet afleidt.
3. Overhoren: vraag uw kind de leerstof aan u uit te leggen. Wie iets kan uitleggen, begrijpt het.
4. Slaap en eten: voldoende slapen is belangrijker dan 's nachts nog een hoofdstuk doornemen.
5. Stress: wat spanning is normaal. Blijft uw kind piekeren, slaapt het slecht of zit het echt vast? Laat het ons weten, de leerlingenbegeleiding helpt graag.
6. Na het examen: vraag niet meteen "Hoeveel ga je hebben?", maar "Hoe ging het?" en laat het daarna los. Het volgende examen telt.

En vooral: een eerste examenperiode is een leerperiode. Ook de klassenraad kijkt naar de evolutie, niet enkel naar de punten.

Veel succes aan iedereen!

Fatma Yilmaz
leerlingenbegeleider eerste graad
""")

mail(slug="examenreglement-ziek-fraude", genre="examens", lang="nl", date="2024-11-28 12:00",
     frm="ann", to=["ann"], bcc=["ouders"],
     subject="Examenafspraken: ziekte, te laat komen en onregelmatigheden",
     kind="plain", cte="quoted-printable", pd=True,
     note="exam rules for all parents (Bcc) with the secretariat phone number to report illness",
     body="""Geachte ouders

Vóór de examens herhalen we graag enkele afspraken uit het examenreglement (deel II, hoofdstuk 4 van het schoolreglement).

1. Ziek tijdens de examens
   - Verwittig het secretariaat vóór 8u15 op 016 29 84 10.
   - Voor elke afwezigheid tijdens de examenperiode is een medisch attest nodig, ook voor één dag. Een briefje van de ouders volstaat niet.
   - De klassenraad beslist of een gemist examen ingehaald wordt. Inhaalexamens gaan in principe door op de inhaaldag.

2. Te laat
   - Wie te laat komt, mag tot 30 minuten na de start nog binnen, maar krijgt geen extra tijd.
   - Bij vertraging van De Lijn of de NMBS vragen we een vertragingsattest.

3. Onregelmatigheden
   - Een gsm of smartwatch bij je hebben tijdens een examen geldt als onregelmatigheid, ook als hij uit staat.
   - Spieken, afkijken of informatie doorgeven wordt gemeld aan de directie. Zij beslist, na een gesprek met de leerling, over de gevolgen (bv. een nul voor dat examen of een nieuw examen).

4. Aangepaste examenregeling
   Leerlingen met afspraken rond redelijke aanpassingen (bv. extra tijd of een apart lokaal) kennen hun afspraken. Twijfelt u? Vraag het na bij de klastitularis.

Met vriendelijke groeten
Ann Wuyts
adjunct-directeur
""")

mail(slug="toezichtrooster-examens-personeel", genre="examens", lang="nl", date="2024-11-29 14:35",
     frm="ann", to=["ann"], bcc=["personeel"],
     subject="Toezichtrooster examens december (bijlage)",
     kind="plain", cte="8bit", pd=False,
     note="staff invigilation schedule with a CSV of staff initials and rooms; no pupil data",
     body="""Dag collega's

In bijlage het toezichtrooster voor de examens. Kijk het na en verwissel onderling als het niet past; laat het wel weten aan mij.

Afspraken:
- Wees 10 min. vóór het examen in je lokaal.
- Gsm's van leerlingen gaan in de bak aan de deur.
- Leerlingen met een aparte regeling (extra tijd, apart lokaal) staan op de lijst in het examensecretariaat. Neem die lijst niet mee naar huis.
- Wie ziek wordt: bel meteen naar het secretariaat, niet enkel een mailtje.

Ann
""",
     attach=[("toezichten-examens-december.csv", "text/csv", (
        "datum;uur;lokaal;toezichter 1;toezichter 2\r\n"
        "2024-12-09;8u25-10u05;A101;IDS;MK\r\n"
        "2024-12-09;8u25-10u05;A102;SB;TM\r\n"
        "2024-12-09;8u25-11u00;refter;JP;EJ;LV\r\n"
        "2024-12-10;8u25-10u05;A101;DW;IDS\r\n"
        "2024-12-10;8u25-10u05;A102;MK;SB\r\n"
        "2024-12-10;8u25-11u00;refter;TM;JP\r\n"
        "2024-12-11;8u25-10u05;A101;EJ;LV\r\n"
        "2024-12-11;8u25-11u00;refter;DW;SB\r\n").encode("utf-8"))])

mail(slug="exam-period-info-english", genre="examens", lang="en", date="2024-11-26 10:40",
     frm="sofie", to=[("Olga Petrenko", "olga.petrenko@gmail.com")],
     subject="Exam period December – information in English",
     kind="plain", cte="quoted-printable", pd=False,
     note="English exam-period information to one parent who asked for it; general",
     body="""Dear Ms Petrenko,

As promised at the reception desk, here is a short summary in English of how the December exam period works.

- Exams run from Monday 9 December to Wednesday 18 December. The timetable per class is on Smartschool (Planner).
- There are no regular lessons. Pupils come to school for their exam (start 8:25) and may go home afterwards if parents have given permission on Smartschool. Otherwise they stay in the study hall until 12:05.
- If your child is ill during the exam period, please call the school before 8:15 and hand in a doctor's certificate. This is required for every day of absence during exams.
- Phones and smartwatches are not allowed in the exam room.
- On 19 and 20 December the teachers meet in class councils; pupils are free.
- Report cards are handed out on Monday 23 December, followed by the parent-teacher evening. You can book a time slot on Smartschool from 12 December. If you would like an interpreter, let us know a week in advance.

Best regards,
Sofie Vandenbroucke
Pupil administration
Sint-Pieterscollege
""")

mail(slug="antwoord-inhaalexamen-procedure", genre="examens", lang="nl", date="2024-12-04 15:08",
     frm="ann", to=[("Ines Mertens", "ines.mertens@telenet.be")],
     subject="RE: Wat als een leerling een examen mist?",
     kind="alt", cte="quoted-printable", pd=False, tags=["reply"],
     in_reply_to="<00c301db4650$8a9e2c10$9fda8430$@telenet.be>",
     note="answer to one parent's general question on missed exams; Outlook-style quoted original",
     body=[
        "Beste mevrouw Mertens",
        "Bedankt voor uw vraag. Wanneer een leerling een examen mist door ziekte (met medisch attest), gaat het zo:",
        ("ol", ["Het gemiste examen wordt in principe ingehaald op de inhaaldag, woensdag 18 december.",
                "Mist een leerling meerdere examens, dan maakt de adjunct-directeur een individuele regeling, eventueel na de kerstvakantie.",
                "Soms oordeelt de klassenraad dat er voldoende gegevens zijn om zonder dat examen een beslissing te nemen. Dan hoeft het niet ingehaald te worden."]),
        "Zonder medisch attest is de afwezigheid niet gewettigd en kan het examen niet zomaar ingehaald worden. In uitzonderlijke situaties (bv. een overlijden in de familie) bekijken we dat uiteraard met begrip.",
        "Met vriendelijke groeten\nAnn Wuyts\nadjunct-directeur",
        ("raw", outlook_quote("Ines Mertens <ines.mertens@telenet.be>", "dinsdag 3 december 2024 21:26",
                              "ann.wuyts@spc.ksleuven.be", "Wat als een leerling een examen mist?",
                              "Goedenavond,\nIk vroeg me af hoe het zit als een leerling ziek is tijdens de examens. Wordt zo'n examen dan later ingehaald?\nMet vriendelijke groeten,\nInes Mertens")),
     ])

# ---------------------------------------------------------------- oudercontact
mail(slug="uitnodiging-oudercontact-oktober", genre="oudercontact", lang="nl", date="2024-10-11 16:50",
     frm="ann", to=["ann"], bcc=["ouders"],
     subject="Uitnodiging oudercontact dinsdag 5 november",
     kind="alt", cte="quoted-printable", pd=False,
     note="invitation to the first parent-teacher evening for all parents (Bcc)",
     body=[
        "Beste ouders",
        "Na het eerste rapport nodigen we u graag uit op het oudercontact van dinsdag 5 november, van 16u30 tot 20u30.",
        ("h", "Hoe inschrijven?"),
        ("ol", ["Meld u aan op Smartschool met uw co-account.",
                "Klik op 'Oudercontact' in het startmenu.",
                "Kies de leraren die u wil spreken en een vrij tijdslot (telkens 10 minuten).",
                "U krijgt een bevestiging met het lokaal."]),
        "Inschrijven kan van maandag 21 oktober tot en met vrijdag 31 oktober.",
        ("h", "Liever online of met een tolk?"),
        "Bij de inschrijving kan u aanduiden dat u liever online (via Teams) praat. Wenst u een tolk (bv. Arabisch, Turks, Pools, Frans of Engels)? Laat het weten aan het secretariaat, uiterlijk een week op voorhand.",
        ("h", "Kan u niet?"),
        "Neem dan contact op met de klastitularis voor een andere afspraak. Een gesprek is altijd mogelijk, ook buiten de oudercontacten.",
        "Tot dan!\nAnn Wuyts, adjunct-directeur",
     ])

mail(slug="oudercontact-praktisch-personeel", genre="oudercontact", lang="nl", date="2024-10-30 13:20",
     frm="ann", to=["ann"], bcc=["personeel"],
     subject="Oudercontact 5/11 – praktische afspraken",
     kind="plain", cte="8bit", pd=False,
     note="staff logistics for parents' evening; no pupil information",
     body="""Dag collega's

Enkele praktische afspraken voor dinsdag:

- Lokalen: iedereen zit in zijn eigen vaklokaal, behalve LO (refter, tafel 1-3) en de collega's die online gesprekken hebben (B-gang, lokalen B101-B104, met laptop en headset).
- Tijdslots: 10 minuten. Loopt een gesprek uit, stel dan een vervolgafspraak voor in plaats van de volgende ouders te laten wachten.
- Tolken: er zijn tolken Arabisch en Pools aanwezig van 17u tot 20u. Het schema hangt aan het onthaal.
- Broodjes: vanaf 16u in de leraarskamer, zolang de voorraad strekt :-)
- Vergeet niet na afloop in het LVS kort te noteren dat het gesprek plaatsvond. Inhoudelijke afspraken over zorg noteer je daar ook, niet in een mail aan het klassenteam.

Bedankt en tot dinsdag!
Ann
""")

mail(slug="online-oudercontact-teams-link", genre="oudercontact", lang="nl", date="2024-11-04 18:40",
     frm="eline", to=[("Bart Wouters", "bart.wouters@telenet.be")],
     subject="Online oudercontact dinsdag 5/11 om 18u40 – Teams-link",
     kind="alt", cte="quoted-printable", pd=False,
     note="meeting passcode: Teams link and passcode for one parent's online slot; no credential, no pupil fact",
     body=[
        "Beste meneer Wouters",
        "U koos voor een online oudercontact. Hieronder vindt u de gegevens om morgen deel te nemen. Klik een paar minuten vooraf op de link; ik laat u binnen vanuit de wachtruimte.",
        ("raw", "Microsoft Teams – Deelnemen aan de vergadering\n"
                "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzM2YjE4ZDQtOTg1Ni00YzQx%40thread.v2/0\n"
                "Vergadering-ID: 381 224 906 517\n"
                "Wachtwoordcode: Xk7p2Q"),
        "Het gesprek duurt 10 minuten. Lukt het technisch niet, stuur dan even een bericht via Smartschool, dan zoeken we een ander moment.",
        "Met vriendelijke groeten\nEline Janssens\nklastitularis",
     ])

mail(slug="reunion-parents-fr", genre="oudercontact", lang="fr", date="2024-10-21 12:05",
     frm="samira", to=[("Aline Lemaire", "aline.lemaire@skynet.be")],
     subject="Réunion de parents du 5 novembre",
     kind="plain", cte="8bit", pd=True,
     note="French invitation to the parents' evening sent to one francophone parent; school phone",
     body="""Chère Madame Lemaire,

Comme convenu, voici les informations pour la réunion de parents du mardi 5 novembre, de 16h30 à 20h30.

Vous pouvez choisir vous-même les professeurs que vous souhaitez rencontrer via Smartschool (menu « Oudercontact »), entre le 21 et le 31 octobre. Chaque entretien dure dix minutes. Si vous préférez un entretien en français, indiquez-le simplement dans la case « remarque » : plusieurs collègues parlent français, et je peux être présente lors d'un entretien si vous le souhaitez.

Si vous ne trouvez pas de créneau, n'hésitez pas à appeler le secrétariat au 016 29 84 10 pour fixer un autre rendez-vous.

Bien à vous,

Samira Bouzid
professeur de français
Sint-Pieterscollege
""")

mail(slug="antwoord-oudercontact-ander-moment", genre="oudercontact", lang="nl", date="2024-11-01 09:12",
     frm="eline", to=[("Hanne Claes", "hanne.claes@outlook.com")],
     subject="Re: Oudercontact – andere datum mogelijk?",
     kind="plain", cte="quoted-printable", pd=False, tags=["reply"],
     in_reply_to="<PAXPR08MB6959@eurprd08.prod.outlook.com>",
     note="form teacher offers one parent another slot because of shift work; no pupil fact",
     body="""Dag mevrouw Claes

Geen probleem, dat begrijp ik heel goed. Ik kan u een gesprek voorstellen op:
- donderdag 7 november om 16u15, of
- maandag 11 november (geen les, maar ik ben op school voor een vergadering) om 10u30.

Als u ook de leraar wiskunde of Nederlands wil spreken, laat het me weten; dan vraag ik of zij kunnen aansluiten. Online kan ook.

Vriendelijke groeten
Eline Janssens

Op 31 okt. 2024 om 22:03 heeft Hanne Claes <hanne.claes@outlook.com> het volgende geschreven:

> Beste mevrouw Janssens, ik werk in ploegen en kan op 5 november niet naar het oudercontact komen. Is er een andere mogelijkheid?
> Groetjes Hanne
""")

mail(slug="oudercontact-derde-graad-leerlingen-welkom", genre="oudercontact", lang="nl", date="2025-03-14 15:30",
     frm="kasia", to=["kasia"], bcc=["ouders5", "ouders6"],
     subject="Oudercontact derde graad: leerlingen zijn welkom",
     kind="html", cte="quoted-printable", pd=False, outlook=True,
     note="invitation to parents of grade 3 (Bcc) with calendar attachment",
     body=[
        "Beste ouders van het vijfde en zesde jaar",
        "Op donderdag 3 april is er oudercontact na het paasrapport. In de derde graad vinden we het belangrijk dat de leerlingen zelf mee aan tafel zitten: het gaat tenslotte over hun studieloopbaan.",
        "Thema's die aan bod kunnen komen:",
        ("ul", ["hoe loopt het studeren en plannen, nu de hoeveelheid leerstof toeneemt?",
                "de keuze na het secundair: hoger onderwijs, werken, een Se-n-Se-opleiding?",
                "de resultaten van de paasexamens en eventuele remediëring"]),
        "Inschrijven via Smartschool vanaf 24 maart. In bijlage een agenda-item.",
        "Vriendelijke groeten\nKatarzyna Nowak\nleerlingenbegeleider 2de en 3de graad",
     ],
     attach=[("oudercontact-3de-graad.ics", "text/calendar", ics("Oudercontact derde graad", "20250403T163000", "20250403T203000", "Sint-Pieterscollege, Ravenstraat 112, Leuven"))])

# ---------------------------------------------------------------- factuur
mail(slug="eerste-schoolrekening-aankondiging", genre="factuur", lang="nl", date="2024-10-15 14:00",
     frm="hilde", to=["hilde"], bcc=["ouders"],
     subject="Eerste schoolrekening 2024-2025",
     kind="alt", cte="quoted-printable", pd=True,
     note="announcement of the first invoice to all parents (Bcc) with the school's IBAN",
     body=[
        "Beste ouders",
        "Deze week ontvangt u via Smartschool (module Documenten > Rekeningen) de eerste schoolrekening van dit schooljaar. Daarop staan de kosten van september en oktober: werkboeken, kopieën, zwemmen, de sportdag en eventuele uitstappen.",
        ("h", "Hoe betalen?"),
        ("ul", ["Via overschrijving op rekening " + IBAN_SCHOOL + " van vzw Sint-Pieterscollege.",
                "Gebruik altijd de gestructureerde mededeling die op uw rekening staat. Zo wordt uw betaling automatisch aan de juiste leerling gekoppeld.",
                "Of via domiciliëring: dan hoeft u niets te doen. Een mandaat aanvragen kan bij het secretariaat."]),
        "Betalen kan tot 15 november.",
        ("h", "Vragen of moeilijkheden?"),
        "Klopt er iets niet op uw rekening, of is het moeilijk om alles in één keer te betalen? Neem dan contact op met mevrouw Hilde Claes (boekhouding). We zoeken discreet naar een oplossing, bijvoorbeeld een spreiding in kleinere bedragen.",
        "Met vriendelijke groeten\nHilde Claes\nboekhouding & schoolrekeningen",
     ])

mail(slug="kostenraming-per-jaar", genre="factuur", lang="nl", date="2024-08-28 11:30",
     frm="hilde", to=["hilde"], bcc=["ouders1"],
     subject="Wat kost een schooljaar? Kostenraming eerste jaar",
     kind="alt", cte="base64", pd=False,
     note="cost estimate table for first-year parents (Bcc); no account number",
     body=[
        "Beste ouders van het eerste jaar",
        "Om u te helpen plannen, vindt u hieronder een raming van de kosten voor het eerste jaar. Het zijn richtprijzen: de werkelijke kosten kunnen iets hoger of lager liggen.",
        ("table", [["Kostenpost", "Verplicht?", "Richtprijs"],
                   ["Werkboeken en kopieën", "ja", "135 euro"],
                   ["Huur handboeken", "ja", "60 euro"],
                   ["Zwemmen (10 beurten)", "ja", "25 euro"],
                   ["Sportdag en culturele activiteiten", "ja", "40 euro"],
                   ["Driedaagse kennismakingsuitstap", "ja (bij afwezigheid zonder geldige reden wordt niet terugbetaald)", "165 euro"],
                   ["Sport-T-shirt", "ja, eenmalig", "12 euro"],
                   ["Middagmaal warm (per maaltijd)", "nee", "4,80 euro"],
                   ["Schoolfoto's", "nee", "ca. 18 euro"]]),
        "De kosten worden verspreid over vier rekeningen: oktober, december, maart en juni.",
        "Een schooljaar kost veel, zeker als er meer kinderen naar school gaan. Vindt u dat de kosten niet haalbaar zijn? Aarzel niet om de boekhouding of de directie aan te spreken. Niemand wordt uitgesloten van een activiteit omdat een rekening niet (meteen) betaald kan worden.",
        "Vriendelijke groeten\nHilde Claes\nboekhouding",
     ])

mail(slug="herinnering-schoolrekening-alle-ouders", genre="factuur", lang="nl", date="2024-11-18 10:05",
     frm="hilde", to=["hilde"], bcc=["ouders"],
     subject="Herinnering: schoolrekening oktober",
     kind="plain", cte="quoted-printable", pd=True,
     note="general reminder about the invoice to all parents (Bcc) with IBAN; not about a specific family",
     body="""Beste ouders

De vervaldag van de eerste schoolrekening (15 november) is voorbij. Een groot deel van de rekeningen is intussen betaald, waarvoor dank.

Heeft u al betaald? Dan mag u deze mail negeren. Betalingen van de laatste dagen zijn mogelijk nog niet verwerkt.

Nog niet betaald? Dan vragen we u het bedrag zo snel mogelijk over te maken op rekening BE60 7340 1951 2870, met de gestructureerde mededeling die op uw rekening staat. U vindt de rekening terug op Smartschool > Documenten > Rekeningen.

Lukt het niet om de volledige rekening te betalen? Neem dan contact met mij op. We maken dan samen een afbetalingsplan, in alle discretie. Leerlingen worden hier nooit bij betrokken.

Met vriendelijke groeten
Hilde Claes
boekhouding & schoolrekeningen
""")

mail(slug="antwoord-domiciliering-aanvragen", genre="factuur", lang="nl", date="2024-10-22 11:47",
     frm="hilde", to=[("Koen Maes", "koen.maes@proximus.be")],
     subject="RE: domiciliëring schoolrekening",
     kind="plain", cte="8bit", charset="windows-1252", pd=False, tags=["reply"],
     in_reply_to="<20241021193012.4F2A@proximus.be>",
     note="bookkeeping explains to one parent how to set up direct debit; no account numbers",
     body="""Beste meneer Maes

Dat kan zeker. Zo gaat het in zijn werk:

1. U vraagt een domiciliëringsmandaat aan bij het secretariaat, of u downloadt het op Smartschool (Intradesk > Formulieren > Domiciliëring).
2. U vult uw gegevens en uw rekeningnummer in en ondertekent het formulier.
3. U geeft het formulier af op het secretariaat (niet via mail, omdat er bankgegevens op staan).
4. Vanaf de volgende rekening wordt het bedrag automatisch afgehouden, telkens ongeveer tien dagen nadat u de rekening ontvangen heeft. U kan een domiciliëring altijd stopzetten of een afhouding laten terugstorten via uw bank.

De rekening van oktober betaalt u dus nog best met een gewone overschrijving.

Vriendelijke groeten
Hilde Claes
boekhouding

-----Oorspronkelijk bericht-----
Van: Koen Maes <koen.maes@proximus.be>
Verzonden: maandag 21 oktober 2024 21:30
Aan: hcl@spc.ksleuven.be
Onderwerp: domiciliëring schoolrekening

Goedenavond, kunnen we de schoolrekeningen ook via domiciliëring betalen? Hoe moeten we dat aanvragen?
Koen Maes
""")

mail(slug="uitstapkosten-doorrekenen-boekhouding", genre="factuur", lang="nl", date="2025-03-18 12:55",
     frm="mbuyi", to=["hilde"],
     subject="uitstap 4de jaar Brussel – kosten voor de rekening",
     kind="plain", cte="8bit", pd=False,
     note="teacher tells bookkeeping the per-pupil cost of a class trip; no individual payment information",
     body="""Hoi Hilde

Voor de uitstap van het 4de jaar naar Brussel (Parlamentarium + Atomium) van vorige donderdag:

- bus: 1 240 euro voor 3 bussen
- Atomium groepstarief: 9 euro pp
- Parlamentarium: gratis

Er gingen 71 leerlingen mee (4A, 4B, 4C). Dat komt op 26,50 euro per leerling (afgerond). Kan dat nog op de rekening van maart? Of is die al vetrokken?

De 2 leerlingen die niet meegingen hadden een attest, die mogen er dus af. Namen staan in de afwezigheden in Smartschool, die zie je daar wel.

Merci!
Mbuyi
""")

mail(slug="betalingsspreiding-solidariteitsfonds", genre="factuur", lang="nl", date="2024-09-13 15:15",
     frm="geert", to=["geert"], bcc=["ouders"],
     subject="Schoolkosten spreiden: zo kunnen we helpen",
     kind="plain", cte="8bit", charset="windows-1252", pd=False,
     note="general letter to all parents (Bcc) on payment plans, solidarity fund and cooperation with social services",
     body="""Geachte ouders

Schoolkosten tellen op: werkboeken, uitstappen, een laptop, sportkledij. Voor veel gezinnen is dat een flinke hap uit het budget, zeker in september. Daarom zetten we graag op een rij hoe de school kan helpen.

1. Spreiding. We sturen vier rekeningen per schooljaar in plaats van één grote. Wil u liever maandelijks een vast bedrag betalen? Dat kan, op vraag.
2. Afbetalingsplan. Lukt een rekening niet in één keer, dan maken we een plan op maat. Dat gebeurt tussen u en de boekhouding; de klastitularis en de leerlingen weten daar niets van.
3. Solidariteitsfonds. Met steun van de ouderraad en de opbrengst van acties kan de school in bepaalde situaties een deel van de kosten dragen, bijvoorbeeld voor een meerdaagse uitstap.
4. Samenwerking met het Sociaal Huis. Sommige gezinnen worden al begeleid door het OCMW of het Sociaal Huis van hun gemeente. Als u dat wenst, kunnen wij rechtstreeks met hen afspraken maken over de schoolrekening.
5. Schooltoeslag. Gezinnen met een beperkt inkomen krijgen via het Groeipakket automatisch een schooltoeslag. Twijfelt u of u daar recht op hebt? Wij helpen graag zoeken.

Aarzel niet om het te vragen. U bent zeker niet de enige, en we gaan er discreet mee om.

Met vriendelijke groeten
Geert Van Roey
directeur
""")

# ---------------------------------------------------------------- schooltoelage
mail(slug="schooltoeslag-groeipakket-info", genre="schooltoelage", lang="nl", date="2024-09-24 17:10",
     frm="sofie", to=["secr"], bcc=["ouders"],
     subject="Schooltoeslag via het Groeipakket: goed om te weten",
     kind="alt", cte="quoted-printable", pd=False,
     note="general information on the Flemish school allowance to all parents (Bcc)",
     body=[
        "Beste ouders",
        "Elk jaar krijgen we vragen over de schooltoeslag (vroeger 'schooltoelage'). Hier de belangrijkste info.",
        ("ul", ["De schooltoeslag is een extra bedrag in het Groeipakket voor gezinnen met een beperkt inkomen.",
                "U moet niets aanvragen: uw uitbetaler (Fons, Infino, KidsLife, MyFamily of Parentia) berekent automatisch of u recht hebt en betaalt uit in het najaar.",
                "Het bedrag hangt af van het gezinsinkomen, de gezinssituatie en de onderwijsvorm.",
                "Neem wel zelf contact op met uw uitbetaler als uw inkomen plots sterk daalt, als uw gezinssituatie verandert, of als u in december nog niets ontvangen hebt."]),
        "Let op: een leerling moet voldoende aanwezig zijn op school. Wie in twee opeenvolgende schooljaren 30 of meer halve dagen ongewettigd afwezig is, kan de schooltoeslag verliezen of moet hem terugbetalen.",
        "Meer info: www.groeipakket.be of bij uw uitbetaler. Heeft u hulp nodig bij het contact met uw uitbetaler? Het secretariaat helpt u graag op weg.",
        "Met vriendelijke groeten\nSecretariaat Sint-Pieterscollege",
     ])

mail(slug="studietoelage-hoger-onderwijs-zesdes", genre="schooltoelage", lang="nl", date="2025-05-12 18:30",
     frm="kasia", to=["kasia"], bcc=["ouders6"],
     subject="Volgend jaar hoger onderwijs? Vergeet de studietoelage niet",
     kind="plain", cte="quoted-printable", pd=False,
     note="reminder to parents of sixth years (Bcc) about applying for a higher-education grant; general",
     body="""Beste ouders van het zesde jaar

Nog even en uw zoon of dochter zet de stap naar het hoger onderwijs. Een praktische tip: in het hoger onderwijs wordt de schooltoeslag NIET meer automatisch toegekend. Studenten moeten zelf een studietoelage aanvragen.

- Aanvragen kan vanaf 1 augustus via www.studietoelagen.be, met de eID of itsme van de student.
- De aanvraag kan tot 1 juni van het volgende jaar, maar hoe vroeger, hoe sneller de betaling.
- Het inkomen van de ouders van twee jaar geleden is bepalend.
- De sociale dienst van de hogeschool of universiteit helpt ook bij de aanvraag en kent andere tegemoetkomingen (bv. verminderd inschrijvingsgeld, huisvesting).

Ook wie vorig jaar geen recht had op een schooltoeslag, doet best de simulatie op de website. Het kost vijf minuten.

Vriendelijke groeten
Katarzyna Nowak
leerlingenbegeleider 2de en 3de graad
""")

mail(slug="antwoord-recht-op-schooltoeslag", genre="schooltoelage", lang="nl", date="2024-10-07 10:33",
     frm="nadia", to=[("Ahmed Bakkali", "ahmed.bakkali@gmail.com")],
     subject="Re: schooltoeslag aanvragen bij de school?",
     kind="plain", cte="8bit", pd=True, tags=["reply"],
     in_reply_to="<CAM7zR9kP1@mail.gmail.com>",
     note="answer to one parent's general question on how the school allowance works; phone in signature",
     body="""Beste meneer Bakkali

De schooltoeslag vraagt u niet aan bij de school. Hij wordt automatisch berekend door de uitbetaler van uw Groeipakket (de instantie die ook het kindergeld betaalt). Of u recht hebt, hangt af van uw gezinsinkomen en de samenstelling van uw gezin.

Wat kan u doen?
- Kijk op www.groeipakket.be. Daar staat een overzicht van de inkomensgrenzen.
- Contacteer uw uitbetaler als u denkt dat u recht hebt maar niets ontvangt.
- Wil u hulp bij het opzoeken of invullen? Kom gerust langs op het secretariaat; we kijken samen op de computer. U kan ook terecht bij het Sociaal Huis van uw gemeente.

De school krijgt zelf geen informatie over wie een schooltoeslag ontvangt.

Met vriendelijke groeten
Nadia El Khattabi
onthaal & secretariaat
Sint-Pieterscollege
tel. 016 29 84 10

Op zo 6 okt 2024 om 19:55 schreef Ahmed Bakkali <ahmed.bakkali@gmail.com>:
> Goeiedag, hoe weet ik of wij recht hebben op een schooltoeslag? Moet ik dat bij de school aanvragen? Dank u. Ahmed
""")

mail(slug="doorverwijzen-sociaal-huis-zorgteam", genre="schooltoelage", lang="nl", date="2024-10-17 13:45",
     frm="pj", to=["pj"], bcc=["zorgteam"],
     subject="Afspraken doorverwijzing Sociaal Huis Leuven (schoolkosten)",
     kind="plain", cte="8bit", pd=True,
     note="internal procedure for the care team on referring families with cost problems, in conditional terms; municipal phone number",
     body="""Dag zorgteam

Na het overleg met het Sociaal Huis Leuven deze afspraken voor dit schooljaar:

1. Signaal: als een leerling of ouder laat merken dat schoolkosten een probleem zijn (bv. geen materiaal, niet meegaan op uitstap "omdat het te duur is"), noteer je dat in het LVS onder Gezin en spreek je Hilde van de boekhouding aan. Zij bekijkt eerst de mogelijkheden van de school (spreiding, solidariteitsfonds).
2. Doorverwijzen: pas met akkoord van de ouders. We geven hen de contactgegevens mee; we bellen niet zelf in hun plaats, tenzij ze daar uitdrukkelijk om vragen.
3. Contact Sociaal Huis: Onthaal Sociaal Huis, Leuven, tel. 016 24 80 00, of via onderwijs@leuven.be voor algemene vragen van de school.
4. Geen gegevens per mail: als we samen met het Sociaal Huis aan een dossier werken, gebeurt de uitwisseling telefonisch of via hun beveiligd platform, niet via gewone mail.

Tot op het volgende zorgoverleg!
PJ
""")

mail(slug="allocation-scolaire-fr", genre="schooltoelage", lang="fr", date="2024-10-09 16:25",
     frm="sofie", to=[("Jean-Pierre Lambert", "jp.lambert@hotmail.com")],
     subject="Allocation scolaire (schooltoeslag) – informations",
     kind="plain", cte="quoted-printable", pd=False,
     note="French general information on the school allowance to one parent",
     body="""Cher Monsieur Lambert,

Vous nous avez demandé des informations sur l'allocation scolaire en Flandre. Voici l'essentiel :

- En Flandre, l'allocation scolaire s'appelle « schooltoeslag » et fait partie du Groeipakket (les allocations familiales flamandes).
- Vous ne devez pas introduire de demande auprès de l'école : la caisse qui vous verse les allocations familiales calcule automatiquement si vous y avez droit, en fonction des revenus du ménage.
- Le paiement a lieu en général à l'automne.
- Si votre situation change (perte de revenus, changement de composition de ménage), contactez directement votre caisse.
- Attention : l'élève doit fréquenter régulièrement l'école. Trop d'absences injustifiées peuvent entraîner la perte de l'allocation.

Plus d'informations (aussi en français) : www.groeipakket.be.

Si vous souhaitez de l'aide, le secrétariat de l'école peut vous recevoir.

Bien cordialement,
Sofie Vandenbroucke
Secrétariat des élèves, Sint-Pieterscollege
""")

# ---------------------------------------------------------------- uitstap
mail(slug="driedaagse-ardennen-derde-jaar", genre="uitstap", lang="nl", date="2025-04-25 16:40",
     frm="jonas", to=["jonas"], bcc=["ouders3"],
     subject="Driedaagse Ardennen 3de jaar (19-21 mei): praktische info en medische fiche",
     kind="alt", cte="quoted-printable", pd=True,
     note="trip letter to all 3rd-year parents (Bcc) with instructions for the blank medical form; emergency mobile of the accompanying teacher",
     body=[
        "Beste ouders",
        "Van maandag 19 tot woensdag 21 mei trekken alle leerlingen van het derde jaar naar Hotton voor drie sportieve dagen: kajak, mountainbike, klimmen en een nachtdropping.",
        ("h", "Vertrek en terugkomst"),
        "Vertrek maandag om 8u15 aan de sporthal (wees er om 8u00). Terug woensdag rond 17u00 op dezelfde plaats.",
        ("h", "Medische fiche – belangrijk"),
        ("ol", ["Vul de medische fiche in bijlage volledig in, ook als er niets bijzonders te melden is.",
                "Vermeld allergieën, dieet, medicatie en alles waar de begeleiders rekening mee moeten houden (bv. slaapwandelen, astma, angst voor water). Deze info wordt enkel gelezen door de begeleidende leraren en het EHBO-team.",
                "Steek de fiche in een gesloten omslag met de naam en klas van uw kind en geef ze uiterlijk 9 mei af op het leerlingensecretariaat. Niet mailen, niet aan de klastitularis geven in de klas.",
                "Moet uw kind tijdens de uitstap medicatie nemen? Geef ze mee in de originele verpakking, samen met het medicatie-attest."]),
        "Na de uitstap worden de fiches vernietigd.",
        ("h", "Meenemen"),
        ("ul", ["identiteitskaart of Kids-ID en een klevertje van het ziekenfonds",
                "slaapzak, kussensloop, handdoeken",
                "oude sportkledij en schoenen die nat mogen worden, regenjas",
                "zaklamp",
                "lunchpakket voor maandagmiddag"]),
        "Gsm's mogen mee, maar worden 's avonds om 22u00 ingezameld.",
        ("h", "Kosten"),
        "165 euro, op de schoolrekening van juni. Als dat bedrag een probleem is, neem dan discreet contact op met de boekhouding. Geen enkele leerling blijft thuis om financiële redenen.",
        ("h", "Bereikbaarheid tijdens de uitstap"),
        "In dringende gevallen kan u de verantwoordelijke begeleider bereiken op 0472 18 64 90. Voor al het andere: het secretariaat.",
        "Sportieve groeten\nJonas Peeters\nnamens de begeleiders",
     ],
     attach=[("medische-fiche-driedaagse-blanco.pdf", "application/pdf", fake_pdf("Medische fiche driedaagse Hotton - blanco in te vullen door ouders"))])

mail(slug="daguitstap-ieper-vijfde-jaar", genre="uitstap", lang="nl", date="2025-02-20 11:00",
     frm="mbuyi", to=["mbuyi"], bcc=["ouders5"],
     subject="Daguitstap Ieper – 5de jaar – dinsdag 11 maart",
     kind="plain", cte="8bit", pd=False,
     note="day-trip letter to all 5th-year parents (Bcc); general",
     body="""Beste ouders

In het kader van de lessen geschiedenis gaan alle leerlingen van het vijfde jaar op dinsdag 11 maart naar de Westhoek.

Programma
08u00  vertrek met de bus aan de sporthal
10u15  In Flanders Fields Museum (Ieper)
12u30  picknick (zelf meebrengen)
13u30  Tyne Cot Cemetery en Duitse begraafplaats Langemark
16u00  Last Post aan de Menenpoort? Nee, dat is pas om 20u, dus: vrije tijd in het centrum van Ieper
17u00  vertrek naar Leuven
19u30  aankomst aan de sporthal (een bericht via Smartschool als we later zijn)

Kostprijs: 32 euro (bus en toegang), via de schoolrekening van maart.

Meebrengen: lunchpakket, drinken, regenkledij, het werkboekje geschiedenis en een pen.

Kan uw zoon of dochter om medische redenen niet lang wandelen, of moet er onderweg iets speciaals geregeld worden? Laat het vooraf weten aan de begeleidende leraar via een persoonlijk bericht op Smartschool.

Vriendelijke groeten
Mbuyi Kabongo
leraar geschiedenis
""")

mail(slug="studiereis-rome-reisdocumenten", genre="uitstap", lang="nl", date="2025-01-31 19:20",
     frm="samira", to=["samira"], bcc=["ouders6"],
     subject="Studiereis Rome (6de jaar): reisdocumenten en verzekering",
     kind="html", cte="quoted-printable", pd=False, outlook=True,
     note="trip letter to 6th-year parents (Bcc) on travel documents and insurance; general",
     body=[
        "Beste ouders",
        "De studiereis naar Rome komt dichterbij (van 6 tot 11 april). Graag uw aandacht voor de reisdocumenten.",
        ("table", [["Document", "Wie?", "Tegen wanneer?"],
                   ["Geldige identiteitskaart (niet vervallen tijdens de reis!)", "alle leerlingen", "controle op 14 maart"],
                   ["Ouderlijke toelating (attest van de gemeente)", "minderjarige leerlingen", "14 maart"],
                   ["Europese ziekteverzekeringskaart", "alle leerlingen (aan te vragen bij het ziekenfonds)", "14 maart"],
                   ["Paspoort of visum", "enkel leerlingen zonder Belgische of EU-nationaliteit: neem contact op met het secretariaat", "zo snel mogelijk"],
                   ["Medische fiche (gesloten omslag)", "alle leerlingen", "21 maart"]]),
        "Een kopie van de identiteitskaart moet u niet doorsturen. We controleren de kaarten op school en noteren enkel de vervaldatum.",
        "De school heeft een reisbijstandsverzekering afgesloten voor alle deelnemers. Een annulatieverzekering is inbegrepen bij annulatie om medische redenen (met attest).",
        "Vragen? Stuur gerust een bericht.",
        "Met vriendelijke groeten\nSamira Bouzid\ncoördinator studiereis Rome",
     ])

mail(slug="deelnemerslijst-rome-controle-gegevens", genre="uitstap", lang="nl", date="2025-02-26 10:18",
     frm="sofie", to=[("Leila Haddad", "leila.haddad@hotmail.com")],
     subject="RE: inschrijving Rome in orde?",
     kind="plain", cte="quoted-printable", pd=True, dob=True, tags=["reply"],
     in_reply_to="<AS8P195MB1693@EUR02.prod.outlook.com>",
     note="secretariat confirms one pupil's trip registration and asks the parent to check name and date of birth for the airline; no sensitive fact",
     body="""Beste mevrouw Haddad

De inschrijving van Lina voor de studiereis naar Rome is in orde: het voorschot is ontvangen en de ouderlijke toelating hebben we ook.

Voor de luchtvaartmaatschappij moeten de gegevens exact overeenkomen met de identiteitskaart. Bij ons staat:
- naam: HADDAD Lina Yasmine
- geboortedatum: 7 september 2007
- nationaliteit: Belgische

Klopt dit? Dan hoeft u niets te doen. Is er iets fout (bv. een tweede voornaam die ontbreekt), laat het me weten vóór 7 maart.

Met vriendelijke groeten
Sofie Vandenbroucke
leerlingensecretariaat

> Op 25-02-2025 21:40 schreef Leila Haddad <leila.haddad@hotmail.com>:
> Goedendag, is de inschrijving van Lina voor Rome helemaal in orde? Ze vroeg het zich af.
> Groeten, Leila Haddad
""")

mail(slug="bestelling-bussen-sportdag", genre="uitstap", lang="nl", date="2024-09-11 09:25",
     frm="jonas", to=[("Planning Dijleland Reizen", "planning@dijlelandreizen.be")],
     cc=["secr"],
     subject="Aanvraag bussen sportdag vrijdag 18 oktober",
     kind="plain", cte="8bit", pd=True,
     note="teacher orders coaches from the bus company (one external address); school phone in signature",
     body="""Goedemorgen

Voor onze sportdag op vrijdag 18 oktober hadden we graag een offerte voor:

- 6 bussen van ca. 60 plaatsen
- heenrit: vertrek Sint-Pieterscollege, Ravenstraat 112 Leuven om 8u45, naar Sportoase Philipssite (Leuven)
- tweede rit: 4 van de 6 bussen van de Sportoase naar het Provinciedomein Kessel-Lo om 12u30
- terugrit: om 15u30 terug naar school

In totaal gaat het om ongeveer 340 leerlingen en 24 begeleiders. Er zijn geen rolstoelplaatsen nodig.

Kan u de offerte bezorgen vóór 25 september? De factuur mag naar de boekhouding van de school (hcl@spc.ksleuven.be).

Met vriendelijke groeten
Jonas Peeters
leraar LO – coördinator sportdag
Sint-Pieterscollege
Ravenstraat 112, 3000 Leuven
tel. 016 29 84 10
""")

mail(slug="london-day-trip-english", genre="uitstap", lang="en", date="2025-03-05 13:50",
     frm="samira", to=[("Michael O'Brien", "michael.obrien@gmail.com")],
     subject="Re: London day trip – travel documents for non-Belgian pupils",
     kind="alt", cte="quoted-printable", pd=False, tags=["reply"],
     note="English answer to one parent's general question about travel documents for a day trip to London",
     body=[
        "Dear Mr O'Brien,",
        "Thank you for your question about the 4th-year day trip to London on 2 April. Since the United Kingdom is no longer in the EU, the rules are a bit stricter:",
        ("ul", ["Pupils with Belgian nationality travel with their Belgian identity card. Since October 2021, UK border control no longer accepts ID cards for most EU citizens, so a valid passport is needed. We strongly recommend a passport for every pupil.",
                "Pupils with another nationality (for example Irish, British, or non-EU) should check the entry conditions for their nationality. Irish citizens can use their passport or passport card.",
                "Minors travelling without their parents also need a signed parental consent form. Ours is on Smartschool.",
                "Please bring the European Health Insurance Card; it remains valid in the UK for necessary treatment."]),
        "We will collect copies of the travel documents in a sealed envelope in class on 20 March. Please do not send copies by e-mail.",
        "Kind regards,\nSamira Bouzid\nSint-Pieterscollege",
        ("raw", "-----Original Message-----\nFrom: Michael O'Brien <michael.obrien@gmail.com>\nSent: Tuesday, 4 March 2025 20:12\n"
                "To: samira.bouzid@sintpieterscollege.be\nSubject: London day trip – travel documents for non-Belgian pupils\n\n"
                "Hi, what documents do pupils need for the London trip? We are an Irish family living in Leuven. Thanks, Michael"),
     ])

# ---------------------------------------------------------------- luizen
mail(slug="luizen-klasbrief-1b", genre="luizen", lang="nl", date="2024-10-16 14:10",
     frm="fatma", to=["fatma"], bcc=["ouders1b"],
     subject="Luizen in de klas – graag even controleren",
     kind="plain", cte="8bit", pd=False,
     note="lice letter to the parents of one class (Bcc); no pupil identified",
     body="""Beste ouders van 1B

In de klas van uw kind werden hoofdluizen vastgesteld. Dat is vervelend, maar het overkomt elke school wel eens en het heeft niets te maken met hygiëne.

Mogen we u vragen om deze week het haar van uw kind grondig te controleren met een luizenkam (verkrijgbaar bij de apotheek)?

- Vindt u luizen of neten? Behandel dan met een luizenmiddel of door dagelijks nat uit te kammen met conditioner, twee weken lang. Controleer ook de andere gezinsleden.
- Was kussenslopen, mutsen en sjaals op 60 graden.
- Laat het de school weten, dan kunnen we nog eens alle ouders van de klas verwittigen. We noemen nooit namen.

Bedankt voor uw medewerking!

Fatma Yilmaz
leerlingenbegeleider eerste graad
""")

mail(slug="luizen-procedure-klastitularissen", genre="luizen", lang="nl", date="2024-10-16 13:30",
     frm="fatma", to=["fatma"], bcc=["klastit"],
     subject="Luizen: wat doe je als klastitularis?",
     kind="html", cte="quoted-printable", pd=False, outlook=True,
     note="internal procedure on lice with the explicit rule never to name a pupil; general",
     body=[
        "Dag collega's",
        "Er circuleren weer luizen in de eerste graad. Ter herinnering de afspraken:",
        ("ol", ["Zie je luizen bij een leerling? Spreek de leerling discreet aan (niet voor de klas) en breng hem of haar naar de leerlingenbegeleiding.",
                "De leerlingenbegeleiding belt de ouders van die leerling. De leerling mag gewoon in de klas blijven.",
                "Alle ouders van de klas krijgen een algemene brief via Smartschool of mail in BCC. In die brief staat nooit een naam of een hint ('een meisje van de tweede rij').",
                "Blijft het probleem aanslepen in een klas, dan schakelen we het CLB in."]),
        "Luizen zijn onschuldig, maar pesten omwille van luizen niet. Reageer als je het hoort.",
        "Fatma",
     ])

mail(slug="poux-classe-fr", genre="luizen", lang="fr", date="2024-10-16 15:02",
     frm="fatma", to=[("Nathalie Renard", "nathalie.renard@skynet.be")],
     subject="Poux dans la classe 1B",
     kind="plain", cte="quoted-printable", pd=False,
     note="French version of the class lice letter sent to one francophone parent on her request; no pupil identified",
     body="""Chère Madame Renard,

Comme vous nous l'aviez demandé, voici la lettre aux parents de la classe 1B en français.

Des poux ont été découverts dans la classe de votre enfant. Cela arrive dans toutes les écoles et n'a rien à voir avec l'hygiène.

Nous vous demandons de contrôler soigneusement les cheveux de votre enfant cette semaine, avec un peigne à poux (en pharmacie).
- Si vous trouvez des poux ou des lentes : traitez avec un produit anti-poux ou en peignant chaque jour les cheveux mouillés avec un après-shampooing, pendant deux semaines. Contrôlez aussi les autres membres de la famille.
- Lavez les taies d'oreiller, bonnets et écharpes à 60 degrés.
- Prévenez l'école : nous avertirons alors à nouveau les parents de la classe, sans jamais citer de nom.

Merci de votre collaboration !

Fatma Yilmaz
accompagnement des élèves, premier degré
Sint-Pieterscollege
""")

mail(slug="antwoord-luizen-thuisblijven", genre="luizen", lang="nl", date="2024-10-17 08:44",
     frm="fatma", to=[("Pieter Goossens", "pieter.goossens@telenet.be")],
     subject="Re: luizen – moet een kind thuisblijven?",
     kind="plain", cte="8bit", pd=True, tags=["reply"],
     in_reply_to="<7c1e2f3a9b@telenet.be>",
     note="answer to one parent's general lice question, refers to the CLB with phone number",
     body="""Beste meneer Goossens

Nee, een leerling met luizen hoeft niet thuis te blijven. Het volstaat om de behandeling meteen te starten, liefst dezelfde avond. Alleen als luizen in een klas lang blijven terugkomen, kan de CLB-arts beslissen dat een leerling pas terug naar school komt na behandeling. Dat is zeldzaam.

Voor advies over de beste behandeling kan u ook terecht bij de apotheek of het CLB (016 28 77 40).

Vriendelijke groeten
Fatma Yilmaz
leerlingenbegeleider eerste graad

Op wo 16 okt 2024 om 20:17 schreef Pieter Goossens <pieter.goossens@telenet.be>:
> Dag mevrouw, we kregen de brief over de luizen. Moet een kind met luizen eigenlijk thuisblijven tot het behandeld is? Groeten
""")

# ---------------------------------------------------------------- relationele en seksuele vorming
mail(slug="rsv-lessen-tweede-jaar", genre="rsv", lang="nl", date="2025-02-17 17:25",
     frm="thomas", to=["thomas"], bcc=["ouders2"],
     subject="Lessen relaties en seksualiteit in het tweede jaar",
     kind="alt", cte="quoted-printable", pd=False,
     note="letter to 2nd-year parents (Bcc) announcing relationships and sexuality lessons; general",
     body=[
        "Beste ouders",
        "In maart besteden we in de lessen natuurwetenschappen en godsdienst extra aandacht aan relationele en seksuele vorming. Dat is een onderdeel van de minimumdoelen van het secundair onderwijs.",
        "Wat komt er aan bod?",
        ("ul", ["de veranderingen in de puberteit, bij jongens en meisjes",
                "vriendschap, verliefdheid en relaties",
                "je eigen grenzen aangeven en die van anderen respecteren (we gebruiken het Vlaggensysteem)",
                "veilig online: foto's delen, sexting, wat is strafbaar?",
                "diversiteit: verschillende gezinsvormen, geaardheid en genderidentiteit"]),
        "De lessen worden gegeven door de eigen leraren, met materiaal van Sensoa. Leerlingen kunnen anoniem vragen stellen via een vragenbus.",
        "Wil u het lesmateriaal inkijken? Dat kan op de infoavond van 27 februari of op afspraak. Sommige ouders vinden het ook fijn om thuis op het thema door te gaan: op www.sensoa.be vindt u tips voor gesprekken met tieners.",
        "Heeft u bezorgdheden, bijvoorbeeld vanuit uw levensbeschouwing? Neem gerust contact op, we praten er graag over.",
        "Met vriendelijke groeten\nThomas Maes, leraar biologie\nnamens de werkgroep RSV",
     ])

mail(slug="workshop-grenzen-vierde-jaar", genre="rsv", lang="nl", date="2025-03-03 12:15",
     frm="kasia", to=["kasia"], bcc=["ouders4"],
     subject="Workshop 'Grenzen & toestemming' voor het 4de jaar",
     kind="plain", cte="quoted-printable", pd=False,
     note="announcement to 4th-year parents (Bcc) of a consent workshop; mentions support services in general",
     body="""Beste ouders

Op donderdag 20 maart krijgen alle klassen van het vierde jaar een workshop van twee lesuren rond grenzen en toestemming, gegeven door twee medewerkers van het JAC Leuven.

Onderwerpen:
- Wat is toestemming, en hoe weet je of iemand echt 'ja' zegt?
- Groepsdruk en grensoverschrijdend gedrag, ook online
- Waar kan je terecht als er iets gebeurd is dat niet oké was?
- Anticonceptie en seksuele gezondheid (basisinfo, feitelijk)

De workshop is interactief. Er wordt niet gevraagd naar persoonlijke ervaringen. Als een leerling na de workshop toch iets wil vertellen, kan hij of zij terecht bij de begeleiders van het JAC, de leerlingenbegeleiding of het CLB. Wat een leerling vertelt, wordt vertrouwelijk behandeld.

Vragen vooraf? Stuur een bericht via Smartschool.

Met vriendelijke groeten
Katarzyna Nowak
leerlingenbegeleider 2de en 3de graad
""")

mail(slug="antwoord-vrijstelling-rsv", genre="rsv", lang="nl", date="2025-02-24 09:58",
     frm="thomas", to=[("Hatice Demir", "hatice.demir@hotmail.com")],
     subject="RE: Lessen relaties en seksualiteit",
     kind="plain", cte="8bit", charset="windows-1252", pd=False, tags=["reply"],
     in_reply_to="<VI1PR04MB7118@eurprd04.prod.outlook.com>",
     note="teacher answers one parent's general question on whether pupils can skip the lessons",
     body="""Beste mevrouw Demir

Bedankt voor uw eerlijke vraag. Ik begrijp dat dit een gevoelig onderwerp is voor veel gezinnen.

De lessen maken deel uit van de minimumdoelen die elke school in Vlaanderen moet nastreven. Een vrijstelling is daarom niet mogelijk. Wel kan ik u geruststellen over de aanpak:

- De lessen zijn feitelijk en respectvol. We tonen geen expliciete beelden.
- We benadrukken dat waarden en opvattingen verschillen tussen gezinnen en culturen, en dat dat oké is.
- Het thema 'grenzen aangeven' staat centraal: leerlingen leren nee zeggen en dat anderen hun nee moeten respecteren.

U bent van harte welkom om het lesmateriaal vooraf in te kijken. Zullen we een moment afspreken, bijvoorbeeld na de infoavond van donderdag?

Met vriendelijke groeten
Thomas Maes
leraar biologie

-----Oorspronkelijk bericht-----
Van: Hatice Demir <hatice.demir@hotmail.com>
Verzonden: zondag 23 februari 2025 18:22
Aan: thomas.maes@spc.ksleuven.be
Onderwerp: Lessen relaties en seksualiteit

Goedendag, kunnen ouders vragen dat hun kind deze lessen niet volgt? Welke beelden worden er getoond?
Met vriendelijke groet, H. Demir
""")

mail(slug="rsv-voorbereiding-collegas", genre="rsv", lang="nl", date="2025-02-12 21:05",
     frm="thomas", to=["mbuyi", "samira", "kasia"],
     subject="voorbereiding RSV-lessen 2de jaar",
     kind="plain", cte="8bit", pd=False,
     note="teacher coordinates lesson planning with three colleagues; no pupil information",
     body="""Hoi allemaal

Kort de verdeling zoals besproken:
- les 1-2 (NW, ik): lichaam en puberteit
- les 3 (godsdienst, Mbuyi): vriendschap, verliefdheid, relaties
- les 4 (godsdienst): Vlaggensysteem
- les 5 (Frans?? neen, Samira neemt de klasuren): online veiligheid, sexting

Kasia, jij komt in elke klas 10 min. vertellen waar ze terecht kunnen. Lijkt me belangrijk dat ze jouw gezicht kennen.

Nog iets: als je weet dat er in je klas iemand is voor wie dit thema extra zwaar kan zijn, laat het dan vooraf aan Kasia weten (mondeling of via LVS, niet hier in de mail). Dan kan zij met die leerling afspreken hoe het best loopt.

Materiaal staat in Teams > Werkgroep RSV > Lessen 2025.

Thomas
""")

mail(slug="relationships-education-english", genre="rsv", lang="en", date="2025-02-19 16:45",
     frm="thomas", to=[("Emma Lindqvist", "emma.lindqvist@outlook.com")],
     subject="Relationships and sexuality lessons – English summary",
     kind="plain", cte="quoted-printable", pd=False,
     note="English summary of the sexuality-education letter for one parent; general",
     body="""Dear Ms Lindqvist,

As you requested, here is an English summary of our letter about the relationships and sexuality lessons in the second year.

In March, the science and religion teachers will spend about five lessons on:
- changes during puberty
- friendship, falling in love and relationships
- setting and respecting boundaries (using the Flag System, a Flemish method)
- staying safe online, including sharing pictures
- diversity in families, sexual orientation and gender identity

The lessons are part of the compulsory curriculum in Flanders and are based on materials from Sensoa, the Flemish expertise centre for sexual health. Pupils can ask questions anonymously.

You are welcome to look at the materials at the parents' evening on 27 February.

Best wishes,
Thomas Maes
biology teacher, Sint-Pieterscollege
""")

# ---------------------------------------------------------------- rouw
mail(slug="rouwbeleid-hoe-wij-ondersteunen", genre="rouw", lang="nl", date="2024-10-29 18:00",
     frm="pj", to=["pj"], bcc=["ouders"],
     subject="Als uw kind iemand verliest: hoe de school kan ondersteunen",
     kind="alt", cte="quoted-printable", pd=False,
     note="general bereavement policy for all parents (Bcc), conditional phrasing only",
     body=[
        "Geachte ouders",
        "Rond Allerheiligen en Allerzielen denken veel mensen terug aan wie ze verloren hebben. Dat geldt ook voor jongeren. Daarom willen we u laten weten hoe de school omgaat met verlies en rouw.",
        ("h", "Wanneer een leerling iemand verliest"),
        "Verliest uw kind een ouder, broer of zus, grootouder of vriend? Laat het dan weten aan de klastitularis of de leerlingenbegeleiding, telefonisch of in een gesprek. Samen met u en met uw kind spreken we af:",
        ("ul", ["wat de klas mag weten, en wie het vertelt",
                "of en hoe de klas een teken van medeleven kan geven",
                "hoe de terugkeer naar school verloopt (bv. een rustige plek, een vertrouwenspersoon, minder toetsen in de eerste weken)",
                "wie het aanspreekpunt is voor uw kind"]),
        "Een afwezigheid voor de begrafenis van een bloed- of aanverwant is van rechtswege gewettigd.",
        ("h", "Rouw heeft geen vaste termijn"),
        "Verdriet kan maanden later nog opduiken, bv. rond een verjaardag of tijdens de examens. Leraren weten dat, en houden er in de mate van het mogelijke rekening mee. Ook jaren later mag uw kind altijd aankloppen.",
        ("h", "Wanneer de hele school getroffen wordt"),
        "Bij het overlijden van een leerling of personeelslid treedt ons rouwprotocol in werking. Een crisisteam zorgt dan voor opvang van leerlingen en personeel en voor correcte informatie aan alle ouders, steeds in overleg met de familie.",
        "Met vriendelijke groeten\nPieter-Jan Moens, zorgcoördinator",
     ])

mail(slug="rouwprotocol-update-personeel", genre="rouw", lang="nl", date="2024-09-30 16:35",
     frm="pj", to=["pj"], bcc=["personeel"],
     subject="Rouwprotocol aangepast – lees even mee",
     kind="plain", cte="quoted-printable", pd=False,
     note="internal update of the bereavement protocol (roles, steps); no case",
     body="""Dag collega's

Het rouwprotocol werd op de laatste personeelsvergadering besproken en licht aangepast. De volledige versie staat op Smartschool > Personeel > Protocollen. De belangrijkste punten:

1. Het bericht komt binnen: geef het ALTIJD eerst door aan de directie. Deel niets op sociale media of in WhatsApp-groepen, ook niet 'voorzichtig'.
2. Het crisisteam (directeur, adjunct, zorgcoördinator, leerlingenbegeleiders, CLB-anker) komt zo snel mogelijk samen en verifieert de feiten.
3. Contact met de familie gebeurt door de directeur of de zorgcoördinator. Er wordt gevraagd wat we wel en niet mogen vertellen.
4. Informeren: eerst het personeel (mondeling, zo mogelijk samen), dan de betrokken klassen, dan de ouders via een brief die de familie vooraf gelezen heeft.
5. Opvang: er is een stille ruimte (B014) met de rouwkoffer. Leerlingen die de les willen verlaten, gaan daarheen en melden zich bij de begeleider.
6. Nazorg: na een week, een maand en een jaar evalueren we wie nog extra aandacht nodig heeft.

Nieuw is vooral punt 4: geen mails met details aan het hele personeel. De directie brengt iedereen liefst mondeling op de hoogte.

Dank voor jullie zorg,
Pieter-Jan
""")

mail(slug="overlijden-oud-leraar-latijn", genre="rouw", lang="nl", date="2025-01-20 12:30",
     frm="geert", to=["geert"], bcc=["ouders5", "ouders6", "personeel"],
     subject="In memoriam meneer Jos Vervloet",
     kind="plain", cte="8bit", pd=False,
     note="announcement of the death of a retired teacher to staff and senior-year parents (Bcc); no pupil or pupil family involved",
     body="""Geachte ouders, beste collega's

Met droefheid laten we u weten dat meneer Jos Vervloet, die tot 2022 Latijn en Grieks gaf op onze school, afgelopen zaterdag overleden is. Hij werd 67 jaar.

Veel leerlingen van het vijfde en zesde jaar hebben nog les van hem gehad in de eerste graad. Voor sommigen zal dit bericht hard aankomen. De klastitularissen brengen het nieuws vandaag in de klassen. Leerlingen die erover willen praten, kunnen deze week terecht bij de leerlingenbegeleiding.

De afscheidsplechtigheid vindt plaats op zaterdag 25 januari om 10u30 in de Sint-Pieterskerk. Leerlingen en oud-leerlingen zijn welkom. In de inkomhal van de school ligt een rouwregister waarin iedereen een boodschap voor de familie kan schrijven.

Met genegenheid denken we terug aan een bevlogen leraar met een onvergetelijk gevoel voor humor.

Geert Van Roey
directeur
""")

mail(slug="praten-over-verlies-met-tieners", genre="rouw", lang="nl", date="2024-10-30 17:15",
     frm="kasia", to=["kasia"], bcc=["ouders"],
     subject="Tips: praten met uw tiener over verlies en verdriet",
     kind="html", cte="quoted-printable", pd=False, outlook=False,
     note="general tips for all parents (Bcc) on talking about loss; no case",
     body=[
        "Beste ouders",
        "Als aanvulling op onze brief over rouw, enkele tips die we van ouders en jongeren hoorden:",
        ("ol", ["Jongeren rouwen vaak 'in stukjes': het ene moment verdrietig, het volgende moment lachen met vrienden. Dat is normaal.",
                "Veel jongeren willen hun ouders niet extra belasten en praten liever met vrienden of een vertrouwenspersoon op school. Laat dat toe.",
                "Vertel eerlijk wat er gebeurd is, in woorden die passen bij de leeftijd. Geheimhouding maakt het vaak zwaarder.",
                "Let op signalen die lang aanhouden: slecht slapen, niet meer naar school willen, zich volledig afsluiten. Spreek er dan iemand over aan, bv. de huisarts, het CLB of de leerlingenbegeleiding.",
                "Boeken en websites kunnen helpen. In de mediatheek staat een rek 'Afscheid en verdriet' dat leerlingen anoniem kunnen gebruiken."]),
        "Op www.clb-leuven.be vindt u ook een informatiefiche over rouw bij jongeren.",
        "Warme groeten\nKatarzyna Nowak\nleerlingenbegeleiding",
     ])

mail(slug="antwoord-melden-overlijden-familie", genre="rouw", lang="nl", date="2024-11-12 11:20",
     frm="kasia", to=[("Wendy Jacobs", "wendy.jacobs@gmail.com")],
     subject="Re: vraag over afwezigheid bij een overlijden",
     kind="plain", cte="quoted-printable", pd=False, tags=["reply"],
     in_reply_to="<CAB9xTq7m@mail.gmail.com>",
     note="answer to one parent's hypothetical question about absence and support after a death in the family",
     body="""Beste mevrouw Jacobs

Goede vraag, en fijn dat u er vooraf aan denkt.

- Ja, een leerling mag afwezig zijn om een begrafenis of uitvaart bij te wonen van iemand van de familie of van iemand die onder hetzelfde dak woont. Die afwezigheid is van rechtswege gewettigd. We vragen enkel een briefje van de ouders, eventueel met een kopie van de rouwbrief.
- Het is fijn als u de school op de hoogte brengt, zodat we rekening kunnen houden met uw kind (bv. bij toetsen of opdrachten). U beslist zelf hoeveel u vertelt en wat de klas mag weten.
- Een telefoontje naar de klastitularis of de leerlingenbegeleiding volstaat.

Met vriendelijke groeten
Katarzyna Nowak
leerlingenbegeleider

Op ma 11 nov 2024 om 21:05 schreef Wendy Jacobs <wendy.jacobs@gmail.com>:
> Goedenavond, als er iemand in de familie zou overlijden, moeten we dat dan melden aan de school en mag een kind dan naar de begrafenis? Hoe werkt dat? Groetjes Wendy
""")

# ---------------------------------------------------------------- stage
mail(slug="stage-zorg-gezondheidstoezicht", genre="stage", lang="nl", date="2024-11-07 17:05",
     frm="kris", to=["kris"], bcc=["ouders5"],
     subject="Stage 5de jaar Welzijnswetenschappen: gezondheidstoezicht en vaccinatie",
     kind="plain", cte="quoted-printable", pd=False,
     note="general information to 5th-year parents (Bcc) about occupational health checks before care internships",
     body="""Beste ouders

In februari lopen de leerlingen van 5 Welzijnswetenschappen twee weken observatiestage in een woonzorgcentrum, een kinderdagverblijf of een voorziening voor personen met een beperking. Een leerling-stagiair wordt door de wet gelijkgesteld met een werknemer. Daarom gelden er enkele regels rond gezondheid.

1. Risicoanalyse en werkpostfiche
De stageplaats bezorgt ons een werkpostfiche met de risico's van de stageplaats (bv. contact met kinderen onder 6 jaar, tillen, infectierisico). Op basis daarvan beslist de school of een gezondheidsbeoordeling nodig is.

2. Gezondheidsbeoordeling
Is die nodig, dan krijgt uw kind een uitnodiging voor een kort onderzoek bij de externe dienst voor preventie en bescherming op het werk. Dat is gratis en gebeurt tijdens de schooluren. De arts geeft enkel door of de leerling 'geschikt' is; medische details komen niet bij de school terecht.

3. Vaccinaties
Voor stages in de zorg wordt een vaccinatie tegen hepatitis B aangeraden, en voor stages met jonge kinderen een controle van de vaccinatie tegen mazelen, rubella en kinkhoest. Kijk de vaccinatiekaart van uw kind na of vraag het na bij de huisarts. Het CLB kan helpen als u twijfelt.

4. Zwangerschap of gezondheidsproblemen
Is er een reden waarom een bepaalde stageplaats minder geschikt is voor uw kind? Bespreek dat vertrouwelijk met de stagecoördinator of de arbeidsgeneesheer. We zoeken dan een passende plaats; de reden hoeft niet bekend te zijn bij de stagegever.

Met vriendelijke groeten
Kris Verhaegen
stagecoördinator
""")

mail(slug="stageovereenkomst-ondertekenen-leerlingen", genre="stage", lang="nl", date="2025-01-13 08:20",
     frm="kris", to=["kris"], bcc=["ll6"],
     subject="Stageovereenkomst: ondertekenen en binnenbrengen vóór 31 januari",
     kind="html", cte="quoted-printable", pd=False, outlook=True,
     note="message to sixth-year pupils (Bcc) about signing internship contracts, with a blank template attached",
     body=[
        "Dag zesdejaars",
        "Jullie stage komt eraan. Zonder ondertekende stageovereenkomst mag niemand vertrekken. Zo ga je te werk:",
        ("ol", ["Download de blanco stageovereenkomst (bijlage) en vul je gegevens en die van de stageplaats in.",
                "Laat de overeenkomst ondertekenen door jezelf, door een ouder (als je minderjarig bent) en door je mentor op de stageplaats.",
                "Breng de drie exemplaren met de werkpostfiche binnen bij mij (lokaal C003) vóór vrijdag 31 januari.",
                "Je krijgt een exemplaar terug, de stageplaats en de school houden elk een exemplaar."]),
        "Vergeet ook de activiteitenlijst niet: daarin staat wat je wel en niet mag doen op je stageplaats.",
        "Vragen? Kom langs tijdens de middagpauze.",
        "Kris Verhaegen, stagecoördinator",
     ],
     attach=[("stageovereenkomst-blanco-2025.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
              fake_docx("STAGEOVEREENKOMST LEERLINGENSTAGE 2024-2025\nTussen:\nDe school: Sint-Pieterscollege, Ravenstraat 112, 3000 Leuven\nDe stagegever: ......................................\nDe leerling-stagiair: ......................................\nPeriode: van ........ tot ........\nHandtekeningen: school / stagegever / leerling / ouder"))])

mail(slug="bedankt-stagegever-praktische-info", genre="stage", lang="nl", date="2025-01-27 14:15",
     frm="kris", to=[("Onthaal WZC Ter Dijle", "onthaal@wzcterdijle.be")],
     subject="Stage leerlingen 5de jaar – praktische afspraken 10-21 februari",
     kind="alt", cte="quoted-printable", pd=True,
     note="stage coordinator writes to one care home (external) about practical arrangements; mobile number in signature",
     body=[
        "Geachte mevrouw, geachte heer",
        "Hartelijk dank om opnieuw stagiairs van het Sint-Pieterscollege te ontvangen. Hieronder vindt u de praktische afspraken.",
        ("table", [["", ""],
                   ["Periode", "maandag 10 t.e.m. vrijdag 21 februari"],
                   ["Uren", "8u30 - 16u00, met een half uur middagpauze"],
                   ["Aantal stagiairs", "3 (de namen ontvangt u via de ondertekende stageovereenkomst)"],
                   ["Stagebezoek school", "week 2, in overleg met de mentor"],
                   ["Evaluatie", "evaluatieformulier (wordt meegegeven met de stagiairs)"]]),
        "Wilt u ons de werkpostfiche bezorgen vóór 3 februari, als die niet gewijzigd is ten opzichte van vorig jaar volstaat een korte bevestiging.",
        "Is een stagiair ziek, dan verwittigt hij of zij zowel de stageplaats als de school. Bij problemen kan u mij altijd bereiken.",
        "Met vriendelijke groeten\nKris Verhaegen\nstagecoördinator\nSint-Pieterscollege\ngsm 0486 52 71 39",
     ])

mail(slug="stagebezoeken-planning-collegas", genre="stage", lang="nl", date="2025-02-04 19:40",
     frm="kris", to=["eline", "thomas", "mbuyi"],
     subject="planning stagebezoeken week 2",
     kind="plain", cte="8bit", pd=False,
     note="internal planning of internship visits among three teachers; places only, no pupil information",
     body="""Hoi Eline, Thomas en Mbuyi

Bedankt om mee stagebezoeken te doen. Voorstel:

Thomas: WZC Ter Dijle en WZC Edouard Remy (di 18/2 voormiddag)
Eline: kinderdagverblijven Heverlee en Kessel-Lo (woe 19/2)
Mbuyi: dagcentrum De Wissel + Ter Bank (do 20/2)

Het bezoekformulier staat in Teams > Stage > Formulieren. Vul het liefst ter plaatse in met de mentor en laad het daarna op in Teams, niet mailen.

Je lesuren worden opgevangen door studie, dat is al geregeld met Ann.
Als er iets niet past, laat ff weten.

Kris
""")

mail(slug="antwoord-verzekering-tijdens-stage", genre="stage", lang="nl", date="2025-01-29 10:02",
     frm="kris", to=[("Dirk Verstraeten", "dirk.verstraeten@skynet.be")],
     subject="Re: verzekering tijdens de stage",
     kind="plain", cte="quoted-printable", pd=True, tags=["reply"],
     in_reply_to="<003d01db7200$aa11bb22$cc33dd44$@skynet.be>",
     note="answer to one parent's general question about insurance during internships; phone in signature",
     body="""Beste meneer Verstraeten

Goede vraag. Tijdens de stage is uw zoon of dochter op twee manieren verzekerd:

- Ongevallen op de stageplaats en op weg van en naar de stageplaats vallen onder de arbeidsongevallenverzekering. Omdat de school de stagiairs aangeeft, is dat via de verzekering van de school geregeld.
- Schade die een stagiair per ongeluk aan iemand anders berokkent, valt onder de burgerlijke aansprakelijkheid van de school.

Er is dus niets dat u zelf moet regelen. Gebeurt er toch iets, verwittig dan meteen de stagementor en de school; wij bezorgen het aangifteformulier.

Met vriendelijke groeten
Kris Verhaegen
stagecoördinator
tel. 016 29 84 22

Op di 28 jan 2025 om 20:48 schreef Dirk Verstraeten <dirk.verstraeten@skynet.be>:
> Goedenavond, is een leerling verzekerd tijdens de stage, ook op de weg ernaartoe? Of moeten wij zelf iets regelen?
""")

mail(slug="internship-provider-english", genre="stage", lang="en", date="2024-12-05 15:30",
     frm="kris", to=[("HR Leuven Biotech", "hr@leuvenbiotech.be")],
     subject="Observation internships for final-year pupils – information",
     kind="plain", cte="quoted-printable", pd=False,
     note="English letter to one prospective internship provider explaining the general framework",
     body="""Dear Sir or Madam,

Thank you for your interest in hosting pupils from our final year for a short observation internship. Below is an overview of what this involves.

- Duration: one week (five days), between 10 and 14 March 2025.
- Pupils are 17 or 18 years old and follow the science track (Wetenschappen-Wiskunde or Biotechnologie).
- Under Belgian law, pupil interns are treated as employees for health and safety purposes. You would be asked to provide a short risk analysis ("werkpostfiche") for the workplace. If there are increased risks (for example work in a laboratory with biological agents), the school arranges the required occupational health check.
- Insurance for accidents and third-party liability is provided by the school.
- A three-party internship agreement (school, host, pupil) is signed before the start. We will send you the template.
- A teacher from our school will visit or call during the week.

If you would like to discuss this further, please reply to this e-mail and I will arrange a call.

Kind regards,
Kris Verhaegen
internship coordinator
Sint-Pieterscollege Leuven
""")

# ---------------------------------------------------------------- ict
mail(slug="wachtwoordbeleid-herinnering-personeel", genre="ict", lang="nl", date="2024-09-05 12:15",
     frm="bram", to=["bram"], bcc=["personeel"],
     subject="Herinnering wachtwoordbeleid – nieuw schooljaar, nieuw wachtwoord?",
     kind="alt", cte="quoted-printable", pd=False,
     note="staff reminder about password policy in general; contains no password",
     body=[
        "Dag collega's",
        "Bij de start van het schooljaar een korte opfrissing van het wachtwoordbeleid van de scholengroep.",
        ("ul", ["Gebruik een wachtzin van minstens 14 tekens, bv. vier willekeurige woorden met een cijfer ertussen. Lang is belangrijker dan ingewikkeld.",
                "Gebruik je schoolwachtwoord nergens anders (niet voor je webshop, niet voor je sportclub).",
                "Deel je wachtwoord met niemand, ook niet met een collega die 'even snel' iets wil opzoeken, en ook niet met de ICT-dienst. Wij vragen er nooit naar.",
                "Schrijf het niet op een post-it onder je toetsenbord. Een wachtwoordmanager is prima.",
                "Vermoed je dat iemand je wachtwoord kent? Wijzig het meteen via portaal.sintpieterscollege.be en laat het ons weten."]),
        "Je hoeft je wachtwoord niet meer elke 90 dagen te wijzigen, tenzij je een vermoeden van misbruik hebt. Wel wordt tweestapsverificatie verplicht voor iedereen (aparte mail volgt).",
        "Groeten\nBram Lemmens\nICT-coördinator",
     ])

mail(slug="phishing-waarschuwing-mailbox-vol", genre="ict", lang="nl", date="2024-11-19 10:45",
     frm="bram", to=["bram"], bcc=["personeel", "personeel_spc"],
     subject="Opgelet: valse mail 'Uw mailbox is bijna vol'",
     kind="plain", cte="8bit", pd=False,
     note="phishing warning to staff (Bcc) without reproducing the malicious link",
     body="""Dag iedereen

Vanochtend kregen verschillende collega's een mail met als onderwerp "Uw mailbox is bijna vol – actie vereist". De mail ziet er officieel uit, met ons logo, maar is NIET van ons. De knop in de mail leidt naar een nagemaakte aanmeldpagina die je wachtwoord probeert te stelen.

Wat moet je doen?
- Klik niet op de knop. Verwijder de mail.
- Heb je al geklikt en iets ingevuld? Wijzig dan onmiddellijk je wachtwoord via het gekende portaal (typ het adres zelf in je browser) en laat het mij meteen weten. Dat is geen schande, het overkomt de beste.
- Twijfel je over een mail? Gebruik de knop "Phishing melden" in Outlook.

Onthoud: wij sturen nooit een mail waarin je je wachtwoord moet invullen of bevestigen.

Bram
ICT
""")

mail(slug="start-accounts-eerstejaars-leerlingen", genre="ict", lang="nl", date="2024-09-02 09:00",
     frm="bram", to=["bram"], bcc=["ll1"],
     subject="Welkom! Zo meld je je aan op Smartschool en Microsoft 365",
     kind="html", cte="base64", pd=False, outlook=False,
     note="welcome message to first-year pupils (Bcc) explaining first login; start passwords are handed out on paper, none in the mail",
     body=[
        "Hallo eerstejaars!",
        "Vandaag krijg je van je klastitularis een brief met je gebruikersnaam en een startwachtwoord. Die brief is persoonlijk: laat hem aan niemand zien en bewaar hem thuis.",
        "Zo meld je je de eerste keer aan:",
        ("ol", ["Surf naar sintpieterscollege.smartschool.be.",
                "Vul je gebruikersnaam in (voornaam.naam) en het startwachtwoord van de brief.",
                "Smartschool vraagt je meteen een nieuw wachtwoord te kiezen. Kies iets dat je kan onthouden maar dat niemand kan raden: minstens 12 tekens, bv. een zinnetje.",
                "Doe hetzelfde voor Microsoft 365 (Teams, OneDrive) op office.com."]),
        "Gebruik niet hetzelfde wachtwoord als voor je games of sociale media, en deel het met niemand, ook niet met je beste vriend(in).",
        "Wachtwoord vergeten? Klik op 'Wachtwoord vergeten' op het aanmeldscherm. Lukt dat niet, kom dan langs bij de ICT-helpdesk (lokaal A020, middagpauze).",
        "Veel succes!\nMeneer Lemmens (ICT)",
     ])

mail(slug="co-account-activeren-ouders", genre="ict", lang="nl", date="2024-09-03 18:30",
     frm="bram", to=["bram"], bcc=["ouders1"],
     subject="Uw co-account op Smartschool activeren",
     kind="alt", cte="quoted-printable", pd=False,
     note="instructions for parents (Bcc) to activate their Smartschool co-account; only placeholders, no credential",
     body=[
        "Beste ouders",
        "Als ouder krijgt u een eigen co-account op Smartschool. Daarmee ziet u de agenda, de resultaten en de berichten van de school. U gebruikt dezelfde gebruikersnaam als uw kind, maar een eigen wachtwoord.",
        ("h", "Eerste keer aanmelden"),
        ("ol", ["Ga naar sintpieterscollege.smartschool.be (in een browser, niet in de app).",
                "Klik op 'Wachtwoord vergeten'.",
                "Vul de gebruikersnaam van uw kind in (voornaam.naam) en het e-mailadres dat u bij de inschrijving opgaf.",
                "U ontvangt een mail met een link om zelf een wachtwoord te kiezen.",
                "Meld u daarna aan en kies bij 'Aanmelden als' uw co-account."]),
        ("raw", "Gebruikersnaam: voornaam.naam van uw kind\nWachtwoord:    ******** (door uzelf gekozen)"),
        "Meld u nooit aan met het wachtwoord van uw kind: uw berichten en die van uw kind zijn strikt gescheiden.",
        "Komt er geen mail? Kijk in uw map met ongewenste mail. Is uw e-mailadres veranderd? Geef dan het nieuwe door aan het secretariaat.",
        "Vriendelijke groeten\nBram Lemmens, ICT-coördinator",
     ])

mail(slug="antwoord-ouder-geblokkeerd-account", genre="ict", lang="nl", date="2024-09-16 13:55",
     frm="bram", to=[("Yasmina Ouali", "yasmina.ouali@gmail.com")],
     subject="RE: kan niet inloggen op Smartschool",
     kind="plain", cte="8bit", pd=True, tags=["reply"],
     in_reply_to="<CAK4pM2wR6@mail.gmail.com>",
     note="ICT answers one parent who asked for her password: explains reset procedure, sends no credential; helpdesk phone",
     body="""Beste mevrouw Ouali

Vervelend dat het niet lukt. We sturen om veiligheidsredenen nooit wachtwoorden via mail, maar u kan zelf heel eenvoudig een nieuw wachtwoord instellen:

1. Ga in een browser naar sintpieterscollege.smartschool.be.
2. Klik op 'Wachtwoord vergeten'.
3. Vul de gebruikersnaam van uw dochter in en het e-mailadres waarop u deze mail ontvangt (dat adres staat bij ons gekend).
4. Volg de link in de mail die u krijgt.

Na vijf foute pogingen wordt een account een kwartier geblokkeerd. Wacht dus even voor u opnieuw probeert.

Lukt het nog steeds niet? Kom dan langs op het secretariaat met uw identiteitskaart, of bel de ICT-helpdesk tijdens de schooluren op 016 29 84 19. Dan zetten we het samen in orde.

Vriendelijke groeten
Bram Lemmens
ICT-coördinator

-----Oorspronkelijk bericht-----
Van: Yasmina Ouali <yasmina.ouali@gmail.com>
Verzonden: zondag 15 september 2024 21:12
Aan: info@sintpieterscollege.be
Onderwerp: kan niet inloggen op Smartschool

Goedenavond, ik kan niet inloggen met mijn co-account. Kunnen jullie mij mijn wachtwoord opnieuw sturen? Alvast bedankt.
""")

mail(slug="tweestapsverificatie-uitrol-personeel", genre="ict", lang="nl", date="2024-10-07 08:05",
     frm="bram", to=["bram"], bcc=["personeel"],
     subject="Tweestapsverificatie: planning en handleiding",
     kind="plain", cte="8bit", charset="windows-1252", pd=False,
     note="staff announcement of multi-factor authentication roll-out; describes codes in general, none given",
     body="""Beste collega's

Zoals aangekondigd wordt tweestapsverificatie (MFA) verplicht voor alle personeelsaccounts van Microsoft 365 en Smartschool. Zelfs als iemand je wachtwoord zou kennen, kan hij dan niet aanmelden zonder je gsm.

Planning
- week van 14 oktober: directie, secretariaat, zorgteam
- week van 21 oktober: alle andere collega's
- vanaf 4 november: aanmelden zonder MFA is niet meer mogelijk

Wat heb je nodig?
- je smartphone met de app Microsoft Authenticator (gratis)
- 10 minuten

Hoe werkt het?
Bij het aanmelden op een nieuw toestel vraagt Microsoft om een melding in de app goed te keuren, of om een code van zes cijfers uit de app in te tikken. Die code verandert elke 30 seconden en deel je nooit met iemand, ook niet met de ICT-dienst.

Geen smartphone of liever niet je privétoestel gebruiken? Dan krijg je een hardwaresleutel. Laat het me weten.

Op woensdag 16 oktober om 12u15 is er een inloopmoment in de leraarskamer.

Bram
""")

# ---------------------------------------------------------------- vaccinatie
mail(slug="hpv-vaccinatie-eerste-jaar", genre="vaccinatie", lang="nl", date="2024-09-30 15:20",
     frm="sofie", to=["secr"], bcc=["ouders1"],
     subject="Vaccinatie tegen HPV in het eerste jaar – toestemming",
     kind="alt", cte="quoted-printable", pd=False,
     note="CLB vaccination letter relayed to all first-year parents (Bcc) with blank consent form",
     body=[
        "Beste ouders",
        "Het CLB biedt alle leerlingen van het eerste jaar gratis de vaccinatie tegen het humaan papillomavirus (HPV) aan. HPV kan op latere leeftijd verschillende vormen van kanker veroorzaken, bij meisjes én jongens.",
        ("h", "Hoe verloopt het?"),
        ("ul", ["Er zijn twee prikken, met zes maanden tussen: de eerste in november, de tweede in mei.",
                "De vaccinatie gebeurt op school door de CLB-arts en -verpleegkundige.",
                "Uw kind blijft na de prik een kwartier onder toezicht."]),
        ("h", "Wat moet u doen?"),
        "Vul het toestemmingsformulier in (bijlage) en geef het in een gesloten omslag mee naar de klastitularis vóór 18 oktober. Ook als u geen toestemming geeft, vragen we het formulier terug te bezorgen.",
        "Is uw kind al (gedeeltelijk) gevaccineerd, bv. bij de huisarts? Vermeld dat op het formulier. Het CLB registreert alle vaccinaties in Vaccinnet.",
        "Heeft u vragen over het vaccin, bv. over mogelijke bijwerkingen? Neem dan rechtstreeks contact op met het CLB via www.clb-leuven.be.",
        "Met vriendelijke groeten\nSecretariaat, namens het Vrij CLB Leuven",
     ],
     attach=[("toestemming-hpv-vaccinatie.pdf", "application/pdf", fake_pdf("Toestemmingsformulier HPV-vaccinatie 1ste jaar - blanco"))])

mail(slug="vaccinatie-dtpa-derde-jaar", genre="vaccinatie", lang="nl", date="2025-01-16 16:10",
     frm="sofie", to=["secr"], bcc=["ouders3"],
     subject="Vaccinatie difterie-tetanus-kinkhoest (3de jaar)",
     kind="plain", cte="quoted-printable", pd=True,
     note="secretariat relays the CLB's booster-vaccination letter to all 3rd-year parents (Bcc); CLB phone",
     body="""Geachte ouders

Namens het CLB bezorgen we u onderstaande brief.

---

Volgens het Vlaamse vaccinatieschema krijgen jongeren rond 14 jaar een herhalingsvaccin tegen difterie, tetanus en kinkhoest. Het CLB biedt deze vaccinatie gratis aan op school, in de week van 10 februari.

- U krijgt via uw kind een toestemmingsformulier. Geef het ingevuld terug vóór 31 januari.
- Breng de vaccinatiekaart mee of geef toestemming om Vaccinnet te raadplegen.
- Na de vaccinatie kan de arm een paar dagen gevoelig zijn. Sporten mag.
- Wie ziek is of koorts heeft op de dag van de vaccinatie, wordt later ingehaald.

Liever bij de huisarts laten vaccineren? Dat kan ook; laat het vaccin dan wel registreren in Vaccinnet.

Vragen? U kan ons bereiken op 016 28 77 40.

Met vriendelijke groet
Joke Willems
CLB-verpleegkundige
Vrij CLB Leuven
""")

mail(slug="antwoord-al-gevaccineerd-huisarts", genre="vaccinatie", lang="nl", date="2024-10-08 09:40",
     frm="pj", to=[("Tom Janssens", "tom.janssens@telenet.be")],
     subject="Re: HPV-vaccin al gegeven bij huisarts?",
     kind="plain", cte="8bit", pd=False, tags=["reply"],
     in_reply_to="<2a7f90c1e@telenet.be>",
     note="care coordinator relays the CLB's answer to one parent's hypothetical question on vaccines given elsewhere",
     body="""Beste meneer Janssens

Ik heb uw vraag even voorgelegd aan de CLB-verpleegkundige. Dit is haar antwoord.

Als een leerling al een of twee HPV-vaccins kreeg bij de huisarts of de kinderarts, dan kijken we in Vaccinnet na wat er geregistreerd is.

- Staan beide dosissen erin, dan hoeft er op school niets meer te gebeuren.
- Staat er één dosis in, dan geven wij de tweede, met de juiste tussentijd.
- Staat er niets in, terwijl u weet dat er wel gevaccineerd werd, vraag dan aan uw huisarts om het te registreren, of bezorg ons een kopie van de vaccinatiekaart.

U vermeldt het best ook op het toestemmingsformulier.

Met vriendelijke groet
Pieter-Jan Moens
zorgcoördinator

> Op 7 okt. 2024, om 20:31 schreef Tom Janssens <tom.janssens@telenet.be>:
> Goedenavond, wat als een kind het HPV-vaccin al bij de huisarts gekregen heeft? Moet het dan opnieuw?
""")

mail(slug="vaccination-hpv-fr", genre="vaccinatie", lang="fr", date="2024-10-01 11:25",
     frm="sofie", to=[("Fatou Diallo", "fatou.diallo@outlook.com")],
     subject="Vaccination contre le HPV – 1re année",
     kind="plain", cte="quoted-printable", pd=False,
     note="French version of the general HPV vaccination letter for one parent",
     body="""Chère Madame Diallo,

Voici, en français, la lettre du CLB concernant la vaccination contre le HPV.

Le CLB propose gratuitement à tous les élèves de 1re année la vaccination contre le papillomavirus humain (HPV). Ce virus peut provoquer plus tard plusieurs types de cancer, chez les filles comme chez les garçons.

- Deux injections sont prévues : la première en novembre, la deuxième en mai.
- La vaccination a lieu à l'école, par le médecin et l'infirmière du CLB.
- Veuillez compléter le formulaire d'autorisation (remis par le titulaire) et le rendre sous enveloppe fermée avant le 18 octobre, même si vous refusez la vaccination.
- Si votre enfant a déjà été vacciné, par exemple chez le médecin traitant, indiquez-le sur le formulaire.

Pour toute question médicale, vous pouvez contacter directement le CLB via www.clb-leuven.be.

Bien cordialement,
Sofie Vandenbroucke
Secrétariat des élèves
""")

mail(slug="vaccinatiedag-logistiek-klastitularissen", genre="vaccinatie", lang="nl", date="2024-11-06 07:55",
     frm="sofie", to=["sofie"], bcc=["klastit"],
     subject="FW: Planning vaccinatiedag 1ste jaar (do 14/11)",
     kind="plain", cte="8bit", pd=False,
     note="secretariat forwards (as attachment) the CLB's class schedule for the vaccination day to form teachers; no pupil list",
     body="""Dag klastitularissen van het eerste jaar

In bijlage de planning van het CLB voor de vaccinatiedag van donderdag. Willen jullie je klas op het aangegeven uur naar het medisch lokaal brengen? Leerlingen zonder toestemming blijven in de klas bij de vervanger; de lijst van wie wel of niet gevaccineerd wordt, heeft het CLB zelf. Jullie hoeven die dus niet te kennen.

Sofie
""",
     attach=[("msg", dict(
        slug="vaccinatiedag-inner", frm="joke", to=["secr"], date="2024-11-05 14:30",
        subject="Planning vaccinatiedag 1ste jaar (do 14/11)",
        kind="plain", cte="quoted-printable",
        body="""Beste

Hierbij de planning voor donderdag 14 november (eerste HPV-prik), medisch lokaal naast de sporthal:

08u30  1A
09u15  1B
10u20  1C
11u05  1D

Graag per klas komen, met de klastitularis of een leraar. Leerlingen brengen best een flesje water mee. Leerlingen die zich niet goed voelen na de prik, blijven bij ons tot ze beter zijn.

Met vriendelijke groet
Joke Willems
CLB-verpleegkundige
"""))])

# ---------------------------------------------------------------- welbevinden
mail(slug="welbevindenbevraging-aankondiging-ouders", genre="welbevinden", lang="nl", date="2025-01-22 17:45",
     frm="kasia", to=["kasia"], bcc=["ouders"],
     subject="Bevraging welbevinden bij alle leerlingen (3-14 februari)",
     kind="alt", cte="quoted-printable", pd=False,
     note="announcement to all parents (Bcc) of an anonymous well-being survey with opt-out",
     body=[
        "Beste ouders",
        "Van 3 tot 14 februari vullen alle leerlingen tijdens een klasuur een vragenlijst in over hoe ze zich voelen op school. We gebruiken daarvoor de vragenlijst welbevinden van de onderwijsinspectie, aangevuld met enkele eigen vragen over pesten, stress en slaap.",
        ("h", "Waarom?"),
        "Om te weten wat goed loopt en wat beter kan: voelen leerlingen zich veilig? Hebben ze een volwassene bij wie ze terechtkunnen? Hoe ervaren ze de toetsdruk?",
        ("h", "Anoniem"),
        "De bevraging is anoniem. We vragen geen naam of klas, enkel de graad. De resultaten worden alleen per graad verwerkt. Niemand op school kan zien wat een individuele leerling antwoordde.",
        ("h", "Niet verplicht"),
        "Uw kind mag vragen overslaan of de bevraging niet invullen. Wil u liever dat uw kind niet deelneemt? Laat het weten aan de klastitularis; uw kind krijgt dan een andere opdracht.",
        "In het voorjaar bezorgen we u een samenvatting van de resultaten en de acties die we eraan koppelen.",
        "Met vriendelijke groeten\nKatarzyna Nowak\nnamens de werkgroep welbevinden",
     ])

mail(slug="welbevinden-vragenlijst-leerlingen", genre="welbevinden", lang="nl", date="2025-02-03 07:50",
     frm="kasia", to=["kasia"], bcc=["leerlingen"],
     subject="Hoe gaat het met jou? Vul de vragenlijst in tijdens het klasuur",
     kind="html", cte="quoted-printable", pd=False, outlook=False,
     note="message to all pupils (Bcc) about the anonymous survey",
     body=[
        "Hoi allemaal",
        "Deze en volgende week vul je tijdens het klasuur een vragenlijst in over hoe jij je voelt op school. Het duurt ongeveer 20 minuten.",
        ("ul", ["Je vindt de vragenlijst op Smartschool > Enquêtes > 'Welbevinden 2025'.",
                "Je naam wordt niet gevraagd en niet opgeslagen. Ook je klastitularis ziet niet wat jij invult.",
                "Er zijn geen juiste of foute antwoorden. Wees eerlijk, dat helpt ons het meest.",
                "Je mag een vraag overslaan."]),
        "Merk je tijdens het invullen dat je ergens mee zit? Onderaan de vragenlijst staat waar je terechtkan. Je kan ook gewoon bij ons binnenspringen.",
        "Dank je wel!\nKasia en Fatma",
     ])

mail(slug="resultaten-welbevinden-personeel", genre="welbevinden", lang="nl", date="2025-03-26 16:20",
     frm="kasia", to=["kasia"], bcc=["personeel"],
     subject="Resultaten bevraging welbevinden + voorstel acties",
     kind="alt", cte="quoted-printable", pd=False,
     note="aggregated survey results per grade for staff (Bcc); no individual answers",
     body=[
        "Beste collega's",
        "Hierbij de belangrijkste resultaten van de bevraging (1 062 leerlingen, respons 91%). Percentages = 'eerder akkoord' of 'helemaal akkoord'.",
        ("table", [["Stelling", "1ste graad", "2de graad", "3de graad"],
                   ["Ik voel me veilig op school", "88%", "84%", "86%"],
                   ["Er is minstens één volwassene bij wie ik terechtkan", "79%", "71%", "74%"],
                   ["Ik werd de voorbije maanden gepest (minstens maandelijks)", "9%", "7%", "4%"],
                   ["Ik ervaar veel stress door toetsen", "38%", "52%", "61%"],
                   ["Ik slaap op schooldagen minder dan 7 uur", "21%", "39%", "55%"]]),
        "Wat valt op? De eerste graad scoort goed op veiligheid. In de tweede graad voelen minder leerlingen dat ze bij een volwassene terechtkunnen. In de derde graad zijn toetsstress en slaaptekort de grote aandachtspunten.",
        "Voorstel acties (bespreking op de personeelsvergadering van 2 april):",
        ("ol", ["toetsenkalender per klas beter spreiden, max. twee grote toetsen per dag in de derde graad",
                "in de tweede graad een vast 'check-in'-moment met de klastitularis per trimester",
                "workshop slaap en schermgebruik voor het vierde jaar"]),
        "Het volledige rapport staat in bijlage.",
        "Kasia",
     ],
     attach=[("rapport-welbevinden-2025.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
              fake_docx("Rapport bevraging welbevinden februari 2025\nSint-Pieterscollege\nGeaggregeerde resultaten per graad\nGeen individuele antwoorden opgenomen"))])

mail(slug="week-mentaal-welzijn-hulplijnen", genre="welbevinden", lang="nl", date="2024-10-09 12:00",
     frm="kasia", to=["kasia"], bcc=["ouders"],
     subject="Week van de mentale gezondheid: praat erover",
     kind="plain", cte="8bit", pd=True,
     note="general letter to all parents (Bcc) listing help lines; contains full CLB phone number",
     body="""Beste ouders

Op 10 oktober is het Werelddag voor Mentale Gezondheid. Op school staan we er deze week bij stil met klasgesprekken en een 'praatbank' op de speelplaats.

We weten uit onze eigen bevraging en uit onderzoek dat veel jongeren zich af en toe somber, eenzaam of angstig voelen. Meestal gaat dat vanzelf over, zeker als ze erover kunnen praten. Soms is er meer nodig.

Wanneer is extra aandacht nodig? Bijvoorbeeld als een jongere:
- zich wekenlang terugtrekt van vrienden en activiteiten;
- slecht slaapt of nauwelijks nog eet;
- zegt dat alles zinloos is, of uitspraken doet over niet meer willen leven.
Neem zulke signalen altijd ernstig en praat erover. Vraag het rechtstreeks; dat brengt jongeren niet op ideeën, het geeft hen juist ruimte.

Waar kan u terecht?
- op school: de leerlingenbegeleiding of de klastitularis
- het CLB: 016 28 77 40 of www.clb-leuven.be
- uw huisarts
- Awel (voor jongeren): bel 102 of chat via awel.be
- Tele-Onthaal (voor volwassenen): bel 106
- Zelfmoordlijn: bel 1813 of chat via zelfmoord1813.be (24/7)
- bij acuut gevaar: 112

Zorg ook goed voor uzelf.

Met vriendelijke groeten
Katarzyna Nowak en Fatma Yilmaz
leerlingenbegeleiding
""")

mail(slug="antwoord-anonimiteit-bevraging", genre="welbevinden", lang="nl", date="2025-01-27 11:10",
     frm="kasia", to=[("Veerle Wouters", "veerle.wouters@telenet.be")],
     subject="Re: bevraging welbevinden – echt anoniem?",
     kind="plain", cte="quoted-printable", pd=False, tags=["reply"],
     in_reply_to="<1d2e3f4a5b6c@telenet.be>",
     note="answer to one parent's general question on the anonymity of the survey",
     body="""Beste mevrouw Wouters

Ja, de bevraging is echt anoniem. Concreet:

- De enquêtemodule van Smartschool staat ingesteld op 'anoniem'. Bij het verwerken zien wij geen namen, gebruikersnamen of klassen, enkel de graad.
- We rapporteren alleen over groepen van minstens 30 leerlingen, zodat niemand herkenbaar is.
- Open antwoorden lezen we, maar we kunnen ze niet koppelen aan een leerling.

Eén kanttekening: als een leerling in een open vraag zelf zijn naam schrijft en aangeeft dat hij hulp wil, nemen we contact op met die leerling. Dat staat ook zo vermeld bij de vraag.

Met vriendelijke groeten
Katarzyna Nowak

Op za 25 jan 2025 om 10:02 schreef Veerle Wouters <veerle.wouters@telenet.be>:
> Dag, is die bevraging over welbevinden echt anoniem? Kan de school zien wie wat invult?
""")

mail(slug="wellbeing-survey-english", genre="welbevinden", lang="en", date="2025-01-23 09:30",
     frm="kasia", to=[("Daniel Novak", "daniel.novak@gmail.com")],
     subject="Well-being survey – information in English",
     kind="alt", cte="base64", pd=False,
     note="English summary of the survey announcement for one parent",
     body=[
        "Dear Mr Novak,",
        "Here is the English summary of our letter about the well-being survey.",
        ("ul", ["From 3 to 14 February, all pupils fill in a questionnaire about how they feel at school, during a form period.",
                "The survey is anonymous: no names or classes are recorded, only the stage (grade level).",
                "Results are reported per stage only, in groups of at least 30 pupils.",
                "Participation is voluntary. If you prefer that your child does not take part, please tell the form teacher."]),
        "We will share a summary of the results and the actions we plan with all parents in spring.",
        "Kind regards,\nKatarzyna Nowak\npupil support, Sint-Pieterscollege",
     ])

# ---------------------------------------------------------------- afwezigheid
mail(slug="afwezigheden-ziektebriefjes-regels", genre="afwezigheid", lang="nl", date="2024-09-06 16:00",
     frm="sofie", to=["secr"], bcc=["ouders"],
     subject="Afwezig door ziekte? Zo verwittigt en wettigt u",
     kind="plain", cte="quoted-printable", pd=True,
     note="general absence rules for all parents (Bcc) with the secretariat phone number",
     body="""Beste ouders

Een korte samenvatting van de regels rond afwezigheid door ziekte (schoolreglement, deel II, hoofdstuk 3).

VERWITTIGEN
Is uw kind ziek, verwittig dan het leerlingensecretariaat vóór 8u30, telefonisch op 016 29 84 10 of via het afwezigheidsformulier in Smartschool.

WETTIGEN
- Ziek tot en met drie opeenvolgende kalenderdagen: een verklaring van de ouders volstaat (de briefjes achteraan in de schoolagenda of het Smartschool-formulier). Dat kan maximaal vier keer per schooljaar.
- Langer dan drie kalenderdagen, vanaf het vijfde briefje, of tijdens de examens: altijd een medisch attest.
- Een attest dat pas afgegeven wordt op basis van wat de ouders zeggen ("dixit-attest"), aanvaarden we niet.

TERUG OP SCHOOL
Geef het briefje of attest de eerste dag terug af op het secretariaat. De leerling spreekt zelf met de vakleraren af hoe gemiste toetsen en taken ingehaald worden.

LANGDURIG ZIEK?
Bij langere of herhaalde afwezigheid door ziekte kan tijdelijk onderwijs aan huis of synchroon internetonderwijs (Bednet) aangevraagd worden. Neem daarvoor contact op met de zorgcoördinator.

Met vriendelijke groeten
Leerlingensecretariaat
""")

mail(slug="te-laat-komen-tweede-graad", genre="afwezigheid", lang="nl", date="2024-10-24 17:35",
     frm="kasia", to=["kasia"], bcc=["ouders3", "ouders4"],
     subject="Te laat komen: afspraken tweede graad",
     kind="plain", cte="quoted-printable", pd=False,
     note="general rules on lateness to parents of the second grade (Bcc)",
     body="""Beste ouders

De voorbije weken kwamen er opvallend veel leerlingen van de tweede graad te laat, vooral op maandagochtend. Daarom herhalen we de afspraken:

1. De lessen starten om 8u25. Wie na de bel binnenkomt, meldt zich aan het leerlingensecretariaat en krijgt een laatkomersbriefje.
2. Bij vertraging van bus of trein volstaat een vertragingsattest van De Lijn of de NMBS (online aan te vragen).
3. Wie drie keer te laat komt zonder geldige reden, blijft een middagpauze na in de studie.
4. Bij herhaaldelijk te laat komen nodigen we leerling en ouders uit voor een gesprek. Soms zit er een reden achter die we samen kunnen aanpakken.

Dank om dit thuis te bespreken. Een wekker die vijf minuten vroeger afloopt, doet vaak wonderen.

Katarzyna Nowak
leerlingenbegeleider 2de en 3de graad
""")

mail(slug="antwoord-orthodontist-tijdens-schooluren", genre="afwezigheid", lang="nl", date="2024-11-14 10:25",
     frm="nadia", to=[("Sanne Pauwels", "sanne.pauwels@gmail.com")],
     subject="RE: afspraak orthodontist tijdens de les",
     kind="plain", cte="8bit", charset="windows-1252", pd=False, tags=["reply"],
     in_reply_to="<CAH6uWp3x@mail.gmail.com>",
     note="secretariat answers one parent's general question about appointments during school hours",
     body="""Beste mevrouw Pauwels

Afspraken bij de orthodontist, tandarts of kinesist plant u in de mate van het mogelijke buiten de lesuren, bv. op woensdagnamiddag. Lukt dat niet, dan kan het wel tijdens de lessen, op voorwaarde dat:

- u de afspraak vooraf meldt via Smartschool of in de schoolagenda;
- uw kind een attest van de orthodontist meebrengt (de meeste praktijken hebben daar standaard briefjes voor);
- uw kind zich bij vertrek en terugkomst aanmeldt op het secretariaat.

Zo'n afwezigheid telt niet mee voor de vier ziektebriefjes.

Met vriendelijke groeten
Nadia El Khattabi
onthaal & secretariaat

Van: Sanne Pauwels <sanne.pauwels@gmail.com>
Verzonden: woensdag 13 november 2024 19:44
Aan: info@sintpieterscollege.be
Onderwerp: afspraak orthodontist tijdens de les

Hallo, mag een leerling tijdens de les naar de orthodontist? Wat moeten we dan binnenbrengen?
""")

mail(slug="vakantie-vroeger-vertrekken-luxeverzuim", genre="afwezigheid", lang="nl", date="2025-02-14 12:40",
     frm="geert", to=["geert"], bcc=["ouders"],
     subject="Krokusvakantie: niet vroeger vertrekken a.u.b.",
     kind="alt", cte="quoted-printable", pd=False,
     note="general reminder to all parents (Bcc) about absences just before holidays",
     body=[
        "Geachte ouders",
        "De krokusvakantie begint op maandag 3 maart. We merken elk jaar dat sommige gezinnen een paar dagen vroeger vertrekken of later terugkomen, omdat vluchten dan goedkoper zijn. We begrijpen dat, maar het mag niet.",
        ("ul", ["Een afwezigheid om op vakantie te vertrekken is altijd ongewettigd, ook met een briefje van de ouders.",
                "Een ziekte in de week voor of na een vakantie wordt enkel aanvaard met een medisch attest.",
                "Ongewettigde afwezigheden worden doorgegeven aan het departement Onderwijs en kunnen gevolgen hebben voor de schooltoeslag en, bij herhaling, leiden tot begeleiding door het CLB."]),
        "Is er een uitzonderlijke familiale reden (bv. een huwelijk of begrafenis in het buitenland)? Vraag dan vooraf toestemming aan de directie.",
        "Dank voor uw begrip.\nGeert Van Roey, directeur",
     ])

mail(slug="afwezigheidscodes-registreren-personeel", genre="afwezigheid", lang="nl", date="2024-09-09 12:35",
     frm="sofie", to=["sofie"], bcc=["personeel"],
     subject="Afwezigheden registreren in Smartschool: de codes",
     kind="plain", cte="8bit", pd=False,
     note="staff instructions on absence codes; general, no pupil data",
     body="""Dag collega's

Graag registreren jullie elk lesuur de aan- en afwezigheden in Smartschool, ten laatste 10 minuten na de start van de les. Het secretariaat zet daarna de juiste code. Voor wie het vergeten is:

|  = aanwezig
L  = te laat (wij zetten dit, jij registreert 'aanwezig' als de leerling binnenkomt met briefje)
Z  = ziek, met briefje van ouders
M  = ziek, met medisch attest
B  = begrafenis, huwelijk of andere van rechtswege gewettigde afwezigheid
F  = feestdag erkende levensbeschouwing
R  = afwezig met toestemming directie (bv. topsport)
X  = ongewettigd afwezig

Problematische afwezigheden: vanaf 5 halve dagen ongewettigd neemt de leerlingenbegeleiding contact op met de ouders en het CLB. Jij hoeft daar niets voor te doen, behalve correct registreren.

Vragen? Kom gerust langs.

Sofie
""")

# ---------------------------------------------------------------- studiekeuze
mail(slug="infoavond-studiekeuze-tweede-jaar", genre="studiekeuze", lang="nl", date="2025-01-08 16:55",
     frm="kasia", to=["kasia"], bcc=["ouders2"],
     subject="Infoavond studiekeuze: van het tweede naar het derde jaar",
     kind="alt", cte="quoted-printable", pd=False,
     note="invitation to study-choice evening for 2nd-year parents (Bcc) with study tracks table",
     body=[
        "Beste ouders van het tweede jaar",
        "Volgend jaar kiest uw kind een studierichting in de tweede graad. Om u daarbij te helpen, nodigen we u uit op de infoavond van dinsdag 28 januari om 19u30 in de refter.",
        ("table", [["Richting", "Finaliteit", "Wat?"],
                   ["Economie en organisatie", "doorstroom", "bedrijfseconomie, wiskunde, talen"],
                   ["Humane wetenschappen", "doorstroom", "gedrag, cultuur en samenleving"],
                   ["Latijn", "doorstroom", "klassieke talen en cultuur"],
                   ["Moderne talen", "doorstroom", "Nederlands, Frans, Engels, Duits"],
                   ["Natuurwetenschappen", "doorstroom", "biologie, chemie, fysica, labo"],
                   ["Welzijnswetenschappen", "dubbele finaliteit", "zorg, opvoeding, gezondheid"]]),
        "Na de algemene uitleg kan u langs de infostands van elke richting. Het CLB is ook aanwezig.",
        "Het advies van de klassenraad in juni is een advies, geen verplichting. We bespreken het graag met u en uw kind op het oudercontact.",
        "Met vriendelijke groeten\nKatarzyna Nowak",
     ])

mail(slug="antwoord-van-richting-veranderen", genre="studiekeuze", lang="nl", date="2024-10-23 14:05",
     frm="kasia", to=[("Nicole Hermans", "nicole.hermans@proximus.be")],
     subject="RE: van richting veranderen tijdens het jaar",
     kind="plain", cte="quoted-printable", pd=False, tags=["reply"],
     in_reply_to="<b7c8d9e0f1@proximus.be>",
     note="answer to one parent's general question about changing study track during the year",
     body="""Beste mevrouw Hermans

Van richting veranderen tijdens het schooljaar kan, maar er zijn een paar regels:

1. Binnen dezelfde graad kan een leerling vrij eenvoudig veranderen tot en met 15 november.
2. Na 15 november tot 15 januari is een gunstig advies van de klassenraad van de nieuwe richting nodig.
3. Na 15 januari is een overstap nog mogelijk, maar moet de klassenraad nagaan of de leerling de achterstand kan inhalen.

Belangrijk: een overstap is een grote stap. We raden aan om eerst een gesprek te hebben met de klastitularis en de leerlingenbegeleiding, en eventueel het CLB, zodat we samen kunnen kijken wat de beste keuze is.

Met vriendelijke groeten
Katarzyna Nowak
leerlingenbegeleider 2de en 3de graad

----- Oorspronkelijk bericht -----
Van: "Nicole Hermans" <nicole.hermans@proximus.be>
Aan: katarzyna.nowak@sintpieterscollege.be
Verzonden: Dinsdag 22 oktober 2024 21:40:11
Onderwerp: van richting veranderen tijdens het jaar

Dag mevrouw, tot wanneer kan een leerling tijdens het schooljaar nog van studierichting veranderen?
""")

mail(slug="sid-in-hoger-onderwijs-zesdes", genre="studiekeuze", lang="nl", date="2025-01-10 08:30",
     frm="kasia", to=["kasia"], bcc=["ll6"],
     subject="SID-in Leuven en opendeurdagen hoger onderwijs",
     kind="html", cte="quoted-printable", pd=False, outlook=True,
     note="message to sixth-year pupils (Bcc) on higher-education information days",
     body=[
        "Dag zesdejaars",
        "Enkele data om in je agenda te zetten:",
        ("table", [["Wat", "Wanneer", "Waar"],
                   ["SID-in Leuven (infobeurs hoger onderwijs)", "vrijdag 7 februari (schooluitstap)", "Brabanthal Leuven"],
                   ["Infodag KU Leuven", "zaterdag 22 maart", "campus Leuven"],
                   ["Opendeurdag UCLL", "zaterdag 15 maart", "campus Proximus/Gasthuisberg"],
                   ["Inschrijven toelatingsproef arts/tandarts", "tot begin juni", "online"]]),
        "Op de SID-in gaan we met de hele klasgroep; voor de andere activiteiten kan je een halve dag afwezigheid met toestemming krijgen (code R). Vraag dat een week vooraf aan via Smartschool.",
        "Twijfel je nog helemaal? Doe de Onderwijskiezer-test of maak een afspraak met het CLB. Veel succes met kiezen!",
        "Kasia",
     ])

# ---------------------------------------------------------------- verzekering
mail(slug="schoolverzekering-ongeval-procedure", genre="verzekering", lang="nl", date="2024-09-19 15:40",
     frm="hilde", to=["hilde"], bcc=["ouders"],
     subject="Ongeval op school of op weg naar school: wat nu?",
     kind="alt", cte="quoted-printable", pd=True,
     note="general insurance procedure for all parents (Bcc) with blank claim form and school phone",
     body=[
        "Beste ouders",
        "Alle leerlingen zijn via de school verzekerd voor lichamelijke ongevallen op school, tijdens schoolactiviteiten en op de normale weg van en naar school.",
        ("h", "Wat doet u bij een ongeval?"),
        ("ol", ["Laat het ongeval zo snel mogelijk weten aan het secretariaat (binnen 48 uur).",
                "U krijgt een aangifteformulier (ook in bijlage). Laat het medisch gedeelte invullen door de arts die uw kind onderzoekt.",
                "Bezorg het formulier terug aan het secretariaat. Wij sturen het naar de verzekeraar.",
                "Betaal de rekeningen van dokter of ziekenhuis zelf, vraag de tussenkomst van het ziekenfonds en bezorg daarna het overzicht van de kosten aan de verzekeraar. Die betaalt het verschil terug."]),
        ("h", "Wat is niet verzekerd?"),
        "Materiële schade (bv. een kapotte bril of gsm) is in principe niet verzekerd, tenzij ze samenhangt met een lichamelijk letsel. Schade aan fietsen valt nooit onder de schoolverzekering.",
        "Vragen? Bel het secretariaat op " + TEL_SCHOOL + ".",
        "Met vriendelijke groeten\nHilde Claes\nadministratie & verzekeringen",
     ],
     attach=[("aangifte-schoolongeval-blanco.pdf", "application/pdf", fake_pdf("Aangifte schoolongeval - blanco formulier"))])

mail(slug="antwoord-verzekerd-naar-sportclub", genre="verzekering", lang="nl", date="2024-10-01 09:15",
     frm="hilde", to=[("Luc Vermeiren", "luc.vermeiren@telenet.be")],
     subject="Re: verzekering op weg naar de sportclub",
     kind="plain", cte="8bit", pd=False, tags=["reply"],
     in_reply_to="<c0d1e2f3a4@telenet.be>",
     note="answer to one parent's general question about what the school insurance covers",
     body="""Beste meneer Vermeiren

De schoolverzekering dekt de normale weg van huis naar school en terug, binnen een redelijke tijd. Rijdt een leerling na school eerst naar de sportclub, dan valt dat stuk niet meer onder de schoolverzekering. Meestal is er dan een verzekering via de sportclub zelf (via de federatie). Kijk dat best even na bij de club.

Activiteiten die de school organiseert buiten de schooluren (bv. de schoolsportnamiddag op woensdag) zijn wel verzekerd, ook de weg ernaartoe.

Met vriendelijke groeten
Hilde Claes

Luc Vermeiren schreef op 30/09/2024 om 20:11:
> Goedenavond, is een leerling verzekerd als hij na school met de fiets naar de sportclub rijdt? Alvast bedankt.
""")

# ---------------------------------------------------------------- inschrijving
mail(slug="aanmelden-eerste-jaar-broers-zussen", genre="inschrijving", lang="nl", date="2025-02-27 18:10",
     frm="geert", to=["geert"], bcc=["ouders"],
     subject="Broer of zus volgend jaar naar het eerste jaar? Vergeet niet aan te melden",
     kind="alt", cte="quoted-printable", pd=False,
     note="general reminder to all parents (Bcc) about registering younger siblings, with a zip of information PDFs",
     body=[
        "Geachte ouders",
        "Heeft u een zoon of dochter die volgend schooljaar naar het eerste jaar secundair gaat? Broers en zussen van onze huidige leerlingen krijgen voorrang, maar die voorrang geldt niet automatisch.",
        ("ol", ["De voorrangsperiode voor broers en zussen loopt van 10 tot en met 21 maart.",
                "U schrijft in via het online formulier op www.sintpieterscollege.be/inschrijven, en daarna ter plaatse op afspraak.",
                "Breng de identiteitskaart van uw kind mee en het attest van het zesde leerjaar (of het laatste rapport).",
                "Na de voorrangsperiode volgt de gewone Leuvense aanmeldingsprocedure, waarbij de voorrang niet meer geldt."]),
        "In bijlage vindt u onze infobrochure en het studieaanbod van het eerste jaar.",
        "Met vriendelijke groeten\nGeert Van Roey, directeur",
     ],
     attach=[("infopakket-eerste-jaar-2025.zip", "application/zip",
              fake_zip([("infobrochure-eerste-jaar.pdf", fake_pdf("Infobrochure eerste jaar 2025-2026")),
                        ("studieaanbod-eerste-graad.pdf", fake_pdf("Studieaanbod eerste graad"))]))])

mail(slug="antwoord-inschrijving-nieuwe-leerling", genre="inschrijving", lang="nl", date="2025-05-06 14:30",
     frm="sofie", to=[("Ewa Kaczmarek", "ewa.kaczmarek@gmail.com")],
     subject="Re: inschrijving voor het derde jaar",
     kind="plain", cte="quoted-printable", pd=True, tags=["reply"],
     in_reply_to="<CAP2vN8sQ0@mail.gmail.com>",
     note="secretariat explains the registration procedure for a side entrant to one prospective parent; school phone",
     body="""Beste mevrouw Kaczmarek

Bedankt voor uw interesse in onze school. Voor een inschrijving in het derde jaar gaat het als volgt:

1. Maak een afspraak met het secretariaat (via deze mail of telefonisch op 016 29 84 10). Inschrijvingen voor volgend schooljaar starten op 12 mei.
2. Breng mee: de identiteitskaart van uw zoon of dochter, het laatste rapport en het oriënteringsattest van het tweede jaar (zodra dat er is).
3. Tijdens de afspraak overlopen we het schoolreglement en het pedagogisch project. U tekent voor akkoord.
4. Komt uw kind uit een school buiten Vlaanderen? Dan kijken we samen welk attest nodig is voor de gelijkwaardigheid.

Heeft uw kind specifieke onderwijsbehoeften, dan kan u dat tijdens het gesprek vertellen, maar dat hoeft niet per mail en het heeft geen invloed op de inschrijving.

Met vriendelijke groeten
Sofie Vandenbroucke
leerlingensecretariaat

Op ma 5 mei 2025 om 19:30 schreef Ewa Kaczmarek <ewa.kaczmarek@gmail.com>:
> Dzień dobry / goedendag, wij verhuizen deze zomer naar Leuven. Hoe kan ik mijn kind inschrijven voor het derde jaar? Welke documenten zijn nodig?
> Met vriendelijke groeten, Ewa Kaczmarek
""")


# ================================================================ MAIN
SCHOOL_DOMS = ("sintpieterscollege.be", "ksleuven.be")


def is_internal(a):
    d = a.split("@")[1].lower()
    return any(d == x or d.endswith("." + x) for x in SCHOOL_DOMS)


def yq(s):
    return '"' + str(s).replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    group_addrs = set(G.values())
    labels = []
    problems = []
    for i, spec in enumerate(MAILS, 1):
        fname = "%03d-%s.eml" % (i, spec["slug"])
        msg = build(spec, i)
        data = msg.as_bytes(policy=SMTP)
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(data)
        mail_from = P[spec["frm"]][1] if spec["frm"] in P else spec["frm"]
        visible = [addr(x) for x in spec.get("to", [])] + [addr(x) for x in spec.get("cc", [])]
        rcpt = []
        for a in visible + [addr(x) for x in spec.get("bcc", [])]:
            if a not in rcpt:
                rcpt.append(a)
        rules = ["personal_data"] if spec.get("pd") else []
        # ---- own consistency checks (labels vs. what I wrote)
        parsed = BytesParser(policy=policy.default).parsebytes(data)
        for h in ("Date", "From", "To", "Subject", "Message-ID", "MIME-Version", "Content-Type"):
            if parsed[h] is None:
                problems.append((fname, "missing header " + h))
        if parsed["Content-Transfer-Encoding"] is None:
            problems.append((fname, "missing CTE"))
        if b"\n" in data.replace(b"\r\n", b""):
            problems.append((fname, "bare LF"))
        text = visible_text(parsed)
        found = bool(PHONE_RE.search(text) or IBAN_RE.search(text)) or bool(spec.get("dob"))
        if found != bool(spec.get("pd")):
            problems.append((fname, "personal_data label %s but found %s: %s" % (spec.get("pd"), found,
                             (PHONE_RE.search(text) or IBAN_RE.search(text) or [""])[0])))
        if any(a in group_addrs for a in visible):
            problems.append((fname, "group address visible"))
        if sum(1 for a in visible if not is_internal(a)) > 1:
            problems.append((fname, "more than one external visible"))
        if not (is_internal(mail_from)):
            problems.append((fname, "sender not a school address"))
        labels.append((fname, rules, mail_from, rcpt, spec))
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
        fh.write("# general02: 120 general school letters and mails (negatives for sensitive/password/bcc/private_account/attachment)\n")
        for fname, rules, mail_from, rcpt, spec in labels:
            fh.write("%s:\n" % fname)
            fh.write("  rules: [%s]\n" % ", ".join(rules))
            fh.write("  genre: %s\n" % spec["genre"])
            fh.write("  mail_from: %s\n" % mail_from)
            fh.write("  rcpt: [%s]\n" % ", ".join(rcpt))
            fh.write("  about: []\n")
            fh.write("  misdirected: false\n")
            fh.write("  note: %s\n" % yq(spec["note"]))
            fh.write("  lang: %s\n" % spec["lang"])
            fh.write("  format: [%s]\n" % ", ".join(fmt_tags(spec)))
    for p in problems:
        print("PROBLEM", *p)
    print("wrote %d mails, %d problems" % (len(labels), len(problems)))


if __name__ == "__main__":
    main()
