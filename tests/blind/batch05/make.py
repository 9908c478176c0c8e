#!/usr/bin/env python3
"""Build batch05: blind labelled school mail for the Sint-Pieterscollege (fictional).
Deterministic: fixed seed, fixed dates, fixed boundaries. Standard library only.
Run: python3 make.py
"""
import os, random, io, zipfile, re
from email.message import EmailMessage, Message
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.application import MIMEApplication
from email import encoders, charset as _cs
from email.utils import formatdate
from email.header import Header
from email.generator import BytesGenerator
from email.policy import SMTP, compat32
import datetime, html as _html

HERE = os.path.dirname(os.path.abspath(__file__))
SD = "sintpieterscollege.be"
LD = "leerling.sintpieterscollege.be"

# ---------------------------------------------------------------- roster
FIRST_M = ["Lucas","Arthur","Noah","Louis","Jules","Finn","Lars","Wout","Seppe","Milan","Vic","Mathis","Rayan",
  "Adam","Yassine","Bilal","Ilyas","Mehmet","Emre","Kerem","Burak","Jakub","Kacper","Filip","Bram","Senne","Thibo",
  "Robbe","Stan","Warre","Jasper","Tuur","Nand","Cas","Ruben","Jens","Siebe","Mats","Elias","Hamza","Amine",
  "Mohamed","Omar","Youssef","Dries","Kobe","Lowie","Pieter-Jan","Ibrahim","Gabriel","Christ","Merveille","Exaucé",
  "Daan","Lennert","Toon","Jarne","Berre","Rune","Mauro"]
FIRST_F = ["Emma","Louise","Olivia","Marie","Lore","Fien","Nore","Hanne","Lotte","Febe","Ines","Yasmina","Salma",
  "Aya","Imane","Nisrine","Elif","Zeynep","Ecrin","Defne","Zuzanna","Julia","Maja","Oliwia","Amber","Jana",
  "Kato","Lien","Sien","Laura","Eline","Anouk","Noor","Lina","Sara","Hajar","Malak","Chloë","Axelle","Margot",
  "Nina","Tess","Roos","Liv","Esther","Grace","Divine","Plamedi","Merel","Jitske","Floor","Ona","Mila","Lisa",
  "Charlotte","Elena","Amira","Hind","Ilse","Sofie"]
LAST = ["Peeters","Janssens","Maes","Jacobs","Mertens","Willems","Claes","Goossens","Wouters","De Smet","Dubois",
  "Vermeulen","Van den Broeck","Lenaerts","Vandenberghe","Hermans","Michiels","Verstraeten","Coppens","Aerts",
  "Smets","Van Damme","Cuypers","Vanhoutte","Geerts","Leemans","Thys","Stevens","Vos","Pauwels","De Clercq",
  "Claessens","Dewulf","Bosmans","Moens","Vanderstraeten","El Amrani","Bouzid","El Idrissi","Benali","Azzouzi",
  "Achahbar","Ouali","Chaouki","Yilmaz","Demir","Kaya","Öztürk","Çelik","Aydın","Kowalski","Nowak","Wiśniewska",
  "Lewandowski","Zielińska","Mukendi","Kabamba","Tshibangu","Ilunga","Mbuyi","Nsimba","Van Roey","Daems",
  "Verbruggen","Swinnen","Luyten","Heylen","Vandeput","Crabbé","Noppe","Vanbrabant","Deprez","Gielen","Bogaerts"]
PAR_M = ["Koen","Bart","Tom","Steven","Kristof","Pieter","Geert","Wim","Mustapha","Rachid","Abdel","Murat","Hakan",
  "Piotr","Tomasz","Jean-Pierre","Patrick","Jan","Dirk","Filip","Tim","Joris","Nicolas","Serge"]
PAR_F = ["An","Els","Katrien","Sofie","Veerle","Inge","Hilde","Nathalie","Karen","Leen","Fatima","Naima","Khadija",
  "Ayşe","Fatma","Agnieszka","Katarzyna","Marie-Claire","Evelyne","Griet","Liesbeth","Tine","Sarah","Ann-Sophie"]
DOMS = ["telenet.be","gmail.com","hotmail.com","skynet.be","proximus.be","outlook.com","telenet.be","gmail.com"]

def slug(s):
    t = s.lower()
    for a, b in [("ë","e"),("é","e"),("ö","o"),("ç","c"),("ı","i"),("ş","s"),("ś","s"),("ń","n"),("ł","l"),
                 ("ü","u"),("ğ","g"),("ż","z"),("ą","a"),("ę","e")]:
        t = t.replace(a, b)
    return re.sub(r"[^a-z0-9.-]", "", t.replace(" ", ""))

def build_roster():
    rnd = random.Random(20250305)
    classes = [f"{y}{c}" for y in range(1, 7) for c in "ABCD"]
    rows, used = [], set()
    n = 0
    for k in range(300):
        klas = classes[k * len(classes) // 300]
        while True:
            if rnd.random() < 0.5:
                fn = rnd.choice(FIRST_M)
            else:
                fn = rnd.choice(FIRST_F)
            ln = rnd.choice(LAST)
            if (fn, ln) not in used:
                used.add((fn, ln)); break
        n += 1
        pid = f"P{n:04d}"
        mail = f"{slug(fn)}.{slug(ln)}@{LD}"
        p1n = rnd.choice(PAR_F) if rnd.random() < 0.6 else rnd.choice(PAR_M)
        if p1n == fn:  # a parent does not share the pupil's first name here
            p1n = PAR_F[(PAR_F.index(p1n) + 1) % len(PAR_F)] if p1n in PAR_F else PAR_M[0]
        pat = rnd.randrange(4)
        dom = rnd.choice(DOMS)
        if pat == 0:
            p1 = f"{slug(p1n)}.{slug(ln)}@{dom}"
        elif pat == 1:
            p1 = f"{slug(p1n)}{slug(ln)}{rnd.randrange(60,99)}@{dom}"
        elif pat == 2:
            p1 = f"{slug(p1n)[0]}{slug(ln).replace('-','')}@{dom}"
        else:
            p1 = f"fam.{slug(ln)}@{dom}"
        p2 = ""
        if rnd.random() < 0.65 and pat != 3:
            p2n = rnd.choice(PAR_M) if p1n in PAR_F else rnd.choice(PAR_F)
            ln2 = ln if rnd.random() < 0.6 else rnd.choice(LAST)
            p2 = f"{slug(p2n)}.{slug(ln2)}@{rnd.choice(DOMS)}"
        rows.append([pid, fn, ln, klas, mail, p1, p2])
    return rows

ROSTER = build_roster()
R = {r[0]: r for r in ROSTER}

# ---------------------------------------------------------------- people
def P(name, a): return f"{name} <{a}>"
DIR  = P("Marc Vanoverbeke", f"marc.vanoverbeke@{SD}")
ADJ  = P("Hilde Roelants", f"hilde.roelants@{SD}")
ZORG = P("Sarah Van Aken", f"sarah.vanaken@{SD}")
ZL   = P("Joke Vandevelde", "jvd@spc.ksleuven.be")
LLB  = P("Jeroen Pinxten", f"jeroen.pinxten@{SD}")
SEC  = P("Martine Goris", f"martine.goris@{SD}")
SECG = P("Secretariaat Sint-Pieterscollege", f"secretariaat@{SD}")
INFO = P("Sint-Pieterscollege Leuven", f"info@{SD}")
DIRG = P("Directie Sint-Pieterscollege", f"directie@{SD}")
BOEK = P("Luc Deckers", f"luc.deckers@{SD}")
ICT  = P("Tim Wuyts", f"tim.wuyts@{SD}")
ICT2 = P("Tim Wuyts", "tw@spc.ksleuven.be")
OPV  = P("Stijn Heremans", f"stijn.heremans@{SD}")
NB   = P("Nele Boonen", f"nele.boonen@{SD}")
PVH  = P("Pieter Van Hove", "pvh@spc.ksleuven.be")
KW   = P("Katrien Wyns", f"katrien.wyns@{SD}")
YB   = P("Yasmine Belkadi", f"yasmine.belkadi@{SD}")
BL   = P("Bert Luyckx", f"bert.luyckx@{SD}")
EV   = P("Ellen Vranckx", f"ellen.vranckx@{SD}")
KS   = P("Koen Schepers", f"koen.schepers@{SD}")
DL   = P("Dominique Lambrechts", f"dominique.lambrechts@{SD}")
WC   = P("Wouter Cornelis", "wco@spc.ksleuven.be")
IR   = P("Ines Raes", f"ines.raes@{SD}")
GT   = P("Greet Timmermans", f"greet.timmermans@{SD}")
MA   = P("Mehdi Amrani", f"mehdi.amrani@{SD}")
LC   = P("Lies Ceulemans", f"lies.ceulemans@{SD}")
AV   = P("Annelies Verhaegen", f"annelies.verhaegen@{SD}")
TD   = P("Thomas Desmet", f"thomas.desmet@{SD}")
KB   = P("Kristel Bollen", f"kristel.bollen@{SD}")
SVL  = P("Sven Verlinden", f"sven.verlinden@{SD}")
HG   = P("Hanne Gysels", f"hanne.gysels@{SD}")
RM   = P("Rik Moors", f"rik.moors@{SD}")
EVB  = P("Evi Van Bael", f"evi.vanbael@{SD}")
PRIV = P("Privacy LKSD", "privacy@lksd.ksleuven.be")
CLB1 = P("An Jorissen", "an.jorissen@clb-leuven.be")
CLB2 = P("Lieve Cools", "lieve.cools@clb-leuven.be")
CLB3 = P("Bram Leysen", "bram.leysen@clb-leuven.be")

def par(pid, k=1):
    """address of parent k of a roster pupil"""
    a = R[pid][5 if k == 1 else 6]
    assert a, (pid, k)
    return a

def pup(pid): return R[pid][4]

# ---------------------------------------------------------------- helpers for bodies
def quote(header, text):
    return header + "\n" + "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n")) + "\n"

def fwd(frm, date, subj, to, text, cc=None):
    h = ("---------- Doorgestuurd bericht ---------\n"
         f"Van: {frm}\nDate: {date}\nSubject: {subj}\nTo: {to}\n")
    if cc: h += f"Cc: {cc}\n"
    return h + "\n" + text.strip("\n") + "\n"

def ol_fwd(frm, date, subj, to, text, cc=None):
    h = ("-----Oorspronkelijk bericht-----\n"
         f"Van: {frm}\nVerzonden: {date}\nAan: {to}\n")
    if cc: h += f"CC: {cc}\n"
    h += f"Onderwerp: {subj}\n"
    return h + "\n" + text.strip("\n") + "\n"

def text2html(text):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = p.split("\n")
        if all(l.startswith("> ") or l == ">" for l in lines):
            inner = "<br>\n".join(_html.escape(l[2:]) for l in lines)
            out.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">{inner}</blockquote>')
        elif all(l.startswith(("- ", "* ", "• ")) for l in lines):
            out.append("<ul>" + "".join(f"<li>{_html.escape(l[2:])}</li>" for l in lines) + "</ul>")
        else:
            out.append('<p class="MsoNormal">' + "<br>\n".join(_html.escape(l) for l in lines) + "</p>")
    return outlook(" \n".join(out))

def outlook(inner):
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}'
            'table.t{border-collapse:collapse} table.t td, table.t th{border:1px solid #999;padding:2px 6px;'
            'font-family:Calibri,sans-serif;font-size:10.0pt;vertical-align:top}</style></head>'
            '<body lang="NL-BE"><div class="WordSection1">\n' + inner + '\n</div></body></html>')

def html2text(h):
    h = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", "", h)
    h = re.sub(r"(?i)<br\s*/?>\n?", "\n", h)
    h = re.sub(r"(?i)</(p|div|tr|h\d|li|table|blockquote)>", "\n", h)
    h = re.sub(r"(?i)<li[^>]*>", "- ", h)
    h = re.sub(r"(?i)</t[dh]>", "\t", h)
    h = re.sub(r"<[^>]+>", "", h)
    h = _html.unescape(h)
    h = "\n".join(l.rstrip(" \t") for l in h.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", h).strip() + "\n"

def table(rows, head=True):
    out = ['<table class="t" border="1" cellspacing="0" cellpadding="0">']
    for i, r in enumerate(rows):
        tag = "th" if head and i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{_html.escape(c)}</{tag}>" for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)

def P_(t): return '<p class="MsoNormal">' + _html.escape(t).replace("\n", "<br>\n") + "</p>"

MAILS = []
def M(slug_, frm, to, subj, body=None, *, grp, cc=(), bcc=(), rules=(), cats=(), about=(), mis=False, note="",
      lang="nl", fmt="plain", html=None, attach=(), inner=None, mail_from=None, tags=(), to_hdr=None,
      reply_to=None, xmailer=None, inreply=False):
    MAILS.append(dict(slug=slug_, frm=frm, to=list(to) if not isinstance(to, str) else [to],
                      cc=list(cc) if not isinstance(cc, str) else [cc],
                      bcc=list(bcc) if not isinstance(bcc, str) else [bcc], subj=subj, body=body, grp=grp,
                      rules=list(rules), cats=list(cats), about=list(about), mis=mis, note=note, lang=lang,
                      fmt=fmt, html=html, attach=list(attach), inner=inner, mail_from=mail_from,
                      tags=list(tags), to_hdr=to_hdr, reply_to=reply_to, xmailer=xmailer, inreply=inreply))

# =================================================================== SENSITIVE (50)
M("klassenraad-3c-tussentijds", KS, [NB, PVH, DL, SVL], "klassenraad 3C - nota's voor het verslag", grp="S",
  cc=[ZORG], fmt="alt", rules=["sensitive"], cats=["psychosocial", "care"], about=["P0128", "P0133"],
  note="class-council table: one pupil refuses school with stomach aches and CLB follow-up, another keeps reading software as care measure",
  tags=["table"], html=outlook(
    P_("Dag collega's,\n\nHieronder mijn nota's van de tussentijdse klassenraad van dinsdag. Vul gerust aan als ik iets vergeten ben, ik zet het vrijdag in Smartschool.") +
    table([["Leerling", "Stand van zaken", "Afspraak / actie", "Wie"],
           ["Plamedi", "9 dagen afwezig sinds de kerstvakantie, telkens maandag en dinsdag. Buikpijn, huilt 's ochtends aan de schoolpoort volgens mama. Zegt zelf dat ze 'het niet aankan in de klas'.", "Jeroen heeft CLB (Bram Leysen) ingeschakeld; start begeleiding met toestemming mama. Opbouwschema: eerst halve dagen.", "JP / CLB"],
           ["Jarne", "Resultaten Frans en Nederlands beter sinds hij Kurzweil gebruikt.", "Voorleessoftware en examens in apart lokaal verder zetten, ook in juni.", "zorgteam"],
           ["Rayan", "Veel te laat, 6 notities.", "Gesprek bij opvoeder.", "SH"],
           ["Lisa, Jules", "ok, niets te melden", "-", "-"]]) +
    P_("\nGroetjes,\nKoen\n--\nKoen Schepers\nklastitularis 3C")))

M("kato-grootmoeder", ZORG, [PVH], "Kato (4C)", grp="S", rules=["sensitive"], cats=["family"], about=["P0179"],
  note="colleague told that a pupil lives with her grandmother after her father's arrest",
  body="""Hoi Pieter,

Even ter info omdat je haar titularis bent: Kato zit sinds vorige donderdag bij haar grootmoeder in Wilsele. Haar papa is die nacht door de politie meegenomen en het is nog niet duidelijk wanneer hij terug thuis komt. Mama is er helemaal kapot van.

Kato wil zelf niet dat de klas het weet. Als ze haar taken niet af heeft deze week, geef haar wat ademruimte aub. Ze mag altijd bij mij binnenspringen.

Niet doorsturen he, ik noteer het zelf in het LVS.

Sarah""")

M("ilyas-diabetes-afspraken", ZORG, [par("P0103")], "Afspraken rond de diabetes van Ilyas", grp="S", fmt="alt",
  rules=["sensitive", "personal_data"], cats=["medical"], about=["P0103"],
  note="mail to the father on the insulin pump and glucose checks of his son during school and PE",
  body="""Beste meneer Mukendi,

Bedankt voor het fijne gesprek gisteren samen met de diabetesverpleegkundige van UZ Leuven. Zoals afgesproken zet ik de afspraken voor Ilyas nog eens op een rijtje:

- Ilyas meet zijn suiker zelf voor de middag en voor elke les LO. Hij mag daarvoor altijd de les even verlaten.
- Bij een waarde onder 4 neemt hij druivensuiker (er ligt een doos bij mij en een in de sportzaal bij meneer Luyckx).
- Zijn insulinepomp mag hij tijdens toetsen aanhouden; de gsm die aan de pomp gekoppeld is, blijft op zijn bank.
- Bij de uitstap naar Brussel op 14 maart gaat een leerkracht mee die de info kent.

Mocht er iets veranderen aan de behandeling, laat het ons gerust weten.

Met vriendelijke groeten,

Sarah Van Aken
zorgcoördinator Sint-Pieterscollege
016 29 47 15 - 0491 55 72 18""")

M("aanmelding-clb-lina", LLB, [CLB1], "Vraag tot opvolging - L.C. 6B", grp="S", fmt="qp",
  rules=["sensitive"], cats=["psychosocial", "care"], about=["P0265"],
  note="school reports to the CLB that a pupil of 6B has cut herself again and asks CLB to take over follow-up",
  body="""Dag An,

Zoals daarnet telefonisch besproken: Lina C. uit 6B is vanmiddag bij mij geweest. Ze heeft zich dit weekend opnieuw gesneden, deze keer dieper dan in november (bovenbeen, ze heeft het zelf verzorgd). Ze zegt dat ze geen plan heeft om zichzelf iets aan te doen, maar ze slaapt slecht en 'ziet het niet meer zitten met de examens'.

Mama is op de hoogte en akkoord dat jullie de begeleiding opnemen. Kunnen jullie deze week nog een gesprek met haar plannen? Ik zie haar morgen het 3e lesuur terug.

Vanuit school passen we voorlopig aan: geen mondelinge toetsen voor de klas, ze mag naar het time-out lokaal als het te veel wordt.

Groeten,
Jeroen Pinxten
leerlingenbegeleider 2e & 3e graad""")

M("open-rekeningen-kabamba", BOEK, [ZORG], "rekeningen Salma K. 4C", grp="S", rules=["sensitive"], cats=["financial"],
  about=["P0177"], fmt="cp1252", note="accountant tells the care coordinator a family's bills are open since September and the OCMW may step in",
  body="""Sarah,

De rekeningen van Salma Kabamba (4C) staan nog altijd open: september, december en de skireis-voorschot, samen € 638,40. Twee herinneringen verstuurd, geen reactie.
Mama heeft vorige week aan het onthaal gezegd dat het OCMW "het zou regelen" maar ik heb van hen nog niets gekregen.

Kan jij eens polsen bij haar of bij de maatschappelijk werker? Ik wil niet dat we naar de incasso moeten, zeker niet met die familie.

Luc""")

M("herinnering-rekening-mathis", BOEK, [par("P0035")], "Tweede herinnering schoolrekening Mathis Peeters (3A)",
  grp="S", rules=["sensitive"], cats=["financial"], about=["P0113"], mis=True, fmt="b64",
  note="second payment reminder about Mathis (3A) sent to the address of Ruben Peeters' parents (autocomplete)",
  body="""Geachte ouders,

Uit onze boekhouding blijkt dat de schoolrekening van het eerste trimester van Mathis (3A) nog niet betaald werd. Het openstaande bedrag is 287,15 euro. Op 2 december stuurden we u al een eerste herinnering.

Wij begrijpen dat een schoolrekening soms zwaar kan doorwegen. Indien u de rekening niet in één keer kan betalen, kan u een afbetalingsplan aanvragen. Neem daarvoor contact op met mij of met de zorgcoördinator. Alles wordt discreet behandeld.

Zonder reactie voor 31 januari zijn wij helaas genoodzaakt het dossier verder op te volgen.

Met vriendelijke groeten,

Luc Deckers
boekhouding""")

M("host-family-merel-allergy", YB, ["Siobhan O'Brien <siobhan.obrien@eircom.net>"], "Merel - exchange week, allergy information",
  grp="S", rules=["sensitive"], cats=["medical"], about=["P0281"], lang="en", fmt="alt",
  note="teacher tells the Irish host family about the pupil's severe nut allergy and her auto-injector",
  body="""Dear Siobhan,

Thank you so much for hosting Merel during the exchange week in Galway. Her parents asked me to pass on some practical information before she arrives on Sunday.

Merel has a severe peanut and tree nut allergy. She carries two EpiPens at all times (one in her backpack, one in her coat). If she has a reaction - swelling of the lips, trouble breathing - please use the pen in her thigh straight away and call 112/999. She knows how to do it herself, but she may panic.

She is fine with most food as long as it's clearly labelled. Her mum has packed some snacks she knows are safe.

Feel free to contact me during the week if anything comes up.

Kind regards,
Yasmine Belkadi
English teacher / exchange coordinator
Sint-Pieterscollege Leuven""")

M("garde-alternee-louise", LC, [par("P0003")], "Louise - organisation après le jugement", grp="S",
  rules=["sensitive"], cats=["family"], about=["P0003"], lang="fr", fmt="qp",
  note="French mail to a parent about alternating custody after a court ruling and who collects the pupil",
  body="""Madame Dubois,

Je vous remercie pour la copie du jugement que vous nous avez transmise. Nous avons bien noté que Louise sera désormais une semaine sur deux chez son père, avec changement le vendredi après l'école.

Concrètement pour l'école :
- les deux parents recevront dorénavant le bulletin et les invitations aux réunions de parents ;
- le vendredi, Louise pourra partir avec son père ou avec vous selon le calendrier que vous nous avez envoyé ;
- nous ne pouvons pas refuser à son père l'accès aux informations scolaires, sauf décision contraire du juge.

Si Louise a besoin d'en parler, Mme Vandevelde (accompagnement des élèves) est disponible.

Bien à vous,

Lies Ceulemans
directrice pédagogique 1er degré""")

M("mdo-emre-verslag", ZORG, [KS, ZL, LLB], "verslag MDO Emre V. (3C) 16/1", grp="S", fmt="plain",
  rules=["sensitive"], cats=["medical", "care"], about=["P0132"],
  note="care-meeting minutes: autism diagnosis and the support measures of one pupil",
  body="""Dag allemaal,

Kort verslag van het MDO van donderdag (aanwezig: mama, Koen, Joke, Bram van het CLB, ik).

Situatie
- Emre heeft sinds de zomer de diagnose ASS (UZ Leuven, kinderpsychiatrie). Mama bezorgt het verslag aan het CLB.
- Veel prikkels in de refter en op de speelplaats -> hij kwam de laatste weken meermaals te laat terug in de les.

Afspraken
- Hij mag 's middags eten in het lokaal van de leerlingenbegeleiding (max. 4 lln).
- Vaste plaats vooraan bij de deur in alle lessen; planning van toetsen 1 week vooraf op Smartschool.
- Koptelefoon toegestaan tijdens zelfstandig werk.
- Ondersteuning vanuit het netwerk aangevraagd (gemotiveerd verslag in opmaak bij CLB).
- Evaluatie in het MDO van maart.

Vragen of aanvullingen: laat maar weten.

Sarah""")

M("fw-overlijden-mama-tuur", ZORG, [P("Ellen Vranckx", f"ellen.vranckx@{SD}")], "Fwd: Tuur", grp="S",
  rules=["sensitive"], cats=["family"], about=["P0206"], fmt="plain", tags=["forward"],
  note="care coordinator forwards a father's mail that the mother of a 5A pupil died last week",
  body="""Ellen, ter info (ik weet dat je Tuur niet als titularis hebt maar hij vroeg naar jou). Ik loop morgen even langs.
S.

""" + fwd(f"Kristof Vos <{par('P0206', 2)}>", "zo 19 jan. 2025 om 21:47", "Tuur",
          "Sarah Van Aken <sarah.vanaken@sintpieterscollege.be>",
          """Goedenavond mevrouw Van Aken,

Ik laat u weten dat mijn vrouw Katrien vorige dinsdag is gestorven na haar lange ziekte. Tuur zal maandag terug naar school komen, hij wil dat zelf. Hij wil er in de klas liever niet over praten, maar als het hem teveel wordt mag hij dan naar huis bellen?

De begrafenis is zaterdag, de kinderen en wij zullen er zijn.

Met vriendelijke groet
Kristof Vos"""))

M("re-pesten-nore", AV, [par("P0038")], "Re: Nore wordt uitgelachen", grp="S", rules=["sensitive"], cats=["psychosocial"],
  about=["P0038"], fmt="plain", tags=["reply"], inreply=True,
  note="form teacher answers a mother whose daughter is mocked in a class group chat",
  body="""Beste mevrouw Çelik,

Bedankt dat u ons dit meldt. Ik had zelf al gemerkt dat Nore stiller is de laatste weken, maar wist niet wat er speelde.

Morgen spreek ik samen met mevrouw Vandevelde met Nore af, zonder dat de klas het merkt. Daarna bekijken we welke aanpak het beste past (we werken op school met de No Blame-methode). Ik bel u donderdag na de les om u op de hoogte te brengen.

Als er in tussentijd nieuwe berichten komen: neem gerust een screenshot, maar laat Nore er zelf niet op reageren.

Vriendelijke groet,
Annelies Verhaegen
titularis 1C

""" + quote("Op ma 13 jan. 2025 om 20:11 schreef Naima Çelik <naimacelik93@skynet.be>:", """Dag mevrouw,

Ik wil u laten weten dat Nore elke avond huilend in haar kamer zit. Er is een groep op Snapchat van de klas waar ze foto's van haar zetten met lelijke tekst. Ze wil niet meer naar school maar ze wil ook niet dat ik u mail. Wat kunnen we doen?

Naima"""))

M("tucht-rune-el-amrani", OPV, [par("P0081")], "Uitnodiging gesprek - gedrag Rune (1B)", grp="S",
  rules=["sensitive"], cats=["psychosocial"], about=["P0022"], mis=True, fmt="alt",
  note="invitation about Rune's repeated aggression and a preventive suspension sent to the parents of Filip El Amrani (another pupil)",
  body="""Geachte ouders,

Wij moeten u helaas laten weten dat Rune deze week opnieuw betrokken was bij een ernstig incident. Op maandag heeft hij een medeleerling op de speelplaats tegen de grond geduwd en geschopt; dinsdag heeft hij een leerkracht uitgescholden toen die hem aansprak.

Omdat dit na de begeleidingsovereenkomst van november opnieuw gebeurt, wordt Rune vrijdag preventief geschorst. Hij blijft die dag thuis en krijgt een taak via Smartschool.

Wij nodigen u graag uit voor een gesprek op maandag 27 januari om 16u met mevrouw Ceulemans en mij.

Met vriendelijke groeten,
Stijn Heremans
opvoeder eerste graad""")

M("iac-toon-ouali", ZORG, [par("P0090")], "Overstap naar een individueel aangepast curriculum", grp="S",
  rules=["sensitive"], cats=["care"], about=["P0090"], fmt="qp",
  note="mail to a mother confirming her son moves to an individually adapted curriculum after the CLB report",
  body="""Beste mevrouw Ouali,

Zoals besproken op het overleg van vorige week bevestig ik graag de volgende stappen voor Toon.

Het CLB heeft het verslag voor een individueel aangepast curriculum (IAC) afgerond. Dat betekent dat Toon vanaf het derde trimester niet meer op dezelfde doelen geëvalueerd wordt als zijn klasgenoten, maar op een eigen set doelen die we samen met u en Toon opstellen. Hij krijgt op het einde van het jaar een attest van verworven bekwaamheden in plaats van een oriënteringsattest.

Toon blijft in 2D zitten en volgt de meeste lessen mee. Voor wiskunde en Frans krijgt hij 4 lesuren per week aangepaste opdrachten met mevrouw Vandevelde.

Ik stuur u volgende week een voorstel van handelingsplan.

Met vriendelijke groeten,
Sarah Van Aken
zorgcoördinator""")

M("lars-knie-lo", SEC, [BL], "Lars Vermeulen 5C - geen LO", grp="S", rules=["sensitive"], cats=["medical"], about=["P0232"],
  note="short internal note: pupil had knee surgery, no PE for six weeks",
  body="""Bert,

Lars Vermeulen (5C) is gisteren geopereerd aan zijn kruisband. Doktersbriefje ligt hier: geen sport tot 10 maart. Hij komt met krukken, mag de lift gebruiken.

Martine""")

M("therapist-hind-panic", LLB, ["Anna Kowalczyk <a.kowalczyk@psychotherapie-leuven.be>"], "Hind W. (6D) - observations at school",
  grp="S", rules=["sensitive"], cats=["psychosocial"], about=["P0295"], lang="en", fmt="alt",
  note="pupil counsellor writes to the pupil's external therapist about her panic attacks at school, parents agreed",
  body="""Dear Ms Kowalczyk,

Hind's parents asked me to share what we see at school, and Hind agreed that I write to you directly.

Since the start of the second term she has had three panic attacks during class: twice during a test (maths, chemistry) and once in the canteen. Each time she could not breathe properly, was shaking and asked to call her mother. After 20-30 minutes in my office she calmed down and went back to class.

She tells me she is afraid of failing and of "losing control in front of everyone". She now avoids the canteen and eats alone in the library.

What we do for now: she may leave the classroom without asking when she feels it coming, and she takes tests in a separate room. Any advice from your side on how we can best respond is welcome.

Best regards,
Jeroen Pinxten
Pupil counsellor, Sint-Pieterscollege""")

M("aandachtspunten-2b", KW, [MA, NB, BL, DL], "aandachtspunten 2B na de vakantie", grp="S", rules=["sensitive"],
  cats=["family", "financial"], about=["P0073", "P0066"], fmt="plain", tags=["bullets"],
  note="form teacher's bullet list: one pupil's parents separated with a contact ban, another family cannot pay the trip",
  body="""Dag collega's van 2B,

Een paar dingen om mee te nemen na de herfstvakantie:

- Mats: ouders zijn uit elkaar, hij woont nu bij papa in Kessel-Lo. Mama mag hem NIET ophalen aan school (er is een contactverbod, kopie bij het secretariaat). Als ze toch opdaagt: directie verwittigen.
- Roos: nieuwe bril, vraagt om vooraan te zitten.
- Jules S.: thuis is het financieel krap, de bijdrage voor Parijs is nog niet betaald. Ik heb met Luc afgesproken dat het via het solidariteitsfonds loopt. Jules weet van niks, niet op aanspreken aub.
- Klasfoto: nieuwe datum 14/11.

Merci!
Katrien""")

M("plan-paiement-divine", BOEK, [par("P0239")], "Facture scolaire Divine - plan de paiement", grp="S",
  rules=["sensitive"], cats=["financial"], about=["P0239"], lang="fr", fmt="cp1252",
  note="French mail to a parent confirming a monthly payment plan for unpaid school bills",
  body="""Madame, Monsieur,

Suite à votre visite au secrétariat ce mardi, je vous confirme le plan de paiement pour les factures scolaires de Divine (5D).

Montant restant : 512,00 euros (factures de septembre et décembre et voyage à Rome).
Vous paierez 64 euros par mois, du 1er février au 1er septembre, avec la communication habituelle.

Si un mois pose problème, prévenez-moi simplement, nous trouverons une solution. Nous n'enverrons plus de rappels pendant la durée du plan.

Cordialement,
Luc Deckers
comptabilité - Sint-Pieterscollege""")

M("sticordi-lotte", ZL, [par("P0057")], "Maatregelen rekenen voor Lotte", grp="S", rules=["sensitive"],
  cats=["medical", "care"], about=["P0053"], mis=True, fmt="alt",
  note="measures after a dyscalculia diagnosis of Lotte (2A) sent to the parents of Nisrine Yilmaz in the same class",
  body="""Beste ouders,

We hebben het verslag van de logopediste goed ontvangen, waarin de diagnose dyscalculie bij Lotte bevestigd wordt. Bedankt om het zo snel te bezorgen.

Vanaf nu krijgt Lotte volgende maatregelen:
• gebruik van een rekenmachine bij wiskunde, fysica en aardrijkskunde (niet bij de toetsen hoofdrekenen);
• 1/3 extra tijd bij toetsen en examens;
• een formulekaart die we samen met haar opstellen;
• toetsen in een groter lettertype, één oefening per blad.

Deze maatregelen worden opgenomen in haar zorgfiche op Smartschool, zodat alle leerkrachten ze kennen.

Vriendelijke groeten,
Joke Vandevelde
zorgleerkracht eerste graad""")

M("uitstap-4d-medische-lijst", KB, [BL, SVL, TD], "medische info 4D voor Ardennen", grp="S", rules=["sensitive"],
  cats=["medical"], about=["P0198", "P0192", "P0196"], fmt="html", tags=["table"],
  note="list of pupils with epilepsy, a nut allergy and asthma for the teachers on the class trip",
  html=outlook(P_("Hoi,\n\nVoor de meerdaagse: dit zijn de leerlingen van 4D waar we extra op moeten letten. Medicatie zit in de EHBO-tas die ik meeneem.") +
    table([["Leerling", "Wat", "Medicatie / wat doen"],
           ["Jasper A.", "epilepsie", "Depakine 's ochtends en 's avonds (ik geef). Bij aanval: Buccolam, 112 als langer dan 5 min"],
           ["Charlotte M.", "notenallergie (ernstig)", "EpiPen in haar rugzak + reserve in EHBO-tas"],
           ["Nand M.", "astma", "Ventolin-puffer voor de wandeling en het kajakken"]]) +
    P_("\nNiet verder verspreiden aub, de ouders gaven de info enkel voor de reis.\n\nKristel")))

M("warre-weer-niet-op-school", OPV, [MA], "Warre Ö. 2D", grp="S", rules=["sensitive"], cats=["psychosocial"], about=["P0093"],
  fmt="plain", note="supervisor reports a pupil refusing to come to school for the fourth time this month",
  body="""Mehdi,

Warre is er vandaag weer niet. Dat is de 4e keer deze maand, telkens op maandag. Ik heb zijn papa aan de lijn gehad: hij krijgt hem 's morgens zijn kamer niet uit, de jongen zegt dat hij "niet meer kan" en dat hij buikpijn krijgt als hij aan de klas denkt. Geen ziektebriefje.

Ik denk dat dit niet meer gewoon spijbelen is. Zullen we hem op de cel leerlingenbegeleiding van donderdag zetten?

Stijn""")

M("esther-bij-tante", LLB, [CLB3], "Esther N. 6A", grp="S", rules=["sensitive"], cats=["family"], about=["P0263"], fmt="qp",
  note="counsellor tells the CLB worker a pupil sleeps at her aunt's because home is unsafe with a drinking father",
  body="""Dag Bram,

Voor je gesprek met Esther N. (6A) donderdag: ze heeft me vandaag verteld dat ze sinds de paasvakantie bij haar tante in Heverlee slaapt. Thuis is het volgens haar niet veilig als haar vader gedronken heeft; hij heeft haar broertje vorige maand geslagen. Mama weet dat ze bij de tante is.

Ze wil absoluut niet dat haar vader weet dat ze het aan ons verteld heeft.

Groetjes,
Jeroen""")

M("axelle-zwanger-examens", EV, [LLB, ADJ], "Axelle T. - examens juni", grp="S", rules=["sensitive"], cats=["medical", "care"],
  about=["P0238"], fmt="plain",
  note="form teacher asks for an adapted exam schedule because a 5C pupil is pregnant and due in June",
  body="""Dag Jeroen, dag Hilde,

Axelle heeft me na de les in vertrouwen verteld dat ze zwanger is, uitgerekend half juni. Ouders weten het sinds vorige week en steunen haar. Ze wil absoluut haar jaar afmaken.

Kunnen we in de cel bekijken of een aangepast examenrooster mogelijk is (examens vervroegen naar eind mei, eventueel spreiden)? Ze vroeg ook of ze vrijgesteld kan worden van LO vanaf maart; ze brengt een attest van de gynaecoloog mee.

Ze wil zelf niet dat de klas het al weet.

Ellen""")

M("ocmw-nand-vos", BOEK, [par("P0042")], "Tussenkomst OCMW - schoolrekening Nand", grp="S", rules=["sensitive"],
  cats=["financial"], about=["P0190"], mis=True, fmt="alt",
  note="confirmation that the OCMW pays Nand's (4D) school bill sent to the Vos family of another pupil (1D)",
  body="""Beste mevrouw Vos,

Ik laat u weten dat wij het bericht van de sociale dienst van het OCMW Leuven ontvangen hebben. Zij nemen de openstaande rekeningen van Nand voor dit schooljaar ten laste (in totaal 455,30 euro), inclusief de sportdag en de daguitstap naar Ieper.

U hoeft dus zelf niets meer te betalen voor deze rekeningen. De volgende facturen sturen wij rechtstreeks naar uw maatschappelijk werker, zoals afgesproken.

Met vriendelijke groeten,
Luc Deckers
boekhouding Sint-Pieterscollege""")

M("lucas-feeling-down", YB, [par("P0255")], "Lucas - worried about him", grp="S", rules=["sensitive"], cats=["psychosocial"],
  about=["P0255"], lang="en", fmt="plain",
  note="form teacher writes in English to a father: his son is withdrawn, says he sees no point any more",
  body="""Dear Mr Jacobs,

I'm writing to you as Lucas's form teacher. I've noticed since Christmas that he has become very withdrawn: he no longer joins his friends at break, he's stopped handing in work, and twice this week he put his head down for the whole lesson.

Yesterday he stayed after class and told me he has been feeling down for weeks and that he "doesn't really see the point of anything anymore". He asked me not to make a big deal of it, but I think you should know, and I have informed our pupil counsellor, Mr Pinxten.

Could you call me or the school so we can talk about how to support him? He also told me he'd be OK with talking to someone from the CLB.

Kind regards,
Yasmine Belkadi
Form teacher 6B""")

M("aanvraag-verslag-vic-ilunga", ZL, [CLB1], "Aanvraag gemotiveerd verslag Vic Ilunga", grp="S", fmt="alt",
  rules=["sensitive", "personal_data"], cats=["care"], about=["P0046"],
  note="care teacher asks the CLB to start a report for external support for a first-year pupil, with birth date",
  body="""Dag An,

Na het MDO van 9 januari vragen we om voor onderstaande leerling het traject voor een gemotiveerd verslag op te starten (ondersteuning vanuit het netwerk).

Leerling: Vic Ilunga, 1D
Geboren: 14/02/2012
Ouder: mevrouw Inge Ilunga

Fase 1 en fase 2 van het zorgcontinuüm zijn uitgeput: differentiatie in de klas, remediëring Nederlands 2u/week, STICORDI-maatregelen sinds oktober. Het handelingsgericht dossier met de evaluaties stuur ik je via het beveiligde platform.

Mama is akkoord en verwacht een uitnodiging van jullie.

Met vriendelijke groeten,
Joke""")

M("kerem-ouderlijk-gezag", SEC, [YB, GT], "Kerem Kaya 6B - info enkel naar mama", grp="S", rules=["sensitive"],
  cats=["family"], about=["P0275"], fmt="cp1252",
  note="secretary tells teachers that the father lost parental authority by court ruling and gets no school info",
  body="""Dag Yasmine en Greet,

Opgelet bij het rapport en de oudercontacten van Kerem (6B): volgens het vonnis dat mama ons bezorgd heeft, heeft papa het ouderlijk gezag niet meer. Hij mag geen info meer krijgen over schoolresultaten en mag Kerem ook niet komen halen.
Ik heb zijn adres uit Smartschool gehaald. Als hij belt of aan de balie staat: meteen doorverwijzen naar de directie, geen enkele info geven (ook niet over één toets).

Kopie van het vonnis zit in het dossier in de kast.

Martine""")

M("epilepsie-louis-1b", IR, [NB, HG, BL, SVL], "Louis K. 1B - wat te doen bij een aanval", grp="S", rules=["sensitive"],
  cats=["medical"], about=["P0023"], fmt="cp1252",
  note="form teacher explains to the class teachers the epilepsy of one pupil and the emergency steps",
  body="""Beste collega's,

Op vraag van de ouders van Louis Kabamba: hij heeft epilepsie en heeft vorige week zijn eerste aanval op school gehad (in de les LO). Zo reageer je als het opnieuw gebeurt:

1. Rustig blijven, harde voorwerpen wegschuiven, iets zachts onder zijn hoofd.
2. Niets in de mond steken, niet vasthouden.
3. Tijd noteren. Duurt het langer dan 5 minuten: 112 bellen en het secretariaat verwittigen (noodmedicatie ligt daar).
4. Nadien in stabiele zijligging – hij zal moe en verward zijn.

Hij neemt dagelijks medicatie thuis, op school hoeft niets gegeven te worden.

Ines""")

M("lore-demir-paniek", LLB, [par("P0063")], "Lore - afspraken na het gesprek", grp="S", rules=["sensitive"], cats=["psychosocial"],
  about=["P0106"], mis=True, fmt="plain",
  note="follow-up on Lore's (3A) anxiety and skipped lessons sent to the Demir father of another pupil (autocomplete on tim.demir)",
  body="""Beste meneer Demir,

Bedankt voor het gesprek van woensdag. Zoals afgesproken de afspraken nog even op papier:

- Lore mag bij een paniekaanval naar het lokaal van de leerlingenbegeleiding, ze meldt zich eerst bij het secretariaat.
- Ze brosst niet meer: de lessen die ze de voorbije weken gemist heeft (vooral Latijn en chemie), halen we in via een inhaalplan.
- U maakt een afspraak bij de huisarts om te bekijken of verdere hulp (psycholoog) nodig is.

We bekijken na de krokusvakantie samen hoe het gaat.

Vriendelijke groeten,
Jeroen Pinxten
leerlingenbegeleider""")

M("klassenraad-1b-initialen", IR, [ZL, LC], "klassenraad 1B - zorg", grp="S", rules=["sensitive"], cats=["care"],
  about=["P0024", "P0019"], fmt="plain", tags=["bullets"],
  note="class-council bullet notes with initials: a redirection advice and extra remedial hours for two pupils",
  body="""Joke, Lies,

Zorgpunten uit de klassenraad van 1B van gisteren:

* A.M. (1B): ondanks remediëring en STICORDI blijven de tekorten groot (wisk, Frans, NL). Klassenraad adviseert overstap naar 1B-stroom volgend jaar; CLB zit mee op het oudercontact van 20/2.
* F.V. (1B): GOK-uren begrijpend lezen verderzetten, positieve evolutie.
* Rest van de klas: geen zorgvragen.

Verslag komt ook in Smartschool.
Ines""")

M("re-rekening-malak", BOEK, [par("P0280")], "RE: vraag over de rekening", grp="S", rules=["sensitive"], cats=["financial", "family"],
  about=["P0280"], fmt="alt", tags=["reply"], inreply=True,
  note="reply to a mother: two trimesters unpaid since the divorce, payment plan offered",
  body="""Beste mevrouw Noppe,

Ik begrijp uw vraag. In ons systeem staan de rekeningen van het eerste en tweede trimester van Malak nog open (samen 412,60 euro). Tot de scheiding gingen ze naar het adres van meneer, en sinds september is er van die kant niets meer betaald.

Wij kunnen de rekeningen voortaan naar u én naar hem sturen, elk voor de helft, als u ons dat schriftelijk vraagt. Voor het openstaande bedrag kunnen we een afbetalingsplan maken, bijvoorbeeld 50 euro per maand.

Laat maar weten wat u het best past.

Met vriendelijke groeten,
Luc Deckers
boekhouding

""" + quote(f"Van: Marie-Claire Noppe <{par('P0280')}>\nVerzonden: dinsdag 4 februari 2025 22:05\nAan: Luc Deckers\nOnderwerp: vraag over de rekening",
  """Geachte meneer,
Ik kreeg een herinnering voor de rekening van Malak maar die rekeningen moest haar vader betalen. Wij zijn uit elkaar sinds vorige zomer. Ik kan dat echt niet alleen betalen. Wat moet ik doen?
Marie-Claire Noppe"""))

M("malaise-yasmina", SEC, [par("P0299")], "Yasmina - malaise en classe", grp="S", rules=["sensitive"], cats=["medical"],
  about=["P0299"], lang="fr", fmt="qp",
  note="French mail to a parent: daughter fainted in class and was taken to hospital, the school asks for the discharge letter",
  body="""Madame Willems,

Comme convenu au téléphone, je vous envoie un petit résumé.

Yasmina s'est évanouie ce matin pendant le cours de chimie, vers 10h15. Elle est restée inconsciente environ une minute. Nous avons appelé l'ambulance qui l'a emmenée aux urgences de Gasthuisberg ; Mme Lambrechts l'a accompagnée jusqu'à votre arrivée.

Pourriez-vous nous faire savoir ce que les médecins ont dit, et si Yasmina doit prendre un médicament à l'école ? Dans ce cas nous avons besoin du formulaire de médication signé par le médecin.

Nous lui souhaitons un bon rétablissement.

Martine Goris
secrétariat""")

M("bezoek-vader-floor", AV, [par("P0241")], "Re: vroeger weg op woensdag", grp="S", rules=["sensitive"], cats=["family"],
  about=["P0037"], mis=True, fmt="plain", tags=["reply"], inreply=True,
  note="answer about Floor (1C) leaving early to visit her father in prison sent to the parent of Lennert Claes (5D)",
  body="""Dag mevrouw Claes,

Geen probleem: Floor mag op woensdag om 11u50 vertrekken om haar papa te bezoeken in de gevangenis van Leuven-Centraal. Ik heb het doorgegeven aan het secretariaat en aan de leerkracht van het 4e uur, zodat ze een pasje krijgt.

Als Floor het er in de klas moeilijk mee heeft, laat het me gerust weten. Ik heb het met niemand anders gedeeld.

Groetjes,
Annelies Verhaegen
titularis 1C""")

M("opvolging-5b-mimi", TD, [LLB, OPV], "opvolging 5B - stand van zaken", grp="S", rules=["sensitive"], cats=["psychosocial"],
  about=["P0220", "P0223", "P0224"], fmt="alt", tags=["table", "nickname"],
  note="table with a nickname: a bullied girl excluded on Snapchat and the two boys who started it",
  html=outlook(P_("Jeroen, Stijn,\n\nKort overzicht voor de cel van morgen:") +
    table([["wie", "wat", "volgende stap"],
           ["Mimi", "wordt al 3 weken buitengesloten, foto's in de groep '5B zonder M.' Zit alleen op de speelplaats, huilde in de les Frans.", "Gesprek met haar maandag; No Blame-groep opstarten."],
           ["Daan M. + Jarne D.", "hebben de groep aangemaakt, Daan postte de foto's.", "herstelgesprek, ouders verwittigen"],
           ["Vic G.", "ok, spijbelgedrag opgelost", "-"]]) +
    P_("\nThomas")))

M("ondersteuner-emre-hermans", ZL, ["Leen Daenen <leen.daenen@ondersteuningsnetwerk-oostbrabant.be>"], "Emre H. 4C - afspraken ondersteuning",
  grp="S", rules=["sensitive"], cats=["medical", "care"], about=["P0182"], fmt="plain",
  note="care teacher tells the external support worker about a pupil's ADHD medication being forgotten and the support plan",
  body="""Dag Leen,

Kort voor je volgende bezoek aan Emre (4C): de laatste twee weken vergeet hij geregeld zijn Rilatine 's ochtends, en dat merken de collega's meteen (opstaan in de les, niet kunnen starten aan opdrachten). Mama is op de hoogte; ze bekijkt met de kinderpsychiater of een langwerkende vorm beter is.

Voor het handelingsplan zou ik graag focussen op:
- plannen van taken (agenda op Smartschool samen overlopen op maandag),
- werkhouding bij zelfstandig werk (timer, korte opdrachten),
- een vaste time-out plek als hij vastloopt.

Kunnen we dinsdag 11/2 om 13u samenzitten met zijn titularis?

Groetjes,
Joke""")

M("ecrin-opvangcentrum", MA, [ZORG, KW], "Ecrin V. 2C - huisvesting", grp="S", rules=["sensitive"], cats=["family"], about=["P0087"],
  fmt="plain", note="teacher passes on that a family lost their home and lives temporarily in a shelter",
  body="""Sarah, Katrien,

De papa van Ecrin belde net. Ze zijn vorige week uit hun appartement gezet en zitten nu tijdelijk met de vier kinderen in een opvangcentrum in Heverlee. Ecrin komt met de bus van daar, dus ze kan wat later zijn de komende weken.

Hij vroeg of ze 's avonds op school kan blijven om huiswerk te maken, daar is geen rustige plek.

Mehdi""")

M("sara-trip-bill", BOEK, [par("P0289")], "Sara - balance for the London trip", grp="S", rules=["sensitive"], cats=["financial"],
  about=["P0289"], lang="en", fmt="alt",
  note="English mail to a parent: the school allowance was refused and the trip balance is unpaid, instalments offered",
  body="""Dear Mr Cuypers,

Thank you for letting me know that your application for the school allowance (schooltoelage) was turned down this year. I understand this makes things difficult.

At the moment the balance for Sara's London trip (€265) and the December invoice (€118.40) are still open. We do not want Sara to miss the trip because of this. We can offer:
- payment in four monthly instalments from February, or
- a contribution from the school's solidarity fund for part of the trip.

Could you let me know which option you prefer? Everything stays between you, me and the head of care.

Kind regards,
Luc Deckers
Accounts office, Sint-Pieterscollege""")

M("openstaande-rekeningen-tabel", BOEK, [DIR, ADJ], "overzicht openstaande rekeningen > 200 euro", grp="S", rules=["sensitive"],
  cats=["financial"], about=["P0030", "P0169", "P0240"], fmt="alt", tags=["table"],
  note="accountant's table to the direction of families with large unpaid bills, one paid via OCMW",
  html=outlook(P_("Marc, Hilde,\n\nZoals gevraagd voor de directieraad: de dossiers met een openstaand saldo boven 200 euro op 31/01.") +
    table([["Leerling", "Klas", "Saldo", "Stand"],
           ["Mehmet Cuypers", "1C", "€ 344,80", "2e herinnering, geen reactie"],
           ["Omar Nowak", "4B", "€ 512,00", "afbetalingsplan 40 €/maand loopt"],
           ["Elif Achahbar", "5D", "€ 268,15", "OCMW betaalt, wachten op storting"]]) +
    P_("\nVoorstel: Mehmet doorgeven aan Sarah (zorg) voor we verdere stappen zetten.\n\nLuc")))

M("christ-exclusion", OPV, [par("P0078")], "Christ - exclusion temporaire", grp="S", rules=["sensitive"], cats=["psychosocial"],
  about=["P0078"], lang="fr", fmt="plain",
  note="French letter to a mother: her son hit a classmate and is excluded for two days",
  body="""Madame El Amrani,

Je dois malheureusement vous informer que Christ (2C) a frappé un camarade au visage pendant la récréation de midi ce jeudi. Le garçon a dû être soigné à l'infirmerie. Ce n'est pas le premier incident : en décembre, Christ avait déjà reçu un avertissement pour des menaces.

La direction a décidé d'une exclusion temporaire de deux jours (lundi 3 et mardi 4 février). Christ recevra du travail via Smartschool.

Nous vous proposons un entretien le mercredi 5 février à 16h pour parler ensemble d'un accompagnement.

Cordialement,
Stijn Heremans
éducateur 1er degré""")

M("ocmw-wout-skireis", ZORG, ["Veerle Snoeckx <veerle.snoeckx@leuven.be>"], "Vraag tussenkomst skireis - Wout N. (4C)",
  grp="S", rules=["sensitive"], cats=["family", "financial"], about=["P0186"], fmt="qp",
  note="care coordinator asks the OCMW social worker to pay the ski trip: mother alone after separation, lost her job",
  body="""Beste Veerle,

Zoals telefonisch besproken vraag ik of het OCMW kan tussenkomen in de kosten van de skireis voor Wout Nsimba (4C), jullie dossier bij mevrouw Nsimba.

Sinds de scheiding in oktober staat mama er alleen voor met drie kinderen, en ze is in december haar werk kwijtgeraakt. De skireis kost 585 euro; de school kan 150 euro uit het solidariteitsfonds dragen. Mama heeft gevraagd om het rechtstreeks met jullie te regelen.

De factuur kan naar school of rechtstreeks naar jullie, zeg maar wat het eenvoudigst is.

Met vriendelijke groeten,
Sarah Van Aken
zorgcoördinator Sint-Pieterscollege""")

M("erasmus-olivia-coeliac", YB, ["Matti Korhonen <matti.korhonen@edu.tampere.fi>"], "Erasmus+ visit - Olivia",
  grp="S", rules=["sensitive"], cats=["medical"], about=["P0267"], lang="en", fmt="plain",
  note="teacher tells the partner school abroad that a participating pupil has coeliac disease",
  body="""Hi Matti,

One more thing for the host families list: Olivia (6B), who is staying with the Virtanen family, has coeliac disease. She cannot eat anything with gluten, not even small traces (no shared toaster, separate pasta pan). She has been diagnosed for years and knows very well what she can eat, but Finnish rye bread is a no-go for her.

Could you pass this on to the family and to your canteen for the lunches at school?

Thanks and see you in March!
Yasmine""")

M("ondersteuning-stan-cuypers", ZORG, [par("P0133")], "Ondersteuning Stan - bevestiging", grp="S", rules=["sensitive"], cats=["care", "medical"],
  about=["P0184"], mis=True, fmt="alt",
  note="confirmation of autism-related support for Stan (4C) sent to the father of Jarne Cuypers (3C)",
  body="""Beste ouders,

Goed nieuws: het CLB heeft het gemotiveerd verslag voor Stan afgerond, op basis van zijn diagnose autismespectrumstoornis. Daardoor heeft hij vanaf 1 maart recht op ondersteuning vanuit het ondersteuningsnetwerk.

Concreet komt een ondersteuner één keer per week naar school. Ze werkt met Stan rond planning en sociale situaties, en geeft zijn leerkrachten tips.

We plannen een startoverleg met u, Stan, zijn titularis en de ondersteuner. U krijgt binnenkort een uitnodiging.

Met vriendelijke groeten,
Sarah Van Aken
zorgcoördinator""")

M("incident-yassine-sara", OPV, [LC, DIR], "incident 2D - bedreiging", grp="S", rules=["sensitive"], cats=["psychosocial"],
  about=["P0098", "P0094"], fmt="plain",
  note="incident report: one pupil threatens a classmate again and spreads a video of her",
  body="""Lies, Marc,

Melding voor het tuchtdossier: Yassine V. (2D) heeft vandaag opnieuw Sara V. uit zijn klas bedreigd ("ik pak u na school"). Hij heeft gisteren ook een filmpje van haar in de kleedkamer van de turnzaal verspreid in een groepschat. Sara was helemaal overstuur, mama is haar komen halen.

Gsm van Yassine is in beslag genomen, ligt in mijn kast. Filmpje is op zijn toestel nog zichtbaar. Het is de derde melding over hem dit schooljaar.

Graag jullie advies over de volgende stap (ouders, politie?).

Stijn""")

M("pleeggezin-vic", AV, [par("P0052")], "Vic - praktische afspraken", grp="S", rules=["sensitive"], cats=["family"], about=["P0027"],
  mis=True, fmt="qp",
  note="mail on Vic's (1C) placement in a foster family sent to the mother of Pieter-Jan Vandeput instead of Vic's mother",
  body="""Beste mevrouw Vandeput,

Bedankt dat u mij liet weten dat Vic sinds maandag bij een pleeggezin verblijft, op beslissing van de jeugdrechter. Ik kan me voorstellen dat dit een heel moeilijke week was.

Enkele praktische zaken:
- De pleegouders hebben gevraagd om Vic voortaan af te halen op woensdag; dat is geregeld.
- Het rapport van de kerstexamens kan ik aan u en aan de pleegouders bezorgen, als de pleegzorgbegeleider akkoord is.
- Vic mag altijd bij mij of bij mevrouw Vandevelde terecht.

Met vriendelijke groeten,
Annelies Verhaegen
titularis 1C""")

M("lowie-rekening-ocmw", SEC, [HG], "Lowie VR 1D - rekening", grp="S", rules=["sensitive"], cats=["financial"], about=["P0049"],
  fmt="plain",
  note="secretary tells the form teacher that the OCMW pays a pupil's bills and no more reminders should go home",
  body="""Hanne,

Nog iets voor Lowie Van Roey: zijn rekening wordt vanaf nu door het OCMW betaald (mama had schrik dat de herinneringen via de boekentas meekwamen). Dus: geen briefjes meer meegeven over geld voor uitstappen, gewoon op de klaslijst zetten, Luc regelt het met het OCMW.

Martine""")

M("solidariteitsfonds-dries", ADJ, [PVH], "sportdag - Dries Z.", grp="S", rules=["sensitive"], cats=["financial"], about=["P0183"],
  fmt="plain", note="deputy head tells a teacher that a pupil's fee is paid from the solidarity fund because the family cannot pay",
  body="""Pieter,

Dries Zielińska van jouw klas mag gewoon mee naar de sportdag. De 25 euro wordt betaald uit het solidariteitsfonds, de ouders konden het deze maand echt niet missen (papa is al maanden werkloos). Dries weet het zelf niet, dus niets zeggen in de klas aub.

Hilde""")

M("herinnering-kato-heylen", BOEK, [par("P0245")], "Derde herinnering - rekening Kato", grp="S", rules=["sensitive"], cats=["financial"],
  about=["P0015"], mis=True, fmt="b64",
  note="third reminder about Kato's (1B) unpaid bill sent to the mother of Lars Heylen (5D)",
  body="""Beste ouders van Kato,

Ondanks twee herinneringen (november en december) staat de rekening van Kato (1B) van het eerste trimester nog open: 198,70 euro.

Wij zouden dit graag samen met u oplossen. Kunt u deze week contact opnemen met de boekhouding? Een afbetaling in kleine bedragen is mogelijk. Als wij niets horen, moeten wij het dossier doorgeven aan ons incassobureau.

Met vriendelijke groeten,
Luc Deckers
boekhouding""")

M("esther-support-plan", ZL, [par("P0117")], "Esther - support plan in 3B", grp="S", rules=["sensitive"], cats=["care"],
  about=["P0117"], lang="en", fmt="alt",
  note="English mail to a Polish father about his daughter's individual support plan and CLB testing",
  body="""Dear Mr Jacobs,

As promised at the parents' evening, here is a summary of the support we have set up for Esther in 3B.

Because Esther is still learning Dutch and reading is slow for her, the class council decided on the following measures until the summer:
- 1/4 extra time for tests and exams;
- oral tests for history and geography when possible;
- she may use a translation dictionary (paper);
- two hours per week of extra Dutch with me.

The CLB will also test her reading in February to see whether something more is going on (for example dyslexia). They will contact you for permission.

If you have questions, please reply in English or Polish (Google Translate works fine for us!).

Best regards,
Joke Vandevelde
Learning support teacher""")

M("mdo-hamza-ongeval", ZORG, [CLB3], "verslag cel - Hamza J. 6A", grp="S", rules=["sensitive"], cats=["psychosocial", "family"],
  about=["P0259"], fmt="plain", tags=["forward-attached"],
  note="care coordinator forwards (as attachment) the care-meeting note on a pupil traumatised after the accident in which his cousin died",
  body="""Dag Bram,

In bijlage het verslag van de cel van gisteren over Hamza, zoals gevraagd. Mama verwacht je telefoon.

Sarah""",
  inner=dict(frm=GT, to=[ZORG, LLB], subj="cel 6A - Hamza", 
             body="""Sarah, Jeroen,

Nota voor de cel van vandaag:

Hamza J. (6A) zat in de auto bij het ongeval op de E40 in december, waarbij zijn neef om het leven kwam. Sindsdien:
- slaapt hij slecht, heeft nachtmerries (zegt mama);
- schrikt hij hevig van harde geluiden, ging bij het brandalarm van vorige week onder de tafel zitten;
- is zijn vader sinds de begrafenis niet meer thuis gekomen (spanningen in de familie).

Hij wil zelf praten met iemand "die er niets mee te maken heeft". Voorstel: doorverwijzing via CLB naar traumabegeleiding.

Greet"""))

M("hersenschudding-sien", BL, [par("P0060")], "Sien - val in de turnles", grp="S", rules=["sensitive"], cats=["medical"], about=["P0065"],
  mis=True, fmt="plain",
  note="PE teacher's follow-up on Sien's (2B) concussion sent to the Dewulf parents of Chloë (2A)",
  body="""Dag mevrouw Dewulf,

Ik hoop dat Sien ondertussen wat beter is. Zoals u weet is ze dinsdag in de les LO van de ringen gevallen en met haar hoofd op de mat terechtgekomen. De spoed heeft een lichte hersenschudding vastgesteld.

Het ongevalsformulier voor de verzekering zit in bijlage van mijn vorige mail; de dokter moet het medisch luik invullen.

Wat de lessen betreft: volgens het attest geen LO tot na de krokusvakantie en geen schermwerk langer dan een halfuur. Ik geef dat door aan haar titularis.

Sportieve groeten,
Bert Luyckx
leerkracht LO""")

M("re-jakub-taalbad", ZL, [AV], "Re: Jakub 1C Nederlands", grp="S", rules=["sensitive"], cats=["care"], about=["P0029"],
  fmt="plain", tags=["reply"], inreply=True,
  note="care teacher replies that a newcomer pupil gets extra Dutch support hours and adapted tests",
  body="""Hoi Annelies,

Ja, dat regel ik. Jakub krijgt vanaf maandag 2 lesuren per week NT2-ondersteuning bij mij (tijdens het keuzeuur en de 2e les Frans, afgesproken met Nele). Hij is pas 8 maanden in België, dus het is normaal dat hij de opdrachten bij geschiedenis nog niet snapt.

Voor de toetsen: woordenlijst toegestaan, vragen mogen voorgelezen worden. Ik zet het in zijn zorgfiche.

Joke

""" + quote("Op 22/01/2025 10:03 schreef Annelies Verhaegen:", """Joke, Jakub Geerts (1C) haalt echt niets bij geschiedenis, hij begrijpt de vragen gewoon niet. Kan hij extra taalondersteuning krijgen? Anne"""))

# =================================================================== PASSWORDS (25)
M("smartschool-account-interim", ICT, [P("Jolien Peetermans", f"jolien.peetermans@{SD}")], "Je account voor Smartschool en de pc's",
  grp="P", rules=["password"], fmt="plain",
  note="ICT coordinator gives a new interim teacher her username and temporary password",
  body="""Dag Jolien,

Welkom op SPC! Je account is aangemaakt. Hiermee kan je inloggen op Smartschool en op alle pc's in de klaslokalen:

gebruikersnaam: jolien.peetermans
tijdelijk wachtwoord: Lente2025!sp

Bij de eerste keer inloggen moet je het wijzigen. Lukt iets niet, spring maar binnen in lokaal A.013.

Groeten,
Tim
ICT-coördinator""")

M("re-kopieercode", SEC, [NB], "Re: kopiëren lukt niet", grp="P", rules=["password"], fmt="plain", tags=["reply"], inreply=True,
  note="secretary replies with a teacher's personal copier code",
  body="""Nele, je code was gereset na de update van het kopieertoestel. Je nieuwe code is 40718, daarna op het groene knopje drukken.
Martine

""" + quote("Op ma 6 jan. 2025 om 08:14 schreef Nele Boonen <nele.boonen@sintpieterscollege.be>:",
            """Martine, mijn code voor de kopieermachine in de leraarskamer werkt niet meer. Ik moet om 9u mijn toets hebben... help!"""))

M("wifi-opendeurdag", EVB, [KW, DL, TD, WC, BL], "opendeurdag zaterdag - praktisch", grp="P", rules=["password"], fmt="alt",
  note="open-day practical mail to colleagues with the guest Wi-Fi key",
  body="""Dag allemaal,

Bedankt om zaterdag mee te helpen! Enkele praktische zaken:

- Start 9u30, ontbijt in de leraarskamer vanaf 9u.
- Iedereen bij zijn standje om 10u.
- Voor de demo's op laptop of tablet: gebruik het gastnetwerk, niet het leerlingennetwerk.
  Netwerk: SPC-Gasten
  Sleutel: Pieter&Paulus-1904
- Om 13u30 opruimen, daarna een drankje.

Tot zaterdag!
Evi""")

M("alarmcode-infoavond", RM, [GT], "afsluiten na de infoavond", grp="P", rules=["password"], fmt="plain",
  note="caretaker gives a teacher the alarm code to lock up after an evening event",
  body="""Greet,

Ik ben er donderdagavond niet. Als jullie na de infoavond als laatste vertrekken:

1. Alle lichten uit in de aula, zijdeur op slot (sleutel hangt in het kastje).
2. Alarm inschakelen aan het paneel bij de hoofdingang: code 7351 en dan de toets AAN. Je hebt 45 seconden om buiten te zijn.
3. Poort dichttrekken.

Als het alarm toch afgaat: bel mij, 0476 28 90 13.

Rik""", )
MAILS[-1]["rules"].append("personal_data")

M("examenlaptops-accounts", ICT2, [ZL, LLB], "laptops voor examens met voorleessoftware", grp="P", rules=["password"], fmt="html",
  tags=["table"], note="ICT sends a table of exam-laptop accounts with their passwords",
  html=outlook(P_("Joke, Jeroen,\n\nDe 6 laptops voor de leerlingen met Kurzweil staan klaar in de kast van B.104. Accounts (lokaal, geen internet):") +
    table([["laptop", "account", "wachtwoord"],
           ["EX-01", "examen01", "kw-Tulp-381"],
           ["EX-02", "examen02", "kw-Roos-927"],
           ["EX-03", "examen03", "kw-Iris-554"],
           ["EX-04", "examen04", "kw-Lelie-116"],
           ["EX-05", "examen05", "kw-Anjer-702"],
           ["EX-06", "examen06", "kw-Dahlia-239"]]) +
    P_("\nNa elk examen de bestanden op de USB-stick zetten aub.\nTim")))

M("fw-licentie-uitgeverij", WC, [P("Sven Verlinden", f"sven.verlinden@{SD}")], "Fwd: Uw klaslicentie Frans 3de jaar",
  grp="P", rules=["password"], fmt="plain", tags=["forward"],
  note="teacher forwards the publisher's mail with the shared class licence login and password",
  body="""Sven, dit is de login voor het digitale platform van de nieuwe methode, voor de beamer in jullie lokaal. Niet aan de leerlingen geven he.
Wouter

""" + fwd("Klantendienst Uitgeverij Kompas <schooldienst@uitgeverij-kompas.be>", "vr 10 jan. 2025 om 14:02",
          "Uw klaslicentie Frans 3de jaar", "wco@spc.ksleuven.be", """Beste klant,

Bedankt voor uw bestelling 2025-00871. Uw klaslicentie voor 'En route 3' is actief tot 31/08/2025.

Login: spc-leuven-fr3
Wachtwoord: Rt7#kqP2m

U kunt met deze account inloggen op maximaal 3 toestellen tegelijk.

Met vriendelijke groeten,
Klantendienst"""))

M("welcome-exchange-teacher", YB, ["Aino Lehtinen <aino.lehtinen@edu.tampere.fi>"], "Welcome to SPC - logins for next week",
  grp="P", rules=["password"], lang="en", fmt="alt",
  note="English mail to a visiting teacher with Wi-Fi key and a guest Smartschool password",
  body="""Hi Aino,

Looking forward to having you here on Monday! A few things so you can get started straight away:

Wi-Fi: SPC-Personeel, password Leuven_Dijle_88
Smartschool (to see the timetables): user gast.lehtinen, password Welcome-4421

The classroom PCs use the same Smartschool login.

I'll meet you at reception at 8:15.

Yasmine""")

M("stagiaire-identifiants", SVL, [P("Camille Dubreucq", "camille.dubreucq@student.helha.be")], "Ton stage chez nous - identifiants",
  grp="P", rules=["password"], lang="fr", fmt="qp",
  note="French mail to a student teacher with her login and temporary password",
  body="""Bonjour Camille,

Ton compte pour la durée du stage est prêt :

identifiant : stagiaire.dubreucq
mot de passe provisoire : Stage-Mars25

Tu peux te connecter à Smartschool et aux ordinateurs des classes. Merci de changer le mot de passe dès la première connexion.

On se voit lundi à 8h, salle des profs.

Sven Verlinden
professeur de français""")

M("kluis-secretariaat", SEC, [P("Ilse Wauters", f"ilse.wauters@{SD}")], "vervanging volgende week", grp="P", rules=["password"],
  fmt="cp1252", note="secretary gives her replacement the code of the office safe",
  body="""Dag Ilse,

Super dat je mij volgende week vervangt. Nog wat praktische dingen:

- De kassa voor de broodjes (± 150 € wisselgeld) zit in de kluis onder mijn bureau. Code: 2 - 9 - 6 - 0 - 4, daarna de draaiknop naar rechts.
- Ziekmeldingen van leerlingen: in Smartschool bij 'afwezigheden', niet meer op papier.
- Post: Rik brengt die rond 10u.

Martine""")

M("kluisje-code-ouder", OPV, [par("P0201")], "Kastje van Floor", grp="P", rules=["password"], fmt="plain",
  note="supervisor gives a parent the combination of the pupil's school locker",
  body="""Beste mevrouw De Clercq,

Floor was haar code van het kastje vergeten en kon vandaag haar turnzak niet nemen. Het gaat om kastje 214 in de gang van blok C. De code van het hangslot is 8 3 1 5.

Misschien kan u het best ergens thuis noteren :-)

Vriendelijke groet,
Stijn Heremans
opvoeder""")

M("co-account-ouder", SECG, [par("P0157") if R["P0157"][5] else par("P0156")], "Nieuwe toegang tot Smartschool (co-account)",
  grp="P", rules=["password"], fmt="alt",
  note="secretariat sends a parent a new Smartschool co-account password after a reset",
  body="""Beste ouder,

Op uw vraag hebben wij het wachtwoord van uw co-account op Smartschool opnieuw ingesteld.

Surf naar sintpieterscollege.smartschool.be en meld u aan met de gebruikersnaam van uw kind en het volgende co-account wachtwoord:

Wachtwoord co-account 1: mz84-Kraan-tq

U wordt gevraagd meteen een eigen wachtwoord te kiezen.

Met vriendelijke groeten,
Het secretariaat""")

M("pincode-reiskaart", BOEK, [KS], "bankkaart skireis", grp="P", rules=["password"], fmt="plain",
  note="accountant gives the trip leader the PIN of the school's travel bank card",
  body="""Koen,

De bankkaart voor de skireis ligt klaar bij mij, je mag ze vrijdag komen halen. Limiet 2.500 euro per week.
Pincode: 2719 (niet samen met de kaart bewaren he).

Alle tickets bijhouden voor de afrekening!
Luc""")

M("beheeraccounts-computerklas", ICT, [WC], "beheer computerklas B.201", grp="P", rules=["password"], fmt="plain", tags=["attachment-txt"],
  note="ICT sends the admin passwords of the computer room as a text attachment",
  body="""Wouter,

Zoals gevraagd: in bijlage de lokale beheeraccounts van de 24 pc's in B.201, zodat je zelf GeoGebra en Scratch kan installeren. Na de installatie best de pc herstarten.

Bijlage na gebruik verwijderen aub.
Tim""",
  attach=[("beheer_B201.txt", "text/plain", ("Computerklas B.201 - lokale beheerder\r\n"
           "pc's B201-01 t.e.m. B201-24\r\n\r\ngebruiker: .\\spcadmin\r\nwachtwoord: Kl@slokaal-B201-xq9\r\n\r\n"
           "leerkrachtpc B201-LK\r\ngebruiker: .\\lkadmin\r\nwachtwoord: Bord!Wit-2025\r\n").encode())])

M("poortcode-parking", DIRG, [P("Nieuwe collega's", f"directie@{SD}")], "Welkom - praktische info parking en poort", grp="P",
  rules=["password"], fmt="alt", to_hdr="directie@sintpieterscollege.be",
  bcc=[f"jolien.peetermans@{SD}", f"ilse.wauters@{SD}", f"ward.declerck@{SD}"],
  note="direction mails new staff (in Bcc) the code of the parking gate",
  body="""Beste nieuwe collega's,

Nog enkele praktische zaken voor jullie eerste week:

Parking: achter blok D, ingang via de Vaartstraat. De poort gaat open met de code 1904# op het klavier links. Na 18u is de poort dicht en werkt de code niet.
Fietsenstalling personeel: naast de sporthal, met badge.
Leraarskamer: 1e verdieping blok A.

Veel succes!
Marc Vanoverbeke
directeur""")

M("instagram-verificatiecode", EVB, [P("Lotte Wellens", f"lotte.wellens@{SD}")], "code insta", grp="P", rules=["password"], fmt="plain",
  note="communication officer forwards the one-time login code of the school's Instagram account to a colleague",
  body="""Lotte, de sms-code kwam net op mijn gsm binnen: 604 218
Snel ingeven, hij is maar 10 minuten geldig. Username is sintpieterscollege_leuven, het wachtwoord heb je al.

Evi""")

M("facebook-account-werkgroep", EVB, [P("Ward De Clerck", f"ward.declerck@{SD}")], "Toegang schoolpagina's", grp="P",
  rules=["password"], fmt="qp",
  note="communication officer hands a new team member the shared login of the school social media accounts",
  body="""Dag Ward,

Leuk dat je de werkgroep communicatie komt versterken! Voor de foto's van de sportdag kan je meteen aan de slag. De gedeelde account die we gebruiken voor Facebook en Instagram:

e-mail: communicatie.spc@gmail.com
wachtwoord: SPC-fotos-2025!

Post enkel foto's van leerlingen die toestemming gaven (lijst in Smartschool > Documenten > Communicatie).

Groetjes,
Evi""")

M("ipads-schermtijd-code", WC, [HG], "iPad-koffer 1ste graad", grp="P", rules=["password"], fmt="plain",
  note="teacher gives a colleague the unlock code and restriction code of the class iPads",
  body="""Hoi Hanne,

De iPad-koffer staat in A.112. Alle iPads hebben dezelfde toegangscode: 250913
De code voor Schermtijd (om apps te blokkeren) is 7788, die laat je best niet zien aan de leerlingen.

Na gebruik terug aan de lader aub, anders zijn ze de volgende ochtend leeg.
Wouter""")

M("tijdelijk-wachtwoord-leerling", ICT, [par("P0055")], "Nieuw wachtwoord voor Noah", grp="P", rules=["password"], fmt="plain",
  note="ICT mails a parent the temporary password of the pupil's school account after a reset",
  body="""Beste meneer Dubois,

Noah kon niet meer inloggen omdat zijn account geblokkeerd was na te veel foute pogingen. Ik heb het gereset.

Tijdelijk wachtwoord: Welkom-8842
Hij moet bij de eerste login zelf een nieuw wachtwoord kiezen (minstens 10 tekens).

Met vriendelijke groeten,
Tim Wuyts
ICT-coördinator""")

M("wachtwoord-examenbestand", PVH, [P("Vakgroep wiskunde", f"vakgroep-wiskunde@{SD}")], "examen 4e jaar - bestand", grp="P",
  rules=["password"], fmt="plain", to_hdr=None, bcc=[], cc=[],
  note="maths teacher sends colleagues the password of the protected exam file (group address in To)",
  body="""Dag collega's,

Het examen wiskunde 4e jaar staat in de gedeelde map (Examens > Juni > 4 WIS). Het is beveiligd.
Wachtwoord van de zip: Pyth@goras-juni25

Graag nalezen tegen vrijdag en opmerkingen in het aparte document zetten.

Pieter""")
MAILS[-1]["rules"].append("bcc")

M("nas-admin-for-vendor", ICT, ["Kevin Janssen <support@itsolutions-heverlee.be>"], "NAS in server room - admin access",
  grp="P", rules=["password"], lang="en", fmt="plain",
  note="ICT coordinator sends the external IT support firm the admin login of the school NAS",
  body="""Hi Kevin,

As discussed, here is the access for the Synology in the server room so you can update the firmware this weekend:

https://nas01.spc.local:5001
user: admin-spc
password: Qv9!rT3#backup

Please let me know when it's done, I'll change the password afterwards.

Cheers,
Tim""")

M("code-leraarskamer", DIRG, [DIRG], "Info van de week - 10 februari", grp="P", rules=["password"], fmt="alt",
  bcc=[f"personeel@{SD}"], to_hdr="directie@sintpieterscollege.be",
  note="weekly staff memo (staff group in Bcc) includes the new door code of the staff room",
  body="""Beste collega's,

Info van de week:

1. Maandag: personeelsvergadering om 16u in de aula.
2. Woensdag: pedagogische studiedag, geen les voor de leerlingen.
3. Nieuwe code voor de deur van de leraarskamer vanaf maandag: 5823#. De oude code werkt niet meer.
4. De kopieerkredieten worden op 1 maart aangevuld.

Goede week!
Marc""")

M("sleutelkluisje-sporthal", RM, ["Volleybalclub Wilsele <secretaris@vbcwilsele.be>"], "sporthal zaterdag", grp="P",
  rules=["password"], fmt="plain",
  note="caretaker gives the renting sports club the code of the key safe of the sports hall",
  body="""Dag Guy,

Voor jullie tornooi zaterdag: de sleutel van de sporthal zit in het sleutelkluisje naast de zij-ingang (kant Vaartstraat). De code is 0614. Sleutel achteraf terug in het kluisje en de cijfers door elkaar draaien.

Rik Moors
Sint-Pieterscollege""")

M("voicemail-pin", SEC, [P("Ilse Wauters", f"ilse.wauters@{SD}")], "voicemail algemene lijn", grp="P", rules=["password", "personal_data"],
  fmt="plain", note="secretary gives her replacement the PIN to listen to the school voicemail",
  body="""Ilse, nog vergeten: de voicemail van de algemene lijn (016 29 47 10) beluister je via toets 9 op het toestel aan het onthaal. Pincode 4417. Berichten over afwezigheden zet je in Smartschool.
Martine""")

M("cle-wifi-ecole-partenaire", SVL, ["Hélène Marchal <helene.marchal@athenee-wavre.be>"], "Visite du 20 mars - infos pratiques",
  grp="P", rules=["password"], lang="fr", fmt="alt",
  note="French mail to the partner school with the Wi-Fi key for the visiting class",
  body="""Chère Hélène,

Nous nous réjouissons d'accueillir ta classe le 20 mars ! Quelques infos pratiques :

- Arrivée prévue à 9h30 à l'entrée principale (Naamsestraat).
- Les élèves pourront utiliser le réseau WiFi invité :
  réseau : SPC-Gasten
  clé : Pieter&Paulus-1904
- Dîner à la cantine, les tartines sont bienvenues.

À bientôt,
Sven""")

M("infoscherm-login", ICT2, [EVB], "Re: infoscherm in de hal", grp="P", rules=["password"], fmt="plain", tags=["reply"], inreply=True,
  note="ICT replies with the login of the hall's information screen",
  body="""Evi, je kan de dia's aanpassen via het beheerportaal van het scherm:
login: infoscherm@spc.ksleuven.be
ww: Hal-Scherm-77

Tim

""" + quote("Op 03-02-2025 om 11:20 schreef Evi Van Bael:", "Tim, kan ik zelf de dia's op het scherm in de hal veranderen? Nu staat de kerstreceptie er nog op :-)"))
for m in MAILS:
    if m["slug"] == "kluisje-code-ouder": m["about"] = ["P0201"]
    if m["slug"] == "co-account-ouder": m["about"] = ["P0157"]
    if m["slug"] == "tijdelijk-wachtwoord-leerling": m["about"] = ["P0055"]

# =================================================================== LOOK-ALIKES (10)
M("phishing-waarschuwing", ICT, [ICT], "Opgelet: valse mails 'uw mailbox is vol'", grp="L", fmt="alt", bcc=[f"personeel@{SD}"],
  note="phishing warning to staff that talks about passwords without giving one",
  body="""Beste collega's,

Deze week kregen verschillende collega's een mail met als onderwerp "Uw mailbox is bijna vol - bevestig uw account". Die mail komt NIET van ons.

Enkele afspraken:
- Wij vragen nooit uw wachtwoord, niet via mail, niet via telefoon.
- Klik niet op de link en vul niets in.
- Heeft u toch uw wachtwoord ingevuld? Wijzig het meteen via Smartschool > Profiel > Wachtwoord wijzigen en laat het mij weten.
- Kies een wachtwoord dat u nergens anders gebruikt, liefst een zin van een paar woorden.

Bedankt om alert te blijven!
Tim Wuyts, ICT""")

M("teams-vakgroep-nederlands", KW, [KW], "Vakgroepvergadering Nederlands (online)", grp="L", fmt="html",
  bcc=[f"vakgroep-nederlands@{SD}"], note="meeting passcode: Teams invitation with meeting ID and passcode, not a credential",
  html=outlook(P_("Dag collega's,\n\nOmdat de helft van ons op uitstap is, doen we de vakgroep van woensdag online. Agenda: leesplan 2de graad, boekenlijst, examenrooster.") +
    '<p class="MsoNormal">________________________________________________________________________________</p>'
    '<p class="MsoNormal"><b>Microsoft Teams</b> <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzFhM2U4">Deelnemen aan de vergadering</a></p>'
    '<p class="MsoNormal">Vergadering-id: 384 551 902 617<br>Wachtwoordcode: Xk7bQ2</p>'
    '<p class="MsoNormal">________________________________________________________________________________</p>' +
    P_("\nTot woensdag,\nKatrien")))

M("zoom-infoavond-hoger-onderwijs", DIRG, [DIRG], "Online infoavond studiekeuze 6de jaar", grp="L", fmt="alt",
  bcc=[f"ouders-6@{SD}"], to_hdr="directie@sintpieterscollege.be",
  note="meeting passcode: Zoom details for a parents' info evening",
  body="""Geachte ouders,

Op dinsdag 25 februari om 19u30 organiseren we een online infoavond over de studiekeuze na het zesde jaar, samen met het CLB en de Associatie KU Leuven.

Deelnemen via Zoom:
Link: https://zoom.us/j/83311920457
Meeting-ID: 833 1192 0457
Passcode: 612309

De presentatie wordt nadien op Smartschool geplaatst.

Met vriendelijke groeten,
Marc Vanoverbeke, directeur""")

M("keuzevakken-vakcodes", ADJ, [ADJ], "Inschrijving keuzevakken 5de jaar - vakcodes", grp="L", fmt="plain",
  bcc=[f"leerlingen-4@{SD}"], note="course codes and room numbers, not secrets",
  body="""Beste leerlingen van het vierde jaar,

Volgend schooljaar kies je in het vijfde jaar één keuzevak. Vul op Smartschool (Formulieren > Keuzevakken) de vakcode in van je eerste en tweede keuze:

KV5-ECO1  Economie in de actualiteit   (lokaal C.104)
KV5-INF2  Programmeren in Python        (lokaal B.201)
KV5-WET3  Wetenschappelijk onderzoek    (lab D.012)
KV5-CRE4  Creatief atelier              (lokaal A.210)

Indienen voor 14 maart.

Mevrouw Roelants""")

M("bevestiging-bestelling-handboeken", BOEK, ["Klantendienst Uitgeverij Kompas <schooldienst@uitgeverij-kompas.be>"],
  "Bestelling handboeken 2025-2026 - referentie", grp="L", fmt="plain",
  note="order and customer numbers in a mail to a publisher, not credentials",
  body="""Geachte,

Hierbij bevestigen wij onze bestelling voor volgend schooljaar.

Klantnummer: 10339
Ons bestelnummer: SPC-2025-0418
Offertenummer: OF-77120

Levering graag tussen 18 en 22 augustus aan de leveringsingang, Vaartstraat. Facturatie zoals vorig jaar, per graad.

Met vriendelijke groeten,
Luc Deckers
boekhouding Sint-Pieterscollege""")

M("eerste-login-leerlingen", ICT, [ICT], "Aanmelden op de nieuwe laptops", grp="L", fmt="alt", bcc=[f"leerlingen@{SD}"],
  note="placeholders only: pupils are told to log in with their own password",
  body="""Beste leerlingen,

Vanaf maandag krijgen jullie de nieuwe laptops. Aanmelden doe je zo:

Gebruikersnaam: voornaam.naam@leerling.sintpieterscollege.be
Wachtwoord: [je eigen Smartschool-wachtwoord]

Deel je wachtwoord met niemand, ook niet met je beste vriend(in). Wachtwoord vergeten? Kom naar het ICT-lokaal A.013 met je leerlingenkaart.

Tim Wuyts""")

M("re-wachtwoord-vergeten-ouder", SECG, [par("P0147") if R["P0147"][5] else par("P0146")], "Re: ik kan niet meer inloggen",
  grp="L", fmt="plain", tags=["reply"], inreply=True,
  note="reply to a parent explaining the reset procedure without giving a password",
  body="""Beste mevrouw,

Op de aanmeldpagina van Smartschool staat onder het aanmeldvenster 'Wachtwoord vergeten?'. Klik daarop, vul de gebruikersnaam van uw zoon in en kies 'co-account 1'. U krijgt dan een mail om zelf een nieuw wachtwoord in te stellen.

Lukt het niet, dan kan u altijd langskomen op het secretariaat, maar wij sturen nooit wachtwoorden via mail.

Met vriendelijke groeten,
Secretariaat

""" + quote("Op wo 15 jan. 2025 om 19:40 schreef ouder:", "Goedenavond, ik ben het paswoord van smartschool kwijt en kan het rapport niet zien. Kan u het doorsturen?"))

M("les-informatica-sterke-wachtwoorden", WC, [WC], "Opdracht informatica: sterke wachtwoorden", grp="L", fmt="plain",
  bcc=[f"klas-2c@{SD}"], note="lesson material with made-up example passwords, not a real credential",
  body="""Dag 2C,

Voor de les van donderdag lees je de tekst op Smartschool over wachtwoorden. Enkele vragen om over na te denken:

1. Waarom is een wachtwoord als 123456 of de naam van je hond geen goed idee?
2. Wat is sterker: 'Kat!1' of 'drie-losse-woorden-die-niemand-raadt'? Leg uit waarom.
3. Wat is tweestapsverificatie?

Gebruik in je antwoorden NOOIT je eigen wachtwoord als voorbeeld!

Meneer Cornelis""")

M("lokaalwissels-examens", OPV, [OPV], "lokaalcodes examenperiode", grp="L", fmt="plain", bcc=[f"personeel@{SD}"],
  note="room codes and exam version codes, not secrets",
  body="""Collega's,

Kleine uitleg bij het examenrooster dat vanmiddag op Smartschool kwam:
- De code voor het lokaal (bv. B.204) staat achter de klas.
- 'SPH' = sporthal, 'AUL' = aula (lln met extra tijd zitten in A.105).
- Versies A/B/C van de examens: A = gewone versie, B = vergroot lettertype, C = voorleesversie.

Stijn""")

M("registratie-nascholing", TD, [P("Nascholing Kortrijk", "inschrijvingen@nascholing-fysica.be")], "Re: Uw registratie voor de nascholing 'Fysica met sensoren'",
  grp="L", fmt="plain", tags=["reply"], inreply=True,
  note="masked password placeholder in a quoted registration confirmation",
  body="""Geachte,

Ik heb de bevestiging goed ontvangen, maar mijn naam is verkeerd gespeld (Desmet, niet De Smet). Kan dat nog aangepast worden op het attest?

Met vriendelijke groeten,
Thomas Desmet

""" + quote("Op ma 20 jan. 2025 om 09:01 schreef inschrijvingen@nascholing-fysica.be:", """Beste Thomas De Smet,

Bedankt voor uw registratie. Uw accountgegevens:
Gebruikersnaam: thomas.desmet@sintpieterscollege.be
Wachtwoord: ********

Datum: woensdag 12 maart, 13u30-16u30"""))

# =================================================================== GENERAL (70)
OUD = [f"ouders@{SD}"]
def G(slug_, frm, subj, body=None, bcc=OUD, to=None, **kw):
    to_ = to if to is not None else [frm]
    hdr = kw.pop("to_hdr", "undisclosed-recipients:;" if to is None else None)
    M(slug_, frm, to_ if to is not None else [], subj, body, grp="G", bcc=bcc, to_hdr=hdr, **kw)

G("medicatie-op-school", DIRG, "Medicatie op school - afspraken", fmt="alt", note="procedure letter to all parents on medication at school", body="""Geachte ouders,

Regelmatig vragen ouders of wij op school medicatie kunnen geven aan hun kind. Omdat het toedienen van geneesmiddelen risico's inhoudt, maken we daar duidelijke afspraken over.

1. In principe geven wij geen medicatie. Bespreek met uw arts of de inname thuis kan gebeuren (bv. 's ochtends en 's avonds).
2. Moet uw kind toch medicatie nemen tijdens de schooluren, dan vult de arts het attest 'medicatie op school' in. U vindt het op Smartschool en aan het onthaal.
3. Breng de medicatie in de originele verpakking, met de naam van uw kind erop, naar het secretariaat.
4. Pijnstillers of andere medicatie zonder voorschrift geven wij nooit, ook niet op uitdrukkelijke vraag.
5. Leerlingen die zelf medicatie bij zich hebben (bv. een puffer of een EpiPen) melden dat aan hun titularis.

Wij danken u voor uw medewerking.

De directie""")

G("allergieen-medische-fiche", SECG, "Allergieën en medische fiche - graag nakijken", fmt="plain", note="general request to all parents to update the medical form", body="""Beste ouders,

Bij het begin van het schooljaar vulde u de medische fiche in op Smartschool. Wij vragen u die nog eens na te kijken, zeker als er iets veranderd is, bijvoorbeeld:
- een nieuwe allergie (voeding, insectenbeten, geneesmiddelen);
- medicatie die uw kind dagelijks neemt;
- een aandoening waar leerkrachten bij een uitstap rekening mee moeten houden (bv. astma, diabetes, epilepsie).

Deze informatie wordt enkel gebruikt door de titularis, het secretariaat en de begeleiders van uitstappen.

Met vriendelijke groeten,
Het secretariaat""")

G("afwezigheden-procedure", LC, "Wat als uw kind afwezig is?", fmt="qp", note="absence procedure for all parents with examples", body="""Beste ouders,

Even een herinnering over hoe u een afwezigheid meldt.

• Verwittig de school vóór 8u30 via Smartschool (module Afwezigheden) of aan het onthaal.
• Voor een ziekte van maximum 3 opeenvolgende kalenderdagen volstaat een verklaring van u als ouder. Dat kan maximaal 4 keer per schooljaar.
• Bij een langere ziekte of vanaf de 5e keer is een medisch attest nodig.
• Afwezig tijdens een toets of examen? Dan is altijd een doktersbriefje nodig.
• Andere afwezigheden (bv. begrafenis van een familielid, rijexamen) meldt u vooraf, met een bewijs.

Een leerling die vaak te laat of onwettig afwezig is, wordt besproken met het CLB. Dat zijn we wettelijk verplicht.

Met vriendelijke groeten,
Lies Ceulemans
pedagogisch directeur eerste graad""")

G("pestbeleid", DIRG, "Samen tegen pesten", fmt="alt", note="school bullying policy letter to all parents, no individual case", body="""Geachte ouders,

Op onze school willen we dat iedereen zich veilig voelt. Toch gebeurt het dat leerlingen gepest worden, op school of online.

Wat verstaan we onder pesten?
Pesten is herhaaldelijk en bewust iemand kwetsen, uitsluiten of bang maken, bv. uitlachen, spullen afnemen, iemand bewust buiten een groepschat houden of foto's verspreiden.

Hoe pakken we het aan?
- Elke melding wordt ernstig genomen.
- We werken met de No Blame-aanpak: een steungroep rond de gepeste leerling, zonder de daders te straffen, met de nadruk op herstel.
- Stopt het pesten niet, dan volgen maatregelen uit het schoolreglement.

Wat kunt u doen?
Merkt u dat uw kind niet graag naar school gaat, stil wordt of zijn gsm verstopt? Praat erover en neem contact op met de titularis of de leerlingenbegeleiding.

Met vriendelijke groeten,
De directie en het team leerlingenbegeleiding""")

G("zorgbeleid-uitleg", ZORG, "Hoe werkt de leerlingenbegeleiding op onze school?", fmt="alt", note="general care policy with examples, not about one pupil", body="""Beste ouders,

Met deze mail leggen we kort uit hoe wij op school zorg dragen voor uw kind.

Brede basiszorg - voor iedereen: duidelijke lessen, studiebegeleiding, een titularis die uw kind goed kent.
Verhoogde zorg - voor leerlingen die iets extra nodig hebben, bv. extra tijd bij toetsen, een rekenmachine bij dyscalculie, voorleessoftware bij dyslexie, remediëring.
Uitbreiding van zorg - samen met het CLB, bv. bij een gemotiveerd verslag of ondersteuning vanuit het netwerk.

Elke beslissing over zorgmaatregelen nemen we in overleg met u en uw kind. U kunt altijd terecht bij de titularis, de zorgleerkracht of bij mij.

Met vriendelijke groeten,
Sarah Van Aken
zorgcoördinator""")

G("schoolreglement-gsm", ADJ, "Uittreksel schoolreglement: gsm en sociale media", fmt="plain", note="rule-book excerpt with numbered headings for all parents", body="""Beste ouders, beste leerlingen,

Naar aanleiding van vragen op de schoolraad herhalen we enkele artikels uit het schoolreglement.

3.4 Gsm-gebruik
3.4.1 Tijdens de lessen staat de gsm uit en zit hij in de boekentas, tenzij de leerkracht uitdrukkelijk anders vraagt.
3.4.2 Op de speelplaats is de gsm toegelaten tijdens de middagpauze, niet tijdens de korte pauzes.
3.4.3 Wie zich niet aan de afspraak houdt, geeft de gsm af. Hij kan na het laatste lesuur opgehaald worden bij de opvoeder.

3.5 Beeldmateriaal en sociale media
3.5.1 Filmen of fotograferen van medeleerlingen of personeel zonder toestemming is verboden.
3.5.2 Berichten die anderen kwetsen of bedreigen, ook buiten de schooluren, kunnen tot een tuchtprocedure leiden.

Het volledige schoolreglement vindt u op de website.

Hilde Roelants, adjunct-directeur""")

G("schoolrekening-februari", BOEK, "Schoolrekening tweede trimester", fmt="alt", note="invoice announcement to all parents with payment plan offer in general terms", body="""Beste ouders,

Deze week vindt u de schoolrekening van het tweede trimester in de boekentas van uw kind en op Smartschool (Intradesk > Rekeningen).

Op de rekening staan onder andere de kopieën, de uitstappen van dit trimester en de sportdag. Gelieve te betalen voor 15 maart met de gestructureerde mededeling die op de rekening staat.

Heeft u vragen over een bedrag of is het moeilijk om de rekening in één keer te betalen? Neem dan discreet contact op met de boekhouding. Een afbetalingsplan is altijd bespreekbaar.

Met vriendelijke groeten,
Luc Deckers
boekhouding""")

G("schooltoelage-info", SECG, "Schooltoelage: vergeet ze niet aan te vragen", fmt="plain", note="general information on the school allowance for all families", body="""Beste ouders,

Wist u dat u misschien recht heeft op een schooltoelage van de Vlaamse overheid? Die toelage maakt deel uit van het Groeipakket en hangt af van het inkomen van het gezin.

Vaak gebeurt de toekenning automatisch. Kreeg u vorig jaar niets, maar is uw situatie veranderd (bv. minder inkomen, een gezinslid erbij)? Kijk dan na bij uw uitbetaler van het Groeipakket of u alsnog recht heeft.

Op het secretariaat helpen we u graag als u vragen heeft.

Het secretariaat""")

G("overlijden-oud-collega", DIR, "Overlijden van meneer Jos Verbiest", fmt="qp", bcc=[f"personeel@{SD}", f"ouders@{SD}"],
  note="announcement in general terms of the death of a retired teacher", body="""Beste collega's, beste ouders,

Met droefheid laten wij u weten dat meneer Jos Verbiest, die tot 2019 leraar geschiedenis was op onze school, op 2 februari is overleden. Velen onder u kenden hem als een warme en gedreven leerkracht.

De afscheidsviering vindt plaats op zaterdag 8 februari om 10u30 in de Sint-Pieterskerk. Wie wil, kan een berichtje achterlaten in het rouwregister aan het onthaal.

Leerlingen die het moeilijk hebben, kunnen terecht bij hun titularis of bij de leerlingenbegeleiding.

Marc Vanoverbeke
directeur""")

G("memo-ongevalsaangifte", ADJ, "Procedure bij een ongeval van een leerling", fmt="plain", bcc=[f"personeel@{SD}"],
  note="internal memo on the accident procedure for all staff", body="""Dag collega's,

Naar aanleiding van een paar vragen nog eens de procedure bij een schoolongeval:

1. Eerste hulp: EHBO-koffer in elke blok, AED aan het onthaal en in de sporthal.
2. Verwittig het secretariaat, dat contacteert de ouders.
3. Moet de leerling naar de dokter of het ziekenhuis, dan geeft het secretariaat het aangifteformulier van de verzekering mee.
4. Vul dezelfde dag het incidentformulier in op Smartschool (wie, wat, waar, getuigen).
5. Bij twijfel: altijd 112.

Hilde""")

G("agenda-klassenraad-februari", LC, "Agenda klassenraden eerste graad", fmt="alt", bcc=[f"personeel-eerstegraad@{SD}"],
  note="agenda of class councils without any pupil details", body="""Beste collega's van de eerste graad,

De begeleidende klassenraden gaan door van 17 tot 20 februari. Agenda:

1. Algemeen beeld van de klas (werkhouding, sfeer).
2. Leerlingen met een tekort op het rapport: afspraken voor remediëring.
3. Zorgleerlingen: evaluatie van de maatregelen (de zorgleerkracht brengt de fiches mee).
4. Studiekeuze tweede graad: eerste advies.
5. Varia.

Gelieve uw punten ten laatste op vrijdag 14/2 in te geven. De rooster per klas staat op Smartschool.

Lies""")

G("uitstap-ardennen-medische-fiche", KB, "Meerdaagse uitstap Ardennen 4de jaar", fmt="alt", bcc=[f"ouders-4@{SD}"], tags=["form"],
  note="trip letter to all parents of year 4 with a blank medical form to fill in", body="""Beste ouders,

Van woensdag 2 tot vrijdag 4 april trekken de leerlingen van het vierde jaar naar Han-sur-Lesse. Op het programma: kajakken, een grotbezoek en een dropping.

Praktisch
- Vertrek woensdag om 8u aan de school, terug vrijdag rond 17u.
- Kostprijs: 195 euro, wordt op de schoolrekening gezet.
- Bagagelijst: zie Smartschool.

Medische fiche - in te vullen en mee te geven voor 14 maart
Naam leerling: ........................ Klas: .......
Allergieën: ....................................
Medicatie tijdens de reis (naam, dosis, uur): ....................................
Andere aandachtspunten (bv. slaapwandelen, heimwee, dieet): ....................................
Telefoonnummer ouder tijdens de reis: ....................................
Handtekening ouder: ....................................

Met vriendelijke groeten,
Kristel Bollen
coördinator 4de jaar""")

G("re-verloren-jas", OPV, "Re: jas kwijt", to=[par("P0004")], bcc=[], fmt="plain", tags=["reply"], inreply=True,
  note="reply to one parent about a lost coat", body="""Dag mevrouw,

Er hangen bij de verloren voorwerpen (gang naast de refter) twee blauwe jassen. Laat Gabriel gerust eens kijken tijdens de middagpauze. Alles wat na de krokusvakantie nog hangt, gaat naar de Kringwinkel.

Groeten,
Stijn Heremans

""" + quote("Op do 23 jan. 2025 om 18:02 schreef ouder:", "Goeiedag, Gabriel is zijn jas kwijt (blauw, merk CKS) sinds dinsdag. Is die misschien gevonden? Dank u"))

G("re-busuren", SECG, "Re: bus na de middag op woensdag", to=[par("P0010")], bcc=[], fmt="plain", tags=["reply"], inreply=True,
  note="reply to one parent's question about bus times", body="""Beste mevrouw Noppe,

Op woensdag eindigen de lessen om 12u05. De schoolbus richting Bertem vertrekt om 12u20 aan de halte Vaartstraat. Leerlingen die moeten wachten, kunnen tot 13u in de studiezaal blijven.

Met vriendelijke groeten,
Secretariaat""")

G("clb-stelt-zich-voor", ZORG, "Fwd: Het CLB stelt zich voor", fmt="alt", tags=["forward"], note="forwarded general CLB information page for all parents",
  body="""Beste ouders,

Hieronder vindt u de informatie van ons CLB. Aarzel niet om hen zelf te contacteren.

Sarah Van Aken, zorgcoördinator

""" + fwd("Vrij CLB Leuven <onthaal@clb-leuven.be>", "ma 2 sep. 2024 om 09:00", "Het CLB stelt zich voor", "sarah.vanaken@sintpieterscollege.be", """Wat doet het CLB?
Het Centrum voor Leerlingenbegeleiding begeleidt leerlingen, ouders en scholen. Je kan bij ons terecht met vragen over leren en studeren, studiekeuze, gezondheid en welbevinden, bv. als je kind moeilijk leert, niet goed in zijn vel zit of vaak afwezig is.

Het CLB werkt onafhankelijk van de school, gratis en discreet. We zijn gebonden aan het beroepsgeheim.

Sommige activiteiten zijn verplicht: het medisch consult, de begeleiding bij problematische afwezigheden en de vaccinaties (als u toestemming geeft).

Meer info op onze website of via het onthaal."""))

G("stad-leuven-schoolstraat", DIRG, "Fwd: Schoolstraat Vaartstraat vanaf 3 maart", fmt="plain", tags=["forward"],
  note="forwarded message of the city to all parents", body="""Geachte ouders,

Ter info het bericht van de stad Leuven over de schoolstraat.

De directie

""" + fwd("Stad Leuven - Mobiliteit <mobiliteit@leuven.be>", "di 11 feb. 2025 om 10:30", "Schoolstraat Vaartstraat", "directie@sintpieterscollege.be", """Beste directie,

Vanaf maandag 3 maart wordt de Vaartstraat een schoolstraat. Dat betekent dat de straat op schooldagen tussen 7u45 en 8u30 en tussen 15u45 en 16u15 afgesloten is voor gemotoriseerd verkeer. Bewoners en hulpdiensten mogen stapvoets door.

Wij vragen om ouders te stimuleren om te voet of met de fiets te komen, of om de kiss & ride op het Sluisplein te gebruiken.

Met vriendelijke groeten,
Dienst Mobiliteit"""))

G("ministerie-afwezigheden-staff", ADJ, "Fwd: Omzendbrief leerlingenregistratie - wijzigingen", fmt="alt", bcc=[f"personeel@{SD}"], tags=["forward"],
  note="forwarded ministry circular about absence codes to staff", body="""Collega's, hieronder de samenvatting van het departement. Belangrijk voor wie de afwezigheden ingeeft. Hilde

""" + fwd("Departement Onderwijs en Vorming <nieuwsbrief@ond.vlaanderen.be>", "do 9 jan. 2025 om 11:15", "Leerlingenregistratie: wijzigingen", "directie@sintpieterscollege.be", """Geachte directie,

Vanaf 1 februari worden enkele codes voor afwezigheden in het secundair onderwijs aangepast:
- code B (problematische afwezigheid) moet binnen 5 werkdagen geregistreerd worden;
- vanaf 10 halve dagen B-code volgt een verplichte melding aan het CLB;
- afwezigheden wegens topsport krijgen een aparte code.

De volledige omzendbrief vindt u op de website van Onderwijs Vlaanderen."""))

G("nieuwsbrief-februari", INFO, "Nieuwsbrief februari", fmt="html", note="school newsletter to all parents", html=outlook(
  "<h2 style='font-family:Calibri'>Sint-Pieterscollege - nieuwsbrief februari</h2>" +
  P_("Beste ouders,\n\nDe eerste examens liggen achter ons, tijd om vooruit te kijken!") +
  "<h3 style='font-family:Calibri'>Agenda</h3><ul><li>10/2: oudercontact 1ste graad</li><li>12/2: pedagogische studiedag - geen les</li><li>17-20/2: klassenraden</li><li>3-7/3: krokusvakantie</li></ul>" +
  "<h3 style='font-family:Calibri'>Spaghettiavond</h3>" + P_("Op vrijdag 21 februari organiseert de ouderraad zijn jaarlijkse spaghettiavond. De opbrengst gaat naar nieuwe zitbanken voor de speelplaats. Inschrijven kan via het strookje op Smartschool.") +
  "<h3 style='font-family:Calibri'>Even voorstellen</h3>" + P_("Sinds januari versterkt mevrouw Jolien Peetermans ons team als leerkracht wiskunde in de tweede graad.") +
  "<h3 style='font-family:Calibri'>Sportief</h3>" + P_("Onze meisjes van het derde jaar werden tweede op de scholencross van Leuven. Proficiat!") +
  P_("\nMet vriendelijke groeten,\nDe directie")))

G("nieuwsbrief-maart", INFO, "Nieuwsbrief maart: lentekriebels", fmt="alt", note="second newsletter to all parents", body="""Beste ouders,

Welkom terug na de krokusvakantie! Wat brengt maart?

* 11/3 - Infoavond studiekeuze voor ouders van het 2de jaar (aula, 19u30)
* 14/3 - Rode Neuzen Dag: leerlingen mogen in het rood naar school komen
* 20/3 - Bezoek van onze partnerschool uit Waver
* 28/3 - Rapport 3

Vanuit de mediatheek
Er zijn nieuwe jeugdromans binnen, bv. van Gideon Samson en Aline Sax. Leerlingen kunnen ze tijdens de middag ontlenen.

Vanuit de ouderraad
Bedankt aan iedereen die hielp op de spaghettiavond: we haalden meer dan 3.000 euro op!

Tot de volgende nieuwsbrief,
De directie""")

G("hpv-vaccinatie-clb", ZORG, "Fwd: Vaccinatie HPV en difterie-tetanus-kinkhoest - 1ste jaar", fmt="qp", bcc=[f"ouders-1@{SD}"], tags=["forward", "form"],
  note="forwarded CLB vaccination information with a consent form to fill in, for all first-year parents", body="""Beste ouders van het eerste jaar,

Het CLB vraagt ons onderstaande info aan u door te geven.

""" + fwd("Vrij CLB Leuven <onthaal@clb-leuven.be>", "ma 13 jan. 2025 om 08:45", "Vaccinaties 1ste jaar", "sarah.vanaken@sintpieterscollege.be", """Beste ouders,

Het CLB biedt gratis vaccinaties aan in het eerste jaar secundair onderwijs: een tweede dosis tegen HPV (baarmoederhalskanker en andere kankers) voor jongens en meisjes die in de lagere school de eerste dosis kregen.

U krijgt via de school een toestemmingsformulier. Vul het in, teken het en geef het mee met uw kind voor 31 januari. Zonder toestemming vaccineren wij niet.

Heeft uw kind de vaccins al bij de huisarts gekregen? Noteer dat op het formulier, dan passen wij het vaccinatiedossier aan.

Met vriendelijke groeten,
Het CLB-team"""))

G("medisch-consult-rooster", ZL, "Medisch consult CLB 1ste jaar - data per klas", fmt="plain", bcc=[f"personeel-eerstegraad@{SD}"],
  note="staff schedule for CLB medical checks per class, no pupil info", body="""Collega's,

Het CLB komt voor het medisch consult van het eerste jaar op deze momenten:
1A: maandag 24/2, 1e-2e lesuur
1B: maandag 24/2, 3e-4e lesuur
1C: dinsdag 25/2, 1e-2e lesuur
1D: dinsdag 25/2, 3e-4e lesuur

De leerlingen vertrekken samen met de klas naar het CLB (Kapucijnenvoer), een leerkracht van het betrokken lesuur gaat mee. Gelieve geen toetsen te plannen op die uren.

Joke""")

G("english-exchange-info", YB, "Exchange programme Galway - information for parents", fmt="alt", bcc=[f"ouders-6@{SD}"], lang="en",
  note="English general letter to parents about the exchange programme", body="""Dear parents,

This year again, pupils of the sixth year can take part in our exchange with Coláiste Éinde in Galway (Ireland).

How does it work?
- In March, our pupils stay one week with an Irish host family and attend lessons at the partner school.
- In May, the Irish pupils come to Leuven and stay with our families.

Costs: about 420 euros (flights, insurance, excursions). Families who find this difficult can contact the accounts office in confidence.

Please register your child via the form on Smartschool before 15 December.

Kind regards,
Yasmine Belkadi
Exchange coordinator""")

G("lettre-rentree-fr", DIRG, "Informations pour les parents francophones", fmt="qp", bcc=[f"ouders@{SD}"], lang="fr",
  note="French general letter for French-speaking parents about school practicalities", body="""Chers parents,

Pour les familles qui maîtrisent moins bien le néerlandais, voici un résumé des informations importantes de ce trimestre.

- Les bulletins sont disponibles sur Smartschool le vendredi 20 décembre.
- La réunion de parents a lieu le lundi 23 décembre, de 16h à 20h. Inscription via Smartschool.
- En cas d'absence de votre enfant, prévenez l'école avant 8h30.
- Les factures scolaires sont envoyées trois fois par an. En cas de difficulté, un plan de paiement est possible.

N'hésitez pas à venir nous voir au secrétariat, nous trouverons toujours une solution pour nous comprendre.

La direction""")

G("re-enrolment-question-en", SECG, "Re: Enrolment in September - newcomers", to=["Daniel Osei <daniel.osei@outlook.com>"], bcc=[],
  fmt="plain", lang="en", tags=["reply"], inreply=True, note="answer to one parent's general question on enrolment",
  body="""Dear Mr Osei,

Thank you for your interest in our school. Enrolment for the first year goes through the central registration system of the city of Leuven (aanmelden.leuven.be), which opens in March. For other years you can contact us directly from April onwards.

Pupils who do not speak Dutch yet usually start in an OKAN class (reception class for newcomers) for one year. The CLB or the city's OKAN office can advise you which school has places.

Kind regards,
The secretariat

""" + quote("On Tue, 14 Jan 2025 at 21:13, Daniel Osei wrote:", "Hello, we are moving to Leuven in summer from Ghana. My daughter is 13. How can we enroll her in your school? She speaks English and some French. Thank you."))

G("staff-brandoefening", RM, "Brandoefening - wat verwachten we van jullie", fmt="plain", bcc=[f"personeel@{SD}"], note="internal fire drill procedure memo",
  body="""Dag iedereen,

Binnenkort (datum blijft geheim :-)) houden we een brandoefening. Even opfrissen:

- Bij het alarm: ramen dicht, lichten aan, deur dicht maar niet op slot.
- Neem de klaslijst mee (afdruk uit Smartschool of op je gsm).
- Volg de groene pijlen naar de verzamelplaats op het voetbalveld.
- Tel je klas en meld je bij de coördinator met de gele hesjes.
- Pas terug naar binnen na het signaal van de directie.

Rik""")

G("memo-afwezigheden-smartschool", OPV, "Nieuwe werkwijze afwezigheden in Smartschool", fmt="alt", bcc=[f"personeel@{SD}"], note="internal memo on registering absences",
  body="""Beste collega's,

Vanaf maandag registreren we afwezigheden enkel nog digitaal:
1. Open bij het begin van elk lesuur de module 'Aanwezigheden'.
2. Vink aanwezig/afwezig aan. Te laat: code L.
3. De opvoeders volgen de afwezigen van het 1e lesuur op en bellen de ouders.

Wie problemen heeft met de module: kom even langs.

Stijn""")

G("lockdown-procedure", DIR, "Vertrouwelijk: procedure bij een dreiging", fmt="plain", bcc=[f"personeel@{SD}"], note="internal lockdown procedure for staff",
  body="""Beste collega's,

Zoals beloofd na de nascholing met de politie: de procedure bij een externe dreiging (lockdown).

Signaal: drie korte belsignalen en een bericht via de luidsprekers 'Code Rood'.
- Leerlingen blijven in of gaan naar het dichtstbijzijnde lokaal.
- Deur op slot, rolluiken neer, weg van de ramen.
- Gsm's op stil. Niet naar buiten tot de politie of de directie het signaal 'einde' geeft.

We oefenen dit in het derde trimester.

Marc""")

G("re-huiswerkbeleid", LC, "Re: veel huiswerk in het eerste jaar", to=[par("P0008")], bcc=[], fmt="alt", tags=["reply"], inreply=True,
  note="answer to one parent's general question on homework policy",
  body="""Beste meneer Janssens,

Bedankt voor uw bericht. Onze afspraak in de eerste graad is dat leerlingen gemiddeld niet meer dan een uur per dag aan huiswerk en studie besteden. Taken worden minstens twee dagen op voorhand in de Smartschool-planner gezet.

Het klopt dat het voor de examens soms drukker is. Ik heb uw vraag doorgegeven aan de titularis, die met de vakleerkrachten bekijkt of de planning beter gespreid kan worden.

Met vriendelijke groet,
Lies Ceulemans

""" + quote("Op 28/01/2025 21:40 schreef F. Janssens:", "Goedenavond, mijn zoon zit elke avond tot 21u aan zijn huiswerk. Is dat normaal in het eerste jaar?"))

G("re-zwemmen-vrijstelling", BL, "Re: zwemles", to=[par("P0012")], bcc=[], fmt="plain", tags=["reply"], inreply=True,
  note="answer to one parent's general question on swimming exemption rules, no facts about the child",
  body="""Beste mevrouw, meneer,

Zwemmen is een onderdeel van de lessen lichamelijke opvoeding en dus verplicht voor alle leerlingen. Een vrijstelling is enkel mogelijk met een medisch attest. Leerlingen die niet kunnen zwemmen, krijgen les in het ondiepe gedeelte met een aparte begeleider.

Een boerkini of zwemlegging is toegestaan.

Sportieve groeten,
Bert Luyckx""")

G("staking-13-februari", DIRG, "Staking donderdag 13 februari", fmt="b64", note="general notice to parents about a strike day",
  body="""Geachte ouders,

Naar aanleiding van de nationale actiedag op donderdag 13 februari zullen een aantal personeelsleden staken. De school blijft open en er is opvang voorzien voor alle leerlingen, maar niet alle lessen kunnen doorgaan.

Ook het openbaar vervoer zal verstoord zijn. Leerlingen die niet op school geraken, worden niet als onwettig afwezig geregistreerd als u ons verwittigt.

Met vriendelijke groeten,
De directie""")

G("sneeuw-school-open", DIRG, "Winterweer: school blijft open", fmt="plain", note="general weather notice to parents",
  body="""Beste ouders,

Het KMI voorspelt morgen code oranje voor gladheid. De school blijft open. Leerlingen die later aankomen omdat de bussen vertraging hebben, krijgen geen notitie te laat.

Kom veilig naar school, liever later dan gevallen.

De directie""")

G("fietscontrole", BL, "Fietscontrole op 18 maart", fmt="alt", bcc=[f"ouders-1@{SD}", f"ouders-2@{SD}"],
  note="general notice about bike inspection", body="""Beste ouders,

Op dinsdag 18 maart houdt de verkeerswerkgroep samen met de lokale politie een fietscontrole voor alle leerlingen van de eerste graad.

Controleer alvast thuis: werkt de verlichting vooraan en achteraan, zijn er reflectoren in de wielen, remt de fiets goed? Wie een fiets in orde heeft, maakt kans op een fietshelm.

Bert Luyckx, namens de verkeerswerkgroep""")

G("spaghettiavond-ouderraad", P("Ouderraad SPC", f"info@{SD}"), "Uitnodiging spaghettiavond 21 februari", fmt="html",
  note="parents' council fundraising invitation", html=outlook(P_("Beste ouders, leerlingen en sympathisanten,\n\nDe ouderraad nodigt jullie uit op de jaarlijkse spaghettiavond!") +
  table([["Wanneer", "vrijdag 21 februari, 17u30 - 21u"], ["Waar", "refter Sint-Pieterscollege"], ["Prijs", "volwassenen 14 euro, kinderen 8 euro, dessert 3 euro"],
         ["Inschrijven", "via het formulier op Smartschool, voor 14 februari"]], head=False) +
  P_("\nDe opbrengst gaat naar nieuwe zitbanken op de speelplaats.\n\nHopelijk tot dan!\nDe ouderraad")))

G("verslag-schoolraad", ADJ, "Verslag schoolraad 27 januari", fmt="plain", bcc=[f"schoolraad@{SD}"],
  note="general minutes of the school council",
  body="""Beste leden van de schoolraad,

Hierbij het verslag van onze vergadering.

1. Goedkeuring vorig verslag: goedgekeurd.
2. Gsm-reglement: voorstel om de middagpauze gsm-vrij te maken vanaf volgend schooljaar. Ouders en leerlingen vragen eerst een bevraging. Wordt verder besproken in mei.
3. Schoolrekeningen: de maximumfactuur blijft ongewijzigd. Het solidariteitsfonds wordt gespijsd met de opbrengst van de spaghettiavond.
4. Verkeer: positieve evaluatie van de nieuwe fietsenstalling.
5. Varia: vraag naar meer watertappunten.

Volgende vergadering: maandag 12 mei, 20u.

Hilde Roelants""")

G("ouderraad-oproep", P("Ouderraad SPC", f"info@{SD}"), "Word lid van de ouderraad!", fmt="qp", note="call to join the parents' council",
  body="""Beste ouders,

Heb je zin om mee te denken over het schoolleven van je kind? De ouderraad zoekt nieuwe leden!

We komen ongeveer 6 keer per jaar samen, steeds op een maandagavond. We organiseren activiteiten zoals de spaghettiavond en de infoavond over sociale media, en geven advies aan de directie over bv. het huiswerkbeleid en de schoolrekening.

Interesse? Stuur een mailtje naar info@sintpieterscollege.be met als onderwerp 'ouderraad'.

Tot binnenkort,
Het bestuur van de ouderraad""")

G("planning-evaluatieweek", ADJ, "Planning evaluatieweek juni", fmt="alt", bcc=[f"personeel@{SD}"], note="internal exam planning memo",
  body="""Dag collega's,

De eerste versie van de examenplanning voor juni staat op Smartschool. Enkele afspraken:

- Examens indienen bij de vakgroepverantwoordelijke uiterlijk op 16 mei.
- Kopieën worden door het secretariaat gemaakt; niet zelf afdrukken.
- Toezichten: zie rooster. Wisselen kan onderling, maar laat het mij weten.
- Deliberaties: 24-26 juni; rapportuitreiking 27 juni.

Hilde""")

G("re-lesmateriaal-geschiedenis", EV, "Re: bronnenbundel WO I", to=[KS], bcc=[], fmt="plain", tags=["reply"], inreply=True,
  note="reply between colleagues on lesson material",
  body="""Koen, de bundel staat in de vakgroepmap onder '4e jaar > WO I'. Ik heb de bronnen over Leuven 1914 toegevoegd, daar waren de leerlingen vorig jaar heel enthousiast over. Als je de toets wil, zeg maar.
Ellen

""" + quote("Op wo 29 jan. 2025 om 12:18 schreef Koen Schepers:", "Ellen, heb jij nog die bronnenbundel over WO I? Ik zou hem graag gebruiken in 3C."))

G("nascholing-inschrijven", ADJ, "Nascholingsaanbod tweede semester", fmt="plain", bcc=[f"personeel@{SD}"], note="internal memo on staff training",
  body="""Beste collega's,

Het nascholingsaanbod voor het tweede semester staat op Smartschool. Enkele tips:
- Vraag toestemming via het formulier vóór je inschrijft.
- De school betaalt maximaal 2 nascholingen per jaar per collega.
- Deel wat je leerde met je vakgroep.

Extra aandacht dit jaar: 'Omgaan met angst bij jongeren' (CLB) en 'Differentiëren in de klas'.

Hilde""")

G("byod-laptops-info", ICT, "Laptopproject 3de jaar - informatie", fmt="alt", bcc=[f"ouders-2@{SD}"], note="general information on the laptop project for parents",
  body="""Beste ouders van het tweede jaar,

Vanaf het derde jaar werkt elke leerling met een eigen laptop. Wat moet u weten?

- U kan een toestel huren via de school (ongeveer 20 euro per maand, inclusief verzekering en herstelling) of zelf een laptop meebrengen die aan de minimale eisen voldoet.
- Op de infoavond van 10 maart stellen we de toestellen voor.
- Is de kostprijs een probleem? Neem contact op met de boekhouding; samen zoeken we een oplossing.

Tim Wuyts
ICT-coördinator""")

G("mediatheek-boeken-terug", P("Mediatheek SPC", f"info@{SD}"), "Boeken terugbrengen voor de examens", fmt="plain", bcc=[f"leerlingen@{SD}"],
  note="library reminder to pupils", body="""Beste leerlingen,

Heb je nog boeken van de mediatheek thuis liggen? Breng ze terug voor vrijdag 13 juni. Wie zijn boek kwijt is, komt even langs, dan zoeken we samen een oplossing.

Fijne examenstudie!
Het mediatheekteam""")

G("mazelen-algemeen", DIRG, "Melding: mazelen in de school", fmt="alt", bcc=[f"ouders@{SD}"],
  note="general notice of an infectious disease case without identifying anyone",
  body="""Geachte ouders,

Het CLB heeft ons laten weten dat er een geval van mazelen is vastgesteld bij een leerling van onze school. Om de verspreiding te beperken, geven wij u de volgende informatie door.

Mazelen begint met koorts, hoesten, een loopneus en rode ogen, enkele dagen later gevolgd door rode vlekjes op de huid. De ziekte is zeer besmettelijk.

Wat kan u doen?
- Kijk in het vaccinatieboekje of uw kind twee keer gevaccineerd is (BMR-vaccin). Zo niet, contacteer uw huisarts.
- Vertoont uw kind symptomen? Laat het thuis en bel eerst naar uw huisarts voor u langsgaat.

Met vragen kan u terecht bij de CLB-arts.

De directie""")

G("proclamatie-6de-jaar", DIRG, "Uitnodiging proclamatie zesdejaars", fmt="html", bcc=[f"ouders-6@{SD}"], note="invitation for graduation ceremony",
  html=outlook(P_("Beste ouders van onze zesdejaars,\n\nNa zes jaar is het tijd om afscheid te nemen. Wij nodigen u en uw zoon of dochter van harte uit op de proclamatie:") +
  P_("vrijdag 27 juni om 19u\nin de aula van het Sint-Pieterscollege\nnadien receptie op de speelplaats") +
  P_("Elke leerling mag maximaal 4 gasten meebrengen. Inschrijven via Smartschool voor 13 juni.\n\nMet vriendelijke groeten,\nDe directie en de titularissen van het zesde jaar")))

G("aanmelden-broers-zussen", SECG, "Aanmelden broers en zussen voor volgend schooljaar", fmt="plain", note="general enrolment notice",
  body="""Beste ouders,

Heeft u een zoon of dochter die volgend schooljaar naar het eerste jaar gaat en zit er al een broer of zus bij ons op school? Dan heeft u voorrang bij de inschrijving.

U moet uw kind wel aanmelden in de voorrangsperiode: van 3 tot 14 maart via het centrale aanmeldsysteem van de stad Leuven. Na die periode vervalt de voorrang.

Het secretariaat""")

G("nieuwe-collega-voorstellen", DIR, "Welkom aan Jolien", fmt="plain", bcc=[f"personeel@{SD}"], note="staff introduction of a new colleague",
  body="""Beste collega's,

Vanaf maandag vervangt Jolien Peetermans mevrouw Dierickx voor de lessen wiskunde in 3A, 3B en 4C. Jolien studeerde vorig jaar af aan de UCLL en heeft al interim-ervaring in Tienen.

Zie je haar in de leraarskamer, stel je even voor. Meter is Pieter Van Hove.

Marc""")

G("afwezigheid-collega-vervanging", ADJ, "Lessen aardrijkskunde 2de graad", fmt="plain", bcc=[f"ouders-3@{SD}"],
  note="general notice on a teacher's longer absence without any reason or pupil data",
  body="""Beste ouders,

De leerkracht aardrijkskunde van het derde jaar is voor langere tijd afwezig. Vanaf maandag neemt meneer Ward De Clerck de lessen over. Hij houdt de planning aan die op Smartschool staat; de toets van 14 februari schuift een week op.

Met vriendelijke groeten,
Hilde Roelants, adjunct-directeur""")

G("schoonmaak-sleutels-zomer", RM, "Sleutels binnenbrengen voor de zomer", fmt="plain", bcc=[f"personeel@{SD}"], note="internal note on collecting keys, no codes",
  body="""Collega's,

Voor de grote schoonmaak deze zomer moeten alle lokalen leeg en toegankelijk zijn. Wie een sleutel van een kast of lokaal heeft die niet op de lijst staat, breng hem voor 30 juni bij mij binnen (met een labeltje).

Persoonlijke spullen die nog in de lokalen liggen na 1 juli, zet ik in de kelder.

Rik""")

G("re-examenrooster-ouder", SECG, "Re: examen op zaterdag?", to=[par("P0164")], bcc=[], fmt="qp", tags=["reply"], inreply=True,
  note="answer to one parent's general question on the exam schedule",
  body="""Beste mevrouw Janssens,

Er zijn geen examens op zaterdag. De examens van het vierde jaar lopen van maandag 9 tot en met donderdag 19 juni, telkens in de voormiddag. In de namiddag mogen de leerlingen thuis studeren of in de studiezaal blijven.

Het volledige rooster staat op Smartschool.

Met vriendelijke groeten,
Secretariaat

""" + quote("Op zo 2 feb. 2025 om 17:51 schreef Sarah Janssens:", "Goeiedag, klopt het dat er in juni ook examens op zaterdag zijn? Berre zegt van wel. mvg Sarah"))

G("re-kledij-sportdag", BL, "Re: kledij op de sportdag", to=[par("P0119")], bcc=[], fmt="plain", tags=["reply"], inreply=True,
  note="answer to one parent on what to wear on sports day",
  body="""Dag meneer Cuypers,

Sportieve kledij volstaat: de sportshirt van de school als ze die heeft, een short of training en sportschoenen. Voor de oriëntatieloop in het bos raad ik oude schoenen aan. Een regenjas mag zeker mee.

Sportieve groet,
Bert""")

G("nieuwe-eindtermen-ministerie", ADJ, "Fwd: Nieuwsbrief Onderwijs Vlaanderen - eindtermen 3de graad", fmt="plain", tags=["forward"], bcc=[f"personeel@{SD}"],
  note="forwarded ministry newsletter on attainment targets",
  body="""Ter info, vooral voor de vakgroepen wetenschappen en wiskunde. We bespreken het op de personeelsvergadering.
Hilde

""" + fwd("Onderwijs Vlaanderen <nieuwsbrief@ond.vlaanderen.be>", "vr 24 jan. 2025 om 09:00", "Nieuwsbrief januari", "directie@sintpieterscollege.be", """In deze nieuwsbrief:
- De nieuwe minimumdoelen voor de derde graad worden vanaf 1 september ingevoerd in het vijfde jaar.
- Vanaf dit schooljaar nemen alle scholen deel aan de Vlaamse toetsen in het vierde jaar (Nederlands, wiskunde).
- Oproep: scholen gezocht voor het pilootproject rond digitale evaluatie."""))

G("jeugddienst-zomeraanbod", DIRG, "Fwd: Zomeraanbod jeugddienst Leuven", fmt="alt", tags=["forward"],
  note="forwarded municipal summer activities information",
  body="""Beste ouders,

De jeugddienst van de stad Leuven vroeg ons om hun zomeraanbod te verspreiden.

""" + fwd("Jeugddienst Leuven <jeugddienst@leuven.be>", "wo 4 jun. 2025 om 14:10", "Zomeraanbod", "info@sintpieterscollege.be", """Deze zomer organiseert de jeugddienst opnieuw kampen, sportweken en speelpleinwerking voor jongeren van 12 tot 16 jaar.

Met de UiTPAS met kansentarief betaalt u slechts 20% van de prijs. Meer info en inschrijven via de website van de stad of aan het loket in het Stadskantoor."""))

G("uitpas-kansentarief", ZORG, "UiTPAS met kansentarief: goedkoper op uitstap", fmt="plain",
  note="general information on a reduced-rate city pass for families with a low income",
  body="""Beste ouders,

Wist u dat gezinnen met een beperkt inkomen in Leuven recht kunnen hebben op een UiTPAS met kansentarief? Daarmee krijgen uw kinderen korting op sportclubs, jeugdkampen, musea en ook op sommige schooluitstappen.

U kan dit aanvragen bij het OCMW of aan het UiTPAS-loket in het Stadskantoor. Neem een bewijs van inkomen mee (bv. uw aanslagbiljet).

Heeft u vragen of hulp nodig bij de aanvraag? U kan altijd bij mij terecht, in vertrouwen.

Sarah Van Aken, zorgcoördinator""")

G("faq-zorgleerkracht", ZL, "Wat doet de zorgleerkracht? Veelgestelde vragen", fmt="alt", bcc=[f"ouders-1@{SD}"],
  note="general FAQ on the care teacher's role", body="""Beste ouders,

Tijdens de infoavond kregen we veel vragen over de zorgwerking. Hier de antwoorden op de meest gestelde vragen.

Wanneer komt mijn kind bij de zorgleerkracht?
Als de klassenraad of u als ouder merkt dat uw kind extra ondersteuning nodig heeft, bv. bij plannen, bij een leerstoornis of bij het leren van Nederlands.

Krijgt mijn kind dan een apart programma?
Meestal niet. Vaak gaat het om kleine maatregelen in de klas, bv. extra tijd, een rustige plaats of toetsen in een groter lettertype.

Moet ik een attest hebben?
Voor sommige maatregelen vragen we een attest van een logopedist of arts, maar u kan ook zonder attest bij ons terecht.

Wie beslist?
De klassenraad, in overleg met u en uw kind.

Joke Vandevelde, zorgleerkracht eerste graad""")

G("protocol-zelfverwonding-personeel", LLB, "Protocol: wat als een leerling vertelt over zelfdoding of zelfverwonding?", fmt="plain",
  bcc=[f"personeel@{SD}"], note="general staff protocol with examples, no pupil named",
  body="""Beste collega's,

Na de nascholing van vorige week sturen we jullie het protocol van de school nog eens door.

Signalen (voorbeelden)
- een leerling die zegt 'het hoeft voor mij niet meer';
- wonden of littekens die steeds verborgen worden, bv. lange mouwen in de zomer;
- plots afscheid nemen, spullen weggeven.

Wat doe je?
1. Neem het ernstig, luister, beloof geen geheimhouding.
2. Vraag rechtstreeks: 'Denk je eraan om jezelf iets aan te doen?' Vragen zet niemand op ideeën.
3. Breng dezelfde dag de leerlingenbegeleiding op de hoogte (persoonlijk of telefonisch, niet via mail of Smartschool-bericht).
4. Wij contacteren de ouders en het CLB.

Meer info: Zelfmoordlijn 1813.

Jeroen Pinxten, leerlingenbegeleider""")

G("attesten-uitleg-ouders", DIRG, "Wat betekenen A-, B- en C-attesten?", fmt="qp", bcc=[f"ouders@{SD}"], note="general explanation of deliberation outcomes",
  body="""Geachte ouders,

Op het einde van het schooljaar beslist de delibererende klassenraad over het attest van elke leerling. Een korte uitleg:

A-attest: uw kind is geslaagd en mag naar het volgende jaar, in elke richting.
B-attest: uw kind mag naar het volgende jaar, maar niet in bepaalde richtingen of studiedomeinen.
C-attest: uw kind is niet geslaagd en moet het jaar overdoen of een andere richting kiezen.

De klassenraad kan ook een advies meegeven, bv. 'extra oefenen op Frans tijdens de vakantie'. Dat is geen verplichting, maar wel een goede raad.

Niet akkoord? In het schoolreglement staat hoe u beroep kunt aantekenen.

De directie""")

G("newsletter-en-international", INFO, "Short English summary of this month's news", fmt="alt", lang="en",
  note="English general summary for international families",
  body="""Dear parents,

For families who don't read Dutch (yet), a short summary of this month's news:

- 12 February: no lessons (staff training day).
- 17-20 February: class councils; report cards will be on Smartschool on 21 February.
- 3-7 March: spring half-term holiday.
- The parents' council organises a spaghetti evening on 21 February - everyone is welcome!

If anything is unclear, feel free to reply to this e-mail in English or French.

Kind regards,
The school management""")

G("studiekeuze-2de-jaar", LC, "Infoavond studiekeuze 2de jaar", fmt="plain", bcc=[f"ouders-2@{SD}"], note="general info evening announcement",
  body="""Beste ouders van het tweede jaar,

Uw kind kiest binnenkort een richting voor de tweede graad. Daarom nodigen we u uit op onze infoavond op dinsdag 11 maart om 19u30 in de aula.

Programma:
19u30 algemene uitleg over de richtingen (domeinen en finaliteiten)
20u15 infomarkt met leerkrachten van elke richting
20u45 het CLB beantwoordt vragen over de keuze

Tot dan!
Lies Ceulemans""")

G("schoolfotograaf", SECG, "Schoolfoto's op 14 november", fmt="plain", note="general notice about school photos",
  body="""Beste ouders,

Op donderdag 14 november komt de schoolfotograaf langs. Er worden klasfoto's en individuele foto's genomen. U bent niet verplicht om foto's te kopen; u krijgt een inkijkexemplaar mee en kan online bestellen.

Wil u niet dat uw kind gefotografeerd wordt? Laat het weten aan de titularis.

Het secretariaat""")

G("oudercontact-3b", HG, "Oudercontact 3B op 10 februari", fmt="alt", bcc=[f"ouders-3b@{SD}"], note="invitation to the parent-teacher meeting, group in Bcc",
  body="""Beste ouders van 3B,

Op maandag 10 februari van 16u tot 20u kan u op oudercontact komen bij de vakleerkrachten. Inschrijven voor een tijdslot kan via Smartschool (module Oudercontact) tot vrijdag 7 februari.

Kan u niet op die dag? Stuur mij een bericht, dan zoeken we een ander moment.

Vriendelijke groeten,
Hanne Gysels""")

G("toezichtenrooster", OPV, "Toezichten middag week 7", fmt="html", bcc=[f"personeel@{SD}"], tags=["table"],
  note="internal supervision roster table (staff names only)", html=outlook(P_("Collega's, het rooster voor volgende week:") +
  table([["dag", "speelplaats", "refter", "studie"], ["ma", "Bert L. / Mehdi A.", "Nele B.", "Kristel B."], ["di", "Koen S. / Ines R.", "Thomas D.", "Greet T."],
         ["do", "Sven V. / Hanne G.", "Ellen V.", "Wouter C."], ["vr", "Dominique L. / Katrien W.", "Pieter VH", "Annelies V."]]) +
  P_("Wisselen = zelf regelen en mij verwittigen.\nStijn")))

G("examenrooster-vakgroep", PVH, "examens wiskunde - verdeling", fmt="plain", bcc=[f"vakgroep-wiskunde@{SD}"], note="internal subject team planning",
  body="""Dag wiskundigen,

Verdeling voor het opstellen van de junexamens:
- 1ste graad: Annelies en Hanne
- 3de en 4de: Jolien en ik
- 5de en 6de: Thomas (samen met fysica)

Deadline eerste versie: 9 mei. We overlopen ze samen op de vakgroep van 14 mei.

Pieter""")

G("bestelling-handboeken-uitgever", BOEK, "Bestelling extra werkboeken", to=["Uitgeverij Kompas <schooldienst@uitgeverij-kompas.be>"], bcc=[],
  fmt="plain", note="order of extra workbooks from a publisher", body="""Geachte,

Graag bestellen wij 6 extra exemplaren van het werkboek 'En route 3' (ISBN staat op uw offerte) voor nieuwe leerlingen. Levering aan het secretariaat. Factuur naar de boekhouding zoals gewoonlijk.

Met vriendelijke groeten,
Luc Deckers""")

G("busreservatie-ieper", KB, "Reservatie bus 4de jaar Ieper", to=["Reizen Van Dessel <info@busreizen-vandessel.be>"], bcc=[], fmt="alt",
  note="bus reservation with a bus company", body="""Goeiedag,

Graag reserveren wij twee bussen (50 en 30 plaatsen) voor onze uitstap naar Ieper op dinsdag 22 april.

Vertrek: 7u45 aan de school (Vaartstraat)
Terugkomst: rond 18u
Programma: In Flanders Fields Museum, Tyne Cot, Last Post aan de Menenpoort (daarna terug).

Kunt u ons een offerte bezorgen?

Met vriendelijke groeten,
Kristel Bollen
Sint-Pieterscollege""")

G("re-studiekeuze-ouder", LLB, "Re: twijfel over richting", to=[par("P0137")], bcc=[], fmt="plain", tags=["reply"], inreply=True,
  note="answer to one parent's general question about study choice, no care facts",
  body="""Beste mevrouw Dewulf,

Een goede vraag, en veel ouders twijfelen op dit moment. Mijn tip: laat Jules zelf de infosessies volgen op de infoavond en vraag zeker ook naar de lessentabel van beide richtingen. Het CLB heeft een handige online test (Onderwijskiezer) die hij kan invullen.

Op het oudercontact kan u het advies van de klassenraad bespreken met de titularis.

Vriendelijke groeten,
Jeroen Pinxten""")

G("kopiekredieten-uitleg", SEC, "Kopiekrediet - hoe werkt het?", fmt="plain", bcc=[f"personeel@{SD}"], note="internal explanation of copy credits, no codes",
  body="""Beste collega's,

Sinds de update werkt het kopiëren met je personeelsbadge. Leg je badge op de lezer, kies je taak en druk op start. Je saldo zie je rechtsboven op het scherm.

Badge vergeten of kwijt? Kom langs op het secretariaat, dan maak ik een tijdelijke badge.

Martine""")

G("privacyverklaring-uittreksel", PRIV, "Hoe gaan wij om met de gegevens van uw kind?", fmt="alt", bcc=[f"ouders@{SD}"],
  note="privacy statement listing data categories, general",
  body="""Geachte ouders,

Bij het begin van het schooljaar herinneren wij u graag aan onze privacyverklaring. Kort samengevat:

Welke gegevens verwerken wij?
- identificatiegegevens (naam, adres, rijksregisternummer, geboortedatum);
- gegevens over de schoolloopbaan (resultaten, attesten, afwezigheden);
- gegevens over de leerlingenbegeleiding, bv. zorgmaatregelen, en indien nodig medische gegevens die u ons zelf bezorgt (bv. allergieën);
- financiële gegevens voor de schoolrekening.

Met wie delen wij ze?
Met het CLB, het departement Onderwijs en, als het nodig is, met de verzekeraar bij een schoolongeval.

U heeft het recht uw gegevens in te kijken en te laten verbeteren. Vragen kan u stellen aan de functionaris voor gegevensbescherming: privacy@lksd.ksleuven.be.

Met vriendelijke groeten,
Leuvense Katholieke Scholen aan de Dijle""")

G("re-laat-bus-ouder", OPV, "Re: te laat door de bus", to=[par("P0231")], bcc=[], fmt="plain", tags=["reply"], inreply=True,
  note="answer to one parent about late arrivals because of the bus",
  body="""Beste mevrouw Stevens,

Dank u voor de melding. Als de bus vertraging heeft, krijgen leerlingen geen notitie voor te laat komen. Emre moet zich wel even melden bij het onthaal, dan noteren we 'vertraging openbaar vervoer'.

Groeten,
Stijn Heremans""")

G("rode-neuzen-dag", P("Leerlingenraad SPC", f"info@{SD}"), "Rode Neuzen Dag: doe mee!", fmt="plain", bcc=[f"leerlingen@{SD}"],
  note="pupils' council announcement", body="""Hey iedereen!

Op vrijdag 14 maart is het Rode Neuzen Dag. De leerlingenraad verkoopt die dag wafels op de speelplaats (1 euro) en wie in het rood komt, krijgt een gratis drankje.

De opbrengst gaat naar projecten rond het mentaal welzijn van jongeren.

Groetjes,
de leerlingenraad""")

G("infoavond-sociale-media", P("Ouderraad SPC", f"info@{SD}"), "Infoavond: mijn kind en sociale media", fmt="alt",
  note="general invitation for an info evening about social media",
  body="""Beste ouders,

Hoeveel tijd zit uw kind op TikTok of Snapchat? Wat zijn de risico's en hoe stelt u grenzen zonder ruzie?

De ouderraad nodigt u uit op een infoavond met een medewerker van Child Focus op donderdag 20 maart om 20u in de aula. Gratis, inschrijven niet nodig.

Tot dan!
De ouderraad""")

G("meerdaagse-parijs-2de", KW, "Tweedaagse Parijs 2de jaar - praktisch", fmt="qp", bcc=[f"ouders-2@{SD}"], tags=["form"],
  note="trip letter to parents with a blank medical and consent strip",
  body="""Beste ouders,

Op donderdag 15 en vrijdag 16 mei trekken onze tweedejaars naar Parijs.

- Vertrek: donderdag 6u30 aan de school, terug vrijdag rond 21u.
- Identiteitskaart (Kids-ID) en Europese ziekteverzekeringskaart meebrengen.
- Kostprijs: 165 euro, via de schoolrekening.

Gelieve onderstaand strookje ingevuld terug te bezorgen aan de titularis:

Ik, ouder van ............................ (klas ......), geef toestemming voor deelname.
Mijn kind neemt volgende medicatie: ............................
Mijn kind heeft volgende allergieën: ............................
Bereikbaar tijdens de reis op: ............................

Katrien Wyns, coördinator 2de jaar""")

G("re-collega-lokaalwissel", DL, "Re: lokaal D.012 donderdag", to=[TD], bcc=[], fmt="plain", tags=["reply"], inreply=True,
  note="colleagues swapping a lab room",
  body="""Is goed Thomas, ik neem dan C.104 en jij het labo. Vergeet de zuurkast niet uit te zetten achteraf :)
Dominique

""" + quote("Op 05-02-2025 15:44 schreef Thomas Desmet:", "Dominique, mag ik donderdag het 3e uur in het labo? Ik wil de proef met de valbeweging doen met 5B."))


# =================================================================== OTHER (15): bcc, private_account, attachment, personal_data
M("toets-5c-klasadres", TD, [f"klas-5c@{SD}"], "toets fysica verplaatst", grp="O", rules=["bcc"], fmt="plain",
  note="teacher writes to the class group address in To",
  body="""Dag 5C,

De toets over de eenparig versnelde beweging gaat niet door op dinsdag maar op donderdag 13/2 (2e lesuur). Leerstof blijft hetzelfde: hoofdstuk 3, oefeningen 1-24.

Meneer Desmet""")

M("uitnodiging-beide-ouders", KB, [par("P0105"), par("P0105", 2)], "Uitnodiging gesprek studiekeuze Amine", grp="O", rules=["bcc"],
  fmt="alt", note="invitation addressed to both parents in To (two external addresses visible), content not sensitive",
  body="""Beste ouders van Amine,

Zoals elk jaar nodigen we de ouders van het derde jaar uit voor een kort gesprek over de studiekeuze voor de derde graad. Voor Amine is een moment voorzien op donderdag 6 maart om 17u15 in lokaal A.104.

Past dit niet, laat het me gerust weten.

Vriendelijke groeten,
Kristel Bollen""")

M("theaterbezoek-cc-ouders", NB, [HG], "theaterbezoek 3B - Antigone", grp="O", rules=["bcc"], cc=[f"ouders-3b@{SD}"], fmt="plain",
  note="teacher puts the parent group address of 3B in Cc",
  body="""Dag Hanne (en beste ouders van 3B in cc),

Op woensdag 26 maart gaan we met 3B naar de voorstelling Antigone in 30CC. We vertrekken om 13u te voet aan de school, de voorstelling eindigt om 16u15. Leerlingen mogen daarna rechtstreeks naar huis.

De kostprijs (9 euro) komt op de schoolrekening.

Nele Boonen""")

M("carpool-scholenveldloop", BL, [par("P0201"), par("P0209"), par("P0218")], "Vervoer naar de scholenveldloop zaterdag", grp="O", rules=["bcc"],
  fmt="plain", note="PE teacher writes to three parents in To about carpooling",
  body="""Beste ouders,

Bedankt dat jullie zaterdag willen rijden naar de scholenveldloop in Heverlee! Afspraak om 8u45 aan de sporthal. Elke wagen neemt 3 leerlingen mee, de verdeling maak ik ter plaatse.

Terug rond 12u30 aan de school.

Sportieve groeten,
Bert Luyckx""")

M("personeelsfeest", P("Feestcomité SPC", f"greet.timmermans@{SD}"), [f"personeel@{SD}"], "Personeelsfeest 16 mei - save the date!", grp="O",
  rules=["bcc"], fmt="html", note="staff party invitation with the staff group address in To",
  html=outlook(P_("Lieve collega's,\n\nNoteer alvast: vrijdag 16 mei, personeelsfeest in zaal De Kluis in Kessel-Lo! Thema: 'Back to the 90s'.\n\nInschrijven en betalen (25 euro, partners welkom) voor 30 april bij Greet.\n\nHet feestcomité")))

M("privemail-examenplanning", P("Sven Verlinden", "sven.verlinden78@gmail.com"), [KB], "examenplanning 4e jaar", grp="O",
  rules=["private_account"], fmt="plain", note="teacher sends school business to a colleague from his private Gmail",
  body="""Kristel,

Vanuit mijn gmail want mijn schoolmail doet raar op mijn laptop thuis. Ik heb de examenplanning van het 4e jaar bekeken: Frans mondeling op maandag 9/6 botst met het uitstapje van 4D. Kan jij dat eens nakijken?

Sven""")

M("doorsturen-naar-prive", KW, ["katrienwyns76@gmail.com"], "Fw: Toezichten middag week 7", grp="O", rules=["private_account"], fmt="plain",
  tags=["forward"], note="teacher forwards a school staff mail to her own private mailbox",
  body="""(om thuis te printen)

""" + fwd("Stijn Heremans <stijn.heremans@sintpieterscollege.be>", "vr 7 feb. 2025 om 15:02", "Toezichten middag week 7", "personeel@sintpieterscollege.be",
          "Collega's, het rooster voor volgende week staat in bijlage/onder. Wisselen = zelf regelen en mij verwittigen.\nStijn"))

M("hotmail-antwoord-ouder", P("Mehdi Amrani", "mehdi_amrani@hotmail.com"), [par("P0100")], "Re: taak aardrijkskunde", grp="O",
  rules=["private_account"], fmt="plain", tags=["reply"], inreply=True,
  note="teacher answers a parent about a homework deadline from his private Hotmail",
  body="""Dag meneer/mevrouw Bosmans,

Toon mag de taak over de klimaatgrafieken nog tot maandag indienen, geen probleem. Hij mag ze op Smartschool uploaden of op papier afgeven.

Groeten,
Mehdi Amrani
leerkracht aardrijkskunde

""" + quote("Op zo 9 feb. 2025 om 18:30 schreef fam.bosmans@telenet.be:", "Goedenavond, Toon was ziek vrijdag en kon zijn taak niet afgeven. Mag hij ze later indienen?"))

M("outlook-verslag-vakgroep", P("Dominique Lambrechts", "dominique.lambrechts@outlook.com"), [DL, TD, f"sofie.maes@{SD}"],
  "verslag vakgroep biologie", grp="O", rules=["private_account"], fmt="alt",
  note="teacher sends the subject-team minutes to colleagues from her private Outlook.com account",
  body="""Dag collega's,

Verslag van de vakgroep biologie van 4/2:
- Practicum dissectie 4e jaar: we bestellen varkensharten bij de slager (Sofie).
- Nieuwe microscopen: offerte goedgekeurd door de directie.
- Examens: vraagstelling op niveau van de nieuwe eindtermen, we kijken elkaars examens na in mei.

Groetjes,
Dominique""")

M("puntenlijst-macro", PVH, [P("Jolien Peetermans", f"jolien.peetermans@{SD}")], "puntenlijst met macro's", grp="O", rules=["attachment"],
  fmt="plain", note="teacher sends a macro-enabled Excel points list",
  body="""Hoi Jolien,

In bijlage mijn puntenlijst voor 3A. Druk op de knop 'Bereken rapport' en de macro zet alles meteen in het juiste formaat voor Smartschool. Wel 'inhoud inschakelen' aanklikken als Excel het vraagt.

Pieter""",
  attach=[("puntenlijst_3A_2025.xlsm", "application/vnd.ms-excel.sheet.macroEnabled.12", "XLSM")])

M("driver-digibord-zip", WC, [HG, IR], "driver voor het digibord in A.112", grp="O", rules=["attachment"], fmt="plain",
  note="teacher mails a zip containing an installer executable",
  body="""Dag Hanne en Ines,

Het digibord in A.112 reageert niet meer op de pen. In bijlage de driver van de fabrikant: zip uitpakken en setup.exe uitvoeren op de leerkrachtpc (als administrator). Daarna herstarten.

Wouter""",
  attach=[("digibord_driver_v5.zip", "application/zip", "ZIPEXE")])

M("script-mappen-aanmaken", ICT2, [KS], "scriptje voor de klasmappen", grp="O", rules=["attachment"], fmt="qp",
  note="ICT sends a VBScript that creates folders",
  body="""Koen,

Hier het scriptje waarmee je in één keer een map per leerling aanmaakt op de gedeelde schijf. Dubbelklikken en de klas ingeven.

Tim""",
  attach=[("klasmappen.vbs", "application/octet-stream", "VBS")])

M("secretariaat-telefoon-handtekening", SEC, [par("P0260")], "Re: attest schoolbezoek", grp="O", rules=["personal_data"], fmt="alt",
  tags=["reply"], inreply=True, note="general reply to one parent with the school's phone number in the signature",
  body="""Beste mevrouw Zielińska,

Het attest van inschrijving voor de kinderbijslag ligt klaar aan het onthaal. Sien mag het morgen meenemen, of we sturen het via Smartschool.

Met vriendelijke groeten,

Martine Goris
Secretariaat Sint-Pieterscollege
Vaartstraat 41, 3000 Leuven
tel. 016 29 47 10""")

M("betaling-uitstap-iban", SECG, [par("P0227")], "Betaling uitstap Ieper", grp="O", rules=["personal_data"], fmt="plain",
  note="general payment instructions to one parent with the school's bank account",
  body="""Beste mevrouw Maes,

U kan de bijdrage voor de uitstap naar Ieper (32 euro) ook overschrijven in plaats van via de schoolrekening:

Rekeningnummer: BE68 7350 0412 3934 (Sint-Pieterscollege vzw)
Mededeling: Ieper + naam en klas van uw kind

Met vriendelijke groeten,
Secretariaat""")

M("nieuwe-collega-personeelsdossier", SEC, [BOEK], "personeelsdossier Jolien Peetermans", grp="O", rules=["personal_data"], fmt="cp1252",
  note="secretary passes a new teacher's national number and birth date to the accountant for payroll",
  body="""Luc,

Voor de aangifte bij Agodi en de verzekering, de gegevens van onze nieuwe interim:

Jolien Peetermans
geboren op 03/11/1999 te Tienen
rijksregisternummer 99.11.03-284.61
start 13/01/2025, 12/22 wiskunde

Diploma (master wiskunde – KU Leuven) en uittreksel strafregister zitten in de map.
Martine""")

ABOUT_FIX = {"uitnodiging-beide-ouders": ["P0105"], "hotmail-antwoord-ouder": ["P0100"],
             "secretariaat-telefoon-handtekening": ["P0260"], "re-verloren-jas": ["P0004"],
             "re-examenrooster-ouder": ["P0164"], "re-studiekeuze-ouder": ["P0137"], "re-laat-bus-ouder": ["P0231"]}
for m in MAILS:
    if m["slug"] in ABOUT_FIX: m["about"] = ABOUT_FIX[m["slug"]]

# ---------------------------------------------------------------- building
from email.utils import parseaddr, format_datetime, getaddresses

def _cs_for(kind):
    if kind == "qp":
        c = _cs.Charset("utf-8"); c.body_encoding = _cs.QP; return c
    if kind == "b64":
        c = _cs.Charset("utf-8"); c.body_encoding = _cs.BASE64; return c
    if kind == "8bit":
        c = _cs.Charset("utf-8"); c.body_encoding = None; return c
    if kind == "cp1252":
        c = _cs.Charset("windows-1252"); c.body_encoding = None; c.header_encoding = _cs.QP; return c

def textpart(text, kind="8bit", sub="plain"):
    text = text.replace("\r\n", "\n")
    if kind == "b64":
        text = text.replace("\n", "\r\n")
    return MIMEText(text, sub, _cs_for(kind))

def attachment_bytes(kind):
    if kind == "XLSM":
        b = io.BytesIO()
        with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in [("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                                '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
                                '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/></Types>'),
                               ("xl/workbook.xml", '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'),
                               ("xl/vbaProject.bin", "\xd0\xcf\x11\xe0 Attribute VB_Name = \"Rapport\"\nSub BerekenRapport()\nEnd Sub\n")]:
                zi = zipfile.ZipInfo(name, (2025, 1, 20, 10, 0, 0)); z.writestr(zi, data)
        return b.getvalue()
    if kind == "ZIPEXE":
        b = io.BytesIO()
        with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
            zi = zipfile.ZipInfo("digibord_driver_v5/setup.exe", (2024, 11, 2, 9, 0, 0))
            z.writestr(zi, b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 48 + b"This program cannot be run in DOS mode.\r\r\n$" + b"\x00" * 64)
            zi = zipfile.ZipInfo("digibord_driver_v5/leesmij.txt", (2024, 11, 2, 9, 0, 0))
            z.writestr(zi, "Installatie: setup.exe uitvoeren als administrator.\r\n")
        return b.getvalue()
    if kind == "VBS":
        return ('Option Explicit\r\nDim fso, klas, i\r\nSet fso = CreateObject("Scripting.FileSystemObject")\r\n'
                'klas = InputBox("Klas (bv. 3C)?")\r\nFor i = 1 To 25\r\n  If Not fso.FolderExists("H:\\Klassen\\" & klas & "\\lln" & i) Then\r\n'
                '    fso.CreateFolder "H:\\Klassen\\" & klas & "\\lln" & i\r\n  End If\r\nNext\r\nMsgBox "Klaar"\r\n').encode()
    return kind if isinstance(kind, bytes) else kind.encode()

def body_part(m, n):
    fmt = m["fmt"]
    text = m["body"]
    html = m["html"]
    if html is not None and text is None:
        text = html2text(html)
    if fmt == "html":
        return textpart(html if html is not None else text2html(text), "qp", "html")
    if fmt == "alt":
        alt = MIMEMultipart("alternative", boundary=f"----=_NextPart_b05_{n:03d}_alt")
        alt.attach(textpart(text, "qp"))
        alt.attach(textpart(html if html is not None else text2html(text), "qp", "html"))
        return alt
    kind = {"plain": "8bit", "qp": "qp", "b64": "b64", "cp1252": "cp1252"}[fmt]
    return textpart(text, kind)

BASE = datetime.datetime(2025, 1, 6, 7, 40, tzinfo=datetime.timezone(datetime.timedelta(hours=1)))

def msg_date(n, order):
    day = BASE + datetime.timedelta(days=int(order * 0.62))
    if day.weekday() >= 5 and n % 5:
        day += datetime.timedelta(days=7 - day.weekday())
    minutes = (n * 211) % (13 * 60) if n % 6 else 13 * 60 + (n * 17) % 120   # mostly 7:40-20:40, a few late
    return day + datetime.timedelta(minutes=minutes, seconds=(n * 13) % 60)

def build(m, n, order):
    ddate = msg_date(n, order)
    bp = body_part(m, n)
    if m["attach"] or m["inner"]:
        msg = MIMEMultipart("mixed", boundary=f"----=_NextPart_b05_{n:03d}_mix")
        msg.attach(bp)
        for fname, ctype, data in m["attach"]:
            data = attachment_bytes(data)
            if ctype == "text/plain":
                a = MIMEText(data.decode("utf-8"), "plain", _cs_for("qp"))
            else:
                maintype, subtype = ctype.split("/", 1)
                a = MIMEBase(maintype, subtype); a.set_payload(data); encoders.encode_base64(a)
            a.add_header("Content-Disposition", "attachment", filename=fname)
            msg.attach(a)
        if m["inner"]:
            i = m["inner"]
            im = textpart(i["body"], "qp")
            im["From"] = i["frm"]; im["To"] = ", ".join(i["to"]); im["Subject"] = i["subj"]; im["Date"] = format_datetime(ddate - datetime.timedelta(hours=20, minutes=13))
            im["Message-ID"] = f"<b05.{n:03d}.inner@sintpieterscollege.be>"
            wrap = MIMEMessage(im)
            wrap.add_header("Content-Disposition", "attachment", filename=i["subj"].replace(" ", "_") + ".eml")
            msg.attach(wrap)
    else:
        msg = bp
    hdrs = []
    d = ddate
    def H(k, v):
        if any(ord(ch) > 127 for ch in v):
            # encode display names only; keep addresses readable
            if k in ("From", "To", "Cc"):
                parts = []
                for name, addr in getaddresses([v]):
                    parts.append(f"{Header(name, 'utf-8').encode()} <{addr}>" if name and any(ord(c) > 127 for c in name)
                                 else (f'"{name}" <{addr}>' if name and ("'" in name or "," in name) else (f"{name} <{addr}>" if name else addr)))
                v = ", ".join(parts)
            else:
                v = Header(v, "utf-8").encode()
        hdrs.append((k, v))
    H("Date", format_datetime(d))
    H("From", m["frm"])
    H("To", m["to_hdr"] if m["to_hdr"] else ", ".join(m["to"]))
    if m["cc"]:
        H("Cc", ", ".join(m["cc"]))
    H("Subject", m["subj"])
    dom = parseaddr(m["frm"])[1].split("@")[1]
    H("Message-ID", f"<b05.{n:03d}.{abs(hash(m['slug'])) % 0 if False else sum(map(ord, m['slug'])):05d}@{dom}>")
    if m["inreply"]:
        H("In-Reply-To", f"<prev.{n:03d}.{sum(map(ord, m['subj'])) % 9973}@mail.example.net>")
    mailers = ["Microsoft Outlook 16.0", None, "Smartschool Mailer", None, "Mozilla Thunderbird", None, "iPhone Mail (21D61)"]
    xm = m["xmailer"] or mailers[n % len(mailers)]
    if xm:
        H("X-Mailer", xm)
    for part in list(msg.walk())[1:]:
        if "MIME-Version" in part and not part.get("Message-ID"):
            del part["MIME-Version"]
    # put our headers first
    existing = [(k, v) for k, v in msg.items()]
    for k in list(msg.keys()):
        del msg[k]
    for k, v in hdrs:
        msg[k] = v
    if "MIME-Version" not in [k for k, _ in existing]:
        msg["MIME-Version"] = "1.0"
    for k, v in existing:
        msg[k] = v
    return msg

def is_group(a):
    loc, _, dom = a.partition("@")
    return dom.endswith(SD) or dom.endswith("ksleuven.be") and False or dom == SD or dom.endswith(".ksleuven.be") if re.match(
        r"^(ouders|leerlingen|personeel|klas-|vakgroep-|schoolraad)", loc) else False

def is_school(a):
    d = a.split("@")[1]
    return d == SD or d == LD or d.endswith("ksleuven.be")

def qa(m, text_all):
    warn = []
    phone = re.search(r"(?<![\d.])(?:\+32\s?|0)\d{1,3}[ /.]?\d{2}[ .]?\d{2}[ .]?\d{2}(?![\d])", text_all)
    iban = re.search(r"\bBE\d{2}(?: ?\d{4}){3}\b", text_all)
    rrn = re.search(r"\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}", text_all)
    found = bool(phone or iban or rrn)
    if found != ("personal_data" in m["rules"]) and "geboren" not in text_all.lower():
        warn.append(f"personal_data? phone={phone and phone.group()} iban={bool(iban)} rrn={bool(rrn)}")
    vis = [parseaddr(x)[1] for x in m["to"] + m["cc"]] if not m["to_hdr"] else [parseaddr(x)[1] for x in m["cc"]] + \
          [a for _, a in getaddresses([m["to_hdr"]]) if "@" in a]
    ext = [a for a in vis if not is_school(a)]
    grp = [a for a in vis if is_group(a)]
    if (len(ext) > 1 or bool(grp)) != ("bcc" in m["rules"]):
        warn.append(f"bcc? ext={ext} grp={grp}")
    mf = parseaddr(m["frm"])[1]
    if (not is_school(mf)) != ("private_account" in m["rules"]) and not any(not is_school(parseaddr(t)[1]) and parseaddr(t)[1].split("@")[0].startswith(mf.split("@")[0].split(".")[0]) for t in m["to"]):
        warn.append("private_account?")
    return warn

def yq(s):
    s = str(s)
    if s == "" or re.search(r"[:#\[\]{},&*!|>'\"%@`]", s) or s[0] in "-?" or s.lower() in ("yes", "no", "true", "false", "null", "on", "off"):
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return s

def main():
    out = HERE
    # deterministic shuffle so the groups are mixed over the numbering
    order = list(range(len(MAILS)))
    random.Random(5).shuffle(order)
    numbered = sorted(((order[i] + 1, MAILS[i]) for i in range(len(MAILS))), key=lambda t: t[0])
    for f in os.listdir(out):
        if f.endswith(".eml"):
            os.remove(os.path.join(out, f))
    pol = compat32.clone(linesep="\r\n", max_line_length=78)
    ylines = []
    allwarn = 0
    for n, m in numbered:
        fname = f"{n:03d}-{m['slug']}.eml"
        msg = build(m, n, n)
        b = io.BytesIO()
        BytesGenerator(b, policy=pol, mangle_from_=False).flatten(msg)
        data = b.getvalue()
        with open(os.path.join(out, fname), "wb") as fh:
            fh.write(data)
        # text for QA
        txt = (m["body"] or "") + (html2text(m["html"]) if m["html"] else "") + (m["inner"]["body"] if m["inner"] else "") + \
              "".join(attachment_bytes(a[2]).decode("latin-1") for a in m["attach"] if a[1] == "text/plain")
        for w in qa(m, txt):
            print("WARN", fname, w); allwarn += 1
        rcpt = [parseaddr(x)[1] for x in m["to"] + m["cc"] + m["bcc"]]
        if m["to_hdr"] and not m["to"]:
            rcpt = [parseaddr(x)[1] for x in m["cc"] + m["bcc"]]
        seen = []; [seen.append(r) for r in rcpt if r not in seen]
        mail_from = m["mail_from"] or parseaddr(m["frm"])[1]
        fmt = [m["fmt"]] + m["tags"]
        if m["attach"]: fmt.append("attachment")
        if m["inner"]: fmt.append("message-rfc822")
        if m["rules"] and "sensitive" in m["rules"]:
            assert m["cats"] and m["about"], m["slug"]
        for a in m["about"]:
            assert a in R, a
        ylines.append(f"{fname}:")
        ylines.append(f"  rules: [{', '.join(m['rules'])}]")
        if "sensitive" in m["rules"]:
            ylines.append(f"  categories: {{sensitive: [{', '.join(m['cats'])}]}}")
        ylines.append(f"  mail_from: {yq(mail_from)}")
        ylines.append(f"  rcpt: [{', '.join(yq(r) for r in seen)}]")
        ylines.append(f"  about: [{', '.join(m['about'])}]")
        ylines.append(f"  misdirected: {'true' if m['mis'] else 'false'}")
        ylines.append(f"  note: {yq(m['note'])}")
        ylines.append(f"  lang: {m['lang']}")
        ylines.append(f"  format: [{', '.join(fmt)}]")
    with open(os.path.join(out, "labels.yaml"), "w", encoding="utf-8") as fh:
        fh.write("# batch05 - blind labelled school mail (Sint-Pieterscollege, fictional)\n" + "\n".join(ylines) + "\n")
    with open(os.path.join(out, "roster.csv"), "w", encoding="utf-8-sig", newline="") as fh:
        fh.write("Intern nummer;Voornaam;Naam;Klas;E-mailadres leerling;E-mailadres ouder 1;E-mailadres ouder 2\r\n")
        for r in ROSTER:
            fh.write(";".join(r) + "\r\n")
    print(len(numbered), "mails written,", allwarn, "warnings")

if __name__ == "__main__":
    main()
