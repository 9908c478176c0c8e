#!/usr/bin/env python3
# Batch22 - Sint-Pieterscollege campus Tienen (secundair met internaat).
# Builds roster.csv, NNN-*.eml (CRLF) and labels.yaml. Standard library only, deterministic.
import os, io, random, zipfile, base64
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.message import Message
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.utils import formataddr
from email import encoders, policy
from email.generator import BytesGenerator

HERE = os.path.dirname(os.path.abspath(__file__))
S = "sintpieterscollege.be"
SK = "spc.ksleuven.be"
LL = "leerling.sintpieterscollege.be"

# ---------------------------------------------------------------- roster
# key pupils: key -> (first, last, class, parent1, parent2)
KEY = [
 ("milan","Milan","Peeters","2B","an.verstraeten@telenet.be","kristof.peeters@gmail.com"),
 ("lotte","Lotte","Peeters","4A","marc.peeters@skynet.be","els.vranckx@telenet.be"),
 ("ella","Ella","Jacobs","3A","sofie.vandeputte@gmail.com","jacobs.tim@telenet.be"),
 ("ferre","Ferre","Janssens","5C","sofie.vanderlinden@hotmail.com",""),
 ("ilias","Ilias","Ait Taleb","4C","fam.aittaleb@gmail.com",""),
 ("zoe","Zoë","Lambrechts","4C","lambrechts.katrien@telenet.be","tom.lambrechts@gmail.com"),
 ("jarno","Jarno","Willaert","5B","nathalie.deprez@hotmail.com","willaert.geert@proximus.be"),
 ("lowie","Lowie","Willems","2A","sanne.goovaerts@gmail.com","geert.willems@proximus.be"),
 ("nour","Nour","El Amrani","1C","rachida.bouzid@hotmail.com",""),
 ("ilyas","Ilyas","El Amrani","5A","elamrani.mohamed@gmail.com","latifa.elamrani@hotmail.com"),
 ("kacper","Kacper","Nowak","3D","agnieszka.nowak@outlook.com",""),
 ("lieselot","Lieselot","Nys","3D","nys.bart@telenet.be","veerle.boon@skynet.be"),
 ("emmav","Emma","Verlinden","2A","joke.verlinden@telenet.be","stijn.verlinden@gmail.com"),
 ("emmad","Emma","Dierickx","2D","dierickx.sarah@gmail.com",""),
 ("camille","Camille","Dubois","4B","helene.dubois.lyon@gmail.com",""),
 ("arthur","Arthur","Dubois","6C","dubois.pascale@skynet.be","luc.dubois@proximus.be"),
 ("senne","Senne","Vos","3B","vos.kelly@gmail.com",""),
 ("stan","Stan","Wuyts","3B","wuyts.dirk@telenet.be","ann.wuyts@gmail.com"),
 ("hakim","Hakim","Benali","2C","benali.samira@hotmail.com",""),
 ("yasmina","Yasmina","Benali","6A","benali.karim@gmail.com","n.benali@outlook.com"),
 ("gracem","Grace","Mensah","5D","ama.mensah@outlook.com",""),
 ("graceo","Grace","Owusu","1B","owusu.family@gmail.com",""),
 ("thibo","Thibo","Claes","1D","claes.wim@telenet.be","ine.geerts@gmail.com"),
 ("febe","Febe","Claes","4D","bert.claes@proximus.be","claes.marleen@telenet.be"),
 ("hugo","Hugo","Lefèvre","3C","isabelle.lefevre59@gmail.com","julien.lefevre@outlook.com"),
 ("jack","Jack","Morrison","4D","fiona.morrison@outlook.com",""),
 ("lina","Lina","Haddad","4B","haddad.nadia@gmail.com",""),
 ("oceane","Océane","Marchal","5B","sandrine.marchal@skynet.be",""),
 ("joel","Joël","Lukusa","5D","mireille.lukusa@gmail.com",""),
 ("jarne","Jarne","Vermeulen","1A","vermeulen.hans@gmail.com","liesbeth.coppens@telenet.be"),
 ("jasper","Jasper","Goris","6A","goris.patrick@telenet.be",""),
 ("mila","Mila","De Smet","3A","desmet.inge@gmail.com",""),
 ("arne","Arne","Mertens","2C","mertens.ilse@telenet.be",""),
 ("elias","Elias","Van Acker","2A","vanacker.bert@skynet.be",""),
 ("robbe","Robbe","Vandenberghe","4C","kim.vandenberghe@gmail.com",""),
 ("seppe","Seppe","Aerts","3B","aerts.jeroen@telenet.be","lies.moons@gmail.com"),
 ("amber","Amber","Lenaerts","2C","lenaerts.kathleen@hotmail.com",""),
 ("lucas","Lucas","Bogaert","1B","bogaert.nele@telenet.be",""),
 ("fatima","Fatima","Ziani","5A","ziani.fam@gmail.com",""),
 ("kobe","Kobe","Hendrickx","3A","hendrickx.rita@skynet.be",""),
 ("hanne","Hanne","Segers","2B","segers.veerle@telenet.be",""),
 ("oliver","Oliver","Bennett","2D","sarah.bennett@gmail.com",""),
 ("louise","Louise","Renard","4A","renard.christophe@proximus.be",""),
 ("mats","Mats","De Wit","5C","dewit.kurt@telenet.be",""),
 ("elif","Elif","Kaya","3C","kaya.ayse@hotmail.com",""),
 ("yusuf","Yusuf","Arslan","4A","arslan.hatice@hotmail.com",""),
 ("jonas","Jonas","Geerts","4D","geerts.frank@telenet.be",""),
 ("aya","Aya","Bakkali","5A","bakkali.m@gmail.com",""),
 ("jana","Jana","Van Loock","3B","vanloock.peter@gmail.com","griet.moens@telenet.be"),
 ("rayan","Rayan","Chaouki","3B","chaouki.fam@hotmail.com",""),
 ("maxime","Maxime","Ooms","5C","ooms.christel@telenet.be",""),
 ("anouk","Anouk","Desmet","4A","desmet.filip@skynet.be",""),
 ("sara","Sara","Bosmans","3C","bosmans.ingrid@telenet.be",""),
 ("bilal","Bilal","Azzouzi","2D","azzouzi.h@gmail.com",""),
 ("divine","Divine","Kabongo","1A","kabongo.esther@gmail.com",""),
 ("samuel","Samuel","Kabongo","3C","kabongo.esther@gmail.com",""),
 ("wiktoria","Wiktoria","Kowalski","6B","kowalski.piotr@gmail.com",""),
 ("tess","Tess","Heylen","1A","heylen.bjorn@hotmail.com",""),
 ("yasmine","Yasmine","Tahiri","3C","tahiri.khadija@gmail.com",""),
 ("ward","Ward","Pauwels","4D","pauwels.sven@telenet.be","evi.jorissen@telenet.be"),
 ("harry","Harry","Whitfield","3C","kate.whitfield@gmail.com",""),
 ("marie","Marie","Van den Broeck","1B","vdbroeck.ann@telenet.be",""),
 ("vince","Vince","Dewaele","3A","dewaele.kris@gmail.com",""),
 ("chloe","Chloë","Smolders","2B","smolders.tanja@hotmail.com",""),
 ("dylan","Dylan","Vandevelde","4B","vandevelde.ria@hotmail.com",""),
 ("kiara","Kiara","Mbala","6B","mbala.josiane@gmail.com",""),
 ("noa","Noa","Verbeke","2C","verbeke.ann@telenet.be","verbeke.joris@gmail.com"),
 ("woutvh","Wout","Van Hoeck","5A","vanhoeck.luc@skynet.be",""),
 ("ilse","Ilse","Goetschalckx","6D","goetschalckx.h@telenet.be",""),
 ("daan","Daan","Michiels","6D","michiels.bart@gmail.com",""),
 ("bo","Bo","Lauwers","6D","lauwers.eva@telenet.be",""),
 ("jules","Jules","Baert","1D","an.raeymaekers@gmail.com","baert.wim@telenet.be"),
 ("lore","Lore","Vanhove","5B","vanhove.griet@telenet.be",""),
 ("emre","Emre","Demir","4A","demir.serkan@hotmail.com",""),
 ("zeynep","Zeynep","Demir","1C","demir.serkan@hotmail.com",""),
 ("matteo","Matteo","Rossi","2B","rossi.giulia@gmail.com",""),
 ("marthe","Marthe","Lemaire","4B","lemaire.sophie@skynet.be",""),
 ("jelle","Jelle","Vanhoutte","5A","vanhoutte.dirk@telenet.be",""),
 ("jorn","Jorn","Cuypers","4C","cuypers.hilde@telenet.be",""),
 ("laura","Laura","Gielen","3D","gielen.koen@telenet.be","evi.beckers@gmail.com"),
 ("nina","Nina","Vermassen","2D","vermassen.lies@gmail.com","vermassen.ronny@hotmail.com"),
 ("ethan","Ethan","Clarke","1D","r.clarke@outlook.com",""),
 ("ruben","Ruben","Claeys","6B","claeys.hilde@telenet.be",""),
 ("noor","Noor","Cools","1C","cools.stefanie@gmail.com",""),
]

FIRST = ["Arthur","Louis","Finn","Vic","Mathis","Lars","Warre","Bas","Kobe","Tuur","Jef","Mauro","Nand",
 "Siebe","Rune","Cas","Xander","Lander","Brent","Jef","Lou","Nore","Fien","Elise","Marie","Julie","Lisa",
 "Roos","Janne","Fleur","Anna","Nora","Lena","Eline","Amélie","Charlotte","Kato","Ines","Femke","Luna",
 "Adam","Youssef","Mohamed","Anas","Soufiane","Imane","Salma","Hiba","Ikram","Amira","Meryem","Kerem",
 "Emir","Ecrin","Defne","Zeynep","Mert","Efe","Kuba","Oliwia","Zofia","Szymon","Maja","Filip","Benedict",
 "Gloria","Merveille","Christian","Exaucé","Olivia","Sam","Tibo","Wannes","Kasper","Staf","Milo",
 "Hailey","Jade","Sien","Lotte","Britt","Margot","Axel","Pieter","Ruben","Dries","Mathijs","Yorben"]
LAST = ["Wouters","Maes","Vermeersch","Hermans","Willems","Goossens","Van Dyck","Mertens","Smets","Cools",
 "Leemans","Swinnen","Vandermeulen","Stas","Theunis","Boeckx","Bollen","Jorissen","Reynders","Vranken",
 "Vanderstraeten","Moens","Daems","Lenaerts","Timmermans","Dewulf","Celis","Loos","Van Roey","Verhaegen",
 "Michiels","Gijbels","Ceulemans","Vervoort","Pauwels","Hellemans","Janssen","Bertels","Op de Beeck",
 "Haesendonck","Geens","Van Hout","Wijns","Vandenbosch","Bouzid","Amrani","Ouali","Lahlou","Tahiri",
 "Yildiz","Aydin","Çelik","Öztürk","Kaya","Nowicki","Wiśniewski","Zielinski","Lewandowski","Mukendi",
 "Ilunga","Tshibanda","Mutombo","Kalonji","Smeets","Schoofs","Vandevenne","Holsbeek","Loix","Nijs"]
FORBID_FIRST = {k[1] for k in KEY}
FORBID_LAST = {k[2] for k in KEY} | {"Peeters","Claes","Dubois","Vos","Benali","Jacobs","Janssens","Nowak",
 "Stroobants","Vanhoof","Moens","Daems","Schoofs","Coppens","Verhaegen","Lemmens","Celis","Dewulf","Nijs",
 "Maes","Vermeiren","Stevens","Yilmaz","Wouters","Van Damme","Smets","Hermans","Van Aken","Willems",
 "Goossens","Vandenbempt","Ouali","Duchateau","Boukhari","Van Roy"}
DOMS = ["telenet.be","gmail.com","hotmail.com","skynet.be","proximus.be","outlook.com"]

def slugname(s):
    tr = str.maketrans({"é":"e","è":"e","ë":"e","ï":"i","ö":"o","ü":"u","ç":"c","ś":"s","ó":"o","â":"a","Ç":"c","Ö":"o"})
    return s.lower().translate(tr).replace(" ","").replace("'","")

def build_roster():
    rng = random.Random(2222)
    classes = [f"{y}{c}" for y in range(1,7) for c in "ABCD"]
    per = {c: [] for c in classes}
    for k in KEY:
        per[k[3]].append(k)
    firsts = [f for f in dict.fromkeys(FIRST) if f not in FORBID_FIRST]
    lasts = [l for l in dict.fromkeys(LAST) if l not in FORBID_LAST]
    used = {(k[1],k[2]) for k in KEY}
    target = {c: 13 + (1 if i % 3 == 0 else 0) for i, c in enumerate(classes)}
    for c in classes:
        while len(per[c]) < target[c]:
            f, l = rng.choice(firsts), rng.choice(lasts)
            if (f,l) in used: continue
            used.add((f,l))
            form = rng.randrange(5)
            pf = rng.choice(["an","kris","sofie","tom","nathalie","joris","karima","mustafa","ewa","hatice","bart","inge","patrick","carine","jean","mbuyi"])
            d = rng.choice(DOMS)
            if form == 0: p1 = f"{slugname(l)}.{pf}@{d}"
            elif form == 1: p1 = f"{pf}.{slugname(l)}@{d}"
            elif form == 2: p1 = f"fam.{slugname(l)}@{d}"
            elif form == 3: p1 = f"{pf[0]}.{slugname(l)}{rng.randrange(10,99)}@{d}"
            else: p1 = f"{slugname(l)}{pf}@{d}"
            p2 = ""
            if rng.random() < 0.45:
                pf2 = rng.choice(["dirk","ann","koen","els","hakan","nadia","piotr","chantal","luc","evi"])
                p2 = f"{pf2}.{slugname(rng.choice(lasts))}@{rng.choice(DOMS)}"
            per[c].append((None, f, l, c, p1, p2))
    rows, ids = [], {}
    n = 0
    for c in classes:
        for k in sorted(per[c], key=lambda t: (t[2], t[1])):
            n += 1
            pid = f"P{n:04d}"
            if k[0]: ids[k[0]] = pid
            mail = f"{slugname(k[1])}.{slugname(k[2])}@{LL}"
            rows.append((pid, k[1], k[2], c, mail, k[4], k[5]))
    return rows, ids

ROSTER, PID = build_roster()
PUP = {k[0]: k for k in KEY}
def pmail(key):
    k = PUP[key]; return f"{slugname(k[1])}.{slugname(k[2])}@{LL}"

# ---------------------------------------------------------------- mime helpers
def cs(charset, enc):
    c = Charset(charset)
    c.body_encoding = {"qp": QP, "b64": BASE64}[enc]
    c.header_encoding = QP
    return c

def textpart(text, sub="plain", charset="utf-8", cte="qp"):
    if cte in ("qp", "b64"):
        return MIMEText(text, sub, cs(charset, cte))
    m = Message()
    m["Content-Type"] = f'text/{sub}; charset="{charset}"'
    m["Content-Transfer-Encoding"] = cte
    data = text.encode(charset)
    if cte == "7bit":
        data.decode("ascii")
    m.set_payload(data.decode("ascii", "surrogateescape"))
    return m

def addr(name, a):
    if not name: return a
    try:
        name.encode("ascii"); return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset="utf-8")

def hdr(s):
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        return Header(s, "utf-8")

def html_wrap(inner):
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}'
            'table.MsoTableGrid{border-collapse:collapse;}td{border:solid windowtext 1.0pt;padding:0cm 5.4pt;}</style>'
            '</head><body lang="NL-BE"><div class="WordSection1">' + inner + '</div></body></html>')

def txt2html(t):
    import html as _h
    out = []
    for para in t.strip("\n").split("\n\n"):
        lines = [_h.escape(x) for x in para.split("\n")]
        if all(x.startswith("- ") for x in lines):
            out.append("<ul>" + "".join(f"<li class=MsoNormal>{x[2:]}</li>" for x in lines) + "</ul>")
        else:
            out.append("<p class=MsoNormal>" + "<br>".join(lines) + "</p><p class=MsoNormal>&nbsp;</p>")
    return "".join(out)

def attach(fname, data, ctype):
    maintype, sub = ctype.split("/")
    if maintype == "text":
        p = MIMEText(data, sub, cs("utf-8", "b64") if any(ord(ch) > 127 for ch in data) else "us-ascii")
    else:
        p = MIMEBase(maintype, sub)
        p.set_payload(data)
        encoders.encode_base64(p)
    p.add_header("Content-Disposition", "attachment", filename=fname)
    return p

def fake_office(kind):
    # a tiny OOXML-like zip with a vbaProject part (macro-enabled)
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in [("[Content_Types].xml", "<Types/>"),
                           (f"{kind}/workbook.xml" if kind == "xl" else f"{kind}/document.xml", "<doc/>"),
                           (f"{kind}/vbaProject.bin", "Attribute VB_Name = \"Module1\"\nSub AutoOpen()\nEnd Sub\n")]:
            zi = zipfile.ZipInfo(name, date_time=(2024, 9, 1, 8, 0, 0))
            z.writestr(zi, body)
    return b.getvalue()

def fake_zip(members):
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in members:
            zi = zipfile.ZipInfo(name, date_time=(2024, 10, 3, 10, 0, 0))
            z.writestr(zi, body)
    return b.getvalue()

FAKE_EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 48 + b"This program cannot be run in DOS mode.\r\n" + bytes(range(256))

MAILS = []
def add(slug, frm, to, subject, date, body=None, *, cc=(), bcc=(), env=None, fmt="qp", charset="utf-8",
        html=None, atts=(), inner=None, irt=None, rules=(), cats=None, about=(), mis=False, note="", lang="nl",
        form=None):
    MAILS.append(dict(slug=slug, frm=frm, to=list(to), cc=list(cc), bcc=list(bcc), env=env, subject=subject,
                      date=date, body=body, fmt=fmt, charset=charset, html=html, atts=list(atts), inner=inner,
                      irt=irt, rules=list(rules), cats=cats, about=list(about), mis=mis, note=note, lang=lang,
                      form=form))

def build_msg(m, idx):
    fmt = m["fmt"]
    body = m["body"]
    if fmt in ("qp", "b64", "8bit", "7bit"):
        core = textpart(body, "plain", m["charset"], fmt)
    elif fmt == "html":
        h = m["html"] or txt2html(body)
        core = textpart(html_wrap(h), "html", "utf-8", "qp")
    elif fmt == "alt":
        core = MIMEMultipart("alternative", boundary=f"----=_NextPart_022_{idx:03d}_ALT")
        core.attach(textpart(body, "plain", "utf-8", "qp"))
        core.attach(textpart(html_wrap(m["html"] or txt2html(body)), "html", "utf-8", "qp"))
    else:
        raise ValueError(fmt)
    if m["atts"] or m["inner"] is not None:
        top = MIMEMultipart("mixed", boundary=f"----=_Part_022_{idx:03d}_MIX")
        top.attach(core)
        if m["inner"] is not None:
            top.attach(MIMEMessage(m["inner"]))
        for a in m["atts"]:
            top.attach(attach(*a))
        msg = top
    else:
        msg = core
    if msg.is_multipart():
        msg["Content-Transfer-Encoding"] = "7bit"
    fn, fa = m["frm"]
    msg["Date"] = m["date"]
    msg["From"] = addr(fn, fa)
    msg["To"] = ", ".join(addr(n, a) for n, a in m["to"]) if m["to"] else "undisclosed-recipients:;"
    if m["cc"]:
        msg["Cc"] = ", ".join(addr(n, a) for n, a in m["cc"])
    msg["Subject"] = hdr(m["subject"])
    dom = fa.split("@")[1]
    msg["Message-ID"] = f"<b22.{idx:03d}.{abs(hash_s(m['slug'])) % 10**8:08d}@{dom}>"
    if m["irt"]:
        msg["In-Reply-To"] = m["irt"]; msg["References"] = m["irt"]
    def strip(p):
        del p["MIME-Version"]
        if p.is_multipart() and p.get_content_type() != "message/rfc822":
            for sp in p.get_payload():
                strip(sp)
    strip(msg)
    msg["MIME-Version"] = "1.0"
    # order headers: move structural ones to the end
    hs = msg._headers
    first = [h for h in hs if h[0] not in ("Content-Type", "Content-Transfer-Encoding", "MIME-Version")]
    last = [h for h in hs if h[0] == "MIME-Version"] + [h for h in hs if h[0] == "Content-Type"] + \
           [h for h in hs if h[0] == "Content-Transfer-Encoding"]
    msg._headers = first + last
    return msg

def hash_s(s):
    h = 7
    for ch in s.encode():
        h = (h * 131 + ch) % 2**61
    return h

def inner_msg(frm, to, subject, date, body, msgid):
    p = textpart(body, "plain", "utf-8", "qp")
    p["Date"] = date; p["From"] = frm; p["To"] = to; p["Subject"] = hdr(subject)
    p["Message-ID"] = msgid; del p["MIME-Version"]; p["MIME-Version"] = "1.0"
    hs = p._headers
    p._headers = [h for h in hs if h[0] not in ("Content-Type","Content-Transfer-Encoding","MIME-Version")] + \
                 [h for h in hs if h[0] == "MIME-Version"] + [h for h in hs if h[0] == "Content-Type"] + \
                 [h for h in hs if h[0] == "Content-Transfer-Encoding"]
    return p

# ---------------------------------------------------------------- staff
def st(n, a): return (n, a)
KRIS = st("Kris Dewulf", f"kris.dewulf@{SK}")
LUC = st("Luc Stroobants", f"luc.stroobants@{S}")
JOLIEN = st("Jolien Vanhoof", f"jolien.vanhoof@{S}")
YASSINE = st("Yassine Boukhari", f"yassine.boukhari@{S}")
PJ = st("Pieter-Jan Moens", f"pieterjan.moens@{S}")
FEMKE = st("Femke Daems", f"fda@{SK}")
GREET = st("Greet Van Roy", f"greet.vanroy@{S}")
NADIA = st("Nadia Ouali", f"nadia.ouali@{S}")
ANN = st("Ann Schoofs", f"ann.schoofs@{S}")
BRAM = st("Bram Coppens", f"bram.coppens@{S}")
ELS = st("Els Verhaegen", f"els.verhaegen@{S}")
SARAH = st("Sarah Lemmens", f"sarah.lemmens@{S}")
WIM = st("Wim Celis", f"wim.celis@{S}")
BART = st("Bart Vandenbempt", f"bart.vandenbempt@{S}")
KATRIEN = st("Katrien Goossens", f"katrien.goossens@{S}")
TOM = st("Tom Nijs", f"tom.nijs@{S}")
EVELIEN = st("Evelien Maes", f"evelien.maes@{S}")
JAN = st("Jan Vermeiren", f"jan.vermeiren@{S}")
LIESBETH = st("Liesbeth Stevens", f"liesbeth.stevens@{S}")
MEHMET = st("Mehmet Yilmaz", f"mehmet.yilmaz@{S}")
JOKE = st("Joke Wouters", f"joke.wouters@{S}")
DRIES = st("Dries Van Damme", f"dvd@{SK}")
LORE_S = st("Lore Smets", f"lore.smets@{S}")
KAREL = st("Karel Hermans", f"karel.hermans@{S}")
INES = st("Ines Van Aken", f"ines.vanaken@{S}")
STIJN = st("Stijn Willems", f"stijn.willems@{S}")
MARLEEN = st("Marleen Duchateau", f"marleen.duchateau@{S}")
ANNELIES = st("Annelies Raes", f"annelies.raes@{S}")
ELKE = st("Elke Bogaerts", f"elke.bogaerts@{S}")
VEERLE_ST = st("Veerle Stas", f"veerle.stas@{S}")
DPO = st("Aanspreekpunt informatieveiligheid", "privacy@lksd.ksleuven.be")
SEC = st("Secretariaat Sint-Pieterscollege", f"secretariaat@{S}")
DIR = st("Directie Sint-Pieterscollege", f"directie@{SK}")
INFO = st("Sint-Pieterscollege Tienen", f"info@{S}")
CLB = st("Veerle Luyten", "veerle.luyten@clb-leuven.be")

def par(key, which=1, name=""):
    k = PUP[key]
    return (name, k[4] if which == 1 else k[5])

import datetime
def D(s):
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    summer = (datetime.datetime(2024,3,31,2) <= dt < datetime.datetime(2024,10,27,3)) or \
             (datetime.datetime(2025,3,30,2) <= dt < datetime.datetime(2025,10,26,3))
    off = "+0200" if summer else "+0100"
    days = ["Mon","Tue","Wed","Thu","Fri","Sat","Sun"]
    mons = ["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"]
    return f"{days[dt.weekday()]}, {dt.day:02d} {mons[dt.month-1]} {dt.year} {dt.hour:02d}:{dt.minute:02d}:{(dt.minute*7)%60:02d} {off}"

SCHOOLTEL = "016 81 44 20"
WACHTGSM = "0471 23 88 10"

# =============================================================== PASSWORD (35)
add("account-nieuwe-opvoeder", KRIS, [YASSINE], "Je accounts Sint-Pieterscollege", D("2024-09-02 09:14"),
"""Hoi Yassine,

Welkom in het team! Je account staat klaar, Microsoft 365 volgt morgen (aparte mail).

Smartschool: https://sintpieterscollege.smartschool.be
gebruikersnaam: yassine.boukhari
tijdelijk wachtwoord: Welkom-Tienen!81

Bij de eerste aanmelding moet je het wijzigen en de tweestapsverificatie instellen met de app op je gsm.
Als er iets niet lukt: ik zit meestal in B0.04 naast het secretariaat, of stuur een ticket via helpdesk.

Kris
ICT-coördinator
""", rules=["password"], note="ICT hands a new house parent his Smartschool login with a temporary password",
    form=["plain"])

add("code-voordeur", PJ, [FEMKE], "code", D("2024-09-18 17:42"),
"""femke, code voordeur internaat is sinds vanmiddag 4813 + hekje. oude werkt niet meer. zeg het aan de 6des die na de training binnenkomen

pj

Verzonden vanaf mijn iPhone
""", fmt="7bit", rules=["password"], note="house parent texts the new front-door code of the boarding house from his phone",
    form=["plain","short"])

add("carte-repas-hugo", NADIA, [par("hugo", 1, "Isabelle Lefèvre")], "Carte repas de Hugo - rechargement",
    D("2024-09-24 10:05"),
"""Madame Lefèvre,

Suite à votre appel de ce matin: la carte repas de Hugo peut être rechargée à la borne qui se trouve à l'entrée du restaurant scolaire ou en ligne.

Pour la borne, Hugo doit introduire son code de rechargement personnel : 7741-2093
Ce code est lié à son compte, il ne doit pas le partager avec d'autres élèves.

En ligne, vous pouvez toujours verser un montant sur le compte de l'école avec la communication structurée qui figure sur la facture.

Bien à vous,

Nadia Ouali
Comptabilité – Sint-Pieterscollege Tienen
""", fmt="alt", html="""<p class=MsoNormal>Madame Lef&egrave;vre,</p><p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Suite &agrave; votre appel de ce matin: la carte repas de Hugo peut &ecirc;tre recharg&eacute;e &agrave; la borne qui se trouve &agrave; l'entr&eacute;e du restaurant scolaire ou en ligne.</p><p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Pour la borne, Hugo doit introduire son code de rechargement personnel : <b>7741-2093</b><br>Ce code est li&eacute; &agrave; son compte, il ne doit pas le partager avec d'autres &eacute;l&egrave;ves.</p><p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>En ligne, vous pouvez toujours verser un montant sur le compte de l'&eacute;cole avec la communication structur&eacute;e qui figure sur la facture.</p><p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Bien &agrave; vous,</p><p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Nadia Ouali<br>Comptabilit&eacute; &ndash; Sint-Pieterscollege Tienen</p>""",
    rules=["password"], about=["hugo"], note="bookkeeping gives a French boarder family the personal meal-card top-up code",
    lang="fr", form=["alt","html"])

add("wascodes-verdiepingen", LUC, [JOLIEN], "Nieuwe codes wasruimte", D("2024-10-01 13:20"),
"""Dag Jolien,

De firma heeft vandaag de wasmachines geherprogrammeerd. Nieuwe codes hieronder, graag doorgeven aan wie de avonddienst doet.

Wasruimte gelijkvloers (jongens)   machines 1-4   code 2231
Wasruimte 2de verdiep (meisjes)    machines 5-7   code 9045
Droogkasten                                       code 6170

Internen mogen de code niet zelf ingeven, enkel de opvoeder. Het saldo van de wasrekening wordt per keer afgeboekt zoals vroeger.

Groeten,
Luc
""", cc=[YASSINE], fmt="alt", html="""<p class=MsoNormal>Dag Jolien,</p><p class=MsoNormal>&nbsp;</p><p class=MsoNormal>De firma heeft vandaag de wasmachines geherprogrammeerd. Nieuwe codes hieronder, graag doorgeven aan wie de avonddienst doet.</p><p class=MsoNormal>&nbsp;</p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>
<tr><td><p class=MsoNormal><b>Ruimte</b></p></td><td><p class=MsoNormal><b>Machines</b></p></td><td><p class=MsoNormal><b>Code</b></p></td></tr>
<tr><td><p class=MsoNormal>Wasruimte gelijkvloers (jongens)</p></td><td><p class=MsoNormal>1-4</p></td><td><p class=MsoNormal>2231</p></td></tr>
<tr><td><p class=MsoNormal>Wasruimte 2de verdiep (meisjes)</p></td><td><p class=MsoNormal>5-7</p></td><td><p class=MsoNormal>9045</p></td></tr>
<tr><td><p class=MsoNormal>Droogkasten</p></td><td><p class=MsoNormal>alle</p></td><td><p class=MsoNormal>6170</p></td></tr>
</table><p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Internen mogen de code niet zelf ingeven, enkel de opvoeder. Het saldo van de wasrekening wordt per keer afgeboekt zoals vroeger.</p><p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Groeten,<br>Luc</p>""",
    rules=["password"], note="boarding-house manager sends the new laundry-machine codes to house parents in an Outlook table",
    form=["alt","table"])

add("wifi-internaat-nieuwe-internen", LUC, [LUC], "Welkom op het internaat - praktische info eerste week",
    D("2024-08-30 16:05"),
"""Beste ouders van onze nieuwe internen,

Zondagavond is het zover: vanaf 19u30 zijn jullie welkom om de kamer in te richten. Nog enkele praktische zaken:

- Breng een hoeslaken (90x200), dekbed met overtrek, handdoeken en een hangslot voor de kast mee.
- Zet overal de naam van uw zoon of dochter in (ook in sportkledij, die gaat naar de gezamenlijke was).
- Gsm's worden om 22u00 (1ste graad) of 22u30 (2de graad) afgegeven aan de opvoeder.
- Tijdens de avondstudie (19u00-20u30) is er enkel wifi op de studielaptops.

Voor het wifi-netwerk in de leefruimtes:
  netwerk: SPC-Internaat
  sleutel: Suikerbiet#2024
Deze sleutel geldt het hele schooljaar. Gelieve hem niet te delen buiten het internaat.

Tot zondag!

Luc Stroobants
Beheerder internaat Sint-Pieterscollege
""", bcc=[("", f"ouders-internaat-nieuw@{S}")], rules=["password"],
    note="welcome letter to new boarders' parents (group in Bcc) that gives the boarding-house Wi-Fi key",
    form=["plain","bcc-group"])

add("laptopkar-2", KAREL, [JAN], "laptopkar 2", D("2024-10-08 12:31"),
"""Jan,

Je mag de blauwe kar (laptopkar 2, C1.02) donderdag 3de en 4de uur gebruiken, ik heb je ingeschreven in de planning.
Hangslot van de kar: 3-3-9-1
De laptops starten op met het lokale account 'leerling', wachtwoord Kar2-SPC (niet aan de leerlingen zeggen, jij logt in).
In bijlage het scriptje om de printer in C1 te koppelen, dubbelklikken als ze het niet vinden.

Zet ze aub terug aan de lader, vorige week stonden er 6 op 0%.

Karel
""", cc=[INES], atts=[("kar2_printer_koppelen.bat",
    "@echo off\r\nrem koppelt printer C1 voor laptopkar 2\r\nrundll32 printui.dll,PrintUIEntry /in /n \\\\spc-print01\\C1-Kyocera\r\necho Klaar\r\npause\r\n",
    "application/x-msdos-program")],
    rules=["password","attachment"], note="teacher gives a colleague the padlock code and local login of the shared laptop cart, with a .bat script attached",
    form=["plain","attachment-bat"])

add("fw-kopieercode-interim", MEHMET, [ANNELIES], "FW: Kopiëren leraarskamer", D("2024-11-05 08:02"),
"""Dag Annelies,

Hieronder de mail van Kris die wij in september kregen, dan kan je al kopiëren voor mijn lessen van deze week. Veel succes!

Mehmet

---------- Doorgestuurd bericht ----------
Van: Kris Dewulf <kris.dewulf@spc.ksleuven.be>
Datum: ma 2 sep. 2024 om 07:58
Onderwerp: Kopiëren leraarskamer
Aan: Mehmet Yilmaz <mehmet.yilmaz@sintpieterscollege.be>

Dag collega,

Het kopieertoestel in de leraarskamer vraagt sinds dit jaar een code. Voor jouw vakgroep (geschiedenis) is dat 5521.
Kleurkopies enkel na afspraak met het secretariaat.

Kris
""", rules=["password"], note="teacher forwards the photocopier code of his subject group to an interim teacher",
    form=["plain","forward-inline"])

add("re-fietskluis-arne", YASSINE, [par("arne", 1, "Ilse Mertens")], "Re: fietskluis Arne", D("2024-10-14 20:47"),
"""Dag mevrouw Mertens,

Geen probleem, dat gebeurt vaker dan u denkt. De fietskluizen aan de zijkant van het internaat hebben een cijferslot; dat van Arne (kluis 23) staat op 0472.
Misschien kunnen jullie in het weekend samen een nieuwe code instellen, dan onthoudt hij die beter. Hoe dat moet staat op de binnenkant van het deurtje.

Vriendelijke groeten,
Yassine Boukhari
opvoeder internaat

Op ma 14 okt 2024 om 19:31 schreef Ilse Mertens <mertens.ilse@telenet.be>:
> Dag Yassine,
> Arne belt me net dat hij zijn fiets niet uit de kluis krijgt, hij is de code vergeten. Weet u die misschien? Hij moet morgen naar de training in Kumtich.
> Groetjes, Ilse
""", irt="<CAK7f2q-ilse-0914@mail.gmail.com>", rules=["password"], about=["arne"],
    note="house parent replies to a mother with the combination of her son's bike locker",
    form=["plain","reply"])

_lk = [("seppe","3B","F12","5903"),("yusuf","4A","F13","1188"),("jasper","6A","F14","7316"),
       ("robbe","4C","F15","2049"),("fatima","5A","F16","6621"),("lina","4B","F17","9034")]
add("fietskluizen-sportschool", TOM, [EVELIEN], "fietskluizen sportrichting", D("2024-09-12 15:10"),
"Evelien,\n\nHier de kluizen en codes van de sporters die met de fiets naar Kumtich gaan, voor als er iemand zijn code vergeet op de dagen dat ik er niet ben.\n\n" +
"\n".join(f"{PUP[k][1]} {PUP[k][2]} ({c}) - kluis {n} - code {code}" for k,c,n,code in _lk) +
"\n\nTom\n", fmt="alt",
html="<p class=MsoNormal>Evelien,</p><p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Hier de kluizen en codes van de sporters die met de fiets naar Kumtich gaan, voor als er iemand zijn code vergeet op de dagen dat ik er niet ben.</p><p class=MsoNormal>&nbsp;</p><table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0><tr><td><b>Leerling</b></td><td><b>Klas</b></td><td><b>Kluis</b></td><td><b>Code</b></td></tr>" +
"".join(f"<tr><td>{PUP[k][1]} {PUP[k][2]}</td><td>{c}</td><td>{n}</td><td>{code}</td></tr>" for k,c,n,code in _lk) +
"</table><p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Tom</p>",
    rules=["password"], about=[k for k,_,_,_ in _lk], note="coach passes the bike-locker codes of the sports pupils to a colleague in a table",
    form=["alt","table"])

add("jack-locker-wifi", JOLIEN, [par("jack", 1, "Fiona Morrison")], "Jack - first week at the boarding house",
    D("2024-09-06 21:15"),
"""Dear Mrs Morrison,

Just a short update after Jack's first week. He is doing fine, he has found a few boys from the football group and he ate well tonight (pasta, so that helps).

He asked me to send you two things he keeps forgetting:
- his wardrobe in room 14 has a combination lock, it is set to 3958
- the Wi-Fi in the common rooms is SPC-Internaat, password Suikerbiet#2024

Please don't pass the Wi-Fi password on to others. On Friday he takes the 15:52 train to Brussels-Midi as agreed.

Kind regards,
Jolien Vanhoof
house parent
""", fmt="qp", rules=["password"], about=["jack"],
    note="house parent writes an English boarder's mother his wardrobe combination and the Wi-Fi password",
    lang="en", form=["plain"])

add("resetcode-lina", KRIS, [("Lina Haddad", pmail("lina"))], "Je Smartschool-account", D("2024-11-19 11:47"),
"""Dag Lina,

Je account was geblokkeerd na te veel foute pogingen. Ik heb een reset aangevraagd.
Resetcode: 839221 (24 uur geldig). Ga naar de aanmeldpagina, kies 'Ik heb een code' en kies daarna zelf een nieuw wachtwoord.

Lukt het niet, kom dan even langs in B0.04 tijdens de middagpauze.

Meneer Dewulf
""", rules=["password"], about=["lina"], note="ICT sends a pupil a reset code for her blocked account",
    form=["plain"])

add("medicijnkast-vervanging", ANN, [VEERLE_ST], "Vervanging ziekenboeg donderdag en vrijdag", D("2025-01-22 16:30"),
"""Dag Veerle,

Heel fijn dat je me komt vervangen. Enkele praktische dingen:

- Het medicijnkastje in de ziekenboeg gaat open met code 1966. De sleutel van de kleine koelkast hangt aan de binnenkant van het deurtje.
- De lijst van wie op welk uur medicatie krijgt, zit in de blauwe map (niet meenemen uit het lokaal).
- Internen die ziek zijn blijven niet op hun kamer: altijd via de opvoeder en de ouders bellen.
- Registratie van elk bezoek in Smartschool > Leerlingvolgsysteem > Ziekenboeg.

Ik ben vrijdag bereikbaar via Teams als er iets is.

Ann
schoolverpleegkundige
""", rules=["password"], note="school nurse gives her substitute the code of the medicine cabinet",
    form=["plain"])

add("instagram-sportschool", EVELIEN, [TOM], "insta", D("2024-10-21 22:03"),
"""Tom,

Kan jij morgen de foto's van het tornooi posten? Ik sta de hele dag in Leuven met de 4des.
@spc_sport_tienen
wachtwoord Volley&Voetbal24
Meta stuurt soms een bevestigingscode naar mijn gsm, stuur me dan een berichtje.
Geen gezichten van leerlingen zonder toestemming hé, check de lijst.

Ev
""", rules=["password"], note="teacher shares the password of the sports department's Instagram account with a colleague",
    form=["plain"])

add("weekenddienst-alarm", LUC, [JOLIEN, PJ], "Weekenddiensten okt-dec + alarm", D("2024-09-27 14:12"),
"""Dag allemaal,

In bijlage de weekendplanning tot de kerstvakantie. De internen die in het weekend blijven (tornooien, buitenlandse internen) staan er ook op.
Wie ruilt, laat het mij weten en past het zelf aan in de gedeelde agenda.
Onderaan het bestand staat ook de nieuwe alarmcode, de oude is gewist.

Luc
""", cc=[YASSINE, FEMKE], atts=[("weekenddienst_okt-dec.txt",
"""WEEKENDDIENST INTERNAAT  okt - dec 2024
-------------------------------------------
5-6 okt     Jolien      (2 internen blijven: tornooi volleybal)
12-13 okt   Pieter-Jan  (5 internen, o.a. buitenlandse internen)
19-20 okt   Yassine
26-27 okt   herfstvakantie - internaat gesloten
9-10 nov    Femke
16-17 nov   Jolien
23-24 nov   Pieter-Jan
30 nov-1 dec Yassine
7-8 dec     Femke
14-15 dec   Luc
-------------------------------------------
Sleutels: kluisje dienstingang
Alarm internaat (aan/uit): 24680 + AAN / 24680 + UIT
""", "text/plain")],
    rules=["password"], note="weekend duty roster for house parents with the boarding-house alarm code in the attached text file",
    form=["plain","attachment-txt"])

add("sleutelkluisje-prive", ("Jolien", "jolien.vanhoof88@gmail.com"), [PJ], "morgen", D("2024-11-13 22:41"),
"""hey pj

mijn schoolmail doet raar op mijn gsm dus via hier. sleutelkluisje aan de dienstingang staat op 1207, de sleutel van het busje hangt op haak 3. jij doet morgen de vroege toch? de internen van de 1ste moeten om 7u15 aan de bus voor de uitstap.

jolien
""", fmt="7bit", env="jolien.vanhoof88@gmail.com", rules=["password","private_account"],
    note="house parent writes a colleague from her private Gmail with the key-safe code",
    form=["plain","short"])

add("mailbox-oudervereniging", GREET, [("Dirk Huybrechts", "dirk.huybrechts@telenet.be")],
    "Toegang mailbox oudervereniging", D("2024-10-02 11:26"),
"""Beste Dirk,

Proficiat met je verkiezing tot voorzitter van de oudervereniging!
Zoals gevraagd: de gedeelde mailbox oudervereniging@sintpieterscollege.be kan je openen via outlook.office.com.
Aanmelden met dat adres en het wachtwoord Ouderraad-2024!
Je vorige voorzitter heeft het wachtwoord ook nog; je kan het zelf wijzigen via 'Instellingen'.

Met vriendelijke groet,
Greet Van Roy
Secretariaat
""", rules=["password"], note="secretary gives the new parents' council chair the password of the shared mailbox",
    form=["plain"])

add("porte-laterale-oceane", LUC, [par("oceane", 1, "Sandrine Marchal")], "Retour d'Océane dimanche soir",
    D("2025-01-09 18:55"),
"""Madame Marchal,

Merci pour votre message. L'internat ouvre le dimanche à 20h00; il n'y a pas de problème si Océane arrive plus tard à cause du train depuis Namur.
Si vous arrivez après 21h30, l'accueil est fermé. Vous pouvez alors entrer par la porte latérale (côté parking vélos), le code est 2580B. L'éducateur de garde sera au premier étage.

Merci de ne pas communiquer ce code à d'autres personnes.

Bien cordialement,
Luc Stroobants
Responsable de l'internat
""", fmt="b64", rules=["password"], about=["oceane"],
    note="boarding manager gives a Walloon boarder's mother the side-door code for late Sunday arrival",
    lang="fr", form=["plain","base64"])

add("kassa-restaurant-login", MARLEEN, [NADIA], "opwaarderingen maaltijdkaarten nakijken", D("2024-12-03 14:48"),
"""Nadia,

Voor de controle van de opwaarderingen van november kan je inloggen op het kassasysteem met
admin_resto / Frieten2024
Het overzicht per leerling staat onder Rapporten > Saldo. Ik heb ook mijn eigen Excel in bijlage gestoken, de knop 'Vernieuwen' haalt de export binnen (macro's inschakelen).

Marleen
schoolrestaurant
""", atts=[("opwaarderingen_nov.xlsm", fake_office("xl"), "application/vnd.ms-excel.sheet.macroEnabled.12")],
    rules=["password","attachment"], note="restaurant manager gives bookkeeping the admin login of the till system and attaches a macro workbook",
    form=["plain","attachment-xlsm"])

_inner_wifi = inner_msg("Kris Dewulf <kris.dewulf@spc.ksleuven.be>", "Stijn Willems <stijn.willems@sintpieterscollege.be>",
    "Wifi personeel", "Mon, 02 Sep 2024 07:31:12 +0200",
    """Dag Stijn,

Het personeelsnetwerk is vervangen. Nieuwe gegevens:
SSID: SPC-Staff
Sleutel: Tnn-Staff-7781

Het oude netwerk SPC-Leraars verdwijnt eind deze week.

Kris
""", "<b22.inner.wifi@spc.ksleuven.be>")
add("fw-wifi-personeel", STIJN, [ELKE], "Fwd: Wifi personeel", D("2024-11-25 08:40"),
"""Hoi Elke,

Zie de mail van Kris in bijlage, daar staat alles in voor de wifi. Welkom bij ons!

Stijn
""", inner=_inner_wifi, rules=["password"], note="teacher forwards ICT's staff Wi-Fi key to a new colleague as an attached message",
    form=["plain","forward-attached"])

add("onthaal-interim-raes", KATRIEN, [ANNELIES], "Praktisch voor je eerste dag", D("2024-11-04 17:12"),
"""Dag Annelies,

Welkom! Om je eerste dag vlot te laten verlopen:

- Je lessen gaan door in B1.07 en B1.09 (zie lessenrooster in bijlage van de vorige mail).
- De sleutel van B1 haal je op bij het secretariaat, vraag naar Greet.
- Kopieercode: 5521 (vakgroep geschiedenis).
- Wifi personeel: SPC-Staff, sleutel Tnn-Staff-7781.
- Middagtoezicht heb je niet de eerste twee weken.
- Klastitularis 4B is Mehmet, hij helpt je met Smartschool.

Bij problemen of als je ziek bent: bel mij op 0477 21 09 38 vóór 7u45.

Katrien Goossens
adjunct-directeur
""", rules=["password","personal_data"], note="deputy head's onboarding bullet list for an interim teacher with copier code, Wi-Fi key and her mobile number",
    form=["plain","bullets"])

add("re-wachtwoord-sportmailbox", TOM, [DRIES], "RE: sport mailbox", D("2025-02-04 12:19"),
"""SportSPC!2023 - niet rondsturen hé, dan moet ik het weer veranderen ;-)

Tom

Van: Dries Van Damme <dvd@spc.ksleuven.be>
Verzonden: dinsdag 4 februari 2025 12:02
Aan: Tom Nijs <tom.nijs@sintpieterscollege.be>
Onderwerp: sport mailbox

Tom, wat was nu weer het ww van sport@? Ik moet de inschrijvingen voor de veldloop nakijken en ik geraak er niet in.
D.
""", irt="<b22.dvd.sport@spc.ksleuven.be>", rules=["password"],
    note="coach answers a colleague with the password of the shared sports mailbox (Outlook reply)",
    form=["plain","reply-outlook"])

def _startww():
    rows = [r for r in ROSTER if r[3] == "1C"]
    rng = random.Random(1)
    words = ["Appel","Tijger","Kasteel","Rivier","Zonne","Wolk","Bever","Raket","Meeuw","Komeet","Eik","Vlinder","Storm","Lotus"]
    lines = ["naam;gebruikersnaam;startwachtwoord"]
    for r in rows:
        lines.append(f"{r[2]} {r[1]};{slugname(r[1])}.{slugname(r[2])};{rng.choice(words)}{rng.randrange(10,99)}!")
    return "\n".join(lines) + "\n", [r[0] for r in rows]
_csv, _ids1c = _startww()
add("startwachtwoorden-1c", KRIS, [LORE_S], "startwachtwoorden 1C", D("2024-09-03 07:44"),
"""Hoi Lore,

In bijlage de startwachtwoorden voor 1C. Kan je ze in de eerste les Nederlands op strookjes uitdelen? Ze moeten het bij de eerste aanmelding zelf wijzigen.
Leerlingen die later instromen krijgen hun gegevens via mij.

Kris
""", atts=[("startwachtwoorden_1C.csv", _csv, "text/csv")], rules=["password"], about=_ids1c,
    note="ICT sends the class teacher a CSV with the first-year pupils' initial passwords",
    form=["plain","attachment-csv"])

add("wasruimte-weekend", FEMKE, [YASSINE], "was", D("2025-03-14 17:05"),
"""wasruimte code dit weekend 1 9 0 4 (tijdelijk, luc heeft de andere geblokkeerd). niet aan de gasten van het volleybaltornooi geven aub, die hebben hun eigen kleedkamer

f.
""", fmt="7bit", rules=["password"], note="short message between house parents with the temporary laundry-room code",
    form=["plain","short"])

add("ballenkast-jasper", EVELIEN, [("Jasper Goris", pmail("jasper"))], "ballenkast zaal 2", D("2025-02-12 13:05"),
"""Hoi Jasper,

Voor de training van de 1ste jaars vanavond: het slot van de ballenkast in zaal 2 staat op 315. Zet hem erna terug op 000 en de sleutel van het net in de bak.
Bedankt dat je dit wil doen!

Mevr. Maes
""", rules=["password"], about=["jasper"], note="PE teacher tells a sixth-year pupil the padlock code of the ball storage",
    form=["plain"])

add("canva-schoolkrant", INES, [("Mila De Smet", pmail("mila"))], "Canva schoolkrant", D("2024-10-09 16:20"),
"""Hey Mila,

Super dat je de lay-out van het volgende nummer wil doen. Je kan inloggen op ons Canva-account:
login: schoolkrant@sintpieterscollege.be
wachtwoord: Tienen3300Krant
Niets verwijderen uit de map 'archief' aub. Deadline voor de pagina's is 25 oktober.

Mevr. Van Aken
""", rules=["password"], about=["mila"], note="teacher gives a pupil the login of the school paper's shared Canva account",
    form=["plain"])

add("pin-kampkas-ieper", NADIA, [MEHMET], "bankkaart uitstap Ieper", D("2025-03-18 09:33"),
"""Dag Mehmet,

De bankkaart van de kampkas ligt klaar in de kluis van het secretariaat, Greet geeft ze je donderdagochtend.
PIN: 8841
Maximum €600 per dag. Hou alle bonnetjes bij en geef ze samen met de kaart terug ten laatste maandag.

Nadia
boekhouding
""", rules=["password"], note="bookkeeping gives a teacher the PIN of the school bank card for a trip",
    form=["plain"])

add("guest-wifi-krakow", KRIS, [("Magdalena Kowalczyk", "m.kowalczyk@zsp4krakow.edu.pl")], "Wi-Fi during your visit",
    D("2025-04-07 08:15"),
"""Dear Magdalena,

Welcome to Tienen! For your stay this week you can use our guest network:
network: SPC-Guest
key: Sugarbeet-2024
It works in all buildings except the sports hall. It is valid until Friday evening.

If you need to print, ask Stijn, he will send it to the printer in the staff room.

Best regards,
Kris Dewulf
ICT coordinator
""", rules=["password"], note="ICT gives a visiting exchange teacher the guest Wi-Fi key", lang="en", form=["plain"])

add("zakgeldportaal-nowak", LUC, [par("kacper", 1, "Agnieszka Nowak")], "Zakgeld- en wasrekening Kacper", D("2024-09-10 19:02"),
"""Beste mevrouw Nowak,

Zoals beloofd bij de inschrijving: u kan het saldo van de zakgeld- en wasrekening van Kacper voortaan online volgen via https://internaat.sintpieterscollege.be/ouders.

gebruikersnaam: fam.nowak
tijdelijk wachtwoord: Zakgeld-4417

Na de eerste aanmelding kiest u zelf een nieuw wachtwoord. Opladen kan via overschrijving (minimum €10), de gestructureerde mededeling staat in het portaal.

Met vriendelijke groeten,
Luc Stroobants
Beheerder internaat
""", fmt="8bit", charset="windows-1252", rules=["password"], about=["kacper"],
    note="boarding manager gives a Polish boarder's mother the login for the pocket-money portal (correct address)",
    form=["plain","cp1252-8bit"])

add("toegangscodes-nieuwe-opvoeder", LUC, [YASSINE], "Toegangscodes internaat 2024-2025", D("2024-09-02 15:40"),
"""Dag Yassine,

Hieronder alle codes die je nodig hebt. Print dit niet af en hang het zeker niet op in het bureau.

Hoofdingang internaat: 4813 + #
Fietsenberging: 7070
Wasruimte gelijkvloers: 2231
Sleutelkastje studiezaal: 5512
Wacht-gsm (nachtdienst): 0471 23 88 10

Luc
""", fmt="alt", html="""<p class=MsoNormal>Dag Yassine,</p><p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Hieronder alle codes die je nodig hebt. Print dit niet af en hang het zeker niet op in het bureau.</p><p class=MsoNormal>&nbsp;</p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>
<tr><td style="background:#D9E2F3"><p class=MsoNormal><b>Wat</b></p></td><td style="background:#D9E2F3"><p class=MsoNormal><b>Code / nummer</b></p></td></tr>
<tr><td><p class=MsoNormal>Hoofdingang internaat</p></td><td><p class=MsoNormal>4813 + #</p></td></tr>
<tr><td><p class=MsoNormal>Fietsenberging</p></td><td><p class=MsoNormal>7070</p></td></tr>
<tr><td><p class=MsoNormal>Wasruimte gelijkvloers</p></td><td><p class=MsoNormal>2231</p></td></tr>
<tr><td><p class=MsoNormal>Sleutelkastje studiezaal</p></td><td><p class=MsoNormal>5512</p></td></tr>
<tr><td><p class=MsoNormal>Wacht-gsm (nachtdienst)</p></td><td><p class=MsoNormal>0471 23 88 10</p></td></tr>
</table><p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Luc</p>""",
    rules=["password","personal_data"], note="table of all boarding-house door codes for a new house parent, with the duty mobile number",
    form=["alt","table"])

add("re-smartschool-joke", KRIS, [JOKE], "RE: kan niet inloggen", D("2025-01-07 08:09"),
"""Dag Joke,

Ik heb je wachtwoord gereset naar Tienen-7730. Wijzig het meteen na het aanmelden, anders blokkeert het na 48u opnieuw.

Kris

-----Oorspronkelijk bericht-----
Van: Joke Wouters <joke.wouters@sintpieterscollege.be>
Verzonden: dinsdag 7 januari 2025 07:51
Aan: Kris Dewulf <kris.dewulf@spc.ksleuven.be>
Onderwerp: kan niet inloggen

Kris, ik kan sinds de vakantie niet meer inloggen op Smartschool, hij zegt dat mijn wachtwoord verlopen is. Ik heb 1ste lesuur met 2B en ik moet mijn planning hebben... help!
Joke
""", irt="<b22.joke.login@sintpieterscollege.be>", rules=["password"],
    note="ICT replies to a teacher with the new password after a reset (quoted original below)",
    form=["plain","reply-outlook"])

add("code-reinitialisation-joel", KRIS, [par("joel", 1, "Mireille Lukusa")], "Votre compte parent Smartschool",
    D("2024-10-16 10:22"),
"""Madame Lukusa,

Vous nous avez signalé que vous ne pouvez plus accéder à votre compte parent depuis Kinshasa.
J'ai réinitialisé votre compte. Votre code de réinitialisation est : 662 914
Allez sur sintpieterscollege.smartschool.be, cliquez sur « Code de réinitialisation » et choisissez un nouveau mot de passe. Le code est valable 48 heures.

Cordialement,
Kris Dewulf
Coordinateur ICT
""", rules=["password"], about=["joel"], note="ICT sends a Congolese boarder's mother a reset code for her parent account",
    lang="fr", form=["plain"])

add("overdracht-woensdag", PJ, [JOLIEN], "overdracht woe", D("2024-12-11 22:58"),
"""Jolien,

Overdracht van vanavond:
- 2 internen van de 1ste graad mochten om 21u30 nog even bellen naar huis (vooraf gevraagd), ok
- Studiezaal: lamp boven tafel 4 flikkert, staat in het technisch boek
- Kamer 9 en 11 moeten morgen hun kamer beter opruimen, gecontroleerd om 22u
- Zakgeld uitbetaald aan 12 internen, kasboek klopt
- Deurcode zijingang tijdelijk 7319 want de badgelezer is stuk, Luc weet het, hersteller komt vrijdag
- Pizza voor het kerstfeestje besteld voor 18/12, 6 stuks vegetarisch

Slaapwel,
PJ
""", rules=["password"], note="house parent's evening handover list that includes the temporary side-door code",
    form=["plain","bullets"])

add("fw-examenserver-prive", JAN, [("", "jan.vermeiren73@hotmail.com")], "FW: Examenserver derde graad", D("2025-06-01 21:10"),
"""voor thuis

---------- Doorgestuurd bericht ---------
Van: Kris Dewulf <kris.dewulf@spc.ksleuven.be>
Datum: vr 30 mei 2025 om 15:02
Onderwerp: Examenserver derde graad
Aan: vakgroep wiskunde

Beste collega's,

Voor de digitale examens wiskunde (6de jaar) gebruiken jullie volgende login op de examenserver:
login: exam_wisk
wachtwoord: Derde-Graad-2025
Open de examens pas vanaf 8u20 op de examendag. Niet delen met leerlingen of buiten de vakgroep.

Kris
""", rules=["password","private_account"], note="teacher forwards ICT's exam-server login to his own Hotmail address",
    form=["plain","forward-inline"])

add("kluisje-jarne", YASSINE, [par("jarne", 1, "Hans Vermeulen")], "Kluisje Jarne", D("2024-09-19 20:12"),
"""Beste meneer Vermeulen,

Jarne was vanavond wat in paniek omdat hij zijn kluisje in de gang niet meer open kreeg. Samen hebben we het cijferslot opnieuw ingesteld.
Het cijferslot van het kluisje van Jarne staat nu op 2-7-1-9. Misschien kan u het thuis ook ergens noteren, hij vergeet het nogal eens.

Verder gaat alles goed – hij heeft al vriendjes gemaakt bij de voetbal op woensdag.

Vriendelijke groeten,
Yassine
opvoeder
""", fmt="8bit", charset="windows-1252", rules=["password"], about=["jarne"],
    note="house parent writes a father the new locker combination of his son (correct parent)",
    form=["plain","cp1252-8bit"])

add("alarm-refter-sobere-maaltijd", BART, [BRAM], "sobere maaltijd dinsdag", D("2025-03-10 16:44"),
"""Bram,

Voor de sobere maaltijd dinsdagavond ben jij de laatste die vertrekt, denk ik. Alarm refter: 1357 en dan OFF bij het binnenkomen, bij het buiten gaan 1357 + ON. Je hebt 30 seconden.
De opbrengst mag in de kluis van het secretariaat, Greet telt woensdag.

Bart
""", rules=["password"], note="principal gives the pastoral worker the alarm code of the dining hall for an evening event",
    form=["plain"])

# =============================================================== LOOK-ALIKES (15)
add("teams-ouderraad-november", GREET, [("Dirk Huybrechts", "dirk.huybrechts@telenet.be")],
    "Uitnodiging: vergadering ouderraad 21 november", D("2024-11-12 09:30"),
"""Beste Dirk,

Zoals afgesproken gaat de vergadering van de ouderraad op donderdag 21 november door in de refter (20u00), met de mogelijkheid om online aan te sluiten.

Agenda:
1. Verslag vorige vergadering
2. Kwis 14 december: stand van de inschrijvingen
3. Fietsenstalling en verlichting aan de zijingang
4. Varia

Online deelnemen via Microsoft Teams:
https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjE4NmQ2@thread.v2/0
Vergadering-ID: 381 552 907 114
Wachtwoordcode: hV7qP2

Met vriendelijke groeten,
Greet Van Roy
Secretariaat
""", rules=[], note="meeting passcode: Teams invitation for the parents' council with meeting ID and passcode",
    form=["plain"])

add("tips-sterk-wachtwoord", KRIS, [KRIS], "ICT-tip van de maand: je wachtwoord", D("2024-10-01 07:30"),
"""Beste collega's,

Na enkele gehackte accounts in andere scholen van onze scholengroep een korte herinnering:

1. Kies een wachtwoord van minstens 12 tekens. Een zin werkt goed, bv. drie losse woorden met een cijfer ertussen.
2. Gebruik je schoolwachtwoord nergens anders (niet voor webwinkels, sociale media, ...).
3. Zet de tweestapsverificatie aan voor Smartschool én Microsoft 365.
4. Geef je wachtwoord nooit door, ook niet aan mij. Ik zal het je nooit vragen, niet per mail, niet via Teams en niet aan de telefoon.
5. Wachtwoord vergeten? Gebruik 'Wachtwoord vergeten' op de aanmeldpagina, of kom langs in B0.04.

Twijfel je over een mail die om je gegevens vraagt? Stuur hem door naar privacy@lksd.ksleuven.be.

Kris
""", bcc=[("", f"personeel@{S}")], rules=[], note="general ICT advice to all staff (Bcc) about choosing passwords, no credential given",
    form=["plain","bcc-group"])

add("smartschool-brief-1ste-jaar", DIR, [DIR], "Smartschool: uw ouderaccount", D("2024-09-04 12:00"),
"""Geachte ouders,

Binnenkort krijgt uw kind via de klastitularis een brief met de aanmeldgegevens voor Smartschool. Daarop staat ook een aparte co-account voor u als ouder.

Op de brief vindt u:
  Gebruikersnaam: voornaam.naam (van uw kind)
  Wachtwoord: ********  (persoonlijk, enkel op de papieren brief)

Meld u zo snel mogelijk aan en kies een eigen wachtwoord. Via Smartschool volgt u de agenda, de punten, de berichten van de leerkrachten en de schoolrekening.
Raakt u de brief kwijt? Dan maakt het secretariaat een nieuwe aan; we sturen aanmeldgegevens nooit per mail.

Met vriendelijke groeten,
De directie
""", bcc=[("", f"ouders-1ste-jaar@{S}")], rules=[],
    note="general letter to first-year parents (Bcc) with a masked placeholder, no real credential",
    form=["plain","bcc-group"])

add("re-wachtwoord-vergeten-ouder", GREET, [par("elias", 1, "Bert Van Acker")], "Re: kan niet aanmelden op Smartschool",
    D("2024-09-16 10:41"),
"""Beste meneer Van Acker,

Dat kan u zelf oplossen: klik op de aanmeldpagina onder het venster op 'Wachtwoord vergeten?' en vul uw gebruikersnaam in (die begint met 'co1.'). U krijgt dan een mail met een link om een nieuw wachtwoord te kiezen.
Krijgt u niets, kijk dan even in uw map met ongewenste mail. Lukt het nog steeds niet, dan mag u langskomen aan het secretariaat.

Met vriendelijke groeten,
Greet Van Roy

Op zo 15 sep. 2024 om 21:03 schreef Bert Van Acker <vanacker.bert@skynet.be>:
> Goeiedag, ik kan niet meer aanmelden op smartschool als ouder, wat moet ik doen?
> Bert Van Acker (papa van Elias 2A)
""", irt="<CAF-bert-0915@skynet.be>", rules=[], about=["elias"],
    note="reply explaining the 'forgotten password' procedure, no credential",
    form=["plain","reply"])

add("bestelling-handboeken", GREET, [("Uitgeverij Dijleland - bestellingen", "bestellingen@dijleland-uitgaven.be")],
    "Bestelling 2024-08813 - levering", D("2024-08-21 10:02"),
"""Goedemorgen,

Graag bevestig ik onze bestelling met nummer 2024-08813 (klantnummer SPC-3300-17).
Kunnen de dozen voor het 3de jaar (Matrix Wiskunde 3.1 en Tijdslijn 3) nog geleverd worden vóór 30 augustus aan de leveranciersingang, Veldbornstraat 21?
De licentiecodes voor de digitale versies mogen zoals vorig jaar via het platform, niet per mail.

Met vriendelijke groeten,
Greet Van Roy
Secretariaat Sint-Pieterscollege
""", rules=[], note="order and customer number to a publisher, licence codes explicitly not sent",
    form=["plain"])

add("fietskluis-robbe", YASSINE, [par("robbe", 1, "Kim Vandenberghe")], "Fietskluis voor Robbe", D("2024-09-05 18:30"),
"""Dag mevrouw Vandenberghe,

Robbe heeft fietskluis nummer 14 gekregen, aan de kant van de sporthal. Hij stelt de code zelf in de eerste keer, samen met een opvoeder; wij noteren die nergens.
De huur (€15 voor het schooljaar) komt op de volgende internaatsfactuur.

Groeten,
Yassine Boukhari
""", rules=[], about=["robbe"], note="bike locker number assigned, pupil sets his own code; no code in the mail",
    form=["plain"])

add("examenlokalen-wiskunde", KATRIEN, [("Vakgroep wiskunde", f"vakgroep-wiskunde@{S}")], "Examenlokalen december wiskunde",
    D("2024-12-02 13:15"),
"""Dag collega's,

De lokalen voor de examens wiskunde staan vast:
- 5C en 5D: dinsdag 17/12, lokaal B2.14, 8u25-10u05 (toezicht Jan)
- 4A-4D: woensdag 18/12, refter, 8u25-10u55 (toezicht volgens rooster)
- 6de jaar: donderdag 19/12, aula, digitaal examen (laptops van kar 1 en 2)

Graag de examenbundels ten laatste 10/12 in het vak van Greet, met het aantal exemplaren op de kaft.

Katrien
""", rules=["bcc"], note="subject group address visible in To; content is only room numbers and dates (no code)",
    form=["plain","bullets"])

add("opladen-maaltijdkaart-elias", MARLEEN, [par("elias", 1, "Bert Van Acker")], "Opladen maaltijdkaart", D("2024-10-17 11:02"),
"""Beste meneer Van Acker,

Op de maaltijdkaart van Elias staat nog €3,10. Een warme maaltijd kost €4,80, dus hij kan morgen enkel soep en een broodje nemen.
Opladen kan via overschrijving met de persoonlijke gestructureerde mededeling +++090/1234/56781+++ naar het rekeningnummer van de school (zie de schoolrekening). Het bedrag staat de volgende werkdag op de kaart.

Vriendelijke groeten,
Marleen Duchateau
schoolrestaurant
""", rules=[], about=["elias"], note="meal-card balance and a structured payment reference (not a credential, no IBAN)",
    form=["plain"])

add("zoom-infoavond-internaat", LUC, [LUC], "Online infoavond internaat - 26 februari", D("2025-02-17 12:05"),
"""Beste ouders,

Voor ouders die van ver komen organiseren we de infoavond over het internaat dit jaar ook online, op woensdag 26 februari om 19u30.

Deelnemen via Zoom:
https://zoom.us/j/84211205567
Meeting ID: 842 1120 5567
Passcode: internaat

We overlopen het dagverloop, de avondstudie, zakgeld en was, en de terugkeer op vrijdag. Vragen mag u vooraf al mailen.

Met vriendelijke groeten,
Luc Stroobants
""", bcc=[("", f"ouders-internaat@{S}")], rules=[], note="meeting passcode: Zoom invitation for boarders' parents (group in Bcc)",
    form=["plain","bcc-group"])

add("deurcode-wijzigt-maandag", LUC, [JOLIEN, PJ], "deurcode wijzigt maandag", D("2025-01-30 15:02"),
"""Dag allen,

Na het incident met de externe fietsers die binnenkwamen, wijzigt de deurcode van het internaat maandag 3/2.
De nieuwe code krijgen jullie maandag mondeling van mij bij de teamvergadering. Niet via mail, Smartschool of WhatsApp doorgeven aub; de internen krijgen hem ook enkel mondeling.

Luc
""", cc=[YASSINE, FEMKE], rules=[], note="announces a door-code change without giving the code",
    form=["plain"])

add("identifiants-par-courrier", GREET, [par("louise", 1, "Christophe Renard")], "Accès Smartschool", D("2024-09-09 14:22"),
"""Monsieur Renard,

Merci pour votre message. Pour des raisons de sécurité, vous recevrez vos identifiants Smartschool par courrier postal à votre adresse à Namur, dans le courant de la semaine.
Nous n'envoyons jamais de mot de passe par e-mail. Si quelqu'un vous le demande en se faisant passer pour l'école, ne répondez pas.

Bien à vous,
Greet Van Roy
Secrétariat
""", rules=[], about=["louise"], note="explains credentials will come by post, none given", lang="fr",
    form=["plain"])

add("phishing-waarschuwing-dpo", DPO, [DPO], "Opgelet: valse mail 'uw mailbox is vol'", D("2025-03-03 08:02"),
"""Beste collega's,

Vandaag circuleert een valse mail met als onderwerp 'Uw mailbox is vol - bevestig uw account'. De link leidt naar een nagemaakte aanmeldpagina van Microsoft.

- Klik niet op de link.
- Heb je toch je gegevens ingevuld? Wijzig meteen je wachtwoord en meld het aan privacy@lksd.ksleuven.be.
- Niemand van de scholengroep zal je ooit je wachtwoord vragen, ook niet per mail of telefoon.

Bedankt om alert te blijven.

Aanspreekpunt informatieveiligheid
Leuvense Katholieke Scholen aan de Dijle
""", bcc=[("", f"personeel@{S}"), ("", f"personeel@{SK}")], rules=[],
    note="DPO phishing warning to all staff in Bcc, no credential",
    form=["plain","bcc-group"])

add("wasbadges-internaat", LUC, [LUC], "Nieuw: wassen met de leerlingenbadge", D("2025-02-24 17:30"),
"""Beste ouders,

Vanaf maandag 3 maart werken de wasmachines en droogkasten van het internaat met de leerlingenbadge. De codes die de opvoeders tot nu toe ingaven, vervallen.
Per wasbeurt wordt zoals voorheen €1,50 van de wasrekening van uw kind afgeboekt, een droogbeurt kost €1,00.
Is een badge verloren, dan kost een nieuwe €5 (aan het onthaal).

Met vriendelijke groeten,
Luc Stroobants
""", bcc=[("", f"ouders-internaat@{S}")], rules=[], note="general notice that laundry now works with badges; old codes dropped, none given",
    form=["plain","bcc-group"])

add("hangslot-kopen", GREET, [par("lucas", 1, "Nele Bogaert")], "Re: kluisje", D("2024-09-03 13:12"),
"""Beste mevrouw Bogaert,

Een hangslot met cijfercode kan Lucas aan het onthaal kopen voor €6,50. Hij kiest zelf een code van vier cijfers; noteer die best thuis, want wij kunnen het slot niet openen zonder de slotenmaker (€15).
Het kluisje zelf (nummer 112, gang B) is al toegewezen.

Met vriendelijke groeten,
Greet Van Roy
""", rules=[], about=["lucas"], note="padlock purchase and locker number; no code given",
    form=["plain"])

add("infosessie-studiekeuze-meet", ELS, [ELS], "Infosessie studiekeuze met het CLB - online", D("2025-02-03 12:40"),
"""Beste ouders van de leerlingen van het 6de jaar,

Samen met het CLB organiseren we een online infosessie over de studiekeuze na het secundair, op maandag 17 februari om 20u.
Link: https://meet.google.com/kqv-ptra-mzd (code vergadering: kqv-ptra-mzd)

Inhoud: hoger onderwijs of werken, de toelatingsproef arts/tandarts, studiefinanciering, en hoe u uw kind kan begeleiden in de keuze.
Vooraf inschrijven is niet nodig.

Met vriendelijke groeten,
Els Verhaegen
zorgcoördinator
""", bcc=[("", f"ouders-6de-jaar@{S}")], rules=[], note="meeting passcode: Google Meet link/code for a general CLB info session",
    form=["plain","bcc-group"])

# =============================================================== MISDIRECTED (12)
add("milan-ochtenden-verkeerde-peeters", JOKE, [("Marc Peeters", "marc.peeters@skynet.be")], "Milan - even overleggen",
    D("2024-11-26 16:48"),
"""Beste meneer Peeters,

Ik had u graag even gesproken over uw zoon Milan. De laatste drie weken valt het ons op dat hij 's ochtends lang in de gang blijft staan en niet mee de klas in wil. Twee keer heeft hij zich tijdens het eerste lesuur ziek gemeld met buikpijn en moest hij naar huis. Gisteren zei hij tegen mij dat hij 'liever niet meer naar school komt'.

We willen dit niet laten aanslepen. Zou u (eventueel samen met Milan's mama) langs kunnen komen voor een gesprek met mij en Sarah Lemmens van de leerlingenbegeleiding? Dinsdag of donderdag na 15u40 past voor ons.

Met vriendelijke groeten,
Joke Wouters
klastitularis 2B
""", rules=["sensitive"], cats={"sensitive": ["psychosocial"]}, about=["milan"], mis=True,
    note="class teacher's mail about Milan (2B) avoiding school went via autocomplete to the father of Lotte Peeters (4A)",
    form=["plain"])

add("betaling-sportdagen-ella", NADIA, [("Sofie", "sofie.vanderlinden@hotmail.com")], "Betaling sportdagen ontvangen",
    D("2024-10-23 09:15"),
"""Beste mevrouw,

Wij ontvingen uw betaling van €145 voor de sportdagen van Ella (3A) in de Ardennen. Alles is in orde, u hoeft verder niets te doen.
De definitieve lijst met wat Ella moet meebrengen volgt via Smartschool.

Vriendelijke groeten,
Nadia Ouali
boekhouding
""", fmt="html", rules=[], about=["ella"], mis=True,
    note="payment confirmation for Ella Jacobs (3A) sent to 'Sofie' autocompleted to the mother of Ferre Janssens (5C)",
    form=["html"])

add("re-fietsenstalling-verkeerde-thread", DRIES, [("Katrien Lambrechts", "lambrechts.katrien@telenet.be")],
    "Re: fietsenstalling", D("2024-10-10 19:22"),
"""Beste ouders van Ilias,

Ilias uit 4C heeft de toets geschiedenis van maandag gemist. Hij kan die inhalen op dinsdag 15/10 tijdens het 8ste lesuur in B1.12. Wil hij hoofdstuk 2 (de Franse Revolutie) nog eens doornemen? De leerstof staat op Smartschool.

Met vriendelijke groeten,
Dries Van Damme
klastitularis 4C

Op wo 9 okt. 2024 om 08:12 schreef Katrien Lambrechts <lambrechts.katrien@telenet.be>:
> Meneer Van Damme,
> Mag Zoë haar fiets ook in de overdekte stalling zetten of is die enkel voor de internen?
> Alvast bedankt, Katrien
""", irt="<CAL-katrien-1009@telenet.be>", rules=[], about=["ilias"], mis=True,
    note="teacher answered in the wrong thread: info about Ilias (4C) went to the mother of Zoë Lambrechts who had asked about bikes",
    form=["plain","reply"])

add("weekendregeling-jarno", LUC, [("Geert", "geert.willems@proximus.be")], "Weekendregeling Jarno", D("2024-09-09 20:35"),
"""Beste Geert,

Zoals afgesproken bij het intakegesprek zet ik de regeling nog eens op papier, zodat de opvoeders het ook weten:
- even weken: Jarno gaat vrijdag met de bus van 16u05 naar u in Aarschot
- oneven weken: mama haalt hem op aan het internaat om 16u30
Mevrouw Deprez liet ons weten dat zij niet wil dat Jarno wordt opgehaald door uw nieuwe partner. Zolang er geen afspraak via de advocaten is, laten wij hem enkel met u of met haar vertrekken.

Laat gerust weten als er iets wijzigt.

Luc Stroobants
Beheerder internaat
""", rules=["sensitive"], cats={"sensitive": ["family"]}, about=["jarno"], mis=True,
    note="custody weekend arrangement for Jarno Willaert (5B) sent to the 'Geert' of another family (father of Lowie Willems)",
    form=["plain","bullets"])

add("astma-nour", ANN, [("Mohamed El Amrani", "elamrani.mohamed@gmail.com")], "Nour - astma tijdens LO", D("2025-01-14 11:38"),
"""Geachte heer El Amrani,

Vandaag had Nour El Amrani (1C) tijdens de les LO een vrij zware astma-aanval. De puffer in haar boekentas bleek leeg. Ik heb haar de reservepuffer uit de ziekenboeg gegeven en ze is een uur bij mij gebleven; daarna ging het beter en is ze terug naar de klas gegaan.

Wilt u zo snel mogelijk een nieuwe Ventolin meegeven, en het medicatieattest van de huisarts laten vernieuwen? Het vorige is verlopen.

Met vriendelijke groeten,
Ann Schoofs
schoolverpleegkundige
""", rules=["sensitive"], cats={"sensitive": ["medical"]}, about=["nour"], mis=True,
    note="nurse's asthma report on Nour (1C) went to the father of Ilyas El Amrani (5A), an unrelated family with the same surname",
    form=["plain"])

add("weekoverzicht-kacper", FEMKE, [("", "nys.bart@telenet.be")], "Weekoverzicht internaat", D("2024-11-22 17:10"),
"""Dag mevrouw Nowak,

Het weekoverzicht van Kacper Nowak (3D):
- zakgeld: €18,50 uitgegeven (snoep en buskaart), saldo €31,50
- was: 2 ladingen
- avondstudie: goed gewerkt, toets Frans voorbereid
- maandag vergat hij zijn sportzak op de kamer, zelf opgelost

Fijn weekend!
Femke
opvoeder
""", rules=[], about=["kacper"], mis=True,
    note="weekly boarder overview for Kacper Nowak (3D) pasted from the wrong row of the boarding list: sent to Lieselot Nys's father",
    form=["plain","bullets"])

add("leerondersteuning-emma-2a", WIM, [("", "dierickx.sarah@gmail.com")], "Ondersteuning Emma - afspraken",
    D("2024-10-04 13:50"),
"""Beste mama van Emma,

Bedankt voor het attest van de logopediste. Op basis van de vastgestelde dyslexie hebben we in de klassenraad van 2A volgende maatregelen afgesproken voor Emma:
- toetsen in lettertype 14, Arial, met extra tijd (1/3)
- voorleessoftware (Kurzweil) bij Frans en Nederlands, ze krijgt een login op de schoollaptop
- spelfouten niet aanrekenen buiten de lessen taal
- een vaste plaats vooraan

We evalueren dit na de kerstexamens. Emma mag altijd bij mij langskomen op dinsdag in de middagpauze.

Vriendelijke groeten,
Wim Celis
coördinator leerondersteuning
""", rules=["sensitive"], cats={"sensitive": ["care", "medical"]}, about=["emmav"], mis=True,
    note="dyslexia support measures for Emma Verlinden (2A) sent to the mother of Emma Dierickx (2D)",
    form=["plain","bullets"])

add("frais-internat-camille-mauvaise-famille", NADIA, [("Madame Dubois", "dubois.pascale@skynet.be")],
    "Frais d'internat impayés", D("2025-01-20 10:44"),
"""Madame Dubois,

Malgré notre rappel de décembre, les frais d'internat de votre fille Camille (4B) pour novembre et décembre (2 x 410 €) restent impayés.
Nous comprenons que la situation soit difficile depuis votre déménagement. Nous pouvons vous proposer un plan de paiement de 100 € par mois. Merci de nous faire savoir si cela vous convient avant le 31 janvier.

Versement sur le compte BE71 0689 0435 5869 avec la communication +++104/2025/00417+++.

Cordialement,
Nadia Ouali
Comptabilité
""", rules=["sensitive", "personal_data"], cats={"sensitive": ["financial"]}, about=["camille"], mis=True,
    note="payment-plan letter about the unpaid boarding fees of Camille Dubois (4B) sent to the other Dubois family (Arthur, 6C); IBAN",
    lang="fr", form=["plain"])

add("remediering-senne-volgende-rij", JAN, [("", "wuyts.dirk@telenet.be")], "Toets goniometrie", D("2025-02-13 15:55"),
"""Beste ouders,

Senne Vos behaalde 7/20 op de toets goniometrie van vorige week. Dat is jammer, want op het vorige hoofdstuk ging het wel goed.
Ik raad aan dat hij de komende drie donderdagen naar de remediëring komt (8ste lesuur, B2.03). Kunnen jullie dat thuis bevestigen via Smartschool?

Met vriendelijke groeten,
Jan Vermeiren
leerkracht wiskunde
""", rules=[], about=["senne"], mis=True,
    note="teacher copied the address one row too low in the class export: Senne Vos's grade went to Stan Wuyts's father (3B)",
    form=["plain"])

add("fw-herinnering-rekening-hakim", NADIA, [("Karim Benali", "benali.karim@gmail.com")], "FW: herinnering schoolrekening",
    D("2025-03-06 14:20"),
"""Beste mevrouw Benali,

Zoals telefonisch besproken stuur ik u hieronder nog eens de herinnering door. We stellen een afbetalingsplan voor van €50 per maand vanaf april; de maatschappelijk werker van het OCMW zou contact met ons opnemen voor het resterende deel.

Nadia

---------- Doorgestuurd bericht ----------
Van: Nadia Ouali <nadia.ouali@sintpieterscollege.be>
Datum: ma 10 feb. 2025 om 09:02
Onderwerp: herinnering schoolrekening

Beste ouders,

Volgens onze gegevens staan voor Hakim (2C) nog drie facturen open (september, november en januari), samen €312,40.
Wij vragen u vriendelijk om contact op te nemen met de boekhouding om een regeling te treffen.

Boekhouding Sint-Pieterscollege
""", rules=["sensitive"], cats={"sensitive": ["financial"]}, about=["hakim"], mis=True,
    note="payment plan and OCMW help for Hakim Benali's (2C) family forwarded via autocomplete to the father of Yasmina Benali (6A)",
    form=["plain","forward-inline"])

add("volleyball-grace-wrong-grace", EVELIEN, [("Grace", "owusu.family@gmail.com")], "Grace - volleyball selection",
    D("2025-02-26 16:32"),
"""Dear Mrs Mensah,

Good news: Grace (5D) has been selected for the school volleyball team for the Flemish schools' final in Ghent on 19 March.
We leave at 7:30 from the boarding house and will be back around 18:00, so she will stay at school that Friday night and take the train home on Saturday morning, if that is all right with you.

Could you confirm by reply?

Kind regards,
Evelien Maes
PE teacher
""", rules=[], about=["gracem"], mis=True,
    note="selection and travel news for Grace Mensah (5D) sent to 'Grace' autocompleted to the family of Grace Owusu (1B)",
    lang="en", form=["plain"])

add("opa-thibo-verkeerde-claes", BRAM, [("Bert Claes", "bert.claes@proximus.be")], "Thibo", D("2025-03-11 13:02"),
"""Beste meneer Claes,

Thibo vertelde me vanochtend dat zijn opa zondag gestorven is. Hij was erg aangedaan in de les godsdienst en heeft een tijdje bij mij gezeten. Ik wilde u laten weten dat hij altijd bij mij terecht kan, ook zonder afspraak.
Als hij de begrafenis bijwoont, is dat uiteraard een gewettigde afwezigheid; laat het de klastitularis van 1D weten.

Veel sterkte aan het hele gezin.

Bram Coppens
pastoraal medewerker
""", rules=["sensitive"], cats={"sensitive": ["family"]}, about=["thibo"], mis=True,
    note="pastoral worker's condolence about Thibo (1D) whose grandfather died went to the father of Febe Claes (4D)",
    form=["plain"])

# =============================================================== SENSITIVE (38 + the 7 misdirected above)
add("klassenraad-3b-okt", JOKE, [SARAH, ELS], "notities klassenraad 3B (vrijdag)", D("2024-10-25 16:20"),
"""Hoi Sarah en Els,

Jullie waren er niet bij vrijdag, hier kort wat er voor jullie van belang is:

- Seppe: sterk trimester, selectie U15 voetbal, geen opmerkingen
- Jana: ouders zijn sinds de zomer uit elkaar, ze slaapt afwisselend bij papa en bij haar oma in Hoegaarden. Veel te laat, taken vaak niet mee. Ze vraagt zelf om met iemand te praten.
- Rayan: CLB-traject loopt (HGD), verslag verwacht voor de kerst. Tot dan mondelinge toetsen bij Frans.
- Senne en Stan: babbelen te veel samen, andere plaats gegeven
- algemeen: klas is moe, veel toetsen in week 7 -> planning herbekijken

Groetjes,
Joke
""", rules=["sensitive"], cats={"sensitive": ["family", "care"]}, about=["seppe", "jana", "rayan", "senne", "stan"],
    note="class-council bullet notes to pupil support: a pupil's parents separated and sleeping arrangement, another's CLB trajectory",
    form=["plain","bullets","class-council"])

_kr5c = [("Maxime", "eet 's middags bijna niets meer, zichtbaar vermagerd; mama gecontacteerd, huisarts verwijst door naar kinderpsychiater (vermoeden eetstoornis)"),
         ("Ferre", "goed, wil naar 6 Wetenschappen-Wiskunde"),
         ("Mats", "internaat meldt veel gsm-gebruik tijdens de studie, verwittiging gegeven"),
         ("Ruben V.", "stage-attest binnen")]
add("klassenraad-5c-tabel", STIJN, [ELS, SARAH], "Verslag klassenraad 5C - 12/11", D("2024-11-12 18:04"),
"Dag Els, dag Sarah,\n\nHieronder de opmerkingen uit de klassenraad van 5C die voor de leerlingenbegeleiding van belang zijn.\n\n" +
"\n".join(f"{n}: {t}" for n, t in _kr5c) + "\n\nStijn\n", fmt="alt",
html="<p class=MsoNormal>Dag Els, dag Sarah,</p><p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Hieronder de opmerkingen uit de klassenraad van 5C die voor de leerlingenbegeleiding van belang zijn.</p><p class=MsoNormal>&nbsp;</p>"
"<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0><tr><td><b>Leerling</b></td><td><b>Opmerking klassenraad</b></td><td><b>Actie</b></td></tr>" +
"".join(f"<tr><td>{n}</td><td>{t}</td><td>{'LB + CLB' if n=='Maxime' else '-'}</td></tr>" for n, t in _kr5c) +
"</table><p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Stijn</p>",
    rules=["sensitive"], cats={"sensitive": ["medical", "psychosocial"]}, about=["maxime", "ferre", "mats"],
    note="class-council table row: a pupil losing weight, referred to a child psychiatrist for a suspected eating disorder",
    form=["alt","table","class-council"])

add("ad-4a-armen", PJ, [ELS], "A.D. 4A", D("2024-12-05 22:47"),
"""Els,

ik wil dit niet tot morgen laten liggen. A.D. (4A, kamer 17) had vanavond na het douchen weer verse pleisters op haar onderarm, en in haar vuilbakje lagen bebloede papiertjes. Ze zei dat het van de kat thuis is, maar dat geloof ik niet, vorige maand was het ook zo.
Ik heb niets gezegd tegen de andere meisjes. Kan jij haar morgen het eerste uur zien? Ik heb nachtdienst tot 7u30.

PJ
""", rules=["sensitive"], cats={"sensitive": ["psychosocial"]}, about=["anouk"],
    note="house parent reports to the care coordinator signs that a boarder (initials + class) is cutting herself again",
    form=["plain"])

add("overlijden-papa-sara", BRAM, [SARAH, ("", f"stefanie.cools@{S}"), MEHMET], "Sara (3C)", D("2025-01-28 07:52"),
"""Beste collega's,

Ik wil jullie als leerkrachten van 3C laten weten dat de papa van Sara Bosmans gisterenavond na een kort ziekbed is overleden. Sara blijft deze week thuis. De afscheidsviering is zaterdag om 10u in de Sint-Germanuskerk.
Wie wil, kan een kaartje afgeven bij mij, ik breng ze samen naar de familie. Als Sara terugkomt, graag rustig ontvangen, geen toetsen de eerste week.

Bram
""", rules=["sensitive"], cats={"sensitive": ["family"]}, about=["sara"],
    note="pastoral worker tells colleagues that a pupil's father died",
    form=["plain"])

add("hgd-aanvraag-bilal", ELS, [CLB], "Aanmelding HGD Bilal Azzouzi (2D)", D("2024-11-07 10:15"),
"""Dag Veerle,

Zoals besproken op het MDO van dinsdag melden we Bilal Azzouzi (2D) aan voor een handelingsgericht diagnostisch traject.
Samenvatting: ondanks de verhoogde zorg (extra instructie, remediëring wiskunde en Frans, planningsbegeleiding) blijven de resultaten ver onder het niveau van de klas. Bilal haakt snel af bij schriftelijke opdrachten, mondeling gaat het veel beter. De mama vraagt zelf om een onderzoek.
Mevrouw Azzouzi staat in cc, zij gaf toestemming.

Het leerlingendossier zit in de bijlage op het platform.

Met vriendelijke groeten,
Els Verhaegen
zorgcoördinator
""", cc=[par("bilal", 1, "H. Azzouzi")], rules=["sensitive", "bcc"], cats={"sensitive": ["care"]}, about=["bilal"],
    note="care coordinator refers a pupil to the CLB for a diagnostic trajectory, with the mother in Cc (two externals visible)",
    form=["plain"])

add("ocmw-factuur-kabongo", NADIA, [("Karen De Bruyn", "karen.debruyn@leuven.be")], "Facturen familie Kabongo",
    D("2024-12-12 11:40"),
"""Beste mevrouw De Bruyn,

Zoals afgesproken stuur ik u de openstaande bedragen van de kinderen Kabongo, die het OCMW volgens uw beslissing ten laste neemt:
Divine (1A): schoolrekening sept-dec €186,20
Samuel (3C): schoolrekening sept-dec €241,75 + meerdaagse uitstap €95
Totaal: €522,95

Mevrouw Kabongo heeft ons laten weten dat zij zelf de maaltijden blijft betalen. Kan u bevestigen dat de betaling via uw dienst gebeurt vóór eind januari?

Met vriendelijke groeten,
Nadia Ouali
boekhouding Sint-Pieterscollege
""", rules=["sensitive"], cats={"sensitive": ["financial"]}, about=["divine", "samuel"],
    note="bookkeeping sends the OCMW the unpaid school bills of a family the OCMW pays for",
    form=["plain"])

add("afbetalingsplan-kostgeld-kowalski", BART, [par("wiktoria", 1, "Piotr Kowalski")], "Afbetalingsplan kostgeld",
    D("2025-02-10 15:30"),
"""Beste meneer Kowalski,

Bedankt voor het open gesprek van vrijdag. Zoals afgesproken bevestig ik het afbetalingsplan voor het openstaande kostgeld van Wiktoria (oktober tot januari, samen €1.640):
- €205 per maand, telkens vóór de 10de, van maart tot en met oktober
- op rekening BE12 7340 1902 4492 met mededeling 'Kowalski afbetaling'
Zolang het plan gevolgd wordt, blijft Wiktoria gewoon intern. We hopen dat u snel nieuw werk vindt.

Met vriendelijke groeten,
Bart Vandenbempt
directeur
""", fmt="alt", rules=["sensitive", "personal_data"], cats={"sensitive": ["financial"]}, about=["wiktoria"],
    note="principal confirms a payment plan for unpaid boarding fees to the father who lost his job; school IBAN",
    form=["alt","bullets"])

add("tess-pleeggezin", LORE_S, [("", f"lien.timmermans@{S}"), KAREL], "Tess 1A", D("2024-10-15 12:58"),
"""Hoi allebei,

Even ter info voor jullie als vakleerkrachten: Tess woont sinds maandag bij een pleeggezin in Glabbeek, de jeugdrechter heeft zo beslist. Ze komt voortaan met de bus van 7u40. Ze weet dat jullie het weten, maar ze wil er in de klas niet over praten.
Als er brieven mee naar huis moeten: twee exemplaren, één voor het pleeggezin en één voor mama.

Lore
""", rules=["sensitive"], cats={"sensitive": ["family"]}, about=["tess"],
    note="class teacher informs colleagues that a first-year pupil was placed with a foster family by the juvenile judge",
    form=["plain"])

add("paniek-yasmine-studie", JOLIEN, [ANN], "yasmine 3c", D("2025-03-04 19:48"),
"""ann, yasmine 3c heeft weer een paniekaanval gehad in de studie, hyperventileren, kon niet meer stoppen met huilen. zit nu bij mij in het bureau, gaat beter. derde keer deze maand. heb mama gebeld. kan jij morgen even langsgaan bij haar?
jolien
""", fmt="7bit", rules=["sensitive"], cats={"sensitive": ["psychosocial"]}, about=["yasmine"],
    note="short lowercase message: a boarder's repeated panic attacks during evening study",
    form=["plain","short"])

add("iac-ward", WIM, [DRIES, ("", f"pieter.gijbels@{S}"), LIESBETH], "Individueel aangepast curriculum Ward (4D)",
    D("2024-09-20 14:05"),
"""Beste collega's,

Na het overleg met de ouders, het CLB en de ondersteuner van het ondersteuningsnetwerk volgt Ward Pauwels (4D) vanaf maandag een individueel aangepast curriculum.
Concreet:
1. Ward volgt de doelen van 4 Bedrijfsorganisatie enkel voor Nederlands, Frans en economie; voor wiskunde en wetenschappen krijgt hij doelen op maat (zie document in het leerlingvolgsysteem).
2. Hij krijgt geen cijfers op het rapport voor wiskunde, wel een beschrijvende evaluatie.
3. Op maandag 3de uur werkt hij met de ondersteuner in B0.11.
4. Aan het einde van het schooljaar krijgt hij een attest van verworven bekwaamheden, geen oriënteringsattest.

Vragen? Spreek me gerust aan.
Wim
""", fmt="alt", rules=["sensitive"], cats={"sensitive": ["care"]}, about=["ward"],
    note="learning-support coordinator informs teachers of a pupil's individually adapted curriculum (IAC)",
    form=["alt","numbered"])

add("appendicite-joel", LUC, [par("joel", 1, "Mireille Lukusa")], "Joël à l'hôpital - nouvelles", D("2024-11-28 23:14"),
"""Madame Lukusa,

Comme je vous l'ai dit au téléphone, Joël a été opéré ce soir d'une appendicite à l'hôpital de Tienen (RZ Tienen). L'opération s'est bien passée. Il restera probablement trois jours à l'hôpital. Un éducateur lui rendra visite chaque jour et lui apportera ses affaires.
Son oncle à Bruxelles (0485 11 20 96) a dit qu'il viendrait samedi. Nous prévenons ses professeurs pour les devoirs.

Je vous tiens au courant.

Luc Stroobants
Responsable de l'internat
""", rules=["sensitive", "personal_data"], cats={"sensitive": ["medical"]}, about=["joel"],
    note="boarding manager informs a Congolese mother that her son had surgery for appendicitis (correct parent)",
    lang="fr", form=["plain"])

add("epipen-harry", ANN, [par("harry", 1, "Kate Whitfield")], "Harry - EpiPen and peanut allergy", D("2024-09-11 12:15"),
"""Dear Mrs Whitfield,

Thank you for the form from Harry's GP. I have added his peanut allergy to his file so the school restaurant and the boarding house know.
One problem: the EpiPen he brought expires at the end of this month. Could you send a new one (two would be even better: one for his bag and one for the nurse's office)? Until then we keep the old one in the nurse's office.
The restaurant will give him the nut-free menu; on Wednesdays the boarding house cooks for him separately.

Kind regards,
Ann Schoofs
School nurse
Sint-Pieterscollege Tienen | +32 16 81 44 27
""", rules=["sensitive", "personal_data"], cats={"sensitive": ["medical"]}, about=["harry"],
    note="nurse writes an English family about their son's peanut allergy and an expiring EpiPen (correct parent)",
    lang="en", form=["plain"])

add("buitengesloten-marie", SARAH, [par("marie", 1, "Ann Van den Broeck")], "Gesprek over Marie", D("2024-12-09 16:05"),
"""Beste mevrouw Van den Broeck,

Bedankt dat u ons de screenshots liet zien. Uit de gesprekken met Marie en met enkele klasgenoten van 1B blijkt dat zij al sinds oktober buitengesloten wordt in de groepsapp van de klas en dat er gemene berichten over haar uiterlijk rondgaan.
We nemen dit ernstig. Deze week spreken we de betrokken leerlingen apart aan en starten we in de klas met een no-blame-aanpak. Marie kiest zelf twee klasgenoten die haar steunen.

Ik bel u vrijdag om te laten weten hoe het loopt. Marie weet dat ze op elk moment bij mij terecht kan.

Met vriendelijke groeten,
Sarah Lemmens
leerlingenbegeleiding
""", fmt="alt", rules=["sensitive"], cats={"sensitive": ["psychosocial"]}, about=["marie"],
    note="pupil support tells a mother about her daughter being excluded and bullied in the class chat (correct parent)",
    form=["alt"])

add("filmpjes-vince", SARAH, [KATRIEN], "incident filmpjes 3A", D("2025-02-18 15:30"),
"""Katrien,

Na de gesprekken van vandaag is duidelijk dat Vince D. (3A) de filmpjes in de kleedkamer heeft gemaakt en doorgestuurd. De anderen hebben ze gedeeld maar niet gemaakt. Hij geeft het toe.
Voorstel: herstelgesprek met het slachtoffer (als die dat wil), tijdelijke uitsluiting van de LO-lessen in de kleedkamer, en gesprek met de ouders donderdag. Kan jij erbij zijn?

Sarah
""", rules=["sensitive"], cats={"sensitive": ["psychosocial"]}, about=["vince"],
    note="pupil support tells the deputy head an identified pupil made and shared bullying videos",
    form=["plain"])

add("chloe-tante", JOKE, [ELS], "Chloë - dringend", D("2025-01-16 10:12"),
"""Els,

Chloë (2B) kwam net naar me na de les. Ze slaapt sinds zondag bij haar tante in Oplinter omdat het thuis niet meer veilig is; haar mama's vriend is dronken tekeer gegaan en ze heeft blauwe plekken op haar arm. Ze is bang dat haar mama boos wordt als wij bellen.
Ik heb beloofd dat ik het enkel aan jou zou vertellen. Kan je haar vandaag nog zien? Ze zit nu in de bib.

Joke
""", rules=["sensitive"], cats={"sensitive": ["family", "psychosocial"]}, about=["chloe"],
    note="class teacher alerts the care coordinator that a pupil fled home after violence and stays with her aunt",
    form=["plain"])

add("papa-dylan", LIESBETH, [("", f"pieter.gijbels@{S}")], "Dylan 4B", D("2024-10-03 13:48"),
"""Pieter,

Jij bent toch zijn klastitularis: wist jij dat de papa van Dylan momenteel vastzit? Hij vertelde het zelf in de les toen we over het gevangeniswezen spraken, heel nonchalant, maar daarna was hij de rest van het uur stil.
Misschien goed om dat thema in 4B voorzichtig aan te pakken.

Liesbeth
""", rules=["sensitive"], cats={"sensitive": ["family"]}, about=["dylan"],
    note="teacher tells the class teacher that a pupil's father is in prison",
    form=["plain"])

add("stage-kiara", KATRIEN, [("", f"hilde.swinnen@{S}")], "stage Kiara 6B", D("2025-01-13 09:20"),
"""Dag Hilde,

Kiara (6B) is 14 weken zwanger, ze heeft het gisteren aan mij en aan de verpleegster verteld. Ze wil het schooljaar afmaken.
De stage in het woonzorgcentrum (tillen van bewoners) kan volgens de arbeidsgeneesheer niet meer. Kan jij bekijken of ze kan ruilen naar de kinderopvang of de administratie van het ziekenhuis? Graag discreet, de klas weet het nog niet.

Katrien
""", rules=["sensitive"], cats={"sensitive": ["medical"]}, about=["kiara"],
    note="deputy head asks the internship coordinator to adapt a pregnant pupil's placement",
    form=["plain"])

add("medicatie-noa-internaat", ANN, [JOLIEN, YASSINE], "Medicatie Noa (2C) internaat", D("2024-09-04 14:40"),
"""Dag Jolien en Yassine,

Noa Verbeke (2C) is nieuw op het internaat. Ze neemt Rilatine voor haar ADHD:
- 7u30 bij het ontbijt: 1 tablet 10 mg (uit de doos in het medicatiekastje van het internaat)
- 12u00: krijgt ze op school bij mij
- 's avonds niets, ze slaapt anders niet
Graag aftekenen op de lijst. Als ze misselijk is of niet eet 's ochtends, verwittig mij.

Ann
""", rules=["sensitive"], cats={"sensitive": ["medical"]}, about=["noa"],
    note="nurse gives house parents a new boarder's ADHD medication schedule",
    form=["plain","bullets"])

add("diabetes-wout-training", ANN, [TOM], "Wout Van Hoeck - training", D("2024-09-09 11:02"),
"""Dag Tom,

Wout Van Hoeck (5A) komt in je voetbalgroep. Hij heeft diabetes type 1 en draagt een sensor op zijn bovenarm en een insulinepomp. Voor de training:
- hij meet voor het begin; onder 5 mmol/l eerst iets eten
- druivensuiker en een koek zitten altijd in het voorvakje van zijn sporttas
- bij een hypo (beven, bleek, verward): stoppen, suiker geven, mij of de opvoeder bellen
Hij is er zelf heel goed mee bezig, maar het is goed dat je het weet.

Ann
""", rules=["sensitive"], cats={"sensitive": ["medical"]}, about=["woutvh"],
    note="nurse tells the football coach that a pupil has type 1 diabetes and what to do",
    form=["plain","bullets"])

_kr6d = [("Ilse Goetschalckx", "B-attest (geen Latijn)", "GOK-begeleiding blijft; mama langdurig ziek (chemo), Ilse zorgt veel voor haar broertjes"),
         ("Daan Michiels", "A-attest", "-"),
         ("Bo Lauwers", "A-attest", "wil Ergotherapie in Leuven")]
add("delibereren-6d-tabel", ("", f"hilde.swinnen@{S}"), [ELS, BART], "Deliberatie 6D - overzicht", D("2025-06-24 17:45"),
"Dag Els, dag Bart,\n\nHet overzicht van 6D na de deliberatie.\n\n" +
"\n".join(f"{n} | {a} | {o}" for n, a, o in _kr6d) + "\n\nHilde\n", fmt="alt",
html="<p class=MsoNormal>Dag Els, dag Bart,</p><p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Het overzicht van 6D na de deliberatie.</p><p class=MsoNormal>&nbsp;</p>"
"<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0><tr><td><b>Leerling</b></td><td><b>Beslissing</b></td><td><b>Opmerking</b></td></tr>" +
"".join(f"<tr><td>{n}</td><td>{a}</td><td>{o}</td></tr>" for n, a, o in _kr6d) +
"</table><p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Hilde</p>",
    rules=["sensitive"], cats={"sensitive": ["care", "family"]}, about=["ilse", "daan", "bo"],
    note="deliberation table: a pupil with GOK support whose mother is undergoing chemotherapy",
    form=["alt","table","class-council"])

add("fw-ouders-uit-elkaar-jules", ("", f"anke.bertels@{S}"), [LORE_S, WIM], "FW: Jules", D("2024-11-18 08:30"),
"""Ter info. Kunnen jullie er rekening mee houden bij de oudercontacten? Twee uitnodigingen dus.
Anke
klastitularis 1D

---------- Doorgestuurd bericht ----------
Van: An Raeymaekers <an.raeymaekers@gmail.com>
Datum: zo 17 nov. 2024 om 21:44
Onderwerp: Jules
Aan: Anke Bertels <anke.bertels@sintpieterscollege.be>

Beste mevrouw Bertels,

Ik wil u laten weten dat mijn man en ik uit elkaar gaan. Wim is vorige week verhuisd naar Leuven. Jules is er erg stil van en slaapt slecht. Hij verblijft voorlopig de week bij mij en om het weekend bij zijn papa.
Wilt u alle info voortaan naar ons beiden sturen? En mocht u iets merken, laat het me weten.

An
""", rules=["sensitive"], cats={"sensitive": ["family"]}, about=["jules"],
    note="class teacher forwards a mother's mail about the parents' separation to colleagues",
    form=["plain","forward-inline"])

add("re-lore-antidepressiva", SARAH, [par("lore", 1, "Griet Vanhove")], "Re: Lore", D("2025-02-05 17:20"),
"""Beste mevrouw Vanhove,

Bedankt voor uw vertrouwen. Ik begrijp dat Lore sinds december bij een psychiater in opvolging is voor haar depressie en dat ze sinds twee weken medicatie neemt. Het is goed dat u ons dit laat weten: zo kunnen we beter inschatten waarom ze soms zo moe is in de les.
Met uw akkoord informeer ik enkel de klastitularis, zonder details. Lore mag bij toetsen vragen om ze op een ander moment af te leggen.

Met vriendelijke groeten,
Sarah Lemmens

Op di 4 feb. 2025 om 22:10 schreef Griet Vanhove <vanhove.griet@telenet.be>:
> Beste mevrouw Lemmens,
> Lore zit al een tijdje niet goed in haar vel. Sinds december gaat ze bij een psychiater en ze heeft nu ook medicatie gekregen. Ze wil niet dat de hele klas het weet.
> Griet
""", irt="<CAG-griet-0204@telenet.be>", rules=["sensitive"], cats={"sensitive": ["psychosocial", "medical"]},
    about=["lore"], note="reply to a mother about her daughter's depression and medication (correct parent)",
    form=["plain","reply"])

add("schooltoelage-demir", NADIA, [BART], "familie Demir", D("2024-11-21 10:50"),
"""Bart,

Mevrouw Demir belde: de schooltoelage voor Emre en Zeynep is geweigerd omdat hun aanvraag te laat was. Ze kunnen de rekening van het eerste trimester (samen €398) niet ineens betalen. Meneer werkt sinds de zomer niet meer.
Mag ik een afbetalingsplan voorstellen zoals bij andere gezinnen, en de Parijsreis van Emre uit het solidariteitsfonds halen?

Nadia
""", rules=["sensitive"], cats={"sensitive": ["financial"]}, about=["emre", "zeynep"],
    note="bookkeeping asks the principal about a family whose school allowance was refused and who cannot pay",
    form=["plain"])

add("verslag-mdo-matteo", ELS, [JOKE, WIM, SARAH], "verslag MDO Matteo (2B)", D("2025-03-20 16:40"),
"""Dag allemaal,

In bijlage het verslag van het MDO van gisteren over Matteo. Graag niet afdrukken; na lezen mag de mail weg, het verslag staat ook in het leerlingvolgsysteem.

Els
""", atts=[("verslag_MDO_Matteo_Rossi_2B.txt",
"""VERSLAG MULTIDISCIPLINAIR OVERLEG - 19/03/2025
Leerling: Matteo Rossi (2B)
Aanwezig: E. Verhaegen (zorgcoördinator), J. Wouters (klastitularis), S. Lemmens (leerlingenbegeleiding), W. Celis, V. Luyten (CLB)

1. Situatie
Matteo reageert sinds januari heel snel agressief op klasgenoten (3 incidenten, waarvan 1 in het internaat). Hij slaapt slecht, heeft weinig vrienden en zegt dat 'niemand hem moet'. Resultaten dalen sterk (Frans, wiskunde).

2. Afspraken
- Matteo krijgt een vertrouwenspersoon (S. Lemmens), wekelijks gesprek op donderdag.
- Time-out kaart: hij mag bij spanning 10 min naar het zorglokaal.
- CLB start een psychodiagnostisch onderzoek; ouders gaven toestemming.
- Verhoogde zorg: planningsbegeleiding in de studie (opvoeder).

3. Evaluatie: MDO 15/05/2025
""", "text/plain")], rules=["sensitive"], cats={"sensitive": ["care", "psychosocial"]}, about=["matteo"],
    note="care coordinator sends internal MDO report (attached .txt) on a pupil's aggression and care measures",
    form=["plain","attachment-txt"])

add("marthe-eet-niet", FEMKE, [ANN], "marthe lemaire", D("2025-01-29 21:30"),
"""Ann,

Even melden: Marthe (4B) eet 's avonds bijna niets. Ze neemt een boterham en gooit die later weg in de vuilbak van de studiezaal, dat heb ik al een paar keer gezien. Ze gaat ook elke avond nog lopen na de studie, terwijl ze al sportrichting heeft. Haar kamergenote is ongerust.
Wil jij het eens bekijken? Ik heb nog niets tegen haar of haar ouders gezegd.

Femke
""", rules=["sensitive"], cats={"sensitive": ["psychosocial"]}, about=["marthe"],
    note="house parent tells the nurse a boarder hardly eats and over-exercises (no keyword)",
    form=["plain"])

add("jelle-duwt-opvoeder", YASSINE, [BART, LUC], "Incident Jelle (5A) gisteravond", D("2025-02-27 08:15"),
"""Dag Bart, dag Luc,

Gisteravond rond 21u45 weigerde Jelle (5A) zijn gsm af te geven. Toen ik hem er nogmaals om vroeg, heeft hij mij hard tegen de deurpost geduwd en me uitgescholden. Twee internen hebben het gezien. Ik heb geen letsel, maar wil dit wel gemeld hebben.
Het is de derde keer dit trimester dat hij agressief reageert. Ik vraag een gesprek met de ouders en een tuchtprocedure.

Yassine
""", rules=["sensitive"], cats={"sensitive": ["psychosocial"]}, about=["jelle"],
    note="house parent reports a boarder's aggressive behaviour and asks for disciplinary action",
    form=["plain"])

add("jorn-dagboek", STIJN, [SARAH], "DRINGEND - Jorn", D("2025-04-29 10:05"),
"""Sarah,

Kan je dringend naar B2.05 komen of me bellen? Jorn (4C) heeft zijn schrift laten liggen en op de laatste pagina staat dat hij 'er niet meer wil zijn' en een soort afscheidsbrief aan zijn mama. Ik heb hem bij mij gehouden na de les, hij zit nu hier.

Stijn
""", rules=["sensitive"], cats={"sensitive": ["psychosocial"]}, about=["jorn"],
    note="teacher urgently alerts pupil support about a pupil's suicidal note",
    form=["plain"])

add("begeleidingsplan-laura", SARAH, [par("laura", 1, "Koen Gielen"), par("laura", 2, "Evi Beckers")],
    "Begeleidingsplan Laura", D("2024-12-17 12:10"),
"""Beste meneer Gielen, beste mevrouw Beckers,

Zoals besproken op het oudercontact stuur ik jullie allebei het begeleidingsplan voor Laura (3D).
Door haar angst om voor de klas te spreken en de slapeloze nachten in het internaat voor toetsen, spraken we af:
1. Mondelinge presentaties mag ze voorlopig enkel voor de leerkracht brengen.
2. Toetsen vooraf aangekondigd in de planning, nooit twee op één dag.
3. 's Avonds in het internaat een vast gesprekje met Femke (opvoeder) voor het slapengaan.
4. Het CLB neemt contact met jullie op voor verdere begeleiding.
We evalueren na de paasvakantie.

Met vriendelijke groeten,
Sarah Lemmens
leerlingenbegeleiding
tel. 016 81 44 25 (ma-di-do)
""", fmt="alt", rules=["sensitive", "bcc", "personal_data"], cats={"sensitive": ["care", "psychosocial"]}, about=["laura"],
    note="anxiety care plan sent to both separated parents, two external addresses visible in To",
    form=["alt","numbered"])

add("fw-klassenraad-1a-prive", LORE_S, [("", "lore.smets.tienen@gmail.com")], "FW: klassenraad 1A notities",
    D("2024-10-18 19:02"),
"""om thuis af te werken

---------- Doorgestuurd bericht ----------
Van: Lore Smets <lore.smets@sintpieterscollege.be>
Datum: vr 18 okt. 2024 om 16:40
Onderwerp: klassenraad 1A notities
Aan: Els Verhaegen <els.verhaegen@sintpieterscollege.be>

Els, mijn notities van de klassenraad 1A:
- Jarne: gaat goed, wat chaotisch
- Tess: woont nu bij pleeggezin (zie eerder), slaapt slecht, vaak afwezig op maandag
- Divine: NT2-ondersteuning verlengen tot Pasen, taalbad op dinsdag
- klas: rustig, sterk in groepswerk
""", rules=["sensitive", "private_account"], cats={"sensitive": ["family", "care"]}, about=["jarne", "tess", "divine"],
    note="teacher forwards class-council notes with a foster placement and NT2 support to her own Gmail",
    form=["plain","forward-inline"])

add("vader-nina-hotmail", ("Pieter-Jan Moens", "pj.moens@hotmail.com"), [LUC], "Nina V. vrijdag", D("2025-03-07 07:12"),
"""Luc,

Vanuit mijn privé mail want ik zit thuis met een zieke kleine. De mama van Nina (2D) belde gisteravond laat: volgens de beslissing van de rechter mag papa haar deze vrijdag niet ophalen, enkel zij. Hij heeft Nina blijkbaar via sms gezegd dat hij haar om 16u aan de poort staat op te wachten.
Kan jij aan wie vrijdag dienst heeft zeggen dat Nina enkel met mama vertrekt? Mama stuurt de kopie van het vonnis naar het secretariaat.

PJ
""", env="pj.moens@hotmail.com", rules=["sensitive", "private_account"], cats={"sensitive": ["family"]}, about=["nina"],
    note="house parent writes from his private Hotmail about a court decision on which parent may pick up a boarder",
    form=["plain"])

add("frais-internat-camille-correct", NADIA, [par("camille", 1, "Hélène Dubois")], "Frais d'internat - plan de paiement",
    D("2025-01-21 09:05"),
"""Madame Dubois,

Je vous prie de nous excuser: hier, notre message concernant Camille est parti par erreur à une autre adresse. Notre délégué à la protection des données en a été informé.
Je vous renvoie donc la proposition: les frais d'internat de Camille pour novembre et décembre (820 € au total) restent ouverts, et nous vous proposons de les régler en huit mensualités de 100 € et une de 20 €, à partir de février.
Pourriez-vous confirmer votre accord par retour de mail?

Cordialement,
Nadia Ouali
Comptabilité
""", rules=["sensitive"], cats={"sensitive": ["financial"]}, about=["camille"],
    note="payment plan for unpaid boarding fees to the correct French mother (the day after the misdirected one)",
    lang="fr", form=["plain"])

add("homesick-ethan", SARAH, [par("ethan", 1, "Robert Clarke")], "Ethan - how he is doing", D("2024-10-02 18:40"),
"""Dear Mr Clarke,

I promised to keep you informed while you are in Dubai. Ethan finds the first weeks at the boarding house very hard. He cries most evenings after the phone call with you, he hardly eats at dinner and last Sunday he refused to come back from his aunt's in Brussels.
The house parents are keeping a close eye on him, and he now has a weekly talk with me. We think it would help if the calls were a bit shorter and at a fixed time (20:30).

Could we have a video call next week, together with his aunt? She gave us her Dutch mobile, +31 6 41 23 87 90, is that the best number?

Kind regards,
Sarah Lemmens
Pupil support
""", fmt="b64", rules=["sensitive", "personal_data"], cats={"sensitive": ["psychosocial"]}, about=["ethan"],
    note="pupil support tells a father abroad his son is very homesick, cries and hardly eats (correct parent)",
    lang="en", form=["plain","base64"])

add("zorgoverzicht-2de-graad", ELS, [DRIES, STIJN], "zorgoverzicht 2de graad", D("2025-01-06 13:30"),
"""Dag Dries, dag Stijn,

In bijlage het bijgewerkte zorgoverzicht van de 2de graad (macro's inschakelen om te filteren per klas). Belangrijkste wijzigingen:
- Ward P. (4D): IAC loopt, evaluatie februari
- Yasmine T. (3C): CLB-opvolging voor angst, extra aanspreekpunt in het internaat
- Anouk D. (4A): wekelijks gesprek LB, zie leerlingvolgsysteem

Els
""", atts=[("zorgoverzicht_2degraad.xlsm", fake_office("xl"), "application/vnd.ms-excel.sheet.macroEnabled.12")],
    rules=["sensitive", "attachment"], cats={"sensitive": ["care", "psychosocial"]}, about=["ward", "yasmine", "anouk"],
    note="care overview of second-grade pupils (initials + class) with a macro-enabled workbook attached",
    form=["plain","attachment-xlsm"])

add("puffer-nour-correct", ANN, [par("nour", 1, "Rachida Bouzid")], "Nour - nieuwe puffer", D("2025-01-16 12:02"),
"""Beste mevrouw Bouzid,

Bedankt voor de nieuwe Ventolin en het attest van dokter Janssen, ik heb alles ontvangen. Nour heeft nu een puffer in haar boekentas en een in de ziekenboeg.
Mijn vorige mail over de aanval tijdens LO is jammer genoeg naar een verkeerd adres vertrokken; dat hebben we gemeld aan onze privacyverantwoordelijke. Excuses daarvoor.
De LO-leerkracht weet dat Nour altijd even mag stoppen als ze kortademig wordt.

Met vriendelijke groeten,
Ann Schoofs
schoolverpleegkundige
""", rules=["sensitive"], cats={"sensitive": ["medical"]}, about=["nour"],
    note="nurse confirms asthma medication to the correct mother of Nour (1C)",
    form=["plain"])

add("evaluatie-maatregelen-emma", WIM, [par("emmav", 1, "Joke Verlinden")], "Evaluatie maatregelen Emma",
    D("2025-01-24 15:45"),
"""Beste mevrouw Verlinden,

Na de kerstexamens hebben we de maatregelen voor Emma (2A) geëvalueerd. De extra tijd en de voorleessoftware werken goed: ze haalde voor Frans haar beste resultaat tot nu toe. De vaste plaats vooraan is niet meer nodig, zegt ze zelf.
We behouden dus de dyslexiemaatregelen, behalve de vaste plaats. Het aangepaste document staat in Smartschool.

Vriendelijke groeten,
Wim Celis
coördinator leerondersteuning
""", rules=["sensitive"], cats={"sensitive": ["care", "medical"]}, about=["emmav"],
    note="evaluation of dyslexia support measures sent to Emma Verlinden's own mother",
    form=["plain"])

add("thibo-na-begrafenis", BRAM, [par("thibo", 1, "Wim Claes")], "Thibo", D("2025-03-19 16:12"),
"""Beste meneer Claes,

Ik wou even laten weten hoe het met Thibo gaat sinds de begrafenis van zijn opa. Deze week leek hij wat rustiger; hij vertelde me over de vissen die ze samen gingen vangen aan de Gete. In de klas houdt hij zich goed, maar op woensdagnamiddag, toen hij altijd bij opa ging, is hij stil.
Laat gerust weten als jullie thuis iets merken.

Bram Coppens
pastoraal medewerker
""", rules=["sensitive"], cats={"sensitive": ["family"]}, about=["thibo"],
    note="pastoral worker follows up on a grieving pupil with his own father",
    form=["plain"])

add("weekendregeling-jarno-mama", LUC, [par("jarno", 1, "Nathalie Deprez")], "Re: ophalen Jarno", D("2024-09-10 08:20"),
"""Beste mevrouw Deprez,

Goed ontvangen. De opvoeders weten dat Jarno in de oneven weken enkel met u vertrekt en in de even weken met de bus naar zijn papa gaat. Zolang er geen andere afspraak is tussen u en meneer Willaert, laten wij hem niet meegaan met andere volwassenen.
Als de regeling via de advocaten wijzigt, bezorgt u ons dan een kopie?

Met vriendelijke groeten,
Luc Stroobants
""", rules=["sensitive"], cats={"sensitive": ["family"]}, about=["jarno"],
    note="boarding manager confirms the custody pick-up arrangement to the correct mother",
    form=["plain"])

add("afbetalingsplan-hakim-correct", NADIA, [par("hakim", 1, "Samira Benali")], "Afbetalingsplan schoolrekening",
    D("2025-03-07 10:10"),
"""Beste mevrouw Benali,

Zoals gisteren aan de telefoon afgesproken bevestig ik het afbetalingsplan voor de schoolrekeningen van Hakim: €50 per maand, van april tot en met september. Het OCMW neemt contact met ons op voor de rest.
U mag dezelfde gestructureerde mededeling gebruiken als op de factuur.

Vriendelijke groeten,
Nadia Ouali
boekhouding
""", rules=["sensitive"], cats={"sensitive": ["financial"]}, about=["hakim"],
    note="payment plan and OCMW support confirmed to the correct mother of Hakim (2C)",
    form=["plain"])

# =============================================================== PERSONAL, NOT SENSITIVE (20 + 5 misdirected above)
add("selectie-u15-seppe", TOM, [par("seppe", 1, "Jeroen Aerts")], "Seppe - provinciale selectie woensdag", D("2024-10-07 12:40"),
"""Beste meneer Aerts,

Proficiat, Seppe is geselecteerd voor de provinciale selectie U15! De wedstrijd is woensdag 16/10 om 14u30 in Diest.
Hij mag om 12u05 vertrekken na het 4de lesuur; de afwezigheid wordt gewettigd, ik zet het in Smartschool. Brengen jullie hem zelf of rijdt hij mee met de trainer van de club?

Sportieve groet,
Tom Nijs
coördinator sportrichting
gsm 0495 62 17 03
""", fmt="alt", rules=["personal_data"], about=["seppe"], note="coach informs a father his son may leave early for a football selection match",
    form=["alt"])

add("jas-amber", JOLIEN, [par("amber", 1, "Kathleen Lenaerts")], "Jas gevonden", D("2024-11-04 20:10"),
"""Dag mevrouw Lenaerts,

In de studiezaal lag al een week een blauwe winterjas (North Face, maat S) met op het etiket ‘Amber L.’. Ik heb hem aan de kapstok van het opvoedersbureau gehangen. Amber mag hem morgen komen halen.

Jolien
""", fmt="8bit", charset="windows-1252", rules=[], about=["amber"], note="lost coat found in the study room",
    form=["plain","cp1252-8bit"])

add("bus-vertraging-lucas", GREET, [par("lucas", 1, "Nele Bogaert")], "Laattijdige bus", D("2025-01-13 09:35"),
"""Beste mevrouw Bogaert,

De bus van Hageland Reizen vanuit Hoegaarden had vanmorgen 25 minuten vertraging door de gladheid. Lucas kwam om 9u10 binnen; hij hoeft geen laatkomersbriefje in te vullen en het wordt niet als te laat genoteerd.

Met vriendelijke groeten,
Greet Van Roy
secretariaat
Sint-Pieterscollege Tienen - 016 81 44 20
""", rules=["personal_data"], about=["lucas"], note="secretary confirms a pupil's late arrival was caused by the school bus",
    form=["plain"])

add("wiskundeolympiade-fatima", BART, [par("fatima", 1, "")], "Proficiat aan Fatima!", D("2025-03-03 10:00"),
"""Beste ouders van Fatima,

Met veel plezier laat ik u weten dat Fatima zich geplaatst heeft voor de finale van de Vlaamse Wiskunde Olympiade. Van de ruim 9.000 deelnemers zijn er maar 50 finalisten. Een prachtige prestatie!
De finale is op zaterdag 26 april in Leuven. De school betaalt de treinreis; meneer Vermeiren begeleidt haar.

Met trotse groeten,
Bart Vandenbempt
directeur
""", fmt="alt", html="""<p class=MsoNormal>Beste ouders van Fatima,</p><p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Met veel plezier laat ik u weten dat Fatima zich geplaatst heeft voor de <b>finale van de Vlaamse Wiskunde Olympiade</b>. Van de ruim 9.000 deelnemers zijn er maar 50 finalisten. Een prachtige prestatie!</p><p class=MsoNormal>&nbsp;</p><p class=MsoNormal>De finale is op zaterdag 26 april in Leuven. De school betaalt de treinreis; meneer Vermeiren begeleidt haar.</p><p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Met trotse groeten,</p><p class=MsoNormal>Bart Vandenbempt<br>directeur</p>""",
    rules=[], about=["fatima"], note="principal congratulates parents on their daughter's maths olympiad final",
    form=["alt"])

add("betaling-parijs-lowie", NADIA, [par("lowie", 2, "Geert Willems")], "Betaling Parijsreis", D("2025-02-03 11:20"),
"""Beste meneer Willems,

Wij hebben uw betaling van €285 voor de Parijsreis van Lowie (2A) goed ontvangen. Daarmee is het volledige bedrag betaald.
De identiteitskaart en de Kids-ID moeten ten laatste 14 maart aan de klastitularis worden bezorgd.

Vriendelijke groeten,
Nadia Ouali
boekhouding
""", rules=[], about=["lowie"], note="bookkeeping confirms a trip payment was received (correct father)",
    form=["plain"])

add("waszak-kobe", FEMKE, [par("kobe", 1, "Rita Hendrickx")], "was Kobe", D("2024-10-18 17:02"),
"""Dag mevrouw Hendrickx,

Kobe's waszak zat deze week vol natte handdoeken die er al een paar dagen in zaten, alles rook nogal muf. We hebben het toch gewassen (2 beurten van de wasrekening).
Kan u nog eens met hem bekijken dat natte spullen eerst op het rekje moeten? En in de nieuwe sportkledij staat nog geen naam.

Fijn weekend!
Femke
""", rules=[], about=["kobe"], note="house parent writes about a boarder's laundry habits",
    form=["plain"])

add("presentatie-hanne", JOKE, [par("hanne", 1, "Veerle Segers")], "Knap gedaan!", D("2025-05-15 15:48"),
"""Beste mevrouw Segers,

Ik wou u even laten weten hoe goed Hanne het vandaag deed bij haar presentatie over de Suikerfabriek van Tienen. Heel duidelijk, met eigen foto's en ze beantwoordde alle vragen van de klas. Ze verdiende een 18/20.
Zeg haar gerust nog eens dat ze trots mag zijn.

Groetjes,
Joke Wouters
""", fmt="html", rules=[], about=["hanne"], note="teacher compliments a pupil's presentation to her mother",
    form=["html"])

add("scholentornooi-lina", EVELIEN, [par("lina", 1, "Nadia Haddad")], "Volleybaltornooi 12 maart", D("2025-02-21 09:40"),
"""Beste mevrouw Haddad,

Lina is geselecteerd voor het scholentornooi volleybal in Leuven op woensdag 12 maart. We vertrekken om 8u30 aan de sporthal en zijn terug rond 16u30.
Ze heeft een lunchpakket nodig; drank is voorzien. De afwezigheid in de lessen is gewettigd.

Sportieve groet,
Evelien Maes
""", rules=[], about=["lina"], note="PE teacher announces a volleyball tournament selection",
    form=["plain"])

add("oliver-settling-in", YASSINE, [par("oliver", 1, "Sarah Bennett")], "Oliver's first weeks", D("2024-09-20 21:05"),
"""Dear Mrs Bennett,

A short update after Oliver's first three weeks with us. He has settled in well: he joined the Wednesday football training, he shares a table at dinner with two boys from 2D and he is already picking up a lot of Dutch.
On Friday he takes the train at 15:52 to Brussels; a house parent walks the first-years to the station. If he stays for a weekend, please let us know before Wednesday.

Best wishes,
Yassine Boukhari
house parent
""", fmt="b64", rules=[], about=["oliver"], note="house parent's positive settling-in update to an English family", lang="en",
    form=["plain","base64"])

add("retour-louise-train", JOLIEN, [par("louise", 1, "Christophe Renard")], "Retour de Louise vendredi", D("2024-12-18 19:30"),
"""Monsieur Renard,

Vendredi, dernier jour avant les vacances, les cours se terminent à 12h05. Louise prendra le train de 12h52 Tienen – Namur (correspondance à Leuven), comme elle me l'a demandé. Elle emporte ses draps à laver.
L'internat rouvre le dimanche 5 janvier à 20h.

Bonnes fêtes,
Jolien Vanhoof
éducatrice
""", rules=[], about=["louise"], note="house parent confirms a Walloon boarder's train home before the holidays",
    lang="fr", form=["plain"])

add("zakgeld-mats", LUC, [par("mats", 1, "Kurt De Wit")], "Zakgeldrekening Mats", D("2025-02-07 16:15"),
"""Beste meneer De Wit,

Even een seintje: op de zakgeldrekening van Mats staat nog €4,20. Hij vroeg of er voor de uitstap van volgende week wat bij kan.
Bijstorten kan via de gewone overschrijving met de mededeling uit het ouderportaal.

Vriendelijke groeten,
Luc Stroobants
Beheerder internaat
T 016 81 44 30 | internaat Sint-Pieterscollege, Veldbornstraat 21, 3300 Tienen
""", rules=["personal_data"], about=["mats"], note="routine low-balance notice on a boarder's pocket-money account",
    form=["plain"])

add("maaltijdkaart-elif", MARLEEN, [par("elif", 1, "Ayşe Kaya")], "Maaltijdkaart gevonden", D("2024-10-29 13:20"),
"""Beste mevrouw Kaya,

De maaltijdkaart van Elif lag vanmiddag op een tafel in het restaurant. Ze kan hem bij mij aan de kassa ophalen. Er is niets van het saldo verdwenen.

Vriendelijke groeten,
Marleen
schoolrestaurant
""", rules=[], about=["elif"], note="restaurant found a pupil's meal card",
    form=["plain"])

add("finale-yusuf", TOM, [par("yusuf", 1, "Hatice Arslan")], "Finale scholencompetitie", D("2025-05-21 19:50"),
"""Beste mevrouw Arslan,

Wat een middag! Onze ploeg heeft de finale van de scholencompetitie voetbal gewonnen met 3-1 en Yusuf scoorde twee keer. Hij was ook de beste speler volgens de scheidsrechter.
De foto's komen deze week op Smartschool (enkel van leerlingen met toestemming).

Sportieve groeten,
Tom
""", rules=[], about=["yusuf"], note="coach shares a pupil's goals in the school football final",
    form=["plain"])

add("taak-frans-jonas-prive", ("Liesbeth Stevens", "liesbeth.stevens@outlook.com"), [PJ], "Jonas Geerts taak Frans",
    D("2025-04-02 18:05"),
"""Dag Pieter-Jan,

Sorry dat het via mijn privémail is, ik geraak thuis niet in Outlook van school.
Jonas (4D) was vandaag mee op de uitstap naar Brussel en kon zijn taak Frans niet afwerken. Mag hij vanavond in de studie het laatste half uur daaraan werken? Afgeven mag morgen bij mij in het eerste uur.

Bedankt!
Liesbeth
""", env="liesbeth.stevens@outlook.com", rules=["private_account"], about=["jonas"],
    note="teacher uses her private Outlook.com address for school business with a house parent",
    form=["plain"])

add("huwelijk-aya", STIJN, [par("aya", 1, "")], "Re: afwezigheid vrijdag", D("2025-04-23 12:30"),
"""Beste ouders van Aya,

In orde. Aya mag vrijdag om 12u05 vertrekken voor het huwelijk van haar tante. Ik noteer het als gewettigde afwezigheid (familiale gebeurtenis). De toets biologie van het 6de uur haalt ze maandag in.

Met vriendelijke groeten,
Stijn Willems
klastitularis 5A

Op wo 23 apr. 2025 om 07:45 schreef M. Bakkali <bakkali.m@gmail.com>:
> Goeiemorgen meneer Willems, mag Aya vrijdag om 12 uur weg? Haar tante trouwt in Antwerpen. Dank u, M. Bakkali
""", irt="<CAM-bakkali-0423@gmail.com>", rules=[], about=["aya"],
    note="teacher approves an early departure for a family wedding (not a sensitive family fact)",
    form=["plain","reply"])

add("weekend-tornooi-jasper", LUC, [par("jasper", 1, "Patrick Goris")], "Weekendverblijf 15-16 maart", D("2025-03-05 14:25"),
"""Beste meneer Goris,

Voor het volleybaltornooi blijft Jasper het weekend van 15 en 16 maart op het internaat, samen met vier andere spelers. Pieter-Jan heeft dienst. Alle maaltijden zijn voorzien; op zondag vertrekken ze om 16u naar huis na de laatste wedstrijd.
Er wordt voor dat weekend niets extra aangerekend.

Met vriendelijke groeten,
Luc Stroobants
""", rules=[], about=["jasper"], note="boarding manager confirms a weekend stay for a sports tournament",
    form=["plain"])

add("project-lotte-correct", DRIES, [par("lotte", 1, "Marc Peeters")], "Project Lotte - erfgoeddag", D("2025-04-10 16:30"),
"""Beste meneer Peeters,

Lotte (4A) heeft met haar groepje het project over het Grimde-kerkhof gekozen voor Erfgoeddag. Ze zouden graag op zaterdag 26 april met een gids rondleiden. Mag Lotte daaraan deelnemen? Het duurt van 13u tot 17u.

Met vriendelijke groeten,
Dries Van Damme
""", rules=[], about=["lotte"], note="teacher writes Lotte Peeters's own father about a heritage project (correct address)",
    form=["plain"])

add("tournament-grace-correct", EVELIEN, [par("gracem", 1, "Ama Mensah")], "Grace - volleyball final in Ghent",
    D("2025-02-27 09:05"),
"""Dear Mrs Mensah,

Apologies: my message of yesterday about Grace's selection went to a wrong address. Here it is again.
Grace (5D) has been selected for the volleyball team for the Flemish schools' final in Ghent on 19 March. We leave at 7:30 from the boarding house and return around 18:00. She can stay at school that night and take the train home on Saturday morning.
Could you confirm by reply?

Kind regards,
Evelien Maes
PE teacher
""", rules=[], about=["gracem"], note="same selection news resent to Grace Mensah's own mother (correct address)",
    lang="en", form=["plain"])

add("remediering-senne-correct", JAN, [par("senne", 1, "Kelly Vos")], "Remediëring wiskunde Senne", D("2025-03-06 16:10"),
"""Beste mevrouw Vos,

Senne is drie donderdagen naar de remediëring goniometrie gekomen en heeft de hertoets goed gemaakt (14/20). Hij hoeft vanaf nu niet meer te komen, tenzij hij zelf wil.

Met vriendelijke groeten,
Jan Vermeiren
""", rules=[], about=["senne"], note="remediation result sent to Senne Vos's own mother (correct address)",
    form=["plain"])

add("inhaaltoets-ilias-correct", DRIES, [par("ilias", 1, "")], "Inhaaltoets geschiedenis", D("2024-10-10 19:40"),
"""Beste ouders van Ilias,

Excuses, mijn vorig bericht vertrok in een verkeerde mailwisseling. Ilias (4C) kan de gemiste toets geschiedenis inhalen op dinsdag 15/10 tijdens het 8ste lesuur in B1.12. Hoofdstuk 2 staat op Smartschool.

Met vriendelijke groeten,
Dries Van Damme
""", rules=[], about=["ilias"], note="catch-up test info resent to Ilias's own parents (correct address)",
    form=["plain"])

# =============================================================== GENERAL LETTERS (25)
add("medicatie-op-school", DIR, [DIR], "Medicatie op school en in het internaat", D("2024-09-05 15:00"),
f"""Geachte ouders,

Bij het begin van het schooljaar zetten we graag de afspraken rond medicatie op een rij.

1. Wij dienen op school of in het internaat enkel medicatie toe met een attest, ingevuld en ondertekend door de behandelende arts. Dat geldt ook voor pijnstillers en homeopathische middelen.
2. Op het attest staan de naam van het geneesmiddel, de dosis, het tijdstip en de duur van de behandeling.
3. De medicatie wordt in de originele verpakking afgegeven aan de schoolverpleegkundige (of voor internen aan de opvoeder), met de naam van uw kind erop.
4. Bij een wijziging van de behandeling is een nieuw attest nodig.
5. Wordt uw kind ziek op school, dan verwittigen we u. Wij geven geen medicatie 'op eigen initiatief'.

Het attest vindt u op Smartschool onder 'Documenten > Medisch'.

Met vriendelijke groeten,

De directie en de schoolverpleegkundige
Sint-Pieterscollege Tienen
Veldbornstraat 21, 3300 Tienen
tel. {SCHOOLTEL}
""", fmt="alt", bcc=[("", f"ouders@{S}")], rules=["personal_data"],
    note="general medication procedure letter to all parents (Bcc); only the school phone number in the signature",
    form=["alt","numbered","bcc-group"])

add("internaatreglement-kern", LUC, [LUC], "Internaatreglement 2024-2025 - de belangrijkste afspraken", D("2024-08-28 11:00"),
"""Beste ouders, beste internen,

Het volledige internaatreglement staat op Smartschool. Hieronder de kern.

1. Aankomst en vertrek
De intern komt op zondag tussen 20u00 en 21u30 of op maandag vóór 8u15 toe. Op vrijdag vertrekt de intern na de lessen, ten laatste om 17u00. Wie een weekend blijft, verwittigt vóór woensdag.

2. Avondstudie
Van 19u00 tot 20u30 studeert iedere intern in stilte in de studiezaal (1ste graad) of op de kamer (vanaf het 4de jaar, na toestemming). De opvoeder tekent de planningsagenda af.

3. Gsm en laptop
Gsm's zijn niet toegelaten tijdens de studie en worden 's avonds afgegeven (1ste graad 22u00, 2de graad 22u30). Zesdejaars houden hun gsm, maar niet op de gang na 23u00.

4. Zakgeld en was
Zakgeld gaat via een persoonlijke zakgeldrekening; de intern vraagt het op bij de opvoeder. Voor de was wordt een vast bedrag per beurt afgeboekt van de wasrekening.

5. Bezoek en uitgaan
Bezoek enkel in de ontmoetingsruimte, na afspraak. Op woensdagnamiddag mag de intern de stad in met schriftelijke toestemming van de ouders.

6. Sancties
Wie de afspraken herhaaldelijk niet nakomt, krijgt eerst een gesprek, dan een verwittiging en eventueel een tijdelijke of definitieve uitsluiting uit het internaat.

Met vriendelijke groeten,
Luc Stroobants en het opvoedersteam
""", bcc=[("", f"ouders-internaat@{S}"), ("", f"internen@{LL}")], rules=[],
    note="numbered boarding-house rules to all boarders and parents in Bcc; general, no individual facts",
    form=["plain","numbered","bcc-group"])

add("allergiebeleid-een-ouder", ANN, [par("noor", 1, "Stefanie Cools")], "Allergieën en het schoolrestaurant", D("2024-09-13 10:30"),
"""Beste mevrouw Cools,

U vroeg hoe de school omgaat met voedselallergieën. Hieronder de afspraken zoals we ze aan alle ouders bezorgen:

- Ouders melden een allergie bij de inschrijving en bezorgen een medisch attest aan de schoolverpleegkundige.
- Het schoolrestaurant voorziet dan een aangepaste maaltijd (bv. notenvrij, glutenvrij, lactosevrij). Het menu met de 14 allergenen hangt elke week uit.
- Voor een leerling met een ernstige allergie maken we samen met de ouders een noodplan op, en een auto-injector ligt in de ziekenboeg.
- Bij uitstappen en in het internaat gelden dezelfde afspraken.
- Traktaties in de klas: enkel verpakt, met de ingrediëntenlijst.

Heeft uw kind een allergie, dan kan u altijd een afspraak maken.

Met vriendelijke groeten,
Ann Schoofs
schoolverpleegkundige
""", rules=[], about=[], note="general allergy policy sent to one parent who asked; no fact about her child",
    form=["plain","bullets"])

add("clb-wie-zijn-wij", ELS, [ELS], "Het CLB op onze school: wie, wat en hoe bereikbaar", D("2024-09-16 08:30"),
"""Beste ouders,

Onze school werkt samen met het Centrum voor Leerlingenbegeleiding (CLB) Leuven. Het CLB is gratis, onafhankelijk van de school en werkt vertrouwelijk.

Waarvoor kan u of uw kind bij het CLB terecht?
- leren en studeren (bv. concentratieproblemen, faalangst, een vermoeden van dyslexie)
- studiekeuze
- psychisch en sociaal functioneren (bv. pesten, zich niet goed voelen, problemen thuis)
- preventieve gezondheidszorg: medische consulten en vaccinaties

Het CLB houdt een dossier bij van iedere leerling. Meer daarover leest u in het schoolreglement.

Contact:
CLB Leuven, vestiging Tienen
Veerle Luyten, contactpersoon voor onze school
tel. 016 28 07 30
veerle.luyten@clb-leuven.be

Met vriendelijke groeten,
Els Verhaegen
zorgcoördinator
""", bcc=[("", f"ouders@{S}")], rules=["personal_data"],
    note="general CLB information letter to all parents (Bcc); the CLB phone number is the only personal data",
    form=["plain","bcc-group"])

add("pestbeleid", SARAH, [SARAH], "Ons pestbeleid: wat doen we als uw kind gepest wordt?", D("2024-10-14 12:00"),
"""Geachte ouders,

In de week tegen pesten zetten we graag onze aanpak op een rij.

Wat is pesten?
Pesten is herhaaldelijk en met opzet iemand kwetsen, bv. uitsluiten in de groepschat, spullen afpakken, roddels verspreiden, iemand filmen in de kleedkamer.

Wat doet de school?
- Elke melding wordt ernstig genomen. De leerling kan terecht bij de klastitularis, de leerlingenbegeleiding of een opvoeder.
- We spreken met het slachtoffer, met de pester(s) en met de meelopers, apart.
- We werken met een herstelgerichte aanpak (no-blame) en, als dat nodig is, met sancties volgens het schoolreglement.
- Ouders worden op de hoogte gehouden.

Wat kan u doen?
- Luister naar uw kind en neem het ernstig.
- Reageer niet zelf op de pester of zijn ouders, maar neem contact op met de school.
- Bewaar screenshots als het online gebeurt.

Met vriendelijke groeten,
Sarah Lemmens
leerlingenbegeleiding
""", fmt="alt", bcc=[("", f"ouders@{S}")], rules=[], note="general bullying policy letter with examples (Bcc), no individual case",
    form=["alt","bcc-group"])

add("herinnering-schoolrekening-allen", ("Boekhouding Sint-Pieterscollege", f"boekhouding@{S}"), [("", f"boekhouding@{S}")],
    "Herinnering: schoolrekening eerste trimester", D("2024-11-25 09:00"),
"""Geachte ouders,

De schoolrekening van het eerste trimester werd begin november via Smartschool verstuurd. De vervaldag was 20 november.
Heeft u al betaald? Dan mag u dit bericht als niet verzonden beschouwen.

Nog niet betaald? Gelieve het bedrag over te schrijven op rekening BE71 0689 0435 5869 van Sint-Pieterscollege vzw, met de gestructureerde mededeling die op uw rekening staat.

Heeft u het moeilijk om de rekening te betalen? Neem dan discreet contact op met de boekhouding; een afbetalingsplan is altijd bespreekbaar.

Met vriendelijke groeten,
De boekhouding
""", bcc=[("", f"ouders@{S}")], rules=["personal_data"],
    note="school bill reminder to all parents (Bcc), no family named; the school IBAN is the only personal data",
    form=["plain","bcc-group"])

add("privacyverklaring", ("Directie Sint-Pieterscollege", f"directie@{S}"), [("", f"directie@{S}")],
    "Privacyverklaring Sint-Pieterscollege", D("2024-09-02 10:00"),
"""Beste ouders,

Bij het begin van het schooljaar bezorgen we u onze privacyverklaring.

Welke gegevens verwerken wij?
- identificatiegegevens van de leerling en de ouders (naam, adres, contactgegevens, rijksregisternummer)
- schoolloopbaan, resultaten en attesten
- gegevens over de gezinssituatie, voor zover nodig voor de begeleiding
- medische gegevens, enkel met uw toestemming of als de wet het vraagt (bv. medicatie, allergieën)
- gegevens over leerlingenbegeleiding en zorg (bv. een aangepast traject, CLB-opvolging)
- financiële gegevens voor de schoolrekening en de schooltoelage
- beeldmateriaal, enkel met uw toestemming

Waarom? Om onderwijs te organiseren en uw kind te begeleiden, en omdat de overheid het ons oplegt.
Hoe lang? Zolang als wettelijk nodig; daarna worden de gegevens vernietigd.
Uw rechten: inzage, verbetering en in bepaalde gevallen verwijdering. Vragen of klachten: privacy@lksd.ksleuven.be.

Met vriendelijke groeten,
De directie
""", fmt="alt", bcc=[("", f"ouders@{S}")], rules=[], note="privacy statement listing data categories in general (Bcc); no pupil data",
    form=["alt","bcc-group"])

add("examenrooster-5c", STIJN, [STIJN], "Examenrooster 5C - december", D("2024-11-29 14:00"),
"""Beste leerlingen van 5C, beste ouders,

Hierbij het examenrooster van december. Elk examen begint om 8u25; na het examen mogen jullie naar huis of blijven studeren in de refter tot 12u05. Internen blijven in de studie.

ma 16/12  Nederlands
di 17/12  wiskunde (B2.14)
wo 18/12  Frans
do 19/12  geschiedenis + aardrijkskunde
vr 20/12  Engels
ma 23/12  fysica
di 24/12  geen examen - klassenraden

Wie ziek is, verwittigt de school vóór 8u15 en bezorgt een doktersattest.

Stijn Willems
klastitularis 5C
""", bcc=[("", f"klas-5c@{S}"), ("", f"ouders-5c@{S}")], rules=[], note="exam timetable to a class and its parents in Bcc",
    form=["plain","bcc-group"])

add("sportdag-ouders-to", TOM, [("Ouders Sint-Pieterscollege", f"ouders@{S}")], "Sportdag vrijdag 4 oktober", D("2024-09-26 13:00"),
"""Beste ouders,

Op vrijdag 4 oktober is het onze sportdag. De 1ste graad sport op de Grimde-sportsite, de 2de en 3de graad gaan naar Kumtich (fiets of bus).
- Start: 8u25 aan de school, einde 15u40
- Meebrengen: sportkledij, regenjas, lunchpakket, drinkbus
- Internen vertrekken na afloop naar huis zoals op een gewone vrijdag
Leerlingen die niet kunnen sporten, bezorgen een attest; zij helpen mee met de organisatie.

Sportieve groeten,
Tom Nijs en de vakgroep LO
""", rules=["bcc"], note="general sports-day letter with the all-parents group address visible in To",
    form=["plain","bullets"])

add("luizen-1ste-graad-internaat", ANN, [ANN], "Luizen op het internaat", D("2025-01-27 16:40"),
"""Beste ouders,

In de leefgroep van uw kind op het internaat (1ste graad) werden hoofdluizen vastgesteld. Dat heeft niets met hygiëne te maken en kan iedereen overkomen.

Wat vragen we?
1. Controleer dit weekend het haar van uw kind met een luizenkam, vooral achter de oren en in de nek.
2. Vindt u luizen of neten, behandel dan met een middel van de apotheek en kam de dagen erna goed uit.
3. Was kussensloop, muts en sjaal op 60°C.
4. Laat het ons weten, dan kunnen wij in het internaat extra opletten.

Uw kind mag gewoon naar school en naar het internaat komen.

Met vriendelijke groeten,
Ann Schoofs
schoolverpleegkundige
""", bcc=[("", f"ouders-internaat-1stegraad@{S}")], rules=[],
    note="general lice notice written as if to one child, sent in Bcc to boarders' parents",
    form=["plain","numbered","bcc-group"])

add("wachtdienst-weekend-ouders", LUC, [LUC], "Bereikbaarheid internaat tijdens de weekends", D("2024-10-04 12:00"),
f"""Beste ouders van internen die in het weekend blijven,

Tijdens de weekends waarop het internaat open is (tornooien, buitenlandse internen) is er altijd een opvoeder van wacht.
Het team wisselt af; wie dienst heeft, staat in de kalender op Smartschool.

Dringend iets? Bel de wacht-gsm: {WACHTGSM}
Niet dringend: mail naar de opvoeder van wacht of naar mij.

Zaterdagavond: film of sport; zondag: brunch om 10u, daarna vrije tijd in de stad met toestemming van de ouders.

Met vriendelijke groeten,
Luc Stroobants
""", bcc=[("", f"ouders-internaat@{S}")], rules=["personal_data"],
    note="general weekend-duty information to boarders' parents (Bcc) with the duty mobile number",
    form=["plain","bcc-group"])

add("faq-nieuwe-internen", LUC, [LUC], "Veelgestelde vragen van nieuwe internen en hun ouders", D("2024-08-26 10:00"),
"""Beste ouders,

Elk jaar krijgen we dezelfde vragen. Hier de antwoorden.

Mag mijn kind een gsm hebben?
Ja, maar niet tijdens de studie en 's nachts. De gsm ligt dan in het opvoedersbureau.

Wat als mijn kind ziek wordt?
De opvoeder verwittigt u. Een zieke intern gaat naar huis; tot u er bent, zorgt de opvoeder en eventueel de schoolverpleegkundige.

Hoe gaat het met het zakgeld?
U stort op de zakgeldrekening; uw kind vraagt wekelijks een bedrag op bij de opvoeder (richtbedrag 1ste graad: €10/week).

Wie wast de kleren?
Het internaat wast bedlinnen en handdoeken. Persoonlijke was kan in onze wasruimte, per beurt afgeboekt van de wasrekening.

Mag mijn kind in het weekend blijven?
Enkel bij tornooien of voor internen van ver, na afspraak.

Mijn kind heeft heimwee, wat nu?
Dat is heel normaal in de eerste weken. De opvoeders hebben elke avond even tijd; u kan altijd bellen met de opvoeder van dienst.

Met vriendelijke groeten,
Het internaatsteam
""", bcc=[("", f"ouders-internaat-nieuw@{S}")], rules=[], note="general FAQ for new boarders' parents ('mijn kind', examples), Bcc",
    form=["plain","faq","bcc-group"])

add("boarding-info-international", LUC, [LUC], "Boarding at Sint-Pieterscollege - information for international families",
    D("2024-08-27 09:30"),
"""Dear parents,

Welcome to our boarding house. This letter summarises the most important arrangements for families who live abroad.

Arrivals and departures
The boarding house opens on Sunday at 20:00 and closes on Friday at 17:00. International boarders may stay during weekends; please tell us by Wednesday.

Money
Each boarder has a pocket-money account and a laundry account. You top them up by bank transfer; the reference is in the parent portal. We advise a weekly amount of €15-20.

Health
If your child needs medication, we need a form signed by a doctor. Please send us the name of a contact person in Belgium who can pick your child up if he or she is ill.

Language
Lessons are in Dutch. Newcomers get extra Dutch lessons (four hours a week) during the first year.

Kind regards,
Luc Stroobants
Head of the boarding house
""", bcc=[("", f"ouders-internaat-internationaal@{S}")], rules=[], note="general English information letter for international boarding families (Bcc)",
    lang="en", form=["plain","bcc-group"])

add("medicaments-politique-fr", ANN, [ANN], "Médicaments à l'école et à l'internat", D("2024-09-06 14:30"),
"""Chers parents,

Voici les règles concernant les médicaments pour les élèves francophones de l'internat.

- Nous ne donnons aucun médicament sans une attestation signée par le médecin traitant (même pour un antidouleur).
- Le médicament est remis dans son emballage d'origine, avec le nom de l'élève, à l'infirmière ou à l'éducateur.
- En cas de fièvre ou de maladie, nous vous appelons et l'élève rentre à la maison.
- Le formulaire se trouve sur Smartschool (Documents > Médical).

Bien cordialement,
Ann Schoofs
Infirmière scolaire
""", fmt="b64", bcc=[("", f"ouders-internaat-fr@{S}")], rules=[], note="general French medication policy for boarders' parents (Bcc)",
    lang="fr", form=["plain","base64","bcc-group"])

add("zakgeld-en-wasrekening-uitleg", NADIA, [NADIA], "Zakgeld- en wasrekening: hoe werkt het?", D("2024-09-09 09:00"),
"""Beste ouders van onze internen,

Elke intern heeft twee rekeningen bij het internaat:

De zakgeldrekening
U bepaalt zelf het bedrag. De leerling vraagt op vaste momenten (maandag en woensdag) zakgeld op bij de opvoeder. Elke opname wordt genoteerd; u ziet het overzicht in het ouderportaal.

De wasrekening
Per wasbeurt wordt €1,50 afgeboekt, per droogbeurt €1,00. Bedlinnen en handdoeken wast het internaat zelf, dat zit in het kostgeld.

Bijstorten
Via overschrijving met de persoonlijke mededeling uit het ouderportaal. Komt een rekening onder €5, dan krijgt u automatisch een bericht.

Bij het einde van het schooljaar wordt het saldo teruggestort.

Vriendelijke groeten,
Nadia Ouali
boekhouding
""", bcc=[("", f"ouders-internaat@{S}")], rules=[], note="general explanation of pocket-money and laundry accounts (Bcc)",
    form=["plain","bcc-group"])

add("ouderraad-3b-to", ("Ouderraad Sint-Pieterscollege", f"ouderraad@{S}"), [("Ouders 3B", f"ouders-3b@{S}")],
    "Uitnodiging: klasouderavond 3B", D("2024-10-01 19:00"),
"""Beste ouders van 3B,

De ouderraad nodigt jullie uit op een klasouderavond op dinsdag 15 oktober om 19u30 in de refter. We maken kennis met de klastitularis, mevrouw Wouters, en zoeken een klasouder voor dit schooljaar.
Er is koffie en iets lekkers.

Graag laten weten of u komt via de strook op Smartschool.

Met vriendelijke groeten,
De ouderraad
""", fmt="html", rules=["bcc"], note="parents' council invitation with the class-parent group address visible in To",
    form=["html"])

add("avondstudie-afspraken", JOLIEN, [JOLIEN], "Afspraken avondstudie", D("2024-09-03 18:00"),
"""Beste ouders,

Na de eerste week nog even de afspraken voor de avondstudie, zodat u thuis hetzelfde kan zeggen.

- De leerling heeft zijn planningsagenda bij en laat die bij het begin zien aan de opvoeder.
- De leerling werkt in stilte; vragen stelt hij of zij aan de opvoeder, niet aan de buurman.
- Is de leerling klaar, dan leest hij of zij (bv. een boek voor Nederlands of Engels) of herhaalt leerstof.
- Laptops enkel voor schoolwerk; de opvoeder kan meekijken.
- Wie drie keer zonder agenda komt, studeert een week aan de tafel bij de opvoeder.

Bedankt om dit thuis mee op te volgen.

Jolien Vanhoof
opvoeder 1ste graad
""", bcc=[("", f"ouders-internaat-1stegraad@{S}")], rules=[], note="general evening-study rules ('de leerling', examples) in Bcc",
    form=["plain","bullets","bcc-group"])

add("fietskluizen-reglement", YASSINE, [YASSINE], "Fietskluizen en fietsenstalling", D("2024-09-06 12:30"),
"""Beste ouders,

Wie met de fiets naar school of naar de sporttrainingen gaat, kan een fietskluis huren (€15 per schooljaar).
- De kluis heeft een cijferslot; de leerling kiest zelf een code, die wij niet bijhouden.
- Een code vergeten? Dan kan de opvoeder het slot openen op vertoon van de leerlingenkaart.
- Elektrische fietsen mogen niet opgeladen worden in de stalling.
- In de kluis geen etenswaren of waardevolle spullen.

Met vriendelijke groeten,
Yassine Boukhari
""", bcc=[("", f"ouders@{S}")], rules=[], note="general bike-locker rules; talks about codes without giving any (Bcc)",
    form=["plain","bullets","bcc-group"])

add("laptopkar-afspraken-to", KAREL, [("Personeel", f"personeel@{S}")], "Afspraken laptopkarren", D("2024-09-10 16:20"),
"""Beste collega's,

Enkele afspraken om het gebruik van de twee laptopkarren vlot te laten verlopen:
1. Reserveren via de gedeelde agenda 'Laptopkarren' in Outlook.
2. Laptops altijd terug in het juiste vak én aan de lader.
3. Defecten noteer je op het blad in de kar en meld je aan Kris.
4. Leerlingen slaan niets op de laptop zelf op, alles in OneDrive.
5. De kar gaat niet mee naar buiten of naar het internaat.

Bedankt!
Karel
""", rules=["bcc"], note="laptop-cart rules to all staff with the staff group address visible in To",
    form=["plain","numbered"])

add("skireis-info-een-ouder", MEHMET, [par("ruben", 1, "Hilde Claeys")], "Skireis 6de jaar - info en inschrijvingsformulier",
    D("2024-10-22 20:15"),
"""Beste mevrouw Claeys,

Zoals gevraagd op het oudercontact: hierbij de algemene info over de skireis van het 6de jaar (Oostenrijk, 15-22 februari), die alle ouders van het 6de jaar ook krijgen.

- Prijs: €745, te betalen in drie schijven (november, december, januari)
- Inbegrepen: bus, halfpension, skipas, lessen, materiaalhuur
- Nodig: identiteitskaart, Europese ziekteverzekeringskaart, toestemmingsformulier
- Infoavond: donderdag 14 november om 19u30

Het inschrijvingsformulier in bijlage kan u invullen en terugmailen (de knoppen werken enkel als u de macro's inschakelt; anders mag u het ook afdrukken).

Met vriendelijke groeten,
Mehmet Yilmaz
""", atts=[("inschrijving_skireis_2025.docm", fake_office("word"), "application/vnd.ms-word.document.macroEnabled.12")],
    rules=["attachment"], about=[], note="general ski-trip info sent to one parent, with a macro-enabled Word form attached",
    form=["plain","attachment-docm"])

add("bezinningsdag-4b-to", BRAM, [("Klas 4B", f"klas-4b@{S}")], "Bezinningsdag donderdag", D("2025-03-24 11:45"),
"""Dag 4B,

Donderdag is jullie bezinningsdag in de abdij van Averbode. We vertrekken om 8u30 met de bus aan de hoofdingang en zijn terug om 16u00.
Meebrengen: lunchpakket, stevige schoenen, regenjas, schrijfgerief. Gsm mag mee maar blijft in de tas tijdens de workshops.
Internen: het ontbijt is om 7u30 zoals altijd.

Tot donderdag!
Bram
""", rules=["bcc"], note="pastoral worker writes a class with the class group address visible in To",
    form=["plain"])

add("hpv-vaccinatie-1ste-jaar", ANN, [ANN], "Vaccinatie door het CLB in het 1ste jaar", D("2024-10-07 08:45"),
"""Beste ouders van leerlingen van het 1ste jaar,

In het 1ste jaar biedt het CLB gratis twee vaccinaties aan: tegen het humaan papillomavirus (HPV, twee dosissen met zes maanden ertussen) en een herhaling tegen difterie, tetanus en kinkhoest.
Uw kind krijgt een toestemmingsformulier mee. Vaccinatie gebeurt enkel met uw schriftelijke toestemming.

Is uw kind al gevaccineerd bij de huisarts, vermeld het dan op het formulier. Wie ziek is op de vaccinatiedag, krijgt een inhaalmoment.

Met vriendelijke groeten,
Ann Schoofs
schoolverpleegkundige, in samenwerking met het CLB
""", bcc=[("", f"ouders-1ste-jaar@{S}")], rules=[], note="general CLB vaccination letter to first-year parents (Bcc); medical topic but not about one pupil",
    form=["plain","bcc-group"])

add("examenstress-welzijn", SARAH, [SARAH], "Examens in aantocht: zorg voor jezelf", D("2025-05-26 12:00"),
"""Beste ouders, beste leerlingen,

De examens komen eraan. Een beetje spanning is normaal, maar soms wordt het te veel. Enkele signalen om op te letten bij uw kind: slecht slapen, niet meer eten, veel huilen, zich terugtrekken, klagen over hoofdpijn of buikpijn.

Wat helpt?
- Een vaste planning met pauzes (bv. 50 minuten studeren, 10 minuten bewegen)
- Voldoende slaap, ook de avond voor een examen
- Praten: met een opvoeder, de klastitularis of de leerlingenbegeleiding

Leerlingen kunnen ook anoniem chatten met Awel of Nupraatikerover.be.

Veel succes!
Sarah Lemmens
leerlingenbegeleiding
""", bcc=[("", f"ouders@{S}"), ("", f"leerlingen@{LL}")], rules=[], note="general wellbeing letter before exams (Bcc), no individual case",
    form=["plain","bcc-group"])

add("datalek-melden-personeel", DPO, [DPO], "Hoe meld ik een datalek?", D("2024-09-23 07:45"),
"""Beste collega's,

Een mail naar de verkeerde ouder, een verloren USB-stick, een klassenlijst op de printer laten liggen: het kan iedereen overkomen. Belangrijk is dat je het meteen meldt.

Wat doe je?
1. Meld het binnen 24 uur aan privacy@lksd.ksleuven.be: wat is er gebeurd, welke gegevens, hoeveel leerlingen.
2. Vraag de verkeerde ontvanger om de mail te verwijderen.
3. Verwijder niets zelf uit het leerlingvolgsysteem.
Wij beoordelen of de leerling of de ouders verwittigd moeten worden en of een melding aan de toezichthouder nodig is.

Bedankt,
Aanspreekpunt informatieveiligheid
""", bcc=[("", f"personeel@{S}")], rules=[], note="general data-breach reporting procedure to all staff (Bcc)",
    form=["plain","numbered","bcc-group"])

add("schooltoelage-info", NADIA, [NADIA], "Heeft u recht op een schooltoelage?", D("2024-09-18 09:30"),
"""Beste ouders,

Via het Groeipakket kan u een schooltoelage krijgen als uw gezinsinkomen onder een bepaalde grens ligt. Voor het secundair onderwijs hangt het bedrag af van het inkomen, de studierichting en of uw kind intern is.
In veel gevallen wordt de toelage automatisch toegekend; soms moet u ze zelf aanvragen bij uw uitbetaler.

Twijfelt u? Kom gerust langs bij de boekhouding, we helpen u met de aanvraag. Ook voor een spreiding van de schoolrekening kan u bij ons terecht.

Met vriendelijke groeten,
Nadia Ouali
boekhouding
""", bcc=[("", f"ouders@{S}")], rules=[], note="general school-allowance information (Bcc); no family named",
    form=["plain","bcc-group"])

# =============================================================== OTHER (5)
add("fw-examenrooster-prive", STIJN, [("", "stijn.willems.tienen@gmail.com")], "FW: examenrooster juni (definitief)",
    D("2025-05-20 20:40"),
"""zodat ik het in het weekend kan afwerken

---------- Doorgestuurd bericht ----------
Van: Katrien Goossens <katrien.goossens@sintpieterscollege.be>
Datum: di 20 mei 2025 om 14:12
Onderwerp: examenrooster juni (definitief)
Aan: Stijn Willems <stijn.willems@sintpieterscollege.be>

Stijn, in bijlage het definitieve rooster met de toezichten. Kan jij de lokalenverdeling voor de 2de graad nog invullen? De knop 'Verdeel' zet de klassen automatisch in de lokalen.
Katrien
""", atts=[("examenrooster_juni_2025.xlsm", fake_office("xl"), "application/vnd.ms-excel.sheet.macroEnabled.12")],
    rules=["private_account", "attachment"], note="teacher forwards a school exam schedule (macro workbook) to his private Gmail",
    form=["plain","forward-inline","attachment-xlsm"])

add("printerstuurprogramma-zip", KRIS, [KAREL, JAN], "printerdriver laptopkar", D("2024-10-03 12:05"),
"""Karel, Jan,

Op de laptops van kar 1 ontbreekt de driver van de nieuwe Kyocera. In de zip zit de installer; uitpakken en als administrator uitvoeren. Ik doe het volgende week zelf op alle toestellen, dit is voor als het dringend is.

Kris
""", atts=[("kyocera_driver_C1.zip", fake_zip([("Kyocera_C1/setup.exe", FAKE_EXE), ("Kyocera_C1/lees_mij.txt", "Uitvoeren als administrator.\n")]), "application/zip")],
    rules=["attachment"], note="ICT sends a zip archive containing an executable printer-driver installer",
    form=["plain","attachment-zip-exe"])

_ski = [("fatima", "2008-04-12", "08.04.12-246.31"), ("aya", "2008-09-30", "08.09.30-118.52"),
        ("ilyas", "2007-12-03", "07.12.03-331.04"), ("woutvh", "2008-02-17", "08.02.17-407.66"),
        ("jelle", "2008-06-08", "08.06.08-285.19")]
add("deelnemerslijst-reisbureau", MEHMET, [("Alpenreizen - groepen", "groepen@alpenreizen.be")], "Deelnemerslijst groep SPC Tienen 15/02",
    D("2025-01-09 11:25"),
"""Goedemiddag,

Hierbij de eerste deelnemers van onze groep (Sint-Pieterscollege Tienen, vertrek 15/02) voor de verzekering en de skipassen. De rest volgt na de betaling van de tweede schijf.

Met vriendelijke groeten,
Mehmet Yilmaz
""", atts=[("deelnemers_deel1.csv", "naam;voornaam;geboortedatum;rijksregisternummer\n" +
    "".join(f"{PUP[k][2]};{PUP[k][1]};{d};{r}\n" for k, d, r in _ski), "text/csv")],
    rules=["personal_data"], about=[k for k, _, _ in _ski],
    note="participant list with dates of birth and national numbers sent to a travel agency (CSV attachment)",
    form=["plain","attachment-csv"])

add("voetbalkalender-hotmail", ("Tom Nijs", "tomnijs.voetbal@hotmail.com"), [par("seppe", 2, "Lies Moons")],
    "Kalender scholencompetitie voetbal", D("2024-10-12 10:15"),
"""Dag Lies,

Zoals gevraagd de kalender van de scholencompetitie voor het 3de jaar:
- wo 23/10 Tienen - Landen (thuis, Grimde)
- wo 13/11 Diest - Tienen
- wo 4/12 Tienen - Leuven (thuis)
Vertrek telkens 13u00 aan de sporthal. Wie niet kan, laat het weten via Smartschool.

Tom
""", env="tomnijs.voetbal@hotmail.com", rules=["private_account"], about=[],
    note="coach sends a parent the football competition calendar from his private Hotmail",
    form=["plain","bullets"])

add("carpool-volleybal-drie-ouders", EVELIEN, [par("lina", 1, "Nadia Haddad"), par("oceane", 1, "Sandrine Marchal"),
    par("camille", 1, "Hélène Dubois")], "Carpool tornooi Leuven zaterdag", D("2025-03-12 21:00"),
"""Beste ouders,

Voor het tornooi van zaterdag in Leuven zoeken we nog één chauffeur. Mevrouw Haddad rijdt al met Lina en twee speelsters; Océane en Camille blijven vrijdagnacht op het internaat en kunnen dus met mij mee, maar dan heb ik één plaats te weinig.
Kan iemand van jullie om 8u45 aan de sporthal zijn?

Bedankt!
Evelien
""", rules=["bcc"], about=["lina", "oceane", "camille"],
    note="PE teacher writes three parents at once with all their addresses visible in To (carpool logistics, not sensitive)",
    form=["plain"])

# =============================================================== OUTPUT
SCHOOL_DOMS = ("sintpieterscollege.be", "ksleuven.be")
def is_school(a):
    d = a.split("@")[1].lower()
    return any(d == s or d.endswith("." + s) for s in SCHOOL_DOMS)

def yq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'

def main():
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    order = list(range(len(MAILS)))
    random.Random(22).shuffle(order)
    labels = []
    for n, i in enumerate(order, 1):
        m = MAILS[i]
        fname = f"{n:03d}-{m['slug']}.eml"
        msg = build_msg(m, n)
        buf = io.BytesIO()
        BytesGenerator(buf, mangle_from_=False, policy=policy.compat32.clone(linesep="\r\n")).flatten(msg)
        data = buf.getvalue()
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(data)
        env = m["env"] or m["frm"][1]
        rcpt = [a for _, a in m["to"]] + [a for _, a in m["cc"]] + [a for _, a in m["bcc"]]
        about = []
        for k in m["about"]:
            about.append(PID[k] if k in PID else k)
        labels.append((fname, m, env, rcpt, about))
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
        fh.write("# batch22 - Sint-Pieterscollege campus Tienen (secundair met internaat)\n")
        for fname, m, env, rcpt, about in labels:
            fh.write(f"{fname}:\n")
            fh.write(f"  rules: [{', '.join(m['rules'])}]\n")
            if "sensitive" in m["rules"]:
                fh.write(f"  categories: {{sensitive: [{', '.join(m['cats']['sensitive'])}]}}\n")
            fh.write(f"  mail_from: {env}\n")
            fh.write(f"  rcpt: [{', '.join(rcpt)}]\n")
            fh.write(f"  about: [{', '.join(about)}]\n")
            fh.write(f"  misdirected: {'true' if m['mis'] else 'false'}\n")
            fh.write(f"  note: {yq(m['note'])}\n")
            fh.write(f"  lang: {m['lang']}\n")
            fh.write(f"  format: [{', '.join(m['form'] or [])}]\n")
    with open(os.path.join(HERE, "roster.csv"), "w", encoding="utf-8-sig", newline="") as fh:
        fh.write("Intern nummer;Voornaam;Naam;Klas;E-mailadres leerling;E-mailadres ouder 1;E-mailadres ouder 2\r\n")
        for r in ROSTER:
            fh.write(";".join(r) + "\r\n")
    print(f"{len(labels)} mails, {len(ROSTER)} pupils")

if __name__ == "__main__":
    main()
