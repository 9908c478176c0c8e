#!/usr/bin/env python3
"""batch60 - June exams and deliberation at the Kessel-Lo campus of Stroom (LKSD).

Deterministic generator: writes NNN-slug.eml, labels.yaml and roster.csv next to itself.
Standard library only.
"""
import base64, datetime, hashlib, html, io, json, os, quopri, random, re, unicodedata, zipfile
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 60060
rnd = random.Random(SEED)
TZ = datetime.timezone(datetime.timedelta(hours=2))

SCHOOL_DOMAINS = ("sintpieterscollege.be", "spc.ksleuven.be", "lksd.ksleuven.be",
                  "leerling.sintpieterscollege.be")

# --------------------------------------------------------------------------- staff
STAFF = {
    "kwo": ("Kristien Wouters", "kristien.wouters@sintpieterscollege.be", "directeur"),
    "bl":  ("Bart Lemmens", "bart.lemmens@sintpieterscollege.be", "adjunct-directeur"),
    "jl":  ("Jeroen Lauwers", "jeroen.lauwers@sintpieterscollege.be", "ICT-coördinator"),
    "ict": ("ICT Sint-Pieterscollege", "ict@spc.ksleuven.be", "ICT-dienst"),
    "sva": ("Sofie Van Acker", "sofie.vanacker@sintpieterscollege.be", "zorgcoördinator"),
    "gvl": ("Greet Vanderlinden", "greet.vanderlinden@sintpieterscollege.be", "leerlingensecretariaat"),
    "lsec": ("Leerlingensecretariaat SPC", "leerlingensecretariaat@spc.ksleuven.be", "leerlingensecretariaat"),
    "dir": ("Directie Sint-Pieterscollege", "directie@spc.ksleuven.be", "directie"),
    "ldw": ("Lieve De Wit", "ldw@spc.ksleuven.be", "leerkracht Nederlands, klastitularis 3B"),
    "tv":  ("Tom Verhaegen", "tom.verhaegen@sintpieterscollege.be", "leerkracht wiskunde"),
    "tve": ("Tom Verhaegen", "tve@spc.ksleuven.be", "leerkracht wiskunde"),
    "eb":  ("Els Baert", "els.baert@sintpieterscollege.be", "leerkracht Frans"),
    "pg":  ("Pieter Goossens", "pieter.goossens@sintpieterscollege.be", "leerkracht geschiedenis"),
    "nc":  ("Nadia Chaouki", "nadia.chaouki@sintpieterscollege.be", "leerkracht Engels"),
    "wc":  ("Wouter Claessens", "wouter.claessens@sintpieterscollege.be", "leerkracht fysica"),
    "ad":  ("An Devos", "an.devos@sintpieterscollege.be", "leerkracht Nederlands"),
    "hv":  ("Hilde Vermeiren", "hilde.vermeiren@sintpieterscollege.be", "klastitularis 4A"),
    "kd":  ("Koen Dewaele", "koen.dewaele@sintpieterscollege.be", "leerkracht LO"),
    "ms":  ("Marijke Smets", "marijke.smets@sintpieterscollege.be", "leerkracht economie"),
    "dh":  ("Dries Hermans", "dries.hermans@sintpieterscollege.be", "leerkracht informatica"),
    "asg": ("Ann-Sofie Geerts", "ann-sofie.geerts@sintpieterscollege.be", "leerkracht biologie"),
    "fvb": ("Filip Van den Broeck", "fvb@spc.ksleuven.be", "klastitularis 6C"),
    "yb":  ("Yasmine Bouzid", "yasmine.bouzid@sintpieterscollege.be", "klastitularis 5D"),
    "sw":  ("Stijn Willems", "stijn.willems@sintpieterscollege.be", "klastitularis 2D"),
    "rv":  ("Rita Vandenberghe", "rita.vandenberghe@sintpieterscollege.be", "leerlingenrekeningen"),
    "kdi": ("Karen Dierickx", "karen.dierickx@sintpieterscollege.be", "leerlingenbegeleiding eerste graad"),
    "lm":  ("Leen Moens", "leen.moens@sintpieterscollege.be", "klastitularis 6A"),
    "dpo": ("Joris Nys", "privacy@lksd.ksleuven.be", "aanspreekpunt informatieveiligheid LKSD"),
}
# private mailboxes of staff
PRIV = {
    "tv": ("Tom Verhaegen", "tom.verhaegen74@gmail.com"),
    "eb": ("Els Baert", "els_baert@hotmail.com"),
    "pg": ("Pieter Goossens", "pgoossens@outlook.com"),
    "dh": ("Dries Hermans", "dries.hermans.thuis@gmail.com"),
    "wc": ("Wouter Claessens", "wouter.claessens@telenet.be"),
    "ldw": ("Lieve De Wit", "lievedewit@icloud.com"),
    "yb": ("Yasmine B.", "yasmine.bouzid88@gmail.com"),
}

def S(k):
    return (STAFF[k][0], STAFF[k][1])

def SIG(k, phone=None, extra=None):
    n, e, role = STAFF[k]
    lines = ["", "--", n, role[0].upper() + role[1:], "Sint-Pieterscollege Kessel-Lo | Stroom"]
    if extra:
        lines.append(extra)
    if phone:
        lines.append("tel. " + phone)
    return "\n".join(lines)

# --------------------------------------------------------------------------- roster
# handle: (first, last, class, parent1, parent2)
KEY = {
    "lotte":   ("Lotte", "Janssens", "3B", "kathleen.peeters@telenet.be", "geert.janssens@skynet.be"),
    "febe":    ("Febe", "Janssens", "1C", "kathleen.peeters@telenet.be", "geert.janssens@skynet.be"),
    "lotteJ":  ("Lotte", "Jacobs", "3C", "ivo.jacobs@gmail.com", "sarah.dhondt@hotmail.com"),
    "wout":    ("Wout", "Jansen", "3B", "jansen.wim@gmail.com", ""),
    "noahC":   ("Noah", "Claes", "4A", "fam.claes@telenet.be", ""),
    "noahV":   ("Noah", "Vermeulen", "2D", "evelien.vermeulen@proximus.be", "bram.vermeulen@gmail.com"),
    "mats":    ("Mats", "Vermeulen", "6A", "evelien.vermeulen@proximus.be", "bram.vermeulen@gmail.com"),
    "emma":    ("Emma", "Peeters", "5B", "sofie.vandamme@telenet.be", "jan.peeters@outlook.com"),
    "femke":   ("Femke", "Peeters", "2A", "peeters.luc@skynet.be", ""),
    "lucas":   ("Lucas", "Van Damme", "6B", "frank.vandamme@telenet.be", "ilse.de.ridder@gmail.com"),
    "yasmina": ("Yasmina", "El Idrissi", "4C", "rachida.elidrissi@hotmail.com", ""),
    "mohamed": ("Mohamed", "Benali", "6B", "benali.karim@gmail.com", "benali.souad@gmail.com"),
    "arne":    ("Arne", "Vandevelde", "5A", "griet.vandevelde@telenet.be", "kris.vandevelde@telenet.be"),
    "jonas":   ("Jonas", "Maes", "6C", "an.desmet@skynet.be", "tom.maes@icloud.com"),
    "lenaM":   ("Lena", "Maes", "3A", "an.desmet@skynet.be", "tom.maes@icloud.com"),
    "lenaMe":  ("Lena", "Mertens", "3A", "hilde.mertens@gmail.com", ""),
    "jonasM":  ("Jonas", "Martens", "6C", "martens.kurt@gmail.com", "leen.bosmans@telenet.be"),
    "ruben":   ("Ruben", "De Smedt", "4B", "desmedt.family@telenet.be", ""),
    "julie":   ("Julie", "Vanhove", "6A", "marc.vanhove@proximus.be", "caroline.wuyts@gmail.com"),
    "elias":   ("Elias", "Wuyts", "2A", "wuyts.tine@outlook.com", "joeri.wuyts@telenet.be"),
    "ilias":   ("Ilias", "Ouali", "2B", "fatima.ouali@outlook.com", ""),
    "sara":    ("Sara", "Nowak", "4D", "agnieszka.nowak@gmail.com", "piotr.nowak@gmail.com"),
    "milan":   ("Milan", "Hendrickx", "5C", "hendrickx.dirk@skynet.be", ""),
    "ward":    ("Ward", "Hendrikx", "2A", "hendrikx.sven@telenet.be", "jolien.hendrikx@gmail.com"),
    "zoe":     ("Zoë", "Lambrechts", "1B", "lambrechts.ellen@telenet.be", ""),
    "victor":  ("Victor", "Dumont", "3D", "isabelle.dumont@skynet.be", ""),
    "ines":    ("Inès", "Moreau", "4A", "laurent.moreau@proximus.be", "celine.moreau.h@gmail.com"),
    "amir":    ("Amir", "Haddad", "5D", "haddad.nour@gmail.com", ""),
    "sami":    ("Sami", "Haddad", "1B", "haddad.rami@hotmail.com", "lina.haddad@hotmail.com"),
    "kato":    ("Kato", "Verbeke", "2C", "nele.verstraete@telenet.be", "pieter.verbeke@gmail.com"),
    "seppe":   ("Seppe", "Cools", "6D", "gezin.cools@telenet.be", ""),
    "daan":    ("Daan", "Goris", "3C", "veerle.goris@hotmail.com", ""),
    "aya":     ("Aya", "Bakkali", "1D", "bakkali.h@gmail.com", ""),
    "nina":    ("Nina", "Segers", "5A", "segers.bart@skynet.be", "els.segers@gmail.com"),
    "hanne":   ("Hanne", "Coppens", "6C", "bert.coppens@telenet.be", ""),
    "tuur":    ("Tuur", "Van Hoof", "4C", "vanhoof.mieke@gmail.com", ""),
    "mila":    ("Mila", "Stevens", "1A", "stevens.joke@telenet.be", ""),
    "adam":    ("Adam", "Kowalski", "3B", "marta.kowalska@gmail.com", ""),
    "floor":   ("Floor", "De Backer", "5B", "debacker.an@skynet.be", ""),
    "bilal":   ("Bilal", "Amrani", "4D", "amrani.fam@hotmail.com", ""),
    "louise":  ("Louise", "Van Roey", "6A", "vanroey.koen@telenet.be", "sanne.lievens@gmail.com"),
    "ella":    ("Ella", "Gijbels", "2D", "gijbels.sarah@proximus.be", ""),
    "jasper":  ("Jasper", "Thys", "6D", "thys.peter@telenet.be", ""),
    "youssef": ("Youssef", "El Khatib", "5D", "elkhatib.samira@gmail.com", ""),
    "olivia":  ("Olivia", "Smith", "4B", "j.smith.leuven@gmail.com", "m.smith.leuven@gmail.com"),
    "anton":   ("Anton", "Declercq", "5A", "declercq.ann@telenet.be", ""),
    "lien":    ("Lien", "Vos", "3D", "vos.marleen@skynet.be", ""),
    "kobe":    ("Kobe", "Raes", "4A", "raes.gunther@telenet.be", ""),
    "chloe":   ("Chloé", "Lefèvre", "5B", "nathalie.lefevre@skynet.be", ""),
    "rayan":   ("Rayan", "Toumi", "2C", "toumi.mehdi@hotmail.com", ""),
    "lore":    ("Lore", "Bogaerts", "6B", "bogaerts.kristof@telenet.be", "eva.vandenbussche@gmail.com"),
    "stan":    ("Stan", "Michiels", "3A", "michiels.tinne@gmail.com", ""),
    "marie":   ("Marie", "Dubois", "6C", "dubois.fam@proximus.be", ""),
    "jules":   ("Jules", "Verhulst", "1E", "verhulst.sara@telenet.be", ""),
    "fien":    ("Fien", "Aerts", "4B", "aerts.bjorn@skynet.be", ""),
    "noor":    ("Noor", "Haesaerts", "5D", "haesaerts.lies@gmail.com", ""),
    "thibo":   ("Thibo", "Willaert", "6A", "willaert.dave@telenet.be", ""),
    "nore":    ("Nore", "Van Laer", "2B", "nore.ouders.vanlaer@gmail.com", ""),
    "mert":    ("Mert", "Yilmaz", "4C", "yilmaz.ayse@hotmail.com", ""),
    "elif":    ("Elif", "Yilmaz", "2C", "yilmaz.ayse@hotmail.com", ""),
    "robbe":   ("Robbe", "Decoster", "5C", "decoster.wim@telenet.be", ""),
    "amber":   ("Amber", "Leemans", "3C", "leemans.kaat@gmail.com", ""),
    "senne":   ("Senne", "Vervoort", "6D", "vervoort.joris@proximus.be", ""),
    "jana":    ("Jana", "Luyten", "4D", "luyten.gert@telenet.be", ""),
    "kiano":   ("Kiano", "Mbala", "3D", "mbala.grace@gmail.com", ""),
}

M_FIRST = ["Lucas", "Noah", "Arthur", "Louis", "Liam", "Jules", "Victor", "Finn", "Adam", "Mats", "Lars",
           "Vic", "Warre", "Wout", "Seppe", "Jef", "Rune", "Matteo", "Stan", "Bent", "Mathis", "Lowie",
           "Emiel", "Milan", "Thomas", "Robbe", "Ruben", "Jasper", "Simon", "Brent", "Ibrahim", "Yassin",
           "Ayoub", "Omar", "Hamza", "Mehmet", "Emre", "Jakub", "Dawid", "Andrei", "Samuel", "Elias",
           "Kobe", "Cas", "Lander", "Tibo", "Gilles", "Maxime", "Hugo", "Ilyas"]
F_FIRST = ["Emma", "Olivia", "Louise", "Mila", "Lotte", "Lena", "Julie", "Nore", "Fleur", "Marie",
           "Hanne", "Lien", "Jana", "Amber", "Ella", "Elise", "Lisa", "Laura", "Sara", "Noor", "Fien",
           "Kato", "Yara", "Lore", "Anna", "Zoë", "Nina", "Febe", "Roos", "Ines", "Aya", "Salma", "Malak",
           "Imane", "Meryem", "Zeynep", "Zuzanna", "Maja", "Alexandra", "Mariam", "Hajar", "Oona",
           "Jolien", "Charlotte", "Margot", "Amélie", "Chiara", "Axelle", "Manon", "Tess"]
LAST = ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters",
        "De Smet", "Dubois", "Lambert", "Dupont", "Hermans", "Aerts", "Michiels", "Smets", "Pauwels",
        "Vermeiren", "Lenaerts", "Cools", "Verstraeten", "Wuyts", "Van de Velde", "Desmet", "Vandenbroucke",
        "Bogaert", "Verhoeven", "Stevens", "Segers", "Heylen", "Vanderheyden", "Timmermans", "Vos",
        "Nijs", "Smolders", "Geens", "Van Dyck", "Celis", "Boeckx", "Baeten", "Daems", "Schoofs",
        "Lievens", "Van Assche", "Beckers", "Jaspers", "Moons", "Verlinden", "Goris", "Vervloet",
        "Ben Ali", "El Amrani", "Bouzidi", "Ait Lahcen", "Yildiz", "Demir", "Kaya", "Kowalczyk",
        "Wiśniewski", "Popescu", "Nguyen", "Mukendi", "Diallo", "Kuznetsov", "Haidari", "Rahimi",
        "Saidi", "Chahid", "Öztürk", "Ramirez", "Costa", "Ferreira", "Rossi", "Novak", "Horvat"]
PF_M = ["Kris", "Geert", "Bart", "Tom", "Peter", "Wim", "Dirk", "Koen", "Joris", "Steven", "Nico",
        "Karim", "Hassan", "Mustafa", "Piotr", "Mihai", "Jan", "Filip", "Stijn", "Gert"]
PF_F = ["An", "Els", "Sofie", "Katrien", "Inge", "Veerle", "Tine", "Nathalie", "Ilse", "Griet",
        "Leen", "Sarah", "Evi", "Hanne", "Fatima", "Nadia", "Ayse", "Ewa", "Elena", "Liesbeth"]
PROV = ["telenet.be", "telenet.be", "skynet.be", "proximus.be", "gmail.com", "gmail.com", "gmail.com",
        "hotmail.com", "outlook.com", "icloud.com", "outlook.be", "hotmail.be"]
CLASSES = ["1A", "1B", "1C", "1D", "1E", "2A", "2B", "2C", "2D", "3A", "3B", "3C", "3D",
           "4A", "4B", "4C", "4D", "5A", "5B", "5C", "5D", "6A", "6B", "6C", "6D"]

def slugname(s):
    t = unicodedata.normalize("NFKD", s.lower())
    t = "".join(ch for ch in t if not unicodedata.combining(ch))
    for a, b in ((" ", ""), ("'", ""), ("-", "")):
        t = t.replace(a, b)
    return t

def pupil_mail(first, last):
    return "%s.%s@leerling.sintpieterscollege.be" % (slugname(first), slugname(last))

def build_roster():
    r = random.Random(SEED + 1)
    ids = list(range(1, 301))
    r.shuffle(ids)
    pupils = {}      # id -> record
    handles = {}
    used_names = set()
    used_parents = set()
    for i, (h, (f, l, c, p1, p2)) in enumerate(KEY.items()):
        pid = "P%04d" % ids[i]
        pupils[pid] = dict(id=pid, first=f, last=l, cls=c, mail=pupil_mail(f, l), p1=p1, p2=p2)
        handles[h] = pid
        used_names.add((f, l))
        used_parents.update(x for x in (p1, p2) if x)
    key_last = {v[1] for v in KEY.values()}
    rest = ids[len(KEY):]
    k = 0
    while k < len(rest):
        last = r.choice(LAST)
        if last in key_last:
            continue
        nkids = 2 if r.random() < 0.16 and k + 1 < len(rest) else 1
        # parents
        pm, pf = r.choice(PF_M), r.choice(PF_F)
        mother_last = r.choice(LAST)
        style = r.random()
        prov = r.choice(PROV)
        if style < 0.35:
            p1 = "%s.%s@%s" % (slugname(pf), slugname(mother_last), prov)
        elif style < 0.55:
            p1 = "%s.%s@%s" % (slugname(last), slugname(pm), prov)
        elif style < 0.7:
            p1 = "fam.%s@%s" % (slugname(last), prov)
        else:
            p1 = "%s.%s@%s" % (slugname(pm), slugname(last), prov)
        p2 = ""
        if r.random() < 0.55:
            p2 = "%s%s@%s" % (slugname(pf)[0], slugname(mother_last if style >= 0.35 else last), r.choice(PROV))
        if p1 in used_parents or p2 in used_parents or p1 == p2:
            continue
        kids = []
        ok = True
        for _ in range(nkids):
            first = r.choice(M_FIRST if r.random() < 0.5 else F_FIRST)
            if (first, last) in used_names or any(first == x[0] for x in kids):
                ok = False
                break
            kids.append((first, last))
        if not ok:
            continue
        for first, l in kids:
            pid = "P%04d" % rest[k]
            k += 1
            pupils[pid] = dict(id=pid, first=first, last=l, cls=r.choice(CLASSES), mail=pupil_mail(first, l),
                               p1=p1, p2=p2)
            used_names.add((first, l))
        used_parents.update(x for x in (p1, p2) if x)
    return pupils, handles

PUPILS, H = build_roster()

def PID(h):
    return H[h]

def PAR(h, n=1):
    rec = PUPILS[H[h]]
    return rec["p%d" % n]

def PUP(h):
    rec = PUPILS[H[h]]
    return ("%s %s" % (rec["first"], rec["last"]), rec["mail"])

PARENT_OF = {}
for _pid, _rec in PUPILS.items():
    for _p in (_rec["p1"], _rec["p2"]):
        if _p:
            PARENT_OF.setdefault(_p, set()).add(_pid)
PUPIL_MAIL = {rec["mail"]: pid for pid, rec in PUPILS.items()}

# --------------------------------------------------------------------------- number helpers
def iban_be(bank10):
    """bank10: 10 digits (3 bank + 7 account); returns a valid Belgian IBAN string with spaces."""
    n = int(bank10) % 97
    chk = n if n else 97
    bban = "%s%02d" % (bank10, chk)
    num = int(bban + "111400")  # B=11 E=14 00
    cd = 98 - num % 97
    s = "BE%02d%s" % (cd, bban)
    return " ".join(s[i:i + 4] for i in range(0, 16, 4))

def rrn(yymmdd, seq, after2000=True):
    base = int(yymmdd + "%03d" % seq)
    chk = 97 - ((2000000000 + base) if after2000 else base) % 97
    return "%s.%s.%s-%03d.%02d" % (yymmdd[:2], yymmdd[2:4], yymmdd[4:], seq, chk)

def ogm(ten):
    n = int(ten) % 97
    c = n if n else 97
    s = "%s%02d" % (ten, c)
    return "+++%s/%s/%s+++" % (s[:3], s[3:7], s[7:])

# --------------------------------------------------------------------------- attachment builders
ZDATE = (2025, 6, 2, 9, 0, 0)

def zbytes(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return bio.getvalue()

def col(n):
    s = ""
    n += 1
    while n:
        n, rem = divmod(n - 1, 26)
        s = chr(65 + rem) + s
    return s

def xlsx_bytes(rows, sheet="Blad1", macro=False):
    def cell(r, c, v):
        ref = "%s%d" % (col(c), r + 1)
        if isinstance(v, (int, float)):
            return '<c r="%s"><v>%s</v></c>' % (ref, v)
        return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, html.escape(str(v)))
    sd = "".join('<row r="%d">%s</row>' % (i + 1, "".join(cell(i, j, v) for j, v in enumerate(row)))
                 for i, row in enumerate(rows))
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/'
          'spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % sd)
    main = ("application/vnd.ms-excel.sheet.macroEnabled.main+xml" if macro else
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "") +
          '<Override PartName="/xl/workbook.xml" ContentType="%s"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>' % main)
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % sheet)
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              + ('<Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>' if macro else "") +
              '</Relationships>')
    files = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
             ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", ws)]
    if macro:
        files.append(("xl/vbaProject.bin", VBA_STUB))
    return zbytes(files)

VBA_STUB = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 24 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00" +
            b"\x00" * 40 + b"Attribute VB_Name = \"Module1\"\r\nSub AutoOpen()\r\n  Berekening\r\nEnd Sub\r\n")

def docx_bytes(paras, macro=False):
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % html.escape(p) for p in paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/'
           'wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % body)
    main = ("application/vnd.ms-word.document.macroEnabled.main+xml" if macro else
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "") +
          '<Override PartName="/word/document.xml" ContentType="%s"/></Types>' % main)
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    files = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)]
    if macro:
        files.append(("word/_rels/document.xml.rels",
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                      '<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'))
        files.append(("word/vbaProject.bin", VBA_STUB))
    return zbytes(files)

def pdf_bytes(lines, title="document"):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    y = 800
    ops = ["BT", "/F1 11 Tf"]
    for ln in lines:
        ops.append("1 0 0 1 50 %d Tm (%s) Tj" % (y, esc(ln.encode("latin-1", "replace").decode("latin-1"))))
        y -= 15
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            ("<< /Title (%s) /Producer (Microsoft Word voor Microsoft 365) >>" % esc(title)).encode("latin-1")]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out

def csv_bytes(rows, bom=True, enc="utf-8"):
    txt = "\r\n".join(";".join(str(c) for c in row) for row in rows) + "\r\n"
    b = txt.encode(enc)
    return (b"\xef\xbb\xbf" + b) if (bom and enc == "utf-8") else b

def exe_bytes(label):
    hdr = bytearray(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00\xb8" + b"\x00" * 43)
    hdr[0x3c:0x40] = (0x80).to_bytes(4, "little")
    stub = b"\x0e\x1f\xba\x0e\x00\xb4\x09\xcd\x21\xb8\x01\x4c\xcd\x21This program cannot be run in DOS mode.\r\r\n$"
    body = bytes(hdr) + stub
    body += b"\x00" * (0x80 - len(body)) + b"PE\x00\x00\x4c\x01\x03\x00" + b"\x00" * 200 + label.encode()
    return body

def iso_bytes(label):
    data = bytearray(b"\x00" * 0x8800)
    data[0x8000:0x8006] = b"\x01CD001"
    data[0x8028:0x8028 + len(label)] = label.encode()
    return bytes(data)

# --------------------------------------------------------------------------- mail composer
MAILS = []

def A(x):
    """address spec -> (name, email)"""
    if isinstance(x, tuple):
        return x
    return ("", x)

def fmt_addr(a):
    n, e = A(a)
    if not n:
        return e
    return formataddr((n, e), charset="utf-8")

def to_html(text, table=None):
    parts = []
    for block in text.split("\n\n"):
        if block.strip() == "[[TABLE]]" and table:
            parts.append(html_table(table))
            continue
        lines = [html.escape(l) for l in block.split("\n")]
        parts.append('<p class="MsoNormal">%s</p>' % "<br>\n".join(lines))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} '
            'table.t {border-collapse:collapse;} td,th {border:solid #BFBFBF 1.0pt; padding:2pt 5pt;} --></style></head>\n'
            '<body lang="NL-BE" link="#0563C1"><div class="WordSection1">\n%s\n</div></body></html>\n' % "\n".join(parts))

def html_table(table):
    head, rows = table
    h = "<tr>%s</tr>" % "".join("<th>%s</th>" % html.escape(str(c)) for c in head)
    b = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % html.escape(str(c)) for c in r) for r in rows)
    return '<table class="t" border="1" cellspacing="0" cellpadding="0">%s%s</table>' % (h, b)

def text_table(table):
    head, rows = table
    allr = [list(map(str, head))] + [list(map(str, r)) for r in rows]
    w = [max(len(r[i]) for r in allr) for i in range(len(head))]
    return "\n".join(" | ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in allr)

def leaf(subtype, text, charset="utf-8", cte="8bit"):
    raw = text.encode(charset)
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw)
    elif cte == "base64":
        payload = base64.encodebytes(raw)
    else:
        payload = raw
        if cte == "8bit" and all(b < 128 for b in raw):
            cte = "7bit"
    hdrs = ['Content-Type: text/%s; charset="%s"' % (subtype, charset), "Content-Transfer-Encoding: %s" % cte]
    return hdrs, payload

def filepart(fname, data, ctype):
    hdrs = ['Content-Type: %s; name="%s"' % (ctype, fname),
            'Content-Disposition: attachment; filename="%s"' % fname,
            "Content-Transfer-Encoding: base64"]
    return hdrs, base64.encodebytes(data)

def multipart(sub, parts, tag):
    b = "----=_NextPart_%s_%s" % (sub[:3], hashlib.sha1(tag.encode()).hexdigest()[:16])
    body = b"This is a multi-part message in MIME format.\n\n"
    for h, p in parts:
        body += ("--%s\n" % b).encode() + "\n".join(h).encode() + b"\n\n" + p
        if not p.endswith(b"\n"):
            body += b"\n"
    body += ("--%s--\n" % b).encode()
    return ['Content-Type: multipart/%s;\n\tboundary="%s"' % (sub, b)], body

CTYPES = {"pdf": "application/pdf", "csv": "text/csv", "txt": "text/plain",
          "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "docm": "application/vnd.ms-word.document.macroEnabled.12",
          "xlsm": "application/vnd.ms-excel.sheet.macroEnabled.12",
          "zip": "application/x-zip-compressed", "exe": "application/x-msdownload",
          "ps1": "application/octet-stream", "bat": "application/x-msdos-program",
          "iso": "application/x-iso9660-image", "jpg": "image/jpeg", "png": "image/png",
          "vbs": "application/octet-stream", "js": "application/javascript"}

def mail(slug, frm, to, subj, body, *, cc=(), bcc=(), rules=(), cats=(), about=(), mis=False, note="",
         lang="nl", enc="plain", table=None, att=(), tags=(), day=(6, 10), hour=None, reply=False,
         mailer=None, to_header=None, envelope_from=None, private_ok=False, att_text=""):
    MAILS.append(dict(slug=slug, frm=frm, to=list(to), cc=list(cc), bcc=list(bcc), subj=subj, body=body,
                      rules=list(rules), cats=list(cats), about=list(about), mis=mis, note=note, lang=lang,
                      enc=enc, table=table, att=list(att), tags=list(tags), day=day, hour=hour, reply=reply,
                      mailer=mailer, to_header=to_header, envelope_from=envelope_from, private_ok=private_ok,
                      att_text=att_text))

MAILERS = ["Microsoft Outlook 16.0", "Microsoft Outlook 16.0", "Microsoft Outlook 16.0",
           "Apple Mail (2.3774.600.62)", "Mozilla Thunderbird 115.11.0", None, None]

def render(m, idx):
    r = random.Random("%d-%s" % (SEED, m["slug"]))
    mo, d = m["day"]
    hh = m["hour"] if m["hour"] is not None else r.randint(7, 22)
    dt = datetime.datetime(2025, mo, d, hh, r.randint(0, 59), r.randint(0, 59), tzinfo=TZ)
    fname, femail = A(m["frm"])
    dom = femail.split("@")[1]
    mid = "<%s.%s@%s>" % (dt.strftime("%Y%m%d%H%M%S"), hashlib.sha1(m["slug"].encode()).hexdigest()[:12].upper(), dom)
    body = m["body"]
    fmt = []
    text = body.replace("[[TABLE]]", text_table(m["table"])) if m["table"] else body
    enc = m["enc"]
    if enc == "plain":
        core = leaf("plain", text); fmt.append("plain")
    elif enc == "qp":
        core = leaf("plain", text, "utf-8", "quoted-printable"); fmt.append("plain-qp")
    elif enc == "b64":
        core = leaf("plain", text, "utf-8", "base64"); fmt.append("plain-base64")
    elif enc == "cp1252":
        core = leaf("plain", text, "windows-1252", "quoted-printable"); fmt.append("plain-cp1252")
    elif enc == "cp1252-8bit":
        core = leaf("plain", text, "windows-1252", "8bit"); fmt.append("plain-cp1252")
    elif enc == "alt":
        core = multipart("alternative", [leaf("plain", text, "utf-8", "quoted-printable"),
                                          leaf("html", to_html(body, m["table"]), "utf-8", "quoted-printable")],
                         m["slug"] + "alt"); fmt.append("alt")
    elif enc == "html":
        core = leaf("html", to_html(body, m["table"]), "utf-8", "quoted-printable"); fmt.append("html-only")
    elif enc == "html-b64":
        core = leaf("html", to_html(body, m["table"]), "utf-8", "base64"); fmt.append("html-only")
    else:
        raise ValueError(enc)
    if m["table"]:
        fmt.append("table")
    if m["att"]:
        parts = [core]
        for fn, data in m["att"]:
            ext = fn.rsplit(".", 1)[1].lower()
            parts.append(filepart(fn, data, CTYPES.get(ext, "application/octet-stream")))
            fmt.append("attachment-" + ext)
        core = multipart("mixed", parts, m["slug"] + "mix")
        fmt.insert(0, "mixed")
    fmt += m["tags"]
    if m["bcc"]:
        fmt.append("bcc-envelope")
    hdr = []
    hdr.append("Return-Path: <%s>" % (m["envelope_from"] or femail))
    hdr.append("From: %s" % fmt_addr(m["frm"]))
    if m["to_header"]:
        hdr.append("To: %s" % m["to_header"])
    elif m["to"]:
        hdr.append("To: %s" % ",\n\t".join(fmt_addr(a) for a in m["to"]))
    if m["cc"]:
        hdr.append("CC: %s" % ",\n\t".join(fmt_addr(a) for a in m["cc"]))
    subj = m["subj"]
    try:
        subj.encode("ascii")
        hdr.append("Subject: %s" % subj)
    except UnicodeEncodeError:
        hdr.append("Subject: %s" % Header(subj, "utf-8").encode())
    hdr.append("Date: %s" % format_datetime(dt))
    hdr.append("Message-ID: %s" % mid)
    if m["reply"]:
        pid = "<%s.%s@%s>" % ((dt - datetime.timedelta(hours=5)).strftime("%Y%m%d%H%M%S"),
                              hashlib.sha1((m["slug"] + "p").encode()).hexdigest()[:10].upper(), "sintpieterscollege.be")
        hdr.append("In-Reply-To: %s" % pid)
        hdr.append("References: %s" % pid)
    hdr.append("MIME-Version: 1.0")
    mailer = m["mailer"] if m["mailer"] is not None else r.choice(MAILERS)
    if mailer:
        hdr.append(("User-Agent: %s" if "Thunderbird" in mailer else "X-Mailer: %s") % mailer)
    hdr.append("Content-Language: %s" % {"nl": "nl-BE", "fr": "fr-BE", "en": "en-GB"}[m["lang"]])
    h2, payload = core
    data = ("\n".join(hdr + h2) + "\n\n").encode("ascii") + payload
    rcpt = [A(a)[1] for a in m["to"] + m["cc"] + m["bcc"]]
    return data, fmt, (m["envelope_from"] or femail), rcpt

def attachment_texts(m):
    return m["att_text"]

def CLASS_PIDS(c):
    return sorted(pid for pid, r in PUPILS.items() if r["cls"] == c)

def NAMES(c):
    return [(pid, PUPILS[pid]["first"], PUPILS[pid]["last"]) for pid in
            sorted(CLASS_PIDS(c), key=lambda p: (PUPILS[p]["last"], PUPILS[p]["first"]))]

# =========================================================================== MAILS
# ---------------------------------------------------------------- A. credentials (password)
mail("examlaptops-wachtwoord", S("jl"), [S("tv"), S("eb"), S("pg"), S("ad")],
     "Examenlaptops lokaal B012 - aanmelden",
     """Dag collega's,

Jullie surveilleren maandag in B012 met de examenlaptops (leerlingen met aanpassingen).
De laptops staan klaar in de kar, opgeladen en genummerd van 01 tot 14.

Aanmelden op de laptops gebeurt met de lokale examenaccount:
gebruiker: examen
wachtwoord: KesselLo-Juni25!

Leerlingen krijgen dat wachtwoord NIET, jullie melden zelf aan en geven dan de laptop door.
Na het examen gewoon afmelden, niet uitschakelen, ik haal ze 's avonds op voor de updates.

Groeten,
Jeroen""" + SIG("jl"),
     rules=["password"], note="local login of the exam laptops spelled out for supervisors", day=(6, 6), hour=15)

mail("toetsgrid-toezichter", S("ict"), [S("wc")], "Toetsgrid: uw toezichtersaccount voor de digitale examens",
     """Beste Wouter,

Voor de digitale examens fysica (4de jaar, 12 juni) hebben we een toezichtersaccount aangemaakt op Toetsgrid.

URL: https://spc.toetsgrid.eu/toezicht
Gebruikersnaam: w.claessens.toezicht
Tijdelijk wachtwoord: Tg#88-wolk-Fysica

Bij de eerste aanmelding wordt gevraagd om een nieuw wachtwoord te kiezen.
Met dit account kan je de examensessie openen, de tijd verlengen voor individuele leerlingen en de sessie afsluiten.

Vriendelijke groeten,
ICT-dienst Sint-Pieterscollege""",
     rules=["password"], note="temporary password of a supervisor account on the digital exam platform", day=(6, 4), enc="alt")

mail("kluis-examenkopies", S("bl"), [S("gvl")], "kluis examenkopies",
     """Greet,

Ik ben morgen pas om 10u op school (oudercontact andere campus). De examens van het eerste lesuur liggen in de kluis in het secretariaat.
Code van de kluis: 4-7-1-9-0, dan het wieltje naar rechts tot het klikt.
Wil jij ze om 8u15 aan de surveillanten geven?

Dank je!
Bart""",
     rules=["password"], note="safe code of the exam papers' safe", day=(6, 11), hour=21, mailer="")

mail("startwachtwoorden-1e-graad", S("jl"), [S("kdi")], "Startwachtwoorden examenaccounts eerste graad",
     """Hallo Karen,

In bijlage de lijst met de startwachtwoorden voor de examenaccounts van de eerste graad (Toetsgrid).
Kan jij die per klas uitprinten en in een gesloten omslag aan de klastitularissen bezorgen? Niet doorsturen aub.

Mvg
Jeroen""" + SIG("jl"),
     att=[("startwachtwoorden_1e_graad.csv", None)],
     rules=["password"], note="CSV attachment with start passwords of pupils' exam accounts", day=(6, 3),
     att_text="csv:startpw")

mail("wifi-examenlokaal", S("dh"), [S("fvb")], "RE: wifi in de refter tijdens examens",
     """Filip,

Het examennetwerk in de refter heet SPC-EXAM (verborgen, dus handmatig toevoegen).
Netwerksleutel: vLoer!Dijle2025refter

Het gewone leerlingennetwerk staat tijdens de examens uit in die zone.

Dries

-----Oorspronkelijk bericht-----
Van: Filip Van den Broeck <fvb@spc.ksleuven.be>
Verzonden: woensdag 4 juni 2025 16:02
Aan: Dries Hermans <dries.hermans@sintpieterscollege.be>
Onderwerp: wifi in de refter tijdens examens

Dries, de laptops in de refter vinden geen netwerk voor het digitale examen godsdienst. Welk netwerk moet ik kiezen?
Filip""",
     rules=["password"], note="Wi-Fi key of the hidden exam network", day=(6, 4), reply=True, tags=["reply"])

mail("herstelcodes-directie", S("kwo"), [S("bl")], "herstelcodes MFA (voor als ik in Rome zit)",
     """Bart,

Ik ben van 19 tot 22 juni op de studiereis. Mocht er iets zijn met mijn account tijdens de deliberatievoorbereiding, hier mijn herstelcodes voor Microsoft 365:

8821-4470
1093-6652
5530-1187
7741-0029
3316-9904

Gebruik ze enkel als het echt niet anders kan en laat het me weten.

Kristien""",
     rules=["password"], note="MFA recovery codes of the director's account", day=(6, 16), hour=22, mailer="Apple Mail (2.3774.600.62)")

mail("verificatiecode-fwd", S("gvl"), [S("jl")], "FW: Uw verificatiecode",
     """Jeroen, dit kreeg ik net op het secretariaatsaccount, is dat voor jou? Jij was de toetsen aan het instellen.

________________________________
Van: Toetsgrid <no-reply@toetsgrid.eu>
Verzonden: dinsdag 10 juni 2025 07:51
Aan: leerlingensecretariaat@spc.ksleuven.be
Onderwerp: Uw verificatiecode

Uw eenmalige verificatiecode is: 482913
Deze code is 10 minuten geldig. Deel deze code met niemand.""",
     rules=["password"], note="forwarded one-time verification code", day=(6, 10), hour=7, tags=["forward"])

mail("wachtwoord-gesplitst", S("tve"), [S("asg")], "examenbestanden gedeelde map",
     """Ann-Sofie,

De map met de examens 4de jaar staat op de O-schijf, maar is beveiligd.
Het wachtwoord stuur ik in twee stukken (Jeroen zei dat dat veiliger is, ik betwijfel het):

eerste deel: Bio
tweede deel: Wis
laatste stuk: #4ECWI!

Aan elkaar plakken dus, zonder spaties.

Tom""",
     rules=["password"], note="password of a protected folder split over lines", day=(6, 2))

mail("wachtwoord-gespeld", S("eb"), [S("nc")], "Quizlet examen 5de - toegang",
     """Nadia,

Voor de luistertoets (gedeeld Frans/Engels) heb ik het gedeelde account gebruikt.
Login is talen.spc, het wachtwoord: grote P, a, r, i, s, dan het getal zevenenveertig, een uitroepteken en dan londen in kleine letters.
Dus eigenlijk Paris47!londen.

Bisous,
Els""",
     rules=["password"], note="shared account password spelled out in words and then in clear", day=(6, 5))

mail("bitlocker-herstelsleutel", S("jl"), [S("wc")], "BitLocker herstelsleutel laptop EX-07",
     """Wouter,

Laptop EX-07 vraagt de BitLocker herstelsleutel (leerling had de laptop in de slaapstand geduwd).
Herstelsleutel-ID: 4F2A91C3
Herstelsleutel:
318461-227052-604219-517330-092466-711986-402193-150920

Alle 48 cijfers intypen, daarna start hij normaal op. Daarna gewoon verder met het examen, de tijd in Toetsgrid staat stil.

Jeroen""",
     rules=["password"], note="BitLocker recovery key of an exam laptop", day=(6, 12), hour=9)

mail("printcode-kopieermachine", S("gvl"), [S("pg")], "printen examens geschiedenis",
     """Pieter,

De kopieermachine in het leraarslokaal staat op slot voor grote printopdrachten tijdens de examenperiode.
Je kan de examens geschiedenis afdrukken met de printcode 77310 (examencode secretariaat), daarna kiezen voor 'vasthouden en afdrukken'.
Niet vergeten dat het 236 exemplaren zijn, A3 dubbelzijdig.

Groetjes,
Greet""" + SIG("gvl"),
     rules=["password"], note="printer release code for printing exam papers", day=(6, 5), enc="cp1252")

mail("deurcode-archief", S("bl"), [S("ms"), S("yb")], "archief examenkopijen - toegang zaterdag",
     """Marijke, Yasmine,

Jullie vroegen of jullie zaterdag de examenkopijen kunnen komen verbeteren in het archief.
Dat kan. Zijingang via de fietsenstalling, daar is een codeklavier.
Deurcode: 2580 gevolgd door #
Alarm staat er niet op tijdens het weekend in die zone.

Graag de deur goed dichttrekken als je vertrekt.
Bart""",
     rules=["password"], note="door code of the exam archive for weekend access", day=(6, 13), hour=18)

mail("smartschool-wachtwoord-arne", S("ict"), [PAR("arne", 1)], "Nieuw wachtwoord Smartschool voor Arne",
     """Beste mevrouw Vandevelde,

Op uw vraag hebben we het wachtwoord van Arne (5A) voor Smartschool opnieuw ingesteld, zodat hij de examenroosters en de leerstofoverzichten kan raadplegen.

Gebruikersnaam: arne.vandevelde
Nieuw wachtwoord: Zomer!2025-av

Arne moet dit wachtwoord bij de eerste aanmelding wijzigen.

Vriendelijke groeten,
ICT-dienst Sint-Pieterscollege Kessel-Lo""",
     rules=["password"], about=["arne"], note="pupil's new Smartschool password sent to his mother",
     day=(6, 3))

mail("tabel-lokale-admin", S("jl"), [S("dh")], "overzicht examenlaptops + admin",
     """Dries,

Hieronder het overzicht van de kar met examenlaptops. Kan jij morgen de updates doen voor ik ze terug vastzet?

[[TABLE]]

De BIOS-wachtwoorden staan in de kluis van het ICT-lokaal, die geef ik niet via mail.

Jeroen""",
     table=(["Toestel", "Lokaal", "Admin-account", "Wachtwoord"],
            [["EX-01", "B012", ".\\spcadmin", "Ex01-Kar!7311"], ["EX-02", "B012", ".\\spcadmin", "Ex02-Kar!5894"],
             ["EX-03", "B012", ".\\spcadmin", "Ex03-Kar!1207"], ["EX-04", "B014", ".\\spcadmin", "Ex04-Kar!6650"],
             ["EX-05", "B014", ".\\spcadmin", "Ex05-Kar!2248"]]),
     enc="alt", rules=["password"], note="HTML table with local admin passwords per exam laptop", day=(6, 8))

mail("jury-mot-de-passe", S("bl"), [("Mme Anne Collignon", "a.collignon@college-saintluc-wavre.be")],
     "Délibération - accès à la plateforme des résultats",
     """Madame Collignon,

Merci encore d'avoir accepté de siéger comme membre externe lors de la délibération de nos classes de 6e année le 25 juin.
Pour consulter les résultats avant la réunion, vous pouvez vous connecter sur notre plateforme :

adresse : https://spc.smartschool.be
identifiant : jury.collignon
mot de passe : Deliberation-2025!ac

Le compte sera désactivé le 30 juin.

Bien cordialement,
Bart Lemmens
Directeur adjoint, Sint-Pieterscollege Kessel-Lo""",
     rules=["password"], lang="fr", note="French mail giving an external jury member a login and password",
     day=(6, 18), enc="qp")

mail("vendor-support-admin", S("jl"), [("Toetsgrid Support", "support@toetsgrid.eu")], "Ticket 48213 - exam session won't close",
     """Hello,

Following up on ticket 48213: the exam session "FYS-4-J25" cannot be closed, the teacher gets error E-503.
To speed things up you can log in to our tenant with the following school admin account:

tenant: spc-kessello
user: admin.jlauwers
password: N0rth#Dijle!2025

Please let me know when you are done so I can change it again.

Kind regards,
Jeroen Lauwers
ICT coordinator, Sint-Pieterscollege Kessel-Lo""",
     rules=["password"], lang="en", note="admin credentials sent to a vendor's support desk", day=(6, 12), hour=11)

mail("ww-xlsx-leerlingen-aanpassingen", S("jl"), [S("sva")], "laptops leerlingen met aanpassingen",
     """Sofie,

In bijlage het Excel-bestand met de laptops voor de leerlingen met aanpassingen en de aanmeldgegevens per laptop.
Kan je het doorgeven aan de surveillanten van lokaal B014?

Jeroen""",
     att=[("laptops_aanpassingen_juni.xlsx", None)],
     rules=["password"], note="xlsx attachment listing laptop logins with passwords (no pupil facts in the sheet)",
     day=(6, 6), att_text="xlsx:laptops")

mail("instructies-surveillanten-docx", S("bl"), [S("ad"), S("hv"), S("kd")],
     "Instructies surveillanten digitale examens",
     """Collega's,

In bijlage de instructies voor de surveillance tijdens de digitale examens, met het stopwachtwoord van de examenbrowser (voor als een laptop vastloopt).
Lees ze vooraf even door aub.

Bart""",
     att=[("Instructies_surveillanten_digitaal.docx", None)],
     rules=["password"], note="docx attachment containing the Safe Exam Browser quit password", day=(6, 6),
     att_text="docx:seb")

mail("seb-quit-password", S("dh"), [S("tve")], "SEB afsluiten",
     """Tom,

Als een leerling vastzit in Safe Exam Browser: Ctrl+Q en dan het quit password: spc-STOP-4718
Daarna kan je gewoon opnieuw starten vanaf de snelkoppeling.

Dries""",
     rules=["password"], note="Safe Exam Browser quit password", day=(6, 12), hour=8, mailer="")

mail("pincode-bankkaart", S("rv"), [S("kd")], "bankkaart school voor de catering",
     """Koen,

Voor de broodjes van de deliberatie (25 en 26 juni) mag je de bankkaart van de school gebruiken bij de bakker.
De kaart ligt in de bovenste lade van mijn bureau. Pincode 6093.
Bewaar aub het kasticket!

Rita""",
     rules=["password"], note="PIN of the school's bank card", day=(6, 23))

mail("alarmcode-zaterdag", S("kwo"), [S("ms")], "zaterdag verbeteren",
     """Marijke,

Goed dat je zaterdag komt verbeteren. Het alarm gaat automatisch op om 13u. Als je langer blijft:
alarmcode 1954 en dan OFF. Zeker niet vergeten om het bij vertrek weer op te zetten (1954 + ON).

Kristien""",
     rules=["password"], note="alarm code of the building", day=(6, 20), enc="qp")

mail("base64-ww-mailbox-secretariaat", S("gvl"), [S("rv")], "toegang gedeelde mailbox",
     """Rita,

Zoals gevraagd voor tijdens mijn verlof (30/6 tot 4/7): de gedeelde mailbox leerlingensecretariaat@spc.ksleuven.be.
Wachtwoord: Secr3tariaat#Dijle

Er komen nog wat vragen van ouders over de rapporten binnen, die kan jij beantwoorden of doorsturen naar Bart.

Greet""",
     rules=["password"], note="password of a shared mailbox in a base64 body", day=(6, 27), enc="b64")

mail("cp1252-wachtwoord-skore", S("ms"), [S("yb")], "punten ingeven voor ik vertrek",
     """Yasmine,

Ik moet morgen naar het ziekenhuis met mijn vader (niets ernstigs). Kun jij mijn punten economie 5D ingeven in Skore als ik het niet meer haal?
Mijn login is m.smets, wachtwoord Lente*2025*ec. Ik verander het daarna meteen, beloofd.

De punten staan op het blad in het postvak.

Marijke""",
     rules=["password"], note="teacher hands her grading-platform password to a colleague; cp1252 QP",
     day=(6, 22), enc="cp1252")

mail("reply-ww-blijft", S("dh"), [S("pg")], "Re: examenlaptop geschiedenis",
     """Pieter,

Is in orde, de laptop staat opnieuw klaar.
PS: wachtwoord blijft hetzelfde als vorige week: Gesch!edenis25

Dries

Op ma 16 jun 2025 om 09:12 schreef Pieter Goossens <pieter.goossens@sintpieterscollege.be>:
> Dries, de laptop in B014 start niet meer op, kan jij kijken voor het examen van morgen?
> Pieter""",
     rules=["password"], note="password in a PS of a reply", day=(6, 16), reply=True, tags=["reply"],
     mailer="Mozilla Thunderbird 115.11.0")

mail("gmail-ww-doorsturen", PRIV["tv"], [S("ad")], "toegang Toetsgrid (vanuit thuis)",
     """An,

Ik zit thuis met een zieke dochter en kan niet inloggen op mijn schoolmail, daarom via gmail.
Kan jij de examensessie wiskunde 3de jaar openen om 8u30? Mijn Toetsgrid-login:
t.verhaegen / Pi=3,14159!tv

Merci, ik ben je er eentje schuldig.
Tom

Verzonden vanaf mijn iPhone""",
     rules=["password", "private_account"], note="teacher from private gmail sends school platform login to a colleague",
     day=(6, 13), hour=7, tags=["phone"], mailer="Apple Mail (2.3774.600.62)")

mail("ww-gevraagd-beantwoord", S("hv"), [S("tve")], "RE: Skore",
     """ww is Examens@Juni4A (hoofdletters!)

Hilde

Van: Tom Verhaegen <tve@spc.ksleuven.be>
Verzonden: donderdag 19 juni 2025 14:40
Aan: Hilde Vermeiren <hilde.vermeiren@sintpieterscollege.be>
Onderwerp: Skore

Hilde, wat was het wachtwoord van het klasaccount 4A in Skore weer? Ik moet de punten wiskunde nog ingeven.""",
     rules=["password"], note="short reply that gives a class account password", day=(6, 19), reply=True, tags=["reply"])

mail("zip-wachtwoord-examens", S("pg"), [("Drukkerij Delta - orders", "orders@drukkerijdelta.be")],
     "Examens 2de jaar - bestand voor drukwerk",
     """Goedemiddag,

Zoals telefonisch afgesproken bezorg ik u via WeTransfer het zip-bestand met de examens van het tweede jaar (bestelling 2025-06-1187).
Het bestand is beveiligd, het wachtwoord is: Druk-SPC-0606

Graag levering op donderdag 5 juni voor 12u aan het secretariaat.

Met vriendelijke groeten,
Pieter Goossens
Sint-Pieterscollege Kessel-Lo""",
     rules=["password"], note="password of an encrypted zip sent with the order (order number is a look-alike)", day=(6, 2))

mail("pdf-beveiligd-delib", S("bl"), [S("lm")], "deliberatielijst 6A (beveiligd)",
     """Leen,

In bijlage de voorlopige deliberatielijst van 6A voor morgen. Het pdf-bestand is beveiligd met het wachtwoord Delib6A-2025.
Enkel punten, opmerkingen volgen in de vergadering.

Bart""",
     att=[("delib_6A_voorlopig.pdf", None)],
     rules=["password"], about=CLASS_PIDS("6A"), note="password of a protected PDF; the PDF lists 6A pupils with scores only", day=(6, 24),
     att_text="pdf:delib6a")

mail("lockdown-ps1", S("jl"), [S("dh")], "script examenlaptops",
     """Dries,

Bijgevoegd het script dat de laptops in examenmodus zet (USB uit, lokale admin reset). Draaien als administrator.

J.""",
     att=[("examenmodus.ps1", None)],
     rules=["password", "attachment"], note="PowerShell script attachment that also sets a hard-coded admin password",
     day=(6, 7), att_text="ps1:lockdown")

mail("kluisje-milan", S("kd"), [S("yb")], "kluisje Milan",
     """Yasmine,

Milan Hendrickx (5C) is zijn sleutel kwijt en zijn rekenmachine zit in zijn kluisje. Het is een kluisje met cijferslot, de code is 3-1-8-6.
Kan jij het openen voor het examen van 10u? Ik sta in de sporthal.

Koen""",
     rules=["password"], about=["milan"], note="locker code; about one pupil but no sensitive fact", day=(6, 17), hour=8)

mail("gsm-backupcodes", S("bl"), [S("jl")], "codes",
     """Jeroen, hier de back-upcodes van de Smartschool-beheerdersaccount zoals gevraagd:
4107-8322
9016-5548
2738-0461
Stuur maar iets als het gelukt is.

Verzonden vanaf mijn Samsung Galaxy""",
     rules=["password"], note="backup codes from a phone, grouped like numbers", day=(6, 14), tags=["phone"], mailer="")

mail("gastwifi-jury", S("gvl"), [("Dhr. Marc Deprez", "marc.deprez@kaheho-leuven.be")],
     "Deliberatie 6de jaar - praktische info",
     """Geachte heer Deprez,

Hartelijk dank dat u als extern lid aanwezig bent op de deliberatie van het 6de jaar op woensdag 25 juni om 13u30.

U kan parkeren op de parking aan de sporthal (ingang Diestsesteenweg). De vergadering gaat door in de bibliotheek, eerste verdieping.
Wifi voor gasten: netwerk SPC-Gast, wachtwoord Welkom@Stroom25

Met vriendelijke groeten,
Greet Vanderlinden
Leerlingensecretariaat""",
     rules=["password"], note="guest Wi-Fi password in practical info for an external jury member", day=(6, 20), enc="qp")

mail("ww-in-onderwerp", S("ldw"), [S("eb")], "ww laptop B012 = Dijle2025, rest volgt",
     """Sorry, geen tijd, leerlingen staan te wachten. Zie onderwerp.
L.""",
     rules=["password"], note="password in the subject line", day=(6, 16), hour=8, mailer="")

mail("voorleessoftware-kato", S("sva"), [S("sw")], "voorleessoftware Kato - login",
     """Stijn,

Kato Verbeke (2C) maakt haar examens met voorleessoftware omwille van haar dyslexie (zie handelingsplan).
De licentie staat op haar naam, aanmelden in Sprint met:
gebruiker: kato.verbeke.spc
wachtwoord: Lezen2025!kv

Wil jij als klastitularis controleren of het werkt voor het examen Frans van donderdag?

Sofie""" + SIG("sva"),
     rules=["password", "sensitive"], cats=["care"], about=["kato"],
     note="read-aloud software login plus the pupil's dyslexia; internal mail", day=(6, 10))

mail("eigen-ww-naar-hotmail", S("eb"), [PRIV["eb"]], "ww schoolaccount",
     """nota voor mezelf: nieuw ww schoolaccount sinds 1 juni = Bonjour&Juin2025
(niet vergeten op laptop thuis aan te passen)""",
     rules=["password", "private_account"], note="teacher sends her new school password to her own private hotmail",
     day=(6, 1), hour=22, mailer="")

# ---------------------------------------------------------------- B. credential look-alikes (must not fire)
mail("ww-vervalt-herinnering", S("ict"), [], "Uw wachtwoord vervalt binnenkort - voor de examens aanpassen",
     """Beste collega,

Bij een aantal personeelsleden vervalt het wachtwoord van de schoolaccount tijdens de examenperiode.
Om te vermijden dat je op een examenochtend niet kan aanmelden, vragen we om je wachtwoord vóór 6 juni te wijzigen via https://passwordreset.microsoftonline.com.

Kies een wachtwoord van minstens 14 tekens. Stuur je wachtwoord nooit door via mail of Smartschool; de ICT-dienst zal er nooit naar vragen.

ICT-dienst""",
     bcc=["personeel@spc.ksleuven.be"], to_header="undisclosed-recipients:;",
     note="password-expiry reminder without any password; staff list only in BCC", day=(6, 2), enc="alt")

mail("toetsgrid-wachtwoord-vergeten", S("jl"), [S("ad")], "RE: kan niet meer inloggen Toetsgrid",
     """An,

Geen probleem, dat overkomt er wel meer. Ga naar spc.toetsgrid.eu, klik op "Wachtwoord vergeten?" en vul je schoolmailadres in.
Je krijgt dan een link om zelf een nieuw wachtwoord te kiezen. Lukt het niet, kom dan even langs in het ICT-lokaal (A105), dan doen we het samen.

Jeroen

> Jeroen, ik ben mijn wachtwoord van Toetsgrid vergeten en morgen is het examen Nederlands 3de jaar. Help!
> An""",
     note="how to reset a password, no password given", day=(6, 11), reply=True, tags=["reply"])

mail("examencodes-overzicht", S("bl"), [S("tve")], "examencodes in Toetsgrid",
     """Tom,

Hier de codes van de examensessies wiskunde zoals ze in Toetsgrid staan, zodat je ze bij de juiste klassen zet:

WIS-3A-J25, WIS-3B-J25, WIS-3C-J25 (dinsdag 10/6, 8u30)
WIS-4ECWI-J25 en WIS-4HUWE-J25 (woensdag 11/6)
WIS-5WEWI-J25 (vrijdag 13/6)

De leerlingen loggen gewoon in met hun eigen Smartschool-account; de sessie opent pas als jij ze start.

Bart""",
     note="exam session codes and class codes, no secret", day=(6, 5))

mail("lokalen-plaatsnummers", S("gvl"), [S("hv")], "plaatsen in de sporthal",
     """Hilde,

Voor het examen aardrijkskunde van 4A en 4B in de sporthal: rij C, plaatsen 1 tot 24 voor 4A, rij D plaatsen 1 tot 22 voor 4B.
Lokaal B204 blijft vrij voor de inhaalexamens, de leerlingen met extra tijd zitten in B206 (plaats 1-8).

Greet""",
     note="room and seat numbers", day=(6, 13), enc="cp1252")

mail("vraagnummers-scores", S("tve"), [S("hv")], "correctiesleutel vraag 3b",
     """Hilde,

Bij het examen wiskunde 4A heb ik bij vraag 3b een fout in de opgave gezien (de factor 2 ontbreekt).
Voorstel: vraag 3b wordt op 4 punten i.p.v. 6, het totaal van het examen wordt dan 78 in plaats van 80, en we herschalen naar 100.
Vraag 7a en 7c blijven zoals ze waren.

Tom""",
     note="question numbers and scores", day=(6, 16))

mail("helpdeskticket", S("dh"), [("Servicedesk Stroom", "servicedesk@lksd.ksleuven.be")], "Ticket #48233 - printer B-blok",
     """Hallo,

Nog steeds geen reactie op ticket #48233. De printer in het B-blok (serienummer X3K-771-204, inventaris SPC-PR-0457) geeft foutcode 59.14.
Tijdens de examens moeten we daar dagelijks kopies maken.

Dries Hermans""",
     note="ticket, serial and inventory numbers and error code, no secret", day=(6, 4))

mail("teams-deliberatie-uitnodiging", S("kwo"), [S("bl"), S("lm"), S("fvb"), S("yb")],
     "Uitnodiging: deliberatie 6de jaar (online deel externe juryleden)",
     """Beste collega's,

De deliberatie van het 6de jaar gaat door op woensdag 25 juni om 13u30 in de bibliotheek. De externe juryleden sluiten online aan.

________________________________________________________________________________
Microsoft Teams-vergadering
Deelnemen op je computer, mobiele app of ruimteapparaat
Klik hier om deel te nemen aan de vergadering
Vergadering-id: 381 552 904 117
Wachtwoordcode: 7hQx3P
________________________________________________________________________________

Kristien""",
     note="meeting invitation with meeting ID and passcode (allowed by default)", day=(6, 18), enc="alt")

mail("bestelnummer-papier", S("gvl"), [("Drukkerij Delta - orders", "orders@drukkerijdelta.be")],
     "Bestelling 2025-06-1192 - examenpapier",
     """Goedemorgen,

Graag bevestiging van onze bestelling 2025-06-1192: 40 pakken examenpapier geruit A4 (artikel 881-204) en 10 pakken gelijnd (artikel 881-207).
Uw offertenummer was OFF-25-3318. Levering aan het secretariaat, Diestsesteenweg, Kessel-Lo.

Met vriendelijke groeten,
Greet Vanderlinden
Leerlingensecretariaat Sint-Pieterscollege""",
     note="order, article and quote numbers", day=(6, 2))

mail("ww-vraag-helpdesk", S("jl"), [S("kd")], "RE: wachtwoord examenlaptop?",
     """Koen,

Dat wachtwoord stuur ik niet via mail, dat is afgesproken in het communicatiebeleid. Kom het morgen om 8u even halen in het ICT-lokaal, ik geef het je op papier.

Jeroen

-----Original Message-----
From: Koen Dewaele
Sent: maandag 16 juni 2025 19:20
To: Jeroen Lauwers
Subject: wachtwoord examenlaptop?

Jeroen, wat is het wachtwoord van de examenlaptops? Ik surveilleer morgen in B012.""",
     note="refuses to send the password by mail", day=(6, 16), reply=True, tags=["reply"])

mail("klascodes-vakcodes", S("ad"), [S("ldw")], "vakcodes voor Skore",
     """Lieve,

In Skore staan de examens Nederlands onder de vakcodes NED3-03 (3B) en NED3-04 (3C). De herexamencode is NED3-H1.
Wil jij de weging in 3B nakijken? Het examen telt voor 60%.

An""",
     note="course and class codes", day=(6, 19))

mail("inventaris-laptops", S("jl"), [S("bl")], "inventaris examenlaptops na de examens",
     """Bart,

Alle examenlaptops zijn terug binnen. Overzicht:

[[TABLE]]

EX-09 gaat naar herstelling (scharnier), RMA-nummer 7734-0921.

Jeroen""",
     table=(["Toestel", "Serienummer", "Inventarisnummer", "Status"],
            [["EX-07", "5CG1427XQZ", "SPC-LT-0451", "ok"], ["EX-08", "5CG1427XR3", "SPC-LT-0452", "ok"],
             ["EX-09", "5CG1427XR9", "SPC-LT-0453", "defect"], ["EX-10", "5CG1427XS1", "SPC-LT-0454", "ok"]]),
     enc="alt", note="serial, inventory and RMA numbers in an HTML table", day=(6, 26))

mail("teams-beroep-meeting", S("kwo"), [PAR("daan", 1)], "Uitnodiging gesprek - beslissing klassenraad Daan",
     """Beste mevrouw Goris,

Zoals gevraagd nodig ik u uit voor het overleg over de beslissing van de klassenraad voor Daan (3C), waar u niet akkoord mee gaat.
Het gesprek gaat door op maandag 30 juni om 10u. U kan op school langskomen (bureau directie) of online aansluiten:

Microsoft Teams - Deelnemen aan de vergadering
Vergadering-id: 314 227 880 651
Wachtwoordcode: Fk4r9T

Na dit overleg kan u, indien u dat wenst, nog schriftelijk beroep aantekenen volgens de procedure in het schoolreglement.

Met vriendelijke groeten,
Kristien Wouters
Directeur""",
     about=["daan"], note="appeal meeting invite with Teams passcode (allowed); contesting a certificate is not a sensitive category",
     day=(6, 27), enc="alt")

mail("kluisjesnummer-zonder-code", S("gvl"), [PUP("tuur")], "je kluisje",
     """Dag Tuur,

Je kluisje (nummer 214, gang C) moet leeg zijn tegen vrijdag 27 juni. De sleutel geef je af op het secretariaat, dan krijg je je waarborg terug.

Greet - leerlingensecretariaat""",
     about=["tuur"], note="locker number and deposit, no code", day=(6, 23))

mail("ww-op-papier", S("bl"), [], "Digitale examens: praktische afspraken voor surveillanten",
     """Beste collega's,

Enkele afspraken voor de digitale examens:

1. De wachtwoorden van de examenlaptops krijg je op papier in je surveillancemap, niet via mail.
2. Leerlingen melden aan met hun eigen account; wie zijn wachtwoord vergeten is, stuur je naar het ICT-lokaal (A105).
3. Examencodes staan op het bord bij de start van het examen.
4. Na het examen worden alle papieren met aanmeldgegevens terug in de map gestoken.

Bedankt,
Bart""",
     bcc=["personeel@spc.ksleuven.be"], to_header="undisclosed-recipients:;",
     note="talks about passwords without giving one; staff list only in BCC (general letter to staff)", day=(6, 6))

mail("rapportnummer-betaalreferentie", S("rv"), [PAR("nina", 2)], "RE: betaling studiereis",
     """Beste mevrouw Segers,

Uw betaling voor de studiereis van Nina is goed ontvangen met de gestructureerde mededeling """ + ogm("3400617250") + """. U hoeft niets meer te doen.
Het rapport van Nina (rapport 3, juni) kan u op vrijdag 27 juni afhalen tussen 16u en 19u.

Met vriendelijke groeten,
Rita Vandenberghe""",
     about=["nina"], note="structured payment reference and report number; paid bill is not a financial problem",
     day=(6, 20), reply=True, tags=["reply"])

# ---------------------------------------------------------------- C. sensitive mails about identifiable pupils
mail("lotte-grootmoeder-ouder", S("ldw"), [PAR("lotte", 1)], "Examens Lotte - innige deelneming",
     """Beste mevrouw Peeters,

Via Lotte hoorde ik vanmorgen dat haar grootmoeder afgelopen nacht overleden is. Namens de hele klasgroep en de leerkrachten van 3B: heel veel sterkte voor jullie allemaal.

Lotte hoeft zich geen zorgen te maken over de examens. We verplaatsen het examen geschiedenis (woensdag) en aardrijkskunde (donderdag) naar de inhaaldagen van 23 en 24 juni. Als ze op de dag van de uitvaart niet komt, is dat uiteraard gewettigd; een kopie van het overlijdensbericht volstaat.

Laat gerust iets weten als Lotte iets nodig heeft.

Hartelijke groet,
Lieve De Wit
klastitularis 3B""",
     rules=["sensitive"], cats=["family"], about=["lotte"],
     note="death of the grandmother of a named pupil, sent to her mother (address does not spell the surname)", day=(6, 17))

mail("lotte-grootmoeder-collegas", S("ldw"), [S("pg"), S("sw"), S("ad")], "Lotte Janssens 3B - inhaalexamens",
     """Collega's,

Lotte Janssens (3B) is deze week afwezig door het overlijden van haar grootmoeder (uitvaart vrijdag). Ze was heel close met haar, ze woonde bij hen in.
Haar examens geschiedenis en aardrijkskunde schuiven naar 23 en 24 juni (inhaallokaal B204). Nederlands had ze al afgelegd.

Graag een reserve-exemplaar van jullie examen bij Greet leggen.

Lieve""",
     rules=["sensitive"], cats=["family"], about=["lotte"], note="internal note on a bereavement of a named pupil",
     day=(6, 17), enc="qp")

mail("emma-rapport-beide-ouders", S("gvl"), [PAR("emma", 2)], "Rapport Emma - verzending",
     """Geachte heer Peeters,

Omdat u en mevrouw Vandamme sinds dit schooljaar gescheiden zijn, bezorgen we het rapport van Emma (5B) voortaan aan beide ouders afzonderlijk.
Volgens de regeling die we van de advocaat ontvingen verblijft Emma in de week van 23 juni bij haar mama; u kan het rapport op vrijdag 27 juni zelf komen ophalen, of we sturen u een kopie via Smartschool.

Met vriendelijke groeten,
Greet Vanderlinden
Leerlingensecretariaat""",
     rules=["sensitive"], cats=["family"], about=["emma"], note="divorce and residence arrangement of a named pupil, to her father",
     day=(6, 24), enc="cp1252")

mail("rayan-pleeggezin-clb", S("sva"), [("Marleen Thijs - CLB", "marleen.thijs@vrijclb-dijle.be")], "Rayan Toumi 2C - examens en pleeggezin",
     """Dag Marleen,

Kort overzicht voor het MDO van volgende week over Rayan Toumi (2C):
- sinds april verblijft Rayan in een pleeggezin (de jeugdrechter besliste dat); contact met papa enkel begeleid;
- de examens verliepen wisselend, wiskunde en Frans onvoldoende;
- de klassenraad twijfelt tussen A- en B-attest, we zouden graag jullie advies horen.

Mogen we de pleegouders uitnodigen voor het gesprek in plaats van papa? Hoe zit dat met het ouderlijk gezag?

Groetjes,
Sofie""" + SIG("sva"),
     rules=["sensitive"], cats=["family", "care"], about=["rayan"], note="foster placement and CLB follow-up of a named pupil, to the CLB",
     day=(6, 19))

mail("seppe-geweld-thuis", S("sva"), [S("kwo")], "vertrouwelijk - Seppe Cools 6D",
     """Kristien,

Seppe Cools (6D) kwam vanmiddag na zijn examen bij mij. Hij vertelde dat zijn vader gisteren opnieuw agressief was en hem geslagen heeft; hij heeft een blauwe plek aan zijn arm.
Hij wil niet naar huis vanavond en slaapt bij een vriend. Ik heb het Vertrouwenscentrum Kindermishandeling gebeld en we hebben morgen om 9u een overleg met het CLB.

Kan jij daarbij zijn? Dit zeker nog niet in de klassenraad vermelden.

Sofie""",
     rules=["sensitive"], cats=["family", "psychosocial"], about=["seppe"], note="domestic violence disclosure about a named pupil",
     day=(6, 18), hour=17)

mail("youssef-vader-gevangenis", S("yb"), [S("bl")], "Youssef 5D",
     """Bart,

Even ter info voor de deliberatie: Youssef El Khatib (5D) haalt slechte punten, maar zijn situatie is moeilijk. Zijn vader zit sinds begin mei in de gevangenis en hij moet thuis voor zijn broertjes zorgen.
Ik stel voor dat we hem een kans geven met een vakantietaak in plaats van een B-attest. Ik breng het in op de klassenraad.

Yasmine""",
     rules=["sensitive"], cats=["family"], about=["youssef"], note="parent in prison, in passing before the deliberation",
     day=(6, 21))

mail("noah-spieken-ouders", S("hv"), [PAR("noahC", 1)], "Examen Frans Noah - onregelmatigheid",
     """Beste ouders,

Tijdens het examen Frans van vanmorgen werd Noah (4A) betrapt met zijn gsm onder zijn bank, met daarop foto's van de samenvatting.
Volgens het examenreglement betekent dit dat Noah een nul krijgt voor dit examen. Daarnaast krijgt hij een strafstudie op woensdag 2 juli en wordt het voorval besproken op de klassenraad.

Ik nodig u graag uit voor een gesprek hierover. Kan u mij laten weten wanneer u beschikbaar bent?

Met vriendelijke groeten,
Hilde Vermeiren
klastitularis 4A""",
     rules=["sensitive"], cats=["psychosocial"], about=["noahC"], note="pupil caught cheating with consequences, to his parents",
     day=(6, 12))

mail("spieken-verslag-directie", S("hv"), [S("bl")], "verslag onregelmatigheid examen Frans 4A",
     """Bart,

Zoals gevraagd het verslag:

Datum: donderdag 12 juni 2025, examen Frans 4A, lokaal C103
Surveillanten: Els Baert, Hilde Vermeiren
Leerling: Noah Claes (4A)
Feiten: gsm onder de bank, foto's van de samenvatting geopend. Leerling gaf het meteen toe.
Maatregel: 0 op het examen, strafstudie 2 juli, ouders gecontacteerd.

Noah was erg aangeslagen en moest huilen; hij gaf aan dat hij enorm onder druk staat thuis.

Hilde""",
     rules=["sensitive"], cats=["psychosocial"], about=["noahC"], note="incident report of cheating with sanction", day=(6, 12), enc="html")

mail("aya-pesten", S("kdi"), [PAR("aya", 1)], "Aya - berichten in de klasgroep",
     """Beste mevrouw Bakkali,

Bedankt om ons gisteren te bellen. We hebben de screenshots van de klasgroep gezien: er werden inderdaad kwetsende berichten en een foto van Aya verspreid, net voor haar examen wiskunde.
We hebben met de betrokken leerlingen gesproken en er volgt een herstelgesprek na de examens. Aya mag de komende dagen haar examens in het lokaal van de leerlingenbegeleiding maken als ze dat wil.

Met vriendelijke groeten,
Karen Dierickx
leerlingenbegeleiding eerste graad""",
     rules=["sensitive"], cats=["psychosocial"], about=["aya"], note="named pupil is the victim of bullying", day=(6, 13))

mail("jules-pester-ouders", S("kdi"), [PAR("jules", 1)], "gesprek over Jules",
     """Beste mevrouw Verhulst,

Ik had u graag gesproken over Jules (1E). Hij was samen met twee klasgenoten betrokken bij het verspreiden van een bewerkte foto van een medeleerlinge in de klasgroep, tijdens de examenweek.
Jules krijgt een sanctie (twee namiddagen strafstudie) en we vragen om hem thuis de foto te laten verwijderen. Kan u volgende week langskomen?

Vriendelijke groet,
Karen Dierickx""",
     rules=["sensitive"], cats=["psychosocial"], about=["jules"], note="named pupil is a perpetrator of bullying with sanction", day=(6, 16), enc="qp")

mail("nore-zelfverwonding-clb", S("sva"), [("Marleen Thijs - CLB", "marleen.thijs@vrijclb-dijle.be")], "dringend: Nore Van Laer 2B",
     """Marleen,

Vandaag zag een surveillante snijwondjes op de onderarm van Nore Van Laer (2B). Nore vertelde dat ze zich al een tijd 'zo afreageert' sinds de examens dichterbij komen.
Ik heb met haar gepraat en de mama gebeld. Kan jij haar nog deze week zien? Ik denk dat een doorverwijzing nodig is.

Sofie""" + SIG("sva"),
     rules=["sensitive"], cats=["psychosocial", "care"], about=["nore"], note="self-harm signal and CLB referral for a named pupil",
     day=(6, 11), enc="cp1252")

mail("fien-paniekaanval", S("ad"), [PAR("fien", 1)], "Fien - examen Nederlands",
     """Beste meneer Aerts,

Fien heeft vandaag na een half uur het examen Nederlands moeten onderbreken door een paniekaanval. Ze heeft even bij de leerlingenbegeleiding gezeten en is daarna rustig geworden.
Ze vertelde dat ze al weken slecht slaapt door examenstress. We stellen voor dat ze het examen maandag inhaalt in een apart lokaal, en dat u eens contact opneemt met de leerlingenbegeleiding.

Groeten,
An Devos""",
     rules=["sensitive"], cats=["psychosocial"], about=["fien"], note="panic attack and exam anxiety of a named pupil", day=(6, 13))

mail("mert-politie", S("bl"), [S("kwo")], "RE: politie op school",
     """Kristien,

Update: de jeugdinspecteur is vanmiddag langs geweest voor Mert Yilmaz (4C). Hij wordt verdacht van de diefstal van de gsm's uit de kleedkamer van de sporthal (vorige donderdag, tijdens het examen LO).
Mert is verhoord in aanwezigheid van zijn moeder. Hij wordt in afwachting uitgesloten van de rest van de examens; hij kan ze inhalen in augustus.

Bart

> Bart, ik hoor dat er politie op school was? K.""",
     rules=["sensitive"], cats=["psychosocial"], about=["mert"], note="police involvement and exclusion of a named pupil", day=(6, 19),
     reply=True, tags=["reply"])

mail("ruben-ziek-doktersattest", S("gvl"), [PAR("ruben", 1)], "RE: afwezigheid Ruben",
     """Beste mevrouw De Smedt,

Het doktersattest van Ruben is goed ontvangen. Dokter Vanmol schrijft dat Ruben de klierkoorts heeft en tot en met 20 juni niet naar school mag komen.
De examens die hij mist (wiskunde, Engels, chemie) kan hij inhalen op 23 en 24 juni als hij dan voldoende hersteld is; anders beslist de klassenraad in overleg met u.

Beterschap aan Ruben!
Greet""",
     rules=["sensitive"], cats=["medical"], about=["ruben"], note="illness and doctor's note of a named pupil", day=(6, 13), reply=True, tags=["reply"])

mail("stan-blindedarm", S("kdi"), [S("ldw"), S("ad"), S("tve")], "Stan Michiels 3A - ziekenhuis",
     """Collega's,

Stan Michiels (3A) is gisterenavond geopereerd aan een blindedarmontsteking en ligt nog in het ziekenhuis. Hij zal minstens een week afwezig zijn.
Zijn examens vervallen voorlopig; de klassenraad beslist op basis van het jaarwerk. Wie wil kan een kaartje afgeven op het secretariaat.

Karen""",
     rules=["sensitive"], cats=["medical"], about=["stan"], note="hospitalisation after surgery of a named pupil", day=(6, 12))

mail("kobe-verzekering", S("gvl"), [("Schadedienst schoolpolis", "schade@schoolpolis-kpv.be")], "Aangifte schoolongeval - Raes Kobe",
     """Geachte,

Hierbij de aangifte van een schoolongeval.

Leerling: Kobe Raes, 4A
Geboortedatum: 14/03/2010
Rijksregisternummer: """ + rrn("100314", 127) + """
Datum ongeval: 5 juni 2025, tijdens de les LO (sporthal)
Letsel: breuk van de rechterpols, gips voor 6 weken (spoedgevallen AZ Oost-Leuven)
Gevolgen: de leerling kan niet schrijven; voor de examens krijgt hij een schrijfhulp en extra tijd.

Het medisch attest van de spoedarts volgt per post.

Met vriendelijke groeten,
Greet Vanderlinden
Leerlingensecretariaat Sint-Pieterscollege Kessel-Lo
tel. 016 48 27 90""",
     rules=["sensitive", "personal_data"], cats=["medical"], about=["kobe"],
     note="accident claim with injury, date of birth, national register number and school phone", day=(6, 6))

mail("jana-epilepsie", S("sva"), [S("kd"), S("asg"), S("eb")], "Jana Luyten 4D - afspraken examens",
     """Dag collega's,

Jullie surveilleren allemaal minstens één keer in het lokaal van 4D. Jana Luyten heeft epilepsie. Bij een aanval:
- rustig blijven, de tijd noteren, niets in de mond steken;
- na 5 minuten de ziekenwagen laten bellen via het secretariaat;
- het noodmedicatieflesje (Buccolam) zit in de EHBO-kast van het secretariaat.

Jana zit vooraan bij de deur. Ze mag altijd water drinken.

Sofie""",
     rules=["sensitive"], cats=["medical"], about=["jana"], note="epilepsy and emergency medication of a named pupil", day=(6, 9), enc="alt")

mail("marie-zwanger", S("fvb"), [S("kwo"), S("sva")], "Marie Dubois 6C",
     """Kristien, Sofie,

Marie Dubois (6C) kwam me vandaag vertellen dat ze 5 maanden zwanger is. Ze wil de examens gewoon afleggen maar vraagt of ze tussendoor mag rechtstaan en of ze een eigen tafel kan krijgen.
Ze wil niet dat de klas het weet. Mogen we dat regelen via de zorgcoördinator?

Filip""",
     rules=["sensitive"], cats=["medical"], about=["marie"], note="pregnancy of a named pupil", day=(6, 5))

mail("elif-allergie", S("sw"), [S("gvl")], "ontbijt examenweek 2C - allergie",
     """Greet,

Voor het ontbijt op de laatste examendag van 2C: Elif Yilmaz heeft een ernstige notenallergie (EpiPen in haar boekentas). Kan je bij de bakker notenvrije koffiekoeken bestellen voor de hele klas?

Stijn""",
     rules=["sensitive"], cats=["medical"], about=["elif"], note="severe allergy of a named pupil in a catering request", day=(6, 20))

mail("robbe-rilatine", S("sva"), [S("wc")], "RE: Robbe 5C namiddagexamen",
     """Wouter,

Robbe Decoster heeft ADHD en neemt 's ochtends Rilatine; de werking is rond de middag uitgewerkt. Daarom maakt hij zijn namiddagexamens in B206 met extra tijd (zie zijn handelingsplan). Het klopt dus dat hij niet bij de rest van 5C zit.

Sofie

> Sofie, waarom staat Robbe Decoster niet op mijn lijst voor het examen fysica van 14u? W.""",
     rules=["sensitive"], cats=["medical", "care"], about=["robbe"], note="ADHD medication and care plan of a named pupil",
     day=(6, 16), reply=True, tags=["reply"])

mail("amber-migraine-fwd", S("gvl"), [S("ad")], "FW: afwezigheid Amber Leemans",
     """An, ter info: Amber mist je examen Nederlands morgen. Attest zit in haar dossier.

-------- Doorgestuurd bericht --------
Onderwerp: afwezigheid Amber Leemans
Datum: Mon, 16 Jun 2025 07:12:41 +0200
Van: Kaat Leemans <leemans.kaat@gmail.com>
Aan: leerlingensecretariaat@spc.ksleuven.be

Goedemorgen,
Amber (3C) heeft sinds het weekend zware migraineaanvallen en de huisarts heeft haar tot woensdag thuis gehouden. Het attest stuur ik als foto.
Ze neemt nu medicatie van de neuroloog; hopelijk kan ze woensdag haar examen Frans maken.
Groeten,
Kaat Leemans""",
     rules=["sensitive"], cats=["medical"], about=["amber"], note="forwarded parent mail with illness and medication", day=(6, 16), tags=["forward"])

mail("aanpassingen-overzicht", S("sva"), [S("ad"), S("tve"), S("eb"), S("pg"), S("hv")],
     "Overzicht examenaanpassingen 3de en 4de jaar",
     """Beste collega's,

Hieronder de leerlingen van de tweede graad met redelijke aanpassingen tijdens de examens. Graag rekening mee houden bij het surveilleren en bij het opstellen van je examen (lettertype Arial 12, geen kolommen).

[[TABLE]]

Het lokaal B206 is voorbehouden voor deze leerlingen. De voorleessoftware staat op de examenlaptops.

Sofie Van Acker
zorgcoördinator""",
     table=(["Leerling", "Klas", "Aanpassing", "Reden"],
            [["Adam Kowalski", "3B", "extra tijd (+30 min.)", "dyslexie"],
             ["Amber Leemans", "3C", "vragen voorlezen", "dyslexie"],
             ["Kiano Mbala", "3D", "laptop, extra tijd", "dyspraxie"],
             ["Yasmina El Idrissi", "4C", "apart lokaal", "ASS"],
             ["Tuur Van Hoof", "4C", "extra tijd", "ADHD"],
             ["Bilal Amrani", "4D", "voorleessoftware", "dyslexie + dyscalculie"]]),
     enc="alt", rules=["sensitive"], cats=["care"], about=["adam", "amber", "kiano", "yasmina", "tuur", "bilal"],
     note="HTML table of pupils with exam accommodations and their diagnoses", day=(6, 5))

mail("yasmina-apart-lokaal", S("sva"), [PAR("yasmina", 1)], "Examens Yasmina - apart lokaal",
     """Beste mevrouw El Idrissi,

Zoals besproken op het MDO maakt Yasmina (4C) haar examens in een apart lokaal (B206), omwille van haar autismespectrumstoornis. Ze mag een koptelefoon dragen en krijgt een examenrooster met de lokalen in pictogrammen.
Ze kan al op vrijdag 6 juni het lokaal komen bekijken om 15u30.

Met vriendelijke groeten,
Sofie Van Acker
zorgcoördinator""",
     rules=["sensitive"], cats=["care"], about=["yasmina"], note="ASS diagnosis and accommodations sent to the pupil's mother", day=(6, 3))

mail("tuur-clb-trajectonderzoek", S("hv"), [("CLB Dijle - onthaal", "onthaal@vrijclb-dijle.be")], "Tuur Van Hoof 4C - aanmelding",
     """Goedemiddag,

Namens de klassenraad van 4C melden we Tuur Van Hoof aan voor een trajectonderzoek. Tuur heeft ADHD, een handelingsplan met extra tijd, en zal waarschijnlijk een B-attest krijgen.
De ouders zijn op de hoogte en akkoord. Kan een CLB-medewerker contact opnemen met mevrouw Van Hoof?

Met vriendelijke groeten,
Hilde Vermeiren""",
     rules=["sensitive"], cats=["care"], about=["tuur"], note="CLB referral with ADHD and care plan", day=(6, 26))

mail("zoe-logopedist", S("sva"), [("Inge Raskin - logopedie", "inge@logopedie-linde.be")], "RE: Zoë Lambrechts",
     """Dag mevrouw Raskin,

Met toestemming van de mama stuur ik u de resultaten van Zoë (1B) voor wiskunde: 42% op het examen getallenleer, 61% op meetkunde. Het patroon dat u beschreef bij de dyscalculie komt duidelijk terug.
Voor volgend schooljaar nemen we het rekenmachinegebruik op in haar handelingsplan.

Vriendelijke groeten,
Sofie Van Acker""",
     rules=["sensitive"], cats=["care"], about=["zoe"], note="dyscalculia and speech therapist follow-up", day=(6, 23),
     reply=True, tags=["reply"])

mail("olivia-dyslexia-en", S("nc"), [PAR("olivia", 1)], "Olivia - exam arrangements",
     """Dear Mr Smith,

Thank you for sending the report from the speech therapist. Now that Olivia's dyslexia has been officially diagnosed, the school can offer her reasonable adjustments during the exams: 30 minutes of extra time, exam papers in a larger font and the possibility to use text-to-speech software.
These arrangements will be recorded in her support plan and apply from the June exams onwards.

Please do not hesitate to contact me or our special needs coordinator, Ms Van Acker.

Kind regards,
Nadia Chaouki
English teacher""",
     rules=["sensitive"], cats=["care"], about=["olivia"], lang="en", note="dyslexia diagnosis and adjustments, in English", day=(6, 2))

mail("adam-therapie", S("ldw"), [S("sva")], "Adam 3B",
     """Sofie,

Adam Kowalski vroeg of hij donderdag het examen Frans een uur later mag starten. Hij heeft elke donderdag om 8u30 zijn sessie bij de psycholoog (therapie sinds de paasvakantie). Mag dat?

Lieve""",
     rules=["sensitive"], cats=["care"], about=["adam"], note="therapy of a named pupil, in passing", day=(6, 9), enc="b64")

mail("kiano-handelingsplan-docx", S("sva"), [PAR("kiano", 1)], "Handelingsplan Kiano - evaluatie",
     """Beste mevrouw Mbala,

In bijlage de evaluatie van het handelingsplan van Kiano na de examens. We bespreken het graag samen op het oudercontact van 27 juni.

Met vriendelijke groeten,
Sofie Van Acker""",
     att=[("Evaluatie_handelingsplan_Kiano_Mbala.docx", None)],
     rules=["sensitive"], cats=["care"], about=["kiano"], note="care plan evaluation in a .docx attachment (dyspraxia)", day=(6, 25),
     att_text="docx:kiano")

mail("mohamed-afbetalingsplan", S("rv"), [PAR("mohamed", 1)], "Afbetalingsplan schoolrekening Mohamed",
     """Beste meneer Benali,

Zoals afgesproken bevestig ik het afbetalingsplan voor de openstaande schoolrekeningen van Mohamed (6B), in totaal 486,20 euro.
U betaalt 6 maandelijkse schijven van 81,03 euro, telkens voor de 10de van de maand, op rekeningnummer """ + iban_be("0682478123") + """ met vermelding "Benali Mohamed 6B".
Het rapport en het diploma worden uiteraard gewoon meegegeven op 27 juni.

Met vriendelijke groeten,
Rita Vandenberghe
leerlingenrekeningen""",
     rules=["sensitive", "personal_data"], cats=["financial"], about=["mohamed"],
     note="payment plan for unpaid school bills with the school's IBAN", day=(6, 20))

mail("bilal-ocmw", S("rv"), [("Sien Vandeputte", "sien.vandeputte@welzijnshuis-leuven.be")], "Schoolkosten Bilal Amrani 4D",
     """Beste mevrouw Vandeputte,

Hierbij de afrekening van de schoolkosten van Bilal Amrani (4D) voor het derde trimester (studiereis, examenkopieën, werkboeken): 212,40 euro.
Zoals afgesproken met het OCMW neemt u deze kosten ten laste. Kan u laten weten wanneer de betaling gebeurt?

Vriendelijke groeten,
Rita Vandenberghe""",
     rules=["sensitive"], cats=["financial"], about=["bilal"], note="OCMW pays a named pupil's school costs", day=(6, 18), enc="cp1252")

mail("kiano-schooltoelage", S("rv"), [PAR("kiano", 1)], "Schooltoelage",
     """Beste mevrouw Mbala,

Zoals beloofd op het oudercontact: de aanvraag voor de schooltoelage voor Kiano kan u doen via het Groeipakket (Fons). Als de toelage toegekend wordt, kan u de resterende 138 euro van zijn schoolrekening daarmee betalen; we wachten tot dan met de herinnering.

Vriendelijke groeten,
Rita Vandenberghe""",
     rules=["sensitive"], cats=["financial"], about=["kiano"], note="school allowance and outstanding bill of a named pupil", day=(6, 27))

mail("openstaande-rekeningen-tabel", S("rv"), [S("kwo")], "openstaande schoolrekeningen voor de rapporten",
     """Kristien,

Overzicht van de grootste openstaande bedragen (na twee herinneringen), voor het gesprek van morgen:

[[TABLE]]

Ik stel voor dat we de ouders voor de rapportuitreiking nog eens persoonlijk contacteren.

Rita""",
     table=(["Leerling", "Klas", "Openstaand", "Opmerking"],
            [["Milan Hendrickx", "5C", "€ 642,10", "geen reactie op herinneringen"],
             ["Mohamed Benali", "6B", "€ 486,20", "afbetalingsplan loopt"],
             ["Robbe Decoster", "5C", "€ 221,00", "papa werkloos, vraagt uitstel"],
             ["Lien Vos", "3D", "€ 175,50", "OCMW aangevraagd"]]),
     enc="html", rules=["sensitive"], cats=["financial"], about=["milan", "mohamed", "robbe", "lien"],
     note="HTML table of pupils with unpaid bills", day=(6, 23))

mail("hanne-factuur-splitsen", S("rv"), [PAR("hanne", 1)], "RE: factuur Hanne",
     """Beste meneer Coppens,

Ik begrijp dat u sinds de scheiding de factuur van Hanne (6C) wil splitsen met haar mama. Vanaf volgend trimester kan dat: elke ouder krijgt dan een factuur voor de helft.
De huidige rekening van 312 euro staat nog open; die mag u in twee keer betalen.

Met vriendelijke groeten,
Rita Vandenberghe""",
     rules=["sensitive"], cats=["family", "financial"], about=["hanne"], note="divorce and an unpaid bill of a named pupil",
     day=(6, 17), reply=True, tags=["reply"])

mail("deliberatielijst-6c", S("fvb"), [S("bl"), S("eb"), S("pg"), S("wc"), S("ms")], "voorbereiding klassenraad 6C",
     """Collega's,

Hieronder de voorlopige lijst voor de deliberatie van 6C van woensdag. Opmerkingen graag vooraf aan mij.

[[TABLE]]

Filip""",
     table=(["Leerling", "Gemiddelde", "Tekorten", "Voorstel", "Opmerking"],
            [["Hanne Coppens", "71%", "-", "A", "ouders gescheiden, zwaar jaar"],
             ["Marie Dubois", "64%", "wiskunde", "A", "zwanger, examens in apart lokaal"],
             ["Jonas Maes", "52%", "wiskunde, fysica, chemie", "B?", "-"],
             ["Jonas Martens", "68%", "-", "A", "-"],
             ["Senne Vervoort", "48%", "Frans, Engels, wiskunde", "C?", "zit in therapie voor depressie, vaak afwezig"]]),
     enc="alt", rules=["sensitive"], cats=["family", "medical", "psychosocial"],
     about=["hanne", "marie", "jonas", "jonasM", "senne"],
     note="deliberation list with family, pregnancy and depression remarks in the table", day=(6, 23))

mail("deliberatielijst-fwd-gmail", S("fvb"), [("Filip VdB", "filip.vdbroeck@gmail.com")], "FW: voorbereiding klassenraad 6C",
     """om thuis op te werken

-----Oorspronkelijk bericht-----
Van: Filip Van den Broeck
Onderwerp: voorbereiding klassenraad 6C

Hanne Coppens 71% A - ouders gescheiden, zwaar jaar
Marie Dubois 64% A - zwanger, examens in apart lokaal
Jonas Maes 52% B? - tekorten wiskunde, fysica, chemie
Senne Vervoort 48% C? - zit in therapie voor depressie, vaak afwezig""",
     rules=["sensitive", "private_account"], cats=["family", "medical", "psychosocial"],
     about=["hanne", "marie", "jonas", "senne"], note="teacher forwards the deliberation notes to his own gmail", day=(6, 23), hour=22,
     tags=["forward"])

mail("louise-depressie-delib", S("lm"), [S("bl")], "Louise Van Roey - klassenraad",
     """Bart,

Voor de deliberatie van 6A: Louise Van Roey heeft het examen Engels en Frans gemist. Ze is sinds mei in behandeling voor een depressie (mama bracht een attest van de psychiater).
Ik stel voor om haar de examens in augustus te laten afleggen in plaats van nu te delibereren.

Leen""",
     rules=["sensitive"], cats=["psychosocial", "medical"], about=["louise"], note="depression under psychiatric treatment", day=(6, 22))

mail("clb-logo-cc-zichtbaar", S("sva"), [("Marleen Thijs - CLB", "marleen.thijs@vrijclb-dijle.be"), ("Inge Raskin - logopedie", "inge@logopedie-linde.be")],
     "overleg Zoë Lambrechts 1B", """Dag Marleen, dag Inge,

Voorstel voor een gezamenlijk overleg over Zoë (1B) en haar dyscalculie: dinsdag 1 juli om 14u op school. Ik breng de examenresultaten mee.
Laten jullie weten of dat past?

Sofie""",
     rules=["sensitive", "bcc"], cats=["care"], about=["zoe"],
     note="two outside partners visible to each other in To, about a pupil's dyscalculia", day=(6, 24))

# ---------------------------------------------------------------- D. personal mails about one pupil, not sensitive (correctly addressed)
mail("emma-examen-verplaatst", S("ms"), [PAR("emma", 1)], "Examen economie Emma verplaatst",
     """Beste mevrouw Vandamme,

Het examen economie van Emma (5B) wordt verplaatst van dinsdag 17 juni naar woensdag 18 juni, 10u30, lokaal C201, omdat het samenviel met haar mondeling examen Frans.
Emma is op de hoogte gebracht.

Vriendelijke groeten,
Marijke Smets""",
     about=["emma"], note="exam moved; mother's address does not spell the pupil's surname", day=(6, 10))

mail("lucas-rekenmachine", S("tve"), [PAR("lucas", 1)], "RE: rekenmachine Lucas",
     """Beste meneer Van Damme,

Ja, Lucas mag zijn TI-84 Plus CE gebruiken op het examen wiskunde van 6B, maar het geheugen wordt bij het begin van het examen gewist (examenmodus). Een gewone wetenschappelijke rekenmachine volstaat ook.

Met vriendelijke groet,
Tom Verhaegen""",
     about=["lucas"], note="calculator question answered to the father", day=(6, 6), reply=True, tags=["reply"])

mail("febe-rapport-afhalen", S("gvl"), [PAR("febe", 1)], "Rapport Febe",
     """Beste mevrouw Peeters,

Febe (1C) kon vandaag niet aanwezig zijn op de rapportuitreiking. U kan haar rapport afhalen op het secretariaat op maandag 30 juni tussen 9u en 12u.

Vriendelijke groeten,
Greet""",
     about=["febe"], note="report to pick up; sibling of Lotte Janssens, shared parent address",
     day=(6, 27))

mail("mats-proclamatie", S("lm"), [PAR("mats", 1)], "Proclamatie - tickets Mats",
     """Beste mevrouw Vermeulen,

Mats (6A) vroeg of hij vier extra tickets kan krijgen voor de proclamatie op 28 juni. Dat kan: ik leg ze op vrijdag in zijn klasmap.

Groeten,
Leen Moens""",
     about=["mats"], note="practical proclamation tickets; parent shared with younger sibling Noah Vermeulen", day=(6, 24))

mail("noahV-jas-vergeten", S("sw"), [PAR("noahV", 2)], "jas van Noah",
     """Dag meneer Vermeulen,

Noah (2D) heeft zijn blauwe regenjas laten liggen in de refter na het examen aardrijkskunde. Ze hangt aan de kapstok bij het secretariaat.

Stijn Willems""",
     about=["noahV"], note="lost jacket; the other Noah (Claes) is not involved", day=(6, 18), mailer="")

mail("lotteJ-proficiat", S("eb"), [PAR("lotteJ", 2)], "Proficiat Lotte!",
     """Beste mevrouw D'hondt,

Ik wou even laten weten dat Lotte (3C) een schitterend examen Frans heeft gemaakt: 92%, het beste van de klas. Ze mag trots zijn!

Bonnes vacances,
Els Baert""",
     about=["lotteJ"], note="good result; mother's address has another surname; another Lotte (Janssens) exists", day=(6, 20))

mail("julie-mondeling-engels", S("nc"), [PAR("julie", 2)], "Mondeling examen Engels Julie",
     """Beste mevrouw Wuyts,

Julie (6A) vroeg om haar mondeling examen Engels te verplaatsen omdat ze die ochtend haar theoretisch rijexamen heeft. Dat is geen probleem: ze komt om 13u30 in lokaal A210.

Met vriendelijke groeten,
Nadia Chaouki""",
     about=["julie"], note="oral exam moved for a driving test; mother named Wuyts, pupil Vanhove", day=(6, 11))

mail("kato-uitstap", S("sw"), [PAR("kato", 1)], "uitstap na de examens",
     """Beste mevrouw Verstraete,

Op dinsdag 24 juni gaan we met 2C naar Technopolis. Kato heeft het inschrijvingsstrookje nog niet binnengebracht; kan ze dat morgen meebrengen? De kostprijs (12 euro) komt op de volgende rekening.

Stijn Willems
klastitularis 2D""",
     about=["kato"], note="trip practicalities", day=(6, 17))

mail("lenaMe-rekenmachine", S("kdi"), [PAR("lenaMe", 1)], "rekenmachine Lena",
     """Beste mevrouw Mertens,

Lena Mertens (3A) heeft haar rekenmachine in lokaal B101 laten liggen na het examen. Ze kan ze morgen ophalen bij mij.

Karen Dierickx""",
     about=["lenaMe"], note="forgotten calculator; same first name as Lena Maes in 3A", day=(6, 11))

mail("lore-rapport-grootouders", S("gvl"), [PAR("lore", 2)], "RE: rapport Lore ophalen",
     """Beste mevrouw Vandenbussche,

Dat is in orde: de grootouders van Lore mogen het rapport afhalen op 27 juni als ze de ondertekende volmacht meebrengen.

Vriendelijke groeten,
Greet Vanderlinden""",
     about=["lore"], note="report pick-up by grandparents with a proxy", day=(6, 25), reply=True, tags=["reply"])

mail("femke-examenuur", S("sw"), [PAR("femke", 1)], "examen wetenschappen Femke",
     """Beste meneer Peeters,

Het examen natuurwetenschappen van 2A (Femke) begint niet om 8u30 maar om 10u15, in lokaal C004. Excuses voor de verwarring in het rooster.

Stijn Willems""",
     about=["femke"], note="exam time changed; another Peeters family exists (Emma)", day=(6, 9))

mail("lenaM-pennenzak", S("ldw"), [PAR("lenaM", 1)], "pennenzak",
     """Dag mevrouw Desmet,

Lena Maes (3A) heeft haar pennenzak laten liggen in de sporthal. Ik heb hem meegenomen naar het leraarslokaal.

Lieve De Wit""",
     about=["lenaM"], note="lost pencil case; mother's address spells another surname", day=(6, 12))

mail("jonas-proclamatie-plaats", S("fvb"), [PAR("jonas", 2)], "Proclamatie 6C",
     """Beste meneer Maes,

Jonas (6C) staat op de lijst voor de proclamatie op zaterdag 28 juni om 15u. De leerlingen verzamelen om 14u15 in de refter. U krijgt 2 gereserveerde plaatsen in rij F.

Filip Van den Broeck""",
     about=["jonas"], note="proclamation practicalities; Jonas Martens in the same class", day=(6, 26))

mail("sami-boeken", S("gvl"), [PAR("sami", 1)], "handboeken terugbrengen",
     """Beste meneer Haddad,

Sami (1B) moet de gehuurde handboeken nog terugbrengen (Frans en wiskunde). Dat kan tot 30 juni op het secretariaat.

Greet""",
     about=["sami"], note="return rented textbooks; another Haddad family (Amir) exists", day=(6, 24))

mail("ward-rapport", S("gvl"), [PAR("ward", 1)], "rapport Ward",
     """Beste meneer Hendrikx,

Het rapport van Ward (2A) ligt klaar. U kan het afhalen op vrijdag 27 juni tussen 16u en 19u in de refter, samen met de klastitularis.

Greet Vanderlinden""",
     about=["ward"], note="report pick-up; Hendrickx/Hendrikx look-alike family", day=(6, 25))

mail("wout-grafische-rekenmachine", S("tve"), [PAR("wout", 1)], "RE: rekenmachine",
     """Beste meneer Jansen,

Voor het examen wiskunde in het 3de jaar is een grafische rekenmachine niet toegelaten. Wout mag een gewone wetenschappelijke rekenmachine meebrengen (bv. Casio fx-82).

Tom Verhaegen""",
     about=["wout"], note="calculator question; Jansen vs Janssens look-alike", day=(6, 5), reply=True, tags=["reply"])

mail("victor-oral-fr", S("ad"), [PAR("victor", 1)], "Examen oral de néerlandais - Victor",
     """Chère Madame Dumont,

L'examen oral de néerlandais de Victor (3D) aura lieu le jeudi 19 juin à 11h00, local B108. Il peut apporter son dictionnaire illustré.

Bien à vous,
An Devos""",
     about=["victor"], lang="fr", note="oral exam time, in French", day=(6, 13), enc="cp1252")

mail("ines-bulletin-fr", S("hv"), [PAR("ines", 1)], "Bulletin d'Inès",
     """Cher Monsieur Moreau,

Le bulletin d'Inès (4A) pourra être retiré le vendredi 27 juin entre 16h et 19h au réfectoire. Les professeurs seront présents pour un bref entretien si vous le souhaitez.

Cordialement,
Hilde Vermeiren
titulaire de la 4A""",
     about=["ines"], lang="fr", note="report pick-up, in French", day=(6, 24))

mail("thibo-examenuur-leerling", S("nc"), [PUP("thibo")], "mondeling Engels",
     """Hi Thibo,

Your oral exam for English is on Thursday 19 June at 9:40 in A210. Bring your reading file.

Ms Chaouki""",
     about=["thibo"], lang="en", note="mail to the pupil himself about exam time", day=(6, 16))

mail("amir-rooster", S("yb"), [PAR("amir", 1)], "examenrooster Amir",
     """Beste mevrouw Haddad,

Zoals gevraagd: Amir (5D) heeft op woensdag 18 juni twee examens, chemie om 8u30 en aardrijkskunde om 13u. Het rooster staat ook op Smartschool.

Yasmine Bouzid""",
     about=["amir"], note="exam schedule to the right Haddad family", day=(6, 7))

mail("elias-examenuur", S("sw"), [PAR("elias", 1)], "inhaalexamen Elias",
     """Beste mevrouw Wuyts,

Het inhaalexamen Nederlands van Elias (2A) gaat door op maandag 23 juni om 8u30 in lokaal B204.

Stijn Willems""",
     about=["elias"], note="retake time to the right Wuyts parent, no reason given", day=(6, 19))

# ---------------------------------------------------------------- E. misdirected mails
mail("mis-lotte-grootmoeder", S("pg"), [PAR("lotteJ", 1)], "Lotte - examen geschiedenis",
     """Beste ouders,

Mijn oprechte deelneming met het overlijden van de grootmoeder van Lotte. Lotte Janssens (3B) kan haar examen geschiedenis inhalen op maandag 23 juni om 8u30 in B204. Ze hoeft zich geen zorgen te maken.

Pieter Goossens""",
     rules=["sensitive"], cats=["family"], about=["lotte"], mis=True,
     note="about Lotte Janssens 3B, sent to the father of Lotte Jacobs 3C (wrong autocomplete on 'Lotte')", day=(6, 18))

mail("mis-lucas-rooster", S("tve"), [PAR("emma", 1)], "examen wiskunde Lucas",
     """Beste mevrouw Van Damme,

Het examen wiskunde van Lucas Van Damme (6B) wordt verplaatst naar vrijdag 13 juni, 8u30.

Tom Verhaegen""",
     about=["lucas"], mis=True,
     note="about Lucas Van Damme, sent to Sofie Vandamme, the mother of Emma Peeters (autocomplete on 'vandamme')", day=(6, 9))

mail("mis-emma-attest", S("bl"), [PAR("femke", 1)], "Beslissing klassenraad - Emma",
     """Beste meneer Peeters,

Ik bevestig ons telefoongesprek: de klassenraad kende aan Emma Peeters (5B) een B-attest toe met uitsluiting van de studierichting Wetenschappen-Wiskunde.
U kan tot en met 3 juli een overleg aanvragen met de directeur; daarna is een schriftelijk beroep mogelijk.

Met vriendelijke groeten,
Bart Lemmens
adjunct-directeur""",
     about=["emma"], mis=True,
     note="about Emma Peeters 5B, sent to the father of Femke Peeters 2A (same surname, other family)", day=(6, 27))

mail("mis-noah-spieken", S("eb"), [PAR("noahV", 1)], "Noah - examen Frans",
     """Beste ouders van Noah,

Als surveillante wil ik u nog laten weten dat Noah Claes (4A) vandaag tijdens het examen Frans met zijn gsm betrapt werd. Hij krijgt een nul en een strafstudie; mevrouw Vermeiren neemt nog contact op.

Els Baert""",
     rules=["sensitive"], cats=["psychosocial"], about=["noahC"], mis=True,
     note="about Noah Claes 4A, sent to the mother of Noah Vermeulen 2D (same first name)", day=(6, 12), hour=14)

mail("mis-lena-rapport", S("gvl"), [PAR("lenaMe", 1)], "rapport Lena Maes",
     """Beste ouders,

Het rapport van Lena Maes (3A) ligt nog op het secretariaat; u kan het ophalen tot 30 juni.

Greet""",
     about=["lenaM"], mis=True,
     note="about Lena Maes 3A, sent to the mother of Lena Mertens 3A", day=(6, 30))

mail("mis-elias-ziek", S("gvl"), [PAR("julie", 2)], "doktersattest Elias",
     """Beste mevrouw Wuyts,

Bedankt voor het doktersattest van Elias Wuyts (2A). We noteren dat hij tot vrijdag thuis blijft met een longontsteking en antibiotica neemt. De examens die hij mist kan hij inhalen op 23 juni.

Greet Vanderlinden""",
     rules=["sensitive"], cats=["medical"], about=["elias"], mis=True,
     note="about Elias Wuyts 2A, sent to Caroline Wuyts, the mother of Julie Vanhove 6A (same surname)", day=(6, 16))

mail("mis-wout-rekenmachine", S("tve"), [PAR("lotte", 2)], "rekenmachine Wout",
     """Beste meneer Janssens,

In antwoord op uw vraag: Wout Jansen (3B) mag op het examen enkel een wetenschappelijke rekenmachine gebruiken, geen grafische.

Tom Verhaegen""",
     about=["wout"], mis=True,
     note="about Wout Jansen 3B, sent to Geert Janssens (father of Lotte and Febe Janssens)", day=(6, 5))

mail("mis-kato-fout-draadje", S("sw"), [PAR("sara", 1)], "RE: examen Sara",
     """Beste mevrouw Verstraete,

Voor Kato Verbeke (2C) is de extra tijd voor haar dyslexie in orde: ze mag bij elk examen 30 minuten langer blijven in B206, en de voorleessoftware staat klaar.

Stijn Willems

-----Oorspronkelijk bericht-----
Van: Agnieszka Nowak <agnieszka.nowak@gmail.com>
Verzonden: dinsdag 3 juni 2025 20:41
Onderwerp: examen Sara

Goedenavond, Sara (4D) is haar examenrooster kwijt, kan u het nog eens sturen?""",
     rules=["sensitive"], cats=["care"], about=["kato"], mis=True,
     note="about Kato Verbeke 2C (dyslexia), replied in the thread of Sara Nowak's mother", day=(6, 4), reply=True, tags=["reply"])

mail("mis-milan-rekening", S("rv"), [PAR("ward", 1)], "Openstaande rekening Milan Hendrickx",
     """Beste meneer Hendrickx,

Ondanks twee herinneringen staat de schoolrekening van Milan (5C) nog open voor een bedrag van 642,10 euro. Kan u contact opnemen om een afbetalingsplan af te spreken? Het rapport wordt in elk geval meegegeven.

Met vriendelijke groeten,
Rita Vandenberghe""",
     rules=["sensitive"], cats=["financial"], about=["milan"], mis=True,
     note="about Milan Hendrickx 5C, sent to the father of Ward Hendrikx 2A (spelling look-alike)", day=(6, 23))

mail("mis-ines-resultats", S("eb"), [PAR("victor", 1)], "Résultats de l'examen de français - Inès",
     """Chère Madame,

Je vous informe qu'Inès Moreau (4A) a obtenu 58% à l'examen de français. L'examen oral était très bien, l'écrit un peu moins.

Bien à vous,
Els Baert""",
     lang="fr", about=["ines"], mis=True,
     note="about Inès Moreau 4A, sent to Isabelle Dumont, mother of Victor Dumont 3D (French-speaking parents mixed up)", day=(6, 20))

mail("mis-jonas-battest", S("fvb"), [PAR("jonasM", 1)], "Klassenraad - Jonas",
     """Beste ouders,

De klassenraad van 6C heeft beslist dat Jonas Maes zijn jaar niet met succes heeft beëindigd voor wiskunde, fysica en chemie. Hij krijgt een B-attest; het gesprek hierover is op maandag 30 juni om 10u.

Filip Van den Broeck""",
     about=["jonas"], mis=True,
     note="about Jonas Maes 6C, sent to the father of Jonas Martens 6C", day=(6, 26))

mail("mis-amir-angst", S("yb"), [PAR("sami", 1)], "Amir - examenstress",
     """Beste meneer Haddad,

Amir Haddad (5D) heeft vandaag opnieuw een angstaanval gehad voor het examen chemie en is naar huis vertrokken. Ik maak me zorgen; de leerlingenbegeleiding stelt voor om samen met het CLB naar hulp te zoeken.

Yasmine Bouzid
klastitularis 5D""",
     rules=["sensitive"], cats=["psychosocial"], about=["amir"], mis=True,
     note="about Amir Haddad 5D, sent to the father of Sami Haddad 1B (two Haddad families)", day=(6, 18))

# ---------------------------------------------------------------- F. general letters (must pass)
def parents_of(prefixes):
    out = []
    for pid in sorted(PUPILS):
        rec = PUPILS[pid]
        if rec["cls"][0] in prefixes:
            for p in (rec["p1"], rec["p2"]):
                if p and p not in out:
                    out.append(p)
    return out

UNDISC = "undisclosed-recipients:;"
DIRSIG = """

Met vriendelijke groeten,

Kristien Wouters, directeur
Bart Lemmens, adjunct-directeur
Sint-Pieterscollege Kessel-Lo - Stroom"""

mail("alg-ouders-examenperiode", S("dir"), [], "Examenperiode juni 2025 - praktische informatie",
     """Beste ouders,

Op dinsdag 10 juni starten de examens. Hieronder de belangrijkste afspraken.

- De examens beginnen om 8u30; de leerlingen zijn ten laatste om 8u15 op school.
- Na hun examens mogen de leerlingen van de tweede en derde graad naar huis, mits uw toestemming via Smartschool. Leerlingen van de eerste graad blijven tot 12u05 in de studie, tenzij u anders laat weten.
- Een gsm of smartwatch in het examenlokaal wordt beschouwd als een onregelmatigheid.
- Is uw kind ziek op een examendag, verwittig dan het secretariaat vóór 8u30 en bezorg een doktersattest.

Het volledige examenrooster per klas vindt u op Smartschool onder 'Intradesk > Examens'.

We wensen alle leerlingen veel succes!""" + DIRSIG,
     bcc=["ouders@sintpieterscollege.be"], to_header=UNDISC, enc="alt",
     note="general letter to all parents about the exam period; parent list only in BCC", day=(5, 28), hour=16)

mail("alg-ouders-rapport", S("dir"), [], "Rapportuitreiking en klassenraden",
     """Beste ouders,

Na de examens komen de klassenraden samen op 25 en 26 juni. Zij beslissen over het attest van uw zoon of dochter:
- A-attest: geslaagd zonder beperkingen;
- B-attest: geslaagd, maar bepaalde studierichtingen zijn uitgesloten;
- C-attest: niet geslaagd.

Het rapport wordt uitgereikt op vrijdag 27 juni tussen 16u en 19u in de refter. De klastitularissen en vakleerkrachten zijn aanwezig voor een kort gesprek. Voor leerlingen met een B- of C-attest vragen we om zeker langs te komen.

Bent u het niet eens met de beslissing van de klassenraad, dan kan u de procedure volgen die u in bijlage vindt.""" + DIRSIG,
     bcc=parents_of("123456"), to_header=UNDISC, att=[("Beroepsprocedure_2025.pdf", None)], att_text="pdf:beroep",
     note="general letter to all parents (real parent addresses only in the envelope, BCC) with the appeal procedure as PDF",
     day=(6, 20), hour=15)

mail("alg-ouders-beroep", S("dir"), [], "Beroepsprocedure tegen een beslissing van de klassenraad",
     """Beste ouders,

Zoals elk jaar herinneren we u aan de beroepsprocedure zoals beschreven in het schoolreglement:

1. Binnen 3 kalenderdagen na de rapportuitreiking vraagt u een persoonlijk overleg aan met de directeur.
2. Na het overleg kan de klassenraad opnieuw samenkomen.
3. Bent u het daarna nog niet eens, dan tekent u binnen 7 kalenderdagen schriftelijk beroep aan bij de voorzitter van het schoolbestuur (LKSD vzw) per aangetekende brief.
4. De beroepscommissie beslist ten laatste op 15 september.

Een beroep heeft geen opschortende werking.""" + DIRSIG,
     bcc=["ouders@sintpieterscollege.be"], to_header=UNDISC, enc="qp",
     note="general letter explaining the appeal procedure, no pupil named", day=(6, 26))

mail("alg-ouders-medicatie", S("dir"), [], "Medicatie tijdens de examens",
     """Beste ouders,

Neemt uw kind medicatie die tijdens de schooluren moet ingenomen worden? Volgens ons medicatiebeleid dienen leerkrachten geen medicatie toe zonder het ingevulde attest van de arts. Het formulier vindt u op Smartschool.
Leerlingen die tijdens de examens medicatie of iets te eten nodig hebben (bv. bij diabetes), melden dat vooraf aan het secretariaat.""" + DIRSIG,
     bcc=["ouders@sintpieterscollege.be"], to_header=UNDISC,
     note="general medication policy reminder, nobody named", day=(6, 2))

mail("alg-ouders-clb", S("dir"), [], "Infobrief CLB - ondersteuning na de examens",
     """Beste ouders,

Het Vrij CLB Dijle is ook tijdens de zomervakantie bereikbaar, behalve van 21 juli tot 15 augustus. Bij vragen over studiekeuze, leerproblemen, faalangst of een moeilijke thuissituatie kan u of uw kind altijd contact opnemen, ook anoniem via de chat van CLBch@t.
In bijlage de infobrief van het CLB.""" + DIRSIG,
     bcc=["ouders@sintpieterscollege.be"], to_header=UNDISC, att=[("Infobrief_CLB_zomer.pdf", None)], att_text="pdf:clb",
     note="general CLB information letter; topics mentioned but nobody identified", day=(6, 25))

mail("alg-ouders-betaling", S("rv"), [], "Herinnering: schoolrekeningen derde trimester",
     """Beste ouders,

Een aantal schoolrekeningen van het derde trimester zijn nog niet betaald. Wij vragen u vriendelijk om de rekening te betalen vóór 30 juni, met de gestructureerde mededeling die op uw factuur staat.
Heeft u moeilijkheden om de rekening te betalen, neem dan discreet contact op met de boekhouding; samen zoeken we naar een oplossing (bv. een afbetalingsplan). Wie reeds betaalde, mag deze mail als onbestaande beschouwen.

Rita Vandenberghe
leerlingenrekeningen""",
     bcc=parents_of("456"), to_header=UNDISC,
     note="payment reminder sent to many parents in BCC, no one named", day=(6, 16))

mail("alg-ouders-pesten-socialmedia", S("dir"), [], "Sociale media en klasgroepen tijdens de examens",
     """Beste ouders,

De voorbije examenperiodes merkten we dat er in klasgroepen op WhatsApp en Snapchat soms kwetsende berichten verspreid worden. Dat zorgt voor extra stress bij leerlingen.
We vragen u om hierover met uw kind in gesprek te gaan. Ons anti-pestbeleid vindt u in het schoolreglement; leerlingen kunnen altijd terecht bij de leerlingenbegeleiding.""" + DIRSIG,
     bcc=["ouders@sintpieterscollege.be"], to_header=UNDISC, enc="cp1252",
     note="general bullying/social media letter, no pupil", day=(6, 4))

mail("alg-ouders-fr", S("dir"), [], "Session d'examens de juin - informations pratiques",
     """Chers parents,

La session d'examens débute le mardi 10 juin. Les examens commencent à 8h30; les élèves doivent être présents à 8h15.
En cas de maladie, veuillez prévenir le secrétariat avant 8h30 et fournir un certificat médical.
Les bulletins seront remis le vendredi 27 juin entre 16h et 19h.

Avec nos salutations distinguées,
La direction du Sint-Pieterscollege Kessel-Lo""",
     bcc=["ouders-fr@sintpieterscollege.be"], to_header=UNDISC, lang="fr", enc="qp",
     note="general letter in French to French-speaking parents, BCC only", day=(5, 28))

mail("alg-ouders-en", S("dir"), [], "June exams - information for parents",
     """Dear parents,

The exam period starts on Tuesday 10 June. Exams start at 8:30; pupils should be at school by 8:15.
If your child is ill on an exam day, please inform the school office before 8:30 and provide a doctor's note.
Reports will be handed out on Friday 27 June between 4 and 7 pm. Teachers will be available for a short talk.

Kind regards,
The school management""",
     bcc=["ouders-en@sintpieterscollege.be"], to_header=UNDISC, lang="en",
     note="general letter in English for international parents", day=(5, 28))

mail("alg-ouders-proclamatie", S("dir"), [], "Uitnodiging proclamatie 6de jaar",
     """Beste ouders van onze zesdejaars,

Met veel plezier nodigen we u uit op de proclamatie van onze laatstejaars op zaterdag 28 juni om 15u in de sporthal. Aansluitend is er een receptie.
Elke leerling krijgt 4 toegangskaarten; extra kaarten kan u aanvragen bij de klastitularis.""" + DIRSIG,
     bcc=parents_of("6"), to_header=UNDISC, enc="alt",
     note="invitation to all parents of the 6th year, parent addresses in BCC only", day=(6, 16))

mail("alg-ouders-aanpassingen", S("sva"), [], "Redelijke aanpassingen tijdens de examens",
     """Beste ouders,

Leerlingen met een attest (bv. dyslexie, dyscalculie, ADHD) of een verslag hebben recht op redelijke aanpassingen tijdens de examens, zoals extra tijd of een apart lokaal. Deze afspraken staan in het handelingsplan van uw kind.
Is er iets veranderd of heeft u een nieuw attest? Laat het ons weten vóór 2 juni, zodat we alles kunnen regelen.

Sofie Van Acker
zorgcoördinator""",
     bcc=["ouders@sintpieterscollege.be"], to_header=UNDISC,
     note="general letter about exam accommodations; no child named", day=(5, 22))

mail("alg-ouders-inzage", S("dir"), [], "Inzage in de examens",
     """Beste ouders,

U en uw kind hebben het recht om de verbeterde examens in te kijken. Dat kan op de rapportavond (27 juni) of op afspraak op 30 juni en 1 juli. Kopieën kan u aanvragen via het secretariaat; de examens zelf blijven op school bewaard.""" + DIRSIG,
     bcc=["ouders@sintpieterscollege.be"], to_header=UNDISC, enc="b64",
     note="general letter about viewing exam papers", day=(6, 23))

mail("alg-pers-surveillance", S("bl"), [], "Surveillancerooster week 1",
     """Beste collega's,

Hieronder het surveillancerooster voor de eerste examenweek. Wissels zelf onderling regelen en aan mij melden.

[[TABLE]]

De surveillancemappen liggen elke ochtend vanaf 8u in het secretariaat.

Bart""",
     table=(["Dag", "Lokaal", "8u30-10u15", "10u30-12u05", "13u00-14u40"],
            [["di 10/6", "sporthal", "K. Dewaele", "M. Smets", "-"],
             ["di 10/6", "B204", "A. Devos", "P. Goossens", "W. Claessens"],
             ["wo 11/6", "sporthal", "E. Baert", "H. Vermeiren", "-"],
             ["wo 11/6", "B206 (aanpassingen)", "S. Van Acker", "L. De Wit", "N. Chaouki"],
             ["do 12/6", "refter", "S. Willems", "Y. Bouzid", "A.-S. Geerts"]]),
     bcc=["personeel@spc.ksleuven.be"], to_header=UNDISC, enc="alt",
     note="supervision schedule to all staff, staff list in BCC; only staff names and rooms", day=(6, 5))

mail("alg-pers-deliberatieplanning", S("kwo"), [], "Planning klassenraden en deliberatie",
     """Beste collega's,

De planning van de deliberaties:

[[TABLE]]

Graag alle punten in Skore ten laatste 24 juni om 12u. Opmerkingen over individuele leerlingen horen in het leerlingvolgsysteem, niet in mails of chatgroepen.

Kristien""",
     table=(["Datum", "Uur", "Klassen", "Lokaal"],
            [["wo 25/6", "8u30", "1A-1E", "bibliotheek"], ["wo 25/6", "10u30", "2A-2D", "bibliotheek"],
             ["wo 25/6", "13u30", "6A-6D (met externe juryleden)", "bibliotheek"],
             ["do 26/6", "8u30", "3A-3D", "vergaderzaal"], ["do 26/6", "10u30", "4A-4D", "vergaderzaal"],
             ["do 26/6", "13u30", "5A-5D", "vergaderzaal"]]),
     bcc=["personeel@spc.ksleuven.be"], to_header=UNDISC, enc="html",
     note="deliberation schedule to all staff in BCC", day=(6, 10))

mail("alg-pers-discretie", S("kwo"), [], "Discretie tijdens de deliberaties",
     """Beste collega's,

Een korte herinnering aan onze discretieplicht tijdens de klassenraden:
- wat op de klassenraad gezegd wordt, blijft op de klassenraad;
- gevoelige informatie over leerlingen (gezinssituatie, gezondheid, zorg, financiële situatie) deel je via het leerlingvolgsysteem, niet via mail of WhatsApp;
- stuur schoolmails niet door naar je privé-adres;
- bij een vermoeden van een datalek: privacy@lksd.ksleuven.be.

Bedankt voor jullie zorg!
Kristien""",
     bcc=["personeel@spc.ksleuven.be"], to_header=UNDISC,
     note="general discretion reminder to staff, names categories but no pupil", day=(6, 20))

mail("alg-pers-skore-deadline", S("bl"), [], "Deadline punten Skore",
     """Collega's,

Herinnering: alle examenpunten moeten ten laatste dinsdag 24 juni om 12u in Skore staan. Daarna worden de deliberatielijsten afgedrukt. Vragen over Skore: ICT-lokaal A105.

Bart""",
     bcc=["personeel@spc.ksleuven.be"], to_header=UNDISC, mailer="Microsoft Outlook 16.0",
     note="general deadline reminder to all staff", day=(6, 21))

mail("alg-pers-bewaring", S("bl"), [], "Bewaren van examenkopijen",
     """Beste collega's,

De verbeterde examenkopijen worden per klas en per vak in een doos bewaard in het archief (kelder A-blok) tot na de beroepstermijn, en minstens 1 jaar. Leg je dozen ten laatste op 27 juni in het archief. Geen kopijen mee naar huis nemen na 27 juni.

Bart""",
     bcc=["personeel@spc.ksleuven.be"], to_header=UNDISC, enc="cp1252",
     note="general archiving instruction to staff", day=(6, 24))

mail("alg-pers-receptie", S("kwo"), [], "Receptie einde schooljaar",
     """Lieve collega's,

Na een drukke examenperiode nodigen we jullie graag uit op de personeelsreceptie op maandag 30 juni om 17u op de speelplaats. Partners zijn welkom!
Inschrijven via het formulier op Smartschool.

Kristien""",
     bcc=["personeel@spc.ksleuven.be"], to_header=UNDISC, enc="alt",
     note="staff party invitation", day=(6, 19))

mail("alg-pers-zieke-leerlingen", S("bl"), [], "Procedure zieke leerlingen tijdens examens",
     """Beste collega's,

Wordt een leerling ziek tijdens een examen:
1. laat hem/haar begeleiden naar het secretariaat;
2. noteer op de examenkopij het uur van vertrek;
3. het secretariaat verwittigt de ouders en vraagt een doktersattest;
4. de klassenraad beslist of het examen ingehaald wordt.
Geef geen medische informatie door via mail; het secretariaat registreert alles in het leerlingvolgsysteem.

Bart""",
     bcc=["personeel@spc.ksleuven.be"], to_header=UNDISC,
     note="general procedure for ill pupils, nobody named", day=(6, 6))

# ---------------------------------------------------------------- G. bcc / private account / attachment / personal data / ordinary
mail("bcc-ouders4b-in-to", S("hv"), ["ouders4b@sintpieterscollege.be"], "Examen Engels 4B verplaatst",
     """Beste ouders van 4B,

Het examen Engels van 4B wordt verplaatst van maandag 16 juni naar dinsdag 17 juni, 10u30 (lokaal C102). De leerlingen zijn verwittigd.

Hilde Vermeiren""",
     rules=["bcc"], note="class parent list in To", day=(6, 11), tags=["group-in-to"])

mail("bcc-personeel-in-to", S("ad"), ["personeel@spc.ksleuven.be"], "wie wil ruilen? surveillance do 12/6",
     """Hoi allemaal,

Ik moet donderdag 12/6 om 10u30 naar de tandarts. Wie wil mijn surveillance in de refter (10u30-12u05) overnemen? Ik neem in ruil een surveillance in week 2.

An""",
     rules=["bcc"], note="whole staff list in To", day=(6, 9), tags=["group-in-to"])

mail("bcc-leerlingen6a-in-to", S("lm"), ["leerlingen6a@leerling.sintpieterscollege.be"], "lokaal examen geschiedenis",
     """Dag 6A,

Het examen geschiedenis van morgen gaat door in de refter in plaats van in A201. Zelfde uur (8u30). Vergeet jullie atlas niet.

Mevr. Moens""",
     rules=["bcc"], note="pupil class list in To", day=(6, 12), tags=["group-in-to"])

mail("bcc-drie-ouders-cc", S("tve"), [PAR("kobe", 1)], "inzage examen wiskunde 4A",
     """Beste ouders,

Jullie vroegen alle drie om het examen wiskunde samen met jullie zoon of dochter in te kijken. Ik stel maandag 30 juni om 11u voor, lokaal B110. Elke inzage duurt ongeveer 15 minuten.

Tom Verhaegen""",
     cc=[PAR("noahC", 1), PAR("ines", 1)],
     rules=["bcc"], note="three parents of different pupils visible to each other in To/CC; no pupil named", day=(6, 26))

mail("bcc-vakgroep-in-to", S("tve"), ["vakgroep.wiskunde@spc.ksleuven.be"], "correctiesleutel examen 5de jaar",
     """Collega's wiskunde,

De correctiesleutel voor het examen 5de jaar staat in de Teams-map van de vakgroep. Graag de punten van vraag 4 uniform toekennen (zie opmerking in het document).

Tom""",
     rules=["bcc"], note="department list in To", day=(6, 14), tags=["group-in-to"])

mail("priv-outlook-ouder", PRIV["pg"], [PAR("lien", 1)], "examen geschiedenis Lien",
     """Beste mevrouw Vos,

Ik kon vanmorgen niet aan mijn schoolmail, vandaar via dit adres. Lien mag haar examen geschiedenis maandag om 10u30 inhalen in B204.

Pieter Goossens""",
     rules=["private_account"], about=["lien"], note="teacher writes a parent from his private outlook.com", day=(6, 14))

mail("priv-gmail-punten", PRIV["yb"], [S("bl")], "punten chemie 5D",
     """Bart,

Hierbij de punten chemie van 5D, mijn schoollaptop is stuk. Ik geef ze morgen ook in Skore.

Yasmine""",
     att=[("punten_chemie_5D.xlsx", None)], att_text="xlsx:chemie",
     rules=["private_account"], about=CLASS_PIDS("5D"),
     note="teacher sends the class's exam scores (names and scores, no sensitive facts) from private gmail to a colleague", day=(6, 19), hour=21)

mail("priv-gmail-leerling", PRIV["dh"], [PUP("senne")], "je informatica-project",
     """Hey Senne,

Je project voor het examen informatica is goed binnengekomen, maar het zip-bestand is leeg. Kan je het opnieuw uploaden op Smartschool voor vrijdag?

Dhr. Hermans""",
     rules=["private_account"], about=["senne"], note="teacher mails a pupil from private gmail", day=(6, 17))

mail("priv-ok-tennis", PRIV["wc"], [("Jan", "jan.lemaire@telenet.be")], "zaterdag tennis?",
     """Jan,

Zaterdag om 10u tennis? Na drie weken examens verbeteren heb ik dat wel nodig haha.

Wouter""",
     private_ok=True, note="staff private mail about a private matter (allowed)", day=(6, 25), mailer="")

mail("att-seb-installer", S("dh"), [S("ldw")], "Safe Exam Browser voor thuis",
     """Lieve,

Hier de installer van Safe Exam Browser, zodat je thuis kan testen hoe je examen eruitziet.

Dries""",
     att=[("SEB_3.7.1_SetupBundle.exe", exe_bytes("Safe Exam Browser setup"))],
     rules=["attachment"], note="executable installer attached", day=(6, 4))

mail("att-docm-examensjabloon", S("ad"), [S("ldw")], "sjabloon examen Nederlands",
     """Lieve,

Hier het sjabloon voor de examens Nederlands met de macro die automatisch de puntentabel invult. Je moet 'inhoud inschakelen' aanklikken.

An""",
     att=[("Examensjabloon_NED.docm", docx_bytes(["Examen Nederlands - juni 2025", "Naam: ......", "Klas: ....", "Vraag 1 (/10)"], macro=True))],
     rules=["attachment"], note="Word file with macros", day=(5, 27))

mail("att-xlsm-deliberatie", S("bl"), [S("fvb"), S("lm")], "rekenblad deliberatie",
     """Filip, Leen,

Het rekenblad dat de gemiddelden en tekorten automatisch berekent (met macro). Vul enkel de gele kolommen in.

Bart""",
     att=[("deliberatie_rekenblad.xlsm", xlsx_bytes([["Leerling", "Gemiddelde", "Tekorten"], ["", "", ""]], macro=True))],
     rules=["attachment"], note="Excel file with macros; template without pupil data", day=(6, 20))

mail("att-zip-bat", S("jl"), [S("dh")], "scripts laptops terugzetten",
     """Dries,

In de zip de batch-bestanden om de examenlaptops na de examens terug naar normale modus te zetten. Uitvoeren als admin.

Jeroen""",
     att=[("reset_examenlaptops.zip", zbytes([("reset_examenlaptops/normale_modus.bat", "@echo off\r\nreg delete HKLM\\SOFTWARE\\Policies\\SEB /f\r\nnet user examen /active:no\r\nshutdown /r /t 5\r\n"),
                                               ("reset_examenlaptops/LEESMIJ.txt", "Uitvoeren als administrator. Daarna herstarten.\r\n")]))],
     rules=["attachment"], note="zip archive containing a .bat script", day=(6, 25))

mail("att-iso-image", S("jl"), [("Toetsgrid Support", "support@toetsgrid.eu")], "Image exam laptop for testing",
     """Hello,

As requested, attached is a (trimmed) disk image of one of our exam laptops so you can reproduce the kiosk issue.

Best regards,
Jeroen Lauwers""",
     att=[("examlaptop_trimmed.iso", iso_bytes("SPC_EXAM_2025"))], lang="en",
     rules=["attachment"], note="disk image attached", day=(6, 13))

mail("att-zip-js", S("dh"), [S("wc")], "timer voor het bord",
     """Wouter,

Voor de examens in de sporthal: in de zip zit een klein scriptje dat een grote aftelklok op het projectiescherm toont. Dubbelklikken op timer.js.

Dries""",
     att=[("examentimer.zip", zbytes([("examentimer/timer.js", "var sh = WScript.CreateObject('WScript.Shell');\r\nsh.Run('mshta.exe about:<h1>Nog 100 minuten</h1>');\r\n"),
                                       ("examentimer/uitleg.txt", "Dubbelklik op timer.js\r\n")]))],
     rules=["attachment"], note="zip containing a .js script", day=(6, 9))

mail("pd-secretariaat-telefoon", S("gvl"), [PAR("floor", 1)], "rapport Floor",
     """Beste mevrouw De Backer,

Floor (5B) heeft haar rapport nog niet afgehaald. U kan het tot 4 juli afhalen op het secretariaat tijdens de kantooruren.

Met vriendelijke groeten,
Greet Vanderlinden
Leerlingensecretariaat
Sint-Pieterscollege Kessel-Lo
Diestsesteenweg 112, 3010 Kessel-Lo
tel. 016 48 27 90""",
     rules=["personal_data"], about=["floor"], note="school phone number in the signature", day=(6, 30))

mail("pd-iban-terugbetaling", S("rv"), [PAR("noor", 1)], "terugbetaling ontbijt",
     """Beste mevrouw Haesaerts,

Noor (5D) was niet aanwezig op het examenontbijt; we betalen u de 6 euro terug op het rekeningnummer dat u doorgaf: """ + iban_be("7350091255") + """.

Vriendelijke groeten,
Rita Vandenberghe""",
     rules=["personal_data"], about=["noor"], note="parent's IBAN for a refund", day=(6, 27))

mail("pd-examencommissie-geboortedatum", S("gvl"), [("Examencommissie secundair onderwijs", "inschrijvingen@examencommissie-vl.be")],
     "Inschrijving tweede zittijd - leerling Sint-Pieterscollege",
     """Goedemiddag,

Een leerling van ons wil in augustus via de Examencommissie één vak afleggen om zijn diploma te behalen.

Naam: Senne Vervoort
Geboortedatum: 22/09/2006
Opleiding: ASO Economie-Moderne Talen

Kan u mij laten weten welke documenten de school moet bezorgen?

Met vriendelijke groeten,
Greet Vanderlinden""",
     rules=["personal_data"], about=["senne"], note="date of birth in a registration request", day=(6, 30))

mail("pd-gsm-papa", S("gvl"), [S("tve")], "vader van Kobe belt terug",
     """Tom,

De papa van Kobe Raes (4A) wil je graag spreken over de inzage van het examen wiskunde. Je kan hem bellen op 0478 61 29 05, best na 17u.

Greet""",
     rules=["personal_data"], about=["kobe"], note="parent's mobile number in an internal note", day=(6, 27), mailer="")

mail("pd-signature-gsm-jury", S("kwo"), [("Dhr. Marc Deprez", "marc.deprez@kaheho-leuven.be")], "RE: deliberatie 25 juni",
     """Geachte heer Deprez,

Heel graag. De deliberatie start om 13u30; ik kom u om 13u15 halen aan het onthaal. Mocht u vertraging hebben, bel me gerust.

Met vriendelijke groeten,
Kristien Wouters
Directeur Sint-Pieterscollege Kessel-Lo
gsm +32 479 55 12 80""",
     rules=["personal_data"], note="director's mobile number in the signature", day=(6, 21), reply=True, tags=["reply"])

mail("pd-exchange-dob-en", S("nc"), [("Mrs Claire Hughes", "c.hughes@st-albans-academy.co.uk")], "Exchange September - participant details",
     """Dear Claire,

As promised, here are the details of the second pupil for the exchange in September, for your insurance:

Name: Olivia Smith
Date of birth: 7 November 2009
Class: 4B

She passed all her June exams, so she is free to join. Flight details to follow.

Best wishes,
Nadia Chaouki""",
     rules=["personal_data"], about=["olivia"], lang="en", note="date of birth sent to a partner school", day=(6, 27))

mail("ord-examenrooster-xlsx", S("bl"), [S("gvl")], "examenrooster definitief",
     """Greet,

In bijlage het definitieve examenrooster. Kan je het op Smartschool zetten en afdrukken voor de klassen?

Bart""",
     att=[("Examenrooster_juni_2025.xlsx", None)], att_text="xlsx:rooster",
     note="ordinary schedule as xlsx", day=(5, 26))

mail("ord-examen-pdf-doorsturen", S("asg"), [S("gvl")], "examen biologie 5de jaar - afdrukken",
     """Greet,

Het examen biologie 5de jaar (4 pagina's, recto verso, 88 exemplaren). Graag nieten linksboven.

Ann-Sofie""",
     att=[("Examen_BIO_5_juni2025.pdf", None)], att_text="pdf:bio",
     note="exam paper as PDF to print", day=(6, 3))

mail("ord-correctie-afspraken", S("ms"), [S("yb")], "parallel verbeteren economie",
     """Yasmine,

Zullen we de examens economie van 5B en 5D parallel verbeteren? Ik stel voor dat ik vraag 1-5 doe en jij 6-10, zodat we dezelfde normen hanteren. Donderdag na 14u in de bib?

Marijke""",
     note="ordinary colleague mail", day=(6, 17))

mail("ord-catering-delib", S("kwo"), [("Bakkerij Vanhoudt", "bestellingen@bakkerij-vanhoudt.be")], "bestelling broodjes 25 en 26 juni",
     """Goedemorgen,

Graag bestellen we voor woensdag 25 en donderdag 26 juni telkens 45 belegde broodjes (waarvan 10 vegetarisch), te leveren om 12u aan de hoofdingang.
Factuur op naam van Sint-Pieterscollege, Kessel-Lo.

Met vriendelijke groeten,
Kristien Wouters""",
     note="catering order to a supplier", day=(6, 16))

mail("ord-dpo-vraag", S("sva"), [S("dpo")], "vraag: examenkopijen met aanpassingen bewaren",
     """Dag Joris,

Mogen we op de examenkopijen van leerlingen met aanpassingen noteren welke aanpassing ze kregen, of moet dat apart bewaard worden? Ik wil vermijden dat die info bij de gewone kopijen in het archief zit.

Sofie""",
     note="question to the DPO in general terms, no pupil", day=(6, 4))

mail("ord-csv-lokalen", S("gvl"), [S("bl")], "lokaalverdeling examens (csv)",
     """Bart,

De export van de lokaalverdeling uit Untis als csv, zoals gevraagd.

Greet""",
     att=[("lokaalverdeling_juni.csv", None)], att_text="csv:lokalen",
     note="room allocation CSV, no pupil data", day=(6, 5))

# =========================================================================== attachments with generated content
def gen_att(key):
    r = random.Random(SEED + len(key) * 7919 + sum(map(ord, key)))
    kind, what = key.split(":")
    if key == "csv:startpw":
        rows = [["Intern nummer", "Naam", "Voornaam", "Klas", "Gebruikersnaam", "Startwachtwoord"]]
        for c in ["1A", "1B", "1C", "1D", "1E"]:
            for pid, f, l in NAMES(c):
                pw = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789") for _ in range(8)) + r.choice("!#%")
                rows.append([pid, l, f, c, "%s.%s" % (slugname(f), slugname(l)), pw])
        txt = "\n".join(";".join(map(str, x)) for x in rows)
        return csv_bytes(rows), txt
    if key == "xlsx:laptops":
        rows = [["Laptop", "Lokaal", "Gebruiker", "Wachtwoord", "Software"]]
        for i in range(1, 9):
            rows.append(["EX-%02d" % i, "B014" if i > 4 else "B206", "examen%02d" % i,
                         "Lz%02d-%s!" % (i, r.choice(["Dijle", "Kessel", "Stroom", "Vaart"])) + str(r.randint(100, 999)),
                         "Sprint + SEB"])
        return xlsx_bytes(rows, "Laptops"), "\n".join(" ".join(map(str, x)) for x in rows)
    if key == "docx:seb":
        paras = ["Instructies surveillanten - digitale examens juni 2025",
                 "1. Start de laptops 10 minuten voor het examen.",
                 "2. Leerlingen melden aan met hun Smartschool-account en openen Safe Exam Browser via de snelkoppeling.",
                 "3. Loopt een laptop vast: druk Ctrl+Q en geef het stopwachtwoord in: Surv-Stop-2025#",
                 "4. Noteer op het verslag welke leerling van laptop wisselde.",
                 "5. Na het examen: laptops in de kar, stekker erin."]
        return docx_bytes(paras), "\n".join(paras)
    if key == "pdf:delib6a":
        lines = ["Deliberatie 6A - voorlopige punten (juni 2025)", ""]
        for pid, f, l in NAMES("6A"):
            lines.append("%s %s    gemiddelde %d%%" % (f, l, r.randint(52, 86)))
        return pdf_bytes(lines, "Deliberatie 6A"), "\n".join(lines)
    if key == "ps1:lockdown":
        t = ("# examenmodus.ps1 - Sint-Pieterscollege ICT\r\n"
             "Set-ItemProperty -Path 'HKLM:\\SYSTEM\\CurrentControlSet\\Services\\USBSTOR' -Name Start -Value 4\r\n"
             "$pw = ConvertTo-SecureString 'SpcAdm!n-Examen25' -AsPlainText -Force\r\n"
             "Set-LocalUser -Name 'spcadmin' -Password $pw\r\n"
             "Restart-Computer -Force\r\n")
        return t.encode("utf-8"), t
    if key == "docx:kiano":
        paras = ["Evaluatie handelingsplan - Kiano Mbala (3D) - juni 2025",
                 "Aanleiding: dyspraxie (diagnose kinderneuroloog, 2023); opvolging door CLB en ergotherapeut.",
                 "Aanpassingen: examens op laptop, 25% extra tijd, geen punten voor vormgeving bij tekenopdrachten.",
                 "Evaluatie: de laptop werkt goed; extra tijd werd bij 5 van de 9 examens gebruikt.",
                 "Voorstel volgend schooljaar: aanpassingen behouden, ergotherapie verder zetten."]
        return docx_bytes(paras), "\n".join(paras)
    if key == "pdf:beroep":
        lines = ["Beroepsprocedure tegen een beslissing van de klassenraad - schooljaar 2024-2025",
                 "1. Overleg met de directeur binnen 3 kalenderdagen na de rapportuitreiking.",
                 "2. Eventueel nieuwe bijeenkomst van de klassenraad.",
                 "3. Schriftelijk beroep bij de voorzitter van het schoolbestuur binnen 7 kalenderdagen.",
                 "4. Beslissing van de beroepscommissie uiterlijk 15 september."]
        return pdf_bytes(lines, "Beroepsprocedure"), "\n".join(lines)
    if key == "pdf:clb":
        lines = ["Vrij CLB Dijle - infobrief zomer 2025",
                 "Het CLB is gesloten van 21 juli tot 15 augustus.",
                 "Met vragen over studiekeuze, leren, welbevinden of gezondheid kan je terecht bij je CLB-medewerker.",
                 "Anoniem chatten kan via CLBch@t."]
        return pdf_bytes(lines, "Infobrief CLB"), "\n".join(lines)
    if key == "xlsx:chemie":
        rows = [["Naam", "Voornaam", "Klas", "Examen chemie (/80)", "Dagelijks werk (/20)", "Totaal (/100)"]]
        for pid, f, l in NAMES("5D"):
            a, b = r.randint(30, 78), r.randint(9, 19)
            rows.append([l, f, "5D", a, b, a + b])
        return xlsx_bytes(rows, "5D"), "\n".join(" ".join(map(str, x)) for x in rows)
    if key == "xlsx:rooster":
        rows = [["Datum", "Graad", "Vak", "Uur"],
                ["di 10/6", "1ste graad", "Nederlands", "8u30"], ["di 10/6", "2de graad", "wiskunde", "8u30"],
                ["wo 11/6", "3de graad", "Frans", "8u30"], ["do 12/6", "2de graad", "Frans", "8u30"],
                ["vr 13/6", "1ste graad", "wiskunde", "8u30"], ["ma 16/6", "alle", "Engels", "8u30"],
                ["ma 23/6", "alle", "inhaalexamens", "8u30"], ["di 24/6", "alle", "inhaalexamens", "8u30"]]
        return xlsx_bytes(rows, "Rooster"), "\n".join(" ".join(map(str, x)) for x in rows)
    if key == "pdf:bio":
        lines = ["Examen biologie - 5de jaar - juni 2025", "Naam: ..................  Klas: .....",
                 "Vraag 1. Leg de werking van de natrium-kaliumpomp uit. (/6)",
                 "Vraag 2. Teken een neuron en duid de onderdelen aan. (/8)",
                 "Vraag 3. Vergelijk mitose en meiose in een tabel. (/10)"]
        return pdf_bytes(lines, "Examen BIO 5"), "\n".join(lines)
    if key == "csv:lokalen":
        rows = [["Klas", "Lokaal", "Aantal plaatsen"]] + [[c, r.choice(["B101", "B110", "B204", "C102", "C201", "sporthal", "refter"]), r.randint(18, 26)] for c in CLASSES]
        return csv_bytes(rows, bom=False, enc="cp1252"), "\n".join(";".join(map(str, x)) for x in rows)
    raise KeyError(key)

for _m in MAILS:
    if _m["att_text"]:
        keys = _m["att_text"].split(",")
        texts = []
        newatt = []
        ki = 0
        for fn, data in _m["att"]:
            if data is None:
                data, t = gen_att(keys[ki]); ki += 1
                texts.append(t)
            newatt.append((fn, data))
        _m["att"] = newatt
        _m["att_text"] = "\n".join(texts)
    else:
        texts = []
        for fn, data in _m["att"]:
            if fn.endswith((".txt", ".csv")):
                texts.append(data.decode("utf-8", "replace"))
        _m["att_text"] = "\n".join(texts)
    assert all(d is not None for _, d in _m["att"]), _m["slug"]

# =========================================================================== checks, output
DANGEROUS = (".exe", ".bat", ".cmd", ".com", ".js", ".jse", ".vbs", ".vbe", ".ps1", ".scr", ".msi", ".docm",
             ".xlsm", ".pptm", ".iso", ".img", ".jar", ".hta", ".lnk", ".wsf")
PHONE_RE = re.compile(r"(?<![\w+/.-])(?:\+32 ?|0032 ?|0)(?:4\d{2}|[1-9]\d?)(?:[ ./]?\d{2}){2,3}(?![\w/-])")
IBAN_RE = re.compile(r"\bBE\d{2}(?:\s?\d{4}){3}\b")
RRN_RE = re.compile(r"\b\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}\b")
DOB_RE = re.compile(r"(?i)(geboortedatum|date of birth|date de naissance|geboren op|°)")

def is_school(addr):
    d = addr.split("@")[1].lower()
    return any(d == s for s in SCHOOL_DOMAINS)

def is_group(addr):
    lp = addr.split("@")[0].lower()
    return bool(re.match(r"^(ouders|leerlingen|personeel|vakgroep|leerkrachten|klas)", lp))

def check(m, rcpt):
    errs = []
    rules = set(m["rules"])
    vis = [A(a)[1] for a in m["to"] + m["cc"]]
    ext = [a for a in vis if not is_school(a)]
    want_bcc = any(is_group(a) for a in vis) or len(ext) >= 2
    if want_bcc != ("bcc" in rules):
        errs.append("bcc mismatch %s" % vis)
    frm = A(m["frm"])[1]
    if not is_school(frm) and not m["private_ok"] and "private_account" not in rules:
        errs.append("private sender without rule")
    if "private_account" in rules and is_school(frm) and all(is_school(a) for a in rcpt):
        errs.append("private_account rule but nothing private")
    if m["private_ok"] and rules:
        errs.append("private_ok with rules")
    if ("sensitive" in rules) != bool(m["cats"]):
        errs.append("sensitive/cats mismatch")
    names = [fn.lower() for fn, _ in m["att"]]
    for fn, data in m["att"]:
        if fn.lower().endswith(".zip"):
            names += [n.lower() for n in zipfile.ZipFile(io.BytesIO(data)).namelist()]
    if any(n.endswith(DANGEROUS) for n in names) != ("attachment" in rules):
        errs.append("attachment mismatch %s" % names)
    # recipients vs about
    about = [H.get(a, a) for a in m["about"]]
    for a in about:
        assert a in PUPILS, (m["slug"], a)
    if about:
        own = set()
        for a in about:
            own.update(x for x in (PUPILS[a]["p1"], PUPILS[a]["p2"], PUPILS[a]["mail"]) if x)
        other_parent = any(x in PARENT_OF and not (set(PARENT_OF[x]) & set(about)) for x in rcpt)
        mis = other_parent and not (own & set(rcpt))
        if mis != m["mis"]:
            errs.append("misdirected mismatch (computed %s)" % mis)
        for a in about:
            rec = PUPILS[a]
            text = m["body"] + m["att_text"] + m["subj"]
            if len(about) <= 6 and rec["first"] not in text + (text_table(m["table"]) if m["table"] else ""):
                errs.append("pupil %s %s not named" % (rec["first"], rec["last"]))
    elif m["mis"]:
        errs.append("mis without about")
    text = "\n".join([m["subj"], m["body"], m["att_text"]])
    if m["table"]:
        text += "\n" + text_table(m["table"])
    pd_hits = PHONE_RE.findall(text) + IBAN_RE.findall(text) + RRN_RE.findall(text) + DOB_RE.findall(text)
    if bool(pd_hits) != ("personal_data" in rules):
        errs.append("personal_data mismatch %s" % pd_hits)
    return errs, about

def ystr(s):
    return json.dumps(s, ensure_ascii=False)

def ylist(xs):
    return "[" + ", ".join(xs) + "]"

def main():
    order = list(range(len(MAILS)))
    random.Random(SEED + 2).shuffle(order)
    for f in os.listdir(HERE):
        if re.match(r"^\d{3}-.*\.eml$", f):
            os.remove(os.path.join(HERE, f))
    slugs = [m["slug"] for m in MAILS]
    assert len(slugs) == len(set(slugs)), "duplicate slug"
    out = ["# batch60 - June exams, exam laptops and passwords, accommodations, cheating, deliberation and appeals at the Kessel-Lo campus (Stroom/LKSD)", ""]
    problems = 0
    for n, i in enumerate(order, 1):
        m = MAILS[i]
        fname = "%03d-%s.eml" % (n, m["slug"])
        data, fmt, mfrom, rcpt = render(m, n)
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(data)
        errs, about = check(m, rcpt)
        for e in errs:
            print("CHECK", fname, e)
            problems += 1
        order_rules = ["password", "sensitive", "personal_data", "bcc", "private_account", "attachment", "recipient"]
        rules = [r for r in order_rules if r in m["rules"] or (r == "recipient" and m["mis"])]
        out.append("%s:" % fname)
        out.append("  rules: %s" % ylist(rules))
        if m["cats"]:
            out.append("  categories: {sensitive: %s}" % ylist(m["cats"]))
        out.append("  mail_from: %s" % ystr(mfrom))
        out.append("  rcpt: %s" % ylist(ystr(x) for x in rcpt))
        out.append("  about: %s" % ylist(about))
        out.append("  misdirected: %s" % ("true" if m["mis"] else "false"))
        out.append("  note: %s" % ystr(m["note"]))
        out.append("  lang: %s" % m["lang"])
        out.append("  format: %s" % ylist(fmt))
        out.append("")
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    with open(os.path.join(HERE, "roster.csv"), "w", encoding="utf-8-sig", newline="") as fh:
        fh.write("Intern nummer;Voornaam;Naam;Klas;E-mailadres leerling;E-mailadres ouder 1;E-mailadres ouder 2\r\n")
        for pid in sorted(PUPILS, key=lambda p: (CLASSES.index(PUPILS[p]["cls"]), PUPILS[p]["last"], PUPILS[p]["first"])):
            r = PUPILS[pid]
            fh.write(";".join([pid, r["first"], r["last"], r["cls"], r["mail"], r["p1"], r["p2"]]) + "\r\n")
    print("mails:", len(MAILS), "pupils:", len(PUPILS), "check problems:", problems)

if __name__ == "__main__":
    main()
