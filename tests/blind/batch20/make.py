#!/usr/bin/env python3
"""Build batch20: 150 labelled test mails of Sint-Pieterscollege (campus Genk).
Standard library only, deterministic (fixed dates, boundaries, ids). Run: python3 make.py"""
import base64, quopri, html, io, json, os, random, re, unicodedata, zipfile
from datetime import datetime, timedelta, timezone
from email.utils import formataddr, format_datetime
from email.header import Header

OUT = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- roster
FIRST = {
 'fl': ['Jens','Lotte','Wout','Fien','Seppe','Noor','Kobe','Lien','Robbe','Elise','Mats','Hanne','Stan','Jolien','Arne','Femke','Lander','Ine','Tuur','Marthe','Warre','Lore','Jarne','Nore','Lukas','Fleur','Bram','Amber','Siebe','Emma'],
 'it': ['Luca','Giulia','Matteo','Chiara','Alessio','Francesca','Marco','Sofia','Davide','Aurora','Nicola','Martina','Gianluca','Federica','Salvatore','Rosa','Enzo','Ilaria'],
 'tr': ['Emre','Elif','Yusuf','Zeynep','Burak','Ecem','Kerem','Esra','Mert','Büşra','Arda','Selin','Furkan','Melike','Kaan','Defne','Ömer','Ayşe'],
 'ma': ['Ayoub','Salma','Bilal','Imane','Yassine','Nisrine','Hamza','Aya','Ilyas','Soukaina','Anouar','Hafsa','Zakaria','Meryem','Rayan','Yasmina','Adam','Dounia'],
 'pl': ['Kacper','Zuzanna','Jakub','Julia','Szymon','Maja','Filip','Oliwia','Mateusz','Natalia','Wiktor','Hanna','Igor','Amelia'],
 'cd': ['Grâce','Exaucé','Merveille','Dieudonné','Ruth','Christ','Benedicte','Josué'],
 'ua': ['Oleksandr','Sofiia','Daniil','Anastasiia','Maksym','Viktoriia'],
 'sy': ['Mohammad','Rama','Ahmad','Lana','Omar','Nour'],
 'af': ['Maryam','Sohrab','Farida','Ali Reza'],
 'er': ['Tesfay','Senait','Filmon','Helen'],
}
LAST = {
 'fl': ['Vanderhoven','Claes','Jans','Vanhoyland','Thijs','Vandeweerd','Schrijvers','Willems','Bollen','Hendrikx','Reynders','Vanderlinden','Jacobs','Vranken','Geebelen','Nijs','Cuppens','Smeets','Lenaerts','Vandebroek','Moors','Daniels','Peeters','Gielen','Put','Baens','Stevens','Ceyssens'],
 'it': ['Giordano','Bellavia','Russo','Lombardo','Cannizzaro','Di Stefano','Sciortino','Messina','La Rocca','Vitale','Carbone','Pellegrino','Mancuso','Scaglione','Lo Presti','Caruso'],
 'tr': ['Yilmaz','Demir','Kaya','Sahin','Celik','Ozturk','Aydin','Koc','Arslan','Dogan','Kilic','Aslan','Erdogan','Polat','Yildiz','Cakir'],
 'ma': ['El Amrani','Bouzid','Azzouzi','El Idrissi','Benali','Ouali','Haddouchi','Amrani','Zerouali','Chaouki','El Khattabi','Boukhari','Tahiri','Ait Ouali'],
 'pl': ['Kowalski','Nowak','Wisniewski','Wojcik','Kaminski','Lewandowski','Zielinski','Mazur','Krawczyk','Kaczmarek'],
 'cd': ['Mbuyi','Kabongo','Tshibanda','Lukusa','Mukendi','Ilunga'],
 'ua': ['Kovalenko','Shevchenko','Bondarenko','Tkachenko','Melnyk'],
 'sy': ['Alhassan','Haddad','Al Khatib','Darwish'],
 'af': ['Rahimi','Sultani','Hakimi'],
 'er': ['Gebremedhin','Tesfamariam','Haile'],
}
WEIGHTS = [('fl',36),('it',18),('tr',17),('ma',15),('pl',8),('cd',4),('ua',1),('sy',1)]
DOMAINS = ['telenet.be','gmail.com','hotmail.com','skynet.be','proximus.be','outlook.com']
PARENT_FIRST = {'fl':['An','Kristof','Sarah','Tom','Katrien','Bart','Veerle','Pieter','Els','Dirk'],
 'it':['Giuseppe','Maria','Antonio','Carmela','Rosario','Angela','Vincenzo','Lucia'],
 'tr':['Mehmet','Fatma','Hasan','Emine','Ali','Hatice','Murat','Sevgi'],
 'ma':['Mohamed','Fatima','Rachid','Khadija','Abdel','Naima','Said','Latifa'],
 'pl':['Tomasz','Agnieszka','Piotr','Katarzyna','Marek','Ewa'],
 'cd':['Jean','Mireille','Patrick','Clarisse'],
 'ua':['Olena','Viktor','Iryna','Andrii'],
 'sy':['Hussein','Amal','Khaled','Rasha'],
 'af':['Gul','Mohammad','Zahra'],
 'er':['Tsegay','Mebrat','Yonas']}
FEM = {'Agnieszka','Katarzyna','Ewa'}

def ascii_(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = s.replace('ı','i').replace('ł','l')
    return re.sub(r'[^a-z0-9]', '', s.lower())

def psurname(ln, pf):
    if ln.endswith('ska') or ln.endswith('ski'):
        return ln[:-1] + ('a' if pf in FEM else 'i')
    return ln

def build_roster():
    rng = random.Random(2020)
    classes = [f'{g}{c}' for g in range(1,7) for c in 'ABCD']
    rows = []; used = set(); n = 0
    for i, cl in enumerate(classes):
        size = 13 if i % 2 == 0 else 12
        for _ in range(size):
            if cl == '1D':   # 1D = onthaalklas (OKAN) for newcomers
                orig = rng.choice(['ua','ua','sy','sy','af','er','pl','ma','tr'])
            else:
                orig = rng.choices([w[0] for w in WEIGHTS],[w[1] for w in WEIGHTS])[0]
            while True:
                fn = rng.choice(FIRST[orig]); ln = rng.choice(LAST[orig])
                if orig=='pl' and fn in ('Zuzanna','Julia','Maja','Oliwia','Natalia','Hanna','Amelia') and ln.endswith('ski'):
                    ln = ln[:-1]+'a'
                if (fn,ln) not in used: used.add((fn,ln)); break
            n += 1
            pid = f'P{n:04d}'
            pmail = f'{ascii_(fn)}.{ascii_(ln)}@leerling.sintpieterscollege.be'
            p1f = rng.choice(PARENT_FIRST[orig]); d1 = rng.choice(DOMAINS)
            style = rng.randint(0,3)
            if style == 0: p1 = f'{ascii_(p1f)}.{ascii_(psurname(ln,p1f))}@{d1}'
            elif style == 1: p1 = f'{ascii_(p1f)}{ascii_(psurname(ln,p1f))}{rng.randint(70,99)}@{d1}'
            elif style == 2: p1 = f'fam.{ascii_(ln)}@{d1}'
            else: p1 = f'{ascii_(p1f)[0]}.{ascii_(psurname(ln,p1f))}@{d1}'
            if p1 in [r[5] for r in rows] or p1 in [r[6] for r in rows]:
                p1 = p1.replace('@', f'{n%97}@')
            p2 = ''
            if rng.random() < 0.62:
                p2f = rng.choice([x for x in PARENT_FIRST[orig] if x != p1f])
                p2 = f'{ascii_(p2f)}.{ascii_(psurname(ln,p2f))}@{rng.choice(DOMAINS)}'
                if p2 in [r[5] for r in rows] or p2 in [r[6] for r in rows] or p2 == p1:
                    p2 = p2.replace('@', f'{n%89}@')
            rows.append((pid, fn, ln, cl, pmail, p1, p2))
    return rows

ROSTER = build_roster()
R = {r[0]: r for r in ROSTER}
def par1(pid): return R[pid][5]
def par2(pid): return R[pid][6]
def lmail(pid): return R[pid][4]

def write_roster():
    with open(os.path.join(OUT,'roster.csv'), 'w', encoding='utf-8-sig', newline='') as f:
        f.write('Intern nummer;Voornaam;Naam;Klas;E-mailadres leerling;E-mailadres ouder 1;E-mailadres ouder 2\r\n')
        for r in ROSTER: f.write(';'.join(r) + '\r\n')

# ---------------------------------------------------------------- staff
D = 'sintpieterscollege.be'
S = {}  # key -> (name, address)
def staff(key, name, addr): S[key] = (name, addr)
staff('dir', 'Luc Hoogmartens', 'luc.hoogmartens@'+D)
staff('adj', 'Ingrid Vanhees', 'ingrid.vanhees@'+D)
staff('zorg', 'Sevda Korkmaz', 'sevda.korkmaz@'+D)
staff('zorgk', 'Sevda Korkmaz', 'sko@spc.ksleuven.be')
staff('lb2', 'Gino Cardone', 'gino.cardone@'+D)
staff('lb3', 'Els Wouters', 'els.wouters@'+D)
staff('okan', 'Marijke Coenen', 'marijke.coenen@'+D)
staff('muz', 'Tiziana Oliveri', 'tiziana.oliveri@'+D)
staff('muzk', 'Tiziana Oliveri', 'tol@spc.ksleuven.be')
staff('dans', 'Nele Bertels', 'nele.bertels@'+D)
staff('lo', 'Kris Vandael', 'kris.vandael@'+D)
staff('lok', 'Kris Vandael', 'kva@spc.ksleuven.be')
staff('lo2', 'Yasemin Tuna', 'yasemin.tuna@'+D)
staff('ict', 'Dries Lambrechts', 'dries.lambrechts@'+D)
staff('ictk', 'Dries Lambrechts', 'dla@spc.ksleuven.be')
staff('sec', 'Nadia Bellahcen', 'nadia.bellahcen@'+D)
staff('sec2', 'Ilse Cox', 'ilse.cox@'+D)
staff('boek', 'Rita Schepers', 'rita.schepers@'+D)
staff('bus', 'Jos Ramaekers', 'jos.ramaekers@'+D)
staff('parl', 'Sara Palmans', 'sara.palmans@'+D)
staff('wis', 'Wim Bosmans', 'wim.bosmans@'+D)
staff('ned', 'Kübra Yavuz', 'kubra.yavuz@'+D)
staff('fra', 'Katleen Dexters', 'katleen.dexters@'+D)
staff('ges', 'Rudi Swennen', 'rudi.swennen@'+D)
staff('bio', 'Lieve Moonen', 'lieve.moonen@'+D)
staff('isl', 'Mustafa El Ouardi', 'mustafa.elouardi@'+D)
staff('eng', 'Anja Leten', 'anja.leten@'+D)
staff('aar', 'Bart Kerkhofs', 'bart.kerkhofs@'+D)
staff('eco', 'Francesco Nuzzo', 'francesco.nuzzo@'+D)
staff('ned2', 'Sofie Jorissen', 'sofie.jorissen@'+D)
staff('tech', 'Paweł Dudek', 'pawel.dudek@'+D)
staff('zwem', 'Hilde Vanoppen', 'hilde.vanoppen@'+D)
staff('conc', 'Marc Gijbels', 'marc.gijbels@'+D)
staff('int', 'Thomas Reniers', 'thomas.reniers@'+D)
staff('dirm', 'Directie Sint-Pieterscollege', 'directie@'+D)
staff('secm', 'Secretariaat Sint-Pieterscollege', 'secretariaat@'+D)
staff('info', 'Sint-Pieterscollege Genk', 'info@'+D)
staff('dpo', 'Aanspreekpunt informatieveiligheid', 'privacy@lksd.ksleuven.be')
def A(key): return formataddr(S[key], charset='utf-8')
def E(key): return S[key][1]
def N(key): return S[key][0]
def P(pid, n=1, name=None):
    """header form of a parent address"""
    a = par1(pid) if n == 1 else par2(pid)
    return formataddr((name, a), charset='utf-8') if name else a
def L(pid):
    r = R[pid]; return formataddr((f'{r[1]} {r[2]}', r[4]), charset='utf-8')

# ---------------------------------------------------------------- MIME building (manual, byte-exact, CRLF)
BCOUNT = [0]
def boundary(tag):
    BCOUNT[0] += 1
    return f'----=_Part_{BCOUNT[0]:04d}_{tag}'

def hdr_val(v):
    try:
        v.encode('ascii'); return v
    except UnicodeEncodeError:
        return Header(v, 'utf-8').encode()

def crlf(b):
    return b.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')

def leaf(ctype, body, charset='utf-8', cte='quoted-printable', extra=()):
    """return bytes of a MIME leaf (headers + body)"""
    if isinstance(body, str):
        raw = body.encode(charset)
    else:
        raw = body
    if cte == 'base64':
        payload = base64.encodebytes(raw)
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw.replace(b'\r\n', b'\n'))
    else:
        payload = raw
    h = []
    ct = ctype + (f'; charset="{charset}"' if ctype.startswith('text/') else '')
    h.append(f'Content-Type: {ct}')
    h.append(f'Content-Transfer-Encoding: {cte}')
    h.extend(extra)
    return crlf(('\n'.join(h) + '\n\n').encode('ascii')) + crlf(payload)

def multipart(sub, parts, tag, extra=()):
    b = boundary(tag)
    out = [f'Content-Type: multipart/{sub};\n\tboundary="{b}"'.encode()]
    out += [x.encode() for x in extra]
    head = crlf(b'\n'.join(out) + b'\n\n')
    body = b''
    if sub != 'alternative' or True:
        body += b'This is a multi-part message in MIME format.\r\n\r\n'
    for p in parts:
        body += f'--{b}\r\n'.encode() + p
        if not p.endswith(b'\r\n'): body += b'\r\n'
    body += f'--{b}--\r\n'.encode()
    return head + body

# text -> html -----------------------------------------------------------
def esc(s): return html.escape(s, quote=False)

def text_to_html_blocks(text):
    lines = text.split('\n'); out = []; i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.startswith('|'):
            rows = []
            while i < len(lines) and lines[i].startswith('|'):
                rows.append([c.strip() for c in lines[i].strip().strip('|').split('|')]); i += 1
            t = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;border:none">']
            for k, r in enumerate(rows):
                tag = 'th' if k == 0 else 'td'
                t.append('<tr>' + ''.join(f'<{tag} style="border:solid windowtext 1.0pt;padding:0cm 5.4pt;font-size:10pt"><p class="MsoNormal">{esc(c)}</p></{tag}>' for c in r) + '</tr>')
            t.append('</table>'); out.append('\n'.join(t)); continue
        if re.match(r'^\s*([-•*]|\d+[.)])\s', ln):
            ordered = bool(re.match(r'^\s*\d+[.)]\s', ln))
            items = []
            while i < len(lines) and re.match(r'^\s*([-•*]|\d+[.)])\s', lines[i]):
                items.append(re.sub(r'^\s*([-•*]|\d+[.)])\s', '', lines[i])); i += 1
            tg = 'ol' if ordered else 'ul'
            out.append(f'<{tg} style="margin-top:0cm">' + ''.join(f'<li class="MsoListParagraph">{esc(x)}</li>' for x in items) + f'</{tg}>')
            continue
        if ln.startswith('>'):
            q = []
            while i < len(lines) and lines[i].startswith('>'):
                q.append(re.sub(r'^>\s?', '', lines[i])); i += 1
            out.append('<div style="border:none;border-left:solid #B5C4DF 1.5pt;padding:0cm 0cm 0cm 4.0pt">' + text_to_html_blocks('\n'.join(q)) + '</div>')
            continue
        if ln.strip() == '':
            out.append('<p class="MsoNormal">&nbsp;</p>'); i += 1; continue
        out.append(f'<p class="MsoNormal">{esc(ln)}</p>'); i += 1
    return '\n'.join(out)

def outlook_html(text):
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            'li.MsoListParagraph {margin-left:36.0pt;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            '@page WordSection1 {size:612.0pt 792.0pt;margin:70.85pt 70.85pt 70.85pt 70.85pt;}\n'
            'div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n'
            '<body lang="NL-BE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n'
            + text_to_html_blocks(text) + '\n</div>\n</body>\n</html>\n')

def gmail_html(text):
    parts = []
    for para in text.split('\n\n'):
        if para.startswith('>'):
            inner = '<br>'.join(esc(re.sub(r'^>\s?', '', l)) for l in para.split('\n'))
            parts.append(f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{inner}</blockquote>')
        else:
            parts.append('<div>' + '<br>'.join(esc(l) for l in para.split('\n')) + '</div>')
    return '<div dir="ltr">' + '<div><br></div>'.join(parts) + '</div>\n'

def plain_of_tables(text):
    out = []
    for ln in text.split('\n'):
        if ln.startswith('|'):
            out.append('\t'.join(c.strip() for c in ln.strip().strip('|').split('|')))
        else:
            out.append(ln)
    return '\n'.join(out)

# ---------------------------------------------------------------- mail registry
MAILS = []
T0 = datetime(2024, 9, 2, 7, 40, tzinfo=timezone(timedelta(hours=2)))

def mail(slug, frm, to, subject, body, *, cc=(), bcc=(), env_from=None, fmt='plain', cte='quoted-printable',
         html_body=None, style='outlook', attach=(), rfc822=None, rfc822_note=None, date=None,
         rules=(), cats=(), about=(), mis=False, note='', lang='nl', form=None, extra_headers=(), reply=False, fwd=False, kind=None):
    n = len(MAILS) + 1
    fname = f'{n:03d}-{slug}.eml'
    if date is None:
        d = T0 + timedelta(days=(n * 37) % 260, hours=(n * 5) % 9, minutes=(n * 13) % 60)
    else:
        d = date
    if d.month >= 11 or d.month <= 3:
        d = d.astimezone(timezone(timedelta(hours=1)))
    to = [to] if isinstance(to, str) else list(to)
    cc = list(cc); bcc = list(bcc)
    MAILS.append(dict(fname=fname, slug=slug, frm=frm, to=to, cc=cc, bcc=bcc, env_from=env_from, subject=subject,
                      body=body, fmt=fmt, cte=cte, html_body=html_body, style=style, attach=list(attach),
                      rfc822=rfc822, rfc822_note=rfc822_note, date=d, rules=list(rules), cats=list(cats),
                      about=list(about), mis=mis, note=note, lang=lang, form=form, extra_headers=list(extra_headers),
                      reply=reply, fwd=fwd, n=n, kind=kind))
    return fname

def addr_only(h):
    m = re.search(r'<([^>]+)>', h)
    return m.group(1) if m else h.strip()

def build_body(m):
    text = m['body'].strip('\n') + '\n'
    fmt = m['fmt']
    if fmt == 'plain':
        return leaf('text/plain', text, 'utf-8', m['cte'])
    if fmt == 'cp1252':
        return leaf('text/plain', text, 'windows-1252', '8bit')
    if fmt == 'latin1qp':
        return leaf('text/plain', text, 'iso-8859-1', 'quoted-printable')
    htmlb = m['html_body'] or (outlook_html(text) if m['style'] == 'outlook' else gmail_html(text))
    if fmt == 'html':
        return leaf('text/html', htmlb, 'utf-8', m['cte'])
    if fmt == 'alt':
        p1 = leaf('text/plain', plain_of_tables(text), 'utf-8', m['cte'])
        p2 = leaf('text/html', htmlb, 'utf-8', 'quoted-printable' if m['cte'] != 'base64' else 'base64')
        return multipart('alternative', [p1, p2], 'alt')
    raise ValueError(fmt)

def build_message(m, top=True):
    hdrs = []
    hdrs.append(f"Date: {format_datetime(m['date'])}")
    hdrs.append(f"From: {m['frm']}")
    hdrs.append('To: ' + ',\n '.join(m['to']))
    if m['cc']: hdrs.append('Cc: ' + ',\n '.join(m['cc']))
    hdrs.append('Subject: ' + hdr_val(m['subject']))
    hdrs.append(f"Message-ID: <{m.get('msgid') or ('b20.%03d.%s' % (m.get('n', 0), m['slug']))}@{m.get('mid_dom','mail.sintpieterscollege.be')}>")
    hdrs.extend(m.get('extra_headers', []))
    hdrs.append('MIME-Version: 1.0')
    body = build_body(m)
    if m.get('attach') or m.get('rfc822'):
        parts = [body]
        if m.get('rfc822'):
            inner = build_message(m['rfc822'], top=False)
            parts.append(crlf(b'Content-Type: message/rfc822\nContent-Disposition: attachment;\n\tfilename="' +
                              hdr_val(m['rfc822']['subject'])[:60].encode('ascii','replace') + b'.eml"\n\n') + inner)
        for (fn, ctype, data) in m.get('attach', []):
            if isinstance(data, str): data = data.replace('\n', '\r\n').encode('utf-8')
            parts.append(leaf(f'{ctype}; name="{fn}"', data, 'utf-8', 'base64',
                              extra=(f'Content-Disposition: attachment;\n\tfilename="{fn}"',)))
        body = multipart('mixed', parts, 'mix')
    return crlf(('\n'.join(hdrs) + '\n').encode('ascii')) + body

# helpers for writing ------------------------------------------------------
def q(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.strip('\n').split('\n'))

def dt(y, mo, d, h=9, mi=0):
    return datetime(y, mo, d, h, mi, tzinfo=timezone(timedelta(hours=2 if 4 <= mo <= 10 else 1)))

def inner(frm, to, subject, body, date, *, cc=(), fmt='plain', cte='quoted-printable', slug='inner', style='outlook', msgid=None, mid_dom='mail.sintpieterscollege.be'):
    return dict(frm=frm, to=[to] if isinstance(to, str) else list(to), cc=list(cc), subject=subject, body=body,
                date=date, fmt=fmt, cte=cte, html_body=None, style=style, slug=slug, msgid=msgid or f'b20.in.{slug}', mid_dom=mid_dom)

SCHOOLADRES = 'Sint-Pieterscollege Genk – Stalenstraat 118, 3600 Genk'
def sig(key, role, phone=None, extra=None):
    s = f'\n{N(key)}\n{role}\n{SCHOOLADRES}'
    if phone: s += f'\ntel. {phone}'
    if extra: s += '\n' + extra
    return s


# =====================================================================================
# MAILS 001-025
# =====================================================================================
mail('chat-gino-sevda-3c', A('lb2'), A('zorg'), 'chat van vanmiddag - H. (3C)', """
Hoi Sevda,

Ik plak hieronder ons gesprek uit Teams, dan heb je het ook in je mail voor het MDO van donderdag. In het LVS zet ik het morgen, vandaag lukt het niet meer.

[12:41] Gino Cardone
Hamza van 3C kwam net naar mijn bureau, mouwen tot over zijn handen. Hij heeft het toegegeven: opnieuw gesneden, dit weekend, bovenarm links.
[12:43] Sevda Korkmaz
Oei. Is het verzorgd? Weet mama het?
[12:44] Gino Cardone
Ziet er niet diep uit, Hilde heeft er efkes naar gekeken in de EHBO. Mama weet het niet, hij smeekt om het niet te vertellen. Zegt dat het sinds de kerstvakantie "terug begonnen" is.
[12:47] Sevda Korkmaz
We moeten thuis wel betrekken, maar samen met hem. Kan jij Anke van het CLB nog bellen vandaag?
[12:48] Gino Cardone
Doe ik. Hij heeft LO het 5de uur, ik laat Kris weten dat hij mag binnenblijven zonder uitleg.

Groetjes,
Gino
""", date=dt(2025,1,13,15,2), cte='quoted-printable',
     rules=['sensitive'], cats=['psychosocial'], about=['P0137'], kind='S',
     note='pasted Teams chat: a 3C pupil has cut himself again, parents not yet informed')

mail('kassa-zwembad-interim', A('zwem'), A('int'), 'Kassa zwembad – voor morgen', """
Dag Thomas,

Welkom in ons zwembadteam! Morgen sta jij voor het eerst alleen aan de kassa bij het avondzwemmen (18u30-20u30), daarom nog even de praktische zaken:

- kassa-pc aan de ingang: gebruiker KASSA2, pincode 4817
- het wisselgeld zit in het geldkistje in kluisje 2 onder de toog (code 2906)
- beurtenkaart 10 beurten: 25 euro, leerlingen van de school gratis op vertoon van hun leerlingenkaart

Na sluiting tel je de kassa af en leg je het ticket in het postvak van Rita.
Bij twijfel: ik ben tot 19u in de kleedkamers beneden.

Gr,
Hilde
""", date=dt(2024,9,23,16,40), cte='8bit', rules=['password'], kind='P',
     note='pool cash-desk PIN and safe code handed to an interim colleague')

mail('zwemlessen-1ste-graad', A('lo'), 'undisclosed-recipients:;', 'Zwemlessen in ons schoolzwembad – tweede trimester', """
Geachte ouders,

Vanaf maandag 6 januari krijgt uw kind in de 1ste graad om de twee weken zwemles in ons eigen schoolzwembad in plaats van een les LO. Zo zijn alle leerlingen aan het einde van het tweede jaar vertrouwd met het water en kunnen ze hun zwembrevet van 200 m halen.

Wat neemt uw kind mee?
- een zwembroek of badpak (geen shorts of losse kleding), een handdoek en een badmuts
- een slot voor het kastje in de kleedkamer (een euro-muntje volstaat)
- wie lang haar heeft, neemt een elastiekje mee

Kan uw kind een les niet meezwemmen?
1. Voor één les volstaat een briefje van de ouders in de schoolagenda, bv. bij een verkoudheid of een wondje.
2. Kan uw kind langer dan een week niet zwemmen, dan vragen we een doktersattest. Het attest vermeldt alleen de periode, niet de reden.
3. Een leerling die niet zwemt, komt wel mee naar het zwembad en krijgt een opdracht van de leerkracht.

Burkini's en zwemkledij die het hele lichaam bedekt, zijn toegelaten zolang ze uit zwemstof gemaakt zijn.

De zwemlessen zijn gratis. Heeft u vragen over de zwemlessen, dan kan u mij of mijn collega mevrouw Tuna contacteren via Smartschool.

Met vriendelijke groeten,

Kris Vandael
vakgroep lichamelijke opvoeding
""", bcc=['ouders@'+D], fmt='alt', cte='quoted-printable', kind='G',
     note='general letter to all first-grade parents (Bcc) about swimming lessons and when a certificate is needed')

mail('solo-federica-6a', A('muz'), P('P0259', 1, 'Giuseppe Scaglione'), 'Federica gisteren op het lenteconcert', """
Buongiorno meneer Scaglione,

Ik moest u dit toch even laten weten: Federica heeft gisterenavond in C-mine de pianosolo in "Nuvole bianche" gespeeld en ze deed dat echt prachtig. In de generale was ze nog zenuwachtig, maar op het podium was ze rustig en heel muzikaal. Verschillende collega's en ouders kwamen mij achteraf vragen wie dat meisje was. Bravissima!

Volgend jaar organiseert het conservatorium van Maastricht een masterclass voor jonge pianisten. Als Federica wil, stel ik haar daarvoor graag voor. Ze mag er eens over nadenken en het mij laten weten na de paasvakantie.

Tanti saluti,
Tiziana Oliveri
muziek 2de en 3de graad
""", date=dt(2025,3,28,10,5), cte='8bit', about=['P0259'], kind='N',
     note='praise to a parent about a concert solo; nothing sensitive')

mail('uitsluiting-bilal-4d', A('dir'), [P('P0190',1,'Said Azzouzi'), P('P0190',2,'Fatima Azzouzi')], 'Betreft: tijdelijke uitsluiting van Bilal (4D)', """
Geachte heer Azzouzi,
Geachte mevrouw Azzouzi,

Zoals ik u gisteren reeds telefonisch heb meegedeeld, bevestig ik u hierbij schriftelijk de beslissing die de school heeft genomen na de feiten van maandag 10 maart.

Bilal heeft die dag aan de bushalte Hoevenzavel een leerling van het tweede jaar meermaals geslagen, waarbij die leerling aan het gezicht gekwetst werd. Toen een leerkracht tussenbeide kwam, heeft Bilal haar bedreigd en uitgescholden. Dit is niet de eerste keer dit schooljaar dat Bilal zich agressief gedraagt: in november en januari werden reeds twee begeleidende maatregelen genomen, waaronder een gedragscontract dat u mee ondertekend heeft.

Na het horen van Bilal, in aanwezigheid van zijn leerlingenbegeleider de heer Cardone, en na overleg met de klassenraad heb ik beslist Bilal tijdelijk uit te sluiten van donderdag 13 maart tot en met dinsdag 18 maart. Tijdens deze periode is Bilal niet op school aanwezig. Hij ontvangt via Smartschool de taken van zijn vakleerkrachten, die hij bij zijn terugkeer afgeeft.

Gezien de begeleiding die reeds loopt via de consulent van de sociale dienst van de jeugdrechtbank, en met het akkoord dat u daarvoor eerder gaf, zullen wij mevrouw Stulens eveneens op de hoogte brengen van deze beslissing.

Bij zijn terugkeer verwachten wij Bilal en u op woensdag 19 maart om 8u15 voor een herstelgesprek met de heer Cardone en mijzelf. Daarin bekijken we samen hoe Bilal zijn schooljaar op een rustige manier kan afmaken.

U heeft het recht om tegen deze beslissing beroep aan te tekenen. De procedure daarvoor vindt u in het schoolreglement, deel II, punt 6.4. Een beroep moet binnen vijf kalenderdagen na ontvangst van deze brief schriftelijk worden ingediend bij de voorzitter van het schoolbestuur.

Ik besef dat dit voor uw gezin een moeilijk bericht is. Ik wil u verzekeren dat de school Bilal verder wil begeleiden, en dat deze maatregel er vooral op gericht is de veiligheid van alle leerlingen en personeelsleden te waarborgen.

Met de meeste hoogachting,

Luc Hoogmartens
directeur
Sint-Pieterscollege Genk
Stalenstraat 118, 3600 Genk
tel. 089 30 57 40
""", date=dt(2025,3,12,17,30), fmt='alt', cte='quoted-printable',
     rules=['sensitive','bcc','personal_data'], cats=['psychosocial'], about=['P0190'], kind='S',
     note='headteacher letter to both parents (two external addresses in To): exclusion after violence, youth-court consulent involved; school phone in signature')

mail('montagepcs-medialab', A('ict'), [A('dans'), A('ges'), A('tech')], 'Montage-pc\'s C204 – nieuwe login na herinstallatie', """
Dag collega's,

De montage-pc's in het medialab (C204) zijn tijdens de krokusvakantie opnieuw geïnstalleerd. Leerlingen loggen nog altijd in met hun eigen schoolaccount, maar voor exports naar de NAS en voor DaVinci Resolve heb je voortaan het gedeelde lokale account nodig:

| Toestel | Plaats | Gebruiker | Wachtwoord |
| MONTAGE-01 t.e.m. 06 | C204 achteraan | medialab | Klap$Camera25 |
| MONTAGE-07 (snelle pc) | C204 regietafel | resolve-admin | Kleur4Grading! |
| NAS medialab | serverkast C205 | spc-media | NASgenk-2025 |

Geef het lokale account aub niet aan leerlingen; als ze exporteren, log jij even in en laat je ze verder werken.

Mvg,
Dries
ICT-coördinator & medialab
""", date=dt(2025,3,10,8,2), fmt='alt', cte='quoted-printable', rules=['password'], kind='P',
     note='table with shared logins and passwords of the media lab editing PCs and NAS')

mail('teams-vakgroep-muziek', A('muz'), [A('dans'), A('muzk')], 'Vakgroepvergadering muziek & dans – online', '', html_body="""<html><head><meta charset="utf-8"></head><body>
<div style="font-family:Segoe UI,sans-serif;font-size:11pt">
<p>Dag Nele en collega's,</p>
<p>Omdat het donderdag examenperiode is, houden we de vakgroepvergadering online. Agenda: selectie voor het slotconcert, aankoop nieuwe keyboards, samenwerking met de academie.</p>
<hr>
<p style="font-size:14pt;font-weight:bold">Microsoft Teams <span style="font-weight:normal">Hulp nodig?</span></p>
<p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZTg3YjAtMTEyMy00%40thread.v2/0?context=%7b%22Tid%22%3a%22b20%22%7d">Nu deelnemen aan de vergadering</a></p>
<p>Vergaderings-ID: 341 778 902 615<br>Wachtwoord: pR4zX9</p>
<hr>
<p>Voor organisatoren: <a href="https://teams.microsoft.com/meetingOptions/">Opties voor vergadering</a></p>
<p>Tot donderdag,<br>Tiziana</p>
</div></body></html>
""", fmt='html', cte='quoted-printable', date=dt(2025,6,2,14,11), kind='L',
     note='meeting passcode: Teams invite with meeting ID and passcode, no credential')

mail('fwd-smartschool-wout-5c', A('fra'), [A('ges'), A('bio'), A('eng'), A('eco')], 'Fwd: Nieuw bericht van An Bollen (ouder van Wout Bollen, 5C)', """
Collega's van 5C,

Ter info en vertrouwelijk: zie hieronder. Mama vraagt uitdrukkelijk om het niet in de klas te bespreken. Wees aub een beetje mild als Wout deze week zijn taken niet afheeft, ik spreek hem vrijdag zelf.

Katleen

---------- Doorgestuurd bericht ----------
Van: Smartschool <noreply@smartschool.be>
Datum: ma 20 jan. 2025 om 21:14
Onderwerp: Nieuw bericht van An Bollen (ouder van Wout Bollen, 5C)
Aan: katleen.dexters@sintpieterscollege.be

U hebt een nieuw bericht ontvangen op Smartschool.

Onderwerp: Wout
Beste mevrouw Dexters, ik wil u laten weten dat Wout het moeilijk heeft. Zijn papa is vorige dinsdag opgepakt en zit sindsdien vast in Hasselt. Wout weet niet goed wat hij tegen zijn vrienden moet zeggen en slaapt slecht. Mag u dit aan zijn leerkrachten laten weten, maar niet aan de klas? Alvast bedankt. An

Klik hier om het bericht te lezen op Smartschool.
Dit is een automatisch bericht, u kunt niet op deze e-mail antwoorden.
""", date=dt(2025,1,21,7,48), cte='quoted-printable', fwd=True,
     rules=['sensitive'], cats=['family'], about=['P0234'], kind='S',
     note='forwarded Smartschool message: father of a 5C pupil is in prison')

mail('toets-spelling-meryem', A('ned2'), P('P0008'), 'Hertoets spelling Meryem', """
Beste ouder,

Meryem behaalde op de toets spelling van vorige week 6/20. Dat is jammer, want in de les gaat het eigenlijk goed. De werkwoordspelling (d/t) zit er nog niet helemaal in.

Ze mag de toets donderdag 14 november tijdens het 8ste uur opnieuw maken in lokaal B103. Op Smartschool staan bij "Nederlands 1C" drie oefenbladen met verbetersleutel.

Met vriendelijke groeten,
Sofie Jorissen
leerkracht Nederlands
""", date=dt(2024,11,7,16,20), cte='7bit', about=['P0030'], mis=True, kind='M',
     note='test result of Meryem Bouzid (1C) sent to the parent of Meryem Haddouchi (1A)')

mail('zwemzak-arne', A('zwem'), P('P0025', 1, 'An Cuppens'), 'Gevonden: zwemzak van Arne', """
Beste mevrouw Cuppens,

Na de zwemles van dinsdag bleef er in de kleedkamer een blauwe zwemzak liggen met "Arne C. 1B" op het etiket, met een handdoek en een zwembril erin. Arne mag hem ophalen aan het loket van het zwembad, elke middag tussen 12u30 en 13u.

Vriendelijke groeten,
Hilde Vanoppen
zwembad Sint-Pieterscollege
""", date=dt(2024,10,3,13,15), fmt='cp1252', cte='8bit', about=['P0025'], kind='N',
     note='lost swim bag found; nothing sensitive')

mail('re-alarmcode-blok-c', A('adj'), A('conc'), 'RE: alarm blok C vrijdag', """
5290 en dan OFF. Bij het buitengaan 5290 + ON, je hebt 45 seconden.

I.

-----Oorspronkelijk bericht-----
Van: Marc Gijbels <marc.gijbels@sintpieterscollege.be>
Verzonden: woensdag 4 december 2024 10:02
Aan: Ingrid Vanhees <ingrid.vanhees@sintpieterscollege.be>
Onderwerp: alarm blok C vrijdag

Ingrid, wat is de alarmcode van blok C voor vrijdag na het kerstconcert? De code van het hoofdgebouw ken ik, maar voor de muziekvleugel niet. Ik sluit af rond 23u.
Marc
""", date=dt(2024,12,4,10,17), cte='quoted-printable', reply=True, rules=['password'], kind='P',
     note='reply that consists of the alarm code for the music wing')

mail('asd-jakub-en', A('zorg'), P('P0223', 1, 'Marek Kowalski'), 'Jakub – outcome of the assessment and next steps', """
Dear Mr Kowalski,

Thank you for coming to school on Tuesday together with Jakub's aunt, who kindly translated for your wife. As promised, I am summarising what we discussed in English.

The multidisciplinary assessment by the CLB and the child psychiatrist in Genk confirmed that Jakub has an autism spectrum condition. This explains a lot of what his teachers noticed this year: he finds unexpected changes in the timetable very hard, the noise in the refectory exhausts him, and he sometimes leaves the classroom when it becomes too much.

From next week on, the school will put the following measures in place:
- Jakub may take his tests in the quiet room next to my office (room A012);
- he may wear his noise-cancelling headphones during independent work;
- his class teacher will warn him in advance (via Smartschool) when a lesson is moved or a teacher is absent;
- during lunch he can go to the library instead of the refectory.

We will write these measures down in a care plan and the class council will evaluate them after the Easter holidays. Ms Swinnen of the CLB will stay involved and would like to see you again in May.

Please let me know if anything in this summary is not correct.

Kind regards,

Sevda Korkmaz
care coordinator (zorgcoördinator)
Sint-Pieterscollege Genk
""", date=dt(2025,2,27,18,2), cte='quoted-printable', lang='en',
     rules=['sensitive'], cats=['medical','care'], about=['P0223'], kind='S',
     note='English summary to a father: autism diagnosis and individual care measures')

mail('re-fotos-instagram', A('sec2'), P('P0029', 1, 'Kristof Gielen'), 'RE: foto\'s van leerlingen op Instagram', """
Beste meneer Gielen,

Bedankt voor uw vraag, die krijgen we wel vaker.

Bij de inschrijving geeft u via een formulier op Smartschool aan of de school beeldmateriaal van uw kind mag gebruiken, en waarvoor: bv. de schoolwebsite, de Instagrampagina, de schoolkrant of enkel intern (Smartschool). U kan die keuze op elk moment wijzigen via Smartschool > Formulieren > "Toestemming beeldmateriaal".

Enkele afspraken die we daarbij hanteren:
- we gebruiken sfeerfoto's van groepen en activiteiten, geen portretfoto's zonder afzonderlijke toestemming;
- we vermelden nooit de volledige naam van een leerling bij een foto;
- leerlingen die in ons medialab filmen, moeten zelf vooraf toestemming vragen aan wie ze in beeld brengen;
- een foto verwijderen kan altijd op eenvoudige vraag, via info@sintpieterscollege.be.

Meer info vindt u in het privacybeleid op onze website en in het schoolreglement (deel III).

Met vriendelijke groeten,
Ilse Cox
onthaal en secretariaat

-----Oorspronkelijk bericht-----
Van: Kristof Gielen <kristof.gielen@hotmail.com>
Verzonden: maandag 26 augustus 2024 20:41
Aan: info@sintpieterscollege.be
Onderwerp: foto's van leerlingen op Instagram

Goeiedag, mijn dochter start volgende week in het eerste jaar. Ik zag op jullie Instagram veel foto's van leerlingen. Hoe gaan jullie daarmee om en kan ik dat weigeren? Groeten, Kristof Gielen
""", date=dt(2024,8,27,9,12), cte='quoted-printable', reply=True, kind='G',
     note='general answer to one parent about the photo/consent rules; no pupil-specific fact')

mail('wifi-opendeurdag', A('ict'), A('ict'), 'Wifi tijdens de opendeurdag (zaterdag)', """
Dag iedereen,

Voor de opendeurdag van zaterdag staat er een apart gastnetwerk klaar. Je mag deze gegevens doorgeven aan bezoekers die iets willen opzoeken of een filmpje willen tonen, en ze staan ook op de affiches aan de ingang:

Netwerk: SPC-Opendeur
Sleutel: Welkom-in-Genk-2025

Het netwerk verdwijnt zondag om middernacht. Het gewone personeelsnetwerk blijft zoals het is; geef dat aub niet door.

Dries
""", bcc=['personeel@'+D], fmt='alt', cte='quoted-printable', date=dt(2025,4,24,11,30), rules=['password'], kind='P',
     note='Wi-Fi key of the open-day guest network, staff group in Bcc')

mail('ayse-2b-afwezig', A('ned'), [A('wis'), A('fra'), A('aar'), A('lo2'), A('isl')], 'Ayşe (2B) – enkele weken afwezig', """
Dag collega's van 2B,

Even een kort bericht. Gisteren belde de mama van Ayşe: haar vader (Ayşe's babası) is zondag plots overleden in Turkije, in Kayseri, waar hij voor de familie op bezoek was. Allah rahmet eylesin. Het gezin is maandag vertrokken voor de begrafenis en blijft er waarschijnlijk tot na de krokusvakantie.

Ik heb afgesproken dat Ayşe de leerstof via Smartschool volgt als ze er de kracht voor heeft, maar dat ze zeker geen toetsen moet inhalen voor we samen gezeten hebben. Als ze terug is, wil ik met Gino bekijken hoe we haar kunnen opvangen.

Kunnen jullie in de klas even zeggen dat Ayşe voor familiale redenen afwezig is, zonder meer? De meisjes die haar goed kennen, weten het al.

Mustafa, misschien kan jij ook eens bij haar langs als ze terug is? Zij voelt zich heel goed bij jou.

Sağ olun,
Kübra
""", date=dt(2025,2,11,12,35), cte='base64',
     rules=['sensitive'], cats=['family'], about=['P0068'], kind='S',
     note='death of the father of a 2B pupil, told to colleagues in Dutch with Turkish words')

mail('bus-vertraging-tuur', A('bus'), P('P0027', 1), 'Laattijdige aankomst Tuur – bus lijn Zwartberg', """
Beste mevrouw, meneer Reynders,

Tuur kwam vanochtend om 8u52 op school aan. Dat lag niet aan hem: de schoolbus van de lijn Zwartberg-Winterslag had 25 minuten vertraging door de wegenwerken op de Hoevenzavel. Zijn te laat komen wordt dus niet als ongewettigd genoteerd.

Tot en met vrijdag rijdt de bus een omleiding. De chauffeur vertrekt daarom vanaf morgen 10 minuten vroeger aan elke halte (Tuur zijn halte: 7u28 in plaats van 7u38).

Met vriendelijke groeten,
Jos Ramaekers
busvervoer en logistiek
""", date=dt(2024,10,14,10,5), cte='7bit', about=['P0027'], kind='N',
     note='late school bus explained to a parent; not sensitive')

mail('chat-camerakast-nele', A('ict'), A('dans'), 'code camerakast (uit Teams)', """
Nele, voor de volledigheid nog eens in een mailtje, want ik weet dat Teams op je gsm soms niet laadt:

[14:02] Dries Lambrechts
kastje B2 in C204: 3391, de sleutel van de statieven hangt binnenin aan het haakje
[14:03] Nele Bertels
Top! En de Sony met de grote lens?
[14:03] Dries Lambrechts
zit in kast B3, zelfde code. Zet hem achteraf aub in de lader 🙂
[14:04] Nele Bertels
merci!!

Veel succes met de opname van de dansvoorstelling.
Dries
""", date=dt(2025,5,15,14,10), cte='quoted-printable', rules=['password'], kind='P',
     note='Teams chat pasted into a mail giving the camera cupboard code')

mail('wachtwoord-vergeten-leerlingen', A('ict'), A('ict'), 'Je wachtwoord vergeten? Zo los je het zelf op', '', html_body="""<html><body style="font-family:Arial,sans-serif;font-size:10.5pt">
<p>Beste leerling,</p>
<p>Elke week komen er leerlingen naar het ICT-lokaal omdat ze hun wachtwoord kwijt zijn. Dat kan je sneller zelf oplossen:</p>
<ol>
<li>Ga naar de aanmeldpagina van Microsoft 365 of Smartschool.</li>
<li>Klik op <b>Wachtwoord vergeten?</b></li>
<li>Je krijgt een code op het e-mailadres of gsm-nummer dat je bij de start van het schooljaar hebt ingesteld.</li>
<li>Kies een nieuw, sterk wachtwoord: minstens 12 tekens, liefst een zinnetje dat alleen jij kent.</li>
</ol>
<p>Lukt het niet? Kom dan tijdens de middagpauze langs in C105. Stuur je wachtwoord <b>nooit</b> via mail of chat, ook niet naar een leerkracht.</p>
<p>Meneer Lambrechts<br>ICT-coördinator</p>
</body></html>
""", bcc=['leerlingen@'+D], fmt='html', cte='quoted-printable', date=dt(2024,9,16,8,5), kind='L',
     note='password self-service instructions to all pupils (Bcc); no credential value')

mail('clb-aanmelding-nour-1d', A('okan'), 'Anke Swinnen <anke.swinnen@vclblimburg.be>', 'Vraag tot ondersteuning – Nour (onthaalklas 1D)', """
Dag Anke,

Zoals besproken op het CLB-overleg van vorige week, stuur ik je nog wat meer info over Nour uit onze onthaalklas (1D).

Nour is sinds oktober bij ons. Ze leert heel snel Nederlands, maar we merken steeds meer signalen dat ze het moeilijk heeft:
- als er een ambulance of een brandweerwagen voorbijkomt, schrikt ze zichtbaar en duikt ze soms onder de bank;
- ze vertelt dat ze 's nachts bijna niet slaapt en "altijd dezelfde droom" heeft;
- haar oudere broer is nog in Syrië, ze weet al weken niet of hij veilig is;
- in de les zit ze vaak ver weg, ze reageert dan niet op haar naam.

Papa is bezorgd maar weet niet goed waar hij terechtkan. Hij staat ervoor open om samen met jou te bekijken of een doorverwijzing naar Solentra of een andere traumahulp zinvol is. Een tolk Arabisch is aangevraagd voor het gesprek.

Kan jij aansluiten op dinsdag 3 december om 10u? Dan zetten we ook de ondersteuning in de klas op papier.

Groetjes,
Marijke Coenen
coördinator onthaalklas (OKAN)
Sint-Pieterscollege Genk
gsm 0486 52 17 09
""", date=dt(2024,11,25,15,45), cte='quoted-printable',
     rules=['sensitive','personal_data'], cats=['psychosocial','care'], about=['P0049'], kind='S',
     note='trauma signs of a newcomer pupil, request for CLB support; mobile number in signature')

mail('puffer-lore-misdirected', A('zorg'), P('P0222', 1), 'Puffer en astmaplan Lore', """
Beste mevrouw Hendrikx,

Dank u om het nieuwe attest van de longarts te bezorgen. Vanaf volgende week bewaren we de reservepuffer van Lore (Ventolin) op het secretariaat, in haar eigen doosje met naam. Lore heeft zelf ook een puffer in haar boekentas, en de LO-leerkracht weet dat ze die bij elke les aan de kant mag leggen.

Het astmaplan hebben we aan de leerkrachten van 5C bezorgd. Mocht de dosis veranderen, laat het ons dan aub weten.

Met vriendelijke groeten,
Sevda Korkmaz
zorgcoördinator
""", date=dt(2024,10,8,16,2), cte='quoted-printable',
     rules=['sensitive'], cats=['medical'], about=['P0232'], mis=True, kind='M',
     note='asthma medication of Lore Hendrikx (5C) sent to the parent of Lien Hendrikx (5B)')

mail('re-medicatie-op-school', A('sec'), P('P0107', 1), 'RE: vraag medicatie', """
Beste mevrouw, meneer Amrani,

Op school volgen we een vaste regeling voor medicatie, die geldt voor alle leerlingen:

1. De school geeft zelf geen medicatie, ook geen pijnstillers of keelpastilles, tenzij er een attest van de arts is.
2. Moet uw kind tijdens de schooluren medicatie nemen, bv. een antibioticum op middag, dan bezorgt u ons het formulier "Aanvraag medicatie op school", ingevuld en ondertekend door de arts. Het formulier staat op Smartschool bij Documenten > Formulieren.
3. De medicatie wordt in de originele verpakking, met naam van de leerling, op het secretariaat bewaard.
4. Leerlingen mogen geen medicatie aan elkaar geven.

Wordt een leerling onwel op school, dan verwittigen we de ouders. In dringende gevallen bellen we 112.

Met vriendelijke groeten,
Nadia Bellahcen
secretariaat

> Van: k.amrani@telenet.be
> Verzonden: dinsdag 3 september 2024 19:56
> Onderwerp: vraag medicatie
>
> Goeiedag, mag een leerling zelf een Dafalgan meenemen naar school of moet dat via jullie? Bedankt.
""", date=dt(2024,9,4,8,40), cte='quoted-printable', reply=True, kind='G',
     note='general medication procedure explained to one parent; no pupil-specific medical fact')

mail('codes-pianokastjes', A('muzk'), [A('dans'), A('muz')], 'nieuwe codes pianokastjes M1-M4', """
Ciao allebei,

De sloten van de kastjes aan de piano's in M1 tot M4 zijn vervangen (er was er weer eentje opengebroken, che disastro). In bijlage de nieuwe codes, zodat jullie de partituren en de koptelefoons eruit kunnen halen.

Print het niet en hang het zeker niet in het lokaal, graag.

T.
""", attach=[('pianokastjes_codes.csv', 'text/csv', 'kastje;lokaal;inhoud;code\nK1;M1;koptelefoons vleugel;4071\nK2;M2;partituren koor;8153\nK3;M3;koptelefoons digitale piano\'s;2640\nK4;M4;metronomen + stemapparaat;9328\n')],
     date=dt(2024,9,9,12,20), cte='8bit', rules=['password'], kind='P',
     note='csv attachment with the combination codes of the piano lockers')

mail('toelating-dansuitstap-sofia', A('dans'), P('P0156', 2, 'Lucia Caruso'), 'Strookje dansuitstap deSingel – Sofia', """
Beste mevrouw Caruso,

Volgende week vrijdag gaan de leerlingen van de dansoptie naar de voorstelling van Rosas in deSingel in Antwerpen. Van Sofia heb ik het toelatingsstrookje nog niet terug gekregen. Zou u het kunnen ondertekenen en meegeven, of het via Smartschool (Formulieren) invullen voor woensdag?

We vertrekken om 16u30 met de bus aan de school en zijn rond 23u15 terug in Genk.

Vriendelijke groeten,
Nele Bertels
dans
""", date=dt(2025,2,4,9,40), cte='quoted-printable', about=['P0156'], kind='N',
     note='missing permission slip for a dance outing; not sensitive')

mail('afbetalingsplan-imane', A('boek'), P('P0249', 1), 'Afbetalingsplan schoolrekening Imane (5D)', """
Beste mevrouw Bouzid,

Bedankt voor uw telefoontje van maandag. Zoals afgesproken bevestig ik hierbij het afbetalingsplan voor de openstaande schoolrekeningen van Imane.

Het openstaande bedrag bedraagt 412,60 euro (facturen september en december, inclusief de studiereis naar Parijs). We spreken af dat u dit in vier schijven betaalt:
- 15 februari: 103,15 euro
- 15 maart: 103,15 euro
- 15 april: 103,15 euro
- 15 mei: 103,15 euro

U mag telkens overschrijven op rekening BE32 7350 1234 5602 van Sint-Pieterscollege Genk, met vermelding "AFB Imane Bouzid 5D". Er worden geen aanmaningskosten aangerekend zolang het plan gevolgd wordt.

Lukt een betaling eens niet, laat het mij dan gewoon op voorhand weten; dan zoeken we samen een oplossing. Imane zelf merkt hier op school niets van.

Met vriendelijke groeten,
Rita Schepers
boekhouding
""", date=dt(2025,1,29,11,5), cte='quoted-printable',
     rules=['sensitive','personal_data'], cats=['financial'], about=['P0249'], kind='S',
     note='payment plan for one family\'s unpaid school bills, with the school IBAN')

mail('vraag-code-camerakast', A('ges'), A('ictk'), 'camerakast??', """
Dries, kan iemand mij de code van de camerakast in C204 geven? Ik sta hier met 3B voor het interviewproject en niemand weet ze. Mag ook via Teams of bel me op het binnennummer van C204.
Rudi
""", date=dt(2025,3,18,10,52), cte='7bit', kind='L',
     note='asks for the camera cupboard code without giving it')

# =====================================================================================
# MAILS 026-050
# =====================================================================================
def fake_office(kind, extra_files=()):
    """deterministic small OOXML-like zip (macro-enabled when kind ends with 'm')"""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        def put(name, data):
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 10, 9, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
        put('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>')
        if kind == 'docm':
            put('word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Verslag klassenraad</w:t></w:r></w:p></w:body></w:document>')
            put('word/vbaProject.bin', b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + b'Attribute VB_Name = "KlassenraadMacro"\r\nSub AutoOpen()\r\n  Call VulLeerlingenIn\r\nEnd Sub\r\n')
        elif kind == 'xlsm':
            put('xl/workbook.xml', '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Ritten" sheetId="1"/></sheets></workbook>')
            put('xl/vbaProject.bin', b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + b'Attribute VB_Name = "Ritplanning"\r\nSub Workbook_Open()\r\n  Call Herbereken\r\nEnd Sub\r\n')
        for name, data in extra_files:
            put(name, data)
    return buf.getvalue()

mail('klassenraad-2b-tussentijds', A('ned'), A('zorg'), 'tussentijdse klassenraad 2B – mijn notities', """
Hoi Sevda,

Hierbij mijn notities van de tussentijdse klassenraad van 2B van gisteren (alleen de leerlingen waar iets over gezegd werd). Het volledige verslag zit in het sjabloon in bijlage; de macro vult de namen automatisch in als je op de knop klikt, dus inhoud activeren.

| Leerling | Algemeen | Aandachtspunt | Actie |
| Esra D. | vlot, sterk in talen | geen | geen |
| Kobe J. | werkt thuis te weinig, 3 tekorten | planning | planningsblad 4 weken, titularis volgt op |
| Imane E.A. | logeert sinds 2 weken bij haar tante in Winterslag | mama heeft klacht ingediend na geweld van de stiefvader, VK is ingeschakeld | opvolging Gino + CLB, niets aan de klas zeggen |
| Lukas R. | mooie evolutie sinds september | geen | complimentje in rapport |

Voor Imane: zij vroeg zelf om haar tante als contactpersoon te gebruiken voor Smartschool-berichten. Kan jij dat regelen met het secretariaat?

Merci,
Kübra
""", attach=[('verslag_klassenraad_2B_v3.docm', 'application/vnd.ms-word.document.macroEnabled.12', fake_office('docm'))],
     fmt='alt', cte='quoted-printable', date=dt(2024,11,20,17,12),
     rules=['sensitive','attachment'], cats=['family'], about=['P0064','P0065','P0066','P0070'], kind='S',
     note='class-council table: one pupil lives with her aunt after domestic violence; macro-enabled Word template attached')

mail('kempenbus-portaal-vervanging', A('bus'), A('sec2'), 'Overdracht busportaal tijdens mijn verlof', """
Dag Ilse,

Zoals afgesproken neem jij vanaf maandag tot eind maart het busvervoer over tijdens mijn verlof. Hieronder alles wat je nodig hebt.

Portaal Kempenbus (ritten aanpassen, afwezige leerlingen doorgeven, facturen):
https://portaal.kempenbus.be
gebruiker: spc-genk-planning
wachtwoord: Bus!Route45-Genk

Afwezigheden moet je voor 7u15 doorgeven, anders wacht de chauffeur aan de halte. Bij problemen onderweg bel je de dispatching van Kempenbus, het nummer staat in het portaal bovenaan.

Veel succes en bedankt!

Jos Ramaekers
busvervoer en logistiek
tel. 089 30 57 48
""", date=dt(2025,1,31,15,40), cte='quoted-printable', rules=['password','personal_data'], kind='P',
     note='login and password of the bus company portal handed to a replacing colleague; office phone in signature')

mail('jeugdhulp-info-ouders', A('dirm'), 'undisclosed-recipients:;', 'Waar kan u terecht als het moeilijk gaat? Onze samenwerking met jeugdhulp', """
Geachte ouders,

Opgroeien gaat niet altijd vanzelf. Soms loopt het even moeilijk, op school of thuis: bv. uw kind slaapt slecht, trekt zich terug, komt in conflict met vrienden, of u merkt dat de ruzies thuis toenemen. Dat is niet ongewoon, en u staat er niet alleen voor.

1. Op school
De leerlingenbegeleiders van elke graad zijn het eerste aanspreekpunt. Uw kind kan hen elke dag aanspreken tijdens de middagpauze; u kan een afspraak maken via Smartschool.

2. Het CLB
Het CLB werkt onafhankelijk van de school en is gratis. Het CLB kan samen met u en uw kind bekijken welke hulp nodig is, en kan ook doorverwijzen.

3. Jeugdhulp
Sinds dit schooljaar werkt onze school nauw samen met de jeugdhulpdiensten in Genk. Een jeugdhulpverlener is elke donderdagvoormiddag op school aanwezig voor een laagdrempelig gesprek, zonder dossier en zonder wachtlijst. Een gesprek gebeurt altijd met toestemming van de jongere en, waar mogelijk, van de ouders.

4. Voor jongeren zelf
Jongeren kunnen ook anoniem terecht bij Awel (chat en telefoon) of bij het JAC in Genk.

Wat gebeurt er met de informatie?
Wat uw kind aan een begeleider vertelt, blijft vertrouwelijk. Enkel wanneer de veiligheid van een jongere ernstig in gevaar is, moet de school verder handelen; ook dan proberen we dat altijd eerst met u te bespreken.

Met vriendelijke groeten,

Luc Hoogmartens, directeur
en het team leerlingenbegeleiding
""", bcc=['ouders@'+D], fmt='alt', cte='quoted-printable', date=dt(2024,10,1,12,0), kind='G',
     note='general information letter on the youth-welfare partnership to all parents (Bcc)')

mail('proficiat-voorzitter-parlement', A('parl'), L('P0270'), 'Proficiat, voorzitter!', """
Dag Yassine,

Nog eens officieel proficiat met je verkiezing tot voorzitter van het leerlingenparlement! 61 procent van de stemmen, dat is een mooie score. Je speech over de waterfonteintjes en de fietsenstalling heeft duidelijk indruk gemaakt.

De eerste vergadering met de directie is op dinsdag 15 oktober tijdens de middag in de vergaderzaal. Kan jij tegen dan een agenda opstellen met de andere leden van het dagelijks bestuur?

Mevrouw Palmans
""", date=dt(2024,10,4,13,2), cte='8bit', about=['P0270'], kind='N',
     note='congratulations to a pupil elected chair of the pupil parliament')

mail('defne-1a-zwemmen', A('lok'), A('zwem'), 'Defne 1A bij het zwemmen', """
Hej Hilde,

Efkes iets voor de zwemles van dinsdag met 1A. Defne (Demir) heeft epilepsie, mama is vanmorgen langs geweest. Sinds de zomer heeft ze nieuwe medicatie en ze heeft dit jaar nog geen aanval gehad, maar de neuroloog wil dat ze in het water altijd iemand vlak bij haar heeft.

Afspraak met mama:
- Defne zwemt in baan 1 langs de kant, met de rode badmuts, zodat we ze altijd zien
- niet duiken, niet onder water zwemmen
- als ze zegt dat ze zich "raar" voelt: meteen uit het water en laten zitten, mama bellen

Ik zet het ook in het LVS. Kunde gij eraan denken als ik er volgende week niet ben?

Merci hé,
Kris
""", date=dt(2024,9,17,7,55), cte='base64', rules=['sensitive'], cats=['medical'], about=['P0004'], kind='S',
     note='epilepsy and medication of a named 1A pupil shared with the pool staff')

mail('wifi-jazzworkshop-en', A('muz'), 'James Whitfield <james.whitfield@gmail.com>', 'Workshop on Thursday – practical info', """
Hi James,

We are so looking forward to your jazz workshop on Thursday! A few practical things:

- Please come to the back entrance of block C (music wing), there is parking for two cars next to the door.
- Our sound technician Marc will help you set up from 12:30.
- Guest Wi-Fi for your laptop and the backing tracks: network SPC-Guest, password Muziek&Dans24

The pupils (about 40, aged 15 to 17) have been practising "Autumn Leaves" and "Watermelon Man", so you can start from there.

See you Thursday,
Tiziana Oliveri
music department
""", date=dt(2024,11,12,19,20), cte='quoted-printable', lang='en', rules=['password'], kind='P',
     note='English mail giving the guest Wi-Fi password to a visiting musician')

mail('inhaaltoets-jarne-misdirected', A('wis'), P('P0141'), 'Inhaaltoets wiskunde Jarne', """
Beste ouders,

Jarne was gisteren afwezig op de toets over goniometrie. Omdat het een gewettigde afwezigheid was, mag hij de toets inhalen op woensdag 22 januari om 10u10 in lokaal A201.

Kan u Jarne eraan herinneren? Hij vergeet dat soms wel eens.

Met vriendelijke groeten,
Wim Bosmans
wiskunde, titularis 3C
""", date=dt(2025,1,15,12,45), cte='7bit', about=['P0126'], mis=True, kind='M',
     note='make-up test of Jarne Stevens (3C) mailed to the parent of Jarne Vandeweerd (3D)')

mail('ruth-hopital-fr', A('fra'), P('P0170', 1, 'Famille Mbuyi'), 'Ruth – retour à l\'école après son hospitalisation', """
Madame Mbuyi,

Au nom de toute l'équipe de 4B, je voulais d'abord vous dire que nous pensons beaucoup à Ruth. Monsieur Cardone nous a expliqué qu'elle a été hospitalisée la semaine dernière à l'hôpital de Genk pour une nouvelle crise de drépanocytose, et qu'elle devrait rentrer à la maison ce week-end.

Pour son retour à l'école, nous proposons :
- qu'elle puisse toujours avoir une bouteille d'eau sur son banc et aller aux toilettes sans demander ;
- qu'elle soit dispensée de natation jusqu'à nouvel ordre (l'eau froide peut déclencher une crise) ;
- qu'elle rattrape les contrôles manqués seulement après les vacances de Pâques.

Si le médecin vous donne d'autres consignes, pouvez-vous nous les transmettre via Smartschool ? Je peux aussi les traduire pour mes collègues.

Bien à vous,

Katleen Dexters
professeur de français, au nom de l'équipe de 4B
""", date=dt(2025,3,21,16,10), cte='quoted-printable', lang='fr',
     rules=['sensitive'], cats=['medical'], about=['P0170'], kind='S',
     note='French mail to a mother about her daughter\'s hospitalisation for sickle-cell disease')

mail('phishing-waarschuwing', A('ict'), ['personeel@'+D], 'Let op: valse mail "Uw mailbox is vol"', """
Beste collega's,

Sinds vanmorgen circuleert er een valse mail met als onderwerp "Uw mailbox is vol – bevestig uw account". De link leidt naar een nagemaakte aanmeldpagina van Microsoft.

- Klik niet op de link en vul zeker niets in.
- De school of de ICT-dienst zal u nooit vragen om uw wachtwoord per mail te bevestigen of door te sturen.
- Heb je toch al iets ingevuld? Wijzig dan meteen je wachtwoord via portal.office.com en verwittig mij of privacy@lksd.ksleuven.be.

Bedankt om alert te blijven!
Dries Lambrechts
ICT-coördinator
""", date=dt(2024,11,5,10,33), cte='quoted-printable', rules=['bcc'], kind='L',
     note='phishing warning without any credential; the staff group address is visible in To')

mail('kopieercode-interim', A('sec'), A('int'), 'je kopieercode', """
Hoi Thomas,

Je persoonlijke kopieercode voor de printers in de leraarskamer en in blok B is 55182. Daarmee kan je ook scannen naar je mail. Het krediet staat op 500 kopieën per trimester.

Groetjes,
Nadia
""", date=dt(2024,9,23,9,2), cte='7bit', rules=['password'], kind='P',
     note='personal copier PIN sent to an interim teacher')

mail('film-davide-festival', A('ict'), P('P0231', 1, 'Carmela Giordano'), 'Kortfilm van Davide geselecteerd!', """
Beste mevrouw Giordano,

Goed nieuws: de kortfilm "Terril" die Davide samen met twee klasgenoten in ons medialab maakte, is geselecteerd voor het Limburgs Jeugdfilmfestival in Hasselt! De vertoning is op zaterdag 10 mei om 14u in Cultuurcentrum Hasselt. Davide heeft zelf de montage en de muziek gedaan, en de jury vond vooral die combinatie heel sterk.

De school voorziet vervoer voor de leerlingen. Ouders zijn natuurlijk ook welkom; de tickets zijn gratis maar moeten wel gereserveerd worden via de website van het festival.

Met vriendelijke groeten,
Dries Lambrechts
medialab Sint-Pieterscollege
tel. 089 30 57 55
""", date=dt(2025,4,3,14,25), fmt='alt', cte='quoted-printable', about=['P0231'], rules=['personal_data'], kind='N',
     note='praise: pupil\'s short film selected for a festival; school phone number in signature')

mail('schooltoelage-christ', A('boek'), P('P0054', 2, 'Jean Ilunga'), 'Schooltoelage Christ – aanpassing schoolrekening', """
Beste meneer Ilunga,

U liet ons weten dat de schooltoelage voor Christ dit jaar geweigerd werd omdat het inkomen van 2022 als referentie werd genomen, toen u nog voltijds werkte. Ik begrijp dat dit sinds uw ontslag bij de firma in Lommel een grote tegenvaller is.

Wat kan de school doen?
- De factuur van het eerste trimester (168,20 euro) zetten we voorlopig on hold.
- U kan bij Groeipakket een herziening vragen op basis van uw huidig inkomen; de maatschappelijk werker van het OCMW Genk kan u daarbij helpen.
- Wordt de toelage alsnog toegekend, dan betaalt u de rekening daarmee. Zo niet, dan maken we een afbetalingsplan op maat.

Christ hoeft niets te missen: hij gaat gewoon mee op de sportdag en de uitstap naar Brussel.

Met vriendelijke groeten,
Rita Schepers
boekhouding
""", date=dt(2024,11,18,10,40), cte='quoted-printable',
     rules=['sensitive'], cats=['financial'], about=['P0054'], kind='S',
     note='school allowance refused for one family, bill put on hold after job loss')

mail('clb-info-ouders', A('zorg'), 'undisclosed-recipients:;', 'Kennismaking met het CLB', """
Beste ouders,

Elke school werkt samen met een Centrum voor Leerlingenbegeleiding (CLB). Voor onze school is dat het vrij CLB Limburg, afdeling Genk. Wij stellen het graag even voor.

Wat doet het CLB?
- Het CLB helpt leerlingen, ouders en de school bij vragen over leren en studeren, studiekeuze, gezondheid en welbevinden.
- Het voert de verplichte medische consulten uit (in het 1ste en 3de jaar) en zorgt voor de vaccinaties, als u daarvoor toestemming geeft.
- Het kan de school adviseren over extra zorg, bv. wanneer een leerling een aangepast programma nodig heeft.

Hoe werkt het?
- Het CLB werkt gratis, vertrouwelijk en onafhankelijk van de school.
- U of uw kind kan zelf contact opnemen, zonder dat de school dit moet weten.
- Vanaf 12 jaar mag uw kind zelf beslissen of het een gesprek wil met het CLB.

Het CLB is elke dinsdag en donderdag op school aanwezig (lokaal A010). Contactgegevens vindt u op Smartschool onder "Leerlingenbegeleiding".

Met vriendelijke groeten,
Sevda Korkmaz
zorgcoördinator
""", bcc=['ouders@'+D], fmt='alt', cte='quoted-printable', date=dt(2024,9,10,12,30), kind='G',
     note='general CLB information letter to all parents (Bcc)')

mail('instagram-parlement-overdracht', A('parl'), L('P0270'), 'Instagram van het leerlingenparlement', """
Dag Yassine,

Zoals beloofd: de gegevens van het Instagramaccount van het parlement, dat Zakaria vorig jaar beheerde.

Account: @spc_parlement
Wachtwoord: Stemrecht!2025

Verander het wachtwoord aub na de eerste keer inloggen en geef het nieuwe alleen aan de tweede beheerder (jullie kiezen zelf wie). Zet tweestapsverificatie aan met je eigen gsm.

Mevrouw Palmans
""", date=dt(2024,10,16,16,5), cte='8bit', about=['P0270'], rules=['password'], kind='P',
     note='password of the pupil parliament\'s shared Instagram account handed to a pupil')

mail('mdo-kerem-2c', A('zorg'), A('bio'), 'MDO Kerem (2C) – uitnodiging', """
Dag Lieve,

Hierbij de uitnodiging voor het MDO over Kerem (2C) op donderdag 6 februari om 15u30. Zoals je weet bekijken we of een individueel aangepast curriculum (IAC) voor Kerem haalbaar is: hij volgt voor wiskunde en Frans nu al grotendeels eigen doelen, en het verslag van het CLB opent de mogelijkheid voor een IAC met een attest op het einde van het jaar.

Aanwezig: mama en papa, Anke Swinnen (CLB, in cc), de ondersteuner van het ondersteuningsnetwerk, jij als titularis en ikzelf. Mama komt naar school; het CLB en de ondersteuner sluiten online aan:

Microsoft Teams-vergadering
Vergaderings-ID: 372 905 118 446
Wachtwoord: Hc3qZ7

Wil jij tegen dan bij de vakleerkrachten peilen welke doelen voor Kerem wel en niet haalbaar zijn?

Groetjes,
Sevda
""", cc=['Anke Swinnen <anke.swinnen@vclblimburg.be>'], date=dt(2025,1,27,9,15), cte='quoted-printable',
     rules=['sensitive'], cats=['care'], about=['P0087'], kind='S',
     note='invitation to an MDO on an individual adapted curriculum (IAC) for one pupil; contains a meeting passcode, not a password')

mail('tebrikler-emre-debat', A('isl'), P('P0271', 1, 'Ali Yilmaz'), 'Tebrikler – Emre wint het debattoernooi', """
Beste meneer Yilmaz,

Tebrikler! Emre heeft zaterdag met zijn team het provinciale debattoernooi voor scholieren gewonnen in Hasselt. Hij verdedigde in de finale de stelling dat sociale media een minimumleeftijd van 16 jaar moeten krijgen, en de jury noemde hem "de sterkste spreker van de dag".

In mei mag het team naar de Vlaamse finale in Brussel. Ik laat u nog weten wanneer precies.

Met vriendelijke groeten,
Mustafa El Ouardi
""", date=dt(2025,3,3,8,30), cte='8bit', about=['P0271'], kind='N',
     note='praise for a pupil who won a debate tournament; Turkish greeting')

mail('alarm-weekendrepetitie', A('adj'), A('conc'), 'Weekendrepetitie musical – alarm en sleutels', """
Dag Marc,

De repetities van de musical gaan dit weekend door in de turnzaal en in blok C. Tiziana opent zelf zaterdag om 9u, jij hoeft dus niet te komen. Voor de volledigheid de codes die zij nodig heeft:

Hoofdgebouw (ingang Stalenstraat): 2468 + OFF
Blok C muziekvleugel: 8051 + OFF
Turnzaal: via de sleutel in het sleutelkastje aan de achterdeur, code 7730

Tiziana, vergeet bij het buitengaan niet blok C eerst in te schakelen, anders gaat het hoofdgebouw in alarm.

Fijn weekend,
Ingrid
""", cc=[A('muz')], date=dt(2025,2,14,15,50), cte='base64', rules=['password'], kind='P',
     note='alarm codes and key-box code for a weekend rehearsal, base64 body')

mail('salma-5d-verwachting', A('lb3'), [A('aar'), A('eng'), A('fra'), A('lo2'), A('eco')], 'Salma (5D) – vertrouwelijk', """
Dag collega's van 5D,

Salma heeft mij en haar mama toestemming gegeven om jullie het volgende te laten weten: ze verwacht een kindje, uitgerekend eind april. Ze wil haar jaar zo goed mogelijk afmaken en hoopt in juni een deel van de examens te kunnen doen.

Praktisch:
- LO: Yasemin stemt met haar af wat nog kan; geen contactsporten meer.
- Bij misselijkheid mag ze zonder vragen de klas uit.
- Ze wil absoluut niet dat het in de klas besproken wordt. Een paar vriendinnen weten het.

We bekijken na de krokusvakantie samen met het CLB hoe de examens kunnen verlopen.

Bedankt voor jullie discretie,
Els
""", date=dt(2025,1,24,12,5), cte='quoted-printable',
     rules=['sensitive'], cats=['medical'], about=['P0245'], kind='S',
     note='pregnancy of a 5D pupil told to her teachers without the word itself')

mail('inloggen-eerstejaars', A('ict'), A('ict'), 'Zo log je in op de schoolcomputers', """
Dag eerstejaars,

Welkom! Op de computers in de ICT-lokalen en in de bib log je zo in:

Gebruikersnaam: voornaam.naam (zonder @leerling.sintpieterscollege.be)
Wachtwoord: ******** (het startwachtwoord dat je in de eerste ICT-les op een briefje kreeg)

Bij de eerste keer vraagt de computer om een nieuw wachtwoord te kiezen. Schrijf het niet op je bank of in je agenda, en geef het aan niemand, ook niet aan je beste vriend.

Meneer Lambrechts
""", bcc=['klas-1a@'+D, 'klas-1b@'+D, 'klas-1c@'+D], date=dt(2024,9,3,10,0), cte='8bit', kind='L',
     note='login instructions with a masked placeholder only, class groups in Bcc')

mail('herinnering-rekening-misdirected', A('boek'), P('P0086', 1), 'Tweede herinnering schoolrekening Sofia', """
Beste ouders,

Ondanks onze herinnering van 4 november staat de schoolrekening van Sofia van het eerste trimester nog open. Het gaat om 287,40 euro (factuurnummer 2024/1422).

Wij vragen u vriendelijk dit bedrag binnen de 14 dagen over te schrijven op rekeningnummer BE32 7350 1234 5602 met de gestructureerde mededeling +++142/2024/01422+++. Is betalen op dit moment moeilijk, neem dan gerust contact op met mij; we zoeken discreet naar een oplossing, bv. een afbetalingsplan.

Met vriendelijke groeten,
Rita Schepers
boekhouding
""", date=dt(2024,12,2,9,20), cte='quoted-printable',
     rules=['sensitive','personal_data'], cats=['financial'], about=['P0230'], mis=True, kind='M',
     note='second reminder of the unpaid bill of Sofia Scaglione (5C) sent to the parents of Chiara Scaglione (2C); IBAN')

mail('antipestbeleid-ouders', A('lb2'), 'undisclosed-recipients:;', 'Samen tegen pesten – hoe pakt onze school het aan?', """
Beste ouders,

In de week tegen pesten willen we u graag vertellen hoe onze school met pesten omgaat. Met bijna 1300 leerlingen is het een illusie dat pesten bij ons nooit voorkomt. Wel willen we er snel en consequent op reageren.

Wat verstaan we onder pesten?
Pesten is het herhaaldelijk en doelbewust kwetsen van een medeleerling die zich moeilijk kan verdedigen, bv. door uitsluiten, roddelen, spotten of berichten in groepschats. Een eenmalige ruzie is geen pesten, maar verdient ook aandacht.

Wat doen wij?
1. Elke klas krijgt in september een les over groepssfeer en online gedrag.
2. Een leerling die gepest wordt, kan terecht bij elke leerkracht, de leerlingenbegeleider of het anonieme meldpunt op Smartschool.
3. We werken met de "No Blame"-aanpak: samen met een groep leerlingen zoeken we een oplossing, zonder eerst schuldigen aan te wijzen.
4. Helpt dat niet, dan volgen herstelgesprekken en, waar nodig, maatregelen uit het schoolreglement.

Wat kan u doen?
Praat met uw kind over wat er op school en online gebeurt. Merkt u iets, bv. uw kind wil plots niet meer met de bus of is stil na het gsm-gebruik, neem dan contact op met de titularis of de leerlingenbegeleider.

Met vriendelijke groeten,
Gino Cardone
namens het team leerlingenbegeleiding
""", bcc=['ouders@'+D], fmt='alt', cte='quoted-printable', date=dt(2025,2,17,12,0), kind='G',
     note='general anti-bullying policy letter to all parents (Bcc), examples with bv.')

mail('spotify-dansles', A('dans'), A('muz'), 'spotify voor de dansles', """
Tizi, je vroeg naar de login van ons gedeelde Spotify-account voor de boxen in de dansstudio:

dansspc@gmail.com
Plié-Relevé-7

Niet aan de leerlingen geven hè, vorig jaar stond er plots een playlist van 4 uur Limburgse schlagers op 😄

Nele
""", date=dt(2024,10,22,13,40), cte='quoted-printable', rules=['password'], kind='P',
     note='login and password of the shared music streaming account')

mail('lotte-5c-clb-dringend', A('lb3'), 'Anke Swinnen <anke.swinnen@vclblimburg.be>', 'dringend: Lotte (5C)', """
Dag Anke,

Kan jij mij vandaag nog terugbellen? Lotte (5C) kwam gisteren na de les bij mij en zei letterlijk dat ze "er liever niet meer zou zijn" en dat ze "al weet hoe". Ze was heel rustig toen ze het zei, dat maakt me ongerust.

Ik heb met haar afgesproken dat ik vandaag haar mama opbel, samen met haar. Ze heeft ook de nummers van Awel en de Zelfmoordlijn gekregen. Ze komt vanmiddag om 12u30 terug naar mijn bureau.

Ik had graag dat jij erbij bent of minstens meedenkt over de volgende stap.

Els Wouters
leerlingenbegeleider 3de graad
gsm 0479 31 64 02
""", date=dt(2025,3,6,7,45), cte='quoted-printable',
     rules=['sensitive','personal_data'], cats=['psychosocial'], about=['P0228'], kind='S',
     note='pupil expressed suicidal thoughts, urgent CLB request; mobile number in signature')

mail('rapport-lore-5d', A('aar'), [P('P0250',1), P('P0250',2)], 'Proficiat met het rapport van Lore', """
Beste ouders van Lore,

Als titularis wou ik u even laten weten hoe trots we zijn op het kerstrapport van Lore. Ze haalde voor alle vakken meer dan 70 procent en voor aardrijkskunde en biologie zelfs het hoogste cijfer van de klas. De klassenraad schreef er "een voorbeeld van doorzetten" bij.

Prettige feestdagen!
Bart Kerkhofs
titularis 5D
""", date=dt(2024,12,20,15,30), cte='8bit', about=['P0250'], rules=['bcc'], kind='N',
     note='praise about a good report sent to both parents with two external addresses in To')

mail('fwd-coaccount-ilaria', A('sec'), P('P0194', 1, 'Lucia Russo'), 'Fwd: nieuwe co-account Smartschool – Ilaria Russo (4D)', """
Beste mevrouw Russo,

Zoals gevraagd aan de telefoon stuur ik u hieronder de nieuwe gegevens van uw co-account door. Bij de eerste aanmelding moet u zelf een nieuw wachtwoord kiezen.

Met vriendelijke groeten,
Nadia Bellahcen
secretariaat

---------- Doorgestuurd bericht ----------
Van: Dries Lambrechts <dries.lambrechts@sintpieterscollege.be>
Datum: do 9 jan. 2025 om 11:02
Onderwerp: co-account reset Ilaria Russo 4D
Aan: Nadia Bellahcen <nadia.bellahcen@sintpieterscollege.be>

Nadia, de co-account 1 van Ilaria Russo is gereset:
gebruikersnaam: ilaria.russo
co-account: 1
tijdelijk wachtwoord: 7KQ2-MX91-PLT4
Geldig tot 16/01. Mag je doorgeven aan mama.
Dries
""", date=dt(2025,1,9,13,50), cte='quoted-printable', fwd=True, about=['P0194'], rules=['password'], kind='P',
     note='forwarded note with a parent co-account temporary password')

# =====================================================================================
# MAILS 051-075
# =====================================================================================
staff('dans2', 'Lisa Vanherck', 'lisa.vanherck@'+D)
staff('nieuw', 'Ellen Claesen', 'ellen.claesen@'+D)

mail('chiara-4b-bij-nonna', A('lb2'), [A('zorg'), A('adj')], 'Chiara (4B) – situatie thuis', """
Sevda, Ingrid,

Kort, want ik moet zo naar een les. Chiara (4B) kwam deze morgen huilend naar school. Ze slaapt sinds het weekend bij haar nonna in Waterschei omdat het thuis niet veilig is: papa was zaterdag opnieuw dronken en heeft mama geslagen, Chiara stond ertussen. Mama is met de kleine broer bij een vriendin.

- Chiara wil niet dat papa weet waar ze is. Hij mag haar ook niet komen ophalen op school.
- Nonna haalt haar vandaag om 15u50 aan de hoofdingang.
- Ik heb het 1712-nummer gegeven en met haar afgesproken dat ik het CLB inschakel.

Kunnen we om 12u30 even samenzitten om te bekijken of we het VK moeten contacteren?

Gino
""", date=dt(2025,2,3,9,5), fmt='alt', cte='quoted-printable',
     rules=['sensitive'], cats=['family'], about=['P0172'], kind='S',
     note='domestic violence at home, pupil staying with her grandmother, father may not pick her up')

mail('re-code-fietsenstalling', A('conc'), A('ges'), 'RE: code fietsenstalling', """
Rudi,

Die code stuur ik nie via de mail, da hebben we vorig jaar afgesproken na dat gedoe met die gestolen fietsen. Passeer efkes in mijn kot naast de refter, ik ben er heel de voormiddag.

Marc

-----Oorspronkelijk bericht-----
Van: Rudi Swennen <rudi.swennen@sintpieterscollege.be>
Verzonden: maandag 7 oktober 2024 7:52
Aan: Marc Gijbels <marc.gijbels@sintpieterscollege.be>
Onderwerp: code fietsenstalling

Marc, wat is de nieuwe code van de poort aan de fietsenstalling? Mijn oude werkt niet meer.
""", date=dt(2024,10,7,8,3), fmt='cp1252', cte='8bit', reply=True, kind='L',
     note='reply refusing to send the bike-shed code by mail; no value given')

mail('toegangscodes-dansstudio', A('adj'), A('dans2'), 'Welkom! Toegangscodes dansstudio en zwembad', '', html_body="""<html><head><meta charset="utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dag Lisa,</p>
<p>Nogmaals welkom in ons team! Omdat jij ook de avondlessen dans geeft en soms via de personeelsingang van het zwembad binnenkomt, hieronder de codes die je nodig hebt.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#D9E2F3"><th>Deur</th><th>Code</th><th>Opmerking</th></tr>
<tr><td>Dansstudio D1 (blok C, gelijkvloers)</td><td>1526#</td><td>na 18u ook de lichtschakelaar links</td></tr>
<tr><td>Kleedkamers dans</td><td>1526#</td><td>zelfde code</td></tr>
<tr><td>Personeelsingang zwembad</td><td>*0844</td><td>eerst sterretje</td></tr>
</table>
<p>Je badge voor de parking krijg je maandag van Marc.</p>
<p>Hartelijke groet,<br>Ingrid Vanhees<br>adjunct-directeur</p>
</body></html>
""", fmt='html', cte='quoted-printable', date=dt(2024,9,5,17,5), rules=['password'], kind='P',
     note='HTML table with door codes of the dance studio and the pool staff entrance')

mail('bedankt-opendeurdag-rosa', A('parl'), L('P0217'), 'Merci voor zaterdag!', """
Dag Rosa,

Ik wou je nog eens persoonlijk bedanken voor je hulp op de opendeurdag. Je hebt de hele dag rondleidingen gegeven en ouders van nieuwe leerlingen vertelden me achteraf hoe enthousiast en duidelijk je alles uitlegde, zelfs in het Italiaans voor een nonna die mee was!

Volgend jaar zoeken we iemand die de gidsen coördineert. Zou dat iets voor jou zijn?

Groetjes,
Mevrouw Palmans
""", date=dt(2025,4,28,12,20), cte='8bit', about=['P0217'], kind='N',
     note='thank-you note to a pupil for helping at the open day')

mail('notenallergie-muziekkamp', A('muz'), 'Keuken De Kiezel <info@dekiezel-verblijf.be>', 'Muziekkamp 14-16 april – dieetwensen', """
Beste,

Volgende week verblijven wij met 38 leerlingen van de muziekrichting bij jullie voor ons muziekkamp. Bij deze de dieetwensen, zoals gevraagd:

- 4 leerlingen eten vegetarisch
- 11 leerlingen eten halal (geen varkensvlees, geen gelatine)
- 1 leerling, Marco (6C), heeft een ernstige allergie voor noten en pinda's. Ook sporen kunnen een reactie geven. Hij heeft altijd een adrenalinepen (EpiPen) in zijn rugzak en een reservepen zit in mijn EHBO-tas. Graag geen desserts met noten voor de hele groep, en graag een apart bord voor hem bij het ontbijt.

Alvast bedankt!

Tiziana Oliveri
muziek, Sint-Pieterscollege Genk
""", date=dt(2025,4,7,20,15), cte='quoted-printable',
     rules=['sensitive'], cats=['medical'], about=['P0286'], kind='S',
     note='severe nut allergy of a named pupil passed to the camp kitchen (external)')

mail('schoolkosten-schooltoelage', A('boek'), 'undisclosed-recipients:;', 'Schoolkosten en schooltoelage 2024-2025', """
Geachte ouders,

Met deze brief geven we u graag een overzicht van de schoolkosten voor dit schooljaar en van de mogelijkheden om steun te krijgen.

1. Hoe wordt gefactureerd?
U ontvangt drie keer per jaar een schoolrekening via Smartschool (oktober, januari en april). Op de rekening staan enkel kosten die werkelijk gemaakt werden, bv. kopieën, zwemlessen voor de 2de graad, uitstappen en werkboeken.

2. Maximumfactuur
Voor bepaalde activiteiten geldt een maximumbedrag per graad. Die bedragen vindt u in de bijdrageregeling in het schoolreglement.

3. Schooltoelage
Gezinnen met een beperkt inkomen kunnen via het Groeipakket een schooltoelage krijgen. U hoeft die in de meeste gevallen niet aan te vragen: het Groeipakket onderzoekt automatisch of uw kind er recht op heeft. Belangrijk: de leerling moet voldoende aanwezig zijn op school, anders kan de toelage teruggevorderd worden.

4. Betalen in schijven
Is een rekening op een bepaald moment moeilijk te betalen? Neem dan contact op met de boekhouding. We bekijken discreet een afbetalingsplan; uw kind merkt hier op school niets van.

Met vriendelijke groeten,
Rita Schepers, boekhouding
Luc Hoogmartens, directeur
""", bcc=['ouders@'+D], fmt='alt', cte='quoted-printable', date=dt(2024,9,18,12,0), kind='G',
     note='general letter on school costs, maximum bill and study allowance to all parents (Bcc)')

mail('re-beamer-aula', A('ictk'), A('sec2'), 'RE: beamer-pc aula', """
Aula!2024 (hoofdletter A, met uitroepteken)

Log wel af als je klaar bent, anders blijft de slideshow van de infoavond hangen.

D.

Van: Ilse Cox
Verzonden: donderdag 16 januari 2025 17:21
Aan: Dries Lambrechts
Onderwerp: beamer-pc aula

Dries, wat is het wachtwoord van de beamer-pc in de aula? Ik moet de presentatie voor de infoavond er al op zetten.
""", date=dt(2025,1,16,17,35), cte='7bit', reply=True, rules=['password'], kind='P',
     note='reply giving the password of the aula projector PC')

mail('lander-3c-schoolweigering', A('wis'), A('zorg'), 'Lander 3C – weer niet op school', """
Sevda,

Lander (3C) is sinds de herfstvakantie nog maar 4 halve dagen op school geweest. Mama belde vanmorgen weer: hij heeft 's ochtends buikpijn, moet overgeven, en zij krijgt hem niet meer op de bus. Als hij er wel is, zit hij stil achteraan en gaat hij in de pauze naar de bib.

Ik heb het gevoel dat er iets meer aan de hand is dan "een virusje". Vorig jaar had hij ook al zo'n periode na de paasvakantie. Kan jij het CLB inschakelen? Mama staat er open voor, ze weet zelf niet meer wat te doen.

Ik kan donderdag het 5de uur voor een overleg.

Wim
""", date=dt(2024,11,19,8,10), cte='base64',
     rules=['sensitive'], cats=['psychosocial','care'], about=['P0136'], kind='S',
     note='school refusal of a 3C pupil and request for CLB follow-up')

mail('zwemzak-mats-misdirected', A('zwem'), P('P0132'), 'Zwemzak Mats vergeten', """
Beste ouder,

Mats heeft na de zwemles van donderdag zijn zwemzak laten liggen in kleedkamer 3 (zwarte Adidas-rugzak met een groene handdoek). Hij kan hem ophalen aan het loket van het zwembad.

Vriendelijke groeten,
Hilde Vanoppen
zwembad
""", date=dt(2025,3,14,10,20), cte='7bit', about=['P0198'], mis=True, kind='M',
     note='forgotten swim bag of Mats Vandeweerd (4D) mailed to the parent of Mats Willems (3C)')

mail('accounts-nieuwe-collega', A('sec'), A('nieuw'), 'Je accounts – welkom op Sint-Pieters!', """
Dag Ellen,

Welkom in ons team! Hieronder je gegevens om maandag te kunnen starten. Bij de eerste keer aanmelden moet je zelf een nieuw wachtwoord kiezen.

Microsoft 365 / schoolmail
gebruikersnaam: ellen.claesen@sintpieterscollege.be
startwachtwoord: Genk-Welkom-8841

Smartschool (sintpieterscollege.smartschool.be)
gebruikersnaam: ellen.claesen
startwachtwoord: Spc!start2025

Je badge en je sleutels liggen maandag om 7u45 klaar op het secretariaat.

Groetjes,
Nadia Bellahcen
secretariaat
""", fmt='alt', cte='quoted-printable', date=dt(2025,2,21,14,45), rules=['password'], kind='P',
     note='starting passwords for Microsoft 365 and Smartschool of a new teacher')

mail('selin-1b-dyslexie', A('ned2'), [A('wis'), A('fra'), A('eng'), A('ges'), A('bio')], 'Selin (1B) – maatregelen na onderzoek', """
Dag collega's van 1B,

Het onderzoek bij de logopediste heeft bevestigd wat we al vermoedden: Selin heeft dyslexie. Mama bezorgde het verslag vorige week; het CLB heeft het bekeken en samen met haar hebben we de volgende maatregelen afgesproken, die vanaf nu gelden voor alle vakken:

- toetsen in lettertype Arial 14, met extra regelafstand
- 1/3 extra tijd, of minder oefeningen met dezelfde doelen
- spelfouten niet aanrekenen, behalve bij Nederlands waar spelling zelf het doel is
- Selin mag de voorleessoftware (Kurzweil) gebruiken op haar laptop
- bij Frans en Engels: woordjes mondeling overhoren waar mogelijk

Ze staat ook op de lijst voor de GOK-uren "leren leren" op donderdag het 8ste uur.

Bedankt!
Sofie
titularis 1B
""", date=dt(2024,10,21,16,55), cte='quoted-printable',
     rules=['sensitive'], cats=['medical','care'], about=['P0024'], kind='S',
     note='dyslexia diagnosis and individual care measures of a 1B pupil')

mail('re-welke-gegevens-bewaren', A('dirm'), P('P0105', 2, 'Antonio Di Stefano'), 'RE: vraag over privacy', """
Beste meneer Di Stefano,

Dank u voor uw vraag. Zoals elke school verwerken wij persoonsgegevens van leerlingen en ouders, maar alleen wat nodig is voor onderwijs en begeleiding. In grote lijnen gaat het om:

- identificatiegegevens (naam, adres, contactgegevens van de ouders);
- schoolloopbaan: inschrijving, klas, rapporten, attesten, afwezigheden;
- gegevens over begeleiding, wanneer een leerling die krijgt;
- financiële gegevens voor de schoolrekening;
- beeldmateriaal, enkel wanneer daarvoor toestemming gegeven is.

Leerlinggegevens worden bewaard in Smartschool en in ons leerlingvolgsysteem, waar alleen de betrokken personeelsleden toegang toe hebben. Na het verlaten van de school worden de meeste gegevens na de wettelijke termijn vernietigd.

U heeft het recht om de gegevens van uw kind in te kijken en, waar nodig, te laten verbeteren. U kan daarvoor terecht bij de directie of bij ons aanspreekpunt informatieveiligheid: privacy@lksd.ksleuven.be. Het volledige privacybeleid staat op onze website.

Met vriendelijke groeten,
namens de directie,
Ingrid Vanhees

> Van: Antonio Di Stefano
> Verzonden: vrijdag 13 september 2024 21:02
> Onderwerp: vraag over privacy
> Welke gegevens van mijn zoon bewaren jullie eigenlijk, en wie kan die zien?
""", date=dt(2024,9,16,10,30), cte='quoted-printable', reply=True, kind='G',
     note='general privacy statement given to one parent; lists data categories, no pupil facts')

mail('fwd-kempenbus-sleutelkastje', A('bus'), A('conc'), 'FW: sleutelkastje depot', """
Marc, voor als jij zaterdag de bus voor de sportdag moet ophalen. Zie hieronder.
Jos

________________________________
Van: Guido Hermans <guido.hermans@kempenbus.be>
Verzonden: dinsdag 6 mei 2025 14:12
Aan: Jos Ramaekers <jos.ramaekers@sintpieterscollege.be>
Onderwerp: sleutelkastje depot

Dag Jos,

Zaterdag is ons depot in Zwartberg niet bemand. De sleutels van bus 27 liggen in het sleutelkastje links naast poort 2. Code: 1984. Na de rit de sleutels terug in het kastje en het kastje goed dichtdraaien.

Mvg,
Guido Hermans
planning Kempenbus NV
tel. 089 35 61 20
""", date=dt(2025,5,6,15,1), cte='quoted-printable', fwd=True, rules=['password','personal_data'], kind='P',
     note='forwarded bus-company mail with a key-box code; the company phone number in the quoted signature')

mail('uitnodiging-nonna-concert', 'Tiziana Oliveri <tiziana.oliveri@hotmail.com>', P('P0007'), 'Invito per la nonna – concerto van Enzo', """
Cara famiglia Messina,

Enzo vertelde mij vandaag dat zijn nonna uit Sicilië deze maand bij jullie is. Wat leuk! Zij is natuurlijk van harte welkom op ons winterconcert op donderdag 19 december om 19u30 in de aula. Enzo speelt daar twee stukken op de trompet met het orkest van de eerste graad.

Ik stuur dit even van mijn eigen mailadres, mijn schoolmail doet thuis moeilijk. Tickets voor de familie zijn gratis, u hoeft alleen te laten weten met hoeveel jullie komen.

A presto,
Tiziana Oliveri
muziek
""", env_from='tiziana.oliveri@hotmail.com', date=dt(2024,12,9,21,10), fmt='alt', style='gmail', cte='quoted-printable', about=['P0007'],
     rules=['private_account'], kind='N',
     note='teacher invites a family to a concert from her private hotmail address')

mail('hanna-mornings-en', A('eng'), P('P0150', 1, 'Tomasz Nowak'), 'Hanna – late arrivals', """
Dear Mr Nowak,

I am writing to you in English as you suggested at the parents' evening.

Hanna (3D) has arrived late at least six times since the Christmas holidays, always on the first lesson. When I talked to her today, she told me that since your wife's operation she takes her two little brothers to their primary school in Waterschei every morning and cooks for them in the evening, because you work night shifts at the moment. She said it very matter-of-factly, but she looked very tired.

Hanna is not in trouble at all, and we will not count these late arrivals. I do want to make sure she gets some support. Would you agree that our pupil counsellor, Mr Cardone, has a chat with her, and perhaps with you, to see whether there is any help available for the family, for example from the social services in Genk?

Kind regards,
Anja Leten
English teacher, class teacher 3D
""", date=dt(2025,1,22,16,35), cte='quoted-printable', lang='en',
     rules=['sensitive'], cats=['family'], about=['P0150'], kind='S',
     note='English mail: a 3D pupil is a young carer at home after her mother\'s operation')

mail('infoavond-studiekeuze-zoom', A('lb3'), 'undisclosed-recipients:;', 'Online infoavond studiekeuze hoger onderwijs – 12 februari', """
Beste ouders van leerlingen van het 6de jaar,

Op woensdag 12 februari om 19u30 organiseren we samen met het CLB een online infoavond over de overgang naar het hoger onderwijs: studiekeuze, inschrijven, studiefinanciering en kot zoeken.

Deelnemen kan via Zoom:
https://zoom.us/j/84419027735
Meeting-ID: 844 1902 7735
Toegangscode: 6deJaar

U kan tijdens de avond vragen stellen via de chat. De presentatie komt achteraf op Smartschool.

Met vriendelijke groeten,
Els Wouters
leerlingenbegeleider 3de graad
""", bcc=['ouders@'+D], cte='quoted-printable', date=dt(2025,2,5,12,10), kind='L',
     note='meeting passcode: Zoom info evening for all parents (Bcc); not a credential')

mail('chat-poort-fietsenstalling', A('lo2'), [A('lo'), A('int')], 'nieuwe code poort fietsenstalling (uit Teams TD)', """
Voor wie niet in de Teams-groep van de technische dienst zit:

Marc Gijbels 08:12
Vanaf vandaag nieuwe code poort fietsenstalling: 2580#
Marc Gijbels 08:13
Oude code werkt niet meer. Niet aan leerlingen geven aub, de poort gaat om 8u25 vanzelf open.

Handig voor als we met de fiets naar de atletiekpiste gaan.
Yasemin
""", date=dt(2024,10,8,8,30), cte='8bit', rules=['password'], kind='P',
     note='pasted Teams lines with the new bike-shed gate code')

mail('federica-6c-kleedkamer', A('lo2'), A('lb3'), 'Federica (6C) – zorgen', """
Hoi Els,

Ik maak me echt zorgen om Federica (6C). Ze is sinds september zichtbaar afgevallen en vandaag is ze in de kleedkamer flauwgevallen voor de les. Ze kwam snel terug bij, maar ze had niets gegeten, zei ze, "zoals altijd op dinsdag".

Ik heb haar mama gebeld. Die zei dat Federica op de wachtlijst staat bij de eetstoornissenunit in Genk en dat de huisarts haar elke week weegt. Mama vroeg of ze de komende weken vrijgesteld kan worden van LO en vooral van zwemmen, ze schaamt zich in de kleedkamer.

Kan jij dit oppikken met het CLB? Ik noteer het ook in het LVS.

Yasemin
""", date=dt(2024,11,26,14,50), cte='quoted-printable',
     rules=['sensitive'], cats=['medical','psychosocial'], about=['P0278'], kind='S',
     note='eating disorder and fainting of a 6C pupil, waiting list for treatment')

mail('aangepast-programma-rosa-misdirected', A('lb3'), P('P0193', 1), 'Voorstel aangepast lesprogramma Rosa', """
Beste ouders,

Zoals besproken op het oudercontact stuur ik u het voorstel van de klassenraad voor Rosa.

Op basis van het verslag van het CLB stelt de klassenraad voor om Rosa tot het einde van het schooljaar een aangepast programma te laten volgen:
- vrijstelling voor Frans, in de plaats extra uren Nederlands in de onthaalwerking;
- examens over minder leerstof voor wiskunde, met dezelfde eindtermen;
- één uur per week begeleiding door de zorgleerkracht.

Om dit te kunnen uitvoeren hebben we uw schriftelijk akkoord nodig. U kan het formulier in de bijlage van Smartschool ondertekenen, of langskomen op school.

Met vriendelijke groeten,
Els Wouters
leerlingenbegeleider 3de graad
""", date=dt(2025,2,24,17,30), cte='quoted-printable',
     rules=['sensitive'], cats=['care'], about=['P0215'], mis=True, kind='M',
     note='adapted curriculum proposal for Rosa Lo Presti (5B) mailed to the parents of Sofia Lo Presti (4D)')

mail('stage-siebe-bevestiging', A('eco'), P('P0276', 1, 'Katrien Vandebroek'), 'Bevestiging stage Siebe – Garage Nijs', """
Beste mevrouw Vandebroek,

De stageplaats van Siebe is bevestigd. Hij loopt van 3 tot en met 14 februari stage bij Garage Nijs in Zwartberg, afdeling boekhouding en klantenonthaal. Zijn mentor is de heer Wim Nijs.

Praktisch:
- werkuren 8u30-16u30, middagpauze ter plaatse
- Siebe gaat met de fiets of bus 45
- bij afwezigheid verwittigt hij zowel de school als het bedrijf (tel. garage: 089 38 14 72)

De stageovereenkomst krijgt Siebe morgen mee naar huis om te laten ondertekenen.

Met vriendelijke groeten,
Francesco Nuzzo
stagebegeleider economie
""", date=dt(2025,1,14,13,0), cte='quoted-printable', about=['P0276'], rules=['personal_data'], kind='N',
     note='work-placement confirmation for a 6C pupil; contains the company phone number')

mail('examenrooster-4de-jaar', A('adj'), 'undisclosed-recipients:;', 'Examenrooster december – 4de jaar', """
Beste ouders,
Beste leerlingen,

Hieronder vindt u het examenrooster van december voor het 4de jaar. De examens starten telkens om 8u30. Na het examen mogen de leerlingen naar huis, tenzij de ouders via Smartschool laten weten dat hun kind op school blijft studeren (studiezaal tot 15u50).

| Datum | 4A / 4B | 4C / 4D |
| ma 9 december | Nederlands | Nederlands |
| di 10 december | wiskunde | wiskunde |
| wo 11 december | studiedag | studiedag |
| do 12 december | Frans | Engels |
| vr 13 december | geschiedenis | Frans |
| ma 16 december | Engels | economie / STEM |
| di 17 december | biologie + chemie | biologie + chemie |

Wat als uw kind op een examen afwezig is?
Bij afwezigheid verwittigt u de school vóór 8u30 en bezorgt u een medisch attest. Het examen wordt dan in overleg ingehaald, bv. op de inhaaldag van 19 december.

Oudercontact over de resultaten: vrijdag 20 december van 16u tot 20u (inschrijven via Smartschool).

Met vriendelijke groeten,
Ingrid Vanhees
adjunct-directeur
""", bcc=['ouders-4a@'+D, 'ouders-4b@'+D, 'ouders-4c@'+D, 'ouders-4d@'+D], fmt='alt', cte='quoted-printable',
     date=dt(2024,11,22,12,0), kind='G', note='general exam timetable for the 4th year, class parent groups in Bcc')

mail('printer-admin-secretariaat', A('sec'), A('sec2'), 'beheer printer secretariaat', """
Ilse,

Als de grote printer op het secretariaat weer "papierstoring lade 3" geeft terwijl er niks vastzit: via het scherm naar Beheer, inloggen met

gebruiker: Admin
wachtwoord: Bergmijn#67

en dan Onderhoud > Lade resetten. Daarna gewoon herstarten. Zo hoef je de technieker niet te laten komen (kost 95 €).

Nadia
""", fmt='cp1252', date=dt(2024,10,2,11,11), rules=['password'], kind='P',
     note='admin password of the office printer, Windows-1252 8-bit mail')

mail('klassenraad-3a-notities', A('eng'), A('zorg'), 'KR 3A – notities voor het LVS', """
Hoi Sevda,

Mijn notities van de klassenraad 3A van gisteren, voor wie jij nog iets moet doen:

• Yasmina: sterk trimester, geen actie
• Büşra: veel te laat in de eerste les, titularis spreekt haar aan
• Kaan: derde trimester op rij tekorten voor wiskunde, fysica en Frans. De klassenraad adviseert een heroriëntering naar 4 Elektromechanische technieken; we verwachten een B-attest als er niets verandert. Kaan wil graag met het CLB praten over zijn studiekeuze, papa ook. Kan jij de aanmelding bij het CLB doen?
• Davide: helpt klasgenoten spontaan, complimentje geven

Bedankt!
Anja
""", date=dt(2025,3,26,9,25), cte='quoted-printable',
     rules=['sensitive'], cats=['care'], about=['P0101','P0103','P0108','P0105'], kind='S',
     note='class-council notes: one pupil redirected to another study option with CLB follow-up')

mail('alarmcode-wijzigt', A('adj'), A('adj'), 'Alarmcode wijzigt op 1 maart', """
Beste collega's,

Op 1 maart wordt de alarmcode van het hoofdgebouw en blok C gewijzigd. Dit gebeurt jaarlijks en na elke personeelswissel.

Wie een persoonlijke code nodig heeft (avondactiviteiten, weekendrepetities, toezicht), krijgt die in de week van 24 februari persoonlijk van mij of van Marc. We sturen de code niet per mail en ook niet via Teams.

Bedankt voor jullie begrip,
Ingrid Vanhees
""", bcc=['personeel@'+D], cte='quoted-printable', date=dt(2025,2,18,12,30), kind='L',
     note='announces an alarm code change without giving the code, staff in Bcc')

mail('tijdelijk-wachtwoord-arda', A('ict'), L('P0104'), 'je account is terug vrijgegeven', """
Dag Arda,

Je account was geblokkeerd na te veel foute pogingen. Ik heb het gereset. Je kan vanaf nu opnieuw inloggen met:

gebruikersnaam: arda.celik@leerling.sintpieterscollege.be
tijdelijk wachtwoord: Vuur-Kraan-42

Je moet het bij de eerste keer aanmelden meteen veranderen. Kies iets wat je zelf onthoudt, maar wat je vrienden niet kunnen raden.

Meneer Lambrechts
""", date=dt(2024,10,10,13,25), cte='7bit', about=['P0104'], rules=['password'], kind='P',
     note='temporary password of a pupil\'s Microsoft 365 account sent to his pupil mailbox')

# =====================================================================================
# MAILS 076-100
# =====================================================================================
staff('mla', 'Jelle Vos', 'jelle.vos@'+D)

mail('robbe-2c-nieuwe-bushalte', A('zorg'), A('bus'), 'Robbe (2C) – andere opstaphalte vanaf maandag', """
Dag Jos,

Vanaf maandag verblijft Robbe (2C) in een pleeggezin in As. De jeugdrechter heeft vorige week beslist dat hij voorlopig niet meer bij zijn papa kan wonen. Hij neemt dus niet meer de bus in Bret-Gelieren maar moet opstappen in As.

Kan jij nakijken of hij mee kan met de lijn As-Opglabbeek, en hoe laat hij aan de halte moet staan? De pleegmama brengt hem maandag zelf, daarna komt hij met de bus.

Heel belangrijk: het adres van het pleeggezin en de nieuwe halte mogen niet aan papa gegeven worden, ook niet als hij belt of aan de bus staat. De chauffeur mag hem alleen laten afstappen aan de halte in As.

Bedankt,
Sevda
""", date=dt(2024,10,17,16,20), cte='quoted-printable',
     rules=['sensitive'], cats=['family'], about=['P0082'], kind='S',
     note='pupil placed in a foster family by the youth judge; new bus stop must be kept from the father')

mail('wiskunde-olympiade-zuzanna', A('wis'), L('P0226'), 'Tweede ronde wiskunde-olympiade!', """
Hoi Zuzanna,

Proficiat! Je hebt je geplaatst voor de tweede ronde van de Vlaamse Wiskunde Olympiade, met 104 punten, de beste score van de school. De tweede ronde is op woensdag 29 januari in de UHasselt in Diepenbeek. Wij voorzien vervoer; vertrek om 12u45 aan de hoofdingang.

Als je wil, kunnen we de week ervoor tijdens de middag een paar oude opgaven samen bekijken.

Meneer Bosmans
""", date=dt(2025,1,13,11,40), cte='8bit', about=['P0226'], kind='N',
     note='a pupil qualified for the second round of the maths olympiad')

mail('examenlaptops-accounts', A('ict'), [A('eco'), A('aar'), A('fra'), A('eng')], 'Examenlaptops 6de jaar – accounts', """
Dag collega's,

Voor de examens met de laptopkar (aula B) gebruiken de leerlingen de aparte examenaccounts, zonder internet en zonder toegang tot hun OneDrive. Jullie loggen de laptops 's ochtends in vóór de leerlingen binnenkomen:

| Laptop | Account | Wachtwoord |
| EX-01 tot EX-10 | examen01 ... examen10 | Ex@men-2025 |
| EX-11 tot EX-20 | examen11 ... examen20 | Ex@men-2025 |
| Reserve (lade toezichter) | examenreserve | Reserve!B204 |

Na het examen kies je "Afmelden", niet "Afsluiten", anders worden de bestanden niet gesynchroniseerd naar de examenmap.

Dries
""", fmt='alt', cte='quoted-printable', date=dt(2025,5,28,16,0), rules=['password'], kind='P',
     note='table with the exam laptop accounts and their passwords')

mail('reception-class-info-en', A('okan'), 'Andrii Melnyk <andrii.melnyk@gmail.com>', 'RE: school for my son', """
Dear Mr Melnyk,

Thank you for your message. I am happy to explain how our reception class (OKAN) works.

Who can join?
Young people between 12 and 18 who have lived in Belgium for less than a year and do not yet speak enough Dutch to follow regular lessons. A pupil can start at any moment of the school year.

What does the programme look like?
- about 28 lessons a week, mostly intensive Dutch, with some mathematics, ICT, sports and swimming in our own pool;
- small groups of maximum 16 pupils;
- visits in Genk (the library, the town hall, a bus trip) to learn how things work here;
- after about one year, the pupil moves on to a regular class, at our school or elsewhere, with a follow-up coach.

What to bring to enrol?
An identity document or residence document of the pupil, your address in Genk, and, if you have them, school reports from the home country. Enrolment is at the secretariat, every weekday between 9:00 and 15:00; an interpreter for Ukrainian can be arranged if you let us know in advance.

Kind regards,
Marijke Coenen
coordinator reception class (OKAN)

On Sun, 6 Oct 2024 at 20:14, Andrii Melnyk wrote:
> Hello, we arrived in Genk two months ago. Is there a place in your school for a 13 year old boy who does not speak Dutch? What do I need? Thank you.
""", date=dt(2024,10,7,9,25), cte='quoted-printable', lang='en', reply=True, kind='G',
     note='general answer to a newcomer parent about how the reception class works')

mail('ocmw-tenlasteneming-tesfay', A('boek'), 'Hanne Bielen <hanne.bielen@genk.be>', 'Tenlasteneming schoolrekening Tesfay (1D)', """
Dag mevrouw Bielen,

Bedankt voor uw bevestiging dat het OCMW de schoolkosten van Tesfay (onthaalklas 1D) voor dit schooljaar ten laste neemt. Zoals gevraagd stuur ik u de eerste factuur rechtstreeks door:

factuur 2024/1187 – 186,40 euro
(werkboeken NT2 62,00 – zwemlessen 0,00 – uitstap Bokrijk 18,50 – turnkledij 24,90 – laptopwaarborg 81,00)

De factuur staat dus niet meer op naam van de voogd. Ik noteer in onze boekhouding dat toekomstige facturen ook naar u gaan.

Met vriendelijke groeten,
Rita Schepers
boekhouding Sint-Pieterscollege Genk
""", date=dt(2024,11,4,14,5), cte='quoted-printable',
     rules=['sensitive'], cats=['financial'], about=['P0043'], kind='S',
     note='the public welfare centre (OCMW) pays the school bill of a newcomer pupil')

mail('bitwarden-medialab', A('ict'), [A('dans'), A('ges'), A('tech'), A('mla')], 'Wachtwoorden medialab voortaan in Bitwarden', """
Dag medialabteam,

Na de recente perikelen (codes op post-its op de monitoren...) zetten we alle gedeelde wachtwoorden van het medialab voortaan in Bitwarden, de wachtwoordkluis van de scholengroep. Jullie kregen daarnet elk een uitnodiging voor de collectie "Medialab C204".

- Maak je account aan met je schoolmail.
- Kies een hoofdwachtwoord dat je nergens anders gebruikt; dat kan niemand voor jou herstellen.
- Vanaf 1 april stuur ik geen codes of wachtwoorden meer via mail of Teams.

Vragen? Kom gerust langs.
Dries
""", date=dt(2025,3,20,10,10), cte='quoted-printable', kind='L',
     note='invitation to a password manager; no credential value in the mail')

mail('gmail-parlement-bestuur', A('parl'), [L('P0270'), L('P0280'), L('P0243')], 'Gedeelde mailbox leerlingenparlement', """
Dag Yassine, Hamza en Dounia,

Zoals afgesproken krijgen jullie als dagelijks bestuur toegang tot de gedeelde mailbox van het parlement. Daar komen de voorstellen van de klassen binnen.

adres: leerlingenparlement.spc@gmail.com
wachtwoord: Parlement-Genk-25

Spreek onderling af wie wekelijks de mails leest. Antwoord niet in naam van de school zonder dat ik het gezien heb.

Mevrouw Palmans
""", date=dt(2024,10,24,12,55), cte='8bit', about=['P0270','P0280','P0243'], rules=['password'], kind='P',
     note='password of the pupil parliament\'s shared Gmail account given to three pupils')

mail('melike-2a-pesten-chat', A('lb2'), A('zorg'), 'Melike (2A) – screenshots klasgroep', """
Sevda,

Melike (2A) en haar mama kwamen vanmorgen langs met screenshots uit de Snapchatgroep van de klas. Ik typ de ergste berichten over (namen zoals in de groep):

jens_m: wie zit er morgen naast die sukkel op de bus 😂
nore.c: nie ik, ze stinkt
jens_m: ze moet gewoon niet meer komen
(foto van Melike in de refter, met een varkenssnuit erop getekend)
nore.c: 😂😂😂

Volgens Melike gaat dit al sinds oktober zo, ook op de bus naar Kolderbos. Ze wil 's morgens niet meer opstaan en eet 's middags in de toiletten. Mama overweegt klacht bij de politie.

Ik stel voor dat we deze week een No Blame-gesprek doen met de groep, en apart met Jens en Nore. Kan jij de titularis en de ouders van die twee mee inschakelen?

Gino
""", date=dt(2024,12,2,10,15), cte='quoted-printable',
     rules=['sensitive'], cats=['psychosocial'], about=['P0059','P0057','P0062'], kind='S',
     note='individual bullying case with pasted chat lines, victim and perpetrators named')

mail('bushalte-zakaria', A('bus'), P('P0014', 2, 'Khadija Tahiri'), 'Aanvraag nieuwe opstapplaats Zakaria – goedgekeurd', """
Beste mevrouw Tahiri,

Uw aanvraag om Zakaria vanaf februari aan een andere halte te laten opstappen, is goedgekeurd. Vanaf maandag 3 februari stapt hij op aan de halte Kolderbos-Kerk om 7u34 (lijn 4, Kolderbos-Winterslag). 's Avonds stopt de bus er om 16u22.

Zijn busabonnement blijft geldig, er verandert niets aan de prijs.

Met vriendelijke groeten,
Jos Ramaekers
busvervoer en logistiek
tel. 089 30 57 48
""", date=dt(2025,1,27,10,25), cte='quoted-printable', about=['P0014'], rules=['personal_data'], kind='N',
     note='bus stop change approved for a pupil; office phone in signature')

mail('re-tablet-aanwezigheden', 'Kris Vandael <kris.vandael78@gmail.com>', A('zwem'), 'Re: tablet aanwezigheden zwembad', """
Hilde, 246810, zelfde als vorig jaar. Ik zit op stage in Lommel met de 6des, vandaar via gmail.
Kris

Op di 1 okt 2024 om 08:47 schreef Hilde Vanoppen <hilde.vanoppen@sintpieterscollege.be>:
> Kris, wat is de pincode van het tablet aan de ingang van het zwembad (aanwezigheden)? Thomas staat ervoor en het ding is vergrendeld.
> Hilde
""", env_from='kris.vandael78@gmail.com', date=dt(2024,10,1,8,55), fmt='alt', style='gmail', cte='quoted-printable',
     reply=True, rules=['password','private_account'], kind='P',
     note='teacher answers from his private Gmail with the PIN of the pool attendance tablet')

mail('solo-rosa-misdirected', A('muz'), P('P0274'), 'Rosa – zangsolo schoolfeest', """
Beste ouders,

Ik wou u even laten weten dat Rosa gekozen is voor de zangsolo op het schoolfeest van 24 mei. Ze zingt "Volare" samen met de schoolband en heeft dat op de audities echt schitterend gedaan.

De repetities zijn op dinsdag na school tot 17u30 in lokaal M2. Mag Rosa daarvoor de bus van 17u45 nemen?

Met vriendelijke groeten,
Tiziana Oliveri
muziek
""", date=dt(2025,4,22,16,40), cte='8bit', about=['P0273'], mis=True, kind='M',
     note='solo news about Rosa Messina (6B) mailed to the parent of Rosa Scaglione (6B)')

mail('uitleenreglement-camera', A('ict'), A('ict'), 'Materiaal lenen in het medialab: de afspraken', """
Beste leerlingen,
Beste ouders,

Het medialab (C204) heeft 8 camera's, 12 microfoons, statieven en lichtsets die leerlingen mogen lenen voor schoolprojecten. Om dat eerlijk en veilig te laten verlopen, gelden de volgende afspraken:

1. Lenen
Uitlenen kan alleen voor een schoolopdracht, met een ondertekend leenformulier van de begeleidende leerkracht. Materiaal gaat maximaal 3 schooldagen mee naar huis.

2. Verantwoordelijkheid
De leerling is verantwoordelijk voor het geleende materiaal. Bij schade door onvoorzichtigheid kan de school een deel van de herstelkost aanrekenen, bv. een gebroken lens of een verloren geheugenkaart.

3. Filmen en fotograferen
Wie filmt of fotografeert, vraagt altijd vooraf toestemming aan de personen die in beeld komen. Beelden van medeleerlingen worden niet op sociale media geplaatst zonder hun toestemming. Bij twijfel: vraag het aan je leerkracht.

4. Bestanden
Beelden worden na het project van de geheugenkaart verwijderd en alleen op de schoolserver of je eigen OneDrive bewaard.

Met vriendelijke groeten,
Dries Lambrechts
medialab
""", bcc=['leerlingen@'+D, 'ouders@'+D], fmt='alt', cte='quoted-printable', date=dt(2024,9,27,12,0), kind='G',
     note='general media-lab lending and photo rules to all pupils and parents (Bcc)')

mail('oliwia-3b-hoorapparaten', A('zorgk'), [A('wis'), A('ned'), A('fra'), A('eng'), A('ges'), A('bio'), A('lo2')], 'Oliwia (3B) – hoorapparaten en ondersteuning', """
Beste collega's van 3B,

Oliwia (3B) draagt sinds dit schooljaar aan beide oren hoorapparaten. Het gehoorverlies is de voorbije zomer vastgesteld door de NKO-arts. Vanaf volgende week krijgt ze ondersteuning van het ondersteuningsnetwerk Limburg; haar ondersteuner komt dinsdag voor het eerst mee in de les.

Wat vragen we van jullie?
- draag de FM-zender die Oliwia jullie bij het begin van de les geeft (om de nek, niet in de zak);
- herhaal vragen van medeleerlingen voor je antwoordt;
- geef instructies ook schriftelijk (bord of Smartschool);
- filmpjes altijd met ondertiteling;
- bij LO en zwemmen: de apparaten gaan uit, spreek haar dus aan in haar gezichtsveld.

Deze maatregelen staan ook in haar handelingsplan in het LVS.

Sevda
""", date=dt(2024,9,20,13,35), cte='quoted-printable',
     rules=['sensitive'], cats=['medical','care'], about=['P0115'], kind='S',
     note='hearing loss of a 3B pupil and support from the support network (care plan)')

mail('kluis-zwembad-hotmail', 'Hilde Vanoppen <hildevanoppen@hotmail.com>', A('int'), 'kluis zwembad', """
Thomas,

Ik ben ziek thuis, daarom van mijn eigen mail. Het wisselgeld voor de zwemclub zit vanavond in de kluis achter de kassa, niet in het kastje. Kluis: R 42 – L 17 – R 8, dan de hendel naar beneden.

Leg het geld na het aftellen terug en draai goed rond.

Hilde
""", env_from='hildevanoppen@hotmail.com', date=dt(2025,1,8,15,5), cte='8bit', rules=['password','private_account'], kind='P',
     note='pool safe combination sent from a staff member\'s private Hotmail address')

mail('jeugdrechtbank-info-yassine', A('zorg'), 'Veerle Stulens <veerle.stulens@just.fgov.be>', 'Uw vraag tot informatie – Yassine Haddouchi (6D)', """
Geachte mevrouw Stulens,

In antwoord op uw vraag van 3 februari bezorg ik u, met akkoord van de directie, de gevraagde informatie over Yassine voor de zitting van de jeugdrechtbank.

Uw referentie: dossier 24/JR/1187
Leerling: Yassine Haddouchi, 6D
Rijksregisternummer: 07.02.14-253.81

Aanwezigheid
Sinds 1 september heeft Yassine 46 halve dagen problematische afwezigheid. Sinds hij bij zijn oom in Zwartberg verblijft (na de uithuisplaatsing van december), is hij veel regelmatiger aanwezig: in januari slechts 2 halve dagen.

Gedrag
In het eerste trimester waren er drie incidenten (o.a. een vechtpartij op de speelplaats), die tot een tijdelijke uitsluiting leidden. Sinds januari zijn er geen nieuwe incidenten gemeld. Yassine heeft wekelijks een gesprek met zijn leerlingenbegeleider en komt daar zelf naartoe.

Studies
Yassine staat voor vier vakken onvoldoende, maar de klassenraad ziet een duidelijke inzet. Een diploma secundair onderwijs in juni blijft mogelijk.

Met vriendelijke groeten,

Sevda Korkmaz
zorgcoördinator
""", date=dt(2025,2,7,11,20), cte='quoted-printable',
     rules=['sensitive','personal_data'], cats=['psychosocial','family'], about=['P0295'], kind='S',
     note='report to the youth court consulent on a pupil placed with his uncle; national register number')

mail('dictee-dieudonne-fr', A('fra'), P('P0010', 1, 'Clarisse Mukendi'), 'Félicitations pour Dieudonné !', """
Chère Madame Mukendi,

J'ai le plaisir de vous annoncer que Dieudonné a remporté le concours de dictée de la première année ! Il n'a fait que deux fautes dans un texte difficile sur l'hiver à Genk. Le prix (un livre et un bon pour la librairie) lui sera remis vendredi pendant la récréation.

Bravo à lui, et merci de l'encourager à la maison à lire en français.

Bien cordialement,
Katleen Dexters
professeur de français
""", date=dt(2025,1,30,15,5), cte='quoted-printable', lang='fr', about=['P0010'], kind='N',
     note='French mail: a pupil won the dictation contest')

mail('mfa-instellen', A('ict'), A('ict'), 'Vanaf 1 december: aanmelden in twee stappen', """
Beste collega's,

Vanaf 1 december vraagt Microsoft 365 bij het aanmelden buiten de school een tweede bevestiging (MFA). Zo is je mailbox beter beschermd, ook als iemand je wachtwoord zou achterhalen.

Wat moet je doen?
1. Installeer de app Microsoft Authenticator op je smartphone.
2. Ga op je pc naar aka.ms/mfasetup en meld je aan met je schoolaccount.
3. Scan de QR-code met de app en volg de stappen.

Vanaf dan keur je een aanmelding goed met een tik in de app. Geef die bevestiging nooit als je zelf niet aan het aanmelden bent.

Wie geen smartphone heeft, kan op het secretariaat een sleutelhanger-token krijgen.

Dries
""", bcc=['personeel@'+D], fmt='alt', cte='quoted-printable', date=dt(2024,11,14,12,20), kind='L',
     note='MFA setup instructions to all staff (Bcc); no codes')

mail('koffers-hangsloten', A('ictk'), [A('dans'), A('mla')], 'hangsloten camerakoffers', '', html_body="""<html><body>
<div style="font-family:Verdana;font-size:10pt">
<p>Hoi,</p>
<p>Voor de opnames van de dansvoorstelling in C-mine nemen jullie de flightcases mee. Ze hebben elk een cijferslot:</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><td><b>Koffer</b></td><td><b>Inhoud</b></td><td><b>Slot</b></td></tr>
<tr><td>1</td><td>Sony FX30 + 2 lenzen</td><td>482</td></tr>
<tr><td>2</td><td>Zoom-recorder + 4 dasspeldmicro's</td><td>915</td></tr>
<tr><td>3</td><td>LED-panelen + statieven</td><td>337</td></tr>
</table>
<p>Na afloop terug in C205 zetten, slot op 000 draaien.</p>
<p>Dries</p>
</div></body></html>
""", fmt='html', cte='base64', date=dt(2025,5,20,9,40), rules=['password'], kind='P',
     note='HTML-only table with the padlock codes of the camera flight cases')

mail('rilatine-siebe-1b', A('ned2'), A('sec'), 'medicatie Siebe (1B) vanaf maandag', """
Hoi Nadia,

Vanaf maandag komt Siebe (1B) elke middag om 12u15 naar het secretariaat voor zijn Rilatine (10 mg, 1 tablet). De kinderpsychiater heeft de ADHD-diagnose vorige maand bevestigd en mama heeft het medicatieformulier ondertekend door de arts afgegeven; het zit in zijn mapje.

Als hij niet komt opdagen, mag je hem in de refter gaan halen? Hij vergeet het nogal eens, wat ook een beetje bij het probleem hoort 🙂

Dank je!
Sofie
""", date=dt(2024,11,8,15,15), cte='base64',
     rules=['sensitive'], cats=['medical'], about=['P0016'], kind='S',
     note='ADHD diagnosis and daily medication of a 1B pupil, given at the office')

mail('busnetwerk-info', A('bus'), 'undisclosed-recipients:;', 'Schoolbussen: nieuwe dienstregeling en afspraken', """
Geachte ouders,

Vanaf maandag 6 januari rijden onze schoolbussen volgens een aangepaste dienstregeling. De nieuwe uren per lijn (Zwartberg, Winterslag, Kolderbos, As-Opglabbeek, Bret-Gelieren en Zutendaal) vindt u op Smartschool bij "Busvervoer".

Enkele afspraken die voor alle leerlingen gelden:
- Uw kind staat 5 minuten voor het vertrekuur aan de halte. De bus wacht niet.
- Op de bus heeft elke leerling een vaste plaats; de busbegeleider kan die wijzigen.
- Eten en drinken op de bus is niet toegelaten.
- Wie een andere halte wil gebruiken, bv. omdat de leerling een dag bij de grootouders logeert, vraagt dit minstens een dag op voorhand aan via Smartschool.
- Bij vertraging van meer dan 10 minuten stuurt de school een bericht via Smartschool.

Het busabonnement wordt per trimester aangerekend op de schoolrekening.

Met vriendelijke groeten,
Jos Ramaekers
busvervoer en logistiek
""", bcc=['ouders@'+D], fmt='alt', cte='quoted-printable', date=dt(2024,12,17,12,0), kind='G',
     note='general school bus timetable and rules to all parents (Bcc)')

mail('uitstap-gsm-pincode', A('adj'), [A('aar'), A('bio')], 'uitstap-gsm voor Maastricht', """
Bart, Lieve,

Voor de uitstap naar Maastricht morgen nemen jullie de uitstap-gsm mee (ligt opgeladen op mijn bureau). Het nummer is 0471 82 63 19; dat staat ook op de briefjes die de leerlingen meekregen.

Pincode: 1357
De PUK zit in de envelop in het hoesje, gebruik die alleen als het echt moet.

Goede reis!
Ingrid
""", date=dt(2025,3,19,16,45), cte='7bit', rules=['password','personal_data'], kind='P',
     note='PIN of the school trip phone, together with its phone number')

mail('aanmelding-jeugdhulp-zakaria', A('zorg'), 'Jeroen Vandormael <jeroen.vandormael@desprong-jeugdhulp.be>', 'Aanmelding thuisbegeleiding – Zakaria C. (6D)', """
Dag Jeroen,

Zoals telefonisch besproken meld ik, met toestemming van mama en van Zakaria zelf, de vraag tot thuisbegeleiding aan.

Situatie in het kort:
- Zakaria (6D) woont sinds de scheiding in september alleen met zijn moeder en drie jongere zussen.
- Papa is naar Marokko vertrokken en er is geen contact meer.
- Mama werkt in ploegen en voelt zich overweldigd; Zakaria neemt veel zorg voor zijn zussen op zich en haalt zijn schoolwerk niet meer.
- Op school zien we een jongen die vroeger vlot meedraaide en nu vaak afwezig is op maandag.

Het CLB (Anke Swinnen) is op de hoogte en neemt de rol van trajectbegeleider op. Mama spreekt Nederlands, maar voelt zich beter in het Arabisch; onze collega Mustafa kan indien nodig tolken.

Mvg,
Sevda Korkmaz
zorgcoördinator Sint-Pieterscollege Genk
tel. 089 30 57 46
""", date=dt(2024,12,10,11,50), cte='quoted-printable',
     rules=['sensitive','personal_data'], cats=['family','care'], about=['P0292'], kind='S',
     note='referral to youth welfare home support after the parents\' separation; phone in signature')

mail('nablijven-yassine-misdirected', A('tech'), P('P0270', 2), 'Nablijven woensdag – Yassine', """
Beste ouders,

Yassine kwam deze week drie keer te laat in het eerste lesuur (maandag, dinsdag en donderdag), zonder geldige reden. Volgens het schoolreglement blijft hij daarom woensdag 12 maart na tot 13u30 in de studiezaal.

Graag uw handtekening in zijn agenda voor kennisname.

Met vriendelijke groeten,
Paweł Dudek
titularis 4C
""", date=dt(2025,3,7,15,10), cte='8bit', about=['P0180'], mis=True, kind='M',
     note='detention notice of Yassine Zerouali (4C) mailed to a parent of Yassine Benali (6B)')

mail('gsm-emma-gevonden', A('zwem'), P('P0127'), 'gsm van Emma gevonden in het zwembad', """
Beste ouders,

Na de zwemles van 3C vonden we in de meisjeskleedkamer een gsm met een roze hoesje en Emma's naam op het achterscherm. De gsm ligt veilig op het secretariaat; Emma kan hem daar vandaag vanaf 12u ophalen.

Vriendelijke groeten,
Hilde Vanoppen
zwembad
""", date=dt(2025,2,25,11,10), cte='7bit', about=['P0127'], kind='N',
     note='lost phone found in the pool; nothing sensitive')

mail('installatie-montagesoftware', A('ict'), A('mla'), 'Installatie montagesoftware + logins', """
Dag Jelle,

Zoals gevraagd: in de zip zit de installer van de capture-tool die we voor de camera's gebruiken (installeren op MONTAGE-01 tot 07, als administrator). De logins die je daarvoor nodig hebt, staan in het tekstbestand.

Nadien mag je het tekstbestand verwijderen.

Dries
""", attach=[('CaptureTool_setup.zip', 'application/zip', None),
             ('logins_medialab.txt', 'text/plain', 'Logins medialab C204 (niet doorgeven)\n\nLokale admin montage-pc\'s: .\\admin-media / Regie#C204-admin\nNAS \\\\nas-media: spc-media / NASgenk-2025\nYouTube-kanaal school: medialab.spcgenk@gmail.com / Klaar-voor-opname!9\n')],
     date=dt(2025,3,11,10,5), cte='quoted-printable', rules=['password','attachment'], kind='P',
     note='text attachment with admin and account passwords, plus a zip archive containing an installer .exe')

def fake_zip_exe():
    stub = (b'MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00\xb8' + b'\x00' * 43 + b'\x80\x00\x00\x00'
            + b'\x0e\x1f\xba\x0e\x00\xb4\t\xcd!\xb8\x01L\xcd!This program cannot be run in DOS mode.\r\r\n$' + b'\x00' * 64
            + b'PE\x00\x00L\x01\x03\x00' + b'\x00' * 200)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in (('CaptureTool/CaptureTool_setup.exe', stub),
                           ('CaptureTool/install.bat', b'@echo off\r\nCaptureTool_setup.exe /S /D=C:\\Medialab\\CaptureTool\r\n'),
                           ('CaptureTool/LEESMIJ.txt', b'Installeren als administrator.\r\n')):
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 10, 16, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()
MAILS[99]['attach'][0] = ('CaptureTool_setup.zip', 'application/zip', fake_zip_exe())

# =====================================================================================
# MAILS 101-125
# =====================================================================================
mail('chat-bilal-3b-coouderschap', A('lb2'), A('ges'), 'Bilal 3B – even ter info (uit Teams)', """
Rudi, als titularis moet jij dit ook weten. Ik plak het gesprek met Els van daarnet, zij had Bilal vorig jaar in de bijles.

[10:31] Gino Cardone
Bilal (3B) kwam net bij mij. Zijn ouders gaan uit elkaar, papa is vorige week vertrokken.
[10:32] Els Wouters
Amai, da's zwaar. Hoe is hij?
[10:34] Gino Cardone
Kwaad vooral. Hij woont nu om de week bij papa in Maasmechelen, bij zijn nieuwe vriendin. Daar heeft hij geen eigen kamer en geen wifi, dus zijn taken lukken die weken niet.
[10:35] Els Wouters
Kunnen we hem die weken in de studie laten werken na school?
[10:36] Gino Cardone
Goed idee, ik vraag het aan de titularis. Mama wil dat alle Smartschool-berichten naar beide ouders gaan, niet enkel naar haar.

Kunnen we er donderdag even over praten?
Gino
""", date=dt(2025,3,4,10,50), cte='quoted-printable',
     rules=['sensitive'], cats=['family'], about=['P0117'], kind='S',
     note='pasted Teams chat on a 3B pupil whose parents are separating, week-on week-off arrangement')

mail('nieuwjaarsbrief-directeur', A('dir'), 'undisclosed-recipients:;', 'Nieuwjaarsbrief van de directeur', """
Geachte ouders,
Beste leerlingen,

Bij het begin van dit nieuwe kalenderjaar wens ik u, ook namens het volledige schoolteam, een gezond, warm en vredevol 2025 toe. Ik hoop dat u tijdens de voorbije vakantie tijd heeft gevonden om samen te zijn met wie u dierbaar is, in Genk of elders, en dat uw kind met nieuwe energie de schoolpoort binnenstapt.

Het afgelopen trimester was voor onze school een bijzonder rijk trimester. Ik denk aan het herfstconcert van onze muziek- en dansafdeling, dat in C-mine twee keer een uitverkochte zaal trok; aan de eerste vergadering van het vernieuwde leerlingenparlement, dat met een opvallend doordacht voorstel over de fietsenstalling naar de directie kwam; aan de leerlingen van onze onthaalklas, die na amper vier maanden hun eerste voorstelling in het Nederlands brachten voor hun ouders. Zulke momenten herinneren ons eraan waarom wij elke dag graag naar school komen.

Tegelijk wil ik eerlijk zijn over de uitdagingen. Zoals veel scholen in Vlaanderen kampen ook wij met een tekort aan leerkrachten, in het bijzonder voor wiskunde en Frans. Dankzij de inzet van collega's die extra uren opnamen, konden bijna alle lessen doorgaan. Waar dit niet lukte, werd u via Smartschool verwittigd. Ik dank u voor uw begrip en ik dank mijn collega's voor hun loyaliteit.

Voor de komende maanden wil ik uw aandacht vragen voor enkele belangrijke momenten:

1. Rapporten en oudercontacten. Het rapport van het eerste trimester werd voor de vakantie meegegeven. Wie het oudercontact miste, kan via Smartschool alsnog een afspraak maken met de titularis.

2. Renovatie van het zwembad. Van 17 februari tot 7 maart wordt de filterinstallatie van ons schoolzwembad vernieuwd. In die periode vervangen lessen LO de zwemlessen.

3. Studiekeuze. Voor de leerlingen van het 2de, 4de en 6de jaar start binnenkort het studiekeuzetraject. Ik moedig u aan om de infoavonden bij te wonen en het gesprek met uw kind aan te gaan, zonder de keuze in zijn of haar plaats te maken.

4. Schoolfeest. Noteer alvast zaterdag 24 mei in uw agenda voor ons schoolfeest, waarop onze leerlingen van muziek en dans het beste van zichzelf zullen tonen.

Tot slot wil ik u danken voor het vertrouwen dat u in onze school stelt. Een school is maar zo sterk als de samenwerking tussen leerlingen, ouders en personeel. Aarzel dan ook niet om de titularis, de leerlingenbegeleiding of mijzelf aan te spreken wanneer u een vraag of een bezorgdheid heeft.

Met de meeste hoogachting en nogmaals mijn beste wensen,

Luc Hoogmartens
directeur Sint-Pieterscollege Genk
""", bcc=['ouders@'+D, 'leerlingen@'+D], fmt='alt', cte='quoted-printable', date=dt(2025,1,7,12,0), kind='G',
     note='long formal new-year letter of the headteacher to all parents and pupils (Bcc)')

mail('zwemmen-bus-maksym-ocmw', A('boek'), P('P0097', 1, 'Olena Bondarenko'), 'Schoolrekening Maksym – hulp van het OCMW', """
Beste mevrouw Bondarenko,

Maksym vertelde aan zijn titularis dat u de rekening voor het busabonnement en de schoolreis naar Brussel niet kan betalen, omdat uw werkloosheidsuitkering nog niet in orde is. Dank u dat u dit liet weten, dat is helemaal geen probleem.

Wat hebben we afgesproken?
- De rekening van 142 euro wordt uitgesteld tot eind maart.
- Ik heb met uw toestemming contact opgenomen met het OCMW Genk. Een maatschappelijk werker zal u bellen om een tussenkomst te bekijken.
- Maksym gaat gewoon mee op schoolreis.

Als u hulp wil bij het invullen van papieren, kan mevrouw Coenen van de onthaalklas u helpen (zij spreekt ook een beetje Russisch).

Met vriendelijke groeten,
Rita Schepers
boekhouding
""", date=dt(2025,2,12,10,30), cte='quoted-printable',
     rules=['sensitive'], cats=['financial'], about=['P0097'], kind='S',
     note='family cannot pay bus and trip costs, bill postponed and OCMW contacted')

mail('ecem-inhaaltoets-dansfinale', A('dans'), A('eng'), 'Ecem (3D) – inhaaltoets na dansfinale?', """
Hoi Anja,

Ecem (3D) danst vrijdag de Limburgse finale van de jeugddanswedstrijd in Hasselt met haar groep van de academie. Ze moet daarvoor om 11u vertrekken, dus ze mist jouw toets Engels het 5de uur. De directie heeft de afwezigheid al goedgekeurd.

Zou ze de toets maandag of dinsdag tijdens de middag kunnen inhalen?

Merci!
Nele
""", date=dt(2025,3,12,12,50), cte='8bit', about=['P0144'], kind='N',
     note='pupil misses a test for a dance competition final; asks for a retake, not sensitive')

mail('tuur-4a-hersenschudding', A('lo2'), [A('tech'), A('wis'), A('fra'), A('ges'), A('ned')], 'Tuur (4A) – hersenschudding', """
Dag collega's,

Tuur (4A) is dinsdag tijdens de basketles zwaar gevallen en met zijn hoofd tegen de muur gebotst. Hij werd in het ziekenhuis onderzocht: een hersenschudding. De dokter schrijft 2 weken rust voor, daarna een geleidelijke terugkeer.

Vanaf maandag is hij terug op school, maar:
- geen schermen (ook niet de laptop in de les); hij krijgt alles op papier
- geen toetsen tot 14 maart, daarna zo gespreid mogelijk
- bij hoofdpijn mag hij naar de ziekenkamer om te rusten
- uiteraard geen LO

Bedankt om hier rekening mee te houden!
Yasemin
""", date=dt(2025,2,27,17,40), cte='quoted-printable',
     rules=['sensitive'], cats=['medical'], about=['P0158'], kind='S',
     note='concussion of a 4A pupil after a fall, medical restrictions for teachers')

mail('re-waar-is-wifi-code', A('sec'), A('nieuw'), 'RE: wifi voor mijn laptop', """
Hoi Ellen,

De code van het personeelsnetwerk hangt aan het prikbord in de leraarskamer, rechts naast de koffiemachine (blauw blad). Als je er niet aan geraakt, loop even binnen bij Dries in C105, hij zet het op je laptop.

Nadia

> Van: Ellen Claesen
> Verzonden: maandag 24 februari 2025 8:03
> Wat is de code van de wifi voor personeel? Mijn laptop vindt het netwerk wel maar vraagt een sleutel.
""", date=dt(2025,2,24,8,20), cte='7bit', reply=True, kind='L',
     note='reply says where the Wi-Fi key is posted, without giving it')

mail('rosa-2a-podiumangst', A('muz'), P('P0056', 1, 'Angela Bellavia'), 'Rosa en het concert van donderdag', """
Gentile signora Bellavia,

Ik wou even rustig met u communiceren over Rosa. Op de repetitie van gisteren kreeg ze vlak voor haar stuk een paniekaanval: ze kreeg geen adem meer, begon te trillen en moest buiten gaan zitten. Ze vertelde mij dat dit de laatste weken ook 's avonds thuis gebeurt en dat ze 's nachts wakker ligt van de stress over het concert en de examens.

Natuurlijk hoeft ze donderdag niet solo te spelen. Ze mag in de groep meespelen of gewoon in de zaal zitten, zoals zij het wil. Belangrijker is dat ze hulp krijgt om met die angst om te gaan. Zou u het goed vinden dat onze leerlingenbegeleider, meneer Cardone, eens met haar praat? Hij kan ook bekijken of het CLB kan helpen.

Un caro saluto,
Tiziana Oliveri
muziek
""", date=dt(2024,12,10,17,5), cte='8bit',
     rules=['sensitive'], cats=['psychosocial'], about=['P0056'], kind='S',
     note='panic attacks and anxiety of a 2A pupil before a concert, proposal of counselling')

mail('rekening-lien-gescheiden', A('boek'), P('P0157', 1), 'Schoolrekening Lien – verdeling tussen beide ouders', """
Beste mevrouw Willems,

U liet weten dat u sinds de scheiding de schoolrekeningen van Lien alleen betaalt, terwijl volgens het vonnis beide ouders elk de helft dragen, en dat Liens papa weigert zijn deel te betalen. Het openstaande saldo bedraagt op dit moment 236,80 euro.

De school kan zich niet mengen in afspraken tussen ouders, maar we kunnen wel het volgende doen:
- vanaf het volgende trimester maken we voor elke ouder een aparte rekening van 50 procent;
- we sturen de rekening voor het aandeel van papa naar het adres dat hij zelf aan de school opgaf;
- het huidige saldo splitsen we ook in twee.

Blijft de rekening van papa onbetaald, dan volgen wij de gewone herinneringsprocedure voor zijn deel. Lien zelf merkt hier op school niets van.

Met vriendelijke groeten,
Rita Schepers
boekhouding
""", date=dt(2024,10,30,14,5), cte='quoted-printable',
     rules=['sensitive'], cats=['financial','family'], about=['P0157'], kind='S',
     note='divorced parents dispute the school bill; the school splits the invoice')

mail('strookje-emre-misdirected', A('dans'), P('P0271', 2), 'Toelating voorstelling Emre', """
Beste ouders,

Voor de voorstelling van het Limburgs Jeugdorkest in Genk op 27 maart heb ik van Emre nog geen toelatingsstrookje ontvangen. De leerlingen vertrekken om 18u30 aan de school en zijn rond 22u terug.

Gelieve het strookje te ondertekenen en mee te geven voor vrijdag.

Vriendelijke groeten,
Nele Bertels
""", date=dt(2025,3,17,9,10), cte='7bit', about=['P0186'], mis=True, kind='M',
     note='permission-slip reminder for Emre Sahin (4C) mailed to a parent of Emre Yilmaz (6B)')

mail('verkiezingen-parlement', A('parl'), A('parl'), 'Kandidaat voor het leerlingenparlement? Zo werkt het!', """
Beste leerlingen,

Op dinsdag 1 oktober kiezen we een nieuw leerlingenparlement. Elke klas vaardigt één afgevaardigde af; uit alle afgevaardigden kiezen jullie daarna samen een voorzitter en een dagelijks bestuur.

Wie kan zich kandidaat stellen?
Iedere leerling van het 1ste tot het 6de jaar, ook leerlingen van de onthaalklas.

Hoe?
1. Vul voor vrijdag 20 september het kandidatuurformulier in op Smartschool.
2. Maak een affiche (A3) met je voornaam, klas en drie ideeën. Affiches komen op het prikbord in de hal.
3. Wie voorzitter wil worden, houdt op maandag 30 september een korte speech (maximaal 2 minuten) in de aula.

Wat doet het parlement?
Het komt zes keer per jaar samen met de directie, bv. over de refter, de speelplaats, de schoolbussen of het schoolfeest, en mag elk jaar een eigen budget van 1500 euro besteden.

Vragen? Spreek mevrouw Palmans aan.
""", bcc=['leerlingen@'+D], fmt='alt', cte='quoted-printable', date=dt(2024,9,11,12,0), kind='G',
     note='general call for pupil parliament candidates to all pupils (Bcc)')

mail('fwd-smartschool-kurzweil', A('zorg'), A('ned2'), 'Fwd: Smartschool: Nieuw bericht - Kurzweil-licenties', """
Sofie, voor Selin en de andere leerlingen met voorleessoftware: zie hieronder. Installeer het eerst op je eigen laptop, dan kan je het hen tonen.
Sevda

-------- Doorgestuurd bericht --------
Onderwerp: Smartschool: Nieuw bericht - Kurzweil-licenties
Datum: Mon, 28 Oct 2024 15:02:11 +0100
Van: Smartschool <noreply@smartschool.be>
Aan: sevda.korkmaz@sintpieterscollege.be

Dries Lambrechts heeft u een bericht gestuurd:

Sevda, de schoollicentie van Kurzweil 3000 is verlengd. Leerkrachten en leerlingen met een attest loggen in op de webversie met:
school-ID: spcgenk
gebruiker: spcgenk-lkr
wachtwoord: Kurz!Lezen24
Leerlingen krijgen een eigen login via mij.
Groeten, Dries

Bekijk dit bericht op Smartschool.
""", date=dt(2024,10,29,8,10), cte='quoted-printable', fwd=True, rules=['password'], kind='P',
     note='forwarded Smartschool notification containing a shared software login and password')

mail('kaan-6b-gedragscontract', A('lb3'), A('eco'), 'Kaan (6B) – gedragscontract', """
Francesco,

Na het incident van gisteren in jouw les (Kaan gooide zijn stoel omver en riep dat hij "iemand gaat pakken na school") heb ik met Kaan en zijn mama een gedragscontract opgesteld. Het is al de vierde uitbarsting sinds de kerstvakantie; Kaan zegt zelf dat hij "zijn woede niet onder controle krijgt".

Afspraken:
- bij spanning mag Kaan zijn time-outkaart tonen en 10 minuten naar het leerlingenbegeleidingslokaal gaan
- elke vrijdag een kort evaluatiegesprek met mij
- hij volgt vanaf volgende week een agressieregulatietraining via het CLB (8 sessies)
- bij een nieuwe fysieke uitbarsting volgt een tuchtprocedure

Wil jij het contract (in zijn map in het LVS) aan de vakleerkrachten van 6B laten weten?

Els
""", date=dt(2025,1,29,12,45), cte='quoted-printable',
     rules=['sensitive'], cats=['psychosocial'], about=['P0267'], kind='S',
     note='behaviour contract and anger management for an aggressive 6B pupil')

mail('koorsolo-nisrine', A('muz'), L('P0219'), 'Solo in het schoolkoor?', """
Ciao Nisrine,

Ik heb je vorige week op de audities gehoord en ik zou je graag de solo geven in het slotlied van het lenteconcert ("Hallelujah", het tweede couplet). Je stem past er perfect bij.

Heb je zin? Dan zie ik je woensdag om 12u40 in M2 om het samen eens te proberen.

Mevrouw Oliveri
""", date=dt(2025,2,26,16,15), cte='8bit', about=['P0219'], kind='N',
     note='invitation to a pupil to sing a solo in the choir')

mail('busapp-ouder-ayoub', A('bus'), P('P0050', 1), 'Application du bus scolaire – Ayoub', """
Monsieur Ait Ouali,

Comme demandé au secrétariat : avec l'application « Kempenbus Schoolvervoer », vous pouvez voir où se trouve le bus d'Ayoub et vous recevez un message en cas de retard. Téléchargez l'application et connectez-vous avec :

nom d'utilisateur : ouder-0419
code PIN : 6624

Si vous avez des questions, Madame Coenen de la classe d'accueil peut vous aider.

Cordialement,
Jos Ramaekers
transport scolaire
""", date=dt(2024,10,9,14,20), cte='quoted-printable', lang='fr', about=['P0050'], rules=['password'], kind='P',
     note='French mail giving a parent the username and PIN of the bus tracking app')

mail('luca-2d-diabetes', A('zorg'), [A('tech'), A('ned'), A('wis'), A('lo'), A('zwem'), A('aar')], 'Luca (2D) – type 1 diabetes: wat te doen?', """
Beste collega's van 2D,

Luca (2D) heeft sinds de zomer type 1 diabetes. Hij draagt een sensor op zijn arm en een insulinepomp. Hij leert er zelf goed mee omgaan, maar zeker bij LO en zwemmen is het belangrijk dat jullie weten wat te doen. Zijn diabetesverpleegkundige van het ziekenhuis kwam gisteren uitleg geven.

| Situatie | Wat zie je? | Wat doe je? |
| Hypo (te laag) | bleek, zweten, trillen, raar gedrag | 3 druivensuikers of een brikje fruitsap geven, na 15 min opnieuw meten |
| Hyper (te hoog) | dorst, veel plassen, moe | water laten drinken, Luca laat de pomp corrigeren |
| Luca reageert niet | bewusteloos | 112 bellen, glucagonspuit in zijn boekentas, ouders verwittigen |

Luca mag altijd eten en drinken in de les, zijn gsm gebruiken om zijn waarden te checken en naar het toilet gaan zonder te vragen. Bij zwemmen gaat de pomp af en meet hij voor en na de les.

Sevda
""", fmt='alt', cte='quoted-printable', date=dt(2024,9,12,15,30),
     rules=['sensitive'], cats=['medical'], about=['P0092'], kind='S',
     note='type 1 diabetes of a 2D pupil with an action table for teachers')

mail('online-oudercontact-kobe', A('wis'), P('P0208', 1, 'A. Claes'), 'Online oudercontact vrijdag – link', """
Beste mevrouw Claes,

Zoals gevraagd kunnen we het oudercontact over Kobe vrijdag om 18u20 online houden. Hieronder de gegevens:

Microsoft Teams-vergadering
Deelnemen: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ODk2YjQx%40thread.v2/0
Vergaderings-ID: 318 446 209 773
Wachtwoord: k9Rt2W

We overlopen dan zijn rapport en de keuze voor volgend jaar (hij twijfelt tussen Economie-wiskunde en Wetenschappen-wiskunde).

Met vriendelijke groeten,
Wim Bosmans
""", date=dt(2024,12,17,16,50), cte='quoted-printable', about=['P0208'], kind='L',
     note='meeting passcode: Teams link for an online parent meeting about study choice; no credential')

mail('wifi-echange-liege-fr', A('fra'), 'Sophie Lambert <sophie.lambert@athenee-liege.be>', 'Échange du 8 avril – informations pratiques', """
Chère Sophie,

Nous nous réjouissons de vous accueillir mardi avec vos élèves ! Voici quelques informations pratiques :

- Arrivée prévue à 9h30 à l'entrée principale, rue Stalenstraat.
- Les élèves liégeois seront répartis dans les classes de 4e, avec leurs correspondants.
- Pour vous et vos collègues, le réseau Wi-Fi invité : SPC-Invites, mot de passe : Echange-Liege-2025
- Le repas de midi est prévu à la cantine (halal et végétarien disponibles).

À mardi !
Katleen Dexters
""", date=dt(2025,4,3,19,5), cte='quoted-printable', lang='fr', rules=['password'], kind='P',
     note='French mail to an exchange school giving the guest Wi-Fi password')

mail('voogd-ali-reza-1d', A('okan'), 'Lut Hermans <lut.hermans@telenet.be>', 'Ali Reza – verslag eerste trimester', """
Beste mevrouw Hermans,

Als voogd van Ali Reza ontvangt u hierbij, zoals afgesproken, een kort verslag van zijn eerste trimester in de onthaalklas.

Ali Reza Sultani, geboren op 14/05/2011, onthaalklas 1D

Leren
Ali Reza leert heel snel. Hij begrijpt eenvoudige instructies en durft al korte gesprekjes te voeren. Rekenen gaat vlot.

Welbevinden
We maken ons wel zorgen. Ali Reza vertelt dat hij nog altijd niets hoort van zijn moeder en zijn zusjes, die in Iran achterbleven. Hij slaapt slecht in het opvangcentrum, is vaak moe en huilt soms in de pauze. Vorige week zei hij dat hij "beter terug kan gaan". Onze leerlingenbegeleider heeft wekelijks een gesprek met hem.

Vraag
Zou u kunnen nagaan of er een psycholoog met een tolk Dari beschikbaar is, bv. via het CLB of Solentra? En weet u meer over de procedure voor gezinshereniging?

Met vriendelijke groeten,
Marijke Coenen
coördinator onthaalklas
""", date=dt(2024,12,19,14,10), cte='quoted-printable',
     rules=['sensitive','personal_data'], cats=['family','psychosocial'], about=['P0041'], kind='S',
     note='report to the guardian of an unaccompanied minor: no contact with mother, distress; date of birth')

mail('pesten-opvolging-misdirected', A('lb2'), P('P0073'), 'Opvolging na het gesprek van maandag', """
Beste ouders,

Na ons gesprek van maandag over de pesterijen tegen Ilyas in de klasgroep wou ik u laten weten wat we intussen gedaan hebben.

- Woensdag hebben we met zes klasgenoten een No Blame-gesprek gevoerd. Ze hebben elk een concreet voorstel gedaan om Ilyas te helpen, bv. samen op de bus zitten.
- De twee jongens die de filmpjes doorstuurden, hadden een apart gesprek met mij en de titularis. Hun ouders werden verwittigd.
- Ilyas komt elke maandag even bij mij langs om te vertellen hoe de week was.

Ik hoop dat u merkt dat Ilyas weer met iets meer plezier naar school gaat. Laat het zeker weten als dat niet zo is.

Met vriendelijke groeten,
Gino Cardone
leerlingenbegeleider
""", date=dt(2025,1,17,15,35), cte='quoted-printable',
     rules=['sensitive'], cats=['psychosocial'], about=['P0055'], mis=True, kind='M',
     note='bullying follow-up about Ilyas Bouzid (2A) mailed to the parents of Ilyas Benali (2B)')

mail('turngerief-meryem', A('lo2'), P('P0151', 1), 'Turnkledij Meryem', """
Beste ouders,

Meryem is deze maand al drie keer zonder turnkledij naar de les LO gekomen. Ze moest daardoor telkens aan de kant zitten en een schrijfopdracht maken. Kan u er mee op letten dat ze op dinsdag en donderdag haar sportzak bij heeft? Een legging of joggingbroek en sportschoenen met witte zool volstaan.

Met vriendelijke groeten,
Yasemin Tuna
LO
""", date=dt(2024,11,21,12,15), fmt='cp1252', cte='8bit', about=['P0151'], kind='N',
     note='forgotten gym clothes three times; nothing sensitive')

mail('dansgezelschap-alarm-formeel', A('dir'), 'Kinetic Dans vzw <info@kinetic-dans.be>', 'Gebruik van onze dansstudio – praktische afspraken', """
Geachte mevrouw Cornelissen,

Hartelijk dank voor de aangename samenwerking in het kader van het project "Dans in de klas". Zoals overeengekomen stelt onze school haar dansstudio D1 ter beschikking van uw gezelschap op de zaterdagen van 8 februari tot en met 29 maart, telkens van 9u tot 17u.

Graag bevestig ik u de praktische afspraken. U betreedt het gebouw via de achteringang van blok C. De sleutel bevindt zich in het sleutelkastje rechts van de deur, dat u opent met code 3108. Bij het binnenkomen schakelt u het alarm van blok C uit met code 6642, gevolgd door de toets OFF; bij het verlaten schakelt u het opnieuw in met 6642 en ON. U beschikt dan over 45 seconden om het gebouw te verlaten.

Ik verzoek u vriendelijk deze codes enkel door te geven aan de verantwoordelijke van de repetitie en ze niet te noteren in het gebouw. Bij een probleem met het alarm kan u de conciërge, de heer Gijbels, bereiken via het onderstaande nummer.

Met de meeste hoogachting,

Luc Hoogmartens
directeur
Sint-Pieterscollege Genk
tel. 089 30 57 40
""", date=dt(2025,1,31,11,0), fmt='alt', cte='quoted-printable', rules=['password','personal_data'], kind='P',
     note='formal letter to an external dance company with key-box and alarm codes; school phone in signature')

mail('re-afwezigheden-attesten', A('sec2'), P('P0163', 1, 'Agnieszka Kaczmarek'), 'RE: wanneer doktersbriefje?', """
Beste mevrouw Kaczmarek,

De regels voor afwezigheden zijn voor alle leerlingen dezelfde. Kort samengevat:

Wanneer volstaat een briefje van de ouders?
Voor een afwezigheid wegens ziekte van maximaal drie opeenvolgende kalenderdagen. U kan dat briefje maximaal vier keer per schooljaar gebruiken. Het staat achteraan in de schoolagenda of u vult het in via Smartschool.

Wanneer is een doktersattest nodig?
- bij een afwezigheid van meer dan drie opeenvolgende kalenderdagen;
- vanaf de vijfde keer dat u een ouderbriefje zou gebruiken;
- bij afwezigheid tijdens de examens, hoe kort ook.

Andere gewettigde afwezigheden zijn bv. een begrafenis van een familielid, een oproeping voor de rechtbank of een religieuze feestdag (voor de erkende feestdagen). Daarvoor bezorgt u een officieel document of een briefje.

Verwittig de school altijd dezelfde ochtend vóór 8u30 via Smartschool of het secretariaat.

Met vriendelijke groeten,
Ilse Cox
secretariaat

> Van: Agnieszka Kaczmarek
> Verzonden: donderdag 12 september 2024 20:14
> Dzień dobry, wanneer moet ik een briefje van de dokter geven en wanneer mag ik zelf een briefje schrijven? Dank u.
""", date=dt(2024,9,13,8,45), cte='quoted-printable', reply=True, kind='G',
     note='general absence and sick-note rules explained to one parent; no pupil-specific fact')

mail('mert-4b-gebroken-pols', A('bus'), A('lb2'), 'Mert (4B) – ongeval op de bus', """
Gino,

Voor jouw dossier en voor de verzekering: Mert (4B) is gisteren op de bus van lijn Winterslag gevallen toen de chauffeur hard moest remmen. Hij is met een gebroken pols naar het ZOL gebracht en werd vannacht geopereerd (plaat en schroeven). Papa belde vanmorgen: hij blijft tot vrijdag in het ziekenhuis en mag 6 weken niet schrijven met zijn rechterhand.

Ik heb de aangifte bij de schoolverzekering gedaan. Kan jij aan de klassenraad laten weten dat hij voor de examens een schrijver of een laptop met spraakherkenning nodig zal hebben?

Jos
""", date=dt(2025,5,7,9,30), cte='quoted-printable',
     rules=['sensitive'], cats=['medical'], about=['P0166'], kind='S',
     note='pupil hospitalised and operated after an accident on the school bus')

mail('overdracht-parlement-sjabloon', A('parl'), A('parl'), 'Sjabloon overdracht accounts parlement', """
Notitie voor mezelf / voor de volgende begeleider:

Bij de overdracht van het parlement in september:

- Account: [naam account]
- Wachtwoord: [zie Bitwarden, collectie "Leerlingenparlement"]
- Herstel-e-mail: [schoolmail begeleider]
- Tweestapsverificatie: [gsm van de voorzitter]

Wachtwoord altijd wijzigen na de overdracht, nooit via mail doorsturen.
""", date=dt(2025,6,20,15,0), cte='7bit', kind='L',
     note='handover template with placeholders only; no credential')

mail('gedichtenwedstrijd-lana', A('okan'), P('P0042', 1, 'Rasha Darwish'), 'Lana wint de gedichtenwedstrijd!', """
Beste mevrouw Darwish,

Met veel plezier laat ik u weten dat Lana de gedichtenwedstrijd van de Genkse bibliotheek gewonnen heeft, in de categorie "nieuwe Nederlandstaligen". Haar gedicht "Mijn nieuwe straat" gaat over de eerste dag in Genk en de jury vond het ontroerend en heel knap voor iemand die pas een jaar Nederlands leert.

De prijsuitreiking is op zaterdag 22 maart om 11u in de bibliotheek. Lana mag haar gedicht daar voorlezen. U bent natuurlijk van harte welkom!

Met vriendelijke groeten,
Marijke Coenen
onthaalklas
""", date=dt(2025,3,10,15,30), cte='quoted-printable', about=['P0042'], kind='N',
     note='newcomer pupil won a poetry contest; praise to the mother')

# =====================================================================================
# MAILS 126-150
# =====================================================================================
staff('keuken', 'Gianni Ruggiero', 'gianni.ruggiero@'+D)

mail('fwd-naar-prive-hafsa', A('lb2'), 'Gino Cardone <ginocardone@telenet.be>', 'FW: verslag CLB Hafsa 3B', """
om thuis te lezen voor morgen

""", rfc822=inner('Anke Swinnen <anke.swinnen@vclblimburg.be>', A('lb2'), 'verslag CLB Hafsa 3B', """
Dag Gino,

Hierbij een samenvatting van mijn gesprekken met Hafsa (3B) en haar mama.

Hafsa heeft sinds het begin van het schooljaar zware angstklachten: hartkloppingen en hyperventilatie op de bus en in drukke gangen, en ze vermijdt steeds vaker de speelplaats. Sinds twee weken komt ze 's ochtends niet meer buiten zonder dat mama meegaat tot aan de bushalte. Ze is aangemeld bij een psycholoog in Genk (wachttijd ongeveer 6 weken).

Voorstel voor de school, tot de therapie start:
- Hafsa mag 5 minuten vroeger uit de les om de drukte in de gangen te vermijden;
- een rustige plek tijdens de middagpauze (bib of jouw lokaal);
- een vaste vertrouwenspersoon: zij kiest zelf voor jou.

Ik kom donderdag langs om dit met jou en de titularis af te spreken.

Groeten,
Anke Swinnen
CLB-medewerker, vrij CLB Limburg
""", dt(2025,3,12,16,5), slug='clb-hafsa', mid_dom='vclblimburg.be'),
     date=dt(2025,3,12,21,40), cte='7bit', fwd=True,
     rules=['sensitive','private_account'], cats=['psychosocial','care'], about=['P0119'], kind='S',
     note='counsellor forwards a CLB report on a pupil\'s anxiety to his private telenet mailbox (attached message)')

mail('fwd-evaluatie-dounia', A('bio'), P('P0282'), 'Fwd: Smartschool – Nieuwe evaluatie: biologie', """
Beste meneer Boukhari,

Ik stuur u even de melding van Smartschool door: Dounia haalde een schitterend resultaat op het labo-verslag over enzymen. Het beste van de klas! Proficiat aan haar.

Lieve Moonen
biologie

-------- Doorgestuurd bericht --------
Van: Smartschool <noreply@smartschool.be>
Onderwerp: Nieuwe evaluatie: biologie
Datum: 4 februari 2025 16:22

Er werd een nieuwe evaluatie toegevoegd aan Skore voor Dounia Boukhari (6C).
Vak: biologie
Evaluatie: labo-verslag enzymwerking
Score: 19/20
""", date=dt(2025,2,4,17,0), fmt='alt', cte='quoted-printable', fwd=True, about=['P0282'], kind='N',
     note='forwarded Smartschool notification of an excellent score; nothing sensitive')

mail('wifi-personeel-nieuwe-sleutel', A('ict'), ['personeel@'+D], 'Nieuwe wifi-sleutel personeelsnetwerk', '', html_body="""<html><body style="font-family:Calibri,sans-serif">
<p>Beste collega's,</p>
<p>Vanaf vandaag 12u heeft het personeelsnetwerk een nieuwe sleutel (de oude was uitgelekt bij leerlingen):</p>
<p style="font-size:13pt"><b>Netwerk:</b> SPC-Personeel<br><b>Sleutel:</b> Terril#Winterslag-58</p>
<p>Je toestel vraagt automatisch om de nieuwe sleutel. Gelieve die niet aan leerlingen of bezoekers door te geven; voor bezoekers is er SPC-Guest.</p>
<p>Dries<br>ICT</p>
</body></html>
""", fmt='html', cte='quoted-printable', date=dt(2025,1,20,11,45), rules=['password','bcc'], kind='P',
     note='new staff Wi-Fi key sent with the staff group address visible in To')

mail('onthaalklas-info-fr', A('okan'), 'undisclosed-recipients:;', 'Classe d\'accueil (OKAN) – informations pour les familles', """
Chers parents,

Votre enfant vient d'arriver dans notre classe d'accueil (OKAN). Bienvenue à Genk et à l'école Sint-Pieterscollege ! Voici quelques informations importantes.

1. Les cours
Votre enfant apprend surtout le néerlandais, environ 20 heures par semaine, avec aussi des mathématiques, du sport et de la natation dans la piscine de l'école. Après environ un an, il ou elle passe dans une classe ordinaire.

2. Smartschool
Toutes les informations de l'école arrivent par Smartschool. Vous recevez une lettre avec un code personnel pour vous connecter. Si vous avez besoin d'aide, venez au secrétariat.

3. Absences
Si votre enfant est malade, prévenez l'école avant 8h30. Après trois jours, il faut un certificat médical.

4. Aide et questions
Vous pouvez toujours parler avec le professeur de la classe d'accueil. Pour les réunions de parents, nous pouvons demander un interprète, par ex. en arabe, en ukrainien, en dari ou en tigrinya.

Cordialement,
Marijke Coenen
coordinatrice de la classe d'accueil
""", bcc=['ouders-1d@'+D], fmt='alt', cte='quoted-printable', date=dt(2024,9,6,12,0), lang='fr', kind='G',
     note='general French welcome letter to parents of the reception class (Bcc)')

mail('kr-6d-robbe', A('isl'), A('lb3'), 'KR 6D – punt Robbe', """
Els,

Van de klassenraad 6D van gisteren, alleen het punt voor jou:

• Robbe S.
  – resultaten sterk achteruit sinds november (van 72 naar 51 %)
  – mama meldde op het oudercontact dat hij sinds december bij de huisarts loopt voor depressieve klachten en sinds januari antidepressiva neemt
  – slaapt slecht, zit vaak met zijn hoofd op de bank, zegt in de les "het heeft toch geen zin"
  – voorstel KR: examens in juni spreiden over twee weken, opvolging door jou + CLB

Kan jij een gesprek met hem plannen?

Mustafa
titularis 6D
""", date=dt(2025,3,27,8,35), cte='quoted-printable',
     rules=['sensitive'], cats=['psychosocial','medical'], about=['P0291'], kind='S',
     note='class-council bullet on a 6D pupil with depressive complaints and antidepressants')

mail('bus-late-viktoriia-en', A('bus'), P('P0247', 1, 'Viktor Shevchenko'), 'Viktoriia arrived late today', """
Dear Mr Shevchenko,

Just to let you know: Viktoriia arrived at school at 9:10 this morning because the school bus from Zutendaal broke down near the roundabout in Genk-Zuid. The pupils waited for a replacement bus. This is of course not counted as an unjustified late arrival, and she can make up the short test she missed in the first lesson next week.

Kind regards,
Jos Ramaekers
school transport
""", date=dt(2025,2,19,9,45), fmt='html', style='gmail', cte='7bit', lang='en', about=['P0247'], kind='N',
     note='English note to a parent: bus breakdown caused a late arrival; not sensitive')

mail('busplanning-xlsm', A('bus'), 'Guido Hermans <guido.hermans@kempenbus.be>', 'Busplanning 3de trimester', """
Dag Guido,

In bijlage de planning voor het derde trimester, met de aangepaste ritten voor de examens in juni. Het bestand is beveiligd: wachtwoord Kempen2025 (hoofdletter K). De macro berekent de vertrekuren per halte automatisch, dus even "inhoud inschakelen" aanklikken.

Mvg,
Jos
""", attach=[('busplanning_T3_2025.xlsm', 'application/vnd.ms-excel.sheet.macroEnabled.12', fake_office('xlsm'))],
     date=dt(2025,3,31,14,20), cte='quoted-printable', rules=['password','attachment'], kind='P',
     note='macro-enabled Excel attachment sent with its opening password')

mail('anouar-6c-bedreiging', A('isl'), P('P0281', 1), 'Gesprek over Anouar – incident op Instagram', """
Beste ouders van Anouar,

Ik had u graag uitgenodigd voor een gesprek op school. Anouar heeft dit weekend op Instagram een medeleerling uit 6A bedreigd, met berichten als "maandag ben je dood" en een foto van een mes. De ouders van de betrokken leerling hebben de school verwittigd en overwegen een klacht bij de politie.

Anouar heeft vandaag toegegeven dat hij de berichten stuurde, "uit woede" na een ruzie over een meisje. Hij heeft zelf ook spijt. We zien wel dat dit niet alleen staat: de voorbije maanden was hij vaker betrokken bij conflicten en reageerde hij heel snel agressief.

Ik stel voor dat we donderdag om 16u samenzitten met Anouar, u en de leerlingenbegeleider, mevrouw Wouters. Kan u mij laten weten of dat past?

Met vriendelijke groeten,
Mustafa El Ouardi
""", date=dt(2025,4,28,17,20), cte='quoted-printable',
     rules=['sensitive'], cats=['psychosocial'], about=['P0281'], kind='S',
     note='pupil threatened a classmate online; parents invited for a talk about his aggressive behaviour')

mail('vraag-reset-montagepc', A('ges'), A('ict'), 'wachtwoord montage-pc kwijt', """
Dries,

Ik ben het wachtwoord van het medialab-account op de montage-pc's kwijt (het staat niet meer in mijn notities sinds mijn nieuwe laptop). Kan jij het resetten of me toegang geven in Bitwarden? Ik heb het donderdag nodig met 5C.

Rudi
""", date=dt(2025,4,22,12,30), cte='7bit', kind='L',
     note='asks for a password reset without any value')

mail('re-zwemmen-ramadan-burkini', A('lo'), P('P0179', 1, 'Naima Zerouali'), 'RE: zwemles en ramadan', """
Beste mevrouw Zerouali,

Dank u voor uw vraag, die we elk jaar van meerdere ouders krijgen.

Zwemmen is een verplicht onderdeel van de lessen LO, ook tijdens de ramadan. Wel houden we er rekening mee dat leerlingen die vasten minder energie hebben: de leerkracht past de intensiteit aan en een leerling mag altijd even rusten aan de kant. Het water inslikken proberen we te vermijden, bv. door geen oefeningen onder water te doen in die periode.

Zwemkledij die armen en benen bedekt (burkini) is toegelaten, als ze gemaakt is van zwemstof. Een hoofddoek uit zwemstof mag ook. In de kleedkamers zijn afzonderlijke douchecabines.

Heeft u nog vragen, dan kan u mij altijd contacteren via Smartschool.

Met vriendelijke groeten,
Kris Vandael
LO

> Van: Naima Zerouali
> Verzonden: zondag 23 februari 2025 18:40
> Onderwerp: zwemles en ramadan
> Goedendag, moeten de kinderen zwemmen tijdens de ramadan? En mag een burkini?
""", date=dt(2025,2,24,10,5), cte='quoted-printable', reply=True, kind='G',
     note='general answer to one parent about swimming during Ramadan and burkinis')

mail('re-tolk-oudercontact', A('sec'), P('P0102', 2, 'Fatma Arslan'), 'RE: tolk op het oudercontact', """
Beste mevrouw Arslan,

Ja, dat kan. Voor elk oudercontact kan u een tolk aanvragen, gratis. Zo werkt het:

1. Bij het inschrijven voor het oudercontact op Smartschool vinkt u "tolk gewenst" aan en kiest u de taal, bv. Turks, Arabisch, Pools of Italiaans.
2. Wij vragen minstens een week op voorhand een tolk aan via de sociale tolkendienst. Soms is dat een telefoontolk, soms komt de tolk naar school.
3. U mag ook zelf iemand meebrengen, maar we raden af om uw kind zelf te laten vertalen.

Veel van onze leerkrachten spreken trouwens ook zelf Turks, Italiaans of Arabisch; dat kan u ook aangeven.

Met vriendelijke groeten,
Nadia Bellahcen
secretariaat

> Kan er een tolk Turks zijn op het oudercontact van december? Mijn Nederlands is niet zo goed. Bedankt, Fatma
""", date=dt(2024,11,25,9,5), cte='quoted-printable', reply=True, kind='G',
     note='general answer about interpreters at parent evenings; nothing pupil-specific')

mail('jolien-6a-rugoperatie', A('lo2'), [A('fra'), A('eng'), A('eco'), A('ges'), A('wis')], 'Jolien (6A) – terug na rugoperatie', """
Collega's van 6A,

Jolien (6A) is maandag terug na haar rugoperatie (scoliose, ze heeft twee staven in haar rug gekregen). Ze herstelt goed, maar de komende maanden:

- is ze vrijgesteld van LO en zwemmen (attest van de orthopedist ligt op het secretariaat);
- mag ze niet lang stilzitten: laat haar gerust rechtstaan achteraan of even rondwandelen;
- krijgt ze de liftsleutel, want ze mag geen zware boekentas dragen op de trap;
- heeft ze een tweede set boeken die op school blijft.

Ze is er zelf heel open over, maar vindt het vervelend als iedereen ernaar vraagt.

Yasemin
""", date=dt(2025,1,10,13,0), cte='base64',
     rules=['sensitive'], cats=['medical'], about=['P0252'], kind='S',
     note='back surgery of a 6A pupil with medical exemptions and arrangements')

mail('aurora-1c-celiachia', A('muz'), A('keuken'), 'Aurora 1C – glutenvrij', """
Ciao Gianni,

Ik weet dat jij de warme maaltijden regelt. Aurora Giordano (1C), de kleindochter van mijn buurvrouw in Winterslag, heeft celiakie (celiachia): geen gluten, ook geen sporen, anders is ze dagen ziek. De dokter heeft het vorige maand bevestigd na een biopsie. Mama durft haar daarom nog niet warm te laten eten op school.

Zou er een mogelijkheid zijn voor een glutenvrij menu, of mag ze haar eigen maaltijd meebrengen en laten opwarmen in de keuken? Mama komt graag eens langs om het uit te leggen, ze spreekt ook Italiaans met jou 😉

Grazie mille,
Tiziana
""", date=dt(2024,10,15,11,30), cte='8bit',
     rules=['sensitive'], cats=['medical'], about=['P0036'], kind='S',
     note='coeliac disease of a 1C pupil passed to the school kitchen, Italian-flavoured Dutch')

mail('parlement-voorstel-hamza', A('parl'), A('dir'), 'Voorstel parlement: waterfonteintjes', """
Dag Luc,

Op de vergadering van dinsdag wil Hamza (6C), ondervoorzitter van het parlement, het voorstel over de waterfonteintjes voorstellen. Hij heeft samen met twee leerlingen uit 4B offertes opgevraagd (drie toestellen voor samen ongeveer 4200 euro) en een enquête gedaan: 87 procent van de leerlingen zou een herbruikbare fles gebruiken.

Hij vraagt 10 minuten op de agenda. Mag ik dat bevestigen?

Sara
""", date=dt(2025,2,6,10,40), cte='quoted-printable', about=['P0280'], kind='N',
     note='pupil parliament member will present a proposal; nothing sensitive')

mail('zwemclub-alarm-sauna', A('zwem'), 'Zwemclub Genk <bestuur@zwemclubgenk.be>', 'Gebruik schoolzwembad zaterdagavond', """
Beste bestuur,

Voor jullie clubavond op zaterdag 15 maart nog de praktische afspraken. Jullie trainer komt binnen via de personeelsingang aan de achterkant van het zwembad.

- Alarm zwembad: 9172, daarna OFF. Bij het buitengaan 9172 + ON.
- Sleutel van de berging (lijnen en plankjes): in het sleutelkastje, code 404.
- Bedieningspaneel sauna: pincode 2219. Graag na gebruik uitzetten.

Bij problemen kan u mij bereiken op 0478 21 36 95.

Vriendelijke groeten,
Hilde Vanoppen
zwembad Sint-Pieterscollege
""", date=dt(2025,3,11,16,20), cte='quoted-printable', rules=['password','personal_data'], kind='P',
     note='alarm, key-box and sauna PINs given to an external swim club; mobile number in the mail')

mail('re-extra-zorg-aanvragen', A('zorg'), P('P0118', 1, 'Dirk Peeters'), 'RE: hoe vraag ik extra ondersteuning aan?', """
Beste meneer Peeters,

Dank u voor uw vraag. Onze school werkt met een zorgcontinuüm in vier fasen, voor alle leerlingen:

1. Brede basiszorg: wat elke leerling krijgt, bv. duidelijke instructies, studiebegeleiding en de lessen "leren leren" in het eerste jaar.
2. Verhoogde zorg: als een leerling iets meer nodig heeft, bv. extra tijd of een aangepaste lay-out bij toetsen. Dat wordt besproken op de klassenraad, samen met u.
3. Uitbreiding van zorg: wanneer het CLB een handelingsgericht onderzoek doet en er eventueel ondersteuning komt vanuit een ondersteuningsnetwerk.
4. Individueel aangepast curriculum: in uitzonderlijke gevallen, met eigen doelen.

Heeft u een vraag, bv. omdat u merkt dat uw kind veel moeite heeft met plannen of lezen, dan neemt u best eerst contact op met de titularis. Die bespreekt het met de zorgcoördinator en samen bekijken we welke stap zinvol is. U kan ook altijd rechtstreeks het CLB contacteren.

Met vriendelijke groeten,
Sevda Korkmaz
zorgcoördinator

> Van: Dirk Peeters
> Verzonden: woensdag 2 oktober 2024 21:11
> Hoe werkt dat eigenlijk als een kind extra hulp nodig heeft op school? Wie moet ik aanspreken?
""", date=dt(2024,10,3,9,30), cte='quoted-printable', reply=True, kind='G',
     note='general explanation of the care continuum to one parent; no pupil-specific facts')

mail('skireis-solidariteitsfonds', A('dir'), A('lo2'), 'Skireis – deelname Ilaria (6A)', """
Beste Yasemin,

Graag laat ik je weten dat de deelname van Ilaria Sciortino (6A) aan de skireis volledig betaald wordt uit het solidariteitsfonds van de school. Het gezin kan het bedrag van 685 euro dit jaar niet dragen: papa is langdurig werkloos en mama werkt halftijds. Ik heb het dossier met Rita bekeken.

Mag ik je vragen dit strikt voor jou te houden? Ilaria moet op de inschrijvingslijst staan zoals alle andere leerlingen, en de betalingsherinneringen die je naar de klas stuurt, mogen niet naar haar gezin gaan.

Met vriendelijke groeten,
Luc Hoogmartens
""", date=dt(2024,12,3,13,40), cte='quoted-printable',
     rules=['sensitive'], cats=['financial'], about=['P0262'], kind='S',
     note='ski trip of one pupil paid by the school solidarity fund because of the family\'s income')

mail('webex-vorming-privacy', A('dpo'), A('dpo'), 'Vorming informatieveiligheid – woensdag 14u', """
Beste collega's,

De verplichte vorming over informatieveiligheid voor alle scholen van de scholengroep gaat online door op woensdag 26 maart om 14u.

Deelnemen via Webex:
https://lksd.webex.com/meet/vorming-ivp
Vergadernummer: 2741 885 3092
Wachtwoord van de vergadering: Vorming25

We behandelen onder meer: veilig mailen, Bcc gebruiken, gevoelige gegevens in het leerlingvolgsysteem, en wat te doen bij een datalek.

Met vriendelijke groeten,
aanspreekpunt informatieveiligheid
""", bcc=['personeel@'+D], cte='quoted-printable', date=dt(2025,3,19,12,0), kind='L',
     note='meeting passcode: Webex training invite to all staff (Bcc); no credential')

mail('exchange-krakow-en', A('eng'), 'Agata Wrona <a.wrona@lo12.krakow.pl>', 'Your visit next week – practical info', """
Dear Agata,

We are all looking forward to welcoming you and your 24 pupils from Kraków next Monday! Some practical information for you and your colleagues:

- The staff room is on the first floor of block A; you can use it all week.
- Wi-Fi for guests: network SPC-Guest, password Muziek&Dans24
- Photocopier in the staff room: use the guest code 70412 (max. 200 copies)
- Lunch is served in the refectory at 12:05; please let us know about any dietary needs.

Our Polish-speaking colleague Paweł Dudek will be your contact person during the week.

Best wishes,
Anja Leten
English department
""", date=dt(2025,4,30,18,15), cte='quoted-printable', lang='en', rules=['password'], kind='P',
     note='English mail to a partner school giving the guest Wi-Fi password and a copier code')

mail('fwd-clb-imane-5d', A('zorg'), A('lb3'), 'FW: na gesprek Imane', """
Els, zie bijlage: het bericht van Anke na haar gesprek met Imane (5D) van vandaag. Kunnen wij morgen om 8u15 samenzitten?
Sevda
""", rfc822=inner('Anke Swinnen <anke.swinnen@vclblimburg.be>', A('zorg'), 'na gesprek Imane', """
Dag Sevda,

Ik heb Imane vandaag gezien. Ze heeft zich opnieuw gesneden, deze keer dieper dan in januari (onderarmen, ze draagt daarom altijd lange mouwen, ook bij LO). Ze zegt dat het haar "rustig maakt" als de druk thuis te groot wordt. Ze wil niet dat papa het weet; mama weet het wel.

Ik heb een afspraak voor haar gemaakt bij de huisarts voor de wondzorg en ik bekijk een doorverwijzing naar het CGG. Belangrijk dat de LO-leerkracht haar niet verplicht een T-shirt te dragen.

Groeten,
Anke
""", dt(2025,3,18,15,47), slug='clb-imane', fmt='alt', style='gmail', mid_dom='vclblimburg.be'),
     date=dt(2025,3,18,16,30), fmt='alt', cte='quoted-printable', fwd=True,
     rules=['sensitive'], cats=['psychosocial'], about=['P0244'], kind='S',
     note='forwarded CLB message as attachment: a 5D pupil has self-harmed again')

mail('camera-te-laat-jens', A('ict'), L('P0298'), 'camera nog niet terug', """
Dag Jens,

De Sony-camera die je vorige week leende voor het project geschiedenis had maandag terug moeten zijn. Andere leerlingen wachten erop. Breng je hem morgen voor 8u25 naar C204, met de lader en de geheugenkaart?

Meneer Lambrechts
""", fmt='latin1qp', date=dt(2025,4,9,15,55), about=['P0298'], kind='N',
     note='reminder to a pupil to return a borrowed camera; nothing sensitive')

mail('examenreglement-6de-jaar', A('adj'), 'undisclosed-recipients:;', 'Examens juni – afspraken voor het 6de jaar', """
Beste ouders,
Beste leerlingen van het 6de jaar,

De laatste examenperiode van het secundair onderwijs komt eraan. Hieronder de belangrijkste afspraken uit het examenreglement.

1. Aanwezigheid
De leerling is een kwartier voor het begin van het examen aanwezig. Wie te laat komt, mag nog deelnemen tot 30 minuten na de start, maar krijgt geen extra tijd.

2. Afwezigheid
Bij afwezigheid verwittigen de ouders de school vóór 8u30. Een medisch attest is altijd verplicht, ook voor één examen. De klassenraad beslist of en wanneer het examen wordt ingehaald.

3. Onregelmatigheden
Spieken of het bij zich hebben van een gsm of smartwatch tijdens het examen wordt beschouwd als fraude. Gsm's worden vóór het examen in de klas afgegeven.

4. Deliberatie en proclamatie
De deliberatie vindt plaats op 24 juni. De proclamatie is op vrijdag 27 juni om 19u in de aula, met aansluitend een receptie.

5. Rapport en diploma
Het diploma secundair onderwijs wordt uitgereikt op de proclamatie. Wie er niet kan zijn, haalt het af op het secretariaat vanaf 30 juni.

We wensen alle leerlingen veel succes!

Met vriendelijke groeten,
Ingrid Vanhees
adjunct-directeur
""", bcc=['ouders-6a@'+D, 'ouders-6b@'+D, 'ouders-6c@'+D, 'ouders-6d@'+D], fmt='alt', cte='base64',
     date=dt(2025,5,23,12,0), kind='G', note='general exam rules and proclamation info for 6th-year families (Bcc)')

mail('reddersbrevet-lukas', A('lo'), P('P0268', 1), 'Proficiat: Lukas is redder!', """
Beste ouders,

Lukas heeft zaterdag zijn brevet Hoger Redder behaald, met de beste tijd van de groep voor de 400 meter. Dat wil zeggen dat hij vanaf nu als jobstudent kan helpen bij het toezicht in ons schoolzwembad tijdens de avondzwembeurten, als hij dat wil.

Hilde Vanoppen neemt daarvoor contact met hem op.

Sportieve groeten,
Kris Vandael
""", date=dt(2025,5,12,8,50), cte='8bit', about=['P0268'], kind='N',
     note='praise: pupil obtained his lifeguard certificate')

mail('anastasiia-1d-papa', A('okan'), A('ned'), 'Anastasiia (1D) – overlijden papa', """
Hoi Kübra,

Jij hebt Anastasiia (onthaalklas 1D) volgende week in jouw les Nederlands tijdens haar snuffelstage in 2B, daarom wil ik je dit laten weten.

Vorige week kreeg het gezin het bericht dat haar papa gesneuveld is aan het front bij Pokrovsk. Anastasiia is deze week niet op school geweest en komt maandag terug. Ze is met haar mama en haar grootmoeder in Genk; er is verder geen familie hier.

Ze praat er zelf niet over en wil geen aandacht in de klas. Ze kan altijd naar mij of naar Gino als het te veel wordt; geef haar gerust een rustige plaats aan het raam.

Marijke
""", date=dt(2025,2,28,14,5), cte='quoted-printable',
     rules=['sensitive'], cats=['family','psychosocial'], about=['P0045'], kind='S',
     note='newcomer pupil\'s father was killed in the war, colleague asked to be discreet')

mail('uitwisseling-dounia', A('fra'), P('P0243', 1), 'Échange avec Liège – inscription de Dounia confirmée', """
Chers parents,

L'inscription de Dounia à l'échange avec l'Athénée de Liège (du 7 au 11 avril) est confirmée. Elle logera cette semaine-là dans une famille d'accueil ; nous vous communiquerons ses coordonnées dès que nous les aurons reçues. La semaine du 12 mai, sa correspondante viendra à son tour à Genk.

Le prix (45 euros pour le trajet en train) sera ajouté à la facture scolaire du troisième trimestre.

Bien cordialement,
Katleen Dexters
professeur de français
""", date=dt(2025,2,20,16,35), cte='quoted-printable', lang='fr', about=['P0243'], kind='N',
     note='French mail: exchange enrolment confirmed for a pupil; nothing sensitive')

# =====================================================================================
# writer
# =====================================================================================
def form_of(m):
    f = []
    base = {'plain': 'plain', 'cp1252': 'cp1252-8bit', 'latin1qp': 'latin1', 'html': 'html', 'alt': 'alt'}[m['fmt']]
    f.append(base)
    if m['fmt'] not in ('cp1252',):
        f.append({'quoted-printable': 'qp', 'base64': 'b64', '8bit': '8bit', '7bit': '7bit'}[m['cte']] if m['fmt'] != 'latin1qp' else 'qp')
    if m['reply']: f.append('reply')
    if m['fwd']: f.append('fwd-inline' if not m['rfc822'] else 'fwd-rfc822')
    elif m['rfc822']: f.append('fwd-rfc822')
    if m['attach']: f.append('attachment')
    return f

def y(v):
    return json.dumps(v, ensure_ascii=False)

def main():
    write_roster()
    for f in os.listdir(OUT):
        if f.endswith('.eml'): os.remove(os.path.join(OUT, f))
    lines = []
    for m in MAILS:
        data = build_message(m)
        with open(os.path.join(OUT, m['fname']), 'wb') as fh:
            fh.write(data)
        rcpt = [addr_only(a) for a in m['to'] + m['cc'] + m['bcc'] if '@' in a]
        mail_from = m['env_from'] or addr_only(m['frm'])
        lines.append(f"{m['fname']}:")
        lines.append(f"  rules: {y(m['rules'])}")
        if 'sensitive' in m['rules']:
            lines.append(f"  categories: {{sensitive: {y(m['cats'])}}}")
        lines.append(f"  mail_from: {mail_from}")
        lines.append(f"  rcpt: {y(rcpt)}")
        lines.append(f"  about: {y(m['about'])}")
        lines.append(f"  misdirected: {'true' if m['mis'] else 'false'}")
        lines.append(f"  note: {y(m['note'])}")
        lines.append(f"  lang: {m['lang']}")
        lines.append(f"  format: {y(m['form'] or form_of(m))}")
    with open(os.path.join(OUT, 'labels.yaml'), 'w', encoding='utf-8') as fh:
        fh.write('# batch20 – Sint-Pieterscollege campus Genk; labels written by hand, see make.py\n')
        fh.write('\n'.join(lines) + '\n')
    print(f'wrote {len(MAILS)} mails, labels.yaml and roster.csv')

if __name__ == '__main__':
    main()
