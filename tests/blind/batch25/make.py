#!/usr/bin/env python3
"""Batch 25 - blind labelled test mails, Sint-Pieterscollege Aarschot (general secondary school).

Builds NNN-slug.eml files, labels.yaml and roster.csv in this folder.
Deterministic: fixed dates, message-ids, boundaries and a seeded roster.
Only the Python standard library is used.
"""
import os, csv, json, random, datetime, html, io, zipfile, unicodedata, zlib
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
POL = policy.SMTP   # CRLF line ends, 78-char header folding

SD = 'sintpieterscollege.be'
LD = 'leerling.sintpieterscollege.be'

# --------------------------------------------------------------------------
# roster
# --------------------------------------------------------------------------
def slugname(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return s.lower().replace(' ', '').replace("'", '').replace('-', '')

# handle: (first, last, class, parent1, parent2)
FEATURED = {
    'noah':    ('Noah', 'Vandeput', '1B', 'sofie.vandeput@telenet.be', 'kris.vandeput@gmail.com'),
    'lisa':    ('Lisa', 'Sterckx', '2A', 'els.sterckx@skynet.be', ''),
    'ruben':   ('Ruben', 'Op de Beeck', '3C', 'karin.verlinden@hotmail.com', 'jan.opdebeeck@gmail.com'),
    'amine':   ('Amine', 'Benali', '4B', 'fatima.benali@gmail.com', 'youssef.benali@hotmail.com'),
    'kacper':  ('Kacper', 'Wiśniewski', '2C', 'ewa.wisniewska@gmail.com', ''),
    'elif':    ('Elif', 'Demir', '2C', 'demir.ayse@hotmail.com', 'murat.demir@telenet.be'),
    'stan':    ('Stan', 'Cools', '2C', 'griet.cools@telenet.be', 'wim.cools@telenet.be'),
    'merveille': ('Merveille', 'Mukendi', '2C', 'mukendi.family@gmail.com', ''),
    'jules':   ('Jules', 'Bosmans', '2C', 'sara.bosmans@proximus.be', 'pieter.bosmans@gmail.com'),
    'febe':    ('Febe', 'Smolders', '2C', 'dirk.smolders@skynet.be', 'veerle.jorissen@gmail.com'),
    'vic':     ('Vic', 'Lemmens', '5A', 'lemmens.patrick@telenet.be', 'nathalie.sas@gmail.com'),
    'axelle':  ('Axelle', 'Daens', '6B', 'ilse.daens@telenet.be', ''),
    'tuur':    ('Tuur', 'Wuyts', '4A', 'kathleen.wuyts@gmail.com', 'geert.wuyts@telenet.be'),
    # class council 3B
    'lore':    ('Lore', 'Michiels', '3B', 'steven.michiels@telenet.be', ''),
    'wout':    ('Wout', 'Geerts', '3B', 'inge.geerts@gmail.com', 'luc.geerts@skynet.be'),
    'imane':   ('Imane', 'Bouhaddi', '3B', 'bouhaddi.rachid@hotmail.com', 'naima.bouhaddi@gmail.com'),
    'yusuf':   ('Yusuf', 'Aydin', '3B', 'aydin.hatice@gmail.com', 'mehmet.aydin@telenet.be'),
    'hanne':   ('Hanne', 'Nys', '3B', 'ann.nys@telenet.be', 'bert.nys@telenet.be'),
    'kobev':   ('Kobe', 'Verhaegen', '3B', 'verhaegen.tom@gmail.com', 'lies.verhaegen@telenet.be'),
    'klaas':   ('Klaas', 'Vanhove', '3B', 'griet.vanhove@sintpieterscollege.be', 'stijn.dewolf@telenet.be'),
    'milan':   ('Milan', 'Boeckx', '4C', 'an.boeckx@telenet.be', 'frank.boeckx@gmail.com'),
    'nour':    ('Nour', 'El Khattabi', '1A', 'samira.elkhattabi@gmail.com', 'k.elkhattabi@hotmail.com'),
    'jente':   ('Jente', 'Dewit', '4B', 'dewit.kristel@telenet.be', ''),
    'sami':    ('Sami', 'Haddouchi', '2C', 'haddouchi.latifa@gmail.com', 'omar.haddouchi@gmail.com'),
    'robbe':   ('Robbe', 'Vissers', '1D', 'marleen.vissers@proximus.be', ''),
    'glody':   ('Glody', 'Kabeya', '1C', 'kabeya.jeanne@gmail.com', ''),
    'divine':  ('Divine', 'Kabeya', '3A', 'kabeya.jeanne@gmail.com', ''),
    'emma':    ('Emma', 'Lenaerts', '1B', 'bart.lenaerts@telenet.be', 'kim.vos@gmail.com'),
    'kobe':    ('Kobe', 'Van Dessel', '2A', 'vandessel.peter@gmail.com', 'nele.vandessel@telenet.be'),
    'arne':    ('Arne', 'Hendrickx', '2A', 'hendrickx.sven@telenet.be', 'tine.hendrickx@gmail.com'),
    'seppe':   ('Seppe', 'Goris', '2A', 'goris.eva@telenet.be', 'johan.goris@proximus.be'),
    'elise':   ('Elise', 'Vandervelde', '5C', 'vandervelde.mieke@gmail.com', 'vandervelde.bart@gmail.com'),
    'fien':    ('Fien', 'Baeten', '4D', 'katleen.baeten@telenet.be', 'baeten.kurt@gmail.com'),
    'marie':   ('Marie', 'Lambrechts', '2D', 'sofie.lambrechts@gmail.com', 'jeroen.lambrechts@telenet.be'),
    'jasper_h': ('Jasper', 'Hoefkens', '6C', 'hoefkens.christine@skynet.be', 'hoefkens.marc@skynet.be'),
    'warre':   ('Warre', 'Claessens', '5A', 'claessens.heidi@telenet.be', 'wouter.claessens@gmail.com'),
    'lien':    ('Lien', 'Dockx', '5B', 'dockx.annemie@telenet.be', 'dockx.paul@telenet.be'),
    'ilias':   ('Ilias', 'Ait Lahcen', '5A', 'aitlahcen.souad@gmail.com', 'aitlahcen.m@hotmail.com'),
    'mauro':   ('Mauro', 'Vranckx', '5D', 'vranckx.debbie@gmail.com', ''),
    'roos':    ('Roos', 'Thys', '5B', 'thys.evelien@telenet.be', 'bart.thys@proximus.be'),
    'sarah':   ('Sarah', 'Meeus', '6D', 'meeus.linda@gmail.com', ''),
    'lucas':   ('Lucas', 'Verreydt', '1C', 'an.verreydt@telenet.be', 'verreydt.gert@gmail.com'),
    'zoe':     ('Zoë', 'Van Laer', '3D', 'vanlaer.sandra@hotmail.com', 'kevin.vanlaer@gmail.com'),
    'dylan':   ('Dylan', 'Stas', '4C', 'stas.chantal@hotmail.com', ''),
    'bent':    ('Bent', 'Jansen', '5D', 'jansen.petra@telenet.be', 'jansen.erik@telenet.be'),
    'mila':    ('Mila', 'Vercammen', '2B', 'ellen.dehaes@gmail.com', 'tim.vercammen@gmail.com'),
    'hamza':   ('Hamza', 'Ouali', '3A', 'ouali.fatiha@gmail.com', 'ouali.driss@telenet.be'),
    'zeynep':  ('Zeynep', 'Kaya', '1D', 'kaya.emine@gmail.com', 'kaya.hasan@hotmail.com'),
    'oliwia':  ('Oliwia', 'Kowalska', '3C', 'ewa.kowalska@gmail.com', 'tomasz.kowalski@gmail.com'),
    'rayan':   ('Rayan', 'Amrouch', '4A', 'amrouch.malika@hotmail.com', 'amrouch.said@gmail.com'),
    'ine':     ('Ine', 'Wijns', '5B', 'wijns.katrien@telenet.be', 'wijns.dirk@telenet.be'),
    'ahmad':   ('Ahmad', 'Rahimi', '1D', 'rahimi.farid@gmail.com', ''),
    'kato':    ('Kato', 'Peetermans', '6B', 'peetermans.els@gmail.com', 'peetermans.rudi@skynet.be'),
    'rune':    ('Rune', 'Coppens', '3D', 'coppens.nancy@hotmail.com', ''),
    'oscar':   ('Oscar', 'Whitfield', '4A', 'emma.whitfield@outlook.com', 'j.whitfield@outlook.com'),
    'theo':    ('Théo', 'Lambert', '2D', 'pierre.lambert@skynet.be', 'claire.lambert@skynet.be'),
    'yasmine': ('Yasmine', 'Bennani', '5C', 'bennani.abdel@gmail.com', 'bennani.hanane@hotmail.com'),
    'jonasc':  ('Jonas', 'Celis', '5C', 'celis.martine@telenet.be', 'celis.rik@telenet.be'),
    'nina':    ('Nina', 'Moens', '5C', 'moens.karolien@gmail.com', ''),
    'aster':   ('Aster', 'Maesen', '3A', 'maesen.joke@telenet.be', 'maesen.stef@gmail.com'),
    # misdirected pairs
    'lotte':   ('Lotte', 'Peeters', '2B', 'ann.peeters@telenet.be', 'dirk.peeters@telenet.be'),
    'jasper':  ('Jasper', 'Peeters', '4A', 'an.peeters@gmail.com', 'peeters.bjorn@gmail.com'),
    'lina_a':  ('Lina', 'Amrani', '2B', 'khadija.amrani@hotmail.com', 'amrani.nordin@gmail.com'),
    'lina_v':  ('Lina', 'Vermeiren', '2B', 'sabine.vermeiren@telenet.be', 'vermeiren.gert@telenet.be'),
    'jens':    ('Jens', 'Wouters', '3A', 'wouters.liesbet@gmail.com', 'wouters.peter@telenet.be'),
    'mats':    ('Mats', 'Dierckx', '3A', 'hilde.dierckx@proximus.be', 'dierckx.koen@gmail.com'),
    'arthur':  ('Arthur', 'Maes', '1C', 'dirk.maes@telenet.be', 'evi.maes@gmail.com'),
    'elias':   ('Elias', 'Mertens', '5B', 'dirk.mertens@gmail.com', 'hilde.mertens@telenet.be'),
    'tibo':    ('Tibo', 'Vanhoof', '1A', 'griet.vanhoof@telenet.be', 'sven.vanhoof@gmail.com'),
    'ella':    ('Ella', 'Van Roey', '4D', 'koen.vanroey@skynet.be', 'ellen.vanroey@gmail.com'),
    'finn':    ('Finn', 'Vanroy', '6C', 'koen.vanroy@telenet.be', ''),
    'adam':    ('Adam', 'El Idrissi', '1A', 'mohamed.elidrissi@gmail.com', 'loubna.elidrissi@gmail.com'),
    'yassin':  ('Yassin', 'El Idrissi', '5B', 'mohammed.el-idrissi@hotmail.com', ''),
    'thibault': ('Thibault', 'Goossens', '6A', 'goossens.veronique@telenet.be', 'goossens.paul@telenet.be'),
    'jarne':   ('Jarne', 'Heylen', '6A', 'inge.heylen@telenet.be', 'heylen.raf@gmail.com'),
    'camille': ('Camille', 'Dubois', '3D', 'marc.dubois@skynet.be', 'sophie.dubois@gmail.com'),
    'louise':  ('Louise', 'Dubuisson', '4C', 'marie.dubuisson@skynet.be', ''),
    'sophie':  ('Sophie', 'Brown', '1B', 'olivia.brown@outlook.com', 'daniel.brown@outlook.com'),
    'lucasb':  ('Lucas', 'Bruyninckx', '3D', 'olivia.bruyninckx@gmail.com', 'bruyninckx.tom@telenet.be'),
    'rania':   ('Rania', 'Kharbouch', '3C', 'kharbouch.nadia@gmail.com', ''),
    'pauline': ('Pauline', 'Segers', '3C', 'lies.segers@telenet.be', 'segers.bart@telenet.be'),
    'jade':    ('Jade', 'Cornelis', '2D', 'tinne.cornelis@gmail.com', ''),
    'aaron':   ('Aaron', 'Willaert', '2D', 'tinne.willaert@hotmail.com', 'willaert.joris@telenet.be'),
    # others used in mails
    'wout_b':  ('Wout', 'Bogaerts', '6D', 'bogaerts.anja@telenet.be', 'bogaerts.luc@gmail.com'),
    'jana':    ('Jana', 'Verschueren', '6A', 'verschueren.els@gmail.com', ''),
    'ilyas':   ('Ilyas', 'Tahiri', '1D', 'tahiri.karima@hotmail.com', ''),
    'lukas':   ('Lukas', 'Nowicki', '4B', 'nowicki.marta@gmail.com', 'piotr.nowicki@gmail.com'),
    'fleur':   ('Fleur', 'Vanderlinden', '6B', 'vanderlinden.kris@telenet.be', ''),
    'mathis':  ('Mathis', 'Smets', '1B', 'smets.bieke@telenet.be', 'smets.jo@telenet.be'),
    'lena':    ('Lena', 'Ceulemans', '1B', 'ceulemans.hilde@gmail.com', ''),
    'daan':    ('Daan', 'Verhoeven', '5A', 'verhoeven.saskia@telenet.be', 'verhoeven.tim@gmail.com'),
    'emir':    ('Emir', 'Öztürk', '4D', 'ozturk.serpil@gmail.com', ''),
    'amber':   ('Amber', 'Vandebroek', '6C', 'vandebroek.greet@telenet.be', ''),
    'nathan':  ('Nathan', 'Kalonji', '3A', 'kalonji.esther@gmail.com', 'kalonji.patrick@gmail.com'),
}

# name pools per background, so that filler pupils get coherent first name / surname / parent names
POOLS = [
    (60, ['Lore','Wout','Lisa','Arne','Noor','Seppe','Elise','Jasper','Fien','Hanne','Robbe','Lien','Warre','Ine',
          'Emma','Louis','Nina','Vic','Jana','Stan','Febe','Mats','Tuur','Bent','Aster','Jules','Roos','Noa','Lars',
          'Jitse','Ferre','Evi','Anouk','Wannes','Lowie','Victor','Lander','Nand','Silke','Tess','Yentl','Luna',
          'Ward','Emile','Thor','Marthe','Floor','Cas','Lukas','Janne'],
         ['Janssens','Claes','Jacobs','Willems','De Smet','Vermeulen','Hermans','Aerts','Lemmens','Luyten',
          'Boeckx','Geens','Stevens','Nys','Vanderstraeten','Verbiest','Van Hout','Mols','Leemans','Van Gorp',
          'Swinnen','De Wever','Reynders','Van Dyck','Cuypers','Thijs','Jaspers','Moons','Schepers','Gijbels',
          'Verstraeten','Van Nuffel','Wellens','Heremans','Dewaele','Sels','Struyf','Van Camp','Bollen','Put',
          'Roosen','Van Aerschot','Boon','Torfs','Van den Eynde','Vanderhoydonck','Pauwels','Verstappen'],
         ['An','Els','Kristof','Sofie','Bart','Katrien','Joris','Nathalie','Tom','Inge','Veerle','Wim','Lieve',
          'Koen','Hilde','Gert','Ilse','Dieter','Evelien','Stefaan']),
    (14, ['Ayoub','Meryem','Bilal','Hajar','Ines','Salma','Nour','Hamza','Sara','Adam','Yassine','Aya','Rayan',
          'Souhaila','Anas','Malak'],
         ['Bouzidi','Azzouzi','El Amrani','Ben Ali','Chaouki','Ouazzani','El Hamdaoui','Bakkali','Zaari','Lamrani'],
         ['Karim','Samira','Fatima','Mustapha','Nadia','Hicham','Latifa','Abdel']),
    (10, ['Selin','Defne','Kerem','Emir','Elif','Yusuf','Ela','Berk','Zehra','Mert'],
         ['Yildiz','Cetin','Koç','Arslan','Çelik','Şahin','Aksoy'],
         ['Ayse','Hakan','Emine','Murat','Serpil','Levent']),
    (8,  ['Jakub','Zuzanna','Maja','Oliwer','Hanna','Filip','Natalia','Szymon'],
         ['Kowalczyk','Zieliński','Lewandowski','Wójcik','Kamiński','Dąbrowski'],
         ['Anna','Marek','Agata','Piotr','Monika']),
    (8,  ['Grace','Divine','Plamedi','Exaucé','Merdi','Bénie','Christelle','Jonathan','Gloria'],
         ['Mbuyi','Tshibangu','Lukusa','Nkulu','Ilunga','Kasongo','Mulumba'],
         ['Esther','Jean-Pierre','Patrick','Chantal','Clarisse']),
]
MAILDOM = ['telenet.be', 'telenet.be', 'gmail.com', 'gmail.com', 'hotmail.com', 'skynet.be', 'proximus.be', 'outlook.com']

def build_roster():
    rnd = random.Random(2525)
    classes = [f'{y}{c}' for y in range(1, 7) for c in 'ABCD']
    feat_by_class = {c: [] for c in classes}
    for h, (fn, ln, cl, p1, p2) in FEATURED.items():
        feat_by_class[cl].append(h)
    rows = []       # (handle or None, first, last, class, p1, p2)
    used = {(v[0], v[1]) for v in FEATURED.values()}
    target = {c: 13 for c in classes}
    for c in classes[:8]:
        target[c] = 14                       # 8*14 + 16*13 = 320
    for c in classes:
        members = [(h,) + FEATURED[h] for h in feat_by_class[c]]
        while len(members) < target[c]:
            pool = rnd.choices(POOLS, weights=[p[0] for p in POOLS])[0]
            fn, ln = rnd.choice(pool[1]), rnd.choice(pool[2])
            if (fn, ln) in used:
                continue
            # keep the misdirected pairs unambiguous: no second Lina in 2B etc.
            if any(m[1] == fn for m in members):
                continue
            used.add((fn, ln))
            pf = rnd.choice(pool[3])
            d = rnd.choice(MAILDOM)
            pat = rnd.randint(0, 3)
            if pat == 0:
                p1 = f'{slugname(pf)}.{slugname(ln)}@{d}'
            elif pat == 1:
                p1 = f'{slugname(ln)}.{slugname(pf)}@{d}'
            elif pat == 2:
                p1 = f'fam.{slugname(ln)}@{d}'
            else:
                p1 = f'{slugname(pf)}{slugname(ln)}{rnd.randint(60, 89)}@{d}'
            p2 = ''
            if rnd.random() < 0.6:
                pf2 = rnd.choice([x for x in pool[3] if x != pf])
                p2 = f'{slugname(pf2)}.{slugname(ln)}@{rnd.choice(MAILDOM)}'
                if p2 == p1:
                    p2 = ''
            members.append((None, fn, ln, c, p1, p2))
        # Smartschool exports sort by name within a class
        members.sort(key=lambda m: (slugname(m[2]), slugname(m[1])))
        rows.extend(members)
    ids, out = {}, []
    for i, m in enumerate(rows, 1):
        pid = f'P{i:04d}'
        h, fn, ln, c, p1, p2 = m
        if h:
            ids[h] = pid
        mail = f'{slugname(fn)}.{slugname(ln)}@{LD}'
        out.append([pid, fn, ln, c, mail, p1, p2])
    return ids, out

IDS, ROSTER = build_roster()
ROW = {r[0]: r for r in ROSTER}

def pid(h):
    return IDS[h]
def par(h, i=1):
    return FEATURED[h][3 if i == 1 else 4]
def pmail(h):
    fn, ln = FEATURED[h][0], FEATURED[h][1]
    return f'{slugname(fn)}.{slugname(ln)}@{LD}'

# --------------------------------------------------------------------------
# text helpers
# --------------------------------------------------------------------------
def gt(text, depth=1):
    """quote a text with '>' the way Gmail/Thunderbird/Apple Mail do"""
    out = []
    for l in text.strip('\n').split('\n'):
        if l.startswith('>'):
            out.append('>' * depth + l)
        elif l:
            out.append('>' * depth + ' ' + l)
        else:
            out.append('>' * depth)
    return '\n'.join(out)

OLAB = {
    'nl': ('Van', 'Verzonden', 'Aan', 'CC', 'Onderwerp'),
    'fr': ('De', 'Envoyé', 'À', 'Cc', 'Objet'),
    'en': ('From', 'Sent', 'To', 'Cc', 'Subject'),
}

def olhdr(frm, sent, to, subj, cc=None, lang='nl', sep=True):
    """Outlook plain-text header block of a quoted mail"""
    a = OLAB[lang]
    colon = ' :' if lang == 'fr' else ':'
    lines = []
    if sep:
        lines.append('________________________________')
    lines.append(f'{a[0]}{colon} {frm}')
    lines.append(f'{a[1]}{colon} {sent}')
    lines.append(f'{a[2]}{colon} {to}')
    if cc:
        lines.append(f'{a[3]}{colon} {cc}')
    lines.append(f'{a[4]}{colon} {subj}')
    return '\n'.join(lines)

def fwdhdr(frm, date, subj, to, style='gmail-nl', cc=None):
    if style == 'gmail-nl':
        s = '---------- Doorgestuurd bericht ---------\n'
        s += f'Van: {frm}\nDate: {date}\nSubject: {subj}\nTo: {to}\n'
        if cc:
            s += f'Cc: {cc}\n'
        return s
    if style == 'gmail-en':
        s = '---------- Forwarded message ---------\n'
        s += f'From: {frm}\nDate: {date}\nSubject: {subj}\nTo: {to}\n'
        if cc:
            s += f'Cc: {cc}\n'
        return s
    if style == 'apple':
        s = 'Begin doorgestuurd bericht:\n\n'
        s += f'Van: {frm}\nOnderwerp: {subj}\nDatum: {date}\nAan: {to}\n'
        if cc:
            s += f'Kopie: {cc}\n'
        return s
    if style == 'tb':
        s = '-------- Doorgestuurd bericht --------\n'
        s += f'Onderwerp: \t{subj}\nDatum: \t{date}\nVan: \t{frm}\nAan: \t{to}\n'
        return s
    raise ValueError(style)

# --------------------------------------------------------------------------
# Outlook-like HTML from blocks
#   str                          paragraph (\n = line break)
#   ('table', rows)              first row is the header row
#   ('quote', dict(frm,sent,to,cc,subj,lang), blocks)
#   ('sig', text)                signature
#   ('ul', items)
# --------------------------------------------------------------------------
HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
        'a:link, span.MsoHyperlink {mso-style-priority:99;color:#0563C1;text-decoration:underline;}\n'
        'span.EmailStyle19 {mso-style-type:personal-reply;font-family:"Calibri",sans-serif;color:windowtext;}\n'
        '.MsoChpDefault {mso-style-type:export-only;font-size:10.0pt;}\n'
        '@page WordSection1 {size:612.0pt 792.0pt;margin:70.85pt 70.85pt 70.85pt 70.85pt;}\n'
        'div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n'
        '<body lang="NL-BE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n')
TAIL = '</div>\n</body>\n</html>\n'

def e(s):
    return html.escape(s, quote=False)

def blocks_html(blocks):
    out = []
    for b in blocks:
        if isinstance(b, str):
            for para in b.split('\n\n'):
                lines = para.split('\n')
                out.append('<p class="MsoNormal">' + '<br>\n'.join(e(l) for l in lines) + '<o:p></o:p></p>\n')
                out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
        elif b[0] == 'table':
            rows = b[1]
            t = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
                 'style="border-collapse:collapse;border:none">\n']
            for i, r in enumerate(rows):
                t.append('<tr>\n')
                for c in r:
                    cell = e(c).replace('\n', '<br>')
                    if i == 0:
                        cell = '<b>' + cell + '</b>'
                    bg = ';background:#D9E2F3' if i == 0 else ''
                    t.append(f'<td valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt{bg}">'
                             f'<p class="MsoNormal">{cell}<o:p></o:p></p></td>\n')
                t.append('</tr>\n')
            t.append('</table>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
            out.append(''.join(t))
        elif b[0] == 'ul':
            out.append('<ul style="margin-top:0cm" type="disc">\n')
            for it in b[1]:
                out.append(f'<li class="MsoNormal" style="margin-left:0cm">{e(it)}<o:p></o:p></li>\n')
            out.append('</ul>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
        elif b[0] == 'sig':
            lines = b[1].split('\n')
            out.append('<p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">'
                       + '<br>\n'.join(e(l) for l in lines) + '</span><o:p></o:p></p>\n')
        elif b[0] == 'quote':
            h = b[1]
            a = OLAB[h.get('lang', 'nl')]
            colon = ' :' if h.get('lang') == 'fr' else ':'
            hd = [f'<b>{a[0]}{colon}</b> {e(h["frm"])}', f'<b>{a[1]}{colon}</b> {e(h["sent"])}',
                  f'<b>{a[2]}{colon}</b> {e(h["to"])}']
            if h.get('cc'):
                hd.append(f'<b>{a[3]}{colon}</b> {e(h["cc"])}')
            hd.append(f'<b>{a[4]}{colon}</b> {e(h["subj"])}')
            out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                       '<p class="MsoNormal">' + '<br>\n'.join(hd) + '<o:p></o:p></p>\n</div>\n'
                       '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
            out.append(blocks_html(b[2]))
        else:
            raise ValueError(b[0])
    return ''.join(out)

def blocks_text(blocks):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(b.rstrip('\n') + '\n\n')
        elif b[0] == 'table':
            out.append('\n'.join('\t'.join(c.replace('\n', ' ') for c in r) for r in b[1]) + '\n\n')
        elif b[0] == 'ul':
            out.append('\n'.join('  *   ' + it for it in b[1]) + '\n\n')
        elif b[0] == 'sig':
            out.append(b[1].rstrip('\n') + '\n\n')
        elif b[0] == 'quote':
            h = b[1]
            out.append(olhdr(h['frm'], h['sent'], h['to'], h['subj'], h.get('cc'), h.get('lang', 'nl')) + '\n\n')
            out.append(blocks_text(b[2]))
    return ''.join(out)

def ohtml(blocks):
    return HEAD + blocks_html(blocks) + TAIL

# --------------------------------------------------------------------------
# mail registry
# --------------------------------------------------------------------------
MAILS = []

def add(slug, frm, to, subj, date, body=None, *, blocks=None, kind='plain', cte='8bit', charset='utf-8',
        cc=None, bcc=None, env_from=None, html_body=None, attach=None, rfc822=None, hdrs=None,
        rules=(), cats=None, about=(), mis=False, note='', lang='nl', fmt=None):
    MAILS.append(dict(slug=slug, frm=frm, to=to or [], subj=subj, date=date, body=body, blocks=blocks, kind=kind,
                      cte=cte, charset=charset, cc=cc or [], bcc=bcc or [], env_from=env_from, html_body=html_body,
                      attach=attach or [], rfc822=rfc822, hdrs=hdrs or {}, rules=list(rules), cats=cats,
                      about=list(about), mis=mis, note=note, lang=lang, fmt=fmt or [kind]))

def addr_of(s):
    s = s.strip()
    if '<' in s:
        return s[s.index('<') + 1:s.index('>')].strip()
    return s

def mkdate(s, tz=None):
    dt = datetime.datetime.strptime(s, '%Y-%m-%d %H:%M')
    if tz is None:
        # Belgian summer time roughly 30 Mar - 26 Oct
        summer = (dt.month > 3 and dt.month < 10) or (dt.month == 3 and dt.day >= 30) or (dt.month == 10 and dt.day < 27)
        tz = 2 if summer else 1
    return dt.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=tz)))

def inner_mail(frm, to, subj, date, body, cc=None, mid=None, charset='utf-8', cte='quoted-printable'):
    m = EmailMessage(policy=POL)
    m['Date'] = format_datetime(mkdate(date))
    m['From'] = frm
    m['To'] = ', '.join(to)
    if cc:
        m['Cc'] = ', '.join(cc)
    m['Subject'] = subj
    m['Message-ID'] = mid or f'<{zlib.crc32(subj.encode()):010d}.fwd@{addr_of(frm).split("@")[1]}>'
    m.set_content(body, charset=charset, cte=cte)
    return m

# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
def who(name, addr):
    return f'{name} <{addr}>'

S = {
    'bart':    who('Bart Vandenbroeck', f'bart.vandenbroeck@{SD}'),
    'ingrid':  who('Ingrid Meulemans', f'ingrid.meulemans@{SD}'),
    'hilde':   who('Hilde Goossens', f'hilde.goossens@{SD}'),
    'hgo':     who('Goossens Hilde', 'hgo@spc.ksleuven.be'),
    'youssef': who('Youssef El Amrani', f'youssef.elamrani@{SD}'),
    'katrien': who('Katrien Wouters', f'katrien.wouters@{SD}'),
    'pieter':  who('Pieter Verbist', f'pieter.verbist@{SD}'),
    'pve':     who('Verbist Pieter', 'pve@spc.ksleuven.be'),
    'liesbeth': who('Liesbeth Daems', f'liesbeth.daems@{SD}'),
    'tom':     who('Tom Holemans', f'tom.holemans@{SD}'),
    'jonas':   who('Jonas Peeters', f'jonas.peeters@{SD}'),
    'martine': who('Martine Claes', f'martine.claes@{SD}'),
    'secr':    who('Secretariaat Sint-Pieterscollege', f'secretariaat@{SD}'),
    'rita':    who('Rita Smets', f'rita.smets@{SD}'),
    'kevin':   who('Kevin Lemmens', f'kevin.lemmens@{SD}'),
    'kle':     who('Lemmens Kevin', 'kle@spc.ksleuven.be'),
    'sarahj':  who('Sarah Janssens', f'sarah.janssens@{SD}'),
    'ahmed':   who('Ahmed Bouzid', f'ahmed.bouzid@{SD}'),
    'els':     who('Els Vermeulen', f'els.vermeulen@{SD}'),
    'joris':   who('Joris De Smedt', f'joris.desmedt@{SD}'),
    'nathalie': who('Nathalie Wuyts', f'nathalie.wuyts@{SD}'),
    'stijn':   who('Stijn Maes', f'stijn.maes@{SD}'),
    'marijke': who('Marijke Hermans', f'marijke.hermans@{SD}'),
    'dorien':  who('Dorien Aerts', f'dorien.aerts@{SD}'),
    'koen':    who('Koen Luyten', f'koen.luyten@{SD}'),
    'ann':     who('Ann Willems', f'ann.willems@{SD}'),
    'bram':    who('Bram Vos', f'bram.vos@{SD}'),
    'lotte_j': who('Lotte Jacobs', f'lotte.jacobs@{SD}'),
    'griet':   who('Griet Vanhove', f'griet.vanhove@{SD}'),
    'mehmet':  who('Mehmet Yilmaz', f'mehmet.yilmaz@{SD}'),
    'agnieszka': who('Agnieszka Nowak', f'agnieszka.nowak@{SD}'),
    'grace':   who('Grace Kabongo', f'grace.kabongo@{SD}'),
    'dirk':    who('Dirk Van Damme', f'dirk.vandamme@{SD}'),
    'luc':     who('Luc Geens', f'luc.geens@{SD}'),
    'info':    who('Sint-Pieterscollege Aarschot', f'info@{SD}'),
    'directie': who('Directie Sint-Pieterscollege', f'directie@{SD}'),
    'clb':     who('Annelies Mertens', 'annelies.mertens@clb-leuven.be'),
}
def A(k):
    return addr_of(S[k])

SCHOOL_SIG = ('Sint-Pieterscollege Aarschot\nLeuvensesteenweg 41 - 3200 Aarschot\n'
              'T 016 57 31 40 | www.sintpieterscollege.be')
IPHONE = 'Verzonden vanaf mijn iPhone'
ANDROID = 'Verzonden vanaf mijn Galaxy'
OLMOB = 'Outlook voor Android downloaden<https://aka.ms/AAb9ysg>'
OLIOS = 'Outlook voor iOS downloaden<https://aka.ms/o0ukef>'

# ==========================================================================
# A. credentials handed over
# ==========================================================================
add('printfarm-login-robotica', S['pieter'], [S['mehmet']], 'FW: RE: budget filament + printers robotica',
    '2024-10-02 21:14',
    blocks=[
        "Hoi Mehmet,\n\nZoals beloofd alles over de printers van de robotica-club, nu jij de woensdagnamiddag overneemt. "
        "Lees gerust alles, er staat wat uitleg over de budgetten in, maar de login van het portaal staat helemaal "
        "onderaan in de mail van Joost (ik heb dat nooit veranderd, sorry...).\n\n"
        "Woensdag staan er nog 3 printjobs van het 4de jaar in de wachtrij, de grote (brug) mag je gerust annuleren als "
        "het filament op is.\n\nGroetjes\nPieter",
        ('quote', dict(frm='Pieter Verbist', sent='donderdag 12 september 2024 16:40',
                       to='Ingrid Meulemans', subj='RE: budget filament + printers robotica'),
         ["Dag Ingrid,\n\nIn bijlage de offerte voor filament (PLA, 12 rollen) en de 2 nieuwe nozzles. Samen 311,40 euro "
          "excl. btw. De printers zelf zijn via het portaal van MakerSupply gekoppeld, dus we kunnen van op afstand zien "
          "wat er geprint wordt (handig, want vorig jaar printte iemand 40 fidget spinners...).\n\nMvg\nPieter",
          ('quote', dict(frm='Ingrid Meulemans', sent='donderdag 12 september 2024 09:02',
                         to='Pieter Verbist', subj='budget filament + printers robotica'),
           ["Pieter,\n\nKan je mij tegen vrijdag laten weten hoeveel je dit jaar nodig hebt voor de club? "
            "Het STEM-budget moet deze maand vastgelegd worden.\n\nIngrid"]),
          ('quote', dict(frm='Joost van Dam <support@makersupply.nl>', sent='Tuesday, 3 September 2024 11:17',
                         to='Pieter Verbist', subj='Your PrintFarm Cloud school account is ready', lang='en'),
           ["Dear Pieter,\n\nYour school account for PrintFarm Cloud has been activated. Both printers (serial "
            "PF2-00871 and PF2-00872) are linked to it.\n\n"
            "Portal: https://portal.printfarm-cloud.com\nUsername: robotica@sintpieterscollege.be\n"
            "Temporary password: Kx9!robot-SPC\n\n"
            "Please change the password after your first login. Pupils can be added as 'operator' without "
            "admin rights.\n\nKind regards,\n\nJoost van Dam\nMakerSupply Benelux - education desk\n+31 40 237 8190"]),
         ]),
    ],
    kind='alt', rules=['password', 'personal_data'],
    note='teacher forwards a thread to a colleague; the 3D-printer portal login sits in the deepest quoted vendor mail; vendor signature has a Dutch phone number',
    lang='nl', fmt=['alt', 'forward', 'outlook-quote', 'nested', 'en-quoted'])

add('re-code-achterpoort', S['luc'], [S['els']], 'Re: code achterpoort?', '2024-11-12 07:53',
    "ok, 4471 is het. sorry vergete door te sturen na t weekend\n\n" + IPHONE + "\n\n"
    "> Op 12 nov. 2024 om 07:48 heeft Els Vermeulen <els.vermeulen@sintpieterscollege.be> het volgende geschreven:\n>\n"
    + gt("Luc, is de code van de achterpoort (kant parking Demer) veranderd? Mijn oude werkt niet meer en ik sta hier "
         "met een doos toetsen in de regen.\nEls"),
    rules=['password'], note='short phone reply that only answers the quoted question with the new gate code',
    fmt=['plain', 'reply', 'short', 'mobile'])

add('re-materiaalkot-zelfde', S['jonas'], [S['tom']], 'RE: materiaalkot turnzaal', '2025-01-20 18:31',
    "jep zelfde als vorig jaar\n\n" + ANDROID + "\n\n\n"
    "-------- Oorspronkelijk bericht --------\nVan: Tom Holemans <tom.holemans@sintpieterscollege.be>\n"
    "Datum: 20-01-25 17:02 (GMT+01:00)\nAan: Jonas Peeters <jonas.peeters@sintpieterscollege.be>\n"
    "Onderwerp: materiaalkot turnzaal\n\n"
    "Is de code van het materiaalkot in de turnzaal nog dezelfde als vorig jaar? Moet morgen de skibrillen en "
    "helmen tellen voor de reis.\nTom\n",
    rules=[], note='look-alike: short reply about a code that confirms it is unchanged but never gives the value',
    fmt=['plain', 'reply', 'short', 'mobile'])

add('ticketkassa-login-vrijwilliger', S['liesbeth'], [who('Bieke Jorissen', 'bieke.jorissen@gmail.com')],
    'Kassa toneel vrijdag en zaterdag', '2025-02-24 20:47',
    blocks=[
        "Dag Bieke,\n\nSuper bedankt dat je vrijdag en zaterdag samen met Kristof de kassa wil doen voor 'De Storm'! "
        "De deuren gaan open om 19u15, de voorstelling begint om 20u. Wil je er tegen 18u45 zijn? Dan toon ik je de "
        "scanner.",
        "Inloggen in het beheer van TicketKassa (daar zie je de online verkochte tickets en kan je de scanner-app "
        "koppelen):",
        ('table', [['Wat', 'Gegevens'],
                   ['Adres', 'https://spc.ticketkassa.be/beheer'],
                   ['Gebruiker', 'toneel@sintpieterscollege.be'],
                   ['Wachtwoord', 'Storm-op-zee!25']]),
        "Niet aan de leerlingen geven aub, ze hebben vorig jaar eens gratis tickets voor hun vrienden aangemaakt ;-)\n\n"
        "Wisselgeld ligt in de blauwe kassa achter de toog. Prijzen: 10 euro volwassenen, 6 euro -12 jaar.\n\n"
        "Tot vrijdag!",
        ('sig', 'Liesbeth Daems\nleerkracht Nederlands - regie schooltoneel\n' + SCHOOL_SIG),
    ],
    kind='alt', rules=['password', 'personal_data'],
    note="teacher gives a parent volunteer the admin login of the theatre's ticket system in an HTML table; school phone in signature",
    fmt=['alt', 'html-table', 'signature'])

add('fw-wifi-event-lichttechnieker', S['liesbeth'], [who('Wim Vandenbergh', 'wim@lichtenklank.be')],
    'TR: RE: RE: wifi voor lichttechnieker', '2025-02-25 12:10',
    "Dag Wim,\n\nHieronder de info van onze ICT-collega, voor je laptop met de lichtsoftware (hij zegt 'zie vorige "
    "mail', dus helemaal onderaan). Tot donderdag om 17u aan de zij-ingang van de feestzaal.\n\nLiesbeth\n\n"
    + olhdr('Kevin Lemmens <kevin.lemmens@sintpieterscollege.be>', 'dinsdag 25 februari 2025 11:52',
            'Liesbeth Daems <liesbeth.daems@sintpieterscollege.be>', 'RE: RE: wifi voor lichttechnieker') + "\n\n"
    "Liesbeth,\n\nZie mijn vorige mail hieronder, zelfde netwerk. Ik heb het opengezet tot 16/3.\n\nGr\nKevin\n\n"
    + olhdr('Liesbeth Daems <liesbeth.daems@sintpieterscollege.be>', 'dinsdag 25 februari 2025 08:20',
            'Kevin Lemmens <kevin.lemmens@sintpieterscollege.be>', 'RE: wifi voor lichttechnieker') + "\n\n"
    "Kevin, werkt het eventnetwerk nog met hetzelfde als in oktober? De lichttechnieker (extern) heeft internet nodig "
    "voor zijn licenties. Dank je!\nL.\n\n"
    + olhdr('Kevin Lemmens <kevin.lemmens@sintpieterscollege.be>', 'maandag 14 oktober 2024 15:31',
            'Liesbeth Daems <liesbeth.daems@sintpieterscollege.be>', 'wifi voor lichttechnieker') + "\n\n"
    "Hoi Liesbeth,\n\nVoor de repetities in de feestzaal:\nNetwerk: SPC-Event\nSleutel: Zaal&Licht2025\n\n"
    "Gaat niet door tot in de klaslokalen, enkel feestzaal en refter.\n\nKevin\n",
    cte='quoted-printable', rules=['password'],
    note='forward to an external technician; the Wi-Fi key is only in the oldest quoted mail at the bottom of the thread',
    fmt=['plain', 'forward', 'outlook-quote', 'nested'])

add('welkom-interim-lien', S['martine'], [who('Lien Van Hout', f'lien.vanhout@{SD}')],
    'Welkom! praktische info voor maandag', '2024-09-27 15:05',
    "Dag Lien,\n\nWelkom in het Sint-Pieterscollege! Je vervangt vanaf maandag mevr. Aerts (biologie, 2A-2B-4C). "
    "Hieronder wat je nodig hebt om te starten:\n\n"
    "- Smartschool: gebruikersnaam lien.vanhout, startwachtwoord Welkom-2024-LvH (je moet het bij de eerste keer "
    "aanmelden wijzigen)\n"
    "- kopieerkaart: ligt in je vakje, code 30412\n"
    "- sleutel lokaal C104 en labo: vraag aan Luc (conciërge), hij is er vanaf 7u15\n"
    "- lessenrooster: zie bijlage in Smartschool, 'Interims'\n\n"
    "De eerste week staat Koen Luyten je bij als peter. Het leerplan en de planning van Dorien liggen in het labo.\n\n"
    "Veel succes!\nMartine\nsecretariaat\n",
    cte='quoted-printable', rules=['password'],
    note='secretariat gives an interim teacher her starting Smartschool password and copier code in a bullet list',
    fmt=['plain', 'qp', 'list'])

add('herstelcode-noah', S['kevin'], [who('Sofie Vandeput', par('noah'))], 'Account van Noah (1B)', '2024-10-08 10:22',
    "Beste mevrouw Vandeput,\n\nNoah kwam vanmorgen bij mij omdat hij niet meer kon inloggen op zijn schoolaccount "
    "(Microsoft 365 en Smartschool). Ik heb zijn account opnieuw ingesteld.\n\n"
    "Thuis kan hij aanmelden met zijn gewone gebruikersnaam en deze eenmalige herstelcode: 4KQ7-PX29 "
    "(24 uur geldig). Daarna moet hij zelf een nieuw wachtwoord kiezen. Misschien kan u even meekijken dat hij het "
    "ergens veilig noteert? Dit is al de derde keer dit trimester :-)\n\n"
    "Met vriendelijke groeten\nKevin Lemmens\nICT-coördinator\n",
    cte='quoted-printable', rules=['password'], about=['noah'],
    note="ICT gives a parent her son's one-time account reset code; correctly addressed to the pupil's own parent",
    fmt=['plain', 'qp'])

add('fw-sleutelkluis-sporthal', S['tom'], [S['jonas']], 'FW: gebruik sporthal De Demervallei 24/04', '2025-04-14 13:07',
    "Jonas,\n\nVoor de sportdag van de 2des. Code van de kluis staat helemaal onderaan, ik heb hem niet op papier.\n"
    "Jij bent er eerst (8u) dus jij moet hem openen.\n\nTom\n\n"
    + olhdr('Martine Claes <martine.claes@sintpieterscollege.be>', 'maandag 14 april 2025 10:45',
            'Tom Holemans <tom.holemans@sintpieterscollege.be>', 'FW: gebruik sporthal De Demervallei 24/04') + "\n\n"
    "Tom, dit is denk ik voor jou (sportdag?).\nMvg\nMartine\n\n"
    + fwdhdr('Jelle Wouters <jelle.wouters@aarschot.be>', 'vr 11 apr 2025 om 16:02',
             'gebruik sporthal De Demervallei 24/04', 'info@sintpieterscollege.be') + "\n\n"
    "Beste,\n\nUw reservatie van sporthal De Demervallei op donderdag 24 april (8u30 - 16u00, zaal 1 en 2) is "
    "bevestigd.\n\nAangezien er die dag geen zaalwachter is, kan u de sleutel nemen uit de sleutelkluis naast de "
    "personeelsingang. Code van de kluis: 1958. Gelieve de sleutel na gebruik terug te hangen en de kluis opnieuw "
    "te sluiten. Het alarm staat overdag niet op.\n\nDe factuur volgt via de stad.\n\nMet sportieve groeten\n\n"
    "Jelle Wouters\nSportdienst Stad Aarschot\n016 55 04 12\n",
    cte='quoted-printable', rules=['password', 'personal_data'],
    note='forward of a forward: the key-safe code of the municipal sports hall sits in the oldest forwarded mail; municipal phone in signature',
    fmt=['plain', 'forward', 'outlook-quote', 'gmail-forward', 'nested'])

add('alarm-toneelavond', S['bart'], [S['liesbeth']], 'alarm na de voorstelling', '2025-02-26 22:16',
    "Liesbeth,\n\nVoor vrijdag en zaterdag na de voorstelling: alarm aan = 2709 + ON aan het paneel bij de hoofdingang, "
    "zone 3 (feestzaal) zit mee in. Luc is zaterdag niet bereikbaar (familiefeest). De laatste die buiten gaat zet "
    "het aan, en check de nooduitgang aan de refter, die blijft soms open staan.\n\nBart\n\n" + OLIOS + "\n",
    cc=[S['luc']], rules=['password'],
    note='principal sends the alarm code of the building to the theatre teacher from his phone',
    fmt=['plain', 'mobile', 'short'])

add('gedeeld-fotoaccount-skireis', who('Tom Holemans', 'tom.holemans76@gmail.com'),
    [S['jonas'], S['ingrid'], S['dorien']], 'fotoaccount skireis', '2025-02-27 21:40',
    "Hey allemaal,\n\nIk heb een gedeeld account aangemaakt voor de foto's van de skireis zodat we niet alles via "
    "whatsapp moeten doorsturen (en Ingrid ze na de reis in één keer op Smartschool kan zetten).\n\n"
    "login: skireis.spc2025@gmail.com\nwachtwoord: Obertauern-2025!\n\n"
    "Gewoon de Google Foto's app installeren en daarmee inloggen. Niet doorgeven aan leerlingen aub.\n\n"
    "Tom\n(vanop mijn privé adres, mijn schoolmail synchroniseert niet meer op mijn gsm sinds de update)\n",
    rules=['password', 'private_account'],
    note="teacher writes school business from his private Gmail and hands colleagues the password of a shared photo account",
    fmt=['plain', 'private-sender'])

add('kassa-tweedehandsverkoop', S['rita'], [who('Veerle Stevens', 'veerle.stevens@telenet.be')],
    'Tweedehandsverkoop zaterdag - kassa', '2024-08-27 14:33',
    blocks=[
        "Dag Veerle,\n\nAlles is klaar voor de tweedehandsverkoop van uniformen en boeken zaterdag 31/8 (9u-12u, refter). "
        "De ouderraad heeft vorige week de polo's en truien gesorteerd per maat, de boeken liggen per jaar.",
        "Voor de kaartbetalingen gebruiken jullie de kassa-app op de tablet van de ouderraad:",
        ('ul', ['login app: tweedehands@sintpieterscollege.be',
                'wachtwoord: Polo&Trui2024',
                'PIN van de kaartlezer: 0413',
                'wisselgeld: 150 euro in de geldkist (sleutel bij Martine)']),
        "Na afloop mag je de kas tellen en het formulier invullen, ik boek het maandag in.\n\nAlvast bedankt aan alle "
        "vrijwilligers!",
        ('sig', 'Rita Smets\nBoekhouding\nSint-Pieterscollege Aarschot\nT 016 57 31 45'),
    ],
    kind='alt', rules=['password', 'personal_data'],
    note="accountant gives the parents' association volunteer the login and card-reader PIN of the second-hand shop till; office phone in signature",
    fmt=['alt', 'html-list', 'signature'])

add('fotolink-ouderraad', S['ingrid'], [who('Kristof Swinnen', 'kristof.swinnen@gmail.com')],
    "foto's De Storm", '2025-03-04 09:12',
    "Dag Kristof,\n\nDe foto's van De Storm staan online, de ouderraad mag er een selectie van kiezen voor de nieuwsbrief "
    "en de stand op het schoolfeest.\n\nLink: https://spcaarschot-my.sharepoint.com/:f:/g/personal/ingrid_meulemans/EkT8sPq2\n"
    "Wachtwoord van de link: Doek-Op-2025\n\nLet op: voor een paar leerlingen hebben we geen fototoestemming, "
    "die staan in de submap 'NIET publiceren'. Die dus niet gebruiken aub.\n\nGroeten\nIngrid Meulemans\n"
    "adjunct-directeur\n",
    cte='quoted-printable', rules=['password'],
    note="deputy head sends the chair of the parents' association a password-protected share link together with its password",
    fmt=['plain', 'qp'])

add('tijdelijke-wachtwoorden-2c', S['kevin'], [S['ahmed']], 'tijdelijke wachtwoorden 2C na reset', '2024-09-10 12:48',
    blocks=[
        "Hoi Ahmed,\n\nDe laptops van jouw klas zijn opnieuw ingespoeld (die update van vorige week). Zes leerlingen "
        "konden niet meer inloggen, ik heb hun wachtwoord gereset. Kan je deze tijdelijke wachtwoorden in je les "
        "persoonlijk aan hen geven? Ze moeten het meteen wijzigen.",
        ('table', [['Leerling', 'Gebruikersnaam', 'Tijdelijk wachtwoord'],
                   ['Kacper Wiśniewski', 'kacper.wisniewski', 'Appel-Trein-81'],
                   ['Elif Demir', 'elif.demir', 'Wolk-Fiets-27'],
                   ['Stan Cools', 'stan.cools', 'Kaas-Raket-55'],
                   ['Merveille Mukendi', 'merveille.mukendi', 'Boom-Tafel-19'],
                   ['Jules Bosmans', 'jules.bosmans', 'Zee-Lamp-64'],
                   ['Febe Smolders', 'febe.smolders', 'Ster-Bank-32']]),
        "Als het niet lukt, stuur ze maar naar het ICT-lokaal (B012) tijdens de middag.",
        ('sig', 'Kevin Lemmens\nICT-coördinator\nSint-Pieterscollege Aarschot'),
    ],
    kind='alt', rules=['password'], about=['kacper', 'elif', 'stan', 'merveille', 'jules', 'febe'],
    note="ICT sends a class teacher a table of pupils' temporary passwords",
    fmt=['alt', 'html-table'])

def _zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 6, 20, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return bio.getvalue()

FAKEPDF = b'%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'

add('examens-5a-zip', S['bram'], [S['ahmed']], 'examens 5A nalezen', '2025-01-06 20:15',
    "Ahmed,\n\nHier de examens wiskunde 5A (versie A en B) om na te lezen. Zip is beveiligd, ww: Sinus&Cosinus5A\n\n"
    "Opm: vraag 4b klopt nog niet helemaal, de grafiek moet nog aangepast. Liefst tegen donderdag, dan kan Martine "
    "ze kopiëren.\n\nmerci!\nBram\n",
    attach=[('examens_wiskunde_5A_januari.zip', 'application', 'zip',
             _zip([('examen_5A_versieA.pdf', FAKEPDF), ('examen_5A_versieB.pdf', FAKEPDF)]))],
    rules=['password'],
    note='teacher sends exam papers in a zip and the zip password in the same mail (the zip holds only PDFs)',
    fmt=['mixed', 'zip-attachment'])

add('klassenraad-6a-bestand', S['stijn'], [S['bram'], S['nathalie'], S['lotte_j'], S['agnieszka'], S['koen']],
    'voorbereiding klassenraad 6A dinsdag', '2024-12-12 17:40',
    "Beste collega's van 6A,\n\nDe voorbereidingsfile voor de klassenraad van dinsdag staat in de teammap "
    "(6A > klassenraad december). Het bestand is beveiligd, paswoord om te openen: KR6a-dec24\n\n"
    "Vul aub jullie kolom in tegen maandagavond (cijfer + korte opmerking, geen romans aub, vorig jaar duurde het tot "
    "19u). Wie een leerling wil bespreken: zet er een sterretje bij.\n\nDank!\nStijn\n",
    cte='quoted-printable', rules=['password'],
    note='class teacher gives the 6A team the password of the protected class-council preparation file',
    fmt=['plain', 'qp'])

add('pin-lichttafel', S['liesbeth'], [who('Vic Lemmens', pmail('vic'))], 'lichttafel', '2025-02-19 16:55',
    "Hey Vic,\n\nPIN van de lichttafel is 5512 (niet die van vorig jaar, die is gewist). Morgen 15u30 techniekrepetitie, "
    "zorg dat de scènes 1 tot 4 geprogrammeerd zijn.\n\nMevr. Daems\n\n" + IPHONE + "\n",
    rules=['password'], note='teacher gives a pupil of the tech crew the PIN of the lighting console',
    fmt=['plain', 'mobile', 'short'])

add('re-hangslot-rekwisieten', S['liesbeth'], [S['dorien']], 'RE: hangslot rekwisietenkot', '2025-01-29 12:41',
    "3-9-1-7, eerst 2x helemaal rond naar rechts. Slot hangt wat scheef, goed duwen.\nL.\n\n" + OLMOB + "\n\n"
    + olhdr('Dorien Aerts <dorien.aerts@sintpieterscollege.be>', 'Wednesday, January 29, 2025 12:30:05 PM',
            'Liesbeth Daems <liesbeth.daems@sintpieterscollege.be>', 'hangslot rekwisietenkot', lang='en', sep=True)
    + "\n\nLiesbeth, wat is de combinatie van het hangslot van het rekwisietenkot? Ik moet de laboschorten die jullie "
    "geleend hadden terugleggen. Dorien\n",
    rules=['password'],
    note='short reply from Outlook mobile giving a padlock combination, the question is only in the quoted mail (English client header)',
    fmt=['plain', 'reply', 'outlook-quote', 'mobile', 'short'])

add('diddit-beheerder-vakgroep', S['ahmed'], [f'vakgroep-wiskunde@{SD}'], 'schoollicentie Diddit', '2024-09-04 19:05',
    "Beste collega's wiskunde,\n\nDe school heeft dit jaar een schoollicentie voor Diddit genomen (alle jaren). "
    "Iedereen logt in met zijn eigen schoolaccount via Smartschool.\n\nOm klassen aan te maken of leerlingen te "
    "koppelen is er een gemeenschappelijk beheerdersaccount:\n"
    "   gebruikersnaam: spc-wiskunde-beheer\n   wachtwoord: Pythagoras#22\n\n"
    "Gebruik dat enkel voor de klassen, niet om je lessen in te geven (dan staat alles onder één naam).\n\n"
    "Vakgroepvergadering: 18/9 om 16u in B201.\n\nAhmed\nvakgroepvoorzitter\n",
    cte='quoted-printable', rules=['password', 'bcc'],
    note='subject-group chair mails the shared admin account of a publisher platform to the subject group address placed visibly in To',
    fmt=['plain', 'group-to'])

add('permanentiegsm-skireis', S['tom'], [S['ingrid']], 'permanentiegsm skireis', '2025-02-21 15:20',
    "Ingrid,\n\nDe permanentiegsm voor de skireis (0470 18 26 54) ligt in jouw bakje in het secretariaat, opgeladen.\n"
    "PIN van de simkaart: 6612, PUK zit in de envelop erbij.\nVoicemail code: 4490\n\n"
    "Ouders krijgen het nummer via de infobrief, dus als er 's nachts iets is, bellen ze naar die gsm en niet naar ons "
    "privénummer. Jij hebt hem van 1 t.e.m. 9 maart.\n\nTom\n",
    rules=['password', 'personal_data'],
    note='teacher passes the SIM PIN and voicemail code of the emergency phone together with its number',
    fmt=['plain'])

add('overdracht-secretariaat', S['martine'], [who('Sevda Cetin', f'sevda.cetin@{SD}')], 'overdracht tijdens mijn verlof',
    '2025-03-21 16:58',
    "Dag Sevda,\n\nHieronder een lijstje voor de drie weken dat ik weg ben. Veel is routine, maar voor de zekerheid:\n\n"
    "1. Post: 's morgens om 8u30 halen bij de brievenbus aan de poort, directiepost in het bakje van Bart.\n"
    "2. Afwezigheden: telefonische meldingen van ouders in Smartschool ingeven (module Afwezigheden, code Z/ZA).\n"
    "3. Laatkomers: briefje geven, na 3x melden aan Dirk.\n"
    "4. EHBO-kast: de lijst hangt binnenin, ijspacks in de diepvries van de leraarskamer.\n"
    "5. Medicatie: enkel geven als er een ingevuld attest in de map zit (map staat in de grijze kast).\n"
    "6. Kopieerwerk voor examens: pas vanaf 2/6, niet eerder beginnen.\n"
    "7. Tickets toneel: verkoop is gesloten, niets meer aannemen.\n"
    "8. Bestellingen: Vanin en Pelckmans leveren op dinsdag, pakbon aftekenen en naar Rita.\n"
    "9. Sleutels: het sleutelbord staat in de kast naast de printer, elke uitlening noteren in het schrift.\n"
    "10. Kopieertoestel: als het blokkeert, de Ricoh-technieker bellen op 015 28 76 90 (contractnr 88-1042).\n"
    "11. De kluis in de kast achter mijn bureau: code 190388. Daar liggen de cheques en het kasgeld van de "
    "drankautomaat, elke vrijdag tellen met Rita.\n"
    "12. Bezoekers: altijd laten tekenen in het register.\n"
    "13. Verloren voorwerpen: de bak onder de trap, eind van de maand naar de Kringwinkel.\n"
    "14. Nieuwsbrief: Ingrid doet dat zelf deze keer.\n\n"
    "Als er iets is mag je me altijd een sms sturen. Succes!!\n\nMartine\n",
    cte='quoted-printable', rules=['password', 'personal_data'],
    note="secretary's long hand-over list; item 11 of 14 gives the safe code; item 10 has a service phone number",
    fmt=['plain', 'qp', 'numbered-list', 'buried'])

add('cijferslot-kastje-lisa', S['dirk'], [who('Els Sterckx', par('lisa'))], 'Kastje van Lisa', '2024-11-21 13:15',
    "Beste mevrouw Sterckx,\n\nLisa was vandaag de code van haar kastje vergeten en haar turnzak zat erin. We hebben "
    "het slot opengeknipt en haar een nieuw cijferslot van de school gegeven (zonder kosten).\n\nDe code is 0529. "
    "Wil die aub samen met Lisa ergens noteren, bv. in haar agenda achteraan?\n\n"
    "Met vriendelijke groet\nDirk Van Damme\nopvoeder eerste graad\n",
    rules=['password'], about=['lisa'],
    note="educator gives a mother the combination of her daughter's new locker padlock; correctly addressed",
    fmt=['plain'])

add('coaccount-vader-ruben', S['secr'], [who('Jan Op de Beeck', par('ruben', 2))],
    'Co-account Smartschool voor Ruben (3C)', '2024-10-15 11:40',
    "Beste meneer Op de Beeck\n\nNaar aanleiding van uw telefoontje van gisteren: omdat u sinds de scheiding niet meer "
    "op hetzelfde adres woont als de moeder van Ruben, hebben we in Smartschool een tweede co-account op uw naam "
    "aangemaakt. Zo krijgt u voortaan zelf de rapporten, de berichten van de titularis en de uitnodigingen voor het "
    "oudercontact.\n\nUw gegevens:\n- gebruikersnaam: ruben.opdebeeck\n- kies bij het aanmelden 'co-account 2'\n"
    "- wachtwoord bij eerste aanmelding: Ouder2-RdB-714\n\nU wordt gevraagd dit meteen te wijzigen.\n\n"
    "De afspraak die mevrouw Verlinden ons doorgaf (Ruben wordt op woensdagmiddag enkel door haar opgehaald) blijft "
    "zo in ons dossier staan tot we van beide ouders iets anders horen.\n\n"
    "Met vriendelijke groeten\n\nMartine Claes\nSecretariaat Sint-Pieterscollege\n",
    cte='quoted-printable', rules=['password', 'sensitive'], cats={'sensitive': ['family']}, about=['ruben'],
    note="secretariat gives a divorced father his own co-account password and refers to the separation and pick-up arrangement; correctly addressed",
    fmt=['plain', 'qp'])

add('echange-namur-wifi', S['nathalie'], [who('Christine Henrard', 'c.henrard@athenee-namur.be')],
    'Échange du 13 mars - infos pratiques', '2025-03-07 18:22',
    "Bonjour Christine,\n\nNous nous réjouissons d'accueillir tes élèves jeudi prochain ! Quelques infos pratiques :\n\n"
    "- arrivée du bus : parking de la Demer, 9h00, nous vous attendons à l'entrée principale\n"
    "- le matin : ateliers en duo dans les classes de 5C et 5D, l'après-midi : visite d'Aarschot\n"
    "- wifi pour les professeurs : réseau SPC-Gast, clé : Bienvenue!2025\n"
    "- salle des profs (1er étage) : code de la porte 2468#, tu peux y déposer vos sacs\n"
    "- repas : les élèves apportent leur pique-nique, soupe offerte\n\n"
    "N'hésite pas à m'appeler si le bus a du retard.\n\nÀ jeudi !\nNathalie\n\n"
    "--\nNathalie Wuyts\nprofesseur de français\nSint-Pieterscollege Aarschot\nTél. +32 16 57 31 40\n",
    cte='quoted-printable', rules=['password', 'personal_data'],
    note='teacher gives a partner school in Namur the guest Wi-Fi key and the staff-room door code, in French; school phone in signature',
    lang='fr', fmt=['plain', 'qp', 'list'])

add('erasmus-visit-practical', S['ann'], [who('Marta Kamińska', 'm.kaminska@lo3.krakow.pl')],
    'Your job shadowing week - practical info', '2025-04-28 20:05',
    "Dear Marta,\n\nWe are really looking forward to your visit from 12 to 16 May! Some practical things before you "
    "travel:\n\n1. Getting here: the train from Brussels Airport to Aarschot takes about 40 minutes (change in Leuven). "
    "I'll pick you up at the station on Sunday evening.\n"
    "2. Your timetable: you'll join my English classes in the 4th and 6th year and the robotics club on Wednesday.\n"
    "3. Wi-Fi: network SPC-Gast, key Bienvenue!2025 (it's the guest network, no school account needed).\n"
    "4. There is a locker for you in the staff room, number 31, combination 6-0-4.\n"
    "5. Lunch is at 12.10, the canteen accepts cards.\n\n"
    "If you have any dietary wishes, just let me know.\n\nBest wishes from Aarschot,\nAnn Willems\n"
    "English teacher - Erasmus+ coordinator\n",
    rules=['password'], lang='en',
    note='teacher gives a visiting Erasmus teacher the guest Wi-Fi key and a locker combination, in English',
    fmt=['plain', 'numbered-list'])

add('re-sleutelkast-turnzaal', S['jonas'], [S['tom']], 'RE: sleutelkast turnzaal', '2025-03-18 07:36',
    "2580, en dan naar links draaien. Sleutel van de minibus hangt op haakje 7\n\n" + OLMOB + "\n\n"
    + olhdr('Tom Holemans <tom.holemans@sintpieterscollege.be>', 'dinsdag 18 maart 2025 07:21',
            'Jonas Peeters <jonas.peeters@sintpieterscollege.be>', 'sleutelkast turnzaal') + "\n\n"
    "Morgen Jonas, wat is de code van de sleutlekast in de turnzaal? Ik moet de minibus hebben voor de "
    "zwemles en Luc is er nog niet.\n",
    rules=['password'],
    note='one-line phone reply giving the key-cabinet code; the question is only in the quoted Outlook block below',
    fmt=['plain', 'reply', 'outlook-quote', 'mobile', 'short'])

add('instagram-toneel', S['liesbeth'], [who('Axelle Daens', pmail('axelle'))], 'Insta van het toneel', '2025-01-14 21:02',
    "Dag Axelle,\n\nSuper dat jij en Fleur de Instagram van het schooltoneel willen bijhouden tot aan de voorstelling!\n\n"
    "Account: @spc.toneel\nWachtwoord: Kulissen_2025\n\nDe tweestapsverificatie staat op mijn gsm, dus stuur me een "
    "berichtje als hij een code vraagt.\n\nAfspraken: geen foto's van leerlingen waarvoor we geen toestemming hebben "
    "(ik geef je de lijst), niets over de inhoud van het stuk verklappen, en alles eerst even aan mij tonen.\n\n"
    "Mevr. Daems\n",
    rules=['password'], note="teacher gives a pupil the password of the school theatre's Instagram account",
    fmt=['plain'])

_chalet = inner_mail('Gästehaus Alpenrose <info@alpenrose-obertauern.at>', ['Tom Holemans <tom.holemans@sintpieterscollege.be>'],
    'Booking confirmation 1-8 March 2025 / Sint-Pieterscollege', '2025-02-18 09:31',
    "Dear Mr Holemans,\n\nThank you for your booking. We confirm:\n\nGroup: Sint-Pieterscollege Aarschot\n"
    "Arrival: Saturday 1 March 2025 (late arrival announced, approx. 23:00)\nDeparture: Saturday 8 March 2025, 09:00\n"
    "Rooms: 14 rooms (4 beds) for pupils, 4 single rooms for teachers\nBoard: half board, packed lunch on request\n\n"
    "Late arrival: our reception closes at 21:00. The keys of all rooms are in the key box next to the main "
    "entrance (Schlüsselbox). Code: 7312. Please take the envelope with the room plan as well.\n\n"
    "Ski rental is in the basement (Sport Hettegger), opening 08:00.\n\nWith kind regards / Mit freundlichen Grüßen\n"
    "Familie Gruber\nGästehaus Alpenrose, Obertauern\nTel. +43 6456 7234\n",
    mid='<20250218093112.4471@alpenrose-obertauern.at>')

add('fw-bevestiging-chalet', S['tom'], [S['jonas'], S['ingrid']], 'Fwd: Booking confirmation 1-8 March 2025',
    '2025-02-18 12:02',
    "Ter info, zie bijlage (bevestiging van het gastenhuis). We komen zaterdag rond 23u aan dus we hebben de "
    "sleutelkluis nodig, code staat in de mail. Jonas, jij neemt de envelop met het kamerplan.\n\nTom\n",
    rfc822=_chalet, rules=['password'],
    note='teacher forwards the chalet booking as an attached message; the key-box code is inside the attached mail',
    fmt=['mixed', 'rfc822-attached', 'en-quoted'])

add('re-access-code-bambu', S['pve'], [who('Tuur Wuyts', pmail('tuur'))], 'Re: printer STEM-lokaal', '2024-11-06 16:18',
    "27183346. Niet rondsturen in de groepchat he.\n\nVerstuurd vanaf mijn Galaxy\n\n"
    "-------- Oorspronkelijk bericht --------\nVan: Tuur Wuyts <tuur.wuyts@leerling.sintpieterscollege.be>\n"
    "Datum: 06-11-24 16:02 (GMT+01:00)\nAan: pve@spc.ksleuven.be\nOnderwerp: printer STEM-lokaal\n\n"
    "Meneer, de printer in het STEM-lokaal vraagt een access code om via de laptop te printen (LAN modus). Wat is die? "
    "We willen de arm van de robot nog printen voor vrijdag.\nTuur 4A\n",
    rules=['password'],
    note="teacher's phone reply to a pupil gives the 3D printer's LAN access code; the question is quoted below",
    fmt=['plain', 'reply', 'mobile', 'short'])

add('bankkaart-ouderraad', S['rita'], [who('Marleen Torfs', 'marleen.torfs@telenet.be')], 'nieuwe bankkaart ouderraad',
    '2024-10-01 11:05',
    "Beste Marleen,\n\nDe nieuwe bankkaart voor de rekening van de ouderraad (BE71 0689 4455 2169) ligt in het "
    "secretariaat in een gesloten envelop op jouw naam.\n\nDe bank heeft de PIN per vergissing naar de school gestuurd "
    "in plaats van naar jou: 7740. Verander die aub meteen bij het eerste gebruik aan een automaat.\n\n"
    "De oude kaart mag je doorknippen.\n\nGroeten\nRita Smets\nboekhouding\n",
    rules=['password', 'personal_data'],
    note="accountant sends the treasurer of the parents' association the PIN of the association's bank card with the IBAN",
    fmt=['plain'])

add('thuistoets-amine', S['hilde'], [who('Fatima Benali', par('amine'))], 'Toets wiskunde thuis voor Amine',
    '2024-12-02 14:10',
    blocks=[
        "Beste mevrouw Benali,\n\nFijn te horen dat de operatie aan Amine zijn knie goed verlopen is. Zoals afgesproken "
        "mag hij de herhalingstoets wiskunde van donderdag thuis maken via Toetsenbank, omdat hij de komende twee weken "
        "nog niet met krukken naar school mag komen.",
        "Aanmelden op https://toetsenbank.sintpieterscollege.be\nGebruikersnaam: amine.benali\n"
        "Eenmalig wachtwoord: Zon-Maan-47\n\nDe toets staat open van 9u tot 11u (met 20 minuten extra tijd). "
        "De kinesist mag gerust tussendoor komen, dat is geen probleem.",
        "Als hij na de kerstvakantie terug is, bekijken we met de klassenraad of hij de LO-lessen aangepast kan volgen.",
        ('sig', 'Hilde Goossens\nzorgcoördinator\nSint-Pieterscollege Aarschot\nT 016 57 31 42'),
    ],
    kind='alt', rules=['password', 'sensitive', 'personal_data'], cats={'sensitive': ['medical']}, about=['amine'],
    note="care coordinator gives a mother the one-time exam login for her son who is recovering from knee surgery; phone in signature",
    fmt=['alt', 'signature'])

add('fw-smartschool-wachtwoord-interim', S['kevin'], [who('Joke Sels', f'joke.sels@{SD}')],
    'FW: Smartschool - nieuw wachtwoord', '2025-01-13 08:05',
    "Dag Joke,\n\nDe automatische mail van Smartschool kwam bij mij terecht omdat je account nog niet aan je "
    "schoolmail gekoppeld was. Hieronder. Welkom bij ons!\n\nKevin\n\n"
    + olhdr('Smartschool <noreply@smartschool.be>', 'maandag 13 januari 2025 07:58',
            'ict@sintpieterscollege.be', 'Smartschool - nieuw wachtwoord') + "\n\n"
    "Smartschool | Sint-Pieterscollege Aarschot\n\nBeste Joke Sels,\n\nEr werd een nieuw wachtwoord ingesteld voor je "
    "account op sintpieterscollege.smartschool.be.\n\nGebruikersnaam: joke.sels\nWachtwoord: tR7#wq2Lmz\n\n"
    "Je wordt gevraagd dit wachtwoord te wijzigen bij de volgende aanmelding.\n\n"
    "Dit is een automatisch bericht, je kan er niet op antwoorden.\n",
    cte='quoted-printable', rules=['password'],
    note='ICT forwards a pasted Smartschool notification that contains a new teacher\'s password',
    fmt=['plain', 'forward', 'smartschool-notification'])

add('fw-huurportaal-ski', S['jonas'], [S['dorien']], 'FW: FW: FW: huurmateriaal - maten doorgeven', '2025-01-30 22:44',
    "Dorien, kan jij de maten van de 5des invullen? Ik geraak er niet meer aan uit met die lijstje. Login staat "
    "ergens onderaan in de mail van het reisbureau.\nthx!!\nJonas\n\n"
    + olhdr('Ingrid Meulemans <ingrid.meulemans@sintpieterscollege.be>', 'donderdag 30 januari 2025 14:12',
            'Jonas Peeters <jonas.peeters@sintpieterscollege.be>', 'FW: FW: huurmateriaal - maten doorgeven') + "\n\n"
    "Jonas, kan jij dit opvolgen? Tom is op bijscholing. I.\n\n"
    + olhdr('Tom Holemans <tom.holemans@sintpieterscollege.be>', 'woensdag 29 januari 2025 18:03',
            'Ingrid Meulemans <ingrid.meulemans@sintpieterscollege.be>', 'FW: huurmateriaal - maten doorgeven') + "\n\n"
    "fyi, deadline 7/2!\n\n"
    + olhdr('Evelien Dupont <evelien@snowschoolreizen.be>', 'woensdag 29 januari 2025 16:47',
            'Tom Holemans <tom.holemans@sintpieterscollege.be>', 'huurmateriaal - maten doorgeven') + "\n\n"
    "Beste Tom,\n\nVoor het huurmateriaal (ski's, schoenen, helm) vragen we om de maten van alle deelnemers vóór 7 "
    "februari door te geven via ons platform.\n\nhttps://huur.snowschoolreizen.be\nlogin: SPC-AARSCHOT-25\n"
    "wachtwoord: Piste!Rood47\n\nPer leerling: schoenmaat, lengte, gewicht en niveau (beginner/gevorderd). "
    "Wijzigingen kunnen tot 3 dagen voor vertrek.\n\nMet sneeuwwitte groeten\n\nEvelien Dupont\nSnowSchool Reizen\n"
    "T 03 281 40 66\n",
    cte='quoted-printable', rules=['password', 'personal_data'],
    note="third forward of a travel agency mail; the rental platform login is in the agency's original mail at the bottom, agency phone in signature",
    fmt=['plain', 'forward', 'outlook-quote', 'nested', 'buried'])

add('wifi-opendeurdag', S['kevin'], [S['kevin']], 'Wifi opendeurdag zondag', '2025-04-24 16:30',
    None, kind='html', bcc=[f'personeel@{SD}'],
    html_body=('<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">'
               '<p>Beste collega\'s,</p><p>Voor de opendeurdag van zondag 27 april:</p>'
               '<table border="0" cellpadding="4" style="background:#F2F2F2"><tr><td><b>Netwerk</b></td><td>SPC-Opendeur</td></tr>'
               '<tr><td><b>Sleutel</b></td><td>Welkom@SPC2025</td></tr></table>'
               '<p>Die mag je aan bezoekers geven, hij staat ook op de tafelkaartjes in de lokalen. Vanaf maandag werkt hij niet meer.</p>'
               '<p>Laptops voor de demo\'s in het STEM-lokaal staan klaar vanaf zaterdag.</p>'
               '<p>Kevin<br>ICT</p></body></html>'),
    cte='quoted-printable', rules=['password'],
    note='HTML-only mail to all staff in Bcc with the Wi-Fi key of the open day network',
    fmt=['html', 'html-table', 'bcc-group'])

add('welkom-bert-accounts', S['kevin'], [who('Bert Roosen', f'bert.roosen@{SD}')], 'je accounts', '2025-02-03 07:45',
    "Welkom Bert,\n\nJe accounts staan klaar:\n\nMicrosoft 365 (mail, Teams, OneDrive)\n"
    "   bert.roosen@sintpieterscollege.be\n   startwachtwoord: Aarschot!Demer58\n\n"
    "Smartschool volgt via een aparte automatische mail.\n\nBij de eerste aanmelding moet je MFA instellen met de "
    "Authenticator-app. Lukt het niet, kom gerust naar B012.\n\nKevin\n",
    cte='base64', rules=['password'],
    note="ICT mails a new teacher his Microsoft 365 start password; body is base64 encoded",
    fmt=['plain', 'base64'])

add('pincodes-tablets-robotica', S['pieter'], [S['mehmet']], 'tablets robotica', '2024-10-03 07:58',
    "Mehmet,\n\nIn bijlage de pincodes van de 8 tablets van de club. Ze staan ook op de achterkant geplakt, maar een "
    "paar stickers zijn eraf (wie doet nu zoiets). De tablets liggen in de oplaadkar in B108.\n\nPieter\n",
    attach=[('pincodes_tablets_robotica.txt', 'text', 'plain',
             "Tablets robotica-club (oplaadkar B108)\r\n\r\nTablet 1  - PIN 2580\r\nTablet 2  - PIN 1470\r\n"
             "Tablet 3  - PIN 3691\r\nTablet 4  - PIN 8520\r\nTablet 5  - PIN 7410\r\nTablet 6  - PIN 9630\r\n"
             "Tablet 7  - PIN 1593\r\nTablet 8  - PIN 7531\r\n\r\nBeheerder (instellingen): 240718\r\n".encode())],
    rules=['password'], note='teacher sends the PIN codes of the club tablets in a .txt attachment',
    fmt=['mixed', 'txt-attachment'])

add('code-fietsenstalling', S['luc'], [S['bart'], S['ingrid']], 'fietsenstalling personeel', '2024-09-16 07:12',
    "Beste collega’s,\n\nDe code van de fietsenstalling voor personeel is veranderd naar 1903. Het oude slot was "
    "kapot (er is iemand met een schroevendraaier aan geweest).\n\nGelieve de poort altijd goed te sluiten, ’t is al "
    "2 keer gebeurd dat ze ’s avonds open stond – dank u.\n\nGroeten\nLuc\n",
    bcc=[f'personeel@{SD}'], charset='windows-1252', cte='8bit', rules=['password'],
    note='caretaker announces the new bike-shed code to all staff (group in Bcc); Windows-1252 8-bit',
    fmt=['plain', 'cp1252', '8bit', 'bcc-group'])

add('stagiair-kopieercode', S['martine'], [who('Ruth Vandenbussche', 'ruth.vandenbussche@student.ucll.be')],
    'welkom voor je stage', '2025-02-07 10:02',
    "Dag Ruth,\n\nWelkom voor je stage bij mevr. Aerts (biologie) vanaf maandag!\n\nJe persoonlijke kopieercode is "
    "40117 (max. 300 kopies, vraag meer aan mij als je tekortkomt).\nWifi voor stagiairs: SPC-Stagiairs, sleutel "
    "Stage-Leren-24.\n\nMeld je maandag om 8u aan het onthaal, dan krijg je een badge.\n\nGroetjes\nMartine\n",
    rules=['password'],
    note='secretariat gives an external student teacher her copier code and a Wi-Fi key',
    fmt=['plain'])

# ==========================================================================
# B. look-alikes: codes, passwords and numbers without a credential
# ==========================================================================
add('teams-overleg-ucll', S['pieter'], [who('Lies Vanbrabant', 'lies.vanbrabant@ucll.be')], cc=[S['mehmet']],
    subj='Overleg STEM-project "slimme serre" - Teams', date='2024-11-25 13:20',
    body="Dag Lies,\n\nZoals afgesproken een online overleg over het serreproject met jullie studenten. Mehmet sluit ook "
    "aan.\n\n________________________________________________________________________________\n"
    "Microsoft Teams-vergadering\nDeelnemen op uw computer, mobiele app of apparaat in de ruimte\n"
    "Klik hier om deel te nemen aan de vergadering<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ3ZTk2>\n"
    "Vergadering-id: 372 118 990 455\nWachtwoordcode: Xk7pQ2\n"
    "Teams downloaden<https://www.microsoft.com/nl-be/microsoft-teams/download-app> | Deelnemen op het web\n"
    "________________________________________________________________________________\n\n"
    "Agenda: planning sensoren, budget, datum voor het bezoek van jullie studenten.\n\nTot donderdag 16u!\nPieter\n",
    cte='quoted-printable', rules=[],
    note='meeting passcode: a pasted Teams invitation with its meeting id and passcode, no account credential',
    fmt=['plain', 'teams-invite'])

add('wachtwoord-vergeten-coaccount', S['martine'], [who('Marc Dubois', par('camille'))],
    'RE: mot de passe co-compte Smartschool', '2024-10-21 09:50',
    "Monsieur Dubois,\n\nNous ne voyons pas votre mot de passe et nous n'envoyons jamais de mots de passe par e-mail. "
    "Vous pouvez le réinitialiser vous-même :\n\n1. Allez sur sintpieterscollege.smartschool.be\n"
    "2. Cliquez sous la fenêtre de connexion sur « Wachtwoord vergeten? » (mot de passe oublié)\n"
    "3. Introduisez le nom d'utilisateur de votre fille et choisissez « co-account 1 »\n"
    "4. Vous recevrez un e-mail avec un lien à l'adresse que nous connaissons (celle-ci)\n"
    "5. Choisissez un nouveau mot de passe d'au moins 10 caractères\n\n"
    "Si cela ne fonctionne pas, vous pouvez aussi passer à l'accueil pendant les heures de cours avec votre carte "
    "d'identité.\n\nBien à vous,\nMartine Claes\nsecrétariat\n\n"
    + olhdr('Marc Dubois <marc.dubois@skynet.be>', 'dimanche 20 octobre 2024 21:14',
            'secretariaat@sintpieterscollege.be', 'mot de passe co-compte Smartschool', lang='fr') + "\n\n"
    "Bonsoir, je n'arrive plus à me connecter au co-compte de Camille (3D). Pouvez-vous m'envoyer mon mot de passe ? "
    "Merci d'avance, Marc Dubois\n",
    cte='quoted-printable', rules=[], lang='fr',
    note='look-alike, in French: a parent asks for his password, the secretariat explains the reset procedure and sends none',
    fmt=['plain', 'reply', 'outlook-quote', 'numbered-list'])
add('fw-coaccount-sterretjes', S['koen'], [S['kevin']], 'FW: Uw co-account Smartschool', '2024-09-12 12:31',
    "Kevin, een ouder van 3C stuurt me dit door, ze krijgt alleen sterretjes te zien en weet dus haar wachtwoord "
    "niet. Is er iets mis met de mail die Smartschool verstuurt of is dat normaal? Kan jij haar helpen?\nKoen\n\n"
    + olhdr('pauline segers <lies.segers@telenet.be>', 'woensdag 11 september 2024 20:02',
            'Koen Luyten <koen.luyten@sintpieterscollege.be>', 'FW: Uw co-account Smartschool') + "\n\n"
    "Meneer Luyten, ik krijg dit maar ik zie mijn wachtwoord niet? Lies Segers\n\n"
    "--- Smartschool ---\nBeste ouder,\n\nEr werd een co-account aangemaakt voor Pauline Segers.\n"
    "Gebruikersnaam: pauline.segers\nWachtwoord: ********\n\n"
    "Om veiligheidsredenen tonen we je wachtwoord niet in deze mail. Gebruik de knop 'Wachtwoord instellen' om er "
    "een te kiezen.\n",
    cte='quoted-printable', rules=[],
    note='look-alike: forwarded Smartschool notification shows a username but only a masked placeholder for the password',
    fmt=['plain', 'forward', 'smartschool-notification', 'outlook-quote'])

add('skipassen-nummers', S['tom'], [S['jonas']], 'skipassen liftcontrole', '2025-02-28 16:04',
    "Jonas,\n\nDe skipassen zijn binnen. De liftcontrole vroeg vorig jaar om de nummers bij de hand te hebben als er "
    "een pas verloren gaat. Ik heb ze per kamer gezet, de nummers staan ook op de achterkant van de kaart.\n\n"
    "Kamer 1: 01-1614-7782-3345-9 / 01-1614-7782-3346-7 / 01-1614-7782-3347-5 / 01-1614-7782-3348-3\n"
    "Kamer 2: 01-1614-7782-3349-1 / 01-1614-7782-3350-4 / 01-1614-7782-3351-2 / 01-1614-7782-3352-0\n"
    "Kamer 3: 01-1614-7782-3353-8 / 01-1614-7782-3354-6 / 01-1614-7782-3355-3\n(...)\n\n"
    "Verloren pas = 25 euro borg, dat betalen de ouders zelf.\n\nTom\n",
    rules=[], note='look-alike: long ski-pass numbers, not a credential nor a phone number',
    fmt=['plain'])

add('gastspreker-wifi-onthaal', S['ann'], [who('Dries Van Ransbeeck', 'dries@vanransbeeck-photography.be')],
    'Your workshop on Tuesday - practical', '2025-03-10 19:33',
    "Hi Dries,\n\nGreat that you're giving the photography workshop to our 6th years on Tuesday (it's in English, as "
    "agreed, so they can practise). You'll be in the assembly hall (building A, ground floor). There is a projector "
    "with HDMI.\n\nWi-Fi: connect to SPC-Gast, you'll get the key at reception (we change it every month). You can "
    "park at the car park by the Demer, just tell the gate you're there for me.\n\nSee you Tuesday!\nAnn\n",
    rules=[], lang='en', note='look-alike, in English: names the guest network but says the key is given at the desk',
    fmt=['plain'])
add('re-code-kastje-mathis', S['dirk'], [who('Bieke Smets', par('mathis'))], 'RE: code kastje Mathis', '2025-01-09 11:48',
    "Beste mevrouw Smets,\n\nDe code van het kastje stuur ik liever niet via mail. Mathis mag deze middag even bij mij "
    "langskomen in het opvoederslokaal, dan zet ik samen met hem een nieuwe code die hij zelf kiest.\n\n"
    "Met vriendelijke groet\nDirk Van Damme\nopvoeder\n\n"
    + olhdr('Bieke Smets <smets.bieke@telenet.be>', 'donderdag 9 januari 2025 07:40',
            'Dirk Van Damme <dirk.vandamme@sintpieterscollege.be>', 'code kastje Mathis') + "\n\n"
    "Goeiemorgen, Mathis (1B) is de code van zijn kastje vergeten en zijn boeken voor de toets zitten erin. Kan u "
    "mij de code doorsturen? Dan geef ik hem die door via sms. Bieke\n",
    rules=[], about=['mathis'],
    note='look-alike: parent asks for a locker code, the educator refuses to mail it; correctly addressed to the pupil\'s mother',
    fmt=['plain', 'reply', 'outlook-quote'])

add('nieuwe-code-personeelsingang', S['bart'], [S['bart']], 'code personeelsingang vanaf maandag', '2025-01-03 17:00',
    "Beste collega's\n\nNa de diefstal in de leraarskamer tijdens de vakantie wordt de code van de personeelsingang "
    "maandag 6 januari gewijzigd. Je krijgt de nieuwe code maandagochtend persoonlijk van Luc of van mij, aan de "
    "ingang. Schrijf hem niet op je badge of in je agenda, en geef hem zeker niet door aan leerlingen of "
    "leveranciers.\n\nDe oude code werkt vanaf maandag 7u niet meer.\n\nBart\n",
    bcc=[f'personeel@{SD}'], rules=[],
    note='look-alike: announces a door-code change without giving a code; staff group in Bcc',
    fmt=['plain', 'bcc-group'])

add('uitnodiging-klassenraad-teams', S['ingrid'], [S['els'], S['koen'], S['ahmed'], S['grace']],
    'Uitnodiging: tussentijdse klassenraad 3de jaar (online)', '2025-03-12 12:00',
    blocks=[
        "Beste collega's,\n\nDe tussentijdse klassenraden van het 3de jaar gaan door op maandag 24 maart, online. "
        "Schema: 3A 16u00 - 3B 16u40 - 3C 17u20 - 3D 18u00.",
        "Microsoft Teams-vergadering\nVergadering-id: 341 882 617 092\nWachtwoordcode: r9Ad3e\n"
        "https://teams.microsoft.com/l/meetup-join/19%3ameeting_YzE1MmI5",
        "Vul vooraf de opmerkingen per leerling in het LVS in, dan kunnen we ons beperken tot de leerlingen met een "
        "sterretje.",
        ('sig', 'Ingrid Meulemans\nadjunct-directeur'),
    ],
    kind='alt', rules=[],
    note='meeting passcode: class-council invitation with a Teams meeting id and passcode, no pupil details',
    fmt=['alt', 'teams-invite'])

add('fw-phishing-wachtwoord-verloopt', S['grace'], [S['kevin']], 'FW: Je wachtwoord verloopt vandaag - is dit echt?',
    '2025-02-11 08:14',
    "Kevin, is dit echt? Het ziet er officieel uit maar het adres is raar. Ik heb nergens op geklikt.\nGrace\n\n"
    + olhdr('Microsoft 365 Beheer <no-reply@ms365-mailbox-verify.com>', 'dinsdag 11 februari 2025 06:02',
            'grace.kabongo@sintpieterscollege.be', 'Je wachtwoord verloopt vandaag') + "\n\n"
    "Beste gebruiker,\n\nHet wachtwoord van grace.kabongo@sintpieterscollege.be verloopt vandaag om 23:59. Om te "
    "voorkomen dat je toegang tot je mailbox verliest, bevestig je huidige wachtwoord via onderstaande link.\n\n"
    "HUIDIG WACHTWOORD BEHOUDEN <https://ms365-mailbox-verify.com/keep?u=grace.kabongo>\n\n"
    "Microsoft 365 Beheerteam\n",
    cte='quoted-printable', rules=[],
    note='look-alike: teacher forwards a phishing mail about password expiry to ICT; no credential in it',
    fmt=['plain', 'forward', 'outlook-quote'])

add('herstelcode-niet-doorgeven', S['kevin'], [who('Wout Bogaerts', pmail('wout_b'))], 'RE: MFA nieuwe gsm',
    '2024-11-28 14:44',
    "Hey Wout,\n\nIk heb je MFA gereset. Bij de volgende aanmelding krijg je een herstelcode per sms op het nummer dat "
    "je bij de start van het schooljaar opgaf. Die code geef je aan niemand, ook niet aan mij. Daarna koppel je de "
    "Authenticator-app op je nieuwe gsm.\n\nKevin\n\n"
    "Op do 28 nov 2024 om 13:10 schreef Wout Bogaerts <wout.bogaerts@leerling.sintpieterscollege.be>:\n"
    + gt("Meneer, ik heb een nieuwe gsm en ik kan niet meer inloggen want hij vraagt een code op mijn oude gsm. "
         "Wout 6D"),
    rules=[], note='look-alike: explains that a reset code will come by SMS and must not be shared, gives none',
    fmt=['plain', 'reply'])

add('fw-ticketbestelling-toneel', S['liesbeth'], [S['martine']], 'FW: Bevestiging bestelling TK-20250214-0087',
    '2025-02-14 13:02',
    "Martine, een oma van een leerling heeft per ongeluk 2x besteld. Kan jij die 4 tickets terugbetalen als ze "
    "langskomt? Bestelling hieronder.\nL.\n\n"
    + olhdr('TicketKassa <noreply@ticketkassa.be>', 'vrijdag 14 februari 2025 10:21',
            'toneel@sintpieterscollege.be', 'Bevestiging bestelling TK-20250214-0087') + "\n\n"
    "Bedankt voor je bestelling!\n\nVoorstelling: De Storm - Sint-Pieterscollege\nDatum: zaterdag 1 maart 2025, 20:00\n"
    "Bestelnummer: TK-20250214-0087\nTickets: 4 x volwassene (10,00 euro)\nPlaatsen: rij F, stoel 12-15\n"
    "Totaal: 40,00 euro\n\nToon je e-ticket (QR-code) aan de ingang.\n",
    cte='quoted-printable', rules=[],
    note='look-alike: forwarded ticket order with order number and seat numbers',
    fmt=['plain', 'forward', 'outlook-quote'])

# ==========================================================================
# C. general letters to all parents
# ==========================================================================
OUDERS = f'ouders@{SD}'

add('skireis-afspraken', S['tom'], [S['tom']], 'Skireis 5de jaar - afspraken en huisregels', '2025-01-23 19:30',
    blocks=[
        "Geachte ouders\nBeste leerling\n\nOver vijf weken vertrekken we met 58 leerlingen van het 5de jaar naar "
        "Obertauern. Om de week voor iedereen fijn en veilig te laten verlopen, zetten we de afspraken nog eens op een "
        "rij. Wij vragen u om ze samen met uw kind door te nemen.",
        "1. Vertrek en terugkeer\nVertrek: vrijdag 28 februari om 21u30 aan de parking van de school (aanwezig om 21u).\n"
        "Terugkeer: zondag 9 maart rond 8u00. De leerling wordt opgehaald aan de school of gaat met toestemming van de "
        "ouders alleen naar huis.",
        "2. Wat neemt uw kind mee?\nSkikledij, handschoenen, muts, zonnecrème, identiteitskaart (Kids-ID of eID), "
        "Europese ziekteverzekeringskaart, een kleine rugzak voor op de piste, bv. voor een drinkbus en een reep. "
        "Helmen zijn verplicht en worden ter plaatse gehuurd.",
        "3. Alcohol, roken en vapen\nAlcohol, drugs en vapes zijn tijdens de hele reis verboden, ook 's avonds in het "
        "dorp. Een leerling die zich hier niet aan houdt, kan na overleg met de directie op kosten van de ouders naar "
        "huis gestuurd worden.",
        "4. Gsm\nDe gsm mag mee, maar wordt om 22u30 per kamer ingezameld en 's morgens teruggegeven.",
        "5. Medicatie en gezondheid\nNeemt uw kind medicatie of heeft het een allergie? Vermeld dit op de medische "
        "fiche (zie aparte brief). Medicatie wordt in de originele verpakking meegegeven met de naam van de leerling "
        "erop.",
        "6. Contact tijdens de reis\nHet nummer van de permanentiegsm krijgt u in de laatste brief. Dagelijks zetten "
        "we een kort berichtje op Smartschool.",
        "Vragen? Mail gerust naar tom.holemans@sintpieterscollege.be.\n\nSportieve groeten\nHet begeleidersteam van "
        "de skireis",
    ],
    kind='alt', bcc=[f'ouders-5dejaar@{SD}'], rules=[],
    note='general: ski trip rules for every participant, numbered headings and "uw kind", group in Bcc',
    fmt=['alt', 'numbered-headings', 'bcc-group'])

add('skireis-tweede-schijf', S['rita'], [], 'Skireis: betaling tweede schijf', '2024-12-10 09:00',
    "Geachte ouders\n\nVoor de skireis van het 5de jaar (28 februari - 9 maart) vragen wij u om de tweede schijf "
    "van 395 euro te betalen vóór 31 januari.\n\nRekeningnummer: BE43 7340 1122 3301 (Sint-Pieterscollege vzw)\n"
    "Mededeling: Ski 2025 + naam en klas van de leerling\n\n"
    "Kan u dit bedrag niet in één keer betalen? Neem dan gerust discreet contact op met mevrouw Smets van de "
    "boekhouding. Een afbetaling is altijd bespreekbaar, en de ouderraad heeft een solidariteitsfonds zodat geen "
    "enkele leerling thuis moet blijven om financiële redenen.\n\n"
    "Bij annulering na 1 februari wordt het voorschot enkel terugbetaald met een doktersattest (via de "
    "annuleringsverzekering van de groep).\n\nMet vriendelijke groeten\n\nRita Smets\nboekhouding\n",
    bcc=[f'ouders-5dejaar@{SD}'], cte='quoted-printable', rules=['personal_data'],
    note="general: payment call for all ski-trip parents with the school's IBAN; help offered to everybody, nobody singled out",
    fmt=['plain', 'qp', 'undisclosed', 'bcc-group'])

add('tweedehandswinkel-ouderraad', S['ingrid'], [OUDERS], 'Tweedehandswinkel uniformen en boeken - nieuwe uren',
    '2024-08-19 10:00',
    blocks=[
        "Beste ouders\n\nDe ouderraad opent opnieuw de tweedehandswinkel voor uniformen en schoolboeken.",
        ('table', [['Wanneer', 'Waar', 'Wat'],
                   ['zaterdag 31 augustus, 9u-12u', 'refter', 'verkoop uniformen en boeken'],
                   ['elke 1ste woensdag van de maand, 12u-13u', 'lokaal A003', 'uniformen (ruilen en kopen)'],
                   ['na de examens in juni', 'refter', 'boeken inleveren']]),
        "Prijzen: polo 5 euro, trui 10 euro, broek/rok 8 euro. Boeken: de helft van de nieuwprijs, als er niet in "
        "geschreven is met pen. Van de verkoopprijs gaat 80 % naar de verkoper, 20 % naar het solidariteitsfonds.\n\n"
        "Betalen kan cash of met de kaart.\n\nHartelijke groeten,\nIngrid Meulemans, namens de ouderraad",
    ],
    kind='alt', rules=['bcc'],
    note='general uniform-shop letter sent with the all-parents group address visible in To',
    fmt=['alt', 'html-table', 'group-to'])

add('medicatie-op-school', S['hilde'], [S['hilde']], 'Medicatie op school: zo werken we', '2024-09-05 16:15',
    "Geachte ouders\n\nGeregeld vragen ouders of wij medicatie aan hun kind kunnen geven. Hieronder leest u hoe dit "
    "op onze school loopt.\n\n"
    "Wat doen we wel?\n- Medicatie die een arts heeft voorgeschreven (bv. antibiotica, een puffer), als u het "
    "attest 'medicatie op school' laat invullen en ondertekenen door de arts.\n"
    "- De medicatie wordt in de originele verpakking bewaard op het secretariaat, met de naam van de leerling.\n\n"
    "Wat doen we niet?\n- Wij geven geen pijnstillers of koortswerende middelen (bv. paracetamol) zonder attest, ook "
    "niet als de leerling er zelf om vraagt.\n- Wij geven geen medicatie via een spuit of injectie, behalve in een "
    "noodsituatie met een afgesproken plan.\n\n"
    "Heeft uw kind een chronische aandoening (bv. diabetes, epilepsie, een ernstige allergie)? Neem dan contact op "
    "met de zorgcoördinator. Samen met u en het CLB maken we dan een afsprakenplan.\n\n"
    "Het attest vindt u op Smartschool > Documenten > Formulieren.\n\nMet vriendelijke groeten\n\n"
    "Hilde Goossens\nzorgcoördinator\n",
    bcc=[OUDERS], cte='quoted-printable', rules=[],
    note='general medication procedure for all parents ("uw kind", examples), no individual pupil',
    fmt=['plain', 'qp', 'bcc-group'])

add('privacyverklaring', S['info'], ['undisclosed-recipients:;'], 'Privacyverklaring Sint-Pieterscollege 2024-2025',
    '2024-09-02 08:00', None, kind='html', bcc=[OUDERS],
    html_body=('<html><head><meta charset="utf-8"><title>Privacyverklaring</title></head>'
               '<body style="font-family:Verdana,sans-serif;font-size:10pt;color:#222">'
               '<h2 style="color:#1F4E79">Privacyverklaring</h2>'
               '<p>Geachte ouders</p><p>Bij de start van het schooljaar informeren wij u over hoe wij omgaan met de '
               'persoonsgegevens van uw kind en uw gezin.</p>'
               '<h3>1. Wie is verantwoordelijk?</h3><p>Het schoolbestuur Leuvense Katholieke Scholen aan de Dijle vzw. '
               'Onze functionaris voor gegevensbescherming bereikt u via privacy@lksd.ksleuven.be.</p>'
               '<h3>2. Welke gegevens verwerken wij?</h3><ul>'
               '<li>identificatiegegevens van de leerling en de ouders (naam, adres, e-mailadres)</li>'
               '<li>het rijksregisternummer van de leerling (verplicht voor de inschrijving bij de overheid)</li>'
               '<li>studieresultaten, attesten en verslagen van de klassenraad</li>'
               '<li>gegevens over de gezondheid, enkel wanneer dat nodig is voor de begeleiding en met uw medeweten</li>'
               '<li>financiële gegevens die nodig zijn voor de schoolrekening</li></ul>'
               '<h3>3. Met wie delen wij gegevens?</h3><p>Met het CLB, met het departement Onderwijs en, bij een '
               'schoolverandering, met de nieuwe school (tenzij u zich daartegen verzet).</p>'
               '<h3>4. Beeldmateriaal</h3><p>Voor het publiceren van foto\'s vragen we uw toestemming via Smartschool. '
               'U kan die toestemming altijd intrekken.</p>'
               '<h3>5. Uw rechten</h3><p>U hebt recht op inzage, verbetering en in bepaalde gevallen wissing. Richt uw '
               'vraag aan de directie.</p><p>Met vriendelijke groeten<br>De directie</p></body></html>'),
    cte='quoted-printable', rules=[],
    note='general privacy statement listing categories of data (mentions the national number as a category, no number)',
    fmt=['html', 'numbered-headings', 'undisclosed', 'bcc-group'])

add('examenrooster-december-2de-graad', S['ingrid'], [S['ingrid']], 'Examenrooster december - 2de graad',
    '2024-11-22 15:40',
    blocks=[
        "Beste ouders\nBeste leerlingen van de 2de graad\n\nHieronder vindt u het examenrooster. De examens beginnen "
        "telkens om 8u30. Na het laatste examen mogen de leerlingen naar huis (met toestemming op de leerlingenkaart).",
        ('table', [['Datum', '3de jaar', '4de jaar', 'Lokaal'],
                   ['ma 9/12', 'Nederlands', 'Wiskunde', 'B204 / sporthal'],
                   ['di 10/12', 'Wiskunde', 'Frans', 'sporthal'],
                   ['wo 11/12', 'Geschiedenis (tot 10u)', 'Biologie (tot 10u)', 'B204 / B206'],
                   ['do 12/12', 'Frans', 'Nederlands', 'sporthal'],
                   ['vr 13/12', 'Engels', 'Fysica', 'sporthal'],
                   ['ma 16/12', 'Biologie', 'Engels', 'B204 / B206'],
                   ['di 17/12', 'inhaalexamens', 'inhaalexamens', 'A103']]),
        "Is uw kind ziek tijdens een examen? Verwittig dan vóór 8u30 het secretariaat en bezorg een doktersattest. "
        "Het examen wordt ingehaald op dinsdag 17/12.\n\nLeerlingen met faciliteiten (bv. extra tijd, vergroot "
        "lettertype) krijgen een aparte planning van de zorgcoördinator.\n\nVeel succes!\nIngrid Meulemans",
    ],
    kind='alt', bcc=[f'ouders-2degraad@{SD}'], rules=[],
    note='general exam timetable with room numbers and dates; look-alike numbers only',
    fmt=['alt', 'html-table', 'bcc-group'])

add('tickets-de-storm', S['liesbeth'], [S['liesbeth']], "Tickets schooltoneel 'De Storm'", '2025-02-03 18:00',
    "Beste ouders\n\nOp vrijdag 28 februari en zaterdag 1 maart speelt onze toneelgroep 'De Storm', vrij naar "
    "Shakespeare. Meer dan 40 leerlingen van het 1ste tot het 6de jaar staan op of achter de scène.\n\n"
    "Tickets: https://spc.ticketkassa.be (10 euro volwassenen, 6 euro -12 jaar)\n"
    "Aanvang: 20u, feestzaal, deuren open om 19u15\n\n"
    "Speelt uw kind mee? Dan kan u voor de generale repetitie op donderdag 27 februari gratis binnen met twee "
    "personen; uw kind krijgt daarvoor een kaartje mee.\n\nDe opbrengst gaat naar nieuwe belichting voor de feestzaal.\n\n"
    "Tot dan!\nLiesbeth Daems en de toneelploeg\n",
    bcc=[OUDERS], rules=[],
    note='general ticket announcement for the school play',
    fmt=['plain', 'bcc-group'])

add('antipestbeleid-faq', S['katrien'], [S['katrien']], 'Wat doen we als uw kind gepest wordt? (FAQ)', '2024-10-07 12:00',
    blocks=[
        "Beste ouders\n\nIn de week tegen pesten zetten we ons antipestbeleid nog eens in de kijker. Hieronder de vragen "
        "die we het vaakst krijgen.",
        "Mijn kind zegt dat het gepest wordt. Wat moet ik doen?\nNeem contact op met de titularis of met de "
        "leerlingbegeleider. Bewaar berichten of screenshots als het om online pesten gaat, maar reageer er niet zelf "
        "op bij de andere ouders.",
        "Wat doet de school dan?\nWe luisteren eerst naar uw kind. Daarna werken we meestal met de No Blame-aanpak: een "
        "steungroep van klasgenoten, zonder te straffen. Als het pesten niet stopt, volgen er wel maatregelen volgens "
        "het schoolreglement.",
        "Mijn kind wordt ervan beschuldigd te pesten. Wat nu?\nWe nodigen u uit voor een gesprek. Ook de leerling die "
        "pest krijgt begeleiding.",
        "Betrekt de school het CLB?\nAls dat nodig is, en altijd in overleg met u.",
        "Met vriendelijke groeten\nKatrien Wouters en Youssef El Amrani\nleerlingbegeleiding",
    ],
    kind='alt', bcc=[OUDERS], rules=[],
    note='general anti-bullying policy written as FAQ with "mijn kind", no individual case',
    fmt=['alt', 'faq', 'bcc-group'])

add('clb-wie-zijn-we', S['hilde'], [S['hilde']], 'Het CLB op onze school', '2024-09-09 14:00',
    "Beste ouders\n\nOnze school werkt samen met het Centrum voor Leerlingenbegeleiding (CLB) Leuven. Het CLB is "
    "onafhankelijk van de school en werkt gratis en discreet.\n\nBij het CLB kan u terecht voor:\n"
    "- vragen over leren en studeren (bv. studiekeuze, leerproblemen)\n- het welbevinden van uw kind\n"
    "- gezondheid en vaccinaties (bv. het medisch consult in het 1ste en 3de jaar)\n- schoolverzuim\n\n"
    "Onze CLB-anker is Annelies Mertens. Zij is elke dinsdag op school (lokaal A012).\n"
    "CLB Leuven, vestiging Aarschot, tel. 016 56 71 20, annelies.mertens@clb-leuven.be\n\n"
    "U kan ook rechtstreeks met het CLB contact opnemen, zonder de school te verwittigen.\n\n"
    "Met vriendelijke groeten\nHilde Goossens, zorgcoördinator\n",
    bcc=[OUDERS], rules=['personal_data'],
    note='general CLB information page for all parents; contains the CLB office phone number',
    fmt=['plain', 'bcc-group'])

add('skireis-info-een-ouder', S['tom'], [who('Saskia Verhoeven', par('daan'))], 'RE: info skireis', '2024-11-14 20:12',
    "Beste mevrouw Verhoeven,\n\nHieronder nog eens de info die in november met de brief meeging:\n\n"
    "- periode: 28 februari (vertrek 's avonds) tot 9 maart 2025\n- bestemming: Obertauern (Oostenrijk), gastenhuis "
    "met halfpension\n- prijs: 745 euro (voorschot 350, tweede schijf 395)\n- inbegrepen: bus, verblijf, skipas, "
    "huur ski's en helm, lessen, verzekering\n- niet inbegrepen: zakgeld (wij raden 40 à 50 euro aan)\n\n"
    "Inschrijven kan nog tot 29 november via het strookje of via Smartschool > Formulieren. Uw zoon mag natuurlijk "
    "ook als beginner mee, er zijn lesgroepen per niveau.\n\nMet sportieve groeten\nTom Holemans\n\n"
    "Op wo 13 nov 2024 om 21:40 schreef Saskia Verhoeven <verhoeven.saskia@telenet.be>:\n"
    + gt("Goedenavond, wij zijn de brief over de skireis kwijt. Kan u de info nog eens sturen? Onze zoon heeft nog "
         "nooit geskied, kan hij toch mee?\nSaskia"),
    rules=[],
    note='general ski-trip information re-sent to one parent on request; nothing individual or sensitive',
    fmt=['plain', 'reply', 'list'])

add('herinnering-schoolrekening', S['rita'], [S['rita']], 'Herinnering schoolrekening 1ste trimester', '2025-01-15 08:30',
    "Geachte ouders\n\nVolgens onze gegevens staat de schoolrekening van het 1ste trimester bij een aantal gezinnen nog "
    "open. Hebt u intussen betaald? Dan mag u deze herinnering als onbestaande beschouwen.\n\n"
    "Betalen kan via overschrijving op BE43 7340 1122 3301 met de gestructureerde mededeling die op uw rekening "
    "staat (bv. +++000/0000/00000+++), of via domiciliëring.\n\n"
    "Hebt u vragen over de rekening of lukt betalen even niet? Neem discreet contact op met Rita Smets "
    "(rita.smets@sintpieterscollege.be). Samen zoeken we een oplossing, bv. een afbetalingsplan.\n\n"
    "Met vriendelijke groeten\nDe directie\n",
    bcc=[OUDERS], rules=['personal_data'],
    note="general invoice reminder to all parents with the school IBAN and a placeholder payment reference; not about one family",
    fmt=['plain', 'bcc-group'])

add('voyage-ski-parents-fr', S['nathalie'], [S['nathalie']], 'Voyage de ski 5e année - résumé en français',
    '2025-01-24 18:05',
    "Chers parents,\n\nPour les familles francophones, voici un résumé de la lettre sur le voyage de ski.\n\n"
    "- Départ : vendredi 28 février à 21h30, parking de l'école (présence à 21h).\n"
    "- Retour : dimanche 9 mars vers 8h.\n"
    "- Votre enfant emporte : vêtements de ski, gants, bonnet, crème solaire, carte d'identité et carte européenne "
    "d'assurance maladie.\n"
    "- Alcool, tabac et vapes sont interdits pendant tout le voyage. Un élève qui ne respecte pas cette règle peut "
    "être renvoyé à la maison aux frais des parents.\n"
    "- Médicaments : indiquez-les sur la fiche médicale, dans l'emballage d'origine.\n"
    "- Le GSM est remis aux professeurs à 22h30.\n\n"
    "Pour toute question, vous pouvez m'écrire en français.\n\nBien cordialement,\nNathalie Wuyts\n",
    bcc=[f'ouders-5dejaar@{SD}'], rules=[], lang='fr',
    note='general: French summary of the ski trip rules for all French-speaking parents',
    fmt=['plain', 'list', 'bcc-group'])

add('medication-procedure-en', S['hilde'], [S['hilde']], 'Medication at school - summary in English', '2024-09-06 10:00',
    "Dear parents,\n\nFor families who do not (yet) read Dutch, here is a short summary of how we handle medication "
    "at school.\n\n1. We only give medication prescribed by a doctor, with the form 'medication at school' signed by "
    "the doctor.\n2. Please hand in the medication in its original box, with your child's name on it.\n"
    "3. We do not give painkillers (e.g. paracetamol) without this form, not even if your child asks for it.\n"
    "4. Does your child have a chronic condition (e.g. diabetes, epilepsy, a severe allergy)? Please contact our care "
    "coordinator, Mrs Goossens, so we can make an action plan together.\n\n"
    "The form is on Smartschool > Documents > Forms.\n\nKind regards,\nHilde Goossens\nCare coordinator\n",
    bcc=[OUDERS], rules=[], lang='en',
    note='general medication procedure in English for all international families',
    fmt=['plain', 'numbered-list', 'bcc-group'])

add('welkom-eerste-jaar-faq', S['directie'], [S['directie']], 'Welkom in het 1ste jaar - praktische FAQ',
    '2024-08-29 11:00',
    blocks=[
        "Beste ouders van onze nieuwe eerstejaars\n\nMaandag is het zover! Hieronder de vragen die we elk jaar krijgen.",
        "Hoe laat begint de eerste schooldag?\nOm 8u25 op de speelplaats. Uw kind gaat met de titularis mee naar de "
        "klas. Om 12u10 is de eerste dag gedaan.",
        "Mijn kind is ziek, wat nu?\nBel vóór 8u30 naar het secretariaat (016 57 31 40) of meld de afwezigheid via "
        "Smartschool. Vanaf 4 dagen afwezigheid is een doktersattest nodig.",
        "Moet mijn kind een uniform dragen?\nJa: een donkerblauwe polo of trui met het schoollogo. Tweedehands kan in "
        "de winkel van de ouderraad.",
        "Waar vind ik de boekenlijst?\nOp Smartschool > Documenten. De boeken worden in de klas uitgedeeld.",
        "Wat als mijn kind een zorgvraag heeft (bv. dyslexie)?\nBezorg het verslag of attest aan de zorgcoördinator. "
        "We bekijken samen welke maatregelen nodig zijn.",
        "Met vriendelijke groeten\nBart Vandenbroeck, directeur",
    ],
    kind='alt', bcc=[f'ouders-1stejaar@{SD}'], rules=['personal_data'],
    note="general welcome FAQ for all first-year parents ('mijn kind', 'bv.'); the school's phone number is in it",
    fmt=['alt', 'faq', 'bcc-group'])

add('robotica-inschrijving-2des', S['pieter'], [f'klas-2a@{SD}', f'klas-2b@{SD}', f'klas-2c@{SD}', f'klas-2d@{SD}'],
    'Robotica-club: inschrijven tot vrijdag!', '2024-09-18 10:40',
    "Hallo 2des!\n\nDe robotica-club start woensdag 2 oktober (13u-15u, STEM-lokaal B108). We bouwen dit jaar een "
    "robot voor de First Lego League en leren werken met de 3D-printers.\n\nInschrijven: via het formulier op "
    "Smartschool, vóór vrijdag. Max. 16 plaatsen, wie eerst komt...\nKostprijs: 25 euro voor het hele jaar "
    "(komt op de schoolrekening).\n\nTot woensdag?\nMeneer Verbist\n",
    rules=['bcc'],
    note='general club announcement with four class group addresses visible in To',
    fmt=['plain', 'group-to'])

add('oproep-vrijwilligers-3b', S['ingrid'], [f'ouders-3b@{SD}'], 'Oproep: helpende handen voor de quiz van 3B',
    '2025-03-14 20:00',
    "Beste ouders van 3B\n\nDe klas organiseert op 5 april een quiz ten voordele van de reis naar Parijs. We zoeken nog "
    "ouders die willen helpen aan de bar (2 uur), een dessert willen bakken of prijzen kunnen regelen.\n\n"
    "Inschrijven kan via het formulier: https://forms.office.com/e/spc3bquiz\n\nAlvast bedankt!\n"
    "Ingrid Meulemans, namens de ouderraad\n",
    rules=['bcc'],
    note='general call for volunteers with the class parents group address visible in To',
    fmt=['plain', 'group-to'])

add('gsm-vrije-school', S['directie'], [S['directie']], 'Vanaf januari: gsm-vrije school', '2024-12-18 16:30',
    "Geachte ouders\n\nVanaf maandag 6 januari is onze school gsm-vrij tijdens de schooluren, ook op de speelplaats en "
    "in de refter. Dat werd besproken in de schoolraad en de leerlingenraad.\n\n"
    "Wat betekent dat voor uw kind?\n- De gsm staat uit en zit in de boekentas of het kastje.\n"
    "- Een leraar kan de gsm in de les laten gebruiken voor een opdracht (bv. een quiz of een foto voor een project).\n"
    "- Wie de gsm toch gebruikt, geeft hem af en haalt hem om 16u op bij de opvoeders. De tweede keer moet een "
    "ouder hem komen halen.\n\nMoet u uw kind dringend bereiken? Bel naar het secretariaat.\n\n"
    "Met vriendelijke groeten\nDe directie\n",
    bcc=[OUDERS], rules=[],
    note='general phone policy letter ("uw kind", examples)',
    fmt=['plain', 'list', 'bcc-group'])

add('reglement-afwezig-examens', S['ingrid'], [S['ingrid']], 'Afwezig tijdens de examens - wat zegt het schoolreglement?',
    '2025-05-26 09:30',
    "Beste ouders\n\nMet de examens in aantocht herhalen we wat het schoolreglement zegt over afwezigheden.\n\n"
    "4.2 Afwezigheid tijdens examens\n"
    "4.2.1 De leerling die ziek is tijdens een examen, bezorgt altijd een medisch attest, ook als de afwezigheid "
    "maar één dag duurt.\n"
    "4.2.2 De ouders verwittigen het secretariaat vóór 8u30.\n"
    "4.2.3 De klassenraad beslist of en wanneer het examen wordt ingehaald.\n"
    "4.2.4 Een afwezigheid om een andere reden (bv. een familiale gebeurtenis) wordt vooraf aan de directie gevraagd.\n\n"
    "4.3 Attesten die niet aanvaard worden\nEen attest dat een dag na het examen wordt opgemaakt en enkel vermeldt "
    "'volgens de ouders ziek', of een attest waarvan de datum gewijzigd is, wordt niet aanvaard.\n\n"
    "Het volledige reglement staat op de website.\n\nMet vriendelijke groeten\nIngrid Meulemans\nadjunct-directeur\n",
    bcc=[OUDERS], cte='quoted-printable', rules=[],
    note='general rule-book excerpt with numbered articles about "de leerling", no individual',
    fmt=['plain', 'qp', 'numbered-headings', 'bcc-group'])

add('fw-busuren-skireis', S['ingrid'], [S['ingrid']], 'Busuren skireis + opstapplaats', '2025-02-20 17:10',
    "Geachte ouders\n\nHieronder de bevestiging van de busmaatschappij. Let op: de bus vertrekt een half uur later dan "
    "eerst gecommuniceerd.\n\nMet vriendelijke groeten\nIngrid Meulemans\n\n"
    + fwdhdr('Autocars Demeyer <planning@autocarsdemeyer.be>', 'do 20 feb 2025 om 14:02',
             'Bevestiging rit Aarschot - Obertauern', 'ingrid.meulemans@sintpieterscollege.be') + "\n"
    "Geachte mevrouw Meulemans\n\nHierbij bevestigen wij de rit:\n\nHeenreis: vrijdag 28/02, vertrek 22u00 parking "
    "Sint-Pieterscollege, Leuvensesteenweg, Aarschot\nTerugreis: zaterdag 08/03, vertrek 20u00 Obertauern, aankomst "
    "zondag 09/03 tussen 7u30 en 8u30\nBussen: 2 dubbeldekkers (nrs. 14 en 22), 4 chauffeurs\n\n"
    "Bagage: 1 reiskoffer + 1 handbagage per persoon, ski's worden ter plaatse gehuurd.\n\n"
    "Met vriendelijke groeten\nPlanning Autocars Demeyer\n",
    bcc=[f'ouders-5dejaar@{SD}'], rules=[],
    note='general: forwarded bus company confirmation for all ski-trip parents (times, bus numbers), group in Bcc',
    fmt=['plain', 'forward', 'gmail-forward', 'bcc-group'])

add('clb-hpv-vaccinatie', S['hilde'], [S['hilde']], 'Vaccinatie 1ste jaar - info van het CLB', '2024-10-14 13:00',
    "Beste ouders van het 1ste jaar\n\nIn november komt het CLB naar school voor de vaccinaties van het 1ste jaar "
    "(HPV, twee dosissen met een half jaar ertussen). Deze vaccinatie is gratis en niet verplicht.\n\n"
    "Uw kind krijgt deze week een toestemmingsformulier mee. Wilt u het ondertekend terug meegeven, ook als u niet "
    "wil dat uw kind gevaccineerd wordt?\n\nHeeft uw kind al een vaccin gekregen bij de huisarts? Vermeld dat dan op "
    "het formulier.\n\nMeer info: www.clb-leuven.be/vaccinaties\n\nMet vriendelijke groeten\nHilde Goossens\n",
    bcc=[f'ouders-1stejaar@{SD}'], rules=[],
    note='general CLB vaccination information for the whole first year',
    fmt=['plain', 'bcc-group'])

add('schooltoeslag-info', S['rita'], [S['rita']], 'Heeft u recht op een schooltoeslag?', '2024-10-02 12:30',
    blocks=[
        "Beste ouders\n\nDe schooltoeslag is een bedrag dat gezinnen jaarlijks krijgen om de schoolkosten te helpen "
        "betalen. De meeste gezinnen krijgen hem automatisch, maar niet allemaal.",
        ('ul', ['Uw kind moet ingeschreven zijn en voldoende aanwezig zijn (niet meer dan 30 halve dagen '
                'problematische afwezigheid).',
                'Het gezinsinkomen mag een bepaald bedrag niet overschrijden.',
                'De toeslag wordt uitbetaald door uw uitbetaler van het Groeipakket (bv. Fons, Kidslife, Infino, '
                'MyFamily, Parentia).']),
        "Hebt u nog niets ontvangen terwijl u denkt dat u er recht op hebt? Neem contact op met uw uitbetaler. Het "
        "secretariaat helpt u graag bij het invullen.\n\nMet vriendelijke groeten\nRita Smets\nboekhouding",
    ],
    kind='alt', bcc=[OUDERS], rules=[],
    note='general information on the school allowance for all families, no family singled out',
    fmt=['alt', 'html-list', 'bcc-group'])

add('veilig-online-wachtwoorden', S['kevin'], [S['kevin']], 'Veilig online: 5 tips voor uw kind', '2025-02-10 19:00',
    "Geachte ouders\n\nNaar aanleiding van Safer Internet Day geven we graag vijf tips mee.\n\n"
    "1. Kies een sterk wachtwoord: bv. drie losse woorden met een cijfer ertussen. Gebruik nooit de naam van de hond.\n"
    "2. Deel nooit je wachtwoord, ook niet met je beste vriend(in). De school vraagt nooit een wachtwoord via mail of "
    "Smartschool.\n"
    "3. Zet tweestapsverificatie aan op sociale media.\n"
    "4. Klik niet op links in berichten die dringend zeggen dat je account geblokkeerd wordt.\n"
    "5. Wachtwoord vergeten? Gebruik de knop 'Wachtwoord vergeten' of kom naar het ICT-lokaal.\n\n"
    "Bespreek dit gerust samen met uw kind.\n\nKevin Lemmens\nICT-coördinator\n",
    bcc=[OUDERS], rules=[],
    note='look-alike general letter: password advice for all parents, no password given',
    fmt=['plain', 'numbered-list', 'bcc-group'])

add('infosessie-skireis-zoom', S['tom'], [S['tom']], 'Online infosessie skireis - dinsdag 20u', '2024-11-04 18:00',
    "Geachte ouders\n\nWie niet naar de infoavond op school kon komen, kan dinsdag 12 november om 20u online deelnemen.\n\n"
    "Zoom-vergadering: https://us06web.zoom.us/j/84522107731\nVergadering-ID: 845 2210 7731\nToegangscode: 552190\n\n"
    "We overlopen het programma, de kostprijs, de verzekering en de medische fiche. Vragen kan u via de chat stellen.\n\n"
    "Met sportieve groeten\nTom Holemans\n",
    bcc=[f'ouders-5dejaar@{SD}'], rules=[],
    note='meeting passcode: general invitation to an online information session with a Zoom meeting id and passcode',
    fmt=['plain', 'zoom-invite', 'bcc-group'])

add('medische-fiche-skireis', S['tom'], [S['tom']], 'Medische fiche skireis invullen vóór 1 februari', '2025-01-10 12:15',
    "Geachte ouders\n\nWij vragen u om vóór 1 februari de medische fiche voor de skireis in te vullen via Smartschool > "
    "Formulieren. De fiche is vertrouwelijk en wordt enkel door de begeleiders gelezen.\n\n"
    "Op de fiche vragen we bv. naar allergieën, medicatie, een dieet en of uw kind gezwommen of geskied heeft. "
    "Vermeld ook het telefoonnummer waarop u tijdens de reis bereikbaar bent.\n\nNa de reis worden de fiches "
    "vernietigd.\n\nMet sportieve groeten\nTom Holemans\n",
    bcc=[f'ouders-5dejaar@{SD}'], rules=[],
    note='general request to fill in the medical form, no individual data',
    fmt=['plain', 'bcc-group'])

add('oudercontact-een-ouder', S['els'], [who('Liesbet Wouters', par('jens'))], 'Oudercontact 20 december',
    '2024-12-09 17:30',
    "Beste ouder\n\nOp vrijdag 20 december is er oudercontact van 16u tot 20u. U kan vanaf vandaag een tijdstip "
    "reserveren via Smartschool > Oudercontact. Elk gesprek duurt 10 minuten.\n\nU kan zowel de titularis als de "
    "vakleerkrachten spreken. Het rapport wordt die dag om 12u30 meegegeven.\n\nMet vriendelijke groeten\n"
    "Els Vermeulen\ntitularis 3A\n",
    rules=[],
    note='general parent-evening invitation sent to one parent, same text as for every parent',
    fmt=['plain'])

# ==========================================================================
# D. sensitive mails about one pupil or family
# ==========================================================================
S['an'] = who('An Devos', f'an.devos@{SD}')

add('verslag-klassenraad-3b', S['an'],
    [S['els'], S['koen'], S['nathalie'], S['ahmed'], S['griet'], S['joris']], cc=[S['hilde']],
    subj='Verslag begeleidende klassenraad 3B - 17/12', date='2024-12-18 21:34',
    blocks=[
        "Beste collega's van 3B,\n\nHieronder het verslag van gisteren. Sorry voor de lengte, we hebben lang over een "
        "paar leerlingen gepraat. Opmerkingen of aanvullingen graag tegen vrijdag, daarna zet ik het in het LVS.",
        "Aanwezig: A. Devos (tit.), E. Vermeulen, K. Luyten, N. Wuyts, A. Bouzid, J. De Smedt, H. Goossens (zorg), "
        "A. Mertens (CLB), G. Vanhove (verliet de vergadering bij de individuele bespreking, "
        "ouder van een leerling in deze klas - afspraak directie)",
        "1. Algemeen\nRustige klas, werkt goed mee in de lessen wiskunde en geschiedenis. Veel vergeten taken in Frans. "
        "De klas vraagt een planning van de toetsen in de week vóór de krokus. Voorstel: gespreide toetsen via de "
        "toetsenkalender op Smartschool.",
        "2. Individuele bespreking",
        ('table', [['Leerling', 'Bespreking', 'Afspraken / wie'],
                   ['Lore', 'Resultaten sterk gedaald sinds oktober. Mama is op 9/10 overleden. Lore zegt dat het '
                            'gaat, maar huilt vaak in de les Nederlands. Papa heeft weinig tijd (werkt in ploegen).',
                    'CLB volgt op (Annelies), gesprek met papa in januari. Geen herexamen-druk: klassenraad beslist in juni '
                    'met oog op de situatie.'],
                   ['Wout', 'Heeft zich opnieuw gesneden (gezien door LO, zie LVS 3/12). Wil niet dat ouders het '
                            'weten. Zit in begeleiding bij Youssef.',
                    'Youssef + CLB, ouders worden na overleg met Wout deze week ingelicht.'],
                   ['Imane', 'Goede resultaten. Rekening 1ste trimester en de uitstap naar Brussel nog niet betaald, '
                             'volgens mama kan het pas na de nieuwe job van papa.',
                    'Rita neemt discreet contact op, afbetalingsplan voorstellen. NIET in de klas aankaarten.'],
                   ['Yusuf', 'Attest dyslexie binnen sinds november (logopedist). Leest traag, veel fouten bij '
                             'vraagstukken.',
                    'STICORDI: extra tijd (+1/3), voorleessoftware bij toetsen, geen spellingsfouten aanrekenen bij '
                    'andere vakken. Hilde maakt de fiche.'],
                   ['Hanne', 'Prima, geen opmerkingen.', '-'],
                   ['Kobe', 'Praat veel, Frans onvoldoende (42%).', 'Remediëring Frans op donderdagmiddag.'],
                   ['Klaas', 'Sterk trimester.', '-']]),
        "3. Volgende klassenraad: 18 maart, 16u, B204.\n\nGroetjes\nAn",
        ('sig', 'An Devos\ntitularis 3B - leerkracht Nederlands'),
    ],
    kind='alt', rules=['sensitive'], cats={'sensitive': ['family', 'psychosocial', 'financial', 'medical', 'care']},
    about=['lore', 'wout', 'imane', 'yusuf', 'hanne', 'kobev', 'klaas'],
    note='class-council minutes with a table row per pupil by first name: a mother\'s death, renewed self-harm, unpaid bills, a dyslexia certificate and care measures',
    fmt=['alt', 'html-table', 'minutes'])

add('fw-medicatie-milan-lo', S['youssef'], [S['jonas']], 'FW: RE: Milan 4C', '2024-10-21 09:05',
    "Jonas,\n\nTer info voor LO en zeker voor het zwemmen volgende week, zie de mail van de mama onderaan. Ik heb het "
    "ook in het LVS gezet. Niet verder doorsturen aub.\n\nY.\n\n"
    + olhdr('Youssef El Amrani <youssef.elamrani@sintpieterscollege.be>', 'vrijdag 18 oktober 2024 15:40',
            'an.boeckx@telenet.be', 'RE: Milan 4C') + "\n\n"
    "Beste mevrouw Boeckx,\n\nBedankt om ons dit te laten weten. Ik breng de collega's die het moeten weten op de "
    "hoogte. Kan u de instructies van het ziekenhuis (wat te doen bij een nieuwe aanval) aan het secretariaat "
    "bezorgen?\n\nMet vriendelijke groeten\nYoussef El Amrani\nleerlingbegeleider\n\n"
    + olhdr('An Boeckx <an.boeckx@telenet.be>', 'vrijdag 18 oktober 2024 12:17',
            'Youssef El Amrani <youssef.elamrani@sintpieterscollege.be>', 'Milan 4C') + "\n\n"
    "Beste meneer El Amrani,\n\nMilan heeft twee weken geleden thuis een aanval gehad, hij was een paar minuten buiten "
    "bewustzijn en heeft daarna uren geslapen. Na de onderzoeken in Gasthuisberg neemt hij nu elke ochtend en avond "
    "medicatie (Keppra). De neuroloog zegt dat hij voorlopig niet alleen mag zwemmen en niet te lang naar een scherm "
    "mag kijken als hij moe is.\n\nHij schaamt zich er wat voor, dus liefst niet in de klas vertellen.\n\n"
    "Vriendelijke groeten\nAn Boeckx\n",
    cte='quoted-printable', rules=['sensitive'], cats={'sensitive': ['medical']}, about=['milan'],
    note="counsellor forwards a colleague a thread whose quoted bottom mail from the mother tells of a seizure and daily medication",
    fmt=['plain', 'forward', 'outlook-quote', 'nested'])

add('re-ophalen-nour', S['dirk'], [S['youssef']], 'Re: Nour 1A - ophalen', '2024-11-08 12:52',
    "ok, ik laat haar vanaf maandag in de studie wachte tot mama er is. Zeg ik ook tegen de collegas van de "
    "middagtoezicht\n\nDirk\n\n" + IPHONE + "\n\n"
    "> Op 8 nov. 2024 om 12:31 heeft Youssef El Amrani <youssef.elamrani@sintpieterscollege.be> het volgende "
    "geschreven:\n>\n"
    + gt("Dirk,\n\nNour (1A) mag vanaf nu NIET meer door haar papa opgehaald worden. Er is sinds vrijdag een "
         "contactverbod, mama brengt maandag een kopie van de beschikking binnen. Als hij aan de poort staat: niet "
         "meegeven, hem vriendelijk vragen te wachten en mij of Bart bellen.\n\nY."),
    rules=['sensitive'], cats={'sensitive': ['family']}, about=['nour'],
    note='short phone reply between colleagues; the quoted mail says a father is barred from contact with his daughter',
    fmt=['plain', 'reply', 'mobile', 'short'])

add('jd-4b-pleeggezin', S['hgo'], [S['joris']], 'J.D. 4B', '2024-10-30 13:27',
    blocks=[
        "Hoi Joris,\n\nKort, zodat je het weet als titularis: J.D. verblijft sinds maandag in een pleeggezin in "
        "Rillaar. De adreswijziging loopt via het secretariaat; stuur aub geen post of briefjes meer mee naar het adres "
        "van mama.\n\nZij weet dat jij het weet, verder niemand in de klas. Ze wil het zelf vertellen aan wie ze wil.",
        "Als ze afwezig is, bel je het pleeggezin (nummer in Smartschool bij 'contacten').\n\nHilde",
    ],
    kind='alt', rules=['sensitive'], cats={'sensitive': ['family']}, about=['jente'],
    note='care coordinator tells the class teacher, with initials + class only, that a pupil now lives with a foster family',
    fmt=['alt', 'short'])

add('iac-beslissing-sami', S['hilde'], [who('Latifa Haddouchi', par('sami'))], cc=[S['clb']],
    subj='Beslissing klassenraad - aangepast traject Sami', date='2025-01-28 16:45',
    blocks=[
        "Beste mevrouw Haddouchi,\n\nZoals besproken op het MDO van 21 januari heeft de klassenraad beslist dat Sami "
        "vanaf februari een individueel aangepast curriculum volgt voor wiskunde en Frans. Dat betekent:",
        ('ul', ['hij werkt voor die vakken aan eigen doelen, op basis van het verslag van het CLB;',
                'hij krijgt geen cijfer maar een beschrijvend rapport voor die vakken;',
                'op het einde van het schooljaar krijgt hij een attest van verworven bekwaamheden in plaats van een '
                'oriënteringsattest;',
                'de ondersteuner van het ondersteuningsnetwerk komt elke dinsdag 2 lesuren in de klas.']),
        "Mevrouw Mertens van het CLB staat in kopie; zij bespreekt met u de mogelijkheden voor volgend schooljaar.\n\n"
        "Met vriendelijke groeten",
        ('sig', 'Hilde Goossens\nzorgcoördinator\nSint-Pieterscollege Aarschot\nT 016 57 31 42'),
    ],
    kind='alt', rules=['sensitive', 'bcc', 'personal_data'], cats={'sensitive': ['care']}, about=['sami'],
    note='care coordinator informs a mother of an individual adapted curriculum, CLB in Cc (two external addresses visible); phone in signature',
    fmt=['alt', 'html-list', 'signature'])

add('afbetalingsplan-robbe', S['rita'], [who('Marleen Vissers', par('robbe'))], 'Afbetalingsplan schoolrekening Robbe',
    '2025-02-05 11:20',
    "Beste mevrouw Vissers\n\nZoals telefonisch besproken bevestig ik het afbetalingsplan voor de openstaande "
    "schoolrekeningen van Robbe (1ste trimester en uitstap, samen 360 euro):\n\n"
    "- 120 euro vóór 15 februari\n- 120 euro vóór 15 maart\n- 120 euro vóór 15 april\n\n"
    "Rekeningnummer BE43 7340 1122 3301, mededeling: 'afbetaling Vissers Robbe 1D'.\n\n"
    "De volgende rekening (2de trimester) schuiven we op tot mei. Als er iets verandert in uw situatie, laat het "
    "gerust weten; niemand anders op school krijgt deze informatie.\n\nMet vriendelijke groeten\nRita Smets\n"
    "boekhouding\n",
    rules=['sensitive', 'personal_data'], cats={'sensitive': ['financial']}, about=['robbe'],
    note="accountant confirms a payment plan for a family's unpaid school bills with the IBAN; correctly addressed",
    fmt=['plain', 'list'])

add('ocmw-rekeningen-kabeya', S['rita'], [who('Sarah De Bruyn', 'sarah.debruyn@leuven.be')],
    'Openstaande schoolrekeningen fam. Kabeya', '2025-03-03 10:05',
    "Beste mevrouw De Bruyn\n\nIn bijlage de openstaande schoolrekeningen van Glody (1C) en Divine (3A) Kabeya, zoals "
    "afgesproken met mevrouw Kabeya en met u tijdens ons telefoongesprek. Het gaat in totaal om 684,20 euro.\n\n"
    "Het OCMW mag rechtstreeks storten op BE43 7340 1122 3301 met vermelding 'Kabeya OCMW'. Voor de skireis van "
    "volgend jaar hoeft u nog niets te doen.\n\nMet vriendelijke groeten\nRita Smets\nboekhouding Sint-Pieterscollege\n",
    attach=[('openstaand_kabeya.csv', 'text', 'csv',
             "Leerling;Klas;Omschrijving;Bedrag\r\nGlody Kabeya;1C;Schoolrekening trimester 1;186,40\r\n"
             "Glody Kabeya;1C;Schoolrekening trimester 2;172,10\r\nDivine Kabeya;3A;Schoolrekening trimester 1;"
             "201,90\r\nDivine Kabeya;3A;Uitstap Brussel;45,00\r\nDivine Kabeya;3A;Werkboeken Frans;78,80\r\n"
             "Totaal;;;684,20\r\n".encode())],
    rules=['sensitive', 'personal_data'], cats={'sensitive': ['financial']}, about=['glody', 'divine'],
    note='accountant sends the OCMW social worker the unpaid bills of one family (csv attachment) with the IBAN; the OCMW pays',
    fmt=['mixed', 'csv-attachment'])

add('re-re-groepschat-emma', S['katrien'], [who('Bart Lenaerts', par('emma'))], 'RE: RE: berichten groepschat',
    '2024-11-19 17:20',
    "Beste meneer Lenaerts,\n\nVandaag hebben we met Emma gesproken, samen met haar titularis. Ze heeft verteld wat er "
    "de voorbije weken in de groepschat van de klas gebeurde en dat het ook op de speelplaats doorgaat (uitlachen, "
    "haar boterhammen afpakken). Ze was opgelucht dat ze het mocht zeggen.\n\n"
    "We starten deze week met een steungroep van vier klasgenoten (No Blame). We straffen niemand in deze fase, maar "
    "we volgen het dagelijks op. Binnen twee weken bel ik u om te horen hoe het thuis gaat.\n\n"
    "Met vriendelijke groeten\nKatrien Wouters\nleerlingbegeleider\n\n"
    + olhdr('Bart Lenaerts <bart.lenaerts@telenet.be>', 'maandag 18 november 2024 22:08',
            'Katrien Wouters <katrien.wouters@sintpieterscollege.be>', 'RE: berichten groepschat') + "\n\n"
    "Mevrouw Wouters,\n\nIk stuur u hierbij nog 3 screenshots. Emma wil niet meer naar school en zit 's avonds alleen op "
    "haar kamer. Ik wil dat hier nu iets aan gedaan wordt.\n\nBart Lenaerts\n\n"
    + olhdr('Katrien Wouters <katrien.wouters@sintpieterscollege.be>', 'maandag 18 november 2024 12:45',
            'Bart Lenaerts <bart.lenaerts@telenet.be>', 'RE: berichten groepschat') + "\n\n"
    "Beste meneer Lenaerts, dank voor uw mail. Ik spreek Emma morgen tijdens het 2de lesuur. Groeten, Katrien Wouters\n",
    cte='quoted-printable', rules=['sensitive'], cats={'sensitive': ['psychosocial']}, about=['emma'],
    note="counsellor replies to a father about his daughter being bullied, with his earlier mails quoted; correctly addressed",
    fmt=['plain', 'reply', 'outlook-quote', 'nested'])

add('kleedkamer-filmpjes-2a', S['youssef'], [S['dorien']], 'kleedkamer 2A', '2025-01-16 15:58',
    "Dorien,\n\nIk heb vandaag de vier jongens gehoord. Volgens de getuigen zijn Kobe VD en Arne de drijvende kracht "
    "achter het uitlachen van Seppe in de kleedkamer en de filmpjes die rondgingen. Arne heeft het filmpje gemaakt, "
    "Kobe heeft het in de groep gezet. Seppe zelf wil vooral dat het stopt en wil niet dat zijn ouders 'er een "
    "zaak van maken'.\n\nVoorstel: morgen herstelgesprek met de drie, daarna bellen we alle ouders. Kan jij in het 5de "
    "uur? Tom weet ervan (LO).\n\nY.\n",
    rules=['sensitive'], cats={'sensitive': ['psychosocial']}, about=['kobe', 'arne', 'seppe'],
    note='counsellor tells the class teacher which two pupils bullied a third one in the changing room (perpetrators and victim named)',
    fmt=['plain'])

add('signalen-ev-5c-clb', S['hilde'], [S['clb']], 'E.V. (5C) - zorgwekkende signalen', '2024-11-13 11:32',
    blocks=[
        "Dag Annelies,\n\nIk had je gisteren al kort gebeld. Voor het dossier de samenvatting:",
        ('ul', ['tijdens LO (8/11) zag de leerkracht verse snijwonden op beide onderarmen; E. draagt al weken lange '
                'mouwen, ook tijdens het sporten;',
                'ze heeft sinds oktober vier keer de les verlaten met "hoofdpijn";',
                'een vriendin kwam bezorgd melden dat E. \'s nachts berichten stuurt dat ze "het niet meer ziet zitten".']),
        "E. heeft gisteren met Katrien gepraat en wil dat het CLB betrokken wordt, maar wil eerst zelf met mama praten. "
        "Kan jij haar donderdag zien? Ze heeft dan een springuur om 10u.",
        ('sig', 'Hilde Goossens\nzorgcoördinator\n' + SCHOOL_SIG),
    ],
    kind='alt', rules=['sensitive', 'personal_data'], cats={'sensitive': ['psychosocial']}, about=['elise'],
    note='care coordinator reports self-harm signals of a pupil identified by initials + class to the CLB; school phone in signature',
    fmt=['alt', 'html-list', 'signature'])

add('dringend-fien-4d', S['katrien'], [S['bart'], S['hilde']], 'DRINGEND Fien 4D', '2025-03-06 08:41',
    "Bart, Hilde\n\nEen vriendin van Fien (4D) kwam net met een screenshot: Fien schreef gisteravond om 23u in een "
    "privéchat dat ze 'er niet meer wil zijn' en dat 'niemand het zou merken'. Ik heb Fien uit de les gehaald, ze zit "
    "nu bij mij. Ze is rustig maar praat weinig.\n\nMama is verwitigd en komt haar om 10u halen, ze heeft een "
    "afspraak bij de huisarts vanmiddag. Ik verwittig het CLB.\n\nKatrien\n\n" + OLIOS + "\n",
    rules=['sensitive'], cats={'sensitive': ['psychosocial']}, about=['fien'],
    note='urgent internal mail from a phone about a pupil who wrote she no longer wants to live (no clinical keyword)',
    fmt=['plain', 'mobile'])

add('re-marie-2d-afwezig', S['youssef'], [S['clb']], 'RE: Marie L. 2D - afwezigheden', '2025-01-22 16:12',
    "Dag Annelies,\n\nUpdate na de kerstvakantie: Marie was sinds 6 januari nog maar drie volle dagen op school. Mama "
    "vertelt dat ze 's morgens buikpijn krijgt zodra ze aan school denkt en niet in de auto wil stappen. Op de dagen "
    "dat ze er is, gaat het eigenlijk goed in de klas.\n\nKunnen we een MDO plannen met mama, de titularis en jou? "
    "Ik stel dinsdag 4/2 om 15u30 voor.\n\nGroeten\nYoussef\n\n"
    + olhdr('Annelies Mertens <annelies.mertens@clb-leuven.be>', 'maandag 16 december 2024 09:20',
            'Youssef El Amrani <youssef.elamrani@sintpieterscollege.be>', 'Marie L. 2D - afwezigheden') + "\n\n"
    "Dag Youssef,\n\nIk zag in Discimus dat Marie (2D) al 11 halve dagen problematisch afwezig is. Zullen we na de "
    "vakantie samen zitten als het niet beter wordt? Ik heb mama al een brief gestuurd.\n\nAnnelies\nCLB-anker\n",
    cte='quoted-printable', rules=['sensitive'], cats={'sensitive': ['psychosocial', 'care']}, about=['marie'],
    note='counsellor and CLB discuss a pupil refusing to come to school and plan an MDO; earlier CLB mail quoted',
    fmt=['plain', 'reply', 'outlook-quote'])

add('examens-apart-lokaal-jasper', S['hgo'], [S['stijn'], S['lotte_j'], S['bram'], S['nathalie']],
    'examens Jasper H. 6C', '2024-12-04 10:00',
    "Beste collega's,\n\nVoor de examens van december: Jasper H. (6C) legt al zijn examens af in lokaal A012 "
    "(zorglokaal), samen met twee leerlingen van het 5de. Hij mag na elk examen tien minuten buiten. Hij is sinds de "
    "zomer in begeleiding bij een psycholoog voor zijn faalangst; vorig jaar is hij twee keer weggelopen tijdens een "
    "examen.\n\nGraag de examens vóór 8u15 in A012 leggen. Vragen van Jasper tijdens het examen mogen via de "
    "toezichter.\n\nDank u\nHilde\n",
    rules=['sensitive'], cats={'sensitive': ['psychosocial', 'care']}, about=['jasper_h'],
    note="care coordinator tells the exam teachers that a pupil has therapy for exam anxiety and gets a separate room",
    fmt=['plain'])

_xlsm = b'PK\x03\x04' + b'\x14\x00\x06\x00\x08\x00' + b'[Content_Types].xml' + b'\x00' * 64 + b'xl/vbaProject.bin' + b'\x00' * 128
add('deelnemerslijst-verzekering-ski', S['tom'], [who('Evelien Dupont', 'evelien@snowschoolreizen.be')],
    'Deelnemerslijst + medische info (verzekering)', '2025-02-12 21:55',
    blocks=[
        "Dag Evelien,\n\nHierbij de deelnemerslijst voor de annulerings- en bijstandsverzekering. Jullie vroegen "
        "geboortedatum en rijksregisternummer, en de medische info voor het ter plaatse hulpteam. De volledige lijst "
        "(58 leerlingen) zit in de bijlage, hieronder de leerlingen met een medische opmerking.",
        ('table', [['Naam', 'Klas', 'Geboortedatum', 'Rijksregisternr.', 'Medisch'],
                   ['Lien Dockx', '5B', '14/03/2008', '08.03.14-226.31', 'notenallergie, EpiPen (2 stuks mee)'],
                   ['Ilias Ait Lahcen', '5A', '02/09/2008', '08.09.02-163.47', 'diabetes type 1, insulinepomp'],
                   ['Mauro Vranckx', '5D', '27/11/2007', '07.11.27-305.82', 'astma, puffer'],
                   ['Roos Thys', '5B', '19/06/2008', '08.06.19-114.06', 'lactose-intolerant'],
                   ['Warre Claessens', '5A', '05/01/2008', '08.01.05-287.59', 'pols 2023 gebroken, geen beperkingen']]),
        "Het macro-bestand rekent de premie per leerling uit (jullie sjabloon van vorig jaar).\n\nGroeten\nTom",
    ],
    kind='alt', attach=[('deelnemers_skireis_2025.xlsm', 'application', 'vnd.ms-excel.sheet.macroEnabled.12', _xlsm)],
    rules=['sensitive', 'personal_data', 'attachment'], cats={'sensitive': ['medical']},
    about=['lien', 'ilias', 'mauro', 'roos', 'warre'],
    note="teacher sends the travel agency a table of pupils' dates of birth, national numbers and medical conditions plus a macro-enabled workbook",
    fmt=['mixed', 'alt', 'html-table', 'xlsm-attachment'])

add('sarah-6d-zwanger', S['lotte_j'], [S['bart'], S['hilde']], 'gesprek Sarah M. (6D)', '2025-01-09 16:35',
    "Bart, Hilde,\n\nSarah M. kwam vandaag na de les bij mij. Ze is 14 weken zwanger, de vader is een jongen van "
    "buiten de school. Haar mama weet het sinds de kerstvakantie en steunt haar. Ze wil absoluut haar diploma halen.\n\n"
    "De bevalling is voorzien eind juni, dus midden in de examens. Ze vroeg of de stage in april kan aangepast worden "
    "(geen tilwerk in het rusthuis). Kunnen we dit bespreken op het zorgoverleg van dinsdag? Ze wil niet dat de klas "
    "het al weet.\n\nLotte\n",
    rules=['sensitive'], cats={'sensitive': ['medical']}, about=['sarah'],
    note='class teacher tells direction and care coordinator that a pupil (first name + initial + class) is pregnant',
    fmt=['plain'])

add('fw-mail-mama-lucas', S['grace'], [S['sarahj'], S['ahmed'], S['agnieszka'], S['tom']],
    'FW: Lucas - nieuws na de testen', '2024-10-10 12:05',
    "Collega's van 1C,\n\nTer info, zie mail van mama hieronder. Graag niet verder doorsturen en niet in de klas "
    "bespreken. Het is goed als hij vooraan zit en een 'beweegpauze' mag nemen (naar de gang, 2 min).\n\nGrace\n\n"
    + olhdr('An Verreydt <an.verreydt@telenet.be>', 'woensdag 9 oktober 2024 20:51',
            'Grace Kabongo <grace.kabongo@sintpieterscollege.be>', 'Lucas - nieuws na de testen') + "\n\n"
    "Dag mevrouw Kabongo,\n\nZoals beloofd op het oudercontact: de kinderneuroloog heeft na de testen ADHD "
    "vastgesteld bij Lucas. Hij start maandag met Rilatine (1 tablet 's morgens, 1 om 12u). Zou iemand op school kunnen "
    "opletten dat hij de tweede neemt? Die zit in zijn pennenzak.\n\nHet verslag bezorg ik aan de zorgcoördinator.\n\n"
    "Groeten\nAn Verreydt\n",
    cte='quoted-printable', rules=['sensitive'], cats={'sensitive': ['medical']}, about=['lucas'],
    note="class teacher forwards the mother's mail with an ADHD diagnosis and medication to the class's teachers",
    fmt=['plain', 'forward', 'outlook-quote'])

add('zoe-3d-politie-thuis', S['youssef'], [S['hilde'], S['bart']], 'Zoë 3D', '2025-02-17 10:14',
    blocks=[
        "Hilde, Bart,\n\nZoë kwam vanmorgen met een blauwe plek op haar wang. Na de eerste les is ze bij mij gekomen. Ze "
        "vertelde dat de politie vannacht bij hen thuis is geweest omdat haar stiefvader mama opnieuw had geslagen. Zij "
        "zelf is 'tussengekomen' en zo geraakt.",
        "Mama en de drie kinderen slapen sinds vannacht bij de oma in Begijnendijk. Mama belt me vanmiddag. Zoë wil "
        "vandaag op school blijven.",
        "Ik stel voor dat ik vandaag nog het CLB en het VK (vertrouwenscentrum) contacteer voor advies. Akkoord?",
        "Youssef",
    ],
    kind='alt', rules=['sensitive'], cats={'sensitive': ['family']}, about=['zoe'],
    note='counsellor informs care coordinator and principal of domestic violence at a pupil\'s home; the family now sleeps at the grandmother\'s',
    fmt=['alt'])

add('re-dylan-slaapt-in-les', S['katrien'], [S['agnieszka']], 'RE: Dylan 4C slaapt in de les', '2024-12-03 13:05',
    "Agnieszka,\n\nGoed dat je het meldt. Tussen ons: Dylan zijn papa zit sinds half november in de gevangenis in "
    "Leuven (het was in het nieuws, maar zonder naam). Dylan wil er niet over praten en slaapt slecht. Mama werkt "
    "'s nachts.\n\nMag ik vragen om hem wat te laten, hem niet aan te spreken voor de klas, en mij te verwittigen "
    "als het erger wordt? Het CLB is op de hoogte.\n\nKatrien\n\n"
    + olhdr('Agnieszka Nowak <agnieszka.nowak@sintpieterscollege.be>', 'dinsdag 3 december 2024 10:47',
            'Katrien Wouters <katrien.wouters@sintpieterscollege.be>', 'Dylan 4C slaapt in de les') + "\n\n"
    "Katrien, weet jij wat er met Dylan (4C) is? Hij slaapt al een week in mijn lessen chemie en doet niks meer. "
    "Ik wil hem niet straffen als er iets is. Agnieszka\n",
    rules=['sensitive'], cats={'sensitive': ['family']}, about=['dylan'],
    note="counsellor answers a teacher's question: the pupil's father is in prison; question quoted below",
    fmt=['plain', 'reply', 'outlook-quote'])

add('bent-5d-deze-week', S['youssef'], [S['bram'], S['nathalie'], S['lotte_j'], S['joris'], S['ann']],
    'Bent J. (5D) - deze week', '2024-10-14 07:50',
    blocks=[
        "Beste collega's van 5D,\n\nBent zijn oudere broer is zaterdagnacht verongelukt met de scooter op de "
        "Leuvensesteenweg. De afscheidsdienst is donderdag om 10u in de Sint-Rochuskerk. Bent komt ten vroegste maandag "
        "terug naar school.",
        ('ul', ['geen toetsen of taken deze en volgende week, we bekijken later wat moet ingehaald worden;',
                'de klas wordt vandaag in het 1ste uur door mij en de titularis ingelicht (de ouders gaven toestemming);',
                'wie naar de afscheidsdienst wil: laat het Ingrid weten voor de vervanging.']),
        "Als je merkt dat klasgenoten het moeilijk hebben: stuur ze gerust naar mij.\n\nYoussef",
    ],
    kind='alt', rules=['sensitive'], cats={'sensitive': ['family']}, about=['bent'],
    note="counsellor tells a pupil's teachers that his brother died in an accident (no word like 'death' in the subject)",
    fmt=['alt', 'html-list'])

add('re-rapport-beide-adressen-mila', S['sarahj'], [who('Tim Vercammen', par('mila', 2))],
    'RE: rapport en uitstap Mila', '2024-12-16 19:02',
    "Beste meneer Vercammen,\n\nBedankt voor uw mail. U hebt gelijk dat het rapport in oktober enkel naar het adres van "
    "mama ging; dat was een fout van ons. Volgens het vonnis dat we van beide ouders kregen, is de verblijfsregeling "
    "week om week en hebben jullie samen het ouderlijk gezag. We sturen het rapport van vrijdag dus naar beide "
    "adressen en u krijgt een eigen co-account.\n\n"
    "Voor de uitstap naar Planckendael volstaat de handtekening van één ouder. Mila mag in uw week gewoon met u naar "
    "huis na de uitstap.\n\nMet vriendelijke groeten\nSarah Janssens\ntitularis 2B\n\n"
    "Op zo 15 dec 2024 om 21:33 schreef Tim Vercammen <tim.vercammen@gmail.com>:\n"
    + gt("Mevrouw Janssens,\n\nAl twee keer heb ik via Mila moeten horen dat er een rapport was. Haar moeder geeft "
         "niets door sinds we uit elkaar zijn. Ik wil hetzelfde krijgen als zij.\nTim Vercammen"),
    rules=['sensitive'], cats={'sensitive': ['family']}, about=['mila'],
    note="class teacher answers a separated father about custody and double mailing of the report; correctly addressed",
    fmt=['plain', 'reply'])

add('heroriëntering-hamza-clb', S['els'], [S['clb']], cc=[S['hilde']],
    subj='vraag studiekeuzebegeleiding Hamza O. 3A', date='2025-03-25 17:45',
    body="Dag Annelies,\n\nDe klassenraad van gisteren adviseert voor Hamza O. (3A) een heroriëntering naar een meer "
    "praktische richting in het 4de jaar (hij haalt geen 50% voor de abstracte vakken, maar blinkt uit in STEM). De "
    "ouders staan er nog niet voor open, papa wil dat hij 'zoals zijn broer' verder studeert.\n\nKan het CLB een "
    "studiekeuzetraject opstarten en de ouders uitnodigen? Hamza zelf is er wel voor te vinden.\n\nGroeten\nEls\n"
    "titularis 3A\n",
    rules=['sensitive'], cats={'sensitive': ['care']}, about=['hamza'],
    note='class teacher asks the CLB to start a study-choice track after the class council advises redirection',
    fmt=['plain'])

add('clb-dossier-kacper-tienen', S['hilde'], [who('Jan Verheyden', 'jan.verheyden@clbtienen.be')],
    'Overdracht dossier Kacper W. (nu 2C bij ons)', '2024-09-20 14:10',
    "Beste collega,\n\nKacper W. is sinds 2 september bij ons ingeschreven in 2C; hij kwam van de Sint-"
    "Jorisschool in Tienen. Mama vertelde dat hij daar begeleid werd door jullie (logopedie, taalachterstand Nederlands, "
    "een begeleidingstraject rond concentratie).\n\nKunnen jullie het multidisciplinair dossier overdragen aan CLB "
    "Leuven (Annelies Mertens)? Mama heeft daarvoor geen bezwaar getekend.\n\nMet vriendelijke groeten\n"
    "Hilde Goossens, zorgcoördinator\n",
    rules=['sensitive'], cats={'sensitive': ['care']}, about=['kacper'],
    note="care coordinator asks a pupil's former CLB to transfer his guidance file (speech therapy, support track)",
    fmt=['plain'])

add('schooltoeslag-geweigerd-oliwia', S['rita'], [who('Ewa Kowalska', par('oliwia'))],
    "Oliwia's school bill - school allowance", '2025-02-19 10:40',
    "Dear Mrs Kowalska,\n\nYou asked me why Oliwia's school bill is still open. I have checked: you were counting on "
    "the school allowance (schooltoeslag) to pay it, but Fons refused it this year because Oliwia had more than 30 "
    "half days of unjustified absence last year. That is why 218.50 euro is still outstanding.\n\n"
    "What you can do:\n- you can lodge an objection with Fons if there were medical certificates that were not "
    "handed in;\n- we can spread the amount over 4 months.\n\nPlease let me know what you prefer. I am happy to help "
    "you fill in the objection form (in Dutch).\n\nKind regards,\nRita Smets\naccounts office\n",
    rules=['sensitive'], cats={'sensitive': ['financial']}, about=['oliwia'], lang='en',
    note="accountant explains in English to a mother that the family's school allowance was refused and the bill is open; correctly addressed",
    fmt=['plain', 'list'])
add('ordemaatregel-rayan', S['bart'], [who('Said Amrouch', par('rayan', 2))],
    'Ordemaatregel - Rayan Amrouch (4A)', '2025-02-05 15:30',
    blocks=[
        "Geachte heer Amrouch\n\nZoals telefonisch meegedeeld bevestig ik u hierbij de ordemaatregel voor uw zoon Rayan.",
        ('table', [['Datum feiten', 'Omschrijving', 'Maatregel'],
                   ['4 februari 2025, middagpauze', 'Rayan heeft een medeleerling na een discussie tegen de grond '
                    'geduwd en meermaals geschopt. Het is het derde incident met fysiek geweld dit schooljaar.',
                    'tijdelijke verwijdering uit de lessen op 6 en 7 februari, opvang op school met taken; '
                    'begeleidingscontract met de leerlingbegeleider']]),
        "Wij nodigen u en Rayan uit voor een gesprek op maandag 10 februari om 16u. Bij een volgend incident start de "
        "tuchtprocedure.\n\nMet vriendelijke groeten",
        ('sig', 'Bart Vandenbroeck\ndirecteur\n' + SCHOOL_SIG),
    ],
    kind='alt', rules=['sensitive', 'personal_data'], cats={'sensitive': ['psychosocial']}, about=['rayan'],
    note="principal confirms a disciplinary measure for violent behaviour to the pupil's father; phone in signature",
    fmt=['alt', 'html-table', 'signature'])

add('warre-val-piste', who('Tom Holemans', 'tom.holemans76@gmail.com'), [S['bart'], S['ingrid']],
    'Warre 5A gevallen', '2025-03-04 14:22',
    "Bart Ingrid\n\nWarre C (5A) is deze middag zwaar gevalen op de rode piste. Vermoedelijk pols gebroken en een "
    "lichte hersenschuding, hij was even buiten westen. Hij ligt in het ziekenhuis in Schwarzach voor observatie, "
    "Jonas is bij hem. Papa is verwittigd en rijdt morgen vroeg naar hier.\n\nVerzekering is verwittigd "
    "(dossiernr volgt). De rest van de groep is ok.\n\nik stuur van mijn gmail want schoolmail werkt hier niet op "
    "de wifi van het hotel\n\nTom\n\n" + ANDROID + "\n",
    rules=['sensitive', 'private_account'], cats={'sensitive': ['medical']}, about=['warre'],
    note='teacher on the ski trip reports a pupil\'s injury and hospital stay to the direction from his private Gmail',
    fmt=['plain', 'mobile', 'private-sender'])

add('febe-thuis-moeilijk', S['ahmed'], [S['sarahj'], S['dorien'], S['agnieszka'], S['mehmet']],
    'Febe 2C - even wat soepelheid', '2025-01-30 12:40',
    "Collega's,\n\nKorte vraag voor Febe (2C). Haar mama is opnieuw in behandeling (chemo, elke 3 weken) en papa "
    "werkt in ploegen, dus Febe zorgt 's avonds vaak voor haar twee kleine broertjes. Ze is moe en haar taken zijn "
    "niet altijd in orde. Kunnen jullie de komende weken wat soepel zijn met deadlines? Ze wil geen speciale "
    "behandeling in de klas, dus liefst discreet.\n\nMerci\nAhmed\n",
    rules=['sensitive'], cats={'sensitive': ['family']}, about=['febe'],
    note="class teacher asks colleagues for leniency because of the pupil's home situation (mother in treatment, caring for siblings)",
    fmt=['plain'])

add('fw-ine-eet-niet-clb-arts', S['katrien'], [who('dr. Kathleen Vos', 'kathleen.vos@clb-leuven.be')],
    'FW: Ine - bezorgd', '2025-02-26 11:48',
    "Dag dokter Vos,\n\nZoals afgesproken met Annelies stuur ik u de mail van de mama van Ine W. (5B) door. Van onze "
    "kant: Ine eet sinds de kerstvakantie niets meer in de refter (ze zit er wel, met een flesje water), ze is "
    "zichtbaar vermagerd en ze doet extreem veel aan sport. Haar resultaten zijn wel nog heel goed.\n\n"
    "Kan u haar oproepen voor een consult?\n\nVriendelijke groeten\nKatrien Wouters\nleerlingbegeleider\n\n"
    + olhdr('Katrien Wijns <wijns.katrien@telenet.be>', 'dinsdag 25 februari 2025 21:17',
            'Katrien Wouters <katrien.wouters@sintpieterscollege.be>', 'Ine - bezorgd') + "\n\n"
    "Mevrouw Wouters,\n\nWe maken ons grote zorgen over Ine. Ze is sinds de zomer 9 kilo afgevallen, weegt zich "
    "meerdere keren per dag en eet thuis alleen nog groenten. De huisarts spreekt van een beginnende eetstoornis en wil "
    "haar doorverwijzen. Ze is boos op ons als we erover beginnen. Kan de school mee opletten?\n\nKatrien Wijns\n",
    cte='quoted-printable', rules=['sensitive'], cats={'sensitive': ['medical', 'psychosocial']}, about=['ine'],
    note="counsellor forwards the CLB doctor a mother's mail about her daughter's weight loss and suspected eating disorder",
    fmt=['plain', 'forward', 'outlook-quote'])

add('ahmad-1d-brandoefening', S['youssef'], [S['grace'], S['sarahj'], S['mehmet'], S['tom']],
    'Ahmad 1D + brandoefening donderdag', '2024-10-22 08:30',
    "Beste collega's die les geven in 1D,\n\nDonderdag is er een brandoefening in het 3de lesuur. Ahmad R. is vorig "
    "jaar met zijn papa uit Afghanistan gevlucht en reageert heel heftig op plotse harde geluiden (vorige week kroop "
    "hij onder de bank toen er een stoel omviel). Wie hem donderdag in het 2de uur heeft: wil je hem op voorhand "
    "rustig vertellen dat het alarm gaat afgaan en dat het een oefening is?\n\nHij heeft sinds deze week gesprekken "
    "bij Solentra (hulp voor kinderen met oorlogstrauma).\n\nDank je\nYoussef\n",
    rules=['sensitive'], cats={'sensitive': ['psychosocial']}, about=['ahmad'],
    note="counsellor warns teachers about a refugee pupil's trauma reactions before a fire drill",
    fmt=['plain'])

add('kato-6b-medicatie', S['hilde'], [S['lotte_j'], S['stijn'], S['ann']], 'Kato P. (6B)', '2025-03-10 13:15',
    "Dag collega's,\n\nKato is vanaf vandaag terug op school na drie weken afwezigheid. Met haar toestemming: ze heeft "
    "een depressie en is gestart met medicatie op voorschrift van de psychiater. De eerste weken kan ze suf zijn of "
    "hoofdpijn hebben. Ze blijft in begeleiding (psycholoog, 1x per week op woensdagmiddag).\n\n"
    "Afspraken: de gemiste toetsen worden gespreid ingehaald (planning volgt), en als ze even de klas uit wil, mag ze "
    "naar het zorglokaal.\n\nHilde\n",
    rules=['sensitive'], cats={'sensitive': ['medical', 'psychosocial']}, about=['kato'],
    note='care coordinator tells teachers a pupil returns after depression and takes medication',
    fmt=['plain'])

_docm = b'PK\x03\x04' + b'\x14\x00\x06\x00\x08\x00' + b'word/document.xml' + b'\x00' * 48 + b'word/vbaProject.bin' + b'\x00' * 96
add('handelingsplan-jules', S['hilde'], [S['ahmed']], cc=[S['dorien']],
    subj='handelingsplan Jules (2C) - nieuwe versie', date='2024-10-04 15:02',
    body="Ahmed,\n\nIn bijlage de nieuwe versie van het handelingsplan voor Jules. Kort samengevat voor de collega's:\n\n"
    "- Jules heeft een autismespectrumstoornis (verslag van het COS, september 2023);\n"
    "- vaste plaats vooraan aan het raam, prikkelarm;\n"
    "- time-out kaart: hij mag 5 min naar het zorglokaal, zonder uitleg;\n"
    "- veranderingen in de planning (vervanging, ander lokaal) zo vroeg mogelijk aankondigen;\n"
    "- groepswerk: vaste rol, liefst met Stan.\n\n"
    "Het document is het sjabloon met de knoppen (macro's moet je toestaan bij het openen). Vul jij de rubriek "
    "'evaluatie' in vóór de klassenraad?\n\nHilde\n",
    attach=[('handelingsplan_Jules_2C.docm', 'application', 'vnd.ms-word.document.macroEnabled.12', _docm)],
    rules=['sensitive', 'attachment'], cats={'sensitive': ['medical', 'care']}, about=['jules'],
    note='care plan of a pupil with an autism diagnosis, summarised in the mail and attached as a macro-enabled Word file',
    fmt=['mixed', 'list', 'docm-attachment'])

add('voorschot-skireis-yasmine', S['tom'], [S['rita']], 'voorschot skireis Y.B.', '2024-11-29 16:18',
    "Rita,\n\nVan Yasmine B. (5C) hebben we nog steeds geen voorschot. Ik heb de papa gebeld: hij is sinds september "
    "zijn werk kwijt en mama werkt halftijds, ze kunnen het nu echt niet betalen. Yasmine weet niet dat ik gebeld "
    "heb.\n\nKan het solidariteitsfonds van de ouderraad bijspringen (350 euro voorschot, rest in schijven)? Liefst "
    "zonder dat Yasmine of de klas iets merkt.\n\nTom\n",
    rules=['sensitive'], cats={'sensitive': ['financial']}, about=['yasmine'],
    note="teacher asks the accountant for solidarity-fund help because a family cannot pay the ski-trip deposit (father lost his job)",
    fmt=['plain'])

add('fw-rune-leefgroep', S['hilde'], [S['an'], S['koen']], 'FW: Rune C. - verblijf leefgroep', '2025-01-14 09:40',
    "An, Koen,\n\nTer info (Rune zit bij jullie in de les Nederlands/aardrijkskunde; hij is van 3D). Zie bericht van de consulent "
    "hieronder. Vanaf nu komt hij met de bus uit Tienen, dus hij zal soms 10 minuten te laat zijn: niet als "
    "laatkomer noteren aub.\n\nHilde\n\n"
    + fwdhdr('Lien Verstraeten <lien.verstraeten@jeugdhulp-vlaamsbrabant.be>', 'ma 13 jan 2025 om 17:02',
             'Rune Coppens', 'hilde.goossens@sintpieterscollege.be', style='gmail-nl') + "\n"
    "Geachte mevrouw Goossens\n\nIk laat u weten dat Rune Coppens sinds woensdag 8 januari verblijft in leefgroep De "
    "Linde in Tienen, in opdracht van de jeugdrechter. Mama behoudt het ouderlijk gezag; bezoek is begeleid. Rune "
    "blijft op uw school ingeschreven. Mail, rapporten en uitnodigingen mogen naar mama én naar de leefgroep.\n\n"
    "Met vriendelijke groeten\nLien Verstraeten\nconsulent Ondersteuningscentrum Jeugdzorg\n016 24 87 30\n",
    cte='quoted-printable', rules=['sensitive', 'personal_data'], cats={'sensitive': ['family']}, about=['rune'],
    note="care coordinator forwards a youth-care consultant's mail: the pupil was placed in a residential group by the juvenile judge; phone in the quoted signature",
    fmt=['plain', 'forward', 'gmail-forward'])

add('oscar-panic-attack-en', S['ann'], [who('Emma Whitfield', par('oscar'))], 'Oscar - chemistry test today',
    '2025-03-13 16:05',
    "Dear Mrs Whitfield,\n\nI wanted to let you know that Oscar had another panic attack during the chemistry test this "
    "morning. He couldn't breathe properly for a few minutes and was very upset afterwards. Mrs Nowak took him to the "
    "care room, and he calmed down after about half an hour. He didn't want us to call you at work.\n\n"
    "As this is the third time since Christmas, we would like to invite you and Oscar for a meeting with our pupil "
    "counsellor, Mrs Wouters. Would Tuesday 18 March at 4 pm suit you?\n\nKind regards,\nAnn Willems\n"
    "form teacher 4A\n",
    rules=['sensitive'], cats={'sensitive': ['psychosocial']}, about=['oscar'], lang='en',
    note="form teacher tells an expat mother in English about her son's repeated panic attacks; correctly addressed",
    fmt=['plain'])

add('factures-theo-fr', S['rita'], [who('Pierre Lambert', par('theo'))], 'Factures scolaires de Théo', '2025-03-20 09:15',
    "Monsieur Lambert,\n\nSauf erreur de notre part, les factures du 1er et du 2e trimestre de Théo (2D) restent "
    "impayées, pour un total de 412,60 euros. Je sais par votre épouse que la situation est difficile depuis la "
    "fermeture de votre entreprise.\n\nNous pouvons vous proposer un plan de paiement (par exemple 6 x 70 euros). Le "
    "CPAS peut aussi intervenir ; l'assistante sociale peut prendre contact avec l'école si vous le souhaitez.\n\n"
    "Compte : BE43 7340 1122 3301 - communication : Lambert Théo 2D\n\nBien cordialement,\nRita Smets\n"
    "comptabilité\n",
    rules=['sensitive', 'personal_data'], cats={'sensitive': ['financial']}, about=['theo'], lang='fr',
    note="accountant writes to a French-speaking father about unpaid bills and his closed business, offering a payment plan; IBAN",
    fmt=['plain'])

add('fw-klassenraad-5c-thuis', S['nathalie'], [who('Nathalie Wuyts', 'nathalie.wuyts@skynet.be')],
    'TR: verslag klassenraad 5C (om thuis af te werken)', '2024-12-19 17:55',
    blocks=[
        "om thuis verder af te werken, laptop school blijft hier",
        ('quote', dict(frm='Nathalie Wuyts', sent='donderdag 19 december 2024 17:50', to='Nathalie Wuyts',
                       subj='verslag klassenraad 5C - concept'),
         ["Concept verslag klassenraad 5C (19/12)",
          ('table', [['Leerling', 'Bespreking', 'Actie'],
                     ['Elise', 'Vermoeid, trekt zich terug. Nieuwe wonden gezien (zie LVS). Begeleiding CLB loopt, '
                               'psycholoog vanaf januari.', 'Katrien volgt op. Geen extra toetsen in januari.'],
                     ['Yasmine', 'Goede punten. Voorschot skireis niet betaald (papa werkloos). Solidariteitsfonds '
                                 'komt tussen, Yasmine weet dat niet.', 'Tom / Rita'],
                     ['Jonas', 'Sterk trimester, geen opmerkingen.', '-'],
                     ['Nina', 'Vergeet vaak haar medicatie (Rilatine) in te nemen, zeer onrustig in de namiddag. '
                              'Mama gevraagd een tweede doos op school te laten.', 'Hilde belt mama.']]),
          "Afspraak volgende klassenraad: maart."]),
    ],
    kind='alt', rules=['sensitive', 'private_account'],
    cats={'sensitive': ['psychosocial', 'financial', 'medical', 'care']}, about=['elise', 'yasmine', 'jonasc', 'nina'],
    note="class teacher forwards her draft class-council minutes (self-harm, unpaid trip, medication) to her own private mailbox",
    fmt=['alt', 'forward', 'html-table', 'self-forward'])

add('aster-foto-snapchat', who('Els Vermeulen', 'els.vermeulen.73@gmail.com'), [S['katrien']],
    'Aster 3A (van mijn privémail sorry)', '2025-02-04 21:48',
    "Katrien,\n\nSorry dat ik van mijn privémail stuur, mijn schoolaccount wil niet openen op mijn laptop thuis.\n\n"
    "Aster M. (3A) kwam vandaag na de laatste les wenend bij mij. Een foto van haar in haar ondergoed, die ze in "
    "vertrouwen naar een jongen van het 4de had gestuurd, gaat sinds het weekend rond op Snapchat. Ze durft morgen "
    "niet naar school te komen en wil niet dat haar papa het weet. Ik heb haar gezegd dat ik het aan jou zou "
    "doorgeven.\n\nKan jij haar morgen zo vroeg mogelijk zien? Ik weet niet of we de politie moeten verwittigen.\n\n"
    "Els\n",
    rules=['sensitive', 'private_account'], cats={'sensitive': ['psychosocial']}, about=['aster'],
    note='class teacher writes from her private Gmail to the counsellor about a pupil whose intimate photo is being shared',
    fmt=['plain', 'private-sender'])

add('epipen-sophie-en', S['sarahj'], [who('Olivia Brown', par('sophie'))], 'Sophie - EpiPen and the school trip',
    '2025-04-02 14:30',
    "Dear Mrs Brown,\n\nThank you for bringing in Sophie's EpiPen and the action plan from the allergist. For the trip "
    "to Planckendael on 10 April:\n\n- I will carry one EpiPen and Sophie will have the second one in her backpack;\n"
    "- the lunch is a packed lunch from home, so there is no risk from the catering;\n"
    "- the accompanying teachers know what to do in case of a reaction to nuts.\n\n"
    "Could you also sign the medication form (attached on Smartschool)?\n\nBest regards,\nSarah Janssens\n"
    "form teacher 1B\n",
    rules=['sensitive'], cats={'sensitive': ['medical']}, about=['sophie'], lang='en',
    note="form teacher confirms allergy and EpiPen arrangements to the pupil's own mother, in English",
    fmt=['plain', 'list'])

# ==========================================================================
# E. misdirected: about pupil X, sent only to the parents of pupil Y
# ==========================================================================
add('puffer-lotte-autocomplete', S['sarahj'], [who('An Peeters', par('jasper'))], 'Puffer Lotte', '2025-03-19 15:48',
    "Beste mevrouw Peeters,\n\nLotte had vandaag tijdens LO opnieuw een astma-aanval en haar puffer bleek leeg te "
    "zijn. Mevrouw Claes heeft haar opgevangen tot het beter ging, ze is daarna gewoon terug naar de les gekomen.\n\n"
    "Zou u een nieuwe puffer kunnen meegeven en het medicatieattest laten vernieuwen door de huisarts? Het huidige "
    "attest liep af in januari.\n\nMet vriendelijke groeten\nSarah Janssens\ntitularis 2B\n",
    rules=['sensitive'], cats={'sensitive': ['medical']}, about=['lotte'], mis=True,
    note="misdirected: autocomplete picked the wrong Mrs Peeters (mother of a 4th-year boy) for a mail about Lotte (2B)'s asthma attack",
    fmt=['plain'])

add('lina-gedrag-biologie', S['dorien'], [who('Sabine Vermeiren', par('lina_v'))], 'Lina - les biologie vandaag',
    '2025-02-12 16:30',
    "Beste mevrouw Amrani,\n\nIk moet u helaas laten weten dat Lina vandaag in de les biologie een klasgenote heeft "
    "uitgescholden en haar schrift heeft verscheurd. Het is de derde keer deze maand dat het uit de hand loopt. "
    "Toen ik haar na de les aansprak, begon ze te huilen en zei ze dat het 'thuis ook niet leuk is'.\n\n"
    "Ik heb het doorgegeven aan de leerlingbegeleider. Zou u eens langs willen komen voor een gesprek?\n\n"
    "Met vriendelijke groeten\nDorien Aerts\nleerkracht biologie 2A-2B\n",
    rules=['sensitive'], cats={'sensitive': ['psychosocial']}, about=['lina_a'], mis=True,
    note="misdirected: two pupils called Lina in 2B; the mail greets Mrs Amrani about her daughter's behaviour but goes to the other Lina's mother",
    fmt=['plain'])

add('re-uitstap-brussel-verkeerde-draad', S['els'], [who('Hilde Dierckx', par('mats'))], 'RE: uitstap Brussel',
    '2024-11-27 20:41',
    "Beste mevrouw,\n\nIn verband met de resultaten van Jens: hij heeft 8/20 voor de toets geschiedenis over de "
    "Franse Revolutie. Hij mag die herkansen op dinsdag 3 december tijdens de middag (lokaal A104). Wil u hem helpen "
    "om hoofdstuk 3 nog eens door te nemen? De samenvatting staat op Smartschool.\n\nMet vriendelijke groeten\n"
    "Els Vermeulen\n\n"
    + olhdr('Hilde Dierckx <hilde.dierckx@proximus.be>', 'maandag 25 november 2024 19:02',
            'Els Vermeulen <els.vermeulen@sintpieterscollege.be>', 'uitstap Brussel') + "\n\n"
    "Dag mevrouw Vermeulen, moet Mats voor de uitstap naar Brussel een lunchpakket meenemen of eten ze daar? En hoe laat "
    "zijn ze terug? Groeten, Hilde Dierckx\n",
    rules=[], about=['jens'], mis=True,
    note="misdirected (not sensitive): teacher answers in the wrong mail thread, so a test result of Jens goes to the mother of Mats",
    fmt=['plain', 'reply', 'outlook-quote'])

add('fw-clb-verslag-arthur', S['youssef'], [who('Dirk Mertens', par('elias'))], 'FW: resultaten onderzoek Arthur (1C)',
    '2025-01-31 11:25',
    "Beste meneer Maes,\n\nZoals beloofd op het gesprek van dinsdag stuur ik u hieronder de samenvatting van het CLB "
    "door. Mevrouw Mertens belt u volgende week voor een afspraak.\n\nMet vriendelijke groeten\nYoussef El Amrani\n"
    "leerlingbegeleider\n\n"
    + olhdr('Annelies Mertens <annelies.mertens@clb-leuven.be>', 'donderdag 30 januari 2025 16:10',
            'Youssef El Amrani <youssef.elamrani@sintpieterscollege.be>', 'resultaten onderzoek Arthur (1C)') + "\n\n"
    "Dag Youssef,\n\nKorte samenvatting voor de ouders van Arthur: het onderzoek toont een gemiddeld "
    "redeneervermogen, maar een opvallend zwakke verwerkingssnelheid en grote moeite met rekenen, ook met "
    "hulpmiddelen. We adviseren een bijkomend onderzoek naar dyscalculie bij een logopedist. In afwachting stellen "
    "we voor dat hij een rekenmachine en formulekaart mag gebruiken (STICORDI) en dat hij twee uur per week "
    "remediëring krijgt.\n\nAnnelies\n",
    cte='quoted-printable', rules=['sensitive'], cats={'sensitive': ['care']}, about=['arthur'], mis=True,
    note="misdirected: forward meant for Arthur's father Dirk Maes went to Dirk Mertens (father of a 5th-year pupil) via first-name autocomplete; CLB assessment in the quoted part",
    fmt=['plain', 'forward', 'outlook-quote'])

add('rekeningen-tibo-collega', S['rita'], [who('Griet Vanhove', par('klaas'))], 'Overzicht rekeningen Tibo (1A)',
    '2025-02-24 14:02',
    blocks=[
        "Beste mevrouw Vanhoof,\n\nZoals gevraagd het overzicht van de openstaande rekeningen van Tibo. Het OCMW "
        "betaalt vanaf maart de helft rechtstreeks; voor de rest houden we het afbetalingsplan van 40 euro per maand "
        "aan.",
        ('table', [['Omschrijving', 'Bedrag', 'Status'],
                   ['Schoolrekening trimester 1', '194,30', 'open'],
                   ['Werkboeken', '86,00', 'open'],
                   ['Uitstap Technopolis', '24,00', 'betaald (OCMW)']]),
        "Storten kan op BE43 7340 1122 3301 met vermelding 'Vanhoof Tibo 1A'.\n\nMet vriendelijke groeten",
        ('sig', 'Rita Smets\nboekhouding'),
    ],
    kind='alt', rules=['sensitive', 'personal_data'], cats={'sensitive': ['financial']}, about=['tibo'], mis=True,
    note="misdirected: bills of Tibo Vanhoof (1A) sent to colleague Griet Vanhove, who is on the roster as mother of Klaas (3B); IBAN",
    fmt=['alt', 'html-table'])

add('herkansing-frans-ella', S['nathalie'], [who('Koen Vanroy', par('finn'))], 'Examen Frans Ella',
    '2025-01-08 18:10',
    "Beste meneer Van Roey,\n\nU vroeg naar het examen Frans van Ella. Ze behaalde 9/20; vooral het onderdeel "
    "schrijven liep mis (ze had de opdracht verkeerd begrepen). Ze mag het schrijfgedeelte herkansen op woensdag 22 "
    "januari om 13u in lokaal B110.\n\nMet vriendelijke groeten\nNathalie Wuyts\n",
    rules=[], about=['ella'], mis=True,
    note="misdirected (not sensitive): exam result of Ella Van Roey (4D) sent to Mr Vanroy, father of another pupil, after autocomplete on a look-alike surname",
    fmt=['plain'])

add('vechtpartij-adam', S['dirk'], [who('Mohammed El Idrissi', par('yassin'))], "Adam - bagarre sur la cour aujourd'hui",
    '2024-10-17 15:55',
    "Monsieur El Idrissi,\n\nAdam s'est battu aujourd'hui pendant la pause de midi avec un garçon de 1B. Il lui a "
    "donné un coup de poing au nez après une provocation. C'est déjà la deuxième fois ce mois-ci qu'Adam réagit aussi "
    "violemment quand il est fâché. Il restera mercredi après-midi à l'école et nous allons faire avec lui une carte "
    "d'engagements.\n\nPourriez-vous en parler avec lui à la maison ?\n\nCordialement,\nDirk Van Damme\n"
    "éducateur 1er degré\n",
    rules=['sensitive'], cats={'sensitive': ['psychosocial']}, about=['adam'], mis=True, lang='fr',
    note="misdirected, in French: a mail about Adam El Idrissi (1A)'s aggressive behaviour went to the father of Yassin El Idrissi (5B), an unrelated family",
    fmt=['plain'])
add('re-kamerverdeling-rome', S['stijn'], [who('Inge Heylen', par('jarne'))], 'RE: kamerverdeling Rome',
    '2025-04-09 23:12',
    "Beste mevrouw Goossens,\n\nZoals ik u daarnet telefonisch liet weten: Thibault werd vanavond op de kamer betrapt "
    "met sterke drank. Hij was dronken en werd agressief tegen mijn collega toen die de fles wilde afnemen. Volgens "
    "de afspraken in het reisreglement komt hij morgen vroeger terug met de trein van 9u10; meneer Goossens haalt hem "
    "op in Brussel-Zuid. Na de reis volgt een gesprek met de directie.\n\nMet vriendelijke groeten\nStijn Maes\n\n"
    + IPHONE + "\n\n"
    "Op 7 apr. 2025 om 18:20 heeft Inge Heylen <inge.heylen@telenet.be> het volgende geschreven:\n\n"
    + gt("Dag meneer Maes, Jarne vraagt of hij bij Thibault en Wout op de kamer mag in Rome. Is dat nog mogelijk? "
         "Groetjes, Inge Heylen"),
    rules=['sensitive'], cats={'sensitive': ['psychosocial']}, about=['thibault'], mis=True,
    note="misdirected: late-night phone reply in the wrong thread; the mail about Thibault's drinking incident goes to the mother of his classmate Jarne",
    fmt=['plain', 'reply', 'mobile'])

add('rappel-factures-camille-fr', S['rita'], [who('Marie Dubuisson', par('louise'))], 'Troisième rappel - factures Camille',
    '2025-04-22 10:30',
    "Monsieur Dubois,\n\nMalgré nos deux rappels précédents, les factures de Camille (3D) pour les 1er et 2e trimestres "
    "(356,40 euros) restent impayées, et nous n'avons pas eu de réponse à notre proposition de plan de paiement.\n\n"
    "Je vous prie de prendre contact avec moi avant le 6 mai. Sans réaction, la direction devra transmettre le dossier "
    "à notre bureau de recouvrement, ce que nous voudrions éviter.\n\nBien cordialement,\nRita Smets\ncomptabilité\n",
    rules=['sensitive'], cats={'sensitive': ['financial']}, about=['camille'], mis=True, lang='fr',
    note="misdirected, in French: third reminder about the Dubois family's unpaid bills sent to Mrs Dubuisson, mother of a 4C pupil",
    fmt=['plain'])

add('allergic-reaction-sophie-wrong-olivia', S['sarahj'], [who('Olivia Bruyninckx', par('lucasb'))],
    'Sophie - small reaction at lunch', '2025-05-06 13:20',
    "Dear Olivia,\n\nJust to let you know that Sophie had a mild allergic reaction at lunch today: hives on her arms and "
    "an itchy throat after she swapped a cookie with a classmate. We gave her the antihistamine from the action plan "
    "and she was fine after twenty minutes, so the EpiPen was not needed. She is back in class.\n\nMaybe you can "
    "remind her again not to swap food?\n\nBest,\nSarah Janssens\n",
    rules=['sensitive'], cats={'sensitive': ['medical']}, about=['sophie'], mis=True, lang='en',
    note="misdirected, in English: autocomplete on the mother's first name Olivia sent Sophie Brown's allergic reaction to another Olivia",
    fmt=['plain'])

add('afspraken-mdo-rk-3c', S['koen'], [who('Lies Segers', par('pauline'))], 'Afspraken na het MDO - R.K. (3C)',
    '2025-02-20 17:25',
    "Beste mevrouw,\n\nHierbij de afspraken die we dinsdag op het MDO hebben gemaakt voor R.K. (3C):\n\n"
    "1. Remediëring wiskunde op maandag en donderdag (8ste lesuur).\n"
    "2. Het CLB start een onderzoek naar een mogelijke leerstoornis; u krijgt daarvoor een uitnodiging.\n"
    "3. Tot dan: extra tijd bij toetsen en een formularium.\n"
    "4. Evaluatie op de klassenraad van maart.\n\n"
    "Mag ik u vragen het document op Smartschool te ondertekenen?\n\nVriendelijke groeten\nKoen Luyten\ntitularis 3C\n",
    rules=['sensitive'], cats={'sensitive': ['care']}, about=['rania'], mis=True,
    note="misdirected: care agreements for R.K. (3C) sent to the mother of another 3C pupil (the next line in the class list)",
    fmt=['plain', 'numbered-list'])

S['marijke'] = who('Marijke Hermans', f'marijke.hermans@{SD}')
add('smartschool-bericht-jade', S['marijke'], [who('Tinne Willaert', par('aaron'))], 'Jade - bericht van gisteren',
    '2025-03-11 07:35',
    "Beste Tinne,\n\nJade stuurde me gisteravond onderstaand bericht via Smartschool. Ze was deze maand al zes dagen "
    "afwezig. Ik maak me zorgen en wil graag samen met jou en de leerlingbegeleider bekijken hoe we haar terug naar "
    "school krijgen. Past donderdag na 16u?\n\nGroetjes\nMarijke\ntitularis 2D\n\n"
    "---- Smartschool ----\nNieuw bericht\nVan: Jade Cornelis (2D)\nAan: Marijke Hermans\nOnderwerp: morgen\n"
    "Datum: 10/03/2025 22:47\n\n"
    "mevrouw ik kom morgen weer niet. ik kan het niet, ik lig elke nacht wakker van die klas en als ik aan de poort "
    "sta moet ik overgeven. sorry\n",
    rules=['sensitive'], cats={'sensitive': ['psychosocial']}, about=['jade'], mis=True,
    note="misdirected: a pasted Smartschool message showing Jade's school anxiety sent to Tinne Willaert (mother of Aaron, same class) instead of Tinne Cornelis",
    fmt=['plain', 'smartschool-notification'])

# ==========================================================================
# F. other rules: visible parents, attachments, private mailbox
# ==========================================================================
add('extra-repetitie-ouders-zichtbaar', S['liesbeth'],
    [who('Sabine Vermeiren', par('lina_v')), who('Patrick Lemmens', par('vic')), who('Ilse Daens', par('axelle'))],
    'Extra repetitie zaterdag - wie kan rijden?', '2025-02-20 21:15',
    "Beste ouders,\n\nZaterdag 22 februari is er een extra repetitie voor de hoofdrollen en de techniek, van 10u tot "
    "15u in de feestzaal. Lina, Vic en Axelle moeten er allemaal bij zijn.\n\nKunnen jullie onderling afspreken wie "
    "rijdt? Ik heb gemerkt dat jullie niet ver van elkaar wonen (Rillaar/Langdorp). Middageten zelf meebrengen, voor "
    "drank wordt gezorgd.\n\nAlvast bedankt!\nLiesbeth Daems\n",
    rules=['bcc'], about=[],
    note='teacher mails three parents with all their private addresses visible in To for carpooling to a rehearsal',
    fmt=['plain', 'multi-external'])

add('robot-firmware-zip', S['pieter'], [S['mehmet']], 'firmware robots + drivers', '2024-11-15 17:22',
    "Mehmet,\n\nVoor woensdag: de nieuwe firmware voor de robots van de club + de drivers voor de laptops in B108. "
    "Uitpakken, install_drivers.bat als admin uitvoeren, daarna flash_robot.exe met de robot via USB aan de laptop.\n"
    "Duurt per robot een 3-tal minuten.\n\nPieter\n",
    attach=[('robot_firmware_v2.zip', 'application', 'zip',
             _zip([('install_drivers.bat', b'@echo off\r\necho Drivers installeren...\r\npnputil /add-driver drivers\\*.inf /install\r\npause\r\n'),
                   ('flash_robot.exe', b'MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00' + b'\x00' * 48 + b'This program cannot be run in DOS mode.'),
                   ('LEESMIJ.txt', b'Robot firmware v2 - robotica-club SPC\r\n')]))],
    rules=['attachment'], note='teacher sends a zip containing a .bat script and an .exe firmware flasher',
    fmt=['mixed', 'zip-attachment'])

add('fw-punten-naar-hotmail', S['bram'], [who('Bram Vos', 'bram.vos@hotmail.com')], 'FW: punten 5A trim 2',
    '2025-03-28 16:40',
    "punten om thuis verder te doen\n\n"
    + olhdr('Bram Vos <bram.vos@sintpieterscollege.be>', 'vrijdag 28 maart 2025 16:38',
            'Bram Vos <bram.vos@sintpieterscollege.be>', 'punten 5A trim 2') + "\n\n"
    "(bestand met de macro voor de gewogen gemiddelden)\n",
    attach=[('punten_5A_trim2.xlsm', 'application', 'vnd.ms-excel.sheet.macroEnabled.12', _xlsm)],
    rules=['private_account', 'attachment'],
    note="teacher forwards a macro-enabled grade sheet to his own private Hotmail to work on it at home",
    fmt=['mixed', 'forward', 'xlsm-attachment', 'self-forward'])

# ==========================================================================
# G. personal mails, not sensitive
# ==========================================================================
PERS = f'personeel@{SD}'

add('geboorte-sofie-cadeau', S['martine'], [PERS], 'Sofie is bevallen!', '2025-05-12 10:15',
    "Dag iedereen,\n\nGoed nieuws: onze collega Sofie Claes is zaterdag bevallen van een flinke dochter, Lou (3,4 kg). "
    "Mama en baby stellen het goed!\n\nWe leggen samen voor een cadeau van de geboortelijst. Wie wil, kan tot vrijdag "
    "een bijdrage in de enveloppe op het secretariaat steken of via Payconiq naar mij. Er ligt ook een kaartje om te "
    "tekenen.\n\nMartine\n",
    rules=['bcc'], note='personal staff news and a gift collection, sent with the all-staff group address visible in To',
    fmt=['plain', 'group-to'])

add('carpool-nascholing', S['bram'], [S['koen']], 'samen naar Leuven dinsdag?', '2024-10-11 12:02',
    "Koen, rijden we samen naar de nascholing in Leuven dinsdag? Ik kan je om 8u oppikken aan het station van "
    "Aarschot, parkeren aan de hogeschool is een ramp.\nBram\n",
    rules=[], note='personal: colleague proposes carpooling', fmt=['plain', 'short'])

add('fiets-te-koop', S['jonas'], [S['jonas']], 'Te koop: koersfiets', '2025-04-03 20:30',
    "Hallo collega's,\n\nIk verkoop mijn oude koersfiets (Ridley, maat 56, Shimano 105, 2019). Goed onderhouden, nieuwe "
    "banden. Vraagprijs 650 euro. Staat in de fietsenstalling, kom gerust kijken of een proefrit doen.\n\n"
    "Bel of sms me op 0486 21 77 30.\n\nJonas\n",
    bcc=[PERS], rules=['personal_data'],
    note='personal sale announcement to staff (group in Bcc) with a private mobile number',
    fmt=['plain', 'bcc-group'])

add('bbq-zaalvoetbal-gmail', who('Koen Luyten', 'koenluyten.zvc@gmail.com'), [S['bram'], S['jonas'], S['mehmet']],
    'BBQ ZVC De Demer zaterdag 21/6', '2025-06-02 21:44',
    "Mannen,\n\nEindeseizoen-BBQ van ons zaalvoetbalploegje op zaterdag 21/6 vanaf 18u bij mij in de tuin. Partners "
    "en kinderen welkom. Bijdrage 15 euro pp, drank inbegrepen. Laat tegen 15/6 weten met hoeveel jullie komen.\n\n"
    "Sportieve groet\nKoen\n",
    rules=[], note='personal invitation of a staff football team, sent from a private Gmail; nothing to do with school business',
    fmt=['plain'])

add('verjaardag-benjamin', S['grace'], [S['agnieszka']], 'feestje zaterdag', '2025-03-17 12:35',
    "Hoi Agnieszka,\n\nBenjamin wordt zaterdag 6 en hij wil absoluut dat Zosia komt! Van 14u tot 17u, bij ons thuis, er "
    "is een springkasteel (als het niet regent...). Laat je iets weten?\n\nGrace\n",
    rules=[], note="personal: colleague invites another colleague's child to a birthday party", fmt=['plain', 'short'])

add('leesclub-volgende-keer', S['liesbeth'], [S['ann'], S['els'], S['hilde'], S['martine']], 'leesclub 14/11',
    '2024-10-20 19:50',
    "Dames,\n\nVolgende leesclub op donderdag 14/11 bij mij thuis, 20u. We lezen 'De tolk van Java' (Alfred Birney). "
    "Wie het boek niet heeft: ik heb nog een exemplaar liggen. Ik zorg voor wijn, iemand anders iets zoets?\n\n"
    "Liesbeth\n",
    rules=[], note='personal: staff reading club', fmt=['plain'])

add('appartement-nieuwpoort', S['tom'], [S['jonas']], 'appartement Nieuwpoort juli', '2025-03-25 21:05',
    "Jonas,\n\nJe vroeg naar ons appartement aan zee: de week van 12 tot 19 juli is nog vrij. Voor jullie 650 euro "
    "(schoonmaak inbegrepen). Als je het wil, mag je een voorschot van 200 euro storten op BE68 5390 0754 7034 (op "
    "naam van Tom Holemans) en dan zet ik het vast.\n\nTom\n",
    rules=['personal_data'], note="personal holiday-flat rental between colleagues with the teacher's private IBAN",
    fmt=['plain'])

add('recept-appeltaart', S['martine'], [S['rita']], 'recept appeltaart voor Luc zijn feest', '2025-06-10 13:00',
    "Rita, hier het recept dat je vroeg:\n\n- 200 g boter, 200 g suiker, 300 g bloem, 1 ei, snuifje zout\n"
    "- 1 kg appels (Jonagold), kaneel, rozijnen naar smaak\n\n"
    "Deeg 1u laten rusten in de frigo. 50 min op 180 graden. De helft van het deeg voor het rooster bovenop.\n\n"
    "Ik maak er zelf twee, dan hebben we er drie voor het pensioenfeest.\n\nMartine\n",
    rules=[], note='personal: recipe for a colleague\'s retirement party (the amounts are not codes)', fmt=['plain', 'list'])

add('pensioen-luc-bijdrage', S['ingrid'], [S['ingrid']], 'Luc gaat met pensioen - cadeau', '2025-05-28 15:40',
    "Beste collega's\n\nNa 34 jaar gaat onze Luc eind juni met pensioen. We willen hem een mooi cadeau geven: hij droomt "
    "al jaren van een elektrische fiets om mee door de Hagelandse heuvels te rijden.\n\nWie wil bijdragen: tot 13 juni "
    "in de grijze doos in het secretariaat. Het feest is op vrijdag 27 juni na de laatste personeelsvergadering.\n\n"
    "Ssst, niets tegen Luc zeggen!\n\nIngrid\n",
    bcc=[PERS], rules=[], note='personal retirement collection, staff group in Bcc', fmt=['plain', 'bcc-group'])

add('fw-bestelling-naar-vrouw', S['koen'], [who('Eline Luyten', 'eline.luyten@gmail.com')],
    'FW: Je bestelling is onderweg', '2024-12-05 10:22',
    "zie hieronder, zou donderdag geleverd worden, ben jij thuis? x\n\n"
    + olhdr('bol <klantenservice@bol.com>', 'donderdag 5 december 2024 09:58', 'koen.luyten@sintpieterscollege.be',
            'Je bestelling is onderweg') + "\n\n"
    "Hoi Koen,\n\nGoed nieuws, je bestelling 2281937765 is onderweg.\n- LEGO Technic Porsche 42176 (1x)\n"
    "- Kerstverlichting buiten, 20 m (1x)\n\nVerwachte levering: donderdag 12 december, tussen 14:00 en 17:30.\n",
    rules=[], note='personal: teacher forwards a private web-shop order to his wife; not school business',
    fmt=['plain', 'forward', 'outlook-quote'])

add('dwars-door-aarschot', S['agnieszka'], [S['tom'], S['jonas'], S['dorien'], S['bram']], 'Dwars door Aarschot?',
    '2025-04-14 12:48',
    "Hi all,\n\nWie loopt er mee met Dwars door Aarschot op 25 mei? Ik wil een ploegje 'SPC-leerkrachten' inschrijven "
    "voor de 10 km (of 5 km voor wie nog niet zo fit is, ik kijk naar niemand :-)). Inschrijven kost 12 euro.\n\n"
    "Agnieszka\n",
    rules=[], note='personal: colleague invites others to a local run', fmt=['plain'])

add('toezicht-ruilen-trouw', S['ann'], [S['jonas']], 'middagtoezicht 16/5', '2025-04-29 08:22',
    "Hoi Jonas, zou jij mijn middagtoezicht van vrijdag 16/5 willen overnemen? Mijn zus trouwt en we vertrekken om "
    "11u. Ik neem in ruil een toezicht van jou in juni. Merci!! Ann\n",
    rules=[], note='personal reason (a sister\'s wedding) for swapping a supervision duty', fmt=['plain', 'short'])

add('proficiat-marathon', S['bart'], [S['tom']], 'proficiat!', '2025-04-14 07:40',
    "Tom, proficiat met je marathon in Rotterdam! 3u12, dat is straf. Ik heb het gevolgd via de app. Rust maar wat uit "
    "deze week ;-)\nBart\n",
    rules=[], note='personal congratulations', fmt=['plain', 'short'])

add('stekjes-vijgenboom', S['hilde'], [S['martine']], 'stekjes', '2025-05-05 13:10',
    "Martine, de stekjes van de vijgenboom staan in de leraarskamer op de vensterbank (in de potjes van de yoghurt). "
    "Neem er gerust twee, ze moeten wel nog een paar weken binnen.\nHilde\n",
    rules=[], note='personal: garden cuttings for a colleague', fmt=['plain', 'short'])

add('tickets-werchter', S['mehmet'], [S['bram'], S['koen']], 'tickets Werchter zaterdag', '2025-05-20 22:03',
    "Heb 2 dagtickets Rock Werchter voor zaterdag 5/7 over, mn broer kan niet mee. 2x 110 euro (wat ik betaald heb). "
    "Kunnen via Ticketswap overgezet worden. Interesse?\nMehmet\n\nVerzonden vanaf mijn iPhone\n",
    rules=[], note='personal: concert tickets for sale among colleagues', fmt=['plain', 'mobile', 'short'])

add('summer-visit-kate-en', S['ann'], [who('Kate Harris', 'kate.harris@btinternet.com')], 'Re: summer?',
    '2025-05-18 20:30',
    "Hi Kate,\n\nSo lovely to hear from you! Yes, we'd love to come over in the second week of August. The kids keep "
    "asking about the beach in Whitby. We could take the ferry from Zeebrugge on the 9th.\n\nSchool is crazy as "
    "usual, exams start in two weeks and then it's marking marking marking. Can't wait for the holidays.\n\n"
    "Give my love to Ian and the girls. Call me on Sunday? My UK number still works: +44 7700 900461.\n\nxx Ann\n\n"
    "On Sat, 17 May 2025 at 19:02, Kate Harris <kate.harris@btinternet.com> wrote:\n"
    + gt("Annie! Are you coming over this summer? We have the spare room free all of August. K x"),
    rules=[], lang='en', note='personal mail to a friend in England; the phone number is a British one',
    fmt=['plain', 'reply'])

add('vacances-ardeche-fr', S['nathalie'], [who('Sophie Lhoest', 'sophie.lhoest@gmail.com')], 'Ardèche cet été ?',
    '2025-03-02 10:45',
    "Coucou Sophie,\n\nAlors, tu es toujours partante pour l'Ardèche ? J'ai trouvé un gîte à Vallon-Pont-d'Arc du 19 au "
    "26 juillet, avec piscine, pour 6 personnes. Ça ferait environ 180 euros par personne pour la semaine. On pourrait "
    "descendre les gorges en canoë comme il y a dix ans !\n\nDis-moi vite, la propriétaire attend une réponse avant "
    "vendredi.\n\nBisous,\nNath\n",
    rules=[], lang='fr', note='personal holiday plans with a friend, in French', fmt=['plain'])

add('quiz-chiro', S['lotte_j'], [S['lotte_j']], 'Quiz ten voordele van de Chiro', '2025-01-27 19:00',
    "Dag collega's,\n\nOp zaterdag 22 februari organiseert onze Chiro (Langdorp) haar jaarlijkse quiz. Ploegen van max. "
    "4, 20 euro per ploeg. Vorig jaar won de ploeg van de wetenschappers, dus de taalleerkrachten hebben iets recht te "
    "zetten!\n\nInschrijven via mij.\nLotte\n",
    bcc=[PERS], rules=[], note='personal: invitation to a youth-movement quiz, staff in Bcc', fmt=['plain', 'bcc-group'])

add('broodjes-vrijdag', S['dirk'], [S['luc'], S['martine'], S['rita']], 'broodjes vrijdag', '2025-03-12 09:02',
    "Vrijdag bestel ik broodjes bij Het Hoekske voor de middag. Wie doet mee? Stuur je keuze voor donderdag 12u.\n"
    "Ik neem een martino, zoals altijd :-)\nDirk\n",
    rules=[], note='personal: lunch order among colleagues', fmt=['plain', 'short'])

add('eigen-laptop-traag', S['agnieszka'], [S['kevin']], 'vraagje (privé)', '2025-02-18 15:30',
    "Hoi Kevin,\n\nMag ik je iets vragen over mijn eigen laptop? Die start heel traag op sinds een update (Windows 11, "
    "een HP van 4 jaar oud). Als je eens tijd hebt, wil ik je er een koffie (of een taart) voor trakteren. Geen haast!\n\n"
    "Agnieszka\n",
    rules=[], note="personal: asks the ICT colleague for help with her own laptop", fmt=['plain'])

add('nieuw-adres-koen', S['koen'], [S['koen']], 'nieuw adres', '2025-03-30 18:00',
    "Dag iedereen,\n\nVanaf 1 april wonen we in Rillaar: Kapelstraat 12, 3202 Rillaar. Wie in de buurt komt, is altijd "
    "welkom voor een pint in de nieuwe tuin (die nog een woestijn is).\n\nKoen\n",
    bcc=[PERS], rules=[], note='personal: new home address announced to colleagues', fmt=['plain', 'bcc-group'])

_xlsm2 = b'PK\x03\x04' + b'\x14\x00\x06\x00\x08\x00' + b'xl/workbook.xml' + b'\x00' * 40 + b'xl/vbaProject.bin' + b'\x00' * 80
add('pronostiek-tour', S['jonas'], [S['tom'], S['bram'], S['mehmet'], S['koen'], S['stijn']],
    'Tourpronostiek 2025!', '2025-06-27 14:20',
    "Mannen (en vrouwen die nog willen meedoen),\n\nDe Tourpronostiek is er weer. Vul het bestand in (macro's "
    "toestaan, anders werkt de puntentelling niet) en stuur het terug vóór 5 juli. Inleg 5 euro, winnaar krijgt de pot "
    "en eeuwige roem.\n\nJonas\n",
    attach=[('tourpronostiek_2025.xlsm', 'application', 'vnd.ms-excel.sheet.macroEnabled.12', _xlsm2)],
    rules=['attachment'], note='personal: cycling pool among colleagues in a macro-enabled Excel file',
    fmt=['mixed', 'xlsm-attachment'])

add('personeelsuitstap-keuze', S['ingrid'], [S['ingrid']], 'Personeelsuitstap 30 juni - kies je activiteit',
    '2025-06-04 12:00',
    "Beste collega's\n\nDe personeelsuitstap gaat dit jaar naar Diest. In de voormiddag kan je kiezen:\n"
    "A. kajakken op de Demer\nB. stadswandeling met gids langs het begijnhof\nC. fietstocht (35 km)\n\n"
    "Daarna lunchen we samen. Kiezen via het formulier tegen 15 juni.\n\nIngrid\n",
    bcc=[PERS], rules=[], note='personal/social: staff day out choices, staff in Bcc', fmt=['plain', 'list', 'bcc-group'])

add('zetel-gratis', S['martine'], [S['martine']], cc=[PERS], subj='gratis af te halen: zetel en boekenkast',
    date='2025-02-26 12:15',
    body="Hallo iedereen,\n\nWe verhuizen volgende maand. Wie wil er een 3-zit (grijs, stof) en een boekenkast (IKEA "
    "Billy, wit)? Gratis, zelf ophalen in Betekom.\n\nMartine\n",
    rules=['bcc'], note='personal giveaway with the all-staff group address visible in Cc',
    fmt=['plain', 'group-cc'])

add('bedankt-bloemen-griet', S['griet'], [S['griet']], 'bedankt!', '2024-10-04 16:10',
    "Lieve collega's,\n\nWat een verrassing vanmorgen! Heel erg bedankt voor de bloemen en de mooie kaart voor mijn 25 "
    "jaar in het SPC. Ik heb het gevoel dat ik hier gisteren begonnen ben (in lokaal B3, dat nu de printerruimte is).\n\n"
    "Op naar de volgende 25? ;-)\n\nGriet\n",
    bcc=[PERS], rules=[], note='personal thank-you note to all staff in Bcc', fmt=['plain', 'bcc-group'])

# ==========================================================================
# build
# ==========================================================================
SCHOOL_DOMS = ('sintpieterscollege.be', 'ksleuven.be')

MAILERS = [
    ('X-Mailer', 'Microsoft Outlook 16.0'),
    ('User-Agent', 'Microsoft-MacOutlook/16.89.24091630'),
    (None, None),                       # Outlook on the web adds no mailer header
    ('X-Mailer', 'Microsoft Outlook 16.0'),
    (None, None),
]

def build(n, m):
    msg = EmailMessage(policy=POL)
    dt = mkdate(m['date'])
    msg['Date'] = format_datetime(dt)
    msg['From'] = m['frm']
    msg['To'] = ', '.join(m['to']) if m['to'] else 'undisclosed-recipients:;'
    if m['cc']:
        msg['Cc'] = ', '.join(m['cc'])
    msg['Subject'] = m['subj']
    fdom = addr_of(m['frm']).split('@')[1]
    if fdom.endswith(SCHOOL_DOMS) and 'outlook' in ' '.join(m['fmt'] + [m['kind']]) or m['kind'] == 'alt':
        mid = f'<AM9PR02MB{7100 + n:04d}{zlib.crc32(m["slug"].encode()):08X}@AM9PR02MB{7100 + n:04d}.eurprd02.prod.outlook.com>'
    else:
        mid = f'<{dt.strftime("%Y%m%d%H%M")}.{zlib.crc32(m["slug"].encode()):08x}@{fdom}>'
    msg['Message-ID'] = mid
    subj = m['subj']
    if subj.upper().startswith(('RE:', 'AW:')) or 'reply' in m['fmt']:
        ref = f'<{zlib.crc32((m["slug"] + "-parent").encode()):08x}.{dt.strftime("%Y%m%d")}@{fdom}>'
        msg['In-Reply-To'] = ref
        msg['References'] = ref
    body = m['body'] or ''
    if 'mobile' in m['fmt']:
        if 'iPhone' in body:
            k, v = 'X-Mailer', 'iPhone Mail (21H16)'
        elif 'Outlook voor' in body:
            k, v = 'X-Mailer', 'Outlook for Mobile'
        else:
            k, v = 'User-Agent', 'Android'
    elif m['kind'] == 'alt' or 'outlook-quote' in m['fmt']:
        k, v = 'X-Mailer', 'Microsoft Outlook 16.0'
    elif not fdom.endswith(SCHOOL_DOMS):
        k, v = 'User-Agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Thunderbird/128.3.1' if n % 2 else 'Android'
    else:
        k, v = MAILERS[n % len(MAILERS)]
    if k:
        msg[k] = v
    for hk, hv in m['hdrs'].items():
        msg[hk] = hv

    if m['kind'] == 'plain':
        msg.set_content(m['body'], charset=m['charset'], cte=m['cte'])
    elif m['kind'] == 'html':
        msg.set_content(m['html_body'], subtype='html', charset='utf-8', cte=m['cte'])
    elif m['kind'] == 'alt':
        text = m['body'] if m['body'] else blocks_text(m['blocks'])
        htm = m['html_body'] if m['html_body'] else ohtml(m['blocks'])
        msg.set_content(text, charset='utf-8', cte='quoted-printable')
        msg.add_alternative(htm, subtype='html', charset='utf-8', cte='quoted-printable')
    else:
        raise ValueError(m['kind'])
    for fname, mt, st, data in m['attach']:
        if mt == 'text':
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fname, cte='base64')
        else:
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    if m['rfc822'] is not None:
        msg.add_attachment(m['rfc822'])
    # deterministic boundaries
    i = 0
    for part in msg.walk():
        if part.get_content_maintype() == 'multipart':
            part.set_boundary(f'----=_NextPart_{n:03d}_{i:02d}_SPC25')
            i += 1
    msg['Content-Language'] = {'nl': 'nl-BE', 'fr': 'fr-BE', 'en': 'en-GB'}[m['lang']]
    if msg.is_multipart():
        msg['Content-Transfer-Encoding'] = '8bit' if any(
            (p.get('Content-Transfer-Encoding') or '').lower() == '8bit' for p in msg.walk()) else '7bit'
    return msg

def rcpt_of(m):
    r = []
    for a in m['to'] + m['cc'] + m['bcc']:
        if a.endswith(':;'):
            continue
        ad = addr_of(a)
        if ad not in r:
            r.append(ad)
    return r

def q(s):
    return json.dumps(s, ensure_ascii=False)

def main():
    order = list(range(len(MAILS)))
    random.Random(25).shuffle(order)
    labels = []
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        fname = f'{n:03d}-{m["slug"]}.eml'
        msg = build(n, m)
        data = msg.as_bytes(policy=POL)
        with open(os.path.join(OUT, fname), 'wb') as f:
            f.write(data)
        mail_from = m['env_from'] or addr_of(m['frm'])
        lab = [f'{fname}:',
               f'  rules: [{", ".join(m["rules"])}]']
        if 'sensitive' in m['rules']:
            lab.append(f'  categories: {{sensitive: [{", ".join(m["cats"]["sensitive"])}]}}')
        lab += [f'  mail_from: {q(mail_from)}',
                f'  rcpt: [{", ".join(q(a) for a in rcpt_of(m))}]',
                f'  about: [{", ".join(pid(h) for h in m["about"])}]',
                f'  misdirected: {"true" if m["mis"] else "false"}',
                f'  note: {q(m["note"])}',
                f'  lang: {m["lang"]}',
                f'  format: [{", ".join(m["fmt"])}]']
        labels.append('\n'.join(lab))
    with open(os.path.join(OUT, 'labels.yaml'), 'w', encoding='utf-8') as f:
        f.write('# batch25 - Sint-Pieterscollege Aarschot (general secondary): labels per mail\n')
        f.write('\n'.join(labels) + '\n')
    with open(os.path.join(OUT, 'roster.csv'), 'w', encoding='utf-8-sig', newline='') as f:
        w = csv.writer(f, delimiter=';', lineterminator='\r\n')
        w.writerow(['Intern nummer', 'Voornaam', 'Naam', 'Klas', 'E-mailadres leerling', 'E-mailadres ouder 1',
                    'E-mailadres ouder 2'])
        for r in ROSTER:
            w.writerow(r)
    print(f'{len(MAILS)} mails, {len(ROSTER)} pupils written to {OUT}')

if __name__ == '__main__':
    main()
