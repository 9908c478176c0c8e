#!/usr/bin/env python3
"""Batch 27 -- Sint-Pieterscollege campus Wilsele.

Builds roster.csv, the .eml files and labels.yaml. Standard library only,
deterministic (fixed dates, boundaries, seed). Run: python3 make.py
"""
import base64
import csv
import html
import io
import os
import quopri
import random
import re
import unicodedata
from email.generator import BytesGenerator
from email.message import Message
from email.mime.message import MIMEMessage
from email import policy
from email.header import Header
from email.utils import getaddresses, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
SCHOOL_DOMAINS = ('sintpieterscollege.be', 'ksleuven.be')

# --------------------------------------------------------------------------
# Roster
# --------------------------------------------------------------------------

def slugname(s):
    s = s.replace('ı', 'i').replace('ł', 'l').replace('Ł', 'L')
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z]", '', s.lower())


def pupil_mail(first, last):
    return '%s.%s@leerling.sintpieterscollege.be' % (slugname(first), slugname(last))

# key pupils: key -> (first, last, class, parent1, parent2)
KEY = {
    'lina':     ('Lina', 'Vermeulen', '3B', 'katrien.goossens@telenet.be', 'bart.vermeulen@gmail.com'),
    'wout':     ('Wout', 'Janssens', '1A', 'katrien.goossens@telenet.be', 'dirk.janssens@telenet.be'),
    'rubenv':   ('Ruben', 'Vermeulen', '5C', 'bert.vermeulen@telenet.be', 'sofie.geukens@hotmail.com'),
    'jonas':    ('Jonas', 'Peeters', '4A', 'kristof.peeters@telenet.be', 'els.vanaken@gmail.com'),
    'fien':     ('Fien', 'Peeters', '2B', 'kristof.peeters@telenet.be', 'els.vanaken@gmail.com'),
    'jana':     ('Jana', 'Peeters', '4C', 'tom.peeters@skynet.be', 'nathalie.claes@hotmail.com'),
    'arne':     ('Arne', 'Dewulf', '5B', 'ann.maes@sintpieterscollege.be', 'pieter.dewulf@proximus.be'),
    'imane':    ('Imane', 'El Amrani', '2A', 'youssef.elamrani@sintpieterscollege.be', 'khadija.benhaddou@gmail.com'),
    'sami':     ('Sami', 'El Amrani', '4D', 'youssef.elamrani@sintpieterscollege.be', 'khadija.benhaddou@gmail.com'),
    'nora':     ('Nora', 'El Amrani', '3C', 'rachid.elamrani@gmail.com', 'fatima.bouzian@hotmail.com'),
    'noorc':    ('Noor', 'Claes', '3A', 'veerle.schepers@telenet.be', 'jan.claes3000@gmail.com'),
    'noorv':    ('Noor', 'Van Damme', '3B', 'an.vandamme@skynet.be', 'kurt.bogaert@gmail.com'),
    'noora':    ('Noor', 'Aydın', '3C', 'murat.aydin@hotmail.com', 'selin.aydin@gmail.com'),
    'lucasm':   ('Lucas', 'Maes', '5A', 'koen.maes@telenet.be', 'inge.verbeke@gmail.com'),
    'lucasme':  ('Lucas', 'Mertens', '5C', 'mertens.familie@skynet.be', 'jeroen.mertens@gmail.com'),
    'emma':     ('Emma', 'Wouters', '2C', 'hilde.smets@telenet.be', 'geert.wouters@outlook.com'),
    'lotte':    ('Lotte', 'Wouters', '2D', 'hilde.smets@telenet.be', 'geert.wouters@outlook.com'),
    'milan':    ('Milan', 'De Smet', '4B', 'sarah.lemmens@gmail.com', 'johan.desmet@telenet.be'),
    'mila':     ('Mila', 'De Smedt', '4B', 'lien.desmedt@gmail.com', ''),
    'elif':     ('Elif', 'Yılmaz', '6A', 'mehmet.yilmaz@gmail.com', 'ayse.demir@hotmail.com'),
    'emre':     ('Emre', 'Yılmaz', '3D', 'mehmet.yilmaz@gmail.com', 'ayse.demir@hotmail.com'),
    'kerem':    ('Kerem', 'Yılmaz', '3A', 'hasan.yilmaz@telenet.be', 'zeynep.kaya@gmail.com'),
    'zofia':    ('Zofia', 'Nowak', '5D', 'agnieszka.nowak@gmail.com', 'tomasz.nowak@gmail.com'),
    'kacper':   ('Kacper', 'Nowak', '2A', 'agnieszka.nowak@gmail.com', 'tomasz.nowak@gmail.com'),
    'natalia':  ('Natalia', 'Nowak', '4A', 'ewa.nowak@gmail.com', 'pawel.nowak@outlook.com'),
    'grace':    ('Grâce', 'Mbuyi', '4C', 'chantal.mbuyi@gmail.com', ''),
    'benjamin': ('Benjamin', 'Tshibangu', '6B', 'jp.tshibangu@hotmail.com', 'esther.kalala@gmail.com'),
    'divine':   ('Divine', 'Tshibangu', '2C', 'patrick.tshibangu@gmail.com', 'rose.mwamba@outlook.com'),
    'oliver':   ('Oliver', 'Bennett', '3A', 'sarah.bennett.leuven@gmail.com', 'james.bennett@outlook.com'),
    'maya':     ('Maya', 'Okafor', '6C', 'chioma.okafor@gmail.com', 'emeka.okafor@outlook.com'),
    'robbe':    ('Robbe', 'Hermans', '5A', 'lenaerts.maria@skynet.be', ''),
    'yannick':  ('Yannick', 'Lemmens', '6D', 'patrick.lemmens@telenet.be', 'nicole.vangeel@skynet.be'),
    'dylan':    ('Dylan', 'Verbruggen', '4D', 'nancy.verbruggen@hotmail.com', ''),
    'mats':     ('Mats', 'Goossens', '2A', 'griet.hendrickx@telenet.be', 'wim.goossens@gmail.com'),
    'sofia':    ('Sofia', 'Haddad', '6B', 'haddad.nadia@gmail.com', 'karim.haddad@proximus.be'),
    'hanne':    ('Hanne', 'Verlinden', '4A', 'verlinden.bruno@telenet.be', 'liesbeth.morren@gmail.com'),
    'lore':     ('Lore', 'Stassen', '4A', 'stassen.gezin@skynet.be', ''),
    'wannes':   ('Wannes', 'Coppens', '4A', 'dirk.coppens@hotmail.com', 'mieke.goris@telenet.be'),
    'ilias':    ('Ilias', 'Azzouzi', '5A', 'azzouzi.mustapha@gmail.com', 'latifa.azzouzi@hotmail.com'),
    'ahmed':    ('Ahmed', 'Bouzid', '6A', 'bouzid.rachida@gmail.com', ''),
    'seppe':    ('Seppe', 'Wuyts', '6C', 'jan.wuyts@sintpieterscollege.be', 'katleen.maris@telenet.be'),
    'febe':     ('Febe', 'Van Rompaey', '6B', 'vanrompaey.luc@telenet.be', 'marleen.dockx@gmail.com'),
    'tibo':     ('Tibo', 'Claessens', '6D', 'claessens.wim@proximus.be', 'sabine.pieters@gmail.com'),
    'jarne':    ('Jarne', 'Hendrickx', '6B', 'jarne.ouders@gmail.com', ''),
    'mauro':    ('Mauro', 'Vanhees', '2B', 'vanhees.kevin@telenet.be', 'sandra.lauwers@hotmail.com'),
    'amber':    ('Amber', 'Jacobs', '2B', 'ellen.jacobs@gmail.com', 'nico.jacobs@gmail.com'),
    'yasmine':  ('Yasmine', 'Bakkali', '2B', 'bakkali.omar@hotmail.com', ''),
    'tuur':     ('Tuur', 'Leemans', '2B', 'leemans.joris@telenet.be', 'eva.stroobants@gmail.com'),
    'oliwia':   ('Oliwia', 'Kowalska', '2B', 'marta.kowalska@gmail.com', ''),
    'ella':     ('Ella', 'Moons', '6A', 'moons.peter@telenet.be', 'griet.moons@gmail.com'),
    'jules':    ('Jules', 'Vandevelde', '6C', 'vandevelde.tom@skynet.be', 'karen.daems@gmail.com'),
    'lars':     ('Lars', 'Swinnen', '6D', 'swinnen.frank@telenet.be', ''),
    'aya':      ('Aya', 'Tahiri', '6A', 'tahiri.said@gmail.com', 'nadia.chakir@hotmail.com'),
    'stan':     ('Stan', 'Geuens', '6B', 'ilse.geuens@telenet.be', 'bart.geuens@gmail.com'),
    'marie':    ('Marie', 'Bollen', '6C', 'bollen.marc@telenet.be', 'veerle.nijs@gmail.com'),
    'ine':      ('Ine', 'Vervoort', '6D', 'ine.vervoort.ouders@gmail.com', ''),
    'lowie':    ('Lowie', 'Thys', '3B', 'thys.ouders@telenet.be', 'kathy.meeus@gmail.com'),
    'kato':     ('Kato', 'Roels', '1A', 'roels.stijn@gmail.com', 'eline.craps@telenet.be'),
    'ouderraad':('Merel', 'Lauwers', '1C', 'katrijn.lauwers@telenet.be', 'wim.lauwers@outlook.com'),
}

ORIGINS = {
    'flemish': dict(
        last=('Van Loon|Stessens|Verbeeck|Vandeput|Vanhoutte|Deprez|Baert|Van Hoof|Bosmans|Michiels|Cuypers|'
              'De Cock|Vanderstraeten|Coenen|Beckers|Smeets|Verheyen|Vangrunderbeek|Van Espen|Vandezande|'
              'Liekens|Deckers|Holvoet|Daelemans|Ceulemans|Schoofs|Van de Wiele|Putzeys|Heylen|Vanneste|'
              'Verstappen|Timmermans|Vanderlinden|Boogaerts|Wijnants|Rombouts|Van Roy|Vandenbosch|Dirckx|'
              'Vanhulle|Van Gorp|Bruynseels|Tielemans|Cornelis|Op de Beeck|Vermeiren|Van Dyck|Luyckx|'
              'Celis|Vanstraelen|Debruyne|Vanderhoydonck|Lambrecht|Nuyts|Sterckx|Van Ginderachter|Wouters-').split('|'),
        boys='Lars Arthur Louis Vic Mathis Senne Warre Kobe Bas Finn Matteo Rune Siebe Brent Thibo Lander Cas '
             'Nand Ferre Daan Gilles Noah Milo Otis Jef Mathias Simon Robin Jasper Tristan Louka Victor Jens '
             'Bram Wolf Hannes Toon'.split(),
        girls='Marie Lien Nina Juliette Fleur Axelle Elise Laure Roos Zoë Saar Amélie Lisa Yana Margot Luna '
              'Silke Tess Julie Camille Jitske Lise Noa Helena Paulien Estelle Sien Britt Lena Anouk Fran '
              'Jolien Wiebe Charlotte'.split(),
        fathers='Tom Bart Kristof Koen Wim Stijn Geert Kevin Joris Frank Peter Steven Filip Wouter Dieter '
                'Nico Jo Sven Gert Raf Hans Luc Erik'.split(),
        mothers='An Els Sofie Katleen Inge Veerle Tine Evelien Lieve Karen Ilse Leen Griet Joke Kathleen '
                'Valerie Nele Kim Heidi Sandra Liesbet Caroline Elke'.split()),
    'moroccan': dict(
        last='El Idrissi|Ouali|Boukhari|El Hamdaoui|Ait Ouali|Ben Ali|Zerouali|Lamrani|Amziane|Bouzerda|El Khattabi'.split('|'),
        boys='Adam Rayan Bilal Yassin Mohamed Anas Hamza Ilyas Ayoub Zakaria Othman'.split(),
        girls='Salma Rania Ikram Hiba Nisrine Soumaya Meryem Lina- Douae Hajar'.split(),
        fathers='Mohamed Abdel Rachid- Mustapha- Khalid Hicham Said Driss Brahim'.split(),
        mothers='Fatima- Naima Samira Latifa- Malika Nadia- Loubna Houda'.split()),
    'turkish': dict(
        last='Çelik|Öztürk|Arslan|Şahin|Doğan|Koç|Aksoy|Kılıç'.split('|'),
        boys='Emir Yusuf Burak Mert Efe Kaan Arda Berat'.split(),
        girls='Ecem Defne Ela Azra Melis Zehra Esma'.split(),
        fathers='Ahmet Mustafa Ali Hüseyin Osman Serkan İbrahim'.split(),
        mothers='Fatma Emine Hatice Derya Gül Sevgi Aylin'.split()),
    'polish': dict(
        last='Wozniak|Mazur|Krawczyk|Kaczmarek|Wójcik|Pawlak'.split('|'),
        boys='Kuba Szymon Jakub Antoni Mikołaj Wiktor'.split(),
        girls='Maja Julia Hanna Zuzanna Lena- Amelia'.split(),
        fathers='Piotr Marek Krzysztof Andrzej Łukasz'.split(),
        mothers='Anna Katarzyna Magdalena Joanna Monika'.split()),
    'congo': dict(
        last='Kabongo|Mukendi|Ilunga|Kalonji|Lukusa|Mbala|Kasongo'.split('|'),
        boys='Glody Exaucé Samuel David Christ Josué Gédéon'.split(),
        girls='Merveille Ruth Précieuse Gloria Bénédicte Naomi'.split(),
        fathers='Didier Serge Emmanuel Jean-Marie Olivier'.split(),
        mothers='Béatrice Josiane Mireille Clarisse Sylvie'.split()),
    'other': dict(
        last='Ferreira|Rossi|Popescu|Nguyen|Garcia|Petrov|Santos'.split('|'),
        boys='Tiago Luca Andrei Minh Diego Nikola'.split(),
        girls='Inês Giulia Ioana Linh Lucía Mila-'.split(),
        fathers='Paulo Marco Mihai Thanh Javier Ivan'.split(),
        mothers='Ana Chiara Elena Hoa Carmen Maria-'.split()),
}
for _o in ORIGINS.values():
    for _k in _o:
        _o[_k] = [x for x in _o[_k] if not x.endswith('-')]
DOMAINS = ['telenet.be', 'gmail.com', 'hotmail.com', 'skynet.be', 'proximus.be', 'outlook.com', 'gmail.com',
           'telenet.be']
CLASSES = ['%d%s' % (y, c) for y in range(1, 7) for c in 'ABCD']


def build_roster():
    rnd = random.Random(2027)
    pupils = []  # dicts
    used_names = set()
    used_mails = set()
    for k, (f, l, c, p1, p2) in KEY.items():
        pupils.append(dict(key=k, first=f, last=l, cls=c, p1=p1, p2=p2))
        used_names.add((f, l))
        used_mails.update(x for x in (p1, p2) if x)
    per_class = {c: sum(1 for p in pupils if p['cls'] == c) for c in CLASSES}
    target = {c: (13 if i % 2 == 0 else 12) for i, c in enumerate(CLASSES)}  # 300 in total
    families = []

    pools = {o: rnd.sample(d['last'], len(d['last'])) for o, d in ORIGINS.items()}

    def new_family(origin):
        d = ORIGINS[origin]
        if not pools[origin]:
            pools[origin] = rnd.sample(d['last'], len(d['last']))
        last = pools[origin].pop()
        dom = rnd.choice(DOMAINS)
        fa = rnd.choice(d['fathers'])
        mo = rnd.choice(d['mothers'])
        mlast = rnd.choice(ORIGINS['flemish']['last']) if origin == 'flemish' else last
        styles = [
            lambda: '%s.%s@%s' % (slugname(fa), slugname(last), dom),
            lambda: '%s.%s@%s' % (slugname(last), slugname(fa), dom),
            lambda: 'fam.%s@%s' % (slugname(last), dom),
            lambda: '%s%s@%s' % (slugname(fa)[0], slugname(last), dom),
        ]
        p1 = rnd.choice(styles)()
        if rnd.random() < 0.12:
            p2 = ''
        else:
            d2 = rnd.choice(DOMAINS)
            p2 = rnd.choice([
                '%s.%s@%s' % (slugname(mo), slugname(mlast), d2),
                '%s_%s@%s' % (slugname(mo), slugname(mlast), d2),
                '%s.%s%d@%s' % (slugname(mo), slugname(mlast), rnd.randint(70, 89), d2),
            ])
        if p2 and rnd.random() < 0.5:
            p1, p2 = p2, p1
        return last, p1, p2

    origins = ['flemish'] * 16 + ['moroccan'] * 3 + ['turkish'] + ['polish', 'congo', 'other']
    for c in CLASSES:
        while per_class[c] < target[c]:
            sib = None
            if families and rnd.random() < 0.13:
                sib = rnd.choice(families)
            if sib and sib['cls'][0] != c[0]:
                last, p1, p2, origin = sib['last'], sib['p1'], sib['p2'], sib['origin']
            else:
                origin = rnd.choice(origins)
                for _ in range(50):
                    last, p1, p2 = new_family(origin)
                    if p1 not in used_mails and p2 not in used_mails:
                        break
                used_mails.update(x for x in (p1, p2) if x)
            g = rnd.random() < 0.5
            first = rnd.choice(ORIGINS[origin]['girls' if g else 'boys'])
            if (first, last) in used_names:
                continue
            used_names.add((first, last))
            p = dict(key=None, first=first, last=last, cls=c, p1=p1, p2=p2, origin=origin)
            pupils.append(p)
            families.append(p)
            per_class[c] += 1
    pupils.sort(key=lambda p: (p['cls'], slugname(p['last']), slugname(p['first'])))
    for i, p in enumerate(pupils, 1):
        p['id'] = 'P%04d' % i
        p['mail'] = pupil_mail(p['first'], p['last'])
    return pupils


PUPILS = build_roster()
BYKEY = {p['key']: p for p in PUPILS if p['key']}
PARENT_OF = {}
for _p in PUPILS:
    for _a in (_p['p1'], _p['p2']):
        if _a:
            PARENT_OF.setdefault(_a.lower(), set()).add(_p['id'])


def write_roster():
    with open(os.path.join(OUT, 'roster.csv'), 'w', encoding='utf-8-sig', newline='') as f:
        f.write('Intern nummer;Voornaam;Naam;Klas;E-mailadres leerling;E-mailadres ouder 1;E-mailadres ouder 2\r\n')
        for p in sorted(PUPILS, key=lambda p: p['id']):
            f.write(';'.join([p['id'], p['first'], p['last'], p['cls'], p['mail'], p['p1'], p['p2']]) + '\r\n')


def fillers(cls, n, skip=()):
    """n non-key pupils of a class (deterministic), for lists."""
    out = [p for p in PUPILS if p['cls'] == cls and not p['key'] and p['id'] not in skip]
    return out[:n]

# --------------------------------------------------------------------------
# MIME helpers
# --------------------------------------------------------------------------

def _payload(text, charset, cte):
    data = text.encode(charset)
    if cte == 'quoted-printable':
        return quopri.encodestring(data).decode('ascii')
    if cte == 'base64':
        return base64.encodebytes(data).decode('ascii')
    if cte in ('8bit', '7bit'):
        return data.decode('ascii', 'surrogateescape')
    raise ValueError(cte)


def textpart(text, subtype='plain', charset='utf-8', cte='quoted-printable', fmt_flowed=False):
    m = Message()
    ct = 'text/%s; charset="%s"' % (subtype, charset)
    if fmt_flowed:
        ct += '; format=flowed'
    m['Content-Type'] = ct
    if cte == '8bit' and all(ord(ch) < 128 for ch in text):
        cte = '7bit'
    m['Content-Transfer-Encoding'] = cte
    m.set_payload(_payload(text, charset, cte))
    return m


def multipart(subtype, parts, boundary):
    m = Message()
    m['Content-Type'] = 'multipart/%s; boundary="%s"' % (subtype, boundary)
    m.set_payload(list(parts))
    m.preamble = None
    return m


def attachpart(filename, ctype, data, cte=None):
    m = Message()
    if isinstance(data, str):
        if ctype.startswith('text/'):
            m['Content-Type'] = '%s; charset="utf-8"; name="%s"' % (ctype, filename)
            m['Content-Disposition'] = 'attachment; filename="%s"' % filename
            m['Content-Transfer-Encoding'] = cte or 'quoted-printable'
            m.set_payload(_payload(data, 'utf-8', cte or 'quoted-printable'))
            return m
        data = data.encode('utf-8')
    m['Content-Type'] = '%s; name="%s"' % (ctype, filename)
    m['Content-Disposition'] = 'attachment; filename="%s"' % filename
    m['Content-Transfer-Encoding'] = 'base64'
    m.set_payload(base64.encodebytes(data).decode('ascii'))
    return m


LIST_RE = re.compile(r'^\s*([-*\u2022>|]|\d+[.)]\s|[a-z][.)]\s)')


def unwrap(text):
    """join hard-wrapped prose lines (my source lines of ~100+ chars) into one line per paragraph"""
    out = []
    for ln in text.split('\n'):
        if (out and len(out[-1]) >= 68 and ln.strip() and not LIST_RE.match(ln) and not ln.startswith(' ')
                and not out[-1].startswith('>') and not LIST_RE.match(out[-1][:3]) or
                (out and len(out[-1]) >= 68 and ln.strip() and out[-1].lstrip().startswith(('-', '*'))
                 and not LIST_RE.match(ln) and ln.startswith('  ') and False)):
            out[-1] = out[-1].rstrip() + ' ' + ln.strip()
        else:
            out.append(ln)
    return '\n'.join(out)


def wrap(text, width=72):
    import textwrap
    out = []
    for ln in unwrap(text).split('\n'):
        if len(ln) > width and not ln.startswith('>') and '|' not in ln:
            ind = re.match(r'^(\s*(?:[-*]\s+)?)', ln).group(1)
            out.extend(textwrap.wrap(ln, width, subsequent_indent=' ' * len(ind), break_long_words=False,
                                     break_on_hyphens=False))
        else:
            out.append(ln)
    return '\n'.join(out)


def text_to_html(text, outlook=True):
    """Plain text -> simple (Outlook-like) HTML. Lines starting with '>' become blockquotes,
    lines with '|' separated cells become tables."""
    out = []
    lines = unwrap(text).split('\n')
    i = 0
    def cell(s):
        return html.escape(s.strip(), quote=False)
    while i < len(lines):
        ln = lines[i]
        if ln.startswith('>'):
            q = []
            while i < len(lines) and lines[i].startswith('>'):
                q.append(lines[i][1:].lstrip(' ') if lines[i].startswith('> ') else lines[i][1:])
                i += 1
            out.append('<blockquote style="border-left:1px solid #ccc;margin:0 0 0 .8ex;padding-left:1ex">'
                       + text_to_html('\n'.join(q), outlook=False) + '</blockquote>')
            continue
        if ln.count('|') >= 2 and ln.strip().startswith('|'):
            rows = []
            while i < len(lines) and lines[i].strip().startswith('|'):
                r = lines[i].strip()
                if not set(r) <= set('|-: '):
                    rows.append([c for c in r.strip('|').split('|')])
                i += 1
            t = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="4" '
                 'style="border-collapse:collapse;border:none">']
            for ri, r in enumerate(rows):
                tag = 'th' if ri == 0 else 'td'
                t.append('<tr>' + ''.join('<%s style="border:solid windowtext 1.0pt;padding:0 5.4pt">'
                                          '<p class="MsoNormal">%s</p></%s>' % (tag, cell(c), tag) for c in r)
                         + '</tr>')
            t.append('</table>')
            out.append('\n'.join(t))
            continue
        if ln.strip() == '':
            out.append('<p class="MsoNormal">&nbsp;</p>' if outlook else '<br>')
        else:
            s = html.escape(ln, quote=False)
            s = re.sub(r'^( +)', lambda mm: '&nbsp;' * len(mm.group(1)), s)
            out.append('<p class="MsoNormal">%s</p>' % s if outlook else s + '<br>')
        i += 1
    return '\n'.join(out)


def outlook_html(text):
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
            '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;'
            'font-family:"Calibri",sans-serif;}\n--></style>\n</head>\n'
            '<body lang="NL-BE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + text_to_html(text) + '\n</div>\n</body>\n</html>\n')


def gmail_html(text):
    return ('<div dir="ltr">' + text_to_html(text, outlook=False) + '</div>\n')


def text_table(rows):
    """rows -> '| a | b |' lines (text_to_html turns these into a table)"""
    return '\n'.join('| ' + ' | '.join(r) + ' |' for r in rows)

# --------------------------------------------------------------------------
# Mail registry
# --------------------------------------------------------------------------

MAILS = []


def D(s, tz='+0100'):
    """'2025-01-09 14:03' -> RFC 5322 date with the right weekday"""
    import datetime
    dt = datetime.datetime.strptime(s, '%Y-%m-%d %H:%M')
    days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
    mons = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
    sec = (dt.minute * 7 + dt.hour * 13) % 60
    return '%s, %02d %s %d %02d:%02d:%02d %s' % (days[dt.weekday()], dt.day, mons[dt.month - 1], dt.year,
                                                dt.hour, dt.minute, sec, tz)

# staff
DIR = 'Marc Vandenberghe <marc.vandenberghe@sintpieterscollege.be>'
ADJ = 'Veerle Pauwels <veerle.pauwels@sintpieterscollege.be>'
SEC = 'Hilde Coppens <hilde.coppens@sintpieterscollege.be>'
SECR = 'Leerlingensecretariaat SPC Wilsele <secretariaat@sintpieterscollege.be>'
BOEK = 'Jan Wuyts <jan.wuyts@sintpieterscollege.be>'
PERS = 'Mieke Raes <mieke.raes@sintpieterscollege.be>'
ICT = 'Stijn Jacobs <stijn.jacobs@sintpieterscollege.be>'
LB1 = 'Leen Verstraeten <leen.verstraeten@sintpieterscollege.be>'
LB2 = 'Karim Benali <karim.benali@sintpieterscollege.be>'
ZORG = 'Griet Mertens <griet.mertens@sintpieterscollege.be>'
CLB = 'Evi Van Hove <evi.vanhove@clb-leuven.be>'
CLBARTS = 'Dr. Sophie Geerts <sophie.geerts@clb-leuven.be>'
T = {
    '1A': 'Sarah Daems <sarah.daems@sintpieterscollege.be>',
    '1B': 'Tim Willems <tim.willems@sintpieterscollege.be>',
    '2A': 'Lies Goedhuys <lies.goedhuys@sintpieterscollege.be>',
    '2B': 'Koen Luyten <koen.luyten@sintpieterscollege.be>',
    '2C': 'Annelies Bogaerts <annelies.bogaerts@sintpieterscollege.be>',
    '2D': 'Joke Verhaegen <joke.verhaegen@sintpieterscollege.be>',
    '3A': 'Pieter Segers <pieter.segers@sintpieterscollege.be>',
    '3B': 'Ellen Smolders <ellen.smolders@sintpieterscollege.be>',
    '3C': 'Ruben Aerts <ruben.aerts@sintpieterscollege.be>',
    '3D': 'Jolien Van Loock <jolien.vanloock@sintpieterscollege.be>',
    '4A': 'Bram Stevens <bram.stevens@sintpieterscollege.be>',
    '4B': 'Nele Vanhoof <nele.vanhoof@sintpieterscollege.be>',
    '4C': 'Dries Wellens <dries.wellens@sintpieterscollege.be>',
    '4D': 'Youssef El Amrani <youssef.elamrani@sintpieterscollege.be>',
    '5A': 'Ann Maes <ann.maes@sintpieterscollege.be>',
    '5B': 'Kristel Jorissen <kristel.jorissen@sintpieterscollege.be>',
    '5C': 'Hanne Boon <hanne.boon@sintpieterscollege.be>',
    '5D': 'Filip Vos <filip.vos@sintpieterscollege.be>',
    '6A': 'Wim Geens <wim.geens@sintpieterscollege.be>',
    '6B': 'Isabelle Dumont <isabelle.dumont@sintpieterscollege.be>',
    '6C': 'Tine Schreurs <tine.schreurs@sintpieterscollege.be>',
    '6D': 'Guy Lambrechts <guy.lambrechts@sintpieterscollege.be>',
}
KEUKEN = 'Rudy Vangeel <rudy.vangeel@sintpieterscollege.be>'
LO = 'Jens Moreels <jens.moreels@sintpieterscollege.be>'
BIB = 'Chris Van Acker <chris.vanacker@sintpieterscollege.be>'
HELP = 'Bert Hoste <bert.hoste@sintpieterscollege.be>'

SCHOOL_TEL = '016 24 18 90'
ADRES = 'Sint-Pieterscollege campus Wilsele\nKapelstraat 12, 3012 Wilsele'


def sig(name, role, tel=None, mail=None, web=True):
    s = '\n%s\n%s\n%s' % (name, role, ADRES)
    if tel:
        s += '\nT ' + tel
    if mail:
        s += '\n' + mail
    if web:
        s += '\nwww.sintpieterscollege.be'
    return s


def quote(text, prefix='> ', width=74):
    text = wrap(text, width) if width else text
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.strip('\n').split('\n'))



def M(slug, **kw):
    kw['slug'] = slug
    MAILS.append(kw)


def addr_list(v):
    if not v:
        return []
    if isinstance(v, str):
        v = [v]
    return v


def emails_of(v):
    return [a.lower() for _, a in getaddresses(addr_list(v))]


def is_school(a):
    dom = a.split('@')[-1].lower()
    return any(dom == d or dom.endswith('.' + d) for d in SCHOOL_DOMAINS)


GROUP_RE = re.compile(r'^(ouders|leerlingen|personeel|klas|vakgroep|leerkrachten|klassenraad)[-@]')


def is_group(a):
    return is_school(a) and bool(GROUP_RE.match(a.split('@')[0] + '@'))

# --------------------------------------------------------------------------
# Builder
# --------------------------------------------------------------------------

CTE = {'qp': 'quoted-printable', 'b64': 'base64', '8bit': '8bit'}


def body_part(m, n):
    text = m['body']
    kind = m.get('kind', 'plain')
    cs = m.get('charset', 'utf-8')
    cte = CTE[m.get('cte', 'qp')]
    if kind == 'plain':
        if m.get('wrap', 72):
            text = wrap(text, m.get('wrap', 72))
        return textpart(text, 'plain', cs, cte, fmt_flowed=m.get('flowed', False))
    style = m.get('style', 'outlook')
    h = m.get('html') or (outlook_html(text) if style == 'outlook' else gmail_html(text))
    if kind == 'html':
        return textpart(h, 'html', cs, cte)
    if kind == 'alt':
        plain = m.get('plain', unwrap(text))
        return multipart('alternative', [textpart(plain, 'plain', cs, cte), textpart(h, 'html', cs, cte)],
                         '----=_NextPart_027_%03d_ALT' % n)
    raise ValueError(kind)


def set_addr_header(msg, name, value):
    vals = addr_list(value)
    if not vals:
        return
    out = []
    for disp, a in getaddresses(vals):
        out.append(formataddr((disp, a), charset='utf-8') if disp else a)
    msg[name] = ', '.join(out)


def enc_hdr(v):
    if all(ord(c) < 128 for c in v):
        return v
    return Header(v, 'utf-8').encode()


def build_message(m, n, inner=False):
    part = body_part(m, n)
    extras = []
    if m.get('rfc822'):
        extras.append(MIMEMessage(build_message(m['rfc822'], n * 10 + 1, inner=True)))
    for fn, ctype, data in m.get('attach', []):
        extras.append(attachpart(fn, ctype, data))
    if extras:
        msg = multipart('mixed', [part] + extras, '----=_NextPart_027_%03d_MIX' % n)
    else:
        msg = part
    hdr = Message()
    hdr['Date'] = m['date']
    set_addr_header(hdr, 'From', m['frm'])
    set_addr_header(hdr, 'To', m.get('to') or 'undisclosed-recipients:;')
    set_addr_header(hdr, 'Cc', m.get('cc'))
    hdr['Subject'] = enc_hdr(m['subj'])
    mid_dom = m.get('mid_dom') or (getaddresses([m['frm']])[0][1].split('@')[-1])
    hdr['Message-ID'] = '<%s.%s@%s>' % (m['slug'].replace('-', '.'), 'b27', mid_dom)
    if m.get('in_reply_to'):
        hdr['In-Reply-To'] = m['in_reply_to']
        hdr['References'] = m['in_reply_to']
    for k, v in m.get('headers', []):
        hdr[k] = v
    if m.get('kind') == 'alt' and m.get('style', 'outlook') == 'outlook':
        hdr['Content-Language'] = {'nl': 'nl-BE', 'en': 'en-GB', 'fr': 'fr-BE'}[m.get('lang', 'nl')]
    hdr['MIME-Version'] = '1.0'
    for k, v in msg.items():
        hdr[k] = v
    hdr._payload = msg._payload
    hdr.preamble = None
    return hdr


def yq(s):
    return '"' + str(s).replace('\\', '\\\\').replace('"', '\\"') + '"'


PHONE_RE = re.compile(r'(?<![\d\w])(?:\+32|0032|\+31|0)\s?\(?0?\)?\s?[1-9](?:[\s./-]?\d){7,8}(?!\d)')
IBAN_RE = re.compile(r'\b(BE|NL)\d{2}\s?(?:[A-Z0-9]{4}\s?){3}')
RRN_RE = re.compile(r'\b\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}\b')


def alltext(m):
    parts = [m['subj'], m['body'], m.get('html') or '', m.get('plain') or '']
    for fn, ct, data in m.get('attach', []):
        if isinstance(data, str):
            parts.append(data)
    if m.get('rfc822'):
        parts.append(alltext(m['rfc822']))
    return '\n'.join(parts)


def check(m, fname, problems):
    rules = m['rules']
    frm = getaddresses([m['frm']])[0][1].lower()
    mail_from = (m.get('mail_from') or frm).lower()
    to, cc, bcc = emails_of(m.get('to')), emails_of(m.get('cc')), emails_of(m.get('bcc'))
    vis = to + cc
    ext_vis = [a for a in vis if not is_school(a)]
    grp_vis = [a for a in vis if is_group(a)]
    want_bcc = len(ext_vis) > 1 or bool(grp_vis)
    if want_bcc != ('bcc' in rules):
        problems.append('%s: bcc label mismatch (ext=%s grp=%s)' % (fname, ext_vis, grp_vis))
    priv = not is_school(mail_from) or m.get('fwd_private')
    if bool(priv) != ('private_account' in rules):
        problems.append('%s: private_account mismatch' % fname)
    txt = alltext(m)
    pd = bool(PHONE_RE.search(txt) or IBAN_RE.search(txt) or RRN_RE.search(txt) or m.get('dob'))
    if pd != ('personal_data' in rules):
        problems.append('%s: personal_data mismatch (found=%s) %s' % (
            fname, pd, (PHONE_RE.search(txt) or IBAN_RE.search(txt) or RRN_RE.search(txt) or [''])[0]))
    if ('sensitive' in rules) != bool(m.get('cats')):
        problems.append('%s: sensitive/cats mismatch' % fname)
    about = [BYKEY[k]['id'] for k in m.get('about', [])]
    rc = to + cc + bcc
    parent_rcpts = [a for a in rc if a in PARENT_OF]
    own = set()
    for k in m.get('about', []):
        p = BYKEY[k]
        own.update(x.lower() for x in (p['p1'], p['p2']) if x)
        if p['first'] not in txt and p['first'][0] + '.' not in txt:
            problems.append('%s: pupil %s not named' % (fname, k))
    if m.get('mis'):
        if not parent_rcpts or any(a in own for a in rc):
            problems.append('%s: misdirected but rcpt %s own %s' % (fname, rc, own))
    else:
        for a in parent_rcpts:
            if about and a not in own and not is_school(a):
                problems.append('%s: parent %s not of about pupils' % (fname, a))
    # every external parent-looking address in rcpt must be in the roster unless declared external
    for a in rc:
        if (a.split('@')[-1] in set(DOMAINS) and a not in PARENT_OF and a not in m.get('ext_ok', [])
                and a != mail_from):
            problems.append('%s: external rcpt %s not in roster (add to ext_ok)' % (fname, a))
    return dict(rules=rules, about=about, mail_from=mail_from, rcpt=rc)


def main():
    write_roster()
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    order = list(range(len(MAILS)))
    random.Random(27).shuffle(order)
    problems = []
    labels = []
    slugs = set()
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        assert m['slug'] not in slugs, m['slug']
        slugs.add(m['slug'])
        fname = '%03d-%s.eml' % (n, m['slug'])
        msg = build_message(m, n)
        buf = io.BytesIO()
        BytesGenerator(buf, policy=policy.compat32.clone(linesep='\r\n'), mangle_from_=False).flatten(msg)
        data = buf.getvalue()
        data = re.sub(rb'(?<!\r)\n', b'\r\n', data)
        with open(os.path.join(OUT, fname), 'wb') as f:
            f.write(data)
        info = check(m, fname, problems)
        fmt = [m.get('kind', 'plain')] + list(m.get('tags', []))
        cte = m.get('cte', 'qp')
        fmt.append({'qp': 'quoted-printable', 'b64': 'base64', '8bit': '8bit'}[cte])
        if m.get('charset', 'utf-8') != 'utf-8':
            fmt.append(m['charset'])
        if m.get('attach'):
            fmt.append('attachment')
        if m.get('rfc822'):
            fmt.append('message-rfc822')
        lines = ['%s:' % fname,
                 '  rules: [%s]' % ', '.join(info['rules'])]
        if m.get('cats'):
            lines.append('  categories: {sensitive: [%s]}' % ', '.join(m['cats']))
        lines += ['  mail_from: %s' % info['mail_from'],
                  '  rcpt: [%s]' % ', '.join(info['rcpt']),
                  '  about: [%s]' % ', '.join(info['about']),
                  '  misdirected: %s' % ('true' if m.get('mis') else 'false'),
                  '  note: %s' % yq(m['note']),
                  '  lang: %s' % m.get('lang', 'nl'),
                  '  format: [%s]' % ', '.join(fmt)]
        labels.append('\n'.join(lines))
    with open(os.path.join(OUT, 'labels.yaml'), 'w', encoding='utf-8') as f:
        f.write('# batch27 -- Sint-Pieterscollege campus Wilsele (blind labelled mail)\n')
        f.write('\n'.join(labels) + '\n')
    for p in problems:
        print('CHECK:', p)
    print('%d mails, %d pupils, %d problems' % (len(MAILS), len(PUPILS), len(problems)))

# ==========================================================================
# A. Mails that hand over a credential
# ==========================================================================

M('welkom-accounts-interim',
  date=D('2025-01-06 07:48'), frm=ICT, to='Jasmien Cools <jasmien.cools@sintpieterscollege.be>',
  subj='Welkom + je accounts',
  body='''Dag Jasmien,

Welkom op campus Wilsele! Hieronder je gegevens om te starten, je account staat sinds vanochtend actief.

Smartschool: https://spcwilsele.smartschool.be
gebruikersnaam: jasmien.cools
tijdelijk paswoord: Kapel-Wilsele-4827

Office 365 (mail, Teams): jasmien.cools@sintpieterscollege.be met hetzelfde tijdelijke paswoord. Bij de eerste
aanmelding moet je het wijzigen en de Authenticator-app instellen, hou je gsm dus bij de hand.

Printen gaat sinds deze week met het nieuwe systeem: badge of pincode aan de printer. Je badge krijg je bij
Hilde op het secretariaat, tot dan kan je je pincode gebruiken: 7314.

Als er iets niet lukt: ik zit in lokaal A012 naast het secretariaat.

Groetjes
Stijn
ICT-coördinator
''',
  cte='qp', rules=['password'], note='ICT gives a new interim teacher her temporary Smartschool/O365 password and printer PIN', lang='nl')

M('klaslaptops-3de-jaar',
  date=D('2025-01-08 12:31'), frm=ICT,
  to=[T['3A'], T['3B'], T['3C'], T['3D']],
  subj='Gedeelde klaslaptops 3de jaar (kar 3) - logins',
  body='''Beste klastitularissen van het 3de jaar,

Vanaf maandag staat laptopkar 3 op de gang van blok C (naast C104). Elke klas heeft een eigen klasaccount, de
leerlingen melden op deze toestellen dus NIET aan met hun eigen Smartschool-account.

| Klas | Laptops | Gebruiker | Wachtwoord |
| 3A | vak 1 - 14 | klas3a | Madeliefje-3A |
| 3B | vak 1 - 14 | klas3b | Zonnebloem-3B |
| 3C | vak 15 - 28 | klas3c | Klaproos-3C |
| 3D | vak 15 - 28 | klas3d | Paardenbloem-3D |

Graag mondeling doorgeven en niet op het bord of op een post-it op de kar ;-)
De laptops na gebruik terug aan de lader hangen, anders zijn ze het volgende lesuur leeg.

Mvg
Stijn
''',
  kind='alt', tags=['table'], cte='qp', rules=['password'],
  note='ICT mails the shared class-laptop account passwords of four classes to the class teachers (table)', lang='nl')

M('coaccount-wout-papa',
  date=D('2025-01-10 10:05'), frm=SEC, to='Dirk Janssens <dirk.janssens@telenet.be>',
  subj='Co-account Smartschool Wout Janssens',
  body='''Geachte heer Janssens,

Op het oudercontact van gisteren vroeg u een eigen co-account voor Wout, zodat u niet meer via het account van
uw partner moet aanmelden. Dat is in orde.

Platform: https://spcwilsele.smartschool.be
Gebruikersnaam: wout.janssens (dezelfde als die van Wout)
Wachtwoord co-account 2: Tm7!qRp2wx

Bij de eerste aanmelding vraagt Smartschool om zelf een nieuw wachtwoord te kiezen. Vergeet daarna niet uw
e-mailadres te controleren onder "Profiel", dan ontvangt u ook de meldingen.

Met vriendelijke groeten
''' + sig('Hilde Coppens', 'Leerlingensecretariaat', SCHOOL_TEL),
  cte='qp', rules=['password', 'personal_data'], about=['wout'],
  note="secretariat sends the stepfamily father (Wout's own father, ouder 2) his co-account password; correctly addressed",
  lang='nl')

M('coaccount-lina-verkeerde-vermeulen',
  date=D('2025-01-13 14:22'), frm=SEC, to='bert.vermeulen@telenet.be',
  subj='RE: wachtwoord co-account',
  body='''Geachte heer Vermeulen,

Zoals u daarnet telefonisch vroeg, hebben we het wachtwoord van uw co-account bij het account van Lina opnieuw
ingesteld.

Gebruikersnaam: lina.vermeulen
Nieuw wachtwoord: Lv-2025-hxq8

U kan het na aanmelding zelf wijzigen via "Profiel" > "Wachtwoord wijzigen". Het rapport van december staat
onder "Skore" > "Rapporten".

Met vriendelijke groeten

Hilde Coppens
leerlingensecretariaat
''',
  kind='alt', style='outlook', cte='qp', rules=['password'], about=['lina'], mis=True,
  note="co-account reset for Lina Vermeulen (3B) meant for her father Bart; autocomplete chose Bert Vermeulen, father of Ruben (5C)",
  lang='nl')

M('printcode-koen',
  date=D('2025-01-07 08:02'), frm=ICT, to=T['2B'],
  subj='je badge',
  body='''Koen,
je badge stond nog niet gekoppeld aan het nieuwe printsysteem, daarom werd hij niet herkend. Is nu in orde.
Tot je badge werkt kan je aan de printer kiezen voor "PIN" en 0592 ingeven.
Stijn
''',
  cte='8bit', rules=['password'], note='ICT gives a teacher his printer PIN in a two-line mail', lang='nl')

_pins = [('fien', '2231'), ('mauro', '8804'), ('amber', '1597'), ('yasmine', '6620'), ('tuur', '3148'),
         ('oliwia', '9072')]
M('printcodes-2b-csv',
  date=D('2025-01-09 16:40'), frm=ICT, to=T['2B'],
  subj='Pincodes printen 2B (leerlingen zonder kaart)',
  body='''Hoi Koen,

Zes leerlingen van 2B hebben hun leerlingenkaart nog niet terug van de fotograaf, dus die kunnen enkel met een
pincode printen. De lijst zit in bijlage (csv, opent in Excel).

Zou jij die morgen in de klas kunnen meegeven? Liefst op een briefje per leerling, niet projecteren aub.

Dank je!
Stijn
''',
  attach=[('pincodes_2B.csv', 'text/csv',
           'klas;voornaam;naam;pincode printer\r\n' + ''.join(
               '2B;%s;%s;%s\r\n' % (BYKEY[k]['first'], BYKEY[k]['last'], pin) for k, pin in _pins))],
  cte='qp', rules=['password'], about=[k for k, _ in _pins],
  note='CSV attachment with the printer PINs of six named pupils, sent to their class teacher', lang='nl')

M('badge-cnc-sami',
  date=D('2025-01-14 13:15'), frm=T['6D'], to=BYKEY['sami']['mail'],
  subj='badge CNC-lokaal',
  body='''Dag Sami,

Je badge is geactiveerd voor het CNC-lokaal (D014). Aan de deur hou je je badge tegen de lezer en tik je
daarna 8812 in. Je mag er alleen binnen tijdens de lesuren praktijk of als meneer Vos of ik erbij zijn.
De code is persoonlijk, dus niet doorgeven aan je klasgenoten, we zien in het systeem wie binnenkomt.

Meneer Lambrechts
''',
  cte='qp', rules=['password'], about=['sami'],
  note='workshop head gives a pupil his personal door code for the CNC room', lang='nl')

M('alarmcode-atelier',
  date=D('2025-01-16 17:52'), frm=T['6D'], to=T['5D'],
  subj='alarm atelier',
  body='''Filip,

vanaf morgen nieuwe alarmcode atelier blok D: 2580 en dan OFF. De oude (1966) werkt niet meer, die firma
heeft alles gereset na het valse alarm van dinsdag.
Als je 's avonds als laatste buitengaat: eerst het achterste rolluik dicht, anders gaat hij af.

Gr
Guy
''',
  cte='8bit', rules=['password'], note='colleague to colleague: new alarm code of the workshop', lang='nl')

M('wifi-ouderraad-oudercontact',
  date=D('2025-01-08 09:20'), frm=SEC, to='Katrijn Lauwers <katrijn.lauwers@telenet.be>',
  subj='wifi voor jullie standje morgen',
  body='''Dag Katrijn,

Voor de bancontact-terminal van jullie koffiestand op het oudercontact morgen: het gastnetwerk heet SPC-Gast,
de sleutel is Koffie&Koekjes2025 (met hoofdletters en de &). Het bereik is goed in de refter en de aula,
in de gang naar blok B valt het soms weg.

Tafels en verlengkabels staan klaar vanaf 15u.

Groetjes
Hilde
''',
  kind='alt', style='outlook', cte='qp', rules=['password'], about=[],
  note="secretariat gives the parents' association chair the guest Wi-Fi key for the parents' evening", lang='nl')

_fwd_arne = '''---------- Doorgestuurd bericht ---------
Van: Leerlingensecretariaat SPC Wilsele <secretariaat@sintpieterscollege.be>
Date: vr 10 jan 2025 om 11:02
Subject: Co-account 2 Arne Dewulf
To: Ann Maes <ann.maes@sintpieterscollege.be>


Beste ouder,

Op uw vraag werd een tweede co-account aangemaakt bij het account van Arne Dewulf (5B).

Gebruikersnaam: arne.dewulf
Wachtwoord co-account 2: Dewulf#5B-kw83

Het wachtwoord moet bij de eerste aanmelding gewijzigd worden.

Vriendelijke groeten
Leerlingensecretariaat
'''
M('fwd-coaccount-arne-papa',
  date=D('2025-01-10 20:14'), frm='Ann Maes <ann.maes@sintpieterscollege.be>', to='pieter.dewulf@proximus.be',
  subj='Fwd: Co-account 2 Arne Dewulf',
  body='''Pieter, hier het paswoord voor jouw eigen co-account van Arne, dan kan je zelf zijn rapport bekijken
en moet je niet altijd mijn gsm pakken :-)
x Ann

''' + _fwd_arne,
  kind='alt', style='gmail', tags=['forward'], cte='qp', rules=['password'], about=['arne'],
  note="teacher who is Arne's mother forwards the co-account password to Arne's father (ouder 2); correctly addressed",
  lang='nl')

M('rijbewijs-elearning-login',
  date=D('2025-01-29 15:10'), frm=T['4A'], to=T['4A'],
  bcc=['klas-6a@sintpieterscollege.be', 'klas-6b@sintpieterscollege.be', 'klas-6c@sintpieterscollege.be',
       'klas-6d@sintpieterscollege.be'],
  subj='Cursus theoretisch rijexamen: login oefenplatform',
  body='''Beste deelnemers aan de cursus theorie rijbewijs B,

De eerste les is woensdag 5 februari om 13u in de aula. Tot dan kunnen jullie al oefenen op het
e-learningplatform van de rijschool:

  adres: www.rijschool-leuvennoord.be/e-learning
  schoolcode: SPCW25
  paswoord: Voorrang-Rechts!

Dat paswoord is voor iedereen hetzelfde; na de eerste keer maak je een eigen profiel aan met je schoolmail.
Wie nog niet betaald heeft (35 euro, via de schoolrekening): dat komt vanzelf op de rekening van maart.

Tot woensdag,
Meneer Stevens
''',
  cte='qp', rules=['password'],
  note='the shared password of the driving-theory e-learning platform to all 6th-year classes (group addresses in Bcc)',
  lang='nl')

M('keuken-prikklok-elif',
  date=D('2025-02-18 11:47'), frm=KEUKEN, to=BYKEY['elif']['mail'],
  subj='Vakantiejob paasvakantie - start',
  body='''Hallo Elif,

Fijn dat je in de paasvakantie komt helpen in de keuken voor de sportkampen. Je start maandag 7 april om 7u30,
ingang via de leveranciersdeur achteraan (niet via de hoofdingang, die is dicht in de vakantie).

Aan de prikklok tik je je personeelsnummer 90417 en daarna je pincode 3395. Vergeet niet te prikken als je
middagpauze neemt.

Meebrengen: gesloten schoenen met antislipzool, haar in een staart. Schort en haarnetje krijg je van ons.

Tot dan!
Rudy Vangeel
chef grootkeuken
''',
  cte='qp', rules=['password'], about=['elif'],
  note="kitchen chef gives a pupil with a holiday job her personal time-clock PIN", lang='nl')

M('berlijn-boekingsportaal',
  date=D('2025-02-03 21:33'), frm=T['6A'], to=T['6B'],
  subj='kamerlijst Berlijn in portaal',
  body='''Isabelle,

kan jij de kamerverdeling ingeven in het portaal van het reisbureau? Ik geraak er deze week niet aan
(klassenraden 6de en die stage-evaluaties).

https://groepen.reizen-hageland.be
login: spc-wilsele-berlijn
ww: Spree2025!x

Deadline vrijdag. De jongens van 6D willen absoluut niet bij 6A, succes ermee :-)

Wim
''',
  cte='qp', rules=['password'], note='trip organiser shares the travel-agency portal login with the co-organiser', lang='nl')

M('en-coaccount-oliver',
  date=D('2025-01-08 19:02'), frm=T['3A'], to='Sarah Bennett <sarah.bennett.leuven@gmail.com>',
  subj='Re: Smartschool login - Oliver Bennett 3A',
  in_reply_to='<CAF7x3mQ0liver.b27@mail.gmail.com>',
  body='''Dear Mrs Bennett,

I'm sorry you couldn't log in before tomorrow's parents' evening. Our secretary has reset your parent
(co-)account this afternoon:

Username: oliver.bennett
New password: Bennett-3A-7741

You will be asked to choose a new password the first time you log in. The December report is under
"Skore" > "Reports". I'll have a printed copy with me tomorrow as well, just in case.

See you at 18:40.

Kind regards,
Pieter Segers
form tutor 3A

On Wed 8 Jan 2025 at 13:15, Sarah Bennett <sarah.bennett.leuven@gmail.com> wrote:
''' + quote('''Dear Mr Segers,

I'm trying to log in to Smartschool to look at Oliver's report before our meeting tomorrow, but it keeps
saying my password is wrong. Oliver says his own login works fine. Could someone help? My Dutch is not good
enough to follow the instructions on the help page, sorry.

Best wishes,
Sarah Bennett'''),
  kind='alt', style='gmail', tags=['reply'], cte='qp', rules=['password'], about=['oliver'],
  note="class teacher replies to an English-speaking mother with her reset co-account password", lang='en')

M('vakgroep-wiskunde-platform',
  date=D('2024-12-04 16:05'), frm=T['5C'], to=T['5C'], bcc='vakgroep-wiskunde@sintpieterscollege.be',
  subj='Oefenplatform: gedeelde vakgroepaccount',
  body='''Dag collega's,

Zoals afgesproken op de vakgroepvergadering hebben we voor de rest van het schooljaar een schoollicentie op
het oefenplatform. Jullie eigen leerkrachtaccount komt er pas na de kerstvakantie; tot dan kunnen jullie de
gedeelde vakgroepaccount gebruiken om oefenreeksen klaar te zetten:

  gebruiker: vakgroep.wiskunde@spc
  wachtwoord: Thales#Wilsele24

Niet de leerlingenlijsten aanpassen met deze account aub, dat doet Stijn via de koppeling met Smartschool.

Groetjes
Hanne
''',
  cte='8bit', rules=['password'], note='teacher shares the maths department shared account password (group in Bcc)',
  lang='nl')

M('deurcode-zijingang',
  date=D('2025-01-10 12:00'), frm=ADJ, to=ADJ, bcc='personeel@sintpieterscollege.be',
  subj='Nieuwe code zij-ingang Kapelstraat',
  body='''Beste collega's,

Na de inbraakpoging in de kerstvakantie wordt de code van de zij-ingang aan de Kapelstraat gewijzigd.
Vanaf maandag 13 januari is de code: 1973*

Gelieve de code niet door te geven aan leerlingen, ouders of externen (ook niet aan de sportclubs die 's avonds
de sporthal huren, die krijgen een badge). Bij twijfel: secretariaat.

Vriendelijke groet
Veerle Pauwels
adjunct-directeur
''',
  kind='alt', style='outlook', cte='qp', rules=['password'],
  note='deputy head mails the new door code of the side entrance to all staff (personeel@ in Bcc)', lang='nl')

_html_helper = '''<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Hoi Bert,</p>
<p>Voor het herinstalleren van de laptops van kar 1 en 2 morgen heb je de lokale beheerdersaccount nodig
(de image vraagt die bij de eerste start):</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>account</b></td><td>.\\beheer</td></tr>
<tr><td><b>wachtwoord</b></td><td>Wilsele-Adm1n-25</td></tr>
<tr><td><b>image</b></td><td>SPC-W11-2501 (op de USB-stick in de kast van A012)</td></tr>
</table>
<p>Niet gebruiken op de pc's van het secretariaat, die hebben een ander wachtwoord.</p>
<p>Merci!<br>Stijn</p>
<p style="color:#666">Stijn Jacobs | ICT-co&ouml;rdinator<br>Sint-Pieterscollege campus Wilsele<br>
Kapelstraat 12, 3012 Wilsele<br>T 016 24 18 93</p>
</body></html>
'''
M('lokale-admin-laptops',
  date=D('2025-01-20 15:36'), frm=ICT, to=HELP,
  subj='lokale admin kar 1 en 2',
  body=_html_helper, html=_html_helper, kind='html', cte='b64', rules=['password', 'personal_data'],
  note='ICT gives the ICT helper the local administrator password of the class laptops (HTML table, base64)',
  lang='nl')

M('printserver-leverancier',
  date=D('2025-01-07 10:12'), frm=ICT, to='PrintPoint support <support@printpoint.be>',
  subj='Ticket 25-00131 - badges niet herkend op 2 toestellen',
  body='''Goeiemorgen,

Naar aanleiding van ons telefoontje: op de toestellen in blok B (serienummers eindigend op 4471 en 4472)
worden de leerlingenbadges niet herkend, de personeelsbadges wel.

Zodat jullie op afstand de koppeling kunnen nakijken, hierbij de login van de printserver (via TeamViewer,
ID krijgen jullie als jullie bellen):

  gebruiker: admin
  wachtwoord: Kop13r!SPC

Graag laten weten wanneer jullie inloggen, dan hou ik een oogje in het zeil.

Met vriendelijke groeten
Stijn Jacobs
ICT-coördinator Sint-Pieterscollege campus Wilsele
''',
  cte='qp', rules=['password'], ext_ok=['support@printpoint.be'],
  note="ICT mails the printer server's admin password to the external supplier", lang='nl')

M('re-klaslaptop-3b',
  date=D('2025-01-15 10:41'), frm='Ellen Smolders <smo@spc.ksleuven.be>', to=T['3C'],
  subj='RE: klaslaptop 3B lukt niet',
  in_reply_to='<ruben.aerts.20250115.b27@sintpieterscollege.be>',
  body='''Het is klas3b met Zonnebloem-3B (hoofdletter Z en een streepje). Ik heb het gisteren nog gebruikt dus het
zou moeten werken. Anders is het misschien de laptop zelf, nr 7 doet al een tijdje raar.

Ellen

-----Oorspronkelijk bericht-----
Van: Ruben Aerts <ruben.aerts@sintpieterscollege.be>
Verzonden: woensdag 15 januari 2025 10:22
Aan: Ellen Smolders <smo@spc.ksleuven.be>
Onderwerp: klaslaptop 3B lukt niet

Ellen, ik heb 3B nu in vervanging (LO voor Jens), wil ze de taak laten afwerken op de laptops maar het
klasaccount lukt niet. Heb jij het juiste paswoord? Dat van Stijn's mail werkt niet...
Ruben
''',
  kind='alt', style='outlook', tags=['reply'], cte='qp', rules=['password'],
  note='reply between colleagues gives the shared class-laptop password', lang='nl')

M('paswoord-noor-verkeerde-noor',
  date=D('2025-01-21 18:05'), frm=T['3A'], to='an.vandamme@skynet.be',
  subj='Smartschool Noor',
  body='''Beste ouders van Noor,

Noor gaf vandaag aan dat ze haar Smartschool-wachtwoord kwijt is en daardoor haar taak voor aardrijkskunde
niet kon indienen. Ik heb het wachtwoord voor haar opnieuw ingesteld:

gebruikersnaam: noor.claes
tijdelijk wachtwoord: Noor3A-lente

Willen jullie het haar thuis doorgeven? Ze mag de taak nog indienen tot vrijdag.

Vriendelijke groeten,
Pieter Segers
klastitularis 3A
''',
  cte='qp', rules=['password'], about=['noorc'], mis=True,
  note='password reset of Noor Claes (3A) sent to the mother of Noor Van Damme (3B): wrong Noor picked in the address book',
  lang='nl')

M('coaccount-emre-verkeerde-yilmaz',
  date=D('2025-01-10 08:55'), frm=T['3D'], to='hasan.yilmaz@telenet.be',
  subj='co-account Emre',
  body='''Beste meneer Yılmaz,

Op het oudercontact vroeg u of u een eigen co-account kon krijgen om de punten van Emre te volgen. Dat is
gelukt, hier zijn de gegevens:

gebruikersnaam: emre.yilmaz
wachtwoord co-account 1: Emre!3D-wk52

Bij de eerste keer aanmelden kiest u een eigen wachtwoord. Bij problemen mag u altijd het secretariaat bellen.

Met vriendelijke groeten
Jolien Van Loock
klastitularis 3D
''',
  kind='alt', style='outlook', cte='qp', rules=['password'], about=['emre'], mis=True,
  note="co-account password of Emre Yılmaz (3D) sent to Hasan Yılmaz, father of his cousin Kerem (3A): same surname in autocomplete",
  lang='nl')

M('coaccount-milan-papa',
  date=D('2025-01-13 09:40'), frm=SEC, to='johan.desmet@telenet.be',
  subj='Eigen co-account bij Milan De Smet (4B)',
  body='''Geachte heer De Smet,

Zoals gevraagd werd er een tweede co-account aangemaakt bij het account van Milan, gekoppeld aan uw eigen
e-mailadres. U ontvangt dus voortaan zelf de berichten van de school en de rapporten.

Gebruikersnaam: milan.desmet
Wachtwoord: 4B-Milan-pq27

Wijzig dit wachtwoord bij de eerste aanmelding. Meldingen stelt u in via "Profiel" > "Meldingen".

Met vriendelijke groeten
''' + sig('Hilde Coppens', 'Leerlingensecretariaat', '016 24 18 91'),
  cte='qp', rules=['password', 'personal_data'], about=['milan'],
  note="father living at his own address gets his own co-account password for his son; correctly addressed",
  lang='nl')

M('coaccount-imane-youssef',
  date=D('2025-01-09 11:18'), frm=ICT, to=T['4D'],
  subj='co-account Imane',
  body='''Youssef,

De co-account van Imane stond nog op je oude gmail-adres, vandaar dat je de meldingen niet kreeg. Ik heb hem
nu aan je schooladres gekoppeld en het wachtwoord gereset.

Tijdelijk wachtwoord: Imane2A-start!

Zie je straks op het oudercontact (aan de andere kant van de tafel deze keer haha).
Stijn
''',
  cte='qp', rules=['password'], about=['imane'],
  note="ICT gives a teacher the co-account password for his own daughter (staff member is the parent)", lang='nl')

M('fr-coaccount-grace',
  date=D('2025-01-10 14:31'), frm=SEC, to='Chantal Mbuyi <chantal.mbuyi@gmail.com>',
  subj='Compte parent Smartschool - Grâce Mbuyi (4C)',
  body='''Madame Mbuyi,

Comme convenu lors de la réunion des parents d'hier soir, voici les données de connexion de votre compte
parent (co-account) pour Grâce :

adresse : https://spcwilsele.smartschool.be
nom d'utilisateur : grace.mbuyi
mot de passe : Gr4ce-Wilsele!

Lors de la première connexion, il vous sera demandé de choisir un nouveau mot de passe. L'application
Smartschool peut être réglée en français via "Profil" > "Langue".

N'hésitez pas à nous contacter en cas de problème.

Bien cordialement,
''' + sig('Hilde Coppens', 'Secrétariat des élèves', SCHOOL_TEL),
  kind='alt', style='outlook', cte='qp', rules=['password', 'personal_data'], about=['grace'],
  note="French-speaking mother receives her co-account password", lang='fr')

M('bios-wachtwoord-hp',
  date=D('2025-01-20 16:02'), frm='Stijn Jacobs <sja@spc.ksleuven.be>', to=HELP,
  subj='nog iets voor morgen',
  body='''Bert, vergeten in mijn vorige mail: BIOS-wachtwoord van de nieuwe HP's (kar 1 en 2) is SPCbios#2025.
En dit keer NIET op de sticker onderaan schrijven zoals vorig jaar :)
S.
''',
  cte='8bit', rules=['password'], note='ICT gives the BIOS password of the new laptops to the helper', lang='nl')

M('berlijn-praktisch-wifi',
  date=D('2025-03-20 17:25'), frm=T['6A'], to=T['6A'],
  bcc=['klas-6a@sintpieterscollege.be', 'klas-6b@sintpieterscollege.be', 'klas-6c@sintpieterscollege.be',
       'klas-6d@sintpieterscollege.be'],
  subj='Berlijn: laatste praktische info',
  body='''Dag allemaal,

Nog vier nachtjes slapen! Enkele laatste afspraken:

- Vertrek maandag 24/3 om 6u00 stipt aan de bushalte Kapelstraat. Om 5u45 aanwezig, bus wacht niet.
- Identiteitskaart + Europese ziekteverzekeringskaart in je handbagage, niet in je valies.
- Zakgeld: max. 100 euro, liefst met een bankkaart die in het buitenland werkt.
- Lunchpakket voor de eerste dag zelf meebrengen.
- In de jeugdherberg is er wifi: netwerk JGH-Guests, wachtwoord berlin2025mitte. Na 23u gaat de wifi uit op de kamers (dat is hun regel, niet de onze).

Wie medicatie moet nemen en dat nog niet gemeld heeft: vandaag nog bij mevrouw Dumont.

Tot maandag!
Meneer Geens
''',
  cte='qp', rules=['password'],
  note="trip letter to all 6th-year pupils (groups in Bcc) that includes the hostel Wi-Fi password", lang='nl')

M('fwd-printcode-naar-hotmail',
  date=D('2025-01-07 08:06'), frm=T['2B'], to='Koen Luyten <koen.luyten@hotmail.com>',
  subj='Fwd: je badge',
  body='''

-------- Doorgestuurd bericht --------
Onderwerp: je badge
Datum: Tue, 7 Jan 2025 08:02:11 +0100
Van: Stijn Jacobs <stijn.jacobs@sintpieterscollege.be>
Aan: Koen Luyten <koen.luyten@sintpieterscollege.be>

Koen,
je badge stond nog niet gekoppeld aan het nieuwe printsysteem, daarom werd hij niet herkend. Is nu in orde.
Tot je badge werkt kan je aan de printer kiezen voor "PIN" en 0592 ingeven.
Stijn
''',
  cte='8bit', tags=['forward'], rules=['password', 'private_account'], fwd_private=True,
  ext_ok=['koen.luyten@hotmail.com'],
  note='teacher forwards the ICT mail with his printer PIN to his own private hotmail', lang='nl')

M('mfa-herstelcodes',
  date=D('2024-12-12 08:15'), frm=ICT, to=ADJ,
  subj='je herstelcodes MFA',
  body='''Dag Veerle,

Zoals gevraagd je nieuwe herstelcodes voor de aanmelding met tweestapsverificatie (elke code werkt maar één
keer, gebruik ze alleen als je gsm het niet doet):

  4821 9930
  1174 0562
  8390 2217
  5506 6183

Best even afdrukken en in je kluis leggen, en daarna deze mail verwijderen.

Groetjes
Stijn
''',
  cte='qp', rules=['password'], note="ICT mails the deputy head her MFA recovery codes", lang='nl')

M('kassa-sportkampen-jobstudenten',
  date=D('2025-04-03 14:10'), frm=KEUKEN,
  to=[BYKEY['elif']['mail'], BYKEY['lucasme']['mail'], BYKEY['zofia']['mail']],
  subj='kassa refter tijdens de kampen',
  body='''Dag Elif, Lucas en Zofia,

Jullie staan alle drie ingepland aan de kassa in de refter (11u30 - 13u30), om beurten, zie rooster in bijlage
van vorige week.

Aanmelden op de kassa: gebruiker "jobstudent", pin 2468. Bij het afsluiten altijd de dagtotalen afdrukken en
bij mij afgeven samen met de kassalade.

Rudy
''',
  cte='qp', rules=['password'], about=['elif', 'lucasme', 'zofia'],
  note="kitchen chef gives three student workers the cash-register login and PIN", lang='nl')

M('proefexamen-pdf-4a',
  date=D('2024-12-06 19:44'), frm=T['4A'], to=T['4A'], bcc='klas-4a@sintpieterscollege.be',
  subj='Oplossingen proefexamen wiskunde',
  body='''Dag 4A,

De oplossingen van het proefexamen staan op Smartschool bij Vakken > Wiskunde > Examens. Het bestand is
beveiligd, het wachtwoord is: sinus4A

Eerst zelf maken, dan pas verbeteren hé. Vragen mogen maandag in de les.

Meneer Stevens
''',
  cte='qp', rules=['password'], note='teacher gives a class the password of a protected PDF (class group in Bcc)',
  lang='nl')

_inner_digibord = dict(
  slug='inner-digibord', date=D('2025-01-22 09:12'), frm=ICT, to=T['3C'],
  subj='login digibord C104',
  body='''Ruben,

Het digibord in C104 heeft na de update een eigen login gekregen:
gebruiker: bord-c104
wachtwoord: Krijt&Bord44

Stijn
''', cte='qp')
M('fwd-als-bijlage-digibord',
  date=D('2025-01-22 17:03'), frm=T['3C'], to=T['3D'],
  subj='FW: login digibord C104',
  body='''Jolien, kan jij morgen het 2de uur mijn klas in C104 overnemen? Ik ben mee op uitstap met 3C.
De login van het bord zit in de doorgestuurde mail. Taak ligt op mijn bureau.
Merci!! Ruben
''',
  rfc822=_inner_digibord, kind='plain', cte='qp', tags=['attached-forward'], rules=['password'],
  note='colleague forwards (as attached message) the ICT mail with a smartboard password', lang='nl')

M('clb-gastaccount-smartschool',
  date=D('2024-12-09 13:27'), frm=ZORG, to=CLB,
  subj='gastaccount Smartschool',
  body='''Dag Evi,

Zoals besproken op het MOC van vorige week: je hebt nu een gastaccount op ons Smartschool, zodat je de
verslagen in de map "CLB-overleg" rechtstreeks kan openen in plaats van dat we ze mailen.

gebruikersnaam: clb.evivanhove
tijdelijk wachtwoord: Zorg-2025-Evi!

Laat maar weten of het werkt. Volgende overleg: dinsdag 17/12 om 13u30 in het zorglokaal.

Groetjes,
Griet
zorgcoördinator
''',
  kind='alt', style='outlook', cte='qp', rules=['password'],
  note='care coordinator gives the CLB worker a temporary password for a guest account', lang='nl')

M('printcode-jonas',
  date=D('2025-01-23 10:05'), frm=ICT, to=BYKEY['jonas']['mail'],
  subj='Je printkaart',
  body='''Dag Jonas,

Je kaart werd geblokkeerd na drie foute pogingen aan de printer in de bib. Ik heb een nieuwe code gezet:
5093. Je printkrediet is nog 2,40 euro.

Meneer Jacobs
''',
  cte='qp', rules=['password'], about=['jonas'], note='ICT gives a pupil his new printer PIN', lang='nl')

M('alarmcode-schoonmaakploeg',
  date=D('2025-01-31 16:48'), frm=ADJ, to='Planning Netjes Hageland <planning@netjes-hageland.be>',
  subj='Avondploeg vanaf 3 februari',
  body='''Beste mevrouw Lenssen,

Vanaf maandag 3 februari start uw avondploeg om 17u in plaats van 18u (avondstudie verhuist naar blok A).

Omdat de conciërge dan nog niet altijd aanwezig is: de code van het alarm aan de personeelsingang is 4417,
daarna 2x op de groene toets. Bij het verlaten van het gebouw dezelfde code. De sleutels blijven in het kastje
van de conciërge.

Met vriendelijke groeten
Veerle Pauwels
adjunct-directeur
''',
  kind='alt', style='outlook', cte='qp', rules=['password'], ext_ok=['planning@netjes-hageland.be'],
  note='deputy head sends the alarm code to the external cleaning company', lang='nl')

M('overdracht-3d-bijlage',
  date=D('2025-02-07 20:11'), frm=T['3D'], to='Ward Claerhout <ward.claerhout@sintpieterscollege.be>',
  subj='overdracht 3D + logins',
  body='''Dag Ward,

Fijn dat jij mijn uren overneemt tijdens mijn verlof. In bijlage mijn overdracht: waar we zitten in de
leerstof, de toetsen die al gepland staan en de logins die je nodig hebt in C108.

Veel succes, het is een toffe klas (het laatste uur op vrijdag iets minder ;-))

Jolien
''',
  attach=[('overdracht_3D.txt', 'text/plain', '''OVERDRACHT 3D - Nederlands en geschiedenis (J. Van Loock)

Nederlands: hoofdstuk 5 (argumenteren), toets gepland 14/2.
Geschiedenis: WO I afgerond, volgende: interbellum. Taak "krantenartikel 1929" in te dienen 21/2.

Logins lokaal C108
- digibord C108: gebruiker bord-c108 / wachtwoord Krijt&Bord61
- klaslaptops (kar 3, vak 15-28): klas3d / Paardenbloem-3D

Praktisch
- klasboek: na elk lesuur invullen in Smartschool
- sleutel kast achteraan: bij het secretariaat
''')],
  cte='qp', rules=['password'],
  note='handover for an interim teacher with smartboard and class-laptop passwords in a .txt attachment', lang='nl')

# ==========================================================================
# B. Look-alikes: talk about passwords / codes without giving one
# ==========================================================================

M('teams-oudercontact-kerem',
  date=D('2025-01-10 12:44'), frm=T['3A'], to='hasan.yilmaz@telenet.be',
  subj='Online oudercontact Kerem - maandag 13/1 17u30',
  body='''Beste meneer Yılmaz,

Omdat u donderdag niet op school kon zijn, plannen we het gesprek over het rapport van Kerem online, zoals
telefonisch afgesproken. Het gesprek duurt ongeveer een kwartier; Kerem mag gerust mee aanschuiven.

________________________________________________________________________________
Microsoft Teams Hulp nodig?
Nu deelnemen aan de vergadering
https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzQ4ZGY1NjctYTg0Ni00@thread.v2/0
Vergadering-id: 372 915 604 118
Wachtwoordcode: Xk7p2Q
________________________________________________________________________________

Tot maandag,
Pieter Segers
klastitularis 3A
''',
  kind='alt', style='outlook', cte='qp', rules=[], about=['kerem'],
  note='meeting passcode: Teams invitation for an online parent meeting, correctly addressed to Kerem\'s father',
  lang='nl')

M('wachtwoord-vergeten-ouders-1ste-jaar',
  date=D('2024-12-17 11:00'), frm=SECR, to=SECR,
  bcc=['ouders-1a@sintpieterscollege.be', 'ouders-1b@sintpieterscollege.be', 'ouders-1c@sintpieterscollege.be',
       'ouders-1d@sintpieterscollege.be'],
  subj='Rapport via Smartschool: lukt het aanmelden niet?',
  body='''Beste ouders,

Vrijdag 20 december verschijnt het kerstrapport van uw zoon of dochter in Smartschool. Omdat we vorig
trimester veel vragen kregen, zetten we nog eens op een rij wat u kan doen als het aanmelden niet lukt.

1. Surf in een browser (niet in de app) naar https://spcwilsele.smartschool.be.
2. Klik op "Wachtwoord vergeten?".
3. Vul de gebruikersnaam van uw kind in (voornaam.familienaam, zonder accenten of spaties) en het e-mailadres dat u bij de inschrijving opgaf.
4. U ontvangt een mail met een link om zelf een nieuw wachtwoord te kiezen. Kijk ook in uw map met ongewenste mail.

Gebruik altijd uw eigen co-account en niet dat van uw kind: de berichten van de school komen enkel op uw
co-account toe.

Let op: de school vraagt u nooit om uw wachtwoord door te mailen of telefonisch door te geven. Krijgt u zo'n
vraag, dan is het oplichting.

Lukt het echt niet, kom dan even langs op het leerlingensecretariaat.

Met vriendelijke groeten
het leerlingensecretariaat
''',
  kind='alt', style='outlook', cte='qp', rules=[],
  note='general "wachtwoord vergeten?" instructions to all 1st-year parents (groups in Bcc); no credential', lang='nl')

M('sjabloon-brief-coaccount',
  date=D('2025-01-06 15:20'), frm=SEC, to=ICT,
  subj='sjabloon brief co-accounts nieuwe leerlingen',
  body='''Stijn,

Kan jij eens kijken of dit sjabloon ok is voor de brieven van de nieuwe leerlingen die na de kerstvakantie
starten? Ik vul de gegevens dan per leerling in via samenvoegen.

----
Beste ouder,

Uw kind heeft vanaf vandaag toegang tot Smartschool. U krijgt als ouder een eigen co-account.

Gebruikersnaam: [voornaam.naam van uw kind]
Wachtwoord: ******** (zie afzonderlijk briefje in de schooltas)

Bij de eerste aanmelding kiest u zelf een nieuw wachtwoord.
----

Of moet het wachtwoord er toch op? Vorig jaar deden we het zo met een apart briefje.

Hilde
''',
  cte='qp', rules=[], note='template with placeholders only; no real credential', lang='nl')

M('fwd-boekingsbevestiging-berlijn',
  date=D('2025-02-11 09:03'), frm=T['6A'], to=T['6B'],
  subj='Fwd: Buchungsbestätigung / booking confirmation 4471-2209',
  body='''Isabelle, de bevestiging van de jeugdherberg is binnen. Kamers 312 t.e.m. 318 voor de leerlingen,
wij zitten op 305 en 306. Kan jij de kamerlijst daarop afstemmen?
Wim

---------- Forwarded message ---------
From: Jugendgästehaus Berlin-Mitte <reservierung@jgh-mitte.de>
Date: Mon, 10 Feb 2025 at 16:47
Subject: Buchungsbestätigung / booking confirmation 4471-2209
To: <wim.geens@sintpieterscollege.be>

Dear Mr Geens,

Thank you for your booking. Please find the details below.

Booking number: 4471-2209
Group: Sint-Pieterscollege Wilsele (BE)
Arrival: 24.03.2025 (check-in from 15:00)   Departure: 28.03.2025 (check-out until 10:00)
Rooms: 312, 313, 314, 315, 316, 317, 318 (4-bed, shower/WC), 305 and 306 (single, teachers)
Meals: half board, packed lunch on 27.03.

Please send us the final rooming list and any special dietary requirements no later than 10 March.

Kind regards
Katja Brenner
Reservations
Jugendgästehaus Berlin-Mitte
Tel. +49 30 2809 4471
''',
  kind='alt', style='gmail', tags=['forward'], cte='qp', rules=[], ext_ok=[],
  note='forwarded hostel booking confirmation with booking and room numbers and a German phone number; nothing to flag',
  lang='nl')

M('printsysteem-pincode-waar',
  date=D('2025-01-03 10:30'), frm=ICT, to=ICT, bcc='personeel@sintpieterscollege.be',
  subj='Nieuw printsysteem vanaf maandag 6/1',
  body='''Beste collega's,

Vanaf maandag 6 januari werkt het nieuwe printsysteem op alle toestellen (behalve het kopieertoestel in het
secretariaat, dat volgt in februari).

Hoe werkt het?
- Je stuurt je afdruk naar de printer "SPC-Follow-Me".
- Aan eender welk toestel hou je je personeelsbadge tegen de lezer, of je kiest "PIN" en tikt je pincode.
- Je afdruk blijft 24 uur in de wachtrij staan.

Je persoonlijke pincode vind je in Smartschool via "Mijn profiel" > "Printen". We sturen pincodes NIET via
mail. Wie zijn pincode wil wijzigen, kan dat daar ook.

Leerlingen krijgen hun pincode via hun eigen Smartschool-profiel; hun printkrediet wordt maandelijks op de
schoolrekening gezet.

Vragen of problemen: ict@sintpieterscollege.be

Stijn
''',
  kind='alt', style='outlook', cte='qp', rules=[],
  note='staff letter about the new printer system: says where the PIN is, never gives one (personeel@ in Bcc)',
  lang='nl')

M('zoom-vakgroep-economie',
  date=D('2025-01-27 14:02'), frm=T['6C'], to=['Kristel Jorissen <kristel.jorissen@sintpieterscollege.be>',
                                             'Wim Geens <wim.geens@sintpieterscollege.be>',
                                             'Dries Wellens <dries.wellens@sintpieterscollege.be>'],
  subj='Vakgroep economie online - do 30/1 16u',
  body='''Hoi allemaal,

Omdat Dries donderdag thuis zit met zijn knie doen we de vakgroep online. Punten: eindtermen 3de graad,
bestelling handboeken, bezoek Nationale Bank (6B/6C).

Tine Schreurs nodigt u uit voor een geplande Zoom-vergadering.
Onderwerp: Vakgroep economie
Tijd: 30 jan 2025 04:00 PM Brussel

Deelnemen aan Zoom-vergadering
https://us06web.zoom.us/j/84522319087
Vergadering-ID: 845 2231 9087
Toegangscode: 662913

Tot donderdag
Tine
''',
  cte='qp', rules=[], note='meeting passcode: Zoom invite for a department meeting', lang='nl')

M('re-paswoord-vergeten-jana',
  date=D('2025-01-08 16:12'), frm=SEC, to='Nathalie Claes <nathalie.claes@hotmail.com>',
  subj='RE: paswoord vergeten',
  in_reply_to='<DB9P190MB1422.nathalie.b27@hotmail.com>',
  body='''Beste mevrouw Claes,

Om veiligheidsredenen kunnen wij geen wachtwoorden via mail bezorgen, maar u kan het zelf opnieuw instellen:

- ga naar https://spcwilsele.smartschool.be en klik op "Wachtwoord vergeten?"
- vul als gebruikersnaam jana.peeters in
- vul het e-mailadres in waarop u deze mail ontvangt

U krijgt dan binnen enkele minuten een link om een nieuw wachtwoord te kiezen. Lukt het niet voor het
oudercontact van morgen, dan kan u Jana's rapport ook op papier inkijken bij meneer Wellens, de
klastitularis.

Met vriendelijke groeten
''' + sig('Hilde Coppens', 'Leerlingensecretariaat', SCHOOL_TEL) + '''

Van: Nathalie Claes <nathalie.claes@hotmail.com>
Verzonden: woensdag 8 januari 2025 15:40
Aan: secretariaat@sintpieterscollege.be
Onderwerp: paswoord vergeten

Goeiedag, ik ben mijn paswoord van smartschool vergeten en kan het rapport van Jana Peeters 4C niet zien.
Kunnen jullie het mij sturen aub? Groeten Nathalie Claes (mama van Jana)
''',
  kind='alt', style='outlook', tags=['reply'], cte='qp', rules=['personal_data'], about=['jana'],
  note="mother (different surname) asks for her password; secretariat explains the reset procedure only",
  lang='nl')

M('rijexamen-eid-pincode',
  date=D('2025-02-19 15:40'), frm=T['4A'], to=T['4A'],
  bcc=['klas-6a@sintpieterscollege.be', 'klas-6b@sintpieterscollege.be', 'klas-6c@sintpieterscollege.be',
       'klas-6d@sintpieterscollege.be'],
  subj='Theorie-examen: wat meebrengen',
  body='''Beste deelnemers,

Vrijdag 7 maart gaan we met de bus naar het examencentrum voor het theoretisch examen. Vertrek 8u15 aan de
hoofdingang, terug rond 12u30.

Meebrengen:
- je identiteitskaart (geen kopie!) en je moet de pincode van je eID kennen, je meldt je ermee aan aan de examencomputer. Weet je hem niet meer: vraag bij de dienst Burgerzaken van je gemeente een nieuwe aan, dat duurt een week of twee.
- het ingevulde en door een ouder ondertekende toestemmingsformulier (wie nog geen 18 is)
- 15 euro examengeld, cash of met de kaart aan het loket

Succes met de laatste oefentoetsen!
Meneer Stevens
''',
  cte='qp', rules=[], note='trip info tells pupils they must know their eID PIN; no code given (classes in Bcc)',
  lang='nl')

M('badge-0047-kwijt',
  date=D('2025-01-28 10:26'), frm=T['6D'], to=ICT,
  subj='badge 0047 kwijt',
  body='''Stijn, badge nr. 0047 van Yannick Lemmens (6D) is kwijt, vermoedelijk in de kleedkamer van de sporthal.
Kan je hem blokkeren en een nieuwe aanmaken? Hij mag hem morgen bij jou ophalen, de 5 euro gaat op de
schoolrekening.
Guy
''',
  cte='8bit', rules=[], about=['yannick'], note='badge number reported lost; a card number is not a credential',
  lang='nl')

M('en-meet-optie-oliver',
  date=D('2025-02-12 20:05'), frm=T['3A'], to='james.bennett@outlook.com',
  subj='Oliver - choice of study option for next year',
  body='''Dear Mr Bennett,

As discussed briefly at the parents' evening, I'd be happy to talk through the options for 4th year with
you and Oliver (he is hesitating between Sciences and Economics-Modern Languages). Since you are in the UK
most weeks, an online meeting is probably easiest.

Would Thursday 20 February at 18:00 work? Link:
https://meet.google.com/xkt-pqzr-fwa

No code needed, I'll let you in from the waiting room.

Kind regards,
Pieter Segers
form tutor 3A
''',
  kind='alt', style='gmail', cte='qp', rules=[], about=['oliver'],
  note="Google Meet link to Oliver's father about study options; no passcode, nothing sensitive", lang='en')

M('kluisje-kato',
  date=D('2024-12-03 13:05'), frm=SEC, to=BYKEY['kato']['mail'],
  subj='je kluisje',
  body='''Dag Kato,

Je kan vanaf morgen een kluisje gebruiken: nr. 214 in de gang van blok A (bovenste rij). De sleutel haal je
af op het leerlingensecretariaat tijdens de middagpauze. De waarborg van 10 euro komt op de schoolrekening en
krijg je terug als je de sleutel in juni inlevert.

Hilde
''',
  cte='qp', rules=[], about=['kato'], note='locker number and deposit; no code', lang='nl')

M('bestelling-toner',
  date=D('2025-02-04 09:47'), frm=ICT, to='PrintPoint bestellingen <orders@printpoint.be>',
  subj='Bestelling PO-2025-0183 (klantnr. 10448)',
  body='''Goeiemorgen,

Graag volgende bestelling voor Sint-Pieterscollege campus Wilsele (klantnummer 10448):

  12 x toner zwart TK-8545K
  4 x nietjes SH-10
  1 x onderhoudskit MK-8545A (toestel B-2, serienummer eindigend op 4471)

Ons bestelbonnummer: PO-2025-0183. Leveren via de leveranciersingang achteraan, tussen 8u en 15u30.
Factuur naar boekhouding@sintpieterscollege.be.

Met vriendelijke groeten
Stijn Jacobs
''',
  cte='qp', rules=[], note='order numbers, customer number and serial number only', lang='nl')

M('en-re-fotoalbum-maya',
  date=D('2025-04-02 21:17'), frm=T['6C'], to='emeka.okafor@outlook.com',
  subj='Re: Berlin photos',
  in_reply_to='<AM0PR07.emeka.b27@outlook.com>',
  body='''Dear Mr Okafor,

I'm glad Maya enjoyed the trip! The photos are in a shared album on Smartschool. We don't send access codes
or passwords by e-mail; Maya received the access code for the album on paper on Monday, so she can show you.
If it got lost, she can ask me for a new note.

Kind regards,
Tine Schreurs
form tutor 6C

-----Original Message-----
From: Emeka Okafor <emeka.okafor@outlook.com>
Sent: Wednesday, 2 April 2025 19:02
To: Tine Schreurs <tine.schreurs@sintpieterscollege.be>
Subject: Berlin photos

Dear Ms Schreurs, Maya says there is a photo album of the Berlin trip but she cannot remember the password.
Could you send it to me? We would like to order some prints. Thank you, Emeka Okafor
''',
  kind='alt', style='outlook', tags=['reply'], cte='qp', rules=[], about=['maya'],
  note='father asks for an album password; teacher refuses to send it by mail', lang='en')

M('oudercontact-praktisch-gastwifi',
  date=D('2025-01-06 17:00'), frm=DIR, to=DIR, bcc='ouders@sintpieterscollege.be',
  subj='Oudercontact donderdag 9 januari: praktische afspraken',
  body='''Geachte ouders,

Donderdag 9 januari verwachten we u graag op het oudercontact na het kerstrapport, van 16u tot 20u30.

- Uw afspraak(en) ziet u in Smartschool onder "Intradesk" > "Oudercontact". Per leerkracht is er 10 minuten voorzien. Wie geen afspraak kon maken: de klastitularis is tussen 19u30 en 20u30 vrij aanspreekbaar.
- De lokalen staan aangeduid aan de ingang; de meeste gesprekken gaan door in blok B (eerste verdieping, lokalen B101 tot B112).
- Parkeren kan op de speelplaats via de poort aan de Kapelstraat.
- Er is een gastnetwerk voor wifi; de code krijgt u aan het onthaal.
- De ouderraad houdt een koffiestand in de refter.

Ouders die gescheiden wonen, kunnen elk afzonderlijk een afspraak maken; laat het de klastitularis weten als
u liever samen of liever apart komt.

Met vriendelijke groeten
Marc Vandenberghe
directeur
''',
  kind='alt', style='outlook', cte='qp', rules=[],
  note="general letter to all parents (ouders@ in Bcc): Wi-Fi code given at the desk, room numbers; no credential",
  lang='nl')

M('phishing-waarschuwing-personeel',
  date=D('2025-02-05 08:10'), frm=ICT, to=ICT, bcc='personeel@sintpieterscollege.be',
  subj='OPGELET: valse mail "uw wachtwoord verloopt vandaag"',
  body='''Beste collega's,

Sinds gisterenavond circuleert een valse mail met als onderwerp "Uw wachtwoord verloopt vandaag", zogezegd
van Microsoft 365 of van "IT-dienst SPC". De link leidt naar een nagemaakte aanmeldpagina.

- Klik niet op de link en vul nergens je gegevens in.
- Wij vragen nooit je wachtwoord, niet via mail, niet via Smartschool en niet telefonisch.
- Heb je toch iets ingevuld? Wijzig meteen je wachtwoord via https://mysignins.microsoft.com en laat het mij weten, dan kijken we samen je aanmeldingen na.
- Kies een wachtwoord dat je nergens anders gebruikt, liefst een zin van drie of vier woorden.

Doorsturen naar ict@sintpieterscollege.be mag, dan blokkeren we de afzender.

Stijn
''',
  kind='alt', style='outlook', cte='qp', rules=[],
  note='phishing warning to all staff about passwords, gives no password (personeel@ in Bcc)', lang='nl')

# ==========================================================================
# C. Sensitive mails
# ==========================================================================

M('lina-thuissituatie-naar-lb',
  date=D('2024-12-18 21:40'), frm='Ellen Smolders <smo@spc.ksleuven.be>', to=LB2,
  subj='Lina V. (3B)',
  body='''Karim,

Na de klassenraad nog iets over Lina dat ik niet in het verslag wou zetten.

Papa (Bart) heeft me vanmiddag gebeld. Hij vertelde dat Lina sinds een week of twee bij hem slaapt omdat het
thuis bij mama en haar nieuwe partner "niet meer gaat": er wordt veel geroepen, er zou ook al met dingen
gegooid zijn en Lina is op een avond naar hem toe gefietst om 11u 's avonds. Mama weet dat Lina bij hem is
maar heeft me zelf niets gezegd.

Lina zegt er in de klas niets over maar ze is precies op, en haar punten zijn gekelderd (4 tekorten op het
rapport). Kan jij haar na de vakantie eens roepen? Ik heb nog niets in Smartschool bij de leerlingvolging
gezet, weet niet goed wat ik daar mag zetten.

Ellen
''',
  cte='qp', rules=['sensitive'], cats=['family', 'psychosocial'], about=['lina'],
  note="class teacher tells the counsellor that a pupil fled an unsafe home situation to her father's", lang='nl')

M('clb-aanmelding-wout',
  date=D('2025-01-14 12:10'), frm=LB1, to=CLB,
  subj='aanmelding Wout J. (1A)',
  body='''Dag Evi,

Ik zou graag Wout Janssens (1A) aanmelden voor een traject bij jullie.

Situatie: sinds de herfstvakantie 9 halve dagen afwezig, telkens met buikpijn 's ochtends, meestal op
maandag en donderdag (dagen met LO en middag in de grote refter). Mama zegt dat hij huilt in de auto aan de
schoolpoort en er soms niet uit wil. Tegen mij zei hij dat hij "bang is in de refter, van al dat lawaai en
dat iedereen kijkt". Hij eet nu 's middags bij mij in het bureau, dat gaat goed.

Mama (Katrien Goossens) is akkoord met de aanmelding. Papa is op de hoogte.
Kan het besproken worden op het MOC van dinsdag?

Alvast bedankt,
Leen
''' + sig('Leen Verstraeten', 'leerlingenbegeleiding 1ste graad', '016 24 18 97'),
  kind='alt', style='outlook', cte='qp', rules=['sensitive', 'personal_data'], cats=['psychosocial', 'care'],
  about=['wout'], note='counsellor refers a pupil with school refusal and anxiety to the CLB', lang='nl')

_kr4a = text_table([
    ['Leerling', 'Bespreking klassenraad', 'Afspraak'],
    ['Jonas Peeters', 'medicatie (ADHD) in november aangepast, na de middag is de concentratie weg, 2 tekorten', 'vooraan zetten, pauzemoment na 6de uur'],
    ['Hanne Verlinden', '3 tekorten (wisk., fysica, Frans); ouders in echtscheiding, pendelt tussen 2 huizen', 'gesprek bij Karim, planning samen opmaken'],
    ['Natalia Nowak', 'sterk trimester, mag meer durven in de les', '-'],
    ['Wannes Coppens', '4 nota\'s (LO, Frans), brutaal tegen collega\'s', 'volgkaart via Karim'],
    ['Lore Stassen', 'dyslexie, STICORDI: voorleessoftware + extra tijd bij examens', 'nagaan of het ook bij LAT ok is'],
])
M('klassenraad-4a-verslag',
  date=D('2024-12-17 18:22'), frm=T['4A'],
  to=['Nele Vanhoof <nele.vanhoof@sintpieterscollege.be>', 'Dries Wellens <dries.wellens@sintpieterscollege.be>',
      'Isabelle Dumont <isabelle.dumont@sintpieterscollege.be>', LO],
  cc=LB2,
  subj='verslag klassenraad 4A (kerst)',
  body='''Dag collega's,

Hieronder de korte versie van de bespreking van vanmiddag, voor wie er niet bij kon zijn. Het volledige
verslag staat in Smartschool.

''' + _kr4a + '''

Algemeen: klas werkt goed, maar veel lawaai bij wissels. We spreken af om iedereen aan de deur op te wachten.

Bram
''',
  kind='alt', style='outlook', tags=['table'], cte='qp', rules=['sensitive'],
  cats=['medical', 'family', 'psychosocial', 'care'], about=['jonas', 'hanne', 'natalia', 'wannes', 'lore'],
  note='class-council table after Christmas with medication, divorce, behaviour and dyslexia measures per named pupil',
  lang='nl')

M('milan-beschikking-mama',
  date=D('2025-01-15 16:30'), frm=T['4B'], to='Sarah Lemmens <sarah.lemmens@gmail.com>',
  subj='RE: regeling Milan',
  in_reply_to='<CAJ8sarah.lemmens.b27@mail.gmail.com>',
  body='''Beste mevrouw Lemmens,

We hebben de kopie van de beschikking van de familierechtbank goed ontvangen, dank u. We noteren het volgende:

- Milan verblijft in de even weken bij u en in de oneven weken bij zijn vader.
- Op woensdagmiddag laten we Milan enkel vertrekken met de ouder bij wie hij die week verblijft.
- Alle brieven, rapporten en uitnodigingen gaan naar beide ouders (elk met een eigen co-account).

De collega's en het onthaal zijn op de hoogte. De kopie van het vonnis bewaren we in het dossier op het
secretariaat en niet in de klas.

Met vriendelijke groeten
Nele Vanhoof
klastitularis 4B
''',
  kind='alt', style='outlook', tags=['reply'], cte='qp', rules=['sensitive'], cats=['family'], about=['milan'],
  note="class teacher confirms the custody arrangement to the mother of a pupil with separated parents; correctly addressed",
  lang='nl')

M('elif-psycholoog-mama',
  date=D('2025-01-10 13:15'), frm=LB2, to='Ayse Demir <ayse.demir@hotmail.com>',
  subj='Elif - gesprek van gisteren',
  body='''Beste mevrouw Demir,

Bedankt voor het gesprek gisteren op het oudercontact. Zoals afgesproken zet ik het nog even op papier.

Elif vertelde mij dat ze al sinds oktober heel slecht slaapt, zich leeg voelt en nergens nog zin in heeft,
ook niet in de dingen die ze vroeger graag deed (volleybal). Ze trekt zich op school terug en zit 's middags
vaak alleen. Ze was opgelucht dat u het nu weet.

Elif is akkoord dat we haar aanmelden bij de psycholoog van het CLB. Zij nemen zelf contact met u op; wilt u
hen eerder bereiken, dan kan dat via 016 28 71 40 (vraag naar Evi Van Hove).

Elif mag op school altijd bij mij binnenlopen, ook tijdens de les als het niet gaat (dat hebben we met haar
leerkrachten afgesproken).

Met vriendelijke groeten
Karim Benali
leerlingenbegeleider 2de en 3de graad
''',
  cte='qp', rules=['sensitive', 'personal_data'], cats=['psychosocial', 'care'], about=['elif'],
  note='counsellor writes to the mother about her daughter\'s low mood and CLB referral; correctly addressed',
  lang='nl')

M('afbetalingsplan-nowak',
  date=D('2025-01-20 10:50'), frm=BOEK, to='Agnieszka Nowak <agnieszka.nowak@gmail.com>',
  subj='Afbetalingsplan schoolrekeningen Zofia en Kacper',
  body='''Beste mevrouw Nowak,

Zoals besproken op het oudercontact bevestig ik hierbij het afbetalingsplan voor de openstaande
schoolrekeningen:

| Leerling | Klas | Openstaand |
| Zofia Nowak | 5D | 412,60 EUR |
| Kacper Nowak | 2A | 238,15 EUR |
| Totaal | | 650,75 EUR |

Afbetaling in 6 maandelijkse schijven van 108,46 EUR (de laatste 108,45 EUR), telkens voor de 5de van de
maand, te beginnen in februari.
Rekeningnummer: BE92 0635 8712 0423
Mededeling: +++090/4417/22813+++

Lukt een betaling een keer niet, laat het me dan gewoon weten, dan zoeken we een oplossing. De kosten van
de Berlijnreis volgend jaar kunnen eventueel ook gespreid worden.

Met vriendelijke groeten
''' + sig('Jan Wuyts', 'boekhouding', '016 24 18 94'),
  kind='alt', style='outlook', tags=['table'], cte='qp', rules=['sensitive', 'personal_data'], cats=['financial'],
  about=['zofia', 'kacper'], note='payment plan for a family\'s unpaid school bills, sent to the mother',
  lang='nl')

M('ocmw-berlijnreis-benjamin',
  date=D('2025-01-22 11:32'), frm=BOEK, to='Nadia El Moussaoui <nadia.elmoussaoui@leuven.be>',
  subj='factuur studiereis Berlijn - Benjamin Tshibangu',
  body='''Beste mevrouw El Moussaoui,

In bijlage vindt u, zoals afgesproken met uw dienst, de factuur voor de studiereis naar Berlijn (24-28 maart)
van Benjamin Tshibangu, 6B: 470,00 EUR.

Volgens de beslissing van het OCMW van 16 december neemt u de reis ten laste. Mag ik ook nog vragen of de
openstaande schoolrekening van het eerste trimester (186,30 EUR) mee in het dossier kan? Mevrouw Kalala zei
op het oudercontact dat ze dat ook bij u had aangevraagd.

Met vriendelijke groeten
Jan Wuyts
boekhouding Sint-Pieterscollege campus Wilsele
''',
  attach=[('factuur_2025-0142_Tshibangu.pdf', 'application/pdf',
           b'%PDF-1.4\n% factuur 2025-0142 studiereis Berlijn Benjamin Tshibangu 6B 470,00 EUR\n%%EOF\n')],
  cte='qp', rules=['sensitive'], cats=['financial'], about=['benjamin'],
  note='school accountant writes to the OCMW that it pays a named pupil\'s trip and asks about his unpaid bill',
  lang='nl')

_rooms = [
    ('312', 'elif', '14/03/2007', 'vegetarian'), ('312', 'maya', '02/09/2007', '-'),
    ('312', 'febe', '27/11/2006', 'SEVERE peanut and tree nut allergy - carries an EpiPen'),
    ('312', 'sofia', '08/05/2007', '-'),
    ('313', 'ella', '19/01/2007', '-'), ('313', 'aya', '30/10/2007', 'halal'), ('313', 'marie', '11/06/2007', '-'),
    ('313', 'ine', '23/02/2007', 'vegetarian'),
    ('314', 'ahmed', '05/04/2007', 'halal'), ('314', 'seppe', '17/08/2007', 'coeliac disease - strictly gluten-free'),
    ('314', 'benjamin', '21/10/2006', '-'), ('314', 'jarne', '03/07/2007', '-'),
    ('315', 'tibo', '12/12/2006', '-'), ('315', 'lars', '29/03/2007', '-'), ('315', 'jules', '06/11/2007', '-'),
    ('315', 'stan', '14/09/2007', 'lactose-free if possible'),
]
_room_tbl = text_table([['Room', 'Name', 'Date of birth', 'Dietary requirements']] + [
    [r, '%s %s' % (BYKEY[k]['first'], BYKEY[k]['last']), d, diet] for r, k, d, diet in _rooms])
M('en-rooming-list-hostel',
  date=D('2025-03-07 15:55'), frm=T['6A'], to='Jugendgästehaus Berlin-Mitte <reservierung@jgh-mitte.de>',
  cc=T['6B'],
  subj='Rooming list and dietary requirements - booking 4471-2209',
  body='''Dear Ms Brenner,

Please find below the rooming list for our group (booking 4471-2209, arrival 24 March). Rooms 316-318 will
follow on Monday, two pupils still have to confirm.

''' + _room_tbl + '''

Could you please make sure the kitchen is informed about the allergy in room 312 and the gluten-free diet in
room 314? Febe will bring her own EpiPens; we as teachers carry a spare one.

Teachers: Mr Wim Geens (room 305), Ms Isabelle Dumont (room 306).

Kind regards,
Wim Geens
Sint-Pieterscollege Wilsele, Belgium
''',
  kind='alt', style='outlook', tags=['table'], cte='qp', rules=['sensitive', 'personal_data'], cats=['medical'],
  about=[k for _, k, _, _ in _rooms], dob=True,
  note='rooming list to the Berlin hostel with dates of birth and the nut allergy and coeliac disease of named pupils',
  lang='en')

M('medicatie-berlijn-begeleiders',
  date=D('2025-03-18 22:04'), frm=T['6B'],
  to=[T['6A'], T['6C'], T['6D']],
  subj='medicatie Berlijn - lijstje voor de begeleiders',
  body='''Hallo Wim, Tine en Guy,

Zoals beloofd het lijstje van de medische fiches, zodat we het alle vier weten. Ik neem de EHBO-tas mee.

* Maya O. (6C) - astma, Ventolin-puffer altijd bij zich, reservepuffer zit bij mij. 's Avonds onderhoudspuffer.
* Febe VR (6B) - notenallergie (pinda + noten), 2 EpiPens: 1 in haar rugzak, 1 in de EHBO-tas. Jeugdherberg is verwittigd.
* Tibo C. (6D) - Rilatine 's ochtends en 's middags, ik bewaar de doos en geef hem de pilletjes (mama vroeg dat uitdrukkelijk).
* Seppe W. (6C) - coeliakie, glutenvrij eten is aangevraagd. Hij neemt zelf extra koeken mee.

Als er onderweg iets is: eerst mij bellen (0486 22 71 90), ik heb de fiches met de telefoonnummers van de
ouders in mijn map.

Bisous
Isabelle
''',
  cte='qp', rules=['sensitive', 'personal_data'], cats=['medical'], about=['maya', 'febe', 'tibo', 'seppe'],
  note='teacher mails the trip supervisors the medical conditions and medication of four named pupils',
  lang='nl')

_mail_fien = '''Beste meneer Luyten,

Ik wil u laten weten dat de opa van Fien zondagnacht onverwacht overleden is. Hij woonde sinds twee jaar bij
ons in en Fien was heel close met hem, ze heeft hem ook gevonden. Ze wil graag naar school komen om afleiding
te hebben, maar ze is erg stil en moe. De begrafenis is zaterdag.

Wilt u het aan haar leerkrachten laten weten? Ze zag erg op tegen de toets Frans van donderdag.

Vriendelijke groeten,
Els Van Aken'''
M('fwd-fien-opa-overleden',
  date=D('2025-01-27 07:58'), frm=T['2B'],
  to=['Annelies Bogaerts <annelies.bogaerts@sintpieterscollege.be>', 'Joke Verhaegen <joke.verhaegen@sintpieterscollege.be>',
      LO, 'Isabelle Dumont <isabelle.dumont@sintpieterscollege.be>'],
  cc=LB1,
  subj='Fwd: Fien',
  body='''Collega's, ter info (mama is akkoord dat ik het doorstuur). Wat zachter zijn met Fien deze week aub, de
toets Frans mag uitgesteld worden, Isabelle. Leen is verwittigd.

Koen

---------- Doorgestuurd bericht ---------
Van: Els Van Aken <els.vanaken@gmail.com>
Date: zo 26 jan 2025 om 21:14
Subject: Fien
To: Koen Luyten <koen.luyten@sintpieterscollege.be>


''' + _mail_fien + '\n',
  kind='alt', style='gmail', tags=['forward'], cte='qp', rules=['sensitive'], cats=['family'], about=['fien'],
  note='class teacher forwards to colleagues a mother\'s mail about a death in the family (fact in the quoted part)',
  lang='nl')

M('re-robbe-woont-bij-oma',
  date=D('2024-12-10 17:46'), frm=T['5A'], to='Maria Lenaerts <lenaerts.maria@skynet.be>',
  subj='Re: adres Robbe Hermans 5A',
  in_reply_to='<003a01db4a2e.lenaerts.b27@skynet.be>',
  body='''Beste mevrouw Lenaerts,

Dank u voor uw bericht en voor uw vertrouwen. Ik heb het leerlingensecretariaat gevraagd om het adres aan te
passen, de brieven en het rapport komen voortaan naar u. De collega's die les geven aan Robbe zijn kort op de
hoogte gebracht, zonder details.

Ik zie u graag op het oudercontact van 9 januari; ik plan u in op het laatste moment, dan hebben we wat meer
tijd.

Met vriendelijke groeten,
Ann Maes
klastitularis 5A

Op 10/12/2024 om 09:12 schreef Maria Lenaerts:
''' + quote('''Geachte mevrouw Maes,

Ik ben de grootmoeder van Robbe Hermans. Robbe woont sinds eind november bij mij in Herent. Zijn mama is
opgenomen in het psychiatrisch ziekenhuis en de jeugdrechter heeft mij voorlopig de zorg voor hem gegeven,
zijn vader is al lang uit beeld. Wilt u de brieven voortaan naar mijn adres sturen? Robbe wil niet dat zijn
klas het weet.

Met dank,
Maria Lenaerts'''),
  cte='qp', rules=['sensitive'], cats=['family'], about=['robbe'],
  note='reply to the grandmother who has custody; the placement fact sits in the quoted part; correctly addressed',
  lang='nl')

M('fr-plan-dyslexie-grace',
  date=D('2025-01-24 14:05'), frm=ZORG, to='Chantal Mbuyi <chantal.mbuyi@gmail.com>',
  cc=T['4C'],
  subj='Grâce - mesures de soutien suite au bilan du CLB',
  body='''Madame Mbuyi,

Suite à notre entretien lors de la réunion des parents, je vous confirme par écrit ce qui a été convenu.

Le bilan réalisé par le CLB et la logopède a confirmé que Grâce présente une dyslexie. Cela explique en
grande partie ses difficultés en néerlandais et en français écrit. À partir de la semaine prochaine, Grâce
pourra bénéficier des mesures suivantes (plan "STICORDI") :

- du temps supplémentaire (un tiers) pour les contrôles et les examens ;
- des documents en police agrandie (Arial 12) ;
- l'utilisation d'un logiciel de lecture (Kurzweil) sur un ordinateur portable de l'école ;
- pas de pénalité pour l'orthographe, sauf dans les cours de langue.

Les professeurs de la classe 4C ont été informés. Nous ferons le point avec vous et avec Grâce après les
examens de Pâques.

Bien cordialement,
Griet Mertens
coordinatrice des soins (zorgcoördinator)
''',
  kind='alt', style='outlook', cte='qp', rules=['sensitive'], cats=['medical', 'care'], about=['grace'],
  note='care coordinator confirms a dyslexia diagnosis and support plan to the mother, in French', lang='fr')

M('en-oliver-groepschat',
  date=D('2025-01-22 16:40'), frm=LB2, to='Sarah Bennett <sarah.bennett.leuven@gmail.com>',
  subj='Oliver',
  body='''Dear Mrs Bennett,

I'm the pupil counsellor for the 2nd and 3rd grade. Oliver came to see me on Tuesday, and he agreed that I
would contact you.

He told me that for a few weeks now a group of boys in his class has been leaving him out on purpose and
posting mocking messages and edited photos of him in a class group chat he is no longer part of. He showed me
some of the messages. He has been feeling miserable about it and said he sometimes fakes being ill in the
morning so he doesn't have to come.

We have already spoken to the boys involved separately, and Mr Segers will address the class tomorrow
without naming Oliver. I'll check in with Oliver every week for now. I'd be glad to meet you (and your
husband) to talk about it, perhaps Monday after school?

Kind regards,
Karim Benali
pupil counsellor
''',
  cte='qp', rules=['sensitive'], cats=['psychosocial'], about=['oliver'],
  note='counsellor tells the mother (in English) that her son is being bullied online', lang='en')

M('dyscalculie-imane-2a',
  date=D('2025-01-16 12:20'), frm=ZORG,
  to=[T['2A'], 'Annelies Bogaerts <annelies.bogaerts@sintpieterscollege.be>', 'Koen Luyten <koen.luyten@sintpieterscollege.be>'],
  subj='Imane El Amrani (2A) - maatregelen wiskunde/wetenschappen',
  body='''Dag collega's,

Na het onderzoek door het CLB heeft Imane (2A) een attest dyscalculie gekregen. Op het overleg met de ouders
(papa is onze collega Youssef) werd het volgende afgesproken, te gebruiken vanaf de toetsen van volgende
week:

1. gebruik van een rekenmachine bij alle toetsen wiskunde en wetenschappen, ook bij hoofdrekenen
2. formularium en stappenplan mogen op de bank liggen
3. 1/3 extra tijd, indien nodig in het zorglokaal
4. geen strafpunten voor verwisselde cijfers als de methode juist is

Het zorgplan staat in Smartschool bij de leerlingvolging. Imane wil liever niet dat het in de klas gezegd
wordt, dus graag discreet.

Groetjes,
Griet
''',
  cte='qp', rules=['sensitive'], cats=['medical', 'care'], about=['imane'],
  note='care coordinator informs teachers of a pupil\'s dyscalculia diagnosis and measures', lang='nl')

M('incident-atelier-sami',
  date=D('2025-01-30 15:58'), frm=LB2, to=DIR, cc=ADJ,
  subj='incident atelier 4D - voorstel schorsing',
  body='''Marc,

Korte samenvatting van het incident van vanmiddag in het atelier van 4D, het uitgebreide verslag zet ik in
het leerlingvolgsysteem.

Na een ruzie over een verdwenen meetlat heeft Sami El A. een klasgenoot tegen de werkbank geduwd en hem
bedreigd met een schroevendraaier ("ik steek je kapot"). Filip Vos heeft ingegrepen, niemand gewond. Sami
was daarna erg aangeslagen en heeft zich spontaan geëxcuseerd. Het is het derde incident dit schooljaar
(na de vechtpartij op de bus in oktober).

Voorstel: preventieve schorsing van 3 dagen, daarna een begeleidingsovereenkomst met wekelijks gesprek bij
mij en een aanmelding bij het CLB voor agressiehantering.

Let op: papa is onze collega Youssef, hij weet het al. Graag delicaat in de leraarskamer.

Karim
''',
  cte='qp', rules=['sensitive'], cats=['psychosocial', 'care'], about=['sami'],
  note='counsellor reports to the head a threat incident by a named pupil and proposes a suspension', lang='nl')

M('clb-zelfverwonding-nc',
  date=D('2025-02-04 12:47'), frm=LB2, to=CLB,
  subj='dringend - N.C. 3A',
  body='''Evi,

Kan je me vandaag nog terugbellen? Het gaat over N.C. uit 3A (staat op de MOC-lijst van vorige week).

Jens (LO) zag vanmorgen in de kleedkamer verse snijwonden op haar beide onderarmen, ze draagt anders altijd
lange mouwen, ook in de turnles. Ik heb haar daarnet gesproken. Ze ontkent het niet, zegt dat ze het "al
sinds de zomer" doet als het te veel wordt, en dat ze niet wil dat haar ouders het weten.

Ik heb haar naar de EHBO laten gaan en ze blijft vandaag bij mij in de buurt. Ik wil met jou overleggen hoe
we de ouders inlichten.

Karim
''' + sig('Karim Benali', 'leerlingenbegeleiding', '0479 31 52 08', web=False),
  cte='qp', rules=['sensitive', 'personal_data'], cats=['psychosocial'], about=['noorc'],
  note='counsellor alerts the CLB about self-harm of a pupil named by initials and class', lang='nl')

M('oudercontact-notities-5a',
  date=D('2025-01-09 22:37'), frm=T['5A'], to=LB2,
  subj='notities oudercontact 5A',
  body='''Hoi Karim,

Mijn notities van vanavond, alleen de dingen voor jou:

- Lucas M.: ouders gaan uit elkaar, mama is in december naar Kessel-Lo verhuisd, Lucas pendelt elke week. Punten nog ok maar hij is veel stiller. Papa vraagt of we hem in het oog houden.
- Robbe H.: kwam met oma (zie mijn mail van december). Oma vraagt of hij met iemand kan praten, hij wil zelf niet naar een psycholoog "buiten school". Kan jij hem uitnodigen?
- Ilias A.: geen bijzonderheden, ouders heel tevreden, wil volgend jaar wetenschappen-wiskunde.

De rest was gewoon punten en studiekeuze.

Slaapwel,
Ann
''',
  cte='qp', rules=['sensitive'], cats=['family', 'care'], about=['lucasm', 'robbe', 'ilias'],
  note="class teacher's notes from the parents' evening: a separation and a grandmother asking for counselling",
  lang='nl')

M('jana-epilepsie-aanval',
  date=D('2025-02-06 14:52'), frm=T['4C'], to='Nathalie Claes <nathalie.claes@hotmail.com>',
  subj='Jana - vandaag in de les LO',
  body='''Beste mevrouw Claes,

U hebt het waarschijnlijk al van meneer Peeters gehoord, maar ik wou u toch ook zelf even laten weten hoe
het vandaag gegaan is.

Jana kreeg tijdens het 5de lesuur in de sporthal een epileptische aanval die een tweetal minuten duurde.
Meneer Moreels heeft haar in zijligging gelegd en de ziekenwagen gebeld, zoals afgesproken in haar medische
fiche. Toen de ambulance er was, was ze alweer aanspreekbaar. Haar papa heeft haar om 14u opgehaald.

Voor de toets chemie van morgen hoeft ze zich geen zorgen te maken, die kan ze later inhalen. Laat gerust
weten of er iets in het noodplan aangepast moet worden.

Met vriendelijke groeten
Dries Wellens
klastitularis 4C
''' + sig('', 'Sint-Pieterscollege campus Wilsele', SCHOOL_TEL, web=False).replace('\n\nSint-Pieterscollege campus Wilsele\nSint', '\nSint'),
  kind='alt', style='outlook', cte='qp', rules=['sensitive', 'personal_data'], cats=['medical'], about=['jana'],
  note="class teacher tells the mother (different surname from the pupil) about an epileptic seizure; correctly addressed",
  lang='nl')

M('jonas-medicatie-verkeerde-peeters',
  date=D('2024-12-19 20:12'), frm=T['4A'], to='tom.peeters@skynet.be',
  subj='Jonas - na de klassenraad',
  body='''Beste meneer Peeters,

Zoals beloofd laat ik u nog weten wat er op de klassenraad over Jonas gezegd werd, in aanvulling op het
rapport van morgen.

Verschillende collega's merken dat Jonas in de namiddag heel onrustig is: hij loopt rond, praat voortdurend
en stoort de les. 's Ochtends gaat het veel beter. We vermoeden dat zijn medicatie (sinds november
aangepast) na de middag uitgewerkt is. Zou u dit met zijn kinderpsychiater kunnen bespreken? Misschien is
een extra dosis 's middags mogelijk, dat kan dan bij het secretariaat.

Verder zetten we hem vooraan en krijgt hij na het 6de uur een kort pauzemoment.

Met vriendelijke groeten,
Bram Stevens
klastitularis 4A
''',
  kind='alt', style='outlook', cte='qp', rules=['sensitive'], cats=['medical', 'psychosocial'], about=['jonas'],
  mis=True,
  note="mail about Jonas Peeters' (4A) ADHD medication and behaviour sent to Tom Peeters, father of his cousin Jana (4C): autocomplete on the surname",
  lang='nl')

M('mdo-uitnodiging-kacper-bij-goossens',
  date=D('2025-01-23 19:30'), frm=T['2A'], to='wim.goossens@gmail.com',
  subj='Uitnodiging overleg zorgmaatregelen',
  body='''Beste meneer Goossens,

Graag nodigen we u uit voor een overleg (MDO) over de zorgmaatregelen voor Kacper op dinsdag 4 februari om
16u15 in het zorglokaal (A104). Ook mevrouw Mertens (zorgcoördinator) en Evi Van Hove van het CLB zijn
aanwezig.

Zoals u weet heeft Kacper sinds vorig schooljaar een attest dyspraxie. We willen bekijken of de huidige
maatregelen (laptop voor schrijfopdrachten, extra tijd, kopieën van de notities) volstaan, want zijn
resultaten voor Nederlands en geschiedenis gingen achteruit. Kacper mag zelf ook aanwezig zijn.

Gelieve te laten weten of het moment past.

Met vriendelijke groeten,
Lies Goedhuys
klastitularis 2A
''',
  cte='qp', rules=['sensitive'], cats=['medical', 'care'], about=['kacper'], mis=True,
  note="re-used invitation letter: the greeting was changed for the parents of Mats Goossens (2A) but the text about Kacper Nowak's diagnosis and care plan was left in",
  lang='nl')

M('milan-regeling-verkeerde-thread',
  date=D('2025-01-16 08:41'), frm=T['4B'], to='Lien De Smedt <lien.desmedt@gmail.com>',
  subj='RE: afwezigheid donderdag',
  in_reply_to='<CAKlien.desmedt.b27@mail.gmail.com>',
  body='''Beste mevrouw,

Dank u, we hebben het goed genoteerd: Milan mag op woensdagmiddag niet door zijn vader opgehaald worden
zolang de nieuwe regeling van de rechtbank niet rond is. Ik heb de collega's en het onthaal verwittigd. Als
meneer De Smet toch aan de poort staat, bellen we u meteen.

Met vriendelijke groeten
Nele Vanhoof

Van: Lien De Smedt <lien.desmedt@gmail.com>
Verzonden: dinsdag 14 januari 2025 07:55
Aan: Nele Vanhoof <nele.vanhoof@sintpieterscollege.be>
Onderwerp: afwezigheid donderdag

Dag mevrouw Vanhoof, mijn dochter heeft donderdag om 10u een afspraak bij de orthodontist en zal dus het
3de en 4de uur afwezig zijn. Ze brengt een briefje mee. Groetjes, Lien
''',
  kind='alt', style='outlook', tags=['reply'], cte='qp', rules=['sensitive'], cats=['family'], about=['milan'],
  mis=True,
  note="answer about Milan De Smet's custody (4B) typed as a reply in the thread of Mila De Smedt's mother (4B), so it went to her",
  lang='nl')

M('lina-gesneden-naar-stiefvader',
  date=D('2025-02-10 13:20'), frm=LB2, to='dirk.janssens@telenet.be',
  subj='Lina - dringend',
  body='''Beste meneer Janssens,

Ik probeerde u telefonisch te bereiken maar kreeg geen gehoor.

Lina kwam deze ochtend bij mij met verse wonden aan haar pols. Ze vertelde dat ze zich gisterenavond
opnieuw gesneden heeft, net zoals in december. De wonden zijn verzorgd door onze EHBO-verantwoordelijke, het
was niet diep. Lina is nu rustig en blijft vandaag op school.

Ik zou u en Lina's mama graag vandaag of morgen spreken, samen met het CLB. Kan u mij laten weten wanneer u
bereikbaar bent?

Met vriendelijke groeten,
Karim Benali
leerlingenbegeleider
''',
  kind='alt', style='outlook', cte='qp', rules=['sensitive'], cats=['psychosocial'], about=['lina'], mis=True,
  note="urgent self-harm mail about Lina Vermeulen (3B) sent to her stepfather, listed only as parent of her half-brother Wout (1A), not to her own parents",
  lang='nl')

M('beterschap-noor-verkeerde-noor',
  date=D('2025-02-13 17:05'), frm='Ellen Smolders <smo@spc.ksleuven.be>', to='murat.aydin@hotmail.com',
  subj='Beterschap Noor!',
  body='''Beste ouders van Noor,

Vanwege de hele klas: veel beterschap! Fijn te horen dat de operatie goed verlopen is. Neem gerust de tijd,
de dokter zei toch twee weken thuis na zo'n blindedarmontsteking met complicaties?

Voor de gemiste toetsen maken we na haar terugkeer een planning, daar hoeft ze nu niet van wakker te liggen.
Haar vriendinnen brengen de notities van Nederlands en wiskunde binnen als ze weer thuis is uit het
ziekenhuis.

Hartelijke groeten,
Ellen Smolders
klastitularis 3B
''',
  cte='qp', rules=['sensitive'], cats=['medical'], about=['noorv'], mis=True,
  note="get-well mail about Noor Van Damme (3B) in hospital sent to the father of Noor Aydın (3C): wrong Noor picked",
  lang='nl')

M('voorschot-benjamin-bij-oom',
  date=D('2025-02-03 10:15'), frm=BOEK, to='Patrick Tshibangu <patrick.tshibangu@gmail.com>',
  subj='Voorschot studiereis Berlijn - herinnering',
  body='''Beste meneer Tshibangu,

Het voorschot van 150 euro voor de studiereis naar Berlijn van Benjamin (6B) staat nog open. We begrijpen
dat het OCMW de kosten van de reis zal dragen, maar we hebben de beslissing van het OCMW nog niet ontvangen,
en ook de schoolrekening van het eerste trimester (186,30 euro) is nog niet betaald.

Kan u ons de beslissing bezorgen of contact opnemen om een afbetaling af te spreken? Zonder bericht voor 14
februari kunnen we de plaats in de bus en de jeugdherberg niet garanderen.

Met vriendelijke groeten
Jan Wuyts
boekhouding
''',
  cte='qp', rules=['sensitive'], cats=['financial'], about=['benjamin'], mis=True,
  note="payment reminder about Benjamin Tshibangu (6B) and the OCMW sent to Patrick Tshibangu, father of his cousin Divine (2C)",
  lang='nl')

M('lina-slaapt-niet-mama',
  date=D('2025-01-20 16:48'), frm='Ellen Smolders <smo@spc.ksleuven.be>', to='katrien.goossens@telenet.be',
  subj='Lina',
  body='''Beste mevrouw Goossens,

Ik maak me een beetje zorgen om Lina en wou het u liever zelf laten weten.

De laatste weken valt ze bijna elke dag in slaap in de eerste lesuren. Toen ik haar vrijdag aansprak, begon
ze te huilen en zei ze dat ze 's nachts niet kan slapen omdat ze "te veel aan het piekeren" is. Ze wou niet
zeggen waarover. Ze eet 's middags ook nauwelijks.

Ik heb haar voorgesteld om eens met meneer Benali, onze leerlingenbegeleider, te praten en ze was daar niet
tegen. Vindt u dat goed? U mag mij altijd bellen of mailen.

Vriendelijke groeten,
Ellen Smolders
klastitularis 3B
''',
  cte='8bit', rules=['sensitive'], cats=['psychosocial'], about=['lina'],
  note="class teacher writes to Lina's mother (whose surname differs from her daughter's) about worrying sleep and mood; correctly addressed",
  lang='nl')

M('imane-gepest-papa-collega',
  date=D('2024-12-13 15:22'), frm=LB1, to='Youssef El Amrani <youssef.elamrani@sintpieterscollege.be>',
  subj='Imane',
  body='''Dag Youssef,

Ik schrijf je nu als papa van Imane, niet als collega, sorry dat het via de schoolmail moet.

Imane kwam gisteren bij mij samen met een vriendin. Een groepje meisjes uit haar klas maakt al een paar
weken foto's van haar in de refter en zet die met gemene commentaar op een Snapchat-groep. Ook over haar
hoofddoek. Ze heeft er niets van gezegd thuis omdat ze "jou niet wou storen met je drukte in het atelier".

Ik heb vandaag met de drie meisjes apart gesproken, ze hebben de groep verwijderd en we doen maandag een
herstelgesprek. Kunnen we na school even samen zitten, met of zonder Khadija?

Leen
''',
  cte='qp', rules=['sensitive'], cats=['psychosocial'], about=['imane'],
  note="counsellor writes to a colleague as the father of a bullied pupil (staff member is the parent); correctly addressed",
  lang='nl')

M('emre-gedrag-papa',
  date=D('2024-12-20 09:10'), frm=T['3D'], to='mehmet.yilmaz@gmail.com',
  subj='Emre - beslissing klassenraad',
  body='''Beste meneer Yılmaz,

Samen met het rapport krijgt Emre vandaag een brief mee van de klassenraad. Ik licht hem hier al even toe.

Emre kreeg dit trimester 6 nota's en werd twee keer uit de les gezet. Vorige week heeft hij een leerkracht
uitgescholden toen hij zijn gsm moest afgeven. De klassenraad beslist dat Emre na de kerstvakantie met een
volgkaart werkt: elke les vult de leerkracht in hoe het ging en elke vrijdag bespreekt hij die met meneer
Benali. Bij een nieuw ernstig incident start de school een tuchtprocedure.

We zien ook dat Emre het moeilijk heeft en willen hem vooral helpen. Ik spreek u graag op het oudercontact van
9 januari.

Met vriendelijke groeten,
Jolien Van Loock
klastitularis 3D
''',
  kind='alt', style='outlook', cte='qp', rules=['sensitive'], cats=['psychosocial'], about=['emre'],
  note="class teacher informs the father about his son's behaviour and the class council's measures; correctly addressed (cousin has the same surname)",
  lang='nl')

M('kerem-astma-puffer',
  date=D('2025-01-17 13:02'), frm=T['3A'], to='hasan.yilmaz@telenet.be',
  subj='Kerem - astma na de looptest',
  body='''Beste meneer Yılmaz,

Kerem had vanmorgen na de looptest in de les LO een vrij zware astma-aanval. Zijn puffer lag in zijn kluisje
in blok A, het duurde even voor hij hem had. Hij is nu in orde en heeft de rest van de dag gewoon les gevolgd.

Mogen we vragen om een tweede puffer mee te geven die we op het secretariaat kunnen bewaren? Kerem vindt het
zelf ook een goed idee. Meneer Moreels laat hem voortaan voor het lopen eerst zijn puffer nemen.

Met vriendelijke groeten
Pieter Segers
klastitularis 3A
''',
  cte='qp', rules=['sensitive'], cats=['medical'], about=['kerem'],
  note="asthma attack of Kerem Yılmaz reported to his own father; correctly addressed (cousin Emre has the same surname)",
  lang='nl')

_moc = text_table([
    ['Leerling', 'Klas', 'Vraag / stand van zaken', 'Wie'],
    ['Wout Janssens', '1A', 'schoolweigering, angst in de refter; aanmelding traject (mama akkoord)', 'Leen'],
    ['Noor Claes', '3A', 'vermoeden zelfverwonding, ouders nog niet ingelicht', 'Karim'],
    ['Dylan Verbruggen', '4D', 'IAC Frans/wiskunde loopt, evaluatie na kerstexamens', 'Griet'],
    ['Emre Yılmaz', '3D', 'gedrag, volgkaart sinds januari; thuis veel spanningen?', 'Karim'],
    ['Sofia Haddad', '6B', 'sterk vermagerd sinds oktober, eet niet op school; mama vraagt hulp', 'Karim'],
])
M('moc-agenda-clb',
  date=D('2025-01-28 17:15'), frm=ZORG, to=CLB, cc=[LB1, LB2],
  subj='agenda MOC dinsdag 4/2',
  body='''Dag Evi,

Hierbij de leerlingen voor het MOC van dinsdag 4 februari (13u30, zorglokaal A104):

''' + _moc + '''

Varia: planning screening 1ste jaar, nieuwe afspraken rond de schoolarts.

Tot dinsdag,
Griet
''',
  kind='alt', style='outlook', tags=['table'], cte='qp', rules=['sensitive'],
  cats=['psychosocial', 'care', 'medical'], about=['wout', 'noorc', 'dylan', 'emre', 'sofia'],
  note='care coordinator sends the CLB a table of five named pupils with their care questions', lang='nl')

M('zofia-insulinepomp',
  date=D('2025-01-13 07:35'), frm=T['5D'],
  to=['Hanne Boon <hanne.boon@sintpieterscollege.be>', 'Kristel Jorissen <kristel.jorissen@sintpieterscollege.be>',
      T['6D'], LO],
  subj='Zofia 5D - nieuwe insulinepomp',
  body='''Dag collega's,

Zofia (5D) heeft sinds de kerstvakantie een insulinepomp (diabetes type 1). Afspraken met haar en de ouders:

- ze mag in elke les eten of drinken en haar gsm gebruiken (de app van de pomp staat erop)
- ze mag altijd naar het toilet of naar het secretariaat zonder te vragen
- bij een hypo (bleek, zweten, trillen, verward): druivensuiker uit haar tas of uit de EHBO-koffer, NIET alleen laten gaan
- in het atelier draagt ze de pomp onder haar werkkledij, Guy dat is met de preventieadviseur besproken

Filip
''',
  cte='8bit', rules=['sensitive'], cats=['medical'], about=['zofia'],
  note="class teacher tells colleagues about a pupil's diabetes and insulin pump", lang='nl')

M('klassenraad-6b-puntjes',
  date=D('2024-12-18 12:40'), frm=T['6B'],
  to=[T['6A'], T['6C'], 'Kristel Jorissen <kristel.jorissen@sintpieterscollege.be>', T['4A']],
  subj='6B - afspraken klassenraad',
  body='''Chers collègues,

De afspraken van de klassenraad 6B van gisteren, voor wie er niet bij was:

• Benjamin T.: betaling van de Berlijnreis loopt via het OCMW. Hem NIET aanspreken over het voorschot, dat regelt Jan rechtstreeks.
• Sofia H.: sterk vermagerd, het CLB volgt op en mama is op de hoogte. Bij de examens mag ze in een apart lokaal zitten als ze dat vraagt. Let op opmerkingen over eten in de klas.
• Febe VR: notenallergie, EpiPen altijd mee bij uitstappen (ook naar de Nationale Bank).
• Jarne H.: attest A met felicitaties, super.
• Stan G.: 5 taken niet ingediend; waarschuwing op het rapport, gesprek met ouders op het oudercontact.

Bonne fin de semaine déjà,
Isabelle
''',
  cte='qp', rules=['sensitive'], cats=['financial', 'psychosocial', 'medical', 'care'],
  about=['benjamin', 'sofia', 'febe', 'jarne', 'stan'],
  note='bullet list of class-council decisions with a family paid by the OCMW, an eating problem and an allergy',
  lang='nl')

_inner_mauro = dict(
  slug='inner-mauro', date=D('2025-02-02 21:48'), frm='Sandra Lauwers <sandra.lauwers@hotmail.com>',
  to='directie@sintpieterscollege.be',
  subj='pesterijen Mauro 2B',
  body='''Geachte directeur,

Ik schrijf u omdat ik me grote zorgen maak over mijn zoon Mauro Vanhees uit 2B. Al sinds november wordt hij
uitgelachen en geduwd door twee jongens uit zijn klas. Ze nemen zijn boterhammen af, ze hebben zijn jas in
de wc gegooid en vandaag stuurden ze een filmpje rond waarin ze hem nadoen. Mauro wil niet meer naar school,
hij heeft vanavond uren zitten huilen.

Ik heb het al eens gezegd aan zijn klastitularis maar er is niets veranderd. Ik verwacht dat de school nu
iets doet.

Sandra Lauwers''', cte='qp')
M('fw-klacht-pesten-mauro',
  date=D('2025-02-03 07:42'), frm=DIR, to=LB1, cc=T['2B'],
  subj='FW: pesterijen Mauro 2B',
  body='''Leen,

Kan jij dit vandaag opnemen, samen met Koen? Ik antwoord mevrouw Lauwers dat jij haar vandaag nog belt.
Graag een kort verslag tegen vrijdag.

Marc
''',
  rfc822=_inner_mauro, cte='qp', tags=['attached-forward'], rules=['sensitive'], cats=['psychosocial'],
  about=['mauro'], note="head forwards (as attachment) a mother's complaint that her son is bullied", lang='nl')

M('re-scheiding-lotte-emma',
  date=D('2025-01-06 11:28'), frm=LB1, to='Hilde Smets <hilde.smets@telenet.be>',
  subj='Re: Lotte en Emma',
  in_reply_to='<000b01db5f.hilde.smets.b27@telenet.be>',
  body='''Beste mevrouw Smets,

Dank u om ons dit te laten weten, dat helpt ons echt. Ik heb de twee klastitularissen (mevrouw Bogaerts en
mevrouw Verhaegen) op de hoogte gebracht. Ik nodig Lotte deze week eens uit voor een babbel, zonder dat het
opvalt in de klas. Als Emma dat ook wil, is ze welkom.

Mag ik vragen of meneer Wouters ook op de hoogte mag zijn van wat we op school doen? Hij heeft een eigen
co-account, dus hij krijgt de berichten van de school ook.

Vriendelijke groeten
Leen Verstraeten
leerlingenbegeleiding 1ste graad

Op zo 5 jan. 2025 om 20:31 schreef Hilde Smets <hilde.smets@telenet.be>:
''' + quote('''Beste mevrouw Verstraeten,

Ik wil u laten weten dat mijn man en ik uit elkaar gaan. Geert is tijdens de kerstvakantie vertrokken en
woont nu in Heverlee. De meisjes blijven voorlopig bij mij en gaan om het weekend naar hun papa.

Emma lijkt het goed op te vangen maar Lotte reageert er erg slecht op: ze eet weinig, huilt veel en wil
niet naar haar papa. Kan er op school een oogje in het zeil gehouden worden?

Hilde Smets'''),
  kind='alt', style='gmail', tags=['reply'], cte='qp', rules=['sensitive'], cats=['family', 'psychosocial'],
  about=['lotte', 'emma'],
  note="counsellor replies to the twins' mother; the separation and Lotte's distress sit in the quoted part; correctly addressed",
  lang='nl')

M('schoolrekening-milan-papa',
  date=D('2025-02-10 09:05'), frm=BOEK, to='Johan De Smet <johan.desmet@telenet.be>',
  subj='Openstaande schoolrekening Milan (4B)',
  body='''Geachte heer De Smet,

De schoolrekeningen van september en november voor Milan (4B) staan nog open, samen 286,40 EUR. Mevrouw
Lemmens liet ons weten dat volgens jullie akkoord bij de echtscheiding de schoolkosten door u gedragen
worden, daarom richt ik mij tot u.

Wij kunnen de rekeningen ook in drie schijven laten betalen. Laat u mij weten wat u past? U kan betalen op
BE52 0018 8436 1709 met de mededeling die op de rekening staat.

Met vriendelijke groeten
''' + sig('Jan Wuyts', 'boekhouding', '016 24 18 94'),
  cte='qp', rules=['sensitive', 'personal_data'], cats=['financial', 'family'], about=['milan'],
  note="unpaid school bills and the divorce agreement on school costs, to the father at his own address; correctly addressed",
  lang='nl')

M('clb-arts-paniek-arne',
  date=D('2025-01-24 16:20'), frm=LB2, to=CLBARTS,
  subj='Arne D. 5B - vraag doorverwijzing',
  body='''Dag dokter Geerts,

Arne D. (5B) had deze week twee keer een paniekaanval in de klas: hyperventileren, trillen, hij dacht dat hij
“doodging”. Beide keren is hij bij mij gekomen en na een halfuur ging het beter. Hij zegt dat het sinds de
examens in december al een paar keer thuis gebeurd is, ’s avonds in bed… één keer zelfs op de bus.

Zijn mama is onze collega Ann Maes; ze vraagt of jullie hem kunnen doorverwijzen naar een psycholoog of dat
ze beter eerst naar de huisarts gaat. Arne is akkoord met een gesprek bij jullie.

Met dank,
Karim Benali
leerlingenbegeleider
''',
  charset='windows-1252', cte='8bit', rules=['sensitive'], cats=['psychosocial', 'care'], about=['arne'],
  note='counsellor asks the CLB doctor about a pupil\'s panic attacks (Windows-1252, 8-bit)', lang='nl')

M('jobstudent-epilepsie-lucas',
  date=D('2025-05-20 11:40'), frm=PERS, to=KEUKEN,
  subj='jobstudenten juli - aandachtspunt',
  body='''Dag Rudy,

De contracten voor de jobstudenten van juli zijn in orde. Eén aandachtspunt: Lucas Mertens (5C) heeft
epilepsie, dat staat ook op zijn medische fiche. Zijn ouders vragen uitdrukkelijk dat hij niet aan de
snijmachine of de friteuse werkt en nooit alleen in de koelcel. Hij neemt zijn medicatie 's ochtends thuis.

Kan je daar rekening mee houden in je planning? Liefst aan de afwas of aan de kassa.

Mieke
personeelsdienst
''',
  cte='qp', rules=['sensitive'], cats=['medical'], about=['lucasme'],
  note="personnel service tells the kitchen chef about a student worker's epilepsy", lang='nl')

M('veiligheidsschoenen-yannick',
  date=D('2025-01-13 16:05'), frm=T['6D'], to=[T['5D'], T['4D']],
  subj='schoenen Yannick',
  body='''Mannen,

Yannick (6D) heeft nog altijd geen veiligheidsschoenen en mocht daarom al twee keer niet aan de machines.
Mama heeft op het oudercontact gezegd dat ze ze deze maand echt niet kunnen betalen, papa is sinds de zomer
zonder werk en ze zitten in budgetbegeleiding. Ik heb via Marc een paar besteld uit het solidariteitsfonds
(maat 44), komt donderdag.

Niet in de klas vertellen aub, hij schaamt zich er al genoeg over.

Guy
''',
  cte='8bit', rules=['sensitive'], cats=['financial', 'family'], about=['yannick'],
  note="workshop head tells colleagues that a family cannot afford safety shoes and is in debt counselling",
  lang='nl')

M('en-maya-asthma-berlin',
  date=D('2025-03-12 18:30'), frm=T['6C'], to='Chioma Okafor <chioma.okafor@gmail.com>',
  subj='Maya - medical form Berlin trip',
  body='''Dear Mrs Okafor,

Thank you for returning Maya's medical form for the Berlin trip. Just to confirm what we have noted:

- Maya has asthma and always carries her Ventolin inhaler; Ms Dumont will keep the spare one in the first-aid bag.
- She takes her preventive inhaler (Seretide) every evening; she will do that herself.
- In case of a serious attack we call the emergency number (112) and you straight away.

Could you make sure she packs enough for five days plus a little extra? Berlin is a lot of walking, so we'll
plan short breaks.

Kind regards,
Tine Schreurs
form tutor 6C
''',
  kind='alt', style='outlook', cte='qp', rules=['sensitive'], cats=['medical'], about=['maya'],
  note='teacher confirms a pupil\'s asthma treatment to her mother before the trip, in English', lang='en')

M('fr-cpas-benjamin-papa',
  date=D('2025-02-17 10:22'), frm=BOEK, to='Jean-Pierre Tshibangu <jp.tshibangu@hotmail.com>',
  subj='Voyage à Berlin et facture scolaire - Benjamin (6B)',
  body='''Monsieur Tshibangu,

Nous avons bien reçu la décision du CPAS de Leuven : le voyage à Berlin de Benjamin (470 EUR) sera pris en
charge par le CPAS. Benjamin peut donc partir sans souci le 24 mars.

Il reste la facture scolaire du premier trimestre (186,30 EUR). Comme convenu par téléphone avec Madame
Kalala, nous vous proposons de la payer en trois mensualités de 62,10 EUR (mars, avril, mai) sur le compte
BE52 0018 8436 1709, avec la communication +++090/1142/73305+++.

Bien cordialement,
Jan Wuyts
comptabilité
''',
  cte='qp', rules=['sensitive', 'personal_data'], cats=['financial'], about=['benjamin'],
  note="accountant tells the father (in French) that the CPAS pays the trip and offers a payment plan; correctly addressed",
  lang='fr')

M('arne-paniek-collega-mama',
  date=D('2025-01-21 12:58'), frm='Kristel Jorissen <kristel.jorissen@sintpieterscollege.be>',
  to='Ann Maes <ann.maes@sintpieterscollege.be>',
  subj='Arne',
  body='''Ann,

Ik wou het je liever zelf zeggen dan dat je het in de leraarskamer hoort: Arne werd vandaag in de les Engels
weer heel benauwd, hij zat te trillen en kreeg bijna geen adem. Ik heb hem naar Karim gebracht, hij zit daar
nu en het gaat al beter.

Ik weet dat jullie al met het CLB bezig zijn. Laat maar weten of ik in de les iets anders moet doen, bv. hem
laten buitengaan zonder te vragen.

Dikke knuffel,
Kristel
''',
  cte='qp', rules=['sensitive'], cats=['psychosocial'], about=['arne'],
  note="colleague tells a teacher, as Arne's mother, about his panic attack in class (staff member is the parent)",
  lang='nl')

M('milan-tranen-papa-poort',
  date=D('2025-02-05 13:11'), frm=T['4B'], to=LB2,
  subj='Milan',
  body='''Karim, Milan zat vanmiddag weer in tranen. Zijn papa stond om 12u aan de poort terwijl het niet zijn week
is, Milan is niet meegegaan en bleef bij het onthaal. Mama is verwittigd, ze komt hem halen.
Kan jij hem morgen even zien? Hij had het erover dat hij "liever nergens meer wil wonen".
Nele
''',
  cte='8bit', rules=['sensitive'], cats=['family', 'psychosocial'], about=['milan'],
  note='short colleague mail about a custody conflict at the school gate and a distressed pupil', lang='nl')

M('iac-dylan-mama',
  date=D('2025-02-03 15:30'), frm=ZORG, to='Nancy Verbruggen <nancy.verbruggen@hotmail.com>',
  subj='Dylan - individueel aangepast curriculum',
  body='''Beste mevrouw Verbruggen,

Zoals besproken op het overleg (MDO) van 28 januari met het CLB, bevestig ik hierbij dat Dylan vanaf 10
februari voor Frans en wiskunde een individueel aangepast curriculum (IAC) volgt.

Concreet:
- Dylan werkt voor die twee vakken met eigen doelen, die staan in het handelingsplan in bijlage;
- hij krijgt op het rapport voor Frans en wiskunde een beschrijvende evaluatie in plaats van punten;
- aan het einde van het schooljaar krijgt hij een attest van verworven bekwaamheden in plaats van een oriënteringsattest;
- de ondersteuner van het ondersteuningsnetwerk komt elke dinsdag.

Mocht u vragen hebben, dan bel ik u graag op.

Met vriendelijke groeten
Griet Mertens
zorgcoördinator
''',
  attach=[('handelingsplan_Dylan_Verbruggen_4D.pdf', 'application/pdf',
           b'%PDF-1.4\n% handelingsplan IAC Dylan Verbruggen 4D\n%%EOF\n')],
  kind='alt', style='outlook', cte='qp', rules=['sensitive'], cats=['care'], about=['dylan'],
  note='care coordinator confirms an individual adapted curriculum (IAC) to the mother', lang='nl')

M('allergie-fien-refter',
  date=D('2025-02-14 13:40'), frm=LB1, to='Kristof Peeters <kristof.peeters@telenet.be>',
  subj='Fien - allergische reactie over de middag',
  body='''Beste meneer Peeters,

Ik probeerde u en mevrouw Van Aken te bellen, maar bereikte u niet. Fien maakt het goed, maar ik wil u toch
laten weten wat er gebeurd is.

Over de middag at Fien in de refter een koek uit de automaat waar hazelnoot in bleek te zitten. Haar lippen
en oogleden zwollen op en ze kreeg jeuk in haar keel. We hebben haar meteen het antihistaminicum gegeven dat
op het secretariaat ligt volgens haar medische fiche; de EpiPen was niet nodig. Na een halfuur was de zwelling
bijna weg. Ze volgt nu gewoon les.

Misschien goed om bij de allergoloog na te gaan of er iets aangepast moet worden?

Met vriendelijke groeten
''' + sig('Leen Verstraeten', 'leerlingenbegeleiding 1ste graad - EHBO', '016 24 18 97'),
  cte='qp', rules=['sensitive', 'personal_data'], cats=['medical'], about=['fien'],
  note="allergic reaction of Fien Peeters reported to her own father (several Peeters families at school); correctly addressed",
  lang='nl')

M('grace-overlijden-grootmoeder',
  date=D('2025-02-11 08:05'), frm=T['4C'],
  to=['Nele Vanhoof <nele.vanhoof@sintpieterscollege.be>', T['4A'], T['6B'], LO],
  cc=LB2,
  subj='Grâce 4C - afwezig twee weken',
  body='''Dag collega's,

De mama van Grâce belde me gisterenavond: de grootmoeder van Grâce, bij wie ze tot haar tiende in Kinshasa
opgegroeid is, is zondag overleden. Ze vertrekken morgen naar Congo voor de begrafenis en de rouwperiode en
komen pas op 24 februari terug.

Grâce is er erg door aangeslagen. Wie een toets gepland had: graag een inhaalmoment na haar terugkeer, geen
taken doorsturen tijdens haar afwezigheid. Karim ziet haar bij haar terugkeer.

Dries
''',
  cte='qp', rules=['sensitive'], cats=['family'], about=['grace'],
  note='class teacher tells colleagues about a death in a pupil\'s family and her absence', lang='nl')

M('gmail-wout-paniek',
  date=D('2025-02-12 21:55'), frm='Karim Benali <karim.benali.lb@gmail.com>',
  to='Leen Verstraeten <leen.verstraeten@sintpieterscollege.be>',
  subj='Wout J. morgen',
  body='''Leen, sorry dat het via mijn gmail is, mijn schoolaccount wil niet meer aanmelden op de laptop thuis.

Mama van Wout J. (1A) belde me vanavond op mijn gsm: hij had vanochtend om 7u een paniekaanval in de badkamer
en is niet naar school gekomen. Ze durft morgen niet te forceren. Het CLB heeft de aanmelding nog niet
opgenomen. Kan jij morgen om 8u aan de poort staan als hij komt? Dat hielp vorige keer.

Karim
''',
  kind='alt', style='gmail', cte='qp', rules=['sensitive', 'private_account'], cats=['psychosocial'],
  about=['wout'],
  note='counsellor writes about a pupil\'s panic attack from his private gmail to a colleague', lang='nl')

# ==========================================================================
# D. Personal, about one pupil, not sensitive
# ==========================================================================

M('turnzak-wout',
  date=D('2024-12-09 12:15'), frm=LO, to='katrien.goossens@telenet.be',
  subj='turnzak Wout',
  body='''Dag mevrouw,

Wout heeft zijn turnzak vorige donderdag in de kleedkamer laten liggen, met zijn sportschoenen en een blauwe
trui erin. Hij hangt nu aan de kapstok bij het secretariaat. Donderdag hebben we terug LO, dus misschien
handig als hij hem morgen al meeneemt :-)

Sportieve groeten
Jens Moreels
LO
''',
  cte='qp', rules=[], about=['wout'],
  note="forgotten gym bag of Wout Janssens, to his mother whose surname differs from his; correctly addressed",
  lang='nl')

M('goniometrie-elif',
  date=D('2025-02-07 17:48'), frm=T['6A'], to='mehmet.yilmaz@gmail.com',
  subj='Elif - toets goniometrie',
  body='''Beste meneer Yılmaz,

Heel kort, maar zulke berichten mogen ook eens: Elif haalde 19/20 op de toets goniometrie van deze week, de
beste van de klas. Ze heeft er na het oudercontact echt werk van gemaakt en dat is te zien.

Met vriendelijke groeten,
Wim Geens
wiskunde 6A
''',
  cte='qp', rules=[], about=['elif'], note='teacher tells the father about a very good test result', lang='nl')

M('bib-boek-kacper',
  date=D('2025-01-28 10:02'), frm=BIB, to=BYKEY['kacper']['mail'],
  subj='Herinnering: boeken mediatheek',
  body='''Dag Kacper,

Volgens onze gegevens heb je nog twee boeken van de mediatheek in huis:
- "Het leven van een Loser 15" (uitgeleend 26/11, moest terug op 10/12)
- "Wilde Willem en de waterwolf" (uitgeleend 3/12, moest terug op 17/12)

Breng je ze deze week binnen? De mediatheek is open op maandag, dinsdag en donderdag over de middag.

Meneer Van Acker
mediatheek
''',
  cte='qp', rules=[], about=['kacper'], note='library reminder to a pupil about late books', lang='nl')

M('en-fototoestemming-oliver',
  date=D('2024-12-05 11:20'), frm=SEC, to='Sarah Bennett <sarah.bennett.leuven@gmail.com>',
  subj='Photo permission - Oliver Bennett (3A)',
  body='''Dear Mrs Bennett,

Thank you for returning the photo permission form. We have updated Oliver's file as you indicated:

- class photos and photos in Smartschool (only visible to pupils, parents and staff): yes
- photos on the school website, the newsletter and social media: no

If you change your mind, you can let us know at any time.

Kind regards,
Hilde Coppens
pupil administration
''',
  cte='qp', rules=[], about=['oliver'], note='secretariat confirms photo permissions to a parent, in English',
  lang='en')

M('voorschot-ontvangen-febe',
  date=D('2025-02-04 14:35'), frm=BOEK, to='vanrompaey.luc@telenet.be',
  subj='Voorschot Berlijn ontvangen - Febe Van Rompaey 6B',
  body='''Beste meneer Van Rompaey,

Wij bevestigen de ontvangst van het voorschot van 150 euro voor de studiereis naar Berlijn van Febe (6B).
Het saldo van 320 euro verschijnt op de schoolrekening van maart.

Met vriendelijke groeten
boekhouding Sint-Pieterscollege campus Wilsele
''',
  kind='html', cte='qp', rules=[], about=['febe'],
  note='payment confirmation of a trip deposit to the father; nothing sensitive', lang='nl')

M('turnzak-jonas-verkeerde-peeters',
  date=D('2025-01-30 12:33'), frm=LO, to='tom.peeters@skynet.be',
  subj='turnzak Jonas',
  body='''Dag meneer Peeters,

Jonas (4A) heeft al twee weken zijn turnzak in de kleedkamer laten liggen, ondertussen ruikt hij niet meer
zo fris :-) Hij hangt aan de kapstok bij het secretariaat. Kan hij hem deze week ophalen?

Groetjes
Jens Moreels
''',
  cte='qp', rules=[], about=['jonas'], mis=True,
  note="forgotten gym bag of Jonas Peeters (4A) mailed to Tom Peeters, father of his cousin Jana (4C): same surname",
  lang='nl')

M('proficiat-lucas-verkeerde-lucas',
  date=D('2024-12-20 16:10'), frm=T['5A'], to='jeroen.mertens@gmail.com',
  subj='Proficiat!',
  body='''Beste ouders van Lucas,

Ik wou jullie nog even persoonlijk laten weten dat de klassenraad Lucas gisteren unaniem gefeliciteerd heeft.
Hij is de hele trimester heel regelmatig blijven werken, en zijn resultaat voor wiskunde (84%) en
Nederlands (81%) is het beste van 5A. Ook zijn inzet bij de klasactiviteiten viel op.

Een deugddoende kerstvakantie gewenst!

Ann Maes
klastitularis 5A
''',
  kind='alt', style='outlook', cte='qp', rules=[], about=['lucasm'], mis=True,
  note="congratulations about Lucas Maes (5A) sent to the father of Lucas Mertens (5C): picked the wrong Lucas",
  lang='nl')

M('fototoestemming-imane-verkeerde-elamrani',
  date=D('2024-12-11 09:55'), frm=SEC, to='rachid.elamrani@gmail.com',
  subj='Fototoestemming Imane El Amrani',
  body='''Beste meneer El Amrani,

Zoals gevraagd hebben we de fototoestemming van Imane (2A) aangepast: vanaf nu worden er geen foto's meer van
haar gepubliceerd op de website en de Facebookpagina van de school. De klasfoto blijft wel mogelijk.

Met vriendelijke groeten
Hilde Coppens
leerlingensecretariaat
''',
  cte='qp', rules=[], about=['imane'], mis=True,
  note="photo-permission confirmation about Imane (2A) sent to Rachid El Amrani, father of her cousin Nora (3C)",
  lang='nl')

M('bibboeken-nora-bij-youssef',
  date=D('2025-02-06 10:14'), frm=BIB, to='youssef.elamrani@sintpieterscollege.be',
  subj='boeken Nora',
  body='''Dag Youssef,

Zou jij Nora eens kunnen herinneren aan haar drie boeken van de mediatheek? Ze zijn al een maand te laat en
ze reageert niet op de berichten in Smartschool. Ik dacht: makkelijker via papa :-)

- "Gezocht: een wolf" (uitgeleend 7/1)
- "De tweeling" (uitgeleend 7/1)
- Van Dale pocketwoordenboek Frans

Merci!
Chris
''',
  cte='qp', rules=[], about=['nora'], mis=True,
  note="librarian mails a colleague about Nora El Amrani (3C), thinking he is her father; he is the father of her cousins Imane and Sami",
  lang='nl')

M('rekenmachine-mila-verkeerde-desmet',
  date=D('2025-02-18 13:25'), frm='Nele Vanhoof <nele.vanhoof@sintpieterscollege.be>', to='johan.desmet@telenet.be',
  subj='rekenmachine Mila',
  body='''Beste ouder,

Mila heeft vandaag haar rekenmachine (TI-84, met naam op de achterkant) in lokaal B104 laten liggen. Ik heb
hem in mijn kast gelegd, ze mag hem morgen bij mij ophalen. Ze heeft hem donderdag nodig voor de toets.

Vriendelijke groeten,
Nele Vanhoof
klastitularis 4B
''',
  cte='qp', rules=[], about=['mila'], mis=True,
  note="mail about Mila De Smedt (4B) sent to Johan De Smet, father of her classmate Milan: similar surname in the address book",
  lang='nl')

M('studentencontract-zofia-verkeerde-nowak',
  date=D('2025-03-10 11:05'), frm=PERS, to='pawel.nowak@outlook.com',
  subj='Studentencontract paasvakantie - handtekening ouder',
  body='''Beste meneer Nowak,

Zofia komt in de paasvakantie (7 tot 18 april) als jobstudent helpen in de schoolkeuken tijdens de
sportkampen. Omdat ze nog minderjarig is, moet een ouder het studentencontract mee ondertekenen.

Zofia krijgt het contract morgen op papier mee. Wilt u het ondertekenen en tegen vrijdag laten terugbezorgen
op de personeelsdienst? Het uurloon en de uren staan in het contract.

Met vriendelijke groeten,
Mieke Raes
personeelsdienst
''',
  cte='qp', rules=[], about=['zofia'], mis=True,
  note="student-job contract mail about Zofia Nowak (5D) sent to Paweł Nowak, father of Natalia Nowak (4A), an unrelated family with the same surname",
  lang='nl')

M('spreekopdracht-jana-mama',
  date=D('2025-01-31 16:02'), frm=T['6B'], to='nathalie.claes@hotmail.com',
  subj='Jana - spreekopdracht Frans',
  body='''Beste mevrouw Claes,

Op het oudercontact vroeg u of Jana vooruitgang maakt voor Frans. Goed nieuws: voor haar spreekopdracht van
vandaag (een reclamespot voorstellen) kreeg ze 17/20. Ze was veel vlotter en durfde zonder papiertje te
spreken. Bravo aan haar!

Vriendelijke groeten,
Isabelle Dumont
''',
  cte='qp', rules=[], about=['jana'],
  note="good grade of Jana Peeters to her mother (surname Claes); correctly addressed", lang='nl')

M('foto-website-lina-papa',
  date=D('2025-01-14 08:40'), frm=SEC, to='bart.vermeulen@gmail.com',
  subj='RE: foto\'s website',
  body='''Beste meneer Vermeulen,

Dank u voor uw bericht. We hebben genoteerd dat er geen foto's van Lina (3B) op de website of op sociale
media mogen verschijnen. De foto van de sportdag waarop ze herkenbaar was, is vanochtend van de website
gehaald.

Met vriendelijke groeten
''' + sig('Hilde Coppens', 'Leerlingensecretariaat', SCHOOL_TEL) + '''

Van: Bart Vermeulen <bart.vermeulen@gmail.com>
Verzonden: maandag 13 januari 2025 22:07
Aan: info@sintpieterscollege.be
Onderwerp: foto's website

Goedenavond, ik zag dat er op jullie website foto's van de sportdag staan waar mijn dochter Lina Vermeulen
(3B) duidelijk op staat. Ik wil niet dat er foto's van haar online komen, ik dacht dat we dat bij de
inschrijving zo aangeduid hadden. Graag verwijderen. Mvg Bart Vermeulen
''',
  in_reply_to='<CAHbart.vermeulen.b27@mail.gmail.com>', tags=['reply'],
  cte='qp', rules=['personal_data'], about=['lina'],
  note="photo-permission confirmation to Lina's father (separate address); correctly addressed", lang='nl')

M('rekenmachine-noor-aydin',
  date=D('2025-01-16 15:30'), frm=T['3C'], to='selin.aydin@gmail.com',
  subj='Rekenmachine Noor',
  body='''Dag mevrouw Aydın,

Noor had vandaag voor de derde keer haar rekenmachine niet bij in de les wiskunde. Ze heeft er morgen een
nodig voor de toets. Zou u er even op willen letten dat hij in haar boekentas zit?

Vriendelijke groeten,
Ruben Aerts
klastitularis 3C
''',
  cte='qp', rules=[], about=['noora'],
  note="forgotten calculator of Noor Aydın (3C) to her own mother; there are three Noors in the 3rd year", lang='nl')

M('leerlingenraad-emma-papa',
  date=D('2025-01-23 18:20'), frm='Annelies Bogaerts <annelies.bogaerts@sintpieterscollege.be>',
  to='geert.wouters@outlook.com',
  subj='Emma in de leerlingenraad',
  body='''Beste meneer Wouters,

Leuk nieuws: Emma werd door haar klasgenoten van 2C gekozen als afgevaardigde in de leerlingenraad. De
leerlingenraad vergadert één keer per maand tijdens de middagpauze; de eerste keer is op dinsdag 4 februari.
Ze heeft een brief meegekregen met meer uitleg.

Vriendelijke groeten
Annelies Bogaerts
klastitularis 2C
''',
  kind='alt', style='outlook', cte='qp', rules=[], about=['emma'],
  note="news about Emma Wouters to her father (twin sister Lotte at the same school); correctly addressed", lang='nl')

M('werkkledij-sami',
  date=D('2025-02-14 16:12'), frm=T['6D'], to=T['4D'],
  subj='werkkledij Sami',
  body='''Youssef, de werkkledij van Sami hangt al drie weken in de droogkast van het atelier en zijn veiligheidsbril
lag op de werkbank van 6D. Ik heb alles in zijn kastje gelegd (nr 31). Zeg je het hem thuis ook nog eens?
Guy
''',
  cte='8bit', rules=[], about=['sami'],
  note="workshop head tells a colleague, the father of Sami, about forgotten work clothes", lang='nl')

M('rijcursus-robbe-oma',
  date=D('2025-01-27 11:45'), frm=T['4A'], to='Maria Lenaerts <lenaerts.maria@skynet.be>',
  subj='Inschrijving cursus theorie rijbewijs - Robbe Hermans',
  body='''Beste mevrouw Lenaerts,

Robbe heeft zich ingeschreven voor de cursus theoretisch rijexamen die we op school organiseren (vier
woensdagnamiddagen in februari en het examen op 7 maart).

Omdat Robbe (geboren op 05/05/2007) nog geen 18 is, moet een ouder of voogd het toestemmingsformulier
ondertekenen. Robbe heeft het vandaag meegekregen. De kostprijs (35 euro) komt op de schoolrekening, het
examengeld (15 euro) betaalt hij zelf aan het loket.

Met vriendelijke groeten,
Bram Stevens
coördinator rijbewijsproject
''',
  cte='qp', rules=['personal_data'], about=['robbe'], dob=True,
  note="driving-course consent request to the grandmother (guardian, different surname) with the pupil's date of birth",
  lang='nl')

M('scholencross-kacper',
  date=D('2024-12-04 19:05'), frm=LO, to='tomasz.nowak@gmail.com',
  subj='Scholencross - Kacper geselecteerd',
  body='''Dag meneer Nowak,

Kacper werd vandaag tweede op de scholencross in het Heverleebos bij de jongens van het 2de jaar. Daarmee mag
hij naar de provinciale finale op woensdag 12 maart in Hasselt. Hij krijgt een toestemmingsbriefje mee,
wilt u het ondertekenen als hij mag gaan?

Sportieve groeten,
Jens Moreels
''',
  cte='qp', rules=[], about=['kacper'], note='sports result and permission slip for the father', lang='nl')

M('rijexamen-rrn-elif',
  date=D('2025-02-20 14:08'), frm=T['4A'], to=BYKEY['elif']['mail'],
  subj='inschrijving theorie-examen - even nakijken',
  body='''Dag Elif,

Voor de inschrijving bij het examencentrum moet ik je rijksregisternummer doorgeven. Ik heb dit genoteerd van
je inschrijvingsformulier: 07.03.14-123.42. Klopt dat? Het staat op de achterkant van je identiteitskaart.
Graag voor maandag een kort antwoordje, anders kan je niet mee op 7 maart.

Meneer Stevens
''',
  cte='qp', rules=['personal_data'], about=['elif'],
  note='teacher asks a pupil to check her national number for the driving exam registration', lang='nl')

M('studentencontract-lucas-gegevens',
  date=D('2025-05-14 10:30'), frm=PERS, to='mertens.familie@skynet.be',
  subj='Studentencontract juli - gegevens Lucas',
  body='''Beste ouders,

Voor het studentencontract van Lucas (jobstudent in de schoolkeuken van 1 tot 18 juli) heb ik de volgende
gegevens genoteerd van het formulier:

Lucas Mertens
geboortedatum: 11/06/2008
rijksregisternummer: 08.06.11-057.46
rekeningnummer voor het loon: BE05 7350 1422 8975

Kloppen deze gegevens? Dan maak ik het contract op en krijgt Lucas het volgende week mee om te laten
ondertekenen.

Met vriendelijke groeten,
Mieke Raes
personeelsdienst
''',
  cte='qp', rules=['personal_data'], about=['lucasme'], dob=True,
  note="student-job contract data (date of birth, national number, IBAN) checked with the pupil's own parents",
  lang='nl')

M('presentatie-arne-collega',
  date=D('2024-12-12 15:50'), frm='Kristel Jorissen <kristel.jorissen@sintpieterscollege.be>', to='ann.maes@sintpieterscollege.be',
  subj='Arne :-)',
  body='''Ann, Arne had vandaag 18/20 voor zijn presentatie Engels (over Brexit), echt top. Niet zeggen dat ik het je
verklapt heb, hij wou het je zelf vertellen denk ik.
K.
''',
  cte='8bit', rules=[], about=['arne'],
  note="colleague tells a teacher, who is Arne's mother, about his good grade", lang='nl')

M('fr-dictionnaire-grace',
  date=D('2025-03-04 17:22'), frm=T['6B'], to='chantal.mbuyi@gmail.com',
  subj='Grâce - livre de lecture',
  body='''Madame Mbuyi,

Grâce a oublié son livre de lecture « Kiffe kiffe demain » en classe aujourd'hui. Elle en a besoin pour le
devoir de jeudi. Je l'ai déposé au secrétariat, elle peut le récupérer demain matin avant les cours.

Bonne soirée,
Isabelle Dumont
professeur de français
''',
  cte='qp', rules=[], about=['grace'], note='forgotten book, to the mother in French', lang='fr')

M('inhaaltoets-fien',
  date=D('2025-02-03 08:20'), frm=T['2B'], to='Isabelle Dumont <isabelle.dumont@sintpieterscollege.be>',
  subj='inhaaltoets Fien P.',
  body='''Isabelle, Fien P. (2B) kan haar toets Frans morgen het 8ste uur inhalen in B204, ik heb toezicht daar. Leg je
de toets in mijn bakje?
Koen
''',
  cte='8bit', rules=[], about=['fien'], note='colleagues arrange a catch-up test for a pupil', lang='nl')

M('berlijn-idkaart-maya',
  date=D('2025-02-24 12:50'), frm=T['6C'], to=BYKEY['maya']['mail'],
  subj='Berlijn - nog binnenbrengen',
  body='''Hey Maya,

Van jou heb ik nog niet binnen:
- de kopie van je identiteitskaart (voor- en achterkant)
- het ondertekende formulier "toestemming buitenland" (je bent nog geen 18 op 24/3)

Deadline was vrijdag ... graag deze week nog in mijn bakje in de leraarskamer.

Mevr. Schreurs
''',
  cte='qp', rules=[], about=['maya'], note='reminder to a pupil about missing trip documents', lang='nl')

M('laptop-scherm-jonas',
  date=D('2025-02-12 09:35'), frm=ICT, to='kristof.peeters@telenet.be',
  subj='Schade klaslaptop - Jonas Peeters 4A',
  body='''Beste meneer Peeters,

Vorige donderdag is het scherm van klaslaptop nr. 14 (kar 2) gebarsten toen Jonas hem met de deksel open in
de kar schoof. Jonas heeft het zelf meteen gemeld, waarvoor dank.

Volgens het laptopreglement wordt bij schade door onvoorzichtigheid de helft van de herstelling aangerekend:
in dit geval 89 euro. Dat bedrag komt op de schoolrekening van maart. Hebt u vragen, dan hoor ik het graag.

Met vriendelijke groeten
Stijn Jacobs
ICT-coördinator
''',
  kind='alt', style='outlook', cte='qp', rules=[], about=['jonas'],
  note="repair cost for a damaged shared class laptop, to Jonas's own father (cousin's father is another Peeters); not financial hardship",
  lang='nl')

# ==========================================================================
# E. General letters to groups (read like individual ones)
# ==========================================================================

OUD6 = ['ouders-6a@sintpieterscollege.be', 'ouders-6b@sintpieterscollege.be', 'ouders-6c@sintpieterscollege.be',
        'ouders-6d@sintpieterscollege.be']

M('uitnodiging-oudercontact-kerst',
  date=D('2024-12-16 15:00'), frm=DIR, to=SECR, bcc='ouders@sintpieterscollege.be',
  subj='Kerstrapport en oudercontact',
  body='''Geachte ouders,

Vrijdag 20 december krijgt uw zoon of dochter het kerstrapport. Het rapport verschijnt om 15u in Smartschool
(Skore > Rapporten); de leerlingen krijgen een papieren versie mee in een gesloten omslag.

Op donderdag 9 januari nodigen we u graag uit op het oudercontact. U kan vanaf maandag 23 december een
afspraak maken via Smartschool (Intradesk > Oudercontact). Heeft de klassenraad gevraagd om u te spreken,
dan staat dat op het rapport onder "opmerkingen van de klassenraad" en neemt de klastitularis contact met u
op.

Enkele tips om het rapport samen met uw kind te bekijken:
- Begin bij wat goed ging, ook al zijn er tekorten.
- Lees de commentaar van de vakleerkrachten samen: die zegt vaak meer dan het cijfer.
- Noteer vragen voor het oudercontact, bv. "hoe studeert mijn kind best voor wiskunde?".

Wij wensen u en uw gezin alvast fijne feestdagen.

Met vriendelijke groeten
Marc Vandenberghe
directeur
''' + sig('', '', SCHOOL_TEL).replace('\n\n\n', '\n'),
  kind='alt', style='outlook', cte='qp', rules=['personal_data'],
  note="general Christmas report and parents' evening letter to all parents (ouders@ in Bcc), school phone in signature",
  lang='nl')

M('berlijn-voorschot-ouders-6',
  date=D('2025-01-13 12:00'), frm=T['6A'], to=T['6A'], bcc=OUD6,
  subj='Studiereis Berlijn: betaling voorschot',
  body='''Beste ouders van de leerlingen van het 6de jaar,

Zoals aangekondigd op de infoavond gaat de studiereis naar Berlijn door van maandag 24 tot vrijdag 28 maart.
De totale kostprijs bedraagt 470 euro per leerling (bus, jeugdherberg halfpension, musea, openbaar vervoer,
verzekering).

Wij vragen u een voorschot van 150 euro te betalen voor 31 januari op rekening BE44 9730 2455 1845 van
Sint-Pieterscollege campus Wilsele, met de gestructureerde mededeling die u op de brief van uw zoon of dochter
vindt (elke leerling heeft een eigen mededeling, bv. +++000/0000/00000+++ ). Het saldo van 320 euro komt op de
schoolrekening van maart.

Is de betaling voor uw gezin moeilijk, neem dan gerust discreet contact op met meneer Wuyts van de
boekhouding: een spreiding is altijd mogelijk en niemand anders hoeft het te weten.

Met vriendelijke groeten
Wim Geens en Isabelle Dumont
begeleiders studiereis
''',
  cte='qp', rules=['personal_data'],
  note='general deposit letter to all 6th-year parents (groups in Bcc) with the school IBAN; offer of a payment plan is general',
  lang='nl')

M('berlijn-medische-fiche',
  date=D('2025-02-17 16:30'), frm=T['6B'], to=T['6B'], bcc=OUD6,
  subj='Berlijn: medische fiche en medicatie',
  body='''Beste ouders,

Om de studiereis veilig te laten verlopen, vragen we u om voor 3 maart de medische fiche voor Berlijn in te
vullen via het formulier in Smartschool (Formulieren > Studiereis Berlijn).

Veelgestelde vragen

1. Moet ik de fiche invullen als mijn kind niets heeft?
Ja, vul dan "geen bijzonderheden" in. We hebben ook van elke leerling een telefoonnummer van een ouder nodig dat tijdens de reis bereikbaar is.

2. Mijn kind neemt medicatie. Wat moet ik doen?
Geef de medicatie mee in de originele verpakking met de bijsluiter en vermeld op de fiche de dosis en het tijdstip. Wenst u dat een begeleider de medicatie bewaart, laat dat dan weten.

3. Mijn kind heeft een allergie of volgt een dieet.
Vermeld het op de fiche (bv. notenallergie, glutenvrij, vegetarisch, halal). Wij geven de dieetwensen door aan de jeugdherberg, zonder andere medische gegevens.

4. Wie ziet de fiche?
Alleen de vier begeleiders. Na de reis worden de fiches vernietigd.

Met vriendelijke groeten
Isabelle Dumont
''',
  kind='alt', style='outlook', cte='qp', rules=[],
  note='general FAQ letter about medical forms for the trip; no pupil named (groups in Bcc)', lang='nl')

M('printsysteem-ouders',
  date=D('2025-01-03 11:00'), frm=SECR, to=SECR, bcc='ouders@sintpieterscollege.be',
  subj='Nieuw: afdrukken met pincode of leerlingenkaart',
  body='''Beste ouders,

Na de kerstvakantie start op school een nieuw printsysteem. Uw zoon of dochter drukt voortaan af met de
leerlingenkaart of met een persoonlijke pincode aan eender welke printer.

- De pincode vindt uw kind zelf in Smartschool onder "Mijn profiel" > "Printen". We bezorgen hem niet op papier of via mail.
- Elke leerling krijgt 5 euro gratis printkrediet per trimester. Daarna kost een blad 5 cent (kleur 20 cent), verrekend via de schoolrekening.
- Is de leerlingenkaart verloren, dan kost een nieuwe 5 euro. Tot de nieuwe kaart er is, kan uw kind met de pincode printen.

Met vriendelijke groeten
het leerlingensecretariaat
''',
  cte='qp', rules=[], note='general letter to all parents about the printer system; no PIN given', lang='nl')

M('klaslaptops-2de-jaar',
  date=D('2025-01-08 10:00'), frm=T['2B'], to=T['2B'],
  bcc=['ouders-2a@sintpieterscollege.be', 'ouders-2b@sintpieterscollege.be', 'ouders-2c@sintpieterscollege.be',
       'ouders-2d@sintpieterscollege.be'],
  subj='Gedeelde klaslaptops in het 2de jaar',
  body='''Beste ouders,

Vanaf deze maand werken de leerlingen van het 2de jaar in verschillende vakken met gedeelde klaslaptops. Uw
kind neemt dus geen eigen toestel mee; de laptops blijven op school in een afgesloten kar.

Afspraken met de leerlingen
- De leerling gebruikt elke les dezelfde laptop (het nummer staat op de klaslijst).
- Na de les gaat de laptop terug aan de lader in de kar.
- Eten en drinken in de buurt van de laptops is niet toegestaan.

Schade
Bij schade door onvoorzichtigheid (bv. een laptop laten vallen) wordt de helft van de herstelling aangerekend
via de schoolrekening. Bij opzettelijke schade de volledige kost. Gewone slijtage is voor de school.

Met vriendelijke groeten
Koen Luyten
namens het team van het 2de jaar
''',
  cte='qp', rules=[], note='general letter to 2nd-year parents about shared laptops (groups in Bcc)', lang='nl')

M('medicatie-op-school-algemeen',
  date=D('2024-12-02 09:00'), frm=DIR, to=DIR, bcc='ouders@sintpieterscollege.be',
  subj='Medicatie op school: afspraken',
  body='''Geachte ouders,

Naar aanleiding van enkele vragen herhalen we de afspraken uit het schoolreglement over medicatie.

Art. 4.3 Uw kind wordt ziek op school
Wordt uw kind ziek tijdens de schooluren, dan verwittigen we u en vragen we u om uw kind op te halen. Bij
dringende gevallen bellen we de hulpdiensten.

Art. 4.4 Geneesmiddelen op school
De school geeft geen medicatie op eigen initiatief, ook geen pijnstiller. Moet uw kind op school medicatie
nemen, bv. een antibioticum of medicatie voor een chronische aandoening, dan bezorgt u ons het formulier
"medicatie op school", ingevuld en ondertekend door de behandelende arts. De medicatie zit in de originele
verpakking met de naam van uw kind.

Art. 4.5 Allergieën en chronische ziekten
Heeft uw kind een ernstige allergie, epilepsie, diabetes of een andere aandoening waar we in noodgevallen
rekening mee moeten houden, vermeld het dan op de medische fiche in Smartschool. Die fiche is enkel zichtbaar
voor de directie, het secretariaat en de EHBO-verantwoordelijken.

Met vriendelijke groeten
Marc Vandenberghe
directeur
''',
  kind='alt', style='outlook', cte='qp', rules=[],
  note='general rule-book letter on medication at school to all parents; no pupil concerned', lang='nl')

M('rijbewijscursus-info-ouders',
  date=D('2025-01-14 16:00'), frm=T['4A'], to=T['4A'],
  bcc=['ouders-5a@sintpieterscollege.be', 'ouders-5b@sintpieterscollege.be', 'ouders-5c@sintpieterscollege.be',
       'ouders-5d@sintpieterscollege.be'] + OUD6,
  subj='Cursus theoretisch rijexamen op school',
  body='''Beste ouders,

Ook dit schooljaar organiseren we samen met een erkende rijschool een cursus theoretisch rijexamen voor
leerlingen die voor 7 maart 17 jaar zijn.

Praktisch
- vier lessen op woensdagnamiddag: 5, 12, 19 en 26 februari, van 13u tot 16u
- examen in het examencentrum op vrijdag 7 maart (voormiddag, vervoer met de bus)
- kostprijs: 35 euro (via de schoolrekening) + 15 euro examengeld

Inschrijven kan tot 24 januari met het formulier in bijlage. Voor de inschrijving in het examencentrum hebben
we het rijksregisternummer van uw kind nodig; vul het in op het formulier en geef het in een gesloten omslag
mee, niet via mail of Smartschool.

Minderjarige leerlingen hebben een handtekening van een ouder of voogd nodig.

Met vriendelijke groeten
Bram Stevens
coördinator rijbewijsproject
''',
  attach=[('inschrijvingsformulier_rijbewijs_2025.pdf', 'application/pdf',
           b'%PDF-1.4\n% inschrijvingsformulier cursus theorie rijbewijs B - leeg formulier\n%%EOF\n')],
  cte='qp', rules=[], note='general driving-course letter to 5th/6th-year parents; asks for the national number on paper, gives none',
  lang='nl')

M('vakantiejobs-keuken-leerlingen',
  date=D('2025-02-10 12:30'), frm=KEUKEN, to=KEUKEN,
  bcc=['leerlingen-5@sintpieterscollege.be', 'leerlingen-6@sintpieterscollege.be'],
  subj='Vakantiejob in onze schoolkeuken?',
  body='''Hey jij daar!

Tijdens de paasvakantie (7-18 april) en in juli koken we in onze schoolkeuken voor de sportkampen van de
stad Leuven in onze sporthal. Daarvoor zoeken we jobstudenten.

Wat doe je? Groenten snijden, afwassen, borden vullen, de kassa in de refter.
Wie? Leerlingen die minstens 16 zijn (of 15 en het 3de jaar afgewerkt hebben).
Loon? Het gewone studentenloon, uitbetaald op je rekening.

Interesse? Stuur voor 28 februari een berichtje via Smartschool naar meneer Vangeel, met de periode(s) waarin
je kan werken. Minderjarigen hebben een handtekening van een ouder nodig op het contract.

Rudy Vangeel
chef grootkeuken
''',
  cte='qp', rules=[], note='call for student workers to 5th and 6th-year pupils (groups in Bcc)', lang='nl')

M('herinnering-schoolrekening-algemeen',
  date=D('2025-02-03 08:30'), frm=BOEK, to=BOEK, bcc='ouders@sintpieterscollege.be',
  subj='Herinnering schoolrekening eerste trimester',
  body='''Beste ouders,

Bij de controle van de betalingen merkten we dat een aantal schoolrekeningen van het eerste trimester nog
openstaan. Hebt u de rekening van uw zoon of dochter al betaald, dan mag u deze herinnering als
onbestaande beschouwen.

Betalen kan op rekening BE96 0689 0127 3305 met de gestructureerde mededeling die op de rekening staat.

Lukt het betalen niet, of niet in één keer? Neem dan contact op met de boekhouding. Samen zoeken we naar
een oplossing, bv. een afbetalingsplan. Ook de sociale dienst van het OCMW of het schooltoelage-loket van de
Vlaamse overheid kan u helpen. Alles wordt discreet behandeld.

Met vriendelijke groeten
Jan Wuyts
boekhouding
''',
  cte='qp', rules=['personal_data'],
  note='general payment reminder to all parents (ouders@ in Bcc) with the school IBAN; no family singled out', lang='nl')

M('klasbrief-3b-na-rapport',
  date=D('2024-12-20 17:30'), frm='Ellen Smolders <smo@spc.ksleuven.be>', to='Ellen Smolders <smo@spc.ksleuven.be>',
  bcc='ouders-3b@sintpieterscollege.be',
  subj='Het rapport van uw kind',
  body='''Beste ouders van 3B,

Vandaag kreeg uw zoon of dochter het kerstrapport. Als klastitularis wil ik u graag nog een paar dingen
meegeven.

Het eerste trimester van het 3de jaar is voor veel leerlingen een omschakeling: meer vakken, meer leerstof
en de eerste grote examenperiode. Het is dus normaal dat sommige resultaten lager liggen dan in het 2de jaar.

Heeft uw kind een of meer tekorten, dan staat op het rapport wat de klassenraad voorstelt, bv. een
remediëringstaak, inhaallessen op woensdag of een gesprek met de leerlingenbegeleider. Die afspraken
bespreken we graag met u op het oudercontact van 9 januari.

Heeft uw kind het goed gedaan: zeg het hem of haar ook, dat doet deugd!

Fijne feestdagen,
Ellen Smolders
klastitularis 3B
''',
  kind='alt', style='outlook', cte='qp', rules=[],
  note='class letter to all 3B parents that reads like an individual one (ouders-3b@ in Bcc)', lang='nl')

M('clb-info-eerste-jaar',
  date=D('2024-12-05 10:00'), frm=ZORG, to=ZORG,
  bcc=['ouders-1a@sintpieterscollege.be', 'ouders-1b@sintpieterscollege.be', 'ouders-1c@sintpieterscollege.be',
       'ouders-1d@sintpieterscollege.be'],
  subj='Wat doet het CLB voor uw kind?',
  body='''Beste ouders,

Onze school werkt samen met het CLB Leuven. Het CLB is er voor alle leerlingen, ouders en leerkrachten, gratis
en onafhankelijk van de school.

Wanneer kan u bij het CLB terecht?
- als uw kind moeilijk leert of het niet meer ziet zitten op school
- bij vragen over gezondheid, groei of vaccinaties
- als uw kind zich niet goed in zijn of haar vel voelt, gepest wordt of niet meer naar school wil
- bij vragen over studiekeuze

In het 1ste jaar komt uw kind ook op het verplichte medisch consult. U krijgt daarover een aparte brief.

Het CLB bewaart gegevens in een eigen dossier en deelt enkel met de school wat nodig is, met uw toestemming.
U kan het CLB zelf contacteren of via de leerlingenbegeleiding van de school.

Met vriendelijke groeten
Griet Mertens
zorgcoördinator
''',
  cte='qp', rules=[], note='general CLB information letter to 1st-year parents; not about one pupil', lang='nl')

M('atelier-veiligheid-badges-personeel',
  date=D('2025-01-09 07:30'), frm=T['6D'], to=T['6D'], bcc='personeel@sintpieterscollege.be',
  subj='Ateliers blok D: badges en veiligheid',
  body='''Beste collega's,

Vanaf maandag werken alle deuren van de ateliers in blok D met badges. Enkele afspraken:

1. Leerlingen komen enkel binnen met een leerkracht techniek. Hun badge werkt alleen tijdens hun lesuren praktijk.
2. Collega's die geen techniek geven (bv. voor toezicht of een vervanging) krijgen tijdelijk toegang via het secretariaat. Codes worden niet doorgegeven via mail of Smartschool.
3. Veiligheidsschoenen, veiligheidsbril en werkkledij zijn verplicht vanaf de deur, ook voor bezoekers.
4. Na het laatste lesuur: machines uit, hoofdschakelaar uit, rolluik dicht.

Vragen? Kom gerust langs in D010.

Guy Lambrechts
atelierverantwoordelijke
''',
  cte='qp', rules=[], note='general staff letter on workshop key cards and safety; says codes are never mailed', lang='nl')

M('veiligheidsschoenen-ouders-techniek',
  date=D('2025-01-09 08:00'), frm=T['6D'], to=T['6D'],
  bcc=['ouders-4d@sintpieterscollege.be', 'ouders-5d@sintpieterscollege.be', 'ouders-6d@sintpieterscollege.be'],
  subj='Atelier: badge en beschermkledij',
  body='''Beste ouders,

Uw zoon of dochter krijgt vanaf maandag een persoonlijke badge voor de ateliers. De badge is gekoppeld aan de
lesuren praktijk en mag niet uitgeleend worden. Bij verlies betaalt u 5 euro voor een nieuwe.

In de ateliers zijn veiligheidsschoenen (S3), een veiligheidsbril en werkkledij verplicht. Zonder die
uitrusting mag uw kind niet aan de machines werken. De school kan veiligheidsschoenen bestellen aan
groepsprijs (ongeveer 55 euro).

Is de aankoop voor uw gezin moeilijk, laat het dan discreet weten aan de klastitularis of aan meneer Wuyts:
de school heeft een solidariteitsfonds.

Met vriendelijke groeten
Guy Lambrechts
''',
  cte='qp', rules=[], note='general letter to technical-class parents about badges and safety shoes (groups in Bcc)',
  lang='nl')

M('faq-coaccount-ouders',
  date=D('2024-12-09 14:00'), frm=SECR, to=SECR, bcc='ouders@sintpieterscollege.be',
  subj='Smartschool voor ouders: veelgestelde vragen',
  body='''Beste ouders,

Hieronder de antwoorden op de vragen die we het vaakst krijgen over de co-accounts.

Wat is een co-account?
Een eigen toegang voor u als ouder, gekoppeld aan het account van uw kind. U meldt aan met de gebruikersnaam van uw kind en uw eigen wachtwoord.

Wij wonen niet samen. Krijgen we allebei de berichten?
Ja. Elke ouder kan een eigen co-account krijgen op het eigen e-mailadres. Vraag het aan het leerlingensecretariaat. Beide ouders krijgen dan de rapporten en de brieven.

Kan een stiefouder of grootouder ook een co-account krijgen?
Dat kan, met akkoord van de ouders. Bij een pleeggezin of een voogd gebeurt dat in overleg met de leerlingenbegeleiding.

Ik ben mijn wachtwoord vergeten.
Klik op het aanmeldscherm op "Wachtwoord vergeten?". De school vraagt nooit om uw wachtwoord.

Met vriendelijke groeten
het leerlingensecretariaat
''',
  kind='alt', style='outlook', cte='qp', rules=[],
  note='general FAQ to all parents about co-accounts for separated parents and step-parents; no family named', lang='nl')

M('antipestbeleid-ouders',
  date=D('2025-02-10 09:00'), frm=LB1, to=LB1, bcc='ouders@sintpieterscollege.be',
  subj='Week tegen pesten: hoe pakken we het aan?',
  body='''Beste ouders,

Van 17 tot 21 februari doen we mee aan de Vlaamse week tegen pesten. In de klassen werken we rond
vriendschap, online pesten en wat je kan doen als je iets ziet gebeuren.

Wat als uw kind gepest wordt of zelf pest?
- Neem het ernstig en luister zonder meteen te oordelen.
- Neem contact op met de klastitularis of met de leerlingenbegeleiding. We werken met de "no blame"-aanpak: we zoeken samen met de betrokken leerlingen naar een oplossing in plaats van te straffen.
- Bewaar bij online pesten de berichten (screenshots), maar reageer er niet op.

Het volledige antipestbeleid vindt u in het schoolreglement, hoofdstuk 6.

Met vriendelijke groeten
Leen Verstraeten en Karim Benali
leerlingenbegeleiding
''',
  cte='qp', rules=[], note='general anti-bullying policy letter to all parents (ouders@ in Bcc)', lang='nl')

M('en-berlin-letter-parents',
  date=D('2025-01-14 09:30'), frm=T['6C'], to=T['6C'],
  bcc=['chioma.okafor@gmail.com', 'emeka.okafor@outlook.com'],
  subj='Berlin study trip - information in English',
  body='''Dear parents,

Some parents asked for the information about the study trip in English, so here is a short summary of the
Dutch letter.

- Dates: Monday 24 March (departure 6:00 am at school) to Friday 28 March (back around 8:00 pm).
- Cost: EUR 470 in total. A deposit of EUR 150 is due by 31 January, the rest will be on the March school bill.
- Your child needs a valid identity card or passport and the European health insurance card.
- Please fill in the medical form on Smartschool before 3 March.
- Pocket money: a maximum of EUR 100 is more than enough.

If paying in one go is difficult, please contact the school's accounts office; instalments are possible.

Kind regards,
Tine Schreurs
on behalf of the Berlin team
''',
  cte='qp', rules=[], note='general trip letter in English to a few parents, all in Bcc; no pupil named', lang='en')

M('fr-reunion-parents',
  date=D('2024-12-17 10:15'), frm=T['6B'], to=T['6B'],
  bcc=['chantal.mbuyi@gmail.com', 'jp.tshibangu@hotmail.com', 'esther.kalala@gmail.com',
       'patrick.tshibangu@gmail.com'],
  subj='Réunion des parents du 9 janvier',
  body='''Chers parents,

Le vendredi 20 décembre, votre enfant recevra son bulletin de Noël. Nous vous invitons à la réunion des
parents le jeudi 9 janvier, de 16 h à 20 h 30.

Vous pouvez prendre rendez-vous avec les professeurs via Smartschool (Intradesk > Oudercontact) à partir du
23 décembre. Si vous préférez que l'entretien se fasse en français, indiquez-le dans la remarque : plusieurs
professeurs parlent français et nous pouvons aussi prévoir un interprète.

Bonnes fêtes de fin d'année,
Isabelle Dumont
professeur de français
''',
  cte='qp', rules=[], note='general invitation in French to French-speaking parents, all in Bcc', lang='fr')

M('klasbrief-4a-ouders-in-aan',
  date=D('2025-01-31 19:12'), frm=T['4A'], to='ouders-4a@sintpieterscollege.be',
  subj='4A: uitstap Technopolis 14 februari',
  body='''Beste ouders van 4A,

Op vrijdag 14 februari gaan we met de klas naar Technopolis in Mechelen in het kader van fysica en chemie.
Vertrek om 8u30 met de bus aan school, terug rond 15u30. Uw zoon of dochter brengt een lunchpakket mee.

De kostprijs (18 euro) komt op de schoolrekening van maart.

Met vriendelijke groeten
Bram Stevens
klastitularis 4A
''',
  cte='qp', rules=['bcc'], note='class trip letter with the parents group address visible in To instead of Bcc',
  lang='nl')

_g19 = ['ella', 'jules', 'lars', 'aya', 'stan']
M('berlijn-idkaart-ouders-zichtbaar',
  date=D('2025-02-26 20:40'), frm=T['6A'],
  to=[BYKEY[k]['p1'] for k in _g19],
  subj='Berlijn: kopie identiteitskaart',
  body='''Beste ouders,

Van uw zoon of dochter hebben we nog geen kopie van de identiteitskaart ontvangen. Die hebben we nodig voor de
verzekering en voor de lijst voor de bus. Mag ik vragen om die deze week nog mee te geven (voor- en
achterkant), of in te scannen en te uploaden via Smartschool?

Alvast bedankt,
Wim Geens
''',
  cte='qp', rules=['bcc'], about=[],
  note='reminder to five families with all parent addresses visible in To; no pupil named', lang='nl')

M('planning-oudercontact-personeel',
  date=D('2025-01-07 13:00'), frm=ADJ, to=ADJ, bcc='personeel@sintpieterscollege.be',
  subj='Oudercontact do 9/1 - praktische regeling',
  body='''Beste collega's,

Enkele afspraken voor het oudercontact van donderdag:

- De lessen eindigen om 15u15 (laatste lesuur valt weg). Toezicht tot 16u volgens de lijst in de leraarskamer.
- Gesprekken van 16u tot 20u30, 10 minuten per ouder. Hou je aan je schema, ouders hebben vaak meerdere afspraken na elkaar.
- Gescheiden ouders die apart willen komen hebben elk een eigen afspraak; kijk goed na wie er voor je zit.
- Er zijn broodjes in de leraarskamer vanaf 17u30.
- Ouders die boos of overstuur zijn: bel gerust naar het secretariaat, er is altijd iemand van de directie of de leerlingenbegeleiding beschikbaar.

Noodnummer directie tijdens de avond: 0472 18 33 65.

Dank voor jullie inzet!
Veerle
''',
  cte='qp', rules=['personal_data'],
  note="staff letter about the parents' evening (personeel@ in Bcc) with a mobile emergency number", lang='nl')

# ==========================================================================
# X. Extra cases: bcc with two parents, private accounts, attachments, personal data
# ==========================================================================

M('oudercontact-milan-beide-ouders',
  date=D('2024-12-23 10:45'), frm=T['4B'],
  to=['Sarah Lemmens <sarah.lemmens@gmail.com>', 'Johan De Smet <johan.desmet@telenet.be>'],
  subj='Oudercontact Milan - bevestiging afspraken',
  body='''Beste mevrouw Lemmens, beste meneer De Smet,

Ik bevestig jullie afspraken voor het oudercontact van 9 januari over Milan:
- mevrouw Lemmens: 17u10, lokaal B104
- meneer De Smet: 17u30, lokaal B104

Zijn vakleerkrachten wiskunde en Frans hebben jullie ook ingepland, zie Smartschool.

Vriendelijke groeten
Nele Vanhoof
klastitularis 4B
''',
  cte='qp', rules=['bcc'], about=['milan'],
  note="both parents (separate households) visible in To; correctly addressed, nothing sensitive beyond separate appointments",
  lang='nl')

M('fr-carte-identite-benjamin-parents',
  date=D('2025-03-17 16:55'), frm=T['6B'],
  to=['jp.tshibangu@hotmail.com', 'esther.kalala@gmail.com'],
  subj='Benjamin - carte d\'identité pour Berlin',
  body='''Madame, Monsieur,

Benjamin m'a dit qu'il ne trouvait plus sa carte d'identité. Pour le voyage à Berlin, il lui faut
absolument une carte d'identité valable ou un passeport. La commune peut délivrer une carte en procédure
urgente (environ 3 jours ouvrables).

Pourriez-vous me confirmer avant jeudi qu'il aura un document valable ?

Bien cordialement,
Isabelle Dumont
''',
  cte='qp', rules=['bcc'], about=['benjamin'],
  note='French mail to both of a pupil\'s parents, two external addresses visible in To', lang='fr')

M('prive-gmail-leesdossier-kato',
  date=D('2025-01-19 20:30'), frm='Tim Willems <tim.willems78@gmail.com>', to='eline.craps@telenet.be',
  subj='leesdossier Kato',
  body='''Dag mevrouw Craps,

Ik stuur u dit even vanop mijn eigen adres, mijn schoolmail doet het thuis niet.

Kato had haar leesdossier voor Nederlands nog niet ingediend, maar ze zei dat het af is en op de computer
thuis staat. Als ze het morgen meebrengt op een stick of print, is het nog in orde. Geen probleem verder,
haar leesverslag van het eerste trimester was heel mooi.

Groeten,
Tim Willems
leerkracht Nederlands 1A
''',
  kind='alt', style='gmail', cte='qp', rules=['private_account'], about=['kato'], ext_ok=['tim.willems78@gmail.com'],
  note='teacher writes to a parent about a pupil\'s homework from his private gmail', lang='nl')

M('fwd-kamerlijst-naar-gmail',
  date=D('2025-03-07 16:02'), frm=T['6A'], to='wim.geens.berlijn@gmail.com',
  subj='Fwd: Rooming list and dietary requirements - booking 4471-2209',
  body='''om thuis verder te werken

-------- Forwarded Message --------
Subject: Rooming list and dietary requirements - booking 4471-2209
Date: Fri, 7 Mar 2025 15:55:14 +0100
From: Wim Geens <wim.geens@sintpieterscollege.be>
To: Jugendgästehaus Berlin-Mitte <reservierung@jgh-mitte.de>
CC: Isabelle Dumont <isabelle.dumont@sintpieterscollege.be>

Dear Ms Brenner,

Please find below the rooming list for our group (booking 4471-2209, arrival 24 March).

''' + _room_tbl + '''

Could you please make sure the kitchen is informed about the allergy in room 312 and the gluten-free diet in
room 314?

Kind regards,
Wim Geens
''',
  kind='alt', style='outlook', tags=['forward'], cte='qp',
  rules=['sensitive', 'private_account', 'personal_data'], cats=['medical'], fwd_private=True,
  about=[k for _, k, _, _ in _rooms], dob=True, ext_ok=['wim.geens.berlijn@gmail.com'],
  note='teacher forwards the rooming list with dates of birth and medical diets to his own private gmail',
  lang='nl')


def _zip(entries):
    import zipfile
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 2, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


_fake_exe = b'MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00' + b'\x00' * 44 + b'\x80\x00\x00\x00' + \
    b'This program cannot be run in DOS mode.\r\r\n$' + b'\x00' * 64 + b'PE\x00\x00' + b'\x00' * 128
M('printclient-installer-zip',
  date=D('2025-01-03 14:20'), frm=ICT,
  to=[T['5A'], T['3B'], 'Wim Geens <wim.geens@sintpieterscollege.be>', T['6B']],
  subj='Printen vanop je eigen laptop',
  body='''Dag collega's,

Jullie vroegen of je ook vanop je eigen laptop naar de nieuwe printers kan sturen. Dat kan met het
programmaatje in bijlage (zip uitpakken, PrintClient_Setup.exe uitvoeren, als server "print.spc.local"
invullen). Werkt alleen op het schoolnetwerk.

Stijn
''',
  attach=[('PrintClient_Setup.zip', 'application/zip',
           _zip([('PrintClient_Setup.exe', _fake_exe), ('LEESMIJ.txt', b'Server: print.spc.local\r\n')]))],
  cte='qp', rules=['attachment'], note='ICT mails colleagues a zip archive containing an .exe installer', lang='nl')


def _ooxml(kind):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
          '<Default Extension="xml" ContentType="application/xml"/></Types>')
    main = 'xl/vbaProject.bin' if kind == 'xlsm' else 'word/vbaProject.bin'
    return _zip([('[Content_Types].xml', ct.encode()), (main, b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + b'\x00' * 120),
                 ('docProps/app.xml', b'<Properties/>')])


M('berlijn-budget-xlsm',
  date=D('2025-01-09 21:15'), frm=T['6A'], to=T['6B'],
  subj='budget Berlijn',
  body='''Isabelle, hierbij het budgetbestand. Macro's inschakelen, dan rekent hij de prijs per leerling automatisch uit
als je het aantal deelnemers aanpast (knop "herbereken" bovenaan). Busprijs is nog die van de offerte van
december.
Wim
''',
  attach=[('Berlijn2025_budget.xlsm', 'application/vnd.ms-excel.sheet.macroEnabled.12', _ooxml('xlsm'))],
  cte='qp', rules=['attachment'], note='colleague sends a macro-enabled Excel budget file', lang='nl')

M('sjabloon-klassenraad-docm',
  date=D('2024-12-10 12:05'), frm=ZORG, to=[T['1A'], T['1B'], T['2A'], T['2B'], T['2C'], T['2D']],
  subj='nieuw sjabloon verslag klassenraad',
  body='''Dag klastitularissen van de 1ste graad,

In bijlage het nieuwe sjabloon voor de verslagen van de kerstklassenraden. Bij het openen "inhoud inschakelen"
aanklikken, dan worden de klaslijst en de vakken automatisch ingevuld uit het exportbestand van Smartschool.

Het ingevulde verslag graag in de map "Klassenraden" op Smartschool zetten, niet mailen.

Groetjes
Griet
''',
  attach=[('sjabloon_klassenraad_kerst.docm', 'application/vnd.ms-word.document.macroEnabled.12', _ooxml('docm'))],
  kind='alt', style='outlook', cte='qp', rules=['attachment'],
  note='care coordinator sends a macro-enabled Word template', lang='nl')

_jobtbl = text_table([['Naam', 'Geboortedatum', 'Rijksregisternummer', 'Rekeningnummer', 'Periode']] + [
    ['Elif Yılmaz', '14/03/2007', '07.03.14-123.42', 'BE12 0833 4561 0292', '7-18 april'],
    ['Zofia Nowak', '30/12/2007', '07.12.30-412.15', 'BE09 1030 9772 6457', '7-18 april'],
    ['Ahmed Bouzid', '05/04/2007', 'volgt (kopie id-kaart ontbreekt)', 'volgt', '14-18 april'],
])
M('dimona-jobstudenten-sociaal-secretariaat',
  date=D('2025-03-24 10:40'), frm=PERS, to='Dossierbeheer <onderwijs@sociaal-secretariaat-kempen.be>',
  subj='Dimona jobstudenten paasvakantie - SPC Wilsele',
  body='''Goeiemorgen,

Graag de Dimona-aangifte voor de volgende jobstudenten (schoolkeuken, paritair comité 225):

''' + _jobtbl + '''

Voor Ahmed volgen de gegevens later deze week. Uurrooster: 7u30-14u, 5 dagen per week.

Met vriendelijke groeten
Mieke Raes
personeelsdienst Sint-Pieterscollege campus Wilsele
''',
  kind='alt', style='outlook', tags=['table'], cte='qp', rules=['personal_data'], about=['elif', 'zofia', 'ahmed'],
  dob=True, note='personnel service sends dates of birth, national numbers and IBANs of student workers to the payroll office',
  lang='nl')

M('examencentrum-inschrijvingen',
  date=D('2025-02-25 11:20'), frm=T['4A'], to='Examencentrum Leuven <groepen@examencentrum-leuven.be>',
  subj='Groepsinschrijving theorie-examen 7 maart - Sint-Pieterscollege Wilsele',
  body='''Geachte,

Hierbij de lijst van de leerlingen voor de groepssessie van vrijdag 7 maart om 9u30 (reservatie G-2503-11):

1. Benjamin Tshibangu - °21/10/2006 - RRN 06.10.21-317.54
2. Maya Okafor - °02/09/2007 - RRN 07.09.02-245.31
3. Seppe Wuyts - °17/08/2007 - RRN 07.08.17-181.26
4. Robbe Hermans - °05/05/2007 - RRN 07.05.05-094.64

Begeleider: Bram Stevens (0497 62 18 40).
Het examengeld betalen de leerlingen ter plaatse.

Met vriendelijke groeten
Bram Stevens
Sint-Pieterscollege campus Wilsele
''',
  cte='qp', rules=['personal_data'], about=['benjamin', 'maya', 'seppe', 'robbe'], dob=True,
  note='registration list for the driving exam centre with dates of birth and national numbers of four pupils',
  lang='nl')

_ps1 = '''# reset_klaslaptops.ps1 - zet de klaslaptops terug naar de standaardinstellingen
# uitvoeren als beheerder op elke laptop van de kar
$profielen = Get-CimInstance -ClassName Win32_UserProfile | Where-Object { $_.LocalPath -like "C:\\Users\\klas*" }
foreach ($p in $profielen) {
    Write-Host "Profiel verwijderen:" $p.LocalPath
    Remove-CimInstance -InputObject $p
}
Remove-Item -Path "C:\\Temp\\*" -Recurse -Force -ErrorAction SilentlyContinue
Restart-Computer -Force
'''
M('script-reset-klaslaptops',
  date=D('2025-02-13 15:05'), frm=ICT, to=HELP,
  subj='script voor de kar',
  body='''Bert,

In bijlage het scriptje om de klasprofielen op de laptops op te kuisen. Rechtsklik > uitvoeren met
PowerShell, als beheerder. Eerst op 1 laptop testen aub, niet meteen op de hele kar.

Stijn
''',
  attach=[('reset_klaslaptops.ps1', 'application/octet-stream', _ps1.encode('utf-8'))],
  cte='qp', rules=['attachment'], note='ICT sends a PowerShell script as attachment', lang='nl')


# --------------------------------------------------------------------------
# Vary the transfer encodings and body types a bit more (as real clients do)
# --------------------------------------------------------------------------
_OVERRIDE = {
    'goniometrie-elif': dict(cte='b64'),
    'en-oliver-groepschat': dict(cte='b64'),
    'beterschap-noor-verkeerde-noor': dict(cte='b64'),
    'kerem-astma-puffer': dict(cte='b64'),
    'iac-dylan-mama': dict(cte='b64'),
    'vakantiejobs-keuken-leerlingen': dict(cte='b64'),
    'fr-reunion-parents': dict(cte='b64'),
    'paswoord-noor-verkeerde-noor': dict(cte='b64'),
    'coaccount-wout-papa': dict(cte='b64'),
    'imane-gepest-papa-collega': dict(cte='b64'),
    'rijcursus-robbe-oma': dict(cte='b64'),
    'lina-slaapt-niet-mama': dict(kind='html', style='gmail', cte='qp'),
    'klasbrief-3b-na-rapport': dict(kind='html', cte='qp'),
    'scholencross-kacper': dict(kind='html', style='gmail', cte='b64'),
    'clb-info-eerste-jaar': dict(kind='html', cte='qp'),
    'jonas-medicatie-verkeerde-peeters': dict(kind='html', cte='qp'),
    'incident-atelier-sami': dict(charset='windows-1252', cte='8bit'),
    'fr-dictionnaire-grace': dict(charset='windows-1252', cte='8bit'),
    'grace-overlijden-grootmoeder': dict(charset='windows-1252', cte='8bit'),
    'fr-plan-dyslexie-grace': dict(charset='windows-1252', cte='8bit'),
}
for _m in MAILS:
    _m.update(_OVERRIDE.get(_m['slug'], {}))

if __name__ == '__main__':
    main()
