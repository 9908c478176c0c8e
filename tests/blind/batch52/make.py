#!/usr/bin/env python3
"""batch52 - blind labelled outbound mail: Erasmus+ internships abroad (Spain, Ireland, Finland).
Deterministic: writes NNN-slug.eml, labels.yaml and roster.csv next to this script. Stdlib only."""
import os, random, io, zipfile, datetime, unicodedata, html as H
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.base import MIMEBase
from email import encoders, charset as ecs
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(5252)

# ---------------------------------------------------------------- roster
def norm(s):
    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode()
    return ''.join(ch for ch in s.lower() if ch.isalnum())

FEAT = [  # key, first, last, class, parent1, parent2
 ('lotte','Lotte','Peeters','5HT','gert.peeters@telenet.be','veerle.goris@skynet.be'),
 ('jonasp','Jonas','Peeters','6EM','an.peeters77@gmail.com',''),
 ('ruben','Ruben','Vermeulen','6EM','kris.vermeulen@telenet.be','nathalie.deckers@hotmail.com'),
 ('emmav','Emma','Vermeiren','5HT','kris.vermeiren@telenet.be',''),
 ('yasminea','Yasmine','El Amrani','6HT','elamrani.mohamed@gmail.com','fatima.ouali@hotmail.com'),
 ('yasmineb','Yasmine','Bouzid','5ICT','bouzid.family@outlook.com',''),
 ('wout','Wout','Janssens','6ICT','sarah.claes@telenet.be','dirk.janssens@proximus.be'),
 ('fien','Fien','Janssens','3EL','sarah.claes@telenet.be','dirk.janssens@proximus.be'),
 ('arne','Arne','Claes','5EM','claes.joris@skynet.be',''),
 ('milan','Milan','Claes','6EM','ilse.wouters@gmail.com',''),
 ('lucasd','Lucas','Dubois','6EM','famille.dubois@skynet.be',''),
 ('lucasm','Lucas','Mertens','5EM','bert.mertens@telenet.be','sofie.celis@gmail.com'),
 ('noor','Noor','Van Damme','6HT','els.vanhove@icloud.com','tim.vandamme@telenet.be'),
 ('noorh','Noor','Hermans','5HT','hermans.gezin@telenet.be',''),
 ('amir','Amir','Haddad','6ICT','r.haddad@gmail.com',''),
 ('sara','Sara','Nowak','5ICT','k.nowak@outlook.com',''),
 ('bram','Bram','Willems','6EM','luc.willems@telenet.be','mieke.bosmans@telenet.be'),
 ('jana','Jana','Willems','5HT','luc.willems@telenet.be','mieke.bosmans@telenet.be'),
 ('elif','Elif','Yilmaz','5HT','yilmaz.hakan@hotmail.com','ayse.yilmaz@gmail.com'),
 ('mohamed','Mohamed','Benali','6EM','benali.k@gmail.com',''),
 ('kobe','Kobe','Maes','5EM','griet.lenaerts@telenet.be',''),
 ('laura','Laura','Maes','6HT','johan.maes@proximus.be',''),
 ('seppe','Seppe','Goossens','6ICT','inge.goossens@telenet.be',''),
 ('hanne','Hanne','Smets','6HT','smets.paul@skynet.be',''),
 ('jarne','Jarne','Vos','5EM','vos.gezin@gmail.com',''),
 ('ines','Inès','Lambert','5HT','c.lambert@skynet.be',''),
 ('viktor','Viktor','Ivanov','6ICT','ivanov.elena@gmail.com',''),
 ('lisa','Lisa','De Smet','6HT','desmet.marc@telenet.be','katrien.pauwels@hotmail.com'),
 ('tibo','Tibo','De Smedt','5EM','koen.desmedt@telenet.be',''),
 ('zoe','Zoë','Verbruggen','5ICT','an.verbruggen@icloud.com',''),
 ('daan','Daan','Michiels','6EM','peter.michiels@telenet.be','linda.claessens@skynet.be'),
 ('marie','Marie','Michiels','5HT','peter.michiels@telenet.be','linda.claessens@skynet.be'),
 ('kiano','Kiano','Mbala','6ICT','pleegzorg.verhaegen@telenet.be',''),
 ('aya','Aya','Bakkali','5HT','bakkali.n@hotmail.com',''),
 ('stan','Stan','Leysen','6EM','leysen.dirk@telenet.be',''),
 ('febe','Febe','Wuyts','5HT','karen.peetermans@telenet.be',''),
 ('robbe','Robbe','Aerts','5EM','aerts.filip@proximus.be','nele.aerts@gmail.com'),
 ('jade','Jade','Aerts','6HT','aerts.filip@proximus.be','nele.aerts@gmail.com'),
 ('nathan','Nathan','Lemmens','6ICT','lemmens.gezin@skynet.be',''),
 ('ilias','Ilias','Amrani','5ICT','h.amrani@gmail.com',''),
 ('louise','Louise','Jacobs','6HT','jacobs.tom@telenet.be',''),
 ('mats','Mats','Vandenberghe','5EM','vandenberghe.s@outlook.com',''),
 ('emmal','Emma','Lambrechts','6HT','lambrechts.ria@telenet.be',''),
 ('ayoub','Ayoub','Chakir','6EM','chakir.a@gmail.com',''),
 ('lena','Lena','Schmidt','5ICT','schmidt.familie@gmx.de',''),
 ('warre','Warre','Cools','6EM','evy.cools@telenet.be',''),
 ('julie','Julie','Cools','5HT','cools.geert@skynet.be',''),
 ('senne','Senne','Hendrickx','5EM','hendrickx.b@telenet.be',''),
 ('oumaima','Oumaima','Tahiri','6HT','tahiri.fam@hotmail.com',''),
 ('tuur','Tuur','Van Hoof','6ICT','sofie.vanhoof@gmail.com',''),
 ('olivia','Olivia','Kowalczyk','5HT','kowalczyk.m@gmail.com',''),
 ('jef','Jef','Coppens','6EM','hilde.coppens@telenet.be',''),
 ('nina','Nina','Coppens','5ICT','coppens.rik@proximus.be',''),
 ('dries','Dries','Verhoeven','5EM','verhoeven.d@telenet.be',''),
 ('amina','Amina','Diallo','6HT','diallo.mariam@gmail.com',''),
 ('lars','Lars','Bogaerts','6ICT','tine.bogaerts@telenet.be',''),
 ('charlotte','Charlotte','Dewulf','5HT','dewulf.c@skynet.be',''),
 ('youssef','Youssef','El Idrissi','6EM','elidrissi.y@gmail.com',''),
 ('finn','Finn','Van Acker','5ICT','vanacker.gezin@telenet.be',''),
 ('mila','Mila','Geerts','6HT','geerts.k@telenet.be',''),
]
FIRSTS = ['Lucas','Noah','Louis','Arthur','Jules','Liam','Adam','Victor','Finn','Mathis','Elias','Milan','Vic',
 'Emma','Olivia','Louise','Nora','Marie','Lina','Ella','Mila','Julie','Noor','Lotte','Fleur','Hanne','Zoë',
 'Mohamed','Ayoub','Rayan','Ibrahim','Sami','Bilal','Yassin','Omar','Hamza','Nour','Salma','Imane','Aya',
 'Oliwia','Jakub','Mateo','Andrei','Ioana','Daria','Emir','Elif','Kerem','Thibault','Chloé','Manon','Maxime',
 'Seppe','Wout','Jarne','Robbe','Lander','Warre','Mauro','Stan','Jens','Brent','Kato','Fien','Amber','Janne']
LASTS = ['Peeters','Janssens','Maes','Jacobs','Mertens','Willems','Claes','Goossens','Wouters','De Smet',
 'Dubois','Lambert','Dupont','Hermans','Vermeulen','Aerts','Pauwels','Smets','Van Damme','Wuyts',
 'Verstraeten','Michiels','Stevens','Van Dyck','Desmet','Segers','Lemmens','Bogaerts','Martens','Coppens',
 'Benali','El Ouardi','Bouzidi','Amrani','Haddouchi','Aydin','Kaya','Demir','Nowicki','Popescu','Kowalski',
 'Nguyen','Tshibangu','Mukendi','Van Loon','Luyten','Vandevelde','Geens','Celis','Boonen','Daems','Thys']
PROV = ['telenet.be','telenet.be','skynet.be','proximus.be','gmail.com','gmail.com','hotmail.com','outlook.com','icloud.com']
CLASSES = ['1A','1B','1C','2A','2B','3EL','3MT','3HT','4EL','4MT','4HT','5EM','5HT','5ICT','6EM','6HT','6ICT']
MOMS = ['Ann','Katrien','Sofie','Els','Nathalie','Inge','Veerle','Hilde','Karen','Leen','Fatima','Samira','Ewa']
DADS = ['Bart','Tom','Kris','Peter','Johan','Dirk','Koen','Geert','Tim','Hassan','Ahmed','Marek','Jan']

used_names = {(f[1], f[2]) for f in FEAT}
used_par = set()
for f in FEAT:
    used_par.update(a for a in f[4:6] if a)
recs = []
for f in FEAT:
    recs.append(dict(key=f[0], first=f[1], last=f[2], klas=f[3], p1=f[4], p2=f[5]))
prev = None
while len(recs) < 300:
    if prev and R.random() < 0.12:          # sibling of previous generated pupil: same parents
        last, p1, p2 = prev['last'], prev['p1'], prev['p2']
    else:
        last = R.choice(LASTS)
        prov = R.choice(PROV)
        style = R.randint(0, 4)
        if style == 0: p1 = f"{norm(R.choice(DADS))}.{norm(last)}@{prov}"
        elif style == 1: p1 = f"{norm(last)}.{norm(R.choice(MOMS))[0]}@{prov}"
        elif style == 2: p1 = f"{norm(R.choice(MOMS))}.{norm(R.choice(LASTS))}@{prov}"   # mother's own surname
        elif style == 3: p1 = f"fam.{norm(last)}{R.randint(1,99)}@{prov}"
        else: p1 = f"{norm(R.choice(MOMS))}{norm(last)}{R.randint(60,89)}@{prov}"
        p2 = ''
        if R.random() < 0.4:
            p2 = f"{norm(R.choice(DADS))}.{norm(last)}{R.randint(1,9)}@{R.choice(PROV)}"
        if p1 in used_par or (p2 and p2 in used_par):
            continue
    first = R.choice(FIRSTS)
    if (first, last) in used_names:
        continue
    used_names.add((first, last)); used_par.add(p1)
    if p2: used_par.add(p2)
    r = dict(key=None, first=first, last=last, klas=R.choice(CLASSES), p1=p1, p2=p2)
    recs.append(r); prev = r
R.shuffle(recs)
used_mail = set()
F = {}
for i, r in enumerate(recs, 1):
    r['id'] = f"P{i:04d}"
    base = f"{norm(r['first'])}.{norm(r['last'])}"
    m = base; n = 2
    while m in used_mail:
        m = f"{base}{n}"; n += 1
    used_mail.add(m)
    r['mail'] = m + '@leerling.sintpieterscollege.be'
    if r['key']: F[r['key']] = r

def nm(k): return f"{F[k]['first']} {F[k]['last']}"
def fn(k): return F[k]['first']
def p1(k): return F[k]['p1']
def pid(*ks): return [F[k]['id'] for k in ks]
def parents_of(klasses):
    out = []
    for r in recs:
        if r['klas'] in klasses:
            for a in (r['p1'], r['p2']):
                if a and a not in out: out.append(a)
    return out

# ---------------------------------------------------------------- numbers
def rrn(y, m, d, serial):
    base = f"{y % 100:02d}{m:02d}{d:02d}{serial:03d}"
    n = int(('2' if y >= 2000 else '') + base)
    c = 97 - n % 97
    return f"{base[:2]}.{base[2:4]}.{base[4:6]}-{base[6:9]}.{c:02d}"

def iban(bank10):
    acct = bank10 + f"{(int(bank10) % 97) or 97:02d}"
    chk = 98 - int(acct + '111400') % 97
    s = f"BE{chk:02d}{acct}"
    return ' '.join(s[i:i+4] for i in range(0, 16, 4))

# ---------------------------------------------------------------- people
LDW = ('Leen De Witte', 'leen.dewitte@sintpieterscollege.be')
BVH = ('Bart Vanhoof', 'bart.vanhoof@sintpieterscollege.be')
DIR = ('Directie Sint-Pieterscollege', 'directie@spc.ksleuven.be')
KWO = ('Katrien Wouters', 'katrien.wouters@sintpieterscollege.be')
SMA = ('Sofie Maes', 'sofie.maes@sintpieterscollege.be')
SEC = ('Leerlingensecretariaat SPC', 'leerlingensecretariaat@spc.ksleuven.be')
MJA = ('Marc Jacobs', 'boekhouding@spc.ksleuven.be')
TVE = ('Tom Verbeeck', 'tve@spc.ksleuven.be')
PLE = ('Pieter Lemmens', 'pieter.lemmens@sintpieterscollege.be')
ASM = ('Ann Smets', 'ann.smets@sintpieterscollege.be')
EVB = ('Els Van den Broeck', 'evdb@spc.ksleuven.be')
DHE = ('Dirk Hermans', 'dirk.hermans@sintpieterscollege.be')
PERS = 'personeel@spc.ksleuven.be'
TRAVEL = ('Nathalie Wuyts - Dijlereizen', 'groepen@dijlereizen.be')
INS = ('Arcea Verzekeringen - dossierbeheer scholen', 'scholen@arcea-verzekeringen.be')
ESORG = ('Marta Giménez', 'marta.gimenez@movilidadfp-valencia.es')
ESCO = ('Javier Ortega', 'jortega@talleresalbeniz.es')
ESHOT = ('Lucía Navarro', 'rrhh@hotelcostaserena.es')
IEORG = ('Aoife Byrne', 'aoife@corkplacements.ie')
IECO = ('Siobhan Murphy', 's.murphy@leevalleyeng.ie')
FIORG = ('Mikko Laine', 'mikko.laine@pirkanmaavoc.fi')
CLB = ('Griet Vandeputte', 'griet.vandeputte@clbdijleland.be')
OCMW = ('Sociale dienst OCMW Leuven', 'sociale.dienst@ocmw-leuven.be')
NA = ('Erasmus+ helpdesk', 'helpdesk@na-erasmusplus-vl.be')
SCHOOLTEL = '016 29 41 70'

def sg(p, role, phone=False, en=False, short=False):
    if short:
        return f"\n\n{p[0].split()[0]}\n"
    s = "\n\nKind regards,\n\n" if en else "\n\nMet vriendelijke groeten,\n\n"
    s += f"{p[0]}\n{role}\nSint-Pieterscollege Leuven | Stroom\n"
    if phone:
        s += f"T +32 16 29 41 70\n" if en else f"Tel. {SCHOOLTEL}\n"
    return s

IPHONE = "\n\nVerzonden vanaf mijn iPhone\n"

# ---------------------------------------------------------------- mail builder
MAILS = []
PH = {'p': (datetime.datetime(2025, 1, 6, 7, 30), 52), 'a': (datetime.datetime(2025, 3, 3, 7, 0), 32),
      'r': (datetime.datetime(2025, 4, 7, 7, 30), 38)}

def mkdate(ph):
    start, days = PH[ph]
    d = start + datetime.timedelta(days=R.randint(0, days - 1), minutes=R.randint(0, 13 * 60))
    if d.weekday() >= 5:
        d += datetime.timedelta(days=7 - d.weekday())
    off = 2 if (d.month > 3 or (d.month == 3 and d.day >= 30)) else 1
    return d.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off)))

def addr(x):
    if isinstance(x, tuple):
        return formataddr(x)
    return x

def bare(x):
    return x[1] if isinstance(x, tuple) else x

def textpart(text, sub='plain', enc='8bit', cs='utf-8'):
    c = ecs.Charset(cs)
    c.body_encoding = {'8bit': None, 'qp': ecs.QP, 'b64': ecs.BASE64}[enc]
    p = MIMENonMultipart('text', sub)
    p.set_payload(text, c)
    return p

def to_html(text):
    out = []
    for para in text.split('\n\n'):
        out.append('<p>' + H.escape(para).replace('\n', '<br>\n') + '</p>')
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Calibri,sans-serif;font-size:11pt">\n' + '\n'.join(out) + '\n</body></html>\n')

def table_html(headers, rows):
    h = '<table border="1" cellpadding="4" style="border-collapse:collapse">\n<tr>' + ''.join(
        f'<th>{H.escape(c)}</th>' for c in headers) + '</tr>\n'
    for r in rows:
        h += '<tr>' + ''.join(f'<td>{H.escape(str(c))}</td>' for c in r) + '</tr>\n'
    return h + '</table>\n'

def table_txt(headers, rows):
    return '\n'.join(['\t'.join(headers)] + ['\t'.join(str(c) for c in r) for r in rows])

def add(slug, frm, to, subj, body, rules=(), cats=None, about=(), mis=False, note='', lang='nl', tags=(),
        cc=(), bcc=(), enc='8bit', kind='plain', htmlbody=None, atts=(), ph='p', env_from=None, cs='utf-8',
        mailer=None):
    n = len(MAILS) + 1
    fname = f"{n:03d}-{slug}.eml"
    date = mkdate(ph)
    fmt = []
    if kind == 'plain':
        part = textpart(body, 'plain', enc, cs)
        fmt.append({'8bit': 'plain', 'qp': 'plain-qp', 'b64': 'plain-base64'}[enc] if cs == 'utf-8' else 'plain-cp1252')
    elif kind == 'html':
        part = textpart(htmlbody or to_html(body), 'html', enc if enc != '8bit' else 'qp')
        fmt.append('html-only')
    else:  # alt
        part = MIMEMultipart('alternative')
        part.attach(textpart(body, 'plain', enc if enc != '8bit' else 'qp', cs))
        part.attach(textpart(htmlbody or to_html(body), 'html', 'qp' if enc in ('8bit', 'qp') else enc, cs))
        fmt.append('alt')
    if atts:
        msg = MIMEMultipart('mixed')
        msg.attach(part)
        for (fnm, data, mt) in atts:
            ma, sb = mt.split('/')
            a = MIMEBase(ma, sb)
            a.set_payload(data)
            encoders.encode_base64(a)
            a.add_header('Content-Disposition', 'attachment', filename=fnm)
            msg.attach(a)
            fmt.append('attachment-' + fnm.rsplit('.', 1)[-1].lower())
    else:
        msg = part
    msg['From'] = addr(frm)
    msg['To'] = ', '.join(addr(x) for x in to) if to else 'undisclosed-recipients:;'
    if cc:
        msg['Cc'] = ', '.join(addr(x) for x in cc)
    msg['Subject'] = Header(subj, 'utf-8') if any(ord(ch) > 127 for ch in subj) else subj
    msg['Date'] = format_datetime(date)
    dom = bare(frm).split('@')[1]
    msg['Message-ID'] = f"<{date.strftime('%Y%m%d%H%M%S')}.{n:03d}.b52@{dom}>"
    if subj.lower().startswith(('re:', 'antw:', 'aw:')):
        msg['In-Reply-To'] = f"<{(date - datetime.timedelta(hours=5)).strftime('%Y%m%d%H%M%S')}.q{n:03d}@mail.example-thread.net>"
    msg['X-Mailer'] = mailer or ('Microsoft Outlook 16.0' if kind != 'plain' else 'Microsoft Outlook 16.0')
    if 'phone' in tags:
        del msg['X-Mailer']; msg['X-Mailer'] = 'iPhone Mail (22D72)'
    if bcc:
        fmt.append('bcc-envelope')
    fmt.extend(tags)
    rcpt = []
    for x in list(to) + list(cc) + list(bcc):
        b = bare(x)
        if b not in rcpt: rcpt.append(b)
    for i, p in enumerate(msg.walk()):
        if p.is_multipart():
            p.set_boundary(f"----=_NextPart_b52_{n:03d}_{i}_{date.strftime('%H%M%S')}")
    MAILS.append(dict(fname=fname, msg=msg, rules=list(rules), cats=cats, mail_from=env_from or bare(frm), rcpt=rcpt,
                      about=list(about), mis=mis, note=note, lang=lang, fmt=fmt))

def csvbytes(rows, sep=';', bom=True):
    s = '\r\n'.join(sep.join(r) for r in rows) + '\r\n'
    return (('\ufeff' if bom else '') + s).encode('utf-8')

def zipbytes(files):
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 2, 3, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return b.getvalue()

def fakebin(tag, size=1500):
    rr = random.Random(tag)
    return bytes(rr.randrange(256) for _ in range(size))

PDF = lambda t: (b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + t.encode() + b"\n" + fakebin(t, 800) + b"\n%%EOF\n")
XLSX = lambda t: b"PK\x03\x04" + fakebin('x' + t, 1200)
DOCX = lambda t: b"PK\x03\x04" + fakebin('d' + t, 1200)
EXE = lambda t: b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + fakebin('e' + t, 2000)
OLE = lambda t: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + fakebin('o' + t, 1500)


# ================================================================ 1. credentials (password)
PW = ['password']
add('login-boekingsportaal', LDW, [BVH], 'Login portaal Dijlereizen',
    "Hoi Bart,\n\nVrijdag ben ik op studiedag. Mocht Dijlereizen bellen over de namenlijst voor Valencia: je kan zelf "
    "inloggen op portal.dijlereizen.be.\n\nGebruiker: spc-leuven-groepen\nWachtwoord: Dijle!Reis2025\n\n"
    "De namen van de Cork-groep staan er al in, Tampere moet nog." + sg(LDW, 'Coördinator Erasmus+'),
    PW, note="booking portal username and password sent to a colleague")
add('eu-login-gsm', BVH, [LDW], 'EU Login',
    "Leen, het account van de school voor het Erasmus-platform: erasmus@spc.ksleuven.be\nww Kx7#pLm29q\n"
    "Niet doorsturen he" + IPHONE, PW, tags=['phone'], note="Erasmus+ platform (EU Login) password in a short phone mail")
add('wifi-bnb-cork', LDW, [PLE], 'Wifi B&B Cork',
    "Pieter,\n\nAoife stuurde me de gegevens van het wifinetwerk in het B&B waar jullie de eerste nacht slapen:\n\n"
    "Netwerk: LeeView_Guest\nSleutel: shamrock-4471-bay\n\nGoede reis!" + sg(LDW, 'Coördinator Erasmus+', short=True),
    PW, ph='a', note="Wi-Fi key of the B&B")
add('kluiscode-paspoorten', SEC, [LDW], 'Paspoorten Valencia-groep',
    "Dag Leen,\n\nDe paspoorten en identiteitskaarten van de Valencia-groep zijn binnen en liggen in de kluis van het "
    "secretariaat. Ik ben woensdagnamiddag niet op school; de code van de kluis is 7319#, de sleutel van de bovenste "
    "lade hangt binnenin.\n\nHilde" , PW, note="safe code where passports are stored")
add('printcode-b102', TVE, [PLE], 'Printcode kopieerder',
    "Pieter,\n\nJe persoonlijke printcode voor de kopieerder naast lokaal B102 is 55821. Daarmee kan je de "
    "boardingpasses van de Cork-groep in kleur afdrukken.\n\nTom - ICT", PW,
    note="personal printer code; room number B102 is a harmless look-alike in the same mail")
add('sms-code-platform', LDW, [BVH], 'code!!',
    "Bart ik krijg een verificatiecode op mijn gsm voor het Erasmus-platform maar zit in de klas. Code is 482 913, "
    "10 min geldig, kan jij nu inloggen en de mobiliteit van Tampere bevestigen?" + IPHONE, PW, tags=['phone'],
    note="one-time verification code forwarded")
add('herstelcodes-2fa', LDW, [KWO], 'Herstelcodes Erasmus-account',
    "Katrien,\n\nZoals afgesproken de herstelcodes van de tweestapsverificatie van ons Erasmus+-account, voor het "
    "geval ik mijn gsm verlies tijdens de reis naar Tampere. Elke code werkt één keer.\n\n"
    "  8f3k-29qa\n  n7cd-44xm\n  p2ze-81lr\n  w6tb-13hy\n  k9ru-70vd\n\nBewaar ze op papier in de kluis aub."
    + sg(LDW, 'Coördinator Erasmus+'), PW, note="2FA recovery codes")
ols = [('Voornaam', 'Naam', 'Klas', 'Login OLS', 'Startwachtwoord')]
ols_keys = ['hanne', 'aya', 'noor', 'lisa', 'louise', 'emmal', 'amina']
for i, k in enumerate(ols_keys):
    ols.append((F[k]['first'], F[k]['last'], F[k]['klas'], F[k]['mail'], f"OLS-{['Tulip', 'Cactus', 'Mango', 'Violin', 'Harbor', 'Pepper', 'Falcon'][i]}{31 + i * 7}"))
add('startwachtwoorden-ols', BVH, [EVB], 'Startwachtwoorden taalcursus Málaga-groep',
    "Dag Els,\n\nIn bijlage de logins en startwachtwoorden voor de online taalcursus Spaans van de Málaga-groep. "
    "Kan jij ze in je les van donderdag uitdelen? Ze moeten bij de eerste aanmelding een eigen wachtwoord kiezen."
    + sg(BVH, 'Stagecoördinator TSO'), PW, about=pid(*ols_keys),
    atts=[('OLS_logins_Malaga.csv', csvbytes(ols), 'text/csv')],
    note="start passwords of pupils in a CSV attachment; pupils listed, no sensitive facts")
add('pdf-wachtwoord-in-twee', LDW, [TRAVEL], 'Kopieën identiteitsdocumenten Valencia',
    "Dag Nathalie,\n\nIn bijlage de kopieën van de identiteitsdocumenten van de Valencia-groep, in een beveiligde pdf.\n"
    "Het wachtwoord stuur ik in twee stukken, zoals jullie vroegen.\n\nEerste deel: Stroom\n\n"
    "(de rest van de mail gaat over de transfer)\n\nDe bus moet om 5u15 aan de school staan, niet 5u30.\n\n"
    "Tweede deel: _Erasmus25\n\nAlles aan elkaar, zonder spatie." + sg(LDW, 'Coördinator Erasmus+'),
    PW, atts=[('ID_Valencia_beveiligd.pdf', PDF('idval'), 'application/pdf')],
    note="password of the protected PDF split over two places in the mail")
add('wachtwoord-gespeld', BVH, [ASM], 'wat ik aan de telefoon zei',
    "Ann, nog eens op schrift want de lijn was slecht. Het wachtwoord van de gedeelde Málaga-map is: "
    "hoofdletter S, kleine t, r, o, o, m, dan twee nul twee vijf en een uitroepteken. Dus zonder spaties natuurlijk."
    + sg(BVH, '', short=True), PW, note="password spelled out letter by letter")
add('pincode-prepaidkaart', MJA, [LDW], 'Prepaid kaart reiskosten',
    "Leen,\n\nDe prepaid Mastercard voor de onkosten ter plaatse ligt in een gesloten envelop bij Hilde. "
    "De pincode is 6204. Bonnetjes bijhouden aub en na terugkomst binnenbrengen bij mij.\n\nMarc\nBoekhouding",
    PW, note="PIN of the school's prepaid card")
add('shared-folder-cork', LDW, [IEORG], 'Learning agreements - shared folder',
    "Dear Aoife,\n\nThe signed learning agreements for the Cork group are now in our shared folder:\n"
    "https://files.spc.ksleuven.be/s/erasmus-cork-2025\nPassword: CorkSPC-2025\n\nCould you let me know when "
    "the host companies have countersigned?" + sg(LDW, 'Erasmus+ co-ordinator', en=True), PW, lang='en',
    note="password of a shared folder sent to the Irish partner")
add('polis-pdf-wachtwoord', MJA, [INS], 'Deelnemerslijst reisverzekering Erasmus+ (beveiligd)',
    "Geachte,\n\nIn bijlage de deelnemerslijst voor de reisbijstandsverzekering (polis 44817/AB-2025). Het bestand "
    "is beveiligd; het wachtwoord is SPC44817-lijst.\n\nMet vriendelijke groeten,\nMarc Jacobs\nBoekhouding",
    PW, atts=[('deelnemers_erasmus_2025.pdf', PDF('polis'), 'application/pdf')],
    note="password of the participant list PDF; policy number itself is harmless")
add('tijdelijk-wachtwoord-leerling', TVE, [F['seppe']['mail']], 'Je account is gereset',
    f"Dag {fn('seppe')},\n\nJe Smartschool-account is gereset. Je tijdelijke wachtwoord is Welkom-8841. "
    "Kies bij je eerste aanmelding meteen een nieuw wachtwoord.\n\nTom - ICT", PW, about=pid('seppe'),
    note="temporary password sent to a pupil")
add('keysafe-gastgezin', LDW, [F['lars']['mail']], 'Fwd: arrival at the Murphy house',
    f"Lars, zie hieronder: als je zaterdag aankomt is er niemand thuis.\n\nLeen\n\n"
    "---------- Forwarded message ----------\nFrom: Mary O'Connell <mary.oconnell@eircom.net>\n"
    "Subject: arrival\n\nHi Leen, we'll be at a match on Saturday. Lars can let himself in: the keysafe is left of "
    "the front door, code 1916. House key is inside. Dinner at 7!\nMary", PW, about=pid('lars'), lang='nl',
    tags=['forward'], ph='a', note="key safe code of the host family forwarded to the pupil")
add('alarmcode-vertrek', KWO, [PLE], 'Vertrek Cork maandag',
    "Pieter,\n\nJij opent maandag om 4u de school voor het vertrek. Sleutel ligt bij de conciërge, de alarmcode "
    "is 2468 gevolgd door OFF. Na vertrek opnieuw inschakelen met dezelfde code.\n\nKatrien", PW, ph='a',
    note="alarm code of the school building")
add('airline-account', LDW, [BVH], 'Groepsboeking luchtvaartaccount',
    "Bart,\n\nVoor de groepsboeking naar Helsinki gebruiken we het account van vorig jaar.\n"
    "Login: erasmus@spc.ksleuven.be\nPaswoord: Vlieg2025!Grp\n\nKijk wel naar de bagageregels, het is anders dan bij "
    "Ryanair." + sg(LDW, '', short=True), PW, note="airline account login")
add('fwd-extranet-verzekeraar', MJA, [LDW], 'Fwd: Uw toegang tot het extranet',
    "Leen, voor als je schadegevallen moet aangeven vanuit Spanje.\n\nMarc\n\n-----Oorspronkelijk bericht-----\n"
    "Van: Arcea Verzekeringen <noreply@arcea-verzekeringen.be>\nOnderwerp: Uw toegang tot het extranet\n\n"
    "Beste klant,\nUw gebruikersnaam: SPC-0452\nUw wachtwoord: tR8!vQe2\nWijzig dit wachtwoord na de eerste aanmelding.",
    PW, tags=['forward'], note="forwarded extranet credentials of the insurer")
add('sleutelkast-minibus', DHE, [PLE], 'minibus',
    "Pieter, de minibus voor de luchthaven staat klaar. Code van het sleutelkastje aan de garage: 0815. "
    "Tank vol laten aub.\nDirk" + IPHONE, PW, tags=['phone'], ph='a', note="key box code")
add('fwd-wifi-tampere', BVH, [LDW], 'Fwd: Practical info Tampere',
    "Ter info, voor jouw bezoek in week 3.\n\n-------- Forwarded Message --------\nFrom: Mikko Laine\n"
    "Subject: Practical info Tampere\n\nDear Bart,\nWelcome! Guest wifi on campus: PVC-Vieras, key Tampere#Sauna77. "
    "Lunch is served from 10.30 in building C.\nMikko", PW, tags=['forward'], ph='a', lang='nl',
    note="Wi-Fi key forwarded")
acc_rows = [('Erasmus+ beheerplatform', 'erasmus@spc.ksleuven.be', 'Kx7#pLm29q'),
            ('Portaal Dijlereizen', 'spc-leuven-groepen', 'Dijle!Reis2025'),
            ('Extranet Arcea', 'SPC-0452', 'tR8!vQe2')]
add('overzicht-accounts-tabel', TVE, [LDW, BVH], 'Overzicht accounts Erasmus+',
    "Dag Leen en Bart,\n\nHieronder het overzicht van de gedeelde accounts voor het project.\n\n" +
    table_txt(('Platform', 'Gebruiker', 'Wachtwoord'), acc_rows) + "\n\nTom - ICT", PW, kind='alt',
    htmlbody='<html><body><p>Dag Leen en Bart,</p><p>Hieronder het overzicht van de gedeelde accounts voor het project.</p>'
    + table_html(('Platform', 'Gebruiker', 'Wachtwoord'), acc_rows) + '<p>Tom - ICT</p></body></html>',
    tags=['table'], note="HTML table of accounts with passwords")
add('teams-gastaccount-valencia', LDW, [ESORG], 'Guest access to our Teams',
    "Dear Marta,\n\nI created a guest account so you can join our Erasmus team and see the planning:\n\n"
    "user: gast.valencia@spc.ksleuven.be\npassword: Valencia*2025\n\nHasta pronto!" + sg(LDW, 'Erasmus+ co-ordinator', en=True),
    PW, lang='en', note="guest account password sent to Spanish partner")
add('fwd-temporary-password', BVH, [LDW], 'FW: Your account has been created',
    "Leen, dit kreeg ik van het taalplatform. Log jij in om de groepen aan te maken?\n\n"
    "________________________________\nFrom: OLS Support\nSubject: Your account has been created\n\n"
    "Welcome! Your coordinator account is ready.\nUsername: bart.vanhoof@sintpieterscollege.be\n"
    "Temporary password: 9fK2-mQ7x\n", PW, tags=['forward'], note="forwarded system mail with temporary password")
add('backupcodes-gedeeld-account', TVE, [KWO], 'Back-upcodes gedeeld mailaccount',
    "Katrien,\n\nDe back-upcodes voor het gedeelde account erasmus@spc.ksleuven.be:\n"
    "4417 9023\n5580 1176\n6302 8841\n7719 0254\n\nElke code kan maar één keer gebruikt worden.\n\nTom", PW,
    note="backup codes of shared account")
add('logins-txt', LDW, [BVH], 'logins',
    "Zie bijlage, voor als ik in Tampere zit.\nL.", PW,
    atts=[('logins_erasmus.txt', ("Erasmus+ platform: erasmus@spc.ksleuven.be / Kx7#pLm29q\r\n"
                                   "Dijlereizen portal: spc-leuven-groepen / Dijle!Reis2025\r\n"
                                   "OLS coordinator: leen.dewitte@sintpieterscollege.be / Ols#Leen2025\r\n").encode(), 'text/plain')],
    note="passwords in a .txt attachment")
add('zelfde-als-vorig-jaar', BVH, [ASM], 'Re: toegang map Málaga',
    "Ann, het wachtwoord is hetzelfde als vorig jaar maar met 2025 erachter: Erasmus2025!\n\nBart\n\n"
    "> Bart, ik kan de map niet openen, welk wachtwoord?\n> Ann", PW, tags=['reply'],
    note="password given in reply")
add('code-kluis-gsm', ASM, [('Hilde Goossens', 'hilde.goossens@sintpieterscollege.be')], 'kluis',
    "Hilde, ik haal morgen de paspoorten van de Málaga-groep. Code kluis is toch nog 1905? Bovenste lade." + IPHONE,
    PW, tags=['phone'], note="safe code in a short phone mail")
add('noodgsm-pin-puk', LDW, [BVH], 'Noodgsm reis',
    "Bart,\n\nDe noodgsm van de reis ligt in het secretariaat. PIN is 7742, PUK staat op het kaartje: 18305522. "
    "Graag opladen voor vertrek." + sg(LDW, '', short=True), PW, ph='a', note="PIN and PUK of emergency phone")
add('ols-coordinator-b64', LDW, [EVB], 'Coördinatoraccount taalcursus',
    "Dag Els,\n\nJij neemt de opvolging van de taalcursus over. Log in op het taalplatform met\n"
    "gebruiker: leen.dewitte@sintpieterscollege.be\nwachtwoord: Ols#Leen2025\n\nDank je!\nLeen", PW, enc='b64',
    note="password in a base64 body")
add('deurcode-kofferlokaal', SEC, [LDW], 'Koffers Tampere-groep',
    "Dag Leen,\n\nDe koffers van de Tampere-groep mogen vrijdag vanaf 15u in lokaal A012 gezet worden. "
    "De deurcode van het lokaal is 3141A, niet doorgeven aan de leerlingen aub. Kostprijs taxi naar de luchthaven: € 85.\n\n"
    "Groetjes,\nHilde – leerlingensecretariaat", PW, cs='windows-1252', enc='qp', ph='a',
    note="door code in a Windows-1252 body")
add('ouderportaal-login', LDW, [p1('lisa')], 'Ouderportaal Dijlereizen',
    f"Beste meneer De Smet,\n\nVia het ouderportaal van Dijlereizen kan u de kopie van de identiteitskaart van {fn('lisa')} "
    "opladen.\n\nUw persoonlijke login: lisa.desmet25\nWachtwoord: Zon-Malaga-61\n\n" + sg(LDW, 'Coördinator Erasmus+').strip(),
    PW, about=pid('lisa'), note="portal credentials sent to a parent; correctly addressed")
add('mobility-tool-html-qp', TVE, [BVH], 'Account Mobility Tool',
    "Bart,\n\nJe account voor het mobiliteitsplatform is aangemaakt.\nGebruikersnaam: bvanhoof.spc\n"
    "Wachtwoord: Mob!lity-7Q2\n\nTom", PW, kind='alt', enc='qp', note="credentials in an alternative text/HTML mail")
add('wachtwoord-met-handtekening', LDW, [PLE], 'Account noodlijn verzekeraar',
    "Pieter,\n\nVoor de bijstandsapp van de verzekeraar in Cork: gebruiker cork-groep-spc, wachtwoord Bijstand2025?\n"
    + sg(LDW, 'Coördinator Erasmus+', phone=True), ['password', 'personal_data'], ph='a',
    note="password plus school phone number in signature")
add('evaluatiemap-partners', LDW, [IECO, ESCO, FIORG], 'Evaluation forms - shared folder',
    "Dear partners,\n\nThe evaluation forms for our trainees are in one shared folder: "
    "https://files.spc.ksleuven.be/s/eval-2025 - password: Eval#Stroom25\n\nPlease fill in one form per trainee."
    + sg(LDW, 'Erasmus+ co-ordinator', en=True), ['password', 'bcc'], lang='en', ph='a',
    note="password; three external partners visible to each other in To")
add('portaal-vanuit-gmail', ('Bart Vanhoof', 'bart.vanhoof1979@gmail.com'), [LDW], 'portaal',
    "Leen, schoolmail ligt plat hier thuis, daarom via gmail. Login portaal Dijlereizen is spc-leuven-groepen / "
    "Dijle!Reis2025, kan jij de namen van Tampere toevoegen?\nBart", ['password', 'private_account'],
    note="staff member sends school credential from private gmail to colleague")
add('gastwifi-school', LDW, [FIORG], 'Your visit to Leuven',
    "Dear Mikko,\n\nFor your visit next week: our guest wifi is SPC-Gasten, password Dijle2025Gast. "
    "I will pick you up at Leuven station at 9.10." + sg(LDW, 'Erasmus+ co-ordinator', en=True), PW, lang='en', ph='r',
    note="school guest Wi-Fi password sent to partner")

# ================================================================ 2. look-alikes (must not fire)
add('pnr-vluchten-valencia', LDW, [TRAVEL], 'Re: Bevestiging groepsboeking Valencia',
    "Dag Nathalie,\n\nBedankt. Ik bevestig de boeking met referentie K7XQ2M: heenvlucht FR 2761 op 10 maart om 06:55 "
    "vanuit Zaventem, terugvlucht FR 2762 op 4 april. 14 leerlingen en 2 begeleiders, 20 kg ruimbagage per persoon.\n\n"
    "> Beste Leen, in bijlage de bevestiging van uw groepsboeking.\n" + sg(LDW, 'Coördinator Erasmus+'), [],
    tags=['reply'], note="booking reference and flight numbers are look-alikes, open nothing secret")
add('grant-agreement-nummer', KWO, [NA], 'Vraag over tussentijds rapport',
    "Geachte,\n\nMet betrekking tot onze subsidieovereenkomst 2024-1-BE02-KA121-VET-000187342 hebben wij een vraag: "
    "mogen wij een mobiliteit die door ziekte werd ingekort nog als volledige mobiliteit rapporteren?\n\n"
    "Met vriendelijke groeten,\n\nKatrien Wouters\nDirecteur Sint-Pieterscollege", [],
    note="grant agreement number is a look-alike; no pupil named")
add('polisnummer-vraag', MJA, [INS], 'Polis 44817/AB-2025 - dekking buitenland',
    "Geachte,\n\nGraag een bevestiging dat polis 44817/AB-2025 ook de stageperiode in Finland dekt (17/03 tot 11/04). "
    "Ons klantnummer is K-209913.\n\nMet vriendelijke groeten,\nMarc Jacobs\nBoekhouding", [],
    note="policy and client numbers are look-alikes")
add('wachtwoord-verloopt', BVH, [TVE], 'FW: Uw wachtwoord verloopt binnenkort',
    "Tom, moet ik dit zelf doen of via jou? Ik wil niet dat ik in Tampere buitengesloten word.\n\nBart\n\n"
    "-----Original Message-----\nFrom: Microsoft 365\nSubject: Uw wachtwoord verloopt binnenkort\n\n"
    "Uw wachtwoord verloopt over 5 dagen. Wijzig het via Instellingen > Beveiliging.", [], tags=['forward'],
    note="about password expiry, no password")
add('ols-wachtwoord-vergeten', LDW, [F['zoe']['mail']], 'Re: kan niet inloggen taalcursus',
    f"Dag {fn('zoe')},\n\nKlik op het aanmeldscherm op 'Forgot password?' en vul je leerlingenmailadres in. Je krijgt "
    "dan een link om een nieuw wachtwoord te kiezen. Lukt het niet, laat het me weten.\n\nMevr. De Witte\n\n"
    "> Mevrouw, ik kan niet meer inloggen op de taalcursus.", [], about=pid('zoe'), tags=['reply'],
    note="how to reset a password, no password; pupil's own mailbox")
add('zoom-valencia', LDW, [ESORG], 'Zoom: preparation meeting Valencia',
    "Dear Marta,\n\nJoin Zoom Meeting\nhttps://us06web.zoom.us/j/84522917730?pwd=QnJ3a2Zp\n\n"
    "Meeting ID: 845 2291 7730\nPasscode: 629174\n\nThursday 13 February, 15:00 CET." + sg(LDW, 'Erasmus+ co-ordinator', en=True),
    [], lang='en', note="meeting passcode in invitation is allowed")
add('teams-uitnodiging-cork', LDW, [IEORG], 'Teams meeting: mid-term review Cork',
    "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting\n\n"
    "Meeting ID: 372 118 904 55\nPasscode: fT3kQ9\n\nAgenda: attendance, learning outcomes, return flight.\n\nLeen De Witte",
    [], lang='en', kind='alt', ph='a', note="Teams invitation with passcode is allowed")
add('factuur-voorschot-ogm', MJA, [p1('jana')], 'Factuur voorschot Erasmus+ stage',
    f"Beste ouders,\n\nIn bijlage de factuur voor het voorschot van de Erasmus+-stage van {nm('jana')} "
    "(€ 150). Gelieve te betalen met de gestructureerde mededeling +++412/5531/20874+++ vóór 28 februari.\n\n"
    "Marc Jacobs\nBoekhouding", [], about=pid('jana'), atts=[('factuur_2025-0311.pdf', PDF('fact'), 'application/pdf')],
    note="ordinary invoice, payment reference is a look-alike; not unpaid, not sensitive; sent to sibling's shared parent (correct)")
add('lokalen-infosessie', EVB, [LDW], 'Lokalen infosessie Spaans',
    "Leen,\n\nDe infosessie voor de Málaga-groep gaat door in lokaal A014, de Valencia-groep in B207. Vakcode in "
    "Smartschool: PRO5-EM / SPA-5HT.\n\nEls", [], note="room numbers and course codes are look-alikes")
add('bestelnummer-kaarten', MJA, [LDW], 'Bestelling verzekeringskaarten',
    "Leen, de verzekeringskaartjes voor de begeleiders zijn besteld, bestelnummer ORD-2025-004417. "
    "Levering volgende week.\nMarc", [], note="order number is a look-alike")
add('helpdesk-wachtwoord', LDW, [F['amir']['mail']], 'Re: wachtwoord Smartschool',
    f"Dag {fn('amir')},\n\nIk kan jouw wachtwoord niet zien of opnieuw instellen. Stuur een mail naar ict@spc.ksleuven.be "
    "of ga langs bij de ICT-helpdesk tijdens de middagpauze.\n\nMevr. De Witte", [], about=pid('amir'), tags=['reply'],
    note="ask the helpdesk, no password")
add('oid-pic-nummers', LDW, [ESORG], 'Our organisation IDs',
    "Dear Marta,\n\nAs requested: our Organisation ID is E10209876 and our PIC is 912345678. The accreditation "
    "number is 2021-1-BE02-KA120-VET-000034512." + sg(LDW, 'Erasmus+ co-ordinator', en=True), [], lang='en',
    note="organisation identifiers are look-alikes")
add('treintickets-zaventem', LDW, [BVH], 'Treintickets Leuven - Zaventem',
    "Bart,\n\nDe treintickets voor de Tampere-groep zijn geboekt, dossiernummer 8841-2271-99, wagon 12, zitplaatsen "
    "41 tot 48. Vertrek Leuven 05:12.\n\nLeen", [], ph='a', note="ticket numbers and seats are look-alikes")
add('klascode-classroom', EVB, [EVB], 'Klascode Spaans voor de stage',
    "Beste leerlingen,\n\nVoor de opfrissing Spaans voor de stage: word lid van de klas in Google Classroom met de "
    "klascode x7hq2pd.\n\nMevr. Van den Broeck", [],
    bcc=[F[k]['mail'] for k in ('hanne', 'aya', 'noor', 'lisa', 'louise', 'emmal', 'amina', 'ayoub', 'mohamed')],
    note="class code is a look-alike; pupils in BCC only")
add('ticket-afgesloten', TVE, [LDW], 'Ticket INC0048213 afgesloten',
    "Dag Leen,\n\nTicket INC0048213 over de wachtwoordreset van je schoolaccount is afgesloten. Je kan opnieuw "
    "inloggen met het wachtwoord dat je zelf gekozen hebt.\n\nTom - ICT", [], note="ticket number, no password")

# ================================================================ 3. sensitive, correctly addressed
S = ['sensitive']
def C(*c): return {'sensitive': list(c)}
add('nut-allergy-host-family', LDW, [('Familia Soler', 'familia.soler.valencia@gmail.com')], 'Lotte - important health information',
    f"Dear Mrs Soler,\n\nThank you for hosting {nm('lotte')}. One important point: Lotte has a severe nut allergy "
    "(peanuts and tree nuts). She always carries two EpiPens. In case of a reaction, use the pen in the thigh and call 112.\n"
    "Please avoid nuts in her meals and tell us if anything is unclear." + sg(LDW, 'Erasmus+ co-ordinator', en=True),
    S, C('medical'), about=pid('lotte'), lang='en', note="named pupil's allergy sent to host family")
add('epilepsie-medicatie', LDW, [p1('ruben')], 'Medicatie Ruben tijdens stage',
    f"Beste meneer Vermeulen,\n\nVoor de stage in Valencia vragen we om de medicatie van {fn('ruben')} voor zijn "
    "epilepsie (Keppra) voor de volledige periode mee te geven in de handbagage, samen met het attest van de neuroloog in "
    "het Engels. De begeleider bewaart een reservestrip." + sg(LDW, 'Coördinator Erasmus+'), S, C('medical'),
    about=pid('ruben'), note="epilepsy medication of named pupil to his parent")
add('pols-gebroken-cork', PLE, [p1('wout')], 'Wout - val op de stageplaats',
    f"Beste mevrouw Claes,\n\nZoals telefonisch gemeld: {fn('wout')} is vanmiddag gevallen in de werkplaats van "
    "Lee Valley Engineering. In Cork University Hospital werd een breuk van de linkerpols vastgesteld; hij kreeg een gips "
    "en pijnstillers. Hij mag de komende twee weken enkel administratieve taken doen.\n\nGroeten,\nPieter Lemmens" + IPHONE,
    S, C('medical'), about=pid('wout'), tags=['phone'], ph='a',
    note="injury and hospital; mother's address has a different surname but is Wout's parent (correct)")
add('diabetes-handbagage', LDW, [TRAVEL], 'Medisch materiaal handbagage - groep Tampere',
    f"Dag Nathalie,\n\n{nm('elif')} heeft diabetes type 1. Ze neemt insulinepennen, een sensor en naalden mee in de "
    "handbagage. Kan u dit vooraf melden bij de luchtvaartmaatschappij? Het doktersattest volgt." + sg(LDW, 'Coördinator Erasmus+'),
    S, C('medical'), about=pid('elif'), note="diabetes of named pupil to the travel agency")
add('zwanger-annulatie', SMA, [KWO], 'Vertrouwelijk: annulatie stage Oumaima',
    f"Katrien,\n\n{nm('oumaima')} is 12 weken zwanger. De gynaecoloog raadt de reis naar Málaga af. Ze heeft "
    "gevraagd dat dit niet in de klas gedeeld wordt. Kan de annulatie via de verzekering lopen?\n\nSofie\nLeerlingenbegeleiding",
    S, C('medical'), about=pid('oumaima'), note="pregnancy of named pupil, internal mail")
diet = [(nm('hanne'), F['hanne']['klas'], 'Coeliakie - strikt glutenvrij'), (nm('aya'), F['aya']['klas'], '-'),
        (nm('noor'), F['noor']['klas'], 'Astma - inhaler (Ventolin) altijd bij'),
        (nm('louise'), F['louise']['klas'], 'Vegetarian')]
add('diet-medical-table-hotel', LDW, [ESHOT], 'Trainees March - dietary and medical notes',
    "Dear Lucía,\n\nBelow the notes for our four trainees at Hotel Costa Serena.\n\n" +
    table_txt(('Trainee', 'Class', 'Dietary / medical'), diet) + sg(LDW, 'Erasmus+ co-ordinator', en=True),
    S, C('medical'), about=pid('hanne', 'aya', 'noor', 'louise'), lang='en', kind='alt',
    htmlbody='<html><body><p>Dear Lucía,</p><p>Below the notes for our four trainees at Hotel Costa Serena.</p>'
    + table_html(('Trainee', 'Class', 'Dietary / medical'), diet) + '<p>Kind regards,<br>Leen De Witte</p></body></html>',
    tags=['table'], note="HTML table with coeliac disease and asthma of named pupils")
add('griep-tampere', BVH, [p1('tuur')], 'Tuur ziek',
    f"Beste mevrouw Van Hoof,\n\n{fn('tuur')} heeft sinds gisteren hoge koorts. De arts van het studentencentrum "
    "stelde griep vast en schreef paracetamol en twee dagen rust voor. Hij blijft in het internaat; ik ga elke middag "
    "langs.\n\nBart Vanhoof", S, C('medical'), about=pid('tuur'), ph='a',
    note="illness of named pupil to parent (parent shares surname with teacher, unrelated)")
meds = [(nm('ruben'), 'Valencia', 'Keppra 500 mg 2x/dag'), (nm('elif'), 'Tampere', 'insuline, sensor'),
        (nm('noor'), 'Málaga', 'Ventolin bij aanval'), (nm('jarne'), 'Valencia', 'Rilatine (ADHD) ochtend')]
add('medicatielijst-begeleiders', LDW, [PLE, ASM], 'Medicatielijst begeleiders',
    "Pieter, Ann,\n\nVoor in jullie map, niet doorgeven:\n\n" + table_txt(('Leerling', 'Bestemming', 'Medicatie'), meds) +
    "\n\nAttesten zitten in de rode map." + sg(LDW, '', short=True), S, C('medical', 'care'),
    about=pid('ruben', 'elif', 'noor', 'jarne'), tags=['table'], note="medication list incl. ADHD of named pupils")
add('schadeaangifte-wout', MJA, [INS], 'Schadeaangifte polis 44817/AB-2025',
    f"Geachte,\n\nHierbij de schadeaangifte voor {nm('wout')} (klas {F['wout']['klas']}), geboren op 14/06/2007, "
    f"rijksregisternummer {rrn(2007, 6, 14, 137)}.\nOngeval op de stageplaats in Cork: breuk linkerpols, behandeling in "
    "Cork University Hospital. Ziekenhuisfactuur in bijlage.\n\nMarc Jacobs\nBoekhouding", ['sensitive', 'personal_data'],
    C('medical'), about=pid('wout'), atts=[('factuur_CUH.pdf', PDF('cuh'), 'application/pdf')], ph='a',
    note="injury claim with date of birth and valid national register number")
add('astma-urgencias', ASM, [p1('noor')], 'Noor - spoed',
    f"Beste mevrouw Van Hove,\n\n{fn('noor')} had vannacht een zware astma-aanval in het personeelsverblijf. We zijn "
    "naar de spoed (urgencias) geweest; ze kreeg een vernevelaar en mocht om 3u terug mee. Ze rust vandaag.\n\nAnn Smets",
    S, C('medical'), about=pid('noor'), ph='a', note="asthma attack; mother with own surname (correct parent)")
add('naar-huis-gestuurd', KWO, [p1('mohamed')], 'Beslissing: vroegtijdige terugkeer Mohamed',
    f"Geachte heer Benali,\n\nNa het incident van zaterdagnacht in het gastgezin in Valencia, waarbij {fn('mohamed')} "
    "onder invloed van alcohol thuiskwam en schade aanrichtte in de badkamer, heeft de school beslist hem vroegtijdig naar "
    "huis te sturen. Hij vliegt donderdag terug onder begeleiding van mevrouw De Witte.\n\n"
    "Er wordt een tuchtprocedure opgestart volgens het schoolreglement; u wordt uitgenodigd voor een gesprek op maandag "
    "om 16 uur.\n\nDe kosten van de vervroegde terugreis (€ 214) worden u aangerekend.\n\nMet vriendelijke groeten,\n\n"
    "Katrien Wouters\nDirecteur", S, C('psychosocial'), about=pid('mohamed'), cs='windows-1252', enc='qp', ph='a',
    tags=['word-paste'], note="behaviour incident with sanction, sent home early")
add('gepest-groepschat', SMA, [p1('viktor')], 'Groepschat Cork',
    f"Beste mevrouw Ivanova,\n\nUw zoon {fn('viktor')} heeft ons gemeld dat hij in de WhatsApp-groep van de Cork-groep "
    "belachelijk gemaakt en uitgesloten wordt. We nemen dit ernstig: de betrokken leerlingen worden gehoord en we "
    "volgen Viktor op. Ik bel u morgen.\n\nSofie Maes\nLeerlingenbegeleiding", S, C('psychosocial'), about=pid('viktor'),
    ph='a', note="bullying victim")
add('pester-sanctie', SMA, [p1('stan')], 'Gesprek over berichten in de groepschat',
    f"Beste meneer Leysen,\n\nUit het onderzoek blijkt dat {fn('stan')} meerdere kwetsende berichten stuurde naar een "
    "medeleerling in de groepschat. Als sanctie neemt hij niet deel aan de afsluitactiviteit in Cork en volgt hij een "
    "herstelgesprek.\n\nSofie Maes", S, C('psychosocial'), about=pid('stan'), ph='a', note="bullying perpetrator with sanction")
add('vliegangst-psycholoog', LDW, [SMA], 'Febe en het vliegen',
    f"Sofie,\n\n{nm('febe')} heeft paniekaanvallen bij het idee te moeten vliegen. Haar moeder zegt dat ze sinds de "
    "kerstvakantie bij een psycholoog in behandeling is. Kunnen we samen bekijken of een busreis haalbaar is?\n\nLeen",
    S, C('psychosocial', 'care'), about=pid('febe'), note="panic attacks and therapy, internal")
add('politie-malaga', ASM, [KWO], 'Incident Málaga - Jef',
    f"Katrien,\n\n{nm('jef')} is vanmiddag door de Policía Local meegenomen na een winkeldiefstal in een "
    "sportwinkel. Er is een proces-verbaal opgesteld; hij is om 19u vrijgelaten. Ik heb de vader ingelicht. "
    "Hoe gaan we verder?\n\nAnn" + IPHONE, S, C('psychosocial'), about=pid('jef'), tags=['phone'], ph='a',
    note="police incident of named pupil, internal")
add('somber-cork', PLE, [SMA], 'Lars',
    f"Sofie, ik maak me zorgen over {nm('lars')}. Hij eet nauwelijks, sluit zich op zijn kamer op en zei gisteren dat "
    "alles zinloos is. Kan jij de ouders contacteren? Ik wil niet alarmeren maar dit voelt niet goed.\nPieter", S,
    C('psychosocial'), about=pid('lars'), ph='a', note="signs of depression")
add('zelfverwonding-clb', SMA, [CLB], 'Vraag tot overleg - leerling 5ICT',
    f"Dag Griet,\n\nBij {nm('zoe')} (5ICT) zagen we signalen van zelfverwonding (snijwonden aan de armen). Ze vertrekt "
    "binnen drie weken naar Tampere. Kunnen we deze week overleggen of de stage verantwoord is?\n\nSofie Maes\n"
    "Leerlingenbegeleiding", S, C('psychosocial', 'care'), about=pid('zoe'), note="self-harm, CLB consultation")
add('fwd-gedrag-stagebedrijf', LDW, [p1('ayoub')], 'Fwd: Ayoub - comportamiento',
    f"Beste meneer Chakir,\n\nHieronder het bericht van het stagebedrijf in Valencia. {fn('ayoub')} kwam herhaaldelijk te "
    "laat en was agressief tegen zijn mentor. Hij krijgt een formele waarschuwing; bij een volgend incident wordt de "
    "stage stopgezet.\n\nLeen De Witte\n\n---------- Forwarded message ----------\nDe: Javier Ortega <jortega@talleresalbeniz.es>\n"
    "Asunto: Ayoub - comportamiento\n\nHola Leen,\nAyoub ha llegado tarde cuatro veces esta semana y hoy ha gritado e "
    "insultado a su tutor. Necesitamos hablar.\nUn saludo,\nJavier", S, C('psychosocial'), about=pid('ayoub'),
    tags=['forward'], ph='a', note="behaviour incident with formal warning; Spanish quoted")
evalrows = [(nm('viktor'), 'gepest in groepschat, opvolging'), (nm('stan'), 'sanctie na pestberichten'),
            (nm('lars'), 'somber, ouders gecontacteerd'), (nm('tibo'), 'geen aandachtspunten')]
add('evaluatie-aandachtspunten', SMA, [KWO], 'Cel leerlingenbegeleiding - Cork-groep',
    "Katrien,\n\nVoor de cel van donderdag:\n\n" + table_txt(('Leerling', 'Aandachtspunt'), evalrows) + "\n\nSofie",
    S, C('psychosocial'), about=pid('viktor', 'stan', 'lars', 'tibo'), kind='html',
    htmlbody='<html><body><p>Katrien,</p><p>Voor de cel van donderdag:</p>' + table_html(('Leerling', 'Aandachtspunt'), evalrows)
    + '<p>Sofie</p></body></html>', tags=['table'], ph='a', note="HTML-only table of psychosocial notes")
add('scheiding-toestemming', SEC, [p1('lisa')], 'Reistoestemming Lisa',
    f"Beste meneer De Smet,\n\nVoor de reistoestemming van {fn('lisa')} hebben we de handtekening van beide ouders "
    "nodig. Omdat u sinds de scheiding in co-ouderschap werkt en de moeder het document nog niet tekende, vragen wij "
    "u dit onderling af te stemmen vóór 15 februari.\n\nLeerlingensecretariaat", S, C('family'), about=pid('lisa'),
    note="divorce and co-parenting of named pupil")
add('overlijden-grootvader', LDW, [FIORG], 'Daan - family bereavement',
    f"Dear Mikko,\n\nSad news: the grandfather of {nm('daan')} passed away last night. Daan will fly home on Thursday "
    "for the funeral and return on Monday. Could you inform his supervisor?" + sg(LDW, 'Erasmus+ co-ordinator', en=True),
    S, C('family'), about=pid('daan'), lang='en', ph='a', note="death in the family")
add('pleeggezin-toestemming', SMA, [LDW], 'Toestemming Kiano',
    f"Leen,\n\n{nm('kiano')} woont in een pleeggezin. De toestemming voor de reis naar Cork moet via de dienst "
    "pleegzorg komen, niet via de biologische ouders. Ik bezorg je het formulier.\n\nSofie", S, C('family'),
    about=pid('kiano'), note="foster placement")
add('noodcontact-amina', SMA, [LDW], 'Noodcontact Amina',
    f"Leen,\n\nBij {nm('amina')} mag de vader NIET als noodcontact vermeld worden: hij zit in de gevangenis en er is "
    "een contactverbod. Enkel de moeder.\n\nSofie", S, C('family'), about=pid('amina'), note="parent in prison")
add('geweld-thuis-clb', SMA, [CLB], 'Dringend - Ilias',
    f"Dag Griet,\n\n{nm('ilias')} (5ICT) vertelde vandaag dat hij thuis geslagen wordt door zijn stiefvader. Hij wil na "
    "de stage niet naar huis. Kunnen we vandaag nog bellen over een melding?\n\nSofie", S, C('family'), about=pid('ilias'),
    note="violence at home")
emerg = [(nm('wout'), 'moeder', '0478 21 56 90', 'ouders gescheiden, eerst moeder'),
         (nm('warre'), 'grootmoeder', '0496 33 18 07', 'moeder overleden, woont bij grootouders'),
         (nm('amir'), 'vader', '0485 60 42 19', '-'), (nm('lars'), 'moeder', '0472 88 13 45', '-')]
add('noodcontacten-cork', LDW, [PLE], 'Noodcontacten Cork',
    "Pieter,\n\nDe noodcontacten voor de Cork-groep:\n\n" + table_txt(('Leerling', 'Contact', 'Gsm', 'Opmerking'), emerg)
    + "\n\nLeen", ['sensitive', 'personal_data'], C('family'), about=pid('wout', 'warre', 'amir', 'lars'), tags=['table'],
    note="emergency contact list with mobile numbers and family situations")
add('living-with-aunt', LDW, [IEORG], 'Yasmine - contact person',
    f"Dear Aoife,\n\nPlease note that {nm('yasminea')} currently lives with her aunt after a family crisis at home. "
    "For all practical matters please contact me; we will pass on information to the aunt only."
    + sg(LDW, 'Erasmus+ co-ordinator', en=True), S, C('family'), about=pid('yasminea'), lang='en',
    note="pupil living with aunt after family crisis")
add('autism-host-company', LDW, [IECO], 'Seppe - preparing his placement',
    f"Dear Siobhan,\n\n{nm('seppe')} has an autism spectrum disorder. He works best with clear written instructions, "
    "one fixed contact person and a quiet place for breaks. Changes in the schedule should be announced a day ahead."
    + sg(LDW, 'Erasmus+ co-ordinator', en=True), S, C('care'), about=pid('seppe'), lang='en', note="ASD and adjustments")
add('dyslexie-taaltest', EVB, [p1('sara')], 'Taaltest Sara',
    f"Beste mevrouw Nowak,\n\n{fn('sara')} krijgt voor de online taaltest extra tijd en een voorleesfunctie, zoals "
    "voorzien in haar handelingsplan voor dyslexie.\n\nEls Van den Broeck", S, C('care'), about=pid('sara'),
    note="dyslexia and reasonable adjustments")
add('clb-handelingsplan-kobe', SMA, [CLB], 'Kobe Maes - aanpassingen stage',
    f"Dag Griet,\n\nVoor {nm('kobe')} (5EM) willen we het handelingsplan uitbreiden naar de stage in Valencia: kortere "
    "werkdagen in week 1 en een dagelijkse check-in. Kan het CLB dit mee opvolgen?\n\nSofie", S, C('care'),
    about=pid('kobe'), note="CLB follow-up and care plan")
add('adhd-medicatie-jarne', LDW, [p1('jarne')], 'Medicatie en afspraken Jarne',
    f"Beste ouders,\n\nKunnen jullie de Rilatine van {fn('jarne')} voor vier weken meegeven, met het voorschrift? "
    "Met het stagebedrijf spraken we af dat hij omwille van zijn ADHD korte pauzes mag nemen.\n\nLeen De Witte",
    S, C('medical', 'care'), about=pid('jarne'), note="ADHD and medication")
add('care-plan-handover', BVH, [FIORG], 'Care plan Nathan',
    f"Dear Mikko,\n\nAs agreed, the main points of the care plan of {nm('nathan')}: he has dyscalculia, so please let "
    "him use a calculator and give measurements in writing. He also has weekly online sessions with his therapist on "
    "Wednesday at 16:00." + sg(BVH, 'Placement co-ordinator', en=True), S, C('care'), about=pid('nathan'), lang='en',
    note="learning disorder and therapy")
add('logopedie-online', SMA, [p1('charlotte')], 'Logopedie tijdens de stage',
    f"Beste mevrouw Dewulf,\n\nDe logopedische therapie van {fn('charlotte')} kan tijdens de stage online doorgaan, op "
    "dinsdagavond. Het hotel voorziet een rustige ruimte.\n\nSofie Maes", S, C('care'), about=pid('charlotte'),
    note="therapy continuation")
add('afbetalingsplan-mila', MJA, [p1('mila')], 'Eigen bijdrage Erasmus+',
    f"Beste mevrouw Geerts,\n\nU liet weten dat u de eigen bijdrage van € 380 voor de stage van {fn('mila')} niet in één "
    "keer kan betalen. We stellen een afbetalingsplan voor van 4 x € 95, telkens op de eerste van de maand.\n\n"
    "Marc Jacobs\nBoekhouding", S, C('financial'), about=pid('mila'), note="cannot pay, payment plan")
add('ocmw-tussenkomst', MJA, [OCMW], 'Tussenkomst eigen bijdrage Erasmus+',
    f"Geachte,\n\nHet gezin van {nm('youssef')} wordt door uw dienst begeleid. Kan het OCMW tussenkomen in de "
    "eigen bijdrage van € 380 voor zijn stage in Valencia? De factuur volgt.\n\nMarc Jacobs\nBoekhouding", S,
    C('financial'), about=pid('youssef'), note="social assistance")
add('tweede-herinnering', MJA, [p1('dries')], 'Tweede herinnering factuur voorschot',
    f"Beste meneer Verhoeven,\n\nDe factuur voor het voorschot van de stage van {fn('dries')} staat nog steeds open "
    "(€ 150, vervallen op 28/02). Zonder betaling of contact vóór 14 maart kunnen we de plaats niet garanderen.\n\n"
    "Marc Jacobs", S, C('financial'), about=pid('dries'), ph='a', note="unpaid bill, second reminder")
toel = [(nm('olivia'), 'schooltoelage ontvangen', 'rest via sociaal fonds'),
        (nm('amina'), 'schooltoelage ontvangen', '-'), (nm('mats'), 'aanvraag loopt', 'uitstel betaling')]
add('schooltoelage-overzicht', MJA, [LDW], 'Overzicht financiële opvolging',
    "Leen,\n\n" + table_txt(('Leerling', 'Schooltoelage', 'Opmerking'), toel) + "\n\nMarc", S, C('financial'),
    about=pid('olivia', 'amina', 'mats'), kind='alt', tags=['table'],
    htmlbody='<html><body><p>Leen,</p>' + table_html(('Leerling', 'Schooltoelage', 'Opmerking'), toel) + '<p>Marc</p></body></html>',
    note="school allowance and social fund per pupil")
add('solidariteitsfonds-ayoub', LDW, [KWO], 'Aanvraag solidariteitsfonds',
    f"Katrien,\n\nDe vader van {nm('ayoub')} is sinds december werkloos; het gezin kan de eigen bijdrage niet betalen. "
    "Ik vraag een tussenkomst van het solidariteitsfonds.\n\nLeen", S, C('financial'), about=pid('ayoub'),
    note="financial hardship")
add('bourse-retenue', MJA, [p1('lucasd')], 'Bourse de mobilité de Lucas',
    f"Madame, Monsieur,\n\nLa facture du séjour de {fn('lucasd')} reste impayée malgré deux rappels. Comme convenu, "
    "nous retenons ce montant sur la bourse de mobilité Erasmus+.\n\nMarc Jacobs\nComptabilité", S, C('financial'),
    about=pid('lucasd'), lang='fr', ph='r', note="unpaid bill, French-speaking parent")
add('betaling-drie-delen', MJA, [p1('senne')], 'Re: betaling',
    f"Akkoord, betaling in 3 delen voor {fn('senne')} is goed. Eerste deel eind maart.\nMarc\n\n"
    "> Wij kunnen het niet in één keer betalen, kan het in delen?", S, C('financial'), about=pid('senne'),
    tags=['reply', 'phone'], note="payment plan")
add('openstaand-xlsx', MJA, [BVH], 'Openstaande bedragen',
    f"Bart,\n\n{nm('finn')} en {nm('jade')} hebben het voorschot nog niet betaald. Details in bijlage.\n\nMarc", S,
    C('financial'), about=pid('finn', 'jade'),
    atts=[('openstaand_erasmus.xlsx', XLSX('open'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')],
    note="unpaid amounts of named pupils")

# ================================================================ 4. misdirected (recipient)
RC = ['recipient']
add('vluchtinfo-lotte-verkeerd', LDW, [p1('jonasp')], 'Vertrek Lotte naar Málaga',
    f"Beste mevrouw Peeters,\n\nHierbij de vertrekinfo voor {nm('lotte')} (5HT): verzamelen op 10 maart om 04u45 aan "
    "de vertrekhal van Zaventem, vlucht FR 2761. Handbagage max. 10 kg.\n\nLeen De Witte", RC, about=pid('lotte'),
    mis=True, note="about Lotte Peeters but sent to the parent of Jonas Peeters (other family, same surname)")
add('medicatie-ruben-autocomplete', LDW, [p1('emmav')], 'Herinnering medicatie Ruben',
    f"Beste meneer Vermeulen,\n\nNog een herinnering: de Keppra van {fn('ruben')} voor zijn epilepsie moet in de "
    "handbagage, met het Engelstalige attest.\n\nLeen De Witte", ['sensitive', 'recipient'], C('medical'),
    about=pid('ruben'), mis=True, note="autocomplete picked kris.vermeiren (Emma Vermeiren's parent) instead of kris.vermeulen")
add('rapport-yasmine-verkeerd', BVH, [p1('yasminea')], 'Mooie feedback stagebedrijf',
    f"Beste ouders,\n\nHet stagebedrijf in Tampere is zeer tevreden over {nm('yasmineb')} (5ICT): stipt, zelfstandig en "
    "vriendelijk. Proficiat!\n\nBart Vanhoof", RC, about=pid('yasmineb'), mis=True, ph='a',
    note="about Yasmine Bouzid, sent to the parents of Yasmine El Amrani (same first name)")
add('afbetaling-arne-verkeerd', MJA, [p1('wout')], 'Afbetalingsplan Arne',
    f"Beste mevrouw Claes,\n\nZoals besproken kan de eigen bijdrage voor {nm('arne')} in drie schijven betaald worden. "
    "De eerste schijf van € 130 verwachten we eind februari.\n\nMarc Jacobs", ['sensitive', 'recipient'], C('financial'),
    about=pid('arne'), mis=True,
    note="about Arne Claes; sent to sarah.claes (mother of Wout Janssens), not to Arne's father")
add('milan-broer-verwarring', LDW, [p1('arne')], 'Vertrekuur Milan',
    f"Beste meneer Claes,\n\nOok voor de broer van Arne, {nm('milan')} (6EM): zijn bus naar Zaventem vertrekt op 17 "
    "maart om 05u00 aan de school.\n\nLeen De Witte", RC, about=pid('milan'), mis=True,
    note="teacher assumed Milan Claes is Arne's brother; Milan's parent is ilse.wouters")
add('incident-tibo-verkeerd', LDW, [p1('lisa')], 'Incident stageplaats Tibo',
    f"Beste meneer De Smet,\n\n{fn('tibo')} heeft op de stageplaats in Valencia een collega geduwd tijdens een ruzie. "
    "Hij krijgt een schriftelijke waarschuwing en mag deze week niet mee op uitstap.\n\nLeen De Witte",
    ['sensitive', 'recipient'], C('psychosocial'), about=pid('tibo'), mis=True, ph='a',
    note="about Tibo De Smedt; sent to desmet.marc (Lisa De Smet's father)")
add('adres-kobe-verkeerde-thread', LDW, [p1('laura')], 'Re: vraag over de stage',
    f"Beste,\n\nHet adres van het stagebedrijf van {nm('kobe')} is Carrer de la Indústria 24, Valencia. Hij begint "
    "om 8u.\n\nLeen\n\n> Beste mevrouw De Witte, om hoe laat moet Laura vertrekken?\n> Johan Maes", RC,
    about=pid('kobe'), mis=True, tags=['reply'],
    note="reply in the thread of Laura Maes' father, but about Kobe Maes (different family)")
add('certificaat-warre-verkeerd', LDW, [p1('julie')], 'Europass Mobility Warre',
    f"Beste meneer Cools,\n\nHet Europass Mobility-certificaat van {nm('warre')} is klaar en ligt op het secretariaat.\n\n"
    "Leen De Witte", RC, about=pid('warre'), mis=True, ph='r',
    note="about Warre Cools; sent to the parent of Julie Cools (different family)")
add('politie-jef-verkeerd', KWO, [p1('nina')], 'Incident Málaga',
    f"Geachte heer Coppens,\n\nZoals telefonisch besproken werd {fn('jef')} door de lokale politie meegenomen na een "
    "winkeldiefstal. We verwachten u en Jef op gesprek na de terugkeer.\n\nKatrien Wouters\nDirecteur",
    ['sensitive', 'recipient'], C('psychosocial'), about=pid('jef'), mis=True, ph='a',
    note="about Jef Coppens; sent to coppens.rik (Nina Coppens' father)")
add('ophaling-ilias-verkeerd', BVH, [p1('yasminea')], 'Ophaling luchthaven',
    f"Beste ouders,\n\n{nm('ilias')} landt vrijdag om 22u10 in Zaventem (AY1537). Gelieve hem aan de aankomsthal op te "
    "halen.\n\nBart Vanhoof", RC, about=pid('ilias'), mis=True, ph='a',
    note="about Ilias Amrani; autocomplete 'amrani' picked the El Amrani parents")
add('allergie-lucas-verkeerd', LDW, [p1('lucasd')], 'Allergie Lucas',
    f"Beste ouders,\n\nVoor het gastgezin noteer ik dat {nm('lucasm')} allergisch is voor penicilline. Kunnen jullie het "
    "attest bezorgen?\n\nLeen De Witte", ['sensitive', 'recipient'], C('medical'), about=pid('lucasm'), mis=True,
    note="about Lucas Mertens; sent to the parents of Lucas Dubois")
add('beurs-emma-verkeerd', MJA, [p1('emmav')], 'Uitbetaling mobiliteitsbeurs Emma',
    f"Beste mevrouw,\n\nDe mobiliteitsbeurs van {nm('emmal')} (€ 620) wordt deze week gestort op rekening "
    f"{iban('0635512207')}.\n\nMarc Jacobs\nBoekhouding", ['personal_data', 'recipient'], about=pid('emmal'), mis=True,
    ph='r', note="about Emma Lambrechts; sent to Emma Vermeiren's parent; valid IBAN")

# ================================================================ 5. about one pupil, correctly addressed, not sensitive
add('vluchtinfo-jonas', LDW, [p1('jonasp')], 'Vertrek Jonas naar Valencia',
    f"Beste mevrouw Peeters,\n\nHierbij de vertrekinfo voor {fn('jonasp')}: verzamelen op 10 maart om 04u45 in de "
    "vertrekhal van Zaventem, vlucht FR 2761.\n\nLeen De Witte", [], about=pid('jonasp'),
    note="flight time to the right Peeters family")
add('gastgezin-emma', LDW, [p1('emmav')], 'Gastgezin Emma',
    f"Beste meneer Vermeiren,\n\n{fn('emmav')} verblijft in Málaga bij de familie Navarro, op wandelafstand van het hotel. "
    "Ze krijgen ontbijt en avondmaal.\n\nLeen De Witte", [], about=pid('emmav'),
    note="host family practical details; correct Vermeiren parent")
add('goed-rapport-arne', LDW, [p1('arne')], 'Tussentijdse evaluatie Arne',
    f"Beste meneer Claes,\n\nGoed nieuws uit Valencia: {fn('arne')} krijgt van zijn mentor een zeer goede tussentijdse "
    "evaluatie. Hij werkt nauwkeurig en leert snel Spaans.\n\nLeen De Witte", [], about=pid('arne'), ph='a',
    note="good report to correct Claes parent")
add('vertrekuur-milan', LDW, [p1('milan')], 'Vertrekuur Milan',
    f"Beste mevrouw Wouters,\n\nDe bus van {fn('milan')} naar Zaventem vertrekt op 17 maart om 05u00 aan de school.\n\n"
    "Leen De Witte", [], about=pid('milan'), note="correct parent whose address does not spell the pupil's surname")
add('paklijst-tibo', LDW, [p1('tibo')], 'Paklijst Tibo',
    f"Beste meneer De Smedt,\n\nVoor {fn('tibo')} nog de specifieke paklijst van het stagebedrijf: werkschoenen S3, "
    "werkbroek en een veiligheidsbril.\n\nLeen De Witte", [], about=pid('tibo'), note="packing list, correct parent")
add('feedback-yasmine-b', BVH, [p1('yasmineb')], 'Feedback stagebedrijf',
    f"Beste ouders,\n\nHet stagebedrijf is zeer tevreden over {fn('yasmineb')}. Ze mag volgende week meewerken aan "
    "een klantproject.\n\nBart Vanhoof", [], about=pid('yasmineb'), ph='a', note="good report, correct Bouzid parents")
add('vertrek-laura', LDW, [p1('laura')], 'Re: vraag over de stage',
    f"Beste meneer Maes,\n\n{fn('laura')} vertrekt op 10 maart met de Málaga-groep; verzamelen om 04u45 in Zaventem.\n\n"
    "Leen\n\n> Beste mevrouw De Witte, om hoe laat moet Laura vertrekken?\n> Johan Maes", [], about=pid('laura'),
    tags=['reply'], note="reply in right thread")
add('adres-stage-kobe', LDW, [p1('kobe')], 'Adres stagebedrijf Kobe',
    f"Beste mevrouw Lenaerts,\n\nHet adres van het stagebedrijf van {fn('kobe')} is Carrer de la Indústria 24, Valencia. "
    "Hij begint om 8u.\n\nLeen De Witte", [], about=pid('kobe'), note="practical, correct parent with other surname")
add('fotowedstrijd-julie', LDW, [p1('julie')], 'Fotowedstrijd',
    f"Beste meneer Cools,\n\nDe foto die {fn('julie')} in Málaga maakte, won de fotowedstrijd van de Erasmus-week!\n\nLeen",
    [], about=pid('julie'), ph='r', note="good news, correct Cools family")
add('certificaat-nina', LDW, [p1('nina')], 'Europass Mobility Nina',
    f"Beste meneer Coppens,\n\nHet Europass Mobility-certificaat van {fn('nina')} ligt klaar op het secretariaat.\n\nLeen",
    [], about=pid('nina'), ph='r', note="certificate, correct Coppens family")
add('ophaling-ilias', BVH, [p1('ilias')], 'Ophaling luchthaven',
    f"Beste ouders,\n\n{fn('ilias')} landt vrijdag om 22u10 in Zaventem (AY1537). Gelieve hem aan de aankomsthal op te "
    "halen.\n\nBart Vanhoof", [], about=pid('ilias'), ph='a', note="pick-up, correct Amrani parent")
add('gastgezin-lucas-m', LDW, [p1('lucasm')], 'Gastgezin Lucas',
    f"Beste ouders,\n\n{fn('lucasm')} verblijft in Valencia bij de familie Soler. Hij deelt de kamer met een andere "
    "stagiair van onze school.\n\nLeen De Witte", [], about=pid('lucasm'), note="host family, correct Mertens parent")
add('kamer-bram-jana', LDW, [p1('bram')], 'Kamerverdeling Bram',
    f"Beste ouders,\n\n{fn('bram')} slaapt in Valencia in appartement 3 met twee klasgenoten. Sleutels krijgen ze ter "
    "plaatse.\n\nLeen De Witte", [], about=pid('bram'), note="practical; siblings Bram and Jana share parents")
add('presentatie-marie', LDW, [F['marie']['p2']], 'Presentatie Marie',
    f"Beste mevrouw Claessens,\n\n{fn('marie')} mag op de terugkomdag de Málaga-groep voorstellen. Ze deed dat "
    "schitterend tijdens de repetitie.\n\nLeen De Witte", [], about=pid('marie'), ph='r',
    note="good news to second parent (other surname) of siblings Daan and Marie")
add('fwd-good-report-mats', LDW, [p1('mats')], 'Fwd: Feedback Mats',
    f"Beste ouders,\n\nFijn bericht uit Cork over {fn('mats')}!\n\nLeen\n\n---------- Forwarded message ----------\n"
    "From: Siobhan Murphy <s.murphy@leevalleyeng.ie>\n\nMats is a great asset to the workshop team: punctual, careful "
    "and always asking good questions. We would happily take him for a summer job.", [], about=pid('mats'),
    tags=['forward'], ph='a', note="good report from host company")
add('paklijst-hanne', LDW, [F['hanne']['mail']], 'Paklijst hotelstage',
    f"Dag {fn('hanne')},\n\nVergeet niet: zwarte broek, witte blouses (3), zwarte gesloten schoenen, haarelastiekjes en "
    "je naambadge.\n\nMevr. De Witte", [], about=pid('hanne'), note="packing list to the pupil")
add('certificaat-stan', LDW, [p1('stan')], 'Certificaat Stan',
    f"Beste meneer Leysen,\n\nHet Europass-certificaat van {fn('stan')} is klaar.\n\nLeen", [], about=pid('stan'), ph='r',
    note="certificate, not sensitive")
add('jas-vergeten-robbe', SEC, [p1('robbe')], 'Jas teruggevonden',
    f"Beste ouders,\n\nDe blauwe jas van {fn('robbe')} werd teruggevonden in de bus van de luchthaven. Hij kan ze "
    "ophalen op het secretariaat.\n\nLeerlingensecretariaat", [], about=pid('robbe'), ph='r', note="lost jacket")
add('fotowedstrijd-aya', LDW, [p1('aya')], 'Foto Aya in de nieuwsbrief',
    f"Beste ouders,\n\nDe foto van {fn('aya')} aan het werk in de keuken van het hotel komt in de nieuwsbrief. Fijn!\n\nLeen",
    [], about=pid('aya'), ph='r', note="good news")
add('vertraging-amir', PLE, [p1('amir')], 'Vertraging vlucht',
    f"Beste meneer Haddad,\n\nOnze vlucht uit Cork heeft 2 uur vertraging. {fn('amir')} en de groep landen rond 23u30 "
    "in Zaventem.\n\nPieter Lemmens" + IPHONE, [], about=pid('amir'), tags=['phone'], ph='a', note="flight delay")
add('vluchtuur-vanuit-gmail', ('Pieter Lemmens', 'pieterlemmens71@gmail.com'), [p1('nathan')], 'vluchtuur Nathan',
    f"Beste ouders,\n\nDe terugvlucht van {fn('nathan')} landt zaterdag om 14u20 in Zaventem.\n\nPieter Lemmens\n"
    "leerkracht SPC", ['private_account'], about=pid('nathan'), ph='a',
    note="teacher sends school business to a parent from his private gmail")

# ================================================================ 6. general letters (must pass)
P5 = parents_of({'5EM', '5HT', '5ICT'}); P6 = parents_of({'6EM', '6HT', '6ICT'})
PALL = P5 + [a for a in P6 if a not in P5]
def gl(slug, subj, body, who=P5, frm=DIR, kind='plain', enc='8bit', ph='p', note='', lang='nl', to=None):
    add(slug, frm, to if to is not None else [bare(frm)], subj, body, [], about=[], bcc=who, kind=kind, enc=enc, ph=ph,
        lang=lang, note=note or 'general letter, recipients in BCC only, no pupil named')
DSIG = "\n\nMet vriendelijke groeten,\n\nKatrien Wouters\nDirecteur Sint-Pieterscollege\n"
gl('infoavond-erasmus-5de', 'Uitnodiging infoavond Erasmus+-stages', "Beste ouders van het vijfde jaar,\n\nOok dit jaar "
   "kunnen leerlingen van het vijfde en zesde jaar een stage van vier weken lopen in Spanje, Ierland of Finland. Op "
   "dinsdag 21 januari om 19u30 lichten we het programma toe in de refter: bestemmingen, stagebedrijven, gastgezinnen, "
   "kostprijs en begeleiding." + DSIG, kind='alt')
gl('identiteitsdocumenten-6de', 'Geldige identiteitsdocumenten', "Beste ouders,\n\nKijk na of de identiteitskaart of het "
   "paspoort van uw zoon of dochter geldig is tot minstens drie maanden na de terugkeer. Een nieuwe aanvraag bij de "
   "gemeente duurt enkele weken." + DSIG, who=P6, enc='qp')
gl('personeel-oproep-begeleiders', 'Oproep begeleiders Erasmus+', "Beste collega's,\n\nVoor de stages in Valencia, Málaga, "
   "Cork en Tampere zoeken we nog twee begeleiders voor telkens een week. Interesse? Laat het Leen De Witte weten vóór "
   "31 januari." + DSIG, who=[PERS], note="staff letter with personeel@ in BCC only")
gl('reisverzekering-info', 'Reisverzekering en Europese ziekteverzekeringskaart', "Beste ouders,\n\nAlle deelnemers zijn "
   "verzekerd via de schoolpolis. Vraag daarnaast bij uw ziekenfonds de Europese ziekteverzekeringskaart aan voor uw kind. "
   "Dit kan eenvoudig online." + DSIG, who=PALL)
gl('medicatiebeleid-buitenland', 'Medicatie tijdens de stage', "Beste ouders,\n\nLeerlingen die medicatie nemen, brengen "
   "die mee in de originele verpakking, met een doktersattest in het Engels. Meld dit vooraf aan de coördinator via het "
   "formulier in Smartschool. Begeleiders dienen geen medicatie toe zonder schriftelijke toestemming." + DSIG, who=PALL,
   note="general medication policy, no pupil named: not sensitive")
gl('betalingsherinnering-algemeen', 'Herinnering: betaling voorschot', "Beste ouders,\n\nWij stellen vast dat nog niet alle "
   "voorschotten voor de Erasmus+-stage betaald zijn. Gelieve de factuur in Smartschool te controleren en te betalen "
   "vóór 28 februari. Heeft u vragen of moeilijkheden, neem dan discreet contact op met de boekhouding." + DSIG, who=PALL,
   note="payment reminder to everybody, no one named")
gl('clb-ondersteuning-buitenland', 'Ondersteuning tijdens de stage', "Beste ouders,\n\nOok tijdens een stage in het buitenland "
   "blijven de leerlingenbegeleiding en het CLB bereikbaar. Leerlingen kunnen hun begeleider of het CLB-chat contacteren "
   "als ze het moeilijk hebben." + DSIG, who=PALL, note="general CLB information letter")
gl('paklijst-algemeen', 'Algemene paklijst', "Beste ouders,\n\nIn bijlage vindt u de algemene paklijst: werkkledij volgens "
   "de richting, adapterstekker, reisapotheek, identiteitskaart en Europese ziekteverzekeringskaart." + "\n\nLeen De Witte\n"
   "Coördinator Erasmus+\n", frm=LDW, who=PALL, kind='alt')
gl('personeel-vervanging', 'Vervangingen tijdens de stageperiode', "Beste collega's,\n\nTijdens de weken van 10 maart tot "
   "4 april zijn enkele collega's in het buitenland. De vervangingen staan in het planbord in Smartschool." + DSIG,
   who=[PERS], ph='a', note="staff letter with personeel@ in BCC only")
gl('staking-vluchten', 'Update: nieuwe vluchturen na staking', "Beste ouders,\n\nDoor de nationale staking op 10 maart "
   "werd vlucht FR 2761 verplaatst naar 11 maart, 06:55. Verzamelen om 04u45 in de vertrekhal. De vlucht naar Cork "
   "blijft ongewijzigd." + DSIG, who=PALL, ph='a', note="general travel update; flight numbers are look-alikes")
gl('veilig-aangekomen', 'Alle groepen veilig aangekomen', "Beste ouders,\n\nAlle groepen zijn veilig aangekomen in "
   "Valencia, Málaga, Cork en Tampere. Volg de blog op de schoolwebsite voor foto's en verhalen." + DSIG, who=PALL, ph='a',
   kind='alt')
gl('terugkomdag', 'Uitnodiging terugkomdag', "Beste ouders,\n\nOp vrijdag 25 april stellen de leerlingen hun stage voor in "
   "de aula. U bent van harte welkom om 19u." + DSIG, who=PALL, ph='r')
gl('personeel-evaluatie-bevraging', 'Bevraging Erasmus+ 2025', "Beste collega's,\n\nWil je de korte bevraging over het "
   "Erasmus+-project invullen? https://forms.spc.ksleuven.be/erasmus-eval" + DSIG, who=[PERS], ph='r',
   note="staff letter with personeel@ in BCC only")
gl('fotos-sociale-media', "Foto's tijdens de stage", "Beste ouders,\n\nWe publiceren enkel foto's van leerlingen die "
   "daarvoor toestemming gaven in Smartschool. Vraag uw kind om geen foto's van collega's of gastgezinnen op sociale media "
   "te zetten zonder hun akkoord." + DSIG, who=PALL)
gl('taalcursus-6de', 'Online taalcursus', "Beste ouders,\n\nAlle deelnemers krijgen toegang tot de online taalcursus. "
   "Problemen met aanmelden of een vergeten wachtwoord? De leerlingen kunnen terecht bij de ICT-helpdesk; wij vragen "
   "nooit een wachtwoord via mail.\n\nLeen De Witte\nCoördinator Erasmus+\n", frm=LDW, who=P6,
   note="general letter mentioning passwords without one")
gl('personeel-privacy-herinnering', 'Privacy: paspoorten en lijsten', "Beste collega's,\n\nStuur geen kopieën van "
   "identiteitsdocumenten of lijsten met medische gegevens via mail. Gebruik het leerlingvolgsysteem, zet groepen altijd in "
   "BCC en stuur nooit een wachtwoord door. Meld een mogelijk datalek aan privacy@lksd.ksleuven.be." + DSIG, who=[PERS],
   note="staff reminder about the policy")
gl('financiele-ondersteuning', 'Financiële ondersteuning Erasmus+', "Beste ouders,\n\nDe kostprijs mag geen drempel zijn. "
   "Gezinnen die een schooltoelage ontvangen of het moeilijk hebben, kunnen een beroep doen op het sociaal fonds. Neem "
   "vertrouwelijk contact op met de boekhouding." + DSIG, who=PALL, note="general letter on financial support, no one named")
gl('gedragscode-buitenland', 'Gedragscode tijdens de stage', "Beste ouders van het vijfde jaar,\n\nTijdens de stage geldt "
   "het schoolreglement. Alcohol is verboden; bij ernstige inbreuken kan een leerling op kosten van de ouders naar huis "
   "gestuurd worden. Pesten, ook online, wordt niet getolereerd." + DSIG, enc='qp',
   note="general code of conduct / bullying policy, no pupil named")
gl('mobiliteitsbeurs-uitleg', 'De Erasmus+-mobiliteitsbeurs', "Beste ouders,\n\nDe Europese subsidie (overeenkomst "
   "2024-1-BE02-KA121-VET-000187342) dekt reis, verblijf en een deel van het zakgeld. De beurs wordt na de stage "
   "uitbetaald op de rekening die u in Smartschool opgaf." + DSIG, who=PALL, ph='r', note="general grant letter")
gl('personeel-dankwoord', 'Dank aan alle collega\'s', "Beste collega's,\n\n56 leerlingen liepen stage in het buitenland. "
   "Dank aan iedereen die begeleidde, verving of meedacht." + DSIG, who=[PERS], ph='r', kind='html',
   note="staff letter with personeel@ in BCC only")

# ================================================================ 7. ordinary mail and other rules
corkpar = [p1('wout'), p1('warre'), p1('amir'), p1('lars')]
add('ouderavond-cork-to', LDW, corkpar, 'Ouderavond Cork-groep',
    "Beste ouders,\n\nVoor de ouders van de Cork-groep organiseren we een korte infoavond op 4 februari om 19u in lokaal "
    "A014.\n\nLeen De Witte", ['bcc'], note="four parents visible to each other in To")
add('groepsadres-ouders6ht', LDW, ['ouders6ht@spc.ksleuven.be'], 'Hotelstage Málaga: planning',
    "Beste ouders,\n\nIn bijlage de planning van de hotelstage in Málaga.\n\nLeen De Witte", ['bcc'], tags=['group-in-to'],
    atts=[('planning_malaga.pdf', PDF('plan'), 'application/pdf')], note="parents' group address in To")
add('personeel-in-to', KWO, [PERS], 'Studiedag en Erasmus+',
    "Beste collega's,\n\nOp de studiedag van 7 februari geven Leen en Bart een korte toelichting bij het Erasmus+-project."
    "\n\nKatrien", ['bcc'], tags=['group-in-to'], note="staff list in To instead of BCC")
add('partners-zichtbaar', LDW, [IECO, ESCO, ESHOT], 'Arrival dates of our trainees',
    "Dear partners,\n\nOur trainees arrive on 10 March (Valencia, Málaga) and 17 March (Cork). Thank you for welcoming them!"
    + sg(LDW, 'Erasmus+ co-ordinator', en=True), ['bcc'], lang='en', note="three external partners visible in To")
add('leerlingen6ict-cc-telefoon', BVH, [BVH], 'Voorbereiding Tampere',
    "Beste leerlingen,\n\nMorgen om 10u05 voorbereiding van de stage in Tampere in lokaal C103. Bij vragen kan je me "
    "bellen." + sg(BVH, 'Stagecoördinator TSO', phone=True), ['bcc', 'personal_data'], cc=['leerlingen6ict@spc.ksleuven.be'],
    tags=['group-in-to'], note="pupils' group address in CC; school phone in signature")
flist = [(nm(k), F[k]['klas'], d) for k, d in (('hanne', 'Málaga'), ('lotte', 'Málaga'), ('ruben', 'Valencia'),
         ('wout', 'Cork'), ('elif', 'Tampere'))]
add('doorsturen-naar-hotmail', LDW, [('Leen De Witte', 'leen.dewitte@hotmail.com')], 'FW: verdeling bestemmingen',
    "om thuis verder te werken\n\n-----Original Message-----\nFrom: Bart Vanhoof\nSubject: verdeling bestemmingen\n\n" +
    table_txt(('Leerling', 'Klas', 'Bestemming'), flist), ['private_account'], about=pid('hanne', 'lotte', 'ruben', 'wout', 'elif'),
    tags=['forward'], note="staff forwards school mail with pupil list to own private mailbox")
add('gmail-naar-partner', ('Bart Vanhoof', 'bart.vanhoof1979@gmail.com'), [FIORG], 'Schedule week 3',
    "Hi Mikko,\n\nSending from my private address, school mail is down. Could we move the visit to Wednesday 2 April?\n\nBart",
    ['private_account'], lang='en', ph='a', note="school business to a partner from private gmail")
add('prive-fietstocht', ('Bart Vanhoof', 'bart.vanhoof1979@gmail.com'), [('Jan Verlinden', 'jan.verlinden@telenet.be')],
    'zondag fietsen?', "Jan,\n\nRijden we zondag de Dijlevallei? Vertrek 9u aan de kerk.\n\nBart", [], ph='r',
    note="staff private mail about private matters from private account: fine")
add('budget-xlsm', MJA, [LDW], 'Budgetberekening Erasmus+',
    "Leen,\n\nIn bijlage het rekenblad met de macro voor de verdeling van de beurs.\n\nMarc", ['attachment'],
    atts=[('budget_erasmus_2025.xlsm', OLE('xlsm'), 'application/vnd.ms-excel.sheet.macroEnabled.12')],
    note="macro-enabled spreadsheet")
add('zip-met-exe', TVE, [EVB], 'Installatie taallabo',
    "Els,\n\nHier de installer voor de taalsoftware, pak uit en dubbelklik.\n\nTom", ['attachment'],
    atts=[('taallabo_setup.zip', zipbytes([('taallabo/setup.exe', EXE('setup')), ('taallabo/readme.txt', b'Install and run.')]),
           'application/zip')], note="archive containing an executable")
add('application-docm', LDW, [IEORG], 'Application forms',
    "Dear Aoife,\n\nAttached the application form with the built-in checks.\n\nLeen", ['attachment'], lang='en',
    atts=[('application_form_SPC.docm', OLE('docm'), 'application/vnd.ms-word.document.macroEnabled.12')],
    note="macro-enabled Word document")
add('bat-script', TVE, [BVH], 'script netwerkschijven',
    "Bart, dit script koppelt de Erasmus-schijf op je laptop voor je naar Tampere vertrekt.\nTom", ['attachment'],
    atts=[('koppel_schijven.bat', b'@echo off\r\nnet use E: \\\\fs01\\erasmus /persistent:yes\r\n', 'application/x-msdownload')],
    note="batch script attachment")
add('iban-beurs-emma', MJA, [p1('emmal')], 'Uitbetaling mobiliteitsbeurs Emma',
    f"Beste mevrouw Lambrechts,\n\nDe mobiliteitsbeurs van {fn('emmal')} (€ 620) wordt deze week gestort op rekening "
    f"{iban('0635512207')}.\n\nMarc Jacobs\nBoekhouding", ['personal_data'], about=pid('emmal'), ph='r',
    note="valid IBAN; correct parent; grant payment is not a financial difficulty")
pax = [(F[k]['first'], F[k]['last'], dob) for k, dob in (('ruben', '03/02/2007'), ('jonasp', '19/11/2006'),
       ('arne', '27/05/2008'), ('kobe', '11/09/2008'))]
add('passagierslijst-geboortedata', LDW, [TRAVEL], 'Passagierslijst Valencia',
    "Dag Nathalie,\n\nDe gegevens voor de tickets (naam zoals op identiteitskaart):\n\n" +
    table_txt(('Voornaam', 'Naam', 'Geboortedatum'), pax) + "\n\nLeen De Witte", ['personal_data'],
    about=pid('ruben', 'jonasp', 'arne', 'kobe'), kind='alt',
    htmlbody='<html><body><p>Dag Nathalie,</p><p>De gegevens voor de tickets (naam zoals op identiteitskaart):</p>'
    + table_html(('Voornaam', 'Naam', 'Geboortedatum'), pax) + '<p>Leen De Witte</p></body></html>',
    tags=['table'], note="dates of birth of pupils for the airline")
rr = [(nm('seppe'), rrn(2007, 2, 8, 211)), (nm('viktor'), rrn(2006, 12, 30, 87)), (nm('tuur'), rrn(2007, 8, 21, 154))]
add('rijksregisternummers-verzekeraar', MJA, [INS], 'Deelnemers polis 44817/AB-2025',
    "Geachte,\n\nHierbij de gevraagde gegevens van de bijkomende deelnemers:\n\n" +
    '\n'.join(f"{a}\t{b}" for a, b in rr) + "\n\nMarc Jacobs", ['personal_data'], about=pid('seppe', 'viktor', 'tuur'),
    note="valid national register numbers for the insurer")
add('signature-phone-partner', LDW, [IEORG], 'Re: visit dates',
    "Dear Aoife,\n\nWednesday 26 March suits us. We will visit all host companies that day."
    + sg(LDW, 'Erasmus+ co-ordinator', phone=True, en=True) + "\n> Would 26 March work for your visit?", ['personal_data'],
    lang='en', tags=['reply'], ph='a', note="school phone number in signature")
add('spanish-reply-schedule', LDW, [ESORG], 'RE: Horario de prácticas',
    "Hi Marta,\n\nThank you, the schedule 8:00-15:00 is perfect. Gracias!\n\nLeen\n\n"
    "De: Marta Giménez\nEnviado: lunes\nAsunto: Horario de prácticas\n\n> Hola Leen, el horario será de 8:00 a 15:00 de lunes a "
    "viernes. Los alumnos comen en la empresa.", [], lang='en', tags=['reply'], note="ordinary partner reply")
add('programma-tampere', BVH, [FIORG], 'Programme week 1',
    "Dear Mikko,\n\nOur programme proposal for week 1: Monday welcome and safety training, Tuesday to Friday in the "
    "companies, Friday afternoon reflection.\n\nBart", [], lang='en', note="ordinary")
add('learning-agreement-pdf', LDW, [ESCO], 'Learning agreement',
    "Dear Javier,\n\nPlease find attached the learning agreement for signature.\n\nLeen", [], lang='en',
    atts=[('learning_agreement_Valencia.pdf', PDF('la'), 'application/pdf')], note="ordinary PDF attachment")
add('evaluatieverslag-docx', KWO, [LDW], 'Evaluatieverslag',
    "Leen,\n\nIn bijlage mijn opmerkingen bij het evaluatieverslag voor het agentschap.\n\nKatrien", [], ph='r',
    atts=[('evaluatieverslag_2025.docx', DOCX('ev'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')],
    note="ordinary docx attachment")
add('verdeling-bestemmingen-csv', BVH, [LDW], 'Verdeling bestemmingen',
    "Leen,\n\nDe verdeling zoals afgesproken, als csv voor Smartschool.\n\nBart", [], about=pid('hanne', 'lotte', 'ruben', 'wout', 'elif'),
    atts=[('bestemmingen.csv', csvbytes([('Leerling', 'Klas', 'Bestemming')] + [tuple(x) for x in flist]), 'text/csv')],
    note="destination list of pupils to colleague; no sensitive facts")

# ================================================================ write out
def yq(s):
    return '"' + str(s).replace('\\', '\\\\').replace('"', '\\"') + '"'

for f in os.listdir(HERE):
    if f.endswith('.eml'):
        os.remove(os.path.join(HERE, f))
out = ["# batch52 - Erasmus+ internships abroad (Spain, Ireland, Finland) of the Leuven technical school; blind labels"]
for m in MAILS:
    with open(os.path.join(HERE, m['fname']), 'wb') as fh:
        fh.write(m['msg'].as_bytes())
    out.append(f"{m['fname']}:")
    out.append(f"  rules: [{', '.join(m['rules'])}]")
    if m['cats']:
        out.append(f"  categories: {{sensitive: [{', '.join(m['cats']['sensitive'])}]}}")
    out.append(f"  mail_from: {m['mail_from']}")
    out.append(f"  rcpt: [{', '.join(m['rcpt'])}]")
    out.append(f"  about: [{', '.join(m['about'])}]")
    out.append(f"  misdirected: {'true' if m['mis'] else 'false'}")
    out.append(f"  note: {yq(m['note'])}")
    out.append(f"  lang: {m['lang']}")
    out.append(f"  format: [{', '.join(m['fmt'])}]")
with open(os.path.join(HERE, 'labels.yaml'), 'w', encoding='utf-8', newline='\n') as fh:
    fh.write('\n'.join(out) + '\n')
with open(os.path.join(HERE, 'roster.csv'), 'w', encoding='utf-8-sig', newline='') as fh:
    fh.write('Intern nummer;Voornaam;Naam;Klas;E-mailadres leerling;E-mailadres ouder 1;E-mailadres ouder 2\r\n')
    for r in recs:
        fh.write(';'.join([r['id'], r['first'], r['last'], r['klas'], r['mail'], r['p1'], r['p2']]) + '\r\n')
print(len(MAILS), 'mails written')
