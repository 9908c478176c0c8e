#!/usr/bin/env python3
"""Batch 02 of blind labelled school mail (hard cases). Standard library only.
Run: python3 make.py  -> writes NNN-slug.eml, labels.yaml, roster.csv in this folder.
Deterministic: fixed dates, boundaries, message ids, roster seed."""
import base64, hashlib, html, os, quopri, random, unicodedata
from datetime import datetime, timedelta, timezone
from email.message import Message
from email.generator import BytesGenerator
from email.header import Header
from email.utils import formataddr, format_datetime
from email import policy

OUT = os.path.dirname(os.path.abspath(__file__))
POL = policy.compat32.clone(linesep='\r\n', max_line_length=998)
SCHOOL = 'sintpieterscollege.be'

# ---------------------------------------------------------------- helpers
def ascii_fold(s):
    s = s.replace('ı', 'i').replace('ł', 'l').replace('Ł', 'L')
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))

def slugname(s):
    return ascii_fold(s).lower().replace(' ', '').replace("'", '').replace('-', '')

def hv(s):
    """header value, RFC 2047 encoded when needed"""
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, 'utf-8').encode()

def addr(a):
    if isinstance(a, tuple):
        name, email = a
        return formataddr((name, email)) if name else email
    return a

def bare(a):
    return a[1] if isinstance(a, tuple) else a

def tz_for(dt):
    # CEST between last Sunday of March and last Sunday of October
    summer = (datetime(2024, 3, 31) <= dt < datetime(2024, 10, 27)) or (datetime(2025, 3, 30) <= dt < datetime(2025, 10, 26))
    return timezone(timedelta(hours=2 if summer else 1))

def mkdate(s):
    dt = datetime.strptime(s, '%Y-%m-%d %H:%M')
    return dt.replace(tzinfo=tz_for(dt))

def text(body, subtype='plain', charset='utf-8', cte='8bit', disposition=None, filename=None, ctype=None):
    m = Message()
    ct = ctype or f'text/{subtype}'
    params = f'; charset="{charset}"'
    if filename and disposition is None:
        disposition = 'attachment'
    if filename:
        params += f'; name="{filename}"'
    m['Content-Type'] = ct + params
    m['Content-Transfer-Encoding'] = cte
    if disposition:
        m['Content-Disposition'] = f'{disposition}; filename="{filename}"' if filename else disposition
    raw = body.replace('\r\n', '\n').encode(charset)
    if cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    elif cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == '7bit':
        payload = raw.decode('ascii')
    else:
        payload = raw.decode('ascii', 'surrogateescape')
    m.set_payload(payload)
    return m

def multi(subtype, parts, boundary):
    m = Message()
    m['Content-Type'] = f'multipart/{subtype}; boundary="{boundary}"'
    for p in parts:
        m.attach(p)
    return m

def rfc822(inner, filename=None):
    m = Message()
    m['Content-Type'] = 'message/rfc822' + (f'; name="{filename}"' if filename else '')
    if filename:
        m['Content-Disposition'] = f'attachment; filename="{filename}"'
    m.set_payload([inner])
    return m

def esc(s):
    return html.escape(s, quote=False)

OUTLOOK_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
    'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
    '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
    '@font-face {font-family:"Calibri";}\np.MsoNormal, li.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n'
    'table.MsoTableGrid {border-collapse:collapse;}\n.MsoChpDefault {mso-style-type:export-only;}\n'
    '@page WordSection1 {size:612.0pt 792.0pt; margin:70.85pt 70.85pt 70.85pt 70.85pt;}\ndiv.WordSection1 {page:WordSection1;}\n'
    '--></style>\n</head>\n<body lang="NL-BE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n')

def outlook(blocks, boundary, plain_cte='quoted-printable', html_only=False):
    """blocks: multi-line strings (one paragraph per line) or ('table', rows) with rows[0] the header."""
    h, t = [OUTLOOK_HEAD], []
    for b in blocks:
        if isinstance(b, str):
            for line in b.split('\n'):
                if line.strip() == '':
                    h.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
                    t.append('')
                elif line.startswith('> '):
                    h.append(f'<p class="MsoNormal" style="margin-left:36.0pt">{esc(line[2:])}<o:p></o:p></p>\n')
                    t.append(line)
                else:
                    h.append(f'<p class="MsoNormal">{esc(line)}<o:p></o:p></p>\n')
                    t.append(line)
        elif b[0] == 'table':
            rows = b[1]
            h.append('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">\n')
            for i, row in enumerate(rows):
                h.append('<tr>\n')
                for cell in row:
                    inner = f'<b>{esc(cell)}</b>' if i == 0 else esc(cell)
                    h.append('<td valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
                             f'<p class="MsoNormal">{inner}<o:p></o:p></p></td>\n')
                h.append('</tr>\n')
                t.append('\t'.join(row))
            h.append('</table>\n')
        elif b[0] == 'hr':
            h.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"></div>\n')
            t.append('')
    h.append('</div>\n</body>\n</html>\n')
    hpart = text(''.join(h), 'html', cte='quoted-printable')
    if html_only:
        return hpart
    tpart = text('\n'.join(t) + '\n', 'plain', cte=plain_cte)
    return multi('alternative', [tpart, hpart], boundary)

def simple_html(body_html, cte='quoted-printable', charset='utf-8'):
    doc = ('<!DOCTYPE html>\n<html><head><meta charset="' + charset + '"></head>\n'
           '<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">\n' + body_html + '\n</body></html>\n')
    return text(doc, 'html', charset=charset, cte=cte)

def html_from_text(s):
    return '\n'.join(f'<div>{esc(l) if l.strip() else "<br>"}</div>' for l in s.split('\n'))

def alt_plain_html(s, boundary, cte='quoted-printable'):
    return multi('alternative', [text(s, cte=cte), simple_html(html_from_text(s), cte=cte)], boundary)

def quote(s):
    return '\n'.join(('> ' + l) if l.strip() else '>' for l in s.strip('\n').split('\n'))

# ---------------------------------------------------------------- ids
def iban_be(bank10):
    """bank10: 10 digits; returns a Belgian IBAN with valid national and IBAN check digits"""
    nat = int(bank10) % 97 or 97
    bban = f'{bank10}{nat:02d}'
    num = int(bban + '111400')  # B=11 E=14 + '00'
    ck = 98 - num % 97
    s = f'BE{ck:02d}{bban}'
    return ' '.join(s[i:i + 4] for i in range(0, 16, 4))

def rrn(yymmdd, seq, after2000=True):
    base = yymmdd + seq
    n = int(('2' if after2000 else '') + base)
    ck = 97 - n % 97
    return f'{yymmdd[:2]}.{yymmdd[2:4]}.{yymmdd[4:]}-{seq}.{ck:02d}'

SCHOOL_IBAN = iban_be('7330451288')
SOLIDARITY_IBAN = iban_be('0018204436')

# ---------------------------------------------------------------- roster
# (id, first name, last name, class, parent 1 mail, parent 2 mail)
STORY = [
    ('P0007', 'Lore', 'Bogaerts', '4B', 'ellen.vandeputte@telenet.be', 'kris.bogaerts@gmail.com'),
    ('P0008', 'Thibault', 'Deprez', '4B', 'caroline.deprez@skynet.be', ''),
    ('P0009', 'Mila', 'Smolders', '4B', 'wendy.smolders@telenet.be', 'tim.smolders@telenet.be'),
    ('P0010', 'Zakaria', 'Moussaoui', '4B', 'hassan.moussaoui@hotmail.com', ''),
    ('P0011', 'Elif', 'Yilmaz', '4B', 'ayse.yilmaz@gmail.com', 'murat.yilmaz@outlook.com'),
    ('P0012', 'Yasmine', 'Azzouzi', '5C', 'rachida.azzouzi@hotmail.com', ''),
    ('P0013', 'Ruben', 'Verlinden', '5C', 'an.verlinden@telenet.be', 'geert.verlinden@proximus.be'),
    ('P0014', 'Kacper', 'Wiśniewski', '5C', 'agnieszka.wisniewska@gmail.com', ''),
    ('P0021', 'Ilias', 'Benali', '3A', 'mohamed.benali@gmail.com', 'fatima.elouardi@hotmail.com'),
    ('P0022', 'Sara', 'Benali', '1C', 'mohamed.benali@gmail.com', 'fatima.elouardi@hotmail.com'),
    ('P0030', 'Ibe', 'Joossens', '3C', 'nele.joossens@telenet.be', ''),
    ('P0035', 'Milan', 'Claessens', '3B', 'sandra.claessens@skynet.be', 'frank.claessens@skynet.be'),
    ('P0041', 'Nina', 'Verhaegen', '5A', 'johan.verhaegen@proximus.be', 'lies.moens@telenet.be'),
    ('P0048', 'Bilal', 'Ouali', '1B', 'naima.ouali@gmail.com', 'youssef.ouali@hotmail.com'),
    ('P0052', 'Jolien', 'Mertens', '6B', 'mertens.gert@telenet.be', 'linda.daems@telenet.be'),
    ('P0055', 'Finn', 'Van Damme', '1A', 'karen.vandamme@telenet.be', ''),
    ('P0056', 'Febe', 'Van Dam', '1A', 'karen.vandam@gmail.com', 'stijn.vandam@gmail.com'),
    ('P0060', 'Jasper', 'Heylen', '2B', 'inge.heylen@telenet.be', ''),
    ('P0063', 'Jakub', 'Kowalski', '3D', 'marta.kowalska@gmail.com', 'tomasz.kowalski@outlook.com'),
    ('P0075', 'Daniel', 'Okafor', '2A', 'grace.okafor@gmail.com', 'emeka.okafor@kuleuven.be'),
    ('P0080', 'Emma', 'Lenaerts', '6A', 'sofie.lenaerts@telenet.be', 'bart.lenaerts@telenet.be'),
    ('P0085', 'Mauro', 'Lemmens', '1C', 'tessa.vos@telenet.be', 'dirk.lemmens@gmail.com'),
    ('P0090', 'Benjamin', 'Mukendi', '2D', 'chantal.mukendi@skynet.be', ''),
    ('P0095', 'Kobe', 'Segers', '1B', 'veerle.segers@hotmail.com', 'jo.segers@hotmail.com'),
    ('P0100', 'Amber', 'De Wit', '2C', 'katrien.dewit@telenet.be', ''),
    ('P0101', 'Noor', 'De Wilde', '2C', 'katrien.dewilde@gmail.com', 'bart.dewilde@gmail.com'),
    ('P0105', 'Sem', 'Vandenberghe', '3A', 'lies.vandenberghe@telenet.be', 'koen.vandenberghe@telenet.be'),
    ('P0106', 'Arne', 'Lauwers', '3A', 'griet.lauwers@proximus.be', ''),
    ('P0107', 'Youssef', 'El Khattabi', '3A', 'nora.elkhattabi@gmail.com', 'rachid.elkhattabi@gmail.com'),
    ('P0110', 'Lucas', 'Van Roy', '2A', 'ann.vanroy@telenet.be', 'filip.vanroy@gmail.com'),
    ('P0111', 'Lucas', 'Dierckx', '4C', 'nathalie.dierckx@hotmail.com', ''),
    ('P0112', 'Lucas', 'Geerts', '2D', 'bart.geerts@telenet.be', 'els.geerts@gmail.com'),
    ('P0115', 'Jens', 'Pauwels', '4C', 'linda.pauwels@telenet.be', ''),
    ('P0120', 'Ayoub', 'Essafi', '2D', 'khadija.essafi@gmail.com', ''),
    ('P0125', 'Hanne', 'Goris', '5B', 'marleen.goris@telenet.be', 'eddy.goris@telenet.be'),
    ('P0130', 'Kelly', 'Peeters', '4D', 'nancy.peeters@hotmail.com', ''),
    ('P0135', 'Dylan', 'Cools', '3D', 'kevin.cools@gmail.com', 'cindy.vanhees@hotmail.com'),
    ('P0140', 'Imane', 'Bouzid', '1D', 'samira.bouzid@hotmail.com', ''),
    ('P0145', 'Ella', 'Vandevelde', '6A', 'caroline.vandevelde@telenet.be', 'tom.vandevelde@telenet.be'),
    ('P0150', 'Ayla', 'Demirci', '3B', 'ozlem.demirci@hotmail.com', ''),
    ('P0155', 'Jana', 'Michiels', '2B', 'sabine.michiels@telenet.be', 'wim.michiels@telenet.be'),
    ('P0160', 'Amir', 'Haddouchi', '2A', 'latifa.haddouchi@gmail.com', ''),
    ('P0165', 'Jarne', 'Stevens', '1A', 'stevens.peter@telenet.be', 'sara.wouters@telenet.be'),
    ('P0166', 'Seppe', 'Stevens', '4A', 'an.stevens78@gmail.com', ''),
    ('P0170', 'Mats', 'Verbruggen', '5B', 'hilde.verbruggen@skynet.be', ''),
    ('P0175', 'Inès', 'Kabongo', '1B', 'clarisse.kabongo@gmail.com', ''),
    ('P0180', 'Hamid', 'Rahimi', '1D', 'rahimi.family@outlook.com', ''),
    ('P0185', 'Kiara', 'Van den Broeck', '2D', 'jessica.vandenbroeck@hotmail.com', ''),
    ('P0190', 'Noah', 'Vervoort', '3C', 'sien.dhondt@telenet.be', 'pieter.vervoort@gmail.com'),
    ('P0195', 'Fien', 'Baert', '1C', 'evy.baert@telenet.be', 'jan.baert@telenet.be'),
    ('P0200', 'Robbe', 'Hendrickx', '3C', 'kristel.hendrickx@proximus.be', ''),
    ('P0205', 'Lina', 'Bakkali', '2C', 'said.bakkali@gmail.com', 'houda.bakkali@gmail.com'),
    ('P0206', 'Lise', 'Bakkers', '5A', 'saskia.bakkers@telenet.be', ''),
    ('P0210', 'Sofiane', 'Tahiri', '4D', 'malika.tahiri@hotmail.com', ''),
    ('P0215', 'Oumaima', 'Chaouki', '5D', 'chaouki.fam@gmail.com', ''),
    ('P0220', 'Daan', 'Vercammen', '5C', 'leen.vercammen@telenet.be', 'stef.vercammen@telenet.be'),
    ('P0225', 'Roos', 'Vermeiren', '3A', 'tine.vermeiren@telenet.be', 'dirk.vermeiren@skynet.be'),
    ('P0230', 'Lenn', 'Bosmans', '1A', 'ilse.bosmans@telenet.be', ''),
    ('P0231', 'Aya', 'Mahjoubi', '1B', 'mahjoubi.nadia@gmail.com', ''),
    ('P0232', 'Stan', 'Moens', '1C', 'kathy.moens@proximus.be', 'bert.moens@proximus.be'),
    ('P0233', 'Zoë', 'Luyten', '1D', 'luyten.an@telenet.be', ''),
    ('P0235', 'Viktor', 'Nys', '4A', 'evelyne.nys@skynet.be', ''),
    ('P0236', 'Marie', 'Celis', '5B', 'celis.gert@telenet.be', 'annemie.celis@telenet.be'),
    ('P0238', 'Arthur', 'Lievens', '3D', 'katleen.lievens@telenet.be', 'joris.lievens@telenet.be'),
    ('P0240', 'Lotte', 'Vanhoutte', '1A', 'joke.vanhoutte@telenet.be', ''),
    ('P0241', 'Lotte', 'Schoofs', '3B', 'bert.schoofs@skynet.be', 'ann.schoofs@skynet.be'),
    ('P0243', 'Bent', 'Smeets', '3C', 'wouter.smeets@gmail.com', ''),
    ('P0244', 'Warre', 'Dewaele', '3C', 'ine.dewaele@telenet.be', 'ruben.dewaele@telenet.be'),
    ('P0246', 'Yanis', 'Haddad', '2B', 'leila.haddad@gmail.com', ''),
    ('P0247', 'Lucie', 'Dubois', '2B', 'm.dubois@skynet.be', ''),
    ('P0248', 'Tuur', 'Vandenbussche', '4A', 'ann.vandenbussche@telenet.be', ''),
    ('P0249', 'Chloë', 'Peeters', '6C', 'peeters.chris@proximus.be', ''),
    ('P0250', 'Zeynep', 'Aydın', '1B', 'fatma.aydin@hotmail.com', 'ali.aydin@hotmail.com'),
    ('P0218', 'Eline', 'Wijns', '4A', 'wijns.heidi@telenet.be', ''),
    ('P0219', 'Nina', 'Van Gorp', '2C', 'liesbeth.vangorp@telenet.be', ''),
]

FIRST = ('Lars Wout Mathis Tibo Jules Louis Victor Ferre Rune Senne Kobe Milan Lukas Arthur Maxim Cas Bram Jonas Seppe Jelle '
         'Mohamed Adam Rayan Ismail Omar Mehmet Emre Burak Kerem Mikołaj Szymon Filip Jan Kevin Gloire Christ Joël Prince '
         'Emma Marie Julie Nore Lina Fleur Hanne Ine Lien Lotte Febe Axelle Anouk Kato Elise Saar Amelie Liv Margot '
         'Noa Aya Salma Hiba Meryem Zeynep Ecem Hira Zuzanna Oliwia Maja Grâce Merveille Divine Lisa Laure Jade Olivia').split()
LAST = ('Peeters Janssens Maes Jacobsen Mertens Willems Claes Goossens Wouters De Smedt Dubois Lambrechts Dupont Hermans '
        'Aerts Michiels Verhoeven Vermeulen Smets Van Den Bossche Desmet Bosmans Cuypers Lemmens Thys Stas Vanhoof Swinnen '
        'Vandenbroucke Schepers Leemans Geukens Van Hoof Timmermans Gielen Jans Luyckx Vanderstraeten Verbist Daems Wyns '
        'El Idrissi Ait Ouali Amrani Boukhari Ben Ali Ouchan Aslan Kaya Demir Çelik Öztürk Nowak Kowalczyk Zieliński Lewandowski '
        'Mbuyi Kalonji Ilunga Tshibangu Nsimba Pinto Rossi Haesen Vanbrabant Coenen Sterckx Ceulemans Bertels Moonen').split()
# two-word surnames in the pool were split; rejoin the few we want
LAST = [l for l in LAST if l not in ('Van', 'Den', 'Bossche', 'De', 'Smedt', 'El', 'Idrissi', 'Ait', 'Ben', 'Ali', 'Ouali')]
LAST += ['Van den Bossche', 'De Smedt', 'El Idrissi', 'Ait Taleb', 'Ben Ali']
PARENT_F = 'An Els Sofie Katrien Inge Nathalie Karen Sarah Leen Tine Nadia Fatima Hatice Magda Agata Marie-Claire Ilse Veerle Nele Evi'.split()
PARENT_M = 'Koen Bart Tom Peter Kris Geert Wim Filip Steven Dirk Said Ahmed Hakan Piotr Pierre Jan Stijn Frederik Johan Glenn'.split()
DOMAINS = ['telenet.be', 'telenet.be', 'gmail.com', 'gmail.com', 'hotmail.com', 'skynet.be', 'proximus.be', 'outlook.com']
CLASSES = [f'{y}{c}' for y in range(1, 7) for c in 'ABCD']

def build_roster():
    rng = random.Random(20240902)
    rows = {r[0]: r for r in STORY}
    used_names = {(r[1], r[2]) for r in STORY}
    used_mail = {r[4] for r in STORY} | {r[5] for r in STORY if r[5]}
    per_class = {c: 0 for c in CLASSES}
    for r in STORY:
        per_class[r[3]] += 1
    free_ids = [f'P{i:04d}' for i in range(1, 251) if f'P{i:04d}' not in rows]
    target = {c: 10 + (1 if i % 3 != 2 else 0) for i, c in enumerate(CLASSES)}  # 10 or 11 per class
    slots = []
    for c in CLASSES:
        slots += [c] * max(0, target[c] - per_class[c])
    rng.shuffle(slots)
    while len(slots) < len(free_ids):
        slots.append(rng.choice(CLASSES))
    slots = slots[:len(free_ids)]
    for pid, klas in zip(free_ids, slots):
        while True:
            fn, ln = rng.choice(FIRST), rng.choice(LAST)
            if (fn, ln) not in used_names and fn not in ('Roos', 'Lore'):
                break
        used_names.add((fn, ln))
        def pmail(first):
            d = rng.choice(DOMAINS)
            for form in (f'{slugname(first)}.{slugname(ln)}@{d}', f'{slugname(ln)}.{slugname(first)}@{d}',
                         f'{slugname(first)}.{slugname(ln)}{rng.randint(60, 89)}@{d}'):
                if form not in used_mail:
                    used_mail.add(form)
                    return form
            raise RuntimeError('mail clash')
        p1 = pmail(rng.choice(PARENT_F))
        p2 = pmail(rng.choice(PARENT_M)) if rng.random() < 0.6 else ''
        rows[pid] = (pid, fn, ln, klas, p1, p2)
    return rows

ROSTER = build_roster()

def pupil_mail(pid):
    r = ROSTER[pid]
    return f'{slugname(r[1])}.{slugname(r[2])}@leerling.{SCHOOL}'

def par(pid, n=1):
    return ROSTER[pid][4 if n == 1 else 5]

def write_roster():
    rows = sorted(ROSTER.values(), key=lambda r: (r[3], ascii_fold(r[2]), r[1]))
    lines = ['Intern nummer;Voornaam;Naam;Klas;E-mailadres leerling;E-mailadres ouder 1;E-mailadres ouder 2']
    for r in rows:
        lines.append(';'.join([r[0], r[1], r[2], r[3], pupil_mail(r[0]), r[4], r[5]]))
    with open(os.path.join(OUT, 'roster.csv'), 'w', encoding='utf-8-sig', newline='') as f:
        f.write('\r\n'.join(lines) + '\r\n')

# ---------------------------------------------------------------- mail assembly
MAILS = []
MAILERS = {
    'outlook': 'Microsoft Outlook 16.0',
    'owa': None,
    'tb': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.16.0',
    'apple': 'Apple Mail (2.3774.500.171.1.1)',
    'gmailweb': None,
}

def msgid(n, slug, domain, style):
    h = hashlib.sha1(f'{n}-{slug}'.encode()).hexdigest().upper()
    if style in ('outlook', 'owa'):
        return f'<AM9PR02MB{h[:4]}{h[4:10]}{n:03d}E{h[10:14]}@AM9PR02MB{h[14:18]}.eurprd02.prod.outlook.com>'
    return f'<{h[:8].lower()}-{h[8:12].lower()}-{n:03d}@{domain}>'

def envelope(n, frm, to, subject, date, body, cc=None, client='outlook', irt=None, extra=None):
    top = Message()
    top['Date'] = format_datetime(mkdate(date))
    top['From'] = addr(frm)
    if to is not None:
        top['To'] = ', '.join(addr(a) for a in to) if to else 'undisclosed-recipients:;'
    if cc:
        top['Cc'] = ', '.join(addr(a) for a in cc)
    top['Subject'] = hv(subject)
    dom = bare(frm).split('@')[1]
    top['Message-ID'] = msgid(n, subject, dom, client)
    if irt:
        top['In-Reply-To'] = irt
        top['References'] = irt
    if client == 'outlook':
        top['Thread-Topic'] = hv(subject.split(': ', 1)[-1])
        top['X-Mailer'] = MAILERS['outlook']
        top['Content-Language'] = 'nl-BE'
    elif client in ('tb', 'apple'):
        top['User-Agent' if client == 'tb' else 'X-Mailer'] = MAILERS[client]
    for k, v in (extra or []):
        top[k] = v
    top['MIME-Version'] = '1.0'
    for k, v in body.items():
        top[k] = v
    if body.is_multipart():
        eight = any(p.get('Content-Transfer-Encoding', '') == '8bit' for p in body.walk() if not p.is_multipart())
        top['Content-Transfer-Encoding'] = '8bit' if eight else '7bit'
    top._payload = body._payload
    return top

def M(n, slug, *, frm, to, subject, date, body, cc=None, bcc=(), rules=(), cats=None, about=(), mis=False,
      note='', lang='nl', fmt=(), client='outlook', irt=None, mail_from=None, extra=None):
    msg = envelope(n, frm, to, subject, date, body, cc=cc, client=client, irt=irt, extra=extra)
    rcpt = [bare(a) for a in (to or [])] + [bare(a) for a in (cc or [])] + list(bcc)
    fname = f'{n:03d}-{slug}.eml'
    label = {
        'rules': list(rules),
        'categories': {'sensitive': list(cats)} if cats else None,
        'mail_from': mail_from or bare(frm),
        'rcpt': rcpt,
        'about': list(about),
        'misdirected': bool(mis),
        'note': note,
        'lang': lang,
        'format': list(fmt),
    }
    assert ('sensitive' in rules) == bool(cats), fname
    MAILS.append((n, fname, msg, label))

def sub_msg(frm, to, subject, date, body, cc=None, mid=None):
    """an inner message (for message/rfc822 forwards)"""
    m = Message()
    m['Date'] = format_datetime(mkdate(date))
    m['From'] = addr(frm)
    m['To'] = ', '.join(addr(a) for a in to)
    if cc:
        m['Cc'] = ', '.join(addr(a) for a in cc)
    m['Subject'] = hv(subject)
    m['Message-ID'] = mid or f'<{hashlib.sha1(subject.encode()).hexdigest()[:16]}@{bare(frm).split("@")[1]}>'
    m['MIME-Version'] = '1.0'
    for k, v in body.items():
        m[k] = v
    m._payload = body._payload
    return m

def yq(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'

def write_all():
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    MAILS.sort(key=lambda x: x[0])
    ns = [m[0] for m in MAILS]
    assert ns == list(range(1, len(MAILS) + 1)), ns
    y = ['# labels for batch02 (see blind-brief.md); one entry per .eml', '']
    for n, fname, msg, lab in MAILS:
        with open(os.path.join(OUT, fname), 'wb') as f:
            BytesGenerator(f, mangle_from_=False, policy=POL).flatten(msg)
        y.append(f'{fname}:')
        y.append(f'  rules: [{", ".join(lab["rules"])}]')
        if lab['categories']:
            y.append(f'  categories: {{sensitive: [{", ".join(lab["categories"]["sensitive"])}]}}')
        y.append(f'  mail_from: {lab["mail_from"]}')
        y.append(f'  rcpt: [{", ".join(lab["rcpt"])}]')
        y.append(f'  about: [{", ".join(lab["about"])}]')
        y.append(f'  misdirected: {"true" if lab["misdirected"] else "false"}')
        y.append(f'  note: {yq(lab["note"])}')
        y.append(f'  lang: {lab["lang"]}')
        y.append(f'  format: [{", ".join(lab["format"])}]')
    with open(os.path.join(OUT, 'labels.yaml'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(y) + '\n')
    write_roster()

# ---------------------------------------------------------------- people
S = lambda local: f'{local}@{SCHOOL}'
KOEN = ('Koen Vanderlinden', S('koen.vanderlinden'))
DIRECTIE = ('Directie Sint-Pieterscollege', S('directie'))
SARAH = ('Sarah Meert', S('sarah.meert'))
GRIET = ('Griet Van Hove', S('griet.vanhove'))
GRIET_S = ('Van Hove Griet', 'gvh@spc.ksleuven.be')
JONAS = ('Jonas Claes', S('jonas.claes'))
MARTINE = ('Martine Goossens', S('martine.goossens'))
SECR = ('Secretariaat Sint-Pieterscollege', S('secretariaat'))
PATRICK = ('Patrick Wouters', S('patrick.wouters'))
PATRICK_S = ('Wouters Patrick', 'pw@spc.ksleuven.be')
BRAM = ('Bram Verstraeten', S('bram.verstraeten'))
ICT = ('ICT Sint-Pieterscollege', 'ict@spc.ksleuven.be')
HILDE = ('Hilde Jacobs', S('hilde.jacobs'))
ELS = ('Els Lambrechts', S('els.lambrechts'))
NADIA = ('Nadia El Amrani', S('nadia.elamrani'))
PIETER = ('Pieter De Smet', S('pieter.desmet'))
KAREN = ('Karen Wuyts', S('karen.wuyts'))
YUSUF = ('Yusuf Demir', S('yusuf.demir'))
LIEN = ('Lien Maes', S('lien.maes'))
DRIES = ('Dries Willems', S('dries.willems'))
ANNSOFIE = ('Ann-Sofie Hermans', S('ann-sofie.hermans'))
WIM = ('Wim Coppens', S('wim.coppens'))
KATRIEN = ('Katrien Smets', S('katrien.smets'))
JORIS = ('Joris Aerts', S('joris.aerts'))
ILSE = ('Ilse Vermeulen', S('ilse.vermeulen'))
LUC = ('Luc Bertels', S('luc.bertels'))
STEFAAN = ('Stefaan D\'hooghe', S('stefaan.dhooghe'))
EVELIEN = ('Evelien Raes', S('evelien.raes'))
TOON = ('Toon Vanhecke', 'tvh@spc.ksleuven.be')
MARIEKE = ('Marieke Segers', S('marieke.segers'))
PRIVACY = ('Aanspreekpunt informatieveiligheid', 'privacy@lksd.ksleuven.be')
CLB_SOFIE = ('Sofie Janssens', 'sofie.janssens@clb-leuven.be')
CLB_AN = ('dr. An Geudens', 'an.geudens@clb-leuven.be')
CLB_MIEKE = ('Mieke Dewitte', 'mieke.dewitte@clb-leuven.be')
OCMW = ('Annelies Verbeke', 'annelies.verbeke@leuven.be')
OUDERS = S('ouders')
PERSONEEL = S('personeel')
UNDISCLOSED = []  # To: undisclosed-recipients:;

SCHOOL_TEL = '016 29 84 10'
SIG_SECR_TEL = f'''Martine Goossens
Secretariaat
Sint-Pieterscollege Leuven
Dijlekaai 14 - 3000 Leuven
tel. {SCHOOL_TEL}'''
SIG_JONAS_TEL = '''Jonas Claes
Leerlingenbegeleider 2de en 3de graad
Sint-Pieterscollege | Dijlekaai 14 | 3000 Leuven
016 29 84 17'''
SIG_GRIET = '''Griet Van Hove
zorgcoördinator
Sint-Pieterscollege Leuven'''

# ================================================================ mails 001-020
def mails_01():
    # 001 -------------------------------------------------------------
    quoted = '''Dag Griet,

Lore Bogaerts is al sinds vrijdag afwezig, geen briefje, mama neemt niet op.
Weet jij meer? Ze moest morgen haar inhaaltoets goniometrie doen.

Hilde'''
    body = f'''Hoi Hilde,

Sorry, ik had je eerder moeten verwittigen, het was een gekke week.

Lore is niet ziek. Ze logeert sinds het weekend bij haar grootmoeder in
Wilsele, omdat het vrijdagavond thuis helemaal uit de hand gelopen is tussen
haar en de nieuwe vriend van mama. De politie is ter plaatse geweest en er
loopt nu een dossier bij het parket. Mama heeft me gisteren gebeld, ze is er
zelf kapot van.

Praktisch:
- Lore komt donderdag terug, oma brengt haar met de auto. Ze mag langs de
  achterpoort binnen als ze dat liever heeft.
- De vriend van mama mag haar NIET ophalen en krijgt geen info. Staat hij aan
  het onthaal: meteen Koen of mij bellen.
- De inhaaltoets mag je laten vallen of verplaatsen, dat laat ik aan jou.
- Ze wil niet dat de klas het weet. Ze gaat zeggen dat ze griep had, laat haar
  maar.

Ik zet het vandaag nog in het lvs onder vertrouwelijk. Kan jij donderdag het
eerste lesuur even bij haar zijn? Ik kom na de middag langs.

Groetjes,
Griet

Van: Hilde Jacobs <hilde.jacobs@sintpieterscollege.be>
Verzonden: maandag 18 november 2024 16:42
Aan: Griet Van Hove <griet.vanhove@sintpieterscollege.be>
Onderwerp: Lore 4B

{quoted}
'''
    M(1, 're-lore-4b', frm=GRIET, to=[HILDE], subject='RE: Lore 4B', date='2024-11-18 21:07',
      body=text(body), rules=['sensitive'], cats=['family', 'psychosocial'], about=['P0007'],
      note='care coordinator tells class teacher the pupil stays with her grandmother after violence at home; police involved',
      fmt=['plain', 'reply', 'outlook-quote'])

    # 002 -------------------------------------------------------------
    blocks = ['''Geachte ouders

Bij de start van het nieuwe schooljaar zetten we graag de afspraken rond ziekte en medicatie op school nog eens op een rij. Ze staan ook in het schoolreglement (deel 3.3).
''', '''Medicatie tijdens de schooluren
In principe dienen leerkrachten en secretariaatsmedewerkers geen medicatie toe. Soms is dat echter niet te vermijden, bijvoorbeeld:
•  een antibioticakuur die ook 's middags genomen moet worden;
•  een puffer bij astma of inspanningsastma;
•  medicatie bij ADHD die op de middag genomen wordt;
•  een adrenalinepen (bv. een EpiPen) bij een ernstige allergie.
In die gevallen vragen we dat de behandelende arts het attest "medicatie op school" invult en ondertekent. U vindt het attest op Smartschool bij Documenten > Formulieren en op het secretariaat. Geef de medicatie mee in de originele verpakking, met de naam van uw kind erop.
''', '''Pijnstillers en "iets tegen de hoofdpijn"
Wij geven geen pijnstillers of andere vrij verkrijgbare medicatie zonder attest, ook niet als uw kind daar zelf om vraagt. Voelt uw kind zich niet goed, dan bellen we u en bekijken we samen of het beter naar huis gaat.
''', '''Chronische aandoeningen
Heeft uw kind een aandoening waar de school van op de hoogte moet zijn (bv. diabetes, epilepsie, een hartprobleem), neem dan contact op met het secretariaat. We maken dan samen met u, en indien nodig met de CLB-arts, een afsprakenplan op. Die informatie wordt enkel gedeeld met de leerkrachten die ze echt nodig hebben.
''', f'''Vragen? Het secretariaat is elke schooldag bereikbaar van 7u45 tot 16u30 op het nummer {SCHOOL_TEL}.

Met vriendelijke groeten

Sarah Meert
adjunct-directeur''']
    M(2, 'medicatie-op-school-alle-ouders', frm=SARAH, to=[SARAH], bcc=[OUDERS],
      subject='Afspraken rond ziekte en medicatie op school', date='2024-09-04 15:30',
      body=outlook(blocks, '----=_NextPart_000_0002_01DAFE2B.7C1A3E40'), rules=['personal_data'],
      note='general letter to all parents (Bcc) about the medication procedure with examples; school phone number',
      fmt=['alt', 'outlook-html', 'bcc-group'])

    # 003 -------------------------------------------------------------
    body = '''Dag Toon,

Welkom bij de vakgroep wiskunde! Nog één ding dat ik gisteren vergeten ben:
het digibord in B204 draait op een pc die (nog) niet in het domein hangt, dus
daar log je niet in met je eigen account maar met de gedeelde account
"lokaalB204".

Het wachtwoord van de gedeelde account is sinds vorige week Dijle!Kaai2024
(met hoofdletters D en K). Het oude van op het briefje in de vakgroepmap werkt
dus niet meer, dat briefje heb ik ondertussen versnipperd.

Niet op een post-it aan het bord plakken aub :-)

Bram
ICT-coördinator
'''
    M(3, 'gedeelde-account-b204', frm=BRAM, to=[TOON], subject='digibord B204', date='2024-09-10 08:12',
      body=text(body), client='tb', rules=['password'],
      note='ICT gives a new colleague the current password of a shared classroom account in prose',
      fmt=['plain'])

    # 004 -------------------------------------------------------------
    blocks = ['''Dag collega's van 5C

Na het eerste oudercontact kreeg ik een paar zaken door die jullie best weten. Graag discreet behandelen en zeker niet in de klas bespreken.
''', ('table', [
        ['Leerling', 'Klas', 'Wat', 'Wat doen we'],
        ['Yasmine A.', '5C', 'ernstige notenallergie, EpiPen in voorvak boekentas', 'bij reactie: pen zetten, 112 bellen, secretariaat verwittigen'],
        ['Ruben V.', '5C', 'diabetes type 1 (sensor op bovenarm)', 'mag altijd eten/drinken in de les, gsm mag aan voor de app'],
        ['Kacper W.', '5C', 'knieoperatie op 15/10, op krukken', 'geen LO tot de krokus, liftsleutel via secretariaat, mag 5 min vroeger vertrekken'],
    ]), '''
Pieter, het attest van Kacper ligt al op het secretariaat.
Voor de uitstap naar Brussel neem ik zelf de EpiPen-instructie mee.

Dries''']
    M(4, '5c-aandachtspunten', frm=DRIES, to=[ELS, NADIA, PIETER, KAREN, YUSUF],
      subject='5C - aandachtspunten (vertrouwelijk)', date='2024-10-24 12:35',
      body=outlook(blocks, '----=_NextPart_000_0004_01DB2611.3F0B9A20'), rules=['sensitive'], cats=['medical'],
      about=['P0012', 'P0013', 'P0014'],
      note='class teacher shares an Outlook table with allergy, diabetes and surgery of three pupils (initials + class) with colleagues',
      fmt=['alt', 'outlook-html', 'table'])

    # 005 -------------------------------------------------------------
    body = '''Beste ouders

Elke school werkt samen met een Centrum voor Leerlingenbegeleiding (CLB).
Voor het Sint-Pieterscollege is dat het CLB Leuven. Omdat we merken dat veel
ouders niet goed weten wat het CLB doet, geven we hieronder een kort overzicht.

Waarvoor kan uw kind bij het CLB terecht?
- Leren en studeren: bv. je kind raakt niet gemotiveerd, haalt slechte punten
  ondanks hard werken, of er is een vermoeden van een leerstoornis.
- Studiekeuze: bv. twijfel over de richting in het derde jaar of over verder
  studeren na het zesde.
- Gezondheid: de systematische contacten (medisch onderzoek) in het eerste en
  derde jaar, de vaccinaties, vragen over slapen, eten, puberteit...
- Welbevinden: bv. je kind zit niet goed in zijn vel, wordt gepest, heeft het
  moeilijk met een scheiding of een overlijden in de familie.

Hoe werkt het?
Uw kind kan zelf naar het CLB stappen, u kan als ouder contact opnemen, of de
school kan - altijd in overleg met u en uw kind - een vraag doorgeven. Het CLB
werkt gratis en discreet. Wat uw kind aan een CLB-medewerker vertelt, komt
niet zomaar bij de school terecht.

De CLB-medewerker voor onze school is Sofie Janssens. Elke dinsdagvoormiddag
houdt zij zitdag op school (lokaal A012, naast het secretariaat). U kan haar
ook mailen: sofie.janssens@clb-leuven.be.

Meer info vindt u in de brochure die we bij de inschrijving meegaven en op de
website van het CLB.

Met vriendelijke groet

Sarah Meert
adjunct-directeur eerste graad
'''
    M(5, 'clb-info-ouders', frm=SARAH, to=UNDISCLOSED, bcc=[OUDERS], subject='Wat doet het CLB voor uw kind?',
      date='2024-09-16 17:05', body=text(body, cte='quoted-printable'), client='owa',
      note='general CLB information letter to all parents (Bcc) with examples of pupils needs',
      fmt=['plain', 'qp', 'bcc-group'])

    # 006 -------------------------------------------------------------
    body = '''Beste mevrouw De Wit

Amber was vorige vrijdag afwezig (dat is in orde, het briefje is binnen) en
heeft daardoor de toets Engels van unit 3 gemist (present perfect en de
woordenschat "travel").

Ze kan die inhalen op dinsdag 26 november tijdens het achtste lesuur in lokaal
A103. Wilt u haar daar nog even aan herinneren? Ze mag de woordenlijst op
p. 48 nog eens doornemen, dat is voldoende.

Met vriendelijke groeten

Lien Maes
leerkracht Engels - klastitularis 2C
'''
    M(6, 'inhaaltoets-engels-amber', frm=LIEN, to=[('Katrien De Wilde', par('P0101'))],
      subject='Inhaaltoets Engels Amber', date='2024-11-19 19:48', body=text(body), client='owa',
      about=['P0100'], mis=True,
      note='retake notice about Amber De Wit sent only to the mother of Noor De Wilde (autocomplete on Katrien De Wi...)',
      fmt=['plain'])

    # 007 -------------------------------------------------------------
    body = f'''Beste mevrouw Verbeke

Naar aanleiding van ons telefoongesprek van gisteren stuur ik u het overzicht
van wat er voor het gezin Benali nog openstaat bij ons. Mevrouw El Ouardi gaf
gisteren op school mondeling haar akkoord om dit met u te bespreken.

- Ilias (3A): schoolrekening 1ste trimester 198,40 euro + sportdag 12,00 euro
- Sara (1C): schoolrekening 1ste trimester 187,10 euro + werkboeken 15,00 euro
Totaal openstaand: 412,50 euro (zie ook bijgevoegd overzicht)

Zoals afgesproken neemt het OCMW de helft ten laste (206,25 euro). Het saldo
betaalt de familie in drie schijven van 68,75 euro, telkens voor de 15de van
januari, februari en maart. Storten kan op {SCHOOL_IBAN} met vermelding
"Benali 3A-1C OCMW".

De rekening van de skidag in februari zet ik voorlopig in wacht tot we weten
of het gezin daar ook steun voor krijgt.

Met vriendelijke groeten

Patrick Wouters
boekhouding - Sint-Pieterscollege
'''
    csvtxt = '''leerling;klas;omschrijving;bedrag;status
Ilias Benali;3A;schoolrekening T1;198,40;open
Ilias Benali;3A;sportdag Hasselt;12,00;open
Sara Benali;1C;schoolrekening T1;187,10;open
Sara Benali;1C;werkboeken Frans + wiskunde;15,00;open
;;totaal;412,50;
'''
    m = multi('mixed', [text(body, cte='quoted-printable'),
                        text(csvtxt, ctype='text/csv', cte='base64', filename='openstaand_benali.csv')],
              '----=_NextPart_000_0007_01DB4A77.0E5D1C60')
    M(7, 'ocmw-openstaand-benali', frm=PATRICK, to=[OCMW], subject='Openstaande rekeningen fam. Benali',
      date='2024-12-05 10:21', body=m, rules=['sensitive', 'personal_data'], cats=['financial'],
      about=['P0021', 'P0022'],
      note='accountant tells the OCMW social worker the unpaid bills of one family and the split payment; school IBAN',
      fmt=['mixed', 'qp', 'attachment-csv'])

    # 008 -------------------------------------------------------------
    body = '''Beste collega's

Volgende week is het de Week tegen Pesten. Een goed moment om ons stappenplan
nog eens op te frissen. Het staat ook in het zorgbeleid op Smartschool
(Personeel > Zorg > Pestbeleid).

Stap 1 - Signaal opvangen
Elk signaal telt, ook als het klein lijkt: bv. een leerling die altijd alleen
staat op de speelplaats, die uit een groepschat wordt gezet of die opeens niet
meer mee wil op uitstap. Neem het ernstig en luister.

Stap 2 - Melden
Meld het aan de leerlingenbegeleider van de graad. Noteer je observatie in het
leerlingvolgsysteem, NIET in een mail of in de Teams-chat.

Stap 3 - Gesprek met de leerling die gepest wordt
Dat doet de leerlingenbegeleider. We vragen wat er gebeurt, wat de leerling
zelf wil en wie hij of zij vertrouwt.

Stap 4 - Aanpak
Meestal werken we met de no-blame-methode: een steungroep met meelopers,
vrienden en pestende leerlingen, zonder te straffen. Bij ernstige feiten
(geweld, verspreiden van naaktbeelden, bedreiging) volgt het
orde- en tuchtreglement en schakelen we de directie in.

Stap 5 - Ouders en opvolging
De ouders van alle betrokken leerlingen worden geinformeerd. Na twee en na zes
weken volgt een evaluatiegesprek.

Vragen? Spring gerust binnen in A014.

Jonas
'''
    M(8, 'stappenplan-pesten-personeel', frm=JONAS, to=[JONAS], bcc=[PERSONEEL], subject='Week tegen Pesten - ons stappenplan',
      date='2025-02-07 13:10', body=text(body), client='outlook',
      note='general anti-bullying procedure sent to all staff (Bcc), examples but no individual case',
      fmt=['plain', 'bcc-group'])

    # 009 -------------------------------------------------------------
    body = '''Dear Dr Whitfield,

Thank you again for agreeing to talk to our sixth-years this Thursday about
gene editing. The pupils have been preparing questions all week, so expect a
lively discussion.

A few practical things:
- Please report to reception (entrance Dijlekaai 14) at 10:15; I will pick
  you up there. The talk is in the auditorium from 10:35 to 12:10.
- Parking is possible in the inner courtyard; the gate opens automatically
  when you ring and say you are our guest.
- The projector has HDMI and USB-C. If you prefer to run your slides from the
  cloud, you can use our guest wifi: network SPC-Gast, key Pieter&Paul-0925.
  The key changes every month, so this one is valid until 30 September.

Lunch is on us afterwards in the staff room, if you have time.

Kind regards,

Karen Wuyts
Biology teacher
Sint-Pieterscollege Leuven
'''
    M(9, 'guest-speaker-wifi', frm=KAREN, to=[('Sarah Whitfield', 's.whitfield@lumenbio.co.uk')],
      subject='Thursday - practical info', date='2024-09-23 20:14', body=alt_plain_html(body, '000000000000a1b2c3d4e5f60009'),
      client='gmailweb', rules=['password'], lang='en',
      note='teacher gives an external guest speaker the guest wifi key in English prose',
      fmt=['alt', 'html-simple'])

    # 010 -------------------------------------------------------------
    body = '''Dag collega's van 3C

Kort: voor I.J. (3C) is eindelijk het verslag van het revalidatiecentrum
binnen. Dyslexie en dysorthografie zijn bevestigd. Op de klassenraad van
december beslissen we definitief, maar vanaf nu gelden al deze maatregelen
(ze staan ook op de leerlingfiche in Smartschool):

- toetsen in Arial 12, op A3 als hij dat vraagt
- een derde extra tijd, of minder vragen met dezelfde doelen
- spelling niet meetellen, behalve bij de spellingstoetsen Nederlands en
  Frans
- voorleessoftware (Sprint) op zijn laptop bij toetsen; hij zit dan vooraan
  links met zijn oortjes
- niet onvoorbereid hardop laten voorlezen

Hij wil liever niet dat de klas weet waarom hij een laptop heeft. Als iemand
ernaar vraagt: "afspraak met de school", meer niet.

Bedankt!
Ann-Sofie
zorgleerkracht
'''
    M(10, 'maatregelen-ij-3c', frm=ANNSOFIE, to=[STEFAAN, NADIA, ELS, HILDE], cc=[GRIET],
      subject='maatregelen I.J. 3C', date='2024-11-05 16:02', body=text(body), client='outlook',
      rules=['sensitive'], cats=['care', 'medical'], about=['P0030'],
      note='special needs teacher shares a dyslexia diagnosis and the accommodations for a pupil named by initials + class',
      fmt=['plain'])

    # 011 -------------------------------------------------------------
    h = '''<p>Geachte ouders</p>
<p>De schoolraad keurde in juni enkele wijzigingen aan ons schoolreglement goed. Hieronder vindt u de nieuwe tekst van deel 3. Het volledige reglement staat op onze website en op Smartschool.</p>
<h2>3 Begeleiding van uw kind</h2>
<h3>3.1 Zorg en aandacht</h3>
<p>Elke leerling verdient zorg op maat. In de eerste plaats zorgen de leraren en de klastitularis voor een goede begeleiding in de klas (brede basiszorg). Wanneer we merken dat uw kind meer nodig heeft, bijvoorbeeld bij leerproblemen, bij een moeilijke thuissituatie of als het zich niet goed voelt op school, bespreken we dat eerst met u en uw kind.</p>
<h3>3.2 Leerlingenbegeleiding en CLB</h3>
<p>Onze school heeft een zorgteam: een zorgcoördinator, leerlingenbegeleiders per graad en een zorgleerkracht. Zij werken samen met het CLB. Informatie over uw kind wordt enkel gedeeld met wie ze nodig heeft om uw kind te begeleiden, en wordt bewaard in het beveiligde leerlingvolgsysteem.</p>
<h3>3.3 Ziekte, ongeval en medicatie</h3>
<p>Wordt uw kind ziek op school, dan verwittigen we u. We dienen in principe geen medicatie toe, tenzij met een attest van de arts (zie de brief "Afspraken rond ziekte en medicatie"). Bij een ongeval op school of op weg naar school is uw kind verzekerd via de schoolverzekering.</p>
<h3>3.4 Redelijke aanpassingen en individueel aangepast curriculum</h3>
<p>Heeft uw kind een attest of een verslag van het CLB, dan kan de klassenraad redelijke aanpassingen toekennen (bv. extra tijd, een laptop met voorleessoftware) of in uitzonderlijke gevallen een individueel aangepast curriculum opstellen. Dat gebeurt altijd in overleg met u.</p>
<h3>3.5 Privacy</h3>
<p>Voor meer informatie over hoe we met de gegevens van uw kind omgaan, verwijzen we naar onze privacyverklaring.</p>
<p>Met vriendelijke groeten<br>Koen Vanderlinden<br>directeur</p>'''
    M(11, 'schoolreglement-deel3', frm=DIRECTIE, to=[DIRECTIE], bcc=[OUDERS],
      subject='Schoolreglement 2024-2025: nieuwe tekst deel 3 (begeleiding)', date='2024-09-02 11:00',
      body=simple_html(h), client='owa',
      note='rule book excerpt with numbered headings (3.1 Zorg en aandacht...) to all parents in Bcc, no individual pupil',
      fmt=['html-only', 'qp', 'bcc-group'])

    # 012 -------------------------------------------------------------
    body = f'''Beste mevrouw Claessens

Bedankt voor het gesprek van deze namiddag. Zoals beloofd vat ik nog even
samen wat we afgesproken hebben.

Milan vertelde me dat hij sinds de herfstvakantie op de bus en in de
Snapchatgroep van de klas uitgelachen wordt om zijn stem en om zijn kleren, en
dat er vorige week een filmpje van hem rondging dat in de kleedkamer gemaakt
werd. Hij durft 's morgens soms niet meer op te staan en had telkens buikpijn
voor de les LO. Dat hij het nu zelf verteld heeft, is een grote stap.

Wat we doen:
1. Ik spreek deze week apart met de leerlingen die hij noemde. We werken met
   de no-blame-aanpak, zoals ik uitlegde: niemand wordt meteen gestraft,
   maar het moet wel stoppen.
2. Meneer De Smet (LO) is op de hoogte en houdt de kleedkamer in het oog.
3. Milan mag tijdens de middagpauze altijd bij mij binnenspringen (A014).
4. Het filmpje is intussen verwijderd; ik controleer dat nog bij de
   leerlingen zelf.
5. Volgende vrijdag bel ik u om te horen hoe het thuis gaat.

Merkt u dat hij 's avonds erg stil is of niet wil eten, laat het me dan
gerust weten, ook tussendoor.

Met vriendelijke groeten

{SIG_JONAS_TEL}
'''
    M(12, 'gesprek-milan', frm=JONAS, to=[('Sandra Claessens', par('P0035'))], subject='Ons gesprek van vandaag',
      date='2024-11-21 18:33', body=text(body, cte='quoted-printable'), client='outlook',
      rules=['sensitive', 'personal_data'], cats=['psychosocial'], about=['P0035'],
      note='pupil counsellor writes to the mother about her son being bullied (victim) and the approach; phone in signature',
      fmt=['plain', 'qp'])

    # 013 -------------------------------------------------------------
    body = '''Dag Marieke

Welkom bij ons! Nog enkele praktische zaken voor maandag:

- je badge ligt op het secretariaat, vraag naar mij of naar Chantal
- je nieuwe code voor de printer in de leraarskamer is 58213; dat is je
  persoonlijke code, je kopies worden op jouw naam geteld
- je lessenrooster en de klaslijsten vind je in Smartschool; je account is
  actief vanaf maandag 7u
- de sleutel van lokaal C108 (Latijn) krijg je van Luc, de conciërge

Het eerste uur heb je 4A, Ilse heeft het lesmateriaal en de kopieën in je
vakje gelegd.

Veel succes, ’t komt allemaal goed!
Martine
'''
    M(13, 'welkom-interim-printer', frm=MARTINE, to=[MARIEKE], subject='Welkom - praktische info',
      date='2025-01-10 14:40', body=text(body, charset='windows-1252'), client='outlook', rules=['password'],
      note='secretariat gives a new interim teacher her personal copier code in a bullet list',
      fmt=['plain', 'cp1252-8bit'])

    # 014 -------------------------------------------------------------
    body = '''Dag Sofie

Zoals daarnet telefonisch besproken, de korte versie (de rest staat in ons
lvs, waar jij geen toegang toe hebt, vandaar).

N.V. (5A) kwam donderdag na LO naar mij. Mevrouw Raes had in de kleedkamer
gezien dat de wondjes op haar onderarm weer open waren, deze keer ook hoger,
tot bij de elleboog. N. gaf toe dat ze het na een ruzie opnieuw gedaan heeft,
het is de derde keer sinds september. Ze zegt dat ze niet dood wil, maar dat
het "de druk eraf haalt". Ze draagt nu altijd lange mouwen, ook in de les LO.

Mama is op de hoogte en gaat akkoord met een gesprek bij jullie. N. zelf ook,
al was ze er niet enthousiast over.

Kan jij haar deze week nog zien? Woensdagnamiddag heeft ze vrij, of anders
tijdens jouw zitdag dinsdag (dan haal ik haar uit de les Frans).

Alvast bedankt,
Jonas
'''
    M(14, 'clb-doorverwijzing-nv-5a', frm=JONAS, to=[CLB_SOFIE], subject='N.V. 5A - vraag om gesprek',
      date='2024-10-11 12:02', body=text(body), client='outlook',
      rules=['sensitive'], cats=['psychosocial', 'care'], about=['P0041'],
      note='pupil counsellor refers a pupil (initials + class) who self-harms again to the CLB, described without the usual words',
      fmt=['plain'])

def mails_02():
    # 015 -------------------------------------------------------------
    h = '''<p>Beste ouders</p>
<p>Elk jaar krijgen we in september dezelfde vragen. We zetten de antwoorden hier op een rij.</p>
<p><b>Mijn kind is ziek. Wat moet ik doen?</b><br>
Verwittig het secretariaat v&oacute;&oacute;r 8u30 via Smartschool of telefonisch. Bij een afwezigheid van meer dan drie opeenvolgende dagen hebben we een medisch attest nodig.</p>
<p><b>Mijn kind heeft een attest (bv. dyslexie, ADHD, autisme). Moet ik dat aan de school bezorgen?</b><br>
Dat is niet verplicht, maar wel aangeraden. Alleen zo kan de klassenraad redelijke aanpassingen voorzien. U kan het attest afgeven aan de zorgco&ouml;rdinator of aan het CLB.</p>
<p><b>Wij zijn gescheiden. Krijgen we allebei de schoolrekening en het rapport?</b><br>
Beide ouders hebben recht op informatie over hun kind. Geef ons beide e-mailadressen door, dan krijgen beide ouders toegang tot Smartschool. Voor de schoolrekening kan u vragen om die te splitsen.</p>
<p><b>Mijn kind wordt gepest. Bij wie kan ik terecht?</b><br>
Bij de klastitularis of bij de leerlingenbegeleider van de graad. Zij volgen het stappenplan uit ons pestbeleid.</p>
<p><b>Kan ik de schoolrekening gespreid betalen?</b><br>
Ja. Neem discreet contact op met de boekhouding; we zoeken samen een oplossing.</p>
<p><b>Ik ben mijn wachtwoord van Smartschool kwijt.</b><br>
Klik op het aanmeldscherm op &quot;Wachtwoord vergeten?&quot;. U krijgt dan een mail om een nieuw wachtwoord in te stellen. De school kent uw wachtwoord niet en zal er ook nooit naar vragen.</p>
<p>Met vriendelijke groeten<br>Het secretariaat</p>'''
    M(15, 'faq-start-schooljaar', frm=SECR, to=UNDISCLOSED, bcc=[OUDERS], subject='Veelgestelde vragen bij de start van het schooljaar',
      date='2024-09-09 09:15', body=simple_html(h, cte='base64'), client='owa',
      note='FAQ to all parents (Bcc) mentioning diagnoses, divorce, bullying, payment plans and passwords in general terms',
      fmt=['html-only', 'base64', 'bcc-group'])

    # 016 -------------------------------------------------------------
    body = '''Beste collega's van 1B

We kregen vanmorgen het droevige bericht dat de papa van Bilal zondagavond
plots weggevallen is. Hij is niet meer wakker geworden. Bilal blijft deze
week thuis bij zijn mama en zijn twee zussen. De begrafenis is vrijdag, in
besloten kring.

De klas weet het nog niet officieel, maar via Snapchat gaat er al van alles
rond. Griet en ik gaan morgen het eerste lesuur samen naar 1B om het te
vertellen en wat tijd te maken voor vragen. Wie daar dan les heeft (Joris),
blijf er gerust bij.

Enkele vragen:
- wees de komende weken soepel met toetsen en taken, Griet maakt een
  inhaalplanning wanneer hij terug is
- vraag in de klas niet naar details, laat hem zelf bepalen wat hij vertelt
- merk je iets op (terugtrekken, boosheid, niet eten), laat het aan Griet weten

In de leraarskamer ligt een kaart voor wie een woordje wil schrijven.

Sarah
'''
    M(16, 'bericht-1b', frm=SARAH, to=[JORIS, KATRIEN, NADIA, PIETER], cc=[GRIET], subject='droevig nieuws 1B',
      date='2025-01-13 08:05', body=text(body), client='outlook',
      rules=['sensitive'], cats=['family'], about=['P0048'],
      note='deputy head tells the teachers of 1B that a pupils father died, without the word death',
      fmt=['plain'])

    # 017 -------------------------------------------------------------
    body = '''Hoi Els

Hieronder de gegevens voor de schoollicentie van Lettergang. Jij bent vanaf nu
de beheerder voor de vakgroep, dus jij kan de collega's en de klassen zelf
toevoegen. Best meteen het wachtwoord wijzigen na de eerste keer inloggen.

Bram

---------- Doorgestuurd bericht ---------
Van: Klantendienst Uitgeverij Leeuwenhof <klantendienst@uitgeverij-leeuwenhof.be>
Date: di 3 sep 2024 om 10:12
Subject: Uw schoollicentie Lettergang 2024-2025
To: <ict@spc.ksleuven.be>


Beste klant

Uw bestelling met referentie SL-24-08817 werd verwerkt. Hieronder vindt u de
gegevens van het beheerdersaccount voor uw school.

Platform:            https://lettergang.leeuwenhof.be/school
Beheerdersaccount:   spc-leuven-admin
Tijdelijk wachtwoord: Ltg#7Qm2-vK
Licentie:            24 leerkrachten / 410 leerlingen
Geldig tot:          31/08/2025

Bij de eerste aanmelding wordt u gevraagd een nieuw wachtwoord te kiezen.

Met vriendelijke groet
Team Lettergang - Uitgeverij Leeuwenhof
'''
    M(17, 'fwd-lettergang-licentie', frm=BRAM, to=[ELS], subject='Fwd: Uw schoollicentie Lettergang 2024-2025',
      date='2024-09-03 13:55', body=text(body), client='tb', rules=['password'],
      note='ICT forwards a publisher mail with the admin login and temporary password inline to the head of department',
      fmt=['plain', 'forward-inline'])

    # 018 -------------------------------------------------------------
    body = '''Beste collega's

Vanaf 1 oktober vraagt de scholengroep een sterker wachtwoord voor alle
schoolaccounts (Microsoft 365 en Smartschool). Je krijgt die dag een melding
om het te wijzigen. Even de belangrijkste afspraken:

1. Minstens 12 tekens. Een zin werkt het best, bv. iets als
   "ikfietsgraagnaardekustmetmijnhond" - maar gebruik natuurlijk niet net dit
   voorbeeld, en ook niet de naam van je kinderen of je huisdier.
2. Gebruik dit wachtwoord nergens anders (niet voor je webshop, niet voor je
   privémail).
3. Deel het met niemand, ook niet met een collega die "even snel iets moet
   afprinten". De ICT-dienst zal je NOOIT om je wachtwoord vragen, niet per
   mail, niet per telefoon.
4. Zet de tweestapsverificatie aan (de Authenticator-app), dan ben je ook
   beschermd als iemand je wachtwoord toch te pakken krijgt.
5. Wachtwoord vergeten? Via https://passwordreset.microsoftonline.com kan je
   het zelf opnieuw instellen, of je komt langs in B011.

Krijg je een verdachte mail die om je gegevens vraagt? Niet klikken, doorsturen
naar ict@spc.ksleuven.be.

Bram
'''
    M(18, 'wachtwoordbeleid-oktober', frm=BRAM, to=[BRAM], bcc=[PERSONEEL], subject='Nieuw wachtwoordbeleid vanaf 1 oktober',
      date='2024-09-26 16:20', body=text(body), client='tb',
      note='password policy reminder to all staff (Bcc) with an example passphrase that is explicitly not to be used; no credential',
      fmt=['plain', 'bcc-group'])

    # 019 -------------------------------------------------------------
    body = '''Dag Pieter

Even ter info, en discreet aub: Jolien Mertens uit 6B is in verwachting. Ze
is uitgerekend begin mei. Haar mama bracht vanmorgen een attest van de
gynaecoloog binnen: vanaf nu geen LO meer, ook niet op de sportdag.

Ze wil het zelf nog niet aan de klas vertellen, dus zeg gewoon dat ze
vrijgesteld is. Kan jij een vervangtaak voorzien? Het attest zit in haar
dossier op het secretariaat.

Groetjes
Martine
'''
    M(19, 'attest-lo-6b', frm=MARTINE, to=[PIETER], subject='attest LO 6B', date='2025-01-21 09:41',
      body=text(body), client='outlook', rules=['sensitive'], cats=['medical'], about=['P0052'],
      note='secretariat tells the PE teacher a pupil is pregnant (said with a euphemism) and exempt from PE',
      fmt=['plain'])

    # 020 -------------------------------------------------------------
    body = '''Beste mevrouw Van Damme

Zoals beloofd op het oudercontact bevestig ik nog even de afspraken voor Finn.

De voorbije weken was het in de klas echt moeilijk: Finn loopt rond tijdens de
les, roept ertussen en reageert fel als hij aangesproken wordt. Vorige
dinsdag duwde hij een klasgenoot in de rij zo hard dat die viel, en vandaag
was er opnieuw een incident in de les wiskunde.

We spraken af:
- vanaf maandag werkt Finn met een volgkaart die elke leerkracht aftekent; u
  tekent ze elke avond na
- bij ernstige verstoring gaat hij naar de time-outruimte bij meneer Coppens,
  maximaal een lesuur
- over twee weken evalueren we samen met de leerlingenbegeleider, en bekijken
  we of een gesprek met het CLB zinvol is

Ik hoop echt dat dit hem helpt om weer wat rust te vinden. Hij is een
slimme jongen en op goede momenten een fijne klasgenoot.

Met vriendelijke groeten

Katrien Smets
klastitularis 1A
'''
    M(20, 'afspraken-finn-1a', frm=KATRIEN, to=[('Karen Van Dam', par('P0056'))], subject='Afspraken Finn',
      date='2024-12-12 20:26', body=text(body, cte='quoted-printable'), client='owa',
      rules=['sensitive'], cats=['psychosocial'], about=['P0055'], mis=True,
      note='behaviour plan for Finn Van Damme (1A) sent only to the mother of classmate Febe Van Dam (name mix-up)',
      fmt=['plain', 'qp'])

    # 021 -------------------------------------------------------------
    blocks = ['''Beste ouders van het zesde jaar

Op dinsdag 4 februari om 20u organiseren we een online infoavond over de keuze na het secundair: hoger onderwijs, verkorte opleidingen, werken, een tussenjaar... Sprekers zijn onze leerlingenbegeleider Jonas Claes en een medewerker van het CLB. U krijgt een overzicht van de infodagen en van de studietoelagen, en er is ruimte voor vragen via de chat.

U hoeft zich niet in te schrijven. U kan deelnemen via onderstaande link, ook zonder Teams-account.
''', ('hr',), '''Microsoft Teams  Hulp nodig?
Nu deelnemen aan de vergadering
https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZDFhOGUtYzI0Ny00ZjY1LWE3ZTItOTFiZDA2YmI1MmY0%40thread.v2/0
Vergadering-id: 372 118 904 551
Wachtwoordcode: xY7kP2
''', ('hr',), '''
Met vriendelijke groeten

Koen Vanderlinden
directeur''']
    M(21, 'infoavond-6de-jaar-teams', frm=KOEN, to=[KOEN], bcc=[S('ouders-6a'), S('ouders-6b'), S('ouders-6c'), S('ouders-6d')],
      subject='Online infoavond studiekeuze 6de jaar - 4 februari', date='2025-01-27 17:45',
      body=outlook(blocks, '----=_NextPart_000_0021_01DB70C4.5A2E8D10'),
      note='meeting passcode: Teams invitation with meeting id and passcode sent to parents of year 6 in Bcc; no credential',
      fmt=['alt', 'outlook-html', 'bcc-group'])

    # 022 -------------------------------------------------------------
    body = f'''Beste mevrouw Kowalska

Bedankt om vorige week langs te komen op school. Zoals afgesproken stuur ik u
hierbij het afbetalingsplan voor de schoolrekening van Jakub (3D).

Openstaand bedrag 1ste trimester: 286,00 euro
(schoolrekening 231,00 - uitstap Ieper 35,00 - werkboeken 20,00)

Voorstel:
- 50 euro per maand, van januari tot en met mei
- de laatste schijf (36 euro) in juni
- telkens vóór de 10de van de maand op rekening {SCHOOL_IBAN}
- mededeling: "Kowalski 3D plan"

De rekening van het tweede trimester volgt het normale ritme. Lukt een maand
niet, laat het me dan gewoon weten; we vinden altijd een oplossing. Niemand
in de klas weet hiervan, ook de klastitularis niet.

If it is easier, I can also send this in English.

Met vriendelijke groeten

Patrick Wouters
boekhouding
'''
    M(22, 'afbetalingsplan-jakub', frm=PATRICK_S, to=[('Marta Kowalska', par('P0063'))], subject='Afbetalingsplan schoolrekening Jakub',
      date='2024-12-16 11:12', body=text(body), client='outlook',
      rules=['sensitive', 'personal_data'], cats=['financial'], about=['P0063'],
      note='accountant sends a mother the payment plan for her sons unpaid school bill; school IBAN',
      fmt=['plain'])

    # 023 -------------------------------------------------------------
    body = '''Dag Sofie

Voor Jasper Heylen (2B) zouden we graag een overleg plannen met jou, mama
en de klastitularis, liefst nog voor de krokusvakantie.

Situatie in het kort:
- Jasper heeft een diagnose ASS (UZ Leuven, 2022). Tot nu toe volstonden de
  redelijke aanpassingen: vaste plaats, prikkelarme studie, planning op
  papier, toetsen in een apart lokaal.
- Sinds november gaat het bergaf. Hij klapt dicht bij elke roosterwijziging,
  zit vaak in de gang met zijn kap op en haalt voor de meeste vakken onder
  de 40%.
- De klassenraad van december twijfelde of het A-traject nog haalbaar is.
  Mama vroeg zelf naar een verslag type 9 en naar scholen die daar meer
  ervaring mee hebben.

We willen samen met jullie bekijken of een verslag, een IAC hier of een
overstap naar een andere school het beste is voor hem.

Kan jij een paar data voorstellen? Dinsdag- en donderdagnamiddag passen ons
het best.

Groetjes
Griet
'''
    M(23, 'overleg-jasper-2b', frm=GRIET_S, to=[CLB_SOFIE], cc=[LIEN], subject='overleg Jasper 2B',
      date='2025-01-15 15:17', body=text(body), client='outlook',
      rules=['sensitive'], cats=['care', 'medical'], about=['P0060'],
      note='care coordinator asks the CLB for a meeting about an autistic pupil and a possible report or change of school',
      fmt=['plain'])

    # 024 -------------------------------------------------------------
    body = '''Beste ouders

Veel gezinnen in Vlaanderen hebben recht op een schooltoeslag, een deel van
het Groeipakket. Toch merken we elk jaar dat sommige ouders niet weten dat ze
er recht op hebben.

Wat is het?
Een jaarlijks bedrag voor kinderen in het kleuter-, lager en secundair
onderwijs. Hoeveel u krijgt, hangt af van het inkomen van het gezin en van
de studierichting.

Moet ik iets doen?
Meestal niet: de schooltoeslag wordt automatisch toegekend en in de loop van
het najaar uitbetaald door uw uitbetaler van het Groeipakket (bv. FONS,
Infino, KidsLife, MyFamily of Parentia).

Wanneer contacteer ik mijn uitbetaler toch?
- als uw gezinssituatie veranderde (bv. een nieuwe samenstelling, een
  verhuis),
- als uw inkomen fors daalde in het afgelopen jaar,
- als u nog niets ontving tegen eind november.

De school zelf beslist niet over de schooltoeslag en krijgt ook geen
informatie over uw dossier. Heeft u vragen over de schoolrekening zelf, dan
kan u altijd discreet terecht bij onze boekhouding.

Met vriendelijke groeten

Het secretariaat
'''
    M(24, 'schooltoeslag-groeipakket', frm=SECR, to=UNDISCLOSED, bcc=[OUDERS], subject='Schooltoeslag: heeft u er recht op?',
      date='2024-10-07 10:00', body=text(body, cte='quoted-printable'), client='owa',
      note='general information about the Groeipakket school allowance to all parents (Bcc); no family named',
      fmt=['plain', 'qp', 'bcc-group'])

    # 025 -------------------------------------------------------------
    body = '''Bonjour Madame Dumont,

Bienvenue au Sint-Pieterscollege ! Voici quelques informations pratiques pour
lundi.

- Votre badge vous attend au secrétariat (rez-de-chaussée, à gauche de
  l'entrée principale).
- Votre code d'accès pour le photocopieur de la salle des professeurs est le
  7741. Il est personnel : les copies sont comptées à votre nom.
- Votre horaire se trouve dans Smartschool ; votre compte sera actif dès
  lundi matin.
- Madame El Amrani, responsable de la section de français, vous attendra à
  8h15 dans la salle des profs pour vous remettre le matériel de 3B et 4C.

N'hésitez pas à passer au secrétariat si vous avez la moindre question.

Bien à vous,

Martine Goossens
Secrétariat
'''
    M(25, 'bienvenue-code-photocopieur', frm=MARTINE, to=[('Claire Dumont', S('claire.dumont'))],
      subject='Bienvenue - informations pratiques', date='2025-02-28 13:05',
      body=text(body, charset='windows-1252'), client='outlook', rules=['password'], lang='fr',
      note='secretariat gives a French-speaking substitute teacher her personal copier code',
      fmt=['plain', 'cp1252-8bit'])

def mails_03():
    # 026 -------------------------------------------------------------
    blocks = ['''Dag Griet, dag Jonas

Hieronder de aandachtsleerlingen van de begeleidende klassenraad 4B van gisteren. De volledige bespreking zit in het lvs, dit is voor jullie opvolging.
''', ('table', [
        ['Leerling', 'Klas', 'Bespreking', 'Actie / wie'],
        ['Lore B.', '4B', 'verblijft tijdelijk bij grootmoeder (zie lvs), veel gemist sinds november, punten fel gezakt', 'opvolging CLB (Sofie), inhaalplan wiskunde en Frans - Griet'],
        ['Thibault D.', '4B', 'sterk rapport, werkhouding top', 'felicitaties op rapport'],
        ['Mila S.', '4B', 'migraine, vaak afwezig op maandag; neemt sinds oktober preventieve medicatie (neuroloog)', 'toetsen op maandag verplaatsbaar - titularis'],
        ['Zakaria M.', '4B', '14 halve dagen problematisch afwezig, conflict met leerkracht Frans, tweede nota deze maand', 'gesprek met papa + begeleidingscontract - Jonas'],
        ['Elif Y.', '4B', 'achterstand Nederlands, begrijpend lezen zwak', 'taalremediering 2u/week (GOK), evaluatie maart - Ann-Sofie'],
    ]), '''
Voor Zakaria zou ik het gesprek met papa graag nog voor de kerstvakantie doen, hij werkt in ploegen dus liefst 's morgens.

Groetjes
Hilde
klastitularis 4B''']
    M(26, 'klassenraad-4b-aandachtsleerlingen', frm=HILDE, to=[GRIET, JONAS], cc=[KOEN],
      subject='BKR 4B - aandachtsleerlingen', date='2024-12-18 07:52',
      body=outlook(blocks, '----=_NextPart_000_0026_01DB5105.1D3C7B80'), rules=['sensitive'],
      cats=['family', 'medical', 'psychosocial', 'care'],
      about=['P0007', 'P0008', 'P0009', 'P0010', 'P0011'],
      note='class council table (initial + class per row) with home situation, medication, truancy and remedial care',
      fmt=['alt', 'outlook-html', 'table'])

    # 027 -------------------------------------------------------------
    body = '''Beste 5C

Voor de literaire bespreking van Turks fruit (Jan Wolkers) lezen jullie het
boek uit tegen woensdag 12 maart. Wie de film gezien heeft: die wijkt op veel
punten af, dus lees echt het boek.

Denk alvast na over deze vragen, we bespreken ze in groepjes:

1. Het verhaal begint na de breuk tussen de verteller en Olga. Waarom kiest
   Wolkers niet voor een chronologische vertelling?
2. Olga wordt ziek en sterft aan het einde aan een hersentumor. Hoe verandert
   de toon van de verteller in de laatste hoofdstukken?
3. Wat vertelt de relatie tussen Olga en haar moeder over het milieu waarin
   ze opgroeit?
4. Het boek werd in 1969 als schokkend ervaren. Vind jij het vandaag nog
   schokkend? Waarom (niet)?

Sommige scenes zijn best expliciet. Wie het boek om een persoonlijke reden te
zwaar vindt, mag me gewoon aanspreken na de les; dan zoeken we samen een ander
boek met een vergelijkbare opdracht.

Veel leesplezier!
mevr. Lambrechts
'''
    M(27, 'turks-fruit-5c', frm=ELS, to=[ELS], bcc=[S('klas-5c')], subject='Leesopdracht Turks fruit',
      date='2025-02-17 18:30', body=text(body), client='owa',
      note='Dutch teacher to the class (Bcc) about a novel in which the character Olga dies of a brain tumour; fiction only',
      fmt=['plain', 'bcc-group'])

    # 028 -------------------------------------------------------------
    body = '''Dear Mrs Okafor,

Thank you for coming in on Tuesday with Daniel. As promised, here is a short
summary of what we agreed.

Since the autumn break Daniel has missed eleven full days and several
mornings. He told us that on school mornings he feels sick, cannot breathe
properly and sometimes simply cannot get out of the car at the gate. He is
not being bullied as far as he or we know; it is the building, the crowd and
the tests that frighten him.

What we agreed:
1. For the next two weeks Daniel starts at 9:30 instead of 8:25. He comes in
   through the side entrance (Dijlekaai) and reports to me in room A014.
2. He does not have to take any tests until the Christmas exams; his
   teachers will mark what he can do in class.
3. Ms Janssens from the CLB will see him next Wednesday. With your written
   permission we passed on our notes, so he does not have to tell the story
   again.
4. We will review everything together on Friday 13 December.

Please let me know on any morning when it does not work out. A short message
before nine is enough; I will not phone him at home.

Kind regards,

Jonas Claes
Pupil counsellor, Sint-Pieterscollege
'''
    M(28, 'daniel-attendance-plan', frm=JONAS, to=[('Grace Okafor', par('P0075'))], subject='Daniel - what we agreed on Tuesday',
      date='2024-11-28 16:48', body=text(body, cte='base64'), client='outlook',
      rules=['sensitive'], cats=['psychosocial', 'care'], about=['P0075'], lang='en',
      note='pupil counsellor writes to a mother in English about her sons school refusal from anxiety and the CLB follow-up',
      fmt=['plain', 'base64'])

    # 029 -------------------------------------------------------------
    body = '''Dag Senne

Je vroeg vanmorgen op het leerlingensecretariaat een nieuw wachtwoord voor
Smartschool aan.

Je resetcode is: K4F-72Q

Ga naar het aanmeldscherm van Smartschool, klik op "Ik heb een resetcode" en
vul deze code in. Daarna kies je zelf een nieuw wachtwoord. De code is 24 uur
geldig; daarna moet je opnieuw langskomen.

Groeten
ICT Sint-Pieterscollege
'''
    M(29, 'resetcode-smartschool', frm=ICT, to=[pupil_mail('P0003')], subject='Je resetcode voor Smartschool',
      date='2024-10-02 10:31', body=text(body), client='tb', rules=['password'],
      note='ICT mails a pupil a one-time reset code for his school platform account',
      fmt=['plain'])

    # 030 -------------------------------------------------------------
    body = '''Dear Ms Bianchi,

Please find below the final dietary requirements for our group (52 pupils
and 5 teachers) for the hotel and the restaurants in Rome, 24-29 March.

- vegetarian: 4 pupils, 1 teacher
- no pork: 7 pupils
- lactose-free: 1 pupil

And one that really matters: Emma Lenaerts (6A) has a severe peanut and tree
nut allergy. A trace is enough for a reaction, so cross-contamination in the
kitchen is the real risk. She carries two adrenaline auto-injectors and
knows how to use them, and Mrs Vermeulen has a written action plan from her
doctor. Could you please pass this on to the Hotel Santa Prassede and to the
restaurant for the farewell dinner on Thursday, and ask them to confirm in
writing that they can guarantee a nut-free meal? If they cannot, we will
bring food for her ourselves.

Many thanks,

Ilse Vermeulen
Latin teacher - trip coordinator
Sint-Pieterscollege Leuven
'''
    M(30, 'rome-dietary-requirements', frm=ILSE, to=[('Giulia Bianchi', 'g.bianchi@viaggiscuola-roma.it')],
      subject='Rome 24-29 March - dietary requirements', date='2025-02-24 21:05',
      body=alt_plain_html(body, '00000000000077c1e5e60612e030'), client='gmailweb',
      rules=['sensitive'], cats=['medical'], about=['P0080'], lang='en',
      note='trip coordinator tells an Italian travel agency about one named pupils severe nut allergy',
      fmt=['alt', 'html-simple'])

    # 031 -------------------------------------------------------------
    blocks = ['''Beste ouders van het zesde jaar

Nog vijf weken en dan vertrekken we naar Rome! Hieronder de laatste praktische afspraken.
''', ('table', [
        ['Wanneer', 'Wat'],
        ['ma 24/03 - 5u15', 'verzamelen aan de kiss & ride van het station van Leuven'],
        ['ma 24/03 - 7u05', 'vlucht Brussels Airport - Rome Fiumicino'],
        ['za 29/03 - ca. 22u30', 'aankomst Leuven (we houden u op de hoogte via Smartschool)'],
    ]), '''
Identiteitskaart: controleer nu of de eID van uw zoon of dochter nog geldig is tot na de reis. Leerlingen zonder Belgische nationaliteit brengen hun paspoort en eventueel verblijfsdocument mee.
Medicatie: neemt uw kind medicatie (bv. tegen reisziekte, een puffer, anticonceptie, vaste medicatie), geef die dan mee in de handbagage, in de originele verpakking. Vul de medische fiche op Smartschool in vóór 1 maart, ook als er niets te melden is.
Zakgeld: we raden 60 tot 80 euro aan. Alle maaltijden en ingangen zijn betaald.
Gsm: leerlingen mogen hun gsm meenemen; 's nachts worden ze verzameld.

Noodnummer tijdens de reis (enkel voor dringende zaken): 0478 52 19 03 (gsm van mevrouw Vermeulen).

Met vriendelijke groeten
Ilse Vermeulen, Yusuf Demir en de begeleiders''']
    M(31, 'romereis-praktisch', frm=ILSE, to=[ILSE], bcc=[S('ouders-6a'), S('ouders-6b'), S('ouders-6c'), S('ouders-6d')],
      subject='Romereis 6de jaar - laatste afspraken', date='2025-02-17 19:40',
      body=outlook(blocks, '----=_NextPart_000_0031_01DB8167.2F6A9C30'), rules=['personal_data'],
      note='practical letter about the Rome trip to all year-6 parents in Bcc with a general medication paragraph; emergency mobile number',
      fmt=['alt', 'outlook-html', 'table', 'bcc-group'])

    # 032 -------------------------------------------------------------
    body = '''Beste mevrouw Vandenbussche

Tuur heeft zijn toets over vectoren niet goed gemaakt (7/20). Toen ik de toets
met hem overliep, bleek dat hij de formules voor de som en het verschil door
elkaar haalde, maar de rest van de redenering wel begrijpt.

Ik geef hem daarom de kans om een herkansing te maken op donderdag 6 februari
tijdens het zevende lesuur (lokaal B204). Het beste resultaat telt. Hij mag de
oefeningen 12 tot 18 uit het werkboek als voorbereiding maken; ik verbeter ze
graag op voorhand.

Met vriendelijke groeten

Hilde Jacobs
leerkracht wiskunde
'''
    M(32, 'herkansing-tuur', frm=HILDE, to=[('Ann Vandenbussche', par('P0248'))], subject='Herkansing toets wiskunde Tuur',
      date='2025-01-30 17:20', body=text(body), client='outlook', about=['P0248'],
      note='maths teacher tells the right parent about a retake of a test; ordinary school matter',
      fmt=['plain'])

    # 033 -------------------------------------------------------------
    body = '''Beste collega's

Belangrijk voor wie Mauro Lemmens (1C) in de klas heeft of toezicht doet aan
de poort of in de refter.

Mama, mevrouw Vos, bracht vandaag een kopie van het vonnis van de
familierechtbank binnen. Mauro woont voortaan uitsluitend bij haar. Papa mag
hem niet ophalen aan school en mag niet meer op het schooldomein komen. Hij
behoudt wel het recht op informatie (rapport), maar dat loopt via de directie.

Wat als papa toch aan de poort staat?
- niet in discussie gaan en Mauro niet meegeven
- Mauro rustig naar het secretariaat laten gaan
- secretariaat of directie verwittigen; als het escaleert belt de directie
  de politie

Mauro weet dat wij op de hoogte zijn. Hij is er stil onder, maar zegt dat
het goed gaat. Laat hem maar zelf komen als hij wil praten.

Een kopie van het vonnis zit in het dossier op het secretariaat, niet in
Smartschool.

Martine
secretariaat
'''
    M(33, 'ophalen-mauro-1c', frm=MARTINE, to=[KATRIEN, WIM, LUC, JORIS], cc=[SARAH], subject='ophalen Mauro 1C - vonnis',
      date='2024-10-14 14:03', body=text(body, cte='quoted-printable'), client='outlook',
      rules=['sensitive'], cats=['family'], about=['P0085'],
      note='secretariat tells staff a court decided the pupil lives only with his mother; father may not pick him up',
      fmt=['plain', 'qp'])

    # 034 -------------------------------------------------------------
    body = '''Madame Mukendi,

Suite à notre entretien de jeudi, je vous confirme ce qui a été convenu.

Le CPAS de Louvain a accepté de prendre en charge la facture scolaire de
Benjamin pour le premier trimestre (243,60 euros). Il ne reste donc à payer
que le voyage à Ypres (35 euros) et les livres de français (18,50 euros).

Comme vous me l'avez demandé, ce montant peut être payé en deux fois, fin
janvier et fin février. Vous recevrez un rappel via Smartschool quelques
jours avant chaque échéance. Pour le deuxième trimestre, l'assistante sociale
du CPAS nous contactera directement.

Benjamin n'est évidemment au courant de rien de notre côté, et ses
professeurs non plus.

Je reste à votre disposition pour toute question.

Cordialement,

Patrick Wouters
Comptabilité - Sint-Pieterscollege
'''
    M(34, 'facture-benjamin-cpas', frm=PATRICK, to=[('Chantal Mukendi', par('P0090'))], subject='Facture scolaire de Benjamin',
      date='2025-01-17 11:48', body=text(body), client='outlook',
      rules=['sensitive'], cats=['financial'], about=['P0090'], lang='fr',
      note='accountant confirms to a French-speaking mother that the CPAS pays her sons school bill and the rest in two parts',
      fmt=['plain'])

    # 035 -------------------------------------------------------------
    body = '''Hoi Chantal

Ja, Koen heeft het vrijdag laten wijzigen na dat gedoe met die phishingmail.
Het paswoord van secretariaat@ is nu Dijlekaai14!!Sec (met twee
uitroeptekens). Op je laptop moet je het in Outlook even opnieuw ingeven bij
het accountinstellingen-scherm, daarna vraagt hij het niet meer.

Niet doorgeven aan de interims aub, die krijgen een eigen account.

Martine

Van: Chantal Nijs <chantal.nijs@sintpieterscollege.be>
Verzonden: maandag 3 maart 2025 8:02
Aan: Martine Goossens <martine.goossens@sintpieterscollege.be>
Onderwerp: secretariaatsmailbox

Martine, ik kan niet meer in de mailbox van het secretariaat op mijn laptop,
hij blijft vragen om aan te melden. Is er iets veranderd?
Chantal
'''
    M(35, 're-secretariaatsmailbox', frm=MARTINE, to=[('Chantal Nijs', S('chantal.nijs'))], subject='RE: secretariaatsmailbox',
      date='2025-03-03 08:15', body=text(body), client='outlook', rules=['password'],
      note='secretary gives a colleague the new password of the shared secretariat mailbox in a reply',
      fmt=['plain', 'reply', 'outlook-quote'])

    # 036 -------------------------------------------------------------
    h = '''<p>Geachte ouders</p>
<p>We hebben onze privacyverklaring aangepast aan de nieuwe werking van het leerlingvolgsysteem. Hieronder de belangrijkste punten; de volledige tekst vindt u op onze website.</p>
<h3>Welke gegevens verwerken we?</h3>
<ul>
<li>Identificatiegegevens van uw kind en van de ouders: naam, adres, geboortedatum, rijksregisternummer (verplicht voor de inschrijving bij de overheid).</li>
<li>Contactgegevens: telefoonnummers en e-mailadressen van de ouders.</li>
<li>Gegevens over de schoolloopbaan: rapporten, attesten, afwezigheden.</li>
<li>Gezondheidsgegevens, enkel wanneer dat nodig is voor de begeleiding of de veiligheid van uw kind (bv. een allergie, een medisch attest).</li>
<li>Gegevens over de gezinssituatie, bv. wie het ouderlijk gezag uitoefent.</li>
<li>Financi&euml;le gegevens die nodig zijn voor de schoolrekening, bv. een afbetalingsplan of een tussenkomst van een sociale dienst.</li>
<li>Beeldmateriaal, enkel met uw toestemming.</li>
</ul>
<h3>Wie heeft toegang?</h3>
<p>Enkel de personeelsleden die de gegevens nodig hebben voor hun taak. Gevoelige informatie (gezondheid, gezinssituatie, welbevinden) wordt enkel in het beveiligde leerlingvolgsysteem bewaard en niet via e-mail gedeeld.</p>
<h3>Uw rechten</h3>
<p>U kan de gegevens van uw kind inkijken en laten verbeteren. Vragen of klachten kan u richten aan het aanspreekpunt informatieveiligheid: privacy@lksd.ksleuven.be.</p>
<p>Met vriendelijke groeten<br>De directie</p>'''
    M(36, 'privacyverklaring-aangepast', frm=DIRECTIE, to=UNDISCLOSED, bcc=[OUDERS], subject='Aangepaste privacyverklaring',
      date='2024-10-21 12:00', body=simple_html(h), client='owa',
      note='privacy statement to all parents (Bcc) listing data categories (health, family situation, financial); no individual',
      fmt=['html-only', 'qp', 'bcc-group'])

    # 037 -------------------------------------------------------------
    body = '''Dag Sarah, dag collega's van 1B

Goed nieuws voor Kobe Segers: het CLB heeft het verslag afgeleverd en de
ouders hebben gisteren ingestemd. Vanaf 6 januari volgt Kobe bij ons een
individueel aangepast curriculum.

Concreet voor jullie:
- Frans en wiskunde: hij werkt aan de doelen van het tweede jaar lager
  onderwijs / begin derde leerjaar, met eigen werkbundels die Ann-Sofie
  klaarlegt in jullie vakje.
- Nederlands, geschiedenis, aardrijkskunde: hij volgt mee in de klas, maar
  met aangepaste toetsen (minder leerstof, meer beeld).
- LO, muziek, techniek: gewoon meedoen.
- Hij krijgt op het einde van het jaar geen oriënteringsattest maar een
  attest van verworven bekwaamheden.

We hebben een eerste MDO op 20 januari om 16u in A012. Wie les heeft in 1B
is welkom, Sarah en ik zijn er sowieso.

Griet
'''
    M(37, 'iac-kobe-1b', frm=GRIET, to=[SARAH, JORIS, NADIA, KATRIEN], cc=[ANNSOFIE], subject='IAC Kobe 1B vanaf januari',
      date='2024-12-19 13:30', body=text(body), client='outlook',
      rules=['sensitive'], cats=['care'], about=['P0095'],
      note='care coordinator tells colleagues a named pupil starts an individual adapted curriculum after a CLB report',
      fmt=['plain'])

    # 038 -------------------------------------------------------------
    body = '''Beste ouder

Bij ons op het secretariaat werd een blauwe winterjas afgegeven met
"Lotte V. 1A" op het etiket. In de zak zaten een fietssleutel en een
abonnement van De Lijn op naam van Lotte Vanhoutte.

Uw dochter kan alles afhalen op het secretariaat, elke dag tot 16u30.

Met vriendelijke groeten

Martine Goossens
secretariaat
'''
    M(38, 'gevonden-jas-lotte', frm=MARTINE, to=[('Bert Schoofs', par('P0241'))], subject='Gevonden voorwerp - jas van Lotte',
      date='2024-12-03 10:44', body=text(body), client='outlook', about=['P0240'], mis=True,
      note='lost-property notice about Lotte Vanhoutte (1A) sent to the father of another Lotte (3B)',
      fmt=['plain'])

    # 039 -------------------------------------------------------------
    body = '''Yusuf

Update over het Instagram-verhaal in 3A, zodat je weet wat er loopt.

Sem en Arne hebben vandaag toegegeven dat zij het nepaccount met de foto's van
Youssef gemaakt hebben. Er stonden een tiental bewerkte foto's op met
spottende teksten, en ze hebben de link in de klasgroep gedeeld. Het account is
intussen offline.

Youssef is er echt door aangeslagen. Hij is dinsdag en woensdag niet gekomen
en zegt dat hij niet meer in de bus naast "die twee" wil zitten. Zijn mama
belde me gisteren in tranen.

Afspraken:
- Sem en Arne: gesprek met de ouders donderdag om 17u, Koen beslist daarna
  over een tuchtmaatregel. Tot dan zitten ze in de les niet samen.
- Youssef: elke ochtend een korte check-in bij mij, hij mag tijdens de pauze
  in A014.
- Naar de klas toe: we noemen geen namen. Ik kom vrijdag in jouw
  titularisuur een klasgesprek doen over online respect, als dat mag.

Jonas
'''
    M(39, 'instagram-3a', frm=JONAS, to=[YUSUF], cc=[KOEN], subject='3A - nepaccount', date='2025-03-12 16:55',
      body=text(body), client='outlook', rules=['sensitive'], cats=['psychosocial'],
      about=['P0105', 'P0106', 'P0107'],
      note='pupil counsellor reports an individual cyberbullying case naming the two perpetrators and the victim',
      fmt=['plain'])

    # 040 -------------------------------------------------------------
    blocks = ['''Dag Nele

Welkom in het team! Hieronder de wifi-gegevens die je nodig hebt. Je laptop van school verbindt normaal automatisch, dit is voor je gsm.
''', ('table', [
        ['Netwerk (SSID)', 'Voor wie', 'Sleutel'],
        ['SPC-Personeel', 'personeel (gsm, privé-tablet)', 'Kr1jtb0rd-Dijle!7'],
        ['SPC-Gast', 'bezoekers', 'wijzigt elke maand, vraag aan het onthaal'],
        ['SPC-Leerling', 'leerlingen', 'aanmelden met Smartschool-account'],
    ]), '''
Deel de personeelssleutel niet met leerlingen of bezoekers, ook niet "heel even".

Groeten
Bram - ICT''']
    M(40, 'wifi-nieuwe-collega', frm=BRAM, to=[('Nele Dockx', S('nele.dockx'))], subject='wifi op school',
      date='2024-09-02 08:30', body=outlook(blocks, None, html_only=True), rules=['password'],
      note='ICT gives a new secretary the staff wifi key in an HTML table',
      fmt=['html-only', 'outlook-html', 'table'])

DIRK = ('Dirk Van Acker', S('dirk.vanacker'))

def mails_04():
    # 041 -------------------------------------------------------------
    body = '''Beste ouders van de tweede graad

De voorbije weken kregen we meerdere signalen over pesten via sociale media
bij leerlingen van het derde en vierde jaar. Het gaat bijvoorbeeld over
groepschats waaruit iemand bewust geweerd wordt, foto's die zonder
toestemming gedeeld en bewerkt worden, of nepaccounts op naam van een
klasgenoot.

Wat doet de school?
- In alle klassen van de tweede graad is er deze maand een les over online
  respect, in samenwerking met het CLB.
- Elke melding wordt opgevolgd volgens ons stappenplan. Bij ernstige feiten
  passen we het tuchtreglement toe en kan de politie ingeschakeld worden.

Wat kan u als ouder doen?
- Praat met uw zoon of dochter over wat er in de groepen gebeurt, ook als
  uw kind niet zelf gepest wordt: wie meelacht of doorstuurt, doet mee.
- Neem screenshots als u iets verontrustends ziet, en bezorg ze aan de
  klastitularis of leerlingenbegeleider.
- Merkt u dat uw kind niet meer naar school wil, slecht slaapt of zich
  terugtrekt, neem dan contact met ons op. Samen zoeken we een oplossing.

Met vriendelijke groeten

Koen Vanderlinden
directeur
'''
    M(41, 'pesten-sociale-media-2de-graad', frm=KOEN, to=[KOEN],
      bcc=[S('ouders-3a'), S('ouders-3b'), S('ouders-3c'), S('ouders-3d'), S('ouders-4a'), S('ouders-4b'), S('ouders-4c'), S('ouders-4d')],
      subject='Pesten via sociale media - oproep aan alle ouders van de 2de graad', date='2025-03-17 18:00',
      body=text(body, cte='quoted-printable'), client='outlook',
      note='general letter to parents of the 2nd grade (Bcc) about online bullying, no case or pupil named',
      fmt=['plain', 'qp', 'bcc-group'])

    # 042 -------------------------------------------------------------
    body = '''Dag collega's

Mama van Lucas Van Roy (2A) bracht vanmorgen het noodplan van de neuroloog
binnen. Ik zet het in bijlage, graag lezen voor je volgende les in 2A.
Pieter en Dirk: vooral belangrijk bij LO en bij de zwemles.

Het noodmedicijn ligt in de medicijnkast op het secretariaat, met zijn naam
erop. Een tweede exemplaar gaat mee op uitstap in de EHBO-tas.

Martine
'''
    plan = '''NOODPLAN EPILEPSIE - SCHOOLJAAR 2024-2025

Leerling:      Lucas Van Roy, 2A
Aandoening:    epilepsie (absences, occasioneel tonisch-clonische aanvallen)
Vaste medicatie: Depakine, 2x per dag, wordt THUIS genomen

Herkennen van een absence:
  - staart een paar seconden voor zich uit, reageert niet, knippert
  - duurt 5-15 seconden, daarna gewoon verder
  -> noteren (uur + duur) en doorgeven aan de ouders via het secretariaat

Bij een grote aanval (vallen, schokken):
  1. rustig blijven, tijd noteren
  2. hoofd beschermen, niets in de mond steken, ruimte maken
  3. duurt de aanval langer dan 5 minuten: Buccolam 10 mg in de wangzak
     geven (zit in de medicijnkast secretariaat) en 112 bellen
  4. na de aanval in stabiele zijligging, niet alleen laten
  5. ouders verwittigen: mama 0476 38 21 95, papa 0495 60 14 72

Niet toegelaten: zwemmen zonder 1-op-1 toezicht, klimmuur boven 2 meter.

Opgesteld door dr. L. Maertens, neuroloog, 12/09/2024
'''
    m = multi('mixed', [text(body), text(plan, filename='noodplan_Lucas_2A.txt', cte='quoted-printable')],
              '----=_NextPart_000_0042_01DB0C3E.6B9F1A70')
    M(42, 'noodplan-lucas-2a', frm=MARTINE, to=[PIETER, DIRK, LIEN, YUSUF], subject='noodplan Lucas 2A',
      date='2024-09-17 10:12', body=m, client='outlook',
      rules=['sensitive', 'personal_data'], cats=['medical'], about=['P0110'],
      note='secretariat sends colleagues a named pupils epilepsy emergency plan as .txt attachment with parents mobile numbers',
      fmt=['mixed', 'attachment-txt'])

    # 043 -------------------------------------------------------------
    body = '''Beste collega's

Agenda van de personeelsvergadering van woensdag 9 oktober, 13u30, refter.

1. Verwelkoming nieuwe collega's
2. Zorg: de nieuwe werking van het zorgteam en afspraken over het
   leerlingvolgsysteem (Griet)
3. Hoop: voorstelling van de vastenactie van dit jaar (werkgroep MOS)
4. Rome: stand van zaken reis zesde jaar (Ilse en Yusuf)
5. Roos: rozenverkoop van de leerlingenraad voor Valentijn, wie helpt
   verkopen op 14/2?
6. Groeipakket en schooltoeslag: hoe verwijzen we ouders door (Patrick)
7. Varia

Wie agendapunten heeft, laat het me weten tegen maandag.

Koen
'''
    M(43, 'agenda-personeelsvergadering', frm=KOEN, to=[KOEN], bcc=[PERSONEEL], subject='Agenda personeelsvergadering 9/10',
      date='2024-10-03 12:45', body=text(body), client='outlook',
      note='staff meeting agenda with capitalised ordinary words (Zorg, Hoop, Rome, Roos, Groeipakket) to staff in Bcc',
      fmt=['plain', 'bcc-group'])

    # 044 -------------------------------------------------------------
    body = '''Griet

Jens (4C) kwam vandaag na de les aardrijkskunde naar mij. Hij vertelde dat
zijn pa sinds eind januari "binnen zit", in Leuven-Centraal. Voor iets met
drugs denkt hij, maar hij weet het zelf niet goed. Zijn ma heeft het hem pas
vorige week verteld, daarvoor was het "een werk in het buitenland".

Hij zou op woensdagnamiddag met zijn ma op bezoek willen gaan, maar dat botst
met de inhaaltoetsen en met zijn voetbal. Hij vroeg of hij de inhaaltoetsen
op een ander moment mag doen zonder dat hij in de klas moet uitleggen waarom.

Hij is er verrassend rustig onder, maar zijn punten zijn wel gezakt en hij
komt de laatste tijd vaak zonder boeken.

Kan jij dat regelen met de collega's, of moet ik het doen? En moet dit in het
lvs? Ik heb hem gezegd dat ik het alleen aan jou zou vertellen.

Stefaan
'''
    M(44, 'jens-4c-woensdag', frm=STEFAAN, to=[GRIET], subject='Jens 4C', date='2025-02-11 17:31',
      body=text(body, cte='base64'), client='apple',
      rules=['sensitive'], cats=['family'], about=['P0115'],
      note='class teacher tells the care coordinator a pupils father is in prison, said in colloquial words',
      fmt=['plain', 'base64'])

    # 045 -------------------------------------------------------------
    inner_body = '''Dear customer,

Welcome to LabVirtuo! Your school subscription (order LV-2024-3318, 120
student seats) is now active.

Your administrator account:
  URL:       https://app.labvirtuo.com/login
  Username:  admin.spc-leuven
  Temporary password:  Vq9$hR2m!tLx

You will be asked to choose a new password at first login. From the
administrator dashboard you can invite teachers and create classes.

Best regards,
The LabVirtuo team
'''
    inner = sub_msg(('LabVirtuo', 'no-reply@labvirtuo.com'), ['ict@spc.ksleuven.be'],
                    'Your LabVirtuo administrator account', '2024-10-08 09:02', text(inner_body, cte='7bit'),
                    mid='<lv-2024-3318.welcome@labvirtuo.com>')
    outer = '''Hi Liam,

As discussed at the department meeting: you will manage the virtual lab
platform for the fifth-year biology classes. The welcome mail with the
administrator login is attached. Please change the password when you log in
for the first time, and add Karen as a second administrator.

Cheers,
Bram (ICT)
'''
    m = multi('mixed', [text(outer), rfc822(inner, 'Your LabVirtuo administrator account.eml')],
              '------------8F2C0D1E3A4B5C6D7E8F9A0B')
    M(45, 'fwd-labvirtuo-admin', frm=BRAM, to=[("Liam O'Connor", S('liam.oconnor'))], cc=[KAREN],
      subject='Fwd: Your LabVirtuo administrator account', date='2024-10-08 11:40', body=m, client='tb',
      rules=['password'], lang='en',
      note='ICT forwards a vendor welcome mail with admin username and temporary password as an attached message',
      fmt=['mixed', 'forward-attached-rfc822'])

    # 046 -------------------------------------------------------------
    body = '''Beste ouders van het eerste jaar

Enkele ouders vroegen ons het attest voor medicatie op school opnieuw te
bezorgen. U vindt het in bijlage. Laat het invullen door de behandelende arts
en bezorg het samen met de medicatie aan het secretariaat.

Met vriendelijke groeten
Het secretariaat
'''
    form = '''ATTEST MEDICATIE OP SCHOOL
In te vullen door de behandelende arts

Naam van de leerling:  ...............................................
Geboortedatum:         ..../..../........        Klas: .......

Naam van het geneesmiddel:  ..........................................
Dosis:                      ..........................................
Tijdstip(pen):              ..........................................
Wijze van toediening:       oraal / inhalatie / injectie / andere: ....
Bewaring:                   kamertemperatuur / koelkast
Periode:                    van ..../..../........ tot ..../..../........

Handtekening en stempel van de arts:

............................................

Ik geef toestemming dat een personeelslid van de school bovenstaande
medicatie toedient of de inname ervan opvolgt.

Naam en handtekening van de ouder:  ..................................
'''
    m = multi('mixed', [text(body, cte='quoted-printable'), text(form, filename='attest_medicatie_leeg.txt', cte='base64')],
              '----=_NextPart_000_0046_01DB11A2.4C7D3E10')
    M(46, 'leeg-attest-medicatie', frm=SECR, to=UNDISCLOSED,
      bcc=[S('ouders-1a'), S('ouders-1b'), S('ouders-1c'), S('ouders-1d')],
      subject='Attest medicatie op school', date='2024-09-24 14:10', body=m, client='owa',
      note='blank medication form with dotted placeholders (name, date of birth) sent to all first-year parents in Bcc',
      fmt=['mixed', 'attachment-txt', 'bcc-group'])

    # 047 -------------------------------------------------------------
    body = '''Dag Mieke

Zoals gevraagd mijn notities van het MDO van gisteren over Ayoub (2D), voor
jullie dossier. Het officiële verslag volgt via het lvs-export, maar dat
duurt nog een week.

Groetjes
Griet
'''
    notes = '''MDO Ayoub E. - 2D - 04/02/2025
Aanwezig: Griet Van Hove (zorgco), Jonas Claes (llb), Evelien Raes (titularis),
          Mieke Dewitte (CLB), mama

Aanleiding
- driftbuien in de klas, 3 tuchtnota's sinds november (stoel omgegooid,
  deur dichtgesmeten, leerkracht uitgescholden)
- conflicten op de speelplaats, vooral bij voetbal
- slaapt slecht, zegt zelf "mijn hoofd staat nooit stil"
- resultaten: wiskunde en Frans onder de 40%

Afspraken
1. CLB start psychodiagnostisch onderzoek (vraag naar ADHD), mama akkoord
2. time-outkaart: mag bij opkomende boosheid 10 min naar de gang bij A014
3. wekelijks kort gesprek met Jonas (maandag, 2de lesuur)
4. remediëring wiskunde bij Ann-Sofie op donderdag
5. evaluatie-MDO na de paasvakantie
'''
    m = multi('mixed', [text(body), text(notes, filename='MDO_Ayoub_2D_notities.txt', cte='quoted-printable')],
              '----=_NextPart_000_0047_01DB7732.09A4E5B0')
    M(47, 'mdo-notities-ayoub', frm=GRIET, to=[CLB_MIEKE], subject='notities MDO Ayoub 2D', date='2025-02-05 08:47',
      body=m, client='outlook', rules=['sensitive'], cats=['care', 'psychosocial'], about=['P0120'],
      note='care coordinator sends the CLB meeting notes about a pupils anger outbursts and the assessment plan as .txt',
      fmt=['mixed', 'attachment-txt'])

    # 048 -------------------------------------------------------------
    body = '''Beste meneer Peeters

Goed nieuws: Chloë kan haar stage van het zesde jaar (Gezondheidszorg) doen
in het woonzorgcentrum Ter Dijle in Heverlee, van maandag 10 tot en met
vrijdag 28 maart.

Praktisch:
- start op maandag 10 maart om 8u30, melden aan het onthaal
- uniform en veiligheidsschoenen meebrengen (niet de witte sneakers)
- mentor ter plaatse: mevrouw Ann Ceulemans, hoofdverpleegkundige,
  bereikbaar op 016 27 55 90 (enkel voor afwezigheden)
- ik kom zelf twee keer op bezoek; het stageschrift wordt elke vrijdag
  afgetekend

Als er vragen zijn, hoor ik het graag.

Met vriendelijke groeten

Dries Willems
stagebegeleider 3de graad
'''
    M(48, 'stageplaats-chloe', frm=DRIES, to=[('Chris Peeters', par('P0249'))], subject='Stageplaats Chloë',
      date='2025-02-20 19:10', body=text(body), client='outlook', rules=['personal_data'], about=['P0249'],
      note='internship details for a pupil sent to her own parent; includes the mentors phone number',
      fmt=['plain'])

    # 049 -------------------------------------------------------------
    body = '''Dag Evelien

Ja, ik weet waar ze is, sorry dat je het via de klas moest horen.

Hanne is vorige donderdag opgenomen in het UPC in Kortenberg, op de afdeling
voor jongeren met eetproblemen. Ze was op school twee keer flauwgevallen (één
keer bij jou in de les, dus) en thuis at ze al weken bijna niets meer. Bij de
huisarts woog ze nog 41 kilo. De opname duurt minstens zes tot acht weken.

Er is een ziekenhuisschool; de leerkracht daar neemt contact met mij op voor
leerstof. Jij hoeft voorlopig niets te sturen.

Naar de klas: de ouders vragen om enkel te zeggen dat Hanne een tijdje ziek
is. Kaartjes of berichten zijn welkom, maar via mama.

Griet

Op ma 3 feb 2025 om 12:20 schreef Evelien Raes <evelien.raes@sintpieterscollege.be>:
> Griet, weet jij iets over Hanne Goris? Al anderhalve week weg en in de klas
> doen er rare verhalen de ronde. Moet ik leerstof doorsturen?
> Evelien
'''
    M(49, 're-hanne-5b', frm=GRIET, to=[EVELIEN], subject='Re: Hanne 5B', date='2025-02-03 16:40',
      body=text(body), client='tb', irt='<f1e2d3c4-5b6a-4c7d-8e9f-hanne5b@sintpieterscollege.be>',
      rules=['sensitive'], cats=['medical', 'psychosocial'], about=['P0125'],
      note='care coordinator tells a class teacher that a pupil is hospitalised for an eating disorder',
      fmt=['plain', 'reply', 'quote-gt'])

    # 050 -------------------------------------------------------------
    body = '''Beste ouders

Zoals aangekondigd kan u voor het oudercontact van donderdag 19 december
kiezen tussen een gesprek op school of een online gesprek. Voor wie online
gekozen heeft:

- open op het afgesproken uur de Zoom-app of https://zoom.us/join
- Meeting-ID: 845 2210 9034
- Toegangscode: 551920
- u komt eerst in de wachtkamer; de klastitularis laat u binnen zodra het
  vorige gesprek afgelopen is

Een gesprek duurt 10 minuten. Is het vorige gesprek uitgelopen, dan vragen we
even geduld.

Met vriendelijke groeten

Het secretariaat
'''
    M(50, 'oudercontact-online-zoom', frm=SECR, to=UNDISCLOSED,
      bcc=[S('ouders-3a'), S('ouders-3b'), S('ouders-3c'), S('ouders-3d')],
      subject='Oudercontact 19 december - online gesprekken', date='2024-12-16 12:30',
      body=text(body), client='owa',
      note='meeting passcode: Zoom meeting id and passcode for online parent evenings, to parents in Bcc; no credential',
      fmt=['plain', 'bcc-group'])

    # 051 -------------------------------------------------------------
    body = '''Dag Dirk

Voor de skireis van 4D: mama van Kelly Peeters belde vandaag. Ze kan de
640 euro niet betalen; ze leeft van een invaliditeitsuitkering en zit nog in
collectieve schuldenregeling. Ze schaamde zich om het aan jou te vragen.

Oplossing: het solidariteitsfonds neemt 400 euro over, de rest (240 euro)
betaalt ze in vier schijven van 60 euro, te beginnen in januari. Kelly mag
dus gewoon mee!

Zeg aub niets in de klas. Kelly weet dat het geregeld is, meer niet. Als je
ergens een lijst bijhoudt van wie betaald heeft: zet haar gewoon bij "in orde".

Patrick
'''
    M(51, 'skireis-kelly-4d', frm=PATRICK, to=[DIRK], subject='skireis 4D - Kelly', date='2024-11-26 15:02',
      body=text(body, cte='quoted-printable'), client='outlook',
      rules=['sensitive'], cats=['financial'], about=['P0130'],
      note='accountant tells the class teacher a mother on benefits and in debt settlement cannot pay the ski trip; fund pays',
      fmt=['plain', 'qp'])

    # 052 -------------------------------------------------------------
    body = '''Beste collega's

Vanaf maandag 24 februari is de code van de achterpoort (fietsenstalling aan
de Dijlekaai) gewijzigd. De nieuwe code is 2580#, daarna groene toets.
De oude code werkt vanaf zondagavond niet meer.

Reden: de oude code circuleerde blijkbaar onder de leerlingen van de derde
graad. Geef de nieuwe dus aub aan niemand door, ook niet aan leerlingen die
"alleen even hun fiets" moeten halen.

Dank je!
Luc
conciërge
'''
    M(52, 'code-achterpoort', frm=LUC, to=[LUC], bcc=[PERSONEEL], subject='nieuwe code achterpoort',
      date='2025-02-20 15:45', body=text(body), client='outlook', rules=['password'],
      note='caretaker gives all staff (Bcc) the new door code of the back gate',
      fmt=['plain', 'bcc-group'])

    # 053 -------------------------------------------------------------
    body = '''Griet,

Den Dylan van 3D zat vanmiddag weer te blèten op de wc van de speelplaats.
Ik heb hem meegenomen naar mijn bureau. Hij zegt dat zijn ma en zijn pa
's avonds "ruzie maken met slaan" en dat zijn pa vrijdag met een stoel
gegooid heeft. Hij had een blauwe plek op zijn bovenarm. Eerst "tegen de deur
gelopen", daarna "ge moogt het nie zeggen, anders is't nog erger".

Hij wil vanavond nie naar huis. Hij zit nu in de studie bij Marc.

Ik heb gezegd da'k het aan u moest doorgeven, da'k da nie alleen mag
houden. Kunt ge nog langskomen voor vier uur? Anders bel ik Koen.

Wim
'''
    M(53, 'dylan-3d-studie', frm=WIM, to=[GRIET], subject='dringend: Dylan 3D', date='2025-03-06 14:22',
      body=text(body), client='outlook', rules=['sensitive'], cats=['family', 'psychosocial'], about=['P0135'],
      note='supervisor writes in dialect that a pupil reports violence between his parents and does not want to go home',
      fmt=['plain', 'dialect'])

    # 054 -------------------------------------------------------------
    body = f'''Beste ouders van Lucas

Uit onze boekhouding blijkt dat de schoolrekening van Lucas (2D) voor het
eerste trimester nog niet betaald werd, ondanks de herinnering van
15 november.

Openstaand bedrag: 214,30 euro
Rekeningnummer:    {SCHOOL_IBAN}
Mededeling:        Geerts 2D T1

Heeft u het financieel moeilijk? Dan zoeken we graag samen naar een
oplossing, bijvoorbeeld een afbetalingsplan. U kan mij daarvoor altijd
discreet mailen; uw zoon hoeft daar niets van te merken.

Met vriendelijke groeten

Patrick Wouters
boekhouding
'''
    M(54, 'tweede-herinnering-lucas', frm=PATRICK, to=[('Nathalie Dierckx', par('P0111'))],
      subject='Tweede herinnering schoolrekening Lucas', date='2024-12-09 09:30',
      body=text(body), client='outlook', rules=['sensitive', 'personal_data'], cats=['financial'],
      about=['P0112'], mis=True,
      note='unpaid-bill reminder about Lucas Geerts (2D) sent to the mother of Lucas Dierckx (4C); same first name',
      fmt=['plain'])

    # 055 -------------------------------------------------------------
    body = '''Dag allemaal

Elke week komen er leerlingen van het eerste jaar naar het ICT-lokaal omdat
ze niet meer kunnen aanmelden. Dit kan je zelf oplossen:

1. Ga naar het aanmeldscherm van Smartschool.
2. Klik op "Wachtwoord vergeten?".
3. Vul je gebruikersnaam in. Die is altijd voornaam.naam, bv. jan.peeters.
4. Je krijgt een mail op het adres dat je ouders opgaven. Klik op de link en
   kies een nieuw wachtwoord.

Zo ziet het eruit:
   Gebruikersnaam: voornaam.naam
   Wachtwoord:     ********

Tips
- Kies een wachtwoord van minstens 10 tekens dat je kan onthouden, maar dat
  niemand anders kan raden.
- Geef je wachtwoord nooit aan een vriend(in), ook niet je beste.
- Lukt het echt niet? Kom dan op maandag of donderdag tijdens de middag naar
  B011 met je leerlingenkaart.

ICT-team
'''
    M(55, 'wachtwoord-vergeten-1ste-jaar', frm=ICT, to=UNDISCLOSED,
      bcc=[S('klas-1a'), S('klas-1b'), S('klas-1c'), S('klas-1d')],
      subject='Wachtwoord vergeten? Zo los je het zelf op', date='2024-10-15 09:05',
      body=text(body), client='tb',
      note='how-to for first-year pupils (Bcc) on resetting a password, with a masked placeholder; no credential',
      fmt=['plain', 'bcc-group'])

FEMKE = ('Femke Claus', S('femke.claus'))
LIAM = ("Liam O'Connor", S('liam.oconnor'))

def mails_05():
    # 056 -------------------------------------------------------------
    body = '''Joris

Zie hieronder, van de mama van Imane. Kan jij dit aan de collega's van 1D
doorgeven (mondeling, niet in de klasgroep)? Het attest van de
diabetesverpleegkundige zit in haar dossier, en er ligt een doos
druivensuiker in de medicijnkast op het secretariaat.

Martine

-------- Doorgestuurd bericht --------
Onderwerp: 	Imane
Datum: 	Mon, 9 Sep 2024 07:58:12 +0000
Van: 	Samira <samira.bouzid@hotmail.com>
Aan: 	secretariaat@sintpieterscollege.be

Goeiedag

Mijn dochter Imane zit in het eerste middelbaar (1D). In juli is ze in het
ziekenhuis opgenomen en daar hebben ze ontdekt dat ze suikerziekte heeft,
type 1. Ze heeft nu een sensor op haar arm en spuit zelf insuline voor het
eten.

Soms is haar suiker te laag. Dan moet ze direct iets zoets eten of drinken,
ook tijdens de les, en soms moet ze vaker naar het toilet. Ze kan dat zelf
goed, maar ze is een beetje beschaamd. Kunnen de leerkrachten dat weten maar
niet voor de klas zeggen?

Dank u wel
Samira
'''
    M(56, 'fwd-imane', frm=MARTINE, to=[JORIS], subject='Fwd: Imane', date='2024-09-09 10:37',
      body=text(body), client='tb', rules=['sensitive'], cats=['medical'], about=['P0140'],
      note='secretariat forwards a mothers mail about her daughter (first name only) newly diagnosed with type 1 diabetes',
      fmt=['plain', 'forward-inline'])

    # 057 -------------------------------------------------------------
    body = '''Dag Jelle

Welkom! In bijlage je accounts. Bij de eerste aanmelding moet je het
startwachtwoord wijzigen. Je kopiecode is persoonlijk, niet delen.

Tot maandag,
Bram
'''
    acc = '''Accounts Jelle Somers - startdatum 02/12/2024

Microsoft 365 (mail, Teams):  jelle.somers@sintpieterscollege.be
  startwachtwoord:            Welkom-8831-Js
Smartschool:                  gebruikersnaam jsomers
  startwachtwoord:            Welkom-8831-Js (zelfde, apart wijzigen!)
Kopieerapparaat:              code 66104
Wifi SPC-Personeel:           automatisch via laptop
'''
    m = multi('mixed', [text(body), text(acc, filename='accounts_jelle_somers.txt', cte='base64')],
              '------------0A1B2C3D4E5F6A7B8C9D0E57')
    M(57, 'accounts-nieuwe-collega', frm=BRAM, to=[('Jelle Somers', S('jelle.somers'))], subject='je accounts',
      date='2024-11-28 16:05', body=m, client='tb', rules=['password'],
      note='ICT sends a new teacher his starting passwords and copier code in a .txt attachment',
      fmt=['mixed', 'attachment-txt', 'base64'])

    # 058 -------------------------------------------------------------
    body = '''Beste ouders van 1A

In de klas van uw zoon of dochter werden deze week bij enkele leerlingen
hoofdluizen vastgesteld. Geen paniek: luizen hebben niets met hygiëne te
maken en komen in elke school voor.

Wat vragen we?
- Controleer het haar van uw kind deze week elke avond met een luizenkam,
  vooral achter de oren en in de nek.
- Vindt u luizen of neten, behandel dan meteen (bv. met een product op basis
  van dimeticon; vraag gerust raad aan de apotheker) en herhaal na 7 dagen.
- Was kussenslopen, mutsen en sjaals op 60 graden.

Uw kind hoeft niet thuis te blijven als de behandeling gestart is. Het CLB
kan u verder helpen als de luizen blijven terugkomen.

Met vriendelijke groeten
Katrien Smets, klastitularis 1A
'''
    M(58, 'luizen-1a', frm=KATRIEN, to=[KATRIEN], bcc=[S('ouders-1a')], subject='Luizen in de klas',
      date='2024-10-17 15:55', body=text(body, cte='base64'), client='owa',
      note='head-lice notice to all parents of one class in Bcc; nobody named',
      fmt=['plain', 'base64', 'bcc-group'])

    # 059 -------------------------------------------------------------
    blocks = ['''Dag collega's van de eerste graad

Zoals elk jaar het overzicht van de leerlingen in het eerste jaar met een attest of verslag en de maatregelen die de klassenraad toekende. Graag toepassen vanaf de toetsen van oktober. Het volledige handelingsplan staat in het lvs.
''', ('table', [
        ['Leerling', 'Klas', 'Attest / verslag', 'Maatregelen'],
        ['Lenn Bosmans', '1A', 'dyscalculie (attest 2023)', 'rekenmachine, formularium, extra tijd'],
        ['Aya Mahjoubi', '1B', 'dyslexie', 'voorleessoftware, Arial 12, spelling niet meetellen'],
        ['Kobe Segers', '1B', 'verslag basisaanbod', 'IAC vanaf januari, zie mail Griet'],
        ['Stan Moens', '1C', 'ADHD, medicatie thuis (ochtend)', 'vaste plaats vooraan, opdrachten opknippen, beweegpauze'],
        ['Zoë Luyten', '1D', 'slechthorend (hoorapparaat links)', 'FM-microfoon dragen, zit vooraan rechts'],
    ]), '''
Vragen? Ik zit elke dinsdag en donderdag in A016.

Ann-Sofie
zorgleerkracht eerste graad''']
    M(59, 'overzicht-maatregelen-1ste-jaar', frm=ANNSOFIE, to=[KATRIEN, JORIS, NADIA, PIETER, LIEN], cc=[SARAH, GRIET],
      subject='overzicht maatregelen 1ste jaar', date='2024-10-01 12:15',
      body=outlook(blocks, '----=_NextPart_000_0059_01DB13F0.2A6C8E50'), client='outlook',
      rules=['sensitive'], cats=['care', 'medical'], about=['P0230', 'P0231', 'P0095', 'P0232', 'P0233'],
      note='special needs teacher sends an Outlook table of five named pupils with diagnoses and accommodations',
      fmt=['alt', 'outlook-html', 'table'])

    # 060 -------------------------------------------------------------
    body = '''Koen

Even melden zodat je het weet als mama je belt.

Na de les Latijn bleef Ella Vandevelde (6A) hangen. Ze zei dat ze "er liever
niet meer zou zijn" en dat ze er "al een tijdje over nadenkt hoe". Ze was heel
kalm, dat vond ik het engste.

Ik heb haar meteen naar Jonas gebracht. Hij heeft een uur met haar gepraat,
daarna mama gebeld. Mama is haar rond 14u komen halen en ze gaan vanavond
samen naar de huisarts; die zou verder doorverwijzen. Het CLB is verwittigd.

Ella vroeg uitdrukkelijk om het niet aan de klas of aan de andere collega's
te zeggen. Ik heb haar beloofd dat enkel jij, Jonas en ik het weten.

Ik ben er zelf nogal door van slag, sorry voor de korte mail.

Ilse
'''
    M(60, 'ella-6a', frm=ILSE, to=[KOEN], cc=[JONAS], subject='Ella 6A - vandaag', date='2025-03-20 15:12',
      body=text(body), client='outlook', rules=['sensitive'], cats=['psychosocial'], about=['P0145'],
      note='class teacher tells the head that a pupil voiced wanting to be dead and having thought about how',
      fmt=['plain'])

    # 061 -------------------------------------------------------------
    body = '''Dear 6B,

We will finish Of Mice and Men on Thursday. For those who have not read the
last chapter yet: yes, it ends badly. George shoots Lennie by the river,
right after Lennie has accidentally killed Curley's wife, and before the
lynch mob can get to him.

Please prepare these questions for the discussion:

1. Compare the death of Candy's dog in chapter 3 with the ending. What does
   Steinbeck want us to see?
2. Was George's act mercy, murder, or both? Use two quotes.
3. "I ought to of shot that dog myself." How does this line prepare the
   ending?
4. Why does the dream of the little farm have to die with Lennie?

Some of you told me the ending hit you hard. That is fine - it is meant to.
If you want to talk about it, I am in A103 at lunchtime.

Ms Maes
'''
    M(61, 'of-mice-and-men-6b', frm=LIEN, to=[LIEN], bcc=[S('klas-6b')], subject='Of Mice and Men - last chapter',
      date='2025-03-04 19:02', body=text(body), client='owa', lang='en',
      note='English teacher to the class (Bcc) about fictional characters who die in a novel; no pupil concerned',
      fmt=['plain', 'bcc-group'])

    # 062 -------------------------------------------------------------
    blocks = ['''Hi Liam,

It's the shared department account: engels.spc@gmail.com, and the password is Wordsworth#1770 (capital W). Please don't change it, half the department uses it and nobody remembers the recovery phone.

Make the poster in the "Erasmus week" folder so we can all find it.

Thanks!
Lien
''', ('hr',), '''From: Liam O'Connor <liam.oconnor@sintpieterscollege.be>
Sent: Wednesday, 26 February 2025 10:41
To: Lien Maes <lien.maes@sintpieterscollege.be>
Subject: Canva login?

Hi Lien, what's the login for the department Canva? I want to make the poster for the Erasmus week before Friday.
Liam''']
    M(62, 're-canva-login', frm=LIEN, to=[LIAM], subject='RE: Canva login?', date='2025-02-26 11:03',
      body=outlook(blocks, '----=_NextPart_000_0062_01DB8832.7E1F0A90'), client='outlook', rules=['password'], lang='en',
      note='teacher gives the language assistant the login and password of a shared department design account',
      fmt=['alt', 'outlook-html', 'reply'])

    # 063 -------------------------------------------------------------
    body = '''Dag Martine

Voor Ayla Demirci (3B) moeten we een paar gegevens aanpassen, liefst vandaag
nog.

Ayla woont sinds de krokusvakantie in een pleeggezin in Kessel-Lo, op
beslissing van de jeugdrechter. Ze blijft wel bij ons op school, en dat is
maar goed ook.

- contactpersonen in Smartschool: de pleegouders, Hans en Leen Bollen,
  leen.bollen@telenet.be
- mama behoudt het recht op het rapport, maar mag het nieuwe adres NIET
  krijgen en ook niet wie de pleegouders zijn. Bezoek verloopt via het
  bezoekcentrum.
- ophalen: enkel de pleegouders of de consulente van het OCJ, mevrouw Aerts
- het nieuwe adres zet ik zelf in het vertrouwelijke deel van het lvs

Als mama belt en naar Ayla vraagt, verwijs je haar door naar mij.

Griet
'''
    M(63, 'gegevens-ayla-3b', frm=GRIET, to=[MARTINE], subject='gegevens Ayla 3B aanpassen', date='2025-03-10 08:20',
      body=text(body, cte='quoted-printable'), client='outlook',
      rules=['sensitive'], cats=['family'], about=['P0150'],
      note='care coordinator asks the secretariat to update contacts because a pupil was placed in a foster family by the juvenile judge',
      fmt=['plain', 'qp'])

    # 064 -------------------------------------------------------------
    body = '''Beste mevrouw Michiels

Jana had vandaag tijdens de conditietraining in de les LO opnieuw veel last
van haar astma. Ze had haar puffer niet bij zich (die zat in haar jas in de
klas) en het duurde bijna twintig minuten voor ze weer rustig kon ademen. Ze
is de rest van de les blijven zitten en voelde zich daarna wel beter.

Kan u er samen met haar voor zorgen dat de puffer voortaan altijd in haar
sportzak zit? Misschien is het ook goed om eens bij de longarts na te gaan of
de dosis nog klopt: het is de derde keer sinds september.

Tot ze het met de arts besproken heeft, laat ik haar bij het lopen op haar
eigen tempo werken.

Met sportieve groeten

Dirk Van Acker
leerkracht LO
'''
    M(64, 'astma-jana-lo', frm=DIRK, to=[('Sabine Michiels', par('P0155'))], subject='Jana - LO vandaag',
      date='2024-11-07 16:50', body=text(body), client='outlook',
      rules=['sensitive'], cats=['medical'], about=['P0155'],
      note='PE teacher tells the right mother about her daughters asthma attack in class',
      fmt=['plain'])

    # 065 -------------------------------------------------------------
    blocks = ['''SINT-PIETERSCOLLEGE - NIEUWSBRIEF MAART 2025
''', '''Rozenverkoop
Op Valentijn verkocht de leerlingenraad maar liefst 640 rozen. Een roos kostte 2 euro; de volledige opbrengst gaat naar de vastenactie. Merci aan iedereen die een roos kocht of eentje rondbracht!
''', '''Rome
Op 24 maart vertrekken 52 leerlingen van het zesde jaar naar Rome. Volg hun avonturen op onze Instagram.
''', '''Zorg op school
Maak kennis met ons zorgteam: Griet Van Hove (zorgcoördinator), Jonas Claes en Femke Claus (leerlingenbegeleiders) en Ann-Sofie Hermans (zorgleerkracht). Heeft u een vraag over het welbevinden of de studievoortgang van uw kind, dan kan u altijd bij hen terecht. Hoe we werken, leest u in deel 3 van het schoolreglement.
''', '''Wiskundeolympiade
Proficiat aan Roos Vermeiren (3A) en Daan Vercammen (5C), die allebei de finale van de Vlaamse Wiskunde Olympiade haalden!
''', '''Hoop
Onze vastenactie "Hoop" steunt dit jaar een schoolproject in Kinshasa. In de week van 31 maart is er een sobere maaltijd in de refter.
''', '''Met vriendelijke groeten
De directie''']
    M(65, 'nieuwsbrief-maart', frm=DIRECTIE, to=[DIRECTIE], bcc=[OUDERS], subject='Nieuwsbrief maart 2025',
      date='2025-03-07 16:00', body=outlook(blocks, '----=_NextPart_000_0065_01DB8F55.3C9A2D70'),
      about=['P0225', 'P0220'],
      note='newsletter in Bcc: flower sale (roos), Rome, the care team, two named pupils congratulated; nothing sensitive',
      fmt=['alt', 'outlook-html', 'bcc-group'])

    # 066 -------------------------------------------------------------
    body = '''Dag Sarah, dag Femke

Ik wil dit officieel melden. Amir Haddouchi (2A) heeft vandaag in mijn les
Frans (4de uur) een stoel door het lokaal gegooid, nadat ik hem vroeg zijn gsm
weg te steken. De stoel kwam tegen de kast naast Noa's bank terecht. Niemand
gewond, maar de klas was echt geschrokken.

Het is het derde incident deze maand (zie ook de nota's van 4/3 en 11/3 in
het lvs). Hij was daarna niet aanspreekbaar en is zonder toestemming de klas
uitgelopen; Wim heeft hem in de gang opgevangen.

Ik vraag een tuchtgesprek en wil hem voorlopig niet terug in mijn les
zonder begeleiding. Ik besef dat er thuis veel speelt, maar dit kan ik de
andere 22 niet aandoen.

Nadia
'''
    M(66, 'incident-amir-2a', frm=NADIA, to=[SARAH, FEMKE], subject='incident Amir 2A - melding', date='2025-03-18 12:58',
      body=text(body), client='outlook', rules=['sensitive'], cats=['psychosocial'], about=['P0160'],
      note='French teacher reports a pupils third violent outburst in class and asks for disciplinary follow-up',
      fmt=['plain'])

    # 067 -------------------------------------------------------------
    body = '''Beste mevrouw Stevens

Zoals telefonisch gemeld is Jarne vanmiddag in de les LO ongelukkig gevallen
op zijn linkerpols. We hebben hem voor de zekerheid naar de spoed van
Gasthuisberg gebracht; daar bleek de pols gebroken. Hij heeft een gips voor
vier tot zes weken.

Voor de schoolverzekering heeft u twee documenten nodig:
- de aangifte van het ongeval: die vult de school in, ik stuur ze zelf door
- het medisch getuigschrift: dat laat u invullen door de arts op de
  controleafspraak

Bewaar alle rekeningen (spoed, apotheek, kinesist). De verzekering betaalt
het verschil met wat het ziekenfonds terugbetaalt.

Veel beterschap aan Jarne!

Martine Goossens
secretariaat
'''
    M(67, 'ongeval-jarne-lo', frm=MARTINE, to=[('An Stevens', par('P0166'))], subject='Ongeval Jarne - schoolverzekering',
      date='2025-01-23 15:35', body=text(body), client='outlook',
      rules=['sensitive'], cats=['medical'], about=['P0165'], mis=True,
      note='insurance mail about Jarne Stevens (1A) broken wrist sent to the mother of Seppe Stevens (4A), another family',
      fmt=['plain'])

    # 068 -------------------------------------------------------------
    body = '''Ilse

De bankkaart voor de Romereis (rekening "uitstappen") leg ik vrijdag in je
vakje, in een gesloten envelop. De pincode is 6620. Limiet staat op 1500 euro
per week, dat zou moeten volstaan voor de metrotickets en de ingangen ter
plaatse.

Hou aub alle kasticketjes bij, ook de kleine.

Patrick
'''
    M(68, 'bankkaart-romereis', frm=PATRICK, to=[ILSE], subject='bankkaart Rome', date='2025-03-19 13:20',
      body=text(body), client='outlook', rules=['password'],
      note='accountant mails the trip coordinator the PIN of the school bank card',
      fmt=['plain'])

    # 069 -------------------------------------------------------------
    body = '''Beste ouders

Bij de start van het tweede trimester herinneren we u aan de regels over
afwezigheden. Ze staan uitgebreid in het schoolreglement (deel 2.6).

Gewettigde afwezigheden
- ziekte: tot en met drie opeenvolgende dagen volstaat een briefje van de
  ouders (maximaal vier keer per schooljaar); daarna is een medisch attest
  nodig
- bv. een begrafenis van een familielid, een rechtbankzaak, een
  religieuze feestdag: meld het vooraf aan het secretariaat

Problematische afwezigheden
Elke afwezigheid zonder geldige reden noemen we problematisch. Vanaf vijf
halve dagen nemen we contact met u op, en schakelen we ook het CLB in. Dat
is geen straf: we willen samen met u bekijken wat er aan de hand is.
Blijft de afwezigheid aanhouden, dan kan uw kind zijn schooltoeslag verliezen.

Te laat komen
Wie na 8u25 toekomt, meldt zich aan het leerlingensecretariaat.

Met vriendelijke groeten
De directie
'''
    M(69, 'afwezigheden-regels', frm=DIRECTIE, to=UNDISCLOSED, bcc=[OUDERS], subject='Afwezigheden: even de regels opfrissen',
      date='2025-01-07 10:30', body=text(body, cte='quoted-printable'), client='owa',
      note='general attendance rules to all parents (Bcc), mentions CLB and school allowance in general terms',
      fmt=['plain', 'qp', 'bcc-group'])

    # 070 -------------------------------------------------------------
    body = '''Beste mevrouw Lievens

Zoals vanmiddag besproken, bevestig ik nog even de beslissing van de
delibererende klassenraad voor Arthur.

Arthur krijgt een B-attest. Hij mag naar het vierde jaar, maar niet meer in
de richting Wetenschappen. De klassenraad adviseert een overstap naar
Bedrijfswetenschappen of naar een richting met meer praktijk; zijn sterktes
liggen duidelijk daar. Zijn resultaten voor wiskunde en fysica waren het hele
jaar onvoldoende, ondanks de remediëring.

Het CLB (mevrouw Janssens) volgt Arthur verder op bij de studiekeuze. Zij
neemt volgende week contact met u op voor een gesprek, samen met Arthur.

Ik weet dat dit moeilijk nieuws is, zeker voor Arthur. Hij heeft het hele
jaar hard gewerkt en dat hebben we ook gezien.

Met vriendelijke groeten

Evelien Raes
klastitularis 3D
'''
    M(70, 'b-attest-arthur', frm=EVELIEN, to=[('Katleen Lievens', par('P0238'))], subject='Beslissing klassenraad Arthur',
      date='2025-06-27 18:10', body=text(body), client='outlook',
      rules=['sensitive'], cats=['care'], about=['P0238'],
      note='class teacher confirms to the mother a B-certificate, redirection advice and CLB follow-up for her son',
      fmt=['plain'])

def mails_06():
    # 071 -------------------------------------------------------------
    inner_body = '''Beste mevrouw Van Hove

Ik ben de oom van Mats Verbruggen uit 5B. Ik wou u laten weten dat Mats sinds
vorige week bij ons in Wijgmaal woont.

Mijn zus, zijn moeder, is voor een ontwenningsopname van minstens drie
maanden vertrokken; het drankprobleem was de laatste maanden niet meer te
verbergen en Mats stond er alleen voor. Zijn vader is al jaren niet meer in
beeld. Bij de vrederechter loopt een voogdijaanvraag zodat wij de papieren
kunnen tekenen.

Daarbovenop is vorige maand mijn vader overleden, zijn grootvader, bij wie
Mats elke woensdag ging eten. Dat was voor hem zijn vaste punt.

Mats zegt dat alles "oké" is, maar hij slaapt slecht en zit veel op zijn
kamer. Kan de school hier wat rekening mee houden? U mag mij altijd bellen
op 0485 22 71 06.

Met vriendelijke groeten
Geert Verbruggen
'''
    inner = sub_msg(('Geert Verbruggen', 'geert.verbruggen@telenet.be'), [GRIET], 'Mats Verbruggen 5B',
                    '2025-01-27 21:14', text(inner_body, cte='quoted-printable'),
                    mid='<CAF9x2k0mats5b0127@mail.telenet.be>')
    outer = '''Evelien, Els

In bijlage de mail van de oom van Mats. Ik heb hem vanmorgen gebeld; hij is
vanaf nu ons aanspreekpunt, tot de voogdij geregeld is. Ik vraag het CLB om
rouwbegeleiding aan te bieden.

Willen jullie de komende weken wat soepel zijn met deadlines? Ik zet het
kort in het lvs, deze mail mag je daarna verwijderen.

Griet
'''
    m = multi('mixed', [text(outer), rfc822(inner, 'Mats Verbruggen 5B.eml')], '----=_NextPart_000_0071_01DB70F1.4E2B6A10')
    M(71, 'fwd-mail-oom-mats', frm=GRIET, to=[EVELIEN, ELS], subject='FW: Mats Verbruggen 5B', date='2025-01-28 09:05',
      body=m, client='outlook', rules=['sensitive', 'personal_data'], cats=['family'], about=['P0170'],
      note='care coordinator forwards (as attachment) an uncles mail: mother in addiction treatment, guardianship, grandfather died; uncles mobile',
      fmt=['mixed', 'forward-attached-rfc822'])

    # 072 -------------------------------------------------------------
    body = '''Beste ouders van het vierde jaar

Op vrijdag 14 maart gaan alle leerlingen van het vierde jaar naar de
voorstelling "Op Hoop van Zegen" van Herman Heijermans in de Stadsschouwburg
van Leuven. We lazen het stuk in de les Nederlands.

Het stuk speelt zich af in een vissersdorp rond 1900. Kniertje verliest haar
man en haar zonen op zee, omdat de reder een rot schip laat uitvaren. Het
gaat over uitbuiting, armoede en verlies; de voorstelling is soms aangrijpend.
We bespreken ze achteraf in de klas.

Praktisch: vertrek op school om 13u15, terug rond 16u45. De kostprijs
(12 euro) komt op de schoolrekening.

Met vriendelijke groeten
Els Lambrechts, namens de vakgroep Nederlands
'''
    M(72, 'op-hoop-van-zegen-4de-jaar', frm=ELS, to=[ELS],
      bcc=[S('ouders-4a'), S('ouders-4b'), S('ouders-4c'), S('ouders-4d')],
      subject='Theaterbezoek "Op Hoop van Zegen"', date='2025-02-27 17:15', body=text(body), client='owa',
      note='theatre visit letter to year-4 parents (Bcc): a play character loses her sons at sea; fiction, nobody concerned',
      fmt=['plain', 'bcc-group'])

    # 073 -------------------------------------------------------------
    body = '''Madame Kabongo,

Nous avons bien reçu l'attestation du Dr Lemaire. Inès doit donc prendre un
comprimé de Rilatine 10 mg chaque jour à 12h15, après le repas de midi.

Voici comment nous procédons :
- la boîte reste au secrétariat, dans l'armoire à pharmacie fermée à clé ;
- Inès passe elle-même au secrétariat à 12h15 ; si elle oublie, nous allons
  la chercher discrètement au réfectoire ;
- chaque prise est notée dans un carnet que vous pouvez consulter.

Merci de nous prévenir quand la boîte est presque vide (il reste 9
comprimés) ou si le médecin modifie le traitement.

Bien à vous,

Martine Goossens
Secrétariat
'''
    M(73, 'rilatine-ines', frm=MARTINE, to=[('Clarisse Kabongo', par('P0175'))], subject='Médicament Inès - midi',
      date='2024-09-19 11:22', body=text(body, charset='windows-1252'), client='outlook',
      rules=['sensitive'], cats=['medical'], about=['P0175'], lang='fr',
      note='secretariat confirms to the mother in French how her daughters ADHD medication is given at noon',
      fmt=['plain', 'cp1252-8bit'])

    # 074 -------------------------------------------------------------
    body = '''Beste collega's

Een paar collega's willen tijdens de krokusvakantie op school komen werken.
Dat kan, maar hou rekening met het volgende:

- De school is open op maandag en dinsdag van 9u tot 15u. Dan ben ik er.
- Buiten die uren staat het alarm op. De code krijg je enkel persoonlijk
  van mij of van Martine, niet via mail of Smartschool. Wie de code heeft,
  is verantwoordelijk om het alarm weer op te zetten.
- Gaat het alarm af zonder reden, verlaat dan het gebouw en bel de
  bewakingsfirma (nummer op de sticker aan het paneel) en mij.
- Sluit alle ramen, ook op het tweede verdiep.

Prettige vakantie!
Luc
'''
    M(74, 'alarm-krokusvakantie', frm=LUC, to=[LUC], bcc=[PERSONEEL], subject='op school werken tijdens de krokus',
      date='2025-02-27 14:10', body=text(body), client='outlook',
      note='caretaker explains the alarm procedure to staff (Bcc) and says the code is only given in person; no code',
      fmt=['plain', 'bcc-group'])

    # 075 -------------------------------------------------------------
    blocks = ['''Beste ouders

Volgende week vinden de begeleidende klassenraden plaats. Veel ouders vragen wat daar precies gebeurt; daarom een korte toelichting.
''', '''Wie zit er samen?
Alle leerkrachten van de klas, de klastitularis, de leerlingenbegeleider en iemand van de directie. Soms sluit de CLB-medewerker aan.
''', '''Wat bespreken we?
Elke leerling komt aan bod: de resultaten, de werkhouding, het welbevinden en eventuele zorgnoden. We kijken bijvoorbeeld of de maatregelen bij een leerstoornis goed werken, of een leerling extra ondersteuning nodig heeft, of het ergens stroef loopt in de klas.
''', '''Wat hoort u daarvan?
Op het rapport staat een advies van de klassenraad. Is er iets belangrijks, dan neemt de klastitularis contact met u op of nodigt hij of zij u uit op het oudercontact.
''', '''Vertrouwelijkheid
Wat op de klassenraad gezegd wordt, blijft binnen de klassenraad. Verslagen worden enkel in het beveiligde leerlingvolgsysteem bewaard.

Met vriendelijke groeten
Sarah Meert, adjunct-directeur''']
    M(75, 'wat-is-een-klassenraad', frm=SARAH, to=[SARAH], bcc=[OUDERS], subject='Wat gebeurt er op een klassenraad?',
      date='2024-12-06 16:30', body=outlook(blocks, '----=_NextPart_000_0075_01DB47D8.1B5E9F20'),
      note='general explanation of the class council to all parents in Bcc; looks like a council report but names nobody',
      fmt=['alt', 'outlook-html', 'bcc-group'])

    # 076 -------------------------------------------------------------
    body = '''Griet, Femke

Na het brandalarm van dinsdag wil ik toch iets melden over Hamid (1D).
Terwijl de klas naar buiten ging, kroop hij onder zijn bank en bleef hij
trillen. Ik heb hem pas na tien minuten mee naar buiten gekregen. Hij zei
achteraf alleen "zoals op de boot".

Wat ik weet via de OKAN-collega's: hij is met zijn oom uit Afghanistan
gekomen en zijn oudere broer heeft de overtocht niet overleefd. Zijn ouders
zitten nog in Iran. Hij woont nu met zijn oom in een studio in Kessel-Lo.

Hij schrikt bij elk hard geluid (deuren, de bel, ballen tegen het raam) en
slaapt in de klas soms in. Ik vermoed dat hij 's nachts niet veel slaapt.

Is er iemand bij het CLB of bij een organisatie die dit kan opnemen? Ik wil
hem niet pushen om te vertellen, maar ik wil ook niet niets doen.

Joris
'''
    M(76, 'hamid-1d-brandalarm', frm=JORIS, to=[GRIET, FEMKE], subject='Hamid 1D', date='2025-01-30 16:05',
      body=text(body, cte='base64'), client='outlook',
      rules=['sensitive'], cats=['psychosocial', 'family'], about=['P0180'],
      note='class teacher describes trauma reactions of a refugee pupil whose brother died during the crossing',
      fmt=['plain', 'base64'])

    # 077 -------------------------------------------------------------
    body = '''Beste meneer Smeets

Bent heeft zijn werkboek Frans nu al twee weken niet bij. Hij zegt dat het
"ergens in de auto" ligt. Hij kan zo de oefeningen in de klas niet meevolgen
en loopt achter met de taken van hoofdstuk 4.

Kan u samen met hem even zoeken? Is het echt verloren, dan kan u een nieuw
exemplaar bestellen via het secretariaat (22 euro).

Bedankt en met vriendelijke groeten

Nadia El Amrani
leerkracht Frans
'''
    M(77, 'werkboek-frans-bent', frm=NADIA, to=[('Ine Dewaele', par('P0244'))], subject='Werkboek Frans',
      date='2024-10-22 18:40', body=text(body), client='owa', about=['P0243'], mis=True,
      note='note about Bent Smeets (3C) missing workbook sent to the mother of classmate Warre Dewaele (wrong address reused)',
      fmt=['plain'])

    # 078 -------------------------------------------------------------
    body = f'''Beste mevrouw Verbeke

Met toestemming van mevrouw Van den Broeck contacteer ik u over haar dochter
Kiara (2D), rijksregisternummer {rrn('110423', '284')}.

Het gezin werd vorige week uit de huurwoning gezet. Mama en de drie kinderen
verblijven tijdelijk bij een vriendin in Wilsele, met z'n vijven in een
appartement met één slaapkamer. Mama heeft sinds januari geen inkomen meer en
haar aanvraag bij jullie loopt nog.

Kiara komt nog elke dag naar school, maar zonder boterhammen en zonder
turngerief. Onze vraag:
- kan het OCMW tussenkomen in de warme maaltijden op school (4,20 euro per
  dag)?
- de schoolrekening van het tweede trimester (165 euro) kunnen we uitstellen,
  maar niet kwijtschelden zonder een beslissing van jullie kant.

Mama heeft nog geen gsm-abonnement; u bereikt haar het best via mij.

Met vriendelijke groeten

Griet Van Hove
zorgcoördinator
'''
    M(78, 'ocmw-kiara-2d', frm=GRIET, to=[OCMW], subject='Vraag tussenkomst - Kiara 2D', date='2025-02-18 10:50',
      body=text(body), client='outlook', rules=['sensitive', 'personal_data'], cats=['financial', 'family'],
      about=['P0185'],
      note='care coordinator asks the OCMW to pay meals for a pupil whose family was evicted; national number included',
      fmt=['plain'])

    # 079 -------------------------------------------------------------
    body = '''Beste ouders van het eerste jaar

In het eerste jaar zitten dit schooljaar enkele leerlingen met een ernstige
notenallergie. Voor hen kan al een klein spoortje van een noot gevaarlijk
zijn.

Daarom vragen we u:
- geef bij een verjaardag geen traktaties mee met noten of pindakaas (bv.
  geen brownies met walnoten, geen Snickers, geen M&M's met pinda's);
- kies bij twijfel voor iets verpakts waarop "bevat geen noten" staat, of
  voor fruit.

Alle leerkrachten van het eerste jaar kregen een EHBO-opleiding over
allergische reacties.

Bedankt voor uw begrip!
Sarah Meert
adjunct-directeur eerste graad
'''
    M(79, 'notenallergie-traktaties', frm=SARAH, to=[SARAH],
      bcc=[S('ouders-1a'), S('ouders-1b'), S('ouders-1c'), S('ouders-1d')],
      subject='Traktaties en notenallergie', date='2024-09-12 12:05', body=text(body), client='outlook',
      note='general request to all first-year parents (Bcc) about nut allergies; no pupil identified',
      fmt=['plain', 'bcc-group'])

    # 080 -------------------------------------------------------------
    body = '''Dag Sarah, dag Koen

Voor de voorbereiding van de klassenraden: in bijlage het overzicht van de
leerlingen met een verslag of attest waar de klassenraad volgende week een
beslissing over moet nemen (verlenging of aanpassing van de maatregelen).
Het is een export uit het lvs, dus nog even nakijken.

Griet
'''
    csvtxt = '''Naam;Voornaam;Klas;Attest/verslag;Diagnose;Maatregelen;Opvolging
Heylen;Jasper;2B;verslag type 9 aangevraagd;ASS (UZ Leuven 2022);prikkelarme toetsruimte, vaste plaats;CLB Sofie, MDO feb
Segers;Kobe;1B;verslag basisaanbod;algemene leerachterstand;IAC sinds januari;Griet
Joossens;Ibe;3C;attest;dyslexie en dysorthografie;Sprint, extra tijd, spelling niet mee;Ann-Sofie
Nys;Viktor;4A;attest;ADHD en dyspraxie (medicatie);laptop, extra tijd, toets in 2 delen;Jonas
Celis;Marie;5B;attest;ASS (kinderpsychiater 2021);prikkelarme toetsruimte, planning op papier;Jonas
'''
    m = multi('mixed', [text(body, cte='quoted-printable'),
                        text(csvtxt, ctype='text/csv', charset='windows-1252', cte='quoted-printable', filename='verslagen_attesten_export.csv')],
              '----=_NextPart_000_0080_01DB3A94.6F0C2E30')
    M(80, 'export-verslagen-attesten', frm=GRIET_S, to=[SARAH, KOEN], subject='overzicht verslagen/attesten voor de KR',
      date='2024-11-29 14:25', body=m, client='outlook', rules=['sensitive'], cats=['care', 'medical'],
      about=['P0060', 'P0095', 'P0030', 'P0235', 'P0236'],
      note='care coordinator sends the management a CSV export of pupils with diagnoses, reports and accommodations',
      fmt=['mixed', 'attachment-csv'])

    # 081 -------------------------------------------------------------
    body = '''Bonjour Claire,

Je te transfère le mail des Éditions Sablon avec l'accès à la plateforme
numérique de "Passe-Partout 3". C'est le compte de la section, tu peux
l'utiliser pour projeter les exercices en 3B et 4C. Merci de ne pas changer
le mot de passe, nous sommes six à l'utiliser.

Bonne semaine !
Nadia

---------- Message transféré ---------
De : Éditions Sablon - Service écoles <ecoles@editions-sablon.be>
Date : jeu. 5 sept. 2024 à 09:14
Objet : Vos accès Passe-Partout 3 - Sint-Pieterscollege
À : <nadia.elamrani@sintpieterscollege.be>

Madame,

Nous avons le plaisir de vous communiquer les accès à la version numérique
de Passe-Partout 3 pour votre établissement.

Adresse :        https://numerique.editions-sablon.be
Identifiant :    spc.francais
Mot de passe :   Soleil-4821-Sab

Ces accès sont valables pour l'année scolaire 2024-2025.

Cordialement,
Le service écoles
'''
    M(81, 'fwd-acces-passe-partout', frm=NADIA, to=[('Claire Dumont', S('claire.dumont'))],
      subject='TR: Vos accès Passe-Partout 3 - Sint-Pieterscollege', date='2025-03-03 07:50',
      body=text(body, cte='quoted-printable'), client='outlook', rules=['password'], lang='fr',
      note='head of French forwards a publishers mail with the shared login and password of the textbook platform',
      fmt=['plain', 'qp', 'forward-inline'])

    # 082 -------------------------------------------------------------
    body = '''Beste mevrouw Aydın

Op donderdag 14 november gaan we met de klas naar Technopolis in Mechelen.
Zeynep heeft het toestemmingsformulier nog niet afgegeven. Wilt u het
ondertekenen en haar morgen meegeven? Zonder formulier kan ze jammer genoeg
niet mee en blijft ze die dag in de studie.

Vertrek om 8u30 aan de school, terug rond 15u45. Lunchpakket en drinken
meebrengen.

Met vriendelijke groeten

Joris Aerts
leerkracht technologie
'''
    M(82, 'toestemming-technopolis-zeynep', frm=JORIS, to=[('Fatma Aydın', par('P0250'))],
      subject='Toestemmingsformulier Technopolis', date='2024-11-06 16:25', body=text(body), client='outlook',
      about=['P0250'], note='teacher reminds the right parent about a missing permission form for a trip',
      fmt=['plain'])

    # 083 -------------------------------------------------------------
    body = '''Dag Karen

Ter info, van de mama van Noah uit jouw klas. Ik heb beide ouders al als
contact in Smartschool gezet.

Martine

---------- Doorgestuurd bericht ---------
Van: Sien Dhondt <sien.dhondt@telenet.be>
Date: ma 16 sep 2024 om 21:40
Subject: adreswijziging en info
To: <secretariaat@sintpieterscollege.be>


Beste

Noah's papa en ik zijn sinds september uit elkaar. Noah verblijft voortaan
week om week bij ons: de even weken bij mij in Heverlee, de oneven weken bij
zijn papa in Kessel-Lo.

Willen jullie alle brieven en Smartschool-berichten naar ons allebei
sturen? Het oudercontact doen we voorlopig liever apart, het is nog te vers.

Noah heeft het er best moeilijk mee, maar hij wil er op school liever niet
over praten. Als jullie merken dat het niet goed gaat, hoor ik het graag.

Vriendelijke groeten
Sien
'''
    M(83, 'fwd-adreswijziging-noah', frm=MARTINE, to=[KAREN], subject='Fwd: adreswijziging en info', date='2024-09-17 08:32',
      body=text(body, cte='quoted-printable'), client='tb', rules=['sensitive'], cats=['family'], about=['P0190'],
      note='secretariat forwards a mothers mail: parents separated, co-parenting week by week; pupil named by first name only',
      fmt=['plain', 'qp', 'forward-inline'])

    # 084 -------------------------------------------------------------
    h = '''<p>Beste ouders</p>
<p>Naar aanleiding van vragen op de ouderraad zetten we de tekst van het orde- en tuchtreglement nog eens op een rij.</p>
<h3>4.1 Begeleidende maatregelen</h3>
<p>Wanneer het gedrag van een leerling het lesgebeuren of het samenleven op school stoort, proberen we eerst samen met de leerling en de ouders een oplossing te zoeken, bv. een gesprek, een volgkaart of een begeleidingscontract.</p>
<h3>4.2 Ordemaatregelen</h3>
<p>Bv. een verwittiging in de agenda, strafwerk, een tijdelijke verwijdering uit de les of een strafstudie op woensdagnamiddag.</p>
<h3>4.3 Tuchtmaatregelen</h3>
<p>Bij ernstige feiten (bv. geweld, pesten, diefstal, bezit van drugs) kan de directeur een tijdelijke of definitieve uitsluiting opleggen. Voor een tuchtmaatregel wordt altijd het advies van de klassenraad gevraagd en worden de leerling en de ouders gehoord.</p>
<h3>4.4 Preventieve schorsing</h3>
<p>In afwachting van een tuchtbeslissing kan de directeur een leerling preventief schorsen, maximaal tien lesdagen.</p>
<h3>4.5 Beroep</h3>
<p>Tegen een definitieve uitsluiting kan u beroep aantekenen bij het schoolbestuur. De procedure staat in bijlage 4 van het schoolreglement.</p>
<p>Met vriendelijke groeten<br>De directie</p>'''
    M(84, 'orde-en-tuchtreglement', frm=DIRECTIE, to=UNDISCLOSED, bcc=[OUDERS], subject='Orde- en tuchtreglement: de regels op een rij',
      date='2024-11-12 12:00', body=simple_html(h, cte='base64'), client='owa',
      note='excerpt of the disciplinary rules with numbered headings to all parents in Bcc; no pupil named',
      fmt=['html-only', 'base64', 'bcc-group'])

    # 085 -------------------------------------------------------------
    blocks = ['''Femke

Niet goed, eerlijk gezegd. Fien heeft voor de derde keer een paniekaanval gehad in de kleedkamer van het zwembad. Ze zat in een cabine, hyperventileerde, huilde en kon er niet meer uit. Ik heb een vrouwelijke collega van het zwembad gevraagd om bij haar te gaan zitten. Na een kwartier ging het.

Ze zegt zelf dat het niet om het water gaat maar om "de anderen die kijken". Haar mama vertelde op het oudercontact dat ze ook bij de kapper en in de bus al zulke aanvallen had.

Voorstel: ze kleedt zich voorlopig om in de leerkrachtencabine en begint later in het water. Maar ik denk dat ze meer nodig heeft dan dat. Kan jij met haar praten, en eventueel het CLB?

Pieter
''', ('hr',), '''Van: Femke Claus <femke.claus@sintpieterscollege.be>
Verzonden: dinsdag 8 oktober 2024 12:10
Aan: Pieter De Smet <pieter.desmet@sintpieterscollege.be>
Onderwerp: zwemmen 1C

Pieter, hoe ging het zwemmen vanmorgen met Fien Baert? Mama belde gisteren dat ze er erg tegen opzag.
Femke''']
    M(85, 're-zwemmen-1c', frm=PIETER, to=[FEMKE], subject='RE: zwemmen 1C', date='2024-10-08 13:02',
      body=outlook(blocks, '----=_NextPart_000_0085_01DB1977.5D8E4C60'), client='outlook',
      rules=['sensitive'], cats=['psychosocial'], about=['P0195'],
      note='PE teacher tells the pupil counsellor about a pupils repeated panic attacks in the changing room',
      fmt=['alt', 'outlook-html', 'reply'])

def mails_07():
    # 086 -------------------------------------------------------------
    body = '''Beste collega's

Voor de workshop "Vertrouwelijke gesprekken" op de pedagogische studiedag
van 12 februari werken we met onderstaande casussen. Lees ze aub op voorhand;
we verdelen ons in groepjes van vijf. De casussen zijn verzonnen, elke
gelijkenis met een echte leerling is toeval.

Casus 1
Een leerling van het vierde jaar blijft na de les hangen. Ze vertelt dat
haar stiefvader haar slaat als hij gedronken heeft, en vraagt je het aan
niemand te vertellen. Wat zeg je? Wat beloof je wel en niet?

Casus 2
In de les LO zie je dat een leerling van het vijfde jaar sneden op de
onderarm heeft. Als je ernaar vraagt, lacht hij het weg. Wie verwittig je, en
wanneer?

Casus 3
Een mama mailt je als klastitularis dat ze de schoolrekening niet kan
betalen en dat ze zich schaamt. Ze vraagt om het niet aan de boekhouding te
zeggen. Hoe reageer je?

Casus 4
Een collega stuurt in de Teams-chat van de vakgroep een foto van een
klassenraadverslag door "voor wie er niet bij was". Wat doe je?

Bij elke casus: wat zegt ons zorgbeleid, wat zegt het communicatiebeleid, en
wat zou je zelf doen?

Tot dan,
Griet
'''
    M(86, 'casussen-studiedag', frm=GRIET, to=[GRIET], bcc=[PERSONEEL], subject='Studiedag 12/2 - casussen workshop',
      date='2025-02-05 17:40', body=text(body), client='outlook',
      note='training cases for a staff study day (Bcc): invented situations of abuse, self-harm, unpaid bills; no real pupil',
      fmt=['plain', 'bcc-group'])

    # 087 -------------------------------------------------------------
    body = '''Beste collega's

Na de phishingmail van vorige week hebben we met de scholengroep een controle
gedaan. Bij een tiental accounts bleek het wachtwoord nog een heel
eenvoudig wachtwoord te zijn. Die collega's kregen vandaag een melding om het
meteen te wijzigen.

Ter herinnering: wachtwoorden zoals "Welkom123", "Leuven2024" of de naam van
je hond met een uitroepteken worden in enkele seconden geraden. Ze staan
bovenaan elke lijst die hackers gebruiken.

Wat wel werkt: een lange zin die alleen jij kent, en de tweestapsverificatie
aan. En nog eens: geef je wachtwoord aan niemand, ook niet als de mail van
"de ICT-dienst" lijkt te komen. Wij vragen er nooit naar.

Bram
'''
    M(87, 'zwakke-wachtwoorden', frm=BRAM, to=[BRAM], bcc=[PERSONEEL], subject='Zwakke wachtwoorden - graag wijzigen',
      date='2025-03-14 11:55', body=text(body, cte='quoted-printable'), client='tb',
      note='security reminder to staff (Bcc) quoting typical weak passwords as examples; nobody gets a credential',
      fmt=['plain', 'qp', 'bcc-group'])

    # 088 -------------------------------------------------------------
    body = '''Dag collega's van 3C

Robbe Hendrickx is zaterdag zwaar gevallen met de mountainbike. Hij heeft
een hersenschudding en bleef een nacht in het ziekenhuis ter observatie.

Volgens het attest van de neuroloog:
- deze week geen toetsen
- twee weken geen LO en niet langer dan 20 minuten aan een scherm
- bij hoofdpijn of misselijkheid mag hij naar het secretariaat en wordt mama
  gebeld
- hij mag een zonnebril dragen in de klas (licht doet pijn)

Hij komt woensdag terug. Vertel het gerust in de klas als hij dat zelf goed
vindt; hij is vooral boos dat hij de voetbaltornooien mist.

Karen
'''
    M(88, 'robbe-3c-attest', frm=KAREN, to=[STEFAAN, NADIA, DIRK, HILDE, TOON], subject='Robbe 3C - attest',
      date='2025-03-24 07:45', body=text(body), client='outlook',
      rules=['sensitive'], cats=['medical'], about=['P0200'],
      note='class teacher tells colleagues a named pupil has a concussion and the doctor restrictions',
      fmt=['plain'])

    # 089 -------------------------------------------------------------
    body = '''Beste meneer en mevrouw Bakkali

Graag nodigen we u uit voor een multidisciplinair overleg (MDO) over Lina op
donderdag 14 november om 16u in lokaal A012.

Aanwezig zijn: mevrouw Janssens (CLB), mevrouw Maes (klastitularis 2C),
mevrouw Hermans (zorgleerkracht) en ikzelf.

We willen samen bekijken hoe we Lina verder kunnen ondersteunen. Haar
resultaten gaan sinds september achteruit, vooral bij de talen, en de
leerkrachten merken dat ze zich moeilijk kan concentreren en snel
ontmoedigd raakt. Het CLB stelt voor om een onderzoek te doen naar een
mogelijke leerstoornis; daarvoor hebben we uw toestemming nodig.

Lina is uiteraard ook welkom, als u dat wenst.

Kan u laten weten of het uur past?

Met vriendelijke groeten

Griet Van Hove
zorgcoördinator
'''
    M(89, 'uitnodiging-mdo-lina', frm=GRIET, to=[('Saskia Bakkers', par('P0206'))], subject='Uitnodiging MDO Lina',
      date='2024-11-04 13:50', body=text(body), client='outlook',
      rules=['sensitive'], cats=['care'], about=['P0205'], mis=True,
      note='MDO invitation about Lina Bakkali (2C) sent to the mother of Lise Bakkers (5A) through address autocomplete',
      fmt=['plain'])

    # 090 -------------------------------------------------------------
    body = '''Beste ouders

De prijzen stijgen overal, en we weten dat de schoolrekening voor sommige
gezinnen zwaar doorweegt. Daarom zetten we de mogelijkheden nog eens op een rij.

- Gespreid betalen: u kan de schoolrekening in maandelijkse schijven
  betalen. Een mailtje naar de boekhouding volstaat.
- Solidariteitsfonds: voor uitstappen en meerdaagse reizen kan de school een
  deel van de kosten dragen. Geen enkele leerling moet thuisblijven omdat er
  geen geld is.
- Schooltoeslag: kijk na of u de schooltoeslag van het Groeipakket
  ontvangen heeft.
- OCMW: ook het OCMW van uw gemeente kan soms tussenkomen in schoolkosten.

Alles wat u ons hierover vertelt, blijft strikt tussen u en de boekhouding.
Leerkrachten en klasgenoten weten van niets.

Met vriendelijke groeten

Patrick Wouters
boekhouding
'''
    M(90, 'hulp-bij-schoolkosten', frm=PATRICK, to=[PATRICK], bcc=[OUDERS], subject='Moeite met de schoolrekening? Er is hulp',
      date='2024-10-28 10:15', body=text(body, cte='quoted-printable'), client='outlook',
      note='general offer of payment help to all parents (Bcc): instalments, fund, OCMW; no family named',
      fmt=['plain', 'qp', 'bcc-group'])

    # 091 -------------------------------------------------------------
    body = '''Dirk, Jonas

Sofiane Tahiri (4D) deze week:
- maandag, dinsdag en donderdag te laat (telkens ná 8u40)
- woensdag het 3de en 4de uur gespijbeld; Luc zag hem aan het station
- brutaal tegen mevrouw El Amrani toen ze hem daarop aansprak ("kijk naar
  jezelf"), en de deur dichtgeslagen
- vandaag betrapt met een vape op de wc's

Hij is de laatste weken echt niet meer de gast van september. Ik stel voor:
begeleidingscontract + gesprek met mama, nog voor de paasvakantie.
Wie neemt contact op?

Wim
opvoeder
'''
    M(91, 'sofiane-4d-week', frm=WIM, to=[DIRK, JONAS], subject='Sofiane 4D - opvolging', date='2025-03-28 15:30',
      body=text(body, charset='windows-1252'), client='outlook',
      rules=['sensitive'], cats=['psychosocial'], about=['P0210'],
      note='supervisor lists one pupils lateness, truancy and behaviour incidents and proposes a contract',
      fmt=['plain', 'cp1252-8bit'])

    # 092 -------------------------------------------------------------
    blocks = ['''Hoi Joris

Klopt, op de pc's van het technologielokaal heb je geen rechten om zelf iets te installeren. Voor de Arduino-software kan je de lokale beheerder gebruiken:

gebruiker: .\\techadmin
wachtwoord: T3chn0!Lab-C012

Enkel voor installaties, niet om mee les te geven, en niet voor de leerlingen ingeven. Na de installatie herstart de pc best even.

Bram
''', ('hr',), '''Van: Joris Aerts <joris.aerts@sintpieterscollege.be>
Verzonden: maandag 13 januari 2025 10:02
Aan: Bram Verstraeten <bram.verstraeten@sintpieterscollege.be>
Onderwerp: Arduino IDE installeren C012

Bram, ik krijg de Arduino IDE niet geïnstalleerd in C012, hij vraagt een beheerderswachtwoord. Kan jij iets doen? Volgende week starten de projecten in het 2de jaar.
Joris''']
    M(92, 're-arduino-c012', frm=BRAM, to=[JORIS], subject='RE: Arduino IDE installeren C012', date='2025-01-13 10:48',
      body=outlook(blocks, '----=_NextPart_000_0092_01DB65A0.0C2F8B40'), client='outlook', rules=['password'],
      note='ICT gives a teacher the local administrator login and password of the lab computers in an Outlook reply',
      fmt=['alt', 'outlook-html', 'reply'])

    # 093 -------------------------------------------------------------
    body = '''Beste ouders van het eerste jaar

Het CLB biedt in het eerste jaar secundair gratis een vaccinatie aan tegen
het humaan papillomavirus (HPV). Dat virus kan later verschillende vormen van
kanker veroorzaken, zowel bij meisjes als bij jongens. Er zijn twee
inentingen nodig, met een half jaar ertussen.

- Wilt u dat uw kind gevaccineerd wordt op school, vul dan het
  toestemmingsformulier in dat uw kind vandaag meekreeg, en geef het terug
  vóór 4 oktober.
- Heeft uw kind een ziekte of neemt het medicatie waardoor het niet
  gevaccineerd mag worden (bv. een ernstige allergie of een verminderde
  afweer)? Vermeld dat op het formulier of neem contact op met de CLB-arts.
- Liever bij de huisarts? Dat kan ook; het vaccin is dan ook gratis.

De vaccinaties gebeuren op 15 oktober in de turnzaal, door de CLB-arts en
-verpleegkundige.

Met vriendelijke groeten

dr. An Geudens, CLB-arts
en het secretariaat van het Sint-Pieterscollege
'''
    M(93, 'hpv-vaccinatie-1ste-jaar', frm=SECR, to=UNDISCLOSED,
      bcc=[S('ouders-1a'), S('ouders-1b'), S('ouders-1c'), S('ouders-1d')],
      subject='Vaccinatie HPV in het eerste jaar', date='2024-09-20 15:00', body=text(body), client='owa',
      note='general vaccination information from the CLB to first-year parents in Bcc; medical words, no pupil',
      fmt=['plain', 'bcc-group'])

    # 094 -------------------------------------------------------------
    body = '''Dag Bram

Kan jij voor Oumaima Chaouki (5D) een laptop uit de leenpool van het
solidariteitsfonds klaarzetten, liefst deze week nog?

Het gezin leeft sinds de zomer van een leefloon; papa is zijn job kwijt en
thuis is er één oude pc voor vier kinderen. Ze maakt haar taken nu op haar
gsm, en voor het GIP-werk gaat dat gewoon niet.

De ouders tekenen de leenovereenkomst bij mij, het fonds betaalt de
verzekering. Niets van zeggen in de klas: voor de klasgenoten is het gewoon
een laptop "van school voor de GIP".

Merci!
Griet
'''
    M(94, 'leenlaptop-oumaima', frm=GRIET, to=[BRAM], subject='leenlaptop 5D', date='2024-10-09 12:40',
      body=text(body, cte='base64'), client='outlook',
      rules=['sensitive'], cats=['financial'], about=['P0215'],
      note='care coordinator asks ICT for a loan laptop because a named pupils family lives on social assistance',
      fmt=['plain', 'base64'])

    # 095 -------------------------------------------------------------
    body = '''Madame Haddad,

Yanis a oublié sa tenue de sport pour la troisième fois ce mois-ci. Il n'a
donc pas pu participer au cours d'éducation physique de ce matin et a fait
un travail écrit à la place.

Pourriez-vous vérifier avec lui que son sac de sport est prêt le lundi et le
jeudi ? Merci d'avance.

Cordialement,

Pieter De Smet
Professeur d'éducation physique
'''
    M(95, 'tenue-sport-yanis', frm=PIETER, to=[('M. Dubois', par('P0247'))], subject='Tenue de sport - Yanis',
      date='2025-01-16 12:25', body=text(body), client='outlook', about=['P0246'], mis=True, lang='fr',
      note='note about Yanis Haddad (2B) forgetting his PE kit sent to the parent of classmate Lucie Dubois',
      fmt=['plain'])

    # 096 -------------------------------------------------------------
    body = '''Beste 4A

Voor de les van donderdag werken we met een casus. Lees ze vooraf en noteer
je antwoorden in je cursus op p. 62.

Casus
Patiënt X is een jongen van 15 jaar. Hij komt bij de huisarts omdat hij de
laatste weken altijd dorst heeft, 's nachts drie keer moet plassen, vijf kilo
vermagerd is en zich heel moe voelt. De huisarts meet een bloedsuikerwaarde
van 280 mg/dl (nuchter).

Vragen
1. Welke diagnose vermoedt de huisarts?
2. Welk hormoon ontbreekt, en welk orgaan maakt het normaal aan?
3. Waarom verliest patiënt X gewicht, hoewel hij normaal eet?
4. Leg uit waarom hij zoveel moet plassen.

Het is een verzonnen patiënt, maar het ziektebeeld komt bij jongeren vaak
voor. Wie zelf diabetes heeft en er iets over wil vertellen, mag dat
uiteraard, maar hoeft niet.

Mevr. Wuyts
'''
    M(96, 'casus-biologie-4a', frm=KAREN, to=[KAREN], bcc=[S('klas-4a')], subject='Casus voor donderdag',
      date='2025-01-28 19:20', body=text(body), client='owa',
      note='biology teacher sends the class (Bcc) an invented patient case about diabetes; no real pupil',
      fmt=['plain', 'bcc-group'])

    # 097 -------------------------------------------------------------
    body = '''Dag Dries

Goed nieuws: Daan Vercammen (5C) heeft zich geplaatst voor de finale van de
Vlaamse Wiskunde Olympiade op woensdag 9 april in Gent. Hij is die
voormiddag dus afwezig (gewettigd, schoolactiviteit). Ik ga zelf met hem mee.

De toets chemie van die dag kan hij misschien op een ander moment doen?

Koen, misschien iets voor de nieuwsbrief?

Hilde
'''
    M(97, 'olympiade-daan', frm=HILDE, to=[DRIES], cc=[KOEN], subject='VWO-finale Daan 5C', date='2025-03-21 12:10',
      body=text(body), client='outlook', about=['P0220'],
      note='maths teacher announces a named pupil reached the olympiad final; harmless news about one pupil',
      fmt=['plain'])

    # 098 -------------------------------------------------------------
    body = '''Dear Agnieszka,

Great to hear that everything is booked for your visit in May! For the joint
project we will use a shared Google Drive, so that both groups can upload
their interviews and photos.

I made a separate account for it, so nobody has to use their private one:
  account:  erasmus.spc.leuven@gmail.com
  password: Dijle&Motlawa25

Could you log in with your pupils next week and create a folder per group?
Please do not give the password to the pupils themselves; the teachers
upload for them.

Warm regards from Leuven,

Yusuf Demir
Erasmus+ coordinator, Sint-Pieterscollege
'''
    M(98, 'erasmus-shared-drive', frm=YUSUF, to=[('Agnieszka Nowak', 'a.nowak@lo5.gdansk.pl')],
      subject='Erasmus+ - shared drive for the project', date='2025-03-05 20:35',
      body=alt_plain_html(body, '0000000000003f1a9b2c5d060298'), client='gmailweb', rules=['password'], lang='en',
      note='Erasmus coordinator gives a partner school teacher the login and password of a shared project account',
      fmt=['alt', 'html-simple'])

    # 099 -------------------------------------------------------------
    body = '''Beste collega's

Zoals elk jaar een kort overzicht van de gemelde incidenten rond
informatieveiligheid in onze scholen in 2024. Namen van leerlingen of
collega's vermelden we uiteraard niet.

- 7 meldingen van een mogelijk datalek, waarvan 3 in het secundair. Het
  ging bv. om een mail over een leerling die naar de verkeerde ouder
  vertrok, een klassenraadverslag dat in een gedeelde map van leerlingen
  stond, en een verloren usb-stick.
- 2 gevallen van een gehackt account na een phishingmail.
- 0 meldingen aan de Gegevensbeschermingsautoriteit waren nodig.

Wat leren we eruit?
1. Kijk twee keer naar het adres voor je op verzenden klikt, zeker bij
   ouders met dezelfde familienaam of voornaam.
2. Gevoelige informatie over leerlingen (gezondheid, thuissituatie,
   welbevinden, zorg, financiën) hoort in het leerlingvolgsysteem, niet in
   een mail.
3. Meld een vermoedelijk lek altijd, ook als je twijfelt:
   privacy@lksd.ksleuven.be.

Met vriendelijke groeten

Het aanspreekpunt informatieveiligheid
LKSD
'''
    M(99, 'jaaroverzicht-datalekken', frm=PRIVACY, to=[PRIVACY], bcc=[PERSONEEL], subject='Jaaroverzicht informatieveiligheid 2024',
      date='2025-01-20 09:00', body=text(body), client='owa',
      note='DPO annual summary of incidents to all staff (Bcc), examples of leaks but no individual pupil',
      fmt=['plain', 'bcc-group'])

    # 100 -------------------------------------------------------------
    blocks = ['''Dag Sofie, dag collega's

Hierbij de uitnodiging voor het MDO over Eline Wijns (4A). We bespreken de resultaten van jullie onderzoek, de redelijke aanpassingen die we nu al toepassen en haar studiekeuze voor volgend jaar: de klassenraad twijfelt of ze in Latijn-wiskunde kan blijven, en mama vraagt naar een overstap naar Economie-moderne talen. Eline sluit aan het einde aan.

Sofie, jij kan online aansluiten; wij zitten in A012.
''', ('hr',), '''Microsoft Teams-vergadering
Deelnemen op uw computer, mobiele app of ruimteapparaat
Nu deelnemen aan de vergadering
https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk1NzA2YjEtMmQ0Ni00YzE3LWIxZDgtNjYwOGE0ZjIxNzQx%40thread.v2/0
Vergadering-id: 318 442 907 663
Wachtwoordcode: Ag5Lm9
''', ('hr',), '''Griet''']
    M(100, 'mdo-eline-4a-teams', frm=GRIET, to=[CLB_SOFIE, ('Stefaan D\'hooghe', S('stefaan.dhooghe')), HILDE],
      cc=[JONAS], subject='MDO Eline Wijns 4A - do 27/3 16u', date='2025-03-17 14:02',
      body=outlook(blocks, '----=_NextPart_000_0100_01DB9730.6A2D5E80'), client='outlook',
      rules=['sensitive'], cats=['care'], about=['P0218'],
      note='MDO invitation about a named pupils CLB assessment and redirection, sent to the CLB; includes a Teams meeting passcode (not a credential)',
      fmt=['alt', 'outlook-html'])


if __name__ == '__main__':
    for f in (mails_01, mails_02, mails_03, mails_04, mails_05, mails_06, mails_07):
        f()
    write_all()
    print(f'{len(MAILS)} mails written to {OUT}')
