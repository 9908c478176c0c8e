#!/usr/bin/env python3
"""batch68 - pupils changing school (Sint-Pieterscollege Tienen, Stroom/LKSD).
Deterministic generator: writes NNN-slug.eml, labels.yaml and roster.csv next to this file.
Standard library only."""
import os, re, random, unicodedata, datetime, base64
from email.message import EmailMessage
from email.utils import formataddr, format_datetime
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(6868)

# ---------------------------------------------------------------- helpers
def norm(s):
    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode()
    return re.sub(r"[^a-z0-9]", "", s.lower())

def pupil_mail(first, last):
    return f"{norm(first)}.{norm(last)}@leerling.sintpieterscollege.be"

def rrn(y, m, d, seq):
    """valid Belgian rijksregisternummer, formatted yy.mm.dd-sss.cc"""
    base = int(f"{y%100:02d}{m:02d}{d:02d}{seq:03d}")
    if y >= 2000:
        base2 = int("2" + f"{base:09d}")
    else:
        base2 = base
    cc = 97 - (base2 % 97)
    return f"{y%100:02d}.{m:02d}.{d:02d}-{seq:03d}.{cc:02d}"

def be_iban(bank10):
    """bank10: 10 digits -> valid BE IBAN, formatted in groups of 4"""
    chk = int(bank10) % 97 or 97
    bban = f"{bank10}{chk:02d}"
    num = int(bban + "1114" + "00")  # B=11 E=14
    kk = 98 - num % 97
    s = f"BE{kk:02d}{bban}"
    return " ".join(s[i:i+4] for i in range(0, len(s), 4))

# ---------------------------------------------------------------- roster
KEY = [
 # id, first, last, class, parent1, parent2
 ("P0001","Lotte","Peeters","3B","an.vanhove@telenet.be","kris.peeters@skynet.be"),
 ("P0002","Jana","Peeters","4A","peeters.gert@gmail.com","sofie.wouters@hotmail.com"),
 ("P0003","Noah","Claes","2A","ellen.geerts@telenet.be","bart.claes@proximus.be"),
 ("P0004","Mila","Jacobs","5C","ellen.geerts@telenet.be","dirk.jacobs@outlook.com"),
 ("P0005","Yasmine","El Amrani","3A","k.elamrani@gmail.com",""),
 ("P0006","Yassin","El Amrani","1C","k.elamrani1@gmail.com","fatima.bouzid@hotmail.com"),
 ("P0007","Arthur","Vermeulen","4B","famvermeulen@telenet.be",""),
 ("P0008","Emma","Wouters","2C","j.lenaerts@skynet.be",""),
 ("P0009","Emma","Janssens","6A","janssens.maes@telenet.be","tom.janssens@gmail.com"),
 ("P0010","Lucas","Maes","3C","sarah.dewitte@gmail.com","pieter.maes@telenet.be"),
 ("P0011","Elif","Yilmaz","1B","ayse.yilmaz@hotmail.com","mehmet.yilmaz@gmail.com"),
 ("P0012","Mohamed","Benali","4C","benali.h@skynet.be",""),
 ("P0013","Louise","Goossens","5A","goossens-smets@telenet.be",""),
 ("P0014","Victor","Dubois","2B","c.dubois@skynet.be","marc.dubois@proximus.be"),
 ("P0015","Oliver","Smith","3A","rachel.smith@gmail.com","daniel.smith@outlook.com"),
 ("P0016","Finn","Mertens","4A","mertens.inge@telenet.be",""),
 ("P0017","Finn","Martens","1A","g.martens@outlook.com",""),
 ("P0018","Sara","Hendrickx","6B","hendrickx.familie@telenet.be",""),
 ("P0019","Ilias","Achahbar","3B","n.achahbar@gmail.com",""),
 ("P0020","Nina","Willems","5B","willems.k@proximus.be","els.daems@gmail.com"),
 ("P0021","Nina","Willems","2A","bert.willems@telenet.be",""),
 ("P0022","Kobe","Van den Broeck","4B","vdbroeck.s@skynet.be",""),
 ("P0023","Amira","Haddad","2C","haddad.r@hotmail.com",""),
 ("P0024","Jonas","Aerts","3C","aerts.vandamme@telenet.be",""),
 ("P0025","Jonas","Smets","1B","smets.jo@gmail.com",""),
 ("P0026","Zoë","Verstraeten","5C","verstraeten.l@telenet.be",""),
 ("P0027","Lina","Dimitrova","3A","dimitrova.m@gmail.com",""),
 ("P0028","Wout","Vandamme","6A","hilde.coppens@telenet.be",""),
 ("P0029","Oskar","Nowak","2B","anna.nowak@gmail.com",""),
 ("P0030","Hanne","Lemmens","4C","lemmens.geert@skynet.be","katrien.vos@telenet.be"),
 ("P0031","Robbe","Lemmens","1A","lemmens.geert@skynet.be","katrien.vos@telenet.be"),
 ("P0032","Seppe","Vos","3B","vos.katrien@gmail.com",""),
 ("P0033","Fien","Michiels","5A","michiels.dirk@telenet.be",""),
 ("P0034","Adam","Bakkali","4A","bakkali.s@hotmail.com",""),
 ("P0035","Ayoub","Bakkali","6C","bakkali.s@hotmail.com",""),
 ("P0036","Marie","Claes","3C","w.claes@telenet.be",""),
 ("P0037","Liam","De Smet","2A","desmet.an@skynet.be",""),
 ("P0038","Liam","De Smedt","4B","k.desmedt@gmail.com",""),
 ("P0039","Julie","Thys","5B","thys.ouders@telenet.be",""),
 ("P0040","Bram","Cools","3A","marc.cools@proximus.be","lies.vermeiren@gmail.com"),
 ("P0041","Lena","Stevens","1C","stevens.t@telenet.be",""),
 ("P0042","Ruben","Pauwels","4C","pauwels.k@skynet.be",""),
 ("P0043","Sofia","Rossi","2C","giulia.rossi@gmail.com",""),
 ("P0044","Mats","Wuyts","6B","wuyts.familie@telenet.be",""),
 ("P0045","Ella","Segers","3B","segers.p@outlook.com",""),
 ("P0046","Kiano","Mbala","5C","mbala.j@gmail.com",""),
 ("P0047","Tuur","Declercq","2B","declercq.h@telenet.be",""),
 ("P0048","Nore","Celis","4A","celis.an@icloud.com",""),
 ("P0049","Daan","Leemans","3C","leemans.r@skynet.be",""),
 ("P0050","Ines","Ramos","1B","ramos.familia@gmail.com",""),
 ("P0051","Lotte","Peeters","1A","peeters.vanaken@telenet.be",""),
 ("P0052","Emre","Demir","4B","demir.o@hotmail.com",""),
 ("P0053","Jade","Van Hoof","5A","vanhoof.b@telenet.be",""),
 ("P0054","Mathis","Lambert","2A","lambert.c@skynet.be",""),
 ("P0055","Amber","Wijns","3C","wijns.ouders@gmail.com",""),
 ("P0056","Yara","Boukhari","2B","boukhari.m@gmail.com",""),
 ("P0057","Cas","Vanderstraeten","6C","vds.mieke@telenet.be",""),
 ("P0058","Aya","Chakir","1C","chakir.f@outlook.com",""),
]
FIRSTS = ["Lars","Lore","Stan","Febe","Warre","Lien","Jef","Marthe","Ward","Noor","Kato","Senne","Elise","Vic",
          "Nand","Emma","Lucas","Jules","Fleur","Lotte","Mohamed","Sara","Youssef","Hira","Anas","Rania","Milan",
          "Olivia","Ferre","Axelle","Bas","Lowie","Ilyas","Nora","Arne","Sien","Bo","Amélie","Thibo","Hajar",
          "Kenzo","Ismaël","Zeynep","Mateo","Juliette","Mila","Finn","Jasper","Lena","Nathan","Elias","Louise"]
LASTS = ["Peeters","Janssens","Maes","Jacobs","Mertens","Willems","Claes","Goossens","Wouters","De Smet","Dubois",
         "Lambert","Dupont","Hermans","Vermeulen","Pauwels","Van Damme","Aerts","Lemmens","Smets","Coppens",
         "Verhoeven","Stevens","Thys","Cuypers","Vandenberghe","Bogaerts","Moens","Daems","Geerts","Kaya",
         "El Idrissi","Ouali","Öztürk","Nguyen","Kowalski","Popescu","Van Roy","Tielemans","Vanhoutte",
         "Swinnen","Vanlommel","Ceulemans","Ramaekers","Boeckx","Indekeu","Vandevelde","Jorissen"]
PROV = ["telenet.be","skynet.be","proximus.be","gmail.com","hotmail.com","outlook.com","icloud.com"]
PFIRST = ["an","kris","sofie","bart","els","tom","inge","geert","hilde","dirk","katrien","jan","liesbeth","peter",
          "nadia","karim","veerle","wim","leen","marc","ilse","joris","fatima","ahmed","ana","piotr"]

def build_roster():
    rows = [list(k) for k in KEY]
    used = set()
    for r in rows:
        used.add(r[4]); used.add(r[5])
    classes = [f"{g}{c}" for g in range(1, 7) for c in "ABC"]
    i = len(rows) + 1
    prev = None
    while len(rows) < 300:
        first = RNG.choice(FIRSTS); last = RNG.choice(LASTS); klas = RNG.choice(classes)
        if prev and RNG.random() < 0.12:
            # sibling: same surname, same parent addresses
            last = prev[2]; p1, p2 = prev[4], prev[5]
            if first == prev[1]:
                first = RNG.choice(FIRSTS)
        else:
            mode = RNG.random()
            pf = RNG.choice(PFIRST); prov = RNG.choice(PROV)
            if mode < 0.5:
                p1 = f"{pf}.{norm(last)}@{prov}"
            elif mode < 0.75:
                p1 = f"{norm(last)}.{pf[0]}@{prov}"
            else:  # parent's own surname differs
                p1 = f"{pf}.{norm(RNG.choice(LASTS))}@{prov}"
            n = 2
            while p1 in used:
                p1 = p1.replace("@", f"{n}@", 1); n += 1
            used.add(p1)
            p2 = ""
            if RNG.random() < 0.45:
                p2 = f"{RNG.choice(PFIRST)}.{norm(RNG.choice(LASTS))}@{RNG.choice(PROV)}"
                while p2 in used:
                    p2 = p2.replace("@", "x@", 1)
                used.add(p2)
        row = [f"P{i:04d}", first, last, klas, p1, p2]
        rows.append(row); prev = row; i += 1
    # pupil e-mail, unique
    seen = set()
    for r in rows:
        e = pupil_mail(r[1], r[2])
        k = 2
        while e in seen:
            e = pupil_mail(r[1], r[2]).replace("@", f"{k}@"); k += 1
        seen.add(e); r.insert(4, e)
    return rows

ROSTER = build_roster()
BYID = {r[0]: r for r in ROSTER}
PARENTS = {}
for r in ROSTER:
    for a in (r[5], r[6]):
        if a:
            PARENTS.setdefault(a, set()).add(r[0])

def P(pid, what="p1"):
    r = BYID[pid]
    return {"p1": r[5], "p2": r[6], "pupil": r[4], "name": f"{r[1]} {r[2]}", "first": r[1], "klas": r[3]}[what]

# ---------------------------------------------------------------- people
SCHOOL_PHONE = "016 80 44 10"
SEC = "leerlingensecretariaat@spc.ksleuven.be"
GRIET = ("Griet Vandersmissen", "griet.vandersmissen@sintpieterscollege.be")
DIR = ("Johan Stas", "johan.stas@sintpieterscollege.be")
DIRG = "directie@spc.ksleuven.be"
LDW = ("Leen De Wolf", "ldw@spc.ksleuven.be")
PGO = ("Pieter Goris", "pgo@spc.ksleuven.be")
ICT = "ict@spc.ksleuven.be"
BOEK = ("Marleen Cuypers", "marleen.cuypers@sintpieterscollege.be")
TBO = ("Tine Bosmans", "tine.bosmans@sintpieterscollege.be")
HRA = ("Hilde Rasschaert", "hra@spc.ksleuven.be")
KGD = ("Karen Geudens", "kgd@spc.ksleuven.be")
SHE = ("Sander Hermans", "sander.hermans@sintpieterscollege.be")
EVI = ("Evi Lambrechts", "evi.lambrechts@sintpieterscollege.be")
KMA = ("Koen Mathys", "kma@spc.ksleuven.be")
RVE = ("Ruth Verbist", "ruth.verbist@sintpieterscollege.be")  # secretariaat, nieuw
DPO = "privacy@lksd.ksleuven.be"
CLB = ("An Verhaegen", "an.verhaegen@vclbhageland.be")
CLBG = "tienen@vclbhageland.be"
HASSELT = "secretariaat@sintjozefhasselt.be"
AARSCHOT = "leerlingensecretariaat@atheneumaarschot-hageland.be"
JODOIGNE = "secretariat@arjodoigne-ecole.be"
BIA = "admissions@bia-brussels.org"
DIEST = "inschrijvingen@tidiest-onderwijs.be"
LEUVEN = "administratie@sintlodewijk-leuven.be"
LANDEN = "leerlingen@sintgertrudislanden.be"

def sig(who, func, phone=False, mobile=None):
    s = f"\n\nMet vriendelijke groeten\n\n{who}\n{func}\nSint-Pieterscollege Tienen | Stroom\nGrote Markt 21, 3300 Tienen"
    if phone:
        s += f"\nT {SCHOOL_PHONE}"
    if mobile:
        s += f"\nGSM {mobile}"
    return s + "\n"

def short_sig(who):
    return f"\n\nGroeten\n{who}\n"

def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))

MAILS = []
def M(slug, frm, to, subject, body=None, *, rules=(), cats=(), about=(), mis=False, note="", lang="nl",
      fmt=("plain",), cc=(), bcc=(), html=None, att=(), charset="utf-8", cte=None, reply=False,
      env=None, headers=None, to_hdr=None):
    MAILS.append(dict(slug=slug, frm=frm, to=list(to), cc=list(cc), bcc=list(bcc), subject=subject,
                      body=body, rules=list(rules), cats=list(cats), about=list(about), mis=mis, note=note,
                      lang=lang, fmt=list(fmt), html=html, att=list(att), charset=charset, cte=cte,
                      reply=reply, env=env, headers=headers or {}, to_hdr=to_hdr))

def addr(x):
    return x[1] if isinstance(x, tuple) else x

def hdr(x):
    return formataddr(x) if isinstance(x, tuple) else x

def csv_bytes(rows, bom=True, enc="utf-8"):
    txt = "\r\n".join(";".join(r) for r in rows) + "\r\n"
    b = txt.encode(enc)
    return (b"\xef\xbb\xbf" + b) if (bom and enc == "utf-8") else b

def fake_bin(tag, n=600):
    r = random.Random(tag)
    return bytes(r.randrange(256) for _ in range(n))

def fake_pdf(title):
    body = (f"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            f"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
            f"% {title}\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    return body.encode("latin-1", "replace")

def fake_ooxml(tag):
    return b"PK\x03\x04\x14\x00\x06\x00" + fake_bin(tag, 400)

# ================================================================ MAILS
# ---------------------------------------------------------------- A. credentials (35)
M("elif-smartschool-start", GRIET, [P("P0011")], "Smartschool-account voor Elif",
  f"""Beste mevrouw Yilmaz

Welkom aan het Sint-Pieterscollege! Elif start na de krokusvakantie in 1B. Hieronder vindt u de
gegevens waarmee zij de eerste keer kan aanmelden op Smartschool:

  Gebruikersnaam: elif.yilmaz
  Startwachtwoord: Krokus-1B-2025

Bij de eerste aanmelding moet ze zelf een nieuw wachtwoord kiezen. Het co-account voor u als ouder
volgt in een aparte brief via Elif.
""" + sig("Griet Vandersmissen", "leerlingenadministratie"),
  rules=["password"], about=["P0011"], note="start password of an incoming pupil sent to her mother")

M("startwachtwoorden-csv", PGO, [KGD], "Startwachtwoorden nieuwe leerlingen (csv)",
  """Hoi Karen

In bijlage de startwachtwoorden van de leerlingen die na de vakantie instromen in jouw klassen.
Kan je ze op de eerste dag uitdelen? Daarna mag je de lijst verwijderen.
""" + short_sig("Pieter"),
  att=[("startwachtwoorden_instroom.csv", csv_bytes([
      ["Intern nummer","Naam","Klas","Gebruikersnaam","Startwachtwoord"],
      ["P0011","Yilmaz Elif","1B","elif.yilmaz","Krokus-1B-2025"],
      ["P0015","Smith Oliver","3A","oliver.smith","Dijle!Start-481"],
      ["P0027","Dimitrova Lina","3A","lina.dimitrova","Dijle!Start-732"],
      ["P0014","Dubois Victor","2B","victor.dubois","Dijle!Start-219"]]), "text/csv")],
  rules=["password"], about=["P0011","P0015","P0027","P0014"], fmt=["mixed","attachment-csv"],
  note="start passwords of incoming pupils in a csv attachment to a colleague")

M("wifi-bezoek-clb", LDW, [CLB], "Je bezoek dinsdag - overdracht",
  """Dag An

Fijn dat je dinsdag langskomt voor het overdrachtsoverleg van de instromers. Je kan in lokaal A.104
terecht. Voor je laptop: het gastennetwerk is SPC-Gast, de sleutel is Dijle2025!gast

Tot dinsdag
Leen
""", rules=["password"], note="guest Wi-Fi key sent to an external CLB worker")

M("archiefcode", GRIET, [RVE], "code archief",
  """Ruth

Voor als ik er morgen niet ben: de leerlingendossiers van de vertrekkers liggen in het archieflokaal
onder de trap. Code van de deur: 4711#  (hekje niet vergeten, anders piept hij).
De map 'uitschrijvingen juni' ligt op de tweede plank.

Griet
""", rules=["password"], note="door code of the archive room")

M("kluis-dossiers", DIR, [GRIET], "Kluis papieren dossiers",
  """Griet

De papieren tuchtdossiers die mee moeten naar de nieuwe scholen zitten in de kluis van mijn bureau.
Combinatie: 36 - 12 - 58 (eerst twee keer rechts rond).
Graag na gebruik terug sluiten.

Johan
""", rules=["password"], note="safe combination")

M("bitlocker-laptop-arthur", PGO, [P("P0007")], "RE: laptop Arthur start niet meer op",
  """Beste mevrouw Vermeulen

De laptop vraagt om de BitLocker-herstelsleutel omdat het moederbord een update kreeg. U kan deze
sleutel intypen:

482317-116204-590618-337952-701245-228833-614790-045562

Daarna start het toestel normaal op. Arthur mag het toestel in de laatste schoolweek gewoon bij mij
binnenbrengen, dan zetten we het terug op fabrieksinstellingen.
""" + sig("Pieter Goris", "ICT-coördinator"),
  rules=["password"], about=["P0007"], fmt=["plain","reply"], reply=True,
  note="BitLocker recovery key sent to a parent")

M("m365-reset-mohamed", PGO, [P("P0012","pupil")], "Je schoolaccount wordt gesloten op 31 augustus",
  """Dag Mohamed

Omdat je volgend jaar naar een andere school gaat, wordt je schoolaccount op 31 augustus gesloten.
Je gaf aan dat je niet meer kon aanmelden. Ik heb je wachtwoord gereset naar:

Tienen-Zomer-4821

Meld je aan, exporteer je bestanden uit OneDrive en je eindwerk, en sla alles op een eigen stick op.
""" + short_sig("Meneer Goris (ICT)"),
  rules=["password"], about=["P0012"], note="reset password sent to pupil's school address")

M("discimus-sms-code", RVE, [GRIET], "code",
  """Griet, de sms met de code voor Discimus kwam op mijn gsm binnen: 582913
Kan jij snel inloggen om de uitschrijving van Kobe te bevestigen? Hij is nog 10 min geldig.

Verzonden vanaf mijn iPhone
""", rules=["password"], about=["P0022"], fmt=["phone"],
  note="one-time verification code forwarded to a colleague")

M("gedeelde-mailbox-login", GRIET, [RVE], "Toegang leerlingensecretariaat-mailbox",
  """Dag Ruth

Zoals gevraagd de gegevens van de gedeelde mailbox, zodat je tijdens mijn verlof de vragen van de
andere scholen kan opvolgen.

Account: leerlingensecretariaat@spc.ksleuven.be
Wachtwoord, ik zet het in stukjes:
Stroom
!Sec
2025

(alles aan elkaar, zonder spaties)

Griet
""", rules=["password"], note="shared mailbox password split over lines")

M("ines-wachtwoord-gespeld", GRIET, [P("P0050")], "Aanmelden Smartschool Ines",
  """Beste ouders

Ines kon vandaag niet aanmelden. Ik heb haar wachtwoord opnieuw ingesteld. Omdat het vorige keer
verkeerd werd overgetypt, spel ik het:

hoofdletter B - r - u - g - dan de cijfers vier, zeven, één - en een uitroepteken op het einde.

Gebruikersnaam blijft ines.ramos.
""" + sig("Griet Vandersmissen", "leerlingenadministratie"),
  rules=["password"], about=["P0050"], note="password spelled out letter by letter")

M("victor-mot-de-passe", GRIET, [P("P0014")], "Accès Smartschool pour Victor",
  """Madame Dubois,

Voici les données de connexion de Victor pour notre plateforme Smartschool, pour qu'il puisse déjà
consulter son horaire de 2B avant la rentrée :

  Identifiant : victor.dubois
  Mot de passe provisoire : Dijle-3300-vd

Il devra choisir un nouveau mot de passe lors de la première connexion.

Bien à vous,
Griet Vandersmissen
Administration des élèves, Sint-Pieterscollege Tienen
""", rules=["password"], about=["P0014"], lang="fr", note="French mail with a provisional password")

M("oliver-temp-password", GRIET, [P("P0015")], "Oliver - school account",
  """Dear Mrs Smith,

Oliver's school account is ready. He can log in to Smartschool and Microsoft 365 with:

  user: oliver.smith@leerling.sintpieterscollege.be
  temporary password: Welcome-SPC-7719

Please ask him to change it after the first login. Classes in 3A start on 1 September at 8.25.

Kind regards,
Griet Vandersmissen
Pupil administration, Sint-Pieterscollege Tienen
""", rules=["password"], about=["P0015"], lang="en", note="English mail with a temporary password")

M("lina-coaccount-b64", PGO, [P("P0027")], "Parent account Smartschool - Lina Dimitrova",
  """Dear Mrs Dimitrova,

As promised at the intake, here is your parent (co-)account for Smartschool, so you can follow
Lina's timetable and messages:

  Login: lina.dimitrova (choose "co-account 1")
  Password: Tienen#Co1-5520

Best regards,
Pieter Goris
ICT, Sint-Pieterscollege Tienen
""", rules=["password"], about=["P0027"], lang="en", cte="base64", fmt=["plain-base64"],
  note="co-account password in a base64 body")

M("aya-wachtwoord-qp", GRIET, [P("P0058")], "Gegevens eerste schooldag Aya",
  """Beste mevrouw Chakir

Aya is ingeschreven in 1C. Op de onthaaldag krijgt ze haar laptop. Om die te koppelen heeft ze haar
schoolaccount nodig:

gebruikersnaam: aya.chakir@leerling.sintpieterscollege.be
wachtwoord: Onthaal-1C-Zeeë93

Het wachtwoord moet ze na de eerste aanmelding wijzigen. Tot 1 september!
""" + sig("Griet Vandersmissen", "leerlingenadministratie"),
  rules=["password"], about=["P0058"], cte="quoted-printable", fmt=["plain-qp"],
  note="start password in a quoted-printable body")

M("alarmcode-zomer", DIR, [GRIET], "Alarm tijdens de zomervakantie",
  """Griet

Tijdens de zomer zijn jij en Ruth de enigen die in het gebouw komen voor de inschrijvingen.
Het alarm schakel je uit met 2580 en daarna de toets 'UIT'. Bij het buitengaan: 2580 'AAN'.
Vergeet de poort aan de Vierde Lansiersstraat niet.

Johan Stas
Directeur
""", rules=["password"], charset="windows-1252", cte="quoted-printable", fmt=["plain-cp1252"],
  note="alarm code in a Windows-1252 mail")

M("instromers-2degraad-tabel", PGO, [TBO], "Instromers 2de graad - accounts",
  """Tine, zie tabel hieronder (html). Pieter""",
  html="""<html><body><p>Dag Tine,</p><p>Hieronder de accounts van de instromers in de tweede graad.
Graag op de onthaaldag persoonlijk meegeven.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Leerling</th><th>Klas</th><th>Gebruikersnaam</th><th>Startwachtwoord</th></tr>
<tr><td>Oliver Smith</td><td>3A</td><td>oliver.smith</td><td>Dijle!Start-481</td></tr>
<tr><td>Lina Dimitrova</td><td>3A</td><td>lina.dimitrova</td><td>Dijle!Start-732</td></tr>
<tr><td>Emre Demir</td><td>4B</td><td>emre.demir</td><td>Dijle!Start-655</td></tr>
</table><p>Groeten,<br>Pieter</p></body></html>""",
  rules=["password"], about=["P0015","P0027","P0052"], fmt=["alt","html-table"],
  note="Outlook HTML table of usernames and start passwords")

M("oskar-reply-wachtwoord", GRIET, [P("P0029")], "RE: Oskar kan niet inloggen",
  """Beste mevrouw Nowak

Ik heb het wachtwoord van Oskar opnieuw ingesteld. Het nieuwe wachtwoord is: Oskar-2B-Tienen8

Vraag hem om het meteen te wijzigen.

Met vriendelijke groeten
Griet Vandersmissen

Op 3 september 2025 om 19:42 schreef anna.nowak@gmail.com:
""" + quote("""Goede avond,
Oskar is nieuw in 2B en kan niet inloggen op Smartschool, hij is zijn wachtwoord vergeten.
Kan u helpen? Dank u.
Anna Nowak"""), rules=["password"], about=["P0029"], fmt=["plain","reply"], reply=True,
  note="reply to a parent with a new password")

M("fw-ict-lena", GRIET, [P("P0041")], "FW: Account Lena Stevens aangemaakt",
  """Beste ouders

Ter info het bericht van onze ICT-dienst.

Griet

---------- Doorgestuurd bericht ----------
Van: ICT Sint-Pieterscollege <ict@spc.ksleuven.be>
Datum: ma 25 aug. 2025 om 10:14
Onderwerp: Account Lena Stevens aangemaakt
Aan: leerlingensecretariaat@spc.ksleuven.be

Het account voor Lena Stevens (1C) werd aangemaakt.
Gebruikersnaam: lena.stevens
Initieel wachtwoord: Lena!Onthaal25
""", rules=["password"], about=["P0041"], fmt=["forward"],
  note="forwarded ICT mail with an initial password to a parent")

M("beheerdersaccount-schrappingen", GRIET, [TBO], "login beheerder voor de schrappingen",
  """Tine

Voor het schrappen van de vertrekkers in Smartschool moet je met het beheerdersaccount werken.
login: admin.lla
ww: Sch00lj@ar25!

Na 30 juni verander ik het terug.
Griet
""", rules=["password"], note="admin account password shared with a colleague")

M("bookwidgets-overdracht", EVI, [("Bart Indekeu", "bart.indekeu@sintpieterscollege.be")],
  "Overdracht oefenplatform wiskunde",
  """Dag Bart

Omdat ik volgend jaar naar onze school in Leuven ga, neem jij mijn klassen over. De oefeningen staan
in het gedeelde vakgroep-account van het oefenplatform:

account: wiskunde.spc@sintpieterscollege.be
wachtwoord: Pythagoras_3300

Succes ermee!
Evi
""", rules=["password"], note="platform password handed over to a successor")

M("cijferslot-kastje", SHE, [P("P0012","pupil")], "Kastje leegmaken",
  """Dag Mohamed

Je kastje nr. 214 moet voor 30 juni leeg zijn. Je zei dat je de code vergeten was; het cijferslot
staat ingesteld op 0-7-3-9. Laat het slot open hangen als je klaar bent.

Meneer Hermans
""", rules=["password"], about=["P0012"], note="padlock code of a locker")

M("kopieercode-ruth", GRIET, [RVE], "je kopieercode",
  """Ruth, je persoonlijke code voor de kopieermachine in het secretariaat is 66231. Met die code kan
je ook de beveiligde afdrukken (rapporten van de vertrekkers) vrijgeven.
Griet
""", rules=["password"], note="printer release code")

M("rapporten-jade-pdf", GRIET, [LEUVEN], "Rapporten Jade Van Hoof",
  """Geachte collega

In bijlage de rapporten van Jade Van Hoof (5A) van dit schooljaar, zoals gevraagd voor haar
inschrijving bij jullie. De pdf is beveiligd; het wachtwoord is R4pp0rt-Jade!

""" + sig("Griet Vandersmissen", "leerlingenadministratie"),
  att=[("rapporten_Jade_VanHoof_2024-2025.pdf", fake_pdf("rapporten Jade Van Hoof"), "application/pdf")],
  rules=["password"], about=["P0053"], fmt=["mixed","attachment-pdf"],
  note="report cards sent on, with the pdf password in the same mail")

M("zip-wachtwoord-aarschot", GRIET, [AARSCHOT], "Wachtwoord zip leerlingendossier Emre Demir",
  """Goedemiddag

Zoals afgesproken stuur ik het wachtwoord van de zip van gisteren in een aparte mail:

Dossier#Aarschot77

""" + sig("Griet Vandersmissen", "leerlingenadministratie"),
  rules=["password"], about=["P0052"], note="archive password sent separately but still by mail")

M("ww-in-onderwerp-nina", PGO, [P("P0021")], "ww Smartschool Nina: Nina2025!Tienen",
  """Zie onderwerp. Gebruikersnaam is nina.willems2. Groeten, Pieter Goris (ICT)
""", rules=["password"], about=["P0021"], note="password in the subject line")

M("accounts-txt", PGO, [GRIET], "accounts instromers augustus",
  """Griet, in bijlage het tekstbestand met de accounts. Kan je ze in de onthaalmap steken?
Pieter
""", att=[("accounts_instromers.txt",
  ("P0056 Yara Boukhari 2B  yara.boukhari   Welkom-2B-118\n"
   "P0054 Mathis Lambert 2A  mathis.lambert  Welkom-2A-442\n"
   "P0058 Aya Chakir 1C      aya.chakir      Welkom-1C-907\n").encode(), "text/plain")],
  rules=["password"], about=["P0056","P0054","P0058"], fmt=["mixed","attachment-txt"],
  note="passwords in a txt attachment")

M("reset-ilias", PGO, [P("P0019","pupil")], "Nieuw wachtwoord",
  """Ilias, je nieuw wachtwoord is Achter-Dijle-53. Verander het zo snel mogelijk.
Mr. Goris
""", rules=["password"], about=["P0019"], note="new password to a pupil")

M("prive-login-frans-platform", ("Hilde Rasschaert", "hilde.rasschaert@gmail.com"), [KGD],
  "login Frans platform voor de nieuwe",
  """Karen,

Voor de nieuwe leerlingen van 3B: het klasaccount van het Franse leesplatform is
3b.spc / Lecture2025
Kan jij het op het bord zetten? Ik zit thuis met een gebroken enkel, vandaar mijn gmail.

Hilde (Frans)
""", rules=["password","private_account"], env="hilde.rasschaert@gmail.com",
  note="teacher from private gmail sends a platform password to a colleague")

M("bram-coaccount-zorg", LDW, [P("P0040")], "Co-account en opvolging Bram",
  """Beste meneer Cools

Zoals besproken op het intakegesprek: Bram start in 3A met de faciliteiten uit zijn dyslexie-attest
(extra tijd, vergrote kopieën, voorleessoftware). Het CLB volgt hem verder op.

Om de afspraken in het zorgplan te kunnen volgen op Smartschool, hier uw co-account:
gebruiker: bram.cools, co-account 1
wachtwoord: Cools-Co1-7702
""" + sig("Leen De Wolf", "zorgcoördinator"),
  rules=["password","sensitive"], cats=["care"], about=["P0040"],
  note="co-account password plus dyslexia/CLB follow-up of one pupil")

M("tap-authenticator", PGO, [GRIET], "Tijdelijke toegangspas",
  """Griet, je gsm is vervangen dus je Authenticator moet opnieuw. Tijdelijke toegangspas:
7Hq-Mz2P-k9X  (8 uur geldig, eenmalig). Ga naar aka.ms/mysecurityinfo.
Pieter
""", rules=["password"], note="temporary access pass (one-time code)")

M("herstelcodes-2fa", PGO, [DIR], "Herstelcodes tweestapsverificatie",
  """Johan

Bewaar deze herstelcodes voor je Smartschool-beheerdersaccount ergens veilig (niet in je mailbox!):

  3841-2290   7719-0042
  5523-8810   6604-3127
  9182-4475   2038-6651

Pieter
""", rules=["password"], note="2FA backup/recovery codes")

M("wifi-leerlingennetwerk-yara", PGO, [P("P0056")], "Wifi op school voor Yara",
  """Beste ouders

Yara brengt haar eigen laptop mee. Zo kan ze op school online:
Netwerk: SPC-Leerling
Sleutel: Dijle#Wifi2025-lln

""" + sig("Pieter Goris", "ICT-coördinator"),
  rules=["password"], about=["P0056"], note="Wi-Fi key of the pupil network to a parent")

M("poortcode-sportzaal", KMA, [GRIET], "poort",
  """Griet, de nieuwe leerlingen van de sportdag moeten via de achterpoort. Code is 1357* 
Kan je dat aan de ouders van de instromers doorgeven?

Verstuurd vanaf mijn Galaxy
""", rules=["password"], fmt=["phone"], note="gate code sent from a phone")

M("fw-smartschool-mathis-html", GRIET, [P("P0054")], "Doorgestuurd: Uw Smartschool-account",
  None, html="""<html><body><p>Beste ouders van Mathis,</p><p>Hieronder de melding van Smartschool.</p>
<hr><div style="font-family:Arial;border:1px solid #ccc;padding:8px">
<b>Smartschool - Sint-Pieterscollege Tienen</b><br>Er werd een account aangemaakt voor <b>Mathis Lambert</b>.<br>
Gebruikersnaam: <span style="font-family:monospace">mathis.lambert</span><br>
Wachtwoord: <span style="font-family:monospace">Welkom-2A-442</span></div>
<p>Met vriendelijke groeten<br>Griet Vandersmissen<br>leerlingenadministratie</p></body></html>""",
  rules=["password"], about=["P0054"], fmt=["html-only","forward"], note="HTML forward carrying a password")

M("diddit-marie", GRIET, [P("P0036")], "Diddit-login Marie",
  """Beste ouders

Marie gaat volgend schooljaar naar een andere school, maar ze moet haar vakantietaak wiskunde nog
in Diddit maken. Haar gegevens:

gebruikersnaam: mclaes3c
wachtwoord: zomer-taak-19

""" + sig("Griet Vandersmissen", "leerlingenadministratie", phone=True),
  rules=["password","personal_data"], about=["P0036"],
  note="learning-platform password; school phone number in the signature")

# ---------------------------------------------------------------- B. look-alikes (15)
M("instellingsnummer-hasselt", GRIET, [HASSELT], "Uitschrijving Arthur Vermeulen - gegevens",
  """Geachte collega

Arthur Vermeulen (4B) schrijft zich uit bij ons met ingang van 1 september. Voor jullie Discimus-
registratie:

Vertrekkende school: Sint-Pieterscollege Tienen, instellingsnummer 031245
Administratieve groep: 4 ASO Latijn - structuuronderdeel 2/1/3
Stamboeknummer bij ons: 2021-0347

De rapporten volgen zodra het attest ondertekend is.
""" + sig("Griet Vandersmissen", "leerlingenadministratie"),
  about=["P0007"], note="institution number, structure code and register number are not secrets")

M("inschrijvingsreferentie-diest", GRIET, [DIEST], "Uw referentie INS-25-00871",
  """Goedemorgen

We bevestigen dat Kobe Van den Broeck bij ons is uitgeschreven. Uw inschrijvingsreferentie
INS-25-00871 staat in ons dossier. Hij was ingeschreven in klascode 4B en gaat bij u naar 5TW.

""" + sig("Griet Vandersmissen", "leerlingenadministratie"),
  about=["P0022"], note="enrolment reference and class codes open nothing")

M("saldo-vereffend-kobe", BOEK, [P("P0022")], "Schoolrekening Kobe - vereffend",
  """Beste ouders

Wij ontvingen uw betaling met mededeling +++451/2025/00871+++. Het saldo van de schoolrekening van
Kobe staat daarmee op nul; er is niets meer te betalen. Bedankt en veel succes in de nieuwe school.
""" + sig("Marleen Cuypers", "boekhouding"),
  about=["P0022"], note="payment reference; a settled bill is not a financial problem")

M("adres-nieuwe-school", GRIET, [P("P0007")], "Adres nieuwe school",
  """Beste mevrouw Vermeulen

Het adres waar de rapporten naartoe gestuurd werden: Sint-Jozefsinstituut, Kempische Steenweg 120,
3500 Hasselt. Ons postadres voor eventuele vragen blijft Grote Markt 21, 3300 Tienen.
""" + short_sig("Griet"), about=["P0007"], note="postcodes and street numbers are look-alikes")

M("wachtwoord-verloopt", PGO, [GRIET], "Je wachtwoord verloopt binnen 5 dagen",
  """Griet, je kreeg waarschijnlijk de melding dat je wachtwoord verloopt. Wijzig het zelf via het
portaal (Ctrl-Alt-Del > Wachtwoord wijzigen) voor vrijdag, anders kan je niet meer in Discimus.
Stuur het me zeker niet door, ik heb het niet nodig.
Pieter
""", note="about a password expiring, no password in it")

M("wachtwoord-vergeten-elif", GRIET, [P("P0011","p2")], "RE: Elif kan niet aanmelden",
  """Beste meneer Yilmaz

Op de aanmeldpagina van Smartschool klikt u op 'Wachtwoord vergeten?'. Elif krijgt dan een link
op haar schooladres. Lukt dat niet, dan kan ze morgen bij de ICT-helpdesk (lokaal B.012) langsgaan.
Wij versturen nooit wachtwoorden per mail.
""" + sig("Griet Vandersmissen", "leerlingenadministratie"),
  about=["P0011"], fmt=["plain","reply"], reply=True, note="how to reset, no secret")

M("teams-overdracht-leuven", TBO, [LEUVEN], "Overleg overdracht - Teams",
  """Beste collega

Hierbij de uitnodiging voor het overdrachtsoverleg van donderdag 26 juni om 14 uur.

________________________________________________________________________________
Microsoft Teams-vergadering
Deelnemen op uw computer, mobiele app of ruimteapparaat
Klik hier om deel te nemen aan de vergadering
Vergadering-ID: 364 812 077 915
Wachtwoord: Xk7bQ2
________________________________________________________________________________

Tine Bosmans
graadcoördinator tweede graad
""", fmt=["plain","meeting-invite"], note="meeting passcode inside an invitation is allowed")

M("laptop-lokaal-mats", GRIET, [P("P0044","pupil")], "Laptop en kastje",
  """Mats, breng je laptop (serienummer 5CG2139KQ7) binnen in lokaal B.012 en maak kastje 114 leeg.
Je badge nummer 08812 geef je af aan het onthaal. Dank je.
Griet (secretariaat)
""", about=["P0044"], note="serial, room, locker and badge numbers open nothing")

M("rma-laptops-edulease", PGO, ["service@edulease.be"], "RMA-77812 - teruggenomen toestellen",
  """Goedemiddag

Voor RMA-77812: we sturen drie toestellen terug van leerlingen die de school verlaten hebben.
Serienummers 5CD1183JX2, 5CD1183JX9 en 5CD1190AB4. Ze zijn gereset naar fabrieksinstellingen.
Ophaling mag via uw koerier, onze bestelbon is BB-2025-0319.

Pieter Goris
ICT Sint-Pieterscollege Tienen
""", note="RMA, serial and order numbers")

M("oliver-helpdesk", PGO, [P("P0015","pupil")], "Your school account",
  """Hi Oliver,

Welcome to Sint-Pieterscollege! We never send passwords by e-mail. On your first day, go to the ICT
helpdesk (room B.012) with your student card and we will set up your password with you.

Mr Goris (ICT)
""", about=["P0015"], lang="en", note="tells to ask the helpdesk; no password")

M("vakcodes-lina", EVI, [P("P0027","pupil")], "Your maths courses",
  """Hi Lina,

In Smartschool you will find maths under the course code WISK-3A-05 (4 hours) and the extra support
hour under WISK-3A-REM. Your class code is 3A, homeroom C.214.

Ms Lambrechts
""", about=["P0027"], lang="en", note="course codes and room numbers")

M("stamnummer-louise-landen", GRIET, [LANDEN], "Inschrijving Louise Goossens",
  """Geachte

Voor de inschrijving van Louise Goossens: zij volgde bij ons 5 LAWI (code studierichting 4021),
stamnummer 2020/0133. Het oriënteringsattest A volgt na de deliberatie.

""" + sig("Griet Vandersmissen", "leerlingenadministratie"),
  about=["P0013"], note="administrative numbers, not secrets; nothing sensitive")

M("kopieerkaart-niet-per-mail", GRIET, [RVE], "kopieerkaart",
  """Ruth, je kopieerkaart ligt klaar. De code krijg je persoonlijk van Pieter, die sturen we nooit per
mail. Griet
""", note="mentions a code without giving it")

M("ticket-account-benali", PGO, [GRIET], "Ticket #48213 afgesloten",
  """Griet

Ticket #48213: het account van Mohamed Benali (4C) wordt gedeactiveerd op 31/08, de laptop
(inventaris LT-0457) is binnen. Niets meer te doen.

Pieter
""", about=["P0012"], note="ticket and inventory numbers")

M("creditnota-laptop-jade", BOEK, [P("P0053")], "Factuur 2025/0614 en creditnota",
  """Beste ouders

Omdat Jade de school verlaat, wordt de laptophuur van september tot juni niet aangerekend.
Factuur 2025/0614 wordt gecrediteerd met creditnota CN-2025-044. U hoeft niets te doen.
""" + sig("Marleen Cuypers", "boekhouding"),
  about=["P0053"], note="invoice and credit-note numbers; nothing unpaid")

# ---------------------------------------------------------------- C. sensitive (40; 7 misdirected)
M("arthur-scheiding-hasselt", GRIET, [HASSELT], "Arthur Vermeulen - info voor het dossier",
  """Geachte collega

Nog een aanvulling bij de uitschrijving van Arthur: hij verhuist met zijn moeder naar Hasselt na de
scheiding van zijn ouders. Volgens het vonnis van de familierechtbank heeft moeder het hoofdverblijf.
Vader blijft wel recht hebben op schoolinformatie; gelieve hem dus ook op te nemen als contact.
""" + sig("Griet Vandersmissen", "leerlingenadministratie"),
  rules=["sensitive"], cats=["family"], about=["P0007"], note="divorce and custody of a named pupil to new school")

M("kobe-pesten-diest", SHE, [DIEST], "Overdracht Kobe Van den Broeck",
  """Beste zorgcoördinator

Kobe Van den Broeck komt bij jullie in 5TW. Voor een goede start wil ik meegeven dat zijn vertrek bij
ons te maken heeft met cyberpesten door een groep klasgenoten in 4B. Er liep een herstelgesprek;
Kobe heeft nog steeds last van slaapproblemen en wil er liefst niet over praten met leerkrachten.
""" + sig("Sander Hermans", "leerlingenbegeleider"),
  rules=["sensitive"], cats=["psychosocial"], about=["P0022"], note="bullying victim, to the new school")

M("louise-epilepsie-landen", GRIET, [LANDEN], "Louise Goossens - medicatie",
  """Geachte

Louise Goossens heeft epilepsie en neemt 's middags Depakine. Bij ons lag een noodprotocol en
Buccolam in het secretariaat. Kunnen jullie dit voor 1 september regelen? Het protocol van de
neuroloog zit in bijlage.
""" + sig("Griet Vandersmissen", "leerlingenadministratie"),
  att=[("noodprotocol_Louise.pdf", fake_pdf("noodprotocol epilepsie"), "application/pdf")],
  rules=["sensitive"], cats=["medical"], about=["P0013"], fmt=["mixed","attachment-pdf"],
  note="diagnosis and medication of a named pupil")

M("oliver-dyslexie-clb", LDW, [CLB], "Instroom Oliver Smith 3A",
  """Dag An

Oliver Smith komt van een internationale school in Brussel naar 3A. Hij heeft een Engelstalig
verslag van dyslexie en dysorthografie. Kunnen jullie het CLB-dossier opstarten en bekijken welke
redelijke aanpassingen we voor Nederlands en Frans voorzien? Ik plan een MDO in week 2.

Leen
""", rules=["sensitive"], cats=["care"], about=["P0015"], note="learning disorder, CLB follow-up")

M("benali-openstaand-saldo", BOEK, [P("P0012")], "Openstaand saldo schoolrekening Mohamed",
  f"""Beste meneer Benali

Voor Mohamed staat er nog een openstaand saldo van € 312,40 (rekeningen maart en juni). Omdat hij de
school verlaat, vragen we dit voor 31 augustus te regelen. Een afbetalingsplan in drie maandelijkse
schijven is mogelijk; laat het ons weten.

Rekeningnummer school: {be_iban('7350123456')}, mededeling 'Benali 4C'.
""" + sig("Marleen Cuypers", "boekhouding"),
  rules=["sensitive","personal_data"], cats=["financial"], about=["P0012"],
  note="unpaid bill and payment plan; school IBAN")

M("overzicht-vertrekkers-html", GRIET, [DIR], "Overzicht vertrekkende leerlingen juni",
  "Johan, zie het overzicht in html. Griet",
  html="""<html><body><p>Johan,</p><p>Overzicht van de vertrekkers tot nu toe:</p>
<table border="1" cellpadding="3" style="border-collapse:collapse;font-family:Calibri">
<tr><th>Leerling</th><th>Klas</th><th>Nieuwe school</th><th>Reden</th><th>Schoolrekening</th></tr>
<tr><td>Arthur Vermeulen</td><td>4B</td><td>Sint-Jozef Hasselt</td><td>verhuis na scheiding ouders</td><td>vereffend</td></tr>
<tr><td>Kobe Van den Broeck</td><td>4B</td><td>TI Diest</td><td>gepest in klas, wil weg</td><td>vereffend</td></tr>
<tr><td>Mohamed Benali</td><td>4C</td><td>nog onbekend</td><td>C-attest</td><td>&euro; 312,40 open</td></tr>
<tr><td>Jade Van Hoof</td><td>5A</td><td>Sint-Lodewijk Leuven</td><td>ASS, zoekt kleinere school</td><td>vereffend</td></tr>
<tr><td>Emre Demir</td><td>4B</td><td>Atheneum Aarschot</td><td>studierichting</td><td>vereffend</td></tr>
</table><p>Griet</p></body></html>""",
  rules=["sensitive"], cats=["family","psychosocial","financial","care"],
  about=["P0007","P0022","P0012","P0053","P0052"], fmt=["alt","html-table"],
  note="overview table with reasons for leaving and an open balance")

M("beroep-klassenraad-benali", DIR, [P("P0012")], "Uw beroep tegen de beslissing van de klassenraad",
  """Geachte heer Benali

Wij ontvingen op 2 juli uw beroep tegen het C-attest van Mohamed. De beroepscommissie heeft het
dossier onderzocht. Zij stelt vast dat de klassenraad rekening heeft gehouden met zijn ADHD en de
redelijke aanpassingen uit het handelingsplan (extra tijd, examens in een aparte ruimte), en dat die
consequent werden toegepast. Het beroep wordt daarom afgewezen. De beslissing blijft behouden.

Hoogachtend
Johan Stas
Directeur
""", rules=["sensitive"], cats=["care"], about=["P0012"],
  note="appeal decision mentioning ADHD and adjustments of one pupil")

M("lucas-akkoord-moeder", DIR, [P("P0010","p1")], "Schoolverandering Lucas",
  """Beste mevrouw De Witte

U vroeg om Lucas uit te schrijven en in te schrijven in Landen. Omdat u en de vader van Lucas samen
het ouderlijk gezag uitoefenen en meneer Maes ons liet weten dat hij niet akkoord gaat, kunnen wij de
uitschrijving niet doorvoeren zonder akkoord van beide ouders of een beslissing van de rechter.
""" + sig("Johan Stas", "directeur"),
  rules=["sensitive"], cats=["family"], about=["P0010"], note="parents disagree about the school change")

M("lucas-akkoord-vader", DIR, [P("P0010","p2")], "RE: Lucas blijft ingeschreven?",
  """Beste meneer Maes

Zolang er geen akkoord is tussen u en de moeder van Lucas, blijft hij bij ons ingeschreven. Ik
begrijp dat de bemiddeling bij de familierechtbank op 12 september is; tot dan verandert er niets.
""" + sig("Johan Stas", "directeur"),
  rules=["sensitive"], cats=["family"], about=["P0010"], fmt=["plain","reply"], reply=True,
  note="custody dispute, separate mail to the father")

M("jade-zorgplan-reply", LDW, [LEUVEN], "RE: vraag naar zorgdossier Jade Van Hoof",
  """Beste collega

Ja, Jade heeft een diagnose ASS (autismespectrumstoornis). Haar zorgplan met de afspraken (vaste
plaats, prikkelarme ruimte bij examens, aankondiging van wijzigingen) zit in bijlage. Het CLB-dossier
wordt door het CLB zelf overgedragen.

Leen De Wolf
zorgcoördinator

Van: Administratie Sint-Lodewijk <administratie@sintlodewijk-leuven.be>
Verzonden: dinsdag 24 juni 2025 11:02
Onderwerp: vraag naar zorgdossier Jade Van Hoof
""" + quote("Heeft Jade een zorgplan of attest waar we rekening mee moeten houden?"),
  att=[("zorgplan_Jade_VanHoof.docx", fake_ooxml("zorgplan jade"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")],
  rules=["sensitive"], cats=["care"], about=["P0053"], fmt=["mixed","reply","attachment-docx"],
  note="answer to the new school's question: ASS and care plan")

M("finn-knieoperatie", SHE, [P("P0016")], "Examens Finn na de operatie",
  """Beste mevrouw Mertens

Ik hoop dat de knieoperatie van Finn goed verlopen is. Omdat hij nog zes weken krukken heeft en naar
de kine moet, mag hij de examens van juni uitstellen naar eind augustus. Dat staat ook zo op het
verslag voor zijn nieuwe school.
""" + sig("Sander Hermans", "leerlingenbegeleider"),
  rules=["sensitive"], cats=["medical"], about=["P0016"], note="surgery and physiotherapy of one pupil")

M("lucas-clb-angst", LDW, [CLB], "Lucas Maes 3C",
  """An

Lucas Maes (3C) zit er helemaal door. De ouders zijn in een vechtscheiding over de schoolkeuze, en
hij heeft sinds mei paniekaanvallen in de les. Kan het CLB hem zien voor de vakantie?

Leen
""", rules=["sensitive"], cats=["family","psychosocial"], about=["P0010"], note="family conflict and anxiety")

M("amira-ocmw", BOEK, ["sociale.dienst@ocmw-tienen.be"], "Schoolrekening Amira Haddad",
  """Geachte maatschappelijk werker

Zoals afgesproken sturen we de openstaande schoolrekening van Amira Haddad (2C), € 186,00, naar het
OCMW. Mevrouw Haddad gaf aan dat het OCMW de kosten ten laste neemt nu ze naar een andere school gaat.
""" + sig("Marleen Cuypers", "boekhouding"),
  rules=["sensitive"], cats=["financial"], about=["P0023"], note="OCMW takes on the school bill")

M("oskar-afbetalingsplan", BOEK, [P("P0029")], "Afbetalingsplan",
  """Beste mevrouw Nowak

Zoals gevraagd kan de schoolrekening van Oskar (€ 245,00) in drie schijven betaald worden:
15 oktober, 15 november en 15 december. Laat ons weten als u een aanvraag voor schooltoeslag wil
doen, we helpen graag.
""" + sig("Marleen Cuypers", "boekhouding"),
  rules=["sensitive"], cats=["financial"], about=["P0029"], note="payment plan for one pupil")

M("elif-notenallergie", GRIET, [KGD], "Elif 1B - allergie",
  """Karen, belangrijk voor je nieuwe leerlinge Elif Yilmaz: ernstige notenallergie (anafylaxie).
Er ligt een EpiPen in het secretariaat, een tweede in haar boekentas. Kan je het aan de collega's
zeggen die met haar op uitstap gaan?
Griet
""", rules=["sensitive"], cats=["medical"], about=["P0011"], note="allergy of a named pupil to a colleague")

M("kobe-dyscalculie-diest", EVI, [DIEST], "Wiskunde Kobe Van den Broeck",
  """Geachte collega wiskunde

Kobe had bij ons faciliteiten op basis van een attest dyscalculie: rekenmachine bij alle toetsen,
formularium en 1/3 extra tijd. Met die aanpassingen haalde hij 62%. Veel succes met hem!

Evi Lambrechts, leerkracht wiskunde
""", rules=["sensitive"], cats=["care"], about=["P0022"], note="dyscalculia and adjustments")

M("ella-overlijden-vader", KGD, [P("P0045")], "Ella",
  """Beste mevrouw Segers

Nogmaals mijn oprechte deelneming met het overlijden van uw man. Ik begrijp dat Ella na de zomer bij
haar grootouders in Landen gaat wonen en daar naar school gaat. Als ik iets kan doorgeven aan haar
nieuwe klastitularis, laat het me weten.

Karen Geudens
klastitularis 3B
""", rules=["sensitive"], cats=["family"], about=["P0045"], note="death of a parent")

M("wout-pleeggezin", SHE, [("Lies Moens", "lies.moens@jeugdhulp-hageland.be")], "Wout Vandamme - schoolwissel",
  """Beste mevrouw Moens

Wout Vandamme (6A) wordt vanaf september in het pleeggezin in Zoutleeuw geplaatst. Hij mag het jaar
bij ons afmaken als het vervoer lukt; anders zoeken we samen een school in de buurt. Wie tekent de
inschrijving: de pleegouders of de voogd?
""" + sig("Sander Hermans", "leerlingenbegeleider"),
  rules=["sensitive"], cats=["family"], about=["P0028"], note="foster placement")

M("adam-uitsluiting-politie", DIR, [P("P0034")], "Definitieve uitsluiting Adam",
  """Geachte mevrouw Bakkali

Na het tuchtdossier en het gesprek van 3 juni beslis ik Adam definitief uit te sluiten na de
vechtpartij op de speelplaats van 27 mei, waarbij de politie werd opgeroepen en een medeleerling
gewond raakte. Adam blijft ingeschreven tot hij in een andere school is ingeschreven, maximaal een
maand. U kan beroep aantekenen zoals beschreven in bijlage.
""" + sig("Johan Stas", "directeur"),
  att=[("beroepsprocedure_tucht.pdf", fake_pdf("beroepsprocedure"), "application/pdf")],
  rules=["sensitive"], cats=["psychosocial"], about=["P0034"], fmt=["mixed","attachment-pdf"],
  note="disciplinary exclusion and police")

M("sara-zelfverwonding", LDW, [CLB], "Sara Hendrickx - dringend",
  """An

Sara Hendrickx (6B) vertelde vandaag aan haar titularis dat ze zichzelf snijdt en dat ze per se van
school wil veranderen. Ouders zijn verwittigd. Kan jij haar morgen zien?

Leen
""", rules=["sensitive"], cats=["psychosocial"], about=["P0018"], note="self-harm")

M("julie-zwanger-cdo", LDW, [("Onthaal CDO", "onthaal@cdo-leuven-centrum.be")], "Aanmelding Julie Thys",
  """Beste

Julie Thys (5B) is zwanger (uitgerekend in november) en wil overstappen naar het deeltijds onderwijs.
Kunnen jullie een intake plannen? Het CLB is op de hoogte.

""" + sig("Leen De Wolf", "zorgcoördinator"),
  rules=["sensitive"], cats=["medical"], about=["P0039"], note="pregnancy of a named pupil")

M("instroom-zorg-csv", LDW, [CLB], "Lijst instromers met zorgvragen",
  """An, in bijlage de instromers waarvoor we een MDO willen. Leen""",
  att=[("instroom_zorg_2025.csv", csv_bytes([
      ["Leerling","Klas","Vorige school","Zorgvraag"],
      ["Oliver Smith","3A","BIA Brussels","dyslexie, attest in het Engels"],
      ["Victor Dubois","2B","AR Jodoigne","dysorthografie, PIA"],
      ["Elif Yilmaz","1B","GO! Tienen","notenallergie, EpiPen"],
      ["Mathis Lambert","2A","Sint-Jan Landen","ADHD, medicatie middag"]]), "text/csv")],
  rules=["sensitive"], cats=["care","medical"], about=["P0015","P0014","P0011","P0054"],
  fmt=["mixed","attachment-csv"], note="care and medical facts in a csv list")

M("oliver-learning-plan-bia", GRIET, [BIA], "Oliver Smith - learning support file",
  """Dear colleagues,

Oliver Smith joined our school this September. His mother told us that he had an individual learning
plan at BIA and an ADHD assessment by your school psychologist. Could you send us the learning
support plan and the assessment report, so our care coordinator can continue the support?

Kind regards,
Griet Vandersmissen
Pupil administration, Sint-Pieterscollege Tienen
""", rules=["sensitive"], cats=["care"], about=["P0015"], lang="en",
  note="English request for the ADHD assessment and learning plan")

M("victor-pia-jodoigne", GRIET, [JODOIGNE], "Dossier de Victor Dubois",
  """Madame, Monsieur,

Victor Dubois est inscrit chez nous en 2B. Sa maman nous signale qu'il bénéficiait d'un PIA (plan
individuel d'apprentissage) pour sa dysorthographie. Pourriez-vous nous transmettre ce PIA et le
dernier bulletin ?

Bien à vous,
Griet Vandersmissen
Sint-Pieterscollege Tienen
""", rules=["sensitive"], cats=["care"], about=["P0014"], lang="fr", note="French: learning disorder and PIA")

M("mdo-mila-cp1252", LDW, [TBO], "Verslag MDO 16/06 - Mila Jacobs",
  """Verslag multidisciplinair overleg – 16 juni 2025
Aanwezig: L. De Wolf, T. Bosmans, CLB (A. Verhaegen)

Leerling: Mila Jacobs – 5C
• Depressieve klachten sinds januari, opgenomen in de kinderpsychiatrie van 3 tot 28 maart.
• Neemt sertraline; huisarts volgt op.
• Ouders overwegen een overstap naar een kleinere school (Landen of Leuven).
Afspraken: Mila krijgt een aangepast examenrooster; CLB contacteert de nieuwe school na akkoord.

Leen
""", rules=["sensitive"], cats=["psychosocial","medical"], about=["P0004"], charset="windows-1252",
  cte="quoted-printable", fmt=["plain-cp1252","word-paste"], note="Word-pasted MDO notes, depression and hospitalisation")

M("ilias-pestgedrag-qp", SHE, [P("P0019")], "Ordemaatregel Ilias",
  """Beste mevrouw Achahbar

Zoals telefonisch besproken: Ilias heeft samen met twee medeleerlingen een klasgenoot maandenlang
uitgescholden en bedreigd via Snapchat. Als ordemaatregel wordt hij vanaf maandag overgeplaatst
naar 3C. Als u beslist dat hij van school verandert, help ik graag bij de overdracht.
""" + sig("Sander Hermans", "leerlingenbegeleider"),
  rules=["sensitive"], cats=["psychosocial"], about=["P0019"], cte="quoted-printable", fmt=["plain-qp"],
  note="pupil as bullying perpetrator, order measure")

M("kiano-schooltoeslag-b64", BOEK, [P("P0046")], "Schoolrekening Kiano",
  """Beste meneer Mbala

De schooltoeslag voor Kiano is nog niet bij ons binnen; het openstaande bedrag is € 420,00. Omdat
Kiano naar een andere school gaat, zouden we dit graag voor de zomer afsluiten. Kan u ons laten
weten of de toeslag is aangevraagd?
""" + sig("Marleen Cuypers", "boekhouding"),
  rules=["sensitive"], cats=["financial"], about=["P0046"], cte="base64", fmt=["plain-base64"],
  note="school allowance and open balance")

M("mats-vader-gevangenis", SHE, [LDW], "Mats Wuyts",
  """Leen, even ter info voor het overdrachtsgesprek: de vader van Mats Wuyts zit sinds april in de
gevangenis in Leuven-Centraal. Moeder wil dat niet in het dossier voor de nieuwe school. Hoe pakken we
dat aan?
Sander
""", rules=["sensitive"], cats=["family"], about=["P0044"], note="parent in prison")

M("tuur-geweld-thuis", LDW, [CLB], "Zorg Tuur Declercq",
  """An

Vermoeden van geweld thuis bij Tuur Declercq (2B): blauwe plekken op zijn arm, hij zegt dat hij niet
naar huis wil. Moeder wil hem nu plots uitschrijven. Ik heb het Vertrouwenscentrum Kindermishandeling
gebeld; kunnen we morgen overleggen?

Leen
""", rules=["sensitive"], cats=["family"], about=["P0047"], note="suspected violence at home")

M("fw-moeder-nore", GRIET, [TBO], "FW: Nore",
  """Tine, dit is voor jou denk ik.

---------- Doorgestuurd bericht ----------
Van: An Celis <celis.an@icloud.com>
Datum: wo 11 jun. 2025 om 21:33
Onderwerp: Nore
Aan: leerlingensecretariaat@spc.ksleuven.be

Goedenavond
Nore heeft sinds de paasvakantie paniekaanvallen en durft niet meer naar school. De psycholoog raadt
een andere school aan. Kan iemand ons bellen over de procedure?
An
""", rules=["sensitive"], cats=["psychosocial"], about=["P0048"], fmt=["forward"],
  note="forwarded parent mail about panic attacks")

M("amber-diabetes-reply", KGD, [P("P0055")], "RE: Amber - info voor de nieuwe school",
  """Beste ouders

Dank u voor de info. Ik geef door aan de nieuwe school dat Amber diabetes type 1 heeft, een
insulinepomp draagt en op uitstap haar sensor moet kunnen checken.

Karen Geudens

Op 20 juni 2025 om 08:15 schreef wijns.ouders@gmail.com:
""" + quote("Mogen we vragen dat u de info over haar diabetes doorgeeft aan de nieuwe school?"),
  rules=["sensitive"], cats=["medical"], about=["P0055"], fmt=["plain","reply"], reply=True,
  note="diabetes of one pupil")

M("instromers-medisch-tabel", GRIET, [TBO], "Medische fiches instromers",
  "Tine, zie tabel. Griet",
  html="""<html><body><p>Tine,</p><p>De medische fiches van de instromers tweede graad:</p>
<table border="1"><tr><th>Naam</th><th>Klas</th><th>Medisch</th></tr>
<tr><td>Lina Dimitrova</td><td>3A</td><td>astma, puffer in boekentas</td></tr>
<tr><td>Emre Demir</td><td>4B</td><td>-</td></tr>
<tr><td>Oliver Smith</td><td>3A</td><td>Rilatine 10 mg 's middags</td></tr></table>
<p>Griet</p></body></html>""",
  rules=["sensitive"], cats=["medical"], about=["P0027","P0015"], fmt=["alt","html-table"],
  note="medical facts in an HTML table")

# misdirected sensitive
M("mis-lotte-dyslexie", GRIET, [P("P0051")], "Verslag voor de nieuwe school van Lotte",
  """Beste ouders van Lotte

Zoals gevraagd stuur ik het verslag voor de nieuwe school van Lotte Peeters (3B) mee. Het attest
dyslexie en het overzicht van haar STICORDI-maatregelen zitten in bijlage. Het CLB draagt het
dossier over.
""" + sig("Griet Vandersmissen", "leerlingenadministratie"),
  att=[("verslag_Lotte_Peeters_3B.pdf", fake_pdf("verslag Lotte"), "application/pdf")],
  rules=["sensitive","recipient"], cats=["care"], about=["P0001"], mis=True, fmt=["mixed","attachment-pdf"],
  note="about Lotte Peeters 3B, sent to the parents of the other Lotte Peeters (1A)")

M("mis-seppe-vos", SHE, ["katrien.vos@telenet.be"], "Gesprek over Seppe",
  """Beste mevrouw Vos

Dank voor het gesprek over Seppe. Zoals afgesproken blijft hij na de uitsluiting van de uitstap
onder begeleiding van de leerlingbegeleiding tot hij van school verandert. De herstelgesprekken met
de klas zijn gepland op dinsdag.
""" + sig("Sander Hermans", "leerlingenbegeleider"),
  rules=["sensitive","recipient"], cats=["psychosocial"], about=["P0032"], mis=True,
  note="about Seppe Vos; sent to katrien.vos@telenet.be, mother of Hanne and Robbe Lemmens, not vos.katrien@gmail.com")

M("mis-yasmine-saldo", BOEK, [P("P0006")], "Openstaande rekening Yasmine",
  """Beste mevrouw El Amrani

Voor Yasmine (3A) staat nog € 156,00 open. Omdat ze na de zomer naar een andere school gaat, stel ik
een afbetalingsplan in twee keer voor. Laat u weten of dat past?
""" + sig("Marleen Cuypers", "boekhouding"),
  rules=["sensitive","recipient"], cats=["financial"], about=["P0005"], mis=True,
  note="autocomplete picked k.elamrani1@ (Yassin's parent) instead of k.elamrani@")

M("mis-noah-verblijf", GRIET, ["dirk.jacobs@outlook.com"], "Overstap Noah",
  """Beste meneer

Voor de overstap van Noah Claes (2A) naar Landen hebben we de verblijfsregeling nodig die de
familierechtbank na de scheiding heeft vastgelegd. Bij week-om-week-verblijf moeten beide ouders het
inschrijvingsformulier ondertekenen.
""" + sig("Griet Vandersmissen", "leerlingenadministratie"),
  rules=["sensitive","recipient"], cats=["family"], about=["P0003"], mis=True,
  note="sibling mix-up: sent to the father of half-sister Mila Jacobs, not to Noah's parents")

M("mis-nina-astma", GRIET, [P("P0021")], "Medicatie Nina",
  """Beste meneer Willems

Nina (5B) heeft haar astmapuffer en de medicatiefiche nog in het secretariaat liggen. Omdat ze na
dit schooljaar vertrekt, kan ze die afhalen op de laatste schooldag.
""" + short_sig("Griet Vandersmissen"),
  rules=["sensitive","recipient"], cats=["medical"], about=["P0020"], mis=True,
  note="about Nina Willems 5B, sent to the father of Nina Willems 2A")

M("mis-liam-ass", LDW, [P("P0038")], "Aanmelding nieuwe school Liam",
  """Beste mevrouw

Voor Liam De Smet (2A) heb ik het gemotiveerd verslag (ASS) klaargezet zodat de nieuwe school het
ondersteuningsnetwerk kan inschakelen. U ontvangt het via het CLB.
""" + sig("Leen De Wolf", "zorgcoördinator"),
  rules=["sensitive","recipient"], cats=["care"], about=["P0037"], mis=True,
  note="about Liam De Smet, sent to the parent of Liam De Smedt")

M("mis-finn-wrong-thread", SHE, [P("P0017")], "RE: Boeken 1A",
  """Beste

Nog een kort bericht over Finn Mertens (4A): na zijn knieoperatie mag hij in september de
inhaalexamens doen in een lokaal op het gelijkvloers. Het doktersattest heb ik ontvangen.

Sander Hermans

Op 18 juni 2025 om 17:03 schreef g.martens@outlook.com:
""" + quote("Welke boeken moet Finn nog kopen voor 1A?"),
  rules=["sensitive","recipient"], cats=["medical"], about=["P0016"], mis=True, fmt=["plain","reply"],
  reply=True, note="reply in the wrong thread: about Finn Mertens, sent to Finn Martens' parent")

M("zoe-scheiding-rekening", BOEK, [P("P0026")], "Schoolrekening Zoë - splitsing",
  """Beste mevrouw Verstraeten

Sinds de scheiding wordt de schoolrekening van Zoë op uw vraag gesplitst. Het deel van de vader
(€ 210,00) is na drie herinneringen nog niet betaald. Omdat Zoë vertrekt, moeten we het dossier
afsluiten; we sturen het deel van de vader naar het incassobureau tenzij er een afbetalingsplan komt.
""" + sig("Marleen Cuypers", "boekhouding"),
  rules=["sensitive"], cats=["family","financial"], about=["P0026"], note="divorce and unpaid part of the bill")

# ---------------------------------------------------------------- D. personal, not sensitive (20; 5 misdirected)
M("afspraak-verplaatst-elif", GRIET, [P("P0011","p2")], "Afspraak inschrijving verplaatst",
  """Beste meneer Yilmaz

Onze afspraak voor de inschrijving van Elif wordt verplaatst naar donderdag 13 februari om 10 uur,
omdat de directeur dinsdag op vergadering moet. Breng zeker het laatste rapport van haar vorige
school mee.
""" + sig("Griet Vandersmissen", "leerlingenadministratie"),
  about=["P0011"], note="moved appointment, nothing sensitive")

M("lina-maths-book", EVI, [P("P0027")], "Maths book for Lina",
  """Dear Mrs Dimitrova,

Lina will need the book 'Pienter 3 - Analyse' (ISBN on the book list). The second-hand copies at the
school shop are fine. If she has questions about the summer revision, she can mail me.

Kind regards,
Evi Lambrechts, maths teacher
""", about=["P0027"], lang="en", note="question about a book")

M("victor-progres", HRA, [P("P0014")], "Les progrès de Victor",
  """Madame Dubois,

Je voulais simplement vous dire que Victor fait de beaux progrès en néerlandais depuis son arrivée.
Il ose maintenant parler en classe et il a obtenu 14/20 au dernier test. Bravo à lui !

Hilde Rasschaert
""", about=["P0014"], lang="fr", note="praise, French")

M("jas-gevonden-mats", GRIET, [P("P0044")], "Jas van Mats",
  """Beste ouders

Na de laatste schooldag vonden we een blauwe winterjas met de naam van Mats in de turnzaal. Hij kan
hem afhalen aan het onthaal tot 4 juli.
""" + short_sig("Griet (secretariaat)"), about=["P0044"], note="lost jacket")

M("rapport-doorgestuurd-louise", GRIET, [P("P0013")], "Rapport doorgestuurd naar Landen",
  """Beste ouders

Het eindrapport van Louise werd vandaag doorgestuurd naar de school in Landen. In bijlage vindt u het
attest van uitschrijving voor uw eigen administratie.
""" + sig("Griet Vandersmissen", "leerlingenadministratie"),
  att=[("attest_uitschrijving_Goossens.pdf", fake_pdf("attest uitschrijving"), "application/pdf")],
  about=["P0013"], fmt=["mixed","attachment-pdf"], note="report sent on, plain admin")

M("laptop-inleveren-arthur", PGO, [P("P0007")], "Laptop Arthur inleveren",
  """Beste mevrouw Vermeulen

Arthur kan zijn laptop inleveren op vrijdag 27 juni tussen 9 en 12 uur in lokaal B.012. Lader en
hoes graag meebrengen. Hij krijgt een ontvangstbewijs.

Pieter Goris, ICT
""", about=["P0007"], note="laptop return appointment")

M("uitschrijving-ok-jade", GRIET, [P("P0053")], "Uitschrijving Jade in orde",
  """Beste ouders

De uitschrijving van Jade is verwerkt in de onderwijsdatabank met datum 31 augustus. De school in
Leuven heeft alles ontvangen. Veel succes aan Jade!
""" + sig("Griet Vandersmissen", "leerlingenadministratie"),
  about=["P0053"], note="deregistration confirmed")

M("welkom-yara", TBO, [P("P0056")], "Welkom Yara",
  """Beste ouders

Welkom op het Sint-Pieterscollege! Yara start op 1 september in 2B. Haar klastitularis is mevrouw
Geudens. De eerste dag eindigt om 12.10 uur.

Tine Bosmans
graadcoördinator
""", about=["P0056"], note="welcome of an incoming pupil")

M("turnkledij-lena", KMA, [P("P0041")], "Turnkledij Lena",
  """Beste ouders

Lena is nieuw in 1C. Voor LO heeft ze de blauwe schoolturn-T-shirt nodig (verkrijgbaar in de
schoolwinkel, € 12) en binnensportschoenen met witte zool.

Koen Mathys, LO
""", about=["P0041"], note="practical info about sports clothes")

M("boekenlijst-ines", GRIET, [P("P0050")], "Boekenlijst 1B",
  """Beste ouders

Omdat Ines pas in oktober instroomt, kan u de boeken van 1B rechtstreeks bij de schoolwinkel
bestellen. De lijst staat in bijlage.
""" + short_sig("Griet Vandersmissen"),
  att=[("boekenlijst_1B.pdf", fake_pdf("boekenlijst 1B"), "application/pdf")],
  about=["P0050"], fmt=["mixed","attachment-pdf"], note="book list")

M("oskar-vooruitgang", EVI, [P("P0029")], "Oskar doet het goed",
  """Beste mevrouw Nowak

Een kort positief bericht: Oskar is sinds zijn instroom enorm vooruitgegaan in wiskunde. Op de
toets over breuken had hij 17/20. Proficiat!

Evi Lambrechts
""", about=["P0029"], note="praise for progress")

M("jonas-afscheid", KGD, [P("P0024")], "Afscheid Jonas",
  """Beste ouders

Jonas vertelde vandaag dat hij volgend jaar in Diest de richting Elektromechanica gaat volgen. We
zullen hem missen in de klas. Hij mag zijn werkstukken van techniek nog afhalen op 30 juni.

Karen Geudens
""", about=["P0024"], note="study-direction change, nothing sensitive")

M("attest-klaar-sara", GRIET, [P("P0018","pupil")], "Je attest ligt klaar",
  """Dag Sara

Je attest van uitschrijving en je diploma liggen klaar aan het secretariaat. Je kan ze afhalen
tijdens de openingsuren (9-12 uur).

Griet
""", about=["P0018"], note="certificate ready to pick up")

M("sportdag-cas", KMA, [P("P0057")], "Sportdag Cas",
  """Beste ouders

Ook al vertrekt Cas na dit schooljaar, hij mag nog gewoon meedoen aan de sportdag van 26 juni.
Vertrek om 8.30 uur aan de school, terug rond 16 uur. Fluohesje meebrengen.

Koen Mathys
""", about=["P0057"], note="trip practical details")

M("rapport-jonas-diest", GRIET, [DIEST], "Rapport Jonas Aerts",
  """Geachte

In bijlage een kopie van het eindrapport van Jonas Aerts (3C) met het oriënteringsattest A, voor
zijn inschrijving in 4 Elektromechanica.
""" + sig("Griet Vandersmissen", "leerlingenadministratie"),
  att=[("rapport_Jonas_Aerts_3C.pdf", fake_pdf("rapport Jonas Aerts"), "application/pdf")],
  about=["P0024"], fmt=["mixed","attachment-pdf"], note="report card sent on to the new school")

# misdirected, not sensitive
M("mis-emma-afspraak", GRIET, [P("P0009")], "Afspraak overstap Emma",
  """Beste ouders

Voor de overstap van Emma Wouters (2C) naar de STEM-richting in Landen plannen we een gesprek op
maandag 30 juni om 14 uur in het secretariaat. Kan u bevestigen?
""" + sig("Griet Vandersmissen", "leerlingenadministratie"),
  rules=["recipient"], about=["P0008"], mis=True,
  note="autocomplete on 'Emma': sent to Emma Janssens' parents, not j.lenaerts@skynet.be")

M("mis-jonas-boeken", GRIET, [P("P0024")], "Boeken Jonas terugbrengen",
  """Beste ouders

Jonas Smets (1B) moet de gehuurde handboeken nog terugbrengen voor hij naar zijn nieuwe school gaat:
Frans 1, Wiskunde 1 en het atlasboek. De waarborg wordt daarna teruggestort.
""" + short_sig("Griet Vandersmissen"),
  rules=["recipient"], about=["P0025"], mis=True,
  note="about Jonas Smets, sent to the parents of Jonas Aerts")

M("mis-finn-boek", EVI, [P("P0016")], "Werkboek Finn",
  """Beste ouders

Finn Martens (1A) liet zijn werkboek wiskunde in de klas liggen. Omdat hij in september naar een
andere school gaat, leg ik het aan het onthaal.

Evi Lambrechts
""", rules=["recipient"], about=["P0017"], mis=True,
  note="about Finn Martens 1A, sent to Finn Mertens' mother")

M("mis-marie-laptop", PGO, [P("P0003","p2")], "Laptop Marie inleveren",
  """Beste meneer Claes

Marie (3C) kan haar laptop inleveren op donderdag 26 juni. Vergeet de lader niet.

Pieter Goris, ICT
""", rules=["recipient"], about=["P0036"], mis=True,
  note="two Claes families: sent to Noah Claes' father instead of w.claes@telenet.be")

M("mis-lotte-1a", GRIET, [P("P0001")], "Inschrijving Lotte (1A) volgend jaar",
  """Beste ouders

We bevestigen dat Lotte volgend schooljaar in 2A blijft en niet overstapt naar Landen, zoals u
vroeg in uw mail over haar klas 1A. De inschrijving is hernieuwd.
""" + short_sig("Griet Vandersmissen"),
  rules=["recipient"], about=["P0051"], mis=True,
  note="about Lotte Peeters 1A, sent to the mother of Lotte Peeters 3B")

# ---------------------------------------------------------------- E. general letters (20) - must pass
def parents_sample(seed, n, klassen=None):
    r = random.Random(seed)
    pool = sorted({a for row in ROSTER for a in (row[5], row[6]) if a and (klassen is None or row[3] in klassen)})
    return sorted(r.sample(pool, min(n, len(pool))))

def pupils_sample(seed, n):
    r = random.Random(seed)
    return sorted(r.sample([row[4] for row in ROSTER], n))

STAFF_BCC = ["personeel@spc.ksleuven.be"]
UNDISC = "undisclosed-recipients:;"

M("brief-procedure-schoolverandering", DIR, [], "Van school veranderen tijdens het schooljaar: de procedure",
  """Beste ouders

Soms beslist een gezin dat een leerling van school verandert, tijdens of na het schooljaar. Om dat
vlot te laten verlopen, zetten we de stappen op een rij:

1. U schrijft uw kind in op de nieuwe school. Die school meldt de inschrijving in de
   onderwijsdatabank; uw kind wordt bij ons automatisch uitgeschreven.
2. Het leerlingendossier (rapporten, attesten, afspraken) wordt doorgegeven aan de nieuwe school,
   tenzij u zich daartegen verzet binnen tien kalenderdagen nadat u de inhoud kon inkijken.
3. Het CLB-dossier gaat van ons CLB naar het CLB van de nieuwe school.
4. De laptop, handboeken en badge worden ingeleverd; de schoolrekening wordt afgesloten.

Voor vragen kan u terecht bij het leerlingensecretariaat.

Met vriendelijke groeten
Johan Stas
directeur
""", bcc=parents_sample(1, 60), to_hdr=UNDISC, fmt=["plain","bcc-envelope"],
  note="general procedure letter to all parents in BCC")

M("brief-laptop-inleveren", DIR, [DIR], "Laptop inleveren bij vertrek",
  """Beste ouders

Leerlingen die de school verlaten, leveren hun laptop in tijdens de laatste schoolweek (23-27 juni)
in lokaal B.012. Verwijder zelf geen software; wij zetten het toestel terug op fabrieksinstellingen.
Vergeten toestellen worden aangerekend volgens het laptopreglement.

Johan Stas, directeur
""", bcc=parents_sample(2, 45), fmt=["plain","bcc-envelope"], note="general laptop letter")

M("brief-schoolrekening-afsluiten", BOEK, [BOEK], "Afsluiten van de schoolrekening bij vertrek",
  """Beste ouders

Als uw kind de school verlaat, sturen we in juli een eindafrekening. Staat er nog een bedrag open,
dan kan u altijd een afbetalingsplan vragen; ook wie recht heeft op schooltoeslag of steun van het
OCMW kan bij ons terecht. Alles gebeurt discreet.

Marleen Cuypers, boekhouding
""", bcc=parents_sample(3, 50), fmt=["plain","bcc-envelope"], note="payment reminder to everybody, no one named")

M("brief-clb-dossier", LDW, [LDW], "Informatiebrief: het CLB-dossier bij schoolverandering",
  """Beste ouders

Bij een schoolverandering wordt het CLB-dossier van uw kind overgedragen aan het CLB dat de nieuwe
school begeleidt. Gegevens over de verplichte medische onderzoeken en vaccinaties gaan altijd mee.
Andere gegevens kan u laten tegenhouden: u heeft daarvoor tien dagen na de inschrijving in de nieuwe
school. Neem daarvoor contact op met het CLB.

Leen De Wolf, zorgcoördinator
""", bcc=parents_sample(4, 55), fmt=["plain","bcc-envelope"], note="general CLB information letter")

M("personeel-discimus-procedure", DIR, [DIR], "Procedure uitschrijvingen in Discimus",
  """Beste collega's

Vanaf nu verwerkt enkel het leerlingensecretariaat de uitschrijvingen. Meldt een ouder aan jou dat een
leerling vertrekt, stuur dan geen details door maar verwijs naar het secretariaat. Zorginformatie
hoort in het leerlingvolgsysteem, niet in de mail.

Johan
""", bcc=STAFF_BCC, fmt=["plain","bcc-envelope"], note="staff list correctly in BCC")

M("brief-accounts-sluiten", PGO, [ICT], "Schoolaccounts van vertrekkende leerlingen",
  """Beste ouders

De Smartschool- en Microsoft-accounts van leerlingen die de school verlaten, worden op 31 augustus
gesloten. Vraag uw kind om voordien zijn bestanden te bewaren. Opgelet voor phishing: de school zal
u nooit vragen om een wachtwoord per mail door te geven. Wachtwoord vergeten? Gebruik de knop
'Wachtwoord vergeten' of kom langs bij de ICT-helpdesk.

ICT-dienst Sint-Pieterscollege
""", bcc=parents_sample(5, 60), fmt=["plain","bcc-envelope"], note="mentions passwords but contains none")

M("brief-beroepsprocedure", DIR, [], "Beroep tegen een beslissing van de delibererende klassenraad",
  """Beste ouders

Met uw kind het rapport van juni ontvangen? Bent u het niet eens met een B- of C-attest, dan vraagt u
eerst een overleg aan met de directeur, binnen drie werkdagen na het rapport. Blijft u het oneens,
dan kan u schriftelijk beroep indienen bij de voorzitter van het schoolbestuur (LKSD vzw) binnen
drie werkdagen na het overleg. Het volledige reglement staat in het schoolreglement, deel II.

Johan Stas, directeur
""", bcc=parents_sample(6, 70), to_hdr=UNDISC, fmt=["plain","bcc-envelope"], note="general appeal procedure")

M("lettre-procedure-fr", DIR, [], "Changement d'école : la procédure",
  """Chers parents,

Si votre enfant quitte notre école, inscrivez-le d'abord dans la nouvelle école : celle-ci
communique l'inscription à la base de données de l'enseignement et votre enfant est désinscrit
automatiquement chez nous. Le dossier de l'élève est transmis, sauf opposition de votre part dans
les dix jours. N'oubliez pas de rendre l'ordinateur portable et les manuels.

Johan Stas, directeur
""", bcc=parents_sample(7, 20), to_hdr=UNDISC, lang="fr", fmt=["plain","bcc-envelope"],
  note="French general letter")

M("letter-procedure-en", DIR, [], "Changing schools: what you need to know",
  """Dear parents,

If your child is moving to another school, please enrol him or her at the new school first. The new
school registers the enrolment and we de-register your child automatically. The pupil file is passed
on to the new school unless you object within ten days. Laptops and textbooks must be returned
before the last school day.

Johan Stas, head teacher
""", bcc=parents_sample(8, 20), to_hdr=UNDISC, lang="en", fmt=["plain","bcc-envelope"],
  note="English general letter")

M("brief-diploma-afhalen", GRIET, [SEC], "Attesten en diploma's afhalen",
  """Beste ouders van onze zesdejaars

De diploma's en attesten kunnen afgehaald worden op 1 en 2 juli (9-12 uur) in het secretariaat.
Wie verhinderd is, kan iemand machtigen met een ondertekende volmacht.

Leerlingensecretariaat
""", bcc=parents_sample(9, 40, {"6A","6B","6C"}), fmt=["plain","bcc-envelope"], note="general letter to 6th-year parents")

M("personeel-klassenraden-juni", DIR, [DIR], "Klassenraden juni - praktisch",
  """Collega's

De delibererende klassenraden vinden plaats van 23 tot 26 juni. De uurregeling staat op Smartschool.
Dossiers van leerlingen die vertrekken, worden op het einde van elke klassenraad overlopen.

Johan
""", bcc=STAFF_BCC, fmt=["plain","bcc-envelope"], note="staff letter in BCC")

M("personeel-zorginfo-lvs", LDW, [LDW], "Overdracht zorginformatie: afspraken",
  """Beste collega's

Een warme oproep: zorginformatie over leerlingen die vertrekken of instromen, noteer je in het
leerlingvolgsysteem. Stuur geen verslagen of diagnoses per mail, ook niet naar de nieuwe school; dat
loopt via het CLB en het secretariaat.

Leen De Wolf
""", bcc=STAFF_BCC, fmt=["plain","bcc-envelope"], note="general care policy reminder to staff")

M("brief-inschrijvingen-2025", DIR, [], "Inschrijvingen schooljaar 2025-2026",
  """Beste ouders

Broers en zussen van onze leerlingen kunnen voorrang krijgen bij de inschrijving. Aanmelden kan via
het centraal aanmeldingsregister van Tienen van 10 tot 31 maart. Meer info op onze website.

Johan Stas, directeur
""", bcc=parents_sample(10, 80), to_hdr=UNDISC, fmt=["plain","bcc-envelope"], note="general enrolment letter")

M("brief-heroriëntering-2degraad", TBO, [TBO], "Studiekeuze en heroriëntering in de tweede graad",
  """Beste ouders

Twijfelt uw kind over zijn studierichting? Een overstap naar een andere richting, bij ons of in een
andere school, kan tot 15 november zonder problemen. Bespreek het met de klastitularis of vraag een
gesprek aan met het CLB.

Tine Bosmans, graadcoördinator
""", bcc=parents_sample(11, 60, {"3A","3B","3C","4A","4B","4C"}), fmt=["plain","bcc-envelope"],
  note="general study-choice letter")

M("brief-schooltoeslag", BOEK, [BOEK], "Schooltoeslag: vraag hem tijdig aan",
  """Beste ouders

Veel gezinnen hebben recht op een schooltoeslag zonder het te weten. Nieuwe leerlingen en gezinnen
die verhuisd zijn, kijken best na of hun groeipakketfonds de toeslag automatisch toekent.

Marleen Cuypers, boekhouding
""", bcc=parents_sample(12, 60), fmt=["plain","bcc-envelope"], note="general school allowance letter")

M("brief-onthaal-instromers", GRIET, [SEC], "Welkom! Onthaaldag voor nieuwe leerlingen",
  """Beste ouders

Uw kind komt volgend schooljaar nieuw naar het Sint-Pieterscollege. Op vrijdag 29 augustus om
10 uur is er een onthaalmoment: rondleiding, laptop ophalen en je login. Het wachtwoord krijgt je
kind die dag persoonlijk; we versturen het nooit per mail.

Leerlingensecretariaat
""", bcc=parents_sample(13, 25), fmt=["plain","bcc-envelope"], note="welcome letter, no credential")

M("personeel-cijfers-html", DIR, [DIR], "Nieuwsbrief personeel: in- en uitstroom",
  "Collega's, zie de nieuwsbrief in html. Johan",
  html="""<html><body><h3>In- en uitstroom schooljaar 2024-2025</h3>
<table border="1" cellpadding="4"><tr><th>Graad</th><th>Vertrokken</th><th>Ingestroomd</th></tr>
<tr><td>Eerste graad</td><td>6</td><td>11</td></tr><tr><td>Tweede graad</td><td>14</td><td>9</td></tr>
<tr><td>Derde graad</td><td>5</td><td>3</td></tr></table>
<p>Dank aan het secretariaat voor de vlotte opvolging!</p><p>Johan</p></body></html>""",
  bcc=STAFF_BCC, fmt=["alt","html-table","bcc-envelope"], note="aggregate numbers only")

M("brief-medicatiebeleid", LDW, [LDW], "Medicatie op school: attest voor nieuwe leerlingen",
  """Beste ouders

Moet uw kind op school medicatie nemen? Bezorg dan het attest 'medicatie op school', ingevuld door de
arts, aan het secretariaat. Zonder attest mogen we geen medicatie geven. Dit geldt ook voor
leerlingen die van een andere school komen.

Leen De Wolf, zorgcoördinator
""", bcc=parents_sample(14, 50), fmt=["plain","bcc-envelope"], note="general medication policy")

M("brief-pestbeleid", DIR, [], "Ons anti-pestbeleid",
  """Beste ouders

Pesten nemen we ernstig. Merkt u dat uw kind gepest wordt of zelf pest, neem dan contact op met de
leerlingenbegeleiding. We werken met de No Blame-methode en herstelgesprekken. Het volledige
actieplan vindt u op Smartschool.

Johan Stas, directeur
""", bcc=parents_sample(15, 60), to_hdr=UNDISC, fmt=["plain","bcc-envelope"], note="general bullying policy")

M("leerlingen-laptop-reset", PGO, [ICT], "Laptop inleveren: wat moet je doen?",
  """Beste leerlingen

Verlaat je de school? Bewaar je bestanden op een eigen stick of in je eigen cloud, meld je af van
OneDrive en breng de laptop met lader naar lokaal B.012. Je hoeft je wachtwoord niet te zeggen.

ICT-dienst
""", bcc=pupils_sample(16, 40), fmt=["plain","bcc-envelope"], note="pupils in BCC, fine")

# ---------------------------------------------------------------- F. ordinary (20)
M("groep-ouders4b", GRIET, ["ouders4b@spc.ksleuven.be"], "Afscheid 4B",
  """Beste ouders van 4B

Enkele leerlingen van 4B vertrekken na dit jaar. De klas organiseert op 27 juni een klein afscheid
met taart. Wie iets wil meebrengen, laat het de titularis weten.

Griet
""", rules=["bcc"], fmt=["plain","group-in-to"], note="parent list address visible in To")

M("groep-personeel-to", DIR, ["personeel@spc.ksleuven.be"], "Personeelsvergadering 30 juni",
  """Collega's

Personeelsvergadering op maandag 30 juni om 13.30 uur in de refter. Agenda: evaluatie, in- en
uitstroom, lessenroosters.

Johan
""", rules=["bcc"], fmt=["plain","group-in-to"], note="staff list in To instead of BCC")

M("ouders-instromers-zichtbaar", GRIET, [P("P0011"), P("P0050"), P("P0058"), P("P0056"), P("P0041")],
  "Onthaal nieuwe leerlingen",
  """Beste ouders

Uw kind start binnenkort bij ons. Het onthaal is op 29 augustus om 10 uur in de grote zaal.
Tot dan!

Leerlingensecretariaat
""", rules=["bcc"], fmt=["plain","visible-recipients"], note="five parents visible to each other in To")

M("scholen-zichtbaar", TBO, [HASSELT, LEUVEN, DIEST], "Afspraken overdracht leerlingendossiers",
  """Beste collega's

Om het bezorgen van de leerlingendossiers vlot te laten verlopen, stel ik voor dat we voortaan
beveiligd delen via het schoolplatform in plaats van per mail. Akkoord?

Tine Bosmans
""", rules=["bcc"], fmt=["plain","visible-recipients"], note="three external schools in To")

M("vakgroep-wiskunde-to", EVI, ["vakgroepwiskunde@spc.ksleuven.be"], "Handboeken voor instromers",
  """Dag allemaal

Er komen in september vijf instromers in de tweede graad. Heeft iemand nog reserve-exemplaren van
Pienter 3 en 4?

Evi
""", rules=["bcc"], fmt=["plain","group-in-to"], note="department list in To")

M("prive-gmail-ouder-victor", ("Hilde Rasschaert", "hilde.rasschaert@gmail.com"), [P("P0014")],
  "Devoirs de Victor",
  """Madame Dubois,

Je vous écris depuis mon adresse personnelle car Smartschool ne marche pas chez moi ce soir. Victor
doit encore remettre son devoir de néerlandais (texte sur les vacances) avant vendredi.

Hilde Rasschaert
""", rules=["private_account"], about=["P0014"], lang="fr", env="hilde.rasschaert@gmail.com",
  note="teacher writes a parent from her private gmail")

M("prive-hotmail-collega", ("Koen Mathys", "koen.mathys@hotmail.com"), [GRIET], "lijst sportdag",
  """Griet, hierbij de lijst van wie nog meegaat naar de sportdag, ook de vertrekkers. Mijn
schoolmail doet raar, dus via hotmail.

4B: 22 leerlingen, 4C: 19 leerlingen. Koen
""", rules=["private_account"], env="koen.mathys@hotmail.com",
  note="school business from a private hotmail to a colleague")

M("doorsturen-naar-prive", EVI, ["evi.lambrechts@gmail.com"], "FW: Agenda klassenraad 4B",
  """
---------- Doorgestuurd bericht ----------
Van: Tine Bosmans <tine.bosmans@sintpieterscollege.be>
Onderwerp: Agenda klassenraad 4B
Aan: evi.lambrechts@sintpieterscollege.be

Klassenraad 4B op dinsdag 24 juni om 9 uur. Graag de cijfers voor maandagavond in Skore.
""", rules=["private_account"], fmt=["forward"],
  note="forwarding school mail to her own private mailbox")

M("prive-priv-voetbal", ("Sander Hermans", "sander.hermans@gmail.com"), ["jens.coppens@gmail.com"],
  "zaterdag",
  """Jens, zaterdag om 10u aan het terrein? Ik neem de ballen mee. Sander
""", env="sander.hermans@gmail.com", note="staff private mail about private matters is fine")

M("ps1-accounts-sluiten", PGO, [GRIET], "script om accounts af te sluiten",
  """Griet, als ik er niet ben: dit script zet de accounts van de vertrekkers op inactief.
Rechtsklik > Uitvoeren met PowerShell. Pieter
""", att=[("sluit_accounts.ps1", b"Import-Csv .\\vertrekkers.csv | ForEach-Object { Disable-ADAccount -Identity $_.login }\r\n",
           "application/octet-stream")],
  rules=["attachment"], fmt=["mixed","attachment-script"], note="PowerShell script attachment")

M("xlsm-overzicht", GRIET, [RVE], "overzicht met macro",
  """Ruth, in bijlage het Excel-bestand met de knop 'maak attesten'. Je moet de macro's inschakelen.
Griet
""", att=[("overzicht_uitschrijvingen.xlsm", fake_ooxml("xlsm"), "application/vnd.ms-excel.sheet.macroEnabled.12")],
  rules=["attachment"], fmt=["mixed","attachment-xlsm"], note="macro-enabled workbook")

def _zip_with_exe():
    import io, zipfile
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        zi = zipfile.ZipInfo("RapportViewer/setup.exe", date_time=(2025, 6, 1, 9, 0, 0))
        z.writestr(zi, b"MZ" + fake_bin("exe", 300))
        zi = zipfile.ZipInfo("RapportViewer/lees_mij.txt", date_time=(2025, 6, 1, 9, 0, 0))
        z.writestr(zi, b"Installeer setup.exe om de rapporten te bekijken.\r\n")
    return bio.getvalue()

M("zip-met-exe", DIR, [TBO], "Programma om de oude rapporten te openen",
  """Tine, de oude rapporten van de instromers uit Landen openen enkel met hun viewer. Die zit in de zip.
Johan
""", att=[("RapportViewer.zip", _zip_with_exe(), "application/zip")],
  rules=["attachment"], fmt=["mixed","attachment-zip"], note="archive containing an .exe")

M("rrn-arthur-hasselt", GRIET, [HASSELT], "Identificatiegegevens Arthur Vermeulen",
  f"""Geachte

Voor jullie inschrijving nog de identificatiegegevens van Arthur Vermeulen:
geboortedatum 14/03/2010, rijksregisternummer {rrn(2010, 3, 14, 217)}.
""" + sig("Griet Vandersmissen", "leerlingenadministratie"),
  rules=["personal_data"], about=["P0007"], note="date of birth and valid national register number")

M("terugbetaling-iban-jade", BOEK, [P("P0053")], "Terugbetaling voorschot",
  f"""Beste ouders

Het voorschot voor de reis naar Rome (€ 150,00) wordt teruggestort omdat Jade niet meer meegaat. We
storten het op de rekening die u opgaf: {be_iban('0631234567')}.
""" + sig("Marleen Cuypers", "boekhouding"),
  rules=["personal_data"], about=["P0053"], note="parent's IBAN for a refund")

M("geboortedatum-emre-aarschot", GRIET, [AARSCHOT], "Emre Demir - geboortedatum",
  """Goedemorgen

U vroeg nog de geboortedatum van Emre Demir voor de inschrijving: hij is geboren op 2 februari 2009
in Tienen.
""" + sig("Griet Vandersmissen", "leerlingenadministratie"),
  rules=["personal_data"], about=["P0052"], note="date of birth")

M("klassenraad-verplaatst", TBO, [EVI], "klassenraad verplaatst",
  """Evi, de klassenraad van 4B wordt verplaatst naar woensdag 25 juni om 11 uur. Tine
""", note="internal scheduling")

M("cijfers-uitschrijvingen", GRIET, [DIR], "Aantal uitschrijvingen juni",
  """Johan, stand van zaken: 14 uitschrijvingen en 22 nieuwe inschrijvingen voor september. Nog 3
leerlingen waarvan we de nieuwe school niet kennen. Griet
""", note="aggregate numbers")

M("telefoon-overdracht-landen", GRIET, [LANDEN], "Overdracht dossiers - telefonisch overleg",
  """Geachte collega

Misschien gaat het sneller als we even bellen over de manier waarop we de dossiers bezorgen. U kan
me bereiken in de voormiddag.
""" + sig("Griet Vandersmissen", "leerlingenadministratie", phone=True),
  rules=["personal_data"], note="school phone number in the signature")

M("overzicht-xlsx-pdf", GRIET, [DIR], "Overzicht in- en uitstroom",
  """Johan, in bijlage het overzicht in Excel en als pdf (enkel aantallen per klas). Griet
""", att=[("instroom_uitstroom.xlsx", fake_ooxml("xlsx"),
           "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
          ("instroom_uitstroom.pdf", fake_pdf("in- en uitstroom"), "application/pdf")],
  fmt=["mixed","attachment-xlsx","attachment-pdf"], note="ordinary office attachments are fine")

M("bevestiging-mathis-gsm", GRIET, [P("P0054")], "Inschrijving Mathis bevestigd",
  """Beste ouders

De inschrijving van Mathis in 2A is bevestigd. Bij vragen kan u mij tijdens de zomer ook bereiken op
mijn dienst-gsm.
""" + sig("Griet Vandersmissen", "leerlingenadministratie", phone=True, mobile="0471 23 45 67"),
  rules=["personal_data"], about=["P0054"], note="phone numbers in the signature, nothing sensitive")

# ================================================================ build
BASE = datetime.datetime(2025, 5, 12, 8, 3, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
MAILERS = ["Microsoft Outlook 16.0", "Microsoft Outlook 16.0", "Apple Mail (2.3774)", "Smartschool-mailer",
           "Mozilla Thunderbird 128.5"]

def build(m, idx):
    msg = EmailMessage()
    frm = m["frm"]
    msg["From"] = hdr(frm)
    if m["to_hdr"]:
        msg["To"] = m["to_hdr"]
    elif m["to"]:
        msg["To"] = ", ".join(hdr(x) for x in m["to"])
    if m["cc"]:
        msg["Cc"] = ", ".join(hdr(x) for x in m["cc"])
    msg["Subject"] = m["subject"]
    dt = BASE + datetime.timedelta(hours=idx * 16 + (idx * 37) % 11, minutes=(idx * 23) % 60)
    msg["Date"] = format_datetime(dt)
    dom = addr(frm).split("@")[1]
    msg["Message-ID"] = f"<b68.{idx:03d}.{dt.strftime('%Y%m%d%H%M')}@{dom}>"
    if m["reply"]:
        ref = f"<b68.ref.{idx:03d}@mail.example-thread.be>"
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    msg["MIME-Version"] = "1.0"
    msg["X-Mailer"] = MAILERS[idx % len(MAILERS)]
    for k, v in m["headers"].items():
        msg[k] = v
    cs = m["charset"]
    kw = {}
    if m["cte"]:
        kw["cte"] = m["cte"]
    if m["body"] is not None:
        msg.set_content(m["body"], charset=cs, **kw)
        if m["html"]:
            msg.add_alternative(m["html"], subtype="html", charset=cs, cte="quoted-printable")
    else:
        msg.set_content(m["html"], subtype="html", charset=cs, cte="quoted-printable")
    for fn, data, mt in m["att"]:
        ma, sa = mt.split("/", 1)
        msg.add_attachment(data, maintype=ma, subtype=sa, filename=fn)
    k = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary(f"----=_Part_b68_{idx:03d}_{k}")
            k += 1
    return msg.as_bytes(policy=policy.default)

def yq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'

def ylist(xs):
    return "[" + ", ".join(xs) + "]"

PHONE_RE = re.compile(r"\b0\d{2,3}[ /.]?\d{2}[ .]?\d{2}[ .]?\d{2}\b")

def check(m):
    """self-consistency of labels against the roster and the text"""
    rc = [addr(x) for x in m["to"] + m["cc"] + m["bcc"]]
    assert ("sensitive" in m["rules"]) == bool(m["cats"]), m["slug"]
    assert ("recipient" in m["rules"]) == m["mis"], m["slug"]
    text = (m["body"] or "") + (m["html"] or "") + m["subject"]
    for fn, data, mt in m["att"]:
        if mt.startswith("text/"):
            text += data.decode("utf-8", "ignore")
    if PHONE_RE.search(text):
        assert "personal_data" in m["rules"], (m["slug"], PHONE_RE.search(text).group())
    for pid in m["about"]:
        par = {BYID[pid][5], BYID[pid][6]} - {""}
        others = [a for a in rc if a in PARENTS and not (PARENTS[a] & set(m["about"]))]
        mine = [a for a in rc if a in par]
        if m["mis"]:
            assert others and not mine, m["slug"]
        else:
            assert not (others and not mine), (m["slug"], others)
    return rc

def main():
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    with open(os.path.join(HERE, "roster.csv"), "w", encoding="utf-8-sig", newline="") as fh:
        fh.write("Intern nummer;Voornaam;Naam;Klas;E-mailadres leerling;E-mailadres ouder 1;E-mailadres ouder 2\r\n")
        for r in ROSTER:
            fh.write(";".join(r) + "\r\n")
    out = ["# batch68 - pupils changing school (Tienen): transfers, files, logins, bills, appeals; "
           f"{len(MAILS)} outbound mails", ""]
    for i, m in enumerate(MAILS, 1):
        name = f"{i:03d}-{m['slug']}.eml"
        rc = check(m)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(build(m, i))
        out.append(f"{name}:")
        out.append(f"  rules: {ylist(m['rules'])}")
        if m["cats"]:
            out.append(f"  categories: {{sensitive: {ylist(m['cats'])}}}")
        out.append(f"  mail_from: {m['env'] or addr(m['frm'])}")
        out.append(f"  rcpt: {ylist(rc)}")
        out.append(f"  about: {ylist(m['about'])}")
        out.append(f"  misdirected: {'true' if m['mis'] else 'false'}")
        out.append(f"  note: {yq(m['note'])}")
        out.append(f"  lang: {m['lang']}")
        out.append(f"  format: {ylist(m['fmt'])}")
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")
    print(f"wrote {len(MAILS)} mails, {len(ROSTER)} pupils")

if __name__ == "__main__":
    main()
