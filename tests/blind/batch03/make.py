#!/usr/bin/env python3
"""Batch 03 of blind labelled school mail (Sint-Pieterscollege Leuven).

Deterministic: fixed dates, boundaries, message ids and a seeded roster.
Standard library only.  Run:  python3 make.py
"""
import base64
import csv
import hashlib
import io
import os
import quopri
import random
import re
import unicodedata
from email.header import Header
from email.utils import formataddr
from email import policy
from email.parser import BytesParser

OUT = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- roster
FEATURED = [
    # id, first, last, class, parent 1, parent 2
    ("P0003", "Eline", "Vos", "1A", "katrien.vos@telenet.be", ""),
    ("P0005", "Zakaria", "Mansouri", "1A", "nadia.mansouri@hotmail.com", "rachid.mansouri@gmail.com"),
    ("P0007", "Ilias", "Haddouchi", "1A", "samira.haddouchi@gmail.com", ""),
    ("P0008", "Yassine", "Mansour", "1A", "leila.mansour@gmail.com", ""),
    ("P0014", "Robin", "Jacobs", "1B", "veerle.jacobs@telenet.be", "stijn.jacobs@gmail.com"),
    ("P0016", "Chloé", "Dumont", "1B", "isabelle.dumont@skynet.be", ""),
    ("P0017", "Ella", "Schoofs", "1B", "els.schoofs@outlook.com", ""),
    ("P0019", "Divine", "Mbala", "1B", "josephine.mbala@gmail.com", ""),
    ("P0030", "Zoë", "Bogaerts", "1C", "tine.bogaerts@telenet.be", "geert.bogaerts@proximus.be"),
    ("P0032", "Elif", "Kaya", "1C", "ayse.kaya@hotmail.com", ""),
    ("P0033", "Rosa", "Jacobs", "1C", "an.jacobs@hotmail.com", ""),
    ("P0035", "Bilal", "Ait Taleb", "1C", "mustapha.aittaleb@hotmail.com", "khadija.aittaleb@gmail.com"),
    ("P0036", "Nore", "Van Acker", "1C", "liesbeth.vanacker@gmail.com", "bert.vanacker@telenet.be"),
    ("P0046", "Tibo", "Wuyts", "1D", "kaat.wuyts@telenet.be", ""),
    ("P0048", "Elise", "Pieters", "1D", "greet.pieters@skynet.be", ""),
    ("P0049", "Lina", "El Ouali", "1D", "hafida.elouali@gmail.com", ""),
    ("P0061", "Milan", "Desmet", "2A", "ann.desmet@telenet.be", ""),
    ("P0064", "Senne", "Govaerts", "2A", "hilde.govaerts@telenet.be", "wim.govaerts@gmail.com"),
    ("P0066", "Robbe", "Michiels", "2A", "caroline.michiels@hotmail.com", ""),
    ("P0068", "Kobe", "Aerts", "2A", "joke.aerts@telenet.be", ""),
    ("P0073", "Emma", "De Wit", "2B", "lies.dewit@gmail.com", ""),
    ("P0075", "Kato", "Smits", "2B", "evi.smits@telenet.be", ""),
    ("P0077", "Zofia", "Nowak", "2B", "marta.nowak@gmail.com", "tomasz.nowak@gmail.com"),
    ("P0078", "Oscar", "Lindqvist", "2B", "erik.lindqvist@gmail.com", "anna.lindqvist@outlook.com"),
    ("P0083", "Yusuf", "Benali", "2C", "karim.benali@gmail.com", ""),
    ("P0085", "Tuur", "Claes", "2C", "ellen.claes@telenet.be", ""),
    ("P0087", "Warre", "Claessens", "2C", "ellen.claessens@gmail.com", ""),
    ("P0088", "Finn", "Hermans", "2C", "lies.hermans@proximus.be", ""),
    ("P0093", "Kevin", "Dubois", "2D", "sandrine.dubois@hotmail.com", ""),
    ("P0095", "Yasmine", "El Khattabi", "2D", "nadia.elkhattabi@hotmail.com", ""),
    ("P0096", "Noor", "Hendrickx", "2D", "tom.hendrickx@skynet.be", ""),
    ("P0097", "Julie", "Verbeke", "2D", "sofie.verbeke@telenet.be", ""),
    ("P0110", "Kenzo", "Leemans", "3A", "jessica.leemans@gmail.com", ""),
    ("P0113", "Mathis", "Renard", "3A", "valerie.renard@skynet.be", ""),
    ("P0115", "Elise", "Peeters", "3A", "bart.peeters@telenet.be", ""),
    ("P0118", "Emre", "Kaya", "3A", "ayse.kaya@hotmail.com", ""),
    ("P0121", "Grace", "Mbala", "3C", "josephine.mbala@gmail.com", ""),
    ("P0124", "Ayoub", "Chakir", "3C", "latifa.chakir@gmail.com", ""),
    ("P0127", "Wout", "De Backer", "3C", "koen.debacker@telenet.be", ""),
    ("P0129", "Jarne", "Wijnants", "3C", "kathleen.wijnants@gmail.com", ""),
    ("P0130", "Jarne", "Vinck", "3C", "dirk.vinck@telenet.be", ""),
    ("P0147", "Lore", "Vermeulen", "3B", "sofie.dhondt@telenet.be", "kris.vermeulen@gmail.com"),
    ("P0150", "Mats", "Vervoort", "3B", "nele.vervoort@telenet.be", ""),
    ("P0152", "Jonas", "Lenaerts", "3B", "jan.lenaerts@skynet.be", ""),
    ("P0154", "Ruben", "Segers", "3B", "ilse.segers@hotmail.com", ""),
    ("P0160", "Amira", "Bouzid", "3B", "fatima.bouzid@hotmail.com", ""),
    ("P0170", "Oliwia", "Kowalska", "3D", "agnieszka.kowalska@gmail.com", ""),
    ("P0172", "Léa", "Lefèvre", "3D", "marie.lefevre@skynet.be", ""),
    ("P0180", "Lucas", "Vandamme", "4B", "mieke.vandamme@telenet.be", ""),
    ("P0184", "Thomas", "Goossens", "4A", "bieke.goossens@telenet.be", ""),
    ("P0185", "Jana", "Coppens", "4A", "sandra.coppens@hotmail.com", ""),
    ("P0186", "Mila", "Janssen", "4A", "karolien.janssen@gmail.com", ""),
    ("P0187", "Lotte", "Van Den Broeck", "4A", "hilde.vandenbroeck@telenet.be", ""),
    ("P0190", "Lukas", "Jansen", "4B", "nathalie.jansen@gmail.com", ""),
    ("P0193", "Dylan", "Verstraeten", "4B", "kelly.verstraeten@hotmail.com", ""),
    ("P0196", "Luka", "Janssens", "4D", "peter.janssens@proximus.be", ""),
    ("P0198", "Arne", "Vandeputte", "4D", "an.vandeputte@telenet.be", "frank.vandeputte@gmail.com"),
    ("P0199", "Salma", "Benali", "4D", "karim.benali@gmail.com", ""),
    ("P0203", "Febe", "Dhaene", "4C", "veerle.dhaene@telenet.be", ""),
    ("P0221", "Rayan", "Bakkali", "5A", "mohamed.bakkali@hotmail.com", ""),
    ("P0226", "Kacper", "Nowak", "5A", "marta.nowak@gmail.com", "tomasz.nowak@gmail.com"),
    ("P0231", "Emma", "De Wilde", "5B", "sarah.dewilde@outlook.com", ""),
    ("P0236", "Noah", "Peeters", "5C", "lien.peeters@gmail.com", ""),
    ("P0239", "Sanne", "Willems", "5C", "karen.willems@telenet.be", ""),
    ("P0245", "Amber", "Lemmens", "5D", "tinne.lemmens@telenet.be", ""),
    ("P0250", "Mert", "Kaya", "6A", "ayse.kaya@hotmail.com", ""),
    ("P0252", "Sam", "Dewulf", "6A", "bram.dewulf@gmail.com", ""),
    ("P0257", "Marie", "Van Hecke", "6B", "ann.vanhecke@skynet.be", ""),
    ("P0264", "Noor", "Hendriks", "6C", "inge.hendriks@telenet.be", ""),
    ("P0271", "Jens", "Van Rompuy", "6D", "kristien.vanrompuy@telenet.be", ""),
    ("P0274", "Ward", "Deprez", "6D", "lut.deprez@gmail.com", ""),
]

# origin groups: (weight, boys, girls, surnames, mothers, fathers); Polish surnames get a female form
GROUPS = [
    (58, "Arthur Louis Jules Lars Seppe Wannes Stan Bent Vic Lander Milo Jef Bas Staf Rune Siebe Toon Lowie "
         "Cas Daan Nathan Victor Emiel Hannes Ferre Jasper Michiel Gust Remi Tijs Lowen Matteo Elias",
     "Nina Fien Marthe Liv Jade Ines Silke Margot Lisa Laura Fleur Amelie Axelle Lucie Roos Floor Ilona Saar "
     "Tess Estelle Lena Ona Mirthe Yana Nell Juliette Louise Paulien Jolien Britt Oona Noa",
     "Vermeiren|Van Goethem|De Cock|Verhoeven|Smeets|Geerts|Jorissen|Van Dyck|Lemaire|Dockx|Van Loock|"
     "Dewaele|Boeckx|Luyten|Schelfhout|Stroobants|Vanhove|Thys|Torfs|Vandevelde|Bollen|Raes|Moors|Celis|"
     "Coenen|Pauwels|Daems|Huybrechts|Verlinden|Vanderlinden|Verbruggen|Sels|Swinnen|Nys|Cools|Van Roey|"
     "Hoebeke|Laenen|Vanstraelen|Michielsen|Bruneel|Denys|Van Assche|Schoovaerts|Vangeel|Wellens|"
     "Peremans|Boon|Smolders",
     "an els kathleen inge veerle sofie leen katrien nathalie hilde ilse saskia evelien karen tine miek "
     "liesbet joke nele",
     "bart kris koen tom peter johan dirk wim geert stefaan filip jan pieter steven wouter"),
    (16, "Hamza Adam Anas Soufiane Ayman Khalil Othman Idris Ilyas Rayane Amine",
     "Imane Aya Ikram Sara Hajar Rania Nour Salma2 Yousra Malak",
     "El Hamdaoui|Azzaoui|Boukhari|Zerrouki|Lahlou|Ouazzani|Bouchtaoui|Amrani2|El Idrissi|Essafi",
     "nadia samira fatima hafida khadija souad naima",
     "karim rachid ahmed mustafa hicham youssef"),
    (8, "Berk Kerem Eymen Emir Burak Arda", "Ece Zeynep Selin Elif2 Defne Melis",
     "Yilmaz|Demir|Çelik|Arslan|Öztürk|Aydin|Doğan|Şahin",
     "ayse emine hatice sevgi", "mehmet ali hasan murat"),
    (8, "Jakub Filip Antoni Szymon Mikołaj Kacper2", "Maja Hanna Wiktoria Zuzanna Julia",
     "Wiśniewski|Zieliński|Lewandowski|Kamiński|Mazur|Wójcik|Kowalczyk",
     "magda ewa joanna katarzyna", "piotr marek tomasz pawel"),
    (10, "Exaucé Glodi Prince Jonathan Christian Grâce-Divin Daniel", "Merveille Christelle Blessing Esther Ruth Plamedi",
     "Kabongo|Mukendi|Tshibangu|Ilunga|Lukusa|Mbuyi|Kalonji|Nsimba",
     "mireille chantal josiane nadège", "jean-pierre patrick didier serge"),
]
GROUPS = [(w, [x for x in m.split() if not x.endswith("2")], [x for x in f.split() if not x.endswith("2")],
           [x for x in l.split("|") if not x.endswith("2")], mo.split(), fa.split())
          for w, m, f, l, mo, fa in GROUPS]


def female_form(last):
    return last[:-1] + "a" if last.endswith(("ski", "cki")) else last


DOMAINS = ["telenet.be", "gmail.com", "hotmail.com", "skynet.be", "proximus.be", "outlook.com"]
CLASSES = [f"{y}{c}" for y in range(1, 7) for c in "ABCD"]


def ascii_slug(s):
    s = unicodedata.normalize("NFKD", s).replace("ł", "l")
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]", "", s.lower())


def pupil_mail(first, last):
    return f"{ascii_slug(first)}.{ascii_slug(last)}@leerling.sintpieterscollege.be"


def initials(first, last):
    return first[0] + "." + last[0] + "."


def build_roster():
    rnd = random.Random(20250303)
    target = {c: (12 if int(c[0]) <= 4 else 11) for c in CLASSES}
    rows = [dict(id=i, first=f, last=l, cls=c, p1=p1, p2=p2) for i, f, l, c, p1, p2 in FEATURED]
    feat_first = {r["first"] for r in rows}
    used_ids = {r["id"] for r in rows}
    used_names = {(r["first"], r["last"]) for r in rows}
    used_parent = {r["p1"] for r in rows} | {r["p2"] for r in rows if r["p2"]}
    feat_init = {(initials(r["first"], r["last"]), r["cls"]) for r in rows}
    free_ids = [f"P{n:04d}" for n in range(1, 281) if f"P{n:04d}" not in used_ids]
    rnd.shuffle(free_ids)
    for c in CLASSES:
        have = sum(1 for r in rows if r["cls"] == c)
        while have < target[c]:
            grp = rnd.choices(GROUPS, weights=[g[0] for g in GROUPS])[0]
            boy = rnd.random() < 0.5
            first = rnd.choice(grp[1] if boy else grp[2])
            base = rnd.choice(grp[3])
            last = base if boy else female_form(base)
            if first in feat_first or (first, last) in used_names:
                continue
            if (initials(first, last), c) in feat_init:
                continue
            mum = rnd.choice(grp[4])
            dad = rnd.choice(grp[5])
            ls = ascii_slug(base)
            lsm = ascii_slug(female_form(base))
            pats = [f"{mum}.{lsm}@{rnd.choice(DOMAINS)}", f"{dad}.{ls}@{rnd.choice(DOMAINS)}",
                    f"{mum}{lsm}{rnd.randint(60, 89)}@{rnd.choice(DOMAINS)}",
                    f"{dad[0]}.{ls}@{rnd.choice(DOMAINS)}"]
            p1 = pats[rnd.choice([0, 0, 2, 3])]
            p2 = pats[1] if rnd.random() < 0.45 else ""
            if p1 in used_parent or (p2 and p2 in used_parent) or p1 == p2:
                continue
            used_parent |= {p1, p2} - {""}
            used_names.add((first, last))
            rows.append(dict(id=free_ids.pop(), first=first, last=last, cls=c, p1=p1, p2=p2))
            have += 1
    assert not free_ids and len(rows) == 280
    for r in rows:
        r["mail"] = pupil_mail(r["first"], r["last"])
    rows.sort(key=lambda r: (r["cls"], r["last"], r["first"]))
    return rows


ROSTER = build_roster()
BYID = {r["id"]: r for r in ROSTER}


def write_roster():
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(["Intern nummer", "Voornaam", "Naam", "Klas", "E-mailadres leerling",
                "E-mailadres ouder 1", "E-mailadres ouder 2"])
    for r in ROSTER:
        w.writerow([r["id"], r["first"], r["last"], r["cls"], r["mail"], r["p1"], r["p2"]])
    with open(os.path.join(OUT, "roster.csv"), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


def P(pid):
    return BYID[pid]


# ---------------------------------------------------------------- people
S = "@sintpieterscollege.be"
STAFF = {
    "griet": ("Griet Vandenberghe", "griet.vandenberghe" + S, "adjunct-directeur"),
    "gvdb": ("Griet Vandenberghe", "gvdb@spc.ksleuven.be", "adjunct-directeur"),
    "johan": ("Johan Peetermans", "johan.peetermans" + S, "directeur"),
    "sarah": ("Sarah Lambrechts", "sarah.lambrechts" + S, "zorgcoördinator"),
    "nordin": ("Nordin Azzouzi", "nordin.azzouzi" + S, "leerlingenbegeleider 2de en 3de graad"),
    "hanne": ("Hanne Cuypers", "hanne.cuypers" + S, "zorgleerkracht 1ste graad"),
    "annick": ("Annick Wouters", "annick.wouters" + S, "secretariaat"),
    "rudi": ("Rudi Verhulst", "rudi.verhulst" + S, "boekhouding"),
    "tom": ("Tom Schepers", "tom.schepers" + S, "ICT-coördinator"),
    "tsc": ("Tom Schepers", "tsc@spc.ksleuven.be", "ICT-coördinator"),
    "lien": ("Lien Maes", "lien.maes" + S, "leerkracht wiskunde, klastitularis 3B"),
    "koen": ("Koen De Smedt", "koen.desmedt" + S, "leerkracht LO"),
    "fatma": ("Fatma Yildiz", "fatma.yildiz" + S, "leerkracht Frans, klastitularis 5C"),
    "wouter": ("Wouter Van Hoof", "wouter.vanhoof" + S, "leerkracht geschiedenis, klastitularis 2A"),
    "ann": ("Ann Heylen", "ann.heylen" + S, "leerkracht Nederlands, klastitularis 1B"),
    "joris": ("Joris Mertens", "joris.mertens" + S, "leerkracht wetenschappen, klastitularis 4A"),
    "elke": ("Elke Vanhaelen", "elke.vanhaelen" + S, "leerkracht Engels, klastitularis 6B"),
    "bram": ("Bram Goris", "bram.goris" + S, "leerkracht aardrijkskunde, klastitularis 6D"),
    "ilse": ("Ilse Dierckx", "ilse.dierckx" + S, "opvoeder - leerlingensecretariaat"),
    "kristof": ("Kristof Smets", "kristof.smets" + S, "technisch adviseur"),
    "nathalie": ("Nathalie Bosmans", "nathalie.bosmans" + S, "leerkracht Latijn, klastitularis 4C"),
    "sven": ("Sven Wijns", "sven.wijns" + S, "leerkracht economie, klastitularis 6A"),
    "pj": ("Pieter-Jan Verhaegen", "pj.verhaegen" + S, "leerkracht informatica"),
    "mohamed": ("Mohamed El Amrani", "mohamed.elamrani" + S, "klastitularis 2D"),
    "sofie": ("Sofie Raets", "sofie.raets" + S, "klastitularis 3C"),
    "veerle": ("Veerle Van Genechten", "veerle.vangenechten" + S, "klastitularis 1C"),
    "dries": ("Dries Van Eycken", "dries.vaneycken" + S, "klastitularis 2C"),
    "lieve": ("Lieve Baeten", "lieve.baeten" + S, "klastitularis 1D"),
    "jan": ("Jan Thijs", "jan.thijs" + S, "klastitularis 4B"),
    "gert": ("Gert Lauwers", "gert.lauwers" + S, "klastitularis 5A"),
    "magda": ("Magda Stevens", "magda.stevens" + S, "onthaal"),
    "katrijn": ("Katrijn Op de Beeck", "katrijn.opdebeeck" + S, "leerkracht Nederlands, klastitularis 2B"),
    "dieter": ("Dieter Vanlommel", "dieter.vanlommel" + S, "leerkracht wiskunde"),
    "els_clb": ("Els Verbiest", "els.verbiest@clb-leuven.be", "CLB-medewerker"),
    "moens_clb": ("dr. Pieter Moens", "pieter.moens@clb-leuven.be", "CLB-arts"),
    "ruth": ("Ruth Vanderhaegen", "ruth.vanderhaegen@leuven.be", "maatschappelijk werker OCMW Leuven"),
}
SCHOOL_TEL = "016 29 41 80"


def who(key):
    n, a, _ = STAFF[key]
    return (n, a)


def sig(key, tel=None, extra=""):
    n, a, role = STAFF[key]
    lines = [n, role[0].upper() + role[1:] if key not in ("els_clb", "moens_clb", "ruth") else role]
    if not key.endswith("_clb") and key != "ruth":
        lines.append("Sint-Pieterscollege Leuven")
    if tel:
        lines.append(tel)
    if extra:
        lines.append(extra)
    return "\n".join(lines)


# ---------------------------------------------------------------- MIME helpers
class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body        # bytes, CRLF line ends

    def bytes(self):
        h = b"".join(fold(n, v).encode("ascii") + b"\r\n" for n, v in self.headers)
        return h + b"\r\n" + self.body


def fold(name, value):
    line = f"{name}: {value}"
    if len(line) <= 78 or "\n" in value:
        return line.replace("\r\n", "\n").replace("\n", "\r\n")
    out, cur = [], f"{name}:"
    for word in value.split(" "):
        if len(cur) + 1 + len(word) > 76 and cur.strip() and cur != f"{name}:":
            out.append(cur)
            cur = " " + word
        else:
            cur = cur + " " + word
    out.append(cur)
    return "\r\n".join(out)


def hdr(s):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, "utf-8").encode(maxlinelen=76).replace("\n", "\r\n")


def ad(name, email):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        return formataddr((name, email))
    return formataddr((name, email), charset="utf-8")


def crlf(b):
    return b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def encode_body(raw, cte):
    if cte in ("7bit", "8bit"):
        return crlf(raw) if raw.endswith(b"\n") else crlf(raw + b"\n")
    if cte == "quoted-printable":
        return crlf(quopri.encodestring(raw.replace(b"\r\n", b"\n")))
    if cte == "base64":
        return crlf(base64.encodebytes(raw))
    raise ValueError(cte)


def text(body, subtype="plain", cte="8bit", charset="utf-8", filename=None, flowed=False):
    body = body.replace("\r\n", "\n")
    raw = body.encode(charset)
    if cte == "8bit" and all(c < 128 for c in raw):
        cte = "7bit"
    ct = f'text/{subtype}; charset="{charset}"'
    if flowed:
        ct += "; format=flowed"
    headers = [("Content-Type", ct if not filename else ct + f'; name="{filename}"'),
               ("Content-Transfer-Encoding", cte)]
    if filename:
        headers.append(("Content-Disposition", f'attachment; filename="{filename}"'))
    return Part(headers, encode_body(raw, cte))


def attach(data, ctype, filename, cte="base64"):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return Part([("Content-Type", f'{ctype}; name="{filename}"'),
                 ("Content-Transfer-Encoding", cte),
                 ("Content-Disposition", f'attachment; filename="{filename}"')],
                encode_body(data, cte))


def multipart(subtype, parts, boundary):
    bd = boundary.encode()
    body = b"This is a multi-part message in MIME format.\r\n\r\n" if subtype == "mixed" else b""
    for p in parts:
        b = p.bytes()
        if not b.endswith(b"\r\n"):
            b += b"\r\n"
        body += b"--" + bd + b"\r\n" + b
    body += b"--" + bd + b"--\r\n"
    eight = any(c > 127 for c in body)
    return Part([("Content-Type", f'multipart/{subtype};\r\n\tboundary="{boundary}"'),
                 ("Content-Transfer-Encoding", "8bit" if eight else "7bit")], body)


def rfc822(inner_bytes, filename=None):
    headers = [("Content-Type", "message/rfc822")]
    eight = any(c > 127 for c in inner_bytes)
    headers.append(("Content-Transfer-Encoding", "8bit" if eight else "7bit"))
    if filename:
        headers.append(("Content-Disposition", f'attachment; filename="{filename}"'))
    else:
        headers.append(("Content-Disposition", "inline"))
    return Part(headers, inner_bytes if inner_bytes.endswith(b"\r\n") else inner_bytes + b"\r\n")


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}
table.MsoTableGrid {border-collapse:collapse;}
td {border:solid windowtext 1.0pt; padding:0cm 5.4pt 0cm 5.4pt; vertical-align:top;}
--></style>
</head>
<body lang="NL-BE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""
OUTLOOK_TAIL = "</div>\n</body>\n</html>\n"


def outlook_html(inner):
    return OUTLOOK_HEAD + inner + OUTLOOK_TAIL


def simple_html(inner, title=""):
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + title +
            "</title></head>\n<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px\">\n" +
            inner + "\n</body></html>\n")


def paras(txt):
    """plain paragraphs -> Outlook <p class=MsoNormal> markup"""
    out = []
    for block in txt.strip("\n").split("\n\n"):
        lines = [esc(l) for l in block.split("\n")]
        out.append('<p class="MsoNormal">' + "<br>\n".join(lines) + "</p>\n<p class=\"MsoNormal\">&nbsp;</p>")
    return "\n".join(out) + "\n"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def table_html(rows, header=True):
    h = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">']
    for i, r in enumerate(rows):
        tag = "b" if header and i == 0 else None
        cells = []
        for c in r:
            c = esc(c).replace("\n", "<br>")
            cells.append(f'<td><p class="MsoNormal">{"<b>" + c + "</b>" if tag else c}</p></td>')
        h.append("<tr>" + "".join(cells) + "</tr>")
    h.append("</table>")
    return "\n".join(h) + "\n"


def table_text(rows):
    w = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    if max(w) > 40:  # Outlook's plain-text rendering of a wide table: tab-separated cells
        return "\n".join("\t".join(c.replace("\n", " ") for c in r) for r in rows)
    out = []
    for r in rows:
        out.append(" | ".join(c.replace("\n", " ").ljust(w[i]) for i, c in enumerate(r)).rstrip())
    return "\n".join(out)


def quote(txt):
    return "\n".join(("> " + l) if l else ">" for l in txt.strip("\n").split("\n"))


def alt(plain, html, boundary, cte="quoted-printable"):
    return multipart("alternative", [text(plain, "plain", cte), text(html, "html", cte)], boundary)


# ---------------------------------------------------------------- dates / ids
import datetime as _dt


def date(s):
    d = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    summer = (4 <= d.month <= 9) or (d.month == 3 and d.day >= 30) or (d.month == 10 and d.day < 27)
    off = "+0200" if summer else "+0100"
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + off


def msgid(slug, dom="sintpieterscollege.be"):
    h = hashlib.sha1(("b03" + slug).encode()).hexdigest()
    return f"<{h[:12]}.{h[12:20]}@{dom}>"


def boundary(slug, n=1):
    h = hashlib.md5(f"{slug}-{n}".encode()).hexdigest()
    return f"----=_NextPart_{n:03d}_{h[:4].upper()}_{h[4:12].upper()}.{h[12:20].upper()}"


def message(frm, to, subject, when, body, cc=None, extra=(), slug="x", mid=None, mailer=None):
    """frm: (name, addr); to/cc: list of (name, addr) or raw strings"""
    def lst(xs):
        return ", ".join(x if isinstance(x, str) else ad(*x) for x in xs)
    headers = [("Date", date(when)), ("From", ad(*frm)), ("To", lst(to) if to else "undisclosed-recipients:;")]
    if cc:
        headers.append(("Cc", lst(cc)))
    headers.append(("Subject", hdr(subject)))
    headers.append(("Message-ID", mid or msgid(slug, frm[1].split("@")[1])))
    headers.extend(extra)
    if mailer:
        headers.append(("X-Mailer", mailer))
    headers.append(("MIME-Version", "1.0"))
    headers.extend(body.headers)
    return Part(headers, body.body).bytes()


# ---------------------------------------------------------------- registry
MAILS = []


def addr_of(x):
    return x if isinstance(x, str) else x[1]


def M(slug, frm, to, subject, when, body, *, rules=(), cats=(), about=(), mis=False, note="",
      lang="nl", fmt=(), cc=None, bcc=(), env_from=None, extra=(), genre=None, mailer=None, mid=None):
    to = list(to or [])
    cte = dict(body.headers).get("Content-Transfer-Encoding")
    if cte in ("7bit", "8bit") and not dict(body.headers)["Content-Type"].startswith("multipart"):
        fmt = [cte if f in ("7bit", "8bit") else f for f in fmt]
    raw = message(frm, to, subject, when, body, cc=cc, extra=extra, slug=slug, mid=mid, mailer=mailer)
    rcpt = []
    for x in list(to) + list(cc or []) + list(bcc):
        a = addr_of(x)
        if "@" in a and a not in rcpt:
            rcpt.append(a)
    lab = dict(rules=list(rules), mail_from=env_from or frm[1], rcpt=rcpt, about=list(about),
               misdirected=mis, note=note, lang=lang, format=list(fmt))
    if cats:
        lab["categories"] = {"sensitive": list(cats)}
    if genre:
        lab["genre"] = genre
    for pid in about:
        assert pid in BYID, pid
    MAILS.append((slug, raw, lab))


# ================================================================ MAILS
W = who
OL = "Microsoft Outlook 16.0"

# ---------------------------------------------------------------- sensitive (individual pupils)
plain = """Dag collega's,

Zoals gisteren afgesproken hierbij de aandachtspunten van de klassenraad 3B. De cijfers en de adviezen staan in Skore, dit lijstje is enkel voor de opvolging na de kerstvakantie. Graag niet verder doorsturen.

{tab}

Verder: algemene sfeer in de klas is ok, wel veel geroezemoes in de namiddag. Ik spreek de klas daar maandag zelf over aan.

Fijne vakantie alvast!
Lien

--
Lien Maes
Leerkracht wiskunde, klastitularis 3B
"""
rows = [["Leerling", "Vakken", "Wat we zagen", "Afspraak"],
        ["Lore V.", "wisk, fysica", "Sinds de herfstvakantie woont ze alleen nog bij mama, papa is vertrokken en er is geen contact meer. Concentratie is weg, huilde 2x in de les.", "Lien neemt contact op met mama; Nordin biedt gesprek aan"],
        ["Jonas L.", "Frans", "Woont sinds eind november in een pleeggezin in Kessel-Lo. Mama ziet hem om de 14 dagen onder begeleiding. Pleegmoeder vraagt dat alle post naar haar adres gaat.", "Adres aanpassen in Smartschool (secretariaat)"],
        ["Amira B.", "alle vakken", "14 halve dagen afwezig sinds september, bijna altijd op maandag. Klaagt 's ochtends over buikpijn, wil dan niet vertrekken.", "Aanmelding CLB (Els Verbiest), gesprek met mama week van 13/1"],
        ["Ruben S.", "LO", "Vrijstelling LO loopt tot eind januari na de operatie aan zijn knie.", "Alternatieve taak LO via Koen"],
        ["Mats V.", "/", "Schitterend rapport, grote inzet.", "Proficiat doorgeven!"]]
html = outlook_html(paras("Dag collega's,\n\nZoals gisteren afgesproken hierbij de aandachtspunten van de klassenraad 3B. De cijfers en de adviezen staan in Skore, dit lijstje is enkel voor de opvolging na de kerstvakantie. Graag niet verder doorsturen.")
                    + table_html(rows) + '<p class="MsoNormal">&nbsp;</p>\n' +
                    paras("Verder: algemene sfeer in de klas is ok, wel veel geroezemoes in de namiddag. Ik spreek de klas daar maandag zelf over aan.\n\nFijne vakantie alvast!\nLien\n\n--\nLien Maes\nLeerkracht wiskunde, klastitularis 3B"))
M("kr-3b-aandachtspunten", W("lien"), [W("griet"), W("nordin"), W("koen"), W("fatma"), W("dieter")],
  "verslag KR 3B kerst - aandachtspunten", "2024-12-19 16:42",
  alt(plain.format(tab=table_text(rows)), html, boundary("kr3b")),
  rules=["sensitive"], cats=["family", "psychosocial", "care", "medical"],
  about=["P0147", "P0152", "P0160", "P0154", "P0150"], mailer=OL,
  note="class council table: a father who left, a foster placement, Monday absences sent to CLB, knee surgery",
  fmt=["alt", "html-table"])

M("mdo-2a-md", W("sarah"), [W("griet")], "MDO 2A - M.D. - kort verslag", "2025-01-23 15:10",
  text("""Dag Griet, dag Els,

Kort verslag van het MDO van vanmiddag over M.D. (2A), zodat we allemaal hetzelfde voor ogen hebben.

Aanwezig: mama, titularis (Wouter), Hanne (zorgleerkracht), Els (CLB), ikzelf.

- Het onderzoek in het COS is afgerond: de diagnose ASS wordt bevestigd, geen bijkomende ADHD. Voorlopig geen medicatie.
- Mama merkt thuis vooral vermoeidheid na schooldagen met veel wissels (vervangingen, lokaalwissels).
- Redicodi vanaf maandag: vaste plaats vooraan bij het raam, toetsen in het zorglokaal, weekplanning via Hanne, time-outkaart (mag 10 min naar het zorglokaal).
- Ouders vragen ondersteuning vanuit het ondersteuningsnetwerk. Els start de aanvraag van een gemotiveerd verslag.
- Klasgenoten: M. wil zelf niet dat er in de klas iets over gezegd wordt. Dat respecteren we.

Volgende opvolging: donderdag 13 maart, 15u45, lokaal A104.

Groetjes,
Sarah

--
Sarah Lambrechts
Zorgcoördinator
Sint-Pieterscollege Leuven
016 29 41 80 (toestel 214)
""", cte="quoted-printable"),
  cc=[W("els_clb")], rules=["sensitive", "personal_data"], cats=["medical", "care"], about=["P0061"],
  note="MDO report on one pupil by initials: confirmed ASD diagnosis, adapted measures, request for a support report",
  fmt=["plain", "qp", "bullets", "initials"])

M("febe-na-de-middag", W("nordin"), [W("griet")], "Febe 4C", "2025-02-04 13:27",
  text("""Griet,

Even snel want ik heb zo toezicht.

Febe Dhaene (4C) kwam na de middag naar mijn bureau. Ze trok zelf haar mouw op: een hele reeks krassen op haar onderarm, een paar dagen oud, niet diep maar duidelijk niet de eerste keer. Ze zegt dat ze het met een slijpmesje doet als ze 's avonds niet kan slapen.
Aanleiding volgens haar: thuis "ontploft alles", papa is twee weken geleden vertrokken en mama huilt de hele tijd. Ze wil absoluut niet dat mama het weet, ik heb gezegd dat ik dat niet kan beloven.

Ik bel straks met Els van het CLB. Morgen 8u20 zie ik Febe terug.
Kan jij Nathalie (titularis) inlichten dat er iets aan de hand is, zonder details? Ik wil niet dat het hele lerarenkorps het weet.

Nordin
""", cte="quoted-printable"),
  rules=["sensitive"], cats=["psychosocial", "family"], about=["P0203"],
  note="counsellor tells deputy head a pupil cuts her arm since her father left home",
  fmt=["plain", "qp"])

csv_txt = """Leerling;Klas;Gezin;Openstaand;Laatste actie;Opmerking
Elif Kaya;1C;Kaya;186,40;afbetalingsplan;40 EUR per maand, loopt correct sinds oktober
Emre Kaya;3A;Kaya;212,10;afbetalingsplan;idem
Mert Kaya;6A;Kaya;355,00;afbetalingsplan;incl. voorschot Romereis
Grace Mbala;3C;Mbala;298,75;doorgestuurd OCMW;OCMW Leuven neemt over, factuur bezorgd 12/11
Divine Mbala;1B;Mbala;143,20;doorgestuurd OCMW;idem
Lucas Vandamme;4B;Vandamme;420,00;2e herinnering;geen reactie, telefoon wordt niet opgenomen
Zofia Nowak;2B;Nowak;96,50;1e herinnering;
Kacper Nowak;5A;Nowak;510,00;1e herinnering;skireis
"""
M("open-rekeningen-januari", W("rudi"), [W("griet")], "lijst openstaande schoolrekeningen > 60 dagen",
  "2025-01-13 10:02",
  multipart("mixed", [text("""Dag Griet,

Zoals gevraagd voor het directieoverleg van woensdag: de gezinnen met een openstaand saldo van meer dan 60 dagen (zie csv).

Bij de familie Kaya loopt het plan goed, daar moeten we niets doen. Bij Vandamme stel ik voor om nog een laatste brief te sturen en dan met jou te bekijken of we een afspraak maken, voor we iets via de deurwaarder doen. Voor de Mbala's wacht ik op het OCMW.

Rudi
"""), attach(csv_txt, "text/csv", "openstaand_60d_jan2025.csv")], boundary("openrek")),
  rules=["sensitive"], cats=["financial"], about=["P0032", "P0118", "P0250", "P0121", "P0019", "P0180", "P0077", "P0226"],
  note="bookkeeper sends the list of families with unpaid school bills, payment plans and OCMW takeover",
  fmt=["mixed", "csv-attachment"])

M("ocmw-benali", W("griet"), [W("ruth")], "Schoolrekening Yusuf en Salma Benali", "2025-02-18 11:35",
  text("""Beste mevrouw Vanderhaegen,

Zoals vanmorgen telefonisch besproken bezorg ik u hierbij het overzicht van de openstaande schoolkosten van de kinderen van mevrouw Benali:

  Yusuf Benali (2C)   factuur 2024-1187   118,30 EUR (kopies, werkboeken, sportdag)
  Salma Benali (4D)   factuur 2024-1192   293,90 EUR (werkboeken, Parijsreis)
  Totaal                                  412,20 EUR

Het rijksregisternummer van mevrouw Benali dat u vroeg: 85.07.14-262.85. Zij gaf aan dat het OCMW bereid is dit bedrag ten laste te nemen. U kan het overschrijven op rekening BE62 7340 2156 8361 van het Sint-Pieterscollege met vermelding van beide factuurnummers. Voor de rekeningen van het derde trimester hebben we met haar een afbetalingsplan van 25 euro per maand afgesproken; als het OCMW ook die wil opvolgen, laat het me gerust weten.

Met vriendelijke groeten,

Griet Vandenberghe
Adjunct-directeur
Sint-Pieterscollege Leuven
T 016 29 41 80
"""),
  rules=["sensitive", "personal_data"], cats=["financial"], about=["P0083", "P0199"],
  note="deputy head tells the OCMW social worker what a mother owes and that the OCMW will pay, with her national number and the school IBAN",
  fmt=["plain", "8bit"])

M("sportdag-eline", W("ilse"), [W("koen")], "sportdag dinsdag - Eline 1A", "2025-05-16 09:12",
  text("""Koen,

Voor dinsdag: Eline Vos (1A) heeft een zware notenallergie, ook sporen zijn al genoeg. Haar EpiPen zit in het voorvakje van haar rugzak, een tweede pen ligt in de EHBO-kast op het secretariaat. Kan jij ervoor zorgen dat de begeleider van haar groep dat weet? En bij de picknick zeker niets met noten of pindakaas in haar buurt.

Mama heeft het attest vorige week binnengebracht.

Ilse
"""),
  rules=["sensitive"], cats=["medical"], about=["P0003"],
  note="support staff tells PE teacher one pupil's severe nut allergy and where her EpiPen is",
  fmt=["plain", "7bit"])

M("noah-ziekenhuis", W("griet"), [W("fatma"), W("gert"), W("elke"), W("koen"), W("dieter")],
  "Noah Peeters (5C)", "2025-03-06 17:50",
  text(simple_html("""<p>Beste collega's,</p>
<p>Even een update over <b>Noah Peeters</b> uit 5C. Hij werd vorige week aan zijn blindedarm geopereerd, maar er is een infectie bijgekomen en hij ligt nog steeds in Gasthuisberg. Hij zal ten vroegste maandag 17 maart terug op school zijn.</p>
<ul>
<li>geen LO tot na de paasvakantie (attest volgt)</li>
<li>hij mag de lift gebruiken, sleutel ligt bij Magda</li>
<li>gemiste toetsen: Fatma maakt een planning met hem, graag jullie data aan haar doorgeven</li>
</ul>
<p>Mama vraagt om hem nog niet te overstelpen met taken via Smartschool, hij is erg moe.</p>
<p>Dank jullie,<br>Griet</p>
<p style="color:#555;font-size:12px">Griet Vandenberghe<br>adjunct-directeur</p>""", "Noah"), "html", cte="quoted-printable"),
  rules=["sensitive"], cats=["medical"], about=["P0236"],
  note="teachers of a class told about one pupil's surgery with infection and hospital stay",
  fmt=["html-only", "qp"])

rows = [["Leerling", "Klas", "Wat", "Maatregelen (redicodi)"],
        ["Robin Jacobs", "1B", "ADHD, medicatie 's middags", "vaste plek vooraan, toetsen in 2 delen, extra tijd 1/3"],
        ["Ella Schoofs", "1B", "dyslexie (attest logopedist)", "voorleessoftware, lettertype 14, spelling enkel bij Nederlands meetellen"],
        ["Divine Mbala", "1B", "anderstalig nieuwkomer vorig jaar", "woordenlijst bij toetsen, vragen mondeling toelichten"],
        ["Lina El Ouali", "1D", "dyscalculie", "rekenmachine en formularium bij wiskunde en wetenschappen"],
        ["Tibo Wuyts", "1D", "onderzoek ASS loopt (wachtlijst)", "prikkelarme toetsplaats, wijzigingen op voorhand aankondigen"]]
plain = "Dag collega's van de eerste graad,\n\nIn bijlage (en hieronder) het bijgewerkte overzicht van de leerlingen met redicodi-maatregelen na de klassenraden van oktober. Wil je dit bij de toetsen van de kerstexamens mee opvolgen? De volledige afspraken staan in het leerlingvolgsysteem.\n\n" + table_text(rows) + "\n\nVragen: bij mij of bij Hanne.\n\nSarah\n"
html = outlook_html(paras("Dag collega's van de eerste graad,\n\nIn bijlage (en hieronder) het bijgewerkte overzicht van de leerlingen met redicodi-maatregelen na de klassenraden van oktober. Wil je dit bij de toetsen van de kerstexamens mee opvolgen? De volledige afspraken staan in het leerlingvolgsysteem.") + table_html(rows) + paras("\nVragen: bij mij of bij Hanne.\n\nSarah"))
M("redicodi-1ste-graad", W("sarah"), [W("ann"), W("veerle"), W("lieve"), W("hanne"), W("dieter"), W("katrijn")],
  "Overzicht redicodi 1ste graad (update november)", "2024-11-21 12:05",
  alt(plain, html, boundary("redicodi")),
  rules=["sensitive"], cats=["medical", "care"], about=["P0014", "P0017", "P0019", "P0049", "P0046"], mailer=OL,
  note="care coordinator table of named pupils with ADHD, dyslexia, dyscalculia and their adapted measures",
  fmt=["alt", "html-table"])

M("senne-refter", W("wouter"), [W("griet"), W("nordin")], "Senne 2A - het wordt erger", "2025-01-28 14:18",
  text("""Griet, Nordin,

Ik had het er vorige week al kort over op de speelplaats, maar het wordt erger met Senne Govaerts.

Vandaag in de refter heeft Robbe (Michiels) zijn brooddoos weer in de vuilbak gegooid, Kobe (Aerts) stond erbij te filmen. Dat filmpje zit volgens een paar meisjes al in de Snapchatgroep van de klas. Senne zat daarna in de gang te wenen en wou de les niet meer in. Het is de derde keer sinds de herfstvakantie dat er iets met zijn spullen gebeurt, en in de klas wordt hij systematisch uitgelachen als hij iets zegt.
Zijn mama mailde mij gisteren al dat hij 's avonds niet meer eet en 's morgens buikpijn heeft voor hij moet vertrekken.

Voorstel: Nordin spreekt eerst met Senne, daarna afzonderlijk met Robbe en Kobe, en dan een herstelgesprek als Senne dat wil. Ik zou de ouders van alle drie nog deze week willen bellen.
Kunnen we donderdag om 12u40 even samenzitten?

Wouter
""", cte="quoted-printable"),
  rules=["sensitive"], cats=["psychosocial"], about=["P0064", "P0066", "P0068"],
  note="class teacher reports repeated bullying of one pupil by two named classmates and its effect on him",
  fmt=["plain", "qp"])

fwd = """Veerle,

Ter info, zie hieronder. Dit moet zeker bij het onthaal en de opvoeders gekend zijn, Magda weet het al. Het vonnis zelf heb ik in het leerlingendossier gestoken, niet in Smartschool.

Annick

---------- Doorgestuurd bericht ----------
Van: Bert Van Acker <bert.vanacker@telenet.be>
Datum: ma 10 feb 2025 om 21:14
Onderwerp: Nore Van Acker 1C - ophalen
Aan: <secretariaat@sintpieterscollege.be>

Geachte,

Na de uitspraak van de familierechtbank van 3 februari verblijft Nore voortaan hoofdzakelijk bij mij. Haar moeder heeft een bezoekregeling om de twee weekends, in de bezoekruimte en onder begeleiding. Zij mag Nore niet meer aan de school ophalen en ook niet opwachten aan de schoolpoort.

Mag ik vragen dat de school Nore enkel meegeeft met mij of met mijn moeder (Nore haar oma)? Mocht haar moeder toch aan de school staan, gelieve mij meteen te bellen.

Een kopie van het vonnis kan ik morgen afgeven aan het secretariaat.

Met vriendelijke groeten,
Bert Van Acker
0496 12 34 70
"""
M("fwd-ophalen-nore", W("annick"), [W("veerle")], "Fwd: Nore Van Acker 1C - ophalen", "2025-02-11 08:03",
  text(fwd, cte="quoted-printable"), cc=[W("griet")],
  rules=["sensitive", "personal_data"], cats=["family"], about=["P0036"],
  note="forwarded father's mail about a court ruling: the mother may not pick the girl up at school",
  fmt=["plain", "qp", "inline-forward"])

M("transfer-oliwia", W("griet"), [("Admissions Office", "admissions@brusselslyceum.eu")],
  "Transfer of Oliwia Kowalska - pupil support information", "2025-03-20 10:44",
  text("""Dear Ms Hartley,

Following your call and with the written consent of her mother, I'm sending you some information on Oliwia Kowalska, currently in year 3 (class 3D) with us, who will join your school after the Easter break.

Oliwia has been followed by our pupil support team since last spring for anxiety. Before tests and oral presentations she has had panic attacks, twice so badly that we had to call her mother to pick her up. She sees a psychologist outside school every two weeks.

Arrangements that worked well for her here:
- tests in a separate, quiet room with 20% extra time
- oral presentations for the teacher only, not for the whole class
- a fixed contact person (our counsellor) she could go to during breaks

Our CLB (pupil guidance centre) will transfer her file to your counselling service directly if the parents ask them to.

Feel free to contact me for any further questions.

Kind regards,

Griet Vandenberghe
Deputy head
Sint-Pieterscollege Leuven
+32 16 29 41 80
""", cte="base64"),
  rules=["sensitive", "personal_data"], cats=["psychosocial", "care"], about=["P0170"], lang="en",
  note="deputy head sends a receiving school one pupil's anxiety history and adapted arrangements",
  fmt=["plain", "base64"])

M("saj-kevin", W("mohamed"), [("Mme C. Lambert", "c.lambert@saj-bruxelles.be")], "Kevin Dubois - 2e année", "2024-12-04 15:22",
  text("""Madame Lambert,

Suite à notre entretien téléphonique de ce matin, je vous confirme par écrit les éléments dont nous disposons à l'école.

Kevin Dubois est élève en 2e année (classe 2D) dans notre école. Depuis le 18 novembre, il vit chez sa tante à Wezembeek-Oppem, à la suite de la décision du juge de la jeunesse. Sa tante vient le chercher tous les jours et nous a demandé de ne plus communiquer les horaires ni les bulletins à sa maman, en attendant la prochaine audience.

Depuis son arrivée chez sa tante, Kevin est plus calme en classe et il vient à l'heure, ce qui n'était pas le cas avant. Il parle peu de sa mère.

Je reste à votre disposition pour la réunion du 12 décembre.

Bien cordialement,

Mohamed El Amrani
Titulaire de la classe 2D
Sint-Pieterscollege Leuven
""", cte="quoted-printable"),
  rules=["sensitive"], cats=["family"], about=["P0093"], lang="fr",
  note="class teacher confirms to youth-care service that a boy lives with his aunt after a youth-judge decision",
  fmt=["plain", "qp"])

M("ilias-poort", W("hanne"), [W("griet"), W("sarah")], "Ilias 1A - weer aan de poort", "2025-01-16 09:40",
  text("""Dag Griet, dag Sarah,

Ilias (1A) is vanmorgen weer niet binnen geraakt. Hij stond om 8u15 met zijn mama aan de poort, heeft 10 minuten staan twijfelen en is dan terug naar huis gegaan. Dat is deze week de derde keer, sinds de herfstvakantie is hij nog geen volle week geweest.

Mama vertelt dat hij 's nachts niet slaapt, 's morgens moet overgeven en begint te huilen als hij zijn boekentas ziet. De huisarts vindt niets lichamelijks. Hij zegt zelf dat hij "bang is dat hij het niet kan" en dat iedereen naar hem kijkt als hij te laat binnenkomt.

Ik stel voor dat we het opbouwschema van Els (CLB) volgen: eerst enkel het eerste lesuur bij mij in het zorglokaal, dan uitbreiden. Mama is akkoord – ze vond het zelfs ‘een opluchting’. Kunnen we het morgen op de cel bespreken?

Groeten,
Hanne
""", charset="windows-1252"),
  rules=["sensitive"], cats=["psychosocial"], about=["P0007"],
  note="care teacher reports a boy who turns back at the school gate for weeks, with his morning symptoms",
  fmt=["plain", "windows-1252", "8bit"])

M("bosklassen-medisch", W("griet"), [W("veerle"), W("koen"), W("lieve")], "bosklassen 1C - medische info", "2025-04-24 16:05",
  text("""Dag Veerle, Koen en Lieve,

Voor de bosklassen volgende week in Han-sur-Lesse: de medische fiches van 1C zitten in de blauwe map, maar hier de drie dingen die jullie zeker moeten weten voor we vertrekken.

* Zoë Bogaerts - diabetes type 1, heeft een sensor en een insulinepomp. Bij een hypo (trillen, bleek, raar doen): druivensuiker uit haar heuptasje, na 15 min opnieuw meten. Mama belt elke avond om 21u om de waarden te overlopen. Reserve-insuline in de koelbox in de keuken.
* Bilal Ait Taleb - epilepsie. Noodmedicatie (Buccolam) zit in de EHBO-koffer. Bij een aanval langer dan 3 minuten toedienen en de hulpdiensten verwittigen. Niet alleen laten zwemmen in het meer.
* Rosa Jacobs - plast 's nachts nog soms in bed, mama geeft een extra slaapzak en een nachtbroekje mee. Ze schaamt zich daar erg voor, dus discreet: Veerle, jij slaapt op de gang bij de meisjes, kan jij haar 's morgens even helpen?

Bedankt en veel plezier!
Griet
"""),
  rules=["sensitive"], cats=["medical"], about=["P0030", "P0035", "P0033"],
  note="trip leaders told three pupils' medical conditions: diabetes, epilepsy, bed-wetting",
  fmt=["plain", "8bit", "bullets"])

orig = """Beste Sarah,

Ik heb de ouders van Mathis vorige week gezien. Ze vragen zich af of het zinvol is om verder te gaan met de extra instructie, of dat we beter een ander traject opstarten. Hoe zien jullie dat vanuit de school?

Groet,
Els Verbiest
CLB Leuven
"""
M("re-mathis-clb", W("sarah"), [W("els_clb")], "RE: Mathis Renard 3A", "2025-02-25 11:18",
  text("""Dag Els,

Bij ons is de fase van verhoogde zorg voor Mathis eigenlijk afgerond. Sinds september heeft hij extra instructie wiskunde (2u per week bij Dieter), vereenvoudigde taken voor Frans en een aangepaste toetsvorm, maar de kloof wordt groter: op het rapport van de kerst behaalde hij voor de meeste vakken minder dan 40%, en hij begint zich af te sluiten in de klas.

Het zorgteam vraagt daarom de opstart van een handelingsgericht diagnostisch traject met het oog op een verslag, zodat we kunnen bekijken of een individueel aangepast curriculum (of eventueel een overstap) het beste is. De klassenraad van 3A staat erachter.

Zullen we een MDO plannen met de ouders in de week van 10 maart?

Groetjes,
Sarah

-----Oorspronkelijk bericht-----
Van: Els Verbiest <els.verbiest@clb-leuven.be>
Verzonden: maandag 24 februari 2025 16:02
Aan: Sarah Lambrechts <sarah.lambrechts@sintpieterscollege.be>
Onderwerp: Mathis Renard 3A

""" + orig, cte="quoted-printable"),
  extra=[("In-Reply-To", "<b3cl.mathis.0224@clb-leuven.be>"), ("References", "<b3cl.mathis.0224@clb-leuven.be>")],
  rules=["sensitive"], cats=["care"], about=["P0113"], mailer=OL,
  note="care coordinator asks CLB to start a diagnostic trajectory towards a report and IAC for one pupil",
  fmt=["plain", "qp", "reply", "outlook-quote"])

M("fwd-skireis-jana", W("annick"), [W("griet")], "TR: skireis Jana Coppens", "2025-01-09 10:26",
  text("""Griet, wat doen we hiermee? Solidariteitsfonds? Ik heb nog niet geantwoord.
Annick

-------- Doorgestuurd bericht --------
Onderwerp: skireis Jana Coppens
Datum: Wed, 8 Jan 2025 22:47:31 +0100
Van: Sandra Coppens <sandra.coppens@hotmail.com>
Aan: secretariaat@sintpieterscollege.be

Goedenavond,

Ik schrijf u omdat ik de tweede schijf van de skireis van Jana (4A) niet kan betalen. Mijn man is sinds september zonder werk en we zijn sinds december in budgetbegeleiding bij het OCMW, alles gaat via hen. Ik schaam me er eigenlijk voor om dit te vragen, maar Jana kijkt er al heel het jaar naar uit. Is het mogelijk om later te betalen of in kleine stukjes?

Jana weet hier niets van, ik zou het liefst hebben dat dat zo blijft.

Vriendelijke groeten
Sandra Coppens
"""),
  rules=["sensitive"], cats=["financial"], about=["P0185"],
  note="secretariat forwards a mother's mail: husband unemployed, in OCMW budget guidance, cannot pay the ski trip",
  fmt=["plain", "inline-forward"])

html = outlook_html(paras("""Beste collega's van 4A,

Met veel verdriet laat ik jullie weten dat de papa van Lotte Van Den Broeck zondagochtend niet meer wakker is geworden. Hij was 47.

De afscheidsdienst is zaterdag om 10u in de Sint-Jacobskerk. Wie wil gaan, kan dat; we gaan ook met een kleine delegatie van de school (Joris en ikzelf).

Lotte zal maandag terug naar school komen. Ze vroeg via haar mama dat de klas weet wat er gebeurd is, maar dat er niet te veel over gepraat wordt. Joris vertelt het vrijdag in het eerste lesuur aan de klas, Nordin is daarbij.

Een paar afspraken:
- toetsen van deze en volgende week vallen voor Lotte weg, we bekijken later wat ingehaald moet worden
- ze mag altijd uit de les om even naar Nordin of naar het secretariaat te gaan, zonder uitleg
- in de lerarenkamer een kaartje waarop iedereen iets kan schrijven

Griet""") + '<p class="MsoNormal" style="color:#595959">Griet Vandenberghe | adjunct-directeur</p>\n')
plain = """Beste collega's van 4A,

Met veel verdriet laat ik jullie weten dat de papa van Lotte Van Den Broeck zondagochtend niet meer wakker is geworden. Hij was 47.

De afscheidsdienst is zaterdag om 10u in de Sint-Jacobskerk. Wie wil gaan, kan dat; we gaan ook met een kleine delegatie van de school (Joris en ikzelf).

Lotte zal maandag terug naar school komen. Ze vroeg via haar mama dat de klas weet wat er gebeurd is, maar dat er niet te veel over gepraat wordt. Joris vertelt het vrijdag in het eerste lesuur aan de klas, Nordin is daarbij.

Een paar afspraken:
- toetsen van deze en volgende week vallen voor Lotte weg, we bekijken later wat ingehaald moet worden
- ze mag altijd uit de les om even naar Nordin of naar het secretariaat te gaan, zonder uitleg
- in de lerarenkamer een kaartje waarop iedereen iets kan schrijven

Griet

Griet Vandenberghe | adjunct-directeur
"""
M("lotte-papa", W("griet"), [W("joris"), W("koen"), W("elke"), W("nathalie"), W("dieter")],
  "Lotte (4A)", "2025-03-11 12:31", alt(plain, html, boundary("lotte")), cc=[W("nordin")],
  rules=["sensitive"], cats=["family"], about=["P0187"], mailer=OL,
  note="teachers told that a pupil's father died suddenly, without the word death, with arrangements for her",
  fmt=["alt"])

M("clb-rb-5a", W("nordin"), [W("els_clb")], "R.B. 5A - zoals net besproken", "2025-03-27 16:48",
  text("""Dag Els,

Naar aanleiding van ons telefoongesprek van daarnet nog even op papier:

R.B. (5A) schreef in een opdracht voor Nederlands ("een brief aan jezelf binnen tien jaar") dat hij er binnen tien jaar liever niet meer zou zijn, en dat niemand het zou merken als hij er morgen niet meer was. De leerkracht heeft de tekst meteen aan mij bezorgd.

Ik heb hem deze middag gesproken. Hij zegt dat hij geen concrete plannen heeft, maar hij slaapt al weken slecht, sinds het uit is met zijn vriendin, en hij is gestopt met voetbal. Papa is vanmiddag langsgekomen en neemt hem morgen mee naar de huisarts.

Ik heb met hem afgesproken dat hij maandag terug bij mij langskomt. Kan jij in de loop van volgende week ook een gesprek met hem plannen?

Nordin Azzouzi
Leerlingenbegeleider 2de en 3de graad
Sint-Pieterscollege Leuven
gsm 0485 62 17 30
""", cte="quoted-printable"),
  rules=["sensitive", "personal_data"], cats=["psychosocial"], about=["P0221"],
  note="counsellor tells CLB a pupil by initials wrote he'd rather not be alive, with follow-up",
  fmt=["plain", "qp", "initials"])

M("sanne-vertrouwen", W("fatma"), [W("griet")], "vraagje ivm Sanne 5C", "2025-02-13 19:02",
  text("""Dag Griet,

Sanne Willems (5C) heeft me vandaag na de les in vertrouwen verteld dat ze in verwachting is, ongeveer 14 weken. Haar ouders weten het sinds vorige week en steunen haar. Ze zou in augustus bevallen en wil het schooljaar absoluut afmaken.

Mijn vraag: haar stage in het WZC in april, daar moet ze veel tillen. Kunnen we bekijken of ze een andere stageplaats kan krijgen, of een aangepaste taak? En hoe pakken we het aan met LO?

Ze wil niet dat de klas het nu al weet.

Fatma
"""),
  rules=["sensitive"], cats=["medical"], about=["P0239"],
  note="class teacher tells deputy head a pupil is pregnant and asks about her internship",
  fmt=["plain", "8bit"])

plain = """Beste collega's van de klassenraad 2B,

Na het MDO van 12 februari en met het akkoord van de ouders stellen we het volgende voor voor Kato Smits:

1. Vanaf de krokusvakantie volgt Kato voor wiskunde en Frans een individueel aangepast curriculum, op basis van het verslag dat het CLB opmaakte.
2. Voor die vakken krijgt ze doelen op maat (opgesteld door Hanne samen met Dieter en Fatma). Ze krijgt er geen cijfer maar een beschrijvende evaluatie op het rapport.
3. Voor de andere vakken blijft ze het gewone programma volgen, met de redicodi-maatregelen die ze nu al heeft.
4. Aan het einde van het schooljaar krijgt ze geen A- of B-attest maar een attest van verworven bekwaamheden. Dat is met de ouders besproken.

We bespreken het op de klassenraad van 27/2. Als je vooraf vragen hebt, laat het me weten.

Groeten,
Griet
"""
M("iac-kato", W("griet"), [W("katrijn"), W("dieter"), W("fatma"), W("hanne"), W("sarah")],
  "voorstel IAC Kato (2B)", "2025-02-19 08:55",
  alt(plain, outlook_html(paras(plain)), boundary("iackato")),
  rules=["sensitive"], cats=["care"], about=["P0075"], mailer=OL,
  note="class council told one girl moves to an individual adapted curriculum based on the CLB report",
  fmt=["alt", "numbered"])

M("tucht-dylan", W("griet"), [W("johan")], "Dylan Verstraeten 4B - voorstel", "2025-03-18 13:12",
  text("""Johan,

Korte stand van zaken voor ons overleg van 14u:

- 27/2: vechtpartij aan de fietsenstalling, leerling van het 2de jaar met bloedneus (strafstudie + gesprek)
- 11/3: gsm van een klasgenoot kapot gegooid in de les Frans (ouders betalen de herstelling)
- vandaag: Nathalie uitgescholden in de gang en gezegd dat ze "'s avonds maar beter goed oplet als ze naar haar auto gaat". Twee leerlingen hebben het gehoord.

Hij heeft al een begeleidingscontract sinds januari en komt zijn afspraken met Nordin niet na. Mama zegt dat ze thuis ook geen vat meer op hem heeft.

Mijn voorstel: preventieve schorsing vanaf morgen, in afwachting van een tuchtprocedure. Klassenraad samenroepen volgende week. Nathalie wil klacht neerleggen, ik heb gezegd dat wij haar daarin steunen.

Griet
"""),
  rules=["sensitive"], cats=["psychosocial"], about=["P0193"],
  note="deputy head lists one pupil's violent incidents and proposes a suspension and disciplinary procedure",
  fmt=["plain", "bullets"])

orig = """Dag Hanne,
Hoe was het vanmorgen met Yasmine? Ze leek me gisteren zo afwezig in de les.
Sarah"""
M("re-yasmine-oma", W("hanne"), [W("sarah")], "Re: Yasmine", "2025-02-03 12:16",
  text("""Sarah,

Niet goed. Ze zei vanmorgen tussen neus en lippen dat ze deze week bij haar oma in Kessel-Lo slaapt "omdat het thuis niet veilig is". Papa had zaterdag weer veel gedronken, er is een stoel door het raam gegaan en haar mama had zondag een blauw oog. Yasmine heeft zich met haar broertjes in de badkamer opgesloten tot het stil was.

Ik heb haar gezegd dat ik dit aan jou moet doorgeven en dat we haar gaan helpen. Ze was daar niet blij mee maar begreep het.

Moeten we eerst het CLB bellen of meteen het vertrouwenscentrum? Ik ben vrij vanaf het 6de uur.

Hanne

Op ma 3 feb 2025 om 08:02 schreef Sarah Lambrechts <sarah.lambrechts@sintpieterscollege.be>:
""" + quote(orig) + "\n", cte="quoted-printable"),
  extra=[("In-Reply-To", msgid("yasmine-q")), ("References", msgid("yasmine-q"))],
  rules=["sensitive"], cats=["family"], about=["P0095"],
  note="care teacher reports a girl sleeps at her grandmother's because of violence at home",
  fmt=["plain", "qp", "reply"])

M("schooltoeslag-mbala", W("annick"), [W("griet")], "Mevrouw Mbala - schooltoeslag", "2024-11-27 14:44",
  text("""Griet,

Mevrouw Mbala is hier daarnet aan het onthaal geweest, ze was erg aangeslagen.

De schooltoeslag voor Grace (3C) en Divine (1B) is dit jaar niet uitbetaald. Volgens het Groeipakket is haar verblijfskaart verlopen en moet ze eerst het bewijs van verlenging binnenbrengen, maar de gemeente heeft nog geen afspraak gegeven. Ze werkt interim en kan op dit moment hooguit 30 euro per maand missen.
Ze vraagt uitstel voor de rekening van de uitstap naar Ieper en de kopieën (samen € 187). Ik heb gezegd dat jij haar terugbelt.

Mag ik de herinneringen voor die twee alvast tegenhouden?

Annick
""", charset="windows-1252"),
  rules=["sensitive"], cats=["financial"], about=["P0121", "P0019"],
  note="secretariat reports a mother's school allowance was stopped and she can only pay 30 euro a month",
  fmt=["plain", "windows-1252", "8bit"])

plain = """Dear Mrs Collins,

Thank you for the host family list for our trip to Canterbury (4A, 12-16 May). Three things before you finalise the placements:

- Thomas Goossens has a severe peanut allergy. He carries two EpiPens at all times. His host family should not cook with peanuts or peanut oil, and please let them know how to use the pen.
- Mila Janssen has asthma and uses an inhaler; a family without cats would be best.
- Lotte Van Den Broeck lost her father in March. She is doing well, but her mother asked that she shares a room with Mila, her best friend, and not with pupils she doesn't know.

During the trip I'm reachable 24/7 on +32 478 55 21 09.

Kind regards,
Koen De Smedt
PE teacher, trip leader
Sint-Pieterscollege Leuven
"""
M("canterbury-hosts", W("koen"), [("Mrs J. Collins", "j.collins@kentlanguagestays.co.uk")],
  "Canterbury trip 4A - host family placements", "2025-04-03 10:20",
  alt(plain, outlook_html(paras(plain)), boundary("canterbury")),
  rules=["sensitive", "personal_data"], cats=["medical", "family"], about=["P0184", "P0186", "P0187"], lang="en",
  mailer=OL, note="trip leader gives host-family agency two pupils' conditions and one pupil's bereavement",
  fmt=["alt"])

M("ecole-hopital-lea", W("sarah"), [("Coordination pédagogique", "coordination@ecole-hopital-bxl.be")],
  "Scolarité de Léa Lefèvre (3e secondaire)", "2025-01-20 14:07",
  text("""Madame, Monsieur,

Je vous contacte à la demande des parents de Léa Lefèvre, élève de 3e secondaire (classe 3D) dans notre école à Louvain.

Léa est hospitalisée depuis le 6 janvier aux Cliniques universitaires Saint-Luc, en hémato-oncologie pédiatrique, pour une leucémie. Le traitement durera plusieurs mois et elle ne pourra pas revenir à l'école avant la fin de l'année scolaire.

Ses parents souhaitent qu'elle puisse suivre quelques cours à l'hôpital, surtout en mathématiques, en sciences et en néerlandais. Nous pouvons vous envoyer le programme et les manuels utilisés en classe. De notre côté, nous organisons aussi l'enseignement à domicile temporaire (TOAH) dès qu'elle rentrera à la maison.

Pourriez-vous me dire qui sera la personne de contact pour Léa ?

Avec mes meilleures salutations,

Sarah Lambrechts
Coordinatrice des soins
Sint-Pieterscollege Leuven
""", cte="quoted-printable"),
  rules=["sensitive"], cats=["medical", "care"], about=["P0172"], lang="fr",
  note="care coordinator tells a hospital school a pupil is treated for leukaemia and asks for lessons",
  fmt=["plain", "qp"])

M("delib-6d", W("bram"), [W("griet")], "delib 6D - notities voor het verslag", "2025-06-24 18:33",
  text("""Griet,

Mijn notities van de delib 6D van vanmiddag, voor het verslag:

- algemeen: 17 leerlingen A-attest zonder opmerkingen
- Jens Van Rompuy: sinds februari in behandeling bij een psychiater (UPC), neemt antidepressiva, 32 halve dagen gewettigd afwezig. Tekorten wiskunde (8/20) en Engels (9/20). Beslissing uitgesteld, bijkomende proef wiskunde en Engels eind augustus. Ouders zijn gebeld.
- Ward Deprez: mama wordt behandeld voor borstkanker (chemo sinds januari), Ward zorgt 's avonds voor zijn twee zusjes. Klein tekort Nederlands, klassenraad vindt dat niet blokkerend: A-attest, in het rapport een persoonlijke noot i.p.v. een waarschuwing.
- proclamatie: Sven regelt de micro, ik de diploma's

Bram
"""),
  rules=["sensitive"], cats=["psychosocial", "medical", "family"], about=["P0271", "P0274"],
  note="deliberation notes: one pupil treated for depression, another caring for siblings while his mother has chemo",
  fmt=["plain", "bullets"])

orig = """Griet,

Klopt het dat Ayoub niet meer thuis woont? Hij zei vandaag in de les iets over "de leefgroep" en dat hij zijn gsm om 21u moet afgeven. Ik wil niets verkeerds zeggen.

Sofie"""
M("re-ayoub-leefgroep", W("griet"), [W("sofie")], "Re: Ayoub", "2024-10-17 07:58",
  text("""Dag Sofie,

Ja, dat klopt. Sinds maandag verblijft Ayoub in een leefgroep van een jeugdhulpvoorziening in Heverlee, op beslissing van de jeugdrechter. Ik had het je vandaag persoonlijk willen zeggen, sorry dat je het zo moest horen.

Wat je moet weten:
- enkel de begeleiders van de voorziening halen hem op of verwittigen bij afwezigheid
- mama mag de resultaten inkijken, maar maakt geen afspraken met school zonder de consulent
- brieven en rapport voorlopig naar het adres van de voorziening, Annick past dat aan

Hij lijkt het goed op te nemen, maar hou hem een beetje in het oog. Als hij erover wil praten, kan hij bij Nordin terecht.

Griet

Op 16/10/2024 om 21:40 schreef Sofie Raets:
""" + quote(orig) + "\n", cte="quoted-printable"),
  extra=[("In-Reply-To", msgid("ayoub-q")), ("References", msgid("ayoub-q"))],
  rules=["sensitive"], cats=["family"], about=["P0124"],
  note="deputy head confirms to class teacher a boy was placed in a youth-care group by the youth judge",
  fmt=["plain", "qp", "reply"])

inner = message(W("els_clb"), [W("griet")], "Tibo Wuyts 1D", "2025-03-03 16:20",
                text("""Dag Griet,

Ik heb de ouders van Tibo gisteren gesproken. Ze hebben hem aangemeld bij het centrum in Leuven voor verder onderzoek, maar de wachttijd is ongeveer negen maanden. Tot dan volg ik Tibo verder op vanuit het CLB.

Om goed te kunnen adviseren zou ik graag observaties van de school hebben, vooral over:
- hoe hij reageert op lawaai en drukte (refter, speelplaats, LO)
- wat hij doet tijdens de speeltijden (volgens mama verstopt hij zich op de toiletten)
- hoe hij omgaat met onverwachte wijzigingen in het lessenrooster

Kunnen jullie die tegen eind maart bezorgen? Dan plan ik een gesprek met ouders en zorgteam.

Met vriendelijke groeten,
Els Verbiest
CLB-medewerker
"""), slug="inner-tibo")
M("fw-clb-tibo", W("griet"), [W("lieve")], "FW: Tibo Wuyts 1D", "2025-03-04 08:11",
  multipart("mixed", [text("""Dag Lieve,

In bijlage de mail van Els (CLB) over Tibo. Kan jij met de collega's van 1D een paar observaties bundelen tegen vrijdag 28/3? Hanne kan je helpen met het sjabloon.

Dank je!
Griet
"""), rfc822(inner, "Tibo Wuyts 1D.eml")], boundary("fwtibo")),
  rules=["sensitive"], cats=["care", "psychosocial"], about=["P0046"], mailer=OL,
  note="deputy head forwards as attachment a CLB mail about following up one pupil who hides in the toilets at breaks",
  fmt=["mixed", "rfc822-attachment", "forward"])

M("nowak-kwijtschelding", W("griet"), [W("johan")], "familie Nowak", "2025-02-06 16:30",
  text("""Johan,

Marta Nowak belde daarnet. De firma van haar man is in januari failliet verklaard, ze hebben sindsdien geen inkomen behalve haar deeltijds loon. Openstaand: Zofia (2B) 96,50 en Kacper (5A) 510 euro, vooral de skireis.

Voorstel: de skireis van Kacper betalen we via het solidariteitsfonds, voor de rest een afbetalingsplan van 20 euro per maand vanaf april. Ben je akkoord? Dan laat ik het Rudi weten.

Griet
"""),
  rules=["sensitive"], cats=["financial"], about=["P0077", "P0226"],
  note="deputy head asks head to waive a family's ski-trip bill after the father's company went bankrupt",
  fmt=["plain", "7bit"])

M("rilatine-robin", W("ilse"), [W("ann"), W("dieter"), W("katrijn"), W("hanne")],
  "Robin 1B - middagmoment", "2024-10-01 11:02",
  text("""Hallo allemaal,

Vanaf maandag komt Robin Jacobs (1B) zijn middagdosis Rilatine halen bij mij op het leerlingensecretariaat, om 12u05. Het medicatieattest van de arts is binnen.

Als hij er om 12u15 nog niet is, stuur ik iemand naar de refter. Mogen jullie hem op tijd laten vertrekken als jullie les voor de middag uitloopt? In de namiddag merken jullie het snel als hij ze vergeten is, laat het me dan even weten.

Groetjes,
Ilse
""", cte="quoted-printable"),
  rules=["sensitive"], cats=["medical"], about=["P0014"],
  note="support staff tells teachers one boy takes his ADHD medication at noon at the office",
  fmt=["plain", "qp"])

M("zorgen-marie-6b", W("elke"), [W("sarah")], "Marie 6B", "2025-01-30 21:15",
  text(simple_html("""<div>Dag Sarah,</div>
<div><br></div>
<div>Ik maak me echt zorgen over Marie Van Hecke (6B). Ze is sinds de herfst zichtbaar veel vermagerd, ze eet 's middags niets meer (haar brooddoos gaat dicht terug mee naar huis), en ze houdt ook in de les haar dikke jas aan. Een vriendin vertelde me gisteren dat ze na het ontbijt op kamp "altijd meteen naar het toilet" ging.</div>
<div><br></div>
<div>Bij LO zegt Koen dat ze extreem veel loopt, ook als het niet moet.</div>
<div><br></div>
<div>Ik weet niet goed hoe ik het moet aankaarten. Wil jij het oppakken, of zal ik eerst zelf met haar praten?</div>
<div><br></div>
<div>Elke</div>"""), "html", cte="base64"),
  rules=["sensitive"], cats=["psychosocial", "medical"], about=["P0257"],
  note="teacher worries a pupil stopped eating and lost much weight, signs of an eating disorder",
  fmt=["html-only", "base64"])

M("kenzo-papa", W("dieter"), [W("ilse")], "Kenzo 3A", "2025-02-20 15:51",
  text("""Ilse,

Even ter info, in vertrouwen: de papa van Kenzo Leemans (3A) zit sinds half januari in Leuven-Centraal. Kenzo heeft het mij vorige week verteld na de les. Hij wil er in de klas niet over praten.

Sindsdien is hij heel kort van stof en hij was betrokken bij dat gedoe in de fietsenstalling. Als hij nog eens bij jou belandt: een beetje zachter aanpakken aub, en laat het mij weten.

Dieter
(titularis 3A)
"""),
  rules=["sensitive"], cats=["family"], about=["P0110"],
  note="class teacher tells support staff a boy's father is in prison, without saying the word",
  fmt=["plain", "7bit"])

rows = [["Leerling", "Situatie", "Actie / wie", "Opvolging"],
        ["Ilias H. (1A)", "schoolweigering sinds herfstvakantie", "opbouwschema CLB, start in zorglokaal (Hanne)", "2/2"],
        ["Yasmine E.K. (2D)", "onveilige thuissituatie, slaapt bij oma", "overleg CLB, melding VK besproken (Sarah)", "elke week"],
        ["Febe D. (4C)", "zelfverwonding, ouders uit elkaar", "wekelijks gesprek Nordin, verwijzing CGG", "na krokus"],
        ["Ayoub C. (3C)", "verblijft in leefgroep (jeugdrechter)", "contact consulent, post naar voorziening (Annick)", "mei"],
        ["Jana C. (4A)", "ouders in budgetbegeleiding", "skireis via solidariteitsfonds (Griet)", "afgerond"]]
M("cel-lb-februari", W("sarah"), [W("griet"), W("nordin"), W("hanne")], "verslag cel leerlingenbegeleiding 6/2",
  "2025-02-06 17:22",
  text(simple_html("<p>Dag allemaal,</p><p>Hieronder het verslag van de cel van vandaag. Niet doorsturen, ik zet het ook in het LVS.</p>\n"
                   + table_html(rows) + "<p>Volgende cel: 6 maart, 12u40.</p><p>Sarah</p>"), "html", cte="quoted-printable"),
  rules=["sensitive"], cats=["psychosocial", "family", "financial"], about=["P0007", "P0095", "P0203", "P0124", "P0185"],
  note="care-team minutes table with initials + class: school refusal, unsafe home, self-harm, placement, family in debt guidance",
  fmt=["html-only", "qp", "html-table", "initials"])

M("wout-volley", W("koen"), [W("griet")], "ongeval LO Wout De Backer", "2025-03-12 15:34",
  text("""Griet,

Wout De Backer (3C) is vanmiddag bij volleybal hard met zijn hoofd op de grond geklapt. Hij was even suf en moest overgeven. Mama heeft hem opgehaald en is met hem naar de spoed van Gasthuisberg gegaan: hersenschudding, een week thuis, geen schermen, daarna rustig opbouwen.

De ongevalsaangifte voor de verzekering vul ik morgen in. Zijn geboortedatum (03/08/2010) en adres heb ik al uit Smartschool gehaald, mama bezorgt het attest van de spoed.

Koen
"""),
  rules=["sensitive", "personal_data"], cats=["medical"], about=["P0127"],
  note="PE teacher reports a pupil's concussion diagnosed at the emergency department, with his date of birth",
  fmt=["plain", "7bit"])

orig = """Dear Griet,

Could you let me know by Friday which of your pupils can host one of our students in the week of 17 March? Ideally 12 families.

Best wishes,
Maeve O'Connor
Erasmus+ coordinator, St Colman's College"""
M("re-erasmus-hosting", W("griet"), [("Maeve O'Connor", "m.oconnor@stcolmans.ie")], "Re: Erasmus+ hosting families March",
  "2025-02-12 12:47",
  text("""Hi Maeve,

We have 11 confirmed host families; I'll send you the list with names and addresses through the Erasmus+ platform, not by mail.

A small remark on one of them: Arne Vandeputte (4D) had signed up, but we'd rather not place a student with him. His parents separated this winter and he now alternates weeks between his mother's flat and his father's house, which is quite unsettled at the moment. His mother asked us about it discreetly. Arne can of course still join all the activities during the week.

I'll look for a twelfth family in 4C.

Best,
Griet

On Tue, 11 Feb 2025 at 09:13, Maeve O'Connor <m.oconnor@stcolmans.ie> wrote:
""" + quote(orig) + "\n", flowed=False),
  extra=[("In-Reply-To", "<a81f.erasmus@stcolmans.ie>"), ("References", "<a81f.erasmus@stcolmans.ie>")],
  rules=["sensitive"], cats=["family"], about=["P0198"], lang="en",
  note="deputy head tells a foreign partner school a pupil's parents separated and he alternates homes",
  fmt=["plain", "reply"])

fwd = """Beste meneer El Amrani,

Ik moet u iets laten weten over Julie. Al drie weken wordt ze via Snapchat en in een groepschat met klasgenoten uitgescholden. Er werd een foto van haar bewerkt en rondgestuurd, ik heb screenshots. Ze wil 's morgens niet meer opstaan, zegt dat ze ziek is en sluit zich op in haar kamer. Gisteren heeft ze gezegd dat ze liever naar een andere school gaat.

Ik weet wie er achter zit maar ik wil geen namen noemen voor ik met u gesproken heb. Kan ik u deze week zien?

Sofie Verbeke
0472 88 19 03
"""
M("fw-julie-snapchat", W("mohamed"), [W("griet"), W("nordin")], "FW: Julie Verbeke 2D", "2025-03-04 17:05",
  text("""Griet, Nordin,

Onderstaande mail kreeg ik vanmiddag van de mama van Julie (2D). Ik heb in de klas zelf niets gemerkt, maar het verklaart wel waarom ze de laatste weken zo stil is. Ik stel voor dat ik mama donderdag zie, liefst met één van jullie erbij.

Mohamed

________________________________
Van: Sofie Verbeke <sofie.verbeke@telenet.be>
Verzonden: dinsdag 4 maart 2025 13:28
Aan: Mohamed El Amrani
Onderwerp: Julie

""" + fwd, cte="quoted-printable"),
  rules=["sensitive", "personal_data"], cats=["psychosocial"], about=["P0097"], mailer=OL,
  note="class teacher forwards a mother's mail: her daughter is harassed on Snapchat and won't get up for school",
  fmt=["plain", "qp", "inline-forward"])


# ---------------------------------------------------------------- misdirected (about X, only to Y's parent)
M("herinnering-rekening-tuur", W("rudi"), [("Ellen Claessens", "ellen.claessens@gmail.com")],
  "Derde herinnering schoolrekening Tuur Claes (2C)", "2025-03-10 09:48",
  text("""Beste mevrouw Claes,

Ondanks onze herinneringen van januari en februari staat de schoolrekening van Tuur (2C) nog altijd open voor een bedrag van 263,40 EUR. In november spraken we een afbetalingsplan af van 30 euro per maand, maar sinds december hebben we geen betaling meer ontvangen.

We begrijpen dat het financieel soms moeilijk kan zijn. Daarom vragen we u om uiterlijk 24 maart contact op te nemen met de boekhouding, zodat we samen een haalbare oplossing kunnen zoeken. Zonder reactie zijn we helaas genoodzaakt het dossier over te maken aan ons incassobureau.

Betalen kan op rekening BE62 7340 2156 8361 met vermelding van factuurnummer 2024-0944.

Met vriendelijke groeten,

Rudi Verhulst
Boekhouding Sint-Pieterscollege
"""),
  rules=["sensitive", "personal_data"], cats=["financial"], about=["P0085"], mis=True,
  note="third reminder of a family's broken payment plan for Tuur Claes sent to the parent of Warre Claessens (autocomplete)",
  fmt=["plain", "8bit"])

plan = """HANDELINGSPLAN - fase verhoogde zorg
Leerling: Elise Peeters - klas 3A
Opgesteld: 14/11/2024 - zorgteam + CLB

Beginsituatie
- sterke faalangst bij toetsen en examens (black-out bij wiskunde en Frans)
- werkt thuis zeer lang, slaapt slecht in examenperiodes
- vraag van ouders en leerling om ondersteuning

Doelen
1. Elise kan een toets starten zonder te blokkeren.
2. Elise maakt zelf een realistische studieplanning voor de examens.

Afspraken
- faalangsttraining (6 sessies, woensdagmiddag, via CLB)
- toetsen in het zorglokaal, vragen per blad aangeboden
- wekelijks planningsmoment met de zorgleerkracht
- evaluatie van het plan op de klassenraad van februari
"""
M("handelingsplan-elise", W("sarah"), [("Greet Pieters", "greet.pieters@skynet.be")],
  "Handelingsplan Elise", "2024-11-15 12:20",
  multipart("mixed", [text("""Beste meneer en mevrouw Peeters,

Zoals beloofd op het oudercontact vindt u in bijlage het handelingsplan dat we voor Elise (3A) hebben opgesteld. De faalangsttraining via het CLB start op woensdag 27 november.

Mogen we u vragen het plan met Elise te overlopen en ons te laten weten of u akkoord gaat?

Met vriendelijke groeten,
Sarah Lambrechts
Zorgcoördinator
"""), attach(plan, "text/plain; charset=\"utf-8\"", "handelingsplan_Elise_3A.txt")], boundary("hpelise")),
  rules=["sensitive"], cats=["care", "psychosocial"], about=["P0115"], mis=True, mailer=OL,
  note="care plan of Elise Peeters (3A) sent to the mother of Elise Pieters (1D), same first name",
  fmt=["mixed", "txt-attachment"])

M("afwezig-emma", W("ilse"), [("Sarah De Wilde", "sarah.dewilde@outlook.com")],
  "Afwezigheid Emma De Wit (2B)", "2025-01-21 10:31",
  text("""Beste ouder,

Emma De Wit (2B) was vandaag afwezig in het 3de en 4de lesuur (geschiedenis en wiskunde) zonder dat wij een verwittiging of wettiging ontvingen. Ze was wel aanwezig in het 1ste en 2de lesuur.

Wilt u ons laten weten wat er gebeurd is? Een afwezigheid zonder geldige reden wordt als onwettig genoteerd.

Met vriendelijke groeten,
Ilse Dierckx
Leerlingensecretariaat
"""),
  rules=[], about=["P0073"], mis=True,
  note="routine absence notice about Emma De Wit (2B) sent to the parent of Emma De Wilde (5B)",
  fmt=["plain", "7bit"])

M("terugbetaling-buzzypazz", W("annick"), [("Peter Janssens", "peter.janssens@proximus.be")],
  "terugbetaling busabonnement Lukas", "2025-02-27 14:02",
  text("""Beste mevrouw Jansen,

Omdat Lukas (4B) niet meegegaan is op de uitstap naar Brussel van 14 februari, betalen wij het voorgeschoten treinticket van 12,50 EUR terug. Het bedrag wordt deze week gestort op rekening BE12 3631 1849 0792, zoals u op het formulier vermeldde.

Vriendelijke groet,
Annick Wouters
Secretariaat
"""),
  rules=["personal_data"], about=["P0190"], mis=True,
  note="refund notice about Lukas Jansen (4B) with his parent's IBAN sent to the father of Luka Janssens (4D)",
  fmt=["plain", "7bit"])

M("rilatine-bijna-op", W("ilse"), [("An Jacobs", "an.jacobs@hotmail.com")], "medicatie Robin", "2025-02-10 11:47",
  text("""Dag mevrouw Jacobs,

De doos Rilatine van Robin (1B) die hier op het leerlingensecretariaat ligt, is bijna leeg: er zijn nog drie tabletten. Kan u deze week een nieuwe doos meegeven? Gelieve ze in een gesloten envelop met zijn naam aan mij te laten afgeven.

Alvast bedankt,
Ilse Dierckx
"""),
  rules=["sensitive"], cats=["medical"], about=["P0014"], mis=True,
  note="note on Robin Jacobs's ADHD medication supply sent to the mother of Rosa Jacobs (1C)",
  fmt=["plain", "7bit"])

M("incident-jarne-w", W("sofie"), [("Dirk Vinck", "dirk.vinck@telenet.be")], "Incident Jarne - donderdag",
  "2025-01-24 16:55",
  text("""Beste mevrouw Wijnants,

Jammer genoeg moet ik u opnieuw contacteren over Jarne. Gisteren in de middagpauze was hij betrokken bij een vechtpartij aan de sporthal. Een medeleerling heeft daarbij een scheur in de lip opgelopen. Het is de vierde keer dit trimester dat Jarne zijn kwaadheid niet onder controle heeft, en hij zegt zelf dat hij "gewoon ontploft".

Jarne krijgt woensdagnamiddag strafstudie. Daarnaast willen we een begeleidingscontract opstellen met de leerlingenbegeleider, en we raden aan om ook bij het CLB langs te gaan. Kan u volgende week op school langskomen? Dinsdag of donderdag na 15u30 past voor mij.

Met vriendelijke groeten,
Sofie Raets
Klastitularis 3C
"""),
  rules=["sensitive"], cats=["psychosocial"], about=["P0129"], mis=True,
  note="behaviour incident and contract for Jarne Wijnants sent to the father of Jarne Vinck in the same class",
  fmt=["plain", "8bit"])

M("reunion-parents-zakaria", ("Joke Vandersmissen", "joke.vandersmissen@sintpieterscollege.be"),
  [("Leila Mansour", "leila.mansour@gmail.com")], "Réunion de parents - Zakaria", "2024-12-12 18:20",
  text("""Madame Mansouri,

Je suis la titulaire de Zakaria en 1A. Comme vous me l'aviez demandé, je vous écris en français.

Je vous invite à la réunion de parents du jeudi 19 décembre pour discuter de son bulletin de Noël. Zakaria travaille bien en classe, mais ses résultats en néerlandais et en mathématiques sont encore faibles. Je vous propose un rendez-vous à 17h20 en classe A012. Si cela ne vous convient pas, vous pouvez choisir une autre heure via Smartschool.

Bien à vous,

Joke Vandersmissen
Titulaire 1A
"""),
  rules=[], about=["P0005"], mis=True, lang="fr",
  note="parent-evening invitation about Zakaria Mansouri (1A) sent to the mother of Yassine Mansour (1A)",
  fmt=["plain", "8bit"])

M("toestemming-beeld-noor", W("magda"), [("Inge Hendriks", "inge.hendriks@telenet.be")],
  "Formulier beeldmateriaal Noor Hendrickx (2D)", "2024-10-08 09:15",
  text(simple_html("""<p>Beste ouders van Noor Hendrickx (2D),</p>
<p>Wij hebben het formulier voor het gebruik van beeldmateriaal van Noor nog niet terug ontvangen. Zonder dat formulier mogen we geen foto's van Noor gebruiken op de website of in de schoolkrant.</p>
<p>U kan het formulier invullen via Smartschool (Formulieren &gt; Toestemming beeldmateriaal) of een papieren versie meegeven met Noor.</p>
<p>Vriendelijke groeten,<br>Magda Stevens<br>Onthaal</p>"""), "html", cte="quoted-printable"),
  rules=[], about=["P0096"], mis=True,
  note="photo-consent reminder about Noor Hendrickx (2D) sent to the mother of Noor Hendriks (6C)",
  fmt=["html-only", "qp"])

# ---------------------------------------------------------------- correctly addressed (about X, to X's parent)
M("afbetalingsplan-vandamme", W("griet"), [("Mieke Vandamme", "mieke.vandamme@telenet.be")],
  "Afspraak schoolrekening Lucas", "2025-02-03 15:20",
  text("""Beste mevrouw Vandamme,

Dank u voor uw komst vorige week. Zoals afgesproken bevestig ik hierbij het afbetalingsplan voor de openstaande schoolrekening van Lucas (4B), 420 EUR:

- 35 EUR per maand, telkens voor de 10de, vanaf maart 2025 tot en met februari 2026
- op rekening BE62 7340 2156 8361, mededeling "Lucas Vandamme 4B plan"
- zolang het plan gevolgd wordt, sturen we geen herinneringen meer

Mocht het toch een maand niet lukken, laat het dan gewoon weten aan mij of aan Rudi Verhulst van de boekhouding. Lucas hoeft hier niets van te merken.

Met vriendelijke groeten,

Griet Vandenberghe
Adjunct-directeur
"""),
  rules=["sensitive", "personal_data"], cats=["financial"], about=["P0180"],
  note="deputy head confirms a payment plan for unpaid school bills to the pupil's own mother",
  fmt=["plain", "8bit"])

M("gesprek-ilias", W("hanne"), [("Samira Haddouchi", "samira.haddouchi@gmail.com")], "Gesprek over Ilias",
  "2025-01-17 14:05",
  text("""Beste mevrouw Haddouchi,

Dank u dat u gisteren zo lang met Ilias aan de poort bent blijven staan. Ik weet dat dit voor jullie allebei erg zwaar is.

Zoals afgesproken nodigen we u uit voor een gesprek op dinsdag 21 januari om 9u, samen met mevrouw Lambrechts (zorgcoördinator) en Els Verbiest van het CLB. We willen samen een plan maken zodat Ilias stap voor stap terug naar school kan komen: eerst een uur per dag bij mij in het zorglokaal, dan langzaam meer.

Ilias mag gerust mee naar het gesprek komen, maar dat hoeft niet.

Vriendelijke groeten,
Hanne Cuypers
Zorgleerkracht 1ste graad
""", cte="quoted-printable"),
  rules=["sensitive"], cats=["psychosocial"], about=["P0007"],
  note="care teacher invites the mother to plan her son's gradual return after weeks of school refusal",
  fmt=["plain", "qp"])

orig = """Meneer Van Hoof,

Senne is vandaag weer overstuur thuisgekomen. Zijn brooddoos werd weer weggegooid en er zou een filmpje van hem rondgaan. Hij wil morgen niet naar school. Wat gaat de school hieraan doen?

Hilde Govaerts"""
M("re-senne-mama", W("wouter"), [("Hilde Govaerts", "hilde.govaerts@telenet.be")], "RE: Senne", "2025-01-28 20:41",
  text("""Beste mevrouw Govaerts,

Dank u om me dit meteen te laten weten. Ik heb het incident van vandaag zelf gezien en het ook al aan de directie en de leerlingenbegeleider gemeld.

Concreet: meneer Azzouzi spreekt morgen in het eerste lesuur met Senne, daarna met de betrokken leerlingen. Het filmpje laten we verwijderen en de ouders van de betrokken leerlingen worden gecontacteerd. Senne mag tijdens de middag voorlopig in de bib eten als hij dat wil.

Ik begrijp heel goed dat hij morgen niet wil komen, maar ik zou het toch aanraden: hoe langer hij thuisblijft, hoe moeilijker het wordt. Als hij wil, haal ik hem om 8u20 zelf op aan de poort.

Met vriendelijke groeten,
Wouter Van Hoof
Klastitularis 2A

-----Oorspronkelijk bericht-----
Van: Hilde Govaerts <hilde.govaerts@telenet.be>
Verzonden: dinsdag 28 januari 2025 18:02
Aan: Wouter Van Hoof <wouter.vanhoof@sintpieterscollege.be>
Onderwerp: Senne

""" + orig, cte="quoted-printable"),
  extra=[("In-Reply-To", "<CAK1senne0128@mail.gmail.com>"), ("References", "<CAK1senne0128@mail.gmail.com>")],
  rules=["sensitive"], cats=["psychosocial"], about=["P0064"], mailer=OL,
  note="class teacher answers the mother of a bullied boy with the school's individual approach",
  fmt=["plain", "qp", "reply", "outlook-quote"])

M("medicatie-bilal", W("ilse"), [("Mustapha Ait Taleb", "mustapha.aittaleb@hotmail.com")],
  "Noodmedicatie Bilal", "2024-09-12 13:30",
  text("""Beste meneer Ait Taleb,

Wij hebben het attest van de neuroloog en de noodmedicatie (Buccolam 7,5 mg) voor Bilal goed ontvangen. De medicatie ligt in de EHBO-kast op het secretariaat; een tweede dosis gaat mee in de EHBO-koffer bij uitstappen en LO buiten de school.

De leerkrachten van 1C en de leerkracht LO zijn op de hoogte van wat ze moeten doen bij een aanval. Wilt u ons verwittigen wanneer de dosis of de medicatie wijzigt, of wanneer de vervaldatum nadert?

Met vriendelijke groeten,
Ilse Dierckx
Leerlingensecretariaat
"""),
  rules=["sensitive"], cats=["medical"], about=["P0035"],
  note="office confirms to the father that his son's epilepsy emergency medication is at school",
  fmt=["plain", "8bit"])

plain = """Beste mevrouw Hermans,

Het CLB heeft ons het verslag van het onderzoek bij Finn bezorgd. Het bevestigt wat we al vermoedden: Finn heeft dyslexie en dysorthografie.

Op basis daarvan krijgt Finn vanaf nu op school de volgende maatregelen:
- toetsen in lettertype Arial 12 met ruime interlinie
- spellingsfouten tellen enkel mee bij Nederlands en bij de spellingstoetsen van de moderne talen
- extra tijd (ongeveer 1/3) of minder vragen bij grote toetsen
- gebruik van voorleessoftware bij examens

Deze afspraken worden opgenomen in het leerlingvolgsysteem zodat alle leerkrachten van Finn ze kennen. We evalueren samen op het oudercontact van maart.

Met vriendelijke groeten,

Sarah Lambrechts
Zorgcoördinator
"""
M("redicodi-finn", W("sarah"), [("Lies Hermans", "lies.hermans@proximus.be")], "Verslag CLB en maatregelen voor Finn",
  "2024-12-02 11:44", alt(plain, outlook_html(paras(plain)), boundary("finn")),
  rules=["sensitive"], cats=["care", "medical"], about=["P0088"], mailer=OL,
  note="care coordinator tells the mother the CLB report confirms dyslexia and lists her son's measures",
  fmt=["alt"])

M("schrijfwedstrijd-mats", W("griet"), [("Nele Vervoort", "nele.vervoort@telenet.be")], "Proficiat aan Mats!",
  "2025-04-29 12:00",
  text(simple_html("""<p>Beste mevrouw Vervoort,</p>
<p>Met veel plezier laat ik u weten dat Mats (3B) de eerste prijs heeft gewonnen in de schrijfwedstrijd "Leuven schrijft" van de stad, in de categorie 14-16 jaar. De jury vond zijn verhaal over de verhuis van zijn grootvader origineel en ontroerend.</p>
<p>De prijsuitreiking is op zaterdag 17 mei om 14u in de Stadsbibliotheek. U bent als ouder natuurlijk van harte welkom.</p>
<p>Hartelijke groeten,<br>Griet Vandenberghe<br>adjunct-directeur</p>"""), "html", cte="quoted-printable"),
  rules=[], about=["P0150"],
  note="congratulations to a pupil's own mother for a writing prize",
  fmt=["html-only", "qp"])

plain = """Beste mevrouw Lemmens,

Goed nieuws: Amber (5D) is geslaagd voor de eerste ronde van de Vlaamse Wiskunde Olympiade en mag deelnemen aan de tweede ronde op woensdag 29 januari. Die vindt plaats op school, van 14u tot 16u in lokaal B204.

Ze mag een potlood, gom en lat meebrengen, geen rekenmachine. Wil je via Smartschool laten weten of ze deelneemt?

Groeten,
Dieter Vanlommel
Leerkracht wiskunde
"""
M("olympiade-amber", W("dieter"), [("Tinne Lemmens", "tinne.lemmens@telenet.be")], "Wiskunde Olympiade - tweede ronde",
  "2025-01-15 16:10", alt(plain, outlook_html(paras(plain)), boundary("olymp")),
  rules=[], about=["P0245"], mailer=OL,
  note="math teacher tells a pupil's own mother she reached the second round of the olympiad",
  fmt=["alt"])

M("londen-sam", W("sven"), [("Bram Dewulf", "bram.dewulf@gmail.com")], "Bevestiging inschrijving Londen - Sam",
  "2024-10-22 19:30",
  text("""Beste meneer Dewulf,

Hierbij bevestig ik de inschrijving van Sam (6A) voor de reis naar Londen van 10 tot 13 maart.

Het voorschot van 150 EUR is ontvangen. Het saldo (245 EUR) mag betaald worden voor 31 januari op rekening BE62 7340 2156 8361 met mededeling "Londen 6A Sam Dewulf".

Voor de boeking van de Eurostar noteerden we als geboortedatum van Sam 14 mei 2007; klopt dat niet, laat het ons dan weten. Vergeet niet dat Sam een geldige identiteitskaart nodig heeft. Een infoavond volgt in februari.

Vriendelijke groeten,
Sven Wijns
Reisverantwoordelijke 6de jaar
"""),
  rules=["personal_data"], about=["P0252"],
  note="trip registration confirmation to the pupil's own father, with his date of birth and the school IBAN",
  fmt=["plain", "7bit"])

M("locker-key-oscar", W("ilse"), [("Erik Lindqvist", "erik.lindqvist@gmail.com")], "Oscar's locker key",
  "2024-11-06 10:22",
  text("""Dear Mr Lindqvist,

Oscar (2B) told us this morning that he has lost the key to his locker. We can give him a new key, but the lock then has to be replaced, which costs 10 euro. The amount will be added to the next school invoice.

In the meantime Oscar can leave his things in the class cupboard; his class teacher knows.

Kind regards,
Ilse Dierckx
Pupil office
"""),
  rules=[], about=["P0078"], lang="en",
  note="pupil office tells an English-speaking father his son lost his locker key; no code given",
  fmt=["plain", "7bit"])

M("etude-chloe", W("griet"), [("Isabelle Dumont", "isabelle.dumont@skynet.be")], "Étude du soir - Chloé",
  "2024-09-19 13:14",
  text("""Chère Madame Dumont,

Je vous remercie pour votre question concernant l'étude du soir pour Chloé (1B).

L'étude surveillée a lieu le lundi, mardi et jeudi de 15h45 à 17h dans le réfectoire. Un éducateur est présent et les élèves peuvent y faire leurs devoirs dans le calme. L'inscription se fait par trimestre via Smartschool; le prix est de 1,50 euro par soirée, facturé sur la note scolaire.

Chloé peut commencer dès lundi prochain.

Bien cordialement,

Griet Vandenberghe
Directrice adjointe
"""),
  rules=[], about=["P0016"], lang="fr",
  note="homework-club information to a pupil's own mother, in French",
  fmt=["plain", "8bit"])


# ---------------------------------------------------------------- credentials handed over
LIES = ("Lies Vandeweyer", "lies.vandeweyer@sintpieterscollege.be")
M("welkom-interim-login", W("tom"), [LIES], "Welkom + je logins", "2024-09-02 07:48",
  text("""Dag Lies,

Welkom op het SPC! Je account is aangemaakt, hieronder wat je nodig hebt om vandaag te starten.

Smartschool: gebruikersnaam lies.vandeweyer, tijdelijk wachtwoord Zomer!2024start. Je wordt bij de eerste aanmelding gevraagd om het te wijzigen.
Microsoft 365 (Teams, Outlook): lies.vandeweyer@sintpieterscollege.be, hetzelfde tijdelijke wachtwoord.
De laptops in de lerarenkamer: zelfde gegevens, na 10 minuten worden ze opnieuw ingesteld.

Lukt er iets niet, ik zit in lokaal C003 tot 10u.

Tom
ICT
"""),
  rules=["password"], note="ICT gives a new interim teacher username and temporary password in prose",
  fmt=["plain", "7bit"])

M("opendeur-alarm", W("griet"), [W("annick")], "zaterdag opendeur - sleutels", "2025-04-24 17:20",
  text("""Annick,

Voor zaterdag, omdat Kristof er pas om 9u30 is: de sleutel van de voordeur zit in het sleutelkastje naast de achterdeur (code 2019#). Het alarm zet je uit met 4817 en dan OFF. Als het toch begint te loeien: niet in paniek, gewoon opnieuw 4817.

Tot zaterdag!
Griet
"""),
  rules=["password"], note="deputy head gives colleague the key-box code and the alarm code for the open day",
  fmt=["plain", "7bit"])

rows = [["Platform", "Login", "Wachtwoord", "Opmerking"],
        ["Canva for Education", "vakgroep.info@spc.ksleuven.be", "Canva-Info-24!", "team 'Informatica SPC'"],
        ["BookWidgets", "spc-informatica", "bw8812Leuven", "licentie tot 31/8/2025"],
        ["LEGO Spike tablets", "-", "pincode 2580", "tablets 1 tot 12"],
        ["Replit Teams", "pj.verhaegen", "via mij vragen", "eigen account"]]
plain = "Hoi allemaal,\n\nOp vraag van een paar van jullie: de gedeelde accounts van de vakgroep op een rij.\n\n" + table_text(rows) + "\n\nNiet doorgeven aan leerlingen aub ;-)\n\nPJ\n"
M("vakgroep-accounts", W("pj"), [("Sander Peeters", "sander.peeters@sintpieterscollege.be"),
                                  ("Nele Goris", "nele.goris@sintpieterscollege.be"), W("tom")],
  "gedeelde accounts vakgroep info", "2024-09-10 20:14",
  alt(plain, outlook_html(paras("Hoi allemaal,\n\nOp vraag van een paar van jullie: de gedeelde accounts van de vakgroep op een rij.") + table_html(rows) + paras("\nNiet doorgeven aan leerlingen aub ;-)\n\nPJ")), boundary("vgacc")),
  rules=["password"], mailer=OL, note="teacher mails colleagues a table of shared platform logins and a tablet PIN",
  fmt=["alt", "html-table"])

M("gastspreker-wifi", W("griet"), [("Tine Moors", "tine.moors@preventiewerk-leuven.be")],
  "Praktisch voor donderdag", "2025-02-17 09:05",
  text("""Beste Tine,

Fijn dat je donderdag de sessie over middelengebruik komt geven voor het 4de jaar. Je kan parkeren op de leraarsparking (inrit via de Pleinstraat). Meld je om 9u15 aan het onthaal, Magda brengt je naar de turnzaal.

Voor je laptop: het gastnetwerk heet SPC-Gast, de sleutel is Welkom@SPC2025. Een HDMI-kabel en een clicker liggen klaar.

Tot donderdag!
Griet Vandenberghe
adjunct-directeur
"""),
  rules=["password"], note="guest speaker given the school's guest Wi-Fi key",
  fmt=["plain", "7bit"])

M("kopieercode-lies", W("annick"), [LIES], "kopieercode", "2024-09-03 10:40",
  text("""Dag Lies,

Je kopieercode voor de printers in de lerarenkamer en in het secretariaat is 40512. Je krijgt 500 kopies per maand, daarna moet je het via Rudi laten verhogen.

Annick
"""),
  rules=["password"], note="secretariat gives the new teacher her personal copier code",
  fmt=["plain", "7bit"])

fwd = """Hoi Griet,

De toegang tot het klantenportaal van PrintPartner voor het opvolgen van de tellerstanden, zoals gevraagd. Ik heb het zelf nog niet gewijzigd, doe jij dat als je de eerste keer inlogt?

Tom

---------- Forwarded message ---------
From: PrintPartner Support <support@printpartner.be>
Date: Mon, 14 Oct 2024 at 15:02
Subject: Your PrintPartner portal account
To: <tsc@spc.ksleuven.be>

Dear customer,

Your account for the PrintPartner customer portal has been created.

Portal: https://portal.printpartner.be
Username: spc-leuven-admin
Temporary password: Kx7#pL2qWd

For security reasons, please change this password after your first login.

Kind regards,
PrintPartner Support Team
"""
M("fwd-printpartner-portal", W("tsc"), [W("griet")], "Fwd: Your PrintPartner portal account", "2024-10-14 16:11",
  text(fwd, cte="quoted-printable"),
  rules=["password"], note="ICT forwards inline a vendor mail holding the portal username and temporary password",
  fmt=["plain", "qp", "inline-forward"])

rnd_l = random.Random(1313)
lines = ["Kastje;Leerling;Code"]
for i, r in enumerate([r for r in ROSTER if r["cls"] == "1C"], start=101):
    lines.append(f"{i};{r['first']} {r['last']};{rnd_l.randint(0, 9999):04d}")
M("lockercodes-1c", W("kristof"), [W("veerle")], "codes kastjes 1C", "2024-09-05 12:33",
  multipart("mixed", [text("""Dag Veerle,

In bijlage de codes van de kastjes van jouw klas (gang blok B, nummers 101 tot 112). Kan je ze aan de leerlingen geven? Wie zijn code vergeet, mag bij mij langskomen.

Kristof
"""), attach("\n".join(lines) + "\n", "text/csv", "kastjes_1C.csv")], boundary("lock1c")),
  rules=["password"], note="caretaker sends a csv of lockers with each pupil's lock code",
  fmt=["mixed", "csv-attachment"])

M("herstelcode-ruben", W("tom"), [("Ruben Segers", P("P0154")["mail"])], "je account", "2025-01-07 08:22",
  text("""Hoi Ruben,

Je had gevraagd om je wachtwoord opnieuw in te stellen. Ga naar de aanmeldpagina, klik op 'Code ontvangen' en gebruik deze herstelcode: 883204. Ze is 24 uur geldig. Daarna kies je zelf een nieuw wachtwoord.

Tom (ICT)
"""),
  rules=["password"], about=["P0154"], note="ICT mails a pupil a reset code for his account",
  fmt=["plain", "7bit"])

M("sporthal-vcheverlee", W("kristof"), [("VC Heverlee secretariaat", "secretariaat@vcheverlee.be")],
  "Sporthal - toegang vanaf 1 oktober", "2024-09-26 14:50",
  text("""Beste,

Vanaf 1 oktober kunnen jullie de sporthal gebruiken op dinsdag en donderdag van 19u tot 22u30, zoals in het contract.

Toegang: de zijdeur aan de Kapelstraat opent met code 1906*. Het alarm van de sporthal staat uit tot 23u; wie later vertrekt, moet het inschakelen met 7741 + AAN. Gelieve de code enkel aan de trainers te geven.

Bij problemen ben ik bereikbaar tot 22u.

Kristof Smets
Technisch adviseur Sint-Pieterscollege
0479 30 11 82
"""),
  rules=["password", "personal_data"], note="caretaker gives a sports club the hall door code and alarm code",
  fmt=["plain", "7bit"])

M("examenlaptops-admin", W("tom"), [W("dieter")], "examenlaptops", "2024-12-09 13:02",
  text("""Dieter,

Voor de examens in de turnzaal: als een laptop vastloopt en je de examenbrowser moet afsluiten, log dan in met het lokale beheerdersaccount:
gebruiker: examadmin
wachtwoord: Ex@men-2024!
Na de examens verander ik het terug.

Tom
"""),
  rules=["password"], note="ICT gives a teacher the local admin account of the exam laptops",
  fmt=["plain", "7bit"])

M("gedeelde-mailbox-info", W("griet"), [("Yasmina Ouled", "yasmina.ouled@sintpieterscollege.be")],
  "mailbox info@", "2025-01-06 08:30",
  text("""Dag Yasmina,

Welkom in het team! Vanaf vandaag beheer jij samen met Annick de mailbox info@sintpieterscollege.be. Tom zet hem deze week als gedeelde mailbox in jouw Outlook; tot dan kan je inloggen via de webmail:

  adres: info@sintpieterscollege.be
  wachtwoord: Pieter$College1865

Antwoord op vragen van ouders altijd vanuit info@, nooit vanuit je eigen adres.

Griet
""", cte="quoted-printable"),
  rules=["password"], note="deputy head gives a new secretary the password of the shared info@ mailbox",
  fmt=["plain", "qp"])

M("guest-account-visitor", W("tom"), [("Hannah Reilly", "h.reilly@stcolmans.ie")], "Your guest account for next week",
  "2025-03-13 11:05",
  text("""Hi Hannah,

Griet asked me to set up a guest account for you for the Erasmus+ week, so you can use the classroom PCs and the smartboards.

username: gast07
password: Leuven-7731

The account works from Monday 17 until Friday 21 March. If anything goes wrong, you can find me in room C003 or call the office on +32 16 29 41 80.

Best,
Tom Schepers
ICT coordinator
"""),
  rules=["password", "personal_data"], lang="en",
  note="ICT gives a visiting Irish teacher a guest username and password",
  fmt=["plain", "7bit"])

M("wavre-wifi-parking", W("griet"), [("Pascale Dethier", "p.dethier@athenee-wavre.be")], "Votre visite du 8 mai",
  "2025-05-05 15:40",
  text("""Chère Pascale,

Nous nous réjouissons de vous accueillir jeudi avec vos élèves de 5e.

Le car peut se garer sur le parking arrière; la barrière s'ouvre avec le code 3344. Pour vos ordinateurs, le réseau invité s'appelle SPC-Gast et la clé est Welkom@SPC2025.

Le programme définitif suit demain.

Bien à vous,
Griet Vandenberghe
Directrice adjointe
"""),
  rules=["password"], lang="fr", note="deputy head gives a partner school the car-park barrier code and Wi-Fi key",
  fmt=["plain", "8bit"])

M("bankkaart-rome", W("rudi"), [W("sven")], "bankkaart Romereis", "2025-03-28 14:12",
  text("""Sven,

De bankkaart voor de Romereis ligt in de kluis, je kan ze maandag ophalen. Pincode: 7302. Limiet 1500 euro per week, genoeg voor de toegangen en de metrokaarten. Bewaar alle kasticketjes in de envelop aub.

Rudi
"""),
  rules=["password"], note="bookkeeper gives the trip leader the PIN of the school's trip bank card",
  fmt=["plain", "7bit"])

inner = message(("Microsoft 365", "no-reply@microsoft.com"), [("Hamza Tahiri", "hamza.tahiri@sintpieterscollege.be")],
                "Your Microsoft 365 account is ready", "2025-02-24 07:15",
                text("""Welcome to Microsoft 365

Your account has been created. Sign in with the details below.

User name: hamza.tahiri@sintpieterscollege.be
Temporary password: Vuzo4812

You will be asked to change your password when you sign in for the first time.

Sign in: https://www.office.com

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
"""), slug="inner-m365", mid="<M365.welcome.8f21@microsoft.com>")
M("fw-m365-hamza", W("tom"), [("Hamza Tahiri", "hamza.tahiri@sintpieterscollege.be")], "FW: Your Microsoft 365 account is ready",
  "2025-02-24 07:32",
  multipart("mixed", [text("""Dag Hamza,

Welkom! De welkomstmail van Microsoft kwam bij mij terecht omdat je nog geen mailbox had. Zie bijlage voor je tijdelijk wachtwoord.

Tom
"""), rfc822(inner, "Your Microsoft 365 account is ready.eml")], boundary("m365")),
  rules=["password"], mailer=OL, note="ICT forwards as attachment the Microsoft 365 welcome mail with a temporary password",
  fmt=["mixed", "rfc822-attachment", "forward"])

orig = """Tom, wat was het paswoord van de pc aan het digibord in B012 weer? Ik sta hier met een volle klas.
Dieter"""
M("re-digibord-b012", W("tom"), [W("dieter")], "Re: digibord B012", "2024-10-03 10:07",
  text("""gebruiker: klaslokaal
paswoord: B012-bord!

(en plak het niet op het bord zoals in B014 ;-) )

Tom

Op do 3 okt 2024 om 10:04 schreef Dieter Vanlommel <dieter.vanlommel@sintpieterscollege.be>:
""" + quote(orig) + "\n"),
  extra=[("In-Reply-To", msgid("digibord-q")), ("References", msgid("digibord-q"))],
  rules=["password"], note="ICT answers a quick question with the classroom PC login and password",
  fmt=["plain", "reply"])

M("alarm-oudervereniging", W("kristof"), [("Filip Wauters", "filip.wauters@gmail.com")],
  "Quiz oudervereniging - sluiten", "2025-03-19 16:25",
  text("""Dag Filip,

Voor de quiz van zaterdag: ik ben er tot 19u om de refter open te doen (en de frigo’s van de keuken aan te zetten). Daarna zijn jullie alleen.

Bij het vertrekken: alle lichten uit, deur van de keuken op slot (sleutel hangt aan de haak), en dan het alarm aan het klavier naast de hoofdingang: 2580 en dan # . Je hebt 30 seconden om buiten te zijn.

Als er iets is, bel me gerust: 0479 30 11 82.

Kristof
""", charset="windows-1252"),
  rules=["password", "personal_data"], note="caretaker gives the parents' association chair the alarm code for an evening event",
  fmt=["plain", "windows-1252", "8bit"])

M("instagram-school", W("griet"), [W("elke")], "Instagram school", "2024-11-12 21:03",
  text(simple_html("""<p>Hoi Elke,</p>
<p>Super dat je de Instagram van de school wil overnemen! Hier de gegevens:</p>
<ul><li>account: @sintpieterscollege_leuven</li>
<li>wachtwoord: SPCinsta!2024</li>
<li>back-upcodes voor de tweestapsverificatie: 4821 7730 &nbsp;/ 9915 0264 &nbsp;/ 3367 1189</li></ul>
<p>Denk aan de afspraak: enkel foto's van leerlingen waarvoor we toestemming hebben (lijst bij Magda).</p>
<p>Griet</p>"""), "html", cte="quoted-printable"),
  rules=["password"], note="deputy head hands over the school's Instagram password and 2FA backup codes",
  fmt=["html-only", "qp"])

rnd_d = random.Random(3131)
lines = ["Diddit - startgegevens 3A (wachtwoord wijzigen bij eerste aanmelding)", ""]
for r in [r for r in ROSTER if r["cls"] == "3A"]:
    user = (ascii_slug(r["first"])[:1] + ascii_slug(r["last"]))[:10]
    pw = "".join(rnd_d.choice("abcdefghkmnpqrstuvwxyz") for _ in range(4)) + str(rnd_d.randint(10, 99))
    lines.append(f"{r['first']} {r['last']:<20} gebruiker: spc-{user:<12} wachtwoord: {pw}")
M("diddit-3a", W("pj"), [W("dieter")], "Diddit startgegevens 3A", "2024-09-16 13:45",
  multipart("mixed", [text("""Dieter,

De accounts voor Diddit zijn aangemaakt. In bijlage de startgegevens van 3A; kan jij ze morgen uitdelen in je les (geknipt, niet de hele lijst ophangen)?

PJ
"""), attach("\n".join(lines) + "\n", 'text/plain; charset="utf-8"', "diddit_3A.txt")], boundary("diddit")),
  rules=["password"], note="teacher sends a .txt list of pupils' start usernames and passwords for a learning platform",
  fmt=["mixed", "txt-attachment"])

M("kluis-secretariaat", W("griet"), [W("annick")], "kluis", "2025-06-27 12:10",
  text("""Annick, ik ben vanaf maandag met verlof. De code van de kluis in het secretariaat is veranderd naar 091573 (de oude werkt niet meer). De examenvragen voor de tweede zit zitten in de bovenste lade.
Griet
"""),
  rules=["password"], note="deputy head gives a colleague the new code of the office safe",
  fmt=["plain", "7bit"])


# ---------------------------------------------------------------- general letters (not about one pupil)
DIR = ("Directie Sint-Pieterscollege", "directie@sintpieterscollege.be")
INFO = ("Sint-Pieterscollege", "info@sintpieterscollege.be")
OUDERS = "ouders@sintpieterscollege.be"
PERS = "personeel@sintpieterscollege.be"


def G(slug, subject, when, body, genre, note, *, frm=DIR, to=None, bcc=(OUDERS,), rules=(), lang="nl", fmt=(),
      cc=None, mailer=None):
    M(slug, frm, [frm] if to is None else to, subject, when, body, rules=rules, genre=genre, note=note,
      lang=lang, fmt=fmt, bcc=bcc, cc=cc, mailer=mailer)


txt = """Geachte ouders,

Ook dit schooljaar werkt onze school samen met het Centrum voor Leerlingenbegeleiding (CLB) Leuven. Graag stellen we het even aan u voor.

Wat doet het CLB?
Het CLB helpt leerlingen, ouders en de school bij vragen over:
- leren en studeren (bv. uw kind heeft moeite met plannen of er is een vermoeden van dyslexie)
- de onderwijsloopbaan (bv. welke studierichting past bij mijn kind?)
- preventieve gezondheidszorg (de medische consulten en vaccinaties)
- psychisch en sociaal functioneren (bv. uw kind zit niet goed in zijn vel, wordt gepest of heeft het thuis moeilijk)

Is de begeleiding verplicht?
Nee, behalve voor de medische consulten en bij problematische afwezigheden (leerplichtbegeleiding). Voor al het andere vraagt het CLB uw toestemming, of die van uw kind als het 12 jaar of ouder is.

Wat met het dossier?
Het CLB houdt een dossier bij van elke leerling die het begeleidt. De CLB-medewerkers hebben beroepsgeheim: de school krijgt enkel de informatie die nodig is om uw kind goed te begeleiden, en altijd in overleg.

Hoe kan u het CLB bereiken?
CLB Leuven, Brusselsestraat 38, 3000 Leuven
016 31 77 40 - info@clb-leuven.be
Onze contactpersoon is Els Verbiest. Op dinsdagvoormiddag is ze op school aanwezig (lokaal A002).

Met vriendelijke groeten,
De directie
"""
G("clb-voorstelling", "Het CLB op onze school", "2024-09-04 16:00",
  alt(txt, outlook_html(paras(txt)), boundary("clbvoor")), "clb",
  "start-of-year CLB information letter to all parents, lists examples of what the CLB helps with",
  rules=["personal_data"], fmt=["alt"], mailer=OL)

G("consult-1ste-jaar", "Medisch consult CLB - 1ste jaar", "2024-10-02 13:00",
  text("""Beste ouders van leerlingen van het 1ste jaar,

In de loop van november gaan alle leerlingen van het eerste jaar op medisch consult bij het CLB. Dit consult is verplicht.

Wat gebeurt er?
De verpleegkundige meet lengte en gewicht en test de ogen. De arts doet een kort algemeen onderzoek en stelt een paar vragen over hoe het met uw kind gaat, op school en thuis. Er wordt ook een vaccin aangeboden tegen difterie, tetanus en kinkhoest, maar enkel als u daar toestemming voor geeft.

Wat moet u doen?
- Vul de vragenlijst in die uw kind volgende week meekrijgt (ook via Smartschool).
- Geef de vaccinatiekaart van uw kind mee als u die heeft.
- Heeft uw kind een bril of lenzen? Laat die dan zeker dragen.

Liever naar een andere arts?
Dat kan. U bezorgt dan binnen de 90 dagen een schriftelijk verzet aan de school en laat het consult door een andere CLB-arts uitvoeren.

De resultaten krijgt u in een gesloten envelop. Bij vragen kan u terecht bij de CLB-arts, dr. Moens.

Met vriendelijke groeten,
De directie en het CLB
""", cte="quoted-printable"),
  "clb", "letter to all first-year parents on the compulsory CLB medical check and the questionnaire",
  bcc=("ouders-1stejaar@sintpieterscollege.be",), fmt=["plain", "qp"])

G("medicatie-procedure", "Medicatie op school: hoe gaan we ermee om?", "2024-09-09 12:00",
  text(simple_html("""<h3>Medicatie op school</h3>
<p>Beste ouders,</p>
<p>Regelmatig krijgen we de vraag of we een leerling op school medicatie kunnen geven. Om fouten te vermijden, werken we met duidelijke afspraken.</p>
<ol>
<li><b>Liefst thuis.</b> Vraag aan de arts of de medicatie zo kan worden voorgeschreven dat uw kind ze thuis kan innemen (bv. 's ochtends en 's avonds).</li>
<li><b>Enkel met attest.</b> Moet uw kind toch tijdens de schooluren medicatie nemen, dan laat u het attest 'medicatie op school' invullen door de behandelende arts. Zonder volledig ingevuld attest geven wij geen medicatie, ook geen pijnstillers of neusspray.</li>
<li><b>Afgeven op het secretariaat.</b> De medicatie komt in de originele verpakking met de naam van uw kind, de dosis en de vervaldatum.</li>
<li><b>Bewaring.</b> Medicatie wordt bewaard in een afgesloten kast op het leerlingensecretariaat. Uitzondering: noodmedicatie die uw kind zelf bij zich moet hebben (bv. een inhalator of een adrenalinepen).</li>
<li><b>Wijzigingen.</b> Verandert de behandeling, dan is een nieuw attest nodig.</li>
</ol>
<p>Wordt uw kind op school ziek? Dan verwittigen we u en vragen we om uw kind op te halen. Bij ernstige situaties bellen we de hulpdiensten.</p>
<p>Het attest vindt u op Smartschool onder Documenten &gt; Formulieren.</p>
<p>Met vriendelijke groeten,<br>De directie</p>""", "Medicatie op school"), "html", cte="quoted-printable"),
  "medication", "medication procedure letter to all parents with numbered rules, no pupil",
  fmt=["html-only", "qp", "numbered"])

G("medicatie-meerdaagse", "Medicatie tijdens meerdaagse uitstappen", "2025-02-28 15:30",
  text("""Beste ouders,

Binnenkort vertrekt het vierde jaar op meerdaagse. Enkele afspraken rond medicatie:

- Neemt uw kind dagelijks medicatie? Geef die dan mee in een afgesloten zakje met naam, in de originele verpakking, met een briefje over dosis en tijdstip.
- De begeleiders geven geen medicatie zonder uw schriftelijke toestemming. Pijnstillers en middelen tegen reisziekte geven we enkel als u dat op de medische fiche hebt aangeduid.
- Noodmedicatie (bv. inhalator, adrenalinepen) houdt uw kind zelf bij zich. Geef er best een reserve mee voor de begeleiders.
- Is er iets veranderd sinds het begin van het schooljaar (nieuwe allergie, nieuwe behandeling)? Pas dan de medische fiche aan via Smartschool, uiterlijk vrijdag 7 maart.

Alvast bedankt,
De reisbegeleiders
"""),
  "medication", "general instructions on medication during multi-day trips to all 4th-year parents",
  bcc=("ouders-4dejaar@sintpieterscollege.be",), fmt=["plain", "8bit", "bullets"])

G("reglement-afwezigheden", "Uit het schoolreglement: afwezigheden", "2024-09-16 11:00",
  text("""Geachte ouders,

Omdat we elk jaar veel vragen krijgen over afwezigheden, herhalen we hieronder de belangrijkste punten uit ons schoolreglement.

Hoofdstuk 3 - Afwezigheden

3.1 Afwezig wegens ziekte
Is uw kind ziek, verwittig dan het leerlingensecretariaat voor 8u30. Voor een afwezigheid van maximaal drie opeenvolgende kalenderdagen volstaat een verklaring van de ouders. Dat kan maximaal vier keer per schooljaar. Is uw kind langer dan drie dagen ziek, of al vier keer afwezig geweest met een briefje van de ouders, dan is een medisch attest nodig.

3.2 Medisch attest
Een attest is niet geldig als het begin- of einddatum vervalst is, als het geantedateerd is, of als het een afwezigheid vermeldt die de arts niet kan vaststellen (bv. "de leerling verklaart ziek te zijn geweest").

3.3 Afwezigheid tijdens examens
Mist uw kind een examen, dan is altijd een medisch attest nodig. De klassenraad beslist of en wanneer het examen wordt ingehaald.

3.4 Andere afwezigheden
Bv. een begrafenis van een familielid, een oproeping door de rechtbank, een religieuze feestdag van een erkende godsdienst. Deze verwittigt u vooraf, met een bewijsstuk.

3.5 Problematische afwezigheden
Onwettige afwezigheden bespreken we met u en met uw kind. Vanaf vijf halve dagen schakelen we het CLB in. Bij herhaling kan de school beslissen dat uw kind geen regelmatige leerling meer is.

Het volledige schoolreglement vindt u op onze website.

Met vriendelijke groeten,
De directie
"""),
  "rulebook", "rule-book excerpt on absences with numbered sections (illness, certificates, CLB after 5 half days)",
  fmt=["plain", "8bit", "numbered"])

txt = """Beste ouders,

Na overleg in de schoolraad passen we vanaf 6 januari de afspraken rond smartphones aan. Hieronder de nieuwe tekst van het schoolreglement.

5. Gsm en andere toestellen

5.1 Leerlingen mogen een gsm meebrengen, maar die staat tijdens de schooluren uit en zit in de boekentas of het kastje. Ook tijdens de pauzes en de middag.
5.2 Een leerkracht kan toelating geven om de gsm te gebruiken voor een lesactiviteit.
5.3 Wie zich niet aan 5.1 houdt, geeft het toestel af aan de leerkracht. Het wordt op het leerlingensecretariaat bewaard tot 16u. Bij herhaling moet een ouder het komen ophalen.
5.4 Beeld- of geluidsopnames maken op school zonder toestemming is verboden en wordt gezien als een ernstige inbreuk (zie hoofdstuk 7).
5.5 Moet u uw kind dringend bereiken? Bel dan het secretariaat, wij geven de boodschap door.

We danken u om dit thuis mee te bespreken.

De directie
"""
G("reglement-gsm", "Nieuwe afspraken gsm-gebruik (schoolreglement hoofdstuk 5)", "2024-12-16 17:00",
  alt(txt, outlook_html(paras(txt)), boundary("gsm")), "rulebook",
  "numbered rule-book chapter on phone use sent to all parents",
  fmt=["alt", "numbered"], mailer=OL)

G("reglement-tucht", "Schoolreglement - orde- en tuchtmaatregelen", "2024-09-23 10:30",
  text("""Geachte ouders,

Naar aanleiding van vragen op de infoavond geven we hieronder een samenvatting van hoofdstuk 7 van het schoolreglement.

7.1 Begeleidende maatregelen
Als het gedrag van een leerling het lesgebeuren of het samenleven op school hindert, kunnen we eerst begeleidende maatregelen nemen, bv. een gesprek met de leerlingenbegeleider, een volgkaart of een begeleidingscontract.

7.2 Ordemaatregelen
Bv. een verwittiging, strafwerk, een tijdelijke verwijdering uit de les of strafstudie op woensdagnamiddag. Tegen een ordemaatregel is geen beroep mogelijk.

7.3 Tuchtmaatregelen
Bij zware of herhaalde inbreuken kan de directeur een tuchtmaatregel nemen: een tijdelijke uitsluiting (maximaal 15 schooldagen) of een definitieve uitsluiting. Vooraf wordt de klassenraad om advies gevraagd.

7.4 Preventieve schorsing
In afwachting van een tuchtmaatregel kan de directeur een leerling preventief schorsen. Uw kind blijft dan thuis of wordt op school opgevangen.

7.5 Rechten van de leerling en de ouders
U wordt uitgenodigd voor een gesprek, u kan het dossier inkijken en u kan zich laten bijstaan door een vertrouwenspersoon.

7.6 Beroep
Tegen een definitieve uitsluiting kan u beroep aantekenen volgens de procedure in het schoolreglement.

Met vriendelijke groeten,
Johan Peetermans
Directeur
""", cte="base64"),
  "rulebook", "summary of the disciplinary chapter of the rule book, general, to all parents",
  fmt=["plain", "base64", "numbered"])

txt = """Beste ouders,

Om uw kind goed te kunnen begeleiden, verwerkt onze school persoonsgegevens. In deze privacyverklaring leggen we uit welke en waarom.

Welke gegevens verwerken we?
- identificatiegegevens van leerlingen en ouders (naam, adres, contactgegevens, rijksregisternummer voor de inschrijving bij het Departement Onderwijs)
- gegevens over de schoolloopbaan (resultaten, attesten, afwezigheden)
- gegevens die nodig zijn voor de begeleiding van uw kind, bv. leer- of ontwikkelingsstoornissen en de bijbehorende maatregelen
- gezondheidsgegevens als dat nodig is voor de veiligheid van uw kind (bv. allergieën, noodmedicatie)
- gegevens over de gezinssituatie als die belangrijk zijn voor de school (bv. wie mag de leerling ophalen)
- financiële gegevens voor de schoolrekening

Wie heeft toegang?
Enkel de personeelsleden die de gegevens nodig hebben voor hun taak. Gevoelige informatie staat in het beveiligde leerlingvolgsysteem, niet in mails.

Hoe lang bewaren we de gegevens?
Zolang uw kind bij ons school loopt, en daarna zolang de wet het vraagt.

Uw rechten
U kan de gegevens van uw kind inkijken, laten verbeteren of in sommige gevallen laten wissen. Vragen of een vermoedelijk datalek meldt u aan onze functionaris voor gegevensbescherming: privacy@lksd.ksleuven.be.

De directie
"""
G("privacyverklaring", "Privacyverklaring Sint-Pieterscollege", "2024-09-06 09:00",
  alt(txt, outlook_html(paras(txt)), boundary("privacy")), "privacy",
  "privacy statement listing data categories (health, family situation) in general terms",
  fmt=["alt"], mailer=OL)

G("beeldmateriaal-toestemming", "Toestemming beeldmateriaal", "2024-09-11 14:00",
  text("""Beste ouders,

Op school maken we regelmatig foto's en filmpjes: tijdens uitstappen, de sportdag, het schoolfeest. We gebruiken die op onze website, in de nieuwsbrief en op onze Instagram.

Voor foto's waarop uw kind herkenbaar in beeld komt, vragen we uw toestemming. Ook als uw kind al 12 jaar of ouder is, vragen we het aan u en aan uw kind samen.

Hoe geeft u toestemming?
Via Smartschool > Formulieren > Toestemming beeldmateriaal. U kan per kanaal kiezen (website, nieuwsbrief, sociale media). Uw keuze kan u op elk moment wijzigen.

Wat doen we nooit?
- foto's verkopen of doorgeven aan derden voor reclame
- de volledige naam van uw kind bij een foto vermelden
- foto's gebruiken waarop uw kind in een ongemakkelijke situatie staat

Met vriendelijke groeten,
Magda Stevens
Onthaal en communicatie
""", cte="quoted-printable"),
  "privacy", "photo consent letter to all parents, how to give or withdraw consent",
  frm=W("magda"), fmt=["plain", "qp"])

G("nieuwsbrief-december", "Nieuwsbrief december", "2024-12-06 18:00",
  text(simple_html("""<table width="640" align="center" style="border:1px solid #ddd"><tr><td style="padding:20px">
<h1 style="color:#8b1d2c">SPC Nieuwsbrief - december 2024</h1>
<h2>Kerstexamens</h2>
<p>De examens starten op maandag 9 december. Het examenrooster staat op Smartschool. Tijdens de examenperiode mogen leerlingen na het examen naar huis (met toestemming van de ouders) of studeren in de studiezaal tot 15u45.</p>
<h2>Warmste Week</h2>
<p>Onze leerlingenraad organiseert een soepverkoop en een sponsorloop ten voordele van een jeugdwerking in Leuven. Vorig jaar haalden we samen meer dan 3.000 euro op!</p>
<h2>Kerstviering</h2>
<p>Op vrijdag 20 december vieren we samen kerst in de Sint-Pieterskerk. Daarna krijgen de leerlingen hun rapport en begint de vakantie om 12u10.</p>
<h2>Verloren voorwerpen</h2>
<p>De kast met verloren voorwerpen puilt uit: drinkbussen, jassen, een trombone(!). Alles wat niet wordt opgehaald voor 20 december, gaat naar de kringwinkel.</p>
<hr>
<p style="font-size:12px;color:#777">Sint-Pieterscollege - Pleinstraat 12, 3000 Leuven - 016 29 41 80 - info@sintpieterscollege.be</p>
</td></tr></table>"""), "html", cte="quoted-printable"),
  "newsletter", "HTML newsletter to all parents with school phone in the footer",
  frm=INFO, rules=["personal_data"], fmt=["html-only", "qp"])

G("nieuwsbrief-maart", "Nieuwsbrief maart", "2025-03-07 17:30",
  text("""NIEUWSBRIEF SINT-PIETERSCOLLEGE - MAART 2025
============================================

1. Oudercontact
Het oudercontact na het rapport van maart gaat door op donderdag 27 maart. Inschrijven via Smartschool vanaf 17 maart.

2. Studiekeuze
Voor de leerlingen van het 2de, 4de en 6de jaar starten de studiekeuzelessen. Op 20 maart is er een infoavond over de tweede graad (zie aparte brief).

3. Nieuw in de refter
Vanaf april is er elke dag een vegetarische soep en op woensdag een vegetarische dagschotel.

4. Schoolfeest
Noteer alvast zaterdag 24 mei: ons schoolfeest met optredens, eetstandjes en de afscheidsshow van het 6de jaar.

5. Personeel
Mevrouw Lies Vandeweyer geeft vanaf 1 april Nederlands in 2B en 2C; juf Katrijn Op de Beeck neemt een deel van de studiekeuzebegeleiding op.

Een fijne krokusvakantie gewenst!
De directie
"""),
  "newsletter", "plain numbered newsletter to all parents, nothing personal",
  fmt=["plain", "8bit", "numbered"])

txt = """Beste ouders,

Pesten komt helaas op elke school voor, ook bij ons. We willen er daarom duidelijk over zijn hoe we ermee omgaan.

Wat is pesten?
Pesten is iemand herhaaldelijk en doelbewust kwetsen, uitsluiten of belachelijk maken, waarbij de ene partij sterker staat dan de andere. Een ruzie tussen twee gelijken is dus geen pesten, al nemen we ook ruzies ernstig.

Wat doet de school?
- We werken preventief: klasgesprekken in de eerste week, een peterschap door leerlingen van het 5de jaar, afspraken rond sociale media.
- Elke melding wordt ernstig genomen. De leerlingenbegeleider praat eerst met de leerling die gepest wordt, dan met de leerlingen die pesten, en met de klas als dat nodig is.
- We werken met de no-blame-methode waar het kan, en met herstelgerichte gesprekken. Als het pesten niet stopt, volgen ordemaatregelen of tuchtmaatregelen.
- Ook pesten via sociale media buiten de schooluren pakken we aan als het effect heeft op school.

Wat kan u doen?
Praat met uw kind en neem signalen ernstig (bv. niet meer naar school willen, buikpijn op zondagavond, spullen die kwijt zijn). Neem contact op met de klastitularis of de leerlingenbegeleider. Reageer liever niet zelf bij de andere leerling of diens ouders.

Met vriendelijke groeten,
Het team leerlingenbegeleiding
"""
G("antipestbeleid", "Ons antipestbeleid", "2024-10-07 16:00",
  alt(txt, outlook_html(paras(txt)), boundary("pest")), "bullying",
  "school bullying policy letter to all parents, signals and approach in general terms",
  fmt=["alt"], mailer=OL)

G("pesten-faq", "Veelgestelde vragen: wat als mijn kind gepest wordt (of pest)?", "2025-02-17 12:00",
  text("""Beste ouders,

Naar aanleiding van de Week tegen Pesten zetten we de vragen die we het vaakst krijgen op een rij.

V: Mijn kind vertelt dat het gepest wordt, maar wil niet dat ik de school verwittig. Wat doe ik?
A: Neem het verhaal ernstig en vertel uw kind dat u hulp gaat zoeken. Neem contact op met de leerlingenbegeleider: we bespreken samen hoe we kunnen ingrijpen zonder dat uw kind zich verraden voelt.

V: Het pesten gebeurt vooral via WhatsApp of Snapchat. Kan de school iets doen?
A: Ja. Maak screenshots en bezorg ze aan de school. Ook als het na de schooluren gebeurt, spreken we de betrokken leerlingen aan.

V: Ik hoor dat mijn kind zelf meedoet aan pesten. Wat nu?
A: Blijf rustig en vraag door. Vaak doen kinderen mee uit angst om zelf gepest te worden. We nodigen u uit voor een gesprek om samen te zoeken hoe het kan stoppen.

V: Krijg ik te horen welke straf de andere leerling krijgt?
A: Nee, net zoals wij ook niets over uw kind aan andere ouders vertellen. Wel laten we u weten dat er is ingegrepen.

V: Wat als het niet stopt?
A: Laat het ons opnieuw weten. We zetten dan een volgende stap, in overleg met het CLB.

Het team leerlingenbegeleiding
""", cte="quoted-printable"),
  "bullying", "FAQ on bullying for all parents written in the second person, no case",
  fmt=["plain", "qp", "faq"])

G("bosklassen-brief", "Bosklassen 1ste jaar - Han-sur-Lesse", "2025-03-24 16:45",
  text("""Beste ouders van de leerlingen van het 1ste jaar,

Van maandag 28 april tot woensdag 30 april trekken we met alle eerstejaars op bosklassen naar Han-sur-Lesse. Hieronder alle praktische info.

Vertrek en terugkeer
Vertrek maandag om 8u30 aan de bushalte in de Pleinstraat. Terugkeer woensdag rond 17u30.

Medische fiche
Vul voor vrijdag 11 april de medische fiche in via Smartschool. Vermeld daarop zeker:
- allergieën (voeding, medicatie, insecten) en wat we moeten doen bij een reactie
- medicatie die uw kind neemt, met dosis en tijdstip (zie ook de brief over medicatie)
- aandoeningen waar we rekening mee moeten houden (bv. astma, diabetes, epilepsie)
- bijzonderheden voor de nacht (bv. slaapwandelen, bedplassen) - dit wordt uiteraard discreet behandeld
- een telefoonnummer waarop we u dag en nacht kunnen bereiken
Geef ook de kids-ID of identiteitskaart van uw kind mee.

Wat neemt uw kind mee?
Slaapzak, kussensloop, stevige schoenen, regenjas, zaklamp, toiletgerief, handdoeken, een lunchpakket voor maandagmiddag.

Kostprijs
De bosklassen kosten 165 euro en worden aangerekend op de schoolrekening van mei. Moeilijk om te betalen? Neem gerust contact op met de boekhouding; er is altijd een oplossing mogelijk.

Noodnummer tijdens de bosklassen: 0470 11 52 83.

Met vriendelijke groeten,
Het team van het 1ste jaar
"""),
  "trip", "trip letter to all 1st-year parents with instructions for the medical form, trip phone number",
  bcc=("ouders-1stejaar@sintpieterscollege.be",), rules=["personal_data"], fmt=["plain", "8bit", "bullets"])

G("romereis-brief", "Romereis 6de jaar - praktische info en betaling", "2024-11-18 20:00",
  text("""Beste ouders,

In de krokusvakantie gaan de leerlingen van het 6de jaar naar Rome (23 februari - 1 maart). In deze brief vindt u de praktische afspraken.

1. Betaling
De reis kost 690 euro. Het voorschot (200 euro) werd al aangerekend. Het saldo van 490 euro betaalt u uiterlijk 15 januari op rekening BE62 7340 2156 8361 met vermelding "Rome + naam en klas van uw kind".

2. Documenten
Uw kind heeft een geldige identiteitskaart en de Europese ziekteverzekeringskaart nodig (aan te vragen bij uw ziekenfonds). Zonder identiteitskaart kan uw kind niet mee op het vliegtuig.

3. Medische fiche
Kijk de medische fiche op Smartschool na en vul aan wat veranderd is. Medicatie gaat in de handbagage, met een attest van de arts als het om vloeibare medicatie of spuiten gaat.

4. Afspraken
Het reisreglement wordt op de infoavond van 9 januari overlopen en moet door uw kind en u ondertekend worden.

Met vriendelijke groeten,
Sven Wijns
Reisverantwoordelijke
"""),
  "trip", "trip letter for all 6th-year parents with payment to the school IBAN and medical form instructions",
  frm=W("sven"), bcc=("ouders-6dejaar@sintpieterscollege.be",), rules=["personal_data"],
  fmt=["plain", "8bit", "numbered"])

G("skireis-brief", "Skireis 5de jaar - verzekering en medische info", "2024-12-02 19:15",
  text("""Beste ouders,

Nog 10 weken tot de skireis naar Serre Chevalier! Enkele belangrijke punten:

* Verzekering: de school heeft een reisbijstandsverzekering afgesloten voor alle deelnemers. Heeft u zelf een verzekering die ook wintersport dekt, dan hoeft u niets te doen.
* Europese ziekteverzekeringskaart: aanvragen bij uw ziekenfonds, gratis, levering binnen 2 weken.
* Medische fiche: invullen of aanpassen via Smartschool voor 10 januari. Vermeld ook oude blessures (knie, schouder) die het skiën kunnen beïnvloeden.
* Medicatie: zie de algemene afspraken in onze brief 'medicatie tijdens meerdaagse uitstappen'.
* Materiaal: skihelm verplicht (kan gehuurd worden), skibril, handschoenen, zonnecrème.

Vragen? Mail naar skireis@sintpieterscollege.be.

De begeleiders
"""),
  "trip", "ski-trip letter to all 5th-year parents, insurance and medical form instructions",
  bcc=("ouders-5dejaar@sintpieterscollege.be",), fmt=["plain", "8bit", "bullets"])

txt = """Beste ouders,

De schoolrekening van het eerste trimester staat vanaf vandaag klaar op Smartschool (Intradesk > Schoolrekeningen).

Betalen kan op twee manieren:
- via domiciliëring (als u die al hebt aangevraagd, hoeft u niets te doen)
- via overschrijving op rekening BE62 7340 2156 8361, met de gestructureerde mededeling die op de rekening staat, uiterlijk 20 december

Wat staat er op de rekening?
Kopies en werkboeken, de sportdag, de culturele uitstappen van het eerste trimester en, voor de eerste graad, de agenda.

Heeft u vragen over een bedrag, of is het moeilijk om de rekening in één keer te betalen? Neem dan discreet contact op met de boekhouding (rudi.verhulst@sintpieterscollege.be). Een afbetalingsplan is altijd bespreekbaar en niemand anders hoeft dat te weten.

Met vriendelijke groeten,
De boekhouding
"""
G("schoolrekening-trim1", "Schoolrekening 1ste trimester", "2024-11-29 10:00",
  alt(txt, outlook_html(paras(txt)), boundary("rek1")), "invoice",
  "invoice announcement to all parents with school IBAN and a general offer of payment plans",
  frm=W("rudi"), rules=["personal_data"], fmt=["alt"], mailer=OL)

G("herinnering-rekeningen", "Herinnering: openstaande schoolrekeningen", "2025-02-10 09:30",
  text("""Beste ouders,

Bij het afsluiten van de boekhouding van januari stellen we vast dat een aantal schoolrekeningen van het eerste trimester nog niet (volledig) betaald zijn.

Hebt u intussen betaald? Dan mag u deze mail als niet verzonden beschouwen.

Nog niet betaald? Gelieve dat te doen voor 28 februari. U vindt de rekening en de gestructureerde mededeling op Smartschool.

Lukt het niet? Laat het ons weten. We zoeken samen naar een oplossing, bv. een betaling in schijven.

Met dank,
De boekhouding
"""),
  "invoice", "general reminder to all parents that some bills are still open; names no family",
  frm=W("rudi"), fmt=["plain", "7bit"])

G("rekening-trim2-ouder", "Schoolrekening 2de trimester", "2025-03-14 10:05",
  text("""Beste ouder,

De schoolrekening van het 2de trimester staat klaar in Smartschool onder Intradesk > Schoolrekeningen. De vervaldatum is 11 april.

Met vriendelijke groeten,
Boekhouding Sint-Pieterscollege
"""),
  "invoice", "standard invoice notice to one parent, nothing about payment problems",
  frm=W("rudi"), to=[("", "joke.aerts@telenet.be")], bcc=(), fmt=["plain", "7bit"])

G("rouwbeleid-personeel", "Draaiboek bij overlijden - update", "2024-09-19 15:00",
  multipart("mixed", [text("""Beste collega's,

In bijlage de bijgewerkte versie van ons draaiboek bij het overlijden van een leerling, een ouder of een collega. Lees het even door; we overlopen het op de personeelsvergadering van 1 oktober.

Griet
"""), attach("""DRAAIBOEK BIJ OVERLIJDEN - Sint-Pieterscollege (versie sept. 2024)

1. Eerste uur
- Wie het bericht krijgt, verwittigt de directie. Niets op sociale media, niets via WhatsApp.
- De directie checkt het bericht bij de familie en vraagt wat er mag verteld worden.
2. Crisisteam
- directie, leerlingenbegeleider, titularis, CLB. Eerste overleg binnen de twee uur.
3. Informeren
- Personeel eerst (mondeling of via Smartschool), daarna de klas door de titularis samen met de leerlingenbegeleider.
- Een brief aan de ouders van de klas enkel met toestemming van de familie.
4. Opvang
- Een rustige ruimte (lokaal A003) met een begeleider. Leerlingen mogen de les verlaten.
5. Afscheid
- In overleg met de familie: aanwezigheid op de uitvaart, kaartje, herdenkingsmoment.
6. Nazorg
- Aandacht voor de verjaardag, feestdagen, Allerheiligen, het einde van het schooljaar.
- Niet vergeten: ook collega's kunnen opvang nodig hebben.
""", 'text/plain; charset="utf-8"', "draaiboek_overlijden_2024.txt")], boundary("draaiboek")),
  "bereavement", "updated bereavement protocol sent to all staff in Bcc, no case",
  frm=W("griet"), bcc=(PERS,), fmt=["mixed", "txt-attachment", "numbered"])

G("rouw-ouders", "Hoe gaat onze school om met verlies en rouw?", "2024-10-29 12:00",
  text("""Beste ouders,

Rond Allerheiligen denken veel gezinnen aan wie er niet meer is. Ook jongeren worden geconfronteerd met verlies: een grootouder die sterft, een scheiding, een huisdier, een vriend die verhuist.

Wat doet de school?
- We hebben een rouwbeleid met afspraken over hoe we een leerling opvangen die iemand verloren heeft.
- De titularis en de leerlingenbegeleider zijn het aanspreekpunt. In overleg met u bekijken we wat uw kind nodig heeft: rust, begrip bij toetsen, iemand om mee te praten.
- We houden rekening met moeilijke momenten later in het jaar, zoals verjaardagen of Moederdag en Vaderdag.

Wat kan u doen?
Laat het de school weten als uw kind een verlies meemaakt, ook als het lang geleden is. U bepaalt zelf wat we met de klas mogen delen.

Tips om met uw kind te praten
- Gebruik eerlijke, eenvoudige woorden.
- Laat verdriet, boosheid of net helemaal niets toe.
- Jongeren rouwen vaak "in stukjes": het ene moment verdrietig, het volgende aan het gamen. Dat is normaal.

Met warme groeten,
Het team leerlingenbegeleiding
"""),
  "bereavement", "general letter on the school's grief policy and tips for parents, no case named",
  fmt=["plain", "8bit", "bullets"])

G("advies-slaap-schermen", "Tips voor ouders: slaap en schermen", "2024-11-08 16:00",
  text(simple_html("""<p>Beste ouders,</p>
<p>In de klassen merken we dat veel leerlingen 's ochtends moe zijn. Vaak heeft dat te maken met laat slapen en schermgebruik 's avonds. Enkele tips:</p>
<ul>
<li>Tieners hebben 8 tot 10 uur slaap nodig.</li>
<li>Spreek samen een tijdstip af waarop de gsm uit de slaapkamer gaat, bv. om 21u30.</li>
<li>Laad toestellen op buiten de slaapkamer.</li>
<li>Geef zelf het goede voorbeeld.</li>
<li>Let op signalen zoals prikkelbaarheid, moeite met opstaan of dalende resultaten.</li>
</ul>
<p>Meer info vindt u op de website van het Vlaams Instituut Gezond Leven.</p>
<p>Met vriendelijke groeten,<br>Het team leerlingenbegeleiding</p>"""), "html", cte="quoted-printable"),
  "advice", "general parenting advice on sleep and screens",
  fmt=["html-only", "qp", "bullets"])

G("advies-examens", "Hoe help ik mijn kind tijdens de examens?", "2025-06-02 11:00",
  text("""Beste ouders,

De junexamens komen eraan. Hoe kan u uw kind helpen?

- Zorg voor een rustige studieplek zonder gsm binnen handbereik.
- Help bij het maken van een planning, maar laat uw kind zelf kiezen.
- Vraag niet alleen naar punten, maar ook naar hoe het gaat.
- Zorg voor voldoende slaap, gezonde maaltijden en een beetje beweging.
- Merkt u dat uw kind blokkeert of veel stress heeft? Neem contact op met de titularis of de leerlingenbegeleider. Soms helpt een gesprek al veel.

Veel succes aan alle leerlingen!
De directie
"""),
  "advice", "general exam-period advice for parents",
  fmt=["plain", "7bit", "bullets"])

G("advies-welzijn", "Als uw kind niet goed in zijn vel zit", "2025-01-20 17:00",
  text("""Beste ouders,

Januari is voor veel jongeren een moeilijke maand: de rapporten van december, donkere dagen, minder buiten komen. We willen u daarom wijzen op enkele signalen en op de plaatsen waar u terecht kan.

Signalen waar u op kan letten
- uw kind trekt zich terug, ziet vrienden minder
- slaapt veel meer of net veel minder
- eet opvallend minder of meer
- is prikkelbaar, huilt vaak of zegt dat niets zin heeft
- wil niet meer naar school of klaagt vaak over hoofdpijn of buikpijn

Wat kan u doen?
Praat met uw kind, zonder meteen oplossingen te zoeken. Luister. Vraag gerust rechtstreeks of het aan zichzelf doet of dacht om zichzelf iets aan te doen: dat vergroot het risico niet, het geeft net ruimte om te praten.

Waar kan u terecht?
- bij de klastitularis of de leerlingenbegeleiders van de school
- bij het CLB (ook zonder de school)
- bij uw huisarts
- jongeren kunnen anoniem chatten met Awel (awel.be) of de Zelfmoordlijn (zelfmoord1813.be)

Met vriendelijke groeten,
Het team leerlingenbegeleiding
""", cte="quoted-printable"),
  "advice", "general well-being letter with warning signs and where to get help, no pupil",
  fmt=["plain", "qp", "bullets"])

G("welkom-schooljaar", "Welkom in het nieuwe schooljaar!", "2024-08-28 18:00",
  text("""Beste ouders,

Binnenkort start het nieuwe schooljaar. Een hartelijk welkom aan alle leerlingen, en in het bijzonder aan de nieuwe eerstejaars en de leerlingen die dit jaar bij ons instromen.

Eerste schooldag
- 1ste jaar: maandag 2 september, 8u25 tot 12u10, in de turnzaal
- andere jaren: maandag 2 september, 10u tot 15u45 volgens lesrooster

Smartschool
Alle communicatie verloopt via Smartschool. Hebt u nog geen co-account? Uw kind vindt uw activatiebrief in zijn of haar Smartschool-berichten.

Contact
Het secretariaat is open van 7u45 tot 16u30 (woensdag tot 12u30).
Telefoon: 016 29 41 80 - mail: info@sintpieterscollege.be

We kijken ernaar uit uw kind te verwelkomen!

Johan Peetermans, directeur
Griet Vandenberghe, adjunct-directeur
"""),
  "welcome", "welcome letter to all parents with the school phone number",
  rules=["personal_data"], fmt=["plain", "8bit"])

rows = [["Dag", "1ste graad", "2de graad", "3de graad"],
        ["ma 9/12", "Nederlands", "wiskunde", "wiskunde"],
        ["di 10/12", "wiskunde", "Frans", "Nederlands"],
        ["wo 11/12", "Frans", "Nederlands", "Engels"],
        ["do 12/12", "wetenschappen", "Engels", "richtingvak 1"],
        ["vr 13/12", "inhaaldag", "geschiedenis", "richtingvak 2"],
        ["ma 16/12", "Engels", "richtingvak", "Frans"]]
txt = "Beste ouders,\n\nHieronder het examenrooster voor december. Het gedetailleerde rooster per klas staat op Smartschool.\n\n" + table_text(rows) + """

Afspraken
- Examens beginnen om 8u30. Leerlingen zijn ten laatste om 8u20 aanwezig.
- Na het examen mag uw kind naar huis met uw schriftelijke toestemming, anders studeert het in de studiezaal tot 12u10.
- Is uw kind ziek op een examendag, verwittig dan voor 8u30 en bezorg een medisch attest.
- Examens inhalen gebeurt op de inhaaldag of na de vakantie, volgens de beslissing van de klassenraad.

De directie
"""
G("examenrooster-dec", "Examenrooster december", "2024-11-25 16:30",
  alt(txt, outlook_html(paras("Beste ouders,\n\nHieronder het examenrooster voor december. Het gedetailleerde rooster per klas staat op Smartschool.") + table_html(rows) + paras("""
Afspraken
- Examens beginnen om 8u30. Leerlingen zijn ten laatste om 8u20 aanwezig.
- Na het examen mag uw kind naar huis met uw schriftelijke toestemming, anders studeert het in de studiezaal tot 12u10.
- Is uw kind ziek op een examendag, verwittig dan voor 8u30 en bezorg een medisch attest.
- Examens inhalen gebeurt op de inhaaldag of na de vakantie, volgens de beslissing van de klassenraad.

De directie""")), boundary("exrooster")),
  "exams", "exam timetable and rules for all parents, html table",
  fmt=["alt", "html-table"], mailer=OL)

G("oudercontact-3b", "Uitnodiging oudercontact 3B", "2024-12-10 19:40",
  text("""Beste ouders van 3B,

Op donderdag 19 december is er oudercontact na het kerstrapport, van 16u30 tot 20u. U kan een gesprek van 10 minuten reserveren met de klastitularis en met de vakleerkrachten via Smartschool (module Oudercontact), vanaf vrijdag 13 december om 18u.

Kan u niet op 19 december? Laat het me weten, dan zoeken we een ander moment.

Vriendelijke groeten,
Lien Maes
Klastitularis 3B
"""),
  "meeting", "parent-evening invitation to the 3B parents' group address visible in To (should be Bcc)",
  frm=W("lien"), to=[("Ouders 3B", "ouders-3b@sintpieterscollege.be")], bcc=(), rules=["bcc"],
  fmt=["plain", "8bit"])

G("luizen-eerste-graad", "Luizen in de eerste graad", "2025-01-14 12:30",
  text("""Beste ouders van de eerste graad,

In enkele klassen van de eerste graad werden hoofdluizen vastgesteld. Dat is vervelend, maar het heeft niets te maken met hygiëne: luizen houden van proper haar!

Wat vragen we?
1. Controleer deze week het haar van uw kind met een luizenkam, liefst na het wassen met conditioner.
2. Vindt u luizen of neten? Behandel dan volgens de Vlaamse luizenstandaard en controleer ook de andere gezinsleden.
3. Lange haren worden op school best samengebonden.

Uw kind hoeft niet thuis te blijven.

Met vriendelijke groeten,
De directie, in samenwerking met het CLB
"""),
  "health", "head-lice letter to all first-grade parents, no class or pupil named",
  bcc=("ouders-1stejaar@sintpieterscollege.be", "ouders-2dejaar@sintpieterscollege.be"), fmt=["plain", "8bit", "numbered"])

G("mazelen-melding", "Besmettelijke ziekte op school: mazelen", "2025-03-03 13:10",
  text("""Beste ouders,

Bij een leerling van onze school werden mazelen vastgesteld. In overleg met het CLB en de dienst Infectieziektebestrijding informeren wij alle ouders.

Wat zijn mazelen?
Een zeer besmettelijke virusziekte met koorts, hoesten, rode ogen en daarna rode vlekjes. Meestal verloopt ze goed, maar complicaties zijn mogelijk.

Wat vragen we?
- Kijk na of uw kind twee keer gevaccineerd is tegen mazelen (vaccin MBR of MMR). U vindt dit op de vaccinatiekaart of via uw huisarts.
- Is uw kind niet of maar één keer gevaccineerd? Neem contact op met uw huisarts of het CLB.
- Krijgt uw kind de komende drie weken koorts met vlekjes? Bel dan eerst de huisarts voor u langsgaat, en verwittig de school.
- Zwangere vrouwen en ouders van baby's jonger dan 1 jaar die twijfelen, nemen best contact op met hun arts.

Om de privacy van de betrokken leerling te beschermen, geven we geen verdere informatie over wie het is.

CLB Leuven - 016 31 77 40

De directie
"""),
  "health", "measles notice to all parents; the sick pupil is deliberately not identified",
  rules=["personal_data"], fmt=["plain", "8bit"])

G("evacuatie-personeel", "evacuatieoefening volgende week", "2024-10-09 14:20",
  text("""Beste collega's,

Volgende week (niet verklapt welke dag!) houden we een evacuatieoefening. Enkele herinneringen:

1. Bij het alarm: ramen dicht, lichten uit, deur dicht maar niet op slot.
2. Neem je klaslijst (Smartschool-app of papieren lijst uit de klasmap) mee.
3. Verzamelplaats: voetbalveld, per klas in een rij, titularis of leerkracht van het lesuur vooraan.
4. Leerlingen met een beperking of die zich moeilijk verplaatsen: de leerkracht van het lesuur duidt een begeleider aan.
5. Meld afwezige leerlingen en leerlingen die ontbreken aan de evacuatieleider (Kristof, fluovestje).

Dank voor jullie medewerking,
Griet
"""),
  "safety", "evacuation drill instructions sent with the staff group address visible in To",
  frm=W("griet"), to=[("Personeel SPC", PERS)], bcc=(), rules=["bcc"], fmt=["plain", "7bit", "numbered"])

G("schoolstraat", "Vanaf 4 november: schoolstraat in de Pleinstraat", "2024-10-25 11:45",
  text(simple_html("""<p>Beste ouders,</p>
<p>In samenwerking met de stad Leuven wordt de Pleinstraat vanaf maandag 4 november een <b>schoolstraat</b>: elke schooldag van 8u tot 8u40 en van 15u30 tot 16u is de straat afgesloten voor gemotoriseerd verkeer.</p>
<ul><li>Brengt u uw kind met de auto? Zet het af op de parking van het Ladeuzeplein of in de Tiensestraat.</li>
<li>Fietsers en voetgangers kunnen de straat altijd gebruiken.</li>
<li>Bewoners en hulpdiensten mogen stapvoets door.</li></ul>
<p>Bedankt om mee te zorgen voor een veilige schoolomgeving!</p>
<p>De directie</p>"""), "html", cte="quoted-printable"),
  "mobility", "school-street announcement to all parents",
  fmt=["html-only", "qp", "bullets"])

G("sportdag-brief", "Sportdag dinsdag 20 mei", "2025-05-12 16:00",
  text("""Beste ouders,

Op dinsdag 20 mei houden we onze jaarlijkse sportdag. De eerste graad gaat naar het Sportoase-complex, de tweede en derde graad doen mee aan de sportmultiday in Heverlee.

Wat neemt uw kind mee?
- sportkledij en sportschoenen, een regenjas
- een lunchpakket en voldoende water
- zonnecrème en een pet

Medische bijzonderheden
Heeft uw kind een aandoening of allergie waarmee de begeleiders rekening moeten houden, en is die nog niet gekend op school? Laat het dan voor vrijdag weten aan de klastitularis of via de medische fiche op Smartschool.

Leerlingen die niet kunnen sporten, brengen een medisch attest binnen. Zij helpen die dag mee bij de organisatie.

Sportieve groeten,
De vakgroep LO
"""),
  "activity", "sports-day letter asking parents in general to report conditions or allergies",
  frm=W("koen"), fmt=["plain", "8bit"])

G("schooltoeslag-info", "Schooltoeslag: heeft u er recht op?", "2024-10-14 10:00",
  text("""Beste ouders,

Wist u dat veel gezinnen recht hebben op een schooltoeslag, maar die niet altijd ontvangen? De schooltoeslag is een deel van het Groeipakket en wordt automatisch toegekend als uw gezinsinkomen onder een bepaalde grens ligt.

Enkele aandachtspunten:
- De toeslag wordt in principe automatisch uitbetaald in het najaar. Hebt u niets ontvangen maar denkt u dat u er recht op hebt? Neem dan contact op met uw uitbetaler van het Groeipakket.
- Voorwaarde is dat uw kind regelmatig naar school gaat. Bij te veel onwettige afwezigheden kan de toeslag worden teruggevorderd.
- Meer info op www.groeipakket.be.

Daarnaast heeft de school een solidariteitsfonds. Vindt u het moeilijk om bepaalde kosten te betalen, bv. een meerdaagse uitstap? Neem vertrouwelijk contact op met de directie of de boekhouding.

Met vriendelijke groeten,
De directie
""", cte="quoted-printable"),
  "allowance", "general information on the school allowance and the school's solidarity fund",
  fmt=["plain", "qp", "bullets"])

G("infoavond-2de-graad", "Infoavond studiekeuze 2de graad - 20 maart", "2025-03-05 18:30",
  text("""Beste ouders van leerlingen van het 2de jaar,

Binnenkort kiest uw kind een studierichting voor de tweede graad. Om u daarbij te helpen, nodigen we u uit op onze infoavond op donderdag 20 maart om 19u30 in de aula.

Programma
19u30 Algemene uitleg over de structuur van de tweede graad (doorstroom, dubbele finaliteit)
20u00 Infomarkt per studierichting: leerkrachten en leerlingen stellen hun richting voor
21u00 Het CLB beantwoordt vragen over studiekeuze

Het advies van de klassenraad volgt bij het rapport van juni. De uiteindelijke keuze ligt bij u en uw kind.

Graag tot dan,
De directie
"""),
  "studychoice", "study-choice information evening letter to all 2nd-year parents",
  bcc=("ouders-2dejaar@sintpieterscollege.be",), fmt=["plain", "8bit"])

G("medication-english", "Medication at school - information for parents", "2024-09-10 09:30",
  text("""Dear parents,

For our international families, here is a short English version of our letter on medication at school.

1. If possible, please ask your doctor to prescribe medication that can be taken at home (morning and evening).
2. If your child needs medication during school hours, the doctor must fill in our form "medication at school". Without this form, we cannot give any medication, not even a painkiller.
3. Bring the medication to the pupil office in its original packaging, labelled with your child's name, dose and expiry date.
4. Emergency medication (e.g. an inhaler or an adrenaline pen) may be carried by your child.
5. If the treatment changes, a new form is needed.

You will find the form on Smartschool under Documents > Forms.

Kind regards,
The management team
""", cte="base64"),
  "medication", "English version of the general medication procedure for international parents",
  lang="en", bcc=("ouders-international@sintpieterscollege.be",), fmt=["plain", "base64", "numbered"])

G("reglement-gsm-fr", "Règlement : utilisation du GSM", "2024-12-17 09:00",
  text("""Chers parents,

Pour les familles francophones, voici la traduction des nouvelles règles concernant le GSM, en vigueur à partir du 6 janvier.

5.1 Les élèves peuvent apporter un GSM, mais il doit être éteint et rangé dans le cartable ou le casier pendant toute la journée scolaire, y compris pendant les récréations et le temps de midi.
5.2 Un enseignant peut autoriser l'usage du GSM pour une activité en classe.
5.3 En cas de non-respect, le GSM est remis à l'enseignant et gardé au secrétariat des élèves jusqu'à 16h. En cas de récidive, un parent doit venir le chercher.
5.4 Prendre des photos, des vidéos ou des enregistrements sans autorisation est interdit et considéré comme une faute grave.
5.5 Pour joindre votre enfant en urgence, contactez le secrétariat.

Merci de discuter de ces règles avec votre enfant.

La direction
"""),
  "rulebook", "French translation of the numbered phone rules for all French-speaking parents",
  lang="fr", bcc=("ouders-fr@sintpieterscollege.be",), fmt=["plain", "8bit", "numbered"])

G("portes-ouvertes-fr", "Journée portes ouvertes - samedi 26 avril", "2025-04-07 12:00",
  text(simple_html("""<p>Chers parents,</p>
<p>Le samedi 26 avril, de 10h à 16h, le Sint-Pieterscollege ouvre ses portes. C'est l'occasion idéale pour découvrir notre école avec vos enfants plus jeunes ou d'en parler à des amis.</p>
<ul><li>visites guidées par nos élèves toutes les demi-heures</li>
<li>ateliers de sciences, de langues et de sport</li>
<li>bar et petite restauration organisés par l'association des parents</li></ul>
<p>Les inscriptions pour la 1re année se font en ligne via le site de la ville de Louvain, du 3 au 28 mars pour les frères et sœurs, puis selon le calendrier communiqué.</p>
<p>Au plaisir de vous y voir !<br>La direction</p>"""), "html", cte="quoted-printable"),
  "openday", "open-day invitation in French to all French-speaking parents",
  lang="fr", bcc=("ouders-fr@sintpieterscollege.be",), fmt=["html-only", "qp"])

txt = """Dear parents,

This is a summary of our privacy notice in English.

What data do we process?
- identification and contact details of pupils and parents
- school results, reports and absences
- information needed to support your child, for instance learning difficulties and the measures we take
- health information when needed for your child's safety, such as allergies or emergency medication
- information on the family situation when the school needs it, for instance who may pick up your child
- financial data for the school invoices

Who can see it?
Only staff members who need it for their job. Sensitive information is kept in our secure pupil monitoring system.

Your rights
You can ask to see, correct or in some cases delete your child's data. Questions or a suspected data breach: privacy@lksd.ksleuven.be.

The management team
"""
G("privacy-english", "Privacy notice (English summary)", "2024-09-06 09:05",
  alt(txt, outlook_html(paras(txt)), boundary("privacyen")), "privacy",
  "English summary of the privacy statement with data categories, to international parents",
  lang="en", bcc=("ouders-international@sintpieterscollege.be",), fmt=["alt"], mailer=OL)

G("zorgcontinuum", "Extra zorg op onze school: hoe werkt dat?", "2024-10-03 15:00",
  text("""Beste ouders,

Elk kind leert anders. Onze school werkt daarom met een zorgcontinuüm: hoe meer uw kind nodig heeft, hoe meer ondersteuning we bieden. Hieronder een korte uitleg.

Fase 0 - Brede basiszorg
Zorg voor alle leerlingen: duidelijke lessen, een goede klassfeer, studiebegeleiding, een leerlingenbegeleider voor elke graad.

Fase 1 - Verhoogde zorg
Sommige leerlingen hebben meer nodig, bv. extra uitleg, extra tijd of aangepaste toetsen (redicodi). Dat gebeurt in overleg met u en wordt opgevolgd op de klassenraad.

Fase 2 - Uitbreiding van zorg
Als dat niet volstaat, schakelen we het CLB in voor een handelingsgericht traject. Soms leidt dat tot een gemotiveerd verslag en ondersteuning door het ondersteuningsnetwerk.

Fase 3 - Individueel aangepast curriculum
Voor een klein aantal leerlingen zijn de gewone doelen niet haalbaar. Op basis van een verslag van het CLB kan uw kind dan een aangepast programma volgen. Daarover beslissen we altijd samen met u.

Heeft u vragen, of denkt u dat uw kind extra ondersteuning nodig heeft? Neem contact op met de zorgcoördinator, mevrouw Lambrechts.

De directie
"""),
  "care", "general explanation of the school's care continuum incl. IAC, to all parents",
  fmt=["plain", "8bit"])

G("clb-zelf-aanmelden", "Mag mijn kind zelf naar het CLB?", "2024-11-20 11:00",
  text("""Beste ouders,

We krijgen soms de vraag of een leerling zelf, zonder medeweten van de ouders, bij het CLB kan aankloppen. Het korte antwoord: ja.

- Vanaf 12 jaar wordt een leerling in principe bekwaam geacht om zelf te beslissen over begeleiding door het CLB.
- De CLB-medewerker bekijkt samen met uw kind of en wanneer de ouders betrokken worden. Meestal gebeurt dat, maar niet altijd meteen.
- Het CLB heeft beroepsgeheim, ook tegenover de school.

Uw kind kan het CLB bereiken tijdens de zitdag op school (dinsdagvoormiddag), via de chat op de website van het CLB of via de leerlingenbegeleider.

Wij vinden het belangrijk dat jongeren ergens met hun vragen terecht kunnen. Praat er gerust eens over met uw kind.

Met vriendelijke groeten,
De directie
"""),
  "clb", "general letter on pupils' right to contact the CLB on their own",
  fmt=["plain", "8bit", "bullets"])

G("hpv-vaccinatie", "Vaccinatie tegen HPV - 1ste jaar", "2024-10-21 15:30",
  text("""Beste ouders,

Het CLB biedt alle leerlingen van het 1ste jaar (jongens en meisjes) gratis de vaccinatie tegen het humaan papillomavirus (HPV) aan. Dit virus kan later verschillende soorten kanker veroorzaken.

- De vaccinatie bestaat uit twee prikken met minstens 6 maanden tussen.
- Uw kind krijgt deze week een toestemmingsformulier mee. Zonder uw handtekening wordt uw kind niet gevaccineerd.
- De eerste prik wordt gegeven op 5 december op school.

Wilt u dat uw eigen huisarts vaccineert? Dat kan; het vaccin is ook dan gratis.

Meer info: www.laatjevaccineren.be.

Met vriendelijke groeten,
Het CLB-team
"""),
  "vaccination", "HPV vaccination information letter to all first-year parents",
  bcc=("ouders-1stejaar@sintpieterscollege.be",), fmt=["plain", "8bit", "bullets"])

G("spijbelbeleid", "Uit het schoolreglement: spijbelen en te laat komen", "2025-01-08 10:00",
  text("""Geachte ouders,

Na de kerstvakantie frissen we graag onze afspraken rond spijbelen en te laat komen op.

4.1 Te laat komen
Wie na 8u25 aankomt, meldt zich op het leerlingensecretariaat. Vanaf de derde keer in een maand volgt een gesprek en een ordemaatregel (bv. 's ochtends om 8u melden).

4.2 Spijbelen
Elke afwezigheid zonder geldige reden is spijbelen, ook één lesuur. We verwittigen u dezelfde dag via Smartschool of telefonisch.

4.3 Begeleiding
Spijbelen is vaak een signaal dat er iets aan de hand is. We zoeken samen met u en uw kind naar de oorzaak. Bij vijf halve dagen onwettige afwezigheid is de school verplicht het CLB in te schakelen.

4.4 Gevolgen
Bij herhaaldelijk spijbelen kan de schooltoeslag worden teruggevorderd en kan uw kind zijn statuut van regelmatige leerling verliezen.

Met vriendelijke groeten,
De directie
""", cte="quoted-printable"),
  "rulebook", "rule-book excerpt on truancy and lateness with numbered sections, general",
  fmt=["plain", "qp", "numbered"])

G("refter-allergenen", "Warme maaltijden en allergenen", "2024-09-13 12:15",
  text("""Beste ouders,

Vanaf maandag 16 september kan uw kind opnieuw een warme maaltijd nemen in de refter (4,20 euro, aangerekend op de schoolrekening).

Allergenen
Onze cateraar vermeldt de 14 allergenen bij elk gerecht op het weekmenu (Smartschool > Menu). Heeft uw kind een voedselallergie of een dieet? Meld het via de medische fiche; de keuken kan dan, indien mogelijk, een aangepaste maaltijd voorzien. Varkensvlees wordt altijd aangeduid en er is elke dag een alternatief.

Bonnetjes
Maaltijdbonnetjes koopt uw kind op maandag en donderdag tijdens de speeltijd aan het onthaal.

Smakelijk!
De directie
"""),
  "canteen", "canteen letter: how to report food allergies in general",
  fmt=["plain", "8bit"])

G("boekenlijst", "Boeken en werkboeken 2025-2026", "2025-06-20 14:00",
  text(simple_html("""<p>Beste ouders,</p>
<p>Ook volgend schooljaar werken we samen met een boekenleverancier. Via de link in Smartschool bestelt u de handboeken en werkboeken voor uw kind vóór 15 juli. Ze worden thuis geleverd in de tweede helft van augustus.</p>
<p>Handboeken kan u huren of kopen; werkboeken worden altijd gekocht. Tweedehandsboeken kan u aanbieden op de boekenbeurs van de oudervereniging op 30 juni.</p>
<p>Met vriendelijke groeten,<br>Het secretariaat</p>"""), "html", cte="quoted-printable"),
  "books", "book-ordering letter to all parents",
  frm=INFO, fmt=["html-only", "qp"])

G("inschrijvingen-broers-zussen", "Inschrijven broers en zussen voor 2025-2026", "2025-02-21 17:00",
  text("""Beste ouders,

Heeft u een zoon of dochter die volgend schooljaar naar het eerste jaar gaat? Broers en zussen van huidige leerlingen krijgen voorrang bij de inschrijving.

- Voorrangsperiode: van 3 tot en met 28 maart
- Aanmelden: via het centrale aanmeldingsregister van Leuven
- Daarna maakt u een afspraak op school om de inschrijving te bevestigen. Breng de identiteitskaart van uw kind mee.

Ook kinderen van personeelsleden vallen onder deze voorrangsperiode.

Met vriendelijke groeten,
Het secretariaat
"""),
  "enrollment", "enrolment priority letter for siblings, to all parents",
  frm=INFO, fmt=["plain", "8bit", "bullets"])

G("staking-31-maart", "Staking maandag 31 maart", "2025-03-26 12:40",
  text("""Beste ouders,

Op maandag 31 maart is er een nationale actiedag in het onderwijs. Een deel van ons personeel zal staken.

De school blijft open en er is opvang voor alle leerlingen van 8u25 tot 15u45. Sommige lessen zullen echter niet doorgaan. Leerlingen van de 2de en 3de graad mogen thuisblijven als u dat wenst; verwittig dan wel het secretariaat.

Er is die dag geen warme maaltijd in de refter. Gelieve uw kind een lunchpakket mee te geven.

Met vriendelijke groeten,
De directie
"""),
  "info", "strike-day letter sent with the all-parents group address visible in To",
  to=[("Ouders SPC", OUDERS)], bcc=(), rules=["bcc"], fmt=["plain", "7bit"])

G("kledingvoorschriften", "Schoolreglement: kleding en uiterlijk", "2025-04-28 11:30",
  text("""Beste ouders,

Met de warmere dagen in aantocht herhalen we de afspraken uit het schoolreglement over kleding.

6.1 We verwachten verzorgde kledij die past in een schoolomgeving.
6.2 Niet toegelaten: zichtbare buiken, korte broeken of rokken die niet tot halverwege de dij komen, teenslippers, kledij met aanstootgevende teksten.
6.3 Hoofddeksels worden binnen de schoolgebouwen afgezet.
6.4 Tijdens de les LO draagt uw kind de sportkledij van de school.
6.5 Bij twijfel beslist de directie of de opvoeder. Een leerling kan gevraagd worden zich om te kleden of een T-shirt van de school te lenen.

Dank voor uw medewerking,
De directie
"""),
  "rulebook", "rule-book excerpt on dress code with numbered sections",
  fmt=["plain", "8bit", "numbered"])

G("examenfraude", "Afspraken bij examens: fraude en onregelmatigheden", "2025-05-26 09:00",
  text("""Beste ouders,

In de aanloop naar de junexamens zetten we de regels rond fraude op een rij.

Wat is fraude?
Bv. spieken, een gsm of smartwatch bij zich hebben, antwoorden doorgeven, werk van iemand anders of van een AI-tool als eigen werk inleveren.

Wat gebeurt er?
1. De leerkracht noteert de vaststelling en laat de leerling het examen afwerken.
2. De leerling en zijn ouders worden gehoord.
3. De directeur beslist, na advies van de klassenraad. Mogelijke gevolgen: een nulscore voor het examen of het deel ervan, een bijkomende proef, of bij ernstige fraude een tuchtmaatregel.

Gsm's en smartwatches worden voor het examen afgegeven in de bak vooraan in het lokaal.

Met vriendelijke groeten,
De directie
""", cte="quoted-printable"),
  "rulebook", "rule-book excerpt on exam fraud procedure with numbered steps",
  fmt=["plain", "qp", "numbered"])

G("ouderavond-online", "Ouderavond: online veilig, ook voor tieners", "2025-01-27 20:00",
  text("""Beste ouders,

Hoe gaat uw kind om met sociale media? Weet u wat sexting is, of hoe u reageert als uw kind online wordt lastiggevallen?

Op dinsdag 18 februari om 19u30 organiseert de oudervereniging, samen met de leerlingenbegeleiding, een ouderavond rond online veiligheid. Een spreker van Child Focus geeft concrete tips, daarna is er ruimte voor vragen.

Inschrijven via het formulier op Smartschool. De avond is gratis.

Tip alvast: kies samen met uw kind sterke, verschillende wachtwoorden voor elk account en zet tweestapsverificatie aan. Deel nooit wachtwoorden met vrienden.

Hartelijke groeten,
De oudervereniging en de directie
"""),
  "advice", "parents' evening invitation on online safety; password advice without any password",
  fmt=["plain", "8bit"])

G("week-tegen-pesten", "Week tegen Pesten: wat doen we op school?", "2025-02-14 13:00",
  text(simple_html("""<p>Beste ouders,</p>
<p>Van 17 tot 21 februari is het de <i>Week tegen Pesten</i>. Op school doen we het volgende:</p>
<ol>
<li>maandag: elke klas maakt een 'klascharter' met afspraken over hoe we met elkaar omgaan</li>
<li>woensdag: theatervoorstelling over cyberpesten voor de tweede graad</li>
<li>vrijdag: iedereen draagt iets groens als teken van verbondenheid</li>
</ol>
<p>Vraag thuis gerust eens wat uw kind ervan vond. Meer over onze aanpak leest u in ons antipestbeleid op de website.</p>
<p>Het team leerlingenbegeleiding</p>"""), "html", cte="quoted-printable"),
  "bullying", "anti-bullying week activities for all parents",
  fmt=["html-only", "qp", "numbered"])


# ---------------------------------------------------------------- everyday mail
import zipfile


def zipbytes(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 6, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


teams = """<p class="MsoNormal">Dag collega's,</p>
<p class="MsoNormal">Omdat een paar van jullie die avond niet op school kunnen zijn, doen we het overleg van de vakgroepvoorzitters online. Agenda: evaluatie examens december, aankoop handboeken, nascholingsbudget.</p>
<p class="MsoNormal">Groetjes, Griet</p>
<div style="width:100%">________________________________________________________________________________</div>
<div><span style="font-size:24px;color:#252424"><b>Microsoft Teams</b></span> <a href="https://aka.ms/JoinTeamsMeeting">Hulp nodig?</a></div>
<div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzFkZTM2YjEt@thread.v2/0?context=%7b%22Tid%22%3a%22spc%22%7d"><b>Nu deelnemen aan de vergadering</b></a></div>
<div>Vergadering-ID: 374 118 902 457</div>
<div>Wachtwoordcode: Xq7bF2</div>
<div>________________________________________________________________________________</div>
<div><a href="https://aka.ms/JoinTeamsMeeting">Meer informatie</a> | <a href="https://teams.microsoft.com/meetingOptions/">Opties voor vergadering</a></div>
"""
M("teams-vakgroepvoorzitters", W("griet"), [W("dieter"), W("elke"), W("joris"), W("koen"), W("ann")],
  "Overleg vakgroepvoorzitters (Teams)", "2025-01-09 11:20",
  alt("""Dag collega's,

Omdat een paar van jullie die avond niet op school kunnen zijn, doen we het overleg van de vakgroepvoorzitters online. Agenda: evaluatie examens december, aankoop handboeken, nascholingsbudget.

Groetjes, Griet
________________________________________________________________________________
Microsoft Teams Hulp nodig? <https://aka.ms/JoinTeamsMeeting>
Nu deelnemen aan de vergadering <https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzFkZTM2YjEt@thread.v2/0?context=%7b%22Tid%22%3a%22spc%22%7d>
Vergadering-ID: 374 118 902 457
Wachtwoordcode: Xq7bF2
________________________________________________________________________________
""", outlook_html(teams), boundary("teams")),
  rules=[], mailer=OL, note="meeting passcode: Teams invitation with meeting ID and passcode, no credential",
  fmt=["alt", "teams-invite"])

M("zoom-infoavond-rome", W("sven"), [W("sven")], "Online infoavond Romereis - donderdag 9 januari", "2025-01-03 18:05",
  text("""Beste ouders van het 6de jaar,

De infoavond over de Romereis gaat online door op donderdag 9 januari om 20u. U kan deelnemen via Zoom:

https://us02web.zoom.us/j/84255319078
Meeting-ID: 842 5531 9078
Toegangscode: 615204

We overlopen het programma, het reisreglement en de praktische afspraken. Daarna is er tijd voor vragen. De presentatie komt achteraf op Smartschool.

Tot donderdag,
Sven Wijns
"""),
  bcc=["ouders-6dejaar@sintpieterscollege.be"], rules=[], genre="meeting",
  note="meeting passcode: Zoom link, meeting ID and access code for a parents' evening, sent in Bcc",
  fmt=["plain", "7bit"])

M("ict-tips-wachtwoorden", W("tom"), [W("tom")], "ICT-tip van de maand: wachtwoorden en MFA", "2024-10-01 07:30",
  text("""Beste collega's,

Oktober is de maand van de cyberveiligheid, dus een paar tips:

1. Gebruik een wachtzin in plaats van een wachtwoord: vier willekeurige woorden zijn sterker en makkelijker te onthouden dan een kort wachtwoord met rare tekens.
2. Gebruik nooit hetzelfde wachtwoord voor school en voor privé.
3. Zet tweestapsverificatie (MFA) aan via de Microsoft Authenticator-app. Vanaf 1 november wordt dat verplicht.
4. Niemand van de school zal ooit je wachtwoord vragen, ook ik niet. Geef het dus nooit door, ook niet aan een collega.
5. Wachtwoord vergeten? Via https://passwordreset.microsoftonline.com kan je het zelf opnieuw instellen.

Tom
ICT-coördinator
"""),
  bcc=[PERS], rules=[], note="ICT tips about passwords to all staff in Bcc; no password given",
  fmt=["plain", "7bit", "numbered"])

orig = """Goedemiddag,

Ik kan niet meer inloggen op Smartschool met mijn co-account, ik ben mijn wachtwoord kwijt. Kan u het mij opnieuw bezorgen?

Caroline Michiels"""
M("re-coaccount-wachtwoord", INFO, [("Caroline Michiels", "caroline.michiels@hotmail.com")],
  "RE: wachtwoord smartschool", "2024-10-15 14:22",
  text("""Beste mevrouw Michiels,

Om veiligheidsredenen kunnen wij uw wachtwoord niet bekijken of per mail bezorgen.

U kan het zelf opnieuw instellen:
1. Ga naar de aanmeldpagina van Smartschool.
2. Kies uw co-account en klik op "Wachtwoord vergeten?".
3. U krijgt een mail op het adres dat u bij de activatie hebt opgegeven.

Lukt het niet, dan kan uw zoon of dochter via zijn of haar eigen account een nieuwe activatiebrief voor u aanvragen, of u komt even langs op het secretariaat.

Met vriendelijke groeten,
Secretariaat Sint-Pieterscollege

-----Oorspronkelijk bericht-----
Van: Caroline Michiels <caroline.michiels@hotmail.com>
Verzonden: dinsdag 15 oktober 2024 12:51
Aan: info@sintpieterscollege.be
Onderwerp: wachtwoord smartschool

""" + orig),
  extra=[("In-Reply-To", "<DB9P190MB1234.cm@hotmail.com>"), ("References", "<DB9P190MB1234.cm@hotmail.com>")],
  rules=[], mailer=OL, note="secretariat explains the 'forgot password' procedure to a parent; no password given",
  fmt=["plain", "reply", "outlook-quote"])

M("examenplatform-handleiding", W("pj"), [W("dieter"), W("nathalie"), W("sven"), W("bram")],
  "handleiding digitale examens", "2025-05-20 15:10",
  text("""Dag collega's,

Voor wie in juni een digitaal examen afneemt, de stappen nog eens op een rij:

1. Meld je aan op het examenplatform met je gewone schoolaccount:
   Gebruikersnaam: [je Smartschool-gebruikersnaam]
   Wachtwoord: ********  (je gewone schoolwachtwoord)
2. Kies bij 'Sessies' je klas en klik op 'Start'.
3. De leerlingen krijgen een sessiecode op het scherm vooraan; die verandert bij elk examen.
4. Na het examen: 'Sessie afsluiten' en NIET gewoon het venster sluiten.

PJ
"""),
  rules=[], note="instructions with placeholders for username and password, no real value",
  fmt=["plain", "7bit", "numbered", "placeholder"])

M("paswoord-via-smartschool", W("tom"), [("Hamza Tahiri", "hamza.tahiri@sintpieterscollege.be")],
  "printer lerarenkamer", "2025-02-25 09:48",
  text("""Hoi Hamza,

Je kopieercode stuur ik je straks via een Smartschool-bericht, niet per mail (regels van de privacycel). Als je hem hebt, kan je aan elke printer in de school afdrukken met "Beveiligd afdrukken".

Tom
"""),
  rules=[], note="ICT says the copier code will be sent another way; no code in the mail",
  fmt=["plain", "7bit"])

M("waarschuwing-phishing", W("tom"), [W("tom")], "LET OP: valse mail 'uw wachtwoord verloopt vandaag'",
  "2025-03-17 10:15",
  text(simple_html("""<p><b>Beste collega's,</b></p>
<p>Sinds vanmorgen krijgen verschillende collega's een mail met als onderwerp <i>"Uw wachtwoord verloopt vandaag - actie vereist"</i>. De mail lijkt van Microsoft te komen en vraagt om op een knop te klikken en je wachtwoord te bevestigen.</p>
<p><b>Dit is phishing.</b> Klik niet op de link en vul niets in. Verwijder de mail.</p>
<p>Heb je toch je gegevens ingevuld? Wijzig dan meteen je wachtwoord en verwittig mij; ik zet je sessies dan op afgemeld.</p>
<p>Tom</p>"""), "html", cte="quoted-printable"),
  bcc=[PERS], rules=[], note="phishing warning about passwords to all staff in Bcc; no credential",
  fmt=["html-only", "qp"])

M("offerte-bus-bosklassen", W("griet"), [("Autocars Dijleland", "reservaties@autocars-dijleland.be")],
  "Offerteaanvraag bus bosklassen 28-30 april", "2025-01-22 10:32",
  text("""Goedemorgen,

Graag ontvang ik een offerte voor het vervoer van onze eerstejaars naar Han-sur-Lesse:

- heen: maandag 28 april, vertrek 8u30 aan de school (Pleinstraat, Leuven)
- terug: woensdag 30 april, vertrek 15u00 in Han-sur-Lesse
- 96 leerlingen en 8 begeleiders
- tijdens het verblijf geen vervoer nodig

Kunt u ook vermelden of de bussen een lift of laadplatform hebben? Eén leerling verplaatst zich met krukken.

Met vriendelijke groeten,

Griet Vandenberghe
Adjunct-directeur
Sint-Pieterscollege Leuven
Pleinstraat 12, 3000 Leuven
016 29 41 80
"""),
  rules=["personal_data"], note="quote request to a bus company, school phone in signature",
  fmt=["plain", "7bit"])

M("bestelling-leerpunt", W("annick"), [("Uitgeverij Leerpunt", "scholen@leerpunt.be")],
  "Bestelling leerkrachtenexemplaren", "2024-08-26 13:05",
  text("""Beste,

Graag bestellen wij voor volgend schooljaar de volgende leerkrachtenexemplaren (klantnummer SPC-04412):

- Kompas Wiskunde 3 - handleiding: 3 ex.
- Tandem Frans 2 - handleiding + digitale licentie: 2 ex.
- Open Geschiedenis 4: 1 ex.

Leveringsadres: Sint-Pieterscollege, t.a.v. secretariaat, Pleinstraat 12, 3000 Leuven.

Alvast bedankt,
Annick Wouters
"""),
  rules=[], note="textbook order to a publisher",
  fmt=["plain", "7bit"])

orig = """Beste,
Wanneer is het volgende oudercontact? Ik heb de brief niet gekregen.
Mvg
Ann Van Hecke"""
M("re-oudercontact-datum", INFO, [("Ann Van Hecke", "ann.vanhecke@skynet.be")], "Re: oudercontact",
  "2025-03-18 09:02",
  text("""Beste mevrouw Van Hecke,

Het volgende oudercontact is op donderdag 27 maart van 16u30 tot 20u. U kan vanaf vandaag inschrijven via Smartschool (module Oudercontact).

Met vriendelijke groeten,
Secretariaat

Op 17/03/2025 om 22:10 schreef Ann Van Hecke:
""" + quote(orig) + "\n"),
  extra=[("In-Reply-To", "<20250317221002.ann@skynet.be>"), ("References", "<20250317221002.ann@skynet.be>")],
  rules=[], note="secretariat answers a parent's question about the date of the parents' evening",
  fmt=["plain", "reply"])

M("personeelsfeest", W("griet"), [W("griet")], "Uitnodiging personeelsfeest vrijdag 13 juni", "2025-05-19 16:40",
  text(simple_html("""<div style="text-align:center">
<h2 style="color:#8b1d2c">Personeelsfeest 2025</h2>
<p>vrijdag 13 juni vanaf 18u30<br>in de tuin van het klooster (bij slecht weer: refter)</p>
<p>BBQ (ook veggie), dessertenbuffet, en de legendarische quiz van Kristof</p>
<p>Partners zijn welkom. Inschrijven via het formulier in de lerarenkamer vóór 6 juni.<br>Bijdrage: 15 euro p.p.</p>
<p>Tot dan!<br>De feestcommissie</p>
</div>"""), "html", cte="quoted-printable"),
  bcc=[PERS], rules=[], note="staff party invitation to all staff in Bcc",
  fmt=["html-only", "qp"])

rows = [["Datum", "8u30-10u10", "10u25-12u05", "Studiezaal"],
        ["ma 16/6", "Dieter, Elke", "Joris, Koen", "Ilse"],
        ["di 17/6", "Fatma, Sven", "Bram, Nathalie", "Ilse"],
        ["wo 18/6", "Lien, Wouter", "-", "Magda"],
        ["do 19/6", "Ann, Veerle", "PJ, Dries", "Ilse"],
        ["vr 20/6", "Sofie, Gert", "Katrijn, Lieve", "Magda"]]
txt = "Dag collega's,\n\nHieronder het toezichtsrooster voor de turnzaal tijdens de eerste examenweek. Ruilen mag, maar laat het me weten.\n\n" + table_text(rows) + "\n\nGriet\n"
M("toezichten-examens", W("griet"), [W("dieter"), W("elke"), W("joris"), W("koen"), W("fatma"), W("sven"),
                                      W("bram"), W("nathalie"), W("lien"), W("wouter")],
  "toezichten turnzaal junexamens", "2025-06-05 12:50",
  alt(txt, outlook_html(paras("Dag collega's,\n\nHieronder het toezichtsrooster voor de turnzaal tijdens de eerste examenweek. Ruilen mag, maar laat het me weten.") + table_html(rows) + paras("\nGriet")), boundary("toezicht")),
  rules=[], mailer=OL, note="exam supervision rota to individual colleagues, html table",
  fmt=["alt", "html-table"])

M("stad-signalisatie", W("kristof"), [("Dienst Mobiliteit", "mobiliteit@leuven.be")], "Signalisatie schoolstraat Pleinstraat",
  "2024-11-12 08:40",
  text("""Goedemorgen,

Sinds de start van de schoolstraat op 4 november staat het hek aan de kant van de Tiensestraat elke ochtend scheef, waardoor auto's er gewoon langs rijden. Kan er een steviger hek of een extra bord komen? We hebben ook gemerkt dat het bord "Schoolstraat" aan de kant van het Ladeuzeplein door de bomen niet goed zichtbaar is.

Onze vrijwilligers (ouders) doen hun best, maar het zou helpen.

Met vriendelijke groeten,
Kristof Smets
Technisch adviseur Sint-Pieterscollege
0479 30 11 82
"""),
  rules=["personal_data"], note="caretaker asks the city mobility service for better school-street signs, gsm in signature",
  fmt=["plain", "7bit"])

M("auteurslezing", W("ann"), [("Literatuurbureau Vlaanderen", "lezingen@literatuurbureau.be")],
  "Aanvraag auteurslezing 2de jaar", "2024-10-24 20:12",
  text("""Beste,

Met de vakgroep Nederlands willen we in het voorjaar een auteurslezing organiseren voor onze leerlingen van het 2de jaar (4 klassen, ongeveer 90 leerlingen). We denken aan een jeugdauteur die over vriendschap of opgroeien schrijft.

Mogelijke data: een dinsdag of donderdag in maart of april, voormiddag.
Graag ook een prijsindicatie (we kunnen een beroep doen op de subsidie van Literatuur Vlaanderen).

Vriendelijke groet,
Ann Heylen
Vakgroep Nederlands, Sint-Pieterscollege Leuven
"""),
  rules=[], note="teacher asks a literature agency for an author visit",
  fmt=["plain", "8bit"])

M("erasmus-programme-en", W("griet"), [("Maeve O'Connor", "m.oconnor@stcolmans.ie")], "Programme for the week of 17 March",
  "2025-03-04 14:30",
  text("""Hi Maeve,

Please find below the draft programme for your visit. Let me know if anything needs to change.

Monday 17 - welcome breakfast, school tour, lessons with host pupils
Tuesday 18 - city walk in Leuven, visit to the University Library tower
Wednesday 19 - day trip to Brussels (Parliamentarium, Grand-Place)
Thursday 20 - project work "Europe and us", farewell party in the evening
Friday 21 - lessons in the morning, departure after lunch

Your students will need a packed lunch on Wednesday; the host families will take care of that.

Looking forward to it!
Griet
"""),
  rules=[], lang="en", note="programme of an Erasmus+ visit sent to the Irish partner school",
  fmt=["plain", "7bit"])

M("tournoi-volley-fr", W("koen"), [("Luc Marchal", "l.marchal@collegesaintjulien.be")], "Tournoi de volley inter-écoles",
  "2025-02-04 16:45",
  text("""Bonjour Luc,

Merci pour l'invitation au tournoi de volley du mercredi 26 mars à Ath. Nous viendrons avec deux équipes (garçons et filles, 4e et 5e année), soit 16 élèves et deux accompagnateurs.

Pourrais-tu m'envoyer l'horaire des matchs et me dire s'il y a un repas prévu à midi ? Sinon, les élèves prendront leur pique-nique.

Sportivement,
Koen De Smedt
Professeur d'éducation physique
Sint-Pieterscollege Leuven
"""),
  rules=[], lang="fr", note="PE teacher confirms participation in a tournament at a Walloon partner school",
  fmt=["plain", "8bit"])

M("gwp-planning-gmail", ("Bram Goris", "bram.goris75@gmail.com"), [W("griet")], "planning GWP 6de jaar",
  "2025-04-13 21:37",
  text("""Hoi Griet,

Mijn schoolmail doet al de hele dag raar op de laptop thuis, dus ik stuur het via mijn eigen adres.

Voorstel planning GWP 6de jaar:
- maandag: vertrek naar Gent, bezoek STAM en de haven
- dinsdag: projectwerk in groepjes op school
- woensdag: presentaties voor de ouders 's avonds

Budget bus: ik heb de offerte van vorig jaar, ongeveer 950 euro. Kan jij het laten goedkeuren op het directieoverleg?

Bram
"""),
  rules=["private_account"], note="teacher sends school planning to the deputy head from his private gmail account",
  fmt=["plain", "7bit"], mailer="Mozilla Thunderbird")

M("fw-toezichten-naar-hotmail", W("nathalie"), [("Nathalie Bosmans", "nathalie.bosmans@hotmail.com")],
  "Fwd: toezichten turnzaal junexamens", "2025-06-05 20:14",
  text("""---------- Doorgestuurd bericht ----------
Van: Griet Vandenberghe <griet.vandenberghe@sintpieterscollege.be>
Datum: do 5 jun 2025 om 12:50
Onderwerp: toezichten turnzaal junexamens

Dag collega's,

Hieronder het toezichtsrooster voor de turnzaal tijdens de eerste examenweek. Ruilen mag, maar laat het me weten.

""" + table_text(rows) + "\n\nGriet\n"),
  rules=["private_account"], note="teacher forwards a school mail from her school account to her own private hotmail",
  fmt=["plain", "inline-forward"])

xlsm = zipbytes([("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/></Types>'),
                 ("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Punten" sheetId="1"/></sheets></workbook>'),
                 ("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"Attribute VB_Name = \"Module1\"\r\nSub BerekenGemiddelde()\r\nEnd Sub\r\n")])
M("puntenlijst-macro", W("dieter"), [W("lien"), ("Sander Peeters", "sander.peeters@sintpieterscollege.be")],
  "puntenlijst met automatische gemiddeldes", "2025-01-06 09:14",
  multipart("mixed", [text("""Hoi,

Zoals beloofd mijn Excel-puntenlijst. Met de knop "Bereken" worden de gemiddeldes per evaluatiedomein automatisch berekend. Je moet wel de macro's inschakelen als Excel erom vraagt.

Dieter
"""), attach(xlsm, "application/vnd.ms-excel.sheet.macroEnabled.12", "puntenlijst_wiskunde_2025.xlsm")],
                      boundary("xlsm")),
  rules=["attachment"], mailer=OL, note="teacher shares a macro-enabled Excel grade sheet with colleagues",
  fmt=["mixed", "xlsm-attachment"])

exe = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 48 + b"This program cannot be run in DOS mode.\r\r\n$" + b"\x00" * 64
drv = zipbytes([("PromethBoardDriver_v5.2/setup.exe", exe),
                ("PromethBoardDriver_v5.2/lees_mij.txt", "Dubbelklik op setup.exe en volg de stappen.\r\n")])
M("digibord-driver-zip", W("tom"), [W("joris")], "driver digibord B105", "2024-11-28 15:02",
  multipart("mixed", [text("""Joris,

Het digibord in B105 wordt niet meer herkend na de Windows-update. In bijlage de driver: uitpakken en setup.exe uitvoeren als beheerder (ik heb je pc daarvoor tijdelijk vrijgegeven). Lukt het niet, dan kom ik morgen langs.

Tom
"""), attach(drv, "application/zip", "PromethBoardDriver_v5.2.zip")], boundary("drvzip")),
  rules=["attachment"], note="ICT sends a zip archive containing an executable driver installer",
  fmt=["mixed", "zip-with-exe"])

M("carpool-volley", W("koen"), [("Nele Vervoort", "nele.vervoort@telenet.be"), ("Ilse Segers", "ilse.segers@hotmail.com")],
  "carpool volleybaltornooi woensdag", "2025-03-20 13:40",
  text("""Beste mevrouw Vervoort, beste mevrouw Segers,

Mats en Ruben zijn geselecteerd voor de ploeg die woensdag 26 maart naar het volleybaltornooi in Ath gaat. We vertrekken met de bus, maar de bus is vol met de meisjesploeg. Zouden jullie samen de jongens kunnen brengen? Vertrek om 12u45 aan de school, terug rond 18u.

Laat gerust weten of dat lukt.

Sportieve groeten,
Koen De Smedt
"""),
  rules=["bcc"], about=["P0150", "P0154"],
  note="PE teacher asks two parents for a carpool with both parents' addresses visible in To",
  fmt=["plain", "8bit"])

M("toets-verplaatst-5c", W("fatma"), [("Klas 5C", "klas-5c@sintpieterscollege.be")],
  "Toets Frans verplaatst", "2025-02-24 18:20",
  text("""Bonsoir 5C,

De toets Frans (passé composé / imparfait) gaat niet door op woensdag, maar op vrijdag 28/2 in het 2de lesuur. Herhaal zeker oefening 4 tot 9 uit het werkboek.

Bon travail!
Mevr. Yildiz
"""),
  rules=["bcc"], note="teacher mails the pupils' class group address in To",
  fmt=["plain", "7bit"])

M("schoonmaak-turnzaal", W("kristof"), [("Planning CleanPro", "planning@cleanpro-vlaanderen.be")],
  "extra poetsbeurt turnzaal", "2025-05-21 07:55",
  text("""Goedemorgen,

Na de sportdag van gisteren is de turnzaal erg vuil (modder van het veld). Kan er deze week een extra poetsbeurt van de vloer gebeuren, liefst voor vrijdag? Op donderdagnamiddag is de zaal vrij.

Graag een bevestiging.

Kristof Smets
Sint-Pieterscollege
"""),
  rules=[], note="caretaker asks the cleaning company for an extra cleaning",
  fmt=["plain", "7bit"])

M("verloren-voorwerpen", W("magda"), [W("magda")], "Verloren voorwerpen - laatste kans!", "2025-06-16 08:10",
  text("""Dag iedereen,

Aan het onthaal ligt een berg verloren voorwerpen: jassen, sweaters, drinkbussen, een paar sportschoenen (maat 42), een rekenmachine TI-84 en twee gsm-opladers.

Wat niet is opgehaald voor vrijdag 27 juni, gaat naar de kringwinkel.

Magda
"""),
  bcc=["leerlingen@sintpieterscollege.be"], rules=[], note="lost-and-found mail to all pupils in Bcc",
  fmt=["plain", "7bit"])

orig = """Beste,

Al voor de derde keer deze maand was de bus van 7u42 aan de halte Kessel-Lo Station niet op tijd en kwamen de kinderen te laat op school. Wordt daar iets aan gedaan? En tellen die te laatkomingen mee?

Kaat Wuyts"""
M("re-bus-te-laat", W("griet"), [("Kaat Wuyts", "kaat.wuyts@telenet.be")], "Re: busvertraging", "2025-03-14 12:35",
  text("""Beste mevrouw Wuyts,

Bedankt voor uw melding. We hebben de voorbije weken meer klachten gekregen over die lijn en hebben De Lijn gecontacteerd. Zij zeggen dat er werken zijn op de Diestsesteenweg tot eind maart.

Te laat komen door een vertraagde bus wordt uiteraard niet aangerekend. De leerlingen melden zich gewoon op het leerlingensecretariaat en zeggen dat ze met de bus kwamen.

Met vriendelijke groeten,
Griet Vandenberghe
Adjunct-directeur

Op do 13 mrt 2025 om 19:55 schreef Kaat Wuyts <kaat.wuyts@telenet.be>:
""" + quote(orig) + "\n", cte="quoted-printable"),
  extra=[("In-Reply-To", "<5f2a91c0-kw@telenet.be>"), ("References", "<5f2a91c0-kw@telenet.be>")],
  rules=[], note="deputy head answers a parent's general complaint about a late bus line",
  fmt=["plain", "qp", "reply"])

M("toezicht-overnemen", W("lien"), [W("dieter"), W("katrijn")], "wie kan mijn toezicht overnemen?",
  "2025-02-05 07:12",
  text("""Hoi,

Ik sta met de auto stil op de E40 (panne) en ben pas om 10u op school. Kan iemand van jullie mijn toezicht op de speelplaats om 8u15 overnemen? Ik neem dan die van jou volgende week.

Lien
"""),
  rules=[], note="teacher asks colleagues to take over a playground duty",
  fmt=["plain", "7bit"])


# ================================================================ output + checks
SCHOOL_DOMAINS = ("sintpieterscollege.be", "ksleuven.be")
GROUP_LOCALS = re.compile(r"^(ouders|leerlingen|personeel|klas-|vakgroep-)")


def is_school(a):
    d = a.split("@")[1].lower()
    return any(d == s or d.endswith("." + s) for s in SCHOOL_DOMAINS)


def yscalar(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    s = str(v)
    if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._@+\-]*", s) and s not in ("true", "false", "null", "yes", "no"):
        return s
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def ylist(xs):
    return "[" + ", ".join(yscalar(x) for x in xs) + "]"


PHONE = re.compile(r"(?<![\w+])(?:\+32[ ]?|0)\d(?:[ ./]?\d){7,8}(?!\d)")
IBAN = re.compile(r"\bBE\d{2}(?: ?\d{4}){3}\b")
RRN = re.compile(r"\b\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}\b")
DOB = re.compile(r"geboortedatum[^.\n]{0,40}\d{4}|geboren op|date of birth|né le|née le", re.I)


def all_text(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        if part.get_content_type() == "message/rfc822":
            continue
        payload = part.get_payload(decode=True) or b""
        cs = part.get_content_charset() or "utf-8"
        if part.get_content_maintype() == "text":
            out.append(payload.decode(cs, "replace"))
    return "\n".join(out)


def main():
    write_roster()
    order = list(range(len(MAILS)))
    random.Random(303).shuffle(order)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    names = []
    ylines = []
    for n, idx in enumerate(order, start=1):
        slug, raw, lab = MAILS[idx]
        name = f"{n:03d}-{slug}.eml"
        names.append((name, raw, lab))
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(raw)
        ylines.append(f"{name}:")
        ylines.append(f"  rules: {ylist(lab['rules'])}")
        if "categories" in lab:
            ylines.append(f"  categories: {{sensitive: {ylist(lab['categories']['sensitive'])}}}")
        ylines.append(f"  mail_from: {yscalar(lab['mail_from'])}")
        ylines.append(f"  rcpt: {ylist(lab['rcpt'])}")
        ylines.append(f"  about: {ylist(lab['about'])}")
        ylines.append(f"  misdirected: {yscalar(lab['misdirected'])}")
        ylines.append(f"  note: {yscalar(lab['note'])}")
        ylines.append(f"  lang: {lab['lang']}")
        ylines.append(f"  format: {ylist(lab['format'])}")
        if "genre" in lab:
            ylines.append(f"  genre: {lab['genre']}")
    with open(os.path.join(OUT, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# batch 03 - Sint-Pieterscollege Leuven - labels (generated by make.py)\n")
        f.write("\n".join(ylines) + "\n")
    check(names)


def check(names):
    problems = []
    parents = {}
    for r in ROSTER:
        for a in (r["p1"], r["p2"]):
            if a:
                parents.setdefault(a, set()).add(r["id"])
    staff_private = {"bram.goris75@gmail.com", "nathalie.bosmans@hotmail.com"}
    for name, raw, lab in names:
        if re.search(rb"(?<!\r)\n", raw):
            problems.append((name, "bare LF"))
        if any(len(l) > 998 for l in raw.split(b"\r\n")):
            problems.append((name, "line > 998"))
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for h in ("Date", "From", "To", "Subject", "Message-ID", "MIME-Version", "Content-Type",
                  "Content-Transfer-Encoding"):
            if msg[h] is None:
                problems.append((name, "missing " + h))
        for part in msg.walk():
            if part.defects:
                problems.append((name, "defects %r" % part.defects))
            if not part.is_multipart() and part.get_content_type() != "message/rfc822":
                part.get_content()
        txt = all_text(msg)
        for sub in msg.walk():
            if sub.get_content_type() == "message/rfc822":
                inner = sub.get_payload()[0] if isinstance(sub.get_payload(), list) else sub.get_payload()
                txt += "\n" + all_text(inner)
        pd = bool(PHONE.search(txt) or IBAN.search(txt) or RRN.search(txt) or DOB.search(txt))
        if pd and "personal_data" not in lab["rules"]:
            problems.append((name, "phone/iban found but no personal_data: %s" %
                             (PHONE.findall(txt) + IBAN.findall(txt))))
        if "personal_data" in lab["rules"] and not pd:
            problems.append((name, "personal_data labelled but no phone/iban found"))
        ctes = {str(p.get("Content-Transfer-Encoding", "")).lower() for p in msg.walk()}
        if "8bit" in lab["format"] and "8bit" not in ctes:
            problems.append((name, "format says 8bit, message has %s" % ctes))
        if "7bit" in lab["format"] and "7bit" not in ctes:
            problems.append((name, "format says 7bit, message has %s" % ctes))
        for f_, c_ in (("qp", "quoted-printable"), ("base64", "base64")):
            if f_ in lab["format"] and c_ not in ctes:
                problems.append((name, "format says %s" % f_))
        # bcc consistency
        vis = []
        for h in ("To", "Cc"):
            if msg[h]:
                vis += [a.addr_spec for a in msg[h].addresses]
        ext = [a for a in vis if "@" in a and not is_school(a)]
        grp = [a for a in vis if "@" in a and is_school(a) and GROUP_LOCALS.match(a)]
        want_bcc = len(ext) > 1 or bool(grp)
        if want_bcc != ("bcc" in lab["rules"]):
            problems.append((name, f"bcc mismatch ext={ext} grp={grp}"))
        # private account
        priv = not is_school(lab["mail_from"]) and lab["mail_from"] in staff_private or \
            any(a in staff_private for a in lab["rcpt"])
        if priv != ("private_account" in lab["rules"]):
            problems.append((name, "private_account mismatch"))
        if ("sensitive" in lab["rules"]) != ("categories" in lab):
            problems.append((name, "sensitive/categories mismatch"))
        # misdirected
        prcpt = [a for a in lab["rcpt"] if a in parents]
        if lab["misdirected"]:
            x = set(lab["about"])
            if not prcpt or any(parents[a] & x for a in prcpt) or len(prcpt) != len(lab["rcpt"]):
                problems.append((name, "misdirected inconsistent"))
        elif lab["about"] and prcpt:
            if not all(parents[a] & set(lab["about"]) for a in prcpt):
                problems.append((name, "to a parent not of the pupil, but not misdirected"))
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    with open(os.path.join(OUT, "labels.yaml"), encoding="utf-8") as f:
        keys = [l[:-1] for l in f.read().splitlines() if l.endswith(".eml:")]
    if sorted(keys) != files or len(set(keys)) != len(keys):
        problems.append(("labels.yaml", "entries do not match .eml files"))
    for p in problems:
        print("PROBLEM", *p)
    print(f"{len(files)} mails, {len(keys)} labels, roster {len(ROSTER)} pupils, problems: {len(problems)}")


if __name__ == "__main__":
    main()
