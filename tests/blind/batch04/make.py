#!/usr/bin/env python3
"""Build blind batch04: school mails + labels.yaml + roster.csv. Stdlib only, deterministic."""
import os, json, random, datetime, unicodedata
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, parseaddr, getaddresses

HERE = os.path.dirname(os.path.abspath(__file__))
D1 = 'sintpieterscollege.be'; D2 = 'spc.ksleuven.be'

# ---------------------------------------------------------------- roster
FEAT = """P0005;Ibrahim;Yildiz;3C;ayse;murat;gmail.com
P0007;Lotte;Vermeiren;2A;katrien;geert;telenet.be
P0013;Imran;Bakkali;3B;fatima;mohamed;hotmail.com
P0016;Febe;Moens;1C;sofie;dirk;telenet.be
P0021;Noor;Van Damme;3C;ellen;kristof;telenet.be
P0026;Jasper;Hermans;6B;inge;marc;skynet.be
P0028;Emma;Lenaerts;1B;liesbeth;tom;gmail.com
P0034;Wout;Smets;2C;veerle;johan;telenet.be
P0038;Salma;Azzouzi;4C;naima;karim;gmail.com
P0041;Chloé;Mukendi;4A;clarisse;jean;outlook.com
P0049;Jana;Nowicka;5B;agnieszka;piotr;gmail.com
P0052;Tuur;Verstraeten;2A;griet;wim;telenet.be
P0056;Milan;De Cock;4B;nathalie;bart;proximus.be
P0062;Ayoub;Ouali;1D;samira;rachid;hotmail.com
P0066;Oumaima;Tahiri;5D;khadija;said;gmail.com
P0070;Sara;Öztürk;3A;zeynep;ahmet;gmail.com
P0074;Daan;Cools;3B;ann;peter;telenet.be
P0077;Robbe;Van Hoof;2D;kristien;stijn;telenet.be
P0083;Femke;Geerts;6A;hilde;luc;skynet.be
P0086;Laura;Pauwels;6D;marijke;frank;telenet.be
P0090;Yusuf;Demir;1A;hatice;mustafa;hotmail.com
P0098;Mila;Kabongo;1C;grace;patrick;gmail.com
P0101;Kacper;Wiśniewski;4A;magda;tomasz;gmail.com
P0104;Lucas;Stevens;5A;evelien;koen;telenet.be
P0111;Amber;Claeys;6C;tine;kurt;proximus.be
P0115;Esther;Nsimba;1A;beatrice;joseph;outlook.com
P0117;Rayan;El Idrissi;3D;leila;youssef;gmail.com
P0125;Ines;Verbist;2B;annelies;jeroen;telenet.be
P0128;Mathis;Leclercq;5B;isabelle;olivier;skynet.be
P0132;Kobe;Michiels;5C;sandra;dries;telenet.be
P0139;Zoë;Aerts;4C;leen;bram;gmail.com
P0143;Hira;Malik;2C;sadia;imran;gmail.com
P0146;Bilal;Chaouki;4D;malika;hassan;hotmail.com
P0153;Julie;Verhoeven;6B;karen;erik;telenet.be
P0157;Warre;Bogaerts;3A;eva;thomas;telenet.be
P0160;Seppe;Luyten;1A;joke;filip;telenet.be
P0168;Elif;Kaya;2A;emine;hakan;gmail.com
P0171;Nina;Vos;1B;charlotte;jan;gmail.com
P0174;Thibo;Mertens;3B;nancy;gert;proximus.be
P0181;Lina;Haddou;5D;houda;ali;hotmail.com
P0186;Ilias;Boukhari;6A;souad;abdel;gmail.com
P0189;Arne;Peeters;6D;greet;dirk;telenet.be
P0195;Marie;Kowalski;2C;joanna;pawel;outlook.com
P0199;Amélie;Lambert;4B;sophie;vincent;skynet.be
P0203;Nathan;Lubaki;3A;josephine;alain;gmail.com
P0210;Lore;Janssen;4B;an;koen;telenet.be
P0214;Senne;Vervoort;5A;lies;pieter;telenet.be
P0217;Jonas;Vandenberghe;5A;ilse;steven;telenet.be
P0224;Aya;Benali;1B;nadia;mourad;gmail.com
P0228;Dounia;Said;3D;fatiha;omar;hotmail.com
P0231;Stan;Wuyts;6A;kathleen;raf;telenet.be
P0238;Fien;Raes;3D;valerie;joris;gmail.com
P0242;Ruben;Segers;6C;mieke;guy;proximus.be
P0245;Mehmet;Arslan;5B;fadime;yusuf;gmail.com
P0252;Olivia;Dubois;4A;caroline;michel;skynet.be
P0256;Maya;Tshibangu;2B;esther;didier;gmail.com
P0259;Matteo;Russo;2B;giulia;marco;gmail.com
P0266;Nora;Vanderstraeten;6C;els;bert;telenet.be
P0270;Cas;Willaert;4C;tinne;wouter;telenet.be
P0273;Adam;Zielinski;1D;ewa;marek;gmail.com
P0280;Kato;Dewulf;4D;lieve;david;telenet.be
P0284;Jade;Martens;1D;kim;sven;hotmail.com
P0287;Victor;Ilunga;5C;odette;paul;outlook.com
P0294;Lien;Van Aken;2D;katleen;hans;telenet.be"""

def asc(s):
    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode()
    return s.lower().replace(' ', '').replace("'", '')

R = {}   # id -> dict
for line in FEAT.splitlines():
    i, f, l, k, m, v, dom = line.split(';')
    R[i] = dict(id=i, first=f, last=l, klas=k,
                pupil=f"{asc(f)}.{asc(l)}@leerling.{D1}",
                p1=f"{m}.{asc(l)}@{dom}", p2=f"{v}.{asc(l)}@{dom}")
# a few pupils have only one parent address
for i in ('P0021', 'P0098', 'P0115', 'P0228'):
    R[i]['p2'] = ''

FIRST = ("Lars Mats Noah Louis Jules Arthur Vic Finn Lowie Ferre Siebe Wannes Mauro Elias Dries Gust Rune Bas Lander Tibo "
         "Anouk Lise Ella Hanne Marthe Jolien Floor Nore Yana Lisa Axelle Fleur Roos Luna Bo Ines Lena Margot Kaat Liv "
         "Youssef Hamza Adam Amine Zakaria Mohamed Soufiane Anas Ilyas Idris Meryem Yasmina Hiba Sanae Imane Rania Ikram Nisrine "
         "Emir Kerem Baran Eymen Zeynep Ecem Defne Elif Hira Aylin Zofia Jakub Kuba Oliwia Filip Lena Mateusz Julia "
         "Grace Divine Merveille Christ Exaucé Joël Prince Naomi Ruth Océane").split()
LAST = ("Janssens Maes Jacobs Mertens Willems Claes Goossens Wouters De Smet Dubois Hermans Aerts Peeters Van den Bossche "
        "Verlinden Lemmens Coppens Vermeulen Van Dyck Verschueren Bosmans Nijs Dierickx Vanhoof Thys Schepers Hendrickx "
        "Van Roy Smolders Geens Vanhove Ceulemans Torfs Verhaegen Deckers Boeckx Swinnen Berghmans Reynders Daems "
        "El Khattabi Amrani Bouzid Ait Ouali Zeroual Chahid El Hamdaoui Yilmaz Çelik Doğan Şahin Aydın Koç "
        "Nowak Kamińska Lewandowski Mbala Kalala Mutombo Kasongo Ndaye Lukusa").split()
# two-part surnames in the list
LAST = [x for x in LAST]
LAST = ' '.join(LAST).replace('Van den Bossche', 'Van_den_Bossche').replace('De Smet', 'De_Smet').replace('Van Dyck', 'Van_Dyck').replace('Van Roy', 'Van_Roy').replace('El Khattabi', 'El_Khattabi').replace('Ait Ouali', 'Ait_Ouali').replace('El Hamdaoui', 'El_Hamdaoui').split()
LAST = [x.replace('_', ' ') for x in LAST]
PF = "an els inge sarah hilde kim leen nadia fatima emine magda grace tom jan koen bart rachid hakan piotr didier".split()
DOMS = ['telenet.be', 'telenet.be', 'gmail.com', 'gmail.com', 'hotmail.com', 'skynet.be', 'proximus.be', 'outlook.com']
CLASSES = [f"{j}{c}" for j in range(1, 7) for c in 'ABCD']

GROUPS = [  # (first names, surnames, parent first names)  -- origin groups as in a Leuven school
    ("Lars Mats Noah Louis Jules Arthur Vic Finn Lowie Ferre Siebe Wannes Elias Dries Gust Rune Bas Lander Tibo Anouk Lise Ella Marthe Jolien Floor Nore Yana Lisa Axelle Fleur Roos Luna Bo Lena Margot Kaat Liv".split(),
     ["Janssens", "Maes", "Mertens", "Willems", "Goossens", "Hermans", "Aerts", "Van den Bossche", "Verlinden", "Lemmens", "Coppens", "Van Dyck", "Verschueren", "Bosmans", "Nijs", "Dierickx", "Vanhoof", "Thys", "Schepers", "Van Roy", "Smolders", "Geens", "Vanhove", "Torfs", "Verhaegen", "Deckers", "Boeckx", "Swinnen", "Berghmans", "Reynders", "Daems"],
     "an els inge sarah hilde kim leen tom jan koen bart stijn katrien wouter".split()),
    ("Youssef Hamza Adam Amine Zakaria Mohamed Soufiane Anas Ilyas Idris Meryem Yasmina Hiba Sanae Imane Rania Ikram Nisrine".split(),
     ["El Khattabi", "Bouzid", "Ait Ouali", "Zeroual", "Chahid", "El Hamdaoui", "Benhaddou", "Lahlou"],
     "fatima nadia rachid karim samira mohamed".split()),
    ("Emir Kerem Baran Eymen Zeynep Ecem Defne Aylin".split(),
     ["Yılmaz", "Çelik", "Doğan", "Şahin", "Aydın", "Koç"],
     "emine hakan ayse murat".split()),
    ("Zofia Jakub Kuba Oliwia Filip Mateusz Julia".split(),
     ["Nowak", "Lewandowski", "Kamiński", "Zając"],
     "magda piotr anna tomasz".split()),
    ("Grace Divine Merveille Christ Exaucé Joël Prince Naomi Ruth Océane".split(),
     ["Mbala", "Kalala", "Mutombo", "Kasongo", "Ndaye", "Lukusa"],
     "grace didier patrick clarisse".split()),
]

def build_roster():
    rnd = random.Random(404)
    used = {(r['first'], r['last']) for r in R.values()}
    taken = {r['p1'] for r in R.values()} | {r['p2'] for r in R.values() if r['p2']}
    def uniq(addr):
        base, dom = addr.split('@'); k = 2
        while addr in taken:
            addr = f"{base}{k}@{dom}"; k += 1
        taken.add(addr); return addr
    n = 0
    for num in range(1, 301):
        i = f"P{num:04d}"
        if i in R:
            continue
        g = GROUPS[rnd.choices(range(5), weights=[60, 18, 8, 6, 8])[0]]
        while True:
            f, l = rnd.choice(g[0]), rnd.choice(g[1])
            if (f, l) not in used:
                used.add((f, l)); break
        k = CLASSES[n % 24]; n += 1
        dom = rnd.choice(DOMS)
        a, b = rnd.sample(g[2], 2)
        R[i] = dict(id=i, first=f, last=l, klas=k, pupil=f"{asc(f)}.{asc(l)}@leerling.{D1}",
                    p1=uniq(f"{a}.{asc(l)}@{dom}"), p2=(uniq(f"{b}.{asc(l)}@{dom}") if rnd.random() < 0.7 else ''))
    with open(os.path.join(HERE, 'roster.csv'), 'w', encoding='utf-8-sig', newline='') as fh:
        fh.write('Intern nummer;Voornaam;Naam;Klas;E-mailadres leerling;E-mailadres ouder 1;E-mailadres ouder 2\r\n')
        for i in sorted(R, key=lambda x: (R[x]['klas'], R[x]['last'], R[x]['first'])):
            r = R[i]
            fh.write(f"{i};{r['first']};{r['last']};{r['klas']};{r['pupil']};{r['p1']};{r['p2']}\r\n")

def P1(i): return R[i]['p1']
def P2(i): return R[i]['p2']

# ---------------------------------------------------------------- staff
ST = {
 'an': 'An Devos <an.devos@sintpieterscollege.be>',
 'koen': 'Koen Vermeulen <koen.vermeulen@sintpieterscollege.be>',        # zorgcoordinator
 'sofie': 'Sofie Claes <sofie.claes@sintpieterscollege.be>',            # leerlingenbegeleiding
 'dir': 'Pieter Janssens <pieter.janssens@sintpieterscollege.be>',      # directeur
 'ilse': 'Ilse Wouters <ilse.wouters@sintpieterscollege.be>',           # secretariaat
 'yas': 'Yassine El Amrani <yassine.elamrani@sintpieterscollege.be>',   # ICT
 'marleen': 'Marleen Goossens <mgoossens@spc.ksleuven.be>',             # boekhouding
 'tom': 'Tom Peeters <tom.peeters@sintpieterscollege.be>',
 'fatma': 'Fatma Yilmaz <fyilmaz@spc.ksleuven.be>',
 'joris': 'Joris Maes <joris.maes@sintpieterscollege.be>',              # LO
 'els': 'Els Hendrickx <els.hendrickx@sintpieterscollege.be>',
 'bart': 'Bart Willems <bwillems@spc.ksleuven.be>',                     # TA / conciërge
 'nath': 'Nathalie Mbuyi <nathalie.mbuyi@sintpieterscollege.be>',
 'kasia': 'Kasia Nowak <kasia.nowak@sintpieterscollege.be>',            # zorgleerkracht
 'griet': 'Griet Van den Broeck <griet.vandenbroeck@sintpieterscollege.be>',  # adjunct
 'lieven': 'Lieven De Smet <ldesmet@spc.ksleuven.be>',                  # ICT
 'hanne': 'Hanne Jacobs <hanne.jacobs@sintpieterscollege.be>',          # opvoeder
 'wim': 'Wim Claessens <wim.claessens@sintpieterscollege.be>',          # opvoeder
 'sarah': 'Sarah Lambrechts <sarah.lambrechts@sintpieterscollege.be>',
 'dirk': 'Dirk Ceulemans <dceulemans@spc.ksleuven.be>',
 'secr': 'Secretariaat Sint-Pieterscollege <secretariaat@sintpieterscollege.be>',
 'info': 'Sint-Pieterscollege <info@sintpieterscollege.be>',
 'direc': 'Directie Sint-Pieterscollege <directie@sintpieterscollege.be>',
}
CLB = 'Trui Verbeke <trui.verbeke@clb-leuven.be>'
CLB2 = 'CLB Leuven onthaal <onthaal@clb-leuven.be>'
GROUP = lambda g: f"{g}@{D1}"

# ---------------------------------------------------------------- mail builder
MAILS = []
BASE = datetime.datetime(2026, 10, 5, 7, 40, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))

def addrs(lst):
    return [a for _, a in getaddresses(lst)]

def m(slug, frm, to, subj, body, cc=(), bcc=(), fmt='plain', rules=(), cats=None, about=(), mis=False,
      note='', lang='nl', html=None, table=None, atts=(), inner=None, env_from=None, tags=(), charset='utf-8'):
    MAILS.append(dict(slug=slug, frm=frm, to=list(to) if not isinstance(to, str) else [to],
                      cc=list(cc) if not isinstance(cc, str) else [cc], bcc=list(bcc) if not isinstance(bcc, str) else [bcc],
                      subj=subj, body=body, fmt=fmt, rules=list(rules), cats=cats, about=list(about), mis=mis,
                      note=note, lang=lang, html=html, table=table, atts=list(atts), inner=inner,
                      env_from=env_from, tags=list(tags), charset=charset))

def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def table_text(t):
    return '\n'.join('\t'.join(row) for row in t)

def table_html(t):
    out = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">']
    for r, row in enumerate(t):
        out.append('<tr>')
        for c in row:
            tag = 'b' if r == 0 else 'span'
            out.append(f'<td valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
                       f'<p class="MsoNormal"><{tag}>{esc(c)}</{tag}></p></td>')
        out.append('</tr>')
    out.append('</table>')
    return '\n'.join(out)

def outlook_html(text, table=None):
    parts = []
    for para in text.split('\n\n'):
        if para.strip() == '{TABLE}':
            parts.append(table_html(table)); continue
        lines = [esc(x) for x in para.split('\n')]
        parts.append('<p class="MsoNormal">' + '<br>\n'.join(lines) + '<o:p></o:p></p>')
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
            '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>'
            '<body lang="NL-BE" link="#0563C1"><div class="WordSection1">\n' + '\n'.join(parts) + '\n</div></body></html>')

def build(i, d):
    msg = EmailMessage(policy=SMTP)
    hour = [7, 8, 10, 12, 13, 15, 16, 17, 19, 20, 21][(i * 7) % 11]
    day = BASE + datetime.timedelta(days=i // 2)
    tz = datetime.timezone(datetime.timedelta(hours=2 if day.date() < datetime.date(2026, 10, 25) else 1))
    msg['Date'] = format_datetime(datetime.datetime(day.year, day.month, day.day, hour, (i * 13) % 60, tzinfo=tz))
    msg['From'] = d['frm']
    if d['to']:
        msg['To'] = ', '.join(d['to'])
    else:
        msg['To'] = 'undisclosed-recipients:;'
    if d['cc']:
        msg['Cc'] = ', '.join(d['cc'])
    msg['Subject'] = d['subj']
    msg['Message-ID'] = f"<b04.{i:03d}.{asc(d['slug'])[:12]}@{parseaddr(d['frm'])[1].split('@')[1]}>"
    if 'reply' in d['tags']:
        msg['In-Reply-To'] = f"<prev.{i:03d}@mail.example.invalid>"
    text = d['body'].strip('\n') + '\n'
    fmt = d['fmt']
    if d['table'] is not None:
        text_plain = text.replace('{TABLE}', table_text(d['table']))
    else:
        text_plain = text
    if fmt == 'plain':
        msg.set_content(text_plain, cte='8bit')
    elif fmt == 'qp':
        msg.set_content(text_plain, cte='quoted-printable')
    elif fmt == 'b64':
        msg.set_content(text_plain, cte='base64')
    elif fmt == 'cp1252':
        msg.set_content(text_plain, charset='windows-1252', cte='8bit')
    elif fmt == 'html':
        msg.set_content(d['html'] or outlook_html(text, d['table']), subtype='html', cte='quoted-printable')
    elif fmt == 'alt':
        msg.set_content(text_plain, cte='quoted-printable')
        msg.add_alternative(d['html'] or outlook_html(text, d['table']), subtype='html', cte='quoted-printable')
    else:
        raise ValueError(fmt)
    for (fn, data, mt) in d['atts']:
        mai, sub = mt.split('/')
        if isinstance(data, str):
            data = data.replace('\n', '\r\n').encode('utf-8')
        msg.add_attachment(data, maintype=mai, subtype=sub, filename=fn)
    if d['inner'] is not None:
        inn = EmailMessage(policy=SMTP)
        for k in ('Date', 'From', 'To', 'Subject'):
            inn[k] = d['inner'][k]
        inn['Message-ID'] = f"<b04.inner.{i:03d}@{parseaddr(d['inner']['From'])[1].split('@')[1]}>"
        inn.set_content(d['inner']['body'].strip('\n') + '\n', cte='quoted-printable')
        msg.add_attachment(inn)
    k = 0
    for part in msg.walk():
        if part.is_multipart() and part.get_content_type() != 'message/rfc822':
            part.set_boundary(f"----=_b04_{i:03d}_{k}")
            k += 1
    return msg

def ylist(x):
    return '[' + ', '.join(json.dumps(v) if not str(v).replace('.', '').replace('@', '').replace('-', '').replace('_', '').isalnum() else str(v) for v in x) + ']'

def main():
    build_roster()
    out = ['# batch04 labels (blind, written by hand)']
    seen = set()
    random.Random(2604).shuffle(MAILS)
    for n, d in enumerate(MAILS, 1):
        fn = f"{n:03d}-{d['slug']}.eml"
        assert d['slug'] not in seen, d['slug']; seen.add(d['slug'])
        for a in d['about']:
            assert a in R, a
        msg = build(n, d)
        raw = msg.as_bytes(policy=SMTP)
        with open(os.path.join(HERE, fn), 'wb') as fh:
            fh.write(raw)
        mf = d['env_from'] or parseaddr(d['frm'])[1]
        rc = addrs(d['to'] + d['cc'] + d['bcc'])
        form = [d['fmt']] + d['tags']
        if d['table'] is not None and 'table' not in form: form.append('table')
        if d['atts']: form.append('attachment-' + '-'.join(a[0].rsplit('.', 1)[-1] for a in d['atts']))
        if d['inner'] is not None: form.append('fwd-attached')
        if d['bcc']: form.append('bcc-envelope')
        out.append(f"{fn}:")
        out.append(f"  rules: [{', '.join(d['rules'])}]")
        if 'sensitive' in d['rules']:
            out.append(f"  categories: {{sensitive: [{', '.join(d['cats'])}]}}")
        else:
            assert not d['cats'], fn
        out.append(f"  mail_from: {mf}")
        out.append(f"  rcpt: [{', '.join(rc)}]")
        out.append(f"  about: [{', '.join(d['about'])}]")
        out.append(f"  misdirected: {'true' if d['mis'] else 'false'}")
        out.append(f"  note: {json.dumps(d['note'], ensure_ascii=False)}")
        out.append(f"  lang: {d['lang']}")
        out.append(f"  format: [{', '.join(form)}]")
    with open(os.path.join(HERE, 'labels.yaml'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(out) + '\n')
    print(len(MAILS), 'mails')

# ================================================================ MAILS
# ---------------------------------------------------------------- SENSITIVE: family
m('lotte-twee-adressen', ST['els'], [ST['secr']], 'Lotte V. 2A - post naar beide ouders',
"""Dag Ilse,

Kan je in Smartschool bij Lotte Vermeiren (2A) nakijken of beide ouders een co-account hebben? Mama en papa wonen sinds de herfstvakantie niet meer samen, Lotte zit om de week bij papa in Kessel-Lo. Papa zei op het oudercontact dat hij het rapport nooit krijgt. Graag vanaf nu alles naar de twee adressen sturen (ook de brieven op papier, Lotte vergeet die de week dat ze bij hem is).

Merci!
Els
--
Els Hendrickx
klastitularis 2A - Nederlands""",
  rules=['sensitive'], cats=['family'], about=['P0007'], note='titularis tells secretariat the parents separated and the pupil alternates weeks', tags=[])

m('imran-papa', ST['sofie'], [CLB], 'Imran Bakkali 3B',
"""Dag Trui,

Korte update over Imran (3B). Na het gesprek van donderdag weten we meer over de thuissituatie: zijn vader zit vast in Leuven-Centraal, het proces komt pas in het voorjaar. Mama werkt in ploegen en Imran zorgt 's avonds vaak voor zijn twee kleine zusjes.

Hij wil er zelf niet over praten op school, maar gaat akkoord dat jij het weet. Kunnen we volgende week samen zitten? Dinsdag 3de lesuur past voor mij.

Groetjes,
Sofie Claes
leerlingenbegeleiding Sint-Pieterscollege""",
  rules=['sensitive'], cats=['family'], about=['P0013'], note='leerlingbegeleider tells CLB the father of a pupil is in prison and about the home situation', fmt='qp')

m('fw-noor-afwezig', ST['an'], [ST['griet']], 'FW: afwezigheid Noor 3C',
"""Griet, ter info, kan jij de vakleerkrachten van 3C verwittigen? De toets wiskunde van vrijdag mag ze later inhalen.
An

---------- Doorgestuurd bericht ----------
Van: Ellen Van Damme <ellen.vandamme@telenet.be>
Datum: ma 12 okt. 2026 om 07:02
Onderwerp: afwezigheid Noor 3C
Aan: An Devos <an.devos@sintpieterscollege.be>

Beste mevrouw Devos,

Noor zal deze week niet naar school komen. Haar oma is zaterdag onverwacht gestorven, ze woonde bij ons in. De begrafenis is donderdag in Heverlee. Ze was heel close met haar.

Met vriendelijke groeten,
Ellen Van Damme""",
  rules=['sensitive'], cats=['family'], about=['P0021'], note='forward of a parent mail: grandmother who lived in the family died, pupil absent', tags=['fwd-inline'])

m('ophalen-alleen-mama', ST['griet'], [ST['secr'], ST['hanne'], ST['wim']], 'Belangrijk: wie mag Ayoub (1D) ophalen',
"""Dag allemaal,

Voor Ayoub Ouali (1D) geldt vanaf vandaag een uitspraak van de familierechtbank: enkel mama mag hem ophalen of afhalen aan de school. Papa heeft voorlopig geen omgangsrecht. Mocht hij toch aan de poort of aan het onthaal staan: Ayoub niet laten vertrekken en mij of Pieter meteen bellen.

Een kopie van het vonnis zit in de kluis bij mij. Niet verder verspreiden aub, ook niet in de leraarskamer.

Griet""",
  rules=['sensitive'], cats=['family'], about=['P0062'], note='custody decision: father no contact, only mother may pick up the pupil', fmt='b64')

m('wout-nieuw-adres', ST['tom'], [P1('P0077')], 'nieuw adres Wout',
"""Beste mevrouw Smets,

Dank u voor uw bericht. Ik heb het nieuwe adres van Wout genoteerd en doorgegeven aan het secretariaat. Ik begrijp dat Wout sinds deze maand voltijds bij zijn vader in Wilsele woont en dat u hem enkel nog in het weekend ziet. We houden er op school rekening mee dat hij 's morgens met de bus van lijn 2 komt, dus soms wat later kan zijn.

Als er iets is, laat het gerust weten.

Vriendelijke groeten,
Tom Peeters
klastitularis 2C""",
  rules=['sensitive'], cats=['family'], about=['P0034'], mis=True,
  note='reply about Wout Smets moving in with his father, sent to the mother of Robbe Van Hoof (2D) instead', fmt='plain')

m('foster-placement-en', ST['nath'], ['Claire Hughes <claire.hughes@sintpieterscollege.be>'], 'Zoë in 4C - a bit of context',
"""Hi Claire,

Since you're taking over my English classes in 4C from Monday, one thing you should know before you meet them. Zoë Aerts has been living with a foster family in Bertem since the summer; the youth court placed her there after things went badly at home. Her foster mum is the contact person now, not her parents, and report cards go to the foster family only.

She's doing well in class, just don't ask her about 'what did you do with your family this weekend' type questions in speaking tasks, better to avoid that topic.

Thanks and good luck!
Nathalie""",
  rules=['sensitive'], cats=['family'], about=['P0139'], lang='en', note='English note to a substitute: pupil placed in a foster family by youth court', fmt='qp')

m('nina-tante', ST['hanne'], [ST['sofie']], 'Nina 1B',
"""Sofie,

Nina Vos (1B) kwam deze middag naar mij in de refter. Ze slaapt al een week bij haar tante in Herent omdat het thuis niet veilig is, zei ze. Mama's nieuwe vriend wordt kwaad als hij drinkt, vorige week heeft hij met een stoel gegooid. Ze had een blauwe plek op haar arm die ze probeerde te verbergen.

Ze is nu bij mij in het opvoederslokaal. Kan jij vandaag nog met haar praten? Ik heb gezegd dat ze niet in de problemen komt.

Hanne""",
  rules=['sensitive'], cats=['family'], about=['P0171'], note='opvoeder reports a pupil stays with her aunt because of violence at home', fmt='plain')

m('fr-separation-chloe', ST['fatma'], [P1('P0199')], 'Suivi de Chloé',
"""Madame Mukendi,

Suite à notre entretien téléphonique de ce matin, je vous confirme que nous avons bien pris note de votre séparation et du fait que Chloé habite désormais chez vous à Heverlee, tandis que son père la voit un week-end sur deux. Le secrétariat enverra dorénavant le bulletin aux deux adresses, comme vous le souhaitiez.

N'hésitez pas à me contacter si la situation change.

Bien cordialement,
Fatma Yilmaz
professeur de français, titulaire 4A""",
  rules=['sensitive'], cats=['family'], about=['P0041'], mis=True, lang='fr',
  note='French mail about Chloé Mukendi and her separated parents, sent to the mother of Amélie Lambert (4B)', fmt='cp1252')

# ---------------------------------------------------------------- SENSITIVE: psychosocial
m('klassenraad-4b-okt', ST['dirk'], [ST['sofie'], ST['koen']], 'verslag klassenraad 4B (begeleidende) - 14/10',
"""Dag Sofie en Koen,

Hieronder de punten uit de begeleidende klassenraad 4B van gisteren waar jullie iets mee moeten.

{TABLE}

Voor de rest geen opvallende zaken, de klas draait goed.
Mvg
Dirk""",
  table=[['Leerling', 'Opmerking klassenraad', 'Actie'],
         ['Milan De Cock', 'wordt sinds september uitgelachen en in een Snapchatgroep belachelijk gemaakt, eet niet meer in de refter', 'gesprek LB + no-blame aanpak'],
         ['Lore Janssen', 'werkt goed, geen opmerkingen', '-'],
         ['Amélie Lambert', 'vaak te laat in het 1ste lesuur', 'opvolgen door opvoeder']],
  fmt='alt', rules=['sensitive'], cats=['psychosocial'], about=['P0056'],
  note='class-council table: one named pupil bullied online; other rows harmless', tags=['outlook'])

m('julie-opnieuw', ST['sofie'], [CLB], 'J.V. 6B',
"""Trui,

Zoals telefonisch besproken: J.V. uit 6B heeft zich dit weekend opnieuw gesneden, deze keer dieper, aan haar bovenarm. Mama weet het, ze belt jou morgen zelf op. Julie wil dat haar klastitularis niets weet.

Sofie""",
  rules=['sensitive'], cats=['psychosocial'], about=['P0153'], note='initials + class and first name: pupil self-harmed again (wound stitched, but the fact told is self-harm)', fmt='plain')

m('schoolweigering-emma', ST['sarah'], [P1('P0171')], 'Afwezigheden Emma',
"""Beste mevrouw Lenaerts,

Emma is nu al negen schooldagen afwezig. Ik begrijp uit ons vorige gesprek dat ze 's morgens buikpijn heeft en huilend in de auto blijft zitten zodra jullie aan de school komen. Dat is voor haar én voor jullie erg zwaar.

Ik zou graag volgende week met u en mevrouw Claes van de leerlingenbegeleiding samenzitten. Zou maandag om 16u lukken?

Vriendelijke groet,
Sarah Lambrechts
klastitularis 1B""",
  rules=['sensitive'], cats=['psychosocial'], about=['P0028'], mis=True,
  note='school refusal of Emma Lenaerts (1B), addressed to her mother but sent to the mother of Nina Vos (1B)', fmt='qp')

m('gedrag-yusuf', ST['griet'], [P1('P0160')], 'gedrag van Yusuf',
"""Geachte mevrouw Demir,

Ik moet u helaas laten weten dat Yusuf de voorbije twee weken herhaaldelijk een klasgenoot heeft uitgescholden en vorige vrijdag op de speelplaats heeft geduwd en geschopt. Andere leerlingen hebben dit bevestigd. Yusuf krijgt een tijdelijke uitsluiting van de middagpauze en een herstelgesprek met het slachtoffer.

Ik nodig u en uw man graag uit op donderdag 22 oktober om 16u op mijn bureau.

Met vriendelijke groeten,
Griet Van den Broeck
adjunct-directeur""",
  rules=['sensitive'], cats=['psychosocial'], about=['P0090'], mis=True,
  note='mail about Yusuf Demir bullying a classmate, sent to the mother of Seppe Luyten (1A)', fmt='plain')

m('tucht-rayan', ST['dir'], [ST['griet'], ST['wim'], 'Leerkrachten 3D <jan.geens@sintpieterscollege.be>'], 'ordemaatregel Rayan El Idrissi',
"""Collega's,

Na het incident van dinsdag in het labo (Rayan heeft een brander aangestoken en naar een medeleerling gericht, en is daarna weggelopen van school) start ik een tuchtprocedure. Tot de tuchtbeslissing is Rayan preventief geschorst, hij komt wel op school maar zit in het studielokaal onder toezicht van Wim.

Graag taken voor hem via Smartschool klaarzetten.

Pieter Janssens
directeur""",
  rules=['sensitive'], cats=['psychosocial'], about=['P0117'], note='disciplinary procedure and preventive suspension of one pupil for violent behaviour', fmt='plain')

m('panic-attacks-en', ST['joris'], ['Mark Evans <m.evans@sintpieterscollege.be>'], 'Re: swimming Thursday',
"""Hi Mark,

Yes, fine for the other groups. Just one thing: Jonas Vandenberghe (5A) has had two panic attacks in the pool changing rooms this term, hyperventilating and shaking, the second time we had to take him outside. He's been seeing someone for his anxiety. If he asks to sit out, let him, and don't make a thing of it in front of the group.

Cheers,
Joris

On Tue, 13 Oct 2026 at 16:40, Mark Evans wrote:
> Joris, can I take your 5A swimming on Thursday? I'll be covering.
> Mark""",
  rules=['sensitive'], cats=['psychosocial'], about=['P0217'], lang='en', note='English reply: named pupil has panic attacks and anxiety treatment', tags=['reply'])

m('dringend-mehmet', ST['wim'], [ST['dir'], ST['sofie']], 'DRINGEND Mehmet 5B',
"""Pieter, Sofie,

Mehmet Arslan (5B) liet zonet in de studie een brief zien aan een vriend waarin hij schrijft dat hij er 'liever niet meer zou zijn' en dat hij al weet hoe. Hij zit nu bij mij. Ik laat hem niet alleen. Wie kan er komen? Ik bel ook de ouders niet voor jullie akkoord.

Wim
lokaal A.012""",
  rules=['sensitive'], cats=['psychosocial'], about=['P0245'], note='opvoeder alerts direction about suicidal statements of a pupil', fmt='plain')

m('re-jana-toetsen', ST['kasia'], [P1('P0284')], 'Re: Jana en de toetsen',
"""Beste mevrouw Nowicka,

Dank voor uw eerlijke mail. Dat Jana 's nachts wakker ligt en overgeeft voor een toets, nemen we ernstig. Ik nodig u volgende week graag uit voor een gesprek.

Hartelijke groet,
Kasia Nowak
zorgleerkracht

Op 15 okt. 2026, om 21:14, schreef Agnieszka Nowicka <agnieszka.nowicka@gmail.com>:
> Beste mevrouw Nowak,
> Jana (5B) is de laatste weken heel angstig. Voor elke toets kan ze niet slapen, ze moet overgeven en wil 's morgens niet vertrekken. De huisarts zegt dat het faalangst is.
> Kunnen jullie iets doen?
> Agnieszka""",
  rules=['sensitive'], cats=['psychosocial'], about=['P0049'], mis=True,
  note='reply about Jana Nowicka’s test anxiety with quoted parent mail, sent to the parent of Jade Martens (1D)', tags=['reply'], fmt='qp')

# ---------------------------------------------------------------- SENSITIVE: medical
m('epilepsie-uitstap', ST['els'], [ST['joris'], ST['tom'], ST['sarah']], 'Brugge dinsdag - Robbe',
"""Hoi begeleiders van dinsdag,

Robbe Van Hoof (2D) heeft epilepsie. Hij heeft meestal korte afwezigheden, maar vorig jaar is er op school een grote aanval geweest. Zijn noodmedicatie (Buccolam, 10 mg, in de wang) zit in de rode pochette die ik meeneem. Als een aanval langer dan 5 minuten duurt: toedienen en 112 bellen.

Hij mag niet alleen in de buurt van de reien lopen, hou hem in de groep van Tom.

Els""",
  rules=['sensitive'], cats=['medical'], about=['P0077'], note='trip leaders told a named pupil has epilepsy and emergency medication', fmt='plain')

m('diabetes-lo', ST['kasia'], [ST['joris'], 'Bram Thys <bram.thys@sintpieterscollege.be>'], 'Lucas Stevens 5A - sportdag',
"""Dag Joris en Bram,

Voor de sportdag: Lucas (5A) heeft sinds de zomer type 1 diabetes en draagt een insulinepomp met sensor op zijn bovenarm. Bij het klimmen en de zwemproef moet de pomp af. Hij meet zelf op zijn gsm, laat hem dus zijn gsm bijhouden. Als hij zegt dat hij 'laag' zit: druivensuiker en even rusten, er zit een doos in de EHBO-koffer.

Groetjes
Kasia""",
  rules=['sensitive'], cats=['medical'], about=['P0104'], note='named pupil has type 1 diabetes and an insulin pump', fmt='qp')

m('gebroken-been', ST['secr'], [ST['tom'], ST['fatma'], ST['dirk'], ST['bart']], 'Stan Wuyts 6A - lift',
"""Beste collega's,

Stan Wuyts (6A) komt vanaf maandag terug naar school na zijn operatie aan het onderbeen (dubbele breuk bij het voetballen, hij heeft een week in Gasthuisberg gelegen). Hij loopt met krukken tot de kerstvakantie.

Bart, kan jij hem een liftsleutel geven? Collega's, hij mag 5 minuten vroeger vertrekken om van lokaal te wisselen.

Vriendelijke groeten,
Ilse - secretariaat""",
  rules=['sensitive'], cats=['medical'], about=['P0231'], note='colleagues told a named pupil had surgery and hospital stay for a broken leg', fmt='plain')

m('zwanger-6c', ST['sofie'], [ST['nath']], 'Amber 6C (vertrouwelijk)',
"""Dag Nathalie,

Even vertrouwelijk omdat jij haar titularis bent: Amber Claeys heeft me vandaag verteld dat ze 14 weken zwanger is. Ze wil het jaar afmaken, de bevalling is voorzien eind april. Ze is de laatste weken vaak misselijk in het eerste lesuur, vandaar de laatkomingen.

Ze vertelt het zelf aan de klas wanneer ze er klaar voor is. Kunnen we maandag even afspreken over de examenperiode in juni?

Sofie""",
  rules=['sensitive'], cats=['medical'], about=['P0111'], note='pupil pregnancy told to her class titular', fmt='plain')

m('noten-refter', ST['bart'], ['Keuken Sodexo SPC <keuken.spc@sintpieterscollege.be>'], 'allergie Aya Benali',
"""Hallo,

Er is een nieuwe leerling die warm eet vanaf maandag: Aya Benali, 1B. Zij heeft een zware notenallergie (pinda EN noten), ze heeft een epipen bij. Dus geen saté, geen pesto, niks met notenolie voor haar. Kan je een bordje met haar naam klaarzetten aan de kassa?

Bart""",
  rules=['sensitive'], cats=['medical'], about=['P0224'], note='kitchen told about a named pupil’s severe nut allergy', fmt='plain')

m('bilal-medicatie', ST['an'], [P1('P0146')], 'Bilal en zijn medicatie',
"""Geachte mevrouw Chaouki,

Naar aanleiding van het gesprek met de kinderpsychiater vorige week: ik heb genoteerd dat Bilal vanaf deze week Rilatine neemt voor zijn ADHD, 's morgens thuis en een tweede dosis om 12u30 op school. Het medicatieattest heb ik goed ontvangen. Hij kan de pil halen bij het secretariaat.

Vriendelijke groeten,
An Devos""",
  rules=['sensitive'], cats=['medical'], about=['P0146'], mis=False,
  note='mail to the pupil’s own mother about ADHD diagnosis and medication (correct recipient)', fmt='plain')

m('medicatieattest-bilal', ST['secr'], [P1('P0280')], 'medicatieattest Bilal',
"""Beste ouder,

In bijlage vindt u het ingevulde medicatieattest terug voor Bilal Chaouki (4D) zoals besproken: Rilatine 10 mg, dagelijks om 12u30 in te nemen op het secretariaat, voorgeschreven door dr. Vandenbroucke (kinderpsychiatrie UZ Leuven). Gelieve het te ondertekenen en terug te bezorgen via Bilal.

Met vriendelijke groeten,
Secretariaat Sint-Pieterscollege""",
  rules=['sensitive'], cats=['medical'], about=['P0146'], mis=True,
  note='medication form for Bilal Chaouki sent to the parent of Kato Dewulf (4D)', fmt='plain')

m('fr-asthme-echange', ST['fatma'], ['Mme Girard <c.girard@lycee-saint-exupery-lille.fr>'], 'Échange mars - élèves avec besoins particuliers',
"""Chère Madame Girard,

Pour préparer l'accueil de nos élèves à Lille en mars, voici une information importante pour la famille d'accueil de Kacper Wiśniewski (4A) : il souffre d'un asthme sévère et doit toujours avoir son inhalateur (Ventolin) sur lui. Il ne peut pas dormir dans une chambre avec un chat ou un chien.

Merci de transmettre cela à la famille concernée.

Bien à vous,
Fatma Yilmaz""",
  rules=['sensitive'], cats=['medical'], about=['P0101'], lang='fr', note='French mail to partner school: named pupil severe asthma and medication', fmt='qp')

m('hersenschudding', 'Bram Thys <bram.thys@sintpieterscollege.be>', [ST['joris']], 'Re: Cas 4C',
"""Ok, genoteerd. Ik laat hem de theorieles over regels doen en scheidsrechteren zonder fluitje rennen ;)

> Op 19 okt. 2026 om 10:02 schreef Joris Maes:
> Cas Willaert uit 4C mag drie weken niet sporten. Hersenschudding na val met de scooter, hij heeft nog hoofdpijn en mag geen schermen of lawaai. Briefje van de neuroloog zit in zijn map.""",
  rules=['sensitive'], cats=['medical'], about=['P0270'], note='reply quoting colleague: pupil concussion, no sport for three weeks', tags=['reply'], fmt='plain')

# ---------------------------------------------------------------- SENSITIVE: care
m('mdo-iac-mila', ST['koen'], [CLB], 'MDO Mila Kabongo 1C - verslag',
"""Dag Trui,

Verslag van het MDO van 20/10 voor Mila (1C), aanwezig: mama, Kasia (zorgleerkracht), jij, ik.

1. Mila volgt vanaf januari een individueel aangepast curriculum voor wiskunde en Frans (doelen uit de B-stroom), voor de andere vakken het gewone programma.
2. Ze krijgt 2 uur per week ondersteuning van het ondersteuningsnetwerk (mevr. Dierickx).
3. Evaluatie van het IAC op de klassenraad van maart.
4. Mama tekent het verslag op het volgende oudercontact.

Groeten,
Koen Vermeulen
zorgcoördinator""",
  rules=['sensitive'], cats=['care'], about=['P0098'], note='MDO report with an individual adapted curriculum for a named pupil', fmt='plain')

m('herorientering-warre', ST['griet'], [P1('P0203')], 'Advies klassenraad Warre',
"""Geachte mevrouw Bogaerts,

De delibererende klassenraad van 3A heeft gisteren uitgebreid over Warre gesproken. Gezien zijn resultaten voor de wiskundige vakken raden wij sterk aan dat hij volgend schooljaar overstapt naar een studierichting in de dubbele finaliteit, bv. bedrijfsorganisatie. We denken dat hij daar meer kansen krijgt. Een gesprek met de CLB-medewerker is al gepland.

Met vriendelijke groeten,
Griet Van den Broeck""",
  rules=['sensitive'], cats=['care'], about=['P0157'], mis=True,
  note='reorientation advice for Warre Bogaerts (3A) sent to the parent of Nathan Lubaki (3A)', fmt='plain')

m('taalbad-yusuf', ST['kasia'], [ST['an'], ST['fatma']], 'GOK-uren Ibrahim',
"""Hoi An, hoi Fatma,

Vanaf maandag haal ik Ibrahim Yildiz (3C) twee uur per week uit de les Nederlands voor extra taalondersteuning in kleine groep (GOK-uren). Zijn begrijpend lezen ligt ver onder het niveau van de klas en hij haakt af bij elke langere tekst. Tijdens de toetsen mag hij een woordenlijst gebruiken, dat staat nu ook in zijn fiche in het LVS.

Kasia""",
  rules=['sensitive'], cats=['care'], about=['P0005'], note='zorgleerkracht announces GOK extra language support and test measure for one pupil', fmt='plain')

m('aanmelding-clb-victor', ST['koen'], [CLB2], 'aanmelding leerling 5C',
"""Goedemiddag,

Wij willen graag een leerling aanmelden voor verdere begeleiding door het CLB: Victor Ilunga, 5C. De klassenraad stelt vast dat hij sinds vorig schooljaar ver achterop geraakt is, de extra uitleg en het stappenplan van de school volstaan niet meer. Wij vragen een handelingsgericht diagnostisch traject. De ouders zijn akkoord.

Met vriendelijke groet,
Koen Vermeulen
zorgcoördinator Sint-Pieterscollege""",
  rules=['sensitive'], cats=['care'], about=['P0287'], note='school registers a named pupil with CLB for a diagnostic trajectory', fmt='plain')

m('sticordi-3a', ST['kasia'], [ST['tom'], ST['sarah'], ST['nath'], ST['fatma']], 'Maatregelen Nathan 3A',
"""Dag collega's van 3A,

In bijlage de afspraken voor Nathan Lubaki die op de klassenraad zijn vastgelegd. Ook in het LVS terug te vinden, maar zo hebben jullie ze bij de hand tijdens de toetsen.

Kasia""",
  atts=[('maatregelen_Nathan_Lubaki_3A.csv',
         'leerling;klas;maatregel;vakken\nNathan Lubaki;3A;extra tijd bij toetsen (1/3);alle\nNathan Lubaki;3A;toetsen in lettertype 14 en op A3;alle\nNathan Lubaki;3A;geen punten af voor spelling;niet-taalvakken\nNathan Lubaki;3A;voorleessoftware Sprint;talen\n', 'text/csv')],
  rules=['sensitive'], cats=['care'], about=['P0203'], note='CSV attachment with individual care measures for one pupil', fmt='plain')

m('attest-b-6d', ST['dir'], [ST['koen'], ST['secr']], 'begeleidende klassenraad 6D - verslag',
"""Beste Koen, beste Ilse,

Hieronder het advies voor 6D. Koen, kan jij de ouders van Arne uitnodigen?

{TABLE}

Pieter""",
  table=[['Leerling', 'Advies', 'Motivering'],
         ['Arne Peeters', 'ernstige waarschuwing', 'dreigt niet te slagen; begeleidingstraject met CLB loopt, extra opvolging door het zorgteam en een handelingsplan voor wiskunde'],
         ['Laura Pauwels', 'ok', '-']],
  fmt='html', rules=['sensitive'], cats=['care'], about=['P0189'], note='class-council table: one named pupil with CLB trajectory, care team follow-up and plan', tags=['outlook'])

m('care-plan-en', ST['koen'], ['Sean O\'Brien <sean.obrien@sintpieterscollege.be>'], 'care plan for Senne (5A)',
"""Dear Sean,

Welcome to our school. As agreed, here's the short version of the care plan for Senne Vervoort in your 5A maths group:
- he can use a calculator with formula sheet on every test
- written instructions on the board, not only spoken
- he sits in the front row, away from the window
- his progress is discussed again with the CLB at the January class council

The full plan is in Smartschool (LVS). Let me know if anything is unclear.

Best,
Koen""",
  rules=['sensitive'], cats=['care'], about=['P0214'], lang='en', note='English care plan with individual measures for one named pupil', fmt='plain')

m('fwd-verslag-to9', ST['koen'], [ST['griet']], 'Fwd: verslag type 9 - Adam Z.',
"""Griet, zie bijgevoegd bericht van het CLB. Dit moeten we bespreken op het zorgoverleg: ofwel het verslag met ondersteuning hier, ofwel inschrijving in een school voor buitengewoon onderwijs.
Koen""",
  inner={'Date': 'Mon, 19 Oct 2026 14:20:00 +0200', 'From': CLB, 'To': ST['koen'], 'Subject': 'verslag type 9 - Adam Zielinski 1D',
         'body': """Dag Koen,

Het verslag voor toegang tot het buitengewoon onderwijs type 9 voor Adam Zielinski (1D) is afgerond en met de ouders besproken. Het verslag laat ook toe dat hij in het gewoon onderwijs blijft met ondersteuning vanuit het netwerk. De ouders willen eerst met de school in gesprek.

Groeten,
Trui Verbeke
CLB Leuven"""},
  rules=['sensitive'], cats=['care'], about=['P0273'], note='forwarded CLB mail (attached message) about a special-needs report for one pupil', fmt='plain')

# ---------------------------------------------------------------- SENSITIVE: financial
m('openstaande-rekeningen', ST['marleen'], [ST['dir']], 'openstaande schoolrekeningen - 3 dossiers',
"""Pieter,

Stand van zaken van de achterstallen die ik met jou wou bespreken:

- fam. Haddou (Lina 5D): €612,40 open sinds vorig schooljaar, 2 herinneringen zonder reactie
- fam. Said (Dounia 3D): €188,00, mama belde dat ze eind november betaalt
- fam. Cools (Daan 3B): €95,00 (skireis voorschot), waarschijnlijk vergeten

Voor Haddou zou ik een aangetekende brief sturen. Akkoord?

Marleen""",
  rules=['sensitive'], cats=['financial'], about=['P0181', 'P0228', 'P0074'], note='accounting lists unpaid school bills of three named families', fmt='plain')

m('re-ocmw-rekening', ST['marleen'], ['Sociale dienst OCMW Leuven <sociale.dienst@ocmw-leuven.be>'], 'Re: schoolkosten Esther Nsimba',
"""Beste mevrouw Ceulemans,

Bedankt voor de bevestiging. Ik noteer dat het OCMW de schoolrekening van Esther Nsimba (1A) voor het eerste trimester overneemt (€245,80) en dat de facturen vanaf nu rechtstreeks naar u mogen. Ik stuur de factuur vandaag nog door.

Met vriendelijke groeten,
Marleen Goossens
boekhouding

Op 20 okt. 2026 om 09:31 schreef Sociale dienst OCMW Leuven:
> Geachte,
> Het Bijzonder Comité heeft beslist de schoolkosten van Esther Nsimba ten laste te nemen voor het schooljaar 2026-2027. Gelieve de facturen aan ons te richten met vermelding van het dossiernummer.""",
  rules=['sensitive'], cats=['financial'], about=['P0115'], note='reply to the OCMW: it takes over the school bill of one pupil', tags=['reply'], fmt='qp')

m('afbetalingsplan-haddou', ST['marleen'], [P1('P0098')], 'afbetalingsplan schoolrekening',
"""Beste mevrouw Haddou,

Zoals telefonisch afgesproken bevestig ik hierbij het afbetalingsplan voor de openstaande schoolrekening van Lina: €612,40 in zes maandelijkse schijven van €102,07, de eerste op 1 november. U gebruikt telkens dezelfde gestructureerde mededeling.

Met vriendelijke groeten,
Marleen Goossens
boekhouding""",
  rules=['sensitive'], cats=['financial'], about=['P0181'], mis=True,
  note='payment plan for Lina Haddou’s family sent to the parent of Mila Kabongo (1C)', fmt='plain')

m('schooltoelage-geweigerd', ST['ilse'], [ST['marleen']], 'toelage Verstraeten',
"""Marleen,

Mevr. Verstraeten (mama van Tuur, 2A) belde: hun schooltoelage is dit jaar geweigerd omdat papa terug werkt, maar ze zegt dat ze het met één loon niet redden en nu de rekening van de uitstap naar Londen niet kan betalen. Ze vroeg of ze het in stukjes mag betalen. Wil jij haar terugbellen?

Ilse""",
  rules=['sensitive'], cats=['financial'], about=['P0052'], note='secretariat tells accounting a family lost its school allowance and cannot pay', fmt='plain')

m('solidariteitsfonds', ST['tom'], [ST['griet']], 'Ardennen 2C',
"""Griet,
Marie Kowalski van 2C gaat niet mee naar de Ardennen, de ouders kunnen de €165 niet betalen (ze zei het zelf heel beschaamd). Kan het solidariteitsfonds dit dragen? Ik zou haar graag meenemen.
Tom""",
  rules=['sensitive'], cats=['financial'], about=['P0195'], note='teacher asks the solidarity fund to pay the trip of a pupil whose parents cannot pay', fmt='plain')

m('tweede-herinnering-arne', ST['marleen'], [P1('P0086')], 'Tweede herinnering schoolrekening',
"""Geachte heer Peeters,

Ondanks onze eerste herinnering van 15 september stellen wij vast dat de schoolrekening van Arne (6D) nog steeds niet betaald is. Het openstaande saldo bedraagt €412,50. Wij vragen u dit bedrag binnen de 14 dagen te betalen of contact op te nemen om een regeling af te spreken. Zonder reactie zijn wij genoodzaakt het dossier aan ons incassobureau over te maken.

Met vriendelijke groeten,
Marleen Goossens
boekhouding Sint-Pieterscollege""",
  rules=['sensitive'], cats=['financial'], about=['P0189'], mis=True,
  note='individual second reminder for Arne Peeters’ unpaid bill sent to the parent of Laura Pauwels (6D)', fmt='plain')

m('incasso-overleg', ST['dir'], [ST['marleen'], ST['griet']], 'Re: fam. Russo',
"""Marleen, Griet,

Ik ben akkoord om het dossier Russo (Matteo, 2B) nog niet naar de deurwaarder te sturen. Papa is failliet gegaan met zijn zaak en ze hebben ook nog de rekening van vorig jaar openstaan (samen bijna €900). Eerst een gesprek met de sociale dienst van de stad voorstellen.

Pieter

> Marleen schreef:
> Moeten we voor Russo nu de incasso opstarten? 3de herinnering is ook onbetaald.""",
  rules=['sensitive'], cats=['financial'], about=['P0259'], note='direction discusses a family’s bankruptcy and unpaid bills, debt collection', tags=['reply'], fmt='plain')

m('fr-echelonnement', ST['marleen'], [P1('P0128')], 'Facture scolaire - paiement échelonné',
"""Madame Leclercq,

Nous avons bien reçu votre demande. La direction accepte que la facture du premier trimestre pour Mathis (5B), d'un montant de 318,60 €, soit payée en trois fois (novembre, décembre, janvier). Nous comprenons que la période est difficile depuis la perte de votre emploi.

Cordialement,
Marleen Goossens
comptabilité""",
  rules=['sensitive'], cats=['financial'], about=['P0128'], lang='fr', note='French: installment plan for one family after job loss, to the right parent', fmt='cp1252')

# ---------------------------------------------------------------- SENSITIVE: two categories
m('kr-1b-tussentijds', ST['sarah'], [ST['sofie'], ST['koen']], 'tussentijdse klassenraad 1B - opvolging',
"""Dag Sofie, Koen,

Uit de klassenraad van 1B van maandag, enkel wat jullie aanbelangt:

{TABLE}

Groetjes,
Sarah""",
  table=[['Lln', 'Wat', 'Wie volgt op'],
         ['Aya B.', 'goed gestart, geen opmerkingen', '-'],
         ['Febe M. (1C, zit bij ons voor LO)', 'ouders in echtscheiding, papa vertrokken in september; Febe zit sindsdien met de kap over het hoofd in de klas, huilt vaak, praat met niemand', 'Sofie: gesprek'],
         ['Nina V.', 'zie aparte mail Hanne', 'Sofie']],
  fmt='alt', rules=['sensitive'], cats=['family', 'psychosocial'], about=['P0016'],
  note='class-council table row: divorce at home and a withdrawn, crying pupil', tags=['outlook'])

m('fw-clb-dyslexie-lien', ST['koen'], [ST['sarah'], ST['tom'], ST['kasia']], 'Fwd: Lien Van Aken 2D - resultaten onderzoek',
"""Collega's van 2D, ter info, de maatregelen komen ook in het LVS. Vanaf de toetsen van november al toepassen aub.
Koen

-----Oorspronkelijk bericht-----
Van: Trui Verbeke <trui.verbeke@clb-leuven.be>
Verzonden: dinsdag 20 oktober 2026 11:05
Aan: Koen Vermeulen <koen.vermeulen@sintpieterscollege.be>
Onderwerp: Lien Van Aken 2D - resultaten onderzoek

Dag Koen,

Het onderzoek bij Lien (2D) is afgerond. De logopediste bevestigt de diagnose dyslexie (ernstige lees- en spellingstoornis, hardnekkig ondanks twee jaar remediëring). Wij adviseren de volgende maatregelen op te nemen in haar handelingsplan: voorleessoftware bij toetsen, geen spelfouten aanrekenen buiten de taalvakken, extra tijd bij examens.

Kunnen we dit op het volgende MDO met de ouders bespreken?

Vriendelijke groeten,
Trui Verbeke
CLB-medewerker
016 29 48 10""",
  rules=['sensitive', 'personal_data'], cats=['medical', 'care'], about=['P0294'],
  note='forward of CLB mail: dyslexia diagnosis and measures for a care plan; CLB phone in quoted signature', tags=['fwd-inline'], fmt='qp')

m('papa-werkloos-rekening', ST['els'], [ST['marleen']], 'factuur werkboeken Elif',
"""Hoi Marleen,

Klein vraagje over Elif Kaya (2A). Haar papa heeft zijn job verloren en is sinds een maand niet meer thuis, mama staat er alleen voor met vier kinderen. Ze heeft me gevraagd of de factuur voor de werkboeken kan wachten tot de kinderbijslag binnen is. Kan dat?

Els""",
  rules=['sensitive'], cats=['financial', 'family'], about=['P0168'], note='teacher asks to postpone a bill: father left home and lost his job', fmt='plain')

m('mdo-pesten-kobe', ST['sofie'], [CLB], 'MDO Kobe M. 5C - afspraken',
"""Trui,

Kort verslag van het MDO over Kobe Michiels (5C):
* Kobe wordt al sinds het 4de jaar gepest door een groep jongens, sinds de zomer ook online (filmpjes in de groepschat).
* Hij spijbelde de voorbije maand 6 halve dagen.
* Afspraken: wekelijks gesprek bij mij, een veilige plek tijdens de middag (bib), aanmelding bij jullie voor verdere begeleiding; handelingsplan wordt opgemaakt door Koen.
* Volgend overleg: 16/11.

Sofie""",
  rules=['sensitive'], cats=['psychosocial', 'care'], about=['P0132'], note='MDO summary: pupil bullying victim and truancy; CLB follow-up and care plan', fmt='plain')

m('eetstoornis-opname', ST['griet'], [ST['nath'], ST['dirk']], 'Nora 6C - afwezig tot kerst',
"""Beste Nathalie, Dirk,

Nora Vanderstraeten (6C) wordt morgen opgenomen op de eetstoornissenafdeling van UPC KU Leuven, ze is de voorbije maanden zeer sterk vermagerd. Ze zal minstens tot de kerstvakantie afwezig zijn. Ze is er erg bang en beschaamd over. Mama vraagt dat de klas enkel hoort dat ze 'ziek' is.

Griet""",
  rules=['sensitive'], cats=['medical', 'psychosocial'], about=['P0266'], note='pupil admitted to hospital for an eating disorder, anxious and ashamed', fmt='b64')

m('laptop-sprint-fonds', ST['kasia'], [ST['marleen']], 'laptop Daan Cools',
"""Dag Marleen,

Daan Cools (3B) moet volgens zijn handelingsplan vanaf januari met een laptop en Sprint werken als compenserende maatregel. De ouders kunnen de huurlaptop (€14/maand) echt niet betalen, mama zit in collectieve schuldenregeling. Kan de school dit uit het zorgbudget of het solidariteitsfonds betalen?

Kasia""",
  rules=['sensitive'], cats=['care', 'financial'], about=['P0074'], note='compensating care measure and family in debt mediation cannot pay the laptop', fmt='plain')

m('oma-diabetes-ilias', ST['hanne'], [ST['joris'], ST['secr']], 'Ilias 6A',
"""Hallo Joris en secretariaat,

Ilias Boukhari (6A) woont sinds het overlijden van zijn mama bij zijn grootmoeder in Kessel-Lo. Oma spreekt weinig Nederlands, bellen gaat best naar zijn oom. Ilias is ook diabeet (insuline, spuit zelf in het opvoederslokaal voor het middageten). Voor de skireis moeten we dus goed afspreken wie de insuline beheert.

Hanne""",
  rules=['sensitive'], cats=['family', 'medical'], about=['P0186'], note='pupil lives with grandmother after mother’s death; pupil has insulin-treated diabetes', fmt='plain')

m('diefstal-refter', ST['wim'], [ST['sofie']], 'Ruben 6C - refter',
"""Sofie,

Ruben Segers (6C) is vandaag betrapt bij het stelen van broodjes en geld uit de jassen in de gang. Toen ik met hem sprak kwam eruit dat er thuis sinds weken nauwelijks eten is, de elektriciteit is afgesloten en zijn ma durft geen hulp vragen. Hij was er helemaal kapot van. Ik heb hem een broodje gegeven en gezegd dat we het samen oplossen. Kunnen wij iets doen?

Wim""",
  rules=['sensitive'], cats=['psychosocial', 'financial'], about=['P0242'], note='pupil caught stealing (behaviour) because of poverty at home', fmt='plain')

m('voorziening-iac-kato', ST['koen'], [ST['kasia'], ST['griet']], 'Kato Dewulf 4D: nieuwe situatie',
"""Dag Kasia, dag Griet,

Kato (4D) verblijft sinds maandag in een leefgroep van Jongerenwerking Oikonde in Leuven, na tussenkomst van de jeugdrechter. De begeleider van de leefgroep is vanaf nu ons aanspreekpunt. Omdat ze veel gemist heeft, stel ik voor haar IAC uit te breiden naar geschiedenis en aardrijkskunde en haar vrijstelling voor Duits te behouden.

Kunnen we dat donderdag op het zorgoverleg agenderen?

Koen""",
  rules=['sensitive'], cats=['family', 'care'], about=['P0280'], note='pupil placed in a residential group by the youth judge; individual curriculum extended', fmt='plain')

m('re-uitstel-betaling', ST['marleen'], [P1('P0026')], 'Re: uitstel betaling',
"""Beste mevrouw Pauwels,

Geen probleem. Gezien de hoge ziekenhuiskosten voor Laura's hartoperatie deze zomer stellen we de betaling van de schoolrekening (€356,20) uit tot 31 januari. U hoeft nu niets te doen.

Beterschap aan Laura,
Marleen Goossens

Op zo 18 okt. 2026 om 20:47 schreef Marijke Pauwels:
> Mevrouw Goossens, door de operatie van Laura en de weken in het UZ hebben we nu heel veel facturen. Kan de schoolrekening even wachten?""",
  rules=['sensitive'], cats=['medical', 'financial'], about=['P0086'], mis=True,
  note='reply about Laura Pauwels’ heart surgery and postponed bill, sent to the parent of Jasper Hermans (6B)', tags=['reply'], fmt='qp')

# ---------------------------------------------------------------- PASSWORD (credential handed over)
m('secretariaat-mailbox-nieuwe', ST['ilse'], ['Jolien Torfs <jolien.torfs@sintpieterscollege.be>'], 'welkom + praktisch',
"""Dag Jolien,

Welkom in ons team! Morgen om 8u ben ik er om je wegwijs te maken. Zodat je al eens kan rondkijken: de gedeelde mailbox van het secretariaat open je in Outlook met secretariaat@sintpieterscollege.be, het paswoord is Onthaal!Dijle26 (niet veranderen want we gebruiken hem met z'n vieren).

Tot morgen,
Ilse""",
  rules=['password'], note='secretariat gives new colleague the shared mailbox password in prose', fmt='plain')

m('wifi-examens', ST['lieven'], [ST['griet']], 'wifi voor de externe juryleden',
"""Griet,

Voor de juryleden van de GIP-verdediging volgende week: netwerk SPC-Jury, sleutel kw7-Ruimte-Beneden-19. Werkt enkel in het A-blok. Na 13/11 zet ik het netwerk terug af.

Lieven""",
  rules=['password'], note='ICT gives the Wi-Fi key of the jury network', fmt='plain')

m('kopiecode-interim', ST['secr'], ['Mats Dierickx <mats.dierickx@sintpieterscollege.be>'], 'Kopieercode',
"""Beste Mats,

Je persoonlijke kopieercode voor de toestellen in de leraarskamer en aan het secretariaat is 40718. Je krijgt 500 kopieën per trimester, daarna even langskomen.

Vriendelijke groeten,
Secretariaat""",
  rules=['password'], note='copier code for an interim teacher', fmt='plain')

m('fietsenstalling', ST['bart'], [ST['joris']], 'Re: poort fietsenstalling',
"""Joris, het is 2580 en dan op het sleuteltje drukken. Niet aan de leerlingen geven he ;)
Bart

Op 6 okt. 2026 om 17:12 schreef Joris Maes:
> Bart, wat was de code van de poort aan de fietsenstalling alweer? Ik sta hier met de bal-zakken.""",
  rules=['password'], note='gate code of the bike shed given in a quick reply', tags=['reply'], fmt='plain')

m('alarm-infoavond', ST['dir'], ['Jan Geens <jan.geens@sintpieterscollege.be>'], 'afsluiten na de infoavond',
"""Jan,

Bedankt dat jij donderdag afsluit na de infoavond. Kort: alle lichten in de refter uit, achterdeur op slot, dan aan het paneel naast het onthaal de alarmcode 1-9-6-4 en OFF/ON indrukken, je hebt 45 seconden om buiten te zijn. Als het toch afgaat, bel de centrale en geef als codewoord 'kastanje'.

Pieter""",
  rules=['password'], note='alarm code and codeword for the alarm central given to a teacher who locks up', fmt='qp')

m('kluis-kas-uitstap', ST['marleen'], [ST['tom']], 'geld Ardennen',
"""Tom, het ingezamelde geld van de Ardennen mag in de kluis in mijn bureau. Combinatie: 27-04-91, eerst twee keer rechts draaien. Ik ben er vrijdag niet.
M.""",
  rules=['password'], note='safe combination for the trip money', fmt='plain')

m('locker-codes-3b', ST['wim'], [ST['dirk']], 'codes kluisjes 3B',
"""Dirk, als titularis: hierbij de codes van de kluisjes van jouw klas, voor als ze hem weer vergeten zijn. Graag niet aan de klas rondmailen.
Wim""",
  atts=[('kluisjes_3B.csv', 'kluisje;leerling;code\n301;Imran Bakkali;4471\n302;Daan Cools;9028\n303;Thibo Mertens;1357\n', 'text/csv')],
  rules=['password'], about=['P0013', 'P0074', 'P0174'], note='CSV attachment with the lock codes of a class’s lockers', fmt='plain')

m('pincode-bankkaart', ST['marleen'], [ST['bart']], 'bankkaart voor Brico',
"""Bart, de bankkaart van de school ligt in de bovenste lade (sleutel hangt achter de deur). Pincode 8316. Bonnetje mee terugbrengen aub!""",
  rules=['password'], note='PIN of the school bank card', fmt='plain')

m('resetcode-coaccount', ST['secr'], [P1('P0210')], 'co-account Smartschool',
"""Beste mevrouw Janssen,

U vroeg om uw co-account opnieuw in te stellen. Meld u aan op sintpieterscollege.smartschool.be met gebruikersnaam lore.janssen en kies 'co-account 1'. Gebruik eenmalig de resetcode HX4-22K-9PQ, daarna kiest u zelf een nieuw wachtwoord. De code is 48 uur geldig.

Met vriendelijke groeten,
Secretariaat""",
  rules=['password'], about=['P0210'], note='one-time reset code for a parent co-account sent by mail', fmt='plain')

m('nieuwe-collega-m365', ST['yas'], ['Eline Bosmans <eline.bosmans@sintpieterscollege.be>'], 'je account',
"""Hoi Eline,

Je schoolaccount is klaar:
- login: eline.bosmans@sintpieterscollege.be
- tijdelijk wachtwoord: Spc-Start-7391

Bij de eerste aanmelding moet je het wijzigen en de Authenticator-app instellen. Smartschool volgt morgen.

Yassine
ICT""",
  rules=['password'], note='temporary password for a new colleague', fmt='plain')

m('fw-login-uitgeverij', ST['tom'], ['Sean O\'Brien <sean.obrien@sintpieterscollege.be>'], 'Fw: jouw toegang tot het lerarenplatform',
"""Sean, dit is de vakgroepaccount, gebruik gerust.

---------- Forwarded message ---------
From: Klantendienst Uitgeverij Dijleland <klantendienst@uitgeverij-dijleland.be>
Date: Wed, 2 Sep 2026 at 09:14
Subject: jouw toegang tot het lerarenplatform
To: <vakgroep-wiskunde@sintpieterscollege.be>

Beste leerkracht,
Uw licentie voor Pienter Wiskunde 3 is geactiveerd.
Gebruikersnaam: vakgroep-wiskunde@sintpieterscollege.be
Wachtwoord: Pienter3-SPC!
Met vriendelijke groeten,
Klantendienst""",
  rules=['password'], note='forward of a publisher mail containing the department account login and password', tags=['fwd-inline'], fmt='plain')

m('guest-account-en', ST['yas'], ['Hannah Weber <hannah.weber@gymnasium-aachen.de>'], 'Your guest access next week',
"""Dear Ms Weber,

We're looking forward to your visit with the Aachen group. For the week you'll have a guest account on our network and the classroom PCs:

Username: gast.weber
Password: Leuven-Aachen#42

Wi-Fi: SPC-Gast, key: welkom-in-leuven-2026

Kind regards,
Yassine El Amrani
ICT coordinator""",
  rules=['password'], lang='en', note='English: guest account and Wi-Fi key for a visiting teacher', fmt='plain')

m('code-photocopieur-fr', ST['fatma'], ['Camille Moreau <camille.moreau@sintpieterscollege.be>'], 'photocopieuse',
"""Coucou Camille,

Pour tes photocopies demain: le code de la section langues, c'est le 55120. Si la machine de la salle des profs est en panne, celle de l'accueil marche avec le même code.

Bises,
Fatma""",
  rules=['password'], lang='fr', note='French: copier code for the language assistant', fmt='plain')

m('overdracht-vervanger', ST['griet'], ['Thomas Reynders <thomas.reynders@sintpieterscollege.be>'], 'overdracht lessen Sarah',
"""Dag Thomas,

Welkom! Voor de overname van de lessen van Sarah tijdens haar afwezigheid tot de kerstvakantie:

{TABLE}

Lesvoorbereidingen staan in de Teams-groep 'Nederlands 1ste graad'.

Griet""",
  table=[['Wat', 'Gebruiker', 'Paswoord'],
         ['Smartschool (tijdelijk)', 'thomas.reynders', 'Wissel2026!'],
         ['Klas-pc B.108', 'leerkracht-b108', 'B108lkr'],
         ['Kopieercode', '-', '30266']],
  fmt='alt', rules=['password'], note='Outlook table with logins, passwords and copier code for a substitute teacher', tags=['outlook'])

m('instagram-account', ST['an'], ['Lies Coppens <lies.coppens@sintpieterscollege.be>'], 'insta school',
"""Lies, vanaf nu mag jij de foto's van de sportdag op Instagram zetten. Account sintpieterscollege_leuven, ww: SPCpics_2026 . Tweestapsverificatie gaat naar mijn gsm dus stuur me een berichtje als je inlogt.
An""",
  rules=['password'], note='password of the school Instagram account handed to a colleague', fmt='plain')

m('personeelsbrief-deurcode', ST['direc'], [], 'Personeelsinfo week 44',
"""Beste collega's,

Enkele praktische punten voor deze week:

1. Maandag 26/10: pedagogische studiedag, start 8u45 in de aula.
2. De deur van de leraarskamer heeft vanaf dinsdag een codeslot. Code: 7 3 1 9 #. Geef hem niet door aan leerlingen.
3. De koffiemachine is hersteld.
4. Denk aan het invullen van de afwezigheden vóór 9u.

Fijne week!
De directie""",
  bcc=[GROUP('personeel')], rules=['password'], note='staff newsletter (group in Bcc) with the new door code of the staffroom', fmt='qp')

m('sleutelkastje-sporthal', ST['joris'], ['Stefan Verlinden <stefan.verlinden@sintpieterscollege.be>'], 'Re: sporthal zaterdag',
"""Ja, het sleutelkastje naast de nooduitgang, code 0412. Sleutel daarna terughangen en de code weer op 0000 draaien.

Joris

-----Original Message-----
From: Stefan Verlinden
Sent: vrijdag 23 oktober 2026 14:02
To: Joris Maes
Subject: sporthal zaterdag

Hoe raak ik zaterdag binnen voor de volleybaltraining?""",
  rules=['password'], note='key-box code of the sports hall in a reply', tags=['reply'], fmt='plain')

m('wifi-oudervereniging', ST['ilse'], ['Kristof Van Damme <kristof.vandamme@telenet.be>'], 'Wifi voor de eetdag',
"""Beste Kristof,

Voor de kassa's van de oudervereniging op de eetdag kan je het netwerk SPC-Event gebruiken. Wachtwoord: spaghetti2026 (klein geschreven). Het netwerk staat aan van zaterdag 10u tot 22u.

Groetjes,
Ilse""",
  rules=['password'], note='Wi-Fi password given to the parents’ association chair', fmt='plain')

m('punten-pdf-beveiligd', ST['dir'], [ST['koen']], 'puntenlijsten 6de jaar',
"""Koen,

De puntenlijsten van het 6de jaar staan in de gedeelde map Directie > Deliberaties. Het bestand is beveiligd, wachtwoord: Delib-Juni-6. Graag niet doorsturen.

Pieter""",
  rules=['password'], note='password of a protected file with grade lists', fmt='plain')

m('kassa-refter', ST['bart'], ['Keuken Sodexo SPC <keuken.spc@sintpieterscollege.be>'], 'kassa software',
"""Hallo Sandra,
Nieuwe kassa staat klaar. Inloggen met gebruiker KASSA1 en pincode 6060, voor de dagafsluiting is het beheerderswachtwoord Refter#Beheer. Bij problemen bel je de helpdesk van de leverancier.
Bart""",
  rules=['password'], note='cash register login, PIN and admin password for the canteen', fmt='plain')

m('leerling-tijdelijk-ww', ST['yas'], [R['P0074']['pupil']], 'je nieuwe paswoord',
"""Dag Daan,

Je account is gereset. Je tijdelijk paswoord is Welkom-3B-2718. Log in op een schoolcomputer en kies meteen een nieuw wachtwoord van minstens 12 tekens.

Yassine
ICT""",
  rules=['password'], about=['P0074'], note='ICT mails a pupil his temporary password', fmt='plain')

m('re-nog-altijd', ST['hanne'], [ST['wim']], 'Re: refterlaptop',
"""ja het is nog altijd Dijle#2024 (ik weet het, moet eens veranderd worden)

Hanne

Op 27 okt. 2026 om 12:31 schreef Wim Claessens <wim.claessens@sintpieterscollege.be>:
> Hanne, de laptop voor de aanwezigheden in de refter vraagt een wachtwoord, is dat nog het oude?""",
  rules=['password'], note='short reply giving the password of the shared canteen laptop', tags=['reply'], fmt='plain')

m('padlet-canva-login', ST['sarah'], [ST['nath']], 'Canva',
"""Nathalie,
Hier de gegevens van de gedeelde Canva-pro die de vakgroep talen gebruikt:
gebruiker: talen@sintpieterscollege.be
pw: T@len-Canva-88
Maak aub geen nieuwe teams aan, dan betalen we meer.
Sarah""",
  rules=['password'], note='shared Canva account login and password between colleagues', fmt='qp')

m('code-portail-fr', ST['dir'], ['Vincent Lambert <vincent.lambert@skynet.be>'], 'Accès parking - fête de l\'école',
"""Monsieur Lambert,

Merci beaucoup de venir aider avec le montage du chapiteau samedi. Le portail du parking arrière s'ouvre avec le code 4 8 2 6, puis la touche verte. Merci de refermer en partant.

Cordialement,
Pieter Janssens
directeur""",
  rules=['password'], lang='fr', note='French: gate code of the back parking given to a volunteer parent', fmt='cp1252')

m('weekend-exchange-en', ST['griet'], ['Paul Wright <paul.wright@stmarys-york.org.uk>'], 'Weekend practicalities',
"""Hi Paul,

Some practical bits for Saturday, as the building will be empty:
- side entrance Vaartstraat: keypad code 3355
- alarm: code 1-9-6-4 then ON, panel to the left of the door
- Wi-Fi in the refectory: SPC-Event / spaghetti2026

Have a nice weekend with the group!
Griet""",
  rules=['password'], lang='en', note='English: door code, alarm code and Wi-Fi key for the exchange group leader', fmt='plain')

m('2fa-backup', ST['lieven'], [ST['dir']], 'backupcodes',
"""Pieter,

Zoals gevraagd: de reservecodes voor je Microsoft-account, voor als je gsm weer stuk is. Elke code werkt maar één keer.

81924-33071
40217-95568
66340-12873

Best printen en in je bureau leggen, en deze mail verwijderen.
Lieven""",
  rules=['password'], note='2FA backup codes for the director’s account', fmt='plain')

# ---------------------------------------------------------------- password look-alikes (clean)
m('sterk-wachtwoord-leerlingen', ST['yas'], [], 'Nieuw schooljaar: je account',
"""Dag iedereen,

Bij het begin van het schooljaar vragen we je om je wachtwoord te wijzigen. Enkele tips:
- kies een zin van minstens 12 tekens, bv. een lijntje uit een liedje
- gebruik nergens anders hetzelfde wachtwoord
- geef je wachtwoord nooit door, ook niet aan je beste vriend(in)
- de school vraagt nooit je wachtwoord via mail

Wachtwoord vergeten? Op de aanmeldpagina van Smartschool klik je op 'Wachtwoord vergeten' of je komt langs bij ICT (lokaal C.003).

ICT-team""",
  bcc=[GROUP('leerlingen')], note='advice about passwords without any credential', fmt='plain')

m('teams-klassenraad', ST['griet'], [ST['dirk'], ST['sarah']], 'Teams: klassenraad online 4de jaar',
"""Microsoft Teams-vergadering
Deelnemen op je computer, mobiele app of apparaat in de ruimte
Vergader-id: 382 114 905 271
Wachtwoord: Xk7pQ2

Meer informatie | Opties voor vergaderingen
________________________________________________________________""",
  note='meeting passcode', fmt='alt', tags=['teams-invite'])

m('zoom-parents-evening-en', ST['nath'], [P1('P0252')], 'Online parent meeting',
"""Dear Mrs Dubois,

As you are abroad next week, we can do the parent meeting about Olivia's English report online.

Join Zoom Meeting, Thursday 5 November 18:40
Meeting ID: 812 5530 2291
Passcode: 419207

Best regards,
Nathalie Mbuyi""",
  about=['P0252'], lang='en', note='meeting passcode', fmt='plain')

m('handleiding-sjabloon', ST['yas'], [ST['secr']], 'sjabloon welkomstbrief nieuwe leerlingen',
"""Ilse,

Hier het sjabloon dat je mag gebruiken, de velden worden door Smartschool ingevuld:

Beste [voornaam],
Welkom op het Sint-Pieterscollege! Je kan aanmelden op sintpieterscollege.smartschool.be.
Gebruikersnaam: [voornaam.naam]
Wachtwoord: ********  (je ontvangt dit op je eerste schooldag op papier)

Yassine""",
  note='template with placeholders only, no real credential', fmt='plain')

m('lokaal-en-toestel', ST['secr'], ['Olivier Geens <olivier.geens@sintpieterscollege.be>'], 'je lokaal en toestel',
"""Beste Olivier,

Je klas is lokaal B.214 (2de verdieping, naast de trap). De sleutel ligt in vakje 14 aan het onthaal. Intern bereik je het secretariaat op toestel 2307, de conciërge op 2311.

Groeten,
Secretariaat""",
  note='room number, pigeonhole and internal extensions that look like codes', fmt='plain')

m('bpost-zending', ST['ilse'], ['Uitgeverij Dijleland <klantendienst@uitgeverij-dijleland.be>'], 'Re: levering handboeken',
"""Goedemiddag,

De doos met de verkeerd geleverde handboeken (Frans 2) is vandaag teruggestuurd. Het zendingsnummer van bpost is 323299904578120056. Bestelnummer van uw kant was WEB-2026-118734.

Met vriendelijke groeten,
Ilse Wouters
secretariaat""",
  note='tracking and order number, not a code', fmt='plain', tags=['reply'])

m('kopiecode-persoonlijk-halen', ST['secr'], [], 'Nieuwe kopieercodes',
"""Beste collega's,

Vanaf 1 november werken de kopieertoestellen met nieuwe persoonlijke codes. Om veiligheidsredenen sturen we die niet per mail: je kan je code deze week persoonlijk ophalen aan het secretariaat (tegen handtekening). De oude codes werken nog tot 31 oktober.

Secretariaat""",
  bcc=[GROUP('personeel')], note='announces new copier codes without giving any', fmt='plain')

m('phishing-waarschuwing', ST['lieven'], [], 'OPGELET: valse mail "uw mailbox is vol"',
"""Collega's,

Verschillende mensen kregen vanmorgen een mail van 'Microsoft Support' met de vraag om hun paswoord te bevestigen via een link. Dat is phishing. Klik niet, vul niets in en verwijder de mail. Wij zullen je nooit je wachtwoord vragen, niet via mail, niet via de telefoon.

Heb je toch iets ingevuld? Verwittig meteen ICT, dan zetten we je wachtwoord opnieuw.

Lieven - ICT""",
  bcc=[GROUP('personeel')], note='phishing warning that talks about passwords without giving one', fmt='plain')

m('gastnetwerk-onthaal', ST['info'], ['Evelien Stevens <evelien.stevens@telenet.be>'], 'Re: wifi tijdens de infoavond?',
"""Beste mevrouw Stevens,

Ja, er is een gastnetwerk (SPC-Gast). De toegangscode hangt op de avond zelf uit aan het onthaal en in de aula, hij verandert elke week.

Met vriendelijke groeten,
Sint-Pieterscollege""",
  note='answer about guest Wi-Fi that does not give the key', fmt='plain', tags=['reply'])

m('meet-fr-partenaires', ST['fatma'], ['Mme Girard <c.girard@lycee-saint-exupery-lille.fr>'], 'Réunion préparatoire échange',
"""Chère Madame Girard,

Je vous propose une visioconférence mardi 10 novembre à 16h.
Lien Google Meet: meet.google.com/xkr-pqta-mvn
Code de la réunion: xkr-pqta-mvn
ou par téléphone, code PIN: 318 442 907#

Bien à vous,
Fatma Yilmaz""",
  lang='fr', note='meeting passcode', fmt='plain')

# ---------------------------------------------------------------- GENERAL (must pass)
m('re-hoe-werkt-coaccount', ST['secr'], [P1('P0231')], 'Re: hoe werkt Smartschool voor ouders?',
"""Beste mevrouw Wuyts,

Bedankt voor uw vraag. Elke ouder krijgt in Smartschool een eigen co-account bij het account van zijn of haar kind. Daarmee kan u:
- berichten van leerkrachten en de school lezen en beantwoorden;
- de schoolagenda en de toetsen bekijken;
- het rapport raadplegen zodra het vrijgegeven is.

Uw persoonlijke aanmeldgegevens krijgt u via een brief die uw kind in september meekreeg. Bent u die kwijt? Kom dan even langs aan het onthaal met uw identiteitskaart, dan maken we een nieuwe aan. Via mail geven we nooit aanmeldgegevens door.

Met vriendelijke groeten,
Ilse Wouters
secretariaat

Op 7 okt. 2026 om 19:55 schreef Kathleen Wuyts:
> Goedenavond, hoe werkt dat eigenlijk met Smartschool voor ouders? Ik zie enkel wat mijn zoon me toont.""",
  about=[], note='answer to one parent’s general question on how the parent account works', tags=['reply'], fmt='qp')

m('re-mag-mijn-kind-fiets', ST['joris'], [P1('P0007')], 'Re: mag mijn kind met de fiets naar de sporthal?',
"""Beste mevrouw Vermeiren,

Ja, dat mag. Alle leerlingen van de eerste graad fietsen op maandag in groep naar de sporthal van Heverlee, onder begeleiding van twee leerkrachten en met fluohesje. Leerlingen zonder fiets gaan met de bus van 13u05. Een helm raden we sterk aan maar is niet verplicht.

Sportieve groeten,
Joris Maes
leerkracht LO""",
  note='general answer to a parent about cycling to the sports hall', tags=['reply'], fmt='plain')

m('hpv-vaccinatie-clb', ST['secr'], [], 'Info van het CLB: vaccinaties 1ste jaar',
"""Geachte ouders,

Via deze weg bezorgen we u de informatie van het CLB over de vaccinaties in het eerste jaar.

In de loop van november komt de CLB-verpleegkundige naar de school. Leerlingen van het eerste jaar kunnen dan gratis gevaccineerd worden tegen HPV (twee prikken met een tussenperiode van zes maanden). Een vaccinatie gebeurt enkel als u daarvoor toestemming geeft via het formulier dat uw kind deze week meekrijgt.

Heeft uw kind al eerder een vaccin gekregen bij de huisarts, dan vermeldt u dat op het formulier. Vragen? U kan terecht bij het CLB via onthaal@clb-leuven.be.

Met vriendelijke groeten,
Het secretariaat, namens CLB Leuven""",
  bcc=[GROUP('ouders-1ste-graad')], note='forwarded general CLB vaccination information to all first-year parents (Bcc)', fmt='qp')

m('wegenwerken-naamsestraat', ST['info'], [], 'Wegenwerken Naamsestraat vanaf 2 november',
"""Beste ouders, beste leerlingen,

De stad Leuven laat ons weten dat de Naamsestraat vanaf maandag 2 november tot half december wordt heraangelegd tussen de Ladeuzeplein-kant en de Parkpoort. De fietsers worden omgeleid via de Tervuursevest.

Wat betekent dat voor onze school?
- De schoolpoort aan de Naamsestraat blijft bereikbaar te voet.
- Fietsers gebruiken de ingang aan de Vaartstraat.
- Ouders die hun kind met de auto brengen: gelieve af te zetten aan de Kapucijnenvoer.

Meer info vindt u op de website van de stad.

De directie""",
  bcc=[GROUP('ouders'), GROUP('leerlingen')], note='municipality road works information to everyone', fmt='plain')

m('overlijden-oud-collega', ST['dir'], [], 'Overlijden van meester Frans',
"""Beste collega's,

Met droefheid laat ik jullie weten dat onze oud-collega Frans Lemmens zondag overleden is, op 81-jarige leeftijd. Frans gaf tot 2006 Latijn en Grieks op onze school en was voor velen van jullie een gewaardeerde mentor. De uitvaart vindt plaats op zaterdag 17 oktober om 10u30 in de Sint-Pieterskerk.

Een rouwregister ligt deze week in de leraarskamer.

Pieter Janssens""",
  bcc=[GROUP('personeel')], note='death of a retired former colleague announced to all staff', fmt='plain')

m('overlijden-grootouder-klas', ST['an'], [], 'Bericht aan de ouders van 2B',
"""Beste ouders van 2B,

Deze week is er in onze klasgroep verdriet: de grootvader van een van de leerlingen is overleden. We hebben er in de klas kort bij stilgestaan en de leerlingen maken samen een kaartje.

Merkt u dat uw kind er thuis over praat of vragen heeft, dan kan u altijd bij mij of bij de leerlingenbegeleiding terecht.

Vriendelijke groeten,
An Devos
klastitularis 2B""",
  bcc=[GROUP('ouders-2b')], note='death of a grandparent announced in general terms without naming the pupil or family', fmt='plain')

m('nieuwsbrief-oktober', ST['info'], [], 'Nieuwsbrief oktober - Sint-Pieterscollege',
"""Nieuwsbrief oktober

In deze editie:
1. Terugblik op de sportdag
2. Oudercontact 1ste trimester
3. Herfstvakantie
4. Warme maaltijden: nieuwe prijzen
5. Oproep oudervereniging

1. Terugblik op de sportdag
Meer dan 900 leerlingen trotseerden de regen op het sportcomplex. Proficiat aan klas 4C die het klassement won!

2. Oudercontact
Het eerste oudercontact vindt plaats op donderdag 12 november van 16u tot 20u. U schrijft in via Smartschool.

3. Herfstvakantie
Van maandag 2 tot en met zondag 8 november.

4. Warme maaltijden
Een warme maaltijd kost vanaf november €4,60, soep blijft €0,80.

5. Oudervereniging
De oudervereniging zoekt nog helpende handen voor de eetdag. Interesse? Laat het weten aan het onthaal.""",
  bcc=[GROUP('ouders')], fmt='alt', note='monthly newsletter to all parents', tags=['newsletter'])

m('medicatie-procedure', ST['direc'], [], 'Medicatie op school: afspraken',
"""Geachte ouders,

Regelmatig vragen ouders ons om medicatie te geven aan hun kind tijdens de schooluren. Om dat veilig te laten verlopen, gelden volgende afspraken:

- Het personeel geeft geen medicatie zonder een attest dat ingevuld is door de behandelende arts en ondertekend door u.
- Dat geldt ook voor pijnstillers of middeltjes die u zonder voorschrift koopt.
- De medicatie wordt bewaard op het secretariaat, in de originele verpakking met de naam van uw kind.
- Bij een wijziging van dosis of product vragen we een nieuw attest.
- Bij hoofdpijn of buikpijn zonder attest bellen we u op; we geven zelf niets.

Het attest vindt u op Smartschool onder 'Documenten'. Hebt u vragen over een specifieke situatie, dan neemt u best contact op met het secretariaat.

Met vriendelijke groeten,
De directie""",
  bcc=[GROUP('ouders')], note='general medication procedure for all parents', fmt='qp')

m('allergie-meerdaagse', ST['griet'], [], 'Meerdaagse Ardennen: medische fiche en allergieën',
"""Beste ouders van het tweede jaar,

Voor de meerdaagse naar de Ardennen vragen we elke ouder om de medische fiche in te vullen, ook als uw kind geen medische problemen heeft. Vermeld daarin zeker:
- allergieën (bv. voeding, medicatie, insectenbeten) en wat we moeten doen bij een reactie;
- medicatie die uw kind tijdens de uitstap neemt;
- een telefoonnummer waarop u bereikbaar bent tijdens de uitstap.

De fiches worden enkel door de begeleidende leerkrachten ingekeken en na de uitstap vernietigd.

Met vriendelijke groeten,
Griet Van den Broeck
adjunct-directeur""",
  bcc=[GROUP('ouders-2de-jaar')], note='general allergy and medical form instructions for a trip, no individual data', fmt='plain')

m('pestbeleid', ST['dir'], [], 'Ons anti-pestbeleid',
"""Beste ouders,

Pesten hoort niet thuis op onze school. Toch gebeurt het, ook online. Daarom geven we u graag een beeld van hoe we pesten aanpakken.

Wat is pesten? Iemand wordt herhaaldelijk en bewust gekwetst door één of meerdere leerlingen, bv. uitsluiten, uitlachen, roddels verspreiden, berichtjes in groepschats.

Hoe pakken we het aan?
1. Een leerling, ouder of leerkracht meldt het aan de leerlingenbegeleiding.
2. We praten apart met het slachtoffer en daarna met de betrokken leerlingen. Vaak werken we met de no-blame methode: de groep zoekt zelf mee naar oplossingen.
3. Blijft het pesten duren, dan volgen sancties volgens het schoolreglement.
4. We volgen de situatie op tot ze opgelost is.

Wat kan u doen? Neem signalen ernstig (bv. uw kind wil plots niet meer naar school, verliest spullen, zit veel op zijn gsm en is daarna stil) en contacteer ons.

Met vriendelijke groeten,
Pieter Janssens""",
  bcc=[GROUP('ouders')], note='general bullying policy with examples, no individual case', fmt='alt')

m('zorgbeleid-uitleg', ST['koen'], [], 'Hoe werkt het zorgbeleid op onze school?',
"""Beste ouders van het eerste jaar,

Op het eerste oudercontact kregen we veel vragen over leerlingenbegeleiding en zorg. Hier een korte uitleg.

Brede basiszorg: voor alle leerlingen, bv. studiebegeleiding in de klas, remediëringsmomenten, een vertrouwenspersoon.
Verhoogde zorg: voor leerlingen die meer nodig hebben, bv. extra tijd bij toetsen, gebruik van een laptop met voorleessoftware, een vaste plaats in de klas. Die maatregelen worden afgesproken op de klassenraad, samen met u en uw kind.
Uitbreiding van zorg: wanneer dat niet volstaat, schakelen we het CLB in, bv. voor een onderzoek of een begeleidingstraject.
Individueel aangepast curriculum: in uitzonderlijke gevallen volgt een leerling aangepaste doelen.

Heeft u vragen over uw kind, dan kan u terecht bij de klastitularis of bij mij.

Koen Vermeulen
zorgcoördinator""",
  bcc=[GROUP('ouders-1ste-graad')], note='general care-policy explanation with examples introduced by bv.', fmt='qp')

m('schoolreglement-afwezig', ST['secr'], [P1('P0104')], 'Re: afwezigheid door ziekte - welk briefje?',
"""Beste mevrouw Stevens,

In ons schoolreglement staat het zo:

4.2 Afwezigheid wegens ziekte
4.2.1 Bij een ziekte van maximaal drie opeenvolgende kalenderdagen volstaat een verklaring van de ouders. Dat kan maximaal vier keer per schooljaar.
4.2.2 Is uw kind langer dan drie kalenderdagen ziek, of heeft het de vier briefjes al gebruikt, dan is een medisch attest nodig.
4.2.3 Bij afwezigheid tijdens de examens is altijd een medisch attest nodig.
4.3 Verwittigen
4.3.1 Verwittig het secretariaat vóór 8u30 via Smartschool of telefonisch.

Het volledige reglement staat op Smartschool.

Met vriendelijke groeten,
Secretariaat""",
  note='rule-book excerpt with numbered headings as answer to one parent', tags=['reply'], fmt='plain')

m('schoolrekening-uitleg', ST['marleen'], [], 'Uw schoolrekening van het eerste trimester',
"""Geachte ouders,

Deze week ontvangt u via Smartschool de schoolrekening van het eerste trimester. Enkele verduidelijkingen:

- De rekening bevat de kosten van september tot en met december: werkboeken, kopieën, uitstappen en het zwemmen.
- Warme maaltijden worden apart aangerekend per maand.
- Betalen doet u bij voorkeur via overschrijving met de gestructureerde mededeling op de rekening.
- Is het moeilijk om de rekening in één keer te betalen? Neem dan discreet contact op met de boekhouding. We zoeken samen naar een oplossing, bv. een spreiding van de betaling. Dat blijft strikt vertrouwelijk.

Met vriendelijke groeten,
Marleen Goossens
boekhouding""",
  bcc=[GROUP('ouders')], note='general invoice explanation to everyone incl. offer of a payment plan', fmt='plain')

m('schooltoelage-info', ST['secr'], [], 'Schooltoelage 2026-2027: vergeet ze niet aan te vragen',
"""Beste ouders,

Gezinnen met een beperkt inkomen kunnen een schooltoelage krijgen. Die wordt voor de meeste gezinnen automatisch toegekend via het Groeipakket. Ontvangt u volgend jaar geen bericht, dan kan u zelf een aanvraag doen bij uw uitbetaler van het Groeipakket.

Belangrijk om te weten:
- Om de schooltoelage te behouden, mag uw kind niet te veel onwettig afwezig zijn.
- De toelage wordt aan u uitbetaald, niet aan de school.

Hebt u hulp nodig bij de aanvraag? Het secretariaat helpt u graag verder, in alle discretie.

Secretariaat""",
  bcc=[GROUP('ouders')], note='general school allowance explanation for all parents', fmt='plain')

m('memo-afwezigheden', ST['griet'], [], 'Afspraken registratie afwezigheden',
"""Dag collega's,

Herinnering aan de afspraken rond afwezigheden:
1. Registreer de aanwezigheden in Smartschool binnen de eerste 10 minuten van elk lesuur.
2. Een leerling die later binnenkomt, stuur je eerst naar het onthaal voor een laatkomersbriefje.
3. Leerlingen die tijdens de les naar de EHBO gaan, vermeld je als 'ziek op school'.
4. Opvallende patronen (bv. telkens afwezig op maandag) meld je aan de leerlingenbegeleiding via het LVS, niet via mail.

Bedankt!
Griet""",
  bcc=[GROUP('personeel')], note='internal staff memo about absence registration procedure', fmt='plain')

m('brandoefening', ST['bart'], [], 'Brandoefening deze week',
"""Collega's,

Deze week houden we een onaangekondigde evacuatieoefening. Wat verwachten we:
- Je neemt je klaslijst mee (Smartschool-app of papier).
- Ramen dicht, deur dicht maar niet op slot.
- Verzamelen op het sportveld, per klas in rij.
- Je meldt aan de coördinator bij het vlagje wie er ontbreekt.

Bedankt,
Bart - preventieadviseur""",
  bcc=[GROUP('personeel')], note='internal memo on fire drill', fmt='plain')

m('datalek-melden', ST['griet'], [], 'Wat doe je bij een datalek?',
"""Beste collega's,

Na de vraag op de personeelsvergadering: wat doe je als je merkt dat je persoonsgegevens naar de verkeerde persoon hebt gestuurd of een laptop met leerlinggegevens kwijt bent?

1. Meld het meteen, ook als je twijfelt, aan privacy@lksd.ksleuven.be.
2. Vermeld wat er gebeurd is, wanneer, en welke soort gegevens (niet de gegevens zelf).
3. Probeer indien mogelijk de ontvanger te vragen de mail te verwijderen.
4. Verwijder niets zelf uit het systeem; het aanspreekpunt bekijkt of een melding aan de overheid nodig is.

Een melding is geen schuldvraag. Beter tien keer te veel gemeld dan één keer te weinig.

Griet""",
  bcc=[GROUP('personeel')], note='internal memo explaining the data breach procedure', fmt='plain')

m('examenrooster-4de', ST['griet'], [], 'Examenrooster december 4de jaar',
"""Beste ouders en leerlingen van het 4de jaar,

In bijlage het examenrooster voor december. Enkele afspraken:
- De examens beginnen om 8u30. Wees minstens 10 minuten vooraf aanwezig.
- Na het examen mogen leerlingen naar huis, tenzij u via Smartschool laat weten dat uw kind in de studie blijft.
- Bij ziekte verwittigt u de school vóór 8u15 en bezorgt u een medisch attest.

Veel succes met de voorbereiding!
Griet Van den Broeck""",
  bcc=[GROUP('ouders-4de-jaar'), GROUP('leerlingen-4de-jaar')],
  atts=[('examenrooster_4de_jaar.txt', 'maandag 14/12   wiskunde\ndinsdag 15/12   Nederlands\nwoensdag 16/12  Frans\ndonderdag 17/12 geschiedenis\nvrijdag 18/12   Engels\n', 'text/plain')],
  note='exam timetable to all 4th-year parents and pupils (Bcc)', fmt='plain')

m('sportdag-info', ST['joris'], [], 'Sportdag vrijdag 9 oktober',
"""Hallo allemaal!

Vrijdag is het sportdag. Breng mee: sportkledij, regenjas, lunchpakket, drinkbus en een fluohesje. We vertrekken om 8u30 met de bus vanaf de Vaartstraat en zijn terug om 16u. Leerlingen met een vrijstelling voor LO helpen mee aan de posten.

Sportieve groet,
vakgroep LO""",
  bcc=[GROUP('leerlingen')], note='sports day practical info to all pupils', fmt='plain')

m('re-gsm-op-school', ST['griet'], [P1('P0056')], 'Re: mag mijn zoon zijn gsm gebruiken?',
"""Beste mevrouw De Cock,

Volgens ons schoolreglement (artikel 7.3) blijft de gsm van leerlingen uitgeschakeld en in de boekentas tijdens de lesuren en op de speelplaats van de eerste graad. Vanaf de tweede graad mag de gsm tijdens de middagpauze gebruikt worden in de refter. Een leerkracht kan de gsm in de les toelaten voor een opdracht.

Moet uw zoon u dringend bereiken, dan kan hij altijd langs het onthaal.

Met vriendelijke groeten,
Griet Van den Broeck""",
  note='general rule answer to one parent about phone use', tags=['reply'], fmt='plain')

m('re-verloren-jas', ST['hanne'], [P1('P0090')], 'Re: jas kwijt',
"""Dag mevrouw Demir,

Er hangen inderdaad een paar blauwe jassen aan het verloren voorwerpen-rek aan de refter. Yusuf mag morgen tijdens de middag eens komen kijken. Tip: een naam op het etiket helpt ons enorm!

Groetjes,
Hanne - opvoeder""",
  about=['P0090'], note='lost jacket reply to a parent, nothing sensitive', tags=['reply'], fmt='plain')

m('deadline-project-5c', ST['nath'], [], 'English project deadline',
"""Hi 5C,

Reminder: your podcast project is due on Friday 23 October, upload it to the Smartschool assignment. Length: 4 to 6 minutes, in pairs. Late uploads lose 2 points per day, unless you have a valid reason.

See you tomorrow,
Ms Mbuyi""",
  bcc=[GROUP('klas-5c')], lang='en', note='English assignment reminder to a class group in Bcc', fmt='plain')

m('uitnodiging-oudercontact', ST['secr'], [], 'Uitnodiging oudercontact 12 november',
"""Geachte ouders,

Op donderdag 12 november organiseren we het eerste oudercontact van dit schooljaar. U kan via Smartschool (module Intradesk > Oudercontact) vanaf maandag 2 november een tijdstip kiezen bij de klastitularis en bij maximum vier vakleerkrachten. Elk gesprek duurt 10 minuten.

Kan u niet op die avond? Laat het weten aan de klastitularis, dan plannen we een ander moment.

Met vriendelijke groeten,
Het secretariaat""",
  bcc=[GROUP('ouders')], note='parent evening invitation', fmt='html')

m('verslag-vakgroep-wiskunde', ST['tom'], [], 'verslag vakgroep 8/10',
"""Dag wiskundigen,

Kort verslag:
- handboek 3de jaar: we blijven bij Pienter, evaluatie in mei
- gemeenschappelijke toets 2de jaar week van 30/11, Tom maakt ontwerp
- GeoGebra-licenties: ICT regelt
- volgende vergadering 12/11, 15u45, B.214

Tom""",
  bcc=[GROUP('vakgroep-wiskunde')], note='department meeting minutes', fmt='plain')

m('beamer-b214', ST['tom'], [ST['lieven']], 'beamer B.214',
"""Lieven, de beamer in B.214 geeft weer een groen beeld. Kabel al vervangen. Kan je eens passeren? Ik heb er les tot 15u20.
Tom""",
  note='ICT request about a broken projector', fmt='plain')

m('schoolfoto-bestellen', ST['secr'], [], 'Schoolfoto\'s bestellen',
"""Beste ouders,

De schoolfoto's zijn klaar. Elke leerling kreeg vandaag een kaartje met een persoonlijke bestelcode mee waarmee u de foto's online kan bekijken en bestellen tot 20 november. Bestellen is uiteraard niet verplicht.

Let op: de foto's worden enkel gebruikt voor de leerlingenkaart en het klassenalbum. Voor ander gebruik vragen we altijd eerst uw toestemming.

Met vriendelijke groeten,
Secretariaat""",
  bcc=[GROUP('ouders')], note='school photo ordering info; the order code is on paper, none in the mail', fmt='plain')

m('clb-wat-doen-wij', ST['secr'], [], 'Fwd: Wat kan het CLB voor u doen?',
"""Beste ouders,

Op vraag van ons CLB sturen we u onderstaande informatie door.

---------- Doorgestuurd bericht ----------
Van: CLB Leuven <onthaal@clb-leuven.be>
Onderwerp: Wat kan het CLB voor u doen?

Het Centrum voor Leerlingenbegeleiding (CLB) werkt samen met de school, maar is onafhankelijk. U kan gratis bij ons terecht met vragen over:
- leren en studeren (bv. moeilijk kunnen plannen, leerproblemen)
- de schoolloopbaan (bv. studiekeuze)
- psychisch en sociaal functioneren (bv. piekeren, ruzies, pesten)
- preventieve gezondheidszorg (bv. vaccinaties, medische consulten)

Wat u ons vertelt, blijft vertrouwelijk. De CLB-medewerker deelt alleen informatie met de school als u daarmee akkoord gaat.

CLB Leuven""",
  bcc=[GROUP('ouders')], note='forwarded general CLB information page to all parents', tags=['fwd-inline'], fmt='qp')

m('privacyverklaring-uittreksel', ST['direc'], [], 'Privacy: welke gegevens houden we bij?',
"""Geachte ouders,

Naar aanleiding van een vraag van de ouderraad geven we hier een samenvatting uit onze privacyverklaring.

Welke gegevens verwerken we?
- identificatiegegevens (naam, adres, contactgegevens van ouders)
- schoolloopbaan en resultaten
- gegevens over begeleiding en zorg, medische gegevens die nodig zijn voor de veiligheid van uw kind, en gegevens over de schoolrekening
- beeldmateriaal, enkel met uw toestemming

Wie heeft toegang? Enkel personeelsleden die de gegevens nodig hebben voor hun taak. Gevoelige informatie wordt gedeeld via het leerlingvolgsysteem, niet via mail.

Vragen of een klacht? Contacteer het aanspreekpunt informatieveiligheid: privacy@lksd.ksleuven.be.

De directie""",
  bcc=[GROUP('ouders')], note='privacy statement listing data categories in general', fmt='alt')

m('bof-in-school', ST['direc'], [], 'Enkele gevallen van bof op school',
"""Beste ouders,

Het CLB meldt ons dat er in de voorbije weken enkele leerlingen van de tweede graad de bof hebben gehad. Bof is een virale infectie met koorts en gezwollen wangen. De meeste leerlingen zijn ingeënt; toch kan het voorkomen.

Wat vragen we?
- Blijf thuis bij zwelling van de wangen of koorts en raadpleeg uw huisarts.
- Twijfelt u of uw kind gevaccineerd is, kijk het na in het vaccinatieboekje of vraag het aan het CLB.

Er is geen reden tot ongerustheid.

Met vriendelijke groeten,
De directie, in samenspraak met CLB Leuven""",
  bcc=[GROUP('ouders')], note='general infectious-disease notice without naming pupils', fmt='plain')

m('sticordi-uitleg-personeel', ST['koen'], [], 'Werken met maatregelen in de klas',
"""Dag collega's,

Een opfrissing na de vragen op de pedagogische studiedag. Maatregelen die in het LVS bij een leerling staan, zijn afspraken van de klassenraad, geen gunsten. Een paar voorbeelden van wat vaak voorkomt:
- bv. extra tijd (meestal een derde), of minder oefeningen met dezelfde doelen
- bv. toetsen in een groter lettertype
- bv. gebruik van een rekenmachine of formularium
- bv. mondeling toelichten van een antwoord

Twijfel je hoe je een maatregel toepast in jouw vak? Loop gerust langs of zet het op het volgende vakgroepoverleg.

Koen""",
  bcc=[GROUP('personeel')], note='internal general explanation of care measures with bv. examples, no pupil', fmt='plain')

m('re-klassenraad-hoe', ST['an'], [P1('P0028')], 'Re: wat gebeurt er op een klassenraad?',
"""Beste mevrouw Lenaerts,

Goede vraag, veel ouders van het eerste jaar vragen dat. Er zijn twee soorten:
1. De begeleidende klassenraad komt een paar keer per jaar samen. Alle leerkrachten van de klas bespreken dan hoe elke leerling het doet, niet alleen de punten maar ook de werkhouding en het welbevinden. Waar nodig spreken ze maatregelen af.
2. De delibererende klassenraad komt aan het einde van het schooljaar samen en beslist over het attest.

U hoort van ons na elke klassenraad via het rapport en, als het nodig is, via een gesprek.

Vriendelijke groeten,
An Devos""",
  note='general answer to one parent on how class councils work', tags=['reply'], fmt='plain')

m('infoavond-studiekeuze', ST['griet'], [], 'Infoavond studiekeuze hoger onderwijs',
"""Beste ouders van het 6de jaar,

Op dinsdag 24 november om 19u30 organiseren we in de aula een infoavond over de overstap naar het hoger onderwijs, samen met KU Leuven en UCLL. Uw zoon of dochter is uiteraard ook welkom.

Programma: inschrijven en studiegeld, kamers zoeken, de eerste examens, studietoelagen.

Graag inschrijven via het formulier op Smartschool.

Griet Van den Broeck""",
  bcc=[GROUP('ouders-6de-jaar')], note='study choice info evening for all 6th-year parents', fmt='plain')

m('fw-verslag-oudervereniging', ST['dir'], [], 'Verslag oudervereniging 6 oktober',
"""Beste ouders,

Hieronder het verslag van de laatste vergadering van onze oudervereniging. Nieuwe leden zijn altijd welkom!

Pieter Janssens
directeur

---------- Doorgestuurd bericht ----------
Van: Kristof Van Damme <kristof.vandamme@telenet.be>
Datum: wo 7 okt. 2026 om 22:10
Onderwerp: verslag oudervereniging 6 oktober
Aan: Pieter Janssens <pieter.janssens@sintpieterscollege.be>

Beste Pieter,
Hierbij het verslag, om door te sturen naar de ouders als je akkoord bent:
- eetdag 21 november, vrijwilligers via het formulier
- bijdrage voor de nieuwe fietsenstalling: 2.500 euro
- voorstel om een infoavond over sociale media te organiseren in het voorjaar
- volgende vergadering 8 december
Groeten,
Kristof Van Damme
voorzitter oudervereniging""",
  bcc=[GROUP('ouders')], note='director forwards the parents association minutes to all parents in Bcc', tags=['fwd-inline'], fmt='plain')

m('toezichten-middag', ST['wim'], [], 'Middagtoezichten week 45',
"""Hallo collega's,

Het toezichtenrooster voor volgende week staat op Smartschool onder 'Personeel > Toezichten'. Wie wil ruilen, regelt dat zelf en laat het mij weten. Let op: woensdag is er geen toezicht in de refter, wel op de speelplaats.

Wim""",
  bcc=[GROUP('personeel')], note='supervision schedule memo', fmt='plain')

m('staking-bericht', ST['dir'], [], 'Nationale stakingsdag 18 november',
"""Geachte ouders,

Op woensdag 18 november is er een nationale stakingsdag in het onderwijs. De school blijft open en er is opvang voorzien voor alle leerlingen. Niet alle lessen zullen doorgaan; leerlingen zonder les zitten in de studie. Uw kind mag uitzonderlijk na het 4de lesuur naar huis als u dat via Smartschool bevestigt.

Met vriendelijke groeten,
Pieter Janssens, directeur""",
  bcc=[GROUP('ouders')], note='strike day notice', fmt='qp')

m('lessen-ruilen', ST['sarah'], [ST['tom']], 'ruilen donderdag?',
"""Hoi Tom,
Kan ik donderdag jouw 3de uur in 2D overnemen en jij mijn 6de uur in 1B? Ik moet om 15u weg voor een vorming. Ik laat een taak klaarliggen.
Thx!
Sarah""",
  note='swapping lessons between colleagues', fmt='plain')

m('re-afmelden-maaltijden', ST['secr'], [P1('P0062')], 'Re: warme maaltijden stopzetten',
"""Beste mevrouw Ouali,

U kan de warme maaltijden voor uw kind stopzetten via Smartschool > Formulieren > Maaltijden, vóór de 25ste van de maand voor de volgende maand. Lukt het niet, stuur gewoon een berichtje naar het secretariaat met de naam en klas van uw kind.

Met vriendelijke groeten,
Secretariaat""",
  note='general procedure answer to one parent about stopping hot meals', tags=['reply'], fmt='plain')

m('uitpas-kansentarief', ST['secr'], [], 'Info van de stad: UiTPAS Leuven',
"""Beste ouders,

De stad Leuven vraagt ons om de UiTPAS onder de aandacht te brengen. Met een UiTPAS spaart uw kind punten bij cultuur, sport en jeugdwerk. Gezinnen met een beperkt inkomen kunnen een UiTPAS met kansentarief krijgen en betalen dan slechts 20% van de prijs voor activiteiten, bv. een sportkamp of een muziekles.

Meer info en aanvragen: bij het UiTPAS-punt in het Stadskantoor of bij het OCMW. U hoeft de school niets te laten weten.

Secretariaat""",
  bcc=[GROUP('ouders')], note='forwarded municipality information on reduced-rate UiTPAS, general', fmt='plain')

m('ocmw-ondersteuning-algemeen', ST['marleen'], [], 'Financiële ondersteuning: waar kan u terecht?',
"""Beste ouders,

Schoolkosten kunnen zwaar doorwegen. Wist u dat:
- de school een solidariteitsfonds heeft voor uitstappen en meerdaagse reizen;
- u de schoolrekening in schijven kan betalen;
- het OCMW van uw gemeente kan tussenkomen in schoolkosten;
- u recht kan hebben op een schooltoelage via het Groeipakket?

Neem gerust contact op met de boekhouding of met de leerlingenbegeleiding. Elke vraag wordt discreet behandeld.

Marleen Goossens""",
  bcc=[GROUP('ouders')], note='general info on financial support, no family named', fmt='alt')

m('gdpr-opleiding', ST['griet'], [], 'Vorming informatieveiligheid - inschrijven',
"""Dag collega's,

Op woensdagnamiddag 25 november geeft onze scholengroep een vorming over informatieveiligheid (1u30). Onderwerpen: veilig mailen, wat mag wel en niet in het LVS, phishing herkennen, wat te doen bij een datalek. Nieuwe collega's zijn verplicht aanwezig, anderen zijn welkom.

Inschrijven via Smartschool-formulier.

Griet""",
  bcc=[GROUP('personeel')], note='staff training invitation', fmt='plain')

m('welkom-nieuwe-leerlingen', ST['dir'], [], 'Welkom op het Sint-Pieterscollege',
"""Beste ouders,

Van harte welkom bij ons op school! Uw zoon of dochter zet een grote stap. Enkele tips voor de eerste weken:
- Kijk samen met uw kind elke avond de schoolagenda in Smartschool na.
- Laat uw kind zelf de boekentas maken volgens het lessenrooster.
- Merkt u dat uw kind moeilijk inslaapt of veel piekert over school, neem dan contact op met de klastitularis. Dat is in het begin heel normaal.

We kijken uit naar een fijne samenwerking.

Pieter Janssens
directeur""",
  bcc=[GROUP('ouders-1ste-jaar')], note='welcome letter to new parents with general advice', fmt='html')

m('leesondersteuning-alle', ST['kasia'], [], 'Voorleessoftware voor alle leerlingen',
"""Beste leerlingen van de eerste graad,

Vanaf dit schooljaar kan elke leerling thuis en op school gebruik maken van de voorleessoftware Sprint. Je hoeft geen attest te hebben. Het programma leest teksten voor en helpt bij het plannen van schrijftaken. Een korte handleiding vind je op Smartschool; je logt in met je gewone schoolaccount.

Vragen? Kom langs in het zorglokaal (C.012) tijdens de middag.

Mevrouw Nowak, zorgleerkracht""",
  bcc=[GROUP('leerlingen-1ste-graad')], note='general offer of reading software to all pupils', fmt='plain')

m('uitstap-brussel-2b', ST['an'], [], 'Uitstap Brussel 2B - 19 november',
"""Beste ouders van 2B,

Op donderdag 19 november bezoeken we het Parlamentarium en het Atomium. We vertrekken om 8u15 met de trein vanuit station Leuven en zijn terug rond 16u30. Kostprijs: €14, wordt aangerekend op de schoolrekening. Uw kind brengt een lunchpakket en een geldige identiteitskaart mee.

Vriendelijke groeten,
An Devos""",
  bcc=[GROUP('ouders-2b')], note='class trip information to a class parents group in Bcc', fmt='plain')

m('re-vroeger-vertrekken', ST['griet'], [P1('P0214')], 'Re: mag Senne vroeger vertrekken voor de training?',
"""Beste mevrouw Vervoort,

Helaas kan dat niet structureel. Een leerling mag enkel vroeger vertrekken met een topsportstatuut dat door de sportfederatie is aangevraagd, of uitzonderlijk na een schriftelijke vraag voor één specifieke dag. Een wekelijkse clubtraining valt daar niet onder.

Met vriendelijke groeten,
Griet Van den Broeck""",
  about=['P0214'], note='answer to a parent about leaving early for sports training, nothing sensitive', tags=['reply'], fmt='plain')

m('enrolment-en', ST['secr'], ['Ana Ribeiro <ana.ribeiro@outlook.com>'], 'Re: enrolment for next school year',
"""Dear Ms Ribeiro,

Thank you for your interest in our school. For secondary schools in Leuven, enrolment for the first year happens through the central online registration system of the city in the spring. For the higher years you can contact us directly from May onwards and we'll make an appointment.

Please bring your child's last school report and an ID document. If your child has only recently arrived in Belgium, we can also discuss our reception class for non-Dutch speaking pupils (OKAN).

Kind regards,
The school office""",
  lang='en', note='English general answer about enrolment', tags=['reply'], fmt='plain')

m('horaire-fr', ST['secr'], ['Aurélie Dupont <aurelie.dupont@proximus.be>'], 'Re: horaires de l\'école',
"""Madame Dupont,

Les cours commencent à 8h25 et se terminent à 15h55 (le mercredi à 12h05). L'école ouvre ses portes à 7h45. Une étude surveillée est prévue jusqu'à 17h30 les lundis, mardis et jeudis.

Bien à vous,
Le secrétariat""",
  lang='fr', note='French general answer about school hours', tags=['reply'], fmt='cp1252')

m('ehbo-epipen-procedure', ST['bart'], [], 'EHBO: waar vind je wat?',
"""Collega's,

Opfrissing EHBO:
- De EHBO-koffers hangen aan het onthaal, in de sporthal en in de labo's.
- Leerlingen met een epipen of noodmedicatie hebben die bij zich; een reserve ligt op het secretariaat in een doos met naam. Bij een allergische reactie: epipen in de dij, 112 bellen, ouders verwittigen.
- De AED hangt aan de ingang van de refter.
- Elk ongeval meld je via het ongevalsformulier voor de verzekering.

Bart - preventieadviseur""",
  bcc=[GROUP('personeel')], note='general first aid procedure, no named pupil', fmt='plain')

m('procedure-onthulling', ST['sofie'], [], 'Wat als een leerling je iets vertelt?',
"""Beste collega's,

Soms vertelt een leerling je iets wat je niet kan of mag laten liggen, bv. over geweld thuis, een vriendin die zichzelf pijn doet, of een volwassene die over de grens gaat. Enkele houvasten:
1. Luister, blijf rustig, beloof geen geheimhouding.
2. Stel geen suggestieve vragen.
3. Noteer kort wat de leerling zei, in zijn woorden.
4. Breng dezelfde dag de leerlingenbegeleiding op de hoogte, mondeling of via het LVS.
5. Bespreek het niet in de leraarskamer of via mail.

Sofie - leerlingenbegeleiding""",
  bcc=[GROUP('personeel')], note='general procedure for disclosures with bv. examples, no case', fmt='qp')

m('nieuwsbrief-december', ST['info'], [], 'Nieuwsbrief december',
"""Beste ouders,

Kerstmarkt: op vrijdag 18 december van 16u tot 20u organiseren de leerlingen van het 5de jaar een kerstmarkt ten voordele van Welzijnszorg.
Examens: de rapporten worden uitgedeeld op dinsdag 22 december.
Kerstvakantie: van maandag 21 december tot en met zondag 3 januari; voor de examenklassen geldt een aangepaste regeling.

Wij wensen u en uw gezin alvast fijne feestdagen!""",
  bcc=[GROUP('ouders')], note='December newsletter', fmt='html')

m('inventaris-sportmateriaal', ST['joris'], [ST['bart']], 'inventaris sporthal',
"""Bart,
Na de telling: 6 volleybalnetten waarvan 2 kapot, 14 basketballen (4 plat), 1 mat met scheur. Kunnen we vóór Kerst bestellen? Lijst in bijlage.
Joris""",
  atts=[('inventaris_LO.txt', 'volleybalnet 6 (2 kapot)\nbasketbal 14 (4 plat)\nturnmat 8 (1 scheur)\nhockeystick 30\n', 'text/plain')],
  note='sports equipment inventory', fmt='plain')

m('bib-boeken-terug', 'Bibliotheek SPC <bib@sintpieterscollege.be>', [], 'Boeken terugbrengen voor de examens',
"""Hallo iedereen,

Heb je nog boeken van de schoolbib thuis? Breng ze terug vóór 4 december. Verloren boeken worden aangerekend op de schoolrekening.

De bib""",
  bcc=[GROUP('leerlingen')], note='library reminder to all pupils', fmt='plain')

m('herinnering-rekening-alle', ST['marleen'], [], 'Herinnering: betaling schoolrekening',
"""Beste ouders,

De vervaldag van de schoolrekening van het eerste trimester was 15 november. Bent u nog niet in orde, gelieve de betaling zo snel mogelijk uit te voeren. Heeft u al betaald, dan mag u dit bericht als onbestaande beschouwen.

Met vriendelijke groeten,
Boekhouding""",
  bcc=[GROUP('ouders')], note='invoice reminder to all parents, not an individual one', fmt='plain')

m('stage-6de', 'Dirk Ceulemans <dceulemans@spc.ksleuven.be>', [], 'Stage 6 Verzorging: afspraken',
"""Dag leerlingen van 6 Verzorging,

Je stage loopt van 11 januari tot 5 februari. Je stagecontract moet ondertekend terug zijn vóór 11 december. Vergeet niet: op stage geldt het beroepsgeheim, je deelt niets over bewoners of patiënten op sociale media of in groepschats.

Dhr. Ceulemans""",
  bcc=[GROUP('klas-6b')], note='internship instructions to a class in Bcc', fmt='plain')

m('prijzen-refter', 'Sandra Keuken <keuken.spc@sintpieterscollege.be>', [ST['dir']], 'nieuwe prijzen',
"""Dag Pieter,
De leverancier verhoogt vanaf 1 januari. Voorstel: warme maaltijd van €4,60 naar €4,85, soep blijft. Broodjes +€0,10. Laat je weten of dat ok is voor het schoolbestuur?
Sandra""",
  note='canteen price change proposal', fmt='plain')

m('bus-dienstregeling', ST['griet'], ['Planning Dijlebus <planning@dijlebus.be>'], 'Busvervoer zwemmen 2de semester',
"""Goedemorgen,

Graag bevestig ik onze bestelling voor het 2de semester: elke dinsdag een bus van 50 plaatsen, vertrek school 13u10, terug vanaf het zwembad Sportoase om 15u15, vanaf 12 januari tot 9 juni, niet tijdens de vakanties.

Met vriendelijke groeten,
Griet Van den Broeck
adjunct-directeur""",
  note='bus company booking', fmt='plain')

m('publisher-order-en', ST['nath'], ['Orders <orders@oxbridgepress.co.uk>'], 'Order query - class sets',
"""Hello,

We ordered 30 copies of 'Into the Wild' (graded reader, level B1) on 28 September, but received 20. Could you send the remaining 10 to the school address? Our order reference is SPC-ENG-0928.

Thanks in advance,
Nathalie Mbuyi
English department""",
  lang='en', note='English mail to a publisher about an order', fmt='plain')

m('echange-lettre-fr', ST['fatma'], ['Mme Girard <c.girard@lycee-saint-exupery-lille.fr>'], 'Programme de l\'échange',
"""Chère Madame Girard,

Voici une proposition de programme pour votre venue à Leuven en avril :
- lundi : accueil, visite de l'école et de la ville
- mardi : cours en binômes, atelier chocolat
- mercredi : Bruxelles, Parlamentarium
- jeudi : projet commun sur l'Europe, soirée d'adieu

Nos élèves sont impatients !

Bien à vous,
Fatma Yilmaz""",
  lang='fr', note='French exchange programme to a partner school', fmt='qp')

m('ski-info-en', ST['joris'], [], 'Ski trip - packing list',
"""Hi 5th years,

Less than a month to go! A few reminders:
- valid ID card and European health insurance card
- ski clothes, helmet (you can rent one), sunscreen
- no alcohol, the school rules apply the whole week
- medication: give it to the teachers on the bus, with the signed form

See you on 13 February at 6pm at the Vaartstraat!
Mr Maes""",
  bcc=[GROUP('leerlingen-5de-jaar')], lang='en', note='English general ski trip info, mentions medication form in general', fmt='plain')

m('re-co-vergadering-ict', ST['lieven'], [ST['griet']], 'Re: planning laptops 1ste jaar',
"""Griet, de 120 laptops komen 9 november binnen. Uitdelen kan op 16/11 tijdens het 7de lesuur, per klas in de aula. De leerlingen loggen in met hun eigen account, wij zijn erbij voor problemen.
Lieven

Op 28 okt. 2026 om 08:50 schreef Griet Van den Broeck:
> Lieven, wanneer kunnen we de laptops uitdelen?""",
  note='ICT planning reply, mentions logging in without any credential', tags=['reply'], fmt='plain')

# ---------------------------------------------------------------- OTHER: bcc / private_account / attachment / personal_data
m('ouders-2d-in-aan', ST['tom'], [GROUP('ouders-2d')], 'Toets wiskunde verplaatst',
"""Beste ouders van 2D,

De toets wiskunde van donderdag wordt verplaatst naar maandag 16 november, omdat we door de brandoefening een les kwijt zijn. De leerstof blijft dezelfde (hoofdstuk 3, vergelijkingen).

Vriendelijke groeten,
Tom Peeters""",
  rules=['bcc'], note='class parents group address placed in To instead of Bcc', fmt='plain')

m('drie-ouders-carpool', ST['joris'], [P1('P0104'), P1('P0214'), P1('P0217')], 'Vervoer scholierenveldloop',
"""Beste ouders,

Uw zoon is geselecteerd voor de provinciale scholierenveldloop op woensdag 25 november in Diest. We zoeken nog twee chauffeurs om de jongens te brengen (vertrek 12u45 aan school, terug rond 17u). Wie kan helpen? Een antwoord op deze mail volstaat.

Sportieve groeten,
Joris Maes""",
  about=[], rules=['bcc'], note='three parents’ private addresses visible to each other in To', fmt='plain')

m('re-cc-ouders-groepswerk', ST['sarah'], [P1('P0168')], 'Re: groepswerk geschiedenis',
"""Beste ouders,

Om misverstanden te vermijden zet ik de ouders van de vier groepsleden in kopie. Het groepswerk mag thuis verder gemaakt worden, maar het eindproduct wordt in de klas afgewerkt op 20 november. Elke leerling levert ook een individueel logboek in.

Vriendelijke groeten,
Sarah Lambrechts

Op 3 nov. 2026 om 18:02 schreef Emine Kaya:
> Juf, moeten de kinderen ook in het weekend samenkomen voor het groepswerk?""",
  cc=[P1('P0052'), P1('P0007'), P2('P0007')], rules=['bcc'], note='reply to one parent with three other parents in Cc', tags=['reply'], fmt='plain')

m('personeelsfeest-aan', ST['hanne'], [GROUP('personeel')], 'Personeelsfeest 11 december!',
"""Lieve collega's,

Zet het alvast in jullie agenda: vrijdag 11 december personeelsfeest in zaal Het Depot, vanaf 19u. Thema: jaren '80. Inschrijven via het formulier in de leraarskamer vóór 27/11.

De feestcommissie""",
  rules=['bcc'], note='staff group address in To', fmt='html')

m('klas-5c-cc', ST['nath'], [ST['dirk']], 'film English 5C',
"""Dirk,

Ik neem 5C donderdag het 5de en 6de uur mee naar de film in Kinepolis (Engelstalige versie). Ik zet de klas in cc zodat ze het ook weten: afspraak 13u15 aan de poort, terug om 16u.

Nathalie""",
  cc=[GROUP('klas-5c')], rules=['bcc'], note='class group address visible in Cc', fmt='plain')

m('gmail-lesvoorbereiding', 'Sarah L <sarah.lambrechts82@gmail.com>', [ST['tom']], 'toetsen 1B',
"""Hoi Tom,

Mijn schoolaccount doet raar op de laptop thuis, dus even via hier. In bijlage mijn toets over de woordsoorten voor de parallelklas, kan jij hem morgen kopiëren voor 1B? 28 exemplaren.

Sarah""",
  atts=[('toets_woordsoorten_1B.txt', 'Toets Nederlands 1B - woordsoorten\n1. Duid het lidwoord aan...\n', 'text/plain')],
  rules=['private_account'], note='teacher sends school business from her private gmail', fmt='plain')

m('doorsturen-naar-hotmail', ST['dirk'], ['Dirk Ceulemans <dirk.ceulemans@hotmail.com>'], 'FW: planning stagebezoeken',
"""voor thuis

---------- Doorgestuurd bericht ----------
Van: Griet Van den Broeck <griet.vandenbroeck@sintpieterscollege.be>
Onderwerp: planning stagebezoeken
Aan: Dirk Ceulemans <dceulemans@spc.ksleuven.be>

Dirk, kan je de stagebezoeken in januari inplannen? Er zijn 14 stageplaatsen in Leuven en omgeving. Graag tegen 10 december.
Griet""",
  rules=['private_account'], note='staff forwards a school mail to his own private mailbox', tags=['fwd-inline'], fmt='plain')

m('hotmail-antwoord-ouder', 'Joris Maes <jorismaes.lo@hotmail.com>', [P1('P0287')], 'Re: sportkledij',
"""Beste mevrouw Ilunga,

Een zwart of blauw T-shirt en een korte broek volstaan, sportschoenen met witte zool voor de sporthal. Het school-T-shirt is niet verplicht.

Sportieve groeten,
Joris Maes""",
  rules=['private_account'], note='teacher answers a parent from his private hotmail', tags=['reply'], fmt='plain')

import zipfile, io
def _zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 10, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return bio.getvalue()

XLSM = _zip([('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/></Types>'),
             ('xl/workbook.xml', '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Punten" sheetId="1"/></sheets></workbook>'),
             ('xl/vbaProject.bin', b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + b'\x00' * 120 + b'Attribute VB_Name = "Module1"\r\nSub Bereken()\r\nEnd Sub\r\n')])
DOCM = _zip([('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>'),
             ('word/document.xml', '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Inschrijvingsformulier</w:t></w:r></w:p></w:body></w:document>'),
             ('word/vbaProject.bin', b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + b'\x00' * 120 + b'Sub AutoOpen()\r\nEnd Sub\r\n')])
EXEZIP = _zip([('GeoGebraSetup/leesmij.txt', 'Dubbelklik op setup.exe en volg de stappen.\r\n'),
               ('GeoGebraSetup/setup.exe', b'MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00' + b'\x00' * 48 + b'This program cannot be run in DOS mode.\r\r\n$' + b'\x00' * 64)])

m('puntenblad-macro', ST['tom'], [ST['dirk']], 'puntenblad met berekening',
"""Dirk,
Hier het puntenblad dat automatisch de gewogen gemiddelden berekent. Bij het openen 'Inhoud inschakelen' aanklikken, anders werkt de knop niet.
Tom""",
  atts=[('puntenblad_2de_graad.xlsm', XLSM, 'application/vnd.ms-excel.sheet.macroEnabled.12')],
  rules=['attachment'], note='macro-enabled Excel workbook sent to a colleague', fmt='plain')

m('formulier-docm', ST['secr'], [P1('P0270')], 'Inschrijvingsformulier meerdaagse',
"""Beste mevrouw Willaert,

Zoals gevraagd het inschrijvingsformulier voor de meerdaagse in Word. Gelieve het in te vullen en terug te mailen.

Met vriendelijke groeten,
Secretariaat""",
  atts=[('inschrijving_meerdaagse.docm', DOCM, 'application/vnd.ms-word.document.macroEnabled.12')],
  rules=['attachment'], note='macro-enabled Word form sent to a parent', fmt='plain')

m('geogebra-installer-zip', ST['lieven'], [ST['tom']], 'GeoGebra offline installer',
"""Tom,
Voor de laptops zonder internet in het examenlokaal: zip uitpakken en setup.exe uitvoeren als admin. Laat maar weten als het niet lukt.
Lieven""",
  atts=[('GeoGebraSetup.zip', EXEZIP, 'application/zip')],
  rules=['attachment'], note='zip archive containing an executable installer', fmt='plain')

m('terugbetaling-iban', ST['marleen'], [P1('P0083')], 'Terugbetaling voorschot Londen',
"""Beste mevrouw Geerts,

Omdat Femke niet meer meegaat naar Londen, betalen we het voorschot van €120 terug. We storten het deze week op het rekeningnummer dat u ons bezorgde: BE17 0634 1234 5621. Klopt dat niet, laat het dan snel weten.

Met vriendelijke groeten,
Marleen Goossens
boekhouding""",
  about=['P0083'], rules=['personal_data'], note='refund confirmation quoting a parent’s IBAN; no sensitive fact (trip cancelled, reason not given)', fmt='plain')

m('handtekening-gsm', ST['griet'], ['Planning Dijlebus <planning@dijlebus.be>'], 'Re: busvervoer zwemmen - wijziging',
"""Goedemiddag,

Akkoord met het vertrekuur van 13u05 in plaats van 13u10. Op de dag zelf ben ik bereikbaar op mijn gsm als de bus vertraging heeft.

Met vriendelijke groeten,

Griet Van den Broeck
adjunct-directeur Sint-Pieterscollege
Naamsestraat 112, 3000 Leuven
T 016 29 71 40 | GSM 0478 61 22 93""",
  rules=['personal_data'], note='ordinary reply with school and mobile phone numbers in the signature', tags=['reply'], fmt='alt')

m('veldloop-geboortedata', ST['joris'], ['Inschrijvingen Schoolsport <inschrijvingen@schoolsport-vlaams-brabant.be>'], 'Inschrijving scholierenveldloop - Sint-Pieterscollege',
"""Goedemorgen,

Hierbij onze inschrijvingen voor de provinciale veldloop van 25 november, categorie jongens -17:

{TABLE}

Begeleider: Joris Maes.

Sportieve groeten,
Joris Maes""",
  table=[['Naam', 'Klas', 'Geboortedatum'],
         ['Lucas Stevens', '5A', '14/03/2010'],
         ['Senne Vervoort', '5A', '02/08/2010'],
         ['Jonas Vandenberghe', '5A', '27/11/2009']],
  fmt='alt', about=['P0104', 'P0214', 'P0217'], rules=['personal_data'], note='registration list with pupils’ dates of birth to a sports federation', tags=['outlook'])

if __name__ == '__main__':
    main()
