#!/usr/bin/env python3
"""Build the conduct01 blind set: 100 outgoing staff mails of Sint-Pieterscollege (fictional),
about offensive content (conduct) and dangerous or oversharing links (links), with labels.yaml.
Standard library only, deterministic (fixed dates, boundaries and Message-IDs). Run: python3 make.py
"""
import hashlib
import html as htmlmod
import os
import re
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, getaddresses

HERE = os.path.dirname(os.path.abspath(__file__))
MAILS = []


def M(**kw):
    MAILS.append(kw)


# ---------------------------------------------------------------- helpers for bodies
def html2text(h):
    t = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", "", h)
    t = re.sub(r'(?is)<a\s[^>]*href="([^"]*)"[^>]*>(.*?)</a>', lambda m: f"{m.group(2)} \x02{m.group(1)}\x03", t)
    t = re.sub(r"(?i)<br\s*/?>", "\n", t)
    t = re.sub(r"(?i)</(p|div|tr|h[1-6]|li|blockquote)>", "\n", t)
    t = re.sub(r"(?i)<li[^>]*>", "- ", t)
    t = re.sub(r"(?i)</t[dh]>", "\t", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = htmlmod.unescape(t).replace("\x02", "<").replace("\x03", ">")
    lines = [ln.rstrip() for ln in t.splitlines()]
    out, blank = [], 0
    for ln in lines:
        ln = ln.strip(" \t") if ln.strip() == "" else ln.replace("\t", "  ").strip()
        if ln == "":
            blank += 1
            if blank > 1:
                continue
        else:
            blank = 0
        out.append(ln)
    return "\n".join(out).strip() + "\n"


def outlook(inner):
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
        "<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}"
        "a:link{color:#0563C1;text-decoration:underline;}table.t{border-collapse:collapse;}"
        "td{border:solid windowtext 1.0pt;padding:0cm 5.4pt;}--></style></head>"
        '<body lang="NL-BE" link="#0563C1" vlink="#954F72"><div class="WordSection1">'
        + inner
        + "</div></body></html>"
    )


def simple(inner):
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head>'
        '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">' + inner + "</body></html>"
    )


def P(*lines):
    """Outlook paragraphs."""
    return "".join(f'<p class="MsoNormal">{ln if ln else "&nbsp;"}</p>' for ln in lines)


# ---------------------------------------------------------------- building
def tz_for(dt):
    # Belgian time: summer time roughly end of March to end of October
    return timezone(timedelta(hours=2)) if (dt.month, dt.day) >= (3, 30) and (dt.month, dt.day) < (10, 27) else timezone(timedelta(hours=1))


def mkdate(s):
    dt = datetime.strptime(s, "%Y-%m-%d %H:%M")
    return format_datetime(dt.replace(tzinfo=tz_for(dt)))


def addr_of(x):
    return getaddresses([x])[0][1]


def set_boundaries(msg, seed):
    i = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            for sub in part.get_payload():
                del sub["MIME-Version"]
            i += 1
            h = hashlib.sha1(f"{seed}-{i}".encode()).hexdigest()[:16]
            part.set_boundary(f"----=_Part_{i}_{h}")


def body_into(m, s):
    fmt = s.get("fmt", "plain")
    text, html = s.get("body"), s.get("html")
    if fmt == "plain":
        m.set_content(text, charset="utf-8", cte="8bit")
    elif fmt == "7bit":
        m.set_content(text, charset="us-ascii", cte="7bit")
    elif fmt == "qp":
        m.set_content(text, charset="utf-8", cte="quoted-printable")
    elif fmt == "b64":
        m.set_content(text, charset="utf-8", cte="base64")
    elif fmt == "cp1252":
        m.set_content(text, charset="windows-1252", cte="8bit")
    elif fmt == "html":
        m.set_content(html, subtype="html", charset="utf-8", cte=s.get("html_cte", "quoted-printable"))
    elif fmt == "alt":
        m.set_content(text if text else html2text(html), charset="utf-8", cte="quoted-printable")
        m.add_alternative(html, subtype="html", charset="utf-8", cte=s.get("html_cte", "quoted-printable"))
    else:
        raise ValueError(fmt)


def build(s, seed):
    m = EmailMessage(policy=SMTP)
    m["Date"] = mkdate(s["date"])
    m["From"] = s["frm"]
    if s.get("to"):
        m["To"] = ", ".join(s["to"])
    else:
        m["To"] = "undisclosed-recipients:;"
    if s.get("cc"):
        m["Cc"] = ", ".join(s["cc"])
    m["Subject"] = s["subject"]
    dom = addr_of(s["frm"]).split("@")[1]
    m["Message-ID"] = f"<{hashlib.sha1(seed.encode()).hexdigest()[:20]}@{dom}>"
    if s.get("in_reply_to"):
        m["In-Reply-To"] = s["in_reply_to"]
    for k, v in s.get("extra_headers", []):
        m[k] = v
    body_into(m, s)
    if s.get("inner"):
        inner = build(s["inner"], seed + "-inner")
        m.add_attachment(inner)
    for fname, ctype, content in s.get("attach", []):
        maintype, subtype = ctype.split("/")
        if isinstance(content, str):
            m.add_attachment(content.encode("utf-8"), maintype=maintype, subtype=subtype, filename=fname)
        else:
            m.add_attachment(content, maintype=maintype, subtype=subtype, filename=fname)
    set_boundaries(m, seed)
    return m


# ---------------------------------------------------------------- signatures and addresses
SCHOOL = "sintpieterscollege.be"
TEL = "016 29 41 70"
SIG_ADDR = "Sint-Pieterscollege | Naamsestraat 112 | 3000 Leuven"


def ysq(s):
    """YAML single-quoted scalar."""
    return "'" + str(s).replace("'", "''") + "'"


# ================================================================ the mails
# 1
M(slug="gedeeld-document-evaluatie", date="2024-11-18 06:42",
  frm="Koen Vermeulen <koen.vermeulen@sintpieterscollege.be>",
  to=["Koen Vermeulen <koen.vermeulen@sintpieterscollege.be>"], bcc=["personeel@sintpieterscollege.be"],
  subject="Koen Vermeulen heeft 'Evaluatie_1e_trimester_2024.xlsx' met u gedeeld",
  fmt="html",
  html=simple(
      '<table width="520" cellpadding="0" cellspacing="0" style="border:1px solid #ddd"><tr><td style="padding:20px">'
      '<p style="font-size:16px">Koen Vermeulen heeft een bestand met u gedeeld</p>'
      '<p><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240610.001/assets/item-types/48/xlsx.png" width="32"> '
      '<b>Evaluatie_1e_trimester_2024.xlsx</b></p>'
      '<p>Hier is het overzicht zoals besproken op de personeelsvergadering. Graag nakijken voor vrijdag.</p>'
      '<p><a href="https://sintpieterscollege-my.sharepoint.com.doc-preview-secure.online/:x:/r/personal/koen_vermeulen/Evaluatie_1e_trimester_2024.xlsx?login=1" '
      'style="background:#0078d4;color:#fff;padding:8px 16px;text-decoration:none">Openen</a></p>'
      '<p style="color:#666;font-size:11px">Deze koppeling werkt alleen voor de directe geadresseerden van dit bericht.<br>'
      'Microsoft respecteert uw privacy. Lees onze privacyverklaring.<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>'
      "</td></tr></table>"),
  rules=["links"],
  note="hijacked staff account mails all staff a fake OneDrive share whose host only starts like sharepoint.com (doc-preview-secure.online)",
  lang="nl", format=["html"])

# 2
M(slug="melding-speelplaats-kiana", date="2024-10-08 12:51",
  frm="An Devos <an.devos@sintpieterscollege.be>",
  to=["Lies Goossens <lies.goossens@sintpieterscollege.be>"],
  cc=["Joris Lambrechts <joris.lambrechts@sintpieterscollege.be>"],
  subject="melding middagpauze 3C",
  body="""Hoi Lies,

Even snel voor het zorgoverleg van donderdag, zodat we het niet vergeten.

Tijdens de middagpauze (toezicht bij de fietsenstalling) hoorde ik Bilal (3C) tegen Kiana (ook 3C) roepen: "vuile aap, ga terug naar je jungle". Twee andere jongens stonden erbij te lachen en deden apengeluiden. Ik heb ze meteen aangesproken en Bilal naar het leerlingensecretariaat gestuurd.

Kiana was erg aangedaan, ze heeft de rest van de pauze bij mij gestaan en zei dat het "al weken zo gaat", ook in de Snapchatgroep van de klas. Ze wil niet dat haar mama gebeld wordt, ze is bang dat het dan erger wordt.

Kunnen we dit donderdag bespreken? Ik denk dat een gesprek met Kiana alleen eerst het beste is. Joris staat in cc voor de sanctie van Bilal.

Groetjes
An

--
An Devos
leerlingenbegeleiding 2e graad
""",
  rules=["sensitive"], cats=["psychosocial"],
  note="pupil counsellor reports a racist insult she heard and the repeated bullying of a named pupil to the care coordinator; quoting the slur to report it is not conduct",
  lang="nl", format=["plain"])

# 3
M(slug="agenda-vakgroep-wiskunde", date="2024-09-24 16:05",
  frm="Yusuf Demir <yusuf.demir@spc.ksleuven.be>",
  to=["vakgroep-wiskunde@spc.ksleuven.be"],
  subject="Agenda vakgroep wiskunde di 1/10",
  fmt="qp",
  body="""Dag collega's,

Volgende dinsdag om 15u50 vakgroepvergadering in lokaal B.104. Agenda:

1. Verslag vorige vergadering (zie Smartschool > vakgroep wiskunde > verslagen)
2. Nieuwe leerplannen 2e graad: stand van zaken, wie neemt welk hoofdstuk
3. Afspraken over het rekenmachinegebruik op de examens (TI-84 in de 3de graad, geen CAS)
4. Aankoop: nieuwe passers en geodriehoeken voor de 1ste graad, budget ongeveer 300 euro
5. Wiskunde Olympiade: inschrijvingen via Sarah tegen 15/11
6. Varia

Wie er niet bij kan zijn, laat het me even weten. Koffie en koeken zijn voorzien ;-)

Groeten,
Yusuf
""",
  rules=["bcc"],
  note="subject group's mailing list put openly in To instead of Bcc; ordinary meeting agenda otherwise",
  lang="nl", format=["qp"])

# 4
M(slug="labogroepen-2c", date="2025-02-04 21:37",
  frm="Marc Wouters <marc.wouters@sintpieterscollege.be>",
  to=["Kevin Meeus <kevin.meeus@sintpieterscollege.be>"],
  subject="labogroepen 2C",
  fmt="cp1252",
  body="""Kevin,

Voor de labo's vanaf volgende week: zet die kleine makak van 2C (Amir) aub NIET meer in mijn groep. Ik heb er mijn buik van vol. Die snapt toch niks van een schakeling, zijn soort leert dat nooit, die zijn alleen goed in dingen van anderen meenemen. Steek hem maar bij Pieter, die is toch zo "open".

De rest van de indeling is goed zo.

Marc
""",
  rules=["conduct"],
  note="teacher calls a pupil a racist slur and generalises about 'his kind' in a mail to a colleague",
  lang="nl", format=["cp1252"])

# 5
M(slug="exchange-participants-sheet", date="2025-01-21 10:12",
  frm="Nathalie Mertens <nathalie.mertens@sintpieterscollege.be>",
  to=["Mette Hansen <mette.hansen@kathedralskole-aarhus.dk>"],
  subject="Erasmus+ exchange March - participant list",
  fmt="alt",
  html=simple(
      "<p>Dear Mette,</p>"
      "<p>Thanks again for the lovely call last week, the students are really looking forward to Aarhus!</p>"
      "<p>As promised, here is the participant sheet for your host families. It has the full names, dates of birth, "
      "passport numbers, home addresses, dietary needs and allergies, and the emergency contacts of all 22 students "
      "and the two accompanying teachers. I set it to &quot;anyone with the link can view&quot; so your colleagues "
      "don't need a Google account:</p>"
      '<p><a href="https://docs.google.com/spreadsheets/d/1qX7vTzP4mK2bW9rLsA3eN8yHcF0dJ6gUoR5iZtQ1vEw/edit?usp=sharing">'
      "https://docs.google.com/spreadsheets/d/1qX7vTzP4mK2bW9rLsA3eN8yHcF0dJ6gUoR5iZtQ1vEw/edit?usp=sharing</a></p>"
      "<p>Feel free to forward it to the host families directly, that saves us a round of emails.</p>"
      "<p>Best wishes,<br>Nathalie<br><br>Nathalie Mertens<br>English teacher / Erasmus+ coordinator<br>Sint-Pieterscollege Leuven</p>")
  ,
  rules=["links"],
  note="teacher shares a Google Sheet open to anyone with the link holding pupils' passports, birth dates and allergies with a partner school and invites forwarding",
  lang="en", format=["alt"])

# 6
M(slug="nieuwsbrief-november", date="2024-11-06 17:30",
  frm="Sint-Pieterscollege <info@sintpieterscollege.be>",
  to=["Sint-Pieterscollege <info@sintpieterscollege.be>"], bcc=["ouders@sintpieterscollege.be"],
  subject="Nieuwsbrief november - Sint-Pieterscollege",
  fmt="alt",
  html=outlook(
      P("Beste ouders,", "",
        "Het eerste trimester is al goed op weg. In deze nieuwsbrief vindt u de belangrijkste data en nieuwtjes.", "")
      + '<p class="MsoNormal"><b>Oudercontact</b></p>'
      + P("Op donderdag 21 november is er oudercontact voor alle jaren. U kan vanaf maandag een tijdstip reserveren via "
          '<a href="https://sintpieterscollege.smartschool.be/index.php?module=Planner">Smartschool</a> (module Planner).', "")
      + '<p class="MsoNormal"><b>Opendeurdag</b></p>'
      + P("Kent u nog gezinnen die een school zoeken? Op zaterdag 8 februari zetten we onze deuren open. Inschrijven voor "
          'een rondleiding kan via <a href="https://bit.ly/spc-opendeur25">bit.ly/spc-opendeur25</a> '
          '(dat is de pagina <a href="https://www.sintpieterscollege.be/opendeurdag">www.sintpieterscollege.be/opendeurdag</a>).', "")
      + '<p class="MsoNormal"><b>Terugblik schoolfeest</b></p>'
      + P('De aftermovie van ons schoolfeest staat online: <a href="https://www.youtube.com/watch?v=Qm3kT8vR2xA">bekijk hem op YouTube</a>. '
          "Leerlingen die niet in beeld wilden komen, werden eruit geknipt.", "")
      + '<p class="MsoNormal"><b>Kalender</b></p>'
      + '<table class="t"><tr><td>ma 11/11</td><td>Wapenstilstand - vrije dag</td></tr>'
        '<tr><td>vr 15/11</td><td>Pedagogische studiedag - geen les</td></tr>'
        '<tr><td>do 21/11</td><td>Oudercontact 16u-20u</td></tr>'
        '<tr><td>ma 9/12</td><td>Start examens</td></tr></table>'
      + P("", "Met vriendelijke groeten,", "", "Hilde Maes, directeur",
          f"{SIG_ADDR}", f"tel. {TEL} | <a href=\"https://www.sintpieterscollege.be\">www.sintpieterscollege.be</a>")),
  rules=["personal_data"],
  note="monthly newsletter to all parents in Bcc; links go to the school site, the real Smartschool, YouTube and a shortener for the public open-day page; school phone in the signature",
  lang="nl", format=["alt", "outlook"])

# 7
M(slug="re-oudercontact-planning", date="2024-11-22 22:14",
  frm="Tom Hermans <tom.hermans@sintpieterscollege.be>",
  to=["Sarah Bogaerts <sarah.bogaerts@sintpieterscollege.be>"],
  subject="Re: planning oudercontact",
  body="""Geen probleem hoor, ik neem die twee ouders van 5B wel over.

Maar je bent me wel iets schuldig he ;-) Die blouse van gisteren op het oudercontact, ik kon me bijna niet concentreren. Als je ooit "bijles" wil, mijn lokaal is na 16u altijd leeg. Of kom dit weekend eens langs, mijn vrouw is met de kinderen naar haar moeder. Niemand moet het weten.

En doe niet zo preuts als vorige keer op de personeelsfuif, ik weet dat je het ook wil.

T.

Op vr 22 nov 2024 om 17:03 schreef Sarah Bogaerts <sarah.bogaerts@sintpieterscollege.be>:
> Hoi Tom,
> Zou jij de ouders van Seppe en Ella (5B) kunnen zien op het tweede oudercontact? Ik sta die avond op de
> infoavond van de 1ste graad.
> Alvast bedankt!
> Sarah
""",
  rules=["conduct"],
  note="colleague answers a work request with sexual remarks and an insistent invitation to a younger colleague who earlier said no",
  lang="nl", format=["plain", "reply"])

# 8
M(slug="scans-secretariaat-nas", date="2024-10-15 09:26",
  frm="Dirk Peeters <dirk.peeters@spc.ksleuven.be>",
  to=["Support PrintPartner <support@printpartner-leuven.be>"],
  subject="Ticket 48213 - scans komen niet aan op NAS",
  fmt="7bit",
  body="""Goeiemorgen,

Het toestel op het secretariaat (Ricoh IM C3000) stuurt sinds de update van vrijdag geen scans meer door naar de map op onze NAS. De gebruikers krijgen "Verbinding met bestemming mislukt".

Om het jullie makkelijk te maken, jullie technieker kan rechtstreeks in de map kijken en de instellingen nakijken:

- scanmap: ftp://scanner:Kopie!2024@10.20.1.15/scans/secretariaat
- beheer NAS: https://admin:SpcNas#88@nas.spc.ksleuven.be:5001/

Het toestel zelf heeft IP 10.20.1.41.

Laat maar weten wanneer jullie langskomen, dan zorg ik dat er iemand is.

Mvg
Dirk Peeters
ICT-coordinator
""",
  rules=["links", "password"],
  note="ICT coordinator gives an outside printer firm links with the scan account's and the NAS admin's password inside the URL",
  lang="nl", format=["plain", "7bit"])

# 9
M(slug="leesboek-het-smelt-5de", date="2025-01-09 14:20",
  frm="Sofie Claes <sofie.claes@sintpieterscollege.be>",
  to=["Sofie Claes <sofie.claes@sintpieterscollege.be>"], bcc=["ouders-5a@sintpieterscollege.be", "ouders-5b@sintpieterscollege.be"],
  subject="Leesboek Nederlands 5de jaar: Het smelt (Lize Spit)",
  fmt="qp",
  body="""Geachte ouders,

In het tweede trimester lezen de leerlingen van het vijfde jaar in de lessen Nederlands de roman "Het smelt" van Lize Spit. Het boek kreeg veel prijzen en wordt vaak gekozen in de derde graad, maar we willen u vooraf goed informeren.

De roman gaat over een jonge vrouw die terugkeert naar het dorp waar ze opgroeide. Gaandeweg wordt duidelijk wat ze als kind heeft meegemaakt: pesten, verwaarlozing en seksueel geweld door leeftijdsgenoten. Sommige scènes zijn zeer expliciet en hard, en de personages gebruiken grof en vernederend taalgebruik tegenover elkaar.

Waarom lezen we dit boek dan toch?
- het toont hoe groepsdruk en zwijgen iemand kunnen kapotmaken;
- we bespreken in de klas hoe de schrijfster met perspectief en spanning werkt;
- we koppelen het aan een les over grenzen en toestemming, samen met de collega's godsdienst.

Leerlingen die het boek te zwaar vinden, kunnen bij mij terecht. Zij krijgen een ander boek van dezelfde lijst (bv. "Wil" van Jeroen Olyslaegers), zonder dat ze dat aan de klas moeten uitleggen. Ook als ouder mag u mij altijd contacteren via Smartschool.

Met vriendelijke groeten,

Sofie Claes
leerkracht Nederlands 3de graad
""",
  rules=[],
  note="letter to the parents of two classes (Bcc) announcing a novel with sexual violence and degrading language; a literature lesson, not conduct",
  lang="nl", format=["qp"])

# 10
M(slug="fw-smartschool-migratie", date="2025-03-03 08:12",
  frm="Greet Van Damme <greet.vandamme@sintpieterscollege.be>",
  to=["Greet Van Damme <greet.vandamme@sintpieterscollege.be>"], bcc=["personeel@sintpieterscollege.be"],
  subject="FW: Belangrijk: migratie Smartschool-accounts voor 7 maart",
  fmt="alt",
  html=outlook(
      P("Dag collega's,", "",
        "Ik kreeg onderstaand bericht van Smartschool. Blijkbaar moet iedereen opnieuw inloggen voor de migratie, anders wordt "
        "je account geblokkeerd. Doe het best vandaag nog, het gaat heel snel (bij mij 1 minuut).", "", "Groetjes,", "Greet", "")
      + '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
      + P("<b>Van:</b> Smartschool Support &lt;noreply@smartschool-support.eu&gt;",
          "<b>Verzonden:</b> maandag 3 maart 2025 07:41",
          "<b>Aan:</b> Greet Van Damme",
          "<b>Onderwerp:</b> Belangrijk: migratie Smartschool-accounts voor 7 maart")
      + "</div>"
      + P("", "Beste gebruiker,", "",
          "Uw school migreert naar het nieuwe Smartschool-platform. Bevestig uw account voor 7 maart via uw vertrouwde loginpagina:",
          '<a href="http://smartschool-migratie.eu/spc/login.php?ref=greet.vandamme">https://sintpieterscollege.smartschool.be</a>',
          "", "Niet-bevestigde accounts worden na deze datum gedeactiveerd.", "", "Het Smartschool-team")),
  rules=["links"],
  note="secretary forwards a phishing mail to all staff as genuine; the link shows the real Smartschool address but goes to smartschool-migratie.eu",
  lang="nl", format=["alt", "outlook", "forward-inline"])

# 11
M(slug="fw-mopje-vrijdag", date="2024-12-13 12:02",
  frm="Marc Wouters <marc.wouters@sintpieterscollege.be>",
  to=["Kevin Meeus <kevin.meeus@sintpieterscollege.be>", "Rudi Cools <rudi.cools@sintpieterscollege.be>",
      "Bart Janssens <bart.janssens@sintpieterscollege.be>"],
  subject="Fwd: mopje voor vrijdag",
  fmt="cp1252",
  body="""Ge moogt ne keer lachen vandaag mannen, en eerlijk is eerlijk: zo is het toch gewoon. Mijn fiets aan het station is ook al twee keer "geleend".

---------- Doorgestuurd bericht ----------
Van: Luc Wouters <luc.wouters61@gmail.com>
Datum: vr 13 dec 2024 om 10:48
Onderwerp: mopje voor vrijdag
Aan: Marc <marc.wouters@sintpieterscollege.be>

Waarom zie je nooit een Marokkaan met een fiets in de Ronde van Vlaanderen?
Omdat de eigenaar altijd achter hem aan zit te lopen.

En wat zegt een Marokkaan als hij bij de dokter komt? "Ik kom voor mijn uitkering, de rest interesseert me niet."

Doe de groeten aan ons Lieve!
""",
  rules=["conduct"],
  note="teacher forwards racist jokes about Moroccans to three colleagues and endorses them in his own words",
  lang="nl", format=["cp1252", "forward-inline"])

# 12
M(slug="fotos-planckendael", date="2024-10-02 19:48",
  frm="Sarah Bogaerts <sarah.bogaerts@sintpieterscollege.be>",
  to=["Hanne Verbeke <hanne.verbeke@sintpieterscollege.be>"],
  subject="foto's Planckendael",
  body="""Hey Hanne,

Hier zijn de foto's van gisteren (vooral dieren en een paar van de picknick, ik heb er geen gezichten van dichtbij in gezet):
https://photos.app.goo.gl/Yb3kQzT7wLp9sXc28

Kies jij er een paar voor de website? Dan geef ik ze door aan Stijn.

Merci nog voor de hulp met de bus, zonder jou was ik die twee van 1D kwijt geweest haha

Sarah
""",
  rules=[],
  note="harmless school-trip photo album (animals, picnic) shared by link with one colleague",
  lang="nl", format=["plain"])

# 13
M(slug="re-parkeren-schoolpoort", date="2025-03-17 20:33",
  frm="Kevin Meeus <kevin.meeus@sintpieterscollege.be>",
  to=["Ronny Verlinden <ronny.verlinden@telenet.be>"],
  subject="Re: uw gedrag aan de schoolpoort",
  body="""Meneer Verlinden,

Ik ga hier niet meer beleefd over doen. Als u nog één keer mijn auto klemzet aan de poort en mij voor de leerlingen uitscheldt, dan zal ik u eens tonen hoe we dat in mijn buurt oplossen. Ik weet waar u woont, ik zie uw camionette elke dag staan in de Kapucijnenvoer. Dan zullen we eens zien wie er nog grote woorden heeft.

Dit is de laatste verwittiging.

K. Meeus

----- Oorspronkelijk bericht -----
Van: Ronny Verlinden <ronny.verlinden@telenet.be>
Aan: kevin.meeus@sintpieterscollege.be
Verzonden: maandag 17 maart 2025 18:05
Onderwerp: uw gedrag aan de schoolpoort

Meneer Meeus, ik vond het bijzonder onbeleefd dat u vanmorgen tegen mij begon te roepen omdat ik even stond te wachten voor mijn dochter. Ik heb daar evengoed recht op als u.
R. Verlinden
""",
  rules=["conduct"],
  note="teacher threatens a parent with violence and hints he knows where the man lives",
  lang="nl", format=["plain", "reply"])

# 14
PUNY_SPC = "sintpieterscollège.be".encode("idna").decode()
M(slug="herinnering-schoolrekening", date="2025-02-11 05:58",
  frm="Ewa Kowalczyk <ewa.kowalczyk@sintpieterscollege.be>",
  to=["Ewa Kowalczyk <ewa.kowalczyk@sintpieterscollege.be>"], bcc=["ouders@sintpieterscollege.be"],
  subject="Laatste herinnering: openstaande schoolrekening",
  fmt="html",
  html=simple(
      "<p>Geachte ouder,</p>"
      "<p>Volgens onze gegevens staat er voor uw kind nog een bedrag open op de schoolrekening van het eerste trimester. "
      "Om een aanmaningskost van 25 euro te vermijden, vragen wij u de betaling binnen 48 uur te regelen via ons beveiligd "
      "betaalportaal. U logt in met uw Smartschool co-account.</p>"
      f'<p><a href="https://{PUNY_SPC}/ouders/betalen/login">https://sintpieterscollège.be/ouders/betalen</a></p>'
      "<p>Heeft u reeds betaald, dan mag u dit bericht als onbestaand beschouwen.</p>"
      "<p>Met vriendelijke groeten,<br>Ewa Kowalczyk<br>Boekhouding Sint-Pieterscollege</p>"),
  rules=["links"],
  note="hijacked bookkeeping account sends all parents a payment 'reminder' linking to a punycode look-alike of the school domain (sintpieterscollège)",
  lang="nl", format=["html"])

# 15
M(slug="week-tegen-pesten-1ste-jaar", date="2025-02-14 11:10",
  frm="Leerlingenbegeleiding SPC <leerlingenbegeleiding@sintpieterscollege.be>",
  to=["Leerlingenbegeleiding SPC <leerlingenbegeleiding@sintpieterscollege.be>"],
  bcc=["ouders-1a@sintpieterscollege.be", "ouders-1b@sintpieterscollege.be", "ouders-1c@sintpieterscollege.be",
       "ouders-1d@sintpieterscollege.be"],
  subject="Vlaamse Week tegen Pesten: wat doen we in het 1ste jaar?",
  fmt="html",
  html=simple(
      "<p>Beste ouders,</p>"
      "<p>Van 21 tot 28 februari is het de Vlaamse Week tegen Pesten. In het eerste jaar werken we die week in de lessen "
      "en tijdens de klasuren rond het thema <i>&quot;Zeg het eens recht in m'n gezicht&quot;</i>.</p>"
      "<h3>Wat staat er op het programma?</h3><ul>"
      "<li>maandag: klasgesprek over het verschil tussen plagen, ruzie en pesten;</li>"
      "<li>woensdag: workshop cyberpesten door een medewerker van Child Focus;</li>"
      "<li>vrijdag: iedere klas maakt een &quot;klascharter&quot; met eigen afspraken.</li></ul>"
      "<h3>Waarom ook over taal?</h3>"
      "<p>In de eerste graad horen we vaak scheldwoorden die als grap worden afgedaan, bijvoorbeeld &quot;homo&quot;, "
      "&quot;dikke&quot;, &quot;mongool&quot; of opmerkingen over iemands afkomst of hoofddoek. Voor wie het elke dag hoort, is "
      "dat geen grap. We leren de leerlingen zulke woorden herkennen en er iets van te zeggen, ook in de groepschats.</p>"
      "<h3>Wat kan u thuis doen?</h3><ul>"
      "<li>vraag eens hoe het gaat in de klasgroep op WhatsApp of Snapchat;</li>"
      "<li>merkt u dat uw kind gepest wordt of zelf pest, neem dan contact op met de klastitularis of met ons;</li>"
      "<li>meer tips vindt u op <a href=\"https://www.ikbeslis.be\">ikbeslis.be</a> en "
      "<a href=\"https://www.vlaanderen.be/onderwijs-en-vorming/welzijn-op-school/pesten\">vlaanderen.be</a>.</li></ul>"
      "<p>Met vriendelijke groeten,<br>het team leerlingenbegeleiding</p>"),
  rules=[],
  note="anti-bullying letter to all first-year parents (Bcc) citing typical playground slurs as examples",
  lang="nl", format=["html"])

# 16
M(slug="bevestiging-inschrijving-zofia", date="2025-05-06 10:44",
  frm="Secretariaat Sint-Pieterscollege <secretariaat@sintpieterscollege.be>",
  to=["Agnieszka Nowak <a.nowak84@gmail.com>"],
  subject="Bevestiging inschrijving schooljaar 2025-2026",
  fmt="b64",
  body="""Beste mevrouw Nowak,

Hierbij bevestigen wij de inschrijving van uw dochter voor het schooljaar 2025-2026:

Naam leerling: Zofia Nowak
Geboortedatum: 17/08/2013
Richting: 1ste jaar A-stroom, basisoptie Latijn
Startdatum: maandag 1 september 2025

In de loop van juni ontvangt u de login voor Smartschool en de boekenlijst. Wij vragen u ook het schoolreglement te lezen en het ondertekende instemmingsformulier mee te geven op de eerste schooldag.

Met vriendelijke groeten,

Greet Van Damme
secretariaat
Sint-Pieterscollege - Naamsestraat 112, 3000 Leuven
""",
  rules=["personal_data"],
  note="secretariat confirms a new pupil's enrolment to her mother with the child's date of birth",
  lang="nl", format=["plain", "base64"])

# 17
M(slug="eleve-4b-refus", date="2024-12-02 18:26",
  frm="Patrick Dubois <patrick.dubois@sintpieterscollege.be>",
  to=["Elif Yılmaz <elif.yilmaz@sintpieterscollege.be>"],
  subject="ton élève de 4B",
  fmt="qp",
  body="""Salut Elif,

Je te préviens tout de suite : je ne reprends plus ce petit bougnoule de 4B (Mehdi) dans mon cours de conversation jeudi. Qu'il retourne au bled s'il ne sait pas se tenir. Ces gens-là ne respectent rien, c'est dans leur culture.

Tu peux le garder dans ton groupe, moi j'en ai assez.

Patrick
""",
  rules=["conduct"],
  note="French teacher uses an anti-Arab slur and a 'go back' remark about a pupil in a mail to a colleague",
  lang="fr", format=["qp"])

# 18
M(slug="toets-economie-inkijken", date="2025-01-28 16:40",
  frm="Tom Hermans <tom.hermans@sintpieterscollege.be>",
  to=["Tom Hermans <tom.hermans@sintpieterscollege.be>"], bcc=["klas-6b@sintpieterscollege.be"],
  subject="toets economie - inkijken",
  body="""Dag 6B,

Jullie toets over de conjunctuurcyclus is verbeterd. Inkijken kan via deze korte link naar de loginpagina, meld je aan met je Smartschool-gebruikersnaam en wachtwoord:

https://bit.ly/3xQ9SpC-toets

(De gewone link was te lang om over te typen van het bord.)

Wie vragen heeft over de verbetering, komt dinsdag na de les even langs.

Meneer Hermans
""",
  rules=["links"],
  note="teacher sends pupils a bit.ly shortener that leads to a page where they must type their Smartschool login, teaching them to log in behind hidden links",
  lang="nl", format=["plain"])

# 19
M(slug="lessenreeks-holocaust", date="2025-01-15 13:05",
  frm="Karim El Amrani <karim.elamrani@sintpieterscollege.be>",
  to=["Wim Verstraeten <wim.verstraeten@sintpieterscollege.be>", "Hanne Verbeke <hanne.verbeke@sintpieterscollege.be>"],
  subject="lessenreeks Holocaust 6de jaar - voorstel",
  fmt="alt",
  html=outlook(
      P("Dag Wim, dag Hanne,", "",
        "Zoals afgesproken op de vakgroep mijn voorstel voor de lessenreeks rond de Holocaust (6de jaar, 5 lesuren), in aanloop naar "
        "de uitstap naar Kazerne Dossin.", "")
      + '<table class="t"><tr><td><b>les</b></td><td><b>inhoud</b></td><td><b>bronnen</b></td></tr>'
        "<tr><td>1</td><td>Rassenleer en het begrip &quot;Untermensch&quot;</td><td>schoolboek p. 112, citaten uit Mein Kampf</td></tr>"
        "<tr><td>2</td><td>Propaganda: affiches &quot;Der ewige Jude&quot;, karikaturen uit Der St&uuml;rmer</td><td>beeldanalyse in groepjes</td></tr>"
        "<tr><td>3</td><td>Van uitsluiting naar deportatie: de Jodenster, razzia's in Antwerpen</td><td>getuigenis Regina Suchowolski</td></tr>"
        "<tr><td>4</td><td>Kampen en vernietiging</td><td>fragment Shoah (Lanzmann)</td></tr>"
        "<tr><td>5</td><td>Waarom dit vandaag nog telt: antisemitisme en racisme online</td><td>klasgesprek</td></tr></table>"
      + P("", "Bij les 2 laten we de leerlingen de scheldwoorden en beelden van de nazi's echt zien, anders begrijpen ze niet hoe "
          "ontmenselijking werkt. Ik geef vooraf een waarschuwing en leerlingen met een familiegeschiedenis die het moeilijk maakt, "
          "mogen bij mij komen.", "", "Feedback welkom voor vrijdag!", "", "Karim")),
  rules=[],
  note="history teacher's lesson plan quoting Nazi slurs and propaganda titles for analysis; a history lesson, not conduct",
  lang="nl", format=["alt", "outlook"])

# 20
M(slug="mfa-en-wachtwoord-reset", date="2024-09-03 15:15",
  frm="Dirk Peeters <dirk.peeters@spc.ksleuven.be>",
  to=["Dirk Peeters <dirk.peeters@spc.ksleuven.be>"], bcc=["personeel@sintpieterscollege.be"],
  subject="Start schooljaar: aanmelden Microsoft 365 en MFA",
  body="""Dag collega's,

Een paar praktische dingen voor de start van het schooljaar:

1. Aanmelden op Microsoft 365 doe je via https://www.office.com met je schooladres (voornaam.naam@sintpieterscollege.be).
2. Vanaf 1 oktober is MFA verplicht. Stel de Authenticator-app in via https://mysignins.microsoft.com/security-info
3. Wachtwoord vergeten? Dat kan je zelf herstellen via https://passwordreset.microsoftonline.com . Ik zal je nooit via mail om je wachtwoord vragen.
4. Smartschool blijft gewoon https://sintpieterscollege.smartschool.be

Kies een lang wachtwoord (een zin van 4 woorden werkt goed) en gebruik het nergens anders.

Vragen? Mijn bureau is B.012, of stuur een bericht via Smartschool.

Dirk
ICT
""",
  rules=[],
  note="ICT start-of-year mail to all staff (Bcc) with the real Microsoft and Smartschool login pages and password advice, no credential",
  lang="nl", format=["plain"])

# 21
M(slug="re-evaluatie-lo-jonas", date="2025-03-25 21:48",
  frm="Bart Janssens <bart.janssens@sintpieterscollege.be>",
  to=["Dominique Coppens <dominique.coppens@skynet.be>"],
  subject="RE: evaluatie LO Jonas",
  body="""Mevrouw Coppens,

Ik ga dit één keer zeggen. Uw zoon is geen "slachtoffer van een onrechtvaardige leerkracht", hij is gewoon een lui verwend nest dat na tien minuten lopen al zit te janken. En eerlijk gezegd verbaast me dat niet als ik zie hoe u hier tekeer gaat. Debiel gedrag komt ergens vandaan.

Zijn punt blijft staan.

B. Janssens

-----Oorspronkelijk bericht-----
Van: Dominique Coppens <dominique.coppens@skynet.be>
Verzonden: dinsdag 25 maart 2025 19:12
Aan: Bart Janssens
Onderwerp: evaluatie LO Jonas

Meneer Janssens,
Jonas kwam vandaag thuis met 4/20 voor de Coopertest. Hij heeft het hele uur gelopen en heeft dat volgens mij niet verdiend. Ik vind dat u hem viseert. Kan u mij uitleggen hoe die punten tot stand kwamen?
D. Coppens
""",
  rules=["conduct"],
  note="PE teacher answers a parent's complaint by insulting both the pupil and the parent",
  lang="nl", format=["plain", "reply"])

# 22
M(slug="klassenraad-3a-dropbox-clb", date="2024-12-19 17:55",
  frm="Wim Verstraeten <wim.verstraeten@sintpieterscollege.be>",
  to=["Katrien Lemmens <katrien.lemmens@clb-leuven.be>"],
  subject="verslagen klassenraad 3A",
  body="""Dag Katrien,

Onze mail laat geen grote bijlagen toe, dus ik heb de verslagen van de klassenraad 3A (december) en de opvolgingsfiches van de leerlingen in mijn Dropbox gezet. Iedereen met de link kan ze openen, dus je hoeft geen account aan te maken:

https://www.dropbox.com/scl/fo/k3v8q2xw9m1t/AAB7hQp4Zr_LnX2d-klassenraad-3A?rlkey=w6e1s9j0u4p2bq7ytx0z3ga5c&dl=0

Ze blijven daar staan tot na de deliberatie in juni, dan ruim ik ze op.

Fijne vakantie!
Wim
klastitularis 3A
""",
  rules=["links"],
  note="class tutor puts class-council reports and pupil follow-up files in a public Dropbox folder and mails the open link to the CLB",
  lang="nl", format=["plain"])

# 23
M(slug="rsv-lessen-2de-jaar", date="2025-04-22 15:30",
  frm="Ilse Jacobs <ilse.jacobs@sintpieterscollege.be>",
  to=["Ilse Jacobs <ilse.jacobs@sintpieterscollege.be>"],
  bcc=["ouders-2a@sintpieterscollege.be", "ouders-2b@sintpieterscollege.be", "ouders-2c@sintpieterscollege.be"],
  subject="Relationele en seksuele vorming in het 2de jaar",
  fmt="alt",
  html=simple(
      "<p>Beste ouders,</p>"
      "<p>In mei besteden we in de lessen godsdienst, biologie en tijdens twee projectnamiddagen aandacht aan relationele en "
      "seksuele vorming (RSV). Dat hoort bij de eindtermen en bij ons pedagogisch project: we willen dat jongeren met respect "
      "voor zichzelf en de ander omgaan, online en offline.</p>"
      "<p><b>Welke thema's komen aan bod?</b></p><ul>"
      "<li>je lichaam in de puberteit, menstruatie, erecties en natte dromen (biologie);</li>"
      "<li>verliefdheid, vriendschap en relaties, ook tussen jongens of tussen meisjes;</li>"
      "<li>grenzen aangeven en respecteren: wat is oké, wat niet? We werken met het Sensoa Vlaggensysteem;</li>"
      "<li>sexting, naaktfoto's en wat je doet als er een beeld van jou rondgaat;</li>"
      "<li>porno: waarom dat geen realistisch beeld geeft van seks en van lichamen.</li></ul>"
      "<p>De projectnamiddag rond sexting wordt gegeven door een medewerker van Sensoa; de leerkrachten blijven in de klas. "
      "Leerlingen kunnen vragen anoniem in een doos stoppen.</p>"
      "<p>Heeft u vragen of wil u het lesmateriaal inkijken, dan bent u welkom op het infomoment op dinsdag 6 mei om 19u in de refter. "
      'Meer achtergrond vindt u op <a href="https://www.sensoa.be">sensoa.be</a> en <a href="https://www.allesoverseks.be">allesoverseks.be</a>.</p>'
      "<p>Vriendelijke groeten,<br>Ilse Jacobs, namens de werkgroep RSV</p>"),
  rules=[],
  note="relational and sexual education letter to second-year parents (Bcc) naming porn and sexting as lesson topics",
  lang="nl", format=["alt"])

# 24
M(slug="concert-hajar", date="2025-03-30 23:11",
  frm="Stijn Willems <stijn.willems@sintpieterscollege.be>",
  to=["Hajar El Idrissi <hajar.elidrissi@leerling.sintpieterscollege.be>"],
  subject="na het concert",
  body="""Hoi Hajar,

Ik moest je nog even zeggen hoe mooi je er gisteren uitzag op het lenteconcert. Dat rode kleedje stond je echt prachtig, je bent zoveel volwassener dan de andere meisjes van je klas. Ik kon mijn ogen niet van je afhouden.

Misschien kunnen we eens afspreken buiten school, gewoon wij twee, dan oefenen we je solo bij mij thuis. Je mama hoeft daar niets van te weten, dat is ons geheimpje.

Stuur je me eens een foto van jou in dat kleedje? Of zonder, dat mag ook ;)

Stijn
""",
  rules=["conduct"],
  note="music teacher sends a pupil sexual remarks, asks for a secret meeting and a photo 'without' the dress: sexual intimidation of a minor",
  lang="nl", format=["plain"])

# 25
M(slug="offerte-bus-kazerne-dossin", date="2025-01-07 11:20",
  frm="Karim El Amrani <karim.elamrani@sintpieterscollege.be>",
  to=["Planning De Vroe <planning@devroe-reizen.be>"],
  subject="Offerteaanvraag busvervoer 27 maart - Mechelen",
  fmt="qp",
  body="""Goeiedag,

Graag had ik een offerte ontvangen voor busvervoer op donderdag 27 maart 2025:

- vertrek 8u15 aan de school (Naamsestraat 112, Leuven), bus mag op de busstrook aan de voorkant staan
- bestemming Kazerne Dossin, Goswin de Stassartstraat 153, Mechelen
- terugrit om 15u30, aankomst in Leuven rond 16u15
- 98 leerlingen + 6 begeleiders (dus 2 bussen of 1 dubbeldekker)

Graag vermelding of tol en parkeerkosten inbegrepen zijn. De factuur mag naar de boekhouding van de school.

Bij vragen ben ik bereikbaar op het nummer van het secretariaat, 016 29 41 70, of op mijn gsm 0485 27 63 19.

Met vriendelijke groeten,
Karim El Amrani
leerkracht geschiedenis
""",
  rules=["personal_data"],
  note="teacher asks a coach company for a quote; gives the school's and his own mobile number",
  lang="nl", format=["qp"])

# 26
M(slug="testsite-wordpress", date="2025-04-03 13:37",
  frm="Jeroen Smets <jeroen.smets@sintpieterscollege.be>",
  to=["Stijn Willems <stijn.willems@sintpieterscollege.be>", "Hanne Verbeke <hanne.verbeke@sintpieterscollege.be>"],
  subject="nieuwe website - testversie",
  body="""Hoi Stijn en Hanne,

De nieuwe schoolwebsite draait als testversie op mijn servertje in het ICT-lokaal. Jullie kunnen al teksten en foto's toevoegen voor de pagina's muziek en wetenschappen.

Inloggen: http://192.168.10.24:8080/wp-login.php
Gebruik gewoon jullie Microsoft-schoolaccount en het wachtwoord dat je daarvoor hebt, ik heb de koppeling gisteren ingesteld.

Het certificaat ontbreekt nog, dus je browser gaat klagen, klik maar door op "toch doorgaan".

Jeroen
""",
  rules=["links"],
  note="computing teacher asks colleagues to log in with their school Microsoft password on a login page on a bare IP address over plain http",
  lang="nl", format=["plain"])

# 27
M(slug="gedrag-amir-vandaag", date="2024-11-26 16:48",
  frm="Sarah Bogaerts <sarah.bogaerts@sintpieterscollege.be>",
  to=["Youssef Haddad <youssef.haddad@hotmail.com>"],
  subject="Gedrag van Amir vandaag",
  body="""Beste meneer Haddad,

Ik wil u op de hoogte brengen van een voorval vandaag in de les wiskunde.

Amir heeft tijdens het groepswerk een medeleerlinge meermaals uitgescholden voor "hoer" en "slet", en daarna ook iets over haar lichaam gezegd dat ik hier niet herhaal. Toen ik hem aansprak, bleef hij lachen en zei hij dat het "maar een grapje" was. Het meisje was er erg van aangedaan.

Dit is niet de eerste keer dit trimester dat Amir zich zo tegenover meisjes in de klas gedraagt. Hij krijgt een strafstudie op woensdag 4 december van 12u30 tot 15u30, en de leerlingenbegeleiding zal deze week een gesprek met hem hebben.

Ik zou het fijn vinden als u dit thuis ook met hem bespreekt. U kan mij altijd bereiken via Smartschool.

Met vriendelijke groeten,

Sarah Bogaerts
leerkracht wiskunde - klastitularis 2C
""",
  rules=["sensitive"], cats=["psychosocial"],
  note="teacher reports to a father the insults his son used towards a girl and his repeated behaviour; quoting to report is not conduct",
  lang="nl", format=["plain"])

# 28
M(slug="nieuwe-collega-frans", date="2024-09-12 20:05",
  frm="Rudi Cools <rudi.cools@sintpieterscollege.be>",
  to=["Bart Janssens <bart.janssens@sintpieterscollege.be>"],
  subject="die nieuwe",
  fmt="qp",
  body="""Bart,

Hebt ge die nieuwe van Frans al bezig gezien in de refter? Echte flikker, met zijn sjaaltje en zijn handtasje. Ik zou mijn zoon niet in de klas van zo'n mietje willen steken, voor ge 't weet loopt die gast ook zo rond.

Ze nemen hier tegenwoordig echt alles aan. Zeg het niet tegen Hilde, die vindt dat allemaal "divers".

Rudi
""",
  rules=["conduct"],
  note="staff member mocks a new colleague with homophobic slurs in a mail to another colleague",
  lang="nl", format=["qp"])

# 29
M(slug="loonfiches-nieuw-portaal", date="2025-01-30 04:51",
  frm="Hilde Maes <hilde.maes@sintpieterscollege.be>",
  to=["Hilde Maes <hilde.maes@sintpieterscollege.be>"], bcc=["personeel@sintpieterscollege.be"],
  subject="Dringend: uw loonfiche en fiscale fiche 281.10 staan klaar",
  fmt="html",
  html=simple(
      "<p>Beste collega,</p>"
      "<p>Vanaf deze maand worden de loonfiches en de fiscale fiche 281.10 niet meer per post bezorgd. U vindt ze in het nieuwe "
      "personeelsportaal van de scholengroep. Meld u aan met uw schoolaccount voor 1 februari, anders kan de uitbetaling van "
      "uw januariloon vertraging oplopen.</p>"
      '<p style="text-align:center"><a href="https://sintpieterscollege.be-personeelsportaal.com/auth/login?user=personeel" '
      'style="background:#1a5c8b;color:#fff;padding:10px 20px;text-decoration:none;border-radius:4px">Naar het personeelsportaal</a></p>'
      "<p>Met vriendelijke groeten,<br>Hilde Maes<br>directeur</p>"),
  rules=["links"],
  note="hijacked director account sends all staff a payslip portal login on sintpieterscollege.be-personeelsportaal.com, a look-alike of the school domain",
  lang="nl", format=["html"])

# 30
M(slug="toetsen-niet-verbeterd", date="2025-05-20 17:12",
  frm="Joris Lambrechts <joris.lambrechts@sintpieterscollege.be>",
  to=["Pieter De Smet <pieter.desmet@sintpieterscollege.be>"],
  subject="Toetsen chemie 4de jaar",
  body="""Pieter,

Ik heb vandaag opnieuw twee ouders aan de lijn gehad die vragen waarom de toetsen chemie van april nog altijd niet terug zijn. Het is de derde keer dit schooljaar dat ik je hierover aanspreek, en ik vind het eerlijk gezegd onaanvaardbaar.

Dit gaat niet alleen over punten: leerlingen moeten hun fouten kunnen zien voor de examens, en collega's van de klassenraad hebben die cijfers nodig. Jouw vertraging zet hen en mij in een heel vervelende positie.

Ik verwacht dat alle toetsen uiterlijk vrijdag verbeterd en ingevoerd zijn in Skore. Ik wil je maandag om 8u15 op mijn bureau zien om te bekijken hoe we dit in de toekomst vermijden. Als er iets is dat je werk bemoeilijkt, zeg het dan, dan zoeken we samen een oplossing. Maar zo kan het niet verder.

Joris Lambrechts
adjunct-directeur
""",
  rules=[],
  note="deputy head's harsh but civil reprimand to a teacher about late marking",
  lang="nl", format=["plain"])

# 31
M(slug="london-trip-passport-copies", date="2025-02-26 19:02",
  frm="Nathalie Mertens <nathalie.mertens@sintpieterscollege.be>",
  to=["Bookings Thames Youth Travel <bookings@thamesyouthtravel.co.uk>"],
  subject="Sint-Pieterscollege London trip 14-16 April - passenger documents",
  body="""Dear Mr Collins,

As requested for the ferry and the hostel registration, I've uploaded the passport and ID-card copies of all 46 students and 4 teachers, together with the signed medical forms, to WeTransfer:

https://we.tl/t-Hx7Ka2PqLm

The link should stay valid for a week. Could you please confirm once you have downloaded everything?

Kind regards,

Nathalie Mertens
Sint-Pieterscollege Leuven
""",
  rules=["links"],
  note="teacher sends a travel agency an open WeTransfer link with passport copies and medical forms of 46 pupils",
  lang="en", format=["plain"])

# 32
M(slug="klacht-directie", date="2025-02-18 16:22",
  frm="Kevin Meeus <kevin.meeus@sintpieterscollege.be>",
  to=["Pieter De Smet <pieter.desmet@sintpieterscollege.be>"],
  subject="jouw klacht",
  body="""Pieter,

Ik heb gehoord dat jij bij Joris bent gaan klagen over het materiaal in het labo. Als jij nog één keer achter mijn rug over mij gaat zeuren bij de directie, dan ga je op de parking eens iets meemaken. Uw bandjes zijn snel plat en uw kop ook.

Ge zijt gewaarschuwd.

Kevin
""",
  rules=["conduct"],
  note="teacher threatens a colleague with violence and damage to his car after a complaint",
  lang="nl", format=["plain"])

# 33
M(slug="bio-4b-bronnen-ecosystemen", date="2024-10-21 07:55",
  frm="Hanne Verbeke <hanne.verbeke@sintpieterscollege.be>",
  to=["Hanne Verbeke <hanne.verbeke@sintpieterscollege.be>"], bcc=["klas-4b@sintpieterscollege.be"],
  subject="Biologie 4B: bronnen voor de opdracht ecosystemen",
  fmt="html",
  html=simple(
      "<p>Dag 4B,</p>"
      "<p>Voor de opdracht over het ecosysteem van het Meerdaalwoud kunnen jullie deze bronnen gebruiken:</p><ol>"
      '<li>het filmpje over voedselwebben: <a href="https://www.youtube.com/watch?v=8vW4cL2pTqE&amp;t=95s">YouTube (vanaf 1:35)</a></li>'
      '<li>het artikel over de terugkeer van de wolf: <a href="https://www.vrt.be/vrtnws/nl/2024/10/14/wolf-meerdaalwoud/">VRT NWS</a></li>'
      '<li>de fiche op <a href="https://www.natuurpunt.be/natuurgebied/meerdaalwoud">natuurpunt.be</a></li>'
      '<li>de opdrachtfiche zelf staat op <a href="https://sintpieterscollege.smartschool.be/index.php?module=Documents&amp;file=folder&amp;id=1837">Smartschool &gt; Documenten &gt; Biologie 4B</a></li></ol>'
      "<p>Indienen via de Smartschool-uploadzone voor vrijdag 8 november.</p>"
      "<p>Mevr. Verbeke</p>"),
  rules=[],
  note="biology teacher sends her class (Bcc) links to YouTube, VRT NWS, Natuurpunt and the real Smartschool",
  lang="nl", format=["html"])

# 34
M(slug="verslag-mdo-milan", date="2025-03-13 17:40",
  frm="Lies Goossens <lies.goossens@sintpieterscollege.be>",
  to=["Joris Lambrechts <joris.lambrechts@sintpieterscollege.be>"],
  cc=["Katrien Lemmens <katrien.lemmens@clb-leuven.be>"],
  subject="verslag MDO Milan (4C) 12/03",
  fmt="alt",
  html=outlook(
      P("Dag Joris, dag Katrien,", "", "Hierbij een kort verslag van het MDO van gisteren. Het volledige verslag zet ik in het LVS.", "")
      + '<table class="t">'
        "<tr><td><b>aanwezig</b></td><td>LG (zorgcoördinator), KL (CLB), klastitularis SC, leerkracht LO BJ</td></tr>"
        "<tr><td><b>aanleiding</b></td><td>Milan (4C) maakte in de kleedkamer en in de klasgroep herhaaldelijk opmerkingen als "
        "&quot;vuile homo&quot; en &quot;die moeten ze allemaal afmaken&quot; tegenover een klasgenoot. Het slachtoffer durft sinds twee "
        "weken niet meer mee te doen met LO.</td></tr>"
        "<tr><td><b>context</b></td><td>Milan zit zelf niet goed in zijn vel sinds de scheiding van zijn ouders; hij slaapt om de week "
        "bij zijn vader en komt vaak zonder ontbijt naar school.</td></tr>"
        "<tr><td><b>afspraken</b></td><td>herstelgesprek onder begeleiding van LG; tijdelijk apart omkleden; CLB start een begeleidingstraject "
        "en nodigt beide ouders uit; opvolging op de klassenraad van april.</td></tr></table>"
      + P("", "Groeten,", "Lies", "", "Lies Goossens - zorgcoördinator")),
  rules=["sensitive"], cats=["psychosocial", "family", "care"],
  note="care coordinator's multidisciplinary-meeting minutes quote a pupil's homophobic remarks to document them, with his parents' divorce and a CLB track",
  lang="nl", format=["alt", "outlook"])

# 35
M(slug="wifi-oudercontact", date="2024-11-20 12:15",
  frm="Greet Van Damme <greet.vandamme@sintpieterscollege.be>",
  to=["Greet Van Damme <greet.vandamme@sintpieterscollege.be>"], bcc=["personeel@sintpieterscollege.be"],
  subject="praktisch oudercontact morgen",
  body="""Dag allemaal,

Nog enkele praktische zaken voor morgenavond:

- de lokalen worden om 15u45 vrijgemaakt door de poetsploeg, gelieve niets op de banken te laten liggen
- broodjes staan vanaf 17u in de leraarskamer
- ouders die wachten, mogen het gastennetwerk gebruiken: netwerk SPC-Gast, wachtwoord Oudercontact2024! (hangt ook uit aan de inkom)
- badges liggen aan het onthaal

Bedankt en tot morgen!
Greet
""",
  rules=["password"],
  note="secretariat mails all staff (Bcc) the guest Wi-Fi key for parents' evening",
  lang="nl", format=["plain"])

# 36
M(slug="asielcentrum-buurt", date="2024-10-29 22:40",
  frm="Wim Verstraeten <wim.verstraeten@sintpieterscollege.be>",
  to=["Marc Wouters <marc.wouters@sintpieterscollege.be>", "Rudi Cools <rudi.cools@sintpieterscollege.be>",
      "Tom Hermans <tom.hermans@sintpieterscollege.be>"],
  subject="opvangcentrum Kessel-Lo",
  fmt="cp1252",
  body="""Mannen,

Hebben jullie het gelezen van dat opvangcentrum dat ze naast de sporthal gaan zetten? Ik zeg het zoals het is: al dat gespuis moet op de eerste boot terug. Parasieten zijn het, ze komen hier alleen voor ons geld en onze vrouwen. Binnen een jaar durft niemand van onze leerlingen daar nog langs te fietsen.

Als ze een petitie doen, teken ik mee. En als het nodig is, gaan we daar zelf eens orde op zaken stellen.

Wim
""",
  rules=["conduct"],
  note="teacher sends colleagues a hateful rant calling refugees vermin and hinting at taking matters into their own hands",
  lang="nl", format=["cp1252"])

# 37
M(slug="fw-account-geblokkeerd", date="2025-03-10 08:03",
  frm="Ewa Kowalczyk <ewa.kowalczyk@sintpieterscollege.be>",
  to=["Dirk Peeters <dirk.peeters@spc.ksleuven.be>"],
  subject="FW: Uw Smartschool-account wordt geblokkeerd",
  body="""Dirk,

Is dit echt? Ik kan mij nog gewoon aanmelden maar ze zeggen dat mijn account vrijdag geblokkeerd wordt. Moet ik op die link klikken? Ik stuur het hele bericht mee in bijlage.

Ewa
""",
  inner=dict(
      date="2025-03-10 06:17",
      frm="Smartschool Beveiliging <beveiliging@smartschool-be.net>",
      to=["ewa.kowalczyk@sintpieterscollege.be"],
      subject="Uw Smartschool-account wordt geblokkeerd",
      fmt="plain",
      body="""Beste gebruiker,

We hebben ongebruikelijke aanmeldpogingen op uw account vastgesteld. Om uw account te beschermen, wordt het vrijdag geblokkeerd tenzij u uw gegevens bevestigt via:

https://sintpieterscollege.smartschooI.be/login?verify=ewa.kowalczyk

Met vriendelijke groeten,
Smartschool Beveiliging
"""),
  rules=["links"],
  note="bookkeeper forwards a phishing mail as an attachment to ICT to ask if it is real; it still carries a live login link to smartschooI.be (capital I for l)",
  lang="nl", format=["plain", "forward-attached"])

# 38
M(slug="cours-colonisation-congo", date="2025-02-03 12:30",
  frm="Karim El Amrani <karim.elamrani@sintpieterscollege.be>",
  to=["Elif Yılmaz <elif.yilmaz@sintpieterscollege.be>", "Patrick Dubois <patrick.dubois@sintpieterscollege.be>"],
  subject="projet CLIL 5e : la colonisation du Congo",
  fmt="qp",
  body="""Bonjour Elif, bonjour Patrick,

Pour le projet CLIL en 5e (histoire en français), voici ma proposition pour la séquence sur le Congo belge :

1. L'État indépendant du Congo et Léopold II : le caoutchouc rouge, les mains coupées (photos d'Alice Seeley Harris).
2. La propagande coloniale : affiches de l'Exposition de 1958, le « zoo humain » de Tervuren en 1897, manuels scolaires qui parlaient des « indigènes » et des « sauvages ». On lira aussi un extrait de « Tintin au Congo » et on analysera pourquoi les Congolais y sont dessinés comme des singes.
3. Les insultes racistes d'hier et d'aujourd'hui : d'où vient le mot « macaque » qu'on entend encore dans les stades ? Témoignages de jeunes Belgo-Congolais (reportage RTBF).
4. Débat : faut-il déboulonner les statues de Léopold II ?

Je voudrais que les élèves rencontrent ces mots dans leur contexte, pour comprendre leur violence. Vous pourriez m'aider pour le vocabulaire de l'argumentation (séance 4) ?

Merci et bonne journée,
Karim
""",
  rules=[],
  note="history teacher's French-language lesson plan on colonial Congo discussing racist insults and propaganda in context",
  lang="fr", format=["qp"])

# 39
M(slug="rapportsjabloon-download", date="2024-12-05 10:02",
  frm="Jeroen Smets <jeroen.smets@sintpieterscollege.be>",
  to=["Sofie Claes <sofie.claes@sintpieterscollege.be>"],
  subject="re: rapportsjabloon",
  body="""Hoi Sofie,

Het nieuwe sjabloon voor de commentaren op het rapport kan je hier rechtstreeks downloaden, je moet niet eens inloggen, alles zit in de link:

https://files.spc.ksleuven.be/share/download.php?file=rapport_commentaar_dec.xlsx&user=jsmets&password=Wiskunde2025

Als je wil mag je hem doorsturen naar de andere titularissen van de 3de graad.

Groeten
Jeroen
""",
  rules=["links", "password"],
  note="teacher sends a download link that carries his own username and password as URL parameters and invites forwarding",
  lang="nl", format=["plain"])

# 40
M(slug="klassenraad-voorbereiding-4a", date="2024-12-11 19:50",
  frm="Wim Verstraeten <wim.verstraeten@sintpieterscollege.be>",
  to=["Sofie Claes <sofie.claes@sintpieterscollege.be>", "Nathalie Mertens <nathalie.mertens@sintpieterscollege.be>"],
  subject="voorbereiding klassenraad 4A",
  body="""Dag Sofie, Nathalie,

Mijn punten voor aardrijkskunde staan in Skore. Voor de rest weinig op te merken, behalve: kan iemand aan dat dik varken van 4A (Jonas C.) zeggen dat hij zich eens moet wassen? Die zweet de hele les alsof hij een marathon gelopen heeft en de halve klas zit met de ramen open te kokhalzen. Vette walvis.

Tot morgen op de klassenraad,
Wim
""",
  rules=["conduct"],
  note="teacher insults a named pupil with degrading names about his body in a mail preparing the class council",
  lang="nl", format=["plain"])

# 41
M(slug="afwezigheid-noah-5c", date="2025-01-13 08:22",
  frm="Lies Goossens <lies.goossens@sintpieterscollege.be>",
  to=["Nathalie Mertens <nathalie.mertens@sintpieterscollege.be>"],
  subject="Noah 5C deze week",
  body="""Hoi Nathalie,

Even laten weten voor je les van straks: Noah (5C) is deze week niet op school. Zijn papa is zaterdag plots gestorven. De begrafenis is vrijdag.

Als hij terugkomt, zou ik hem de eerste dagen niet laten inhalen of toetsen laten maken. Hij mag altijd naar mij komen als het even niet gaat, daar is hij van op de hoogte.

Misschien best niets zeggen in de klas tot ik met de klas gesproken heb (morgen, 3de lesuur).

Lies
""",
  rules=["sensitive"], cats=["family"],
  note="care coordinator tells a teacher that a named pupil's father has died; an ordinary sensitive mail without conduct or links",
  lang="nl", format=["plain"])

# 42
M(slug="mockingbird-n-word-lesson", date="2024-10-10 16:18",
  frm="David Harris <david.harris@sintpieterscollege.be>",
  to=["Nathalie Mertens <nathalie.mertens@sintpieterscollege.be>"],
  subject="To Kill a Mockingbird - how do we handle the slurs?",
  body="""Hi Nathalie,

Quick question before we start To Kill a Mockingbird with the 6th years. As you know the novel uses the n-word dozens of times, and characters like Bob Ewell call Tom Robinson far worse. Last year one of my students read it out loud with a grin and the class went quiet.

What I'd like to do this time:
- a first lesson on the Jim Crow South and how the word was used to dehumanise, before anyone opens the book;
- a clear class agreement: we don't say the word aloud when reading, we say "the n-word";
- let students write about how Atticus, Scout and Calpurnia each respond to racist language.

Would you be OK if we used the same approach in both classes? I'll share the slides on Smartschool.

Cheers,
David
""",
  rules=[],
  note="English teacher plans how to discuss racial slurs in a set novel; a literature lesson, not conduct",
  lang="en", format=["plain"])

# 43
M(slug="google-opslag-verlengen", date="2024-11-04 20:44",
  frm="Sarah Bogaerts <sarah.bogaerts@sintpieterscollege.be>",
  to=["Yusuf Demir <yusuf.demir@spc.ksleuven.be>"],
  subject="heb jij dit ook gekregen?",
  body="""Yusuf,

Ik kreeg vanavond een mail dat de Google-opslag van onze vakgroep (de gedeelde Drive met de toetsen) vol zit en verlengd moet worden. Ik heb al op de link geklikt en mijn gegevens ingevuld maar er gebeurde niks. Kan jij het eens proberen? Anders zijn we morgen al onze toetsen kwijt.

Dit is de link:
https://accounts.google.com-storage-renew.info/signin/v2/identifier?service=drive&team=spc-wiskunde

Sarah
""",
  rules=["links"],
  note="teacher passes on a fake Google sign-in link (host com-storage-renew.info) to a colleague, after already typing her own credentials there",
  lang="nl", format=["plain"])

# 44
M(slug="3d-seating-plan", date="2025-03-05 18:09",
  frm="David Harris <david.harris@sintpieterscollege.be>",
  to=["Sofie Claes <sofie.claes@sintpieterscollege.be>"],
  subject="3D seating plan",
  body="""Sofie,

Re the new seating plan for 3D: please don't put Seppe next to the window again. That little retard spends the whole lesson drooling at the pigeons. Honestly, whoever let that spastic into the A-stream should be sacked. Put him at the front where I can keep the mongoloid in check.

Rest is fine.
D.
""",
  rules=["conduct"],
  note="teacher calls a named pupil ableist slurs in a mail to the class tutor",
  lang="en", format=["plain"])

# 45
M(slug="teams-overleg-stagebegeleiders", date="2025-02-12 14:00",
  frm="Tom Hermans <tom.hermans@sintpieterscollege.be>",
  to=["Griet Janssen <griet.janssen@kbc-stages.be>"],
  subject="Overleg stage 6de jaar - Teams donderdag 20/2",
  fmt="alt",
  html=outlook(
      P("Dag Griet,", "", "Zoals afgesproken plannen we het overleg over de stages van onze 6de jaars op donderdag 20 februari om 16u.", "")
      + '<div style="border-top:1px solid #ccc;padding-top:6px">'
      + P('<span style="font-size:14pt">Microsoft Teams</span> <a href="https://aka.ms/JoinTeamsMeeting?omkt=nl-BE">Hulp nodig?</a>',
          '<a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZjY2YTgtZDg1Yi00YTRmLWI5ZTYtNzM1ZmQ1OGE2YzQx%40thread.v2/0?context=%7b%22Tid%22%3a%22b7c1e8f0-4a2d-4c1e-9a3b-6f2d8e1c0a9b%22%7d"><b>Nu deelnemen aan de vergadering</b></a>',
          "Vergaderings-id: 384 552 917 246", "Wachtwoordcode: Xb7qR2")
      + "</div>"
      + P("", "Tot dan!", "Tom Hermans", "leerkracht economie - stagecoördinator")),
  rules=[],
  note="Teams meeting invitation to one external contact with the meeting passcode; meeting passcode, real Microsoft links",
  lang="nl", format=["alt", "outlook"])

# 46
M(slug="tijdelijke-uitsluiting-ruben", date="2025-04-28 15:50",
  frm="Joris Lambrechts <joris.lambrechts@sintpieterscollege.be>",
  to=["Familie Stevens <stevens.gezin@proximus.be>"],
  subject="Tuchtmaatregel Ruben (4D) - tijdelijke uitsluiting",
  fmt="qp",
  body="""Geachte mevrouw, meneer Stevens,

Zoals vanmiddag telefonisch besproken bevestig ik hierbij de tuchtmaatregel voor Ruben.

Op vrijdag 25 april heeft Ruben in de les Frans zijn leerkracht, mevrouw Yılmaz, luidop uitgescholden voor "vuile kankerhoer" en haar gezegd dat ze "terug naar Turkije moest". Nadien heeft hij een stoel omgegooid en het lokaal verlaten. Dit is het derde ernstige incident dit schooljaar, na eerdere ordemaatregelen in november en februari.

De klassenraad heeft daarom beslist tot een tijdelijke uitsluiting van drie schooldagen (29 april t.e.m. 2 mei). Ruben krijgt opdrachten mee via Smartschool. Bij zijn terugkeer volgt een herstelgesprek met mevrouw Yılmaz en de leerlingenbegeleiding, en een begeleidingsovereenkomst.

U kan het tuchtdossier inkijken op afspraak. De beroepsprocedure vindt u in het schoolreglement (deel II, punt 7).

Met vriendelijke groeten,

Joris Lambrechts
adjunct-directeur
""",
  rules=["sensitive"], cats=["psychosocial"],
  note="deputy head's disciplinary letter to parents quoting the sexist and racist insult their son used against a teacher; quoting to sanction is not conduct",
  lang="nl", format=["qp"])

# 47
M(slug="handelingsplan-ella-logopedie", date="2024-10-24 18:31",
  frm="Lies Goossens <lies.goossens@sintpieterscollege.be>",
  to=["Logopediepraktijk Vandenbroeck <logopedie.vandenbroeck@telenet.be>"],
  subject="handelingsplan Ella Declercq (2B)",
  fmt="alt",
  html=outlook(
      P("Beste mevrouw Vandenbroeck,", "",
        "Met toestemming van de ouders bezorg ik u het handelingsplan van Ella Declercq (2B), zodat u uw therapie kan afstemmen op "
        "wat we op school doen. Ella heeft sinds vorig jaar een attest dyslexie en dyscalculie; op school krijgt ze verlengde "
        "examentijd, toetsen in lettertype 14 en een rekenmachine bij wiskunde.", "",
        "U kan het plan en het CLB-verslag openen via deze OneDrive-koppeling (iedereen met de koppeling kan het bekijken, u hoeft "
        "dus niet aan te melden):",
        '<a href="https://ksleuven-my.sharepoint.com/:f:/g/personal/lies_goossens_sintpieterscollege_be/EkR8vQw2ZpNLs7Yx3HcTq0gB9fX4mUaJ1oD5eWrK?e=Ht4pQz">Handelingsplan_Ella_D_2B</a>',
        "", "Met vriendelijke groeten,", "Lies Goossens", "zorgcoördinator")),
  rules=["links", "sensitive"], cats=["care", "medical"],
  note="care coordinator sends an external speech therapist an anonymous OneDrive link to a named pupil's care plan and CLB report, stating her dyslexia/dyscalculia and accommodations",
  lang="nl", format=["alt", "outlook"])

# 48
M(slug="examenrooster-juni-3de-graad", date="2025-05-23 12:00",
  frm="Joris Lambrechts <joris.lambrechts@sintpieterscollege.be>",
  to=["Joris Lambrechts <joris.lambrechts@sintpieterscollege.be>"], bcc=["leerlingen-3degraad@sintpieterscollege.be"],
  subject="Examenrooster juni 3de graad",
  fmt="b64",
  body="""Beste leerlingen van de 3de graad,

Het examenrooster van juni staat vanaf vandaag op Smartschool (Intradesk > Examens > Juni 2025). Enkele afspraken:

- de examens starten om 8u25; wie te laat is, kan niet meer binnen na 8u45
- gsm's en smartwatches blijven in de boekentas, uitgeschakeld
- wie ziek is, verwittigt het secretariaat voor 8u15 en bezorgt een doktersattest
- na het examen mag je naar huis (mits toestemming van je ouders op de formulieren van september)

Veel succes met de voorbereiding!

Meneer Lambrechts
""",
  rules=[],
  note="exam schedule reminder to all third-grade pupils in Bcc; ordinary mail",
  lang="nl", format=["plain", "base64"])

# 49
M(slug="re-materiaal-sportdag", date="2025-04-09 21:15",
  frm="Bart Janssens <bart.janssens@sintpieterscollege.be>",
  to=["Mireille Nkulu <mireille.nkulu@sintpieterscollege.be>"],
  subject="Re: materiaal sportdag",
  body="""Ja de kegels en de hesjes liggen in de berging, de sleutel hangt in de leraarskamer.

Maar als je ze samen met mij wil gaan halen, altijd ;) Jij in die sportleggings, daar kan ik de hele dag naar kijken. Kom morgen na het 4de uur eens naar de materiaalberging, dan laat ik je eens iets anders zien. Ik heb graag een beetje exotisch, dat weet je toch.

B.

Op wo 9 apr 2025 om 16:40 schreef Mireille Nkulu <mireille.nkulu@sintpieterscollege.be>:
> Bart, weet jij waar de kegels en de fluohesjes voor de sportdag liggen? Ik vind ze niet.
> Merci, Mireille
""",
  rules=["conduct"],
  note="PE teacher answers a colleague's practical question with sexual, racialised remarks and an invitation to the storeroom",
  lang="nl", format=["plain", "reply"])

# 50
M(slug="backing-tracks-musical", date="2025-03-01 11:27",
  frm="Stijn Willems <stijn.willems@sintpieterscollege.be>",
  to=["Jelle Van Rompuy <jelle@vanrompuy-sound.be>"],
  subject="backing tracks musical",
  body="""Hey Jelle,

Hier de definitieve backing tracks en de cue-lijst voor de musical (alleen de muziek, zonder stemmen):
https://we.tl/t-9Kq2WxR7aZ

De link verloopt over 7 dagen, dus best snel downloaden. Technische repetitie blijft op 20 maart om 18u in de turnzaal.

Merci!
Stijn
""",
  rules=[],
  note="music teacher sends the sound technician a WeTransfer of instrumental tracks, no pupil data, one recipient",
  lang="nl", format=["plain"])

# 51
M(slug="fw-mail-vader-lina", date="2025-01-31 07:45",
  frm="Elif Yılmaz <elif.yilmaz@sintpieterscollege.be>",
  to=["Hilde Maes <hilde.maes@sintpieterscollege.be>"],
  cc=["Joris Lambrechts <joris.lambrechts@sintpieterscollege.be>"],
  subject="FW: uw punten",
  body="""Dag Hilde,

Ik stuur je de mail door die ik gisterenavond om 23u kreeg van de vader van een leerling uit 3A, na het rapport. Ik heb er niet op geantwoord. Ik voel me hier eerlijk gezegd niet veilig bij, zeker omdat hij ook schrijft dat hij me "wel eens zal opwachten".

Kunnen we bespreken hoe we hierop reageren? Ik zou het gesprek met hem liever niet alleen doen.

Elif
""",
  inner=dict(
      date="2025-01-30 23:02",
      frm="Hakan Aydın <hakan.aydin1979@hotmail.com>",
      to=["elif.yilmaz@sintpieterscollege.be"],
      subject="uw punten",
      fmt="plain",
      body="""Mevrouw,

7 op 20 voor Frans. Wie denkt u wel dat u bent, kutwijf. Mijn dochter werkt elke avond. Vuile verraadster, u bent zelf Turkse en u kraakt onze kinderen af om u beter te voelen bij die Belgen.

Ik zal u wel eens opwachten aan de school om het daar over te hebben.

H. Aydin
"""),
  rules=[],
  note="teacher forwards to the director, as an attachment, an abusive and threatening mail she received from a father, to report it; not conduct by the sender",
  lang="nl", format=["plain", "forward-attached"])

# 52
M(slug="fw-documenten-raad-van-bestuur", date="2025-02-20 13:12",
  frm="Hilde Maes <hilde.maes@sintpieterscollege.be>",
  to=["Greet Van Damme <greet.vandamme@sintpieterscollege.be>"],
  subject="FW: Ter ondertekening: notulen Raad van Bestuur LKSD",
  fmt="alt",
  html=outlook(
      P("Greet, kan jij dit even voor mij bekijken? Ik krijg het niet geopend op mijn gsm. Log maar in met mijn account, je weet "
        "het wel. Het moet voor vandaag getekend zijn.", "", "Hilde", "")
      + '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
      + P("<b>Van:</b> LKSD Secretariaat &lt;secretariaat@lksd-ksleuven.be&gt;",
          "<b>Verzonden:</b> donderdag 20 februari 2025 11:58",
          "<b>Aan:</b> Hilde Maes &lt;hilde.maes@sintpieterscollege.be&gt;",
          "<b>Onderwerp:</b> Ter ondertekening: notulen Raad van Bestuur LKSD")
      + "</div>"
      + P("", "Geachte directeur,", "",
          "De notulen van de Raad van Bestuur van 13 februari staan klaar voor elektronische ondertekening. Meld u aan met uw "
          "Microsoft 365-schoolaccount om het document te openen en te ondertekenen:", "",
          '<a href="https://lksd-ksleuven.be/docusign/login.php?envelope=6f1e2a9c">Document bekijken en ondertekenen</a>',
          "", "Met vriendelijke groeten,", "Secretariaat LKSD")),
  rules=["links"],
  note="director forwards a signing request whose login link goes to lksd-ksleuven.be (hyphen instead of dot), a look-alike of the group's domain",
  lang="nl", format=["alt", "outlook", "forward-inline"])

# 53
M(slug="afbetalingsplan-moeder-aya", date="2025-03-06 11:05",
  frm="Greet Van Damme <greet.vandamme@sintpieterscollege.be>",
  to=["Ewa Kowalczyk <ewa.kowalczyk@sintpieterscollege.be>"],
  subject="moeder Aya 1C",
  fmt="cp1252",
  body="""Ewa,

Die moeder van Aya (1C) stond weer aan de balie, met haar hoofddoek en drie kinderen aan haar rokken. De rekening van het eerste én het tweede trimester is nog altijd niet betaald (samen 412 euro) en nu komt ze vragen om een afbetalingsplan. Natuurlijk. Die mensen denken dat hier alles gratis is. Eerst een tiende kind maken en dan bij ons komen bedelen, profiteurs zijn het allemaal. Laat ze zich aanpassen of terug gaan naar waar ze vandaan komen.

Ik heb gezegd dat jij haar terugbelt. Doe jij het maar, ik heb er geen geduld meer voor.

Greet
""",
  rules=["conduct", "sensitive"], cats=["financial"],
  note="secretary writes discriminating remarks about a mother's headscarf and origin while passing on the family's unpaid bills and payment-plan request",
  lang="nl", format=["cp1252"])

# 54
M(slug="re-coaccount-smartschool", date="2024-09-18 19:22",
  frm="Hanne Verbeke <hanne.verbeke@sintpieterscollege.be>",
  to=["Kristel Vandenberghe <kristel.vandenberghe@outlook.com>"],
  subject="RE: co-account Smartschool",
  fmt="alt",
  html=outlook(
      P("Beste mevrouw Vandenberghe,", "",
        "U kan inloggen met uw co-account op "
        '<a href="https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fsintpieterscollege.smartschool.be%2F&amp;data=05%7C02%7Channe.verbeke%40sintpieterscollege.be%7C3c1f%7C0%7C638622&amp;sdata=Yb2k%2Bq0%3D&amp;reserved=0">sintpieterscollege.smartschool.be</a>. '
        "Kies daar &quot;Wachtwoord vergeten?&quot; en vul als gebruikersnaam de naam van Emma in, gevolgd door het nummer van uw co-account "
        "(bij u is dat co-account 1). U krijgt dan een mail om zelf een nieuw wachtwoord te kiezen.", "",
        "Lukt het niet, dan helpt het secretariaat u graag verder.", "", "Vriendelijke groeten,", "Hanne Verbeke", "klastitularis 1B", "")
      + '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
      + P("<b>Van:</b> Kristel Vandenberghe &lt;kristel.vandenberghe@outlook.com&gt;",
          "<b>Verzonden:</b> woensdag 18 september 2024 18:02", "<b>Aan:</b> Hanne Verbeke",
          "<b>Onderwerp:</b> co-account Smartschool")
      + "</div>"
      + P("", "Mevrouw Verbeke, ik raak niet meer in Smartschool om de agenda van Emma te zien. Wat moet ik doen?", "Kristel")),
  rules=[],
  note="reply to a parent with the real Smartschool link as wrapped by Outlook Safe Links, and reset instructions without any password",
  lang="nl", format=["alt", "outlook", "reply"])

# 55
M(slug="infoavond-sexting", date="2024-11-28 09:40",
  frm="Leerlingenbegeleiding SPC <leerlingenbegeleiding@sintpieterscollege.be>",
  to=["Leerlingenbegeleiding SPC <leerlingenbegeleiding@sintpieterscollege.be>"], bcc=["ouders@sintpieterscollege.be"],
  subject="Uitnodiging infoavond: sexting, naaktbeelden en grenzen online",
  fmt="html",
  html=simple(
      "<h2 style=\"color:#1a5c8b\">Infoavond voor ouders</h2>"
      "<p><b>Sexting, naaktbeelden en grenzen online: hoe praat je erover met je tiener?</b><br>"
      "dinsdag 10 december, 19u30, aula Sint-Pieterscollege</p>"
      "<p>Jongeren sturen elkaar soms sexy of naaktbeelden. Meestal vrijwillig, soms onder druk. En soms gaan die beelden rond "
      "in de klas of op sociale media, of worden ze gebruikt om iemand af te persen (sextortion). Ook porno en seksueel "
      "getinte opmerkingen in groepschats zijn voor veel jongeren dagelijkse kost.</p>"
      "<p>Een medewerker van Child Focus vertelt wat jongeren online tegenkomen, wat de wet zegt en hoe u als ouder kan reageren "
      "zonder te panikeren. Daarna is er ruimte voor vragen (ook anoniem via een QR-code).</p>"
      '<p>Inschrijven is niet verplicht maar helpt ons: <a href="https://forms.office.com/e/Wq8Rz3KpLs">inschrijvingsformulier</a>.</p>'
      "<p>Met vriendelijke groeten,<br>het team leerlingenbegeleiding</p>"),
  rules=[],
  note="invitation to all parents (Bcc) for an evening on sexting and online sexual pressure; prevention material, not conduct",
  lang="nl", format=["html"])

# 56
M(slug="fotos-skireis-ouders", date="2025-03-02 20:10",
  frm="Bart Janssens <bart.janssens@sintpieterscollege.be>",
  to=["Sophie Geerts <sophie.geerts@telenet.be>", "Mohamed Ouali <m.ouali@gmail.com>", "Annelies De Vos <annelies.devos@skynet.be>",
      "Tomasz Wiśniewski <t.wisniewski@outlook.com>", "Els Van Laere <els.vanlaere@telenet.be>",
      "Jean-Pierre Lukusa <jp.lukusa@hotmail.com>"],
  subject="foto's skireis 4de jaar",
  body="""Beste ouders,

We zijn veilig terug uit Oostenrijk! Alle foto's van de skireis (ongeveer 600, ook van de avondactiviteiten en de kamers) staan in deze map. Iedereen met de link kan ze bekijken en downloaden, u kan ze dus gerust delen met familie:

https://drive.google.com/drive/folders/1Zk8pT3vQ9xLm2Ns7Rc4bW6yHdF0aGj5E?usp=sharing

Ik stuur dit eerst naar de ouders van het oudercomité, wilt u het aub doorgeven in de WhatsApp-groepen van de klassen?

Sportieve groeten,
Bart Janssens
""",
  rules=["links", "bcc"],
  note="PE teacher sends six parents in open To a public Google Drive folder with 600 photos of pupils and asks to spread it further",
  lang="nl", format=["plain"])

# 57
M(slug="kookles-lina-allergie", date="2025-02-24 07:58",
  frm="Hanne Verbeke <hanne.verbeke@sintpieterscollege.be>",
  to=["Mireille Nkulu <mireille.nkulu@sintpieterscollege.be>"],
  subject="kookles 2A donderdag",
  body="""Mireille,

Voor de kookles van donderdag: Lina (2A) heeft een zware notenallergie. Haar EpiPen zit in het voorvakje van haar boekentas, een reserve ligt op het secretariaat. Gebruik aub geen pesto of notenolie, en check de etiketten van de koekjes.

Dank je!
Hanne
""",
  rules=["sensitive"], cats=["medical"],
  note="teacher tells a colleague about a named pupil's severe allergy and EpiPen; ordinary sensitive mail",
  lang="nl", format=["plain"])

# 58
M(slug="gedrag-kevin-2b-ouder", date="2025-01-23 17:35",
  frm="Marc Wouters <marc.wouters@sintpieterscollege.be>",
  to=["Jean-Pierre Mbuyi <jp.mbuyi@gmail.com>"],
  subject="uw zoon Kevin",
  body="""Meneer Mbuyi,

Uw zoon Kevin heeft vandaag in de les techniek weer op de tafels gesprongen, met een soldeerbout naar een klasgenoot gezwaaid en mij uitgelachen toen ik hem aansprak. Hij gedraagt zich als een aap uit de jungle. Misschien is dat bij jullie in Afrika normaal, hier niet.

Zolang hij zich niet als een beschaafd mens kan gedragen, komt hij mijn atelier niet meer in. Zoek het maar uit.

M. Wouters
""",
  rules=["conduct", "sensitive"], cats=["psychosocial"],
  note="teacher writes to a father about his son's behaviour problems with racist comparisons aimed at the boy and the family",
  lang="nl", format=["plain"])

# 59
M(slug="gradebook-api-token", date="2025-04-14 10:40",
  frm="Jeroen Smets <jeroen.smets@sintpieterscollege.be>",
  to=["Yusuf Demir <yusuf.demir@spc.ksleuven.be>"],
  subject="script voor puntenexport",
  body="""Yusuf,

Voor jouw export van de toetsresultaten naar Excel: onderstaande link geeft je de ruwe data van alle klassen van de 2de graad als JSON. Mijn access token zit er al in, dus je hoeft niets in te stellen, gewoon openen in je browser of in je script plakken.

https://graph.microsoft.com/v1.0/education/classes?$expand=assignments&access_token=eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJ1cG4iOiJqZXJvZW4uc21ldHNAc2ludHBpZXRlcnNjb2xsZWdlLmJlIn0.Q2x9fP3kWm8rT1

Hij is een uur of tien geldig, daarna vraag je me een nieuwe.

Jeroen
""",
  rules=["links"],
  note="teacher mails a colleague a URL carrying his personal Microsoft Graph access token, giving access to all pupils' results",
  lang="nl", format=["plain"])

# 60
M(slug="poetsploeg-opmerkingen", date="2024-10-17 16:58",
  frm="Joris Lambrechts <joris.lambrechts@sintpieterscollege.be>",
  to=["Frank Van Hoof <frank.vanhoof@sintpieterscollege.be>"],
  subject="poetsploeg",
  body="""Frank,

Kan jij de firma eens bellen? Die Poolse poetsvrouwen van ISS kunnen nog geen drie woorden Nederlands, ze snappen niet wat je zegt en de toiletten in blok C zijn opnieuw niet gedaan. Dom volk, die komen hier alleen om te zuipen en te stelen, en wij betalen ervoor. Vraag maar of ze eens Belgen kunnen sturen.

Joris
""",
  rules=["conduct"],
  note="deputy head writes degrading, discriminating generalisations about Polish cleaning staff to a colleague",
  lang="nl", format=["plain"])

# 61
M(slug="waarschuwing-phishing-smartschool", date="2025-03-10 10:30",
  frm="Dirk Peeters <dirk.peeters@spc.ksleuven.be>",
  to=["Dirk Peeters <dirk.peeters@spc.ksleuven.be>"], bcc=["personeel@sintpieterscollege.be"],
  subject="LET OP: valse Smartschool-mails in omloop",
  body="""Dag collega's,

Sinds vanmorgen krijgen verschillende collega's een mail van "Smartschool Beveiliging" die zegt dat je account vrijdag geblokkeerd wordt. Die mail is VALS.

Hoe herken je hem?
- afzender eindigt op smartschool-be[.]net (niet van Smartschool)
- de link gaat naar hxxps://sintpieterscollege.smartschooI[.]be - kijk goed: dat is een hoofdletter i in plaats van een kleine L
- er wordt gedreigd met een deadline

Wat moet je doen?
- niet klikken, de mail verwijderen
- wel al geklikt en je wachtwoord ingegeven? Verander het meteen via de echte Smartschool (https://sintpieterscollege.smartschool.be > profiel > wachtwoord wijzigen) en laat het mij weten
- twijfel je over een mail: stuur hem als bijlage door naar mij of naar privacy@lksd.ksleuven.be

Bedankt om alert te blijven!
Dirk
""",
  rules=[],
  note="ICT warning to all staff (Bcc) that names the phishing domains only in defanged form and links to the real Smartschool",
  lang="nl", format=["plain"])

# 62
M(slug="projectdag-racisme-getuigenissen", date="2025-03-18 14:45",
  frm="Mireille Nkulu <mireille.nkulu@sintpieterscollege.be>",
  to=["Ilse Jacobs <ilse.jacobs@sintpieterscollege.be>", "Karim El Amrani <karim.elamrani@sintpieterscollege.be>",
      "Sofie Claes <sofie.claes@sintpieterscollege.be>"],
  subject="projectdag 21 maart - tentoonstelling 'Wat ik hoorde'",
  fmt="alt",
  html=simple(
      "<p>Dag collega's,</p>"
      "<p>De leerlingen van de werkgroep diversiteit hebben voor 21 maart (Internationale Dag tegen Racisme) anoniem opgeschreven "
      "wat zij of hun vrienden al te horen kregen. We hangen die zinnen groot op in de gang van blok A, met een QR-code naar hun "
      "eigen reactie. Een greep uit wat er binnenkwam:</p>"
      "<blockquote><i>&quot;Ga terug naar je land.&quot;<br>&quot;Voor een Marokkaan ben je wel slim.&quot;<br>"
      "&quot;Makak&quot; (op de bus, meerdere keren)<br>&quot;Vuile zwarte, je stinkt.&quot;<br>"
      "&quot;Met die hoofddoek vind je nooit werk.&quot;</i></blockquote>"
      "<p>Het is hard om te lezen, maar de leerlingen willen net dat het zichtbaar wordt. Zouden jullie in het eerste lesuur een "
      "klasgesprek willen leiden bij de tentoonstelling? Ik maak een korte fiche met vragen.</p>"
      "<p>Groetjes,<br>Mireille</p>"),
  rules=[],
  note="teacher shares anonymous pupil testimonies of racist insults for an anti-racism exhibition; anti-discrimination material",
  lang="nl", format=["alt"])

# 63
M(slug="voorschot-skireis-betaling", date="2024-10-03 14:10",
  frm="Ewa Kowalczyk <ewa.kowalczyk@sintpieterscollege.be>",
  to=["Sophie Geerts <sophie.geerts@telenet.be>"],
  subject="Re: betaling skireis Arne",
  body="""Beste mevrouw Geerts,

U mag het voorschot van 250 euro voor de skireis storten op de rekening van de school, BE71 0961 2345 6769, met mededeling "skireis 4B Arne Geerts". Het saldo volgt in januari.

Met vriendelijke groeten,
Ewa Kowalczyk
boekhouding

> Op 2 okt. 2024 om 21:13 heeft Sophie Geerts het volgende geschreven:
> Waar moet ik het voorschot voor de skireis van Arne naartoe storten? Ik vind het rekeningnummer niet meer.
""",
  rules=["personal_data"],
  note="bookkeeping gives a parent the school's IBAN for a trip deposit; ordinary",
  lang="nl", format=["plain", "reply"])

# 64
M(slug="stageformulier-6de", date="2025-01-08 09:12",
  frm="Tom Hermans <tom.hermans@sintpieterscollege.be>",
  to=["Tom Hermans <tom.hermans@sintpieterscollege.be>"], bcc=["klas-6a@sintpieterscollege.be", "klas-6b@sintpieterscollege.be"],
  subject="stageplaats doorgeven voor 20/1",
  body="""Dag 6de jaars,

Vergeet niet jullie stageplaats door te geven voor maandag 20 januari. Dat doe je via dit formulier:

https://tinyurl.com/stage-spc25

Je moet eerst inloggen met je Microsoft-schoolaccount (voornaam.naam@leerling.sintpieterscollege.be + je wachtwoord), daarna vul je de gegevens van je stagebedrijf en je mentor in.

Meneer Hermans
""",
  rules=["links"],
  note="teacher sends pupils a tinyurl link behind which they must enter their school Microsoft login",
  lang="nl", format=["plain"])

# 65
M(slug="fw-filmpje-nieuwe-juf", date="2024-10-11 13:20",
  frm="Rudi Cools <rudi.cools@sintpieterscollege.be>",
  to=["Bart Janssens <bart.janssens@sintpieterscollege.be>", "Kevin Meeus <kevin.meeus@sintpieterscollege.be>"],
  subject="kijk deze eens 😂",
  body="""Mannen,

Kijk eens naar deze, vanaf minuut 3. Die blonde lijkt precies die nieuwe van Frans, zelfde tieten en ze doet het ook met twee tegelijk 😂😂

https://www.pornhub.com/view_video.php?viewkey=ph63f2a9c8e1d7b

Niet op de smartboard openen hé

R.
""",
  rules=["conduct"],
  note="staff member sends colleagues a porn video link and sexual remarks comparing the actress to a female colleague",
  lang="nl", format=["plain"])

# 66
M(slug="examenvragen-sharepoint-intern", date="2024-11-29 15:33",
  frm="Pieter De Smet <pieter.desmet@sintpieterscollege.be>",
  to=["Hanne Verbeke <hanne.verbeke@sintpieterscollege.be>"],
  subject="examen chemie 5de - nakijken",
  fmt="alt",
  html=outlook(
      P("Hoi Hanne,", "",
        "Zou jij het examen chemie voor de 5de jaars eens willen nalezen? Het staat in onze vakgroepsite:",
        '<a href="https://ksleuven.sharepoint.com/:w:/r/sites/SPC-Wetenschappen/Gedeelde%20documenten/Examens/2024-12/Examen_chemie_5.docx?d=w4c2a9e7b&amp;csf=1&amp;web=1">Examen_chemie_5.docx</a>',
        "Enkel leden van de vakgroep wetenschappen kunnen het openen, je moet dus aangemeld zijn met je schoolaccount.", "",
        "Opmerkingen mag je er gewoon in zetten met &quot;wijzigingen bijhouden&quot;.", "", "Dank je!", "Pieter")),
  rules=[],
  note="teacher shares an exam draft with one colleague through the school's own SharePoint, restricted to the subject group",
  lang="nl", format=["alt", "outlook"])

# 67
M(slug="briefje-bank-5b", date="2025-05-12 11:15",
  frm="Nathalie Mertens <nathalie.mertens@sintpieterscollege.be>",
  to=["Lies Goossens <lies.goossens@sintpieterscollege.be>", "Hilde Maes <hilde.maes@sintpieterscollege.be>"],
  subject="dringend: tekst op bank lokaal C.203",
  body="""Lies, Hilde,

Na het 2de lesuur vond ik op de bank waar Maxime (5B) altijd zit de volgende tekst, in balpen gekrast: "ik ga jullie allemaal afknallen, 13 mei, wacht maar". Er stond ook een tekening van een geweer bij. Ik heb er een foto van genomen en de bank laten staan.

Maxime zit de laatste weken heel erg in zichzelf gekeerd, eet 's middags alleen en werd vorige maand nog uitgelachen om een filmpje dat rondging. Ik weet niet of het echt van hem is, maar ik wil het niet negeren.

Kunnen jullie vandaag nog beslissen wat we doen? Ik ben vrij vanaf 13u.

Nathalie
""",
  rules=["sensitive"], cats=["psychosocial"],
  note="teacher reports to the care coordinator and director a threat found written on a named pupil's desk and his withdrawal; reporting a threat is not conduct",
  lang="nl", format=["plain"])

# 68
M(slug="klas-5c-nieuwe-opdracht", date="2025-04-23 02:17",
  frm="Yusuf Demir <yusuf.demir@spc.ksleuven.be>",
  to=["klas-5c@sintpieterscollege.be"],
  subject="Nieuwe opdracht wiskunde - Teams",
  fmt="alt",
  html=outlook(
      P("Dag 5C,", "",
        "Er staat een nieuwe opdracht klaar in ons Teams-kanaal. Log in met je schoolaccount om de opgave te openen. "
        "Deadline morgen 8u!", "",
        '<a href="https://office365-spc-login.azurewebsites.net/common/oauth2/authorize?client=teams&amp;u=5c">https://login.microsoftonline.com/sintpieterscollege.be</a>',
        "", "Meneer Demir")),
  rules=["links", "bcc"],
  note="hijacked teacher account mails the class list openly (To) a link whose text shows login.microsoftonline.com but leads to an azurewebsites.net look-alike",
  lang="nl", format=["alt", "outlook"])

# 69
M(slug="re-planning-toetsenweek", date="2025-02-06 21:02",
  frm="Sarah Bogaerts <sarah.bogaerts@sintpieterscollege.be>",
  to=["Yusuf Demir <yusuf.demir@spc.ksleuven.be>"],
  subject="Re: planning toetsenweek",
  fmt="qp",
  body="""Ik ben het spuugzat Yusuf. Elke keer zit die trut van een Katrien mijn planning te saboteren en dan speelt ze de vermoorde onschuld op de vakgroep. Wat een achterlijk, vals wijf. Ik hoop echt dat ze volgend jaar naar een andere school moet, die heks.

Zet mijn toets maar op donderdag, dan is het tenminste niet op haar dag.

S.

Op do 6 feb 2025 om 18:44 schreef Yusuf Demir <yusuf.demir@spc.ksleuven.be>:
> Sarah, Katrien heeft woensdag al een toets in 4B gepland. Kan jij de jouwe verschuiven?
> Yusuf
""",
  rules=["conduct"],
  note="teacher insults a named colleague with abusive names in a reply to another colleague",
  lang="nl", format=["qp", "reply"])

# 70
M(slug="ziek-vervangtaken", date="2025-01-16 07:02",
  frm="Pieter De Smet <pieter.desmet@sintpieterscollege.be>",
  to=["Secretariaat Sint-Pieterscollege <secretariaat@sintpieterscollege.be>"],
  cc=["Joris Lambrechts <joris.lambrechts@sintpieterscollege.be>"],
  subject="afwezig vandaag + taken",
  body="""Goeiemorgen,

Ik ben ziek vandaag en morgen, doktersbriefje volgt. Taken voor de studie:
- 4A (1e uur): oefeningen p. 84-85, nr. 1 tot 6
- 5C (3e-4e uur): verslag proef titratie afwerken, staat op Smartschool
- 6B (6e uur): herhalen hoofdstuk 3 voor de toets van volgende week

Sorry voor het late bericht.
Pieter
""",
  rules=[],
  note="teacher calls in sick and leaves tasks; ordinary clean mail",
  lang="nl", format=["plain"])

# 71
M(slug="acces-smartschool-parent", date="2024-09-10 18:40",
  frm="Patrick Dubois <patrick.dubois@sintpieterscollege.be>",
  to=["Claire Dupont <claire.dupont@skynet.be>"],
  subject="Re: accès Smartschool et journal de classe",
  body="""Chère Madame Dupont,

Le journal de classe de Maxime se trouve dans Smartschool, module « Agenda » : https://sintpieterscollege.smartschool.be/index.php?module=Agenda

Vous vous connectez avec votre co-compte parent. Si vous avez oublié votre mot de passe, cliquez sur « Mot de passe oublié ? » sur la page de connexion ; vous recevrez un lien par e-mail pour en choisir un nouveau.

Le règlement scolaire (en néerlandais) et le calendrier de l'année sont sur notre site : https://www.sintpieterscollege.be/praktisch/schoolreglement

N'hésitez pas si vous avez d'autres questions.

Bien cordialement,
Patrick Dubois
professeur de français

Le lun. 9 sept. 2024 à 20:51, Claire Dupont <claire.dupont@skynet.be> a écrit :
> Bonjour Monsieur, je ne trouve pas le journal de classe de mon fils en ligne. Où dois-je regarder ?
> Claire Dupont
""",
  rules=[],
  note="French reply to a parent with links to the real Smartschool and the school website, reset instructions only",
  lang="fr", format=["plain", "reply"])

# 72
M(slug="les-online-haatberichten", date="2024-10-30 12:12",
  frm="Ilse Jacobs <ilse.jacobs@sintpieterscollege.be>",
  to=["Mireille Nkulu <mireille.nkulu@sintpieterscollege.be>", "Karim El Amrani <karim.elamrani@sintpieterscollege.be>"],
  subject="les haatberichten online (4de jaar) - materiaal",
  body="""Dag Mireille en Karim,

Voor de les over haatberichten online (godsdienst/zedenleer 4de jaar) heb ik een werkblad gemaakt met echte reacties onder nieuwsartikels, geanonimiseerd. Bv. "die moslims moeten allemaal buiten", "homo's zijn ziek", "vrouwen horen in de keuken" en een tweet waarin iemand "vergassen" schrijft onder een artikel over Gaza.

De leerlingen moeten per reactie bepalen:
1. is dit een mening, een belediging of strafbaar aanzetten tot haat (met de antiracisme- en antidiscriminatiewet erbij)?
2. wie wordt er geviseerd?
3. wat kan je doen: negeren, reageren, melden bij Unia of bij het platform?

Ik laat het materiaal in de vakgroepmap staan. Mogen jullie het gebruiken in jullie klassen, graag feedback na de herfstvakantie.

Ilse
""",
  rules=[],
  note="religion teacher shares a worksheet quoting hateful online comments for pupils to analyse; education about hate speech",
  lang="nl", format=["plain"])

# 73
M(slug="krakow-exchange-participant-data", date="2025-02-17 15:25",
  frm="Nathalie Mertens <nathalie.mertens@sintpieterscollege.be>",
  to=["Agata Zielińska <a.zielinska@lo5.krakow.pl>"],
  cc=["Marek Nowicki <m.nowicki@lo5.krakow.pl>"],
  subject="Exchange Leuven-Krakow: student data for host families",
  body="""Dear Agata, dear Marek,

Here is the folder with everything your host families asked for: a spreadsheet with the students' names, dates of birth, ID-card numbers, home addresses and allergies, plus the parents' phone numbers and the signed consent forms.

https://www.dropbox.com/scl/fo/9u2qzv6h1e0r/AHk3R9pQ-participants-leuven?rlkey=x1e8n4q7p0s3w2m6v9b5c8z1a&dl=0

The link is open, so you can pass it on to the families without them needing an account.

Looking forward to seeing you in April!
Nathalie
""",
  rules=["links", "bcc"],
  note="teacher sends two external partners (open To/Cc) an open Dropbox folder with pupils' identity data and allergies, to be passed on to families",
  lang="en", format=["plain"])

# 74
M(slug="plainte-chauffeur-bus", date="2025-05-15 17:48",
  frm="Patrick Dubois <patrick.dubois@sintpieterscollege.be>",
  to=["Service clientèle Autocars Lambert <clients@autocars-lambert.be>"],
  subject="votre chauffeur d'hier",
  body="""Monsieur,

Hier, votre chauffeur a laissé 12 de nos élèves sur le trottoir à Namur parce qu'il « n'avait pas le temps » d'attendre cinq minutes. J'ai dû les ramener en train.

Je vous le dis clairement : si ce gros abruti ose encore abandonner nos élèves, je viendrai personnellement à votre dépôt lui casser la gueule, et à vous aussi. Bande d'incapables, de connards.

P. Dubois
Sint-Pieterscollege
""",
  rules=["conduct"],
  note="teacher insults a coach company and threatens to beat up the driver and the manager (French)",
  lang="fr", format=["plain"])

# 75
M(slug="voicemail-ontvangen", date="2025-05-06 03:44",
  frm="Pieter De Smet <pieter.desmet@sintpieterscollege.be>",
  to=["Pieter De Smet <pieter.desmet@sintpieterscollege.be>"],
  bcc=["katrien.lemmens@clb-leuven.be", "planning@devroe-reizen.be", "hilde.maes@sintpieterscollege.be",
       "sophie.geerts@telenet.be", "m.ouali@gmail.com"],
  subject="Voicemail ontvangen (0:42) van +32 4** *** 219",
  fmt="html",
  html=simple(
      '<table width="100%" style="background:#f3f2f1;padding:16px"><tr><td>'
      '<p style="font-size:18px">&#9742; U hebt een nieuw voicemailbericht</p>'
      "<p>Duur: 0:42<br>Ontvangen: dinsdag 6 mei 2025 03:31</p>"
      '<p><a href="https://login.microsoftonline.com.sintpieterscollege-voicemail.com/common/oauth2/v2.0/authorize?client_id=outlook">'
      "Beluister het bericht in Outlook</a></p>"
      '<p style="font-size:11px;color:#888">Microsoft Teams Voicemail - dit is een automatisch bericht</p>'
      "</td></tr></table>"),
  rules=["links"],
  note="hijacked teacher account mails its contacts (Bcc) a fake voicemail whose link host starts with login.microsoftonline.com but is sintpieterscollege-voicemail.com",
  lang="nl", format=["html"])

# 76
M(slug="clb-melding-grensoverschrijdend-jens", date="2025-02-27 16:05",
  frm="An Devos <an.devos@sintpieterscollege.be>",
  to=["Katrien Lemmens <katrien.lemmens@clb-leuven.be>"],
  subject="Jens L. (4B) - vraag om overleg",
  body="""Dag Katrien,

Ik had graag een overleg met jou over Jens L. uit 4B.

Wat er gebeurde: volgens drie meisjes uit de klas heeft Jens een naaktfoto van een klasgenote (die ze hem vorig jaar in vertrouwen stuurde) doorgestuurd in een Snapchatgroep, met de tekst "wie wil ze nog?". Eén van die meisjes heeft ons de screenshots getoond. Jens bevestigde het gesprek, maar zegt dat "iedereen dat doet". Volgens het Vlaggensysteem is dit voor ons duidelijk een zwarte vlag.

Het meisje in kwestie wordt opgevangen door Lies; haar ouders zijn op de hoogte. De ouders van Jens komen morgen om 16u.

Kunnen we samen bekijken of een begeleidingstraject via jullie nodig is, en hoe we de klas aanpakken? Volgens de directie moet er ook een melding bij de politie gebeuren.

An Devos
leerlingenbegeleiding
""",
  rules=["sensitive"], cats=["psychosocial", "care"],
  note="pupil counsellor reports a named pupil's sharing of a classmate's nude photo to the CLB and asks for a care track; reporting, not conduct",
  lang="nl", format=["plain"])

# 77
M(slug="welkom-kopieercode", date="2024-09-02 08:05",
  frm="Greet Van Damme <greet.vandamme@sintpieterscollege.be>",
  to=["Jolien Vanhove <jolien.vanhove@sintpieterscollege.be>"],
  subject="welkom! praktische info",
  body="""Dag Jolien,

Welkom op het Sint-Pieterscollege! Nog wat praktische dingen voor je eerste dag:

- je badge ligt op het secretariaat
- je kastje in de leraarskamer is nr. 47, het sleuteltje krijg je bij mij
- code van het kopieertoestel in de leraarskamer: 4471, daarna kies je je eigen pincode bij het eerste gebruik
- code van de fietsenstalling personeel: 2580#

Je schoolaccount en Smartschool-login krijg je vandaag van Dirk (ICT).

Veel succes!
Greet
""",
  rules=["password"],
  note="secretary welcomes a new colleague with the copier code and the bike-shed door code",
  lang="nl", format=["plain"])

# 78
M(slug="kleedkamer-alex-3a", date="2024-10-01 20:50",
  frm="Bart Janssens <bart.janssens@sintpieterscollege.be>",
  to=["Mireille Nkulu <mireille.nkulu@sintpieterscollege.be>"],
  subject="kleedkamer 3A",
  body="""Mireille,

Ik heb gehoord dat "Alex" uit 3A vanaf nu bij de meisjes wil omkleden. Vergeet het. Ik ga "het" echt niet in jouw kleedkamer laten. Dat is gewoon een verwarde jongen met een pruik, een freak die aandacht wil. Vroeger hadden ze daar een goeie pak slaag voor gekregen en was het opgelost.

Ik zet het ook zo op de lijst: Alexander.

Bart
""",
  rules=["conduct"],
  note="PE teacher mocks a transgender pupil with dehumanising words and approves of violence against such pupils",
  lang="nl", format=["plain"])

# 79
M(slug="bevraging-schoolmaaltijden", date="2025-03-24 12:30",
  frm="Sint-Pieterscollege <info@sintpieterscollege.be>",
  to=["Sint-Pieterscollege <info@sintpieterscollege.be>"], bcc=["ouders@sintpieterscollege.be"],
  subject="Korte bevraging over de warme maaltijden",
  fmt="html",
  html=simple(
      "<p>Beste ouders,</p>"
      "<p>Vanaf volgend schooljaar willen we het aanbod van warme maaltijden vernieuwen. Wij horen graag wat u en uw kind ervan "
      "vinden. De bevraging is anoniem en duurt ongeveer 3 minuten:</p>"
      '<p><a href="https://forms.gle/Rk7ZtQ2mWx9LpB3s6">forms.gle/Rk7ZtQ2mWx9LpB3s6</a></p>'
      "<p>U kan antwoorden tot vrijdag 4 april. De resultaten stellen we voor op de schoolraad van mei.</p>"
      "<p>Met vriendelijke groeten,<br>de directie</p>"),
  rules=[],
  note="anonymous survey to all parents (Bcc) through a Google Forms short link; no login page, no pupil data",
  lang="nl", format=["html"])

# 80
M(slug="laptopgebruik-seppe", date="2025-04-01 16:20",
  frm="Dirk Peeters <dirk.peeters@spc.ksleuven.be>",
  to=["Katleen Wauters <katleen.wauters@gmail.com>"],
  cc=["Sofie Claes <sofie.claes@sintpieterscollege.be>"],
  subject="gebruik schoollaptop Seppe (3D)",
  body="""Beste mevrouw Wauters,

Bij een controle van het netwerkverkeer stelden we vast dat op de schoollaptop van Seppe tijdens de lessen van vorige week herhaaldelijk pornografische websites werden bezocht, en dat hij via een VPN-app de schoolfilter omzeilde. Een klasgenoot meldde ook dat hij zulke beelden aan anderen liet zien.

Volgens het ICT-reglement (art. 4) betekent dat een tijdelijke blokkering van de laptop op school. Seppe krijgt hem terug na een gesprek met u, de klastitularis (mevrouw Claes, in cc) en mij.

Kan u ons laten weten wanneer u deze week kan langskomen?

Met vriendelijke groeten,
Dirk Peeters
ICT-coördinator
""",
  rules=["sensitive"], cats=["psychosocial"],
  note="ICT coordinator informs a mother that her son visited porn sites in class and showed images to classmates; reporting behaviour, not conduct",
  lang="nl", format=["plain"])

# 81
M(slug="fw-mailbox-vol-outlook", date="2025-01-20 14:48",
  frm="Ilse Jacobs <ilse.jacobs@sintpieterscollege.be>",
  to=["Dirk Peeters <dirk.peeters@spc.ksleuven.be>"],
  subject="FW: Uw postvak is bijna vol (98%)",
  fmt="alt",
  html=outlook(
      P("Dirk, mijn mailbox zou vol zitten volgens onderstaande mail. Moet ik daar op klikken of kan jij dat vanuit jouw kant "
        "oplossen? Ik durf niet goed.", "", "Ilse", "")
      + '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
      + P("<b>Van:</b> Microsoft Outlook &lt;no-reply@outlook-micros0ft.com&gt;",
          "<b>Verzonden:</b> maandag 20 januari 2025 13:02", "<b>Aan:</b> Ilse Jacobs",
          "<b>Onderwerp:</b> Uw postvak is bijna vol (98%)")
      + "</div>"
      + P("", "Uw postvak heeft de opslaglimiet bijna bereikt. Nieuwe berichten worden binnenkort geweigerd.",
          "Meld u aan om gratis extra opslag te activeren:",
          '<a href="https://outlook-micros0ft.com/owa/auth/logon.aspx?replaceCurrent=1&amp;url=storage">https://outlook.office365.com/owa/</a>',
          "", "Microsoft 365-team")),
  rules=["links"],
  note="teacher forwards a phishing mail to ICT; its link shows outlook.office365.com but goes to outlook-micros0ft.com (zero for o)",
  lang="nl", format=["alt", "outlook", "forward-inline"])

# 82
M(slug="vader-bilal-frituur", date="2025-02-10 19:30",
  frm="Tom Hermans <tom.hermans@sintpieterscollege.be>",
  to=["Kevin Meeus <kevin.meeus@sintpieterscollege.be>"],
  subject="oudercontact morgen",
  fmt="cp1252",
  body="""Kevin,

Morgen om 17u komt de vader van Bilal (3C) weer, die Turk van de frituur aan de Diestsesteenweg. Die komt weer zagen over zijn punten. Die mensen verstaan alleen een stok, praten heeft geen zin, dat zit in hun bloed. Kom jij er aub bij zitten, ik heb geen zin om alleen tegenover zo'n geitenneuker te zitten.

Tom
""",
  rules=["conduct"],
  note="teacher writes racist slurs and generalisations about a pupil's Turkish father to a colleague",
  lang="nl", format=["cp1252"])

# 83
M(slug="tickets-theater-5b", date="2025-01-14 18:00",
  frm="Sofie Claes <sofie.claes@sintpieterscollege.be>",
  to=["Sophie Geerts <sophie.geerts@telenet.be>", "Annelies De Vos <annelies.devos@skynet.be>",
      "Els Van Laere <els.vanlaere@telenet.be>"],
  subject="theaterbezoek 5B - tickets",
  body="""Beste ouders,

U meldde dat uw zoon of dochter ziek was op de dag dat we de tickets voor het theaterbezoek (De Roovers, "Glengarry Glen Ross", 30 januari, Schouwburg Leuven) uitdeelden. De tickets liggen klaar op het secretariaat, ze kunnen ze daar ophalen tijdens de middagpauze.

We vertrekken om 19u15 aan de schoolpoort, terug rond 22u30.

Vriendelijke groeten,
Sofie Claes
""",
  rules=["bcc"],
  note="teacher writes to three parents with all their addresses open in To; otherwise an ordinary practical mail",
  lang="nl", format=["plain"])

# 84
M(slug="cijfers-toets-3a-googledocs", date="2024-11-08 21:05",
  frm="Yusuf Demir <yusuf.demir@spc.ksleuven.be>",
  to=["Yusuf Demir <yusuf.demir@spc.ksleuven.be>"], bcc=["klas-3a@sintpieterscollege.be"],
  subject="punten toets goniometrie",
  body="""Dag 3A,

De punten van de toets goniometrie staan in deze Google Sheet, met per leerling de score per vraag en de opmerkingen. Zo kunnen jullie zelf zien waar het fout liep. Iedereen met de link kan het bestand openen:

https://docs.google.com/spreadsheets/d/1mT8xR2kQ5vW9pL3nZ7cY0bH4gF6jD1sA8eU2iO5qPwE/edit?usp=sharing

Wie onder de 10 heeft, krijgt volgende week een remediëringstaak.

Meneer Demir
""",
  rules=["links"],
  note="teacher shares all pupils' named marks and remarks in a Google Sheet open to anyone with the link",
  lang="nl", format=["plain"])

# 85
M(slug="re-klacht-toon-ouder", date="2025-03-27 10:22",
  frm="Hilde Maes <hilde.maes@sintpieterscollege.be>",
  to=["Frank Verhoeven <frank.verhoeven@telenet.be>"],
  subject="Re: klacht",
  body="""Geachte heer Verhoeven,

Ik heb uw mail goed ontvangen. Uw bezorgdheid over de evaluatie van Noah neem ik ernstig, en ik wil daar graag met u over praten.

Ik wil u wel duidelijk zeggen dat de manier waarop u onze leerkrachten in uw mail beschrijft, niet aanvaardbaar is. Wij verwachten van iedereen, personeel en ouders, een respectvolle toon. Ik zal niet antwoorden op berichten in die bewoordingen.

U bent welkom voor een gesprek op dinsdag 1 april om 16u30 of op donderdag 3 april om 8u30. Laat u mij weten wat u past?

Met vriendelijke groeten,

Hilde Maes
directeur

Op wo 26 mrt 2025 om 22:47 schreef Frank Verhoeven <frank.verhoeven@telenet.be>:
> Wat een bende idioten zijn jullie daar. Die leerkracht wiskunde is een regelrechte nul en
> die titularis een arrogante trut. Ik eis dat de punten van mijn zoon herzien worden.
> F. Verhoeven
""",
  rules=[],
  note="director's firm but civil answer to a rude parent; the parent's insults appear only in the quoted original",
  lang="nl", format=["plain", "reply"])

# 86
M(slug="staff-party-follow-up", date="2024-12-21 01:36",
  frm="David Harris <david.harris@sintpieterscollege.be>",
  to=["Nathalie Mertens <nathalie.mertens@sintpieterscollege.be>"],
  subject="last night",
  body="""Nathalie,

You looked so hot at the staff party last night, I couldn't stop staring at your legs. Shame you left so early. Send me a pic of you in that dress, or better without it ;)

And don't play hard to get on Monday in the staff room, I know you want it as much as I do. Nobody needs to know.

D.
""",
  rules=["conduct"],
  note="teacher sends a colleague unwanted sexual comments and asks for an undressed photo",
  lang="en", format=["plain"])

# 87
M(slug="info-nieuwe-leerkracht-links", date="2024-08-29 10:00",
  frm="Joris Lambrechts <joris.lambrechts@sintpieterscollege.be>",
  to=["Jolien Vanhove <jolien.vanhove@sintpieterscollege.be>"],
  subject="nuttige links voor je start",
  fmt="alt",
  html=simple(
      "<p>Dag Jolien,</p><p>Zoals beloofd nog een lijstje nuttige links:</p><ul>"
      '<li>intranet van de scholengroep (aanmelden met je schoolaccount): <a href="https://intranet.lksd.ksleuven.be/login">intranet.lksd.ksleuven.be</a></li>'
      '<li>lessenroosters en lokalen: <a href="https://spc.ksleuven.be/rooster">spc.ksleuven.be/rooster</a></li>'
      '<li>Smartschool: <a href="https://sintpieterscollege.smartschool.be">sintpieterscollege.smartschool.be</a></li>'
      '<li>leerplannen: <a href="https://pro.katholiekonderwijs.vlaanderen/leerplannen">pro.katholiekonderwijs.vlaanderen</a></li>'
      '<li>ons CLB: <a href="https://www.clb-leuven.be">clb-leuven.be</a></li>'
      '<li>privacyverklaring van LKSD: <a href="https://lksd.ksleuven.be/privacy">lksd.ksleuven.be/privacy</a></li></ul>'
      "<p>Het onthaalmoment voor nieuwe collega's is maandag om 9u in de leraarskamer.</p><p>Tot dan,<br>Joris</p>"),
  rules=[],
  note="deputy head sends a new colleague links to the school's own intranet login, Smartschool, curricula and the CLB",
  lang="nl", format=["alt"])

# 88
M(slug="herdenkingsreis-breendonk", date="2024-12-16 13:40",
  frm="Karim El Amrani <karim.elamrani@sintpieterscollege.be>",
  to=["Karim El Amrani <karim.elamrani@sintpieterscollege.be>"],
  bcc=["ouders-6a@sintpieterscollege.be", "ouders-6b@sintpieterscollege.be", "ouders-6c@sintpieterscollege.be"],
  subject="Herdenkingsbezoek Fort Breendonk en Kazerne Dossin - 6de jaar",
  fmt="alt",
  html=outlook(
      P("Geachte ouders,", "",
        "In het kader van de lessen geschiedenis bezoeken de leerlingen van het 6de jaar op donderdag 27 maart het Fort van "
        "Breendonk en Kazerne Dossin in Mechelen.", "",
        "We willen u vooraf laten weten dat de leerlingen daar met harde beelden en teksten geconfronteerd worden: foto's van "
        "gefolterde gevangenen, de deportatielijsten, en antisemitische propaganda van de nazi's en van Vlaamse collaborateurs, "
        "met scheldwoorden en karikaturen van Joden. We bereiden het bezoek in de klas voor en bespreken het achteraf.", "",
        "Heeft uw kind een familiegeschiedenis die dit bezoek extra zwaar maakt, of zijn er andere redenen om rekening mee te houden, "
        "laat het mij dan gerust weten via Smartschool.", "",
        "Kostprijs: 18 euro (bus en toegang), via de schoolrekening.", "", "Met vriendelijke groeten,", "Karim El Amrani",
        "vakgroep geschiedenis")),
  rules=[],
  note="letter to sixth-year parents (Bcc) warning that a memorial visit shows antisemitic propaganda; history education",
  lang="nl", format=["alt", "outlook"])

# 89
M(slug="echange-lyon-dossiers-eleves", date="2025-03-11 16:30",
  frm="Elif Yılmaz <elif.yilmaz@sintpieterscollege.be>",
  to=["Isabelle Moreau <isabelle.moreau@lycee-ampere-lyon.fr>"],
  subject="Échange Lyon : fiches des élèves",
  fmt="alt",
  html=outlook(
      P("Chère Isabelle,", "",
        "Comme convenu, voici le dossier avec les fiches d'inscription de nos 18 élèves : nom, date de naissance, adresse, numéro de "
        "carte d'identité, allergies et traitements médicaux, et les coordonnées des parents.", "",
        "Toute personne disposant du lien peut l'ouvrir, sans se connecter :",
        '<a href="https://ksleuven-my.sharepoint.com/:f:/g/personal/elif_yilmaz_sintpieterscollege_be/Er4Tq9ZpW2xKm7Nc1bV8sYhL0oG3dF5a?e=aB3xYq">Fiches élèves échange Lyon 2025</a>',
        "", "Tu peux le transmettre aux familles d'accueil.", "", "Bien à toi,", "Elif Yılmaz", "professeur de français")),
  rules=["links"],
  note="French teacher sends a partner school an anonymous SharePoint link to a folder with pupils' identity and medical data, to be passed on to host families",
  lang="fr", format=["alt", "outlook"])

# 90
M(slug="rapport-kerst-beschikbaar", date="2024-12-20 16:00",
  frm="Sint-Pieterscollege <info@sintpieterscollege.be>",
  to=["Sint-Pieterscollege <info@sintpieterscollege.be>"], bcc=["ouders@sintpieterscollege.be"],
  subject="Het kerstrapport staat online",
  fmt="alt",
  html=outlook(
      P("Beste ouders,", "",
        "Het kerstrapport van uw zoon of dochter staat vanaf vandaag 16u online. U vindt het in Smartschool via "
        '<a href="https://sintpieterscollege.smartschool.be/index.php?module=Skore&amp;file=reports">sintpieterscollege.smartschool.be</a>. '
        "Meld u aan met uw co-account.", "",
        "Wil u de klastitularis spreken? Reserveer een moment voor het oudercontact van 9 januari via "
        '<a href="https://sintpieterscollege.smartschool.be/index.php?module=Planner">Smartschool Planner</a>. '
        'Meer info over de rapportering leest u op <a href="https://www.sintpieterscollege.be/praktisch/rapporten">www.sintpieterscollege.be/praktisch/rapporten</a>.',
        "", "Wij wensen u en uw gezin prettige feestdagen!", "", "De directie")),
  rules=[],
  note="report-card notice to all parents (Bcc); the link texts show the same real Smartschool and school domains as the targets",
  lang="nl", format=["alt", "outlook"])

# 91
M(slug="skireis-afdingen-ouder", date="2024-10-22 17:14",
  frm="Ewa Kowalczyk <ewa.kowalczyk@sintpieterscollege.be>",
  to=["Greet Van Damme <greet.vandamme@sintpieterscollege.be>"],
  subject="meneer Goldberg",
  body="""Greet,

Meneer Goldberg heeft weer gebeld over de skireis van zijn dochter. Of er geen "broer-zuskorting" is en waarom de huur van de ski's apart gerekend wordt. Typisch jood hé, altijd afdingen, geld geld geld. Die zouden nog korting vragen op hun eigen begrafenis.

Als hij nog belt, zeg maar dat ik er niet ben.

Ewa
""",
  rules=["conduct"],
  note="bookkeeper writes an antisemitic stereotype about a parent to a colleague",
  lang="nl", format=["plain"])

# 92
M(slug="english-6c-listening-sources", date="2025-02-03 08:30",
  frm="David Harris <david.harris@sintpieterscollege.be>",
  to=["David Harris <david.harris@sintpieterscollege.be>"], bcc=["klas-6c@sintpieterscollege.be"],
  subject="6C - sources for your debate on social media bans",
  fmt="html",
  html=simple(
      "<p>Hi 6C,</p><p>For Thursday's debate (&quot;Should under-16s be banned from social media?&quot;) please read or watch at least two of these:</p><ul>"
      '<li><a href="https://www.bbc.com/news/articles/c0q8k2w7mnpo">BBC News: Australia passes social media ban for under-16s</a></li>'
      '<li><a href="https://www.theguardian.com/media/2024/nov/28/australia-social-media-ban-explained">The Guardian: the ban explained</a></li>'
      '<li><a href="https://www.youtube.com/watch?v=Lk4qR8sT2vY">TED-Ed: How social media affects your brain</a> (5 min)</li>'
      '<li>the debate rules are on <a href="https://sintpieterscollege.smartschool.be/index.php?module=Documents">Smartschool</a></li></ul>'
      "<p>Take notes, you'll need at least two facts with a source.</p><p>Mr Harris</p>"),
  rules=[],
  note="English teacher sends his class (Bcc) news and YouTube links for a debate",
  lang="en", format=["html"])

# 93
M(slug="zoom-infosessie-clb", date="2025-01-27 11:45",
  frm="Lies Goossens <lies.goossens@sintpieterscollege.be>",
  to=["Katrien Lemmens <katrien.lemmens@clb-leuven.be>"],
  subject="link infosessie studiekeuze (Zoom)",
  body="""Dag Katrien,

Hier de link voor de online infosessie studiekeuze voor de ouders van het 6de jaar, donderdag 6 februari om 19u30. Jij doet het deel over hoger onderwijs en de CLB-ondersteuning:

https://us02web.zoom.us/j/84719205536?pwd=bXdBeTRqN0JzQ1pUcW5KdUxrRXo2Zz09

Meeting-ID: 847 1920 5536
Toegangscode: 462913

Ik open de vergadering om 19u15 zodat we kunnen testen.

Lies
""",
  rules=[],
  note="Zoom invitation to the CLB with the meeting passcode also embedded in the link (pwd=); meeting passcode, not a credential",
  lang="nl", format=["plain"])

# 94
M(slug="fietsenstalling-waarschuwing", date="2025-04-24 15:55",
  frm="Rudi Cools <rudi.cools@sintpieterscollege.be>",
  to=["Sem Van Laere <sem.vanlaere@leerling.sintpieterscollege.be>"],
  subject="fietsenstalling",
  body="""Sem,

Ik heb u weer gezien aan de fietsen van de personeelsstalling. Als ik u daar nog één keer betrap, klein etterke, dan breek ik uw poten en dan kunt ge naar huis kruipen. En gaan klagen bij uw mama helpt niet, ik ken de weg hier beter dan gij.

Rudi
""",
  rules=["conduct"],
  note="technical assistant threatens a pupil with violence and insults him",
  lang="nl", format=["plain"])

# 95
CYR_TEXT = "sintpieterscollege.smartsch\u043e\u043el.be"
CYR_PUNY = CYR_TEXT.encode("idna").decode()
M(slug="nieuwe-opdracht-nederlands", date="2025-05-02 04:26",
  frm="Sofie Claes <sofie.claes@sintpieterscollege.be>",
  to=["Sofie Claes <sofie.claes@sintpieterscollege.be>"], bcc=["klas-5a@sintpieterscollege.be", "klas-5b@sintpieterscollege.be"],
  subject="Nieuwe taak: boekbespreking - inleveren voor maandag",
  fmt="alt",
  html=simple(
      "<p>Dag allemaal,</p><p>Er staat een nieuwe taak klaar voor jullie boekbespreking. Meld je aan op Smartschool om de opgave te "
      "zien en in te dienen:</p>"
      f'<p><a href="https://{CYR_PUNY}/login?next=/Upload">https://{CYR_TEXT}</a></p>'
      "<p>Wie niet indient, krijgt 0.</p><p>Mevr. Claes</p>"),
  rules=["links"],
  note="hijacked teacher account sends pupils a Smartschool look-alike with Cyrillic o's in the link text and the punycode host in the href",
  lang="nl", format=["alt"])

# 96
M(slug="digitaal-lesmateriaal-1ste-jaar", date="2024-09-05 13:25",
  frm="Sarah Bogaerts <sarah.bogaerts@sintpieterscollege.be>",
  to=["Sarah Bogaerts <sarah.bogaerts@sintpieterscollege.be>"], bcc=["ouders-1b@sintpieterscollege.be"],
  subject="Digitaal lesmateriaal wiskunde 1B",
  body="""Beste ouders,

Bij het werkboek wiskunde hoort een online platform met extra oefeningen. Uw kind meldt zich daar aan via Smartschool (knop "Pelckmans Portaal" in het menu Ga naar), of rechtstreeks op https://www.pelckmansportaal.be met de activatiecode die vooraan in het werkboek staat.

Wie thuis extra wil oefenen, kan ook terecht op https://www.wiskundeplatform.be en de filmpjes van de vakgroep op ons YouTube-kanaal: https://www.youtube.com/@spcwiskunde

Met vriendelijke groeten,
Sarah Bogaerts
leerkracht wiskunde 1B
""",
  rules=[],
  note="letter to one class's parents (Bcc) pointing to the publisher's real login portal and public exercise sites",
  lang="nl", format=["plain"])

# 97
M(slug="examen-drive-beperkt", date="2024-12-02 20:20",
  frm="Karim El Amrani <karim.elamrani@sintpieterscollege.be>",
  to=["Wim Verstraeten <wim.verstraeten@sintpieterscollege.be>"],
  subject="examen geschiedenis 4de - versie 2",
  body="""Wim,

Versie 2 van het examen staat in onze gedeelde Drive. Ik heb de toegang beperkt: alleen jij en ik kunnen het openen, je moet aangemeld zijn met je schoolaccount.

https://docs.google.com/document/d/1Pq4sWz8nB2kX7vR0tL5yM3cF9hJ6dA1gE4uI8oZ2wQe/edit?usp=drive_link

Vooral vraag 6 (bronnenanalyse) even bekijken, ik twijfel over de puntenverdeling.

Karim
""",
  rules=[],
  note="teacher shares an exam draft with one colleague through a Google Doc restricted to named school accounts",
  lang="nl", format=["plain"])

# 98
M(slug="musical-tickets", date="2025-02-25 12:00",
  frm="Stijn Willems <stijn.willems@sintpieterscollege.be>",
  to=["Stijn Willems <stijn.willems@sintpieterscollege.be>"], bcc=["personeel@sintpieterscollege.be"],
  subject="Tickets schoolmusical 'Grease' - nu te koop",
  fmt="qp",
  body="""Dag collega's,

Vanaf vandaag zijn de tickets voor onze schoolmusical "Grease" te koop! Voorstellingen op vrijdag 21 en zaterdag 22 maart om 20u in de feestzaal.

Tickets (10 euro, 6 euro voor leerlingen) koop je via https://bit.ly/spc-grease25 - die link brengt je naar de ticketpagina op onze website.

Zeg het zeker ook aan jullie familie en vrienden, hoe voller de zaal hoe liever!

Stijn
""",
  rules=[],
  note="music teacher advertises the school musical to staff (Bcc) with a shortener to the public ticket page",
  lang="nl", format=["qp"])

# 99
M(slug="studie-1b-woensdag", date="2025-03-19 14:05",
  frm="Dries Van Acker <dries.vanacker@sintpieterscollege.be>",
  to=["Hanne Verbeke <hanne.verbeke@sintpieterscollege.be>"],
  subject="studie woensdag",
  body="""Hanne,

Ik neem woensdag de studie van 1B over, geen probleem. Maar zet die mongool van 1B (dat ventje met zijn bril, Oskar) dan ergens vooraan, die debiel zit anders weer met zijn tong uit zijn mond naar het plafond te staren. Achterlijk kind.

Dries
""",
  rules=["conduct"],
  note="supervisor calls a named pupil ableist slurs in a mail to a colleague",
  lang="nl", format=["plain"])

# 100
M(slug="schoolrekening-ocmw-familie", date="2025-01-22 09:50",
  frm="Ewa Kowalczyk <ewa.kowalczyk@sintpieterscollege.be>",
  to=["Lies Goossens <lies.goossens@sintpieterscollege.be>"],
  subject="rekening Kiana en haar broer",
  body="""Hoi Lies,

Ter info voor het zorgoverleg: de openstaande rekeningen van Kiana (3C) en haar broertje (1A) worden vanaf dit trimester door het OCMW betaald, ik kreeg gisteren de bevestiging van hun maatschappelijk werker. Mama zei aan de telefoon dat ze sinds de zomer geen werk meer heeft.

Het schooltoelage-dossier was nog niet ingediend; ik heb haar doorverwezen naar https://www.studietoelagen.be en de sociale dienst van de stad (https://www.leuven.be/sociale-dienst).

Ewa
""",
  rules=["sensitive"], cats=["financial"],
  note="bookkeeper tells the care coordinator that a named family's school bills are paid by the OCMW; legitimate government links",
  lang="nl", format=["plain"])


# ================================================================ output
def main():
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    out = ["# conduct01: labels for the blind set (offensive content and dangerous links), one entry per .eml\n"]
    for i, s in enumerate(MAILS, 1):
        name = f"{i:03d}-{s['slug']}.eml"
        msg = build(s, name)
        data = msg.as_bytes(policy=SMTP)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        rcpt = [addr_of(a) for a in s.get("to", []) + s.get("cc", []) + s.get("bcc", [])]
        fmt = list(s.get("format", []))
        out.append(f"{name}:\n")
        out.append(f"  rules: [{', '.join(s['rules'])}]\n")
        if "sensitive" in s["rules"]:
            out.append(f"  categories: {{sensitive: [{', '.join(s['cats'])}]}}\n")
        out.append(f"  mail_from: {addr_of(s['frm'])}\n")
        out.append(f"  rcpt: [{', '.join(rcpt)}]\n")
        out.append("  about: []\n")
        out.append("  misdirected: false\n")
        out.append(f"  note: {ysq(s['note'])}\n")
        out.append(f"  lang: {s['lang']}\n")
        out.append(f"  format: [{', '.join(fmt)}]\n")
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
        fh.writelines(out)
    print(f"wrote {len(MAILS)} mails")


if __name__ == "__main__":
    main()
