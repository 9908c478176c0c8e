#!/usr/bin/env python3
"""Batch 15 - blind labelled outgoing mail of the fictional KSO arts campus of
Sint-Pieterscollege (music, dance, drama, visual arts) with its first-grade
middle school 'De Ateliers'.  Deterministic: run `python3 make.py`.
Writes NNN-slug.eml, labels.yaml and roster.csv next to this script."""
import csv, html, io, os, random, re, unicodedata, zipfile
from datetime import datetime, timezone, timedelta
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime, getaddresses

OUT = os.path.dirname(os.path.abspath(__file__))
POL = policy.SMTP.clone(max_line_length=78)
SCHOOL_DOMAINS = ('sintpieterscollege.be', 'ksleuven.be')
GROUP_LOCALS = ('ouders', 'leerlingen', 'personeel', 'klas-', 'vakgroep-', 'ouders-', 'leerkrachten', 'team-')

# ---------------------------------------------------------------- roster
def norm(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = s.replace('ı', 'i').replace('ł', 'l')
    return re.sub(r"[^a-z0-9-]", '', s.lower().replace(' ', ''))

F = {  # key: first, last, class, parent 1, parent 2
 'lina': ('Lina', 'Mertens', '4A', 'sofie.claeys@telenet.be', 'dirk.mertens@gmail.com'),
 'zofia': ('Zofia', 'Nowak', '3C', 'agnieszka.nowak@gmail.com', ''),
 'merveille': ('Merveille', 'Kabamba', '2B', 'christelle.kabamba@hotmail.com', ''),
 'wout': ('Wout', 'Janssens', '3B', 'kris.janssens@telenet.be', 'evi.maes@telenet.be'),
 'yasmine': ('Yasmine', 'Bennani', '3B', 'rachid.bennani@gmail.com', 'salima.bennani@gmail.com'),
 'kacperw': ('Kacper', 'Wiśniewski', '3B', 'marta.wisniewska@outlook.com', ''),
 'milan': ('Milan', 'Verhoeven', '2D', 'els.vanhees@telenet.be', 'kristof.verhoeven@outlook.com'),
 'amira': ('Amira', 'El Idrissi', '2C', 'fatima.benali@hotmail.com', 'karim.elidrissi@hotmail.com'),
 'jasper': ('Jasper', 'Wouters', '5B', 'jan.wouters@proximus.be', 'lieve.decock@proximus.be'),
 'ines': ('Ines', 'Van Acker', '5A', 'veronique.vanacker@telenet.be', ''),
 'elif': ('Elif', 'Yilmaz', '2A', 'hatice.yilmaz@gmail.com', 'murat.yilmaz@gmail.com'),
 'dylan': ('Dylan', 'Peeters', '4C', 'nancy.peeters@hotmail.com', ''),
 'rune': ('Rune', 'Hendrickx', '1B', 'inge.hendrickx@telenet.be', 'peter.hendrickx@telenet.be'),
 'chloe': ('Chloë', 'Lambert', '6A', 'martine.lambert@skynet.be', ''),
 'bilal': ('Bilal', 'Ouali', '3A', 'naima.ouali@gmail.com', ''),
 'noa': ('Noa', 'Vandevelde', '1D', 'tamara.vandevelde@hotmail.com', ''),
 'sander': ('Sander', 'De Wolf', '3D', 'veerle.dewolf@proximus.be', 'johan.dewolf@proximus.be'),
 'divine': ('Divine', 'Tshibangu', '4B', 'josee.tshibangu@gmail.com', ''),
 'emir': ('Emir', 'Kaya', '1A', 'ayse.kaya@hotmail.com', 'mehmet.kaya@hotmail.com'),
 'hanne': ('Hanne', 'Vermeiren', '6B', 'griet.vermeiren@telenet.be', 'luc.vermeiren@telenet.be'),
 'arthur': ('Arthur', 'Claessens', '3A', 'sara.claessens@gmail.com', 'wim.claessens@gmail.com'),
 'febe': ('Febe', 'Martens', '5A', 'katleen.martens@telenet.be', 'stijn.martens@telenet.be'),
 'jayden': ('Jayden', 'Bogaert', '2A', 'an.verlinden@telenet.be', ''),
 'lore': ('Lore', 'Van Dyck', '6C', 'bea.vandyck@telenet.be', ''),
 'mats': ('Mats', 'Devos', '1C', 'leen.devos@gmail.com', 'pieter.devos@gmail.com'),
 'seppe': ('Seppe', 'Aerts', '4B', 'marleen.aerts@telenet.be', ''),
 'nour': ('Nour', 'Azzouzi', '4B', 'h.azzouzi@gmail.com', ''),
 'ayoub': ('Ayoub', 'Haddouchi', '1B', 'm.haddouchi@gmail.com', ''),
 'tuur': ('Tuur', 'Vanderlinden', '5C', 'ann.vanderlinden@skynet.be', 'bart.vanderlinden@skynet.be'),
 'fien': ('Fien', 'Coppens', '3D', 'katrien.dhondt@telenet.be', 'geert.coppens@skynet.be'),
 'oleks': ('Oleksandr', 'Melnyk', '2B', 'olena.melnyk@gmail.com', ''),
 'priya': ('Priya', 'Raman', '4D', 'ravi.raman@gmail.com', 'lakshmi.raman@gmail.com'),
 'nathan': ('Nathan', 'Dubois', '2D', 'sophie.dubois@skynet.be', ''),
 'robbe': ('Robbe', 'Willaert', '5C', 'nele.willaert@telenet.be', ''),
 'zeynep': ('Zeynep', 'Demir', '5C', 'serkan.demir@gmail.com', 'elif.demir@gmail.com'),
 'maja': ('Maja', 'Kowalska', '5C', 'joanna.kowalska@outlook.com', ''),
 'kerem': ('Kerem', 'Çelik', '4A', 'gulsen.celik@hotmail.com', ''),
 'jana': ('Jana', 'Van Roy', '3C', 'filip.vanroy@telenet.be', 'mieke.vanroy@telenet.be'),
 'stan': ('Stan', 'Lemaire', '5D', 'isabelle.lemaire@skynet.be', ''),
 'hiba': ('Hiba', 'Mansouri', '1A', 'khadija.mansouri@gmail.com', ''),
 'louise': ('Louise', 'Vervoort', '3B', 'hilde.vervoort@telenet.be', 'marc.vervoort@telenet.be'),
 'jules': ('Jules', 'Deprez', '4D', 'ann.deprez@gmail.com', ''),
 'noor': ('Noor', 'Haesaerts', '2C', 'lien.haesaerts@telenet.be', 'bram.haesaerts@telenet.be'),
 'amine': ('Amine', 'Chaouki', '3A', 'said.chaouki@gmail.com', ''),
 'elise': ('Elise', 'Dumont', '6D', 'carine.dumont@skynet.be', ''),
 'vic': ('Vic', 'Lenaerts', '1C', 'sarah.lenaerts@outlook.com', ''),
 'mila': ('Mila', 'Stevens', '1A', 'joke.stevens@telenet.be', 'tim.stevens@telenet.be'),
 'ruben': ('Ruben', 'Meeus', '5B', 'an.meeus@telenet.be', ''),
 'ella': ('Ella', 'Wuyts', '2B', 'tom.wuyts@skynet.be', 'sarah.dirckx@skynet.be'),
 'ilyas': ('Ilyas', 'Bakkali', '6B', 's.bakkali@hotmail.com', ''),
 'zoe': ('Zoë', 'Lievens', '4C', 'ingrid.lievens@gmail.com', ''),
 'kobe': ('Kobe', 'Van Hoof', '5D', 'dorien.vanhoof@telenet.be', ''),
 'salma': ('Salma', 'Ziani', '6C', 'abdel.ziani@gmail.com', ''),
 'lars': ('Lars', 'Verbruggen', '2A', 'evelien.verbruggen@telenet.be', ''),
 'marie': ('Marie', 'Dewulf', '1D', 'nathalie.dewulf@proximus.be', ''),
 'oliver': ('Oliver', 'Bennett', '3C', 'emma.bennett@gmail.com', 'james.bennett@gmail.com'),
 'aya': ('Aya', 'Moussaoui', '4A', 'latifa.moussaoui@hotmail.com', ''),
 'wannes': ('Wannes', 'Pauwels', '6D', 'kurt.pauwels@telenet.be', ''),
 'sara': ('Sara', 'Kowalczyk', '5B', 'ewa.kowalczyk@gmail.com', ''),
 'finn': ('Finn', 'Desmet', '4B', 'lies.desmet@telenet.be', ''),
 'jonas_pe': ('Jonas', 'Peeters', '3B', 'kathy.peeters@telenet.be', ''),
 'jonas_pt': ('Jonas', 'Peters', '4C', 'wendy.peters@telenet.be', ''),
 'lotte_cn': ('Lotte', 'Claesen', '1A', 'greet.claesen@gmail.com', ''),
 'lotte_css': ('Lotte', 'Claessens', '2A', 'bert.claessens@gmail.com', ''),
 'emma_wo': ('Emma', 'Wouters', '2D', 'nele.wouters@hotmail.com', ''),
 'emma_wa': ('Emma', 'Wauters', '2B', 'dieter.wauters@hotmail.com', ''),
 'yusuf_ay': ('Yusuf', 'Aydın', '1C', 'fatma.aydin@gmail.com', ''),
 'yusuf_ad': ('Yusuf', 'Aydemir', '1B', 'hasan.aydemir@gmail.com', ''),
 'kacper_nw': ('Kacper', 'Nowicki', '2C', 'p.nowicki@gmail.com', ''),
 'kacper_nk': ('Kacper', 'Nowakowski', '3A', 'a.nowakowski@gmail.com', ''),
 'nina_bo': ('Nina', 'Bosmans', '3D', 'caroline.bosmans@telenet.be', ''),
 'nina_bg': ('Nina', 'Bogaerts', '3C', 'kevin.bogaerts@telenet.be', ''),
 'lucas_sme': ('Lucas', 'Smeets', '5A', 'ilse.smeets@skynet.be', ''),
 'lucas_smt': ('Lucas', 'Smets', '6A', 'joris.smets@skynet.be', ''),
 'hamza_ta': ('Hamza', 'Tahiri', '4B', 'l.tahiri@hotmail.com', ''),
 'hamza_tr': ('Hamza', 'Tahri', '5C', 'y.tahri@hotmail.com', ''),
 'julie_6': ('Julie', 'Vos', '6C', 'anja.vos@telenet.be', ''),
 'julie_1': ('Julie', 'Vos', '1D', 'sven.vos@gmail.com', ''),
 'marie_gs': ('Marie', 'Goris', '1B', 'els.goris@telenet.be', ''),
 'marie_gn': ('Marie', 'Gorissen', '1A', 'koen.gorissen@telenet.be', ''),
 'kato': ('Kato', 'Segers', '1C', 'bieke.segers@telenet.be', ''),
 'adam': ('Adam', 'Bouhlal', '2C', 'n.bouhlal@gmail.com', ''),
 'thibault': ('Thibault', 'Renard', '6A', 'c.renard@skynet.be', ''),
 'emre': ('Emre', 'Şahin', '1A', 'ayse.sahin@hotmail.com', ''),
 'lowie': ('Lowie', 'Daems', '4D', 'kathleen.daems@telenet.be', ''),
 'tibo': ('Tibo', 'Maertens', '2D', 'saskia.maertens@gmail.com', ''),
 'lena': ('Lena', 'Rombouts', '4C', 'wendy.rombouts@telenet.be', ''),
}

FIRST = ('Lotte Noor Lars Wout Fien Jules Mila Lucas Elise Kobe Ella Seppe Marie Arthur Louise Vic Nina Finn '
         'Hanne Tuur Zoë Warre Lien Jef Axelle Bent Juliette Lowie Roos Mathis Ferre Ilse Stien Jasper Anouk '
         'Jarne Emma Tess Robin Margot Gust Yasmina Ilias Amine Salma Ayoub Nour Rayan Imane Bilal Hiba Adam '
         'Sami Inès Meryem Elif Emir Zeynep Yusuf Ece Kerem Defne Arda Zofia Jakub Kacper Maja Wiktoria Szymon '
         'Oliwia Grâce Merveille Christelle Joël Exaucé Bénédicte Divine Naomi Gabriel Daria Matteo Sofia '
         'Luka Mira Aiko Levi Noah Olivia Lisa Amber Kyano Milo Senne Febe Jana Thor Lou').split()
LAST = ('Peeters Janssens Maes Jacobs Mertens Willems Claes Goossens Wouters De Smet Dubois Lambert '
        'Vermeulen Hermans Aerts Van den Broeck Verstraete Michiels Verhaegen Stevens Van Damme Baeten '
        'Geerts Jansen Lemmens Hendrickx Segers Leysen Van Goethem Wuyts Cools Nijs Vandenberghe Vandamme '
        'Laenen Moens Daems Ceulemans Schepers Vanhoutte Boeckx Pauwels Vos Deckers Gielen Smolders '
        'El Khattabi Bouazza Amrani Tahiri Ouazzani Belhadj Ait Said Mahdaoui Yildiz Ozturk Arslan Aydin '
        'Kilic Dogan Kowalski Zielinski Lewandowski Wojcik Kaminska Mazur Mbuyi Kalonji Ilunga Lukusa '
        'Mukendi Kasongo Nkulu Ferreira Rossi Petrov Nguyen').split()
# some multi-word surnames glued above by split; repair them
def _fix(names):
    out, skip = [], False
    joins = {('De', 'Smet'), ('Van', 'den'), ('Van', 'Damme'), ('Van', 'Goethem'), ('El', 'Khattabi'), ('Ait', 'Said')}
    i = 0
    while i < len(names):
        if i + 1 < len(names) and (names[i], names[i + 1]) in joins:
            if names[i] == 'Van' and names[i + 1] == 'den':
                out.append('Van den ' + names[i + 2]); i += 3; continue
            out.append(names[i] + ' ' + names[i + 1]); i += 2; continue
        out.append(names[i]); i += 1
    return out
LAST = _fix(LAST)
PARENT_FIRST = ('An Katrien Peter Bart Sofie Tom Els Kristof Nathalie Hilde Jan Veerle Geert Karen Wim Inge '
                'Johan Sarah Dries Lies Fatima Mohamed Khadija Said Ayse Ahmet Emine Hakan Anna Piotr '
                'Katarzyna Tomasz Pascaline Patrick Jean Solange Evelyne Nico Kim Joris Griet Ruth Koen '
                'Marijke Steven Liesbet Hans Aicha Youssef Naima Orhan Dilek Magda Marek').split()
DOMAINS = ['telenet.be'] * 5 + ['gmail.com'] * 5 + ['hotmail.com'] * 2 + ['skynet.be', 'proximus.be', 'outlook.com']

CLASSES = [f'{g}{c}' for g in range(1, 7) for c in 'ABCD']

def build_roster():
    rng = random.Random(1515)
    by_class = {k: [] for k in CLASSES}
    used_names = set()
    used_mails = set()
    for key, (fi, la, kl, p1, p2) in F.items():
        by_class[kl].append((key, fi, la, p1, p2))
        used_names.add((fi, la))
        used_mails.update(x for x in (p1, p2) if x)
    featured_last = {v[1] for v in F.values()} | {'Lemmens', 'Claes', 'Goossens', 'Jacobs', 'Maes', 'Hermans',
        'Willems', 'Vermeulen', 'Amrani', 'Van Damme', 'Smets', 'De Smet'}  # no pupil shares a staff surname
    sizes = [13 if i % 2 == 0 else 12 for i in range(len(CLASSES))]
    for kl, size in zip(CLASSES, sizes):
        while len(by_class[kl]) < size:
            fi, la = rng.choice(FIRST), rng.choice(LAST)
            if (fi, la) in used_names or la in featured_last:
                continue
            used_names.add((fi, la))
            mails = []
            for _ in range(2 if rng.random() < 0.7 else 1):
                while True:
                    pf = rng.choice(PARENT_FIRST)
                    m = f'{norm(pf)}.{norm(la)}@{rng.choice(DOMAINS)}'
                    if m not in used_mails:
                        break
                used_mails.add(m); mails.append(m)
            mails += [''] * (2 - len(mails))
            by_class[kl].append((None, fi, la, mails[0], mails[1]))
        rng.shuffle(by_class[kl])
    rows, keys, n = [], {}, 0
    for kl in CLASSES:
        for key, fi, la, p1, p2 in sorted(by_class[kl], key=lambda r: (norm(r[2]), norm(r[1]))):
            n += 1
            pid = f'P{n:04d}'
            mail = f'{norm(fi)}.{norm(la)}@leerling.sintpieterscollege.be'
            rows.append((pid, fi, la, kl, mail, p1, p2))
            if key:
                keys[key] = dict(id=pid, first=fi, last=la, klas=kl, mail=mail, p1=p1, p2=p2)
    return rows, keys

ROSTER, R = build_roster()

def pid(*keys):
    return [R[k]['id'] for k in keys]

# ---------------------------------------------------------------- mail builder
MAILS = []
TZ1, TZ2 = timezone(timedelta(hours=1)), timezone(timedelta(hours=2))

def dt(s):
    d = datetime.strptime(s, '%Y-%m-%d %H:%M')
    summer = (d.month, d.day) >= (3, 30) and d.month < 10 or (d.month == 10 and d.day < 27)
    return d.replace(tzinfo=TZ2 if summer else TZ1)

def addr_of(s):
    return getaddresses([s])[0][1].lower()

def is_school(a):
    dom = a.split('@')[1]
    return any(dom == d or dom.endswith('.' + d) for d in SCHOOL_DOMAINS)

def is_group(a):
    loc = a.split('@')[0]
    return is_school(a) and any(loc == g or (g.endswith('-') and loc.startswith(g)) for g in GROUP_LOCALS)

def esc(s):
    return html.escape(s, quote=False)

def txt2html(text, font='Calibri', size='11.0pt'):
    paras = []
    for block in text.strip('\n').split('\n\n'):
        lines = [esc(l) for l in block.split('\n')]
        paras.append('<p class=MsoNormal>' + '<br>\n'.join(lines) + '<o:p></o:p></p>')
    return outlook('\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n'.join(paras), font, size)

def outlook(inner, font='Calibri', size='11.0pt'):
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:%s; font-family:"%s",sans-serif;}\n'
            'table.tab {border-collapse:collapse;} table.tab td, table.tab th {border:solid #A6A6A6 1.0pt; padding:2.0pt 5.0pt;}\n'
            '--></style>\n</head>\n<body lang=NL-BE link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class=WordSection1>\n%s\n</div>\n</body>\n</html>\n') % (size, font, inner)

def quote(text, header):
    return header + '\n' + '\n'.join(('> ' + l) if l else '>' for l in text.strip('\n').split('\n'))

def table(rows, head=True):
    out = ['<table class=tab border=1 cellspacing=0 cellpadding=0>']
    for i, r in enumerate(rows):
        tag = 'th' if head and i == 0 else 'td'
        out.append('<tr>' + ''.join(f'<{tag}><p class=MsoNormal>{esc(str(c))}</p></{tag}>' for c in r) + '</tr>')
    out.append('</table>')
    return '\n'.join(out)

def mail(slug, *, frm, to, subject, date, body=None, htmlbody=None, cc=(), bcc=(), kind='plain',
         cte='quoted-printable', charset='utf-8', hcte=None, attach=(), rfc822=None, rules=(), cats=None,
         about=(), misdirected=False, note='', lang='nl', fmt=(), mail_from=None, headers=(),
         reply_to=None, in_reply_to=None, to_header=None, xmailer=None):
    MAILS.append(dict(slug=slug, frm=frm, to=list(to), subject=subject, date=date, body=body,
                      htmlbody=htmlbody, cc=list(cc), bcc=list(bcc), kind=kind, cte=cte, charset=charset,
                      hcte=hcte, attach=list(attach), rfc822=rfc822, rules=list(rules), cats=cats,
                      about=list(about), misdirected=misdirected, note=note, lang=lang, fmt=list(fmt),
                      mail_from=mail_from, headers=list(headers), reply_to=reply_to,
                      in_reply_to=in_reply_to, to_header=to_header, xmailer=xmailer))

def inner_msg(frm, to, subject, date, body, cc=(), mid='inner'):
    m = EmailMessage(policy=POL)
    m['Date'] = format_datetime(dt(date))
    m['From'] = frm
    m['To'] = ', '.join(to)
    if cc:
        m['Cc'] = ', '.join(cc)
    m['Subject'] = subject
    dom = addr_of(frm).split('@')[1]
    m['Message-ID'] = f'<{mid}.{dt(date).strftime("%Y%m%d%H%M")}@{dom}>'
    m.set_content(body, charset='utf-8', cte='quoted-printable')
    return m

def zip_bytes(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 10, 9, 0, 0))
            z.writestr(zi, data)
    return buf.getvalue()

def render(n, m):
    msg = EmailMessage(policy=POL)
    d = dt(m['date'])
    msg['Date'] = format_datetime(d)
    msg['From'] = m['frm']
    msg['To'] = m['to_header'] or ', '.join(m['to'])
    if m['cc']:
        msg['Cc'] = ', '.join(m['cc'])
    msg['Subject'] = m['subject']
    dom = addr_of(m['frm']).split('@')[1]
    msg['Message-ID'] = f'<{d.strftime("%Y%m%d%H%M%S")}.{n:03d}b15@{dom}>'
    if m['in_reply_to']:
        msg['In-Reply-To'] = m['in_reply_to']
        msg['References'] = m['in_reply_to']
    if m['reply_to']:
        msg['Reply-To'] = m['reply_to']
    for k, v in m['headers']:
        msg[k] = v
    if m['xmailer']:
        msg['X-Mailer'] = m['xmailer']
    kind = m['kind']
    if kind == 'plain':
        msg.set_content(m['body'], subtype='plain', charset=m['charset'], cte=m['cte'])
    elif kind == 'html':
        msg.set_content(m['htmlbody'], subtype='html', charset=m['charset'], cte=m['cte'])
    elif kind == 'alt':
        msg.set_content(m['body'], subtype='plain', charset=m['charset'], cte=m['cte'])
        h = m['htmlbody'] if m['htmlbody'] is not None else txt2html(m['body'])
        msg.add_alternative(h, subtype='html', charset=m['charset'], cte=m['hcte'] or m['cte'])
    for a in m['attach']:
        fname, data, mt, st = a[:4]
        acte = a[4] if len(a) > 4 else 'base64'
        if isinstance(data, str):
            msg.add_attachment(data, subtype=st, charset='utf-8', cte=acte, filename=fname)
        else:
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    if m['rfc822'] is not None:
        msg.add_attachment(m['rfc822'], filename=m['rfc822'].get('Subject', 'bericht')[:40] + '.eml')
    i = 0
    for part in msg.walk():
        if part.get_content_maintype() == 'multipart':
            i += 1
            part.set_boundary(f'----=_NextPart_b15_{n:03d}_{i:02d}_{d.strftime("%H%M")}')
    return msg

# ---------------------------------------------------------------- signatures
SCHOOL = 'Sint-Pieterscollege – Kunstcampus (KSO)'
ADR = 'Tervuursevest 88, 3000 Leuven'
MS = 'Middenschool De Ateliers, Vaartkom 14, 3000 Leuven'

# ================================================================ PASSWORD (50)
S = 'sintpieterscollege.be'
MARLEEN = 'Marleen Claes <marleen.claes@sintpieterscollege.be>'
EDDY = 'Eddy Vandenbroeck <eddy.vandenbroeck@sintpieterscollege.be>'
BART = 'Bart Lemmens <bart.lemmens@sintpieterscollege.be>'
EVI = 'Evi Sterckx <evi.sterckx@sintpieterscollege.be>'
JONAS = 'Jonas Dierickx <jonas.dierickx@sintpieterscollege.be>'
KOEN = 'Koen Maes <koen.maes@sintpieterscollege.be>'
HILDE = 'Hilde Verbeeck <hilde.verbeeck@sintpieterscollege.be>'
NADIA = 'Nadia El Amrani <nadia.elamrani@sintpieterscollege.be>'
GRIET = 'Griet Van Damme <griet.vandamme@sintpieterscollege.be>'
ILSE = 'Ilse Jacobs <ilse.jacobs@sintpieterscollege.be>'
YOUSSEF = 'Youssef Bouzid <youssef.bouzid@sintpieterscollege.be>'
PJ = 'Pieter-Jan Goossens <pieter-jan.goossens@sintpieterscollege.be>'
ELS = 'Els Peeters <els.peeters@sintpieterscollege.be>'
TOMW = 'Tom Willems <tom.willems@sintpieterscollege.be>'
KATRIEN = 'Katrien Smets <katrien.smets@sintpieterscollege.be>'
WIM = 'Wim De Smedt <wim.desmedt@sintpieterscollege.be>'
LIEVE = 'Lieve Janssens <lieve.janssens@sintpieterscollege.be>'
RITA = 'Rita Hermans <rita.hermans@sintpieterscollege.be>'
SOFIE = 'Sofie Wouters <sofie.wouters@sintpieterscollege.be>'
MATHIAS = 'Mathias Dewit <mathias.dewit@sintpieterscollege.be>'
LOTTEV = 'Lotte Vanhove <lotte.vanhove@sintpieterscollege.be>'
SARAHV = 'Sarah Vanmechelen <sarah.vanmechelen@sintpieterscollege.be>'
JOKE = 'Joke Cuypers <joke.cuypers@sintpieterscollege.be>'
STEFAAN = 'Stefaan Vranckx <stefaan.vranckx@sintpieterscollege.be>'
NELE = 'Nele Van Gorp <nele.vangorp@sintpieterscollege.be>'
TINE = 'Tine Vermeulen <tine.vermeulen@clb-leuven.be>'
FRANS = 'Frans Geerts <frans.geerts@skynet.be>'
KEVIN = 'Kevin Peeters <kevin.peeters@dijleland-ict.be>'
SECR = 'Secretariaat Kunstcampus <secretariaat@sintpieterscollege.be>'

def P(k):
    return R[k]

mail('alarmcode-harmonie-zaterdag', frm=MARLEEN, to=[EDDY], subject='zaterdag repetitie harmonie',
     date='2024-10-03 15:42', body="""Dag Eddy,

Zaterdag heeft de harmonie van Kessel-Lo de concertzaal van 9u tot 17u. Jij doet open om half 9.
Ze hebben de nieuwe alarmcode nog niet, dus jij moet het alarm uitzetten en op het einde terug opzetten.
Nieuwe code sinds de aanpassing van vorige week: 7319 en dan de toets UIT. (de oude werkt niet meer, die heeft de firma gewist)

Sleutel van de artiesteningang hangt in het kastje achter het onthaal.

Groetjes
Marleen""", rules=['password'], note='secretariat gives the caretaker the new alarm code so he can open for a weekend rental',
     fmt=['plain', 'qp'])

mail('koor-cantabile-toegang-studio3', frm=MARLEEN, to=['An Wuyts <an.wuyts@gmail.com>'],
     subject='Bevestiging huur koorlokaal (studio 3) - donderdagavonden 2024-2025', date='2024-09-12 10:05',
     kind='alt', body="""Beste mevrouw Wuyts,

Hierbij bevestigen wij de huur van studio 3 (koorlokaal, 1e verdieping) voor Koor Cantabile op donderdagavond van 20.00 tot 22.00 uur, vanaf 19 september tot en met 26 juni, met uitzondering van de schoolvakanties.

Praktisch:
- Toegang via de zij-ingang in de Vesaliusstraat. Het klavier naast de deur gaat open met code 406219, gevolgd door #.
- In het koorlokaal kan u het gastennetwerk gebruiken: netwerk KSO-Gast, wachtwoord Cantabile!2024 (geldig tot eind juni).
- Het alarm staat op donderdag niet op; onze huisbewaarder is aanwezig tot 22.30 uur.
- De vleugel mag gebruikt worden, maar niet verplaatst.

Wij vragen om de code enkel door te geven aan de dirigent en de bestuursleden.

Met vriendelijke groeten,

Marleen Claes
Secretariaat
Sint-Pieterscollege – Kunstcampus
Tervuursevest 88, 3000 Leuven
T 016 29 41 70""", rules=['password', 'personal_data'],
     note='rental confirmation to an outside choir with the side-door keypad code and guest Wi-Fi password; school phone in signature',
     fmt=['alt', 'qp'])

mail('compagnie-lumiere-residence', frm=MARLEEN, to=['Julie Marchal <julie.marchal@cielumiere.be>'],
     subject='Résidence studio de danse 2 – infos pratiques', date='2025-03-27 11:20', kind='alt', body="""Bonjour Madame Marchal,

Suite à notre échange téléphonique, voici les informations pratiques pour votre résidence au studio de danse 2 pendant les vacances de Pâques (du 7 au 17 avril).

L'école est fermée pendant les vacances, il n'y a donc personne à l'accueil. Vous entrez par la porte des artistes (Handbooghof).
• Boîtier à clés à gauche de la porte : code 1704. La clé du studio 2 et le badge y sont.
• Alarme : au tableau derrière la porte, tapez 5528 puis OFF. En partant, 5528 puis ON (vous avez 45 secondes).
• Wifi : réseau KSO-Gast, mot de passe Lumiere-avril25

Merci de remettre la clé et le badge dans le boîtier le dernier jour et de refermer le boîtier.

Bien cordialement,

Marleen Claes
Secrétariat – Kunstcampus Sint-Pieter
Leuven""", rules=['password'], lang='fr',
     note='French practical mail to a Brussels dance company renting a studio: key-box code, alarm code and Wi-Fi password',
     fmt=['alt', 'qp'])

mail('liyo-concert-hall-tech', frm=JONAS, to=['Sarah Collins <sarah.collins@liyo.org>'],
     subject='Saturday 15 Feb - concert hall tech info', date='2025-02-11 16:48', body="""Hi Sarah,

Quick tech info for Saturday.

Load-in from 13:00 via the loading dock at the back (Handbooghof). I'll be there myself.
House lights: there's a small touch panel next to the stage left door. It's locked with PIN 2468 so the kids don't play with it :) You need it for the intermission.
Wi-Fi backstage: KSO-Tech / Stagehand-7731 (please don't hand it out to the audience, it's also the network for the desk).
Stage is 12 x 9 m, risers for the strings are already in place.

If anything goes wrong on the day call my mobile: +32 478 55 21 09

Cheers,
Jonas Dierickx
stage technician - Kunstcampus Sint-Pieter""", cte='7bit', lang='en',
     rules=['password', 'personal_data'],
     note='stage technician gives a visiting youth orchestra the house-light panel PIN and backstage Wi-Fi key; mobile number',
     fmt=['plain', '7bit'])

q = """Goeiemiddag Evi,
Ik ben zaterdag opnieuw van dienst aan de kassa maar ik weet niet meer hoe ik op die computer geraak. Vorige keer deed Marleen dat. Kan u mij dat nog eens sturen?
Groeten, Frans Geerts"""
mail('kassa-pc-login-frans', frm=EVI, to=[FRANS], subject='Re: kassa zaterdag', date='2025-03-05 13:14',
     in_reply_to='<CAF3x9kassa@mail.skynet.be>', body="""Dag Frans,

Geen probleem! Aanmelden op de kassa-pc (links aan de balie in de inkomhal):
gebruiker: kassa1
paswoord: Zaal88Kassa

Daarna opent Ticketflow normaal vanzelf. Als het vraagt om opnieuw in te loggen in Ticketflow: dat is hetzelfde.
Wisselgeld ligt klaar in de kluis, Eddy opent die voor jou.

Alvast bedankt en tot zaterdag!
Evi

""" + quote(q, 'Op wo 5 mrt 2025 om 11:02 schreef Frans Geerts <frans.geerts@skynet.be>:'),
     rules=['password'], note='reply to the ticketing volunteer with the box-office PC login and password', fmt=['plain', 'reply', 'qp'])

mail('interim-lotte-logins', frm=MARLEEN, to=['Lotte Vanhove <lotte.vanhove@gmail.com>'],
     subject='Welkom! Je gegevens voor maandag', date='2025-01-30 16:22', body="""Dag Lotte,

Fijn dat je vanaf maandag 3 februari de opdracht Nederlands van mevrouw Cuypers overneemt (1A, 1C, 2B en 3B). Hieronder alles wat je nodig hebt om meteen te kunnen starten. Je schoolmailadres werkt pas vanaf vrijdagavond, daarom stuur ik het naar dit adres.

1. Smartschool
   gebruikersnaam: lotte.vanhove
   startwachtwoord: Welkom-SPC-4417
   (bij de eerste aanmelding moet je een eigen wachtwoord kiezen)

2. Microsoft 365 (mail, Teams, OneDrive)
   lotte.vanhove@sintpieterscollege.be
   tijdelijk wachtwoord: Tmp#82kQ!vz

3. Kopieerapparaten (personeelskamer en middenschool)
   persoonlijke code: 3391

4. Sleutels en badge: af te halen maandag om 8u bij mij op het secretariaat.

Je lessenrooster en de jaarplannen zet mevrouw Cuypers in Teams. Je meter is Sarah Vanmechelen (Nederlands, middenschool).

Veel succes en welkom in ons team!

Marleen Claes
secretariaat Kunstcampus
016 29 41 70""", rules=['password', 'personal_data'],
     note='secretariat sends a mid-year substitute her Smartschool, Microsoft 365 and copier credentials at her private address',
     fmt=['plain', 'qp', 'numbered-list'])

# P07 CSV of 1B chromebook start passwords
_rng = random.Random(7)
_words = ['Viool', 'Cello', 'Trompet', 'Palet', 'Spotlicht', 'Decor', 'Coulisse', 'Pirouette', 'Fluit', 'Harp',
          'Atelier', 'Podium', 'Schets', 'Trommel']
_rows = [r for r in ROSTER if r[3] == '1B']
_csv = 'Naam;Voornaam;Klas;Login;Startwachtwoord;Toestel\n' + ''.join(
    f'{r[2]};{r[1]};1B;{r[4].split("@")[0]};{_rng.choice(_words)}{_rng.randint(1000, 9999)};CB-1B-{i + 1:02d}\n'
    for i, r in enumerate(_rows))
mail('chromebooks-1b-startwachtwoorden', frm=BART, to=[SARAHV], subject='Chromebooks 1B - startwachtwoorden',
     date='2024-09-04 07:51', body="""Hoi Sarah,

In bijlage de lijst voor je klas met de logins en startwachtwoorden voor de chromebooks. Zou je ze tijdens je klasuur kunnen uitdelen (strookjes knippen)? Bij de eerste aanmelding moeten ze zelf een nieuw wachtwoord kiezen, minstens 10 tekens.

Wie vastloopt mag in de middagpauze naar lokaal 0.03 komen.

Thx!
Bart""", attach=[('1B_chromebooks_startwachtwoorden.csv', _csv, 'text', 'csv', 'base64')],
     rules=['password'], about=[r[0] for r in _rows],
     note='IT coordinator sends the class teacher a CSV with every 1B pupil login and Chromebook start password',
     fmt=['plain', 'qp', 'attachment-csv'])

k = P('kato')
mail('reset-kato-chromebook', frm=BART, to=[f"{k['first']} {k['last']} <{k['mail']}>"], subject='je wachtwoord',
     date='2024-11-18 12:40', body="""Hallo Kato,

Ik heb je wachtwoord gereset. Je kan nu aanmelden met:

Potlood-5173

Daarna vraagt de chromebook om een nieuw wachtwoord. Kies iets wat je zelf kan onthouden en vertel het aan niemand, ook niet aan je vriendinnen.

Meneer Lemmens""", rules=['password'], about=pid('kato'),
     note='IT coordinator gives a first-grade pupil a reset temporary password', fmt=['plain', 'qp'])

k = P('adam')
mail('coaccount-ouder-adam', frm=SECR, to=[k['p1']], subject='Smartschool co-account', date='2024-09-20 09:33',
     body="""Beste mevrouw Bouhlal,

U vroeg ons aan de balie om uw gegevens voor Smartschool opnieuw te bezorgen. Met dit co-account kan u de berichten, de agenda en de schoolrekening van Adam (2C) volgen.

Adres: https://kunstcampus.smartschool.be
Gebruikersnaam: adam.bouhlal
Kies bij het aanmelden: co-account 1
Wachtwoord: zk7Mp3qa

Wij raden aan om na het aanmelden meteen een eigen wachtwoord in te stellen via uw profiel.

Met vriendelijke groet,
Het secretariaat""", rules=['password'], about=pid('adam'),
     note="secretariat sends a parent the Smartschool co-account login and password of her son's account", fmt=['plain', 'qp'])

mail('dijleland-google-admin', frm=BART, to=[KEVIN], subject='enrollment chromebooks donderdag',
     date='2024-08-26 21:05', body="""Kevin,

Voor donderdag (enrollment van de 120 nieuwe chromebooks middenschool): je kan inloggen met het beheeraccount

admin-ateliers@sintpieterscollege.be
R!ver-Dijle-2025

De OU is /Leerlingen/Middenschool/1ste jaar. Wifi-profiel staat er al in. Ik ben er pas om 10u, Eddy doet open.

Bart
0496 30 12 77""", rules=['password', 'personal_data'],
     note='IT coordinator hands the external IT firm the Google admin account and password for Chromebook enrollment; mobile in signature',
     fmt=['plain', 'qp'])

pl = [P(x) for x in ('jules', 'ruben', 'tuur', 'sara')]
rows = [('Leerling', 'Klas', 'Instrument', 'Kastje', 'Cijfercombinatie')]
for p_, ins, kast, code in zip(pl, ('cello', 'trompet', 'slagwerk (stokken, pad)', 'viool'),
                               ('B-12', 'B-14', 'B-15', 'B-21'), ('4-1-9', '0-6-6', '8-3-2', '5-5-7')):
    rows.append((f"{p_['first']} {p_['last']}", p_['klas'], ins, kast, code))
txt = 'Hoi Wim en Katrien,\n\nDe nieuwe hangsloten zitten op de instrumentkastjes in de gang van blok B. Hieronder de combinaties van jullie leerlingen, dan kunnen jullie helpen als iemand het vergeten is:\n\n' + \
      '\n'.join(' | '.join(r) for r in rows) + '\n\nDe reservesleutels liggen bij Eddy.\n\nGroetjes,\nLieve'
htm = outlook('<p class=MsoNormal>Hoi Wim en Katrien,</p><p class=MsoNormal>&nbsp;</p>'
              '<p class=MsoNormal>De nieuwe hangsloten zitten op de instrumentkastjes in de gang van blok B. Hieronder de combinaties van jullie leerlingen, dan kunnen jullie helpen als iemand het vergeten is:</p><p class=MsoNormal>&nbsp;</p>'
              + table(rows) + '<p class=MsoNormal>&nbsp;</p><p class=MsoNormal>De reservesleutels liggen bij Eddy.</p>'
              '<p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Groetjes,<br>Lieve</p>')
mail('instrumentkastjes-combinaties', frm=LIEVE, to=[WIM, KATRIEN], subject='combinaties instrumentkastjes blok B',
     date='2024-09-09 17:30', kind='alt', body=txt, htmlbody=htm, rules=['password'], about=pid('jules', 'ruben', 'tuur', 'sara'),
     note='music teacher shares an HTML table with the padlock combinations of pupils instrument lockers', fmt=['alt', 'html-table'])

mail('kostuumdepot-sleutelkluis-interim', frm=RITA, to=[MATHIAS], subject='kostuumdepot', date='2025-02-24 08:12',
     charset='windows-1252', cte='8bit', body="""Dag Mathias,

Welkom bij ons! Ik ben er op maandag en donderdag niet, dus voor de kostuums van de lentevoorstelling moet je soms zelf in het depot (kelder, gang D, na de wasruimte).

Het sleutelkluisje naast de deur gaat open met 0912. Daar hangt de sleutel van het depot én die van de wasruimte. Gelieve alles terug te hangen en het kluisje dicht te draaien, anders heb ik ’s morgens een probleem.

Kostuums die je meeneemt: noteren op het blad op de deur (naam leerling + nummer van het kostuum).

Groetjes,
Rita
kostuumatelier""", rules=['password'],
     note='costume-depot manager gives the new substitute dance teacher the key-safe code', fmt=['plain', 'cp1252-8bit'])

mail('opendeur-wifi-personeel', frm=BART, to=['personeel@sintpieterscollege.be'], subject='wifi opendeurdag zondag',
     date='2025-03-13 14:03', body="""Beste collega's,

Voor de opendeurdag van zondag hebben we een apart gastennetwerk aangemaakt voor de bezoekers:

netwerk: SPC-Opendeur
sleutel: Kunst-Open-2025

Hang het gerust uit in jullie lokaal. Geef AUB niet het personeelsnetwerk door, daar hangen de digitale borden op.
Het netwerk wordt maandag weer uitgezet.

Bart
ICT""", rules=['password', 'bcc'],
     note='Wi-Fi key for the open day sent to the whole staff with the group address visible in To', fmt=['plain', 'qp'])

q = """Dag Marleen,
Sorry om te storen, ik ben nieuw (interim beeldende kunst voor Els) en ik kan niet kopiëren in de leraarskamer. Het toestel vraagt een code. Welke moet ik gebruiken?
Ruth"""
mail('kopieercode-ruth', frm=MARLEEN, to=['Ruth Dewaele <ruth.dewaele@sintpieterscollege.be>'], subject='RE: kopiëren',
     date='2024-11-06 10:18', kind='alt', in_reply_to='<AM0PR02MB5521.ruth@eurprd02.prod.outlook.com>',
     body="""Dag Ruth,

Je persoonlijke kopieercode is 6620. De grote printer in het atelier (A3) vraagt ook een pincode bij het afdrukken vanaf de laptop: dat is dezelfde.

Welkom!
Marleen

Van: Ruth Dewaele <ruth.dewaele@sintpieterscollege.be>
Verzonden: woensdag 6 november 2024 10:02
Aan: Marleen Claes <marleen.claes@sintpieterscollege.be>
Onderwerp: kopiëren

""" + q, rules=['password'], note='secretariat replies to a new substitute with her personal copier PIN', fmt=['alt', 'reply', 'outlook'])

mail('berging-podium-onderwerp', frm=JONAS, to=[EDDY], subject='code berging podium = 3804#', date='2025-01-17 18:47',
     body="""zie onderwerp, de oude code is eruit want die lag bij de verhuurders

Jonas

Verzonden vanaf mijn iPhone""", cte='7bit', rules=['password'],
     note='the door code of the stage storage room is given in the subject line only', fmt=['plain', '7bit', 'subject-only'])

mail('instagram-dans-account', frm=ILSE, to=[YOUSSEF], subject='insta dansafdeling', date='2024-12-09 21:36', body="""Hey Youssef,

Zou jij de foto's van de wintervoorstelling op onze insta willen zetten? Ik geraak er deze week niet aan.

account: kso.dans.leuven
ww: Pirouette_2024!

Tweestapsverificatie staat op mijn gsm, dus stuur me even een berichtje als hij een code vraagt dan geef ik die door. Enkel foto's waar alle leerlingen toestemming voor hebben (lijst hangt in de dansstudio).

Merci!!
Ilse""", rules=['password'], note="dance teacher gives a colleague the shared Instagram account's password", fmt=['plain', 'qp'])

mail('zoom-livestream-licentie', frm=BART, to=[PJ], subject='livestream toonmoment 6de jaar', date='2025-05-20 15:55',
     kind='alt', body="""Dag Pieter-Jan,

Voor de livestream van het toonmoment (donderdag 20u) gebruiken we ons betalend Zoom-account, niet je eigen. Aanmelden op de laptop in de regiekamer met:

livestream@sintpieterscollege.be
Podium#Zoom24

Start de webinar vanuit dat account; de link voor de ouders stuurt Evi via Smartschool. Camera's staan al goed, Jonas weet hoe de mengtafel naar de laptop gaat.

Groeten,
Bart""", rules=['password'],
     note="login and password of the school's licensed Zoom account (an account credential, not a meeting passcode)",
     fmt=['alt', 'qp'])

_xlsm = zip_bytes([('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'),
                   ('xl/workbook.xml', '<workbook/>'), ('xl/vbaProject.bin', b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + b'\x00' * 64 + b'Attribute VB_Name = "KassaAfsluiten"')])
rows = [('Vrijwilliger', 'Scanner-app', 'PIN'), ('Frans Geerts', 'scan01', '5521'), ('Jeanine Wouters', 'scan02', '8860'),
        ('Roger Mommaerts', 'scan03', '1947')]
htm = outlook('<p class=MsoNormal>Dag Frans,</p><p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Zoals beloofd de gegevens voor de lentevoorstelling (29 en 30 maart). Wil jij ze aan Jeanine en Roger geven als ze toekomen?</p><p class=MsoNormal>&nbsp;</p>'
              + table(rows) + '<p class=MsoNormal>&nbsp;</p><p class=MsoNormal>De SumUp-kaartlezer aan de bar vraagt bij het opstarten pincode <b>2211</b>.</p>'
              '<p class=MsoNormal>In bijlage het kassabestand; klik op &quot;Inhoud inschakelen&quot;, anders werkt de knop &quot;Afsluiten avond&quot; niet.</p><p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Groeten,<br>Evi Sterckx<br>communicatie &amp; tickets</p>')
txt = ('Dag Frans,\n\nZoals beloofd de gegevens voor de lentevoorstelling (29 en 30 maart). Wil jij ze aan Jeanine en Roger geven als ze toekomen?\n\n'
       + '\n'.join('\t'.join(r) for r in rows) + '\n\nDe SumUp-kaartlezer aan de bar vraagt bij het opstarten pincode 2211.\n'
       'In bijlage het kassabestand; klik op "Inhoud inschakelen", anders werkt de knop "Afsluiten avond" niet.\n\nGroeten,\nEvi Sterckx\ncommunicatie & tickets')
mail('ticketscanners-lentevoorstelling', frm=EVI, to=[FRANS], cc=[MARLEEN], subject='scanners + kassa lentevoorstelling',
     date='2025-03-24 19:12', kind='alt', body=txt, htmlbody=htm,
     attach=[('kassaoverzicht_lentevoorstelling.xlsm', _xlsm, 'application', 'vnd.ms-excel.sheet.macroEnabled.12')],
     rules=['password', 'attachment'],
     note='ticketing volunteer gets a table of scanner-app PINs, the card-reader PIN and a macro-enabled cash workbook',
     fmt=['alt', 'html-table', 'attachment-xlsm'])

orig = """Van: Kevin Peeters <kevin.peeters@dijleland-ict.be>
Datum: ma 13 jan 2025 om 08:40
Onderwerp: Nieuwe sleutel ATELIERS-CB
Aan: Bart Lemmens <bart.lemmens@sintpieterscollege.be>


Dag Bart,

Zoals besproken hebben we de sleutel van het netwerk ATELIERS-CB vervangen na het incident van vorige week.
Nieuwe sleutel: 8hT3-mQ2x-Wv9L

De chromebooks krijgen die automatisch via de beheerconsole (kan tot een uur duren). Enkel de twee leerkrachtenlaptops in 0.03 en de laptop van het digibord in 0.11 moeten manueel.

Mvg,
Kevin Peeters
Dijleland ICT
016 88 40 12"""
mail('fw-nieuwe-sleutel-ateliers-cb', frm=BART, to=[KOEN], subject='Fwd: Nieuwe sleutel ATELIERS-CB', date='2025-01-13 09:05',
     body="""Koen, ter info voor als de laptops in 0.03/0.11 geen verbinding meer hebben. Ik ben maandag en dinsdag niet in de middenschool.

Bart

---------- Doorgestuurd bericht ---------
""" + orig, rules=['password', 'personal_data'],
     note='inline forward of the IT firm mail with the new Wi-Fi key of the Chromebook network; IT firm phone in quoted signature',
     fmt=['plain', 'forward-inline'])

inner = inner_msg(KEVIN, ['Bart Lemmens <bart.lemmens@sintpieterscollege.be>'], 'NAS opnamearchief - toegang',
                  '2024-12-19 14:10', """Dag Bart,

De share voor de concertopnames is klaar:

\\\\nas-kso\\opnames
gebruiker: opnames_muziek
wachtwoord: Bach-Cantate-147

Leesrechten voor iedereen van vakgroep muziek kan ik later via groepen regelen, voorlopig is het dit ene account.

Groeten,
Kevin
Dijleland ICT""", mid='nas')
mail('fw-nas-opnames-wim', frm=BART, to=[WIM], subject='FW: NAS opnamearchief - toegang', date='2024-12-20 08:31',
     body="""Wim,

Zie bijgevoegde mail van Kevin, daarmee kan je de opnames van het kerstconcert zelf van de NAS halen (enkel vanop het schoolnetwerk).

Bart""", rfc822=inner, rules=['password'],
     note='IT coordinator forwards as attachment the IT firm mail holding the NAS account password', fmt=['plain', 'forward-attached'])

k = P('thibault')
mail('herstelcode-thibault', frm=BART, to=[k['mail']], subject='herstelcode Smartschool', date='2025-04-28 08:02', cte='base64',
     body="""Dag Thibault,

Je vroeg op het ICT-loket een nieuwe aanmelding. Je eenmalige herstelcode is:

731904

Geldig tot morgen 12u. Ga naar de aanmeldpagina, kies "herstelcode" en stel daarna zelf een nieuw wachtwoord in.

B. Lemmens""", rules=['password'], about=pid('thibault'),
     note='one-time Smartschool recovery code sent to a sixth-year pupil', fmt=['plain', 'base64'])

mail('gmail-alarm-middenschool', frm='Bart Lemmens <bart.lemmens76@gmail.com>', to=[EDDY],
     subject='alarm middenschool', date='2024-11-21 23:14', body="""Eddy,

Na het vals alarm van vanavond heeft de alarmcentrale de code van de middenschool gereset. De nieuwe code is 16824 (5 cijfers nu!).

Ik zit thuis, vandaar van mijn gmail. Morgen zet ik het in het beveiligd document bij Marleen.

Bart""", rules=['password', 'private_account'], mail_from='bart.lemmens76@gmail.com',
     note='IT coordinator writes from his private Gmail late at night and gives the caretaker the new alarm code',
     fmt=['plain', 'qp'])

q = """Jonas, wat was het paswoord van de laptop in de regiekamer ook weer? Ik wil morgen de klankband testen met 5D.
PJ"""
mail('re-regielaptop', frm=JONAS, to=[PJ], subject='Re: regielaptop', date='2025-02-04 17:20',
     body="""gebruiker: techniek
Regie2024!  (met uitroepteken)

niet aan de leerlingen geven he ;)

""" + quote(q, 'Op 4 feb 2025, om 16:58, schreef Pieter-Jan Goossens <pieter-jan.goossens@sintpieterscollege.be>:'),
     rules=['password'], note='short reply among colleagues with the control-room laptop login', fmt=['plain', 'reply'])

_zip = zip_bytes([('showfile_pasdedeux_2025.esf3d', b'ESF3D\x00\x01' + b'\x00' * 40),
                  ('import_cues.bat', '@echo off\r\ncopy /Y showfile_pasdedeux_2025.esf3d "C:\\ETC\\Eos\\ShowFiles\\"\r\necho klaar\r\npause\r\n')])
mail('pasdedeux-technicus-licht', frm=JONAS, to=['Kris Daelemans <kris@lichtenklank.be>'],
     subject='Pas de Deux 1 maart - licht en klank', date='2025-02-25 20:02', body="""Dag Kris,

Voor de eindvoorstelling van Pas de Deux zaterdag: in bijlage jouw showfile en een scriptje dat hem op de juiste plaats zet op de lichttafel-pc (dubbelklikken).

Lichttafel (Eos): gebruiker gast, wachtwoord Nomad-88
iPad voor de digitale mengtafel: pincode 0815

Na afloop graag afmelden en de iPad terug in de lade van de regie.

Groeten,
Jonas""", attach=[('showfile_pasdedeux.zip', _zip, 'application', 'zip')], rules=['password', 'attachment'],
     note="stage technician sends a renting dance school's technician the lighting-desk and mixer logins plus a zip holding a .bat script",
     fmt=['plain', 'qp', 'attachment-zip'])

att = """TOEGANG KUNSTCAMPUS - weekend 1 en 2 maart
Dansschool Pas de Deux

Poort Handbooghof ............ code 2277 + sleutelteken
Deur kleedkamers (kelder) .... 4419
Dansstudio 1 en 2 ............ sleutels in de sleutelkast aan de poort, zelfde code als de poort
Wifi ......................... KSO-Gast / PasDeDeux-0103

Huisbewaarder Eddy (enkel bij noodgeval): 0472 81 09 64
Alarm staat niet op tijdens het weekend.
"""
mail('pasdedeux-toegang-weekend', frm=MARLEEN, to=['Dansschool Pas de Deux <info@pasdedeux-leuven.be>'],
     subject='toegang weekend 1-2 maart', date='2025-02-26 11:47', body="""Goedemiddag,

In bijlage de toegangsgegevens voor jullie eindvoorstelling en repetities dit weekend. Gelieve dit enkel aan de verantwoordelijken te bezorgen.

Vriendelijke groeten,
Marleen Claes
secretariaat""", attach=[('toegang_weekend_1-2_maart.txt', att, 'text', 'plain', 'base64')],
     rules=['password', 'personal_data'],
     note='gate, dressing-room and Wi-Fi codes for a renting dance school in a .txt attachment, with the caretaker mobile',
     fmt=['plain', 'attachment-txt'])

mail('bar-geldkistje-ouder', frm=EVI, to=['Tom Wuyts <tom.wuyts@skynet.be>'], subject='bar zaterdag', date='2025-03-27 09:40',
     body="""Dag Tom,

Superfijn dat je zaterdag weer de bar wil doen! Praktisch:

- het geldkistje staat in het kluisje onder de toog, code 1-9-8-4
- er zit 150 euro wisselgeld in (geteld door Marleen)
- drankbonnetjes liggen in de lade ernaast

Na de pauze mag je het kistje gewoon aan mij geven, ik tel af met Frans.

Groetjes,
Evi""", rules=['password'], note='parent volunteer running the bar gets the code of the cash safe', fmt=['plain', 'qp', 'list'])

mail('guest-choreographer-account', frm=BART, to=['Aoife Byrne <aoife.byrne@gmail.com>'], subject='Your guest account',
     date='2025-01-24 12:30', lang='en', kind='alt', body="""Dear Aoife,

Welcome to Leuven! For the two weeks of your residency with our 5th and 6th year dancers you will have a guest account on our network. It works on the studio laptops and on the Wi-Fi (network KSO-Staff).

Username: gast.choreo1
Password: Sunrise-Leuven-77

The account expires on 9 February. If you need to play music from your own phone, the Bluetooth speaker in studio 1 needs no password.

Kind regards,
Bart Lemmens
ICT coordinator / music teacher""", rules=['password'],
     note='English mail giving a visiting choreographer a network guest account username and password', fmt=['alt', 'qp'])

mail('uitinvlaanderen-login-jelle', frm=EVI, to=['Jelle Bosman <jelle.bosman@sintpieterscollege.be>'],
     subject='UiT-databank: onze voorstellingen invoeren', date='2024-10-15 14:25', kind='alt', body="""Hoi Jelle,

Zoals afgesproken neem jij het invoeren van onze voorstellingen in de UiT-databank over (zodat ze op uitinvlaanderen.be en in de UiTPAS-app staan).

Het account is gedeeld met de directie:
login: communicatie@sintpieterscollege.be
wachtwoord: Affiche&Programma25

Altijd de organisator "Kunstcampus Sint-Pieter" kiezen, niet "Sint-Pieterscollege" (dat is de andere campus). Foto's in liggend formaat, zonder herkenbare leerlingen tenzij ze toestemming gaven.

Laat maar weten als je vastzit!
Evi""", rules=['password'], note="communications colleague hands over the shared UiT-databank account's password", fmt=['alt', 'qp'])

mail('unisono-aangifte-wim', frm=MARLEEN, to=[WIM], subject='aangifte Unisono lenteconcert', date='2025-04-02 10:55',
     body="""Wim,

Kan jij de aangifte van de muziek voor het lenteconcert zelf doen? Je hebt de lijst met stukken en componisten.

Portaal Unisono, klantnummer KL-47813
wachtwoord: Harmonie_0413

Vóór 15 april aub, anders krijgen we een boete.

Marleen""", rules=['password'], note='secretariat gives a music teacher the copyright-portal password to file a declaration', fmt=['plain', 'qp'])

news = outlook("""<h2 style="font-family:Georgia">Personeelsinfo week 5</h2>
<p class=MsoNormal><b>1. Oudercontact 6 februari</b><br>De planning staat in Smartschool. Klastitularissen van de 1ste graad zitten in de refter van De Ateliers, de anderen in de concertzaal en de foyer.</p>
<p class=MsoNormal><b>2. Koffiemachine personeelskamer</b><br>Is hersteld. Graag de lekbak af en toe leegmaken.</p>
<p class=MsoNormal><b>3. Wifi</b><br>Vanaf zaterdag 1 februari verandert de sleutel van het personeelsnetwerk SPC-Personeel (jaarlijkse wissel). Nieuw wachtwoord: <b>Vesalius-Staff-9021</b>. Je laptop en gsm zullen het een keer vragen. Niet doorgeven aan leerlingen of huurders: zij gebruiken KSO-Gast.</p>
<p class=MsoNormal><b>4. Zaalverhuur</b><br>De concertzaal is op 8 en 9 februari verhuurd; gelieve vrijdag geen materiaal op het podium te laten staan.</p>
<p class=MsoNormal><b>5. Verjaardagen</b><br>Proficiat aan Rita en Stefaan!</p>
<p class=MsoNormal>Fijne week,<br>de directie</p>""")
mail('personeelsinfo-week5-wifi', frm=HILDE, to=['directie@sintpieterscollege.be'], bcc=['personeel@sintpieterscollege.be'],
     subject='Personeelsinfo week 5', date='2025-01-27 07:30', kind='html', htmlbody=news, rules=['password'],
     note='staff newsletter (group in Bcc) with the new staff Wi-Fi password buried in item 3', fmt=['html', 'newsletter'])

mail('canva-klasaccount-2b', frm=ELS, to=['els.peeters@sintpieterscollege.be'], bcc=['klas-2b@sintpieterscollege.be'],
     subject='Canva voor de affiche-opdracht', date='2024-10-08 16:10', body="""Dag 2B,

Voor de affiche-opdracht werken we in Canva met het klasaccount (niet met je eigen account, dan kan ik alles zien en verbeteren):

Gebruikersnaam: atelier2b@sintpieterscollege.be
Wachtwoord: Kleurcirkel2B

Maak in de map "Affiches 2B" een ontwerp met je voornaam als titel. Niets verwijderen van anderen!

Deadline: vrijdag 18 oktober.

Mevr. Peeters""", rules=['password'],
     note='visual-arts teacher gives a class (group in Bcc) the password of a shared Canva class account', fmt=['plain', 'qp'])

k = P('emre')
mail('nieuw-wachtwoord-emre', frm=BART, to=[k['p1']], subject='Chromebook Emre', date='2024-10-22 13:06', body="""Beste mevrouw Şahin,

Emre kon niet meer aanmelden op zijn chromebook omdat zijn wachtwoord geblokkeerd was na te veel pogingen. Ik heb het vandaag opnieuw ingesteld. Omdat hij het briefje al kwijt was, stuur ik het ook naar u, dan kan u thuis helpen:

Ateliers!2817

Bij de eerste aanmelding moet hij zelf een nieuw wachtwoord kiezen. Misschien kan u samen een wachtwoord bedenken dat hij kan onthouden en het ergens thuis veilig bewaren.

Met vriendelijke groeten,
Bart Lemmens
ICT-coördinator""", rules=['password'], about=pid('emre'),
     note="IT coordinator sends a first-grade pupil's reset Chromebook password to his mother", fmt=['plain', 'qp'])

mail('avondrepetitie-poortcode-5a', frm=ILSE, to=['klas-5a@sintpieterscollege.be'], subject='avondrepetities deze week!!',
     date='2025-03-17 12:15', body="""Lieve 5A,

Deze week repeteren we elke avond tot 21u30 in de concertzaal. Na 18u is de voordeur dicht: jullie komen binnen via de fietsenpoort achteraan (Handbooghof), code 2705 en dan het sterretje.

Niet openhouden voor mensen die je niet kent.
Eten meebrengen, we pauzeren om 19u.

Tot straks
Ilse""", rules=['password', 'bcc'],
     note='dance teacher gives a whole class the bike-gate code with the class group address visible in To', fmt=['plain', 'qp'])

mail('gedeelde-mailbox-kostuumatelier', frm=RITA, to=['Greet Luyten <greet.luyten@sintpieterscollege.be>'],
     subject='mailbox kostuumatelier', date='2024-09-30 14:40', body="""Dag Greet,

Vanaf nu volg jij op woensdag de mailbox van het kostuumatelier mee op (vragen van ouders over wasbeurten, huurkostuums enz.).

In Outlook: account toevoegen
kostuumatelier@sintpieterscollege.be
wachtwoord Naald&Draad-23

Je mag antwoorden met "kostuumatelier" als handtekening.

Rita""", rules=['password'], note='shared mailbox password given to a new colleague of the costume workshop', fmt=['plain', 'qp'])

rows = [('Naam', 'Opdracht', 'Badge', 'PIN sleutelkast'), ('Lotte Vanhove', 'Nederlands', '0341', '7702'),
        ('Mathias Dewit', 'dans', '0342', '3158'), ('Camille Laurent', 'Frans', '0343', '9044')]
txt = ('Beste nieuwe collega\'s,\n\nVanaf maandag werkt de elektronische sleutelkast in de personeelsgang. Iedereen heeft een eigen PIN; daarmee kan je enkel de sleutels van jouw lokalen nemen.\n\n'
       + '\n'.join('  '.join(r) for r in rows) + '\n\nDe PIN is persoonlijk: niet doorgeven. Bij problemen: onthaal.\n\nGroeten,\nMarleen Claes\nsecretariaat - T 016 29 41 70')
htm = outlook('<p class=MsoNormal>Beste nieuwe collega\'s,</p><p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Vanaf maandag werkt de elektronische sleutelkast in de personeelsgang. Iedereen heeft een eigen PIN; daarmee kan je enkel de sleutels van jouw lokalen nemen.</p><p class=MsoNormal>&nbsp;</p>'
              + table(rows) + '<p class=MsoNormal>&nbsp;</p><p class=MsoNormal>De PIN is persoonlijk: niet doorgeven. Bij problemen: onthaal.</p><p class=MsoNormal>&nbsp;</p>'
              '<p class=MsoNormal>Groeten,<br>Marleen Claes<br><span style="color:gray">secretariaat - T 016 29 41 70</span></p>')
mail('sleutelkast-pins-interims', frm=MARLEEN, to=[LOTTEV, MATHIAS, 'Camille Laurent <camille.laurent@sintpieterscollege.be>'],
     subject='Sleutelkast: jullie badge en PIN', date='2025-02-28 15:05', kind='alt', body=txt, htmlbody=htm,
     rules=['password', 'personal_data'],
     note='secretariat sends three substitutes a table with each one personal key-cabinet PIN; school phone in signature',
     fmt=['alt', 'html-table', 'outlook'])

mail('artiesteningang-theater-dekroon', frm=EDDY, to=['Bram Segers <bram@theaterdekroon.be>'], subject='ingang',
     date='2025-05-09 15:31', cte='7bit', body="""Dag Bram
Artiesteningang = code 5931 dan groene knop. Ik ben er vanaf 17u voor de decor.
Eddy""", rules=['password'], note='caretaker sends a visiting theatre director the artists entrance code in a two-line mail',
     fmt=['plain', 'short'])

mail('piano-pc-c104', frm=KATRIEN, to=[LIEVE], subject='piano pc', date='2024-10-10 12:58', body="""lieve, voor je begeleiding straks:
het paswoord vd piano-pc in C.1.04 is pianoles met hoofdletter P en dan 24 erachter, dus Pianoles24. geen spatie
de midi-kabel zit in de lade
k""", rules=['password'], note='colleague spells out the piano-room PC password in a sloppy quick note', fmt=['plain', 'sloppy'])

mail('camille-acces-fr', frm=MARLEEN, to=['Camille Laurent <camille.laurent@outlook.com>'], subject='Vos accès – remplacement de français',
     date='2025-02-21 16:40', lang='fr', body="""Chère Madame Laurent,

Bienvenue au Kunstcampus Sint-Pieter. Comme convenu avec la direction, vous remplacez M. Lambrechts à partir du lundi 24 février (français, 3e à 6e année).

Voici vos accès :

Smartschool
  identifiant : camille.laurent
  mot de passe provisoire : Rentree-Fr-6642

Microsoft 365 (adresse e-mail de l'école)
  camille.laurent@sintpieterscollege.be
  mot de passe provisoire : Lvn!25-camL

Code photocopieuse : 5517

Vous devrez changer les mots de passe lors de la première connexion. Votre adresse de l'école sera active dès vendredi soir ; ensuite nous n'utiliserons plus cette adresse privée.

Bien à vous,

Marleen Claes
Secrétariat
+32 16 29 41 70""", rules=['password', 'personal_data'],
     note='French mail to a substitute teacher with her Smartschool, Microsoft 365 and copier credentials; school phone',
     fmt=['plain', 'qp'])

mail('ticketflow-support-debug', frm=BART, to=['Ticketflow Support <support@ticketflow.eu>'],
     subject='Re: [Ticket #TF-20931] Seat map not saving for Kunstcampus Sint-Pieter', date='2025-04-14 10:22', lang='en',
     in_reply_to='<tf-20931.1744611000@ticketflow.eu>', body="""Hello,

Thanks for the quick answer. As asked, here is access to our organiser account so you can look at the seat map of the concert hall yourself:

Organiser admin: admin@kunstcampus-tickets.be
Password: Gala-Tix-2025!

And the API token our website uses (in case the problem is in the sync):
tfk_live_4f9a2c7e81b3d05a

Please let me know when you're done so I can change the password again. The gala is on 17 May so we'd really like this fixed before sales open on Tuesday.

Best regards,
Bart Lemmens
Kunstcampus Sint-Pieter, Leuven""", rules=['password'],
     note='English reply to the ticketing vendor support with the organiser admin password and an API token', fmt=['plain', 'reply', 'qp'])

q = """Dag Evi,
Voor de spaghetti-avond willen we de webshop gebruiken zoals vorig jaar. Wie van het bestuur heeft het paswoord? Ik vind het niet meer terug in onze mails.
Groetjes,
Lies (oudervereniging)"""
mail('webshop-oudervereniging', frm=EVI, to=['Lies Desmet <lies.desmet@telenet.be>'], subject='RE: webshop spaghetti-avond',
     date='2024-10-29 18:02', body="""Dag Lies,

Het account van de oudervereniging op onze ticketwebshop:

login: oudervereniging@kunstcampus-tickets.be
wachtwoord: OV-Spaghetti-2025

Ik heb de prijzen van vorig jaar laten staan, pas ze gerust aan. De opbrengst komt op de rekening van de OV, dat staat goed ingesteld.

Groeten,
Evi

""" + quote(q, '-----Oorspronkelijk bericht-----\nVan: Lies Desmet <lies.desmet@telenet.be>\nVerzonden: dinsdag 29 oktober 2024 17:21'),
     rules=['password'], note="reply to the parents' association chair with the login of their webshop account", fmt=['plain', 'reply'])

wifi = 'WIFI:T:WPA;S:KSO-Gast;P:Zomerstage-Dans-25;;\n\n(scannez avec l\'appareil photo du GSM ou tapez le mot de passe : Zomerstage-Dans-25)\n'
mail('zomerstage-wifi-qr', frm=BART, to=['Stage Mouvement asbl <stages@mouvement-asbl.be>'], subject='Wifi pour le stage d\'été',
     date='2025-06-27 11:11', lang='fr', body="""Bonjour,

Pour votre stage d'été dans nos studios de danse (du 7 au 18 juillet) : vous trouverez en pièce jointe le texte du code QR du réseau invités, pour que vous puissiez l'imprimer et l'afficher dans les studios.

Cordialement,
Bart Lemmens
Kunstcampus Sint-Pieter""", attach=[('wifi-invites.txt', wifi, 'text', 'plain', 'quoted-printable')],
     rules=['password'], note='French mail to an outside summer course with the guest Wi-Fi QR payload and key as .txt attachment',
     fmt=['plain', 'attachment-txt'])

mail('schoonmaak-zaterdag-codes', frm=EDDY, to=['Planning Netjes <planning@netjes-schoonmaak.be>'],
     subject='grote poets zaterdag 5 juli', date='2025-07-01 09:44', body="""Goeiedag,

Voor de grote poets zaterdag ben ik er niet (verlof). Jullie ploeg kan zelf binnen:

- personeelsingang Tervuursevest, deurcode 1122
- alarm uitschakelen: 4077 en dan UIT, bij vertrek 4077 AAN
- de lokalen van blok C zijn open, de concertzaal niet (daar staat decor)

Ik heb aan het paneel een briefje gehangen welke gangen eerst.

Groeten
Eddy Vandenbroeck
huisbewaarder
0472 81 09 64""", rules=['password', 'personal_data'],
     note='caretaker gives the cleaning company the staff-door code and alarm code; his mobile in signature', fmt=['plain', 'qp', 'list'])

mail('laadkar-cijferslot', frm=KOEN, to=[LOTTEV], subject='laadkar 0.07', date='2025-02-05 08:03', body="""Dag Lotte,

De laadkar met de reserve-chromebooks in 0.07 heeft een cijferslot: 381. Na de les alles terug aan de lader en het slot weer dichtdraaien aub.

Koen""", rules=['password'], note='middle-school deputy head gives a substitute the padlock code of the Chromebook charging cart',
     fmt=['plain', 'qp'])

mail('kluis-examenvragen', frm=HILDE, to=[KOEN], subject='kluis secretariaat - examens', date='2024-12-06 17:50', body="""Koen,

Ik ben maandag op de directiedag. De examenvragen van de 1ste graad liggen in de kluis van het secretariaat, bovenste plank.
Combinatie: 26 - 14 - 38 (eerst naar links, dan rechts, dan weer links).
Graag na het nemen meteen terug dichtdraaien.

Hilde""", rules=['password'], note='principal gives her deputy the combination of the exam-paper safe', fmt=['plain', 'qp'])

mail('voicemail-zaaltelefoon', frm=EVI, to=[JONAS], subject='voicemail zaal', date='2025-01-09 11:37', body="""Jonas,
De voicemail van de zaaltelefoon (016 29 41 75) zit vol met berichten van huurders. Kan jij die afluisteren als je vanavond daar bent? Pincode voicemail 4455.
Thx, Evi""", rules=['password', 'personal_data'],
     note='voicemail PIN of the concert-hall phone given to the technician; the hall phone number is in the text', fmt=['plain', 'short'])

k = P('lowie')
mail('kastje-code-lowie', frm=WIM, to=[k['p1']], subject='kastje Lowie', date='2025-03-11 19:20', body="""Beste mevrouw Daems,

Lowie belde me net ongerust dat hij zijn trompet morgenvroeg niet uit zijn kastje krijgt omdat hij de code vergeten is. Kastje 214, de code is 0-7-3-1. Misschien kan hij ze ergens in zijn agenda noteren.

Groeten,
Wim De Smedt""", rules=['password'], about=pid('lowie'),
     note="music teacher sends a parent the combination of her son's instrument locker", fmt=['plain', 'qp'])

mail('account-doorgeven-interim-wiskunde', frm=STEFAAN, to=['Jelle Van Laer <jelle.vanlaer@sintpieterscollege.be>'],
     subject='overdracht 4de jaar', date='2025-03-03 07:15', body="""Jelle,

Ik ben vanaf vandaag voor minstens 3 weken thuis (knie). Om het simpel te houden: log in Smartschool gewoon even in met mijn account, daar staan de toetsen en de verbeterde taken van 4A/4C klaar in de vakken.

stefaan.vranckx
Fibonacci1123

Ik pas het paswoord aan als ik terug ben. De rest staat in de overdrachtsnota op mijn bureau.

Succes!
Stefaan""", rules=['password'],
     note='teacher on sick leave hands his own Smartschool login and password to his substitute', fmt=['plain', 'qp'])

orig = """Van: Evi Sterckx <evi.sterckx@sintpieterscollege.be>
Verzonden: maandag 16 juni 2025 09:10
Aan: Tom Willems <tom.willems@sintpieterscollege.be>
Onderwerp: toegang streaming

Tom, voor de eindshow: Vimeo-account
media@sintpieterscollege.be
Eindshow#2025
De stream staat gepland op 27/6 om 19u30, privé met link.
Evi"""
mail('fw-vimeo-vader-filmt', frm=TOMW, to=['Marc Vervoort <marc.vervoort@telenet.be>'], subject='FW: toegang streaming',
     date='2025-06-16 12:02', kind='alt', body="""Dag Marc,

Nogmaals bedankt om de camera te bedienen op de eindshow. Hieronder de gegevens om vooraf even te testen met de stream.

Groeten,
Tom

""" + orig, rules=['password'], note='media teacher forwards the Vimeo account credentials to a parent who films the final show',
     fmt=['alt', 'forward-inline'])

q = """Eddy, de code van de nieuwe sleutelkast aan de loskade is 6290. Mag pas vanaf maandag gebruikt worden.
Marleen"""
mail('re-sleutelkast-loskade', frm=EDDY, to=[MARLEEN], subject='Re: sleutelkast loskade', date='2025-04-22 07:35', body="""werkt, merci

""" + quote(q, 'Op 18/04/2025 om 16:03 schreef Marleen Claes:'), rules=['password'],
     note='short reply that quotes the earlier mail containing the key-cabinet code, so the code is sent again', fmt=['plain', 'reply'])

rows = [('Huurder', 'Contact', 'GSM contact', 'Badge', 'Deurcode'),
        ('Koor Cantabile', 'An Wuyts', '0476 12 48 90', '0211', '406219'),
        ('Dansschool Pas de Deux', 'Sien Verlinden', '0485 33 71 02', '0212', '771503'),
        ('Harmonie Kessel-Lo', 'Jos Rutten', '0499 20 58 14', '0213', '318806'),
        ('Theaterkring De Kroon', 'Bram Segers', '0468 90 13 27', '0214', '592240')]
txt = ('Dag Nele,\n\nZoals beloofd het overzicht van de vaste huurders. Jij neemt vanaf volgende week de zaalverhuur over als ik met verlof ben.\n\n'
       + '\n'.join(' | '.join(r) for r in rows) + '\n\nDe deurcodes worden elk jaar in september vernieuwd. Nieuwe huurders krijgen altijd een nieuwe code.\n\nMarleen')
htm = outlook('<p class=MsoNormal>Dag Nele,</p><p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Zoals beloofd het overzicht van de vaste huurders. Jij neemt vanaf volgende week de zaalverhuur over als ik met verlof ben.</p><p class=MsoNormal>&nbsp;</p>'
              + table(rows) + '<p class=MsoNormal>&nbsp;</p><p class=MsoNormal>De deurcodes worden elk jaar in september vernieuwd. Nieuwe huurders krijgen altijd een nieuwe code.</p><p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Marleen</p>')
mail('overzicht-huurders-deurcodes', frm=MARLEEN, to=[NELE], subject='overzicht huurders + codes', date='2025-06-05 13:58',
     kind='alt', body=txt, htmlbody=htm, rules=['password', 'personal_data'],
     note='overview table of renting groups with their door codes and the contacts mobile numbers for a colleague',
     fmt=['alt', 'html-table'])
# ================================================================ LOOK-ALIKES (20)
mail('brief-chromebooks-eerste-graad', frm=KOEN, to=['secretariaat.ateliers@sintpieterscollege.be'],
     bcc=['ouders-1a@sintpieterscollege.be', 'ouders-1b@sintpieterscollege.be', 'ouders-1c@sintpieterscollege.be',
          'ouders-1d@sintpieterscollege.be'], subject='Chromebooks in het eerste jaar: wat u moet weten',
     date='2024-08-29 10:00', kind='alt', body="""Geachte ouders,

Volgende week krijgt uw kind zijn of haar chromebook. Enkele afspraken:

1. Aanmelden
Op de eerste schooldag krijgt elke leerling in de klas een strookje met zijn login. Het startwachtwoord staat daarop en moet bij de eerste aanmelding meteen vervangen worden.

2. Een goed wachtwoord
Help uw kind thuis om een sterk wachtwoord te kiezen: bv. drie losse woorden met een cijfer ertussen. Geen geboortedatum, geen naam van het huisdier. Het wachtwoord is persoonlijk; vrienden, broers of zussen hoeven het niet te kennen.

3. Wachtwoord vergeten?
Uw kind kan tijdens de middagpauze langs het ICT-loket (lokaal 0.03). De school zal u nooit per mail of sms om een wachtwoord vragen. Krijgt u zo'n bericht, klik dan nergens op en verwijder het.

4. Schade
De chromebook is verzekerd. Meld schade binnen de week via de klastitularis.

Met vriendelijke groeten,

Koen Maes
adjunct-directeur Middenschool De Ateliers""", rules=[],
     note='general letter to all first-grade parents (groups in Bcc) about choosing a strong password; no credential given',
     fmt=['alt', 'qp', 'numbered-headings'])

mail('teams-jurybespreking-muziek', frm=WIM, to=['Lien Moens <lien.moens@lemmensinstituut.be>', KATRIEN, LIEVE],
     subject='Jurybespreking muziek 6de jaar (online)', date='2025-06-10 09:12', kind='alt', body="""Beste juryleden,

Na de examens van donderdag bespreken we de resultaten online. Dank om mee in de jury te zetelen!

________________________________________________________________________________
Microsoft Teams-vergadering
Deelnemen op uw computer, mobiele app of apparaat in de ruimte
Klik hier om deel te nemen aan de vergadering
Vergadering-ID: 372 914 608 155
Wachtwoordcode: k4Ty9P
Download Teams | Deelnemen op het web
________________________________________________________________________________

Groeten,
Wim De Smedt
vakgroep muziek""", rules=[], note='Teams invitation with a meeting ID and meeting passcode (meeting passcode, not a credential)',
     fmt=['alt', 'teams-invite'])

mail('zoom-audition-applicant', frm=ILSE, to=['Hannah Schmidt <h.schmidt@gmail.com>'], subject='Online audition - dance, 3rd year',
     date='2025-04-30 14:45', lang='en', body="""Dear Mrs Schmidt,

Thank you for registering your daughter for an audition for the dance programme. Since you are still living in Munich, we'll do the first round online.

Date: Wednesday 14 May, 15:30 (Belgian time)
Zoom meeting ID: 845 2291 0736
Passcode: 551903

Please make sure she wears practice clothes and has about 3 x 3 metres of free floor space. She will do a short warm-up with me, a barre sequence and a one-minute solo of her own choice.

Kind regards,
Ilse Jacobs
dance department""", rules=[], note='Zoom audition invitation with meeting ID and meeting passcode; applicant not in the roster',
     fmt=['plain', 'qp'])

k = P('tibo')
mail('wachtwoord-vergeten-tibo', frm=BART, to=[k['mail']], subject='Re: ik kan niet meer inloggen', date='2024-10-01 12:22',
     body="""Dag Tibo,

Ik mag je wachtwoord niet via mail sturen, en ik ken het ook niet. Zo los je het zelf op:

1. Ga naar de aanmeldpagina van Smartschool.
2. Klik op "Wachtwoord vergeten?".
3. Vul je gebruikersnaam in (voornaam.achternaam).
4. Je krijgt een link op het herstel-e-mailadres dat je in september hebt ingesteld.

Lukt het niet? Kom dan morgen in de middagpauze naar lokaal 0.03, neem je leerlingenkaart mee.

Meneer Lemmens""", rules=[], about=pid('tibo'),
     note='explains the self-service reset procedure to a pupil without giving any password', fmt=['plain', 'qp', 'numbered-list'])

mail('sjabloon-onthaal-interims', frm=MARLEEN, to=[BART], subject='sjabloon onthaalmail nieuwe collega\'s', date='2024-08-21 11:05',
     body="""Bart,

Kan jij eens nalezen of dit klopt voor de onthaalmail die ik aan nieuwe interims stuur? Ik wil de echte gegevens niet meer in de mail zetten, die geven we op papier bij de sleutels.

---
Welkom bij het Kunstcampus!
Smartschool: gebruikersnaam [voornaam.naam] – startwachtwoord: ******** (krijg je op papier op het secretariaat)
Microsoft 365: [voornaam.naam]@sintpieterscollege.be – wachtwoord: zie papier
Kopieercode: wordt persoonlijk meegedeeld
---

Is "zie papier" duidelijk genoeg denk je?

Marleen""", rules=[], note='onboarding template with placeholders and masked password, no real credential',
     fmt=['plain', 'qp', 'placeholder'])

k = P('lena')
mail('kastje-lokaal-lena', frm=WIM, to=[k['mail']], subject='je instrumentkastje', date='2024-09-06 15:10', body="""Dag Lena,

Je hebt kastje nr. 117 gekregen, in gang C naast lokaal C.0.14 (het slagwerklokaal). Het is een kastje met een gewoon sleutelslot: de sleutel haal je bij Eddy, de huisbewaarder, tegen 10 euro waarborg.

Je dwarsfluit mag er elke dag in blijven, je bladmuziek ook.

Meneer De Smedt""", rules=[], about=pid('lena'),
     note='locker and room numbers for a pupil, with a key deposit; no code or secret', fmt=['plain', 'qp'])

mail('factuur-koor-cantabile', frm=SOFIE, to=['An Wuyts <an.wuyts@gmail.com>'], subject='Factuur 2025/0412 - zaalhuur eerste trimester',
     date='2025-01-14 10:30', kind='alt', body="""Beste mevrouw Wuyts,

In bijlage vindt u factuur 2025/0412 voor de huur van studio 3 van september tot en met december (14 repetities à 45 euro = 630 euro).

Gelieve te betalen vóór 14 februari op ons gekende rekeningnummer met gestructureerde mededeling +++412/0093/27518+++.

Uw klantnummer bij ons is K-0087. Vermeld dat bij vragen.

Met vriendelijke groeten,
Sofie Wouters
boekhouding Kunstcampus Sint-Pieter
016 29 41 72""", rules=['personal_data'],
     note='invoice to a renting choir with invoice, customer and structured payment reference numbers (not secrets); phone in signature',
     fmt=['alt', 'qp'])

mail('ticketbevestiging-ouder', frm=EVI, to=['Wendy Rombouts <wendy.rombouts@telenet.be>'], subject='Uw bestelling TF-88213',
     date='2025-05-05 20:41', body="""Beste mevrouw Rombouts,

Uw bestelling voor het galaconcert van zaterdag 17 mei is in orde.

Bestelnummer: TF-88213
Tickets: 0044817 t/m 0044820 (4 x volwassene)
Plaatsen: rij H, stoelen 7 tot 10
Deuren: 19u15 – aanvang 20u

De tickets staan ook in de mail van Ticketflow. Aan de ingang scannen we de QR-code; afdrukken hoeft niet.

Met vriendelijke groet,
Evi Sterckx""", rules=[], note='ticket order confirmation with order, ticket and seat numbers; nothing secret', fmt=['plain', 'qp'])

mail('lesrooster-interim-dans', frm=ILSE, to=[MATHIAS], subject='jouw uurrooster + vakcodes', date='2025-02-20 17:02', body="""Dag Mathias,

Hier je rooster vanaf maandag. De vakcodes zijn wat in Smartschool en in het puntenboek staan.

ma  3-4u  DAN-TEC-5A   studio 1
ma  6-7u  DAN-IMP-6    studio 2
di  1-2u  DAN-HED-4A   studio 1
wo  3u    DAN-GES-3    lokaal B.1.02 (theorie)
do  5-8u  DAN-REP-5/6  concertzaal
vr  1-2u  DAN-TEC-3    studio 2

Blokuren = geen pauze tussendoor, maar geef gerust 5 minuten.
Je zit in vakgroep dans (vergadering tweede dinsdag van de maand, 16u, lokaal B.0.05).

Tot maandag!
Ilse""", rules=[], note='timetable with course codes and room numbers for a substitute', fmt=['plain', 'qp', 'table-text'])

mail('helpdesk-ticket-wachtwoordbeleid', frm=BART, to=['Dijleland ICT Support <support@dijleland-ict.be>'],
     subject='Re: [Ticket #20457] leerlingen 1C: wachtwoord verlopen', date='2024-12-02 08:50', body="""Dag,

Bedankt voor de snelle opvolging van ticket #20457.

Klopt het dat het wachtwoordbeleid voor de OU middenschool nog op 90 dagen staat? Dan krijgen de leerlingen van 1C elke trimester de melding dat hun wachtwoord verlopen is en lopen ze vast op het Chromebook-scherm. Kunnen jullie dat op 365 dagen zetten, met minimaal 10 tekens? De leerlingen wijzigen het dan zelf via het gewone scherm.

Graag een seintje als het aangepast is.

Mvg,
Bart Lemmens""", rules=[], note='helpdesk ticket about password policy settings; no password value', fmt=['plain', 'qp', 'reply'])

mail('alarmcode-gewijzigd-onthaal', frm=MARLEEN, to=['secretariaat@sintpieterscollege.be'],
     bcc=['personeel@sintpieterscollege.be'], subject='alarmcode gewijzigd', date='2024-11-25 12:30', body="""Beste collega's,

Na het vals alarm van vorige week is de alarmcode van het hoofdgebouw en van De Ateliers gewijzigd.

Wie avondrepetities of -activiteiten heeft en de code nodig heeft: kom de nieuwe code persoonlijk ophalen aan het onthaal (tot 16u30). We sturen die bewust niet via mail of Smartschool.

Vriendelijke groeten,
Marleen""", rules=[], note='announces that the alarm code changed without giving it (staff group in Bcc)', fmt=['plain', 'qp'])

mail('lumiere-retour-cles', frm=MARLEEN, to=['Julie Marchal <julie.marchal@cielumiere.be>'], subject='Fin de résidence – clés et facture',
     date='2025-04-18 09:20', lang='fr', body="""Bonjour Madame Marchal,

Merci pour votre passage chez nous, l'équipe d'entretien a trouvé le studio en parfait état.

Nous avons bien récupéré la clé n° 14 ; par contre le badge n° 0318 n'était pas dans le boîtier. Pourriez-vous vérifier s'il n'est pas resté dans vos bagages ? Vous pouvez le renvoyer par la poste à l'attention du secrétariat.

La facture n° 2025/0433 suivra la semaine prochaine.

Bien cordialement,
Marleen Claes""", rules=[], note='French follow-up about key and badge numbers and an invoice number; nothing secret', fmt=['plain', 'qp'])

mail('generale-dresscode-6de', frm=PJ, to=['pieter-jan.goossens@sintpieterscollege.be'],
     bcc=['klas-6a@sintpieterscollege.be', 'klas-6b@sintpieterscollege.be', 'klas-6c@sintpieterscollege.be', 'klas-6d@sintpieterscollege.be'],
     subject='generale + première: praktisch', date='2025-03-10 13:30', body="""Beste zesdejaars,

Generale repetitie: vrijdag 14/03 om 18u30 (iedereen om 18u in de kleedkamers).
Première: zaterdag 15/03, deuren 19u15, aanvang 20u.

Dresscode voor de receptie achteraf: volledig zwart.
Code rood = zonder mij te vragen niemand het podium op tijdens de ombouw!

Jullie gratis tickets voor familie (2 per leerling) vragen jullie aan via het formulier op Smartschool, niet via mail.

PJ""", rules=[], note='rehearsal schedule with dates, times, a dress code and a joke code; class groups in Bcc', fmt=['plain', 'qp'])

mail('herinnering-geen-wachtwoorden-mail', frm=BART, to=['ict@sintpieterscollege.be'], bcc=['personeel@sintpieterscollege.be'],
     subject='Herinnering: wachtwoorden en codes niet via mail', date='2025-01-20 07:45', kind='alt', body="""Beste collega's,

De voorbije weken gingen er opnieuw codes en wachtwoorden per mail rond (van kastjes, de kassa, de livestream...). Dat mag niet volgens ons communicatiebeleid, en een gehackte mailbox geeft dan meteen toegang tot alles.

Wat doe je dan wel?
- Gedeelde accounts staan in de wachtwoordkluis. Vraag mij om toegang tot de juiste collectie.
- Deurcodes en alarmcodes geeft het onthaal persoonlijk of telefonisch door.
- Een nieuwe collega krijgt zijn startgegevens op papier.
- Krijg je een mail die om je wachtwoord vraagt? Niet klikken, doorsturen naar ict@ en verwijderen.

Dank voor jullie medewerking!
Bart""", rules=[], note='staff reminder about not mailing passwords (staff group in Bcc); no value given', fmt=['alt', 'qp', 'list'])

k = P('kobe')
mail('meet-portfolio-gesprek', frm=ELS, to=[k['p1']], subject='gesprek portfolio Kobe', date='2025-02-12 18:20', body="""Beste mevrouw Van Hoof,

Zoals gevraagd kunnen we het portfolio van Kobe voor de toelatingsproef van Sint-Lucas ook online overlopen. Donderdag om 19u past voor mij.

Google Meet: meet.google.com/xkq-tbnd-wre

Kobe mag er gerust bij zijn, dan kan hij zelf zijn keuzes toelichten.

Groeten,
Els Peeters
beeldende kunst""", rules=[], about=pid('kobe'),
     note='Google Meet link for a portfolio talk with a parent (meeting passcode); nothing sensitive', fmt=['plain', 'qp'])

k = P('sara')
mail('kandidaatnummer-examen-sara', frm=KATRIEN, to=[k['mail']], subject='examen viool zaterdag', date='2025-05-20 16:30', body="""Dag Sara,

De muziekacademie heeft de planning doorgestuurd voor het externe examen van zaterdag:

Kandidaatnummer: 2025-117
Zaal 3, 10u40 (inspelen vanaf 10u10 in lokaal 2.04)
Begeleiding: mevrouw Janssens

Neem je identiteitskaart mee. Je speelt de Bach (Partita nr. 2, Allemanda) en het 2de deel van Mozart KV 216.

Succes!
Mevrouw Smets""", rules=[], about=pid('sara'),
     note='exam candidate number, rooms and times for a pupil; nothing secret', fmt=['plain', 'qp'])

mail('herstelling-chromebook-serienummer', frm=BART, to=[KEVIN], subject='herstelling scherm', date='2025-01-28 10:14', body="""Kevin,

Nog een chromebook met gebarsten scherm (1ste jaar):

Inventarisnummer: SPC-CB-0412
Serienummer: NXHQEEH00431201A
Model: Acer Chromebook Spin 511

Hij ligt klaar bij Eddy in een bruine enveloppe. Kan het samen met de vorige twee?

Bart""", rules=[], note='repair request with asset tag and serial number; not a credential', fmt=['plain', 'qp'])

mail('wachtwoordkluis-concertzaal', frm=BART, to=[JONAS], subject='Re: paswoorden zaal', date='2024-09-17 11:40', body="""Jonas,

Ik heb je toegang gegeven tot de collectie "Concertzaal" in de wachtwoordkluis. Daar staan de lichttafel, de mengtafel-iPad en het Zoom-account in. Je krijgt een uitnodiging in je mailbox om je account te activeren; kies een hoofdwachtwoord dat je nergens anders gebruikt.

Bart""", rules=[], note='tells a colleague where the passwords are stored without giving any', fmt=['plain', 'qp', 'reply'])

mail('sms-code-webshop-uitleg', frm=EVI, to=['Hilde Vervoort <hilde.vervoort@telenet.be>'], subject='Re: aanmelden ticketwebshop lukt niet',
     date='2025-05-06 09:15', body="""Beste mevrouw Vervoort,

Sinds deze week vraagt de ticketwebshop bij het aanmelden een extra bevestiging. U krijgt dan een code van 6 cijfers per sms op het nummer dat u bij de registratie opgaf. Die code typt u in en dan bent u binnen.

Die code is alleen voor u: wij zullen er nooit naar vragen, ook niet aan de telefoon.

Krijgt u geen sms? Dan staat er misschien een oud gsm-nummer in uw profiel; dat kan u zelf aanpassen onder "Mijn gegevens".

Vriendelijke groeten,
Evi Sterckx""", rules=[], note='explains SMS verification codes to a parent without any code', fmt=['plain', 'qp', 'reply'])

k = P('louise')
mail('studie-opdracht-louise', frm=KATRIEN, to=[k['mail']], subject='voor volgende les', date='2024-11-13 17:55', body="""Dag Louise,

Mooi gespeeld vandaag! Voor volgende week:

- Dvořák, Sonatine op. 100, 1ste deel: maten 32-48 langzaam, metronoom op 72, daarna 84
- vingerzetting in maat 41: 3-1-2 (niet 4!)
- toonladder: A-groot over 3 octaven, détaché en gebonden per 4

En vergeet je schoudersteun niet, die ligt nog in C.1.04.

Mevrouw Smets""", rules=[], about=pid('louise'),
     note='practice instructions full of bar numbers, opus numbers and metronome marks; nothing secret', fmt=['plain', 'qp', 'list'])
# ================================================================ SENSITIVE (35)
def who(k):
    p = P(k)
    return p

mail('zorg-lina-gewicht', frm=ILSE, to=[NADIA], subject='zorgen om Lina (4A)', date='2024-11-14 18:25', body="""Dag Nadia,

Ik wil je iets laten weten over Lina Mertens uit 4A. Ze is de laatste weken zichtbaar vermagerd, ik zie het echt aan haar armen en schouders. In de middag zit ze in de studio in plaats van in de refter en haar brooddoos gaat ongeopend terug. Gisteren werd ze duizelig tijdens de repetitie en moest ze gaan liggen.

Toen ik ernaar vroeg zei ze dat ze "te zwaar is voor de liften in het duet" en dat ze moet afvallen voor de auditie van het conservatorium. Dat heb ik haar nooit gezegd, integendeel.

Ik vrees dat dit richting een eetstoornis gaat. Kunnen we dit samen bekijken vóór het oudercontact? Ik wil niet dat de klas het merkt.

Ilse""", rules=['sensitive'], cats=['medical', 'psychosocial'], about=pid('lina'),
     note='dance teacher tells the pupil-care coordinator a named dancer is losing weight, skips meals and fainted', fmt=['plain', 'qp'])

mail('schoolrekening-nowak-ocmw', frm=SOFIE, to=[MARLEEN], subject='rekening Nowak 3C - niet meer naar incasso', date='2025-01-21 11:48',
     body="""Marleen,

Kan je de rekeningen van Zofia Nowak (3C) uit de lijst voor het incassobureau halen? Er staan drie herinneringen open (in totaal € 412,60: kostuumhuur, de studiereis naar Parijs en de huur van haar altviool).

De mama belde me vanmorgen in tranen: ze is sinds november haar werk kwijt en ze kan het niet betalen. Het OCMW gaat het overnemen, de maatschappelijk werker neemt contact met mij op. Tot dan niets meer versturen aub.

Sofie""", rules=['sensitive'], cats=['financial'], about=pid('zofia'),
     note='bookkeeper tells secretariat a family cannot pay three school bills and the OCMW will take over', fmt=['plain', 'qp'])

mail('ocmw-facturen-kabamba', frm=SOFIE, to=['Jasmien Claus <jasmien.claus@leuven.be>'], subject='facturen Merveille Kabamba (2B)',
     date='2025-02-06 14:20', kind='alt', body="""Beste mevrouw Claus,

Zoals telefonisch afgesproken bezorg ik u de openstaande schoolfacturen van Merveille Kabamba (2B), die volgens uw beslissing door het OCMW ten laste worden genomen:

- factuur 2024/1187 – werkmateriaal beeldatelier: € 96,00
- factuur 2024/1402 – theaterbezoek en busvervoer: € 38,50
- factuur 2025/0093 – kostuumbijdrage lentevoorstelling: € 152,50

Totaal: € 287,00. De facturen staan op naam van mevrouw Christelle Kabamba. Wij sturen vanaf nu geen herinneringen meer naar het gezin.

Met vriendelijke groeten,

Sofie Wouters
boekhouding Kunstcampus Sint-Pieter
T 016 29 41 72""", rules=['sensitive', 'personal_data'], cats=['financial'], about=pid('merveille'),
     note="school sends the OCMW social worker a named pupil's unpaid invoices that the OCMW pays; phone in signature",
     fmt=['alt', 'qp'])

rows = [('Leerling', 'Aandachtspunten', 'Afspraak'),
        (f"{P('wout')['first']} {P('wout')['last']}", 'ouders sinds de zomer uit elkaar, week-weekregeling; concentratie sterk gedaald, vergeet materiaal in de week bij papa', 'planning in agenda laten aftekenen; 2de set kopieën in de klas'),
        (f"{P('yasmine')['first']} {P('yasmine')['last']}", 'faalangst, blokkeert bij toetsen; CLB volgt op', 'toetsen in apart lokaal, 10 min extra'),
        (f"{P('kacperw')['first']} {P('kacperw')['last']}", 'dyslexie (attest 2023)', 'STICORDI: voorleessoftware, lettertype 14, geen spellingfouten aanrekenen buiten Nederlands'),
        (f"{P('louise')['first']} {P('louise')['last']}", 'sterk trimester, geselecteerd voor het jeugdorkest', '–'),
        (f"{P('jonas_pe')['first']} {P('jonas_pe')['last']}", '6 keer te laat', 'bij volgende keer: strafstudie')]
htm = outlook('<p class=MsoNormal>Beste collega\'s van 3B,</p><p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Hieronder de belangrijkste punten van de klassenraad van gisteren, zodat ook wie er niet was mee is. De rest staat in het LVS.</p><p class=MsoNormal>&nbsp;</p>'
              + table(rows) + '<p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Vriendelijke groeten,<br>Joke Cuypers<br>klastitularis 3B</p>')
txt = ("Beste collega's van 3B,\n\nHieronder de belangrijkste punten van de klassenraad van gisteren, zodat ook wie er niet was mee is. De rest staat in het LVS.\n\n"
       + '\n'.join(' - '.join(r) for r in rows[1:]) + '\n\nVriendelijke groeten,\nJoke Cuypers\nklastitularis 3B')
mail('klassenraad-3b-december', frm=JOKE, to=[KATRIEN, STEFAAN, ELS, 'Dries Wauman <dries.wauman@sintpieterscollege.be>'],
     subject='verslag klassenraad 3B', date='2024-12-17 16:40', kind='alt', body=txt, htmlbody=htm,
     rules=['sensitive'], cats=['family', 'psychosocial', 'care', 'medical'],
     about=pid('wout', 'yasmine', 'kacperw', 'louise', 'jonas_pe'),
     note='class-council table with named pupils: parents separated, test anxiety with CLB follow-up, dyslexia measures',
     fmt=['alt', 'html-table'])

mail('ophalen-milan-voorstelling', frm=PJ, to=[EDDY, EVI], subject='BELANGRIJK ophalen na voorstelling 2de jaar',
     date='2025-03-26 10:05', body="""Eddy, Evi,

Voor vrijdagavond: Milan Verhoeven (2D) mag na de voorstelling ENKEL door zijn mama opgehaald worden. Er is een uitspraak van de familierechter, zijn vader heeft momenteel geen contact met de kinderen. Mama heeft ons een kopie gegeven, die zit bij Hilde.

Als de vader toch aan de balie of de artiesteningang staat: Milan niet meegeven, niet in discussie gaan en Hilde of mij bellen. Milan blijft tot mama er is in de kleedkamer bij mij.

Dank jullie,
PJ""", rules=['sensitive'], cats=['family'], about=pid('milan'),
     note='drama teacher tells caretaker and box office a named pupil may only be collected by his mother after a court ruling',
     fmt=['plain', 'qp'])

htm = """<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Beste collega's van 2C,</p>
<p>Met veel verdriet laat ik jullie weten dat de papa van <b>Amira</b> zaterdag plots overleden is. Hij werd onwel op zijn werk en is niet meer bijgekomen.</p>
<p>De begrafenis is donderdag in Marokko; Amira vertrekt morgen met haar mama en zal pas na de krokusvakantie terug zijn. Ik stuur namens de school een kaartje; wie wil kan morgen iets schrijven op het blad in de leraarskamer van De Ateliers.</p>
<p>Als ze terug is: geef haar ruimte. De toetsen van deze periode halen we niet in; zij mag altijd naar Griet of naar mij als het even niet gaat. Ik breng de klas zelf op de hoogte, morgen het eerste uur.</p>
<p>Koen</p>
</body></html>"""
mail('overlijden-papa-amira', frm=KOEN, to=['Sarah Vanmechelen <sarah.vanmechelen@sintpieterscollege.be>', GRIET, ELS,
                                             'Veerle Buelens <veerle.buelens@sintpieterscollege.be>'],
     subject='droevig nieuws 2C', date='2025-02-17 19:50', kind='html', htmlbody=htm, rules=['sensitive'], cats=['family'],
     about=pid('amira'), note="deputy head tells the pupil's teachers that her father died suddenly", fmt=['html'])

mail('epilepsie-jasper-lichtplan', frm=WIM, to=[JONAS], subject='lichtplan lenteconcert - Jasper', date='2025-03-18 13:12',
     body="""Hoi Jonas,

Even iets voor het lichtplan van het lenteconcert: Jasper Wouters (5B, eerste trompet) heeft epilepsie. Zijn neuroloog zegt: geen stroboscoop en geen snel knipperend licht, ook niet in de finale. Kan jij dat effect van vorig jaar eruit laten?

Zijn noodmedicatie (Buccolam) zit in de EHBO-kast achter het podium, Lieve en ik weten hoe we die moeten geven. Als er iets gebeurt: licht in de zaal aan en mij roepen.

Wim""", rules=['sensitive'], cats=['medical'], about=pid('jasper'),
     note="music teacher tells the technician about a named pupil's epilepsy and emergency medication", fmt=['plain', 'qp'])

mail('ines-kleedkamer', frm=ILSE, to=[NADIA], subject='Ines', date='2025-05-27 16:58', body="""Nadia, kan je morgen vroeg even tijd maken?

Ines Van Acker (5A). In de kleedkamer zag ik vandaag opnieuw verse sneetjes aan de binnenkant van haar bovenbenen, en ze draagt al weken een legging onder haar turnpakje, ook nu met die warmte. Na de les wou ze er niet over praten, ze zei enkel "het is onder controle".

Ik heb haar gezegd dat ik het aan jou zou vertellen. Ze was niet boos, eerder opgelucht denk ik.

Ilse""", rules=['sensitive'], cats=['psychosocial'], about=pid('ines'),
     note='dance teacher reports fresh cuts on a named pupil (self-harm) without naming it', fmt=['plain', 'qp'])

mail('elif-groepschat', frm='Dries Wauman <dries.wauman@sintpieterscollege.be>', to=[NADIA], cc=[GRIET],
     subject='Elif 2A - groepschat', date='2024-11-29 12:44', body="""Dag Nadia (cc Griet),

Elif Yilmaz kwam vanmorgen huilend naar mij na de les. Ze wordt al sinds oktober buitengesloten door een groepje in de klas en in de klasgroep op Snapchat worden foto's van haar gedeeld met lelijke filters en opmerkingen over haar hoofddoek. Ze liet me een paar screenshots zien. Ze wil niet meer naar de dansles omdat ze zich daar moet omkleden met hen.

De namen van de drie meisjes heb ik in het LVS gezet. Ik heb Elif beloofd dat we het discreet aanpakken. Kunnen we maandag samenzitten?

Dries
klastitularis 2A""", rules=['sensitive'], cats=['psychosocial'], about=pid('elif'),
     note='class teacher reports that a named pupil is bullied in the class chat and excluded', fmt=['plain', 'qp'])

k = P('dylan')
mail('clb-heroriëntering-dylan', frm=NADIA, to=[TINE], subject='aanmelding: heroriëntering Dylan Peeters 4C', date='2025-02-25 15:30',
     body="""Dag Tine,

Ik meld bij jullie graag Dylan Peeters aan (4C, dans), geboren op 14/02/2010.

Dylan haalt voor de tweede keer op rij een onvoldoende op de dansproeven (techniek en repertoire) en de klassenraad denkt aan een heroriëntering na dit schooljaar, mogelijk naar het ASO of naar podiumtechnieken in het BSO. Hij zelf is erg ontgoocheld en twijfelt; mama staat open voor een gesprek.

We plannen een MDO op woensdag 12 maart om 13u30. Kan jij of iemand van jullie team erbij zijn? Graag ook jullie advies over een eventuele studiekeuzetest.

Groeten,
Nadia El Amrani
leerlingenbegeleiding""", rules=['sensitive', 'personal_data'], cats=['care'], about=pid('dylan'),
     note='care coordinator refers a named pupil to the CLB for redirection, with his date of birth', fmt=['plain', 'qp'])

txt = """Beste collega's van 1B,

Vanaf maandag volgt Rune Hendrickx een individueel aangepast curriculum (IAC). De diagnose autismespectrumstoornis is bevestigd door het revalidatiecentrum; het CLB en de ouders hebben het handelingsplan mee opgesteld.

Concreet:
• Rune volgt geen dans-techniek meer; die uren gaat hij naar het beeldatelier bij mevrouw Peeters.
• Hij krijgt een vaste plaats vooraan aan het raam en mag een koptelefoon dragen bij groepswerk.
• Veranderingen in het rooster graag de dag ervoor melden (via Griet).
• Evaluatie gebeurt op de doelen uit zijn plan, niet op het gewone puntenrapport.

Het volledige plan staat in het LVS onder "zorg". Vragen? Kom gerust langs.

Griet Van Damme
zorgleerkracht Middenschool De Ateliers"""
mail('iac-rune-1b', frm=GRIET, to=[SARAHV, ELS, 'Veerle Buelens <veerle.buelens@sintpieterscollege.be>', KOEN],
     subject='IAC Rune (1B)', date='2025-01-08 16:00', kind='alt', body=txt, rules=['sensitive'], cats=['care', 'medical'],
     about=pid('rune'), note='care teacher tells colleagues a named pupil has an ASD diagnosis and an individual adapted curriculum',
     fmt=['alt', 'outlook', 'list'])

mail('chloe-eindproef', frm=HILDE, to=[ILSE], subject='vertrouwelijk - Chloë 6A', date='2025-01-15 17:35', body="""Ilse,

Chloë Lambert kwam vandaag met haar mama bij mij. Ze is zwanger, ongeveer veertien weken. De gynaecoloog raadt sprongen en liften af vanaf nu.

Ze wil het schooljaar afmaken en haar diploma halen. Kunnen we samen met Youssef een aangepaste eindproef bedenken (choreografie/analyse in plaats van uitvoering)? Ze vraagt uitdrukkelijk dat de klas het voorlopig niet weet, dus bespreek het enkel met Youssef.

Hilde""", rules=['sensitive'], cats=['medical'], about=pid('chloe'),
     note='principal tells the dance teacher a named sixth-year pupil is pregnant and needs an adapted final exam', fmt=['plain', 'qp'])

mail('bilal-woensdagnamiddag', frm=NADIA, to=[WIM, 'Dries Wauman <dries.wauman@sintpieterscollege.be>'],
     subject='Bilal 3A - afwezig woensdagrepetitie', date='2025-01-10 09:22', body="""Dag Wim, dag Dries,

Bilal Ouali (3A) zal de komende maanden op woensdagnamiddag de orkestrepetitie missen. Zijn papa zit sinds december in de gevangenis van Leuven-Centraal en woensdagnamiddag is het enige moment dat mama met de kinderen op bezoek kan. Ik heb het toegestaan.

Bilal wil absoluut niet dat zijn klasgenoten het weten. Als ze vragen waarom hij er niet is: "familiale afspraak".

Nadia""", rules=['sensitive'], cats=['family'], about=pid('bilal'),
     note="care coordinator tells teachers a named pupil's father is in prison and he visits on Wednesdays", fmt=['plain', 'qp'])

mail('noa-bij-oma', frm=GRIET, to=[NADIA], cc=[KOEN], subject='dringend - Noa 1D', date='2025-04-29 11:05', body="""Nadia (cc Koen),

Noa Vandevelde (1D) vertelde me net tijdens de zorgles dat ze sinds vorige week bij haar oma slaapt "omdat het thuis niet veilig is als papa gedronken heeft". Ze had een blauwe plek op haar bovenarm die ze probeerde te verbergen. Mama zou ook bij oma zijn.

Ik heb niets beloofd over geheimhouding, wel dat ik het aan jou zou vertellen. Ze zit nu in de klas. Kunnen we vandaag nog beslissen of we het CLB of het VK inschakelen?

Griet""", rules=['sensitive'], cats=['family'], about=pid('noa'),
     note='care teacher reports a named first-grader sleeps at her grandmother because home is unsafe (domestic violence)',
     fmt=['plain', 'qp'])

k = P('sander')
mail('sander-terug-naar-school', frm=NADIA, to=[k['p1']], subject='Sander - opnieuw starten op school', date='2025-03-12 14:10',
     body="""Beste mevrouw De Wolf,

Dank voor het telefoongesprek van gisteren. Zoals afgesproken vat ik even samen.

Sander is sinds de krokusvakantie niet meer op school geweest. We begrijpen dat de angst om naar school te komen voor hem op dit moment heel groot is en dat het thuis elke ochtend strijd is. Samen met het CLB stellen we het volgende voor:

1. Volgende week komt Sander twee lesuren per dag (het 2de en 3de uur), zonder dat hij zich moet verantwoorden bij de klas.
2. Hij start telkens bij mij, in het lokaal van de leerlingenbegeleiding.
3. De CLB-psycholoog (mevrouw Vermeulen) ziet hem en u op dinsdag 18 maart om 10u.
4. Toetsen worden voorlopig uitgesteld; de klassenraad beslist later over een aangepast traject.

Als u denkt dat dit te snel gaat, laat het gerust weten.

Met vriendelijke groeten,
Nadia El Amrani
leerlingenbegeleiding""", rules=['sensitive'], cats=['psychosocial', 'care'], about=pid('sander'),
     note="care coordinator writes to a mother about her son's school refusal and the CLB return plan", fmt=['plain', 'qp', 'numbered-list'])

k = P('divine')
mail('afbetalingsplan-tshibangu', frm=SOFIE, to=[k['p1']], subject='Afbetalingsplan schoolrekening Divine', date='2025-02-03 10:40',
     body="""Beste mevrouw Tshibangu,

Zoals besproken op het secretariaat bevestig ik het afbetalingsplan voor de openstaande schoolrekeningen van Divine (4B) van het eerste en tweede trimester, samen € 640,00.

U betaalt in 4 maandelijkse schijven van € 160,00, telkens vóór de 10de van de maand (maart tot en met juni), op rekening BE43 7350 1234 5601 van Kunstcampus Sint-Pieter, met vermelding "Divine Tshibangu 4B - plan".

Zolang het plan gevolgd wordt, sturen wij geen herinneringen. Lukt een schijf een keer niet, laat het mij dan gewoon weten, dan zoeken we samen een oplossing.

Met vriendelijke groeten,
Sofie Wouters
boekhouding""", rules=['sensitive', 'personal_data'], cats=['financial'], about=pid('divine'),
     note='payment plan for a family unpaid school bills, with the school IBAN', fmt=['plain', 'qp'])

mail('schooltoeslag-kaya', frm=SOFIE, to=[MARLEEN], subject='familie Kaya - schooltoeslag', date='2024-12-11 15:15', body="""Marleen,

De mama van Emir Kaya (1A) was hier. Ze hebben de schooltoeslag dit jaar niet gekregen: ze moesten in augustus uit hun huis (uithuiszetting) en wonen nu tijdelijk bij een tante in Heverlee, waardoor het Groeipakket haar brieven nooit ontvangen heeft. De rekening van het eerste trimester (€ 230) kan ze nu echt niet betalen.

Ik zou de rekening even "on hold" zetten en haar doorverwijzen naar de sociale dienst van de stad voor de aanvraag. Ben je akkoord dat ik het adres in Smartschool al aanpas?

Sofie""", rules=['sensitive'], cats=['financial', 'family'], about=pid('emir'),
     note='a named family was evicted, missed the school allowance and cannot pay the bill', fmt=['plain', 'qp'])

mail('hanne-podiumangst-jury', frm=BART, to=[WIM], subject='Hanne - volgorde examen piano', date='2025-06-02 20:10', body="""Wim,

Een vraag voor de jury van het pianoexamen. Hanne Vermeiren (6B) heeft al sinds vorig jaar zware podiumangst; ze heeft in januari twee keer een paniekaanval gehad vlak voor ze moest spelen. Ze is in begeleiding bij een psycholoog en de huisarts heeft haar voor optredens een bètablokker voorgeschreven.

Zou ze als eerste mogen spelen, en zonder medeleerlingen in de zaal (enkel de jury)? Dan hoeft ze niet uren te wachten. Muzikaal is ze een van de sterksten van het jaar, het zou jammer zijn als het daarop misloopt.

Bart""", rules=['sensitive'], cats=['psychosocial', 'medical'], about=pid('hanne'),
     note="piano teacher tells the jury chair about a named pupil's panic attacks, therapy and prescribed medication",
     fmt=['plain', 'qp'])

mail('sticordi-arthur-muziektheorie', frm=NADIA, to=[BART], subject='examen muziektheorie Arthur 3A', date='2025-06-03 08:30', body="""Dag Bart,

Voor je examen muziektheorie in 3A: Arthur Claessens heeft een attest voor dyslexie en dyscalculie. De afspraken van de klassenraad:

- examen vergroot op A3, lettertype 14
- 1/3 extra tijd (hij mag in het zorglokaal)
- mag zijn overzichtskaart met intervallen gebruiken
- het ritmisch dictee mag hij mondeling afleggen bij jou

Kan je het examen tegen vrijdag bij mij bezorgen?

Nadia""", rules=['sensitive'], cats=['care', 'medical'], about=pid('arthur'),
     note='care coordinator lists exam accommodations for a named pupil with dyslexia and dyscalculia', fmt=['plain', 'qp', 'list'])

mail('aangifte-ongeval-febe', frm=MARLEEN, to=['Dossierbeheer Schoolongevallen <schoolongevallen@dijleverzekeringen.be>'],
     subject='Aangifte schoolongeval - Febe Martens', date='2024-11-19 09:55', body="""Geachte,

Hierbij de aangifte van een schoolongeval.

Leerling: Febe Martens, 5A (dans)
Geboortedatum: 03/07/2008
Rijksregisternummer: 08.07.03-214.62
Polisnummer school: SO-44871

Datum en plaats: 12/11/2024, dansstudio 1, tijdens de les klassieke dans
Omschrijving: pijn aan het rechterscheenbeen na een reeks sprongen. Na onderzoek bij de orthopedist (UZ Leuven) werd een stressfractuur vastgesteld.
Behandeling: 6 weken geen sprongen, kinesitherapie 2x per week, steunzolen.

Het medisch attest en de kostenstaat worden door de ouders nagestuurd.

Met vriendelijke groeten,
Marleen Claes
secretariaat""", rules=['sensitive', 'personal_data'], cats=['medical'], about=pid('febe'),
     note="accident report to the insurer with a pupil's diagnosis, national number and date of birth", fmt=['plain', 'qp'])

mail('pleeggezin-jayden', frm=MARLEEN, to=['Dries Wauman <dries.wauman@sintpieterscollege.be>', KOEN, GRIET],
     subject='Jayden 2A - nieuwe contactpersoon', date='2025-01-07 13:20', body="""Dag Dries, Koen en Griet,

Sinds 6 januari verblijft Jayden Bogaert (2A) in een pleeggezin. Ik heb in Smartschool de gegevens aangepast: alle communicatie gaat voortaan naar zijn pleegmoeder, mevrouw An Verlinden, en naar de consulent van het Ondersteuningscentrum Jeugdzorg.

Belangrijk: zijn moeder mag geen rapporten of berichten meer krijgen en mag hem niet ophalen. Komt ze toch naar school, dan meteen Koen verwittigen.

Marleen""", rules=['sensitive'], cats=['family'], about=pid('jayden'),
     note='secretariat informs teachers that a named pupil was placed in a foster family and his mother may not pick him up',
     fmt=['plain', 'qp'])

mail('lore-terug-halftijds', frm=ELS, to=[NADIA, TOMW, 'Ruth Dewaele <ruth.dewaele@sintpieterscollege.be>', STEFAAN],
     subject='Lore 6C - terugkeer', date='2025-01-31 12:10', kind='alt', body="""Beste collega's van 6C,

Lore Van Dyck komt maandag terug naar school. Ze heeft sinds de kerstvakantie drie weken in dagbehandeling gezeten in de kinder- en jeugdpsychiatrie en wordt nog opgevolgd door een psychiater. Het gaat beter, maar ze is snel moe en heeft weinig energie.

Afspraken na overleg met Nadia en haar mama:
- de eerste vier weken komt ze enkel 's voormiddags
- deadline eindwerk verschoven naar 15 mei
- geen presentatie van het eindwerk voor publiek, enkel voor de jury
- vraag niet in de klas waar ze was; ze vertelt het zelf als ze wil

Groetjes,
Els""", rules=['sensitive'], cats=['psychosocial', 'medical', 'care'], about=pid('lore'),
     note="class teacher tells colleagues about a named pupil's psychiatric day treatment and adapted final work",
     fmt=['alt', 'list'])

mail('allergie-mats-kostuum', frm=RITA, to=[EVI, GRIET], subject='Mats Devos 1C - maskers en catering', date='2025-03-04 10:25',
     body="""Dag Evi en Griet,

Voor de voorstelling van de eerstejaars: Mats Devos (1C) heeft een zware latexallergie. Hij mag dus geen latexmaskers en geen schmink met latex (de neuzen!). Ik maak voor hem een masker in stof.

Evi, voor de broodjes op de generale: hij is ook allergisch voor noten, ook sporen. Zijn EpiPen zit in het voorvakje van zijn rugzak; Griet weet hoe het moet.

Rita""", rules=['sensitive'], cats=['medical'], about=pid('mats'),
     note="costume manager tells colleagues about a named pupil's latex and nut allergy and EpiPen", fmt=['plain', 'qp'])

orig = """Van: Nadia El Amrani <nadia.elamrani@sintpieterscollege.be>
Datum: maandag 10 februari 2025 16:05
Aan: klassenraad-4b
Onderwerp: nota's klassenraad 4B

Kort de zorgpunten:
- Seppe Aerts: mama is in december vertrokken, Seppe woont nu alleen bij papa die nachtwerk doet. Hij is veel alleen thuis en komt vaak zonder eten.
- Nour Azzouzi: veel afwezig op maandag, ongewettigd. CLB-opvolging opgestart, gesprek met de ouders gepland.
Vriendelijke groet, Nadia"""
mail('fw-klassenraad-4b-naar-hotmail', frm=PJ, to=['pj.goossens@hotmail.com'], subject='Fwd: nota\'s klassenraad 4B',
     date='2025-02-10 21:40', body="""om thuis verder te lezen

---------- Doorgestuurd bericht ---------
""" + orig, rules=['sensitive', 'private_account'], cats=['family', 'care'], about=pid('seppe', 'nour'),
     note='teacher forwards class-council care notes about two named pupils to his own private Hotmail box',
     fmt=['plain', 'forward-inline'])

k = P('ayoub')
mail('ordemaatregel-ayoub', frm=KOEN, to=[k['p1']], subject='Ayoub - ordemaatregel en gesprek', date='2024-12-05 15:40', body="""Geachte meneer Haddouchi,

Ik moet u helaas laten weten dat Ayoub vandaag in de refter een medeleerling met de vuist in het gezicht heeft geslagen. Vorige week gooide hij al een stoel tijdens de les beeld, en ook in de dansles zijn er de laatste weken steeds meer uitbarstingen.

Als ordemaatregel blijft Ayoub morgen, vrijdag 6 december, thuis (preventieve schorsing). We willen u en Ayoub graag maandag om 8u30 op school zien om samen te bekijken hoe we hem kunnen helpen; ook de leerlingenbegeleiding zal erbij zijn.

Met vriendelijke groeten,
Koen Maes
adjunct-directeur Middenschool De Ateliers""", rules=['sensitive'], cats=['psychosocial'], about=pid('ayoub'),
     note="deputy head writes to a father about his son's repeated aggression and a one-day suspension", fmt=['plain', 'qp'])

mail('tinnitus-tuur-orkest', frm=WIM, to=[LIEVE, KATRIEN], subject='opstelling orkest - Tuur', date='2024-10-16 17:05',
     body="""Lieve, Katrien,

Voor de opstelling van het symfonisch orkest: Tuur Vanderlinden (5C, slagwerk) is bij de NKO-arts geweest. Hij heeft tinnitus en gehoorverlies in de hoge frequenties, waarschijnlijk door de drumband waar hij in speelt.

Hij moet altijd zijn oordoppen met filter dragen (ook bij het inspelen) en mag niet meer vlak voor de koperblazers zitten. Ik zet het slagwerk voortaan rechts achteraan met het plexischerm ervoor.

Wim""", rules=['sensitive'], cats=['medical'], about=pid('tuur'),
     note="orchestra leader tells colleagues about a named pupil's hearing damage", fmt=['plain', 'qp'])

k = P('fien')
mail('rekening-fien-gescheiden-ouders', frm=SOFIE, to=[f"Katrien D'hondt <{k['p1']}>", f"Geert Coppens <{k['p2']}>"],
     subject='Schoolrekening Fien (3D) - 2de trimester', date='2025-04-08 11:30', body="""Beste mevrouw D'hondt, beste meneer Coppens,

Sinds jullie scheiding maken wij op jullie vraag de schoolrekening van Fien in twee delen op (elk 50%).

Het deel van mevrouw D'hondt voor het 2de trimester is betaald. Het deel van meneer Coppens (€ 159,00) staat na twee herinneringen nog open; meneer Coppens liet weten dat hij de kosten voor de danskostuums niet wil betalen omdat hij niet akkoord ging met de keuze voor de dansrichting.

De school kan niet tussenkomen in deze discussie. Wij vragen jullie om onderling tot een afspraak te komen vóór 30 april; daarna moeten wij het volledige bedrag aan beide ouders aanrekenen.

Met vriendelijke groeten,
Sofie Wouters
boekhouding""", rules=['sensitive', 'bcc'], cats=['financial', 'family'], about=pid('fien'),
     note='mail to both divorced parents, visible to each other, about a disputed unpaid share of the school bill',
     fmt=['plain', 'qp'])

mail('taalondersteuning-oleksandr', frm=GRIET, to=['Veerle Buelens <veerle.buelens@sintpieterscollege.be>', ELS,
                                                  'Camille Laurent <camille.laurent@sintpieterscollege.be>'],
     subject='Oleksandr 2B - afspraken taal', date='2025-03-03 12:15', body="""Dag collega's,

Oleksandr Melnyk (2B) stroomde vorig jaar door uit het OKAN. Zijn Nederlands gaat vooruit, maar schoolse taal blijft moeilijk. Vanuit het zorgbeleid (extra zorg, fase 1) spreken we af:

- de 2 uur Frans worden vervangen door taalondersteuning Nederlands bij mij (mevrouw Laurent, hij is dus niet in je les)
- bij toetsen mag hij een woordenlijst Oekraïens-Nederlands gebruiken
- moeilijke instructies schriftelijk én mondeling

Achtergrond (graag discreet): hij vluchtte in 2022 met zijn mama; zijn vader is nog in Oekraïne en ze hebben soms wekenlang geen nieuws. Op zulke dagen is hij er met zijn hoofd niet bij.

Griet""", rules=['sensitive'], cats=['care', 'family'], about=pid('oleks'),
     note="care teacher describes extra language support for a named newcomer pupil and his family situation", fmt=['plain', 'qp', 'list'])

k = P('priya')
mail('priya-anxiety-update', frm=NADIA, to=[f"Ravi Raman <{k['p1']}>"], subject='Priya - follow-up', date='2025-03-20 16:45',
     lang='en', body="""Dear Mr Raman,

Thank you for coming in on Tuesday. As promised, a short summary of what we agreed.

Priya's anxiety has clearly increased since the winter exams. She had two panic episodes in class this month (in maths and during the drama workshop) and she told us she hardly sleeps before a test.

- Priya may leave the classroom and go to the quiet room next to my office whenever she feels it coming; she shows her card to the teacher.
- The CLB psychologist will see her every two weeks, starting next Thursday.
- Tests will be announced at least a week in advance.

Please let me know if anything changes at home or if she starts the therapy you mentioned.

Kind regards,
Nadia El Amrani
pupil support coordinator""", rules=['sensitive'], cats=['psychosocial', 'care'], about=pid('priya'),
     note="English summary to a father about his daughter's anxiety, panic episodes and CLB follow-up", fmt=['plain', 'qp'])

k = P('nathan')
mail('nathan-medication-repetition', frm=GRIET, to=[f"Sophie Dubois <{k['p1']}>"], subject='Médication de Nathan pendant les répétitions',
     date='2025-03-06 13:35', lang='fr', body="""Chère Madame Dubois,

Les répétitions du spectacle de 2e année auront lieu les mardis et jeudis jusqu'à 21h.

Pour Nathan, nous avons besoin de savoir comment organiser sa médication pour le TDAH : d'après le formulaire que vous avez rempli en septembre, il prend sa Rilatine le matin et à midi. Faut-il prévoir une troisième prise vers 16h les soirs de répétition ? Si oui, pourriez-vous remplir un nouveau formulaire de médication signé par le médecin et nous remettre la boîte au secrétariat ?

Sans médication, l'an dernier, les fins de soirée étaient très difficiles pour lui.

Bien cordialement,
Griet Van Damme
enseignante de soutien – Middenschool De Ateliers""", rules=['sensitive'], cats=['medical'], about=pid('nathan'),
     note="French mail to a mother about her son's ADHD medication during evening rehearsals", fmt=['plain', 'qp'])

att = """KLASSENRAAD 5C - 11 februari 2025 - notities leerlingenbegeleiding
(niet verspreiden, enkel voor leden klassenraad)

Robbe Willaert
  - somber, trekt zich terug, depressieve klachten; in begeleiding bij psycholoog sinds januari
  - vaak te laat 1ste uur -> niet bestraffen, melden aan Nadia

Zeynep Demir
  - risico op B-attest (wiskunde, Frans); leerwerk bijsturen via leerlingbegeleider
  - geen bijzondere zorg verder

Maja Kowalska
  - mama in behandeling voor kanker (chemo tot april); Maja zorgt veel voor haar broertje
  - uitstel taken mogelijk op vraag, niet aankaarten in de klas
"""
mail('kr-5c-notities-bijlage', frm=NADIA, to=['Tom Willems <tom.willems@sintpieterscollege.be>', LIEVE, STEFAAN],
     subject='notities KR 5C', date='2025-02-11 18:30', body="""Collega's,

In bijlage mijn notities van de klassenraad van vanmiddag. Na lezing graag verwijderen; de officiële versie komt in het LVS.

Nadia""", attach=[('KR5C_feb_notities.txt', att, 'text', 'plain', 'quoted-printable')], rules=['sensitive'],
     cats=['psychosocial', 'medical', 'family'], about=pid('robbe', 'zeynep', 'maja'),
     note='class-council notes in a .txt attachment: depression of one pupil, a parent with cancer, study risk',
     fmt=['plain', 'attachment-txt'])

mail('brand-familie-celik', frm=NADIA, to=['Youssef Bouzid <youssef.bouzid@sintpieterscollege.be>', ILSE, STEFAAN, KATRIEN],
     subject='Kerem 4A', date='2025-01-23 10:10', body="""Beste collega's van 4A,

Vannacht is het huis van de familie Çelik volledig uitgebrand. Gelukkig is iedereen ongedeerd, maar ze zijn alles kwijt. Ze verblijven voorlopig in een noodwoning van het OCMW.

Kerem is er vandaag niet. Hij heeft geen cursussen, geen danskledij en geen laptop meer. Wij betalen nieuwe cursussen en danskledij uit het solidariteitsfonds; Sofie regelt dat met het OCMW.

Mama zegt dat hij niet slaapt en steeds opnieuw over de brand vertelt. Als hij terugkomt: geen toetsen deze en volgende week, en laat hem gerust even naar mij gaan.

Nadia""", rules=['sensitive'], cats=['family', 'psychosocial', 'financial'], about=pid('kerem'),
     note="care coordinator informs teachers that a named pupil's home burned down, the family is in OCMW housing and he is traumatised",
     fmt=['plain', 'qp'])

mail('mama-jana-intensieve-zorg', frm=MARLEEN, to=[HILDE], subject='Jana Van Roy 3C', date='2025-04-23 08:40',
     charset='windows-1252', cte='8bit', body="""Hilde,

De papa van Jana Van Roy (3C) belde daarnet: haar mama ligt sinds gisteren op intensieve zorg in Gasthuisberg na een hersenbloeding. Het is "kritiek maar stabiel".

Jana blijft deze week thuis. Papa vraagt of haar toetsen kunnen verschoven worden en of de klastitularis haar even een berichtje wil sturen. Ze heeft liever niet dat de hele klas het weet.

Zal ik het doorgeven aan Joke?

Marleen""", rules=['sensitive'], cats=['family', 'medical'], about=pid('jana'),
     note="secretariat tells the principal a named pupil's mother is in intensive care; pupil stays home", fmt=['plain', 'cp1252-8bit'])

q = """Dag PJ,
Je liet een briefje in mijn postvak over de monoloog van Stan. Kan je me iets meer vertellen vóór ik hem oproep?
Nadia"""
mail('re-monoloog-stan', frm=PJ, to=[NADIA], subject='Re: monoloog Stan', date='2025-05-13 12:31', body="""Nadia,

In de monoloog die ze moesten schrijven ("een brief aan jezelf binnen 10 jaar") schreef Stan letterlijk dat hij "er binnen 10 jaar niet meer zal zijn", dat hij "liever zou verdwijnen dan nog een jaar zo verder te gaan" en dat hij "al weet hoe". Het was geen rol, het was in de ik-vorm en heel concreet.

Ik heb de tekst in een gesloten enveloppe in je postvak gelegd. Hij was er vandaag niet, gisteren leek hij heel stil. Ik zou hem vandaag nog bellen als dat kan, of zijn mama.

PJ

""" + quote(q, 'Op di 13 mei 2025 om 11:50 schreef Nadia El Amrani <nadia.elamrani@sintpieterscollege.be>:'),
     rules=['sensitive'], cats=['psychosocial'], about=pid('stan'),
     note='drama teacher reports that a named pupil wrote about wanting to disappear and knowing how (suicidal thoughts)',
     fmt=['plain', 'reply'])

inner = inner_msg(TINE, ['Griet Van Damme <griet.vandamme@sintpieterscollege.be>'], 'handelingsgericht advies Hiba Mansouri (1A)',
                  '2025-03-21 11:05', """Dag Griet,

Na het onderzoek van Hiba Mansouri (1A) en het gesprek met mama, ons advies:

- Er is een sterk vermoeden van een taalontwikkelingsstoornis (begrijpend lezen en woordenschat liggen ver onder haar leeftijd, los van het meertalige gezin). Wij raden een logopedisch onderzoek aan; mama maakt een afspraak.
- In de klas: instructies kort en visueel ondersteunen, herhalen, laten navertellen.
- Toetsen: voorlezen van de vragen; geen aftrek voor taalfouten in de andere vakken.
- Opvolging door het CLB in juni (MDO).

Met vriendelijke groeten,
Tine Vermeulen
CLB Leuven""", mid='clbadvies')
mail('fw-clb-advies-hiba', frm=GRIET, to=['Veerle Buelens <veerle.buelens@sintpieterscollege.be>'],
     subject='FW: handelingsgericht advies Hiba Mansouri (1A)', date='2025-03-21 13:20', body="""Dag Veerle,

Ter info als klastitularis: het advies van het CLB over Hiba zit in bijlage. Kan jij het aan de vakleerkrachten doorgeven op de personeelsvergadering (mondeling)?

Griet""", rfc822=inner, rules=['sensitive'], cats=['care', 'medical'], about=pid('hiba'),
     note='care teacher forwards as attachment the CLB advice about a suspected language disorder of a named pupil',
     fmt=['plain', 'forward-attached'])
# ================================================================ PERSONAL, NOT SENSITIVE (20)
k = P('louise')
mail('proficiat-solo-louise', frm=KATRIEN, to=[f"Hilde Vervoort <{k['p1']}>"], subject='Louise op het winterconcert',
     date='2024-12-20 21:15', body="""Beste mevrouw Vervoort,

Ik wil u toch even laten weten hoe trots ik gisteren was op Louise. Haar solo in het Largo van Vivaldi was zuiver, rustig en heel muzikaal, en dat voor een volle zaal. Verschillende collega's kwamen het me achteraf spontaan zeggen.

Ze heeft er de voorbije weken ook echt hard voor gewerkt. Geef haar gerust een dikke pluim van mij!

Fijne feestdagen,
Katrien Smets
viool""", rules=[], about=pid('louise'), note="violin teacher praises a pupil's solo to her mother", fmt=['plain', 'qp'])

k = P('jules')
mail('cello-jules-bus', frm=WIM, to=[k['p1']], subject='cello van Jules teruggevonden', date='2025-03-31 08:20', body="""Dag mevrouw Deprez,

Goed nieuws: de cello van Jules is terecht. Hij was na het concert in Brussel achteraan in de bus blijven liggen, onder de jassen van het koor. De chauffeur van Autocars Dijleland heeft hem vanmorgen bij onze huisbewaarder afgegeven. Hoes en strijkstok zijn er ook, niets beschadigd zo te zien.

Jules kan hem vandaag na school ophalen bij Eddy (loge aan de hoofdingang).

Vriendelijke groeten,
Wim De Smedt""", rules=[], about=pid('jules'), note='lost cello found in the coach after a concert; practical', fmt=['plain', 'qp'])

k = P('noor')
mail('auditie-noor-geslaagd', frm=ILSE, to=[k['p1'], k['p2']], subject='Resultaat auditie dans 2de graad', date='2025-05-23 17:30',
     kind='alt', body="""Beste ouders van Noor,

Met plezier laat ik u weten dat Noor geslaagd is voor de auditie voor de studierichting dans in de tweede graad. De jury was vooral onder de indruk van haar muzikaliteit en haar eigen solo.

Na de zomer start ze dus in 3 Dans. De lijst met benodigdheden (danskledij, schoenen) volgt begin juli.

Proficiat aan Noor!

Ilse Jacobs
coördinator dans""", rules=['bcc'], about=pid('noor'),
     note='audition result for a pupil sent to both parents with both private addresses visible in To', fmt=['alt', 'qp'])

k = P('amine')
mail('pasmoment-kostuum-amine', frm=RITA, to=[k['mail']], subject='pasmoment kostuum', date='2025-02-18 09:05', body="""Dag Amine,

Je kostuum voor De Toverfluit (Papageno, 1ste bedrijf) is bijna klaar. Kom je dinsdag om 12u45 passen in het kostuumatelier (kelder, gang D)? Het duurt een kwartiertje.

Breng je zwarte sokken en je dansschoenen mee. Ik heb maat 164 genomen met wat marge in de mouwen, dat kan ik nog aanpassen.

Rita""", rules=[], about=pid('amine'), note='costume fitting appointment for a pupil', fmt=['plain', 'qp'])

k = P('elise')
mail('programmaboekje-foto-elise', frm=EVI, to=[k['mail']], subject='foto + bio programmaboekje', date='2025-04-15 10:45', body="""Hoi Elise,

Voor het programmaboekje van de eindvoorstelling heb ik van jou nog nodig:
- een portretfoto (liggend of staand, goede resolutie, geen selfie met filter)
- een korte bio van max. 40 woorden (wie ben je, wat speel je, wat wil je volgend jaar doen)

Graag tegen vrijdag, gewoon als antwoord op deze mail.

Evi""", rules=[], about=pid('elise'), note='asks a pupil for a headshot and bio for the programme booklet', fmt=['plain', 'qp', 'list'])

k = P('vic')
q = """Beste juf,
Vrijdag na de voorstelling kan ik Vic niet zelf ophalen omdat ik moet werken tot 22u. Mag hij meerijden met onze buurvrouw, mevrouw Segers? Zij haalt haar dochter ook op.
Groetjes, Sarah Lenaerts"""
mail('re-ophalen-vic-buurvrouw', frm=SARAHV, to=[f"Sarah Lenaerts <{k['p1']}>"], subject='Re: ophalen vrijdag', date='2025-03-26 20:12',
     body="""Beste mevrouw Lenaerts,

Dat is geen probleem. Ik noteer dat Vic vrijdag na de voorstelling met mevrouw Segers meegaat. De kinderen worden na afloop in de refter van De Ateliers opgehaald, wij geven ze enkel mee aan wie op de lijst staat.

Veel werkplezier en groetjes,
Sarah Vanmechelen

""" + quote(q, 'Op 26-03-2025 19:48 schreef Sarah Lenaerts:'), rules=[], about=pid('vic'),
     note='practical pickup arrangement with a neighbour after a performance', fmt=['plain', 'reply'])

k = P('mila')
mail('oplader-mila', frm=BART, to=[f"Joke Stevens <{k['p1']}>"], subject='oplader chromebook Mila', date='2024-11-07 14:02', body="""Beste mevrouw Stevens,

Mila meldde vandaag dat ze de oplader van haar chromebook kwijt is. Het toestel zelf is in orde.

Als de oplader niet meer opduikt, kunnen wij een nieuwe bestellen (€ 25, wordt op de volgende schoolrekening gezet). Voorlopig kan ze in de klas een reserve-oplader lenen. Laat maar weten wat u verkiest.

Met vriendelijke groeten,
Bart Lemmens
ICT-coördinator""", rules=[], about=pid('mila'), note='lost Chromebook charger, replacement offer', fmt=['plain', 'qp'])

k = P('ruben')
mail('selectie-jeugdorkest-ruben', frm=WIM, to=[k['mail']], cc=[f"An Meeus <{k['p1']}>"], subject='Proficiat!',
     date='2025-01-29 16:20', body="""Dag Ruben,

Net het bericht gekregen van het Provinciaal Jeugdorkest: je bent geselecteerd als tweede trompet voor de zomertournee! Dat is echt knap, er waren meer dan twintig kandidaten.

De repetities zijn in het weekend, dus normaal geen probleem met school. Kom morgen even langs, dan geef ik je de partituren.

Groeten,
Wim De Smedt""", rules=[], about=pid('ruben'), note='congratulates a pupil (mother in Cc) on his selection for a youth orchestra',
     fmt=['plain', 'qp'])

k = P('ella')
mail('bedankt-decor-papa-ella', frm=ELS, to=[f"Tom Wuyts <{k['p1']}>"], subject='bedankt voor het decor!', date='2025-03-31 19:30',
     body="""Dag Tom,

Nog eens heel erg bedankt voor al de uren die je in het decor van de lentevoorstelling hebt gestoken. Die draaiende toren was het gesprek van de avond. Ella was zichtbaar trots op haar papa, ook al zal ze dat niet hardop zeggen :)

De panelen mogen in de berging blijven, misschien gebruiken we ze volgend jaar opnieuw.

Hartelijke groet,
Els""", rules=[], about=pid('ella'), note="thanks a pupil's father for building the stage set", fmt=['plain', 'qp'])

k = P('ilyas')
mail('wedstrijd-ilyas-afwezigheid', frm=BART, to=[k['p1']], subject='finale pianowedstrijd - afwezigheid Ilyas', date='2025-04-24 11:40',
     body="""Beste mevrouw Bakkali,

Proficiat, Ilyas is doorgestoten naar de finale van de pianowedstrijd in Brugge!

Zijn afwezigheid op woensdag 7 en donderdag 8 mei is door de directie goedgekeurd als gewettigde afwezigheid (deelname aan een artistieke wedstrijd). Het examen muziekgeschiedenis dat op 8 mei valt, legt hij af op maandag 12 mei om 8u30.

Met vriendelijke groeten,
Bart Lemmens
leraar piano""", rules=[], about=pid('ilyas'), note='approved absence for a competition final and rescheduled exam', fmt=['plain', 'qp'])

k = P('zoe')
mail('terugbetaling-uitstap-zoe', frm=SOFIE, to=[f"Ingrid Lievens <{k['p1']}>"], subject='terugbetaling uitstap Concertgebouw',
     date='2025-02-14 10:12', body="""Beste mevrouw Lievens,

De uitstap van 4C naar het Concertgebouw in Brugge werd geannuleerd. Het voorschot van € 35,00 voor Zoë hebben we vandaag teruggestort op de rekening waarmee u betaalde: BE12 0016 8845 2092.

Het kan 1 à 2 werkdagen duren voor het op uw rekening staat.

Met vriendelijke groeten,
Sofie Wouters
boekhouding""", rules=['personal_data'], about=pid('zoe'),
     note="refund of a cancelled trip deposit to a parent's IBAN; not a money problem", fmt=['plain', 'qp'])

k = P('kobe')
mail('expo-selectie-kobe', frm=ELS, to=[k['mail']], subject='je linosneden', date='2025-05-28 15:50', body="""Kobe,

Goed nieuws: de jury heeft je reeks linosneden ("Dijle bij laag water") gekozen voor de centrale wand van de eindexpo. Kun je donderdag in het 7de uur komen helpen met ophangen? We hebben de lijsten nodig die je vorig jaar gebruikte.

Els""", rules=[], about=pid('kobe'), note='tells a pupil his prints were selected for the final exhibition', fmt=['plain', 'qp'])

k = P('salma')
mail('stadhuis-expo-salma', frm=ELS, to=['Karolien Mertens <karolien.mertens@leuven.be>'], subject='werk voor de expo in het stadhuis',
     date='2025-05-19 13:25', body="""Beste Karolien,

Zoals beloofd de gegevens van het werk dat we voorstellen voor de zomerexpo "Jong Talent" in het stadhuis:

Kunstenaar: Salma Ziani, 6de jaar beeldende kunst
Titel: Vaartkom bij nacht
Techniek: olieverf op doek, 80 x 120 cm

Salma en haar ouders gaven toestemming voor vermelding van haar naam op het naambordje. Transport kunnen wij zelf doen op dinsdag 3 juni in de voormiddag.

Vriendelijke groeten,
Els Peeters
vakgroep beeldende kunst""", rules=[], about=pid('salma'),
     note="visual-arts teacher proposes a pupil's painting for a city exhibition", fmt=['plain', 'qp'])

k = P('lars')
mail('huurcontract-trompet-lars', frm=WIM, to=[k['p1']], subject='huurinstrument Lars', date='2025-06-04 09:00', body="""Beste mevrouw Verbruggen,

Het huurcontract van de trompet die Lars van school gebruikt (instrumentnr. TR-07) loopt af op 30 juni.

Twee mogelijkheden:
1. Lars brengt de trompet gereinigd terug op het laatste lesmoment (met koffer en mondstuk).
2. U verlengt voor volgend schooljaar; dan hoeft u niets te doen, de huur (€ 60 per jaar) komt op de eerste schoolrekening.

Laat u mij weten wat u kiest?

Groeten,
Wim De Smedt""", rules=[], about=pid('lars'), note='practical mail about the end of an instrument rental', fmt=['plain', 'qp', 'numbered-list'])

k = P('marie')
q = """Geachte heer Maes,
Marie heeft op woensdag om 12u30 les aan de muziekacademie in Heverlee. Mag ze vroeger vertrekken? Ze haalt anders de bus niet.
Met vriendelijke groet,
Nathalie Dewulf"""
mail('re-academie-woensdag-marie', frm=KOEN, to=[f"Nathalie Dewulf <{k['p1']}>"], subject='RE: vroeger vertrekken woensdag',
     date='2024-09-18 16:30', kind='alt', body="""Beste mevrouw Dewulf,

Marie mag op woensdag om 11u55 vertrekken (na het 4de lesuur) voor haar les aan de academie. Wilt u ons nog het inschrijvingsbewijs van de academie bezorgen? Dan zetten we het in orde in haar schoolagenda en geven we haar een uitgangskaart.

Met vriendelijke groeten,
Koen Maes
adjunct-directeur

""" + quote(q, '-----Oorspronkelijk bericht-----\nVan: Nathalie Dewulf\nVerzonden: woensdag 18 september 2024 8:14'),
     rules=[], about=pid('marie'), note='permission for a pupil to leave early for music academy lessons', fmt=['alt', 'reply'])

k = P('oliver')
mail('into-the-woods-oliver', frm=PJ, to=[f"Emma Bennett <{k['p1']}>"], subject='Oliver - role in the musical', date='2024-10-24 17:45',
     lang='en', body="""Dear Mrs Bennett,

Just a quick note to let you know that Oliver has been cast as the Baker in our production of "Into the Woods" (performances 23-25 May). It's one of the biggest parts and he really earned it at the auditions.

Rehearsals: Tuesdays 16:00-19:00 in the concert hall, plus two full Saturdays in May (dates in Smartschool). He'll need to learn his lines by the spring holidays.

If you have any questions, feel free to reply in English, no problem at all.

Best wishes,
Pieter-Jan Goossens
drama department""", rules=[], about=pid('oliver'), note='English mail telling a parent about her son\'s role and rehearsal times',
     fmt=['plain', 'qp'])

k = P('aya')
mail('hotmail-dansschoenen-aya', frm='Youssef Bouzid <youssef.bouzid@hotmail.com>', to=[k['mail']], subject='je spullen',
     date='2025-01-19 20:05', body="""Hey Aya,

Na de repetitie lagen je dansschoenen (de grijze) en een zwart vest met je naam erin nog in kleedkamer 2. Ik heb ze meegenomen naar het bureau van de dansafdeling, je kan ze maandag komen halen.

(sorry, mail van mijn privéadres, ik geraak thuis niet in mijn schoolmail)

Youssef""", rules=['private_account'], about=pid('aya'), mail_from='youssef.bouzid@hotmail.com',
     note="dance teacher writes to a pupil about her lost shoes from his private Hotmail", fmt=['plain', 'qp'])

k = P('wannes')
mail('stage-wannes-theater', frm=PJ, to=['Lotte De Smedt <lotte.desmedt@wolkenkrabber.be>'], subject='stage Wannes Pauwels 5-16 mei',
     date='2025-04-09 14:15', body="""Dag Lotte,

Fijn dat Wannes Pauwels (6de jaar drama) zijn stage bij jullie technische ploeg mag doen, van maandag 5 tot vrijdag 16 mei.

- Uren volgens jullie planning, max. 38u per week; avondvoorstellingen mogen.
- Hij is verzekerd via de schoolpolis.
- De stageovereenkomst geeft hij jou maandag ondertekend mee.
- Zijn gsm-nummer voor last-minute wijzigingen: 0489 22 61 34

Ik kom op woensdag 14 mei langs voor het evaluatiegesprek, als dat past.

Groeten,
Pieter-Jan Goossens
leerkracht drama / stagebegeleider""", rules=['personal_data'], about=pid('wannes'),
     note="internship arrangements for a pupil at a theatre, with the pupil's mobile number", fmt=['plain', 'qp', 'list'])

k = P('sara')
mail('inschrijving-vioolconcours-sara', frm=KATRIEN, to=['Concours Jeunes Violonistes <inscriptions@concours-jeunes-violonistes.be>'],
     subject='Inscription catégorie C', date='2025-01-31 11:05', lang='fr', body="""Bonjour,

Je souhaite inscrire l'élève suivante dans la catégorie C (16-18 ans) :

Nom : Sara Kowalczyk
Date de naissance : 21/09/2008
École : Kunstcampus Sint-Pieter, Louvain (5e année musique)
Professeur : Katrien Smets
Répertoire : J.S. Bach, Partita n° 2 – Allemande ; F. Kreisler, Praeludium et Allegro

Les frais d'inscription (30 €) seront versés par les parents.

Bien cordialement,
Katrien Smets""", rules=['personal_data'], about=pid('sara'),
     note="violin teacher registers a pupil for a competition in French, with her date of birth", fmt=['plain', 'qp'])

k = P('finn')
mail('leerlingenraad-finn', frm=HILDE, to=[k['mail']], subject='proficiat voorzitter!', date='2024-10-11 13:00', body="""Dag Finn,

Proficiat met je verkiezing tot voorzitter van de leerlingenraad! Ik kijk uit naar de samenwerking.

De eerste vergadering is dinsdag 22 oktober tijdens de middagpauze in de foyer. Zou jij samen met de secretaris een agenda willen opstellen? Ideeën die ik al hoorde: een open podium in de middag, meer fietsenstallingen, en water in de dansstudio's.

Hartelijke groet,
mevrouw Verbeeck
directeur""", rules=[], about=pid('finn'), note='principal congratulates the newly elected pupil-council chair', fmt=['plain', 'qp'])
# ================================================================ MISDIRECTED (10)
x, y = P('jonas_pe'), P('jonas_pt')
mail('voorleeswedstrijd-jonas-verkeerd', frm=JOKE, to=[y['p1']], subject='Jonas wint de voorleeswedstrijd!', date='2025-02-07 15:55',
     body="""Beste ouders van Jonas,

Ik wilde u even laten weten dat Jonas vandaag de voorleeswedstrijd van het derde jaar heeft gewonnen, met zijn eigen tekst over de Vaartkom. De hele klas 3B stond recht om te applaudisseren.

Hij mag nu naar de finale van de scholengroep op 14 maart.

Met vriendelijke groeten,
Joke Cuypers
klastitularis 3B""", rules=[], about=pid('jonas_pe'), misdirected=True,
     note='praise about Jonas Peeters (3B) sent only to the parent of Jonas Peters (4C), an address-book mix-up',
     fmt=['plain', 'qp'])

x, y = P('lotte_cn'), P('lotte_css')
mail('dwarsfluit-lotte-verkeerd', frm=WIM, to=[y['p1']], subject='dwarsfluit Lotte', date='2024-10-17 16:40', body="""Beste ouder,

Lotte (1A) heeft haar dwarsfluit na de muziekles laten liggen in lokaal C.0.14. Ik heb ze bij Eddy, de huisbewaarder, in bewaring gegeven. Ze kan ze morgen vóór 8u25 ophalen aan de loge.

Groeten,
Wim De Smedt""", rules=[], about=pid('lotte_cn'), misdirected=True,
     note='forgotten flute of Lotte Claesen (1A) reported only to the parent of Lotte Claessens (2A)', fmt=['plain', 'qp'])

x, y = P('emma_wo'), P('emma_wa')
mail('auditie-drama-emma-verkeerd', frm=PJ, to=[y['p1']], subject='Resultaat auditie drama', date='2025-05-23 18:05', kind='alt',
     body="""Beste ouders,

Emma (2D) is geslaagd voor de auditie voor de studierichting drama in de tweede graad. Ze bracht haar monoloog met veel overtuiging en de jury was het unaniem eens.

De onthaaldag voor nieuwe derdejaars drama is op 29 augustus.

Met vriendelijke groeten,
Pieter-Jan Goossens
vakgroep drama""", rules=[], about=pid('emma_wo'), misdirected=True,
     note='audition result of Emma Wouters (2D) sent only to the parent of Emma Wauters (2B)', fmt=['alt', 'qp'])

x, y = P('yusuf_ay'), P('yusuf_ad')
mail('incident-yusuf-verkeerd', frm=KOEN, to=[y['p1']], subject='Yusuf - incident vandaag', date='2025-02-13 16:15', body="""Beste ouders van Yusuf,

Ik moet u helaas laten weten dat Yusuf (1C) vandaag opnieuw een klasgenoot heeft bedreigd en uitgescholden tijdens de dansles. Het is de vierde keer deze maand dat hij naar de time-out werd gestuurd.

We merken dat Yusuf zich niet goed in zijn vel voelt: hij is snel kwaad, slaapt slecht volgens zijn klastitularis en trekt zich terug tijdens de pauzes. We willen graag samen met u en de leerlingenbegeleiding bekijken wat er aan de hand is. Kunt u volgende dinsdag om 16u?

Met vriendelijke groeten,
Koen Maes
adjunct-directeur Middenschool De Ateliers
016 29 41 80""", rules=['sensitive', 'personal_data'], cats=['psychosocial'], about=pid('yusuf_ay'), misdirected=True,
     note='behaviour problems of Yusuf Aydın (1C) sent only to the parent of Yusuf Aydemir (1B); school phone in signature',
     fmt=['plain', 'qp'])

x, y = P('kacper_nw'), P('kacper_nk')
mail('herinnering-rekening-kacper-verkeerd', frm=SOFIE, to=[y['p1']], subject='3de herinnering schoolrekening Kacper',
     date='2025-03-14 09:30', body="""Beste ouders,

Ondanks twee eerdere herinneringen staat de schoolrekening van Kacper (2C) van het eerste trimester nog altijd open (€ 268,40). We begrijpen dat het soms moeilijk kan zijn; vorige keer gaf u aan dat u het na de uitbetaling van de werkloosheidsuitkering zou regelen.

Gelieve vóór 31 maart contact op te nemen, zodat we een afbetalingsplan kunnen opmaken of u kunnen doorverwijzen naar de sociale dienst van het OCMW.

Met vriendelijke groeten,
Sofie Wouters
boekhouding""", rules=['sensitive'], cats=['financial'], about=pid('kacper_nw'), misdirected=True,
     note='third reminder of an unpaid bill and money trouble of Kacper Nowicki (2C) sent only to the parent of Kacper Nowakowski (3A)',
     fmt=['plain', 'qp'])

x, y = P('nina_bo'), P('nina_bg')
mail('astma-rookmachine-nina-verkeerd', frm=JONAS, to=[y['p1']], subject='Nina - rookmachine repetitie', date='2025-03-20 21:50', body="""Beste ouders van Nina,

Tijdens de repetitie van vanavond kreeg Nina (3D) een astma-aanval toen de rookmachine aanstond. Ze heeft haar puffer gebruikt en het ging na een tiental minuten beter; ze is bij de rest van de groep gebleven.

Ik zet de rookmachine voor de rest van de repetities uit in haar scène. Mogen we u vragen om het medicatieformulier in te vullen, zodat we weten wat we moeten doen als het opnieuw gebeurt?

Groeten,
Jonas Dierickx
podiumtechniek""", rules=['sensitive'], cats=['medical'], about=pid('nina_bo'), misdirected=True,
     note='asthma attack of Nina Bosmans (3D) reported only to the parent of Nina Bogaerts (3C)', fmt=['plain', 'qp'])

x, y = P('lucas_sme'), P('lucas_smt')
mail('kostuum-lucas-verkeerd', frm=RITA, to=[y['p1']], subject='kostuum nog niet terug', date='2025-04-07 10:10', body="""Beste ouder,

Lucas (5A) heeft zijn kostuum van de lentevoorstelling (blauwe tuniek + broek, nummer K-233) nog niet teruggebracht. Gelieve het gewassen op 30 graden, niet in de droogkast, terug te bezorgen in het kostuumatelier vóór 25 april.

Dank u,
Rita Hermans
kostuumatelier""", rules=[], about=pid('lucas_sme'), misdirected=True,
     note='costume return reminder about Lucas Smeets (5A) sent only to the parent of Lucas Smets (6A)', fmt=['plain', 'qp'])

x, y = P('hamza_ta'), P('hamza_tr')
mail('clb-mdo-hamza-verkeerd', frm=NADIA, to=[y['p1']], subject='uitnodiging MDO Hamza', date='2025-03-03 12:00', body="""Beste ouders van Hamza,

Na het onthaalgesprek heeft het CLB beslist om Hamza (4B) verder te begeleiden rond zijn studiemotivatie en de vele ongewettigde afwezigheden. Ook de klassenraad maakt zich zorgen.

Wij nodigen u uit voor een multidisciplinair overleg (MDO) met de CLB-medewerker, de klastitularis en mezelf op vrijdag 14 maart om 15u in lokaal A.0.02. Hamza is zelf ook welkom.

Met vriendelijke groeten,
Nadia El Amrani
leerlingenbegeleiding""", rules=['sensitive'], cats=['care'], about=pid('hamza_ta'), misdirected=True,
     note='CLB follow-up and MDO invitation about Hamza Tahiri (4B) sent only to the parent of Hamza Tahri (5C)',
     fmt=['plain', 'qp'])

x, y = P('julie_6'), P('julie_1')
mail('eindwerk-julie-ophalen-verkeerd', frm=ELS, to=[y['p1']], subject='eindwerk Julie ophalen', date='2025-06-20 12:40', body="""Beste ouders,

Het eindwerk van Julie (6C), het grote doek en de drie keramiekstukken, staat nog in atelier B.2. Gelieve het vóór 30 juni op te halen tussen 9 en 12u; de stukken zijn zwaar, kom best met de auto (parkeren aan de loskade mag).

Vriendelijke groeten,
Els Peeters""", rules=[], about=pid('julie_6'), misdirected=True,
     note='pick-up of the final work of Julie Vos (6C) sent only to the parent of the namesake Julie Vos (1D)', fmt=['plain', 'qp'])

x, y = P('marie_gs'), P('marie_gn')
mail('chromebook-hersteld-marie-verkeerd', frm=BART, to=[y['p1']], subject='chromebook Marie hersteld', date='2025-02-10 13:45',
     body="""Beste ouder,

De chromebook van Marie (1B) is terug van herstelling (nieuw scherm, gedekt door de verzekering). Ze kan hem morgen ophalen in lokaal 0.03 tijdens de middagpauze.

Met vriendelijke groeten,
Bart Lemmens
ICT""", rules=[], about=pid('marie_gs'), misdirected=True,
     note='repaired Chromebook of Marie Goris (1B) announced only to the parent of Marie Gorissen (1A)', fmt=['plain', 'qp'])

# ================================================================ GENERAL LETTERS (15)
news = outlook("""<table width="100%" cellpadding=0 cellspacing=0><tr><td style="background:#2b2d42;color:white;padding:12px">
<span style="font-size:18pt;font-family:Georgia">Kunstcampus Sint-Pieter – Nieuwsbrief december</span></td></tr></table>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Geachte ouders,</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal><b>Winterconcerten en -voorstellingen</b><br>
Op 18 en 19 december toont de afdeling muziek haar winterconcert; op 20 december volgt de wintervoorstelling dans. Tickets (€ 8, kinderen tot 12 jaar € 4) zijn te koop via de webshop vanaf 2 december. Elke leerling die optreedt heeft recht op twee gratis tickets.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal><b>Examens</b><br>
De examenroosters staan in Smartschool. In de eerste graad zijn er geen examens maar toetsweken. Heeft uw kind een examen gemist door ziekte, dan is een doktersattest nodig.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal><b>Rapport en oudercontact</b><br>
Het rapport wordt meegegeven op vrijdag 20 december. Het oudercontact vindt plaats op 7 januari; inschrijven via Smartschool.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal><b>Verloren voorwerpen</b><br>
In de loge liggen ruim veertig jassen, drinkbussen en danssloffen. Wat niet opgehaald wordt vóór de kerstvakantie, schenken we aan een kringwinkel.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Wij wensen u en uw gezin alvast fijne feestdagen.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Hilde Verbeeck<br>directeur</p>""")
mail('nieuwsbrief-december-ouders', frm=HILDE, to=['info@sintpieterscollege.be'], bcc=['ouders@sintpieterscollege.be'],
     subject='Nieuwsbrief december', date='2024-11-28 17:00', kind='alt',
     body='Geachte ouders,\n\nDe nieuwsbrief van december vindt u hieronder (HTML-versie). Winterconcerten 18-19/12, wintervoorstelling dans 20/12, tickets vanaf 2/12, rapport 20/12, oudercontact 7/1.\n\nHilde Verbeeck\ndirecteur',
     htmlbody=news, rules=[], note='monthly newsletter to all parents with the group address in Bcc', fmt=['alt', 'newsletter'])

mail('afsluiten-na-avondrepetitie-personeel', frm=HILDE, to=['directie@sintpieterscollege.be'], bcc=['personeel@sintpieterscollege.be'],
     subject='Afspraken avondrepetities - wie sluit af?', date='2024-10-07 12:00', body="""Beste collega's,

Nu de avondrepetities weer begonnen zijn, herhaal ik de afspraken.

1. Wie de laatste repetitie van de avond leidt, is verantwoordelijk voor het lokaal: ramen dicht, licht uit, instrumenten en decor weg van de nooduitgangen.
2. Leerlingen verlaten het gebouw via de hoofdingang, niet via de artiesteningang.
3. Minderjarige leerlingen wachten binnen tot ze opgehaald worden, niet op straat.
4. Het gebouw afsluiten en het alarm inschakelen doet enkel de huisbewaarder of wie daarvoor door het secretariaat is aangeduid.
5. Incidenten (een leerling die onwel wordt, schade, een vreemde persoon in het gebouw) meld je dezelfde avond aan de directie.

Dank voor jullie inzet, ook 's avonds!

Hilde""", rules=[], note='general staff rules for evening rehearsals (staff group in Bcc)', fmt=['plain', 'qp', 'numbered-list'])

mail('medicatie-op-school-ouders', frm=NADIA, to=['leerlingenbegeleiding@sintpieterscollege.be'], bcc=['ouders@sintpieterscollege.be'],
     subject='Medicatie op school, tijdens repetities en op uitstap', date='2024-09-10 18:00', kind='alt', body="""Geachte ouders,

Veel leerlingen van onze school repeteren ook 's avonds of gaan mee op uitstap en tournee. Daarom herhalen we de afspraken rond medicatie.

Mag de school medicatie geven aan mijn kind?
Enkel met een medicatieformulier dat door de arts ingevuld en door u ondertekend is. Het formulier vindt u op Smartschool onder "Documenten". Zonder formulier geven wij geen medicatie, ook geen pijnstiller.

Wat als mijn kind 's avonds een tweede dosis nodig heeft (bv. tijdens een avondrepetitie)?
Vermeld dat duidelijk op het formulier, met het uur. Bezorg de medicatie in de originele verpakking aan het secretariaat.

Mijn kind heeft een allergie of astma, bv. voor stof, latex of de rookmachine op het podium. Wat doe ik?
Meld dit aan het begin van het schooljaar via het leerlingenformulier. Wij geven de nodige informatie enkel door aan de leerkrachten die het moeten weten.

Hoe zit het met de privacy?
Medische gegevens worden bewaard in het leerlingvolgsysteem en niet per mail verspreid.

Met vriendelijke groeten,
Nadia El Amrani
leerlingenbegeleiding""", rules=[], note='general FAQ letter to all parents about the medication procedure', fmt=['alt', 'faq'])

mail('welkomstbrief-eerste-jaar-kosten', frm=KOEN, to=['secretariaat.ateliers@sintpieterscollege.be'],
     bcc=['ouders-1a@sintpieterscollege.be', 'ouders-1b@sintpieterscollege.be', 'ouders-1c@sintpieterscollege.be', 'ouders-1d@sintpieterscollege.be'],
     subject='Welkom in De Ateliers - praktische info en kosten', date='2024-08-27 09:30', body="""Geachte ouders,

Welkom in Middenschool De Ateliers! Uw kind start op maandag 2 september om 8u25 in het gebouw aan de Vaartkom.

Wat mag u verwachten op de schoolrekening?
- werkmateriaal beeldatelier: ca. € 90 per jaar
- danskledij (via de school, eenmalig): € 65
- huur chromebook: € 120 per jaar, in drie schijven
- uitstappen en theaterbezoeken: max. € 110 per jaar

De rekening komt drie keer per jaar via Smartschool. Heeft u het financieel moeilijk? Neem gerust discreet contact op met het secretariaat. Een afbetalingsplan is altijd bespreekbaar, en wij helpen u ook met de aanvraag van de schooltoeslag.

Heeft uw kind een leerstoornis, een medische aandoening of een andere zorgvraag? Bezorg het attest of de informatie aan de zorgleerkracht, mevrouw Van Damme, zodat we van bij de start de juiste ondersteuning kunnen bieden.

Tot maandag!

Koen Maes
adjunct-directeur""", rules=[], note='general welcome letter to first-grade parents about costs and care support (groups in Bcc)',
     fmt=['plain', 'qp', 'list'])

mail('tickets-eindvoorstelling-ouders', frm=EVI, to=['tickets@sintpieterscollege.be'], bcc=['ouders@sintpieterscollege.be'],
     subject='Tickets eindvoorstellingen juni', date='2025-05-26 12:00', body="""Beste ouders,

De ticketverkoop voor de eindvoorstellingen is gestart.

Wat?            Wanneer?                     Prijs
Dans            vrijdag 20 juni, 20u          € 10 / € 6 (-12 jaar)
Muziek          zaterdag 21 juni, 19u30       € 10 / € 6
Drama           woensdag 25 juni, 20u         € 8
Expo beeld      21-28 juni, 14u-18u           gratis

Hoe bestel ik?
Via de webshop op onze website. U maakt eenmalig een account aan met uw e-mailadres. Na betaling krijgt u de tickets per mail; aan de ingang scannen we de QR-code.

Mijn kind treedt op. Heb ik recht op gratis tickets?
Ja, elke leerling die optreedt krijgt twee vrijkaarten. Die vraagt uw kind aan via het formulier in Smartschool.

Ik heb geen internet. Hoe kan ik bestellen?
Aan het onthaal, elke werkdag van 8u tot 16u (enkel betalen met kaart).

Tot op een van de voorstellingen!
Evi Sterckx
communicatie & tickets""", rules=[], note='general ticketing letter with prices, FAQ and account advice to all parents (Bcc)',
     fmt=['plain', 'qp', 'faq'])

mail('schoolrekening-herinnering-algemeen', frm=SOFIE, to=['boekhouding@sintpieterscollege.be'], bcc=['ouders@sintpieterscollege.be'],
     subject='Schoolrekening tweede trimester', date='2025-03-17 10:00', body="""Geachte ouders,

De schoolrekening van het tweede trimester staat sinds 3 maart in Smartschool (module "Schoolrekening").

Gelieve te betalen vóór 31 maart op rekening BE43 7350 1234 5601 met de gestructureerde mededeling die op uw rekening vermeld staat.

Voor sommige gezinnen zijn de kosten van een kunstrichting (kostuums, instrumenten, uitstappen) zwaar. Wie het moeilijk heeft, kan discreet contact opnemen met de boekhouding: een afbetalingsplan is mogelijk en wij helpen u met de aanvraag van de schooltoeslag of een tussenkomst van het OCMW. Uw vraag wordt vertrouwelijk behandeld.

Heeft u al betaald? Dan mag u deze mail als niet verzonden beschouwen.

Met vriendelijke groeten,
Sofie Wouters
boekhouding""", rules=['personal_data'], note='general bill reminder to all parents (Bcc) with the school IBAN; no family named',
     fmt=['plain', 'qp'])

mail('zaalverhuur-kalender-personeel', frm=MARLEEN, to=['secretariaat@sintpieterscollege.be'], bcc=['personeel@sintpieterscollege.be'],
     subject='verhuur concertzaal en studio\'s - maart', date='2025-02-27 13:30', kind='alt', body="""Beste collega's,

Ook in maart worden de concertzaal en de dansstudio's in het weekend verhuurd:

- 1-2 maart: Dansschool Pas de Deux (studio 1, 2, concertzaal)
- 8 maart: Harmonie Kessel-Lo (concertzaal)
- 15 maart: onze eigen première 6de jaar (geen verhuur)
- 22-23 maart: Theaterkring De Kroon (concertzaal)
- elke donderdagavond: Koor Cantabile (studio 3)

Vraag: laat op vrijdag geen instrumenten, decor of persoonlijke spullen achter in deze ruimtes. De school is niet verantwoordelijk voor verlies.

Marleen""", rules=[], note='general rental calendar for staff (Bcc); no codes', fmt=['alt', 'qp', 'list'])

mail('week-tegen-pesten-ouders', frm=NADIA, to=['leerlingenbegeleiding@sintpieterscollege.be'], bcc=['ouders@sintpieterscollege.be'],
     subject='Vlaamse week tegen pesten: zo pakken wij het aan', date='2025-02-10 17:30', body="""Geachte ouders,

Deze week is het de Vlaamse week tegen pesten. Ook in onze school komt pesten voor: in de kleedkamer, in de pauzes en vaak ook online, in klasgroepen.

Wat doen wij?
- Elke klas bespreekt deze week in het klasuur wat pesten is en wat je kan doen als je het ziet.
- Wie gepest wordt of het ziet, kan terecht bij elke leerkracht, bij de leerlingenbegeleiding of anoniem via de brievenbus aan het secretariaat.
- Bij een melding spreken we met alle betrokkenen, volgens de no-blame-aanpak. Sancties zijn mogelijk volgens het schoolreglement.

Wat kan u doen?
Vraag uw kind af en toe hoe het gaat in de groepschats van de klas. Merkt u dat uw kind niet graag meer naar school gaat, slecht slaapt of zich terugtrekt? Neem dan contact op met de klastitularis of met ons.

Met vriendelijke groeten,
Nadia El Amrani
leerlingenbegeleiding""", rules=[], note='general anti-bullying letter to all parents (Bcc); no individual case', fmt=['plain', 'qp'])

mail('examenregeling-leerlingen', frm=HILDE, to=['directie@sintpieterscollege.be'], bcc=['leerlingen@sintpieterscollege.be'],
     subject='Examenregeling juni', date='2025-05-30 09:00', body="""Beste leerlingen,

De examenperiode start op maandag 10 juni. Enkele afspraken:

1. Je bent ten laatste om 8u20 aanwezig in je examenlokaal (zie rooster in Smartschool).
2. Gsm's en smartwatches gaan uit en in je boekentas, vooraan in het lokaal.
3. Ziek? Je ouders verwittigen het secretariaat vóór 8u30 en je bezorgt een doktersattest.
4. Praktijkexamens (dans, muziek, drama, beeld) gaan door volgens het aparte rooster van je vakgroep.
5. Na je examen mag je naar huis, tenzij je ouders gevraagd hebben dat je in de studie blijft.

Veel succes!
Mevrouw Verbeeck""", rules=[], note='general exam rules to all pupils (Bcc)', fmt=['plain', 'qp', 'numbered-list'])

mail('stakingsdag-ouders', frm=HILDE, to=['info@sintpieterscollege.be'], bcc=['ouders@sintpieterscollege.be'],
     subject='Nationale actiedag 13 februari', date='2025-02-10 16:00', body="""Geachte ouders,

Op donderdag 13 februari is er een nationale actiedag. De school is open en er is opvang voor alle leerlingen, maar sommige lessen kunnen vervangen worden door studie. Ook de avondrepetitie van het 4de jaar gaat niet door.

Het openbaar vervoer zal sterk verstoord zijn. Kan uw kind de school niet bereiken, verwittig dan het secretariaat; de afwezigheid wordt dan gewettigd.

Met vriendelijke groeten,
Hilde Verbeeck
directeur""", rules=[], note='general letter about a strike day (parents in Bcc)', fmt=['plain', 'qp'])

mail('privacyverklaring-update', frm='Privacy Kunstcampus <privacy@sintpieterscollege.be>', to=['privacy@sintpieterscollege.be'],
     bcc=['ouders@sintpieterscollege.be'], subject='Aangepaste privacyverklaring', date='2024-09-24 10:00', kind='alt', body="""Geachte ouders,

Onze privacyverklaring werd aangepast. De belangrijkste punten:

Welke gegevens verwerken wij?
Identificatiegegevens van de leerling en de ouders, schoolloopbaan en resultaten, en indien nodig ook gevoelige gegevens: medische informatie (bv. allergieën, medicatie), gegevens over leerlingenbegeleiding en zorg, over de gezinssituatie en over de betaling van de schoolrekening.

Waarom?
Om onderwijs te organiseren, uw kind te begeleiden en onze wettelijke verplichtingen na te komen.

Wie heeft toegang?
Enkel de personeelsleden die de gegevens nodig hebben voor hun taak. Gevoelige gegevens staan in het beveiligde leerlingvolgsysteem en worden niet per mail verstuurd.

Beeldmateriaal
Foto's en video's van voorstellingen gebruiken we enkel met uw toestemming, die u jaarlijks kan aanpassen in Smartschool.

Vragen of een vermoeden van een datalek? Mail naar privacy@lksd.ksleuven.be.

Met vriendelijke groeten,
de directie""", rules=[], note='general privacy statement listing data categories (medical, care, family, financial) to all parents',
     fmt=['alt', 'faq'])

mail('welkom-nieuwe-collegas-februari', frm=HILDE, to=['directie@sintpieterscollege.be'], bcc=['personeel@sintpieterscollege.be'],
     subject='Welkom aan onze nieuwe collega\'s', date='2025-02-21 15:30', body="""Beste collega's,

Vanaf maandag verwelkomen we drie nieuwe collega's:

- Lotte Vanhove neemt de opdracht Nederlands over van Joke (1A, 1C, 2B, 3B).
- Mathias Dewit versterkt de vakgroep dans tot het einde van het schooljaar.
- Camille Laurent geeft Frans in de tweede en derde graad.

Zij zoeken nog hun weg in onze twee gebouwen, dus help hen gerust als ze verdwaald in de kelder staan. Hun meters en peters hebben hen al een rondleiding gegeven.

Een warm welkom!
Hilde""", rules=[], note='general staff welcome for substitutes (Bcc), no personal details', fmt=['plain', 'qp', 'list'])

mail('open-day-international-parents', frm=ILSE, to=['info@sintpieterscollege.be'], bcc=['ouders-internationaal@sintpieterscollege.be'],
     subject='Open day and auditions 2025-2026', date='2025-02-18 11:00', lang='en', body="""Dear parents,

Several international families asked us for information in English, so here it is.

Open day: Sunday 16 March, 10:00-16:00. You can visit the studios, the concert hall and the art workshops, attend short demonstrations and talk to teachers and pupils.

Auditions for dance, music and drama (entry into the 3rd year or later): 10-14 May. Registration through the form on our website before 25 April. Pupils who live abroad can do the first round online.

Is Dutch required? Lessons are in Dutch. Pupils who are still learning the language can get language support; please tell us when you register.

Kind regards,
Ilse Jacobs
on behalf of the Kunstcampus team""", rules=[], note='general English letter to international parents (group in Bcc) about open day and auditions',
     fmt=['plain', 'qp', 'faq'])

mail('kostuumreglement-dansleerlingen', frm=RITA, to=['kostuumatelier@sintpieterscollege.be'],
     bcc=['klas-3a@sintpieterscollege.be', 'klas-4a@sintpieterscollege.be', 'klas-5a@sintpieterscollege.be', 'klas-6a@sintpieterscollege.be'],
     subject='Kostuums: zo gaan we ermee om', date='2025-01-13 08:15', body="""Beste dansers,

Jullie kostuums voor de lentevoorstelling zijn binnenkort klaar. Nog even de regels van het kostuumatelier:

1. Elk kostuum heeft een nummer (bv. K-233). Je tekent voor ontvangst en blijft er verantwoordelijk voor tot je het terugbrengt.
2. Wassen op 30°, binnenstebuiten, nooit in de droogkast. Pailletten en tutu's NIET wassen: die brengen jullie ongewassen terug.
3. Geen eten of drinken in kostuum, ook niet in de kleedkamer.
4. Terugbrengen ten laatste twee weken na de voorstelling.
5. Een verloren of zwaar beschadigd kostuum wordt aangerekend op de schoolrekening volgens de prijslijst in de kleedkamer.

Vragen? Kom langs in het atelier (kelder, gang D), op dinsdag, woensdag en vrijdag.

Rita""", rules=[], note='general costume-depot rules to all dance classes (groups in Bcc)', fmt=['plain', 'qp', 'numbered-list'])

mail('clb-infobrief-ouders', frm=NADIA, to=['leerlingenbegeleiding@sintpieterscollege.be'], bcc=['ouders@sintpieterscollege.be'],
     subject='Het CLB: wie zijn ze en wat doen ze?', date='2024-09-17 19:00', body="""Geachte ouders,

Onze school werkt samen met het CLB Leuven. Het CLB (Centrum voor Leerlingenbegeleiding) is gratis en werkt onafhankelijk van de school.

Waarvoor kan uw kind of u terecht bij het CLB?
- vragen over leren en studeren (bv. een vermoeden van dyslexie)
- studiekeuze en heroriëntering
- psychisch en sociaal functioneren (bv. faalangst, piekeren, problemen thuis)
- preventieve gezondheidszorg en vaccinaties

Het CLB werkt vertrouwelijk. Wat uw kind vertelt, geeft het CLB niet zomaar door aan de school.

Contact: CLB Leuven, Kapucijnenvoer 33, 3000 Leuven, tel. 016 24 89 50. Onze contactpersoon is mevrouw Tine Vermeulen; zij is elke dinsdagvoormiddag op school.

Met vriendelijke groeten,
Nadia El Amrani
leerlingenbegeleiding""", rules=['personal_data'], note='general CLB information letter to all parents (Bcc) with the CLB phone number',
     fmt=['plain', 'qp', 'list'])

# ================================================================ output + self-checks
PHONE_RE = re.compile(r'(?<![\d/+-])(?:\+32\s?\(?0?\)?\s?|0)(?:4\d{2}|[1-9]\d?)(?:[\s./]?\d{2}){3}(?![\d/])')
IBAN_RE = re.compile(r'\bBE\d{2}(?:\s?\d{4}){3}\b')
RR_RE = re.compile(r'\b\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}\b')
DOB_RE = re.compile(r'(geboren op|geboortedatum|date de naissance|°)\s*:?\s*\d{1,2}/\d{1,2}/\d{4}', re.I)

def all_text(msg):
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == 'message/rfc822':
            continue
        if part.get_content_maintype() == 'text':
            out.append(part.get_content())
    return '\n'.join(out)

def yq(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'

def ylist(xs):
    return '[' + ', '.join(xs) + ']'

RULE_ORDER = ['password', 'sensitive', 'bcc', 'private_account', 'attachment', 'personal_data']

def main():
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    order = list(range(len(MAILS)))
    random.Random(15150).shuffle(order)
    labels, problems = [], []
    counts, cat_counts = {}, {}
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        msg = render(n, m)
        fname = f"{n:03d}-{m['slug']}.eml"
        data = msg.as_bytes(policy=POL)
        assert b'\n' not in data.replace(b'\r\n', b''), fname
        with open(os.path.join(OUT, fname), 'wb') as fh:
            fh.write(data)
        # envelope
        vis = [addr_of(a) for a in m['to'] + m['cc']]
        rcpt = vis + [addr_of(a) for a in m['bcc']]
        mfrom = m['mail_from'] or addr_of(m['frm'])
        # --- self checks (my own label consistency, not the product)
        ext = [a for a in vis if not is_school(a)]
        grp = [a for a in vis if is_group(a)]
        need_bcc = len(set(ext)) > 1 or bool(grp)
        if need_bcc != ('bcc' in m['rules']):
            problems.append(f'{fname}: bcc mismatch ext={ext} grp={grp}')
        if (not is_school(mfrom)) != ('private_account' in m['rules']) and not (
                'private_account' in m['rules'] and any(not is_school(a) for a in rcpt)):
            problems.append(f'{fname}: private_account mismatch')
        text = all_text(msg)
        if m['rfc822'] is not None:
            text += '\n' + all_text(m['rfc822'])
        pd = bool(PHONE_RE.search(text) or IBAN_RE.search(text) or RR_RE.search(text) or DOB_RE.search(text))
        if pd != ('personal_data' in m['rules']):
            problems.append(f'{fname}: personal_data mismatch (found={pd}) {PHONE_RE.findall(text)[:3]}')
        if ('sensitive' in m['rules']) != bool(m['cats']):
            problems.append(f'{fname}: categories mismatch')
        for pid_ in m['about']:
            row = next(r for r in ROSTER if r[0] == pid_)
            if row[1] not in text:
                problems.append(f'{fname}: {row[1]} not in text')
        if m['misdirected']:
            pr = {r[0]: {r[5], r[6]} - {''} for r in ROSTER}
            ab = set().union(*(pr[p] for p in m['about']))
            others = set().union(*(v for k_, v in pr.items() if k_ not in m['about']))
            if not all(a in others and a not in ab for a in rcpt):
                problems.append(f'{fname}: misdirected recipients not parents of another pupil')
        rules = [r for r in RULE_ORDER if r in m['rules']]
        for r in rules:
            counts[r] = counts.get(r, 0) + 1
        for c in (m['cats'] or []):
            cat_counts[c] = cat_counts.get(c, 0) + 1
        lines = [f'{fname}:', f'  rules: {ylist(rules)}']
        if m['cats']:
            lines.append(f"  categories: {{sensitive: {ylist(m['cats'])}}}")
        lines += [f'  mail_from: {mfrom}', f'  rcpt: {ylist(rcpt)}', f"  about: {ylist(m['about'])}",
                  f"  misdirected: {'true' if m['misdirected'] else 'false'}", f"  note: {yq(m['note'])}",
                  f"  lang: {m['lang']}", f"  format: {ylist(m['fmt'])}"]
        labels.append('\n'.join(lines))
    with open(os.path.join(OUT, 'labels.yaml'), 'w', encoding='utf-8') as fh:
        fh.write('# batch15 - KSO arts campus + first-grade middle school; written blind\n')
        fh.write('\n'.join(labels) + '\n')
    with open(os.path.join(OUT, 'roster.csv'), 'w', encoding='utf-8-sig', newline='') as fh:
        w = csv.writer(fh, delimiter=';', lineterminator='\r\n')
        w.writerow(['Intern nummer', 'Voornaam', 'Naam', 'Klas', 'E-mailadres leerling', 'E-mailadres ouder 1', 'E-mailadres ouder 2'])
        w.writerows(ROSTER)
    print(f'{len(MAILS)} mails, {len(ROSTER)} pupils')
    print('rules:', counts)
    print('categories:', cat_counts)
    print('clean:', sum(1 for m in MAILS if not m['rules']), 'misdirected:', sum(m['misdirected'] for m in MAILS))
    print('lang:', {l: sum(1 for m in MAILS if m['lang'] == l) for l in ('nl', 'en', 'fr')})
    for p in problems:
        print('CHECK:', p)

if __name__ == '__main__':
    main()
