#!/usr/bin/env python3
"""Batch14: blind labelled outgoing mail, vocational campus Diest. Deterministic. Run: python3 make.py"""
import csv, io, os, random, re, datetime
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
POL = policy.SMTP
SD = "sintpieterscollege.be"

def st(first, last):
    return (first + "." + last).lower().replace(" ", "").replace("'", "") + "@" + SD

# ---------------- roster ----------------
KEY = {
 # id: (voornaam, naam, klas, ouder1, ouder2)
 "P0012": ("Jonas", "Verhaegen", "5B", "kris.verhaegen@telenet.be", "nathalie.stas@gmail.com"),
 "P0019": ("Robbe", "Wouters", "3A", "evy.wouters@gmail.com", ""),
 "P0020": ("Lars", "Verhaegen", "2D", "bart.verhaegen@proximus.be", "ilse.vos@telenet.be"),
 "P0027": ("Yasmina", "El Amrani", "4C", "fatima.elamrani@gmail.com", "rachid.elamrani@hotmail.com"),
 "P0033": ("Emre", "Yilmaz", "6A", "hatice.yilmaz@hotmail.com", ""),
 "P0041": ("Kacper", "Nowak", "3B", "agnieszka.nowak@gmail.com", ""),
 "P0048": ("Dieuveille", "Mbuyi", "5C", "papy.mbuyi@skynet.be", "clarisse.mbuyi@gmail.com"),
 "P0055": ("Lotte", "Claes", "4A", "sofie.claes@telenet.be", "wim.claes@telenet.be"),
 "P0063": ("Bram", "Vandeputte", "6B", "geert.vandeputte@proximus.be", ""),
 "P0071": ("Amina", "Bouzid", "3C", "khadija.bouzid@outlook.com", ""),
 "P0079": ("Stijn", "Peeters", "5A", "marc.peeters@telenet.be", "annelies.wuyts@gmail.com"),
 "P0084": ("Ruben", "Peeters", "5A", "jan.peeters.diest@gmail.com", ""),
 "P0090": ("Sara", "Janssens", "6C", "linda.janssens@skynet.be", ""),
 "P0097": ("Milan", "De Smedt", "4B", "tine.desmedt@gmail.com", "kurt.desmedt@telenet.be"),
 "P0102": ("Noah", "Wouters", "3A", "dirk.wouters@telenet.be", "sarah.maes@gmail.com"),
 "P0110": ("Zeynep", "Kaya", "5D", "mehmet.kaya@hotmail.com", "ayse.kaya@gmail.com"),
 "P0118": ("Jelle", "Goossens", "6D", "katleen.goossens@telenet.be", ""),
 "P0125": ("Ilias", "Amrani", "4D", "nadia.amrani@gmail.com", ""),
 "P0131": ("Febe", "Maes", "3D", "veerle.maes@proximus.be", "johan.maes@proximus.be"),
 "P0139": ("Wout", "Hendrickx", "5B", "els.hendrickx@telenet.be", ""),
 "P0146": ("Aylin", "Demir", "6C", "songul.demir@hotmail.com", ""),
 "P0152": ("Lucas", "Mertens", "1B", "joke.mertens@gmail.com", "pieter.mertens@gmail.com"),
 "P0160": ("Oliwia", "Kowalska", "2A", "marta.kowalska@gmail.com", ""),
 "P0167": ("Thibault", "Lambert", "4A", "isabelle.lambert@skynet.be", "olivier.lambert@gmail.com"),
 "P0174": ("Hanne", "Jacobs", "2C", "griet.jacobs@telenet.be", ""),
 "P0181": ("Mohamed", "Ouali", "6A", "samira.ouali@hotmail.com", ""),
 "P0188": ("Kobe", "Van den Broeck", "5C", "peter.vandenbroeck@telenet.be", "lies.goris@telenet.be"),
 "P0195": ("Elias", "Smets", "3B", "karen.smets@outlook.com", ""),
 "P0203": ("Nina", "Willems", "4C", "an.willems@gmail.com", "stefaan.willems@gmail.com"),
 "P0210": ("Seppe", "Aerts", "6B", "hilde.aerts@telenet.be", ""),
 "P0217": ("Ines", "Lemmens", "5D", "tom.lemmens@proximus.be", "katrien.lemmens@gmail.com"),
 "P0224": ("Gloria", "Kabongo", "4B", "jeanne.kabongo@gmail.com", ""),
 "P0231": ("Arne", "Dewit", "2B", "kim.dewit@telenet.be", ""),
 "P0238": ("Jana", "Vermeulen", "6D", "ellen.vermeulen@gmail.com", "koen.vermeulen@telenet.be"),
 "P0245": ("Dries", "Michiels", "3A", "lieve.michiels@skynet.be", ""),
 "P0066": ("Tuur", "Bosmans", "4B", "greet.bosmans@telenet.be", ""),
 "P0107": ("Yana", "Wauters", "4A", "sylvie.wauters@gmail.com", ""),
 "P0114": ("Senne", "Luyckx", "6A", "dave.luyckx@telenet.be", ""),
 "P0143": ("Bilal", "Chakir", "5A", "hamid.chakir@gmail.com", ""),
 "P0155": ("Lore", "Daems", "6D", "mieke.daems@telenet.be", ""),
 "P0199": ("Jitse", "Van Roy", "5B", "wendy.vanroy@gmail.com", ""),
 "P0227": ("Kiara", "Mukendi", "4A", "odette.mukendi@gmail.com", ""),
 "P0089": ("Mats", "Geens", "6B", "stijn.geens@proximus.be", ""),
}
FIRST = ["Lander","Jari","Warre","Ferre","Nand","Sem","Lowie","Vic","Mauro","Rayan","Adam","Younes","Hamza","Mehdi","Burak","Furkan","Yusuf",
 "Kerem","Jakub","Szymon","Filip","Bartosz","Kevin","Jordy","Glenn","Bjorn","Dylan","Jens","Jorn","Thomas","Emma","Louise","Marie","Ella",
 "Fien","Noor","Lina","Yasmine","Salma","Elif","Ecem","Merve","Zuzanna","Julia","Maja","Chloé","Amber","Britt","Shauni","Kelly","Jolien",
 "Laura","Axelle","Naomi","Grâce","Divine","Prince","Jordan","Exaucé","Glodi","Rune","Cas","Lenn","Wannes","Tibo","Lisa","Zoë","Nore"]
LAST = ["Vandenbosch","Janssen","Maes","Jacobs","Mertens","Willems","Claes","Goossens","Wouters","De Vos","Peeters","Vermeiren","Vanhoof",
 "Smolders","Van Loock","Pauwels","Cools","Verbeeck","Lenaerts","Vanderstraeten","Geerts","Timmermans","Verstraeten","Nijs","Celis",
 "Van Hove","Thijs","Bertels","Boeckx","Raeymaekers","El Idrissi","Benali","Ait Ouarab","Aksoy","Çelik","Öztürk","Şahin","Kowalczyk",
 "Wiśniewski","Zieliński","Lukusa","Tshibangu","Ilunga","Kalonji","Mutombo","Daniels","Sterckx","Vandevelde","Wuyts","Hermans"]
PROV = ["telenet.be","gmail.com","hotmail.com","skynet.be","proximus.be","outlook.com"]
PFIRST = ["An","Els","Kristel","Sofie","Tine","Joris","Geert","Hans","Ahmed","Naima","Fatma","Ali","Ewa","Tomasz","Chantal","Patrick","Mireille","Koen","Sandra","Veerle"]

def ascii_lower(s):
    tr = str.maketrans("çéèëöşśńżźłÇÖŞâï", "ceeeossnzzlCOSai")
    return s.translate(tr).lower().replace(" ", "").replace("'", "")

def make_roster():
    rnd = random.Random(1414)
    classes = [f"{y}{c}" for y in range(1, 7) for c in "ABCD"]
    rows = []
    for i in range(1, 253):
        pid = f"P{i:04d}"
        if pid in KEY:
            v, n, k, o1, o2 = KEY[pid]
        else:
            v, n = rnd.choice(FIRST), rnd.choice(LAST)
            while (v, n) in [(a[0], a[1]) for a in KEY.values()]:
                v = rnd.choice(FIRST)
            k = classes[(i * 7) % 24]
            o1 = f"{ascii_lower(rnd.choice(PFIRST))}.{ascii_lower(n)}@{rnd.choice(PROV)}"
            o2 = f"{ascii_lower(rnd.choice(PFIRST))}.{ascii_lower(rnd.choice(LAST))}@{rnd.choice(PROV)}" if rnd.random() < 0.45 else ""
        mail = f"{ascii_lower(v)}.{ascii_lower(n)}@leerling.{SD}"
        rows.append([pid, v, n, k, mail, o1, o2])
    return rows

ROSTER = make_roster()
R = {r[0]: r for r in ROSTER}
def parent(pid, n=1):
    return R[pid][4 + n]

# ---------------- builder ----------------
MAILS = []
def M(slug, **kw):
    kw["slug"] = slug
    MAILS.append(kw)

def build(m, idx):
    msg = EmailMessage(policy=POL)
    d = m["date"]
    msg["Date"] = format_datetime(d)
    msg["From"] = m["frm"]
    if m.get("to"):
        msg["To"] = m["to"]
    else:
        msg["To"] = "undisclosed-recipients:;"
    if m.get("cc"):
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subj"]
    msg["Message-ID"] = f"<b14.{idx:03d}.{d.strftime('%Y%m%d%H%M')}@{m.get('mid_dom', SD)}>"
    if m.get("irt"):
        msg["In-Reply-To"] = m["irt"]
    msg["MIME-Version"] = "1.0"
    kind = m.get("kind", "text")
    cs = m.get("cs", "utf-8")
    enc = m.get("enc", "quoted-printable")
    if kind == "text":
        msg.set_content(m["body"], charset=cs, cte=enc)
    elif kind == "html":
        msg.set_content(m["html"], subtype="html", charset=cs, cte=enc)
    elif kind == "alt":
        msg.set_content(m["body"], charset=cs, cte=enc if enc != "8bit" else "quoted-printable")
        msg.add_alternative(m["html"], subtype="html", charset=cs, cte="quoted-printable")
    for a in m.get("att", []):
        if a[0] == "msg":
            inner = a[1]
            msg.add_attachment(inner, cte="7bit")
        else:
            fname, text, sub = a
            msg.add_attachment(text.encode(a[3] if len(a) > 3 else "utf-8"), maintype="text", subtype=sub, filename=fname, cte="base64")
    if msg.is_multipart():
        n = 0
        for part in msg.walk():
            if part.get_content_maintype() == "multipart":
                n += 1
                part.set_boundary(f"----=_NextPart_{idx:03d}_{n:02d}_B14SPC")
        if "Content-Transfer-Encoding" not in msg:
            msg["Content-Transfer-Encoding"] = "7bit"
    return msg

def inner_mail(frm, to, subj, date, body, mid, cc=None, cs="utf-8", enc="quoted-printable"):
    im = EmailMessage(policy=POL)
    im["Date"] = format_datetime(date)
    im["From"] = frm
    im["To"] = to
    if cc:
        im["Cc"] = cc
    im["Subject"] = subj
    im["Message-ID"] = mid
    im["MIME-Version"] = "1.0"
    im.set_content(body, charset=cs, cte=enc)
    return im

def D(mo, day, h, mi, y=2024):
    off = 2 if (3 < mo < 11 or (mo == 3 and day > 30) or (mo == 10 and day < 27)) else 1
    if y == 2025:
        off = 2 if 3 < mo < 11 else 1
    return datetime.datetime(y, mo, day, h, mi, tzinfo=datetime.timezone(datetime.timedelta(hours=off)))

TEL = "013 33 12 45"   # fictional school number
SIG_SCHOOL = f"\n--\nSint-Pieterscollege campus Diest\nTechnisch en beroepssecundair onderwijs\nT {TEL}\n"

# ---------------- staff ----------------
KOEN = "Koen Vanhoof <koen.vanhoof@sintpieterscollege.be>"        # ICT + elektriciteit
KOEN_A = "koen.vanhoof@sintpieterscollege.be"
EVELIEN = "Evelien Coppens <evelien.coppens@sintpieterscollege.be>"  # zorgcoordinator
EVELIEN_A = "evelien.coppens@sintpieterscollege.be"
PIETER = "Pieter Lenaerts <pieter.lenaerts@sintpieterscollege.be>"   # keuken
PIETER_A = "pieter.lenaerts@sintpieterscollege.be"
NATH = "Nathalie Bogaerts <nathalie.bogaerts@sintpieterscollege.be>"  # restaurant/zaal
NATH_A = "nathalie.bogaerts@sintpieterscollege.be"
LUC = "Luc Vangeel <lvg@spc.ksleuven.be>"                             # bouw
LUC_A = "lvg@spc.ksleuven.be"
DIRK = "Dirk Swinnen <dirk.swinnen@sintpieterscollege.be>"          # autotechniek
DIRK_A = "dirk.swinnen@sintpieterscollege.be"
SANDRA = "Sandra Peetermans <sandra.peetermans@sintpieterscollege.be>"  # haarzorg
SANDRA_A = "sandra.peetermans@sintpieterscollege.be"
HILDE = "Hilde Geerts <hilde.geerts@sintpieterscollege.be>"          # kinderzorg
HILDE_A = "hilde.geerts@sintpieterscollege.be"
TOM = "Tom Hermans <tom.hermans@sintpieterscollege.be>"              # stagecoordinator
TOM_A = "tom.hermans@sintpieterscollege.be"
YOUSRA = "Yousra Haddouchi <yousra.haddouchi@sintpieterscollege.be>"  # trajectbegeleider leren&werken
YOUSRA_A = "yousra.haddouchi@sintpieterscollege.be"
MARC = "Marc Jorissen <mjo@spc.ksleuven.be>"                          # TA-coordinator
MARC_A = "mjo@spc.ksleuven.be"
BART = "Bart Willaert <bart.willaert@sintpieterscollege.be>"          # leerlingenbegeleider
BART_A = "bart.willaert@sintpieterscollege.be"
ANN = "Ann Moens <ann.moens@sintpieterscollege.be>"                   # boekhouding
ANN_A = "ann.moens@sintpieterscollege.be"
GRIET = "Griet Daems <griet.daems@sintpieterscollege.be>"             # secretariaat
GRIET_A = "griet.daems@sintpieterscollege.be"
SECR = "Secretariaat SPC Diest <secretariaat@sintpieterscollege.be>"
SECR_A = "secretariaat@sintpieterscollege.be"
DIR = "Directie Sint-Pieterscollege <directie@sintpieterscollege.be>"
DIR_A = "directie@sintpieterscollege.be"
MARLEEN = "Marleen Stevens <marleen.stevens@sintpieterscollege.be>"   # directeur
MARLEEN_A = "marleen.stevens@sintpieterscollege.be"
GEERT = "Geert Wuyts <geert.wuyts@sintpieterscollege.be>"             # lassen / metaal
GEERT_A = "geert.wuyts@sintpieterscollege.be"
JEF = "Jef Luyten <jef.luyten@sintpieterscollege.be>"                 # klusjesman / technisch beheer
JEF_A = "jef.luyten@sintpieterscollege.be"
SOFIE_K = "Sofie Kerckhofs <sofie.kerckhofs@sintpieterscollege.be>"   # klastitularis 4C, Nederlands
SOFIE_K_A = "sofie.kerckhofs@sintpieterscollege.be"
WARD = "Ward Cuypers <ward.cuypers@sintpieterscollege.be>"            # klastitularis 5B, elektriciteit
WARD_A = "ward.cuypers@sintpieterscollege.be"
CLB_K = "Katrien Dewulf <katrien.dewulf@clb-leuven.be>"
CLB_K_A = "katrien.dewulf@clb-leuven.be"

# =====================================================================
# A. SENSITIVE (20)
# =====================================================================
M("001-kacper-woont-niet-thuis", date=D(10, 8, 7, 42), frm=BART, to=LUC,
  cc=f"{EVELIEN}, {GRIET}", subj="Kacper 3B - praktisch",
  body="""Hoi Luc,

Even ter info voor jou als klastitularis, en Griet voor de afwezigheden.

Kacper (3B) verblijft sinds vorige woensdag niet meer bij zijn moeder. Via de consulent van het OCJ is hij voorlopig bij een gezin in Tienen ondergebracht, tot er meer duidelijkheid is. Hij komt nu met de trein en de bus en zal 's morgens waarschijnlijk een paar minuten te laat zijn (bus 2 komt pas om 8u27 aan). Gelieve hem daar niet voor te noteren.

Mama mag voorlopig enkel begeleid contact hebben. Als zij aan de schoolpoort staat of naar het secretariaat belt om hem op te halen: niet meegeven en mij of Evelien verwittigen.

Hij weet dat jij op de hoogte bent, maar hij wil niet dat de klas het weet. Graag discreet.

Bart
leerlingenbegeleiding
""", enc="8bit",
  rules=["sensitive"], cats=["family"], about=["P0041"],
  note="pupil placed with a foster family via OCJ, contact restriction on the mother, sent to colleagues",
  lang="nl", fmt=["plain", "8bit"])

M("002-lotte-stage-kapsalon", date=D(11, 4, 16, 5), frm=SANDRA, to="Lien Vranckx <info@kapsalonlien.be>",
  subj="Re: stage Lotte vanaf maandag",
  body="""Dag Lien,

Dank je voor de planning, dat is prima zo.

Nog één ding dat ik je liever op voorhand zeg: Lotte heeft het sinds de zomer niet makkelijk. Ze krijgt soms plots een aanval van paniek, vooral als het druk is en er veel mensen tegelijk iets van haar vragen. Ze begint dan te hyperventileren en wil weg. Ze is daarvoor bij een psycholoog in begeleiding. Het beste is haar even naar achteren te laten gaan, rustig laten ademen, niet te veel vragen. Na een kwartiertje gaat het meestal weer.

Wil je haar op zaterdag voorlopig niet alleen aan de kassa zetten? Als het goed gaat bouwen we dat op.

Laat gerust iets weten als er iets is.

Groetjes,
Sandra Peetermans
leerkracht haarzorg

Op 4 nov. 2024 om 11:20 schreef Kapsalon Lien <info@kapsalonlien.be>:
> Hallo Sandra,
> Lotte mag komen op di, wo en za van 9u tot 17u. Ze krijgt een schort van ons.
> Groetjes Lien
""", enc="quoted-printable",
  rules=["sensitive"], cats=["psychosocial"], about=["P0055"],
  note="teacher tells external internship mentor about the pupil's panic attacks and therapy",
  lang="nl", fmt=["plain", "qp", "reply"])

M("003-notenallergie-restaurant", date=D(9, 16, 8, 10), frm=PIETER, to=f"{NATH}", cc=f"Kristof Nys <kristof.nys@sintpieterscollege.be>",
  subj="restaurantdienst donderdag - let op",
  body="""Nathalie, Kristof,

Voor donderdag in het restaurant:
- 5D staat in de keuken, 6D in de zaal
- Zeynep (5D) mag NIET aan de dessertpost: ze reageert heftig op noten en pistache, vorig jaar ambulance gehad. Haar adrenalinepen zit in het voorvak van haar rugzak, rugzak blijft in de kleedkamer keuken (kastje 14).
- Ines mag dan op desserts, Zeynep op koude voorgerechten
- menu ligt klaar in de map

Pieter
""", enc="8bit",
  rules=["sensitive"], cats=["medical"], about=["P0110"],
  note="kitchen teacher shares a named pupil's severe nut allergy and epipen location with colleagues",
  lang="nl", fmt=["plain", "8bit", "list"])

M("004-mdo-dries-clb", date=D(1, 14, 13, 37, 2025), frm=EVELIEN, to=CLB_K,
  subj="aanmelding D.M. 3A",
  body="""Dag Katrien,

Zoals telefonisch besproken meld ik D.M. uit 3A (bouw) aan voor verdere opvolging. In bijlage de samenvatting van wat we het voorbije trimester al hebben gedaan.

Kan je eventueel aansluiten op het MDO van 28 januari om 15u30?

Vriendelijke groet,
Evelien Coppens
zorgcoördinator
""", enc="quoted-printable",
  att=[("samenvatting_DM_3A.txt", """Leerling: Dries Michiels, 3A bouw
Klastitularis: L. Vangeel

Verloop:
- sept: veel afwezig op maandag, moeite met lezen van werkfiches
- okt: klassenraad: vermoeden taalstoornis, voorleessoftware via ICT-lk ingesteld
- nov: gesprek met mama, zij geeft aan dat oudere broer ook begeleiding had
- dec: remediëring in de studie, weinig effect; zakt voor 4 vakken

Vraag aan CLB: diagnostisch traject opstarten, advies over IAC of overstap naar
aangepast traject (OV3), en ondersteuning via het ondersteuningsnetwerk.
""", "plain")],
  rules=["sensitive"], cats=["care"], about=["P0245"],
  note="care coordinator refers a pupil (initials + class, full name in attachment) to the CLB with a care history",
  lang="nl", fmt=["plain", "qp", "attachment-txt"])

M("005-rekening-mbuyi", date=D(2, 3, 10, 22, 2025), frm=ANN, to=f"Jo Peetermans <jo.peetermans@sintpieterscollege.be>",
  subj="schoolrekening 5C",
  body="""Dag Jo,

Jij bent toch titularis van 5C? Van Dieuveille staan de rekeningen van september, oktober en december nog open (samen 412,60 euro, vooral de kookkoffer en de werkkledij). Mama heeft gisteren gebeld: het OCMW van Diest gaat een deel betalen, de rest doen ze af met 30 euro per maand vanaf maart.

Wil je er zeker niets van laten merken in de klas? En als Dieuveille nog met een herinneringsbrief komt, stuur ze dan gewoon naar mij.

Ann
boekhouding
""", enc="8bit",
  rules=["sensitive"], cats=["financial"], about=["P0048"],
  note="bookkeeping tells a colleague about a family's unpaid bills, OCMW intervention and payment plan",
  lang="nl", fmt=["plain", "8bit"])

M("006-nina-opnieuw", date=D(3, 12, 12, 51, 2025), frm=SOFIE_K, to=BART, subj="Re: Nina",
  body="""Bart,

Ze heeft het mij net zelf laten zien in de pauze, haar onderarm, vers. Ze zegt dat het zondag was na ruzie thuis. Ik heb haar naar het leerlingensecretariaat gebracht, ze zit nu bij Evelien.

Kan jij vandaag nog mama bellen? Ik heb om 14u weer les.

Sofie

-----Oorspronkelijk bericht-----
Van: Bart Willaert
Verzonden: dinsdag 11 maart 2025 16:02
Aan: Sofie Kerckhofs
Onderwerp: Nina

Sofie, wil jij Nina uit 4C deze week wat in het oog houden? Ze was vorige week al heel stil en droeg weer lange mouwen in de keuken. Als je iets merkt, laat je het mij weten.
B.
""", enc="quoted-printable",
  rules=["sensitive"], cats=["psychosocial"], about=["P0203"],
  note="teacher reports a pupil self-harmed again (without the word) to the pupil counsellor, internal reply",
  lang="nl", fmt=["plain", "qp", "reply", "outlook-quote"])

M("007-milan-afwezig-garage", date=D(11, 18, 8, 3), frm=DIRK, to="Garage Cools <werkplaats@garagecools.be>",
  subj="Milan De Smedt - afwezig deze week",
  body="""Goeiemorgen Wim,

Milan zal deze week niet op stage komen. Zijn papa is zaterdag plots gestorven, thuis zijn ze er helemaal kapot van. De begrafenis is vrijdag.

Ik laat je weten wanneer hij terug komt, waarschijnlijk volgende week dinsdag. Mag ik vragen om hem dan rustig te laten herstarten, en er niet te veel over te vragen bij de andere gasten in de werkplaats?

Bedankt,
Dirk Swinnen
autotechniek
GSM 0478 21 64 09
""", enc="8bit",
  rules=["sensitive", "personal_data"], cats=["family"], about=["P0097"],
  note="teacher tells the garage internship mentor the pupil's father died; mobile number in signature",
  lang="nl", fmt=["plain", "8bit", "signature-phone"])

KR5B_TXT = """Klassenraad 5B elektrische installaties - 1e trimester

Jonas V.   - thuis erg onrustig, ouders zijn uit elkaar, week-weekregeling loopt stroef; valt in slaap in de les
Wout H.    - gestopt met zijn ADHD-medicatie sinds oktober (eigen keuze), impulsief in het atelier, 2x gevaarlijke situatie
Jitse V.R. - goed bezig, attest A verwacht
Rest van de klas: geen bijzonderheden

Afspraken: Jonas - gesprek met beide ouders apart; Wout - contact mama ivm arts
"""
KR5B_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>td{font-family:Calibri,sans-serif;font-size:11pt;border:1px solid #999;padding:3px}</style></head>
<body><p class="MsoNormal">Beste collega's van 5B,</p>
<p class="MsoNormal">Hieronder de nota's van de klassenraad van gisteren, voor wie er niet bij kon zijn.</p>
<table style="border-collapse:collapse">
<tr><td><b>Leerling</b></td><td><b>Bespreking</b></td><td><b>Afspraak</b></td></tr>
<tr><td>Jonas V.</td><td>thuis erg onrustig, ouders zijn uit elkaar, week-weekregeling loopt stroef; valt in slaap in de les</td><td>gesprek met beide ouders apart (WC)</td></tr>
<tr><td>Wout H.</td><td>gestopt met zijn ADHD-medicatie sinds oktober (eigen keuze), impulsief in het atelier, 2x gevaarlijke situatie aan het bord</td><td>contact mama ivm arts (BW)</td></tr>
<tr><td>Jitse V.R.</td><td>goed bezig, attest A verwacht</td><td>-</td></tr>
</table>
<p class="MsoNormal">Groetjes,<br>Ward</p></body></html>"""
M("008-klassenraad-5b", date=D(12, 19, 17, 40), frm=WARD, to="Ward Cuypers <ward.cuypers@sintpieterscollege.be>",
  bcc=["jo.peetermans@sintpieterscollege.be", KOEN_A, "kristof.nys@sintpieterscollege.be", BART_A],
  subj="nota's KR 5B",
  body="Beste collega's van 5B,\n\nHieronder de nota's van de klassenraad van gisteren, voor wie er niet bij kon zijn.\n\n" + KR5B_TXT + "\nGroetjes,\nWard\n",
  html=KR5B_HTML, kind="alt",
  rules=["sensitive"], cats=["family", "psychosocial", "medical"], about=["P0012", "P0139", "P0199"],
  note="class council notes table with home situation of one pupil and stopped ADHD medication/behaviour of another, to colleagues in Bcc",
  lang="nl", fmt=["alt", "outlook-table", "bcc-internal"])

M("009-febe-aanval-atelier", date=D(2, 11, 15, 12, 2025), frm=HILDE, to=f"Veerle Maes <{parent('P0131')}>",
  subj="Febe vandaag",
  body="""Beste mevrouw Maes,

Zoals ik u daarnet telefonisch al zei: Febe is vandaag rond 11u in het praktijklokaal onwel geworden en heeft een aanval gehad zoals die in het medisch formulier beschreven staat. Ze is een paar minuten weggeweest en was nadien erg moe. We hebben de noodmedicatie niet moeten geven, de aanval stopte na ongeveer twee minuten. Ze heeft daarna in de ziekenkamer gelegen tot u haar kwam halen.

Wilt u ons laten weten of de neuroloog iets wil veranderen aan de afspraken? Dan passen we het formulier aan.

Veel beterschap aan Febe.

Met vriendelijke groeten,
Hilde Geerts
klastitularis 3D
""", enc="base64",
  rules=["sensitive"], cats=["medical"], about=["P0131"],
  note="teacher writes to the pupil's own mother about a seizure at school and neurologist follow-up",
  lang="nl", fmt=["plain", "base64"])

M("010-elias-iac-leerwerkplek", date=D(9, 24, 9, 55), frm=YOUSRA, to="Stefan Claessens <stefan@schrijnwerkerijclaessens.be>",
  subj="Elias - afspraken leerwerkplek",
  body="""Dag Stefan,

Fijn dat Elias bij jullie kan starten op donderdag en vrijdag. Zoals afgesproken nog even op papier:

Elias volgt bij ons geen gewoon programma. Hij heeft een individueel aangepast curriculum: hij werkt aan een beperkt aantal doelen uit het opleidingsprofiel, het attest op het einde is een attest van verworven bekwaamheden en geen gewoon getuigschrift. De klassenraad en het CLB hebben dat zo beslist omdat het lezen en rekenen te moeilijk blijft.

Voor jou betekent dat: opdrachten mondeling uitleggen en voordoen, geen lange werkfiches, maten liefst aanduiden in plaats van opschrijven. De evaluatielijst die ik je meegeef is daarom korter dan die van de andere leerlingen.

Ik kom de eerste keer langs op 10 oktober.

Groet,
Yousra Haddouchi
trajectbegeleider leren en werken
""", enc="quoted-printable",
  rules=["sensitive"], cats=["care"], about=["P0195"],
  note="tells an external employer that the pupil has an individual adapted curriculum and his learning needs",
  lang="nl", fmt=["plain", "qp"])

M("011-jelle-thuis-clb", date=D(11, 27, 11, 14), frm=BART, to=CLB_K, cc=EVELIEN,
  subj="J. Goossens 6D - al 3 weken niet op school",
  body="""Dag Katrien,

Jelle uit 6D (restaurant en keuken) is sinds de herfstvakantie niet meer op school geweest. Mama zegt dat hij 's morgens niet uit bed komt, zich opsluit op zijn kamer en 'het niet meer ziet zitten om naar hier te komen'. Er zijn doktersbriefjes voor twee weken, voor deze week niets. Hij reageert niet op berichten van zijn titularis.

Zijn stage in december komt zo ook in gevaar. Kunnen jullie een huisbezoek doen of mama uitnodigen? Zij staat er voor open.

Bart
""", enc="8bit",
  rules=["sensitive"], cats=["psychosocial"], about=["P0118"],
  note="school refusal / withdrawal of one pupil reported to the CLB",
  lang="nl", fmt=["plain", "8bit"])

M("012-vandeputte-afbetaling", date=D(1, 21, 14, 2, 2025), frm=ANN, to=f"Geert Vandeputte <{parent('P0063')}>",
  subj="Schoolrekening Bram - voorstel",
  body="""Beste meneer Vandeputte,

Ondanks drie herinneringen staat de rekening voor het messenset, de koksvesten en de excursie naar Horeca Expo van Bram nog open voor een bedrag van 287,00 euro.

We begrijpen dat het niet altijd evident is. Daarom stellen we voor dit in schijven te betalen, bijvoorbeeld 40 euro per maand. Als u daarmee akkoord gaat, hoeft u enkel op deze mail te antwoorden. Als er financiële problemen zijn, kan u ook terecht bij onze maatschappelijk werker; dit blijft uiteraard vertrouwelijk.

Met vriendelijke groeten,
Ann Moens
boekhouding Sint-Pieterscollege campus Diest
""" + SIG_SCHOOL, enc="quoted-printable",
  rules=["sensitive", "personal_data"], cats=["financial"], about=["P0063"],
  note="payment plan for one family's unpaid bills, sent to the pupil's own father; school phone in signature",
  lang="nl", fmt=["plain", "qp", "signature-phone"])

M("013-aylin-ophalen", date=D(3, 3, 7, 58, 2025), frm=EVELIEN, to=f"{GRIET}, {SECR}", cc=f"Nele Vandervelden <nele.vandervelden@sintpieterscollege.be>",
  subj="dringend: ophalen Aylin 6C",
  body="""Griet, secretariaat,

Aylin uit 6C logeert deze week bij haar tante in Zichem. Er is dit weekend thuis iets gebeurd waarbij de politie is moeten komen en ze voelt zich daar niet veilig.

Haar vader mag haar deze week NIET ophalen of meenemen, ook niet als hij zegt dat het afgesproken is. Alleen de tante (mevrouw Arslan) of mama. Bij twijfel mij bellen of de directie.

Nele, als klastitularis: ze weet dat jij het weet. Ze wil gewoon stage blijven doen in de crèche.

Evelien
""", enc="8bit",
  rules=["sensitive"], cats=["family"], about=["P0146"],
  note="domestic incident, pupil stays with aunt, father may not pick her up; internal",
  lang="nl", fmt=["plain", "8bit"])

M("014-sara-stage-kdv", date=D(1, 8, 10, 30, 2025), frm=HILDE, to="Kinderdagverblijf 't Kuikentje <verantwoordelijke@kdv-kuikentje.be>",
  subj="stage Sara Janssens - aanpassingen",
  kind="html", enc="quoted-printable",
  html="""<html><body style="font-family:Arial;font-size:10pt">
<p>Beste Martine,</p>
<p>Sara heeft mij gevraagd om jou iets te laten weten voor haar stage vanaf 20 januari. Ze is in verwachting, ongeveer 14 weken. De preventieadviseur en de arbeidsgeneesheer hebben ons gevraagd om rekening te houden met volgende zaken:</p>
<ul>
<li>geen kinderen boven de 10 kg optillen of lang dragen</li>
<li>niet werken in de groep waar nu de waterpokken rondgaan zolang haar immuniteit niet gekend is</li>
<li>regelmatig kunnen zitten</li>
</ul>
<p>Ze wil graag haar stage afwerken. Als het voor jullie niet haalbaar is, laat het mij dan weten, dan zoeken we samen een oplossing.</p>
<p>Met vriendelijke groet,<br>Hilde Geerts<br>stagebegeleider kinderzorg</p>
</body></html>""",
  rules=["sensitive"], cats=["medical"], about=["P0090"],
  note="pupil's pregnancy and work restrictions told to the external childcare internship mentor",
  lang="nl", fmt=["html-only", "qp", "list"])

M("015-filmpjes-kobe", date=D(4, 24, 16, 48, 2025), frm=BART, to=MARLEEN, cc=EVELIEN,
  subj="incident K.VdB 5C / A.B. 3C",
  body="""Marleen,

Samenvatting van vandaag, voor het gesprek morgen met de ouders:

Kobe (5C) heeft gisterenavond in een groepschat van de 5de jaars twee filmpjes gezet die hij vorige week in de kleedkamer van de sporthal van Amina (3C) heeft gemaakt, zonder dat zij het wist. Hij heeft het toegegeven. Het is al de derde keer dit schooljaar dat hij een jonger meisje op die manier viseert (zie de notities in het LVS van november en februari).

Amina is vandaag niet gekomen. Mama zegt dat ze niet meer naar school wil.

Voorstel: tijdelijke preventieve schorsing Kobe, melding politie bespreken, herstelgesprek later als Amina dat wil.

Bart
""", enc="quoted-printable",
  rules=["sensitive"], cats=["psychosocial"], about=["P0188", "P0071"],
  note="individual bullying/harassment case: perpetrator and victim named, sent to the director",
  lang="nl", fmt=["plain", "qp"])

M("016-verslag-gloria-fwd", date=D(10, 2, 18, 20), frm=EVELIEN, to=f"Dirk Swinnen <{DIRK_A}>",
  cc="Lies Verbruggen <lies.verbruggen@sintpieterscollege.be>",
  subj="Fwd: verslag Gloria Kabongo",
  body="""Dirk, Lies,

Ter info voor 4B. Niet doorsturen aub, en wel even lezen voor de klassenraad van maandag.

Evelien

---------- Doorgestuurd bericht ---------
Van: Katrien Dewulf <katrien.dewulf@clb-leuven.be>
Date: wo 2 okt 2024 om 14:05
Subject: verslag Gloria Kabongo
To: Evelien Coppens <evelien.coppens@sintpieterscollege.be>

Dag Evelien,

Het verslag voor Gloria is afgerond en in LARS gezet. Kort: we hebben een gemotiveerd verslag opgemaakt voor ondersteuning (type basisaanbod), omdat ondanks de redelijke aanpassingen in het tweede jaar het leerrendement te laag blijft. Het ondersteuningsnetwerk kan starten vanaf november. Mama is akkoord en heeft het verslag ondertekend.

Als jullie willen kan ik de begeleider van het netwerk voorstellen op het MDO.

Katrien
""", enc="quoted-printable",
  rules=["sensitive"], cats=["care"], about=["P0224"],
  note="inline forward of a CLB message about a motivated report for extra support for one pupil",
  lang="nl", fmt=["plain", "qp", "fwd-inline"])

M("017-seppe-examens", date=D(5, 28, 21, 11, 2025), frm="Mieke Verlinden <mieke.verlinden@sintpieterscollege.be>",
  to="Mieke Verlinden <mieke.verlinden@sintpieterscollege.be>",
  bcc=[PIETER_A, NATH_A, "kristof.nys@sintpieterscollege.be", "hanne.moors@sintpieterscollege.be"],
  subj="examens juni 6B - afspraken",
  body="""Dag collega's,

Voor de examens van juni in 6B:

* Seppe: heeft sinds het 4de middelbaar een attest dyslexie en dyscalculie. Hij krijgt 1/3 extra tijd, zijn examens op A3 in Arial 14, en hij mag zijn laptop met voorleessoftware gebruiken (zit in het aparte lokaal A012). Gelieve zijn examen vóór 10 juni aan mij te bezorgen zodat ik het kan omzetten.
* Mats: mag zoals altijd zijn rekenmachine gebruiken bij de kostprijsberekening (geen attest, afspraak van de vakgroep).
* Voor iedereen: theorie-examen keuken op 16/6.

Alvast bedankt,
Mieke
""", enc="8bit",
  rules=["sensitive"], cats=["medical", "care"], about=["P0210"],
  note="exam accommodations for one pupil with dyslexia/dyscalculia diagnosis, to colleagues in Bcc",
  lang="nl", fmt=["plain", "8bit", "list", "bcc-internal"])

M("018-ouali-kledij", date=D(9, 6, 11, 40), frm=GRIET, to=TOM, subj="stagekledij Mohamed 6A",
  body="""Tom,

Mama van Mohamed Ouali (6A) is hier net geweest. Ze kan de werkkleding en de veiligheidsschoenen voor de stage niet betalen, ze leeft van een leefloon sinds ze alleen is en moet alles al bij het OCMW aanvragen. We hebben afgesproken dat het solidariteitsfonds het voorschiet en dat zij vanaf november 15 euro per maand terugbetaalt.

Kan jij zorgen dat hij zijn pakket toch al maandag krijgt, samen met de anderen? Liefst zonder dat het opvalt.

Griet
""", cs="windows-1252", enc="8bit",
  rules=["sensitive"], cats=["financial"], about=["P0181"],
  note="family on social benefit cannot pay work clothes, solidarity fund advances; cp1252 internal mail",
  lang="nl", fmt=["plain", "cp1252", "8bit"])

M("019-lambert-separation", date=D(10, 15, 19, 3), frm=SANDRA, to=f"Isabelle Lambert <{parent('P0167')}>",
  subj="Re: Thibault - remise du bulletin",
  body="""Bonsoir Madame Lambert,

Merci pour votre message et pour la copie du jugement. Nous avons bien noté qu'après la séparation, Thibault habite chez vous et que son père ne peut plus venir le chercher à l'école sans votre accord écrit. Le secrétariat est au courant.

Pour la remise du bulletin, nous allons donc vous donner un rendez-vous à vous seule. Si son père demande un entretien séparé, je vous tiendrai informée.

Bien cordialement,
Sandra Peetermans
titulaire 4A

Le 14 oct. 2024 à 22:31, Isabelle Lambert <isabelle.lambert@skynet.be> a écrit :
> Madame,
> Comme convenu, voici la décision du tribunal. Merci de faire attention au bulletin.
> I. Lambert
""", enc="quoted-printable",
  rules=["sensitive"], cats=["family"], about=["P0167"],
  note="French reply to the pupil's own mother about separation and a court ruling on pick-up",
  lang="fr", fmt=["plain", "qp", "reply"])

M("020-ia-4d-clb", date=D(3, 20, 9, 16, 2025), frm=BART, to=CLB_K,
  subj="vraag overleg I.A. (4D)",
  body="""Katrien,

Korte vraag voor een overleg over I.A. uit 4D (autotechniek).

Sinds die huiszoeking bij hen thuis in februari zit papa in voorarrest in Leuven. I. slaapt heel slecht, schrikt van elk geluid in de werkplaats en is al twee keer in elkaar gezakt van de stress. Hij zegt zelf dat hij 's nachts steeds opnieuw de deur ziet openvliegen. Mama weet niet goed hoe ze hem kan helpen.

Kan je volgende week eens langskomen? Dinsdag of donderdag in de voormiddag past voor mij.

Bart
""", enc="base64",
  rules=["sensitive"], cats=["family", "psychosocial"], about=["P0125"],
  note="initials + class; father in detention after a house search, trauma symptoms, to the CLB",
  lang="nl", fmt=["plain", "base64"])

# =====================================================================
# B. PERSONAL, NOT SENSITIVE (15)
# =====================================================================
M("021-lof-stage-elektro", date=D(12, 12, 17, 25), frm=TOM, to=f"Kris Verhaegen <{parent('P0012')}>",
  subj="Compliment van de stageplaats",
  body="""Beste meneer Verhaegen,

Ik wou u graag even laten weten dat ik vandaag het evaluatiegesprek had bij Elektro Verbeeck. De mentor was erg tevreden over Jonas: altijd op tijd, netjes in het afwerken van de bekabeling en hij durft vragen stellen als hij iets niet weet. Ze zouden hem volgend jaar graag terug zien voor zijn stage in het 6de.

Proficiat aan Jonas!

Vriendelijke groeten,
Tom Hermans
stagecoördinator
""", enc="quoted-printable",
  rules=[], about=["P0012"], note="praise from an internship company passed to the pupil's father", lang="nl", fmt=["plain", "qp"])

M("022-veiligheidsschoenen-noah", date=D(10, 1, 8, 49), frm=LUC, to=f"Dirk Wouters <{parent('P0102')}>",
  subj="veiligheidsschoenen Noah",
  body="""Goeiemorgen,

Noah stond vanmorgen weer zonder veiligheidsschoenen in het atelier. Zonder schoenen mag hij niet mee op de werf en moet hij in de theorieklas opdrachten maken. Dat is nu de tweede keer.

Kan u erop letten dat ze donderdag in zijn sporttas zitten? Ze mogen ook gewoon in zijn kastje op school blijven.

Mvg,
Luc Vangeel
praktijk bouw
""", enc="8bit", rules=[], about=["P0102"], note="forgotten safety shoes, to the pupil's own parent", lang="nl", fmt=["plain", "8bit"])

M("023-herexamen-lassen-stijn", date=D(6, 26, 13, 10, 2025), frm=GEERT, to=f"Marc Peeters <{parent('P0079')}>",
  subj="herexamen lassen Stijn - datum",
  body="""Beste meneer Peeters,

Stijn heeft op de deliberatie een herexamen gekregen voor de praktijkproef lassen (MIG/MAG). Het herexamen gaat door op maandag 25 augustus om 8u30 in atelier M2. Hij brengt zijn eigen lashelm en handschoenen mee.

Hij kreeg een oefenpakket mee met tekeningen. Als hij in de zomer nog wil oefenen, kan dat op de openatelierdag van 20 augustus.

Met vriendelijke groeten,
Geert Wuyts
""", enc="quoted-printable", rules=[], about=["P0079"], note="retake date for a practical welding exam, to the pupil's own father", lang="nl", fmt=["plain", "qp"])

M("024-examenslot-kapsel", date=D(5, 14, 10, 2, 2025), frm=SANDRA, to=f"Yana Wauters <yana.wauters@leerling.{SD}>",
  subj="jouw uur voor de proef brushing",
  body="""Hoi Yana,

Je proef brushing en opsteken is op donderdag 5 juni van 10u15 tot 11u45 in salon 2. Vergeet je model niet, en je eigen föhn en borstels. Je model moet met gewassen haar komen.

Succes!
mevr. Peetermans
""", enc="8bit", rules=[], about=["P0107"], note="hairdressing exam slot to the pupil herself", lang="nl", fmt=["plain", "8bit"])

M("025-boormachine-terug", date=D(2, 27, 15, 33, 2025), frm=JEF, to=LUC, subj="RE: boormachine Makita",
  body="""Luc,

De accuboormachine die vorige week ontbrak is terug, Tuur uit 4B kwam hem daarnet afgeven. Hij had hem per ongeluk in zijn tas gestoken na de werfdag. Batterij zat er nog bij. Ik heb hem weer op het bord gehangen.

Jef

Van: Luc Vangeel
Verzonden: woensdag 26 februari 2025 9:12
Onderwerp: boormachine Makita
> Jef, er mist een Makita accuboor (nr 7) na de werfdag van 4B, heb jij die gezien?
""", enc="quoted-printable", rules=[], about=["P0066"], note="a borrowed drill returned by a pupil", lang="nl", fmt=["plain", "qp", "reply"])

M("026-stagecontract-handtekening", date=D(9, 12, 9, 5), frm=TOM, to=f"Tine De Smedt <{parent('P0097')}>",
  subj="stageovereenkomst Milan - handtekening ontbreekt",
  body="""Beste mevrouw De Smedt,

De stageovereenkomst van Milan voor Garage Cools is bijna volledig, maar de handtekening van een ouder ontbreekt nog op pagina 3. Ik heb het document vandaag terug meegegeven in zijn map.

Gegevens zoals ingevuld op het contract:
Milan De Smedt, 4B autotechniek
geboortedatum: 17/05/2008
stageplaats: Garage Cools, Scherpenheuvel

Wilt u even controleren of alles klopt en het document tekenen? Graag terug tegen vrijdag.

Met vriendelijke groet,
Tom Hermans
""", enc="quoted-printable", rules=["personal_data"], about=["P0097"],
  note="missing parent signature on an internship contract; pupil's date of birth included", lang="nl", fmt=["plain", "qp"])

M("027-vca-geslaagd", date=D(3, 7, 14, 44, 2025), frm=MARC, to=f"Bilal Chakir <bilal.chakir@leerling.{SD}>", cc=f"{TOM}",
  subj="VCA resultaat",
  body="""Dag Bilal,

Goed nieuws: je bent geslaagd voor je VCA basisveiligheid (score 31/40). Het diploma wordt binnen een paar weken opgestuurd naar school, je kan het dan ophalen op het secretariaat.

Tom in cc zodat hij het kan doorgeven aan je stageplaats.

Proficiat!
M. Jorissen
TAC
""", enc="7bit", rules=[], about=["P0143"], note="pupil passed VCA safety certificate", lang="nl", fmt=["plain", "7bit"])

M("028-foto-dessert-nieuwsbrief", date=D(4, 2, 12, 20, 2025), frm=PIETER, to="Communicatie SPC <communicatie@sintpieterscollege.be>",
  subj="foto voor de nieuwsbrief",
  body="""Hey,

Voor de nieuwsbrief: Lore uit 6D heeft vorige week met haar dessert (rabarber, witte chocolade, hangop) de tweede plaats gehaald op de wedstrijd van de hotelscholen in Hasselt. Er is een foto van haar met het bord; toestemming voor beeld staat in Smartschool op ja, heb ik gecheckt.

Pieter
""", enc="8bit", rules=[], about=["P0155"], note="pupil's competition prize for the newsletter", lang="nl", fmt=["plain", "8bit"])

M("029-rijexamen-vroeger-weg", date=D(1, 29, 11, 7, 2025), frm=f"Senne Luyckx <senne.luyckx@leerling.{SD}>", to=KOEN,
  subj="Re: vrijdag",
  body="""Goeiedag meneer,

Ja mijn mama heeft het briefje getekend, ik geef het morgen af. Mijn praktisch rijexamen is om 14u in Kessel-Lo dus ik moet om 12u30 weg.

Senne 6A

Op 29 jan. 2025, om 10:02 heeft Koen Vanhoof <koen.vanhoof@sintpieterscollege.be> het volgende geschreven:
> Senne, als je vrijdag vroeger weg moet voor je rijexamen heb ik een getekend briefje van thuis nodig.
> KV
""", enc="quoted-printable", rules=[], about=["P0114"], note="pupil asks to leave early for a driving test; pupil's school account", lang="nl", fmt=["plain", "qp", "reply"],
  mail_from=f"senne.luyckx@leerling.{SD}")

M("030-maat-werkkledij", date=D(9, 3, 13, 30), frm=NATH, to=f"Kiara Mukendi <kiara.mukendi@leerling.{SD}>",
  subj="maat zaalschort",
  body="""Hoi Kiara,

Je hebt op het bestelformulier geen maat ingevuld voor de zaalschort en het hemd. Kan je morgen even langs komen in het restaurant bij het begin van de middag om te passen? Dan bestel ik het nog mee met de rest van 4A.

Nathalie B.
""", enc="8bit", rules=[], about=["P0227"], note="size missing on work-clothes order form", lang="nl", fmt=["plain", "8bit"])

M("031-compliment-gast-restaurant", date=D(11, 22, 16, 55), frm=NATH, to=f"Hatice Yilmaz <{parent('P0033')}>",
  subj="een mooi compliment voor Emre",
  body="""Beste mevrouw Yilmaz,

Gisteren hadden we in ons schoolrestaurant een tafel van twaalf gepensioneerden. Bij het vertrek kwam de organisator speciaal naar mij om te zeggen hoe vriendelijk en vlot Emre hen bediend had. Hij heeft zelfs de wijnen mooi uitgelegd.

Ik vond dat u dat ook mocht weten.

Hartelijke groeten,
Nathalie Bogaerts
praktijk restaurant
""", enc="base64", rules=[], about=["P0033"], note="guest compliment for a pupil serving in the school restaurant", lang="nl", fmt=["plain", "base64"])

M("032-kastsleutel-kwijt", date=D(10, 22, 10, 18), frm=GRIET, to=f"Isabelle Lambert <{parent('P0167')}>",
  subj="Clé du casier de Thibault",
  body="""Chère Madame Lambert,

Thibault a perdu la clé de son casier au vestiaire. Une nouvelle clé coûte 7,50 euros ; ce montant sera ajouté à la prochaine facture scolaire. Il peut venir chercher la clé de réserve demain au secrétariat.

Bien cordialement,
Griet Daems
secrétariat
""", enc="8bit", rules=[], about=["P0167"], note="lost locker key, routine charge on the next bill, French to the pupil's own mother", lang="fr", fmt=["plain", "8bit"])

M("033-uurrooster-stage-wijziging", date=D(2, 17, 8, 0, 2025), frm=YOUSRA, to="Bakkerij Vanhoudt <info@bakkerijvanhoudt.be>",
  subj="Arne - andere stagedag",
  body="""Dag Christel,

Vanaf volgende week komt Arne op woensdag in plaats van op dinsdag, omdat hij op dinsdag nu praktijkles heeft op school. De uren blijven hetzelfde (6u-12u).

Als dat niet past, bel me gerust even.

Yousra
""", enc="quoted-printable", rules=[], about=["P0231"], note="change of internship day told to the employer", lang="nl", fmt=["plain", "qp"])

M("034-attest-afwezig-ontvangen", date=D(12, 5, 9, 41), frm=GRIET, to=f"Greet Bosmans <{parent('P0066')}>",
  subj="Re: afwezigheid Tuur",
  body="""Beste mevrouw Bosmans,

Bedankt, we hebben het briefje goed ontvangen. De afwezigheid van Tuur van maandag is in orde gezet.

Vriendelijke groeten,
Griet Daems

> Goeiemorgen, Tuur was maandag afwezig, in bijlage het briefje. Groetjes, Greet Bosmans
""", enc="7bit", rules=[], about=["P0066"], note="receipt of an absence note, no reason given", lang="nl", fmt=["plain", "7bit", "reply"])

M("035-proefwerk-lezen-en", date=D(5, 6, 15, 26, 2025), frm=KOEN, to="Jitse Van Roy <jitse.vanroy@leerling.sintpieterscollege.be>",
  subj="your PLC project - feedback",
  body="""Hi Jitse,

Since you asked for feedback in English (practice for Erasmus in Ireland, good idea):

Your PLC program for the garage door works. The safety stop is correct and the wiring on the panel is neat. Two points: label your wires on both ends, and add the emergency stop to the drawing. 16/20.

See you Thursday,
Mr Vanhoof
""", enc="7bit", rules=[], about=["P0199"], note="English feedback on a practical project", lang="en", fmt=["plain", "7bit"])

# =====================================================================
# C. CREDENTIALS HANDED OVER (35)
# =====================================================================
M("036-hangslot-gereedschapsberging", date=D(9, 2, 7, 31), frm=LUC, to="Ruben Vrancken <ruben.vrancken@sintpieterscollege.be>",
  subj="welkom + praktisch atelier bouw",
  body="""Dag Ruben,

Welkom in het team! Een paar praktische dingen voor je eerste week, want ik ben zelf tot donderdag op bijscholing.

Je lessen in atelier B1 en B2 staan in je uurrooster. De werkfiches van 3A liggen in de grijze kast achteraan, de oplossingen in de lade eronder. Het materiaal voor metselwerk staat in de gereedschapsberging naast de poort: het hangslot daar staat op 4817, gelieve het na gebruik terug dicht te draaien want anders verdwijnen de truweels. Troffels en waterpassen tellen na elke les, er hangt een lijst aan de deur.

Leerlingen mogen de mixer niet zelf aanzetten. De verlengkabels zitten in de blauwe bak.

Als er iets is kan je altijd bij Jef (klusjesman) terecht.

Veel succes!
Luc
""", enc="8bit", rules=["password"], about=[], note="padlock combination of the tool store given in a long welcome mail to a new colleague", lang="nl", fmt=["plain", "8bit", "one-line-in-long-mail"])

M("037-koelcel-alarm", date=D(10, 28, 6, 55), frm=PIETER, to=f"Kristof Nys <kristof.nys@sintpieterscollege.be>",
  subj="koelcel piept",
  body="""Kristof,

Als de koelcel weer begint te piepen als je de deur te lang openzet (leveringen!): het alarm stil je met 2 6 0 3 en dan OK op het paneeltje links van de deur. Niet de rode knop, dan gaat de melding naar de firma.

Temperatuurlijst invullen hé.

P.
""", enc="quoted-printable", rules=["password"], about=[], note="disarm code of the kitchen cold-room alarm written with spaces", lang="nl", fmt=["plain", "qp"])

KASSA_HTML = """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri;font-size:11pt">
<p>Hallo allemaal,</p>
<p>Vanaf dinsdag draait het restaurant met de nieuwe kassa. Iedereen die de zaal begeleidt krijgt een eigen login:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#ddd"><th>Gebruiker</th><th>Nummer</th><th>PIN</th></tr>
<tr><td>Nathalie (beheerder)</td><td>01</td><td>7350</td></tr>
<tr><td>Kristof</td><td>02</td><td>1864</td></tr>
<tr><td>Hanne</td><td>03</td><td>5921</td></tr>
<tr><td>Leerlingen (enkel bestellen)</td><td>10</td><td>1010</td></tr>
</table>
<p>Annuleren en terugbetalen kan enkel met de beheerderscode. Kasafsluit elke dag om 14u30.</p>
<p>Nathalie</p></body></html>"""
M("038-kassa-pincodes", date=D(9, 20, 15, 10), frm=NATH, to=NATH,
  bcc=["kristof.nys@sintpieterscollege.be", "hanne.moors@sintpieterscollege.be", PIETER_A],
  subj="nieuwe kassa restaurant - logins", kind="alt",
  body="Hallo allemaal,\n\nVanaf dinsdag draait het restaurant met de nieuwe kassa. Iedereen die de zaal begeleidt krijgt een eigen login:\n\nGebruiker\tNummer\tPIN\nNathalie (beheerder)\t01\t7350\nKristof\t02\t1864\nHanne\t03\t5921\nLeerlingen (enkel bestellen)\t10\t1010\n\nAnnuleren en terugbetalen kan enkel met de beheerderscode. Kasafsluit elke dag om 14u30.\n\nNathalie\n",
  html=KASSA_HTML, rules=["password"], about=[], note="table of cash-register user numbers and PINs for restaurant staff", lang="nl", fmt=["alt", "outlook-table"])

M("039-reservaties-login", date=D(1, 6, 10, 12, 2025), frm=NATH, to="Hanne Moors <hanne.moors@sintpieterscollege.be>",
  subj="reservaties overnemen tijdens mijn afwezigheid",
  body="""Hanne,

Zoals besproken neem jij de reservaties van het restaurant over zolang ik thuis ben na mijn operatie. Alles loopt via TafelNet:

- inloggen op het beheerdersscherm met restaurant@sintpieterscollege.be
- wachtwoord: Tafel4Zeven!Diest
- bevestigingsmails vertrekken automatisch, groepen van meer dan 10 zelf opbellen
- donderdag 16/1 is volgeboekt, daar niets meer bijzetten

Succes en bedankt!
Nathalie
""", enc="quoted-printable", rules=["password"], about=[], note="login and password of the restaurant reservation system in a bullet list", lang="nl", fmt=["plain", "qp", "list"])

M("040-wifi-gasten-restaurant", date=D(9, 25, 11, 46), frm=KOEN, to=NATH, subj="wifi voor de gasten",
  body="""Nathalie,

Het gastennetwerk in het restaurant is opgezet. Je mag het op de tafelkaartjes zetten:

Netwerk: SPC-Restaurant-Gast
Sleutel: Broodpudding2024

Het netwerk is gescheiden van het schoolnetwerk, dus dat kan geen kwaad. Ik verander de sleutel in januari.

Koen
""", enc="8bit", rules=["password"], about=[], note="Wi-Fi key of the guest network of the school restaurant", lang="nl", fmt=["plain", "8bit"])

M("041-stageportaal-bouwbedrijf", date=D(10, 7, 14, 20), frm=TOM, to=LUC,
  subj="FW: toegang stageportaal",
  body="""Luc, voor jouw werfbezoeken. Zo kan je de uren van je gasten zelf nakijken.
T.

________________________________
Van: Veerle Van Roy <hr@vanroy-bouw.be>
Verzonden: maandag 7 oktober 2024 13:58
Aan: Tom Hermans <tom.hermans@sintpieterscollege.be>
Onderwerp: toegang stageportaal

Beste Tom,

Zoals beloofd de toegang tot ons portaal waar u de werfuren en de evaluaties van jullie stagiairs kan zien:

gebruiker: SPC-DIEST
paswoord: VanRoy#stage24

Gelieve dit niet aan de leerlingen te geven, zij krijgen een eigen account.

Met vriendelijke groeten,
Veerle Van Roy
HR
""", enc="quoted-printable", rules=["password"], about=[], note="forwards the internship company's portal login to a colleague", lang="nl", fmt=["plain", "qp", "fwd-inline", "outlook-quote"])

CNC_INNER = inner_mail("CamForge Licensing <licensing@camforge-software.com>", "Koen Vanhoof <koen.vanhoof@sintpieterscollege.be>",
  "Your CamForge Education licence is active", D(8, 29, 9, 12),
  """Dear Koen Vanhoof,

Thank you for renewing your CamForge Education licence (20 seats).

Your licence portal account:
  Username: spc-diest-cnc
  Password: Kx9!mill-Fr33

Licence key: CFE-20-8841-QPLM-0932

Please change your password after your first login. The licence server must be able to reach our activation service every 30 days.

Kind regards,
CamForge Licensing Team
""", "<20240829091200.4412@camforge-software.com>")
M("042-cnc-licentie-doorsturen", date=D(9, 4, 16, 2), frm=KOEN, to=GEERT,
  subj="Fwd: Your CamForge Education licence is active",
  body="""Geert,

Hier de licentiemail van CamForge voor de CNC-pc's in M3. Heb je nodig als de licentieserver na de zomer opnieuw moet activeren. Zit ook in de ICT-map.

Koen
""", att=[("msg", CNC_INNER)], rules=["password"], about=[],
  note="attached forward (message/rfc822) of the CNC software vendor mail with licence portal login and password",
  lang="en", fmt=["plain", "fwd-attached", "rfc822"])

M("043-diagnosecomputer", date=D(11, 12, 12, 35), frm=DIRK, to="Sven Op de Beeck <sven.opdebeeck@sintpieterscollege.be>",
  subj="diagnosetester werkplaats",
  body="""Sven,

Voor morgen met 5A: de diagnosecomputer op de rolkar start op in Windows, aanmelden als "werkplaats" met Garage!2019 (hoofdletter G). Daarna het programma van de tester openen, dat vraagt niks meer. Oplader hangt achter de brug 2.

Voertuig voor de oefening = de grijze Golf, foutcode zit er al in.

Dirk
""", enc="8bit", rules=["password"], about=[], note="Windows login of the car diagnostic computer given in prose", lang="nl", fmt=["plain", "8bit"])

M("044-plooibank-pin", date=D(2, 5, 7, 12, 2025), frm=GEERT, to="Lieven Stroobants <lieven.stroobants@sintpieterscollege.be>",
  subj="plooibank",
  body="""Lieven

plooibank M2 vraagt bij het opstarten een pin, die is 3390. Leerlingen niet laten zien aub, die mogen enkel onder toezicht.

gr Geert
""", enc="7bit", rules=["password"], about=[], note="PIN of a sheet-metal press brake, short mail", lang="nl", fmt=["plain", "7bit"])

M("045-smartschool-reset-leerling", date=D(10, 9, 13, 4), frm=KOEN, to=f"Mats Geens <mats.geens@leerling.{SD}>",
  subj="je Smartschool",
  body="""Dag Mats,

Je account was geblokkeerd door te veel foute pogingen. Ik heb het gereset.

Gebruikersnaam: mats.geens
Tijdelijk wachtwoord: Zomer-Kers-58

Bij de eerste keer inloggen moet je een nieuw kiezen.

Meneer Vanhoof (ICT)
""", enc="quoted-printable", rules=["password"], about=["P0089"], note="ICT teacher sends a pupil his temporary Smartschool password", lang="nl", fmt=["plain", "qp"])

M365_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,Arial;font-size:11pt">
<p>Beste Ruben,</p>
<p>Je schoolaccount is aangemaakt. Hiermee log je aan op Microsoft 365 (Outlook, Teams, OneDrive) en op de pc's van de school.</p>
<table style="border:1px solid #444;border-collapse:collapse">
<tr><td style="border:1px solid #444;padding:4px"><b>Account</b></td><td style="border:1px solid #444;padding:4px">ruben.vrancken@sintpieterscollege.be</td></tr>
<tr><td style="border:1px solid #444;padding:4px"><b>Startwachtwoord</b></td><td style="border:1px solid #444;padding:4px">Welkom!Diest-7741</td></tr>
<tr><td style="border:1px solid #444;padding:4px"><b>Smartschool</b></td><td style="border:1px solid #444;padding:4px">zelfde gebruikersnaam, wachtwoord volgt via het secretariaat</td></tr>
</table>
<p>Bij de eerste aanmelding stel je de Authenticator-app in.</p>
<p>Groeten,<br>Koen Vanhoof<br>ICT-co&ouml;rdinator</p>
</div></body></html>"""
M("046-m365-nieuwe-collega", date=D(8, 30, 10, 0), frm=KOEN, to=f"Ruben Vrancken <ruben.vrancken.bouw@gmail.com>",
  subj="Je account bij Sint-Pieterscollege", kind="html", html=M365_HTML, enc="quoted-printable",
  rules=["password"], about=[], note="start password of a new teacher's Microsoft 365 account in an HTML table, sent to his private address before his start", lang="nl", fmt=["html-only", "qp", "table"])

M("047-gedeelde-mailbox-stages", date=D(9, 9, 8, 26), frm=TOM, to=YOUSRA, subj="RE: stagebox",
  body="""Jep, stages@sintpieterscollege.be / Stage2024-Diest (met streepje)

Tom

Van: Yousra Haddouchi
Verzonden: maandag 9 september 2024 8:14
Aan: Tom Hermans
Onderwerp: stagebox

Hoi Tom, mag ik ook in de gedeelde stagebox kijken? Welk wachtwoord gebruiken jullie daar?
""", enc="8bit", rules=["password"], about=[], note="reply that only gives the shared internship mailbox address and its password", lang="nl", fmt=["plain", "8bit", "reply"])

M("048-sleutelkluis-avond", date=D(3, 14, 16, 41, 2025), frm=JEF, to="Nettoyage Dumont <planning@nettoyage-dumont.be>",
  subj="Grand nettoyage cuisine samedi - clés",
  body="""Bonjour Monsieur Dumont,

Pour le grand nettoyage de la cuisine ce samedi : je ne serai pas présent. La clé de la porte arrière et de la cuisine se trouve dans le petit coffre à clés à côté de l'entrée de service (côté parking). Le code du coffre est 0-9-1-5. L'alarme sera désactivée ce jour-là.

Après le travail, merci de remettre les clés dans le coffre et de brouiller les chiffres.

Cordialement,
Jef Luyten
service technique
""", enc="quoted-printable", rules=["password"], about=[], note="key-safe code given in French to an external cleaning company", lang="fr", fmt=["plain", "qp"])

M("049-mfa-herstelcode", date=D(1, 13, 8, 2, 2025), frm=KOEN, to="Lies Verbruggen <lies.verbruggen@sintpieterscollege.be>",
  subj="nieuwe gsm - inloggen",
  body="""Lies,

Omdat je nieuwe gsm de Authenticator nog niet heeft, heb ik een tijdelijke toegangscode aangemaakt. Die is 8 uur geldig:

482913 07

Daarna meteen in Mijn Account de app opnieuw koppelen.

Koen
""", enc="7bit", rules=["password"], about=[], note="temporary access pass (MFA reset code) given to a colleague", lang="nl", fmt=["plain", "7bit"])

M("050-kopieerkaart-atelier", date=D(11, 6, 12, 1), frm=WARD, to="Jo Peetermans <jo.peetermans@sintpieterscollege.be>",
  subj="pincode printer atelier E1",
  body="""7731

W.
""", enc="7bit", rules=["password"], about=[], note="two-word note, subject says it is the printer PIN of workshop E1", lang="nl", fmt=["plain", "7bit", "short-note"])

M("051-fietsenstalling-reply", date=D(9, 18, 17, 12), frm=JEF, to="Mieke Verlinden <mieke.verlinden@sintpieterscollege.be>",
  subj="Re: fietsenstalling personeel",
  body="""2580 en dan het hekje naar je toe trekken

Op wo 18 sep 2024 om 16:55 schreef Mieke Verlinden <mieke.verlinden@sintpieterscollege.be>:
> Jef, sorry om te storen, wat is de code van de fietsenstalling van het personeel weer? Ik sta hier met mijn fiets.
""", enc="7bit", rules=["password"], about=[], note="reply that only gives the staff bicycle shed code", lang="nl", fmt=["plain", "7bit", "reply"])

M("052-diagnose-accounts-txt", date=D(9, 23, 14, 15), frm=DIRK, to="Sven Op de Beeck <sven.opdebeeck@sintpieterscollege.be>",
  subj="accounts technische databank",
  body="""Sven, in bijlage de logins voor de technische databank (herstelhandleidingen) per werkplek. Print het niet uit voor in de werkplaats, vorige keer hing het op het prikbord.

Dirk
""", enc="quoted-printable",
  att=[("databank_werkplekken.txt", """Technische databank - werkplaats autotechniek
werkplek   gebruiker        wachtwoord
WP1        spcdiest01       Motor1-bougie
WP2        spcdiest02       Motor2-zuiger
WP3        spcdiest03       Motor3-klep
WP4        spcdiest04       Motor4-kruk
beheer     spcdiest-admin   Swinnen!Werk24
""", "plain")], rules=["password"], about=[], note="txt attachment with per-workstation logins and passwords of the repair database", lang="nl", fmt=["plain", "qp", "attachment-txt"])

M("053-coaccounts-csv", date=D(9, 4, 11, 28), frm=GRIET, to="Nele Vandervelden <nele.vandervelden@sintpieterscollege.be>",
  subj="startpaswoorden 1B voor de onthaaldag",
  body="""Nele,

Hier de startpaswoorden van Smartschool voor jouw klas 1B, om uit te delen op de onthaaldag (in een briefje per leerling). Niet op het bord schrijven aub.

Groetjes,
Griet
""", enc="quoted-printable",
  att=[("1B_startpaswoorden.csv", """gebruikersnaam;voornaam;naam;startwachtwoord
lucas.mertens;Lucas;Mertens;bos-lamp-42
rune.janssen;Rune;Janssen;vis-trap-17
elif.aksoy;Elif;Aksoy;zon-kast-93
jakub.kowalczyk;Jakub;Kowalczyk;muur-bal-08
noor.benali;Noor;Benali;deur-kat-61
""", "csv")], rules=["password"], about=["P0152"], note="csv attachment with Smartschool start passwords of a first-year class", lang="nl", fmt=["plain", "qp", "attachment-csv"])

M("054-fr-salon-plateforme", date=D(2, 10, 9, 30, 2025), frm=SANDRA, to="Salon Éloïse <contact@salon-eloise.be>",
  subj="Plateforme d'évaluation des stages - accès",
  body="""Bonjour Madame Dubois,

Merci encore d'accueillir Kiara en stage à partir de lundi. Pour l'évaluation, nous utilisons une plateforme en ligne (en néerlandais, mais les critères sont traduits en français en dessous). Voici vos accès :

identifiant : mentor.eloise
mot de passe : Coiffure-2025!

Vous recevrez un rappel chaque vendredi. Si vous préférez remplir la fiche sur papier, ce n'est pas un problème.

Bien à vous,
Sandra Peetermans
enseignante coiffure
""", enc="quoted-printable", rules=["password"], about=["P0227"], note="French mail giving an internship mentor her evaluation-platform login and password", lang="fr", fmt=["plain", "qp"])

M("055-en-erasmus-visit", date=D(4, 9, 13, 50, 2025), frm=TOM, to="Aoife Brennan <a.brennan@kerrycollege.ie>",
  subj="Your visit next week - practical info",
  body="""Dear Aoife,

Looking forward to welcoming you and your two colleagues on Monday! Some practical information:

- Parking: the staff car park behind the workshops (entrance via Weerstandplein).
- Reception: please report to the secretariat first, you will get a visitor badge.
- Wi-Fi: network "SPC-Guest", password Welcome2Diest!
- The staff room on the first floor has a code lock: 1-4-7-0, then turn the handle.
- Lunch on Tuesday is in our school restaurant, prepared by the final-year students.

Kind regards,
Tom Hermans
internship & Erasmus coordinator
""", enc="7bit", rules=["password"], about=[], note="English mail to an Erasmus partner with guest Wi-Fi password and staff-room door code", lang="en", fmt=["plain", "7bit", "list"])

M("056-alarmcode-vervanger", date=D(12, 20, 14, 5), frm=MARLEEN, to="Frank Bellens <frank.bellens@sintpieterscollege.be>",
  subj="kerstvakantie - openen en sluiten gebouw",
  body="""Dag Frank,

Bedankt dat je Jef wil vervangen tijdens de kerstvakantie. Hieronder wat je moet weten.

Openen: hoofdingang, sleutel nr. 1 van de bos. Het alarm uitschakelen binnen de 30 seconden op het paneel rechts: code 6 1 9 8 en dan de toets AF. Als je je vergist, gewoon opnieuw, na 3 keer belt de meldkamer.
Sluiten: alle ramen atelier B controleren, paneel: 6198 + AAN, binnen de minuut buiten zijn.

De verwarming staat op vorstvrij, niet aan komen.

Fijne feesten,
Marleen
""", enc="quoted-printable", rules=["password"], about=[], note="building alarm code given to a replacement caretaker", lang="nl", fmt=["plain", "qp"])

M("057-printpin-nieuwe-collega", date=D(9, 3, 9, 14), frm=KOEN, to="Hanne Moors <hanne.moors@sintpieterscollege.be>",
  subj="Re: printen lukt niet",
  body="""Hoi Hanne,

Je printercode was nog niet aangemaakt, sorry. Die is nu 6620, je typt hem op het scherm van de printer in de leraarskamer en dan komen je afdrukken eruit.

Koen

> Koen, ik krijg niets uit de printer in de leraarskamer, hij vraagt een code?
""", enc="quoted-printable", rules=["password"], about=[], note="printer release PIN given to a colleague in a reply", lang="nl", fmt=["plain", "qp", "reply"])

M("058-plc-labo-admin", date=D(10, 14, 19, 48), frm=KOEN, to="CamForge Support <support@camforge-software.com>",
  subj="RE: Ticket #58120 - post-processor crash on lab PCs",
  body="""Hello Daniel,

Thanks for your quick reply. Yes, you may connect tomorrow between 9:00 and 11:00, the lab is empty then.

Remote session ID: 482 119 730
Session password: mill7Wz
Local admin account on the CNC PCs: .\\cnc-admin / Relais&Contact77

Please log off when you are done, the students use these machines in the afternoon.

Best regards,
Koen Vanhoof
ICT coordinator / electricity teacher
Sint-Pieterscollege Diest
""", enc="quoted-printable", rules=["password"], about=[], note="English mail giving an external vendor the remote-session password and local admin login of the CNC lab PCs", lang="en", fmt=["plain", "qp", "reply"])

M("059-kast-kleurproducten", date=D(11, 25, 12, 26), frm=SANDRA, to="Ilse Poelmans <ilse.poelmans@sintpieterscollege.be>",
  subj="kast kleurproducten",
  body="""Ilse, de kast met de kleurproducten en het oxidant in salon 1 heeft een cijferslot, 1904 (mijn verjaardag, haha). Na de les terug op slot, de 3de jaars mogen er niet zelf aan.
S.
""", enc="8bit", rules=["password"], about=[], note="combination lock of the hair-colour products cabinet", lang="nl", fmt=["plain", "8bit"])

M("060-bios-examenlaptops", date=D(6, 2, 15, 55, 2025), frm=KOEN, to=f"{MARLEEN}", cc="Mieke Verlinden <mieke.verlinden@sintpieterscollege.be>",
  subj="examenlaptops",
  body="""Marleen, Mieke,

De 12 examenlaptops (kar 3) zijn klaar. Het internet is uitgeschakeld in het BIOS, zodat ze enkel de voorleessoftware en Word hebben. Als er tijdens de examens iets aan moet veranderd worden (bv. USB-stick toelaten): BIOS-paswoord is Exam@SPC25. Enkel jullie twee en ik kennen het.

Koen
""", enc="quoted-printable", rules=["password"], about=[], note="BIOS password of the exam laptops", lang="nl", fmt=["plain", "qp"])

M("061-interim-secretariaat", date=D(4, 28, 8, 5, 2025), frm=GRIET, to="Saskia Helsen <saskia.helsen@sintpieterscollege.be>",
  subj="voor morgen",
  body="""Dag Saskia,

Fijn dat je me morgen vervangt! Alles wat je nodig hebt:

1. pc onthaal: die staat aan, als hij toch vergrendeld is: gebruiker onthaal, wachtwoord Balie-2025
2. leerlingenadministratie: inloggen met mijn account (griet.daems) en Kopje-Koffie-12, enkel voor de afwezigheden
3. telefooncentrale: doorschakelen naar directie met *21
4. de sleutels van de lokalen hangen in de kast achter de balie

Griet
""", enc="base64", rules=["password"], about=[], note="numbered list with front-desk PC password and the secretary's own school-admin login for a substitute", lang="nl", fmt=["plain", "base64", "list"])

M("062-tankkaart-bestelwagen", date=D(3, 31, 7, 40, 2025), frm=JEF, to=LUC, subj="tankkaart camionette",
  body="""Luc

ge neemt de camionette morgen naar de werf in Bekkevoort? De tankkaart zit in de zonneklep, pin is 8842. Bonnetje op mijn bureau leggen.

Jef
""", enc="8bit", rules=["password"], about=[], note="fuel card PIN of the school van", lang="nl", fmt=["plain", "8bit"])

M("063-terminal-terugbetaling", date=D(2, 20, 13, 47, 2025), frm=NATH, to="Kristof Nys <kristof.nys@sintpieterscollege.be>",
  subj="Re: klant dubbel betaald",
  body="""Kristof,

Terugstorten gaat via het menu op de betaalterminal: Menu > Terugbetaling > bedrag ingeven. Hij vraagt dan de handelaarscode, dat is 7315 (niet meer 0000, heb ik veranderd na de vakantie). Ticket in de kassalade.

N.

-----Original Message-----
From: Kristof Nys
Sent: donderdag 20 februari 2025 13:31
To: Nathalie Bogaerts
Subject: klant dubbel betaald

Een mevrouw heeft via bancontact twee keer betaald (38,50), hoe zet ik dat terug?
""", enc="quoted-printable", rules=["password"], about=[], note="merchant code of the payment terminal given in a reply", lang="nl", fmt=["plain", "qp", "reply"])

M("064-wifi-personeel-slordig", date=D(10, 3, 11, 3), frm="Kristof Nys <kristof.nys@sintpieterscollege.be>", to="Hanne Moors <hanne.moors@sintpieterscollege.be>",
  subj="wifi",
  body="""hanne
wifi pers = SPC-Personeel, ww Diest3290!ateliers
kon je gsm daarnet niet vinden, vandaar mail
k
""", enc="7bit", rules=["password"], about=[], note="staff Wi-Fi password typed sloppily in a short note", lang="nl", fmt=["plain", "7bit", "short-note"])

M("065-combisteamer-reply-quote", date=D(11, 8, 10, 22), frm="Hanne Moors <hanne.moors@sintpieterscollege.be>", to=PIETER,
  cc="Kristof Nys <kristof.nys@sintpieterscollege.be>", subj="Re: HACCP-app combisteamer",
  body="""Gelukt, de temperatuurcurves van gisteren staan erin! Kristof in cc want hij zocht het ook.

Hanne

Op vr 8 nov 2024 om 08:41 schreef Pieter Lenaerts <pieter.lenaerts@sintpieterscollege.be>:
> Hanne, de combisteamer logt alles in de app van de fabrikant. Aanmelden met
> keuken.spc@sintpieterscollege.be en als wachtwoord Steam&Grill-88
> Dan zie je bij 'HACCP' alle kerntemperaturen per bereiding.
> P.
""", enc="quoted-printable", rules=["password"], about=[], note="reply that carries the quoted login and password of the combi-steamer app on to a new colleague in Cc", lang="nl", fmt=["plain", "qp", "reply", "credential-in-quote"])

M("066-werkgever-app-leerling", date=D(9, 30, 15, 18), frm=YOUSRA, to=f"Tuur Bosmans <tuur.bosmans@leerling.{SD}>",
  subj="uren registreren bij Dakwerken Jaspers",
  body="""Dag Tuur,

Dakwerken Jaspers wil dat je je uren zelf ingeeft in hun app (PrestatieTool). Zij hebben een account voor jou gemaakt:

login: tuur.b
code: 551203

Elke dag bij het einde van je werkdag invullen, ook als je op de werf zit. Lukt het niet, kom dan bij mij.

Mevr. Haddouchi
""", enc="quoted-printable", rules=["password"], about=["P0066"], note="login and code of the employer's time-registration app for a pupil in a learning-and-working track", lang="nl", fmt=["plain", "qp"])

M("067-werfdag-praktisch", date=D(4, 22, 18, 30, 2025), frm=LUC, to=f"Ruben Vrancken <ruben.vrancken@sintpieterscollege.be>",
  cc="Lieven Stroobants <lieven.stroobants@sintpieterscollege.be>",
  subj="werfdag Bekkevoort donderdag",
  kind="html", enc="quoted-printable",
  html="""<html><body><p>Mannen,</p>
<p>Praktisch voor donderdag met 5A en 6A:</p>
<ol>
<li>vertrek 8u15 met de camionette + bus, leerlingen verzamelen aan atelier B1</li>
<li>helmen en hesjes meenemen uit de berging (genoeg voor 24)</li>
<li>het terrein is afgesloten: hangslot poort werfterrein = <b>3715</b></li>
<li>container met materiaal: sleutel hangt in de camionette</li>
<li>middag: boterhammen mee, er is niets in de buurt</li>
<li>terug op school om 15u30</li>
</ol>
<p>Luc</p></body></html>""",
  rules=["password"], about=[], note="padlock code of the building-site gate in an HTML numbered list of practical info", lang="nl", fmt=["html-only", "qp", "list"])

M("068-kluisjes-mastercode", date=D(8, 28, 14, 0), frm=GRIET, to=JEF, subj="kluisjes gang C",
  body="""Jef,

De nieuwe kluisjes in gang C hebben allemaal een cijferslot dat de leerling zelf kiest. Als een leerling zijn code vergeten is, kan je ze openen met de mastercode 9-0-2-7-4 en daarna op ‘reset’. Die code staat ook in de handleiding in mijn bovenste lade, maar die ben je anders toch kwijt :-)

Griet
""", cs="windows-1252", enc="8bit", rules=["password"], about=[], note="master code of pupils' lockers in a Windows-1252 mail", lang="nl", fmt=["plain", "cp1252", "8bit"])

M("069-interim-fwd-ict", date=D(1, 31, 16, 20, 2025), frm=WARD, to="Jeroen Willekens <jeroen.willekens@sintpieterscollege.be>",
  subj="Fwd: account interim",
  body="""Jeroen, Koen had dit naar mij gestuurd omdat je account nog niet werkte. Kan je vanaf maandag gebruiken. Veel succes met 5B!

Ward

---------- Forwarded message ---------
Van: Koen Vanhoof <koen.vanhoof@sintpieterscollege.be>
Date: vr 31 jan 2025 om 15:02
Subject: account interim
To: Ward Cuypers <ward.cuypers@sintpieterscollege.be>

Ward, wil jij dit doorgeven aan de interim van Jo? Zijn account:
jeroen.willekens@sintpieterscollege.be
startwachtwoord: Lente#2025-Diest
Smartschool: jeroen.willekens / zelfde wachtwoord
K.
""", enc="quoted-printable", rules=["password"], about=[], note="inline forward of an ICT mail with an interim teacher's start password", lang="nl", fmt=["plain", "qp", "fwd-inline"])

M("070-hefbrug-prive", date=D(10, 19, 20, 14), frm="Dirk Swinnen <dirkswinnen67@hotmail.com>", to="Sven Op de Beeck <sven.opdebeeck@sintpieterscollege.be>",
  subj="maandag", mail_from="dirkswinnen67@hotmail.com", mid_dom="hotmail.com",
  body="""Sven

ik ben maandag ziek, dokter geweest. Kan jij 4B opvangen in de werkplaats? Sleutelkastje van de hefbruggen: 4 4 0 6. Ze zijn bezig met remblokken vervangen, de fiches liggen op de werkbank.

Dirk

Verzonden vanaf mijn iPhone
""", enc="8bit", rules=["password", "private_account"], about=[], note="teacher writes school business from his private Hotmail and gives the lift key-box code", lang="nl", fmt=["plain", "8bit"])

# =====================================================================
# D. LOOK-ALIKES (10)
# =====================================================================
M("071-teams-vakgroep", date=D(1, 9, 12, 0, 2025), frm=MARC, to=MARC,
  bcc=[LUC_A, DIRK_A, GEERT_A, WARD_A, KOEN_A],
  subj="Vakgroepoverleg TA - online",
  kind="alt",
  body="""Beste collega's,

Het vakgroepoverleg van de technische afdelingen gaat online door op dinsdag 14/1 om 16u.

Microsoft Teams-vergadering
Deelnemen op je computer of mobiele app: klik hier om deel te nemen
Vergadering-id: 318 442 906 715
Wachtwoordcode: Xq7Tb2

Agenda: machineveiligheid, aankopen 2de semester, stageplaatsen.

Marc
""",
  html="""<html><body><p>Beste collega's,</p><p>Het vakgroepoverleg van de technische afdelingen gaat online door op dinsdag 14/1 om 16u.</p>
<div style="border-top:1px solid #ccc;padding-top:8px"><b>Microsoft Teams-vergadering</b><br>Deelnemen op je computer of mobiele app<br><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_b14">Klik hier om deel te nemen</a><br>Vergadering-id: 318 442 906 715<br>Wachtwoordcode: Xq7Tb2</div>
<p>Agenda: machineveiligheid, aankopen 2de semester, stageplaatsen.</p><p>Marc</p></body></html>""",
  rules=[], about=[], note="meeting passcode of a Teams meeting, not a credential", lang="nl", fmt=["alt", "bcc-internal"])

M("072-zoom-infoavond", date=D(2, 24, 17, 30, 2025), frm=TOM, to=f"Kris Verhaegen <{parent('P0012')}>",
  subj="Re: infoavond stages 6de jaar",
  body="""Beste meneer Verhaegen,

Geen probleem, u kan de infoavond ook online volgen. Gegevens:

Zoom - donderdag 6 maart, 19u30
Meeting ID: 861 2044 5190
Passcode: stage25

Vriendelijke groeten,
Tom Hermans
""", enc="quoted-printable", rules=[], about=["P0012"], note="meeting passcode of a Zoom info evening, not a credential", lang="nl", fmt=["plain", "qp", "reply"])

M("073-wachtwoord-vergeten-uitleg", date=D(9, 10, 9, 0), frm=KOEN, to=KOEN,
  bcc=["leerlingen@sintpieterscollege.be"],
  subj="Wachtwoord Smartschool vergeten? Zo los je het op",
  body="""Beste leerlingen,

Ben je je wachtwoord van Smartschool vergeten? Geen paniek.

1. Ga naar de aanmeldpagina van Smartschool en klik op 'Wachtwoord vergeten?'.
2. Vul je gebruikersnaam in (voornaam.naam).
3. Je krijgt een link op het e-mailadres dat je hebt ingesteld.
4. Kies een nieuw wachtwoord van minstens 10 tekens. Gebruik geen naam of geboortedatum.

Lukt het niet? Kom dan tijdens de middagpauze naar het ICT-lokaal (A104). Ik stuur NOOIT een wachtwoord via mail of bericht, en ik zal het je ook nooit vragen.

Meneer Vanhoof
""", enc="quoted-printable", rules=[], about=[], note="instructions about password reset without any value; group address in Bcc", lang="nl", fmt=["plain", "qp", "bcc-group"])

M("074-sjabloon-placeholder", date=D(8, 27, 11, 15), frm=KOEN, to=GRIET, subj="sjabloon welkomstbrief nieuwe leerlingen",
  body="""Griet,

Hier het sjabloon voor de briefjes van de onthaaldag. Jij vult de namen in vanuit de export, de wachtwoorden zet ik er zelf in op de dag zelf.

---
Dag [voornaam],

Welkom op Sint-Pieterscollege! Hiermee kan je inloggen op Smartschool en op de pc's:
Gebruikersnaam: [voornaam.naam]
Wachtwoord: ********  (zie het gesloten briefje)

Kies bij de eerste aanmelding een eigen wachtwoord.
---

Koen
""", enc="quoted-printable", rules=[], about=[], note="template with placeholders only, no real password", lang="nl", fmt=["plain", "qp", "placeholder"])

M("075-bestelling-onderdelen", date=D(11, 14, 10, 40), frm=DIRK, to="Autoparts Demer <bestellingen@autopartsdemer.be>",
  subj="bestelling werkplaats school",
  kind="alt",
  body="""Goeiedag,

Graag volgende bestelling voor de werkplaats van school, levering naar atelier autotechniek (achteringang):

Art.nr.         Omschrijving                 Aantal
0 986 452 041   oliefilter                   10
0 986 494 035   remblokken vooras            6
1 987 947 604   multiriem                    4
F 026 400 022   luchtfilter                  5

Klantnummer school: 40871. Bestelbon volgt via de boekhouding (BB-2024-1183).

Met vriendelijke groeten,
Dirk Swinnen
""",
  html="""<html><body style="font-family:Calibri"><p>Goeiedag,</p><p>Graag volgende bestelling voor de werkplaats van school, levering naar atelier autotechniek (achteringang):</p>
<table border="1" cellspacing="0" cellpadding="3"><tr><th>Art.nr.</th><th>Omschrijving</th><th>Aantal</th></tr>
<tr><td>0 986 452 041</td><td>oliefilter</td><td>10</td></tr>
<tr><td>0 986 494 035</td><td>remblokken vooras</td><td>6</td></tr>
<tr><td>1 987 947 604</td><td>multiriem</td><td>4</td></tr>
<tr><td>F 026 400 022</td><td>luchtfilter</td><td>5</td></tr></table>
<p>Klantnummer school: 40871. Bestelbon volgt via de boekhouding (BB-2024-1183).</p><p>Met vriendelijke groeten,<br>Dirk Swinnen</p></body></html>""",
  rules=[], about=[], note="parts order with article numbers, customer and order numbers; nothing secret", lang="nl", fmt=["alt", "outlook-table"])

M("076-aanhaalmomenten", date=D(3, 5, 13, 5, 2025), frm=DIRK, to="Sven Op de Beeck <sven.opdebeeck@sintpieterscollege.be>",
  subj="aanhaalmomenten wielbouten voor de toets",
  body="""Sven,

Voor de toets van 4B kunnen ze deze waarden gebruiken (staan ook op de fiche):
- Golf VII: 120 Nm
- Clio IV: 105 Nm
- Focus: 135 Nm
- Transit: 200 Nm
Altijd kruislings aanhalen in 2 stappen, eerst 50%.

De momentsleutel nr. 3 is ontijkt, niet gebruiken.

Dirk
""", enc="8bit", rules=[], about=[], note="torque values for a test, look like codes but are not", lang="nl", fmt=["plain", "8bit", "list"])

M("077-menu-restaurant-codes", date=D(10, 10, 9, 20), frm=NATH, to=NATH,
  bcc=["personeel@sintpieterscollege.be"],
  subj="Menu schoolrestaurant week 42",
  kind="html", enc="quoted-printable",
  html="""<html><body style="font-family:Georgia">
<h3>Schoolrestaurant De Leerschool - week 42</h3>
<p>Reserveren kan tot maandagmiddag via het reservatieformulier. Personeel betaalt 14 euro voor het menu.</p>
<table cellpadding="4">
<tr><td>V1</td><td>Pompoensoep met geroosterde pitten</td><td>allergenen 7, 9</td></tr>
<tr><td>V2</td><td>Tartaar van zalm, appel en dille</td><td>allergenen 4, 7</td></tr>
<tr><td>H1</td><td>Hoevekip, dragonsaus, gebakken aardappeltjes</td><td>allergenen 7, 9, 12</td></tr>
<tr><td>H2 (veg)</td><td>Risotto met paddenstoelen</td><td>allergenen 7</td></tr>
<tr><td>D1</td><td>Dame blanche</td><td>allergenen 3, 7</td></tr>
</table>
<p>Tafels 1 tot 12 in de grote zaal, tafel 20 is de chef's table. Tot dan!</p>
</body></html>""",
  rules=[], about=[], note="menu with dish and allergen codes, staff group address in Bcc", lang="nl", fmt=["html-only", "qp", "bcc-group"])

M("078-lokalen-toestellen", date=D(9, 1, 19, 0), frm=MARLEEN, to=MARLEEN,
  bcc=["personeel@sintpieterscollege.be"],
  subj="nieuwe lokaalnummering en interne toestellen",
  body="""Beste collega's,

Na de verbouwing zijn enkele lokalen en interne toestellen veranderd:

ruimte                 lokaal   intern toestel
leraarskamer           A001     200
secretariaat           A002     201
ICT                    A104     214
zorgteam               A110     217
atelier bouw B1/B2     B010     230
werkplaats auto        C005     240
keuken + restaurant    D001     250
kapsalon 1 en 2        D101     260

De sleutels van de nieuwe lokalen kan je afhalen bij Jef tegen handtekening.

Marleen
""", enc="8bit", rules=[], about=[], note="room numbers and internal extensions, no phone numbers or codes; staff group in Bcc", lang="nl", fmt=["plain", "8bit", "table-text", "bcc-group"])

M("079-beleid-wachtwoordmanager", date=D(11, 4, 7, 30), frm=KOEN, to=KOEN,
  bcc=["personeel@sintpieterscollege.be"],
  subj="herinnering: geen codes en wachtwoorden per mail",
  body="""Beste collega's,

Deze week vond ik twee keer de code van een gereedschapsberging en een wachtwoord van een stageportaal in een mail die naar halve school was doorgestuurd. Daarom nog eens de afspraak uit het communicatiebeleid: verzend nooit een wachtwoord of code via mail, Smartschool-bericht of WhatsApp.

Hoe dan wel?
- codes van hangsloten, sleutelkastjes en alarmen: mondeling of via de verantwoordelijke van het atelier
- gedeelde accounts: via de wachtwoordmanager van de school (vraag toegang bij mij)
- nieuwe collega's: krijgen hun startwachtwoord persoonlijk op het secretariaat

Vragen? Kom langs in A104.

Koen Vanhoof
ICT
""", enc="quoted-printable", rules=[], about=[], note="policy reminder about not mailing codes, no value given; staff group in Bcc", lang="nl", fmt=["plain", "qp", "bcc-group"])

M("080-code-ligt-op-secretariaat", date=D(2, 13, 11, 11, 2025), frm=GRIET, to="Ilse Poelmans <ilse.poelmans@sintpieterscollege.be>",
  subj="Re: code kapsalon 2",
  body="""Dag Ilse,

Die zet ik niet in een mail, haha, Koen zou me vermoorden. Kom even langs op het secretariaat, de code zit in een gesloten envelop op jouw naam. Ook de badge voor de personeelsparking ligt erbij.

Griet

> Griet, heb jij de code van de deur van kapsalon 2? Sandra is er niet.
""", enc="8bit", rules=[], about=[], note="refuses to give the door code by mail; no value", lang="nl", fmt=["plain", "8bit", "reply"])

# =====================================================================
# E. MISDIRECTED (5)
# =====================================================================
M("081-herexamen-stijn-naar-ruben", date=D(6, 26, 13, 22, 2025), frm=GEERT, to=f"Jan Peeters <{parent('P0084')}>",
  subj="herexamen lassen Stijn",
  body="""Beste heer Peeters,

Stijn heeft op de deliberatie een herexamen gekregen voor de praktijkproef lassen. Het herexamen gaat door op maandag 25 augustus om 8u30 in atelier M2. Gelieve ervoor te zorgen dat hij zijn lashelm en handschoenen meebrengt.

Met vriendelijke groeten,
Geert Wuyts
""", enc="quoted-printable", rules=[], about=["P0079"], mis=True,
  note="retake info about Stijn Peeters (5A) sent to the father of Ruben Peeters (same class, same surname)", lang="nl", fmt=["plain", "qp"])

M("082-jonas-gesprek-naar-lars", date=D(1, 16, 16, 35, 2025), frm=WARD, to=f"Bart Verhaegen <{parent('P0020')}>",
  subj="uitnodiging gesprek over Jonas",
  body="""Beste meneer Verhaegen,

Graag nodig ik u uit voor een gesprek over Jonas. De laatste weken gaat het in het atelier niet goed: hij wordt snel kwaad, heeft vorige week een medeleerling tegen de kast geduwd en een schroevendraaier naar hem gegooid. Bij het aanspreken loopt hij weg. We maken ons zorgen en willen samen met u bekijken wat er achter zit.

Past donderdag 23 januari om 16u?

Met vriendelijke groet,
Ward Cuypers
klastitularis 5B
""", enc="quoted-printable", rules=["sensitive"], cats=["psychosocial"], about=["P0012"], mis=True,
  note="behaviour problems of Jonas Verhaegen (5B) sent to the father of Lars Verhaegen (2D), another family", lang="nl", fmt=["plain", "qp"])

M("083-schoenen-noah-naar-robbe", date=D(10, 1, 8, 52), frm=LUC, to=f"Evy Wouters <{parent('P0019')}>",
  subj="veiligheidsschoenen Noah",
  body="""Goeiemorgen,

Noah stond vanmorgen weer zonder veiligheidsschoenen in het atelier. Kan u erop letten dat ze donderdag mee zijn? Ze mogen ook in zijn kastje op school blijven.

Mvg,
Luc Vangeel
""", enc="8bit", rules=[], about=["P0102"], mis=True,
  note="safety-shoe note about Noah Wouters (3A) sent to the mother of Robbe Wouters (3A)", lang="nl", fmt=["plain", "8bit"])

M("084-stage-yasmina-naar-amrani", date=D(3, 24, 14, 9, 2025), frm=HILDE, to=f"Nadia Amrani <{parent('P0125')}>",
  subj="tussentijdse evaluatie stage Yasmina",
  body="""Beste mevrouw Amrani,

In bijlage vindt u de tussentijdse evaluatie van de stage van Yasmina in de kinderopvang. Ze scoort goed op omgang met de kinderen; verzorging en hygiëne mag nog beter. De eindevaluatie volgt in mei.

Met vriendelijke groeten,
Hilde Geerts
""", enc="quoted-printable",
  att=[("evaluatie_Yasmina_4C.txt", "Stage-evaluatie Yasmina El Amrani 4C\nomgang kinderen: goed\nverzorging/hygiene: voldoende, werkpunt\nstiptheid: zeer goed\n", "plain")],
  rules=[], about=["P0027"], mis=True,
  note="internship evaluation of Yasmina El Amrani (4C) sent to the mother of Ilias Amrani (4D)", lang="nl", fmt=["plain", "qp", "attachment-txt"])

M("085-allergie-zeynep-naar-ines", date=D(9, 16, 19, 2), frm=PIETER, to=f"Tom Lemmens <{parent('P0217')}>",
  subj="Re: Zeynep - noodmedicatie",
  body="""Beste meneer,

Bedankt voor het medisch attest. We hebben genoteerd dat Zeynep na de reactie van vorig jaar altijd twee adrenalinepennen bij zich heeft, en dat ze bij de eerste tekenen onmiddellijk moet worden ingespoten. Ze werkt dit jaar niet aan de dessertpost.

Met vriendelijke groet,
Pieter Lenaerts
praktijk keuken
""", enc="quoted-printable", rules=["sensitive"], cats=["medical"], about=["P0110"], mis=True,
  note="medical info about Zeynep Kaya (5D) replied to the father of Ines Lemmens (5D) instead of Zeynep's parent", lang="nl", fmt=["plain", "qp", "reply"])

# =====================================================================
# F. GENERAL LETTERS (15)
# =====================================================================
OUDERS = "ouders@sintpieterscollege.be"
PERS = "personeel@sintpieterscollege.be"

M("086-veiligheid-ateliers-ouders", date=D(9, 2, 18, 0), frm=DIR, to=DIR, bcc=[OUDERS],
  subj="Veiligheid in de ateliers en werkplaatsen",
  body="""Geachte ouders,

In onze ateliers werkt uw kind met echte machines en gereedschap. Dat is de kracht van onze opleidingen, maar het vraagt ook strikte afspraken. We zetten ze hieronder op een rij; ze staan ook in het schoolreglement (deel II, hoofdstuk 7).

7.1 Persoonlijke beschermingsmiddelen
Uw kind draagt in het atelier altijd de voorgeschreven werkkledij en veiligheidsschoenen. Bv. in de bouw en de werkplaats auto ook handschoenen en een veiligheidsbril, in de keuken een koksvest en antislipschoenen. Zonder deze uitrusting mag de leerling niet aan de praktijkles deelnemen en krijgt hij of zij een vervangtaak.

7.2 Machines
Een leerling bedient een machine pas nadat de leerkracht een instructie heeft gegeven en dit op de instructiekaart heeft afgetekend.

7.3 Juwelen, lang haar, gsm
Ringen, kettingen en loshangend haar zijn in de ateliers niet toegelaten. De gsm blijft in het kastje.

7.4 Ongevallen
Elk ongeval, hoe klein ook, meldt uw kind meteen aan de leerkracht. De school neemt contact met u op als verdere verzorging nodig is.

Wij rekenen op uw medewerking om deze afspraken thuis te bespreken.

Met vriendelijke groeten,
Marleen Stevens
directeur
""", enc="quoted-printable", rules=[], about=[], note="general workshop-safety letter to all parents, group in Bcc", lang="nl", fmt=["plain", "qp", "rulebook-headings", "bcc-group"])

M("087-stagereglement-ouders", date=D(9, 16, 17, 45), frm=TOM, to=TOM, bcc=["ouders-5a@sintpieterscollege.be", "ouders-5b@sintpieterscollege.be", "ouders-6a@sintpieterscollege.be", "ouders-6b@sintpieterscollege.be"],
  subj="Stages 5de en 6de jaar: de belangrijkste afspraken",
  body="""Beste ouders,

Binnenkort start uw zoon of dochter met de stage. Hieronder de afspraken uit het stagereglement, in vraag-en-antwoordvorm.

Wie zoekt de stageplaats?
De leerling zoekt zelf mee, de school keurt de plaats goed. Er wordt altijd een stageovereenkomst ondertekend door de leerling, een ouder, het bedrijf en de school.

Wat als mijn kind ziek is tijdens de stage?
Verwittig vóór 8u30 zowel het stagebedrijf als de school. Een afwezigheid tijdens de stage moet ingehaald worden.

Krijgt mijn kind een vergoeding?
Nee. Stage is een onderdeel van de opleiding. Vervoer wordt niet terugbetaald, tenzij anders afgesproken.

Wie is verzekerd?
De leerling is verzekerd via de schoolverzekering, ook op weg van en naar het stagebedrijf.

Wat als er iets misloopt op de stageplaats?
Neem contact op met de stagebegeleider of met mij.

Met vriendelijke groeten,
Tom Hermans
stagecoördinator
""" + SIG_SCHOOL, enc="quoted-printable", rules=["personal_data"], about=[],
  note="general internship rules FAQ to parents of several classes in Bcc; school phone in signature", lang="nl", fmt=["plain", "qp", "faq", "bcc-group", "signature-phone"])

M("088-restaurant-opening", date=D(9, 27, 12, 0), frm="Schoolrestaurant De Leerschool <restaurant@sintpieterscollege.be>", to="restaurant@sintpieterscollege.be",
  bcc=[OUDERS, PERS], kind="alt",
  subj="Ons schoolrestaurant opent opnieuw de deuren!",
  body="""Beste ouders, collega's en vrienden van de school,

Vanaf dinsdag 8 oktober is schoolrestaurant De Leerschool weer open voor het publiek, elke dinsdag en donderdag 's middags. De leerlingen van restaurant en keuken koken en bedienen onder begeleiding van hun leerkrachten.

Menu (voorgerecht, hoofdgerecht, dessert): 22 euro. Kinderen tot 12 jaar: 11 euro.
Reserveren is verplicht, tot de dag voordien 12u, telefonisch op 013 33 12 50 of via het formulier op de website.

Heeft u een allergie of dieetwens? Vermeld het bij de reservatie, onze leerlingen houden er graag rekening mee.

Tot binnenkort aan tafel!
Het team van De Leerschool
""",
  html="""<html><body style="font-family:Georgia,serif"><h2 style="color:#7a1f1f">De Leerschool gaat weer open!</h2>
<p>Beste ouders, collega's en vrienden van de school,</p>
<p>Vanaf <b>dinsdag 8 oktober</b> is schoolrestaurant De Leerschool weer open voor het publiek, elke dinsdag en donderdag 's middags. De leerlingen van restaurant en keuken koken en bedienen onder begeleiding van hun leerkrachten.</p>
<table cellpadding="4"><tr><td>Menu (3 gangen)</td><td>22 euro</td></tr><tr><td>Kinderen tot 12 jaar</td><td>11 euro</td></tr></table>
<p>Reserveren is verplicht, tot de dag voordien 12u, telefonisch op 013 33 12 50 of via het formulier op de website.</p>
<p>Heeft u een allergie of dieetwens? Vermeld het bij de reservatie.</p><p>Tot binnenkort aan tafel!<br>Het team van De Leerschool</p></body></html>""",
  rules=["personal_data"], about=[], note="restaurant opening announcement to parents and staff in Bcc; reservation phone number", lang="nl", fmt=["alt", "bcc-group"])

M("089-medicatie-procedure", date=D(9, 5, 16, 10), frm=SECR, to=SECR_A, bcc=[OUDERS],
  subj="Medicatie op school: hoe gaan we ermee om?",
  body="""Beste ouders,

Soms moet een leerling tijdens de schooluren medicatie nemen. Om dat veilig te laten verlopen, vragen we het volgende.

- Uw kind neemt in principe geen medicatie op school. Overleg met uw arts of het mogelijk is de medicatie thuis te nemen (bv. 's morgens en 's avonds).
- Is dat niet mogelijk, dan vult de arts het attest 'medicatie op school' in (te vinden op Smartschool onder Documenten). Zonder dit attest geven wij geen medicatie.
- Breng de medicatie in de originele verpakking, met de naam van uw kind erop, naar het secretariaat.
- Heeft uw kind een ernstige allergie, epilepsie of diabetes? Laat het ons weten via het medisch formulier, zodat we afspraken kunnen maken voor de praktijklessen en de stage.
- Pijnstillers en koortswerende middelen geven we nooit zonder attest.

Bij vragen kan u altijd terecht bij het secretariaat of bij het CLB.

Met vriendelijke groeten,
het secretariaat
""", enc="quoted-printable", rules=[], about=[], note="general medication procedure for all parents; mentions allergy/epilepsy only as examples", lang="nl", fmt=["plain", "qp", "list", "bcc-group"])

M("090-pestactieplan", date=D(10, 7, 17, 0), frm=BART, to=BART_A, bcc=[OUDERS, "leerlingen@sintpieterscollege.be"],
  subj="Samen tegen pesten - ons actieplan",
  kind="html", enc="quoted-printable",
  html="""<html><body style="font-family:Verdana;font-size:10pt">
<p>Beste ouders, beste leerlingen,</p>
<p>In de week tegen pesten zetten we ons actieplan nog eens in de kijker.</p>
<h4>Wat is pesten?</h4><p>Pesten is herhaaldelijk en bewust iemand kwetsen, uitsluiten of belachelijk maken, ook online (bv. filmpjes of foto's doorsturen zonder toestemming).</p>
<h4>Wat doet de school?</h4>
<ul><li>Elke melding wordt ernstig genomen en binnen de week opgevolgd door de leerlingenbegeleiding.</li>
<li>We werken met herstelgesprekken en, waar nodig, met sancties volgens het schoolreglement.</li>
<li>De leerling die gepest wordt, krijgt een vertrouwenspersoon op school.</li></ul>
<h4>Wat kan u doen?</h4><p>Merkt u dat uw kind niet graag meer naar school gaat, plots stil is of zijn gsm verstopt? Praat erover en neem contact op met de klastitularis of met de leerlingenbegeleiding.</p>
<p>Bart Willaert<br>leerlingenbegeleiding</p></body></html>""",
  rules=[], about=[], note="general anti-bullying policy for all parents and pupils in Bcc", lang="nl", fmt=["html-only", "qp", "bcc-group"])

M("091-herinnering-schoolrekening", date=D(12, 2, 9, 0), frm=ANN, to=ANN_A, bcc=[OUDERS],
  subj="Herinnering: schoolrekening november",
  body="""Beste ouders,

Volgens onze boekhouding is de schoolrekening van november bij een aantal gezinnen nog niet betaald. Hebt u intussen al betaald, dan mag u deze mail als onbestaande beschouwen.

Betalen kan op rekeningnummer BE36 7350 1234 5681 met de gestructureerde mededeling die op de rekening staat.

Hebt u het financieel moeilijk? Neem dan discreet contact op met de boekhouding. Er zijn altijd mogelijkheden, zoals betalen in schijven, en uw vraag wordt vertrouwelijk behandeld.

Met vriendelijke groeten,
Ann Moens
boekhouding
""", cs="windows-1252", enc="8bit", rules=["personal_data"], about=[],
  note="invoice reminder to all parents with the school IBAN; cp1252", lang="nl", fmt=["plain", "cp1252", "8bit", "bcc-group"])

M("092-werkkledij-3dejaar", date=D(6, 20, 14, 30, 2025), frm=MARC, to=MARC_A, bcc=["ouders-3a@sintpieterscollege.be", "ouders-3b@sintpieterscollege.be", "ouders-3c@sintpieterscollege.be", "ouders-3d@sintpieterscollege.be"],
  subj="Werkkledij en gereedschap voor volgend schooljaar", kind="alt",
  body="""Beste ouders,

Volgend schooljaar heeft uw kind in de praktijklessen eigen werkkledij nodig. Via de school kan u een pakket bestellen.

Bouw: werkbroek, werkjas, veiligheidsschoenen S3 - 118 euro
Elektriciteit: werkbroek, werkjas, veiligheidsschoenen S3, isolerende schroevendraaierset - 134 euro
Haarzorg: kapperstas met scharen en borstels, 2 schorten - 165 euro
Keuken en restaurant: 2 koksvesten, broek, schort, messenset - 172 euro

Het bestelformulier staat op Smartschool, graag terug tegen 28 juni. De kosten komen op de schoolrekening van september.

Met vriendelijke groeten,
Marc Jorissen
TA-coördinator
""",
  html="""<html><body style="font-family:Calibri"><p>Beste ouders,</p><p>Volgend schooljaar heeft uw kind in de praktijklessen eigen werkkledij nodig. Via de school kan u een pakket bestellen.</p>
<table border="1" style="border-collapse:collapse"><tr><th>Richting</th><th>Pakket</th><th>Prijs</th></tr>
<tr><td>Bouw</td><td>werkbroek, werkjas, veiligheidsschoenen S3</td><td>118 euro</td></tr>
<tr><td>Elektriciteit</td><td>werkbroek, werkjas, veiligheidsschoenen S3, isolerende schroevendraaierset</td><td>134 euro</td></tr>
<tr><td>Haarzorg</td><td>kapperstas met scharen en borstels, 2 schorten</td><td>165 euro</td></tr>
<tr><td>Keuken en restaurant</td><td>2 koksvesten, broek, schort, messenset</td><td>172 euro</td></tr></table>
<p>Het bestelformulier staat op Smartschool, graag terug tegen 28 juni. De kosten komen op de schoolrekening van september.</p>
<p>Met vriendelijke groeten,<br>Marc Jorissen<br>TA-co&ouml;rdinator</p></body></html>""",
  rules=[], about=[], note="work-clothes price list to all third-year parents in Bcc", lang="nl", fmt=["alt", "outlook-table", "bcc-group"])

M("093-stageperiodes-personeel", date=D(8, 29, 15, 0), frm=TOM, to=TOM_A, bcc=[PERS], kind="alt",
  subj="stageperiodes 2024-2025",
  body="""Dag collega's,

De stageperiodes voor dit schooljaar:

5de jaar: 18/11 - 29/11 en 10/03 - 21/03
6de jaar: 02/12 - 20/12 en 17/03 - 04/04
7de jaar / leren en werken: doorlopend 2 dagen per week

Tijdens de stages vallen de lessen van die klassen weg. Wie stagebezoeken doet, noteert ze in de stageplanner.

Tom
""",
  html="""<html><body><p>Dag collega's,</p><p>De stageperiodes voor dit schooljaar:</p><table border="1"><tr><td>5de jaar</td><td>18/11 - 29/11</td><td>10/03 - 21/03</td></tr><tr><td>6de jaar</td><td>02/12 - 20/12</td><td>17/03 - 04/04</td></tr><tr><td>7de jaar / leren en werken</td><td colspan="2">doorlopend 2 dagen per week</td></tr></table><p>Tijdens de stages vallen de lessen van die klassen weg. Wie stagebezoeken doet, noteert ze in de stageplanner.</p><p>Tom</p></body></html>""",
  rules=[], about=[], note="internship periods for all staff, group in Bcc", lang="nl", fmt=["alt", "outlook-table", "bcc-group"])

M("094-clb-info", date=D(9, 9, 18, 15), frm=EVELIEN, to=EVELIEN_A, bcc=[OUDERS],
  subj="Het CLB: wie zijn ze en wat doen ze?",
  body="""Beste ouders,

Onze school werkt samen met het CLB (Centrum voor Leerlingenbegeleiding). Het CLB is gratis en onafhankelijk van de school.

Waarvoor kan u bij het CLB terecht?
- als uw kind moeilijk leert of vragen heeft over de studiekeuze
- als uw kind niet goed in zijn vel zit
- bij vragen over gezondheid, vaccinaties of het medisch consult
- bij problemen met spijbelen of afwezigheden

Het CLB werkt vertrouwelijk: wat u of uw kind vertelt, wordt niet zomaar doorgegeven aan de school.

U kan de CLB-medewerker van onze school bereiken op 016 22 81 40 of langs lopen tijdens de zitdag op dinsdag.

Evelien Coppens
zorgcoördinator
""", enc="quoted-printable", rules=["personal_data"], about=[], note="general CLB information letter for all parents; CLB phone number", lang="nl", fmt=["plain", "qp", "list", "bcc-group"])

M("095-privacyverklaring", date=D(9, 12, 10, 0), frm="Privacy LKSD <privacy@lksd.ksleuven.be>", to="privacy@lksd.ksleuven.be",
  bcc=[OUDERS], mail_from="privacy@lksd.ksleuven.be", mid_dom="lksd.ksleuven.be",
  subj="Hoe gaan we om met de gegevens van uw kind?",
  body="""Beste ouders,

Zoals elk schooljaar geven we u een korte samenvatting van onze privacyverklaring. De volledige tekst staat op de website.

Welke gegevens verwerken we?
- identificatiegegevens van de leerling en de ouders
- schoolloopbaan, evaluaties en attesten
- gegevens over de begeleiding van de leerling (zorg, leerlingenbegeleiding)
- medische gegevens, enkel als ze nodig zijn voor de veiligheid van uw kind op school of op stage
- financiële gegevens nodig voor de schoolrekening

Met wie delen we ze?
Met het CLB, het ministerie van Onderwijs, en stagebedrijven voor zover nodig voor de stage.

Wat zijn uw rechten?
U kan de gegevens inkijken, laten verbeteren en in bepaalde gevallen laten wissen. Vragen kan u sturen naar privacy@lksd.ksleuven.be.

Met vriendelijke groeten,
de functionaris voor gegevensbescherming
""", enc="base64", rules=[], about=[], note="privacy statement summary listing data categories, general to all parents", lang="nl", fmt=["plain", "base64", "bcc-group"])

M("096-examenrooster-leerlingen", date=D(5, 30, 15, 20, 2025), frm="Mieke Verlinden <mieke.verlinden@sintpieterscollege.be>", to="mieke.verlinden@sintpieterscollege.be",
  bcc=["leerlingen@sintpieterscollege.be"],
  subj="Examenrooster juni",
  body="""Beste leerlingen,

Het examenrooster van juni staat op Smartschool bij 'Planner'. Enkele afspraken:

- Wees 15 minuten voor de start aanwezig.
- Praktijkproeven (atelier, keuken, salon) gaan door in je eigen werkkledij. Zonder volledige werkkledij mag je niet starten.
- Ben je ziek, dan verwittigen je ouders de school vóór 8u30 en breng je een doktersattest binnen.
- Gsm's worden afgegeven bij het begin van elk examen.

Veel succes!
Mevrouw Verlinden
""", enc="8bit", rules=[], about=[], note="exam timetable notice to all pupils in Bcc", lang="nl", fmt=["plain", "8bit", "list", "bcc-group"])

M("097-evacuatieoefening", date=D(10, 15, 7, 45), frm=JEF, to=JEF_A, bcc=[PERS],
  subj="evacuatieoefening - afspraken ateliers",
  body="""Collega's,

Binnenkort (datum blijft geheim) houden we een evacuatieoefening. Extra voor de ateliers:

- machines uitschakelen met de noodstop, gas in de keuken dichtdraaien
- lasapparaten uit, flessen dicht
- leerlingen in werkkledij gaan zo naar buiten, niet eerst omkleden
- verzamelplaats: sportveld, per klas in rijen, titularis telt

Jef Luyten, preventie
""", enc="quoted-printable", rules=[], about=[], note="fire drill instructions for all staff in Bcc", lang="nl", fmt=["plain", "qp", "list", "bcc-group"])

M("098-portes-ouvertes-fr", date=D(3, 3, 10, 0, 2025), frm=DIR, to=DIR_A, bcc=[OUDERS],
  subj="Journée portes ouvertes - samedi 26 avril",
  body="""Chers parents,

Le samedi 26 avril, de 10h à 16h, notre école ouvre ses portes. Les élèves montreront leurs ateliers : construction, électricité, mécanique automobile, coiffure, cuisine et restaurant, puériculture.

Au programme :
- visite guidée des ateliers toutes les heures
- démonstration de coiffure et de soudure
- dégustation préparée par les élèves de cuisine
- information sur les stages et la formation en alternance

Parlez-en autour de vous : les frères et sœurs et les amis sont les bienvenus.

La direction
""", enc="quoted-printable", rules=[], about=[], note="French open-day invitation to all parents in Bcc", lang="fr", fmt=["plain", "qp", "list", "bcc-group"])

M("099-sleutelprocedure-personeel", date=D(8, 26, 9, 30), frm=MARLEEN, to=MARLEEN_A, bcc=[PERS],
  subj="sleutels, badges en codes - hoe vraag je ze aan",
  body="""Beste collega's,

Vanaf dit schooljaar werken we met een sleutelregister. Concreet:

1. Sleutels en badges haal je af bij Jef tegen handtekening.
2. Codes van sleutelkastjes, hangsloten en alarmen krijg je persoonlijk en mondeling van de verantwoordelijke van de ruimte. Ze worden niet via mail, Smartschool of WhatsApp gedeeld.
3. Een code die (mogelijk) uitgelekt is, meld je aan Jef; hij laat ze veranderen.
4. Bij vertrek uit de school geef je alles terug.

Dank voor jullie medewerking,
Marleen Stevens
""", cs="windows-1252", enc="8bit", rules=[], about=[], note="staff procedure about keys and codes without any code; group in Bcc", lang="nl", fmt=["plain", "cp1252", "8bit", "list", "bcc-group"])

M("100-leren-en-werken-infoavond", date=D(2, 3, 19, 0, 2025), frm=YOUSRA, to=YOUSRA_A, bcc=["ouders-4a@sintpieterscollege.be", "ouders-4b@sintpieterscollege.be", "ouders-4c@sintpieterscollege.be", "ouders-4d@sintpieterscollege.be"],
  subj="Infoavond duaal leren en leerwerkplekken",
  body="""Beste ouders,

Overweegt uw zoon of dochter om volgend schooljaar deels op school en deels op een leerwerkplek in een bedrijf te leren? Dan bent u welkom op onze infoavond op dinsdag 18 februari om 19u in het schoolrestaurant.

We leggen uit:
- hoe een week eruitziet (bv. 2 dagen school, 3 dagen bedrijf)
- welke overeenkomst uw kind tekent en welke vergoeding hij of zij krijgt
- wat het verschil is met een gewone stage
- hoe de school uw kind op de werkplek opvolgt

Inschrijven is niet nodig.

Yousra Haddouchi
trajectbegeleider leren en werken
""", enc="base64", rules=[], about=[], note="info evening about work-based learning for all fourth-year parents in Bcc", lang="nl", fmt=["plain", "base64", "list", "bcc-group"])

# ---------------- write ----------------
ADDR = re.compile(r"[\w.+'-]+@[\w.-]+")
def addrs(h):
    if not h:
        return []
    out = []
    for part in h.split(","):
        mm = re.search(r"<([^>]+)>", part)
        if mm:
            out.append(mm.group(1).strip())
        else:
            f = ADDR.search(part)
            if f:
                out.append(f.group(0))
    return out

def main():
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = {}
    for i, m in enumerate(MAILS, 1):
        msg = build(m, i)
        fn = m["slug"] + ".eml"
        data = msg.as_bytes(policy=POL)
        assert b"\r\n" in data
        with open(os.path.join(HERE, fn), "wb") as fh:
            fh.write(data)
        rcpt = []
        for a in addrs(m.get("to")) + addrs(m.get("cc")) + list(m.get("bcc", [])):
            if a not in rcpt:
                rcpt.append(a)
        lab = {"rules": list(m["rules"])}
        if "sensitive" in m["rules"]:
            lab["categories"] = {"sensitive": list(m["cats"])}
        lab["mail_from"] = m.get("mail_from") or addrs(m["frm"])[0]
        lab["rcpt"] = rcpt
        lab["about"] = list(m.get("about", []))
        lab["misdirected"] = bool(m.get("mis", False))
        lab["note"] = m["note"]
        lab["lang"] = m["lang"]
        lab["format"] = list(m["fmt"])
        labels[fn] = lab
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump(labels, fh, allow_unicode=True, sort_keys=False, default_flow_style=None, width=200)
    with open(os.path.join(HERE, "roster.csv"), "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        w.writerow(["Intern nummer", "Voornaam", "Naam", "Klas", "E-mailadres leerling", "E-mailadres ouder 1", "E-mailadres ouder 2"])
        for r in ROSTER:
            w.writerow(r)
    print(len(MAILS), "mails written")

if __name__ == "__main__":
    main()
