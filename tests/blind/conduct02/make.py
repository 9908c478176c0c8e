#!/usr/bin/env python3
"""Builds the blind batch conduct02: 150 outgoing school mails + labels.yaml.
Standard library only, deterministic (fixed dates, ids and boundaries). Run: python3 make.py"""
import os, re, json, email.utils, html as _html, datetime
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime, formataddr, parseaddr

OUT = os.path.dirname(os.path.abspath(__file__))
POL = policy.SMTP  # CRLF line ends
BASE = datetime.datetime(2026, 9, 1, 7, 42, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
SCHOOL = ('sintpieterscollege.be', 'spc.ksleuven.be', 'lksd.ksleuven.be', 'leerling.sintpieterscollege.be')
LABELS = []
N = [0]

def is_school(a):
    d = a.rsplit('@', 1)[-1].lower()
    return d in SCHOOL or d.endswith('.ksleuven.be')

def addr(a):
    return parseaddr(a)[1]

MONTHS = {'jan': 1, 'janv': 1, 'feb': 2, 'févr': 2, 'feb.': 2, 'mrt': 3, 'maart': 3, 'mars': 3, 'apr': 4, 'avr': 4, 'mei': 5, 'jun': 6, 'jul': 7,
          'aug': 8, 'sep': 9, 'sept': 9, 'okt': 10, 'oct': 10, 'nov': 11, 'dec': 12, 'déc': 12,
          'januari': 1, 'februari': 2, 'april': 4, 'juni': 6, 'juli': 7, 'augustus': 8, 'september': 9, 'oktober': 10, 'november': 11, 'december': 12}

def ref_date(t):
    """date of the quoted/forwarded mail, so that a reply comes after it"""
    m = re.search(r'(\d{1,2})[ /]([a-zéû]+\.?|\d{1,2})[ /]?(\d{4})', t)
    if not m:
        return None
    mo = m.group(2).rstrip('.')
    mo = int(mo) if mo.isdigit() else MONTHS.get(mo)
    if not mo:
        return None
    return datetime.datetime(int(m.group(3)), mo, int(m.group(1)), 9, 0, tzinfo=BASE.tzinfo)

def belgian_tz(d):
    summer = (4 <= d.month <= 9) or (d.month == 10 and d.day < 25) or (d.month == 3 and d.day >= 29)
    return d.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=2 if summer else 1)))

def dt(i, ref=None):
    if ref:
        d = ref + datetime.timedelta(hours=12 + (i * 7) % 20, minutes=(i * 13) % 60)
    else:
        d = BASE + datetime.timedelta(days=(i * 37) % 270, hours=(i * 5) % 10, minutes=(i * 13) % 60)
    if d.hour >= 23 or d.hour < 6:
        d = d.replace(hour=7 + i % 3)
    return belgian_tz(d)

def q(text):
    return '\n'.join(('> ' + l) if l else '>' for l in text.split('\n'))

def linkify(t):
    return re.sub(r'(https?://[^\s<>"]+)', lambda m: '<a href="%s">%s</a>' % (m.group(1), m.group(1)), t)

def to_html(text, table=None, outlook=True):
    paras = text.strip('\n').split('\n\n')
    out = []
    for p in paras:
        h = linkify(_html.escape(p, quote=False)).replace('\n', '<br>\n')
        out.append('<p class="MsoNormal">%s</p>' % h if outlook else '<div>%s</div><div><br></div>' % h)
    body = '\n'.join(out)
    if table:
        rows = []
        for j, r in enumerate(table):
            tag = 'b' if j == 0 else 'span'
            rows.append('<tr>' + ''.join('<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><%s>%s</%s></p></td>' % (tag, _html.escape(c), tag) for c in r) + '</tr>')
        tbl = '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n' + '\n'.join(rows) + '\n</table>'
        if '[TABEL]' in body:
            body = body.replace('<p class="MsoNormal">[TABEL]</p>', tbl).replace('<div>[TABEL]</div><div><br></div>', tbl)
        else:
            body += '\n' + tbl
    if outlook:
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n'
                '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>\n'
                '<body lang="NL-BE" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n' + body + '\n</div></body></html>\n')
    return '<div dir="ltr">' + body + '</div>\n'

def table_text(table):
    w = [max(len(r[k]) for r in table) for k in range(len(table[0]))]
    return '\n'.join(' | '.join(c.ljust(w[k]) for k, c in enumerate(r)) for r in table)

def textpart(text, cte, charset='utf-8'):
    p = EmailMessage(policy=POL)
    p.set_content(text, charset=charset, cte=cte)
    return p

def mail(slug, frm, to, subj, body, *, rules=(), cats=None, note='', lang='nl', fmt=('plain',),
         cc=(), bcc=(), html=None, table=None, reply_to=None, quote=None, fwd=None, fwd_att=None,
         atts=(), mail_from=None, cte='8bit', charset='utf-8', mailer=None, extra_headers=()):
    N[0] += 1
    i = N[0]
    fn = '%03d-%s.eml' % (i, slug)
    to = [to] if isinstance(to, str) else list(to)
    cc, bcc = list(cc), list(bcc)
    text = body
    if table is not None:
        text = text.replace('[TABEL]', table_text(table)) if '[TABEL]' in text else text + '\n\n' + table_text(table)
    if quote:  # (header line, quoted text)
        text = text.rstrip('\n') + '\n\n' + quote[0] + '\n' + q(quote[1].strip('\n')) + '\n'
        if not subj.lower().startswith(('re:', 'antw:', 'réf', 'aw:')):
            subj = 'Re: ' + subj
    if fwd:  # (from, date, subject, to, text)
        text = text.rstrip('\n') + '\n\n---------- Doorgestuurd bericht ----------\nVan: %s\nDatum: %s\nOnderwerp: %s\nAan: %s\n\n%s\n' % fwd
    kind = fmt[0]
    h = html
    if kind in ('html', 'alt') and h is None:
        h = to_html(text if table is None else body if quote is None and fwd is None else text, table=table if '[TABEL]' in body or quote is None else None)
    if kind == 'plain':
        content = textpart(text, cte, charset)
    elif kind == 'html':
        content = EmailMessage(policy=POL)
        content.set_content(h, subtype='html', charset=charset, cte=cte if cte != '8bit' else 'quoted-printable')
    elif kind == 'alt':
        content = EmailMessage(policy=POL)
        content.make_alternative()
        content.attach(textpart(text, 'quoted-printable' if cte == '8bit' else cte, charset))
        hp = EmailMessage(policy=POL)
        hp.set_content(h, subtype='html', charset=charset, cte='quoted-printable' if cte != 'base64' else 'base64')
        content.attach(hp)
        content.set_boundary('----=_NextPart_001_%04d_01DC1A2B.3C4D5E60' % i)
    if atts or fwd_att:
        outer = EmailMessage(policy=POL)
        outer.make_mixed()
        outer.attach(content)
        for (aname, ctype, data) in atts:
            a = EmailMessage(policy=POL)
            mt, st = ctype.split('/')
            if mt == 'text':
                a.set_content(data, subtype=st, charset='utf-8', cte='quoted-printable', disposition='attachment', filename=aname)
            else:
                a.set_content(data if isinstance(data, bytes) else data.encode(), maintype=mt, subtype=st, disposition='attachment', filename=aname)
            outer.attach(a)
        if fwd_att:
            inner = fwd_att
            a = EmailMessage(policy=POL)
            a.set_content(inner)
            outer.attach(a)
        outer.set_boundary('----=_NextPart_000_%04d_01DC1A2B.3C4D5E60' % i)
        content = outer
    m = content
    ch = [(k, v) for k, v in m.items() if k.lower() != 'mime-version']
    for k in set(k for k, _ in m.items()):
        del m[k]
    ref = ref_date(quote[0]) if quote else ref_date(fwd[1]) if fwd else None
    if fwd_att is not None:
        ref = email.utils.parsedate_to_datetime(fwd_att['Date'])
    m['Date'] = format_datetime(dt(i, ref))
    m['From'] = frm
    m['To'] = ', '.join(to)
    if cc:
        m['Cc'] = ', '.join(cc)
    if reply_to:
        m['Reply-To'] = reply_to
    m['Subject'] = subj
    dom = addr(frm).rsplit('@', 1)[-1]
    m['Message-ID'] = '<%s.%04d.%s@%s>' % (slug[:20], i, 'c02', dom)
    if quote or subj.lower().startswith(('re:', 'antw:')):
        m['In-Reply-To'] = '<prev.%04d@mail.example.invalid>' % i
    for k, v in extra_headers:
        m[k] = v
    if mailer:
        m['X-Mailer'] = mailer
    m['MIME-Version'] = '1.0'
    for k, v in ch:
        m[k] = v
    inner_root = fwd_att
    for part in m.walk():
        if part is not m and part is not inner_root:
            del part['MIME-Version']
    data = m.as_bytes(policy=POL)
    assert b'\n' not in data.replace(b'\r\n', b''), fn
    with open(os.path.join(OUT, fn), 'wb') as f:
        f.write(data)
    mf = mail_from or addr(frm)
    rc = [addr(a) for a in to + cc + bcc]
    LABELS.append((fn, dict(rules=list(rules), categories={'sensitive': list(cats)} if cats else None,
                            mail_from=mf, rcpt=rc, about=[], misdirected=False, note=note, lang=lang,
                            format=list(fmt)), text + (h or ''), [addr(a) for a in to + cc]))

def inner_msg(frm, to, subj, body, date='Mon, 14 Sep 2026 09:12:00 +0200', mid='<inner@x.invalid>', html=None):
    m = EmailMessage(policy=POL)
    m['Date'] = date; m['From'] = frm; m['To'] = to; m['Subject'] = subj; m['Message-ID'] = mid
    m.set_content(body, charset='utf-8', cte='quoted-printable')
    if html:
        m.add_alternative(html, subtype='html', charset='utf-8', cte='quoted-printable')
        m.set_boundary('----=_Part_%s' % re.sub(r'\W', '', mid)[:24])
    for part in m.walk():
        if part is not m:
            del part['MIME-Version']
    return m

GROUP = re.compile(r'^(ouders|ouders-[\w-]+|leerlingen|personeel|klas-[\w-]+|vakgroep-[\w-]+|info|directie|secretariaat)@', re.I)
PHONE = re.compile(r'(?<!\d)(?:\+32\s?|0)(?:4\d{2}|\d{1,2})[\s./]?\d{2,3}[\s./]?\d{2}[\s./]?\d{2}(?!\d)')
IBAN = re.compile(r'\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}\b')

def finish():
    lines = []
    warn = 0
    for fn, lab, txt, vis in LABELS:
        r = lab['rules']
        ext = [a for a in vis if not is_school(a)]
        grp = [a for a in vis if is_school(a) and re.match(r'^(ouders|ouders-[\w-]+|leerlingen|personeel|klas-[\w-]+|vakgroep-[\w-]+)@', a)]
        shouldbcc = len(ext) > 1 or bool(grp)
        if shouldbcc != ('bcc' in r):
            print('CHECK bcc', fn, ext, grp); warn += 1
        if (bool(PHONE.search(txt)) or bool(IBAN.search(txt))) and 'personal_data' not in r:
            print('CHECK pd', fn, (PHONE.search(txt) or IBAN.search(txt)).group(0)); warn += 1
        if 'sensitive' in r and not lab['categories']:
            print('CHECK cats', fn); warn += 1
        lines.append('%s:' % fn)
        lines.append('  rules: [%s]' % ', '.join(r))
        if lab['categories']:
            lines.append('  categories: {sensitive: [%s]}' % ', '.join(lab['categories']['sensitive']))
        lines.append('  mail_from: %s' % lab['mail_from'])
        lines.append('  rcpt: [%s]' % ', '.join(lab['rcpt']))
        lines.append('  about: []')
        lines.append('  misdirected: false')
        lines.append('  note: %s' % json.dumps(lab['note'], ensure_ascii=False))
        lines.append('  lang: %s' % lab['lang'])
        lines.append('  format: [%s]' % ', '.join(lab['format']))
    with open(os.path.join(OUT, 'labels.yaml'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')
    from collections import Counter
    c = Counter(x for _, l, _, _ in LABELS for x in l['rules'])
    cc = Counter(x for _, l, _, _ in LABELS if l['categories'] for x in l['categories']['sensitive'])
    print(len(LABELS), 'mails', dict(c), dict(cc), 'warnings', warn)

SPC = 'sintpieterscollege.be'
def S(local):
    return '%s@%s' % (local, SPC)
def L(local):
    return '%s@leerling.%s' % (local, SPC)

# ===================== A. conduct aimed at a person or group (30) =====================
JPG = b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00' + bytes(range(256)) * 3 + b'\xff\xd9'
C = ['conduct']

mail('makak-3b', 'Koen Janssens <koen.janssens@sintpieterscollege.be>', 'Bart Van Damme <bart.vandamme@sintpieterscollege.be>',
     'die van 3B', """Bart,

Heb jij die kleine makak van 3B ook in uw les? Die Ilias. Zit heel de les met zijn kop op zijn bank en als ge iets zegt begint hij te blaten in zijn taal. Die apen moeten ze terugsturen naar de bergen waar ze vandaan komen.

Ik ga hem morgen gewoon buiten zetten.

K.""", rules=C, note='teacher calls a pupil a racist slur and wants "apes" sent back; aimed racist insult to a colleague', fmt=('plain',))

mail('decollete-sofie', 'Tom Peeters <tom.peeters@sintpieterscollege.be>', 'Marc Aerts <marc.aerts@spc.ksleuven.be>',
     'personeelsvergadering', """Marc

Zag ge Sofie vandaag op de personeelsvergadering? Met dat truitje ging ik niet meer naar Dirk luisteren hoor 😏 Die tetten, daar zou ik wel eens mijn hoofd tussen leggen. Volgende keer zet ik me naast haar.

Tom""", rules=C, note='sexual remarks about a named female colleague sent to another colleague', fmt=('alt',), mailer='Microsoft Outlook 16.0')

mail('mongool-toets', 'Hilde Maes <hilde.maes@sintpieterscollege.be>', 'Kobe Verhaegen <kobe.verhaegen@leerling.sintpieterscollege.be>',
     'Re: herexamen wiskunde', """Kobe,

Nee, ge krijgt geen extra kans. Ge zijt echt een mongool, dat zie ik al sinds september. Ge gaat nooit iets worden en eerlijk gezegd kan het me niet schelen.

H. Maes""", rules=C, note='teacher insults a pupil with an ableist slur in a reply about a re-exam', fmt=('plain', 'reply'),
     quote=('Op di 8 sep. 2026 om 21:14 schreef Kobe Verhaegen <kobe.verhaegen@leerling.sintpieterscollege.be>:', 'Mevrouw, mag ik de toets van vrijdag nog eens opnieuw maken? Ik was ziek de avond ervoor.\nKobe'))

mail('zigeuner-ouder', 'Jef Goossens <jef.goossens@sintpieterscollege.be>', 'fam.dumitru@gmail.com',
     'uw zoon', """Mijnheer Dumitru,

Ik ga niet beleefd blijven. Uw zoon is een etterbak en een dief, zoals heel dat zigeunervolk van u. Als hij nog één keer aan mijn fiets komt, zal ik hem persoonlijk een lesje leren dat hij nooit meer vergeet. Dat is geen dreigement, dat is een belofte.

J. Goossens""", rules=C, note='teacher threatens a pupil and insults the family with an ethnic slur, to the parent', fmt=('plain',), cte='quoted-printable')

mail('bougnoules-4d', 'Nathalie Dubois <nathalie.dubois@sintpieterscollege.be>', 'Claire Lemaire <claire.lemaire@sintpieterscollege.be>',
     'ma classe de 4D', """Claire,

Je n'en peux plus de ces bougnoules de 4D. Ils ne savent pas aligner deux mots en français, ils crient, ils crachent. On devrait les parquer tous dans une classe à part et fermer la porte à clé. Des animaux.

Bisous,
Nathalie""", rules=C, lang='fr', note='French-speaking teacher uses a racist slur and dehumanises a class of pupils', fmt=('plain',), charset='windows-1252')

mail('new-maths-girl', 'Sarah Mitchell <sarah.mitchell@sintpieterscollege.be>', 'Ines Lambrechts <ines.lambrechts@sintpieterscollege.be>',
     'lol', """Ines,

Honestly, the new girl in maths is a dumb slut. Saw her flirting with the PE guys in the car park again. No wonder she got the job, bet she was on her knees in Dirk's office for it.

S x""", rules=C, lang='en', note='English teacher sends degrading sexual slur about a new colleague', fmt=('alt',), mailer='Microsoft Outlook 16.0')

mail('walvis-griet', 'Marc Aerts <marc.aerts@spc.ksleuven.be>', 'Tom Peeters <tom.peeters@sintpieterscollege.be>',
     'FW: foto schoolreis Ardennen', """Haha kijk eens wie er in badpak in het zwembad lag. Onze eigen walvis Griet. Ze hebben haar bijna terug in zee moeten duwen 🐳🐳 Stuur maar door naar de gang van de 2de graad.""",
     rules=C, note='forwards a degrading picture of a colleague in swimwear with body-shaming joke', fmt=('plain', 'att'),
     atts=[('IMG_4471_griet.jpg', 'image/jpeg', JPG)])

mail('flikker-nafschool', 'Wout De Cock <wout.decock@leerling.sintpieterscollege.be>', 'Ruben Claes <ruben.claes@leerling.sintpieterscollege.be>',
     'jij', """vuile flikker

morgen na school aan de fietsenstalling. ge gaat afzien. als ge het tegen iemand zegt is het nog erger

zeker ni naar de leerlingenbegeleiding lopen he janet""", rules=C, note='pupil account sends homophobic slur and threat of violence to another pupil', fmt=('plain',))

mail('asielkinderen', 'Dirk Vansteenkiste <dirk.vansteenkiste@sintpieterscollege.be>', 'vakgroep-geschiedenis@sintpieterscollege.be',
     'instroom OKAN', """Collega's,

Ik zeg het maar eens luidop: al die asielzoekerskinderen die ze ons door de strot duwen brengen hier alleen maar luizen, diefstal en messen binnen. Die mensen hebben geen beschaving. Hoe eerder ze terug op de boot zitten hoe beter voor onze eigen kinderen.

Ik weet dat velen hier hetzelfde denken maar het niet durven zeggen.

Dirk""", rules=['conduct', 'bcc'], note='hateful generalisation about refugee children sent to a group address visible in To', fmt=('plain',))

mail('fuif-rok', 'Pieter Claes <pieter.claes@sintpieterscollege.be>', 'Julie Segers <julie.segers@leerling.sintpieterscollege.be>',
     'gisteren', """Hey Julie,

Je zag er echt heel sexy uit gisteren op de fuif van de zesdes. Ik heb de hele nacht aan je in die korte rok moeten denken. Misschien kunnen we eens iets gaan drinken, gewoon wij twee, na de examens?

Dit blijft wel tussen ons hé, anders krijg ik problemen 😉

Pieter""", rules=C, note='teacher sends sexually intimidating message to a pupil and asks secrecy', fmt=('html',),
     html='<div dir="ltr">Hey Julie,<br><br>Je zag er echt heel sexy uit gisteren op de fuif van de zesdes. Ik heb de hele nacht aan je in die korte rok moeten denken. Misschien kunnen we eens iets gaan drinken, gewoon wij twee, na de examens?<br><br>Dit blijft wel tussen ons hé, anders krijg ik problemen 😉<br><br>Pieter</div>\n')

mail('sale-arabe', 'Claire Lemaire <claire.lemaire@sintpieterscollege.be>', 'Mme Benali <s.benali@skynet.be>',
     'Comportement de votre fils', """Madame,

Votre fils est un sale petit arabe mal élevé, comme tous ceux de son quartier. Ne venez pas pleurer chez la direction, chez vous on ne sait visiblement pas ce que c'est, l'éducation.

C. Lemaire""", rules=C, lang='fr', note='teacher writes a racist insult about a pupil to his mother', fmt=('plain',), cte='quoted-printable')

mail('homo-lo', 'Luc Wuyts <luc.wuyts@spc.ksleuven.be>', 'Koen Janssens <koen.janssens@sintpieterscollege.be>',
     'kleedkamers', """Koen

Die nieuwe homo van LO mag van mij niet meer in de kleedkamer van de jongens staan. Die mannen zijn allemaal pedo's, dat weet iedereen. Als mijn zoon in zijn klas zat haalde ik hem er direct af.

Luc""", rules=C, note='homophobic generalisation calling a gay colleague a paedophile', fmt=('plain',))

mail('poetsploeg-aap', 'Bart Van Damme <bart.vandamme@sintpieterscollege.be>', 'Els Hermans <els.hermans@sintpieterscollege.be>',
     'Re: lokaal B204 niet gekuist', """Els,

Dat is al de derde keer. Die zwarte van de poetsploeg doet gewoon niks. Ik versta trouwens geen woord van wat die aap uitkraamt. Ze moeten die terug in zijn boom zetten en iemand normaals aannemen.

Bart""", rules=C, note='racist dehumanising insult about a cleaning staff member', fmt=('alt', 'reply'), mailer='Microsoft Outlook 16.0',
     quote=('Van: Els Hermans\nVerzonden: dinsdag 6 oktober 2026 10:02\nAan: Bart Van Damme\nOnderwerp: lokaal B204 niet gekuist', 'Dag Bart, ik heb je melding doorgegeven aan de firma. Groetjes, Els'))

mail('hoofddoek-punten', 'Griet Vermeulen <griet.vermeulen@sintpieterscollege.be>', 'Aylin Kaya <aylin.kaya@leerling.sintpieterscollege.be>',
     'Re: punten taak economie', """Leer eerst eens fatsoenlijk lezen, dommerik. Met zo'n vod op je kop ga je toch nooit ergens aangenomen worden, dus wat maakt dat punt uit.

G.V.""", rules=C, note='teacher belittles a pupil and mocks her headscarf (religious discrimination)', fmt=('plain', 'reply'),
     quote=('Op 12/10/2026 om 16:40 schreef Aylin Kaya:', 'Dag mevrouw, ik denk dat er een fout zit in mijn punten van de taak, ik had 14 en nu staat er 4.\nMvg Aylin 4B'))

mail('stagiaire-gmail', 'Marc Aerts <marc.aerts@spc.ksleuven.be>', 'steven.dhondt74@gmail.com',
     'nieuwe stagiaire', """Steef,

Ge moest die nieuwe stagiaire hier zien, 22 jaar, kontje om in te bijten. Ik heb haar al twee keer "per ongeluk" tegen de kopieermachine geduwd haha. Ze durft niks te zeggen, ze heeft haar evaluatie nog nodig van mij.

Marc""", rules=C, note='staff member boasts about sexually intimidating a trainee who depends on his evaluation', fmt=('plain',))

mail('weet-waar-ge-woont', 'Jos Verlinden <jos.verlinden1968@gmail.com>', 'Dirk Verbruggen <dirk.verbruggen@sintpieterscollege.be>',
     'uw beslissing over mijn opdracht', """Verbruggen,

Ge denkt dat ge mij zomaar uren kunt afpakken. Ge gaat hier spijt van krijgen. Ik weet waar ge woont en ik weet naar welke school uw kinderen gaan. Kijk maar goed uit als ge 's avonds naar huis rijdt.

Jos""", rules=['conduct', 'private_account'], note='teacher threatens the principal from his private Gmail about his teaching assignment', fmt=('plain',))

mail('vetzak-kloot', 'Karel Bosmans <karel.bosmans@sintpieterscollege.be>', 'Wim De Smet <wim.desmet@sintpieterscollege.be>',
     'Re: Re: laptop nog altijd niet hersteld', """Wim,

Ge zijt ne vieze luie vetzak. Drie weken wacht ik al. Zit ge daar weer de hele dag chips te vreten in uw kot? Trekt uw plan, kloot.

Karel""", rules=C, note='teacher insults the ICT colleague in crude Flemish about a late repair', fmt=('plain', 'reply'),
     quote=('Op 14 okt. 2026, om 09:30 heeft Wim De Smet <wim.desmet@sintpieterscollege.be> het volgende geschreven:', 'Hoi Karel, ik heb je ticket nog in de wachtrij staan, de leverancier heeft nog geen nieuw scherm geleverd.\nWim'))

mail('achterlijke-moeder', 'Ann Vandenbroucke <ann.vandenbroucke@sintpieterscollege.be>', 'mama.lotte22@hotmail.com',
     'Re: sanctie', """Mevrouw,

Kunt ge uw kind niet opvoeden of zijt ge daar gewoon te achterlijk voor? Typisch voor uw soort volk. Ik verspil hier geen tijd meer aan.

A. Vandenbroucke""", rules=C, note='teacher insults a parent as stupid and sneers at "her kind of people"', fmt=('plain', 'reply'), cte='quoted-printable',
     quote=('Op ma 19 okt. 2026 om 18:02 schreef <mama.lotte22@hotmail.com>:', 'Ik vind het niet normaal dat mijn dochter een strafstudie krijgt omdat ze haar boek vergeten was.'))

mail('retard-waste', 'Sarah Mitchell <sarah.mitchell@sintpieterscollege.be>', 'Nathan Lemmens <nathan.lemmens@leerling.sintpieterscollege.be>',
     'your essay', """Nathan,

I have read your essay. You are a retard and a waste of space. Nobody in this class wants you here, least of all me. Do us all a favour and drop English.

Ms Mitchell""", rules=C, lang='en', note='teacher insults a pupil with an ableist slur and tells him nobody wants him', fmt=('plain',), cte='base64')

mail('turken-mercedes', 'Luc Wuyts <luc.wuyts@spc.ksleuven.be>', 'Tom Peeters <tom.peeters@sintpieterscollege.be>',
     'vrijdagmopje', """Tom,

Hoeveel Turken passen er in een Mercedes? Allemaal, als ge de kofferbak openzet en er een uitkering in legt. 😂

Doe maar door naar de rest van de leraarskamer.

Luc""", rules=C, note='racist joke about Turks forwarded for spreading in the staff room', fmt=('alt',), mailer='Microsoft Outlook 16.0')

mail('nog-een-hoofddoek', 'Dirk Vansteenkiste <dirk.vansteenkiste@sintpieterscollege.be>', 'Leen Mertens <leen.mertens@sintpieterscollege.be>',
     'Re: nieuwe inschrijving 1B', """Alweer een hoofddoek erbij. Straks is het hier een moskee en mogen we op vrijdag niet meer les geven. Kunnen we die niet doorsturen naar het GO, die zijn dat gewoon daar. Wij zijn nog altijd een katholieke school.

D.""", rules=C, note='colleague replies to a new enrolment with discriminating remarks about Muslim pupils', fmt=('plain', 'reply'),
     quote=('Op 2 sep. 2026 om 13:05 schreef Leen Mertens:', 'Dag collega\'s van 1B, vanaf maandag komt er een nieuwe leerling bij, Meryem. Ze komt van een school in Brussel. Graag wat extra aandacht voor haar eerste dagen.\nLeen'))

mail('kopieermachine-bukken', 'Jef Goossens <jef.goossens@sintpieterscollege.be>', 'Sofie Wouters <sofie.wouters@sintpieterscollege.be>',
     'kopies', """Sofie,

Uw kopies liggen klaar. Met die broek mag je altijd bij mij komen bukken aan de kopieermachine hoor ;) Ik kijk graag mee.

Jef""", rules=C, note='sexually intimidating remark aimed at a female colleague', fmt=('plain',))

mail('sale-pute-prof', 'Rayan Haddad <rayan.haddad@leerling.sintpieterscollege.be>', 'Nathalie Dubois <nathalie.dubois@sintpieterscollege.be>',
     'ma note', """sale pute

tu m'as mis 3 sur 20 exprès. je vais te niquer ta race, attends-toi à voir ta voiture demain matin

R.""", rules=C, lang='fr', note='pupil insults and threatens his French teacher', fmt=('plain',))

mail('alex-4c', 'Ann Vandenbroucke <ann.vandenbroucke@sintpieterscollege.be>', 'Griet Vermeulen <griet.vermeulen@sintpieterscollege.be>',
     'die van 4C', """Griet

Die 'Alex' van 4C die nu per se een jongen wil zijn, ik doe daar niet aan mee. Dat is gewoon een zieke gestoorde griet die aandacht zoekt. Ik blijf haar gewoon bij haar meisjesnaam noemen en als ze daar niet tegen kan, pech. Zulke freaks horen niet in een gewone klas.

Ann""", rules=C, note='transphobic insults about a pupil sent to a colleague', fmt=('plain',))

mail('chauffeur-klootzak', 'Koen Janssens <koen.janssens@sintpieterscollege.be>', 'planning@busreizen-dijlevallei.be',
     'uitstap 5de jaar', """Aan het zootje ongeregeld van de planning,

Jullie chauffeur van vanmorgen is een racistische klootzak en jullie zijn een stelletje achterlijke idioten dat jullie zo iemand nog op de baan laten. Ik hoop dat jullie failliet gaan.

Koen Janssens""", rules=C, note='teacher writes insults to the bus company instead of a complaint', fmt=('plain',))

mail('big-mama-lotte', 'Jana Wouters <jana.wouters@leerling.sintpieterscollege.be>', 'Elise Boon <elise.boon@leerling.sintpieterscollege.be>',
     'hahaha kijk', """kijk hoe dik lotte is in de kleedkamer 🐷🐷 big mama. stuur door naar de hele klas, ze moet weten dat iedereen het gezien heeft""",
     rules=C, note='pupil shares a degrading changing-room picture of a classmate for spreading', fmt=('plain', 'att'),
     atts=[('snap_lotte_kleedkamer.jpg', 'image/jpeg', JPG)])

mail('gypsies-2b', 'Sarah Mitchell <sarah.mitchell@sintpieterscollege.be>', 'Leen Mertens <leen.mertens@sintpieterscollege.be>',
     'seating in 2B', """Leen,

Can we please get those gypsies in 2B moved to another group? They stink, they steal, and frankly that's what their lot do everywhere. I am not teaching next to that smell for another term.

Sarah""", rules=C, lang='en', note='teacher writes hateful ethnic generalisation about Roma pupils', fmt=('plain',))

mail('trut-directrice', 'Marc Aerts <marc.aerts@spc.ksleuven.be>', 'Luc Wuyts <luc.wuyts@spc.ksleuven.be>',
     'Re: nieuwe lessenrooster', """Die trut van een adjunct weer. Die moet eens goed geneukt worden, misschien wordt ze dan wat vriendelijker. Ik bied me vrijwillig aan, met een zak over haar kop.

M""", rules=C, note='sexual and degrading remark about the deputy head', fmt=('plain', 'reply'),
     quote=('Op wo 16 sep. 2026 om 07:55 schreef Luc Wuyts <luc.wuyts@spc.ksleuven.be>:', 'Heb je gezien dat Nadia ons weer op woensdagnamiddag heeft ingepland?'))

mail('crimineel-familie', 'Bart Van Damme <bart.vandamme@sintpieterscollege.be>', 'g.mbuyi@skynet.be',
     'Uw zoon Divine', """Mevrouw,

Uw zoon is een leugenachtige kleine crimineel, net als de rest van jullie bende. Jullie komen hier profiteren en dan nog een grote mond hebben. Ik zal er persoonlijk voor zorgen dat hij hier buitenvliegt en nergens anders nog binnen raakt.

B. Van Damme""", rules=C, note='teacher insults a pupil and his family with xenophobic remarks and threatens his future', fmt=('alt',), mailer='Microsoft Outlook 16.0')

mail('vrouwen-directie', 'Luc Wuyts <luc.wuyts@spc.ksleuven.be>', 'Luc Wuyts <luc.wuyts@spc.ksleuven.be>',
     'FW: Waarom vrouwen niet in een directie horen', """Moet ge eens lezen mannen, zo waar 😂""",
     bcc=['koen.janssens@sintpieterscollege.be', 'tom.peeters@sintpieterscollege.be', 'marc.aerts@spc.ksleuven.be', 'jef.goossens@sintpieterscollege.be'],
     fwd=('Ronny <ronny.bekaert@telenet.be>', 'zo 4 okt. 2026 om 20:11', 'Waarom vrouwen niet in een directie horen', 'Luc Wuyts',
          '10 redenen:\n1. Om de 28 dagen is de school dicht wegens humeur\n2. Vrouwen horen in de keuken, niet aan de vergadertafel\n3. Hun hersenen zijn te klein voor een begroting\n4. Ze beslissen op gevoel, zoals een kip\n5. ...'),
     rules=C, note='staff member forwards misogynist hate "joke list" to male colleagues in Bcc', fmt=('plain', 'fwd'))

mail('roemeen-wassen', 'Griet Vermeulen <griet.vermeulen@sintpieterscollege.be>', 'Andrei Popescu <andrei.popescu@leerling.sintpieterscollege.be>',
     'morgen', """Andrei,

Ga jij je eens wassen voor je morgen naar mijn les komt. Ge stinkt, vuile Roemeen. Heel de klas klaagt erover. Bij jullie thuis kennen ze blijkbaar geen zeep.

Mevr. Vermeulen""", rules=C, note='teacher insults a pupil with an ethnic slur and humiliates him', fmt=('plain',), charset='windows-1252')

# ===================== B. conduct look-alikes: reports, quotes, lessons, polite complaints (25) =====================

mail('melding-yassin-whatsapp', 'Ines Lambrechts <ines.lambrechts@sintpieterscollege.be>', 'Leen Mertens <leen.mertens@sintpieterscollege.be>',
     'pestmelding 2B - Yassin', """Hoi Leen,

Ik wil iets melden voor de leerlingenbegeleiding. Yassin (2B) kwam vandaag na de les naar mij, hij was er echt niet goed van. In de klasgroep op WhatsApp noemen een paar jongens hem al een week "vuile makak" en "geitenneuker", en gisteren hebben ze een foto van hem met een apenhoofd erop gezet. Hij wil niet dat zijn ouders het weten.

Ik heb screenshots gezien maar niet bijgehouden. Kunnen we dit op de cel van donderdag bespreken? Ik denk dat we de klas ook best eens aanpakken.

Groetjes,
Ines""", rules=['sensitive'], cats=['psychosocial'], note='teacher reports to the care coordinator that a pupil is bullied with racist slurs, quoting them; not aimed conduct', fmt=('plain',))

mail('clb-aanmelding-ilias', 'Leen Mertens <leen.mertens@sintpieterscollege.be>', 'Hanne Stevens <hanne.stevens@clb-leuven.be>',
     'aanmelding CLB - leerling 3C', """Dag Hanne,

Zoals telefonisch besproken meld ik I.B. uit 3C aan voor een begeleidingstraject.

Situatie: de jongen heeft vorige week een leerkracht toegeroepen "ik maak u af, ik weet waar gij woont" nadat zijn gsm werd afgenomen. Dat staat niet op zichzelf: sinds de kerstvakantie zijn er bijna dagelijks uitbarstingen, hij slaapt slecht volgens mama en er is thuis veel spanning sinds papa vertrokken is.

We hebben een time-out afgesproken en een volgkaart. Graag een MDO met ouders in de komende weken.

Vriendelijke groet,
Leen Mertens
zorgcoördinator""", rules=['sensitive'], cats=['psychosocial', 'family', 'care'], note='care coordinator refers a pupil to the CLB quoting his threat to a teacher; a report, not conduct', fmt=('alt',), mailer='Microsoft Outlook 16.0')

mail('les-propaganda-nazi', 'Dirk Vansteenkiste <dirk.vansteenkiste@sintpieterscollege.be>', 'Dirk Vansteenkiste <dirk.vansteenkiste@sintpieterscollege.be>',
     'Geschiedenis 6de jaar - bronnenopdracht propaganda', """Beste leerlingen,

Voor de les van dinsdag bekijken jullie de drie bronnen in de bijlage op Smartschool. Het gaat om nazi-propaganda uit de jaren 1930: een affiche uit de tentoonstelling "Der ewige Jude", een pagina uit een kinderboek waarin Joden als gevaarlijke vreemdelingen worden voorgesteld, en een krantenkop uit Der Stürmer ("Die Juden sind unser Unglück").

Let op: dit zijn walgelijke teksten. We lezen ze om te begrijpen hoe haat stap voor stap normaal werd gemaakt, niet om ze te herhalen.

Opdracht:
1. Wie is de maker, wie het doelpubliek?
2. Welke beeldtaal en stereotypen worden gebruikt?
3. Verbind de bron met de Neurenberger wetten van 1935.

Tot dinsdag,
Meneer Vansteenkiste""", bcc=['klas-6a@sintpieterscollege.be', 'klas-6b@sintpieterscollege.be'], rules=[], note='history lesson on Nazi antisemitic propaganda quoting sources; teaching, not conduct', fmt=('plain',))

mail('les-kuifje-congo', 'Ines Lambrechts <ines.lambrechts@sintpieterscollege.be>', 'vakgroep-geschiedenis@sintpieterscollege.be',
     'voorstel lessenreeks koloniaal verleden', """Dag collega's,

Voor de derde graad wil ik de lessen over Belgisch-Congo opnieuw opbouwen. Mijn voorstel:
- Les 1: Leopold II en de Onafhankelijke Congostaat, de rubbercampagnes en de afgehakte handen (foto's van Alice Seeley Harris).
- Les 2: het koloniale beeld in Vlaanderen: Kuifje in Congo, de schoolplaten, de "negerdorpen" op de wereldtentoonstelling van 1958. Hoe werden Congolezen voorgesteld als kinderen of wilden, en wie had daar belang bij?
- Les 3: dekolonisatie, Lumumba en de excuses van 2020.

Ik voeg het werkblad nog niet toe, eerst jullie feedback. Kunnen we het op de vakgroep van 20/11 bespreken?

Ines""", rules=['bcc'], note='history teacher plans lessons on colonial racism quoting colonial terms; teaching; group address in To', fmt=('alt',), mailer='Microsoft Outlook 16.0')

mail('fragment-claus', 'Hilde Claessens <hilde.claessens@sintpieterscollege.be>', 'Hilde Claessens <hilde.claessens@sintpieterscollege.be>',
     'Nederlands 5 - leesopdracht oorlogsroman', """Dag 5de jaars,

In het fragment dat we volgende week lezen (p. 212-219) spreken de personages over de "Walen" en over een Joodse buurman in termen die vandaag terecht als racistisch worden gezien. De verteller neemt die woorden over zonder commentaar.

Denk bij het lezen na over deze vragen:
- Waarom laat de auteur zijn personages zo praten?
- Verandert jouw oordeel over de hoofdfiguur daardoor?
- Is het goed dat zulke boeken nog op school gelezen worden?

We bespreken het in kringgesprek. Wie liever een ander fragment leest, mag dat vragen.

Mevr. Claessens""", bcc=['klas-5a@sintpieterscollege.be', 'klas-5c@sintpieterscollege.be'], rules=[], note='literature lesson about racist language in a war novel; teaching', fmt=('plain',), cte='quoted-printable')

mail('werkblad-haatspraak', 'Karim El Amrani <karim.elamrani@sintpieterscollege.be>', 'Sofie Wouters <sofie.wouters@sintpieterscollege.be>',
     'werkblad mediawijsheid: mening of haatspraak?', """Hoi Sofie,

Hierbij het werkblad voor de les burgerschap in het 3de jaar. De leerlingen krijgen tien echte-soortige reacties onder een nieuwsbericht en moeten ze sorteren in "mening", "kwetsend" en "strafbare haatspraak".

Voorbeelden die ik erin heb gezet:
1. "Ik vind dat de regering te veel geld aan asiel uitgeeft."
2. "Al die moslims zijn terroristen, zet ze buiten."
3. "Die homo's moeten ze afmaken."
4. "Ik snap niet waarom dat een nieuwsbericht is."

Daarna bespreken we de antidiscriminatiewet en hoe je iets meldt bij Unia. Zie jij het zitten om het in 3C te testen?

Karim""", rules=[], note='lesson worksheet lists hate comments as examples to classify; teaching about hate speech', fmt=('plain',))

mail('rs-module-ouders', 'Ine Peeters <ine.peeters@sintpieterscollege.be>', 'Ine Peeters <ine.peeters@sintpieterscollege.be>',
     'Relationele en seksuele vorming in het 2de jaar', """Geachte ouders,

In de lessen biologie en LBV werken we in november rond relationele en seksuele vorming. We bespreken de puberteit en het lichaam, verliefdheid en relaties, grenzen en toestemming (ook online: sexting en het doorsturen van naaktfoto's), anticonceptie en seksuele diversiteit.

We werken met materiaal van Sensoa. Leerlingen kunnen anoniem vragen stellen via een vragenbox. Heeft u vragen of bedenkingen, dan kan u mij steeds contacteren via Smartschool.

Met vriendelijke groeten,
Ine Peeters
leerkracht biologie""", bcc=['ouders-2a@sintpieterscollege.be', 'ouders-2b@sintpieterscollege.be', 'ouders-2c@sintpieterscollege.be'], rules=[], note='letter to parents about sexuality education; teaching, not sexual content aimed at anyone', fmt=('alt',), mailer='Microsoft Outlook 16.0')

mail('klacht-opmerkingen-collega', 'Sofie Wouters <sofie.wouters@sintpieterscollege.be>', 'Dirk Verbruggen <dirk.verbruggen@sintpieterscollege.be>',
     'vertrouwelijk: opmerkingen van een collega', """Beste Dirk,

Ik twijfel al een tijd of ik dit moet melden, maar ik doe het toch. Een collega maakt de laatste weken regelmatig opmerkingen over mijn kledij en mijn lichaam, ook in het bijzijn van anderen aan de kopieermachine. Vorige week stuurde hij me een mail die ik als ongepast heb ervaren. Ik voel me er ongemakkelijk bij en vermijd nu de leraarskamer.

Ik zou graag eens met jou of met de vertrouwenspersoon praten over hoe we dit kunnen aanpakken. Ik wil geen grote zaak maken, maar ik wil wel dat het stopt.

Dank je,
Sofie""", rules=[], note='teacher politely reports harassment by a colleague to the principal; a complaint, not conduct', fmt=('plain',))

mail('kritiek-gsm-regel', 'Tom Peeters <tom.peeters@sintpieterscollege.be>', 'directie@sintpieterscollege.be',
     'nieuwe gsm-regeling', """Beste directie,

Ik wil eerlijk zijn: ik vind de nieuwe gsm-regeling slecht doordacht. Ze werd zonder overleg met de leraarskamer ingevoerd, ze is niet te controleren op de speelplaats en ze legt de hele handhaving bij de leerkrachten. Dat vind ik niet correct.

Ik stel voor dat we ze op de volgende personeelsvergadering evalueren, met een werkgroep die ook leerlingen bevraagt. Ik wil daar graag aan meewerken.

Met collegiale groet,
Tom Peeters""", rules=[], note='strong but decent criticism of a school rule to the direction', fmt=('plain',))

mail('sanctie-racistische-opmerking', 'Dirk Verbruggen <dirk.verbruggen@sintpieterscollege.be>', 'Pascale Wouters <pascale.wouters@telenet.be>',
     'Tuchtmaatregel - uw zoon Jarne (4B)', """Geachte mevrouw Wouters,

Op maandag 9 november heeft uw zoon Jarne tijdens de middagpauze een medeleerling herhaaldelijk uitgescholden voor "vuile zwarte" en "ga terug naar je land". Meerdere leerlingen en een toezichter hebben dit bevestigd. Jarne heeft het feit ook zelf toegegeven.

Omdat het niet de eerste keer is dat Jarne zich kwetsend gedraagt tegenover klasgenoten, leggen wij een tijdelijke uitsluiting van twee dagen op (12 en 13 november), gevolgd door een herstelgesprek met de betrokken leerling en een begeleidingscontract.

Wij nodigen u en Jarne uit voor een gesprek op woensdag 11 november om 16 uur.

Met vriendelijke groeten,
Dirk Verbruggen
directeur""", rules=['sensitive'], cats=['psychosocial'], note='principal informs a parent of a disciplinary measure quoting the slurs her son used; report, not conduct', fmt=('alt',), mailer='Microsoft Outlook 16.0')

mail('fw-dreigmail-ouder', 'Griet Vermeulen <griet.vermeulen@sintpieterscollege.be>', 'Dirk Verbruggen <dirk.verbruggen@sintpieterscollege.be>',
     'FW: uw punten', """Dirk,

Deze mail kreeg ik gisteravond van een vader. Ik ben er eerlijk gezegd wat door aangeslagen. Kan de school hier iets mee doen? Moet ik naar de politie?

Griet""", fwd=('R. Maes <rudi.maes77@hotmail.com>', 'ma 16 nov. 2026 om 22:48', 'uw punten', 'Griet Vermeulen',
              'Gij stomme trut. Als mijn dochter niet overgaat door uw punten dan zult ge mij leren kennen. Ik weet waar ge uw auto parkeert.'),
     rules=[], note='teacher forwards a threatening mail from a parent to the principal to report it; the sender reports, not conduct', fmt=('plain', 'fwd'))

mail('mockingbird-slur', 'Sarah Mitchell <sarah.mitchell@sintpieterscollege.be>', 'Sarah Mitchell <sarah.mitchell@sintpieterscollege.be>',
     'English 6 - To Kill a Mockingbird: reading notes', """Dear 6th formers,

As we start chapters 9 to 11, a word about the language in the novel. Characters in Maycomb use the n-word and other racial slurs constantly. Harper Lee puts them there on purpose: to show how ordinary racism was, and how Atticus and Scout respond to it.

In class we will not read those words aloud. When you quote in your essay, write "the n-word" instead. We will talk about why the book is still taught and why some schools have removed it.

Essay question: "Atticus is a hero of his time, not of ours." Discuss (600 words, due 4 December).

Ms Mitchell""", bcc=['klas-6c@sintpieterscollege.be'], rules=[], lang='en', note='English literature lesson on racial slurs in a novel; teaching', fmt=('plain',))

mail('racisme-explique', 'Nathalie Dubois <nathalie.dubois@sintpieterscollege.be>', 'Nathalie Dubois <nathalie.dubois@sintpieterscollege.be>',
     'Français 4e - lecture: le racisme', """Chers élèves,

Pour jeudi, lisez le chapitre 2 du livre que nous étudions (un père explique le racisme à sa fille). Relevez trois exemples de préjugés cités dans le texte, par exemple l'idée que "les étrangers volent le travail", et expliquez comment l'auteur les démonte.

Nous ferons ensuite un débat: peut-on tout dire au nom de l'humour?

Bonne lecture,
Mme Dubois""", bcc=['klas-4a@sintpieterscollege.be', 'klas-4d@sintpieterscollege.be'], rules=[], lang='fr', note='French lesson about racism quoting prejudices to be analysed; teaching', fmt=('plain',), charset='windows-1252')

mail('klassenraad-3a-gedrag', 'Bart Van Damme <bart.vandamme@sintpieterscollege.be>', 'Leen Mertens <leen.mertens@sintpieterscollege.be>',
     'verslag tussentijdse klassenraad 3A', """Dag Leen,

Hieronder de afspraken van de klassenraad van 3A van gisteren, voor de leerlingenbegeleiding.

[TABEL]

Algemeen: klassfeer gespannen, veel scheldwoorden over en weer (o.a. "homo", "mongool"). Titularis bespreekt dit in de klas.

Bart""", table=[['Leerling', 'Bespreking', 'Afspraak'],
                 ['Emre', 'scheldt medeleerlingen uit, twee keer naar de time-out', 'volgkaart, gesprek met ouders'],
                 ['Zofia', 'wordt uitgelachen om haar accent, trekt zich terug', 'opvolging LB, check-in elke maandag'],
                 ['Noah', 'geen opmerkingen', '-']],
     rules=['sensitive'], cats=['psychosocial'], note='class council notes name pupils with behaviour problems and a victim; quoted insults are reported, not aimed', fmt=('alt',), mailer='Microsoft Outlook 16.0')

mail('cyberpesten-screens', 'Kristel Hendrickx <kristel.hendrickx@sintpieterscollege.be>', 'Leen Mertens <leen.mertens@sintpieterscollege.be>',
     'cyberpesten Elif 1C', """Leen,

De mama van Elif (1C) belde me in tranen. Onder de TikTok-filmpjes van Elif schrijven leerlingen van onze school al weken dingen als "dikke koe", "niemand wil u hier" en zelfs "ga dood". Ze eet nauwelijks nog en wil 's morgens niet meer naar school.

Ik heb de commentaren overgetypt zodat je ze hebt:
- "dikke koe hahaha"
- "ge zijt zo lelijk dat ge beter thuisblijft"
- "ga dood echt"

Twee van de accounts zijn volgens Elif van jongens uit 1D. Kunnen we snel samenzitten?

Kristel""", rules=['sensitive'], cats=['psychosocial'], note='teacher reports cyberbullying of a named pupil, quoting the comments; a report', fmt=('plain',), cte='quoted-printable')

mail('klacht-chauffeur-beleefd', 'Koen Janssens <koen.janssens@sintpieterscollege.be>', 'klantendienst@busreizen-dijlevallei.be',
     'klacht - rit 14 oktober, Leuven - Han-sur-Lesse', """Geachte,

Wij willen een klacht indienen over de chauffeur van de rit van 14 oktober. Verschillende leerlingen en een begeleidende leerkracht hebben gehoord hoe hij leerlingen met een migratieachtergrond toeriep dat ze "terug naar hun eigen land" moesten en hen weigerde vooraan te laten zitten.

Wij vinden dit onaanvaardbaar en vragen u dit te onderzoeken en ons te laten weten welke stappen u neemt. Tot dan boeken wij geen nieuwe ritten.

Met vriendelijke groeten,
Koen Janssens
coördinator uitstappen, Sint-Pieterscollege""", rules=[], note='polite complaint to the bus company quoting a driver\'s racist remark', fmt=('plain',))

mail('lbv-discriminatie', 'Karim El Amrani <karim.elamrani@sintpieterscollege.be>', 'Karim El Amrani <karim.elamrani@sintpieterscollege.be>',
     'LBV 5 - casus discriminatie op de huurmarkt', """Dag iedereen,

Voor volgende week lezen jullie de casus over praktijktesten op de huurmarkt in Gent: kandidaat-huurders met een Marokkaans klinkende naam kregen veel minder vaak een uitnodiging voor een bezoek dan "Jan Peeters".

Vragen:
1. Is dit discriminatie volgens de wet? Waarom?
2. Welke argumenten geven verhuurders? Zijn die aanvaardbaar?
3. Wat vind jij van praktijktesten?

Tot dan!
Meneer El Amrani""", bcc=['klas-5b@sintpieterscollege.be'], rules=[], note='ethics lesson on discrimination in housing; teaching', fmt=('plain',))

mail('vertrouwenspersoon-stage', 'Annelies Claes <annelies.claes@sintpieterscollege.be>', 'Dirk Verbruggen <dirk.verbruggen@sintpieterscollege.be>',
     'melding grensoverschrijdend gedrag stageplaats', """Dirk,

Als vertrouwenspersoon meld ik je het volgende, met toestemming van de leerling. Jasmien (6 Zorg) vertelde me vandaag dat haar stagementor in het woonzorgcentrum opmerkingen maakt over haar borsten en haar vorige week in de berging probeerde te kussen. Ze is erg aangeslagen, slaapt slecht en wil niet meer terug.

Voorstel: stage onmiddellijk stopzetten, stagecoördinator contacteert het woonzorgcentrum, gesprek met de ouders, aanbod CLB. Kunnen we morgen om 8u samenzitten?

Annelies""", rules=['sensitive'], cats=['psychosocial'], note='confidential counsellor reports sexual harassment of a pupil at her work placement; reporting, not conduct', fmt=('plain',))

mail('bio-voortplanting', 'Ine Peeters <ine.peeters@sintpieterscollege.be>', 'Ine Peeters <ine.peeters@sintpieterscollege.be>',
     'Biologie 4 - herhaling voortplanting', """Dag 4de jaars,

Voor de toets van vrijdag herhalen jullie hoofdstuk 6: de mannelijke en vrouwelijke geslachtsorganen (penis, testes, zaadleider, vagina, baarmoeder, eierstokken), de menstruatiecyclus, de bevruchting en de innesteling. Kennen: de tekening op p. 134 benoemen.

Oefenquiz staat klaar in de cursusmap.

Mevr. Peeters""", bcc=['klas-4b@sintpieterscollege.be', 'klas-4c@sintpieterscollege.be'], rules=[], note='biology revision of reproduction with anatomical terms; teaching', fmt=('plain',))

mail('toneel-script', 'Hilde Claessens <hilde.claessens@sintpieterscollege.be>', 'Hilde Claessens <hilde.claessens@sintpieterscollege.be>',
     'repetitie donderdag - scène 4', """Dag spelers,

Donderdag repeteren we scène 4 (de ruzie). Nog eens de tekst:

MARK: Jij vuile verrader! Ik maak je kapot, hoor je me?
LINDA: Doe maar, lafaard. Je bent niks zonder je vader.
MARK: (grijpt haar arm) Nog één woord en...

Let op: de duw is gechoreografeerd, we doen hem alleen met Jonas erbij. Neem je tekst mee, nog niet alles zit erin!

Hilde""", bcc=['jonas.vermeiren@leerling.sintpieterscollege.be', 'linde.smets@leerling.sintpieterscollege.be', 'mats.baert@leerling.sintpieterscollege.be'], rules=[], note='drama rehearsal script with an on-stage fight; fiction, not aimed at anyone', fmt=('plain',))

mail('omzendbrief-respect', 'Dirk Verbruggen <dirk.verbruggen@sintpieterscollege.be>', 'Dirk Verbruggen <dirk.verbruggen@sintpieterscollege.be>',
     'herinnering: respectvolle communicatie (communicatiebeleid §3.2)', """Beste collega's,

Naar aanleiding van enkele meldingen herinner ik jullie aan ons communicatiebeleid. Via de schoolaccounts is het niet toegestaan berichten te verzenden met pornografische, racistische, discriminerende, beledigende of aanstootgevende inhoud, of met seksueel intimiderende inhoud. Denk ook aan "grappige" doorstuurmails, memes en foto's van collega's of leerlingen.

Wie zich door een bericht geviseerd voelt, kan terecht bij de vertrouwenspersonen (Annelies Claes en Karim El Amrani) of bij mij.

Dank om hier mee over te waken.
Dirk Verbruggen
directeur""", bcc=['personeel@sintpieterscollege.be'], rules=[], note='principal reminds staff of the conduct rule, naming categories of forbidden content', fmt=('alt',), mailer='Microsoft Outlook 16.0')

mail('fw-klacht-ouder', 'secretariaat@sintpieterscollege.be', 'Kristel Hendrickx <kristel.hendrickx@sintpieterscollege.be>',
     'FW: klacht over de uitstap', """Dag Kristel,

Onderstaande klacht (in bijlage) kwam binnen via het algemene adres. Kan jij de ouder antwoorden? Dirk weet ervan.

Groetjes,
Veerle, secretariaat""", fwd_att=inner_msg('Bram Heylen <bram.heylen@proximus.be>', 'info@sintpieterscollege.be', 'uitstap',
              'Geachte,\n\nIk vind het onaanvaardbaar dat de leerlingen pas om 20u30 terug waren in plaats van om 17u, zonder enig bericht. Ik heb twee uur op een parking staan wachten. Dit is slecht georganiseerd en ik verwacht een verklaring.\n\nB. Heylen\n',
              date='Tue, 6 Oct 2026 08:15:02 +0200', mid='<CAH7x2kq9@mail.proximus.be>'),
     rules=[], note='secretariat forwards an angry but decent parent complaint as attachment; no aimed insult', fmt=('plain', 'fwd-attached'))

mail('incident-partner-school', 'Sarah Mitchell <sarah.mitchell@sintpieterscollege.be>', 'j.carter@hollyfield-academy.org.uk',
     'incident during the exchange', """Dear James,

I need to let you know about an incident on Wednesday evening. One of your students called one of our pupils, Bilal (4A), a "dirty Arab" during the bowling night, and a second boy laughed and filmed it. Bilal was very upset and did not want to join the trip the next day.

We have spoken to both groups. Could you talk to your two students and their parents? Bilal's family would appreciate an apology.

Kind regards,
Sarah Mitchell
exchange coordinator""", rules=['sensitive'], cats=['psychosocial'], lang='en', note='teacher reports a racist insult against a named pupil to the partner school; quoting to report', fmt=('plain',))

mail('vrt-artikel-haatcampagne', 'Karim El Amrani <karim.elamrani@sintpieterscollege.be>', 'Sofie Wouters <sofie.wouters@sintpieterscollege.be>',
     'artikel voor de les mediawijsheid', """Sofie,

Goed artikel voor de les over online haat: https://www.vrt.be/vrtnws/nl/2026/10/02/haatberichten-tegen-gemeenteraadslid-na-debat/

Ze beschrijven hoe een gecoördineerde campagne begon met één tweet. Misschien kunnen we de leerlingen de tijdlijn laten reconstrueren.

K.""", rules=[], note='sharing a news article on online hate for a lesson', fmt=('plain',))

mail('kritiek-collega-toetsen', 'Hilde Maes <hilde.maes@sintpieterscollege.be>', 'Pieter Claes <pieter.claes@sintpieterscollege.be>',
     'Re: toetsen 4de jaar aangepast', """Pieter,

Sorry, maar dit vind ik echt niet professioneel. Je hebt mijn toetsen voor 4B aangepast zonder het mij te vragen, en nu kloppen de punten niet meer met de leerplandoelen die ik beoordeel. Ik ben hier boos over.

Ik wil dit op de vakgroep van maandag bespreken, zodat we voortaan duidelijke afspraken hebben.

Hilde""", rules=[], note='colleague strongly but decently criticises another colleague', fmt=('plain', 'reply'),
     quote=('Op vr 13 nov. 2026 om 15:22 schreef Pieter Claes <pieter.claes@sintpieterscollege.be>:', 'Ik heb de toetsen van 4B wat gelijkgetrokken met de mijne, was anders te moeilijk.'))

# ===================== C. dangerous or oversharing links (30) =====================
LK = ['links']

mail('wetransfer-klassenraad', 'Bart Van Damme <bart.vandamme@sintpieterscollege.be>', 'Hanne Stevens <hanne.stevens@clb-leuven.be>',
     'verslagen klassenraad 3C', """Dag Hanne,

De bestanden waren te groot voor Smartschool, dus ik heb ze via WeTransfer gezet: https://we.tl/t-Qz7pLm2Xk9

Er zitten de verslagen in van de klassenraad van 3C, ook het handelingsplan van Mohamed (IAC, hij volgt vanaf januari een aangepast traject) en de observaties van de zorgleerkracht bij Lisa.

Groetjes,
Bart""", rules=['links', 'sensitive'], cats=['care'], note='class council reports with an individual adapted curriculum sent as a public WeTransfer link', fmt=('plain',))

mail('drive-zorgplannen-stagiair', 'Leen Mertens <leen.mertens@sintpieterscollege.be>', 'Febe Dewulf <febe.dewulf99@gmail.com>',
     'map zorgplannen voor je stage', """Dag Febe,

Welkom bij ons zorgteam! Zodat je je kan voorbereiden: alle zorgplannen van de eerste graad staan in deze map, iedereen met de link kan ze openen:

https://drive.google.com/drive/folders/1aBx9QeLrT7uVwZ3kP0sNmYd2Hc5Fg8Jo?usp=sharing

Begin misschien met het plan van Noor (2A), dyslexie en dyscalculie, met voorleessoftware en extra tijd bij toetsen, dat is een mooi voorbeeld.

Tot maandag!
Leen""", rules=['links', 'sensitive'], cats=['care', 'medical'], note='care plans folder shared via a public Google Drive link to a trainee\'s private address, naming a pupil\'s diagnosis', fmt=('plain',))

mail('onedrive-fotos-schoolreis', 'Kristel Hendrickx <kristel.hendrickx@sintpieterscollege.be>', 'Kristel Hendrickx <kristel.hendrickx@sintpieterscollege.be>',
     "Foto's schoolreis Ieper 2de jaar", """Beste ouders,

Wat een fijne dag was het in Ieper! Alle foto's van de schoolreis (ruim 400 stuks, ook van de leerlingen in het zwembad) kan u bekijken en downloaden via deze link, u hoeft niet in te loggen:

https://1drv.ms/f/s!AqP3kLm9Xy2bgZt7Hc_0pQeRw4sN?e=Vf8kTz

Voel u vrij om de link door te sturen naar grootouders.

Vriendelijke groeten,
Kristel Hendrickx""", bcc=['ouders-2a@sintpieterscollege.be', 'ouders-2b@sintpieterscollege.be', 'ouders-2c@sintpieterscollege.be', 'ouders-2d@sintpieterscollege.be'],
     rules=LK, note='public OneDrive anyone-link with pupil photos sent to all parents of a year and meant to be forwarded', fmt=('alt',), mailer='Microsoft Outlook 16.0')

mail('dropbox-kamplijst-medicatie', 'Tom Peeters <tom.peeters@sintpieterscollege.be>', 'onthaal@jeugdherberg-kempen.be',
     'bosklassen 1ste jaar - deelnemerslijst', """Beste,

De deelnemerslijst met allergieën, dieet en medicatie van onze 84 leerlingen staat op Dropbox:
https://www.dropbox.com/scl/fi/8kq2w0zv1x/deelnemers_bosklassen_1e.xlsx?rlkey=p4z8t1mqv9c0ab3j&dl=0

Opgelet voor de keuken: Lina (1B) heeft een ernstige notenallergie met EpiPen, en Arne (1D) neemt 's avonds zijn medicatie voor epilepsie, de begeleiders hebben die bij.

Mvg,
Tom Peeters""", bcc=['keuken@jeugdherberg-kempen.be'], rules=['links', 'sensitive'], cats=['medical'], note='list of pupils\' allergies and medication shared as a public Dropbox link with the hostel; named pupils\' conditions in the body', fmt=('plain',))

mail('sharepoint-iedereen-therapeut', 'Annelies Claes <annelies.claes@sintpieterscollege.be>', 'info@logopedie-dijleland.be',
     'verslagen voor het overleg', """Dag mevrouw Verstraeten,

Voor het overleg van vrijdag over Wout (3B) heb ik zijn dossier gedeeld. Ik heb de map ingesteld op "Iedereen met de koppeling" omdat u geen schoolaccount heeft:

https://sintpieterscollege-my.sharepoint.com/:f:/g/personal/annelies_claes_sintpieterscollege_be/EpX7q2LmRz9Ku0bV3sT1wYcB8n?e=Qm4RtZ

Daarin zitten het verslag van het MDO, het testverslag van de neuropsycholoog (ASS) en de afspraken rond zijn time-outkaart.

Met vriendelijke groet,
Annelies Claes""", rules=['links', 'sensitive'], cats=['care', 'medical'], note='pupil\'s care file with autism report shared by an anyone-with-the-link SharePoint URL to an outside therapist', fmt=('alt',), mailer='Microsoft Outlook 16.0')

mail('ftp-backup-leverancier', 'Wim De Smet <wim.desmet@sintpieterscollege.be>', 'support@itservices-hageland.be',
     'backup server B-gebouw', """Hallo,

Kunnen jullie de backup van vannacht eens nakijken? Hij blijft hangen op 63%. De bestanden staan hier:

ftp://spcbackup:Lente2026!Dijle@files.spc-archief.be/nightly/2026-11-03/

Dank,
Wim De Smet
ICT-coördinator""", rules=['links', 'password'], note='ICT coordinator sends an FTP link with username and password embedded in the URL to a supplier', fmt=('plain',))

mail('printer-admin-url', 'Wim De Smet <wim.desmet@sintpieterscollege.be>', 'Kevin Bollen <kevin.bollen@copyservice-leuven.be>',
     'Re: foutcode E-553 kopieertoestel leraarskamer', """Kevin,

Je kan er van op afstand aan, ik heb de poort opengezet tot vrijdag. Deze link logt je direct in op de beheerpagina:

https://printbeheer.sintpieterscollege.be/admin/login?user=admin&password=Kop1eer%2317

Laat maar iets weten.
Wim""", rules=['links', 'password'], note='printer admin password passed in the query string of a link to a technician', fmt=('plain', 'reply'),
     quote=('Op 3 nov. 2026 om 11:02 schreef Kevin Bollen:', 'Dag Wim, kan ik er remote aan om de logs te bekijken?'))

mail('smartschool-api-token', 'Wim De Smet <wim.desmet@sintpieterscollege.be>', 'dev@roosterplanner.eu',
     'koppeling lessenrooster', """Hi,

Voor de test van jullie koppeling met ons lessenrooster kan je deze URL gebruiken, de accesscode zit er al in:

https://sintpieterscollege.smartschool.be/Webservices/V3?accesscode=7f3c9a1e5b2d4f60a8e7c1b9d3f2a6e4&method=getAllAccountsExtended

Graag niet verder delen.
Wim""", rules=LK, note='web-service access code embedded in a link sent to an external developer', fmt=('plain',), lang='nl')

mail('azure-sas-rapporten', 'Els Hermans <els.hermans@sintpieterscollege.be>', 'drukkerij@drukwerkvandijck.be',
     'rapportmappen 2de trimester', """Goedemiddag,

Hierbij de link naar de pdf's van de rapporten die in de mappen moeten. De link is 30 dagen geldig:

https://spcarchief.blob.core.windows.net/rapporten/trimester2_alle_klassen.zip?sv=2024-08-04&se=2026-12-31T23%3A59%3A00Z&sr=b&sp=r&sig=q9Fz3kLx0%2BmTn7Yv2pR8sW1cA4dE6hJ5uB3oI0lK9gM%3D

Mvg,
Els Hermans
administratie""", rules=LK, note='signed storage URL (SAS token) giving access to all report cards sent to a printer', fmt=('plain',))

mail('gdoc-access-token', 'Pieter Claes <pieter.claes@sintpieterscollege.be>', 'Hilde Maes <hilde.maes@sintpieterscollege.be>',
     'examenrooster kladversie', """Hilde,

De kladversie van het examenrooster, de link werkt ook zonder in te loggen:
https://docs.google.com/spreadsheets/d/1Zq8vYtL3kN0pB7wX2mR5cH9sJ4gD6fA1eU0iO3lK7Tq/export?format=xlsx&access_token=ya29.a0AfB_byC7kP3mQ9xR2tL8vN5wZ1sD4hF6jG0uY3eI7oA2bV8nM5cX1zK9

Pieter""", rules=LK, note='Google access token in a spreadsheet link', fmt=('plain',))

mail('lookalike-spc-login', 'Jef Goossens <jef.goossens@sintpieterscollege.be>', 'Jef Goossens <jef.goossens@sintpieterscollege.be>',
     'nieuwe inlogpagina personeelsportaal', """Dag collega's,

Ik kreeg van de ICT een link naar de nieuwe inlogpagina van het personeelsportaal, voor wie het nog niet had:

https://sintpieterscolIege.be/personeel/login

Ge moet daar opnieuw inloggen met uw schoolaccount, anders worden uw uren niet meer doorgestuurd.

Jef""", bcc=['vakgroep-lo@sintpieterscollege.be', 'koen.janssens@sintpieterscollege.be'], rules=LK, note='colleague spreads a look-alike school domain (capital I for l) as the "new login page"', fmt=('plain',))

mail('fw-smartschool-lookalike-ict', 'Ann Vandenbroucke <ann.vandenbroucke@sintpieterscollege.be>', 'Wim De Smet <wim.desmet@sintpieterscollege.be>',
     'FW: Uw Smartschool-account wordt gedeactiveerd', """Wim, is dit echt? Ik heb nog niet geklikt. Zie bijlage.
Ann""", fwd_att=inner_msg('Smartschool Beveiliging <noreply@smartschooI-login.be>', 'ann.vandenbroucke@sintpieterscollege.be', 'Uw Smartschool-account wordt gedeactiveerd',
              'Beste gebruiker,\n\nWegens een update moet u uw account opnieuw bevestigen binnen 24 uur:\nhttps://smartschooI-login.be/sintpieterscollege/verify\n\nSmartschool\n',
              date='Wed, 21 Oct 2026 06:12:44 +0200', mid='<a81f3c.20261021@smartschooI-login.be>',
              html='<html><body><p>Beste gebruiker,</p><p>Wegens een update moet u uw account opnieuw bevestigen binnen 24 uur:</p><p><a href="https://smartschooI-login.be/sintpieterscollege/verify">Account bevestigen</a></p><p>Smartschool</p></body></html>\n'),
     rules=LK, note='teacher forwards a Smartschool look-alike phishing mail to ICT as an attachment; the bad link travels along', fmt=('plain', 'fwd-attached'))

mail('rn-microsoft-personeel', 'Hilde Claessens <hilde.claessens@sintpieterscollege.be>', 'Hilde Claessens <hilde.claessens@sintpieterscollege.be>',
     'iedereen paswoord vernieuwen!', """Beste collega's,

Via Microsoft kreeg ik de melding dat alle schoolaccounts hun paswoord moeten vernieuwen voor vrijdag. Hier is de link, het gaat heel snel:

https://login.rnicrosoftonline.com/spc-ksleuven/oauth2/reset

Groetjes,
Hilde""", bcc=['personeel@sintpieterscollege.be'], rules=LK, note='colleague spreads a Microsoft look-alike domain (rn for m) to all staff', fmt=('alt',), mailer='Microsoft Outlook 16.0')

mail('punycode-ouderportaal', 'Els Hermans <els.hermans@sintpieterscollege.be>', 'Ruth Janssens <ruth.janssens@outlook.com>',
     'Re: schoolrekening online bekijken', """Beste mevrouw Janssens,

U kan uw rekeningen bekijken via het ouderportaal: https://xn--sintpieterscollge-5qb.be/ouderportaal

Met vriendelijke groeten,
Els Hermans""", rules=LK, note='punycode look-alike of the school domain given to a parent', fmt=('plain', 'reply'),
     quote=('Op 2 nov. 2026 om 19:30 schreef Ruth Janssens <ruth.janssens@outlook.com>:', 'Waar kan ik de schoolrekening van het eerste trimester vinden?'))

mail('extra-woord-login', 'Kristel Hendrickx <kristel.hendrickx@sintpieterscollege.be>', 'Kristel Hendrickx <kristel.hendrickx@sintpieterscollege.be>',
     'inschrijven oudercontact', """Beste ouders van 1C,

Het inschrijven voor het oudercontact van 10 december gebeurt dit jaar via deze pagina, u logt in met uw Smartschool-gegevens:

https://sintpieterscollege-login.com/oudercontact

Vriendelijke groeten,
Kristel Hendrickx
klastitularis 1C""", bcc=['ouders-1c@sintpieterscollege.be'], rules=LK, note='teacher sends parents a school look-alike domain with extra word asking for their login', fmt=('plain',))

mail('smartschool-beveiliging-net', 'Luc Wuyts <luc.wuyts@spc.ksleuven.be>', 'Luc Wuyts <luc.wuyts@spc.ksleuven.be>',
     'Fwd: verificatie', """zie onder, moet iedereen dit doen?

https://smartschool-beveiliging.net/verificatie?school=sintpieterscollege""",
     bcc=['tom.peeters@sintpieterscollege.be', 'marc.aerts@spc.ksleuven.be'], rules=LK, note='staff passes on a fake Smartschool verification domain', fmt=('plain',))

mail('subdomein-truc', 'Nadia Bouzid <nadia.bouzid@sintpieterscollege.be>', 'Leen Mertens <leen.mertens@sintpieterscollege.be>',
     'link LVS werkt niet', """Leen,

Ik probeer via de link uit die mail van gisteren in te loggen op het leerlingvolgsysteem maar het blijft laden:
https://spc.ksleuven.be.account-check.info/lvs/login.php

Werkt dat bij jou?
Nadia""", rules=LK, note='the real school domain used as a subdomain of a foreign domain', fmt=('plain',))

mail('ip-owa-login', 'Bart Van Damme <bart.vandamme@sintpieterscollege.be>', 'Ines Lambrechts <ines.lambrechts@sintpieterscollege.be>',
     'webmail', """Ines, als Outlook weer niet wil, kan je via hier inloggen, werkte bij mij:
http://91.214.67.23/owa/auth/logon.aspx?replaceCurrent=1

B.""", rules=LK, note='webmail login link pointing to a bare IP address', fmt=('plain',))

mail('ip-poort-smartschool', 'Grace Mbuyi <grace.mbuyi@sintpieterscollege.be>', 'Divine Kabongo <divine.kabongo@leerling.sintpieterscollege.be>',
     'taak indienen', """Divine,

Als de upload in Smartschool niet lukt, mag je je taak hier indienen (dat adres kreeg ik van de helpdesk):
http://185.102.77.9:8080/smartschool/upload

Mevr. Mbuyi""", rules=LK, note='teacher sends a pupil an IP-address link with port posing as Smartschool', fmt=('plain',))

mail('bitly-wachtwoord', 'Marc Aerts <marc.aerts@spc.ksleuven.be>', 'klas-6b@sintpieterscollege.be',
     'paswoord Smartschool resetten', """Jongens en meisjes van 6B,

Wie zijn Smartschool-paswoord kwijt is, kan het resetten via deze korte link: https://bit.ly/3spc-Reset26

Dan hoeven jullie niet langs het secretariaat.

Mr Aerts""", rules=['links', 'bcc'], note='URL shortener hiding an unknown reset page sent to a class group address visible in To', fmt=('plain',))

mail('tinyurl-ouderportaal', 'Hilde Maes <hilde.maes@sintpieterscollege.be>', 'Sandra Dewit <sandra.dewit@telenet.be>',
     'Re: rapport niet zichtbaar', """Dag mevrouw Dewit,

Probeer het eens via deze link, die werkt bij andere ouders wel: https://tinyurl.com/spc-ouderportaal-login
(die verwijst door naar sintpieterscollege-ouders.com)

Vriendelijke groet,
Hilde Maes""", rules=LK, note='tinyurl hiding a look-alike parent portal domain, sent to a parent', fmt=('plain', 'reply'),
     quote=('Op 23 dec. 2026 om 10:05 schreef Sandra Dewit <sandra.dewit@telenet.be>:', 'Ik zie het rapport van mijn dochter niet in Smartschool, is dat normaal?'))

mail('html-mismatch-smartschool', 'Ine Peeters <ine.peeters@sintpieterscollege.be>', 'Ine Peeters <ine.peeters@sintpieterscollege.be>',
     'lesmateriaal biologie 3de graad', """Beste leerlingen,

Het lesmateriaal staat vanaf nu op Smartschool: https://sintpieterscollege.smartschool.be

Log in en ga naar Vakken > Biologie.

Mevr. Peeters""", html="""<html><body><p class="MsoNormal">Beste leerlingen,</p><p class="MsoNormal">Het lesmateriaal staat vanaf nu op Smartschool: <a href="https://sintpieterscollege-smartschool.help/login?next=vakken">https://sintpieterscollege.smartschool.be</a></p><p class="MsoNormal">Log in en ga naar Vakken &gt; Biologie.</p><p class="MsoNormal">Mevr. Peeters</p></body></html>\n""",
     bcc=['klas-5a@sintpieterscollege.be', 'klas-6a@sintpieterscollege.be'], rules=LK, note='HTML link shows the real Smartschool domain but points to a look-alike', fmt=('alt',), mailer='Microsoft Outlook 16.0')

mail('html-mismatch-inschrijvingen', 'secretariaat@sintpieterscollege.be', 'Youssef Amrani <y.amrani@gmail.com>',
     'inschrijving broer/zus', """Geachte heer Amrani,

Voor de voorrangsperiode broers en zussen kan u inschrijven via www.sintpieterscollege.be/inschrijvingen

Met vriendelijke groeten,
secretariaat""", html="""<html><body><div>Geachte heer Amrani,</div><div><br></div><div>Voor de voorrangsperiode broers en zussen kan u inschrijven via <a href="http://inschrijving-spc.top/form.php?id=88231">www.sintpieterscollege.be/inschrijvingen</a></div><div><br></div><div>Met vriendelijke groeten,<br>secretariaat</div></body></html>\n""",
     rules=LK, note='visible school URL but href goes to a foreign domain', fmt=('html',))

mail('html-mismatch-google', 'Karim El Amrani <karim.elamrani@sintpieterscollege.be>', 'Sofie Wouters <sofie.wouters@sintpieterscollege.be>',
     'Gedeeld: planning projectweek', """Sofie, hier de planning: docs.google.com/document/projectweek""",
     html="""<div dir="ltr">Sofie, hier de planning: <a href="https://docs-google.com.drive-share.site/d/projectweek?u=sofie.wouters">docs.google.com/document/projectweek</a></div>\n""",
     rules=LK, note='link text shows Google Docs, href goes to a look-alike Google domain', fmt=('html',))

mail('wetransfer-schoolfeest', 'secretariaat@sintpieterscollege.be', 'secretariaat@sintpieterscollege.be',
     "filmpjes en foto's schoolfeest", """Beste ouders,

De foto's en filmpjes van het schoolfeest (dansoptredens van alle klassen) kan u de komende 7 dagen downloaden via:
https://wetransfer.com/downloads/4f8a2c9e1b7d3f5a6c0e8b2d4f6a8c0e20261018/9b3c1d

Het secretariaat""", bcc=['ouders@sintpieterscollege.be'], rules=LK, note='WeTransfer public download of pupil videos sent to all parents', fmt=('plain',))

mail('drive-klassenraad-intern', 'Pieter Claes <pieter.claes@sintpieterscollege.be>', 'Hilde Maes <hilde.maes@sintpieterscollege.be>',
     'notities deliberatie 4B', """Hilde,

Mijn notities van de deliberatie staan hier (link voor iedereen openbaar, was sneller):
https://docs.google.com/document/d/1Hc7pQ2vX9kLm3Rt8sW0yZ5bN4jF6gD1aE2uI7oK9Lq/edit?usp=sharing

Vooral de passage over Kacper: hij krijgt een B-attest, de klassenraad wijt het aan de thuissituatie, zijn vader zit sinds september in de gevangenis.

P.""", cc=['Leen Mertens <leen.mertens@sintpieterscollege.be>'], rules=['links', 'sensitive'], cats=['family'], note='public Google Doc with deliberation notes; internal mail names a pupil whose father is in prison', fmt=('plain',))

mail('onedrive-attest-clb', 'Kristel Hendrickx <kristel.hendrickx@sintpieterscollege.be>', 'Hanne Stevens <hanne.stevens@clb-leuven.be>',
     'attest Sara 1C', """Dag Hanne,

Het doktersattest en het ontslagverslag van het ziekenhuis van Sara (1C) heb ik op OneDrive gezet, de link werkt zonder account:
https://1drv.ms/b/s!AjK8mP2xQ7vLhc9Rt4nWz_3aYp?e=H2kd9P

Ze is drie weken opgenomen geweest na een ernstige astma-aanval.

Kristel""", rules=['links', 'sensitive'], cats=['medical'], note='a pupil\'s hospital discharge report shared by an anyone-link to the CLB', fmt=('plain',))

mail('webdav-userpass', 'Jef Goossens <jef.goossens@sintpieterscollege.be>', 'Karel Bosmans <karel.bosmans@sintpieterscollege.be>',
     'archief foto\'s sportdag', """Karel,

Koppel deze als netwerkschijf, dan zie je alle sportdagfoto's sinds 2019:
https://jgoossens:Sch00l!2026@webdav.spc-archief.be/sportdag/

J.""", rules=['links', 'password'], note='username and password embedded in a WebDAV link', fmt=('plain',))

mail('fr-o365-verification', 'Claire Lemaire <claire.lemaire@sintpieterscollege.be>', 'Nathalie Dubois <nathalie.dubois@sintpieterscollege.be>',
     'TR: Votre boîte Office 365', """Nathalie, tu as reçu ça aussi? J'ai déjà cliqué, zut.

https://microsoft-office365-verification.fr/connexion?tenant=sintpieterscollege

Claire""", rules=LK, lang='fr', note='teacher passes on a Microsoft 365 look-alike link', fmt=('plain',))

mail('en-exam-token', 'Sarah Mitchell <sarah.mitchell@sintpieterscollege.be>', 'assessments@cambridge-partner-exams.org',
     'speaking test recordings', """Dear colleague,

The recordings of our B2 speaking tests can be downloaded from our exam platform with this link (the token is valid for the whole folder):

https://exams.examplatform.io/share/folder/spc-b2-2026?token=eyJhbGciOiJIUzI1NiJ9.eyJmb2xkZXIiOiJzcGMtYjItMjAyNiIsInNjb3BlIjoiYWxsIn0.X3kq9Lp0vR7tYw2mZ8cN4bH1sF6dJ5gA0eU

Best,
Sarah Mitchell""", rules=LK, lang='en', note='access token in a shared folder link sent to an exam partner', fmt=('plain',))

# ===================== D. link look-alikes that must not fire links (15) =====================

mail('kalender-website', 'Kristel Hendrickx <kristel.hendrickx@sintpieterscollege.be>', 'Ruth Janssens <ruth.janssens@outlook.com>',
     'Re: data proefwerken', """Beste mevrouw Janssens,

De volledige examenkalender staat op onze website: https://www.sintpieterscollege.be/kalender/examens-december-2026

De examens starten op maandag 7 december.

Vriendelijke groeten,
Kristel Hendrickx""", rules=[], note='reply to a parent with a link to the school\'s own website', fmt=('plain', 'reply'),
     quote=('Op 20 nov. 2026 om 20:14 schreef Ruth Janssens <ruth.janssens@outlook.com>:', 'Wanneer beginnen de proefwerken van het 2de jaar?'))

mail('smartschool-berichten-echt', 'Dirk Verbruggen <dirk.verbruggen@sintpieterscollege.be>', 'Dirk Verbruggen <dirk.verbruggen@sintpieterscollege.be>',
     'Nieuwe inschrijvingsmodule oudercontact', """Geachte ouders,

Vanaf maandag schrijft u in voor het oudercontact via Smartschool zelf. Meld u aan op https://sintpieterscollege.smartschool.be met uw co-account en kies in het menu "Oudercontact".

Lukt het niet? Het secretariaat helpt u graag.

Dirk Verbruggen, directeur""", bcc=['ouders@sintpieterscollege.be'], rules=[], note='link to the school\'s real Smartschool platform, group in Bcc', fmt=('alt',), mailer='Microsoft Outlook 16.0')

mail('teams-oudergesprek', 'Bart Van Damme <bart.vandamme@sintpieterscollege.be>', 'Mehmet Yilmaz <mehmet.yilmaz@proximus.be>',
     'online oudercontact donderdag 17u', """Beste mijnheer Yilmaz,

Zoals afgesproken houden we het oudercontact online via Teams.

Deelnemen aan de vergadering:
https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ3ZDk2YzEtYjU4Mi00YTdmLWI0NjMtZDE4ZTQ2ZmEzOTk1%40thread.v2/0?context=%7b%22Tid%22%3a%22b1e2%22%7d
Vergadering-id: 381 552 904 117
Wachtwoordcode: Xk7pQ2

Tot donderdag,
Bart Van Damme""", rules=[], note='Teams meeting link with meeting passcode; not a password, not a bad link', fmt=('alt',), mailer='Microsoft Outlook 16.0')

mail('sharepoint-intern-klassenraad', 'Leen Mertens <leen.mertens@sintpieterscollege.be>', 'Leen Mertens <leen.mertens@sintpieterscollege.be>',
     'documenten klassenraden december', """Dag collega's,

De sjablonen voor de klassenraden van december staan op de personeelssite. De map is alleen toegankelijk met je schoolaccount:

https://sintpieterscollege.sharepoint.com/sites/Personeel/Gedeelde%20documenten/Klassenraden/2026-12

Vul de verslagen in vóór 18 december.

Leen""", bcc=['personeel@sintpieterscollege.be'], rules=[], note='SharePoint link restricted to school accounts, no pupil data', fmt=('plain',))

mail('nieuwsartikel-smartphones', 'Tom Peeters <tom.peeters@sintpieterscollege.be>', 'Hilde Maes <hilde.maes@sintpieterscollege.be>',
     'interessant artikel', """Hilde, voor de discussie over de gsm-regel:
https://www.standaard.be/cnt/dmf20261104_98231744

Onderzoek uit Nederland, een jaar na het verbod. Genuanceerder dan ik dacht.

Tom""", rules=[], note='link to a news article', fmt=('plain',))

mail('klasse-artikel-ouders', 'Annelies Claes <annelies.claes@sintpieterscollege.be>', 'Annelies Claes <annelies.claes@sintpieterscollege.be>',
     'Tips: hoe praat je met je tiener over schermtijd?', """Beste ouders,

Na de infoavond kregen we veel vragen over schermtijd. Klasse heeft er een helder artikel over: https://www.klasse.be/ouders/schermtijd-tieners-afspraken/

Ook Mediawijs heeft een handige gids: https://www.mediawijs.be/nl/dossiers/gamen-en-schermtijd

Met vriendelijke groeten,
Annelies Claes, leerlingenbegeleiding""", bcc=['ouders-1a@sintpieterscollege.be', 'ouders-1b@sintpieterscollege.be', 'ouders-1c@sintpieterscollege.be', 'ouders-1d@sintpieterscollege.be'], rules=[], note='public information websites linked for all parents in Bcc', fmt=('alt',), mailer='Microsoft Outlook 16.0')

mail('youtube-les', 'Ines Lambrechts <ines.lambrechts@sintpieterscollege.be>', 'Zofia Nowak <zofia.nowak@leerling.sintpieterscollege.be>',
     'Re: les gemist', """Dag Zofia,

Geen probleem. Bekijk dit filmpje over de Koude Oorlog (tot 12:30), dan ben je mee: https://www.youtube.com/watch?v=Qm3pT8kX0vL

De samenvatting staat in de cursusmap.

Mevr. Lambrechts""", rules=[], note='YouTube lesson link to a pupil', fmt=('plain', 'reply'),
     quote=('Op 24 nov. 2026 om 08:10 schreef Zofia Nowak:', 'Mevrouw, ik was gisteren afwezig, wat hebben we gezien?'))

mail('classroom-code', 'Karim El Amrani <karim.elamrani@sintpieterscollege.be>', 'Karim El Amrani <karim.elamrani@sintpieterscollege.be>',
     'Google Classroom aardrijkskunde', """Hallo 3de jaars,

Onze Classroom: https://classroom.google.com/c/NzU0MjE5ODczMTQ2
Log in met je schoolaccount (@leerling.sintpieterscollege.be).

Meneer El Amrani""", bcc=['klas-3a@sintpieterscollege.be', 'klas-3b@sintpieterscollege.be'], rules=[], note='real Google Classroom link to classes in Bcc', fmt=('plain',))

mail('mfa-echte-melding', 'Wim De Smet <wim.desmet@sintpieterscollege.be>', 'Wim De Smet <wim.desmet@sintpieterscollege.be>',
     'Verplicht: tweestapsverificatie voor je schoolaccount vanaf 1 december', """Beste collega's,

Vanaf 1 december is tweestapsverificatie (MFA) verplicht voor alle personeelsaccounts van Microsoft 365.

Zo stel je het in:
1. Ga naar https://aka.ms/mfasetup of https://mysignins.microsoft.com/security-info
2. Log in met je schoolaccount.
3. Kies "Authenticator-app" en scan de QR-code.

De ICT-dienst zal je NOOIT via een link in een mail vragen om je wachtwoord in te vullen op een andere pagina. Twijfel je? Kom langs in B012.

Wim De Smet
ICT-coördinator""", bcc=['personeel@sintpieterscollege.be'], rules=[], note='real IT notice with real Microsoft links (aka.ms is Microsoft\'s own short link to its MFA page); not hijack, not links', fmt=('alt',), mailer='Microsoft Outlook 16.0')

mail('studietoelage-link', 'Els Hermans <els.hermans@sintpieterscollege.be>', 'Els Hermans <els.hermans@sintpieterscollege.be>',
     'Schooltoeslag en studietoelage: vergeet niet aan te vragen', """Beste ouders,

Elk jaar vergeten gezinnen de studietoelage voor het secundair aan te vragen. Kijk op https://www.vlaanderen.be/studietoelagen of u er recht op heeft. Voor de schooltoeslag via het Groeipakket: https://www.groeipakket.be

Het secretariaat helpt u graag bij de aanvraag.

Administratie Sint-Pieterscollege""", bcc=['ouders@sintpieterscollege.be'], rules=[], note='general reminder to all parents with government links; not about one family', fmt=('plain',))

mail('delijn-uitstap', 'Koen Janssens <koen.janssens@sintpieterscollege.be>', 'Koen Janssens <koen.janssens@sintpieterscollege.be>',
     'uitstap Brussel 4de jaar - vervoer', """Dag leerlingen van het 4de jaar,

We gaan met de trein. Wie nog geen abonnement heeft, koopt een Buzzy Pazz-ticket (zie https://www.belgiantrain.be/nl/tickets-and-railcards). Verzamelen om 8u15 in het station van Leuven, perron 7.

Meneer Janssens""", bcc=['klas-4a@sintpieterscollege.be', 'klas-4b@sintpieterscollege.be', 'klas-4c@sintpieterscollege.be'], rules=[], note='public transport website link for a trip', fmt=('plain',))

mail('google-forms-enquete', 'Nadia Bouzid <nadia.bouzid@sintpieterscollege.be>', 'Nadia Bouzid <nadia.bouzid@sintpieterscollege.be>',
     'Korte bevraging: warme maaltijden', """Beste ouders,

Wij overwegen opnieuw warme maaltijden aan te bieden. Wil u deze korte, anonieme bevraging invullen (2 minuten)?

https://forms.gle/Xq3r9LmT2kW8vP5n7

Alvast bedankt!
Nadia Bouzid, adjunct-directeur""", bcc=['ouders@sintpieterscollege.be'], rules=[], note='anonymous Google Forms survey link (forms.gle is Google\'s own form link), not a file share', fmt=('alt',), mailer='Microsoft Outlook 16.0')

mail('wikipedia-bronnen', 'Dirk Vansteenkiste <dirk.vansteenkiste@sintpieterscollege.be>', 'Elias Vandevelde <elias.vandevelde@leerling.sintpieterscollege.be>',
     'Re: bronnen paper', """Elias,

Wikipedia is een goed startpunt (https://nl.wikipedia.org/wiki/Verdrag_van_Versailles_(1919)), maar gebruik de bronnen onderaan het artikel en zoek via https://www.kbr.be ook twee krantenartikels uit 1919.

Mvg,
D. Vansteenkiste""", rules=[], note='ordinary public sites for a pupil\'s paper', fmt=('plain', 'reply'),
     quote=('Op 5 okt. 2026 om 17:44 schreef Elias Vandevelde:', 'Meneer, mag ik Wikipedia gebruiken voor de paper?'))

mail('kuleuven-infodag', 'Hilde Maes <hilde.maes@sintpieterscollege.be>', 'Hilde Maes <hilde.maes@sintpieterscollege.be>',
     'infodagen hoger onderwijs', """Beste zesdejaars,

Noteer de infodagen: KU Leuven op 28 maart (https://www.kuleuven.be/infodagen), UCLL op 21 maart (https://www.ucll.be/infodagen). Gebruik ook https://www.onderwijskiezer.be om richtingen te vergelijken.

Mevr. Maes, studiekeuzebegeleiding""", bcc=['klas-6a@sintpieterscollege.be', 'klas-6b@sintpieterscollege.be', 'klas-6c@sintpieterscollege.be'], rules=[], note='links to university sites', fmt=('plain',))

mail('leuven-uitpas', 'Nadia Bouzid <nadia.bouzid@sintpieterscollege.be>', 'jeugddienst@leuven.be',
     'Re: UiTPAS-actie voor leerlingen', """Dag Joke,

Prima, wij zetten jullie info over de UiTPAS op ons schoolnieuws met een link naar https://www.uitinleuven.be/uitpas en naar onze eigen pagina https://www.sintpieterscollege.be/nieuws.

Groet,
Nadia""", rules=[], note='reply to the municipality with public site links', fmt=('plain', 'reply'),
     quote=('Op 12 okt. 2026 om 11:20 schreef Jeugddienst Leuven <jeugddienst@leuven.be>:', 'Beste, kunnen jullie onze UiTPAS-actie bekendmaken bij de leerlingen?'))

# ===================== E. outbound phishing from a hijacked staff account (15) =====================
PAR5 = ['fam.claes.leuven@telenet.be', 'wendy.smets@gmail.com', 'h.elouali@hotmail.com', 'k.nowak@outlook.com', 'bert.dhondt@skynet.be']

mail('hj-mailbox-vol', 'Griet Vermeulen <griet.vermeulen@sintpieterscollege.be>', 'Griet Vermeulen <griet.vermeulen@sintpieterscollege.be>',
     'Uw mailbox is vol - actie vereist', """Beste gebruiker,

Uw mailbox heeft 99% van de opslag bereikt. Nieuwe berichten van de school kunnen niet meer worden afgeleverd.

Klik hieronder om gratis extra opslag te activeren:
https://sintpieterscollege-mailbox.com/upgrade?id=5512

Bij geen actie binnen 24 uur wordt uw account geblokkeerd.

ICT Helpdesk""", bcc=PAR5, reply_to='helpdesk.spc@outlook-support.net', rules=['hijack', 'links'], note='hijacked teacher account sends "mailbox full" lure to parents with look-alike link and foreign Reply-To', fmt=('plain',))

mail('hj-smartschool-bevestig', 'Koen Janssens <koen.janssens@sintpieterscollege.be>', 'Koen Janssens <koen.janssens@sintpieterscollege.be>',
     'Bevestig uw Smartschool account', """Beste leerling,

Door een beveiligingsupdate moeten alle accounts opnieuw worden bevestigd. Bevestig vandaag via onderstaande knop, anders verliest u toegang tot uw punten en taken.

BEVESTIG ACCOUNT

Smartschool Team""", html="""<html><body style="font-family:Arial"><p>Beste leerling,</p><p>Door een beveiligingsupdate moeten alle accounts opnieuw worden bevestigd. Bevestig vandaag via onderstaande knop, anders verliest u toegang tot uw punten en taken.</p><p><a href="https://smartschool-verify.com/sintpieterscollege/login" style="background:#ff6600;color:#fff;padding:10px 20px;text-decoration:none">BEVESTIG ACCOUNT</a></p><p>Smartschool Team</p></body></html>\n""",
     bcc=['leerlingen@sintpieterscollege.be'], reply_to='no-reply@smartschool-verify.com', rules=['hijack', 'links'], note='taken-over teacher account sends a fake Smartschool confirmation to all pupils', fmt=('html',))

mail('hj-nieuwe-iban', 'Els Hermans <els.hermans@sintpieterscollege.be>', 'Els Hermans <els.hermans@sintpieterscollege.be>',
     'DRINGEND: nieuw rekeningnummer schoolrekeningen', """Geachte ouders,

Wegens een wissel van bank worden betalingen op ons oude rekeningnummer vanaf vandaag geweigerd. Gelieve de openstaande schoolrekening van het eerste trimester onmiddellijk over te maken op ons nieuwe rekeningnummer:

IBAN: LT41 3250 0874 1190 2268
BIC: REVOLT21
Begunstigde: SPC Onderwijs Services

Vermeld de naam van uw kind. Betalingen na vrijdag worden verhoogd met 15 EUR administratiekosten.

Met vriendelijke groeten,
Els Hermans
boekhouding""", bcc=['ouders@sintpieterscollege.be'], reply_to='boekhouding.spc@outlook.com', rules=['hijack', 'personal_data'], note='hijacked bookkeeping account asks all parents to pay to a foreign IBAN, Reply-To outside; no link', fmt=('plain',))

mail('hj-factuur-ip', 'Pieter Claes <pieter.claes@sintpieterscollege.be>', 'Pieter Claes <pieter.claes@sintpieterscollege.be>',
     'Openstaande factuur skireis 2027 - herinnering', """Beste ouders,

Volgens onze administratie is het voorschot voor de skireis nog niet betaald. Gelieve via de beveiligde betaalpagina te betalen om de plaats van uw kind te behouden:

http://45.137.21.88/betaling/skireis2027.php

Met vriendelijke groeten,
P. Claes""", bcc=PAR5, reply_to='pieter.claes.spc@gmail.com', rules=['hijack', 'links'], note='fake invoice from a hijacked teacher account with an IP-address payment page', fmt=('plain',))

mail('hj-document-gedeeld', 'Ines Lambrechts <ines.lambrechts@sintpieterscollege.be>', 'Ines Lambrechts <ines.lambrechts@sintpieterscollege.be>',
     'Ines Lambrechts heeft "Rapport_1e_trimester.pdf" met u gedeeld', """Ines Lambrechts heeft een bestand met u gedeeld.

Rapport_1e_trimester.pdf

Openen: https://sintpieterscollege.sharepoint.com/rapport

Dit bericht is verzonden door Microsoft OneDrive.""", html="""<html><body><table style="font-family:Segoe UI"><tr><td><b>Ines Lambrechts</b> heeft een bestand met u gedeeld.</td></tr><tr><td>&#128196; Rapport_1e_trimester.pdf</td></tr><tr><td><a href="https://sintpieterscollege-sharepoint.docs-viewer.online/auth/o365">https://sintpieterscollege.sharepoint.com/rapport</a></td></tr><tr><td style="color:#888">Dit bericht is verzonden door Microsoft OneDrive.</td></tr></table></body></html>\n""",
     bcc=PAR5 + ['marleen.vos@proximus.be'], reply_to='ines.lambrechts@sharepointmail.info', rules=['hijack', 'links'], note='fake "shared document" notice from a hijacked account; link text shows SharePoint, href a look-alike', fmt=('alt',))

mail('hj-wachtwoord-verloopt', 'Hilde Maes <hilde.maes@sintpieterscollege.be>', 'Hilde Maes <hilde.maes@sintpieterscollege.be>',
     'Uw Microsoft 365 wachtwoord verloopt vandaag', """Microsoft 365

Het wachtwoord voor uw account verloopt vandaag om 23:59.
Behoud huidig wachtwoord: https://login-micros0ft-365.com/keep?user=leerling

Microsoft Corporation, One Microsoft Way, Redmond""", bcc=['klas-5a@sintpieterscollege.be', 'klas-5b@sintpieterscollege.be', 'klas-5c@sintpieterscollege.be'], reply_to='account-security@micros0ft-365.com',
     rules=['hijack', 'links'], note='fake Microsoft password-expiry notice from a hijacked teacher account to pupils', fmt=('plain',), cte='quoted-printable')

mail('hj-fr-compte-suspendu', 'Claire Lemaire <claire.lemaire@sintpieterscollege.be>', 'Claire Lemaire <claire.lemaire@sintpieterscollege.be>',
     'Votre compte Smartschool sera suspendu', """Chers parents,

Suite à une mise à jour de sécurité, votre compte parent Smartschool sera suspendu dans les 48 heures. Veuillez vérifier vos informations en cliquant ici :

https://smartschooI.be-securite.com/verification/parents

Cordialement,
Le service informatique""", bcc=['s.benali@skynet.be', 'famille.dupont@proximus.be', 'a.kabeya@gmail.com'], reply_to='support@be-securite.com', rules=['hijack', 'links'], lang='fr', note='hijacked account sends French parents a fake suspension notice with look-alike link', fmt=('plain',), charset='windows-1252')

mail('hj-en-invoice-xlsm', 'Sarah Mitchell <sarah.mitchell@sintpieterscollege.be>', 'Sarah Mitchell <sarah.mitchell@sintpieterscollege.be>',
     'Invoice - London trip balance due', """Dear parents,

Please find attached the invoice for the remaining balance of the London trip. Open the file and enable editing to see the amount for your child.

Payment is due within 3 days.

Kind regards,
Sarah Mitchell""", bcc=PAR5, reply_to='s.mitchell.trips@protonmail.com', rules=['hijack', 'attachment'], lang='en',
     atts=[('Invoice_London_Trip_2027.xlsm', 'application/vnd.ms-excel.sheet.macroEnabled.12', b'PK\x03\x04\x14\x00\x06\x00' + b'xl/vbaProject.bin' + bytes(200))],
     note='hijacked account sends parents a fake invoice as a macro-enabled workbook', fmt=('plain', 'att'))

mail('hj-cadeaukaarten', 'Dirk Verbruggen <dirk.verbruggen@sintpieterscollege.be>', 'Dirk Verbruggen <dirk.verbruggen@sintpieterscollege.be>',
     'Kleine vraag', """Goedemiddag,

Bent u even beschikbaar? Ik heb een dringende gunst nodig voor het oudercomité. Ik zit in een vergadering en kan niet bellen. Kunt u 5 Bol.com cadeaukaarten van 100 euro kopen voor de tombola? U krijgt het geld morgen terug via de school. Stuur mij de codes door zodra u ze heeft.

Dirk Verbruggen
Directeur""", bcc=PAR5, reply_to='d.verbruggen.directie@gmail.com', rules=['hijack'], note='gift-card scam from the hijacked principal\'s account to parents, replies go to Gmail; no link', fmt=('plain',))

mail('hj-nieuw-bericht-to', 'Bart Van Damme <bart.vandamme@sintpieterscollege.be>', PAR5,
     'U heeft 1 nieuw vertrouwelijk bericht over uw kind', """Beste ouder,

Er staat een vertrouwelijk bericht over uw kind klaar. Lees het hier: https://bit.ly/3SpcBericht

Met vriendelijke groet,
Bart Van Damme""", reply_to='berichten@spc-ouders.info', rules=['hijack', 'links', 'bcc'], note='hijacked account sends lure with shortener link to parents all visible in To', fmt=('plain',))

mail('hj-schoolrekening-48u', 'Kristel Hendrickx <kristel.hendrickx@sintpieterscollege.be>', 'Kristel Hendrickx <kristel.hendrickx@sintpieterscollege.be>',
     'Laatste aanmaning schoolrekening', """Geachte ouder,

Uw schoolrekening staat nog open. Betaal binnen 48 uur via onze betaalpartner om een incassoprocedure te vermijden:

https://sintpieterscollege-betalingen.com/pay?ref=SR-2026-1187

Administratie""", html="""<html><body><p>Geachte ouder,</p><p>Uw schoolrekening staat nog open. Betaal binnen 48 uur via onze betaalpartner om een incassoprocedure te vermijden:</p><p><a href="https://sintpieterscollege-betalingen.com/pay?ref=SR-2026-1187"><b>Nu betalen via Bancontact</b></a></p><p>Administratie</p></body></html>\n""",
     bcc=['ouders@sintpieterscollege.be'], reply_to='administratie@sintpieterscollege-betalingen.com', rules=['hijack', 'links'], note='fake final reminder of the school bill with a look-alike payment domain', fmt=('alt',))

mail('hj-google-verifieer', 'Karim El Amrani <karim.elamrani@sintpieterscollege.be>', 'Karim El Amrani <karim.elamrani@sintpieterscollege.be>',
     'Chromebook: klik hier om te verifiëren', """Hoi,

Je Chromebook-account moet opnieuw geverifieerd worden voor de examens. Klik hier om te verifiëren: https://accounts-google.verify-student.xyz/signin

Anders kan je niet deelnemen aan de digitale examens.""", bcc=['klas-3a@sintpieterscollege.be', 'klas-3b@sintpieterscollege.be'], reply_to='verify@verify-student.xyz', rules=['hijack', 'links'], note='hijacked teacher account sends pupils a fake Google verification link', fmt=('plain',))

mail('hj-voicemail-ip', 'Nadia Bouzid <nadia.bouzid@sintpieterscollege.be>', 'Nadia Bouzid <nadia.bouzid@sintpieterscollege.be>',
     'Nieuw voicemailbericht (0:42)', """U heeft een nieuw voicemailbericht van de school.
Beluister: Voicemail_0042.wav""", html="""<html><body><p>U heeft een nieuw voicemailbericht van de school.</p><p>Beluister: <a href="http://193.42.33.14/vm/play.html?u=parent">Voicemail_0042.wav</a></p></body></html>\n""",
     bcc=PAR5, reply_to='voicemail@teams-audio.net', rules=['hijack', 'links'], note='fake voicemail notice from the hijacked deputy head account, link to an IP address', fmt=('alt',))

mail('hj-paswoord-gewijzigd', 'Tom Peeters <tom.peeters@sintpieterscollege.be>', 'Tom Peeters <tom.peeters@sintpieterscollege.be>',
     'Uw paswoord werd gewijzigd', """Uw Smartschool-paswoord werd zonet gewijzigd.
Was u dit niet? Beveilig uw account via https://sintpieterscollege.smartschool.be/beveiliging""", html="""<html><body><p>Uw Smartschool-paswoord werd zonet gewijzigd.</p><p>Was u dit niet? Beveilig uw account via <a href="https://srnartschool-beveiliging.com/spc/reset">https://sintpieterscollege.smartschool.be/beveiliging</a></p></body></html>\n""",
     bcc=['leerlingen@sintpieterscollege.be'], reply_to='security@srnartschool-beveiliging.com', rules=['hijack', 'links'], note='fake password-changed alert to pupils, visible real domain but href to rn-for-m look-alike', fmt=('alt',))

mail('hj-ouderraad-wetransfer', 'Jef Goossens <jef.goossens@sintpieterscollege.be>', 'Jef Goossens <jef.goossens@sintpieterscollege.be>',
     'Documenten sportdag - gelieve te bekijken', """Beste ouders,

Via onderstaande link vindt u de toestemmingsformulieren voor de sportdag. Log in met uw e-mailadres en wachtwoord om de bestanden te openen.

https://wetransfer-download.files-secure.co/spc/sportdag

Sportieve groeten,
Jef Goossens""", bcc=PAR5, reply_to='jef.goossens@files-secure.co', rules=['hijack', 'links'], note='hijacked PE teacher account sends fake WeTransfer page asking parents for mail password', fmt=('plain',))

# ===================== F. ordinary school mail (34) =====================

mail('waarschuwing-phishing-ouders', 'Dirk Verbruggen <dirk.verbruggen@sintpieterscollege.be>', 'Dirk Verbruggen <dirk.verbruggen@sintpieterscollege.be>',
     'Opgelet: valse mails uit naam van de school', """Geachte ouders,

Vanochtend kregen enkele ouders een mail vanaf het adres van een van onze leerkrachten, met de vraag om een "openstaande factuur" te betalen via een link. Die mail komt NIET van de school: het account van de collega werd misbruikt en is intussen geblokkeerd.

- Klik niet op de link en vul niets in.
- Heeft u toch betaald of uw gegevens ingevuld? Contacteer meteen uw bank (Card Stop) en doe aangifte bij de politie.
- De school vraagt nooit om betalingen via een link in een mail. Schoolrekeningen vindt u enkel in Smartschool.

Onze excuses voor de ongerustheid.

Dirk Verbruggen, directeur""", bcc=['ouders@sintpieterscollege.be'], rules=[], note='school\'s real phishing warning to all parents, no link; not hijack', fmt=('alt',), mailer='Microsoft Outlook 16.0')

mail('avertissement-hameconnage', 'Nadia Bouzid <nadia.bouzid@sintpieterscollege.be>', 'Nadia Bouzid <nadia.bouzid@sintpieterscollege.be>',
     'Attention : faux messages au nom de l\'école', """Chers parents,

Certains parents francophones ont reçu un message en français leur demandant de "vérifier" leur compte Smartschool. Ce message est frauduleux. L'école ne vous demandera jamais votre mot de passe par e-mail.

Supprimez ce message. En cas de doute, contactez le secrétariat via Smartschool.

Nadia Bouzid, directrice adjointe""", bcc=['ouders@sintpieterscollege.be'], rules=[], lang='fr', note='real school warning about a French phishing mail; not hijack', fmt=('plain',), charset='windows-1252')

mail('ict-na-incident', 'Wim De Smet <wim.desmet@sintpieterscollege.be>', 'Wim De Smet <wim.desmet@sintpieterscollege.be>',
     'Account van een collega misbruikt - wat moet je doen?', """Dag iedereen,

Gisteren werd het account van een collega overgenomen en werden er valse mails naar ouders gestuurd. Het account is geblokkeerd, het wachtwoord is gereset en de sessies zijn afgemeld.

Kreeg je een vreemde mail van een collega (mailbox vol, gedeeld document, factuur)? Stuur hem als bijlage door naar ict@sintpieterscollege.be en verwijder hem daarna. Heb je ergens je gegevens ingevuld, wijzig dan meteen je wachtwoord via de gewone weg en verwittig mij.

Wim""", bcc=['personeel@sintpieterscollege.be'], rules=[], note='real IT notice after a hijack incident; no link, no credential', fmt=('plain',))

mail('smartschool-paswoord-uitleg', 'Wim De Smet <wim.desmet@sintpieterscollege.be>', 'Lore Goris <lore.goris@leerling.sintpieterscollege.be>',
     'Re: kan niet meer inloggen', """Hoi Lore,

Ga naar de inlogpagina van Smartschool en klik op "Wachtwoord vergeten?". Je krijgt dan een mail op je co-account. Kies een sterk wachtwoord van minstens 12 tekens dat je nergens anders gebruikt. Lukt het niet, kom dan even langs in B012.

Wim""", rules=[], note='explains how to reset a password without giving one', fmt=('plain', 'reply'),
     quote=('Op 9 sep. 2026 om 08:02 schreef Lore Goris:', 'Meneer, ik kan niet meer inloggen op smartschool, mijn paswoord werkt niet meer.'))

mail('wifi-interim', 'secretariaat@sintpieterscollege.be', 'Jonas Verlinden <jonas.verlinden@sintpieterscollege.be>',
     'welkom - praktische info', """Dag Jonas,

Welkom als interim voor Frans! Nog wat praktische zaken voor maandag:

- Lokaal: A105 (1ste verdieping)
- Wifi: netwerk SPC-Personeel, sleutel: Dijle!Gras_2026
- Je badge ligt klaar op het secretariaat
- Lessenrooster staat in Smartschool

Tot maandag,
Veerle, secretariaat""", rules=['password'], note='Wi-Fi key for the staff network given to a substitute teacher', fmt=('plain',))

mail('kopieercodes-tabel', 'Els Hermans <els.hermans@sintpieterscollege.be>', 'Pieter Claes <pieter.claes@sintpieterscollege.be>',
     'kopieercodes vakgroep wiskunde', """Dag Pieter,

Hieronder de nieuwe kopieercodes voor de vakgroep. Wil je ze doorgeven aan de collega's?

[TABEL]

Groetjes,
Els""", table=[['Leerkracht', 'Code kopieertoestel'], ['Pieter Claes', '4471'], ['Hilde Maes', '8306'], ['Grace Mbuyi', '2915']],
     rules=['password'], note='copier PIN codes of named teachers in an Outlook table', fmt=('alt',), mailer='Microsoft Outlook 16.0')

mail('resetcode-leerling', 'Wim De Smet <wim.desmet@sintpieterscollege.be>', 'Ilias Bakkali <ilias.bakkali@leerling.sintpieterscollege.be>',
     'je nieuwe wachtwoord', """Ilias,

Ik heb je account gereset. Je tijdelijke wachtwoord is: Tulp-48-Regen
Bij de eerste keer inloggen moet je het zelf veranderen.

Wim""", rules=['password'], note='ICT gives a pupil a temporary password', fmt=('plain',), cte='base64')

mail('fw-sporthal-account', 'Karel Bosmans <karel.bosmans@sintpieterscollege.be>', 'Jef Goossens <jef.goossens@sintpieterscollege.be>',
     'FW: reservatie sporthal stad', """Jef, hier de gegevens van het gedeelde account van de sportdienst, voor de reservaties van volgende maand.""",
     fwd=('Sportdienst Leuven <sportdienst@leuven.be>', 'vr 4 sep. 2026 om 14:10', 'toegang reservatieplatform', 'karel.bosmans@sintpieterscollege.be',
          'Beste,\n\nUw schoolaccount op het reservatieplatform is aangemaakt.\nGebruikersnaam: spc.sport\nWachtwoord: Hal3-Kessel!lo\n\nSportdienst Leuven'),
     rules=['password'], note='forwards a shared account login and password for the city sports booking platform', fmt=('plain', 'fwd'))

mail('placeholder-wachtwoord', 'Wim De Smet <wim.desmet@sintpieterscollege.be>', 'Wim De Smet <wim.desmet@sintpieterscollege.be>',
     'Handleiding: schoolmail op je gsm', """Beste collega's,

Zo stel je je schoolmail in op je smartphone (Outlook-app):
1. Download de Outlook-app.
2. E-mailadres: voornaam.naam@sintpieterscollege.be
3. Wachtwoord: ********  (je eigen wachtwoord, dat geef je aan niemand door)
4. Bevestig met de Authenticator-app.

Wim""", bcc=['personeel@sintpieterscollege.be'], rules=[], note='manual with a placeholder password; no credential', fmt=('plain',))

mail('ouders-3b-in-to', 'Hilde Claessens <hilde.claessens@sintpieterscollege.be>', 'ouders-3b@sintpieterscollege.be',
     'Theaterbezoek 3B donderdag', """Beste ouders van 3B,

Donderdag gaan we naar de voorstelling in 30CC. We vertrekken om 13u15 aan de school en zijn terug rond 16u30. Kostprijs 8 euro, komt op de schoolrekening.

Vriendelijke groeten,
Hilde Claessens""", rules=['bcc'], note='group address of the parents of a class visible in To', fmt=('plain',))

mail('ouders-in-cc', 'Koen Janssens <koen.janssens@sintpieterscollege.be>', 'wendy.smets@gmail.com',
     'chauffeurs voor de schaakwedstrijd', """Beste ouders,

Bedankt om zaterdag te rijden naar de schaakwedstrijd in Mechelen! Vertrek om 8u30 aan de hoofdingang. Jullie hebben elk drie plaatsen.

Sportieve groet,
Koen""", cc=['bert.dhondt@skynet.be', 'h.elouali@hotmail.com'], rules=['bcc'], note='several parents visible in To and Cc', fmt=('plain',))

mail('privemail-rooster', 'Grace Mbuyi <grace.mbuyi.lk@hotmail.com>', 'Pieter Claes <pieter.claes@sintpieterscollege.be>',
     'vervanging dinsdag', """Hoi Pieter,

Mijn schoolmail doet raar op mijn laptop thuis, dus ik stuur het zo. Kan jij dinsdag het 3de uur in 2C de toets afnemen? De kopies liggen in mijn vakje.

Dank je!
Grace""", rules=['private_account'], note='teacher sends school business from her private Hotmail', fmt=('plain',))

mail('doorsturen-eigen-gmail', 'Hilde Maes <hilde.maes@sintpieterscollege.be>', 'hilde.maes.thuis@gmail.com',
     'FW: examenvragen wiskunde 4de jaar', """(om thuis te printen)""", fwd=('Pieter Claes <pieter.claes@sintpieterscollege.be>', 'ma 30 nov. 2026 om 16:02', 'examenvragen wiskunde 4de jaar', 'vakgroep wiskunde',
     'Dag collega\'s, hierbij de definitieve examenvragen. Niet verspreiden aub.\nPieter'), rules=['private_account'], note='teacher forwards school mail with exam questions to her own private Gmail', fmt=('plain', 'fwd'))

mail('docm-punten-macro', 'Pieter Claes <pieter.claes@sintpieterscollege.be>', 'Hilde Maes <hilde.maes@sintpieterscollege.be>',
     'handig sjabloon rapportcommentaar', """Hilde,

Met dit sjabloon vul je de rapportcommentaren sneller in, klik op "Inhoud inschakelen" zodat de macro werkt.

Pieter""", atts=[('rapportcommentaar_sjabloon.docm', 'application/vnd.ms-word.document.macroEnabled.12', b'PK\x03\x04\x14\x00\x06\x00word/vbaProject.bin' + bytes(180))],
     rules=['attachment'], note='macro-enabled Word template sent to a colleague', fmt=('plain', 'att'))

mail('zip-met-exe', 'Karim El Amrani <karim.elamrani@sintpieterscollege.be>', 'Karim El Amrani <karim.elamrani@sintpieterscollege.be>',
     'programma voor de kaartopdracht', """Hallo,

In de bijlage het programmaatje voor de kaartopdracht. Uitpakken en setup.exe starten op je laptop thuis.

Meneer El Amrani""", bcc=['klas-3a@sintpieterscollege.be'],
     atts=[('kaartopdracht.zip', 'application/zip', b'PK\x03\x04\x14\x00\x00\x00\x08\x00' + b'\x00' * 18 + b'\x09\x00\x00\x00setup.exe' + b'MZ\x90\x00' + bytes(120))],
     rules=['attachment'], note='zip archive holding an executable sent to pupils', fmt=('plain', 'att'))

mail('overlijden-mama-emma', 'Kristel Hendrickx <kristel.hendrickx@sintpieterscollege.be>', 'Kristel Hendrickx <kristel.hendrickx@sintpieterscollege.be>',
     'Emma uit 1C', """Dag collega's van 1C,

Even een bericht dat jullie best weten voor jullie morgen in de klas staan. De mama van Emma is zaterdag na een lange ziekte gestorven. Emma blijft deze week thuis. De begrafenis is vrijdag; wie wil, kan mee met de delegatie van de school.

Als ze terugkomt: geen grote aankondiging, ze wil vooral gewoon les. Ze mag altijd even naar buiten of naar Annelies.

Kristel""", bcc=['ines.lambrechts@sintpieterscollege.be', 'hilde.maes@sintpieterscollege.be', 'karel.bosmans@sintpieterscollege.be', 'ine.peeters@sintpieterscollege.be'],
     rules=['sensitive'], cats=['family'], note='class teacher tells colleagues a pupil\'s mother died', fmt=('alt',), mailer='Microsoft Outlook 16.0')

mail('ocmw-schoolrekening', 'Els Hermans <els.hermans@sintpieterscollege.be>', 'Ahmed Benhaddou <ahmed.benhaddou@leuven.be>',
     'schoolrekening fam. Diallo', """Dag mijnheer Benhaddou,

Zoals afgesproken met mevrouw Diallo sturen wij u de openstaande rekeningen van haar twee kinderen (Aminata 2C en Moussa 4A): samen 486,30 euro sinds september. U liet weten dat het OCMW dit bedrag overneemt; wij zetten de herinneringen stop.

Kan u bevestigen wanneer de betaling gebeurt?

Met vriendelijke groeten,
Els Hermans, boekhouding""", rules=['sensitive'], cats=['financial'], note='bookkeeping tells the OCMW about a family\'s unpaid school bills', fmt=('plain',))

mail('medicatie-fien', 'Ine Peeters <ine.peeters@sintpieterscollege.be>', 'Veerle Maes <veerle.maes@sintpieterscollege.be>',
     'medicatie Fien 2A op uitstap', """Veerle,

Voor de uitstap van donderdag: Fien (2A) heeft diabetes type 1. Ze meet zelf, maar als ze een hypo heeft, geef je dextro uit haar rugzak. Als het niet beter wordt: mama bellen op 0478 12 93 05 en dan 112.

Ine""", rules=['sensitive', 'personal_data'], cats=['medical'], note='named pupil\'s diabetes and emergency procedure with the mother\'s mobile number', fmt=('plain',))

mail('zelfverwonding-lb', 'Annelies Claes <annelies.claes@sintpieterscollege.be>', 'Leen Mertens <leen.mertens@sintpieterscollege.be>',
     'N. 5B', """Leen,

N. uit 5B kwam deze middag naar mij. Ze heeft zich opnieuw gesneden dit weekend, de wonden aan haar bovenarm waren nog vers. Ze zegt dat ze het "niet meer ziet zitten" maar geen plan heeft. Ik heb de ouders gebeld en ze gaan vanavond naar de huisarts. CLB is verwittigd.

Kunnen we morgen 8u15 even overleggen?
A.""", rules=['sensitive'], cats=['psychosocial'], note='self-harm and dark thoughts of a pupil named by initial and class', fmt=('plain',), cte='quoted-printable')

mail('iac-beslissing-ouders', 'Leen Mertens <leen.mertens@sintpieterscollege.be>', 'Nathalie Wouters <nathalie.wouters@telenet.be>',
     'Beslissing klassenraad: individueel aangepast curriculum', """Beste mevrouw Wouters,

Na het overleg met u, het CLB en de klassenraad bevestig ik dat uw zoon Lucas vanaf 1 februari een individueel aangepast curriculum (IAC) volgt. Hij volgt de lessen van 2B mee, maar wordt voor wiskunde en Frans beoordeeld op aangepaste doelen. Hij krijgt geen getuigschrift maar een attest van verworven bekwaamheden.

Het handelingsplan bespreken we op het MDO van 5 februari.

Met vriendelijke groeten,
Leen Mertens, zorgcoördinator""", rules=['sensitive'], cats=['care'], note='individual adapted curriculum decision for one pupil to his mother', fmt=('alt',), mailer='Microsoft Outlook 16.0')

mail('oma-niet-veilig', 'Bart Van Damme <bart.vandamme@sintpieterscollege.be>', 'Annelies Claes <annelies.claes@sintpieterscollege.be>',
     'Re: afwezigheden Jade', """Annelies,

Ik heb Jade (3C) vandaag eventjes apart genomen. Ze slaapt sinds twee weken bij haar oma in Kessel-Lo omdat het thuis niet veilig is, haar stiefvader drinkt en er was ruzie met de politie erbij. Daarom komt ze te laat: de bus vanuit Kessel-Lo.

Ze vroeg om het niet aan haar mama te zeggen dat ze het verteld heeft.

Bart""", rules=['sensitive'], cats=['family'], note='pupil lives with grandmother because home is unsafe, without the obvious keywords', fmt=('plain', 'reply'),
     quote=('Op 17 nov. 2026 om 12:40 schreef Annelies Claes:', 'Bart, weet jij waarom Jade deze week al drie keer te laat was?'))

mail('medicatiebeleid-algemeen', 'Nadia Bouzid <nadia.bouzid@sintpieterscollege.be>', 'Nadia Bouzid <nadia.bouzid@sintpieterscollege.be>',
     'Medicatie op school: afspraken', """Beste ouders,

Moet uw kind tijdens de schooluren medicatie nemen? Dan vragen wij:
1. een attest van de arts met naam van het geneesmiddel, dosis en tijdstip;
2. de medicatie in de originele verpakking, met de naam van de leerling;
3. een ingevuld formulier "Medicatie op school" (te vinden in Smartschool).

Zonder attest mogen leerkrachten geen medicatie geven, ook geen pijnstiller. Heeft uw kind een allergie of chronische ziekte (bv. astma, epilepsie, diabetes)? Meld het aan de leerlingenbegeleiding.

Nadia Bouzid, adjunct-directeur""", bcc=['ouders@sintpieterscollege.be'], rules=[], note='general medication procedure letter to all parents; no individual pupil', fmt=('alt',), mailer='Microsoft Outlook 16.0')

mail('herinnering-schoolrekening-alle', 'Els Hermans <els.hermans@sintpieterscollege.be>', 'Els Hermans <els.hermans@sintpieterscollege.be>',
     'Herinnering: schoolrekening eerste trimester', """Geachte ouders,

De schoolrekening van het eerste trimester staat sinds 15 oktober in Smartschool. Heeft u ze nog niet betaald, dan vragen wij u dit te doen vóór 30 november.

Heeft u moeilijkheden om de rekening te betalen? Neem dan discreet contact op met de boekhouding. Een afbetalingsplan is altijd bespreekbaar.

Met vriendelijke groeten,
Els Hermans""", bcc=['ouders@sintpieterscollege.be'], rules=[], note='general invoice reminder to all parents; no individual family', fmt=('plain',))

mail('sportdag-telefoon', 'Karel Bosmans <karel.bosmans@sintpieterscollege.be>', 'Tim Vrancken <tim.vrancken@gmail.com>',
     'Re: begeleiding sportdag', """Dag Tim,

Super dat je als ouder mee wil helpen op de sportdag! Afspraak om 8u30 aan de sporthal Kessel-Lo. Je staat bij de oriëntatieloop.

Sportieve groeten,
Karel Bosmans
leerkracht LO
Sint-Pieterscollege | Naamsestraat 181, 3000 Leuven | 016 29 48 10""", rules=['personal_data'], note='ordinary reply with the school\'s phone number in the signature', fmt=('alt', 'reply'), mailer='Microsoft Outlook 16.0',
     quote=('Van: Tim Vrancken <tim.vrancken@gmail.com>\nVerzonden: maandag 21 september 2026 20:33\nAan: Karel Bosmans\nOnderwerp: begeleiding sportdag', 'Hallo, ik kan op 2 oktober helpen als begeleider. Waar moet ik zijn?'))

mail('uitwisseling-geboortedatum', 'Nathalie Dubois <nathalie.dubois@sintpieterscollege.be>', 'echanges@athenee-namur-exemple.be',
     'Échange linguistique - inscription', """Madame,

Voici l'inscription de notre élève pour l'échange de mars :
Nom : Oskar Lievens
Classe : 4C
Date de naissance : 14/06/2011
Langue maternelle : néerlandais

Bien à vous,
Nathalie Dubois""", rules=['personal_data'], lang='fr', note='exchange registration with a pupil\'s date of birth', fmt=('plain',), charset='windows-1252')

mail('busfirma-lijst-rrn', 'Koen Janssens <koen.janssens@sintpieterscollege.be>', 'planning@busreizen-dijlevallei.be',
     'deelnemers skireis - verzekering', """Beste,

Voor de reisverzekering vroegen jullie het rijksregisternummer van de begeleiders:
- Koen Janssens: 81.04.12-273.55
- Sofie Wouters: 90.11.03-148.62

Met vriendelijke groeten,
Koen Janssens""", rules=['personal_data'], note='national register numbers of two staff members sent to the bus company', fmt=('plain',))

mail('examenrooster-collegas', 'Nadia Bouzid <nadia.bouzid@sintpieterscollege.be>', 'Nadia Bouzid <nadia.bouzid@sintpieterscollege.be>',
     'toezichten examenperiode december', """Dag collega's,

In bijlage het toezichtsrooster voor de examens. Kijk je naam na en laat ruilen weten aan mij vóór vrijdag. Niet vergeten: gsm's van leerlingen in de bak aan de deur.

Nadia""", bcc=['personeel@sintpieterscollege.be'], atts=[('toezichten_december.csv', 'text/csv', 'dag;uur;lokaal;toezicht\nma 7/12;8u30;A101;Claes\nma 7/12;8u30;A102;Maes\ndi 8/12;8u30;Sporthal;Bosmans\n')],
     rules=[], note='exam supervision schedule to staff in Bcc', fmt=('plain', 'att'))

mail('infoavond-zoom', 'Hilde Maes <hilde.maes@sintpieterscollege.be>', 'Hilde Maes <hilde.maes@sintpieterscollege.be>',
     'Infoavond studiekeuze online', """Beste ouders van het 6de jaar,

De infoavond over studiekeuze gaat online door op 15 januari om 19u30.
Zoom: https://us06web.zoom.us/j/84512093377
Meeting-ID: 845 1209 3377
Toegangscode: 629114

Vriendelijke groeten,
Hilde Maes""", bcc=['ouders-6a@sintpieterscollege.be', 'ouders-6b@sintpieterscollege.be', 'ouders-6c@sintpieterscollege.be'], rules=[], note='meeting passcode of a Zoom info evening; not a password', fmt=('plain',))

mail('fr-echange-dates', 'Claire Lemaire <claire.lemaire@sintpieterscollege.be>', 'c.marchal@athenee-namur-exemple.be',
     'Re: dates de l\'échange', """Bonjour Christine,

Les dates du 16 au 20 mars nous conviennent parfaitement. Nous viendrons avec 22 élèves et deux accompagnateurs. On se reparle pour le programme?

Belle journée,
Claire""", rules=[], lang='fr', note='ordinary French mail with a partner school', fmt=('plain', 'reply'),
     quote=('Le 2 déc. 2026 à 10:14, Christine Marchal a écrit :', 'Chère Claire, est-ce que la semaine du 16 mars vous conviendrait pour l\'échange?'))

mail('en-publisher-order', 'Sarah Mitchell <sarah.mitchell@sintpieterscollege.be>', 'orders@northbridge-elt.example.co.uk',
     'Order: class sets for 2027', """Hello,

We would like to order 60 copies of "Crossroads B2 Student's Book" and 4 teacher's editions for delivery before 15 January. Please invoice Sint-Pieterscollege, Naamsestraat 181, 3000 Leuven (PO number SPC-ENG-2027-03).

Thank you,
Sarah Mitchell
English department""", rules=[], lang='en', note='ordinary English textbook order to a publisher', fmt=('plain',))

mail('schoolweigering-ouder', 'Annelies Claes <annelies.claes@sintpieterscollege.be>', 'Koen Wuyts <koen.wuyts@proximus.be>',
     'Thibo - afspraak volgende week', """Beste mijnheer Wuyts,

Bedankt voor uw telefoontje. Ik begrijp dat Thibo 's morgens buikpijn heeft en niet meer naar school durft sinds de herfstvakantie. Zoals besproken stel ik voor dat hij volgende week eerst enkel de eerste twee lesuren komt, en dat hij bij aankomst bij mij langskomt. Ik heb ook aan het CLB gevraagd om mee te kijken, mevrouw Stevens zal u contacteren.

Met vriendelijke groeten,
Annelies Claes, leerlingenbegeleiding""", rules=['sensitive'], cats=['psychosocial', 'care'], note='school refusal of a named pupil and CLB follow-up, to his father', fmt=('plain',))

mail('klassenraad-2c-tabel', 'Grace Mbuyi <grace.mbuyi@sintpieterscollege.be>', 'Leen Mertens <leen.mertens@sintpieterscollege.be>',
     'opvolging na klassenraad 2C', """Hoi Leen,

Mijn opvolglijst na de klassenraad van 2C:

[TABEL]

Groetjes, Grace""", table=[['Naam', 'Punt', 'Actie'],
                             ['Amira', 'veel afwezig door ziekenhuisopnames (Crohn)', 'inhaalplan, contact ouders'],
                             ['Wiktor', 'ouders kunnen bosklassen niet betalen', 'vraag steunfonds, discreet'],
                             ['Lotte', 'prima trimester', '-']],
     rules=['sensitive'], cats=['medical', 'financial'], note='class council follow-up table with a pupil\'s illness and a family unable to pay', fmt=('alt',), mailer='Microsoft Outlook 16.0')

mail('parking-werken', 'Luc Wuyts <luc.wuyts@spc.ksleuven.be>', 'Marc Aerts <marc.aerts@spc.ksleuven.be>',
     'Re: parking morgen', """Ja, de parking achteraan is dicht door de werken aan de riolering. Ik parkeer bij het station en kom te voet.

L.""", rules=[], note='clean chat among colleagues', fmt=('plain', 'reply'),
     quote=('Op wo 23 sep. 2026 om 17:01 schreef Marc Aerts <marc.aerts@spc.ksleuven.be>:', 'Weet jij of we morgen achteraan kunnen parkeren?'))

mail('zwangerschap-leerling', 'Hilde Claessens <hilde.claessens@sintpieterscollege.be>', 'Annelies Claes <annelies.claes@sintpieterscollege.be>',
     'S. 6D - stage', """Annelies,

S. uit 6D heeft me in vertrouwen verteld dat ze vier maanden zwanger is. Ze wil haar stage in de kinderopvang wel afmaken maar is bang voor het tillen. Kan jij met haar en de stagecoördinator bekijken wat kan? Haar ouders weten het.

Hilde""", rules=['sensitive'], cats=['medical'], note='pregnancy of a pupil named by initial and class', fmt=('plain',))

finish()
