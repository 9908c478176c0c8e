#!/usr/bin/env python3
"""batch07: blind labelled test mail (stages TSO/BSO, internaat, BuSO, leerlingbegeleiding,
ICT, boekhouding, leerlingenvervoer). Standard library only, deterministic.
Run: python3 make.py  -> *.eml, labels.yaml, roster.csv in this folder."""
import base64, os, quopri, random, re, unicodedata, html as htmlmod
from email.header import Header
from email.utils import formataddr, parseaddr
from datetime import datetime

OUT = os.path.dirname(os.path.abspath(__file__))
SCHOOL = ('sintpieterscollege.be', 'ksleuven.be')

# ---------------------------------------------------------------- roster
FEATURED = [
    # id, voornaam, naam, klas, ouder1, ouder2
    ('P0007', 'Jana', 'Peeters', '2A', 'chris.peeters@telenet.be', ''),
    ('P0012', 'Jelle', 'Cuypers', '5A', 'sabine.cuypers@telenet.be', 'marc.cuypers71@gmail.com'),
    ('P0019', 'Amira', 'Haddouchi', '5C', 'n.haddouchi@hotmail.com', ''),
    ('P0023', 'Kobe', 'Lenaerts', '4A', 'veerle.lenaerts@skynet.be', 'bart.lenaerts@telenet.be'),
    ('P0031', 'Lina', 'Van Aken', '3C', 'lieve.vanaken@skynet.be', ''),
    ('P0036', 'Rune', 'Janssens', '2B', 'greet.janssens@proximus.be', 'koen.janssens@gmail.com'),
    ('P0044', 'Ilias', 'Bouhaddou', '4D', 'fatima.bouhaddou@gmail.com', ''),
    ('P0050', 'Grâce', 'Kabeya', '3B', 'jeanne.kabeya@gmail.com', ''),
    ('P0051', 'Exaucé', 'Kabeya', '1A', 'jeanne.kabeya@gmail.com', ''),
    ('P0058', 'Dylan', 'Vercammen', '4A', 'tamara.vercammen@hotmail.com', ''),
    ('P0063', 'Kimberly', 'Mertens', '3D', 'nathalie.mertens@hotmail.com', ''),
    ('P0067', 'Ahmad', 'Rahimi', '3A', 'h.desmet.voogd@gmail.com', ''),
    ('P0072', 'Shana', 'Verlinden', '6C', 'kathy.verlinden@telenet.be', ''),
    ('P0075', 'Emma', 'Vanderstraeten', '4B', 'els.vanderstraeten@telenet.be', 'geert.vanderstraeten@gmail.com'),
    ('P0081', 'Yassine', 'El Khatib', '5D', 'khalid.elkhatib@gmail.com', 'samira.bakkali@hotmail.com'),
    ('P0086', 'Mila', 'Vandenberghe', '2B', 'evelien.vdb@gmail.com', 'stijn.vandenberghe@outlook.com'),
    ('P0090', 'Noah', 'De Smet', '6A', 'karin.desmet@telenet.be', ''),
    ('P0094', 'Lowie', 'Goris', '6D', 'an.goris@skynet.be', 'luc.goris@skynet.be'),
    ('P0099', 'Sarah', 'Lambrechts', '3B', 'lambrechts.gezin@telenet.be', ''),
    ('P0103', 'Tuur', 'Coppens', '1B', 'marieke.coppens@gmail.com', 'joris.coppens@telenet.be'),
    ('P0108', 'Zeynep', 'Aydın', '2A', 'hatice.aydin@hotmail.com', ''),
    ('P0112', 'Wout', 'Hermans', '5A', 'hermans.wim@telenet.be', ''),
    ('P0115', 'Febe', 'Stevens', '1D', 'sofie.stevens@gmail.com', ''),
    ('P0118', 'Robbe', 'Willems', '2C', 'kristel.willems@proximus.be', ''),
    ('P0121', 'Lore', 'Van Damme', '5B', 'ingrid.vandamme@telenet.be', ''),
    ('P0125', 'Kenji', 'Vos', '6D', 'nele.vos@gmail.com', ''),
    ('P0126', 'Oumaima', 'Tahiri', '6D', 'tahiri.rachid@gmail.com', ''),
    ('P0127', 'Senne', 'Dewit', '6D', 'dewit.kris@telenet.be', 'ann.dewit@telenet.be'),
    ('P0128', 'Lisa', 'Bogaerts', '6D', 'martine.bogaerts@telenet.be', ''),
    ('P0133', 'Arne', 'Michiels', '3A', 'filip.michiels@telenet.be', 'tine.michiels@gmail.com'),
    ('P0137', 'Zoë', 'Peeters', '3C', 'griet.peeters@hotmail.com', ''),
    ('P0140', 'Jarne', 'Daems', '4A', 'daems.familie@telenet.be', ''),
    ('P0144', 'Fien', 'Geukens', '3B', 'geukens.caroline@gmail.com', 'tim.geukens@gmail.com'),
    ('P0149', 'Wiktor', 'Nowak', '3A', 'anna.nowak84@gmail.com', ''),
    ('P0152', 'Dries', 'Pauwels', '5A', 'ronny.pauwels@skynet.be', ''),
    ('P0155', 'Fleur', 'Moens', '1D', 'moens.sandra@outlook.com', ''),
    ('P0159', 'Jayden', 'Mbuyi', '2C', 'esther.mbuyi@gmail.com', ''),
    ('P0163', 'Bilal', 'Azzouzi', '6D', 'azzouzi.mohamed@gmail.com', 'nadia.azzouzi@hotmail.com'),
    ('P0166', 'Brent', 'Claessens', '6A', 'patrick.claessens@telenet.be', ''),
    ('P0170', 'Lucas', 'Jacobs', '1B', 'leen.jacobs@telenet.be', 'pieter.jacobs@gmail.com'),
    ('P0174', 'Sem', 'Aerts', '2A', 'katleen.aerts@gmail.com', ''),
    ('P0177', 'Hajar', 'Ouahabi', '3C', 'ouahabi.f@hotmail.com', ''),
    ('P0181', 'Milan', 'Wijns', '1A', 'stefanie.wijns@telenet.be', ''),
    ('P0184', 'Pieter-Jan', 'Smets', '4D', 'erik.smets@telenet.be', ''),
    ('P0188', 'Elif', 'Kaya', '5B', 'kaya.ayse@gmail.com', ''),
    ('P0191', 'Thomas', 'Verstraeten', '3A', 'verstraeten.m@hotmail.com', ''),
    ('P0195', 'Gerben', 'Vanhove', '6A', 'vanhove.gert@telenet.be', ''),
    ('P0199', 'Mathis', 'Dumont', '5C', 'dumont.valerie@skynet.be', ''),
    ('P0204', 'Anouk', 'Verhoeven', '5C', 'verhoeven.anja@gmail.com', ''),
    ('P0208', 'Samira', 'Amrani', '2A', 'amrani.khadija@hotmail.com', ''),
    ('P0211', 'Seppe', 'Raes', '3D', 'raes.bart@telenet.be', ''),
    ('P0215', 'Noor', 'Vandeputte', '1D', 'vandeputte.evy@gmail.com', ''),
    ('P0218', 'Tibo', 'Segers', '2D', 'segers.kim@telenet.be', ''),
    ('P0221', 'Quinten', 'Daelemans', '1C', 'daelemans.ilse@telenet.be', ''),
    ('P0225', 'Jade', 'Claeys', '5B', 'natasja.claeys@hotmail.com', ''),
    ('P0229', 'Chloe', 'Bennett', '4C', 'sarah.bennett@outlook.com', 'mark.bennett@outlook.com'),
    ('P0233', 'Aylin', 'Demir', '4D', 'demir.ozlem@hotmail.com', 'murat.demir77@gmail.com'),
    ('P0236', 'Mehdi', 'Benali', '6D', 'benali.fouad@gmail.com', ''),
    ('P0240', 'Prince', 'Lukusa', '2D', 'mireille.lukusa@gmail.com', ''),
    ('P0244', 'Nora', 'Van Hoof', '6C', 'vanhoof.greet@telenet.be', ''),
    ('P0247', 'Kevin', 'Dierckx', '5A', 'dierckx.jurgen@telenet.be', ''),
    ('P0251', 'Jonas', 'Peeters', '5D', 'peeters.wim@gmail.com', 'lies.peeters@gmail.com'),
    ('P0254', 'Lotte', 'Pauwels', '1B', 'kathleen.pauwels@telenet.be', ''),
    ('P0257', 'Milan', 'Vervoort', '3D', 'vervoort.dieter@telenet.be', ''),
    ('P0259', 'Tibo', 'Sels', '4B', 'sels.eva@gmail.com', ''),
    ('P0262', 'Ruben', 'Maes', '2D', 'dominique.maes@gmail.com', ''),
    ('P0264', 'Ruben', 'Mertens', '1A', 'mertens.johan@skynet.be', ''),
    ('P0267', 'Jaylin', 'Mbala', '2C', 'mbala.rose@gmail.com', ''),
    ('P0269', 'Lore', 'Van Dyck', '3B', 'vandyck.an@telenet.be', ''),
    ('P0272', 'Emre', 'Yilmaz', '1B', 'yilmaz.fatma@hotmail.com', ''),
    ('P0274', 'Emre', 'Yildiz', '4A', 'yildiz.hakan@gmail.com', ''),
    ('P0277', 'Yasmine', 'Ait Ouali', '6C', 'aitouali.m@gmail.com', ''),
    ('P0279', 'Yasmine', 'Aouragh', '5C', 'aouragh.naima@hotmail.com', ''),
    ('P0282', 'Adam', 'Kowalski', '2A', 'kowalski.marta@gmail.com', ''),
    ('P0284', 'Adam', 'Nowicki', '3D', 'nowicki.piotr@outlook.com', ''),
    ('P0287', 'Hanne', 'Wyns', '3C', 'wyns.bert@telenet.be', ''),
    ('P0289', 'Jens', 'Van Hecke', '6A', 'vanhecke.ria@telenet.be', ''),
    ('P0291', 'Zakaria', 'El Idrissi', '5D', 'elidrissi.hassan@gmail.com', ''),
    ('P0293', 'Lars', 'Hendrickx', '6A', 'hendrickx.mieke@skynet.be', ''),
    ('P0295', 'Liam', "O'Connor", '5C', 'siobhan.oconnor@gmail.com', ''),
]

ORIGINS = {  # (weight, first names, surnames, parent first names)
    'vl': (55, 'Lotte Wout Nina Jens Lars Elise Ferre Jules Marie Lien Bram Arthur Louise Stan Kato Finn Noa Xander '
               'Ella Victor Roos Janne Mathias Amber Vince Ines Thibo Lena Robin Warre Aline Milo Jasper Margot '
               'Gilles Axelle Lisa Mats Femke Jarno Nore Brent Jolien Siebe Tibe Fenne'.split(),
           ('Janssens|Maes|Willems|De Smedt|Lambrechts|Aerts|Verbeke|Van den Broeck|Van de Velde|'
            'Bosmans|Gielen|Verheyen|Vandevelde|Mattheus|Cauwenberghs|Op de Beeck|Wauters|Van Roy|Van Loock|Swinnen|'
            'Vansteenkiste|Roels|Dierickx|Lievens|Vanderlinden|Baeten|Thys|Nuyts|Robberechts|Van Campenhout|'
            'De Vos|Meulemans|Vanbrabant').split('|'),
           'an els kathy sofie veerle bert tom ilse leen greet koen wim stijn kris lies peter'.split()),
    'ma': (18, 'Youssef Imane Hamza Sara Nassim Salma Anas Rayan Douae Ayoub Meryem Soufiane Ilyas Hiba Othman '
               'Nour Adam Yasmina Karim Ikram'.split(),
           'Boukhari|El Amrani|Bouzidi|Azzaoui|Chaouki|El Hamdaoui|Benhaddou|Ziani|Achahbar|Mokhtari|Akrouh|'
           'El Ouahabi|Haddadi|Ait Said'.split('|'),
           'nadia fatima khalid mohamed rachid samira karim latifa'.split()),
    'tr': (8, 'Mert Ece Berkay Zehra Burak Kerem Büşra Eren Defne Yusuf Elif'.split(),
           'Yildirim Öztürk Çelik Şahin Arslan Koç Kurt Doğan Aksoy'.split(),
           'hatice murat mehmet ayse fatma hakan'.split()),
    'pl': (7, 'Kacper Zuzanna Jakub Oliwia Szymon Maja Filip Julia Mateusz Hanna'.split(),
           'Kowalczyk Wiśniewska Lewandowski Zieliński Wójcik Kamiński Nowakowski Mazur'.split(),
           'joanna pawel tomasz agnieszka marek'.split()),
    'cd': (7, 'Glodi Merveille Christ Divine Bénie Josué Plamedi Gloria Gédéon Ornella'.split(),
           'Tshibangu Ilunga Kalonji Mukendi Nsimba Lutete Kasongo Mbala'.split(),
           'mireille jean didier esther rose patrick'.split()),
    'af': (5, 'Selam Yonas Ali Fatima Mohammed Tasnim Aras Rojda Omid Mariam'.split(),
           'Tesfay Haile Hosseini Sultani Karimi Noorzai Ahmadi'.split(),
           'ahmad zainab yonas sara omid'.split()),
}
DOMAINS = ['telenet.be', 'telenet.be', 'gmail.com', 'gmail.com', 'hotmail.com', 'skynet.be', 'proximus.be',
           'outlook.com']
CLASSES = [f'{g}{c}' for g in range(1, 7) for c in 'ABCD']


def slugify(s):
    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode()
    return re.sub(r'[^a-z0-9]', '', s.lower())


def build_roster():
    rnd = random.Random(20230901)
    rows = {f[0]: list(f[1:]) for f in FEATURED}
    count = {c: 0 for c in CLASSES}
    for r in rows.values():
        count[r[2]] += 1
    target = {c: (13 if i % 2 == 0 else 12) for i, c in enumerate(CLASSES)}
    pool = []
    for c in CLASSES:
        pool += [c] * max(0, target[c] - count[c])
    rnd.shuffle(pool)
    used = {(r[0], r[1]) for r in rows.values()}
    free_ids = [f'P{i:04d}' for i in range(1, 301) if f'P{i:04d}' not in rows]
    assert len(free_ids) == len(pool), (len(free_ids), len(pool))
    feat_first = {(r[0], r[2]) for r in rows.values()}
    feat_last = {r[1] for r in rows.values()}
    used_mail = {r[3] for r in rows.values()} | {r[4] for r in rows.values()}
    keys = list(ORIGINS)
    weights = [ORIGINS[k][0] for k in keys]
    for pid, klas in zip(free_ids, pool):
        while True:
            org = rnd.choices(keys, weights)[0]
            fn = rnd.choice(ORIGINS[org][1])
            lorg = org if rnd.random() > 0.06 else rnd.choice(keys)
            ln = rnd.choice(ORIGINS[lorg][2])
            if (fn, ln) not in used and (fn, klas) not in feat_first and ln not in feat_last:
                break
        used.add((fn, ln))
        lns = slugify(ln)
        pat = rnd.randrange(6)
        par1fn = rnd.choice(ORIGINS[lorg][3])
        dom = rnd.choice(DOMAINS)
        p1 = [f'{par1fn}.{lns}@{dom}', f'{lns}.{par1fn}@{dom}', f'{par1fn[0]}.{lns}@{dom}',
              f'{par1fn}{lns}{rnd.randrange(60, 99)}@{dom}', f'fam.{lns}@{dom}', f'{par1fn}.{lns}@{dom}'][pat]
        while p1 in used_mail:
            p1 = p1.replace('@', f'{rnd.randrange(2, 9)}@')
        p2 = ''
        if rnd.random() < 0.55:
            par2fn = rnd.choice([x for x in ORIGINS[lorg][3] if x != par1fn])
            p2 = f'{par2fn}.{lns}@{rnd.choice(DOMAINS)}'
            while p2 in used_mail:
                p2 = p2.replace('@', f'{rnd.randrange(2, 9)}@')
        used_mail |= {p1, p2}
        rows[pid] = [fn, ln, klas, p1, p2]
    return rows


ROSTER = build_roster()


def write_roster():
    lines = ['Intern nummer;Voornaam;Naam;Klas;E-mailadres leerling;E-mailadres ouder 1;E-mailadres ouder 2']
    for pid in sorted(ROSTER):
        fn, ln, klas, p1, p2 = ROSTER[pid]
        lines.append(f'{pid};{fn};{ln};{klas};{slugify(fn)}.{slugify(ln)}@leerling.sintpieterscollege.be;{p1};{p2}')
    with open(os.path.join(OUT, 'roster.csv'), 'w', encoding='utf-8-sig', newline='') as f:
        f.write('\r\n'.join(lines) + '\r\n')


def par(pid, n=1):
    """parent address n of pupil pid"""
    return ROSTER[pid][2 + n]


# ---------------------------------------------------------------- MIME building
WD = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MO = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def rfcdate(s):
    d = datetime.strptime(s, '%Y-%m-%d %H:%M')
    dst = (datetime(2022, 3, 27, 2) <= d < datetime(2022, 10, 30, 3)) or \
          (datetime(2023, 3, 26, 2) <= d < datetime(2023, 10, 29, 3))
    return f'{WD[d.weekday()]}, {d.day} {MO[d.month - 1]} {d.year} {d:%H:%M}:00 {"+0200" if dst else "+0100"}'


def enc_addr(a):
    name, addr = parseaddr(a)
    if not name:
        return addr
    try:
        name.encode('ascii')
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return formataddr((name, addr), charset='utf-8')


def enc_hdr(v):
    try:
        v.encode('ascii')
        return v
    except UnicodeEncodeError:
        return Header(v, 'utf-8').encode(linesep='\r\n')


def crlf(b):
    return b.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')


def leaf(ctype, text, charset='utf-8', cte='quoted-printable', extra=None):
    data = text.replace('\r\n', '\n').encode(charset)
    if cte == 'quoted-printable':
        body = quopri.encodestring(data)
    elif cte == 'base64':
        body = base64.encodebytes(data)
    else:
        body = data
    hdr = [f'Content-Type: {ctype}; charset="{charset}"', f'Content-Transfer-Encoding: {cte}'] + (extra or [])
    return hdr, crlf(body)


def att(filename, mime, content, charset='utf-8'):
    data = content.replace('\r\n', '\n').replace('\n', '\r\n').encode(charset) if isinstance(content, str) else content
    hdr = [f'Content-Type: {mime}; charset="{charset}"; name="{filename}"' if mime.startswith('text/')
           else f'Content-Type: {mime}; name="{filename}"',
           'Content-Transfer-Encoding: base64',
           f'Content-Disposition: attachment; filename="{filename}"']
    return hdr, crlf(base64.encodebytes(data))


def multipart(subtype, parts, boundary):
    hdr = [f'Content-Type: multipart/{subtype};\r\n boundary="{boundary}"']
    out = b'This is a multi-part message in MIME format.\r\n\r\n'
    for ph, pb in parts:
        out += f'--{boundary}\r\n'.encode() + '\r\n'.join(ph).encode() + b'\r\n\r\n' + pb
        if not out.endswith(b'\r\n'):
            out += b'\r\n'
    out += f'--{boundary}--\r\n'.encode()
    return hdr, out


def rfc822part(msgbytes, name='bericht.eml'):
    return ['Content-Type: message/rfc822', f'Content-Disposition: attachment; filename="{name}"'], msgbytes


def text2html(text):
    """plain text -> Outlook-ish HTML. '- ' lists, '|' tables, '>' quotes."""
    out, lines, i = [], text.replace('\r\n', '\n').split('\n'), 0
    esc = htmlmod.escape
    def is_tab(x):
        return x.strip().startswith('|') or (' | ' in x and x.count('|') >= 2)
    while i < len(lines):
        ln = lines[i]
        if is_tab(ln):
            rows = []
            while i < len(lines) and is_tab(lines[i]):
                rows.append([c.strip() for c in lines[i].strip().strip('|').split('|')])
                i += 1
            rows = [r for r in rows if not all(set(c) <= set('-: ') for c in r)]
            t = ['<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">']
            for k, r in enumerate(rows):
                tag = 'th' if k == 0 else 'td'
                t.append('<tr>' + ''.join(f'<{tag}>{esc(c)}</{tag}>' for c in r) + '</tr>')
            t.append('</table>')
            out.append('\n'.join(t))
            continue
        if ln.lstrip().startswith(('- ', '• ', '* ')):
            items = []
            while i < len(lines) and lines[i].lstrip().startswith(('- ', '• ', '* ')):
                items.append(lines[i].lstrip()[2:])
                i += 1
            out.append('<ul>' + ''.join(f'<li>{esc(x)}</li>' for x in items) + '</ul>')
            continue
        if ln.startswith('>'):
            q = []
            while i < len(lines) and lines[i].startswith('>'):
                q.append(lines[i][1:].lstrip())
                i += 1
            out.append('<blockquote style="border-left:2px solid #ccc;padding-left:6px;margin-left:4px">'
                       + '<br>\n'.join(esc(x) for x in q) + '</blockquote>')
            continue
        if not ln.strip():
            i += 1
            continue
        para = []
        while i < len(lines) and lines[i].strip() and not lines[i].startswith('>') and not is_tab(lines[i]) \
                and not lines[i].lstrip().startswith(('- ', '• ', '* ')):
            para.append(esc(lines[i]))
            i += 1
        if not para:
            para.append(esc(lines[i]))
            i += 1
        out.append('<p class="MsoNormal">' + '<br>\n'.join(para) + '</p>')
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>'
            '\n</head><body lang="NL-BE"><div class="WordSection1">\n' + '\n'.join(out) + '\n</div></body></html>\n')


MAILS = []
SEEN = set()


def M(slug, date, frm, to, subject, body, *, cc=(), bcc=(), fmt='plain', rules=(), cats=(), about=(),
      mis=False, note='', lang='nl', atts=(), fwd_msg=None, html=None, pd=False, mail_from=None,
      reply_to_id=None, extra_fmt=()):
    assert slug not in SEEN, slug
    SEEN.add(slug)
    MAILS.append(dict(slug=slug, date=date, frm=frm, to=list(to) if not isinstance(to, str) else [to],
                      cc=list(cc), bcc=list(bcc), subject=subject, body=body, fmt=fmt, rules=list(rules),
                      cats=list(cats), about=list(about), mis=mis, note=note, lang=lang, atts=list(atts),
                      fwd_msg=fwd_msg, html=html, pd=pd, mail_from=mail_from, reply_to_id=reply_to_id,
                      extra_fmt=list(extra_fmt)))


def inner_message(frm, to, date, subject, body, n=0):
    hdr = [f'Date: {rfcdate(date)}', f'From: {enc_addr(frm)}', f'To: {enc_addr(to)}',
           f'Subject: {enc_hdr(subject)}', f'Message-ID: <fw{n}.{abs(hash(subject)) % 99991}@mail.extern>'
           if False else f'Message-ID: <fw{n}-{slugify(subject)[:20]}@mail.extern>',
           'MIME-Version: 1.0']
    ph, pb = leaf('text/plain', body, cte='quoted-printable')
    return crlf('\r\n'.join(hdr + ph).encode() + b'\r\n\r\n') + pb


def build(m):
    n = m['n']
    fmt = m['fmt']
    body = m['body'].strip('\n') + '\n'
    fmts = []
    if fmt == 'plain':
        part = leaf('text/plain', body, cte='8bit')
        fmts.append('plain')
    elif fmt == 'qp':
        part = leaf('text/plain', body, cte='quoted-printable')
        fmts.append('qp')
    elif fmt == 'b64':
        part = leaf('text/plain', body, cte='base64')
        fmts.append('base64')
    elif fmt == 'cp1252':
        part = leaf('text/plain', body, charset='windows-1252', cte='8bit')
        fmts.append('cp1252-8bit')
    elif fmt == 'html':
        part = leaf('text/html', m['html'] or (body if body.lstrip().startswith('<html') else text2html(body)),
                    cte='quoted-printable')
        fmts.append('html')
    elif fmt == 'alt':
        part = multipart('alternative', [leaf('text/plain', body, cte='quoted-printable'),
                                         leaf('text/html', m['html'] or text2html(body), cte='quoted-printable')],
                         f'----=_NextPart_{n:03d}_ALT_01D9')
        fmts.append('alt')
    elif fmt == 'alt64':
        part = multipart('alternative', [leaf('text/plain', body, cte='base64'),
                                         leaf('text/html', m['html'] or text2html(body), cte='base64')],
                         f'_000_ALT{n:03d}SPCBE_')
        fmts.append('alt-base64')
    else:
        raise ValueError(fmt)
    extra = []
    if m['fwd_msg']:
        extra.append(rfc822part(inner_message(n=n, **m['fwd_msg']), 'doorgestuurd.eml'))
        fmts.append('fwd-attached')
    for a in m['atts']:
        extra.append(att(*a))
        fmts.append('att-' + a[0].rsplit('.', 1)[-1])
    if extra:
        part = multipart('mixed', [part] + extra, f'----=_Part_{n:03d}_MIX.1677')
    fmts += m['extra_fmt']
    m['formats'] = fmts
    hdr = [f'Date: {rfcdate(m["date"])}', f'From: {enc_addr(m["frm"])}',
           'To: ' + ',\r\n '.join(enc_addr(a) for a in m['to'])]
    if m['cc']:
        hdr.append('Cc: ' + ',\r\n '.join(enc_addr(a) for a in m['cc']))
    hdr.append(f'Subject: {enc_hdr(m["subject"])}')
    fromdom = parseaddr(m['frm'])[1].split('@')[1]
    hdr.append(f'Message-ID: <b07.{n:03d}.{slugify(m["fname"])[:18]}@{fromdom}>')
    if m['reply_to_id']:
        hdr.append(f'In-Reply-To: <{m["reply_to_id"]}>')
        hdr.append(f'References: <{m["reply_to_id"]}>')
    hdr.append('MIME-Version: 1.0')
    if fmt in ('alt', 'alt64') or extra:
        hdr.append('X-Mailer: Microsoft Outlook 16.0' if n % 3 else 'User-Agent: Mozilla Thunderbird')
    ph, pb = part
    return '\r\n'.join(hdr + ph).encode() + b'\r\n\r\n' + pb


def is_school(addr):
    dom = addr.split('@')[-1].lower()
    return dom == 'sintpieterscollege.be' or dom.endswith('.sintpieterscollege.be') or dom.endswith('ksleuven.be')


GROUP = re.compile(r'^(ouders|ouders-[\w-]+|leerlingen|personeel|klas-\w+|vakgroep-[\w-]+|stagebedrijven|'
                   r'internen|ouders-internaat|leerkrachten[\w-]*)@')
PHONE = re.compile(r'(?<![\d.])(\+32|0032|\+31)?\s?\(?0?\d{1,3}\)?[ ./-]?\d{2,3}[ ./]?\d{2}[ ./]?\d{2}(?![\d])')


def qy(s):
    return '"' + str(s).replace('\\', '\\\\').replace('"', '\\"') + '"'


def finish():
    write_roster()
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    ylines = []
    stats = {}
    random.Random(707).shuffle(MAILS)
    for i, m in enumerate(MAILS, 1):
        m['n'] = i
        m['fname'] = f"{i:03d}-{m['slug']}.eml"
    for m in MAILS:
        data = build(m)
        with open(os.path.join(OUT, m['fname']), 'wb') as fh:
            fh.write(data)
        rules = list(m['rules'])
        vis = [parseaddr(a)[1] for a in m['to'] + m['cc']]
        ext = [a for a in vis if not is_school(a)]
        grp = [a for a in vis if GROUP.match(a) and is_school(a)]
        if (len(ext) > 1 or grp) and 'bcc' not in rules:
            raise SystemExit(f'{m["fname"]}: visible externals/group but no bcc label: {vis}')
        if 'bcc' in rules and not (len(ext) > 1 or grp):
            raise SystemExit(f'{m["fname"]}: bcc label but not needed')
        if m['pd'] and 'personal_data' not in rules:
            rules.append('personal_data')
        txt = m['body'] + (m['fwd_msg']['body'] if m['fwd_msg'] else '') + ''.join(
            a[2] for a in m['atts'] if isinstance(a[2], str))
        if PHONE.search(txt) and 'personal_data' not in rules:
            print('CHECK phone-like w/o personal_data:', m['fname'], PHONE.search(txt).group(0))
        if 'sensitive' in rules:
            assert m['cats'], m['fname']
        else:
            assert not m['cats'], m['fname']
        for pid in m['about']:
            assert pid in ROSTER, (m['fname'], pid)
        if m['mis']:
            allowed = {ROSTER[p][3] for p in m['about']} | {ROSTER[p][4] for p in m['about']}
            rc = [parseaddr(a)[1] for a in m['to'] + m['cc'] + m['bcc']]
            assert not (set(rc) & allowed), m['fname']
            assert all(any(a in (ROSTER[p][3], ROSTER[p][4]) for p in ROSTER) for a in rc), m['fname']
        order = ['password', 'sensitive', 'bcc', 'private_account', 'attachment', 'personal_data']
        rules = sorted(set(rules), key=order.index)
        mail_from = m['mail_from'] or parseaddr(m['frm'])[1]
        rcpt = [parseaddr(a)[1] for a in m['to'] + m['cc'] + m['bcc']]
        ylines.append(f'{m["fname"]}:')
        ylines.append(f'  rules: [{", ".join(rules)}]')
        if m['cats']:
            ylines.append(f'  categories: {{sensitive: [{", ".join(m["cats"])}]}}')
        ylines.append(f'  mail_from: {mail_from}')
        ylines.append(f'  rcpt: [{", ".join(rcpt)}]')
        ylines.append(f'  about: [{", ".join(m["about"])}]')
        ylines.append(f'  misdirected: {"true" if m["mis"] else "false"}')
        ylines.append(f'  note: {qy(m["note"])}')
        ylines.append(f'  lang: {m["lang"]}')
        ylines.append(f'  format: [{", ".join(m["formats"])}]')
        for r in rules or ['(clean)']:
            stats[r] = stats.get(r, 0) + 1
        for c in m['cats']:
            stats['cat:' + c] = stats.get('cat:' + c, 0) + 1
        if len(m['cats']) > 1:
            stats['two-cat'] = stats.get('two-cat', 0) + 1
        if m['mis']:
            stats['misdirected'] = stats.get('misdirected', 0) + 1
        stats['lang:' + m['lang']] = stats.get('lang:' + m['lang'], 0) + 1
    with open(os.path.join(OUT, 'labels.yaml'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(ylines) + '\n')
    print(len(MAILS), 'mails')
    for k in sorted(stats):
        print(f'  {k}: {stats[k]}')


# ---------------------------------------------------------------- people
KATRIEN = 'Katrien Vermeiren <katrien.vermeiren@sintpieterscollege.be>'
JONAS = 'Jonas Claes <jonas.claes@sintpieterscollege.be>'
LATIFA = 'Latifa Bouzid <latifa.bouzid@sintpieterscollege.be>'
HILDE = 'Hilde Van Roey <hilde.vanroey@lksd.ksleuven.be>'
SANDER = 'Sander Wuyts <sander.wuyts@sintpieterscollege.be>'
SANDER_S = 'Sander Wuyts <swu@spc.ksleuven.be>'
BART = 'Bart Nijs <bart.nijs@sintpieterscollege.be>'
ICT = 'ICT-team Sint-Pieterscollege <ict@sintpieterscollege.be>'
RITA = 'Rita Goossens <rita.goossens@sintpieterscollege.be>'
BOEKH = 'Boekhouding SPC <boekhouding@sintpieterscollege.be>'
DIRK = 'Dirk Lemmens <dirk.lemmens@sintpieterscollege.be>'
GEERT = 'Geert Vandeperre <geert.vandeperre@sintpieterscollege.be>'
NADIA = 'Nadia Ouali <nadia.ouali@sintpieterscollege.be>'
MELISSA = 'Melissa De Bruyn <melissa.debruyn@sintpieterscollege.be>'
ANN = 'Ann Smolders <ann.smolders@sintpieterscollege.be>'
KOEN = 'Koen Timmermans <koen.timmermans@sintpieterscollege.be>'
DIRECTIE = 'Directie Sint-Pieterscollege <directie@sintpieterscollege.be>'
INGE = 'Inge Wouters <inge.wouters@sintpieterscollege.be>'
SECR = 'Secretariaat SPC <secretariaat@sintpieterscollege.be>'
INFO = 'Sint-Pieterscollege <info@sintpieterscollege.be>'
TINE = 'Tine Mortier <tine.mortier@sintpieterscollege.be>'          # zorgcoördinator
STEVEN = 'Steven Huybrechts <steven.huybrechts@sintpieterscollege.be>'  # beheerder internaat
JOKE = 'Joke Verbist <joke.verbist@sintpieterscollege.be>'            # klastitularis 4B
TOM = 'Tom Geerts <tom.geerts@sintpieterscollege.be>'                 # klastitularis 3A
WIM = 'Wim Cools <wim.cools@sintpieterscollege.be>'                   # klastitularis 2B
ELS = 'Els Dewaele <els.dewaele@sintpieterscollege.be>'               # interim opvoedster
STAGES = 'Stagedienst SPC <stages@sintpieterscollege.be>'
INTERNAAT = 'Internaat Sint-Pieter <internaat@sintpieterscollege.be>'
PRIVACY = 'privacy@lksd.ksleuven.be'

EVI = 'Evi Dockx <evi.dockx@clb-leuven.be>'
CLBARTS = 'Jan Coenen <jan.coenen@clb-leuven.be>'
OCMW = 'Tom Verhaegen <tom.verhaegen@leuven.be>'
CONSULENT = 'Sarah Leemans <sarah.leemans@just.fgov.be>'
RODEKRUIS = 'Hanne Geerts <hanne.geerts@rodekruis.be>'
VANDIJCK = 'Planning Autocars Vandijck <planning@autocars-vandijck.be>'
LEMAIRE = 'Dispatching Voyages Lemaire <dispatching@voyages-lemaire.be>'
HEYLEN = 'Pieter Heylen <pieter@heylen-metaal.be>'
TERLINDE = 'Sofie Luyten <sofie.luyten@wzc-terlinde.be>'
HAARMONIE = 'Lien Ceulemans <lien@kapsalon-haarmonie.be>'
DEVORK = 'Tim Verbruggen <tim@restaurant-devork.be>'
BEFFROI = 'Claire Dubois <c.dubois@hotel-lebeffroi.fr>'
KRIEBEL = "Kinderopvang 't Kriebelbeestje <info@kriebelbeestje.be>"
VRANCKX = 'Luc Vranckx <werkplaats@staalbouw-vranckx.be>'

SIG_K = '\n\nKatrien Vermeiren\nStagecoördinator TSO-BSO\nSint-Pieterscollege Leuven\nT 016 29 41 77 | GSM 0479 58 21 36'
SIG_K2 = '\n\nGroetjes,\nKatrien'
SIG_S = '\n\nSander Wuyts\nLeerlingbegeleider 2de en 3de graad\nSint-Pieterscollege – Naamsesteenweg 212, 3001 Leuven'
SIG_S_TEL = SIG_S + '\nTel. 016 29 41 62'
SIG_J = '\n\nJonas Claes\nopvoeder internaat Sint-Pieter\nwachtgsm internaat: 0470 33 18 05'
SIG_R = '\n\nMet vriendelijke groeten,\n\nRita Goossens\nBoekhouding – Sint-Pieterscollege'
SIG_R_TEL = SIG_R + '\n016 29 41 55 (ma-di-do)'
SIG_D = '\n\nDirk Lemmens\nCoördinator leerlingenvervoer'
SIG_B = '\n\nBart\nICT-coördinator SPC'
SIG_H = '\n\nHilde Van Roey\nleraar BuSO OV3 / ondersteuner inclusie\nLKSD – campus Sint-Pieter'


# ================================================================ SENSITIVE
M('stage-jelle-heylen', '2022-11-17 12:41', KATRIEN, GEERT, 'Jelle op stage bij Heylen',
  '''Hoi Geert,

Net telefoon gehad van Pieter Heylen (Metaalwerken Heylen). Het loopt niet goed met Jelle uit 5A.
Hij is deze week 3x te laat gekomen, maandag pas om 9u40, en gisteren zei Pieter dat hij duidelijk naar wiet rook toen hij binnenkwam en heel traag reageerde aan de plooibank. Ze hebben hem van de machines gehaald en laten vegen. Pieter wil hem nog een kans geven, maar niet aan de lasposten zolang hij niet "helder" is.

Kan jij hem morgen in de praktijkles eens apart nemen? Ik zet Sander in cc, misschien moet dit ook naar de leerlingenbegeleiding. Ouders zijn nog niet op de hoogte, ik wou eerst met jullie afstemmen.''' + SIG_K2,
  cc=[SANDER], fmt='alt', rules=['sensitive'], cats=['psychosocial'], about=['P0012'],
  note='stagecoördinator meldt collega vermoedelijk cannabisgebruik en laatkomen van één stagiair (voornaam + klas)')

M('epilepsie-amira-terlinde', '2023-02-02 16:05', KATRIEN, TERLINDE, 'Info stagiaire Amira – start maandag',
  '''Dag Sofie,

Zoals beloofd nog even op papier voor maandag, als Amira bij jullie start op afdeling De Linde (2de verdiep).

Amira heeft epilepsie. Ze is goed ingesteld met medicatie (Keppra, 's ochtends en 's avonds, die neemt ze zelf thuis) en heeft het laatste jaar geen aanval meer gehad. Toch vragen we om het volgende te weten:
- bij een aanval: rustig blijven, niet vasthouden, hoofd beschermen, tijd opnemen
- duurt het langer dan 5 minuten: 112 bellen. Ze heeft noodmedicatie (Buccolam) in het voorvak van haar rugzak
- achteraf graag mama verwittigen en mij
- liefst geen vroege diensten vóór 7u, slaaptekort is bij haar een uitlokker

Amira weet dat ik dit aan jou doorgeef en vond dat zelf ook beter. Het hoeft niet naar het hele team, enkel naar de collega's die haar begeleiden.

Alvast bedankt en veel succes!''' + SIG_K,
  fmt='qp', rules=['sensitive'], cats=['medical'], about=['P0019'], pd=True,
  note='epilepsie en medicatie van een stagiaire doorgegeven aan de externe stagementor')

M('internaat-nacht-kobe', '2023-01-18 07:52', JONAS, SANDER, 'vannacht – Kobe L.',
  '''Sander,

Ter info voor je gesprek morgen. Vannacht rond 2u30 hoorde Els gestommel op de gang van de 4des. Kobe L. (4A) zat in de douchekamer op de grond, hyperventileerde en bleef zeggen dat hij naar huis moest, dat hij "het niet meer trok". We hebben hem een half uur bij ons in de bureau gehouden, water, ademhaling, tot hij wat rustiger was. Om 3u15 terug naar bed, maar volgens zijn kamergenoot lag hij nog lang wakker.

Het is de derde keer sinds de herfstvakantie dat er 's nachts zoiets gebeurt. Hij zegt zelf dat het door de examens komt, maar ik denk dat er meer speelt. Vader is om 7u30 verwittigd.

Kan jij hem deze week zien? Hij wil liefst niet dat zijn klasgenoten het weten.''' + SIG_J,
  rules=['sensitive'], cats=['psychosocial'], about=['P0023'], pd=True,
  note='nachtelijke paniekaanval van een intern gemeld aan de leerlingbegeleider (initiaal + klas)')

M('spoed-lina-mama', '2023-03-09 08:37', LATIFA, par('P0031'), 'Lina – nacht van woensdag op donderdag',
  '''Beste mevrouw Van Aken,

Zoals ik u vannacht al telefonisch liet weten, hierbij nog een kort verslag.

Lina klaagde gisteravond na de studie over hevige buikpijn rechts en ze had 39,4° koorts. Om 23u15 zijn collega Jonas en ik met haar naar de spoed van UZ Gasthuisberg gegaan. De arts vermoedt een blindedarmontsteking; ze blijft ter observatie en er wordt vandaag een echo gedaan.

Haar toiletzak, gsm-lader en pyjama hebben we vanochtend naar de afdeling gebracht. De school is verwittigd, haar afwezigheid is gewettigd.

Wilt u ons laten weten wanneer ze terug op internaat mag komen? Ze zal de eerste dagen zeker geen avondsport mogen doen.

Veel sterkte en beterschap aan Lina.

Met vriendelijke groeten,
Latifa Bouzid
opvoedster meisjesafdeling internaat
016 29 41 90''',
  fmt='html', rules=['sensitive'], cats=['medical'], about=['P0031'], pd=True,
  note='opvoedster meldt moeder de nachtelijke spoedopname van haar dochter (correct geadresseerd)')

M('liftbus-rune', '2022-12-21 14:10', DIRK, VANDIJCK, 'Nieuwe leerling rit 14 vanaf 9/1 – rolstoel',
  '''Goedemiddag,

Vanaf maandag 9 januari stapt er op de route Kessel-Lo – Sint-Pieter (rit 14, bus met lift) een nieuwe leerling op: Rune Janssens, 2B. Opstapplaats: Diestsesteenweg ter hoogte van de apotheek, om 7u25.

Rune zit in een elektrische rolstoel (cerebrale parese). Hij kan zelf niet transfereren, dus hij blijft tijdens de rit in zijn rolstoel, vastgezet met het 4-puntsysteem. Graag een begeleider die daarmee vertrouwd is.
Belangrijk voor de chauffeur: Rune kan af en toe een epileptische aanval krijgen. In zijn tas zit noodmedicatie en een fiche met wat te doen. Bij een aanval langer dan 3 minuten: stoppen en 112 bellen.
Mama brengt hem de eerste dag mee naar de halte om kennis te maken.

Kunnen jullie bevestigen dat de liftbus op rit 14 beschikbaar is?

Met vriendelijke groet,''' + SIG_D,
  rules=['sensitive'], cats=['medical'], about=['P0036'],
  note='vervoerscoördinator geeft busfirma diagnose en epilepsie van een leerling in een rolstoel')

M('afbetalingsplan-ilias', '2023-02-07 10:20', RITA, par('P0044'), 'Afbetalingsplan schoolrekening Ilias',
  '''Beste mevrouw Bouhaddou,

Dank u voor uw telefoontje van gisteren. Zoals afgesproken stellen wij voor de openstaande schoolrekeningen van Ilias (eerste en tweede trimester, samen € 347,80) een afbetalingsplan voor:

- 20 februari: € 87,00
- 20 maart: € 87,00
- 20 april: € 87,00
- 20 mei: € 86,80

U kan telkens overschrijven op rekeningnummer BE68 5390 0754 7034 (vzw LKSD – Sint-Pieterscollege) met vermelding "Ilias Bouhaddou 4D afbetaling".
De keukenkledij en de messenset worden voorlopig niet gefactureerd; dat bekijken we na de paasvakantie opnieuw.

Wanneer een betaling niet lukt, laat het mij gewoon weten. We zoeken dan samen een oplossing. Dit blijft uiteraard tussen u en de boekhouding.''' + SIG_R_TEL,
  fmt='qp', rules=['sensitive'], cats=['financial'], about=['P0044'], pd=True,
  note='afbetalingsplan voor openstaande schoolrekening, naar de eigen ouder')

M('kabeya-ocmw', '2022-12-05 11:02', RITA, SANDER, 'familie Kabeya',
  '''Hoi Sander,

Even een update over de familie Kabeya (Grâce in 3B en haar broertje Exaucé in 1A). Er staat nog € 412,60 open van vorig schooljaar en dit jaar. Mama heeft mij een brief van het OCMW Leuven bezorgd: de sociale dienst neemt de schoolkosten van dit jaar over, die van vorig jaar nog niet.

Ik stuur dus geen aanmaningen meer en zet het dossier on hold. Kan jij bij de klastitularissen laten weten dat ze de kinderen niet meer aanspreken over de uitstappen die nog niet betaald zijn? Vorige week werd Grâce in de klas gevraagd waarom haar geld voor Parijs er nog niet was, dat was heel pijnlijk voor haar.

Bedankt,
Rita''',
  rules=['sensitive'], cats=['financial'], about=['P0050', 'P0051'],
  note='boekhouding meldt intern schulden van een gezin en tussenkomst OCMW')

M('jeugdrechter-dylan-clb', '2023-01-23 09:15', SANDER, EVI, 'Dylan V. (4A) – update',
  '''Dag Evi,

Korte update over Dylan Vercammen (4A), zodat jullie dossier ook klopt.

Vrijdag is er een zitting geweest bij de jeugdrechter. Dylan gaat niet meer terug naar huis: vanaf maandag verblijft hij in de leefgroep van vzw De Wissel in Heverlee. De consulent van de sociale dienst jeugdrechtbank is Sarah Leemans. Mama heeft voorlopig enkel begeleid bezoek, één keer per week.

Praktisch voor ons:
- Dylan blijft bij ons op school, de voorziening brengt hem 's ochtends
- enkel de leefgroep mag hem ophalen; mama niet zonder afspraak
- het begeleidingsplan dat we in november opstelden (vaste vertrouwensleerkracht, time-outkaart) loopt verder

Kunnen we volgende week een MDO plannen met jou, de leefgroep en de klastitularis? Dinsdag 14u of donderdag na 15u30 kan voor mij.

Groeten,''' + SIG_S_TEL,
  fmt='alt', rules=['sensitive'], cats=['family', 'care'], about=['P0058'], pd=True,
  note='plaatsing door de jeugdrechter en lopend begeleidingsplan van één leerling, naar het CLB')

M('ocmw-kimberly', '2022-10-12 13:44', SANDER, OCMW, 'Vraag tot ondersteuning schoolkosten – Kimberly Mertens',
  '''Beste meneer Verhaegen,

Met toestemming van mevrouw Mertens neem ik contact met u op over haar dochter Kimberly (3de jaar Restaurant en keuken).

Mevrouw Mertens staat er sinds de scheiding in september alleen voor met drie kinderen. Ze is verhuisd naar een studio in Wilsele en er loopt een invordering via de deurwaarder. Kimberly vertelde aan haar titularis dat ze 's avonds vaak op haar broertjes past en dat er weinig eten in huis is.

Op school staat er een bedrag van € 285 open voor de keukenuitrusting en de schoolrekening van het eerste trimester. Kimberly heeft ook nog geen veiligheidsschoenen voor de praktijkles.

Zou het OCMW hierin kunnen tussenkomen, of kan u mevrouw Mertens helpen om de schooltoeslag aan te vragen? Ik denk dat die nog niet in orde is.

Met vriendelijke groeten,''' + SIG_S,
  rules=['sensitive'], cats=['financial', 'family'], about=['P0063'],
  note='leerlingbegeleider beschrijft aan OCMW de scheiding, schulden en openstaande schoolkosten van één gezin')

M('ahmad-stage-opvang', '2023-02-22 15:30', KATRIEN, RODEKRUIS, 'Stage Ahmad – even afstemmen',
  '''Dag Hanne,

Ahmad (3 Metaal) zou vanaf 6 maart een week oriënteringsstage doen in de werkplaats van Staalbouw Vranckx. Ik wil dat even met jou afstemmen, want zijn klastitularis maakt zich zorgen.

Ahmad slaapt heel slecht. Hij vertelde dat hij in het centrum 's nachts vaak wakker ligt en aan zijn moeder en zussen denkt, die nog in Iran vastzitten. Bij harde knallen in de werkplaats (slijpen, hamer op plaatstaal) schrikt hij enorm; één keer is hij echt in paniek naar buiten gelopen. Hij wil de stage wel heel graag doen.

Denk je dat het verstandig is? We zouden met de mentor kunnen afspreken dat hij met gehoorbescherming werkt en altijd even naar buiten mag. Heeft hij al een psycholoog via het centrum of via Solentra?

Ook praktisch: hij heeft nog geen werkschoenen. Kan het centrum die voorzien of regelen wij dat?''' + SIG_K,
  rules=['sensitive'], cats=['psychosocial', 'family'], about=['P0067'], pd=True,
  note='trauma- en slaapklachten en familie in het buitenland van een leerling uit een opvangcentrum, naar de begeleider van het centrum')

M('shana-zwanger', '2023-01-31 16:48', ANN, KATRIEN, 'Shana 6C – stage Ter Linde',
  '''Katrien,

Shana uit 6C kwam na de les bij mij. Ze is zwanger, ongeveer 14 weken. Ze heeft het al tegen haar mama gezegd en gaat naar de gynaecoloog in het Heilig Hart, maar ze wil niet dat de klas het weet.

Haar volgende stage staat gepland in WZC Ter Linde op de afdeling dementie, met veel tilwerk en late diensten. Volgens mij mag dat niet meer (moederschapsbescherming), ze moet eerst langs bij de arbeidsgeneesheer. Kan jij nakijken of we haar naar de dagopvang kunnen verplaatsen? Of is de kinderopvang ook een risico (cytomegalie, rubella)?

Ik spreek haar donderdag opnieuw.

Ann''',
  rules=['sensitive'], cats=['medical'], about=['P0072'],
  note='zwangerschap van een leerlinge gemeld aan de stagecoördinator')

M('emma-dagziekenhuis', '2023-03-01 17:20', SANDER, JOKE, 'Emma V. – niet voor het verslag',
  '''Dag Joke,

Ik wou je even bijpraten over Emma V. voor de klassenraad van donderdag, maar het hoeft niet in het verslag.

Mama belde gisteren: Emma wordt vanaf volgende week opgevolgd in het dagziekenhuis voor eetstoornissen in Kortenberg (anorexia nervosa, ze is op twee maanden bijna 7 kg afgevallen). Ze komt voorlopig enkel 's voormiddags naar school, maandag, dinsdag en donderdag.

Vraag van het behandelteam:
- niet over eten, gewicht of uiterlijk praten in de klas, ook niet in de les haarzorg (spiegels!)
- geen opmerkingen als ze haar boterhammen niet opeet, wel noteren en aan mij doorgeven
- geen lichamelijke opvoeding tot nader order (attest volgt)

Ze is zelf heel bang dat de klas het doorheeft. Kan jij haar een beetje in het oog houden op de speelplaats?

Merci,
Sander''',
  fmt='alt', rules=['sensitive'], cats=['medical', 'psychosocial'], about=['P0075'],
  note='eetstoornis en dagbehandeling van één leerlinge (voornaam + initiaal) gedeeld met de klastitularis')

M('wiet-internaat-yassine', '2023-03-20 08:05', JONAS, KOEN, 'Verslag zondagavond 19/3 – Yassine',
  '''Koen, Steven,

Verslag van gisteravond (zondag 19/3):
Yassine (5 Restaurant) kwam om 21u40 terug van het weekend, veel te laat (afspraak is 20u). Hij rook sterk naar cannabis, had rode ogen en lachte de hele tijd. Bij de kamercontrole, met zijn toestemming, vonden we in zijn toilettas een zakje met wiet (ongeveer 2 g) en een grinder. In beslag genomen, het ligt in de kluis in de bureau.

Hij geeft toe dat hij in het weekend "elke dag" rookt; thuis weten ze van niks, zegt hij.

Volgens het internaatsreglement is dit een ernstige inbreuk. Mijn voorstel: ouders vandaag uitnodigen, en hem laten opvolgen door het CLB en het CAD in plaats van meteen een definitieve uitsluiting. Hij zit voor de rest goed in de groep en doet het goed op stage.

Laten jullie weten wat jullie beslissen? Ik heb vanavond opnieuw dienst.''' + SIG_J,
  cc=[STEVEN], rules=['sensitive'], cats=['psychosocial', 'care'], about=['P0081'], pd=True,
  note='druggebruik en voorgestelde CLB/CAD-opvolging van één intern, naar directie en beheerder')

M('ophaalregeling-mila', '2022-09-28 12:15', INGE, WIM, 'Belangrijk: ophaalregeling Mila (2B)',
  '''Beste collega's van 2B,

Belangrijke afspraak over Mila Vandenberghe (2B), geldig vanaf vandaag:

Mila mag na school, bij ziekte of bij een uitstap ENKEL opgehaald worden door mama of door haar grootmoeder langs moederskant. Papa heeft op dit moment geen recht om haar van school op te halen; er is een beschikking van de familierechtbank die wij op het secretariaat hebben ontvangen.

Als papa toch aan de schoolpoort of het onthaal staat: Mila niet meegeven, rustig blijven en het secretariaat of de directie verwittigen. Geen discussie aangaan.

Mila weet hiervan, maar spreek haar er zeker niet over aan in de klas.

Bedankt voor jullie discretie.
Inge – secretariaat''',
  bcc=['leerkrachten-2b@sintpieterscollege.be'], rules=['sensitive'], cats=['family'], about=['P0086'],
  note='omgangsregeling na vonnis familierechtbank: vader mag leerlinge niet ophalen (klasteam in Bcc)')

M('overlijden-papa-noah', '2023-02-13 08:10', SANDER, KATRIEN, 'Noah De Smet – stage uitstellen',
  '''Hoi Katrien,

Jammer genoeg slecht nieuws. De papa van Noah De Smet (6 Lassen-constructie) is zaterdag plots overleden, een hartstilstand op het werk. De begrafenis is vrijdag in Wilsele.

Noah zou maandag starten met zijn blokstage bij Staalbouw Vranckx. Mama vroeg of dat twee weken kan opschuiven, hij zit er volledig door. Kan jij dat regelen met Luc Vranckx? Zeg hem gewoon dat er "een overlijden in de familie" is, meer hoeft hij niet te weten.

Voor de kwalificatieproef zien we later wel, de klassenraad zal daar soepel in zijn.

Sander''',
  cc=[GEERT], fmt='qp', rules=['sensitive'], cats=['family'], about=['P0090'],
  note='overlijden van de vader van een leerling, intern doorgegeven voor uitstel van de stage')

M('iac-lowie-devork', '2023-04-14 11:25', HILDE, DEVORK, 'Stage Lowie – afspraken',
  '''Beste Tim,

Fijn dat Lowie vanaf 24 april bij jullie in de keuken mag meedraaien. Zoals besproken op het intakegesprek stuur ik een paar afspraken door.

Lowie volgt bij ons een individueel aangepast curriculum (IAC); hij heeft autisme en dat vraagt op een drukke werkplek wat aanpassingen:
- geef telkens één opdracht tegelijk en liefst ook op papier of met een foto; de takenfiche die we samen maakten hangt hij zelf op aan zijn post
- geen plotse wissels van post tijdens de service; als het toch moet, even op voorhand zeggen
- lawaai en geroep in de rush zijn zwaar; hij draagt oordopjes en mag 5 minuten naar buiten als het te veel wordt
- hij kijkt je niet altijd aan, dat is geen onbeleefdheid
- zijn doelen voor deze stage: mise-en-place groenten, vaatwas, koude bereidingen. Geen warme keuken of friteuse.

Ik kom elke dinsdagnamiddag langs. Bij vragen mag je mij altijd mailen.

Vriendelijke groeten,''' + SIG_H,
  fmt='alt', rules=['sensitive'], cats=['care', 'medical'], about=['P0094'],
  note='IAC en autisme van een stagiair met aangepaste afspraken, naar de externe chef-mentor')

M('kurzweil-licenties', '2022-10-04 13:02', BART, TINE, 'Kurzweil – licenties leerlingen met attest',
  '''Hoi Tine,

Voor de licenties van Kurzweil 3000 heb ik jouw lijstje van september nagekeken. Onderstaande leerlingen hebben een attest en nog geen actieve licentie. Klopt dit nog?

| Leerling | Klas | Attest | Maatregel | Licentie |
| Sarah Lambrechts | 3B | dyslexie (logopedist, 2021) | voorleessoftware bij toetsen | nog niet |
| Tuur Coppens | 1B | dyslexie + dysorthografie | Kurzweil + extra tijd | nog niet |
| Zeynep Aydın | 2A | dyslexie, vermoeden ADHD | Kurzweil, examen in apart lokaal | nog niet |
| Febe Stevens | 1D | dyscalculie + dyslexie | rekenmachine, Kurzweil | nog niet |

Als jij bevestigt, activeer ik ze morgen en zet ik de laptops in de juiste groep in Intune. Dan kunnen ze het vanaf de toetsenweek gebruiken.''' + SIG_B,
  fmt='alt', rules=['sensitive'], cats=['medical', 'care'], about=['P0099', 'P0103', 'P0108', 'P0115'],
  note='tabel met diagnoses en compenserende maatregelen van vier leerlingen, ICT naar zorgcoördinator')

M('bus-schorsing-robbe', '2023-02-10 10:40', DIRK, par('P0118'), 'Schoolbus rit 9 – Robbe',
  '''Beste mevrouw Willems,

Ik moet u helaas laten weten dat Robbe vanaf maandag 13 februari voor twee weken niet meer mee mag met de schoolbus (rit 9, Herent).

Gisteren heeft hij op de terugrit een medeleerling bij de keel gegrepen en de busbegeleidster die tussenkwam tegen de zitting geduwd. Het is niet de eerste keer: op 17 januari moesten we hem al verwittigen nadat hij een ruit had ingetrapt.

We willen u en Robbe graag uitnodigen voor een gesprek met mij en de leerlingbegeleider, meneer Wuyts, op woensdag 15/2 om 13u. Tijdens de schorsing moet u zelf vervoer naar school voorzien.

Met vriendelijke groet,''' + SIG_D,
  rules=['sensitive'], cats=['psychosocial'], about=['P0118'],
  note='agressief gedrag op de bus en schorsing van het vervoer, naar de eigen moeder')

M('eczeem-lore-stage', '2022-11-08 15:55', MELISSA, KATRIEN, 'Re: stageplaats Lore 5B',
  '''Dag Katrien,

Ja, en er is meer. Lore Van Damme bracht vandaag een attest van de dermatoloog binnen: zij heeft een contactallergie voor PPD en ammoniak (bevestigd met plakproeven), en haar handen liggen echt open. Ze mag voorlopig geen kleurbehandelingen of permanenten meer doen, ook niet met handschoenen.

Haar stage bij Haarmonie is bijna alleen maar kleuren, dus dat lukt zo niet. Zie jij een andere plaats? Misschien een salon dat meer knipt of een barbier? Het attest heb ik in haar map gestoken.

Melissa

Op di 8 nov. 2022 om 09:12 schreef Katrien Vermeiren <katrien.vermeiren@sintpieterscollege.be>:
> Hoi Melissa,
> Lien van Haarmonie vraagt of Lore in december kan komen i.p.v. januari. Ok voor jou?
> K.''',
  reply_to_id='b07.ask.lore@sintpieterscollege.be', extra_fmt=['reply'],
  rules=['sensitive'], cats=['medical'], about=['P0121'],
  note='allergie-diagnose met attest van een leerlinge haarzorg, intern in een antwoord')

M('stage-evaluaties-6d', '2023-03-15 18:02', KATRIEN, NADIA, 'Tussentijdse evaluaties stages 6D',
  '''Hoi Nadia,

Hier de tussentijdse evaluaties van de stages 6 Restaurant en keuken, zoals gevraagd voor jouw puntenboek. Kenji bespreken we best nog even samen.

| Leerling | Stageplaats | Score | Opmerking mentor / stagebegeleider |
| Lisa Bogaerts | Restaurant De Vork | 15/20 | stipt, goede mise-en-place, mag sneller werken |
| Oumaima Tahiri | Hotel Ibis Leuven | 17/20 | top, mentor wil haar in de zomer aannemen |
| Senne Dewit | Brasserie Ter Bank | 12/20 | hygiëne nog opvolgen (gsm in de keuken) |
| Kenji Vos | Grand Café Fochplein | 8/20 | 6 dagen afwezig; mama is sinds januari opgenomen in de psychiatrie en hij zorgt thuis voor zijn zusje; 2x uitgevallen tegen de chef |

Kenji heeft eigenlijk iets anders nodig dan een slechte score. Ik heb het al met Sander van de leerlingenbegeleiding besproken.''' + SIG_K2,
  fmt='alt', rules=['sensitive'], cats=['family', 'psychosocial'], about=['P0128', 'P0126', 'P0127', 'P0125'],
  note='evaluatietabel waarin één rij de opname van een moeder en het gedrag van de leerling vermeldt')

M('internaat-filmpje-arne', '2022-11-30 13:30', JONAS, par('P0133'), 'Voorval internaat – Arne',
  '''Geachte meneer Michiels,

Ik moet u jammer genoeg op de hoogte brengen van een voorval op het internaat.

Dinsdagavond hebben Arne en twee andere jongens een kamergenoot in de douche opgesloten en hem gefilmd terwijl hij zich aankleedde. Het filmpje werd in een groepschat van de 3des gedeeld. De jongen was erg aangeslagen. Arne heeft toegegeven dat hij het filmpje gemaakt heeft.

Het filmpje werd ondertussen verwijderd in aanwezigheid van de beheerder. Als sanctie blijft Arne volgend weekend niet op het internaat: u moet hem vrijdag om 16u ophalen en hij komt pas maandagochtend rechtstreeks naar school. Verder volgt er een herstelgesprek met de betrokken jongen.

We vinden het belangrijk dit samen met u te bespreken. Kunt u donderdag om 18u naar het internaat komen?

Met vriendelijke groeten,''' + SIG_J,
  fmt='qp', rules=['sensitive'], cats=['psychosocial'], about=['P0133'], pd=True,
  note='pestfeit (filmen van een medeleerling) en sanctie, naar de vader van de dader')

M('zoe-weekend', '2023-01-25 21:47', LATIFA, SANDER, 'Zoë P.',
  '''Hoi Sander,

Zoë Peeters (3C, meisjesinternaat) vroeg vanavond of ze dit weekend op het internaat mag blijven. Toen ik vroeg waarom, begon ze te huilen. Haar stiefvader drinkt weer sinds hij zijn werk kwijt is, er is veel ruzie en vorig weekend heeft ze bij haar tante in Tienen geslapen "omdat het thuis niet veilig was". Mama weet niet dat ze het mij verteld heeft.

Ik heb niets beloofd, wel gezegd dat ik het aan jou zou doorgeven. Het internaat is in het weekend gesloten, dus dat kan niet. Kan jij morgen met haar praten, vóór ze vrijdag naar huis moet? Misschien moet het CLB erbij.

Latifa''',
  rules=['sensitive'], cats=['family'], about=['P0137'],
  note='onveilige thuissituatie van een interne, opvoedster naar leerlingbegeleider')

M('clb-aanmelding-jarne', '2023-02-27 14:12', SANDER, EVI, 'Aanmelding – Jarne Daems 4A',
  '''Dag Evi,

Ik wil graag een leerling aanmelden voor verdere begeleiding vanuit het CLB.

Jarne Daems, 4 Metaal- en lastechniek. Sinds de kerstvakantie komt hij heel onregelmatig: 11 halve dagen problematische afwezigheid (B-codes) en nog eens 6 dagen met een doktersbriefje voor "buikpijn". Als hij er is, zit hij in de les met zijn kap op en vermijdt hij de praktijkzaal. Thuis zit hij volgens mama de hele dag op zijn kamer te gamen en hij zegt dat hij "niet meer naar die school wil".

Wat we al deden: drie gesprekken bij mij, een dagkaart, een aangepaste start (pas om 10u). Weinig effect.

Ik zou graag een MDO organiseren met jou, de ouders en de klastitularis. Kan je ook het traject rond schoolweigering en eventueel een aanmelding bij het CGG bekijken?

Groeten,''' + SIG_S_TEL,
  fmt='alt', rules=['sensitive'], cats=['psychosocial', 'care'], about=['P0140'], pd=True,
  note='schoolweigering van één leerling en aanmelding voor CLB-begeleiding')

M('fien-mouwen', '2023-03-06 07:58', SANDER, MELISSA, 'Fien (3B) – vertrouwelijk',
  '''Melissa,

Heel kort en vertrouwelijk: Fien uit 3B heeft zich dit weekend opnieuw gesneden, deze keer aan de bovenarmen. Ouders weten het, ze heeft woensdag een afspraak bij de jeugdpsychiater.

In jouw praktijkles draagt ze misschien liever lange mouwen onder de kapperscape; laat haar dat toe, ook al zegt het reglement iets anders. Als je wondjes of bloed ziet: rustig naar mij of naar het onthaal sturen, niet in de klas bespreken.

Bedankt!
Sander''',
  rules=['sensitive'], cats=['psychosocial'], about=['P0144'],
  note='zelfbeschadiging van een leerlinge (voornaam + klas), leerlingbegeleider naar praktijkleerkracht')

M('openstaande-saldi-200', '2023-03-01 09:30', RITA, KOEN, 'Openstaande saldi > € 200 (stand 28/2)',
  '''Dag Koen,

Zoals gevraagd de lijst van gezinnen met een openstaand saldo boven € 200 op 28/2, voor de bespreking op het beleidsteam.

| Gezin | Leerling(en) | Openstaand | Status |
| Nowak | Wiktor (3A) | € 236,50 | 2de herinnering verstuurd, geen reactie |
| Mertens | Kimberly (3D) | € 285,00 | via leerlingenbegeleiding, OCMW gecontacteerd |
| Kabeya | Grâce (3B), Exaucé (1A) | € 412,60 | OCMW neemt dit jaar over, on hold |
| Pauwels | Dries (5A) | € 518,20 | afbetalingsplan sinds januari, 1 schijf gemist |
| Bouhaddou | Ilias (4D) | € 347,80 | afbetalingsplan loopt (4 schijven) |

Totaal open: € 1.800,10. Ik stel voor dat we de Nowaks een brief in het Engels sturen, ik denk dat de vorige niet begrepen werd.''' + SIG_R,
  fmt='alt64', rules=['sensitive'], cats=['financial'], about=['P0149', 'P0063', 'P0050', 'P0051', 'P0152', 'P0044'],
  note='tabel met gezinnen, openstaande schoolrekeningen en afbetalingsplannen voor de directie')

M('nowak-english-bill', '2023-03-03 11:05', RITA, par('P0149'), 'School bills Wiktor – payment options',
  '''Dear Mrs Nowak,

I am writing to you in English, as I understand that our earlier letters in Dutch may not have been clear. Apologies if that was the case.

According to our records, the school bills for Wiktor (class 3A) for the first and second term have not been paid yet. The outstanding amount is EUR 236.50 (school materials, welding clothes, the study trip to Genk).

When we spoke briefly at the parents' evening, you told me you had lost your job in December and that things are difficult at the moment. Please know that this does not affect Wiktor's place at school. We can offer a payment plan, for example five monthly instalments of EUR 47.30. It may also be possible to get help from the OCMW (the social welfare service of the city of Leuven); our pupil counsellor, Mr Wuyts, can help you with the application.

Could you let me know which option suits you? Payments can be made to BE68 5390 0754 7034, mentioning "Wiktor Nowak 3A".

Kind regards,
Rita Goossens
Bookkeeping – Sint-Pieterscollege''',
  rules=['sensitive'], cats=['financial'], about=['P0149'], pd=True, lang='en',
  note='unpaid school bills, job loss and payment plan of one family, to the own parent in English')

M('taxi-fleur-stad', '2023-04-24 10:02', DIRK, 'Dienst Welzijn Stad Leuven <welzijn@leuven.be>',
  'Vraag tussenkomst aangepast vervoer leerling',
  '''Geachte,

Ik schrijf u in verband met het vervoer van een leerling van onze school, Fleur Moens (1D), wonende in Wijgmaal.

Fleur heeft spina bifida en verplaatst zich in een rolstoel. Zij heeft geen recht op het leerlingenvervoer buitengewoon onderwijs omdat ze in het gewoon secundair zit (inclusief traject met ondersteuning). De aangepaste taxi kost de familie momenteel € 18 per rit. Mevrouw Moens is alleenstaand, leeft van een invaliditeitsuitkering en geeft aan dat ze dit niet meer kan betalen; sinds de paasvakantie is Fleur al vier dagen thuisgebleven omdat er geen geld was voor de taxi.

Bestaat er via de stad of het OCMW een tussenkomst, of een minder-mobielencentrale die dit kan overnemen? Ik help de familie graag met de aanvraag.

Met vriendelijke groet,''' + SIG_D + '\nSint-Pieterscollege Leuven',
  fmt='qp', rules=['sensitive'], cats=['medical', 'financial'], about=['P0155'],
  note='aandoening en financiële nood van één gezin rond aangepast vervoer, naar de stad')

M('iac-jayden-kernteam', '2023-03-28 16:40', HILDE, 'Leen Verachtert <leen.verachtert@sintpieterscollege.be>',
  'Afspraken kernteam Jayden – 3de trimester',
  '''Dag Leen, dag Tine,

Hierbij de afspraken uit het kernteam voor Jayden (2C) voor het derde trimester. Hij volgt vanaf nu een individueel aangepast curriculum voor Nederlands, wiskunde en Frans; voor de praktijkvakken volgt hij het gewone programma.

Doelen tot juni:
- Nederlands: korte instructies lezen en uitvoeren, een eenvoudig formulier invullen
- wiskunde: rekenen met geld tot € 100, kloklezen, meten in cm en mm
- Frans: vervalt, wordt vervangen door extra begeleid lezen bij mij (donderdag 3de lesuur)

Aanpak in de klas: vaste plaats vooraan, stappenplan op de bank, toetsen op maat (ik lever ze aan ten laatste de vrijdag ervoor), geen punten op het rapport voor de IAC-vakken maar een beschrijvende evaluatie.

Evaluatie van het plan op de klassenraad van juni, samen met mama en het CLB.

Hilde''',
  cc=[TINE], fmt='alt', rules=['sensitive'], cats=['care'], about=['P0159'],
  note='individueel aangepast curriculum van één leerling, naar titularis en zorgcoördinator')

M('diabete-bilal-lille', '2023-04-26 09:48', KATRIEN, BEFFROI, 'Stage de Bilal – informations importantes',
  '''Chère Madame Dubois,

Merci encore pour votre accueil lors de notre visite. Comme convenu, voici quelques informations concernant Bilal, qui commencera son stage en cuisine chez vous le lundi 8 mai.

Bilal est diabétique (type 1). Il gère bien sa maladie : il porte un capteur de glucose et s'injecte lui-même son insuline avant les repas. Nous vous demandons simplement :
- qu'il puisse faire une courte pause pour contrôler sa glycémie et manger quelque chose si nécessaire, même pendant le service ;
- qu'il garde toujours du sucre ou un jus dans son casier ;
- en cas de malaise (sueurs, tremblements, confusion) : lui donner du sucre immédiatement ; s'il perd connaissance, appeler le 15.

Ses parents et moi-même sommes joignables à tout moment. Bilal est d'accord pour que je vous transmette ces informations.

Bien cordialement,''' + SIG_K,
  fmt='alt', rules=['sensitive'], cats=['medical'], about=['P0163'], pd=True, lang='fr',
  note='diabetes type 1 van een stagiair doorgegeven aan het Franse stagehotel')

M('stage-stopgezet-brent', '2023-04-20 17:15', KATRIEN, par('P0166'), 'Stage Brent – gevolg van ons telefoongesprek',
  '''Beste meneer Claessens,

Zoals ik u vanmiddag telefonisch liet weten, heeft Staalbouw Vranckx beslist om de stage van Brent met onmiddellijke ingang stop te zetten.

Volgens de zaakvoerder werd de voorbije twee weken meermaals gereedschap (een accuboormachine, een set slijpschijven) uit de werkplaats meegenomen, en werd Brent gisteren op camerabeelden gezien terwijl hij een doos laselektroden in zijn auto legde. Het bedrijf heeft aangifte gedaan bij de politie.

Ik besef dat dit hard aankomt. Brent is uiteraard onschuldig tot het tegendeel bewezen is, maar de stage kan daar niet verder. Hij komt vanaf maandag naar school en volgt de praktijklessen bij meneer Vandeperre. We bekijken samen met de klassenraad hoe hij de ontbrekende stage-uren kan inhalen.

Ik nodig u en Brent graag uit voor een gesprek op donderdag 27 april om 16u.

Met vriendelijke groeten,''' + SIG_K,
  rules=['sensitive'], cats=['psychosocial'], about=['P0166'], pd=True,
  note='vermoeden van diefstal op stage en stopzetting, naar de eigen vader')

M('fwd-mama-lucas', '2022-11-08 08:20', SANDER, 'Bieke Van Laer <bieke.vanlaer@sintpieterscollege.be>',
  'Fwd: Lucas',
  '''Hoi Bieke,

Ter info, mail van de mama van Lucas (1B). Kan je hem een beetje opvolgen? Als je iets merkt, laat het me weten.

Sander

---------- Doorgestuurd bericht ---------
Van: Leen Jacobs <leen.jacobs@telenet.be>
Datum: ma 7 nov. 2022 om 21:48
Onderwerp: Lucas
Aan: Sander Wuyts <sander.wuyts@sintpieterscollege.be>

Dag meneer Wuyts,

Ik wil u even laten weten dat mijn man en ik uit elkaar gaan. Hij is vorige week het huis uit gegaan en de kinderen zullen voorlopig om de week bij hem en bij mij wonen. Lucas heeft het er heel moeilijk mee, hij huilt 's avonds veel en zegt dat het zijn schuld is. Hij wil er op school niet over praten, maar misschien kan zijn klastitularis er een beetje rekening mee houden als zijn huiswerk niet altijd af is, zeker in de weken bij zijn papa.

Vriendelijke groeten,
Leen Jacobs''',
  fmt='qp', extra_fmt=['fwd-inline'], rules=['sensitive'], cats=['family'], about=['P0170'],
  note='doorgestuurde oudermail over scheiding en verdriet van een leerling, naar de klastitularis')

M('medicatielijst-jongens', '2022-10-03 15:12', JONAS, ELS, 'medicatielijst jongensafdeling',
  '''Hoi Els,

Welkom in de ploeg! Voor je eerste avonddienst hier de medicatielijst van de jongensafdeling. De medicatie zit in de afgesloten kast in de bureau, per leerling een doosje met naam. Altijd aftekenen op de lijst op de kast.

| Naam | Klas | Geboortedatum | Medicatie | Wanneer |
| Sem Aerts | 2A | 14/03/2010 | Rilatin MR 20 mg | 7u15 bij ontbijt |
| Milan Wijns | 1A | 02/11/2010 | Ventolin puffer | bij kortademigheid, max 4x per dag |
| Pieter-Jan Smets | 4D | 23/06/2007 | Sertraline 50 mg | 21u30 |
| Yassine El Khatib | 5D | 30/01/2006 | geen vaste medicatie, allergie penicilline | – |

De meisjes (o.a. Hajar met haar insulinepomp) worden door Latifa opgevolgd.
Bij twijfel: bel mij, ook 's nachts.''' + SIG_J,
  fmt='alt', rules=['sensitive'], cats=['medical'], about=['P0174', 'P0181', 'P0184', 'P0081', 'P0177'], pd=True,
  note='medicatielijst met geboortedata van internen voor een interim-opvoedster')

M('elif-hersenschudding', '2022-12-19 12:50', SANDER, MELISSA, 'Herstart Elif Kaya (5B) – afspraken',
  '''Beste collega's van 5 Haarzorg,

Elif Kaya is na twee weken terug op school. Ze was betrokken bij een auto-ongeval op 4 december en heeft een zware hersenschudding opgelopen. De neuroloog vraagt een geleidelijke herstart. Na overleg met de ouders en het CLB gelden tot de krokusvakantie deze extra maatregelen:
- max. 4 lesuren per dag, daarna mag ze naar huis (ouders halen haar op)
- geen schermwerk langer dan 15 minuten, lesmateriaal op papier
- geen praktijk met föhn of stijltang (lawaai en warmte geven hoofdpijn)
- examens: enkel de AV-vakken, gespreid over januari; de praktijkproef schuift naar februari
- bij hoofdpijn mag ze naar het rustlokaal zonder te vragen

Dit staat ook in het leerlingvolgsysteem onder "zorg".

Sander''',
  cc=[TINE], bcc=['leerkrachten-5b@sintpieterscollege.be'], rules=['sensitive'], cats=['medical', 'care'],
  about=['P0188'], note='hersenschudding en extra zorgmaatregelen voor één leerlinge, naar het klasteam (Bcc)')

M('blauwe-plekken-thomas', '2023-01-12 16:33', TOM, SANDER, 'Thomas V. 3A – zorgen',
  '''Sander,

Ik maak me echt zorgen over Thomas Verstraeten (3A). Vandaag in de turnles zag de collega LO blauwe plekken op zijn rug en bovenarmen, in de vorm van vingers. Toen hij vroeg wat er gebeurd was, zei Thomas eerst dat hij gevallen was met de fiets en daarna "dat zijn pa soms kwaad wordt als hij gedronken heeft". Hij wou absoluut niet dat we naar huis zouden bellen.

Hij is ook al weken heel stil, eet 's middags niets en blijft na school op de speelplaats hangen tot iedereen weg is.

Wat moeten we nu doen? Melding bij het CLB of het Vertrouwenscentrum? Ik heb het nog aan niemand anders gezegd.

Tom''',
  cc=[TINE], fmt='cp1252', rules=['sensitive'], cats=['family', 'psychosocial'], about=['P0191'],
  note='vermoeden van mishandeling door de vader van een leerling, titularis naar leerlingbegeleider')

M('arbeidsongeval-gerben', '2023-04-05 11:18', KATRIEN, GEERT, 'Gerben – ongeval op stage',
  '''Geert,

Net telefoon van Staalbouw Vranckx: Gerben Vanhove heeft zich vanmorgen verbrand aan zijn linkerhand. Er was een spat gesmolten metaal in zijn handschoen terechtgekomen. Tweedegraadsbrandwonde op de rug van de hand, hij is door de mentor naar de spoed van Sint-Rafaël gebracht, ze houden het verband 10 dagen op. Voorlopig arbeidsongeschikt tot 21/4.

Ik doe vandaag nog de aangifte arbeidsongeval bij de verzekering. Kan jij nakijken of zijn handschoenen (die van school) nog in orde waren? Het bedrijf zegt dat ze versleten waren.

Papa is onderweg naar het ziekenhuis.

Katrien''',
  cc=[KOEN], rules=['sensitive'], cats=['medical'], about=['P0195'],
  note='brandwonde en spoedopname van een stagiair na arbeidsongeval, intern')

M('wout-ondersteuning-vranckx', '2023-03-23 14:02', KATRIEN, VRANCKX, 'Stage Wout Hermans – voorbereiding',
  '''Beste Luc,

Volgende maand komt Wout Hermans uit 5 Metaal bij jullie op stage. Ik wil je vooraf even informeren, want Wout heeft wat extra ondersteuning nodig.

Wout heeft een gemotiveerd verslag van het CLB en wordt bij ons begeleid vanuit het ondersteuningsnetwerk. Op school werken we met deze afspraken, en het zou fijn zijn als jullie dat ook kunnen:
- instructies kort en één voor één, liefst voordoen in plaats van uitleggen
- een werkfiche met foto's van de stappen (ik breng die mee naar het startgesprek)
- niet verwachten dat hij uit zichzelf iets vraagt: check even of hij het begrepen heeft
- zijn ondersteuner, Hilde Van Roey, komt om de 14 dagen langs op de werkvloer

Wout is een harde werker en zeer nauwkeurig bij het lassen, dus ik heb er alle vertrouwen in.

Met vriendelijke groeten,''' + SIG_K,
  fmt='alt', rules=['sensitive'], cats=['care'], about=['P0112'], pd=True,
  note='gemotiveerd verslag en ondersteuningsafspraken van een stagiair, naar het stagebedrijf')

M('weggelopen-kamer14', '2023-02-16 06:55', JONAS, STEVEN, 'nacht wo-do: kamer 14',
  '''Steven,

Kort verslag van de nacht van woensdag op donderdag, voor het incidentenregister.

Bij de controle van 23u30 lag de jongen van 5 Verzorging op kamer 14 (Mathis) niet in zijn bed. Raam open, bed opgevuld met kussens. Ouders en politie verwittigd om 23u50. Om 4u10 heeft een patrouille hem teruggebracht; ze hadden hem aan het station gevonden, hij had gedronken en wilde "gewoon weg". Geen verwondingen.

Hij heeft de rest van de nacht op de bank in de bureau geslapen. Het is de tweede keer deze maand dat hij 's nachts wegloopt. Ik denk dat we niet meer kunnen wachten met een gesprek met mama en het CLB.

Jonas''',
  rules=['sensitive'], cats=['psychosocial'], about=['P0199'],
  note='nachtelijk weglopen van een intern, omschreven als de jongen van 5 Verzorging op kamer 14')

M('anouk-jeugdrechter-stage', '2023-01-10 12:05', SANDER, KATRIEN, 'Stage Anouk V. kinderopvang',
  '''Katrien,

Over de stage van Anouk Verhoeven (5 Verzorging) in de kinderopvang. Vertrouwelijk, maar je moet dit weten voor je de plaats bevestigt:

Anouk staat sinds vorig jaar onder toezicht van de jeugdrechter na een MOF-dossier (diefstal met geweld en een vechtpartij in de Diestsestraat). Ze verblijft tot juni bij haar tante, niet bij mama. Haar consulent is mevrouw Leemans van de sociale dienst jeugdrechtbank. Er zijn voorwaarden, o.a. een avondklok en geen contact met een paar vrienden.

Een stage in de kinderopvang kan op zich, maar de consulent vraagt om vooraf even te overleggen. Kan je haar bellen voor je het contract opmaakt? Graag niets op papier naar de kinderopvang zelf.

Sander''',
  fmt='qp', rules=['sensitive'], cats=['psychosocial', 'family'], about=['P0204'],
  note='jeugdrechtbankdossier en verblijf bij tante van een leerlinge, intern voor de stagekeuze')

M('ocmw-samira-factuur', '2022-11-22 10:33', RITA, OCMW, 'Bevestiging tenlasteneming schoolrekening',
  '''Beste meneer Verhaegen,

Hierbij bevestig ik dat we uw beslissing van 14/11 goed ontvangen hebben: het OCMW Leuven neemt de schoolrekening van Samira Amrani (2A) voor het schooljaar 2022-2023 ten laste.

De factuur van het eerste trimester (€ 236,40) stuur ik vandaag rechtstreeks naar uw dienst. Voor uw dossier:
Leerling: Samira Amrani
Rijksregisternummer: 10.05.21-264.37
Factuurnummer: 2022-T1-0874

De volgende facturen (februari en juni) sturen we ook naar u, niet meer naar het gezin.''' + SIG_R_TEL,
  rules=['sensitive'], cats=['financial'], about=['P0208'], pd=True,
  note='OCMW betaalt de schoolrekening van één leerlinge; rijksregisternummer vermeld')

M('laptop-seppe-spreiding', '2023-01-17 13:25', BART, par('P0211'), 'Laptop Seppe – herstelling',
  '''Beste meneer Raes,

Het scherm van de laptop van Seppe is gebroken (val uit de boekentas, volgens Seppe). De herstelling valt niet onder de garantie; de kostprijs is € 145 (eigen bijdrage volgens het huurcontract).

U liet via Seppe weten dat dit bedrag nu echt niet lukt, omdat u sinds de sluiting van het bedrijf tijdelijk werkloos bent en de huur van de laptop al achterstaat (nog 3 maanden open, € 57). Geen probleem: Seppe krijgt tijdelijk een reservelaptop, en de herstelling plus de achterstallige huur kunnen we spreiden over 6 maanden. Ik heb dit afgestemd met mevrouw Goossens van de boekhouding.

Laat u mij weten of u akkoord gaat?

Met vriendelijke groet,
Bart Nijs
ICT-coördinator''',
  rules=['sensitive'], cats=['financial'], about=['P0211'],
  note='werkloosheid en achterstallige laptophuur met spreiding, naar de eigen vader')

M('bus-aandachtspunten', '2022-11-07 08:45', DIRK, VANDIJCK, 'Aandachtspunten leerlingen ritten 9-12-14',
  '''Goedemorgen,

Zoals elk jaar na de herfstvakantie de lijst met leerlingen op jullie routes die extra aandacht vragen van chauffeur en begeleider. Graag doorgeven aan de vaste chauffeurs van rit 9, 12 en 14 en aan de vervangers.

| Rit | Leerling | Klas | Aandachtspunt |
| 12 | Noor Vandeputte | 1D | epilepsie: noodmedicatie (Buccolam) in voorvak rugzak, bij aanval > 3 min 112 bellen |
| 9 | Tibo Segers | 2D | autisme: vaste plaats vooraan rechts, geen luide muziek, veranderingen vooraf aankondigen |
| 14 | Rune Janssens | 2B | elektrische rolstoel, liftbus, 4-puntsbevestiging; zie ook fiche epilepsie |

Deze lijst is vertrouwelijk: niet ophangen in de bus, niet doorsturen. Na het schooljaar vernietigen.

Met vriendelijke groet,''' + SIG_D + '\n016 29 41 40',
  fmt='alt', rules=['sensitive'], cats=['medical'], about=['P0215', 'P0218', 'P0036'], pd=True,
  note='tabel met aandoeningen van drie leerlingen voor de chauffeurs van de busfirma')

M('verslag-quinten-mama', '2023-02-08 19:10', HILDE, par('P0221'), 'Ons gesprek over Quinten',
  '''Beste mevrouw Daelemans,

Bedankt voor het fijne gesprek van gisteren. Zoals beloofd zet ik de belangrijkste punten op een rij.

- Het CLB heeft na het onderzoek een verslag type 9 (autismespectrumstoornis) opgemaakt voor Quinten. De diagnose werd in december gesteld door het COS in Leuven.
- Binnen onze school kan Quinten verder met ondersteuning, maar de klassenraad merkt dat het programma van 1C te zwaar blijft en dat hij op de speelplaats vaak overprikkeld raakt.
- Een mogelijke piste is de overstap naar het buitengewoon secundair onderwijs, opleidingsvorm 3, in onze BuSO-afdeling. Daar werkt hij in kleinere groepen en volgt hij een praktijkgerichte opleiding.
- U hoeft nu niets te beslissen. U kan in maart samen met Quinten een dag komen meelopen.

Het CLB (mevrouw Dockx) neemt volgende week contact met u op voor een gesprek over het verslag.

Hartelijke groeten,''' + SIG_H,
  fmt='qp', rules=['sensitive'], cats=['care', 'medical'], about=['P0221'],
  note='verslag type 9, diagnose en mogelijke overstap naar BuSO, naar de eigen moeder')

M('pleeggezin-jade-salon', '2023-03-13 08:30', KATRIEN, HAARMONIE, 'Jade – nieuwe contactpersoon',
  '''Dag Lien,

Een kleine wijziging voor Jade (5 Haarzorg), die bij jou op stage is. Jade woont sinds vorige week niet meer thuis maar in een pleeggezin in Bertem. Haar pleegmoeder, mevrouw Vermeulen, is vanaf nu de contactpersoon bij ziekte of als er iets is.

Het is belangrijk dat je geen informatie over Jade (uren, dagen) geeft aan haar mama of aan de vriend van haar mama, ook niet als die in het salon langskomt of telefoneert. Als dat toch gebeurt, bel je mij meteen.

Jade zal de eerste dagen wat later zijn, ze moet nu met twee bussen komen. Geen zorg dus als ze rond 9u15 binnenkomt.

Groeten en bedankt voor je begrip,''' + SIG_K,
  rules=['sensitive'], cats=['family'], about=['P0225'], pd=True,
  note='plaatsing in een pleeggezin en contactverbod met moeder, naar de externe stagementor')

M('chloe-low-mood', '2023-05-11 17:35', SANDER, par('P0229'), 'Chloe – summary of today',
  '''Dear Mrs Bennett,

Thank you for calling back so quickly this afternoon. As promised, a short summary of what Chloe told me today, so you have it in writing.

Chloe came to see me after lunch, together with a friend. She said she has been feeling very low for a few weeks, that she can't sleep, hardly eats and "doesn't see the point of anything anymore". When I asked her directly, she said she has had thoughts of not wanting to live, but that she has no plan. She agreed that I would inform you.

What we agreed:
- you will contact your GP tomorrow morning; he can refer Chloe to the CGG or to the youth psychiatry service
- if things get worse at night, you can call the suicide prevention line (1813) or go to the emergency department
- at school, Chloe can come to my office at any time without asking her teacher

I will see her again on Monday. Please don't hesitate to call me.

Kind regards,''' + SIG_S_TEL,
  fmt='alt', rules=['sensitive'], cats=['psychosocial'], about=['P0229'], pd=True, lang='en',
  note='suicidal thoughts and low mood of a pupil, summary to her own mother in English')

M('weekendregeling-aylin', '2023-02-06 09:05', STEVEN, [par('P0233', 1), par('P0233', 2)],
  'Weekendregeling Aylin',
  '''Beste mevrouw Demir, beste meneer Demir,

Om misverstanden te vermijden zet ik de weekendregeling van Aylin op het internaat nog eens op papier, zoals ze in de beschikking van de familierechtbank staat die we van uw advocaten ontvingen:
- even weken: meneer Demir haalt Aylin vrijdag om 16u op aan het internaat
- oneven weken: mevrouw Demir haalt Aylin op, eveneens om 16u
- tijdens de week zijn er geen bezoeken aan het internaat, door geen van beide ouders
- Aylin mag niet meegegeven worden aan andere familieleden zonder schriftelijke toestemming van de ouder van dat weekend

Vorige vrijdag stonden jullie allebei aan de poort en moest Aylin in de gang kiezen. Dat willen we haar niet meer aandoen. Bij discussie aan de poort houden we Aylin binnen en bellen we de directie.

Met vriendelijke groeten,
Steven Huybrechts
beheerder internaat Sint-Pieter''',
  rules=['sensitive', 'bcc'], cats=['family'], about=['P0233'],
  note='omgangsregeling na familierechtbank naar beide gescheiden ouders, allebei zichtbaar in To')

M('notenallergie-mb', '2023-02-24 14:20', KATRIEN, DEVORK, 'Re: stagiair maandag',
  '''Hoi Tim,

Nog iets belangrijks voor de stagiair die maandag bij jou start, M.B. uit 6 Restaurant en keuken. Hij heeft een ernstige notenallergie (pinda én boomnoten), met een anafylactische reactie vorig jaar. Hij heeft altijd twee EpiPens bij in zijn jas.

Kan je zorgen dat hij niet aan de pastrypost staat waar jullie met praliné en amandelpoeder werken? Als hij per ongeluk iets binnenkrijgt: EpiPen in de dij, 112 bellen, en daarna de school.

Hij weet zelf heel goed wat hij mag en niet mag, maar in een drukke service vergeet je snel iets.

Groetjes,
Katrien

Op vr 24 feb. 2023 om 11:02 schreef Tim Verbruggen <tim@restaurant-devork.be>:
> Dag Katrien, alles klaar voor maandag, hij mag om 9u komen, koksvest van de school meebrengen. Tim''',
  reply_to_id='devork-20230224@restaurant-devork.be', extra_fmt=['reply'],
  rules=['sensitive'], cats=['medical'], about=['P0236'],
  note='ernstige allergie van een stagiair (initialen + klas) aan de externe chef')

M('internaatskosten-smets', '2023-02-28 11:40', RITA, STEVEN, 'Internaatskosten Pieter-Jan Smets',
  '''Dag Steven,

Ik heb gisteren mevrouw Smets aan de lijn gehad over de internaatskosten van Pieter-Jan. Sinds november is er niets meer betaald (€ 1.164 voor drie maanden verblijf).

Ze vertelde dat haar man sinds februari in de gevangenis zit en dat ze het met één inkomen en drie kinderen gewoon niet redt. Er loopt een aanvraag bij het OCMW van Herent, maar dat kan nog weken duren. Ze was bang dat Pieter-Jan het internaat zou moeten verlaten.

Ik stel voor dat we de aanmaningen stopzetten tot er een beslissing van het OCMW is, en daarna een afbetalingsplan opmaken. Ben jij akkoord? Dan breng ik Koen op de hoogte.

Rita''',
  fmt='qp', rules=['sensitive'], cats=['family', 'financial'], about=['P0184'],
  note='vader in de gevangenis en onbetaalde internaatskosten van één gezin, intern')

M('harcelement-prince', '2023-03-10 12:45', SANDER, par('P0240'), 'Prince – suite à notre conversation',
  '''Chère Madame Lukusa,

Je vous écris à la suite de notre conversation téléphonique de ce matin.

Prince m'a confié qu'il est harcelé depuis plusieurs semaines par un groupe d'élèves de sa classe. On lui prend son goûter, on se moque de son accent et, lundi, on a jeté son sac dans les toilettes. Il a aussi reçu des messages blessants sur Snapchat. Il n'osait pas en parler à la maison.

Nous prenons cela très au sérieux. Cette semaine, je vais parler individuellement avec les élèves concernés et nous appliquerons notre approche « No Blame ». Prince peut venir me voir à tout moment et il peut rester à la bibliothèque pendant la récréation s'il le souhaite.

Je vous propose un rendez-vous à l'école le jeudi 16 mars à 15h30 pour faire le point ensemble.

Bien à vous,''' + SIG_S_TEL,
  rules=['sensitive'], cats=['psychosocial'], about=['P0240'], pd=True, lang='fr',
  note='pupil is a bullying victim; counsellor writes to his own mother in French')

M('stagebezoek-nora', '2023-03-21 20:14', ANN, KATRIEN, 'verslag stagebezoek Nora VH',
  '''Hoi Katrien,

Mijn verslag na het stagebezoek bij Nora Van Hoof (6 Verzorging) in WZC Ter Linde, voor haar dossier.

Technisch doet ze het goed (bedden opmaken, hulp bij toiletbezoek, maaltijdbegeleiding). Maar:
- ze durft bewoners niet alleen te wassen; ze blijft wachten tot er iemand meekomt
- ze heeft twee keer gehuild op de werkvloer toen de hoofdverpleegkundige haar corrigeerde
- ze vertelde me dat ze 's nachts niet slaapt van de stress en paniekaanvallen heeft op de bus naar de stage
- ze gaat sinds kort naar een psycholoog voor faalangst (via de huisarts)

De mentor is geduldig maar vraagt wat ze "met haar aan moet". Misschien kunnen we met Sander een aangepast stageplan maken, bv. vaste duobegeleiding en kortere dagen.

Ann''',
  fmt='alt', rules=['sensitive'], cats=['psychosocial'], about=['P0244'],
  note='faalangst, paniekaanvallen en psychologische hulp van een stagiaire in een bezoekverslag')

M('fwd-heylen-kevin', '2023-05-03 14:55', KATRIEN, SANDER, 'Fwd: stagiair Kevin',
  '''Sander,

Zie de mail van Heylen in bijlage. Ik ga morgen langs bij het bedrijf. Kan jij Kevin morgen het eerste uur zien? Papa is nog niet verwittigd.

K.''',
  fwd_msg=dict(frm=HEYLEN, to=KATRIEN, date='2023-05-03 13:40', subject='stagiair Kevin',
               body='''Goedemiddag Katrien,

Ik moet je melden dat uw stagiair Kevin Dierckx vanmorgen om 8u15 duidelijk onder invloed op het werk is aangekomen. Hij rook naar alcohol, liep te wankelen en heeft in de kantine een blikje bier uit zijn rugzak gehaald. Ik heb hem niet aan de machines gelaten, dat is veel te gevaarlijk. Om 10u heeft een collega hem naar huis gebracht.

Hij zegt dat hij gisteren een feestje had, maar het is al de tweede keer. Ik wil hem niet meer hebben tenzij er iets verandert.

Met vriendelijke groeten,
Pieter Heylen
Metaalwerken Heylen bv
0496 44 12 83
'''),
  rules=['sensitive'], cats=['psychosocial'], about=['P0247'], pd=True,
  note='mentor meldt dronken stagiair; als bijlage doorgestuurd naar de leerlingbegeleider')


# ================================================================ MISDIRECTED (about pupil X, to a parent of pupil Y)
M('mis-stagecontract-jonas', '2023-01-26 15:20', KATRIEN, par('P0007'), 'Stageovereenkomst Jonas Peeters – handtekening',
  '''Beste meneer/mevrouw Peeters,

Hieronder de gegevens van de stageovereenkomst van Jonas (5 Restaurant en keuken). Het document zelf krijgt hij morgen op papier mee naar huis.

Stageplaats: Hotel Ibis Leuven Centrum, keuken
Periode: 6 tot en met 24 februari
Uren: 7u00 – 15u00, zaterdag en zondag vrij
Mentor: chef Hans De Coster

Mag ik u vragen om het document te ondertekenen en Jonas het origineel uiterlijk vrijdag te laten terugbrengen? Koksvest, broek en veiligheidsschoenen zijn verplicht.

Vriendelijke groeten,
Katrien Vermeiren
stagecoördinator''',
  about=['P0251'], mis=True,
  note='stagegegevens van Jonas Peeters (5D) naar de ouder van Jana Peeters (2A): verkeerde Peeters gekozen')

M('mis-afbetaling-dries', '2023-03-24 10:10', RITA, par('P0254'), 'Afbetalingsplan – schijf maart',
  '''Geachte mevrouw Pauwels,

Wij stellen vast dat de schijf van maart van het afbetalingsplan voor de schoolrekening van Dries (5A) nog niet werd ontvangen. Het openstaande saldo bedraagt nu € 518,20.

Wij vragen u vriendelijk om de schijf van € 86,40 zo snel mogelijk over te schrijven op BE68 5390 0754 7034 met vermelding "Dries Pauwels – plan 2023-07". Lukt dit niet, neem dan gerust contact op: we passen het plan liever aan dan dat het verder oploopt.''' + SIG_R,
  fmt='qp', rules=['sensitive'], cats=['financial'], about=['P0152'], mis=True, pd=True,
  note='afbetalingsplan van de familie van Dries Pauwels naar de moeder van Lotte Pauwels (ander gezin)')

M('mis-koorts-milan', '2023-01-31 07:40', JONAS, par('P0257'), 'Milan Wijns – internaat',
  '''Dag meneer,

Even een berichtje vanuit het internaat: Milan had gisteravond hoofdpijn en 38,2° koorts. Hij heeft om 21u een paracetamol 500 mg gekregen en is vroeg gaan slapen. Hij gebruikte ook twee keer zijn puffer omdat hij wat kortademig was.

Vanochtend voelde hij zich beter en is hij naar school gegaan. Als het vanavond niet beter is, bellen we u om hem op te halen.

Groetjes,
Jonas (internaat)''',
  rules=['sensitive'], cats=['medical'], about=['P0181'], mis=True,
  note='gezondheidsbericht over intern Milan Wijns (1A) naar de vader van Milan Vervoort (3D)')

M('mis-bushalte-tibo', '2023-02-28 13:05', DIRK, par('P0259'), 'Wijziging ophaaluur rit 9 – Tibo Segers',
  '''Beste mevrouw,

Vanaf maandag 6 maart wijzigt het ophaaluur van Tibo Segers (2D, rit 9) aan de halte Kerkstraat in Herent van 7u32 naar 7u20, door de wegenwerken op de Brusselsesteenweg. Het terugbrengen blijft ongewijzigd (rond 16u50).

Wilt u ervoor zorgen dat Tibo tijdig aan de halte staat? De bus kan niet wachten.

Met vriendelijke groet,''' + SIG_D,
  about=['P0218'], mis=True,
  note='ophaaluur van Tibo Segers naar de moeder van Tibo Sels (ander kind)')

M('mis-gesprek-ruben', '2023-03-16 16:25', SANDER, par('P0264'), 'Uitnodiging gesprek – Ruben Maes (2D)',
  '''Geachte ouders,

Zoals aangekondigd in het telefoongesprek met de klastitularis nodig ik u uit voor een gesprek over Ruben.

Ruben heeft de afgelopen weken samen met twee klasgenoten een leerling uit het eerste jaar systematisch uitgescholden en geld afgeperst aan de fietsenstalling. Er zijn getuigen en er zijn screenshots van berichten. Ruben krijgt een strafstudie op woensdagnamiddag en een begeleidingscontract.

Wij stellen voor: maandag 20 maart om 16u in lokaal A.12 (leerlingenbegeleiding). Laat u weten of dit past?

Met vriendelijke groeten,''' + SIG_S,
  fmt='alt', rules=['sensitive'], cats=['psychosocial'], about=['P0262'], mis=True,
  note='pestgedrag van Ruben Maes (2D) gemeld aan de vader van Ruben Mertens (1A)')

M('mis-iac-jayden', '2023-05-30 18:45', HILDE, par('P0267'), 'Evaluatie IAC Jayden',
  '''Beste mevrouw Mbuyi,

Hierbij het korte verslag van het evaluatiegesprek over het individueel aangepast curriculum van Jayden.

- Rekenen met geld tot € 50 lukt zelfstandig, tot € 100 nog met hulpkaart
- Kloklezen: analoog nog moeilijk, digitaal gaat goed
- Lezen: hij leest korte instructies en voert ze uit; een formulier invullen lukt met voorbeeld
- Voor Frans blijft de vrijstelling; hij gaat verder met het begeleid lezen

Het CLB en de klassenraad stellen voor om het IAC volgend schooljaar in 3de jaar voort te zetten. We bespreken dit graag nog samen op 22 juni.

Hartelijke groeten,
Hilde Van Roey''',
  fmt='qp', rules=['sensitive'], cats=['care'], about=['P0159'], mis=True,
  note='IAC-evaluatie van Jayden Mbuyi naar de moeder van Jaylin Mbala (adres-autocomplete)')

M('mis-kapperskoffer-lore', '2022-10-14 16:12', MELISSA, par('P0269'), 'Kapperskoffer Lore blijven staan',
  '''Beste mevrouw Van Damme,

Lore Van Damme (5B) heeft haar kapperskoffer (met haar naam op het deksel) vrijdag in het praktijklokaal laten staan. Hij ligt veilig in de kast van lokaal H.04. Ze kan hem maandag tijdens de middagpauze bij mij ophalen.

Ze heeft hem dinsdag nodig voor de toets föhnen, dus zeker niet vergeten!

Vriendelijke groet,
Melissa De Bruyn
praktijk haarzorg''',
  about=['P0121'], mis=True,
  note='praktisch bericht over Lore Van Damme (5B) naar de moeder van Lore Van Dyck (3B)')

M('mis-coaccount-emre', '2022-09-12 11:30', ICT, par('P0274'), 'Smartschool: co-account ouders Emre Yilmaz (1B)',
  '''Beste ouder,

Hierbij de gegevens van het co-account voor de ouders van Emre Yilmaz (1B) op Smartschool.

Adres: https://sintpieterscollege.smartschool.be
Gebruikersnaam: emre.yilmaz
Kies bij het aanmelden: co-account 1
Wachtwoord: Tulp-4827-Kade

Bij de eerste aanmelding wordt u gevraagd een eigen wachtwoord te kiezen.

Met vriendelijke groeten,
ICT-team Sint-Pieterscollege''',
  rules=['password'], about=['P0272'], mis=True,
  note='startwachtwoord van het co-account van Emre Yilmaz (1B) naar de vader van Emre Yildiz (4A)')

M('mis-stagescore-yasmine', '2023-05-25 14:35', ANN, par('P0279'), 'Stage Yasmine afgerond',
  '''Beste ouders,

Yasmine Ait Ouali (6C) heeft haar laatste stageperiode in residentie Edouard Remy afgerond. Ze behaalde 16/20. De mentor was erg tevreden over haar stiptheid en de warme manier waarop ze met de bewoners omgaat.

Het stageverslag en het evaluatieformulier krijgt ze volgende week mee. De proclamatie is op vrijdag 30 juni om 19u.

Met vriendelijke groeten,
Ann Smolders
praktijkleerkracht Verzorging''',
  fmt='qp', about=['P0277'], mis=True,
  note='stageresultaat van Yasmine Ait Ouali (6C) naar de moeder van Yasmine Aouragh (5C)')

M('mis-appendicitis-adam', '2023-04-18 09:50', SECR, par('P0284'), 'Adam – hospital certificate received',
  '''Dear Mrs Kowalska,

Thank you for sending us the hospital certificate for Adam (2A). We understand he had surgery for appendicitis at UZ Gasthuisberg last Friday and that he will stay at home for two weeks.

His absence is excused. His class teacher will make sure he receives the course materials via Smartschool, and missed tests can be taken in June. He does not need to take part in PE until the end of May.

We wish Adam a speedy recovery.

Kind regards,
Secretariaat Sint-Pieterscollege''',
  rules=['sensitive'], cats=['medical'], about=['P0282'], mis=True, lang='en',
  note='operation of Adam Kowalski (2A) confirmed to the father of Adam Nowicki (3D)')


# ================================================================ PASSWORD (real credentials)
KRIS = 'Kris Moons <kris.moons@sintpieterscollege.be>'
BRAM = 'Bram Schoofs <bram.schoofs@sintpieterscollege.be>'
STIJN = 'Stijn Vanhoutte <stijn.vanhoutte@sintpieterscollege.be>'

M('alarmcode-lasatelier', '2022-09-05 19:22', GEERT, KRIS, 'morgen vroeg in de werkplaats',
  '''Dag Kris,

Welkom! Voor morgen vroeg: de werkplaats lassen (blok C) is beveiligd. Het alarm schakel je uit aan het paneel links van de rolpoort: code 4719 en dan de OFF-toets. Bij het buitengaan: 4719 + ON, je hebt dan 30 seconden om buiten te zijn.

De sleutel van de rolpoort hangt in de sleutelkast van het secretariaat, vraag hem aan Inge.

Laat het alarm niet afgaan, dan komt de bewakingsfirma en dat kost ons 120 euro :-)

Geert''',
  rules=['password'], note='alarmcode van de laswerkplaats aan een nieuwe collega')

M('stagepunt-login-mentor', '2022-10-10 10:05', KATRIEN, TERLINDE, 'Jouw login voor StagePunt',
  '''Dag Sofie,

Vanaf dit schooljaar vullen de mentoren de evaluaties in via ons online stageplatform StagePunt. Hieronder je persoonlijke aanmeldgegevens:

- adres: https://stagepunt.sintpieterscollege.be
- gebruikersnaam: sofie.luyten.terlinde
- tijdelijk wachtwoord: Linde!Stage23

Je ziet daar je stagiairs van 5 en 6 Verzorging en per week het evaluatieformulier. Je kan het wachtwoord zelf wijzigen onder "Mijn profiel".

Alvast bedankt voor je medewerking!''' + SIG_K,
  fmt='qp', rules=['password'], pd=True, note='login en tijdelijk wachtwoord van het stageplatform voor een externe mentor')

M('sleutelkluis-internaat', '2023-01-10 16:31', JONAS, ELS, 'Re: sleutels bureau',
  '''Hoi Els,

Ja natuurlijk. De sleutelkluis hangt naast de achterdeur van het internaat (kant fietsenstalling). Code: 2580, dan het klepje naar beneden. Daar zitten de sleutels van de bureau, de medicijnkast en de zolder.

Na gebruik de cijfers altijd weer verdraaien!

Jonas

Op di 10 jan. 2023 om 16:02 schreef Els Dewaele <els.dewaele@sintpieterscollege.be>:
> Hoi Jonas,
> ik begin morgen om 17u maar Steven is er pas om 18u. Hoe geraak ik aan de sleutels van de bureau?
> Els''',
  reply_to_id='els-sleutels-20230110@sintpieterscollege.be', extra_fmt=['reply'],
  rules=['password'], note='code van de sleutelkluis van het internaat in een antwoord')

M('kiosk-pin-restaurant', '2022-11-24 14:02', NADIA, BRAM, 'Betaalkiosk vrijdag',
  '''Hoi Bram,

Voor het restaurant vrijdag: als de betaalkiosk aan de ingang vastloopt (dat doet hij soms na een stroomonderbreking), kan je hem herstarten via het beheerdersmenu. Tik drie keer op het logo rechtsboven en geef dan de pincode 061174 in. Kies "Herstarten" en wacht tot het groene scherm terug is.

Niet aan de leerlingen geven hé, anders zetten ze de prijzen op 0 :)

Nadia''',
  rules=['password'], note='beheerders-PIN van de betaalkiosk aan een collega')

M('bestelplatform-admin', '2023-01-09 09:15', BART, RITA, 'Beheerderstoegang bestelplatformen',
  '''Dag Rita,

De nieuwe bestelplatformen voor de keuken en de werkplaatsen staan klaar. Jij krijgt de beheerdersrol zodat je de bestellingen kan goedkeuren.

| Platform | URL | Gebruiker | Wachtwoord |
| HorecaDirect (keuken) | https://shop.horecadirect.be | spc-admin | Hd#2023spc-Leuven |
| Technische Unie (werkplaats) | https://www.technischeunie.be | boekhouding.spc | Werkpl@ats88 |

Wijzig ze gerust na de eerste keer en bewaar ze in de kluis van Bitwarden, niet op een post-it ;-)''' + SIG_B,
  fmt='alt', rules=['password'], note='admin-wachtwoorden van twee bestelplatformen in een tabel')

M('gedeelde-mailbox-stages', '2022-09-19 11:48', BART, STIJN, 'Toegang mailbox stages@',
  '''Dag Stijn,

Je kan vanaf nu mee in de gedeelde mailbox stages@sintpieterscollege.be. Omdat het een oud account is dat nog niet gemigreerd werd, moet je het voorlopig apart toevoegen in Outlook (Bestand > Account toevoegen):

account: stages@sintpieterscollege.be
wachtwoord: Stagedienst_2019!

Na de herfstvakantie zet ik het om naar een echte gedeelde mailbox, dan heb je dat wachtwoord niet meer nodig.''' + SIG_B,
  rules=['password'], note='wachtwoord van de gedeelde stagemailbox aan een collega')

M('tablet-patroon-bus', '2022-09-02 15:40', DIRK, 'Martine Stas <martine.stas@autocars-vandijck.be>',
  'Tablet aanwezigheden rit 12',
  '''Dag Martine,

De tablet voor de aanwezigheden op rit 12 ligt klaar op het onthaal van de school, je mag hem maandagochtend komen halen.

Ontgrendelen met het patroon 1-4-7-8-9 (als je de punten nummert zoals een telefoonklavier: links van boven naar beneden en dan onderaan naar rechts, een L dus). In de app "Busregistratie" ben je al aangemeld.

Op de terugrit de tablet aan de lader in de bus laten.

Groeten,''' + SIG_D,
  rules=['password'], note='ontgrendelpatroon van een tablet in cijfers aan een externe busbegeleidster')

M('voicemail-pin-secretariaat', '2023-06-27 12:10', INGE, KOEN, 'Zomerpermanentie – voicemail',
  '''Koen,

Voor de zomerpermanentie: de voicemail van het secretariaat beluister je door vanaf een toestel van de school het interne nummer 1800 te bellen, dan toestel 200 in te geven en pincode 7342#.
Berichten van ouders over herexamens graag doorsturen naar de betrokken leerkracht, de rest zie ik wel op 16 augustus.

Fijne vakantie!
Inge''',
  rules=['password'], note='voicemail-pincode van het secretariaat aan de directeur')

M('wifi-stagebeurs', '2023-03-07 08:22', BART, KATRIEN, 'Wifi voor de stagebeurs',
  '''Hoi Katrien,

Voor de bedrijven op de stagebeurs donderdag heb ik een apart gastnetwerk aangezet, enkel in de sporthal en de refter:

Netwerk: SPC-Beurs
Sleutel: Beurs-Maart-2023

Het netwerk gaat automatisch uit om 22u. Mag je op de tafelkaartjes zetten.

Bart''',
  fmt='alt', rules=['password'], note='wifi-sleutel van het gastnetwerk voor de stagebeurs')

M('internaat-pcs-csv', '2022-10-19 17:05', BART, JONAS, "Pc's studiezaal internaat",
  '''Hoi Jonas,

De zes pc's in de studiezaal zijn opnieuw geïnstalleerd. In bijlage de lokale accounts per toestel. Leerlingen melden aan met hun eigen schoolaccount; het lokale account is enkel voor jullie, bv. om een printer toe te voegen.

Bart''',
  atts=[('internaat-pcs.csv', 'text/csv',
         'toestel;lokaal account;wachtwoord\nINT-PC01;opvoeder;Kx7-rood-42\nINT-PC02;opvoeder;Kx7-blauw-17\n'
         'INT-PC03;opvoeder;Kx7-groen-88\nINT-PC04;opvoeder;Kx7-geel-05\nINT-PC05;opvoeder;Kx7-paars-63\n'
         'INT-PC06;opvoeder;Kx7-oranje-29\n')],
  rules=['password'], note='csv-bijlage met lokale accounts en wachtwoorden van de internaat-pc\'s')

M('kassa-restaurant-txt', '2023-02-03 12:30', NADIA, BRAM, 'kassa Het Pieterke',
  '''Bram,

In bijlage de gegevens van de kassa van het restaurant, voor als ik er volgende week niet ben (stagebezoeken). Print het niet uit en leg het zeker niet aan de toog.

Nadia''',
  atts=[('login_kassa.txt', 'text/plain',
         'Kassa restaurant Het Pieterke (Lightspeed)\n\nBeheerder: chef.pieterke\nWachtwoord: Pieter!ke2023\n'
         'Pincode dagafsluiting: 5581\n\nServeerders (leerlingen) loggen in met hun eigen nummer 11 t/m 24, zonder code.\n')],
  rules=['password'], note='txt-bijlage met beheerderslogin en pincode van de restaurantkassa')

M('boekhoudpakket-interim', '2023-04-28 16:20', RITA, 'Greet Dewulf <greet.dewulf@accountancy-dewulf.be>',
  'Toegang boekhoudpakket tijdens mijn afwezigheid',
  '''Dag Greet,

Fijn dat jij de boekhouding overneemt tijdens mijn verlof in mei. Zoals afgesproken kan je van thuis uit in ons boekhoudpakket via de webversie. Je meldt aan met gebruiker GREETD en wachtwoord SPC-boek#0423. Bij de eerste aanmelding krijg je een sms-code op je gsm voor de tweestapsverificatie.

De dagboeken van april zijn afgesloten, je kan beginnen met de aankoopfacturen van mei. De map met de openstaande facturen ligt op mijn bureau.

Met vriendelijke groeten,
Rita''',
  fmt='qp', rules=['password'], note='gebruiker en wachtwoord van het boekhoudpakket voor een externe interim')

M('ipad-timeout-code', '2022-12-01 09:12', HILDE, 'Leen Verachtert <leen.verachtert@sintpieterscollege.be>',
  'iPad time-outruimte',
  '''Dag Leen,

De iPad in de time-outruimte is vergrendeld sinds de update. Code: 190304. Daarop staan de timer-app en de pictogrammen van de dagplanning.

Wil je hem na gebruik terug aan de lader leggen?

Hilde''',
  rules=['password'], note='ontgrendelcode van de iPad in de time-outruimte')

M('fwd-kopieercode-stagiair', '2023-02-20 08:05', KATRIEN, 'Lotte Vanhoutte <lotte.vanhoutte@student.ucll.be>',
  'Fwd: je kopieercode',
  '''Dag Lotte,

Tot je eigen code er is, mag je voorlopig de mijne gebruiken voor de kopies van je lessen. Zie hieronder.

Katrien

---------- Doorgestuurd bericht ---------
Van: Inge Wouters <inge.wouters@sintpieterscollege.be>
Datum: ma 29 aug. 2022 om 10:14
Onderwerp: je kopieercode
Aan: Katrien Vermeiren <katrien.vermeiren@sintpieterscollege.be>

Dag Katrien,
Je persoonlijke code voor de kopieermachines (Konica, lerarenkamer en B-gang): 5531.
Inge''',
  fmt='qp', extra_fmt=['fwd-inline'], rules=['password'],
  note='doorgestuurde persoonlijke kopieercode aan een lerarenstagiair van de hogeschool')

M('poortcode-vaartstraat', '2022-08-30 13:40', KOEN, 'Ruth Deprez <ruth.deprez@sintpieterscollege.be>', 'Welkom + praktisch',
  '''Dag Ruth,

Welkom in ons team! Nog twee praktische zaken voor donderdag:
- de parking van het personeel is langs de Vaartstraat. De code van de poort is 7788, gevolgd door #.
- je badge voor de kopieermachine en je laptop krijg je op het secretariaat.

Tot donderdag,
Koen Timmermans
directeur''',
  rules=['password'], note='poortcode van de personeelsparking aan een nieuwe leerkracht')

M('router-internaat', '2022-11-02 10:50', BART, STEVEN, 'Router leefgroep internaat',
  '''Dag Steven,

De nieuwe router in de leefruimte van het internaat hangt. Als de wifi 's avonds plat ligt, kan je hem herstarten via de beheerpagina op http://192.168.50.1

gebruiker: admin
wachtwoord: Int3rnaat!Router

Liefst enkel herstarten, geen andere instellingen wijzigen. Bel mij in geval van twijfel.''' + SIG_B,
  fmt='alt', rules=['password'], note='beheerderswachtwoord van de internaatsrouter')

M('resetcode-kris', '2022-09-06 08:12', ICT, KRIS, 'Je tijdelijke resetcode',
  '''Dag Kris,

Je account was geblokkeerd na te veel foute pogingen. Je tijdelijke resetcode is 884213 (geldig tot morgen 12u). Geef hem in op https://wachtwoord.sintpieterscollege.be en kies daarna een nieuw wachtwoord.

ICT-team''',
  rules=['password'], note='eenmalige resetcode voor een geblokkeerd personeelsaccount')

M('coaccount-liam-english', '2022-09-13 09:30', ICT, par('P0295'), "Smartschool co-account – Liam O'Connor (5C)",
  '''Dear Ms O'Connor,

Please find below the login details of the parent co-account for Liam (5C) on Smartschool, our digital school platform.

Address: https://sintpieterscollege.smartschool.be
Username: liam.oconnor
Choose: co-account 1
Password: Harbor-Morning-61

When you log in for the first time, you will be asked to choose your own password. The platform is in Dutch, but you can switch the language to English in your profile settings.

Kind regards,
ICT team Sint-Pieterscollege''',
  rules=['password'], about=['P0295'], lang='en',
  note='start password of the parent co-account, correctly sent to the pupil\'s own mother')

M('routeplanner-lemaire', '2022-08-25 11:15', DIRK, LEMAIRE, 'Accès au planificateur de trajets',
  '''Bonjour,

Comme convenu par téléphone, voici l'accès à notre planificateur de trajets pour les remplacements de chauffeurs pendant le mois de septembre :

Adresse : https://vervoer.sintpieterscollege.be
Identifiant : lemaire.dispatch
Mot de passe : Bus2022!Lv-sept

Vous y trouverez les arrêts et horaires des circuits 9, 12 et 14. Merci de ne pas partager ces données en dehors de votre service de dispatching.

Cordialement,
Dirk Lemmens
Coordinateur transport scolaire''',
  rules=['password'], lang='fr', note='login van de routeplanner aan een Franstalige busfirma')

M('anydesk-lasrobot', '2023-05-15 14:44', BART, 'Service Benelux <service.benelux@weldtech-systems.com>',
  'Remote access welding robot – ticket 22871',
  '''Hello,

As discussed with your colleague on the phone, you can connect remotely to the PC of the welding robot cell (workshop C) tomorrow between 9:00 and 12:00.

AnyDesk address: spc-lasrobot@ad
Unattended access password: Weld-Cell-2023#

Please let me know when the firmware update is done, so I can disable the unattended access again.

Best regards,
Bart Nijs
ICT coordinator – Sint-Pieterscollege''',
  rules=['password'], lang='en', note='remote-access password for an external technician')

M('hangslot-fietsenberging', '2022-10-06 18:20', JONAS, 'Tom Baert <tom.baert@sintpieterscollege.be>',
  'fietsenberging internaat',
  '''Tom,

De fietsenberging van het internaat zit voortaan op een cijferslot, de sleutel was weer kwijt. Combinatie: 3-9-1-6. De internen krijgen de code niet, zij vragen het aan de opvoeder van dienst.

Tot donderdag,
Jonas''',
  rules=['password'], note='combinatie van het cijferslot van de fietsenberging aan een collega')

M('medicijnkast-code', '2023-03-02 21:10', LATIFA, ELS, 'medicijnkast meisjes',
  '''Hoi Els,

De medicijnkast in de meisjesafdeling heeft sinds vandaag een elektronisch slot. Code: 4417 en dan het sleuteltje-symbool. De papieren lijst hangt nog altijd binnen in de deur.

Morgen ben ik er niet, jij doet de medicatie van 7u.

Latifa''',
  fmt='cp1252', rules=['password'], note='code van het elektronisch slot van de medicijnkast')

M('canva-stagedienst', '2022-11-15 13:22', MELISSA, KATRIEN, 'Re: Canva stagedienst?',
  '''Hoi Katrien,

Het is dat van de stagebrochure, ja:
login: stagedienst.spc@gmail.com
paswoord: Kapsel&Co2022

Niet aanpassen aub, Ann gebruikt het ook.

Melissa

Op di 15 nov. 2022 om 12:55 schreef Katrien Vermeiren <katrien.vermeiren@sintpieterscollege.be>:
> Melissa, wat was het paswoord van het Canva-account van de stagedienst? Ik wil de affiche voor de stagebeurs aanpassen.''',
  reply_to_id='katrien-canva-20221115@sintpieterscollege.be', extra_fmt=['reply'],
  rules=['password'], note='gedeeld Canva-account met wachtwoord in een antwoord')

M('lvs-interim-account', '2023-04-17 08:40', SANDER, 'Evelien Schoofs <evelien.schoofs@sintpieterscollege.be>',
  'Toegang leerlingvolgsysteem',
  '''Dag Evelien,

Welkom! Tot jouw eigen toegang tot het leerlingvolgsysteem in orde is (dat duurt soms een week), kan je het account van de interim-begeleider gebruiken:

| Gebruikersnaam | Wachtwoord | Rechten |
| interim.lb | Zorg!Start-0417 | leerlingenbegeleiding 2de en 3de graad |

Let op: alles wat je daar noteert, staat op naam van "interim". Zet je naam onder elke notitie.

Sander''',
  fmt='html', rules=['password'], note='login van een gedeeld interim-account van het leerlingvolgsysteem, in een HTML-tabel')

M('makrokaart-pin', '2023-05-22 15:05', NADIA, RITA, 'Makrokaart',
  '''Dag Rita,

Ik heb de Makrokaart van de keuken woensdag nodig voor de aankopen voor het walking dinner. De pincode die jij me vorige keer gaf, werkte niet meer. Is het nu nog altijd 2906? Dan gebruik ik die.

Groetjes,
Nadia''',
  rules=['password'], note='pincode van de betaalkaart van de keuken staat in de vraag')


# ================================================================ LOOK-ALIKES (no real credential)
M('teams-erasmus-partners', '2023-03-29 10:00', KATRIEN, STAGES, 'Teams meeting – Erasmus+ placements 2023',
  '''Dear colleagues,

Thank you all for hosting our students this spring. To prepare the placements in May, I would like to invite you to a short online meeting on Wednesday 5 April, 14:00-15:00 (CET).

Agenda:
1. arrival and accommodation
2. working hours and insurance
3. evaluation form and certificate (Europass Mobility)

Microsoft Teams meeting
Join on your computer or mobile app: https://teams.microsoft.com/l/meetup-join/19%3ameeting_spc-erasmus-0405
Meeting ID: 372 118 904 556
Passcode: Qk7xTa

Kind regards,
Katrien Vermeiren
Internship coordinator – Sint-Pieterscollege Leuven''',
  bcc=['c.dubois@hotel-lebeffroi.fr', 'stages@hotelschool-maastricht.nl', 'j.weber@gasthaus-linde.de'],
  fmt='alt', lang='en', note='meeting passcode of a Teams invitation, not a credential; partners in Bcc')

M('zoom-infoavond-internaat', '2022-09-07 17:30', INTERNAAT, INTERNAAT, 'Online infoavond internaat – maandag 19 september',
  '''Beste ouders,

Voor wie niet naar de infoavond op het internaat kan komen, organiseren we maandag 19 september om 20u een korte online sessie via Zoom. De beheerder stelt het opvoedersteam voor en overloopt de leefregels, de studie en de weekendregeling. Daarna is er tijd voor vragen.

Deelnemen: https://zoom.us/j/84711203377
Vergadering-ID: 847 1120 3377
Toegangscode: 551903

Tot dan!
Het opvoedersteam van internaat Sint-Pieter''',
  bcc=['ouders-internaat@sintpieterscollege.be'], fmt='qp',
  note='meeting passcode of a Zoom information session for all boarding-school parents (Bcc)')

M('wachtwoord-vergeten-uitleg', '2022-09-01 07:45', ICT, ICT, 'Start schooljaar: je account en je wachtwoord',
  '''Beste collega's,

Welkom terug! Enkele afspraken rond je schoolaccount:

- Wachtwoord vergeten? Ga naar https://wachtwoord.sintpieterscollege.be en klik op "Wachtwoord vergeten". Je krijgt een sms op het gsm-nummer dat in Informat staat.
- Geen sms ontvangen? Kom langs bij het ICT-lokaal (B.02) met je identiteitskaart. We geven nooit een nieuw wachtwoord door via mail of telefoon.
- Tweestapsverificatie is vanaf 1 oktober verplicht voor iedereen. Installeer alvast de Microsoft Authenticator-app.

Vragen? ict@sintpieterscollege.be

Het ICT-team''',
  bcc=['personeel@sintpieterscollege.be'], note='instructies om een wachtwoord te resetten, geen wachtwoord zelf')

M('stagepunt-handleiding-mentoren', '2022-10-03 16:00', STAGES, STAGES, 'Handleiding StagePunt voor mentoren',
  '''Beste mentor,

Vanaf dit schooljaar verloopt de evaluatie van onze stagiairs via het online platform StagePunt. Zo werkt het:

1. Surf naar https://stagepunt.sintpieterscollege.be
2. Meld aan met:
   Gebruikersnaam: [uw e-mailadres]
   Wachtwoord: ******** (u ontvangt een aparte e-mail met een persoonlijke link om zelf een wachtwoord te kiezen)
3. Klik op "Mijn stagiairs" en kies de juiste week.
4. Vul het evaluatieformulier in en klik op "Verzenden". De leerling en de stagebegeleider zien uw feedback meteen.

Lukt het niet? Mail gerust naar stages@sintpieterscollege.be.

Met dank voor uw engagement,
De stagedienst van het Sint-Pieterscollege''',
  bcc=['stagebedrijven@sintpieterscollege.be'], fmt='alt',
  note='handleiding met placeholders voor gebruikersnaam en wachtwoord, aan alle stagebedrijven in Bcc')

M('wachtwoordbeleid-lksd', '2022-09-15 11:00', 'ICT LKSD <ict@lksd.ksleuven.be>', ICT, 'Nieuw wachtwoordbeleid scholengroep',
  '''Beste ICT-coördinatoren,

Vanaf 1 oktober geldt in alle scholen van de scholengroep het nieuwe wachtwoordbeleid:

- minimaal 12 tekens, bij voorkeur een zin van drie of vier woorden
- geen hergebruik van de laatste 5 wachtwoorden
- geen verplichte wijziging meer om de 90 dagen, wel bij vermoeden van misbruik
- tweestapsverificatie verplicht voor personeel en voor alle beheerdersaccounts
- wachtwoorden worden nooit via mail, Smartschool-bericht of chat doorgegeven; gedeelde accounts gaan in de wachtwoordkluis

Gelieve dit voor 30 september met jullie personeel te communiceren. Het aangepaste ICT-reglement volgt.

Met vriendelijke groeten,
ICT-dienst LKSD''',
  fmt='qp', note='wachtwoordbeleid van de scholengroep zonder enige waarde')

M('commande-fournitures-fr', '2023-01-16 10:35', NADIA, 'Commandes Fournitures Horeca Hainaut <commandes@fhh-horeca.be>',
  'Commande n° SPC-2023-004',
  '''Bonjour,

Veuillez trouver ci-dessous notre commande pour la cuisine pédagogique :

| Référence | Article | Quantité |
| 4471-226 | bac gastronorme GN 1/1 inox, 65 mm | 12 |
| 88123-B | planche à découper HACCP bleue | 6 |
| 30917 | thermomètre à sonde | 4 |
| 552-004-08 | tabliers blancs, taille M | 20 |

Code client : SPC-LEUVEN-0192. Livraison souhaitée avant le 27 janvier, à l'entrée de la cuisine (rue arrière).

Merci d'avance,
Nadia Ouali
Professeur de cuisine – Sint-Pieterscollege''',
  fmt='alt', lang='fr', note='bestelling met artikelnummers en klantcode, geen credential')

M('locker-jens', '2022-09-08 12:10', GEERT, 'jens.vanhecke@leerling.sintpieterscollege.be', 'je locker',
  '''Dag Jens,

Je locker in de kleedkamer van de werkplaats is nummer 214 (rij B, bovenaan). Het hangslot breng je zelf mee, de school voorziet er geen. Je werkpak en je lashelm mogen erin, je gsm tijdens de praktijk ook.

Tot maandag,
meneer Vandeperre''',
  about=['P0289'], note='lockernummer zonder code aan een leerling')

M('internaat-poort-woensdag', '2022-09-14 13:15', INTERNAAT, INTERNAAT, 'Woensdagnamiddag: nieuwe afspraken poort',
  '''Beste ouders,

Vanaf volgende week gelden op woensdagnamiddag nieuwe afspraken:

- de internen van de eerste graad blijven na het middagmaal op het internaat (activiteit of studie)
- de internen vanaf het 3de jaar mogen met uw schriftelijke toestemming tot 16.30 de stad in
- de poort aan de Vaartstraat gaat om 16.30 dicht; wie later komt, belt aan bij de opvoeder van dienst
- de code van de poort wordt niet meer aan de internen gegeven

Het toestemmingsformulier vindt u op Smartschool.

Het opvoedersteam''',
  bcc=['ouders-internaat@sintpieterscollege.be'], note='uur 16.30 en vermelding van een poortcode zonder waarde')

M('kiosk-pin-zelf-kiezen', '2022-09-20 08:30', NADIA, NADIA, 'Nieuw: betalen in het schoolrestaurant met je leerlingenkaart',
  '''Beste leerlingen,

Vanaf maandag betaal je in het schoolrestaurant en aan de broodjesbar met je leerlingenkaart. Zo werkt het:

1. Laad je kaart op via Smartschool > Schoolrekening > Opladen (minimaal € 10).
2. De eerste keer dat je aan de kiosk betaalt, kies je zelf een pincode van 4 cijfers. Geef die aan niemand, ook niet aan je beste vriend(in).
3. Pincode vergeten? Kom langs bij het secretariaat, we zetten hem terug op "nieuw" en dan kies je een nieuwe.

Smakelijk!
Chef Nadia en de leerlingen van 6 Restaurant''',
  bcc=['leerlingen@sintpieterscollege.be'], fmt='html', note='uitleg over een zelf te kiezen pincode, geen waarde')

M('phishing-waarschuwing', '2023-02-14 09:05', ICT, ICT, 'Let op: valse mail "Uw mailbox is vol"',
  '''Beste collega's,

Sinds gisteren circuleert er een valse mail met als onderwerp "Uw mailbox is vol – bevestig uw paswoord". De mail lijkt van de "Office 365 helpdesk" te komen en linkt naar een namaakpagina.

- Klik niet op de link en geef nergens je paswoord in.
- Het ICT-team vraagt nooit je paswoord, niet via mail, niet via telefoon.
- Heb je toch al iets ingevuld? Wijzig meteen je wachtwoord via https://wachtwoord.sintpieterscollege.be en verwittig ons.

Bedankt om alert te blijven!
Het ICT-team''',
  bcc=['personeel@sintpieterscollege.be'], fmt='alt', note='phishingwaarschuwing die het woord paswoord gebruikt zonder een waarde')


# ================================================================ GENERAL / ORDINARY (must pass)
M('stagereglement-leerlingen', '2022-09-09 14:00', KATRIEN, STAGES, 'Stagereglement 2022-2023 – lees dit goed!',
  '''Beste leerlingen van het 5de en 6de jaar,

Binnenkort start je eerste stageperiode. Hieronder de belangrijkste afspraken uit het stagereglement. Het volledige reglement staat op Smartschool.

1. Aanwezigheid
Je bent elke stagedag op tijd op je stageplaats. Je werkt de uren die in je stageovereenkomst staan, niet meer en niet minder.

2. Ziek of afwezig?
Verwittig vóór de start van je dienst zowel je mentor als de stagedienst (stages@sintpieterscollege.be). Vanaf de tweede dag bezorg je een medisch attest, net zoals op school.

3. Ongeval
Elk ongeval, ook een klein sneetje of een brandwondje, meld je dezelfde dag aan je mentor en aan de stagedienst. Alleen dan ben je verzekerd.

4. Beroepsgeheim
Wat je op je stage hoort over bewoners, klanten of patiënten blijft op je stage. Geen foto's, geen namen op sociale media, ook niet in een groepschat.

5. Kledij en hygiëne
Je draagt de werkkledij en de veiligheidsschoenen die voor jouw richting verplicht zijn. Juwelen, piercings en lange nagels zijn in de keuken en in de zorg niet toegelaten.

6. Problemen?
Voel je je niet goed op je stageplaats, of gebeurt er iets wat niet klopt? Spreek je stagebegeleider of de leerlingbegeleider aan. Je staat er niet alleen voor.

Veel succes!
Mevrouw Vermeiren, stagecoördinator''',
  bcc=['klas-5a@sintpieterscollege.be', 'klas-5b@sintpieterscollege.be', 'klas-5c@sintpieterscollege.be',
       'klas-5d@sintpieterscollege.be', 'klas-6a@sintpieterscollege.be', 'klas-6b@sintpieterscollege.be',
       'klas-6c@sintpieterscollege.be', 'klas-6d@sintpieterscollege.be'],
  fmt='alt', note='stagereglement voor alle leerlingen van de 3de graad, klasadressen in Bcc')

M('brief-stagebedrijven-start', '2022-09-20 10:30', STAGES, STAGES, 'Start stages 2022-2023 – afspraken voor stagegevers',
  '''Geachte stagegever,

Hartelijk dank dat u ook dit schooljaar een of meer leerlingen van het Sint-Pieterscollege een stageplaats aanbiedt. Hieronder een overzicht van de afspraken.

Verzekering
Onze leerlingen zijn tijdens hun stage verzekerd via de schoolverzekering (burgerlijke aansprakelijkheid en lichamelijke ongevallen). Bij een arbeidsongeval van een stagiair verwittigt u zo snel mogelijk de stagecoördinator; de school doet de aangifte.

Gezondheidstoezicht en werkpostfiche
Voor stages met een risico (lassen, werken met chemische producten, tillen in de zorg, nachtwerk) vult u samen met ons de werkpostfiche in. De school zorgt voor het voorafgaand gezondheidstoezicht.

Informatie over de leerling
Als een leerling een beperking, een allergie of een andere aandachtspunt heeft dat belangrijk is voor zijn veiligheid, bespreken we dat vooraf met u, altijd met toestemming van de leerling en zijn ouders. We geven u enkel wat nodig is.

Evaluatie
De evaluatie gebeurt via het online platform StagePunt. U ontvangt daarvoor een aparte uitnodiging.

Met vriendelijke groeten,
Katrien Vermeiren
stagecoördinator''',
  bcc=['stagebedrijven@sintpieterscollege.be'], fmt='alt64',
  note='algemene brief aan alle stagebedrijven over verzekering, werkpostfiche en informatiedeling')

M('internaat-leefregels', '2022-08-29 15:00', INTERNAAT, INTERNAAT, 'Leefregels internaat Sint-Pieter 2022-2023',
  '''<html><head><meta charset="utf-8"></head><body style="font-family:Verdana;font-size:10pt">
<p>Beste ouders, beste internen,</p>
<p>Hieronder de belangrijkste leefregels van ons internaat. Het volledige internaatsreglement vindt u op de website.</p>
<h3>1. Dagverloop</h3>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Uur</th><th>Wat</th></tr>
<tr><td>7u00</td><td>opstaan, kamer in orde</td></tr>
<tr><td>7u30</td><td>ontbijt</td></tr>
<tr><td>16u15</td><td>vieruurtje</td></tr>
<tr><td>17u00 - 18u15</td><td>studie (1ste graad in de studiezaal, 2de en 3de graad op de kamer)</td></tr>
<tr><td>18u30</td><td>avondmaal</td></tr>
<tr><td>19u30 - 20u30</td><td>tweede studie of ontspanning</td></tr>
<tr><td>21u30 / 22u00 / 22u30</td><td>lichten uit per graad</td></tr>
</table>
<h3>2. Gsm en internet</h3>
<p>Tijdens de studie liggen gsm's in de bak op de gang. Na het lichten uit worden de gsm's van de eerste graad bij de opvoeder bewaard.</p>
<h3>3. Ziekte en medicatie</h3>
<p>Wordt uw kind 's nachts ziek, dan verwittigen we u meteen. Medicatie geven we enkel met een doktersvoorschrift en een ingevuld medicatieformulier. Geef nooit medicatie mee in de valies zonder dat de opvoeder het weet.</p>
<h3>4. Alcohol, tabak en drugs</h3>
<p>Bezit en gebruik zijn op het internaat verboden. Bij een vermoeden van gebruik praten we eerst met uw kind en met u. We werken samen met het CLB.</p>
<h3>5. Weekend</h3>
<p>Het internaat sluit vrijdag om 16u30 en opent opnieuw zondag om 19u30. Wie door iemand anders dan de ouders wordt opgehaald, bezorgt vooraf een schriftelijke toestemming.</p>
<p>We kijken uit naar een fijn jaar samen!<br>Steven Huybrechts, beheerder, en het opvoedersteam</p>
</body></html>''',
  html=None, bcc=['ouders-internaat@sintpieterscollege.be', 'internen@sintpieterscollege.be'], fmt='html',
  note='huisreglement internaat voor alle ouders en internen, met algemene regels over ziekte en drugs')

M('veiligheidsschoenen-3de-jaar', '2022-09-02 11:10', GEERT, INFO, 'Veiligheidsschoenen en werkkledij 3de jaar',
  '''Geachte ouders,

Uw zoon of dochter start dit jaar in een richting met praktijklessen in de werkplaats of de keuken. Veiligheidsschoenen (S3) en werkkledij zijn vanaf de eerste praktijkles verplicht.

Via de school kan u een pakket bestellen:
- veiligheidsschoenen S3 (metaal) of keukenschoenen SRC (keuken): € 54
- werkpak met logo (metaal) of koksvest + broek (keuken): € 46

Bestellen kan tot vrijdag 9 september via het strookje in de agenda. Vermeld de schoenmaat en de maat van de kledij. Heeft uw kind aangepaste schoenen nodig, bijvoorbeeld door steunzolen, neem dan contact op met de praktijkleerkracht; we zoeken samen een oplossing.

De kosten komen op de schoolrekening van het eerste trimester.

Met vriendelijke groeten,
Geert Vandeperre, namens de praktijkleerkrachten''',
  bcc=['ouders-3de-jaar@sintpieterscollege.be'], fmt='cp1252',
  note='algemene brief over veiligheidsschoenen aan alle ouders van het 3de jaar (Bcc)')

M('vaccinatie-dtpa-3de-jaar', '2022-10-17 09:00', INFO, INFO, 'Vaccinatie tegen difterie, tetanus en kinkhoest – 3de jaar',
  '''Geachte ouders,

Het CLB biedt alle leerlingen van het 3de jaar secundair gratis een vaccin aan tegen difterie, tetanus en kinkhoest (dTpa). De vaccinatie gebeurt op school op dinsdag 8 november, tijdens de lesuren.

Wat vragen we van u?
- Vul het toestemmingsformulier in dat uw kind vandaag meekrijgt, ook als u niet wil dat uw kind gevaccineerd wordt.
- Bezorg ook de vaccinatiekaart, zodat de CLB-arts kan nakijken welke vaccins al gegeven zijn.
- Is uw kind op die dag ziek of koortsig, of heeft het ooit een ernstige reactie op een vaccin gehad? Vermeld het op het formulier. De arts beslist dan samen met u.

Meer informatie over de vaccinatie en over de werking van het CLB vindt u op de website van het CLB.

Met vriendelijke groeten,
de directie en het CLB-team''',
  bcc=['ouders-3de-jaar@sintpieterscollege.be'], fmt='qp', note='algemene vaccinatiecampagne van het CLB voor alle ouders van het 3de jaar')

M('clb-wie-zijn-we', '2022-09-12 13:00', INFO, INFO, 'Kennismaking met het CLB',
  '''Beste ouders van onze eerstejaars,

Elke school werkt samen met een centrum voor leerlingenbegeleiding (CLB). Voor onze school is dat het CLB Leuven. Het CLB is gratis en werkt onafhankelijk van de school.

Met welke vragen kan u bij het CLB terecht?
- leren en studeren: bv. uw kind heeft het moeilijk met plannen of u vermoedt een leerstoornis
- onderwijsloopbaan: studiekeuze, overstap naar een andere richting
- psychisch en sociaal functioneren: bv. uw kind zit niet goed in zijn vel, wordt gepest of wil niet meer naar school
- preventieve gezondheidszorg: medisch consult en vaccinaties

Het CLB-team heeft beroepsgeheim. Zonder uw toestemming (of die van uw kind vanaf 12 jaar) wordt niets doorgegeven aan de school.

Het CLB is bereikbaar via 016 28 14 00 of via clb-leuven.be. Onze CLB-medewerker, mevrouw Dockx, is elke dinsdag op school.

Met vriendelijke groeten,
de directie''',
  bcc=['ouders-1ste-jaar@sintpieterscollege.be'], pd=True,
  note='algemene CLB-informatie voor alle ouders van het 1ste jaar; telefoonnummer van het CLB')

M('zorgcontinuum-uitleg', '2022-10-05 16:00', TINE, INFO, 'Hoe werkt de zorg op onze school?',
  '''Beste ouders,

Op de oudercontacten kregen we vaak de vraag hoe leerlingenbegeleiding op onze school precies werkt. Daarom zetten we het zorgcontinuüm even op een rij.

Fase 0 – brede basiszorg
Elke leerkracht zorgt voor een goed klasklimaat, duidelijke instructies en differentiatie. Alle leerlingen hebben daar baat bij.

Fase 1 – verhoogde zorg
Heeft uw kind iets meer nodig, bv. door dyslexie of ADHD, dan spreken we samen redelijke aanpassingen af: extra tijd, voorleessoftware, een rustige plaats bij toetsen. Die afspraken worden vastgelegd in het leerlingvolgsysteem en besproken op de klassenraad.

Fase 2 – uitbreiding van zorg
Als de verhoogde zorg niet volstaat, schakelen we het CLB in. Soms volgt een gemotiveerd verslag en ondersteuning vanuit het ondersteuningsnetwerk.

Fase 3 – individueel aangepast curriculum (IAC)
Voor een kleine groep leerlingen volstaan aanpassingen niet. Met een verslag van het CLB kan een leerling dan een individueel aangepast curriculum volgen, of kan een overstap naar het buitengewoon onderwijs besproken worden.

Bij elke stap wordt u als ouder betrokken. Vragen? De leerlingbegeleiders van elke graad staan op Smartschool.

Tine Mortier
zorgcoördinator''',
  bcc=['ouders@sintpieterscollege.be'], fmt='alt',
  note='algemene uitleg over het zorgcontinuüm, verhoogde zorg en IAC aan alle ouders')

M('herinnering-schoolrekening-allen', '2023-02-15 08:00', BOEKH, BOEKH, 'Herinnering schoolrekening 2de trimester',
  '''Geachte ouders,

De schoolrekening van het tweede trimester werd op 16 januari via Smartschool verstuurd, met vervaldatum 15 februari.

Heeft u al betaald? Dan mag u deze herinnering als niet verzonden beschouwen. Het kan enkele dagen duren voor uw betaling in ons systeem verwerkt is.

Nog niet betaald? Gelieve het bedrag te storten op BE68 5390 0754 7034 met de gestructureerde mededeling die op uw rekening staat.

Lukt het moeilijk om de rekening in één keer te betalen? Neem dan gerust discreet contact op met de boekhouding. We kunnen een afbetalingsplan afspreken, en de leerlingbegeleiding kan u helpen bij een aanvraag van de schooltoeslag of bij het OCMW. Niemand hoeft zich daarvoor te schamen.

Met vriendelijke groeten,
de boekhouding van het Sint-Pieterscollege''',
  bcc=['ouders@sintpieterscollege.be'], pd=True,
  note='herinnering aan alle ouders met het IBAN van de school; afbetalingsplan als algemene mogelijkheid')

M('drugbeleid-ouders', '2022-11-28 12:00', DIRECTIE, DIRECTIE, 'Ons drugbeleid: wat als…?',
  '''Geachte ouders,

Naar aanleiding van enkele vragen op het oudercontact lichten we ons drugbeleid nog eens toe. Het volledige beleid staat in het schoolreglement, deel II, punt 4.6.

1. Preventie
In de eerste en tweede graad organiseren we workshops rond alcohol, roken, vapen en cannabis, in samenwerking met het CAD Leuven.

2. Vermoeden van gebruik
Als een leerkracht vermoedt dat een leerling drugs gebruikt, nodigt de leerlingbegeleider de leerling uit voor een gesprek. We brengen ook de ouders op de hoogte. Samen zoeken we naar hulp, eventueel met het CLB.

3. Bezit of gebruik op school of op stage
Bezit of gebruik van drugs op school, op het internaat of op de stageplaats is verboden. De directie kan een tuchtmaatregel nemen. Bij dealen verwittigt de school altijd de politie.

4. Vertrouwelijkheid
Een leerling die zelf hulp vraagt, wordt niet gestraft omdat hij hulp vraagt.

Met vriendelijke groeten,
Koen Timmermans, directeur''',
  bcc=['ouders@sintpieterscollege.be'], fmt='qp', note='algemeen drugbeleid voor alle ouders')

M('privacyverklaring-stagebedrijven', '2022-09-26 09:20', PRIVACY, STAGES, 'Privacyverklaring stages (AVG/GDPR)',
  '''Geachte stagegever,

In het kader van de Algemene Verordening Gegevensbescherming (AVG/GDPR) informeren wij u over de persoonsgegevens die wij met u delen in het kader van een leerlingenstage.

Welke gegevens?
- identificatiegegevens van de stagiair: naam, klas, richting, contactgegevens van de school
- gegevens over de stage: periode, uren, opdrachten, evaluaties
- enkel als het nodig is voor de veiligheid van de stagiair en enkel met toestemming: relevante medische informatie (bv. een allergie) of afspraken rond ondersteuning

Wat verwachten wij van u?
- u gebruikt deze gegevens enkel voor de begeleiding en evaluatie van de stage
- u bewaart ze niet langer dan nodig en geeft ze niet door aan derden
- een datalek meldt u onmiddellijk aan privacy@lksd.ksleuven.be

Wie is verantwoordelijk?
vzw Leuvense Katholieke Scholen aan de Dijle (LKSD). Contact met de functionaris voor gegevensbescherming: privacy@lksd.ksleuven.be

Met vriendelijke groeten,
de functionaris voor gegevensbescherming LKSD''',
  bcc=['stagebedrijven@sintpieterscollege.be'], fmt='alt', lang='nl',
  note='privacyverklaring met lijst van gegevenscategorieën, aan alle stagebedrijven')

M('menu-week-allergenen', '2022-11-18 10:00', NADIA, NADIA, 'Menu schoolrestaurant week 47 + allergenen',
  '''Beste collega's en leerlingen,

Hieronder het menu van volgende week, bereid door de leerlingen van 5 en 6 Restaurant en keuken.

| Dag | Soep | Hoofdgerecht | Allergenen |
| maandag | tomatensoep | spaghetti bolognaise | gluten, selder, melk |
| dinsdag | preisoep | kipfilet, champignonroomsaus, kroketten | melk, ei, gluten |
| woensdag | – | broodjesbar | zie bord aan de toog |
| donderdag | pompoensoep | vegetarische curry met kikkererwten en rijst | selder, mosterd |
| vrijdag | groentesoep | vispannetje met puree | vis, melk, selder |

Heb je een voedselallergie? Meld het bij het bestellen aan de kassa, dan bekijken we wat kan. Het allergenenboek ligt altijd aan de toog.

Smakelijk!
Chef Nadia''',
  bcc=['personeel@sintpieterscollege.be', 'leerlingen@sintpieterscollege.be'], fmt='alt',
  note='weekmenu met allergenen voor iedereen')

M('vacature-opvoeder', '2023-05-08 11:30', KOEN, 'Onderwijsvacatures <vacatures@onderwijsvacaturebank.be>',
  'Vacature: opvoeder internaat (m/v/x) – Sint-Pieterscollege Leuven',
  '''Beste,

Graag publiceren wij onderstaande vacature op de onderwijsvacaturebank.

Opvoeder internaat (m/v/x) – 80 %, vanaf 1 september 2023
Internaat Sint-Pieter, Leuven (jongens- en meisjesafdeling, 12 tot 18 jaar)

Jouw taken
- je begeleidt de internen bij studie, vrije tijd en de dagelijkse routines
- je staat in voor avond- en nachtdiensten volgens een beurtrol (gemiddeld 2 nachten per week)
- je bent aanspreekpunt voor ouders en werkt samen met de leerlingenbegeleiding van de school

Jouw profiel
- bachelor orthopedagogie, sociaal werk of gelijkwaardig
- je bent stressbestendig en kan grenzen stellen met een warm hart

Interesse? Stuur je cv en motivatie voor 31 mei naar directie@sintpieterscollege.be. Meer info: Steven Huybrechts, beheerder, 016 29 41 90.

Met vriendelijke groeten,
Koen Timmermans
directeur''',
  pd=True, note='vacaturetekst met het telefoonnummer van het internaat')

M('lesrooster-praktijk-wissel', '2022-10-20 12:45', GEERT, NADIA, 'Praktijk 4A verschuift naar donderdag',
  '''Hoi Nadia, hoi Melissa,

Door de blokstage van 6A kan ik op dinsdag de werkplaats niet gebruiken voor 4A. Voorstel vanaf 7 november:
- 4A praktijk lassen: donderdag 1ste tot 4de lesuur (in plaats van dinsdag)
- jouw keukenpraktijk 4D schuift dan naar dinsdag, de keuken is dan toch vrij
- Melissa: jouw lokaal H.04 blijft hetzelfde, maar de toets föhnen van 4B zou dan botsen met mijn toezicht. Kan jij die een week later zetten?

Als jullie akkoord zijn, geef ik het door aan Inge voor het lesrooster.

Geert''',
  cc=[MELISSA], note='gewone collegamail over een lesroosterwissel')

M('afzuiging-lasboxen', '2023-01-30 07:35', GEERT, 'Technische dienst <technische.dienst@sintpieterscollege.be>',
  'Afzuiging lasboxen 3 en 4 defect',
  '''Goedemorgen,

De afzuiging boven lasboxen 3 en 4 in werkplaats C maakt sinds vrijdag een raar geluid en trekt bijna niet meer. Ik heb de boxen afgesloten met lint; de leerlingen werken voorlopig enkel in boxen 1, 2, 5 en 6.

Kan iemand deze week langskomen? Misschien is het gewoon de filter. Dinsdag na 12u is er geen les in de werkplaats.

Geert''',
  note='onderhoudsvraag van de praktijkleraar')

M('internaat-activiteiten-week', '2022-10-07 16:15', LATIFA, INTERNAAT, 'Activiteiten volgende week',
  '''Hey internen!

Dit staat er volgende week op het programma na de studie:
- maandag: zaalvoetbal in de sporthal (inschrijven op het bord)
- dinsdag: quizavond in de leefruimte, teams van 4
- woensdagnamiddag: fietstocht naar de abdij van Park, vertrek 13u30 (fietshelm mee!)
- donderdag: kookworkshop pannenkoeken door de 6des Restaurant

Wie niet meedoet aan een activiteit, heeft studie of stille tijd op de kamer.

Latifa & het opvoedersteam''',
  bcc=['internen@sintpieterscollege.be'], note='activiteitenprogramma voor alle internen')

M('busroutes-nieuw-schooljaar', '2022-08-26 14:20', DIRK, DIRK, 'Leerlingenvervoer 2022-2023: routes en uren',
  '''Geachte ouders,

Uw kind maakt gebruik van het leerlingenvervoer met Autocars Vandijck. Hieronder de ophaaluren voor het nieuwe schooljaar (vanaf donderdag 1 september).

| Rit | Route | Eerste halte | Aankomst school |
| 9 | Herent – Veltem – Leuven | 7u18 | 8u05 |
| 12 | Wilsele – Wijgmaal – Leuven | 7u22 | 8u10 |
| 14 (liftbus) | Kessel-Lo – Linden – Leuven | 7u10 | 8u12 |

Terugrit: vertrek aan school om 16u05, woensdag om 12u15.

Afspraken:
- uw kind staat 5 minuten voor het ophaaluur aan de halte; de bus kan niet wachten
- afwezig? Verwittig de vervoerscoördinator voor 7u via mail
- op de bus gelden dezelfde afspraken als op school

Met vriendelijke groet,
Dirk Lemmens, coördinator leerlingenvervoer''',
  bcc=['ouders-busvervoer@sintpieterscollege.be'], fmt='alt', note='algemene routes en uren voor alle busgebruikers')

M('laptops-3de-jaar-ouders', '2022-09-06 17:00', ICT, ICT, 'Laptops 3de jaar: praktische info',
  '''Geachte ouders,

Alle leerlingen van het 3de jaar krijgen deze maand een laptop van de school, in het kader van het Digisprong-project.

- Huurprijs: € 19 per maand, via de schoolrekening, 3 jaar lang. Daarna is de laptop van uw kind.
- Verzekering: diefstal en accidentele schade zijn verzekerd, met een eigen bijdrage van € 50 per schadegeval.
- Toezicht: de laptop is beveiligd en gefilterd op school; thuis bent u als ouder verantwoordelijk voor het gebruik.
- Sociaal tarief: gezinnen die recht hebben op een schooltoeslag kunnen een verminderde huurprijs aanvragen. Neem daarvoor contact op met de boekhouding; dit gebeurt uiteraard discreet.

De laptops worden uitgedeeld op maandag 19 september in de klas. Vergeet het getekende huurcontract niet!

Het ICT-team''',
  bcc=['ouders-3de-jaar@sintpieterscollege.be'], fmt='qp', note='algemene laptopbrief met sociaal tarief als mogelijkheid')

M('creditnota-leverancier', '2023-03-14 10:45', RITA, 'Facturatie Vanhove Groothandel <facturatie@vanhove-groothandel.be>',
  'Factuur 2023/01877 – vraag creditnota',
  '''Goedemorgen,

Op uw factuur 2023/01877 van 2 maart staan 40 kg bloem T55 aangerekend, maar volgens de leveringsbon werden er maar 25 kg geleverd (de rest was in backorder en werd geannuleerd).

Kan u ons een creditnota bezorgen voor de 15 kg verschil? Dan betalen we het saldo van de factuur meteen.

Met vriendelijke groeten,
Rita Goossens
Boekhouding – Sint-Pieterscollege''',
  note='gewone vraag aan een leverancier over een factuur')

M('restaurant-open-publiek', '2023-01-20 13:00', NADIA, NADIA, 'Ons leerlingenrestaurant is weer open!',
  '''Dag collega's,

Vanaf februari is ons leerlingenrestaurant "Het Pieterke" weer open op dinsdag- en donderdagmiddag, ook voor familie en vrienden van personeelsleden.

Menu: aperitief, voorgerecht, hoofdgerecht en dessert voor € 22 (dranken apart).
Reserveren kan tot de vrijdag ervoor via restaurant@sintpieterscollege.be. Heeft u een allergie of eet u vegetarisch? Vermeld het bij de reservatie, onze leerlingen passen het menu aan.

Tot binnenkort aan tafel!
Nadia en de leerlingen van 6D''',
  bcc=['personeel@sintpieterscollege.be'], fmt='alt', note='uitnodiging leerlingenrestaurant aan alle personeelsleden')

M('modellen-gezocht-haarzorg', '2022-10-25 11:20', MELISSA, MELISSA, 'Modellen gezocht voor 6 Haarzorg!',
  '''Dag iedereen,

Voor hun kwalificatieproef zoeken onze leerlingen van 6 Haarzorg nog modellen (dames én heren) op:
- dinsdag 15 november (kleuren en knippen, 9u-12u30)
- donderdag 17 november (opsteken, 13u-16u)

Je betaalt enkel de producten (€ 5 voor knippen, € 15 voor kleuren). Inschrijven via de lijst in de lerarenkamer of gewoon even mailen.

Merci!
Melissa''',
  bcc=['personeel@sintpieterscollege.be'], note='oproep voor modellen aan alle personeelsleden')

M('evaluatieformulier-mentoren', '2022-11-03 09:40', STAGES, STAGES, 'Evaluatieformulier stage 5de jaar',
  '''Beste mentor,

Voor wie liever op papier of in Excel werkt dan in StagePunt: in bijlage het evaluatieformulier voor de stages van het 5de jaar. U mag het ingevuld terugmailen naar stages@sintpieterscollege.be of meegeven met de stagiair in een gesloten omslag.

Elk criterium wordt gescoord op 4: onvoldoende – zwak – goed – zeer goed. Bij "onvoldoende" vragen we altijd een korte toelichting.

Met dank,
de stagedienst''',
  atts=[('evaluatieformulier-5dejaar.csv', 'text/csv',
         'criterium;omschrijving;score (1-4);toelichting\nstiptheid;komt op tijd, verwittigt bij afwezigheid;;\n'
         'hygiëne;werkkledij, handhygiëne, HACCP;;\ninitiatief;ziet zelf werk, vraagt bij twijfel;;\n'
         'omgang;met collega\'s, klanten, bewoners;;\nvakkennis;past technieken correct toe;;\nveiligheid;'
         'gebruikt beschermingsmiddelen;;\n')],
  bcc=['stagebedrijven@sintpieterscollege.be'], note='blanco evaluatieformulier als csv-bijlage aan alle mentoren')

M('medicatieprocedure-internaat', '2022-09-05 10:00', INTERNAAT, INTERNAAT, 'Medicatie op het internaat – procedure',
  '''Beste ouders,

Op het internaat gelden strikte afspraken rond medicatie. We vragen u om die goed te volgen, voor de veiligheid van uw kind.

1. Medicatie die uw kind dagelijks neemt, geeft u in de originele verpakking af aan de opvoeder, met het medicatieformulier ingevuld en ondertekend door de arts.
2. Opvoeders geven geen pijnstillers of andere medicatie zonder uw schriftelijke toestemming op het formulier.
3. Medicatie wordt bewaard in een afgesloten kast. Uitzondering: een puffer of een EpiPen mag uw kind bij zich houden.
4. Elke toediening wordt afgetekend op een lijst.
5. Wijzigt de behandeling? Geef ons een nieuw formulier.

Heeft uw kind een allergie of een aandoening waarmee we rekening moeten houden, bijvoorbeeld diabetes of epilepsie, laat het ons dan weten via het vertrouwelijke formulier in het inschrijvingspakket.

Het formulier vindt u op Smartschool onder "Internaat > Documenten".

Het opvoedersteam''',
  bcc=['ouders-internaat@sintpieterscollege.be'], fmt='qp',
  note='algemene medicatieprocedure voor alle internaatsouders, met voorbeelden van aandoeningen')

M('zwangerschap-stage-algemeen', '2023-02-06 14:30', ANN, ANN, 'Zwangerschap en stage in de zorg – afspraken voor de vakgroep',
  '''Dag collega's van de vakgroep Verzorging,

Naar aanleiding van de vraag op de vakgroepvergadering: wat doen we als een leerlinge meldt dat ze zwanger is? Een overzicht, zodat we het allemaal op dezelfde manier aanpakken.

- De leerlinge beslist zelf wanneer en aan wie ze het vertelt. Wij geven het niet door zonder haar toestemming, ook niet aan de klas of de mentor.
- Vanaf de melding geldt de moederschapsbescherming: geen zwaar tilwerk, geen nachtwerk, geen contact met bepaalde infecties (bv. CMV en rubella in de kinderopvang) zonder advies van de arbeidsgeneesheer.
- De stagecoördinator zoekt in overleg een aangepaste stageplaats of aangepaste taken.
- De leerlingbegeleider biedt een gesprek aan; het CLB kan helpen met praktische vragen.

Dit staat nu ook in het stagevademecum, hoofdstuk 7.

Ann''',
  bcc=['vakgroep-verzorging@sintpieterscollege.be'], note='algemene afspraken rond zwangerschap en stage, geen leerlinge genoemd')

M('gezonde-school-week', '2023-03-24 15:45', SANDER, SANDER, 'Week van de gezonde school: 17-21 april',
  '''Dag collega's,

Van 17 tot 21 april is het bij ons de week van de gezonde school. Een paar activiteiten waar we jullie hulp bij kunnen gebruiken:
- ontbijt op school voor het 1ste en 2de jaar op dinsdag (6D kookt)
- workshop "Eten en je lijf" voor de 3de graad, door een diëtiste van het CGG: over gezond eten, diëten en hoe je signalen van een eetstoornis bij een vriend(in) herkent
- dansmarathon op de speelplaats op vrijdagmiddag

In het lerarenkatern op Smartschool staan ook tips om met een klas over eetgedrag en zelfbeeld te praten zonder iemand te kwetsen.

Sander, voor de werkgroep gezondheid''',
  bcc=['personeel@sintpieterscollege.be'], fmt='alt', note='algemene gezondheidsweek met eetstoornissen als preventiethema')

M('nachtpermanentie-rooster', '2022-12-15 18:00', STEVEN, JONAS, 'Nachtpermanentie januari',
  '''Dag iedereen,

Het rooster voor de nachtpermanentie in januari:

| Week | Ma | Di | Wo | Do |
| 9-12 jan | Jonas | Latifa | Els | Jonas |
| 16-19 jan | Latifa | Els | Jonas | Latifa |
| 23-26 jan | Els | Jonas | Latifa | Els |
| 30 jan-2 feb | Jonas | Latifa | Els | Jonas |

Wissels onderling mogen, maar laat het mij weten. De wachtgsm wordt 's morgens om 7u30 doorgegeven in de bureau.

Steven''',
  cc=[LATIFA, ELS], fmt='alt', note='roosters van personeel, geen leerlinggegevens')

M('vorming-zelfbeschadiging', '2023-01-09 12:20', TINE, TINE, 'Vorming: signalen van zelfbeschadiging en suïcide herkennen',
  '''Beste collega's,

Op woensdag 1 februari (13u30-16u30) organiseren we in de refter een vorming door het Vlaams Expertisecentrum Suïcidepreventie:
"Wat doe je als een leerling je vertelt dat hij zichzelf pijn doet of niet meer wil leven?"

- signalen herkennen bij jongeren
- het gesprek aangaan: wat zeg je wel, wat zeg je beter niet
- doorverwijzen: de rol van de leerlingbegeleider, het CLB en de hulplijnen

De vorming is sterk aanbevolen voor klastitularissen, opvoeders van het internaat en stagebegeleiders. Inschrijven via de lijst op Smartschool voor 25 januari.

Tine Mortier, zorgcoördinator''',
  bcc=['personeel@sintpieterscollege.be'], note='uitnodiging voor een algemene vorming, geen individuele leerling')

M('protocol-politie-parket', '2022-10-13 11:10', KOEN, KOEN, 'Samenwerking met politie en parket: afspraken',
  '''Beste collega's,

Af en toe komt er een vraag van de politie over een leerling, of moet de school een feit melden. Een paar afspraken, zodat we allemaal hetzelfde doen:

1. Geef nooit zelf informatie over een leerling aan de politie, ook niet telefonisch. Verwijs altijd naar de directie.
2. Een verhoor van een leerling op school gebeurt enkel met toestemming van de directie en, als het kan, met de ouders verwittigd.
3. Bij een ernstig feit op school (geweld, dealen, bedreiging) verwittigt de directie de politie. Bij minderjarigen kan het parket de jeugdrechter inschakelen.
4. Vraagt een consulent van de sociale dienst jeugdrechtbank informatie, dan verloopt dat via de leerlingbegeleiding, met medeweten van de ouders.

Het volledige protocol staat op Smartschool onder "Beleid".

Koen''',
  bcc=['personeel@sintpieterscollege.be'], fmt='qp', note='algemeen protocol over politie en jeugdrechter, geen leerling')

M('onthaal-leerlingen-opvang', '2022-11-10 16:40', SANDER, SANDER, 'Nieuwe leerlingen uit opvangcentra: onthaal',
  '''Dag collega's,

Na de kerstvakantie verwachten we een zestal nieuwe leerlingen die na het OKAN-jaar doorstromen, een aantal van hen verblijft in een opvangcentrum of bij een pleeggezin. Enkele tips voor de eerste weken:

- stel je voor, spreek hun naam correct uit en vraag hoe ze genoemd willen worden
- geef schriftelijke instructies, met pictogrammen waar het kan
- vraag niet naar hun vluchtverhaal of hun familie; als ze zelf iets willen vertellen, luister en verwijs daarna door naar de leerlingbegeleiding
- werkkledij en schoolmateriaal: het opvangcentrum of de voogd betaalt, de boekhouding regelt dat rechtstreeks

Een buddy uit de klas helpt vaak meer dan alles wat wij doen.

Sander''',
  bcc=['personeel@sintpieterscollege.be'], fmt='alt', note='algemene onthaaltips voor nieuwkomers, geen individuele leerling')


# ---- ordinary mails to a pupil's own parent (not sensitive)
M('stageplaats-lisa-bevestiging', '2022-12-12 11:05', KATRIEN, par('P0128'), 'Bevestiging stageplaats Lisa',
  '''Beste mevrouw Bogaerts,

Goed nieuws: de stageplaats van Lisa voor de blokstage in februari is bevestigd. Ze loopt stage in Restaurant De Vork (Tiensestraat, Leuven), van maandag 6 februari tot vrijdag 3 maart.

Uren: dinsdag tot zaterdag, 10u00 tot 15u00 en 17u30 tot 21u30 (met pauze). Op zondag en maandag is het restaurant gesloten. De mentor is chef Tim Verbruggen.

Lisa krijgt de stageovereenkomst volgende week mee. Wilt u die ondertekenen en terugbezorgen voor 20 januari?

Met vriendelijke groeten,''' + SIG_K,
  fmt='qp', about=['P0128'], pd=True, note='bevestiging van een stageplaats aan de eigen ouder, niets gevoeligs')

M('weekend-terugkeer-hanne', '2023-04-14 12:30', LATIFA, par('P0287'), 'Terugkeer na de paasvakantie',
  '''Beste meneer Wyns,

Een kleine herinnering: na de paasvakantie opent het internaat zondag 16 april om 19u30. Hanne mag ook maandagochtend rechtstreeks naar school komen, dan brengt ze haar valies om 7u45 naar het internaat.

Laat u ons weten welke optie u kiest? Dan houden we rekening met het avondeten.

Vriendelijke groeten,
Latifa Bouzid, opvoedster''',
  about=['P0287'], note='praktische herinnering aan de eigen ouder over de terugkeer op internaat')

M('bushalte-noor', '2022-08-31 09:40', DIRK, par('P0215'), 'Bushalte Noor – bevestiging',
  '''Beste mevrouw Vandeputte,

Ik bevestig dat Noor vanaf donderdag 1 september met rit 12 mee kan. Opstapplaats: halte Wijgmaal Station, om 7u31. Terug aan dezelfde halte rond 16u45, op woensdag rond 12u55.

De buskaart krijgt ze de eerste schooldag van de begeleidster op de bus.

Met vriendelijke groet,''' + SIG_D,
  about=['P0215'], note='bevestiging van bushalte en uren aan de eigen ouder')

M('kapperskoffer-bestelling-lore', '2023-05-16 17:05', MELISSA, par('P0121'), 'Kapperskoffer 6de jaar – bestelling',
  '''Beste mevrouw Van Damme,

Volgend schooljaar heeft Lore in het 6de jaar de uitgebreide kapperskoffer nodig (scharen, effileerschaar, tondeuse, borstels en kammen). Via de school kost het volledige pakket € 189; u kan het ook zelf aankopen, de lijst staat op Smartschool.

Wilt u mij voor 2 juni laten weten of u via de school bestelt? Het bedrag komt dan op de eerste schoolrekening van september.

Vriendelijke groet,
Melissa De Bruyn''',
  about=['P0121'], note='bestelling van materiaal aan de eigen ouder')

M('laptop-tuur-klaar', '2023-02-09 12:15', BART, par('P0103'), 'Laptop Tuur terug van herstelling',
  '''Beste mevrouw Coppens,

De laptop van Tuur is terug van de herstelling (nieuw toetsenbord, onder garantie, dus geen kosten). Tuur mag hem morgen tijdens de middagpauze ophalen in het ICT-lokaal B.02. De leenlaptop brengt hij dan terug.

Met vriendelijke groeten,
Bart Nijs''',
  about=['P0103'], note='praktische ICT-melding aan de eigen ouder')

M('lascertificaat-jens', '2023-06-09 15:50', GEERT, par('P0289'), 'Lascertificaat Jens behaald!',
  '''Beste mevrouw Van Hecke,

Met plezier laat ik u weten dat Jens geslaagd is voor zijn lascertificaat volgens EN ISO 9606-1 (procedé 135, plaat, stompe naad). De examinator van het keuringsorganisme was zeer tevreden over zijn proefstukken.

Het certificaat wordt uitgereikt op de proclamatie. Proficiat aan Jens, hij heeft er hard voor gewerkt!

Met vriendelijke groeten,
Geert Vandeperre
praktijk lassen-constructie''',
  fmt='qp', about=['P0289'], note='positief resultaat aan de eigen ouder')

M('jury-proef-oumaima', '2023-05-19 10:20', NADIA, par('P0126'), 'Uitnodiging: geïntegreerde proef Oumaima',
  '''Beste meneer Tahiri,

Op donderdag 15 juni presenteert Oumaima haar geïntegreerde proef: een viergangenmenu voor 8 gasten in ons restaurant Het Pieterke. De externe jury proeft om 12u.

Als ouder bent u van harte welkom om mee aan tafel te schuiven (gratis, 2 personen). Wilt u voor 5 juni laten weten of u komt?

Hartelijke groeten,
Nadia Ouali''',
  about=['P0126'], note='uitnodiging voor een examenjury aan de eigen ouder')

M('proclamatie-senne', '2023-06-16 09:00', KOEN, par('P0127'), 'Uitnodiging proclamatie 6de jaar',
  '''Beste meneer Dewit,

Graag nodigen wij u en uw familie uit op de proclamatie van Senne en zijn klasgenoten van het 6de jaar, op vrijdag 30 juni om 19u in de sporthal. Na de uitreiking van de diploma's en getuigschriften is er een receptie, verzorgd door onze leerlingen van 6 Restaurant en keuken.

Inschrijven (maximaal 4 personen per leerling) via het strookje dat Senne meekrijgt.

Met vriendelijke groeten,
Koen Timmermans, directeur''',
  fmt='alt', about=['P0127'], note='uitnodiging proclamatie aan de eigen ouder')

M('pluim-stage-zakaria', '2023-03-30 18:40', KATRIEN, par('P0291'), 'Een pluim voor Zakaria',
  '''Beste meneer El Idrissi,

Ik wou u even laten weten dat ik vandaag op stagebezoek was bij Zakaria in Brasserie Ter Bank. De chef was lovend: Zakaria is altijd op tijd, werkt proper en snel, en durft zelf initiatief nemen. Hij mocht deze week zelfs de dagsoep alleen maken.

Proficiat, u mag fier zijn op hem!

Groetjes,
Katrien Vermeiren''',
  about=['P0291'], note='positieve stagefeedback aan de eigen ouder')

M('rijexamen-lars', '2023-05-04 13:10', INGE, par('P0293'), 'Re: afwezigheid Lars dinsdag',
  '''Beste mevrouw Hendrickx,

Bedankt voor uw bericht. De afwezigheid van Lars op dinsdag 9 mei voor zijn praktisch rijexamen is genoteerd. Wilt u hem de oproepingsbrief van het examencentrum laten meebrengen? Dan is de afwezigheid gewettigd.

Veel succes aan Lars!

Inge Wouters
secretariaat

Op do 4 mei 2023 om 08:12 schreef Mieke Hendrickx <hendrickx.mieke@skynet.be>:
> Goeiemorgen, Lars heeft dinsdag zijn rijexamen in Kessel-Lo om 10u, hij zal dus de hele voormiddag afwezig zijn. Groetjes, Mieke Hendrickx''',
  reply_to_id='mieke-lars-20230504@skynet.be', extra_fmt=['reply'], about=['P0293'],
  note='gewettigde afwezigheid voor een rijexamen, antwoord aan de eigen ouder')

M('observation-chloe-english', '2022-11-21 16:25', ANN, par('P0229', 2), "Chloe's observation days in a nursery",
  '''Dear Mr Bennett,

In the week of 5 December, all pupils of 4C will spend three observation days in a nursery or a day care centre. Chloe will go to day care 't Kriebelbeestje in Heverlee, from 8:30 to 15:30.

What she needs:
- white trainers (clean, only used indoors) and comfortable clothes
- a packed lunch; drinks are provided
- her observation booklet, which she received in class today

She will go there on her own by bike or bus. If anything comes up, she can always call the school.

Kind regards,
Ann Smolders
Care teacher''',
  about=['P0229'], lang='en', note='practical information about observation days, to the pupil\'s own father in English')

M('depart-lille-bilal', '2023-05-02 19:05', KATRIEN, par('P0163'), 'Stage à Lille – informations pratiques',
  '''Cher Monsieur Azzouzi,

Comme promis lors de la soirée d'information, voici les informations pratiques pour le stage de Bilal à Lille (Hôtel Le Beffroi) :

- départ : dimanche 7 mai à 15h, gare de Leuven (train jusqu'à Bruxelles-Midi, puis TGV), accompagné par Mme Ouali
- logement : résidence étudiante à 10 minutes à pied de l'hôtel, chambre partagée avec un autre élève de l'école
- retour : samedi 27 mai vers 18h à Leuven
- à emporter : carte d'identité, carte européenne d'assurance maladie, deux tenues de cuisine, chaussures de sécurité

Une réunion de suivi par visioconférence aura lieu chaque mercredi avec les élèves.

Bien cordialement,
Katrien Vermeiren''',
  fmt='qp', about=['P0163'], lang='fr', note='informations pratiques pour un stage à l\'étranger, au père de l\'élève')


# ---- more ordinary mail
M('klassenraden-data', '2022-11-25 14:00', KOEN, KOEN, 'Planning klassenraden december',
  '''Beste collega's,

De planning van de klassenraden van december:

| Datum | Uur | Klassen | Lokaal |
| ma 19/12 | 15u45 | 1A-1D, 2A-2D | A.01 |
| di 20/12 | 15u45 | 3A-3D, 4A-4D | A.01 |
| wo 21/12 | 13u00 | 5A-5D, 6A-6D (met stagebegeleiders) | refter |

Gelieve de punten en de opmerkingen voor vrijdag 16/12 om 12u in Skore in te geven. Klastitularissen bereiden per leerling een korte stand van zaken voor; zorgleerlingen bespreken we met de leerlingbegeleider erbij.

Koen''',
  bcc=['personeel@sintpieterscollege.be'], fmt='alt', note='planning van klassenraden, geen leerlinggegevens')

M('planning-stagebezoeken', '2023-02-01 17:20', KATRIEN, ANN, 'Planning stagebezoeken februari',
  '''Hoi Ann, hoi Geert,

Hier de planning van de stagebezoeken voor februari. Wie niet kan, ruilt onderling en laat het me weten.

| Datum | Leerling | Klas | Stageplaats | Bezoeker |
| di 7/2 | Amira Haddouchi | 5C | WZC Ter Linde | Ann |
| di 7/2 | Liam O'Connor | 5C | WZC Ter Linde | Ann |
| do 9/2 | Yasmine Ait Ouali | 6C | Residentie Edouard Remy | Ann |
| ma 13/2 | Jelle Cuypers | 5A | Metaalwerken Heylen | Geert |
| wo 15/2 | Jens Van Hecke | 6A | Staalbouw Vranckx | Geert |
| vr 17/2 | Lars Hendrickx | 6A | Staalbouw Vranckx | Geert |

Het bezoekformulier staat in StagePunt. Graag binnen de week ingevuld.

Katrien''',
  cc=[GEERT], fmt='alt', about=['P0019', 'P0295', 'P0277', 'P0012', 'P0289', 'P0293'],
  note='logistieke planning van stagebezoeken met namen, zonder gevoelige informatie')

M('onkostennota-procedure', '2022-09-16 10:15', RITA, RITA, 'Onkostennota’s: nieuwe werkwijze',
  '''Beste collega's,

Vanaf 1 oktober dien je onkostennota's (verplaatsingen voor stagebezoeken, kleine aankopen) in via het formulier op Smartschool, niet meer op papier.

- Verplaatsingen: € 0,4170 per km (tarief tot 31/12), vermeld datum, vertrek en bestemming.
- Aankopen: voeg een foto van het kasticket toe. Zonder ticket kunnen we niets terugbetalen.
- Terugbetaling: maandelijks, op het rekeningnummer dat bij het personeelssecretariaat bekend is.

Vragen? Kom gerust langs, ik ben er op maandag, dinsdag en donderdag.

Rita''',
  bcc=['personeel@sintpieterscollege.be'], note='algemene procedure voor onkostennota\'s')

M('staking-bus', '2023-02-10 16:30', DIRK, DIRK, 'Maandag 13 februari: mogelijke hinder leerlingenvervoer',
  '''Geachte ouders,

Door een nationale stakingsdag op maandag 13 februari kan het leerlingenvervoer verstoord zijn. Autocars Vandijck verwacht dat ritten 9 en 12 normaal rijden; voor rit 14 is dat nog onzeker.

We raden u aan om maandagochtend de berichten op Smartschool te volgen. Kan uw kind niet naar school komen door de staking, dan is de afwezigheid gewettigd als u dat meldt via een briefje in de agenda.

De school is maandag gewoon open.

Met vriendelijke groet,
Dirk Lemmens''',
  bcc=['ouders-busvervoer@sintpieterscollege.be'], note='algemeen stakingsbericht voor alle busgebruikers')

M('smartschool-onderhoud', '2023-01-04 20:15', ICT, ICT, 'Smartschool niet beschikbaar zaterdag 7/1',
  '''Beste collega's,

Smartschool voert zaterdag 7 januari van 8u tot 14u onderhoudswerken uit. In die periode kan je niet inloggen, ook niet in de app. Skore en het leerlingvolgsysteem zijn wel bereikbaar.

Plan je die dag berichten of taken? Doe het vrijdag of zaterdagnamiddag.

ICT-team''',
  bcc=['personeel@sintpieterscollege.be'], note='onderhoudsbericht')

M('douches-internaat-werken', '2022-10-26 11:45', STEVEN, 'Technische dienst <technische.dienst@sintpieterscollege.be>',
  'Douches jongensafdeling – werken herfstvakantie',
  '''Dag Patrick,

Kunnen jullie in de herfstvakantie de douches van de jongensafdeling (2de verdiep) aanpakken? Drie douchekoppen lekken, de afvoer in cabine 4 loopt traag en de verlichting in de gang flikkert.

Het internaat is dicht van zaterdag 29/10 tot zondag 6/11, dus jullie hebben vrij spel. De sleutel kan je aan het secretariaat vragen.

Steven''',
  note='onderhoudsvraag internaat')

M('bij-wie-terecht-leerlingen', '2022-09-19 08:00', SANDER, SANDER, 'Zit je ergens mee? Hier kan je terecht',
  '''Hey allemaal,

Een nieuw schooljaar, nieuwe klassen, nieuwe stageplaatsen... Soms loopt het niet zoals je wil. Weet dat je niet alleen bent.

Bij wie kan je terecht?
- je klastitularis of een leerkracht die je vertrouwt
- de leerlingbegeleiders: meneer Wuyts (2de en 3de graad, lokaal A.12) en mevrouw Mortier (1ste graad, A.10). Je kan gewoon binnenlopen tijdens de middagpauze of een bericht sturen via Smartschool.
- op het internaat: de opvoeders, ook 's avonds
- het CLB: mevrouw Dockx, elke dinsdag op school
- anoniem: de chat van Awel of Nupraatikerover.be

Alles wat je ons vertelt, behandelen we discreet.

Meneer Wuyts''',
  bcc=['leerlingen@sintpieterscollege.be'], fmt='html', note='algemene info voor alle leerlingen over leerlingenbegeleiding')

M('brandoefening-internaat', '2023-03-08 12:05', STEVEN, JONAS, 'Nachtelijke brandoefening',
  '''Jonas, Latifa, Els,

Volgende week is er een onaangekondigde brandoefening tijdens de nacht, samen met de brandweer van Leuven. De datum zeg ik bewust niet :) Zorg dat jullie de evacuatieprocedure en de lijsten per gang klaar hebben in de bureau, en dat de gsm van dienst opgeladen is.

Na afloop korte evaluatie in de refter.

Steven''',
  cc=[LATIFA, ELS], note='interne mededeling over een brandoefening')

M('mdo-data-zorgteam', '2022-09-23 15:15', TINE, SANDER, 'Data MDO en zorgoverleg 1ste trimester',
  '''Dag Sander, dag Evi, dag Hilde,

De vaste momenten voor het zorgoverleg dit trimester:
- cellenoverleg met het CLB: dinsdag 11/10, 8/11 en 6/12, telkens 13u30-15u
- MDO's: plannen we daar telkens voor de weken erna
- zorgteam met de directie: donderdag 20/10 en 24/11, 15u45

Leerlingen die jullie willen bespreken, zetten jullie ten laatste de vrijdag ervoor in de gedeelde agenda in het leerlingvolgsysteem, niet in de mail.

Tine''',
  cc=[EVI, HILDE], note='data van zorgoverleg zonder leerlingnamen; één externe (CLB) in Cc')

M('verloren-voorwerpen', '2022-12-16 13:40', INGE, INGE, 'Verloren voorwerpen: laatste kans!',
  '''Beste collega's en leerlingen,

Aan het onthaal ligt een hele berg verloren voorwerpen: 14 jassen, 6 brooddozen, een lashelm, een kappersschaar in etui, veel drinkflessen en zelfs één veiligheidsschoen (maat 44).

Wat op woensdag 21 december nog niet is opgehaald, gaat naar de kringloopwinkel.

Inge''',
  bcc=['personeel@sintpieterscollege.be', 'leerlingen@sintpieterscollege.be'], note='verloren voorwerpen')

M('dank-stagebedrijven-zichtbaar', '2023-06-21 11:15', KATRIEN, [HEYLEN, VRANCKX, DEVORK], 'Bedankt voor dit stagejaar!',
  '''Beste mentoren,

Het schooljaar loopt op zijn einde en ik wil jullie graag heel hartelijk bedanken voor de begeleiding van onze stagiairs. Zonder jullie geduld en vakkennis zouden onze leerlingen nooit zo goed voorbereid de arbeidsmarkt op gaan.

Op donderdag 7 september houden we een kleine receptie voor alle stagebedrijven in ons restaurant Het Pieterke. Een uitnodiging volgt na de zomer.

Een fijne zomer!
Katrien Vermeiren''',
  rules=['bcc'], note='bedankmail waarin drie externe stagebedrijven zichtbaar in To staan')

M('hygiene-keuken-zorg', '2022-09-07 09:10', KATRIEN, KATRIEN, 'Hygiëne op stage: keuken en zorg',
  '''Beste leerlingen van Restaurant en keuken en Verzorging,

Op je stageplaats werk je met voedsel of met kwetsbare mensen. Daarom zijn deze regels niet onderhandelbaar:

- nagels kort, geen gellak, geen kunstnagels
- geen juwelen aan handen en polsen (ook geen smartwatch), geen piercings in het gezicht
- lange haren vast, in de keuken onder een kapje of muts
- elke dag een propere werkkledij
- ben je ziek (koorts, buikgriep, een open wonde aan je handen)? Verwittig je mentor voor je vertrekt. In de keuken mag je dan niet werken.

Je mentor mag je naar huis sturen als je je niet aan deze regels houdt. Die uren moet je inhalen.

Mevrouw Vermeiren''',
  bcc=['klas-5c@sintpieterscollege.be', 'klas-6c@sintpieterscollege.be', 'klas-5d@sintpieterscollege.be',
       'klas-6d@sintpieterscollege.be'], fmt='alt', note='algemene hygiëneregels voor alle stagiairs keuken en zorg')

M('erasmus-insurance-english', '2023-04-04 10:30', KATRIEN, STAGES, 'Erasmus+ placements: insurance and emergencies',
  '''Dear mentors,

Some practical information about our students' placements abroad in May.

Insurance
All students are covered by the school insurance (civil liability and personal accidents) for the whole placement, including the journey. They also carry the European Health Insurance Card.

In case of an accident or illness
Please take the student to a doctor or the emergency department if needed, and inform the accompanying teacher and the school on the same day. The school handles the insurance claim.

Working hours
Students may work a maximum of 38 hours a week, no night work between 23:00 and 6:00, and they need two rest days per week.

Evaluation
You will receive the evaluation form by e-mail in the last week of the placement.

Thank you again for welcoming our students!
Katrien Vermeiren
Internship coordinator''',
  bcc=['c.dubois@hotel-lebeffroi.fr', 'stages@hotelschool-maastricht.nl', 'j.weber@gasthaus-linde.de'],
  lang='en', fmt='qp', note='general information for all host companies abroad, in Bcc')

M('projector-h04', '2023-01-19 10:25', MELISSA, BART, 'beamer H.04',
  '''Hoi Bart,

De beamer in H.04 (haarzorg) valt na een kwartier uit, het lampje knippert oranje. Kan je eens komen kijken? Ik heb er vrijdag de toets theorie kleurleer op gepland.

Merci!
Melissa''',
  note='gewone vraag aan de ICT-coördinator')

M('schoolkosten-schooltoeslag', '2022-09-08 16:00', BOEKH, BOEKH, 'Schoolkosten 2022-2023 en de schooltoeslag',
  '''Geachte ouders,

In bijlage bij het schoolreglement vindt u de lijst met geraamde schoolkosten per richting. Enkele aandachtspunten:

- De schoolrekening wordt driemaal per jaar verstuurd (oktober, januari, april) via Smartschool.
- Voor richtingen met praktijk (lassen, haarzorg, verzorging, keuken) komen daar werkkledij, veiligheidsschoenen en materiaal bij. Die kosten zijn gespreid over de drie rekeningen.
- Heeft u recht op een schooltoeslag van het Groeipakket? Die wordt automatisch toegekend aan de meeste gezinnen; kijk na of uw gegevens bij uw uitbetaler in orde zijn.
- Heeft u het moeilijk om de schoolkosten te betalen, neem dan contact op met de boekhouding of de leerlingbegeleiding. We zoeken altijd een oplossing, bv. een afbetalingsplan.

Met vriendelijke groeten,
Rita Goossens
boekhouding''',
  bcc=['ouders@sintpieterscollege.be'], fmt='alt', note='algemene info over schoolkosten en schooltoeslag')


if __name__ == '__main__':
    finish()
