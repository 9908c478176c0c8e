# Deterministic fictional pupil roster for batch08 (Sint-Pieterscollege, Leuven).
# All names and addresses are invented.
import random
import unicodedata

CULT = {
    'vl': dict(
        m=['Lars', 'Robbe', 'Wout', 'Seppe', 'Arne', 'Jonas', 'Kobe', 'Milan', 'Warre', 'Mathis', 'Lukas', 'Thibo',
           'Senne', 'Jelle', 'Ruben', 'Stan', 'Vic', 'Lowie', 'Bram', 'Tuur', 'Jens', 'Finn', 'Mats', 'Lander',
           'Witse', 'Gilles', 'Elias', 'Emiel', 'Rune', 'Nand', 'Cas', 'Louis', 'Jules', 'Xander', 'Bent'],
        f=['Lotte', 'Femke', 'Noor', 'Lien', 'Amber', 'Fien', 'Marie', 'Elise', 'Hanne', 'Jana', 'Emma', 'Ella',
           'Lore', 'Nore', 'Margot', 'Lisa', 'Zita', 'Roos', 'Janne', 'Febe', 'Ilke', 'Kato', 'Mila', 'Laure',
           'Jolien', 'Nina', 'Saar', 'Lena', 'Anouk', 'Merel', 'Tess', 'Fleur', 'Silke', 'Axelle'],
        s=['Peeters', 'Janssens', 'Maes', 'Mertens', 'Willems', 'Goossens', 'De Smet', 'Dubois',
           'Vermeulen', 'Van Damme', 'Hermans', 'Aerts', 'Michiels', 'Lambrechts', 'Vandenberghe', 'Verhoeven',
           'Coppens', 'Van Laer', 'De Wilde', 'Stevens', 'Pauwels', 'Vanderlinden', 'Geerts', 'Leemans',
           'Declercq', 'Vandevelde', 'Van Hoof', 'Thys', 'Sels', 'Bosmans', 'Nijs', 'Ceulemans', 'Vranckx',
           'Luyten', 'Schoofs', 'Vanhove', 'Heylen', 'Moens', 'Deprez', 'Lemmens', 'Van Roey', 'Bogaerts',
           'Wuyts', 'Claessens', 'Op de Beeck', 'Swinnen', 'Vandamme', 'Dierickx', 'Verbeke', 'Cuypers'],
        pm=['Kristof', 'Bart', 'Tom', 'Steven', 'Pieter', 'Koen', 'Wim', 'Dirk', 'Jeroen', 'Geert', 'Sven', 'Joris',
            'Frederik', 'Nico', 'Stijn'],
        pf=['Sofie', 'An', 'Katrien', 'Els', 'Veerle', 'Leen', 'Inge', 'Evelien', 'Griet', 'Liesbeth', 'Nathalie',
            'Hilde', 'Karen', 'Ellen', 'Tine', 'Sarah'],
        w=14),
    'ma': dict(
        m=['Ayoub', 'Bilal', 'Ilias', 'Yassine', 'Amine', 'Hamza', 'Anas', 'Adam', 'Rayan', 'Soufiane', 'Zakaria',
           'Nassim'],
        f=['Salma', 'Yasmina', 'Aya', 'Imane', 'Nisrine', 'Lina', 'Hiba', 'Ikram', 'Meryem', 'Sara', 'Ines',
           'Nour'],
        s=['El Amrani', 'Azzouzi', 'El Idrissi', 'Benali', 'Ouahabi', 'Chaouch', 'Bakkali', 'El Khattabi',
           'Haddouchi', 'Aït Lahcen', 'Boukhari', 'Zerouali'],
        pm=['Mohamed', 'Abdelkader', 'Rachid', 'Karim', 'Mustapha', 'Said', 'Youssef'],
        pf=['Fatima', 'Karima', 'Naima', 'Latifa', 'Samira', 'Khadija', 'Houda'],
        w=4),
    'tr': dict(
        m=['Emir', 'Yusuf', 'Kerem', 'Mert', 'Efe', 'Burak', 'Arda'],
        f=['Elif', 'Zeynep', 'Ecem', 'Defne', 'Ayşe', 'Melis', 'Esra'],
        s=['Yilmaz', 'Kaya', 'Demir', 'Şahin', 'Öztürk', 'Çelik', 'Aydın', 'Arslan'],
        pm=['Hasan', 'Mehmet', 'Ahmet', 'Murat', 'Serkan'],
        pf=['Fatma', 'Emine', 'Hatice', 'Gülsen', 'Derya'],
        w=2),
    'pl': dict(
        m=['Kacper', 'Jakub', 'Szymon', 'Filip', 'Bartosz'],
        f=['Zuzanna', 'Julia', 'Maja', 'Wiktoria', 'Natalia'],
        s=['Nowak', 'Kowalczyk', 'Woźniak', 'Mazur', 'Krawczyk', 'Zieliński'],
        pm=['Piotr', 'Tomasz', 'Marek', 'Paweł'],
        pf=['Agnieszka', 'Katarzyna', 'Magdalena', 'Anna'],
        w=1),
    'cd': dict(
        m=['Jonathan', 'Divin', 'Exaucé', 'Christian', 'Josué', 'Glodi'],
        f=['Grâce', 'Merveille', 'Ornella', 'Princesse', 'Dorcas', 'Naomie'],
        s=['Mbuyi', 'Kabongo', 'Tshibangu', 'Lukusa', 'Ilunga', 'Mukendi', 'Nsimba'],
        pm=['Jean-Pierre', 'Patrick', 'Serge', 'Didier'],
        pf=['Chantal', 'Nadine', 'Bijou', 'Solange'],
        w=1),
    'xx': dict(
        m=['Andrei', 'Gabriel', 'Arben', 'Luca', 'Diego', 'Ahmad'],
        f=['Ioana', 'Beatriz', 'Drita', 'Chiara', 'Lucia', 'Mariam'],
        s=['Popescu', 'Da Silva', 'Berisha', 'Krasniqi', 'Rossi', 'Garcia', 'Ahmadi', 'Rahimi'],
        pm=['Florin', 'Paulo', 'Besnik', 'Marco', 'Javier', 'Reza'],
        pf=['Elena', 'Ana', 'Vjosa', 'Giulia', 'Carmen', 'Leila'],
        w=1),
}

OKAN = [  # (first, last, gender, mother, father-or-None)
    ('Dmytro', 'Shevchenko', 'm', 'Oksana Shevchenko', None),
    ('Sofiia', 'Kovalenko', 'f', 'Iryna Kovalenko', 'Andrii Kovalenko'),
    ('Omar', 'Al Hassan', 'm', 'Rania Khatib', 'Mahmoud Al Hassan'),
    ('Rama', 'Haddad', 'f', 'Hala Haddad', 'Fadi Haddad'),
    ('Mustafa', 'Hakimi', 'm', None, None),          # niet-begeleide minderjarige: voogd
    ('Zahra', 'Rahimi', 'f', 'Parisa Rahimi', None),
    ('Yonas', 'Tesfay', 'm', 'Almaz Gebremariam', None),
    ('Selam', 'Ghebremedhin', 'f', 'Lemlem Tesfamariam', 'Yohannes Ghebremedhin'),
    ('Gabriel', 'Oliveira', 'm', 'Fernanda Oliveira', 'Rodrigo Santos'),
    ('Ioana', 'Dumitru', 'f', 'Mihaela Dumitru', None),
    ('Hodan', 'Abdi', 'f', 'Faadumo Warsame', None),
    ('Layan', 'Khalil', 'f', 'Noor Khalil', 'Samir Khalil'),
    ('Plamedi', 'Nzuzi', 'm', 'Esther Nzuzi', None),
    ('Anastasiia', 'Bondarenko', 'f', 'Olena Bondarenko', None),
]

DOMAINS = ['telenet.be', 'telenet.be', 'gmail.com', 'gmail.com', 'gmail.com', 'hotmail.com', 'skynet.be',
           'proximus.be', 'outlook.com', 'outlook.com']


def slug(s):
    s = s.replace('ı', 'i').replace('ł', 'l').replace('Ł', 'L')
    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode()
    return ''.join(c for c in s.lower() if c.isalnum())


def addr(rng, first, last, used):
    f, l = slug(first), slug(last)
    pat = rng.randrange(7)
    dom = rng.choice(DOMAINS)
    if pat == 0:
        local = f'{f}.{l}'
    elif pat == 1:
        local = f'{f[0]}.{l}'
    elif pat == 2:
        local = f'{l}.{f}'
    elif pat == 3:
        local = f'{f}{l}{rng.randrange(70, 90)}'
    elif pat == 4:
        local = f'{f}_{l}'
    elif pat == 5:
        local = f'{f}.{l}{rng.randrange(1, 9)}'
    else:
        local = f'{f}{l[0]}'
    a = f'{local}@{dom}'
    while a in used:
        a = f'{local}{rng.randrange(10, 99)}@{dom}'
    used.add(a)
    return a


def build():
    rng = random.Random(20240908)
    used = set()
    pupils = []
    cults = [k for k, v in CULT.items() for _ in range(v['w'])]
    classes = [f'{g}{c}' for g in range(1, 7) for c in 'ABCD']
    firsts_seen = set()
    for cl in classes:
        n = 12
        for i in range(n):
            cu = rng.choice(cults)
            d = CULT[cu]
            g = rng.choice('mf')
            for _ in range(20):
                first = rng.choice(d[g])
                last = rng.choice(d['s'])
                if (first, last) not in firsts_seen:
                    break
            firsts_seen.add((first, last))
            fath = rng.choice(d['pm'])
            moth = rng.choice(d['pf'])
            moth_last = last if rng.random() < 0.35 else rng.choice(d['s'])
            p = dict(first=first, last=last, g=g, klas=cl, cult=cu,
                     p1name=f'{moth} {moth_last}', p1=addr(rng, moth, moth_last, used))
            if rng.random() < 0.72:
                p['p2name'] = f'{fath} {last}'
                p['p2'] = addr(rng, fath, last, used)
            else:
                p['p2name'] = ''
                p['p2'] = ''
            pupils.append(p)
    # OKAN class
    for first, last, g, moth, fath in OKAN:
        p = dict(first=first, last=last, g=g, klas='OKAN', cult='okan')
        if moth:
            mf, ml = moth.split(' ', 1)
            p['p1name'], p['p1'] = moth, addr(rng, mf, ml, used)
        else:
            p['p1name'], p['p1'] = 'voogd Wim Schepers', 'wim.schepers@voogdij-leuven.be'
        if fath:
            ff, fl = fath.split(' ', 1)
            p['p2name'], p['p2'] = fath, addr(rng, ff, fl, used)
        else:
            p['p2name'], p['p2'] = '', ''
        pupils.append(p)
    # siblings: second pupil takes surname and parents of the first
    sib = [(5, 130), (40, 200), (75, 260), (100, 170), (150, 280)]
    for a, b in sib:
        A, B = pupils[a], pupils[b]
        B['last'] = A['last']
        for k in ('p1', 'p1name', 'p2', 'p2name', 'cult'):
            B[k] = A[k]
        B['first'] = rng.choice(CULT[A['cult']][B['g']])
    seen = set()
    for i, p in enumerate(pupils):
        p['id'] = f'P{i + 1:04d}'
        local = f"{slug(p['first'])}.{slug(p['last'])}"
        e = local
        k = 2
        while e in seen:
            e = f'{local}{k}'
            k += 1
        seen.add(e)
        p['mail'] = f'{e}@leerling.sintpieterscollege.be'
    return pupils


PUPILS = build()
BY_ID = {p['id']: p for p in PUPILS}


def write_csv(path):
    with open(path, 'w', encoding='utf-8-sig', newline='') as f:
        f.write('Intern nummer;Voornaam;Naam;Klas;E-mailadres leerling;E-mailadres ouder 1;E-mailadres ouder 2\r\n')
        for p in PUPILS:
            f.write(';'.join([p['id'], p['first'], p['last'], p['klas'], p['mail'], p['p1'], p['p2']]) + '\r\n')


if __name__ == '__main__':
    for p in PUPILS:
        print(p['id'], p['klas'], p['g'], p['first'], p['last'], '|', p['p1name'], p['p1'], '|', p['p2name'], p['p2'])
