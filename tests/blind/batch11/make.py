#!/usr/bin/env python3
"""Blind labelled test mail, batch11: Sint-Pieterscollege campus Aarschot (Hageland).

Small rural secondary school (ASO + small STEM and zorg-en-welzijn section), a boarding house
(internaat) on a *.ksleuven.be domain, one part-time ICT teacher who does everything by mail.
Run: python3 make.py  -> writes NNN-slug.eml, labels.yaml, roster.csv next to this file.
Standard library only, deterministic (fixed dates, boundaries, message ids, seeded roster).
"""
import base64
import hashlib
import io
import json
import os
import quopri
import random
import unicodedata
import zipfile
from datetime import datetime, timedelta, timezone
from email import policy as _policy
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- roster
# handle: (first, last, class, parent1, parent2)
KEY = {
    # sensitive
    'jonas': ('Jonas', 'Verhoeven', '4A', 'griet.verhoeven@telenet.be', 'kurt.verhoeven@gmail.com'),
    'nour': ('Nour', 'El Amrani', '3C', 'fatima.elamrani@hotmail.com', 'rachid.elamrani@gmail.com'),
    'kobe': ('Kobe', 'Peeters', '2B', 'kristel.peeters@telenet.be', 'dirk.peeters3@gmail.com'),
    'lina': ('Lina', 'De Smet', '2A', 'ann.desmet@skynet.be', ''),
    'ruben': ('Ruben', 'Claessens', '3D', 'sandra.claessens@hotmail.com', ''),
    'selam': ('Selam', 'Haile', '1C', 'haile.tesfay@gmail.com', ''),
    'dawit': ('Dawit', 'Haile', '3A', 'haile.tesfay@gmail.com', ''),
    'sara': ('Sara', 'Goris', '5A', 'veerle.goris@telenet.be', ''),
    'wiktoria': ('Wiktoria', 'Kowalska', '2C', 'agnieszka.kowalska@gmail.com', ''),
    'maksym': ('Maksym', 'Kovalenko', '1B', 'iryna.kovalenko@gmail.com', ''),
    'lotte': ('Lotte', 'Van Roy', '3B', 'nathalie.vanroy@telenet.be', 'koen.vanroy@telenet.be'),
    'yusuf': ('Yusuf', 'Demir', '3B', 'hatice.demir@hotmail.com', 'mehmet.demir@gmail.com'),
    'emma': ('Emma', 'Vandeweyer', '3B', 'lieve.vandeweyer@skynet.be', ''),
    'jef3b': ('Jef', 'Timmermans', '3B', 'timmermans.joris@telenet.be', ''),
    'senne': ('Senne', 'Vervoort', '2D', 'marc.vervoort@proximus.be', 'evi.vervoort@gmail.com'),
    'amina': ('Amina', 'Bouzid', '2C', 'bouzid.malika@hotmail.com', ''),
    'grace': ('Grâce', 'Mbuyi', '4C', 'mbuyi.nadine@gmail.com', ''),
    'milan': ('Milan', 'Jacobs', '1B', 'tine.jacobs@telenet.be', 'wim.jacobs@telenet.be'),
    'hanne': ('Hanne', 'Willems', '4B', 'kathleen.willems@gmail.com', ''),
    'jens': ('Jens', 'Van Dessel', '1A', 'stijn.vandessel@skynet.be', 'hilde.vandessel@skynet.be'),
    'laura': ('Laura', 'Vanhoutte', '6D', 'peter.vanhoutte@telenet.be', ''),
    'ilias': ('Ilias', 'Azzouzi', '4C', 'azzouzi.khadija@hotmail.com', ''),
    'robbe': ('Robbe', 'Lambrechts', '3A', 'jessy.lambrechts@hotmail.com', ''),
    'floor': ('Floor', 'de Groot', '3B', 'mirjam.degroot@outlook.com', 'erik.degroot@gmail.com'),
    'tuur': ('Tuur', 'Verhaegen', '1A', 'ellen.verhaegen@telenet.be', ''),
    'daria': ('Daria', 'Melnyk', '2B', 'melnyk.oksana@gmail.com', ''),
    'febe': ('Febe', 'Vandenbussche', '1C', 'geert.vandenbussche@telenet.be', 'sofie.dhondt@gmail.com'),
    'wout': ('Wout', 'Smolders', '2D', 'liesbet.smolders@gmail.com', 'frank.smolders@telenet.be'),
    'arne': ('Arne', 'Celis', '4B', 'bert.celis@skynet.be', ''),
    'jarne': ('Jarne', 'Vos', '5C', 'ingrid.vos@telenet.be', ''),
    'elif': ('Elif', 'Yılmaz', '5C', 'yilmaz.ayse@hotmail.com', ''),
    'victor': ('Victor', 'Raes', '5C', 'hans.raes@telenet.be', 'els.raes@telenet.be'),
    'charlotte5c': ('Charlotte', 'Bertels', '5C', 'bertels.guy@skynet.be', ''),
    'rami': ('Rami', 'Alhassan', '2A', 'ahmad.alhassan@gmail.com', ''),
    'layla': ('Layla', 'Alhassan', '4A', 'ahmad.alhassan@gmail.com', ''),
    'ward': ('Ward', 'Schoofs', '2A', 'nancy.schoofs@hotmail.com', ''),
    'noah': ('Noah', 'Geerts', '1D', 'jolien.geerts@telenet.be', ''),
    'yonas': ('Yonas', 'Tekle', '1D', 'johan.devriendt@voogdij-brabant.be', ''),
    'ibrahim': ('Ibrahim', 'Kaya', '3D', 'serkan.kaya@hotmail.com', 'elif.kaya@hotmail.com'),
    'sofiia': ('Sofiia', 'Bondarenko', '2D', 'olena.bondarenko@gmail.com', ''),
    'zeynep': ('Zeynep', 'Aydın', '2C', 'aydin.fatma@gmail.com', ''),
    'lars': ('Lars', 'Moens', '2C', 'moens.dirk@telenet.be', ''),
    'kasper': ('Kasper', 'Willaert', '2C', 'an.willaert@proximus.be', ''),
    'mila': ('Mila', 'Raeymaekers', '2C', 'raeymaekers.kim@gmail.com', ''),
    'lowie': ('Lowie', 'Dewit', '3D', 'dewit.geert@skynet.be', ''),
    'margot': ('Margot', 'Lenaerts', '5B', 'caroline.lenaerts@telenet.be', ''),
    'bilal': ('Bilal', 'Chakir', '3C', 'chakir.samira@hotmail.com', ''),
    'theo': ('Théo', 'Lambert', '3A', 'sophie.lambert@skynet.be', ''),
    'kato': ('Kato', 'Pauwels', '4A', 'pauwels.gert@telenet.be', ''),
    'noor': ('Noor', 'Van Hove', '5A', 'liesbeth.vanhove@telenet.be', ''),
    'tibo': ('Tibo', 'Mariën', '2B', 'kelly.marien@gmail.com', 'jurgen.marien@telenet.be'),
    # personal, not sensitive
    'lucas': ('Lucas', 'Vermeulen', '4B', 'an.vermeulen@telenet.be', ''),
    'jolien': ('Jolien', 'Dockx', '1B', 'patrick.dockx@skynet.be', ''),
    'stan': ('Stan', 'Bogaerts', '3A', 'bogaerts.wendy@telenet.be', ''),
    'eline': ('Eline', 'Vangeel', '5B', 'vangeel.mark@telenet.be', ''),
    'bram': ('Bram', 'Heylen', '4A', 'heylen.chris@skynet.be', ''),
    'mats': ('Mats', 'De Wit', '1C', 'tom.dewit@gmail.com', 'lies.dewit@gmail.com'),
    'ella': ('Ella', 'Nijs', '3D', 'kim.nijs@telenet.be', 'bjorn.nijs@hotmail.com'),
    'yara': ('Yara', 'Benali', '1A', 'benali.nadia@gmail.com', ''),
    'kasia': ('Katarzyna', 'Nowak', '2A', 'nowak.ewa@gmail.com', ''),
    'ine': ('Ine', 'Coenen', '6D', 'coenen.luc@telenet.be', ''),
    'fien': ('Fien', 'Luyckx', '3B', 'tine.luyckx@telenet.be', ''),
    'olha': ('Olha', 'Shevchenko', '3C', 'natalia.shevchenko@gmail.com', ''),
    'jasper': ('Jasper', 'Van Loock', '5A', 'vanloock.bart@skynet.be', ''),
    'niels': ('Niels', 'Vanderlinden', '1D', 'sarah.vanderlinden@hotmail.com', ''),
    'jefv': ('Jef', 'Verstraeten', '2B', 'verstraeten.ilse@telenet.be', ''),
    'nina': ('Nina', 'Claeys', '4C', 'claeys.veronique@skynet.be', ''),
    'clara': ('Clara', 'Dubois', '1C', 'marie.dubois@proximus.be', ''),
    'seppe': ('Seppe', 'Vanhees', '3D', 'vanhees.johan@skynet.be', ''),
    'ayoub': ('Ayoub', 'Mansouri', '2D', 'mansouri.leila@gmail.com', ''),
    'brent': ('Brent', 'Meulemans', '3A', 'meulemans.jos@skynet.be', ''),
    'kiano': ('Kiano', 'Verlinden', '1B', 'jessica.verlinden@hotmail.com', ''),
    'robin': ('Robin', 'Daems', '1C', 'daems.kristof@telenet.be', ''),
    'jitse': ('Jitse', 'Boeckx', '6D', 'boeckx.marleen@telenet.be', ''),
    'emiel': ('Emiel', 'Vanderhoven', '5B', 'vanderhoven.tim@gmail.com', ''),
    'lore': ('Lore', 'Bollen', '2A', 'bollen.greet@skynet.be', ''),
    'zoe': ('Zoë', 'Verbist', '1A', 'verbist.joke@telenet.be', ''),
    'marie': ('Marie', 'Swinnen', '4C', 'swinnen.dirk@telenet.be', ''),
    'finn': ('Finn', 'Wauters', '1D', 'wauters.elke@gmail.com', ''),
    'liam': ('Liam', 'Nuyts', '2B', 'nuyts.ann@telenet.be', ''),
    # misdirected pairs (X = about, Y = wrongly addressed parent)
    'elise': ('Elise', 'Peeters', '4A', 'hilde.peeters@gmail.com', ''),
    'lien': ('Lien', 'Smets', '1D', 'ann.smets@telenet.be', ''),
    'lies': ('Lies', 'Smits', '1D', 'an.smits@telenet.be', ''),
    'jelle': ('Jelle', 'Vos', '2D', 'inge.vos@hotmail.com', ''),
    'matteo': ('Matteo', 'De Winter', '1C', 'de.winter.lynn@gmail.com', ''),
    'mathis': ('Mathis', 'Vandevelde', '2B', 'nathalie.vandevelde@telenet.be', ''),
    'mathias': ('Mathias', 'Verbeke', '2B', 'sven.verbeke@gmail.com', ''),
    'dmytro': ('Dmytro', 'Kovalchuk', '3B', 'oksana.kovalchuk@gmail.com', ''),
    'lukas': ('Lukas', 'Segers', '3A', 'segers.hanne@telenet.be', ''),
    'amberw': ('Amber', 'Wijns', '1C', 'karen.wijns@telenet.be', ''),
    'amberwy': ('Amber', 'Wynants', '3C', 'sabine.wynants@gmail.com', ''),
    'dries': ('Dries', 'Van Camp', '4B', 'vancamp.eddy@telenet.be', ''),
    'driesc': ('Dries', 'Van Calster', '4A', 'vancalster.mieke@telenet.be', ''),
    'louis': ('Louis', 'Leclercq', '2A', 'claire.leclercq@proximus.be', ''),
}

CLASSES = [f'{y}{c}' for y in range(1, 7) for c in 'ABCD']

BOYS = ['Arthur', 'Louis', 'Jules', 'Lucas', 'Finn', 'Vic', 'Lowie', 'Warre', 'Mauro', 'Cas', 'Lander', 'Thibo',
        'Wannes', 'Rune', 'Xander', 'Kobe', 'Jarno', 'Stef', 'Joren', 'Mil', 'Sander', 'Toon', 'Bent', 'Hannes',
        'Gust', 'Lou', 'Ferre', 'Mathijs', 'Pieter-Jan', 'Siebe', 'Jorne', 'Aaron', 'Adam', 'Ayoub', 'Mohamed',
        'Anas', 'Emre', 'Mert', 'Kacper', 'Oskar', 'Szymon', 'Nathan', 'Elias', 'Wout', 'Bavo', 'Tijs', 'Daan',
        'Jelle', 'Nand', 'Lenn', 'Kian', 'Senna', 'Milo', 'Otis', 'Staf', 'Rik', 'Dieter', 'Yassin', 'Hamza',
        'Olivier', 'Brecht', 'Tristan', 'Mauritz', 'Ruben', 'Timo', 'Wolf', 'Lowiek', 'Jan', 'Seth']
GIRLS = ['Marie', 'Lise', 'Fenne', 'Ellen', 'Janne', 'Lena', 'Nore', 'Lien', 'Hanne', 'Saar', 'Mona', 'Jana',
         'Ilse', 'Julie', 'Lore', 'Amber', 'Jolien', 'Anke', 'Tess', 'Renske', 'Fleur', 'Silke', 'Roos', 'Luna',
         'Elena', 'Yasmine', 'Imane', 'Salma', 'Ecrin', 'Zehra', 'Julia', 'Zuzanna', 'Maja', 'Ines', 'Axelle',
         'Lotte', 'Femke', 'Sien', 'Stien', 'Evi', 'Kaat', 'Lisa', 'Paulien', 'Jente', 'Marthe', 'Wiebe', 'Noa',
         'Aline', 'Jill', 'Britt', 'Nele', 'Chloé', 'Lieze', 'Margo', 'Oona', 'Ruth', 'Selin', 'Hiba', 'Amal',
         'Lola', 'Emilie', 'Kirsten', 'Febe', 'Tine', 'Astrid', 'Camille', 'Fran']
SURN = ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smedt',
        'Dubois', 'Lambrechts', 'Hermans', 'Aerts', 'Michiels', 'Smets', 'Vermeiren', 'Thijs', 'Stevens', 'Bosmans',
        'Van den Bergh', 'Verbruggen', 'Geens', 'Vandeputte', 'Nijs', 'Swinnen', 'Cuypers', 'Wuyts', 'Van Gorp',
        'Hendrickx', 'Luyten', 'Pauwels', 'Vanhoof', 'Celis', 'Daems', 'Coppens', 'Moens', 'Heylen', 'Leemans',
        'Vanderstraeten', 'Scheers', 'Boeckx', 'Van Aerschot', 'Vandebroek', 'Verschueren', 'Kenis', 'Gijbels',
        'Vanmol', 'Van Rompaey', 'Rombouts', 'Bellens', 'Loos', 'Tielemans', 'Droogmans', 'Verelst', 'Meeus',
        'Vanderhoydonck', 'Ooms', 'Geukens', 'Reynders', 'Vandenhoudt', 'Van Den Eynde', 'Tuts', 'Vranckx',
        'Laeremans', 'Schepers', 'Van Hoof', 'Ceulemans', 'Beckers', 'Claessens', 'Bouchaib', 'El Idrissi',
        'Benali', 'Öztürk', 'Çelik', 'Şahin', 'Kaplan', 'Nowak', 'Wiśniewska', 'Kowalczyk', 'Lukusa', 'Kabongo',
        'Ilunga', 'Tshibanda', 'Petrenko', 'Hakimi', 'Van Eyken', 'Vanbrabant', 'Lemmens', 'Berckmans']
PARENT_F = ['An', 'Els', 'Katrien', 'Sofie', 'Inge', 'Kelly', 'Veerle', 'Heidi', 'Sarah', 'Nathalie', 'Leen',
            'Griet', 'Evelien', 'Kim', 'Tinne', 'Hilde', 'Liesbeth', 'Nancy', 'Ilse', 'Karen', 'Fatima', 'Meryem',
            'Joke', 'Sabine', 'Caroline', 'Annelies', 'Elke', 'Wendy', 'Marleen', 'Ann', 'Eva', 'Dorien']
PARENT_M = ['Tom', 'Kristof', 'Bart', 'Dirk', 'Wim', 'Peter', 'Koen', 'Jan', 'Geert', 'Steven', 'Tim', 'Filip',
            'Jeroen', 'Stijn', 'Pieter', 'Hans', 'Marc', 'Nico', 'Sven', 'Joris', 'Kurt', 'Gert', 'Rudi', 'Johan',
            'Ahmed', 'Hassan', 'Mustafa', 'Piotr', 'Bjorn', 'Jurgen', 'Frank', 'Luc']
PROVIDERS = ['telenet.be', 'telenet.be', 'telenet.be', 'gmail.com', 'gmail.com', 'gmail.com', 'hotmail.com',
             'skynet.be', 'proximus.be', 'outlook.com']


def norm(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = s.replace('ı', 'i').replace('ł', 'l')
    return ''.join(c for c in s.lower() if c.isalnum() or c == '-').replace('-', '')


def build_roster():
    rng = random.Random(1107)
    key_first = {v[0] for v in KEY.values()}
    used_full = {(v[0], v[1]) for v in KEY.values()}
    used_mail = set()
    for v in KEY.values():
        used_mail.update(x for x in v[3:5] if x)
    per_class = {c: [] for c in CLASSES}
    for h, v in KEY.items():
        per_class[v[2]].append((h,) + v)
    targets = {c: (13 if i % 2 == 0 else 12) for i, c in enumerate(CLASSES)}
    boys = [b for b in BOYS if b not in key_first]
    girls = [g for g in GIRLS if g not in key_first]
    for c in CLASSES:
        assert len(per_class[c]) <= targets[c], (c, len(per_class[c]))
        while len(per_class[c]) < targets[c]:
            first = rng.choice(boys if rng.random() < 0.5 else girls)
            last = rng.choice(SURN)
            if (first, last) in used_full:
                continue
            used_full.add((first, last))
            parents = []
            for who in (PARENT_F, PARENT_M):
                for _ in range(20):
                    pf = rng.choice(who)
                    style = rng.random()
                    if style < 0.6:
                        local = f'{norm(pf)}.{norm(last)}'
                    elif style < 0.85:
                        local = f'{norm(last)}.{norm(pf)}'
                    else:
                        local = f'{norm(pf)}{norm(last)}{rng.randint(1, 99)}'
                    addr = f'{local}@{rng.choice(PROVIDERS)}'
                    if addr not in used_mail:
                        used_mail.add(addr)
                        parents.append(addr)
                        break
            if rng.random() < 0.5:
                parents.reverse()
            if rng.random() < 0.25:
                parents[1] = ''
            per_class[c].append((None, first, last, c, parents[0], parents[1]))
    rows, ids = [], {}
    n = 0
    for c in CLASSES:
        for rec in sorted(per_class[c], key=lambda r: (norm(r[2]), norm(r[1]))):
            n += 1
            pid = f'P{n:04d}'
            h, first, last, klas, p1, p2 = rec
            if h:
                ids[h] = pid
            pmail = f'{norm(first)}.{norm(last)}@leerling.sintpieterscollege.be'
            rows.append((pid, first, last, klas, pmail, p1, p2))
    return rows, ids


ROSTER, IDS = build_roster()
PUPIL_MAIL = {r[0]: r[4] for r in ROSTER}


def pm(h):
    """pupil mail address of a key pupil"""
    return PUPIL_MAIL[IDS[h]]


def p1(h):
    return KEY[h][3]


def p2(h):
    return KEY[h][4]


# ---------------------------------------------------------------- MIME helpers
SCHOOL_DOMAINS = ('sintpieterscollege.be', 'ksleuven.be')


def tzfor(dt):
    if datetime(2024, 10, 27, 3) <= dt < datetime(2025, 3, 30, 2):
        return timezone(timedelta(hours=1))
    return timezone(timedelta(hours=2))


def D(s):
    dt = datetime.strptime(s, '%Y-%m-%d %H:%M')
    return dt.replace(tzinfo=tzfor(dt))


def hdr(s):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, 'utf-8').encode()


def A(name, addr=None):
    if addr is None:
        return name
    return formataddr((name, addr), charset='utf-8')


def addr_only(a):
    if '<' in a:
        return a[a.index('<') + 1:a.index('>')]
    return a


def enc(text, cs, cte):
    if not text.endswith('\n'):
        text += '\n'
    raw = text.encode(cs)
    if cte == 'quoted-printable':
        return quopri.encodestring(raw).decode('ascii')
    if cte == 'base64':
        return base64.encodebytes(raw).decode('ascii')
    if cte == '7bit':
        raw.decode('ascii')
    return raw.decode('ascii', 'surrogateescape')


def T(text, sub='plain', cs='utf-8', cte='quoted-printable', flowed=False):
    m = Message()
    ct = f'text/{sub}; charset="{cs}"'
    if flowed:
        ct += '; format=flowed'
    m['Content-Type'] = ct
    m['Content-Transfer-Encoding'] = cte
    m.set_payload(enc(text, cs, cte))
    return m


def ATT(data, filename, ctype, cte='base64', cs=None, inline=False):
    m = Message()
    ct = f'{ctype}; name="{filename}"'
    if cs:
        ct = f'{ctype}; charset="{cs}"; name="{filename}"'
    m['Content-Type'] = ct
    m['Content-Transfer-Encoding'] = cte
    m['Content-Disposition'] = f'{"inline" if inline else "attachment"}; filename="{filename}"'
    if isinstance(data, str):
        data = data.encode(cs or 'utf-8')
    if cte == 'base64':
        m.set_payload(base64.encodebytes(data).decode('ascii'))
    elif cte == 'quoted-printable':
        m.set_payload(quopri.encodestring(data).decode('ascii'))
    else:
        m.set_payload(data.decode('ascii', 'surrogateescape'))
    return m


def MP(sub, parts, boundary):
    m = Message()
    m['Content-Type'] = f'multipart/{sub}; boundary="{boundary}"'
    ctes = {p.get('Content-Transfer-Encoding', '7bit') for p in parts}
    m['Content-Transfer-Encoding'] = '8bit' if '8bit' in ctes else '7bit'
    for p in parts:
        m.attach(p)
    return m


def RFC822(inner, filename=None):
    m = Message()
    m['Content-Type'] = 'message/rfc822'
    if filename:
        m['Content-Disposition'] = f'attachment; filename="{filename}"'
    m.attach(inner)
    return m


def bnd(slug, style='outlook'):
    h = hashlib.sha1(slug.encode()).hexdigest().upper()
    if style == 'outlook':
        return f'_000_{h[:8]}{h[8:16]}AM0PR06MB{h[16:20]}eurp_'
    if style == 'gmail':
        return '000000000000' + h[:12].lower()
    if style == 'apple':
        return f'Apple-Mail={h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}'
    if style == 'tb':
        return '------------' + h[:24]
    return '----=_NextPart_000_' + h[:4] + '_' + h[4:12] + '.' + h[12:20]


def mid(slug, frm):
    h = hashlib.sha1(('mid' + slug).encode()).hexdigest()
    dom = addr_only(frm).split('@')[1]
    if dom in ('gmail.com',):
        return f'<CAK{h[:30]}{h[30:36].upper()}@mail.gmail.com>'
    if dom in ('hotmail.com', 'outlook.com'):
        return f'<DB9P{h[:6].upper()}{h[6:20].upper()}@DB9P{h[20:26].upper()}.eurprd03.prod.outlook.com>'
    return f'<{h[:8].upper()}.{h[8:16].upper()}@{dom}>'


def HTMLDOC(inner, outlook=True):
    if outlook:
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
                '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;'
                'font-family:"Calibri",sans-serif;}\ntable.MsoTableGrid\n\t{border-collapse:collapse;}\n--></style>\n'
                '</head>\n<body lang="NL-BE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n' + inner + '\n</div>\n</body>\n</html>\n')
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body style="font-family: Arial, sans-serif;'
            ' font-size: 10pt;">\n' + inner + '\n</body></html>\n')


def P(*lines):
    return '\n'.join(f'<p class="MsoNormal">{l}</p>' if l else '<p class="MsoNormal">&nbsp;</p>' for l in lines)


def TABLE(rows, head=True):
    out = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;'
           'border:none">']
    for i, r in enumerate(rows):
        out.append('<tr>')
        for c in r:
            if i == 0 and head:
                out.append(f'<td style="border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt">'
                           f'<p class="MsoNormal"><b>{c}</b></p></td>')
            else:
                out.append(f'<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">{c}'
                           f'</p></td>')
        out.append('</tr>')
    out.append('</table>')
    return '\n'.join(out)


def TXTTABLE(rows):
    w = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    return '\n'.join('  '.join(str(c).ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in rows)


def quote(text, prefix='> '):
    return '\n'.join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.strip('\n').split('\n'))


def docx(paragraphs, table=None):
    def esc(s):
        return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    body = []
    for p in paragraphs:
        if p == '[TABLE]' and table:
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>')
            for r in table:
                body.append('<w:tr>' + ''.join(f'<w:tc><w:p><w:r><w:t xml:space="preserve">{esc(c)}</w:t></w:r>'
                                               f'</w:p></w:tc>' for c in r) + '</w:tr>')
            body.append('</w:tbl>')
        else:
            body.append(f'<w:p><w:r><w:t xml:space="preserve">{esc(p)}</w:t></w:r></w:p>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.'
           'openxmlformats.org/wordprocessingml/2006/main"><w:body>' + ''.join(body) + '</w:body></w:document>')
    files = {
        '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.'
        'openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.'
        'openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'wordprocessingml.document.main+xml"/></Types>',
        '_rels/.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.'
        'org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        'word/document.xml': doc,
    }
    return zipbytes(files)


def zipbytes(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2024, 9, 2, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode('utf-8') if isinstance(data, str) else data)
    return buf.getvalue()


def xlsm(sheet_cells):
    rows = ''.join('<row r="%d">' % (i + 1) + ''.join(
        f'<c t="inlineStr"><is><t>{c}</t></is></c>' for c in r) + '</row>' for i, r in enumerate(sheet_cells))
    files = {
        '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.'
        'openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.'
        'openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Override PartName="/xl/'
        'workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/><Override PartName="/xl/'
        'worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+'
        'xml"/></Types>',
        '_rels/.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.'
        'org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        'xl/workbook.xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.'
        'openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships"><sheets><sheet name="Rekeningen" sheetId="1" r:id="rId1"/></sheets></workbook>',
        'xl/_rels/workbook.xml.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns='
        '"http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
        'openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" '
        'Target="vbaProject.bin"/></Relationships>',
        'xl/worksheets/sheet1.xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http:'
        '//schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + rows + '</sheetData></worksheet>',
        'xl/vbaProject.bin': bytes.fromhex('D0CF11E0A1B11AE1') + b'\x00' * 56 +
        b'Attribute VB_Name = "ModRekening"\r\nSub VerdeelKosten()\r\n  Range("D2:D400").Calculate\r\nEnd Sub\r\n',
    }
    return zipbytes(files)


# ---------------------------------------------------------------- registry
MAILS = []


def add(slug, body, *, frm, to, subject, date, cc=(), bcc=(), rules=(), cats=(), about=(), misdirected=False,
        note='', lang='nl', fmt=(), env_from=None, extra=(), reply_to=None, in_reply=None, preamble=None):
    root = Message()
    root['Date'] = format_datetime(D(date))
    root['From'] = frm
    to = [to] if isinstance(to, str) else list(to)
    cc = [cc] if isinstance(cc, str) else list(cc)
    bcc = [bcc] if isinstance(bcc, str) else list(bcc)
    root['To'] = ', '.join(to) if to else 'undisclosed-recipients:;'
    if cc:
        root['Cc'] = ', '.join(cc)
    root['Subject'] = hdr(subject)
    root['Message-ID'] = mid(slug, frm)
    if in_reply:
        root['In-Reply-To'] = in_reply
        root['References'] = in_reply
    if reply_to:
        root['Reply-To'] = reply_to
    for k, v in extra:
        root[k] = v
    root['MIME-Version'] = '1.0'
    for k, v in body.items():
        root[k] = v
    root.set_payload(body._payload)
    if root.is_multipart():
        root.preamble = preamble if preamble is not None else None
    rcpt = [addr_only(a) for a in to + cc + bcc]
    label = dict(rules=list(rules), mail_from=env_from or addr_only(frm), rcpt=rcpt,
                 about=[IDS[h] for h in about], misdirected=misdirected, note=note, lang=lang, fmt=list(fmt))
    if 'sensitive' in rules:
        assert cats, slug
        label['categories'] = {'sensitive': list(cats)}
    else:
        assert not cats, slug
    MAILS.append((slug, root, label))


# ---------------------------------------------------------------- people
SCH = 'sintpieterscollege.be'
SPC = 'spc.ksleuven.be'
INT = 'internaat.ksleuven.be'

DIR = A('Jozef Wouters', f'jozef.wouters@{SCH}')
DIRG = A('Directie Sint-Pieterscollege', f'directie@{SCH}')
ADJ = A('Katrien Lemmens', f'katrien.lemmens@{SCH}')
ICT = A('Bart Claes', f'bart.claes@{SCH}')
ICTS = A('Bart Claes', f'bcl@{SPC}')
ICTG = A('ICT Sint-Pieterscollege', f'ict@{SCH}')
SEC = A('Martine Goossens', f'martine.goossens@{SCH}')
SECG = A('Secretariaat Sint-Pieterscollege', f'secretariaat@{SCH}')
BOEK = A('Rita Vandeput', f'rita.vandeput@{SCH}')
ZORG = A('Sofie Janssens', f'sofie.janssens@{SCH}')
LLB = A('Tom Verbeeck', f'tom.verbeeck@{SCH}')
ELS = A('Els Vandenbroeck', f'els.vandenbroeck@{SCH}')
WIM = A('Wim Geens', f'wim.geens@{SCH}')
NAT = A('Nathalie Dierckx', f'nathalie.dierckx@{SCH}')
KOEN = A('Koen Smets', f'koen.smets@{SCH}')
ILSE = A('Ilse Hermans', f'ilse.hermans@{SCH}')
DIRK = A('Dirk Luyten', f'dirk.luyten@{SCH}')
LEEN = A('Leen Wuyts', f'leen.wuyts@{SCH}')
PIET = A('Pieter Mertens', f'pieter.mertens@{SCH}')
SARAH = A('Sarah El Khattabi', f'sarah.elkhattabi@{SCH}')
JONV = A('Jonas Vermeiren', f'jonas.vermeiren@{SCH}')
VEER = A('Veerle Stevens', f'veerle.stevens@{SCH}')
KRIS = A('Kristof Bosmans', f'kristof.bosmans@{SCH}')
GREET = A('Greet Michiels', f'greet.michiels@{SCH}')
JOKE = A('Joke Cools', f'joke.cools@{SCH}')
RUBA = A('Ruben Aerts', f'ruben.aerts@{SCH}')
WALT = A('Walter Daneels', f'walter.daneels@{SCH}')
MARC = A('Marc Coppens', f'marc.coppens@{INT}')
NELE = A('Nele Vanderstraeten', f'nele.vanderstraeten@{INT}')
LUC = A('Luc Hendrickx', f'luc.hendrickx@{INT}')
INTG = A('Internaat Sint-Pieter', f'internaat@{INT}')
CLB = A('Hilde Maes', 'hilde.maes@clb-leuven.be')
PRIV = 'privacy@lksd.ksleuven.be'

SCHOOL_TEL = '016 56 71 20'
INT_TEL = '016 56 33 48'
SCHOOL_IBAN = 'BE88 7340 4598 1241'
INT_IBAN = 'BE89 0017 2314 5685'

SIG_SEC = f"""Met vriendelijke groeten

Martine Goossens
Secretariaat leerlingen
Sint-Pieterscollege campus Aarschot
Pastoor Dergentlaan 14, 3200 Aarschot
T {SCHOOL_TEL}"""

SIG_SEC_NOTEL = """Vriendelijke groeten
Martine Goossens
secretariaat Sint-Pieterscollege"""

SIG_DIR = """Hoogachtend,

J. Wouters
Directeur
Sint-Pieterscollege campus Aarschot"""

SIG_ZORG = f"""Sofie Janssens
zorgcoördinator
Sint-Pieterscollege campus Aarschot
{SCHOOL_TEL} (secretariaat) – ik ben er op ma, di en do"""

SIG_ICT = """--
Bart Claes
ICT-coördinator (ma-di-do vm) / leraar informatica
Sint-Pieterscollege campus Aarschot"""


# ================================================================ SENSITIVE (40)

add('jonas-weekend-papa', T("""Dag Marc,

Even iets dat jullie moeten weten vóór het weekend.

Jonas V. (4A) gaat vanaf nu niet meer om de twee weken naar zijn papa. Er is gisteren een
beschikking van de familierechtbank gekomen: hij verblijft voorlopig enkel bij mama, papa krijgt
begeleid contact via het Huis van het Kind.

Concreet voor jullie: als meneer Verhoeven vrijdag aan het internaat staat om Jonas op te halen,
mag je hem niet meegeven. Niet in discussie gaan, gewoon vriendelijk zeggen dat je dat niet mag
beslissen en mij of Katrien bellen. Mijn gsm: 0478 31 62 09.

Jonas zelf weet het. Hij is er rustig onder, maar hij zei dat hij slecht slaapt.

Groetjes
Sofie
"""), frm=ZORG, to=[MARC], cc=[LUC], subject='Jonas V. 4A - weekends', date='2024-10-03 14:12',
    rules=['sensitive', 'personal_data'], cats=['family'], about=['jonas'],
    note='court decision on residence/contact of one pupil, sent to the boarding house; mobile number',
    fmt=['plain', 'qp'])

add('nacht-nour', T("""Sofie, Tom,

sorry voor het late uur. Nour (3C) zat daarjuist nog op de trap aan de meisjesgang te huilen.
Na een tijdje heeft ze me haar onderarm laten zien, er waren nieuwe krassen bij, niet diep, ik heb
ze ontsmet en verbonden. Ze zegt dat het terug begonnen is sinds die foto in de groepschat van de
klas rondgaat (van haar in de kleedkamer bij de sportdag??). Ze wil absoluut niet dat we haar
ouders bellen.

Ze slaapt nu, ik loop om het uur eens langs.
Kunnen jullie haar morgen het eerste lesuur opvangen? Ik zet het ook in het logboek.

Nele
opvoeder meisjes
""", cte='7bit', cs='us-ascii'), frm=NELE, to=[ZORG, LLB], subject='Nour', date='2024-11-20 23:47',
    rules=['sensitive'], cats=['psychosocial'], about=['nour'],
    note='night educator reports renewed self-harm and a shared photo of one intern pupil',
    fmt=['plain', '7bit'])

_t = """Hoi allebei,

Voor de sportdag donderdag: Kobe Peeters uit 2B heeft sinds de paasvakantie type 1-diabetes.
Hij heeft een sensor op zijn bovenarm (niet aan trekken bij het touwtrekken ;-)) en een
insulinepen in zijn rugzak. Hij kent het zelf al goed, maar:

- zegt hij dat hij "laag zit": eerst druivensuiker of cola, dan pas vragen stellen
- nooit alleen naar het EHBO-lokaal sturen, altijd iemand mee
- mama vraagt of hij zijn gsm bij zich mag houden (app van de sensor), ik heb gezegd dat dat ok is

Ik sta zelf aan de EHBO-post bij de atletiekpiste.

Ilse
"""
_h = HTMLDOC(P('Hoi allebei,', '', 'Voor de sportdag donderdag: Kobe Peeters uit 2B heeft sinds de paasvakantie '
               'type 1-diabetes. Hij heeft een sensor op zijn bovenarm (niet aan trekken bij het touwtrekken ;-)) en '
               'een insulinepen in zijn rugzak. Hij kent het zelf al goed, maar:') +
             '<ul><li class="MsoNormal">zegt hij dat hij &#8220;laag zit&#8221;: eerst druivensuiker of cola, dan pas '
             'vragen stellen</li><li class="MsoNormal">nooit alleen naar het EHBO-lokaal sturen, altijd iemand mee'
             '</li><li class="MsoNormal">mama vraagt of hij zijn gsm bij zich mag houden (app van de sensor), ik heb '
             'gezegd dat dat ok is</li></ul>' +
             P('Ik sta zelf aan de EHBO-post bij de atletiekpiste.', '', 'Ilse'))
add('sportdag-kobe', MP('alternative', [T(_t), T(_h, 'html')], bnd('sportdag-kobe')),
    frm=ILSE, to=[WIM, JONV], cc=[ADJ], subject='sportdag - Kobe 2B', date='2025-05-20 12:31',
    rules=['sensitive'], cats=['medical'], about=['kobe'],
    note='new diagnosis and what to do for one named pupil, to PE colleagues', fmt=['alt', 'html-list'])

_doc = docx([
    'Sint-Pieterscollege campus Aarschot – leerlingenbegeleiding',
    'Verslag multidisciplinair overleg (MDO)',
    'Leerling: Lina De Smet – klas 2A',
    'Geboortedatum: 17/06/2012',
    'Datum overleg: 13 januari 2025',
    'Aanwezig: mevr. A. De Smet (mama), S. Janssens (zorgcoördinator), E. Vandenbroeck, K. Smets, H. Maes (CLB)',
    'Situatie',
    'Lina haalt sinds september onvoldoendes voor wiskunde, Frans en Nederlands, ondanks remediëring op woensdag. '
    'Ze werkt hard en is erg gemotiveerd, maar de leerstof van het tweede jaar A-stroom is voor haar niet haalbaar. '
    'Het intelligentieonderzoek van vorig jaar (CLB) wijst op een beperkt leerpotentieel.',
    'Besluit',
    'We starten vanaf februari een individueel aangepast curriculum (IAC) voor wiskunde en Frans. Het CLB bekijkt '
    'samen met mama de mogelijkheid van een gemotiveerd verslag en een overstap naar het buitengewoon secundair '
    'onderwijs (OV3) volgend schooljaar.',
    '[TABLE]',
    'Volgend overleg: eind maart.',
], table=[('Wat', 'Wie', 'Tegen'),
          ('IAC-doelen wiskunde en Frans opstellen', 'K. Smets / N. Dierckx', '31/01'),
          ('Gesprek met mama over OV3, bezoek school De Kade', 'H. Maes (CLB)', 'februari'),
          ('Rapport aanpassen (beschrijvend voor IAC-vakken)', 'secretariaat', 'paasrapport')])
add('mdo-lina', MP('mixed', [T("""Dag Hilde,

In bijlage het verslag van het MDO van gisteren, zoals afgesproken. Kan jij de vraag naar het
gemotiveerd verslag verder opnemen met mama? Ze rekent op een telefoontje van jou deze week.

Groetjes
""" + SIG_ZORG), ATT(_doc, 'Verslag MDO Lina De Smet 2A.docx',
                     'application/vnd.openxmlformats-officedocument.wordprocessingml.document')],
    bnd('mdo-lina')),
    frm=ZORG, to=[CLB], subject='Verslag MDO L. De Smet (2A)', date='2025-01-14 16:05',
    rules=['sensitive', 'personal_data'], cats=['care'], about=['lina'],
    note='MDO report with IAC and move to special education for one pupil, to the CLB; birth date in docx, school phone',
    fmt=['mixed', 'qp', 'docx'])

add('rekening-ruben', T("""Beste mevrouw Claessens,

Bij nazicht van de boekhouding stellen we vast dat de schoolrekeningen van september (€ 187,20)
en november (€ 125,20) voor Ruben nog niet betaald zijn. We stuurden hierover op 12 december al
een herinnering via Smartschool.

We begrijpen dat een schoolfactuur soms zwaar kan doorwegen. Het is mogelijk om in alle
discretie een afbetalingsplan af te spreken. Neem hiervoor gerust contact op met mevrouw
Vandeput van de boekhouding, of spring eens binnen op het secretariaat.

Heeft u intussen al betaald, dan mag u deze mail als onbestaande beschouwen. Betalen kan op
rekeningnummer """ + SCHOOL_IBAN + """ met de gestructureerde mededeling +++090/4471/22318+++.

""" + SIG_SEC, cs='windows-1252', cte='8bit'),
    frm=SEC, to=[A('Sandra Claessens', p1('ruben'))], subject='Openstaande schoolrekening Ruben (3D)',
    date='2025-01-09 10:44', rules=['sensitive', 'personal_data'], cats=['financial'], about=['ruben'],
    note='unpaid bills of one family and payment-plan offer, to the parent; school IBAN and phone',
    fmt=['plain', 'windows-1252', '8bit'])

add('ocmw-haile', T("""Sofie,

Ter info: het OCMW Aarschot neemt vanaf januari de schoolrekeningen van de kinderen Haile over
(Selam 1C en Dawit 3A). De maatschappelijk werkster is mevr. Celis. Alle facturen moeten vanaf nu
naar het OCMW en niet meer naar de papa.

Ik heb het in het boekhoudpakket aangepast, maar als jij weet van uitstappen die nog moeten
aangerekend worden (de daguitstap van 3A naar Ieper bv.) laat het me weten, dan zet ik die ook
op het OCMW.

Rita
"""), frm=BOEK, to=[ZORG], cc=[SEC], subject='fam. Haile', date='2024-12-17 11:20',
    rules=['sensitive'], cats=['financial'], about=['selam', 'dawit'],
    note='the OCMW pays the school bills of one family, internal', fmt=['plain', 'qp'])

add('5a-sara', T("""Beste collega's van 5A,

Sommigen weten het al: de papa van Sara Goris is zondagavond plots overleden, hij is onwel
geworden tijdens het fietsen. Sara blijft deze week thuis. De afscheidsdienst is zaterdag om
10u30 in de kerk van Langdorp, wie wil kan gaan.

Ik ga morgen het eerste uur met de klas praten, samen met Tom. Als Sara terugkomt: de eerste
twee weken geen toetsen, en ze mag de klas uit als het te veel wordt (naar Tom of naar het
secretariaat, niet alleen op de gang laten zitten).

Dirk
"""), frm=DIRK, to=[NAT, KOEN, SARAH, KRIS, JOKE], subject='5A - Sara', date='2025-02-04 19:02',
    rules=['sensitive'], cats=['family'], about=['sara'],
    note='death of the father of one pupil and arrangements, to the class teachers', fmt=['plain', 'qp'])

_q = """Goedemorgen mevrouw Stevens,

Wiktoria is vandaag weer niet op school. Zij had weer buikpijn en ze wil niet uit de auto
stappen bij school, ze huilde heel erg. Ik weet niet meer wat doen.
Sorry voor mijn Nederlands.

Agnieszka Kowalska"""
add('re-wiktoria', T("""Beste mevrouw Kowalska,

Dank u wel om het te laten weten, en uw Nederlands is prima.

Ik merk dat het voor Wiktoria de laatste weken steeds moeilijker wordt om naar school te komen:
in november was ze al zeven halve dagen afwezig. We willen u en Wiktoria daar graag bij helpen.
Ik heb met meneer Verbeeck (leerlingenbegeleiding) afgesproken dat we samen met het CLB een
gesprek plannen, liefst nog deze week. Past donderdag om 16u? Wiktoria mag zelf ook komen als
ze dat wil.

Over de gemiste toetsen hoeft ze zich nu geen zorgen te maken, dat regelen we later.

Met vriendelijke groeten
Veerle Stevens
klastitularis 2C

Op di 3 dec 2024 om 07:58 schreef Agnieszka Kowalska <""" + p1('wiktoria') + """>:
""" + quote(_q) + '\n'), frm=VEER, to=[A('Agnieszka Kowalska', p1('wiktoria'))],
    subject='Re: Wiktoria afwezig', date='2024-12-03 12:40', in_reply='<CAKf03b1a@mail.gmail.com>',
    rules=['sensitive'], cats=['psychosocial', 'care'], about=['wiktoria'],
    note='school refusal of one pupil, CLB conversation proposed, to the mother', fmt=['reply', 'qp'])

add('maksym-emergency-plan', T("""Dear Mrs Kovalenko,

Thank you for coming to school yesterday with Maksym, and for the letter from his neurologist.
To confirm what we agreed:

* Maksym's emergency medicine (the buccal midazolam) is kept in the first-aid room, in a box
  with his name and photo. A second dose goes with his teacher on every school trip.
* If a seizure lasts longer than five minutes, we give the medicine, call 112 and then call you.
* His PE teacher knows that Maksym may only swim with an adult standing next to the pool.
* After a seizure he may rest in the first-aid room; we will not send him home alone by bus.

If the dose or the plan changes, please bring us a new letter from the doctor.

Kind regards,

Ilse Hermans
first aid coordinator
Sint-Pieterscollege Aarschot
school phone: """ + SCHOOL_TEL + '\n'), frm=ILSE, to=[A('Iryna Kovalenko', p1('maksym'))],
    subject="Maksym - emergency plan at school", date='2024-09-24 15:10',
    rules=['sensitive', 'personal_data'], cats=['medical'], about=['maksym'],
    note='seizure plan and medication of one pupil, to his mother in English; school phone', lang='en',
    fmt=['plain', 'qp'])

_rows = [('Leerling', 'Advies klassenraad', 'Afspraken'),
         ('Lotte V.R.', 'Goed trimester, wiskunde nipt', 'remediëring wiskunde woensdag 7e uur'),
         ('Yusuf D.', 'Dyslexie-attest van de logopediste is binnen', 'voorleessoftware bij toetsen, spelling '
          'niet meetellen buiten Nederlands'),
         ('Emma V.', 'Proficiat, uitstekend rapport', '–'),
         ('Jef T.', 'Veel afwezig sinds oktober, moeilijke periode thuis (mama is opgenomen)', 'opvolging Tom + '
          'CLB, voorlopig geen strafstudie voor vergeten taken'),
         ('Floor dG.', 'Blokkeert bij toetsen Frans, paniekaanvallen', 'mag toetsen in apart lokaal maken, zie '
          'zorgfiche'),
         ('Dmytro K.', 'NT2: grote vooruitgang', 'vervolgschoolcoach blijft 1u/week')]
_t = ("Dag collega's,\n\nHieronder de belangrijkste punten van de klassenraad van 3B van gisteren. Het volledige "
      "verslag staat in het LVS.\n\n" + TXTTABLE(_rows) + "\n\nVolgende klassenraad: maart.\n\nEls\n")
_h = HTMLDOC(P("Dag collega&#8217;s,", '', 'Hieronder de belangrijkste punten van de klassenraad van 3B van '
               'gisteren. Het volledige verslag staat in het LVS.', '') + TABLE(_rows) +
             P('', 'Volgende klassenraad: maart.', '', 'Els'))
add('kr-3b-kerst', MP('alternative', [T(_t), T(_h, 'html')], bnd('kr-3b-kerst')),
    frm=ELS, to=[KOEN, NAT, SARAH, DIRK, KRIS], subject='klassenraad 3B - kerst', date='2024-12-20 09:15',
    rules=['sensitive'], cats=['care', 'medical', 'family', 'psychosocial'],
    about=['lotte', 'yusuf', 'emma', 'jef3b', 'floor', 'dmytro'],
    note='class-council table with dyslexia, a hospitalised mother, panic attacks and care measures per pupil',
    fmt=['alt', 'html-table'])

add('senne-filmpje', T("""Beste meneer Vervoort,

Zoals vanmiddag telefonisch besproken, vat ik hieronder nog even samen wat er gebeurd is en
welke maatregelen de school neemt.

Senne heeft vorige week samen met twee medeleerlingen in de kleedkamer van de sporthal een
filmpje gemaakt van een klasgenote terwijl ze zich omkleedde, en dat via Snapchat gedeeld in
een groep. Senne heeft dit vandaag in het gesprek met de directie erkend.

We nemen de volgende maatregelen:
1. Senne wordt twee dagen preventief geschorst (donderdag en vrijdag). Hij krijgt taken mee.
2. Na zijn terugkeer volgt een herstelgesprek, begeleid door mij, met het meisje als zij dat wil.
3. Senne verwijdert het filmpje overal, ook uit zijn back-ups, in het bijzijn van zijn ouders.
4. De directie opent een tuchtdossier; u ontvangt daarover een aparte aangetekende brief.

Ik begrijp dat dit voor u en uw vrouw ook een zware klap is. U kan mij altijd bellen.

Met vriendelijke groeten

Tom Verbeeck
leerlingenbegeleider
tel. """ + SCHOOL_TEL + """ – gsm 0492 18 77 03
""", cte='base64'), frm=LLB, to=[A('Marc Vervoort', p1('senne'))],
    subject='Gesprek van vandaag - Senne', date='2025-03-18 17:22',
    rules=['sensitive', 'personal_data'], cats=['psychosocial'], about=['senne'],
    note='one pupil as perpetrator of filming a classmate, measures, to his father; phone numbers',
    fmt=['plain', 'base64'])

add('amina-weekends', T("""Dag Sofie,

De consulente van de sociale dienst van de jeugdrechtbank belde net. Amina (2C) blijft vanaf dit
weekend ook in de weekends bij ons op het internaat, tot er een pleeggezin gevonden is.

Ze mag géén contact hebben met de nieuwe vriend van mama, ook niet aan de schoolpoort of aan de
bushalte. Mama zelf mag haar op woensdagnamiddag zien, onder begeleiding.

Kan jij dat doorgeven aan het onthaal en aan haar klastitularis? Liefst niet via een
Smartschoolbericht aan alle leerkrachten.

Groet
Luc Hendrickx
beheerder internaat
"""), frm=LUC, to=[ZORG], subject='Amina B.', date='2024-11-08 16:48',
    rules=['sensitive'], cats=['family'], about=['amina'],
    note='youth-court placement and contact ban for one pupil, boarding house to school', fmt=['plain', 'qp'])

add('grace-genou', T("""Madame Mbuyi,

Nous avons bien reçu le certificat de l'hôpital pour Grâce. Suite à son opération du ligament
croisé, elle est dispensée du cours d'éducation physique jusqu'aux vacances de Pâques.

Pendant cette période, elle peut utiliser l'ascenseur du bâtiment B ; elle peut demander la clé au
secrétariat chaque matin. Pour l'évaluation d'éducation physique, M. Geens lui donnera un petit
travail écrit.

Si les béquilles posent problème dans les escaliers ou pour le bus, n'hésitez pas à me contacter.

Bien cordialement,

Nathalie Dierckx
titulaire de la 4C
"""), frm=NAT, to=[A('Nadine Mbuyi', p1('grace'))], subject='Grâce - dispense éducation physique',
    date='2025-01-27 13:05', rules=['sensitive'], cats=['medical'], about=['grace'],
    note='knee surgery and PE exemption of one pupil, to her mother in French', lang='fr', fmt=['plain', 'qp'])

add('milan-maatregelen', T("""Beste collega's van 1B,

Het verslag van de kinderpsychiater is binnen: bij Milan is een autismespectrumstoornis
vastgesteld. Mama en Milan zijn akkoord dat ik jullie dit laat weten. Vanaf maandag gelden voor
hem deze maatregelen:

- vaste plaats vooraan aan het raam, niet verplaatsen zonder het op voorhand te zeggen
- toetsen op A3, één opdracht per blad
- 1/3 extra tijd, mag eventueel in het zorglokaal afwerken
- geen groepswerk met zelf gekozen groepjes: jij deelt in
- bij drukte (refter, speelplaats) mag hij naar de bib
- veranderingen in het lesrooster op tijd meedelen (Smartschool + mondeling)

Vragen? Spreek me gerust aan, ik ben er ma-di-do.
Sofie
""", cte='8bit'), frm=ZORG, to=[KOEN, VEER, GREET, JONV, JOKE], subject='Milan (1B)',
    date='2024-10-11 13:37', rules=['sensitive'], cats=['care', 'medical'], about=['milan'],
    note='new diagnosis and reasonable adjustments for one pupil, bullet list to colleagues', fmt=['plain', '8bit'])

add('fw-bericht-hanne', T("""Tom, Sofie,

Dit kreeg ik gisterenavond om 23u via Smartschool van Hanne Willems (4B). Ik heb haar vanmorgen
gezien, ze zat gewoon in de les, maar ik vertrouw het niet. Kunnen jullie haar vandaag nog zien?
Ik heb het 4de en 5de uur vrij als jullie mij erbij willen.

Joke

---------- Doorgestuurd bericht ----------
Van: Hanne Willems <""" + pm('hanne') + """>
Datum: ma 10 mrt 2025 om 23:04
Onderwerp: (geen onderwerp)
Aan: Joke Cools <joke.cools@sintpieterscollege.be>

mevrouw sorry dat ik u stoor maar u zei dat we altijd mochten sturen. ik kan het echt niet meer.
iedereen zou beter af zijn zonder mij. ik heb al een paar keer gekeken hoeveel pillen er in de
kast liggen. zeg het aub niet tegen mijn mama
"""), frm=JOKE, to=[LLB, ZORG], subject='Fwd: (geen onderwerp)', date='2025-03-11 07:41',
    rules=['sensitive'], cats=['psychosocial'], about=['hanne'],
    note='forwarded pupil message with suicidal thoughts, to the care team', fmt=['plain', 'inline-forward'])

_q = """goeiemiddag

de rekening van ons jens (1ste jaar) kunnen we deze maand niet betalen. de melkprijs is slegt en
de rekening van de veearts was hoog. kan het in 2 keer of later?

mvg
stijn van dessel"""
add('re-rekening-jens', T("""Dag meneer Van Dessel,

Geen probleem, dat kunnen we zo afspreken. Ik heb de rekening van januari (€ 169,50) in twee
gedeeld: € 85 tegen eind februari en € 84,50 tegen eind maart. U hoeft niets te doen, u krijgt
twee aparte overschrijvingen met een nieuwe mededeling.

Als het nog eens moeilijk gaat, zeg het gerust.

Groeten
Martine

________________________________
Van: Stijn Van Dessel <""" + p1('jens') + """>
Verzonden: woensdag 5 februari 2025 12:51
Aan: Secretariaat Sint-Pieterscollege <secretariaat@sintpieterscollege.be>
Onderwerp: rekening

""" + _q + '\n'), frm=SEC, to=[A('Stijn Van Dessel', p1('jens'))], subject='RE: rekening',
    date='2025-02-05 14:26', rules=['sensitive'], cats=['financial'], about=['jens'],
    note='a farming family cannot pay this month, bill split in two, reply to the father', fmt=['reply', 'qp'])

add('stage-laura', T("""Beste Greet,

Ik bel je morgen nog, maar zodat je het al weet: Laura Vanhoutte (6D), die vanaf 3 februari bij
jullie op de afdeling Lelie stage loopt, is in verwachting. Ze is nu ongeveer 14 weken ver.

Haar gynaecoloog vraagt dat ze geen zware til- en transfertaken doet en geen late diensten na
20u. Zou ze eventueel meer in de dagverzorging en de animatie kunnen meedraaien? Het stagedoel
(basiszorg en communicatie met bewoners) kan ze daar ook halen.

Laura weet dat ik je dit laat weten. Verder weet op school enkel haar klastitularis ervan.

Groetjes
Leen Wuyts
stagebegeleider Zorg en welzijn
0485 66 10 42
"""), frm=LEEN, to=[A('Greet Van Bael', 'greet.vanbael@wzc-terdemer.be')],
    subject='stage Laura V. (6D)', date='2025-01-22 20:13',
    rules=['sensitive', 'personal_data'], cats=['medical'], about=['laura'],
    note='pregnancy of one pupil told to the external work-placement mentor; mobile number', fmt=['plain', 'qp'])

_t = """Dag Hilde,

Na de klassenraad van gisteren willen we Ilias (4C) aanmelden bij het CLB. Korte schets:

- grote achterstand wiskunde en Frans, ondanks remediëring sinds september
- leerkrachten merken dat hij getallen omdraait en dat hoofdrekenen bijna niet lukt;
  vermoeden van dyscalculie, nooit onderzocht in de lagere school
- gemotiveerd, vriendelijk, geen gedragsproblemen
- mama spreekt beperkt Nederlands, Frans gaat goed

Vraag: diagnostisch onderzoek, en advies over redelijke aanpassingen en de studiekeuze voor
volgend jaar. Mama is akkoord, de ondertekende toestemming steek ik in het dossier.

Groetjes
Sofie"""
_h = HTMLDOC(P('Dag Hilde,', '', 'Na de klassenraad van gisteren willen we Ilias (4C) aanmelden bij het CLB. '
               'Korte schets:') +
             '<ul><li class="MsoNormal">grote achterstand wiskunde en Frans, ondanks remedi&euml;ring sinds september'
             '</li><li class="MsoNormal">leerkrachten merken dat hij getallen omdraait en dat hoofdrekenen bijna niet '
             'lukt; vermoeden van dyscalculie, nooit onderzocht in de lagere school</li><li class="MsoNormal">'
             'gemotiveerd, vriendelijk, geen gedragsproblemen</li><li class="MsoNormal">mama spreekt beperkt '
             'Nederlands, Frans gaat goed</li></ul>' +
             P('Vraag: diagnostisch onderzoek, en advies over redelijke aanpassingen en de studiekeuze voor volgend '
               'jaar. Mama is akkoord, de ondertekende toestemming steek ik in het dossier.', '', 'Groetjes',
               'Sofie'))
add('aanmelding-clb-ilias', MP('alternative', [T(_t), T(_h, 'html')], bnd('aanmelding-clb-ilias')),
    frm=ZORG, to=[CLB], subject='aanmelding I.A. 4C', date='2025-03-26 15:48',
    rules=['sensitive'], cats=['care'], about=['ilias'],
    note='referral of one pupil to the CLB with suspected learning disorder', fmt=['alt'])

add('robbe-thuis', T("""Tom,

Robbe L. uit mijn klas vertelde na de les dat hij sinds vorige week bij zijn bomma slaapt. Thuis
is er 's avonds "altijd geroep" tussen zijn ma en haar vriend, en vorige week is er een stoel door
het keukenraam gevlogen. Hij wil niet dat er iemand naar huis belt. Hij leek echt bang.

Kan jij hem vandaag of morgen zien? Hij heeft het 7de uur studie.

Koen
""", cte='7bit', cs='us-ascii'), frm=KOEN, to=[LLB], subject='Robbe 3A', date='2024-10-15 12:58',
    rules=['sensitive'], cats=['family'], about=['robbe'],
    note='violence at home of one pupil, teacher to pupil counsellor', fmt=['plain', '7bit'])

add('floor-toets-frans', T("""Beste Mirjam en Erik,

Zoals jullie vroegen, hou ik jullie op de hoogte. Floor kreeg vandaag bij het begin van de toets
Frans opnieuw een paniekaanval: ze begon snel te ademen, haar handen trilden en ze kon niet meer
schrijven. Ik heb haar met een klasgenote naar het secretariaat laten gaan; na een kwartiertje
was ze weer rustig.

De toets mag ze volgende week in een apart lokaal maken. Ik heb ook meneer Verbeeck verwittigd,
hij plant een gesprek met Floor om te kijken wat haar zou helpen.

Hartelijke groeten
Nathalie Dierckx
"""), frm=NAT, to=[A('Mirjam de Groot', p1('floor')), A('Erik de Groot', p2('floor'))],
    subject='Floor - toets Frans', date='2024-11-27 16:30',
    rules=['sensitive', 'bcc'], cats=['psychosocial'], about=['floor'],
    note='panic attack of one pupil, to both parents in To (two external addresses)', fmt=['plain', 'qp'])

add('tuur-noten', T("""Dag Mia,

Vanaf maandag hebben we een nieuwe intern bij de kleinsten: Tuur Verhaegen (1A).
Hij heeft een zware notenallergie (ook pinda's, ook sporen). Vorig jaar is hij na een koek met
hazelnoot op spoed beland. De epipen zit in zijn rugzak, de tweede leg ik in de kast van het
opvoedersbureau.

Kan je zijn bord apart klaarzetten en de koeken van het vieruurtje eens nakijken?

Merci!
Marc
""", cs='iso-8859-1', cte='quoted-printable'), frm=MARC, to=[A('Mia Bruyninckx', f'mia.bruyninckx@{INT}')],
    subject='nieuwe intern Tuur - allergie', date='2025-01-10 10:02',
    rules=['sensitive'], cats=['medical'], about=['tuur'],
    note='severe allergy of one named pupil, to the boarding-house kitchen', fmt=['plain', 'qp', 'latin-1'])

add('daria-semester2', T("""Katrien,

Voor de lesroosters van het tweede semester: Daria M. (2B) heeft nog recht op ondersteuning
vanuit het OKAN-vervolgtraject tot juni. Voorstel:
- 2u NT2 per week, tijdens de lessen Frans (die ze nu toch niet kan volgen)
- bij de examens een vertaalwoordenboek Oekraïens-Nederlands en vragen in eenvoudig Nederlands
- Frans wordt dit jaar niet meegerekend voor het attest (beslissing klassenraad)

De klassenraad was akkoord. Kan jij dat in het rooster puzzelen?

Greet
"""), frm=GREET, to=[ADJ], cc=[ZORG], subject='Daria 2B - 2de semester', date='2025-01-30 08:55',
    rules=['sensitive'], cats=['care'], about=['daria'],
    note='individual language support and exam adaptations of one newcomer pupil', fmt=['plain', 'qp'])

_h = HTMLDOC("""<p>Beste meneer Vandenbussche,</p>
<p>Bedankt voor uw telefoontje van gisteren. Ik begrijp heel goed dat u ongerust bent.</p>
<p>We hebben vandaag met de chauffeur en met een aantal leerlingen van de bus naar Scherpenheuvel gesproken.
Wat u vertelde, klopt: Febe wordt al enkele weken op de bus uitgelachen, haar boekentas werd twee keer
leeggekieperd en er werden haar ook &#8217;s avonds nog berichten gestuurd.</p>
<p>Wat we afgesproken hebben:</p>
<ol>
<li>Febe zit voortaan vooraan, vlak achter de chauffeur, samen met een vriendin uit haar klas.</li>
<li>De drie betrokken leerlingen (derde graad) hebben vandaag een gesprek gehad met de directie. Hun ouders
worden ook gecontacteerd.</li>
<li>Volgende vrijdag doen we een opvolggesprek met Febe, samen met meneer Verbeeck van de
leerlingenbegeleiding.</li>
</ol>
<p>Als er thuis nog berichten binnenkomen, mag u daar altijd een screenshot van maken en die aan mij
bezorgen.</p>
<p>Met vriendelijke groeten<br>Joke Cools<br>klastitularis 1C</p>""", outlook=False)
add('febe-bus', T(_h, 'html'), frm=JOKE, to=[A('Geert Vandenbussche', p1('febe'))],
    subject='Febe - bus', date='2025-02-13 17:05', rules=['sensitive'], cats=['psychosocial'], about=['febe'],
    note='one pupil bullied on the bus and measures, to the father; HTML only', fmt=['html-only', 'qp'])

add('coaccount-wout', T("""Bart,

de mama van Wout Smolders (2D) was hier. Er is een contactverbod voor papa, ze had het vonnis bij.
Kan jij zijn co-account in Smartschool blokkeren en zijn mailadres uit de ouderlijst halen?
Ze wil ook niet dat hij nog rapporten krijgt.

Kopie van het vonnis zit in de leerlingenmap.

thx
Martine
""", cte='7bit', cs='us-ascii'), frm=SEC, to=[ICT], subject='co-account papa Smolders', date='2024-09-19 10:17',
    rules=['sensitive'], cats=['family'], about=['wout'],
    note='contact ban against a father, ICT asked to block his parent account', fmt=['plain', '7bit'])

add('rilatine-arne', T("""Arne Celis (4B) heeft zijn Rilatine laten liggen op het internaat. Ik breng het doosje rond 8u15
naar het onthaal, kan hij het daar komen nemen voor de speeltijd?
Marc

Verzonden vanaf mijn iPhone
""", cs='us-ascii', cte='7bit'), frm=MARC, to=[SEC], subject='medicatie Arne', date='2025-02-18 07:12',
    rules=['sensitive'], cats=['medical'], about=['arne'],
    note='two-line note about the medication of one pupil, no diagnosis word', fmt=['plain', '7bit', 'short'])

_rows = [('Leerling', 'Klassenraad', 'Opvolging'),
         ('Jarne Vos', 'Wiskunde 6u haalt hij niet (4/20 en 6/20). Advies: overstap naar 5 Techniek-wetenschappen '
          '(TSO) volgend jaar', 'studiekeuzegesprek met CLB, ouders uitnodigen'),
         ('Elif Yılmaz', 'Concentratie sterk gedaald. Papa is terug naar Turkije, mama werkt nachten, Elif zorgt '
          's avonds voor twee broertjes', 'begeleiding CLB loopt, huiswerkbegeleiding op school aanbieden'),
         ('Victor Raes', 'Uitstekend, 2de ronde Wiskunde Olympiade', '–'),
         ('Charlotte Bertels', 'Goed, fysica iets zwakker', 'extra oefeningen via Smartschool')]
_t = ("Beste collega's van 5C,\n\nKort verslag van de tussentijdse klassenraad.\n\n" + TXTTABLE(_rows) +
      "\n\nDe andere leerlingen: geen bijzonderheden.\n\nPieter\n")
_h = HTMLDOC(P("Beste collega&#8217;s van 5C,", '', 'Kort verslag van de tussentijdse klassenraad.', '') +
             TABLE(_rows) + P('', 'De andere leerlingen: geen bijzonderheden.', '', 'Pieter'))
add('kr-5c', MP('alternative', [T(_t, cte='base64'), T(_h, 'html', cte='base64')], bnd('kr-5c')),
    frm=PIET, to=[KOEN, KRIS, SARAH, DIRK, NAT], subject='KR 5C tussentijds', date='2025-02-26 21:34',
    rules=['sensitive'], cats=['care', 'family'], about=['jarne', 'elif', 'victor', 'charlotte5c'],
    note='class-council table: redirection advice and a home situation with CLB follow-up for named pupils',
    fmt=['alt', 'html-table', 'base64'])

add('alhassan-invoices', T("""Dear Mr Alhassan,

Thank you for coming to the school office on Tuesday. As promised, here is a short summary in
English.

The school invoices for Rami (2A) and Layla (4A) from September to December are still open, in
total € 486.30. You told us that the school allowance from the Groeipakket has not been paid yet,
because of a problem with your residence documents.

We agreed the following:
- the OCMW of Aarschot will pay the open amount directly to the school (your social worker,
  Mrs Celis, has confirmed this);
- from January you pay € 40 per month by standing order, until the allowance arrives;
- school trips remain open for both children, they can always take part.

If anything changes, please contact me. You are welcome to bring someone who speaks Arabic, or we
can ask an interpreter.

Kind regards,
Rita Vandeput
accounting office, Sint-Pieterscollege
"""), frm=BOEK, to=[A('Ahmad Alhassan', p1('rami'))], subject='School invoices Rami and Layla',
    date='2024-12-12 11:03', rules=['sensitive'], cats=['financial'], about=['rami', 'layla'],
    note='open invoices, OCMW payment and payment plan of one family, in English', lang='en',
    fmt=['plain', 'qp'])

add('ward-turnles', T("""Tom

Ward Schoofs (2A) vandaag in de turnles: bal keihard in het gezicht van een meisje gegooid, mij
uitgescholden voor alles wat lelijk is, stoel tegen de muur in de kleedkamer. Derde keer deze
week dat hij zo ontploft. Ik wil hem niet meer in mijn les tot er een gesprek geweest is.
Kan er morgen iets gebeuren?

Stuur van thuis, mijn schoolmail doet raar op mijn gsm.
Wim

Verzonden vanaf mijn iPhone
""", cs='us-ascii', cte='7bit'), frm=A('Wim Geens', 'wimgeens72@hotmail.com'), to=[LLB],
    subject='Ward', date='2025-03-05 17:55',
    rules=['sensitive', 'private_account'], cats=['psychosocial'], about=['ward'],
    note='repeated aggressive behaviour of one pupil, teacher writes from his private hotmail',
    fmt=['plain', '7bit'])

_inner = Message()
_inner['Date'] = format_datetime(D('2025-01-21 14:02'))
_inner['From'] = CLB
_inner['To'] = ZORG
_inner['Subject'] = 'Noah Geerts 1D - gemotiveerd verslag'
_inner['Message-ID'] = '<CLB.2025.0121.1402@clb-leuven.be>'
_inner['MIME-Version'] = '1.0'
_inner['Content-Type'] = 'text/plain; charset="utf-8"'
_inner['Content-Transfer-Encoding'] = 'quoted-printable'
_inner.set_payload(enc("""Dag Sofie,

Het gemotiveerd verslag voor Noah Geerts (1D) is afgerond en aan mama bezorgd. Noah heeft recht
op ondersteuning vanuit het ondersteuningsnetwerk (leerstoornis + taalontwikkelingsstoornis).
Het ondersteuningsteam start in februari, 2 uur per week, op dinsdag.

Graag bij de klassenraad van maart ook zijn handelingsplan evalueren.

Groeten
Hilde Maes
CLB-medewerker
""", 'utf-8', 'quoted-printable'))
add('fw-clb-noah', MP('mixed', [T("""Evelien,

Welkom nog eens in het team! Hierbij de mail van het CLB over Noah, zodat je weet waarom er op
dinsdag iemand van het ondersteuningsnetwerk mee in 1D zit. Zijn handelingsplan staat in het LVS.

Sofie
"""), RFC822(_inner, 'Noah Geerts 1D - gemotiveerd verslag.eml')], bnd('fw-clb-noah', 'tb')),
    frm=ZORG, to=[A('Evelien Thys', f'evelien.thys@{SCH}')], subject='Fwd: Noah Geerts 1D - gemotiveerd verslag',
    date='2025-02-03 08:20', rules=['sensitive'], cats=['care'], about=['noah'],
    note='CLB report on support for one pupil forwarded as an attached message to a new care teacher',
    fmt=['mixed', 'rfc822'])

add('yonas-voogd', T("""Beste meneer Devriendt,

Zoals beloofd een korte stand van zaken over Yonas.

In de klas gaat het goed: zijn Nederlands gaat snel vooruit en hij helpt de anderen graag bij
wiskunde. Maar de laatste weken is hij vaak moe en stil. Hij vertelde me dat hij sinds de zomer
niets meer gehoord heeft van zijn mama en zijn zussen, die nog in een kamp in Ethiopië zitten,
en dat hij 's nachts daarover ligt te piekeren. In het opvangcentrum is er 's nachts ook weinig
rust.

Zou u met hem kunnen bekijken of de dienst Tracing van het Rode Kruis iets kan doen? Op school kan
hij altijd bij mij of bij de leerlingenbegeleider terecht, dat weet hij.

Met vriendelijke groeten

Greet Michiels
leerkracht OKAN / NT2
"""), frm=GREET, to=[A('Johan Devriendt', p1('yonas'))], subject='Yonas Tekle - stand van zaken',
    date='2024-12-05 15:40', rules=['sensitive'], cats=['family', 'psychosocial'], about=['yonas'],
    note='unaccompanied minor lost contact with his family and sleeps badly, to his guardian',
    fmt=['plain', 'qp'])

_q = """Goeiedag,

Hoe is het gebeurd met Ibrahim in de turnles? Hij moest blijven in het ziekenhuis.

Serkan Kaya"""
_t = """Beste meneer Kaya,

Eerst en vooral: ik hoop dat Ibrahim zich al wat beter voelt.

Tijdens de les bewegingsopvoeding is Ibrahim bij een sprong over de kast ongelukkig op zijn hoofd
terechtgekomen. Hij was even suf; de leerkracht heeft hem meteen laten neerliggen en de EHBO
verwittigd. Omdat hij daarna moest overgeven, hebben we de ziekenwagen gebeld en is hij naar
AZ Diest gebracht. Ik begrijp dat de artsen een hersenschudding vastgesteld hebben en hem een
nacht ter observatie houden.

Het aangifteformulier voor de schoolverzekering stuur ik met de post. Voor de toetsen van
volgende week hoeft hij zich geen zorgen te maken; we bekijken samen wanneer hij ze inhaalt.

Met vriendelijke groeten

Katrien Lemmens
adjunct-directeur
Sint-Pieterscollege campus Aarschot
""" + SCHOOL_TEL
_h = HTMLDOC(P(*[l.replace('&', '&amp;') for l in _t.split('\n')]) +
             '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">' +
             P('<b>Van:</b> Serkan Kaya &lt;' + p1('ibrahim') + '&gt;', '<b>Verzonden:</b> dinsdag 21 januari 2025 '
               '18:02', '<b>Aan:</b> Katrien Lemmens &lt;katrien.lemmens@sintpieterscollege.be&gt;',
               '<b>Onderwerp:</b> Ibrahim') + '</div>' + P(*_q.split('\n')))
_t2 = _t + """

Van: Serkan Kaya <""" + p1('ibrahim') + """>
Verzonden: dinsdag 21 januari 2025 18:02
Aan: Katrien Lemmens <katrien.lemmens@sintpieterscollege.be>
Onderwerp: Ibrahim

""" + _q
add('re-ibrahim', MP('alternative', [T(_t2), T(_h, 'html')], bnd('re-ibrahim')),
    frm=ADJ, to=[A('Serkan Kaya', p1('ibrahim'))], subject='RE: Ibrahim', date='2025-01-21 19:15',
    rules=['sensitive', 'personal_data'], cats=['medical'], about=['ibrahim'],
    note='accident, hospital and concussion of one pupil, reply to the father; school phone',
    fmt=['alt', 'reply', 'outlook'])

add('sofiia-fire-drill', T("""Dear Mrs Bondarenko,

I wanted to let you know about something that happened at school today.

During the fire drill this morning, when the alarm went off, Sofiia became very frightened. She
hid under her desk and did not want to go outside; afterwards she was shaking and crying for a
long time. Later she told me that the siren sounded exactly like the air-raid alarm in Kharkiv.

We think it would be good for Sofiia to talk to someone about what she has been through. Our CLB
(pupil guidance centre) has a psychologist who works with children who have lived through war.
With your permission, I would like to ask her to contact you.

Next time there is a drill, we will tell Sofiia the day before.

Kind regards,
Greet Michiels
Dutch / newcomers teacher
""", cte='base64'), frm=GREET, to=[A('Olena Bondarenko', p1('sofiia'))], subject='Sofiia - today at school',
    date='2024-10-17 15:52', rules=['sensitive'], cats=['psychosocial'], about=['sofiia'],
    note='war trauma reaction of one pupil, in English to her mother', lang='en', fmt=['plain', 'base64'])

_csv = ("Leerling;Klas;Maatregel;Reden\n"
        "Zeynep Aydın;2C;extra tijd, Arial 12, voorleessoftware;dyslexie (attest logopedist)\n"
        "Lars Moens;2C;mag typen op laptop;dyspraxie (verslag ergotherapeut)\n"
        "Kasper Willaert;2C;compacten en verrijken;hoogbegaafd (CLB-onderzoek 2023)\n"
        "Mila Raeymaekers;2C;IAC Frans en wiskunde;individueel aangepast curriculum na MDO\n"
        "Wiktoria Kowalska;2C;mag naar rustlokaal;schoolweigering - opvolging CLB\n"
        "Amina Bouzid;2C;-;opvolging zorgcoördinator + internaat (info bij Sofie)\n")
add('zorgoverzicht-2c', MP('mixed', [T("""Dag Ruben,

Welkom! Zoals beloofd een overzicht van de zorgmaatregelen in 2C, het is een export uit het LVS.
Graag niet doorsturen en na het lezen verwijderen ;-)

Sofie
"""), ATT(_csv.replace('\n', '\r\n'), 'zorgoverzicht_2C.csv', 'text/csv', cs='utf-8')], bnd('zorgoverzicht-2c', 'tb')),
    frm=ZORG, to=[RUBA], subject='2C', date='2024-11-04 12:10',
    rules=['sensitive'], cats=['care', 'medical', 'psychosocial'],
    about=['zeynep', 'lars', 'kasper', 'mila', 'wiktoria', 'amina'],
    note='csv export of care measures with diagnoses per named pupil, to a new interim teacher',
    fmt=['mixed', 'csv'])

add('internaatsfactuur-lowie', T("""Dag Luc,

De internaatsfactuur van Lowie Dewit (3D) staat nu al sinds oktober open (3 maanden, € 1.245).
Papa reageert niet meer op brieven of telefoon. Rita stelt voor dat jullie voor hem niets extra
meer boeken (skiweekend) tot er een afspraak is.

Wil jij het eens aankaarten als papa hem vrijdag komt halen? Liefst discreet, Lowie weet van niets.

Mvg
Martine
""", cs='windows-1252', cte='quoted-printable'), frm=SEC, to=[LUC], subject='factuur Lowie D.',
    date='2025-01-15 09:33', rules=['sensitive'], cats=['financial'], about=['lowie'],
    note='months of unpaid boarding fees of one family, school to boarding house', fmt=['plain', 'qp', 'windows-1252'])

add('margot-afspraken', T("""Sofie, Kristof,

Na ons gesprek met Margot en haar mama: Margot is sinds december in behandeling bij een diëtiste
en een psychiater van het ziekenhuis. Ze is sinds de herfstvakantie veel afgevallen, haar mama
schat een tiental kilo.

Afspraken:
- ze eet 's middags in het lokaal van Sofie, samen met een vriendin, niet in de refter
- geen LO tot de arts het terug toelaat
- niemand maakt opmerkingen over eten of gewicht, ook niet goedbedoeld

Naar de collega's van 5B toe zou ik enkel zeggen dat ze om medische redenen vrijgesteld is van
LO, de rest hoeven ze niet te weten.

Tom
"""), frm=LLB, to=[ZORG, KRIS], subject='M.L. 5B', date='2025-01-08 16:14',
    rules=['sensitive'], cats=['medical', 'psychosocial'], about=['margot'],
    note='eating problem under treatment of one pupil, described without naming the disorder',
    fmt=['plain', 'qp'])

add('bilal-discreet', T("""Collega's,

Even discreet: de papa van Bilal Chakir is vorige week aangehouden en zit in voorhechtenis.
Bilal wil er niet over praten en de klas weet er (denk ik) niets van. Als zijn taken er de
komende weken niet zijn: aub niet meteen een strafstudie, eerst even bij mij melden.

Sarah
klastitularis 3C
""", cte='7bit', cs='us-ascii'), frm=SARAH, to=[KOEN, VEER, KRIS, DIRK], subject='3C', date='2025-04-02 12:45',
    rules=['sensitive'], cats=['family'], about=['bilal'],
    note='father of one pupil in pre-trial detention, to the class teachers', fmt=['plain', '7bit'])

add('theo-plan', T("""Madame Lambert,

Je vous écris en français, à la demande du titulaire de Théo.

Suite au conseil de classe de décembre, nous vous proposons un plan d'accompagnement pour Théo :

- deux heures de remédiation en néerlandais par semaine (le mardi, 8e heure) ;
- pendant les examens, il pourra utiliser un dictionnaire français-néerlandais et les questions
  seront imprimées en plus grands caractères ;
- le CLB (centre d'encadrement des élèves) fera un bilan de ses difficultés de lecture ; le centre
  vous contactera directement.

Nous aimerions vous rencontrer pour en parler, par exemple le jeudi 16 janvier après 16 heures.
Est-ce que cela vous convient ?

Bien à vous,

Nathalie Dierckx
professeur de français
"""), frm=NAT, to=[A('Sophie Lambert', p1('theo'))], subject="Théo - plan d'accompagnement",
    date='2025-01-06 18:20', rules=['sensitive'], cats=['care'], about=['theo'],
    note='individual support plan and CLB assessment of one pupil, in French to the mother', lang='fr',
    fmt=['plain', 'qp'])

_q = """Sarah, Kato P. (4A) was gisteren helemaal overstuur op het internaat, heeft niet gegeten
en zat tot 22u op haar kamer te wenen. Weet jij of er iets in de klas gebeurd is?
Nele"""
add('re-kato', T("""Hoi Nele,

ja, het is uit met haar lief uit 5B en sindsdien gaat er een screenshot van hun chat rond op
Insta, half de school lacht ermee en er worden commentaren onder gezet. Ze heeft in mijn les ook
zitten wenen. Ik heb het aan Tom gemeld, hij ziet haar morgen.

Houden jullie 's avonds een oogje in het zeil?
x Sarah

Op 13-11-2024 om 08:02 schreef Nele Vanderstraeten:
""" + quote(_q) + '\n', cte='8bit'), frm=SARAH, to=[NELE], subject='Re: Kato', date='2024-11-13 10:29',
    in_reply='<A1C3.77E2@internaat.ksleuven.be>', rules=['sensitive'], cats=['psychosocial'], about=['kato'],
    note='one intern pupil humiliated online and distressed, teacher replies to the educator',
    fmt=['reply', '8bit'])

add('parijs-noor', T("""Beste mevrouw Van Hove,

Bedankt voor het ingevulde formulier voor de reis naar Parijs. Hierbij nog wat praktische info,
die u ook op Smartschool vindt.

Vertrek: maandag 24 maart om 6u45 aan de kerk op de Grote Markt (de bus vertrekt stipt om 7u).
Terug: vrijdag 28 maart rond 20u, ook aan de kerk. De juiste uur laten we vanuit de bus weten.

Mee te nemen:
- identiteitskaart en de Europese ziekteverzekeringskaart (aan te vragen bij het ziekenfonds)
- zakgeld: ongeveer € 50 is ruim voldoende, eten is inbegrepen
- een kleine rugzak voor overdag, goede wandelschoenen en een regenjas
- lakens zijn er in de jeugdherberg, een handdoek niet

Voor Noor specifiek: zoals u vroeg, nemen we haar reserve-puffer (Ventolin) en de
Medrol-tabletten mee in de EHBO-koffer, en ik denk eraan dat ze 's avonds haar Seretide neemt.
Haar eigen puffer houdt ze best zelf in haar jaszak.

De gsm's mogen mee, maar 's nachts worden ze verzameld. In geval van nood bent u tijdens de reis
welkom op mijn gsm.

Met vriendelijke groeten
Dirk Luyten
begeleider reis 5de jaar
gsm tijdens de reis: 0471 20 58 93
""", cte='quoted-printable', cs='utf-8'), frm=DIRK, to=[A('Liesbeth Van Hove', p1('noor'))],
    subject='Parijs - praktische info', date='2025-03-14 20:45',
    rules=['sensitive', 'personal_data'], cats=['medical'], about=['noor'],
    note='long practical trip mail with one paragraph about the asthma medication of the pupil; mobile',
    fmt=['plain', 'qp', 'long'])

add('facturatie-tibo', T("""Rita,

Nog iets voor de facturatie: vanaf de rekening van januari moeten de facturen van Tibo Mariën
(2B) volledig naar papa (adres in Rillaar, staat in Informat). Mama heeft haar werk verloren en
kan niets meer bijdragen; sinds de scheiding is afgesproken dat papa de schoolkosten draagt.
Mama vroeg uitdrukkelijk om geen aanmaningen meer op haar naam.

Martine
"""), frm=SEC, to=[BOEK], subject='Tibo Mariën 2B', date='2024-12-19 15:01',
    rules=['sensitive'], cats=['family', 'financial'], about=['tibo'],
    note='divorce, job loss and who pays the school bills of one family, internal', fmt=['plain', 'qp'])

# ================================================================ PERSONAL, NOT SENSITIVE (30)

add('lucas-presentatie', T("""Beste mevrouw Vermeulen,

Ik wou u even laten weten dat Lucas vandaag een schitterende presentatie gaf in de les Engels,
over zijn vakantiejob op de aardbeienboerderij van zijn oom. Vlot, grappig en met een heel
behoorlijke uitspraak; zijn klasgenoten hebben spontaan geapplaudisseerd.

Fijn weekend!
Sarah El Khattabi
"""), frm=SARAH, to=[A('An Vermeulen', p1('lucas'))], subject='Lucas - presentatie Engels',
    date='2024-10-18 15:40', about=['lucas'], note='praise for one pupil to his mother', fmt=['plain', 'qp'])

add('jolien-bus', T("""Beste meneer Dockx,

Jolien heeft de bus van 16u05 naar Rillaar gemist (ze was nog bij haar leerkracht met een vraag
over de toets). Ze zit hier rustig op het secretariaat.

De volgende bus is pas om 17u10. Kunt u haar komen halen, of mag ze die bus nemen? Laat maar
even iets weten.

Martine, secretariaat
""", cs='us-ascii', cte='7bit'), frm=SEC, to=[A('Patrick Dockx', p1('jolien'))], subject='Jolien - bus gemist',
    date='2024-11-26 16:18', about=['jolien'], note='missed bus, pupil waits at the office', fmt=['plain', '7bit'])

add('stan-handboek', T("""Hoi Stan,

je handboek geschiedenis (met je naam erin) lag na het 6de uur nog in lokaal B.204. Ik heb het
bij de conciërge gelegd, je kan het morgen ophalen.

Mr. Luyten
""", cte='8bit'), frm=DIRK, to=[pm('stan')], subject='je boek', date='2024-10-02 16:02',
    about=['stan'], note='lost schoolbook, to the pupil himself', fmt=['plain', '8bit'])

add('inhaaltoets-eline', T("""Dag Eline,

Omdat je vrijdag op de provinciale finale volleybal was, mag je de toets goniometrie inhalen op
woensdag om 13u in lokaal B.112. Leerstof: hoofdstuk 4 tot en met de oefeningen op p. 87.
Rekenmachine meebrengen.

Mvg
Koen Smets
"""), frm=KOEN, to=[pm('eline')], subject='inhaaltoets', date='2025-02-10 10:12', about=['eline'],
    note='retake for a sports final, ordinary reason', fmt=['plain', 'qp'])

add('scholencross', T("""Hey,

Scholencross in Tienen: Bram Heylen (4A) wint bij de jongens de 1500m!! Ook een mooie 3de plaats
voor Nina Claeys (4C) bij de meisjes.

Misschien iets voor de nieuwsbrief of de Facebookpagina? Foto's heb ik, de ouders hebben allebei
toestemming gegeven op het formulier.

Wim
""", cs='us-ascii', cte='7bit'), frm=WIM, to=[ADJ, JOKE], subject='cross Tienen', date='2024-11-13 16:47',
    about=['bram', 'nina'], note='sports results of two pupils for the newsletter', fmt=['plain', '7bit'])

_q = """Goedenavond,

Mats mag mee naar Technopolis op 14 november. Het geld (17 euro) heb ik overgeschreven.

Mvg
Tom De Wit"""
add('re-technopolis-mats', T("""Dag meneer De Wit,

Dank u, alles is in orde voor Mats. Vertrek om 8u30 aan de school, terug rond 16u. Een
lunchpakket en een drankje meegeven.

Groeten
Pieter Mertens

Op ma 4 nov 2024 om 21:12 schreef Tom De Wit <""" + p1('mats') + """>:
""" + quote(_q) + '\n'), frm=PIET, to=[A('Tom De Wit', p1('mats'))], subject='Re: toestemming Technopolis',
    date='2024-11-05 07:55', about=['mats'], note='excursion permission confirmed to the father',
    fmt=['reply', 'qp'])

add('oudercontact-ella', T("""Beste ouders,

Hierbij de bevestiging van uw afspraken voor het oudercontact van donderdag 19 december voor
Ella (3D):

  18u20  mevrouw Stevens (klastitularis)   lokaal A.012
  18u40  meneer Smets (wiskunde)           lokaal B.112

Het plan van de lokalen hangt aan de ingang. Kunt u niet komen, laat het dan even weten.

Met vriendelijke groeten
secretariaat Sint-Pieterscollege
"""), frm=SECG, to=[A('Kim Nijs', p1('ella')), A('Bjorn Nijs', p2('ella'))],
    subject='Oudercontact 19/12 - Ella', date='2024-12-12 11:30', rules=['bcc'], about=['ella'],
    note='parents-evening slots to both separated parents, two external addresses in To', fmt=['plain', 'qp'])

add('yara-knie', T("""Beste mevrouw Benali,

Even ter info: Yara is tijdens de middagpauze gevallen bij het voetballen op de speelplaats en
heeft haar knie geschaafd. Ik heb de wonde uitgewassen, ontsmet en er een pleister op gedaan.
Ze kon daarna gewoon weer naar de les en lachte al snel weer.

Niets ernstigs dus, maar mocht de knie morgen dik of rood zijn, laat er dan even een dokter
naar kijken.

Vriendelijke groeten
Ilse Hermans, EHBO
"""), frm=ILSE, to=[A('Nadia Benali', p1('yara'))], subject='Yara - schaafwonde', date='2024-09-26 14:02',
    about=['yara'], note='scraped knee cleaned at school, nothing medical to keep confidential',
    fmt=['plain', 'qp'])

add('naamdag-kasia', T("""Dag collega's van 2A,

Morgen, 25 november, is het de naamdag (imieniny) van Kasia Nowak, voluit Katarzyna. In Polen
vieren ze dat bijna meer dan hun verjaardag! Ze zou het heel leuk vinden als de klas even
"Sto lat" zingt (tekst hangt in mijn lokaal, 4 regels, dat lukt wel).

Greet
"""), frm=GREET, to=[KOEN, SARAH, WIM, DIRK], subject='morgen naamdag Kasia', date='2024-11-24 19:20',
    about=['kasia'], note='a pupil name-day, a date that is not a date of birth', fmt=['plain', 'qp'])

add('stageplaats-ine', T("""Beste mevrouw Vrancken,

Fijn dat Ine Coenen (6D) vanaf 24 februari bij jullie in het kinderdagverblijf stage mag lopen.
Ik kom graag op woensdag 12 februari om 14u langs om de stageovereenkomst samen te overlopen en
te ondertekenen. Past dat?

Ine is een heel enthousiaste leerling; ze werkte vorig jaar al in het jeugdwerk en weet dus wat
het is om een groep kinderen bezig te houden.

Met vriendelijke groeten
Leen Wuyts
stagebegeleider Zorg en welzijn
0485 66 10 42
"""), frm=LEEN, to=[A("Kinderdagverblijf 't Kriebelhuis", 'info@kriebelhuis-rillaar.be')],
    subject='stage Ine Coenen', date='2025-01-31 13:22', rules=['personal_data'], about=['ine'],
    note='work placement found for one pupil, to the childcare centre; teacher mobile', fmt=['plain', 'qp'])

_h = HTMLDOC("""<p>Beste mevrouw Luyckx,</p>
<p>Fien heeft met haar gedicht <i>Zondag in de boomgaard</i> de tweede prijs gewonnen in de
po&euml;ziewedstrijd van de bibliotheek van Aarschot! Proficiat!</p>
<p>De prijsuitreiking is op zaterdag 1 februari om 14u in de bib. Fien krijgt nog een uitnodiging, maar ik
wou het u al laten weten.</p>
<p>Mogen we haar naam en het gedicht ook in de nieuwsbrief van de school zetten?</p>
<p>Groetjes<br>Els Vandenbroeck<br>leerkracht Nederlands</p>""", outlook=False)
add('fien-gedicht', T(_h, 'html', cte='base64'), frm=ELS, to=[A('Tine Luyckx', p1('fien'))],
    subject='Proficiat Fien!', date='2025-01-17 12:06', about=['fien'],
    note='poetry prize of one pupil, ask to publish', fmt=['html-only', 'base64'])

add('olha-bus-pass', T("""Dear Mrs Shevchenko,

Olha's bus pass for line 35 (Aarschot - Betekom) has arrived. She can collect it at the school
office during the morning break. The cost will be on the next school invoice, as for all pupils.

Kind regards,
Martine Goossens
school office
""", cs='us-ascii', cte='7bit'), frm=SEC, to=[A('Natalia Shevchenko', p1('olha'))], subject='Bus pass Olha',
    date='2024-09-12 09:14', about=['olha'], note='bus pass ready, in English to a Ukrainian parent', lang='en',
    fmt=['plain', '7bit'])

add('afwezig-jasper', T("""Beste meneer Van Loock,

We hebben uw briefje en het huwelijksbericht goed ontvangen. De afwezigheid van Jasper op vrijdag
7 maart (huwelijk van zijn zus) is hiermee gewettigd.

De toets Nederlands van die dag mag hij inhalen; mevrouw Vandenbroeck spreekt met hem een moment
af.

Met vriendelijke groeten
secretariaat
""", cs='windows-1252', cte='8bit'), frm=SECG, to=[A('Bart Van Loock', p1('jasper'))],
    subject='Afwezigheid Jasper 7/3', date='2025-03-10 10:41', about=['jasper'],
    note='ordinary justified absence for a family wedding', fmt=['plain', 'windows-1252', '8bit'])

add('turnkledij-niels', T("""Beste mevrouw Vanderlinden,

Niels vergat deze maand al drie keer zijn turnkledij. Volgende keer mag hij helaas niet meedoen en
krijgt hij een vervangtaak. Kunt u hem mee helpen herinneren? (Tip: een zakje met turnkledij dat
op maandag gewoon in zijn kastje blijft liggen, werkt bij veel leerlingen.)

Sportieve groeten
Jonas Vermeiren
leerkracht LO
"""), frm=JONV, to=[A('Sarah Vanderlinden', p1('niels'))], subject='turnkledij Niels',
    date='2025-03-20 13:18', about=['niels'], note='forgotten PE kit, ordinary', fmt=['plain', 'qp'])

add('jef-portefeuille', T("""Beste mevrouw Verstraeten,

Gisteren vond Jef een portefeuille met geld en bankkaarten op de parking van de sporthal, en hij
bracht hem meteen naar het secretariaat. De eigenares, een dame uit Wezemaal, was zo blij dat ze
een doos pralines voor hem heeft achtergelaten. Hij mag ze vandaag komen halen.

Flink gedaan van Jef, we wilden het u niet onthouden.

Met vriendelijke groet
Katrien Lemmens
adjunct-directeur
"""), frm=ADJ, to=[A('Ilse Verstraeten', p1('jefv'))], subject='Een pluim voor Jef',
    date='2025-04-24 11:50', about=['jefv'], note='praise for a found wallet', fmt=['plain', 'qp'])

add('leerlingenraad-liam', T("""Hoi Liam,

Proficiat, je bent verkozen als klasvertegenwoordiger van 2B in de leerlingenraad!
Eerste vergadering: dinsdag 8 oktober in de middagpauze, lokaal A.003. Breng je boterhammen mee.

Mevr. Cools
""", cs='us-ascii', cte='7bit'), frm=JOKE, to=[pm('liam')], subject='leerlingenraad', date='2024-10-01 15:03',
    about=['liam'], note='pupil elected to the pupil council', fmt=['plain', '7bit'])

add('clara-cross', T("""Madame Dubois,

Je voulais vous féliciter : Clara a terminé deuxième au cross scolaire de la province, dans la
catégorie 1re année. Elle est qualifiée pour la finale flamande à Gand le 12 mars. L'école
organise le transport en car ; je vous envoie l'autorisation la semaine prochaine.

Sportivement,
Wim Geens
professeur d'éducation physique
(merci à ma collègue Nathalie pour le français !)
"""), frm=WIM, to=[A('Marie Dubois', p1('clara'))], subject='Clara - cross scolaire', date='2025-02-20 15:15',
    about=['clara'], note='sports result of one pupil, in French', lang='fr', fmt=['plain', 'qp'])

add('rekenmachine-seppe', T("""Koen,

Seppe Vanhees (3D) heeft zijn grafische rekenmachine op het internaat laten liggen en hij zegt
dat hij bij jou vandaag een toets heeft. Ik zet hem om 8u10 op het secretariaat, zijn naam staat
erop.

Marc
""", cs='us-ascii', cte='7bit'), frm=MARC, to=[KOEN], subject='rekenmachine Seppe', date='2025-01-23 07:34',
    about=['seppe'], note='forgotten calculator, boarding house to teacher', fmt=['plain', '7bit'])

add('sleutel-kastje-ayoub', T("""Beste mevrouw Mansouri,

Ayoub is de sleutel van zijn kastje (nr. 143) kwijt. Hij heeft een reservesleutel gekregen.
De kostprijs van een nieuwe sleutel (€ 5) komt op de volgende schoolrekening.

Met vriendelijke groeten
""" + SIG_SEC_NOTEL, cs='windows-1252', cte='quoted-printable'), frm=SEC, to=[A('Leila Mansouri', p1('ayoub'))],
    subject='sleutel kastje', date='2024-10-22 14:44', about=['ayoub'],
    note='lost locker key, small routine charge', fmt=['plain', 'qp', 'windows-1252'])

_q = """dag meneer smets

brent moet donderdag thuis blijven we moeten de mais binnen doen en de loonwerker kan maar 1 dag.
hij zal zijn taken maken

jos meulemans"""
_t = """Dag meneer Meulemans,

Ik begrijp dat het een drukke periode is op de boerderij. Helpen bij de oogst is voor de school
helaas geen gewettigde reden om afwezig te zijn: als Brent donderdag niet komt, wordt dat een
ongewettigde afwezigheid. Bovendien heeft hij die dag een toets wiskunde.

Kan hij misschien na school of op woensdagnamiddag helpen? Het zou voor Brent spijtig zijn als hij
de toets mist.

Met vriendelijke groeten
Koen Smets
klastitularis 3A

-----Oorspronkelijk bericht-----
Van: Jos Meulemans <""" + p1('brent') + """>
Verzonden: maandag 7 oktober 2024 20:48
Aan: Koen Smets <koen.smets@sintpieterscollege.be>
Onderwerp: brent donderdag

""" + _q
add('re-brent-oogst', T(_t, cs='windows-1252', cte='quoted-printable'), frm=KOEN,
    to=[A('Jos Meulemans', p1('brent'))], subject='RE: brent donderdag', date='2024-10-08 07:40',
    about=['brent'], note='farmer asks leave for the harvest, teacher explains absence rules',
    fmt=['reply', 'qp', 'windows-1252'])

add('foto-kiano', T("""Beste mevrouw Verlinden,

In het toestemmingsformulier voor beeldmateriaal heeft u "nee" aangeduid voor de website. Op de
sportdag is er een heel mooie foto van Kiano gemaakt bij het touwtrekken, die we graag in de
jaarbrochure zouden gebruiken (enkel op papier, niet online).

Mogen we die ene foto gebruiken? Zonder uw akkoord doen we dat uiteraard niet.

Vriendelijke groeten
Els Vandenbroeck
"""), frm=ELS, to=[A('Jessica Verlinden', p1('kiano'))], subject='foto jaarbrochure',
    date='2025-05-28 16:36', about=['kiano'], note='photo consent question for one pupil', fmt=['plain', 'qp'])

add('agenda-robin', T("""Wie heeft Robin Daems (1C) vandaag in de les gehad? Hij is zijn agenda kwijt, blauwe kaft met
een stickertje van Club Brugge. Als je hem vindt, mag hij in mijn bakje.
Merci, Martine
""", cs='us-ascii', cte='7bit'), frm=SEC, to=[VEER, KOEN, GREET, JOKE, WIM], subject='agenda Robin',
    date='2024-10-10 13:02', about=['robin'], note='lost diary, to several colleagues', fmt=['plain', '7bit'])

add('fw-stage-jitse', T("""Beste mevrouw Boeckx,

Ik kreeg deze week heel fijne feedback van de stageplaats van Jitse, die ik u niet wil onthouden.

Met vriendelijke groeten
Leen Wuyts

---------- Doorgestuurd bericht ---------
Van: Anja Cuypers <anja.cuypers@wzc-dehoeve.be>
Datum: di 25 mrt 2025 om 17:40
Onderwerp: stage Jitse Boeckx
Aan: Leen Wuyts <leen.wuyts@sintpieterscollege.be>

Dag Leen,

Even laten weten: Jitse is een aanwinst voor de afdeling. Hij neemt initiatief, is stipt en de
bewoners vragen naar hem als hij er niet is. Bij de activiteit met de kleinkinderen nam hij zelf
de leiding. Als hij volgend jaar een vakantiejob zoekt, mag hij zeker solliciteren.

Groetjes
Anja
hoofdverpleegkundige afdeling Linde
"""), frm=LEEN, to=[A('Marleen Boeckx', p1('jitse'))], subject='Fwd: stage Jitse Boeckx',
    date='2025-03-27 12:15', about=['jitse'], note='positive placement feedback forwarded to the mother',
    fmt=['plain', 'inline-forward'])

add('emiel-exchange', T("""Dear Karen,

Thanks a lot for the host family details. Emiel Vanderhoven (5B) will be staying with the
Sørensen family, and he is really looking forward to it. He plays football in a club here, so if
there is any chance he could join a training session with his host brother, he would love that.

We arrive in Aarhus on Sunday 6 April around 18:00 by train. I'll send the full list of pupils and
host families once everyone has confirmed.

Best wishes,
Sarah El Khattabi
English teacher, Sint-Pieterscollege Aarschot
""", cte='8bit'), frm=SARAH, to=[A('Karen Hansen', 'kh@aarhus-gymnasium.dk')], subject='Exchange - Emiel',
    date='2025-03-04 21:08', about=['emiel'], note='exchange host family for one pupil, in English to the partner school',
    lang='en', fmt=['plain', '8bit'])

add('olympiade-victor', T("""Beste meneer Raes,

Goed nieuws: Victor is geselecteerd voor de tweede ronde van de Vlaamse Wiskunde Olympiade!
Die gaat door op woensdagnamiddag 29 januari in Leuven (campus Arenberg). De deelnemers moeten er
om 13u30 zijn; de school voorziet geen vervoer, maar misschien kunnen we met de ouders van een
andere deelnemer samenrijden.

Proficiat aan Victor!
Koen Smets
"""), frm=KOEN, to=[A('Hans Raes', p1('victor'))], subject='Wiskunde Olympiade - 2de ronde',
    date='2025-01-13 18:02', about=['victor'], note='olympiad selection, praise', fmt=['plain', 'qp'])

add('winterjas-lore', T("""Dag mevrouw Bollen,

Lore heeft vrijdag haar winterjas (blauw, met een bontkraag) in de studiezaal laten liggen. Ik
heb hem in het opvoederskantoor gehangen, ze kan hem maandagavond komen halen.

Groetjes
Nele, opvoeder internaat
""", cs='us-ascii', cte='7bit'), frm=NELE, to=[A('Greet Bollen', p1('lore'))], subject='jas van Lore',
    date='2024-12-08 10:22', about=['lore'], note='forgotten coat at the boarding house', fmt=['plain', '7bit'])

add('traktatie-zoe', T("""Hallo,

Morgen in het 4de uur trakteert Zoë Verbist voor haar verjaardag (cupcakes). Wie het 4de uur in 1A
heeft: even 5 minuutjes gunnen?

Merci!
Veerle
""", cte='8bit'), frm=VEER, to=[KOEN, NAT, DIRK], subject='1A morgen', date='2025-04-28 12:03', about=['zoe'],
    note='birthday treat in class, no date of birth', fmt=['plain', '8bit'])

add('musical-marie', T("""Beste meneer Swinnen,

Marie heeft na de audities de rol van Annie gekregen in onze schoolmusical! De repetities zijn op
woensdagnamiddag van 13u30 tot 16u, vanaf 15 januari, in de turnzaal. De voorstellingen zijn op 25
en 26 april.

Wilt u laten weten of ze mag deelnemen? Dan zet ik haar op de lijst.

Vriendelijke groeten
Joke Cools
"""), frm=JOKE, to=[A('Dirk Swinnen', p1('marie'))], subject='Musical: rol voor Marie', date='2024-12-18 19:30',
    about=['marie'], note='role in the school musical', fmt=['plain', 'qp'])

add('busabonnement-finn', T("""Goeiedag,

Voor onze leerling Finn Wauters (1D) graag een schoolabonnement voor lijn 35, opstaphalte
Gelrode Kerk, vanaf 1 oktober.

Gegevens voor het abonnement:
Naam: Finn Wauters
Rijksregisternummer: 12.08.23-213.61
Adres: Kerkstraat 7, 3200 Gelrode

Facturatie via de school, zoals voor de andere leerlingen.

""" + SIG_SEC), frm=SEC, to=[A('Busreizen Demervallei - abonnementen', 'abonnementen@demervallei-bus.be')],
    subject='nieuw schoolabonnement', date='2024-09-20 11:48', rules=['personal_data'], about=['finn'],
    note='bus subscription request with a national number and the school phone, not sensitive',
    fmt=['plain', 'qp'])

add('peter-jasper', T("""Hoi Jasper,

Je bent aangeduid als peter voor de eerstejaars op de onthaaldag (maandag 2 september). Afspraak
om 8u15 in de refter, we geven dan de badges en het programma. Jij begeleidt samen met Ine Coenen
de groep van 1C.

Merci om dit te doen!
Tom Verbeeck
""", cs='us-ascii', cte='7bit'), frm=LLB, to=[pm('jasper')], subject='peter onthaaldag', date='2024-08-28 14:20',
    about=['jasper', 'ine'], note='older pupil asked to mentor first-years', fmt=['plain', '7bit'])

# ================================================================ MISDIRECTED (10)

add('oudercontact-elise', T("""Beste mevrouw Peeters,

Hierbij de bevestiging van uw afspraak op het oudercontact van donderdag 19 december voor Elise
Peeters (4A): om 19u00 bij meneer Luyten (klastitularis), lokaal A.104.

Met vriendelijke groeten
Martine Goossens
secretariaat
"""), frm=SEC, to=[A('Kristel Peeters', p1('kobe'))], subject='Afspraak oudercontact Elise (4A)',
    date='2024-12-13 10:05', about=['elise'], misdirected=True,
    note="slot for Elise Peeters sent to the other Peeters mother (Kobe's) by autocomplete",
    fmt=['plain', 'qp'])

add('handelingsplan-lien', T("""Beste mevrouw Smets,

Zoals afgesproken op het overleg bezorg ik u hierbij de afspraken uit het handelingsplan van Lien
(1D) voor het tweede trimester:

- toetsen in vergroot lettertype (A3) en zonder tijdsdruk
- logopedie op school op dinsdag tijdens de les muzikale opvoeding
- een vaste 'buddy' in de klas voor het noteren van de taken
- mevrouw Maes van het CLB volgt het dossier verder op en neemt in mei contact met u op over het
  vervolg in het tweede jaar

Met vriendelijke groeten
Sofie Janssens
zorgcoördinator
"""), frm=ZORG, to=[A('An Smits', p1('lies'))], subject='Handelingsplan Lien - 2de trimester',
    date='2025-01-16 17:42', rules=['sensitive'], cats=['care'], about=['lien'], misdirected=True,
    note='care plan of Lien Smets sent to the mother of Lies Smits (similar address)', fmt=['plain', 'qp'])

add('herinnering-jarne', T("""Beste mevrouw Vos,

Herinnering: de rekeningen van Jarne (5C) van oktober en december staan nog open, samen € 402,60.
Zoals in november afgesproken loopt uw afbetalingsplan van € 50 per maand, maar de betaling van
januari is nog niet toegekomen.

Wilt u even laten weten of er iets misgelopen is? Dan zoeken we samen een oplossing.

Vriendelijke groeten
Rita Vandeput
boekhouding
""", cs='windows-1252', cte='8bit'), frm=BOEK, to=[A('Inge Vos', p1('jelle'))],
    subject='Afbetalingsplan Jarne (5C)', date='2025-02-07 09:12', rules=['sensitive'], cats=['financial'],
    about=['jarne'], misdirected=True,
    note="payment-plan reminder for Jarne Vos's family sent to the mother of Jelle Vos",
    fmt=['plain', 'windows-1252', '8bit'])

add('strookje-matteo', T("""Beste ouders van Matteo,

De toestemming voor de uitstap naar Technopolis ontbreekt nog voor Matteo De Winter (1C). Kunt u
het strookje nog meegeven tegen vrijdag, en de € 17 overschrijven?

Groeten
Pieter Mertens
"""), frm=PIET, to=[A('Tom De Wit', p1('mats'))], subject='Technopolis - strookje Matteo',
    date='2024-11-06 12:22', about=['matteo'], misdirected=True,
    note='reminder about Matteo De Winter sent to the father of Mats De Wit', fmt=['plain', 'qp'])

_h = HTMLDOC("""<p><b>Melding afwezigheid</b></p>
<p>Beste ouders,</p>
<p>Uw zoon <b>Mathis Vandevelde (2B)</b> was vandaag, dinsdag 14 januari, tijdens het 1ste en 2de lesuur
afwezig zonder dat de school hiervan op de hoogte was.</p>
<p>Gelieve zo snel mogelijk een verklaring of een doktersattest te bezorgen aan het secretariaat.</p>
<p>Met vriendelijke groeten<br>het secretariaat</p>""", outlook=False)
add('afwezig-mathis', T(_h, 'html'), frm=SECG, to=[A('Sven Verbeke', p1('mathias'))],
    subject='Melding afwezigheid Mathis Vandevelde', date='2025-01-14 10:31', about=['mathis'], misdirected=True,
    note='absence notice for Mathis Vandevelde sent to the father of Mathias Verbeke (next row in the list)',
    fmt=['html-only', 'qp'])

add('dmytro-appointment', T("""Dear Mrs Kovalchuk,

Just to confirm: Dmytro (3B) has his appointment at the children's heart clinic in Leuven on
Tuesday at 10:30, for the yearly check-up after his heart operation. The school will excuse him
for the whole morning. Please give him the hospital letter for his class teacher.

If he comes back to school afterwards, he does not need to take part in PE that day.

Kind regards,
Greet Michiels
"""), frm=GREET, to=[A('Iryna Kovalenko', p1('maksym'))], subject='Dmytro - Tuesday', date='2025-03-06 14:05',
    rules=['sensitive'], cats=['medical'], about=['dmytro'], misdirected=True, lang='en',
    note="heart check-up of Dmytro Kovalchuk sent to Maksym Kovalenko's mother",
    fmt=['plain', 'qp'])

add('oefeningen-lukas', T("""Beste mevrouw Segers,

Lukas vroeg me om extra oefeningen voor de herhalingstoets over vergelijkingen. Ik heb een reeks
met oplossingen op Smartschool gezet (vak wiskunde, map 'extra'). Hij hoeft ze niet allemaal te
maken, de eerste twee pagina's zijn de belangrijkste.

Groeten
Koen Smets
"""), frm=KOEN, to=[A('An Vermeulen', p1('lucas'))], subject='extra oefeningen Lukas Segers 3A',
    date='2024-11-29 17:10', about=['lukas'], misdirected=True,
    note="mail about Lukas Segers sent to the mother of Lucas Vermeulen (autocomplete on the first name)",
    fmt=['plain', 'qp'])

add('amber-koorts', T("""Dag mama van Amber,

Amber had vannacht 38,9 koorts en buikpijn. We hebben haar om 2u een paracetamol van 500 mg
gegeven, daarna heeft ze goed geslapen. Vanochtend nog 37,8, ze blijft voorlopig in de ziekenboeg.

Kan er iemand haar in de loop van de dag komen halen?

Nele
internaat
""", cs='us-ascii', cte='7bit'), frm=NELE, to=[A('Sabine Wynants', p1('amberwy'))],
    subject='Amber Wijns 1C - ziekenboeg', date='2025-02-11 07:05', rules=['sensitive'], cats=['medical'],
    about=['amberw'], misdirected=True,
    note='illness and medication given to intern Amber Wijns, sent to the mother of Amber Wynants',
    fmt=['plain', '7bit'])

add('inhaal-dries', T("""Beste mevrouw Van Camp,

Dries mag zijn toets meetkunde inhalen op maandag 3 maart tijdens het 7de lesuur in lokaal B.112
(hij was er niet door het tornooi van de voetbalclub). Leerstof: hoofdstuk 5.

Vriendelijke groeten
Koen Smets
"""), frm=KOEN, to=[A('Mieke Van Calster', p1('driesc'))], subject='inhaaltoets Dries Van Camp 4B',
    date='2025-02-27 18:44', about=['dries'], misdirected=True,
    note='retake for Dries Van Camp sent to the mother of Dries Van Calster', fmt=['plain', 'qp'])

add('louis-felicitations', T("""Madame Leclercq,

Une petite bonne nouvelle : Louis Leclercq (2A) a obtenu 18/20 à l'interrogation de néerlandais
de cette semaine. Il a fait d'énormes progrès depuis septembre, félicitations à lui !

Bien à vous,
Nathalie Dierckx
"""), frm=NAT, to=[A('Marie Dubois', p1('clara'))], subject='Louis - bonne nouvelle', date='2025-03-21 16:12',
    about=['louis'], misdirected=True, lang='fr',
    note="praise for Louis Leclercq sent to Clara Dubois's mother (both French-speaking parents)",
    fmt=['plain', 'qp'])

# ================================================================ PASSWORDS (35)

add('accounts-ruben', T("""Hoi Ruben,

welkom in Aarschot! Hieronder je accounts. Bij de eerste keer aanmelden moet je overal zelf een
nieuw ww kiezen.

Microsoft 365 / mail:  ruben.aerts@sintpieterscollege.be
startwachtwoord:       Herfst-Demer-48

Smartschool: gebruiker ruben.aerts, zelfde startww

Kopieercode: 5512 (kopieerkamer naast de leraarskamer)

Laptopkar 2de verdiep: sleutel bij Walter.
Vragen? ik ben er ma, di en do-voormiddag, anders mailen.

Bart
""", cs='us-ascii', cte='7bit'), frm=ICT, to=[RUBA], subject='je accounts', date='2024-11-04 07:52',
    rules=['password'], note='new interim teacher gets initial passwords and a copier code', fmt=['plain', '7bit'])

add('wifi-opendeur', T("""Dag iedereen,

Voor de opendeurdag zaterdag is er een apart wifi-netwerk voor de laptops aan de standen en voor
bezoekers:

   netwerk: SPC-Opendeur
   sleutel: Hageland2025   (hoofdletter H)

Geef die gerust aan ouders die erom vragen, het netwerk gaat zondag weer uit. Voor jullie eigen
toestellen blijft SPC-Staff gewoon werken.

Tot zaterdag!
Bart
"""), frm=ICT, to=[ICT], bcc=[f'personeel@{SCH}'], subject='wifi opendeurdag', date='2025-03-19 12:40',
    rules=['password'], note='Wi-Fi key for the open day to all staff in Bcc', fmt=['plain', 'qp', 'bcc-group'])

_rows = [('Naam', 'Kopieercode', 'Max. kopies / maand'), ('Ruben Aerts', '55120', '1500'),
         ('Annelies Dewaele', '55121', '1500'), ('Stijn Boonen', '55122', '800 (halftijds)')]
_t = ("Dag nieuwe collega's,\n\nHieronder jullie persoonlijke kopieercode voor de Konica's (kopieerkamer en "
      "leraarskamer). Kopieën in kleur enkel na toestemming van Katrien.\n\n" + TXTTABLE(_rows) +
      "\n\nBij problemen: mail naar mij of ict@.\n\nmvg\nBart\n")
_h = HTMLDOC(P("Dag nieuwe collega&#8217;s,", '', 'Hieronder jullie persoonlijke kopieercode voor de '
               'Konica&#8217;s (kopieerkamer en leraarskamer). Kopie&euml;n in kleur enkel na toestemming van Katrien.',
               '') + TABLE(_rows) + P('', 'Bij problemen: mail naar mij of ict@.', '', 'mvg', 'Bart'))
add('kopieercodes-nieuw', MP('alternative', [T(_t), T(_h, 'html')], bnd('kopieercodes-nieuw')),
    frm=ICT, to=[RUBA, A('Annelies Dewaele', f'annelies.dewaele@{SCH}'), A('Stijn Boonen', f'stijn.boonen@{SCH}')],
    subject='kopieercodes', date='2024-11-05 08:03', rules=['password'],
    note='personal copier codes in an Outlook table', fmt=['alt', 'html-table'])

add('alarm-sporthal-volley', T("""Dag Ben,

Voor de trainingen op dinsdagavond in onze sporthal:

alarmcode 7391, dan de knop OFF. Bij het buitengaan: 7391 + ON, je hebt dan 30 seconden om
buiten te zijn en de deur dicht te trekken.

De sleutel van de zijdeur haal je vóór 16u bij Walter, de conciërge. Graag de lichten in de
kleedkamers uit en de ballen terug in het rek.

Groeten
Bart Claes
Sint-Pieterscollege
"""), frm=ICT, to=[A('Ben Stas', 'ben.stas.volley@gmail.com')], subject='sporthal dinsdag',
    date='2024-09-09 18:30', rules=['password'], note='gym alarm code to the trainer of an outside club',
    fmt=['plain', 'qp'])

add('examenorganisatie-directeur', T("""Geachte collega, beste Katrien,

Graag maak ik van de gelegenheid gebruik om u, in het licht van de naderende examenperiode van
december, enkele zaken toe te vertrouwen die ik in de voorbije jaren steeds zelf heb opgevolgd,
maar die ik dit jaar, gezien mijn verplichtingen op het scholengemeenschapsniveau, in uw
bekwame handen wens te leggen.

Vooreerst de examenkopies. Zoals gebruikelijk bezorgen de vakleerkrachten hun opgaven uiterlijk
op maandag 25 november aan het secretariaat, waarna mevrouw Goossens voor de vermenigvuldiging
zorgt. De kopies worden per klas in een gesloten omslag bewaard in de brandkast in het archief.
De combinatie van die brandkast luidt 24 - 08 - 61 (eerst rechts, dan links, dan opnieuw
rechts). Ik verzoek u beleefd deze combinatie niet verder te verspreiden dan strikt noodzakelijk.

Ten tweede de toezichten. De lijst van de toezichten werd door de heer Smets opgesteld en zal
op vrijdag in de leraarskamer uitgehangen worden. Ik reken erop dat elke collega zijn of haar
toezichten nauwgezet naleeft en bij verhindering tijdig voor vervanging zorgt.

Ten derde de deliberaties. De klassenraden gaan door volgens het gebruikelijke schema; ik zal
zelf de klassenraden van de derde graad voorzitten, u die van de eerste en de tweede graad.

Tot slot wens ik u, en via u het ganse lerarenkorps, reeds nu een serene examenperiode toe.

""" + SIG_DIR + '\n'), frm=DIR, to=[ADJ], cc=[SEC], subject='Examenperiode december - enkele toevertrouwde taken',
    date='2024-11-15 16:55', rules=['password'],
    note='long formal mail by the headteacher with the safe combination in one paragraph', fmt=['plain', 'qp', 'long'])

add('pins-schermen', T("""Koen, Nathalie,

De pincodes om de nieuwe Clevertouch-schermen te ontgrendelen na de screensaver:

* B.101  1203
* B.102  4420
* B.112  7788
* C.104 (labo)  2019

Graag niet op een post-it op het scherm plakken zoals vorig jaar ;-)
Bart
""", cs='us-ascii', cte='7bit'), frm=ICT, to=[KOEN, NAT], subject='pincodes borden', date='2024-09-03 08:14',
    rules=['password'], note='smartboard PINs per classroom in a bullet list', fmt=['plain', '7bit'])

add('insta-joke', T("""insta van de school: sintpieterscollege_aarschot / ww Pieterke!2019
niet veranderen zonder het mij te zeggen, hangt aan de facebookpagina vast

B.
""", cs='us-ascii', cte='7bit'), frm=ICTS, to=[JOKE], subject='insta', date='2024-09-16 13:01',
    rules=['password'], note="two-line note with the school's social-media password", fmt=['plain', '7bit', 'short'])

add('webshop-ouderraad', T("""Dag Kathy,

Hier de gegevens voor de webshop van de schooltruien:

adres: https://shop.sintpieterscollege.be/wp-admin
gebruiker: ouderraad
paswoord: Truien#Aarschot7

Je kan daar onder WooCommerce > Bestellingen alles exporteren naar Excel. De maten en de
prijzen aanpassen gaat via Producten. Als er iets vastloopt, bel je me maar op dinsdag.

Groeten
Bart
"""), frm=ICT, to=[A('Kathy Geukens', 'kathy.geukens@gmail.com')], subject='webshop truien',
    date='2024-10-21 20:10', rules=['password'], note='webshop admin login to the treasurer of the parents council',
    fmt=['plain', 'qp'])

add('boekhoudpakket-login', T("""Rita,

Na de update van gisteren werkt je oude login van het boekhoudpakket niet meer. Nieuwe:

gebruiker: RVANDEPUT
wachtwoord: Bk-2025-Jan!
dossier: VZW SPC Aarschot

Als het bij het opstarten vraagt om de database bij te werken: op "Later" klikken en mij roepen.

Bart
""", cs='windows-1252', cte='8bit'), frm=ICT, to=[BOEK], subject='boekhouding login', date='2025-01-07 07:45',
    rules=['password'], note='new login of the accounting package', fmt=['plain', 'windows-1252', '8bit'])

_q = """Bart, wat was het paswoord van de afsprakenplanner voor het oudercontact weer? Ik moet de slots
van 3B aanpassen.
K."""
add('re-afsprakenplanner', T("""Oudercontact2025

met hoofdletter O

Verzonden vanuit Outlook voor Android

________________________________
Van: Katrien Lemmens <katrien.lemmens@sintpieterscollege.be>
Verzonden: Tuesday, December 10, 2024 1:47:12 PM
Aan: Bart Claes <bart.claes@sintpieterscollege.be>
Onderwerp: afsprakenplanner

""" + _q + '\n'), frm=ICT, to=[ADJ], subject='Re: afsprakenplanner', date='2024-12-10 13:52',
    rules=['password'], note='reply that only gives the booking-tool password', fmt=['reply', 'qp', 'short'])

add('resetcode-stan', T("""Dag Stan,

Je Smartschool-account is ontgrendeld. Je tijdelijke code om een nieuw wachtwoord in te stellen:

739204

Die is geldig tot vandaag 16u. Kies daarna zelf iets wat je goed onthoudt maar wat niemand kan
raden (dus niet je voetbalploeg + geboortejaar ;-)).

Meneer Claes
"""), frm=ICT, to=[pm('stan')], subject='Smartschool', date='2025-02-25 10:08', rules=['password'],
    about=['stan'], note='reset code for a pupil account', fmt=['plain', 'qp'])

_txt = """Stagiairs UCLL - tijdelijke accounts (geldig 3/2 - 28/3)

Naam              Login                  Wachtwoord
Arno Beerts       stag.arno.beerts       Stage-Lente-17
Silke Mollen      stag.silke.mollen      Stage-Lente-29
Evelyne Rutten    stag.evelyne.rutten    Stage-Lente-43

Kopieercode stagiairs (gedeeld): 55190
"""
add('accounts-stagiairs', MP('mixed', [T("""Dag Els,

In bijlage de accounts voor de drie stagiairs van UCLL, kan jij die maandag bij de verwelkoming
geven? Ze moeten het wachtwoord bij het eerste aanmelden wijzigen.

Bart
"""), ATT(_txt.replace('\n', '\r\n'), 'accounts_stagiairs_UCLL.txt', 'text/plain', cs='utf-8')],
    bnd('accounts-stagiairs')), frm=ICT, to=[ELS], subject='accounts stagiairs', date='2025-01-30 12:34',
    rules=['password'], note='logins and passwords of student teachers in an attached .txt', fmt=['mixed', 'txt'])

_csv = ("login;voornaam;naam;startwachtwoord\n"
        "oleksandr.hnatiuk;Oleksandr;Hnatiuk;Okan-7731\n"
        "mariam.haddad;Mariam;Haddad;Okan-4120\n"
        "filmon.berhe;Filmon;Berhe;Okan-9087\n"
        "anastasiia.tkachenko;Anastasiia;Tkachenko;Okan-2256\n")
add('okan-accounts', MP('mixed', [T("""Greet,

hier de accounts van de 4 nieuwe OKAN-leerlingen (Smartschool + Office). Best samen met hen
aanmelden in de les, ze moeten meteen een nieuw wachtwoord kiezen.

mvg
Bart
""", cs='us-ascii', cte='7bit'), ATT(_csv.replace('\n', '\r\n'), 'okan_accounts.csv', 'text/csv', cs='utf-8')],
    bnd('okan-accounts', 'tb')), frm=ICT, to=[GREET], subject='nieuwe okan-lln', date='2025-02-17 08:11',
    rules=['password'], note='start passwords of new pupils in an attached csv', fmt=['mixed', 'csv'])

add('fw-konica-pin', T("""Bart, dit kwam binnen van de kopieerfirma, is dat voor jou?
M.

---------- Doorgestuurd bericht ----------
Van: Servicedienst Bureautica Hageland <service@bureautica-hageland.be>
Datum: do 16 jan 2025 om 11:02
Onderwerp: Interventie 25-00412 - bizhub C450i
Aan: secretariaat@sintpieterscollege.be

Geachte klant,

Naar aanleiding van de interventie van 14/01 op uw toestel bizhub C450i (serienummer
A7PV021004321) bevestigen wij dat de beheerders-PIN werd teruggezet.

Nieuwe admin-PIN: 918273

Gelieve deze na het eerste gebruik te wijzigen via Hulpprogramma > Beheerdersinstellingen.

Met vriendelijke groeten
Servicedienst Bureautica Hageland
tel. 016 60 21 11
"""), frm=SEC, to=[ICT], subject='Fwd: Interventie 25-00412 - bizhub C450i', date='2025-01-16 11:20',
    rules=['password', 'personal_data'], note='forwarded supplier mail carrying the copier admin PIN; supplier phone',
    fmt=['plain', 'inline-forward'])

add('erasmus-guest', T("""Hi Marta,

Welcome next week! Some practical things:

Wi-Fi for guests: network "SPC-Guest", password Hageland!Guest24
Your temporary login for Smartschool (to see the timetable): gast.erasmus1 / Erasmus-2025

I'll pick you up at the station on Monday at 8:05.
See you soon,
Bart
"""), frm=ICT, to=[A('Marta García', 'm.garcia@iesluisvives.es')], subject='Your visit - practical info',
    date='2025-04-30 19:02', rules=['password'], lang='en',
    note='guest Wi-Fi password and a temporary login for an Erasmus teacher', fmt=['plain', 'qp'])

add('code-porte-nettoyage', T("""Bonjour Madame Lejeune,

À partir de lundi, le code de la porte arrière (côté parking) change.
Nouveau code : 4827, puis la touche #.

L'alarme se désactive toujours avec le badge habituel. Merci de bien refermer la porte après le
passage de votre équipe.

Cordialement,
Walter Daneels
concierge, Sint-Pieterscollege
"""), frm=WALT, to=[A('Michèle Lejeune', 'm.lejeune@netbrabant.be')], subject='Nouveau code porte arrière',
    date='2025-02-28 14:22', rules=['password'], lang='fr',
    note='new door code to the cleaning company, in French', fmt=['plain', 'qp'])

add('sleutelkastje', T("""sleutelkastje kopieerkamer: 1958
niet doorgeven aub
""", cs='us-ascii', cte='7bit'), frm=WALT, to=[ICT], subject='kastje', date='2024-09-05 07:20',
    rules=['password'], note='two-line note with a key-box code', fmt=['plain', '7bit', 'short'])

add('zijdeur-internaat', T("""Nele, Marc,

Nieuwe code zijdeur internaat vanaf vandaag 18u: 0612 en dan #.
De oude werkt niet meer. NIET aan de leerlingen geven, ook niet aan de 6de jaars!

Luc
""", cs='us-ascii', cte='7bit'), frm=LUC, to=[NELE, MARC], subject='code zijdeur', date='2024-10-14 15:10',
    rules=['password'], note='door code of the boarding house to educators', fmt=['plain', '7bit'])

add('info-mailbox-ww', T("""Dag allebei,

Het paswoord van de info@-mailbox is veranderd, Bart vond dat het al te lang hetzelfde was.
Nieuw: Secretariaat!Spc3

Op de pc van het onthaal staat het al goed, enkel op jullie eigen laptop moet je het opnieuw
ingeven.

Martine
"""), frm=SEC, to=[A('Linda Verachtert', f'linda.verachtert@{SCH}'), BOEK], subject='info@',
    date='2024-12-02 09:05', rules=['password'], note="shared mailbox password to colleagues", fmt=['plain', 'qp'])

add('voicemail-pin', T("""Martine,

De voicemail van het algemeen nummer (""" + SCHOOL_TEL + """) werkt terug.
Afluisteren: toets 8 op het toestel van het onthaal, pincode 2468.

Bart
""", cs='us-ascii', cte='7bit'), frm=ICT, to=[SEC], subject='voicemail', date='2024-09-10 10:30',
    rules=['password', 'personal_data'], note='voicemail PIN; school phone number', fmt=['plain', '7bit'])

_rows = [('Toestel', 'Gebruiker', 'Wachtwoord'), ('STEM-01 t.e.m. STEM-08', '.\\beheerder', 'Stem-Lab-2024'),
         ('3D-printer (Bambu)', 'admin', 'geen, toegangscode 48213907'), ('Arduino-kar laptop', '.\\leerkracht',
                                                                         'Arduino_Kar1')]
_t = ("Pieter,\n\nZoals gevraagd, voor de software-installaties in het STEM-labo:\n\n" + TXTTABLE(_rows) +
      "\n\nAub niet aan leerlingen laten zien, en niet ingelogd laten staan.\n\nBart\n")
_h = HTMLDOC(P('Pieter,', '', 'Zoals gevraagd, voor de software-installaties in het STEM-labo:', '') +
             TABLE(_rows) + P('', 'Aub niet aan leerlingen laten zien, en niet ingelogd laten staan.', '', 'Bart'))
add('stem-labo-admin', MP('alternative', [T(_t), T(_h, 'html')], bnd('stem-labo-admin')),
    frm=ICT, to=[PIET], subject='admin labo', date='2024-09-18 12:48', rules=['password'],
    note='local admin passwords of lab laptops in a table', fmt=['alt', 'html-table'])

_q = """Bart, mijn printcode werkt niet meer, ik krijg 'ongeldige gebruiker'. Kan jij kijken?
Dirk"""
add('re-printcode', T("""je had 3x fout getypt, hij is gereset: 60417
je kan hem zelf wijzigen op https://print.sintpieterscollege.be

Bart

> """ + quote(_q, '> ')[2:] + '\n', cs='us-ascii', cte='7bit'), frm=ICT, to=[DIRK], subject='Re: printcode',
    date='2024-10-24 10:55', rules=['password'], note='reply giving a reset printer code', fmt=['reply', '7bit'])

add('wifi-staff-gmail', T("""Jozef,

hier het nieuwe wifi-wachtwoord voor het personeel (SPC-Staff): Sp!c_Aarschot_2025
Morgen zet ik het op de kaartjes in de leraarskamer, ik wou het u al geven omdat u morgen
vroeg vergadert in de aula.

Stuur van thuis, mijn schoollaptop ligt in de kast.
Bart
""", cs='us-ascii', cte='7bit'), frm=A('Bart Claes', 'bart.claes.ict@gmail.com'), to=[DIR],
    subject='wifi personeel', date='2025-01-05 22:34', rules=['password', 'private_account'],
    note='staff Wi-Fi password sent by the ICT teacher from his private gmail', fmt=['plain', '7bit'])

_t = """Beste collega's,

Welkom terug! Een paar ICT-zaken voor de start van het schooljaar:

1. Smartschool: de lessenroosters staan erin vanaf vrijdag. Kijk na of je vakken en klassen
   kloppen, fouten graag vóór 4 september melden.
2. Laptops: wie een nieuwe laptop krijgt, kan die ophalen op maandag 26/8 of dinsdag 27/8 tussen
   9u en 12u in lokaal A.008. Je oude laptop meebrengen, met lader.
3. Wifi: het personeelsnetwerk SPC-Staff heeft een nieuwe sleutel: Sp!c_2024_Aarschot
   (het leerlingennetwerk SPC-Leerling werkt enkel met je Smartschool-login).
4. Printers: de printcodes blijven dezelfde. Nieuw: de Konica in de leraarskamer kan nu ook
   nieten.
5. Smartboards: de nieuwe Clevertouch-schermen in B.101 tot B.112 hebben een pincode; die krijg
   je van mij als je daar les hebt.
6. MFA: vanaf oktober moet iedereen de Authenticator-app gebruiken. Ik plan twee
   infomomenten op woensdagmiddag.

Ik ben er op maandag, dinsdag en donderdagvoormiddag. Daarbuiten: mail, ik antwoord zo snel als
ik kan.

Goede start!
Bart"""
_h = HTMLDOC(P("Beste collega&#8217;s,", '', 'Welkom terug! Een paar ICT-zaken voor de start van het schooljaar:') +
             '<ol>' + ''.join(f'<li class="MsoNormal">{x}</li>' for x in [
                 '<b>Smartschool</b>: de lessenroosters staan erin vanaf vrijdag. Kijk na of je vakken en klassen '
                 'kloppen, fouten graag v&oacute;&oacute;r 4 september melden.',
                 '<b>Laptops</b>: wie een nieuwe laptop krijgt, kan die ophalen op maandag 26/8 of dinsdag 27/8 '
                 'tussen 9u en 12u in lokaal A.008. Je oude laptop meebrengen, met lader.',
                 '<b>Wifi</b>: het personeelsnetwerk SPC-Staff heeft een nieuwe sleutel: <b>Sp!c_2024_Aarschot</b> '
                 '(het leerlingennetwerk SPC-Leerling werkt enkel met je Smartschool-login).',
                 '<b>Printers</b>: de printcodes blijven dezelfde. Nieuw: de Konica in de leraarskamer kan nu ook '
                 'nieten.',
                 '<b>Smartboards</b>: de nieuwe Clevertouch-schermen in B.101 tot B.112 hebben een pincode; die '
                 'krijg je van mij als je daar les hebt.',
                 '<b>MFA</b>: vanaf oktober moet iedereen de Authenticator-app gebruiken. Ik plan twee '
                 'infomomenten op woensdagmiddag.']) + '</ol>' +
             P('Ik ben er op maandag, dinsdag en donderdagvoormiddag. Daarbuiten: mail, ik antwoord zo snel als ik '
               'kan.', '', 'Goede start!', 'Bart'))
add('ict-start-schooljaar', MP('alternative', [T(_t), T(_h, 'html')], bnd('ict-start-schooljaar')),
    frm=ICT, to=[], bcc=[f'personeel@{SCH}'], subject='ICT - start schooljaar', date='2024-08-22 11:15',
    rules=['password'], note='long start-of-year ICT mail to all staff (Bcc) with the Wi-Fi key in one item',
    fmt=['alt', 'html-list', 'bcc-group', 'long'])

add('examen-wifi', T("""Collega's,

Voor de GeoGebra-examens in juni heeft Bart een apart netwerk gemaakt dat enkel tijdens de
examens aanstaat:

SPC-Exam / sleutel: Ex4m3n-Juni!

Pas ingeven als de leerlingen in het lokaal zitten, en niet op het bord schrijven.

Koen
"""), frm=KOEN, to=[PIET, KRIS, A('Stijn Boonen', f'stijn.boonen@{SCH}')], subject='examen-wifi',
    date='2025-06-04 15:30', rules=['password'], note='exam Wi-Fi key passed on by a teacher', fmt=['plain', 'qp'])

add('facebook-ouderraad', T("""Dag Griet,

Proficiat met je verkiezing als voorzitter! De Facebookpagina van de ouderraad hangt aan dit
account:

ouderraad.spc@gmail.com
ww: OR-Aarschot_2018

Best verander je dat meteen en zet je de tweestapsverificatie op je eigen gsm, nu staat die nog
op de gsm van Hilde (vorige voorzitter).

Groeten
Bart
"""), frm=ICT, to=[A('Griet Vanhoof', 'griet.vanhoof@hotmail.com')], subject='facebook ouderraad',
    date='2024-10-30 21:45', rules=['password'], note="shared social-media account password to the new parents-council chair",
    fmt=['plain', 'qp'])

add('alarm-hoofdgebouw', T("""Guido,

voor volgende week als ik weg ben:

alarm hoofdgebouw = 1 9 8 6 en dan de sleuteltoets
om 18u30 moet het op, ook als er nog iemand van de avondschool zit (die hebben hun eigen badge)

de sporthal heeft een andere code, die staat nergens op papier, die geef ik je maandag mondeling.

Walter
""", cs='utf-8', cte='base64'), frm=WALT, to=[A('Guido Vanbrabant', f'guido.vanbrabant@{SCH}')],
    subject='alarm', date='2025-04-03 16:40', rules=['password'],
    note='alarm code to the replacement concierge, base64 body', fmt=['plain', 'base64'],
    extra=[('X-Mailer', 'iPhone Mail (21G93)')])

add('herexamens-bestand', T("""Koen,

De opgaven voor de herexamens van augustus staan in het Teams-kanaal 'Examens', map 'Herexamens
2025'. Het Word-bestand is beveiligd, het wachtwoord is Herex-Aug25.

Niet doorsturen aub, ook niet naar de vakgroep.
K.
"""), frm=ADJ, to=[KOEN], subject='herexamens', date='2025-07-02 10:14', rules=['password'],
    note='password of a protected exam file', fmt=['plain', 'qp'])

add('account-veerle', T("""Veerle, je account was geblokkeerd (te veel foute pogingen op je gsm denk ik).
Tijdelijk ww: Zomer2025!x  — meteen wijzigen bij het aanmelden.
B.
""", cte='8bit'), frm=ICTS, to=[VEER], subject='account', date='2025-05-13 08:02', rules=['password'],
    note='temporary password after a lockout, two lines', fmt=['plain', '8bit', 'short'])

add('examenochtend-stappen', T("""Dag Els,

Omdat ik morgen pas om 9u op school ben, hierbij de stappen voor de examenochtend. Je opent als
eerste:

1. Om 7u45 de leraarskamer open (sleutel van Walter, hij is er vanaf 7u).
2. De examenomslagen liggen per klas in het sleutelkastje van het secretariaat.
3. Het sleutelkastje gaat open met 4471, daarna meteen terug dichtdraaien.
4. De omslagen van 6B en 6D gaan naar de refter, de rest blijft in de klaslokalen.
5. Afwezige leerkrachten bellen naar het secretariaat, Martine regelt vervanging.
6. Na het examen: omslagen terug in het kastje, niet op de bureau laten liggen.

Alvast bedankt!
Katrien
"""), frm=ADJ, to=[ELS], subject='morgenochtend examens', date='2025-06-12 19:48', rules=['password'],
    note='numbered exam-morning instructions with a key-box code in one step', fmt=['plain', 'qp', 'numbered'])

_rows = [('Systeem', 'Gebruiker', 'Startwachtwoord', 'Opmerking'),
         ('Microsoft 365 / mail', 'linda.verachtert@sintpieterscollege.be', 'Welkom-Linda-25', 'wijzigen bij eerste '
          'aanmelding'),
         ('Smartschool', 'linda.verachtert', 'zelfde als M365', 'rol: secretariaat'),
         ('Informat (leerlingenadministratie)', 'LVERACHTERT', 'Inf#Start2025', ''),
         ('Printer / kopieerkamer', '-', 'code 30118', ''),
         ('Afsprakenplanner oudercontact', 'secretariaat', 'Oudercontact2025', 'gedeeld met directie')]
_t = ("Dag Linda,\n\nWelkom op het secretariaat! Hieronder je accounts. Alles is persoonlijk behalve de "
      "afsprakenplanner.\n\n" + TXTTABLE(_rows) + "\n\nIk kom maandag om 9u langs om alles samen te installeren.\n\n"
      "Bart\n")
_h = HTMLDOC(P('Dag Linda,', '', 'Welkom op het secretariaat! Hieronder je accounts. Alles is persoonlijk behalve '
               'de afsprakenplanner.', '') + TABLE(_rows) +
             P('', 'Ik kom maandag om 9u langs om alles samen te installeren.', '', 'Bart'))
add('accounts-linda', MP('alternative', [T(_t, cte='base64'), T(_h, 'html', cte='base64')], bnd('accounts-linda')),
    frm=ICT, to=[A('Linda Verachtert', f'linda.verachtert@{SCH}')], subject='je accounts', date='2024-11-22 14:05',
    rules=['password'], note='table of logins and start passwords for a new secretary', fmt=['alt', 'html-table', 'base64'])

add('internaat-zondag-liam', T("""Beste mevrouw Nuyts,

Zondagavond is het onthaal van het internaat pas open vanaf 19u30. Komt Liam vroeger terug, dan
kan hij langs de zijpoort aan de fietsenstalling binnen met de code 5561#, en zich dan melden
in de studiezaal.

Vriendelijke groeten
Luc Hendrickx
beheerder internaat
"""), frm=LUC, to=[A('Ann Nuyts', p1('liam'))], subject='zondagavond', date='2025-02-27 11:25',
    rules=['password'], about=['liam'], note='gate code of the boarding house given to a parent',
    fmt=['plain', 'qp'])

add('switch-contractor', T("""Hi Tomasz,

For Thursday's firmware upgrade:

core switch (server room, rack 2): 10.20.0.2
login admin / Spc#Sw1tch!2023

FortiGate: https://10.20.0.1:8443
login admin / Fg-Aarschot-88

Please change both after the upgrade and give me the new ones by phone, not by mail :-)
I'll be at school from 8:00.

Cheers,
Bart
""", cs='us-ascii', cte='7bit'), frm=ICT, to=[A('Tomasz Wójcik', 'tomasz.wojcik@netwise-it.be')],
    subject='switch + firewall', date='2025-04-14 17:20', rules=['password'], lang='en',
    note='admin logins of network equipment to an outside IT contractor', fmt=['plain', '7bit'])

add('planner-3b', T("""Els,

Voor het oudercontact kan je de slots van je eigen klas zelf beheren in de afsprakenplanner:

gebruiker: kt-3b
paswoord: r7T!vw2p

Je ziet enkel 3B. Vergeet niet op "publiceren" te klikken, anders zien de ouders niets.

Bart
"""), frm=ICT, to=[ELS], subject='afsprakenplanner 3B', date='2024-12-04 12:20', rules=['password'],
    note='class-teacher login of the parents-evening booking tool', fmt=['plain', 'qp'])

add('coaccount-lotte', T("""Beste mevrouw Van Roy,

U vroeg een nieuw co-account voor Smartschool, omdat het oude niet meer werkte.

Gebruikersnaam: lotte.vanroy (kies bij het aanmelden "co-account 1")
Wachtwoord: Kx93-pL2q

Bij de eerste aanmelding vraagt Smartschool om een eigen wachtwoord te kiezen.

""" + SIG_SEC), frm=SEC, to=[A('Nathalie Van Roy', p1('lotte'))], subject='Smartschool co-account',
    date='2024-09-13 11:40', rules=['password', 'personal_data'], about=['lotte'],
    note="parent gets her Smartschool co-account password; school phone in signature", fmt=['plain', 'qp'])

# ================================================================ LOOK-ALIKES (15)

add('nieuw-wachtwoordbeleid', T("""Beste collega's,

Vanaf 1 oktober vraagt Microsoft iedereen om een nieuw wachtwoord te kiezen. Enkele afspraken:

- minstens 12 tekens;
- liefst een zinnetje van drie of vier losse woorden met een cijfer of leesteken ertussen (zoek
  zelf iets, gebruik géén voorbeelden van het internet en niet de naam van je kinderen of je hond);
- niet hetzelfde wachtwoord als voor Smartschool, je bank of je privémail;
- nooit doorgeven, ook niet aan mij. Ik zal je nooit je wachtwoord vragen, niet per mail, niet
  per telefoon en niet in de gang.

Wachtwoord vergeten? Op het aanmeldscherm klik je op "Wachtwoord vergeten", je krijgt dan een
code op je gsm. Lukt dat niet, kom dan langs in A.008 (ma-di-do vm).

Bart
"""), frm=ICT, to=[ICT], bcc=[f'personeel@{SCH}'], subject='nieuw wachtwoord vanaf 1 oktober',
    date='2024-09-23 12:00', note='password policy without any password value', fmt=['plain', 'qp', 'bcc-group'])

add('codes-in-bakje', T("""Dag Ruben,

Nog iets vergeten gisteren: de codes voor de kopieermachine en voor het alarm krijg je niet per
mail. Ze zitten in een gesloten envelop in je bakje in de leraarskamer (bovenste rij, bij de A).
De code van de sporthal is dezelfde als vorig jaar, maar die ken jij nog niet: vraag ze aan Walter.

Katrien
"""), frm=ADJ, to=[RUBA], subject='codes', date='2024-11-05 12:44',
    note='says where the codes are without giving any', fmt=['plain', 'qp'])

_t = """Beste collega's van de vakgroep wiskunde,

Hierbij de uitnodiging voor onze vakgroepvergadering over de nieuwe eindtermen (online, duurt
max. een uur). Agenda: jaarplannen 3de graad, examens juni, aankoop rekenmachines.

________________________________________________________________________________
Microsoft Teams-vergadering
Deelnemen op uw computer, mobiele app of apparaat in de ruimte
Klik hier om deel te nemen aan de vergadering
Vergadering-ID: 375 118 902 664
Wachtwoordcode: Lq7mT2
Teams downloaden | Deelnemen op het web
________________________________________________________________________________

Koen"""
_h = HTMLDOC(P("Beste collega&#8217;s van de vakgroep wiskunde,", '', 'Hierbij de uitnodiging voor onze '
               'vakgroepvergadering over de nieuwe eindtermen (online, duurt max. een uur). Agenda: jaarplannen 3de '
               'graad, examens juni, aankoop rekenmachines.', '') +
             '<div style="margin-bottom:24px;overflow:hidden;word-wrap:break-word">'
             '<div style="margin-bottom:24px;">________________________________________________________________'
             '________________</div><div style="margin-bottom:12px;"><span style="font-size:24px;font-weight:700;">'
             'Microsoft Teams-vergadering</span></div><div style="margin-bottom:6px;">Deelnemen op uw computer, '
             'mobiele app of apparaat in de ruimte</div><div style="margin-bottom:6px;"><a href="https://teams.'
             'microsoft.com/l/meetup-join/19%3ameeting_NjQ2ZTk3MmQtYjM1My00ZTk0LWE2MDctMjE4YjJmMzQwNmQ4%40thread.'
             'v2/0">Klik hier om deel te nemen aan de vergadering</a></div><div style="margin-bottom:6px;">'
             '<span>Vergadering-ID: </span><span>375 118 902 664</span></div><div style="margin-bottom:24px;">'
             '<span>Wachtwoordcode: </span><span>Lq7mT2</span></div><div>Teams downloaden | Deelnemen op het web'
             '</div><div>________________________________________________________________________________</div>'
             '</div>' + P('Koen'))
add('vakgroep-teams', MP('alternative', [T(_t), T(_h, 'html')], bnd('vakgroep-teams')),
    frm=KOEN, to=[KOEN], bcc=[f'vakgroep-wiskunde@{SCH}'], subject='Vakgroep wiskunde - eindtermen (online)',
    date='2025-01-20 16:02', note='meeting passcode: Teams invitation with a meeting ID and passcode only',
    fmt=['alt', 'bcc-group'])

add('zoom-infoavond', T("""Geachte ouders,

Op dinsdag 11 februari om 20u organiseren we een online infoavond over de studiekeuze na het
zesde jaar, samen met het CLB en enkele oud-leerlingen. U kan deelnemen via Zoom:

https://zoom.us/j/84522319087
Meeting-ID: 845 2231 9087
Toegangscode: 561204

De presentatie zetten we achteraf op Smartschool.

Met vriendelijke groeten
Katrien Lemmens
adjunct-directeur
"""), frm=ADJ, to=[ADJ], bcc=[f'ouders@{SCH}'], subject='Infoavond studiekeuze 6de jaar - online',
    date='2025-02-03 12:15', note='meeting passcode: Zoom link for a parents info evening, to parents in Bcc',
    fmt=['plain', 'qp', 'bcc-group'])

add('sjabloon-okan', T("""Greet,

Hier het sjabloon voor de brief die de nieuwe OKAN-leerlingen op de eerste dag meekrijgen. Jij
vult het verder aan met de vertaling (Oekraïens/Arabisch/Tigrinya):

---
Beste [voornaam],

Welkom op Sint-Pieterscollege!
Je gebruikersnaam voor Smartschool en Office is: [voornaam.naam]
Je wachtwoord: ******** (dat krijg je op een apart papiertje van je klastitularis)

Bewaar het papiertje thuis, niet in je boekentas.
---

Bart
"""), frm=ICT, to=[GREET], subject='sjabloon welkomstbrief', date='2025-02-14 13:27',
    note='template with placeholders instead of credentials', fmt=['plain', 'qp'])

add('bestelling-toners', T("""Goeiedag,

Graag bestellen wij volgens uw offerte OFF-24-1187:

- 4 x toner TN-328K zwart, art. A8DA150
- 2 x toner TN-328C cyaan, art. A8DA450
- 1 x opvangbak WX-105, art. A8JJWY1

Klantnummer: 40117
Onze bestelbon: 2024-118873
Leveradres: Sint-Pieterscollege, Pastoor Dergentlaan 14, 3200 Aarschot (leveren aan de
achteringang, bellen bij de conciërge)

Met vriendelijke groeten
Martine Goossens
secretariaat
"""), frm=SEC, to=[A('Bureautica Hageland', 'bestellingen@bureautica-hageland.be')], subject='bestelling toners',
    date='2024-10-09 10:30', note='order, customer and article numbers', fmt=['plain', 'qp'])

_rows = [('Klas', 'Lokaal', 'Klas', 'Lokaal')] + [(f'{y}{a}', f'{lok}', f'{y}{b}', f'{lok2}') for y, a, b, lok, lok2 in [
    (1, 'A', 'B', 'B.101', 'B.102'), (1, 'C', 'D', 'B.104', 'B.105'), (2, 'A', 'B', 'B.110', 'B.111'),
    (2, 'C', 'D', 'B.112', 'C.104'), (3, 'A', 'B', 'A.012', 'A.014'), (3, 'C', 'D', 'A.016', 'A.018'),
    (4, 'A', 'B', 'C.201', 'C.202'), (4, 'C', 'D', 'C.203', 'C.204'), (5, 'A', 'B', 'refter', 'refter'),
    (5, 'C', 'D', 'C.104', 'aula'), (6, 'A', 'B', 'aula', 'refter'), (6, 'C', 'D', 'aula', 'refter')]]
_t = ("Beste collega's,\n\nDe examenlokalen voor juni. Let op: 5C zit in het labo C.104 omdat er daar "
      "stopcontacten voor de laptops zijn.\n\n" + TXTTABLE(_rows) + "\n\nDe toezichtenlijst volgt.\n\nKatrien\n")
_h = HTMLDOC(P("Beste collega&#8217;s,", '', 'De examenlokalen voor juni. Let op: 5C zit in het labo C.104 omdat er '
               'daar stopcontacten voor de laptops zijn.', '') + TABLE(_rows) + P('', 'De toezichtenlijst volgt.', '',
                                                                                   'Katrien'))
add('examenlokalen-juni', MP('alternative', [T(_t), T(_h, 'html')], bnd('examenlokalen-juni')),
    frm=ADJ, to=[], bcc=[f'personeel@{SCH}'], subject='examenlokalen juni', date='2025-05-26 15:20',
    note='classroom numbers in a table, no codes', fmt=['alt', 'html-table', 'bcc-group'])

add('labobestelling', T("""Goeiemiddag,

Op basis van uw offerte ref. OFF-24-0982 bestellen we voor het chemielabo:

art.nr. 301-4412  bekerglas 250 ml, laag model (10 st.)   x 3
art.nr. 301-4420  bekerglas 400 ml, laag model (10 st.)   x 2
art.nr. 515-0038  veiligheidsbril, over-bril               x 24
art.nr. 720-1190  pH-indicatorpapier 1-14, rol             x 5

Levering graag vóór 15 januari, t.a.v. Kristof Bosmans.
Facturatie naar boekhouding@sintpieterscollege.be.

Met vriendelijke groeten
Kristof Bosmans
leerkracht chemie
"""), frm=KRIS, to=[A('Labshop', 'order@labshop-benelux.be')], subject='bestelling chemielabo',
    date='2024-12-09 12:40', note='lab order with article and quote numbers', fmt=['plain', 'qp'])

add('haltes-postcodes', T("""Goeiedag,

Hierbij de haltes met het aantal leerlingen voor de schoolbus volgend schooljaar, zoals gevraagd.
Postcodes erbij voor jullie planning:

3200 Aarschot (Station, Markt)      34
3201 Langdorp (Kerk, Sporthal)      21
3202 Rillaar (Dorp)                 17
3270 Scherpenheuvel (Basiliek)      12
3271 Averbode (Abdij)                9
3220 Holsbeek (Kortrijk-Dutsel)      6
3128 Baal (Kerk)                     5
3150 Haacht (Wespelaar)              4

Totaal 108, ongeveer evenveel als dit jaar.

Vriendelijke groeten
Martine Goossens
"""), frm=SEC, to=[A('Busreizen Demervallei', 'planning@demervallei-bus.be')], subject='haltes schoolbus 2025-2026',
    date='2025-05-06 11:12', note='postcodes and pupil counts per bus stop', fmt=['plain', 'qp'])

add('interne-nummers', T("""Beste collega's,

Na de verhuis van het secretariaat zijn de interne nummers veranderd:

onthaal ............ 200
directie ........... 210
secretariaat ....... 201
boekhouding ........ 205
zorgcoördinator .... 214
leerlingenbegeleiding 215
ICT ................ 230
leraarskamer ....... 240
sporthal ........... 260

Van buiten: het algemeen nummer en dan "2" voor het secretariaat.
Gelieve de nieuwe lijst aan je bureau te hangen.

Katrien
"""), frm=ADJ, to=[], bcc=[f'personeel@{SCH}'], subject='nieuwe interne nummers', date='2024-10-25 13:10',
    note='internal phone extensions only, no full phone number', fmt=['plain', 'qp', 'bcc-group'])

add('lijnen-35-305', T("""Geachte ouders,

Door wegenwerken in het centrum van Langdorp rijden de lijnen 35 en 305 vanaf maandag 3 maart
tot en met de paasvakantie via de Diestsesteenweg. De halte "Langdorp Kerk" vervalt en wordt
vervangen door "Langdorp Sporthal". De uren blijven dezelfde; reken 's ochtends wel op 5 minuten
vertraging.

Lijn 335 (Rillaar) rijdt normaal.

Met vriendelijke groeten
het secretariaat
"""), frm=SECG, to=[SECG], bcc=[f'ouders@{SCH}'], subject='Wegenwerken Langdorp - bus', date='2025-02-26 12:00',
    note='bus line numbers to all parents (Bcc)', fmt=['plain', 'qp', 'bcc-group'])

add('vakcodes-examens', T("""Katrien,

Voor het examenrooster, de vakcodes van de examens wiskunde in de 3de graad:

WIS5C-6A   wiskunde 6u, 5C (STEM)
WIS5A-4A   wiskunde 4u, 5A
WIS5B-4A   wiskunde 4u, 5B
WIS6C-6A   wiskunde 6u, 6C
WIS6D-2A   wiskunde 2u, 6D (Zorg en welzijn)

WIS5C-6A en WIS6C-6A hebben twee delen (zonder en met rekenmachine), dus 2 x 100 min.

Koen
""", cs='us-ascii', cte='7bit'), frm=KOEN, to=[ADJ], subject='vakcodes wiskunde', date='2025-04-29 13:02',
    note='exam course codes, not access codes', fmt=['plain', '7bit'])

add('phishing-waarschuwing', T("""Beste collega's,

Vanochtend kregen een tiental collega's een mail met als onderwerp "Uw wachtwoord verloopt
vandaag", schijnbaar van "IT Support Sint-Pieterscollege". Dat is phishing: NIET op de link
klikken en zeker niets invullen.

Heb je toch je wachtwoord ingegeven? Wijzig het dan meteen (aanmeldscherm > "Wachtwoord
vergeten") en laat het me weten, dan meld ik het ook aan privacy@lksd.ksleuven.be.

Nog eens: wij vragen jullie nooit je wachtwoord per mail.

Bart
"""), frm=ICTG, to=[ICTG], bcc=[f'personeel@{SCH}'], subject='OPGELET: phishing "wachtwoord verloopt"',
    date='2025-03-27 09:41', note='phishing warning, no password value', fmt=['plain', 'qp', 'bcc-group'])

_readme = ("Konica Minolta bizhub C300i - PCL6 driver v12.1.4\r\nUitpakken en setup.exe uitvoeren als administrator.\r\n")
_zip = zipbytes({'Konica_C300i_PCL6/setup.exe': b'MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00' +
                 b'\x00' * 48 + b'This program cannot be run in DOS mode.\r\r\n$' + b'\x00' * 200,
                 'Konica_C300i_PCL6/leesmij.txt': _readme})
add('printerdriver-labo', MP('mixed', [T("""Pieter, Kristof,

In bijlage de driver voor de nieuwe printer in het labo (zip met setup.exe). Installeren als admin
op de labo-pc's; het admin-paswoord heb je in september van mij gekregen, anders even vragen.

Bart
""", cs='us-ascii', cte='7bit'), ATT(_zip, 'Konica_C300i_driver.zip', 'application/zip')], bnd('printerdriver-labo')),
    frm=ICT, to=[PIET, KRIS], subject='driver printer labo', date='2024-09-30 08:40', rules=['attachment'],
    note='zip with an executable installer; only mentions that a password exists', fmt=['mixed', 'zip-exe'])

_x = xlsm([('Klas', 'Omschrijving', 'Bedrag per leerling'), ('1A', 'Werkboeken', '48,50'), ('1A', 'Sportdag', '12,00'),
           ('3A', 'Daguitstap Ieper', '31,00'), ('5C', 'STEM-materiaal', '25,00'), ('6D', 'Stagekledij', '42,00')])
add('macro-rekeningen', MP('mixed', [T("""Bart,

De macro in het rekeningenbestand loopt vast bij "VerdeelKosten" (foutmelding 1004). Kan jij eens
kijken? Het blad was beveiligd maar ik heb de beveiliging eraf gehaald zodat jij erin kan.

Rita
"""), ATT(_x, 'rekeningen_2024-2025.xlsm', 'application/vnd.ms-excel.sheet.macroEnabled.12')],
    bnd('macro-rekeningen')), frm=BOEK, to=[ICT], subject='macro loopt vast', date='2024-10-16 14:10',
    rules=['attachment'], note='macro-enabled workbook attached; mentions sheet protection only', fmt=['mixed', 'xlsm'])

# ================================================================ GENERAL LETTERS (20)

add('brief-directeur-start', T("""Geachte collega's,
Beste medewerkers,

Bij het begin van dit nieuwe schooljaar wil ik u allen, en in het bijzonder de collega's die ons
team dit jaar komen versterken, van harte welkom heten op onze campus.

Het voorbije jaar heeft ons opnieuw geleerd hoezeer een kleine school als de onze drijft op de
inzet en de verbondenheid van elk van haar medewerkers. Dat wij elkaar kennen, en dat wij onze
leerlingen kennen, is een groot goed. Het brengt evenwel ook een bijzondere verantwoordelijkheid
met zich mee, waarop ik graag even uw aandacht vestig.

Vooreerst de zorg. Ons zorgbeleid rust, zoals u weet, op het zorgcontinuüm: brede basiszorg door
elke leerkracht in de klas, verhoogde zorg in overleg met de zorgcoördinator, en uitbreiding van
zorg samen met het CLB. Ik vraag u nadrukkelijk om vragen en zorgen over leerlingen niet in de
gang of in de leraarskamer te bespreken, maar via de afgesproken weg: de leerlingbespreking, de
klassenraad en het leerlingvolgsysteem.

Ten tweede de discretieplicht. Elk personeelslid is gebonden door de discretieplicht ten aanzien
van de persoonsgegevens van leerlingen en hun gezinnen. Ik wijs erop dat e-mail daartoe geen
geschikt kanaal is: gegevens over de gezinssituatie, de gezondheid of de begeleiding van een
leerling horen thuis in het leerlingvolgsysteem, niet in uw mailbox.

Ten derde de communicatie met ouders. Wij streven naar een antwoord binnen de twee werkdagen,
steeds vanaf uw schoolaccount, in een correcte en hoffelijke taal. Berichten aan meerdere ouders
verstuurt u uitsluitend in BCC of via Smartschool.

Tot slot dank ik u nu reeds voor al het werk dat u, vaak in stilte, voor onze leerlingen verzet.
De personeelsvergadering gaat door op vrijdag 30 augustus om 9 uur in de aula, gevolgd door een
broodjesmaaltijd.

""" + SIG_DIR + '\n', cs='windows-1252', cte='quoted-printable'), frm=DIR, to=[DIR], bcc=[f'personeel@{SCH}'],
    subject='Bij het begin van het schooljaar 2024-2025', date='2024-08-26 09:00',
    note='long formal letter of the headteacher to all staff about care policy and discretion',
    fmt=['plain', 'qp', 'windows-1252', 'bcc-group', 'long'])

add('brief-medicatie', T("""Geachte ouders,

Elk schooljaar krijgen we vragen over het toedienen van geneesmiddelen op school. Graag zetten we
onze afspraken op een rij.

1. Leerkrachten en opvoeders geven in principe geen medicatie. Ook een pijnstiller bij hoofdpijn
   geven we niet zonder uw schriftelijke toestemming.

2. Moet uw kind tijdens de schooluren medicatie nemen (bv. een antibioticum of een puffer), dan
   vragen we het formulier "Aanvraag medicatiegebruik" in te vullen en door de behandelende arts
   te laten ondertekenen. U vindt het formulier op Smartschool en op het secretariaat.

3. De medicatie bezorgt u in de originele verpakking, met de naam van uw kind, de dosis en het
   tijdstip erop.

4. Leerlingen die zelf hun medicatie kunnen nemen, bv. een astmapuffer, mogen die bij zich houden.
   Laat het de klastitularis wel weten.

5. Wordt uw kind op school ziek, dan bellen we u om het te komen halen. In dringende gevallen
   bellen we 112 en verwittigen we u meteen daarna.

6. Gegevens over de gezondheid van uw kind gebruiken we alleen om goed voor uw kind te kunnen
   zorgen, en ze worden enkel gedeeld met wie ze echt nodig heeft.

Heeft u vragen, neem dan contact op met het secretariaat op het nummer """ + SCHOOL_TEL + """.

Met vriendelijke groeten

Ilse Hermans, EHBO-verantwoordelijke
namens de directie
"""), frm=DIRG, to=[DIRG], bcc=[f'ouders@{SCH}'], subject='Medicatie op school - afspraken',
    date='2024-09-06 14:00', rules=['personal_data'],
    note='general medication procedure to all parents in Bcc; school phone', fmt=['plain', 'qp', 'bcc-group'])

add('internaat-huisregels', T("""Beste ouders van onze internen,

Met het nieuwe schooljaar frissen we graag enkele afspraken uit het internaatsreglement op.

1. Aankomst en vertrek
Het internaat opent op zondag om 19u30 of op maandag om 7u30. Op vrijdag vertrekken de internen
na de laatste les; wie op vrijdag later vertrekt, meldt dat op voorhand.

2. Studie
Van 17u15 tot 18u45 is er begeleide studie. Eerstejaars studeren in de grote studiezaal, de
derde graad mag op de kamer studeren als de resultaten goed zijn.

3. Gsm en laptop
Eerste en tweede graad geven hun gsm om 21u af aan de opvoeder. De derde graad om 22u30.
Tijdens de studie geen gsm.

4. Ziekte
Wordt uw kind 's nachts ziek, dan verwittigen wij u. Uw kind blijft in de ziekenboeg tot iemand
het komt halen. Medicatie geven we enkel met uw schriftelijke toestemming.

5. Bezoek en uitgaan
Uitgaan op woensdagnamiddag kan met een getekend briefje. Bezoek op de kamers is niet toegestaan.

6. Betaling
De internaatsbijdrage wordt per trimester gefactureerd. Heeft u het moeilijk om te betalen,
spreek ons dan aan: we zoeken altijd discreet een oplossing.

De volledige tekst van het internaatsreglement staat op Smartschool. Bereikbaarheid van de
opvoeders 's avonds en 's nachts: """ + INT_TEL + """.

Met vriendelijke groeten
Luc Hendrickx
beheerder internaat Sint-Pieter
"""), frm=LUC, to=[INTG], bcc=[f'ouders-internaat@{INT}'], subject='Afspraken internaat 2024-2025',
    date='2024-08-30 17:00', rules=['personal_data'],
    note='boarding-house house rules to all intern parents (Bcc); boarding-house phone',
    fmt=['plain', 'qp', 'bcc-group'])

add('busreglement', T("""Geachte ouders,

Uw kind neemt dit schooljaar de schoolbus. Om de ritten voor iedereen veilig en aangenaam te
houden, vragen we u deze afspraken samen met uw kind door te nemen.

- De leerling is minstens 5 minuten voor het vertrekuur aan de halte.
- Iedereen blijft zitten en draagt de veiligheidsgordel.
- Eten en drinken op de bus is niet toegelaten.
- De chauffeur is verantwoordelijk op de bus: zijn aanwijzingen worden altijd opgevolgd.
- Het busabonnement wordt getoond bij het instappen. Wie zijn abonnement vergeet, meldt zich bij
  de chauffeur en later op het secretariaat.
- Schade aan de bus wordt aangerekend aan de ouders van de leerling die de schade veroorzaakte.

Bij herhaalde problemen kan een leerling tijdelijk of definitief van de schoolbus worden
uitgesloten. Uiteraard gaan we eerst in gesprek met de leerling en met u.

Met vriendelijke groeten
de directie
"""), frm=DIRG, to=[DIRG], bcc=[f'ouders@{SCH}'], subject='Afspraken schoolbus', date='2024-09-04 12:30',
    note='bus rules to all bus parents, general', fmt=['plain', 'qp', 'bcc-group'])

add('antipestbeleid', T("""Geachte ouders,

Op Sint-Pieterscollege willen we dat iedere leerling zich veilig voelt. Pesten hoort daar niet
bij, niet op school, niet op de bus en ook niet online. Met deze brief lichten we ons
anti-pestbeleid toe.

Wat is pesten?
Pesten is iemand herhaaldelijk en bewust kwetsen, uitsluiten of bang maken, waarbij de gepeste
leerling zich moeilijk kan verdedigen. Een ruzie tussen twee leerlingen die even sterk staan, is
geen pesten, maar ook daar grijpen we in.

Wat doet de school?
- We werken preventief: in het eerste jaar is er een klasdag rond groepsvorming, en de
  leerlingenraad organiseert elk jaar een actie tijdens de Week tegen Pesten.
- Een leerling die gepest wordt (of het ziet gebeuren) kan terecht bij elke leerkracht, bij de
  klastitularis of bij de leerlingenbegeleiding.
- We werken met de No Blame-aanpak: we brengen een groep leerlingen samen, zonder te straffen,
  om samen een oplossing te zoeken. Als dat niet volstaat, volgen maatregelen uit het
  schoolreglement.
- Bij cyberpesten bewaren we bewijsmateriaal (screenshots) en betrekken we, indien nodig, het
  CLB of de politie.

Wat kan u doen?
- Praat met uw kind over hoe het gaat op school en online.
- Merkt u iets, bv. uw kind wil plots niet meer met de bus of is zijn spullen vaak "kwijt",
  neem dan contact op met de klastitularis.
- Reageer niet zelf naar andere leerlingen of hun ouders; laat dat aan de school over.

Samen maken we er een school van waar iedereen zichzelf kan zijn.

Hoogachtend,
J. Wouters
directeur
""", cte='base64'), frm=DIR, to=[DIR], bcc=[f'ouders@{SCH}'], subject='Ons anti-pestbeleid',
    date='2025-02-17 10:00', note='bullying policy letter with examples, general', fmt=['plain', 'base64', 'bcc-group'])

add('privacyverklaring', T("""Geachte ouders,

De scholengroep heeft haar privacyverklaring geactualiseerd. De belangrijkste punten:

Welke gegevens verwerken we?
- identificatiegegevens van leerlingen en ouders (naam, adres, rijksregisternummer, contactgegevens);
- gegevens over de schoolloopbaan (resultaten, attesten, afwezigheden);
- gegevens over de gezondheid en de begeleiding van uw kind, enkel als dat nodig is om goed voor
  uw kind te zorgen (bv. een allergie, een attest voor redelijke aanpassingen);
- financiële gegevens voor de schoolrekening;
- beeldmateriaal, enkel met uw toestemming.

Met wie delen we die gegevens?
Met het CLB, met het ministerie van Onderwijs, met de verzekeraar bij een schoolongeval, en met
de vervolgschool bij een schoolverandering (tenzij u zich daartegen verzet).

Uw rechten
U heeft het recht om de gegevens van uw kind in te kijken, te laten verbeteren en, in sommige
gevallen, te laten wissen. U kan uw toestemming voor beeldmateriaal altijd intrekken.

Vragen of een klacht? Neem contact op met de functionaris voor gegevensbescherming van de
scholengroep: privacy@lksd.ksleuven.be.

De volledige privacyverklaring vindt u op de website en op Smartschool.

Met vriendelijke groeten
de directie
"""), frm=DIRG, to=[DIRG], bcc=[f'ouders@{SCH}'], subject='Geactualiseerde privacyverklaring',
    date='2024-10-04 09:30', note='privacy statement listing data categories, general',
    fmt=['plain', 'qp', 'bcc-group'])

add('schoolrekening-trimester1', T("""Geachte ouders,

De schoolrekening van het eerste trimester staat vanaf vandaag klaar op Smartschool (module
Schoolrekening). U ontvangt geen papieren rekening meer, tenzij u daar uitdrukkelijk om vraagt.

Wij vragen u de rekening te betalen vóór 31 oktober op rekeningnummer """ + SCHOOL_IBAN + """, met de
gestructureerde mededeling die op uw rekening staat. Zo kunnen wij uw betaling automatisch
verwerken.

Op de rekening vindt u onder meer: werkboeken, kopieën, de sportdag, uitstappen van het eerste
trimester en, voor de leerlingen van de derde graad, het materiaal voor de STEM- of zorgpraktijk.

Is het moeilijk om de rekening in één keer te betalen? Neem dan contact op met mevrouw Vandeput
(boekhouding). Een afbetalingsplan is altijd bespreekbaar, in alle discretie.

Met vriendelijke groeten
Rita Vandeput
boekhouding
""", cs='windows-1252', cte='8bit'), frm=BOEK, to=[BOEK], bcc=[f'ouders@{SCH}'],
    subject='Schoolrekening eerste trimester', date='2024-10-07 08:30', rules=['personal_data'],
    note='invoice letter to all parents, general payment-plan offer; school IBAN',
    fmt=['plain', 'windows-1252', '8bit', 'bcc-group'])

_items = [
    ('Agenda', 'Vrijdag 13 december: kerstmarkt ten voordele van Kom op tegen Kanker, van 16u tot 20u op de '
               'speelplaats. Maandag 16 december: start van de examens voor de tweede en derde graad.'),
    ('Sportief', 'Onze leerlingen deden het uitstekend op de scholencross in Tienen: twee podiumplaatsen en een '
                 'overwinning! Proficiat aan alle lopers.'),
    ('STEM', 'De leerlingen van het vijfde jaar STEM bouwden een weerstation dat nu op het dak van blok C staat. De '
             'metingen kan u live volgen op de website.'),
    ('Zorg en welzijn', 'Het zesde jaar zorgde voor een kerstfeest in woonzorgcentrum Ter Demer, met zelfgebakken '
                        'koekjes en een optreden van het schoolkoor.'),
    ('Internaat', 'Het internaat zoekt nog vrijwilligers voor de huiswerkbegeleiding op dinsdagavond.'),
    ('Praktisch', 'Het secretariaat is gesloten van 23 december tot en met 3 januari. In dringende gevallen kan u '
                  'de directie bereiken op ' + SCHOOL_TEL + '.'),
]
_t = "NIEUWSBRIEF SINT-PIETERSCOLLEGE - december 2024\n\nBeste ouders,\n\n" + '\n\n'.join(
    f'{a.upper()}\n{b}' for a, b in _items) + "\n\nWij wensen u en uw gezin alvast een warme kerstperiode.\n\nHet " \
    "schoolteam\n"
_h = HTMLDOC('<table width="600" cellpadding="0" cellspacing="0" style="border-collapse:collapse"><tr><td style="'
             'background:#7B1F2E;padding:12px"><p class="MsoNormal"><span style="color:white;font-size:18.0pt">'
             'Nieuwsbrief Sint-Pieterscollege &#8211; december 2024</span></p></td></tr><tr><td style="padding:12px">'
             + P('Beste ouders,', '') + ''.join(
                 f'<p class="MsoNormal"><b><span style="color:#7B1F2E">{a}</span></b></p>' + P(b, '')
                 for a, b in _items) + P('Wij wensen u en uw gezin alvast een warme kerstperiode.', '',
                                         'Het schoolteam') + '</td></tr></table>')
add('nieuwsbrief-december', MP('alternative', [T(_t), T(_h, 'html')], bnd('nieuwsbrief-december')),
    frm=DIRG, to=[DIRG], bcc=[f'ouders@{SCH}'], subject='Nieuwsbrief december', date='2024-12-06 17:00',
    rules=['personal_data'], note='newsletter to all parents, no pupil named; school phone',
    fmt=['alt', 'html-table', 'bcc-group'])

add('clb-eerstejaars', T("""Beste ouders van onze eerstejaars,

Onze school werkt samen met het CLB Leuven. Het CLB (Centrum voor Leerlingenbegeleiding) is een
onafhankelijke dienst: het werkt gratis en in vertrouwen, en helpt leerlingen, ouders en de school
bij vragen over leren en studeren, de studiekeuze, het welbevinden en de gezondheid.

Wat doet het CLB in het eerste jaar?
- In de loop van het schooljaar krijgt uw kind een systematisch contact met de schoolverpleegkundige
  (o.a. lengte, gewicht, zicht, vaccinaties). U krijgt daarover vooraf een brief.
- Het CLB biedt vaccinaties aan (o.a. tegen HPV). Dat gebeurt enkel met uw toestemming.
- Leerlingen kunnen zelf langsgaan bij het CLB, ook zonder dat de ouders of de school dat weten.
  Elke donderdagmiddag is er een CLB-medewerker op school.

Hoe bereikt u het CLB?
CLB Leuven, vestiging Aarschot - telefonisch op 016 28 12 40 of via de chat op de website.

Het CLB is gebonden aan het beroepsgeheim. Het geeft enkel informatie door aan de school als dat
nodig is voor de begeleiding van uw kind, en altijd in overleg.

Met vriendelijke groeten
Sofie Janssens
zorgcoördinator
"""), frm=ZORG, to=[ZORG], bcc=[f'ouders-1a@{SCH}', f'ouders-1b@{SCH}', f'ouders-1c@{SCH}', f'ouders-1d@{SCH}'],
    subject='Kennismaking met het CLB', date='2024-09-17 16:00', rules=['personal_data'],
    note='CLB information letter to all first-year parents; CLB phone', fmt=['plain', 'qp', 'bcc-group'])

_rows = [('Datum', '3de jaar', '4de jaar'), ('ma 16/12', 'Nederlands', 'Wiskunde'),
         ('di 17/12', 'Wiskunde', 'Nederlands'), ('wo 18/12', 'Frans', 'Geschiedenis'),
         ('do 19/12', 'Biologie / Chemie', 'Frans'), ('vr 20/12', 'Engels', 'Fysica')]
_t = ("Geachte ouders van de leerlingen van de tweede graad,\n\nHierbij het examenrooster van december. De "
      "examens beginnen telkens om 8u25 en duren tot ten laatste 11u. 's Namiddags studeren de leerlingen thuis; "
      "wie dat wenst, kan tot 16u in de studiezaal blijven.\n\n" + TXTTABLE(_rows) +
      "\n\nOp donderdag 19 december is er oudercontact vanaf 17u30.\n\nMet vriendelijke groeten\nKatrien Lemmens\n"
      "adjunct-directeur\n")
_h = HTMLDOC(P('Geachte ouders van de leerlingen van de tweede graad,', '', 'Hierbij het examenrooster van december. '
               'De examens beginnen telkens om 8u25 en duren tot ten laatste 11u. &#8217;s Namiddags studeren de '
               'leerlingen thuis; wie dat wenst, kan tot 16u in de studiezaal blijven.', '') + TABLE(_rows) +
             P('', 'Op donderdag 19 december is er oudercontact vanaf 17u30.', '', 'Met vriendelijke groeten',
               'Katrien Lemmens', 'adjunct-directeur'))
add('examenrooster-2degraad', MP('alternative', [T(_t), T(_h, 'html')], bnd('examenrooster-2degraad')),
    frm=ADJ, to=[ADJ], bcc=[f'ouders-3a@{SCH}', f'ouders-3b@{SCH}', f'ouders-3c@{SCH}', f'ouders-3d@{SCH}',
                            f'ouders-4a@{SCH}', f'ouders-4b@{SCH}', f'ouders-4c@{SCH}', f'ouders-4d@{SCH}'],
    subject='Examenrooster december - 2de graad', date='2024-11-29 15:30',
    note='exam timetable to all parents of a grade (Bcc)', fmt=['alt', 'html-table', 'bcc-group'])

add('discretie-mail-personeel', T("""Geachte collega's,

Naar aanleiding van enkele voorvallen in andere scholen van onze scholengroep, acht ik het nuttig
u enkele afspraken uit ons communicatiebeleid in herinnering te brengen.

1. Wij versturen geen wachtwoorden, codes of toegangsgegevens per e-mail. Wie een code nodig
   heeft, ontvangt die persoonlijk of op papier van de ICT-coördinator.

2. Gevoelige informatie over leerlingen, zoals de thuissituatie, een diagnose, een
   begeleidingstraject of financiële moeilijkheden, hoort niet in een e-mail, ook niet tussen
   collega's. Daarvoor dient het leerlingvolgsysteem.

3. Berichten aan meerdere ouders of aan een groep collega's worden steeds in BCC verstuurd.

4. Voor schoolzaken gebruikt u uitsluitend uw schoolaccount, nooit een privé-adres.

5. Vermoedt u dat er gegevens bij de verkeerde persoon terechtgekomen zijn, bv. een mail aan de
   verkeerde ouder, meld het dan onmiddellijk aan de directie en aan privacy@lksd.ksleuven.be.
   Dat is geen schande; het is onze plicht.

Ik dank u voor uw begrip en voor uw zorgvuldigheid.

""" + SIG_DIR + '\n'), frm=DIR, to=[DIR], bcc=[f'personeel@{SCH}'], subject='Herinnering: communicatie en discretie',
    date='2024-11-04 08:00', note='policy reminder about passwords and sensitive data, no case',
    fmt=['plain', 'qp', 'bcc-group'])

add('welcome-newcomer-families', T("""Dear parents,

Welcome to Sint-Pieterscollege! Here is some practical information for the first weeks.

School hours: lessons start at 8:25 and end at 15:55 (on Wednesday at 12:05).

Absence: if your child is ill, please call or e-mail the school office before 8:30. From the
fourth day of illness, we need a doctor's certificate.

Bus: pupils who live more than 4 km from school can get a bus pass. Ask at the school office.

Lunch: pupils can bring their own lunch or buy a warm meal (€ 4.20) in the canteen.

Smartschool: this is the online platform of the school. You receive a login for parents on paper.
Through Smartschool you can follow the timetable, the homework and the school reports.

OKAN: during the first year, your child learns Dutch in the reception class (OKAN). After that,
your child moves to a regular class, with extra support.

If you need help, you can always ask for an interpreter. Please do not hesitate to come to the
school office.

Kind regards,
Greet Michiels
OKAN coordinator
"""), frm=GREET, to=[GREET], bcc=[f'ouders-okan@{SCH}'], subject='Welcome - practical information',
    date='2024-09-03 13:00', lang='en', note='general welcome letter to newcomer families (Bcc)',
    fmt=['plain', 'qp', 'bcc-group'])

add('reunion-parents-fr', T("""Chers parents,

Le jeudi 19 décembre, de 17h30 à 21h, nous organisons la réunion des parents. Vous pourrez
rencontrer le titulaire de votre enfant et les professeurs de votre choix.

Les rendez-vous se prennent via le planificateur sur Smartschool, à partir du lundi 9 décembre.
Si vous préférez une conversation en français, vous pouvez l'indiquer lors de la réservation :
plusieurs professeurs parlent français et nous ferons de notre mieux.

Le bulletin sera remis aux élèves le même jour, à la dernière heure de cours.

Bien cordialement,
La direction
"""), frm=DIRG, to=[DIRG], bcc=[f'ouders-fr@{SCH}'], subject='Réunion des parents du 19 décembre',
    date='2024-12-02 14:00', lang='fr', note='general parents-evening letter in French (Bcc)',
    fmt=['plain', 'qp', 'bcc-group'])

add('afwezigheden-wettigen', T("""Geachte ouders,

Nu de griep weer rondgaat, krijgen we veel vragen over het wettigen van afwezigheden. Even op een
rij:

- Is uw kind ziek, verwittig dan het secretariaat vóór 8u30 (telefonisch of via Smartschool).
- Een afwezigheid van maximaal drie opeenvolgende kalenderdagen kan u zelf wettigen met een
  briefje, maar dat kan maximaal vier keer per schooljaar.
- Vanaf de vierde dag, of als u de vier briefjes al gebruikt heeft, is een medisch attest nodig.
- Een afwezigheid tijdens de examens moet altijd met een medisch attest gewettigd worden.
- Andere gewettigde redenen zijn o.a. een begrafenis of huwelijk in de familie, of een oproeping
  door een rechtbank. Breng dan een bewijsstuk binnen.

Problematische afwezigheden melden we aan het CLB; dat is een wettelijke verplichting. Zo kunnen
we samen tijdig zoeken naar wat een leerling nodig heeft.

Met vriendelijke groeten
het secretariaat
"""), frm=SECG, to=[SECG], bcc=[f'ouders@{SCH}'], subject='Afwezigheden wettigen - geheugensteun',
    date='2025-01-28 11:00', note='general absence rules to all parents (Bcc)', fmt=['plain', 'qp', 'bcc-group'])

add('schooltoeslag-info', T("""Geachte ouders,

Misschien heeft u recht op een schooltoeslag van het Groeipakket. Die wordt in de meeste gevallen
automatisch toegekend; u hoeft er dan niets voor te doen. Het bedrag hangt af van het inkomen van
het gezin en wordt in het najaar uitbetaald.

Voorwaarden in het kort:
- uw kind is ingeschreven in een erkende school en woont in Vlaanderen;
- uw kind was niet te vaak ongewettigd afwezig in het vorige schooljaar;
- het gezinsinkomen ligt onder een bepaalde grens.

Heeft u vorig jaar geen schooltoeslag ontvangen maar denkt u dat u er recht op heeft? Neem dan
contact op met uw uitbetaler van het Groeipakket.

En voor alle duidelijkheid: wie moeilijkheden heeft met het betalen van de schoolrekening, kan
altijd terecht bij de boekhouding of de zorgcoördinator. Niemand hoeft zich daarvoor te schamen,
en we zoeken samen een oplossing.

Met vriendelijke groeten
Rita Vandeput
boekhouding
"""), frm=BOEK, to=[BOEK], bcc=[f'ouders@{SCH}'], subject='Schooltoeslag - heeft u er recht op?',
    date='2024-09-27 10:00', note='general school-allowance information, no family named',
    fmt=['plain', 'qp', 'bcc-group'])

add('sportdag-brief', T("""Beste ouders,

Op donderdag 22 mei is het onze jaarlijkse sportdag. De eerste graad gaat naar het Sport Vlaanderen-
centrum in Hofstade, de tweede graad naar de Demerstrand, en de derde graad organiseert zelf een
sportdag op en rond de school.

Praktisch:
- vertrek om 8u30 aan de school, terug rond 16u;
- sportkledij, een regenjas, een lunchpakket en voldoende drinken meebrengen;
- de kostprijs (€ 14 voor de eerste en tweede graad) komt op de schoolrekening.

Heeft uw kind een allergie, een chronische aandoening of iets anders waar de begeleiders rekening
mee moeten houden, laat het dan vóór 15 mei weten via het formulier op Smartschool. Die informatie
gaat enkel naar de EHBO-verantwoordelijke van de dag.

Sportieve groeten
Wim Geens
vakgroep LO
"""), frm=WIM, to=[WIM], bcc=[f'ouders@{SCH}'], subject='Sportdag 22 mei', date='2025-05-05 12:00',
    note='sports-day letter asking parents to report allergies, general', fmt=['plain', 'qp', 'bcc-group'])

add('zorgoverleg-procedure', T("""Beste collega's,

Een korte geheugensteun, want de voorbije weken kreeg ik weer heel wat zorgvragen per mail.

- Maak je je zorgen over een leerling? Noteer je observatie in het LVS (tabblad Begeleiding),
  niet in een mail. Ik krijg automatisch een melding.
- Dringend (bv. een leerling die zegt dat hij niet meer naar huis durft)? Kom meteen naar mij of
  naar Tom, of bel het secretariaat. Niet wachten op een antwoord op een mail.
- De leerlingbesprekingen gaan door op de tweede dinsdag van de maand. De agenda staat in Teams.
- Verslagen van het CLB of van externe hulpverleners sturen we nooit door; ze staan in het LVS.

Bedankt!
Sofie
"""), frm=ZORG, to=[ZORG], bcc=[f'personeel@{SCH}'], subject='zorgvragen: via het LVS aub',
    date='2025-03-03 07:55', note='care procedure reminder to all staff, no pupil', fmt=['plain', 'qp', 'bcc-group'])

add('internaat-kerstvakantie', T("""Beste ouders,

Het internaat sluit voor de kerstvakantie op vrijdag 20 december om 13u (de examens eindigen die
dag om 11u). Wij vragen u uw kind die dag tijdig op te halen of de busregeling op Smartschool na
te kijken.

Het internaat gaat terug open op zondag 5 januari om 19u30.

Tijdens de vakantie worden alle kamers grondig gepoetst: wij vragen de internen om hun kamer leeg
te maken (geen kleren op de grond, geen eten in de kast) en hun beddengoed mee naar huis te nemen.

Vergeten spullen kunnen tot 23 december op het secretariaat van de school afgehaald worden.

Wij wensen u en uw gezin een deugddoende vakantie.

Het opvoedersteam van internaat Sint-Pieter
"""), frm=INTG, to=[INTG], bcc=[f'ouders-internaat@{INT}'], subject='Internaat - kerstvakantie',
    date='2024-12-09 18:00', note='boarding-house holiday letter to all intern parents (Bcc)',
    fmt=['plain', 'qp', 'bcc-group'])

add('stage-vaccinaties', T("""Beste ouders van de leerlingen van 5 en 6 Zorg en welzijn,

Vanaf het vijfde jaar lopen de leerlingen stage in woonzorgcentra, kinderdagverblijven en
ziekenhuizen. Daarvoor vragen de stageplaatsen dat uw kind beschermd is tegen een aantal
besmettelijke ziekten.

Concreet vragen wij:
- een bewijs van vaccinatie tegen hepatitis B (drie dosissen);
- een bewijs van de vaccinatie tegen tetanus (minder dan 10 jaar oud);
- voor stages in de kinderopvang: een bewijs van vaccinatie tegen mazelen-bof-rubella.

De vaccinaties kunnen bij de huisarts of, gratis, via het CLB. Het bewijs bezorgt u vóór 15
oktober aan mevrouw Wuyts. Het wordt enkel gebruikt voor de stage en wordt bewaard in het
stagedossier.

Heeft u vragen, dan kan u altijd terecht bij de stagebegeleiders.

Met vriendelijke groeten
Leen Wuyts
stagecoördinator Zorg en welzijn
"""), frm=LEEN, to=[LEEN], bcc=[f'ouders-5d@{SCH}', f'ouders-6d@{SCH}'], subject='Stage: vaccinaties',
    date='2024-09-11 15:00', note='general vaccination requirements for placements, no pupil',
    fmt=['plain', 'qp', 'bcc-group'])

add('busabonnementen-prijzen', T("""Geachte ouders,

Busreizen Demervallei heeft ons de prijzen voor de schoolabonnementen van volgend schooljaar
bezorgd:

  tot 5 km          € 168 per jaar
  5 tot 15 km       € 238 per jaar
  meer dan 15 km    € 296 per jaar

Het tweede en volgende kind van hetzelfde gezin krijgt 25 % korting. Het abonnement wordt in drie
schijven aangerekend via de schoolrekening.

Wilt u het abonnement van uw kind stopzetten of wijzigen (andere halte, nieuw adres)? Laat het
weten aan het secretariaat vóór 30 juni. Voor vragen over de uurregeling kan u rechtstreeks
terecht bij de busmaatschappij: 016 61 19 80 (ma-vr, 8u-12u).

Met vriendelijke groeten
het secretariaat
"""), frm=SECG, to=[SECG], bcc=[f'ouders@{SCH}'], subject='Schoolabonnementen bus 2025-2026',
    date='2025-05-16 10:00', rules=['personal_data'],
    note='bus subscription prices to all parents (Bcc); bus company phone', fmt=['plain', 'qp', 'bcc-group'])


# ================================================================ output
def main():
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    order = list(range(len(MAILS)))
    random.Random(20250611).shuffle(order)
    pol = _policy.compat32.clone(linesep='\r\n')
    lines = ['# batch11 - Sint-Pieterscollege campus Aarschot (blind labelled test mail)', '']
    seen = set()
    for n, i in enumerate(order, 1):
        slug, msg, lab = MAILS[i]
        assert slug not in seen, slug
        seen.add(slug)
        name = f'{n:03d}-{slug}.eml'
        buf = io.BytesIO()
        BytesGenerator(buf, mangle_from_=False, policy=pol).flatten(msg)
        data = buf.getvalue()
        assert b'\n' not in data.replace(b'\r\n', b''), name
        with open(os.path.join(OUT, name), 'wb') as fh:
            fh.write(data)
        lines.append(f'{name}:')
        lines.append(f'  rules: {json.dumps(lab["rules"])}')
        if 'categories' in lab:
            lines.append(f'  categories: {{sensitive: {json.dumps(lab["categories"]["sensitive"])}}}')
        lines.append(f'  mail_from: {lab["mail_from"]}')
        lines.append(f'  rcpt: {json.dumps(lab["rcpt"], ensure_ascii=False)}')
        lines.append(f'  about: {json.dumps(lab["about"])}')
        lines.append(f'  misdirected: {"true" if lab["misdirected"] else "false"}')
        lines.append(f'  note: {json.dumps(lab["note"], ensure_ascii=False)}')
        lines.append(f'  lang: {lab["lang"]}')
        lines.append(f'  format: {json.dumps(lab["fmt"])}')
    with open(os.path.join(OUT, 'labels.yaml'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(lines) + '\n')
    with open(os.path.join(OUT, 'roster.csv'), 'w', encoding='utf-8-sig', newline='') as fh:
        fh.write('Intern nummer;Voornaam;Naam;Klas;E-mailadres leerling;E-mailadres ouder 1;E-mailadres ouder 2\r\n')
        for r in ROSTER:
            fh.write(';'.join(r) + '\r\n')
    print(f'{len(MAILS)} mails, {len(ROSTER)} pupils written to {OUT}')


if __name__ == '__main__':
    main()
