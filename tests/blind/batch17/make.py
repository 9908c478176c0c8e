#!/usr/bin/env python3
"""batch17 -- blind labelled mail of a fictional Leuven secondary school for care and welfare
(TSO/BSO zorg en welzijn: kinderzorg, verzorging, gezondheidszorg, 7 thuis- en bejaardenzorg, Se-n-Se).

Run:  python3 make.py      (standard library only, deterministic: fixed dates, ids and boundaries)
Writes NNN-slug.eml, labels.yaml and roster.csv next to this file.
"""
import io, os, re, csv, json, random, zipfile, unicodedata, datetime
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.nonmultipart import MIMENonMultipart
from email.header import Header
from email.charset import Charset, QP
from email.utils import formataddr, parseaddr, format_datetime
from email.generator import BytesGenerator
from email import encoders, policy

HERE = os.path.dirname(os.path.abspath(__file__))
POL = policy.compat32.clone(linesep="\r\n")
SCHOOL_DOMAINS = ("sintpieterscollege.be", "spc.ksleuven.be", "lksd.ksleuven.be")

# ----------------------------------------------------------------------------------------------
# roster
# ----------------------------------------------------------------------------------------------
def slugname(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]", "", s.lower())

NAMED = """
P0001;Lore;Janssens;6B;katrien.janssens@telenet.be;
P0002;Yasmina;Amrani;5A;n.amrani@gmail.com;rachid.amrani@hotmail.com
P0003;Kobe;Vermeulen;4C;ilse.vermeulen@skynet.be;
P0004;Elif;Demir;5B;demir.hasan@outlook.com;ayten.demir@gmail.com
P0005;Jana;Peeters;6A;bart.peeters70@telenet.be;sofie.wouters.jp@gmail.com
P0006;Zoë;Van den Broeck;3B;vdbroeck.marc@proximus.be;
P0007;Amira;Benali;6C;fatiha.benali@hotmail.com;
P0008;Wiktoria;Nowak;5C;agnieszka.nowak@gmail.com;
P0009;Grace;Mbuyi;6D;mbuyi.famille@gmail.com;jean.mbuyi@outlook.com
P0010;Noah;De Clercq;2A;de.clercq.gezin@telenet.be;
P0011;Lina;El Amrani;4A;samira.elamrani@gmail.com;
P0012;Lina;Maes;4D;tim.maes@telenet.be;
P0013;Sara;Goossens;5D;goossens.karel@skynet.be;
P0014;Emma;Wouters;3A;lien.deprez@telenet.be;
P0015;Febe;Claessens;6B;claessens.dirk@proximus.be;ellen.stas@gmail.com
P0016;Rayan;Ouali;1B;ouali.mohamed@hotmail.com;
P0017;Mila;Hendrickx;2C;hendrickx.sarah@telenet.be;
P0018;Ines;Aerts;5A;aerts.wim@telenet.be;
P0019;Yusuf;Kaya;4B;kaya.murat@gmail.com;
P0020;Chloé;Lambert;5B;isabelle.lambert@skynet.be;
P0021;Nina;Verstraeten;6A;verstraeten.ann@telenet.be;
P0022;Hanne;Dewulf;3C;dewulf.geert@telenet.be;
P0023;Salma;Haddou;5C;haddou.karima@gmail.com;
P0024;Julie;Vandenberghe;6C;vandenberghe.els@telenet.be;
P0025;Ruben;Smolders;4A;smolders.peter@proximus.be;
P0026;Aya;Bouzidi;2B;bouzidi.hassan@gmail.com;
P0027;Lotte;Geens;5D;an.geens@telenet.be;
P0028;Maxime;Dubois;6D;dubois.famille@skynet.be;
P0029;Fien;Wijns;1A;wijns.kristof@telenet.be;
P0030;Jade;Schepers;4D;schepers.nathalie@outlook.com;
P0031;Oumaima;Tahiri;6B;tahiri.aicha@gmail.com;
P0032;Kaat;Moens;5A;moens.jo@telenet.be;
P0033;Esra;Çelik;3D;celik.fatma@hotmail.com;
P0034;Daan;Verbeke;2D;verbeke.luc@skynet.be;
P0035;Laura;Mertens;6A;mertens.hilde@telenet.be;
P0036;Sien;Van Laer;5B;vanlaer.tom@gmail.com;
P0037;Nathan;Lemaire;1C;lemaire.sophie@proximus.be;
P0038;Zainab;Diallo;4B;diallo.mariam@gmail.com;
P0039;Marie;Pauwels;6C;pauwels.erik@telenet.be;
P0040;Jolien;Cuypers;5C;cuypers.veerle@telenet.be;
P0041;Seppe;Wauters;3A;wauters.bram@telenet.be;
P0042;Hajar;Ait Lahcen;5D;aitlahcen.fam@gmail.com;
P0043;Eline;Boeckx;6D;boeckx.marijke@skynet.be;
P0044;Kacper;Zielinski;2A;zielinski.marta@gmail.com;
P0045;Robbe;Nijs;4C;nijs.dave@telenet.be;
P0046;Charlotte;Thys;5A;thys.kathleen@telenet.be;
P0047;Mathis;Hoste;1D;hoste.evy@hotmail.com;
P0048;Naomi;Kabongo;5B;kabongo.celine@gmail.com;
P0049;Lien;Vos;6B;vos.frank@proximus.be;
P0050;Bilal;Azzouzi;3B;azzouzi.khalid@hotmail.com;
P0051;Tess;Van Hemelrijck;4A;vh.griet@telenet.be;
P0052;Ella;De Vos;2B;devos.jeroen@telenet.be;
P0053;Zeynep;Arslan;6A;arslan.emine@gmail.com;
P0054;Louise;Segers;5C;segers.hans@skynet.be;
P0055;Anouk;Lenaerts;3C;lenaerts.bieke@telenet.be;
P0056;Victor;Desmet;1A;desmet.pieter@telenet.be;
P0057;Fatou;Camara;4D;camara.aminata@gmail.com;
P0058;Britt;Willems;6C;willems.nancy@telenet.be;
P0059;Ilias;Chaouki;2C;chaouki.nadia@outlook.com;
P0060;Amber;Van Dessel;5D;vandessel.kurt@telenet.be;
P0061;Yara;Mahieu;6D;mahieu.sandra@proximus.be;
P0062;Elise;Coppens;4B;coppens.gert@telenet.be;
P0063;Julia;Kowalczyk;6A;kowalczyk.ewa@gmail.com;
P0064;Manon;Lefèvre;5A;lefevre.christine@skynet.be;
P0065;Kiara;Van Goethem;3D;vangoethem.lies@telenet.be;
P0066;Noor;Hermans;6B;hermans.kris@telenet.be;
P0067;Souad;Messaoudi;5B;messaoudi.latifa@hotmail.com;
P0068;Emiel;Vandeputte;2D;vandeputte.joris@telenet.be;
P0069;Ayoub;Lamrani;4A;lamrani.youssef@gmail.com;
P0070;Marthe;Luyten;5D;luyten.bart@telenet.be;
P0071;Dina;Osmani;6A;osmani.arben@gmail.com;
P0072;Gitte;Van Roey;6D;vanroey.katleen@telenet.be;
P0073;Mats;Celis;1B;celis.ann@telenet.be;
P0074;Shana;Ceulemans;4C;ceulemans.tina@hotmail.com;
P0075;Loubna;Zahiri;5C;zahiri.fam@gmail.com;
P0076;Rani;Daems;3A;daems.inge@telenet.be;
P0077;Sanne;Stevens;6C;stevens.luc@skynet.be;
P0078;Hiba;Rachidi;2A;rachidi.malika@gmail.com;
P0079;Emilie;Gillis;5A;gillis.stefaan@telenet.be;
P0080;Océane;Mukendi;4D;mukendi.therese@gmail.com;
P0081;Dawit;Tesfaye;3D;tesfaye.family@gmail.com;
P0082;Oleksandra;Kovalenko;3D;kovalenko.iryna@gmail.com;
P0083;Samir;Haidari;3D;haidari.ahmad@outlook.com;
"""

FIRST = ("Lotte Emma Louise Marie Lena Fleur Noor Febe Nore Elena Lisa Hanne Jana Amber Ella Julie Liv Mila Yana "
         "Ilse Axelle Margot Jolien Eva Bo Luna Mira Lieze Tine Silke Fatima Imane Nour Khadija Meryem Hafsa Rania "
         "Ikram Selin Ecem Büşra Defne Zuzanna Maja Natalia Ola Divine Merveille Grâce Bénédicte Esther Ruth "
         "Arne Lars Wout Jasper Thibo Milan Lucas Finn Stan Senne Kasper Tuur Jules Rune Mohamed Adam Ayman Imran "
         "Yassine Hamza Emre Mert Kerem Jakub Filip Aaron Elias Gabriel Joachim Brent Jens Kenzo Quinten Yentl").split()
LAST = ("Peeters Janssens Maes Jacobs Mertens Willems Claes Goossens Wouters De Smet Dubois Lambrechts Hermans "
        "Aerts Michiels Stevens Verhoeven Van Damme Desmet Vermeulen Claeys Pauwels Van de Velde Coppens Martens "
        "Smets Vandamme Leclercq Hendrickx Bogaerts Thys Celis Geerts Verlinden Van Roy Schoofs Lemmens Vanhoutte "
        "De Bruyn Meeus Stas Wuyts Loos Daems Gijbels Van Aken Moons Roelants Sterckx Vanderstraeten Huybrechts "
        "El Idrissi Bakkali Ouahabi Benhaddou Boukhari Ziani Essaidi Yildiz Aydin Öztürk Şahin Kaplan Kowalski "
        "Wiśniewska Lewandowski Dąbrowski Ilunga Tshibangu Kabeya Lukusa Mbala Nsimba").split()
# two-word surnames in the LAST list
LAST = [x for x in LAST]
_fix = []
i = 0
while i < len(LAST):
    if LAST[i] in ("De", "Van", "El") and i + 1 < len(LAST):
        if LAST[i] == "Van" and LAST[i + 1] == "de":
            _fix.append("Van de " + LAST[i + 2]); i += 3; continue
        _fix.append(LAST[i] + " " + LAST[i + 1]); i += 2; continue
    _fix.append(LAST[i]); i += 1
LAST = _fix
PARENT_DOMAINS = ["telenet.be", "gmail.com", "hotmail.com", "skynet.be", "proximus.be", "outlook.com", "telenet.be", "gmail.com"]
CLASSES = [f"{y}{c}" for y in range(1, 7) for c in "ABCD"]


def build_roster():
    rows = []
    for line in NAMED.strip().splitlines():
        pid, fn, ln, kl, o1, o2 = line.split(";")
        rows.append(dict(id=pid, fn=fn, ln=ln, klas=kl, o1=o1, o2=o2))
    rnd = random.Random(1717)
    used = {(r["fn"], r["ln"]) for r in rows}
    used_mail = {r["o1"] for r in rows} | {r["o2"] for r in rows if r["o2"]}
    count = {k: 0 for k in CLASSES}
    for r in rows:
        count[r["klas"]] += 1
    n = len(rows)
    for kl in CLASSES:
        while count[kl] < 12 + (1 if kl[1] in "AB" else 0):
            fn, ln = rnd.choice(FIRST), rnd.choice(LAST)
            if (fn, ln) in used:
                continue
            used.add((fn, ln))
            n += 1
            pid = f"P{n:04d}"
            base = slugname(ln)
            pfn = rnd.choice(FIRST)
            forms = [f"{slugname(pfn)}.{base}", f"{base}.{slugname(pfn)}", f"fam.{base}", f"{slugname(pfn)}{base}{rnd.randint(2, 99)}"]
            o1 = rnd.choice(forms) + "@" + rnd.choice(PARENT_DOMAINS)
            while o1 in used_mail:
                o1 = f"{base}{rnd.randint(100, 999)}@" + rnd.choice(PARENT_DOMAINS)
            used_mail.add(o1)
            o2 = ""
            if rnd.random() < 0.35:
                o2 = f"{slugname(rnd.choice(FIRST))}.{base}@" + rnd.choice(PARENT_DOMAINS)
                if o2 in used_mail:
                    o2 = ""
                used_mail.add(o2)
            rows.append(dict(id=pid, fn=fn, ln=ln, klas=kl, o1=o1, o2=o2))
            count[kl] += 1
    for r in rows:
        r["mail"] = f"{slugname(r['fn'])}.{slugname(r['ln'])}@leerling.sintpieterscollege.be"
    return rows

ROSTER = build_roster()
P = {r["id"]: r for r in ROSTER}


def write_roster():
    rows = sorted(ROSTER, key=lambda r: (r["klas"], r["ln"], r["fn"]))
    with open(os.path.join(HERE, "roster.csv"), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(["Intern nummer", "Voornaam", "Naam", "Klas", "E-mailadres leerling", "E-mailadres ouder 1", "E-mailadres ouder 2"])
        for r in rows:
            w.writerow([r["id"], r["fn"], r["ln"], r["klas"], r["mail"], r["o1"], r["o2"]])

# ----------------------------------------------------------------------------------------------
# people
# ----------------------------------------------------------------------------------------------
D = "sintpieterscollege.be"
S = {
    "griet": f"Griet Vanhoof <griet.vanhoof@{D}>",          # directeur
    "directie": f"Directie Sint-Pieterscollege <directie@{D}>",
    "koen": f"Koen Baert <koen.baert@{D}>",                 # adjunct-directeur
    "sofie": f"Sofie Claes <sofie.claes@{D}>",              # coördinator leerlingenbegeleiding / zorg
    "sclaes": "Sofie Claes <sclaes@spc.ksleuven.be>",
    "hilde": f"Hilde Wouters <hilde.wouters@{D}>",          # schoolverpleegkundige
    "karim": f"Karim El Idrissi <karim.elidrissi@{D}>",     # maatschappelijk werker
    "veerle": f"Veerle Jacobs <veerle.jacobs@{D}>",         # stagecoördinator
    "tom": f"Tom Verhaegen <tom.verhaegen@{D}>",            # verpleegkunde, ook verpleegkundige ziekenhuis
    "ellen": f"Ellen Mertens <ellen.mertens@{D}>",          # verzorging, ook verpleegkundige
    "bart": f"Bart Lemmens <bart.lemmens@{D}>",             # TAC skillslab
    "filip": f"Filip Goossens <filip.goossens@{D}>",        # praktijk voeding / schoolrestaurant
    "jan": "Jan Smets (ICT) <jsm@spc.ksleuven.be>",
    "jan2": f"Jan Smets <jan.smets@{D}>",
    "martine": f"Martine De Smedt <martine.desmedt@{D}>",   # secretariaat personeel
    "chris": f"Chris Van Dyck <chris.vandyck@{D}>",         # boekhouding
    "leen": f"Leen Maes <leen.maes@{D}>",                   # kinderzorg
    "ayse": f"Ayşe Yılmaz <ayse.yilmaz@{D}>",               # Nederlands, titularis 4B
    "joke": f"Joke Peeters <joke.peeters@{D}>",             # titularis 6B
    "pieter": f"Pieter Hermans <pieter.hermans@{D}>",       # LO
    "fatima": f"Fatima Bouzid <fatima.bouzid@{D}>",         # zorgleerkracht
    "dries": f"Dries Willems <dries.willems@{D}>",          # PAV, titularis 5C
    "katrien": f"Katrien Verbruggen <katrien.verbruggen@{D}>",  # titularis 5A
    "marc": f"Marc Dewit <marc.dewit@{D}>",
    "anneleen": f"Anneleen Coppens <anneleen.coppens@{D}>",  # Frans
    "nele": f"Nele Desmet <nele.desmet@{D}>",               # leerlingbegeleider eerste graad
    "greet": f"Greet Lambrechts <greet.lambrechts@{D}>",    # leerlingbegeleider 2de/3de graad
    "jonas": f"Jonas Vermeiren <jonas.vermeiren@{D}>",      # interim
    "lotte": f"Lotte Michiels <lotte.michiels@{D}>",        # interim voor Ellen
    "sarah": f"Sarah Wuyts <sarah.wuyts@{D}>",              # leerlingensecretariaat
    "wendy": f"Wendy Cools <wendy.cools@{D}>",              # opvoeder
    "mieke": f"Mieke Dhondt <mieke.dhondt@{D}>",            # coördinator 7 TBZ / Se-n-Se, Erasmus+
    "evelien": f"Evelien Baeten <evelien.baeten@{D}>",      # titularis 3D (OKAN-doorstromers)
    "yentl": f"Yentl De Bruyn <yentl.debruyn@{D}>",         # labo-assistent
    "wim": f"Wim Deckers <wim.deckers@{D}>",                # vervanger restaurant
    "stijn": f"Stijn Roels <stijn.roels@{D}>",
    "anclaeys": f"An Claeys <an.claeys@{D}>",               # vervangster schoolverpleegkundige
    "kristel": f"Kristel Van Acker <kristel.vanacker@{D}>", # titularis 6D
    "bram": f"Bram Peetermans <bram.peetermans@{D}>",       # titularis 4D
    "ilse": f"Ilse Janssen <ilse.janssen@{D}>",             # titularis 2D
    "pascale": f"Pascale Wyns <pascale.wyns@{D}>",          # titularis 3A
    "hans": f"Hans Vranckx <hans.vranckx@{D}>",             # titularis 4A
    "privacy": "Aanspreekpunt informatieveiligheid <privacy@lksd.ksleuven.be>",
    "info": f"Sint-Pieterscollege <info@{D}>",
    "secretariaat": f"Secretariaat Sint-Pieterscollege <secretariaat@{D}>",
}
X = {  # externals
    "clb": "Lies Vandenbroeck <lies.vandenbroeck@clb-leuven.be>",
    "clbarts": "dr. An Vanroy <an.vanroy@clb-leuven.be>",
    "ocmw": "Ilse Dekeyser <ilse.dekeyser@leuven.be>",
    "dijlestede": "Ann Geeraerts <ann.geeraerts@dijlestede.be>",
    "terlinde": "Marleen Segers <marleen.segers@terlinde-wzc.be>",
    "sintanna": "Kristof Van Hove <kristof.vanhove@wzc-sintanna.be>",
    "speelkasteel": "Nathalie Boonen <nathalie.boonen@speelkasteel.be>",
    "thuiszorg": "Ingrid Pauwels <ingrid.pauwels@thuiszorgsamen.be>",
    "simucare": "SimuCare Support <support@simucare.eu>",
    "medidistri": "MediDistri bestellingen <orders@medidistri.be>",
    "vanmol": "Groothandel Vanmol - levering <levering@vanmol-food.be>",
    "kopieplus": "Kopie Plus technische dienst <techniek@kopieplus.be>",
    "propernet": "Propernet planning <planning@propernet.be>",
    "namur": "Madame Delvaux <c.delvaux@nddp-namur.be>",
    "tampere": "Riikka Laaksonen <riikka.laaksonen@tavoc.fi>",
    "ireland": "Siobhan Keane <s.keane@stbrigids-nursinghome.ie>",
    "valmosan": "Service de gériatrie - Clinique du Val-Mosan <stages.geriatrie@valmosan.be>",
    "netwerk": "Vandamme Netwerken <info@netwerk-vandamme.be>",
}


def pupil_addr(pid):
    r = P[pid]
    return f"{r['fn']} {r['ln']} <{r['mail']}>"


def ouder(pid, n=1):
    r = P[pid]
    return r["o1"] if n == 1 else r["o2"]

# ----------------------------------------------------------------------------------------------
# MIME building
# ----------------------------------------------------------------------------------------------
def enc_addr(a):
    name, email_ = parseaddr(a)
    if not name:
        return email_
    try:
        name.encode("ascii")
        return formataddr((name, email_))
    except UnicodeEncodeError:
        return formataddr((name, email_), charset="utf-8")


def enc_hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def norm(text):
    return text.strip("\n").replace("\r\n", "\n") + "\n"


def textpart(text, subtype="plain", charset="utf-8", cte="8bit"):
    text = norm(text)
    if cte in ("8bit", "7bit"):
        p = MIMENonMultipart("text", subtype, charset=charset)
        raw = text.encode(charset)
        if all(b < 128 for b in raw):
            p.set_payload(text)
            p["Content-Transfer-Encoding"] = "7bit"
        else:
            p.set_payload(raw.decode("ascii", "surrogateescape"))
            p["Content-Transfer-Encoding"] = "8bit"
        return p
    if cte == "qp":
        cs = Charset(charset)
        cs.body_encoding = QP
        return MIMEText(text, subtype, cs)
    if cte == "base64":
        p = MIMENonMultipart("text", subtype, charset=charset)
        p.set_payload(text.encode(charset))
        encoders.encode_base64(p)
        return p
    raise ValueError(cte)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


BULLET_RE = re.compile(r"^\s*([-*\u2022]|\d+[.)])\s+")


def auto_html(text):
    """Outlook-ish HTML rendering of a plain text body."""
    paras = norm(text).split("\n\n")
    out = []
    for para in paras:
        lines = para.split("\n")
        if all(l.startswith(">") for l in lines if l.strip()):
            inner = "<br>\n".join(esc(l.lstrip("> ").rstrip()) for l in lines)
            out.append(f'<blockquote style="border-left:1px solid #ccc;margin:0 0 0 .8ex;padding-left:1ex">{inner}</blockquote>')
        elif all(re.match(r"\s*([-*\u2022]|\d+[.)])\s", l) for l in lines if l.strip()):
            items = "".join("<li>" + esc(BULLET_RE.sub("", l)) + "</li>" for l in lines if l.strip())
            tag = "ol" if re.match(r"\s*\d", lines[0]) else "ul"
            out.append(f'<{tag} style="margin-top:0">{items}</{tag}>')
        else:
            out.append('<p class="MsoNormal">' + "<br>\n".join(esc(l) for l in lines) + "</p>")
    body = "\n".join(out)
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style><!-- p.MsoNormal, li {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>'
            '</head><body lang="NL-BE" link="#0563C1"><div class="WordSection1">\n'
            + body + "\n</div></body></html>")


def html_to_text(h):
    t = re.sub(r"(?is)<(style|head).*?</\1>", "", h)
    t = re.sub(r"(?i)<br\s*/?>", "\n", t)
    t = re.sub(r"(?i)</(p|div|tr|h\d|li|table)>", "\n", t)
    t = re.sub(r"(?i)</t[dh]>", "\t", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = t.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&euro;", "€")
    t = re.sub(r"[ \t]+\n", "\n", t)
    t = re.sub(r"\n{3,}", "\n\n", t)
    return t.strip() + "\n"


def xlsm_bytes(sheetname="Blad1"):
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [
            ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/></Types>'),
            ("xl/workbook.xml", f'<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="{sheetname}" sheetId="1"/></sheets></workbook>'),
            ("xl/vbaProject.bin", "\xd0\xcf\x11\xe0 VBA Sub Auto_Open() Kleuren() End Sub"),
        ]:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            z.writestr(zi, data)
    return b.getvalue()


def docm_bytes():
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [
            ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>'),
            ("word/document.xml", '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Welkom op het Sint-Pieterscollege, [voornaam]!</w:t></w:r></w:p></w:body></w:document>'),
            ("word/vbaProject.bin", "\xd0\xcf\x11\xe0 VBA Sub AutoOpen() VulIn() End Sub"),
        ]:
            zi = zipfile.ZipInfo(name, date_time=(2024, 8, 20, 0, 0, 0))
            z.writestr(zi, data)
    return b.getvalue()


def zip_with_exe():
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        zi = zipfile.ZipInfo("SimPadLink_Setup_4.2/setup.exe", date_time=(2024, 11, 4, 9, 0, 0))
        z.writestr(zi, b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 48 + b"PE\x00\x00" + b"This program cannot be run in DOS mode." * 4)
        zi = zipfile.ZipInfo("SimPadLink_Setup_4.2/LEESMIJ.txt", date_time=(2024, 11, 4, 9, 0, 0))
        z.writestr(zi, "Installatie: setup.exe uitvoeren als administrator.\r\n")
    return b.getvalue()


def attach(filename, data, ctype="application/octet-stream", charset=None):
    maintype, subtype = ctype.split("/")
    if maintype == "text":
        if isinstance(data, str):
            data_s = data
        else:
            data_s = data.decode(charset or "utf-8")
        p = textpart(data_s, subtype, charset or "utf-8", "base64" if charset is None else "qp")
    else:
        p = MIMEBase(maintype, subtype, name=filename)
        p.set_payload(data)
        encoders.encode_base64(p)
    p.add_header("Content-Disposition", "attachment", filename=filename)
    return p


def parse_date(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M %z")


def is_school(addr):
    dom = addr.rsplit("@", 1)[-1].lower()
    return any(dom == d or dom.endswith("." + d) for d in SCHOOL_DOMAINS) or dom.endswith(".ksleuven.be")


GROUP_RE = re.compile(r"^(ouders|leerlingen|personeel|klas-|vakgroep-|team-|leerkrachten)", re.I)


def is_group(addr):
    local = addr.split("@")[0]
    return is_school(addr) and bool(GROUP_RE.match(local))


MAILS = []


def add(slug, frm, to, subject, date, body=None, *, cc=(), bcc=(), html=None, kind="plain", cte="8bit",
        charset="utf-8", att=(), rules=(), cats=(), about=(), mis=False, note="", lang="nl", fmt=(),
        mail_from=None, hdrs=None, inner=None, mid_host=None):
    MAILS.append(dict(slug=slug, frm=frm, to=list(to) if isinstance(to, (list, tuple)) else [to],
                      cc=list(cc) if isinstance(cc, (list, tuple)) else [cc],
                      bcc=list(bcc) if isinstance(bcc, (list, tuple)) else [bcc],
                      subject=subject, date=date, body=body, html=html, kind=kind, cte=cte, charset=charset,
                      att=list(att), rules=list(rules), cats=dict(cats) if cats else {}, about=list(about), mis=mis, note=note,
                      lang=lang, fmt=list(fmt), mail_from=mail_from, hdrs=hdrs or {}, inner=inner, mid_host=mid_host))


def make_message(m, num):
    if m["kind"] == "plain":
        body = textpart(m["body"], "plain", m["charset"], m["cte"])
    elif m["kind"] == "html":
        body = textpart(m["html"], "html", m["charset"], m["cte"] if m["cte"] != "8bit" else "qp")
    elif m["kind"] == "alt":
        html = m["html"] or auto_html(m["body"])
        text = m["body"] or html_to_text(html)
        body = MIMEMultipart("alternative")
        body.attach(textpart(text, "plain", m["charset"], m["cte"]))
        body.attach(textpart(html, "html", m["charset"], "qp" if m["cte"] in ("8bit", "7bit") else m["cte"]))
        body.set_boundary(f"_000_alt_{num:03d}_SPCEXCH01_")
    else:
        raise ValueError(m["kind"])
    if m["att"] or m["inner"] is not None:
        msg = MIMEMultipart("mixed")
        msg.attach(body)
        for a in m["att"]:
            msg.attach(a)
        if m["inner"] is not None:
            rp = MIMEMessage(m["inner"])
            rp.add_header("Content-Disposition", "attachment", filename="doorgestuurd bericht.eml")
            msg.attach(rp)
        msg.set_boundary(f"_004_mixed_{num:03d}_SPCEXCH01_")
    else:
        msg = body
    strip_sub_mime_version(msg)
    hdr = []
    hdr.append(("Date", format_datetime(parse_date(m["date"]))))
    hdr.append(("From", enc_addr(m["frm"])))
    hdr.append(("To", ", ".join(enc_addr(a) for a in m["to"])))
    if m["cc"]:
        hdr.append(("Cc", ", ".join(enc_addr(a) for a in m["cc"])))
    hdr.append(("Subject", enc_hdr(m["subject"])))
    host = m["mid_host"] or parseaddr(m["frm"])[1].split("@")[1]
    hdr.append(("Message-ID", f"<b17.{num:03d}.{abs(hash_s(m['slug'])) % 10**10:010d}@{host}>"))
    for k, v in m["hdrs"].items():
        hdr.append((k, enc_hdr(v)))
    # put our headers first, keep MIME headers after
    mime_items = list(msg.items())
    for k in list(msg.keys()):
        del msg[k]
    for k, v in hdr:
        msg[k] = v
    if "MIME-Version" not in [k for k, _ in hdr]:
        msg["MIME-Version"] = "1.0"
    for k, v in mime_items:
        if k != "MIME-Version":
            msg[k] = v
    return msg


def strip_sub_mime_version(part):
    if part.is_multipart():
        for sub in part.get_payload():
            del sub["MIME-Version"]
            if sub.is_multipart() and sub.get_content_maintype() == "multipart":
                strip_sub_mime_version(sub)


def hash_s(s):
    h = 2166136261
    for ch in s.encode():
        h = ((h ^ ch) * 16777619) & 0xFFFFFFFF
    return h


def inner_msg(frm, to, subject, date, body, cc=(), charset="utf-8", cte="qp", mid=None):
    p = textpart(body, "plain", charset, cte)
    items = list(p.items())
    for k in list(p.keys()):
        del p[k]
    p["Date"] = format_datetime(parse_date(date))
    p["From"] = enc_addr(frm)
    p["To"] = ", ".join(enc_addr(a) for a in (to if isinstance(to, (list, tuple)) else [to]))
    if cc:
        p["Cc"] = ", ".join(enc_addr(a) for a in cc)
    p["Subject"] = enc_hdr(subject)
    p["Message-ID"] = mid or f"<{hash_s(subject + date):08x}.inner@{parseaddr(frm)[1].split('@')[1]}>"
    p["MIME-Version"] = "1.0"
    for k, v in items:
        if k != "MIME-Version":
            p[k] = v
    return p


def quote(text):
    return "\n".join(("> " + l) if l.strip() else ">" for l in norm(text).rstrip("\n").split("\n"))

# ----------------------------------------------------------------------------------------------
# signatures
# ----------------------------------------------------------------------------------------------
SCHOOL_LINE = "Sint-Pieterscollege Leuven | Naamsesteenweg 112, 3001 Leuven | 016 29 41 80 | www.sintpieterscollege.be"
SIG = {
    "veerle": "Veerle Jacobs\nStagecoördinator Zorg & Welzijn\nSint-Pieterscollege | Naamsesteenweg 112, 3001 Leuven\nT 016 29 41 80 - GSM 0472 18 44 07",
    "veerle_short": "Veerle\n--\nVeerle Jacobs | stagecoördinator",
    "hilde": "Hilde Wouters\nSchoolverpleegkundige (ma - di - do)\nVerpleegpost A011 | tel. 016 29 41 86",
    "hilde_short": "Hilde Wouters\nschoolverpleegkundige",
    "karim": "Karim El Idrissi\nMaatschappelijk werker Sint-Pieterscollege\n0485 33 12 96 (ma-vr 8u30-16u)",
    "karim_short": "Karim El Idrissi\nmaatschappelijk werker",
    "sofie": "Sofie Claes\nCoördinator leerlingenbegeleiding\nSint-Pieterscollege Leuven",
    "sofie_tel": "Sofie Claes\nCoördinator leerlingenbegeleiding\nSint-Pieterscollege Leuven - 016 29 41 84",
    "chris": "Chris Van Dyck\nBoekhouding - schoolrekeningen\n016 29 41 83 | chris.vandyck@sintpieterscollege.be",
    "filip": "Filip Goossens\nPraktijkleraar voeding-verzorging | Schoolrestaurant De Pollepel\n016 29 41 90 (restaurant, enkel tijdens openingsuren)",
    "filip_short": "Filip",
    "jan": "Jan Smets\nICT-coördinator - lokaal A105",
    "greet": "Greet Lambrechts\nLeerlingenbegeleiding 2de en 3de graad",
    "ellen": "Ellen Mertens\nleerkracht verzorging 5de-6de jaar",
    "tom": "Tom Verhaegen\nLeraar verpleegkunde / stagebegeleider 6de jaar",
    "mieke": "Mieke Dhondt\nCoördinator 7 Thuis- en bejaardenzorg & Se-n-Se Zorgkundige\nErasmus+ contact",
    "koen": "Koen Baert\nAdjunct-directeur",
    "bart": "Bart Lemmens\nTAC - skillslab B014",
    "sarah": "Sarah Wuyts\nLeerlingensecretariaat\nSint-Pieterscollege Leuven",
    "school": SCHOOL_LINE,
}
# ================================================================================================
# A. mails that hand over a credential (password)
# ================================================================================================
add("medicijnkast-skillslab-interim", S["ellen"], S["lotte"], "Praktisch voor maandag - skillslab", "2024-11-15 21:47 +0100",
"""Dag Lotte,

Welkom in de ploeg! Nog wat praktische dingen voor maandag, want dan lig ik zelf al in het ziekenhuis (niet als verpleegkundige deze keer, haha).

- Skillslab = lokaal B014, de sleutel haal je aan het onthaal bij Martine.
- De oefenmedicijnkast (de grijze, links van de lavabo) heeft een cijferslot: 7304. Er zit enkel oefenmateriaal in (placebo-tabletten, ampullen fysiologisch water, insulinepennen zonder naald) maar draai hem toch altijd terug dicht, de 3de jaars komen er ook binnen.
- De poppen liggen op bed 1 t/m 4, de babypop ligt in de couveuse achteraan.
- Lesvoorbereidingen en de planning staan in het Teamskanaal "5 Verzorging - praktijk".

5A heeft dinsdag het 3de en 4de uur praktijk: inspuitingen IM/SC op de oefenkussens, fiches liggen klaar in de blauwe map.
Als er iets is mag je Katrien altijd aanspreken, zij kent de klas.

Veel succes en geniet ervan, het is een toffe groep!
Ellen
""", rules=["password"], note="verzorging teacher going on sick leave gives her substitute the combination lock code of the skills-lab medicine cabinet", fmt=["plain", "8bit"])

add("wifi-stagedag-mentoren", S["veerle"], S["veerle"], "Uitnodiging netwerkmoment stagementoren - donderdag 6 februari", "2025-01-27 10:05 +0100",
html="""<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Beste stagementor,</p>
<p>Graag nodigen we u uit op ons jaarlijkse netwerkmoment voor stagementoren uit ziekenhuizen, woonzorgcentra, thuiszorg en kinderopvang. We blikken terug op de stages van het eerste semester en stellen het vernieuwde evaluatie-instrument voor.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:10.5pt">
<tr style="background:#DCE6F1"><th align="left">Wat</th><th align="left">Praktisch</th></tr>
<tr><td>Datum</td><td>donderdag 6 februari 2025, 14u00 - 16u30</td></tr>
<tr><td>Locatie</td><td>Schoolrestaurant De Pollepel (ingang Tiensestraat 9)</td></tr>
<tr><td>Parking</td><td>Binnenkoer, volg de pijlen &quot;bezoekers&quot;</td></tr>
<tr><td>Wifi</td><td>Netwerk <b>SPC-Gast</b> &ndash; sleutel <b>ZorgWelzijn!2025</b></td></tr>
<tr><td>Programma</td><td>14u00 onthaal &ndash; 14u30 evaluatie-instrument &ndash; 15u30 receptie door onze leerlingen van 6 Verzorging</td></tr>
</table>
<p>Gelieve uw aanwezigheid te bevestigen voor 31 januari door op deze mail te antwoorden.</p>
<p>Met vriendelijke groeten,</p>
<p>Veerle Jacobs<br>Stagecoördinator Zorg &amp; Welzijn<br>Sint-Pieterscollege | Naamsesteenweg 112, 3001 Leuven<br>T 016 29 41 80 - GSM 0472 18 44 07</p>
</body></html>""", kind="alt", bcc=[X["dijlestede"], X["terlinde"], X["sintanna"], X["speelkasteel"], X["thuiszorg"]],
rules=["password", "personal_data"], note="invitation to all internship mentors (in Bcc) with the guest Wi-Fi key of the school in the practical table; phone numbers in the signature", fmt=["alt", "html-table"])

add("account-interim-jonas", S["jan"], S["jonas"], "Je accounts Sint-Pieterscollege", "2024-10-01 07:58 +0200",
"""Hallo Jonas,

Welkom! Hieronder je gegevens om te starten. Je kan overal met hetzelfde account aanmelden:

  Smartschool: https://sintpieterscollege.smartschool.be
  Gebruikersnaam: jonas.vermeiren
  Tijdelijk wachtwoord: Kp4!wu92Lm

  Microsoft 365 (Teams, Outlook, OneDrive): jonas.vermeiren@sintpieterscollege.be
  zelfde tijdelijk wachtwoord; je moet het bij de eerste aanmelding wijzigen en de Authenticator-app instellen.

Lukt iets niet, kom gerust langs in A105 (ma, di en do voormiddag).

Groeten,
Jan
--
Jan Smets
ICT-coördinator - lokaal A105
""", cte="qp", rules=["password"], note="ICT gives a new interim teacher his login and temporary password for Smartschool and Microsoft 365", fmt=["plain", "qp"])

add("kopieercode-reply", S["martine"], S["ayse"], "RE: kopieercode werkt niet", "2024-09-03 08:31 +0200",
"""Dag Ayşe,

Je kopieercode is 55102. De codes van vorig schooljaar zijn op 1 september allemaal vervallen, vandaar.

Groetjes,
Martine

-----Oorspronkelijk bericht-----
Van: Ayşe Yılmaz <ayse.yilmaz@sintpieterscollege.be>
Verzonden: dinsdag 3 september 2024 08:12
Aan: Martine De Smedt <martine.desmedt@sintpieterscollege.be>
Onderwerp: kopieercode werkt niet

Hoi Martine, mijn code van het kopieertoestel in de leraarskamer doet het niet meer, en ik moet het 2de uur nog 24 kopies van de lectuurtekst maken voor 4B... Help :)
Ayşe
""", hdrs={"In-Reply-To": "<a8c1.ayse@sintpieterscollege.be>", "Thread-Topic": "kopieercode werkt niet"},
rules=["password"], note="secretariat answers a colleague with her personal copier code", fmt=["plain", "reply", "outlook-quote"])

add("fwd-gedeelde-mailbox-stage", S["veerle"], S["mieke"], "Fwd: gedeelde mailbox stage@", "2025-03-28 16:20 +0100",
"""Mieke,

Zoals beloofd: hieronder wat Jan me doorstuurde. Dan kan jij tijdens mijn verlof de bevestigingen van de woonzorgcentra en de stagecontracten in de gedeelde mailbox opvolgen. Na de paasvakantie verander ik het terug.

Merci!!
Veerle

---------- Doorgestuurd bericht ----------
Van: Jan Smets <jsm@spc.ksleuven.be>
Datum: di 25 mrt 2025 om 11:02
Onderwerp: gedeelde mailbox stage@
Aan: Veerle Jacobs <veerle.jacobs@sintpieterscollege.be>

Veerle,

Het wachtwoord van stage@sintpieterscollege.be is gereset. Aanmelden via outlook.office.com met:
stage@sintpieterscollege.be
Stagiair#2024-sep

Die mailbox heeft geen MFA (gedeeld account), dus geef het aub niet verder dan nodig.

Jan
""", rules=["password"], note="internship coordinator forwards the reset password of the shared internship mailbox to the colleague replacing her", fmt=["plain", "fwd-inline"])

add("deurcode-levering-restaurant", S["filip"], X["vanmol"], "Nieuwe toegang leveringen schoolrestaurant De Pollepel", "2024-10-02 14:10 +0200",
"""Geachte,

Vanaf maandag 7 oktober is de leveringsingang van ons schoolrestaurant (Tiensestraat 9, poort naast de fietsenstalling) uitgerust met een codeklavier. De keuken is pas vanaf 7u45 bemand, maar uw chauffeurs leveren meestal rond 6u30. Zij kunnen voortaan zelf binnen met code 2468 gevolgd door de toets met het sleuteltje.

Graag:
- de koelwaren meteen in koelcel 2 (rechts) plaatsen, diepvries in de kist achteraan;
- de leveringsbon op de werkbank bij de deur leggen;
- de poort achter u dichttrekken, ze valt niet vanzelf in het slot.

Mogen wij u vragen deze code enkel door te geven aan de chauffeurs die onze school beleveren?

Met vriendelijke groeten,

Filip Goossens
Praktijkleraar voeding-verzorging | Schoolrestaurant De Pollepel
016 29 41 90 (restaurant, enkel tijdens openingsuren)
""", rules=["password", "personal_data"], note="restaurant teacher gives the food wholesaler the door code of the delivery entrance; school phone in signature", fmt=["plain"])

add("kassa-pincode-leerling", S["filip"], pupil_addr("P0007"), "morgen kassa", "2025-02-12 16:42 +0100",
"""Amira,

Jij staat morgen (donderdag) aan de kassa van het restaurant, van 11u30 tot 13u15. Kom om 11u15 even naar de keuken, dan tellen we samen de kassa.

Aanmelden op het kassasysteem:
gebruiker: RESTO-6C-02
pincode: 0912

Die code is van jou alleen, dus niet aan de rest van de klas geven hè. Elke kassier heeft zijn eigen, zo kunnen we 's avonds zien wie wat afgerekend heeft.

Filip
""", about=["P0007"], rules=["password"], note="restaurant teacher gives a pupil her personal login and PIN for the school-restaurant cash register", fmt=["plain", "8bit"])

add("simucare-remote-support", S["bart"], X["simucare"], "RE: Ticket #SC-20931 - SimMan sensor calibration", "2024-11-20 09:14 +0100",
"""Hello Mr Hartmann,

Thank you for your quick reply. The manikin is connected to the lab PC in room B014 and switched on. You can connect today between 10:00 and 12:00:

- TeamViewer ID: 1 284 557 903
- TeamViewer password: vx72kq4T
- SimPad instructor PIN (if you need to go into the calibration menu): 8841

The problem is still the same: the left radial pulse is not detected after the firmware update of last week, and the chest rise sensor gives an error when we ventilate with the bag.

Please let me know when you are finished, so that I can change the TeamViewer password again.

Kind regards,
Bart Lemmens
Technical adviser - skills lab
Sint-Pieterscollege, Leuven (Belgium)

> On 19 Nov 2024, at 17:02, SimuCare Support <support@simucare.eu> wrote:
> Dear customer, to look into the sensor problem remotely we need a remote session on the
> PC the SimPad is paired with. Please send us your availability and connection details.
> Best regards, Jörg Hartmann, SimuCare Technical Support
""", lang="en", hdrs={"In-Reply-To": "<sc-20931.1@simucare.eu>"}, cte="qp",
rules=["password"], note="skills-lab technician gives the patient-simulator supplier the remote-control password and instructor PIN for a support session", fmt=["plain", "reply", "qp"])

add("alarmcode-schoonmaak", S["koen"], X["propernet"], "Alarmcode avondploeg vanaf 4 november", "2024-10-30 17:25 +0100",
"""Geachte mevrouw Lenaerts,

Na de werken aan blok B is het alarmsysteem vernieuwd. Uw avondploeg krijgt een eigen code, zodat wij in het logboek kunnen zien wanneer het gebouw ingeschakeld werd.

Code avondploeg: 6 1 9 3, daarna toets AAN (bij het buitengaan) of UIT (bij het binnenkomen).
U hebt 45 seconden om het paneel aan de personeelsingang te bereiken.

Het skillslab (B014) en de verpleegpost (A011) blijven gesloten; daar wordt enkel op vrijdag gepoetst in aanwezigheid van onze TAC.

Met vriendelijke groeten,

Koen Baert
Adjunct-directeur Sint-Pieterscollege
""", charset="windows-1252", rules=["password"], note="deputy head gives the cleaning company the alarm code for its evening crew", fmt=["plain", "cp1252", "8bit"])

ACC_CSV = ("gebruikersnaam;voornaam;naam;klas;startwachtwoord\n"
           "dawit.tesfaye;Dawit;Tesfaye;3D;Appel-Regen-41\n"
           "oleksandra.kovalenko;Oleksandra;Kovalenko;3D;Brug-Kaas-93\n"
           "samir.haidari;Samir;Haidari;3D;Wolk-Tafel-27\n")
add("accounts-nieuwe-leerlingen-3d", S["jan"], S["evelien"], "Accounts 3 nieuwe leerlingen 3D", "2024-09-09 12:40 +0200",
"""Dag Evelien,

In bijlage de Smartschool-accounts van de drie leerlingen die vanuit OKAN naar jouw klas doorstromen. Kan je ze morgen in de les ICT samen laten aanmelden? Ze moeten bij de eerste keer een eigen wachtwoord kiezen.

Gooi het lijstje daarna weg aub.

Jan
""", att=[attach("accounts_3D_nieuw.csv", ACC_CSV, "text/csv")], about=["P0081", "P0082", "P0083"],
rules=["password"], note="ICT sends the class teacher a CSV of three newcomer pupils' usernames and start passwords", fmt=["mixed", "attachment-csv"])

add("co-account-ouder-kaya", S["sarah"], "Murat Kaya <kaya.murat@gmail.com>", "Co-account Smartschool Yusuf", "2024-09-17 10:22 +0200",
"""Beste meneer Kaya,

Zoals telefonisch gevraagd heb ik het co-account van ouder 1 voor Yusuf (4B) opnieuw ingesteld.

Aanmelden op https://sintpieterscollege.smartschool.be met:
Gebruikersnaam: yusuf.kaya_co1
Wachtwoord: tarwe-Molen-83

U wordt gevraagd dit wachtwoord meteen te wijzigen. Via dit account ontvangt u de berichten van de school, de rapporten en de schoolrekeningen.

Met vriendelijke groeten,

Sarah Wuyts
Leerlingensecretariaat
Sint-Pieterscollege Leuven
""", about=["P0019"], rules=["password"], note="pupil secretariat mails a father the reset login and password of his Smartschool parent account", fmt=["plain"])

add("fwd-epd-login-grace", S["tom"], pupil_addr("P0009"), "Fwd: EPD-toegang stagiairs geriatrie", "2025-02-28 18:03 +0100",
"""Dag Grace,

Hieronder je login voor het EPD op je stageafdeling, die je maandag nodig hebt voor de rapportage. Schrijf hem ergens veilig op en wijzig het wachtwoord zodra je de eerste keer aanmeldt.

Tom

---------- Doorgestuurd bericht ---------
Van: Ann Geeraerts <ann.geeraerts@dijlestede.be>
Datum: vr 28 feb. 2025 om 14:37
Onderwerp: EPD-toegang stagiairs geriatrie
Aan: Tom Verhaegen <tom.verhaegen@sintpieterscollege.be>

Dag Tom,

De accounts voor jullie stagiairs zijn aangemaakt. Voor Grace Mbuyi:
gebruiker: STG-MBUYIG
wachtwoord: Welkom0325
Ze kan enkel rapporteren en het zorgplan lezen, geen medicatie valideren.

Groetjes,
Ann Geeraerts
Hoofdverpleegkundige G2 - Ziekenhuis Dijlestede
""", about=["P0009"], rules=["password"], note="teacher forwards to a pupil the hospital's login and password for the electronic patient record during her internship", fmt=["plain", "fwd-inline"])

add("tap-code-mfa-tom", S["jan2"], S["tom"], "nieuwe gsm - MFA", "2024-12-09 13:05 +0100",
"""Tom,

MFA voor je account is gereset. Meld je aan op je nieuwe gsm met deze tijdelijke toegangspas: 8Kq#mP2v (8 uur geldig, eenmalig). Daarna in de Authenticator-app opnieuw het account toevoegen.

Jan
""", cte="qp", rules=["password"], note="ICT gives a teacher a one-time temporary access pass after resetting his multi-factor login", fmt=["plain", "qp"])

add("sleutelkluis-kinderdagverblijf", S["leen"], pupil_addr("P0036"), "Vroege dienst woensdag - sleutel", "2025-03-10 19:51 +0100",
"""Hey Sien,

Ik heb Nathalie van Het Speelkasteel gebeld. Woensdag begin je dus om 7u, maar zij is er pas om 7u15. De sleutel van de voordeur zit in het grijze kluisje naast de bel, code 1987. Na het openen de sleutel meteen terug in het kluisje en het wieltje verdraaien!
De eerste kindjes komen rond 7u20, Nathalie is er dan zeker.

Veel plezier, je doet het super daar.
Mevr. Maes
""", about=["P0036"], rules=["password"], note="childcare teacher gives a pupil on internship the code of the key safe at the day-care centre", fmt=["plain", "8bit"])

add("gastaccount-lector-palliatief", S["mieke"], "Pieter Coene <pieter.coene@palliatiefnetwerk-dijle.be>", "Je gastaccount voor dinsdag", "2025-01-16 11:30 +0100",
html="""<div style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dag Pieter,</p>
<p>Nogmaals dank dat je dinsdag naar de 7de jaars komt vertellen over palliatieve zorg thuis. Zodat je je presentatie op het digibord kan openen en de leerlingen de filmpjes nadien in Teams kunnen terugvinden, maakte Jan een gastaccount aan:</p>
<ul>
<li>gebruikersnaam: <code>gast.palliatief@spc.ksleuven.be</code></li>
<li>wachtwoord: <code>Lente-Pal-2025</code></li>
</ul>
<p>Het account vervalt automatisch op 31 januari. Ik wacht je om 9u50 op aan het onthaal.</p>
<p>Tot dinsdag!<br>Mieke</p>
<p style="color:#7f7f7f;font-size:8pt">Mieke Dhondt<br>Coördinator 7 Thuis- en bejaardenzorg &amp; Se-n-Se Zorgkundige<br>Erasmus+ contact</p>
</div>""", kind="html", rules=["password"], note="7th-year coordinator sends a guest lecturer the username and password of a temporary school account", fmt=["html-only"])

add("bitlocker-herstelsleutel-verpleegpost", S["jan"], S["hilde"], "RE: laptop verpleegpost vraagt sleutel", "2025-01-07 08:49 +0100",
"""Hilde, geen paniek, dat gebeurt na een BIOS-update. Typ deze herstelsleutel in:

481097-356213-244618-713999-652487-120318-597322-418660

Daarna start hij normaal op. Als hij het morgen opnieuw vraagt, bel me even.

Jan

Van: Hilde Wouters <hilde.wouters@sintpieterscollege.be>
Verzonden: dinsdag 7 januari 2025 08:31
Aan: Jan Smets <jsm@spc.ksleuven.be>
Onderwerp: laptop verpleegpost vraagt sleutel

Jan, de laptop in de verpleegpost toont een blauw scherm "BitLocker-herstel" en vraagt een sleutel van 48 cijfers. Ik kan nu niet in het medicatieregister. Om 9u komt de eerste leerling voor medicatie...
Hilde
""", rules=["password"], note="ICT sends the school nurse the BitLocker recovery key of her laptop", fmt=["plain", "reply", "outlook-quote"])

add("wachtwoord-mdo-verslag-clb", S["sclaes"], X["clb"], "wachtwoord", "2024-12-12 16:58 +0100",
"""Dag Lies,

Zoals afgesproken apart: het wachtwoord voor het verslag van het overleg van vanmiddag is Dijle!MDO17

Groetjes,
Sofie
""", rules=["password"], note="care coordinator sends the CLB, in a separate mail, the password that opens the protected meeting report", fmt=["plain"])

add("wifi-echange-namur", S["anneleen"], X["namur"], "Échange du 13 mars - informations pratiques", "2025-03-06 15:12 +0100",
"""Chère Madame Delvaux,

Nous nous réjouissons d'accueillir vos élèves de 5e Aide familiale le jeudi 13 mars. Voici quelques informations pratiques :

- Arrivée : 9h15 à l'entrée principale, Naamsesteenweg 112. Nos élèves de 5A vous attendront.
- Matinée : atelier au labo de soins (toilette au lit, transferts) ; après-midi : visite du centre de jour pour personnes âgées.
- Le repas de midi est servi par nos élèves au restaurant scolaire.
- Réseau wifi pour vos élèves : SPC-Gast, clé : Echange-Namur-2025
- Code de la porte des vestiaires (bloc B, rez-de-chaussée) : 3311

En cas de retard, vous pouvez me joindre au 0478 62 15 39.

Bien cordialement,

Anneleen Coppens
Professeur de français - Sint-Pieterscollege Leuven
""", lang="fr", cte="qp", rules=["password", "personal_data"], note="French teacher gives the partner school in Namur the guest Wi-Fi key and the changing-room door code for an exchange day; mobile number", fmt=["plain", "qp"])

add("instagram-school-overdracht", S["koen"], S["pieter"], "insta", "2024-09-05 22:14 +0200",
"""Pieter,

Zoals besproken neem jij de insta van de school over van Dries (die heeft er geen tijd meer voor met zijn titularisschap).

login: sintpieterscollege.leuven
ww: Zorgzaam#SPC2024

2FA staat op de schoolgsm, die ligt in de kluis op het secretariaat. Verander het ww maar als je wil, laat me dan wel weten wat het wordt.
Denk aan de toestemmingen voor de foto's, de lijst staat op Smartschool.

K.
""", rules=["password"], note="deputy head hands a teacher the login and password of the school's Instagram account", fmt=["plain"])

add("bestelplatform-groothandel", S["filip"], S["stijn"], "Bestellingen restaurant tijdens mijn afwezigheid", "2025-04-25 12:20 +0200",
html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="NL-BE"><div class="WordSection1">
<p class="MsoNormal">Dag Stijn,</p>
<p class="MsoNormal">Hierbij alles voor de bestellingen bij Vanmol zolang ik in het buitenland ben met de 7de jaars. Bestellen voor donderdag 12u voor levering op maandag.</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td width="160" style="padding:0 5.4pt"><p class="MsoNormal"><b>Webshop</b></p></td><td style="padding:0 5.4pt"><p class="MsoNormal">shop.vanmol-food.be</p></td></tr>
<tr><td style="padding:0 5.4pt"><p class="MsoNormal"><b>Klantnummer</b></p></td><td style="padding:0 5.4pt"><p class="MsoNormal">40021-SPC</p></td></tr>
<tr><td style="padding:0 5.4pt"><p class="MsoNormal"><b>Login</b></p></td><td style="padding:0 5.4pt"><p class="MsoNormal">restaurant@sintpieterscollege.be</p></td></tr>
<tr><td style="padding:0 5.4pt"><p class="MsoNormal"><b>Paswoord</b></p></td><td style="padding:0 5.4pt"><p class="MsoNormal">Pollepel-Keuken-19</p></td></tr>
<tr><td style="padding:0 5.4pt"><p class="MsoNormal"><b>Budget / week</b></p></td><td style="padding:0 5.4pt"><p class="MsoNormal">max. 650 euro excl. btw</p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">De vaste lijst (brood, zuivel, groenten) staat als favoriet opgeslagen. Vlees bestellen we bij de slager, zie map op de werkbank.</p>
<p class="MsoNormal">Bedankt en veel succes met de 6C!<br>Filip</p>
</div></body></html>""", kind="alt", rules=["password"], note="restaurant teacher gives his replacement the login and password of the wholesaler's web shop in a table", fmt=["alt", "html-table"])

add("ipads-toegangscode", S["bart"], S["katrien"], "ipads skillslab", "2024-10-08 10:02 +0200",
"""Katrien,

De ipads van de kar zijn opnieuw ingesteld na de update. Alle 16 hebben nu dezelfde toegangscode: 250613
De app met de zorgprotocollen staat op het tweede scherm.

Graag na je les de kar terug aan de lader, vorige week waren er 5 plat.

Bart
""", rules=["password"], note="skills-lab technician tells a teacher the new unlock code of the lab's iPads", fmt=["plain"])

add("kopieerder-admin-technieker", S["jan2"], X["kopieplus"], "Interventie toestel 3 leraarskamer (C308)", "2025-05-13 09:37 +0200",
"""Goedemorgen,

Voor de interventie van morgen op toestel 3 (C308, serienummer A7PU-K2-41X9, leraarskamer 1ste verdieping): de webinterface is beveiligd.

Gebruiker: admin
Paswoord: Spc-Konica-3

Het probleem: scannen naar e-mail geeft sinds vorige week foutcode "SMTP 535", de andere toestellen werken wel. Ik ben er zelf vanaf 8u.

Met vriendelijke groet,
Jan Smets
ICT-coördinator Sint-Pieterscollege
""", rules=["password"], note="ICT coordinator gives the copier technician the admin login and password of a copier's web interface", fmt=["plain"])

ELEARN = [("P0009", "GMbuyi6D", "Hyg-7731"), ("P0028", "MDubois6D", "Hyg-2208"), ("P0043", "EBoeckx6D", "Hyg-5190"),
          ("P0061", "YMahieu6D", "Hyg-8842"), ("P0072", "GVanRoey6D", "Hyg-3306")]
_rows = "\n".join(f'<tr><td>{P[p]["fn"]} {P[p]["ln"]}</td><td>{u}</td><td>{pw}</td></tr>' for p, u, pw in ELEARN)
add("elearning-handhygiene-6d", S["tom"], S["tom"], "E-learning handhygiëne Dijlestede - VOOR 24/2 afwerken", "2025-02-14 15:30 +0100",
html=f"""<html><head><meta charset="utf-8"></head><body style="font-family:Verdana;font-size:10pt">
<p>Dag iedereen van 6D die op stage gaat in Dijlestede,</p>
<p>Het ziekenhuis vraagt dat jullie <b>voor de start van de stage</b> de e-learning &quot;Handhygiëne en isolatiemaatregelen&quot; afwerken (ongeveer 40 minuten). Zonder certificaat mag je de afdeling niet op. Je logt in op leerplatform.dijlestede.be met:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#eee"><th>Naam</th><th>Gebruikersnaam</th><th>Wachtwoord</th></tr>
{_rows}
</table>
<p>Certificaat (pdf) opladen in je stagemap op Smartschool.</p>
<p>Meneer Verhaegen</p>
</body></html>""", kind="html", bcc=[pupil_addr(p) for p, _, _ in ELEARN], about=[p for p, _, _ in ELEARN],
rules=["password"], note="internship supervisor mails the 6D interns (Bcc) a table with their usernames and passwords for the hospital's e-learning", fmt=["html-only", "html-table"])

add("co-account-pleegouder", S["sarah"], "Dominique Wouters <dominique.wouters.pleeg@gmail.com>", "Toegang Smartschool voor Mila", "2024-09-24 14:02 +0200",
"""Beste mevrouw Wouters,

De consulente van het Agentschap Opgroeien liet ons weten dat Mila sinds de zomer bij u in het pleeggezin verblijft en dat u vanaf nu de dagelijkse opvolging van haar schoolloopbaan doet. Op haar vraag heb ik voor u een apart ouderaccount aangemaakt; de mama behoudt haar eigen account, maar ziet uw berichten niet.

Gebruikersnaam: mila.hendrickx_co3
Wachtwoord: Zonnebloem-552

Bij de eerste aanmelding kiest u zelf een nieuw wachtwoord.

Voor vragen over Mila's begeleiding kan u terecht bij mevrouw Desmet van de leerlingenbegeleiding (eerste graad).

Met vriendelijke groeten,

Sarah Wuyts
Leerlingensecretariaat
Sint-Pieterscollege Leuven
""", about=["P0017"], rules=["password", "sensitive"], cats={"sensitive": ["family"]},
note="secretariat creates a parent account for a foster mother and mails her the password; also says the pupil was placed in foster care", fmt=["plain"])

add("cijferslot-kastje-ouder", S["wendy"], "Jo Moens <moens.jo@telenet.be>", "kastje Kaat", "2024-11-05 12:48 +0100",
"""Dag meneer Moens,

Kaat kwam deze middag langs omdat ze de code van haar kastje vergeten was en haar stageschrift er nog in lag. Ik heb het slot met de loper opengedaan. Omdat ze het al twee keer vergat, stuur ik de code ook even naar u: kastje 214 (gang B, gelijkvloers), cijferslot 0739.

Vriendelijke groeten,
Wendy Cools
opvoeder
""", about=["P0032"], rules=["password"], note="supervisor mails a father the combination of his daughter's locker padlock", fmt=["plain"])

add("deurcode-leraarskamer", S["martine"], S["jonas"], "code", "2024-10-01 09:10 +0200",
"""Jonas, nog vergeten deze ochtend: de code van de leraarskamer en de personeelstoiletten is 1956#. Niet aan leerlingen geven aub, de 4de jaars proberen het elk jaar :-)
Martine
""", rules=["password"], note="secretariat gives a new interim teacher the door code of the staff room", fmt=["plain"])

SIM_TXT = """SKILLSLAB B014 - accounts simulatiestations (bijgewerkt 04/11/2024)

Station 1  SimMan (volwassene)     instructeur: instr1   / Sim-B014-01
Station 2  SimBaby                 instructeur: instr2   / Sim-B014-02
Station 3  Nursing Anne            instructeur: instr3   / Anne-Zorg-3
Debriefing-pc (video)              gebruiker: debrief    / Video!Lab24
Gedeelde map \\\\fs01\\skillslab       gebruiker: lab-assist / Pleister-Pomp-7

Niet uithangen in het lab, niet aan leerlingen geven.
"""
add("accounts-simulatiestations", S["bart"], S["yentl"], "accounts lab", "2024-11-04 15:55 +0100",
"""Dag Yentl,

In bijlage het lijstje met alle accounts van de simulatiestations en de debriefing-pc, dan kan je volgende week zelf de scenario's klaarzetten voor 6 Verpleegkunde. Bewaar het ergens veilig (niet op het bureaublad van de lab-pc hè ;-)).

Groeten,
Bart
--
Bart Lemmens
TAC - skillslab B014
""", att=[attach("accounts_skillslab.txt", SIM_TXT, "text/plain")], rules=["password"],
note="skills-lab technician sends the new lab assistant a text file with the instructor passwords of all simulation stations", fmt=["mixed", "attachment-txt"])

add("reply-paswoord-beveiligde-map", S["tom"], S["ellen"], "Re: examens 6 Verpleegkunde", "2025-06-02 20:31 +0200",
"""sorry vergeten! paswoord van de beveiligde pdf's is Verpleeg2025! (met uitroepteken)

Op ma 2 jun 2025 om 19:58 schreef Ellen Mertens <ellen.mertens@sintpieterscollege.be>:
> Tom, ik zie de examens van 6 Verpleegkunde staan in de map, maar ze vragen een wachtwoord bij openen. Wil vanavond nog de correctiesleutel nakijken.
> E.
""", hdrs={"In-Reply-To": "<c0ffee12.ellen@sintpieterscollege.be>"}, rules=["password"],
note="teacher replies to a colleague with the password of the protected exam PDFs", fmt=["plain", "reply"])

add("zorg-gsm-pincode", S["sofie"], S["greet"], "zorg-gsm tijdens mijn afwezigheid", "2025-02-20 16:40 +0100",
"""Dag Greet,

Zoals afgesproken neem jij de zorg-gsm (0470 55 81 20) over van maandag tot en met vrijdag, ik ben dan op bijscholing in Gent.

- pincode van de simkaart: 2107
- voicemail: toets 1, code 8080
- de gsm ligt opgeladen in de bovenste lade van mijn bureau (sleutel bij Martine)

Er staan nog twee terugbelverzoeken van ouders op, die heb ik in het LVS gezet.

Dank je!
Sofie
""", rules=["password", "personal_data"], note="care coordinator gives her colleague the SIM PIN and voicemail code of the care-team phone; the phone number is in the mail", fmt=["plain"])

add("wifi-wzc-klas-6a", S["veerle"], "klas-6a@sintpieterscollege.be", "Stage WZC Ter Linde - praktische info", "2025-01-09 13:15 +0100",
"""Dag 6A,

Een aantal van jullie start maandag in WZC Ter Linde. Nog enkele afspraken van de stagementor, mevrouw Segers:

1. Aanmelden om 6u45 aan het onthaal, niet via de keukeningang.
2. Werkkledij: witte broek en tuniek van de school, gesloten witte schoenen, haren vast, geen juwelen of nagellak.
3. Jullie gsm blijft in het kluisje. In de pauze mag je het wifi-netwerk van het woonzorgcentrum gebruiken: netwerk "TerLinde-Gast", paswoord Linde2025gast.
4. Rapporteren gebeurt op papier in de eerste week, daarna in het elektronisch dossier.
5. Ziek? Bel voor 7u het woonzorgcentrum én stuur een bericht naar mij.

Veel succes!
Mevr. Jacobs
""", rules=["password", "bcc"], note="internship coordinator sends the class group address (visible in To) practical internship rules including the care home's Wi-Fi password", fmt=["plain"])

add("medicatieregister-vervanging", S["hilde"], S["anclaeys"], "Overdracht verpleegpost", "2025-04-18 15:05 +0200",
"""Dag An,

Fijn dat je mijn dagen overneemt tijdens mijn operatie. Wat je nodig hebt om te starten:

* Pc verpleegpost: gebruiker "verpleegpost", wachtwoord Pleister77
* Medicatieregister (Excel, op het bureaublad): openen met MedReg_2025
* Sleutel van de medicatiekast hangt aan het rode lint in de bovenste lade (kast zelf heeft geen code)

In het register zie je per leerling wat er op school toegediend mag worden en de attesten van de huisarts. Zonder attest geven we niets, ook geen Dafalgan. Ouders bellen bij koorts boven 38 graden.

Ik ben bereikbaar per mail als er echt iets is.

Hilde
""", rules=["password"], note="school nurse hands her replacement the PC password and the password of the protected medication register", fmt=["plain", "8bit"])

add("reservaties-gmail-restaurant", S["filip"], S["dries"], "Reservaties De Pollepel", "2025-01-30 08:05 +0100",
"""Dag Dries,

Zoals gevraagd de gegevens van het reservatieadres van het restaurant. De mails komen binnen op dat gmail-adres, het is ooit zo opgestart voor de leerlingen van het 6de en het is nooit veranderd:

resto.depollepel@gmail.com
wachtwoord: Pollepel_6C!

Graag enkel reservaties bevestigen, geen menu's aanpassen. Max 38 couverts per middag.

Filip
""", cte="base64", rules=["password"], note="restaurant teacher gives a colleague the password of the restaurant's shared reservation mailbox", fmt=["plain", "base64"])

add("aed-kastje-code", S["koen"], S["koen"], "Nieuw AED-toestel in de sporthal", "2024-09-20 12:00 +0200",
"""Beste collega's,

Sinds vandaag hangt er een tweede AED-toestel, in de inkomhal van de sporthal (naast de EHBO-kast). Het kastje is met een code beveiligd tegen vandalisme. De code is 1 1 2 4.

- Bij een hartstilstand: eerst 112 bellen, dan reanimeren, dan AED.
- Het toestel geeft zelf gesproken instructies.
- Na gebruik steeds Hilde (schoolverpleegkundige) en mij verwittigen, zodat de elektroden vervangen worden.

Op woensdag 9 oktober is er een opfrissing reanimatie voor wie wil, inschrijven bij Hilde.

Koen Baert
adjunct-directeur
""", bcc=[f"personeel@{D}"], rules=["password"], note="deputy head tells all staff (group in Bcc) the access code of the new AED cabinet", fmt=["plain"])

add("nieuw-wachtwoord-leerling-salma", S["jan"], pupil_addr("P0023"), "Je nieuw wachtwoord", "2025-03-17 11:20 +0100",
html="""<p>Dag Salma,</p>
<p>Je account was geblokkeerd na te veel foute pogingen. Ik heb het opnieuw ingesteld:</p>
<p style="margin-left:20px">Nieuw wachtwoord: <b>Groen-Fiets-47</b><br>
Herstelcode Microsoft-account (als hij je daarom vraagt): <b>7Q4K-9PZM</b></p>
<p>Kies daarna zelf een nieuw wachtwoord dat je niet vergeet, en schrijf het niet op je agenda ;-)</p>
<p>Meneer Smets<br>ICT</p>""", kind="html", about=["P0023"], rules=["password"],
note="ICT sends a pupil her new password and a recovery code after her account was locked", fmt=["html-only"])

add("klassenraad-6b-beveiligd-bestand", S["joke"], [S["tom"], S["ellen"], S["anneleen"], S["dries"]], "klassenraad 6B - overzicht", "2025-06-16 07:45 +0200",
"""Dag collega's,

Het overzichtsbestand voor de klassenraad van 6B (donderdag 19/6, 13u30, lokaal C203) staat in het Teamskanaal "Klassenraden juni". Het is beveiligd; openen doe je met: kr6B-juni25

Vul aub jullie kolom aan tegen woensdagavond (eindcijfer, attitude, advies).

Joke
""", rules=["password"], note="class teacher gives the class-council teachers the password of the protected council spreadsheet", fmt=["plain"])

add("erasmus-guest-onedrive", S["mieke"], X["tampere"], "Shared folder for the mobility in April", "2025-02-05 09:41 +0100",
"""Dear Riikka,

As promised in our Teams meeting, here is the guest access to our shared folder with the learning agreements, the insurance documents and the planning of the placements in Leuven:

  https://sintpieterscollege-my.sharepoint.com/personal/erasmus
  user: erasmus.guest@spc.ksleuven.be
  password: Tampere-Leuven-24

Could you upload the signed learning agreements of your four students by 28 February? I will send you the host families' details separately.

Warm regards from Leuven,
Mieke

Mieke Dhondt
Coordinator 7th year Home and Elderly Care & Se-n-Se Care Assistant
Erasmus+ contact, Sint-Pieterscollege Leuven
""", lang="en", rules=["password"], note="Erasmus coordinator gives the Finnish partner college the login and password of a shared folder", fmt=["plain"])

add("router-skillslab-installateur", S["bart"], X["netwerk"], "Configuratie router B014", "2024-12-03 14:27 +0100",
"""Beste meneer Vandamme,

Voor uw interventie donderdag in het skillslab B014, de gegevens van de huidige router (Draytek, in het rack achter het docentenbureau):

Beheer: http://10.20.14.1
Gebruiker: admin
Wachtwoord: R0uter!B014

Verborgen wifi van het lab (enkel voor de poppen en de tablets): SSID SPC-SKILLS, WPA2-sleutel 9f3Kd82mQw

Vraag: het aparte VLAN voor de simulatoren en een vaste IP voor de debriefing-pc.

Met vriendelijke groeten,
Bart Lemmens
TAC Sint-Pieterscollege
""", cte="base64", rules=["password"], note="lab technician gives an external network installer the router admin password and the lab Wi-Fi key", fmt=["plain", "base64"])

add("kluis-restaurant-wisselgeld", S["chris"], S["wim"], "Kluis restaurant - wisselgeld", "2025-04-28 08:20 +0200",
"""Dag Wim,

Zolang Filip met de 7de jaars in Finland zit, ben jij verantwoordelijk voor de kassa van het restaurant. Het wisselgeld (€ 150 in muntjes en briefjes van € 5 en € 10) zit in de kluis in het restaurantkantoor.

Code van de kluis: 41086, dan de hendel naar rechts.

Graag elke vrijdag het kasboek en de ontvangsten (in de grijze zak) naar de boekhouding brengen. Niet meer dan € 300 in de kluis laten liggen over het weekend.

Alvast bedankt,
Chris Van Dyck
Boekhouding - schoolrekeningen
016 29 41 83 | chris.vandyck@sintpieterscollege.be
""", charset="windows-1252", rules=["password", "personal_data"], note="bookkeeper gives the replacement restaurant teacher the code of the safe with the cash float; school phone in signature", fmt=["plain", "cp1252", "8bit"])

_inner = inner_msg(X["dijlestede"], S["veerle"], "Toegang stagiairs en begeleiders vanaf 3 maart", "2025-02-24 10:44 +0100",
"""Dag Veerle,

Vanaf 3 maart verloopt de toegang tot de afdelingen via de nieuwe personeelsingang (Kapucijnenvoer, naast de spoed).
Toegangscode deur personeelsingang: 5521* (wordt elke 3 maanden gewijzigd)
Kleedkamer stagiairs: kastjes 301-320, badge aan het onthaal ophalen met identiteitskaart.
De begeleidende leerkracht krijgt een bezoekersbadge, pincode voor de kledingautomaat: 7070.

Met vriendelijke groeten,
Ann Geeraerts
Hoofdverpleegkundige G2 - Ziekenhuis Dijlestede
T 016 88 42 10
""")
add("fwd-als-bijlage-toegang-ziekenhuis", S["veerle"], S["tom"], "FW: Toegang stagiairs en begeleiders vanaf 3 maart", "2025-02-24 11:02 +0100",
"""Tom, voor jou als begeleider van de 6de jaars in Dijlestede: zie de mail van Ann in bijlage (codes deur en kledingautomaat). Geef de deurcode aan de leerlingen op de eerste dag mondeling, niet via Smartschool aub.

Veerle
--
Veerle Jacobs | stagecoördinator
""", inner=_inner, rules=["password", "personal_data"], note="coordinator forwards as an attachment the hospital's mail with the staff-entrance door code and a PIN; phone number in the forwarded signature", fmt=["mixed", "fwd-attached", "rfc822"])

add("sporthal-reservatie-privemail", "Pieter Hermans <pieterhermans.lo@gmail.com>", S["ayse"], "sporthal", "2025-03-02 21:12 +0100",
"""hoi ayse
voor je sportnamiddag met 4B: je moet de sporthal zelf reserveren op het stadsplatform, met ons schoolaccount:
login: lo-spc
pw = Zomer2024 (met hoofdletter Z)
zet er wel bij dat het voor 4B is, anders denkt de stad dat het voor de LO-lessen is
pieter
(stuur via gmail want mijn schoolmail doet raar op mijn gsm)
""", mail_from="pieterhermans.lo@gmail.com", mid_host="mail.gmail.com", rules=["password", "private_account"],
note="PE teacher writes from his private Gmail and gives a colleague the login and password of the school's sports-hall booking account", fmt=["plain"])

add("simpad-installer-zip", S["bart"], S["tom"], "SimPad Link software voor je laptop", "2024-11-04 16:30 +0100",
"""Tom,

In bijlage de installer van SimPad Link (versie 4.2), zodat je de scenario's op je eigen schoollaptop kan voorbereiden. Installeren lukt enkel met het lokale beheerdersaccount:

.\\labadmin
Pop!Lab-2024

Het licentiebestand zit in de installer zelf. Na installatie opnieuw opstarten.

Bart
""", att=[attach("SimPadLink_Setup_4.2.zip", zip_with_exe(), "application/zip")], rules=["password", "attachment"],
note="lab technician sends a zipped installer (setup.exe) with the local admin account password needed to install it", fmt=["mixed", "zip-exe"])
# ================================================================================================
# B. look-alikes: codes, procedures, placeholders, meeting passcodes -- no credential value
# ================================================================================================
add("teams-overleg-stageafspraken-7tbz", S["mieke"], X["thuiszorg"], "Overleg stageafspraken 7 TBZ (Teams)", "2024-10-14 09:00 +0200",
html="""<html><body style="font-family:Segoe UI,sans-serif;font-size:10.5pt">
<p>Dag Ingrid,</p>
<p>Zoals afgesproken een korte online vergadering over de stageafspraken voor onze 7de jaars thuis- en bejaardenzorg (aantal stagiairs per team, uren, verplaatsingen met de fiets).</p>
<p>Agenda: 1. stageperiodes 2024-2025 &ndash; 2. evaluatieformulier &ndash; 3. verzekering verplaatsingen</p>
<div style="border-top:1px solid #ccc;margin-top:20px;padding-top:10px">
<p style="font-size:14pt;color:#252424">Microsoft Teams <span style="color:#5b5fc7">Hulp nodig?</span></p>
<p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ2ZTBjYWQtYzg1@thread.v2/0?context=%7b%22Tid%22%3a%22b17%22%7d">Nu deelnemen aan de vergadering</a></p>
<p>Vergadering-id: 362 118 504 792<br>Wachtwoordcode: aB3kZq</p>
<p style="color:#777">Voor organisatoren: <a href="https://teams.microsoft.com/meetingOptions/">Opties voor vergadering</a></p>
</div>
<p>Tot donderdag,<br>Mieke</p>
</body></html>""", kind="html", rules=[], note="Teams invitation with meeting ID and meeting passcode to an external care partner; meeting passcode, not a credential",
fmt=["html-only", "teams-invite"])

add("zoom-infoavond-7de-jaar", S["mieke"], S["mieke"], "Online infoavond 7de jaar en Se-n-Se - dinsdag 29 april", "2025-04-22 14:00 +0200",
"""Beste ouders en leerlingen van het 6de jaar,

Twijfelt u of uw zoon of dochter na het 6de jaar nog een 7de jaar "Thuis- en bejaardenzorg" of het Se-n-Se-jaar "Zorgkundige" wil volgen? Op onze online infoavond vertellen leerkrachten en oud-leerlingen hoe zo'n jaar eruitziet: lessen, stages, diploma en werkmogelijkheden.

Dinsdag 29 april, 19u30 - 20u30

Deelnemen via Zoom:
https://zoom.us/j/84522310098
Meeting ID: 845 2231 0098
Passcode: 712044

Vragen kan u stellen in de chat. Wie niet kan, vindt de opname nadien op de website.

Vriendelijke groeten,
Mieke Dhondt
coördinator 7de jaar en Se-n-Se
""", bcc=[f"ouders-6a@{D}", f"ouders-6b@{D}", f"ouders-6c@{D}", f"ouders-6d@{D}"], rules=[],
note="invitation to all 6th-year parents (groups in Bcc) for an online info evening with a Zoom meeting passcode; meeting passcode", fmt=["plain"])

add("faq-wachtwoord-vergeten-ouders", S["secretariaat"], S["secretariaat"], "Hoe aanmelden op Smartschool? (ouders eerste jaar)", "2024-09-06 10:30 +0200",
html="""<html><body style="font-family:Arial;font-size:10pt">
<p>Geachte ouders,</p>
<p>Alle communicatie van de school (berichten, rapporten, schoolrekeningen, afwezigheden) verloopt via Smartschool. Hieronder de antwoorden op de vragen die we deze week het vaakst kregen.</p>
<p><b>1. Ik heb geen brief met mijn co-account ontvangen.</b><br>
De brief zat in de boekentas van uw kind (gele enveloppe). Niet gevonden? Vraag een nieuwe aan via het leerlingensecretariaat.</p>
<p><b>2. Ik ben mijn wachtwoord vergeten.</b><br>
Klik op de aanmeldpagina op &quot;Wachtwoord vergeten?&quot; en vul uw gebruikersnaam in. U krijgt een link op het e-mailadres dat u bij de inschrijving opgaf. Werkt dit niet, bel dan het leerlingensecretariaat op 016 29 41 81 (elke schooldag van 8u tot 16u30).</p>
<p><b>3. Kan ik mijn wachtwoord via mail krijgen?</b><br>
Nee. De school stuurt nooit wachtwoorden via e-mail en vraagt u er ook nooit naar. Krijgt u zo'n vraag, dan is het phishing.</p>
<p><b>4. Hebben beide ouders een eigen account?</b><br>
Ja, elke ouder krijgt een eigen co-account. Zo ontvangen beide ouders de berichten, ook als ze niet samenwonen.</p>
<p>Met vriendelijke groeten,<br>Het leerlingensecretariaat</p>
</body></html>""", kind="alt", bcc=[f"ouders-1a@{D}", f"ouders-1b@{D}", f"ouders-1c@{D}", f"ouders-1d@{D}"],
rules=["personal_data"], note="FAQ to first-year parents (Bcc) on the Smartschool password reset procedure, no credential; school phone number", fmt=["alt", "faq"])

add("ict-sterk-paswoord", S["jan"], S["jan"], "ICT-tip van de maand: je paswoord", "2024-10-21 07:30 +0200",
"""Beste collega's,

Oktober is de maand van de cyberveiligheid, dus een korte tip:

- Gebruik voor je schoolaccount een wachtwoordzin van minstens vier losse woorden, en niet hetzelfde wachtwoord als voor je privémail of webshops.
- Schrijf je paswoord niet op een post-it onder je toetsenbord (ik heb er vorige week drie gevonden in de leraarskamer...).
- Log altijd af op het digibord en de pc's in het skillslab.
- Een wachtwoordmanager (bv. Bitwarden of die van je browser) is prima.
- Niemand van ICT of de directie vraagt je ooit je wachtwoord, ook niet "dringend" per mail of sms.

Vragen? A105, ma-di-do voormiddag.

Jan
""", bcc=[f"personeel@{D}"], rules=[], note="ICT awareness tip to all staff (Bcc) about choosing a strong password; no value", fmt=["plain"])

add("sjabloon-welkomstbrief-accounts", S["jan"], [S["evelien"], S["kristel"], S["bram"]], "Sjabloon welkomstbrief nieuwe leerlingen", "2024-08-28 14:15 +0200",
"""Dag titularissen,

Voor de leerlingen die in de loop van het jaar instromen, heb ik een sjabloon gemaakt voor de welkomstbrief. De velden vult het sjabloon zelf in als je de macro laat lopen (knop "Inhoud inschakelen" klikken):

  Beste [voornaam],
  Welkom in klas [klas]!
  Je gebruikersnaam voor Smartschool: [voornaam.naam]
  Je wachtwoord: [startwachtwoord - krijg je van ICT op papier]

Wachtwoorden vul je dus NIET zelf in, die geef ik op papier mee.

Jan
""", att=[attach("sjabloon_welkomstbrief.docm", docm_bytes(), "application/vnd.ms-word.document.macroEnabled.12")],
rules=["attachment"], note="ICT sends class teachers a macro-enabled Word template with placeholder fields for username and password; placeholders only, macro attachment", fmt=["mixed", "docm"])

add("wachtwoord-verloopt-melding", S["jan2"], S["ellen"], "Je wachtwoord verloopt binnen 7 dagen", "2025-01-20 08:00 +0100",
"""Dag Ellen,

Je wachtwoord van je schoolaccount verloopt op 27/01/2025. Wijzig het vóór die datum via https://mijnaccount.sintpieterscollege.be > "Wachtwoord wijzigen". Je hebt daarvoor je huidige wachtwoord en de Authenticator-app nodig.

Ben je te laat, dan kan je niet meer aanmelden in Smartschool en Outlook en moet je langskomen in A105 met je identiteitskaart.

Jan Smets
ICT
""", rules=[], note="ICT notice that a teacher's password will expire, with the procedure to change it; no value", fmt=["plain"])

add("bestelling-oefenmateriaal-skillslab", S["bart"], X["medidistri"], "Bestelling oefenmateriaal skillslab - PO-2025-0147", "2025-01-13 10:48 +0100",
"""Goeiemorgen,

Graag de volgende bestelling, te leveren aan Sint-Pieterscollege, t.a.v. skillslab B014, Naamsesteenweg 112, 3001 Leuven.

Klantnummer: 40021
Onze bestelbon: PO-2025-0147
Kostenplaats: 6120-SKL

| artikelcode  | omschrijving                                  | aantal |
|--------------|-----------------------------------------------|--------|
| INJ-PAD-02   | injectiekussen IM/SC met huidlaag             | 12     |
| SYR-5ML-100  | spuiten 5 ml, doos 100                        | 4      |
| NDL-TRAIN-G  | oefennaalden zonder canule, doos 100          | 4      |
| PLAC-TAB-500 | placebotabletten wit, pot 500                 | 2      |
| NGS-12CH     | neusmaagsonde CH12 (oefen)                    | 20     |

Lotnummers en vervaldata graag op de leveringsbon. Factuur naar boekhouding@sintpieterscollege.be.

Met vriendelijke groeten,
Bart Lemmens
TAC skillslab
""", rules=[], note="order of training material to a supplier with customer number, order number and article codes; codes that are not secrets", fmt=["plain", "ascii-table"])

add("medicijnkast-code-niet-per-mail", S["hilde"], S["lotte"], "RE: code medicijnkast?", "2024-11-18 09:12 +0100",
"""Dag Lotte,

De code van de echte medicatiekast in de verpleegpost geef ik niet via mail, dat is afgesproken met de directie. Kom gerust even langs in A011 (ik ben er vandaag tot 15u), dan zet ik je code in het systeem en kan je zelf een persoonlijke kiezen.
Voor de oefenkast in het skillslab moet je bij Bart of Katrien zijn.

Groetjes,
Hilde Wouters
schoolverpleegkundige

Van: Lotte Michiels
Verzonden: maandag 18 november 2024 08:40
Aan: Hilde Wouters
Onderwerp: code medicijnkast?

Dag Hilde, ik ben de interim van Ellen. Mag ik de code van de medicijnkast? Morgen oefen ik medicatie klaarzetten met 5A.
Lotte
""", rules=[], note="school nurse refuses to give the medicine cabinet code by mail and asks the colleague to come by; no value", fmt=["plain", "reply", "outlook-quote"])

add("google-meet-oudercontact-inbel", S["anneleen"], "Christine Lefèvre <lefevre.christine@skynet.be>", "Oudercontact online - lien Google Meet", "2024-12-16 17:20 +0100",
"""Chère Madame Lefèvre,

Comme convenu, notre entretien de jeudi 19 décembre à 18h40 aura lieu en ligne.

Participer avec Google Meet : https://meet.google.com/xqv-ftbn-kwe
Ou par téléphone : +32 2 290 38 17, code PIN : 427 118 935#

Je vous donnerai un aperçu des résultats de Manon au premier trimestre et des préparatifs pour son stage en crèche.

Bien à vous,
Anneleen Coppens
titulaire adjointe 5A
""", lang="fr", about=["P0064"], rules=["personal_data"], note="online parent meeting invitation with a Google Meet link and dial-in PIN; meeting passcode, and a Belgian dial-in phone number", fmt=["plain"])

_inner_masked = inner_msg("Vanmol webshop <noreply@vanmol-food.be>", S["filip"], "Uw account is aangemaakt", "2024-09-02 07:12 +0200",
"""Beste klant,

Uw account op shop.vanmol-food.be is aangemaakt.

Gebruikersnaam: restaurant@sintpieterscollege.be
Wachtwoord: ********

Om veiligheidsredenen tonen wij uw wachtwoord niet. Wachtwoord vergeten? Gebruik de link "Wachtwoord opnieuw instellen" op de aanmeldpagina.

Groothandel Vanmol
""", cte="7bit")
add("fwd-webshop-account-gemaskeerd", S["filip"], S["chris"], "FW: Uw account is aangemaakt", "2024-09-02 09:30 +0200",
"""Chris, ter info: de webshop van Vanmol staat op het restaurantadres. De facturen komen maandelijks naar jou. Klantnummer staat op de eerste factuur.
Filip
""", inner=_inner_masked, rules=[], note="forwarded supplier confirmation in which the password is masked with asterisks; placeholder only", fmt=["mixed", "fwd-attached", "rfc822"])

add("phishing-waarschuwing", S["jan"], S["jan"], "OPGELET: valse mail 'Uw mailbox is vol'", "2025-02-11 10:05 +0100",
"""Beste collega's,

Sinds vanochtend krijgen een aantal van jullie een mail die lijkt te komen van "Sint-Pieterscollege IT Support" met de vraag om je mailbox te "valideren":

  "Uw mailbox heeft de limiet bereikt. Bevestig uw gebruikersnaam en wachtwoord binnen 24 uur via onderstaande link om gegevensverlies te vermijden."

Dit is phishing. Klik niet op de link en vul niets in. Heb je toch je gegevens ingevuld, wijzig dan meteen je wachtwoord en kom langs in A105, of meld het aan privacy@lksd.ksleuven.be.

Wij vragen nooit je wachtwoord per mail.

Jan
ICT
""", bcc=[f"personeel@{D}"], rules=[], note="ICT phishing warning to all staff (Bcc) quoting a fake credential request; no value", fmt=["plain"])

add("tweestapsverificatie-leerlingen", S["jan"], S["jan"], "Vanaf maandag: aanmelden in 2 stappen", "2025-01-08 12:00 +0100",
"""Dag iedereen,

Vanaf maandag 13 januari meld je je op je schoolaccount aan in twee stappen:
1. je gebruikersnaam en wachtwoord zoals altijd;
2. een code van zes cijfers die je Authenticator-app op je gsm toont (die code verandert elke 30 seconden).

Installeer de app dit weekend al. Tijdens de lessen ICT helpen we wie het niet lukt.
Belangrijk: geef die code van zes cijfers NOOIT aan iemand anders, ook niet aan een klasgenoot of "iemand van de school". Vraagt iemand ernaar, meld het aan je titularis.

ICT Sint-Pieterscollege
""", bcc=[f"leerlingen@{D}"], rules=[], note="ICT explains two-step login to all pupils (Bcc); describes the code without giving any", fmt=["plain"])

add("lotnummers-vaccinatie", S["hilde"], X["clbarts"], "Vaccinatiemoment 2de jaar - praktische afspraken", "2024-10-22 13:40 +0200",
"""Dag dokter Vanroy,

Voor het vaccinatiemoment van het 2de jaar op dinsdag 5 november (HPV, 2de dosis) is alles geregeld:

- lokaal: turnzaal 2, achteraan (gordijnen kunnen dicht)
- tijdsschema: 2A 8u30 - 2B 9u15 - 2C 10u15 - 2D 11u00
- de koelbox met de vaccins komt rechtstreeks van jullie; ik noteer de lotnummers die op de doos staan in jullie registratielijst, zoals vorig jaar (toen lot W028417 en W031155)
- toestemmingsformulieren: 81 ontvangen, de ontbrekende heb ik nog eens via de titularissen opgevraagd

Ik zorg ook voor water, suikerklontjes en een rustruimte.

Tot dan,
Hilde Wouters
Schoolverpleegkundige (ma - di - do)
Verpleegpost A011 | tel. 016 29 41 86
""", rules=["personal_data"], note="school nurse arranges a class-level vaccination session with the CLB doctor, mentioning vaccine lot numbers (codes, not secrets); phone in signature", fmt=["plain"])

add("wifi-gast-paswoord-onthaal", S["veerle"], X["sintanna"], "RE: bezoek evaluatiegesprek 12/3", "2025-03-07 08:55 +0100",
"""Dag Kristof,

Prima, dan zie ik je woensdag 12/3 om 14u voor het evaluatiegesprek met de stagiaires. Je mag je auto op de binnenkoer zetten. Wil je je laptop gebruiken: het wifi-paswoord van het gastnetwerk krijg je aan het onthaal op een kaartje, dat verandert elke week.

Tot woensdag,
Veerle
--
Veerle Jacobs | stagecoördinator

Van: Kristof Van Hove <kristof.vanhove@wzc-sintanna.be>
Verzonden: donderdag 6 maart 2025 17:31
Onderwerp: bezoek evaluatiegesprek 12/3
Past woensdag 14u? Kan ik op jullie wifi? Ik wil graag de evaluatieformulieren op mijn laptop invullen.
""", rules=[], note="coordinator tells a care-home mentor he will get the guest Wi-Fi password at reception; no value given", fmt=["plain", "reply"])

add("deurcode-fietsenstalling-wijzigt", S["koen"], S["koen"], "Nieuwe code fietsenstalling vanaf 3 maart", "2025-02-26 15:45 +0100",
"""Beste leerlingen,

Vanaf maandag 3 maart krijgt de fietsenstalling aan de Tiensestraat een nieuwe code, omdat de oude te veel rondging. De nieuwe code krijg je maandag tijdens het eerste lesuur van je titularis. We zetten hem niet op Smartschool en niet in deze mail.

Geef de code niet door aan mensen van buiten de school. Fietsen die vastgemaakt zijn aan de poort, worden verwijderd.

Meneer Baert
""", bcc=[f"leerlingen@{D}"], rules=[], note="announcement to all pupils (Bcc) that the bike-shed code changes; the new code is deliberately not in the mail", fmt=["plain"])
# ================================================================================================
# C. sensitive: facts of one identifiable pupil or family
# ================================================================================================
S["marc6a"] = S["marc"]
add("klassenraad-5a-tabel", S["katrien"], [S["anneleen"], S["dries"], S["ellen"], S["fatima"]], "Verslag tussentijdse klassenraad 5A", "2024-12-20 15:30 +0100",
html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>td,th{font-family:Calibri,sans-serif;font-size:10pt;border:1px solid #999;padding:3px 6px;vertical-align:top}</style></head>
<body lang="NL-BE"><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dag collega's,</p>
<p>Hieronder de neerslag van de klassenraad van gisteren voor wie er niet bij kon zijn. Enkel de leerlingen waarover iets afgesproken werd.</p>
<table style="border-collapse:collapse">
<tr style="background:#D9E2F3"><th>Leerling</th><th>Bespreking</th><th>Afspraak / wie</th></tr>
<tr><td>Yasmina</td><td>Resultaten zakken sinds oktober. Mama is sinds de zomer alleen met de vier kinderen, papa is terug naar Marokko en betaalt niets. Yasmina vangt na school de kleine broertjes op en heeft nauwelijks tijd voor stageverslagen.</td><td>Uitstel stageverslag tot 10/1 (Katrien). Karim neemt contact op met mama i.v.m. ondersteuning.</td></tr>
<tr><td>Ines</td><td>Veel halve dagen afwezig door zware migraineaanvallen. Wordt opgevolgd op neurologie, nieuwe medicatie sinds november, bijwerkingen: moe en misselijk.</td><td>Mag bij aanval naar de verpleegpost. Toetsen inhalen in het inhaalmoment op woensdag.</td></tr>
<tr><td>Kaat</td><td>Goed trimester, sterke stage in de kinderopvang.</td><td>/</td></tr>
<tr><td>Charlotte</td><td>Sinds het overlijden van haar opa (bij wie ze veel woonde) erg teruggetrokken, huilt soms tijdens de praktijkles bij de bejaardenzorg.</td><td>Gesprek bij Greet gepland. Stage in het WZC voorlopig in een andere afdeling dan palliatieve zorg.</td></tr>
<tr><td>Emilie</td><td>Attest dyslexie bevestigd door logopediste. Heeft recht op de maatregelen uit het begeleidingsplan: extra tijd, vergroot lettertype, geen spellingsfouten aanrekenen bij vakken buiten Nederlands.</td><td>Fatima zet het begeleidingsplan in het LVS.</td></tr>
</table>
<p>Volgende klassenraad: 27 maart.</p>
<p>Groetjes,<br>Katrien</p>
</div></body></html>""", kind="alt", about=["P0002", "P0018", "P0032", "P0046", "P0079"], rules=["sensitive"],
cats={"sensitive": ["family", "medical", "psychosocial", "care"]},
note="class-council notes table for 5A with pupils by first name: absent father, migraine treatment, grief after a death, dyslexia support plan", fmt=["alt", "html-table"])

add("febe-paniek-stagementor", S["tom"], X["dijlestede"], "Febe Claessens - stage volgende week", "2025-03-13 20:14 +0100",
"""Dag Ann,

Febe zal vrijdag niet op de afdeling zijn. Na de laatste late dienst heeft ze thuis een zware paniekaanval gehad; ze was al een tijd erg angstig na het plotse overlijden van die patiënt op kamer 12, waar ze bij was. Ze is sinds deze week in begeleiding bij een psychologe.

Ze wil haar stage graag afmaken, en wij vinden dat ook haalbaar, maar met een paar aanpassingen:
- de komende twee weken enkel vroege diensten;
- liever (nog) geen palliatieve patiënten of stervensbegeleiding;
- een kort debriefingmoment met jou of de referentieverpleegkundige op het einde van de dienst.

Wil je dat ook met Febe zelf bespreken maandag? Zij weet dat ik je dit schrijf.

Dank je wel voor je begrip,
Tom

Tom Verhaegen
Leraar verpleegkunde / stagebegeleider 6de jaar
""", about=["P0015"], rules=["sensitive"], cats={"sensitive": ["psychosocial"]},
note="internship supervisor tells the hospital mentor that a named pupil had a panic attack, is anxious after a patient's death and sees a psychologist", fmt=["plain", "8bit"])

add("english-diabetes-manon-ireland", S["mieke"], X["ireland"], "Manon Lefèvre - placement 5-23 May - medical information", "2025-04-10 10:22 +0200",
"""Dear Ms Keane,

Thank you again for welcoming two of our students at St Brigid's in May. Before the placement starts, there is something you should know about Manon Lefèvre (date of birth 3 March 2008), with her and her parents' consent.

Manon has type 1 diabetes. She uses an insulin pump and a glucose sensor that she reads on her phone, so she will need to keep her phone on her during shifts. She manages it very well herself, but:
- if her sensor alarms, she must be allowed to stop for a few minutes and eat or drink something (she carries glucose tablets);
- a hypo shows as shaking, sweating and confusion; then she needs sugar immediately and should not be left alone;
- she should not do night shifts, and meals should not be skipped.

Her emergency plan from the hospital in Leuven is attached to the learning agreement. Her host family has also been informed.

If you have any questions, do not hesitate to contact me.

Best regards,
Mieke Dhondt
Erasmus+ contact, Sint-Pieterscollege Leuven
""", lang="en", about=["P0064"], rules=["sensitive", "personal_data"], cats={"sensitive": ["medical"]},
note="Erasmus coordinator informs the Irish care home about a named pupil's type 1 diabetes and emergency plan; date of birth given", fmt=["plain", "8bit"])

add("french-chloe-absences-angoisse", S["greet"], "Isabelle Lambert <isabelle.lambert@skynet.be>", "Chloé - suite à notre entretien", "2025-01-23 17:02 +0100",
"""Chère Madame Lambert,

Je vous remercie pour l'entretien de mardi. Comme convenu, je vous résume ce que nous avons décidé pour Chloé.

Depuis la rentrée de janvier, Chloé n'est venue à l'école que trois jours. Elle nous a expliqué qu'elle a des crises d'angoisse dès qu'elle approche du bâtiment, et qu'elle dort très mal depuis les disputes à la maison à Noël. Elle a peur de rater son année et de devoir redoubler, ce qui augmente encore son stress.

Nous proposons :
1. une reprise progressive : à partir du lundi 27 janvier, les deux premières heures seulement, avec un accueil chez moi à 8h20 ;
2. une demande d'accompagnement au CLB (Madame Vandenbroeck), pour laquelle nous avons besoin de votre accord signé ;
3. le report de son stage en crèche à la période de mars.

Pouvez-vous me confirmer par retour de mail que vous êtes d'accord avec la demande au CLB ?

Bien cordialement,

Greet Lambrechts
Accompagnement des élèves, 2e et 3e degré
""", lang="fr", about=["P0020"], rules=["sensitive"], cats={"sensitive": ["psychosocial", "care"]},
note="pupil counsellor writes a French-speaking mother about her daughter's school refusal and anxiety attacks and a CLB referral", fmt=["plain", "8bit"])

add("ocmw-schoolrekening-oumaima", S["chris"], X["ocmw"], "Schoolrekening 2de trimester - Oumaima Tahiri (6B)", "2025-03-04 11:15 +0100",
"""Beste mevrouw Dekeyser,

Zoals afgesproken in uw mail van 12 februari neemt het OCMW de schoolkosten van Oumaima Tahiri (6B) ten laste voor het lopende schooljaar. Hierbij de rekening van het tweede trimester:

- kopieën en werkboeken: € 64,20
- stagekledij (2 tunieken, 2 broeken): € 118,00
- uitstap woonzorgcentrum en Museum Dr. Guislain: € 32,00
- maaltijden schoolrestaurant (praktijkdagen): € 98,20
Totaal: € 312,40

Gelieve het bedrag over te schrijven op rekening BE68 5390 0754 7034 van het Sint-Pieterscollege, met mededeling +++090/2513/40721+++.

De mama is op de hoogte dat zij deze rekening zelf niet meer moet betalen.

Met vriendelijke groeten,
Chris Van Dyck
Boekhouding - schoolrekeningen
016 29 41 83 | chris.vandyck@sintpieterscollege.be
""", about=["P0031"], rules=["sensitive", "personal_data"], cats={"sensitive": ["financial"]},
note="bookkeeper sends the OCMW social worker the school bill of a named pupil whose costs the OCMW pays; IBAN and phone", fmt=["plain", "8bit"])

add("afbetalingsplan-familie-ouali", S["chris"], S["karim"], "familie Ouali", "2024-11-26 09:40 +0100",
"""Karim,

De familie Ouali (Rayan, 1B) heeft nog drie openstaande facturen (september, oktober, november), samen 241 euro. De mama belde me gisteren in tranen: de papa is zijn werk in de bouw kwijt sinds de zomer en ze redden het niet. Ze durfde het niet aan de titularis te zeggen.

Kunnen wij een afbetalingsplan van 25 euro per maand voorstellen? En weet jij of ze al een schooltoelage aangevraagd hebben? Ik zie niets in het dossier.

Wil jij haar bellen? Zij spreekt beter Frans dan Nederlands.

Chris
""", about=["P0016"], rules=["sensitive"], cats={"sensitive": ["financial"]},
note="bookkeeper asks the social worker to set up a payment plan for a named family with unpaid bills after the father lost his job", fmt=["plain"])

add("jade-armen-omkleden", S["pieter"], S["greet"], "Jade 4D", "2025-02-04 12:27 +0100",
"""Greet,

Even snel tussen twee lessen. Bij het omkleden voor zwemmen zag een meisje van 4D bij Jade Schepers verse sneden op haar bovenarm en op de binnenkant van haar pols, en kwam het me zeggen. Ik heb niets gezien, Jade trok meteen een sweater aan en zei dat ze niet mee wou zwemmen "omdat ze ongesteld was". In november had ze ook al iets dergelijks. Volgens dat meisje heeft ze het opnieuw gedaan na ruzie met haar vriend.

Kan jij haar vandaag nog zien? Ze heeft het 6de uur een springuur.

Pieter
""", about=["P0030"], rules=["sensitive"], cats={"sensitive": ["psychosocial"]},
note="PE teacher tells the pupil counsellor that a named pupil has fresh cuts on her arm again (self-harm, without the word)", fmt=["plain"])

add("overlijden-papa-zainab", S["ayse"], [S["marc"], S["pieter"], S["fatima"], S["anneleen"], S["leen"]], "Zainab (4B)", "2024-10-07 07:32 +0200",
"""Beste collega's van 4B,

Ik kreeg gisteravond telefoon van de mama van Zainab Diallo: haar papa is zaterdag onverwacht overleden, een hartstilstand op zijn werk. Zainab is deze week niet op school. De begrafenis is vrijdag in Brussel; ik ga er namens de school naartoe. Wie mee wil, laat het me weten.

De klas weet het nog niet. Ik breng het vanochtend in het eerste uur, samen met Greet. Zainab vroeg via haar mama dat we het niet op Smartschool zetten.

Wees de komende weken wat mild met toetsen en taken. Als ze terug is, mag ze steeds naar Greet of naar mij als het te veel wordt.

Ayşe
""", about=["P0038"], rules=["sensitive"], cats={"sensitive": ["family"]},
note="class teacher tells the 4B teachers that a named pupil's father died suddenly", fmt=["plain", "8bit"])

add("plaatsing-gitte-leefgroep", S["karim"], S["sofie"], "Gitte Van Roey 6D - dringend", "2025-01-24 16:05 +0100",
"""Sofie,

Net telefoon gehad van de consulente van de sociale dienst jeugdrechtbank. Gitte (6D) is sinds gisteren geplaatst in een leefgroep in Heverlee, na wat er vorige week thuis gebeurd is met de stiefvader. Ze mag voorlopig geen contact hebben met thuis, ook niet met mama.

Afspraken:
- Gitte komt gewoon naar school, de begeleiders van de leefgroep brengen haar.
- Niemand anders dan de leefgroep of de consulente mag haar ophalen. Als de mama of de stiefvader aan de poort staat: niet meegeven, mij of de directie bellen.
- Rapporten en berichten voorlopig NIET naar het ouderaccount; ik vraag Sarah om dat af te zetten.
- Stage in het ziekenhuis mag doorgaan.

Kan jij de titularis (Kristel) en het onthaal mondeling inlichten? Liever niet in een groepsmail.

Karim
--
Karim El Idrissi
Maatschappelijk werker Sint-Pieterscollege
0485 33 12 96 (ma-vr 8u30-16u)
""", about=["P0072"], rules=["sensitive", "personal_data"], cats={"sensitive": ["family"]},
note="social worker tells the care coordinator that a named pupil was placed in a residential group by the youth court and may not be picked up by her parents; phone in signature", fmt=["plain", "8bit"])

add("louise-slaapt-bij-oma", S["dries"], S["greet"], "even iets na de les", "2025-03-18 13:10 +0100",
"""Hoi Greet,

Louise Segers uit mijn klas (5C) bleef na PAV nog even hangen. Ze vertelde dat ze sinds twee weken bij haar oma in Kessel-Lo slaapt omdat het thuis niet meer veilig is sinds de nieuwe vriend van haar mama er woont. Hij roept veel en gisteren heeft hij haar tegen de kast geduwd; ze had een blauwe plek op haar pols die ze me liet zien. Ze wil niet dat haar mama weet dat ze het verteld heeft.

Ik heb gezegd dat ik het aan jou zou doorgeven en dat jij haar zou roepen. Zij was er ok mee.

Dries
""", about=["P0054"], rules=["sensitive"], cats={"sensitive": ["family"]},
note="class teacher reports that a named pupil sleeps at her grandmother's because it is not safe at home (mother's partner pushed her)", fmt=["plain"])

add("lotte-zwanger-stageaanpassing", S["hilde"], S["veerle"], "Lotte Geens 5D - stage WZC", "2025-02-17 11:48 +0100",
"""Dag Veerle,

Lotte Geens (5D) kwam deze ochtend bij mij. Ze is 14 weken zwanger en heeft het intussen aan haar mama verteld; die komt donderdag mee naar school. Lotte wil haar stage in het woonzorgcentrum graag afmaken.

Vanuit de verpleegpost adviseer ik voor haar stage vanaf maart:
- geen bewoners tillen of zelf transfers doen zonder tillift;
- geen verzorging van bewoners met een besmettelijke aandoening (CMV, gordelroos, griepuitbraak);
- geen nachtdiensten;
- een stoel/rustmoment voorzien.

Kan jij dat afstemmen met de stagementor? De arbeidsgeneesheer moet volgens mij ook nog een risicoanalyse doen.

Hilde
Hilde Wouters
schoolverpleegkundige
""", about=["P0027"], rules=["sensitive"], cats={"sensitive": ["medical"]},
note="school nurse tells the internship coordinator that a named pupil is pregnant and needs internship adjustments", fmt=["plain"])

add("rilatine-mathis-middag", S["nele"], S["hilde"], "Mathis Hoste 1D - medicatie 's middags", "2024-10-15 09:25 +0200",
"""Dag Hilde,

De mama van Mathis (1D) belde: na het onderzoek bij de kinderneuroloog in Gasthuisberg neemt hij sinds maandag Rilatine, 's ochtends thuis en 's middags een tweede tabletje van 10 mg. Ze vraagt of dat op school kan, bij jou of op het leerlingensecretariaat. Het attest van de arts stopt ze morgen in zijn boekentas.

Ze gaf ook mee dat hij er de eerste dagen minder van eet en hoofdpijn kan krijgen.

Kan jij dat opvolgen? Dan laat ik de titularis weten dat hij om 12u30 even naar de verpleegpost moet.

Groetjes,
Nele
""", about=["P0047"], rules=["sensitive"], cats={"sensitive": ["medical"]},
note="first-grade counsellor asks the nurse to give a named pupil his ADHD medication at noon", fmt=["plain"])

add("notenallergie-noor-keuken", S["hilde"], S["filip"], "Noor 6B donderdag in de keuken", "2024-11-27 14:33 +0100",
"""Filip,

Ik zag op de planning dat Noor Hermans (6B) donderdag in de keuken van het restaurant staat, en het menu is "gevogelte met satésaus". Noor heeft een ernstige pinda- en notenallergie; ze heeft vorig jaar op een feest een anafylactische reactie gehad en moest naar de spoed.

- Ze mag die saus niet bereiden en niet proeven, liefst ook niet aan dezelfde werkbank staan.
- Ze heeft een EpiPen in haar boekentas; een tweede ligt bij mij in de verpleegpost (bovenste schuif, naam op de doos).
- Bij jeuk in de mond, zwelling of benauwdheid: EpiPen in de dij, 112 bellen en mij verwittigen.

Kan zij die dag bv. in de zaal of aan het dessert?

Hilde
""", about=["P0066"], rules=["sensitive"], cats={"sensitive": ["medical"]},
note="nurse warns the restaurant teacher about a named pupil's severe nut allergy and EpiPen before a kitchen day", fmt=["plain"])

add("aanmelding-clb-robbe", S["sclaes"], X["clb"], "aanmelding Robbe Nijs (4C)", "2024-11-08 14:20 +0100",
"""Dag Lies,

Hierbij meld ik Robbe Nijs (4C) aan bij het CLB, met toestemming van beide ouders (formulier zit in het LVS, kan ik je bezorgen).

Wat we zien:
- erg moeilijk met onverwachte veranderingen (vervanging, ander lokaal) - hij loopt dan de klas uit;
- sociaal weinig aansluiting, eet alleen, wordt soms uitgelachen om zijn "rare" interesses;
- in de praktijklessen kinderzorg erg letterlijk in het contact met de kindjes, mentor in de kinderopvang maakte zich zorgen;
- resultaten theorie goed.

Mama vermoedt al langer autisme, maar er is nooit een onderzoek gebeurd. De ouders vragen of het CLB een diagnostisch traject kan opstarten of doorverwijzen. Intussen zetten wij een paar maatregelen op (vaste plaats, planning op voorhand, time-out-kaart).

Kunnen we een MDO plannen voor de kerstvakantie?

Groetjes,
Sofie
Sofie Claes
Coördinator leerlingenbegeleiding
""", about=["P0045"], rules=["sensitive"], cats={"sensitive": ["care", "psychosocial"]},
note="care coordinator refers a named pupil to the CLB for a suspected autism assessment, describing his difficulties", fmt=["plain"])

add("iac-daan-2d", S["sofie"], [S["ilse"], S["anneleen"], S["marc"], S["leen"]], "Daan Verbeke 2D - aangepast curriculum vanaf 3 februari", "2025-01-29 12:05 +0100",
"""Beste collega's van 2D,

Na het MDO van vorige week met de ouders, het CLB en de ondersteuner van het ondersteuningsnetwerk is beslist dat Daan vanaf maandag 3 februari een individueel aangepast curriculum volgt. Hij krijgt op het einde van het jaar een attest van verworven bekwaamheden in plaats van een oriënteringsattest.

Concreet:
- Frans en wiskunde: Daan werkt aan eigen doelen (zie handelingsplan in het LVS), geen gewone toetsen meer;
- tijdens 2 uren Frans gaat hij naar Fatima voor leesondersteuning;
- praktijk verzorging en kinderzorg volgt hij gewoon mee;
- rapport: enkel commentaar, geen punten voor de aangepaste vakken.

De klas hoeft niet ingelicht te worden; Daan vertelt het zelf als hij dat wil.

Sofie
""", about=["P0034"], rules=["sensitive"], cats={"sensitive": ["care"]},
note="care coordinator informs the class team that a named pupil gets an individually adapted curriculum after a multidisciplinary meeting", fmt=["plain"])

add("zorgoverleg-3de-graad-initialen", S["greet"], [S["sofie"], S["karim"], S["hilde"]], "Zorgoverleg 3de graad 14/11 - notities", "2024-11-14 17:45 +0100",
"""Dag allemaal, mijn notities van vanmiddag. Aanvullen mag.

ll.      klas  wat                                               actie
-------  ----  ------------------------------------------------  -------------------------------
E.D.     5B    ouders uit elkaar sinds okt., vader naar Turkije  Greet: gesprek, mama uitnodigen
               vertrokken, E. is de tolk voor mama bij alles
N.K.     5B    sikkelcelcrisis, 9 dagen opgenomen, morfine;      Hilde: actieplan pijn op school
               stage moet deels ingehaald worden                Veerle: inhaalstage
S.H.     5C    filmpje van haar in de kleedkamer rondgestuurd    Greet + Koen: herstelgesprek,
               op TikTok, wil niet meer naar LO                  ouders daders contacteren
A.VD.    5D    CLB-traject loopt, advies heroriëntering naar     Sofie: overleg CLB 28/11
               BSO na tweede B-attest op rij

Volgend overleg: 12/12.
Greet
""", about=["P0004", "P0048", "P0023", "P0060"], rules=["sensitive"],
cats={"sensitive": ["family", "medical", "psychosocial", "care"]},
note="care-team notes in a plain-text table with initials + class: parents separated, sickle-cell admission, bullying victim, CLB trajectory", fmt=["plain", "ascii-table", "8bit"])

add("stage-wiktoria-zorg-voor-mama", S["ellen"], X["terlinde"], "RE: evaluatie stagiaire Wiktoria", "2024-10-24 19:20 +0200",
"""Dag Marleen,

Bedankt voor je eerlijke tussentijdse evaluatie. Ik begrijp je bezorgdheid over de twee incidenten bij de transfers en over het feit dat Wiktoria twee keer te laat kwam.

Wat ik je in vertrouwen wil meegeven, met haar toestemming: Wiktoria zorgt thuis 's nachts voor haar mama, die sinds de zomer in chemotherapie is voor borstkanker. Er is verder niemand; papa woont in Polen. Ze slaapt vaak maar een paar uur. Op school zien we hetzelfde.

Zou het kunnen dat ze de laatste twee weken enkel laatdiensten doet? Dan kan ze 's morgens langer slapen. Ik kom volgende woensdag langs voor een gesprek met jullie beiden.

Groeten,
Ellen Mertens
leerkracht verzorging 5de-6de jaar

> Op 23 okt. 2024 schreef Marleen Segers:
> Wiktoria is vriendelijk met de bewoners, maar ze is vaak moe en onoplettend. Bij twee transfers
> ging het bijna mis. Ze kwam ook twee keer te laat voor de vroege dienst. Ik twijfel of ze deze stage haalt.
""", about=["P0008"], rules=["sensitive"], cats={"sensitive": ["family"]},
note="teacher replies to the care-home mentor that the intern cares at night for her mother in chemotherapy", fmt=["plain", "reply"])

add("eetstoornis-lien-opname", S["hilde"], S["joke"], "Lien (6B)", "2025-02-10 08:15 +0100",
"""Dag Joke,

Even ter info voor jou als titularis, want je vroeg vorige week waarom Lien al zo lang afwezig is. De mama belde me vrijdag: Lien is opgenomen op de afdeling eetstoornissen in Kortenberg. Ze woog bij opname nog 41 kilo. Ze blijft er minstens 8 weken; er is een ziekenhuisschool, ze mogen haar taken daar maken.

Mama vraagt om voorlopig geen kaartjes of berichten van de klas, Lien wil niet dat iedereen het weet. Wat we tegen de klas zeggen: "Lien is ziek en komt na de paasvakantie terug".

Kan jij de stage van april met Veerle bekijken?

Hilde
""", about=["P0049"], rules=["sensitive"], cats={"sensitive": ["medical", "psychosocial"]},
note="nurse tells the class teacher a named pupil was admitted to an eating-disorder unit", fmt=["plain"])

add("pesten-ella-ouder", S["wendy"], "Jeroen De Vos <devos.jeroen@telenet.be>", "Ella - wat er deze week gebeurd is", "2025-03-21 16:20 +0100",
"""Beste meneer De Vos,

Zoals ik u vanmiddag aan de telefoon beloofde, een korte samenvatting.

Ella werd deze week door een groepje meisjes uit haar klas opnieuw buitengesloten en uitgelachen. Er werd een foto van haar in de turnkleedkamer gemaakt die daarna in een groepschat van de klas werd gedeeld, met lelijke opmerkingen erbij. Ella heeft het niet zelf gemeld; een klasgenote kwam het ons vertellen. Het is niet de eerste keer, ook in november waren er al opmerkingen over haar gewicht.

Wat wij gedaan hebben:
- de foto is verwijderd, de betrokken leerlingen hebben dat voor ons gedaan;
- met elk van de drie meisjes is een gesprek geweest, hun ouders worden vandaag ingelicht;
- volgende week start mevrouw Desmet een no-blame-aanpak met een steungroep in de klas.

Ella was erg stil vandaag. Mocht u merken dat ze thuis niet goed slaapt of niet naar school wil, laat het ons zeker weten.

Met vriendelijke groeten,
Wendy Cools
opvoeder / aanspreekpunt pesten eerste graad
""", about=["P0052"], rules=["sensitive"], cats={"sensitive": ["psychosocial"]},
note="supervisor tells a father his daughter was repeatedly bullied and a photo of her was shared", fmt=["plain"])

add("bilal-bedreiging-schorsing", S["koen"], "Khalid Azzouzi <azzouzi.khalid@hotmail.com>", "Preventieve schorsing Bilal", "2025-05-06 15:52 +0200",
"""Geachte heer Azzouzi,

Zoals ik u vandaag telefonisch meldde, wordt Bilal vanaf morgen, woensdag 7 mei, preventief geschorst tot en met maandag 12 mei.

Vanmiddag heeft Bilal op de speelplaats een medeleerling uit het 3de jaar bij de keel gegrepen en tegen de muur geduwd, en hem daarna bedreigd ("na school ben je dood"). Het is het derde ernstige incident dit schooljaar, na het gevecht in januari en de beschadiging van de deur in het skillslab in maart. We starten een tuchtprocedure op.

U en Bilal worden uitgenodigd op een gesprek op maandag 12 mei om 16u. U kan het tuchtdossier vooraf inkijken op het secretariaat en zich laten bijstaan door een vertrouwenspersoon.

Bilal krijgt taken mee via Smartschool.

Met vriendelijke groeten,

Koen Baert
Adjunct-directeur
""", about=["P0050"], rules=["sensitive"], cats={"sensitive": ["psychosocial"]},
note="deputy head informs a father of his son's preventive suspension after a violent incident and repeated behaviour problems", fmt=["plain"])

add("openstaand-saldo-camara", S["chris"], "Aminata Camara <camara.aminata@gmail.com>", "Openstaande schoolrekeningen Fatou", "2025-02-18 10:05 +0100",
"""Beste mevrouw Camara,

Volgens onze boekhouding staan er voor Fatou (4D) nog de volgende facturen open:

  factuur 2024-0918   september - oktober        € 196,40
  factuur 2024-1203   november - december        € 174,80
  factuur 2025-0131   stagekledij + werkboeken   € 115,00
  totaal                                         € 486,20

Ik begrijp dat dit een groot bedrag is. U kan het in delen betalen; we stellen een afbetalingsplan voor van € 40 per maand, te storten op BE68 5390 0754 7034 met de mededeling "Camara Fatou afbetaling".
Ik zie ook dat er voor Fatou dit schooljaar nog geen schooltoelage werd aangevraagd. Onze maatschappelijk werker, Karim El Idrissi, helpt u graag bij de aanvraag (0485 33 12 96).

Wilt u mij laten weten of u akkoord gaat met het afbetalingsplan?

Met vriendelijke groeten,
Chris Van Dyck
Boekhouding - schoolrekeningen
016 29 41 83 | chris.vandyck@sintpieterscollege.be
""", about=["P0057"], rules=["sensitive", "personal_data"], cats={"sensitive": ["financial"]},
note="bookkeeper writes a mother about the family's unpaid school bills and proposes a payment plan; IBAN and phone numbers", fmt=["plain", "8bit"])

add("schooltoelage-geweigerd-hajar", S["karim"], "familie Ait Lahcen <aitlahcen.fam@gmail.com>", "Schooltoelage Hajar - brief van het Groeipakket", "2024-12-05 14:30 +0100",
"""Beste mevrouw Ait Lahcen,

Hajar gaf mij gisteren de brief van het Groeipakket. De schooltoelage voor dit schooljaar werd geweigerd omdat het inkomen van 2022 te hoog zou zijn. Maar in 2022 werkte uw man nog voltijds; sinds zijn ongeval is hij invalide en is het gezinsinkomen bijna gehalveerd.

U kan binnen 60 dagen bezwaar indienen. Ik help u graag om dat samen in te vullen; breng dan het attest van het ziekenfonds en uw laatste aanslagbiljet mee. Past dinsdag 10 december om 15u30, na de les van Hajar?

In afwachting zetten we de schoolrekening van Hajar op pauze, zodat er geen herinneringen komen.

Met vriendelijke groeten,
Karim El Idrissi
Maatschappelijk werker Sint-Pieterscollege
0485 33 12 96 (ma-vr 8u30-16u)
""", about=["P0042"], rules=["sensitive", "personal_data"], cats={"sensitive": ["financial", "family"]},
note="social worker writes a mother that her family's school allowance was refused, father disabled after an accident, school bill paused; phone", fmt=["plain"])

add("english-dawit-nightmares", S["greet"], "Tesfaye family <tesfaye.family@gmail.com>", "Dawit - how is he doing at home?", "2024-11-29 15:10 +0100",
"""Dear Mr and Mrs Tesfaye,

I am the pupil counsellor of the 2nd and 3rd grade. I am writing to you in English as you asked at the start of the school year; please tell me if you prefer an interpreter for a meeting.

Dawit is a friendly boy and his teachers are happy with how fast he is learning Dutch. But we are a little worried. He often falls asleep in class in the morning, and last week, during the first aid lesson where we showed a video of an accident, he left the classroom and was shaking. Afterwards he told me that he sees pictures of the boat and of his cousin who did not arrive, and that he has nightmares almost every night.

We think it would help him to talk with someone who knows about these experiences. With your permission, I would like to ask the CLB to see him and, if needed, refer him to Solentra, a service that helps young refugees.

Could you come to school next week to talk about this? Any day after 15:30 is fine.

Kind regards,
Greet Lambrechts
Pupil counsellor, Sint-Pieterscollege
""", lang="en", about=["P0081"], rules=["sensitive"], cats={"sensitive": ["psychosocial", "care"]},
note="counsellor writes in English to a refugee family that their son shows trauma signs and proposes CLB referral", fmt=["plain"])

add("french-maxime-epilepsie-stage", S["veerle"], X["valmosan"], "Stage de Maxime Dubois (6D) - information importante", "2025-01-31 11:42 +0100",
"""Madame, Monsieur,

Maxime Dubois, élève de 6e année Soins infirmiers, commencera son stage dans votre service de gériatrie le lundi 10 février. Avec l'accord de Maxime et de ses parents, je vous transmets une information médicale importante.

Maxime est épileptique. Son traitement est bien réglé et il n'a plus fait de crise depuis plus d'un an, mais le manque de sommeil augmente le risque. Nous vous demandons donc :
- pas de services de nuit ni d'enchaînement service tardif / service matinal ;
- en cas de crise : le mettre en sécurité sur le côté, ne rien mettre dans la bouche, noter la durée ; appeler le médecin de garde si la crise dure plus de 5 minutes ;
- prévenir ses parents et l'école le jour même.

Il ne doit pas être exclu d'autres tâches : il peut participer à toutes les activités de soins.

Je reste à votre disposition pour toute question.

Veerle Jacobs
Stagecoördinator Zorg & Welzijn
Sint-Pieterscollege | Naamsesteenweg 112, 3001 Leuven
T 016 29 41 80 - GSM 0472 18 44 07
""", lang="fr", cte="qp", about=["P0028"], rules=["sensitive", "personal_data"], cats={"sensitive": ["medical"]},
note="internship coordinator tells the French-speaking hospital ward that a named intern has epilepsy and what to do in a seizure; phone numbers", fmt=["plain", "qp"])

ATT_CSV = ("naam;klas;attest/diagnose;maatregelen\n"
           "Sara Goossens;5D;dyscalculie (attest logopedie 2021);rekenmachine bij alle toetsen, formularium, extra tijd 1/3\n"
           "Amber Van Dessel;5D;ADD, medicatie (Concerta);plaats vooraan, toetsen in apart lokaal, planning per week\n"
           "Marthe Luyten;5D;dyslexie + dysorthografie;voorleessoftware, vergroot lettertype, spelling niet quoteren buiten Nederlands\n")
add("csv-attesten-5d-interim", S["sofie"], S["jonas"], "Leerlingen met begeleidingsplan in 5D", "2024-10-03 10:00 +0200",
"""Dag Jonas,

Omdat je de lessen gezondheidszorg in 5D overneemt, in bijlage de leerlingen met een begeleidingsplan en wat ze nodig hebben bij toetsen en taken. De volledige plannen staan in het LVS (tabblad "zorg"), maar dit lijstje is handiger voor je eerste week.

Verwijder het bestand als je het niet meer nodig hebt, aub.

Sofie
""", att=[attach("begeleidingsplannen_5D.csv", ATT_CSV, "text/csv")], about=["P0013", "P0060", "P0070"], rules=["sensitive"],
cats={"sensitive": ["medical", "care"]}, note="care coordinator sends an interim teacher a CSV with three named pupils' diagnoses (dyscalculia, ADD with medication, dyslexia) and support measures", fmt=["mixed", "attachment-csv"])

add("papa-gevangenis-nina", S["marc"], S["greet"], "Nina 6A", "2025-01-14 12:50 +0100",
"""Greet,

Nina Verstraeten kwam vandaag na wiskunde bij mij, helemaal overstuur. Haar papa zit sinds half december in de gevangenis van Leuven-Centraal, in voorhechtenis. Ze hoorde vandaag dat het nog maanden kan duren. Er waren klasgenoten die er iets over gezien hebben in de krant (zonder naam) en nu vragen stellen.

Ze wil absoluut niet dat de klas het weet. Ze vroeg of ze volgende dinsdag vroeger weg mag om op bezoek te gaan, dat kan enkel tijdens de week.

Kan jij met haar praten? En hoe regelen we die dinsdagen?

Marc
""", about=["P0021"], rules=["sensitive"], cats={"sensitive": ["family"]},
note="class teacher tells the counsellor that a named pupil's father is in prison and she needs leave to visit", fmt=["plain"])

add("zeynep-reflectieverslag-dringend", S["greet"], S["sofie"], "DRINGEND - Zeynep Arslan 6A", "2025-04-03 10:41 +0200",
"""Sofie,

Tom gaf me net het reflectieverslag dat Zeynep voor haar stage op de afdeling oncologie schreef. Onder "wat neem ik mee" staat: "dat het eigenlijk niet erg zou zijn als ik hier zelf zou liggen en niet meer wakker zou worden. Niemand zou het merken."

Ik heb haar uit de les gehaald en met haar gesproken. Ze zegt dat ze al een paar maanden zo denkt, vooral 's nachts, maar dat ze "niets zou doen". Geen concreet plan volgens haar. Ze wil niet dat haar ouders het weten.

Ik wil vandaag nog:
- met haar een veiligheidsplan maken;
- het CLB bellen (Lies is er vandaag);
- bespreken hoe we de ouders inlichten.

Kunnen we elkaar om 12u30 zien in jouw bureau?

Greet
""", about=["P0053"], rules=["sensitive"], cats={"sensitive": ["psychosocial"]},
note="counsellor alerts the care coordinator that a named pupil wrote about not wanting to wake up any more (suicidal thoughts)", fmt=["plain"])

add("tussentijdse-evaluatie-sm-5b", S["ellen"], X["terlinde"], "Tussentijdse evaluatie S.M. (5B) - stage onderbroken", "2024-10-11 16:05 +0200",
"""Dag Marleen,

Hierbij mijn verslag van het evaluatiegesprek van gisteren over S.M. (5B), zodat we hetzelfde in ons dossier hebben.

1. Verzorging en hygiëne: goed, werkt rustig en netjes. Let op handhygiëne tussen twee bewoners.
2. Communicatie: vriendelijk, spreekt bewoners correct aan.
3. Rapportage: nog te summier.
4. Incident: S. werd donderdagochtend onwel tijdens de ochtendzorg en viel flauw in de badkamer. Ze is door de huisarts doorverwezen naar de cardioloog; er wordt een hartritmestoornis vermoed en ze draagt momenteel een holter.

Afspraak: de stage wordt onderbroken tot de resultaten van de cardioloog er zijn. De gemiste dagen worden in de paasvakantie ingehaald.

Groeten,
Ellen Mertens
""", about=["P0067"], rules=["sensitive"], cats={"sensitive": ["medical"]},
note="internship evaluation report naming a pupil by initials + class: fainted, referred to a cardiologist for a suspected heart rhythm disorder", fmt=["plain"])

add("vader-mag-niet-ophalen-elise", S["ayse"], [S["sarah"], S["wendy"]], "OPGELET Elise Coppens 4B - ophalen", "2024-09-12 08:05 +0200",
"""Sarah, Wendy,

Mama van Elise Coppens (4B) kwam net langs met een kopie van een vonnis van de familierechtbank. De vader heeft geen omgangsrecht meer en mag Elise niet ophalen, ook niet als hij zegt dat het dringend is. Er loopt een klacht wegens partnergeweld.

Graag:
- bij de poort of het onthaal Elise nooit aan hem meegeven;
- geen informatie over uurrooster of stageplaats aan hem geven;
- als hij toch komt: mama bellen (nummer in Smartschool) en de directie verwittigen.

Het vonnis zit in een gesloten enveloppe in de kluis op het secretariaat.

Ayşe
""", about=["P0062"], rules=["sensitive"], cats={"sensitive": ["family"]},
note="class teacher warns the secretariat that a named pupil's father may not pick her up after a family-court ruling and a domestic violence complaint", fmt=["plain", "8bit"])

add("traject-julie-herorientering", S["filip"], "Els Vandenberghe <vandenberghe.els@telenet.be>", "Julie - advies van de klassenraad", "2025-04-04 13:20 +0200",
"""Beste mevrouw Vandenberghe,

Zoals aangekondigd op het oudercontact, het advies van de begeleidende klassenraad van 6C voor Julie.

De klassenraad stelt vast dat Julie het ondanks het begeleidingsplan (extra inoefening, uitstel voor taken, wekelijkse opvolging door mevrouw Lambrechts) erg moeilijk heeft met de theoretische vakken. Zowel de leerlingenbegeleiding als het CLB denken dat een zorgopleiding in het duaal leren (Se-n-Se of 7de jaar in alternerend leren) beter bij haar past dan een verder studietraject verpleegkunde.

We stellen voor:
- een overleg met u, Julie, mevrouw Lambrechts en de CLB-medewerker, op dinsdag 22 april om 16u;
- tot dan het traject in het LVS verder opvolgen zoals nu.

Wilt u laten weten of het moment past?

Met vriendelijke groeten,
Filip Goossens
titularis 6C
""", about=["P0024"], rules=["sensitive"], cats={"sensitive": ["care"]},
note="class teacher informs a mother of the council's advice to redirect her daughter after a support plan and CLB involvement", fmt=["plain"])

add("schoolweigering-rani-clb-cc-ouder", S["sofie"], X["clb"], "Rani Daems 3A - vraag tot opvolging", "2024-11-21 11:00 +0100",
"""Dag Lies,

Zoals telefonisch besproken met de mama van Rani (in cc), vragen we het CLB om Rani Daems (3A) op te volgen.

Rani is sinds de herfstvakantie nog maar 4 halve dagen op school geweest. 's Ochtends heeft ze buikpijn en moet ze overgeven, en ze raakt niet in de bus. Bij de huisarts werd niets lichamelijks gevonden. Als ze op school is, zit ze het grootste deel van de dag bij Wendy of in de stilteruimte.

Wat we al doen: een opstartplan (eerst 1ste-2de uur), een vaste opvang bij aankomst, contact met mama om de twee dagen. Mama is ten einde raad.

Kan het CLB een gesprek met Rani en mama plannen, en eventueel een doorverwijzing naar de dienst kinder- en jeugdpsychiatrie bekijken?

Groetjes,
Sofie Claes
Coördinator leerlingenbegeleiding
Sint-Pieterscollege Leuven - 016 29 41 84
""", cc=["Inge Daems <daems.inge@telenet.be>"], about=["P0076"], rules=["sensitive", "bcc", "personal_data"],
cats={"sensitive": ["psychosocial", "care"]}, note="care coordinator asks the CLB to follow up a named pupil's school refusal, with the mother visibly in Cc (two external addresses); phone", fmt=["plain"])

_seppe_inner = """Van: Bram Wauters <wauters.bram@telenet.be>
Datum: zondag 8 september 2024 21:14
Aan: Pascale Wyns <pascale.wyns@sintpieterscollege.be>
Onderwerp: Seppe

Beste mevrouw Wyns,

Ik wil u laten weten dat mijn vrouw en ik sinds deze zomer uit elkaar zijn. Seppe woont voortaan een week bij mij in Wilsele en een week bij zijn mama in Heverlee. Het is voor hem een zware zomer geweest; hij is erg stil en slaapt slecht. Zijn mama en ik willen allebei de berichten van de school ontvangen.

Mvg,
Bram Wauters"""
add("fwd-scheiding-seppe", S["pascale"], [S["marc"], S["ayse"], S["pieter"], S["leen"]], "TR: Seppe", "2024-09-09 07:50 +0200",
"""Collega's van 3A, ter info (blijft onder ons). Houd Seppe wat in het oog de komende weken, en laat me weten als jullie iets opvalt.
Pascale

-----Message d'origine-----
""" + _seppe_inner, about=["P0041"], rules=["sensitive"], cats={"sensitive": ["family"]},
note="class teacher forwards to the class team a father's mail that the parents separated and the pupil lives week-about", fmt=["plain", "fwd-inline"])

add("uithuiszetting-mukendi", S["karim"], S["sofie"], "Océane (4D) - woonsituatie", "2025-03-05 12:20 +0100",
"""Sofie,

Update over Océane Mukendi (4D). De familie is vorige week uit hun appartement gezet (huurachterstand). Mama en de drie kinderen slapen nu in de nachtopvang van het CAW; overdag moeten ze daar weg. Océane komt daardoor vaak te laat en heeft haar werkkledij en schoolspullen niet altijd bij.

- OCMW Leuven betaalt voorlopig de middagmalen en de openstaande schoolrekening, ik heb dat met de sociale dienst geregeld.
- Ik heb een kluisje voor haar gevraagd om haar spullen op school te laten.
- Graag geen sancties voor te laat komen de komende weken; kan jij dat aan de titularis (Bram) doorgeven?

Karim
""", about=["P0080"], rules=["sensitive"], cats={"sensitive": ["family", "financial"]},
note="social worker reports that a named pupil's family was evicted and sleeps in a night shelter, the OCMW paying meals and the school bill", fmt=["plain"])

add("astma-ayoub-lo", S["hilde"], S["pieter"], "Ayoub Lamrani (4A) - LO", "2024-09-19 10:30 +0200",
"""Pieter,

Ayoub Lamrani uit 4A heeft ernstig astma; vorig jaar is hij na de Cooper-test op spoed beland. Hij heeft een puffer (Ventolin, blauw) die hij altijd bij zich moet hebben, ook in de sporthal.

- Voor de inspanning 2 pufjes, op vraag van de longarts.
- Bij een aanval: rechtop zetten, 4 pufjes met de voorzetkamer, na 10 min herhalen. Geen verbetering: 112.
- Liever geen lange duurlopen in de kou; bij de veldloop mag hij wandelen.

Het actieplan van de arts hangt in de verpleegpost.

Hilde
""", about=["P0069"], rules=["sensitive"], cats={"sensitive": ["medical"]},
note="nurse informs the PE teacher about a named pupil's severe asthma and inhaler plan", fmt=["plain"])

add("gemotiveerd-verslag-emiel", S["sofie"], X["clb"], "Emiel Vandeputte 2D - verslag", "2025-05-20 09:35 +0200",
"""Dag Lies,

Voor Emiel Vandeputte (2D) hebben wij onze bijdrage aan het verslag voor de overstap naar het buitengewoon onderwijs (type basisaanbod) afgewerkt. Je vindt ze in het gedeelde zorgdossier op het CLB-platform.

Samengevat:
- het IAC loopt sinds september, maar ook met de aangepaste doelen haalt hij de basis niet voor lezen en rekenen;
- hij is sociaal erg kwetsbaar, wordt snel meegesleurd door oudere leerlingen;
- de ouders staan nu achter de overstap naar de school in Kessel-Lo, na het bezoek van vorige week.

Kan jij het verslag voor 15 juni afwerken, zodat de inschrijving rond is voor de zomer?

Groeten,
Sofie
""", about=["P0068"], rules=["sensitive"], cats={"sensitive": ["care"]},
note="care coordinator asks the CLB to complete a named pupil's report for a transfer to special education", fmt=["plain"])

add("prive-hotmail-stage-marie", "Ellen Mertens <ellenmertens.verpl@hotmail.com>", S["veerle"], "stage Marie P. thuiszorg", "2025-03-26 23:18 +0100",
"""Veerle,

Sorry dat ik via mijn hotmail stuur, ik zit nog in het ziekenhuis (nachtdienst) en mijn schoolmail wil niet op deze pc.

Marie Pauwels (6C) heeft me net gebeld. Ze is vandaag op haar stage in de thuiszorg in tranen uitgebarsten bij een cliënt en naar huis gegaan. Haar huisarts heeft haar twee weken thuis gezet: uitputting, ze slaapt niet meer, heeft paniekaanvallen in de auto van de verpleegkundige. Ze neemt sinds vorige week een antidepressivum. Ze is bang dat ze haar jaar niet haalt.

Kan jij Ingrid van Thuiszorg Samen verwittigen dat Marie er de komende twee weken niet is? Zonder details hè. Ik spreek morgen met Greet.

Ellen
""", mail_from="ellenmertens.verpl@hotmail.com", mid_host="hotmail.com", about=["P0039"], rules=["sensitive", "private_account"],
cats={"sensitive": ["medical", "psychosocial"]}, note="teacher-nurse writes from her private Hotmail during a night shift about an intern's exhaustion, panic attacks and antidepressant", fmt=["plain"])

add("fwd-naar-prive-hiba", S["greet"], "Greet Lambrechts <greetlambrechts@hotmail.com>", "TR: notities zorgoverleg Hiba", "2025-02-28 17:30 +0100",
"""om thuis verder uit te werken

-----Oorspronkelijk bericht-----
Van: Nele Desmet <nele.desmet@sintpieterscollege.be>
Verzonden: vrijdag 28 februari 2025 15:12
Aan: Greet Lambrechts <greet.lambrechts@sintpieterscollege.be>
Onderwerp: notities zorgoverleg Hiba

Greet, mijn notities over Hiba Rachidi (2A) voor het verslag:
- mama is sinds januari opgenomen in de psychiatrie (zware depressie), papa werkt in ploegen;
- Hiba (13) zorgt 's avonds voor haar twee broertjes, kookt, brengt ze naar school -> komt elke dag te laat;
- huilt vaak in de les, zegt dat ze "moet sterk zijn voor de kleintjes";
- papa wil geen hulp van buitenaf ("we lossen het zelf op").
Voorstel: CLB inschakelen, eventueel jongerenwerking KOPP.
Nele
""", about=["P0078"], rules=["sensitive", "private_account"], cats={"sensitive": ["family", "psychosocial"]},
note="counsellor forwards care-meeting notes about a pupil whose mother is hospitalised in psychiatry to her own private Hotmail", fmt=["plain", "fwd-inline"])

add("zorgoverzicht-xlsm-ilias", S["sofie"], S["greet"], "zorgoverzicht 2de trimester", "2025-03-14 16:45 +0100",
"""Greet,

In bijlage het zorgoverzicht van het 2de trimester (met de macro die de kleuren zet - "inhoud inschakelen" klikken).

Nieuw erbij in de eerste graad:
- Ilias Chaouki (2C): attest dyslexie binnen sinds februari, logopedie 2x/week op woensdagnamiddag; GOK-maatregelen: extra tijd en voorleessoftware bij toetsen. Mama vraagt ook of hij vrijgesteld kan worden van het dictee Frans.

Kijk jij je eigen graad nog na voor de klassenraden?

Sofie
""", att=[attach("zorgoverzicht_T2.xlsm", xlsm_bytes("zorg T2"), "application/vnd.ms-excel.sheet.macroEnabled.12")],
about=["P0059"], rules=["sensitive", "attachment"], cats={"sensitive": ["medical", "care"]},
note="care coordinator sends a macro-enabled care overview spreadsheet and in the body a named pupil's dyslexia diagnosis and support measures", fmt=["mixed", "xlsm"])

add("reply-quoted-anouk-mama", S["anneleen"], S["sofie"], "RE: Anouk 3C", "2025-01-09 18:02 +0100",
"""Ok Sofie, ik hou er rekening mee. Ze had haar taak Frans inderdaad niet, ik geef haar uitstel tot na de krokus.
Anneleen

Van: Sofie Claes <sofie.claes@sintpieterscollege.be>
Verzonden: donderdag 9 januari 2025 14:20
Aan: leerkrachten 3C (individueel)
Onderwerp: Anouk 3C

Beste collega's van 3C,
Ter info: de mama van Anouk Lenaerts werd tijdens de kerstvakantie gedwongen opgenomen in de psychiatrie na een psychose. Anouk woont tijdelijk bij haar tante in Tienen en komt met de trein. Ze is moe en kan haar taken even niet op tijd afwerken. Graag wat soepelheid met deadlines.
Sofie
""", about=["P0055"], rules=["sensitive"], cats={"sensitive": ["family"]},
note="short teacher reply that quotes the coordinator's mail saying a named pupil's mother was committed to psychiatry and she lives with her aunt", fmt=["plain", "reply", "outlook-quote"])

add("prikaccident-eline-dijlestede", S["veerle"], X["dijlestede"], "Prikaccident stagiaire Eline Boeckx - aangifte", "2025-03-20 14:12 +0100",
"""Dag Ann,

Zoals telefonisch besproken, de gegevens voor de aangifte van het prikaccident van gisteren op jullie afdeling:

Stagiaire: Eline Boeckx, 6D
Rijksregisternummer: 07.05.21-264.31
Datum en uur: woensdag 19 maart, 10u40, kamer 208
Omstandigheden: bij het opruimen van de naaldcontainer na een subcutane injectie, prik in de linkerwijsvinger met een gebruikte naald.

Eline werd op spoed gezien. Bloedafname voor hepatitis B en C en HIV gebeurd, de bronpatiënt is getest. Ze is gestart met een preventieve HIV-behandeling (PEP) voor 4 weken, tot de resultaten er zijn; ze heeft er wat last van (misselijk). Controle bij de arbeidsgeneesheer op 2 april.

Ze blijft deze week thuis. Kunnen jullie de aangifte bij jullie preventiedienst doen, dan doen wij die bij onze schoolverzekering?

Groeten,
Veerle Jacobs
Stagecoördinator Zorg & Welzijn
Sint-Pieterscollege | Naamsesteenweg 112, 3001 Leuven
T 016 29 41 80 - GSM 0472 18 44 07
""", about=["P0043"], rules=["sensitive", "personal_data"], cats={"sensitive": ["medical"]},
note="coordinator sends the hospital a named intern's needle-stick accident details (blood tests, HIV prophylaxis) with her national number and phones", fmt=["plain"])

add("english-ocmw-kovalenko", S["karim"], "Iryna Kovalenko <kovalenko.iryna@gmail.com>", "School bill and OCMW", "2024-10-17 13:25 +0200",
"""Dear Mrs Kovalenko,

Thank you for coming to see me yesterday with Oleksandra. As promised, a short summary in English.

- The bill for the first term (textbooks, work clothes for the care workshops, the trip to the care home) is 287 euro. I understand that you cannot pay this now, as you are still waiting for your first salary.
- The OCMW (the social welfare office of Leuven) can pay school costs for families with temporary protection. You have an appointment with their social worker, Mrs Dekeyser, on Tuesday 22 October at 10:00 (Leuven city hall, Professor Van Overstraetenplein 1). Please bring the bill, your residence card and your bank statements.
- Until then, the school will not send reminders.

If you need an interpreter for the appointment, let me know before Monday.

Kind regards,
Karim El Idrissi
Social worker, Sint-Pieterscollege
""", lang="en", about=["P0082"], rules=["sensitive"], cats={"sensitive": ["financial"]},
note="social worker writes in English to a refugee mother who cannot pay the school bill and is referred to the OCMW", fmt=["plain"])

add("woede-uitbarstingen-ruben", S["hans"], S["greet"], "Ruben Smolders (4A) - alweer", "2025-02-26 15:40 +0100",
"""Greet,

Ik wil Ruben Smolders graag bespreken op het volgende zorgoverleg, of eerder.

- Vandaag heeft hij in de praktijkles kinderzorg een oefenpop tegen de muur gegooid toen Leen hem vroeg om opnieuw te beginnen met het badje.
- Vorige week: deur van het fietsenhok kapotgeslagen na een ruzie met een klasgenoot.
- Hij scheldt leerkrachten uit, daarna heeft hij er spijt van en huilt hij.
- De time-out-kaart gebruikt hij niet meer.

Thuis zou het ook moeilijk zijn volgens hem ("mijn pa roept de hele tijd"). Ik weet niet meer goed hoe ik hem moet aanpakken, en de klas begint bang van hem te worden.

Hans
""", about=["P0025"], rules=["sensitive"], cats={"sensitive": ["psychosocial"]},
note="class teacher asks the counsellor to discuss a named pupil's repeated outbursts of anger and aggression", fmt=["plain"])

KR6D_CSV = ("leerling;stand van zaken;afspraak;wie\n"
            "G.M.;mama sinds januari in Kinshasa bij zieke grootmoeder, G. woont bij tante in Brussel, lange treinrit, te laat;stage-uren opvolgen, inhaalstage paas;Kristel/Veerle\n"
            "Y.M.;faalangst sterk toegenomen, blokkeert bij praktijkproeven, begeleiding bij psycholoog gestart;examens in apart lokaal, praktijkproef met 1 evaluator;Greet\n"
            "G.VR.;verblijft in leefgroep, consulent komt mee naar oudercontact;rapport naar leefgroep, niet naar ouders;Karim\n"
            "M.D.;stagekledij en 2 facturen nog niet betaald, gezin heeft het financieel moeilijk;Chris vraagt tussenkomst OCMW;Chris/Karim\n")
add("klassenraad-6d-csv", S["kristel"], [S["tom"], S["veerle"], S["marc"], S["anneleen"], S["karim"]], "klassenraad 6D - notities", "2025-03-27 17:55 +0100",
"""Dag collega's,

Mijn notities van de klassenraad 6D in bijlage (csv, opent in Excel). Enkel de leerlingen met een afspraak staan erin, de rest zie je in Smartschool.

Mvg,
Kristel
""", att=[attach("klassenraad_6D_maart.csv", KR6D_CSV, "text/csv")], about=["P0009", "P0061", "P0072", "P0028"], rules=["sensitive"],
cats={"sensitive": ["family", "psychosocial", "care", "financial"]},
note="class-council notes as a CSV attachment, pupils by initials: mother abroad and pupil living with aunt, failure anxiety with psychologist, residential group, unpaid bills", fmt=["mixed", "attachment-csv"])

add("hepatitis-b-sanne-stage", S["hilde_short"] if "hilde_short" in S else S["hilde"], S["veerle"], "Sanne 6C - vaccinatie", "2024-09-26 12:10 +0200",
"""Veerle,

Ik kreeg de resultaten van de bloedafname van Sanne Stevens (6C) van de huisarts. Na de drie vaccins hepatitis B is haar antistoffentiter nog altijd te laag (< 10), ze is dus een non-responder. Ze krijgt nu een extra reeks bij de arbeidsgeneesheer.

Tot er een nieuwe controle is: liefst geen stage op een afdeling met veel bloedcontact (heelkunde, dialyse). Geriatrie of revalidatie kan wel, met de gewone voorzorgen. Kan je dat meenemen in de stageplanning van oktober?

Hilde
""", about=["P0077"], rules=["sensitive"], cats={"sensitive": ["medical"]},
note="nurse tells the internship coordinator a named pupil did not respond to hepatitis B vaccination and needs a different ward", fmt=["plain"])
# ================================================================================================
# D. personal mails about one pupil that are not sensitive
# ================================================================================================
add("stageplaats-bevestigd-laura", S["veerle"], pupil_addr("P0035"), "Je stage in februari is bevestigd", "2024-12-11 10:20 +0100",
"""Dag Laura,

Goed nieuws: Huize Sint-Anna heeft je stage bevestigd.

Periode: maandag 3 februari t.e.m. vrijdag 28 februari
Afdeling: De Linde (2de verdieping)
Uren: dagdienst 7u00 - 15u30, geen weekends
Mentor: Kristof Van Hove, hoofdverpleegkundige
Adres: Tervuursesteenweg 220, 3001 Heverlee - onthaal 016 40 77 12

Breng op je eerste dag je stageschrift, je werkkledij en je identiteitskaart mee. Het stagecontract geef ik je volgende week in de les, laat het door je ouders ondertekenen.

Veel succes!
Mevr. Jacobs
""", about=["P0035"], rules=["personal_data"], note="coordinator confirms a pupil's internship place and hours; care home's phone number", fmt=["plain"])

add("werkkledij-vergeten-lina", S["katrien"], "Samira El Amrani <samira.elamrani@gmail.com>", "Werkkledij Lina", "2024-10-10 15:35 +0200",
"""Beste mevrouw El Amrani,

Lina had vandaag voor de derde keer haar werkkledij niet bij voor de praktijkles verzorging. Ze kon meedoen met een reservetuniek van de school, maar die moet ze gewassen terugbrengen.

Wilt u er mee op letten dat ze op dinsdag en donderdag haar tuniek, witte broek en schoenen in haar zak heeft? Bij de volgende keer mag ze enkel observeren, en dat is jammer want ze doet het goed in de praktijk.

Met vriendelijke groeten,
Katrien Verbruggen
leerkracht verzorging
""", about=["P0011"], rules=[], note="teacher reminds a mother that her daughter keeps forgetting her work uniform", fmt=["plain"])

add("proficiat-amira-skills", S["griet"], "Fatiha Benali <fatiha.benali@hotmail.com>", "Proficiat met Amira!", "2025-03-24 09:10 +0100",
html="""<p>Beste mevrouw Benali,</p>
<p>Met veel plezier laat ik u weten dat Amira zaterdag <b>de tweede plaats</b> behaalde op de provinciale finale van de vakwedstrijd &quot;Zorg &amp; Welzijn&quot; in Hasselt. De jury was onder de indruk van hoe rustig en warm ze met de &quot;cliënt&quot; (een acteur) omging tijdens de ochtendzorg.</p>
<p>Ze mag in mei naar de Vlaamse finale. We zijn trots op haar!</p>
<p>Met hartelijke groeten,<br>Griet Vanhoof<br>directeur</p>""", kind="html", about=["P0007"], rules=[],
note="head congratulates a mother on her daughter's prize at a care skills competition", fmt=["html-only"])

add("restaurant-compliment-britt", S["filip"], S["joke"], "complimentje Britt", "2025-02-07 14:02 +0100",
"""Joke,

Weet dat Britt Willems vandaag in het restaurant fantastisch werk heeft geleverd als gastvrouw. Er zat een tafel van het OCMW-bestuur en die waren heel lovend. Ze ontving iedereen, kende het menu vanbuiten en loste de fout met een dubbele reservatie zelf op.
Mag op haar rapport bij attitudes ;-)

Filip
""", about=["P0058"], rules=[], note="restaurant teacher tells a colleague a pupil did excellent work as hostess", fmt=["plain"])

add("portfolio-deadline-jolien", S["dries"], pupil_addr("P0040"), "portfolio", "2025-05-12 16:15 +0200",
"""Jolien,

Je portfolio voor het GIP-project (dag uit het leven van een zorgkundige) moest vrijdag ingediend zijn. Ik heb nog niets ontvangen. Je kan het nog opladen tot woensdag 20u, daarna verlies je de punten voor "tijdig indienen".

Lukt het niet door een technisch probleem, kom dan morgen even langs in C104.

Meneer Willems
""", about=["P0040"], rules=[], note="teacher reminds a pupil her portfolio is overdue", fmt=["plain"])

add("gsm-gevonden-victor", S["wendy"], "Pieter Desmet <desmet.pieter@telenet.be>", "Gsm van Victor gevonden", "2024-11-12 16:50 +0100",
"""Dag meneer Desmet,

Victor dacht dat hij zijn gsm kwijt was op de bus, maar de poetsdienst vond hem in de refter onder een bank. Hij ligt op het leerlingensecretariaat en Victor kan hem morgen vanaf 8u ophalen.

Vriendelijke groeten,
Wendy Cools
""", about=["P0056"], rules=[], note="supervisor tells a father his son's lost phone was found", fmt=["plain"])

add("attest-stage-uren-eline", S["tom"], pupil_addr("P0043"), "Attest stage-uren", "2025-06-20 11:30 +0200",
"""Dag Eline,

Je attest met je stage-uren van dit schooljaar (462 uur, waarvan 310 in het ziekenhuis en 152 in het woonzorgcentrum) ligt klaar op het secretariaat. Je hebt het nodig voor je inschrijving in de HBO5 verpleegkunde, dus bewaar het goed.

Proficiat met je diploma alvast, en tot op de proclamatie!

Meneer Verhaegen
""", about=["P0043"], rules=[], note="teacher tells a pupil her internship-hours certificate is ready", fmt=["plain"])

add("tussentijdse-evaluatie-yara-positief", S["tom"], X["dijlestede"], "Tussentijdse evaluatie Yara Mahieu (6D)", "2025-03-06 17:05 +0100",
html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dag Ann,</p>
<p>Bedankt voor het fijne gesprek van dinsdag. Hierbij de neerslag van de tussentijdse evaluatie van Yara:</p>
<table border="1" cellpadding="5" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#E2EFD9"><th>Competentie</th><th>Stand</th><th>Opmerking</th></tr>
<tr><td>Communicatie met patiënten</td><td>sterk</td><td>warm, neemt tijd, past taal aan bij ouderen met dementie</td></tr>
<tr><td>Basiszorg en hygiëne</td><td>goed</td><td>werkt systematisch, aandacht voor privacy van de patiënt</td></tr>
<tr><td>Rapportage EPD</td><td>werkpunt</td><td>rapporteert te laat en te algemeen; oefenen met de SOAP-structuur</td></tr>
<tr><td>Samenwerking in het team</td><td>goed</td><td>durft vragen te stellen</td></tr>
<tr><td>Initiatief</td><td>in groei</td><td>mag meer zelf voorstellen doen bij de dagplanning</td></tr>
</table>
<p>Eindevaluatie: vrijdag 28 maart. Tot dan!</p>
<p>Tom</p>
</body></html>""", kind="alt", about=["P0061"], rules=[],
note="internship evaluation of a named pupil listing only competences and work points", fmt=["alt", "html-table"])

add("toestemming-uitstap-fien", S["nele"], "Kristof Wijns <wijns.kristof@telenet.be>", "Toestemmingsstrook uitstap Technopolis", "2024-11-18 13:00 +0100",
"""Beste meneer Wijns,

Voor de uitstap van het eerste jaar naar Technopolis op donderdag 28 november ontbreekt nog de ondertekende toestemmingsstrook van Fien. Kan u die morgen meegeven? Zonder strook kan ze helaas niet mee en blijft ze die dag op school in een andere klas.

Dank u wel,
Nele Desmet
""", about=["P0029"], rules=[], note="teacher asks a father for his daughter's missing trip permission slip", fmt=["plain"])

add("english-arrival-dina-tampere", S["mieke"], X["tampere"], "Arrival times Dina and Julia", "2025-04-02 14:48 +0200",
"""Dear Riikka,

Here are the travel details of our two students for the placement in Tampere:

Dina Osmani and Julia Kowalczyk (both 6A)
Flight BRU-HEL SN2207, Sunday 27 April, arrival 14:35
Train HEL-Tampere at 16:02

Dina will be the contact person of the two; she can be reached through the WhatsApp group we made with your colleague. Dina would like to do her placement in the elderly care team, Julia prefers the children's day care.

Looking forward to seeing you in May for the monitoring visit!
Mieke
""", lang="en", about=["P0071", "P0063"], rules=[], note="Erasmus coordinator sends the Finnish partner two pupils' travel details and preferences", fmt=["plain"])

add("french-tenue-stage-manon", S["katrien"], "Christine Lefèvre <lefevre.christine@skynet.be>", "Tenue de stage de Manon", "2024-09-23 17:40 +0200",
"""Chère Madame Lefèvre,

Manon m'a dit que vous n'aviez pas encore reçu le bon de commande pour la tenue de stage. Je vous l'envoie donc ici : il faut deux tuniques blanches et un pantalon, à commander via l'école avant le 4 octobre (taille à indiquer sur le formulaire en pièce jointe de Smartschool). Les chaussures blanches fermées sont à acheter vous-même.

Son premier stage en crèche commence le 18 novembre.

Bien cordialement,
Katrien Verbruggen
titulaire 5A
""", lang="fr", charset="windows-1252", about=["P0064"], rules=[], note="class teacher tells a French-speaking mother how to order her daughter's internship uniform", fmt=["plain", "cp1252", "8bit"])

add("leerlingenraad-kobe", S["koen"], pupil_addr("P0003"), "Je kandidatuur leerlingenraad", "2024-09-27 12:30 +0200",
"""Dag Kobe,

Bedankt voor je kandidatuur voor de leerlingenraad! Je motivatie over een betere fietsenstalling en meer vegetarische schotels in het restaurant was erg concreet.

De verkiezingen zijn op vrijdag 4 oktober tijdens het 3de lesuur. Je mag op maandag in de klassen van de tweede graad je kandidatuur kort voorstellen (max. 2 minuten).

Succes!
Meneer Baert
""", about=["P0003"], rules=[], note="deputy head thanks a pupil for his student-council candidacy", fmt=["plain"])

add("boek-terugbrengen-emma", S["pascale"], "Lien Deprez <lien.deprez@telenet.be>", "Bibliotheekboeken Emma", "2025-06-10 10:05 +0200",
"""Beste mevrouw Deprez,

Volgens de schoolbib heeft Emma nog twee boeken in bruikleen ("Het leven van een verpleegster" en een atlas anatomie) die in mei terug moesten zijn. Wilt u ze deze week nog meegeven? Anders worden ze op de schoolrekening van juni gezet (€ 18 en € 35).

Met vriendelijke groeten,
Pascale Wyns
titularis 3A
""", about=["P0014"], rules=[], note="class teacher asks a mother to return two library books", fmt=["plain"])

add("pasfoto-badge-naomi", S["veerle"], pupil_addr("P0048"), "pasfoto voor je stagebadge", "2024-12-02 09:15 +0100",
"""Dag Naomi,

Het ziekenhuis maakt de badges voor de stagiairs. Van jou hebben ze nog geen pasfoto. Stuur mij voor vrijdag een recente foto (jpg, gezicht goed zichtbaar, witte achtergrond) via Smartschool, dan geef ik die door.

Mevr. Jacobs
""", about=["P0048"], rules=[], note="coordinator asks a pupil for a passport photo for her hospital badge", fmt=["plain"])

add("veldloop-mats", S["pieter"], [S["nele"]], "Mats Celis - veldloop", "2024-10-18 15:20 +0200",
"""Nele,

Leuk nieuwtje voor de nieuwsbrief: Mats Celis (1B) werd gisteren eerste op de scholenveldloop van Leuven bij de jongens eerste graad! Hij mag naar de provinciale finale in november. Foto staat op de LO-schijf (ouders gaven toestemming voor foto's).

Pieter
""", about=["P0073"], rules=[], note="PE teacher shares a pupil's cross-country win for the newsletter", fmt=["plain"])

add("prive-gmail-bezoek-kinderdagverblijf-kiara", "Leen Maes <leenmaes78@gmail.com>", "Lies Van Goethem <vangoethem.lies@telenet.be>", "bezoek kinderdagverblijf donderdag", "2025-02-12 20:45 +0100",
"""Dag mevrouw Van Goethem,

Ik stuur even vanop mijn privé-adres, Smartschool doet vreemd thuis.

Donderdag gaat Kiara met de klas op observatiebezoek in kinderdagverblijf Het Speelkasteel. We vertrekken om 8u30 te voet aan de school en zijn terug om 12u. Kiara mag haar fluohesje meebrengen als ze er een heeft.

Groetjes,
Leen Maes
leerkracht kinderzorg
""", mail_from="leenmaes78@gmail.com", mid_host="mail.gmail.com", about=["P0065"], rules=["private_account"],
note="childcare teacher writes a parent from her private Gmail about a class visit", fmt=["plain"])

add("oudercontact-beide-ouders-jana", S["marc"], ["Bart Peeters <bart.peeters70@telenet.be>", "Sofie Wouters <sofie.wouters.jp@gmail.com>"], "Oudercontact Jana - uw afspraak", "2024-12-12 12:45 +0100",
"""Beste ouders van Jana,

Op uw vraag bevestig ik de afspraak voor het oudercontact: vrijdag 20 december om 17u40, lokaal C102. We bespreken de resultaten van het eerste trimester en de stagekeuze voor het tweede semester.

Tot dan,
Marc Dewit
titularis 6A
""", about=["P0005"], rules=["bcc"], note="class teacher confirms a parent meeting to both parents of a pupil, both external addresses visible in To", fmt=["plain"])

add("reply-inhaaltoets-kacper", S["marc"], "Marta Zielinski <zielinski.marta@gmail.com>", "Re: toets wiskunde Kacper", "2025-01-28 18:12 +0100",
"""Beste mevrouw Zielinski,

Geen probleem, Kacper kan de toets inhalen op het inhaalmoment van woensdag 5 februari om 12u40 in lokaal B201. Hij mag zijn rekenmachine meebrengen.

Met vriendelijke groeten,
Marc Dewit

Op ma 27 jan 2025 om 20:03 schreef Marta Zielinski <zielinski.marta@gmail.com>:
> Goedenavond meneer, Kacper was vrijdag afwezig (zijn nieuwe paspoort moest aangevraagd worden op de Poolse ambassade, die is enkel vrijdag open, briefje is al binnen).
> Kan hij de toets wiskunde inhalen? Dank u, Marta Zielinski
""", about=["P0044"], rules=[], note="teacher schedules a make-up test for a pupil who missed a day for a passport appointment", fmt=["plain", "reply"])

add("certificaat-handhygiene-loubna", S["bart"], pupil_addr("P0075"), "Je certificaat skillslab", "2025-04-29 13:30 +0200",
"""Dag Loubna,

Proficiat, je hebt de vaardigheidsproef "handhygiëne en steriel werken" in het skillslab in één keer gehaald (18/20). Je certificaat staat in je map op Smartschool; druk het af voor je stagemap.

Meneer Lemmens
""", cte="base64", about=["P0075"], rules=[], note="lab technician tells a pupil she passed a skills test and where her certificate is", fmt=["plain", "base64"])

add("restaurant-reservatie-mama-tess", S["filip"], "Griet Van Hemelrijck <vh.griet@telenet.be>", "RE: reservatie 14 maart", "2025-03-10 11:05 +0100",
"""Dag mevrouw Van Hemelrijck,

Uw reservatie voor vrijdag 14 maart om 12u00 voor 4 personen is genoteerd. Tess staat die dag net in de bediening, dus ze zal u zelf ontvangen - ze weet het nog niet, dat laten we als verrassing :-)

Menu: pompoensoep, kalkoenfilet met dragonsaus en gratin, chocomousse. € 14 per persoon, ter plaatse te betalen (ook met Payconiq).

Met vriendelijke groeten,
Filip Goossens
Praktijkleraar voeding-verzorging | Schoolrestaurant De Pollepel
016 29 41 90 (restaurant, enkel tijdens openingsuren)
""", about=["P0051"], rules=["personal_data"], note="restaurant teacher confirms a mother's lunch reservation on a day her daughter serves; restaurant phone", fmt=["plain"])
# ================================================================================================
# E. misdirected: about pupil X, sent only to the parents of another pupil in the roster
# ================================================================================================
add("mis-stageschrift-lina-maes", S["bram"], "Samira El Amrani <samira.elamrani@gmail.com>", "Stageschrift Lina", "2025-01-15 16:40 +0100",
"""Beste meneer Maes,

Lina (4D) heeft haar stageschrift van de observatiestage in de kinderopvang nog niet ingediend. De deadline was maandag. Kan u er samen met haar voor zorgen dat het er vrijdag is? Anders kan ik de stage niet quoteren.

Met vriendelijke groeten,
Bram Peetermans
titularis 4D
""", about=["P0012"], mis=True, rules=[], note="reminder about Lina Maes (4D) sent to the mother of Lina El Amrani (4A), a pupil with the same first name",
fmt=["plain"])

add("mis-ziekenhuis-julia", S["marc"], "Céline Kabongo <kabongo.celine@gmail.com>", "Afwezigheden Julia - gewettigd", "2025-02-25 11:22 +0100",
"""Beste mevrouw Kowalczyk,

Bedankt voor het attest van het ziekenhuis. De afwezigheden van Julia (6A) van 10 tot 21 februari, tijdens haar opname voor de operatie aan haar darm, zijn nu gewettigd. De stagedagen die ze miste, haalt ze in tijdens de eerste week van de paasvakantie; dat heb ik met mevrouw Jacobs afgesproken. Ze mag de komende zes weken niet tillen, dus ze doet de inhaalstage op de afdeling kinderopvang.

Veel beterschap aan Julia!

Met vriendelijke groeten,
Marc Dewit
titularis 6A
""", about=["P0063"], mis=True, rules=["sensitive"], cats={"sensitive": ["medical"]},
note="mail about Julia Kowalczyk's hospital admission and surgery sent to the mother of Naomi Kabongo (address autocomplete on 'k')", fmt=["plain"])

add("mis-afbetaling-louise", S["chris"], "Luc Stevens <stevens.luc@skynet.be>", "Afbetalingsplan schoolrekening Louise", "2025-04-08 09:30 +0200",
"""Beste meneer Segers,

Zoals besproken met uw ex-partner kunnen de openstaande facturen van Louise (5C), samen € 338,60, in zes maandelijkse schijven betaald worden. De eerste schijf van € 56,45 verwachten we voor 30 april. Het OCMW van Kessel-Lo betaalt de helft van de stagekledij rechtstreeks aan de school.

Met vriendelijke groeten,
Chris Van Dyck
Boekhouding - schoolrekeningen
""", about=["P0054"], mis=True, rules=["sensitive"], cats={"sensitive": ["financial", "family"]},
note="payment plan for Louise Segers' unpaid bills (OCMW paying part, parents separated) sent to the father of Sanne Stevens", fmt=["plain"])

add("mis-turngerief-noah", S["pieter"], "Jeroen De Vos <devos.jeroen@telenet.be>", "turngerief", "2024-10-23 13:05 +0200",
"""Dag meneer De Clercq,

Noah (2A) had vandaag en vorige week geen turngerief bij. Wilt u er op letten dat hij op woensdag zijn sportzak bij heeft?

Pieter Hermans
LO
""", about=["P0010"], mis=True, rules=[], note="PE reminder about Noah De Clercq (2A) sent to the father of Ella De Vos (2B), a look-alike surname", fmt=["plain"])

add("mis-vechtpartij-yusuf", S["ayse"], "Fatma Çelik <celik.fatma@hotmail.com>", "Yusuf - incident op de speelplaats", "2025-03-12 16:30 +0100",
"""Geachte mevrouw Kaya,

Vanmiddag was Yusuf (4B) betrokken bij een vechtpartij op de speelplaats. Hij gaf een leerling van het 5de jaar een kopstoot nadat die hem uitgedaagd had. Het is al de tweede keer deze maand dat Yusuf zich niet kan beheersen, en hij reageert ook in de klas steeds vaker agressief als hij een opmerking krijgt.

Morgen heeft hij een gesprek met mevrouw Lambrechts. Ik zou u graag ook zien, kan u donderdag om 16u?

Met vriendelijke groeten,
Ayşe Yılmaz
titularis 4B
""", about=["P0019"], mis=True, rules=["sensitive"], cats={"sensitive": ["psychosocial"]},
note="mail about Yusuf Kaya's fighting and aggression sent to the mother of Esra Çelik (3D) instead of his parents", fmt=["plain", "8bit"])

add("mis-stageplaats-emilie", S["veerle"], "An Geens <an.geens@telenet.be>", "Wijziging stageplaats Emilie", "2025-01-20 14:50 +0100",
"""Beste meneer Gillis,

Omdat het kinderdagverblijf Boefjes tijdelijk sluit voor verbouwingen, loopt Emilie (5A) haar stage van februari in Het Speelkasteel, Kapucijnenvoer 40 in Leuven. De uren blijven hetzelfde (8u - 16u). Mentor: mevrouw Nathalie Boonen.

Met vriendelijke groeten,
Veerle Jacobs
""", about=["P0079"], mis=True, rules=[], note="change of internship place for Emilie Gillis (5A) sent to the mother of Lotte Geens (5D)", fmt=["plain"])

add("mis-rapport-wiktoria", S["dries"], "Marta Zielinski <zielinski.marta@gmail.com>", "Rapport Wiktoria - handtekening", "2024-12-20 12:10 +0100",
"""Beste mevrouw Nowak,

Het rapport van Wiktoria (5C) moet nog ondertekend worden in Smartschool (knop "Gezien" onderaan). Wilt u dat voor 8 januari doen?

Prettige feestdagen!
Dries Willems
titularis 5C
""", about=["P0008"], mis=True, rules=[], note="report-signature reminder about Wiktoria Nowak (5C) sent to the mother of Kacper Zielinski (2A), another Polish family", fmt=["plain"])

add("mis-begeleidingsplan-hanne", S["fatima"], "Bieke Lenaerts <lenaerts.bieke@telenet.be>", "Begeleidingsplan Hanne - afspraken", "2024-10-29 15:15 +0100",
"""Beste mevrouw Dewulf,

Na ons gesprek met de logopediste hebben we het begeleidingsplan van Hanne (3C) opgemaakt. Door haar dyslexie krijgt ze:
- 1/3 extra tijd bij toetsen en examens;
- toetsen in lettertype 14 en op A3 waar nodig;
- voorleessoftware (Kurzweil) op haar laptop;
- geen aftrek voor spelling bij de vakken buiten Nederlands en Frans.

Het plan staat in het leerlingvolgsysteem. U kan het ondertekend terugbezorgen via haar titularis.

Met vriendelijke groeten,
Fatima Bouzid
zorgleerkracht
""", about=["P0022"], mis=True, rules=["sensitive"], cats={"sensitive": ["care", "medical"]},
note="dyslexia support plan of Hanne Dewulf (3C) sent to the mother of her classmate Anouk Lenaerts", fmt=["plain"])

add("mis-oudercontact-tess", S["hans"], "Lies Van Goethem <vangoethem.lies@telenet.be>", "Uitnodiging oudercontact", "2025-03-17 10:30 +0100",
"""Beste mevrouw Van Hemelrijck,

Graag nodig ik u uit op het oudercontact van Tess (4A) op donderdag 27 maart om 18u00 in lokaal B104. Laat u even weten of dat uur past?

Met vriendelijke groeten,
Hans Vranckx
titularis 4A
""", about=["P0051"], mis=True, rules=[], note="parent-meeting invitation about Tess Van Hemelrijck (4A) sent to the mother of Kiara Van Goethem (3D)", fmt=["plain"])

add("mis-french-badge-maxime", S["veerle"], "Christine Lefèvre <lefevre.christine@skynet.be>", "Badge de stage de Maxime", "2025-02-12 09:05 +0100",
"""Chère Madame Dubois,

Maxime (6D) a oublié son badge de stage à l'école hier. Il se trouve au secrétariat ; il peut le reprendre avant lundi, sinon il ne pourra pas entrer dans le service à la Clinique du Val-Mosan.

Bien cordialement,
Veerle Jacobs
""", lang="fr", about=["P0028"], mis=True, rules=[], note="French notice about Maxime Dubois' forgotten internship badge sent to the mother of Manon Lefèvre", fmt=["plain"])
# ================================================================================================
# F. general letters to all parents / pupils / staff (must pass)
# ================================================================================================
OUDERS_ALL = [f"ouders@{D}"]
PERS = [f"personeel@{D}"]

add("algemeen-medicatie-op-school", S["directie"], S["directie"], "Medicatie op school - afspraken 2024-2025", "2024-09-04 12:00 +0200",
"""Geachte ouders,

Bij de start van het schooljaar krijgen we veel vragen over geneesmiddelen op school. Daarom zetten we de afspraken nog eens op een rij.

1. Wij dienen in principe geen medicatie toe. Als het kan, vraag dan aan uw arts om de medicatie zo voor te schrijven dat ze thuis (voor en na school) kan ingenomen worden.

2. Moet uw kind toch tijdens de schooluren medicatie nemen (bv. een middagdosis, een puffer bij astma, een noodmedicatie bij allergie), dan vult de behandelende arts het attest "medicatie op school" in. U vindt het op Smartschool onder "Documenten > Zorg". Zonder ingevuld en ondertekend attest geven wij niets, ook geen pijnstiller of koortswerend middel.

3. De medicatie wordt in de originele verpakking, met de naam van uw kind erop, afgegeven in de verpleegpost (lokaal A011). De schoolverpleegkundige noteert elke toediening in het medicatieregister.

4. Leerlingen van de derde graad die zelf hun medicatie beheren (bv. tijdens de stage), nemen ze mee in een afgesloten doosje en houden ze buiten bereik van anderen.

5. Wordt uw kind ziek op school, dan bellen wij u of de contactpersoon die u opgaf. In dringende gevallen bellen we 112.

6. Wijzigt de medicatie of de dosis, geef dan steeds een nieuw attest mee.

Met vriendelijke groeten,
Griet Vanhoof, directeur
Hilde Wouters, schoolverpleegkundige
""", bcc=OUDERS_ALL, rules=[], note="general letter to all parents (Bcc) on the medication-at-school procedure with examples, no pupil", fmt=["plain", "numbered"])

add("algemeen-zorgbeleid-eerste-jaar", S["sofie"], S["sofie"], "Hoe begeleiden wij uw kind? Het zorgbeleid van onze school", "2024-09-13 16:00 +0200",
html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Beste ouders van onze eerstejaars,</p>
<p>Elk kind heeft soms extra steun nodig: bij het leren, bij de overstap van de lagere school, of omdat er thuis of in de klas iets moeilijk loopt. Hieronder leest u hoe wij dat op school organiseren.</p>
<h3 style="color:#1F4E79">1. Brede basiszorg</h3>
<p>Elke leraar zorgt voor duidelijke instructies, differentiatie en een veilig klasklimaat. De klastitularis is het eerste aanspreekpunt voor u en uw kind.</p>
<h3 style="color:#1F4E79">2. Verhoogde zorg</h3>
<p>Heeft uw kind meer nodig (bv. bij dyslexie of faalangst), dan bespreekt de klassenraad samen met de leerlingenbegeleiding welke maatregelen helpen: extra tijd, een aangepaste lay-out, remediëring. Die afspraken worden opgenomen in een begeleidingsplan en u wordt altijd betrokken.</p>
<h3 style="color:#1F4E79">3. Uitbreiding van zorg</h3>
<p>Als de maatregelen van de school niet volstaan, schakelen we het CLB in. Het CLB kan onderzoek doen, advies geven of doorverwijzen. Dat gebeurt altijd in overleg met u.</p>
<h3 style="color:#1F4E79">Wie is wie?</h3>
<ul>
<li>Leerlingenbegeleiding eerste graad: mevrouw Nele Desmet</li>
<li>Coördinator leerlingenbegeleiding: mevrouw Sofie Claes</li>
<li>Schoolverpleegkundige: mevrouw Hilde Wouters</li>
<li>Maatschappelijk werker: meneer Karim El Idrissi (bv. voor vragen over schoolkosten of schooltoelage)</li>
<li>CLB Leuven: contact via de school of via clb-leuven.be</li>
</ul>
<p>Informatie over de begeleiding van uw kind bewaren we in het beveiligde leerlingvolgsysteem. Enkel wie uw kind begeleidt, kan die inkijken.</p>
<p>Met vriendelijke groeten,<br>Het team leerlingenbegeleiding</p>
</body></html>""", kind="alt", bcc=[f"ouders-1a@{D}", f"ouders-1b@{D}", f"ouders-1c@{D}", f"ouders-1d@{D}"], rules=[],
note="general letter to first-year parents (Bcc) explaining the care continuum, with examples; no pupil", fmt=["alt", "headings"])

add("algemeen-stagereglement-5de-jaar", S["veerle"], S["veerle"], "Stagereglement en afspraken 5de jaar", "2024-10-01 09:00 +0200",
"""Geachte ouders,
Beste leerlingen van het 5de jaar,

In november starten de eerste stages in de kinderopvang, woonzorgcentra en ziekenhuizen. Hieronder de belangrijkste afspraken uit het stagereglement. Het volledige reglement staat op Smartschool.

Art. 1 - Stagecontract
Elke stage gebeurt met een stagecontract, ondertekend door de school, de stageplaats, de leerling en de ouders.

Art. 2 - Kledij en hygiëne
Werkkledij van de school, gesloten witte schoenen, haren vast, lange of onverzorgde nagels zijn niet toegestaan, geen juwelen, geen gelnagels.

Art. 3 - Gezondheid
Voor stages in de zorg zijn een vaccinatie tegen hepatitis B en een medisch onderzoek door de arbeidsgeneesheer verplicht. Heeft uw kind een aandoening of beperking die belangrijk is voor de stage (bv. een allergie voor latex), bespreek dat dan vooraf vertrouwelijk met de stagecoördinator of de schoolverpleegkundige. Zonder uw toestemming geven wij die informatie niet door aan de stageplaats.

Art. 4 - Afwezigheid
Een zieke stagiair verwittigt voor het begin van de dienst de stageplaats én de stagecoördinator. Een doktersattest is vanaf de eerste dag nodig. Gemiste stagedagen worden ingehaald.

Art. 5 - Beroepsgeheim en privacy
Wat de stagiair over bewoners, patiënten of kinderen te weten komt, is vertrouwelijk. Foto's of berichten over de stageplaats op sociale media zijn verboden.

Art. 6 - Ongevallen
Een ongeval op stage of op weg naar de stage is een arbeidsongeval. Meld het dezelfde dag aan de stagecoördinator.

Met vriendelijke groeten,
Veerle Jacobs
Stagecoördinator Zorg & Welzijn
Sint-Pieterscollege | Naamsesteenweg 112, 3001 Leuven
T 016 29 41 80 - GSM 0472 18 44 07
""", bcc=[f"ouders-5a@{D}", f"ouders-5b@{D}", f"ouders-5c@{D}", f"ouders-5d@{D}", f"leerlingen-5@{D}"], rules=["personal_data"],
note="general internship rules to all 5th-year parents and pupils (Bcc), numbered articles with examples; phone numbers in signature", fmt=["plain", "numbered"])

add("algemeen-privacyverklaring", S["privacy"], S["info"], "Hoe gaan wij om met de gegevens van uw kind? Privacyverklaring", "2024-09-20 10:00 +0200",
"""Geachte ouders,

Zoals elk jaar informeren we u over de manier waarop onze school persoonsgegevens verwerkt.

Welke gegevens verwerken wij?
- identificatiegegevens van de leerling en de ouders (naam, adres, telefoonnummer, e-mailadres, rijksregisternummer);
- gegevens over de schoolloopbaan (klas, resultaten, attesten, afwezigheden);
- gegevens over de gezinssituatie, voor zover nodig voor de begeleiding (bv. wie het ouderlijk gezag heeft);
- gegevens over de gezondheid, enkel als ze nodig zijn voor de veiligheid van uw kind of voor de stage (bv. allergieën, medicatie, vaccinaties);
- gegevens over de begeleiding (begeleidingsplannen, verslagen van het CLB);
- financiële gegevens voor de schoolrekening (bv. afbetalingsplannen, tussenkomst van een OCMW).

Waarom?
Om onderwijs en begeleiding te kunnen geven, stages te organiseren, schoolkosten af te rekenen en onze wettelijke plichten na te komen.

Wie krijgt ze?
Enkel personeelsleden die ze nodig hebben voor hun taak, het CLB, de onderwijsadministratie en, voor de stage, de stageplaats (beperkt tot wat nodig is en met uw toestemming voor gezondheidsgegevens). Wij verkopen nooit gegevens.

Uw rechten
U kan uw gegevens inkijken, laten verbeteren of, in sommige gevallen, laten wissen. Vragen of een klacht? Mail naar privacy@lksd.ksleuven.be.

Met vriendelijke groeten,
Het aanspreekpunt informatieveiligheid van de LKSD-scholen
""", bcc=OUDERS_ALL, rules=[], note="privacy statement to all parents (Bcc) listing data categories (family, health, care, financial) in general terms", fmt=["plain"])

add("algemeen-rol-schoolverpleegkundige", S["hilde"], S["hilde"], "Wie is de schoolverpleegkundige en wat doet ze?", "2024-09-10 13:30 +0200",
"""Beste ouders,

Misschien wist u het niet, maar onze school heeft een eigen schoolverpleegkundige. Ik stel mij graag even voor.

Ik ben Hilde Wouters, verpleegkundige, en ik ben op maandag, dinsdag en donderdag op school in de verpleegpost (lokaal A011). De andere dagen werk ik op een afdeling in het ziekenhuis.

Wat doe ik?
- Eerste hulp bij ongevallen en bij leerlingen die zich ziek voelen. Als het nodig is, bel ik u om uw kind op te halen.
- Ik beheer de medicatie die op school gegeven moet worden, met een attest van de arts.
- Ik maak, samen met u en de arts, een actieplan voor leerlingen met bv. epilepsie, diabetes of een ernstige allergie, zodat alle leerkrachten weten wat te doen.
- Ik help bij de praktische organisatie van de vaccinaties en onderzoeken van het CLB.
- Leerlingen kunnen bij mij terecht met vragen over gezondheid, seksualiteit, slapen, eten... in vertrouwen.
- Ik werk samen met de leerlingenbegeleiding en het CLB.

Wat doe ik niet?
Ik stel geen diagnoses en schrijf geen medicatie voor; daarvoor blijft uw huisarts het aanspreekpunt.

U kan mij bereiken via Smartschool of op 016 29 41 86.

Met vriendelijke groeten,
Hilde Wouters
schoolverpleegkundige
""", bcc=OUDERS_ALL, rules=["personal_data"], note="general introduction of the school nurse's role to all parents (Bcc) with example conditions; nurse's phone", fmt=["plain"])

add("algemeen-vaccinatie-info-3de-jaar", S["hilde"], S["hilde"], "Vaccinatie tegen difterie, tetanus en kinkhoest - 3de jaar", "2024-11-04 11:00 +0100",
"""Geachte ouders van een leerling van het 3de jaar,

Het CLB biedt in het 3de jaar secundair onderwijs gratis een herhalingsvaccin aan tegen difterie, tetanus en kinkhoest (dTpa). Het vaccinatiemoment vindt plaats op donderdag 5 december op school.

Wat moet u doen?
- Vul het toestemmingsformulier in (bijlage op Smartschool) en geef het uiterlijk 22 november mee met uw kind.
- Laat u uw kind liever door de huisarts vaccineren, duid dat dan aan op het formulier.
- Heeft uw kind ooit een ernstige reactie gehad na een vaccin, of is uw kind op dat moment ziek of met koorts, vermeld dat dan op het formulier. De CLB-arts beslist dan of het vaccin uitgesteld wordt.

Na de vaccinatie kan de arm een paar dagen pijnlijk zijn. Dat is normaal.

Meer info over de vaccins vindt u op de website van het CLB en op vaccinatieinfo.be.

Met vriendelijke groeten,
Hilde Wouters, schoolverpleegkundige, namens het CLB
""", bcc=[f"ouders-3a@{D}", f"ouders-3b@{D}", f"ouders-3c@{D}", f"ouders-3d@{D}"], rules=[],
note="general vaccination information to 3rd-year parents (Bcc), conditional phrasing, no pupil", fmt=["plain"])

add("algemeen-afwezigheden-reglement", S["directie"], S["directie"], "Afwezig? Zo verwittigt u de school", "2024-09-16 08:30 +0200",
"""Geachte ouders,

Uit het schoolreglement, hoofdstuk 4 "Afwezigheden", de belangrijkste regels:

4.1 Ziekte
Is uw kind ziek, verwittig dan voor 8u25 het leerlingensecretariaat via Smartschool of telefonisch. Voor een afwezigheid van maximum 3 opeenvolgende kalenderdagen volstaat een briefje van de ouders (max. 4 keer per schooljaar). Daarna is een doktersattest nodig. Tijdens examens en stages is altijd een doktersattest nodig.

4.2 Andere gewettigde afwezigheden
bv. de begrafenis van een familielid, een oproeping door de rechtbank, een religieuze feestdag van een erkende levensbeschouwing, topsport. Breng het bewijsstuk binnen op het leerlingensecretariaat.

4.3 Afwezigheid met toestemming van de directeur
bv. een bezoek aan een ouder in het buitenland; vraag dit vooraf schriftelijk aan.

4.4 Problematische afwezigheden
Vanaf 5 halve dagen problematische afwezigheid nemen wij contact met u op en schakelen we het CLB in. Vanaf 30 halve dagen kan uw kind zijn statuut van regelmatige leerling verliezen.

4.5 Stages
Een gemiste stagedag moet worden ingehaald, in overleg met de stagecoördinator.

Met vriendelijke groeten,
De directie
""", bcc=OUDERS_ALL, rules=[], note="general absence rules to all parents (Bcc) with numbered rule-book headings and examples (funeral, court summons)", fmt=["plain", "numbered"])

add("algemeen-faq-stage", S["veerle"], S["veerle"], "FAQ stage 6de en 7de jaar", "2025-01-06 09:00 +0100",
html="""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Beste ouders, beste leerlingen,</p>
<p>Hier de antwoorden op de vragen die we het vaakst krijgen over de stages in het tweede semester.</p>
<p><b>Mijn kind is ziek tijdens de stage. Wat nu?</b><br>Uw kind belt voor de start van de dienst naar de afdeling en stuurt een bericht naar de stagebegeleider. U bezorgt een doktersattest. De gemiste uren worden ingehaald.</p>
<p><b>Mijn kind heeft een medische aandoening. Moet de stageplaats dat weten?</b><br>Enkel als het belangrijk is voor de veiligheid van uw kind of van de patiënten (bv. epilepsie bij nachtdiensten). We bespreken dat eerst met u en uw kind; zonder uw akkoord geven we niets door.</p>
<p><b>Kan mijn kind een stage weigeren?</b><br>Een stageplaats wordt in overleg gekozen. Bij ernstige bezwaren (bv. te lange verplaatsing, een familielid op dezelfde afdeling) zoeken we een andere plaats.</p>
<p><b>Wie betaalt de verplaatsing?</b><br>De verplaatsing is ten laste van de ouders. Hebt u het financieel moeilijk, neem dan vertrouwelijk contact op met onze maatschappelijk werker; er zijn oplossingen.</p>
<p><b>Mag mijn kind nachtdiensten doen?</b><br>Nee, leerlingen van het secundair onderwijs doen geen nachtdiensten.</p>
<p><b>Wat als er iets misloopt op de stageplaats?</b><br>Uw kind kan altijd terecht bij de stagebegeleider of bij de leerlingenbegeleiding, ook als het gaat over een moeilijke ervaring (bv. het overlijden van een patiënt).</p>
<p>Met vriendelijke groeten,<br>Veerle Jacobs, stagecoördinator</p>
</body></html>""", kind="html", bcc=[f"ouders-6a@{D}", f"ouders-6b@{D}", f"ouders-6c@{D}", f"ouders-6d@{D}", f"ouders-7@{D}"], rules=[],
note="general internship FAQ to 6th/7th-year parents (Bcc), hypothetical questions with examples (epilepsy, death of a patient)", fmt=["html-only", "faq"])

add("algemeen-antipestbeleid", S["directie"], S["directie"], "Samen tegen pesten - ons antipestbeleid", "2024-11-15 14:00 +0100",
"""Geachte ouders,

Naar aanleiding van de Week tegen Pesten willen we u vertellen hoe we op school met pesten omgaan.

Wat is pesten?
Pesten is het herhaaldelijk en doelbewust kwetsen van iemand die zich moeilijk kan verdedigen: uitlachen, buitensluiten, bedreigen, spullen afpakken, en ook online, bv. foto's of berichten doorsturen in een groepschat.

Wat doen wij?
- Elke klas maakt bij de start van het schooljaar klasafspraken.
- Leerlingen kunnen pesten melden bij elke leerkracht, bij de leerlingenbegeleiding of anoniem via de meldknop op Smartschool.
- Bij een melding praten we met de gepeste leerling, met de pesters en met de klas. We werken vaak met de no-blame-methode: we zoeken samen met een steungroep van klasgenoten naar oplossingen, zonder meteen te straffen.
- Als het pesten niet stopt, volgen sancties volgens het schoolreglement.

Wat kan u doen?
Merkt u dat uw kind niet graag meer naar school gaat, slecht slaapt of zich terugtrekt, vraag er dan naar en neem contact op met de titularis of de leerlingenbegeleiding.

Met vriendelijke groeten,
De directie en het team leerlingenbegeleiding
""", bcc=OUDERS_ALL, rules=[], note="general anti-bullying policy letter to all parents (Bcc) with examples; no case", fmt=["plain"])

add("algemeen-personeel-meldingsprocedure", S["sofie"], S["sofie"], "Procedure: een leerling vertrouwt je iets ernstigs toe", "2024-09-02 15:00 +0200",
"""Beste collega's,

Bij de start van het schooljaar herhalen we de afspraken voor wanneer een leerling je iets ernstigs vertelt, bv. over geweld thuis, misbruik, zelfverwonding of gedachten over zelfdoding.

1. Luister, neem het ernstig, stel open vragen, beloof geen geheimhouding ("ik ga dit bespreken met iemand die je kan helpen").
2. Noteer zo letterlijk mogelijk wat de leerling zei, met datum en uur.
3. Meld het dezelfde dag aan de leerlingenbegeleiding (Nele voor de eerste graad, Greet voor de tweede en derde graad) of aan mij. Is er acuut gevaar, verwittig dan meteen de directie.
4. Zet de informatie in het LVS, tabblad "zorg - vertrouwelijk", en NIET in een mail. Mail enkel "kan je me dringend bellen over een leerling".
5. De leerlingenbegeleiding beslist, samen met het CLB, over de volgende stappen (bv. contact met ouders, 1712, Vertrouwenscentrum Kindermishandeling).
6. Bespreek het niet in de leraarskamer.

Heb je zelf nood aan een gesprek na zo'n situatie, kom gerust langs.

Sofie
Coördinator leerlingenbegeleiding
""", bcc=PERS, rules=[], note="general procedure for staff (Bcc) on what to do when a pupil discloses abuse or self-harm; examples only", fmt=["plain", "numbered"])

add("algemeen-skillslab-afspraken", S["bart"], S["bart"], "Afspraken skillslab B014 - schooljaar 2024-2025", "2024-09-03 16:20 +0200",
"""Beste collega's van de praktijkvakken,

Een paar afspraken voor het skillslab, zodat iedereen er vlot kan werken:

- Reserveer het lab via de Outlook-agenda "Skillslab B014".
- De oefenmedicijnkast blijft altijd op slot; wie een code nodig heeft, vraagt die persoonlijk aan mij (niet via mail of Smartschool).
- Naalden en spuiten: enkel oefennaalden zonder canule; gebruikt materiaal in de gele naaldcontainer, nooit in de vuilbak.
- De simulatiepoppen worden na elke les droog gemaakt; geen balpen of make-up op de huid (vlekken gaan er niet meer af).
- Laat de debriefing-pc opstarten, log na je les af, en wis opnames die je niet meer nodig hebt (beeldrecht leerlingen!).
- Defecten noteren in het logboek op de deur.

Bart
TAC skillslab B014
""", bcc=PERS, rules=[], note="general skills-lab rules for staff (Bcc), mentions codes are given in person only; no code", fmt=["plain"])

add("algemeen-herinnering-schoolrekening", S["chris"], S["chris"], "Herinnering: schoolrekening september-oktober", "2024-11-20 09:00 +0100",
"""Geachte ouders,

De schoolrekening van september-oktober staat sinds 25 oktober op Smartschool en moest betaald zijn voor 15 november. Wie al betaalde: hartelijk dank, u mag deze herinnering negeren.

Kan u de rekening niet in één keer betalen, of hebt u het tijdelijk financieel moeilijk, neem dan contact op. We zoeken samen naar een oplossing, bv. een afbetalingsplan of een tussenkomst via de maatschappelijk werker. Dat gebeurt altijd discreet.

Vergeet ook niet de schooltoelage van het Groeipakket aan te vragen als u daar recht op heeft (meer info: groeipakket.be).

Met vriendelijke groeten,
Chris Van Dyck
Boekhouding - schoolrekeningen
016 29 41 83 | chris.vandyck@sintpieterscollege.be
""", bcc=OUDERS_ALL, rules=["personal_data"], note="general payment reminder to all parents (Bcc) offering payment plans in general terms; phone in signature", fmt=["plain"])

add("algemeen-restaurant-personeel", S["filip"], S["filip"], "De Pollepel is terug open - menu's oktober", "2024-09-27 11:00 +0200",
html="""<html><body style="font-family:Georgia,serif;font-size:11pt;color:#333">
<h2 style="color:#8B4513">Schoolrestaurant De Pollepel</h2>
<p>Beste collega's,</p>
<p>Vanaf dinsdag 1 oktober ontvangen de leerlingen van 6C en 7 TBZ jullie weer elke dinsdag en donderdag in het schoolrestaurant. Een driegangenmenu kost &euro; 14 (personeel &euro; 11).</p>
<table cellpadding="6" style="border-collapse:collapse">
<tr><td><b>di 1/10</b></td><td>Tomatensoep &ndash; Vol-au-vent met frietjes &ndash; Appeltaart</td></tr>
<tr><td><b>do 3/10</b></td><td>Witloofroomsoep &ndash; Zalm met spinazie en puree &ndash; Panna cotta</td></tr>
<tr><td><b>di 8/10</b></td><td>Pompoensoep &ndash; Stoofvlees met seizoensgroenten &ndash; Rijstpap</td></tr>
<tr><td><b>do 10/10</b></td><td>Erwtensoep &ndash; Vegetarische lasagne &ndash; Chocomousse</td></tr>
</table>
<p>Reserveren via de lijst in de leraarskamer of via resto.depollepel@gmail.com, ten laatste de dag voordien. Vermeld allergieën of dieetwensen bij je reservatie; de leerlingen leren er zo mee omgaan.</p>
<p>Smakelijk!<br>Filip en de leerlingen van 6C</p>
</body></html>""", kind="alt", bcc=PERS, rules=[], note="general restaurant menu announcement to all staff (Bcc)", fmt=["alt", "html-table"])

add("algemeen-aanmelden-leerlingenbegeleiding", S["sofie"], S["sofie"], "Hoe meld je een leerling aan bij de leerlingenbegeleiding?", "2024-09-09 12:30 +0200",
"""Dag collega's,

Nog eens op een rij hoe je een zorg over een leerling aanmeldt:

1. Eerst: bespreek het met de leerling zelf en met de titularis.
2. Maak een korte notitie in het LVS (tabblad "observaties"): wat zie je, sinds wanneer, wat heb je al geprobeerd. Geen diagnoses of vermoedens ("ik denk dat hij ADHD heeft"), wel feiten ("kan moeilijk stilzitten, vergeet zijn materiaal").
3. Klik op "aanmelden bij leerlingenbegeleiding". Wij antwoorden binnen twee schooldagen.
4. De leerling wordt besproken op het wekelijkse zorgoverleg (dinsdag 12u40) of op de klassenraad.
5. Je krijgt feedback via het LVS, niet via mail.

Zorgoverleggen dit trimester: 17/9, 1/10, 15/10, 12/11, 26/11, 10/12.

Sofie
""", bcc=PERS, rules=[], note="general staff memo (Bcc) on how to refer a pupil to the care team, with a generic example; no pupil", fmt=["plain", "numbered"])

add("algemeen-nieuwsbrief-maart", S["info"], S["info"], "Nieuwsbrief maart - Sint-Pieterscollege", "2025-03-03 18:00 +0100",
html="""<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f3f3f3">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:10pt">
<tr><td style="background:#1F4E79;color:#fff;padding:16px;font-size:16pt">Nieuwsbrief maart</td></tr>
<tr><td style="padding:16px">
<h3>Infoavond 7de jaar en Se-n-Se</h3>
<p>Op dinsdag 29 april stellen we online het 7de jaar Thuis- en bejaardenzorg en het Se-n-Se Zorgkundige voor. De link volgt in april.</p>
<h3>Opendeurdag zaterdag 26 april</h3>
<p>Onze leerlingen tonen hun kunnen in het skillslab, de kinderzorghoek en het schoolrestaurant. Breng gerust familie en buren mee!</p>
<h3>Sportdag</h3>
<p>De sportdag voor de eerste en tweede graad gaat door op vrijdag 21 maart. Gepaste kledij en een lunchpakket meebrengen.</p>
<h3>Het CLB</h3>
<p>Heeft u vragen over leren, studiekeuze, gezondheid of het welbevinden van uw kind? U kan ook zelf contact opnemen met het CLB. De CLB-medewerker voor onze school is mevrouw Lies Vandenbroeck.</p>
<h3>Stages</h3>
<p>In maart lopen de leerlingen van het 6de jaar stage in ziekenhuizen en woonzorgcentra in Leuven en omgeving. We danken alle stageplaatsen voor hun gastvrijheid!</p>
</td></tr>
<tr><td style="background:#eee;padding:10px;font-size:8pt;color:#666">Sint-Pieterscollege Leuven &middot; Naamsesteenweg 112, 3001 Leuven &middot; 016 29 41 80 &middot; info@sintpieterscollege.be</td></tr>
</table></body></html>""", kind="alt", bcc=OUDERS_ALL, rules=["personal_data"],
note="monthly newsletter to all parents (Bcc), general items; school phone in footer", fmt=["alt", "newsletter"])

add("algemeen-luizen-2b", S["hilde"], S["hilde"], "Luizen in de klas - wat kan u doen?", "2025-01-21 14:10 +0100",
"""Beste ouders van 2B,

In de klas van uw kind werden hoofdluizen vastgesteld. Dat heeft niets met hygiëne te maken en kan iedereen overkomen.

Wat vragen we?
- Kijk de komende twee weken elke dag het haar van uw kind na met een luizenkam, vooral achter de oren en in de nek.
- Vindt u luizen of neten, behandel dan met een middel van de apotheek en kam dagelijks verder uit. Uw kind mag gewoon naar school komen als de behandeling gestart is.
- Was mutsen, sjaals en kussenslopen op 60 graden.

Laat het gerust via Smartschool weten als u vragen heeft.

Hilde Wouters
schoolverpleegkundige
""", bcc=[f"ouders-2b@{D}"], rules=[], note="class-level head-lice letter to the parents of one class (Bcc); no pupil named", fmt=["plain"])

add("algemeen-english-newcomer-parents", S["evelien"], S["evelien"], "Welcome to Sint-Pieterscollege - important information", "2024-09-05 15:45 +0200",
"""Dear parents,

Welcome to our school! This short letter in English summarises the most important rules. Please ask us for a translation into another language if needed.

School hours: 8:25 - 15:50 (Wednesday until 12:05).
Absence: if your child is ill, please let the school know before 8:25 via Smartschool. For more than three days, we need a doctor's certificate.
Smartschool: all messages, reports and bills are on Smartschool. Your child will bring a letter with your parent account.
School costs: you receive a bill every two months. If you have difficulty paying, please talk to our social worker confidentially; there are solutions such as a payment plan or help from the OCMW.
Health: if your child needs medication at school or has a serious allergy, please ask your doctor to fill in our medication form.
Support: if your child is worried, sad or has problems at school or at home, they can always talk to their class teacher or to the pupil counsellors.

We look forward to working with you.

Kind regards,
Evelien Baeten
class teacher 3D
""", lang="en", bcc=[f"ouders-3d@{D}"], rules=[], note="general welcome letter in English to newcomer parents of a class (Bcc), rules and offers in general terms", fmt=["plain"])

add("algemeen-french-stages-parents", S["anneleen"], S["anneleen"], "Informations sur les stages - pour les parents francophones", "2024-10-04 10:15 +0200",
"""Chers parents,

À la demande de plusieurs familles, voici en français les informations principales sur les stages de 5e année.

- Les stages ont lieu dans des crèches, des maisons de repos et des hôpitaux de la région de Louvain.
- Chaque élève reçoit une convention de stage à signer par les parents.
- La tenue de stage (tunique et pantalon blancs) est commandée via l'école.
- En cas de maladie, l'élève prévient le lieu de stage avant le début du service et envoie un message au coordinateur. Un certificat médical est nécessaire.
- Si votre enfant a un problème de santé important pour le stage (par exemple une allergie), vous pouvez en parler en toute confidentialité avec l'infirmière scolaire.
- Si les frais posent problème, vous pouvez contacter notre assistant social en toute discrétion.

Bien cordialement,
Anneleen Coppens
professeur de français
""", lang="fr", cte="qp", bcc=[f"ouders-5a@{D}", f"ouders-5b@{D}", f"ouders-5c@{D}", f"ouders-5d@{D}"], rules=[],
note="general internship information in French to 5th-year parents (Bcc), no pupil", fmt=["plain", "qp"])

add("algemeen-ehbo-allergie-actieplannen", S["hilde"], S["hilde"], "EHBO en actieplannen - waar vind je wat?", "2024-09-06 12:45 +0200",
"""Dag collega's,

Een korte herhaling voor het nieuwe schooljaar:

- EHBO-koffers: verpleegpost A011, leraarskamer, sporthal, skillslab, keuken restaurant.
- AED: inkomhal blok A en (nieuw binnenkort) sporthal.
- Leerlingen met een ernstige aandoening (bv. diabetes, epilepsie, anafylaxie) hebben een persoonlijk actieplan. Je vindt het in het LVS onder "medisch" als je die leerling in je klas hebt, en een papieren versie ligt in de verpleegpost. Neem het door voor je eerste les en zeker voor een uitstap of stagebezoek.
- Noodmedicatie (EpiPens, glucagon, puffers) ligt in de verpleegpost in een doos per leerling.
- Bij twijfel: bel de verpleegpost (intern 286) of 112.

Op woensdag 9 oktober is er een opfrissing reanimatie en EpiPen-gebruik. Inschrijven bij mij.

Hilde
""", bcc=PERS, rules=[], note="general staff memo (Bcc) on first-aid kits and where individual action plans are kept; no pupil named", fmt=["plain"])

add("algemeen-privacy-geen-gevoelige-info-mail", S["privacy"], S["privacy"], "Herinnering: geen gevoelige leerlingeninfo via mail", "2025-02-03 08:00 +0100",
"""Beste collega's,

Uit de incidentmeldingen van het eerste semester blijkt dat er nog te vaak gevoelige informatie over leerlingen via e-mail gaat. Een korte herinnering uit het communicatiebeleid:

- Zet informatie over de gezinssituatie, het welbevinden, de gezondheid, de begeleiding of de financiële situatie van een leerling in het leerlingvolgsysteem, niet in een mail of een WhatsApp-groep.
- Voorbeeld: niet "de mama van X is opgenomen, hou hem in het oog", wel "kan je even het LVS van X bekijken?".
- Mail je toch naar meerdere ouders of collega's, zet de adressen in BCC.
- Gebruik nooit je privémailadres voor schoolzaken en stuur geen schoolmail door naar je privébox.
- Stuur nooit een wachtwoord via mail.
- Ging er iets mis (verkeerde ontvanger, verloren laptop)? Meld het meteen aan privacy@lksd.ksleuven.be. Niemand wordt daarvoor gestraft; snel melden beperkt de schade.

Met dank voor jullie zorg,
Het aanspreekpunt informatieveiligheid
""", bcc=PERS, rules=[], note="general privacy reminder to all staff (Bcc) with a placeholder example ('de mama van X'), no real pupil", fmt=["plain"])

# ================================================================================================
# output + self-checks (of this batch only)
# ================================================================================================
PHONE_RE = re.compile(r"(?<![\w+])(?:\+32\s?|0032\s?|0)\(?\d{1,3}\)?(?:[\s./-]?\d{2,3}){2,3}(?![\w])")
IBAN_RE = re.compile(r"\bBE\d{2}(?:\s?\d{4}){3}\b")
NN_RE = re.compile(r"\b\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}\b")
DOB_RE = re.compile(r"(?i)(date of birth|geboortedatum|geboren op|né[e]? le)")


def all_text(msg):
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            payload = part.get_payload(decode=True) or b""
            out.append(payload.decode(part.get_content_charset() or "utf-8", "replace"))
        elif part.get_content_type() == "message/rfc822":
            pass  # walk() descends into it
    return "\n".join(out)


def phone_hits(text):
    hits = []
    for m in PHONE_RE.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        if m.group(0).startswith("+32") or m.group(0).startswith("0032"):
            if 10 <= len(digits) <= 13:
                hits.append(m.group(0))
        elif 9 <= len(digits) <= 10:
            hits.append(m.group(0))
    return hits


def yaml_list(xs):
    return "[" + ", ".join(json.dumps(x, ensure_ascii=False) if not re.fullmatch(r"[A-Za-z0-9_.@+-]+", x) else x for x in xs) + "]"


def main():
    write_roster()
    order = list(range(len(MAILS)))
    random.Random(17).shuffle(order)
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = []
    problems = []
    for num, idx in enumerate(order, start=1):
        m = MAILS[idx]
        fname = f"{num:03d}-{m['slug']}.eml"
        msg = make_message(m, num)
        buf = io.BytesIO()
        BytesGenerator(buf, mangle_from_=False, policy=POL).flatten(msg)
        data = buf.getvalue()
        if b"\n" in data.replace(b"\r\n", b""):
            problems.append(f"{fname}: bare LF")
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(data)
        mail_from = m["mail_from"] or parseaddr(m["frm"])[1]
        rcpt = [parseaddr(a)[1] for a in m["to"] + m["cc"] + m["bcc"]]
        rcpt = list(dict.fromkeys(rcpt))
        # --- checks
        vis = [parseaddr(a)[1] for a in m["to"] + m["cc"]]
        ext = {a.lower() for a in vis if not is_school(a)}
        want_bcc = len(ext) > 1 or any(is_group(a) for a in vis)
        if want_bcc != ("bcc" in m["rules"]):
            problems.append(f"{fname}: bcc label {('bcc' in m['rules'])} but headers say {want_bcc}")
        import email as _e
        parsed = _e.message_from_bytes(data)
        text = all_text(parsed)
        pd = bool(phone_hits(text) or IBAN_RE.search(text) or NN_RE.search(text) or DOB_RE.search(text))
        if pd != ("personal_data" in m["rules"]):
            problems.append(f"{fname}: personal_data label {'personal_data' in m['rules']} but found {pd} {phone_hits(text)}")
        priv = not is_school(mail_from) or any(
            (not is_school(r)) and parseaddr(m["frm"])[0] and parseaddr(m["frm"])[0].split()[0].lower() in r.lower().replace(".", "")
            and slugname(parseaddr(m["frm"])[0].split()[-1]) in r.lower() for r in rcpt)
        if priv != ("private_account" in m["rules"]):
            problems.append(f"{fname}: private_account label mismatch (computed {priv})")
        if ("sensitive" in m["rules"]) != bool(m["cats"]):
            problems.append(f"{fname}: sensitive/categories mismatch")
        if m["mis"]:
            others = [r for r in ROSTER if r["id"] not in m["about"]]
            owners = {r["id"] for r in others for a in rcpt if a in (r["o1"], r["o2"])}
            if len(owners) != 1 or len(rcpt) != 1:
                problems.append(f"{fname}: misdirected but recipients {rcpt} -> {owners}")
        for pid in m["about"]:
            if pid not in P:
                problems.append(f"{fname}: unknown pupil {pid}")
        labels.append((fname, m, mail_from, rcpt))
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# batch17 - school for care and welfare (zorg en welzijn), generated by make.py\n")
        for fname, m, mail_from, rcpt in labels:
            f.write(f"{fname}:\n")
            f.write(f"  rules: {yaml_list(m['rules'])}\n")
            if m["cats"]:
                f.write("  categories: {sensitive: " + yaml_list(m["cats"]["sensitive"]) + "}\n")
            f.write(f"  mail_from: {mail_from}\n")
            f.write(f"  rcpt: {yaml_list(rcpt)}\n")
            f.write(f"  about: {yaml_list(m['about'])}\n")
            f.write(f"  misdirected: {'true' if m['mis'] else 'false'}\n")
            f.write(f"  note: {json.dumps(m['note'], ensure_ascii=False)}\n")
            f.write(f"  lang: {m['lang']}\n")
            f.write(f"  format: {yaml_list(m['fmt'])}\n")
    for p in problems:
        print("CHECK:", p)
    print(f"{len(labels)} mails written, {len(ROSTER)} pupils in roster, {len(problems)} check messages")


if __name__ == "__main__":
    main()
