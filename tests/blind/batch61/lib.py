# lib.py - helpers for batch61 (stdlib only, deterministic)
import base64, quopri, random, hashlib, io, zipfile, re, unicodedata
from email.utils import formataddr, parseaddr
from email.header import Header

SCHOOL = "sintpieterscollege.be"
SHORT = "spc.ksleuven.be"
PUPILDOM = "leerling.sintpieterscollege.be"

# ---------------------------------------------------------------- staff
STAFF = {
 'ldw': ('Lieve De Wolf', 'lieve.dewolf@sintpieterscollege.be', 'stagecoördinator'),
 'keo': ('Karim El Ouali', 'karim.elouali@sintpieterscollege.be', 'stagebegeleider zorg en welzijn'),
 'dvh': ('Dirk Vanhove', 'dirk.vanhove@sintpieterscollege.be', 'stagebegeleider autotechniek'),
 'svr': ('Sofie Van Rompaey', 'sofie.vanrompaey@sintpieterscollege.be', 'stagebegeleider elektriciteit'),
 'mve': ('Marc Verbiest', 'marc.verbiest@sintpieterscollege.be', 'directeur campus Heverlee'),
 'ngo': ('Nathalie Goossens', 'leerlingensecretariaat@spc.ksleuven.be', 'leerlingensecretariaat'),
 'tbo': ('Tom Bogaerts', 'tbo@spc.ksleuven.be', 'ICT-coördinator'),
 'ela': ('Eva Lambrechts', 'eva.lambrechts@sintpieterscollege.be', 'zorgcoördinator'),
 'pvv': ('Patrick Vervoort', 'pvv@spc.ksleuven.be', 'boekhouding'),
 'gbo': ('Geert Boeckx', 'gbo@spc.ksleuven.be', 'preventieadviseur'),
 'avc': ('Ann Vercammen', 'ann.vercammen@sintpieterscollege.be', 'klastitularis 6ZWa'),
 'bst': ('Bart Stevens', 'bst@spc.ksleuven.be', 'klastitularis 6AUa'),
 'wdp': ('Wim Deprez', 'wim.deprez@sintpieterscollege.be', 'leraar praktijk elektriciteit'),
}
def S(k):  # "Name <addr>"
    n, a, _ = STAFF[k]; return formataddr((n, a), charset='utf-8') if False else f"{n} <{a}>"
def SA(k): return STAFF[k][1]

STAGE = "stage@spc.ksleuven.be"
DIRECTIE = "directie@spc.ksleuven.be"
PERSONEEL = "personeel@spc.ksleuven.be"
ADDR = "Stroom campus Heverlee - Waversebaan 220, 3001 Heverlee"

def sig(k, tel=False, short=False, lang='nl'):
    n, a, f = STAFF[k]
    if short:
        return f"\n\n{n.split()[0]}\n"
    lines = ["", "", "Met vriendelijke groeten," if lang == 'nl' else ("Bien à vous," if lang == 'fr' else "Kind regards,"), "", n, f[0].upper() + f[1:] if lang == 'nl' else f, ADDR]
    if tel:
        lines.append({'ldw': "T 016 40 52 11 - GSM 0472 18 44 06", 'keo': "T 016 40 52 14", 'dvh': "GSM 0495 31 27 80",
                      'svr': "T 016 40 52 14", 'mve': "T 016 40 52 00", 'ngo': "T 016 40 52 01", 'tbo': "T 016 40 52 09",
                      'ela': "T 016 40 52 05", 'pvv': "T 016 40 52 03", 'gbo': "T 016 40 52 07", 'avc': "T 016 40 52 00",
                      'bst': "T 016 40 52 00", 'wdp': "T 016 40 52 00"}[k])
    lines.append("www.sintpieterscollege.be")
    return "\n".join(lines) + "\n"

# ---------------------------------------------------------------- roster
FIRST = ("Lucas Noah Liam Louis Arthur Jules Finn Vic Mats Lars Wout Robbe Seppe Jonas Milan Bram Stan Kobe Ruben Senne "
 "Thibo Warre Jasper Tuur Lander Emiel Siebe Gilles Mohamed Adam Ayoub Ilias Yassine Rayan Bilal Omar Hamza Youssef "
 "Mehmet Emir Kerem Yusuf Luka Oskar Jakub Mateo Daniel David Dries Nathan Elias Sem Victor Jef Xander "
 "Emma Olivia Louise Mila Elena Nora Lina Juliette Lotte Fien Febe Hanne Lisa Sara Marie Julie Amber Kato Ella Nina "
 "Zoë Chloé Lore Jana Margot Noor Amira Yasmine Aya Salma Imane Malak Meryem Hiba Zeynep Elif Ayşe Zara Mariam Fatou "
 "Awa Ines Laura Anouk Lien Silke Jente Axelle Charlotte").split()
LAST = ["Peeters","Janssens","Maes","Jacobs","Mertens","Willems","Claes","Goossens","Wouters","De Smet","Dubois","Hermans",
 "Aerts","Vermeulen","Van Damme","Lambrechts","Dumont","Verstraeten","Cools","Lenaerts","Geerts","Smolders","Hendrickx",
 "Michiels","Wuyts","Coppens","Stevens","Van den Broeck","Leemans","De Clercq","Vandenberghe","Pauwels","Thys","Verhaegen",
 "Segers","Bosmans","Van Hoof","Schepers","Nys","Wyns","Vanderlinden","Bogaert","Mahieu","Dierckx","Van Aken","Luyten",
 "Heylen","Van Loon","Vandevelde","Daems","Sels","Boonen","Moens","El Amrani","Benali","Bouzid","Azzouzi","Tahiri",
 "El Idrissi","Ouardi","Chakir","Haddouchi","Ait Lahcen","Kaya","Yilmaz","Demir","Öztürk","Nowak","Kowalski","Petrović",
 "Popescu","Diallo","Bah","Traoré","Hassan","Ahmadi","Rahimi","Mukendi","Kabongo","Silva","Rossi","Smets","Claessens",
 "Verbeke","De Backer","Jansen","Vos","Martens","Van Gorp","Schoofs","Swinnen"]
PFIRST = ("Kristof Bart Peter Tom Wim Steven Koen Jan Dirk Johan Filip Joris Gert Sven Davy Tim Ahmed Rachid Mustafa Hakan "
 "Piotr Dragan Ibrahima An Els Katrien Inge Veerle Sofie Tine Griet Liesbeth Nele Evy Joke Hilde Ilse Karen Sarah Leen "
 "Fatima Nadia Samira Khadija Ayse Anna Mirela Aissatou Kathleen Wendy Lut Rita Christine").split()
PROV = ["telenet.be"] * 5 + ["skynet.be", "proximus.be"] * 2 + ["gmail.com"] * 4 + ["hotmail.com", "outlook.com", "icloud.com"] * 2
CLASSES_FINAL = ["5EIa", "5AUa", "5ZWa", "6EIa", "6AUa", "6ZWa", "7AUa", "7EIa", "7TBZ", "7KZ"]
CLASSES_LOW = ["1A1", "1A2", "1B", "2A1", "2A2", "2B", "3EI", "3AU", "3ZW", "4EI", "4AU", "4ZW"]

def slugname(s):
    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode().lower()
    return re.sub(r"[^a-z]", "", s)

# story pupils: key -> (first, last, class, parent1, parent2)
STORY = {}
def pupil(key, first, last, klas, p1, p2=""):
    STORY[key] = (first, last, klas, p1, p2)

class Pupil:
    def __init__(self, pid, first, last, klas, mail, p1, p2):
        self.id, self.first, self.last, self.klas, self.mail, self.p1, self.p2 = pid, first, last, klas, mail, p1, p2
    @property
    def name(self): return f"{self.first} {self.last}"
    @property
    def parents(self): return [p for p in (self.p1, self.p2) if p]

ROSTER = []     # list of Pupil
P = {}          # key -> Pupil

def build_roster(n=300, seed=6161):
    rnd = random.Random(seed)
    keys = list(STORY)
    ids = rnd.sample(range(1, n + 1), len(keys))
    slots = dict(zip(ids, keys))
    used_parent = set()
    for k in keys:
        for p in STORY[k][3:5]:
            if p: used_parent.add(p.lower())
    used_pmail = set()
    story_names = {(STORY[k][0], STORY[k][1]) for k in keys}
    recs = {}
    fam_pool = []   # families available for siblings
    for i in range(1, n + 1):
        if i in slots:
            k = slots[i]; f, l, c, p1, p2 = STORY[k]
        else:
            c = rnd.choice(CLASSES_FINAL * 2 + CLASSES_LOW)
            if fam_pool and rnd.random() < 0.10:
                l, p1, p2 = fam_pool.pop(rnd.randrange(len(fam_pool)))
            else:
                l = rnd.choice(LAST)
                while True:
                    pf = rnd.choice(PFIRST); style = rnd.random()
                    if style < 0.45: p1 = f"{slugname(pf)}.{slugname(l)}@{rnd.choice(PROV)}"
                    elif style < 0.65: p1 = f"{slugname(l)}.{slugname(pf)}@{rnd.choice(PROV)}"
                    elif style < 0.85: p1 = f"{slugname(pf)}.{slugname(rnd.choice(LAST))}@{rnd.choice(PROV)}"  # own surname
                    else: p1 = f"{slugname(pf)[0]}{slugname(l)}{rnd.randint(1,99)}@{rnd.choice(PROV)}"
                    if p1 not in used_parent: break
                used_parent.add(p1)
                p2 = ""
                if rnd.random() < 0.55:
                    while True:
                        pf = rnd.choice(PFIRST)
                        p2 = f"{slugname(pf)}.{slugname(rnd.choice(LAST + [l]))}@{rnd.choice(PROV)}"
                        if p2 not in used_parent: break
                    used_parent.add(p2)
                fam_pool.append((l, p1, p2))
            while True:
                f = rnd.choice(FIRST)
                if (f, l) not in story_names: break
        base = f"{slugname(f)}.{slugname(l)}"
        m = base; j = 2
        while m in used_pmail: m = f"{base}{j}"; j += 1
        used_pmail.add(m)
        pp = Pupil(f"P{i:04d}", f, l, c, f"{m}@{PUPILDOM}", p1, p2)
        ROSTER.append(pp)
        if i in slots: P[slots[i]] = pp
    return ROSTER

def write_roster(path):
    out = ["Intern nummer;Voornaam;Naam;Klas;E-mailadres leerling;E-mailadres ouder 1;E-mailadres ouder 2"]
    for p in ROSTER:
        out.append(";".join([p.id, p.first, p.last, p.klas, p.mail, p.p1, p.p2]))
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        fh.write("\r\n".join(out) + "\r\n")

# ---------------------------------------------------------------- checks helpers
def rrn(yy, mm, dd, seq):
    base = f"{yy:02d}{mm:02d}{dd:02d}{seq:03d}"
    num = int(("2" + base) if yy < 25 else base)
    cc = 97 - num % 97
    return f"{yy:02d}.{mm:02d}.{dd:02d}-{seq:03d}.{cc:02d}"

def iban_be(bank10):
    bank10 = f"{int(bank10):010d}"
    chk = int(bank10) % 97 or 97
    bban = f"{bank10}{chk:02d}"
    n = int(bban + "111400")  # B=11 E=14 + 00
    cd = 98 - n % 97
    s = f"BE{cd:02d}{bban}"
    return " ".join(s[i:i+4] for i in range(0, 16, 4))

def fmt_kbo(first8):
    c = 97 - first8 % 97
    s = f"{first8:08d}{c:02d}"
    return f"{s[0:4]}.{s[4:7]}.{s[7:10]}"

# ---------------------------------------------------------------- attachments
FIXED_DT = (2025, 1, 15, 9, 30, 0)
def _zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, FIXED_DT); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return bio.getvalue()

def _esc(s): return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def xlsx(rows, macro=False):
    ct_main = ("application/vnd.ms-excel.sheet.macroEnabled.main+xml" if macro else
               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else '') +
          f'<Override PartName="/xl/workbook.xml" ContentType="{ct_main}"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              + ('<Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>' if macro else '') +
              '</Relationships>')
    cells = []
    for r, row in enumerate(rows, 1):
        cs = "".join(f'<c r="{chr(65+c)}{r}" t="inlineStr"><is><t>{_esc(str(v))}</t></is></c>' for c, v in enumerate(row))
        cells.append(f'<row r="{r}">{cs}</row>')
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
             + "".join(cells) + '</sheetData></worksheet>')
    files = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
             ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet)]
    if macro:
        files.append(("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 56 + b"Attribute VB_Name = \"Module1\"\r\nSub Auto_Open()\r\nShell \"cmd /c start stage.bat\"\r\nEnd Sub\r\n"))
    return _zip(files)

def docx(paragraphs, macro=False):
    main = ("application/vnd.ms-word.document.macroEnabled.main+xml" if macro else
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else '') +
          f'<Override PartName="/word/document.xml" ContentType="{main}"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{_esc(p)}</w:t></w:r></w:p>' for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + body + '</w:body></w:document>')
    files = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)]
    if macro:
        files.append(("word/_rels/document.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'))
        files.append(("word/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 56 + b"Attribute VB_Name = \"ThisDocument\"\r\nSub AutoOpen()\r\nCall Shell(\"powershell -w hidden -c iex\")\r\nEnd Sub\r\n"))
    return _zip(files)

def pdf(lines):
    def pesc(s): return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 11 Tf 50 800 Td 14 TL\n" + "".join(f"({pesc(l)}) '\n" for l in lines) + "ET"
    cb = content.encode("latin-1", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(cb) + cb + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"; offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out)); out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out

def zipfiles(files): return _zip(files)

def fake_exe(tag):
    return b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 44 + b"\x80\x00\x00\x00" + \
           b"This program cannot be be run in DOS mode.\r\r\n$" + b"\x00" * 32 + b"PE\x00\x00" + tag.encode() + b"\x00" * 64

MIMETYPES = {"pdf": "application/pdf", "csv": "text/csv", "txt": "text/plain",
 "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
 "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
 "xlsm": "application/vnd.ms-excel.sheet.macroEnabled.12", "docm": "application/vnd.ms-word.document.macroEnabled.12",
 "zip": "application/zip", "exe": "application/x-msdownload", "js": "application/javascript", "bat": "application/x-msdos-program",
 "vbs": "text/vbscript", "iso": "application/x-iso9660-image", "jpg": "image/jpeg", "png": "image/png", "ps1": "application/octet-stream",
 "scr": "application/octet-stream", "ics": "text/calendar"}

# ---------------------------------------------------------------- mail building
MAILS = []
def mail(**kw):
    MAILS.append(kw)

def _addrs(lst): return [parseaddr(x)[1] for x in lst]

def _hdr_addr(lst):
    out = []
    for x in lst:
        n, a = parseaddr(x)
        out.append(formataddr((n, a), charset='utf-8') if n else a)
    return ", ".join(out)

def _subj(s):
    try:
        s.encode('ascii'); return s
    except UnicodeEncodeError:
        return Header(s, 'utf-8').encode()

def _enc_text(text, charset, cte):
    raw = text.replace("\r\n", "\n").replace("\n", "\r\n").encode(charset)
    if cte == "base64":
        return base64.encodebytes(raw).decode().replace("\n", "\r\n")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode('ascii').replace("\r\n", "\n").replace("\n", "\r\n")
    return raw.decode(charset)  # 8bit: returned as str, re-encoded at write

def _part(ctype, text, charset, cte):
    h = f"Content-Type: {ctype}; charset=\"{charset}\"\r\nContent-Transfer-Encoding: {cte}\r\n\r\n"
    return h + _enc_text(text, charset, cte)

def _att(fn, data):
    ext = fn.rsplit(".", 1)[-1].lower()
    mt = MIMETYPES.get(ext, "application/octet-stream")
    if isinstance(data, str): data = data.encode("utf-8")
    b64 = base64.encodebytes(data).decode().replace("\n", "\r\n")
    fnh = fn
    try: fn.encode('ascii')
    except UnicodeEncodeError: fnh = Header(fn, 'utf-8').encode()
    return (f"Content-Type: {mt}; name=\"{fnh}\"\r\nContent-Description: {fnh}\r\n"
            f"Content-Disposition: attachment; filename=\"{fnh}\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + b64)

def render(m, n, date):
    frm = m['frm']; to = m.get('to', []); cc = m.get('cc', [])
    charset = m.get('charset', 'utf-8'); cte = m.get('cte', '8bit')
    h = hashlib.sha1(f"batch61-{n}-{m['slug']}".encode()).hexdigest()
    dom = parseaddr(frm)[1].split("@")[1]
    msgid = m.get('msgid') or f"<{h[:8].upper()}{h[8:20]}.{n:03d}@{dom}>"
    hdr = [f"From: {_hdr_addr([frm])}"]
    if to: hdr.append(f"To: {_hdr_addr(to)}")
    else: hdr.append("To: undisclosed-recipients:;")
    if cc: hdr.append(f"Cc: {_hdr_addr(cc)}")
    hdr += [f"Subject: {_subj(m['subject'])}", f"Date: {date}", f"Message-ID: {msgid}"]
    if m.get('reply'):
        irt = f"<{h[20:36]}.re@{m.get('reply_dom', dom)}>"
        hdr += [f"In-Reply-To: {irt}", f"References: {irt}"]
    if m.get('importance'): hdr.append("Importance: high")
    hdr.append("MIME-Version: 1.0")
    hdr.append(f"X-Mailer: {m.get('mailer', 'Microsoft Outlook 16.0')}")
    text, html, atts = m.get('text'), m.get('html'), m.get('att', [])
    B = f"_{n:03d}_batch61_{h[:10]}_"
    if html and text:
        body = f"Content-Type: multipart/alternative; boundary=\"{B}alt\"\r\n\r\n--{B}alt\r\n" + _part("text/plain", text, charset, cte) + \
               f"\r\n--{B}alt\r\n" + _part("text/html", html, charset, m.get('hcte', 'quoted-printable')) + f"\r\n--{B}alt--\r\n"
    elif html:
        body = _part("text/html", html, charset, m.get('hcte', 'quoted-printable'))
    else:
        body = _part("text/plain", text, charset, cte)
    if atts:
        inner = body
        body = f"Content-Type: multipart/mixed; boundary=\"{B}mix\"\r\n\r\nThis is a multi-part message in MIME format.\r\n\r\n--{B}mix\r\n" + inner + \
               "".join(f"\r\n--{B}mix\r\n" + _att(fn, data) for fn, data in atts) + f"\r\n--{B}mix--\r\n"
    msg = "\r\n".join(hdr) + "\r\n" + body
    msg = msg.replace("\r\n", "\n").replace("\n", "\r\n")
    return msg.encode(charset if cte == '8bit' else 'ascii')

# ---------------------------------------------------------------- shortcuts used by the mail modules
def par(k, i=1): return P[k].p1 if i == 1 else P[k].p2
def lp(k): return P[k].mail
def nm(k): return P[k].name
def fn(k): return P[k].first
def kl(k): return P[k].klas

# outside partners (all invented)
C = {
 'vdp': 'Luc Vandeputte <luc@garagevandeputte.be>',            # Garage Vandeputte BV, Heverlee
 'adl': 'Jens Moors <werkplaats@autodijleland.be>',            # Autobedrijf Dijleland NV, Leuven
 'tl': 'Greet Van Esch <greet.vanesch@wzcterlinde.be>',        # WZC Ter Linde, Kessel-Lo
 'htb': 'Ine Raes <ine.raes@hofterbeuken.be>',                 # WZC Hof ter Beuken, Herent
 'esm': 'Kevin Smets <kevin@elektrosmets.be>',                 # Elektro Smets BV, Wilsele
 'vli': 'Peter Van Lint <planning@vanlint-installaties.be>',   # Van Lint & Zonen, Bertem
 'spv': 'Sanne Wauters <info@despeelvogel.be>',                # kinderdagverblijf De Speelvogel
 'azd': 'Veerle Pauwels <stages@azdijlevallei.be>',            # AZ Dijlevallei
 'dup': 'Jean-Luc Dupont <contact@garagedupont-wavre.be>',     # Garage Dupont SA, Wavre (fr)
 'til': 'Catherine Lemaire <stages@lestilleuls-ottignies.be>', # Résidence Les Tilleuls (fr)
 'nfl': 'Mark Jensen <m.jensen@nordfleet.eu>',                 # NordFleet Logistics (en)
 'clb': 'Ellen Bogaert <ellen.bogaert@clbdijleland.be>',       # CLB
 'ins': 'Koen Lauwers <schade@dijleverzekeringen.be>',         # school insurer
 'spz': 'StagePlaza support <support@stageplaza.be>',          # internship platform vendor
 'soc': 'Lies Geens <lies.geens@sociaalhuisdijle.be>',         # social services
 'prv': 'Preventa Dijle <medisch@preventadijle.be>',           # external prevention service
 'thz': 'Bieke Joris <bieke.joris@thuiszorgdijleland.be>',     # home care org
 'kdv': 'Wendy Sterckx <wendy@kinderopvangdeknuffel.be>',      # kinderopvang De Knuffel
}
def CA(k): return parseaddr(C[k])[1]

def html_doc(inner, charset="utf-8"):
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n'
            f'<head><meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif} '
            'table.MsoTableGrid{border-collapse:collapse}</style></head>\n'
            '<body lang="NL-BE" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n' + inner + '\n</div></body></html>\n')

def p_html(text):
    out = []
    for para in text.strip("\n").split("\n"):
        out.append(f'<p class="MsoNormal">{_esc(para) if para.strip() else "&nbsp;"}</p>')
    return "\n".join(out)

def table_html(rows):
    out = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="4">']
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        out.append("<tr>" + "".join(f'<{tag} style="border:solid windowtext 1.0pt"><p class="MsoNormal">{_esc(str(c))}</p></{tag}>' for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)

def table_text(rows):
    w = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(str(c).ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in rows)

def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))
