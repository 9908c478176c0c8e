#!/usr/bin/env python3
"""batch58 - blind labelled outbound mail for the Stroom (LKSD) mail gateway.

Theme: music, drama and the school musical 'Dijlelicht' of the arts department of the
Sint-Pieterscollege in Leuven.  Deterministic: fixed dates, Message-IDs, MIME boundaries,
zip timestamps and a seeded random generator.  Standard library only.

Writes next to itself: NNN-slug.eml, labels.yaml, roster.csv
"""
import csv
import datetime
import io
import json
import os
import random
import re
import unicodedata
import zipfile
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
random.seed(58)
RND = random.Random(5858)
TZ = datetime.timezone(datetime.timedelta(hours=1))

# ---------------------------------------------------------------------------
# roster
# ---------------------------------------------------------------------------

def norm(s):
    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode().lower()
    return re.sub(r'[^a-z]', '', s)


KEY = [
    # key, id, first, last, class, parent1, parent2
    ('lotte_p', 'P0007', 'Lotte', 'Peeters', '4PK', 'guy.peeters@telenet.be', 'els.vanrompaey@gmail.com'),
    ('emma_j', 'P0012', 'Emma', 'Janssens', '4PK', 'griet.vandevelde@telenet.be', 'koen.janssens@gmail.com'),
    ('noor_c', 'P0031', 'Noor', 'Claes', '3PK', 'dirk.claes@telenet.be', 'an.vandenberghe@gmail.com'),
    ('emma_w', 'P0044', 'Emma', 'Wouters', '4MU', 'wouters.gezin@telenet.be', 'kristof.wouters@gmail.com'),
    ('lucas_w', 'P0045', 'Lucas', 'Wouters', '2A', 'wouters.gezin@telenet.be', 'kristof.wouters@gmail.com'),
    ('yasmine', 'P0058', 'Yasmine', 'El Amrani', '5PK', 'rachid.elamrani@gmail.com', 'fatima.bouzid@hotmail.com'),
    ('yasmina', 'P0059', 'Yasmina', 'El Amri', '3PK', 'elamri.youssef@gmail.com', 'nadia.elamri@outlook.com'),
    ('noah', 'P0060', 'Noah', 'Willaert', '5PK', 'willaert.d@telenet.be', ''),
    ('arne', 'P0073', 'Arne', 'Vandenbroeck', '6PK', 'geert.vdbroeck@telenet.be', 'inge.smets@skynet.be'),
    ('zoe', 'P0075', 'Zoë', 'Van Acker', '6PK', 'vanacker.p@skynet.be', 'charlotte.moens@gmail.com'),
    ('matteo', 'P0080', 'Matteo', 'Rossi', '5MU', 'rossi.giulia@gmail.com', 'luca.rossi@outlook.com'),
    ('aya', 'P0085', 'Aya', 'Bakkali', '4PK', 'bakkali.m@hotmail.com', ''),
    ('kiara', 'P0091', 'Kiara', 'Mbala', '3PK', 'mbala.grace@gmail.com', ''),
    ('victor', 'P0096', 'Victor', 'Dewulf', '6MU', 'dewulf.sabine@telenet.be', 'bram.dewulf@gmail.com'),
    ('mila', 'P0104', 'Mila', 'Verbeke', '4PK', 'sofie.desmet@telenet.be', 'pieter.verbeke@outlook.com'),
    ('finn', 'P0105', 'Finn', 'Verbeke', '1B', 'sofie.desmet@telenet.be', 'pieter.verbeke@outlook.com'),
    ('lina', 'P0106', 'Lina', 'Verbist', '4PK', 'verbist.fam@gmail.com', 'hannelore.ruelens@telenet.be'),
    ('lotte_j', 'P0112', 'Lotte', 'Janssens', '5MU', 'jan.janssens@skynet.be', 'marleen.claes@hotmail.com'),
    ('ruben', 'P0120', 'Ruben', 'Jacobs', '3MU', 'tine.jacobs@proximus.be', 'wim.jacobs@telenet.be'),
    ('lien_j', 'P0121', 'Lien', 'Jacobs', '4BK', 'jacobs.vermeiren@gmail.com', ''),
    ('milan_h', 'P0133', 'Milan', 'Hendrickx', '4MU', 'fam.hendrickx@skynet.be', ''),
    ('milan_he', 'P0134', 'Milan', 'Hermans', '4MU', 'hermans.gezin@telenet.be', 'lore.dewit@gmail.com'),
    ('elise', 'P0141', 'Elise', 'Vos', '5MU', 'an.vos@icloud.com', 'thomas.aerts@gmail.com'),
    ('jules', 'P0145', 'Jules', 'Maes', '5PK', 'maes.goedele@telenet.be', ''),
    ('amira', 'P0150', 'Amira', 'Haddad', '3PK', 'haddad.samir@gmail.com', 'leila.haddad@hotmail.com'),
    ('ines', 'P0158', 'Inès', 'Dubois', '4PK', 'dubois.famille@skynet.be', ''),
    ('wout', 'P0162', 'Wout', 'Mertens', '6MU', 'kris.mertens@telenet.be', 'liesbeth.dc@gmail.com'),
    ('jasper', 'P0170', 'Jasper', 'De Smet', '2B', 'evi.lambrechts@telenet.be', 'jan.desmet@skynet.be'),
    ('seppe', 'P0171', 'Seppe', 'Willems', '2B', 'willems.fam@proximus.be', ''),
    ('hanne', 'P0180', 'Hanne', 'Goossens', '5PK', 'bert.goossens@telenet.be', 'katleen.boon@gmail.com'),
    ('jonas_c', 'P0188', 'Jonas', 'Claes', '5PK', 'claes.familie@proximus.be', 'sarah.goossens@outlook.com'),
    ('dylan', 'P0195', 'Dylan', 'Lambert', '3PK', 'marc.vanleeuw@gmail.com', 'griet.oosterlinck@telenet.be'),
    ('oscar', 'P0200', 'Oscar', 'Lemaire', '6PK', 'lemaire.anne@icloud.com', ''),
    ('ilias', 'P0203', 'Ilias', 'Benali', '4PK', 'samira.benali@hotmail.com', ''),
    ('sarah_d', 'P0210', 'Sarah', 'Dumont', '6MU', 'dumont.veronique@skynet.be', ''),
    ('bilal', 'P0215', 'Bilal', 'Yilmaz', '3MU', 'yilmaz.ayse@hotmail.com', 'mehmet.yilmaz@gmail.com'),
    ('nina', 'P0222', 'Nina', 'Coppens', '4PK', 'stijn.coppens@telenet.be', 'nathalie.heylen@gmail.com'),
    ('thibault', 'P0230', 'Thibault', 'Leclercq', '5PK', 'c.leclercq@skynet.be', 'isabelle.moreau@proximus.be'),
    ('fien', 'P0238', 'Fien', 'Van Damme', '6PK', 'vandamme.gezin@telenet.be', ''),
    ('stan', 'P0245', 'Stan', 'Peeters', '4MU', 'peeters.kim@gmail.com', 'joris.peeters@outlook.com'),
    ('ella', 'P0250', 'Ella', 'Desmedt', '2A', 'desmedt.tom@telenet.be', ''),
    ('louise', 'P0255', 'Louise', 'Verhaegen', '6PK', 'verhaegen.mk@skynet.be', ''),
]

FIRST = ('Emma Louise Noor Olivia Mila Lotte Elena Nora Ella Julie Marie Hanne Fien Lina Liv Sofie Lore '
         'Jana Febe Amber Zoë Ines Elise Sara Anna Laura Lucas Noah Liam Louis Arthur Jules Finn Victor '
         'Mats Seppe Wout Stan Milan Ruben Jonas Arne Lars Kobe Tibo Warre Rune Senne Mauro Lowie Robbe '
         'Nathan Thomas Bram Jasper Vic Kato Jade Nina Lena Margot Camille Oona Jef Lou Fleur Axel Pieter').split()
ADULT_F = 'An Els Katrien Sofie Inge Veerle Hilde Griet Sarah Nathalie Evi Liesbeth Kim Tine Ann Karen Elke Leen'.split()
ADULT_M = 'Jan Koen Dirk Geert Bart Kris Wim Tom Peter Stijn Joris Filip Luc Wouter Pieter Bram Steven Hans'.split()
LAST = ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet',
        'Dubois', 'Hermans', 'Aerts', 'Lambrechts', 'Smets', 'Michiels', 'Van den Broeck', 'Verhaegen',
        'Desmet', 'Coppens', 'Leclercq', 'Hendrickx', 'Verbeke', 'Dewulf', 'Van Damme', 'Cools', 'Pauwels',
        'Devos', 'Segers', 'Bogaerts', 'Verstraete', 'Moens', 'Stevens', 'Thys', 'Schepers', 'Luyten',
        'Van Aelst', 'Heylen', 'Somers', 'Vandenberghe', 'Boon', 'Ruelens', 'Vanderlinden', 'Van Roy', 'Deckers',
        'Lenaerts', 'Huybrechts', 'Nys', 'Claeys', 'Vandevelde', 'Wuyts', 'Vos', 'Geerts', 'Lemmens']
ORIGINS = {
    # origin: (weight, pupil first names, father names, mother names, surnames)
    'vl': (68, FIRST, ADULT_M, ADULT_F, LAST),
    'ma': (14, 'Yasmine Amira Aya Ilias Bilal Adam Mohamed Ayoub Imane Salma Rayan Youssef Malak Hamza Nour Omar Sara Lina'.split(),
           'Rachid Samir Karim Hassan Mustafa Driss Abdel'.split(), 'Fatima Leila Nadia Khadija Samira Malika Naima'.split(),
           ['Benali', 'Bakkali', 'Haddad', 'Bouzid', 'Azzouzi', 'Lahlou', 'El Idrissi', 'Ouali', 'Tahiri', 'Amrani', 'Chaouki']),
    'tr': (8, 'Elif Emir Zeynep Deniz Yusuf Ela Kerem Defne Mert Ecrin'.split(), 'Mehmet Emre Murat Ali Hakan'.split(),
           'Ayse Hatice Fatma Emine Derya'.split(), ['Yilmaz', 'Kaya', 'Demir', 'Öztürk', 'Sahin', 'Çelik', 'Aydin', 'Kurt']),
    'cd': (5, 'Grace Samuel Daniel Chloé Divine Précieuse Joël Merveille Christ'.split(), 'Jean Patrick Didier Serge'.split(),
           'Chantal Mireille Josée Clarisse'.split(), ['Kabongo', 'Tshibangu', 'Mukendi', 'Ilunga', 'Kalala', 'Mbuyi']),
    'ee': (5, 'Aleksander Zofia Oskar Andrei Ioana Maja Jakub Lena'.split(), 'Marek Piotr Andrei Tomasz'.split(),
           'Agnieszka Katarzyna Elena Ioana'.split(), ['Kowalski', 'Nowak', 'Popescu', 'Wiśniewski', 'Ionescu', 'Zielinski']),
}
PROV = ['telenet.be', 'telenet.be', 'skynet.be', 'proximus.be', 'gmail.com', 'gmail.com', 'hotmail.com',
        'outlook.com', 'icloud.com']
CLASSES = ['1A', '1B', '2A', '2B', '3PK', '3MU', '3BK', '4PK', '4MU', '4BK', '5PK', '5MU', '5BK', '6PK',
           '6MU', '6BK']
KEY_NAMES = {(k[2], k[3]) for k in KEY}


def new_family(used):
    while True:
        org = RND.choices(list(ORIGINS), weights=[v[0] for v in ORIGINS.values()])[0]
        _w, kids, fathers, mothers, lasts = ORIGINS[org]
        la, fa, mo = RND.choice(lasts), RND.choice(fathers), RND.choice(mothers)
        mo_last = RND.choice(lasts)
        d1, d2 = RND.choice(PROV), RND.choice(PROV)
        style = RND.randrange(5)
        father = f'{norm(fa)}.{norm(la)}@{d1}'
        mother = RND.choice([f'{norm(mo)}.{norm(mo_last)}@{d2}', f'{norm(mo)}{norm(mo_last)}@{d2}',
                             f'{norm(mo)[0]}.{norm(mo_last)}@{d2}'])
        if style == 0:
            p1, p2 = father, mother
        elif style == 1:
            p1, p2 = f'{norm(la)}.{norm(mo)}@{d1}', father.replace(d1, d2)
        elif style == 2:
            p1, p2 = f'fam.{norm(la)}@{d1}', ''
        else:                                   # mother first: address does not spell the pupil's surname
            p1, p2 = mother, father
        if RND.random() < 0.3:
            p2 = ''
        if p1 in used or p2 in used or p1 == p2:
            continue
        return org, la, p1, p2


def build_roster():
    used = set()
    rows = {}
    P = {}
    for key, pid, fi, la, kl, p1, p2 in KEY:
        mail = f'{norm(fi)}.{norm(la)}@leerling.sintpieterscollege.be'
        rows[pid] = [pid, fi, la, kl, mail, p1, p2]
        P[key] = dict(id=pid, first=fi, last=la, klas=kl, mail=mail, p1=p1, p2=p2, full=f'{fi} {la}')
        used.add(mail)
        used.update(a for a in (p1, p2) if a)
    used.add('')
    fams = []
    names = set(KEY_NAMES)
    for n in range(1, 301):
        pid = f'P{n:04d}'
        if pid in rows:
            continue
        if fams and RND.random() < 0.15:          # sibling: same parents' addresses
            org, la, p1, p2, sibs = RND.choice(fams)
        else:
            org, la, p1, p2 = new_family(used)
            sibs = set()
            fams.append((org, la, p1, p2, sibs))
            used.update((p1, p2))
        kids = ORIGINS[org][1]
        fi = RND.choice(kids)
        while (fi, la) in KEY_NAMES or fi in sibs or ((fi, la) in names and RND.random() < 0.8):
            fi = RND.choice(kids)
        sibs.add(fi)
        names.add((fi, la))
        mail = f'{norm(fi)}.{norm(la)}@leerling.sintpieterscollege.be'
        k = 2
        while mail in used:
            mail = f'{norm(fi)}.{norm(la)}{k}@leerling.sintpieterscollege.be'
            k += 1
        used.add(mail)
        rows[pid] = [pid, fi, la, RND.choice(CLASSES), mail, p1, p2]
    return [rows[k] for k in sorted(rows)], P


ROSTER, P = build_roster()


def pid(*keys):
    return [P[k]['id'] for k in keys]


# ---------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------
KV = ('Katrien Vermeulen', 'katrien.vermeulen@sintpieterscollege.be')
DIR = ('Directie Sint-Pieterscollege', 'directie@spc.ksleuven.be')
WL = ('Ward Lemmens', 'ward.lemmens@sintpieterscollege.be')
WLs = ('Ward Lemmens', 'wl@spc.ksleuven.be')
ADW = ('Annelies De Wachter', 'annelies.dewachter@sintpieterscollege.be')
ADWs = ('Annelies De Wachter', 'adw@spc.ksleuven.be')
BS = ('Bart Smolders', 'bart.smolders@sintpieterscollege.be')
ICT = ('ICT Sint-Pieterscollege', 'ict@spc.ksleuven.be')
DH = ('Dirk Hulsbosch', 'dirk.hulsbosch@sintpieterscollege.be')
GB = ('Greet Bosmans', 'greet.bosmans@sintpieterscollege.be')
LS = ('Leerlingensecretariaat SPC', 'leerlingensecretariaat@spc.ksleuven.be')
HW = ('Hilde Wuyts', 'hilde.wuyts@sintpieterscollege.be')
BOEK = ('Boekhouding SPC', 'boekhouding@spc.ksleuven.be')
SVH = ('Sofie Van Hoof', 'svh@spc.ksleuven.be')
YEI = ('Youssef El Idrissi', 'yei@spc.ksleuven.be')
NC = ('Nele Cuypers', 'nele.cuypers@sintpieterscollege.be')
LVP = ('Lien Vandeputte', 'lvp@spc.ksleuven.be')
TG = ('Tom Geerts', 'tom.geerts@sintpieterscollege.be')
TICK = ('Ticketshop Dijlelicht', 'tickets@spc.ksleuven.be')
INFO = ('Sint-Pieterscollege', 'info@spc.ksleuven.be')
DPO = ('Privacy LKSD', 'privacy@lksd.ksleuven.be')
PERSONEEL = 'personeel@spc.ksleuven.be'
OUDERS_MUSICAL = 'ouders-musical@spc.ksleuven.be'

CAMILLE = ('Camille Dufour', 'camille.dufour@cie-envol.be')
OLIVER = ('Oliver Brannigan', 'oliver@brannigan-audio.co.uk')
RIGHTS = ('CurtainUp Rights Europe', 'licensing@curtainup-rights.com')
PELIKAAN = ('Zaal De Pelikaan', 'boekingen@zaaldepelikaan.be')
FOTO = ('Fotostudio Lichtval', 'info@fotostudio-lichtval.be')
KOSTUUM = ('Kostuumhuis De Coulisse', 'atelier@kostuumhuis-decoulisse.be')
KLANK = ('Klankwerk Leuven', 'verhuur@klankwerk-leuven.be')
CLB = ('An Lauwers', 'an.lauwers@clb-dijleland.be')
OCMW = ('Sociale dienst OCMW Dijlegem', 'sociale.dienst@ocmw-dijlegem.be')
GRIME = ('Maskers & Meer', 'grime@maskerenmeer.be')
POLIS = ('Schoolpolis Verzekeringen', 'dossiers@schoolpolis-verzekeringen.be')
UITGEVERIJ = ('Muziekuitgeverij Notenbalk', 'bestellingen@notenbalk-uitgeverij.be')

# cast families used as BCC recipients of the general letters
CAST_KEYS = ['lotte_p', 'emma_j', 'noor_c', 'emma_w', 'yasmine', 'yasmina', 'noah', 'arne', 'zoe', 'matteo',
             'aya', 'kiara', 'victor', 'mila', 'lina', 'lotte_j', 'ruben', 'milan_h', 'milan_he', 'elise',
             'jules', 'amira', 'ines', 'wout', 'jasper', 'seppe', 'hanne', 'jonas_c', 'dylan', 'oscar',
             'ilias', 'sarah_d', 'bilal', 'nina', 'thibault', 'fien', 'stan', 'louise']


def cast_parents(n=None, both=False):
    out = []
    for k in CAST_KEYS:
        for a in ((P[k]['p1'], P[k]['p2']) if both else (P[k]['p1'],)):
            if a and a not in out:
                out.append(a)
    return out[:n] if n else out


# ---------------------------------------------------------------------------
# signatures (phone numbers only where personal_data is labelled)
# ---------------------------------------------------------------------------
SCHOOL_TEL = '016 29 84 10'
SIG = {
    'WL': 'Ward Lemmens\nLeraar drama - regie musical "Dijlelicht"\nSint-Pieterscollege Leuven | Stroom\nwww.sintpieterscollege.be',
    'WL_TEL': 'Ward Lemmens\nLeraar drama - regie musical "Dijlelicht"\nSint-Pieterscollege Leuven | Stroom\nT 016 29 84 10 | GSM 0478 52 19 64',
    'ADW': 'Annelies De Wachter\nMuzikale leiding Dijlelicht - vakgroep muziek\nSint-Pieterscollege Leuven',
    'ADW_TEL': 'Annelies De Wachter\nMuzikale leiding Dijlelicht - vakgroep muziek\nSint-Pieterscollege Leuven\n+32 16 29 84 10',
    'BS': 'Bart Smolders\nTechnisch coördinator podium\nSint-Pieterscollege',
    'GB': 'Greet Bosmans\nLeerlingensecretariaat\nSint-Pieterscollege Leuven',
    'GB_TEL': 'Greet Bosmans\nLeerlingensecretariaat\nSint-Pieterscollege Leuven\ntel. 016/29.84.12',
    'HW': 'Hilde Wuyts\nBoekhouding\nSint-Pieterscollege Leuven - Stroom',
    'NC': 'Nele Cuypers\nKostuums & decor Dijlelicht',
    'LVP': 'Lien Vandeputte\nDansdocente - choreografie ensemble',
    'TG': 'Tom Geerts\nTicketverkoop Dijlelicht\ntickets@spc.ksleuven.be',
    'YEI': 'Youssef El Idrissi\nLeerlingenbegeleider 2de en 3de graad\nSint-Pieterscollege Leuven',
    'YEI_TEL': 'Youssef El Idrissi\nLeerlingenbegeleider 2de en 3de graad\nSint-Pieterscollege Leuven\nT 016 29 84 17',
    'SVH': 'Sofie Van Hoof\nZorgcoördinator\nSint-Pieterscollege Leuven',
    'KV': 'Katrien Vermeulen\nDirecteur\nSint-Pieterscollege Leuven - scholengroep Stroom',
    'DIR': 'Katrien Vermeulen, directeur\nen het musicalteam\nSint-Pieterscollege Leuven - Stroom\nwww.sintpieterscollege.be',
    'DH': 'Dirk Hulsbosch\nICT-coördinator\nict@spc.ksleuven.be',
}


def quote(text):
    return '\n'.join(('> ' + l) if l else '>' for l in text.strip('\n').split('\n'))


def ol_hdr(frm, when, to, subj, lang='nl'):
    if lang == 'fr':
        return f'De : {frm}\nEnvoyé : {when}\nÀ : {to}\nObjet : {subj}\n'
    if lang == 'en':
        return f'From: {frm}\nSent: {when}\nTo: {to}\nSubject: {subj}\n'
    return f'Van: {frm}\nVerzonden: {when}\nAan: {to}\nOnderwerp: {subj}\n'


def fwd_hdr(frm, when, subj, to):
    return (f'---------- Doorgestuurd bericht ---------\nVan: {frm}\nDate: {when}\n'
            f'Subject: {subj}\nTo: {to}\n')


def table_plain(head, rows):
    return '\n'.join('\t'.join(r) for r in [head] + rows)


def table_html(head, rows):
    th = ''.join(f'<td style="border:solid #8EAADB 1.0pt;background:#D9E2F3;padding:2pt 5pt"><b>{h}</b></td>'
                 for h in head)
    body = ''
    for r in rows:
        body += '<tr>' + ''.join(f'<td style="border:solid #8EAADB 1.0pt;padding:2pt 5pt">{c}</td>' for c in r) + '</tr>\n'
    return (f'<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
            f'style="border-collapse:collapse;font-family:Calibri,sans-serif;font-size:11pt">\n<tr>{th}</tr>\n{body}</table>')


def html_doc(inner):
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>\n'
            '<body lang="NL-BE" link="#0563C1"><div class="WordSection1" style="font-family:Calibri,sans-serif;font-size:11pt">\n'
            + inner + '\n</div></body></html>\n')


def p_html(text):
    out = []
    for para in text.strip('\n').split('\n\n'):
        out.append('<p class="MsoNormal">' + para.replace('\n', '<br>\n') + '</p>')
    return '\n'.join(out)


# ---------------------------------------------------------------------------
# attachments
# ---------------------------------------------------------------------------
ZDATE = (2025, 1, 10, 9, 0, 0)


def _zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w') as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return bio.getvalue()


def esc_xml(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


CT_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="{t}"/></Relationships>')


def docx_bytes(paras, macro=False):
    main_ct = ('application/vnd.ms-word.document.macroEnabled.main+xml' if macro else
               'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else '') +
          f'<Override PartName="/word/document.xml" ContentType="{main_ct}"/></Types>')
    body = ''.join(f'<w:p><w:r><w:t xml:space="preserve">{esc_xml(p)}</w:t></w:r></w:p>' for p in paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f'<w:body>{body}</w:body></w:document>')
    files = [('[Content_Types].xml', ct), ('_rels/.rels', CT_RELS.format(t='word/document.xml')),
             ('word/document.xml', doc)]
    if macro:
        files.append(('word/_rels/document.xml.rels',
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                      '<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'))
        files.append(('word/vbaProject.bin', b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + b'\x00' * 56 +
                      b'Attribute VB_Name = "ThisDocument"\r\nSub AutoOpen()\r\n  Shell "cmd /c start contract_sync.exe"\r\nEnd Sub\r\n'))
    return _zip(files)


def col(n):
    s = ''
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx_bytes(rows, macro=False):
    main_ct = ('application/vnd.ms-excel.sheet.macroEnabled.main+xml' if macro else
               'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else '') +
          f'<Override PartName="/xl/workbook.xml" ContentType="{main_ct}"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              + ('<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>' if macro else '')
              + '</Relationships>')
    sd = ''
    for i, r in enumerate(rows, 1):
        cells = ''.join(f'<c r="{col(j)}{i}" t="inlineStr"><is><t>{esc_xml(v)}</t></is></c>' for j, v in enumerate(r))
        sd += f'<row r="{i}">{cells}</row>'
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             f'<sheetData>{sd}</sheetData></worksheet>')
    files = [('[Content_Types].xml', ct), ('_rels/.rels', CT_RELS.format(t='xl/workbook.xml')),
             ('xl/workbook.xml', wb), ('xl/_rels/workbook.xml.rels', wbrels), ('xl/worksheets/sheet1.xml', sheet)]
    if macro:
        files.append(('xl/vbaProject.bin', b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + b'\x00' * 56 +
                      b'Attribute VB_Name = "Module1"\r\nSub Auto_Open()\r\n  Call ExportCues\r\nEnd Sub\r\n'))
    return _zip(files)


def pdf_bytes(lines):
    def e(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    content = ('BT /F1 11 Tf 50 800 Td 15 TL\n' + '\n'.join(f"({e(l)}) '" for l in lines) + '\nET').encode('cp1252', 'replace')
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>', b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
            b'<< /Length ' + str(len(content)).encode() + b' >>\nstream\n' + content + b'\nendstream',
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>']
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f'{i} 0 obj\n'.encode() + o + b'\nendobj\n'
    x = len(out)
    out += f'xref\n0 {len(objs) + 1}\n0000000000 65535 f \n'.encode()
    out += b''.join(f'{o:010d} 00000 n \n'.encode() for o in offs)
    out += f'trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n'.encode()
    return out


def EXE(tag):
    return (b'MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00\xb8' + b'\x00' * 43 + b'\x80\x00\x00\x00'
            + b'\x0e\x1f\xba\x0e\x00\xb4\t\xcd!\xb8\x01L\xcd!This program cannot be run in DOS mode.\r\r\n$'
            + b'\x00' * 7 + b'PE\x00\x00L\x01' + tag.encode() + b'\x00' * 64)


# attachment tuples: (filename, bytes, maintype, subtype, text_for_self_check)
def A_csv(name, rows, enc='utf-8-sig'):
    s = io.StringIO()
    csv.writer(s, delimiter=';', lineterminator='\r\n').writerows(rows)
    return (name, s.getvalue().encode(enc), 'text', 'csv', s.getvalue())


def A_txt(name, text, enc='utf-8'):
    return (name, text.encode(enc), 'text', 'plain', text)


def A_pdf(name, lines):
    return (name, pdf_bytes(lines), 'application', 'pdf', '\n'.join(lines))


def A_docx(name, paras, macro=False):
    st = 'vnd.ms-word.document.macroEnabled.12' if macro else 'vnd.openxmlformats-officedocument.wordprocessingml.document'
    return (name, docx_bytes(paras, macro), 'application', st, '\n'.join(paras))


def A_xlsx(name, rows, macro=False):
    st = 'vnd.ms-excel.sheet.macroEnabled.12' if macro else 'vnd.openxmlformats-officedocument.spreadsheetml.sheet'
    return (name, xlsx_bytes(rows, macro), 'application', st, '\n'.join(' '.join(r) for r in rows))


def A_bin(name, data, mt='application', st='octet-stream', text=''):
    return (name, data, mt, st, text)


def A_zip(name, files):
    return (name, _zip(files), 'application', 'zip', '\n'.join(n for n, _ in files))


# ---------------------------------------------------------------------------
# personal-data helpers (valid checksums)
# ---------------------------------------------------------------------------
def be_iban(bank, acct):
    base = f'{bank:03d}{acct:07d}'
    chk = int(base) % 97 or 97
    bban = f'{base}{chk:02d}'
    cd = 98 - int(bban + '111400') % 97
    s = f'BE{cd:02d}{bban}'
    return ' '.join(s[i:i + 4] for i in range(0, 16, 4))


def rrn(yy, mm, dd, seq, y2k=False):
    base = f'{yy:02d}{mm:02d}{dd:02d}{seq:03d}'
    chk = 97 - (int(('2' if y2k else '') + base) % 97)
    return f'{yy:02d}.{mm:02d}.{dd:02d}-{seq:03d}.{chk:02d}'


IBAN_SCHOOL = be_iban(734, 4120587)
IBAN_CAMILLE = be_iban(63, 2218840)
IBAN_PARENT = be_iban(1, 5566204)
RRN_CAMILLE = rrn(88, 4, 17, 124)

# ---------------------------------------------------------------------------
# mail registry
# ---------------------------------------------------------------------------
MAILS = []


def M(slug, frm, to, subject, body, *, cc=(), bcc=(), html=None, html_only=False, cte='quoted-printable',
      charset='utf-8', atts=(), lang='nl', rules=(), cats=(), about=(), mis=False, note='', fmt=(),
      irt=False, mailer='Microsoft Outlook 16.0', mail_from=None, group=''):
    MAILS.append(dict(slug=slug, frm=frm, to=list(to), cc=list(cc), bcc=list(bcc), subject=subject, body=body,
                      html=html, html_only=html_only, cte=cte, charset=charset, atts=list(atts), lang=lang,
                      rules=list(rules), cats=list(cats), about=list(about), mis=mis, note=note, fmt=list(fmt),
                      irt=irt, mailer=mailer, mail_from=mail_from, group=group))


# ===========================================================================
# 1. credentials (password) - 35
# ===========================================================================
G = 'password'

M('ticketshop-kassa-login', TG, [GB], 'Kassa-uren ticketshop volgende week', f"""Dag Greet,

Fijn dat je de kassa-uren over de middag wil overnemen terwijl ik met de vijfdes op uitstap ben.
Je kan inloggen op het beheerdersportaal van Ticketkraam (beheer.ticketkraam.be):

gebruikersnaam: stroom.dijlelicht
wachtwoord: Dijlelicht#2025

Onder 'Verkoop > Kassa' kies je de voorstelling en dan 'Ticket aan de balie'. Cash gaat in de geldkist,
Payconiq via het bordje aan het onthaal.

Bedankt!

{SIG['TG']}
""", rules=['password'], fmt=['plain'], group=G, note='ticket shop admin login and password written out to a colleague')

X32_MAIL = """Hoi Annelies,

Na het gedoe van vorige week (iemand heeft alle scènes van het orkest overschreven) staat het X32-mengpaneel
in de aula nu op slot.
Ontgrendelen via Setup > Lock: code 7314.

Graag niet doorgeven aan leerlingen, ook niet aan de techniekploeg van 6MU - die hebben een eigen
gebruikersprofiel zonder opslaan.

Bart"""
M('x32-mengpaneel-slot', BS, [ADW], 'Mengtafel vergrendeld', X32_MAIL + '\n', rules=['password'], fmt=['plain'],
  group=G, note='unlock code of the sound desk')

TOESTELLEN = [['Lichtcomputer (Windows 11)', 'regiekamer aula', 'licht', 'Spot!Licht88', 'QLC+ start automatisch'],
              ['Mediaserver beamer', 'regiekamer aula', 'video', 'Projectie_2025', 'niet afsluiten tijdens voorstelling'],
              ['iPad mengtafel', 'koffer techniek', '-', '2468', 'schermcode'],
              ['NAS audio-opnames', 'serverlokaal A011', 'musical', 'Opname-Dijle7', 'back-up elke nacht']]
TH = ['Toestel', 'Locatie', 'Gebruiker', 'Wachtwoord / code', 'Opmerking']
intro = ("Ward,\n\nZoals gevraagd een overzicht voor als ik er tijdens de generale niet ben. Print het niet af en "
         "laat het niet rondslingeren in de regiekamer aub.\n")
M('overzicht-toestellen-techniek', BS, [WL], 'Overzicht toestellen techniek musical',
  intro + '\n' + table_plain(TH, TOESTELLEN) + '\n\nGroeten,\n' + SIG['BS'] + '\n',
  html=html_doc(p_html(intro) + table_html(TH, TOESTELLEN) + p_html('Groeten,\n' + SIG['BS'])),
  rules=['password'], fmt=['alt', 'html-table'], group=G, note='Outlook table with passwords of the lighting computer, media server, NAS and an iPad PIN')

M('code-sleutelkluis-subject', WL, [LVP], 'Code sleutelkluis repetitielokaal = 2580',
  'Lien, zie onderwerp. Sleutel terug in de kluis na de dansrepetitie van woensdag aub.\nWard\n\nVerzonden vanaf mijn iPhone\n',
  rules=['password'], fmt=['plain', 'phone'], mailer='iPhone Mail (22D63)', group=G,
  note='key safe code of the rehearsal room in the subject line')

M('wifi-salle-de-danse-fr', WL, [CAMILLE], 'Infos pratiques pour samedi', f"""Bonjour Camille,

Merci encore pour la séance de mardi, les élèves étaient ravis.

Pour samedi : la répétition commence à 10h dans la salle de danse (bâtiment C, 2e étage). Tu peux te garer
dans la cour derrière l'école, l'entrée se fait par la Vlamingenstraat.
Le réseau Wi-Fi pour ta musique : SPC-Gast - clé : Coulisses2025!

À samedi,
Ward Lemmens
Metteur en scène « Dijlelicht » - Sint-Pieterscollege Leuven
""", lang='fr', rules=['password'], fmt=['plain'], group=G, note='Wi-Fi key given to the external choreographer, in French')

M('ticketkraam-backupcodes', TG, [DH], 'Backupcodes Ticketkraam (2FA)', """Dirk,

Bij het activeren van de tweestapsverificatie op het Ticketkraam-account kregen we deze herstelcodes.
Kan jij ze in de ICT-kluis (KeePass) zetten? Dan verwijder ik deze mail.

   4821-9930
   1177-6462
   5390-2218
   7745-1083
   2609-5571

Groet,
Tom
""", rules=['password'], fmt=['plain'], group=G, note='2FA recovery codes of the ticket shop account')

M('fwd-verificatiecode-ticketkraam', LS, [TG], 'Fwd: Uw verificatiecode voor Ticketkraam', """Tom, dit kwam net binnen op het adres van het leerlingensecretariaat. Is dit van jou?
Greet

""" + fwd_hdr('Ticketkraam <no-reply@ticketkraam.be>', 'ma 3 feb. 2025 om 10:12',
              'Uw verificatiecode voor Ticketkraam', '<leerlingensecretariaat@spc.ksleuven.be>') + """

Beste gebruiker,

Iemand probeert in te loggen op uw organisatoraccount 'Stroom Dijlelicht'.
Uw eenmalige verificatiecode is: 583209

Deze code is 10 minuten geldig. Deel deze code met niemand.

Met vriendelijke groet,
Team Ticketkraam
""", rules=['password'], fmt=['plain', 'forward'], group=G, note='forwarded one-time login code')

band = ['matteo', 'victor', 'wout', 'elise', 'bilal', 'ruben']
rows = [['Naam', 'Klas', 'Gebruikersnaam', 'Startwachtwoord']]
for i, k in enumerate(band):
    rows.append([P[k]['full'], P[k]['klas'], f"spc.{norm(P[k]['first'])}{norm(P[k]['last'])[:4]}",
                 ['Band-7731', 'Noot-2290', 'Maat-4418', 'Sleutel-8806', 'Kwint-3157', 'Tempo-6624'][i]])
M('noteflight-startwachtwoorden-band', ADW, [WL], 'Accounts Noteflight voor de musicalband', f"""Ward,

In bijlage de accounts voor de leerlingen van de band, zodat ze de partituren thuis kunnen oefenen.
Kan jij ze uitdelen op de repetitie van donderdag? Ze moeten bij de eerste aanmelding zelf een nieuw
wachtwoord kiezen.

{SIG['ADW']}
""", atts=[A_csv('noteflight_band_dijlelicht.csv', rows)], rules=['password'], about=pid(*band),
  fmt=['plain', 'attachment-csv'], group=G, note='CSV attachment with start passwords of six pupils; internal recipient')

M('lichttafel-wachtwoord-gesplitst', BS, [WL], 'lichttafel', """Ward,

Het nieuwe wachtwoord van de lichttafel (de ETC-console, niet de pc):

STROOM
licht
24

alles aan elkaar, eerste woord in hoofdletters, geen spaties.
Bart
""", rules=['password'], fmt=['plain'], group=G, note='console password split over three lines')

M('geluidskast-code-uitgeschreven', BS, [LVP], 'geluidskast danszaal',
  'Lien, code van de geluidskast in de danszaal: vier - zeven - een - een. Sleutel van de kast hangt erin.\n\nVerzonden vanaf mijn Samsung Galaxy-smartphone.\n',
  rules=['password'], fmt=['plain', 'phone'], mailer='Samsung Email', group=G, note='cabinet code spelled out in words')

ACC = [['Ticketkraam (beheer)', 'stroom.dijlelicht', 'Dijlelicht#2025', 'Tom, Ward'],
       ['Vimeo (opnames)', 'musical@spc.ksleuven.be', 'Vim-Stroom-19', 'Ward'],
       ['Canva (affiches)', 'ward.lemmens@sintpieterscollege.be', 'Affiche!2025', 'Ward, Annelies'],
       ['Spotify (oefentracks)', 'spc.musical', 'Oefen4Zang', 'Annelies']]
M('accounts-musical-html', DH, [WL, ADW], 'Accounts musical Dijlelicht 2025', '',
  html=html_doc(p_html('Dag Ward en Annelies,\n\nHieronder alle accounts die we voor de musical gebruiken. '
                       'Bewaar dit in jullie wachtwoordkluis en verwijder daarna deze mail.') +
                table_html(['Platform', 'Login', 'Wachtwoord', 'Wie'], ACC) + p_html(SIG['DH'])),
  html_only=True, rules=['password'], fmt=['html-only', 'html-table'], group=G,
  note='HTML-only Outlook table with four platform logins and passwords')

M('guest-account-audio-folder-en', WL, [OLIVER], 'Access to the audio folder', f"""Hi Oliver,

Great to have you on board for the sound design. I've set up a guest account so you can drop the stems
into our shared folder:

https://spc-ksleuven.sharepoint.com/sites/musical/Dijlelicht-audio
user: oliver.guest@spc.ksleuven.be
password: Backstage-77

Please change it on first login. The band recordings from last Thursday are in the subfolder '2025-02-06'.

Cheers,
Ward

{SIG['WL']}
""", lang='en', rules=['password'], fmt=['plain'], group=G, note='guest account password sent to the external sound designer in English')

M('coffre-a-cles-fr', WL, [CAMILLE], 'Clé de la salle de danse', """Camille,

Comme je ne serai pas là jeudi soir : le code du coffre à clés à côté de la porte des artistes est 1964.
Prends la clé n° 3 (salle de danse) et remets-la après la répétition.

Bonne répétition !
Ward
""", lang='fr', rules=['password'], fmt=['plain'], group=G, note='key safe code in French')

M('re-mengtafel-vergrendeld', ADW, [BS], 'RE: Mengtafel vergrendeld', """Top, werkt! Ik heb de orkestscènes opnieuw opgeslagen (scene 01 t.e.m. 23).

Annelies

""" + ol_hdr('Bart Smolders <bart.smolders@sintpieterscollege.be>', 'dinsdag 28 januari 2025 16:41',
             'Annelies De Wachter <annelies.dewachter@sintpieterscollege.be>', 'Mengtafel vergrendeld')
  + '\n' + X32_MAIL + '\n', irt=True, rules=['password'], fmt=['plain', 'reply'], group=G,
  note='short reply that still quotes the sound desk unlock code')

M('fwd-lightsoft-account', BS, [WL], 'Fwd: Your Lightsoft Pro account', """Ward, zodat jij ook kan inloggen als ik ziek ben tijdens de voorstellingsweek.
Bart

""" + fwd_hdr('Lightsoft Pro <accounts@lightsoftpro.com>', 'vr 17 jan. 2025 om 09:03', 'Your Lightsoft Pro account',
              '<bart.smolders@sintpieterscollege.be>') + """

Welcome to Lightsoft Pro!

Your education licence (seat 1 of 2) has been activated. You can now sign in at https://account.lightsoftpro.com

Username: bart.smolders@sintpieterscollege.be
Temporary password: Kx7!mQ2p

You will be asked to choose a new password after your first sign-in.

The Lightsoft team
""", rules=['password'], fmt=['plain', 'forward'], group=G, note='forwarded vendor mail with a temporary password (English inside a Dutch forward)')

M('artiesteningang-pelikaan-code', WL, [NC], 'Kostuums binnenbrengen De Pelikaan', f"""Nele,

Voor het binnenbrengen van de kostuumrekken op dinsdag 18 maart: de artiesteningang van zaal De Pelikaan
gaat open met code 1402 gevolgd door #. De kleedkamers 1 tot 4 zijn voor ons, kleedkamer 5 is van de zaal.
Het rek met de koorkostuums mag in de gang blijven staan.

{SIG['WL']}
""", rules=['password'], fmt=['plain'], group=G, note='door code of the stage door')

M('alarm-avondrepetities', KV, [WL], 'Avondrepetities: alarm gebouw C', f"""Ward,

Voor de avondrepetities in de week van 17 maart ben jij verantwoordelijk voor het sluiten van gebouw C.
Alarm uitschakelen bij binnenkomst: 8831 + OFF, inschakelen bij vertrek: 8831 + ON. Je hebt 45 seconden.
Na 22 uur komt de conciërge niet meer langs.

{SIG['KV']}
""", rules=['password'], fmt=['plain'], group=G, note='alarm code from the director')

M('kluis-wisselgeld-kassa', HW, [TG], 'Wisselgeld kassa voorstellingen', f"""Tom,

Het wisselgeld voor de drie voorstellingen (3 x 150 euro) ligt klaar in de kluis achter het onthaal.
Code: 40719. Graag na elke voorstelling het kasblad invullen en alles terug in de kluis leggen.

{SIG['HW']}
""", rules=['password'], fmt=['plain'], group=G, note='safe code for the cash box')

M('smartschool-wachtwoord-lotte', LS, [('Guy Peeters', P['lotte_p']['p1'])], 'Smartschool-wachtwoord Lotte', f"""Beste meneer Peeters,

Lotte liet weten dat ze haar Smartschool-wachtwoord vergeten is en daardoor de nieuwe repetitieplanning
niet kan bekijken. Ik heb het wachtwoord opnieuw ingesteld.

Het tijdelijke wachtwoord is: Lp-musical-4821

Bij de eerste aanmelding moet ze zelf een nieuw wachtwoord kiezen.

Met vriendelijke groeten,
{SIG['GB']}
""", rules=['password'], about=pid('lotte_p'), fmt=['plain'], group=G,
  note="pupil's temporary password sent to her own father (correctly addressed)")

M('kassa-tablet-base64', DH, [TG], 'Kassa-tablet klaar', f"""Tom,

De kassa-tablet is opnieuw geïnstalleerd en staat in het secretariaat aan de lader.
Pincode scherm: 190325
De Ticketkraam-app is aangemeld met het kassa-account (wachtwoord: Tickets!Pelikaan9).

Laden voor de voorstelling!!

{SIG['DH']}
""", cte='base64', rules=['password'], fmt=['plain-base64'], group=G, note='tablet PIN and app password in a base64 body')

M('dante-controller-cp1252', BS, [ADW], 'Dante-controller', """Annelies,

Voor de draadloze micro's gebruiken we dit jaar Dante. Als je op de laptop in de regiekamer het programma
Dante Controller opent, vraagt het een wachtwoord voor het apparaat 'Stagebox-Aula':

Wachtwoord: Bühne€2025

(met de ü en het euroteken, ik weet het…)

Bart
""", charset='windows-1252', rules=['password'], fmt=['plain-cp1252', 'plain-qp'], group=G,
  note='device password with ü and € in a windows-1252 quoted-printable body')

M('lichtcomputer-prive-outlook', ('Bart Smolders', 'bart.smolders.tech@outlook.com'), [WL], 'lichtcomputer', """Ward, vanop mijn eigen account want de schoolmail op mijn laptop doet raar.

De lichtcomputer heeft sinds vandaag een nieuw wachtwoord: Gobo&Fresnel
Account blijft 'licht'.

Bart
""", rules=['password', 'private_account'], fmt=['plain'], mailer='Outlook.com', group=G,
  note='staff member sends school credential from his private outlook.com mailbox')

M('opname-online-wachtwoord-ouders', DIR, [DIR], 'Opname musical Dijlelicht online', f"""Beste ouders,

Nogmaals bedankt voor uw aanwezigheid op een van onze drie voorstellingen van Dijlelicht!

Zoals beloofd staat de opname van de musical nu online. U kan ze bekijken tot 30 juni via
https://vimeo.com/stroomspc/dijlelicht
Wachtwoord: Dijlelicht2025

Wij vragen u uitdrukkelijk de link en het wachtwoord niet te delen en de beelden niet op sociale media te
plaatsen: niet alle ouders gaven toestemming voor publicatie.

Met vriendelijke groeten,
{SIG['DIR']}
""", bcc=cast_parents(), rules=['password'], fmt=['plain', 'bcc-envelope'], group=G,
  note='letter to all parents in BCC, but it carries the video password')

M('re-fotos-musical-toegangscode', WL, [('Charlotte Moens', P['zoe']['p2'])], "RE: foto's musical?", f"""Dag mevrouw Moens,

De foto's van de fotograaf staan in een afgeschermd album: https://lichtval.pic-share.be/dijlelicht
Toegangscode: LV-8842-DL

Graag niet doorsturen.

Vriendelijke groet,
{SIG['WL']}

""" + quote(ol_hdr('Charlotte Moens <charlotte.moens@gmail.com>', 'zondag 23 maart 2025 21:14',
                   'Ward Lemmens', "foto's musical?") + """
Beste meneer Lemmens,

Waar kunnen we de foto's van de voorstellingen bekijken? Ik vond niets op Smartschool.

Groeten,
Charlotte Moens
"""), irt=True, rules=['password'], fmt=['plain', 'reply'], group=G,
  note='access code of the photo album sent to one parent; mail is not about a pupil')

M('x32-herstelcodes-txt', BS, [DH], 'Herstelcodes mixer-app', """Dirk,

In bijlage de herstelcodes van het account van de mixer-app (Mixing Station Pro, gekoppeld aan de X32).
Kan je die bij de andere codes van techniek bewaren?

Bart
""", atts=[A_txt('X32_herstelcodes.txt', 'Mixing Station Pro - account techniek@spc.ksleuven.be\r\nRecovery codes (elk 1x bruikbaar):\r\n7HQK-2M9P\r\nR4TZ-88WD\r\nLM2C-Q7XV\r\nB9NE-5KJH\r\nWT3F-6PZA\r\n')],
  rules=['password'], fmt=['plain', 'attachment-txt'], group=G, note='recovery codes in a .txt attachment')

M('technische-afspraken-voorstellingsweek', BS, [WL], 'Technische afspraken voorstellingsweek', f"""Ward,

Hieronder de nota uit Word, zodat je ze ook op je gsm kan lezen.

TECHNISCHE AFSPRAKEN VOORSTELLINGSWEEK DIJLELICHT (17-23 maart)

1. Opbouw
   - Maandag 17/3 vanaf 8u30: laden van de camionette aan de achterpoort (decor, kostuumrekken, lichtkoffers).
   - Aankomst De Pelikaan 10u, ophangen trekken 1 t.e.m. 6, focussen vanaf 14u.
   - Leerlingen techniek 6MU helpen vanaf 13u (lesvervanging aangevraagd).

2. Geluid
   - 16 headsets, batterijen worden na elke voorstelling vervangen (doos in kist 2).
   - Soundcheck band elke avond om 18u15, zangers om 18u45.

3. Licht
   - Cuelist versie 7 staat op de console en als back-up op de USB-stick in de lichtkoffer.
   - Admin-PIN lichttafel: 2207 (alleen gebruiken als de console vastloopt, anders niet aankomen).
   - Geen stroboscoop zonder aankondiging in de zaal.

4. Veiligheid
   - Nooduitgangen vrij, kabels getapet, brandweerbezoek dinsdag 14u.
   - Na de laatste voorstelling afbraak tot 24u, daarna alles in de opslag van de zaal.

Bart
""", rules=['password'], fmt=['plain', 'word-paste'], group=G, note='long Word note with an admin PIN in passing')

M('betaalterminal-beheerderscode', HW, [TG], 'Betaalterminal voorstellingen', f"""Tom,

De bank heeft de mobiele betaalterminal (CCV) geleverd. Om het dagtotaal af te drukken na de voorstelling:
menu > Beheer > Dagafsluiting, beheerderscode 1357.
Gewone betalingen lukken zonder code.

{SIG['HW']}
""", rules=['password'], fmt=['plain'], group=G, note='admin code of the payment terminal')

M('gedeelde-muziekmap-wachtwoord', ADW, [LVP], 'gedeelde map muziek', """Hoi Lien,

Het wachtwoord van de gedeelde muziekmap op de NAS is hetzelfde als vorig jaar maar met 2025 in plaats van
2024, dus Partituur2025. Daar vind je ook de oefentracks voor de dansnummers (map 'Dans - tracks').

Groetjes,
Annelies
""", rules=['password'], fmt=['plain'], group=G, note='password given as "same as last year" with the full value')

M('portail-fournisseurs-fr', HW, [CAMILLE], 'Portail fournisseurs - facture ateliers', f"""Madame Dufour,

Afin de pouvoir introduire votre facture pour les ateliers de chorégraphie, nous avons créé un accès au
portail fournisseurs de l'école.

Identifiant : camille.dufour
Mot de passe provisoire : Envol-4417

Vous devrez le modifier lors de la première connexion.

Cordialement,
Hilde Wuyts - Comptabilité
Sint-Pieterscollege Leuven
""", lang='fr', rules=['password'], fmt=['plain'], group=G, note='provisional portal password for the choreographer, French')

M('teams-overleg-en-login', TG, [KV], 'Overleg ticketverkoop + login', f"""Katrien,

Hierbij de uitnodiging voor het overleg over de ticketverkoop.

________________________________________________________________________________
Microsoft Teams-vergadering
Deelnemen op uw computer, mobiele app of vergaderruimte
Klik hier om deel te nemen aan de vergadering
Vergadering-ID: 345 882 901 17
Wachtwoordcode: xK8pQ2
________________________________________________________________________________

PS: als je vooraf al de cijfers wil bekijken, login ticketkraam: directie.stroom / wachtwoord Kassa!2025

Tom
""", rules=['password'], fmt=['plain'], group=G,
  note='Teams passcode is allowed, but the postscript carries the ticket shop password')

M('wachtwoorden-regie-txt', WL, [NC], 'Voor als ik ziek ben', """Nele,

Voor het geval dat ik tijdens de voorstellingsweek uitval: in bijlage alles wat je nodig hebt om de regiekamer
en de repetitieruimte open te krijgen. Niet doorsturen aub.

Ward
""", atts=[A_txt('wachtwoorden_regie.txt', 'REGIE DIJLELICHT\r\nWifi SPC-Event: Musical-Avond-25\r\nSleutelkluis repetitielokaal: 2580\r\nLichtcomputer: licht / Spot!Licht88\r\nVimeo: musical@spc.ksleuven.be / Vim-Stroom-19\r\n')],
  rules=['password'], fmt=['plain', 'attachment-txt'], group=G, note='.txt attachment with Wi-Fi key, key safe code and logins')

M('gastaccounts-externen-docx', DH, [WL], 'Gastaccounts externen musical', f"""Ward,

De gastaccounts voor de choreografe en de klankontwerper zijn aangemaakt. De gegevens staan in het
document in bijlage; geef ze persoonlijk door en niet via Smartschool.

{SIG['DH']}
""", atts=[A_docx('Gastaccounts_externen.docx', ['Gastaccounts externen - musical Dijlelicht',
                                                 'Camille Dufour (choreografie): camille.guest@spc.ksleuven.be - startwachtwoord Plie-5531',
                                                 'Oliver Brannigan (klank): oliver.guest@spc.ksleuven.be - startwachtwoord Backstage-77',
                                                 'Geldig tot 31/03/2025.'])],
  rules=['password'], fmt=['plain', 'attachment-docx'], group=G, note='start passwords of external guests inside a .docx')

M('kassavrijwilligers-logins-xlsx', HW, [TG], 'Kassavrijwilligers: logins', f"""Tom,

In bijlage de lijst van de kassavrijwilligers met hun login voor de kassa-app. Elke vrijwilliger heeft een
eigen pincode, zodat we achteraf de kasverschillen kunnen nagaan.

{SIG['HW']}
""", atts=[A_xlsx('kassavrijwilligers_dijlelicht.xlsx', [['Naam', 'Avond', 'Login kassa-app', 'Pincode'],
                                                         ['Marleen Aerts', 'vrijdag 21/3', 'kassa01', '5521'],
                                                         ['Jan Segers', 'vrijdag 21/3', 'kassa02', '8034'],
                                                         ['Ann Thys', 'zaterdag 22/3', 'kassa03', '1190'],
                                                         ['Luc Bogaerts', 'zondag 23/3', 'kassa04', '6647']])],
  rules=['password'], fmt=['plain', 'attachment-xlsx'], group=G, note='xlsx with PINs of the cash-desk volunteers')

WIFI = [['SPC-Event', 'Musical-Avond-25', 'kassa, techniek, regie'], ['SPC-Gast', '(geen sleutel, webportaal)', 'publiek'],
        ['SPC-Personeel', 'eigen schoolaccount', 'personeel']]
M('wifi-voorstellingen-tabel', WL, [TG], 'Wifi tijdens de voorstellingen',
  'Tom,\n\nVoor de kassa in de foyer:\n\n' + table_plain(['Netwerk', 'Sleutel', 'Voor wie'], WIFI) + '\n\nWard\n',
  html=html_doc(p_html('Tom,\n\nVoor de kassa in de foyer:') + table_html(['Netwerk', 'Sleutel', 'Voor wie'], WIFI) + p_html('Ward')),
  rules=['password'], fmt=['alt', 'html-table'], group=G, note='Wi-Fi key in an Outlook table')

M('kopieercode-scripts', GB, [WL], 'Kopiëren scripts', """Ward,

De scripts (86 blz. x 40) kopieer je best zelf op de grote kopieermachine in de leraarskamer:
kies 'Account' en geef code 6620 in (kostenplaats musical). Niet op je eigen code, anders betaal je het zelf ;-)

Greet
""", rules=['password'], fmt=['plain'], group=G, note='copier account code')


# ===========================================================================
# 2. credential look-alikes - 15 (rules [])
# ===========================================================================
G = 'lookalike'

M('bevestiging-bestelling-tickets', TICK, [P['emma_w']['p2']], 'Uw bestelling TK-2025-004812', f"""Beste meneer Wouters,

Uw bestelling werd goed ontvangen en betaald.

Bestelnummer: TK-2025-004812
Voorstelling: zaterdag 22 maart 2025, 19u30 - Zaal De Pelikaan, Kessel-Lo
Plaatsen: rij H, stoelen 3 t.e.m. 6 (4 volwassenen)

De e-tickets volgen in een aparte mail als pdf. Bij vragen vermeldt u best uw bestelnummer.

Met vriendelijke groeten,
{SIG['TG']}
""", rules=[], fmt=['plain'], group=G, note='order number and seat numbers open nothing')

SEATS = [['Schepen van onderwijs + partner', 'C', '11-12'], ['Voorzitter schoolbestuur', 'C', '13'],
         ['Directie Stroom (2)', 'C', '14-15'], ['Pers (Het Nieuwsblad regio)', 'D', '9'], ['Choreografe + gast', 'D', '10-11']]
M('genodigden-premiere-plaatsen', TG, [KV], 'Gereserveerde plaatsen genodigden première',
  'Katrien,\n\nDit zijn de plaatsen die ik voor de genodigden op vrijdag 21/3 heb vastgezet in Ticketkraam:\n\n'
  + table_plain(['Genodigde', 'Rij', 'Stoel(en)'], SEATS) + '\n\nDe kaartjes liggen aan de kassa op naam.\n\nTom\n',
  html=html_doc(p_html('Katrien,\n\nDit zijn de plaatsen die ik voor de genodigden op vrijdag 21/3 heb vastgezet in Ticketkraam:')
                + table_html(['Genodigde', 'Rij', 'Stoel(en)'], SEATS) + p_html('De kaartjes liggen aan de kassa op naam.\n\nTom')),
  rules=[], fmt=['alt', 'html-table'], group=G, note='seat numbers table, no secret')

M('reservatie-zaal-technische-fiche', WL, [PELIKAAN], 'Reservatie PEL-2025-0317 - technische fiche', f"""Geachte,

Voor onze reservatie PEL-2025-0317 (17 t.e.m. 23 maart, grote zaal) bezorg ik u hierbij onze technische
noden. We komen met eigen licht- en geluidstafel; we hebben van de zaal graag 6 trekken, de vaste frontbrug
en 2 x 32A krachtstroom aan de achterzijde van het podium.

Kan u bevestigen dat de opbouw maandag om 10u kan starten?

Met vriendelijke groeten,
{SIG['WL']}
""", rules=[], fmt=['plain'], group=G, note='booking code of the hall is a reference, not a credential')

M('repetitie-scenes-en-nummers', ADW, [LVP], 'Repetitie dinsdag: scènes & nummers', """Lien,

Dinsdag wil ik graag deze volgorde aanhouden:

- 15u30 scène 7, nummer 12 'Morgen is van ons', maat 33-64 (ensemble + dans)
- 16u15 scène 9, nummer 15 'Over het water' (alleen koor)
- 16u45 scène 11, finale: nummer 18 + reprise nummer 1

Kunnen jouw dansers na nummer 12 blijven voor de finale?

Annelies
""", rules=[], fmt=['plain'], group=G, note='scene, song and bar numbers')

M('re-wachtwoord-ticketkraam-vergeten', DH, [LS], 'RE: Wachtwoord Ticketkraam vergeten', f"""Greet,

Ik stuur nooit wachtwoorden via mail, ook niet intern. Ga naar beheer.ticketkraam.be, klik op
'Wachtwoord vergeten?' en je krijgt een resetlink op het adres tickets@. Lukt het niet, kom dan even
langs in lokaal A012.

{SIG['DH']}

""" + quote(ol_hdr('Leerlingensecretariaat SPC', 'woensdag 5 februari 2025 11:20', 'Dirk Hulsbosch',
                   'Wachtwoord Ticketkraam vergeten') + """
Dirk, ik ben het wachtwoord van het ticketaccount kwijt, kan jij het me sturen? Greet
"""), irt=True, rules=[], fmt=['plain', 'reply'], group=G, note='about a password reset without any password')

M('wachtwoord-verloopt', ICT, [WL], 'Uw wachtwoord verloopt binnen 5 dagen', """Beste Ward Lemmens,

Het wachtwoord van uw schoolaccount ward.lemmens@sintpieterscollege.be verloopt binnen 5 dagen.
Wijzig het tijdig via https://account.spc.ksleuven.be > 'Wachtwoord wijzigen'.

Let op: de ICT-dienst zal u nooit via mail naar uw wachtwoord vragen.

ICT Sint-Pieterscollege
""", rules=[], fmt=['plain'], mailer='ICT-notificaties', group=G, note='password expiry notice without a password')

M('teams-meeting-sound-design-en', WL, [OLIVER], 'Teams: sound design check-in', f"""Hi Oliver,

As agreed, a quick call to go through the cue list before the technical week.

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting
Meeting ID: 371 884 220 915
Passcode: Vb3qRt
________________________________________________________________________________

Talk soon,
Ward
""", lang='en', rules=[], fmt=['plain'], group=G, note='meeting passcode inside an invitation is allowed')

M('gestructureerde-mededelingen-verwerkt', HW, [TG], 'Betalingen tickets via overschrijving', f"""Tom,

De betalingen via overschrijving van week 9 zijn verwerkt. Alle bestellingen met gestructureerde
mededeling +++090/2025/03171+++ tot en met +++090/2025/03248+++ mogen in Ticketkraam op 'betaald'.
Twee bestellingen (TK-2025-004730 en TK-2025-004791) hebben een fout bedrag overgemaakt, ik neem contact op.

{SIG['HW']}
""", rules=[], fmt=['plain'], group=G, note='payment references and order numbers')

M('lokalen-repetities-verhuis', LS, [WL], 'Lokalen repetities volgende week', """Ward,

Door de examens van de zesdes verhuizen jullie repetities volgende week:
- 4PK (vakcode MUZ-PK4) naar lokaal B214
- 5MU blijft in muzieklokaal M03
- dansrepetitie woensdag naar de kleine turnzaal (T2)

Greet
""", rules=[], fmt=['plain'], group=G, note='room numbers and class/course codes')

M('code-coffre-demande-accueil-fr', WL, [CAMILLE], 'RE: code du coffre', """Bonjour Camille,

Pour le code du coffre à clés, demande-le à Greet à l'accueil jeudi matin ; je préfère ne pas l'envoyer
par mail. Elle est là à partir de 7h45.

Ward
""", lang='fr', irt=True, rules=[], fmt=['plain', 'reply'], group=G, note='refers to the key safe code without giving it')

M('factuur-klantnummer-kostuumhuis', NC, [KOSTUUM], 'Factuur 2025-0142 - klantnummer 88213', f"""Goedemiddag,

In uw factuur 2025-0142 (klantnummer 88213) staan 14 mantels aangerekend; wij hebben er maar 12
gehuurd (zie leveringsbon LB-5530). Mag ik een creditnota vragen voor de twee andere?

Met vriendelijke groeten,
{SIG['NC']}
Sint-Pieterscollege Leuven
""", rules=[], fmt=['plain'], group=G, note='invoice, customer and delivery numbers')

M('licence-agreement-performance-dates-en', WL, [RIGHTS], 'Licence CUR-EU-55721 - performance dates', f"""Dear licensing team,

Regarding our licence agreement no. CUR-EU-55721 for the school production, please find our final
performance dates: Friday 21, Saturday 22 and Sunday 23 March 2025, venue capacity 420 seats.
We will report the ticket revenue within 30 days after the last performance, as stipulated in clause 6.

Kind regards,
Ward Lemmens
Director, Sint-Pieterscollege Leuven (Belgium)
""", lang='en', rules=[], fmt=['plain'], group=G, note='licence agreement number is not a secret')

SC = [['1', 'Proloog', '1 Ouverture', '1-48'], ['3', 'De molen', '4 Het wiel draait', '17-80'],
      ['7', 'Het feest', '12 Morgen is van ons', '33-64'], ['11', 'Finale', '18 Dijlelicht', 'volledig']]
M('planning-doorloop-per-scene', ADW, [WL], 'Planning doorloop per scène',
  'Ward,\n\nVoorstel voor de doorloop van zaterdag:\n\n' + table_plain(['Scène', 'Titel', 'Nummer', 'Maten'], SC) + '\n\nAnnelies\n',
  html=html_doc(p_html('Ward,\n\nVoorstel voor de doorloop van zaterdag:') + table_html(['Scène', 'Titel', 'Nummer', 'Maten'], SC) + p_html('Annelies')),
  rules=[], fmt=['alt', 'html-table'], group=G, note='table of scene, song and bar numbers')

M('zoom-atelier-choregraphie-fr', LVP, [CAMILLE], 'Réunion Zoom - préparation atelier', """Bonjour Camille,

Voici le lien pour notre réunion de préparation de lundi à 20h.

Lien : https://us06web.zoom.us/j/84211905532
ID de réunion : 842 1190 5532
Code secret : 771204

À lundi,
Lien Vandeputte
""", lang='fr', rules=[], fmt=['plain'], group=G, note='Zoom meeting passcode in an invitation, allowed by default')

M('tekstwijziging-scene4-wachtwoord', WL, [ADW], 'Tekstwijziging scène 4', """Annelies,

Kleine tekstwijziging in scène 4, zodat het lied beter aansluit:

WACHTER: Halt! Wat is het wachtwoord?
DIJLEKIND: Het licht van de rivier.
WACHTER: Ga dan maar door, de poort staat open.

Nummer 6 ('Poortlied') schuift op tot na deze dialoog. Kan de band de intro met 4 maten verlengen?

Ward
""", rules=[], fmt=['plain'], group=G, note='a "password" that is a line of the play script, opens nothing')


# ===========================================================================
# 3. sensitive - 40 (20 to colleagues/partners, 11 correctly addressed to parents, 9 misdirected)
# ===========================================================================
G = 'sensitive'

CAST = [['Dijlekind', P['lotte_p']['full'], '4PK', '-'],
        ['De Wachter', P['noah']['full'], '5PK', '-'],
        ['Molenaarsvrouw', P['amira']['full'], '3PK', 'latexallergie: geen latex pruikkapjes of schmink met latex, EpiPen in haar rugzak'],
        ['Schipper', P['wout']['full'], '6MU', 'epilepsie - geen stroboscoop tijdens zijn scènes'],
        ['Koor sopraan', P['elise']['full'], '5MU', 'ASS: oorbeschermers tussen de scènes, vaste plek in de coulissen'],
        ['Stadsbode', P['milan_h']['full'], '4MU', 'ADHD, neemt medicatie om 12u; na 16u extra pauze voorzien'],
        ['Rivierstem', P['yasmine']['full'], '5PK', '-'],
        ['Koor alt', P['zoe']['full'], '6PK', '-']]
CAST_H = ['Rol', 'Leerling', 'Klas', 'Aandachtspunten']
cast_intro = ('Dag Annelies,\n\nHier de definitieve castlijst. In de laatste kolom de aandachtspunten die de ouders '
              'op het inschrijvingsformulier invulden - hou daar rekening mee bij de repetitieplanning.')
CAST_PLAIN = cast_intro + '\n\n' + table_plain(CAST_H, CAST) + '\n\nWard\n'
M('castlijst-aandachtspunten', WL, [ADW], 'Castlijst Dijlelicht + aandachtspunten', CAST_PLAIN,
  html=html_doc(p_html(cast_intro) + table_html(CAST_H, CAST) + p_html('Ward')),
  rules=['sensitive'], cats=['medical', 'care'], about=pid('amira', 'wout', 'elise', 'milan_h'),
  fmt=['alt', 'html-table'], group=G, note='cast table with allergy, epilepsy, ASS and ADHD remarks per named pupil')

M('yasmine-paniekaanval-repetitie', WL, [YEI], 'Yasmine (5PK) - paniekaanval tijdens de doorloop', f"""Youssef,

Gisteren tijdens de doorloop kreeg Yasmine El Amrani vlak voor haar solo een paniekaanval: hyperventileren,
trillen, ze kon tien minuten niet spreken. Lien heeft haar naar de kleedkamer begeleid.
Achteraf vertelde ze dat ze al weken slecht slaapt door de voorstelling en dat het thuis ook 'te veel' is.

Ik wil haar rol niet afnemen, maar ik wil haar ook niet kapotmaken. Kan jij deze week met haar praten?

{SIG['WL']}
""", rules=['sensitive'], cats=['psychosocial'], about=pid('yasmine'), fmt=['plain'], group=G,
  note='stage fright / panic attack of a named pupil, internal')

M('arne-ligaments-fr', WL, [CAMILLE], 'Arne ne pourra plus danser', """Bonjour Camille,

Mauvaise nouvelle : Arne Vandenbroeck s'est déchiré les ligaments de la cheville droite samedi au basket.
Le médecin lui a mis une attelle pour six semaines et il doit arrêter la danse jusqu'après les vacances
de Pâques. Il ne pourra donc pas faire les représentations.

Jonas reprendra sa partie dans le numéro 9. Est-ce que tu peux prévoir une demi-heure avec lui mardi ?

Merci,
Ward
""", lang='fr', rules=['sensitive'], cats=['medical'], about=pid('arne'), fmt=['plain'], group=G,
  note='injury and medical advice of a named pupil sent to the external choreographer, French')

M('kostuumbijdrage-kiara', NC, [BOEK], 'Kostuumbijdrage Kiara Mbala (3PK)', f"""Dag Hilde,

De mama van Kiara Mbala kwam gisteren langs na de repetitie. Ze kan de 45 euro voor het kostuum niet
betalen: ze is sinds januari werkloos en krijgt een leefloon via het OCMW.
Kan dit via het solidariteitsfonds, of anders een afbetaling in drie keer? Ik wil niet dat Kiara daardoor
uit de cast valt.

{SIG['NC']}
""", rules=['sensitive'], cats=['financial'], about=pid('kiara'), fmt=['plain'], group=G,
  note='family cannot pay the costume, social assistance')

M('afhalen-mila-verbeke', WL, [LS], 'Afhalen Mila Verbeke (4PK) na de repetities', f"""Dag Greet,

De ouders van Mila Verbeke (4PK) zijn aan het scheiden. Vanaf nu haalt papa (Pieter Verbeke) haar op
woensdag en tijdens het voorstellingsweekend op; mama op de andere dagen.
Mama vroeg uitdrukkelijk om Mila niet mee te geven met de nieuwe partner van papa.
Ze liet ook weten dat papa de musicalbijdrage niet meer wil betalen; ze vraagt of ze die gespreid kan betalen.

Kan jij dit in de nota's bij de afhaallijst zetten en de vraag over de betaling doorgeven aan Hilde?

{SIG['WL']}
""", rules=['sensitive'], cats=['family', 'financial'], about=pid('mila'), fmt=['plain'], group=G,
  note='separating parents, pick-up arrangement, payment problem')

M('pesten-dansgroep-jasper-seppe', LVP, [YEI], 'Pesten in de dansgroep - Jasper De Smet / Seppe Willems', f"""Dag Youssef,

Ik wil iets melden uit de dansgroep van de tweedes. Jasper De Smet (2B) wordt al een paar weken
uitgelachen tijdens de repetities. Seppe Willems (2B) filmt hem stiekem tijdens de pasjes en zet de filmpjes
in een Snapchatgroep van de klas met spottende commentaar. Gisteren heeft Jasper in de kleedkamer zitten
huilen en zei hij dat hij wil stoppen met de musical.

Ik heb Seppe aangesproken; hij ontkent. Kunnen we dit samen opnemen? Sofie zit in cc.

{SIG['LVP']}
""", cc=[SVH], rules=['sensitive'], cats=['psychosocial'], about=pid('jasper', 'seppe'), fmt=['plain'], group=G,
  note='bullying victim and perpetrator named, internal with colleague in CC')

M('incident-regiekamer-thibault', WL, [KV], 'Incident regiekamer - Thibault Leclercq (5PK)', f"""Katrien,

Thibault Leclercq heeft gisteren tijdens de pauze in de regiekamer gevapet en daarbij koffie over het
toetsenbord van de lichtcomputer gegooid. Toen Bart hem aansprak, werd hij zeer agressief en heeft hij hem
uitgescholden en tegen de deur geduwd.

Voorstel: ordemaatregel, twee repetities uitgesloten en een herstelgesprek met Bart. De ouders zijn nog
niet verwittigd; ik bel vanavond de mama.

{SIG['WL']}
""", cc=[YEI], rules=['sensitive'], cats=['psychosocial'], about=pid('thibault'), fmt=['plain'], group=G,
  note='behaviour incident with disciplinary consequence')

M('zorg-om-fien', NC, [SVH], 'Zorg om een leerlinge uit 6PK', """Sofie,

Bij het passen van de kostuums vanmiddag zag ik verse snijwondjes op de onderarmen van Fien Van Damme.
Ze trok snel haar mouwen naar beneden en zei dat het van de kat was. Ik heb niets gezegd maar ik maak me
echt zorgen. Wat moet ik doen? Graag discreet behandelen.

Nele
""", rules=['sensitive'], cats=['psychosocial'], about=pid('fien'), fmt=['plain'], group=G,
  note='suspected self-harm of a named pupil')

M('factuur-ocmw-sarah-dumont', BOEK, [OCMW], 'Factuur schoolkosten musical - Sarah Dumont', f"""Geachte,

Zoals afgesproken met uw maatschappelijk werker bezorgen wij u de factuur voor de musicalkosten van
Sarah Dumont (6MU), die ten laste van het OCMW worden genomen in het kader van haar begeleiding.
U vindt de factuur in bijlage.

Met vriendelijke groeten,
{SIG['HW']}
""", atts=[A_pdf('factuur_2025-0311_Dumont.pdf', ['Sint-Pieterscollege Leuven - Boekhouding', 'Factuur 2025-0311',
                                                 'Leerling: Sarah Dumont (6MU)', 'Ten laste van: OCMW Dijlegem (dossier schoolkosten)',
                                                 'Musicalbijdrage + kostuum: 60,00 EUR', f'Te betalen op {IBAN_SCHOOL}',
                                                 'Mededeling: +++311/2025/00077+++'])],
  rules=['sensitive', 'personal_data'], cats=['financial'], about=pid('sarah_d'), fmt=['plain', 'attachment-pdf'],
  group=G, note='OCMW pays the costs of a named pupil; PDF carries a valid IBAN')

M('afbetalingsplan-nina', HW, [('Stijn Coppens', P['nina']['p1'])], 'Afbetalingsplan schoolrekening Nina', f"""Beste meneer Coppens,

Zoals telefonisch besproken bevestig ik het afbetalingsplan voor de openstaande schoolrekening van Nina.

Openstaand bedrag: 312,40 euro (waarvan 45 euro musicalbijdrage)
Afbetaling: 4 x 78,10 euro, telkens op de 15de van maart, april, mei en juni.

Nina kan gewoon verder deelnemen aan de musical; de klastitularis is niet op de hoogte.

Met vriendelijke groeten,
{SIG['HW']}
""", rules=['sensitive'], cats=['financial'], about=pid('nina'), fmt=['plain'], group=G,
  note="payment plan sent to the pupil's own father")

M('note-choir-member-ear-defenders-en', ADW, [OLIVER], 'Note on one of our choir members', """Hi Oliver,

One practical thing for the sound design: Elise Vos (choir, soprano) is autistic and very sensitive to sudden
loud sounds. Her care plan allows her to wear ear defenders between scenes. Could you keep the monitor levels
in the left wing lower and warn us before you test the thunder effect in scene 8?

Thanks a lot,
Annelies
""", lang='en', rules=['sensitive'], cats=['care'], about=pid('elise'), fmt=['plain'], group=G,
  note='autism and care plan of a named pupil sent to the external sound designer, English')

M('geen-stroboscoop-scene8', WL, [BS], 'Geen stroboscoop in scène 8', """Bart,

Wout Mertens (de Schipper) heeft epilepsie en zijn neuroloog raadt flitslicht af. Kan je het
stroboscoopeffect in scène 8 vervangen door iets anders (bliksem met de blinders?)?
Hij heeft ook medicatie bij in de kleedkamer, zijn ouders brengen het protocol nog binnen.

Ward
""", rules=['sensitive'], cats=['medical'], about=pid('wout'), fmt=['plain'], group=G,
  note='epilepsy and medication of a named pupil')

M('dylan-geen-fotos-pleeggezin', LS, [WL], "Dylan Lambert - geen foto's", f"""Ward,

Dylan Lambert (3PK) woont sinds september in een pleeggezin; de plaatsing gebeurde via de jeugdrechter.
De pleegouders vragen dat hij op geen enkele foto of film van de musical herkenbaar staat, ook niet op de
schoolwebsite of in het jaarboek. Kan je dat doorgeven aan de fotograaf zonder de reden te vermelden?

{SIG['GB']}
""", rules=['sensitive'], cats=['family'], about=pid('dylan'), fmt=['plain'], group=G, note='foster placement of a named pupil')

M('toestemming-beeldmateriaal-uitzonderingen', KV, [WL], 'Toestemming beeldmateriaal - uitzonderingen', f"""Ward,

Na het nakijken van de toestemmingsformulieren zijn er drie uitzonderingen voor de fotograaf en de
filmploeg:

- Ilias Benali (4PK): mama geeft geen toestemming. De vader zit in de gevangenis en ze wil niet dat hij
  Ilias via Facebook of de schoolsite terugvindt.
- Dylan Lambert (3PK): niet herkenbaar in beeld (zie mail van Greet).
- Oscar Lemaire (6PK): alleen groepsfoto's, geen close-ups.

Alle andere leerlingen van de cast hebben toestemming gegeven.

{SIG['KV']}
""", rules=['sensitive'], cats=['family'], about=pid('ilias', 'dylan', 'oscar'), fmt=['plain'], group=G,
  note='photo consent list mentions in passing that a pupil’s father is in prison')

M('ruben-script-aangepast', SVH, [ADW], 'Ruben Jacobs (3MU) - aangepast script', f"""Dag Annelies,

Ruben Jacobs heeft dyslexie (attest in zijn dossier, opgevolgd door het CLB). In zijn handelingsplan staan
deze redelijke aanpassingen, die ook voor de musical gelden:
- teksten en partituren in Arial 14 met extra regelafstand;
- zijn tekst vooraf als audiobestand;
- niet onverwacht laten voorlezen voor de groep.

Kan jij zijn script op die manier laten afdrukken?

{SIG['SVH']}
""", rules=['sensitive'], cats=['care'], about=pid('ruben'), fmt=['plain'], group=G, note='dyslexia, CLB follow-up and adjustments')

UNPAID = [['Leerling', 'Klas', 'Openstaand', 'Opmerking'],
          [P['kiara']['full'], '3PK', '45,00', 'solidariteitsfonds aangevraagd, mama leefloon'],
          [P['sarah_d']['full'], '6MU', '60,00', 'OCMW betaalt, factuur verstuurd'],
          [P['nina']['full'], '4PK', '45,00', 'afbetalingsplan 4 x'],
          [P['bilal']['full'], '3MU', '15,00', 'schooltoeslag - sociaal tarief'],
          [P['mila']['full'], '4PK', '45,00', 'ouders gescheiden, mama betaalt gespreid']]
M('openstaande-musicalbijdragen-csv', BOEK, [WL], 'Openstaande musicalbijdragen', f"""Ward,

In bijlage de lijst van de leerlingen van de cast bij wie de musicalbijdrage nog openstaat, met de afspraken
die we gemaakt hebben. Graag niemand aanspreken op de repetitie; bij vragen verwijs je naar mij.

{SIG['HW']}
""", atts=[A_csv('openstaand_musical_2025.csv', UNPAID)], rules=['sensitive'], cats=['financial', 'family'],
  about=pid('kiara', 'sarah_d', 'nina', 'bilal', 'mila'), fmt=['plain', 'attachment-csv'], group=G,
  note='CSV list of unpaid contributions with social assistance and a divorce per named pupil')

M('louise-geen-liften', LVP, [WL], 'Louise - geen liften meer', """Ward,

Louise Verhaegen heeft me vandaag in vertrouwen verteld dat ze 14 weken zwanger is. Ze wil in de cast
blijven, maar geen liften en geen sprongen meer in nummer 3 en nummer 11. Ik herschik de choreografie;
kan jij de plaatsing in scène 3 aanpassen? Ze wil niet dat de groep het weet.

Lien
""", rules=['sensitive'], cats=['medical'], about=pid('louise'), fmt=['plain'], group=G, note='pregnancy of a named pupil')

M('fwd-castlijst-naar-hotmail', ADW, [('Annelies', 'annelies.dw@hotmail.com')], 'Fwd: Castlijst Dijlelicht + aandachtspunten',
  'Om thuis op de grote computer af te drukken.\n\n' + fwd_hdr('Ward Lemmens <ward.lemmens@sintpieterscollege.be>',
                                                              'ma 20 jan. 2025 om 08:12', 'Castlijst Dijlelicht + aandachtspunten',
                                                              'Annelies De Wachter <annelies.dewachter@sintpieterscollege.be>')
  + '\n' + CAST_PLAIN, rules=['sensitive', 'private_account'], cats=['medical', 'care'],
  about=pid('amira', 'wout', 'elise', 'milan_h'), fmt=['plain', 'forward'], group=G,
  note='teacher forwards the cast list with health remarks to her own hotmail address')

M('schmink-latexallergie', NC, [GRIME], 'Schmink voorstellingen - allergie', f"""Goedemiddag,

Voor de schmink van 21 tot 23 maart nog een belangrijk punt: een van onze leerlingen, Amira Haddad
(de Molenaarsvrouw), heeft een ernstige latexallergie en heeft altijd een EpiPen bij. Graag voor haar
uitsluitend latexvrije producten, sponsjes en pruikkapjes gebruiken.

Met vriendelijke groeten,
{SIG['NC']}
Sint-Pieterscollege Leuven
""", rules=['sensitive'], cats=['medical'], about=pid('amira'), fmt=['plain'], group=G,
  note='allergy of a named pupil sent to the external make-up company')

M('aanmelding-clb-yasmine', YEI, [CLB], 'Aanmelding Yasmine El Amrani (5PK)', f"""Dag An,

Na overleg met de ouders melden we Yasmine El Amrani (5PK) aan bij het CLB.
Sinds de repetities voor de musical heeft ze paniekaanvallen, slaapt ze slecht en uit ze veel faalangst.
De ouders gaan akkoord met een begeleiding door het CLB; de zorgcoördinator vraagt of een traject bij een
therapeut aangewezen is.

Kunnen we volgende week een MDO plannen?

{SIG['YEI_TEL']}
""", rules=['sensitive', 'personal_data'], cats=['psychosocial', 'care'], about=pid('yasmine'), fmt=['plain'], group=G,
  note='CLB referral with panic attacks; signature carries a Belgian phone number')

# --- correctly addressed to the pupil's own parent ------------------------
M('innige-deelneming-hanne', WL, [('Bert Goossens', P['hanne']['p1'])], 'Innige deelneming', f"""Beste meneer Goossens,

Via de klastitularis hoorde ik dat de oma van Hanne overleden is. Namens het hele musicalteam: veel sterkte
aan jullie allemaal. Ik weet hoe close Hanne met haar oma was.

Hanne hoeft zich geen zorgen te maken over de repetities deze week; haar understudy neemt over en Hanne mag
terugkomen wanneer ze er klaar voor is.

Hartelijke groet,
{SIG['WL']}
""", rules=['sensitive'], cats=['family'], about=pid('hanne'), fmt=['plain'], group=G, note="death in the family, sent to the pupil's own father")

M('stan-val-repetitie', ADW, [('Kim Peeters', P['stan']['p1'])], 'Stan - val tijdens de repetitie', f"""Beste mevrouw Peeters,

Stan is vandaag bij het opbouwen van het podium van de trap gevallen en met zijn hoofd tegen de rand
gebotst. De EHBO-verantwoordelijke vermoedt een lichte hersenschudding; hij was even misselijk. We hebben
hem met de ambulance naar de spoed van AZ Dijlevallei laten brengen, uw man was er om 15u30.

Laat u ons weten hoe het met hem gaat en wanneer hij weer mag spelen?

{SIG['ADW_TEL']}
""", rules=['sensitive', 'personal_data'], cats=['medical'], about=pid('stan'), fmt=['plain'], group=G,
  note="injury and hospital visit, to the pupil's mother; signature phone number")

M('gesprek-over-yasmine', YEI, [('Fatima Bouzid', P['yasmine']['p2'])], 'Gesprek over Yasmine', f"""Beste mevrouw Bouzid,

Zoals telefonisch afgesproken bevestig ik ons gesprek van donderdag om 16u in lokaal A105.
We bespreken de paniekaanvallen van Yasmine tijdens de repetities en hoe we haar kunnen helpen met de
podiumangst. Ik stel ook voor om het CLB in te schakelen.

Met vriendelijke groeten,
{SIG['YEI']}
""", rules=['sensitive'], cats=['psychosocial'], about=pid('yasmine'), fmt=['plain'], group=G,
  note="panic attacks, sent to the pupil's mother whose address does not carry the pupil's surname")

M('jasper-pesterijen-vader', YEI, [('Jan De Smet', P['jasper']['p2'])], 'Jasper - pesterijen in de dansgroep', f"""Beste meneer De Smet,

Dank voor uw telefoontje. We hebben met de dansdocente gesproken: Jasper werd de voorbije weken tijdens de
repetities uitgelachen en gefilmd door een klasgenoot. We hebben de medeleerling gesproken en de filmpjes
laten verwijderen. Jasper mag bij mij terecht wanneer hij wil; ik spreek hem maandag opnieuw.

Met vriendelijke groeten,
{SIG['YEI']}
""", rules=['sensitive'], cats=['psychosocial'], about=pid('jasper'), fmt=['plain'], group=G, note="bullying victim, to his own father")

M('afhalen-mila-woensdag-vader', WL, [('Pieter Verbeke', P['mila']['p2'])], 'Afhalen Mila op woensdag', f"""Beste meneer Verbeke,

Mevrouw De Smet liet ons weten dat u sinds de scheiding Mila op woensdag en tijdens het voorstellingsweekend
ophaalt. We hebben dat genoteerd op de afhaallijst. De repetitie op woensdag eindigt om 16u30; Mila wacht
aan de ingang van de aula.

Met vriendelijke groeten,
{SIG['WL']}
""", rules=['sensitive'], cats=['family'], about=pid('mila'), fmt=['plain'], group=G, note="divorce and pick-up arrangement, to the pupil's father")

M('aanpassingen-ruben-moeder', SVH, [('Tine Jacobs', P['ruben']['p1'])], 'Aanpassingen voor Ruben tijdens de musical', f"""Beste mevrouw Jacobs,

De aanpassingen uit het handelingsplan van Ruben (dyslexie) gelden ook voor de musical: zijn script wordt
in een groter lettertype gedrukt en hij krijgt zijn tekst vooraf als audiobestand. Ik heb dat met
mevrouw De Wachter besproken.

Met vriendelijke groeten,
{SIG['SVH']}
""", rules=['sensitive'], cats=['care'], about=pid('ruben'), fmt=['plain'], group=G, note="dyslexia adjustments, to the pupil's mother")

M('milan-medicatie-repetitiedagen', ADW, [P['milan_h']['p1']], 'Milan - medicatie op repetitiedagen', f"""Beste ouders van Milan,

Op de lange repetitiedagen (zaterdag 15/3 en de voorstellingsweek) duren de repetities tot 21u. Omdat
Milan zijn ADHD-medicatie 's middags neemt, vroeg ik me af of hij een tweede dosis nodig heeft en of die
via het medicatieformulier aan de EHBO moet worden gegeven. We voorzien voor hem alvast extra pauzes.

Met vriendelijke groeten,
{SIG['ADW']}
""", rules=['sensitive'], cats=['care', 'medical'], about=pid('milan_h'), fmt=['plain'], group=G, note="ADHD and medication, to the pupil's parents")

M('arne-moet-stoppen-moeder', WL, [('Inge Smets', P['arne']['p2'])], 'Arne en de voorstellingen', f"""Beste mevrouw Smets,

Dank u voor het doktersattest. Jammer genoeg betekent een gescheurde enkelband met zes weken spalk dat Arne
niet kan dansen tijdens de voorstellingen. We vinden het heel spijtig voor hem. Als hij wil, mag hij mee
achter de schermen als assistent-regie; dan blijft hij deel van de groep.

Met vriendelijke groeten,
{SIG['WL']}
""", rules=['sensitive'], cats=['medical'], about=pid('arne'), fmt=['plain'], group=G, note="injury, to the pupil's mother (surname differs)")

M('costume-kiara-fonds-solidarite-fr', NC, [('Grace Mbala', P['kiara']['p1'])], 'Costume de Kiara', f"""Madame Mbala,

Suite à notre conversation de lundi : la contribution de 45 euros pour le costume de Kiara sera prise en
charge par le fonds de solidarité de l'école. Vous ne devez rien payer. Kiara peut venir à l'essayage
mercredi comme les autres élèves.

Bien à vous,
Nele Cuypers
Costumes - Sint-Pieterscollege Leuven
""", lang='fr', rules=['sensitive'], cats=['financial'], about=pid('kiara'), fmt=['plain'], group=G,
  note="solidarity fund pays the costume, to the pupil's mother, French")

M('fotos-film-dylan-pleegmoeder', WL, [('Griet Oosterlinck', P['dylan']['p2'])], "Foto's en film - Dylan", f"""Beste mevrouw Oosterlinck,

Goed begrepen: gezien de plaatsing van Dylan en de afspraken met de consulent van Opgroeien komt hij niet
herkenbaar in beeld. De fotograaf en de filmploeg zijn verwittigd (zonder de reden te vermelden) en hij
staat in de groepsscènes achteraan.

Met vriendelijke groeten,
{SIG['WL']}
""", rules=['sensitive'], cats=['family'], about=pid('dylan'), fmt=['plain'], group=G, note="foster placement, to the foster mother (roster parent 2)")

M('incident-repetition-thibault-fr', WL, [('Isabelle Moreau', P['thibault']['p2'])], 'Incident lors de la répétition - Thibault', f"""Madame Moreau,

Comme convenu au téléphone, je vous confirme par écrit ce qui s'est passé mardi : Thibault a vapoté dans la
régie pendant la pause, a renversé du café sur l'ordinateur d'éclairage et s'est montré agressif envers
notre technicien. La direction a décidé de l'exclure de deux répétitions. Un entretien de réparation est
prévu jeudi à 12h30.

Bien à vous,
Ward Lemmens
Metteur en scène - Sint-Pieterscollege Leuven
""", lang='fr', rules=['sensitive'], cats=['psychosocial'], about=pid('thibault'), fmt=['plain'], group=G,
  note="behaviour incident and sanction, to the pupil's mother, French")

# --- misdirected (sensitive) ------------------------------------------------
MG = 'misdirected'
M('yasmine-gesprek-verkeerde-ouder', YEI, [('Youssef El Amri', P['yasmina']['p1'])], 'Gesprek over Yasmine El Amrani (5PK)', f"""Beste meneer El Amrani,

Ik nam contact op omdat Yasmine de voorbije weken tijdens de repetities van de musical enkele paniekaanvallen
heeft gehad. Ze vertelde me dat ze slecht slaapt en veel stress heeft voor haar solo. Ik wil dit graag met
u bespreken; past donderdag om 16u?

Met vriendelijke groeten,
{SIG['YEI']}
""", rules=['sensitive', 'recipient'], cats=['psychosocial'], about=pid('yasmine'), mis=True, fmt=['plain'], group=MG,
  note='about Yasmine El Amrani, sent to the father of Yasmina El Amri (autocomplete on a similar name)')

M('jasper-pesten-autocomplete-desmet', LVP, [('Sofie De Smet', P['mila']['p1'])], 'Jasper en de dansgroep', f"""Beste mevrouw De Smet,

Ik wou u even laten weten dat Jasper De Smet (2B) de voorbije weken tijdens de dansrepetities gepest werd door een
klasgenoot: uitlachen en filmpjes in een Snapchatgroep. We hebben het opgenomen met de leerlingenbegeleiding.
Jasper zei dat hij wil stoppen; ik hoop dat we hem kunnen overtuigen om te blijven.

Vriendelijke groeten,
{SIG['LVP']}
""", rules=['sensitive', 'recipient'], cats=['psychosocial'], about=pid('jasper'), mis=True, fmt=['plain'], group=MG,
  note="about Jasper De Smet, sent to sofie.desmet (mother of Mila Verbeke), none of Jasper's parents")

M('deelneming-hanne-verkeerde-goossens', WL, [('Sarah Goossens', P['jonas_c']['p2'])], 'Innige deelneming', f"""Beste mevrouw Goossens,

Via de klastitularis hoorde ik dat de oma van Hanne Goossens (5PK) overleden is. Namens het hele
musicalteam: veel sterkte. Hanne hoeft deze week niet naar de repetities te komen; ze mag terugkomen
wanneer ze er klaar voor is.

Hartelijke groet,
{SIG['WL']}
""", rules=['sensitive', 'recipient'], cats=['family'], about=pid('hanne'), mis=True, fmt=['plain'], group=MG,
  note="about Hanne Goossens, sent to sarah.goossens (mother of Jonas Claes)")

M('stan-val-verkeerde-peeters', ADW, [('Guy Peeters', P['lotte_p']['p1'])], 'Stan - val tijdens de repetitie', f"""Beste meneer Peeters,

Stan Peeters (4MU) is vandaag bij het opbouwen van het podium gevallen en met zijn hoofd tegen de trap gebotst.
De EHBO vermoedt een lichte hersenschudding; hij is naar de spoed van AZ Dijlevallei gebracht.
Laat u ons weten hoe het met hem gaat?

{SIG['ADW']}
""", rules=['sensitive', 'recipient'], cats=['medical'], about=pid('stan'), mis=True, fmt=['plain'], group=MG,
  note="about Stan Peeters, sent to the father of Lotte Peeters (two families with the same surname)")

M('re-zwarte-schoenen-verkeerde-draad', NC, [('Griet Vandevelde', P['emma_j']['p1'])], 'RE: zwarte schoenen?', f"""Dag mevrouw,

Geen probleem voor de bijdrage van Kiara Mbala (3PK): het solidariteitsfonds neemt de 45 euro voor het kostuum over,
omdat u sinds januari van een leefloon moet rondkomen. U hoeft dus niets te betalen en Kiara mag gewoon
naar de passing komen.

Groetjes,
{SIG['NC']}

""" + quote(ol_hdr('Griet Vandevelde <griet.vandevelde@telenet.be>', 'maandag 10 februari 2025 19:02',
                   'Nele Cuypers', 'zwarte schoenen?') + """
Dag mevrouw Cuypers,
Moeten de kinderen zelf zwarte schoenen meebrengen voor de kostuums?
Groetjes, Griet Vandevelde
"""), irt=True, rules=['sensitive', 'recipient'], cats=['financial'], about=pid('kiara'), mis=True, fmt=['plain', 'reply'],
  group=MG, note="reply in the wrong thread: Kiara Mbala's financial situation sent to the mother of Emma Janssens")

M('ruben-dyslexie-verkeerde-jacobs', SVH, [P['lien_j']['p1']], 'Aanpassingen voor Ruben tijdens de musical', f"""Beste ouders,

De aanpassingen uit het handelingsplan van Ruben Jacobs (3MU, dyslexie) gelden ook voor de musical: zijn
script wordt in een groter lettertype gedrukt en hij krijgt zijn tekst vooraf als audiobestand.

Met vriendelijke groeten,
{SIG['SVH']}
""", rules=['sensitive', 'recipient'], cats=['care'], about=pid('ruben'), mis=True, fmt=['plain'], group=MG,
  note="about Ruben Jacobs, sent to the parents of Lien Jacobs (assumed sibling, other family)")

M('milan-hendrickx-medicatie-verkeerde-milan', ADW, [P['milan_he']['p1']], 'Milan Hendrickx - medicatie op repetitiedagen', f"""Beste ouders,

Op de lange repetitiedagen duren de repetities tot 21u. Omdat Milan Hendrickx zijn ADHD-medicatie
's middags neemt, vroeg ik me af of hij een tweede dosis nodig heeft. We voorzien voor hem alvast extra
pauzes.

Met vriendelijke groeten,
{SIG['ADW']}
""", rules=['sensitive', 'recipient'], cats=['care', 'medical'], about=pid('milan_h'), mis=True, fmt=['plain'], group=MG,
  note='about Milan Hendrickx, sent to the parents of Milan Hermans (same first name, same class)')

M('afhalen-mila-verkeerde-verbist', WL, [P['lina']['p1']], 'Afhalen Mila op woensdag', f"""Beste ouders,

We hebben genoteerd dat Mila Verbeke (4PK) sinds de scheiding op woensdag en tijdens het voorstellingsweekend
door papa wordt opgehaald, en dat ze niet mag meegegeven worden met zijn nieuwe partner.

Met vriendelijke groeten,
{SIG['WL']}
""", rules=['sensitive', 'recipient'], cats=['family'], about=pid('mila'), mis=True, fmt=['plain'], group=MG,
  note='about Mila Verbeke, sent to the parents of classmate Lina Verbist (autocomplete "verb")')

M('arne-stoppen-verkeerde-vandenberghe', WL, [P['noor_c']['p2']], 'Arne en de voorstellingen', f"""Beste mevrouw,

Dank u voor het doktersattest. Een gescheurde enkelband met zes weken spalk betekent jammer genoeg dat Arne
Vandenbroeck niet kan dansen tijdens de voorstellingen. Als hij wil, mag hij mee achter de schermen als
assistent-regie.

Met vriendelijke groeten,
{SIG['WL']}
""", rules=['sensitive', 'recipient'], cats=['medical'], about=pid('arne'), mis=True, fmt=['plain'], group=MG,
  note='about Arne Vandenbroeck, sent to an.vandenberghe (mother of Noor Claes), similar address')


# ===========================================================================
# 4. personal mails about one pupil, not sensitive - 20 (incl. 3 misdirected)
# ===========================================================================
G = 'personal'

M('kostuumpassing-lotte-verschoven', NC, [('Guy Peeters', P['lotte_p']['p1'])], 'Kostuumpassing Lotte verschoven', f"""Beste meneer Peeters,

De kostuumpassing van Lotte (Dijlekind) verschuift van woensdag naar donderdag 13 februari om 15u45 in het
kostuumatelier (lokaal C012). Wilt u haar vragen om de witte balletpantoffels mee te brengen?

Vriendelijke groeten,
{SIG['NC']}
""", rules=[], about=pid('lotte_p'), fmt=['plain'], group=G, note="costume fitting moved, to the pupil's own father")

M('solo-lotte-janssens', ADW, [('Marleen Claes', P['lotte_j']['p2'])], 'Solo voor Lotte!', f"""Beste mevrouw Claes,

Goed nieuws: Lotte mag de solo in nummer 14 ('Over het water') zingen. Ze was echt overtuigend tijdens de
audities. Ze krijgt de partituur morgen in de les; de eerste repetitie met de band is zaterdag om 13u.

Vriendelijke groeten,
{SIG['ADW']}
""", rules=[], about=pid('lotte_j'), fmt=['plain'], group=G,
  note="good news about Lotte Janssens to her mother, whose surname is Claes (correctly addressed)")

M('script-noor-vergeten', WL, [('An Vandenberghe', P['noor_c']['p2'])], 'Script van Noor', f"""Dag mevrouw Vandenberghe,

Noor heeft haar script laten liggen in de aula (blauwe map met haar naam). Ik heb het in het secretariaat
gelegd, ze kan het daar morgen ophalen. Dan kan ze dit weekend haar tekst van scène 5 nog instuderen.

Vriendelijke groeten,
{SIG['WL']}
""", rules=[], about=pid('noor_c'), fmt=['plain'], group=G, note="script left at school, to Noor Claes's mother (other surname)")

M('repetitie-jonas-nummer9', LVP, [('Sarah Goossens', P['jonas_c']['p2'])], 'Extra repetitie Jonas - nummer 9', f"""Beste mevrouw Goossens,

Jonas neemt vanaf volgende week een extra dansrol over in nummer 9. Kan hij woensdag 26 februari van 14u tot
15u blijven in de danszaal om de pasjes te leren? Hij mag daarna meteen naar huis.

Vriendelijke groeten,
{SIG['LVP']}
""", rules=[], about=pid('jonas_c'), fmt=['plain'], group=G,
  note="rehearsal time for Jonas Claes, to his mother (surname Goossens, same as another pupil)")

M('re-hoe-laat-repetitie-emma', WL, [('Koen Janssens', P['emma_j']['p2'])], 'RE: Hoe laat gedaan zaterdag?', f"""Dag meneer Janssens,

De repetitie van zaterdag eindigt om 16u30. Emma mag al om 15u30 weg als u haar komt halen; ze zit dan
niet meer in de scènes die we daarna doen.

Groeten,
Ward Lemmens

""" + quote(ol_hdr('Koen Janssens <koen.janssens@gmail.com>', 'donderdag 6 maart 2025 20:41', 'Ward Lemmens',
                   'Hoe laat gedaan zaterdag?') + """
Dag meneer Lemmens, hoe laat is de repetitie van Emma zaterdag gedaan? Wij moeten naar een feest in Gent.
Groeten, Koen
"""), irt=True, rules=[], about=pid('emma_j'), fmt=['plain', 'reply'], group=G, note="rehearsal time, reply to the pupil's father")

M('decor-lien-jacobs', NC, [P['lien_j']['p1']], 'Decor schilderen - Lien', f"""Beste ouders van Lien,

Lien helpt met de leerlingen van 4BK mee aan het decor. Op woensdagnamiddag 5 maart schilderen we van 13u
tot 16u de grote achterdoeken. Oude kleren meebrengen aub, de verf gaat er niet meer uit!

Groeten,
{SIG['NC']}
""", rules=[], about=pid('lien_j'), fmt=['plain'], group=G, note="decor painting afternoon, to Lien Jacobs's parents")

M('bandrepetitie-milan-hermans', ADW, [('Lore De Wit', P['milan_he']['p2'])], 'Bandrepetitie Milan', f"""Dag mevrouw De Wit,

Milan speelt vanaf nu ook de drums in de finale. De bandrepetitie op zaterdag begint daarom al om 12u30 in
plaats van 13u. Wilt u hem zijn eigen stokken laten meebrengen?

Vriendelijke groet,
{SIG['ADW']}
""", rules=[], about=pid('milan_he'), fmt=['plain'], group=G, note="band rehearsal time, to Milan Hermans's mother")

M('kostuum-lina-verbist', NC, [('Hannelore Ruelens', P['lina']['p2'])], 'Kostuum Lina', f"""Beste mevrouw Ruelens,

Het kostuum van Lina (marktkoopvrouw) is klaar. Kan ze haar eigen bruine laarsjes dragen? Zo niet, dan
zoek ik er een paar in de kostuumkast; graag even haar schoenmaat doorgeven.

Groetjes,
{SIG['NC']}
""", rules=[], about=pid('lina'), fmt=['plain'], group=G, note="costume question to Lina Verbist's mother")

M('tickets-zondag-yasmina', TG, [P['yasmina']['p1']], 'Tickets zondag - Yasmina', f"""Beste meneer El Amri,

Yasmina vroeg of er voor zondag nog plaatsen zijn voor de familie. Er zijn nog 6 plaatsen naast elkaar in
rij K. U kan ze tot donderdag reserveren via de ticketshop; als het online niet lukt, mag Yasmina het geld
in een enveloppe aan het secretariaat afgeven.

Met vriendelijke groeten,
{SIG['TG']}
""", rules=[], about=pid('yasmina'), fmt=['plain'], group=G, note="tickets question, to Yasmina El Amri's own father")

M('script-vergeten-noah', WL, [P['noah']['mail']], 'je script', """Noah,

Je script lag nog in lokaal B214 (met al je notities!). Het ligt nu bij mij in de leraarskamer, kom het
morgen in de pauze halen. Scène 4 moet zaterdag van buiten gekend zijn ;-)

mr. Lemmens
""", rules=[], about=pid('noah'), fmt=['plain'], group=G, note='mail to the pupil himself about a forgotten script')

M('passing-verschoven-zoe', NC, [P['zoe']['mail']], 'Passing verschoven', """Dag Zoë,

Je passing van morgen verschuift naar vrijdag om 12u35 (middagpauze) in het kostuumatelier. Breng je eigen
zwarte legging mee.

Nele Cuypers
""", rules=[], about=pid('zoe'), fmt=['plain'], group=G, note='costume fitting moved, to the pupil')

M('band-rehearsal-matteo-en', ADW, [('Luca Rossi', P['matteo']['p2'])], 'Band rehearsal Saturday - Matteo', f"""Dear Mr Rossi,

Thank you for your message. Matteo's band rehearsal on Saturday runs from 1 pm to 5 pm in music room M03.
He can bring his own bass amplifier if he prefers, but we have one at school. Pick-up is at the main gate.

Kind regards,
{SIG['ADW']}
""", lang='en', rules=[], about=pid('matteo'), fmt=['plain'], group=G, note="rehearsal time in English, to the pupil's father")

M('compliment-aya-generale', WL, [P['aya']['p1']], 'Aya was fantastisch!', f"""Beste ouders van Aya,

Even een positief berichtje: Aya was gisteren fantastisch als Stadsbode tijdens de doorloop. Ze zit zo goed
in haar rol en haar lied kreeg spontaan applaus van de band. Jullie mogen trots zijn!

Groeten,
{SIG['WL']}
""", rules=[], about=pid('aya'), fmt=['plain'], group=G, note="compliment, no sensitive fact")

M('jas-victor-kleedkamer', TG, [('Sabine Dewulf', P['victor']['p1'])], 'Jas van Victor', f"""Beste mevrouw Dewulf,

Na de voorstelling van zaterdag bleef er een grijze winterjas met de naam 'Victor D.' in kleedkamer 3 van De
Pelikaan hangen. Ik heb hem meegenomen naar school; Victor kan hem afhalen op het secretariaat.

Groeten,
Tom Geerts
""", rules=[], about=pid('victor'), fmt=['plain'], group=G, note='lost jacket')

M('pointure-chaussures-ines-fr', NC, [P['ines']['p1']], "Pointure de chaussures d'Inès", """Chers parents,

Pour le costume d'Inès (danseuse de la fête), je dois commander des chaussures de caractère. Pourriez-vous me
communiquer sa pointure avant vendredi ?

Merci beaucoup,
Nele Cuypers
Costumes - Sint-Pieterscollege Leuven
""", lang='fr', rules=[], about=pid('ines'), fmt=['plain'], group=G, note='shoe size question in French')

M('headset-oscar', BS, [P['oscar']['mail']], 'headset', """Oscar,

Jouw headset-microfoon is nummer 11 (blauwe tape). Na elke repetitie terug in de koffer, niet in je zak
steken zoals vorige week ;-)

Bart
""", rules=[], about=pid('oscar'), fmt=['plain'], group=G, note='practical microphone note to the pupil')

M('vervoer-jules-pelikaan', LS, [P['jules']['p1']], 'Vervoer naar De Pelikaan', f"""Beste mevrouw Maes,

U vroeg of Jules op vrijdag 21 maart met de bus naar De Pelikaan kan. Dat kan: de bus vertrekt om 17u aan de
achterpoort en is om 17u20 aan de zaal. Na de voorstelling haalt u hem af aan de artiesteningang.

Met vriendelijke groeten,
{SIG['GB']}
""", rules=[], about=pid('jules'), fmt=['plain'], group=G, note='transport question')

# --- misdirected (not sensitive) -------------------------------------------
MG = 'misdirected'
M('kostuumpassing-lotte-verkeerde-janssens', NC, [P['lotte_j']['p1']], 'Kostuumpassing Lotte verschoven', f"""Beste ouders van Lotte,

De kostuumpassing van Lotte Peeters (4PK, Dijlekind) verschuift van woensdag naar donderdag 13 februari om
15u45 in het kostuumatelier. Graag de witte balletpantoffels meebrengen.

Vriendelijke groeten,
{SIG['NC']}
""", rules=['recipient'], about=pid('lotte_p'), mis=True, fmt=['plain'], group=MG,
  note='about Lotte Peeters, sent to the father of Lotte Janssens (same first name)')

M('script-noor-verkeerde-claes', WL, [P['jonas_c']['p1']], 'Script van Noor', f"""Beste ouders,

Noor Claes (3PK) heeft haar script laten liggen in de aula. Het ligt in het secretariaat, ze kan het morgen
ophalen.

Vriendelijke groeten,
{SIG['WL']}
""", rules=['recipient'], about=pid('noor_c'), mis=True, fmt=['plain'], group=MG,
  note='about Noor Claes, sent to claes.familie (parents of Jonas Claes, another family)')

M('repetitie-jonas-verkeerde-claes', LVP, [P['noor_c']['p1']], 'Extra repetitie Jonas', f"""Beste meneer Claes,

Jonas Claes (5PK) was er zaterdag niet op de repetitie en moet de nieuwe choreografie van nummer 9 nog leren.
Kan hij woensdag om 14u in de danszaal zijn?

Vriendelijke groeten,
{SIG['LVP']}
""", rules=['recipient'], about=pid('jonas_c'), mis=True, fmt=['plain'], group=MG,
  note="about Jonas Claes, sent to dirk.claes (father of Noor Claes), none of Jonas's parents")


# ===========================================================================
# 5. general letters to all parents / all staff - 20 (must pass)
# ===========================================================================
G = 'general'
PARENTS_ALL = cast_parents(both=True)
PARENTS_P1 = cast_parents()

M('brief-voorstellingen-ticketverkoop', DIR, [DIR], 'Musical Dijlelicht: voorstellingen en ticketverkoop', f"""Beste ouders,

Na maanden repeteren is het bijna zover: de leerlingen van de kunstrichtingen brengen de musical
Dijlelicht in Zaal De Pelikaan in Kessel-Lo.

Voorstellingen:
- vrijdag 21 maart 2025 om 19u30 (première)
- zaterdag 22 maart 2025 om 19u30
- zondag 23 maart 2025 om 15u00

Tickets kosten 12 euro (volwassenen) en 8 euro (-18 jaar) en zijn vanaf maandag 24 februari te koop via de
ticketshop op onze website. Elke leerling van de cast kan voor zijn of haar gezin twee plaatsen
voorbehouden tot 7 maart.

Wij kijken ernaar uit u te verwelkomen!

Met vriendelijke groeten,
{SIG['DIR']}
""", bcc=PARENTS_ALL, rules=[], fmt=['plain-qp', 'bcc-envelope'], group=G, note='letter to all parents about the performances, parents in BCC')

consent = """Beste ouders,

Tijdens de voorstellingen van Dijlelicht maakt een professionele fotograaf foto's en wordt er een opname
gemaakt. Wij gebruiken die beelden alleen als u daarvoor toestemming gaf.

- Op de afgeschermde schoolsite en in de opname voor de ouders verschijnen alleen leerlingen met toestemming.
- Op onze openbare kanalen (website, Instagram) plaatsen wij enkel groepsfoto's waarop leerlingen zonder
  toestemming niet herkenbaar zijn.
- Wilt u uw keuze wijzigen? Vul dan voor 7 maart het formulier in Smartschool (module Formulieren) opnieuw in.

Wij vragen ook aan het publiek om tijdens de voorstelling niet te filmen en geen beelden van andere
kinderen op sociale media te zetten (zie ons communicatiebeleid, § 5).

Met vriendelijke groeten,
"""
M('brief-toestemming-fotos-film', DIR, [DIR], "Foto's en film tijdens de musical: uw toestemming", consent + SIG['DIR'] + '\n',
  html=html_doc(p_html(consent + SIG['DIR'])), bcc=[OUDERS_MUSICAL], rules=[], fmt=['alt', 'bcc-envelope'], group=G,
  note='general consent letter, group address only in BCC')

WEEK = [['ma 17/3', '8u30-16u', 'opbouw De Pelikaan', 'techniek 6MU, regie'],
        ['di 18/3', '13u-21u', 'technische repetitie', 'volledige cast'],
        ['wo 19/3', '13u-21u', 'doorloop met licht en geluid', 'volledige cast + band'],
        ['do 20/3', '17u-22u', 'generale repetitie', 'volledige cast + band']]
intro_st = ('Beste collega\'s,\n\nVolgende week is de repetitieweek van de musical. Hieronder wie wanneer afwezig is in de '
            'lessen. De leerlingen van de cast zijn vrijgesteld van de lessen op de aangegeven momenten; toetsen die dan '
            'gepland stonden, worden verplaatst in overleg met de leerlingen.')
M('personeel-repetitieweek-planning', DIR, [DIR], 'Repetitieweek musical 17-20 maart',
  intro_st + '\n\n' + table_plain(['Dag', 'Uur', 'Wat', 'Wie'], WEEK) + '\n\nDank voor jullie begrip!\n\n' + SIG['KV'] + '\n',
  html=html_doc(p_html(intro_st) + table_html(['Dag', 'Uur', 'Wat', 'Wie'], WEEK) + p_html('Dank voor jullie begrip!\n\n' + SIG['KV'])),
  bcc=[PERSONEEL], rules=[], fmt=['alt', 'html-table', 'bcc-envelope'], group=G, note='staff letter, personeel@ only in BCC')

M('brief-medicatie-repetitiedagen', DIR, [DIR], 'Medicatie tijdens de lange repetitiedagen', f"""Beste ouders,

Tijdens de repetitieweek en de voorstellingen blijven de leerlingen soms tot 22 uur op school of in de zaal.
Onze school dient geen medicatie toe zonder schriftelijke vraag van de ouders.

Moet uw kind tijdens die dagen medicatie nemen? Vul dan het medicatieformulier (Smartschool > Formulieren)
in, laat het ondertekenen door de arts en geef de medicatie in de originele verpakking mee aan de
EHBO-verantwoordelijke van de musical. Pijnstillers worden niet zomaar gegeven.

Met vriendelijke groeten,
{SIG['DIR']}
""", bcc=PARENTS_P1, rules=[], fmt=['plain', 'bcc-envelope'], group=G, note='general medication policy, no pupil named')

M('clb-brief-podiumstress', DIR, [DIR], 'Podiumstress: info van het CLB', """Beste ouders,

Een voorstelling spelen is spannend. Een beetje zenuwen is normaal, maar sommige jongeren worden er erg
onrustig van of slapen slecht. Het CLB geeft enkele tips:

1. Neem de spanning serieus, maar maak ze niet groter: praat over wat goed gaat.
2. Zorg voor voldoende slaap en regelmatige maaltijden tijdens de repetitieweek.
3. Oefen samen ademhalingsoefeningen (bv. 4 tellen in, 6 tellen uit).
4. Merkt u dat de spanning blijft of uw kind het niet meer ziet zitten? Neem contact op met de
   leerlingenbegeleiding of met het CLB. Een gesprek is gratis en vertrouwelijk.

Met vriendelijke groeten,
de leerlingenbegeleiding en het CLB Dijleland
""", bcc=[OUDERS_MUSICAL], rules=[], fmt=['plain', 'bcc-envelope'], group=G, note='general CLB information letter, not about a pupil')

M('herinnering-musicalbijdrage-alle-ouders', BOEK, [BOEK], 'Herinnering: musicalbijdrage', f"""Beste ouders,

Bij een aantal leerlingen van de cast staat de musicalbijdrage (45 euro, kostuum en materiaal) nog open op de
schoolrekening. Wilt u deze betalen voor 14 maart via de betaalmodule in Smartschool?

Is de betaling moeilijk? Neem dan gerust discreet contact op met de boekhouding: een gespreide betaling of
tussenkomst van het solidariteitsfonds is altijd bespreekbaar. Hebt u intussen al betaald, dan mag u deze
mail als onbestaande beschouwen.

Met vriendelijke groeten,
{SIG['HW']}
""", bcc=PARENTS_P1, rules=[], fmt=['plain', 'bcc-envelope'], group=G, note='payment reminder to everybody, nobody named')

M('antipestbeleid-cast', DIR, [DIR], 'Samen een veilige cast', f"""Beste ouders,

In een grote cast met leerlingen van het eerste tot het zesde jaar vinden we het belangrijk dat iedereen zich
veilig voelt. Daarom herhalen we ons antipestbeleid:

- Filmen van medeleerlingen tijdens repetities zonder hun toestemming is niet toegelaten.
- Pesten, uitlachen of uitsluiten - ook online - wordt altijd aangepakt volgens het schoolreglement.
- Leerlingen die iets zien of meemaken, kunnen terecht bij elke begeleider of bij de leerlingenbegeleiding.

Wilt u dit thuis ook even bespreken? Dank u wel.

{SIG['DIR']}
""", bcc=[OUDERS_MUSICAL], rules=[], fmt=['plain', 'bcc-envelope'], group=G, note='bullying policy letter to all parents')

SUP = [['vrijdag 21/3', 'K. Vermeulen, W. Lemmens, G. Bosmans, T. Geerts', 'kassa: T. Geerts'],
       ['zaterdag 22/3', 'W. Lemmens, N. Cuypers, L. Vandeputte, Y. El Idrissi', 'kassa: H. Wuyts'],
       ['zondag 23/3', 'W. Lemmens, A. De Wachter, S. Van Hoof, B. Smolders', 'kassa: T. Geerts']]
intro_sup = "Beste collega's,\n\nDank aan iedereen die zich opgaf voor het toezicht tijdens de voorstellingen. Dit is de verdeling:"
M('personeel-toezicht-voorstellingen', DIR, [DIR], 'Toezicht voorstellingen Dijlelicht', '',
  html=html_doc(p_html(intro_sup) + table_html(['Voorstelling', 'Toezicht kleedkamers en coulissen', 'Kassa'], SUP)
                + p_html('Afspraak telkens 1 uur voor aanvang aan de artiesteningang.\n\n' + SIG['KV'])),
  html_only=True, bcc=[PERSONEEL], rules=[], fmt=['html-only', 'html-table', 'bcc-envelope'], group=G,
  note='staff supervision roster, staff names only, personeel@ in BCC')

M('praktisch-generale-afhalen', DIR, [DIR], 'Praktische info generale repetitie en voorstellingen', f"""Beste ouders,

Enkele praktische afspraken voor de laatste week:

- Generale repetitie donderdag 20 maart: afhalen om 22u aan de artiesteningang van De Pelikaan.
- Voorstellingen: de cast verzamelt 90 minuten voor aanvang in kleedkamer 1.
- Geef uw kind een lichte maaltijd en een flesje water mee; snoep en frisdrank laten we liever thuis.
- Waardevolle spullen blijven thuis; de school is niet verantwoordelijk voor verlies.
- Na de voorstelling blijft uw kind in de foyer tot het wordt opgehaald.

Tot dan!
{SIG['DIR']}
""", bcc=PARENTS_P1, rules=[], fmt=['plain', 'bcc-envelope'], group=G, note='practical info to all parents')

M('bedankt-na-voorstellingen', DIR, [DIR], 'Bedankt!', f"""Beste ouders,

Wat een weekend! Drie uitverkochte voorstellingen, een staande ovatie op zondag en vooral een cast die
ontzettend gegroeid is. Dank aan alle ouders die kwamen kijken, meehielpen aan de kassa, taarten bakten of
kostuums naaiden.

Een selectie foto's komt volgende week in Smartschool (module Fotoalbum), alleen zichtbaar voor de ouders
van de cast en volgens de toestemmingen die u gaf.

Met dankbare groeten,
{SIG['DIR']}
""", bcc=PARENTS_ALL, cte='8bit', rules=[], fmt=['plain-8bit', 'bcc-envelope'], group=G,
  note='thank-you letter, photos via Smartschool, no password')

M('personeel-toetsen-repetitieweek', DIR, [DIR], 'Toetsen en taken in de repetitieweek', f"""Beste collega's,

Graag tijdens de week van 17 maart geen toetsen of taakdeadlines plannen voor de klassen 3PK, 4PK, 5PK, 6PK,
5MU en 6MU. De lijst van de leerlingen van andere klassen die meespelen staat in Smartschool (intradesk >
Musical > cast). Voor inhaaltoetsen nemen jullie contact op met de leerling zelf.

{SIG['KV']}
""", bcc=[PERSONEEL], rules=[], fmt=['plain', 'bcc-envelope'], group=G, note='staff letter about tests, personeel@ in BCC')

M('lettre-representations-fr', DIR, [DIR], 'Comédie musicale Dijlelicht : représentations', f"""Chers parents,

Les élèves des options artistiques présenteront la comédie musicale Dijlelicht à la salle De Pelikaan à
Kessel-Lo :

- vendredi 21 mars 2025 à 19h30
- samedi 22 mars 2025 à 19h30
- dimanche 23 mars 2025 à 15h00

Les billets (12 euros, 8 euros pour les moins de 18 ans) sont en vente à partir du 24 février via la
billetterie en ligne sur notre site. Le spectacle est en néerlandais, mais la musique se passe de
traduction !

Au plaisir de vous y accueillir,
La direction du Sint-Pieterscollege
""", bcc=PARENTS_P1, lang='fr', charset='windows-1252', rules=[], fmt=['plain-cp1252', 'plain-qp', 'bcc-envelope'],
  group=G, note='French version of the performance letter to all parents')

M('letter-performances-en', DIR, [DIR], 'School musical Dijlelicht: performances', f"""Dear parents,

Our arts students will perform the musical Dijlelicht at De Pelikaan theatre in Kessel-Lo on Friday 21 and
Saturday 22 March at 7.30 pm and on Sunday 23 March at 3 pm. Tickets (12 euros, 8 euros under 18) can be
bought in the online ticket shop on our website from 24 February.

Please note that filming during the performance is not allowed; a recording will be made available to the
parents of the cast afterwards.

Kind regards,
The management of Sint-Pieterscollege
""", bcc=PARENTS_P1, lang='en', cte='base64', rules=[], fmt=['plain-base64', 'bcc-envelope'], group=G,
  note='English version of the performance letter to all parents')

M('personeel-parking-avondtoegang', DIR, [DIR], 'Parking en toegang tijdens de avondrepetities', f"""Beste collega's,

Tijdens de avondrepetities (17-20 maart) is de parking aan de Vlamingenstraat open tot 22u30. Gebouw C is
bereikbaar via de zij-ingang. Collega's die een avond sluiten, krijgen de codes van het alarm en van de
sleutelkluis persoonlijk van de directie - die sturen we bewust niet via mail.

{SIG['KV']}
""", bcc=[PERSONEEL], rules=[], fmt=['plain', 'bcc-envelope'], group=G, note='mentions codes without giving any')

M('financiele-ondersteuning-alle-ouders', DIR, [DIR], 'Financiële ondersteuning: wist u dat...', f"""Beste ouders,

Deelnemen aan de musical mag nooit afhangen van de portemonnee. Daarom herinneren we aan de mogelijkheden:

- de schooltoeslag van het Groeipakket (aanvragen is meestal automatisch);
- het solidariteitsfonds van de school voor kostuums en uitstappen;
- een gespreide betaling van de schoolrekening.

Een vraag stellen kan discreet bij de boekhouding of de leerlingenbegeleiding; niemand van de cast hoeft
daarvan op de hoogte te zijn.

{SIG['DIR']}
""", bcc=PARENTS_ALL, rules=[], fmt=['plain', 'bcc-envelope'], group=G, note='general financial support letter, nobody named')

M('catering-allergieen-alle-ouders', DIR, [DIR], 'Maaltijden tijdens de repetitieweek', f"""Beste ouders,

Op dinsdag, woensdag en donderdag van de repetitieweek voorzien we een warme maaltijd voor de cast
(pasta bolognaise of vegetarisch). Heeft uw kind een voedselallergie of volgt het een dieet? Meld het dan
voor 10 maart via het formulier in Smartschool, zodat de keuken rekening kan houden met ieders noden.

{SIG['DIR']}
""", bcc=PARENTS_P1, rules=[], fmt=['plain', 'bcc-envelope'], group=G, note='asks for allergies in general, no pupil')

M('personeel-privacy-fotos-leerlingen', DIR, [DIR], "Foto's van leerlingen op sociale media", f"""Beste collega's,

Met de voorstellingen in aantocht een korte herinnering uit ons communicatiebeleid:

- Plaats geen foto's of filmpjes van leerlingen op je persoonlijke sociale media.
- Voor de schoolkanalen gebruik je alleen beelden van leerlingen met toestemming (lijst bij Ward).
- Deel geen persoonsgegevens van leerlingen via WhatsApp of privé-mail; gebruik Smartschool.
- Twijfel je? Contacteer privacy@lksd.ksleuven.be.

{SIG['KV']}
""", bcc=[PERSONEEL], rules=[], fmt=['plain', 'bcc-envelope'], group=G, note='privacy reminder to all staff')

RG = [['Groep A (3PK, 4PK)', 'dinsdag 15u30-17u30', 'aula'], ['Groep B (5PK, 6PK)', 'woensdag 13u-16u', 'aula'],
      ['Band (4MU-6MU)', 'donderdag 16u-18u', 'muzieklokaal M03'], ['Volledige cast', 'zaterdag 10u-16u30', 'aula']]
intro_rg = 'Beste ouders,\n\nVanaf maandag 10 februari geldt deze vaste repetitieplanning tot aan de repetitieweek:'
M('repetitieplanning-per-groep', DIR, [DIR], 'Repetitieplanning februari-maart',
  intro_rg + '\n\n' + table_plain(['Groep', 'Moment', 'Plaats'], RG) + '\n\nAfwezigheden graag vooraf melden aan de regisseur.\n\n' + SIG['DIR'] + '\n',
  html=html_doc(p_html(intro_rg) + table_html(['Groep', 'Moment', 'Plaats'], RG)
                + p_html('Afwezigheden graag vooraf melden aan de regisseur.\n\n' + SIG['DIR'])),
  bcc=[OUDERS_MUSICAL], rules=[], fmt=['alt', 'html-table', 'bcc-envelope'], group=G,
  note='rehearsal schedule to all parents, group address only in BCC')

M('personeel-uitnodiging-premiere', DIR, [DIR], 'Uitnodiging première Dijlelicht', f"""Beste collega's,

Graag nodigen we jullie uit op de première van Dijlelicht op vrijdag 21 maart om 19u30 in De Pelikaan. Elk
personeelslid kan twee gratis tickets krijgen; reserveer ze voor 14 maart bij Tom Geerts
(tickets@spc.ksleuven.be). Na de voorstelling is er een receptie in de foyer.

{SIG['KV']}
""", bcc=[PERSONEEL], rules=[], fmt=['plain', 'bcc-envelope'], group=G, note='staff invitation')

M('ticketshop-open-hoe-bestellen', TICK, [TICK], 'De ticketshop is open!', f"""Beste ouders,

Vanaf vandaag kan u tickets bestellen voor Dijlelicht.

Zo werkt het:
1. Ga naar de ticketshop via www.sintpieterscollege.be/musical.
2. Kies uw voorstelling en klik op de plaatsen in het zaalplan (rij A is de eerste rij, de rolstoelplaatsen
   zijn rij M stoel 1 en 2).
3. Maak een account aan met uw e-mailadres en een zelfgekozen wachtwoord, of bestel als gast.
4. Betaal met Bancontact of Payconiq; u krijgt uw e-tickets meteen per mail.

Wachtwoord vergeten? Gebruik de knop 'Wachtwoord vergeten' in de shop; wij kunnen uw wachtwoord niet zien.

{SIG['TG']}
""", bcc=PARENTS_ALL, rules=[], fmt=['plain', 'bcc-envelope'], group=G, note='how to order tickets; mentions passwords without any')


# ===========================================================================
# 6. other mail: bcc, private_account, attachment, personal_data, ordinary
# ===========================================================================
G = 'other'

M('wijziging-repetitie-group-in-to', WL, [OUDERS_MUSICAL], 'Wijziging repetitie zaterdag 1 maart', f"""Beste ouders,

De repetitie van zaterdag 1 maart begint niet om 10u maar om 11u, omdat de aula 's ochtends bezet is voor
de infodag. Het einduur blijft 16u30.

Vriendelijke groeten,
{SIG['WL']}
""", rules=['bcc'], fmt=['plain', 'group-in-to'], group=G, note='parents group address in To instead of BCC')

dance = [r for r in ROSTER if r[3] in ('2A', '2B') and r[0] not in {v['id'] for v in P.values()}][:3]
carpool_to = [P['ella']['p1'], P['lucas_w']['p1']] + [r[5] for r in dance]
M('carpool-workshop-brussel', LVP, carpool_to, 'Carpool workshop Brussel zaterdag', f"""Beste ouders van de dansgroep van de tweedes,

Zaterdag gaan we met de dansgroep naar de workshop van Compagnie Envol in Brussel. Vertrek om 9u aan de
school, terug rond 17u. We zoeken nog twee chauffeurs; wie kan rijden, mag gewoon 'allen beantwoorden' zodat
jullie onderling kunnen afspreken.

Sportieve groeten,
{SIG['LVP']}
""", rules=['bcc'], fmt=['plain', 'multi-to'], group=G, note='five parents of different families visible to each other in To')

M('opbouw-helpende-handen-personeel-in-to', KV, [PERSONEEL], 'Opbouw musical: helpende handen gezocht', f"""Beste collega's,

Voor de opbouw in De Pelikaan op maandag 17 maart zoeken we nog vier collega's die tijdens hun vrije uren
willen helpen met het dragen van decor. Geef je naam door aan Ward.

{SIG['KV']}
""", rules=['bcc'], fmt=['plain', 'group-in-to'], group=G, note='all-staff list in To instead of BCC')

M('extra-repetitie-5pk-cc', WL, [WL], 'Extra repetitie 5PK donderdag', """Dag allemaal,

Donderdag 13 maart is er een extra repetitie voor de scènes 5 en 9, van 15u30 tot 17u30 in de aula.
Neem jullie script en gemakkelijke schoenen mee.

mr. Lemmens
""", cc=['leerlingen5pk@spc.ksleuven.be'], rules=['bcc'], fmt=['plain', 'group-in-cc'], group=G,
  note='pupils class list in CC instead of BCC')

M('planning-technische-week-externen', WL, [CAMILLE, OLIVER, KLANK, KOSTUUM], 'Planning technische week Dijlelicht', f"""Beste partners,

Hierbij de planning van de technische week in De Pelikaan:
- maandag 17/3: opbouw licht en decor (Klankwerk levert om 9u30)
- dinsdag 18/3: technische repetitie, kostuums aanwezig vanaf 13u
- woensdag 19/3: doorloop met geluid (Oliver), choreografie-check (Camille)
- donderdag 20/3: generale repetitie om 18u

Met vriendelijke groeten,
{SIG['WL']}
""", rules=['bcc'], fmt=['plain', 'multi-to'], group=G, note='four external partners of different organisations visible in To')

M('budget-band-cc-sectie', ADW, [KV], 'Budget band musical', f"""Katrien,

Voor de band hebben we nog een huurversterker en twee extra microfoonstatieven nodig (samen ongeveer 180 euro).
Mag dat van het musicalbudget? De vakgroep zet ik in cc, want zij betalen de snaren.

{SIG['ADW']}
""", cc=['sectie-muziek@spc.ksleuven.be'], rules=['bcc'], fmt=['plain', 'group-in-cc'], group=G,
  note='department staff list in CC')

M('zoe-zaterdag-later-prive-gmail', ('Ward Lemmens', 'ward.lemmens.regie@gmail.com'), [('Patrick Van Acker', P['zoe']['p1'])],
  'Zoë zaterdag', """Dag meneer Van Acker,

Zoë hoeft zaterdag pas om 14u te komen, de koorscènes schuiven naar de namiddag.

Groeten,
Ward Lemmens
""", rules=['private_account'], about=pid('zoe'), fmt=['plain'], mailer='Gmail', group=G,
  note='teacher writes to a parent about school business from his private gmail; correctly addressed, not sensitive')

M('offerte-mantels-prive-gmail', ('Nele Cuypers', 'nele.cuypers78@gmail.com'), [KOSTUUM], 'Offerte mantels musical', """Goedemiddag,

Voor de musical van het Sint-Pieterscollege zou ik graag een offerte krijgen voor de huur van 12 lange
mantels (middeleeuws, donkere kleuren) van 14 tot 24 maart. Factuur op naam van de school.

Met vriendelijke groeten,
Nele Cuypers
""", rules=['private_account'], fmt=['plain'], mailer='Gmail', group=G, note='staff member handles school supplier from private gmail')

SALES = [['vrijdag 21/3', '398', '22', '4.512'], ['zaterdag 22/3', '420', '0', '4.836'], ['zondag 23/3', '351', '69', '3.964']]
sales_intro = 'Om thuis verder te werken aan het eindverslag.'
M('fwd-ticketverkoop-naar-prive', TG, [('Tom Geerts', 'tom.geerts.home@telenet.be')], 'Fwd: Stand ticketverkoop',
  sales_intro + '\n\n' + fwd_hdr('Ticketkraam <rapporten@ticketkraam.be>', 'zo 16 mrt. 2025 om 07:00',
                                 'Stand ticketverkoop', '<tickets@spc.ksleuven.be>') + '\n'
  + table_plain(['Voorstelling', 'Verkocht', 'Vrij', 'Omzet (EUR)'], SALES) + '\n',
  html=html_doc(p_html(sales_intro) + '<p class="MsoNormal">---------- Doorgestuurd bericht ---------<br>Van: Ticketkraam</p>'
                + table_html(['Voorstelling', 'Verkocht', 'Vrij', 'Omzet (EUR)'], SALES)),
  rules=['private_account'], fmt=['alt', 'forward', 'html-table'], group=G, note='staff forwards school mail to his own private telenet mailbox')

M('prive-concert-depot', ('Annelies', 'annelies.dw@hotmail.com'), [('Lien', 'lien.vdp@gmail.com')], 'Depot zaterdag?', """Hey Lien,

Zin om zaterdag mee te gaan naar dat concert in het Depot? Ik heb nog een ticket over, Jens kan niet.
Eerst iets eten op de Oude Markt?

x Annelies
""", rules=[], fmt=['plain'], mailer='Outlook.com', group=G, note="private mail between two staff members' private accounts about a private matter")

M('lichtplan-macros-xlsm', BS, [WL], "Lichtplan met macro's", f"""Ward,

In bijlage het lichtplan. Als je het opent, moet je de macro's inschakelen; dan genereert het automatisch de
cuelijst per scène.

{SIG['BS']}
""", atts=[A_xlsx('Lichtplan_Dijlelicht_v7.xlsm', [['Cue', 'Scène', 'Omschrijving'], ['1', '1', 'Ouverture - blauw'], ['14', '7', 'Feest - vol licht']], macro=True)],
  rules=['attachment'], fmt=['plain', 'attachment-xlsm'], group=G, note='macro-enabled Excel attachment')

M('qlc-installer-exe', BS, [DH], 'installer lichtsoftware', """Dirk,

Kan jij dit installeren op de laptop van de regiekamer? Ik heb geen adminrechten. Het is de nieuwste versie
van QLC+, gedownload van een forum want de officiële site lag plat.

Bart
""", atts=[A_bin('QLCplus_4.13.1_setup.exe', EXE('QLCplus'), 'application', 'x-msdownload')],
  rules=['attachment'], fmt=['plain', 'attachment-exe'], group=G, note='Windows executable attached')

M('backup-scenes-zip-bat', DH, [BS], 'Script om scènes te back-uppen', f"""Bart,

In de zip een klein script dat elke avond de scènes van de mixer en de lichttafel naar de NAS kopieert.
Dubbelklikken op back-up_scenes.bat volstaat.

{SIG['DH']}
""", atts=[A_zip('backup_scenes.zip', [('back-up_scenes.bat', '@echo off\r\nxcopy "D:\\Scenes" "\\\\nas\\musical\\scenes" /E /Y\r\n'),
                                       ('LEESMIJ.txt', 'Dubbelklik op back-up_scenes.bat\r\n')])],
  rules=['attachment'], fmt=['plain', 'attachment-zip'], group=G, note='zip archive containing a .bat script')

M('contrat-prestation-docm-fr', HW, [CAMILLE], 'Contrat de prestation - chorégraphie', """Madame Dufour,

Veuillez trouver ci-joint le contrat de prestation pour les ateliers de chorégraphie. Merci d'activer les
macros à l'ouverture pour que les champs se remplissent automatiquement, puis de nous le renvoyer signé.

Cordialement,
Hilde Wuyts - Comptabilité
""", atts=[A_docx('Contrat_prestation_Dufour.docm', ['Contrat de prestation - Dijlelicht 2025', 'Prestataire : Camille Dufour',
                                                      'Objet : 8 ateliers de chorégraphie et présence à la générale'], macro=True)],
  lang='fr', rules=['attachment'], fmt=['plain', 'attachment-docm'], group=G, note='macro-enabled Word document to the choreographer')

M('kopieer-fotos-ps1', DH, [BS], "Script foto's van de SD-kaart", """Bart,

Hierbij het PowerShell-script om de foto's van de fotograaf van de SD-kaart naar de NAS te kopiëren.
Rechtsklik > Uitvoeren met PowerShell.

Dirk
""", atts=[A_bin('kopieer_fotos.ps1', b'$src = "E:\\DCIM"\r\n$dst = "\\\\nas\\musical\\fotos"\r\nCopy-Item -Path $src -Destination $dst -Recurse -Force\r\n',
                 'text', 'plain', 'powershell copy script')],
  rules=['attachment'], fmt=['plain', 'attachment-ps1'], group=G, note='PowerShell script attached')

M('dvd-image-vorige-musical-iso', WL, [TG], 'DVD-image musical 2024', """Tom,

Voor de verkoop aan de kassa: hierbij het schijfimage van de dvd van vorig jaar, dan kan de drukkerij er
extra exemplaren van branden.

Ward
""", atts=[A_bin('Musical2024_DVD.iso', b'\x00' * 32768 + b'\x01CD001\x01\x00' + b'DIJLELICHT_2024'.ljust(32, b' ') + b'\x00' * 512,
                 'application', 'x-iso9660-image')],
  rules=['attachment'], fmt=['plain', 'attachment-iso'], group=G, note='disk image attached')

M('contract-choreografe-uitbetaling', WL, [HW], 'Contract Camille Dufour - gegevens voor de uitbetaling', f"""Dag Hilde,

Voor de opmaak van het contract van de choreografe en de uitbetaling van haar vergoeding:

Naam: Camille Dufour
Adres: Rue des Tanneurs 41, 1000 Brussel
Rijksregisternummer: {RRN_CAMILLE}
Rekeningnummer: {IBAN_CAMILLE}
Vergoeding: 8 ateliers x 180 euro + generale

Het ondertekende contract (zonder macro's, gewone Word) zit in bijlage.

{SIG['WL']}
""", atts=[A_docx('Contract_Dufour_getekend.docx', ['Overeenkomst choreografie Dijlelicht 2025', 'Tussen Sint-Pieterscollege en Camille Dufour',
                                                   '8 ateliers van 3 uur, vergoeding 180 euro per atelier.'])],
  rules=['personal_data'], fmt=['plain', 'attachment-docx'], group=G, note='national register number and IBAN of the external choreographer, internal mail')

INS = [[P[k]['full'], P[k]['klas'], d] for k, d in [('lotte_p', '14/05/2010'), ('noah', '02/11/2009'), ('amira', '21/08/2011'),
                                                     ('wout', '30/01/2007'), ('zoe', '09/06/2007'), ('jules', '17/03/2009')]]
M('verzekering-cast-geboortedata', LS, [POLIS], 'Polis 4471-SPC - cast voorstellingen buiten de school', f"""Geachte,

Voor de uitbreiding van onze polis (4471-SPC) naar de voorstellingen in Zaal De Pelikaan bezorg ik u de lijst
van de leerlingen die op het podium staan, met hun geboortedatum (eerste deel van de lijst, de rest volgt):

""" + table_plain(['Leerling', 'Klas', 'Geboortedatum'], INS) + f"""

Met vriendelijke groeten,
{SIG['GB']}
""", rules=['personal_data'], about=pid('lotte_p', 'noah', 'amira', 'wout', 'zoe', 'jules'), fmt=['plain'], group=G,
  note='dates of birth of named pupils to the insurer; no sensitive category')

M('terugbetaling-tickets-iban', TICK, [P['victor']['p2']], 'Terugbetaling tickets TK-2025-004730', f"""Beste meneer Dewulf,

U betaalde voor bestelling TK-2025-004730 twee keer. Wij storten het teveel betaalde bedrag van 24 euro
binnen de week terug op de rekening waarvan de betaling kwam: {IBAN_PARENT}.

Met vriendelijke groeten,
{SIG['TG']}
""", rules=['personal_data'], fmt=['plain'], group=G, note="refund mail quoting the parent's IBAN")

M('laadkade-pelikaan-vraag', WL, [PELIKAAN], 'Vraag over de laadkade', f"""Goedemorgen,

Mag onze camionette op maandag 17 maart aan de laadkade blijven staan tot 16u, of moeten we ze na het
lossen verplaatsen? Bel me gerust als dat makkelijker is.

Met vriendelijke groeten,
{SIG['WL_TEL']}
""", rules=['personal_data'], fmt=['plain'], group=G, note='ordinary question; signature has school and mobile phone numbers')

M('boeking-fotograaf', WL, [FOTO], 'Boeking fotograaf voorstellingen', f"""Beste Jef,

Bij deze bevestig ik de boeking voor de fotoshoot tijdens de generale repetitie (donderdag 20 maart vanaf 18u)
en de première. Graag geen close-ups van leerlingen zonder toestemming; de lijst geef ik je ter plaatse.

Groeten,
{SIG['WL_TEL']}
""", rules=['personal_data'], fmt=['plain'], group=G, note='photographer booking; phone numbers in the signature')

M('bestelling-partituren', ADW, [UITGEVERIJ], 'Bestelling koorpartituren', f"""Goedemiddag,

Graag bestel ik 45 exemplaren van de koorpartituur 'Liederen van de Dijle' (artikelnummer NB-3318) en
1 directiepartituur (NB-3318D). Levering op het schooladres, factuur aan de boekhouding van het
Sint-Pieterscollege, met vermelding 'musical'.

{SIG['ADW']}
""", rules=[], fmt=['plain'], group=G, note='ordinary supplier order')

M('vraag-dpo-instagram', WL, [DPO], "Vraag: foto's musical op Instagram", f"""Beste,

Mogen we tijdens de voorstellingen korte filmpjes van de repetities op het Instagramaccount van de school
zetten als alleen leerlingen met toestemming herkenbaar zijn? Moeten we daarvoor nog iets extra vragen aan
de ouders?

Alvast bedankt,
{SIG['WL']}
""", rules=[], fmt=['plain'], group=G, note='question to the DPO, no personal data')

M('re-budget-goedgekeurd', KV, [ADW], 'RE: Budget band musical', f"""Annelies,

Akkoord voor de huurversterker en de statieven. Geef de factuur aan Hilde met vermelding 'musical 2025'.

{SIG['KV']}

""" + quote(ol_hdr('Annelies De Wachter', 'maandag 24 februari 2025 10:15', 'Katrien Vermeulen', 'Budget band musical') + """
Katrien,
Voor de band hebben we nog een huurversterker en twee extra microfoonstatieven nodig (samen ongeveer 180 euro).
Mag dat van het musicalbudget?
"""), irt=True, rules=[], fmt=['plain', 'reply'], group=G, note='ordinary internal reply (the group CC was dropped)')


# ===========================================================================
# build
# ===========================================================================
WHEN = {  # fixed dates where the content needs them (replies after their quoted mail, post-performance mail)
    'castlijst-aandachtspunten': (2025, 1, 20, 8, 12), 'fwd-castlijst-naar-hotmail': (2025, 1, 20, 19, 34),
    'x32-mengpaneel-slot': (2025, 1, 28, 16, 41), 're-mengtafel-vergrendeld': (2025, 1, 28, 17, 5),
    'fwd-lightsoft-account': (2025, 1, 17, 9, 30), 'fwd-verificatiecode-ticketkraam': (2025, 2, 3, 10, 14),
    're-wachtwoord-ticketkraam-vergeten': (2025, 2, 5, 11, 48), 're-zwarte-schoenen-verkeerde-draad': (2025, 2, 11, 8, 20),
    're-hoe-laat-repetitie-emma': (2025, 3, 7, 7, 55), 're-fotos-musical-toegangscode': (2025, 3, 24, 9, 10),
    'budget-band-cc-sectie': (2025, 2, 24, 10, 15), 're-budget-goedgekeurd': (2025, 2, 24, 14, 2),
    'fwd-ticketverkoop-naar-prive': (2025, 3, 16, 9, 12), 'opname-online-wachtwoord-ouders': (2025, 3, 27, 10, 0),
    'bedankt-na-voorstellingen': (2025, 3, 24, 8, 30), 'jas-victor-kleedkamer': (2025, 3, 24, 12, 40),
    'terugbetaling-tickets-iban': (2025, 3, 10, 15, 20), 'gestructureerde-mededelingen-verwerkt': (2025, 3, 3, 11, 5),
    'brief-voorstellingen-ticketverkoop': (2025, 2, 17, 9, 0), 'ticketshop-open-hoe-bestellen': (2025, 2, 24, 8, 0),
    'repetitieplanning-per-groep': (2025, 2, 6, 18, 30), 'personeel-repetitieweek-planning': (2025, 3, 12, 16, 0),
    'kostuumpassing-lotte-verschoven': (2025, 2, 10, 12, 5), 'kostuumpassing-lotte-verkeerde-janssens': (2025, 2, 10, 12, 1),
    'arne-ligaments-fr': (2025, 2, 18, 20, 10), 'arne-moet-stoppen-moeder': (2025, 2, 19, 9, 45),
    'arne-stoppen-verkeerde-vandenberghe': (2025, 2, 19, 9, 40), 'wachtwoord-verloopt': (2025, 2, 12, 6, 0),
}

GROUP_ADDR = {PERSONEEL, OUDERS_MUSICAL, 'sectie-muziek@spc.ksleuven.be', 'leerlingen5pk@spc.ksleuven.be'}
SCHOOL_DOM = ('sintpieterscollege.be', 'spc.ksleuven.be', 'lksd.ksleuven.be')


def addr_of(a):
    return a[1] if isinstance(a, tuple) else a


def fmt_addr(a):
    if isinstance(a, tuple) and a[0]:
        return f'{a[0]} <{a[1]}>'
    return addr_of(a)


def is_school(a):
    return a.split('@')[1].endswith(SCHOOL_DOM)


PHONE_RE = re.compile(r'(?<![\w+/.-])(?:\+32[\s.]?|0)\d(?:[\s./]?\d){7,8}(?![\d])')
IBAN_RE = re.compile(r'\bBE\d{2}(?:\s?\d{4}){3}\b')
RRN_RE = re.compile(r'\b\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}\b')
DOB_RE = re.compile(r'geboortedatum|geboren|date de naissance|n[ée]e? le|date of birth|born on', re.I)


def main():
    order = list(range(len(MAILS)))
    random.Random(58).shuffle(order)
    mails = [MAILS[i] for i in order]
    rnd = random.Random(580)
    start = datetime.datetime(2025, 1, 13, 7, 30, tzinfo=TZ)
    for f in os.listdir(HERE):
        if f.endswith('.eml'):
            os.remove(os.path.join(HERE, f))
    parents_of = {r[0]: {a for a in (r[5], r[6]) if a} for r in ROSTER}
    all_parents = set().union(*parents_of.values())
    labels = []
    slugs = set()
    for n, m in enumerate(mails, 1):
        assert m['slug'] not in slugs, m['slug']
        slugs.add(m['slug'])
        fname = f"{n:03d}-{m['slug']}.eml"
        if m['slug'] in WHEN:
            dt = datetime.datetime(*WHEN[m['slug']], tzinfo=TZ)
        else:
            day = rnd.randrange(0, 61)
            dt = start + datetime.timedelta(days=day, minutes=rnd.randrange(0, 14 * 60))
        dt = dt.replace(second=rnd.randrange(60))
        frm = addr_of(m['frm'])
        dom = frm.split('@')[1]
        msg = EmailMessage(policy=policy.default)
        msg['From'] = fmt_addr(m['frm'])
        msg['To'] = ', '.join(fmt_addr(a) for a in m['to'])
        if m['cc']:
            msg['Cc'] = ', '.join(fmt_addr(a) for a in m['cc'])
        msg['Subject'] = m['subject']
        msg['Date'] = format_datetime(dt)
        msg['Message-ID'] = f"<{dt:%Y%m%d%H%M%S}.58{n:03d}.{rnd.randrange(16**8):08x}@{dom}>"
        if m['irt']:
            ref = f"<{(dt - datetime.timedelta(hours=3)):%Y%m%d%H%M%S}.{rnd.randrange(16**10):010x}@mail.gmail.com>"
            msg['In-Reply-To'] = ref
            msg['References'] = ref
        msg['X-Mailer'] = m['mailer']
        msg['Content-Language'] = {'nl': 'nl-BE', 'fr': 'fr-BE', 'en': 'en-GB'}[m['lang']]
        if m['html_only']:
            msg.set_content(m['html'], subtype='html', charset=m['charset'], cte=m['cte'])
        else:
            msg.set_content(m['body'], charset=m['charset'], cte=m['cte'])
            if m['html']:
                msg.add_alternative(m['html'], subtype='html', charset=m['charset'], cte='quoted-printable')
        for (an, data, mt, st, _t) in m['atts']:
            msg.add_attachment(data, maintype=mt, subtype=st, filename=an)
        k = 0
        for part in msg.walk():
            if part.is_multipart():
                part.set_boundary(f'----=_NextPart_58{n:03d}_{k:02d}_{dt:%H%M%S}')
                k += 1
        with open(os.path.join(HERE, fname), 'wb') as fh:
            fh.write(msg.as_bytes())

        rcpt = []
        for a in m['to'] + m['cc'] + m['bcc']:
            a = addr_of(a)
            if a not in rcpt:
                rcpt.append(a)
        mail_from = m['mail_from'] or frm

        # ---- self-checks on the author's own consistency ----
        text = '\n'.join([m['subject'], m['body'] or '', m['html'] or ''] + [t[4] for t in m['atts']])
        pd = bool(PHONE_RE.search(text) or IBAN_RE.search(text) or RRN_RE.search(text) or DOB_RE.search(text))
        assert pd == ('personal_data' in m['rules']), (fname, 'personal_data', PHONE_RE.findall(text), DOB_RE.findall(text))
        assert bool(m['cats']) == ('sensitive' in m['rules']), (fname, 'cats')
        assert m['mis'] == ('recipient' in m['rules']), (fname, 'recipient')
        vis = [addr_of(a) for a in m['to'] + m['cc']]
        ext = {a for a in vis if not is_school(a)}
        grp = [a for a in vis if a in GROUP_ADDR]
        assert (len(ext) >= 2 or bool(grp)) == ('bcc' in m['rules']), (fname, 'bcc')
        priv = not is_school(frm) or any(a in ('annelies.dw@hotmail.com', 'tom.geerts.home@telenet.be') for a in rcpt)
        if 'private_account' in m['rules']:
            assert priv, fname
        R = set(rcpt)
        if m['about']:
            own = set().union(*(parents_of[p] for p in m['about']))
            if m['mis']:
                assert not (R & own) and (R & all_parents), (fname, 'mis')
            elif R & all_parents:
                assert R & own, (fname, 'not-mis')
        for a in rcpt:
            if a.endswith('@leerling.sintpieterscollege.be'):
                assert any(r[4] == a for r in ROSTER), a
        labels.append((fname, m, mail_from, rcpt))

    # ---- labels.yaml ----
    out = ['# batch58 - Stroom/SPC Leuven arts department: music, drama and the school musical "Dijlelicht" '
           '(rehearsals, ticket shop, sound and light, consent, care, costs, choreographer); blind labels', '']
    for fname, m, mail_from, rcpt in labels:
        out.append(f'{fname}:')
        out.append(f"  rules: [{', '.join(m['rules'])}]")
        if m['cats']:
            out.append(f"  categories: {{sensitive: [{', '.join(m['cats'])}]}}")
        out.append(f'  mail_from: {mail_from}')
        out.append(f"  rcpt: [{', '.join(rcpt)}]")
        out.append(f"  about: [{', '.join(m['about'])}]")
        out.append(f"  misdirected: {'true' if m['mis'] else 'false'}")
        out.append(f"  note: {json.dumps(m['note'], ensure_ascii=False)}")
        out.append(f"  lang: {m['lang']}")
        out.append(f"  format: [{', '.join(m['fmt'])}]")
    with open(os.path.join(HERE, 'labels.yaml'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(out) + '\n')

    # ---- roster.csv ----
    with open(os.path.join(HERE, 'roster.csv'), 'w', encoding='utf-8-sig', newline='') as fh:
        w = csv.writer(fh, delimiter=';', lineterminator='\r\n')
        w.writerow(['Intern nummer', 'Voornaam', 'Naam', 'Klas', 'E-mailadres leerling', 'E-mailadres ouder 1',
                    'E-mailadres ouder 2'])
        w.writerows(ROSTER)

    # ---- summary ----
    from collections import Counter
    rc, cc, gc = Counter(), Counter(), Counter()
    for _f, m, _a, _r in labels:
        rc.update(m['rules'] or ['(none)'])
        cc.update(m['cats'])
        gc[m['group']] += 1
    print(len(labels), 'mails')
    print('rules:', dict(rc))
    print('categories:', dict(cc))
    print('groups:', dict(gc))
    print('misdirected:', sum(m['mis'] for _f, m, _a, _r in labels))
    print('about a pupil, correctly addressed to own parent:',
          sum(1 for _f, m, _a, r in labels if m['about'] and not m['mis']
              and set(r) & set().union(*({a for a in (row[5], row[6]) if a} for row in ROSTER if row[0] in m['about']))))


if __name__ == '__main__':
    main()
