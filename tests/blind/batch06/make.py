#!/usr/bin/env python3
"""batch06: blind labelled outgoing school mail of the fictional Sint-Pieterscollege (Leuven).

Run: python3 make.py   -> writes NNN-slug.eml, labels.yaml, roster.csv in this folder.
Only the standard library; deterministic (fixed seed, dates, boundaries, message ids).
"""
import os, re, random, html, textwrap, datetime, zlib
from email.message import EmailMessage
from email import policy
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SMTP = policy.SMTP

# ----------------------------------------------------------------------------- roster
CLASSES = [f"{y}{c}" for y in range(1, 7) for c in "ABCD"]

# featured pupils: first, last, gender, class, parent1, parent2
FEATURED = [
    ("Yasmine", "Bouzid", "f", "3B", "karima.bouzid@hotmail.com", ""),
    ("Jarne", "Wouters", "m", "3B", "lieve.wouters@telenet.be", "geert.wouters@gmail.com"),
    ("Fien", "Maes", "f", "3B", "koen.maes@telenet.be", "ilse.vanhoutte@telenet.be"),
    ("Jelle", "Verbeke", "m", "4C", "nathalie.verbeke@telenet.be", "bert.verbeke@proximus.be"),
    ("Sem", "Goossens", "m", "4A", "evy.goossens@gmail.com", ""),
    ("Grace", "Mbala", "f", "2D", "josephine.mbala@gmail.com", ""),
    ("Junior", "Mbala", "m", "5B", "josephine.mbala@gmail.com", ""),
    ("Milan", "De Smet", "m", "1B", "kristien.desmet@telenet.be", "joris.desmet@telenet.be"),
    ("Mohamed", "Azzouzi", "m", "2A", "said.azzouzi@hotmail.com", "nadia.azzouzi@hotmail.com"),
    ("Robbe", "Jacobs", "m", "1C", "veerle.jacobs@skynet.be", "wim.jacobs@skynet.be"),
    ("Lien", "Hermans", "f", "5C", "marijke.hermans@telenet.be", "luc.hermans@telenet.be"),
    ("Elif", "Yilmaz", "f", "2B", "sevgi.yilmaz@hotmail.com", "murat.yilmaz@gmail.com"),
    ("Noor", "Van Hoof", "f", "1C", "sarah.vanhoof@gmail.com", "tim.vanhoof@gmail.com"),
    ("Nathan", "Lemmens", "m", "3C", "sandra.lemmens@skynet.be", ""),
    ("Louis", "Dubois", "m", "4D", "isabelle.dubois@proximus.be", "olivier.dubois@proximus.be"),
    ("Lucas", "Claes", "m", "5A", "caroline.claes@telenet.be", "pieter.claes@telenet.be"),
    ("Bilal", "Chaouki", "m", "1D", "latifa.chaouki@gmail.com", ""),
    ("Bart", "Willems", "m", "5D", "johan.willems@telenet.be", ""),
    ("Emma", "Smets", "f", "6B", "inge.smets@telenet.be", "raf.smets@gmail.com"),
    ("Kobe", "Peeters", "m", "2B", "an.peeters@telenet.be", "dirk.peeters@telenet.be"),
    ("Lotte", "Van den Broeck", "f", "1A", "eline.vandenbroeck@gmail.com", "kris.vandenbroeck@telenet.be"),
    ("Ilias", "El Amrani", "m", "3A", "hafida.elamrani@hotmail.com", "mustapha.elamrani@gmail.com"),
    ("Hanne", "Mertens", "f", "1B", "griet.mertens@gmail.com", "stijn.mertens@gmail.com"),
    ("Zeynep", "Demir", "f", "4B", "hatice.demir@hotmail.com", "ali.demir@hotmail.com"),
    ("Amira", "Benali", "f", "4B", "samia.benali@outlook.com", ""),
    ("Ruben", "Aerts", "m", "6C", "ann.aerts@telenet.be", "filip.aerts@telenet.be"),
    ("Jana", "Cools", "f", "6C", "hilde.cools@gmail.com", "frank.cools@gmail.com"),
    ("Ward", "Janssens", "m", "6C", "dirk.janssens@telenet.be", "martine.janssens@telenet.be"),
    ("Jonas", "Vandenberghe", "m", "3D", "els.vandenberghe@gmail.com", "kurt.vandenberghe@hotmail.com"),
    ("Lisa", "Vandenberghe", "f", "1A", "els.vandenberghe@gmail.com", "kurt.vandenberghe@hotmail.com"),
    ("Stijn", "Michiels", "m", "3C", "peter.michiels@telenet.be", "karolien.michiels@telenet.be"),
    ("Wout", "Hendrickx", "m", "1D", "jessica.hendrickx@hotmail.com", ""),
    ("Redouane", "Ait Taleb", "m", "2C", "fatima.aittaleb@gmail.com", "brahim.aittaleb@gmail.com"),
    ("Tom", "Peeters", "m", "4A", "marc.peeters@gmail.com", "nele.peeters@gmail.com"),
    ("Kevin", "Nowak", "m", "2A", "marta.nowak@gmail.com", "pawel.nowak@gmail.com"),
    ("Aya", "Mansouri", "f", "2C", "naima.mansouri@hotmail.com", "khalid.mansouri@gmail.com"),
    ("Kenzo", "Lambrecht", "m", "1C", "sarah.lambrecht@telenet.be", ""),
    ("Dorien", "Geerts", "f", "5B", "tinne.geerts@telenet.be", "bart.geerts@telenet.be"),
    ("Elise", "Boon", "f", "1B", "katleen.boon@telenet.be", "wouter.boon@telenet.be"),
    ("Mats", "Coppens", "m", "4D", "leen.coppens@gmail.com", "jan.coppens@gmail.com"),
    ("Selin", "Aydin", "f", "5A", "emine.aydin@hotmail.com", "hakan.aydin@hotmail.com"),
    ("Arne", "Wuyts", "m", "4C", "kathy.wuyts@skynet.be", "guy.wuyts@skynet.be"),
    ("Lars", "Van Damme", "m", "1A", "evi.vandamme@telenet.be", "jeroen.vandamme@telenet.be"),
    ("Imane", "Bakkali", "f", "3A", "fatima.bakkali@outlook.com", ""),
    ("Sara", "Vos", "f", "3D", "liesbeth.vos@telenet.be", "erik.vos@telenet.be"),
    ("Thomas", "Baert", "m", "2B", "veronique.baert@proximus.be", "stefan.baert@proximus.be"),
    ("Ines", "De Clercq", "f", "1C", "charlotte.declercq@gmail.com", "michiel.declercq@gmail.com"),
    ("Mathis", "Dewitte", "m", "4B", "sofie.dewitte@telenet.be", "bram.dewitte@telenet.be"),
    ("Chloé", "Lambert", "f", "5C", "nathalie.lambert@skynet.be", "philippe.lambert@skynet.be"),
    ("Jens", "Verstraeten", "m", "3B", "kris.verstraeten@gmail.com", "ann.verstraeten@gmail.com"),
    ("Mila", "Huybrechts", "f", "3B", "greet.huybrechts@telenet.be", "pieter.huybrechts@telenet.be"),
    ("Kato", "Dierckx", "f", "3D", "wendy.dierckx@hotmail.com", ""),
    ("Dylan", "Leclercq", "m", "4C", "melissa.leclercq@gmail.com", ""),
    ("Berre", "Thys", "m", "4A", "leen.thys@telenet.be", "koen.thys@telenet.be"),
    ("Oliver", "Bennett", "m", "3A", "claire.bennett@gmail.com", "james.bennett@outlook.com"),
    ("Nora", "Vandevelde", "f", "2A", "hilde.stroobants@telenet.be", ""),
    ("Febe", "Wouters", "f", "4D", "katrien.wouters@telenet.be", "joeri.wouters@telenet.be"),
    ("Arda", "Kaya", "m", "2D", "ayse.kaya@hotmail.com", "mehmet.kaya@hotmail.com"),
    ("Eylül", "Kaya", "f", "4A", "ayse.kaya@hotmail.com", "mehmet.kaya@hotmail.com"),
    ("Can", "Kaya", "m", "6A", "ayse.kaya@hotmail.com", "mehmet.kaya@hotmail.com"),
    ("Rayan", "Haddou", "m", "3C", "souad.haddou@gmail.com", "youssef.haddou@gmail.com"),
    ("Sien", "Pauwels", "f", "2B", "griet.pauwels@telenet.be", "dries.pauwels@telenet.be"),
    ("Tuur", "Mattheus", "m", "2C", "evelyne.mattheus@skynet.be", ""),
    ("Lina", "Ouali", "f", "5D", "samira.ouali@gmail.com", "hamid.ouali@gmail.com"),
    ("Yassin", "Ouazzani", "m", "5D", "khadija.ouazzani@gmail.com", "rachid.ouazzani@gmail.com"),
    ("Marie", "Verhoeven", "f", "1A", "els.verhoeven@telenet.be", "tom.verhoeven@telenet.be"),
    ("Seppe", "Jansen", "m", "1D", "tom.jansen@gmail.com", "lies.jansen@gmail.com"),
    ("Anouk", "Segers", "f", "5A", "bart.segers@skynet.be", "mieke.segers@skynet.be"),
    ("Yusuf", "Öztürk", "m", "2C", "ayse.ozturk@hotmail.com", "emre.ozturk@hotmail.com"),
    ("Lore", "Claessens", "f", "3C", "katrien.claessens@telenet.be", "gert.claessens@telenet.be"),
    ("Victor", "Maes", "m", "4B", "hilde.maes@proximus.be", "luc.maes@proximus.be"),
    ("Julie", "Timmermans", "f", "5D", "wim.timmermans@telenet.be", "ann.timmermans@telenet.be"),
    ("Lena", "Kowalska", "f", "1B", "agnieszka.kowalska@gmail.com", "tomasz.kowalski@gmail.com"),
    ("Ibrahim", "Diallo", "m", "6D", "aminata.diallo@outlook.com", ""),
    ("Jasper", "Wauters", "m", "6A", "ann.wauters@telenet.be", "paul.wauters@telenet.be"),
    ("Hugo", "Lefèvre", "m", "2A", "sophie.lefevre@skynet.be", "thomas.lefevre@skynet.be"),
    ("Elise", "Boonen", "f", "1C", "veerle.boonen@telenet.be", "kristof.boonen@telenet.be"),
    ("Ella", "Janssens", "f", "2A", "sofie.janssens@gmail.com", "bert.janssens@gmail.com"),
    ("Yasmina", "Bouzidi", "f", "1D", "rachid.bouzidi@hotmail.com", "houda.bouzidi@hotmail.com"),
    ("Nina", "Goris", "f", "4D", "steven.goris@gmail.com", "karen.goris@gmail.com"),
    ("Jinthe", "Peetermans", "f", "1A", "lotte.peetermans@telenet.be", "bjorn.peetermans@telenet.be"),
    ("Mathéo", "Nkosi", "m", "1A", "grace.nkosi@gmail.com", ""),
    ("Zoë", "Vanderhoeven", "f", "1A", "tine.vanderhoeven@telenet.be", "stijn.vanderhoeven@telenet.be"),
    ("Adam", "Bensaïd", "m", "1A", "meryem.bensaid@hotmail.com", "karim.bensaid@hotmail.com"),
    ("Wannes", "Vliegen", "m", "1A", "ellen.vliegen@telenet.be", "koen.vliegen@telenet.be"),
    ("Amber", "Daems", "f", "1A", "nele.daems@proximus.be", "frank.daems@proximus.be"),
]

BOYS = ("Lucas Noah Liam Louis Arthur Jules Victor Mats Finn Vince Thibo Seppe Rune Warre Lowie Cas Kasper "
        "Milo Lander Tibo Jef Stan Gilles Robin Aaron Senne Niels Brent Jorre Bas Ferre Toon Emiel Mathias Xander "
        "Yannick Wiebe Daan Rayan Amine Ayoub Hamza Youssef Adam Anas Ismaël Mehdi Emre Burak Mert Kerem Ozan "
        "Jakub Szymon Kacper Filip Michał Pacifique Christian Benjamin Jordy Gabriel Elias Samuel Timo Joran").split()
GIRLS = ("Emma Louise Olivia Mila Elena Marie Lotte Lore Fleur Nore Hanne Julie Febe Jade Ella Lisa Noa Amélie "
         "Charlotte Margot Ine Anke Silke Lieze Roos Lara Jolien Marthe Axelle Helena Yana Lien Nele Kaat Merel "
         "Sofia Nour Salma Hiba Malak Aya Ikram Meryem Rania Zehra Esra Elif Defne Ecrin Zuzanna Maja Julia "
         "Oliwia Gloria Divine Grâce Merveille Chiara Giulia Sterre Fenne Tess Ilse Britt").split()
LASTS_FL = ("Peeters|Janssens|Maes|Jacobs|Mertens|Willems|Claes|Goossens|Wouters|De Smet|Dubois|Hermans|Aerts|"
            "Lambrecht|Michiels|Desmet|Vermeulen|Van Dyck|Bosmans|Cuypers|Stevens|Lenaerts|Nijs|Vervoort|Geerts|"
            "Van Roey|Schepers|Moens|Heylen|Vandenbroucke|Verstraete|Ceulemans|Gijbels|Wellens|Lemmens|Smolders|"
            "Luyten|Bogaerts|Swinnen|Verlinden|Holvoet|Vranckx|Daniels|Bertels|Van Loock|Meeus|Vanhoof|Ooms|Thijs|"
            "Wijnants|Vangeel|Hendrickx|Reynders|Kempeneers|Lauwers|Rombouts|Indekeu|Sterckx|Van Aerschot").split("|")
LASTS_MA = "El Idrissi|Bakkouri|Amrani|Ouahabi|Chakir|Zahraoui|El Khattabi|Boukhari|Tahiri|Essaidi|Ben Haddou|Laaroussi".split("|")
LASTS_TR = "Yildiz|Çelik|Şahin|Aksoy|Koç|Arslan|Doğan|Kurt|Özdemir|Erdem".split("|")
LASTS_PL = "Kowalczyk|Wiśniewski|Zielińska|Lewandowski|Kamińska|Wójcik".split("|")
LASTS_CD = "Kabasele|Mukendi|Tshibanda|Ilunga|Lukusa|Mbuyi|Kalonji".split("|")
DOMAINS = ["telenet.be"] * 5 + ["gmail.com"] * 5 + ["hotmail.com"] * 2 + ["skynet.be", "proximus.be", "outlook.com"]
P_F = "An Els Sofie Katrien Nathalie Inge Veerle Hilde Leen Evy Tinne Ilse Sarah Kim Griet Liesbeth Fatima Naima Samira Hatice Ayse Emine Marta Agnieszka Josephine Mireille".split()
P_M = "Bart Koen Kris Tom Wim Pieter Jan Stijn Geert Dirk Joris Bram Frank Luc Peter Said Mustapha Karim Mehmet Hakan Ali Pawel Tomasz Jean-Pierre Patrick".split()


def slug(s):
    tr = str.maketrans("éèëêïîöüçşğıłńśźżóąęÖÜÇŞ", "eeeeiioucsgilnszzoaeOUCS")
    return re.sub(r"[^a-z0-9]", "", s.lower().translate(tr))


def build_roster():
    rnd = random.Random(6006)
    pupils = [dict(first=f, last=l, g=g, klas=k, p1=p1, p2=p2) for f, l, g, k, p1, p2 in FEATURED]
    seen = {(p["first"], p["last"]) for p in pupils}
    per_class = {k: 0 for k in CLASSES}
    for p in pupils:
        per_class[p["klas"]] += 1
    target = {k: 12 + (1 if i % 2 == 0 else 0) for i, k in enumerate(CLASSES)}  # 300 in total
    for k in CLASSES:
        while per_class[k] < target[k]:
            r = rnd.random()
            if r < 0.62:
                last = rnd.choice(LASTS_FL)
            elif r < 0.78:
                last = rnd.choice(LASTS_MA)
            elif r < 0.88:
                last = rnd.choice(LASTS_TR)
            elif r < 0.94:
                last = rnd.choice(LASTS_PL)
            else:
                last = rnd.choice(LASTS_CD)
            g = rnd.choice("mf")
            first = rnd.choice(BOYS if g == "m" else GIRLS)
            if (first, last) in seen:
                continue
            seen.add((first, last))
            d1, d2 = rnd.choice(DOMAINS), rnd.choice(DOMAINS)
            pf, pm = rnd.choice(P_F), rnd.choice(P_M)
            suffix = "" if rnd.random() < 0.7 else str(rnd.randint(68, 89))
            p1 = f"{slug(pf)}.{slug(last)}{suffix}@{d1}"
            p2 = "" if rnd.random() < 0.22 else f"{slug(pm)}.{slug(last)}@{d2}"
            pupils.append(dict(first=first, last=last, g=g, klas=k, p1=p1, p2=p2))
            per_class[k] += 1
    pupils.sort(key=lambda p: (p["klas"], slug(p["last"]), slug(p["first"])))
    for i, p in enumerate(pupils, 1):
        p["id"] = f"P{i:04d}"
        p["mail"] = f"{slug(p['first'])}.{slug(p['last'])}@leerling.sintpieterscollege.be"
    return pupils


ROSTER = build_roster()
_BY_NAME = {(p["first"], p["last"]): p for p in ROSTER}


def pup(first, last):
    return _BY_NAME[(first, last)]


def pid(first, last):
    return pup(first, last)["id"]


def par(first, last, n=1):
    return pup(first, last)["p1" if n == 1 else "p2"]


def klas_list(k):
    return [p for p in ROSTER if p["klas"] == k]


def write_roster():
    with open(os.path.join(HERE, "roster.csv"), "w", encoding="utf-8-sig", newline="") as f:
        f.write("Intern nummer;Voornaam;Naam;Klas;E-mailadres leerling;E-mailadres ouder 1;E-mailadres ouder 2\r\n")
        for p in ROSTER:
            f.write(";".join([p["id"], p["first"], p["last"], p["klas"], p["mail"], p["p1"], p["p2"]]) + "\r\n")


# ----------------------------------------------------------------------------- staff
D = "sintpieterscollege.be"
S = "spc.ksleuven.be"
STAFF = {
    "dir": ("Geert Vanhove", f"geert.vanhove@{D}"),
    "directie": ("Directie Sint-Pieterscollege", f"directie@{D}"),
    "adj": ("Ingrid Lauwers", f"ingrid.lauwers@{D}"),
    "zorg": ("Katrien Stevens", f"katrien.stevens@{D}"),
    "zorg_s": ("Katrien Stevens", f"kst@{S}"),
    "llb": ("Sofie Heylen", f"sofie.heylen@{D}"),
    "llb2": ("Youssef Amrani", f"youssef.amrani@{D}"),
    "clbc": ("Evelien Moens", f"evelien.moens@{S}"),
    "sec": ("Secretariaat Sint-Pieterscollege", f"secretariaat@{D}"),
    "marleen": ("Marleen Dockx", f"marleen.dockx@{D}"),
    "boekh": ("Luc Verlinden", f"luc.verlinden@{D}"),
    "nadia": ("Nadia Ben Said", f"nadia.bensaid@{D}"),
    "opv": ("Dirk Vranckx", f"dirk.vranckx@{D}"),
    "opv2": ("Sanne Claes", f"sanne.claes@{D}"),
    "an": ("An Devos", f"an.devos@{D}"),
    "an_s": ("An Devos", f"ado@{S}"),
    "bram": ("Bram Wijns", f"bram.wijns@{D}"),
    "ellen": ("Ellen Smolders", f"ellen.smolders@{D}"),
    "jeroen": ("Jeroen Leemans", f"jeroen.leemans@{D}"),
    "tine": ("Tine Vanderlinden", f"tine.vanderlinden@{D}"),
    "koen": ("Koen Deprez", f"koen.deprez@{D}"),
    "hatice": ("Hatice Kaplan", f"hatice.kaplan@{D}"),
    "marieke": ("Marieke Bosmans", f"marieke.bosmans@{D}"),
    "ict": ("Pieter-Jan Verhaegen", f"pieterjan.verhaegen@{D}"),
    "ict_s": ("PJ Verhaegen", f"pjv@{S}"),
    "lieve": ("Lieve Somers", f"lieve.somers@{D}"),
    "ahmed": ("Ahmed Lahlou", f"ahmed.lahlou@{D}"),
    "griet": ("Griet Vandeputte", f"griet.vandeputte@{D}"),
    "stefaan": ("Stefaan Roels", f"stefaan.roels@{D}"),
    "joke": ("Joke Peetermans", f"joke.peetermans@{D}"),
    "tim": ("Tim Hulsmans", f"tim.hulsmans@{D}"),
    "wendy": ("Wendy Aerts", f"wendy.aerts@{D}"),
    "nieuw": ("Femke Vandersteen", f"femke.vandersteen@{D}"),
    "info": ("Sint-Pieterscollege", f"info@{D}"),
    "privacy": ("Privacy Sint-Pieterscollege", "privacy@lksd.ksleuven.be"),
    "clb": ("Hilde Van Aken", "hilde.vanaken@clb-leuven.be"),
    "clbarts": ("Dr. Pieter Raes", "pieter.raes@clb-leuven.be"),
    "clbon": ("CLB Leuven onthaal", "onthaal@clb-leuven.be"),
}


def st(key):
    return STAFF[key]


# ----------------------------------------------------------------------------- mail building
MAILS = []


def dd(s):
    y, mo, d = int(s[0:4]), int(s[5:7]), int(s[8:10])
    hh, mm = int(s[11:13]), int(s[14:16])
    summer = datetime.date(2024, 3, 31) <= datetime.date(y, mo, d) < datetime.date(2024, 10, 27) or \
        datetime.date(2025, 3, 30) <= datetime.date(y, mo, d) < datetime.date(2025, 10, 26)
    tz = datetime.timezone(datetime.timedelta(hours=2 if summer else 1))
    return datetime.datetime(y, mo, d, hh, mm, 0, tzinfo=tz)


def T(s):
    """dedent a body, strip the first newline"""
    return textwrap.dedent(s).lstrip("\n")


def quote(intro, text):
    lines = text.rstrip("\n").split("\n")
    return intro + "\n" + "\n".join(("> " + l) if l else ">" for l in lines) + "\n"


def to_html(text, outlook=True):
    paras = text.rstrip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = [html.escape(l) for l in p.split("\n")]
        if outlook:
            out.append('<p class="MsoNormal">' + "<br>\n".join(lines) + "</p>")
        else:
            out.append("<div>" + "<br>\n".join(lines) + "</div><div><br></div>")
    body = "\n".join(out)
    if outlook:
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style>'
                '</head><body lang="NL-BE"><div class="WordSection1">\n' + body + "\n</div></body></html>")
    return '<div dir="ltr">\n' + body + "\n</div>"


def addrs(lst):
    return ", ".join(formataddr(a) if isinstance(a, tuple) else a for a in lst)


def _addr(a):
    return a[1] if isinstance(a, tuple) else a


def mail(slug_, date, frm, to, subject, body, *, cc=(), bcc=(), fmt="plain", html_body=None,
         attach=(), rfc822=None, reply_to_id=None, rules=(), cats=(), about=(), misdirected=False,
         note="", lang="nl", extra_fmt=(), mail_from=None, to_header=None, headers=()):
    MAILS.append(dict(slug=slug_, date=date, frm=frm, to=list(to), cc=list(cc), bcc=list(bcc), subject=subject,
                      body=body, fmt=fmt, html_body=html_body, attach=list(attach), rfc822=rfc822,
                      reply_to_id=reply_to_id, rules=list(rules), cats=list(cats), about=list(about),
                      misdirected=misdirected, note=note, lang=lang, extra_fmt=list(extra_fmt),
                      mail_from=mail_from, to_header=to_header, headers=list(headers)))


def inner_message(frm, to, date, subject, body, charset="utf-8"):
    m = EmailMessage()
    m["Date"] = format_datetime(dd(date))
    m["From"] = addrs([frm])
    m["To"] = addrs(to)
    m["Subject"] = subject
    m["Message-ID"] = f"<{dd(date).strftime('%Y%m%d%H%M')}.{zlib.crc32(subject.encode()) % 99991}@{_addr(frm).split('@')[1]}>"
    m.set_content(body, charset=charset, cte="quoted-printable")
    return m


def render(n, m):
    msg = EmailMessage()
    dt = dd(m["date"])
    frm_addr = _addr(m["frm"])
    msg["Date"] = format_datetime(dt)
    msg["From"] = addrs([m["frm"]])
    msg["To"] = m["to_header"] if m["to_header"] else addrs(m["to"])
    if m["cc"]:
        msg["Cc"] = addrs(m["cc"])
    msg["Subject"] = m["subject"]
    msg["Message-ID"] = f"<{dt.strftime('%Y%m%d%H%M%S')}.b06{n:03d}.{m['slug'][:12]}@{frm_addr.split('@')[1]}>"
    if m["reply_to_id"]:
        msg["In-Reply-To"] = m["reply_to_id"]
        msg["References"] = m["reply_to_id"]
    for k, v in m["headers"]:
        msg[k] = v
    fmt = m["fmt"]
    body = m["body"]
    if fmt == "plain":
        msg.set_content(body, charset="utf-8", cte="8bit" if any(ord(c) > 127 for c in body) else "7bit")
    elif fmt == "qp":
        msg.set_content(body, charset="utf-8", cte="quoted-printable")
    elif fmt == "b64":
        msg.set_content(body, charset="utf-8", cte="base64")
    elif fmt == "cp1252":
        msg.set_content(body, charset="windows-1252", cte="8bit")
    elif fmt == "html":
        msg.set_content(m["html_body"] or to_html(body), subtype="html", charset="utf-8", cte="quoted-printable")
    elif fmt == "html64":
        msg.set_content(m["html_body"] or to_html(body, outlook=False), subtype="html", charset="utf-8", cte="base64")
    elif fmt == "alt":
        msg.set_content(body, charset="utf-8", cte="quoted-printable")
        msg.add_alternative(m["html_body"] or to_html(body), subtype="html", charset="utf-8", cte="quoted-printable")
    elif fmt == "gmail":
        msg.set_content(body, charset="utf-8", cte="quoted-printable")
        msg.add_alternative(m["html_body"] or to_html(body, outlook=False), subtype="html", charset="utf-8",
                            cte="quoted-printable")
    else:
        raise ValueError(fmt)
    if m["attach"] or m["rfc822"]:
        if not msg.is_multipart() or msg.get_content_type() != "multipart/mixed":
            msg.make_mixed()
        for fname, mime, content in m["attach"]:
            maintype, subtype = mime.split("/")
            if maintype == "text":
                msg.add_attachment(content, subtype=subtype, charset="utf-8", cte="base64", filename=fname)
            else:
                msg.add_attachment(content, maintype=maintype, subtype=subtype, filename=fname)
        if m["rfc822"] is not None:
            msg.add_attachment(m["rfc822"])
    # deterministic boundaries
    for i, part in enumerate(msg.walk()):
        if part.get_content_maintype() == "multipart":
            part.set_boundary(f"----=_Part_b06_{n:03d}_{i}")
    return msg


def fmt_tags(m):
    f = {"plain": ["plain"], "qp": ["plain", "qp"], "b64": ["plain", "base64"], "cp1252": ["plain", "cp1252"],
         "html": ["html"], "html64": ["html", "base64"], "alt": ["alt"], "gmail": ["alt"]}[m["fmt"]][:]
    if m["attach"]:
        f.append("attachment")
    if m["rfc822"] is not None:
        f.append("rfc822")
    return f + m["extra_fmt"]


def yq(s):
    s = str(s)
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


# ----------------------------------------------------------------------------- signatures
SCHOOL_TEL = "016 29 41 50"
def sig(name, role, tel=None, gsm=None, school=True):
    s = f"\n--\n{name}\n{role}\n"
    if school:
        s += "Sint-Pieterscollege Leuven\n"
    if tel:
        s += f"T {tel}\n"
    if gsm:
        s += f"GSM {gsm}\n"
    return s


# ============================================================================= SENSITIVE (individual pupils/families)

# S01 class council 3B table (Outlook HTML)
_s01_rows = [
    ("Yasmine B.", "Slaapt sinds de herfstvakantie bij haar oma in Kessel-Lo; thuis is het niet veilig (ma vraagt ons niets mee te geven aan de vriend van ma). Punten zakken, vooral wiskunde.", "Lieve houdt contact met oma. Geen huiswerkstraf."),
    ("Jarne W.", "Buikpijn voor elke toets, is 3x naar huis gegaan. Ouders hebben het CLB al gecontacteerd, gesprekken lopen.", "Toetsen in apart lokaal mag. Opvolgen in januari."),
    ("Fien M.", "Goede vooruitgang, werkt zeer zelfstandig.", "/"),
]
_s01_html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="NL-BE">'
             '<div class="WordSection1"><p class="MsoNormal">Dag collega\'s,</p><p class="MsoNormal">Hieronder de nota\'s van de '
             'tussentijdse klassenraad 3B van gisteren, zodat wie er niet bij was mee is. Graag niet verder doorsturen.</p>'
             '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">'
             '<tr><td><b>Leerling</b></td><td><b>Bespreking</b></td><td><b>Afspraak</b></td></tr>'
             + "".join(f"<tr><td>{html.escape(a)}</td><td>{html.escape(b)}</td><td>{html.escape(c)}</td></tr>" for a, b, c in _s01_rows)
             + '</table><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">De rest van de klas: geen bijzonderheden, zie Smartschool.</p>'
             '<p class="MsoNormal">Groetjes,<br>Lieve</p></div></body></html>')
mail("klassenraad-3b-nota", "2024-11-20 19:42", st("lieve"),
     [st("an"), st("bram"), st("ellen"), st("koen")], "nota's tussentijdse KR 3B",
     "Dag collega's,\n\nHieronder de nota's van de tussentijdse klassenraad 3B van gisteren, zodat wie er niet bij was mee is. Graag niet verder doorsturen.\n\n"
     + "\n".join(f"{a}\t{b}\t{c}" for a, b, c in _s01_rows) + "\n\nDe rest van de klas: geen bijzonderheden, zie Smartschool.\n\nGroetjes,\nLieve\n",
     cc=[st("zorg")], fmt="alt", html_body=_s01_html, rules=["sensitive"], cats=["family", "psychosocial"],
     about=[pid("Yasmine", "Bouzid"), pid("Jarne", "Wouters"), pid("Fien", "Maes")],
     note="class council table: one pupil lives with grandmother because home is unsafe, another has test anxiety followed by CLB",
     extra_fmt=["table"])

# S02 zorgco -> CLB about J.V. 4C dyslexia testing
mail("clb-jv-4c-hertesting", "2024-10-08 10:15", st("zorg"), [st("clb")], "J.V. (4C) - vraag hertesting",
     T("""
     Dag Hilde,

     Een vraagje over J.V. uit 4C. Zijn verslag van de logopediste (dyslexie + vermoeden dyscalculie) dateert nog van
     het 4de leerjaar en de ouders vragen of dat nog geldig is voor de maatregelen bij de examens. Hij heeft nu
     extra tijd en voorleessoftware, maar bij wiskunde loopt het helemaal vast, 3 tekorten op rij.

     Kunnen jullie een nieuw onderzoek plannen? Mama heeft haar toestemming al gegeven op het oudercontact.

     Alvast bedankt,
     Katrien

     Katrien Stevens
     zorgcoördinator
     """), rules=["sensitive"], cats=["care", "medical"], about=[pid("Jelle", "Verbeke")],
     note="care coordinator asks CLB to retest a pupil (initials + class) with an old dyslexia report")

# S03 sports teacher -> zorgco : self-harm
mail("sem-turnles", "2025-01-14 11:03", st("jeroen"), [st("zorg")], "Sem 4A",
     T("""
     Katrien,

     Bij het omkleden voor de turnles zag ik dat Sem weer nieuwe sneden heeft op zijn bovenarm, vers van dit
     weekend denk ik. Hij trok direct zijn trui aan toen hij zag dat ik keek. Ik heb niks gezegd in de groep.
     Kan jij hem vandaag nog zien? Hij heeft het 5de uur studie.

     Jeroen
     """), rules=["sensitive"], cats=["psychosocial"], about=[pid("Sem", "Goossens")],
     note="PE teacher saw new cuts on a pupil's arm (first name + class only), asks care coordinator to see him")

# S04 secretariat -> OCMW Leuven, Mbala family, with date of birth
mail("ocmw-mbala-schoolkosten", "2024-12-03 14:20", st("nadia"), [("Sociale dienst OCMW Leuven", "schoolkosten@ocmw.leuven.be")],
     "Uw dossier schoolkosten - fam. Mbala",
     T("""
     Geachte mevrouw Dewulf,

     In navolging van ons telefoongesprek stuur ik u het overzicht van de openstaande schoolrekeningen van de
     kinderen van mevrouw Josephine Mbala:

     - Grace Mbala (2D, °03/05/2011): 1ste en 2de trimester, samen 386,40 euro
     - Junior Mbala (5B): 1ste trimester + skireis voorschot, samen 512,00 euro

     Mevrouw Mbala liet weten dat het OCMW de helft van de kosten zou betalen en dat zij de rest in stukjes van
     25 euro per maand afbetaalt. Kan u dit bevestigen? Dan passen wij de herinneringen aan en stoppen wij de
     aanmaningen.

     Met vriendelijke groeten,
     """) + sig("Nadia Ben Said", "Boekhouding / leerlingenadministratie", tel=SCHOOL_TEL),
     rules=["sensitive", "personal_data"], cats=["financial"], about=[pid("Grace", "Mbala"), pid("Junior", "Mbala")],
     note="school accounting tells OCMW the open school bills of one family, OCMW pays half; date of birth and school phone",
     fmt="qp")

# S05 director -> parent: payment plan
mail("afbetalingsplan-desmet", "2025-02-11 16:05", st("dir"), [("Kristien De Smet", par("Milan", "De Smet"))],
     "Afbetalingsplan schoolrekening Milan",
     T("""
     Beste mevrouw De Smet,

     Bedankt voor het open gesprek van vanmiddag. Zoals afgesproken bevestig ik hierbij het afbetalingsplan voor
     de openstaande schoolrekening van Milan (1B), in totaal 274,80 euro:

     * 40 euro op 1 maart
     * daarna 30 euro op de eerste van elke maand tot het bedrag volledig betaald is

     De herinneringen worden zolang stopgezet. Mocht het op een bepaald moment toch niet lukken, laat het dan gewoon
     weten aan meneer Verlinden van de boekhouding, dan zoeken we samen een oplossing. Milan gaat uiteraard gewoon
     mee op de uitstap naar Brugge.

     Met vriendelijke groeten,

     Geert Vanhove
     directeur
     """), rules=["sensitive"], cats=["financial"], about=[pid("Milan", "De Smet")],
     note="director confirms a payment plan for a family's unpaid school bill to the pupil's own mother", fmt="qp")

# S06 educator -> colleagues: fights
mail("mo-2a-vechtpartijen", "2024-10-17 15:48", st("opv"),
     [st("griet"), st("stefaan"), st("tine")], "Mo (2A) - deze week",
     T("""
     Hoi allemaal,

     Even ter info: Mo uit 2A is deze week al 3 keer in een gevecht beland (maandag op de speelplaats, woensdag
     aan de fietsenstalling en vandaag in de refter). Vandaag had een leerling van 3C een bloedneus. Hij is
     heel snel kwaad en loopt dan gewoon weg uit de klas. Papa en mama komen dinsdag om 16u op gesprek met mij
     en Sofie.

     Als er in jullie les iets gebeurt, stuur hem direct naar mij en noteer het aub in Smartschool.

     Dirk
     opvoeder 1ste graad
     """), rules=["sensitive"], cats=["psychosocial"], about=[pid("Mohamed", "Azzouzi")],
     note="educator tells class teachers about repeated fights and anger of one pupil (nickname + class)")

# S07 CLB liaison -> CLB : MDO Robbe
mail("mdo-robbe-verslag", "2024-11-29 09:30", st("clbc"), [st("clb")], "Verslag MDO Robbe J. 1C",
     T("""
     Hallo Hilde,

     In bijlage het verslag van het MDO van dinsdag over Robbe (1C). Kort samengevat:

     - Diagnose ASS werd in september gesteld door het UZ (dr. Maes, kinderpsychiatrie), verslag zit bij mama.
     - Hij raakt overprikkeld in de refter en op de speelplaats -> mag over de middag in het zorglokaal.
     - Vraag van de ouders om ondersteuning vanuit het ondersteuningsnetwerk op te starten.
     - Volgende MDO: eind januari, met de ondersteuner erbij.

     Kan jij bekijken of er een gemotiveerd verslag nodig is?

     Groetjes,
     Evelien
     CLB-aanspreekpunt Sint-Pieterscollege
     """), attach=[("MDO_Robbe_1C_26-11.txt", "text/plain", T("""
     MDO 26/11 - Robbe Jacobs (1C)
     Aanwezig: mama, klastitularis, zorgcoordinator, CLB-aanspreekpunt
     - ASS vastgesteld sept. 2024 (UZ Leuven)
     - overprikkeling middagpauze, 2x paniek in de refter
     - afspraken: zorglokaal over de middag, vaste plaats vooraan, planning per week op papier
     - vraag ondersteuningsnetwerk: CLB bekijkt gemotiveerd verslag
     """))], rules=["sensitive"], cats=["medical", "care"], about=[pid("Robbe", "Jacobs")],
     note="MDO report to CLB: autism diagnosis of a pupil and support measures, also in a .txt attachment")

# S08 ski trip -> director/zorg: panic attack and medication
mail("skireis-lien", "2025-02-26 07:55", st("tine"), [st("dir")], "skireis: update Lien",
     T("""
     Goeiemorgen Geert,

     Korte update vanuit Oostenrijk. Gisterenavond heeft Lien H. (5C) een zware paniekaanval gehad op de kamer,
     hyperventileren, huilen, ze wou direct naar huis. Haar kamergenoten kwamen mij halen rond half 12. Ik ben tot
     2u bij haar gebleven. Ze vertelde dat ze al sinds de zomer medicatie neemt (sertraline) en die vergeten is
     mee te nemen, ze had niks gezegd uit schaamte.

     Ik heb met haar papa gebeld, hij stuurt via de apotheek hier een voorschrift door. Vandaag skiet ze niet mee,
     ze blijft bij Jeroen aan het chalet. Kan Katrien bij onze terugkeer een gesprek met haar plannen?

     Verder alles ok, sneeuw is top.
     Tine
     """) + sig("Tine Vanderlinden", "leerkracht LO - reisbegeleider skireis 5de jaar", gsm="0476 38 21 90"),
     cc=[st("zorg")], rules=["sensitive", "personal_data"], cats=["psychosocial", "medical"], about=[pid("Lien", "Hermans")],
     note="teacher on ski trip reports a pupil's panic attack and forgotten antidepressant; mobile number in signature",
     fmt="qp")

# S09 teacher -> own parent: bullied in group chat
mail("elif-groepsapp", "2025-03-18 17:20", st("an"), [("Sevgi Yilmaz", par("Elif", "Yilmaz"))], "Elif",
     T("""
     Beste mevrouw Yilmaz,

     Ik wil u even laten weten dat je dochter vandaag huilend binnenkwam na de middagpauze. Na de les heeft ze me
     verteld dat ze al een paar weken wordt uitgelachen in de klasgroep op WhatsApp en dat er een foto van haar
     rondgaat met rare opmerkingen erbij. Ze wou eerst niet dat ik u iets liet weten, maar ik vind het belangrijk
     dat u het weet.

     Ik heb het doorgegeven aan de leerlingenbegeleiding (mevrouw Heylen). Zij neemt morgen contact met u op om
     samen te bekijken wat we kunnen doen.

     Vriendelijke groeten,
     An Devos
     klastitularis 2B
     """), rules=["sensitive"], cats=["psychosocial"], about=[pid("Elif", "Yilmaz")],
     note="class teacher tells a mother her daughter is being mocked in the class group chat")

# S10 zorgco -> external speech therapist: Noor 1C
mail("logo-noor-1c", "2024-10-02 13:10", st("zorg"), [("Logopedie Van Rompaey", "info@logopedie-vanrompaey.be")],
     "Noor (1C) - afspraken toetsen",
     T("""
     Dag Lies,

     Met toestemming van mama Van Hoof stuur ik u de afspraken die we op school hebben gemaakt voor Noor in 1C:
     rekenmachine bij alle toetsen wiskunde en fysica, een formularium, 1/3 extra tijd en toetsen in lettertype 14.
     Bij uw laatste onderzoek kwam er ook dyscalculie uit naast de dyslexie, dus we zouden graag weten welke
     maatregelen u nog zinvol vindt voor het eerste jaar.

     Kan ik u eventueel eens bellen op donderdag na 15u?

     Met vriendelijke groet,
     Katrien Stevens
     Zorgcoördinator Sint-Pieterscollege
     """), rules=["sensitive"], cats=["care", "medical"], about=[pid("Noor", "Van Hoof")],
     note="care coordinator shares a pupil's dyslexia/dyscalculia findings and test measures with her external speech therapist")

# S11 secretariat internal list of open bills
mail("open-rekeningen-lijst", "2025-01-09 12:00", st("sec"), [st("boekh"), st("dir")], "overzicht open schoolrekeningen > 200 euro",
     T("""
     Dag Luc, dag Geert,

     Zoals gevraagd de families waar na de 2de herinnering nog meer dan 200 euro openstaat:

     - Mattheus (Tuur, 2C) - 236,50 - mama zegt dat de schooltoeslag nog niet is uitbetaald
     - Ouali (Lina, 5D) - 418,00 - geen reactie op brieven, telefoon wordt niet opgenomen
     - Mbala (Grace 2D / Junior 5B) - 898,40 - dossier bij OCMW loopt
     - Hendrickx (Wout, 1D) - 251,20 - papa is sinds september werkloos, vraagt afbetaling

     Voor Ouali stel ik voor dat de klastitularis eens belt voor we naar de incasso gaan.

     Marleen
     """), rules=["sensitive"], cats=["financial"],
     about=[pid("Tuur", "Mattheus"), pid("Lina", "Ouali"), pid("Grace", "Mbala"), pid("Junior", "Mbala"), pid("Wout", "Hendrickx")],
     note="secretariat lists named families with unpaid school bills and their money problems for accounting and director",
     extra_fmt=["list"])

# S12 reply to parent quoting her mail: husband in prison
_s12_q = T("""
Beste meneer Deprez,

Ik wil u laten weten waarom Nathan de laatste weken zo afwezig is in de klas. Mijn man zit sinds januari in de
gevangenis in Haren en Nathan mag hem maar om de twee weken zien. Hij praat er met niemand over. Ik vraag u
om het discreet te houden, de andere kinderen weten het niet.

Sandra Lemmens
""")
mail("re-nathan-lemmens", "2025-02-04 20:31", st("koen"), [("Sandra Lemmens", par("Nathan", "Lemmens"))], "Re: Nathan",
     T("""
     Beste mevrouw Lemmens,

     Dank u dat u mij dit wil vertellen, dat helpt echt om Nathan beter te begrijpen. Ik hou het voor mij en
     verwittig enkel mevrouw Stevens van de zorg, zodat hij bij haar terecht kan als het hem te veel wordt. Voor
     de taak van geschiedenis geef ik hem een week extra.

     Met vriendelijke groeten,
     Koen Deprez

     """) + quote("Op ma 3 feb. 2025 om 21:14 schreef Sandra Lemmens <sandra.lemmens@skynet.be>:", _s12_q),
     reply_to_id="<CAF3x9=mlemmens0203@mail.gmail.com>", rules=["sensitive"], cats=["family"], about=[pid("Nathan", "Lemmens")],
     note="teacher answers a mother; the quoted mail says the father is in prison", extra_fmt=["reply"], fmt="qp")

# S13 French: hospitalised
mail("louis-hopital-fr", "2025-03-06 12:40", st("ellen"), [("Isabelle Dubois", par("Louis", "Dubois"))],
     "Louis - devoirs pendant l'hospitalisation",
     T("""
     Chère Madame Dubois,

     Nous avons appris par le secrétariat que Louis a été opéré de l'appendicite avec des complications et qu'il
     restera encore au moins dix jours à l'hôpital Gasthuisberg. Toute la classe de 4D lui souhaite un prompt
     rétablissement.

     Pour qu'il ne prenne pas trop de retard, je peux déposer les cours de français et de néerlandais à la maison
     chaque vendredi, ou nous pouvons organiser l'enseignement à domicile temporaire (TOAH) dès qu'il sera
     rentré. Dites-moi ce qui vous convient le mieux.

     Bien cordialement,
     Ellen Smolders
     professeur de français, titulaire 4D
     """), rules=["sensitive"], cats=["medical"], about=[pid("Louis", "Dubois")], lang="fr",
     note="French mail to a mother about her son's hospitalisation after surgery and home tutoring", fmt="qp")

# S14 English: ADHD coach
mail("adhd-coach-lucas-en", "2024-11-12 16:30", st("zorg"), [("Rachel Whitmore", "rachel@focuscoaching-leuven.be")],
     "Lucas (5A) - school observations",
     T("""
     Dear Rachel,

     Thank you for your call last week. As agreed with Lucas and his parents, here are our observations since he
     started on methylphenidate in October after his ADHD diagnosis:

     - mornings are clearly better, he finishes his tasks and hardly gets sent out any more
     - after lunch (6th-8th period) it drops again, teachers see him restless and he forgets his homework
     - he told his class teacher he has trouble sleeping and skips lunch because he is not hungry

     Could you discuss the timing of the afternoon dose with the prescribing doctor? We are happy to give him a
     quiet spot for his afternoon tablet if needed.

     Kind regards,
     Katrien Stevens
     Care coordinator, Sint-Pieterscollege
     """), rules=["sensitive"], cats=["medical"], about=[pid("Lucas", "Claes")], lang="en",
     note="English mail to an external ADHD coach about a pupil's diagnosis, medication and side effects")

# S15 municipality: family evicted
mail("brugfiguur-chaouki", "2025-04-22 09:12", st("llb"), [("Brugfiguur stad Leuven", "brugfiguren@leuven.be")],
     "gezin Chaouki - noodopvang",
     T("""
     Dag Jan,

     Ik contacteer u over Bilal Chaouki (1D). Mama vertelde gisteren dat ze vorige week uit hun appartement in
     de Tiensestraat gezet zijn en nu met de drie kinderen in de nachtopvang van het CAW slapen. Bilal komt sinds
     maandag zonder boterhammen en in dezelfde kleren naar school, hij valt in slaap in de les.

     Kunnen jullie bekijken of er een sociale woning of doorgangswoning mogelijk is? Wij betalen intussen zijn
     middagmaal via het solidariteitsfonds. Mama is akkoord dat ik u contacteer.

     Groeten,
     Sofie Heylen
     leerlingenbegeleider
     """), rules=["sensitive"], cats=["family", "financial"], about=[pid("Bilal", "Chaouki")],
     note="pupil support asks the city's bridge worker to help a family that was evicted and sleeps in a night shelter")

# S16 educator -> teachers: death of mother
mail("bart-5d-overlijden", "2025-01-27 08:05", st("opv2"), [st("ahmed"), st("marieke"), st("tim"), st("hatice")],
     "Bart uit 5D", T("""
     Goeiemorgen,

     Slecht nieuws: de mama van Bart (5D) is zaterdag overleden, na een lange ziekte. Bart blijft deze week thuis.
     De begrafenis is vrijdag om 10u in de Sint-Jozefkerk in Heverlee, wie wil kan gaan (graag even laten weten
     voor de vervanging).

     Als hij terug is: geen toetsen de eerste weken tenzij hij het zelf wil, en hij mag altijd even naar buiten
     of naar mij komen. De klas weet het sinds vanmorgen.

     Sanne
     """), rules=["sensitive"], cats=["family"], about=[pid("Bart", "Willems")],
     note="educator tells a pupil's teachers that his mother died (first name + class only)")

# S17 teacher -> colleague, dialect: pregnancy
mail("emma-6b-zwanger", "2025-03-03 22:10", st("marieke"), [st("ellen")], "emma",
     T("""
     hey Ellen

     ge gaat het waarschijnlijk morgen toch horen mor Emma uit 6B heeft mij vandaag na de les verteld dat ze
     zwanger is, 16 weken al. Ze is er precies zelf nog van aant bekomen. Ze wil het nie tegen de hele klas zeggen
     en haar ouders weten het sinds vorige week. Daarom was ze zo vaak ziek 's morgens.

     Ik heb gezegd dat ze best eens bij Sofie langsgaat ivm de stage in mei (de labo's en zo).

     slaapwel
     Marieke
     """), rules=["sensitive"], cats=["medical"], about=[pid("Emma", "Smets")],
     note="colleague-to-colleague in dialect: a sixth-year pupil is 16 weeks pregnant")

# S18 zorgco -> class teachers: IAC Kobe
mail("iac-kobe-2b", "2024-09-24 14:45", st("zorg"), [st("an"), st("bram"), st("stefaan"), st("joke")],
     "IAC Kobe P. (2B) - wat verandert er", T("""
     Beste collega's,

     Na het verslag van het CLB (type basisaanbod) volgt Kobe P. uit 2B vanaf 1 oktober een individueel aangepast
     curriculum. Concreet:

     1. Wiskunde en Frans: eigen leerdoelen, hij werkt in een apart bundeltje dat Joke met hem opvolgt.
     2. Hij krijgt een aangepast rapport (beschrijvend, geen punten op 100) en geen getuigschrift eerste graad.
     3. Voor de andere vakken volgt hij de gewone lessen mee met de redelijke aanpassingen van vorig jaar.
     4. Ondersteuner van het netwerk komt op dinsdag 3de en 4de uur.

     Vragen? Spring gerust binnen in het zorglokaal.
     Katrien
     """), rules=["sensitive"], cats=["care"], about=[pid("Kobe", "Peeters")],
     note="care coordinator explains an individual adapted curriculum (IAC) for one pupil to his teachers",
     extra_fmt=["list"])

# S19 inline forward: divorce, co-parenting
_s19_fw = T("""
---------- Doorgestuurd bericht ---------
Van: Kris Van den Broeck <kris.vandenbroeck@telenet.be>
Date: zo 12 jan 2025 om 19:02
Subject: situatie Lotte
To: <secretariaat@sintpieterscollege.be>


Geachte,

Mijn vrouw en ik zijn sinds december uit elkaar en we zijn aan het scheiden. Lotte woont vanaf nu week om week
bij haar mama in Wilsele en bij mij in Leuven. Graag wil ik dat ik voortaan ook alle berichten en het rapport
apart ontvang, op dit adres. Ook voor de schoolrekening: die willen we 50/50 laten opsplitsen.

Mvg,
Kris Van den Broeck
""")
mail("fw-situatie-lotte", "2025-01-13 08:40", st("marleen"), [st("griet")], "Fwd: situatie Lotte",
     "Dag Griet, ter info (ik pas de adressen aan in Smartschool). Mvg Marleen\n\n" + _s19_fw,
     rules=["sensitive"], cats=["family"], about=[pid("Lotte", "Van den Broeck")],
     note="secretariat forwards a father's mail to the class teacher: parents separating, week-week co-parenting",
     extra_fmt=["forward"])

# S20 pupil support -> CLB: school refusal I.E. 3A
mail("schoolweigering-ie-3a", "2025-03-11 11:25", st("llb2"), [st("clb")], "I.E. 3A - afwezigheden",
     T("""
     Dag Hilde,

     I.E. uit 3A is sinds 17 februari niet meer op school geweest, behalve 2 halve dagen. Mama zegt dat hij 's
     morgens niet uit bed komt, buikpijn heeft en begint te wenen als ze over school begint. Er zijn geen
     doktersattesten. Hij zit vooral op zijn kamer te gamen tot 's nachts.

     We zitten aan 30 halve dagen problematische afwezigheid. Kunnen jullie de begeleiding opstarten? Ik zou
     graag samen met jou op huisbezoek gaan, liefst volgende week.

     Groeten,
     Youssef
     leerlingenbegeleider 2de graad
     """), rules=["sensitive"], cats=["psychosocial", "care"], about=[pid("Ilias", "El Amrani")],
     note="pupil support asks CLB to start follow-up for a pupil (initials + class) who refuses school for weeks")

# S21 teacher -> own parent: nut allergy before cooking class
mail("hanne-notenallergie", "2024-11-25 13:50", st("hatice"), [("Griet Mertens", par("Hanne", "Mertens"))],
     "kookles donderdag - Hanne", T("""
     Beste mevrouw Mertens,

     Donderdag maken we in de les voeding koekjes. Ik zag in de medische fiche dat Hanne een ernstige
     notenallergie heeft en een EpiPen bij zich draagt. Ik laat de hazelnoten in het recept weg voor de hele klas,
     maar ik zou graag weten of ook sporen (bv. in chocolade) een probleem zijn. Steekt de EpiPen altijd in haar
     boekentas, of ligt er ook een op het secretariaat?

     Vriendelijke groeten,
     Hatice Kaplan
     """), rules=["sensitive"], cats=["medical"], about=[pid("Hanne", "Mertens")], fmt="b64",
     note="teacher asks a mother about her daughter's severe nut allergy and EpiPen before a cooking class")

# S22 internal: Demir instalments
mail("demir-schijven", "2024-10-21 10:02", st("marleen"), [st("boekh")], "Demir 4B",
     T("""
     Luc,

     Mevrouw Demir is langs geweest. Ze kunnen de rekening van Zeynep (4B) niet in 1 keer betalen sinds haar man
     zijn werk kwijt is, ze stelt 50 euro per maand voor vanaf november. Ik heb gezegd dat dat normaal ok is maar
     dat jij het moet bevestigen. Zet jij het in het systeem?

     Marleen
     """), rules=["sensitive"], cats=["financial"], about=[pid("Zeynep", "Demir")], fmt="cp1252",
     note="secretariat asks accounting to confirm an instalment plan for a family that cannot pay the bill")

# S23 French: suicidal thoughts, external psychologist
mail("amira-psy-fr", "2025-05-06 15:15", st("llb"), [("Dr. Camille Renard", "c.renard@psy-ixelles.be")],
     "Amira B. (4B) - suivi", T("""
     Chère Docteure Renard,

     Avec l'accord de la maman d'Amira, je vous contacte au sujet de son suivi. Hier, Amira a écrit dans son
     journal de classe qu'elle « ne voit plus l'intérêt de continuer » et qu'elle pense parfois à en finir. Elle
     nous l'a confirmé en entretien. Nous avons appelé sa mère qui est venue la chercher.

     À l'école, le CLB la voit chaque semaine. Pourriez-vous nous dire si un rendez-vous chez vous est possible
     cette semaine encore ? Nous aimerions aussi savoir comment l'accueillir au mieux en classe.

     Bien à vous,
     Sofie Heylen
     accompagnatrice des élèves, Sint-Pieterscollege Leuven
     """), rules=["sensitive"], cats=["psychosocial", "care"], about=[pid("Amira", "Benali")], lang="fr", fmt="qp",
     note="French mail to an external psychologist: a pupil wrote she thinks about ending her life, CLB follows her")

# S24 class council 6C bullet notes
mail("kr-6c-deliberatie", "2025-06-24 21:15", st("ahmed"), [st("adj")], "KR 6C - notities voor het verslag",
     T("""
     Ingrid,

     Mijn notities van de delibererende KR 6C, voor het verslag:

     - Ruben: B-attest niet aan de orde, slaagt. Wel: veel gemist door 2 opnames in Gasthuisberg (ziekte van
       Crohn), herexamen Frans uitgesteld tot eind augustus mag.
     - Jana: geslaagd, proficiat voor eindwerk.
     - Ward: geslaagd met 1 tekort (chemie). Klassenraad houdt rekening met situatie thuis: mama is ziek en hij
       werkt elke avond en weekend in de frituur om bij te springen, daarom zoveel te laat.
     - rest: geslaagd, zie lijst in Skore.

     Ahmed
     """), rules=["sensitive"], cats=["medical", "family"],
     about=[pid("Ruben", "Aerts"), pid("Jana", "Cools"), pid("Ward", "Janssens")],
     note="class council bullet notes: one pupil hospitalised for Crohn's disease, another works to help his sick mother",
     extra_fmt=["list"])

# S25 director -> staff: contact ban father
mail("contactverbod-vandenberghe", "2025-02-19 12:30", st("dir"),
     [st("griet"), st("lieve"), st("sec"), st("opv")], "Jonas (3D) en Lisa (1A) - ophalen",
     T("""
     Beste collega's,

     Belangrijk: de vader van Jonas (3D) en Lisa (1A) heeft sinds gisteren een contactverbod via de
     jeugdrechter, na feiten van huiselijk geweld. De kinderen mogen in geen geval aan hem meegegeven worden en
     hij mag het schooldomein niet op. Als hij toch aan de poort staat: kinderen binnenhouden, mij of Ingrid
     verwittigen en indien nodig 101 bellen.

     Enkel mama (of de grootouders Vandenberghe) mag de kinderen ophalen. Een kopie van het vonnis zit in het
     leerlingendossier.

     Geert
     """), rules=["sensitive"], cats=["family"], about=[pid("Jonas", "Vandenberghe"), pid("Lisa", "Vandenberghe")],
     note="director warns staff that the father of two pupils has a court contact ban after domestic violence")

# S26 zorgco -> own parent: redirection advice
mail("advies-heroriëntering-stijn", "2025-05-28 16:40", st("zorg"), [("Peter Michiels", par("Stijn", "Michiels"))],
     "Gesprek over de studiekeuze van Stijn", T("""
     Beste meneer Michiels,

     Zoals beloofd op het oudercontact vat ik kort samen wat de klassenraad voorstelt voor uw zoon.

     Stijn heeft dit jaar ondanks de remediëring en de begeleiding in de studieklas tekorten voor wiskunde,
     Frans en Latijn. De klassenraad ziet dat hij echt openbloeit in de technische vakken en in het project
     hout. Daarom adviseren we een overstap naar een technische richting (bv. Bouw of Elektromechanica) in plaats
     van het 4de jaar Latijn-wiskunde. Het CLB kan samen met jullie een studiekeuzegesprek doen.

     U hoeft nu nog niets te beslissen. Ik plan graag nog een gesprek met u en Stijn voor de examens.

     Met vriendelijke groeten,
     Katrien Stevens
     zorgcoördinator
     """), rules=["sensitive"], cats=["care"], about=[pid("Stijn", "Michiels")], fmt="alt",
     note="care coordinator gives a father the class council's advice to redirect his son to a technical track")

# S27 teacher -> zorgco, dialect: no lunch
mail("wout-boterhammen", "2024-12-10 12:48", st("griet"), [st("zorg_s")], "wout 1D",
     T("""
     Katrien,

     ik weet nie of ge het al wist mor den Wout uit 1D heeft al heel de week gene boterhammen mee. Als ik
     vraag zegt hij dat hij vergeten is, mor ik hoor van zijn maten dat er thuis gewoon niks is, papa is zijn werk
     kwijt en de frigo is leeg. Vandaag heb ik hem een broodje gegeven van de refter. Ook zijn schoenen zijn kapot.

     Kunnen we iets doen via het fonds? Ik wil hem nie beschamen voor de klas.

     Griet
     """), rules=["sensitive"], cats=["financial"], about=[pid("Wout", "Hendrickx")], fmt="cp1252",
     note="teacher in dialect: a pupil has no lunch because the family has no money since father lost his job")

# S28 GOK teacher -> colleagues: support network
mail("redouane-ondersteuning", "2024-10-04 15:05", st("joke"), [st("bram"), st("marieke")], "extra ondersteuning Redouane",
     T("""
     Dag Bram, dag Marieke,

     Vanaf maandag krijgt Redouane (2C) extra begeleiding: de ondersteuner van het netwerk (Sarah) komt 2 uur per
     week in de klas, en ik neem hem 2 uur per week uit de les Nederlands voor taalondersteuning. Dat staat zo in
     zijn handelingsplan (fase 2, verhoogde zorg). Bij jullie toetsen mag hij een woordenlijst gebruiken en krijgt
     hij de vragen voorgelezen.

     Nog iets om rekening mee te houden: zijn ouders zijn in de zomer uit elkaar gegaan en hij woont nu bij zijn
     papa in een studio zonder eigen kamer. Huiswerk maken lukt daar nauwelijks, dus liefst zoveel mogelijk in de
     klas of in de huiswerkklas laten afwerken.

     Joke
     """), rules=["sensitive"], cats=["care", "family"], about=[pid("Redouane", "Ait Taleb")],
     note="GOK teacher tells colleagues about one pupil's extended care plan and that his parents split and he lives in a studio with his father")

# S29 English: trip teacher -> travel insurer: broken wrist
mail("insurance-tom-london-en", "2025-04-09 18:22", st("jeroen"), [("Ethias Assistance", "assistance@ethias-assist.be")],
     "Claim - school trip London - pupil injured", T("""
     Dear Sir or Madam,

     I am the teacher in charge of a school trip of Sint-Pieterscollege Leuven to London (policy SPC-GRP-2025-04).
     This afternoon one of our pupils, Tom Peeters (15), fell during the visit to Greenwich Park. He was taken to
     the A&E of University Hospital Lewisham and an X-ray showed a fracture of his left wrist. He got a cast and
     pain medication (ibuprofen) and was discharged at 5 pm. His parents have been informed.

     The hospital asked for a guarantee of payment. Could you please confirm cover so that we can settle this?
     Attached are the discharge notes.

     Kind regards,
     Jeroen Leemans
     PE teacher, trip leader
     """), attach=[("discharge_notes_TPeeters.txt", "text/plain", T("""
     University Hospital Lewisham - Emergency Department
     Patient: PEETERS, Tom   Age: 15
     Diagnosis: distal radius fracture, left, undisplaced
     Treatment: below-elbow cast, ibuprofen 400 mg tds prn
     Follow-up: fracture clinic in home country within 7 days
     """))], rules=["sensitive"], cats=["medical"], about=[pid("Tom", "Peeters")], lang="en",
     note="English mail from the trip leader to the travel insurer about a pupil's fractured wrist, with discharge notes")

# S30 educator -> own parent: hit on bus, suspension
mail("kevin-bus-schorsing", "2025-03-25 15:55", st("opv"), [("Marta Nowak", par("Kevin", "Nowak"))],
     "Incident op de bus - Kevin", T("""
     Geachte mevrouw Nowak,

     Zoals telefonisch gemeld heeft uw zoon vanmorgen op bus 2 een medeleerling meerdere keren in het gezicht
     geslagen, nadat die hem uitlachte. Het is niet de eerste keer dit trimester dat Kevin zijn woede niet onder
     controle heeft (zie ook de incidenten van 4 en 18 februari).

     De directie heeft beslist tot een preventieve schorsing van 2 dagen (woensdag en donderdag). Kevin krijgt
     taken mee via Smartschool. Vrijdag om 8u15 verwachten we u en Kevin voor een herstelgesprek met mevrouw
     Heylen.

     Met vriendelijke groeten,
     Dirk Vranckx
     opvoeder 1ste graad
     """), rules=["sensitive"], cats=["psychosocial"], about=[pid("Kevin", "Nowak")],
     note="educator tells a mother her son hit a pupil again and is suspended; repeated anger problems")

# S31 secretariat -> CLB: long absence, anorexia
mail("aya-2c-attesten", "2025-02-06 09:20", st("marleen"), [st("clbarts")], "Aya M. 2C - attesten",
     T("""
     Goeiedag dokter Raes,

     Op vraag van mevrouw Stevens stuur ik u de info over de afwezigheid van Aya M. (2C). Zij is sinds 13 januari
     opgenomen op de afdeling eetstoornissen van het UPC Kortenberg (anorexia). Het ziekenhuis heeft een attest
     tot eind maart bezorgd. Mama vraagt of Aya daar les kan volgen via Bednet.

     Het attest kan ik u via het beveiligde platform bezorgen.

     Met vriendelijke groet,
     Marleen Dockx
     secretariaat
     """), rules=["sensitive"], cats=["medical", "psychosocial"], about=[pid("Aya", "Mansouri")],
     note="secretariat tells the CLB doctor a pupil (initials + class) is admitted for anorexia")

# S32 reply to colleague: Kenzo
_s32_q = T("""
Heeft er nog iemand gemerkt dat Kenzo uit 1C constant in slaap valt? In mijn les 3 keer deze week.
Bram
""")
mail("re-kenzo-slaap", "2024-11-07 13:02", st("hatice"), [st("bram")], "RE: Kenzo",
     T("""
     Ja Bram, bij mij ook. Ik heb hem na de les even aangesproken. Zijn mama werkt 's nachts in het rusthuis en
     hij zorgt dan alleen voor zijn 2 kleine broertjes, maakt ze 's morgens klaar en brengt ze naar de lagere
     school. Hij komt daarom ook altijd net te laat. Ik geef het door aan Sofie.

     H.

     """) + quote("-----Oorspronkelijk bericht-----\nVan: Bram Wijns\nVerzonden: donderdag 7 november 2024 10:14\nAan: Hatice Kaplan\nOnderwerp: Kenzo\n", _s32_q),
     reply_to_id="<20241107101400.kenzo@sintpieterscollege.be>", rules=["sensitive"], cats=["family"],
     about=[pid("Kenzo", "Lambrecht")], extra_fmt=["reply"], fmt="alt",
     note="teacher reply: a pupil is exhausted because mother works nights and he cares for his little brothers alone")

# S33 director -> external therapist: trauma after accident
mail("dorien-trauma-therapeut", "2025-01-21 10:45", st("dir"), [("Praktijk De Vlinder", "an.claeys@praktijkdevlinder.be")],
     "D. Geerts - aanpassingen op school", T("""
     Geachte mevrouw Claeys,

     Bedankt voor uw verslag over Dorien (5B), dat we via haar ouders kregen. We begrijpen dat ze sinds het
     auto-ongeval in november, waarbij haar broer zwaar gewond raakte, last heeft van nachtmerries, herbelevingen
     en paniek bij sirenes.

     Op school voorzien we vanaf nu: een rustruimte (lokaal B.012) waar ze altijd heen mag, uitstel van toetsen in
     overleg met de zorgcoördinator en een vaste vertrouwenspersoon (mevrouw Heylen). Als u nog andere tips heeft
     voor de leerkrachten, horen we dat graag.

     Met vriendelijke groeten,
     Geert Vanhove
     directeur Sint-Pieterscollege
     """), rules=["sensitive"], cats=["psychosocial", "care"], about=[pid("Dorien", "Geerts")],
     note="director answers a pupil's therapist about trauma after a car accident and the school's care measures")

# S34 CLB liaison internal table of CLB files (html only)
_s34_rows = [("3A", "Ilias E.A.", "problematische afwezigheid / psychosociaal", "huisbezoek gepland 18/3"),
             ("1B", "Elise B.", "leerproblemen, vermoeden dyslexie", "testing CLB loopt"),
             ("4D", "Mats C.", "studiekeuze + motivatie", "gesprek met leerling 2x"),
             ("5A", "Selin A.", "thuissituatie, aanmelding Jeugdhulp", "wacht op intake")]
_s34_html = ('<html><body><p>Hoi Katrien,</p><p>Dit zijn de leerlingen waar het CLB momenteel een lopend dossier heeft '
             'en bij ons nog niet in het LVS staan. Kan jij ze toevoegen voor de cel leerlingenbegeleiding van vrijdag?</p>'
             '<table border="1" cellpadding="3"><tr><th>Klas</th><th>Leerling</th><th>Reden begeleiding CLB</th><th>Stand</th></tr>'
             + "".join(f"<tr><td>{a}</td><td>{html.escape(b)}</td><td>{html.escape(c)}</td><td>{html.escape(d)}</td></tr>" for a, b, c, d in _s34_rows)
             + '</table><p>Evelien</p></body></html>')
mail("clb-dossiers-lvs", "2025-03-13 16:10", st("clbc"), [st("zorg")], "lopende CLB-dossiers voor de cel", "",
     fmt="html", html_body=_s34_html, rules=["sensitive"], cats=["care"],
     about=[pid("Ilias", "El Amrani"), pid("Elise", "Boon"), pid("Mats", "Coppens"), pid("Selin", "Aydin")],
     note="CLB liaison sends a table of pupils with open CLB files and the reason for follow-up", extra_fmt=["table"])

# S35 teacher -> zorgco, dialect: doesn't want to live
mail("arne-wil-niet-meer", "2025-04-28 16:58", st("tim"), [st("zorg"), st("llb2")], "dringend: Arne 4C",
     T("""
     Katrien, Youssef,

     Den Arne (4C) zat er vandaag precies helemaal nie goe bij. Na de les fysica bleef hij zitten en zei hij "het
     maakt toch allemaal nie uit, ik wil er nie meer zijn". Ik heb gevraagd of hij daar een plan voor heeft en hij
     haalde zijn schouders op. Ik heb hem naar het secretariaat gebracht en gewacht tot zijn pa hem kwam halen.

     Kan er morgen vroeg iemand met hem praten? Ik sta er nie gerust in.

     Tim
     """), rules=["sensitive"], cats=["psychosocial"], about=[pid("Arne", "Wuyts")],
     note="teacher in dialect reports a pupil saying he does not want to be alive any more")

# S36 zorgco -> teachers: report type 9 autism, reasonable adjustments
mail("lars-1a-verslag-type9", "2024-09-10 12:15", st("zorg"), [st("griet"), st("an"), st("tine"), st("koen")],
     "Lars V.D. (1A): redelijke aanpassingen", T("""
     Beste klassenleraren 1A,

     Lars V.D. heeft een verslag type 9 (autismespectrumstoornis) en een attest van de kinderpsychiater voor
     zijn ADHD-medicatie, die hij 's middags op het secretariaat neemt. Afgesproken redelijke aanpassingen:

     - vaste plaats, liefst aan de deur
     - veranderingen in het lesrooster of lokaal vooraf laten weten (via mail aan mama of via de planner)
     - groepswerk: rol op voorhand vastleggen
     - LO: mag in een aparte hoek omkleden
     - bij overprikkeling: time-outkaart, mag naar het zorglokaal

     Volgende week komt de ondersteuner kennismaken.
     Katrien
     """), rules=["sensitive"], cats=["care", "medical"], about=[pid("Lars", "Van Damme")], fmt="qp",
     note="care coordinator lists reasonable adjustments for a pupil with an autism report and ADHD medication")

# S37 secretariat -> own parent: school allowance not paid
mail("schooltoeslag-bakkali", "2025-01-30 10:30", st("nadia"), [("Fatima Bakkali", par("Imane", "Bakkali"))],
     "Schoolrekening Imane - schooltoeslag", T("""
     Beste mevrouw Bakkali,

     U vroeg waarom de rekening van Imane (3A) nog altijd openstaat. Bij ons staat nog 412,00 euro open van het
     eerste trimester en de reis naar Parijs. U zei dat dit betaald zou worden met de schooltoeslag, maar volgens
     Groeipakket werd die voor dit jaar nog niet toegekend omdat er een document ontbreekt in uw dossier.

     Ik raad u aan om met Groeipakket contact op te nemen. Wij wachten met verdere herinneringen tot eind maart.
     Indien u een betaalplan wenst, kan dat ook.

     Vriendelijke groeten,
     Nadia Ben Said
     boekhouding
     """), rules=["sensitive"], cats=["financial"], about=[pid("Imane", "Bakkali")], fmt="cp1252",
     note="accounting tells a mother her daughter's bill is unpaid because the school allowance was not granted")

# S38 sports day medical list
_s38 = T("""
Dag sportdagploeg,

Voor de EHBO-post op de sportdag: leerlingen met een medisch aandachtspunt die meedoen (info uit de medische
fiches, niet verder verspreiden):

Klas | Leerling        | Wat                                  | Medicatie bij
3D   | Sara Vos        | diabetes type 1, sensor op arm       | insulinepen + druivensuiker in rugzak
2B   | Thomas Baert    | epilepsie, laatste aanval okt.       | noodmedicatie (Buccolam) bij Jeroen
1C   | Ines De Clercq  | astma bij inspanning                 | puffer
4B   | Mathis Dewitte  | bijenallergie (anafylaxie)           | EpiPen in EHBO-koffer

Bij twijfel: direct ouders bellen via het secretariaat.
Tine
""")
mail("sportdag-medische-lijst", "2025-05-20 17:05", st("tine"), [st("jeroen"), st("opv"), st("opv2"), st("sec")],
     "sportdag: medische aandachtspunten", _s38, fmt="plain", rules=["sensitive"], cats=["medical"],
     about=[pid("Sara", "Vos"), pid("Thomas", "Baert"), pid("Ines", "De Clercq"), pid("Mathis", "Dewitte")],
     note="PE teacher lists named pupils with diabetes, epilepsy, asthma and allergy for the sports day first-aid post",
     extra_fmt=["table"])

# S39 French: director -> own parent: custody ruling
mail("chloe-garde-fr", "2025-02-14 11:35", st("dir"), [("Nathalie Lambert", par("Chloé", "Lambert"))],
     "Chloé - communication aux deux parents", T("""
     Madame Lambert,

     J'ai bien reçu votre courrier et la copie du jugement du tribunal de la famille. Je comprends que la garde de
     Chloé vous est confiée à titre principal et que son père garde un droit de visite un week-end sur deux, mais
     que l'autorité parentale reste conjointe.

     Cela signifie que l'école doit continuer à informer les deux parents (bulletins, réunions de parents). Nous
     ne pouvons donc pas bloquer l'accès de Monsieur Lambert à Smartschool comme vous le demandiez. En revanche,
     Chloé ne sera remise qu'à vous à la sortie, sauf les vendredis de son week-end chez son père.

     Je reste à votre disposition pour en parler.

     Geert Vanhove
     Directeur
     """), rules=["sensitive"], cats=["family"], about=[pid("Chloé", "Lambert")], lang="fr", fmt="qp",
     note="French mail from the director to a divorced mother about the custody ruling and information to both parents")

# S40 teacher -> colleague: cyberbullying perpetrator and victim
mail("jens-mila-fotos", "2025-04-01 19:50", st("lieve"), [st("llb2")], "foto's Mila",
     T("""
     Youssef,

     Kort voor morgen: Mila (3B) kwam vandaag naar mij met screenshots. Jens en twee jongens uit 3C hebben een
     foto van haar in de kleedkamer genomen en die op Snapchat gezet, met vuile commentaren. Het is al de
     zoveelste keer dat Jens haar viseert (ook het gedoe met haar boekentas in maart). Mila durft niet meer naar
     LO en zat de hele dag te wenen.

     Ik heb de screenshots, ik breng ze morgen mee. Kunnen we samen met de directie bekijken wat we met Jens doen?

     Lieve
     """), rules=["sensitive"], cats=["psychosocial"], about=[pid("Mila", "Huybrechts"), pid("Jens", "Verstraeten")],
     note="class teacher reports a pupil repeatedly targeting a classmate with a photo on Snapchat (victim and perpetrator by first name)")

# S41 pupil support -> external home-care service
mail("kato-thuisbegeleiding", "2024-12-16 14:25", st("llb"), [("Thuisbegeleidingsdienst Oranje", "team.leuven@thuisbegeleiding-oranje.be")],
     "Kato Dierckx (3D) - overleg", T("""
     Dag Elke,

     Zoals afgesproken een korte stand van zaken voor het overleg van donderdag. Kato komt sinds de verhuis naar
     haar tante beter op tijd, maar ze is moe en haalt haar taken niet. Mama belt haar bijna elke avond en
     vraagt dan om terug naar huis te komen, wat haar telkens overstuur maakt. Op school volgen we haar op in de
     zorgwerking (wekelijks gesprek met mij, huiswerkklas op maandag en donderdag).

     Graag stemmen we af wie wat met mama bespreekt.

     Groetjes,
     Sofie
     """), rules=["sensitive"], cats=["care", "family"], about=[pid("Kato", "Dierckx")],
     note="pupil support updates an external family-support service about a pupil who moved in with her aunt")

# S42 educator -> zorgco: evicted, can't pay trip
mail("dylan-parijsreis", "2025-03-04 10:12", st("opv2"), [st("zorg"), st("boekh")], "Dylan 4C - reis Parijs",
     T("""
     Hallo Katrien en Luc,

     De mama van Dylan (4C) belde me net in tranen. Ze zijn vorige maand uit hun huis gezet en wonen nu bij haar
     broer, ze kan de 295 euro voor de Parijsreis niet betalen en wil Dylan thuishouden. Hij zou het vreselijk
     vinden om als enige niet mee te gaan.

     Kan het solidariteitsfonds een deel betalen? Ze kan zelf misschien 50 euro.

     Sanne
     """), rules=["sensitive"], cats=["financial", "family"], about=[pid("Dylan", "Leclercq")],
     note="educator asks the solidarity fund to pay a trip for a pupil whose family was evicted")

# S43 reply teacher -> teacher: calculator, OCMW pays
_s43_q = "Junior uit 5B heeft nog altijd geen grafisch rekentoestel, ik heb het al 3x gezegd. Kan jij als titularis eens met thuis bellen?\nTim\n"
mail("re-rekentoestel-junior", "2024-10-10 16:22", st("lieve"), [st("tim")], "Re: rekentoestel 5B",
     T("""
     Dag Tim,

     Niet meer over beginnen in de klas aub. Ik heb met mama gebeld: ze kan de 110 euro echt niet betalen, het
     OCMW betaalt al de helft van hun schoolrekening en de rest gaat in schijfjes. Ik heb met Luc geregeld dat hij
     een toestel van de school in bruikleen krijgt, hij haalt het morgen op bij het secretariaat.

     Lieve

     """) + quote("Op 10/10/2024 om 14:03 schreef Tim Hulsmans:", _s43_q), reply_to_id="<20241010140301.ti84@sintpieterscollege.be>",
     rules=["sensitive"], cats=["financial"], about=[pid("Junior", "Mbala")], extra_fmt=["reply"], fmt="gmail",
     note="class teacher replies that a pupil's mother cannot pay a calculator and the OCMW pays half of their bill")

# S44 care plan attachment to CLB
mail("handelingsplan-bt-4a", "2025-01-08 11:11", st("zorg"), [st("clb")], "handelingsplan B.T. 4A",
     "Hilde,\n\nHierbij het aangepaste handelingsplan van B.T. (4A) voor het overleg van volgende week.\n\nKatrien\n",
     attach=[("handelingsplan_BT_4A.txt", "text/plain", T("""
     HANDELINGSPLAN  -  B.T. (4A)  -  versie januari 2025
     Fase: 2 (uitbreiding van zorg)
     Beginsituatie: zwakke planning, vergeet taken, faalangst bij mondelinge toetsen
     Doelen: zelfstandig weekplanning maken; mondelinge toets zonder blokkeren
     Maatregelen: planningsbegeleiding 1x/week (zorgcoordinator), mondelinge toetsen 1-op-1,
                  taken via Smartschool-planner, CLB-psycholoog 3 gesprekken rond faalangst
     Evaluatie: MDO maart
     """))], rules=["sensitive"], cats=["care"], about=[pid("Berre", "Thys")],
     note="care coordinator sends CLB the individual care plan of a pupil (initials + class) as a .txt attachment")

# S45 English: coordinator -> own expat parent: withdrawn, CLB psychologist
mail("oliver-withdrawn-en", "2024-11-19 17:45", st("llb2"), [("Claire Bennett", par("Oliver", "Bennett"))],
     "Oliver - how he is doing", T("""
     Dear Mrs Bennett,

     I am writing as Oliver's pupil support teacher. Over the past weeks several teachers have noticed that your
     son has become very withdrawn: he eats alone, does not speak in class any more and told his class teacher
     he sometimes cries himself to sleep because he misses his friends in Manchester.

     With your consent we would like the CLB psychologist (our school's pupil guidance centre) to see him a few
     times. Could we meet next week, on Tuesday or Thursday after 4 pm?

     Best regards,
     Youssef Amrani
     Pupil support, 2nd stage
     """), rules=["sensitive"], cats=["psychosocial", "care"], about=[pid("Oliver", "Bennett")], lang="en",
     note="English mail to a mother: her son is withdrawn and sad, school proposes CLB psychologist sessions")

# S46 secretariat -> teachers: foster care
mail("nora-pleegzorg", "2024-09-03 09:00", st("marleen"), [st("griet"), st("koen"), st("opv")], "Nora V. 2A - contactpersoon",
     T("""
     Beste collega's,

     Nora V. (2A) is deze zomer in een pleeggezin geplaatst. Vanaf nu is haar pleegmoeder, mevrouw Hilde
     Stroobants, het aanspreekpunt voor alles (briefjes, oudercontact, Smartschool). De biologische ouders
     krijgen geen info meer, tenzij de consulent van Pleegzorg dat anders laat weten.

     Gelieve dus niks meer te sturen naar het oude adres van mama.

     Marleen
     secretariaat
     """), rules=["sensitive"], cats=["family"], about=[pid("Nora", "Vandevelde")], fmt="cp1252",
     note="secretariat tells teachers a pupil was placed in a foster family and the biological parents get no information")

# S47 forwarded as attachment: concussion
_s47_inner = inner_message(("Katrien Wouters", par("Febe", "Wouters")), [st("tine")], "2025-02-02 18:30", "Febe - hersenschudding",
     T("""
     Dag mevrouw Vanderlinden,

     Febe is zaterdag bij de hockeymatch hard gevallen en heeft een hersenschudding, volgens de spoedarts. Ze mag
     de komende 3 weken niet sporten en moet schermen beperken. Ze heeft ook veel hoofdpijn. Kan ze die weken
     vrijgesteld worden van LO? Het attest geef ik morgen mee.

     Groeten,
     Katrien Wouters
     """))
mail("fw-febe-hersenschudding", "2025-02-03 08:10", st("tine"), [st("jeroen")], "Fw: Febe - hersenschudding",
     "Jeroen, jij hebt 4D op donderdag, zie mail hieronder van de mama. Geen LO tot eind februari.\nTine\n",
     rfc822=_s47_inner, rules=["sensitive"], cats=["medical"], about=[pid("Febe", "Wouters")], extra_fmt=["forward"],
     note="PE teacher forwards (as attached message) a mother's mail about her daughter's concussion")

# S48 director -> internal: solidarity fund Kaya
mail("solidariteitsfonds-kaya", "2024-10-28 13:40", st("dir"), [st("boekh"), st("adj")], "aanvraag fonds - gezin Kaya",
     T("""
     Luc, Ingrid,

     Ik stel voor om het gezin Kaya (Arda 2D, Eylül 4A, Can 6A) dit jaar via het solidariteitsfonds te helpen met
     de schoolrekening: 3 kinderen, enkel een ziekte-uitkering sinds het ongeval van papa, en de schuldbemiddelaar
     heeft ons gevraagd om een vermindering. Voorstel: 50% van de rekening, de reizen volledig.

     Kunnen we dit bespreken op het DT van maandag?
     Geert
     """), rules=["sensitive"], cats=["financial"], about=[pid("Arda", "Kaya"), pid("Eylül", "Kaya"), pid("Can", "Kaya")],
     note="director proposes the solidarity fund for a family in debt mediation living on sickness benefit")

# S49 html-only: aggression incident
_s49 = T("""
Beste directie,

Verslag incident dinsdag 14/1, 4de lesuur, lokaal C.104 (Nederlands, 3C).

Rayan H. weigerde zijn gsm af te geven. Toen mevrouw Devos hem vroeg de klas te verlaten, heeft hij een stoel
omvergeschopt, haar uitgescholden en haar bij het buitengaan met de schouder weggeduwd. Ze is niet gekwetst
maar erg aangedaan. Rayan is daarna weggelopen van school; papa is verwittigd en heeft hem om 13u opgehaald.

Dit is het derde ernstige incident met Rayan dit schooljaar. Ik stel een tuchtprocedure voor.

Dirk Vranckx
opvoeder
""")
mail("incident-rayan-3c", "2025-01-14 14:30", st("opv"), [st("directie")], "verslag incident 3C", _s49, fmt="html64",
     cc=[st("an")], rules=["sensitive"], cats=["psychosocial"], about=[pid("Rayan", "Haddou")],
     note="educator's incident report: pupil pushed and insulted a teacher, third serious incident, disciplinary procedure")

# S50 ICT/zorg -> colleague: laptop on loan, debt settlement
mail("sien-laptop-bruikleen", "2024-09-16 08:35", st("zorg_s"), [st("ellen")], "Sien 2B - laptop",
     T("""
     Dag Ellen,

     Je vroeg waarom Sien (2B) een schoollaptop heeft en niet de huurlaptop zoals de rest van de klas. Dat is
     bewust: het gezin zit in een collectieve schuldenregeling en de schuldbemiddelaar heeft de huur van 14 euro
     per maand niet goedgekeurd. We lenen haar dus een toestel uit het laptopfonds. Liefst niets van zeggen in de
     klas, ze schaamt zich er al genoeg over.

     Mvg
     Katrien
     """), rules=["sensitive"], cats=["financial"], about=[pid("Sien", "Pauwels")],
     note="care coordinator explains a pupil gets a loan laptop because her family is in collective debt settlement")


# ============================================================================= PASSWORD (real credentials handed over)

mail("welkom-femke-logins", "2024-08-28 14:10", st("ict"), [st("nieuw")], "Welkom! je accounts",
     T("""
     Dag Femke,

     Welkom in het Sint-Pieterscollege! Hieronder alles om maandag te kunnen starten:

     Smartschool
       gebruikersnaam: femke.vandersteen
       tijdelijk wachtwoord: Zomer!2024spc   (je moet het bij de eerste aanmelding wijzigen)

     Microsoft 365 / Teams: femke.vandersteen@sintpieterscollege.be - zelfde tijdelijk wachtwoord

     Wifi personeel (SPC-Staff): sleutel Kr1jt&Bord#47

     Kopieercode: 6614

     Als er iets niet lukt, loop gerust binnen in lokaal A.003 (ICT).
     PJ
     """), rules=["password"], note="ICT coordinator gives a new colleague her temporary logins, Wi-Fi key and copier code",
     extra_fmt=["list"])

mail("informat-account-interim", "2024-10-01 08:20", st("marleen"), [("Sandra Wijns", f"sandra.wijns@{D}")],
     "Informat - account voor je interim",
     T("""
     Dag Sandra,

     Tot ik terug ben van mijn operatie mag je het gedeelde account van het secretariaat gebruiken in Informat:

     login: secretariaat2
     paswoord: Dijle_3000sec

     Niet aanpassen aub, Nadia gebruikt het ook. De inschrijvingen staan onder 'Leerlingen > Nieuwe inschrijving'.

     Veel succes en tot binnen een paar weken!
     Marleen
     """), rules=["password"], fmt="cp1252", note="secretariat hands the shared Informat account login and password to an interim colleague")

mail("labokast-hangslot", "2024-09-19 12:55", st("hatice"), [st("tim")], "kast chemicaliën",
     T("""
     Tim, de sleutel van de gifkast in het labo is zoek (weer...). Ik heb er een hangslot met cijfercode op gezet:
     4719. Niet aan de leerlingen geven he, en niet op het bord schrijven zoals vorig jaar :-)
     Hatice
     """), rules=["password"], note="lab teacher gives a colleague the padlock code of the chemicals cabinet")

mail("re-kopieercode", "2024-11-05 09:41", st("sec"), [st("nieuw")], "Re: kopieerapparaat",
     "Hoi Femke, je persoonlijke gebruikerscode voor de kopieermachines is 30582. Je tegoed staat op 500 kopies.\nGroetjes, secretariaat\n\n"
     + quote("Op 5/11/2024 om 09:12 schreef Femke Vandersteen:", "Dag, de copier vraagt een code en mijn oude code werkt niet meer. Wat moet ik ingeven?\nFemke\n"),
     rules=["password"], extra_fmt=["reply"], reply_to_id="<20241105091200.copier@sintpieterscollege.be>",
     note="secretariat replies with a colleague's copier user code")

mail("examen-wifi-6d", "2025-06-02 16:15", st("ict_s"), [st("ahmed"), st("bram")], "wifi examen informatica 6D",
     T("""
     Dag Ahmed en Bram,

     Voor het examen informatica van 6D donderdag staat het aparte netwerk klaar (zonder internet, enkel de
     examenserver).

     SSID: SPC-EXAMEN
     sleutel: Examen6D-jun25!bq

     Pas vlak voor de start op het bord schrijven aub, anders zitten ze er al in vanuit de gang.
     PJ
     """), rules=["password"], note="ICT gives two teachers the Wi-Fi key of the exam network")

mail("bios-paswoord-laptops", "2024-09-30 13:30", st("ict"), [("Robin Jacobs", f"robin.jacobs@{D}")], "BIOS leerlingenlaptops",
     T("""
     Robin,

     Voor het herinstalleren van de laptopkar van de 2de graad heb je het BIOS-paswoord nodig om van USB op te
     starten: SpcBios#2019 (zelfde op alle HP's van de kar, de Lenovo's van 1ste graad hebben Lenovo-spc19).
     Daarna boot order terug op SSD zetten en het BIOS terug vergrendelen.

     Bedankt voor de hulp!
     Pieter-Jan
     """), rules=["password"], fmt="qp", note="ICT coordinator hands a helping colleague the BIOS passwords of pupil laptops")

mail("herstelcodes-2fa-admin", "2025-01-06 07:50", st("ict"), [st("adj")], "herstelcodes admin-account (bewaren!)",
     T("""
     Ingrid,

     Zoals afgesproken: als ik ooit niet bereikbaar ben, kan jij met deze herstelcodes inloggen op het
     admin-account van Microsoft 365 (admin@sintpieterscollege.be) zonder mijn gsm:

       8271-4409
       5530-1986
       7314-0652
       2098-6617
       4462-3305

     Elke code werkt maar 1 keer. Print dit best en steek het in de kluis, en wis de mail daarna.

     PJ
     """), rules=["password"], note="ICT coordinator sends the 2FA recovery codes of the admin account to the deputy director")

mail("re-beamer-pc", "2025-02-12 10:02", st("koen"), [st("an_s")], "Re: beamer-pc aula",
     "Spc!Aula2023\n\nKoen\n\n" + quote("Op wo 12 feb 2025 09:55 schreef An Devos <ado@spc.ksleuven.be>:",
                                      "Koen, wat was weer het paswoord van de pc in de aula? Ik sta hier met 6 klassen te wachten...\n"),
     rules=["password"], extra_fmt=["reply"], reply_to_id="<20250212095500.aula@spc.ksleuven.be>",
     note="a reply that only contains the password of the assembly hall PC")

_p9 = klas_list("1A")
_p9_rows = [(p["first"], p["last"], f"{slug(p['first'])}.{slug(p['last'])}",
             ["Fiets", "Boom", "Wolk", "Appel", "Zon", "Tafel", "Raam", "Vis", "Berg", "Kaars", "Boot", "Mus", "Peer"][i % 13] + str(17 + i * 7) + "!")
            for i, p in enumerate(_p9)]
_p9_html = ('<html><body><p class="MsoNormal">Dag Griet,</p><p class="MsoNormal">Hier de startwachtwoorden van jouw 1A '
            'voor de eerste ICT-les. Ze moeten het zelf veranderen bij de eerste keer inloggen.</p>'
            '<table border="1" cellspacing="0" cellpadding="3"><tr><th>Voornaam</th><th>Naam</th><th>Gebruikersnaam</th><th>Startwachtwoord</th></tr>'
            + "".join(f"<tr><td>{html.escape(a)}</td><td>{html.escape(b)}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in _p9_rows)
            + '</table><p class="MsoNormal">PJ</p></body></html>')
mail("startwachtwoorden-1a", "2024-09-02 11:30", st("ict"), [st("griet")], "startwachtwoorden 1A",
     "Dag Griet,\n\nHier de startwachtwoorden van jouw 1A voor de eerste ICT-les. Ze moeten het zelf veranderen bij de eerste keer inloggen.\n\n"
     + "\n".join(f"{a} {b}\t{c}\t{d}" for a, b, c, d in _p9_rows) + "\n\nPJ\n", fmt="alt", html_body=_p9_html,
     rules=["password"], about=[p["id"] for p in _p9], extra_fmt=["table"],
     note="ICT sends a class teacher a table of her pupils' starting passwords")

mail("interim-logins-bijlage", "2025-03-17 07:35", st("adj"), [("Jonas Verbist", f"jonas.verbist@{D}")], "info voor je vervanging",
     T("""
     Dag Jonas,

     Welkom als vervanger van mevrouw Bosmans! In bijlage je uurrooster en de logins die je nodig hebt (de
     laptop in lokaal B.105 en het leerplatform van Engels). Je eigen Smartschool-account volgt nog.

     Ingrid Lauwers
     adjunct-directeur
     """), attach=[("logins_vervanging_Bosmans.txt", "text/plain", T("""
     Laptop lokaal B.105  - gebruiker: leerkracht-b105   wachtwoord: Lokaal105#spc
     Pelckmans Portaal    - mbosmans.spc                 wachtwoord: Engels4all!
     Kopieercode vervanger: 77120
     Uurrooster: zie Smartschool > Planner (na activatie)
     """))], rules=["password"], note="deputy director sends a substitute teacher a .txt attachment with logins and passwords")

mail("firewall-admin-en", "2025-04-14 15:20", st("ict"), [("NetSecure Support", "support@netsecure-it.be")], "Firewall access for Thursday",
     T("""
     Hi Dries,

     For the firmware upgrade on Thursday evening you can use the following admin access on our FortiGate
     (https://fw.spc.ksleuven.be:8443):

     user: netsecure-ext
     password: H4ppy-Upgr4de-Apr25

     The account expires automatically on Friday at noon. Please call me if anything goes wrong.

     Cheers,
     Pieter-Jan Verhaegen
     ICT coordinator
     """), rules=["password"], lang="en", note="English mail giving an external IT contractor the firewall admin login and password")

mail("wifi-invite-fr", "2025-03-24 08:45", st("ellen"), [("Marion Durand", "marion.durand@lycee-pasteur-lille.fr")],
     "Bienvenue à Leuven - infos pratiques", T("""
     Chère Marion,

     Nous nous réjouissons de vous accueillir lundi avec vos élèves ! Quelques infos pratiques :

     - rendez-vous à 9h à l'accueil (Naamsestraat 112)
     - le réseau Wi-Fi pour les invités est SPC-Gast, mot de passe : Welkom-Gast-2025
     - le déjeuner est prévu au réfectoire à 12h10

     À lundi !
     Ellen Smolders
     """), rules=["password"], lang="fr", fmt="qp", note="French welcome mail giving a visiting teacher the guest Wi-Fi password")

mail("alarmcode-sporthal", "2024-11-22 17:30", st("jeroen"), [st("tine")], "sporthal zaterdag",
     T("""
     Tine, voor het volleybaltornooi zaterdag: jij opent de sporthal. Achterdeur met de badge, daarna direct het
     alarm uitzetten aan het paneel links: 2580 en dan #. Bij het buitengaan 2580 + de knop 'afwezig'.
     Jeroen
     """), rules=["password"], note="PE teacher gives a colleague the alarm code of the sports hall")

mail("resetcode-leerling", "2024-10-15 10:25", st("ict_s"), [("Yassin Ouazzani", pup("Yassin", "Ouazzani")["mail"])],
     "je Smartschool-account", T("""
     Dag Yassin,

     Je account was geblokkeerd na te veel foute pogingen. Ik heb het terug vrijgegeven. Meld je aan met deze
     resetcode: 884213, daarna moet je zelf een nieuw wachtwoord kiezen (minstens 10 tekens).

     Meneer Verhaegen
     """), rules=["password"], about=[pid("Yassin", "Ouazzani")], note="ICT gives a pupil a one-time reset code for his account")

_p15_fw = T("""
-------- Doorgestuurd bericht --------
Onderwerp: 	Uw schoollicentie Diddit 2024-2025
Datum: 	Thu, 29 Aug 2024 10:12:44 +0200
Van: 	Van In Klantendienst <klantendienst@vanin.be>
Aan: 	vakgroep.wiskunde@sintpieterscollege.be

Beste klant,

Uw schoollicentie voor Diddit werd geactiveerd. U kunt inloggen met het gedeelde leerkrachtenaccount:

Gebruikersnaam: spcleuven-wisk
Wachtwoord: T7q!mx92Lw

Met vriendelijke groeten,
Klantendienst Van In
""")
mail("fw-diddit-licentie", "2024-09-04 20:05", st("bram"), [st("nieuw")], "Fwd: Uw schoollicentie Diddit 2024-2025",
     "Femke, zo kan je ook aan de online oefeningen van Pienter. Mvg Bram\n\n" + _p15_fw,
     rules=["password"], extra_fmt=["forward"], note="teacher forwards a publisher's mail with the shared licence login and password")

mail("co-account-ouder", "2024-09-12 14:55", st("sec"), [("Jan Coppens", par("Mats", "Coppens", 2))],
     "Co-account Smartschool", T("""
     Geachte heer Coppens,

     Op uw vraag werd een co-account aangemaakt voor het Smartschool-account van uw zoon Mats.

     Gebruikersnaam: mats.coppens
     Co-account: 2
     Wachtwoord: Kiwi-4837-Mango

     Bij de eerste aanmelding wordt u gevraagd een eigen wachtwoord te kiezen.

     Met vriendelijke groeten,
     Secretariaat Sint-Pieterscollege
     """), rules=["password"], about=[pid("Mats", "Coppens")],
     note="secretariat sends a father his co-account login and starting password")

mail("kluis-secretariaat", "2025-03-27 16:40", st("marleen"), [st("nadia")], "kluis",
     "Nadia, ik ben morgen ziek. De cash van de Parijsreis zit in de kluis, code 19-04-77 (draaien rechts-links-rechts). Tel het aub en geef het aan Luc. Marleen\n",
     rules=["password"], fmt="plain", note="secretariat gives a colleague the safe combination")

mail("instagram-schoolaccount", "2024-10-09 21:20", st("wendy"), [st("marieke"), st("koen")], "insta van de school",
     T("""
     Hoi,

     Nu jullie mee in de werkgroep communicatie zitten: het Instagram-account van de school is @sintpieterscollege.leuven,
     wachtwoord SPC-insta.2024. Tweestapsverificatie staat op mijn gsm, dus stuur me even een berichtje als je
     inlogt op een nieuw toestel.

     Niks posten met gezichten zonder toestemming he!
     Wendy
     """), rules=["password"], note="teacher shares the school's Instagram account password with the communication team")

mail("pin-betaalterminal", "2025-04-25 18:05", st("boekh"), [st("wendy")], "betaalterminal schoolfeest",
     T("""
     Wendy,

     De Bancontact-terminal voor de bar op het schoolfeest ligt in de bovenste lade van mijn bureau. De
     beheerderspincode om een terugbetaling te doen is 7391. Enkel gebruiken als iemand 2x betaald heeft.

     Luc
     """), rules=["password"], note="accountant gives a colleague the admin PIN of the payment terminal")

mail("sleutelkastje-poetsfirma", "2024-12-19 11:45", st("sec"), [("Clean & Co planning", "planning@cleanco-leuven.be")],
     "Kerstvakantie - grote poets", T("""
     Geachte,

     Voor de grote poets in de kerstvakantie (23/12 t.e.m. 3/1): de sleutels liggen in het sleutelkastje naast de
     leveranciersingang (Tiensestraat). Code van het kastje: 3-1-0-8. Gelieve de sleutels elke avond terug te
     leggen.

     Vriendelijke groeten,
     Secretariaat
     """), rules=["password"], note="secretariat gives the external cleaning company the code of the key box")

mail("pdf-examen-wachtwoord", "2025-06-05 22:10", st("bram"), [st("tim")], "wachtwoord examen",
     T("""
     Tim,

     Zoals gezegd heb ik het examen wiskunde 4A in een aparte mail gestuurd als beveiligde pdf. Het wachtwoord
     om het te openen: Pythagoras*4a-juni

     Laat je weten of je nog fouten vindt?
     Bram
     """), rules=["password"], note="teacher sends the password for an encrypted exam PDF in a separate mail")

mail("gsm-skireis-pincode", "2025-02-20 15:15", st("jeroen"), [st("tine"), st("opv2")], "gsm skireis",
     T("""
     Ter info: de noodgsm van de skireis is opgeladen en ligt in het secretariaat.
     Pincode van de simkaart: 1357
     PUK (als je 3x fout tikt): 40917263
     Schermvergrendeling: patroon Z.
     J.
     """), rules=["password"], note="trip leader gives colleagues the SIM PIN and PUK of the trip's emergency phone")

mail("vpn-directie", "2024-12-02 08:30", st("ict"), [st("dir")], "VPN thuis",
     T("""
     Geert,

     Je kan vanaf nu thuis aan de schijf van de directie via de VPN:

     Server: vpn.spc.ksleuven.be
     Gebruikersnaam: gvanhove
     Wachtwoord: Dijle-Vpn!8826

     Installeer eerst FortiClient (staat op de ICT-pagina). Ik zet morgen ook nog MFA aan.

     Groeten,
     Pieter-Jan
     """), rules=["password"], fmt="cp1252", note="ICT sends the director his VPN username and password")

_p24 = klas_list("1B")
_p24_csv = "klas;voornaam;naam;upn;wachtwoord\r\n" + "".join(
    f"1B;{p['first']};{p['last']};{slug(p['first'])}.{slug(p['last'])}@leerling.sintpieterscollege.be;Spc{(2718 + i * 391) % 10000:04d}-{['kaas','bloem','storm','melk','vuur','lamp','klok','sneeuw','duin','regen','steen','wolf','ster'][i % 13]}\r\n"
    for i, p in enumerate(_p24))
mail("office365-1b-csv", "2024-09-03 13:20", st("ict_s"), [st("an")], "Office 365-accounts 1B",
     "Hoi An,\n\nIn bijlage de startwachtwoorden voor Office 365 van 1B. Kan je ze uitdelen in de klasuur? Strookjes knippen is het makkelijkst.\n\nPJ\n",
     attach=[("1B_office365_startwachtwoorden.csv", "text/csv", _p24_csv)], rules=["password"],
     about=[p["id"] for p in _p24], note="ICT sends a class teacher a CSV with the pupils' Office 365 starting passwords")

mail("smartboard-admin-dialect", "2025-01-23 14:02", st("stefaan"), [st("joke")], "Re: smartbord B.204",
     "Joke, ge moet inloggen met admin en Leuven3000! , dan kunde de kalibratie opnieuw doen. Stefaan\n\n"
     + quote("Op 23/01/2025 om 13:40 schreef Joke Peetermans:", "Het smartbord in B.204 doet weer raar, de pen klikt naast waar ik schrijf. Hoe kom ik in de instellingen?\n"),
     rules=["password"], extra_fmt=["reply"], fmt="qp", reply_to_id="<20250123134000.bord@sintpieterscollege.be>",
     note="colleague in dialect replies with the smartboard admin login and password")


# ============================================================================= LOOK-ALIKES (no password)

mail("teams-kr-online", "2024-12-05 12:00", st("adj"), [st("lieve"), st("ahmed"), st("zorg")], "Online klassenraad 3de graad - Teams",
     T("""
     Dag collega's,

     Voor wie donderdag thuis zit met zieke kinderen: je kan de klassenraden online volgen.

     ________________________________________________________________________________
     Microsoft Teams-vergadering
     Deelnemen op uw computer, mobiele app of apparaat in de ruimte
     Vergadering-id: 378 512 904 216
     Wachtwoordcode: Hq7bN2
     ________________________________________________________________________________

     Ingrid
     """), fmt="alt", note="meeting passcode: Teams invitation for an online class council, no real account credential")

mail("zoom-infoavond-6de", "2025-01-15 18:00", st("directie"), [st("directie")], "Online infoavond hoger onderwijs - 23 januari",
     T("""
     Beste ouders van het zesde jaar,

     Op donderdag 23 januari om 19.30 u. organiseren we samen met het CLB een online infoavond over de
     overstap naar het hoger onderwijs (inschrijven, studietoelagen, begeleiding voor studenten met een
     functiebeperking, kotleven).

     Deelnemen via Zoom:
     Meeting ID: 852 4471 3390
     Passcode: 230125

     Na afloop kan u vragen stellen in de chat. De presentatie wordt achteraf op Smartschool gezet.

     Met vriendelijke groeten,
     de directie
     """), bcc=[f"ouders-6@{D}"], note="meeting passcode: Zoom details for an info evening sent to all sixth-year parents in Bcc")

mail("wachtwoord-vergeten-ouders", "2024-09-09 16:00", st("ict"), [st("info")], "Smartschool: aanmelden als ouder",
     T("""
     Geachte ouders,

     Veel ouders hadden de eerste schoolweek problemen met aanmelden op Smartschool. Enkele tips:

     1. Ga naar https://sintpieterscollege.smartschool.be en kies 'Aanmelden'.
     2. Gebruik de gebruikersnaam van uw kind en kies uw co-account (1 of 2).
     3. Wachtwoord vergeten? Klik op 'Wachtwoord vergeten' onder het aanmeldvenster. U ontvangt een mail op het
        adres dat bij ons gekend is. Komt er geen mail? Kijk in uw spam of contacteer het secretariaat.
     4. Kies een wachtwoord dat u nergens anders gebruikt.

     De school zal u nooit vragen om uw wachtwoord door te mailen.

     Met vriendelijke groeten,
     ICT-coördinator
     """), bcc=[f"ouders@{D}"], fmt="qp",
     note="instructions to all parents on how to reset a forgotten password, no credential value")

mail("template-onthaal-nieuwe-collega", "2024-08-20 10:10", st("adj"), [st("ict"), st("marleen")], "sjabloon onthaalmail nieuwe collega's",
     T("""
     Hoi PJ en Marleen,

     Voorstel voor de standaard onthaalmail die we naar nieuwe collega's sturen. Wachtwoorden zetten we er NIET
     meer in, die krijgen ze op papier op de onthaaldag.

     ---
     Beste [voornaam],

     Welkom in ons team! Je accounts:
     - Smartschool: gebruikersnaam [voornaam.naam], wachtwoord: ********  (krijg je op papier)
     - Microsoft 365: [voornaam.naam]@sintpieterscollege.be, wachtwoord: [uw wachtwoord]
     - Kopieercode: [wordt meegedeeld door het secretariaat]
     ---

     Opmerkingen?
     Ingrid
     """), note="template welcome mail with placeholders only, passwords are handed out on paper")

mail("beleid-sterke-wachtwoorden", "2024-10-03 07:30", st("privacy"), [st("privacy")], "Informatieveiligheid: sterke wachtwoorden",
     T("""
     Beste collega's,

     Naar aanleiding van een phishingpoging vorige week herhalen we enkele afspraken uit het ICT-beleid:

     - Een sterk wachtwoord heeft minstens 12 tekens; een zin van 4 woorden is makkelijker te onthouden dan
       een ingewikkelde code (gebruik natuurlijk niet het voorbeeld uit de opleiding).
     - Gebruik voor Smartschool, Informat en Microsoft 365 telkens een ander wachtwoord.
     - Geef je wachtwoord nooit door, ook niet aan een collega of 'de ICT-dienst'. Niemand van de school zal het
       ooit per mail of telefoon vragen.
     - Zet tweestapsverificatie aan (uitleg op de ICT-pagina).
     - Vermoed je dat iemand je wachtwoord kent? Wijzig het meteen en meld het aan privacy@lksd.ksleuven.be.

     Met vriendelijke groeten,
     Aanspreekpunt informatieveiligheid LKSD
     """), bcc=[f"personeel@{D}"], note="policy reminder to all staff about strong passwords, no credential")

mail("bestelling-handboeken", "2024-06-18 11:20", st("marleen"), [("Klantendienst Die Keure", "bestellingen@diekeure.be")],
     "Bestelling handboeken 2024-2025 - bevestiging", T("""
     Beste,

     Wij ontvingen uw bevestiging van onze bestelling. Ter controle:

     Klantnummer: 40021
     Bestelnummer: 2024-118734
     Referentie school: SPC-HB-2425
     Aantal pakketten: 312 (1ste graad), 287 (2de graad)

     Kan u de levering bevestigen voor 22 augustus, tussen 8 en 12 uur?

     Met vriendelijke groeten,
     Marleen Dockx
     secretariaat
     """), note="order confirmation with customer, order and reference numbers, no credential")

mail("lokaal-vergadering-vakgroep", "2024-09-25 13:15", st("bram"), [st("tim"), st("hatice")], "vakgroep STEM: lokaal",
     T("""
     Hey,

     Vakgroep STEM morgen gaat niet door in de leraarskamer maar in lokaal C.214 (2de verdieping, trap 3).
     Geen deurcode of badge nodig, de conciërge zet de deur open. Ik breng koffiekoeken mee.

     Bram
     """), note="room number and 'no door code needed', nothing secret")

_l8 = T("""
---------- Forwarded message ---------
Van: bpost <noreply@bpost.be>
Onderwerp: Uw pakje is onderweg

Uw pakje van Brico wordt morgen geleverd.
Trackingcode: 3SBPST004728196
Volg uw zending via de app of bpost.be met deze code.
""")
mail("fw-pakje-brico", "2024-11-14 09:05", st("sec"), [st("stefaan")], "Fwd: Uw pakje is onderweg",
     "Stefaan, je bestelling voor de techniekklas komt morgen, hieronder de trackingcode. Secretariaat\n\n" + _l8,
     extra_fmt=["forward"], note="forwarded parcel notification with a tracking code, no credential")

mail("nieuw-wachtwoord-procedure", "2025-02-03 10:40", st("ict_s"), [st("koen")], "Re: account geblokkeerd",
     "Dag Koen, ik heb je account ontgrendeld. Je nieuw tijdelijk wachtwoord krijg je per sms op je gsm-nummer dat in Informat staat, of kom het even halen in A.003. Groeten, PJ\n\n"
     + quote("Op 3/02/2025 om 08:51 schreef Koen Deprez:", "PJ, ik kan niet meer inloggen, 'account vergrendeld'. Help!\n"),
     extra_fmt=["reply"], reply_to_id="<20250203085100.lock@sintpieterscollege.be>",
     note="ICT says the new password will come by text message; the mail itself holds no credential")

mail("webex-oudercontact", "2024-12-09 11:00", st("llb"), [("Claire Bennett", par("Oliver", "Bennett"))], "Online oudercontact - link",
     T("""
     Dear Mrs Bennett,

     As you asked, here are the details for the online parent-teacher meeting on Thursday 12 December at 18:40:

     Webex meeting number: 2741 338 0955
     Meeting password: Oudercontact24

     Mr Deprez and Ms Smolders will join as well.

     Kind regards,
     Sofie Heylen
     """), lang="en", about=[pid("Oliver", "Bennett")], note="meeting passcode: Webex details for an online parent meeting sent to the pupil's own mother")


# ============================================================================= MISDIRECTED (about one pupil, to another pupil's parent)

mail("rapport-tom-engels", "2024-12-20 19:10", st("marieke"), [("An Peeters", par("Kobe", "Peeters"))],
     "Rapport Tom - Engels", T("""
     Beste mevrouw Peeters,

     Op het oudercontact had u gevraagd hoe het met Engels gaat. Tom haalde op het kerstexamen 68%, een mooie
     vooruitgang tegenover oktober. Zijn spreekvaardigheid is sterk, de schrijftaak kan nog beter. Ik raad hem
     aan om in de vakantie wat Engelse series met ondertitels te kijken.

     Prettige feestdagen,
     Marieke Bosmans
     leerkracht Engels 4A
     """), about=[pid("Tom", "Peeters")], misdirected=True,
     note="teacher writes about Tom Peeters' English results but sends it to the Peeters mother of another pupil (Kobe)")

mail("herinnering-rekening-ouali", "2025-02-17 10:00", st("nadia"), [("Fam. Ouali", par("Yassin", "Ouazzani"))],
     "3de herinnering schoolrekening Lina Ouali", T("""
     Beste mevrouw Ouali,

     Ondanks onze vorige herinneringen staat de schoolrekening van Lina (5D) nog steeds open voor een bedrag van
     418,00 euro. Wij hebben nog geen reactie ontvangen.

     Indien u moeilijkheden ondervindt om dit bedrag te betalen, kan u vertrouwelijk een afspraak maken met de
     directie voor een afbetalingsplan. Zonder reactie tegen 3 maart zijn wij genoodzaakt het dossier over te
     maken aan ons incassobureau.

     Met vriendelijke groeten,
     Nadia Ben Said
     boekhouding
     """), rules=["sensitive"], cats=["financial"], about=[pid("Lina", "Ouali")], misdirected=True, fmt="qp",
     note="third reminder of a family's unpaid school bill (Ouali) sent to the mother of Yassin Ouazzani")

mail("afwezigheid-victor", "2024-10-23 09:15", st("opv2"), [("Koen Maes", par("Fien", "Maes"))], "afwezigheid Victor",
     T("""
     Beste meneer Maes,

     Victor (4B) was gisteren de hele dag afwezig. Wij hebben nog geen briefje of doktersattest ontvangen. Mag ik
     u vragen om dit zo snel mogelijk via Smartschool of op papier te bezorgen?

     Alvast bedankt,
     Sanne Claes
     opvoeder 2de graad
     """), about=[pid("Victor", "Maes")], misdirected=True,
     note="absence note about Victor Maes sent to the father of Fien Maes (another family)")

mail("id-kaart-kobe", "2025-03-10 14:25", st("koen"), [("Marc Peeters", par("Tom", "Peeters"))], "Reis Ieper: ID-kaart Kobe",
     T("""
     Dag meneer Peeters,

     Voor de daguitstap naar Ieper van 2B volgende week hebben we nog een kopie van de identiteitskaart van Kobe
     nodig (voor de verzekering). Kan hij die morgen meebrengen?

     Groeten,
     Koen Deprez
     """), about=[pid("Kobe", "Peeters")], misdirected=True,
     note="trip request about Kobe Peeters sent to the father of Tom Peeters")

mail("remediering-elise", "2024-11-04 16:20", st("zorg"), [("Veerle Boonen", par("Elise", "Boonen"))],
     "Remediëringsplan Elise", T("""
     Beste ouders van Elise,

     Na de eerste toetsen en het gesprek met het CLB hebben we voor Elise (1B) een remediëringsplan opgesteld,
     omdat het lezen en spellen echt moeizaam gaat en het CLB een vermoeden van dyslexie heeft:

     - 2x per week huiswerkklas met leesondersteuning
     - extra tijd bij toetsen Nederlands en Frans
     - geen punten af voor spelling bij de andere vakken tot het onderzoek afgerond is

     Graag uw akkoord via Smartschool. Het plan wordt besproken op het oudercontact.

     Met vriendelijke groeten,
     Katrien Stevens
     zorgcoördinator
     """), rules=["sensitive"], cats=["care"], about=[pid("Elise", "Boon")], misdirected=True,
     note="care plan for Elise Boon (1B) sent to the mother of Elise Boonen (1C)")

mail("knie-ella", "2025-05-13 12:10", st("tine"), [("Dirk Janssens", par("Ward", "Janssens"))], "Ella - knie in de turnles",
     T("""
     Beste meneer Janssens,

     Ella (2A) is vanmorgen in de turnles slecht terechtgekomen na een sprong en heeft veel pijn aan haar rechterknie.
     Ze is opgevangen op het secretariaat met ijs. Het zou goed zijn om ze vandaag nog door een dokter te laten
     bekijken, de knie is flink gezwollen. Het ongevalsformulier voor de verzekering geef ik haar mee.

     Beterschap aan Ella!
     Tine Vanderlinden
     """), rules=["sensitive"], cats=["medical"], about=[pid("Ella", "Janssens")], misdirected=True,
     note="knee injury of Ella Janssens reported to the father of Ward Janssens (another family)")

mail("oudercontact-yasmine", "2025-03-21 08:30", st("lieve"), [("Rachid Bouzidi", par("Yasmina", "Bouzidi"))],
     "Uitnodiging oudercontact - Yasmine", T("""
     Beste ouders,

     Graag nodig ik u uit op het oudercontact van donderdag 27 maart voor een gesprek over Yasmine. Ik heb u
     ingepland om 17.40 u. in lokaal B.110. Past dit niet, laat dan even weten via Smartschool.

     Vriendelijke groeten,
     Lieve Somers
     klastitularis 3B
     """), about=[pid("Yasmine", "Bouzid")], misdirected=True,
     note="parent-meeting invitation about Yasmine Bouzid (3B) sent to the father of Yasmina Bouzidi (1D)")

mail("repechage-chloe-fr", "2025-07-02 10:45", st("ellen"), [("Sarah Lambrecht", par("Kenzo", "Lambrecht"))],
     "Examen de repêchage - Chloé", T("""
     Madame,

     Suite à la délibération, Chloé devra présenter un examen de repêchage en mathématiques le 28 août à 9h
     (local C.201). Je joins à ce message le programme à revoir et quelques exercices pour l'été.

     Bonnes vacances,
     Ellen Smolders
     titulaire 5C
     """), about=[pid("Chloé", "Lambert")], misdirected=True, lang="fr",
     attach=[("programme_repechage_maths_5C.txt", "text/plain", "Chapitres: 3 (fonctions), 5 (trigonométrie), 7 (statistique)\nExercices: p. 88-92, p. 140-145\n")],
     note="French resit notice about Chloé Lambert (5C) sent to the mother of Kenzo Lambrecht")

mail("gesprek-mila", "2025-04-03 17:05", st("llb2"), [("Kris Verstraeten", par("Jens", "Verstraeten"))],
     "Gesprek over Mila", T("""
     Beste ouders van Mila,

     Zoals u weet werd er vorige week een foto van Mila in de kleedkamer genomen en online verspreid. Mila is
     daar erg van aangedaan en voelt zich niet meer veilig in de klas. We willen graag met u en Mila bespreken
     hoe we haar kunnen steunen en welke stappen de school neemt tegenover de betrokken leerlingen.

     Kan u maandag om 16 u.?

     Met vriendelijke groeten,
     Youssef Amrani
     leerlingenbegeleider
     """), rules=["sensitive"], cats=["psychosocial"], about=[pid("Mila", "Huybrechts")], misdirected=True,
     note="mail to the victim's parents about a bullying incident sent to the father of one of the pupils involved")

mail("stage-jasper", "2025-01-29 13:35", st("ahmed"), [("Lieve Wouters", par("Jarne", "Wouters"))],
     "Stageplaats Jasper bevestigd", T("""
     Beste mevrouw Wouters,

     Goed nieuws: het boekhoudkantoor Vercammen in Heverlee bevestigt de stageplaats voor Jasper van 17 tot 28
     maart. Hij wordt er op maandag om 8.30 u. verwacht. De stageovereenkomst krijgt hij morgen mee; graag
     ondertekend terug tegen 14 februari.

     Met vriendelijke groeten,
     Ahmed Lahlou
     stagecoördinator 6de jaar
     """), about=[pid("Jasper", "Wauters")], misdirected=True,
     note="internship confirmation about Jasper Wauters (6A) sent to the mother of Jarne Wouters (3B)")


# ============================================================================= OWN PARENT, not sensitive

mail("oudercontact-marie", "2024-12-10 08:45", st("griet"), [("Els Verhoeven", par("Marie", "Verhoeven"))], "Re: oudercontact",
     "Beste mevrouw Verhoeven,\n\nGeen probleem, ik heb u verplaatst naar 18.20 u. Tot donderdag!\n\nGriet Vandeputte\nklastitularis 1A\n\n"
     + quote("Op ma 9 dec. 2024 om 21:30 schreef Els Verhoeven <els.verhoeven@telenet.be>:",
             "Dag mevrouw Vandeputte,\nIk kan om 17u nog niet op school zijn voor het oudercontact van Marie. Kan het iets later?\nMvg Els\n"),
     about=[pid("Marie", "Verhoeven")], extra_fmt=["reply"], reply_to_id="<CAB8e=verhoeven1209@mail.telenet.be>",
     note="class teacher moves a parent-meeting slot for the pupil's own mother")

mail("turnzak-seppe", "2024-10-11 15:40", st("jeroen"), [("Tom Jansen", par("Seppe", "Jansen"))], "turnzak Seppe",
     "Dag meneer Jansen,\n\nSeppe heeft zijn turnzak in de kleedkamer laten liggen (blauwe Adidas-zak met zijn naam). Hij ligt nu in de sportberging, hij mag hem maandag komen halen.\n\nSportieve groeten,\nJeroen Leemans\n",
     about=[pid("Seppe", "Jansen")], note="PE teacher tells a father his son forgot his gym bag")

mail("wiskunde-olympiade-anouk", "2025-01-24 12:30", st("bram"), [("Bart Segers", par("Anouk", "Segers"))], "Proficiat: Vlaamse Wiskunde Olympiade",
     T("""
     Beste meneer Segers,

     Met plezier laat ik u weten dat Anouk de tweede ronde van de Vlaamse Wiskunde Olympiade gehaald heeft, met
     de beste score van de school! De tweede ronde vindt plaats op woensdagnamiddag 5 maart in Leuven (KU Leuven,
     campus Arenberg). Wij zorgen voor de inschrijving.

     Proficiat aan Anouk!
     Bram Wijns
     vakgroep wiskunde
     """), fmt="alt", about=[pid("Anouk", "Segers")], note="teacher congratulates a father: his daughter reached the next round of the math olympiad")

mail("betaling-ontvangen-yusuf", "2025-02-05 11:10", st("nadia"), [("Ayşe Öztürk", par("Yusuf", "Öztürk"))], "Betaling daguitstap ontvangen",
     "Beste mevrouw Öztürk,\n\nWij hebben de betaling van 32 euro voor de daguitstap van Yusuf naar Technopolis goed ontvangen. Het bedrag verschijnt als betaald op de volgende schoolrekening.\n\nVriendelijke groeten,\nNadia Ben Said\nboekhouding\n",
     fmt="cp1252", about=[pid("Yusuf", "Öztürk")], note="accounting confirms a trip payment was received, nothing problematic")

mail("handboek-lore", "2024-09-06 14:05", st("sec"), [("Katrien Claessens", par("Lore", "Claessens"))], "Re: ontbrekend handboek",
     "Beste mevrouw Claessens,\n\nHet handboek Frans (Quartier Libre 3) van Lore was inderdaad niet geleverd. Het is intussen binnen; Lore kan het vanaf maandag afhalen op het secretariaat.\n\nMet vriendelijke groeten,\nhet secretariaat\n\n"
     + quote("Op 5/09/2024 om 19:44 schreef Katrien Claessens:", "Goedenavond, in het pakket van Lore (3C) zat geen handboek Frans. Is dat normaal?\n"),
     about=[pid("Lore", "Claessens")], extra_fmt=["reply"], reply_to_id="<20240905194400.hb@telenet.be>",
     note="secretariat answers a mother about a missing textbook")

mail("laptop-victor-hersteld", "2025-03-12 10:50", st("ict_s"), [("Hilde Maes", par("Victor", "Maes"))], "Laptop Victor terug hersteld",
     "Beste mevrouw Maes,\n\nDe laptop van Victor (4B) is terug van de herstelling (nieuw scherm, onder garantie). Hij kan hem morgen ophalen in lokaal A.003 tijdens de middagpauze.\n\nGroeten,\nPieter-Jan Verhaegen\nICT\n",
     about=[pid("Victor", "Maes")], note="ICT tells the pupil's own mother his laptop repair is ready")

mail("erasmus-gesprek-julie", "2024-11-27 13:00", st("marieke"), [("Wim Timmermans", par("Julie", "Timmermans"))], "Erasmus+ Finland - selectiegesprek",
     T("""
     Beste meneer Timmermans,

     Julie stelde zich kandidaat voor de Erasmus+-uitwisseling met Oulu (Finland). Ze wordt uitgenodigd voor een
     kort selectiegesprek op dinsdag 3 december om 12.15 u. in lokaal B.201. Ouders hoeven niet aanwezig te zijn.

     Met vriendelijke groeten,
     Marieke Bosmans
     coördinator Erasmus+
     """), about=[pid("Julie", "Timmermans")], note="Erasmus coordinator invites a pupil to a selection interview, mail to her father")

mail("fototoestemming-lena", "2024-09-20 09:30", st("griet"), [("Agnieszka Kowalska", par("Lena", "Kowalska"))], "formulier beeldmateriaal",
     "Beste mevrouw Kowalska,\n\nHet formulier over het gebruik van foto's en beeldmateriaal van uw dochter ontbreekt nog. Kan u het invullen in Smartschool (formulieren) of op papier meegeven met Lena? Alvast bedankt.\n\nGriet Vandeputte\n",
     about=[pid("Lena", "Kowalska")], note="class teacher reminds a mother to fill in the photo consent form")

mail("prijsuitreiking-ibrahim", "2025-06-10 15:30", st("directie"), [("Aminata Diallo", par("Ibrahim", "Diallo"))], "Uitnodiging proclamatie en prijsuitreiking",
     T("""
     Beste mevrouw Diallo,

     Het is ons een genoegen u uit te nodigen op de proclamatie van het zesde jaar op vrijdag 27 juni om 19 u. in
     de aula. Ibrahim zal er de prijs ontvangen voor het beste eindwerk STEM ("Een zonnewagen op schaal").

     Wij hopen u daar te mogen begroeten.

     Met vriendelijke groeten,
     Geert Vanhove
     directeur
     """), fmt="html", about=[pid("Ibrahim", "Diallo")], note="director invites a mother to the graduation where her son receives a prize")

mail("stageplaats-jasper", "2025-01-29 13:30", st("ahmed"), [("Ann Wauters", par("Jasper", "Wauters"))], "Stageplaats Jasper bevestigd",
     T("""
     Beste mevrouw Wauters,

     Goed nieuws: het boekhoudkantoor Vercammen in Heverlee bevestigt de stageplaats voor Jasper van 17 tot 28
     maart. Hij wordt er op maandag om 8.30 u. verwacht. De stageovereenkomst krijgt hij morgen mee; graag
     ondertekend terug tegen 14 februari.

     Met vriendelijke groeten,
     Ahmed Lahlou
     stagecoördinator 6de jaar
     """), about=[pid("Jasper", "Wauters")], note="internship confirmation sent to the pupil's own mother")

mail("echange-hugo-fr", "2025-02-25 12:20", st("ellen"), [("Sophie Lefèvre", par("Hugo", "Lefèvre"))], "Échange linguistique Namur",
     T("""
     Chère Madame Lefèvre,

     Merci pour votre inscription. Hugo partira donc avec la classe de 2A pour l'échange avec le Collège
     Saint-Louis de Namur du 14 au 16 mai. Il logera dans la famille de Baptiste Renard. Le départ est prévu à
     8h15 devant l'école.

     Cordialement,
     Ellen Smolders
     """), lang="fr", fmt="qp", about=[pid("Hugo", "Lefèvre")], note="French mail confirming a language exchange to the pupil's own mother")


# ============================================================================= GENERAL (must pass; [] unless phone/IBAN)
SCHOOL_IBAN = "BE35 7350 4126 8737"
OUD = f"ouders@{D}"
UNDISC = "undisclosed-recipients:;"

mail("uitstap-ardennen-2de-jaar", "2025-04-01 12:00", st("directie"), [], "Meerdaagse uitstap 2de jaar naar de Ardennen",
     T("""
     Geachte ouders,

     Van woensdag 14 tot vrijdag 16 mei trekken alle leerlingen van het tweede jaar op avontuur naar Durbuy. Op
     het programma: kajakken, een dropping, klimmen en een avond rond het kampvuur.

     Praktisch
     - Vertrek: woensdag 14 mei om 8.15 u. aan de schoolpoort (Tiensestraat). Terug: vrijdag rond 17 u.
     - Kostprijs: 165 euro, wordt aangerekend op de schoolrekening van mei.
     - Meebrengen: slaapzak, regenjas, stevige schoenen, identiteitskaart/Kids-ID, Europese ziekteverzekeringskaart
       is niet nodig.
     - Neemt uw kind medicatie? Geef ze mee in de originele verpakking met naam en vermeld het op de medische fiche
       die uw kind volgende week meekrijgt. De begeleiders dienen enkel medicatie toe met een attest van de arts.
     - Gsm's worden 's avonds verzameld.

     Zijn er redenen waarom uw kind niet kan deelnemen (bv. financieel of medisch), neem dan gerust vertrouwelijk
     contact op met de klastitularis. We zoeken samen naar een oplossing.

     Met vriendelijke groeten,
     de directie en de begeleiders van het tweede jaar
     """), to_header=UNDISC, bcc=[f"ouders-2a@{D}", f"ouders-2b@{D}", f"ouders-2c@{D}", f"ouders-2d@{D}"], fmt="qp",
     note="trip letter to all second-year parents in Bcc, general words about medication and money")

mail("medicatiebeleid-ouders", "2024-09-05 16:30", st("directie"), [st("directie")], "Medicatie op school: afspraken",
     T("""
     Beste ouders,

     Regelmatig vragen ouders of wij medicatie willen toedienen aan hun kind. Omdat dit niet zonder risico is,
     gelden op onze school de volgende afspraken:

     1. Wij geven geen medicatie zonder schriftelijke toestemming. Het attest 'toedienen van medicatie' moet
        ingevuld en ondertekend zijn door de behandelende arts (naam van het geneesmiddel, dosis, tijdstip,
        duur van de behandeling en bewaring).
     2. Breng de medicatie in de originele verpakking, met de naam van uw kind erop, naar het secretariaat.
     3. Neemt uw kind dagelijks medicatie (bv. voor ADHD, epilepsie, diabetes of astma)? Vermeld dit op de
        medische fiche en bezorg het attest bij het begin van het schooljaar.
     4. Bij ziekte tijdens de les geven wij geen pijnstillers. Wij bellen u om uw kind op te halen.
     5. Bij een noodgeval (bv. ernstige allergische reactie) bellen wij de hulpdiensten en daarna u.

     Het attest vindt u op Smartschool onder Documenten > Formulieren.

     Met vriendelijke groeten,
     de directie
     """), bcc=[OUD], note="general medication procedure letter to all parents in Bcc, mentions ADHD/epilepsy/diabetes only as examples")

mail("clb-werking-brief", "2024-09-11 10:00", st("clbc"), [], "Het CLB op onze school",
     T("""
     Beste ouders, beste leerlingen,

     Onze school werkt samen met het CLB Leuven. Het CLB is er voor alle leerlingen en ouders, gratis en
     vertrouwelijk. Je kan er terecht met vragen over:

     - leren en studeren (bv. als het niet lukt met plannen, vermoeden van dyslexie of dyscalculie)
     - de studiekeuze
     - hoe je je voelt (stress, faalangst, pesten, somberheid, als het thuis moeilijk gaat)
     - gezondheid (medische onderzoeken, vaccinaties, vragen over seksualiteit, eetproblemen)

     Het CLB werkt enkel met jouw/uw toestemming, behalve bij de verplichte opdrachten (medische consulten,
     problematische afwezigheden). Wat je vertelt, blijft tussen jou en de CLB-medewerker.

     Contact: CLB Leuven, Brusselsestraat 61, 3000 Leuven - tel. 016 28 24 00 - onthaal@clb-leuven.be
     Op school: mevrouw Evelien Moens, elke dinsdag in lokaal A.012.

     Evelien Moens
     CLB-aanspreekpunt
     """), to_header=UNDISC, bcc=[OUD, f"leerlingen@{D}"], rules=["personal_data"],
     note="general CLB information to all parents and pupils (words like bullying, eating problems as examples); CLB phone number")

mail("zorgbeleid-ouders", "2024-09-16 17:00", st("zorg"), [st("zorg")], "Zo organiseren wij de zorg op school",
     T("""
     Geachte ouders,

     Bij het begin van het schooljaar willen we u kort uitleggen hoe de leerlingenbegeleiding op onze school werkt.
     We werken volgens het zorgcontinuüm:

     Fase 0 - brede basiszorg: goede lessen voor iedereen, studiebegeleiding, een klastitularis als eerste
     aanspreekpunt.
     Fase 1 - verhoogde zorg: extra maatregelen voor een leerling die dat nodig heeft, bv. extra tijd, een
     rekenmachine of voorleessoftware (STICORDI-maatregelen), vastgelegd op de klassenraad.
     Fase 2 - uitbreiding van zorg: het CLB wordt betrokken, eventueel met ondersteuning van buitenaf.
     Fase 3 - overstap naar een individueel aangepast curriculum (IAC) of naar een school voor buitengewoon
     onderwijs, op basis van een verslag van het CLB.

     Heeft uw kind een diagnose of attest (bv. dyslexie, ADHD, autisme)? Bezorg het aan de zorgcoördinator, dan
     bekijken we samen welke maatregelen zinvol zijn. Alle info wordt bewaard in ons beveiligd
     leerlingvolgsysteem en enkel gedeeld met wie uw kind begeleidt.

     Katrien Stevens
     zorgcoördinator
     """), bcc=[OUD], fmt="alt", note="general care policy letter to all parents in Bcc, continuum phases and example diagnoses")

mail("pestbeleid-brief", "2024-10-14 13:00", st("llb"), [], "Ons anti-pestbeleid",
     T("""
     Beste ouders,

     Pesten komt helaas op elke school voor, ook online. Wij nemen het ernstig. Wat doen we?

     * Wat is pesten? Een leerling wordt herhaaldelijk en bewust geviseerd door een of meer anderen, bv. door
       uitlachen, uitsluiten, spullen afpakken, slaan of door foto's en berichten in groepschats.
     * Wat als uw kind gepest wordt? Neem contact op met de klastitularis of de leerlingenbegeleiding. We
       luisteren eerst naar uw kind en spreken af wat er gebeurt.
     * Wat als uw kind zelf pest? We werken herstelgericht (No Blame-methode), maar bij ernstige of herhaalde
       feiten volgt een sanctie volgens het schoolreglement.
     * Ook getuigen kunnen melden, anoniem via de meldbrievenbus aan het secretariaat.

     Het volledige pestactieplan staat op de website.

     Sofie Heylen en Youssef Amrani
     leerlingenbegeleiding
     """), to_header=UNDISC, bcc=[OUD], note="general anti-bullying policy letter with hypothetical examples, to all parents in Bcc")

mail("schoolrekening-procedure", "2024-09-20 09:00", st("boekh"), [st("info")], "De schoolrekening: hoe werkt het?",
     T("""
     Beste ouders,

     U ontvangt de schoolrekening drie keer per jaar (november, februari, mei) via Smartschool. Enkele afspraken:

     - Betalen kan via overschrijving op rekening BE35 7350 4126 8737 met de gestructureerde mededeling van de
       rekening, of via domiciliëring (formulier op het secretariaat).
     - Betaal binnen de 30 dagen. Na 30 dagen volgt een herinnering, na 60 dagen een tweede herinnering.
     - Gescheiden ouders kunnen vragen om de rekening op te splitsen.
     - Heeft u het financieel moeilijk? Neem dan discreet contact op met de directie of de boekhouding. We maken
       graag een afbetalingsplan op, en soms kan het solidariteitsfonds of het OCMW helpen. Vergeet ook niet de
       schooltoeslag aan te vragen bij uw uitbetaler van het Groeipakket.

     Met vriendelijke groeten,
     Luc Verlinden
     boekhouding - 016 29 41 52
     """), bcc=[OUD], rules=["personal_data"], fmt="qp",
     note="general school bill procedure for all parents (payment plan, OCMW as options); IBAN and phone number")

mail("privacyverklaring", "2024-09-02 08:00", st("privacy"), [st("info")], "Privacyverklaring Sint-Pieterscollege",
     T("""
     Beste ouders,

     Bij het begin van het schooljaar bezorgen wij u onze privacyverklaring.

     Welke gegevens verwerken wij?
     - identificatiegegevens van leerlingen en ouders (naam, adres, rijksregisternummer, geboortedatum)
     - schoolloopbaan, resultaten en attesten
     - gegevens over de begeleiding van uw kind (bv. zorgmaatregelen, verslagen van het CLB)
     - medische gegevens die u zelf meedeelt (bv. allergieën, medicatie)
     - gegevens over de gezinssituatie als dat nodig is voor de begeleiding (bv. wie het ouderlijk gezag heeft)
     - financiële gegevens voor de schoolrekening

     Deze gegevens worden enkel gebruikt voor onderwijs en begeleiding, bewaard in beveiligde systemen
     (Smartschool, Informat, leerlingvolgsysteem) en niet langer bewaard dan nodig. U heeft recht op inzage en
     verbetering. Vragen of een datalek melden: privacy@lksd.ksleuven.be.

     Met vriendelijke groeten,
     de directie
     """), to_header="Ouders Sint-Pieterscollege <info@sintpieterscollege.be>", bcc=[OUD], fmt="html",
     note="privacy statement listing categories of data (medical, family situation, financial) in general, to all parents in Bcc")

mail("rapport-kerstexamens", "2024-12-18 15:00", st("adj"), [], "Rapport en oudercontact na de kerstexamens",
     T("""
     Beste ouders,

     Op vrijdag 20 december krijgt uw kind het rapport van het eerste trimester mee. Het rapport verschijnt ook
     vanaf 16 u. in Skore. Bij het rapport zit een uitnodiging voor het oudercontact op donderdag 9 januari (van
     16 tot 20 u.). U kan een tijdstip kiezen via Smartschool tot 6 januari.

     Op het rapport staat ook de evaluatie van de klassenraad met tips om verder te werken. Bij een tekort krijgt
     uw kind een remediëringstaak mee.

     Prettige feestdagen!
     Ingrid Lauwers
     adjunct-directeur
     """), to_header=UNDISC, bcc=[OUD], note="report card and parents' evening announcement to all parents in Bcc")

mail("sportdag-info", "2025-05-15 11:45", st("tine"), [], "Sportdag donderdag 5 juni",
     T("""
     Beste leerlingen,

     Donderdag 5 juni is het sportdag! De eerste graad gaat naar Sportoase Philipssite, de tweede en derde graad
     naar de Kessel-Lo-vijver voor een sportdorp met 20 proeven.

     - Kom in sportkledij, met goede schoenen, pet en zonnecrème.
     - Breng drinkbus en lunchpakket mee.
     - Heb je astma, diabetes of een allergie? Neem je puffer, pen of medicatie zelf mee en laat het weten aan
       je leerkracht LO.
     - Wie niet kan sporten (doktersattest), helpt mee bij de organisatie.

     Sportieve groeten,
     de vakgroep LO
     """), to_header=UNDISC, bcc=[f"leerlingen@{D}"], fmt="gmail", note="sports day info to all pupils in Bcc, general advice for asthma/diabetes")

mail("luizen-1b", "2024-10-09 14:50", st("sec"), [st("sec")], "Hoofdluizen in de klas",
     T("""
     Beste ouders van 1B,

     In de klas van uw kind werden hoofdluizen vastgesteld. Dat heeft niets met hygiëne te maken en kan iedereen
     overkomen. Wij vragen u om het haar van uw kind de komende dagen goed te controleren (met een luizenkam, na
     een crèmespoeling) en bij luizen het hele gezin te behandelen. Meer info op de website van het CLB.

     Dank voor uw medewerking,
     het secretariaat
     """), bcc=[f"ouders-1b@{D}"], note="lice letter to all parents of one class in Bcc, nobody named")

mail("griepgolf", "2025-02-10 08:20", st("directie"), [st("directie")], "Griepgolf: enkele afspraken",
     T("""
     Beste ouders,

     Momenteel zijn heel wat leerlingen en leerkrachten ziek. Om de verspreiding te beperken:

     - Houd uw kind thuis bij koorts. Het mag terugkomen als het 24 uur koortsvrij is.
     - Verwittig het secretariaat voor 8.30 u. (tel. 016 29 41 50 of via Smartschool).
     - Tot en met 3 dagen afwezigheid volstaat een briefje van de ouders (max. 4 keer per schooljaar), langer is
       een doktersattest nodig.
     - Gemiste toetsen worden in overleg ingehaald.

     Door de vele afwezige leerkrachten kunnen er lessen wegvallen; de studie wordt dan opgevangen.

     Beterschap aan wie ziek is,
     de directie
     """), bcc=[OUD], rules=["personal_data"], fmt="cp1252", note="flu wave letter to all parents in Bcc; school phone number in the text")

mail("examenrooster-juni-3de-graad", "2025-05-23 12:00", st("adj"), [], "Examenrooster juni - 3de graad",
     T("""
     Beste leerlingen van de 3de graad,

     Hieronder het examenrooster. Examens starten om 8.30 u., kom ten laatste om 8.15 u.

     ma 9/6   Wiskunde (5de en 6de jaar)
     di 10/6  Nederlands
     wo 11/6  Geschiedenis / Aardrijkskunde
     do 12/6  Frans
     vr 13/6  studiedag
     ma 16/6  Engels
     di 17/6  Wetenschappen / Economie
     wo 18/6  Godsdienst
     do 19/6  Richtingsvakken
     vr 20/6  inhaalexamens

     Leerlingen met extra tijd of een aparte examenruimte krijgen hun lokaal via Smartschool.

     Succes!
     Ingrid Lauwers
     """), to_header=UNDISC, bcc=[f"leerlingen-5@{D}", f"leerlingen-6@{D}"], note="exam schedule to all third-stage pupils in Bcc")

_nb = T("""
<html><body style="font-family:Arial">
<h2>Nieuwsbrief Sint-Pieterscollege - maart 2025</h2>
<h3>Terugblik</h3>
<p>De skireis van het 5de jaar was een succes: 84 leerlingen, veel sneeuw en geen grote blessures. Dank aan de begeleiders!</p>
<p>Onze leerlingenraad zamelde met de wafelverkoop 1.240 euro in voor Kom op tegen Kanker.</p>
<h3>Agenda</h3>
<ul><li>20/3: infoavond studiekeuze 2de jaar</li><li>27/3: oudercontact</li><li>31/3 - 11/4: paasvakantie</li></ul>
<h3>Welzijn</h3>
<p>In de Week van het Welbevinden praten we in elke klas over stress en slaap. Heeft uw kind het moeilijk? De klastitularis, de leerlingenbegeleiding en het CLB staan klaar.</p>
<h3>Nieuw in het team</h3>
<p>Welkom aan mevrouw Femke Vandersteen (Nederlands) en meneer Jonas Verbist (Engels, interim).</p>
</body></html>
""")
mail("nieuwsbrief-maart", "2025-03-14 17:00", st("info"), [st("info")], "Nieuwsbrief maart", "", fmt="html", html_body=_nb,
     bcc=[OUD, f"personeel@{D}"], note="HTML newsletter to all parents and staff in Bcc")

mail("antwoord-extra-tijd-algemeen", "2025-02-26 10:20", st("zorg"), [("Veerle D'hondt", "veerle.dhondt@gmail.com")],
     "Re: vraag over maatregelen bij examens",
     T("""
     Beste mevrouw D'hondt,

     Bedankt voor uw vraag. Algemeen werkt het zo: als een leerling een attest of verslag heeft (bv. dyslexie of
     dyscalculie), bespreken we bij de inschrijving of de eerste klassenraad welke maatregelen nodig zijn. Dat
     kan gaan over extra tijd, een aparte ruimte, voorleessoftware of vragen in een groter lettertype. Die
     afspraken gelden dan voor alle toetsen en examens.

     Als uw kind volgend jaar bij ons start, kan u tijdens de inschrijving een gesprek met mij vragen.

     Met vriendelijke groeten,
     Katrien Stevens
     zorgcoördinator

     """) + quote("Op di 25 feb 2025 om 20:12 schreef Veerle D'hondt <veerle.dhondt@gmail.com>:",
                  "Geachte,\nWij overwegen om onze zoon volgend jaar in te schrijven. Ik vroeg me in het algemeen af hoe uw school omgaat met extra tijd bij examens. Hij heeft nog niets vastgesteld, ik wil gewoon weten hoe het werkt.\nMvg\n"),
     extra_fmt=["reply"], reply_to_id="<CAE7dhondt0225@mail.gmail.com>", note="answer to a prospective parent's general question about exam measures; no facts about a child")

mail("antwoord-domiciliering", "2024-11-18 14:15", st("boekh"), [("Hilde Cools", par("Jana", "Cools"))], "Re: betalen via domiciliëring?",
     "Beste mevrouw Cools,\n\nJa, dat kan. U vult het domiciliëringsformulier in (te vinden op Smartschool > Documenten > Boekhouding) en bezorgt het aan het secretariaat. Vanaf de volgende rekening wordt het bedrag dan automatisch afgehouden, ongeveer 10 dagen na de factuurdatum.\n\nMet vriendelijke groeten,\nLuc Verlinden\n\n"
     + quote("Op 17/11/2024 om 18:02 schreef Hilde Cools:", "Kan ik de schoolrekening ook via domiciliëring betalen? Dat lijkt me makkelijker.\nHilde Cools\n"),
     extra_fmt=["reply"], reply_to_id="<20241117180200.dom@gmail.com>", note="accounting answers a parent's general question on direct debit; nothing about a pupil")

mail("uurrooster-wijziging", "2024-09-13 16:45", st("adj"), [st("bram"), st("ellen"), st("koen"), st("marieke")], "uurrooster vanaf maandag",
     T("""
     Dag collega's,

     Vanaf maandag 16/9 een paar wijzigingen in het uurrooster:

     - 4C wiskunde (Bram) verschuift van di 7de uur naar do 2de uur, lokaal C.201
     - Frans 5A (Ellen) gaat van B.110 naar B.112 (beamer kapot)
     - Geschiedenis 3D (Koen) wisselt met Engels 3D (Marieke) op vrijdag

     Het aangepaste rooster staat in Untis en Smartschool.
     Ingrid
     """), note="timetable changes among colleagues")

mail("personeelsvergadering-agenda", "2024-10-18 12:30", st("dir"), [st("dir")], "Agenda personeelsvergadering 24/10",
     T("""
     Beste collega's,

     Donderdag 24 oktober om 16 u. in de aula: personeelsvergadering.

     1. Terugblik eerste weken
     2. Nieuwe afspraken rond gsm-gebruik door leerlingen
     3. Werking leerlingenbegeleiding: hoe melden we een zorg? (Katrien)
     4. Privacy: gevoelige info enkel via het LVS, niet via mail (Pieter-Jan)
     5. Varia

     Koffie en taart voorzien.
     Geert
     """), bcc=[f"personeel@{D}"], note="staff meeting agenda to all staff in Bcc")

mail("computerlokaal-reservatie", "2024-11-06 10:10", st("stefaan"), [st("ict_s")], "computerlokaal A.105 vrijdag?",
     "PJ, is A.105 vrij op vrijdag het 3de en 4de uur? Ik wil met 4A een GIS-opdracht doen. Anders A.106? Stefaan\n",
     note="colleague asks to book a computer room")

mail("examentoezichten-kerst", "2024-11-29 15:30", st("adj"), [], "Toezichtrooster kerstexamens", 
     "Beste collega's,\n\nIn bijlage het toezichtrooster voor de kerstexamens. Wie wil ruilen, regelt dat onderling en laat het mij weten.\n\nIngrid\n",
     to_header=UNDISC, bcc=[f"personeel@{D}"], attach=[("toezichten_kerst.csv", "text/csv",
     "datum;uur;lokaal;toezichter\r\n16/12;8.30-10.30;aula;B. Wijns\r\n16/12;8.30-10.30;B.110;E. Smolders\r\n17/12;8.30-10.30;aula;K. Deprez\r\n17/12;10.45-12.15;C.201;M. Bosmans\r\n18/12;8.30-10.30;aula;T. Hulsmans\r\n")],
     note="exam supervision schedule to all staff in Bcc, CSV of teachers only")

mail("vakgroep-wiskunde", "2025-01-31 19:30", st("bram"), [st("bram")], "vakgroep wiskunde: 6 februari",
     T("""
     Dag collega's wiskunde,

     Vakgroepvergadering donderdag 6/2 om 15.45 u. in C.201.
     - evaluatie kerstexamens (gemiddeldes per klas, geen namen)
     - keuze nieuw handboek 3de graad
     - afspraken rekenmachine bij examens (TI-84 vs. Numworks)
     - wiskundeolympiade

     Bram
     """), bcc=[f"vakgroep-wiskunde@{D}"], note="subject group meeting invitation to the maths group in Bcc")

mail("nieuwjaarsreceptie", "2024-12-20 13:00", st("wendy"), [st("wendy")], "nieuwjaarsdrink personeel",
     "Dag iedereen!\n\nOp maandag 6 januari na de lessen (16 u.) klinken we op het nieuwe jaar in de leraarskamer. Wie wil helpen met de hapjes: laat het me weten.\n\nFijne vakantie!\nWendy (feestcomité)\n",
     bcc=[f"personeel@{D}"], fmt="gmail", note="new year drinks invitation to all staff in Bcc")

mail("offerte-bus-ardennen", "2025-01-20 09:40", st("koen"), [("De Lijn Reizen / Autocars Lemmens", "offertes@autocars-lemmens.be")],
     "Offerte vervoer 14-16 mei", T("""
     Geachte,

     Graag ontvingen wij een offerte voor busvervoer voor onze meerdaagse uitstap:

     - woensdag 14 mei: vertrek 8.15 u. Leuven (Tiensestraat) naar Durbuy, 4 bussen van 50 plaatsen
     - vrijdag 16 mei: terugreis vertrek Durbuy 15.30 u.
     - ongeveer 190 leerlingen en 14 begeleiders

     Met vriendelijke groeten,
     Koen Deprez
     Sint-Pieterscollege Leuven - T 016 29 41 50
     """), rules=["personal_data"], note="teacher asks a coach company for a quote; school phone number in signature")

mail("uitgeverij-proefexemplaar", "2025-03-05 11:05", st("hatice"), [("Pelckmans educatief", "educatief@pelckmans.be")],
     "Proefexemplaar Biologie 5", "Goeiedag,\n\nGraag ontvang ik een gratis proefexemplaar van 'Bio-logisch 5' (leerwerkboek en handleiding) voor onze vakgroep.\nLeveringsadres: Sint-Pieterscollege, t.a.v. H. Kaplan, Naamsestraat 112, 3000 Leuven.\n\nDank u,\nHatice Kaplan\n",
     note="teacher asks a publisher for a sample textbook")

mail("sporthal-stad-leuven", "2024-09-26 14:00", st("jeroen"), [("Sportdienst Leuven", "sportinfrastructuur@leuven.be")],
     "Reservatie sporthal Kessel-Lo - scholentoernooi", T("""
     Beste,

     Graag reserveren wij de sporthal De Kouter (zaal A en B) op woensdagnamiddag 20 november van 13 tot 17 u.
     voor het interscholentoernooi volleybal (ongeveer 120 leerlingen).

     Kunnen jullie ook de tribune openzetten?

     Met sportieve groeten,
     Jeroen Leemans
     """), note="PE teacher books a municipal sports hall")

mail("clb-medisch-onderzoek-planning", "2024-10-01 11:30", st("clbarts"), [st("clbc")], "planning medische consulten 1ste jaar",
     T("""
     Dag Evelien,

     Hierbij de planning voor de systematische contactmomenten van het 1ste jaar (gehoor, zicht, groei,
     vaccinatiestatus, gesprek over welbevinden):

     di 12/11: 1A en 1B - vertrek 8.45 u. met de bus naar het CLB
     di 19/11: 1C
     di 26/11: 1D

     De leerlingen brengen hun vaccinatiekaart of Kids-ID mee. Kan jij de klastitularissen verwittigen en de
     uitnodiging aan de ouders via Smartschool sturen?

     Groeten,
     Pieter Raes
     CLB-arts
     """), note="CLB doctor sends the class schedule of routine medical checks for first years; no individual data")

mail("hpv-vaccinatie-brief", "2024-10-15 09:30", st("clbc"), [], "Vaccinatie tegen HPV - 1ste jaar",
     T("""
     Beste ouders,

     In het eerste jaar biedt het CLB gratis de vaccinatie tegen het humaan papillomavirus (HPV) aan, voor meisjes
     en jongens. Het vaccin beschermt tegen verschillende vormen van kanker. Er zijn twee prikken nodig, met zes
     maanden ertussen.

     Wilt u dat uw kind gevaccineerd wordt? Vul dan het toestemmingsformulier in dat uw kind meekrijgt en geef het
     terug voor 30 oktober. Heeft uw kind een ziekte of neemt het medicatie die belangrijk is voor de vaccinatie,
     vermeld dat dan op het formulier. Het CLB-team bespreekt dit vertrouwelijk met u.

     Met vriendelijke groeten,
     Evelien Moens, in naam van het CLB-team
     """), to_header=UNDISC, bcc=[f"ouders-1@{D}"], fmt="alt", note="HPV vaccination letter to all first-year parents in Bcc")

mail("welcome-international-en", "2024-08-30 15:00", st("directie"), [], "Welcome to Sint-Pieterscollege",
     T("""
     Dear parents,

     A warm welcome to all families who are new to our school, and especially to those who are new to Belgium.
     Some practical information for the first days:

     - School starts on Monday 2 September at 8.25 am. First-year pupils are welcomed in the assembly hall.
     - All communication goes through Smartschool. You receive your login letter from your child's class teacher.
     - If your child needs extra support with Dutch, our language teacher Ms Peetermans will contact you.
     - The CLB (pupil guidance centre) is free and confidential, for questions about learning, health or wellbeing.
     - Please tell us if your child has a medical condition or allergy: fill in the medical form in the first week.

     We look forward to meeting you at the welcome evening on 12 September.

     Kind regards,
     The school board
     """), to_header=UNDISC, bcc=[f"ouders-nieuw@{D}"], lang="en", fmt="qp", note="English welcome letter to all new families in Bcc, general")

mail("leerlingenraad-oproep", "2024-09-18 12:40", st("wendy"), [], "Word lid van de leerlingenraad!",
     "Hey allemaal!\n\nWil je mee beslissen over de speelplaats, de refter of het schoolfeest? Stel je kandidaat voor de leerlingenraad! Geef je naam voor vrijdag op bij je klastitularis. Eerste vergadering: donderdag 3 oktober over de middag in B.001.\n\nMevrouw Aerts\n",
     to_header=UNDISC, bcc=[f"leerlingen@{D}"], note="call to all pupils to join the pupils' council, in Bcc")

mail("eetfestijn", "2025-02-28 16:00", st("wendy"), [st("info")], "Eetfestijn 15 maart: inschrijven",
     T("""
     Beste ouders,

     Op zaterdag 15 maart organiseert de ouderraad opnieuw het eetfestijn in de refter (17 - 21 u.).
     Keuze uit stoofvlees met frietjes, vol-au-vent of een vegetarische lasagne. Allergieën? Laat het weten bij
     de inschrijving, we houden er rekening mee.

     Inschrijven via het formulier op Smartschool of het strookje van uw kind.

     Tot dan!
     de ouderraad en het feestcomité
     """), bcc=[OUD], note="fundraising dinner invitation to all parents in Bcc")

mail("welzijnsweek-leerlingen", "2025-03-10 08:00", st("llb"), [], "Week van het Welbevinden",
     T("""
     Hey iedereen,

     Deze week staat in het teken van welbevinden. Iedereen heeft wel eens een mindere periode: stress voor
     toetsen, ruzie thuis, pesterijen, je somber of eenzaam voelen. Praat erover! Dat kan:

     - met je klastitularis of een leerkracht die je vertrouwt
     - bij de leerlingenbegeleiding (Sofie en Youssef, lokaal A.010, elke middag)
     - bij het CLB, ook zonder dat je ouders het weten
     - anoniem: chat met Awel (awel.be) of, als je aan zelfdoding denkt, via zelfmoord1813.be

     Elke middag: sofa-gesprekken in de bib en een stilteruimte in B.012.

     Sofie en Youssef
     """), to_header=UNDISC, bcc=[f"leerlingen@{D}"], fmt="gmail", note="wellbeing week message to all pupils in Bcc, mentions self-harm and bullying in general")

mail("mdo-planning-3de-graad", "2024-10-07 13:25", st("zorg"), [st("ahmed"), st("lieve"), st("llb2")], "planning MDO's 2de trimester",
     T("""
     Dag allemaal,

     Voor de MDO's van het 2de trimester reserveer ik telkens de dinsdag van 15.45 tot 17 u. in het zorglokaal:
     14/1 (1ste graad), 21/1 (2de graad), 28/1 (3de graad). De leerlingen die besproken worden, zet ik zoals
     gewoonlijk in het LVS, niet in de mail.

     Katrien
     """), note="care coordinator plans meeting dates without naming pupils")

mail("klassenraden-planning", "2025-03-06 12:10", st("adj"), [], "Planning klassenraden paasperiode",
     T("""
     Beste collega's,

     De klassenraden vóór Pasen gaan door van 24 tot 27 maart, telkens vanaf 15.45 u.
     ma 24/3: 1ste graad (B.110)
     di 25/3: 2de graad (B.110)
     wo 26/3: 3de graad (aula)
     Cijfers in Skore ten laatste vrijdag 21/3, 12 u. Leerlingen met zorgen graag vooraf melden aan de klastitularis.

     Ingrid
     """), to_header=UNDISC, bcc=[f"personeel@{D}"], note="class council planning for all staff in Bcc")

mail("ondersteuningsnetwerk-info", "2024-09-23 15:00", st("zorg"), [st("zorg")], "Info: hoe werkt het ondersteuningsnetwerk?",
     T("""
     Beste collega's,

     Veel nieuwe collega's vroegen hoe ondersteuning van buitenaf werkt. In het kort:

     - Een leerling met een (gemotiveerd) verslag van het CLB kan ondersteuning krijgen van het
       ondersteuningsnetwerk Vlaams-Brabant Oost.
     - De ondersteuner werkt met de leerling, maar ook met jullie: tips voor de klas, aanpassingen van toetsen.
     - Welke leerlingen ondersteuning krijgen, zie je in het LVS onder 'Zorg' - niet in mails.
     - Vragen? Loop binnen in het zorglokaal op maandag of donderdag.

     Katrien
     """), bcc=[f"personeel@{D}"], note="general explanation of the support network for all staff in Bcc, no pupil named")

mail("privacy-herinnering-personeel", "2025-01-10 07:45", st("privacy"), [st("privacy")], "Herinnering: gevoelige info niet via mail",
     T("""
     Beste collega's,

     Bij de start van het nieuwe jaar herinneren we aan de afspraak uit het communicatiebeleid: informatie over de
     gezinssituatie, de gezondheid, het psychosociaal welzijn, de zorg of de financiële situatie van een leerling
     deel je niet via e-mail of WhatsApp, maar enkel via het leerlingvolgsysteem.

     Voorbeelden van wat dus NIET in een mail hoort: een diagnose, een opname in het ziekenhuis, een melding van
     pesten met namen, een open schoolrekening van een gezin. Wel mag: "ik heb een zorg over een leerling uit
     3B, kijk even in het LVS".

     Met vriendelijke groeten,
     aanspreekpunt informatieveiligheid
     """), bcc=[f"personeel@{D}"], fmt="qp", note="privacy reminder to all staff using the sensitive words only as examples")

mail("antwoord-gevonden-voorwerpen", "2024-10-22 11:15", st("sec"), [("Leen Thys", par("Berre", "Thys"))], "Re: verloren jas",
     "Beste mevrouw Thys,\n\nGevonden voorwerpen bewaren we een maand in de kast naast het secretariaat. Uw kind kan daar zelf kijken tijdens de middagpauze. Wat na een maand niet is opgehaald, geven we aan Kringwinkel.\n\nMet vriendelijke groeten,\nsecretariaat\n\n"
     + quote("Op 21/10/2024 om 20:40 schreef Leen Thys:", "Hoe lang houden jullie gevonden voorwerpen bij? We zoeken nog een jas.\n"),
     extra_fmt=["reply"], reply_to_id="<20241021204000.jas@telenet.be>", note="secretariat answers a parent's general lost-and-found question")

mail("smartschool-onderhoud", "2024-11-08 15:20", st("ict"), [st("ict")], "Smartschool zaterdag niet beschikbaar",
     "Beste collega's,\n\nSmartschool voert zaterdag 9/11 van 6 tot 12 u. onderhoud uit. Cijfers ingeven kan dan niet. Gelieve je punten voor de tussentijdse rapporten voor vrijdagavond in te voeren.\n\nPJ\n",
     bcc=[f"personeel@{D}"], note="maintenance notice to all staff in Bcc")

mail("afwezigheden-procedure", "2024-09-04 09:10", st("sec"), [st("sec")], "Afwezig? Zo verwittigt u de school",
     T("""
     Beste ouders,

     Is uw kind ziek of afwezig? Zo gaat u te werk:

     1. Verwittig het secretariaat voor 8.30 u. via Smartschool of telefonisch op 016 29 41 50.
     2. Afwezigheid tot 3 opeenvolgende kalenderdagen: een briefje van de ouders volstaat (max. 4 keer per
        schooljaar, de briefjes vindt u achteraan in de agenda).
     3. Langer dan 3 dagen of vanaf het 5de briefje: een doktersattest.
     4. Een afspraak bij de dokter, tandarts of orthodontist plant u zoveel mogelijk buiten de lesuren.
     5. Bij veel afwezigheden neemt de school contact op met u en wordt het CLB ingeschakeld; dat is wettelijk
        verplicht.

     Met vriendelijke groeten,
     het secretariaat
     """), bcc=[OUD], rules=["personal_data"], note="absence procedure for all parents in Bcc; school phone number")

mail("staking-13-februari", "2025-02-07 17:40", st("dir"), [st("directie")], "Staking donderdag 13 februari",
     T("""
     Beste ouders,

     Op donderdag 13 februari is er een nationale actiedag in het onderwijs. Een aantal leerkrachten zal staken.
     De school blijft open en er is opvang voor alle leerlingen, maar niet alle lessen gaan door. Leerlingen van
     de 3de graad mogen thuis studeren als u dat via Smartschool meldt. Er is geen busvervoer van lijn 2.

     Met vriendelijke groeten,
     Geert Vanhove
     directeur
     """), bcc=[OUD], note="strike day notice to all parents in Bcc")

mail("ouderavond-drugpreventie", "2024-11-13 12:00", st("llb2"), [], "Ouderavond: praten over alcohol, vapes en drugs",
     T("""
     Beste ouders van de 2de graad,

     Op dinsdag 26 november om 19.30 u. organiseren we een infoavond over alcohol, vapes en drugs bij jongeren,
     met een spreker van De DrugLijn en de wijkagent. Hoe herken je signalen? Hoe ga je het gesprek aan met je
     kind? Wat doet de school als een leerling betrapt wordt (zie schoolreglement, artikel 4.7)?

     Inschrijven via Smartschool. Gratis, koffie voorzien.

     Youssef Amrani
     leerlingenbegeleiding
     """), to_header=UNDISC, bcc=[f"ouders-3@{D}", f"ouders-4@{D}"], fmt="alt", note="parents' evening on alcohol and drugs for all second-stage parents in Bcc")

mail("erasmus-oproep", "2024-10-25 10:30", st("marieke"), [], "Erasmus+: Oulu en Porto",
     "Beste leerlingen van het 5de jaar,\n\nDit jaar kunnen 12 leerlingen een week naar onze partnerscholen in Oulu (Finland) of Porto (Portugal). Kandidaat stellen met een motivatiebrief (max. 1 blz., in het Engels) tot 15 november via Smartschool.\n\nMevrouw Bosmans\n",
     to_header=UNDISC, bcc=[f"leerlingen-5@{D}"], note="Erasmus call to all fifth-year pupils in Bcc")

mail("host-families-en", "2025-01-17 16:30", st("marieke"), [st("marieke")], "Host families for our Finnish guests",
     T("""
     Dear host families,

     Thank you for welcoming a pupil from Oulu from 10 to 15 March! Some practical arrangements:

     - Arrival: Monday 10 March, 14.30 at Leuven station. Please pick up your guest there.
     - Programme: school days until 15.30, excursion to Brussels on Wednesday, farewell party on Friday evening.
     - Your guest will bring a form with any allergies or dietary needs; please check it on the first evening.
     - In case of an emergency, contact the teachers through Smartschool or the school office.

     Best regards,
     Marieke Bosmans
     Erasmus+ coordinator
     """), bcc=[f"gastgezinnen-erasmus@{D}"], lang="en", note="English practical letter to all host families in Bcc")

mail("programme-echange-namur-fr", "2025-04-07 11:50", st("ellen"), [("Benoît Gillard", "b.gillard@saint-louis-namur.be")],
     "Programme de l'échange mai 2025", T("""
     Cher Benoît,

     Voici notre proposition de programme pour l'échange du 14 au 16 mai :

     mercredi : arrivée des élèves de Leuven à 10h, accueil, cours en duo, activité sportive
     jeudi : visite de la citadelle, atelier théâtre, soirée dans les familles
     vendredi : cours, bilan, départ à 15h

     Peux-tu me confirmer le nombre d'élèves de ton côté (nous serons 24 avec 2 accompagnateurs) ?

     Amitiés,
     Ellen
     """), lang="fr", note="French mail to the partner school about the exchange programme")

mail("toezicht-ruilen", "2025-01-15 12:45", st("tim"), [st("stefaan")], "middagtoezicht ruilen?",
     "Stefaan, kunnen we donderdag ruilen van middagtoezicht? Ik moet naar de tandarts. Jij mijn donderdag (speelplaats), ik jouw maandag (refter). Tim\n",
     note="colleague asks to swap lunch supervision")

mail("ehbo-cursus", "2024-10-30 14:35", st("adj"), [], "Bijscholing EHBO - woensdag 20 november",
     T("""
     Beste collega's,

     Op woensdagnamiddag 20 november organiseren we een bijscholing EHBO door het Rode Kruis (13.30 - 16.30 u.).
     Inhoud: reanimatie en AED, verslikking, het gebruik van een adrenalinepen (EpiPen), wat te doen bij een
     hypo bij diabetes of bij een epilepsieaanval, en de afspraken rond medicatie op school.

     Verplicht voor de begeleiders van meerdaagse reizen, open voor iedereen. Inschrijven bij Ingrid voor 8/11.

     Ingrid
     """), to_header=UNDISC, bcc=[f"personeel@{D}"], note="first-aid course announcement for all staff in Bcc, medical terms in general")

mail("inschrijvingen-volgend-jaar", "2025-01-28 09:55", st("sec"), [("Kevin Mortier", "kevin.mortier@outlook.com")], "Re: inschrijving 1ste jaar",
     T("""
     Beste meneer Mortier,

     Voor het eerste jaar verlopen de inschrijvingen via het centraal aanmeldingssysteem van de stad Leuven
     (aanmelden tussen 10 en 28 maart). Broers en zussen van huidige leerlingen en kinderen van personeel kunnen
     vooraf inschrijven van 3 tot 14 februari. Op de opendeurdag (zaterdag 15 maart) kan u de school bezoeken.

     Met vriendelijke groeten,
     het secretariaat - 016 29 41 50
     """), rules=["personal_data"], note="secretariat answers a prospective parent about enrolment; school phone number in signature")

mail("proclamatie-6de-jaar", "2025-06-06 13:15", st("directie"), [st("directie")], "Proclamatie zesde jaar",
     "Beste ouders van onze zesdejaars,\n\nDe proclamatie vindt plaats op vrijdag 27 juni om 19 u. in de aula, gevolgd door een receptie. Elke leerling mag vier personen uitnodigen. Graag inschrijven via Smartschool tegen 20 juni.\n\nDe directie\n",
     bcc=[f"ouders-6@{D}"], fmt="html", note="graduation invitation to all sixth-year parents in Bcc")

mail("schoolfotograaf", "2024-09-27 10:00", st("sec"), [], "Schoolfoto's dinsdag 8 oktober",
     "Beste ouders,\n\nOp dinsdag 8 oktober komt de schoolfotograaf langs voor de individuele foto's en de klasfoto. Wie niet op een foto wil, meldt dat vooraf aan de klastitularis. U bestelt de foto's achteraf online, u bent niet verplicht iets te kopen.\n\nHet secretariaat\n",
     to_header=UNDISC, bcc=[OUD], fmt="cp1252", note="school photo day notice to all parents in Bcc")

mail("antwoord-clb-vertrouwelijk", "2025-03-19 15:50", st("clbc"), [("Stijn Mertens", par("Hanne", "Mertens", 2))], "Re: vraag over het CLB",
     T("""
     Beste meneer Mertens,

     Goede vraag. Het CLB werkt los van de school: wat een leerling of ouder aan het CLB vertelt, wordt niet
     zomaar met de leerkrachten gedeeld. Enkel als de leerling (vanaf 12 jaar) of u akkoord gaat, geeft het CLB
     info door die nodig is om de leerling op school te helpen. Het CLB-dossier wordt apart bewaard.

     Met vriendelijke groeten,
     Evelien Moens
     CLB-aanspreekpunt

     """) + quote("Op 18/03/2025 om 21:05 schreef Stijn Mertens:", "Dag mevrouw Moens, in het algemeen: als een kind bij het CLB iets vertelt, krijgen de leerkrachten dat dan te horen? Gewoon uit interesse.\n"),
     extra_fmt=["reply"], reply_to_id="<20250318210500.clb@gmail.com>", note="CLB liaison answers a parent's general question about CLB confidentiality")

mail("lvs-herinnering-zorgnotities", "2024-11-21 16:10", st("zorg_s"), [st("lieve"), st("griet"), st("ahmed"), st("an")], "zorgnotities in het LVS aub",
     "Dag klastitularissen,\n\nKleine herinnering: notities over leerlingen (gesprekken met ouders, zorgen, afspraken) graag in het LVS zetten en niet in mails naar mij of naar elkaar. Zo kan iedereen die de leerling begeleidt erbij en blijft het veilig.\n\nDank!\nKatrien\n",
     note="care coordinator reminds class teachers to use the pupil tracking system, no pupil named")

mail("solidariteitsfonds-uitleg", "2024-10-04 11:00", st("dir"), [st("directie")], "Het solidariteitsfonds van onze school",
     T("""
     Beste ouders,

     Een schooljaar kost geld: boeken, uitstappen, reizen. Voor sommige gezinnen is dat zwaar. Daarom heeft onze
     school een solidariteitsfonds, gespijsd door de opbrengst van het eetfestijn en giften van ouders.

     Hoe werkt het? U neemt discreet contact op met de directie of de boekhouding. We bekijken samen wat nodig is
     (bv. een deel van een reis, een laptop, de middagmaaltijden). Niemand anders, ook de klas niet, komt te weten
     wie geholpen wordt.

     Wilt u het fonds steunen? Een gift kan op rekening BE08 0682 2593 1013 met vermelding 'solidariteit'.

     Geert Vanhove
     directeur
     """), bcc=[OUD], rules=["personal_data"], note="general explanation of the solidarity fund to all parents in Bcc; IBAN for gifts")

mail("verbeterdeadline-examens", "2025-06-11 08:05", st("adj"), [st("adj")], "deadline punten juni",
     "Dag collega's,\n\nReminder: alle examenpunten in Skore ten laatste dinsdag 24/6 om 9 u. De delibererende klassenraden starten die namiddag. Examenbundels blijven op school (kast secretariaat).\n\nIngrid\n",
     bcc=[f"personeel@{D}"], note="grading deadline reminder to all staff in Bcc")

mail("fietscontrole", "2024-10-02 09:00", st("tine"), [], "Fietscontrole vrijdag",
     "Beste leerlingen van de 1ste graad,\n\nVrijdag 4 oktober komt de politie samen met de Fietsersbond de fietsen controleren (verlichting, remmen, bel). Kom die dag met de fiets naar school. Wie in orde is, krijgt een sticker en maakt kans op een fietsslot.\n\nMevrouw Vanderlinden\n",
     to_header=UNDISC, bcc=[f"leerlingen-1@{D}", f"leerlingen-2@{D}"], note="bike check notice to all first-stage pupils in Bcc")

mail("studiereis-rome-betaling", "2024-11-15 17:20", st("koen"), [st("koen")], "Studiereis Rome: betalingsschema",
     T("""
     Beste ouders van het 6de jaar,

     De studiereis naar Rome (23 - 28 maart) kost 615 euro. Om het bedrag te spreiden, vragen we drie
     voorschotten op rekening BE35 7350 4126 8737 met vermelding 'Rome + naam en klas van uw kind':

     - 200 euro tegen 15 december
     - 200 euro tegen 31 januari
     - 215 euro tegen 28 februari

     Lukt dit niet, neem dan contact op met de directie; we vinden samen een oplossing. Een geldige
     identiteitskaart en de Europese ziekteverzekeringskaart zijn verplicht.

     Koen Deprez
     reisverantwoordelijke
     """), bcc=[f"ouders-6@{D}"], rules=["personal_data"], fmt="qp", note="payment schedule for a study trip to all sixth-year parents in Bcc; school IBAN")

mail("nieuwe-laptops-personeel", "2025-04-23 13:30", st("ict"), [st("ict")], "Nieuwe laptops personeel - planning",
     T("""
     Beste collega's,

     De nieuwe personeelslaptops zijn binnen. Je kan je toestel ophalen in A.003 volgens je familienaam:
     A - G: maandag 28/4, H - O: dinsdag 29/4, P - Z: woensdag 30/4 (telkens 12 - 13.30 u.).

     Breng je oude laptop en lader mee. Zet je bestanden vooraf op OneDrive. Bij de eerste aanmelding stel je
     zelf een nieuwe pincode in voor Windows Hello; die hoef je aan niemand door te geven.

     PJ
     """), bcc=[f"personeel@{D}"], note="laptop distribution for all staff in Bcc; says to choose a PIN yourself, no value")

mail("hittegolf-aanpassing", "2025-06-30 07:15", st("directie"), [], "Warmte: aangepaste uren",
     "Beste ouders, beste leerlingen,\n\nOmwille van de hittegolf eindigen de lessen morgen en overmorgen om 12.10 u. Leerlingen die niet naar huis kunnen, worden opgevangen in de koele refter tot 16 u. Breng voldoende water mee.\n\nDe directie\n",
     to_header=UNDISC, bcc=[OUD, f"leerlingen@{D}"], note="heatwave schedule change to all parents and pupils in Bcc")


# ============================================================================= write everything
PHONE_RE = re.compile(r"(?<![\w/-])(?:\+32\s?|0)(?:4\d{2}|\d{1,2})[ ./]?\d{2}[ .]?\d{2}[ .]?\d{2}(?![\w-])")
IBAN_RE = re.compile(r"\bBE\d{2}(?: ?\d{4}){3}\b")
DOB_RE = re.compile(r"°\s?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}")


def all_text(msg):
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            out.append(part.get_content())
    return "\n".join(out)


def ascii_slug(s):
    tr = str.maketrans("éèëêïîöüçàâ", "eeeeiioucaa")
    return re.sub(r"[^a-z0-9-]", "", s.lower().translate(tr))


def main():
    write_roster()
    order = list(range(len(MAILS)))
    random.Random(606).shuffle(order)
    ylines = []
    problems = []
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        fname = f"{n:03d}-{ascii_slug(m['slug'])}.eml"
        msg = render(n, m)
        data = msg.as_bytes(policy=SMTP)
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(data)
        # own consistency check of the labels against the text written
        txt = all_text(msg) + "\n" + "\n".join(a[2] for a in m["attach"] if isinstance(a[2], str))
        if m["rfc822"] is not None:
            txt += "\n" + m["rfc822"].get_content()
        has_pd = bool(PHONE_RE.search(txt) or IBAN_RE.search(txt) or DOB_RE.search(txt))
        if has_pd != ("personal_data" in m["rules"]):
            problems.append((fname, "personal_data", PHONE_RE.findall(txt), IBAN_RE.findall(txt)))
        rcpt = [_addr(a) for a in m["to"] + m["cc"] + m["bcc"]]
        ext_visible = [a for a in (_addr(x) for x in m["to"] + m["cc"])
                       if not re.search(r"@(sintpieterscollege\.be|leerling\.sintpieterscollege\.be|[\w.-]*ksleuven\.be)$", a)]
        groups_visible = [a for a in (_addr(x) for x in m["to"] + m["cc"]) if re.match(r"(ouders|leerlingen|personeel|klas-|vakgroep)", a)]
        if len(ext_visible) > 1 or groups_visible:
            problems.append((fname, "bcc would fire", ext_visible, groups_visible))
        if m["misdirected"]:
            about_parents = {pp for p in ROSTER if p["id"] in m["about"] for pp in (p["p1"], p["p2"]) if pp}
            assert not (set(rcpt) & about_parents), fname
        rules = m["rules"]
        y = [f"{fname}:", f"  rules: [{', '.join(rules)}]"]
        if "sensitive" in rules:
            y.append(f"  categories: {{sensitive: [{', '.join(m['cats'])}]}}")
        y.append(f"  mail_from: {m['mail_from'] or frm_addr(m)}")
        y.append(f"  rcpt: [{', '.join(rcpt)}]")
        y.append(f"  about: [{', '.join(m['about'])}]")
        y.append(f"  misdirected: {'true' if m['misdirected'] else 'false'}")
        y.append(f"  note: {yq(m['note'])}")
        y.append(f"  lang: {m['lang']}")
        y.append(f"  format: [{', '.join(fmt_tags(m))}]")
        ylines.append("\n".join(y))
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# batch06 - labels for blind test mail (generated by make.py)\n")
        f.write("\n".join(ylines) + "\n")
    for p in problems:
        print("CHECK:", p)
    print(f"{len(MAILS)} mails, {len(ROSTER)} pupils")


def frm_addr(m):
    return _addr(m["frm"])


if __name__ == "__main__":
    main()
