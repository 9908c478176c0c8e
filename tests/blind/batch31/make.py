#!/usr/bin/python3
# batch31 - blind labelled outbound mail: trips, camps, exchanges, sports days (SPC Heverlee)
# Deterministic: fixed dates, fixed Message-IDs, seeded randomness. Standard library only.
import csv, hashlib, io, json, os, random, re, zipfile, unicodedata
from datetime import datetime, timezone, timedelta
from email.message import EmailMessage
from email.generator import BytesGenerator
from email.utils import format_datetime, parseaddr, getaddresses
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(3131)

# ---------------------------------------------------------------- helpers
def strip_acc(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c))

def slugname(s):
    return re.sub(r"[^a-z]", "", strip_acc(s).lower())

def iban_be(bank, acct):
    b10 = f"{bank:03d}{acct:07d}"
    c = int(b10) % 97 or 97
    bban = f"{b10}{c:02d}"
    chk = 98 - int(bban + "111400") % 97
    s = f"BE{chk:02d}{bban}"
    return " ".join(s[i:i+4] for i in range(0, 16, 4))

def rrn(y, m, d, seq):
    base = f"{y%100:02d}{m:02d}{d:02d}{seq:03d}"
    n = int(("2" if y >= 2000 else "") + base)
    c = 97 - n % 97
    return f"{base[0:2]}.{base[2:4]}.{base[4:6]}-{base[6:9]}.{c:02d}"

def ogm(n10):
    c = n10 % 97 or 97
    s = f"{n10:010d}{c:02d}"
    return f"+++{s[0:3]}/{s[3:7]}/{s[7:12]}+++"

def tz_for(dt):
    m, d = dt.month, dt.day
    summer = (4 <= m <= 9) or (m == 3 and d >= 30) or (m == 10 and d < 27)
    return timezone(timedelta(hours=2 if summer else 1))

def D(y, mo, d, h, mi):
    dt = datetime(y, mo, d, h, mi, R.randint(0, 59))
    return format_datetime(dt.replace(tzinfo=tz_for(dt)))

def quote(text, style="outlook", who="", when="", to="", subj=""):
    if style == "gt":
        head = f"Op {when} schreef {who}:\n"
        return head + "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))
    if style == "gt-en":
        head = f"On {when}, {who} wrote:\n"
        return head + "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))
    if style == "gt-fr":
        head = f"Le {when}, {who} a écrit :\n"
        return head + "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))
    return ("________________________________\n"
            f"Van: {who}\nVerzonden: {when}\nAan: {to}\nOnderwerp: {subj}\n\n" + text.strip("\n"))

def fwd(text, who, when, to, subj, lang="nl"):
    if lang == "en":
        return ("---------- Forwarded message ---------\n"
                f"From: {who}\nDate: {when}\nSubject: {subj}\nTo: {to}\n\n" + text.strip("\n"))
    return ("-----Oorspronkelijk bericht-----\n"
            f"Van: {who}\nVerzonden: {when}\nAan: {to}\nOnderwerp: {subj}\n\n" + text.strip("\n"))

def html_table(header, rows, border=True):
    st = ' style="border:1px solid #999;padding:2px 6px;font-family:Calibri,sans-serif;font-size:11pt"'
    h = "<tr>" + "".join(f"<th{st}>{c}</th>" for c in header) + "</tr>"
    b = "".join("<tr>" + "".join(f"<td{st}>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f'<table style="border-collapse:collapse" border="1" cellspacing="0" cellpadding="0">{h}{b}</table>'

def text_table(header, rows):
    return "\n".join(["\t".join(header)] + ["\t".join(r) for r in rows])

def html_wrap(inner):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p.MsoNormal{margin:0cm;font-size:11pt;font-family:"Calibri",sans-serif}</style></head>'
            '<body lang="NL-BE"><div class="WordSection1">' + inner + '</div></body></html>')

def paras(text):
    out = []
    for block in text.strip("\n").split("\n\n"):
        if block.startswith("<"):
            out.append(block)
        else:
            out.append('<p class="MsoNormal">' + block.replace("&", "&amp;").replace("\n", "<br>") + "</p><p class=\"MsoNormal\">&nbsp;</p>")
    return "".join(out)

FIXED = (2025, 1, 1, 0, 0, 0)
def zbytes(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data if isinstance(data, bytes) else data.encode("utf-8"))
    return bio.getvalue()

def xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s

def xlsx(rows, macro=False, sheet="Blad1"):
    sd = []
    for ri, row in enumerate(rows, 1):
        cells = "".join(f'<c r="{col(ci)}{ri}" t="inlineStr"><is><t>{xml_esc(str(v))}</t></is></c>' for ci, v in enumerate(row))
        sd.append(f'<row r="{ri}">{cells}</row>')
    sheetxml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                + "".join(sd) + '</sheetData></worksheet>')
    wbct = ("application/vnd.ms-excel.sheet.macroEnabled.main+xml" if macro
            else "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else '') +
          f'<Override PartName="/xl/workbook.xml" ContentType="{wbct}"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          f'<sheets><sheet name="{sheet}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              + ('<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>' if macro else '') +
              '</Relationships>')
    files = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
             ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheetxml)]
    if macro:
        files.append(("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 56 +
                      b"Attribute VB_Name = \"Module1\"\r\nSub Auto_Open()\r\n  Call HerberekenBetalingen\r\nEnd Sub\r\n"))
    return zbytes(files)

def docm(paragraphs):
    body = "".join(f"<w:p><w:r><w:t>{xml_esc(p)}</w:t></w:r></w:p>" for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + body + '</w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>'
             '</Relationships>')
    vba = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 56 + b"Sub Document_Open()\r\n  VulLeerlingIn\r\nEnd Sub\r\n"
    return zbytes([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc),
                   ("word/_rels/document.xml.rels", drels), ("word/vbaProject.bin", vba)])

def pdf(lines, title="Document"):
    def esc(s):
        return strip_acc(s).replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 11 Tf 50 800 Td 14 TL\n" + "".join(f"({esc(l)}) Tj T*\n" for l in lines) + "ET"
    cb = content.encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            b"<< /Length " + str(len(cb)).encode() + b" >>\nstream\n" + cb + b"\nendstream",
            b"<< /Title (" + esc(title).encode("latin-1") + b") /Producer (Microsoft Word 2016) >>"]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)

def jpeg_stub(seed):
    rr = random.Random(seed)
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" +
            bytes(rr.randrange(256) for _ in range(600)) + b"\xff\xd9")

def exe_stub(name):
    return (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 44 + b"\x80\x00\x00\x00" +
            b"This program cannot be run in DOS mode.\r\r\n$" + b"\x00" * 64 + b"PE\x00\x00" + name.encode() + b"\x00" * 128)

# ---------------------------------------------------------------- roster
ST = {}      # key -> pupil dict
def st(key, first, last, klas, p1, p2=""):
    ST[key] = dict(key=key, first=first, last=last, klas=klas, p1=p1, p2=p2)

# 1st year (onthaalkamp)
st('mila_verbruggen','Mila','Verbruggen','1B','katrien.desmet@telenet.be','jan.verbruggen@skynet.be')
st('ruben_lenaerts','Ruben','Lenaerts','1A','ellen.vandenbroeck@gmail.com','lenaerts.kris@telenet.be')
st('yusuf_demir','Yusuf','Demir','1C','demir.ailesi@hotmail.com','')
st('lina_boukhari','Lina','Boukhari','1D','h.boukhari@gmail.com','nadia.azzouzi@outlook.com')
st('jonas_verhaegen','Jonas','Verhaegen','1B','verhaegen.pieter@telenet.be','sanne.moons@gmail.com')
st('lore_verhaeghe','Lore','Verhaeghe','1C','verhaeghe.kris@telenet.be','evi.clement@skynet.be')
st('ella_desmedt','Ella','De Smedt','1A','bart.desmedt@proximus.be','lies.vanroey@gmail.com')
st('finn_mertens','Finn','Mertens','1D','guy.mertens@skynet.be','')
st('amira_haddad','Amira','Haddad','1E','haddad.karim@gmail.com','')
st('noor_vandenberghe','Noor','Vandenberghe','1A','tom.vandenberghe@telenet.be','julie.morren@icloud.com')
st('louise_claeys','Louise','Claeys','1B','geert.claeys@telenet.be','marie.lambert@skynet.be')
st('lucas_verbiest','Lucas','Verbiest','1E','verbiest.dimitri@telenet.be','')
# 2nd year (zeeklas)
st('emma_peeters','Emma','Peeters','2A','peeters.dirk@telenet.be','sofie.wyns@gmail.com')
st('lars_vermeersch','Lars','Vermeersch','2B','an.vermeersch@telenet.be','geert.vermeersch@telenet.be')
st('tuur_vermeulen','Tuur','Vermeulen','2D','an.vermeulen@telenet.be','koen.vermeulen@proximus.be')
st('sara_elidrissi','Sara','El Idrissi','2C','elidrissi.youssef@gmail.com','')
st('zoe_lambrechts','Zoë','Lambrechts','2A','ilse.lambrechts@telenet.be','wouter.lambrechts@gmail.com')
st('arne_cools','Arne','Cools','2A','cools.steven@telenet.be','')
st('kobe_segers','Kobe','Segers','2B','hilde.segers@proximus.be','')
st('ilias_benali','Ilias','Ben Ali','2C','benali.mourad@hotmail.com','')
st('fien_dewit','Fien','De Wit','2D','dewit.joris@telenet.be','tine.dewit@gmail.com')
st('wout_stevens','Wout','Stevens','2B','stevens.raf@skynet.be','')
st('tibo_deconinck','Tibo','De Coninck','2B','karen.deconinck@telenet.be','stijn.deconinck@gmail.com')
st('tibo_decoster','Tibo','De Coster','2D','karen.decoster@telenet.be','')
# 3rd year (sportdag)
st('nora_vanwesemael','Nora','Van Wesemael','3A','els.wouters@gmail.com','dries.vanwesemael@telenet.be')
st('senne_deryck','Senne','De Ryck','3C','deryck.nele@telenet.be','')
st('hajar_ouazzani','Hajar','Ouazzani','3B','ouazzani.rachid@gmail.com','')
st('jasper_dewolf','Jasper','De Wolf','3D','jan.dewolf@telenet.be','')
# 4th year (uitwisseling Lille)
st('mats_peeters','Mats','Peeters','4C','peeters.dirk@telenet.be','sofie.wyns@gmail.com')
st('amine_elidrissi','Amine','El Idrissi','4A','m.elidrissi@hotmail.com','fatima.benmoussa@gmail.com')
st('marie_declercq','Marie','De Clercq','4B','pdeclercq@skynet.be','veerle.huygens@telenet.be')
st('elias_vanacker','Elias','Van Acker','4A','kvanacker77@hotmail.com','lien.vanacker@gmail.com')
st('hannah_desmet','Hannah','Desmet','4C','desmet.family@telenet.be','')
st('noah_maes','Noah','Maes','4B','stijn.maes@telenet.be','eline.bogaert@gmail.com')
st('noah_verbeke','Noah','Verbeke','4C','hans.verbeke@skynet.be','cindy.verbeke@hotmail.com')
st('julie_aerts','Julie','Aerts','4D','aerts.bruno@telenet.be','')
st('ward_debacker','Ward','De Backer','4D','debacker.leen@gmail.com','')
st('yara_mahmoud','Yara','Mahmoud','4B','mahmoud.rami@gmail.com','salma.mahmoud@outlook.com')
st('stan_willems','Stan','Willems','4C','bjorn.willems@telenet.be','')
st('anouk_bosmans','Anouk','Bosmans','4D','peter.bosmans@proximus.be','griet.lauwers@telenet.be')
st('anouk_vandamme','Anouk','Van Damme','4A','fam.vandamme@telenet.be','')
# 5th year (Amsterdam, ski)
st('fleur_vermeersch','Fleur','Vermeersch','5A','an.vermeersch@telenet.be','geert.vermeersch@telenet.be')
st('lucas_peeters','Lucas','Peeters','5B','luc.peeters@telenet.be','nathalie.segers@gmail.com')
st('jonas_goris','Jonas','Goris','5A','marc.goris@telenet.be','ann.goris@gmail.com')
st('jonas_gorissen','Jonas','Gorissen','5C','gorissen.fam@skynet.be','')
st('febe_vanhoof','Febe','Van Hoof','5B','vanhoof.geert@telenet.be','')
st('matthias_deridder','Matthias','De Ridder','5D','deridder.kathleen@gmail.com','')
st('chloe_vanhecke','Chloé','Van Hecke','5A','sabine.vanhecke@telenet.be','')
st('robbe_thys','Robbe','Thys','5C','thys.erwin@skynet.be','an.thys@gmail.com')
st('ines_baert','Ines','Baert','5B','baert.nancy@hotmail.com','')
st('kato_wijns','Kato','Wijns','5D','wijns.dirk@telenet.be','kristel.wijns@telenet.be')
st('mohamed_tahiri','Mohamed','Tahiri','5A','tahiri.fatima@hotmail.com','')
st('lotte_hermans','Lotte','Hermans','5C','hermans.wim@telenet.be','sandra.hermans@gmail.com')
st('milan_pauwels','Milan','Pauwels','5B','pauwels.ria@skynet.be','')
st('nina_debruyne','Nina','De Bruyne','5D','kdebruyne@icloud.com','')
st('emiel_vos','Emiel','Vos','5A','vos.bert@telenet.be','')
st('aaron_geerts','Aaron','Geerts','5C','kurt.geerts@telenet.be','')
st('aaron_gevers','Aaron','Gevers','5D','kurt.gevers@gmail.com','liesbeth.gevers@gmail.com')
# 6th year (Rome)
st('victor_lambert','Victor','Lambert','6A','lambert.philippe@skynet.be','')
st('laura_coppens','Laura','Coppens','6B','coppens.mieke@telenet.be','')
st('sam_demeyer','Sam','De Meyer','6C','demeyer.johan@telenet.be','')
st('elise_moens','Elise','Moens','6A','moens.caroline@gmail.com','')
st('bilal_ouali','Bilal','Ouali','6B','ouali.said@hotmail.com','')
st('jana_verlinden','Jana','Verlinden','6D','fam.roels@telenet.be','')
st('thomas_bervoets','Thomas','Bervoets','6C','sandra.lowie@gmail.com','')
st('lien_smolders','Lien','Smolders','6D','smolders.bart@telenet.be','')
st('arthur_vanlooy','Arthur','Van Looy','6A','vanlooy.ivo@proximus.be','')
st('maxime_dewitte','Maxime','Dewitte','6B','dewitte.sylvie@skynet.be','')
st('hamza_yilmaz','Hamza','Yilmaz','6C','yilmaz.mehmet@gmail.com','')
st('nora_wauters','Nora','Wauters','6D','els.wauters@telenet.be','')
st('lisa_hermans','Lisa','Hermans','6B','dhermans@skynet.be','')

FIRST_M = ["Lucas","Noah","Louis","Liam","Arthur","Jules","Adam","Victor","Mats","Finn","Lars","Wout","Seppe","Jonas",
           "Milan","Vic","Warre","Rune","Emiel","Kobe","Senne","Tuur","Bram","Ruben","Thibo","Stan","Robbe","Matteo",
           "Mohamed","Amine","Ilias","Yassin","Omar","Ayoub","Mehmet","Emre","Kacper","Mykola","Daniel","Luca","Xander","Jasper","Lander","Ferre"]
FIRST_F = ["Emma","Olivia","Louise","Mila","Ella","Marie","Noor","Lina","Nora","Julie","Fien","Hanne","Lotte","Lore",
           "Elise","Febe","Kato","Nina","Jana","Zoë","Anouk","Amber","Lisa","Laura","Sara","Yasmina","Amira","Hiba","Aya",
           "Salma","Elif","Zeynep","Oliwia","Maja","Sofia","Ines","Chloé","Margot","Axelle","Lien","Roos","Linde"]
LAST = ["Peeters","Janssen","Maes","Jacobs","Mertens","Willems","Claes","Goossens","Wouters","De Smet","Dubois","Lambert",
        "Dupont","Martens","Van Damme","Hermans","Michiels","Pauwels","Aerts","Smets","Vermeulen","Van den Broeck","Stevens",
        "Cools","Verhoeven","De Backer","Leclercq","Wuyts","Desmet","Van de Velde","Segers","Coppens","Bogaerts","Vandenberghe",
        "Verstraete","Lemmens","Declercq","Moens","Thys","Baert","Engelen","Van Hoof","Geerts","Nijs","Verbeke","Boonen",
        "Van Roey","Vanhecke","Laenen","Swinnen","Luyten","Ceulemans","Vanderstraeten","Vandevelde","Bosmans","Mahieu",
        "El Amrani","Bouzid","Benali","Yildiz","Kaya","Öztürk","Nowak","Kowalski","Shevchenko","Haddad","Diallo","Mbala",
        "Tshibanda","Rahimi","Hakimi","Popescu","Rossi","Ferreira","Vanneste","Ramaekers","Van Gorp","Wellens","Tielemans"]
PROV = ["telenet.be"]*5 + ["skynet.be"]*2 + ["proximus.be", "gmail.com", "gmail.com", "gmail.com", "hotmail.com", "outlook.com", "icloud.com"]
PFIRST = ["Kris","Bart","Tom","Peter","Stijn","Dirk","Wim","Koen","Hans","Geert","Johan","Steven","Jan","Filip","Nico",
          "Ann","Els","Sofie","Katrien","Veerle","Inge","Kathleen","Nathalie","Sarah","Eva","Liesbeth","Tine","Leen","Heidi","Griet",
          "Mohamed","Said","Fatima","Khadija","Hasan","Ayse","Agnieszka","Olena"]

CLASSES = ([f"1{c}" for c in "ABCDE"] + [f"{g}{c}" for g in "23456" for c in "ABCD"])

def parent_addr(rr, last, first_parent):
    sl = slugname(last)
    fp = slugname(first_parent)
    pv = rr.choice(PROV)
    form = rr.randrange(7)
    if form == 0: return f"{fp}.{sl}@{pv}"
    if form == 1: return f"{sl}.{fp}@{pv}"
    if form == 2: return f"{fp[0]}{sl}@{pv}"
    if form == 3: return f"fam.{sl}@{pv}"
    if form == 4: return f"{fp}{sl}{rr.randint(60,99)}@{pv}"
    if form == 5:  # other surname (mother's own name)
        return f"{fp}.{slugname(rr.choice(LAST))}@{pv}"
    return f"{fp}_{sl[:4]}@{pv}"

def build_roster():
    rr = random.Random(31)
    per_class = {c: [] for c in CLASSES}
    for p in ST.values():
        per_class[p["klas"]].append(p)
    names = {(p["first"], p["last"]) for p in ST.values()}
    used_addr = {a for p in ST.values() for a in (p["p1"], p["p2"]) if a}
    fam_pool = []   # earlier random families for siblings
    total_target = 300
    fillers = []
    need = total_target - len(ST)
    # distribute fillers over classes to ~12 each
    slots = []
    for c in CLASSES:
        slots += [c] * max(0, 12 - len(per_class[c]))
    rr.shuffle(slots)
    slots = slots[:need]
    while len(slots) < need:
        slots.append(rr.choice(CLASSES))
    for klas in slots:
        sib = fam_pool and rr.random() < 0.12
        if sib:
            fam = rr.choice(fam_pool)
            last, p1, p2 = fam
        else:
            last = rr.choice(LAST)
        for _ in range(50):
            first = rr.choice(FIRST_M if rr.random() < 0.5 else FIRST_F)
            if (first, last) not in names:
                break
        names.add((first, last))
        if not sib:
            p1 = parent_addr(rr, last, rr.choice(PFIRST))
            p2 = parent_addr(rr, last, rr.choice(PFIRST)) if rr.random() < 0.7 else ""
            if p1 in used_addr or (p2 and (p2 in used_addr or p2 == p1)):
                p1 = f"{slugname(first)}.{slugname(last)}.ouders@{rr.choice(PROV)}"
                p2 = ""
            used_addr.update(a for a in (p1, p2) if a)
            fam_pool.append((last, p1, p2))
        d = dict(key=None, first=first, last=last, klas=klas, p1=p1, p2=p2)
        per_class[klas].append(d)
    allp = []
    for c in CLASSES:
        allp += sorted(per_class[c], key=lambda p: (strip_acc(p["last"]), p["first"]))
    seen_mail = {}
    for i, p in enumerate(allp, 1):
        p["id"] = f"P{i:04d}"
        base = f"{slugname(p['first'])}.{slugname(p['last'])}"
        n = seen_mail.get(base, 0)
        seen_mail[base] = n + 1
        p["mail"] = f"{base}{n+1 if n else ''}@leerling.sintpieterscollege.be"
    return allp

ROSTER = build_roster()
def P(key):
    return ST[key]
def pid(key):
    return ST[key]["id"]
def full(key):
    p = ST[key]; return f"{p['first']} {p['last']}"
def grade_pick(grade, n, seed, exclude_story=True):
    rr = random.Random(seed)
    pool = [p for p in ROSTER if p["klas"].startswith(str(grade)) and (p["key"] is None or not exclude_story)]
    return rr.sample(pool, n)
def pn(p):
    return f"{p['first']} {p['last']}"

# ---------------------------------------------------------------- staff & partners
class T:
    def __init__(self, first, last, code, role):
        self.first, self.last, self.code, self.role = first, last, code, role
        self.mail = f"{slugname(first)}.{slugname(last)}@sintpieterscollege.be"
        self.short = f"{code}@spc.ksleuven.be"
        self.name = f"{first} {last}"
    def hdr(self, short=False):
        return f"{self.name} <{self.short if short else self.mail}>"

GVH = T("Griet", "Vanhove", "gvh", "leerkracht LO - coördinator sportdag")
KWU = T("Koen", "Wuyts", "kwu", "leerkracht LO - skireis")
TCL = T("Tom", "Claes", "tcl", "leerkracht geschiedenis - reisleider Rome")
LJA = T("Lotte", "Jacobs", "lja", "leerkracht Latijn")
SWO = T("Sofie", "Wouters", "swo", "leerkracht Frans - uitwisseling Lille")
NDU = T("Nathalie", "Dubois", "ndu", "leerkracht Frans")
BJA = T("Bart", "Janssens", "bja", "leerkracht Nederlands - theaterreis")
EVE = T("Elke", "Verstraeten", "eve", "leerkracht Engels")
IMA = T("Inge", "Maes", "ima", "coördinator eerste graad")
YEA = T("Yasmina", "El Amrani", "yea", "leerkracht wiskunde")
PVE = T("Pieter", "Vermeulen", "pve", "leerkracht biologie - zeeklas")
HGO = T("Hilde", "Goossens", "hgo", "leerlingbegeleiding")
JSM = T("Jeroen", "Smet", "jsm", "ICT-coördinator")
ALE = T("Ann", "Lemmens", "ale", "boekhouding")
MHE = T("Marc", "Hendrickx", "mhe", "directeur")
WPE = T("Wim", "Peeters", "wpe", "leerkracht LO")
SEC = "leerlingensecretariaat@spc.ksleuven.be"
PERSONEEL = "personeel@spc.ksleuven.be"
DPO = "privacy@lksd.ksleuven.be"

SCHOOLTEL = "016 29 81 40"

# ---------------------------------------------------------------- mail engine
MAILS = []

def addrs(lst):
    return [a for _, a in getaddresses(list(lst))]

def add(key, *, frm, to, subject, body=None, html=None, cc=(), bcc=(), date, rules=(), cats=None, about=(),
        mis=False, note, lang="nl", fmt=("plain",), attach=(), cte=None, charset="utf-8", mailer=None,
        env_from=None, reply_to=None, irt=None, extra=None, to_hdr=None, cat_group=None):
    MAILS.append(dict(key=key, frm=frm, to=list(to), cc=list(cc), bcc=list(bcc), subject=subject, body=body,
                      html=html, date=date, rules=list(rules), cats=cats, about=list(about), mis=mis, note=note,
                      lang=lang, fmt=list(fmt), attach=list(attach), cte=cte, charset=charset, mailer=mailer,
                      env_from=env_from, reply_to=reply_to, irt=irt, extra=extra or {}, to_hdr=to_hdr,
                      group=cat_group))

MAILERS_OUTLOOK = "Microsoft Outlook 16.0"
MAILER_IPHONE = "iPhone Mail (21E236)"
MAILER_ANDROID = "Android Gmail"

def build(m, n):
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = m["frm"]
    if m["to_hdr"] is not None:
        msg["To"] = m["to_hdr"]
    elif m["to"]:
        msg["To"] = ", ".join(m["to"])
    if m["cc"]:
        msg["Cc"] = ", ".join(m["cc"])
    msg["Subject"] = m["subject"]
    msg["Date"] = m["date"]
    dom = parseaddr(m["frm"])[1].split("@")[1]
    h = hashlib.sha1((m["key"] + "batch31").encode()).hexdigest()
    msg["Message-ID"] = f"<{h[:12].upper()}.{h[12:20]}@{dom}>"
    if m["irt"]:
        msg["In-Reply-To"] = m["irt"]
        msg["References"] = m["irt"]
    if m["reply_to"]:
        msg["Reply-To"] = m["reply_to"]
    msg["MIME-Version"] = "1.0"
    if m["mailer"]:
        msg["X-Mailer"] = m["mailer"]
    for k, v in m["extra"].items():
        msg[k] = v
    body, html = m["body"], m["html"]
    if body is not None and html is not None:
        msg.set_content(body, charset=m["charset"], cte=m["cte"] or "quoted-printable")
        msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    elif html is not None:
        msg.set_content(html, subtype="html", charset=m["charset"], cte=m["cte"] or "quoted-printable")
    else:
        cte = m["cte"]
        if cte is None:
            cte = "8bit" if any(ord(c) > 127 for c in body) else "7bit"
        msg.set_content(body, charset=m["charset"], cte=cte)
    for fname, data, mime in m["attach"]:
        mt, st_ = mime.split("/")
        if mt == "text":
            msg.add_attachment(data.decode("utf-8") if isinstance(data, bytes) else data, subtype=st_,
                               filename=fname, charset="utf-8", cte="base64")
        else:
            msg.add_attachment(data, maintype=mt, subtype=st_, filename=fname)
    i = 0
    for part in msg.walk():
        if part.is_multipart():
            i += 1
            part.set_boundary(f"----=_NextPart_{n:03d}_{i:02d}_{h[:8].upper()}")
    return msg

def sig(t, phone=False, mob=None, style=0):
    if style == 1:
        s = f"\n\nGroetjes,\n{t.first}"
    elif style == 2:
        s = f"\n\nMet vriendelijke groeten,\n\n{t.name}\n{t.role[0].upper() + t.role[1:]}\nSint-Pieterscollege Heverlee | Stroom"
    else:
        s = f"\n\n--\n{t.name}\n{t.role}\nSint-Pieterscollege Heverlee - Stroom\nNaamsesteenweg (campus Heverlee)"
    if phone:
        s += f"\nT {SCHOOLTEL}"
    if mob:
        s += f"\nGSM {mob}"
    if style != 1:
        s += "\nwww.sintpieterscollege.be"
    return s

IPH = "\n\nVerzonden vanaf mijn iPhone"
AND = "\n\nVerstuurd vanaf mijn Galaxy"

# ================================================================ PASSWORD (35)
G = "password"
add("horizon-portaal-rome-login", frm=TCL.hdr(), to=[LJA.mail], date=D(2025, 1, 14, 16, 52),
    subject="FW: Uw toegangsgegevens groepsportaal - dossier ROM-25-SPC",
    body="Lotte,\n\nhieronder de login van Horizon, dan kan jij ook de kamerverdeling invullen. Niet doorsturen aub :)\n\nTom\n\n"
         + fwd("Beste heer Claes,\n\nUw groepsportaal voor de reis Rome (14/04 - 19/04/2025) is geactiveerd.\n\n"
               "Gebruikersnaam: tom.claes@sintpieterscollege.be\nWachtwoord: Hz!r0me-4471\n\n"
               "Via het portaal vult u de deelnemerslijst en de kamerindeling in. De deelnemerslijst moet uiterlijk "
               "op 15/03 volledig zijn.\n\nMet vriendelijke groet,\nHet team van Horizon Jeugdreizen",
               "Horizon Jeugdreizen <groepen@horizon-jeugdreizen.be>", "dinsdag 14 januari 2025 15:07",
               "tom.claes@sintpieterscollege.be", "Uw toegangsgegevens groepsportaal - dossier ROM-25-SPC"),
    rules=[G], note="forwarded agency login with the password in the quoted mail", fmt=["plain", "forward"],
    mailer=MAILERS_OUTLOOK, cat_group="pw")

add("wifi-jugendhaus-gsm", frm=GVH.hdr(), to=[KWU.mail, WPE.mail], date=D(2025, 3, 2, 21, 17),
    subject="wifi",
    body="wifi hier: Haus_Alpbachblick_Gast\nww bergluft2025 (alles klein)\n\nwerkt enkel in de eetzaal en gang 2e verdiep, op de kamers niks" + IPH,
    rules=[G], note="hostel Wi-Fi key sent from a phone", fmt=["plain", "phone"], mailer=MAILER_IPHONE, cat_group="pw")

add("deurcode-jugendhaus", frm=KWU.hdr(), to=[GVH.mail, WPE.mail, EVE.mail], date=D(2025, 3, 1, 18, 40),
    subject="Deurcode na 22u + afspraken nachtronde",
    body="Hoi allemaal,\n\nVoor wie vannacht de ronde doet: na 22u gaat de voordeur op slot. Code van het paneel links:\n\n4 7 1 9 #\n\n"
         "(eerst het sleuteltje-knopje, dan de cijfers). Niet aan de leerlingen geven he, anders staan ze om 2u buiten te roken.\n\n"
         "Nachtronde: Griet + Wim tot 00u30, daarna ik. Elke neemt de meisjesgang.\n\nKoen" + sig(KWU, style=1),
    rules=[G], note="door code of the hostel spelled out digit by digit", fmt=["plain"], mailer=MAILERS_OUTLOOK, cat_group="pw")

add("kluis-leidingkamer-rome", frm=LJA.hdr(), to=[TCL.mail], date=D(2025, 4, 15, 23, 2),
    subject="kluis",
    body="Tom, de ID-kaarten zitten in de kluis in onze kamer (312), code 0815. Ik slaap al als ge binnenkomt denk ik, de sleutelkaart ligt aan de receptie" + AND,
    rules=[G], note="room safe code with the pupils' ID cards", fmt=["plain", "phone"], mailer=MAILER_ANDROID, cat_group="pw")

add("ent-lille-invites", frm=SWO.hdr(), to=[NDU.mail], date=D(2025, 2, 26, 10, 14),
    subject="TR: Accès invités ENT - élèves belges",
    body="Nathalie,\n\nOnze leerlingen krijgen toegang tot de ENT van Sainte-Odile tijdens de week in Lille, voor de opdrachten. "
         "Zie hieronder, ik heb het algemene gastaccount gekregen. Kan jij het morgen in de les tonen aan 4B? Niet op het bord laten staan he.\n\nSofie\n\n"
         + fwd("Chère collègue,\n\nVoici l'accès invité pour vos élèves pendant l'échange (du 17 au 21 mars) :\n\n"
               "Identifiant : invite.heverlee\nMot de passe : Lille#Echange25\n\n"
               "L'accès sera désactivé le 28 mars.\n\nBien cordialement,\nClaire Leroux\nProfesseure de néerlandais\nLycée Sainte-Odile, Lille",
               "Claire Leroux <c.leroux@sainte-odile-lille.fr>", "mardi 25 février 2025 17:40",
               "Sofie Wouters", "Accès invités ENT - élèves belges"),
    rules=[G], lang="nl", note="guest login of the partner school's ENT forwarded; French quoted part", fmt=["plain", "forward"],
    mailer=MAILERS_OUTLOOK, cat_group="pw")

lille_fr = [("Léa", "Dufour"), ("Hugo", "Lefebvre"), ("Manon", "Lemaire"), ("Théo", "Caron"), ("Camille", "Delattre"),
            ("Lucas", "Vasseur"), ("Inès", "Boulanger"), ("Louis", "Deschamps"), ("Chloé", "Masson"), ("Nathan", "Leclerc"),
            ("Jade", "Mercier"), ("Enzo", "Fournier")]
rr = random.Random(6)
csvrows = ["Voornaam;Naam;Gebruikersnaam;Startwachtwoord"]
for f, l in lille_fr:
    pw = "".join(rr.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(4)) + str(rr.randint(10, 99)) + rr.choice("!#?")
    csvrows.append(f"{f};{l};gast.{slugname(f)}.{slugname(l)};{pw}")
add("gastaccounts-lille-smartschool", frm=JSM.hdr(), to=[SWO.mail], date=D(2025, 3, 10, 8, 31),
    subject="Gastaccounts Smartschool voor de Franse leerlingen",
    body="Dag Sofie,\n\nIn bijlage de 12 tijdelijke Smartschoolaccounts voor de leerlingen uit Lille (geldig van 24/03 tot 4/04). "
         "Ze moeten bij de eerste login zelf een nieuw wachtwoord kiezen.\n\nDeel de lijst aub niet met de leerlingen zelf maar geef ieder zijn eigen strookje.\n\n"
         "Jeroen" + sig(JSM),
    attach=[("gastaccounts_lille.csv", ("\r\n".join(csvrows) + "\r\n").encode("utf-8"), "text/csv")],
    rules=[G], note="csv attachment with start passwords for the guest pupils", fmt=["plain", "attachment-csv"],
    mailer=MAILERS_OUTLOOK, cat_group="pw")

add("printcode-skibrochures", frm=JSM.hdr(short=True), to=[GVH.mail], date=D(2025, 1, 20, 12, 5),
    subject="RE: printen skibrochures kleur",
    body="Griet,\n\nje mag de kleurenprinter in het secretariaat gebruiken, je eigen badge heeft daar geen rechten op. "
         "Gebruik de code 2231 bij 'inloggen met pincode', dat is de afdelingscode van LO.\n\nGr,\nJeroen\n\n"
         + quote("Hoi Jeroen, ik moet 60 brochures in kleur printen voor de skireis, lukt dat op de printer in de leraarskamer? Griet",
                 who="Griet Vanhove", when="maandag 20 januari 2025 11:48", to="Jeroen Smet", subj="printen skibrochures kleur"),
    rules=[G], note="printer PIN given in a reply", fmt=["plain", "reply"], mailer=MAILERS_OUTLOOK, cat_group="pw")

add("theater-portaal-tabel", frm=BJA.hdr(), to=[EVE.mail], date=D(2024, 10, 8, 20, 44),
    subject="Tickets Amsterdam - gegevens portaal",
    body=None,
    html=html_wrap(paras("Hoi Elke,\n\nZoals beloofd de gegevens van het ticketportaal van de schouwburg, dan kan jij de zitplaatsen al bekijken:")
                   + html_table(["Wat", "Gegevens"], [["Portaal", "groepen.theaterdekade.nl"], ["Login", "b.janssens.spc"],
                                                        ["Wachtwoord", "Kade!Voorstelling-24"], ["Groepsnummer", "G-11873"]])
                   + paras("\n\nDe voorstelling is op donderdag 21/11 om 20u15. We hebben 48 plaatsen.\n\nBart")),
    rules=[G], note="ticket portal password in an HTML table", fmt=["html-only", "table"], mailer=MAILERS_OUTLOOK, cat_group="pw")

add("pincode-reiskaart", frm=ALE.hdr(), to=[TCL.mail], date=D(2025, 4, 11, 15, 20),
    subject="Reiskaart Rome",
    body="Dag Tom,\n\nDe prepaid kaart voor de reiskas is opgeladen met 1.500 euro. De kaart zit in de blauwe map bij de reisdocumenten, "
         "pincode is 7391. Bewaar aub alle bonnetjes en steek ze na de reis in de envelop.\n\nVeel plezier in Rome!\n\nAnn" + sig(ALE, style=2),
    rules=[G], note="PIN of the school's prepaid travel card", fmt=["plain"], mailer=MAILERS_OUTLOOK, cat_group="pw")

add("poortcode-autocar", frm=KWU.hdr(), to=["planning@autocars-dijleland.be"], date=D(2025, 2, 27, 16, 3),
    subject="Vertrek skireis vrijdag 28/2 - toegang parking",
    body="Goedemiddag,\n\nVoor het vertrek vrijdagavond: de bus mag de parking achteraan de school oprijden via de Celestijnenlaan. "
         "De poort is dan al dicht, de code van het klavier is 2580 en dan op de groene knop. Vertrek voorzien om 21u00, de leerlingen zijn er vanaf 20u15.\n\n"
         "Kan u ook bevestigen dat er een aanhangwagen voor de ski's mee is?\n\nAlvast bedankt,\nKoen Wuyts" + sig(KWU),
    rules=[G], note="gate code given to the coach company", fmt=["plain"], mailer=MAILERS_OUTLOOK, cat_group="pw")

add("sleutelkastje-zonnewende", frm=IMA.hdr(), to=[YEA.mail, GVH.mail, PVE.mail], date=D(2024, 9, 9, 7, 58),
    subject="Onthaalkamp: sleutel + praktisch",
    body="Goeiemorgen collega's,\n\nVoor wie woensdag vroeger vertrekt om de lokalen klaar te zetten in Zonnewende: er is niemand van het domein aanwezig voor 10u. "
         "De sleutel zit in het sleutelkastje links van de keukendeur, code 1984. Hang hem aub terug!\n\n"
         "- materiaal voor de dropping ligt in lokaal A012\n- EHBO-koffer neemt Yasmina mee\n- lijsten met de groepjes krijgen jullie dinsdag\n\nDank jullie!\nInge" + sig(IMA),
    rules=[G], note="key-safe code of the camp house", fmt=["plain"], mailer=MAILERS_OUTLOOK, cat_group="pw")

add("duinpieper-wifi-alarm", frm=PVE.hdr(), to=[WPE.mail, YEA.mail], date=D(2025, 5, 18, 19, 30),
    subject="zeeklas: wifi en alarm Duinpieper",
    body="Hey,\n\nVoor morgen, voor als ik er nog niet ben:\n\nWifi: Duinpieper-Gasten\nsleutel: zeewind!2025\n\n"
         "Alarm uitschakelen als je als eerste binnenkomt: 5521 en dan OFF. Als het toch afgaat bellen ze de beheerder.\n\n"
         "Tot morgen,\nPieter",
    rules=[G], note="Wi-Fi key and alarm code of the sea class centre", fmt=["plain"], cat_group="pw")

add("alarmcode-sporthal", frm=GVH.hdr(), to=[YEA.mail], date=D(2025, 6, 17, 22, 12),
    subject="Sportdag donderdag - opstellen om 7u",
    body="Yasmina,\n\nMerci dat je mee komt opstellen! Wij zijn de eersten in de sporthal, dus:\n\n"
         "alarmcode sporthal: 3-9-0-2\n(en dan de sleutel van het materiaalhok, die hangt in het kastje achter de deur)\n\n"
         "Ik ben er rond 7u10, de hesjes en de stopwatches zitten in de grote blauwe bak.\n\nGriet",
    rules=[G], note="alarm code of the sports hall", fmt=["plain"], cat_group="pw")

add("hostel-wifi-amsterdam-fw", frm=EVE.hdr(), to=[BJA.mail], date=D(2024, 11, 19, 9, 12),
    subject="FW: Your group stay 20-22 November - practical info",
    body="Bart, de praktische info van het hostel, met de wifi. Handig voor de laptops bij de nabespreking.\nElke\n\n"
         + fwd("Dear Ms Verstraeten,\n\nWe look forward to welcoming your group of 48 students and 4 teachers.\n\n"
               "Check-in from 15:00. Breakfast 07:30-09:30 in the canal room.\n\nWi-Fi network: WaterfrontGuests\nPassword: canal-view-88\n\n"
               "Please remind your students that quiet hours start at 23:00.\n\nKind regards,\nMaaike\nGroup reservations - The Waterfront Hostel",
               "The Waterfront Hostel <groups@the-waterfront-hostel.nl>", "Monday, 18 November 2024 16:22",
               "elke.verstraeten@sintpieterscollege.be", "Your group stay 20-22 November - practical info", lang="en"),
    rules=[G], lang="nl", note="forwarded English hostel mail with Wi-Fi password", fmt=["plain", "forward"],
    mailer=MAILERS_OUTLOOK, cat_group="pw")

add("portaal-ww-in-stukken", frm=TCL.hdr(), to=[LJA.mail], date=D(2025, 3, 12, 21, 50),
    subject="portaal museumtickets",
    body="Lotte,\n\nVoor de tickets van de Vaticaanse musea moet je op het portaal van Horizon bij 'extra's'. Andere login dan het gewone portaal.\n\n"
         "Login: spc.heverlee.extras\nWachtwoord (in 2 stukken, voor de veiligheid haha):\nColos\nseum#25\n\n"
         "Gewoon aan elkaar plakken. Ik zit morgen de hele dag in de examencommissie.\n\nTom",
    rules=[G], note="password split over two lines", fmt=["plain"], cat_group="pw")

add("ryanair-verificatiecode", frm=LJA.hdr(), to=[TCL.mail], date=D(2025, 2, 3, 13, 41),
    subject="code!!",
    body="Tom, ik krijg de verificatiecode van de groepsboeking op mijn mail ipv de jouwe: 483920\nkan jij die ingeven? vervalt binnen 10 min" + IPH,
    rules=[G], note="one-time verification code forwarded by phone", fmt=["plain", "phone"], mailer=MAILER_IPHONE, cat_group="pw")

add("herstelcodes-reisblog", frm=JSM.hdr(), to=[TCL.mail], date=D(2025, 4, 2, 11, 0),
    subject="Reisblog Rome - account + herstelcodes",
    body="Dag Tom,\n\nHet Google-account voor de reisblog is aangemaakt (reisblog.spcheverlee@gmail.com), met tweestapsverificatie op de schoolgsm. "
         "Omdat jij in Rome de gsm niet altijd bij hebt, zitten de back-upcodes in bijlage. Print ze en houd ze bij je paspoort, niet op je gsm.\n\nJeroen" + sig(JSM),
    attach=[("backup-codes-reisblog.txt",
             ("BACK-UP VERIFICATIECODES\nreisblog.spcheverlee@gmail.com\n\n1. 4829 1076\n2. 3390 5512\n3. 8071 2264\n4. 1195 7740\n"
              "5. 6603 9928\n6. 2847 3019\n7. 9512 6683\n8. 7730 4451\n\nElke code kan maar één keer gebruikt worden.\n").encode(), "text/plain")],
    rules=[G], note="backup/recovery codes in a .txt attachment", fmt=["plain", "attachment-txt"], mailer=MAILERS_OUTLOOK, cat_group="pw")

add("wordpress-fotos-amsterdam", frm=BJA.hdr(), to=[EVE.mail], date=D(2024, 11, 25, 19, 33),
    subject="Foto's Amsterdam op de website",
    body="Dag Elke,\n\nJeroen heeft een apart account gemaakt om het reisverslag op de website te zetten. Jij mag de foto's kiezen (enkel die van leerlingen met toestemming, de lijst hangt in het secretariaat).\n\n"
         "Inloggen op sintpieterscollege.be/wp-admin\ngebruiker: reisverslag\nwachtwoord: Amst3rdam!Theater\n\n"
         "Categorie 'Uitstappen 5de jaar' kiezen en op concept laten, ik kijk het na voor publicatie.\n\nGroetjes,\nBart",
    cte="quoted-printable", rules=[G], note="website login with password, quoted-printable body", fmt=["plain-qp"], cat_group="pw")

add("wetransfer-fotos-zeeklas", frm=PVE.hdr(), to=[IMA.mail], date=D(2025, 5, 24, 20, 18),
    subject="Foto's zeeklas via WeTransfer",
    body="Inge,\n\nAlle foto's van de zeeklas (1,8 GB) staan op WeTransfer, beveiligd omdat er ook veel gezichten op staan:\n"
         "https://we.tl/t-Qm8xV2kLpD\nwachtwoord: Duinpieper25\n\nDe link vervalt na 7 dagen. Wil jij een selectie maken voor de nieuwsbrief?\n\nPieter",
    rules=[G], note="password of a protected download link", fmt=["plain"], cat_group="pw")

add("cijferslot-skikar", frm=KWU.hdr(), to=[WPE.mail], date=D(2025, 3, 7, 7, 12),
    subject="bagagekar",
    body="Wim ik sta al bij de bus. Cijferslot van de skikar is 3719, kan jij de laatste ski's van de skiroom erin zetten? thx" + IPH,
    rules=[G], note="combination lock code by phone", fmt=["plain", "phone"], mailer=MAILER_IPHONE, cat_group="pw")

add("autocars-klantenportaal", frm=GVH.hdr(), to=[ALE.mail], date=D(2025, 6, 3, 14, 27),
    subject="Facturen bussen sportdag",
    body="Dag Ann,\n\nDe facturen van de bussen voor de sportdag (4 bussen naar het domein in Kessel-Lo) kan je zelf downloaden op het klantenportaal van Autocars Dijleland:\n\n"
         "klantnummer: 40711 (dat is ons nummer bij hen)\nwachtwoord: DijleBus#19\n\n"
         "Ik krijg de pdf's niet open op mijn laptop.\n\nGroetjes\nGriet",
    rules=[G], note="customer portal password (the customer number itself opens nothing)", fmt=["plain"], cat_group="pw")

add("ardenta-claims-login", frm=ALE.hdr(), to=[KWU.mail], date=D(2025, 3, 10, 9, 45),
    subject="Schadeaangifte verzekering - online invullen",
    body="Dag Koen,\n\nDe aangifte voor de skireis kan je online invullen op het portaal van Ardenta Verzekeringen. Wij hebben één schoollogin:\n\n"
         "login: spc-heverlee-claims\nwachtwoord: Ardenta2025spc\n\nVergeet niet de medische attesten in te scannen. Bij vragen: bel gerust naar het secretariaat.\n\nAnn"
         + sig(ALE, phone=True, style=2),
    rules=[G, "personal_data"], note="insurer portal password; school phone in the signature", fmt=["plain"],
    mailer=MAILERS_OUTLOOK, cat_group="pw")

add("groepsreis-portaal-temp-pw", frm=TCL.hdr(), to=[LJA.mail], date=D(2025, 1, 22, 8, 3),
    subject="Fwd: Your temporary password",
    body="ff doorgestuurd, log jij vandaag in om de busplaatsen te kiezen? ik heb geen tijd\n\n"
         + fwd("Hello Tom,\n\nA temporary password was created for your account on GroupTravel Portal.\n\n"
               "Username: tclaes-spc\nTemporary password: 7kQ#pL2x\n\nYou will be asked to change it at first login.\n\nGroupTravel Portal - do not reply to this e-mail",
               "GroupTravel Portal <no-reply@groepsreis-portaal.eu>", "Wed, 22 Jan 2025 at 07:55", "tom.claes@sintpieterscollege.be",
               "Your temporary password", lang="en"),
    rules=[G], lang="en", note="forwarded automated mail with a temporary password", fmt=["plain", "forward", "phone"], mailer=MAILER_IPHONE, cat_group="pw")

add("wifi-invites-base64", frm=SWO.hdr(), to=["c.leroux@sainte-odile-lille.fr"], date=D(2025, 3, 21, 17, 2),
    subject="Votre visite à Heverlee - infos pratiques",
    body="Chère Claire,\n\nNous nous réjouissons de votre visite du 24 mars. Quelques infos pratiques :\n\n"
         "- accueil à 9h00 dans la salle des fêtes\n- les élèves français mangent à la cantine le midi (c'est offert)\n"
         "- le réseau Wi-Fi pour les professeurs : SPC-Invites, clé : Heverlee2025\n\n"
         "À lundi !\n\nSofie Wouters\nProfesseure de français\nSint-Pieterscollege Heverlee",
    cte="base64", rules=[G], lang="fr", note="guest Wi-Fi key for the partner teachers, base64 body", fmt=["plain-base64"],
    mailer=MAILERS_OUTLOOK, cat_group="pw")

add("materiaalkast-cp1252", frm=IMA.hdr(), to=[YEA.mail], date=D(2024, 9, 4, 16, 40),
    subject="Materiaal onthaalkamp",
    body="Hoi Yasmina,\n\nKan jij morgen de spelkoffers voor het kamp uit de materiaalkast in de turnzaal halen? Code van het hangslot: 1207.\n"
         "Er moeten ook 2 rollen afzetlint en de EHBO-tas bij – die staat erachter.\n\nMerci!\nInge",
    charset="windows-1252", cte="quoted-printable", rules=[G], note="padlock code, windows-1252 quoted-printable body",
    fmt=["plain-cp1252", "plain-qp"], mailer=MAILERS_OUTLOOK, cat_group="pw")

add("re-login-werkt", frm=LJA.hdr(), to=[TCL.mail], date=D(2025, 1, 14, 20, 10),
    subject="RE: FW: Uw toegangsgegevens groepsportaal - dossier ROM-25-SPC",
    body="Het werkt! Ik heb de kamers van de meisjes al ingevuld, jij doet de jongens?\n\nLotte\n\n"
         + quote("Lotte,\n\nhieronder de login van Horizon, dan kan jij ook de kamerverdeling invullen. Niet doorsturen aub :)\n\n"
                 "Gebruikersnaam: tom.claes@sintpieterscollege.be\nWachtwoord: Hz!r0me-4471\n\nTom",
                 who="Tom Claes", when="dinsdag 14 januari 2025 16:52", to="Lotte Jacobs", subj="FW: Uw toegangsgegevens groepsportaal - dossier ROM-25-SPC"),
    rules=[G], note="reply that quotes the password of the previous mail", fmt=["plain", "reply"], mailer=MAILERS_OUTLOOK, cat_group="pw")

teams_inv = ("________________________________________________________________________________\n"
             "Microsoft Teams-vergadering\nDeelnemen op uw computer, mobiele app of ruimteapparaat\n"
             "Klik hier om deel te nemen aan de vergadering <https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1YjU4MmEtZjY0Mi00ZTVm%40thread.v2/0>\n"
             "Vergadering-id: 371 554 902 118\nWachtwoordcode: b6Zq3S\n"
             "________________________________________________________________________________\n")
add("infoavond-teams-plus-deurcode", frm=GVH.hdr(), to=["j.verlinde@skischool-alpbach.at"], date=D(2025, 1, 27, 10, 30),
    subject="Infoavond skireis 6/2 - deelname online of ter plaatse",
    body="Dear Johann,\n\nThank you for agreeing to present the ski school at our parents' evening on 6 February at 19:30. "
         "You can join online via the Teams link below. If you come in person after all: the main entrance is closed in the evening, "
         "use the side door in the Celestijnenlaan, door code 4455.\n\nBest regards,\nGriet Vanhove\n\n" + teams_inv,
    rules=[G], lang="en", note="Teams passcode is allowed, but the side-door code is a credential", fmt=["plain", "meeting-invite"],
    mailer=MAILERS_OUTLOOK, cat_group="pw")

add("skiverhuur-gespeld", frm=GVH.hdr(), to=[KWU.mail], date=D(2025, 2, 10, 22, 31),
    subject="verhuur",
    body="Koen, de maten van de ski's en schoenen moeten voor vrijdag ingegeven worden op de site van Sport Alpbachtal. "
         "Login is het mailadres van de skireis, ww is: S-K-I-P-I-S-T-E-7-7 (alles hoofdletters, zonder streepjes natuurlijk)\n\nIk doe de meisjes, jij de jongens? mss best voor donderdag al\nG",
    rules=[G], note="password spelled out letter by letter", fmt=["plain"], cat_group="pw")

add("schoolpay-tijdelijk-ww", frm=JSM.hdr(), to=[BJA.mail], date=D(2024, 10, 2, 15, 12),
    subject="RE: kan niet inloggen op SchoolPay",
    body="Bart,\n\nIk heb je account gereset. Tijdelijk wachtwoord: Tmp-55821-spc\nMeteen wijzigen na het inloggen aub, dan zie je de betalingen voor Amsterdam terug.\n\nJeroen\n\n"
         + quote("Jeroen, ik kan niet meer in SchoolPay om te zien wie al betaald heeft voor Amsterdam. Foutmelding 'account geblokkeerd'. Bart",
                 who="Bart Janssens", when="woensdag 2 oktober 2024 14:02", to="Jeroen Smet", subj="kan niet inloggen op SchoolPay"),
    rules=[G], note="temporary password after a reset", fmt=["plain", "reply"], mailer=MAILERS_OUTLOOK, cat_group="pw")

add("musei-portale-tabel", frm=TCL.hdr(), to=[LJA.mail, MHE.mail], date=D(2025, 3, 3, 17, 6),
    subject="Reservatie musea Rome",
    body="Lotte, Marc,\n\nDe musea zijn gereserveerd. Overzicht:\n\nMuseum\tDatum\tUur\tLogin\tWachtwoord\n"
         "Musei Capitolini\t15/04\t10:00\tspc-heverlee\tCapitol-2025!\nGalleria Borghese\t17/04\t14:00\tSPC_HEV\tBorgh3se#17\n\n"
         "Voor de Borghese moeten we 30 min vooraf de tickets afhalen met de login hierboven.\n\nTom",
    html=html_wrap(paras("Lotte, Marc,\n\nDe musea zijn gereserveerd. Overzicht:")
                   + html_table(["Museum", "Datum", "Uur", "Login", "Wachtwoord"],
                                [["Musei Capitolini", "15/04", "10:00", "spc-heverlee", "Capitol-2025!"],
                                 ["Galleria Borghese", "17/04", "14:00", "SPC_HEV", "Borgh3se#17"]])
                   + paras("\n\nVoor de Borghese moeten we 30 min vooraf de tickets afhalen met de login hierboven.\n\nTom")),
    rules=[G], note="two portal passwords in a table (text and HTML)", fmt=["alt", "table"], mailer=MAILERS_OUTLOOK, cat_group="pw")

add("pincode-reisgsm", frm=KWU.hdr(), to=[GVH.mail, WPE.mail], date=D(2025, 2, 27, 23, 5),
    subject="reisgsm",
    body="pincode van de reisgsm is 1234 lol nee echt: 6620\nik geef hem morgen aan Griet" + IPH,
    rules=[G], note="SIM/phone PIN, jokingly, from a phone", fmt=["plain", "phone"], mailer=MAILER_IPHONE, cat_group="pw")

lille_be = grade_pick(4, 6, 401)
rows = [["Voornaam", "Naam", "Klas", "Identifiant ENT", "Mot de passe"]]
rr = random.Random(77)
for p in lille_be:
    rows.append([p["first"], p["last"], p["klas"], f"be.{slugname(p['first'])}{slugname(p['last'])[:3]}",
                 "".join(rr.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))])
add("ent-accounts-xlsx", frm=NDU.hdr(), to=[SWO.mail], date=D(2025, 3, 13, 18, 26),
    subject="Inloggegevens ENT groep 2",
    body="Sofie,\n\nDe tweede groep heeft eigen accounts gekregen op de ENT van Sainte-Odile (niet het gastaccount). Claire stuurde dit bestand, ik heb de klassen erbij gezet.\n\nNathalie",
    attach=[("inloggegevens_ENT_groep2.xlsx", xlsx(rows), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")],
    rules=[G], about=[p["id"] for p in lille_be], note="xlsx with individual ENT passwords of six pupils; no sensitive facts",
    fmt=["plain", "attachment-xlsx"], mailer=MAILERS_OUTLOOK, cat_group="pw")

ah = P("amira_haddad")
add("co-account-startwachtwoord", frm=YEA.hdr(), to=[ah["p1"]], date=D(2024, 9, 2, 19, 47),
    subject="Smartschool co-account - toestemming onthaalkamp",
    body="Beste meneer Haddad,\n\nU liet weten dat u niet kan inloggen op Smartschool om het toestemmingsformulier voor het onthaalkamp van Amira in te vullen. "
         "Ik heb uw co-account laten resetten. U kan inloggen met:\n\ngebruikersnaam: amira.haddad (co-account 1)\nstartwachtwoord: Kamp2024Heverlee\n\n"
         "U moet daarna zelf een nieuw wachtwoord kiezen. Het formulier staat bij 'Formulieren'.\n\nMet vriendelijke groeten,\nYasmina El Amrani\nklastitularis 1E",
    rules=[G], about=[ah["id"]], note="start password of the parent's co-account, sent to the right parent", fmt=["plain"],
    mailer=MAILERS_OUTLOOK, cat_group="pw")

add("lockers-hostel-ams", frm=EVE.hdr(), to=[BJA.mail], date=D(2024, 11, 20, 16, 48),
    subject="lockers",
    body="De tassen met de kostuums zitten in locker 12 en 13 beneden. Combinatie is voor allebei 0-4-2-7. Ik ga met groep 2 naar het Rijksmuseum" + IPH,
    rules=[G], note="locker combination", fmt=["plain", "phone"], mailer=MAILER_IPHONE, cat_group="pw")

add("jugendhaus-schluesselsafe-fw", frm=KWU.hdr(), to=[GVH.mail, WPE.mail], date=D(2025, 2, 24, 17, 33),
    subject="FW: Arrival Saturday early morning",
    body="Ter info: we komen zaterdag om 7u aan en er is dan nog niemand. Zie onder.\n\n"
         + fwd("Dear Mr Wuyts,\n\nAs you arrive before our reception opens (08:30), the keys for the group leaders are in the key safe next to the main door. "
               "Key safe code: 2846. The breakfast room will be open from 07:30.\n\nBest regards,\nFamily Oberhofer\nJugendhaus Alpbachblick",
               "Jugendhaus Alpbachblick <info@jugendhaus-alpbachblick.at>", "Monday, 24 February 2025 14:10",
               "koen.wuyts@sintpieterscollege.be", "Arrival Saturday early morning", lang="en"),
    rules=[G], lang="en", note="forwarded hostel mail with key-safe code", fmt=["plain", "forward"], mailer=MAILERS_OUTLOOK, cat_group="pw")

# ================================================================ PASSWORD LOOK-ALIKES (15)
add("ww-verloopt-personeel", frm=JSM.hdr(), to=[JSM.mail], bcc=[PERSONEEL], date=D(2025, 1, 6, 7, 30),
    subject="Herinnering: wachtwoord Microsoft 365 verloopt eind januari",
    body="Beste collega's,\n\nDe wachtwoorden van jullie schoolaccount verlopen op 31 januari. Wie op reis vertrekt in de krokusvakantie (ski, Rome-voorbereiding...) "
         "wijzigt zijn wachtwoord best vóór vertrek, anders kan je in het buitenland niet inloggen op Smartschool of Outlook.\n\n"
         "Wijzigen kan via myaccount.microsoft.com > Wachtwoord wijzigen. Lukt het niet, kom dan langs in het ICT-lokaal (B105). "
         "Ik zal jullie nooit vragen om je wachtwoord per mail door te sturen.\n\nJeroen" + sig(JSM),
    rules=[], note="about passwords but carries none; staff list only in BCC", fmt=["plain", "bcc-envelope"], mailer=MAILERS_OUTLOOK, cat_group="lk")

add("login-vraag-jeroen", frm=TCL.hdr(), to=[LJA.mail], date=D(2025, 1, 13, 12, 44),
    subject="RE: login Horizon?",
    body="Lotte, die login zet ik liever niet in een mail :) Vraag hem aan Jeroen of ik geef hem morgen mondeling in de leraarskamer.\n\nTom\n\n"
         + quote("Tom, heb jij de login van het Horizon-portaal? Ik wil de kamers al bekijken. L.", style="gt", who="Lotte Jacobs <lotte.jacobs@sintpieterscollege.be>",
                 when="ma 13 jan 2025 om 12:31"),
    rules=[], note="refuses to mail the password; no secret present", fmt=["plain", "reply"], mailer=MAILER_IPHONE, cat_group="lk")

teams2 = ("________________________________________________________________________________\n"
          "Microsoft Teams-vergadering\nDeelnemen op uw computer, mobiele app of ruimteapparaat\n"
          "Klik hier om deel te nemen aan de vergadering <https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGQ2ZTc1YjAtMWRi%40thread.v2/0>\n"
          "Vergadering-id: 392 117 045 836\nWachtwoordcode: Xr7k2P\n"
          "Meer informatie | Opties voor vergadering\n"
          "________________________________________________________________________________\n")
add("teams-overleg-horizon", frm=TCL.hdr(), to=["an.vrancken@horizon-jeugdreizen.be"], date=D(2025, 2, 18, 9, 15),
    subject="Overleg programma Rome - online",
    body="Dag mevrouw Vrancken,\n\nZoals afgesproken plannen we donderdag 20/2 om 16u een kort online overleg over het definitieve programma (dag 3 en 4). "
         "Hieronder de link.\n\nMet vriendelijke groeten,\nTom Claes\n\n" + teams2,
    html=html_wrap(paras("Dag mevrouw Vrancken,\n\nZoals afgesproken plannen we donderdag 20/2 om 16u een kort online overleg over het definitieve programma (dag 3 en 4). Hieronder de link.\n\nMet vriendelijke groeten,\nTom Claes")
                   + '<div style="width:100%"><span style="font-size:18pt">Microsoft Teams-vergadering</span><br>'
                     '<a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGQ2ZTc1YjAtMWRi%40thread.v2/0">Klik hier om deel te nemen aan de vergadering</a><br>'
                     'Vergadering-id: 392 117 045 836<br>Wachtwoordcode: Xr7k2P</div>'),
    rules=[], note="meeting passcode inside an invitation is allowed", fmt=["alt", "meeting-invite"], mailer=MAILERS_OUTLOOK, cat_group="lk")

add("zoom-reunion-lille", frm=NDU.hdr(), to=["c.leroux@sainte-odile-lille.fr"], date=D(2025, 1, 29, 14, 2),
    subject="Réunion de préparation échange - Zoom",
    body="Bonjour Claire,\n\nComme convenu, voici le lien pour notre réunion de préparation du mardi 4 février à 17h :\n\n"
         "Participer à la réunion Zoom\nhttps://us02web.zoom.us/j/84512039977?pwd=aGt0cXJ3bFZ5\n\nID de réunion : 845 1203 9977\nCode secret : 620417\n\n"
         "Nous parlerons des familles d'accueil et du programme de la semaine à Heverlee.\n\nBien à vous,\nNathalie Dubois\nSint-Pieterscollege Heverlee",
    rules=[], lang="fr", note="Zoom invitation with meeting passcode: allowed", fmt=["plain", "meeting-invite"], mailer=MAILERS_OUTLOOK, cat_group="lk")

add("horizon-bevestiging-dossier", frm=TCL.hdr(), to=[ALE.mail], date=D(2024, 12, 12, 10, 20),
    subject="FW: Bevestiging reservatie - dossier 2025-0412",
    body="Ann, voor de boekhouding. Het voorschot mag betaald worden met de referentie hieronder.\nTom\n\n"
         + fwd("Geachte heer Claes,\n\nHierbij bevestigen wij uw groepsreservatie:\n\nDossiernummer: 2025-0412\nKlantnummer: K-88124\n"
               "Bestemming: Rome (14/04/2025 - 19/04/2025)\nAantal deelnemers: 44 leerlingen + 4 begeleiders\nVoorschot: 4.800,00 EUR te betalen vóór 15/01/2025\n"
               f"Gestructureerde mededeling: {ogm(2504120088)}\n\nDe volledige factuur volgt na de definitieve deelnemerslijst.\n\nHorizon Jeugdreizen - Groepen",
               "Horizon Jeugdreizen <groepen@horizon-jeugdreizen.be>", "woensdag 11 december 2024 16:45", "tom.claes@sintpieterscollege.be",
               "Bevestiging reservatie - dossier 2025-0412"),
    rules=[], note="booking number, customer number, structured payment reference: codes that open nothing", fmt=["plain", "forward"],
    mailer=MAILERS_OUTLOOK, cat_group="lk")

kam = grade_pick(6, 12, 602)
rows = []
for i in range(0, 12, 3):
    rows.append([f"{214 + i // 3}", ", ".join(pn(p) for p in kam[i:i + 3])])
add("kamerverdeling-rome-jongens", frm=TCL.hdr(), to=[LJA.mail, MHE.mail], date=D(2025, 3, 20, 16, 40),
    subject="Kamerverdeling Rome - 2de verdiep",
    body="Hier de kamers op het 2de verdiep (hotel Monteverde), zoals ingevuld op het portaal:\n\n" + "\n".join(f"kamer {r[0]}: {r[1]}" for r in rows)
         + "\n\nKamer 218 is voor Lotte, 219 voor mij. Reservesleutels liggen aan de receptie.\n\nTom",
    rules=[], about=[p["id"] for p in kam], note="room list with room numbers; no credential, no sensitive facts", fmt=["plain"],
    mailer=MAILERS_OUTLOOK, cat_group="lk")

add("quizlet-klascode-lille", frm=NDU.hdr(), to=[NDU.mail], bcc=["leerlingen4b@spc.ksleuven.be", "leerlingen4c@spc.ksleuven.be"],
    date=D(2025, 2, 10, 13, 5),
    subject="Woordenschat voor Lille - Quizlet",
    body="Dag iedereen,\n\nOm jullie voor te bereiden op de week in Lille heb ik een Quizlet-klas gemaakt met de woordenschat van het gastgezin (aan tafel, je voorstellen, de weg vragen).\n\n"
         "Ga naar quizlet.com/join en geef de klascode in: XK4P9Q\n\nTegen 3 maart ken je set 1 en 2. Bon courage !\n\nMevr. Dubois",
    rules=[], note="class join code opens nothing secret; pupil lists in BCC", fmt=["plain", "bcc-envelope"], mailer=MAILERS_OUTLOOK, cat_group="lk")

add("wifi-aan-receptie", frm=KWU.hdr(), to=[EVE.mail], date=D(2025, 3, 1, 16, 55),
    subject="Re: wifi?",
    body="De wifi code hangt aan de receptie, ik heb hem niet bij me. Vraag het aan de mevrouw van het onthaal\n\n"
         + quote("Koen, wat is de wifi hier? Mijn data is op. Elke", style="gt", who="Elke Verstraeten", when="1 mrt 2025 om 16:51") + IPH,
    rules=[], note="points to the reception; no Wi-Fi key in the mail", fmt=["plain", "reply", "phone"], mailer=MAILER_IPHONE, cat_group="lk")

add("wachtwoord-vergeten-ouder", frm=JSM.hdr(), to=["frank.verschueren@telenet.be"], date=D(2025, 2, 5, 8, 50),
    subject="RE: kan niet inloggen om in te schrijven voor de skireis",
    body="Beste heer Verschueren,\n\nWij kunnen geen wachtwoorden per mail bezorgen. U kan zelf een nieuw wachtwoord aanvragen via de knop 'Wachtwoord vergeten?' "
         "op de aanmeldpagina van Smartschool; u krijgt dan een link op dit mailadres. Lukt het niet, dan kan u maandag of donderdag na 15u langskomen op het secretariaat.\n\n"
         "Met vriendelijke groeten,\nJeroen Smet\nICT-coördinator",
    rules=[], note="explains how to reset a password; none given", fmt=["plain", "reply"], mailer=MAILERS_OUTLOOK, cat_group="lk")

add("bestelling-hoodies-ski", frm=KWU.hdr(), to=["bestellingen@drukkerij-printwerk.be"], date=D(2025, 1, 16, 11, 7),
    subject="Bestelling #100482 - hoodies skireis",
    body="Goedemorgen,\n\nBetreft bestelling #100482 (62 hoodies 'Stroom Ski 2025'). Kunnen we de maten nog wijzigen? Er moeten 2 M extra bij en 2 L minder. "
         "Levering graag vóór 21/2 op school, t.a.v. Koen Wuyts.\n\nOrdernummer bij jullie webshop: WS-2025-3317.\n\nBedankt!\nKoen Wuyts\nSint-Pieterscollege Heverlee",
    rules=[], note="order numbers only", fmt=["plain"], mailer=MAILERS_OUTLOOK, cat_group="lk")

add("busnummers-sportdag", frm=GVH.hdr(), to=[WPE.mail, YEA.mail, PVE.mail], date=D(2025, 6, 16, 15, 0),
    subject="Sportdag: busindeling",
    body="Busindeling donderdag (vertrek 8u15 op de parking achteraan):\n\nbus 1 (1-ABC-347): 1A, 1B, 1C - Wim\nbus 2 (1-KTR-882): 1D, 1E, 2A - Yasmina\n"
         "bus 3 (2-VDL-015): 2B, 2C, 2D - Pieter\nbus 4 (1-FHA-230): 3de jaar - ik\n\nTerug om 15u45.\n\nGriet",
    rules=[], note="bus numbers and licence plates open nothing", fmt=["plain"], cat_group="lk")

add("locker-sleutel-concierge", frm=BJA.hdr(), to=[EVE.mail], date=D(2024, 11, 14, 12, 22),
    subject="kostuums theaterworkshop",
    body="Elke, de kostuums voor de workshop in Amsterdam liggen in kast 47 in het lokaal drama. De sleutel krijg je van Rudi de conciërge, ik heb het hem al gezegd.\nBart",
    rules=[], note="cupboard number and key from the caretaker; no code", fmt=["plain"], cat_group="lk")

add("vakcode-lokaal-uitwisseling", frm=SWO.hdr(), to=[NDU.mail, MHE.mail], date=D(2025, 3, 17, 7, 45),
    subject="Lessenrooster Franse leerlingen week 24/3",
    body="Dag Nathalie, dag Marc,\n\nHet aangepaste rooster voor de week van de Franse leerlingen:\n\n"
         "ma 1-2: FR-4-UITW (lokaal B204) - welkom + rondleiding\nma 3-4: NL-4 met de 4B (A108)\ndi: uitstap Brussel, vertrek 8u30\n"
         "wo 1-4: project 'Deux villes', groepen 1 tot 6 (B204, B205)\ndo: lessen met de correspondent\nvr 5-6: afsluitmoment in de refter\n\n"
         "Sofie",
    rules=[], note="course codes and room numbers only", fmt=["plain"], mailer=MAILERS_OUTLOOK, cat_group="lk")

lucas_v = P("lucas_verbiest")
add("reset-leerling-sms", frm=JSM.hdr(), to=[lucas_v["mail"]], date=D(2024, 9, 3, 13, 30),
    subject="Je Smartschool-wachtwoord is gereset",
    body="Dag Lucas,\n\nJe wachtwoord is gereset zoals gevraagd door je klastitularis. Je krijgt zo dadelijk een sms op het gsm-nummer van je ouders met een tijdelijke code. "
         "Daarmee log je in en kies je zelf een nieuw wachtwoord. Vergeet niet je kampformulier in te vullen vóór vrijdag!\n\nMeneer Smet (ICT)",
    rules=[], about=[lucas_v["id"]], note="announces a code by sms; no code in the mail", fmt=["plain"], mailer=MAILERS_OUTLOOK, cat_group="lk")

add("ticketnummers-schouwburg", frm=BJA.hdr(), to=["kassa@theaterdekade.nl"], date=D(2024, 11, 4, 10, 55),
    subject="Groepsreservering G-11873 - 21 november",
    body="Geachte,\n\nVoor onze groepsreservering G-11873 (48 leerlingen + 4 begeleiders, 21/11, 20u15) hadden we graag bevestigd dat alle plaatsen op rij 11 tot 14 liggen. "
         "Op de e-tickets staat 'Balkon 2, rij 11, stoel 1-14' tot 'rij 14, stoel 1-12'.\n\nOok: mogen we na de voorstelling 15 minuten in gesprek met de cast?\n\n"
         "Met vriendelijke groeten,\nBart Janssens\nSint-Pieterscollege Heverlee (België)",
    rules=[], note="group reservation and seat numbers only", fmt=["plain"], mailer=MAILERS_OUTLOOK, cat_group="lk")

# ================================================================ SENSITIVE (45)
S = "sensitive"
def cat(*c):
    return {"sensitive": list(c)}

ski = grade_pick(5, 8, 501)
ski_med = [(ski[0], "nut allergy (peanuts) - EpiPen always carried", "no nuts"),
           (ski[1], "asthma - inhaler (Ventolin) before sport", "-"),
           (ski[2], "-", "vegetarian"),
           (ski[3], "type 1 diabetes - insulin pump, checks glucose before meals", "carb count per meal please"),
           (ski[4], "lactose intolerance", "lactose free"),
           (ski[5], "-", "halal"),
           (ski[6], "coeliac disease", "gluten free"),
           (ski[7], "takes medication in the evening (given by teacher)", "-")]
add("ski-dieet-medisch-jugendhaus", frm=KWU.hdr(), to=["info@jugendhaus-alpbachblick.at"], date=D(2025, 2, 14, 15, 40),
    subject="Group Sint-Pieterscollege 1-8 March: diets and medical info",
    body="Dear Mrs Oberhofer,\n\nPlease find below the students with special diets or medical needs.\n\n"
         + text_table(["Name", "Class", "Medical", "Diet"], [[pn(p), p["klas"], m, d] for p, m, d in ski_med])
         + "\n\nAll other students eat everything. The teachers have the medication with them.\n\nKind regards,\nKoen Wuyts",
    html=html_wrap(paras("Dear Mrs Oberhofer,\n\nPlease find below the students with special diets or medical needs.")
                   + html_table(["Name", "Class", "Medical", "Diet"], [[pn(p), p["klas"], m, d] for p, m, d in ski_med])
                   + paras("\n\nAll other students eat everything. The teachers have the medication with them.\n\nKind regards,\nKoen Wuyts")),
    rules=[S], cats=cat("medical"), about=[p["id"] for p, m, d in ski_med if m != "-"] + [p["id"] for p, m, d in ski_med if m == "-"],
    lang="en", note="table of named pupils with allergies, asthma, diabetes, coeliac disease sent to the hostel", fmt=["alt", "table"],
    mailer=MAILERS_OUTLOOK, cat_group="s")

rome = grade_pick(6, 10, 603)
rr = random.Random(603)
lines = ["Naam;Voornaam;Klas;Geboortedatum;Nr identiteitskaart;Vervaldatum ID;Allergie/medisch;Noodnummer ouder"]
meds = ["", "", "penicilline-allergie", "", "epilepsie (medicatie 2x/dag)", "", "", "notenallergie", "", "astma"]
for i, p in enumerate(rome):
    y = 2006 + rr.randint(0, 1); mo = rr.randint(1, 12); d = rr.randint(1, 28)
    idnr = f"{rr.randint(590,599)}-{rr.randint(1000000,9999999):07d}-{rr.randint(10,99)}"
    tel = f"04{rr.randint(70,99)} {rr.randint(10,99)} {rr.randint(10,99)} {rr.randint(10,99)}"
    lines.append(f"{p['last']};{p['first']};{p['klas']};{d:02d}/{mo:02d}/{y};{idnr};{rr.randint(1,28):02d}/{rr.randint(1,12):02d}/{rr.randint(2026,2033)};{meds[i]};{tel}")
add("deelnemers-rome-id-csv", frm=TCL.hdr(), to=["groepen@horizon-jeugdreizen.be"], date=D(2025, 3, 14, 22, 48),
    subject="Deelnemerslijst Rome dossier 2025-0412 - deel 2",
    body="Goedenavond,\n\nHierbij het tweede deel van de deelnemerslijst (de laatste 10, de eerste 34 zitten al in het portaal omdat het portaal vastliep bij het uploaden). "
         "Ook de medische info staat erbij voor de verzekering.\n\nMvg,\nTom Claes\nreisleider",
    attach=[("deelnemers_rome_deel2.csv", ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8"), "text/csv")],
    rules=[S, "personal_data"], cats=cat("medical"), about=[p["id"] for p in rome],
    note="csv with dates of birth, phone numbers and allergies/epilepsy of named pupils", fmt=["plain", "attachment-csv"],
    mailer=MAILERS_OUTLOOK, cat_group="s")

lp = P("lucas_peeters")
add("lucas-knie-ziekenhuis-juist", frm=KWU.hdr(), to=[lp["p2"]], date=D(2025, 3, 4, 16, 25),
    subject="Lucas - update ziekenhuis Schwaz",
    body="Beste mevrouw Segers,\n\nExcuses, mijn eerste mail van vanmiddag is per vergissing naar een verkeerd adres vertrokken. Daarom nog eens alles.\n\n"
         "Lucas is vanmorgen rond 11u ongelukkig gevallen op de rode piste en heeft zijn knie verdraaid. Hij is met de pistedienst naar het ziekenhuis in Schwaz gebracht. "
         "Op de foto's is geen breuk te zien, maar de arts vermoedt een letsel aan de binnenste kniebanden. Hij heeft een brace gekregen en krukken, en mag de rest van de week niet meer skiën. "
         "Pijnstilling: paracetamol 3x per dag, dat geven wij.\n\nHij is opgewekt, zit nu in de lounge met een paar vrienden. U kan mij altijd bellen op 0478 21 93 55.\n\n"
         "Voor de verzekering stuur ik het verslag van het ziekenhuis door naar het secretariaat.\n\nGroeten,\nKoen Wuyts",
    rules=[S, "personal_data"], cats=cat("medical"), about=[lp["id"]],
    note="injury and hospital visit of Lucas to his mother; teacher's Belgian mobile number", fmt=["plain"], mailer=MAILER_IPHONE, cat_group="s")

add("lucas-knie-verkeerde-peeters", frm=KWU.hdr(), to=[P("emma_peeters")["p1"]], date=D(2025, 3, 4, 13, 2),
    subject="Lucas gevallen op de piste",
    body="Beste meneer Peeters,\n\nEven een snel bericht vanuit Alpbach: Lucas is deze voormiddag gevallen op de piste en is met de pistedienst naar het ziekenhuis in Schwaz gebracht voor foto's van zijn knie. "
         "Hij is bij bewustzijn en heeft vooral pijn. Een collega is bij hem. Ik hou u op de hoogte zodra we meer weten.\n\nKoen Wuyts\nbegeleider skireis" + IPH,
    rules=[S, "recipient"], cats=cat("medical"), about=[lp["id"]], mis=True,
    note="Lucas Peeters' accident sent to the father of Emma/Mats Peeters (autocomplete on 'peeters')", fmt=["plain", "phone"],
    mailer=MAILER_IPHONE, cat_group="s")

rl = P("ruben_lenaerts")
add("ruben-ass-kamp", frm=HGO.hdr(), to=[IMA.mail, YEA.mail], date=D(2024, 9, 6, 11, 18),
    subject="Onthaalkamp - afspraken Ruben (1A)",
    body="Dag Inge, dag Yasmina,\n\nRuben Lenaerts (1A) heeft een diagnose ASS. Met mama afgesproken voor het kamp:\n\n"
         "- hij krijgt op voorhand het dagprogramma op papier, en graag verwittigen bij wijzigingen\n- bij de dropping liefst in een groepje met Noor of Louise, die kent hij van de lagere school\n"
         "- als het te druk wordt mag hij naar de stille ruimte naast de eetzaal (koptelefoon bij)\n- hij slaapt liefst aan de kant van het raam\n\n"
         "Zijn begeleider van het ondersteuningsnetwerk komt woensdagnamiddag even langs.\n\nHilde" + sig(HGO),
    rules=[S], cats=cat("care"), about=[rl["id"]], note="autism diagnosis and support arrangements for one named pupil, internal",
    fmt=["plain"], mailer=MAILERS_OUTLOOK, cat_group="s")

yd = P("yusuf_demir")
add("yusuf-diabetes-kamp", frm=IMA.hdr(), to=[YEA.mail, GVH.mail, PVE.mail], date=D(2024, 9, 9, 17, 2),
    subject="Yusuf 1C - diabetes",
    body="Collega's,\n\nNog iets belangrijks voor het kamp. Yusuf Demir (1C) heeft diabetes type 1. Hij meet zelf zijn suiker met een sensor op zijn arm (app op zijn gsm) "
         "en spuit zelf insuline voor het eten. Wat wij moeten weten:\n\n- hypo (trilt, bleek, zweet): meteen 3 druivensuikertjes + iets eten, zitten in zijn heuptasje\n"
         "- bij de dropping en de sportnamiddag: altijd iemand bij hem die het weet\n- glucagon zit in de EHBO-tas\n- zijn gsm mag hij 's nachts bij zich houden (alarm)\n\n"
         "Mama heeft het allemaal nog eens uitgelegd, ik heb de fiche in de map gestoken.\n\nInge",
    rules=[S], cats=cat("medical"), about=[yd["id"]], note="diabetes management of a named pupil for the camp leaders", fmt=["plain"],
    mailer=MAILERS_OUTLOOK, cat_group="s")

vl = P("victor_lambert")
add("victor-naar-huis-drank", frm=TCL.hdr(), to=[vl["p1"]], date=D(2025, 4, 16, 8, 55),
    subject="Victor - terugkeer naar België",
    body="Geachte heer Lambert,\n\nZoals ik u vannacht telefonisch heb laten weten, werd Victor gisterenavond samen met twee andere leerlingen op de hotelkamer betrapt met sterke drank. "
         "Victor was duidelijk dronken en heeft zich daarna tegenover de nachtportier zeer onbeleefd gedragen. Dit is een ernstige inbreuk op de afspraken die iedereen vooraf heeft ondertekend.\n\n"
         "In overleg met de directie wordt Victor vandaag naar huis gestuurd. Hij neemt de vlucht van 14u50 naar Zaventem, begeleid door collega Lotte Jacobs. "
         "U kan hem om 17u20 afhalen in de aankomsthal. De kosten van het ticket worden u aangerekend, zoals vermeld in het reisreglement.\n\n"
         "Na de paasvakantie volgt een gesprek op school met de directeur.\n\nMet vriendelijke groeten,\nTom Claes\nreisleider Rome",
    rules=[S], cats=cat("psychosocial"), about=[vl["id"]], note="drinking incident and being sent home (behaviour with consequences), to the father",
    fmt=["plain"], mailer=MAILERS_OUTLOOK, cat_group="s")

jg = P("jonas_goris"); jgs = P("jonas_gorissen")
add("jonas-drank-verkeerde-gorissen", frm=WPE.hdr(), to=[jgs["p1"]], date=D(2025, 3, 5, 9, 40),
    subject="Jonas - incident gisterenavond",
    body="Beste ouders,\n\nIk moet u helaas melden dat Jonas gisterenavond in de skihut na de après-ski met bier is betrapt, samen met een medeleerling. "
         "Hij had er al meerdere op. Volgens de afspraken van de skireis mag hij vandaag en morgen niet mee de piste op en blijft hij bij een begeleider in het Jugendhaus. "
         "Na de reis volgt een gesprek met de klastitularis en de directie.\n\nJonas is zelf erg onder de indruk en heeft zich verontschuldigd.\n\nMet vriendelijke groet,\nWim Peeters\nbegeleider skireis 5de jaar",
    rules=[S, "recipient"], cats=cat("psychosocial"), about=[jg["id"]], mis=True,
    note="drinking incident of Jonas Goris (5A) sent to the parents of Jonas Gorissen (5C)", fmt=["plain"], mailer=MAILERS_OUTLOOK, cat_group="s")

mv = P("mila_verbruggen")
add("mila-heimwee-angst", frm=IMA.hdr(), to=[mv["p1"]], date=D(2024, 9, 12, 7, 41),
    subject="Mila - nacht op kamp",
    body="Dag mevrouw Desmet,\n\nZoals beloofd even een berichtje. Mila heeft vannacht weer veel gehuild en kreeg rond 2u een soort paniekaanval: ze kon moeilijk ademen en wou absoluut naar huis. "
         "Ik ben een uur bij haar gebleven op de gang, daarna is ze in slaap gevallen bij mij in de leidingskamer. Vanmorgen gaat het iets beter, ze heeft ontbeten.\n\n"
         "U vertelde dat ze ook thuis soms zo'n angstaanvallen heeft. Ik stel voor dat we na het kamp samen met Hilde Goossens (leerlingbegeleiding) even afspreken.\n\n"
         "Als het vanavond niet gaat, bel ik u en kan u haar ophalen.\n\nGroetjes,\nInge Maes" + IPH,
    rules=[S], cats=cat("psychosocial"), about=[mv["id"]], note="homesickness with a panic attack and anxiety of a named pupil, to the mother",
    fmt=["plain", "phone"], mailer=MAILER_IPHONE, cat_group="s")

lv = P("lars_vermeersch"); tv = P("tuur_vermeulen")
add("lars-heimwee-verkeerde-an", frm=PVE.hdr(), to=[tv["p1"]], date=D(2025, 5, 20, 21, 52),
    subject="Lars - zeeklas",
    body="Dag An,\n\nLars zit er vanavond echt door. Hij wil niet eten, hij huilt veel en wil jou bellen, heimwee denk ik. "
         "Hij vertelde ook dat hij het moeilijk heeft met een paar jongens van de kamer die hem uitlachen. Ik heb hem op een andere kamer gelegd, bij Ilias en Wout.\n\n"
         "Mag hij je morgen na het ontbijt eens bellen? Dan kunnen we samen kijken hoe het verder moet.\n\nPieter",
    rules=[S, "recipient"], cats=cat("psychosocial"), about=[lv["id"]], mis=True,
    note="Lars Vermeersch's distress and teasing sent to an.vermeulen@ (mother of Tuur Vermeulen) instead of an.vermeersch@",
    fmt=["plain"], cat_group="s")

ib = P("ines_baert")
add("ines-sociaal-fonds-ski", frm=KWU.hdr(), to=[ALE.mail], date=D(2025, 1, 9, 13, 10),
    subject="Skireis - Ines Baert 5B - sociaal fonds?",
    body="Dag Ann,\n\nDe mama van Ines Baert (5B) kwam gisteren na de oudercontacten bij mij. Ze is sinds de zomer werkloos en kan de 695 euro voor de skireis niet betalen, "
         "ook niet in schijven. Ines wil heel graag mee. Kan het sociaal fonds tussenkomen? Mama vond het moeilijk om het te vragen, graag discreet.\n\n"
         "Ze heeft wel al 100 euro voorschot betaald.\n\nKoen",
    rules=[S], cats=cat("financial"), about=[ib["id"]], note="a named pupil's family cannot pay; social fund request", fmt=["plain"],
    mailer=MAILERS_OUTLOOK, cat_group="s")

add("amira-afbetalingsplan-kamp", frm=ALE.hdr(), to=[ah["p1"]], date=D(2024, 9, 20, 10, 4),
    subject="Afbetalingsplan schoolrekening en onthaalkamp Amira",
    body="Beste meneer Haddad,\n\nZoals besproken aan de telefoon bevestig ik het afbetalingsplan voor de schoolrekening van september en het onthaalkamp van Amira (1E), in totaal 412,50 euro:\n\n"
         "- 15 oktober: 82,50 euro\n- 15 november: 82,50 euro\n- 15 december: 82,50 euro\n- 15 januari: 82,50 euro\n- 15 februari: 82,50 euro\n\n"
         "Telkens met de gestructureerde mededeling van de factuur. Mocht een betaling niet lukken, laat het ons dan gewoon weten; dan zoeken we samen een oplossing.\n\n"
         "Met vriendelijke groeten,\nAnn Lemmens\nboekhouding",
    rules=[S], cats=cat("financial"), about=[ah["id"]], note="payment plan for a named pupil's bills, to the father", fmt=["plain"],
    mailer=MAILERS_OUTLOOK, cat_group="s")

sw = P("stan_willems"); ym = P("yara_mahmoud")
add("stan-openstaand-verkeerde-thread", frm=SWO.hdr(), to=[ym["p2"]], date=D(2025, 2, 19, 21, 13),
    subject="RE: Gastgezin Lille",
    irt="<CAF7qM1xZ@mail.gmail.com>",
    body="Beste mevrouw Willems,\n\nIk kreeg van de boekhouding door dat de tweede schijf voor de uitwisseling (180 euro) voor Stan nog altijd openstaat, en ook nog een deel van de schoolrekening van het eerste trimester. "
         "Ik begrijp dat het financieel even moeilijk is. Het sociaal fonds van de school kan een deel ten laste nemen; wilt u daarvoor contact opnemen met Ann Lemmens?\n\n"
         "Stan mag in elk geval mee naar Lille, daar hoeft u zich geen zorgen over te maken.\n\nGroeten,\nSofie Wouters\n\n"
         + quote("Dag mevrouw Wouters,\n\nYara vraagt of ze in hetzelfde gastgezin mag als haar vriendin, of minstens in dezelfde wijk. Is dat mogelijk?\n\nGroetjes,\nSalma Mahmoud",
                 style="gt", who="Salma Mahmoud <salma.mahmoud@outlook.com>", when="di 18 feb 2025 om 20:04"),
    rules=[S, "recipient"], cats=cat("financial"), about=[sw["id"]], mis=True,
    note="about Stan Willems' unpaid bills, written as a reply in Yara Mahmoud's mother's thread", fmt=["plain", "reply"],
    mailer=MAILERS_OUTLOOK, cat_group="s")

md = P("marie_declercq")
add("marie-ouders-oneens-lille", frm=SWO.hdr(), to=[md["p1"], md["p2"]], date=D(2025, 1, 28, 17, 45),
    subject="Uitwisseling Lille - Marie",
    body="Beste meneer De Clercq, beste mevrouw Huygens,\n\nIk ontving van jullie allebei een bericht over de deelname van Marie aan de uitwisseling met Lille. "
         "Mevrouw Huygens heeft het inschrijvingsformulier ondertekend; meneer De Clercq laat weten dat hij niet akkoord gaat omdat de week in Lille in zijn verblijfsweek valt volgens de regeling van de rechtbank.\n\n"
         "De school kan hierin geen partij kiezen. Voor een buitenlandse reis hebben we de toestemming van beide ouders nodig. Ik vraag jullie om onderling (of via jullie bemiddelaar) tot een akkoord te komen vóór 14 februari. "
         "Zonder akkoord kan Marie helaas niet mee, en gaat haar plaats naar de wachtlijst.\n\nMet vriendelijke groeten,\nSofie Wouters\ncoördinator uitwisseling",
    rules=[S, "bcc"], cats=cat("family"), about=[md["id"]],
    note="separated parents disagree, custody schedule of the court; both (separated) parents visible in To", fmt=["plain"],
    mailer=MAILERS_OUTLOOK, cat_group="s")

ed = P("ella_desmedt")
add("ella-ophalen-na-kamp", frm=HGO.hdr(), to=[IMA.mail], date=D(2024, 9, 10, 9, 3),
    subject="Ophalen na het kamp - Ella De Smedt",
    body="Inge,\n\nBelangrijk voor vrijdag: Ella De Smedt (1A) mag na het kamp ENKEL door mama (Lies Van Roey) opgehaald worden. "
         "Er loopt een procedure rond het hoederecht en papa heeft momenteel geen omgangsrecht tot de volgende zitting. Mama heeft de beschikking van de jeugdrechter aan mij getoond.\n\n"
         "Als papa toch opdaagt: Ella niet meegeven, rustig blijven en mij of Marc bellen.\n\nHilde",
    rules=[S], cats=cat("family"), about=[ed["id"]], note="custody procedure and contact ban for a named pupil, internal", fmt=["plain"],
    mailer=MAILERS_OUTLOOK, cat_group="s")

tdc = P("tibo_deconinck"); tdo = P("tibo_decoster")
add("tibo-ophalen-verkeerde-karen", frm=PVE.hdr(), to=[tdo["p1"]], date=D(2025, 5, 15, 20, 20),
    subject="Zeeklas - ophalen Tibo vrijdag",
    body="Dag Karen,\n\nBedankt voor je telefoontje. Ik heb genoteerd dat Tibo vrijdag bij aankomst van de bus enkel door jou of door oma mag worden opgehaald, en niet door zijn papa, "
         "zolang het contactverbod loopt. Ik heb de andere begeleiders ingelicht. Als er iets is aan de bus, bel ik meteen de directie.\n\nMvg,\nPieter Vermeulen",
    rules=[S, "recipient"], cats=cat("family"), about=[tdc["id"]], mis=True,
    note="pick-up restriction (contact ban) for Tibo De Coninck sent to Karen De Coster, mother of another Tibo", fmt=["plain"],
    cat_group="s")

lc = P("laura_coppens")
add("laura-overlijden-vlucht", frm=TCL.hdr(), to=["noodlijn@horizon-jeugdreizen.be"], date=D(2025, 4, 16, 7, 5),
    subject="DRINGEND dossier 2025-0412 - vervroegde terugvlucht 1 leerling",
    body="Goedemorgen,\n\nVannacht is de grootvader van een van onze leerlingen, Laura Coppens (6B), onverwacht overleden. De familie vraagt dat Laura zo snel mogelijk naar huis komt. "
         "Kunnen jullie een plaats boeken op de eerstvolgende vlucht Rome-Brussel vandaag, voor haar en een begeleider (Lotte Jacobs)? "
         "De annulatieverzekering dekt dit normaal (overlijden familielid 2de graad).\n\nGraag snel bericht, we zijn bereikbaar via de reisgsm.\n\nTom Claes\nreisleider",
    rules=[S], cats=cat("family"), about=[lc["id"]], note="death in the family of a named pupil, sent to the travel agency", fmt=["plain"],
    mailer=MAILER_IPHONE, cat_group="s")

jv = P("jana_verlinden")
add("jana-pleegzorg-toestemming", frm=TCL.hdr(), to=["e.vandenbussche@pleegzorgdienst-dijleland.be"], date=D(2025, 1, 21, 14, 30),
    subject="Toestemming reis Rome - Jana Verlinden (6D)",
    body="Geachte mevrouw Vandenbussche,\n\nJana Verlinden (6D) schreef zich in voor de reis naar Rome van 14 tot 19 april. De pleegouders, de familie Roels, gaven aan dat voor een reis buiten België "
         "ook de toestemming van de pleegzorgdienst (en eventueel van de moeder) nodig is, omdat Jana via de jeugdrechter in het pleeggezin geplaatst is.\n\n"
         "Kan u ons laten weten welk document wij nodig hebben, en wie het moet ondertekenen? De deelnemerslijst moet half maart bij het reisbureau zijn.\n\n"
         "Met vriendelijke groeten,\nTom Claes\nreisleider Rome\nSint-Pieterscollege Heverlee",
    rules=[S], cats=cat("family"), about=[jv["id"]], note="foster placement via the youth court for a named pupil", fmt=["plain"],
    mailer=MAILERS_OUTLOOK, cat_group="s")

zl = P("zoe_lambrechts"); ac = P("arne_cools"); ks = P("kobe_segers")
add("zoe-gepest-zeeklas", frm=PVE.hdr(), to=[zl["p1"]], date=D(2025, 5, 21, 12, 50),
    subject="Zoë - wat er gebeurd is op de zeeklas",
    body="Beste mevrouw Lambrechts,\n\nZoë heeft u gisteren gebeld, en ik wil u ook zelf laten weten wat er gebeurd is. Zoë wordt al een paar dagen uitgelachen door enkele jongens uit haar klas, "
         "en gisterenavond hebben ze een foto van haar in pyjama in de klasgroep op Snapchat gezet met gemene commentaren. De foto is ondertussen verwijderd.\n\n"
         "We hebben de jongens apart genomen; ze krijgen een sanctie en de school volgt dit verder op volgens het pestbeleid. Zoë slaapt vanaf vandaag op een andere kamer en zit bij de activiteiten in een ander groepje. "
         "Ze is wel verdrietig maar doet goed mee.\n\nHilde Goossens van de leerlingbegeleiding neemt volgende week contact met u op.\n\nMet vriendelijke groeten,\nPieter Vermeulen",
    rules=[S], cats=cat("psychosocial"), about=[zl["id"]], note="named pupil bullied on the sea class, to the mother", fmt=["plain"],
    mailer=MAILER_IPHONE, cat_group="s")

add("pesters-sanctie-intern", frm=PVE.hdr(), to=[HGO.mail, MHE.mail], date=D(2025, 5, 21, 13, 15),
    subject="Pestincident zeeklas 2A - sanctie",
    body="Hilde, Marc,\n\nKort verslag van gisteren: Arne Cools en Kobe Segers hebben een foto van Zoë Lambrechts in pyjama op Snapchat gezet met vernederende commentaren. "
         "Arne heeft de foto genomen, Kobe heeft hem gepost. Ze hebben het toegegeven.\n\nVoorstel sanctie: allebei de laatste avond (bonte avond) niet mee, strafstudie na de zeeklas, gesprek met ouders. "
         "Arne had in het eerste jaar ook al een pestdossier, dus misschien ook een begeleidingscontract?\n\nOuders van Zoë zijn ingelicht.\n\nPieter",
    rules=[S], cats=cat("psychosocial"), about=[ac["id"], ks["id"], zl["id"]],
    note="named bullying perpetrators with sanctions and the named victim, internal", fmt=["plain"], mailer=MAILERS_OUTLOOK, cat_group="s")

fv = P("febe_vanhoof")
add("febe-epilepsie-skischool", frm=GVH.hdr(), to=["j.verlinde@skischool-alpbach.at"], date=D(2025, 2, 25, 10, 12),
    subject="Student with epilepsy - group Sint-Pieterscollege",
    body="Dear Johann,\n\nOne of our students in the intermediate group, Febe Van Hoof, has epilepsy. Her seizures are well controlled with medication, the last one was more than a year ago, "
         "and her neurologist has given permission to ski. Still, we would like her instructor to know:\n\n- she should not ski alone or off-piste\n"
         "- in case of a seizure: lay her down safely, note the time, call the teachers; rescue medication (Buccolam) is in her jacket, left pocket\n"
         "- tiredness and lack of sleep are triggers, so please tell us if she looks very tired\n\nCould you pass this on to her instructor only?\n\nThank you,\nGriet Vanhove",
    rules=[S], cats=cat("medical"), about=[fv["id"]], lang="en", note="epilepsy and rescue medication of a named pupil to the ski school",
    fmt=["plain"], mailer=MAILERS_OUTLOOK, cat_group="s")

ev = P("elias_vanacker")
add("elias-allergie-famille-accueil", frm=SWO.hdr(), to=["c.leroux@sainte-odile-lille.fr"], date=D(2025, 3, 3, 18, 2),
    subject="Allergie sévère - Elias Van Acker (famille Caron)",
    body="Chère Claire,\n\nPourriez-vous transmettre cette information à la famille Caron, qui accueille Elias Van Acker ?\n\n"
         "Elias a une allergie sévère aux noix et aux arachides (choc anaphylactique il y a deux ans). Il a toujours deux stylos EpiPen avec lui. "
         "Il faut éviter tous les plats avec noix, arachides ou huile d'arachide, et bien lire les étiquettes (pâte à tartiner, biscuits, pesto...). "
         "En cas de réaction : EpiPen dans la cuisse, appeler le 112 et ensuite nous prévenir.\n\nLa maman d'Elias est d'accord pour que nous partagions cette information avec la famille.\n\n"
         "Merci beaucoup et à bientôt,\nSofie",
    rules=[S], cats=cat("medical"), about=[ev["id"]], lang="fr", note="severe nut allergy with anaphylaxis history of a named pupil, to the partner school",
    fmt=["plain"], mailer=MAILERS_OUTLOOK, cat_group="s")

cv = P("chloe_vanhecke")
add("chloe-zwanger-amsterdam", frm=HGO.hdr(), to=[BJA.mail, EVE.mail], date=D(2024, 11, 13, 16, 35),
    subject="vertrouwelijk - Chloé 5A en de reis",
    body="Bart, Elke,\n\nIn vertrouwen, en met toestemming van Chloé en haar mama: Chloé Van Hecke (5A) is 14 weken zwanger. Ze gaat mee naar Amsterdam, de gynaecoloog ziet geen bezwaar. "
         "Ze kan wel snel misselijk zijn in de bus en moet voldoende kunnen rusten. Ze wil niet dat de klas het weet.\n\n"
         "Kunnen jullie zorgen dat ze een plaats vooraan in de bus krijgt en bij de wandeling door de stad een pauze kan nemen zonder dat het opvalt?\n\nDank je,\nHilde",
    rules=[S], cats=cat("medical"), about=[cv["id"]], note="pregnancy of a named pupil, internal", fmt=["plain"], mailer=MAILERS_OUTLOOK, cat_group="s")

kw = P("kato_wijns")
add("kato-angst-therapie", frm=HGO.hdr(), to=[KWU.mail, GVH.mail], date=D(2025, 2, 20, 12, 1),
    subject="Skireis - Kato Wijns (5D)",
    body="Dag Koen, dag Griet,\n\nKato Wijns (5D) heeft sinds vorig jaar een angststoornis en is in therapie bij een psychologe. Het gaat veel beter, en de psychologe vindt de skireis een goede stap. "
         "Afspraken met Kato en haar ouders:\n\n- als ze een paniekaanval voelt komen, mag ze zich terugtrekken en haar ademhalingsoefeningen doen\n"
         "- ze mag 's avonds haar ouders of de psychologe bellen als dat nodig is\n- liefst niet in de eerste rij in de stoeltjeslift, ze heeft hoogtevrees\n\n"
         "Ze heeft gevraagd dat enkel jullie twee het weten.\n\nHilde",
    rules=[S], cats=cat("psychosocial", "care"), about=[kw["id"]], note="anxiety disorder and therapy of a named pupil, internal",
    fmt=["plain"], mailer=MAILERS_OUTLOOK, cat_group="s")

fm = P("finn_mertens")
add("finn-onthulling-kamp", frm=IMA.hdr(), to=[HGO.mail], date=D(2024, 9, 12, 23, 48),
    subject="Finn Mertens - zorgwekkend",
    body="Hilde,\n\nIk wil dit meteen neerschrijven nu het nog vers is, sorry voor de tikfouten (gsm). Bij het kampvuur is Finn Mertens (1D) bij mij komen zitten. Hij wilde vrijdag niet naar huis. "
         "Toen ik vroeg waarom, verteldde hij dat zijn papa hem slaat als hij gedronken heeft, en dat hij soms 's nachts bij de buurvrouw gaat slapen. Hij had een blauwe plek op zijn bovenarm die hij me toonde.\n\n"
         "Ik heb hem gezegd dat hij er goed aan deed om het te vertellen en dat ik het aan jou zou doorgeven. Ik heb niets beloofd. Kan jij morgen bellen? Wat moeten we doen als papa hem vrijdag komt halen?\n\nInge" + IPH,
    rules=[S], cats=cat("family"), about=[fm["id"]], note="disclosure of violence at home by a named pupil during the camp, internal",
    fmt=["plain", "phone"], mailer=MAILER_IPHONE, cat_group="s")

add("finn-clb-melding", frm=HGO.hdr(), to=["ilse.bruneel@vclb-dijlevallei.be"], date=D(2024, 9, 13, 9, 20),
    subject="Dringend: leerling 1D - vermoeden intrafamiliaal geweld",
    body="Dag Ilse,\n\nIk bel je straks, maar hierbij al de info. Finn Mertens (1D, °2012) heeft gisteren op het onthaalkamp aan zijn coördinator verteld dat zijn vader hem slaat als hij gedronken heeft. "
         "Hij had een blauwe plek op de bovenarm. Finn komt vandaag om 16u terug met de bus; vader staat normaal in voor het ophalen.\n\n"
         "Kunnen we vanmiddag samen bekijken of er een melding moet gebeuren bij het VK en of het CLB de verdere opvolging opneemt? Finn is nieuw bij ons, er is nog geen dossier.\n\n"
         "Hilde Goossens\nleerlingbegeleiding" + sig(HGO, phone=True, style=2),
    rules=[S, "personal_data"], cats=cat("family", "care"), about=[fm["id"]],
    note="suspected violence at home, request for CLB follow-up; school phone in signature", fmt=["plain"], mailer=MAILERS_OUTLOOK, cat_group="s")

hd = P("hannah_desmet")
add("hannah-dyslexie-opdrachten-lille", frm=HGO.hdr(), to=[SWO.mail, NDU.mail], date=D(2025, 2, 12, 14, 50),
    subject="Hannah Desmet (4C) - redelijke aanpassingen opdrachten Lille",
    body="Dag Sofie, dag Nathalie,\n\nHannah Desmet heeft dyslexie (attest in het dossier) en heeft volgens haar handelingsplan recht op:\n"
         "- opdrachten digitaal, zodat ze voorleessoftware kan gebruiken\n- 1/3 extra tijd bij de schrijfopdracht in Lille\n- geen beoordeling van spelling in het reisdagboek\n\n"
         "Willen jullie hier rekening mee houden bij het projectbundel 'Deux villes'? Ze vindt het zelf wat gênant, dus liefst zonder dat de klas het merkt.\n\nHilde",
    rules=[S], cats=cat("care"), about=[hd["id"]], note="dyslexia and reasonable adjustments for a named pupil, internal", fmt=["plain"],
    mailer=MAILERS_OUTLOOK, cat_group="s")

lb = P("lina_boukhari")
add("lina-adhd-medicatie", frm=YEA.hdr(), to=[lb["p2"]], date=D(2024, 9, 8, 18, 7),
    subject="RE: medicatie Lina op kamp",
    body="Dag mevrouw Azzouzi,\n\nGeen probleem. Ik geef Lina elke ochtend om 8u haar Rilatine MR 20 mg bij het ontbijt, en ze mag de pillen niet zelf bijhouden. "
         "Steek de doos (in de originele verpakking, met haar naam erop) in een zakje en geef ze woensdag aan mij aan de bus.\n\n"
         "Fijn dat u het vraagt: we houden rekening met haar ADHD bij de dropping, ze gaat in het groepje van meneer Vermeulen, die kent haar goed.\n\nGroetjes,\nYasmina El Amrani\n\n"
         + quote("Beste juf, Lina moet elke ochtend haar medicatie nemen voor haar ADHD. Kan iemand dat geven op kamp? Alvast dank, Nadia",
                 style="gt", who="Nadia Azzouzi <nadia.azzouzi@outlook.com>", when="zo 8 sep 2024 om 17:22"),
    rules=[S], cats=cat("medical", "care"), about=[lb["id"]], note="ADHD and medication of a named pupil, reply to the mother", fmt=["plain", "reply"],
    mailer=MAILERS_OUTLOOK, cat_group="s")

jvh = P("jonas_verhaegen"); lvh = P("lore_verhaeghe")
add("jonas-medicatie-verkeerde-verhaeghe", frm=YEA.hdr(), to=[lvh["p1"]], date=D(2024, 9, 10, 20, 30),
    subject="Medicatie Jonas - onthaalkamp",
    body="Beste heer Verhaegen,\n\nBedankt voor het formulier. Even ter bevestiging: Jonas krijgt op kamp 's ochtends zijn Concerta 36 mg en 's avonds de melatonine, zoals u vroeg. "
         "U vermeldt ook dat hij door zijn ADHD soms moeite heeft met de regels in groep; bij de activiteiten geven we hem een vaste taak (materiaalverantwoordelijke), dat werkte goed in de klas.\n\n"
         "Met vriendelijke groeten,\nYasmina El Amrani",
    rules=[S, "recipient"], cats=cat("medical", "care"), about=[jvh["id"]], mis=True,
    note="medication and ADHD of Jonas Verhaegen sent to verhaeghe.kris@ (father of Lore Verhaeghe)", fmt=["plain"],
    mailer=MAILERS_OUTLOOK, cat_group="s")

zk = grade_pick(2, 12, 202)
notes = ["", "niet bij " + pn(zk[5]) + " (pestproblematiek vorig jaar)", "slaapwandelt - onderste bed!", "", "", "", "", "bedplasser: discreet, reservelakens in de auto van Pieter",
         "", "", "heimwee bij vorige uitstap", ""]
rows = []
for i in range(0, 12, 4):
    for j in range(4):
        p = zk[i + j]
        rows.append([f"K{i // 4 + 1}", pn(p), p["klas"], notes[i + j]])
add("kamerlijst-zeeklas-opmerkingen", frm=PVE.hdr(), to=[WPE.mail, YEA.mail], date=D(2025, 5, 16, 16, 10),
    subject="Kamerlijst zeeklas (met opmerkingen - niet ophangen!)",
    body="Kamerlijst voor de jongens, met de opmerkingen van de klastitularissen. Deze versie NIET ophangen, de versie zonder opmerkingen hangt al in de gang.\n\n"
         + text_table(["Kamer", "Leerling", "Klas", "Opmerking"], rows) + "\n\nPieter",
    html=html_wrap(paras("Kamerlijst voor de jongens, met de opmerkingen van de klastitularissen. Deze versie NIET ophangen, de versie zonder opmerkingen hangt al in de gang.")
                   + html_table(["Kamer", "Leerling", "Klas", "Opmerking"], rows) + paras("\n\nPieter")),
    rules=[S], cats=cat("psychosocial", "medical"), about=[p["id"] for p in zk],
    note="room list with notes on bullying history, sleepwalking and bed-wetting of named pupils", fmt=["alt", "table"],
    mailer=MAILERS_OUTLOOK, cat_group="s")

ho = P("hajar_ouazzani")
add("hajar-enkel-sportdag", frm=GVH.hdr(), to=[ho["p1"]], date=D(2025, 6, 19, 17, 45),
    subject="Hajar - ongeval sportdag",
    body="Beste meneer Ouazzani,\n\nFijn dat u Hajar zo snel kon komen halen vanmiddag. Zoals u weet is ze bij de estafette ongelukkig neergekomen op haar enkel. "
         "Ik hoorde van haar dat er op de spoed in Gasthuisberg een breuk is vastgesteld en dat ze zes weken gips krijgt. Beterschap aan haar!\n\n"
         "Voor de schoolverzekering heb ik een aangifteformulier nodig, deel 2 moet de arts invullen. Ik stuur het formulier mee in bijlage. "
         "Als Hajar met krukken naar school komt, kan ze de lift gebruiken; ik laat het de leerkrachten weten.\n\nVriendelijke groeten,\nGriet Vanhove",
    attach=[("aangifte_ongeval_leerling.pdf", pdf(["Aangifte ongeval leerling - schoolverzekering", "Deel 1: in te vullen door de school",
                                                   "Deel 2: geneeskundig getuigschrift (in te vullen door de arts)", "Deel 3: handtekening ouder"],
                                                  "Aangifte ongeval"), "application/pdf")],
    rules=[S], cats=cat("medical"), about=[ho["id"]], note="fractured ankle and hospital of a named pupil, to the father; blank form attached",
    fmt=["plain", "attachment-pdf"], mailer=MAILERS_OUTLOOK, cat_group="s")

ho_rrn = rrn(2009, 11, 3, 214)
add("hajar-aangifte-verzekeraar", frm=ALE.hdr(), to=["schade@ardenta-verzekeringen.be"], date=D(2025, 6, 24, 10, 2),
    subject="Aangifte schoolongeval polis 7.114.562 - Ouazzani Hajar",
    body="Geachte,\n\nHierbij de aangifte van een ongeval tijdens de sportdag van 19/06/2025.\n\n"
         f"Slachtoffer: Hajar Ouazzani, klas 3B\nGeboortedatum: 03/11/2009\nRijksregisternummer: {ho_rrn}\n"
         "Omschrijving: val bij estafetteloop, verdraaiing linkerenkel\nLetsel: breuk laterale malleolus links (UZ Leuven, spoedgevallen)\nBehandeling: gips 6 weken, controle orthopedie\n\n"
         "Het geneeskundig getuigschrift volgt zodra de ouders het bezorgen.\n\nMet vriendelijke groeten,\nAnn Lemmens\nboekhouding / verzekeringen",
    rules=[S, "personal_data"], cats=cat("medical"), about=[ho["id"]],
    note="insurance claim with injury details, date of birth and a valid national register number", fmt=["plain"],
    mailer=MAILERS_OUTLOOK, cat_group="s")

mdr = P("matthias_deridder")
add("matthias-hersenschudding", frm=WPE.hdr(), to=[mdr["p1"]], date=D(2025, 3, 3, 19, 22),
    subject="Matthias - val en hersenschudding",
    body="Beste mevrouw De Ridder,\n\nNog even op papier wat ik u aan de telefoon vertelde. Matthias is vanmiddag bij een sprongetje in het snowpark op zijn hoofd gevallen (met helm). "
         "Hij was even suf en moest overgeven. De dokter in het dorp heeft een lichte hersenschudding vastgesteld. Hij mag 48 uur niet skiën, moet veel rusten en geen scherm, "
         "en we maken hem vannacht twee keer wakker om te controleren.\n\nHij zit nu wat te mokken omdat hij zijn gsm moet afgeven :) maar het gaat goed met hem.\n\nWim Peeters",
    rules=[S], cats=cat("medical"), about=[mdr["id"]], note="concussion of a named pupil, to the mother", fmt=["plain"], mailer=MAILER_ANDROID, cat_group="s")

tb = P("thomas_bervoets")
add("thomas-vader-gevangenis", frm=TCL.hdr(), to=[MHE.mail], date=D(2025, 1, 30, 12, 35),
    subject="Toestemming Rome - Thomas Bervoets",
    body="Marc,\n\nVoor Thomas Bervoets (6C) hebben we maar één handtekening op het toestemmingsformulier. De mama legde me uit dat de vader sinds vorig jaar in de gevangenis van Leuven-Centraal zit "
         "en dat er geen contact is. Volstaat haar handtekening voor het reisbureau, of moet er een document van de rechtbank bij? Ik wil het haar niet moeilijker maken dan nodig.\n\nTom",
    rules=[S], cats=cat("family"), about=[tb["id"]], note="father in prison, named pupil, internal", fmt=["plain"], mailer=MAILERS_OUTLOOK, cat_group="s")

bo = P("bilal_ouali")
add("bilal-schooltoeslag", frm=ALE.hdr(), to=[bo["p1"]], date=D(2025, 2, 4, 11, 12),
    subject="RE: betaling reis Rome Bilal",
    body="Beste meneer Ouali,\n\nDat is in orde. We noteren dat u het saldo van de Romereis voor Bilal (450 euro) betaalt wanneer u de schooltoeslag van het Groeipakket ontvangt, normaal eind februari. "
         "Bilal blijft gewoon ingeschreven. Voor het restbedrag van de schoolrekening kunnen we eventueel een afbetalingsplan maken; laat maar weten.\n\nMet vriendelijke groeten,\nAnn Lemmens\n\n"
         + quote("Mevrouw,\nik kan de reis van Bilal nu niet betalen. Kan het als ik de schooltoeslag krijg? Ik heb ook nog de rekening van december open.\nSaid Ouali",
                 style="gt", who="Said Ouali <ouali.said@hotmail.com>", when="ma 3 feb 2025 om 21:40"),
    rules=[S], cats=cat("financial"), about=[bo["id"]], note="payment postponed until the school allowance, open invoice; to the father",
    fmt=["plain", "reply"], mailer=MAILERS_OUTLOOK, cat_group="s")

op = grade_pick(6, 1, 611)[0]
add("openstaande-facturen-intern", frm=ALE.hdr(short=True), to=[TCL.mail], date=D(2025, 3, 18, 15, 2),
    subject="deelnemerslijst Rome - 1 opmerking",
    body=f"Tom,\n\nIk heb de deelnemerslijst nagekeken. Alleen voor {pn(op)} ({op['klas']}) is er een probleem: er staan nog 3 facturen open van vorig schooljaar (samen 638 euro) "
         "en het voorschot voor Rome is ook niet betaald. Er is een incassobureau aangeschreven door de vorige boekhouder. Ik wil het met Marc bespreken voor we de definitieve lijst doorsturen.\n\nAnn",
    rules=[S], cats=cat("financial"), about=[op["id"]], note="unpaid invoices and debt collection for a named pupil, internal", fmt=["plain"],
    mailer=MAILERS_OUTLOOK, cat_group="s")

em = P("elise_moens")
add("elise-eetstoornis", frm=HGO.hdr(), to=[TCL.mail, LJA.mail], date=D(2025, 4, 8, 16, 20),
    subject="Elise Moens - Rome",
    body="Tom, Lotte,\n\nElise Moens (6A) wordt sinds januari behandeld voor anorexia. Haar arts laat haar meegaan naar Rome onder voorwaarden: drie maaltijden per dag met een tussendoortje, "
         "en geen lange wandelingen zonder pauze. Mama vraagt of één van jullie discreet kan opvolgen of ze eet. Elise weet dat ik dit aan jullie doorgeef.\n\n"
         "Als het misloopt (duizelig, flauwvallen), bel haar mama.\n\nHilde",
    rules=[S], cats=cat("medical"), about=[em["id"]], note="eating disorder under treatment, named pupil, internal", fmt=["plain"],
    mailer=MAILERS_OUTLOOK, cat_group="s")

zk2 = grade_pick(2, 7, 211)
dl = [(zk2[0], "vegetarisch", ""), (zk2[1], "lactose-intolerant", ""), (zk2[2], "geen varkensvlees", ""),
      (zk2[3], "glutenvrij", "coeliakie, ook geen sporen"), (zk2[4], "", "allergie voor kiwi en ananas"),
      (zk2[5], "", "neemt 's avonds Minirin (bedplassen), wordt door leerkracht gegeven"), (zk2[6], "vegetarisch", "")]
add("zeeklas-dieetlijst-keuken", frm=PVE.hdr(), to=["keuken@deduinpieper.be"], date=D(2025, 5, 12, 9, 50),
    subject="Zeeklas 19-23 mei - dieetwensen en allergieën",
    body=None,
    html=html_wrap(paras("Beste,\n\nHierbij de lijst met dieetwensen en allergieën voor onze groep (2de jaar, 86 leerlingen, aankomst maandag 19/5 om 11u).")
                   + html_table(["Naam", "Klas", "Dieet", "Allergie / medisch"], [[pn(p), p["klas"], a, b] for p, a, b in dl])
                   + paras("\n\nAlle andere leerlingen eten alles. Voor de leerkrachten: 2x vegetarisch.\n\nMet vriendelijke groeten,\nPieter Vermeulen\nSint-Pieterscollege Heverlee")),
    rules=[S], cats=cat("medical"), about=[p["id"] for p, a, b in dl],
    note="HTML table with coeliac disease, allergy and bed-wetting medication of named pupils, sent to the kitchen", fmt=["html-only", "table"],
    mailer=MAILERS_OUTLOOK, cat_group="s")

rt = P("robbe_thys")
add("robbe-politie-amsterdam", frm=BJA.hdr(), to=[rt["p1"]], date=D(2024, 11, 21, 23, 15),
    subject="Robbe - winkeldiefstal en politie",
    body="Beste meneer Thys,\n\nHelaas moet ik u melden dat Robbe vanmiddag tijdens de vrije tijd in de Kalverstraat betrapt werd op winkeldiefstal (een sweater en een zonnebril). "
         "De winkel heeft de politie gebeld; Robbe is met een agent mee naar het bureau gegaan en ik ben hem daar gaan halen. Er is proces-verbaal opgemaakt en hij moet een boete betalen. "
         "Hij mag de rest van de reis enkel nog onder begeleiding rondlopen en zal bij terugkomst een gesprek hebben met de directie.\n\n"
         "Hij heeft er zelf spijt van, denk ik. Morgen om 18u zijn we terug aan de school.\n\nBart Janssens",
    rules=[S], cats=cat("psychosocial"), about=[rt["id"]], note="shoplifting and police report of a named pupil, to the father", fmt=["plain"],
    mailer=MAILER_IPHONE, cat_group="s")

sdm = P("sam_demeyer")
add("sam-zelfverwonding-rome", frm=LJA.hdr(), to=[HGO.mail], date=D(2025, 4, 17, 22, 58),
    subject="Sam De Meyer",
    body="Hilde, sorry dat ik je in de vakantie stoor. Bij het zwemmen vandaag zag ik dat Sam De Meyer (6C) verse snijwonden heeft op zijn bovenbenen. Ik heb met hem gepraat, hij zegt dat het 'al lang zo is' "
         "en dat zijn ouders het niet weten. Hij wil niet dat ik ze bel. Ik heb gezegd dat ik het aan jou zou vertellen. Hij lijkt niet in acuut gevaar, hij doet mee met alles.\n\n"
         "Wat doe ik nu best? Ik zit morgen de hele dag bij hem in de groep.\n\nLotte" + AND,
    rules=[S], cats=cat("psychosocial"), about=[sdm["id"]], note="self-harm of a named pupil noticed on the trip, internal", fmt=["plain", "phone"],
    mailer=MAILER_ANDROID, cat_group="s")

ski2 = grade_pick(5, 9, 521)
rr = random.Random(521)
rows = [["Naam", "Voornaam", "Klas", "Geboortedatum", "Rijksregisternummer", "Medische voorgeschiedenis"]]
pre = ["", "astma", "", "kruisband geopereerd (2023)", "", "diabetes type 1", "", "", "epilepsie, onder controle"]
for i, p in enumerate(ski2):
    y, mo, d = 2008 + rr.randint(0, 1), rr.randint(1, 12), rr.randint(1, 28)
    rows.append([p["last"], p["first"], p["klas"], f"{d:02d}/{mo:02d}/{y}", rrn(y, mo, d, rr.randint(1, 997)), pre[i]])
add("ski-verzekering-xlsx", frm=ALE.hdr(), to=["groepen@ardenta-verzekeringen.be"], date=D(2025, 2, 18, 14, 40),
    subject="Bijstandsverzekering skireis Oostenrijk 1-8/3 - aanvullende deelnemers",
    body="Geachte,\n\nIn bijlage de gegevens van de 9 deelnemers die zich laat hebben ingeschreven, met de medische voorgeschiedenis zoals gevraagd op jullie formulier. "
         "Graag een bevestiging dat zij mee verzekerd zijn onder polis 7.114.562.\n\nMet vriendelijke groeten,\nAnn Lemmens",
    attach=[("aanvulling_deelnemers_ski.xlsx", xlsx(rows), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")],
    rules=[S, "personal_data"], cats=cat("medical"), about=[p["id"] for p in ski2],
    note="xlsx with dates of birth, valid national register numbers and medical history of named pupils, to the insurer",
    fmt=["plain", "attachment-xlsx"], mailer=MAILERS_OUTLOOK, cat_group="s")

ast = grade_pick(5, 1, 531)[0]
add("astma-aanval-privemail", frm="Wim Peeters <wimpeeters.sport@hotmail.com>", to=[KWU.mail], date=D(2025, 3, 2, 23, 36),
    subject="vanavond",
    body=f"Koen, mijn schoolmail doet raar op de gsm dus via hier. {ast['first']} {ast['last']} heeft vanavond een zware astma-aanval gehad na het sneeuwballengevecht, "
         f"puffer hielp niet genoeg. De dokter van het dorp is geweest, {'ze' if ast['first'] in FIRST_F else 'hij'} heeft prednisolon gekregen voor 3 dagen en moet morgen rustig aan doen. Papa is verwittigd. "
         "Kan jij morgen mijn groep overnemen?\n\nWim\n\nVerzonden vanuit Outlook voor Android",
    rules=[S, "private_account"], cats=cat("medical"), about=[ast["id"]],
    note="staff member uses his private Hotmail for school business: asthma attack and medication of a named pupil", fmt=["plain", "phone", "private-account"],
    mailer=MAILER_ANDROID, cat_group="s")

rome2 = grade_pick(6, 5, 640)
add("medische-lijst-naar-gmail", frm=TCL.hdr(), to=["tomclaes.hist@gmail.com"], date=D(2025, 4, 13, 21, 4),
    subject="FW: medische fiches Rome",
    body="voor offline op de gsm\n\n"
         + fwd("Tom,\n\nDe medische info van de leerlingen die het nodig hebben, voor in de reismap:\n\n"
               + "\n".join(f"- {pn(p)} ({p['klas']}): {x}" for p, x in zip(rome2, ["bijenallergie, EpiPen", "astma, puffer", "migraine, eigen medicatie",
                                                                                    "ziekte van Crohn, dieet", "penicilline-allergie"]))
               + "\n\nHilde", "Hilde Goossens", "vrijdag 11 april 2025 15:12", "Tom Claes", "medische fiches Rome"),
    rules=[S, "private_account"], cats=cat("medical"), about=[p["id"] for p in rome2],
    note="teacher forwards the pupils' medical info to his own Gmail", fmt=["plain", "forward"], mailer=MAILERS_OUTLOOK, cat_group="s")

mt = P("mohamed_tahiri")
add("mohamed-ocmw-tussenkomst", frm=ALE.hdr(), to=["maatschappelijk.werk@ocmw-leuven.be"], date=D(2025, 2, 24, 9, 30),
    subject="Tussenkomst schoolreis - Mohamed Tahiri (5A)",
    body="Geachte mevrouw Claessens,\n\nOp vraag van mevrouw Tahiri bezorg ik u de kostprijs van de studiereis naar Amsterdam van haar zoon Mohamed (5A): 285 euro, "
         "waarvan nog 285 euro openstaat. Mevrouw Tahiri liet weten dat zij een leefloon ontvangt en dat u een tussenkomst kan overwegen.\n\n"
         "De factuur zit in bijlage. Een betaling kan rechtstreeks naar de school, met vermelding van de gestructureerde mededeling op de factuur.\n\nMet vriendelijke groeten,\nAnn Lemmens\nboekhouding",
    attach=[("factuur_2024-1187.pdf", pdf(["Sint-Pieterscollege Heverlee - factuur 2024-1187", "Leerling: Mohamed Tahiri (5A)",
                                            "Studiereis Amsterdam 20-22/11/2024: 285,00 EUR", "Reeds betaald: 0,00 EUR", f"Mededeling: {ogm(2024118706)}"],
                                           "Factuur"), "application/pdf")],
    rules=[S], cats=cat("financial"), about=[mt["id"]], note="OCMW request, family on social assistance, unpaid trip cost", fmt=["plain", "attachment-pdf"],
    mailer=MAILERS_OUTLOOK, cat_group="s")

hi = grade_pick(1, 1, 111)[0]
add("hoorbeperking-ondersteuner-kamp", frm=IMA.hdr(), to=["s.geldhof@ondersteuningsnetwerk-oostbrabant.be"], date=D(2024, 9, 5, 15, 0),
    subject=f"Onthaalkamp - ondersteuning {hi['first']} ({hi['klas']})",
    body=f"Dag Stefanie,\n\nFijn dat je woensdag even langskomt op het onthaalkamp in Kasterlee. Voor {pn(hi)}: bij de avondactiviteiten buiten is het voor {'haar' if hi['first'] in FIRST_F else 'hem'} met de hoorapparaten "
         f"heel moeilijk om de uitleg te volgen. Kan jij de FM-zender meebrengen die {'ze' if hi['first'] in FIRST_F else 'hij'} in de klas gebruikt? Dan kunnen de begeleiders die dragen.\n\n"
         "We zijn er vanaf 10u. Adres: Domein Zonnewende, Kasterlee.\n\nGroetjes,\nInge Maes",
    rules=[S], cats=cat("medical", "care"), about=[hi["id"]], note="hearing impairment and support-network follow-up of a named pupil, to the support network",
    fmt=["plain"], mailer=MAILERS_OUTLOOK, cat_group="s")

# ================================================================ PERSONAL, NOT SENSITIVE (25, incl. 6 misdirected)
N = "ns"
ls_ = P("lien_smolders")
add("lien-id-kaart-hotel", frm=LJA.hdr(), to=[ls_["p1"]], date=D(2025, 4, 22, 10, 15),
    subject="ID-kaart Lien vergeten in Rome",
    body="Beste meneer Smolders,\n\nHet hotel in Rome heeft ons laten weten dat Lien haar identiteitskaart in de kluis van kamer 305 heeft laten liggen. "
         "Geen paniek: ze sturen de kaart deze week aangetekend naar de school. Zodra ze er is, kan Lien ze op het secretariaat afhalen.\n\n"
         "Tot ze terug is, kan ze best een attest van verlies bij de gemeente vragen als ze haar ID nodig heeft.\n\nVriendelijke groeten,\nLotte Jacobs",
    rules=[], about=[ls_["id"]], note="forgotten ID card: personal but no sensitive fact", fmt=["plain"], mailer=MAILERS_OUTLOOK, cat_group=N)

lh = P("lotte_hermans")
add("lotte-kamerwissel-ski", frm=KWU.hdr(), to=[lh["p2"]], date=D(2025, 2, 12, 20, 3),
    subject="RE: kamer Lotte skireis",
    body="Dag mevrouw Hermans,\n\nGeen probleem, ik heb Lotte verplaatst naar kamer 8 bij Febe en Nina. Het was een vierpersoonskamer met nog een vrij bed.\n\nGroeten,\nKoen Wuyts\n\n"
         + quote("Dag meneer Wuyts, Lotte zou graag op de kamer liggen bij haar vriendinnen uit de volleybal. Is dat nog mogelijk? Sandra",
                 style="gt", who="Sandra Hermans <sandra.hermans@gmail.com>", when="wo 12 feb 2025 om 18:44"),
    rules=[], about=[lh["id"]], note="room change, no sensitive fact", fmt=["plain", "reply"], mailer=MAILERS_OUTLOOK, cat_group=N)

avl = P("arthur_vanlooy")
add("arthur-betaling-ontvangen", frm=ALE.hdr(), to=[avl["p1"]], date=D(2025, 3, 6, 9, 2),
    subject="Betaling reis Rome ontvangen",
    body="Beste heer Van Looy,\n\nWe hebben het saldo van de reis naar Rome voor Arthur (6A) goed ontvangen. Daarmee is de reis volledig betaald. "
         "De reisdocumenten krijgt Arthur in de week voor vertrek.\n\nMet vriendelijke groeten,\nAnn Lemmens\nboekhouding",
    rules=[], about=[avl["id"]], note="payment received: no financial difficulty", fmt=["plain"], mailer=MAILERS_OUTLOOK, cat_group=N)

sdr = P("senne_deryck")
add("senne-800m-winnaar", frm=GVH.hdr(), to=[sdr["p1"]], date=D(2025, 6, 19, 20, 41),
    subject="Proficiat aan Senne!",
    body="Dag mevrouw De Ryck,\n\nIk wou u toch even laten weten dat Senne vandaag op de sportdag de 800 meter gewonnen heeft bij de derdejaars, in 2'21\"! "
         "Hij heeft het hele laatste rechte stuk iedereen ingehaald. De atletiekclub van Heverlee zou hem graag eens uitnodigen voor een training, als hij dat ziet zitten.\n\n"
         "Sportieve groeten,\nGriet Vanhove",
    rules=[], about=[sdr["id"]], note="praise after the sports day", fmt=["plain"], mailer=MAILERS_OUTLOOK, cat_group=N)

ja = P("julie_aerts")
add("julie-gastgezin-toewijzing", frm=SWO.hdr(), to=[ja["p1"]], date=D(2025, 2, 28, 16, 30),
    subject="Uitwisseling Lille - gastgezin Julie",
    body="Beste meneer Aerts,\n\nJulie logeert tijdens de uitwisseling bij de familie Masson, in de wijk Vieux-Lille, op wandelafstand van de school. "
         "Haar correspondente is Chloé (15 jaar), die ook paardrijdt, dus dat komt goed uit. Het gezin heeft een hond, Julie liet weten dat dat geen probleem is.\n\n"
         "Chloé komt dan in de week van 24 maart bij jullie logeren. Meer info op de infoavond van 6 maart.\n\nGroeten,\nSofie Wouters",
    rules=[], about=[ja["id"]], note="host family assignment, practical only", fmt=["plain"], mailer=MAILERS_OUTLOOK, cat_group=N)

mxd = P("maxime_dewitte")
add("maxime-id-verloopt", frm=TCL.hdr(), to=[mxd["p1"]], date=D(2025, 2, 10, 13, 22),
    subject="Identiteitskaart Maxime verloopt voor de reis",
    body="Beste mevrouw Dewitte,\n\nBij het nakijken van de deelnemerslijst zag ik dat de identiteitskaart van Maxime vervalt op 2 april, dus vóór de reis naar Rome. "
         "Wilt u tijdig een nieuwe aanvragen bij de stad? Dat duurt ongeveer drie weken. Graag het nieuwe kaartnummer doorgeven zodra u het heeft.\n\nMvg,\nTom Claes",
    rules=[], about=[mxd["id"]], note="ID card expiring before the trip", fmt=["plain"], mailer=MAILERS_OUTLOOK, cat_group=N)

evo = P("emiel_vos")
add("emiel-skischoenmaat", frm=GVH.hdr(), to=[evo["p1"]], date=D(2025, 2, 11, 21, 50),
    subject="schoenmaat Emiel",
    body="Dag meneer Vos,\nop het formulier voor de skiverhuur staat bij Emiel schoenmaat 48, maar ook lengte 1m52. Klopt dat allebei? Ik denk dat er iets omgewisseld is :)\nGroetjes, Griet Vanhove",
    rules=[], about=[evo["id"]], note="rental size check", fmt=["plain"], cat_group=N)

ws = P("wout_stevens")
add("wout-jas-bus", frm=PVE.hdr(), to=[ws["p1"]], date=D(2025, 5, 26, 8, 40),
    subject="Jas van Wout gevonden",
    body="Dag meneer Stevens,\n\nDe busmaatschappij heeft een blauwe jas gevonden met 'Wout S.' in het etiket. Ze wordt vandaag naar school gebracht en ligt vanaf morgen op het leerlingensecretariaat.\n\nPieter Vermeulen",
    rules=[], about=[ws["id"]], note="lost jacket", fmt=["plain"], mailer=MAILERS_OUTLOOK, cat_group=N)

nv = P("noor_vandenberghe")
add("noor-foto-website-verwijderd", frm=JSM.hdr(), to=[nv["p2"]], date=D(2024, 9, 18, 14, 5),
    subject="RE: foto onthaalkamp op website",
    body="Beste mevrouw Morren,\n\nDe foto van de groep van Noor bij het kampvuur is verwijderd van de website en uit het fotoalbum op Smartschool. "
         "Ik heb ook nagekeken dat ze op geen enkele andere foto van het onthaalkamp herkenbaar staat. Excuses voor het ongemak; uw keuze op het toestemmingsformulier was duidelijk.\n\n"
         "Met vriendelijke groeten,\nJeroen Smet\nICT / website",
    rules=[], about=[nv["id"]], note="photo removed from the website on the parent's request; no sensitive fact", fmt=["plain", "reply"],
    mailer=MAILERS_OUTLOOK, cat_group=N)

wdb = P("ward_debacker")
add("ward-speech-lille", frm=NDU.hdr(), to=[wdb["p1"]], date=D(2025, 3, 12, 17, 55),
    subject="Ward mag de toespraak doen in Lille",
    body="Dag mevrouw De Backer,\n\nLeuk nieuws: Ward is gekozen om bij de ontvangst in Lille namens onze school een korte toespraak in het Frans te geven (2 minuten). "
         "Hij heeft er zelf zin in. We oefenen volgende week dinsdag op de middag. Misschien kan hij thuis ook eens oefenen met u als publiek?\n\nBien à vous,\nNathalie Dubois",
    rules=[], about=[wdb["id"]], note="pupil chosen for a speech", fmt=["plain"], mailer=MAILERS_OUTLOOK, cat_group=N)

hy = P("hamza_yilmaz")
add("hamza-later-zaventem", frm=TCL.hdr(), to=[hy["p1"]], date=D(2025, 4, 10, 19, 12),
    subject="Vertrek maandag - Hamza rechtstreeks naar Zaventem",
    body="Beste heer Yilmaz,\n\nAfgesproken: Hamza neemt maandag niet de bus aan de school maar u brengt hem zelf naar Zaventem, omdat hij 's ochtends nog zijn praktisch rijexamen heeft. "
         "Wij staan vanaf 11u30 aan balie 6 in de vertrekhal. Laat hem bij aankomst mij bellen op 0486 55 12 70, dan kom ik hem halen aan de ingang.\n\nSucces aan Hamza met het examen!\n\nTom Claes",
    rules=["personal_data"], about=[hy["id"]], note="practical arrangement; teacher's Belgian mobile number", fmt=["plain"], mailer=MAILERS_OUTLOOK, cat_group=N)

lcl = P("louise_claeys")
add("louise-handtekening-ontbreekt", frm=IMA.hdr(), to=[lcl["p2"]], date=D(2024, 9, 5, 12, 30),
    subject="Kampformulier Louise - handtekening",
    body="Beste mevrouw Lambert,\n\nHet kampformulier van Louise is goed aangekomen, maar de handtekening onderaan ontbreekt nog. Kan Louise het morgen nog eens meebrengen, of tekent u het digitaal via Smartschool (Formulieren > Onthaalkamp)?\n\nAlvast bedankt,\nInge Maes",
    rules=[], about=[lcl["id"]], note="missing signature on a form", fmt=["plain"], mailer=MAILERS_OUTLOOK, cat_group=N)

mp = P("mats_peeters")
add("mats-presentatie-lille", frm=SWO.hdr(), to=[mp["p1"]], date=D(2025, 3, 21, 21, 10),
    subject="Mats in Lille",
    body="Beste meneer Peeters,\n\nEven vanuit Lille: Mats heeft vandaag de groepspresentatie over Leuven gegeven voor de Franse klas en hij deed dat echt schitterend, vlot en met humor. "
         "De Franse collega's waren onder de indruk. Ik wou het u niet onthouden!\n\nTot zaterdag aan de bus,\nSofie Wouters",
    rules=[], about=[mp["id"]], note="compliment, correctly sent to the Peeters family of Mats (same family as Emma)", fmt=["plain"], mailer=MAILER_IPHONE, cat_group=N)

nvw = P("nora_vanwesemael")
add("nora-vroeger-weg-sportdag", frm=GVH.hdr(), to=[nvw["p1"]], date=D(2025, 6, 18, 13, 2),
    subject="RE: Nora sportdag vroeger weg",
    body="Dag mevrouw Wouters,\n\nIn orde, Nora mag om 13u vertrekken voor het trouwfeest. Ze meldt zich af bij mij aan de jurytafel. Veel plezier op het feest!\n\nGriet\n\n"
         + quote("Beste mevrouw Vanhove, Nora's nicht trouwt donderdag. Mag ze na de middag vertrekken? Ik haal haar op aan de ingang van de sporthal. Els",
                 style="gt", who="Els Wouters <els.wouters@gmail.com>", when="wo 18 jun 2025 om 12:10"),
    rules=[], about=[nvw["id"]], note="leaving early for a wedding; correctly sent to Nora Van Wesemael's mother", fmt=["plain", "reply"],
    mailer=MAILERS_OUTLOOK, cat_group=N)

agv = P("aaron_gevers")
refund_iban = iban_be(63, 4412907)
add("aaron-terugbetaling-iban", frm=ALE.hdr(), to=[agv["p1"]], date=D(2024, 12, 3, 11, 45),
    subject="Terugbetaling museumticket Amsterdam - Aaron",
    body=f"Beste heer Gevers,\n\nOmdat Aaron het bezoek aan het Van Gogh Museum niet kon meedoen (hij zat met de andere leerlingen van de jeugdploeg bij de voorbereiding van het toernooi), "
         f"storten wij de 22 euro van het ticket terug. We gebruiken het rekeningnummer dat u opgaf: {refund_iban}. U mag het bedrag binnen een week verwachten.\n\n"
         "Met vriendelijke groeten,\nAnn Lemmens",
    rules=["personal_data"], about=[agv["id"]], note="refund with the parent's valid IBAN; correctly sent to Aaron Gevers' father", fmt=["plain"],
    mailer=MAILERS_OUTLOOK, cat_group=N)

add("jonas-gorissen-toestemming", frm=WPE.hdr(), to=[jgs.get("mail") or ""], date=D(2025, 2, 6, 10, 12),
    subject="Toestemmingsformulier skireis",
    body="Jonas,\n\nJij bent de enige van 5C van wie ik het toestemmingsformulier voor de skireis nog niet heb. Vraag je ouders het deze week nog in te vullen op Smartschool, anders kan ik je niet doorgeven aan de verzekering.\n\nMr. Peeters",
    rules=[], about=[jgs["id"]], note="reminder to the pupil himself (Jonas Gorissen)", fmt=["plain"], mailer=MAILERS_OUTLOOK, cat_group=N)

fvm = P("fleur_vermeersch")
add("fleur-workshop-cast", frm=BJA.hdr(), to=[fvm["p1"]], date=D(2024, 11, 8, 15, 40),
    subject="Fleur geselecteerd voor de workshop",
    body="Dag mevrouw Vermeersch,\n\nFleur is een van de acht leerlingen die in Amsterdam mogen deelnemen aan de workshop met de cast van de voorstelling, op vrijdagvoormiddag. "
         "Ze had de beste recensie geschreven van de voorbereidende les. Ze moet wel makkelijke kleren meebrengen.\n\nGroeten,\nBart Janssens",
    rules=[], about=[fvm["id"]], note="selected for a workshop; correctly sent to an.vermeersch@ (cf. the Vermeulen confusion)", fmt=["plain"],
    mailer=MAILERS_OUTLOOK, cat_group=N)

mpw = P("milan_pauwels")
add("milan-skipas-kwijt", frm=WPE.hdr(), to=[mpw["p1"]], date=D(2025, 3, 3, 18, 1),
    subject="Skipas Milan",
    body="Dag mevrouw Pauwels,\n\nMilan is vandaag zijn skipas verloren (waarschijnlijk in de gondel). Een nieuwe kost 15 euro, die hebben wij voorgeschoten; het komt op de schoolrekening. "
         "Hij heeft beloofd dat hij hem nu aan zijn jas vastmaakt :)\n\nWim Peeters",
    rules=[], about=[mpw["id"]], note="lost ski pass, small cost: not a financial problem", fmt=["plain"], mailer=MAILER_ANDROID, cat_group=N)

ndb = P("nina_debruyne")
add("nina-fotograaf-reisblog", frm=EVE.hdr(), to=[ndb["p1"]], date=D(2024, 11, 12, 20, 20),
    subject="Nina als fotograaf in Amsterdam",
    body="Beste mevrouw De Bruyne,\n\nNina heeft zich kandidaat gesteld om in Amsterdam de foto's voor het reisverslag te maken, met de camera van de school. Fijn! "
         "We gebruiken enkel foto's van leerlingen die toestemming gaven. Mag zij de camera (en de lader) de avond voor vertrek mee naar huis nemen?\n\nElke Verstraeten",
    rules=[], about=[ndb["id"]], note="pupil as trip photographer", fmt=["plain"], mailer=MAILERS_OUTLOOK, cat_group=N)

# --- misdirected, not sensitive (6)
nvb = P("noah_verbeke"); nm = P("noah_maes")
add("noah-gastgezin-verkeerde-noah", frm=SWO.hdr(), to=[nm["p1"]], date=D(2025, 3, 6, 22, 5),
    subject="Wijziging gastgezin Noah",
    body="Beste ouders van Noah,\n\nKleine wijziging ivm Lille: Noah Verbeke logeert in Lille niet bij de familie Caron maar bij de familie Lefebvre (correspondent Hugo), in de wijk Wazemmes. "
         "De familie Caron heeft afgezegd wegens een verhuis. Hugo komt dan in maart naar jullie.\n\nGroetjes,\nSofie Wouters",
    rules=["recipient"], about=[nvb["id"]], mis=True,
    note="host family change for Noah Verbeke sent to the father of Noah Maes (same first name)", fmt=["plain"], mailer=MAILERS_OUTLOOK, cat_group=N)

aei = P("amine_elidrissi"); sei = P("sara_elidrissi")
add("amine-id-verkeerde-elidrissi", frm=NDU.hdr(), to=[sei["p1"]], date=D(2025, 2, 18, 12, 40),
    subject="Identiteitskaart Amine - uitwisseling",
    body="Beste meneer El Idrissi,\n\nVoor de reis naar Lille moet Amine een geldige identiteitskaart hebben. Op de kopie die hij binnenbracht zie ik dat ze op 1 maart vervalt. "
         "Kan u een nieuwe aanvragen? Als dat niet op tijd lukt, kan de gemeente een voorlopig reisdocument afleveren.\n\nMet vriendelijke groeten,\nNathalie Dubois",
    rules=["recipient"], about=[aei["id"]], mis=True,
    note="about Amine El Idrissi (4A) but sent to the father of Sara El Idrissi (2C), another family", fmt=["plain"], mailer=MAILERS_OUTLOOK, cat_group=N)

nw = P("nora_wauters")
add("nora-verspringen-verkeerde-els", frm=GVH.hdr(), to=[nvw["p1"]], date=D(2025, 6, 19, 21, 2),
    subject="Nora wint het verspringen!",
    body="Dag Els,\n\nNora heeft vandaag bij de zesdejaars het verspringen gewonnen met 4m71, een nieuw schoolrecord bij de meisjes! Ze mag de beker vrijdag ophalen bij de directeur. "
         "Zeg haar nog eens proficiat van mij.\n\nGriet",
    rules=["recipient"], about=[nw["id"]], mis=True,
    note="result of Nora Wauters (6D) sent to els.wouters@gmail.com, mother of Nora Van Wesemael (3A), instead of els.wauters@telenet.be",
    fmt=["plain"], cat_group=N)

age = P("aaron_geerts")
add("aaron-id-gevonden-verkeerde-kurt", frm=BJA.hdr(), to=[agv["p1"]], date=D(2024, 11, 23, 10, 30),
    subject="ID-kaart Aaron gevonden in de bus",
    body="Dag Kurt,\n\nDe chauffeur vond na de terugrit uit Amsterdam de identiteitskaart van Aaron Geerts tussen de zetels. Ik heb ze in mijn bakje in de leraarskamer gelegd, Aaron mag ze maandag komen halen.\n\nBart",
    rules=["recipient"], about=[age["id"]], mis=True,
    note="found ID card of Aaron Geerts sent to Kurt Gevers (father of Aaron Gevers) - autocomplete on 'Kurt'", fmt=["plain"],
    mailer=MAILERS_OUTLOOK, cat_group=N)

lhe = P("lisa_hermans")
add("lisa-betaling-verkeerde-hermans", frm=ALE.hdr(), to=[lh["p1"]], date=D(2025, 3, 6, 9, 10),
    subject="Betaling reis Rome ontvangen",
    body="Beste heer Hermans,\n\nWe hebben het saldo van de reis naar Rome voor Lisa (6B) goed ontvangen. Daarmee is de reis volledig betaald. "
         "De reisdocumenten krijgt Lisa in de week voor vertrek.\n\nMet vriendelijke groeten,\nAnn Lemmens\nboekhouding",
    rules=["recipient"], about=[lhe["id"]], mis=True,
    note="payment confirmation for Lisa Hermans (6B) sent to the father of Lotte Hermans (5C), another Hermans family", fmt=["plain"],
    mailer=MAILERS_OUTLOOK, cat_group=N)

ab = P("anouk_bosmans"); avd = P("anouk_vandamme")
add("anouk-lille-verkeerde-anouk", frm=SWO.hdr(), to=[avd["p1"]], date=D(2025, 3, 22, 19, 44),
    subject="Anouk - complimenten van het gastgezin",
    body="Beste ouders,\n\nHet gastgezin van Anouk Bosmans liet ons weten hoe blij ze met haar waren: beleefd, behulpzaam en ze sprak de hele week Frans aan tafel. "
         "Ook in de lessen op Sainte-Odile deed ze schitterend mee. Dat wilden we u graag laten weten!\n\nSofie Wouters",
    rules=["recipient"], about=[ab["id"]], mis=True,
    note="compliment about Anouk Bosmans sent to the parents of Anouk Van Damme", fmt=["plain"], mailer=MAILERS_OUTLOOK, cat_group=N)

# ================================================================ GENERAL LETTERS (20) - must pass
GEN = "gen"
def parents_of(grade_prefixes, seed, k=None):
    out = []
    for p in ROSTER:
        if any(p["klas"].startswith(g) for g in grade_prefixes):
            for a in (p["p1"], p["p2"]):
                if a and a not in out:
                    out.append(a)
    if k:
        out = random.Random(seed).sample(out, k)
    return out

UNDISCL = "undisclosed-recipients:;"
ski_letter = ("Beste ouders,\n\nNog drie weken en dan vertrekken we met 62 leerlingen van het vijfde jaar naar Alpbach! Hieronder de belangrijkste afspraken.\n\n"
              "Vertrek: vrijdag 28 februari om 21u00 aan de parking achteraan de school (Celestijnenlaan). Graag om 20u15 aanwezig voor het inladen.\n"
              "Terugkomst: zaterdag 8 maart rond 8u00 op dezelfde plaats.\n\n"
              "Meenemen: identiteitskaart, Europese ziekteverzekeringskaart (aan te vragen bij uw ziekenfonds), skikledij, helm (verplicht, kan ook gehuurd worden), "
              "zonnebril, zonnecrème, pantoffels, medicatie in de originele verpakking met naam.\n\n"
              "Medicatie: geef medicatie die uw kind tijdens de reis moet nemen in een zakje met naam en dosering af aan de begeleiders bij vertrek. Vergeet ook het medisch formulier op Smartschool niet aan te vullen.\n\n"
              "Zakgeld: 50 à 80 euro is ruim voldoende.\n\nGsm's mogen mee, maar na 23u liggen ze in de bak bij de begeleiders.\n\n"
              "Tijdens de reis posten we elke avond een kort berichtje op Smartschool.\n\nSportieve groeten,\nHet begeleidersteam skireis\nGriet Vanhove, Koen Wuyts, Wim Peeters, Elke Verstraeten")
add("brief-skireis-praktisch", frm=GVH.hdr(), to=[GVH.hdr()], bcc=parents_of(["5"], 1), date=D(2025, 2, 7, 16, 0),
    subject="Skireis 5de jaar - praktische info", body=ski_letter, html=html_wrap(paras(ski_letter)),
    rules=[], note="general letter to all parents of year 5, parents in BCC; mentions medication only in general", fmt=["alt", "bcc-envelope"],
    mailer=MAILERS_OUTLOOK, cat_group=GEN)

add("brief-rome-vertrek", frm=TCL.hdr(), to=[], to_hdr=UNDISCL, bcc=["ouders6dejaar@spc.ksleuven.be"], date=D(2025, 4, 9, 18, 30),
    subject="Reis Rome - laatste info voor vertrek",
    body="Beste ouders,\n\nMaandag is het zover. Afspraak om 8u45 aan de school; de bus brengt ons naar Zaventem (vlucht om 12u40). Vergeet de identiteitskaart niet, zonder ID kan uw zoon of dochter niet mee!\n\n"
         "- Handbagage: max. 10 kg, vloeistoffen in een doorzichtig zakje\n- Kledij die de schouders en knieën bedekt voor de kerken (ook bij warm weer)\n- Drinkbus en stevige wandelschoenen: we stappen veel\n\n"
         "Terugkomst zaterdag 19/4 rond 20u aan de school. Bij vertraging verwittigen we via Smartschool.\n\nArrivederci,\nTom Claes en het begeleidersteam",
    rules=[], note="general letter via a parents' list address in BCC", fmt=["plain", "bcc-envelope"], mailer=MAILERS_OUTLOOK, cat_group=GEN)

add("brief-rome-na-de-reis", frm=TCL.hdr(), to=[TCL.hdr()], bcc=parents_of(["6"], 3), date=D(2025, 4, 28, 19, 5),
    subject="Terugblik Romereis + foto's",
    body="Beste ouders,\n\nWe zijn terug van een prachtige week in Rome. Bedankt voor het vertrouwen! Jullie kinderen waren fijne reisgenoten.\n\n"
         "Een selectie van de foto's staat op de website van de school (enkel foto's van leerlingen van wie we toestemming hebben). De volledige reeks staat in het fotoalbum op Smartschool, enkel toegankelijk voor de deelnemers. "
         "Wil u een foto laten verwijderen, laat het dan gewoon weten aan het secretariaat.\n\nDe verloren voorwerpen (2 petjes, een zonnebril, een oplader) liggen op het leerlingensecretariaat.\n\nGroeten,\nTom Claes",
    rules=[], note="general thank-you letter after the trip, BCC", fmt=["plain", "bcc-envelope"], mailer=MAILERS_OUTLOOK, cat_group=GEN)

add("brief-zeeklas-medicatiebeleid", frm=PVE.hdr(), to=[PVE.hdr()], bcc=["ouders2dejaar@spc.ksleuven.be"], date=D(2025, 5, 7, 12, 0),
    subject="Zeeklas: medicatie en medische fiche",
    body="Beste ouders,\n\nVoor de zeeklas in De Panne vragen we u om de medische fiche op Smartschool na te kijken en aan te vullen vóór 14 mei.\n\n"
         "Volgens het medicatiebeleid van de school geven begeleiders enkel medicatie die door een arts is voorgeschreven, met een ingevuld attest. "
         "Geef de medicatie af in de originele verpakking, met de naam van uw kind en de dosering erop, aan de begeleiders bij vertrek. "
         "Pijnstillers of koortswerende middelen geven we enkel na telefonisch akkoord van een ouder.\n\n"
         "Heeft uw kind een allergie of een dieet, vermeld dat dan ook op de fiche, zodat de keuken ermee rekening kan houden.\n\nVriendelijke groeten,\nPieter Vermeulen",
    rules=[], note="general medication policy letter, nobody named", fmt=["plain", "bcc-envelope"], mailer=MAILERS_OUTLOOK, cat_group=GEN)

add("brief-onthaalkamp-paklijst", frm=IMA.hdr(), to=[IMA.hdr()], bcc=parents_of(["1"], 5), date=D(2024, 9, 2, 17, 30),
    subject="Onthaalkamp eerste jaar 11-13 september",
    body="Beste ouders,\n\nVan woensdag 11 tot vrijdag 13 september trekken alle eerstejaars op onthaalkamp naar Domein Zonnewende in Kasterlee. Het is dé kans om de nieuwe klasgenoten en de klastitularis beter te leren kennen.\n\n"
         "Vertrek woensdag 8u30 aan de school, terug vrijdag rond 16u. In bijlage vindt u de paklijst.\n\n"
         "Tijdens het kamp zijn de gsm's niet toegestaan. Bij dringende zaken kan u het secretariaat contacteren; wij houden u via Smartschool op de hoogte.\n\n"
         "De kostprijs (95 euro) komt op de schoolrekening. Kan u dat bedrag moeilijk dragen, neem dan gerust discreet contact op met de boekhouding: samen vinden we een oplossing.\n\n"
         "Met vriendelijke groeten,\nInge Maes\ncoördinator eerste graad",
    attach=[("paklijst_onthaalkamp.pdf", pdf(["Paklijst onthaalkamp", "- slaapzak + kussensloop", "- toiletgerief", "- regenjas en stevige schoenen",
                                              "- zaklamp", "- kledij die vuil mag worden", "- gsm blijft thuis!"], "Paklijst"), "application/pdf")],
    rules=[], note="general camp letter with a PDF packing list, parents in BCC", fmt=["plain", "attachment-pdf", "bcc-envelope"],
    mailer=MAILERS_OUTLOOK, cat_group=GEN)

add("brief-lille-gastgezinnen-gezocht", frm=SWO.hdr(), to=[], to_hdr=UNDISCL, bcc=["ouders4dejaar@spc.ksleuven.be"], date=D(2024, 12, 4, 20, 0),
    subject="Uitwisseling Lille: gastgezinnen gezocht",
    body="Beste ouders van het vierde jaar,\n\nIn maart ontvangen we 34 leerlingen van het Lycée Sainte-Odile uit Lille. Elke deelnemer aan de uitwisseling verblijft een week in een Frans gastgezin, en ontvangt daarna zijn of haar correspondent.\n\n"
         "Wat vragen we? Een eigen bed (geen eigen kamer nodig), ontbijt en avondmaal, en het meenemen in het gezinsleven. Overdag zijn de Franse leerlingen op school of op uitstap.\n\n"
         "Inschrijven via het formulier op Smartschool vóór 20 december. Heeft u vragen, kom dan naar de infoavond op dinsdag 10 december om 19u30 in de refter.\n\nMerci beaucoup !\nSofie Wouters en Nathalie Dubois",
    rules=[], note="call for host families, list address in BCC", fmt=["plain", "bcc-envelope"], mailer=MAILERS_OUTLOOK, cat_group=GEN)

fr_fams = ["famille.dufour59@orange.fr", "p.lefebvre@free.fr", "lemaire.sandrine@gmail.com", "caron.famille@wanadoo.fr", "c.delattre@laposte.net",
           "vasseur.j@orange.fr", "boulanger.isa@gmail.com", "deschamps.fam@free.fr", "masson.helene@orange.fr", "leclerc.olivier@sfr.fr"]
add("lettre-familles-lille", frm=NDU.hdr(), to=[NDU.hdr()], bcc=fr_fams, date=D(2025, 3, 10, 19, 0),
    subject="Échange Heverlee - Lille : informations pour les familles",
    body="Chères familles,\n\nNous nous réjouissons d'accueillir vos enfants à Heverlee du 24 au 28 mars. Voici les informations pratiques :\n\n"
         "- arrivée lundi 24 mars vers 9h00 à l'école, où les familles belges viendront chercher les correspondants en fin de journée\n"
         "- le programme comprend une journée à Bruxelles, des cours avec les correspondants et un projet commun\n- retour vendredi 28 mars, départ du bus à 15h30\n\n"
         "N'oubliez pas la carte d'identité et la carte européenne d'assurance maladie.\n\nBien cordialement,\nNathalie Dubois et Sofie Wouters\nSint-Pieterscollege Heverlee",
    rules=[], lang="fr", note="letter to the French host families, all in BCC", fmt=["plain", "bcc-envelope"], mailer=MAILERS_OUTLOOK, cat_group=GEN)

add("brief-sportdag-ouders", frm=GVH.hdr(), to=[], to_hdr=UNDISCL, bcc=["alleouders@spc.ksleuven.be"], date=D(2025, 6, 10, 16, 45),
    subject="Sportdag donderdag 19 juni",
    body="Beste ouders,\n\nOp donderdag 19 juni houden we onze jaarlijkse sportdag. Het eerste tot derde jaar gaat naar het sportdomein in Kessel-Lo, het vierde tot zesde jaar doet een fietstocht of een kajaktocht op de Dijle.\n\n"
         "- gewone schooluren, vertrek met de bus om 8u15\n- sportkledij, drinkbus, lunchpakket en zonnecrème\n- wie een doktersattest heeft voor LO, helpt mee bij de organisatie\n\n"
         "Bij onweer gaat de sportdag door op school.\n\nSportieve groeten,\nDe vakgroep LO",
    rules=[], note="general sports-day letter", fmt=["plain", "bcc-envelope"], mailer=MAILERS_OUTLOOK, cat_group=GEN)

add("personeel-sportdag-toezicht", frm=GVH.hdr(), to=[GVH.mail], bcc=[PERSONEEL], date=D(2025, 6, 12, 7, 50),
    subject="Sportdag - toezichtsrooster",
    body=None,
    html=html_wrap(paras("Beste collega's,\n\nHieronder het toezichtsrooster voor de sportdag. Wie niet kan, regelt zelf een wissel en laat het mij weten.")
                   + html_table(["Post", "Voormiddag", "Namiddag"], [["Atletiekpiste", "G. Vanhove, W. Peeters", "K. Wuyts, Y. El Amrani"],
                                                                      ["Zwembad", "P. Vermeulen", "T. Claes"], ["Kajak Dijle", "S. Wouters, B. Janssens", "S. Wouters, B. Janssens"],
                                                                      ["EHBO-post", "H. Goossens", "I. Maes"], ["Fietstocht", "L. Jacobs, E. Verstraeten", "L. Jacobs, E. Verstraeten"]])
                   + paras("\n\nVerzamelen om 8u00 in de sporthal. Broodjes voorzien voor iedereen.\n\nGriet")),
    rules=[], note="staff list only in BCC; supervision rota", fmt=["html-only", "table", "bcc-envelope"], mailer=MAILERS_OUTLOOK, cat_group=GEN)

ams = ("Beste ouders,\n\nVan woensdag 20 tot vrijdag 22 november gaan de leerlingen van het vijfde jaar op theaterreis naar Amsterdam. Op het programma: een stadswandeling, "
       "het Rijksmuseum of het Van Gogh Museum, een voorstelling in de schouwburg en een workshop met de acteurs. De kostprijs bedraagt 285 €.\n\nVertrek woensdag om 7u30 aan de school, terugkomst vrijdag rond 18u.\n\n"
       "Wij verwachten dat alle leerlingen zich houden aan het reisreglement dat ze ondertekenden: geen alcohol, geen drugs (ook niet in Amsterdam – “het mag daar toch” geldt niet voor onze groep), "
       "samen blijven in de groepjes tijdens de vrije tijd.\n\nHartelijke groeten,\nBart Janssens en Elke Verstraeten")
add("brief-amsterdam-cp1252", frm=BJA.hdr(), to=[BJA.hdr()], bcc=parents_of(["5"], 7), date=D(2024, 11, 6, 17, 12),
    subject="Theaterreis Amsterdam 20-22 november", body=ams, charset="windows-1252", cte="quoted-printable",
    rules=[], note="general trip letter in windows-1252, parents in BCC", fmt=["plain-cp1252", "plain-qp", "bcc-envelope"],
    mailer=MAILERS_OUTLOOK, cat_group=GEN)

add("herinnering-betaling-ski-algemeen", frm=ALE.hdr(), to=[], to_hdr=UNDISCL, bcc=["ouders5dejaar@spc.ksleuven.be"], date=D(2025, 1, 31, 10, 0),
    subject="Herinnering: tweede schijf skireis",
    body="Beste ouders,\n\nDe tweede schijf van de skireis (300 euro) moest betaald zijn op 25 januari. Voor een aantal deelnemers hebben we de betaling nog niet ontvangen. "
         "Heeft u intussen al betaald, dan mag u deze mail als niet verzonden beschouwen.\n\nGebruik voor de betaling de gestructureerde mededeling die op uw factuur op Smartschool staat.\n\n"
         "Heeft u het financieel moeilijk, neem dan discreet contact op met de boekhouding. Er is altijd een oplossing mogelijk, en niemand hoeft daardoor thuis te blijven.\n\nMet vriendelijke groeten,\nAnn Lemmens\nboekhouding",
    rules=[], note="payment reminder to everybody, nobody named", fmt=["plain", "bcc-envelope"], mailer=MAILERS_OUTLOOK, cat_group=GEN)

add("brief-sociaal-fonds-reizen", frm=MHE.hdr(), to=[], to_hdr=UNDISCL, bcc=["alleouders@spc.ksleuven.be"], date=D(2024, 10, 1, 12, 0),
    subject="Meerdaagse uitstappen en het solidariteitsfonds",
    body="Beste ouders,\n\nDit schooljaar staan er weer heel wat meerdaagse uitstappen op het programma: het onthaalkamp, de zeeklas, de uitwisseling met Lille, de theaterreis naar Amsterdam, de skireis en de reis naar Rome.\n\n"
         "We vinden het belangrijk dat elke leerling kan deelnemen. Daarom heeft de school een solidariteitsfonds. Ouders die het moeilijk hebben om de kosten te dragen, kunnen gespreide betaling of een tussenkomst vragen. "
         "Uw vraag wordt altijd discreet behandeld door de boekhouding en de directie. Ook het OCMW van uw gemeente kan soms tussenkomen.\n\n"
         "Met vriendelijke groeten,\nMarc Hendrickx\ndirecteur",
    rules=[], note="general letter about the social fund, nobody named", fmt=["plain", "bcc-envelope"], mailer=MAILERS_OUTLOOK, cat_group=GEN)

add("brief-whatsapp-pesten-kamp", frm=IMA.hdr(), to=[IMA.hdr()], bcc=["ouders1stejaar@spc.ksleuven.be"], date=D(2024, 9, 17, 20, 5),
    subject="Na het onthaalkamp: klasgroepen op WhatsApp",
    body="Beste ouders,\n\nHet onthaalkamp was een succes, dank u wel! Op het kamp zijn er in verschillende klassen WhatsApp- en Snapchatgroepen ontstaan. Dat is fijn, maar we merken elk jaar dat er in zulke groepen ook gemene berichten of foto's rondgaan.\n\n"
         "Wij vragen u om met uw kind te praten over respectvol online gedrag: geen foto's van anderen zonder toestemming, niemand buitensluiten. "
         "Het pestbeleid van de school geldt ook online. Merkt uw kind iets op, dan kan het altijd terecht bij de klastitularis of de leerlingbegeleiding.\n\n"
         "Ook voor ouders: de oudergroep van de klas is een fijne plek voor praktische vragen, maar bespreek er geen andere kinderen.\n\nInge Maes",
    rules=[], note="general bullying/online-behaviour letter, nobody named", fmt=["plain", "bcc-envelope"], mailer=MAILERS_OUTLOOK, cat_group=GEN)

add("brief-fotos-toestemming", frm=JSM.hdr(), to=[], to_hdr=UNDISCL, bcc=["alleouders@spc.ksleuven.be"], date=D(2024, 9, 23, 9, 0),
    subject="Foto's van uitstappen op de website en Smartschool",
    body="Beste ouders,\n\nTijdens kampen en reizen nemen de begeleiders foto's. Sommige verschijnen op de website of de sociale media van de school, andere enkel in het afgeschermde fotoalbum op Smartschool.\n\n"
         "Via het formulier 'Toestemming beeldmateriaal' op Smartschool kiest u zelf waarvoor foto's van uw kind gebruikt mogen worden. U kan uw keuze op elk moment wijzigen. "
         "Wij publiceren nooit namen bij foto's.\n\nVragen over privacy kan u ook stellen aan de aanspreekpersoon informatieveiligheid van de scholengroep via privacy@lksd.ksleuven.be.\n\nJeroen Smet\nICT-coördinator",
    rules=[], note="general letter about photo consent", fmt=["plain", "bcc-envelope"], mailer=MAILERS_OUTLOOK, cat_group=GEN)

add("clb-infobrief-na-kamp", frm=HGO.hdr(), to=[HGO.hdr()], bcc=parents_of(["1"], 9), date=D(2024, 9, 24, 15, 30),
    subject="Infobrief CLB: de eerste weken in het secundair",
    body="Beste ouders,\n\nNa het onthaalkamp geef ik u graag de infobrief van ons CLB door. Het CLB (centrum voor leerlingenbegeleiding) werkt samen met de school rond leren en studeren, "
         "de onderwijsloopbaan, preventieve gezondheidszorg en het psychisch en sociaal functioneren. De begeleiding is gratis en vertrouwelijk.\n\n"
         "In het eerste jaar krijgen alle leerlingen een medisch consult (systematisch contact). U krijgt daarvoor een aparte uitnodiging.\n\n"
         "Meer info vindt u in de brochure in bijlage.\n\nHilde Goossens\nleerlingbegeleiding",
    attach=[("CLB_infobrochure_ouders.pdf", pdf(["Het CLB: wie zijn we?", "Leren en studeren - onderwijsloopbaan - preventieve gezondheidszorg - psychisch en sociaal functioneren",
                                                 "Gratis en vertrouwelijk"], "CLB infobrochure"), "application/pdf")],
    rules=[], note="general CLB information letter, nobody named", fmt=["plain", "attachment-pdf", "bcc-envelope"], mailer=MAILERS_OUTLOOK, cat_group=GEN)

add("personeel-begeleiders-ski-2026", frm=KWU.hdr(), to=[KWU.mail], bcc=[PERSONEEL], date=D(2025, 5, 5, 12, 40),
    subject="Begeleiders gezocht skireis 2026",
    body="Beste collega's,\n\nVoor de skireis van volgend schooljaar (krokusvakantie 2026) zoeken we nog twee begeleiders. Je hoeft geen topskiër te zijn, maar je moet wel vlot een rode piste af kunnen. "
         "De reis is gratis voor begeleiders en telt als nascholing voor de LO-collega's.\n\nInteresse? Laat het me weten vóór 1 juni.\n\nKoen",
    rules=[], note="staff call, personeel@ only in BCC", fmt=["plain", "bcc-envelope"], mailer=MAILERS_OUTLOOK, cat_group=GEN)

add("merci-familles-lille-base64", frm=NDU.hdr(), to=[], to_hdr=UNDISCL, bcc=fr_fams, date=D(2025, 3, 31, 18, 20),
    subject="Merci pour cette belle semaine !",
    body="Chères familles,\n\nUn grand merci pour votre accueil chaleureux et pour cette belle semaine d'échange. Nos élèves sont rentrés enchantés, avec plein de souvenirs (et de progrès en français !).\n\n"
         "Les photos de l'échange seront partagées via l'école Sainte-Odile, uniquement pour les familles participantes.\n\nÀ l'année prochaine, peut-être !\n\nNathalie Dubois et Sofie Wouters",
    cte="base64", rules=[], lang="fr", note="thank-you letter to French families in BCC, base64 body", fmt=["plain-base64", "bcc-envelope"],
    mailer=MAILERS_OUTLOOK, cat_group=GEN)

add("zeeklas-verloren-voorwerpen-qp", frm=PVE.hdr(), to=[PVE.hdr()], bcc=["ouders2dejaar@spc.ksleuven.be"], date=D(2025, 5, 26, 16, 10),
    subject="Zeeklas: verloren voorwerpen",
    body="Beste ouders,\n\nNa de zeeklas bleven er heel wat spullen achter in De Duinpieper. Ze liggen tot 6 juni op het leerlingensecretariaat:\n\n"
         "- 3 zwarte hoodies (maat S en M)\n- een blauwe regenjas 'Decathlon'\n- 4 losse sokken en één zwembroek\n- een roze toilettas\n- een oplader met USB-C kabel\n- een knuffel (grijze olifant)\n\n"
         "Daarna gaan ze naar de kringloopwinkel.\n\nBedankt om jullie kinderen mee te laten gaan, het was een topweek!\n\nPieter Vermeulen",
    cte="quoted-printable", rules=[], note="lost-and-found list without names, quoted-printable", fmt=["plain-qp", "bcc-envelope"],
    mailer=MAILERS_OUTLOOK, cat_group=GEN)

add("ski-vertraging-sneeuw-gsm", frm=KWU.hdr(), to=[KWU.hdr()], bcc=parents_of(["5"], 11), date=D(2025, 3, 8, 4, 12),
    subject="Skireis: vertraging terugreis",
    body="Beste ouders\n\nDoor zware sneeuwval op de Brennerroute en een ongeval op de A8 bij München lopen we vertraging op. We verwachten nu om 11u (ipv 8u) aan de school aan te komen. "
         "Alle leerlingen zijn ok, de meesten slapen.\n\nWe laten via Smartschool weten als er nog iets verandert.\n\nKoen Wuyts" + IPH,
    rules=[], note="phone mail to all parents in BCC, no personal data", fmt=["plain", "phone", "bcc-envelope"], mailer=MAILER_IPHONE, cat_group=GEN)

add("rome-goed-aangekomen", frm=LJA.hdr(), to=[], to_hdr=UNDISCL, bcc=parents_of(["6"], 13), date=D(2025, 4, 14, 22, 5),
    subject="Goed aangekomen in Rome!",
    body="Beste ouders,\n\nEven een kort berichtje vanuit het hotel: we zijn goed aangekomen in Rome! De vlucht verliep vlot, iedereen heeft zijn kamer en we hebben net samen pizza gegeten op de Piazza. "
         "Morgen staan het Colosseum en het Forum op het programma.\n\nDe jongeren zijn moe maar enthousiast. Morgenavond volgt een nieuw verslagje.\n\nBuonanotte,\nLotte Jacobs namens het hele team" + AND,
    rules=[], note="arrival message to all parents in BCC from a phone", fmt=["plain", "phone", "bcc-envelope"], mailer=MAILER_ANDROID, cat_group=GEN)

# ================================================================ OTHER ORDINARY MAIL (10)
O = "other"
add("offerte-autocar-rome-zaventem", frm=TCL.hdr(), to=["planning@autocars-dijleland.be"], date=D(2025, 1, 8, 10, 12),
    subject="Offerteaanvraag transfer school - Zaventem (april)",
    body="Goedemorgen,\n\nGraag ontvang ik een offerte voor de volgende transfers:\n\n- maandag 14/04/2025: Sint-Pieterscollege Heverlee -> Brussels Airport, vertrek 9u00, 48 personen met bagage\n"
         "- zaterdag 19/04/2025: Brussels Airport -> school, aankomst vlucht 18u45, zelfde groep\n\nAlvast bedankt.\n\nMet vriendelijke groeten,\nTom Claes" + sig(TCL, phone=True),
    rules=["personal_data"], note="ordinary quote request; only the school's phone number in the signature", fmt=["plain"], mailer=MAILERS_OUTLOOK, cat_group=O)

vis = parents_of(["5"], 21, k=9)
add("amsterdam-ouders-zichtbaar-in-aan", frm=BJA.hdr(), to=vis, date=D(2024, 11, 15, 21, 40),
    subject="Amsterdam: nog even de vertrekuren",
    body="Beste ouders,\n\nVoor wie het gemist had: vertrek woensdag om 7u30 stipt aan de school (niet 8u zoals eerst vermeld). Terugkomst vrijdag rond 18u. "
         "Lunchpakket voor de eerste dag meegeven.\n\nGroeten,\nBart Janssens",
    rules=["bcc"], note="nine parents' addresses visible to each other in To", fmt=["plain"], mailer=MAILERS_OUTLOOK, cat_group=O)

add("groepsadres-ouders5b-in-aan", frm=EVE.hdr(), to=["ouders5b@spc.ksleuven.be"], date=D(2025, 2, 20, 18, 0),
    subject="5B - skireis en toets Engels",
    body="Beste ouders van 5B,\n\nDoor de skireis verschuift de toets Engels (unit 4) naar dinsdag 11 maart. De leerlingen die niet meegaan op skireis hebben die week een alternatief programma op school; "
         "het rooster staat op Smartschool.\n\nVriendelijke groeten,\nElke Verstraeten\nklastitularis 5B",
    rules=["bcc"], note="class parents' list address in To instead of BCC", fmt=["plain", "group-in-to"], mailer=MAILERS_OUTLOOK, cat_group=O)

add("atletiekclub-cc-vakgroep", frm=GVH.hdr(), to=["jeugd@atletiekclub-heverlee.be"], cc=["vakgroep-lo@spc.ksleuven.be"], date=D(2025, 5, 28, 14, 14),
    subject="Sportdag 19 juni - lenen hoogspringmat?",
    body="Dag Stefaan,\n\nZoals elk jaar: mogen we voor de sportdag van 19 juni jullie hoogspringmat en de startblokken lenen? Wij komen ze woensdagavond halen met de camionette en brengen ze vrijdag terug.\n\n"
         "De collega's van LO zet ik in cc, dan weten ze wie wat ophaalt.\n\nSportieve groeten,\nGriet Vanhove",
    rules=["bcc"], note="department mailing list in CC on a mail to an outside partner", fmt=["plain", "group-in-cc"], mailer=MAILERS_OUTLOOK, cat_group=O)

add("gmail-programma-rome-docm", frm="Lotte Jacobs <lottejacobs93@gmail.com>", to=[TCL.mail], date=D(2025, 3, 29, 22, 45),
    subject="programma dag 4 + formulier",
    body="Hoi Tom,\n\nMijn schoolmail wil niet synchroniseren op mijn laptop thuis, dus via hier. In bijlage het programma voor dag 4 (Trastevere + Gianicolo) en het formulier voor de groepjes, "
         "het is dat Word-bestand met de knoppen dat Marc vorig jaar gemaakt heeft.\n\nZie jij of de uren kloppen met de reservatie van de Borghese?\n\nLotte",
    attach=[("groepjes_formulier_rome.docm", docm(["Reis Rome 2025 - groepjesformulier", "Klik op 'Vul in' om de leerlingen te laden."]),
             "application/vnd.ms-word.document.macroEnabled.12"),
            ("programma_dag4.pdf", pdf(["Dag 4 - donderdag 17/04", "09:30 Trastevere wandeling", "12:30 lunch", "14:00 Galleria Borghese", "17:00 Gianicolo"], "Programma dag 4"),
             "application/pdf")],
    rules=["private_account", "attachment"], note="teacher uses her private Gmail for school business and attaches a macro-enabled .docm",
    fmt=["mixed", "attachment-docm", "private-account"], mailer="Mozilla Thunderbird", cat_group=O)

add("fw-naar-eigen-hotmail", frm=BJA.hdr(), to=["bart.janssens76@hotmail.com"], date=D(2024, 11, 18, 23, 10),
    subject="FW: Programma workshop vrijdag 22/11",
    body="\n\n" + fwd("Beste Bart,\n\nHierbij het programma van de workshop op vrijdag: 9u30 ontvangst in de foyer, 10u-12u workshop in drie groepen van 8 met de acteurs, 12u15 einde. "
                      "De leerlingen dragen best makkelijke kleren.\n\nHartelijke groet,\nDaphne - educatie Theater De Kade",
                      "Daphne Smits <educatie@theaterdekade.nl>", "maandag 18 november 2024 17:02", "bart.janssens@sintpieterscollege.be",
                      "Programma workshop vrijdag 22/11"),
    rules=["private_account"], note="staff member forwards school mail to his own private Hotmail", fmt=["forward", "private-account"],
    mailer=MAILERS_OUTLOOK, cat_group=O)

add("betalingsoverzicht-xlsm", frm=ALE.hdr(), to=[KWU.mail], date=D(2025, 1, 15, 11, 20),
    subject="sjabloon betalingen skireis",
    body="Koen,\n\nHier het sjabloon om de betalingen van de skireis bij te houden. Je moet bij het openen wel 'Inhoud inschakelen' aanklikken, anders werkt de knop om te herberekenen niet. "
         "Ik heb er nog geen namen in gezet.\n\nAnn",
    attach=[("betalingsoverzicht_skireis_2025.xlsm",
             xlsx([["Naam", "Klas", "Voorschot", "Schijf 2", "Saldo", "Totaal"], ["", "", "", "", "", "=SOM(C2:E2)"]], macro=True),
             "application/vnd.ms-excel.sheet.macroEnabled.12")],
    rules=["attachment"], note="macro-enabled .xlsm template (no pupil data)", fmt=["plain", "attachment-xlsm"], mailer=MAILERS_OUTLOOK, cat_group=O)

add("fotoshow-rome-zip-exe", frm=TCL.hdr(), to=[LJA.mail, MHE.mail], date=D(2025, 4, 25, 20, 30),
    subject="Diavoorstelling Rome voor de terugkomavond",
    body="Dag Lotte, Marc,\n\nEen leerling van 6C heeft een diavoorstelling gemaakt met een programmaatje, die start vanzelf op als je hem opent. Ik heb hem gezipt omdat hij te groot was. "
         "Kunnen jullie eens kijken of hij werkt op jullie laptop? Dan tonen we hem op de terugkomavond.\n\nTom",
    attach=[("Fotoshow_Rome_2025.zip", zbytes([("Fotoshow_Rome_2025/Fotoshow.exe", exe_stub("Fotoshow")),
                                              ("Fotoshow_Rome_2025/muziek.mp3", b"ID3\x03\x00\x00\x00\x00\x00\x0f" + b"\x00" * 64),
                                              ("Fotoshow_Rome_2025/lees mij.txt", "Dubbelklik op Fotoshow.exe\r\n")]), "application/zip")],
    rules=["attachment"], note="zip archive containing an .exe", fmt=["plain", "attachment-zip"], mailer=MAILERS_OUTLOOK, cat_group=O)

add("toestemming-docm-alle-ouders", frm=SEC, to=[], to_hdr=UNDISCL, bcc=["ouders6dejaar@spc.ksleuven.be"], date=D(2025, 1, 20, 9, 0),
    subject="Toestemmingsformulier reis Rome - graag terugsturen",
    body="Beste ouders,\n\nIn bijlage het toestemmingsformulier voor de reis naar Rome. Open het document, klik op 'Inhoud inschakelen' en vul de velden in. "
         "Print het daarna, onderteken het en geef het vóór 7 februari mee met uw zoon of dochter.\n\nMet vriendelijke groeten,\nHet leerlingensecretariaat",
    attach=[("Toestemmingsformulier_Rome_2025.docm", docm(["Toestemmingsformulier buitenlandse reis", "Naam leerling: ....", "Handtekening ouder(s): ...."]),
             "application/vnd.ms-word.document.macroEnabled.12")],
    rules=["attachment"], note="letter to all parents (BCC) but with a macro-enabled .docm form", fmt=["plain", "attachment-docm", "bcc-envelope"],
    mailer=MAILERS_OUTLOOK, cat_group=O)

add("fotos-jaarboek-zip-jpg", frm=PVE.hdr(), to=[EVE.mail], date=D(2025, 5, 27, 13, 0),
    subject="foto's zeeklas voor het jaarboek",
    body="Hoi Elke,\n\nIn bijlage drie sfeerfoto's van de zeeklas (strand, zandsculpturen, bonte avond) voor het jaarboek, enkel groepen van op afstand. Gezipt want de mail deed moeilijk. Jij bundelt alles voor de redactie toch?\n\nPieter",
    attach=[("zeeklas_jaarboek.zip", zbytes([("strand.jpg", jpeg_stub(1)), ("zandsculpturen.jpg", jpeg_stub(2)), ("bonte_avond.jpg", jpeg_stub(3))]), "application/zip")],
    rules=[], note="zip with only JPEG photos: harmless archive", fmt=["plain", "attachment-zip"], mailer=MAILERS_OUTLOOK, cat_group=O)

# ================================================================ output
RULE_ORDER = ["password", "sensitive", "personal_data", "bcc", "private_account", "attachment", "recipient"]

def ylist(xs):
    return "[" + ", ".join(json.dumps(x, ensure_ascii=False) if not re.fullmatch(r"[A-Za-z0-9_.@+\-]+", x) else x for x in xs) + "]"

def main():
    order = list(range(len(MAILS)))
    random.Random(31031).shuffle(order)
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    out = ["# batch31 - SPC Heverlee: trips, camps, exchanges and sports days (ski, Rome, zeeklas, Lille, Amsterdam, onthaalkamp, sportdag)", ""]
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        fname = f"{n:03d}-{m['key']}.eml"
        msg = build(m, n)
        with open(os.path.join(HERE, fname), "wb") as fh:
            BytesGenerator(fh, policy=policy.SMTP.clone(linesep="\n")).flatten(msg)
        env_from = m["env_from"] or parseaddr(m["frm"])[1]
        rcpt = addrs(m["to"]) + addrs(m["cc"]) + addrs(m["bcc"])
        rules = sorted(set(m["rules"]), key=RULE_ORDER.index)
        out.append(f"{fname}:")
        out.append(f"  rules: {ylist(rules)}")
        if "sensitive" in rules:
            out.append("  categories: {sensitive: " + ylist(m["cats"]["sensitive"]) + "}")
        out.append(f"  mail_from: {env_from}")
        out.append(f"  rcpt: {ylist(rcpt)}")
        out.append(f"  about: {ylist(m['about'])}")
        out.append(f"  misdirected: {'true' if m['mis'] else 'false'}")
        out.append(f"  note: {json.dumps(m['note'], ensure_ascii=False)}")
        out.append(f"  lang: {m['lang']}")
        out.append(f"  format: {ylist(m['fmt'])}")
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")
    with open(os.path.join(HERE, "roster.csv"), "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        w.writerow(["Intern nummer", "Voornaam", "Naam", "Klas", "E-mailadres leerling", "E-mailadres ouder 1", "E-mailadres ouder 2"])
        for p in ROSTER:
            w.writerow([p["id"], p["first"], p["last"], p["klas"], p["mail"], p["p1"], p["p2"]])
    print(f"wrote {len(MAILS)} mails, labels.yaml, roster.csv ({len(ROSTER)} pupils)")

if __name__ == "__main__":
    main()
