#!/usr/bin/env python3
"""batch09: labelled outgoing mail of a fictional Dutch-language secondary school in Brussels
(Sint-Pieterscollege, campus Brussel), school year 2024-2025.

Deterministic: fixed dates, boundaries and seeds.  Run:  python3 make.py
Writes NNN-slug.eml, labels.yaml and roster.csv next to this script.
Only the Python standard library is used.
"""
import base64
import csv
import html as htmlmod
import io
import os
import quopri
import random
import re
import unicodedata
from datetime import datetime, timedelta, timezone
from email import charset as emcharset
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import formataddr, format_datetime
from email import message_from_bytes
from email import policy as empolicy

HERE = os.path.dirname(os.path.abspath(__file__))
D = 'sintpieterscollege.be'
SD = 'spc.ksleuven.be'

# --------------------------------------------------------------------------- staff
STAFF = {
    'hilde':   ('Hilde Verstraeten', 'hilde.verstraeten@' + D),      # directeur
    'karim':   ('Karim Ouali', 'kou@' + SD),                         # adjunct-directeur 2de/3de graad
    'sofie':   ('Sofie Lambrechts', 'sofie.lambrechts@' + D),        # zorgcoordinator
    'jonas':   ('Jonas De Smedt', 'jonas.desmedt@' + D),             # leerlingenbegeleider 2de graad
    'rita':    ('Rita Claes', 'rita.claes@' + D),                    # boekhouding / leerlingenadministratie
    'bart':    ('Bart Wouters', 'bwo@' + SD),                        # ICT-coordinator
    'nadia':   ('Nadia El Amrani', 'nadia.elamrani@' + D),           # Frans, titularis 2C
    'pieter':  ('Pieter Vanhove', 'pieter.vanhove@' + D),            # wiskunde, titularis 3B
    'ewa':     ('Ewa Kowalczyk', 'ewa.kowalczyk@' + D),              # biologie/chemie, titularis 4A
    'thomas':  ('Thomas Goossens', 'tgo@' + SD),                     # LO
    'an':      ('An Wuyts', 'an.wuyts@' + D),                        # Nederlands, titularis 1A
    'mehmet':  ('Mehmet Yilmaz', 'mehmet.yilmaz@' + D),              # STEM, titularis 1C
    'greet':   ('Greet Van den Broeck', 'greet.vandenbroeck@' + D),  # taalcoach / ex-OKAN
    'stijn':   ('Stijn Peeters', 'stijn.peeters@' + D),              # geschiedenis, titularis 5C
    'fatima':  ('Fatima Bouzid', 'fatima.bouzid@' + D),              # leerlingensecretariaat, afwezigheden
    'ines':    ('Ines Mertens', 'ines.mertens@' + D),                # zorgleerkracht 1ste graad
    'lucia':   ('Lucía Romero', 'lucia.romero@' + D),                # Engels, titularis 6A
    'dirk':    ('Dirk Hermans', 'dirk.hermans@' + D),                # opvoeder
    'marijke': ('Marijke Dewitte', 'marijke.dewitte@' + D),          # leerlingenbegeleider 1ste graad
    'yannick': ('Yannick Mbuyi', 'yannick.mbuyi@' + D),              # economie, titularis 5A
    'joke':    ('Joke Segers', 'joke.segers@' + D),                  # onthaal / EHBO
    'andrei':  ('Andrei Popescu', 'andrei.popescu@' + D),            # ICT-helpdesk
    'lieve':   ('Lieve Aerts', 'lieve.aerts@' + D),                  # godsdienst, uitstappen
    'wim':     ('Wim Cools', 'wim.cools@' + D),                      # technisch medewerker
    'secr':    ('Secretariaat Sint-Pieterscollege', 'secretariaat@' + D),
    'directie': ('Directie Sint-Pieterscollege', 'directie@' + D),
    'info':    ('Sint-Pieterscollege', 'info@' + D),
}

# --------------------------------------------------------------------------- pupils in the stories
# key: (voornaam, naam, klas, ouder1, ouder2)
STORY = {
    'yasmine':  ('Yasmine', 'Bakkali', '1A', 'naima.bakkali@gmail.com', ''),
    'lucas':    ('Lucas', 'Vermeir', '1A', 'ann.debruyne@telenet.be', 'kris.vermeir@telenet.be'),
    'oumaima':  ('Oumaima', 'Tahiri', '1A', 'h.tahiri@hotmail.com', 'souad.elhajji@gmail.com'),
    'aya':      ('Aya', 'Benhaddou', '1A', 'samira.benhaddou@hotmail.com', 'y.benhaddou@gmail.com'),
    'ali':      ('Ali', 'Rahimi', '1A', 'rahimi.farid@gmail.com', 'zahra.ahmadi.bxl@gmail.com'),
    'lore':     ('Lore', 'Vanderlinden', '1A', 'vanderlinden.sofie@telenet.be', 'geert.vanderlinden@telenet.be'),
    'ella':     ('Ella', 'Maes', '1A', 'ellen.maes@telenet.be', ''),
    'tymon':    ('Tymon', 'Wiśniewski', '1B', 'agnieszka.wisniewska@gmail.com', 'tomasz.wisniewski@gmail.com'),
    'hajar':    ('Hajar', 'Amraoui', '1B', 'amraoui.h@gmail.com', ''),
    'theo':     ('Théo', 'Lefèvre', '1B', 'claire.lefevre@voo.be', ''),
    'milan':    ('Milan', 'Stevens', '1B', 'stevens.kim@telenet.be', ''),
    'amina':    ('Amina', 'Saïdi', '1B', 'saidi.rachida@gmail.com', ''),
    'salma':    ('Salma', 'Ouazzani', '1C', 'r.ouazzani@proximus.be', ''),
    'daan':     ('Daan', 'Verlinden', '1C', 'inge.verlinden@telenet.be', 'bert.verlinden@proximus.be'),
    'arda':     ('Arda', 'Kaya', '1C', 'kaya.murat@gmail.com', ''),
    'hugo':     ('Hugo', 'Rousseau', '1C', 'rousseau.anne@voo.be', ''),
    'ruben_va': ('Ruben', 'Van Aken', '1C', 'vanaken.bart@telenet.be', ''),
    'divine':   ('Divine', 'Kabongo', '1D', 'kabongo.therese@gmail.com', ''),
    'lotte':    ('Lotte', 'Coppens', '1D', 'coppens.bert@skynet.be', 'sarah.vanlaere@gmail.com'),
    'noa':      ('Noa', 'Peeters', '1D', 'kristel.peeters@telenet.be', ''),
    'nour':     ('Nour', 'El Khattabi', '2A', 'elkhattabi.m@outlook.com', ''),
    'anas':     ('Anas', 'Belkacem', '2A', 'belkacem.fam@gmail.com', ''),
    'febe':     ('Febe', 'Claessens', '2A', 'claessens.wim@telenet.be', ''),
    'victor':   ('Victor', 'Lenoir', '2A', 'lenoir.isabelle@voo.be', ''),
    'jasper':   ('Jasper', 'Smet', '2A', 'smet.hans@telenet.be', ''),
    'chloe':    ('Chloé', 'Martin', '2A', 'martin.celine@voo.be', ''),
    'daniela':  ('Daniela', 'Moreno Díaz', '2B', 'carmen.diaz.lopez@gmail.com', 'jmoreno.bxl@gmail.com'),
    'andres':   ('Andrés', 'Castillo Ruiz', '2B', 'lucia.ruiz.castillo@gmail.com', ''),
    'elias':    ('Elias', 'Jacobs', '2B', 'tim.jacobs@telenet.be', ''),
    'arne':     ('Arne', 'Claeys', '2B', 'claeys.marleen@skynet.be', ''),
    'mateo':    ('Mateo', 'Sánchez', '2B', 'sanchez.pilar@gmail.com', ''),
    'ines_l':   ('Inès', 'Lambert', '2C', 'sophie.durand@voo.be', 'marc.lambert@skynet.be'),
    'ines_la':  ('Inès', 'Laurent', '2C', 'laurent.julie@voo.be', ''),
    'yasmine_i': ('Yasmine', 'Idrissi', '2C', 'l.idrissi@voo.be', ''),
    'parisa':   ('Parisa', 'Rahimi', '2C', 'rahimi.farid@gmail.com', 'zahra.ahmadi.bxl@gmail.com'),
    'samir':    ('Samir', 'Haddad', '2C', 'haddad.youssef@voo.be', ''),
    'lina':     ('Lina', 'Dewulf', '2D', 'jessica.dewulf@hotmail.com', ''),
    'abdi':     ('Abdirahman', 'Warsame', '2D', 'h.okafor@voogdij-brussel.be', ''),
    'mohamed':  ('Mohamed', 'Azzouzi', '2D', 'azzouzi.k@hotmail.com', ''),
    'noemie':   ('Noémie', 'Leroy', '2D', 'leroy.nathalie@voo.be', ''),
    'daan_vh':  ('Daan', 'Verhulst', '2D', 'inge.verhulst@telenet.be', ''),
    'grace':    ('Grace', 'Kabongo', '3A', 'kabongo.therese@gmail.com', ''),
    'sem':      ('Sem', 'Willems', '3A', 'tamara.willems@hotmail.com', ''),
    'noah':     ('Noah', 'Desmet', '3A', 'desmet.kristof@telenet.be', ''),
    'amira':    ('Amira', 'Saidi', '3A', 'saidi.latifa@hotmail.com', ''),
    'jarne':    ('Jarne', 'Michiels', '3B', 'michiels.kathy@telenet.be', ''),
    'marie_b':  ('Marie', 'Bogaert', '3B', 'bogaert.koen@telenet.be', ''),
    'rania':    ('Rania', 'Karimi', '3B', 'karimi.leila@gmail.com', ''),
    'emre':     ('Emre', 'Zengin', '3B', 'zengin.ayse@hotmail.com', ''),
    'wiktor':   ('Wiktor', 'Zieliński', '3B', 'joanna.zielinska@gmail.com', ''),
    'brent':    ('Brent', 'Geerts', '3B', 'geerts.lieselot@telenet.be', ''),
    'ilyas':    ('Ilyas', 'Amrani', '3C', 'fatiha.amrani@hotmail.com', ''),
    'robin':    ('Robin', 'Lemmens', '3C', 'lemmens.an@telenet.be', ''),
    'amber':    ('Amber', 'Verstappen', '3C', 'verstappen.nele@proximus.be', ''),
    'adrian':   ('Adrian', 'Stan', '3C', 'stan.cristina@gmail.com', ''),
    'lotte_co': ('Lotte', 'Coomans', '3C', 'an.coomans@telenet.be', ''),
    'yanis':    ('Yanis', 'Benali', '3D', 'rachid.benali@voo.be', ''),
    'sara':     ('Sara', 'Dumont', '3D', 'valerie.dumont@proximus.be', ''),
    'ilias':    ('Ilias', 'Ezzahiri', '3D', 'ezzahiri.family@gmail.com', ''),
    'lucie':    ('Lucie', 'Moreau', '3D', 'moreau.famille@voo.be', ''),
    'zuzanna':  ('Zuzanna', 'Kaczmarek', '4A', 'm.kaczmarek@gmail.com', ''),
    'filip':    ('Filip', 'Kowalski', '4A', 'kowalski.piotr@gmail.com', ''),
    'oliwia':   ('Oliwia', 'Nowak', '4A', 'nowak.beata@outlook.com', ''),
    'omid':     ('Omid', 'Rahimi', '4A', 'rahimi.farid@gmail.com', 'zahra.ahmadi.bxl@gmail.com'),
    'ruben':    ('Ruben', 'Van Acker', '4B', 'els.vanacker@telenet.be', ''),
    'jens':     ('Jens', 'Goethals', '4B', 'goethals.family@telenet.be', ''),
    'bilal':    ('Bilal', 'Chakir', '4B', 'chakir.said@gmail.com', ''),
    'bram':     ('Bram', 'Hendrickx', '4B', 'hendrickx.j@skynet.be', ''),
    'manon':    ('Manon', 'Dupont', '4B', 'dupont.caroline@skynet.be', ''),
    'jelle':    ('Jelle', 'Peeters', '4B', 'katrien.peeters@telenet.be', ''),
    'kato':     ('Kato', 'Vandamme', '4C', 'veerle.vandamme@telenet.be', ''),
    'adam':     ('Adam', 'El Idrissi', '4C', 'elidrissi.n@hotmail.com', ''),
    'ioana':    ('Ioana', 'Dumitrescu', '4C', 'dumitrescu.mihaela@gmail.com', ''),
    'pablo':    ('Pablo', 'Moreno Díaz', '4D', 'carmen.diaz.lopez@gmail.com', 'jmoreno.bxl@gmail.com'),
    'kacper':   ('Kacper', 'Nowicki', '4D', 'anna.nowicka@outlook.com', ''),
    'maria':    ('Maria', 'Popa', '4D', 'popa.elena@gmail.com', ''),
    'emir':     ('Emir', 'Aydın', '4D', 'aydin.selma@gmail.com', ''),
    'mats':     ('Mats', 'Verhaegen', '5A', 'katleen.dhondt@telenet.be', ''),
    'wout':     ('Wout', 'De Coninck', '5A', 'deconinck.sven@gmail.com', ''),
    'joel':     ('Joël', 'Mukendi', '5A', 'patrick.mukendi@gmail.com', 'chantal.ilunga@hotmail.com'),
    'nina':     ('Nina', 'Vos', '5A', 'vos.barbara@telenet.be', ''),
    'victor_n': ('Victor', 'Nguyen', '5B', 'nguyen.thanh@gmail.com', ''),
    'elise':    ('Elise', 'Van Hecke', '5B', 'vanhecke.pieter@telenet.be', ''),
    'soufiane': ('Soufiane', 'Bakkali', '5B', 'm.bakkali@hotmail.com', ''),
    'jana':     ('Jana', 'Smets', '5C', 'smets.dirk@telenet.be', 'griet.vos@telenet.be'),
    'rayan':    ('Rayan', 'Boukhari', '5C', 'boukhari.a@hotmail.com', ''),
    'tom':      ('Tom', 'Lenaerts', '5C', 'lenaerts.gezin@telenet.be', ''),
    'sofia':    ('Sofia', 'Rossi', '5C', 'paola.rossi@gmail.com', ''),
    'femke':    ('Femke', 'De Backer', '5C', 'debacker.joris@telenet.be', ''),
    'wiktoria': ('Wiktoria', 'Zielonka', '5D', 'zielonka.m@gmail.com', ''),
    'oliver':   ('Oliver', 'Hughes', '6A', 'david.hughes@outlook.com', 'claire.hughes@gmail.com'),
    'emma':     ('Emma', 'Novak', '6A', 'petra.novak@gmail.com', ''),
    'lars':     ('Lars', 'Dierckx', '6A', 'dierckx.veerle@telenet.be', ''),
    'hannah':   ('Hannah', 'Keller', '6B', 'j.keller@outlook.com', ''),
    'zofia':    ('Zofia', 'Kaczmarczyk', '6B', 'kaczmarczyk.anna@gmail.com', ''),
    'melissa':  ('Melissa', 'Rodrigues', '6C', 'rodrigues.ana@gmail.com', ''),
    'noor':     ('Noor', 'Verbruggen', '6C', 'verbruggen.lies@telenet.be', ''),
    'ayoub':    ('Ayoub', 'Lamrani', '6D', 'lamrani.h@gmail.com', ''),
    'quinten':  ('Quinten', 'Bosmans', '6D', 'bosmans.ilse@telenet.be', ''),
}

CLASSES = [f'{g}{c}' for g in range(1, 7) for c in 'ABCD']
N_PUPILS = 300

FIRST = {
    'vl': ('Lander Wannes Seppe Jules Mathis Lowie Stan Jef Warre Vic Robbe Tuur Kobe Senne Ward Jasper Milan Cas '
           'Lotte Fien Lien Jolien Eline Lisa Marthe Janne Hanne Nele Roos Margot Ine Bo Jade Amelie Axelle Floor Tess').split(),
    'ma': ('Mohamed Yassine Ayoub Hamza Anas Imran Zakaria Bilal Ismail Othmane Mehdi Reda Sami Younes Nassim Adam '
           'Fatima Salma Imane Hiba Malak Meryem Ikram Soumaya Nisrine Rim Yousra Chaima Douae Hafsa Sara Inas').split(),
    'tr': 'Emir Yusuf Kerem Burak Mert Efe Berat Eren Elif Zeynep Ecem Esra Ayşe Defne Melis Büşra'.split(),
    'pl': 'Jakub Szymon Kacper Mikołaj Bartek Antoni Julia Maja Zofia Hanna Natalia Weronika Lena Amelia'.split(),
    'ro': 'Andrei Alexandru Ștefan Mihai Ioan Darius Ana Maria Elena Bianca Andreea Ioana Daria Sofia'.split(),
    'es': 'Alejandro Diego Javier Marcos Hugo Pablo Lucía Carmen Paula Martina Valeria Alba Irene'.split(),
    'fr': 'Louis Arthur Noah Nathan Lucas Théo Jules Camille Léa Chloé Manon Zoé Louise Juliette Clara'.split(),
    'cd': 'Christian Exaucé Merveille Glody Prince Gloire Daniel Grâce Benedicte Divine Esther Précieuse Ruth'.split(),
}
LAST = {
    'vl': ('Janssens Maes Jacobs Mertens Willems Claes Goossens Wouters De Smet Dubois Hermans Aerts Vermeulen '
           'Van Damme Bosmans Lemmens Verbeke Desmet Martens Stevens Pauwels Coppens Declercq Van de Velde Hendrickx '
           'Verhoeven Van Laere Dierickx Schepers Cuypers De Wolf Segers Van Roy Vandenberghe Lauwers').split(' '),
    'ma': ('El Amrani|Benali|Bouzidi|El Hamdaoui|Tahiri|Ouled Ali|Azzouz|Bennani|El Moussaoui|Laaroussi|Haddouchi|'
           'Chaouki|Zerrouki|Amrani|Boulaich|El Bakkali|Mokhtari|Ait Lahcen|Essafi|Bouhaddi').split('|'),
    'tr': 'Yıldız|Demir|Şahin|Çelik|Öztürk|Aksoy|Korkmaz|Doğan|Kılıç|Arslan'.split('|'),
    'pl': 'Kowalczyk|Lewandowski|Wójcik|Kamiński|Szymańska|Dąbrowski|Mazur|Krawczyk|Piotrowski|Grabowska'.split('|'),
    'ro': 'Ionescu|Constantin|Stoica|Munteanu|Rusu|Dobre|Marinescu|Georgescu|Tudor|Ene'.split('|'),
    'es': 'García|Fernández|López|Martínez|Pérez|Gómez|Ruiz|Navarro|Romero|Torres'.split('|'),
    'fr': 'Dupuis|Lejeune|Renard|Lambert|Simon|Mercier|Fontaine|Leclercq|Dumas|Girard|Gérard|Collard'.split('|'),
    'cd': 'Mbuyi|Kalonji|Tshibangu|Lukusa|Ngoy|Kabeya|Mputu|Nsimba|Lumbala|Makengo'.split('|'),
}
PARENT_FIRST = {
    'vl': 'Kristof Tom Bert Joris Pieter Wim Koen Steven Sarah Katrien Ilse Nathalie Evelien Leen Inge Veerle'.split(),
    'ma': 'Mustapha Abdelkader Rachid Said Hassan Mohamed Khadija Naima Fatiha Latifa Rachida Souad Malika Hanane'.split(),
    'tr': 'Mehmet Ahmet Hakan Murat Ayşe Fatma Hatice Emine'.split(),
    'pl': 'Piotr Marek Tomasz Paweł Katarzyna Agnieszka Magdalena Joanna'.split(),
    'ro': 'Ion Vasile Cristian Mihaela Elena Gabriela Cristina'.split(),
    'es': 'José Antonio Manuel Carmen Pilar Rosa Isabel'.split(),
    'fr': 'Olivier Philippe Nicolas Sophie Céline Isabelle Valérie Aurélie'.split(),
    'cd': 'Jean-Pierre Patrick Didier Chantal Thérèse Mireille Françoise'.split(),
}
ORIGINS = ['vl'] * 9 + ['ma'] * 8 + ['tr'] * 2 + ['pl'] * 2 + ['ro'] * 2 + ['es'] * 2 + ['fr'] * 3 + ['cd'] * 2
DOMAINS = ['telenet.be', 'gmail.com', 'gmail.com', 'hotmail.com', 'skynet.be', 'proximus.be', 'outlook.com', 'voo.be']


def ascii_slug(s):
    s = unicodedata.normalize('NFKD', s.replace('ł', 'l').replace('Ł', 'L').replace('ı', 'i'))
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return re.sub(r'[^a-z0-9]', '', s.lower())


def build_roster():
    rng = random.Random(20240902)
    ids = [f'P{n:04d}' for n in range(1, N_PUPILS + 1)]
    pool = ids[:]
    rng.shuffle(pool)
    pupils = {}
    key_to_id = {}
    for key in sorted(STORY):
        pid = pool.pop()
        key_to_id[key] = pid
        f, l, k, p1, p2 = STORY[key]
        pupils[pid] = dict(id=pid, first=f, last=l, cls=k, p1=p1, p2=p2)
    used_names = {(p['first'], p['last']) for p in pupils.values()}
    used_mail = {p['p1'] for p in pupils.values()} | {p['p2'] for p in pupils.values() if p['p2']}
    count = {c: 0 for c in CLASSES}
    for p in pupils.values():
        count[p['cls']] += 1
    for pid in sorted(pool):
        cls = min(CLASSES, key=lambda c: (count[c], rng.random()))
        count[cls] += 1
        while True:
            o = rng.choice(ORIGINS)
            f = rng.choice(FIRST[o])
            l = rng.choice(LAST[o])
            if (f, l) not in used_names:
                break
        used_names.add((f, l))
        mails = []
        for _ in range(2 if rng.random() < 0.55 else 1):
            for attempt in range(20):
                po = o if rng.random() < 0.85 else 'vl'
                pf = rng.choice(PARENT_FIRST[po])
                pl = l if rng.random() < 0.6 else rng.choice(LAST[po])
                dom = rng.choice(DOMAINS)
                form = rng.choice(['{f}.{l}', '{l}.{f}', '{f0}.{l}', '{f}{l}', '{l}.{f}{n}'])
                addr = form.format(f=ascii_slug(pf), l=ascii_slug(pl), f0=ascii_slug(pf)[0],
                                   n=rng.randint(1, 99)) + '@' + dom
                if addr not in used_mail:
                    break
            used_mail.add(addr)
            mails.append(addr)
        pupils[pid] = dict(id=pid, first=f, last=l, cls=cls, p1=mails[0], p2=mails[1] if len(mails) > 1 else '')
    return pupils, key_to_id


PUPILS, KEY2ID = build_roster()


class _P:
    def __init__(self, key):
        d = PUPILS[KEY2ID[key]]
        self.id = d['id']
        self.first = d['first']
        self.last = d['last']
        self.cls = d['cls']
        self.p1 = d['p1']
        self.p2 = d['p2']
        self.name = f"{self.first} {self.last}"


def P(key):
    return _P(key)


def write_roster():
    def pmail(p):
        return f"{ascii_slug(p['first'])}.{ascii_slug(p['last'])}@leerling.{D}"
    rows = sorted(PUPILS.values(), key=lambda p: (p['cls'], p['last'], p['first']))
    with open(os.path.join(HERE, 'roster.csv'), 'w', encoding='utf-8-sig', newline='') as fh:
        w = csv.writer(fh, delimiter=';', lineterminator='\r\n')
        w.writerow(['Intern nummer', 'Voornaam', 'Naam', 'Klas', 'E-mailadres leerling',
                    'E-mailadres ouder 1', 'E-mailadres ouder 2'])
        for p in rows:
            w.writerow([p['id'], p['first'], p['last'], p['cls'], pmail(p), p['p1'], p['p2']])


# --------------------------------------------------------------------------- signatures
SCHOOL = 'Sint-Pieterscollege Brussel\nGentsesteenweg 418 - 1080 Sint-Jans-Molenbeek'
TEL = '02 520 14 80'
SIG = {
    'hilde': f'Hilde Verstraeten\ndirecteur\n{SCHOOL}\ntel. {TEL}',
    'hilde_short': 'Hilde Verstraeten\ndirecteur',
    'karim': 'Karim',
    'karim_full': f'Karim Ouali\nadjunct-directeur 2de en 3de graad\n{SCHOOL}\nT 02 520 14 83',
    'karim_nt': 'Karim Ouali\nadjunct-directeur 2de en 3de graad\nSint-Pieterscollege Brussel',
    'sofie': 'Warme groet,\nSofie\n\nSofie Lambrechts\nzorgcoördinator\nT 02 520 14 86 (ma-di-do)',
    'sofie_nt': 'Warme groet,\nSofie Lambrechts\nzorgcoördinator Sint-Pieterscollege',
    'jonas': 'Jonas De Smedt\nleerlingenbegeleiding 2de graad\nGSM 0479 33 18 02 (enkel schooluren)',
    'jonas_nt': 'Jonas\n(leerlingenbegeleiding 2de graad)',
    'rita': f'Met vriendelijke groet,\n\nRita Claes\nBoekhouding - leerlingenadministratie\n{SCHOOL}\nTel. 02 520 14 81',
    'rita_nt': 'Met vriendelijke groet,\n\nRita Claes\nBoekhouding - leerlingenadministratie\nSint-Pieterscollege Brussel',
    'bart': 'mvg\nBart\n--\nBart Wouters - ICT-coördinator\nSint-Pieterscollege Brussel',
    'nadia': 'Nadia El Amrani\nleerkracht Frans - titularis 2C',
    'pieter': 'Groeten,\nPieter Vanhove\nwiskunde - klastitularis 3B',
    'ewa': 'Met vriendelijke groeten,\nEwa Kowalczyk\nleerkracht biologie en chemie, titularis 4A\nSint-Pieterscollege Brussel',
    'thomas': 'grtz\nThomas',
    'an': 'Hartelijke groet,\nAn Wuyts\ntitularis 1A',
    'mehmet': 'Mvg,\nM. Yilmaz\nSTEM - titularis 1C',
    'greet': 'Hartelijke groeten,\nGreet Van den Broeck\ntaalcoach / begeleiding anderstalige nieuwkomers',
    'stijn': 'Stijn Peeters\ngeschiedenis - titularis 5C',
    'fatima': f'Met vriendelijke groeten,\n\nFatima Bouzid\nLeerlingensecretariaat\n{SCHOOL}\nT {TEL}',
    'ines': 'Groetjes,\nInes Mertens\nzorgleerkracht 1ste graad',
    'lucia': 'Lucía Romero\nEnglish - titularis 6A\nSint-Pieterscollege Brussel',
    'dirk': 'dirk',
    'marijke': 'Vriendelijke groeten,\nMarijke Dewitte\nleerlingenbegeleider 1ste graad\nSint-Pieterscollege Brussel',
    'yannick': 'Yannick Mbuyi\neconomie - titularis 5A',
    'joke': f'Joke Segers\nonthaal & EHBO\nSint-Pieterscollege Brussel - {TEL}',
    'joke_nt': 'Joke Segers\nonthaal & EHBO',
    'andrei': 'Met vriendelijke groeten,\nAndrei Popescu\nICT-helpdesk Sint-Pieterscollege\nhelpdesk: lokaal A.011 (ma-vr 8u-16u)',
    'lieve': 'Groetjes!\nLieve Aerts\ngodsdienst - coördinatie uitstappen en reizen',
    'wim': 'Wim\ntechnische dienst',
}

# --------------------------------------------------------------------------- mail model
MAILS = []


def addr_of(x):
    """staff key | pupil-parent tuple | (name, addr) | 'addr' -> (name, addr)"""
    if isinstance(x, tuple):
        return x
    if x in STAFF:
        return STAFF[x]
    return ('', x)


def M(date, frm, to, subject, body, *, cc=(), bcc=(), fmt='plain', rules=(), cats=(), about=(),
      mis=False, note='', lang='nl', tags=(), att=(), fwd=None, html=None, slug='', mail_from=None,
      to_hdr=None, importance=None, inreply=None):
    MAILS.append(dict(date=date, frm=addr_of(frm), to=[addr_of(t) for t in to], cc=[addr_of(c) for c in cc],
                      bcc=[addr_of(b) for b in bcc], subject=subject, body=body, fmt=fmt, rules=list(rules),
                      cats=list(cats), about=[a if a.startswith('P') and a[1:].isdigit() else P(a).id for a in about],
                      mis=mis, note=note, lang=lang, tags=list(tags), att=list(att), fwd=fwd, html=html,
                      slug=slug, mail_from=mail_from, to_hdr=to_hdr, importance=importance, inreply=inreply))


# =========================================================================== SENSITIVE (40)
M('2024-09-04 15:12', 'sofie', ['an'], 'Aandachtspunten 1A - start schooljaar', f"""Dag An,

Zoals beloofd de aandachtspunten voor jouw klas, zodat je die al hebt voor de eerste klassenraad. De fiches staan ook in het LVS, maar ik weet dat dat nog niet bij iedereen vlot gaat.

| Leerling | Wat | Afspraak in de klas |
| {P('yasmine').name} | dyslexie (attest logopedist, lagere school) | Sprinto op haar laptop, toetsen in Arial 12, geen punten af voor spelling buiten Nederlands |
| {P('lucas').name} | diabetes type 1, sensor + pomp | mag altijd eten, drinken en meten, ook tijdens toetsen; bij hypo: druivensuiker in zijn pennenzak, reserve op het onthaal |
| {P('oumaima').name} | ouders gescheiden, week-weekregeling | beide ouders krijgen alle info (co-account); afhalen enkel door mama of oma, zie afspraak directie |
| {P('aya').name} | komt van een Franstalige lagere school | taalscreening Nederlands in week 3, Greet volgt op |

Ines komt in de eerste weken eens meevolgen in je les Nederlands. Als je iets opvalt bij andere leerlingen: gewoon even binnenspringen.

{SIG['sofie']}""", cc=['ines'], fmt='alt', rules=['sensitive', 'personal_data'], cats=['medical', 'care', 'family'],
  about=['yasmine', 'lucas', 'oumaima', 'aya'], slug='aandachtspunten-1a',
  note='start-of-year care table for class 1A: dyslexia, diabetes and a custody arrangement of named pupils; care coordinator phone in signature')

M('2024-09-12 10:41', 'fatima', [('Samira Haddouchi', 'samira.haddouchi@clb-leuven.be')],
  f"Melding problematische afwezigheden - {P('ilyas').name} ({P('ilyas').cls})", f"""Beste Samira,

Graag melden wij de problematische afwezigheden van {P('ilyas').name}, klas {P('ilyas').cls}.

Sinds 2 september is Ilyas al 9 halve dagen afwezig zonder wettiging (code B): 4/9, 5/9 voormiddag, 6/9, 9/9 en 11/9. Zijn mama, mevrouw Amrani, belt meestal 's middags om te zeggen dat hij 's ochtends niet uit bed komt en dat ze hem niet kan dwingen om te gaan. Vorig schooljaar liep er ook al een begeleiding bij jullie (toen via uw collega van de 2de graad).

Het begeleidingsteam is op de hoogte en meneer De Smedt zal deze week met Ilyas praten. Kan het CLB de begeleiding opnieuw opstarten en de mama uitnodigen?

{SIG['fatima']}""", fmt='qp', rules=['sensitive', 'personal_data'], cats=['psychosocial', 'care'], about=['ilyas'],
  slug='afwezigheden-clb-ilyas',
  note='reports a school-refusal pattern of one named pupil to the CLB and asks to restart CLB follow-up; school phone in signature')

M('2024-09-18 13:05', 'rita', ['karim'], 'gesprek mevr. Díaz morgen', f"""Karim,

Even ter info voor je gesprek morgen met mevrouw Díaz (mama van Daniela 2B en Pablo 4D).

Openstaand saldo gezin Moreno Díaz: € 486,50, waarvan € 402 nog van vorig schooljaar (skireis Pablo + handboekenpakket). Mevrouw belde vanmorgen, ze was in tranen: haar man is sinds juni zonder werk en ze krijgen de huur amper betaald.

Mijn voorstel:
- afbetalingsplan van € 40 per maand vanaf oktober
- de nieuwe kosten van dit jaar pas na de kerstvakantie aanrekenen
- als zij dat wil, doorverwijzen naar het OCMW van Vorst voor een tussenkomst

Laat je iets weten wat je beslist? Dan maak ik het plan op.

Rita""", rules=['sensitive'], cats=['financial'], about=['daniela', 'pablo'], slug='saldo-moreno-diaz',
  note='internal: unpaid school bills of one family after job loss, payment plan proposed')

M('2024-09-23 08:20', 'joke', ['thomas'], f"{P('nour').name} ({P('nour').cls}) - allergie", f"""Dag Thomas,

Voor de sportlessen en de daguitstap: {P('nour').name} uit {P('nour').cls} heeft een ernstige allergie voor pinda's en noten (vorig jaar een anafylactische reactie op een verjaardagsfeest).

- Ze heeft altijd een EpiPen in het voorvakje van haar boekentas.
- Een tweede pen ligt in de EHBO-kast op het onthaal, gele doos met haar naam.
- Bij de sportdag en zwemmen: pen mee in de EHBO-tas.

Lieve, voor de daguitstap naar Gent op 3/10: graag geen koekjes of snoep uitdelen in de bus zonder de verpakking te checken.

Bij nood kan je mama bellen op 0486 21 77 30.

{SIG['joke_nt']}""", cc=['lieve'], fmt='plain', rules=['sensitive', 'personal_data'], cats=['medical'], about=['nour'],
  slug='allergie-nour', note="severe nut allergy and emergency plan of one named pupil, with the mother's mobile number")

M('2024-10-01 19:47', 'nadia', [('Sophie Durand', P('ines_l').p1)], 'Inès', """Madame Durand,

Je vous remercie pour votre appel de ce midi. Comme convenu, je vous résume ce que j'ai remarqué en classe.

Depuis le décès de son grand-père, Inès est très silencieuse. Elle a pleuré deux fois pendant le cours la semaine passée et, d'après la surveillante, elle ne mange presque rien à midi. C'est tout à fait compréhensible après une telle perte, mais je préfère que nous la suivions de près.

Avec votre accord, Madame Dewitte, notre accompagnatrice des élèves du premier degré, prendra contact avec Inès cette semaine pour un premier entretien. Inès peut aussi toujours venir me parler après le cours.

Si vous préférez qu'elle ne participe pas à l'excursion du 10 octobre, dites-le-moi simplement.

Bien cordialement,

Nadia El Amrani
professeur de français - titulaire de la 2C""", fmt='qp', rules=['sensitive'], cats=['family', 'psychosocial'],
  about=['ines_l'], lang='fr', slug='ines-grand-pere',
  note='to the mother: a pupil grieving her grandfather, crying in class and not eating; referral to the pupil counsellor')

M('2024-10-03 16:30', 'jonas', [('Kathleen Vercammen', 'kathleen.vercammen@' + D)],
  '4B - situatie Ruben (vertrouwelijk)', f"""Dag Kathleen,

Zoals kort besproken in de leraarskamer.

Ruben Van Acker komt sinds vorige week niet meer naar de speelplaats, hij blijft in de gang bij de toiletten hangen. Vandaag toonde hij me screenshots uit de klasgroep op Snapchat: foto's van hem in de kleedkamer na LO, met commentaar over zijn gewicht. Jens en Bilal hebben die foto's gemaakt en doorgestuurd, dat geven ze ook toe.

- Ruben: gesprek gehad. Hij wil niet dat zijn mama al gebeld wordt, ik heb gezegd dat we dat wel moeten doen, morgen doen we het samen.
- Jens en Bilal: herstelgesprek dinsdag 4de uur, de foto's zijn in mijn bijzijn verwijderd. Karim belt hun ouders.

Kun je de komende weken extra opletten bij groepswerk? Aub Ruben niet apart zetten of in de klas benoemen, dat maakt het erger.

thx!

{SIG['jonas']}""", cc=['karim'], fmt='alt', rules=['sensitive', 'personal_data'], cats=['psychosocial'],
  about=['ruben', 'jens', 'bilal'], slug='4b-situatie-ruben',
  note="individual bullying case (victim and two perpetrators named) to the class teacher; counsellor's mobile in signature")

M('2024-10-08 11:02', 'sofie', [('Sven De Wolf', 'sven.dewolf@onw-brussel.be')],
  'Aanvraag ondersteuning - leerling 1B (T.W.)', """Beste Sven,

In bijlage de aanvraag voor T.W. uit 1B, die we vorige week op het MDO bespraken. De ouders gaven hun akkoord (handtekening op papier, ligt bij mij).

Ik hoor graag wanneer je een eerste observatie kan plannen, bij voorkeur op dinsdag of donderdag, dan is ook Ines (zorgleerkracht) op school.

""" + SIG['sofie'], att=[('aanvraag_ondersteuning_TW_1B.txt', 'text/plain', f"""AANVRAAG ONDERSTEUNING - ONDERSTEUNINGSNETWERK BRUSSEL
School: Sint-Pieterscollege Brussel (secundair)
Leerling: {P('tymon').name}
Geboortedatum: 14/03/2012
Klas: {P('tymon').cls}

Diagnose / verslag:
autismespectrumstoornis, vastgesteld in 2021 (revalidatiecentrum); daarnaast sterke
overgevoeligheid voor geluid. Gemotiveerd verslag opgemaakt door het CLB in juni 2024.

Hulpvraag van de school:
- hoe kunnen leerkrachten de overgangen (lokaalwissels, middagpauze) voorspelbaar maken?
- begeleiding bij plannen van taken en toetsen
- tips voor groepswerk

Reeds genomen maatregelen:
- vaste plaats vooraan aan de deur
- mag 5 minuten vroeger vertrekken bij lokaalwissel
- koptelefoon tijdens zelfstandig werk
""")], rules=['sensitive', 'personal_data'], cats=['medical', 'care'], about=['tymon'], slug='aanvraag-ondersteuning-tw',
  note='support request to the support network: autism diagnosis and care measures of one pupil, with date of birth in the attachment')

M('2024-10-10 07:58', 'karim', ['hilde'], 'Mats V. 5A', f"""Hilde,

Ter info en graag onder ons: de papa van Mats Verhaegen (5A) is vorige week opgepakt en zit in voorarrest. Mama belde me gisteravond. Mats weet het uiteraard, hij wil absoluut niet dat de klas het weet.

Ik heb enkel Yannick (titularis) ingelicht. Als er vragen komen van de pers - er stond iets in Bruzz - aub doorverwijzen naar mij.

{SIG['karim']}""", rules=['sensitive'], cats=['family'], about=['mats'], slug='mats-5a',
  note='internal: the father of one pupil is in pre-trial detention')

M('2024-10-15 12:30', 'ines', ['mehmet'], f"Salma O. ({P('salma').cls}) - afspraken wiskunde en wetenschappen", f"""Dag Mehmet,

Salma heeft sinds vorig jaar een attest dyscalculie van het revalidatiecentrum. Op de klassenraad van 8/10 werden deze maatregelen afgesproken, ze gelden voor wiskunde, STEM en aardrijkskunde:

| Maatregel | Wanneer | Wie |
| rekenmachine toegestaan | altijd, ook bij hoofdrekenen | alle vakken |
| formularium met tafels en omzettingen | toetsen en examens | wiskunde, STEM |
| 1/3 extra tijd | toetsen en examens | alle vakken |
| opgaven in stappen gesplitst | toetsen | wiskunde |

Wil jij het doorgeven aan de collega's die niet in cc staan? Bij vragen mag je altijd binnenspringen in het zorglokaal.

{SIG['ines']}""", cc=['an', 'nadia'], fmt='alt', rules=['sensitive'], cats=['medical', 'care'], about=['salma'],
  slug='salma-dyscalculie', note='dyscalculia diagnosis and individual accommodations of one named pupil')

M('2024-10-17 15:55', 'jonas', [('Lotte Vermeulen', 'lotte.vermeulen@clb-leuven.be')], 'dringend - leerling 4C', f"""Dag Lotte,

Ik probeerde je te bellen maar kreeg je voicemail.

Kato Vandamme (4C) heeft vanmiddag tegen een vriendin gezegd dat ze "er liever niet meer zou zijn" en dat ze al wist hoe. De vriendin kwam het mij melden. Ik heb Kato zelf gesproken: ze zegt dat ze daar de laatste weken vaak aan denkt. Ze heeft ook verse snijwonden aan haar linkerpols, die ze onder haar mouw verbergt.

Mama (Veerle) is verwittigd en heeft Kato om 15u opgehaald, ze gaat vanavond langs de huisarts.

Kan jij morgen vrijmaken voor een gesprek met Kato en mama? 8u30 kan bij ons in lokaal B.010. Ik heb het ook in het LVS gezet.

{SIG['jonas']}""", importance='High', rules=['sensitive', 'personal_data'], cats=['psychosocial'], about=['kato'],
  slug='dringend-leerling-4c', note="suicidal statements and self-harm of one named pupil reported to the CLB; counsellor's mobile in signature")

M('2024-10-22 20:15', 'lucia', [('David Hughes', P('oliver').p1)], 'Oliver - exam arrangements', """Dear Mr Hughes,

Thank you for coming in yesterday with Oliver. As promised, a short summary of what we discussed.

Oliver told us the panic attacks started last spring, before the June exams, and that they have become more frequent since September: twice in class this month, and once he had to leave the classroom and was found in the toilets by Mr Hermans, our supervisor.

For the December exams we propose:
- a seat close to the door in a smaller exam room (max. 10 pupils);
- he may leave the room for five minutes with the supervisor's agreement;
- Ms Lambrechts, our care coordinator, will add these measures to his file so that all teachers know.

We would also strongly suggest that Oliver talks to the CLB psychologist who works with our school (free and confidential). I can make the appointment if you and Oliver agree.

Kind regards,

""" + SIG['lucia'], fmt='alt', rules=['sensitive'], cats=['psychosocial', 'care'], about=['oliver'], lang='en',
  slug='oliver-exam-arrangements', note='to the father: panic attacks of the pupil and individual exam arrangements')

M('2024-11-05 10:20', 'rita', [('Bieke Smolders', 'bieke.smolders@ocmw-molenbeek.be')],
  'Tussenkomst schoolkosten - gezin Kabongo', f"""Geachte mevrouw Smolders,

Naar aanleiding van ons telefoongesprek van vrijdag bezorg ik u hierbij het overzicht van de openstaande schoolkosten van de kinderen van mevrouw Thérèse Kabongo.

- {P('grace').name} ({P('grace').cls}) - factuur 2024-0317: € 186,20
- {P('divine').name} ({P('divine').cls}) - factuur 2024-0318: € 126,20
Totaal: € 312,40 (handboekenpakket, werkboeken, daguitstap Gent)

Mevrouw Kabongo gaf aan dat het OCMW deze kosten kan dragen binnen haar lopend dossier. Betaling kan op rekening BE71 0689 1234 5669 van de school, met vermelding van de gestructureerde mededeling op de facturen.

Voor uw dossier vroeg u ook de rijksregisternummers: Grace 09.06.21-246.18, Divine 11.12.03-330.62.

{SIG['rita']}""", fmt='qp', rules=['sensitive', 'personal_data'], cats=['financial'], about=['grace', 'divine'],
  slug='ocmw-kabongo', note='to the OCMW: unpaid school bills of one family to be paid by the OCMW; IBAN, national numbers and phone')

M('2024-11-07 13:40', 'greet', ['sofie'], f"Andrés ({P('andres').cls})", f"""Dag Sofie,

Ik wil je even iets laten weten over {P('andres').name} uit {P('andres').cls}, na het gesprek dat ik gisteren met zijn mama had (met een tolk Spaans aan de telefoon, dat ging gelukkig vlot).

Het gezin woont sinds september in een opvangcentrum voor asielzoekers in Haren. Ze delen met vier één kamer. De papa is nog in Colombia en er is al weken geen contact meer met hem. Andrés slaapt slecht, er is 's nachts veel lawaai, en hij heeft geen rustige plek om te studeren. Hij komt vaak zonder ontbijt naar school; ik heb hem al een paar keer een boterham gegeven uit mijn eigen brooddoos.

Zou hij in de avondstudie kunnen blijven, en kunnen we iets regelen voor een ontbijt? Ik vind dat het ook in zijn dossier moet, maar ik wilde jou eerst inlichten.

{SIG['greet']}""", rules=['sensitive'], cats=['family'], about=['andres'], slug='andres-opvangcentrum',
  note='home situation of one pupil: family in an asylum reception centre, father missing, no breakfast')

M('2024-11-12 17:05', 'marijke', [('Samira Benhaddou', P('aya').p1)], 'Re: Aya 1A', f"""Beste mevrouw Benhaddou,

Dank u om mij dit te laten weten, en het spijt me echt dat Aya dit meemaakt.

Ik heb Aya vandaag tijdens de middag gesproken. Ze heeft me de berichten laten zien. Wat we nu doen:
1. Morgen spreek ik de betrokken meisjes apart aan. Hun ouders worden ook verwittigd.
2. Mevrouw Wuyts, de titularis, doet deze week een klasgesprek over online gedrag, zonder Aya's naam te noemen.
3. Aya kan elke middag bij mij binnenlopen als ze dat wil. We spreken volgende week opnieuw af.

Mag ik u vragen om de screenshots te bewaren en niet zelf te reageren in de groep? Als u wil, kunnen we donderdag om 16u samen zitten. Ik kan een collega vragen die Arabisch of Frans spreekt.

{SIG['marijke']}

Op ma 11 nov. 2024 om 21:34 schreef Samira Benhaddou <{P('aya').p1}>:
> Bonjour madame, goedenavond,
> mijn dochter Aya zit in 1A. Al 2 weken krijgt ze berichten op Snapchat van meisjes uit haar klas, ze noemen haar "la réfugiée" en zeggen dat ze stinkt. Ze wil niet meer naar school en huilt elke avond.
> Wat kan de school doen?
> Samira Benhaddou""", fmt='qp', tags=['reply'], inreply='<CAHb7x2Lm0=aya1a@mail.gmail.com>', rules=['sensitive'],
  cats=['psychosocial'], about=['aya'], slug='re-aya-1a',
  note='reply to a mother about her daughter being bullied online, with the action plan')

M('2024-11-14 18:22', 'stijn', ['yannick', 'lucia', 'ewa'], 'verslag tussentijdse klassenraad 5C (13/11)', f"""Dag collega's,

Hieronder het korte verslag van gisteren. Bijzonderheden staan ook in het LVS; dit is enkel als geheugensteun voor wie er niet bij was.

| Leerling | Bespreking | Actie |
| {P('tom').name} | goede start, wiskunde 8u wat zwak | remediëring wiskunde woensdag 7de uur |
| {P('sofia').name} | sterk, mag meer uitdaging | verdiepingstaak geschiedenis |
| {P('femke').name} | taken vaak te laat | planner, titularis volgt op |
| {P('jana').name} | veel afwezig: van 14/10 tot 4/11 opgenomen op de jeugdafdeling voor haar eetstoornis, nu halftijds terug | geen inhaaltoetsen voor kerst; LO-vrijstelling (attest) |
| {P('rayan').name} | ouders uit elkaar sinds de zomer, woont nu bij papa in Anderlecht, soms te laat | begrip bij te laat komen tot kerst, niet bestraffen |

Volgende klassenraad: 19 december.

{SIG['stijn']}""", fmt='alt', rules=['sensitive'], cats=['medical', 'family'],
  about=['tom', 'sofia', 'femke', 'jana', 'rayan'], slug='verslag-klassenraad-5c',
  note='class council table: one pupil hospitalised for an eating disorder, another in a parental separation')

M('2024-11-20 12:47', 'sofie', [('Vertrouwenscentrum Kindermishandeling Brussel', 'onthaal@vk-brussel.be')],
  'Vraag tot overleg - verontrusting leerlinge 2de jaar', f"""Goedemiddag,

Ik ben zorgcoördinator van het Sint-Pieterscollege (campus Brussel) en wil graag overleggen over een leerlinge van 2D, {P('lina').name}, 13 jaar.

Vanochtend kwam ze naar school met een blauwe plek op haar wang en een schram in haar nek. Aan haar titularis zei ze eerst dat ze gevallen was, later aan mij dat haar stiefvader "weer boos was" omdat ze haar gsm niet had afgegeven. Het is niet de eerste keer dat ze met verwondingen komt (ook in oktober, toen zei ze dat het van de judo was).

Ze vraagt om vanavond niet naar huis te moeten en wil bij haar oma in Jette slapen. Mama hebben we nog niet gecontacteerd, omdat Lina daar erg bang voor is.

Kan iemand mij vandaag nog terugbellen op 02 520 14 86? Ik blijf tot 17u op school.

{SIG['sofie_nt']}""", importance='High', rules=['sensitive', 'personal_data'], cats=['family'], about=['lina'],
  slug='verontrusting-2d', note='suspected domestic violence by a stepfather against one named pupil, to the child abuse centre; phone in body')

M('2024-11-26 09:14', 'thomas', ['mehmet'], 'Daan 1C', f"""yo Mehmet,

ma van Daan (1C) belde, hij heeft zaterdag een hersenschudding opgelopen bij de match. dokter zegt 3 weken niet sporten en liefst ook niet te lang naar schermen kijken. attest komt via smartschool.

ik laat hem bij LO scheidsrechter spelen of theorie doen. zeg jij het tegen de collega's dat hij misschien wat trager is en hoofdpijn kan hebben?

{SIG['thomas']}""", rules=['sensitive'], cats=['medical'], about=['daan'], slug='daan-1c',
  note='concussion of one named pupil and medical restrictions, between colleagues')

M('2024-12-03 16:48', 'karim', [('Rachid Benali', P('yanis').p1)], 'Yanis - exclusion temporaire et suite', f"""Monsieur Benali,

Comme je vous l'ai annoncé par téléphone, Yanis (3D) est exclu temporairement les mercredi 4 et jeudi 5 décembre, suite à l'incident de lundi : il a frappé un élève de 2e année au visage dans la cour et a ensuite insulté M. Hermans, l'éducateur qui est intervenu.

C'est le troisième incident grave depuis septembre (bagarre le 24/9, menaces envers un camarade en classe le 5/11). Yanis recevra des devoirs via Smartschool pour ces deux jours.

À son retour, nous vous attendons avec Yanis le vendredi 6 décembre à 8h15 dans mon bureau. Nous établirons ensemble un contrat de comportement, et nous vous proposons un accompagnement par le CLB.

Je reste disponible au 02 520 14 83.

Cordialement,

{SIG['karim_nt']}""", fmt='b64', rules=['sensitive', 'personal_data'], cats=['psychosocial'], about=['yanis'], lang='fr',
  slug='yanis-exclusion', note='to the father: repeated violent behaviour of the pupil, temporary exclusion and behaviour contract; phone')

M('2024-12-05 14:10', 'rita', ['yannick'], 'skireis - Wout', f"""Dag Yannick,

Over de skireis: de ouders van Wout De Coninck kunnen het voorschot van € 250 niet betalen tegen 15/12. De directie heeft een betaling in vier delen goedgekeurd (de laatste in maart). Wout mag dus gewoon mee.

Wil je hem aub niet op de lijst "nog te betalen" zetten die je in de klas ophangt? Zijn papa schaamt zich er nogal voor.

Groetjes
Rita""", fmt='cp1252', rules=['sensitive'], cats=['financial'], about=['wout'], slug='skireis-wout',
  note="internal: a family cannot pay the ski trip, instalments granted by the direction")

M('2024-12-10 11:30', 'sofie', [('Lotte Vermeulen', 'lotte.vermeulen@clb-leuven.be')],
  'verslag MDO Tymon 1B (10/12)', f"""Dag Lotte,

Hierbij het verslag van het MDO van vanochtend, zoals afgesproken. Ik heb het ook in het LVS gezet. De ouders krijgen een samenvatting via Smartschool.

{SIG['sofie_nt']}""", att=[('MDO_1B_2024-12-10.txt', 'text/plain', f"""VERSLAG MDO - 10/12/2024
Aanwezig: S. Lambrechts (zorgcoördinator), I. Mertens (zorgleerkracht), M. Yilmaz, A. Wuyts,
L. Vermeulen (CLB), S. De Wolf (ondersteuningsnetwerk)

Leerling: {P('tymon').name}, °14/03/2012, klas {P('tymon').cls}

1. Stand van zaken
- ASS-diagnose (2021); ondersteuning ONW 2u/week sinds oktober.
- Drie meltdowns in november, telkens in de refter (lawaai). Eén keer moest mama hem ophalen.
- Leerresultaten: goed voor wiskunde en wetenschappen, zwak voor Frans.

2. Afspraken
- middagpauze in lokaal A.104 (prikkelarm), met twee klasgenoten naar keuze
- koptelefoon toegestaan tijdens zelfstandig werk
- weekplanning met pictogrammen, elke maandag overlopen met Ines
- ouders melden: melatonine 's avonds, voorgeschreven door de kinderpsychiater

3. Opvolging
- CLB neemt contact op met de kinderpsychiater (met toestemming ouders)
- evaluatie op 11/02/2025
""")], rules=['sensitive', 'personal_data'], cats=['care', 'medical'], about=['tymon'], slug='verslag-mdo-tymon',
  note='multidisciplinary meeting report of one pupil (autism, meltdowns, medication) sent to the CLB; date of birth in attachment')

M('2024-12-16 19:30', 'ewa', [('Magdalena Kaczmarek', P('zuzanna').p1)], 'Zuzanna', f"""Beste mevrouw Kaczmarek,

Ik schrijf u omdat ik mij wat zorgen maak over Zuzanna.

Ze zei mij vandaag na het examen dat ze al twee weken bijna niet slaapt, dat ze 's morgens misselijk is en bijna niets eet. Tijdens het examen chemie zat ze te trillen en is ze in tranen uitgebarsten; ze heeft het wel afgemaakt. Aan haar punten ligt het niet, ze is een heel goede leerling. Ik denk dat ze zichzelf veel te veel druk oplegt.

Misschien is het goed om er thuis eens rustig met haar over te praten, en eventueel met de huisarts. Op school kan ze altijd terecht bij meneer De Smedt van de leerlingenbegeleiding. Als u wil, vraag ik dat ze voor de laatste twee examens in een rustiger lokaal zit.

{SIG['ewa']}""", fmt='alt', rules=['sensitive'], cats=['psychosocial'], about=['zuzanna'], slug='zuzanna-examenstress',
  note='to the mother: severe exam anxiety of her daughter (not sleeping, not eating, breakdown during exam)')

M('2025-01-08 07:45', 'hilde', ['nadia', 'pieter', ('Koen Lauwers', 'koen.lauwers@' + D),
                                ('Sarah Vanneste', 'sarah.vanneste@' + D)], f"{P('elias').name} ({P('elias').cls})",
  f"""Beste collega's,

Met droefheid laat ik jullie weten dat de mama van Elias Jacobs (2B) op 27 december is overleden, na een ziekte van meer dan een jaar. De begrafenis was vorige zaterdag.

Elias komt maandag 13 januari terug naar school. Zijn papa vraagt om in de klas niet uitgebreid stil te staan bij het overlijden; de klasgenoten weten het. Marijke vangt Elias de eerste ochtend op.

Gelieve de komende weken soepel te zijn met taken en toetsen. Een kaartje van de klas is welkom, Koen verzamelt.

Met vriendelijke groeten,

{SIG['hilde_short']}""", cc=['marijke', 'sofie'], fmt='alt', rules=['sensitive'], cats=['family'], about=['elias'],
  slug='elias-2b', note="to the pupil's teachers: death of the pupil's mother and how to welcome him back")

M('2025-01-14 13:20', 'dirk', ['jonas'], 'sem 3A', """jonas,

weer sem willems (3A) in de refter. heeft noah desmet een klap in zn gezicht gegeven omdat die op "zijn" plaats zat, noah had een bloedneus. 3de keer deze maand dat sem slaat.
ik heb hem naar het studielokaal gestuurd en het in smartschool gezet.

zijn ma gebeld, die zei letterlijk dat ze hem thuis ook niet meer in de hand heeft en dat hij sommige nachten niet thuis komt slapen. denk dat daar meer achter zit.
kan jij hem vandaag nog zien?

dirk""", rules=['sensitive'], cats=['psychosocial', 'family'], about=['sem', 'noah'], slug='sem-3a',
  note='repeated violent behaviour of one pupil and a home situation out of control, opvoeder to counsellor')

M('2025-01-20 16:00', 'sofie', [('Kobe Maes', 'kobe.maes@' + D), ('Leen Declercq', 'leen.declercq@' + D), 'thomas'],
  f"Anas B. ({P('anas').cls}) - overstap naar IAC", f"""Dag collega's,

Na de klassenraad van december en het overleg met de ouders en het CLB is beslist dat {P('anas').name} vanaf maandag 27/1 een individueel aangepast curriculum (IAC) volgt. Het CLB maakte daarvoor een verslag op.

Concreet:
- Nederlands, wiskunde, Frans: eigen leerdoelen (fiche in het LVS), geen gewone toetsen meer
- LO, muzische vorming en techniek: volgt gewoon mee
- evaluatie via een beschrijvend rapport, geen punten
- Ines komt 2u/week co-teachen

Het is de bedoeling dat Anas volgend schooljaar overstapt naar een school voor buitengewoon onderwijs; de ouders zijn nog aan het kijken.

{SIG['sofie']}""", cc=['karim'], fmt='qp', rules=['sensitive', 'personal_data'], cats=['care'], about=['anas'],
  slug='anas-iac', note='switch of one named pupil to an individual adapted curriculum (IAC) after a CLB report; phone in signature')

M('2025-01-27 10:05', 'greet', [('Helen Okafor', P('abdi').p1)], 'Abdirahman - absences and wellbeing', """Dear Ms Okafor,

I am writing to you as Abdirahman's guardian. I am his language coach at school.

He has missed six school days since the Christmas holidays, and on the days he is here he often falls asleep in class. When I asked him about it, he told me that he works at night in a car wash to send money to his mother in Nairobi, and that he does not feel safe in the residence because there were fights in his room.

He seems very tired and withdrawn. He stopped playing football at noon, which he used to love. I don't want him to get into trouble, but I am worried about him.

Could we meet this week, with him? Our CLB social worker could join us.

Best regards,

Greet Van den Broeck
language coach - Sint-Pieterscollege Brussel""", fmt='qp', rules=['sensitive'], cats=['family', 'psychosocial'],
  about=['abdi'], lang='en', slug='abdirahman-guardian',
  note="to the guardian of an unaccompanied minor: absences, night work, unsafe residence, withdrawn")

M('2025-02-04 11:48', 'rita', [('Valérie Dumont', P('sara').p1)], 'Uw vraag om een afbetalingsplan', f"""Geachte mevrouw Dumont,

Dank u voor uw mail van 30 januari. Ik begrijp dat de situatie sinds de scheiding financieel moeilijk is.

Het openstaande saldo voor Sara ({P('sara').cls}) bedraagt € 734,20 (facturen september tot en met januari, waarvan € 380 voor de meerdaagse in de Ardennen).

De directie gaat akkoord met een afbetalingsplan van € 60 per maand, te storten vóór de 10de van elke maand op BE71 0689 1234 5669, met vermelding "afbetaling Sara Dumont {P('sara').cls}". Als u een attest van het OCMW kan bezorgen, kan de meerdaagse eventueel ten laste genomen worden door het solidariteitsfonds van de school.

Nieuwe facturen blijven gewoon lopen. Aarzel niet om mij te contacteren als het plan niet haalbaar blijkt.

{SIG['rita']}""", fmt='alt', rules=['sensitive', 'personal_data'], cats=['financial', 'family'], about=['sara'],
  slug='afbetalingsplan-dumont', note='to the mother: unpaid balance after a divorce and a payment plan; IBAN and phone')

M('2025-02-10 08:10', 'joke', ['dirk'], 'medicatie middag - update na krokus', f"""Dag Dirk,

Nieuwe lijst voor de medicatie 's middags (de oude mag weg):

| Leerling | Klas | Wat | Wanneer |
| {P('robin').name} | {P('robin').cls} | Rilatine 10 mg, 1 tablet | 12u30 op het onthaal |
| {P('hajar').name} | {P('hajar').cls} | insulinepomp, enkel glucose laten meten | als ze zich niet goed voelt |
| {P('kacper').name} | {P('kacper').cls} | Medikinet 20 mg | 12u15, komt zelf |

Donderdag ben ik in opleiding: wil jij dan de medicatie geven? Alles zit in de blauwe kast, de sleutel ligt in de bovenste lade van mijn bureau. Aftekenen op de lijst aub, ook als een leerling zegt dat het oké is!

{SIG['joke_nt']}""", cc=['fatima'], fmt='cp1252', rules=['sensitive'], cats=['medical'],
  about=['robin', 'hajar', 'kacper'], slug='medicatie-middag',
  note='noon medication list with named pupils, drugs and doses')

M('2025-02-13 15:35', 'marijke', ['sofie'], f"Lotte Coppens {P('lotte').cls} - al 3 weken thuis", f"""Sofie,

Lotte is sinds 20/1 niet meer op school geweest. Mama belt elke ochtend: buikpijn, hoofdpijn, soms overgeven, maar de huisarts vindt niets lichamelijks. Als ze in de auto naar school moet, begint ze te huilen en te hyperventileren. Volgens de lagere school speelde dit ook al in het 6de leerjaar.

De ouders staan open voor hulp, papa is wel sceptisch ("ze moet gewoon gaan").

Voorstel:
- opstart met 2 lesuren per dag, eerst in het zorglokaal, Ines als aanspreekpunt
- CLB vragen om een traject op te starten (eventueel aanmelding jeugdhulp)
- wekelijks kort contact met mama

Kunnen we dit maandag op het zorgoverleg bespreken?

{SIG['marijke']}""", cc=['ines'], rules=['sensitive'], cats=['psychosocial', 'care'], about=['lotte'],
  slug='lotte-thuis', note='school refusal of one named pupil and a proposed care trajectory with the CLB')

M('2025-02-25 17:20', 'sofie', [('Claire Lefèvre', P('theo').p1)], 'Mesures pour Théo - suite au bilan logopédique', """Madame Lefèvre,

Merci de nous avoir transmis le bilan de la logopède, qui confirme une dyslexie et une dysorthographie chez Théo.

Lors de la concertation avec ses professeurs, nous avons décidé les mesures suivantes, valables dès maintenant et pour les examens de juin :
- un tiers de temps supplémentaire aux contrôles et aux examens ;
- des énoncés en Arial 12, interligne 1,5 ;
- les fautes d'orthographe ne sont pas pénalisées, sauf en néerlandais et en français pour les règles vues en classe ;
- l'utilisation du logiciel de lecture Kurzweil sur son ordinateur portable.

Ces mesures sont notées dans son dossier de suivi, afin que tous les professeurs les appliquent. Je vous propose un rendez-vous début mai pour faire le point avec Théo.

Bien cordialement,

Sofie Lambrechts
coordinatrice des soins (zorgcoördinator)
tél. 02 520 14 86""", fmt='alt', rules=['sensitive', 'personal_data'], cats=['medical', 'care'], about=['theo'], lang='fr',
  slug='mesures-theo', note='to the mother: dyslexia diagnosis of the pupil and the individual accommodations; phone')

M('2025-03-04 09:05', 'yannick', ['karim'], f"Fwd: {P('joel').first}", f"""Karim,

zie hieronder, kan jij dit verder opnemen? Ik weet niet wat we mogen of moeten qua ophalen en rapporten.

Y.

---------- Doorgestuurd bericht ---------
Van: Patrick Mukendi <{P('joel').p1}>
Datum: ma 3 mrt 2025 om 22:41
Onderwerp: Joël
Aan: Yannick Mbuyi <yannick.mbuyi@{D}>

Goedenavond meneer Mbuyi,

Ik wil u laten weten dat Joël vanaf deze week bij mij woont. De familierechtbank heeft vorige week beslist dat ik het hoofdverblijf krijg, zijn moeder heeft enkel recht op het tweede weekend.
Zijn moeder mag hem NIET van school ophalen. Ik stuur het vonnis naar het secretariaat.
Er waren de laatste maanden veel problemen thuis, ook met de politie erbij.
Als er iets is: 0477 52 90 13.

Met vriendelijke groeten,
Patrick Mukendi""", tags=['forward-inline'], rules=['sensitive', 'personal_data'], cats=['family'], about=['joel'],
  slug='fwd-joel', note="father's mail forwarded internally: custody ruling, pick-up ban for the mother, police at home; father's mobile")

M('2025-03-11 12:50', 'ewa', ['sofie'], 'heb je even? (6C)', f"""Sofie,

Melissa Rodrigues (6C) kwam na biologie bij mij: ze is 14 weken zwanger. Haar mama weet het, de vader van het kind is niet meer in beeld.

Ze wil absoluut het jaar afmaken en haar diploma halen. Ze vraagt of haar stage in mei (kinderdagverblijf, veel tillen) aangepast kan worden, en of ze tijdens de examens in juni wat meer pauze kan nemen. Ik heb gezegd dat ik het aan jou zou vragen.

Ze wil niet dat de klas het nu al weet.

Ewa""", rules=['sensitive'], cats=['medical'], about=['melissa'], slug='6c-melissa',
  note='pregnancy of one named pupil and requested adjustments, between colleagues')

M('2025-03-18 14:15', 'ines', [('Sven De Wolf', 'sven.dewolf@onw-brussel.be')], f"Noa P. ({P('noa').cls}) - opstart ondersteuning",
  f"""Dag Sven,

Goed nieuws: het gemotiveerd verslag van Noa Peeters ({P('noa').cls}) is rond, dus de ondersteuning kan starten na de paasvakantie.

Focus: plannen en organiseren (ze verliest vaak materiaal en vergeet taken), werkhouding tijdens zelfstandig werk.
Rooster: maandag 3de uur (studie) en donderdag 7de uur.
Ouders: mama is het aanspreekpunt, ze verwacht een mailtje van jou.

Zie je op het netwerkoverleg!

{SIG['ines']}""", rules=['sensitive'], cats=['care'], about=['noa'], slug='noa-ondersteuning',
  note='to the support network: start of support after a motivated report for one named pupil')

M('2025-03-24 16:40', 'karim', [('Mieke Van de Velde', 'mieke.vandevelde@cawbrussel.be')],
  'Dringende vraag opvang - leerling 16 jaar', f"""Beste mevrouw Van de Velde,

Zoals telefonisch besproken: Adam El Idrissi, 16 jaar, leerling in het 4de jaar bij ons, is vrijdagavond na een zware ruzie thuis weggelopen en slaapt sindsdien bij een klasgenoot. Hij zegt dat zijn vader hem geslagen heeft en dat hij niet terug naar huis wil. De ouders van de vriend kunnen hem maar tot woensdag houden.

Adam is vandaag op school en gaat akkoord dat ik jullie contacteer. Kunnen jullie hem vandaag of morgen zien voor crisisopvang? Hij kan na 15u40 langskomen.

Mijn gsm: 0472 18 64 09.

{SIG['karim_nt']}""", rules=['sensitive', 'personal_data'], cats=['family'], about=['adam'], slug='caw-opvang-adam',
  note='to the CAW: a pupil ran away after being hit by his father and needs crisis shelter; mobile number')

M('2025-04-01 13:00', 'sofie', ['pieter'], 'deliberatie-info 3B (vertrouwelijk)', f"""Dag Pieter,

Voor de voorbereiding van de deliberatie, de afspraken die nog lopen in 3B:

| Lln | Maatregel | Toelichting |
| M.B. | 1/3 extra tijd, geen lange schrijfopdrachten met de hand | dyspraxie, attest ergotherapeut |
| R.K. | vragen voorlezen, aparte ruimte bij examens | faalangst, opgevolgd door het CLB |
| E.Z. | vrijstelling praktijkproeven chemie maart | twee weken opgenomen in de kinderpsychiatrie (maart), in overleg met ouders |
| J.M. | geen | maatregelen stopgezet, gaat goed |

Wil jij dit niet afdrukken en niet in de gedeelde map zetten?

{SIG['sofie_nt']}""", cc=['karim'], fmt='html', rules=['sensitive'], cats=['medical', 'care', 'psychosocial'],
  about=['marie_b', 'rania', 'emre', 'jarne'], slug='deliberatie-info-3b',
  note='HTML table with initials + class: dyspraxia, exam anxiety followed by CLB, a psychiatric admission')

M('2025-04-22 10:30', 'secr', ['lieve'], 'meerdaagse 4de jaar - betalingen', f"""Lieve,

Voor de meerdaagse 4de jaar (Ardennen, 19-21 mei):
{P('kacper').name} en {P('maria').name} (4D) krijgen een tussenkomst van het OCMW, de factuur gaat rechtstreeks naar daar. Zet ze dus NIET op de herinneringslijst voor het voorschot en spreek ze er aub niet over aan in de klas.
Ook Pablo (4D) betaalt via een afbetalingsplan, dat loopt via mij.

Dank je!
Rita (secretariaat)""", mail_from='secretariaat@' + D, rules=['sensitive'], cats=['financial'],
  about=['kacper', 'maria', 'pablo'], slug='meerdaagse-betalingen',
  note='from the general secretariat account: which pupils have their trip paid by the OCMW or a payment plan')

M('2025-04-29 18:05', 'sofie', [('Sarah Whitfield', 's.whitfield@brusselspsychology.be')],
  f"{P('hannah').name} ({P('hannah').cls}) - school observations", """Dear Ms Whitfield,

With the written consent of Hannah's parents (attached to your request of 15 April), please find below our observations from school.

Since the change of her ADHD medication in February (from Concerta to Elvanse, as her mother told us), teachers report that Hannah is calmer in the morning but very tired and irritable after lunch. She has visibly lost weight and, according to the lunch supervisor, skipped lunch several times. Her results dropped in maths and physics.

At school we have not changed anything apart from a seat in the front row. We would be happy to join an online meeting if that helps.

Kind regards,

Sofie Lambrechts
care coordinator - Sint-Pieterscollege Brussel""", fmt='qp', rules=['sensitive'], cats=['medical'], about=['hannah'],
  lang='en', slug='hannah-observations', note="to a private psychologist: ADHD medication change, weight loss and school observations of one pupil")

M('2025-05-06 20:40', 'pieter', [('Joanna Zielińska', P('wiktor').p1)], 'Wiktor', f"""Beste mevrouw Zielińska,

Ik wou u even laten weten dat Wiktor vandaag na de les met mij gepraat heeft. Hij vertelde dat zijn papa sinds een paar weken niet meer thuis woont en dat er veel ruzie is geweest, ook 's nachts. Hij maakt zich zorgen over u en over zijn kleine zus.

Ik schrijf u dit niet om mij ermee te moeien, maar omdat ik merk dat hij de laatste weken erg moe is en zijn punten achteruitgaan. Wiktor mag altijd bij mij of bij meneer De Smedt (leerlingenbegeleiding) terecht.

Als u wil, kunnen we eens samen zitten, eventueel met een tolk Pools.

{SIG['pieter']}""", rules=['sensitive'], cats=['family'], about=['wiktor'], slug='wiktor-thuis',
  note='to the mother: the pupil confided that his father left after heavy rows at home')

M('2025-05-13 12:20', 'jonas', [('Tine Moens', 'tine.moens@' + D), 'ewa', 'lucia'], 'K.V. (4C) - terug op school vanaf 19/5',
  f"""Dag collega's,

K. uit 4C komt maandag terug na haar opname (6 weken, jeugdpsychiatrie). Afspraken met K., haar mama en het behandelteam:

- ze mag het lokaal verlaten met de time-outkaart, zonder uitleg; ze gaat dan naar mij of naar het zorglokaal
- stel geen vragen over haar armen of over de opname, ook niet goedbedoeld
- eerste twee weken geen toetsen, daarna stap voor stap (planning volgt via Sofie)
- als ze ongewoon stil is of iets zegt wat je verontrust: meteen naar mij, niet wachten tot na de les

De klasgenoten weten enkel dat ze "ziek" was.

Dank jullie!

{SIG['jonas']}""", rules=['sensitive', 'personal_data'], cats=['psychosocial', 'care'], about=['kato'],
  slug='kv-4c-terug', note="return of a pupil (initials + class) after a psychiatric admission for self-harm, with care agreements; mobile in signature")

M('2025-06-03 09:30', 'rita', ['hilde', 'karim'], 'gezin Rahimi - facturen', f"""Hilde, Karim,

Korte update over het gezin Rahimi ({P('omid').first} 4A, {P('parisa').first} 2C, {P('ali').first} 1A): sinds maart is geen enkele factuur meer betaald, openstaand € 1.146,80.

Papa kwam gisteren langs. Ze ontvangen sinds januari geen groeipakket en geen schooltoeslag meer omdat hun verblijfsdossier herzien wordt, en mama mag voorlopig niet werken. Hij wil niet dat we het OCMW inschakelen.

Mijn voorstel:
- geen aanmaning sturen
- de rekeningen "on hold" zetten tot september
- hem nog eens de gegevens geven van de sociale dienst van de gemeente

Akkoord?

{SIG['rita']}""", fmt='alt', rules=['sensitive', 'personal_data'], cats=['financial', 'family'],
  about=['omid', 'parisa', 'ali'], slug='gezin-rahimi',
  note='unpaid bills of one family whose allowances stopped during a residence-permit review; phone in signature')

M('2025-06-20 15:10', 'nadia', [('Youssef Haddad', P('samir').p1)], 'Absences de Samir', f"""Monsieur Haddad,

Samir a été absent neuf jours depuis le 12 mai, sans certificat, et il a manqué deux examens.

Quand je lui ai parlé aujourd'hui, il m'a expliqué qu'il reste à la maison pour garder ses petits frères depuis que sa maman est hospitalisée, et que vous travaillez de nuit. Je comprends que la situation est très difficile pour votre famille. Mais Samir ne peut pas porter cette responsabilité tout seul, et son année scolaire est en danger.

Pouvez-vous me contacter cette semaine ? Nous pouvons chercher ensemble une solution (garderie, aide du CPAS, accompagnement par le CLB).

Cordialement,

{SIG['nadia']}""", rules=['sensitive'], cats=['family'], about=['samir'], lang='fr', slug='absences-samir',
  note='to the father: the pupil stays home to care for his siblings while his mother is in hospital')


# =========================================================================== PERSONAL, NOT SENSITIVE (35)
M('2024-09-09 16:02', 'an', [('Sofie Vanderlinden', P('lore').p1)], 'Turnzak Lore', f"""Beste mevrouw Vanderlinden,

Lore heeft vandaag haar turnzak laten liggen in lokaal A.102 (blauwe zak met een tennisracket erop). Ik heb hem naar het onthaal gebracht, ze kan hem daar morgen ophalen vóór de eerste les.

{SIG['an']}""", about=['lore'], slug='turnzak-lore', note='lost gym bag, to the mother')

M('2024-09-16 20:11', 'an', [('Sofie Vanderlinden', P('lore').p1)], 'Re: leeslijst', f"""Dag mevrouw Vanderlinden,

Ja hoor, Lore mag ook "Het geheim van de bijenkoningin" kiezen, het staat niet op de lijst maar het niveau is perfect. De boekbespreking moet klaar zijn tegen 18 oktober.

{SIG['an']}

Op zo 15 sep 2024 om 18:47 schreef Sofie Vanderlinden <{P('lore').p1}>:
> Dag mevrouw Wuyts,
> Lore vraagt of ze voor de boekbespreking ook een boek mag lezen dat niet op de lijst staat? Ze heeft het gekregen van haar meter.
> Groetjes,
> Sofie""", fmt='alt', tags=['reply'], inreply='<000c01db0791$aa1e2f40$fe5a8dc0$@telenet.be>', about=['lore'],
  slug='re-leeslijst', note='reply to a mother about a book choice for a book report')

M('2024-09-20 11:25', 'karim', [('Isabelle Lenoir', P('victor').p1)], f"Basisoptie {P('victor').first}", f"""Beste mevrouw Lenoir,

Victor ({P('victor').cls}) liet weten dat hij wil overstappen van Latijn naar STEM-wetenschappen. Dat is nog mogelijk tot en met 30 september.

Het formulier ligt op het leerlingensecretariaat; u mag het ook ondertekend meegeven met Victor. De nieuwe handboeken worden dan verrekend op de volgende factuur en de Latijnse boeken mag hij terugbrengen.

Met vriendelijke groeten,

{SIG['karim_nt']}""", about=['victor'], slug='basisoptie-victor', note='change of option (Latin to STEM) of one pupil, practicalities')

M('2024-09-27 15:40', 'mehmet', [('Murat Kaya', P('arda').p1)], 'Project brug - Arda', f"""Beste meneer Kaya,

Ik wil u even laten weten dat Arda in het STEM-project een heel mooie brug heeft gebouwd. Zijn constructie droeg 4,2 kg, het beste resultaat van de klas. Hij heeft ook zijn groep goed geholpen.

Hij mag er fier op zijn. De bruggen staan de komende twee weken in de inkomhal.

{SIG['mehmet']}""", fmt='alt', about=['arda'], slug='project-brug-arda', note='praise for a STEM project, to the father')

M('2024-09-30 08:35', 'ewa', [('Piotr Kowalski', P('filip').p1)], 'Labojas Filip', f"""Beste meneer Kowalski,

Vanaf volgende week starten de practica chemie. Filip heeft dan een labojas nodig (katoen, lange mouwen). Hij mag er zelf een kopen, of we bestellen er een via de school: dan komt € 18 op de volgende factuur.

Wilt u mij laten weten welke optie u kiest?

{SIG['ewa']}""", fmt='qp', about=['filip'], slug='labojas-filip', note='lab coat needed for chemistry practicals')

M('2024-10-02 12:58', 'nadia', [('Laila Idrissi', P('yasmine_i').p1)], 'Dictionnaire de Yasmine', """Bonjour Madame Idrissi,

Yasmine a oublié son dictionnaire (Van Dale néerlandais-français) pour la deuxième fois cette semaine. Nous l'utilisons à chaque cours, et jeudi nous avons un test où il est autorisé.

Pourriez-vous vérifier qu'il est bien dans son sac jeudi ? Merci beaucoup.

Nadia El Amrani
professeur de français - titulaire 2C""", lang='fr', about=['yasmine_i'], slug='dictionnaire-yasmine',
  note='forgotten dictionary, to the mother, in French')

M('2024-10-04 10:10', 'an', ['nadia'], 'Lore en Ella - talenproject', f"""Hoi Nadia,

Lore en Ella (1A) willen hun boekbespreking voor het talenproject samen doen, in het Nederlands én in het Frans. Ok voor jou als ik ze laat samenwerken? Dan kunnen ze het Franse deel in jouw les presenteren.

An""", about=['lore', 'ella'], slug='lore-ella-talenproject', note='two pupils want to team up for a language project')

M('2024-10-07 14:20', 'greet', [('K. Azzouzi', P('mohamed').p1)], 'Avondstudie Mohamed', f"""Beste mevrouw Azzouzi,

Mohamed ({P('mohamed').cls}) heeft zich ingeschreven voor de avondstudie op dinsdag en donderdag, van 15u50 tot 17u. Daar kan hij in stilte zijn huiswerk maken en er is een leerkracht aanwezig voor vragen.

Wilt u het strookje in zijn agenda ondertekenen? Dan mag hij volgende week al beginnen.

{SIG['greet']}""", about=['mohamed'], slug='avondstudie-mohamed', note='enrolment in the open homework study, signature needed')

M('2024-10-09 13:05', 'jonas', [('familie Ezzahiri', P('ilias').p1)], 'Leerlingenraad', f"""Beste ouders,

Proficiat: Ilias is door zijn klas ({P('ilias').cls}) verkozen als klasafgevaardigde voor de leerlingenraad. De eerste vergadering is op donderdag 17/10 tijdens de middagpauze; er zijn broodjes voorzien.

{SIG['jonas']}""", rules=['personal_data'], about=['ilias'], slug='leerlingenraad-ilias',
  note="pupil elected class representative; counsellor's mobile in signature")

M('2024-10-11 17:30', 'pieter', [('Kathy Michiels', P('jarne').p1)], 'Re: toets vergelijkingen', f"""Dag mevrouw Michiels,

Jarne haalde 14/20 op de toets, dat is een mooi resultaat. De fouten zaten vooral bij de vraagstukken. Op Smartschool staan extra herhalingsoefeningen (map "Hoofdstuk 2"), met oplossingen.

{SIG['pieter']}

-----Oorspronkelijk bericht-----
Van: Kathy Michiels <{P('jarne').p1}>
Verzonden: donderdag 10 oktober 2024 21:02
Aan: Pieter Vanhove <pieter.vanhove@{D}>
Onderwerp: toets vergelijkingen

Dag meneer Vanhove, Jarne zegt dat hij zijn toets terug heeft maar hij weet zijn punten niet meer. Kan hij ergens oefenen? Mvg Kathy""",
  tags=['reply'], about=['jarne'], slug='re-toets-jarne', note='reply to a mother about a maths test score and exercises')

M('2024-10-14 09:02', 'lieve', [('Latifa Saidi', P('amira').p1)], 'Toestemming daguitstap Ieper', f"""Beste mevrouw Saidi,

Voor de daguitstap van het 3de jaar naar Ieper op donderdag 24 oktober missen we nog het toestemmingsformulier van Amira ({P('amira').cls}). Kunt u het ondertekend meegeven tegen vrijdag?

We vertrekken om 7u45 aan de schoolpoort en zijn terug rond 18u. Lunchpakket meebrengen!

{SIG['lieve']}""", about=['amira'], slug='toestemming-ieper-amira', note='missing permission slip for a day trip')

M('2024-10-16 10:44', 'thomas', [('Kathleen Vercammen', 'kathleen.vercammen@' + D)], 'Re: Bram 4B donderdag', f"""ok voor mij, Bram mag donderdag 3de uur bij jou blijven om zijn presentatie af te werken. zeg hem wel dat hij zijn sportzak toch meeneemt voor het 4de uur

{SIG['thomas']}""", tags=['reply'], about=['bram'], slug='re-bram-donderdag',
  note='colleague allows a pupil to skip one PE lesson to finish a presentation')

M('2024-10-24 11:15', 'rita', [('Kim Stevens', P('milan').p1)], 'Handboek dubbel', f"""Geachte mevrouw Stevens,

Bij het handboekenpakket van Milan ({P('milan').cls}) werd "Wiskanjers 1" per vergissing twee keer meegegeven. Milan mag één exemplaar terugbrengen naar het secretariaat; we crediteren dan € 27,50 op de volgende factuur.

{SIG['rita_nt']}""", fmt='cp1252', about=['milan'], slug='handboek-dubbel-milan', note='a textbook delivered twice, credit on the next invoice')

M('2024-10-29 10:02', 'rita', [('Wim Claessens', P('febe').p1)], 'Betaling ontvangen', f"""Geachte heer Claessens,

Uw betaling van € 142,30 voor factuur 2024-0211 (Febe, {P('febe').cls}) is goed ontvangen. Er staat momenteel niets meer open.

Dank u wel.

{SIG['rita_nt']}""", about=['febe'], slug='betaling-ontvangen-febe', note='confirmation that an invoice was paid, nothing open')

M('2024-11-04 12:40', 'dirk', ['wim'], 'fiets jasper', f"""wim,
fiets van jasper smet ({P('jasper').cls}) stond zonder slot aan de poort, heb hem binnen in de berging gezet. als hij komt vragen, mag hij hem na 15u40 halen.
dirk""", about=['jasper'], slug='fiets-jasper', note='unlocked bike put away, between staff')

M('2024-11-06 09:50', 'thomas', [('Nathalie Leroy', P('noemie').p1)], 'Scholencross Jette', f"""Beste mevrouw Leroy,

Noémie is geselecteerd om de school te vertegenwoordigen op de scholencross in het Laarbeekbos (Jette) op woensdag 20 november. Vertrek om 12u30 aan de school, terug rond 17u. Sportkledij en een extra trui meebrengen, het kan er modderig zijn!

Graag het strookje ondertekenen via Smartschool.

Sportieve groeten,
Thomas Goossens
LO""", fmt='html', about=['noemie'], slug='scholencross-noemie', note='pupil selected for the schools cross-country race')

M('2024-11-13 18:05', 'karim', [('Caroline Dupont', P('manon').p1)], 'Rendez-vous choix d\'options Manon', f"""Madame Dupont,

Je vous confirme le rendez-vous du jeudi 21 novembre à 16h, dans mon bureau (bâtiment A, 1er étage), pour discuter avec vous et Manon de son choix d'options pour la 5e année.

Vous pouvez déjà consulter la brochure des orientations sur Smartschool (rubrique "Studiekeuze").

Cordialement,
{SIG['karim_nt']}""", fmt='qp', lang='fr', about=['manon'], slug='rdv-options-manon', note='appointment about study choice, in French')

M('2024-11-19 14:12', 'bart', [('Selma Aydın', P('emir').p1)], 'Laptop Emir hersteld', f"""Beste mevrouw Aydın,

De laptop van Emir ({P('emir').cls}) is terug van herstelling: het scherm werd vervangen onder garantie, er zijn geen kosten. Emir kan hem morgen afhalen op de ICT-dienst (lokaal A.011), tussen 8u en 16u.

{SIG['bart']}""", about=['emir'], slug='laptop-emir', note='repaired leasing laptop ready for pick-up')

M('2024-11-21 21:48', 'yannick', ['stijn'], 'tweede lezer paper Nina', f"""Hey Stijn,

Kan jij de paper van Nina Vos (5A) over de uitbreiding van de EU nakijken als tweede lezer? Ze haalde bij mij 15,5/20, ik wil gewoon zeker zijn dat ik niet te mild ben. Staat in de gedeelde map "5A economie - papers".

Merci!
Yannick""", about=['nina'], slug='tweede-lezer-nina', note='second marker asked for one pupil\'s paper')

M('2024-11-25 10:31', 'dirk', [('Marleen Claeys', P('arne').p1)], 'leerlingenkaart Arne', f"""Beste mevrouw Claeys

Arne ({P('arne').cls}) is zijn leerlingenkaart kwijt. Een nieuwe kaart kost 5 euro, die komt op de volgende schoolrekening. Hij kan ze vanaf donderdag afhalen op het onthaal, tot dan krijgt hij een tijdelijk briefje voor de refter.

Vriendelijke groeten
Dirk Hermans
opvoeder""", about=['arne'], slug='leerlingenkaart-arne', note='lost pupil card, new one on the next bill')

M('2024-11-28 16:20', 'lucia', [('Petra Novak', P('emma').p1)], 'Emma - debating final', f"""Dear Mrs Novak,

Good news: Emma did a great job at the English debating contest on Tuesday and she is through to the final in Leuven on Thursday 12 December.

The bus leaves school at 12:30 and we will be back around 18:00. Could you give your permission via Smartschool?

Best wishes,
{SIG['lucia']}""", fmt='alt', lang='en', about=['emma'], slug='emma-debating-final', note='pupil qualified for a debating final, permission asked')

M('2024-12-02 08:15', 'karim', ['pieter'], 'oudercontact Jarne', f"""Pieter,

De ouders van Jarne Michiels ({P('jarne').cls}) vragen of ze op het oudercontact van 19/12 ook de leerkracht Frans kunnen spreken. Kan jij dat even regelen met Nadia, liefst aansluitend op jouw gesprek?

{SIG['karim']}""", about=['jarne'], slug='oudercontact-jarne', note='parents want to see the French teacher at the parent evening')

M('2024-12-09 19:15', 'stijn', [('familie Lenaerts', P('tom').p1)], 'Oudercontact 19 december', f"""Beste ouders,

U staat ingepland voor het oudercontact op donderdag 19 december om 18u40, in lokaal B.204. We hebben 10 minuten.

Tom doet het goed. Ik wil vooral even kennismaken en de keuzes voor volgend jaar overlopen.

{SIG['stijn']}""", about=['tom'], slug='oudercontact-tom', note='parent evening time slot, pupil doing fine')

M('2024-12-12 13:33', 'ewa', [('Beata Nowak', P('oliwia').p1)], 'Inhaaltoets chemie Oliwia', f"""Beste mevrouw Nowak,

Oliwia kan haar toets chemie inhalen op woensdag 18 december om 13u in lokaal C.105. Ze miste hem door de uitwisseling met onze partnerschool in Krakau, dus er is geen probleem.

{SIG['ewa']}""", fmt='b64', about=['oliwia'], slug='inhaaltoets-oliwia', note='make-up test after a school exchange')

M('2025-01-10 10:05', 'andrei', [('Mihaela Dumitrescu', P('ioana').p1)], 'Rekenmachine teruggevonden', f"""Beste mevrouw Dumitrescu,

De grafische rekenmachine (TI-84, met naamsticker "Ioana D.") werd teruggevonden in lokaal C.201. Ioana kan hem afhalen op de ICT-helpdesk.

{SIG['andrei']}""", about=['ioana'], slug='rekenmachine-ioana', note='lost calculator found')

M('2025-01-15 15:00', 'lieve', [('Lies Verbruggen', P('noor').p1)], 'Inschrijving Taizé bevestigd', f"""Dag mevrouw Verbruggen,

De inschrijving van Noor ({P('noor').cls}) voor de Taizé-reis in de paasvakantie is bevestigd!! Het voorschot is goed ontvangen.

Op donderdag 6 februari om 19u30 is er een info-avond in de refter voor leerlingen en ouders. Daar krijgt u de paklijst en alle praktische info.

{SIG['lieve']}""", fmt='alt', about=['noor'], slug='taize-noor', note='trip registration confirmed')

M('2025-01-29 12:10', 'pieter', ['karim'], 'Brent - wiskunde olympiade', f"""Karim,

Brent Geerts ({P('brent').cls}) is door naar de tweede ronde van de Vlaamse Wiskunde Olympiade, op woensdag 5/2 in de VUB. Mag hij die voormiddag gaan? Ik ga zelf mee met nog twee leerlingen van de 5de.

{SIG['pieter']}""", about=['brent'], slug='brent-olympiade', note='permission for a maths olympiad round')

M('2025-02-03 14:45', 'stijn', [('Joris De Backer', P('femke').p1)], 'Stage Femke', f"""Beste meneer De Backer,

Femke kan haar stage doen in de openbare bibliotheek van Jette, van 14 tot 25 april. Haar mentor daar is mevrouw Goedele Wouters.

In bijlage de stageovereenkomst. Wilt u die ondertekenen en tegen 14 maart laten terugbezorgen via Femke?

{SIG['stijn']}""", att=[('stageovereenkomst_5C.txt', 'text/plain', f"""STAGEOVEREENKOMST - 5de jaar
Leerling: {P('femke').name} ({P('femke').cls})
Stageplaats: Openbare Bibliotheek Jette
Periode: 14/04/2025 - 25/04/2025, 9u - 16u
Mentor stageplaats: Goedele Wouters
Stagebegeleider school: Stijn Peeters

Handtekening leerling: .................
Handtekening ouder: .................
Handtekening stageplaats: .................
""")], about=['femke'], slug='stage-femke', note='internship place and agreement to sign')

M('2025-02-18 16:55', 'mehmet', [('H. Lamrani', P('ayoub').p1)], 'GIP-map Ayoub', f"""Beste ouders,

De printer in het STEM-lokaal was vorige week defect, daarom mag Ayoub zijn GIP-map afgeven tot vrijdag 21/2 in plaats van vandaag. Dat geldt voor de hele klas.

{SIG['mehmet']}""", about=['ayoub'], slug='gip-map-ayoub', note='deadline extension for an integrated project folder')

M('2025-02-26 11:20', 'lieve', [('Pieter Van Hecke', P('elise').p1)], 'Retraite 5de jaar - strookje', f"""Dag meneer Van Hecke,

Voor de retraite van het 5de jaar (17-19 maart, Affligem) hebben we van Elise nog het ondertekende strookje nodig. Het voorschot is wel al betaald, dank u!

{SIG['lieve']}""", about=['elise'], slug='retraite-elise', note='missing signed slip for a retreat')

M('2025-03-03 17:00', 'mehmet', [('Anne Rousseau', P('hugo').p1)], 'Salon STEM - projet de Hugo', f"""Madame Rousseau,

Hugo a terminé son projet de robotique (un petit robot qui trie les déchets). Il est sélectionné pour le présenter au salon STEM de l'école le mercredi 12 mars, de 13h à 16h. Les parents sont les bienvenus !

Cordialement,
{SIG['mehmet']}""", lang='fr', about=['hugo'], slug='salon-stem-hugo', note='pupil selected to present a robotics project, in French')

M('2025-03-07 11:48', 'joke', [('Nele Verstappen', P('amber').p1)], 'gsm Amber', f"""Dag mevrouw Verstappen,

De gsm van Amber werd gevonden in de turnzaal en ligt veilig op het onthaal. Ze kan hem na de laatste les komen halen.

{SIG['joke']}""", rules=['personal_data'], about=['amber'], slug='gsm-amber', note='found phone at reception; school phone number in signature')

M('2025-03-20 10:00', 'hilde', [('Thanh Nguyen', P('victor_n').p1)], 'Proficiat aan Victor', f"""Geachte heer Nguyen,

Met veel plezier laat ik u weten dat Victor ({P('victor_n').cls}) bij de finalisten is van de Vlaamse Wiskunde Olympiade. De prijsuitreiking vindt plaats op zaterdag 26 april in Gent. U bent als ouder uiteraard van harte welkom.

Wij zijn bijzonder trots op hem.

Met vriendelijke groeten,

{SIG['hilde']}""", fmt='alt', rules=['personal_data'], about=['victor_n'], slug='proficiat-victor',
  note='congratulations from the director; school phone in signature')

M('2025-04-24 09:12', 'bart', ['mehmet'], 'laptop Quinten 6D', f"""Mehmet,

kan jij Quinten Bosmans (6D) laten weten dat zijn laptop voor de stage klaar staat op de ICT-dienst? Hij reageert niet op Smartschool.

{SIG['bart']}""", about=['quinten'], slug='laptop-quinten', note='colleague asked to tell a pupil his laptop is ready')

M('2025-05-20 13:25', 'lucia', ['yannick'], 'Lars - oral exam', f"""Hi Yannick,

Lars Dierckx (6A) asked if he could do his oral exam for English on Tuesday 10 June instead of Monday 9 June, because his practical driving test was moved to the Monday. Fine for me if it's fine for you (he'd have your economics exam that Tuesday afternoon).

Cheers,
Lucía""", lang='en', about=['lars'], slug='lars-oral-exam', note='exam swap for one pupil because of a driving test')


# =========================================================================== PASSWORDS (20)
M('2024-09-02 08:05', 'bart', [('Jan Vervoort', 'jan.vervoort.leraar@gmail.com')], 'Welkom - je accounts', f"""Dag Jan,

Welkom in het Sint-Pieterscollege! Karim vroeg me om je accounts klaar te zetten voor je interim Nederlands.

Smartschool en Office 365 (zelfde login):
gebruikersnaam: jan.vervoort@{D}
tijdelijk wachtwoord: Spc-Welkom!4821
Je moet het bij de eerste aanmelding wijzigen, en MFA instellen met de Authenticator-app.

Kopieercode voor de printers: 30417

Vragen? Ik zit in A.011.

{SIG['bart']}""", rules=['password'], slug='welkom-accounts-interim',
  note='temporary Office/Smartschool password and copier code sent to the private address of a new interim teacher')

M('2024-09-02 10:30', 'bart', [('Bart Wouters', STAFF['bart'][1])], 'Wifi personeel schooljaar 2024-2025', f"""Beste collega's,

Zoals elk jaar is de wifi-sleutel voor het personeelsnetwerk veranderd.

| Netwerk | Sleutel | Voor wie |
| SPC-Personeel | Kr0kusTuin#2024 | enkel personeel, eigen toestellen |
| SPC-Leerlingen | (automatisch via Intune) | leerlingenlaptops |
| SPC-Gast | geen sleutel, voorwaarden aanvaarden | bezoekers |

Aub de sleutel niet doorgeven aan leerlingen of stagiairs; stagiairs krijgen een eigen account.

{SIG['bart']}""", bcc=['personeel@' + D], fmt='alt', rules=['password'], slug='wifi-personeel',
  note='staff Wi-Fi key in a table, to all staff (group in Bcc)')

M('2024-09-05 12:15', 'joke', [('Ruben Lenaerts', 'ruben.lenaerts@' + D)], 'sleutels sporthal', f"""Dag Ruben,

De sleutels van de sporthal hangen in het sleutelkluisje naast de nooduitgang (kant parking). De code is 4719. Na de laatste les de sleutels terughangen en het kluisje goed dichtdraaien aub.

{SIG['joke_nt']}""", rules=['password'], slug='sleutels-sporthal', note='key-safe code of the sports hall to a new PE teacher')

M('2024-09-11 15:02', 'wim', ['thomas'], 'alarm turnzaal', f"""thomas
alarm turnzaal: 2580 en dan #. niet vergeten terug aan te zetten als je na 18u buiten gaat, vorige week stond het weer af.
{SIG['wim']}""", rules=['password'], slug='alarm-turnzaal', note='alarm code of the gym')

M('2024-09-25 11:40', 'andrei', [('Mihaela Dumitrescu', P('ioana').p1)], 'Co-account Smartschool - nouveau mot de passe', f"""Madame Dumitrescu,

Suite à votre demande de ce matin, nous avons réinitialisé votre co-account Smartschool (parent de Ioana, {P('ioana').cls}).

Adresse : https://sintpieterscollege.smartschool.be
Nom d'utilisateur : ioana.dumitrescu (co-account 1)
Mot de passe provisoire : Wv7-kqP3

Vous devrez choisir un nouveau mot de passe lors de la première connexion.

Cordialement,
Andrei Popescu
ICT-helpdesk Sint-Pieterscollege""", fmt='qp', rules=['password'], about=['ioana'], lang='fr', slug='coaccount-mot-de-passe',
  note='temporary password of a parent co-account sent by mail, in French')

M('2024-10-01 09:20', 'lieve', [('Koen Lauwers', 'koen.lauwers@' + D), ('Myriam Bogaerts', 'myriam.bogaerts@' + D)],
  'Digitaal platform Kompas', f"""Dag Koen en Myriam,

We hebben dit jaar één gedeelde licentie voor het digitale platform van de nieuwe methode. Inloggen op het platform van de uitgeverij met:

- login: vakgroep.godsdienst@{D}
- wachtwoord: Kompas2024!

Niet wijzigen aub, anders kan de rest niet meer binnen 😉

{SIG['lieve']}""", fmt='qp', rules=['password'], slug='platform-kompas', note="shared publisher-platform account login and password for the subject team")

M('2024-10-08 14:05', 'bart', ['nadia'], 'kopieercode', f"""Nadia,

je persoonlijke kopieercode is 5521. Aan de machine: "Gebruiker" > code intikken > OK. Je oude code van vorig jaar is gewist.

{SIG['bart']}""", rules=['password'], slug='kopieercode-nadia', note='personal copier PIN')

M('2024-12-06 16:40', 'greet', ['pieter', 'ewa', 'stijn'], 'Examenlaptops C.003', f"""Dag collega's,

Jullie houden volgende week toezicht in C.003, waar de leerlingen met voorleessoftware hun examen maken. In bijlage hoe je de laptops opstart, met de login. Wifi staat uit op die toestellen, dat is normaal.

{SIG['greet']}""", att=[('examenlaptops_C003.txt', 'text/plain', """EXAMENLAPTOPS LOKAAL C.003
1. Laptop aanzetten, wachten tot het blauwe scherm verschijnt
2. Aanmelden met de lokale gebruiker:
   gebruiker: examen
   paswoord: Ex@men-1224
3. Kurzweil 3000 starten via het icoon op het bureaublad
4. Examenbestand openen uit de map Examens > klas > vak
5. Na het examen: opslaan op de USB-stick met het nummer van de laptop
""")], rules=['password'], slug='examenlaptops-c003',
  note='local login and password of the exam laptops in a .txt attachment')

M('2024-12-11 17:55', 'hilde', ['karim'], 'kluis', f"""Karim,

Morgen ben ik de hele dag op de directievergadering in Leuven. De examenvragen voor vrijdag zitten in de kluis in mijn bureau. Code: 36-12-48 (links, rechts, links).

Hilde""", rules=['password'], slug='kluis-examenvragen', note='safe combination of the director\'s safe')

M('2025-01-07 10:12', 'rita', [('An Vleminckx', 'an.vleminckx@vleminckx-accountants.be')], 'Toegang boekhoudpakket', f"""Beste An,

Zoals gevraagd voor de jaarafsluiting: u kan inloggen in ons online boekhoudpakket met

gebruikersnaam: spc_boekhouding
wachtwoord: Fact2025!bxl

Graag laten weten wanneer u klaar bent, dan wijzig ik het wachtwoord opnieuw.

{SIG['rita_nt']}""", fmt='cp1252', rules=['password'], slug='toegang-boekhoudpakket', note='accounting software login and password sent to the external accountant')

M('2025-01-13 08:30', 'yannick', [('Yannick Mbuyi', STAFF['yannick'][1])], 'GIP - gedeeld Canva-account', """Dag 5A,

Voor de GIP-affiche werken we met een gedeeld Canva-account van de klas:

e-mail: klas5a.gip.spc@gmail.com
wachtwoord: Gip5A-2025

Enkel werken in de map "GIP 2025" en niets verwijderen van een andere groep!

Meneer Mbuyi""", bcc=['klas-5a@' + D], rules=['password'], slug='gip-canva-5a',
  note='shared Canva account login sent to a class (group in Bcc)')

M('2025-01-22 13:45', 'bart', ['hilde'], 'instagram school', """Hilde,

sinds Lien weg is heb ik het wachtwoord van de Instagram van de school (@spcollege.brussel) gewijzigd. Nieuw: Pieter&Paul_1080
2FA staat op de schoolgsm van het onthaal. Als de nieuwe communicatiemedewerker start, geef ik het door.

Bart""", rules=['password'], slug='instagram-school', note="new password of the school's Instagram account")

M('2025-02-05 09:40', 'andrei', ['karim'], 'Fwd: Uw toegang tot de module Afwezigheden', f"""Karim,

in bijlage de mail van de leverancier met je logingegevens voor de nieuwe module. Zet het wachtwoord best meteen om bij de eerste aanmelding.

{SIG['andrei']}""", fwd=dict(date='2025-02-04 16:12', frm=('Support Wisa Partner', 'support@wisa-partner.be'),
                             to=[('Andrei Popescu', STAFF['andrei'][1])], subject='Uw toegang tot de module Afwezigheden',
                             body="""Beste,

De module Afwezigheden werd geactiveerd voor Sint-Pieterscollege Brussel.
Hieronder de gegevens voor de gebruiker K. Ouali:

Gebruikersnaam: kouali
Initieel wachtwoord: Wisa#8812tq

Bij de eerste aanmelding wordt u gevraagd een nieuw wachtwoord te kiezen.

Met vriendelijke groeten,
Support Wisa Partner"""), rules=['password'], slug='fwd-toegang-module',
  note='forwarded (as attachment) supplier mail with an initial password')

M('2025-02-11 07:50', 'stijn', [('Sam Deblock', 'sam.deblock@gmail.com')], 'vervanging 5C - praktisch', f"""Dag Sam,

Fijn dat je mijn lessen overneemt tijdens mijn vaderschapsverlof! Je eigen account is pas volgende week actief. Tot dan kan je de klascomputers gebruiken met het vervangersaccount:

vervanger3 / Vervang!5C

Lesvoorbereidingen staan op de usb die in B.204 in de bovenste lade ligt. Het boek voor 5C is "Historia 5", hoofdstuk 4 is aan de beurt.

Succes!
{SIG['stijn']}""", rules=['password'], slug='vervanging-5c', note='substitute account and password sent to a private address')

M('2025-03-12 11:00', 'bart', [('ICT Sint-Pieterscollege', STAFF['bart'][1])], 'Opendeurdag zaterdag - wifi en laptops', f"""Beste collega's,

Voor de opendeurdag van zaterdag:

- Bezoekers: netwerk SPC-Opendeur, sleutel OpenDeur2025! (hangt ook op de affiches in de gangen)
- Demo-laptops in de STEM-lokalen: gebruiker demo, wachtwoord Demo-spc25
- Beamers: zoals altijd via HDMI, afstandsbediening in de lade

Na zaterdag zet ik het netwerk en de demo-account weer af.

{SIG['bart']}""", bcc=['personeel@' + D], fmt='alt', rules=['password'], slug='opendeurdag-wifi',
  note='open day Wi-Fi key and demo-laptop password, to all staff (group in Bcc)')

M('2025-03-26 07:35', 'wim', ['dirk'], 'fietsenstalling', f"""dirk
nieuwe code fietsenstalling personeel vanaf maandag: 1905#
de oude werkt niet meer. zeg je het aan de opvoeders?
{SIG['wim']}""", rules=['password'], slug='code-fietsenstalling', note='door code of the staff bike shed')

M('2025-04-02 15:30', 'lucia', [('María del Carmen López', 'mcarmen.lopez@iesgoya.es')], 'eTwinning - shared Padlet', """Hi Carmen,

Great to hear your students are ready! Here is the access to our shared Padlet for the project "Two cities, one Europe":

https://padlet.com/spc_brussel/twocities
password: eTwinning-BXL25

My 6A pupils will post their first videos on Friday. Could your students introduce themselves before the 15th?

Best,
Lucía""", lang='en', rules=['password'], slug='etwinning-padlet',
  note='password of a shared Padlet sent to a partner school abroad')

M('2025-04-16 16:20', 'bart', ['sofie'], 'zip verslagen', """Sofie,

de verslagen voor de klassenraden staan in een zip met wachtwoord, ik stuurde hem net via de gedeelde OneDrive-link. Het wachtwoord van de zip: Zorg!Apr25-7

Na het downloaden de link aub verwijderen.

Bart""", rules=['password'], slug='zip-verslagen', note='password of an encrypted zip sent separately by mail')

M('2025-05-05 10:05', 'dirk', [('Pilar Sánchez', P('mateo').p1)], 'kluisje Mateo', f"""Beste mevrouw Sánchez

Het kluisje van Mateo ({P('mateo').cls}, nr. 214 in gang B) was stuk en heeft een nieuw cijferslot gekregen. De code is 3-9-1. Mateo mag de code aan niemand doorgeven.

Vriendelijke groeten
Dirk Hermans
opvoeder""", fmt='plain', rules=['password'], about=['mateo'], slug='kluisje-mateo',
  note="locker padlock code of a pupil sent to the parent")

M('2025-06-16 12:00', 'karim', ['hilde'], 'wachtdienst zomer', """Hilde,

Voor de wachtdienst in juli:
- gsm-nummer: 0470 55 21 90
- PIN: 0711 (PUK ligt in de kluis van het secretariaat)
- voicemail-code: 4455

Ik neem hem mee tot 15/7, daarna Wim.

K.""", rules=['password', 'personal_data'], slug='wachtdienst-zomer',
  note='PIN and voicemail code of the on-call phone, with its number')


# =========================================================================== LOOK-ALIKES, NOT PASSWORD (10)
M('2024-09-03 09:10', 'bart', [('Elif Şahin', 'elif.sahin@' + D)], 'Je schoolaccount', f"""Dag Elif,

Welkom! Je account is aangemaakt.

Login: elif.sahin@{D}
Je startwachtwoord krijg je op papier bij Joke op het onthaal (tegen handtekening). Wijzig het meteen bij de eerste aanmelding, en stel MFA in.

{SIG['bart']}""", slug='je-schoolaccount', note='username only; the password is handed over on paper, not in the mail')

M('2024-09-19 10:50', 'andrei', [('Cristina Stan', P('adrian').p1)], 'Re: inloggen Smartschool lukt niet', f"""Beste mevrouw Stan,

Als u uw wachtwoord vergeten bent, kan u het zelf opnieuw instellen: ga naar https://sintpieterscollege.smartschool.be, klik op "Wachtwoord vergeten?" en vul de gebruikersnaam van uw co-account in. U ontvangt dan een mail op dit adres.

Lukt het niet, kom dan gerust langs op de helpdesk met uw identiteitskaart.

{SIG['andrei']}""", tags=['reply'], about=['adrian'], slug='re-inloggen-smartschool',
  note='explains the forgot-password procedure, no credential given')

M('2024-10-14 08:00', 'bart', [('Bart Wouters', STAFF['bart'][1])], 'Let op: phishingmails', """Beste collega's,

Deze week kregen verschillende collega's een mail "Uw mailbox is vol - bevestig uw wachtwoord". Dat is phishing.

- Niemand van de school of van Microsoft vraagt u ooit om uw wachtwoord per mail door te geven.
- Klik niet op de link. Twijfel? Stuur de mail door naar de helpdesk.
- Kies een sterk wachtwoord: een zin van minstens 12 tekens, en gebruik het nergens anders.
- Wie toch iets ingevuld heeft: meteen wachtwoord wijzigen en mij verwittigen.

Bart""", bcc=['personeel@' + D], slug='phishingmails', note='security warning about passwords without any credential (group in Bcc)')

M('2024-10-18 12:30', 'rita', [('Ellen Maes', P('ella').p1)], 'Factuur daguitstap', f"""Geachte mevrouw Maes,

In bijlage van Smartschool vindt u de factuur voor de daguitstap van Ella ({P('ella').cls}) naar het Technopolis: € 21,00.

Gelieve te betalen op rekening BE71 0689 1234 5669 met de gestructureerde mededeling +++241/0318/77452+++ (klantnummer 20931).

{SIG['rita_nt']}""", rules=['personal_data'], about=['ella'], slug='factuur-daguitstap-ella',
  note='invoice with structured payment reference and customer number (codes that are not credentials); school IBAN')

M('2024-10-21 14:00', 'karim', [('Els Goris', 'els.goris@clb-leuven.be')], 'Beleidsoverleg school-CLB', """________________________________________________________________________________
Microsoft Teams-vergadering
Deelnemen op uw computer, mobiele app of kamerapparaat
Klik hier om deel te nemen aan de vergadering <https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ3ZTk4>
Vergader-id: 391 228 475 101
Wachtwoord: Zq3Ub7
Bellen (alleen audio)
+32 2 894 11 23,,728114305#   België, Brussel
Telefonische vergaderings-id: 728 114 305#
________________________________________________________________________________

Dag Els,

Zoals afgesproken ons driemaandelijks beleidsoverleg, online. Agenda: jaarplanning CLB-consulten, vaccinatiecampagne 2de jaar, evaluatie van de samenwerking rond spijbelen.

Karim""", fmt='alt', rules=['personal_data'], slug='beleidsoverleg-clb-teams',
  note='meeting passcode of a Teams invite (not a password); Belgian dial-in phone number; general agenda only')

M('2024-11-08 09:15', 'lieve', ['pieter', 'ewa', 'yannick'], 'uitstap 4de jaar - praktisch', """Dag collega's,

Enkele praktische zaken voor woensdag:
- Bus: Autocars Van Damme, dossiernummer bij de busmaatschappij 24/1187, vertrek 8u15
- Lijsten en kopies: de code van het kopieerlokaal krijg je bij Joke op het onthaal, niet per mail (afspraak met de directie)
- EHBO-tas: ophalen op het onthaal

Dank jullie!!
Lieve""", slug='uitstap-4-praktisch', note='mentions a copy-room code without giving it; a bus booking number')

M('2024-11-25 19:00', 'yannick', [('Sint-Pieterscollege', 'info@' + D)], 'Infoavond hoger onderwijs (online) - 6de jaar', """Beste ouders van het 6de jaar,

Op dinsdag 3 december om 20u organiseren we een online infoavond over de overstap naar het hoger onderwijs: inschrijvingen, studiekosten, studietoelagen, kot of pendelen.

Deelnemen via Zoom:
https://zoom.us/j/81234567890
Meeting-ID: 812 3456 7890
Toegangscode: 661204

De presentatie komt nadien op Smartschool.

Met vriendelijke groeten,
Yannick Mbuyi, coördinator studiekeuze""", bcc=['ouders-6@' + D], fmt='html', slug='infoavond-hoger-onderwijs',
  note='meeting passcode of a Zoom info evening for all 6th-year parents (group in Bcc), not a password')

M('2024-12-19 11:30', 'karim', [('Céline Martin', P('chloe').p1)], 'Votre demande de mot de passe', f"""Madame Martin,

Pour des raisons de sécurité, nous ne communiquons jamais de mot de passe par e-mail ni par téléphone.

Vous pouvez soit utiliser la fonction « Mot de passe oublié ? » sur la page de connexion de Smartschool, soit vous présenter au secrétariat avec votre carte d'identité ; nous vous remettrons alors une nouvelle lettre de connexion pour le co-account de Chloé.

Cordialement,
{SIG['karim_nt']}""", lang='fr', about=['chloe'], slug='demande-mot-de-passe',
  note='refuses to send a password by mail, explains the procedure')

M('2025-02-11 13:10', 'yannick', [('Yannick Mbuyi', STAFF['yannick'][1])], 'Safer Internet Day - opdracht', """Dag 5A,

Zoals vandaag in de les: maak tegen volgende week de opdracht "Hoe sterk is jouw wachtwoord?" op Smartschool.

Wat we zagen:
- slechte voorbeelden: een woord uit het woordenboek, je voornaam met je geboortejaar, "azerty" of "123456"
- beter: een zin van vier losse woorden, met hoofdletters en een leesteken
- nooit hetzelfde wachtwoord voor je school-account en je games
- een wachtwoordbeheerder is oké

Je eigen wachtwoord schrijf je NIET in de opdracht!

Meneer Mbuyi""", bcc=['klas-5a@' + D], fmt='qp', slug='safer-internet-day-5a',
  note='lesson on password strength with generic bad examples, no real credential (class group in Bcc)')

M('2025-02-27 16:45', 'bart', ['hilde'], 'nieuw wachtwoordbeleid - tekst voor personeelsinfo', """Hilde,

Hierbij de tekst voor de personeelsinfo van maandag, kan je die nalezen?

"Vanaf 1 maart is MFA verplicht voor alle personeelsaccounts. In de handleiding zie je schermafbeeldingen met 'Wachtwoord: ********': dat is een voorbeeld, daar vul je uiteraard je eigen wachtwoord in. Bij de stap 'Voer [uw wachtwoord] in' gebruik je je gewone schoolwachtwoord. Je wachtwoord verloopt niet meer om de 90 dagen."

Bart""", slug='wachtwoordbeleid-tekst', note='placeholders and password policy text, no credential')


# =========================================================================== MISDIRECTED (10)
M('2024-10-15 16:10', 'lieve', [('Rachida Saidi', P('amina').p1)], 'Herinnering: toestemming Ieper', f"""Beste mevrouw Saidi,

Nog een kleine herinnering: we hebben het toestemmingsformulier van Amira ({P('amira').cls}) voor de daguitstap naar Ieper op 24 oktober nog niet ontvangen. Mag het morgen mee?

{SIG['lieve']}""", about=['amira'], mis=True, slug='herinnering-ieper',
  note="reminder about Amira Saidi's permission slip sent to the parent of Amina Saïdi (1B), a different family")

M('2024-10-04 18:20', 'jonas', [('Bart Van Aken', P('ruben_va').p1)], 'Ruben - zoals beloofd', f"""Beste mevrouw Van Acker,

Zoals beloofd aan de telefoon een korte samenvatting. Ruben werd de voorbije weken via Snapchat gepest door twee klasgenoten, met foto's uit de kleedkamer. De foto's zijn verwijderd, de twee jongens krijgen dinsdag een herstelgesprek en hun ouders zijn verwittigd.

Ruben mag altijd bij mij terecht. Ik spreek volgende week opnieuw met hem af.

{SIG['jonas']}""", rules=['sensitive', 'personal_data'], cats=['psychosocial'], about=['ruben'], mis=True,
  slug='ruben-zoals-beloofd',
  note='bullying of Ruben Van Acker (4B) reported to the father of Ruben Van Aken (1C); mobile in signature')

M('2024-10-23 15:45', 'mehmet', [('Katrien Peeters', P('jelle').p1)], 'STEM-toets Noa', f"""Beste mevrouw Peeters,

Noa ({P('noa').cls}) haalde 11/20 op de STEM-toets over krachten. Ze mag de verbeterde toets thuis laten ondertekenen en tegen maandag terugbrengen. Op Smartschool staan extra oefeningen.

{SIG['mehmet']}""", about=['noa'], mis=True, slug='stem-toets-noa',
  note="Noa Peeters' test result sent to the mother of Jelle Peeters (4B), autocomplete on the surname")

M('2024-10-30 12:05', 'sofie', [('M. Bakkali', P('soufiane').p1)], 'Afspraken voor Yasmine (1A)', f"""Beste mevrouw Bakkali,

Zoals besproken op het oudercontact de afspraken die de leerkrachten volgen voor Yasmine:
- dyslexie: toetsen in Arial 12, extra tijd (1/3)
- Sprinto op haar laptop bij alle vakken
- geen punten af voor spelling buiten Nederlands en Frans

Ik bekijk in januari samen met haar hoe het loopt.

{SIG['sofie']}""", rules=['sensitive', 'personal_data'], cats=['medical', 'care'], about=['yasmine'], mis=True,
  slug='afspraken-yasmine', note="dyslexia measures for Yasmine Bakkali (1A) sent to the father of Soufiane Bakkali (5B); phone in signature")

M('2024-11-27 08:40', 'thomas', [('Inge Verhulst', P('daan_vh').p1)], 'attest Daan', f"""Beste mevrouw Verlinden,

Het attest van Daan is goed ontvangen: door de hersenschudding is hij vrijgesteld van LO tot 16 december. Hij komt gewoon naar de les maar doet theorie of is scheidsrechter.

Sportieve groeten,
Thomas Goossens""", rules=['sensitive'], cats=['medical'], about=['daan'], mis=True, slug='attest-daan',
  note='concussion of Daan Verlinden (1C) sent to the mother of Daan Verhulst (2D), both mothers named Inge')

M('2024-12-20 14:30', 'nadia', [('Julie Laurent', P('ines_la').p1)], 'Résultats de français - Inès', f"""Madame Durand,

Voici, comme demandé, le détail des résultats d'Inès en français pour ce trimestre : examen écrit 58/100, oral 14/20, travail journalier 71 %. Elle a bien progressé à l'oral. Pour l'écrit, je conseille de relire les fiches de grammaire pendant les vacances.

Bonnes fêtes,
Nadia El Amrani""", lang='fr', about=['ines_l'], mis=True, slug='resultats-ines',
  note="grades of Inès Lambert (2C) sent to the mother of Inès Laurent in the same class")

M('2025-01-06 09:05', 'pieter', [('M. Zielonka', P('wiktoria').p1)], 'Rapport Wiktor', f"""Beste mevrouw Zielińska,

Het kerstrapport van Wiktor ({P('wiktor').cls}) is nog niet ondertekend terug. Mag hij het deze week meebrengen?

{SIG['pieter']}""", about=['wiktor'], mis=True, slug='rapport-wiktor',
  note='report-card reminder for Wiktor Zieliński sent to the parent of Wiktoria Zielonka (5D)')

M('2025-01-16 10:50', 'rita', [('famille Moreau', P('lucie').p1)], 'Afbetalingsplan - januari', f"""Beste mevrouw Díaz,

De afbetaling van januari (€ 40) volgens het afgesproken plan voor Pablo ({P('pablo').cls}) hebben we nog niet ontvangen. Kan u die nog deze maand storten? Als het deze maand niet lukt, laat het mij gewoon weten, dan schuiven we het op.

{SIG['rita_nt']}""", rules=['sensitive'], cats=['financial'], about=['pablo'], mis=True, slug='afbetalingsplan-januari',
  note='payment-plan reminder of the Moreno Díaz family sent to the Moreau family')

M('2025-02-17 17:25', 'marijke', [('An Coomans', P('lotte_co').p1)], 'Opstartplan Lotte', f"""Beste mevrouw Van Laere,

Na ons gesprek van vanmiddag het plan om Lotte weer naar school te laten komen, na vier weken thuis:
- week 1: elke dag het 1ste en 2de lesuur, in het zorglokaal bij mevrouw Mertens
- week 2: drie lesuren, waarvan één in de klas
- elke vrijdag kort telefonisch contact met u

Het CLB neemt deze week contact met u op voor verdere begeleiding.

{SIG['marijke']}""", rules=['sensitive'], cats=['psychosocial', 'care'], about=['lotte'], mis=True, slug='opstartplan-lotte',
  note='school-refusal return plan for Lotte Coppens (1D) sent to the mother of Lotte Coomans (3C)')

M('2025-03-14 13:15', 'ewa', [('Anna Kaczmarczyk', P('zofia').p1)], 'Practicum Zuzanna', f"""Beste mevrouw Kaczmarek,

Volgende week dinsdag heeft Zuzanna ({P('zuzanna').cls}) practicum chemie. Ze moet haar labojas en veiligheidsbril meebrengen; vorige keer was ze die vergeten.

{SIG['ewa']}""", fmt='qp', about=['zuzanna'], mis=True, slug='practicum-zuzanna',
  note='lab reminder for Zuzanna Kaczmarek (4A) sent to the mother of Zofia Kaczmarczyk (6B)')


# =========================================================================== GENERAL LETTERS (25)
OUDERS = 'ouders@' + D
PERSONEEL = 'personeel@' + D

M('2024-08-29 10:00', 'directie', [STAFF['info']], 'Welkom in het schooljaar 2024-2025', f"""Beste ouders,

Binnenkort start het nieuwe schooljaar. Wij kijken ernaar uit om uw kind (opnieuw) te verwelkomen.

Praktisch
- Maandag 2 september: start voor alle leerlingen om 8u25. Leerlingen van het 1ste jaar worden om 9u00 verwacht in de sporthal, samen met hun ouders als u dat wenst.
- De lessen eindigen die dag om 12u05.
- De handboekenpakketten worden in de klas uitgedeeld; de kosten verschijnen op de eerste schoolrekening in oktober.

Smartschool
Alle communicatie verloopt via Smartschool. Heeft u nog geen co-account? Dan krijgt uw kind in de eerste week een brief voor u mee.

Belangrijke data
- 25 september: infoavond per klas
- 28 oktober - 3 november: herfstvakantie
- 19 december: oudercontact

Heeft u vragen, dan kan u altijd terecht op het secretariaat.

Met vriendelijke groeten,

{SIG['hilde']}""", bcc=[OUDERS], fmt='alt', rules=['personal_data'], mail_from='directie@' + D,
  slug='welkom-schooljaar', note='start-of-year letter to all parents (group in Bcc); school phone in signature')

M('2024-09-06 11:30', 'joke', [STAFF['secr']], 'Medicatie op school', f"""Beste ouders,

Moet uw kind tijdens de schooluren medicatie nemen? Dan vragen we u het volgende:

1. Laat het ons weten via het formulier "Medicatie op school" (Smartschool > Documenten > Onthaal).
2. Laat het formulier invullen en ondertekenen door de behandelende arts: naam van het geneesmiddel, dosis, tijdstip en duur.
3. Geef de medicatie in de originele verpakking mee, met de naam van uw kind erop.

Let op:
- Wij geven geen pijnstillers of andere medicatie zonder dit formulier, ook niet op vraag van de leerling.
- Heeft uw kind een ernstige allergie (bv. voor noten of insectenbeten), diabetes of epilepsie? Laat het ons dan zeker weten, zodat we samen met u een noodplan kunnen opmaken.
- Voor een daguitstap geeft u de medicatie mee aan de begeleidende leerkracht, met een briefje.

Met vriendelijke groeten,

{SIG['joke']}""", bcc=[OUDERS], fmt='alt', rules=['personal_data'], slug='medicatie-op-school',
  note='general medication procedure for all parents, examples "bv." only (group in Bcc); school phone')

M('2024-09-09 08:00', 'fatima', [STAFF['secr']], 'Afwezigheden: wat moet u doen?', f"""Beste ouders,

Hieronder vindt u de afspraken uit het schoolreglement over afwezigheden.

1. Uw kind is ziek
1.1 Verwittig het leerlingensecretariaat vóór 8u30 (telefonisch of via Smartschool).
1.2 Voor een afwezigheid van 1 tot 3 kalenderdagen volstaat een verklaring van de ouders (maximaal 4 keer per schooljaar).
1.3 Vanaf 4 opeenvolgende kalenderdagen, en bij afwezigheid tijdens de examens, is een medisch attest nodig.

2. Andere afwezigheden
2.1 Een begrafenis, een oproeping door de rechtbank, een religieuze feestdag van een erkende levensbeschouwing: met een officieel document.
2.2 Andere afwezigheden (bv. een familiefeest, vroeger op vakantie) zijn enkel mogelijk met toestemming van de directie, vooraf aangevraagd.

3. Problematische afwezigheden
3.1 Vanaf 5 halve dagen onwettige afwezigheid is de school verplicht het CLB in te schakelen.
3.2 Dit kan gevolgen hebben voor de schooltoeslag van het gezin.

Wij rekenen op uw medewerking.

{SIG['fatima']}""", bcc=[OUDERS], fmt='qp', rules=['personal_data'], slug='afwezigheden-regels',
  note='rule-book extract on absences with numbered headings for all parents (group in Bcc); school phone')

M('2024-09-10 16:30', 'karim', [STAFF['karim']], 'Agenda personeelsvergadering 16/9', """Beste collega's,

Maandag 16/9 om 15u50 personeelsvergadering in de refter.

Agenda:
1. Welkom nieuwe collega's
2. Jaarplanning en examenperiodes
3. Toezichten: nieuw rooster (zie Smartschool)
4. Werking leerlingenbegeleiding en zorg (Sofie en Jonas)
5. Varia

Koffie en taart voorzien.

Karim""", bcc=[PERSONEEL], slug='agenda-personeelsvergadering', note='staff meeting agenda (group in Bcc)')

M('2024-09-13 12:20', 'sofie', [STAFF['sofie']], 'Hoe delen we zorginfo?', f"""Beste collega's,

Een korte herinnering bij de start van het schooljaar.

- Zorginformatie over leerlingen (bv. een diagnose, iets wat een leerling je vertelt over thuis, een afspraak met het CLB) noteer je in het leerlingvolgsysteem, niet in een mail of in een Whatsapp-groep.
- Zie je iets wat je verontrust? Spreek de leerlingenbegeleider van die graad aan, liefst dezelfde dag.
- Maatregelen (extra tijd, laptop, ...) vind je in de fiche van de leerling in het LVS. Twijfel je: vraag het aan Ines of aan mij.
- Mailt een ouder je iets gevoeligs? Antwoord kort en stel een gesprek voor, en zet de info in het LVS.

{SIG['sofie']}""", bcc=[PERSONEEL], rules=['personal_data'], slug='hoe-delen-we-zorginfo',
  note='general care-policy reminder to all staff, examples only, no pupil (group in Bcc); phone in signature')

M('2024-09-17 09:00', 'hilde', [STAFF['directie']], 'Privacy en e-mail: enkele afspraken', """Beste collega's,

Naar aanleiding van een paar vragen, nog eens de afspraken uit ons communicatiebeleid:

1. Gebruik voor schoolzaken altijd je schoolaccount, nooit een privé-adres.
2. Mail je naar meerdere ouders of naar een groepsadres (ouders@, klas-...@): altijd in BCC.
3. Gevoelige gegevens over leerlingen (gezinssituatie, medische info, zorg, financiële situatie) horen in het leerlingvolgsysteem, niet in een mail.
4. Verstuur nooit een wachtwoord per mail.
5. Denk je dat er gegevens bij de verkeerde persoon terechtkwamen? Meld het meteen aan privacy@lksd.ksleuven.be.

Dank voor jullie zorg hierrond.

Hilde""", bcc=[PERSONEEL], fmt='alt', slug='privacy-en-email', note='privacy policy reminder listing data categories in general (group in Bcc)')

M('2024-09-24 14:00', 'bart', [STAFF['info']], 'Smartschool voor ouders: uw co-account', """Beste ouders,

Via Smartschool volgt u de agenda, de punten en de berichten van de school. Elke ouder heeft een eigen co-account.

- Deze week krijgt uw kind een brief mee met een persoonlijke activatiecode. Wij sturen die code nooit per mail.
- Ga naar https://sintpieterscollege.smartschool.be, meld u aan met de gebruikersnaam van uw kind en de activatiecode, en kies zelf een wachtwoord.
- Wachtwoord vergeten? Gebruik de knop "Wachtwoord vergeten?" op de aanmeldpagina.
- Installeer de app Smartschool om meldingen te krijgen.

Lukt het niet? De ICT-helpdesk helpt u graag op maandag en donderdag van 15u30 tot 17u.

Bart Wouters, ICT-coördinator""", bcc=[OUDERS], fmt='html', slug='smartschool-coaccount',
  note='general Smartschool co-account letter, mentions passwords and codes without giving any (group in Bcc)')

M('2024-09-26 13:00', 'karim', [STAFF['directie']], 'Gsm op school', """Beste leerlingen,

Een herinnering aan de regels uit het schoolreglement:

- Tijdens de lessen zit je gsm uit en in je boekentas, tenzij de leerkracht iets anders zegt.
- Op de speelplaats en in de refter mag je hem gebruiken, maar filmen of fotograferen van medeleerlingen of personeel zonder toestemming is verboden.
- Wie zich niet aan de regels houdt, geeft de gsm af; je haalt hem terug op na de laatste les bij de opvoeder.

Meneer Ouali""", bcc=['leerlingen@' + D], slug='gsm-op-school', note='phone rule reminder to all pupils (group in Bcc)')

M('2024-10-02 09:40', 'lieve', [STAFF['lieve']], 'Daguitstap 3de jaar naar Ieper - 24 oktober', """Beste ouders,

Op donderdag 24 oktober trekken alle leerlingen van het 3de jaar naar Ieper in het kader van de lessen geschiedenis en godsdienst: bezoek aan het In Flanders Fields Museum, de Menenpoort en de Duitse militaire begraafplaats in Langemark.

Praktisch:
- vertrek om 7u45 aan de schoolpoort, terug rond 18u
- meebrengen: lunchpakket, drinken, regenjas, stevige schoenen
- kostprijs: € 32, op de schoolrekening
- neemt uw kind medicatie? Geef die mee in een zakje met de naam en een briefje voor de begeleider.

Het toestemmingsformulier vindt u op Smartschool. Graag ondertekenen tegen 16 oktober.

Groetjes!
Lieve Aerts, coördinatie uitstappen""", bcc=['ouders-3@' + D], fmt='alt', slug='daguitstap-ieper',
  note='day-trip letter to all 3rd-year parents (group in Bcc)')

M('2024-10-10 17:00', 'marijke', [STAFF['marijke']], 'Wat doet de school bij pesten?', """Beste ouders van de 1ste graad,

Pesten komt helaas in elke school voor. Daarom zetten we kort op een rij hoe wij werken.

Hoe merk ik dat mijn kind gepest wordt?
Signalen kunnen zijn: niet meer naar school willen, buikpijn op zondagavond, spullen die kwijt zijn, stiller worden, plots niet meer online willen (of net voortdurend).

Wat kan ik doen?
Neem het ernstig, luister, en neem contact op met de titularis of met de leerlingenbegeleider. Reageer liever niet zelf in de klasgroep of tegen de andere ouders.

Wat doet de school?
1. We luisteren naar uw kind en naar de betrokken leerlingen.
2. We werken met de No Blame-aanpak: een steungroep rond de gepeste leerling, zonder straf als eerste reactie.
3. Bij ernstige of herhaalde feiten volgen sancties volgens het schoolreglement.
4. We houden u op de hoogte.

En cyberpesten?
Ook wat buiten de school gebeurt (Snapchat, TikTok, ...) pakken we aan als het de sfeer in de klas raakt.

Vriendelijke groeten,
Marijke Dewitte en Jonas De Smedt, leerlingenbegeleiding""", bcc=['ouders-1ste-graad@' + D], fmt='alt',
  slug='wat-doet-school-bij-pesten', note='anti-bullying policy FAQ for all first-grade parents, no individual case (group in Bcc)')

M('2024-10-16 15:00', 'greet', [STAFF['greet']], 'Nederlands oefenen thuis / Pratiquer le néerlandais / Practising Dutch', """Beste ouders,
Uw kind leert elke dag Nederlands op school. Ook thuis kan u helpen, zelfs als u zelf geen Nederlands spreekt:
- laat uw kind 20 minuten per dag lezen in het Nederlands (de schoolbibliotheek is open tijdens de middag)
- kijk samen naar Karrewiet of het jeugdjournaal, en praat erover in uw eigen taal
- moedig hobby's in het Nederlands aan: sportclub, jeugdbeweging, academie

Chers parents,
Votre enfant apprend le néerlandais tous les jours. Vous pouvez l'aider, même si vous ne parlez pas néerlandais : 20 minutes de lecture par jour, regarder ensemble le journal des jeunes, une activité de loisirs en néerlandais.

Dear parents,
Your child learns Dutch at school every day. You can help at home, even if you don't speak Dutch: 20 minutes of reading a day, watching the youth news together, a hobby in Dutch.

Greet Van den Broeck, taalcoach""", bcc=[OUDERS], fmt='b64', slug='nederlands-oefenen-thuis',
  note='trilingual tips for all parents on practising Dutch (group in Bcc)')

M('2024-10-25 09:30', 'rita', [STAFF['secr']], 'Eerste schoolrekening', f"""Beste ouders,

Deze week verscheen de eerste schoolrekening van dit schooljaar op Smartschool (handboekenpakket, werkboeken en de uitstappen van september-oktober).

- Gelieve te betalen binnen de 30 dagen op rekening BE71 0689 1234 5669, met de gestructureerde mededeling die op uw factuur staat.
- Heeft u meerdere kinderen bij ons? Dan krijgt u per kind een aparte rekening.
- Kan u de rekening niet in één keer betalen, of heeft u het financieel moeilijk? Neem dan discreet contact op met het secretariaat; een afbetalingsplan is altijd mogelijk.
- Vergeet ook niet de schooltoeslag aan te vragen bij uw uitbetaler van het Groeipakket als u daar recht op heeft.

{SIG['rita']}""", bcc=[OUDERS], fmt='qp', rules=['personal_data'], slug='eerste-schoolrekening',
  note='general invoice notice to all parents offering payment plans in general (group in Bcc); school IBAN and phone')

M('2024-10-28 08:30', 'sofie', [STAFF['info']], 'Vaccinatie 2de jaar / Vaccination 2e année', """Beste ouders van het 2de jaar,

Het CLB biedt in het 2de jaar gratis vaccinaties aan tegen HPV (baarmoederhalskanker en andere kankers, voor meisjes en jongens) en een herhalingsvaccin tegen difterie, tetanus en kinkhoest. De vaccinatie gebeurt op school door de CLB-arts en -verpleegkundige, op 21 november.

Wilt u dat uw kind gevaccineerd wordt? Vul dan het toestemmingsformulier in dat uw kind deze week meekrijgt. Heeft uw kind deze vaccins al gekregen bij de huisarts? Noteer dat dan op het formulier.

Chers parents de 2e année,
Le CLB propose gratuitement en 2e année le vaccin contre le HPV et un rappel diphtérie-tétanos-coqueluche. La vaccination a lieu à l'école le 21 novembre. Merci de compléter le formulaire d'autorisation que votre enfant reçoit cette semaine.

Sofie Lambrechts, zorgcoördinator""", bcc=['ouders-2@' + D], fmt='alt', slug='vaccinatie-2de-jaar',
  note='general CLB vaccination letter (bilingual NL/FR) to all 2nd-year parents (group in Bcc)')

M('2024-11-18 10:00', 'bart', [STAFF['bart']], 'Je laptop is stuk? Zo meld je het', """Dag iedereen,

Is je schoollaptop stuk (scherm, toetsenbord, lader) of doet hij raar?

1. Kom langs op de ICT-helpdesk (A.011), elke dag tijdens de middagpauze.
2. Breng je laptop en je lader mee.
3. Je krijgt een vervangtoestel zolang de herstelling duurt.

Schade door een val valt onder de verzekering (eigen bijdrage € 50), maar je moet het binnen de week melden. Stickers en graveringen zijn niet toegelaten.

ICT-dienst""", bcc=['leerlingen@' + D], fmt='cp1252', slug='laptop-stuk-melden', note='laptop repair procedure for all pupils (group in Bcc)')

M('2024-11-29 15:00', 'karim', [STAFF['directie']], 'Session d\'examens de décembre', """Chers parents,

Voici quelques informations pratiques concernant la session d'examens de décembre (du 9 au 20 décembre).

- L'horaire des examens est disponible sur Smartschool, dans le journal de classe de votre enfant.
- Les examens commencent à 8h30. Les élèves peuvent rentrer à la maison après l'examen, ou étudier à l'école jusqu'à 15h40 en salle d'étude.
- Une absence pendant un examen doit être justifiée par un certificat médical, remis au secrétariat dès le retour de l'élève.
- Le bulletin sera remis le vendredi 20 décembre, lors de la réunion de parents.

Nous souhaitons beaucoup de courage à tous les élèves.

Karim Ouali, directeur adjoint""", bcc=[OUDERS], fmt='qp', lang='fr', slug='session-examens-decembre',
  note='exam-period letter to all parents in French (group in Bcc)')

M('2024-12-04 12:45', 'sofie', [STAFF['sofie']], 'Planning klassenraden december', """Beste collega's,

Hier de planning van de klassenraden. Graag 5 minuten op voorhand aanwezig, en je punten ten laatste twee dagen vooraf ingegeven.

| Datum | Uur | Klassen | Lokaal |
| ma 16/12 | 13u00 | 1A, 1B, 1C, 1D | B.101 |
| di 17/12 | 13u00 | 2A, 2B, 2C, 2D | B.101 |
| di 17/12 | 13u00 | 3A, 3B, 3C, 3D | B.204 |
| wo 18/12 | 9u00 | 4A, 4B, 4C, 4D | B.101 |
| wo 18/12 | 9u00 | 5A, 5B, 5C, 5D, 6A - 6D | B.204 |

Afspraken: in de vrije tekst op het rapport komen geen diagnoses of info over de thuissituatie. Bespreking van zorgleerlingen gebeurt aan de hand van de fiche in het LVS.

Sofie""", bcc=[PERSONEEL], fmt='alt', slug='planning-klassenraden',
  note='class council schedule with general reporting rules (group in Bcc)')

M('2025-01-09 16:00', 'directie', [], 'Actiedag maandag 13 januari / Journée d\'action', """Beste ouders,

Op maandag 13 januari is er een nationale actiedag in het onderwijs. Een groot aantal van onze personeelsleden neemt deel.

- Er worden die dag geen lessen gegeven.
- Kan uw kind niet thuis blijven? Dan voorzien wij opvang op school van 8u25 tot 15u40 (graag verwittigen via Smartschool vóór vrijdag).
- De bussen rijden normaal volgens de dienstregeling van de MIVB.

Chers parents, le lundi 13 janvier, il n'y aura pas de cours en raison d'une journée d'action nationale. Une garderie est organisée à l'école de 8h25 à 15h40 (merci de nous prévenir via Smartschool avant vendredi).

De directie""", bcc=[OUDERS], to_hdr='undisclosed-recipients:;', slug='actiedag-13-januari',
  note='strike-day letter (bilingual) to all parents, undisclosed recipients (group in Bcc)')

M('2025-01-23 19:30', 'stijn', [STAFF['stijn']], 'Romereis 5de jaar - info en betaling', """Beste ouders van het 5de jaar,

Van 7 tot 11 april trekken we met het 5de jaar naar Rome. Op donderdag 6 februari om 19u30 is er een infoavond in de refter.

Kostprijs: € 585 (vlucht, hotel, vervoer ter plaatse, musea, halfpension).
Betaling via de schoolrekening in drie schijven:
- februari: € 200
- maart: € 200
- april: € 185

Zijn er redenen waarom de betaling voor u moeilijk is? Neem dan discreet contact op met mevrouw Claes van de boekhouding; samen zoeken we een oplossing. Geen enkele leerling moet thuisblijven om financiële redenen.

Neemt uw kind medicatie of heeft het een dieet? Vermeld dit op de medische fiche die u op de infoavond krijgt.

Stijn Peeters, reisverantwoordelijke""", bcc=['ouders-5@' + D], fmt='alt', slug='romereis-5de-jaar',
  note='trip letter to all 5th-year parents with general payment-difficulty offer (group in Bcc)')

M('2025-01-30 14:15', 'joke', [STAFF['joke']], 'EHBO-bijscholing en adrenalinepen', """Beste collega's,

Op woensdag 12 februari om 13u30 is er een bijscholing EHBO in de sporthal (2 uur), met een oefening met de adrenalinepen en de AED. Inschrijven via het formulier op Smartschool.

Ter herinnering:
- Leerlingen met een gekende ernstige allergie hebben een noodplan in het LVS; de pennen liggen in de EHBO-kast op het onthaal.
- Bij twijfel: altijd eerst 112, dan het onthaal.

Joke""", bcc=[PERSONEEL], slug='ehbo-bijscholing', note='first-aid training announcement for all staff, general (group in Bcc)')

M('2025-02-28 12:00', 'karim', [STAFF['directie']], 'Ramadan en school / Ramadan et l\'école', """Beste ouders,

Binnenkort begint de ramadan. Wij respecteren de keuze van de leerlingen die vasten, en willen hen goed ondersteunen.

- Leerlingen die vasten, mogen tijdens de middagpauze in de bibliotheek verblijven in plaats van in de refter.
- Tijdens de lessen LO wordt de intensiteit aangepast; uw kind mag dit zelf aangeven bij de leerkracht.
- Examens en toetsen gaan gewoon door. Voelt uw kind zich niet goed, dan verwittigt het de leerkracht.
- Het Suikerfeest is een erkende feestdag: de afwezigheid wordt gewettigd met een briefje van de ouders.

Chers parents, pendant le ramadan, les élèves qui jeûnent peuvent rester à la bibliothèque pendant la pause de midi. Les cours d'éducation physique sont adaptés. L'absence pour l'Aïd est justifiée par un mot des parents.

Karim Ouali, adjunct-directeur""", bcc=[OUDERS], fmt='qp', slug='ramadan-en-school',
  note='general letter (NL/FR) on Ramadan arrangements for all parents (group in Bcc)')

M('2025-03-31 07:30', 'wim', [STAFF['wim']], 'werken speelplaats vanaf 7/4', """Beste collega's,

Tijdens de paasvakantie en de twee weken erna wordt de speelplaats heraangelegd.

- De parking aan de Gentsesteenweg is van 7/4 tot 2/5 afgesloten. Parkeren kan op de parking van de sporthal.
- De fietsenstalling verhuist tijdelijk naar de binnenkoer achter blok C.
- Middagtoezicht: enkel op het grasveld en in de refter.

Wim, technische dienst""", bcc=[PERSONEEL], slug='werken-speelplaats', note='works on the playground, practical info for staff (group in Bcc)')

M('2025-04-25 10:00', 'directie', [STAFF['info']], 'Inscriptions des frères et sœurs pour 2025-2026', f"""Chers parents,

Vous avez un autre enfant qui entre en 1re année secondaire en septembre 2025 ? Les frères et sœurs de nos élèves sont prioritaires, mais il faut les inscrire pendant la période prioritaire.

- Période d'inscription prioritaire : du 5 au 23 mai 2025, sur rendez-vous au secrétariat.
- Documents : carte d'identité de l'enfant, attestation de l'école primaire.
- Après le 23 mai, la priorité ne s'applique plus et l'inscription passe par le système d'inscription central.

Pour prendre rendez-vous, téléphonez au secrétariat.

Bien cordialement,

{SIG['hilde']}""", bcc=[OUDERS], fmt='alt', rules=['personal_data'], mail_from='directie@' + D, lang='fr',
  slug='inscriptions-freres-soeurs', note='sibling-enrolment letter in French to all parents (group in Bcc); school phone')

M('2025-06-02 18:00', 'lucia', [STAFF['lucia']], 'Graduation ceremony - information for parents', """Dear parents of our 6th-year students,

For the parents who prefer English, here is the information about the graduation ceremony (proclamatie).

- When: Friday 27 June, 19:00, in the sports hall. Doors open at 18:30.
- Each student may invite up to four guests.
- Students receive their diploma on stage, in alphabetical order per class.
- Afterwards, drinks are offered by the parents' association on the playground.
- Dress code: smart, but no rental suits needed!

Students who have to take a resit (tweede zit) are of course welcome; the class council decision is communicated individually on 26 June.

Kind regards,
Lucía Romero, on behalf of the 6th-year team""", bcc=['ouders-6@' + D], fmt='alt', lang='en', slug='graduation-ceremony',
  note='graduation information in English for all 6th-year parents (group in Bcc)')

M('2025-06-11 13:00', 'joke', [STAFF['secr']], 'Warme dagen', f"""Beste ouders,

De komende dagen wordt het erg warm. Wat wij doen, en wat we van u vragen:

- Geef uw kind een herbruikbare drinkfles mee; er zijn waterkranen op elke verdieping.
- Een pet en zonnecrème zijn welkom, zeker bij LO en op de speelplaats.
- De lessen LO gaan door in de schaduw of binnen, met een lagere intensiteit.
- Heeft uw kind astma of een andere aandoening waarvoor de hitte een risico is, laat het de titularis dan weten.

Met vriendelijke groeten,

{SIG['joke']}""", bcc=[OUDERS], fmt='qp', rules=['personal_data'], slug='warme-dagen',
  note='heat advice for all parents, conditions only as general examples (group in Bcc); school phone')

M('2025-06-23 11:00', 'directie', [STAFF['directie']], 'Einde van het schooljaar: rapport, deliberatie en beroep', f"""Beste ouders,

Het schooljaar loopt ten einde. Hieronder de belangrijkste informatie.

1. Rapport
Het rapport wordt uitgedeeld op maandag 30 juni tussen 16u en 19u, door de klastitularis. Wie die dag niet kan, haalt het rapport af op het secretariaat op 1 of 2 juli.

2. De beslissing van de klassenraad
De klassenraad beslist over het attest (A, B of C) en geeft een advies. Dit advies is niet bindend, maar we raden u aan het ernstig te nemen.

3. Niet akkoord?
3.1 U vraagt een overleg aan met de directeur, ten laatste op 3 juli.
3.2 Blijft u het niet eens na dat overleg, dan kan u schriftelijk beroep aantekenen bij de voorzitter van het schoolbestuur, binnen de 3 dagen na de bevestiging van de beslissing.

4. Handboeken
Uitgeleende handboeken worden teruggebracht op 30 juni.

Wij wensen u en uw kinderen een deugddoende vakantie.

{SIG['hilde']}""", bcc=[OUDERS], fmt='alt', rules=['personal_data'], mail_from='directie@' + D,
  slug='einde-schooljaar', note='end-of-year letter with numbered appeal procedure for all parents (group in Bcc); school phone')


# =========================================================================== building
def tz_for(dt):
    # Europe/Brussels: CEST until 27 Oct 2024 03:00, CET until 30 Mar 2025 02:00, then CEST
    if datetime(2024, 10, 27, 3, 0) <= dt < datetime(2025, 3, 30, 2, 0):
        return timezone(timedelta(hours=1))
    return timezone(timedelta(hours=2))


def parse_date(s):
    dt = datetime.strptime(s, '%Y-%m-%d %H:%M')
    return dt.replace(tzinfo=tz_for(dt))


def plain_of(text):
    out = []
    for line in text.split('\n'):
        if line.startswith('|'):
            cells = [c.strip() for c in line.strip().strip('|').split('|')]
            out.append('\t'.join(cells))
        else:
            out.append(line)
    return '\n'.join(out)


def _inline(s):
    s = htmlmod.escape(s)
    s = re.sub(r'(https?://[^\s<]+)', r'<a href="\1">\1</a>', s)
    return s


def html_blocks(text):
    lines = text.split('\n')
    out = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith('|'):
            rows = []
            while i < len(lines) and lines[i].startswith('|'):
                rows.append([c.strip() for c in lines[i].strip().strip('|').split('|')])
                i += 1
            t = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
                 'style="border-collapse:collapse;border:none">']
            for r, row in enumerate(rows):
                t.append('<tr>')
                for c in row:
                    cell = _inline(c) or '&nbsp;'
                    if r == 0:
                        cell = '<b>' + cell + '</b>'
                    t.append('<td valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
                             '<p class="MsoNormal">' + cell + '</p></td>')
                t.append('</tr>')
            t.append('</table>')
            out.append('\n'.join(t))
            continue
        if line.startswith('>'):
            q = []
            while i < len(lines) and lines[i].startswith('>'):
                q.append(re.sub(r'^> ?', '', lines[i]))
                i += 1
            out.append('<blockquote style="border:none;border-left:solid #CCCCCC 1.0pt;padding:0cm 0cm 0cm 6.0pt;'
                       'margin-left:4.8pt;margin-right:0cm">' + html_blocks('\n'.join(q)) + '</blockquote>')
            continue
        if re.match(r'^\s*(- |\* |• )', line):
            items = []
            while i < len(lines) and re.match(r'^\s*(- |\* |• )', lines[i]):
                items.append(re.sub(r'^\s*(- |\* |• )', '', lines[i]))
                i += 1
            out.append('<ul style="margin-top:0cm">' + ''.join(
                f'<li class="MsoListParagraph">{_inline(x)}</li>' for x in items) + '</ul>')
            continue
        if not line.strip():
            out.append('<p class="MsoNormal">&nbsp;</p>')
            i += 1
            continue
        para = []
        while i < len(lines) and lines[i].strip() and not lines[i].startswith(('|', '>')) \
                and not re.match(r'^\s*(- |\* |• )', lines[i]):
            para.append(_inline(lines[i]))
            i += 1
        out.append('<p class="MsoNormal">' + '<br>\n'.join(para) + '</p>')
    return '\n'.join(out)


def to_html(text, style):
    if style == 'web':
        body = html_blocks(text).replace('class="MsoNormal"', 'style="margin:0"')
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
                '<body><div dir="ltr" style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">\n'
                + body + '\n</div></body></html>\n')
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;'
            'font-family:"Aptos",sans-serif;}\np.MsoListParagraph {margin-left:36.0pt;}\n'
            'div.WordSection1 {page:WordSection1;}\n--></style></head>\n'
            '<body lang="NL-BE" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + html_blocks(text) + '\n</div>\n</body></html>\n')


def tpart(text, sub, enc, cs='utf-8'):
    p = MIMENonMultipart('text', sub, charset=cs)
    if enc == 'qp':
        payload = quopri.encodestring(text.encode(cs)).decode('ascii')
        cte = 'quoted-printable'
    elif enc == 'b64':
        payload = base64.encodebytes(text.replace('\n', '\r\n').encode(cs)).decode('ascii')
        cte = 'base64'
    else:
        data = text.encode(cs)
        payload = data.decode('ascii', 'surrogateescape')
        cte = '8bit' if any(b > 127 for b in data) else '7bit'
    p.set_payload(payload)
    p['Content-Transfer-Encoding'] = cte
    del p['MIME-Version']
    return p


def enc_header(s):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, 'utf-8').encode()


def fmt_addr(a):
    name, addr = a
    if not name:
        return addr
    return formataddr((name, addr), charset='utf-8')


def body_part(m):
    text, fmt = m['body'], m['fmt']
    if fmt == 'plain':
        return tpart(plain_of(text), 'plain', '8bit')
    if fmt == 'qp':
        return tpart(plain_of(text), 'plain', 'qp')
    if fmt == 'b64':
        return tpart(plain_of(text), 'plain', 'b64')
    if fmt == 'cp1252':
        return tpart(plain_of(text), 'plain', '8bit', 'windows-1252')
    if fmt == 'html':
        return tpart(m['html'] or to_html(text, 'web'), 'html', 'qp')
    if fmt in ('alt', 'alt64'):
        enc = 'b64' if fmt == 'alt64' else 'qp'
        alt = MIMEMultipart('alternative', boundary=f"_000_{m['num']:03d}SPC{m['num'] * 7919 % 100000:05d}_")
        del alt['MIME-Version']
        alt.attach(tpart(plain_of(text), 'plain', enc))
        alt.attach(tpart(m['html'] or to_html(text, 'outlook'), 'html', enc))
        return alt
    raise ValueError(fmt)


def attachment_part(fn, mtype, content):
    maintype, subtype = mtype.split('/')
    p = MIMEBase(maintype, subtype, **({'charset': 'utf-8'} if maintype == 'text' else {}))
    del p['MIME-Version']
    if isinstance(content, str):
        content = content.replace('\n', '\r\n').encode('utf-8')
    p.set_payload(base64.encodebytes(content).decode('ascii'))
    p['Content-Transfer-Encoding'] = 'base64'
    try:
        fn.encode('ascii')
        p.add_header('Content-Disposition', 'attachment', filename=fn)
    except UnicodeEncodeError:
        p.add_header('Content-Disposition', 'attachment', filename=('utf-8', '', fn))
    return p


def forwarded_part(f):
    inner = tpart(f['body'], 'plain', 'qp')
    del inner['MIME-Version']
    hdrs = [('Date', format_datetime(parse_date(f['date']))), ('From', fmt_addr(addr_of(f['frm']))),
            ('To', ', '.join(fmt_addr(addr_of(t)) for t in f['to'])), ('Subject', enc_header(f['subject'])),
            ('Message-ID', f"<{abs(hash_str(f['subject'] + f['date'])):x}@{addr_of(f['frm'])[1].split('@')[1]}>"),
            ('MIME-Version', '1.0')]
    reorder(inner, hdrs)
    part = MIMEMessage(inner)
    del part['MIME-Version']
    fn = re.sub(r'[^\w .-]', '', f['subject'])[:60] + '.eml'
    part.add_header('Content-Disposition', 'attachment', filename=fn)
    return part


def hash_str(s):
    h = 1469598103934665603
    for ch in s.encode('utf-8'):
        h = ((h ^ ch) * 1099511628211) & 0xFFFFFFFFFFFFFFFF
    return h


def reorder(msg, first):
    keep = [(k, v) for k, v in msg.items()]
    for k in set(k for k, _ in keep):
        del msg[k]
    for k, v in first:
        msg[k] = v
    for k, v in keep:
        if k.lower() != 'mime-version':
            msg[k] = v


MAILERS = ['Microsoft Outlook 16.0', None, 'Microsoft Outlook 16.0', None, 'Mozilla Thunderbird', None]


def build(m):
    body = body_part(m)
    if m['att'] or m['fwd']:
        top = MIMEMultipart('mixed', boundary=f"----=_Part_{m['num']:03d}_{hash_str(m['slug']) % 10 ** 9:09d}")
        del top['MIME-Version']
        top.attach(body)
        if m['fwd']:
            top.attach(forwarded_part(m['fwd']))
        for fn, mt, content in m['att']:
            top.attach(attachment_part(fn, mt, content))
        msg = top
    else:
        msg = body
        if 'MIME-Version' in msg:
            del msg['MIME-Version']
    dt = parse_date(m['date'])
    dom = m['frm'][1].split('@')[1]
    h = [('Date', format_datetime(dt)), ('From', fmt_addr(m['frm']))]
    if m['to_hdr']:
        h.append(('To', m['to_hdr']))
    elif m['to']:
        h.append(('To', ', '.join(fmt_addr(a) for a in m['to'])))
    if m['cc']:
        h.append(('Cc', ', '.join(fmt_addr(a) for a in m['cc'])))
    h.append(('Subject', enc_header(m['subject'])))
    mid = f"<{hash_str(m['slug'] + m['date']):016x}.{m['num']:03d}@{dom}>"
    h.append(('Message-ID', mid))
    if m['inreply']:
        h.append(('In-Reply-To', m['inreply']))
        h.append(('References', m['inreply']))
    if m['importance']:
        h.append(('Importance', m['importance']))
    mailer = MAILERS[m['num'] % len(MAILERS)]
    if mailer:
        h.append(('X-Mailer', mailer))
    h.append(('MIME-Version', '1.0'))
    reorder(msg, h)
    return msg.as_bytes(policy=msg.policy.clone(linesep='\r\n'))


# =========================================================================== labels / checks
def yq(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'


def is_school(addr):
    dom = addr.split('@')[1].lower()
    return dom in (D, SD, 'lksd.ksleuven.be', 'leerling.' + D) or dom.endswith('.ksleuven.be')


GROUP_RE = re.compile(r'^(ouders|ouders-[\w-]+|leerlingen|leerlingen-[\w-]+|personeel|personeel-[\w-]+|klas-[\w-]+|'
                      r'vakgroep-[\w-]+|leerkrachten-[\w-]+)@')
PHONE_RE = re.compile(r'(?<![\d/+.])(?:\+32 ?|0)(?:4\d{2}|[1-9]\d?)[ ./]?\d{2,3}[ ./]?\d{2}[ ./]?\d{2}(?![\d/])')
IBAN_RE = re.compile(r'\b(?:BE|NL)\d{2}(?: ?[A-Z0-9]{4}){2,4}')
BIRTH_RE = re.compile(r'\b(?:0?[1-9]|[12]\d|3[01])[/.-](?:0?[1-9]|1[0-2])[/.-](?:200[5-9]|201[0-3])\b')
RRN_RE = re.compile(r'\b\d{2}[.]\d{2}[.]\d{2}[-]\d{3}[.]\d{2}\b')


def all_text(m):
    t = m['body'] + '\n' + (m['html'] or '')
    if m['fwd']:
        t += '\n' + m['fwd']['body']
    for _, _, c in m['att']:
        t += '\n' + (c if isinstance(c, str) else '')
    return t


def check(m):
    warn = []
    t = all_text(m)
    pd = bool(PHONE_RE.search(t) or IBAN_RE.search(t) or BIRTH_RE.search(t) or RRN_RE.search(t))
    if pd != ('personal_data' in m['rules']):
        hits = PHONE_RE.findall(t) + IBAN_RE.findall(t) + BIRTH_RE.findall(t) + RRN_RE.findall(t)
        warn.append(f"personal_data label={('personal_data' in m['rules'])} scan={pd} {hits[:4]}")
    vis = m['to'] + m['cc']
    ext = [a for _, a in vis if not is_school(a)]
    grp = [a for _, a in vis if GROUP_RE.match(a)]
    bcc_should = len(ext) > 1 or bool(grp)
    if bcc_should != ('bcc' in m['rules']):
        warn.append(f'bcc label mismatch ext={ext} grp={grp}')
    if ('sensitive' in m['rules']) != bool(m['cats']):
        warn.append('sensitive/categories mismatch')
    # parents written to must be parents of the pupils the mail is about (unless misdirected)
    rc = [a for _, a in m['to'] + m['cc'] + m['bcc']]
    parents_all = {}
    for p in PUPILS.values():
        for x in (p['p1'], p['p2']):
            if x:
                parents_all.setdefault(x, set()).add(p['id'])
    about_par = set()
    for pid in m['about']:
        about_par |= {PUPILS[pid]['p1'], PUPILS[pid]['p2']} - {''}
    par_rc = [a for a in rc if a in parents_all]
    if par_rc and m['about']:
        wrong = [a for a in par_rc if a not in about_par]
        if bool(wrong) != m['mis']:
            warn.append(f'misdirected mismatch: {wrong}')
    if m['mis'] and not par_rc:
        warn.append('misdirected but no roster parent in rcpt')
    return warn


def main():
    MAILS.sort(key=lambda m: m['date'])
    for f in os.listdir(HERE):
        if f.endswith('.eml'):
            os.remove(os.path.join(HERE, f))
    labels = []
    from collections import Counter
    rc, cc, lc = Counter(), Counter(), Counter()
    for n, m in enumerate(MAILS, 1):
        m['num'] = n
        fn = f"{n:03d}-{m['slug']}.eml"
        data = build(m)
        assert b'\n' not in data.replace(b'\r\n', b''), fn
        with open(os.path.join(HERE, fn), 'wb') as fh:
            fh.write(data)
        # round-trip parse sanity
        message_from_bytes(data, policy=empolicy.default)
        for w in check(m):
            print('WARN', fn, w)
        mail_from = m['mail_from'] or m['frm'][1]
        rcpt = [a for _, a in m['to'] + m['cc'] + m['bcc']]
        fmt = [m['fmt']] + m['tags'] + (['attachment-forward'] if m['fwd'] else []) + \
            (['attachment'] if m['att'] else [])
        out = [f'{fn}:', f"  rules: [{', '.join(m['rules'])}]"]
        if m['cats']:
            out.append(f"  categories: {{sensitive: [{', '.join(m['cats'])}]}}")
        out += [f'  mail_from: {mail_from}', f"  rcpt: [{', '.join(rcpt)}]", f"  about: [{', '.join(m['about'])}]",
                f"  misdirected: {'true' if m['mis'] else 'false'}", f"  note: {yq(m['note'])}",
                f"  lang: {m['lang']}", f"  format: [{', '.join(fmt)}]"]
        labels.append('\n'.join(out))
        for r in m['rules']:
            rc[r] += 1
        for c in m['cats']:
            cc[c] += 1
        lc[m['lang']] += 1
    with open(os.path.join(HERE, 'labels.yaml'), 'w', encoding='utf-8') as fh:
        fh.write('# batch09 - Sint-Pieterscollege Brussel, school year 2024-2025\n')
        fh.write('\n'.join(labels) + '\n')
    write_roster()
    print('mails', len(MAILS), 'rules', dict(rc), 'cats', dict(cc), 'lang', dict(lc),
          'misdirected', sum(m['mis'] for m in MAILS), 'clean', sum(1 for m in MAILS if not m['rules']))


if __name__ == '__main__':
    main()
