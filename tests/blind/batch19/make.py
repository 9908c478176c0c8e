#!/usr/bin/env python3
"""Builds the labelled test mails of batch19 (fictional Catholic secondary school, Diest campus).

Run: python3 make.py   -> writes NNN-slug.eml files and labels.yaml next to this script.
Only the standard library is used; dates, Message-IDs and MIME boundaries are fixed, so
every run gives byte-identical output. roster.csv (Smartschool-style export) is read for
parent addresses and to check the `about` ids.
"""
import os, re, io, csv, zipfile, html as htmlmod
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, getaddresses
from email.generator import BytesGenerator
from datetime import datetime, timezone, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- roster
ROSTER = {}
with open(os.path.join(HERE, 'roster.csv'), encoding='utf-8-sig') as f:
    for row in csv.DictReader(f, delimiter=';'):
        ROSTER[row['Intern nummer']] = row

def par(pid, n=1):
    """e-mail address of parent n of pupil pid (from the roster)."""
    return ROSTER[pid]['E-mailadres ouder %d' % n]

def lln(pid):
    return ROSTER[pid]['E-mailadres leerling']

# ---------------------------------------------------------------- staff
S = dict(
    vervoort='Koen Vervoort <koen.vervoort@sintpieterscollege.be>',          # directeur
    hendrickx='Griet Hendrickx <griet.hendrickx@sintpieterscollege.be>',      # adjunct-directeur
    vloeberghs='Sara Vloeberghs <sara.vloeberghs@sintpieterscollege.be>',     # zorgcoordinator
    peetermans='Mieke Peetermans <mieke.peetermans@sintpieterscollege.be>',   # schoolmaatschappelijk werker
    bollen='Jan Bollen <jb@spc.ksleuven.be>',                                 # ICT-coordinator
    coenen='Hilde Coenen <hilde.coenen@sintpieterscollege.be>',               # boekhouding / schoolrekeningen
    vandeput='Dirk Vandeput <dvp@spc.ksleuven.be>',                           # chef, praktijk keuken
    renard='Pascale Renard <pascale.renard@sintpieterscollege.be>',           # keuken/restaurant (deeltijds)
    bruynseels='Nathalie Bruynseels <nathalie.bruynseels@sintpieterscollege.be>',  # haarzorg
    vanschoubroek='Kelly Vanschoubroek <kvs@spc.ksleuven.be>',               # schoonheidszorg (deeltijds)
    ooms='Tom Ooms <tom.ooms@sintpieterscollege.be>',                         # landbouw
    goris='Wannes Goris <wannes.goris@sintpieterscollege.be>',                # schoolboerderij (TAC)
    lambrechts='Evi Lambrechts <evi.lambrechts@sintpieterscollege.be>',       # Nederlands, mentor 1B
    celis='Ruben Celis <ruben.celis@sintpieterscollege.be>',                  # LO, mentor 1A
    vandyck='Lies Van Dyck <lies.vandyck@sintpieterscollege.be>',             # wiskunde, titularis 3A
    stas='Joris Stas <joris.stas@sintpieterscollege.be>',                     # opvoeder time-outruimte
    vandevelde='Ann Vandevelde <ann.vandevelde@sintpieterscollege.be>',       # stagecoordinator
    lemmens='Bert Lemmens <bert.lemmens@sintpieterscollege.be>',              # opvoeder, spijbelaanspreekpunt
    bouhlal='Ilham Bouhlal <ilham.bouhlal@sintpieterscollege.be>',            # Frans, titularis 4B
    wijns='Marc Wijns <marc.wijns@sintpieterscollege.be>',                    # preventie / TA
    jansen='Elke Jansen <ej@spc.ksleuven.be>',                                # Engels, titularis 5A (deeltijds)
    moreels='Stijn Moreels <stijn.moreels@sintpieterscollege.be>',            # geschiedenis, titularis 2C
    gielen='Kaat Gielen <kaat.gielen@sintpieterscollege.be>',                 # mentor 1C/1D, godsdienst
    onthaal='Onthaal Sint-Pieterscollege <secretariaat@sintpieterscollege.be>',
    info='Sint-Pieterscollege Diest <info@sintpieterscollege.be>',
    directie='Directie Sint-Pieterscollege <directie@spc.ksleuven.be>',
    privacy='Aanspreekpunt informatieveiligheid <privacy@lksd.ksleuven.be>',
)
X = dict(
    clb='Sofie Daniels <sofie.daniels@clb-leuven.be>',
    clb2='Wouter Meeus <wouter.meeus@clb-leuven.be>',
    politie='INP Kurt Vos <kurt.vos@pz-hagelandoost.be>',
    stad='Ellen Stroobants <ellen.stroobants@diest.be>',
    ocmw='Veerle Pauwels <veerle.pauwels@ocmwdiest.be>',
    bus='De Lijn-contractvervoer Hageland <planning@hagelandbus.be>',
)

def A(x):
    """plain address from 'Name <addr>' or addr"""
    return getaddresses([x])[0][1]

# ---------------------------------------------------------------- helpers
TZ1 = timezone(timedelta(hours=1)); TZ2 = timezone(timedelta(hours=2))
def D(s):
    """'2024-10-03 08:14' -> aware datetime (CET/CEST roughly by month)."""
    d = datetime.strptime(s, '%Y-%m-%d %H:%M')
    tz = TZ2 if (d.month > 3 and d.month < 11) else TZ1
    if d.month == 3 and d.day >= 30: tz = TZ2
    if d.month == 10 and d.day >= 27: tz = TZ1
    return d.replace(tzinfo=tz)

def outlook_html(text):
    """Turn the plain text of a mail into Outlook-like HTML.
    '>' lines become blockquotes, '|a|b|' lines tables, '- ' lines bullets,
    a 'Van: ' line after a blank line starts a bordered header block (Outlook reply)."""
    out = ['<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
           '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
           '<style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} '
           'table.grid td{border:solid #BFBFBF 1.0pt;padding:2pt 5pt;font-size:10.0pt;font-family:"Calibri",sans-serif;} --></style>'
           '</head><body lang="NL-BE" link="#0563C1" vlink="#954F72"><div class="WordSection1">']
    lines = text.split('\n')
    i = 0
    qdepth = 0
    def esc(s):
        return htmlmod.escape(s, quote=False)
    while i < len(lines):
        ln = lines[i]
        d = 0
        while ln.startswith('>'):
            d += 1; ln = ln[1:]
            if ln.startswith(' '): ln = ln[1:]
        while qdepth < d:
            out.append('<blockquote style="border:none;border-left:solid #0563C1 1.5pt;padding:0cm 0cm 0cm 4.0pt;margin-left:3.75pt">'); qdepth += 1
        while qdepth > d:
            out.append('</blockquote>'); qdepth -= 1
        if ln.startswith('|'):
            rows = []
            while i < len(lines):
                l2 = lines[i]
                dd = 0
                while l2.startswith('>'):
                    dd += 1; l2 = l2[1:].lstrip(' ')
                if dd != d or not l2.startswith('|'): break
                rows.append([c.strip() for c in l2.strip().strip('|').split('|')])
                i += 1
            out.append('<table class="grid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">')
            for r, cells in enumerate(rows):
                tag = 'td'
                out.append('<tr>' + ''.join('<%s%s>%s</%s>' % (tag, ' style="background:#D9E2F3"' if r == 0 else '', ('<b>%s</b>' % esc(c)) if r == 0 else esc(c), tag) for c in cells) + '</tr>')
            out.append('</table><p class="MsoNormal">&nbsp;</p>')
            continue
        if ln.startswith('- ') or ln.startswith('* '):
            out.append('<ul style="margin-top:0cm">')
            while i < len(lines):
                l2 = lines[i]
                dd = 0
                while l2.startswith('>'):
                    dd += 1; l2 = l2[1:].lstrip(' ')
                if dd != d or not (l2.startswith('- ') or l2.startswith('* ')): break
                out.append('<li class="MsoNormal">%s</li>' % esc(l2[2:]))
                i += 1
            out.append('</ul>')
            continue
        if ln.startswith('Van: ') and (i == 0 or lines[i-1].lstrip('> ').strip() == ''):
            out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
            while i < len(lines):
                l2 = lines[i]
                while l2.startswith('>'):
                    l2 = l2[1:].lstrip(' ')
                if l2.strip() == '': break
                if ':' in l2:
                    k, v = l2.split(':', 1)
                    out.append('<p class="MsoNormal"><b>%s:</b>%s</p>' % (esc(k), esc(v)))
                else:
                    out.append('<p class="MsoNormal">%s</p>' % esc(l2))
                i += 1
            out.append('</div>')
            continue
        if ln.strip() == '':
            out.append('<p class="MsoNormal">&nbsp;</p>')
        else:
            out.append('<p class="MsoNormal">%s</p>' % esc(ln))
        i += 1
    while qdepth > 0:
        out.append('</blockquote>'); qdepth -= 1
    out.append('</div></body></html>')
    return '\n'.join(out)

def plain_of(text):
    """plain-text alternative: tables as tab separated cells."""
    res = []
    for ln in text.split('\n'):
        pre = ''
        l2 = ln
        while l2.startswith('>'):
            pre += '>'; l2 = l2[1:].lstrip(' ')
        if l2.startswith('|'):
            cells = [c.strip() for c in l2.strip().strip('|').split('|')]
            res.append((pre + ' ' if pre else '') + '\t'.join(cells))
        else:
            res.append(ln)
    return '\n'.join(res)

def zipbytes(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 9, 2, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return bio.getvalue()

def fake_ooxml(kind):
    """a small OOXML-looking zip; kind 'xlsm' or 'docm' (with a vbaProject part)."""
    ct = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>')
    part = 'xl/vbaProject.bin' if kind == 'xlsm' else 'word/vbaProject.bin'
    return zipbytes([('[Content_Types].xml', ct), (part, b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + b'\x00' * 120 + b'Attribute VB_Name = "Module1"\r\nSub AutoOpen()\r\nEnd Sub\r\n')])

CTYPES = {
    'txt': ('text', 'plain'), 'csv': ('text', 'csv'), 'pdf': ('application', 'pdf'),
    'xlsm': ('application', 'vnd.ms-excel.sheet.macroEnabled.12'),
    'docm': ('application', 'vnd.ms-word.document.macroEnabled.12'),
    'zip': ('application', 'zip'), 'exe': ('application', 'x-msdownload'),
    'jpg': ('image', 'jpeg'), 'xlsx': ('application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
    'bat': ('application', 'x-msdos-program'), 'ics': ('text', 'calendar'),
}

MAILS = []

def mail(n, slug, *, frm, to, subject, body, date, cc=(), bcc=(), env_from=None,
         kind='plain', cte='quoted-printable', html=None, attach=(), inner=None,
         reply_to=None, in_reply=None, mailer=None, extra=(),
         rules=(), cats=None, about=(), misdirected=False, note='', lang='nl', fmt=None):
    MAILS.append(dict(n=n, slug=slug, frm=frm, to=list(to) if isinstance(to, (list, tuple)) else [to],
                      cc=list(cc) if isinstance(cc, (list, tuple)) else [cc], bcc=list(bcc) if isinstance(bcc, (list, tuple)) else [bcc],
                      subject=subject, body=body, date=date, env_from=env_from, kind=kind, cte=cte, html=html,
                      attach=attach, inner=inner, reply_to=reply_to, in_reply=in_reply, mailer=mailer, extra=extra,
                      rules=list(rules), cats=cats, about=list(about), misdirected=misdirected, note=note, lang=lang, fmt=fmt))

def msgid(m, n):
    dom = A(m['env_from'] or m['frm']).split('@')[1]
    stamp = D(m['date']).strftime('%Y%m%d%H%M')
    if 'gmail' in dom or 'hotmail' in dom or 'outlook.com' in dom:
        return '<CA%s%03dx%s@mail.%s>' % (stamp, n, 'q7Kd' if n % 2 else 'Zp3w', dom)
    return '<%s.%03d.%s@%s>' % (stamp, n, ('AM9PR0%dMB%04d' % (n % 9, 3000 + n)), dom)

def build_msg(m, n):
    msg = EmailMessage(policy=SMTP)
    msg['Date'] = format_datetime(D(m['date']))
    msg['From'] = m['frm']
    if m['to']: msg['To'] = ', '.join(m['to'])
    else: msg['To'] = 'undisclosed-recipients:;'
    if m['cc'] and m['cc'][0]: msg['Cc'] = ', '.join(m['cc'])
    msg['Subject'] = m['subject']
    msg['Message-ID'] = msgid(m, n)
    if m['in_reply']:
        msg['In-Reply-To'] = m['in_reply']; msg['References'] = m['in_reply']
    if m['reply_to']: msg['Reply-To'] = m['reply_to']
    if m['mailer']: msg['X-Mailer'] = m['mailer']
    for k, v in m['extra']: msg[k] = v
    body = m['body'].strip('\n') + '\n'
    kind = m['kind']
    if kind == 'plain':
        msg.set_content(plain_of(body), charset='utf-8', cte=m['cte'])
    elif kind == 'cp1252':
        msg.set_content(plain_of(body), charset='windows-1252', cte='8bit')
    elif kind == 'html':
        msg.set_content(m['html'] or outlook_html(body), subtype='html', charset='utf-8', cte=m['cte'])
    elif kind == 'alt':
        msg.set_content(plain_of(body), charset='utf-8', cte='quoted-printable')
        msg.add_alternative(m['html'] or outlook_html(body), subtype='html', charset='utf-8', cte='quoted-printable' if m['cte'] != 'base64' else 'base64')
    else:
        raise ValueError(kind)
    if m['inner'] is not None:
        inner = build_msg(m['inner'], n + 500)
        if msg.get_content_maintype() != 'multipart':
            msg.make_mixed()
        msg.add_attachment(inner)
    for fname, data in m['attach']:
        ext = fname.rsplit('.', 1)[1].lower()
        mt, st = CTYPES[ext]
        if msg.get_content_maintype() != 'multipart' or msg.get_content_subtype() != 'mixed':
            msg.make_mixed()
        if mt == 'text':
            msg.add_attachment(data, subtype=st, charset='utf-8', filename=fname, cte='base64' if ext == 'csv' else 'quoted-printable')
        else:
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    return msg

def set_boundaries(msg, n, depth=[0]):
    i = 0
    for part in msg.walk():
        if part.get_content_maintype() == 'multipart':
            i += 1
            part.set_boundary('----=_NextPart_%03d_%02d_01DB%04d.5A3C%04d' % (n, i, n * 7 % 10000, i * 131))
    return msg

def fmt_of(m):
    f = []
    if m['fmt']: return m['fmt']
    f.append({'plain': 'plain', 'cp1252': 'cp1252-8bit', 'html': 'html', 'alt': 'alt'}[m['kind']])
    if m['kind'] in ('plain', 'html') and m['cte'] == 'base64': f.append('base64')
    if m['inner'] is not None: f.append('forward-attached')
    if m['attach']: f.append('attachment')
    return f

def yq(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'

def build():
    seen = set()
    labels = []
    for m in sorted(MAILS, key=lambda x: x['n']):
        n = m['n']
        assert n not in seen, n
        seen.add(n)
        name = '%03d-%s.eml' % (n, m['slug'])
        msg = build_msg(m, n)
        set_boundaries(msg, n)
        bio = io.BytesIO()
        BytesGenerator(bio, policy=SMTP.clone(linesep='\r\n')).flatten(msg)
        data = bio.getvalue()
        with open(os.path.join(HERE, name), 'wb') as f:
            f.write(data)
        rcpt = [A(x) for x in m['to'] + m['cc'] + m['bcc'] if x]
        for a in m['about']:
            assert a in ROSTER, (n, a)
        if 'sensitive' in m['rules']:
            assert m['cats'], n
        labels.append((name, m, rcpt))
    with open(os.path.join(HERE, 'labels.yaml'), 'w', encoding='utf-8') as f:
        for name, m, rcpt in labels:
            f.write('%s:\n' % name)
            f.write('  rules: [%s]\n' % ', '.join(m['rules']))
            if 'sensitive' in m['rules']:
                f.write('  categories: {sensitive: [%s]}\n' % ', '.join(m['cats']))
            f.write('  mail_from: %s\n' % A(m['env_from'] or m['frm']))
            f.write('  rcpt: [%s]\n' % ', '.join(rcpt))
            f.write('  about: [%s]\n' % ', '.join(m['about']))
            f.write('  misdirected: %s\n' % ('true' if m['misdirected'] else 'false'))
            f.write('  note: %s\n' % yq(m['note']))
            f.write('  lang: %s\n' % m['lang'])
            f.write('  format: [%s]\n' % ', '.join(fmt_of(m)))
    print('wrote %d mails' % len(labels))

# ---------------------------------------------------------------- signatures
SCHOOL_TEL = '013 31 45 20'
def sig(name, role, tel=None, mobile=None, short=False):
    if short:
        return '\n%s' % name
    s = '\n--\n%s\n%s\nSint-Pieterscollege Diest\nBegijnenstraat 14, 3290 Diest' % (name, role)
    if tel: s += '\nT %s' % tel
    if mobile: s += '\nGSM %s' % mobile
    return s

PHONE = 'Verzonden vanaf mijn iPhone'
ANDROID = 'Verzonden vanaf mijn Galaxy'

# ================================================================= MAILS

# ---------------------------------------------------------------- 001-025
mail(1, 'rayan-1b-tante', frm=S['lambrechts'],
     to=[S['celis'], S['gielen'], S['moreels'], 'Dries Verlinden <dries.verlinden@sintpieterscollege.be>'],
     subject='Rayan 1B - even ter info', date='2024-09-23 16:42', kind='alt', mailer='Microsoft Outlook 16.0',
     body='''Dag collega's,

Even een korte info over Rayan uit 1B (Bouzid).
Zijn mama is vorige week opgenomen in Gasthuisberg en zal daar nog een tijdje moeten blijven. Rayan logeert ondertussen bij zijn tante in Tienen en komt met de trein, dus de komende weken kan hij 's ochtends soms een kwartiertje later binnenvallen. Met Bert is afgesproken dat dat niet als te laat genoteerd wordt.

Hij praat er zelf niet graag over, dus liefst niets vragen voor de klas. Als je merkt dat hij er niet bij is of zijn taken niet in orde zijn: even laten passeren en mij een seintje geven, dan neem ik het op in het mentoruurtje.

Dank jullie!
Evi

Evi Lambrechts
leerkracht Nederlands - mentor 1B''',
     rules=['sensitive'], cats=['family'], about=['P0015'],
     note='mentor tells 1B teachers that a first-year lives with his aunt while his mother is hospitalised', fmt=['alt'])

mail(2, 'koelcel-interim', frm=S['vandeput'], to='Jelle Sterckx <jelle.sterckx@sintpieterscollege.be>',
     subject='keuken maandag + codes', date='2024-09-27 19:05',
     body='''Hoi Jelle,

Welkom in de ploeg! Maandag sta je met 4D in de grote keuken, ik ben er pas vanaf 10u (vergadering in Leuven).

Praktisch:
- sleutel keuken hangt in het sleutelkastje aan het onthaal, vraag aan Hilde
- koelcel: code 2580 en dan op de groene knop, de deur klemt een beetje dus goed doortrekken
- droge voorraad (kelder): hangslot 7-1-4
- HACCP-lijst hangt naast de koelcel, temperaturen 's ochtends en 's middags noteren, ook als het niet je klas is

De mise-en-place staat op de planning in de map op Teams. Laat de leerlingen zeker hun haarnetjes dragen, de voedselinspectie is vorige week nog langs geweest bij de collega's in Aarschot.

Als er iets is, bel gerust.

Dirk
--
Dirk Vandeput
praktijkleraar restaurant & keuken
Sint-Pieterscollege Diest
GSM 0476 58 21 09''',
     rules=['password', 'personal_data'],
     note='chef gives an interim teacher the cold-room code and the pantry padlock combination; mobile number in signature')

mail(3, 'allergenen-schoolrestaurant', frm=S['info'], to=[S['info']], bcc=['ouders@sintpieterscollege.be'],
     subject='Allergenen in ons schoolrestaurant De Demer', date='2024-09-09 11:30', kind='html', cte='base64',
     html='''<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:11pt">
<p>Beste ouder,</p>
<p>Elke dag koken onze leerlingen restaurant &amp; keuken voor leerlingen, personeel en bezoekers in ons schoolrestaurant <b>De Demer</b>.
Veiligheid komt daarbij op de eerste plaats. Met deze brief leggen we uit hoe we omgaan met allergenen.</p>
<h3 style="font-size:12pt">1. Wat doen wij?</h3>
<ul>
<li>Voor elk gerecht houden we een allergenenfiche bij met de 14 wettelijke allergenen (bv. gluten, ei, melk, noten, selder, mosterd, sesam).</li>
<li>De fiches liggen elke dag ter inzage aan de kassa en hangen aan het bord bij de ingang.</li>
<li>Onze leerlingen leren tijdens de lessen HACCP hoe ze kruisbesmetting vermijden, bv. aparte snijplanken en aparte frituurolie.</li>
</ul>
<h3 style="font-size:12pt">2. Wat vragen we aan u?</h3>
<p>Heeft uw kind een voedselallergie of -intolerantie? Meld dit dan via het medische formulier in Smartschool (Formulieren &gt; Medische gegevens). Alleen de leerlingenbegeleiding en de praktijkleraren van de keuken zien die gegevens.
Draagt uw kind een noodmedicatie (bv. een adrenalinepen)? Bezorg dan ook het attest van de arts.</p>
<h3 style="font-size:12pt">3. Leerlingen die zelf in de keuken werken</h3>
<p>Ook leerlingen die zelf koken, kunnen een allergie hebben. De praktijkleraar bekijkt samen met de leerling welke taken veilig zijn. De leerling hoeft dus niet bang te zijn om de opleiding te volgen.</p>
<p>Met vragen kan u altijd terecht bij chef Vandeput of bij het secretariaat.</p>
<p>Met vriendelijke groeten,<br>de directie en het team restaurant &amp; keuken</p>
</body></html>''', body='',
     rules=[], note='general letter to all parents (group in Bcc) about how the school restaurant handles allergens', fmt=['html', 'base64'])

mail(4, 'ilayda-kapwedstrijd', frm=S['bruynseels'], to=par('P0226'),
     subject='Proficiat aan Ilayda!', date='2024-11-18 20:14',
     body='''Beste meneer Yilmaz,

Ik wou u graag laten weten hoe trots we op Ilayda zijn. Zaterdag deed ze mee aan de kapperswedstrijd voor leerlingen in Hasselt en ze behaalde de tweede plaats in de categorie "bruidskapsel". De jury prees vooral hoe netjes haar vlechtwerk was en hoe rustig ze bleef toen haar model te laat kwam.

Ze heeft de voorbije weken veel geoefend tijdens de middagpauze, dat mag gezegd worden. Haar diploma en de beker krijgt ze maandag in de klas, we maken er een klein feestje van in het salon.

Met vriendelijke groeten,
Nathalie Bruynseels
praktijk haarzorg - titularis 5C''',
     rules=[], about=['P0226'], note='praise to a parent: pupil placed second in a hairdressing competition')

mail(5, 'ict-sterke-wachtwoorden', frm=S['bollen'], to=[S['bollen']], bcc=['personeel@sintpieterscollege.be'],
     subject='ICT-tip van de maand: je wachtwoord', date='2024-10-01 07:55', kind='alt',
     body='''Beste collega's,

Oktober is de maand van de cyberveiligheid, dus hier een korte ICT-tip.

- Gebruik voor Smartschool, je schoolmail en je laptop drie verschillende wachtwoorden.
- Lang is beter dan ingewikkeld: een zin van vier of vijf woorden is sterker dan "Welkom123!". Bijvoorbeeld iets in de aard van "mijn kat eet graag spruitjes" - maar verzin uiteraard je eigen zin, deze staat nu in een mail ;-)
- Schrijf je wachtwoord niet op een post-it op de bureaulade in de leraarskamer (ja, we hebben er vorige week nog twee gevonden).
- Stuur nooit een wachtwoord door via mail, Smartschool of WhatsApp, ook niet naar mij. Ik zal er ook nooit een vragen.
- Wachtwoord vergeten? Gebruik de knop "Wachtwoord vergeten" op het aanmeldscherm of kom langs in lokaal A014.

Vanaf januari zetten we voor iedereen de tweestapsverificatie aan. Daarover volgt nog een aparte mail.

Groetjes,
Jan
ICT-coördinator''',
     rules=[], note='staff newsletter with password hygiene tips; only an example phrase, no real credential')

mail(6, 'klassenraad-3c-oktober', frm=S['bruynseels'],
     to=[S['vanschoubroek'], S['moreels'], S['vloeberghs'], 'Hans Cools <hans.cools@sintpieterscollege.be>'],
     subject='verslag tussentijdse klassenraad 3C', date='2024-10-24 17:20', kind='alt', mailer='Microsoft Outlook 16.0',
     body='''Dag collega's,

Hieronder kort de afspraken van de klassenraad van dinsdag. Ik heb het ook in het LVS gezet, maar niet iedereen was er.

|Leerling|Attitude|Opmerking|Actie / wie|
|Kerem D.|wisselend|papa is sinds de zomer terug in Turkije, mama werkt nachten in het WZC -> Kerem staat 's ochtends alleen op, vaak zonder ontbijt|Mieke neemt contact op met mama|
|Zoë P.|goed|dyslexie: verslag van de logopediste binnen, extra tijd + voorleessoftware bij toetsen|iedereen toepassen vanaf nu|
|Plamedie K.|stil|eet 's middags bijna niets, vaak moe en afwezig in de les, CLB is ingeschakeld|Sara volgt op|
|Lars M.|goed|geen opmerkingen, praktijk sterk|/|
|Warre V.|zwak|4x gsm in de les, 2x strafstudie|gesprek met titularis|

Volgende klassenraad: 10 december.

Groetjes,
Nathalie''',
     rules=['sensitive'], cats=['family', 'medical', 'care', 'psychosocial'], about=['P0127', 'P0130', 'P0132', 'P0128', 'P0134'],
     note='class-council table naming pupils with home situation, dyslexia measures and CLB follow-up', fmt=['alt', 'table'])

mail(7, 'kopieercode-antwoord', frm=S['gielen'], to=S['vandyck'],
     subject='Re: code kopieerlokaal??', date='2024-10-02 08:11', in_reply='<202410020809.004.AM9PR04MB3004@sintpieterscollege.be>',
     body='''4417

Verzonden vanaf mijn iPhone

> Op 2 okt. 2024 om 08:09 heeft Lies Van Dyck <lies.vandyck@sintpieterscollege.be> het volgende geschreven:
>
> Kaat wat is de code van het kopieerlokaal weer, sta hier met 30 toetsen en de deur is dicht :(''',
     rules=['password'], note='reply that only contains the door code of the copy room', fmt=['plain', 'reply'])

mail(8, 'febe-herexamen-verkeerd', frm=S['vandyck'], to=par('P0103'),
     subject='Inhaaltoets wiskunde Febe', date='2024-11-06 15:48',
     body='''Beste mevrouw Maes,

Febe was vorige donderdag op uitstap met de keuzemodule en heeft daardoor de toets over vergelijkingen gemist. Ze kan die inhalen op donderdag 14 november tijdens het 7de lesuur in lokaal B104.

In Smartschool heb ik bij "Vakken > Wiskunde 3A" een oefenbundel gezet met de oplossingen. Febe Maes mag me altijd aanspreken als iets niet duidelijk is.

Met vriendelijke groeten,
Lies Van Dyck
wiskunde - titularis 3A''',
     rules=[], about=['P0104'], misdirected=True,
     note='make-up test notice about Febe Maes (3A) sent to the parent of the other Febe in 3A (Vandenbergh)')

mail(9, 'kobe-papa-vast', frm=S['peetermans'], to=S['bruynseels'],
     subject='Kobe V. (3C)', date='2024-11-12 12:37', kind='cp1252',
     body='''Hoi Nathalie,

Ik had vanmorgen de mama van Kobe Verhaegen aan de lijn. Ze vroeg om het discreet te houden, maar jij als titularis moet het weten: Kobe zijn papa is vorige woensdag opgepakt en zit voorlopig vast in Hasselt. Het stond blijkbaar ook in Het Belang van Limburg, dus de kans is groot dat er klasgenoten zijn die het weten.

Kobe was donderdag en vrijdag thuis, mama heeft dat met een briefje gewettigd. Ze vraagt of hij de theorie van vrijdag (kleurenleer) nog mag inhalen.

Als er iets opvalt in de klas (opmerkingen van anderen, ruzie...), laat je het me weten? Ik zie hem donderdag even in mijn bureau.

Groetjes,
Mieke
schoolmaatschappelijk werker''',
     rules=['sensitive'], cats=['family'], about=['P0133'],
     note='social worker tells the class teacher that a pupil\'s father is in custody', fmt=['cp1252-8bit'])

mail(10, 'burak-koksschort', frm=S['renard'], to=lln('P0239'),
     subject='je koksvest', date='2024-10-08 14:02',
     body='''Dag Burak,

In de vestiaire van de keuken lag na de les van gisteren nog een koksvest met jouw naam op geborduurd. Ik heb hem in de kast van het secretariaat gelegd, je kan hem daar ophalen tijdens de middagpauze.

Denk eraan dat je hem donderdag nodig hebt voor het banket van de oud-leerlingen, zonder vest mag je niet in de keuken.

Mevr. Renard''',
     rules=[], about=['P0239'], note='teacher tells a pupil where his lost chef jacket is')

mail(11, 'salontablet-salonized', frm=S['bruynseels'], to=S['vanschoubroek'],
     subject='tablet onthaal salon', date='2024-09-04 21:31', kind='alt', mailer='Microsoft Outlook 16.0',
     body='''Dag Kelly,

Zoals beloofd de gegevens van de tablet aan het onthaal van ons schoolsalon. Vanaf volgende week nemen de 6de jaars de afspraken van klanten aan via de tablet, jij hebt hen op woensdag.

|Wat|Gegevens|
|Pincode tablet|190624|
|Salonized (agenda)|salon@sintpieterscollege.be|
|Wachtwoord Salonized|Krulspeld!2024|

De leerlingen krijgen zelf geen wachtwoord, jij of ik loggen in en dan laten we de agenda open staan. Vergeet niet uit te loggen om 16u, anders kan iedereen er 's avonds in.

Groetjes,
Nathalie''',
     rules=['password'], note='colleague hands over the salon tablet PIN and the booking software login', fmt=['alt', 'table'])

mail(12, 'stagereglement-ouders', frm=S['vandevelde'], to=[S['vandevelde']],
     bcc=['ouders-5c@sintpieterscollege.be', 'ouders-5d@sintpieterscollege.be', 'ouders-6c@sintpieterscollege.be', 'ouders-6d@sintpieterscollege.be'],
     subject='Stages haarzorg en restaurant & keuken: afspraken', date='2024-09-16 10:05',
     body='''Beste ouder,

Binnenkort start uw zoon of dochter met de stage in een kapsalon of een restaurant. Om alles vlot te laten verlopen, zetten we de belangrijkste afspraken op een rij. Het volledige stagereglement vindt u in Smartschool (Intradesk > Stages).

1. Stageovereenkomst
Voor de eerste stagedag moet de overeenkomst ondertekend zijn door de stageplaats, de school, de leerling en een ouder. Zonder handtekening mag de leerling niet starten.

2. Verzekering
De leerling is tijdens de stage en op weg ernaartoe verzekerd via de schoolpolis, net zoals op school.

3. Afwezig op stage
Is de leerling ziek? Verwittig dan vóór 9 uur zowel de stageplaats als de school. Een afwezigheid op stage wordt gewettigd op dezelfde manier als een afwezigheid op school (bv. met een doktersattest vanaf de vierde opeenvolgende dag).

4. Kledij en materiaal
De leerling draagt de schoolkledij (bv. de zwarte salonschort of het koksvest met broek en veiligheidsschoenen) tenzij de stageplaats iets anders vraagt.

5. Werkuren
De stageplaats mag de leerling niet langer laten werken dan in de overeenkomst staat. Werken na 20 uur is niet toegelaten.

6. Evaluatie
De mentor van de stageplaats vult halverwege en op het einde een evaluatieformulier in. De stagebegeleider van de school komt minstens één keer langs.

Hebt u vragen? Neem dan contact op met de stagebegeleider van de klas of met mij.

Met vriendelijke groeten,
Ann Vandevelde
stagecoördinator''',
     rules=[], note='general internship rules letter to parents of four classes, groups in Bcc')

mail(13, 'timeout-weekoverzicht', frm=S['stas'], to=S['vloeberghs'],
     subject='time-out week 41', date='2024-10-11 16:05', kind='alt',
     body='''Hoi Sara,

Het overzicht van deze week in de time-outruimte. Twee leerlingen kwamen meer dan eens, misschien iets voor het zorgoverleg van dinsdag.

|Dag|Uur|Leerling|Gestuurd door|Wat gebeurde er|
|ma 7/10|3de lesuur|Robbe W. 3C|mevr. Bruynseels|gooide een stoel om na een opmerking over zijn papa, daarna 20 min stil gezeten|
|di 8/10|6de lesuur|Mert K. 2C|dhr. Moreels|weigert te werken, schold de leerkracht uit|
|wo 9/10|1ste lesuur|Robbe W. 3C|zelf gekomen|huilde, zegt dat hij thuis niet kan slapen door de ruzies, wou niet naar de klas|
|do 10/10|5de lesuur|Mert K. 2C|dhr. Moreels|duwde een medeleerling tegen de kast|

Robbe heeft gevraagd of hij met iemand kan praten, ik heb gezegd dat jij hem zal aanspreken.

Joris''',
     rules=['sensitive'], cats=['psychosocial', 'family'], about=['P0126', 'P0077'],
     note='time-out room log naming two pupils with outbursts and conflict at home', fmt=['alt', 'table'])

mail(14, 'boerderij-hek-dierenarts', frm=S['goris'], to='Dierenartsenpraktijk De Demerhoeve <praktijk@demerhoeve-vet.be>',
     subject='Bezoek schoolboerderij zaterdag', date='2025-02-20 17:46', kind='html',
     html='''<div dir="ltr"><div>Dag dokter Claessens,</div><div><br></div>
<div>Bedankt om zaterdag langs te komen voor de drachtigheidscontrole van de zeugen en de schapen. Ik ben er zelf pas vanaf 10u, maar u kan gerust al binnen.</div><div><br></div>
<div>- Poort achteraan (Schaffensesteenweg): code <b>7391</b>, daarna het hek met de hand dichtdoen aub</div>
<div>- Sleutel van de stal zit in het kastje naast de melkkamer, code <b>0412</b></div><div><br></div>
<div>De ooien staan in de kleine stal, de zeugen zoals altijd achteraan. De lijst met de dieren ligt op het bureau.</div><div><br></div>
<div>Groeten,</div><div>Wannes Goris</div><div>schoolboerderij Sint-Pieterscollege</div><div>0495 31 77 60</div></div>''', body='',
     rules=['password', 'personal_data'], note='farm keeper gives the vet the gate code and the stable key-safe code; mobile number in signature', fmt=['html'])

mail(15, 'ella-noten', frm=S['vandeput'], to=S['renard'],
     subject='ella 4d', date='2024-09-05 07:12', mailer='iPhone Mail (21G93)',
     body='''pascale, nog vergeten te zeggen gisteren: ella van den broeck (4d) mag absoluut geen noten, ook geen sporen. epipen zit in de voorzak van haar rugzak, ze weet zelf hoe het moet maar wij ook dus. bij patisserie aub apart laten werken en haar eigen spatels geven. de praline van vrijdag doet ze NIET mee

dirk

Verzonden vanaf mijn iPhone''',
     rules=['sensitive'], cats=['medical'], about=['P0193'],
     note='chef warns a colleague about a kitchen pupil\'s severe nut allergy and emergency pen')

mail(16, 'teams-stageoverleg', frm=S['vandevelde'], to=[S['vandeput'], S['bruynseels'], S['ooms']],
     subject='Overleg stagebegeleiders - Teams', date='2024-10-14 09:20', kind='alt',
     body='''Dag collega's,

Omdat we op donderdag nooit allemaal op school zijn, doen we het overleg over de stageplaatsen online.

Donderdag 17 oktober, 15.30 - 16.30 uur

________________________________________________________________________________
Microsoft Teams-vergadering
Deelnemen op uw computer, mobiele app of apparaat in de ruimte
Klik hier om deel te nemen aan de vergadering
Vergadering-id: 385 214 907 633
Wachtwoordcode: Xe7bR2
________________________________________________________________________________

Agenda: nieuwe stageplaatsen, evaluatieformulier, verdeling bezoeken november.

Ann''',
     rules=[], note='meeting passcode: Teams invitation for an internship meeting, no other credential')

mail(17, 'salma-stage-goed', frm=S['vandevelde'], to=[par('P0235', 1), par('P0235', 2)],
     subject='Tussentijdse evaluatie stage Salma', date='2024-12-03 13:27', kind='alt', mailer='Microsoft Outlook 16.0',
     body='''Beste ouders,

Gisteren was ik op bezoek bij Salma in kapsalon Coiffure Lina in Scherpenheuvel. Ik wil u graag laten weten dat de tussentijdse evaluatie heel goed is.

De zaakvoerster vertelde dat Salma vlot met klanten praat, zelfstandig kleuringen voorbereidt en altijd op tijd is. Als werkpunt noemde ze het föhnen van lang haar, maar dat oefenen we verder in de praktijklessen.

Het evaluatieformulier kan u vanaf vrijdag bekijken in Smartschool.

Met vriendelijke groeten,

Ann Vandevelde
stagecoördinator
Sint-Pieterscollege Diest
T 013 31 45 26''',
     rules=['bcc', 'personal_data'], about=['P0235'],
     note='positive internship report to both parents, two external addresses visible in To; school phone in signature', fmt=['alt'])

mail(18, 'ouali-schoolrekening-plan', frm=S['coenen'], to=S['peetermans'],
     subject='Fam. Ouali - openstaande rekeningen', date='2024-11-25 11:02', kind='alt',
     body='''Dag Mieke,

Zoals gevraagd het overzicht voor het gezin Ouali (Anas 4C en Ayoub 6D). Mama is vanmorgen langs geweest.

|Leerling|Factuur|Bedrag|Status|
|Anas (4C)|september - salonkoffer|185,00|open|
|Anas (4C)|oktober - maaltijden|42,50|open|
|Ayoub (6D)|september - messenset + kledij|148,00|open|
|Ayoub (6D)|oktober - uitstap Horeca Expo|36,50|betaald|

Afspraak: vanaf december 40 euro per maand via overschrijving op BE31 7360 1290 4455 met vermelding "plan Ouali". De OCMW heeft beloofd de messenset van Ayoub over te nemen, ik wacht nog op hun bevestiging.

Wil jij mama laten weten dat ze altijd bij ons kan aankloppen als het in een maand niet lukt? Ze was er duidelijk niet gerust in.

Groetjes,
Hilde
boekhouding''',
     rules=['sensitive', 'personal_data'], cats=['financial'], about=['P0179', 'P0289'],
     note='accounts office shares a family\'s unpaid bills and payment plan with the social worker; school IBAN in text', fmt=['alt', 'table'])

mail(19, 'timeout-code-personeel', frm=S['stas'], to='personeel@sintpieterscollege.be',
     subject='nieuwe code deur time-outruimte', date='2025-01-06 07:31',
     body='''Beste collega's,

Na de kerstvakantie is de code van de deur van de time-outruimte (lokaal A003) veranderd, omdat enkele leerlingen de oude code kenden.

Nieuwe code: 1359#

Graag niet intypen terwijl er leerlingen naast je staan. Als je een leerling stuurt, blijft de regel dezelfde: leerling met het time-outkaartje, ik of een collega-opvoeder vangen op.

Joris Stas
opvoeder''',
     rules=['password', 'bcc'], note='new time-out room door code sent to the staff group address, which is visible in To')

mail(20, 'spijbelen-algemene-vraag', frm=S['lemmens'], to='kris_vandenbergh24@gmail.com',
     subject='RE: vraag over spijbelen', date='2024-10-17 10:44', kind='alt', mailer='Microsoft Outlook 16.0',
     body='''Beste meneer Vandenbergh,

Bedankt voor uw vraag. Ik leg graag uit hoe we op school werken wanneer een leerling zonder geldige reden afwezig is.

1. Elke afwezigheid wordt het eerste lesuur geregistreerd. Is er geen melding van de ouders, dan stuurt het secretariaat dezelfde dag een bericht via Smartschool.
2. Vanaf een tweede onwettige afwezigheid nodigen we de leerling uit voor een gesprek met de leerlingenbegeleiding.
3. Vanaf vijf halve dagen onwettig afwezig schakelen we het CLB in. Dat is wettelijk zo bepaald. Samen met de ouders zoeken we dan naar de oorzaak (bv. problemen met vrienden, vermoeidheid, schoolmoeheid).
4. Als het spijbelen blijft duren, werken we samen met de stad Diest en de lokale politie volgens het spijbelprotocol. Dat gebeurt altijd na overleg met de ouders.

Het is inderdaad zo dat leerlingen die spijbelen niet verzekerd zijn. Uw zoon hoeft zich dus geen zorgen te maken over wat klasgenoten hem vertelden: een sanctie volgt nooit zonder dat we eerst met de leerling en de ouders gepraat hebben.

Met vriendelijke groeten,
Bert Lemmens
opvoeder - aanspreekpunt afwezigheden

Van: Kris Vandenbergh <kris_vandenbergh24@gmail.com>
Verzonden: woensdag 16 oktober 2024 21:12
Aan: Bert Lemmens <bert.lemmens@sintpieterscollege.be>
Onderwerp: vraag over spijbelen

Goedenavond, mijn zoon zegt dat er bij hem in de klas jongens zijn die spijbelen en dat de politie dan bij je thuis komt. Klopt dat? Hoe gaat de school daarmee om? Mvg Kris''',
     rules=[], note='reply to one parent explaining the general truancy procedure; nothing about a specific pupil', fmt=['alt', 'reply'])

mail(21, 'maksym-nightmares-en', frm=S['gielen'], to=par('P0043'),
     subject='Maksym - our talk last Friday', date='2024-11-04 16:30', lang='en',
     body='''Dear Mrs Shevchenko,

Thank you again for coming to school on Friday, and for telling me more about how Maksym is doing at home. I know it was not easy to talk about.

As agreed, here is a short summary:

- In class Maksym is friendly and works hard, especially in maths.
- He startles very strongly at loud noises (the fire drill, doors slamming) and sometimes hides his face. You told me that at home he still has nightmares about the bombing of your street and that he often sleeps in your bed.
- We will let him know beforehand when there is a fire drill, and he may sit near the door.
- With your permission I have asked the CLB (the school's pupil guidance centre) to contact you. They can help find a therapist who speaks Ukrainian or Russian. Mrs Daniels from the CLB will call you this week.

If anything changes, please send me a message on Smartschool or an e-mail, in English or Ukrainian (I will use a translator, no problem).

Kind regards,
Kaat Gielen
mentor 1D''',
     rules=['sensitive'], cats=['psychosocial', 'care'], about=['P0043'],
     note='mentor summarises to a refugee mother her son\'s war-related trauma symptoms and the CLB referral')

mail(22, 'lars-bus-te-laat', frm=S['lemmens'], to=par('P0215'),
     subject='Lars - te laat op 21/1', date='2025-01-21 11:05',
     body='''Beste meneer Schoofs,

U ziet in Smartschool misschien dat Lars vanmorgen om 9.20 uur is binnengekomen. Dat was niet zijn fout: de bus van de lijn Scherpenheuvel-Diest reed door de gladheid bijna een uur te laat, en zo'n vijftien leerlingen kwamen tegelijk binnen.

Ik heb het te laat komen bij iedereen geschrapt. U hoeft dus niets te doen.

Vriendelijke groeten,
Bert Lemmens
opvoeder''',
     rules=[], about=['P0215'], note='educator tells a parent a late arrival was due to the bus and was removed')

mail(23, 'wifi-ouderraad', frm=S['hendrickx'], to='Bart Mertens <bart.mertens@gmail.com>',
     subject='Re: infoavond ouderraad 28/11', date='2024-11-25 18:22', kind='alt', mailer='Microsoft Outlook 16.0',
     body='''Dag Bart,

Prima, de refter is voor jullie gereserveerd vanaf 19u. Hilde legt de sleutel van de keukenkast aan het onthaal.

Voor de presentatie kunnen jullie op het gastennetwerk:
netwerk: SPC-Gast
sleutel: Demerbocht-7712

Het netwerk werkt tot 22u, daarna valt het automatisch uit.

Groeten,
Griet

Griet Hendrickx
adjunct-directeur

Van: Bart Mertens <bart.mertens@gmail.com>
Verzonden: maandag 25 november 2024 17:50
Aan: Griet Hendrickx <griet.hendrickx@sintpieterscollege.be>
Onderwerp: infoavond ouderraad 28/11

Dag Griet, kunnen we donderdag de refter gebruiken voor de infoavond over de nieuwe GSM-afspraken? En is er wifi voor de laptop? Groeten, Bart (voorzitter ouderraad)''',
     rules=['password'], note='deputy head gives the parents\' council chair the guest Wi-Fi key', fmt=['alt', 'reply'])

mail(24, 'malak-handschoenen', frm=S['vanschoubroek'], to=S['bruynseels'],
     subject='malak', date='2024-10-03 22:48', mailer='Android Mail',
     body='''Hey nathalie

malak el idrissi (5c) had vandaag weer zo rode handen na het wassen, blijkt dat ze reageert op de latex handschoenen. ze gaat volgende week naar de dermatoloog in leuven, mama heeft al gezegd dat de huisarts vermoedt dat het contacteczeem is. voorlopig geeft ik haar de nitrile uit mijn kast en laat haar geen permanent doen

tot morgen
kelly

Verzonden vanaf mijn Galaxy''',
     rules=['sensitive'], cats=['medical'], about=['P0229'],
     note='part-time teacher tells colleague about a pupil\'s skin reaction and specialist appointment')

mail(25, 'lars-stage-laat-verkeerd', frm=S['vandevelde'], to=par('P0282'),
     subject='Stage Lars bij Haarmonie', date='2025-02-11 14:33',
     body='''Beste mevrouw Verhaegen,

De zaakvoerder van salon Haarmonie in Diest heeft me gisteren gebeld. Lars Verhaegen (5C) is de voorbije twee weken drie keer te laat op stage gekomen, telkens een half uur of meer, en één keer heeft hij het salon pas om 10 uur verwittigd.

Het salon is tevreden over zijn werk, maar wil dat er iets verandert. Ik stel voor dat we met Lars samen zitten op school, bv. donderdag 13 februari om 16 uur. Laat u me weten of dat past?

Met vriendelijke groeten,
Ann Vandevelde
stagecoördinator''',
     rules=[], about=['P0231'], misdirected=True,
     note='internship lateness notice about Lars Verhaegen (5C) sent to the mother of another Lars (Janssens, 6C)')

# ---------------------------------------------------------------- 026-050
mail(26, 'nieuw-personeel-accounts', frm=S['bollen'], to='Jelle Sterckx <jelle.sterckx@sintpieterscollege.be>',
     cc=[S['hendrickx']], subject='Je accounts op school', date='2024-09-26 12:10', kind='alt',
     body='''Dag Jelle,

Welkom op Sint-Pieters! Je accounts zijn aangemaakt. Zo meld je je de eerste keer aan:

|Platform|Gebruikersnaam|Wachtwoord|
|Microsoft 365 (mail, Teams)|jelle.sterckx@sintpieterscollege.be|********|
|Smartschool|jelle.sterckx|********|
|Lokaal-pc's|jelle.sterckx|zelfde als Microsoft 365|

Je startwachtwoord krijg je straks per sms op het nummer dat je aan het secretariaat hebt doorgegeven, ik zet het dus bewust niet in deze mail. Bij de eerste aanmelding moet je het meteen veranderen.

Kopieerbadge: kom maar langs in A014, dan koppel ik hem aan je account.

Groetjes,
Jan''',
     rules=[], note='account welcome mail that masks the passwords and says they come by text message', fmt=['alt', 'table'])

mail(27, 'femke-armen-lo', frm=S['vloeberghs'], to=S['celis'], cc=[S['ooms']],
     subject='RE: Femke W. 5B', date='2025-03-10 13:15', kind='alt', mailer='Microsoft Outlook 16.0',
     body='''Dag Ruben,

Goed dat je het meteen gemeld hebt. Ik heb Femke tijdens de middag bij mij geroepen. Ze geeft toe dat het opnieuw gebeurd is, sinds de krokusvakantie, na ruzie met haar vriend. Ze wil niet dat haar papa het weet, maar ik heb haar uitgelegd dat we dit niet alleen kunnen dragen. Morgen bel ik samen met haar het CLB.

Voor LO: laat haar voorlopig een T-shirt met lange mouwen dragen en vraag er niets over in de kleedkamer.

Tom, jij als titularis: hou het in het oog als ze stiller is dan anders, en laat me iets weten.

Sara
zorgcoördinator

Van: Ruben Celis <ruben.celis@sintpieterscollege.be>
Verzonden: maandag 10 maart 2025 10:02
Aan: Sara Vloeberghs <sara.vloeberghs@sintpieterscollege.be>
Onderwerp: Femke W. 5B

Sara, bij het omkleden zag ik vanmorgen weer verse sneetjes op de binnenkant van de onderarm van Femke Willems (5B). Ze trok snel haar trui aan. Kan jij haar zien vandaag? Ruben''',
     rules=['sensitive'], cats=['psychosocial'], about=['P0219'],
     note='care coordinator and PE teacher exchange about a pupil who has cut herself again', fmt=['alt', 'reply'])

mail(28, 'lockers-deeltijdsen', frm=S['wijns'],
     to=[S['vanschoubroek'], S['renard'], S['jansen'], 'Hans Cools <hans.cools@sintpieterscollege.be>'],
     subject='verdeling lockers leraarskamer 2024-2025', date='2024-09-02 15:40', kind='alt',
     body='''Dag collega's,

Omdat er dit jaar meer deeltijdse collega's zijn dan lockers, delen jullie per twee een locker in de leraarskamer. De sloten zijn codesloten, de codes staan hieronder.

|Locker|Gedeeld door|Code|
|L14|Kelly Vanschoubroek + Pascale Renard|0-3-7|
|L15|Elke Jansen + Hans Cools|5-9-1|
|L16|reserve (interims)|2-8-4|

Spreek onderling af wie welke plank neemt. Wie de code wil veranderen, laat het me aub weten, anders kan ik jullie niet helpen als er iets vast zit.

Marc Wijns
technisch adviseur''',
     rules=['password'], note='combination lock codes of shared staff lockers in a table', fmt=['alt', 'table'])

mail(29, 'medicatie-op-school', frm=S['info'], to=[S['info']], bcc=['ouders@sintpieterscollege.be'],
     subject='Medicatie op school: hoe gaan we te werk?', date='2024-09-11 09:00', kind='alt',
     body='''Beste ouders,

Elk schooljaar krijgen we vragen over geneesmiddelen op school. Hieronder vindt u de afspraken uit ons schoolreglement.

Wordt uw kind ziek op school?
De leerling meldt zich op het secretariaat. We geven zelf geen medicatie, ook geen pijnstiller. Als het nodig is, bellen we u om uw kind op te halen. In dringende gevallen bellen we de hulpdiensten.

Moet uw kind op school geneesmiddelen nemen?
Soms moet een leerling tijdens de schooluren een geneesmiddel nemen, bv. bij een chronische aandoening. Dat kan enkel als:
- u het formulier "Medicatie op school" (Smartschool > Formulieren) laat invullen door de arts;
- het geneesmiddel in de originele verpakking met de naam van uw kind wordt afgegeven;
- de dosis en het tijdstip duidelijk op het formulier staan.

Het secretariaat bewaart het geneesmiddel in een afgesloten kast en noteert wanneer het genomen wordt.

Stage en uitstappen
Neemt uw kind medicatie en gaat het op stage of op meerdaagse uitstap? Meld het dan ook aan de begeleidende leerkracht, zodat we samen kunnen bekijken wat nodig is.

Met vriendelijke groeten,
Koen Vervoort
directeur''',
     rules=[], note='general letter to all parents (Bcc) on the medication procedure', fmt=['alt'])

mail(30, 'joren-toelating-agribex', frm=S['ooms'], to=par('P0217'),
     subject='Toelating uitstap Agribex nog niet binnen', date='2024-12-02 08:47',
     body='''Beste ouders van Joren,

Volgende woensdag gaan we met 5B naar de landbouwbeurs Agribex in Brussel. Van Joren heb ik het toelatingsstrookje nog niet terug gekregen.

Mag u het strookje nog ondertekenen en aan Joren meegeven, of in Smartschool het formulier "Uitstap Agribex" invullen? Dan is hij zeker van zijn plaats op de bus.

We vertrekken om 8 uur aan de schoolboerderij en zijn terug rond 16.30 uur.

Vriendelijke groeten,
Tom Ooms
leerkracht landbouw - titularis 5B''',
     rules=[], about=['P0217'], note='teacher asks a parent for a missing trip permission slip')

mail(31, 'aya-zwanger-stage', frm=S['bruynseels'], to=S['vandevelde'],
     subject='RE: stageplanning 5C tweede semester', date='2025-01-15 19:52', kind='alt', mailer='Microsoft Outlook 16.0',
     body='''Hoi Ann,

De planning is ok voor mij, behalve voor Aya Benali. Ze heeft me vandaag in vertrouwen verteld dat ze in verwachting is, ongeveer 16 weken. Mama weet het, ze hebben het samen met de huisarts besproken.

Dat betekent dat ze geen kleurproducten, ontkleuring en permanentvloeistof meer mag gebruiken, en ook niet de hele dag mag rechtstaan. Salon Coupe Chic in Aarschot werkt bijna enkel met kleuren, dus dat zal niet gaan.

Kunnen we haar naar een zaak laten gaan die meer knipt en föhnt? Misschien Barbershop Kamal? En de preventieadviseur moet wellicht een risicoanalyse maken, weet jij hoe dat zit?

Groetjes,
Nathalie

Van: Ann Vandevelde <ann.vandevelde@sintpieterscollege.be>
Verzonden: woensdag 15 januari 2025 14:03
Aan: Nathalie Bruynseels <nathalie.bruynseels@sintpieterscollege.be>
Onderwerp: stageplanning 5C tweede semester

Dag Nathalie, in bijlage de voorlopige planning voor 5C (stage vanaf 10 februari). Kan jij nakijken of er bij jou niets wringt? Ann''',
     rules=['sensitive'], cats=['medical'], about=['P0238'],
     note='hairdressing teacher tells the internship coordinator a pupil is pregnant and needs another placement', fmt=['alt', 'reply'])

mail(32, 'coaccount-reset-heylen', frm=S['onthaal'], to=par('P0001'),
     subject='Uw co-account Smartschool', date='2024-10-09 14:26',
     body='''Beste mevrouw Heylen,

U liet telefonisch weten dat u niet meer kan inloggen op het co-account van Lowie (1A). We hebben het wachtwoord opnieuw ingesteld.

Gebruikersnaam: lowie.heylen (kies bij het aanmelden "co-account 1")
Tijdelijk wachtwoord: Heylen-7362-rood

Bij de eerste aanmelding vraagt Smartschool om zelf een nieuw wachtwoord te kiezen.

Met vriendelijke groeten,
Hilde Coenen
secretariaat''',
     rules=['password'], about=['P0001'], note='secretariat mails a parent the reset password of her Smartschool co-account')

mail(33, 'vraag-code-sleutelkast', frm=S['ooms'], to=S['goris'],
     subject='code??', date='2025-03-01 07:58',
     body='''wannes sta hier aan de boerderij en de code van het sleutelkastje werkt niet meer? heb jij die veranderd? bel me even aub, de leerlingen van de voederbeurt komen om half 9

Verzonden vanaf mijn iPhone''',
     rules=[], note='phone mail asking for a key-safe code without giving one')

mail(34, 'overlijden-papa-jonas', frm=S['vervoort'], to=[S['vervoort']], bcc=['personeel@sintpieterscollege.be'],
     subject='Droevig nieuws - Jonas (4C)', date='2025-02-03 07:20', kind='alt',
     body='''Beste collega's,

Met veel verdriet laat ik jullie weten dat de papa van Jonas Daems uit 4C gisteren, zondag, onverwacht is overleden. Hij werd onwel tijdens het fietsen.

Jonas blijft deze week thuis. De familie vraagt om de klas in te lichten, maar verder om rust. Mieke en Nathalie gaan vanmorgen het eerste lesuur in 4C langs om het de klas te vertellen.

In de leraarskamer ligt een rouwkaartje. Wie wil, kan er iets in schrijven; Nathalie bezorgt het aan de familie. Als er collega's naar de afscheidsdienst willen gaan, laat het me weten, dan regelen we vervanging.

Denken we ook aan de leerlingen van 4C die het moeilijk zouden hebben: ze mogen altijd terecht bij Mieke of in het stille lokaal naast de bib.

Koen''',
     rules=['sensitive'], cats=['family'], about=['P0178'],
     note='head informs all staff (group in Bcc) that a pupil\'s father died', fmt=['alt'])

mail(35, 'gloria-prijs-jong-groen', frm=S['directie'], to=par('P0115'),
     subject='Gloria wint de prijs "Jong Groen Talent"', date='2025-05-22 15:10', kind='html',
     html='''<html><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Beste mevrouw Mukendi,</p>
<p>Met veel plezier laten we u weten dat Gloria met haar project <i>"Een wilde bloemenrand voor onze schoolboerderij"</i> de provinciale prijs <b>Jong Groen Talent</b> heeft gewonnen.</p>
<p>De jury vond het bijzonder dat Gloria niet alleen een plan maakte, maar met haar klasgenoten van 3B ook zelf de rand heeft ingezaaid en de bijen en vlinders een heel voorjaar lang heeft geteld.</p>
<p>De prijsuitreiking vindt plaats op zaterdag 7 juni in het provinciehuis in Leuven. U bent als familie uiteraard van harte welkom. Meneer Ooms begeleidt Gloria die dag.</p>
<p>Proficiat aan Gloria, en aan u!</p>
<p>Met vriendelijke groeten,<br>Koen Vervoort<br>directeur</p>
</body></html>''', body='',
     rules=[], about=['P0115'], note='head tells a parent that the pupil won a provincial nature prize', fmt=['html'])

mail(36, 'alarm-opendeurdag', frm=S['hendrickx'], to=[S['ooms'], S['goris']],
     subject='opendeurdag zaterdag: sleutels en alarm', date='2025-04-24 16:55', kind='alt',
     body='''Dag Tom, dag Wannes,

Jullie openen zaterdag de school voor de opendeurdag, ik ben er pas om 10 uur (communie van mijn petekind).

- Sleutels: de bos met het rode label ligt in mijn bakje aan het onthaal.
- Alarm hoofdgebouw: code 4-7-1-1-9 en dan OFF, je hebt 30 seconden na het openen van de deur.
- Alarm boerderijgebouw: zelfde code, maar eerst op de knop "zone 3" drukken.

Om 17 uur alles terug op ON zetten, laatste die vertrekt. Als het alarm toch afgaat, belt de centrale naar mij.

Bedankt!
Griet''',
     rules=['password'], note='deputy head gives two colleagues the alarm code for the open day', fmt=['alt'])

mail(37, 'jente-salonkoffer-spreiden', frm=S['peetermans'], to=S['coenen'],
     subject='vraag voor Jente M. 5C', date='2024-09-19 15:02', kind='plain', cte='base64',
     body='''Dag Hilde,

De mama van Jente Maes (5C) zat vanmiddag bij mij. Sinds papa in de zomer vertrokken is, staat ze er alleen voor met drie kinderen en ze is vorige maand ook haar job in de winkel kwijtgeraakt. De salonkoffer van 240 euro kan ze nu echt niet in één keer betalen.

Zou het kunnen dat we dat spreiden over zes maanden? Ik heb haar ook gewezen op de schooltoelage, ze gaat die deze week aanvragen.

Graag niet via de klas of via Jente communiceren, mama schaamt zich er erg over.

Bedankt!
Mieke''',
     rules=['sensitive'], cats=['family', 'financial'], about=['P0236'],
     note='social worker asks accounts to spread a bill for a mother who was left alone and lost her job', fmt=['plain', 'base64'])

mail(38, 'clb-info-eerstejaars', frm=S['vloeberghs'], to=[S['vloeberghs']],
     bcc=['ouders-1a@sintpieterscollege.be', 'ouders-1b@sintpieterscollege.be', 'ouders-1c@sintpieterscollege.be', 'ouders-1d@sintpieterscollege.be'],
     subject='Kennismaking met het CLB', date='2024-09-20 10:30',
     body='''Beste ouders van onze eerstejaars,

Elke school werkt samen met een Centrum voor Leerlingenbegeleiding (CLB). Onze school werkt samen met het Vrij CLB. Graag stellen we het even voor.

Wat doet het CLB?
Het CLB helpt leerlingen, ouders en de school bij vragen over leren en studeren, over de studiekeuze, over hoe uw kind zich voelt, en over gezondheid. Bv. als uw kind moeite heeft met plannen, als u twijfelt over een studierichting of als uw kind zich niet goed in zijn vel voelt.

Wat is verplicht?
Het medisch onderzoek (in het eerste jaar secundair) en de aanpak van leerplichtproblemen zijn verplicht. Voor al het andere beslist u mee.

Hoe neemt u contact op?
U kan zelf contact opnemen met het CLB, of u kan de leerlingenbegeleiding van de school vragen dat voor u te doen. Een gesprek met het CLB is gratis en vertrouwelijk.

Meer info vindt u in de brochure in bijlage van het welkomstpakket en op de website van het CLB.

Met vriendelijke groeten,
Sara Vloeberghs
zorgcoördinator''',
     rules=[], note='general CLB introduction to parents of all first-year classes, groups in Bcc')

mail(39, 'haccp-app-login', frm=S['vandeput'], to=S['renard'],
     subject='login temperatuurapp', date='2024-09-10 06:58',
     body='''pascale de login voor de temperatuursensors (app op de keukentablet en op je gsm als je wil):

gebruiker: keuken.spc
ww: Koelcel-3290!

als de diepvries boven -15 gaat krijg je een alarm, dan moet er iemand gaan kijken, ook in het weekend. wij wisselen af, jij hebt de weekends in oktober

d

Verzonden vanaf mijn iPhone''',
     rules=['password'], note='chef sends a colleague the login of the kitchen temperature-monitoring app')

mail(40, 'margot-groepschat-1b', frm=S['lambrechts'], to=S['vloeberghs'], cc=[S['peetermans']],
     subject='Margot (1B) - pesten?', date='2024-11-08 17:34', kind='alt', mailer='Microsoft Outlook 16.0',
     body='''Dag Sara, dag Mieke,

Ik maak me zorgen over Margot Vanbrabant uit 1B. Wat ik de voorbije week gezien en gehoord heb:

- Er bestaat een WhatsApp-groep "1B zonder Margot". Een leerling heeft me screenshots getoond: er worden foto's van Margot gedeeld met stickers en opmerkingen over haar kleren en haar gewicht.
- Op de speelplaats staat ze alleen, in de refter gaat ze bij de tweedejaars zitten.
- Dinsdag en donderdag heeft ze na de middag een half uur in het toilet gezeten, met rode ogen teruggekomen.
- Mama belde vanmorgen dat Margot 's ochtends buikpijn heeft en niet meer naar school wil.

Ik denk aan een gesprek met Margot en daarna met de klas (no blame?). Kunnen we dat maandag bespreken? Ik heb de screenshots bewaard maar stuur ze liever niet door.

Evi''',
     rules=['sensitive'], cats=['psychosocial'], about=['P0018'],
     note='mentor reports an individual bullying case of a first-year pupil to care staff', fmt=['alt'])

mail(41, 'yasmine-tante-verkeerd', frm=S['peetermans'], to=par('P0210', 1),
     subject='Afspraken voor Yasmine', date='2025-01-28 15:40',
     body='''Beste mevrouw Haddouchi,

Bedankt voor het gesprek van gisteren. Zoals afgesproken vat ik alles nog even samen:

- Zolang u in behandeling bent, blijft Yasmine doordeweeks bij haar tante in Zichem. Zij mag Yasmine ook ophalen en afwezigheden wettigen.
- De school neemt de kosten van de uitstap naar Parijs voor Yasmine voorlopig op zich; daar hoeft u zich nu geen zorgen over te maken.
- Yasmine mag bij mij binnenlopen wanneer ze dat nodig heeft. Haar klastitularis in 5D weet dat het thuis even moeilijk is.

Ik wens u veel sterkte en bel u over twee weken nog eens.

Met vriendelijke groeten,
Mieke Peetermans
schoolmaatschappelijk werker''',
     rules=['sensitive'], cats=['family', 'financial'], about=['P0248'], misdirected=True,
     note='summary of a family arrangement for Yasmine Haddouchi (5D) sent to the father of Yasmine Amrani (5A)')

mail(42, 'phishing-waarschuwing', frm=S['bollen'], to=[S['bollen']], bcc=['personeel@sintpieterscollege.be', 'leerlingen@sintpieterscollege.be'],
     subject='Opgelet: valse mail "Uw mailbox is vol"', date='2025-02-12 10:15', kind='alt',
     body='''Beste collega's en leerlingen,

Vanmorgen kregen veel mensen een mail met als onderwerp "Uw mailbox is vol - bevestig uw account". De mail lijkt van Microsoft te komen, maar is vals (phishing).

- Klik niet op de link en vul zeker niets in.
- Wij zullen je nooit via mail, Smartschool of telefoon naar je wachtwoord vragen.
- Heb je toch je wachtwoord ingevuld? Verander het meteen via portal.office.com en meld het aan ICT (lokaal A014) of via privacy@lksd.ksleuven.be.

Bedankt om alert te blijven!
Jan Bollen
ICT-coördinator''',
     rules=[], note='phishing warning to staff and pupils (groups in Bcc); no credential given', fmt=['alt'])

mail(43, 'niels-portefeuille', frm=S['lemmens'], to=par('P0237', 1),
     subject='Een pluim voor Niels', date='2025-03-18 12:55',
     body='''Beste meneer Geens,

Even een positief bericht: Niels vond gisteren op de bus een portefeuille met bijna 200 euro en de identiteitskaart van een oudere dame uit Webbekom. Hij heeft hem meteen aan het onthaal afgegeven, en we konden de eigenares nog dezelfde dag bereiken. Ze was heel dankbaar en heeft een doos pralines voor Niels achtergelaten.

Dat verdient een pluim, vonden we. Ik heb het ook in zijn agenda genoteerd.

Vriendelijke groeten,
Bert Lemmens
opvoeder''',
     rules=[], about=['P0237'], note='praise to a parent: pupil handed in a lost wallet')

mail(44, 'plateforme-stage-fr', frm=S['vandevelde'], to='Restaurant Le Petit Moulin <contact@lepetitmoulin-jodoigne.be>',
     subject='Accès à la plateforme d\'évaluation des stages', date='2025-02-04 11:20', lang='fr',
     body='''Madame, Monsieur,

Merci encore d'accueillir notre élève de 6e année en restauration pour son stage à partir du 10 février.

Comme convenu par téléphone, voici vos accès à notre plateforme d'évaluation des stages, où vous pourrez remplir l'évaluation intermédiaire et finale :

Adresse : stages.sintpieterscollege.be
Identifiant : mentor.petitmoulin
Mot de passe : Moulin#Stage25

Vous pouvez changer le mot de passe après la première connexion (menu « Mon profil »). La première évaluation est attendue pour le 7 mars.

N'hésitez pas à me contacter pour toute question.

Bien cordialement,
Ann Vandevelde
coordinatrice des stages
Sint-Pieterscollege Diest''',
     rules=['password'], note='French mail giving an internship host the login for the evaluation platform')

mail(45, 'lennert-rilatin', frm=S['celis'], to=S['onthaal'],
     subject='medicatie Lennert R. 1A', date='2024-09-06 12:05',
     body='''Dag Hilde,

De mama van Lennert Robberechts (1A) heeft me gevraagd om dit door te geven: Lennert neemt 's middags een Rilatin van 10 mg. Het doosje en het ingevulde formulier van de kinderarts heeft ze vanmorgen aan het onthaal afgegeven.

Hij vergeet het vaak, dus zou iemand van het secretariaat hem om 12.30 uur even kunnen roepen als hij niet zelf komt? Ik zeg het ook tegen hem in het mentoruur.

Bedankt,
Ruben
mentor 1A''',
     rules=['sensitive'], cats=['medical'], about=['P0011'],
     note='mentor passes on a first-year\'s midday medication to the secretariat')

mail(46, 'pestbeleid-ouders', frm=S['directie'], to=[S['directie']], bcc=['ouders@sintpieterscollege.be'],
     subject='Samen tegen pesten - ons pestactieplan', date='2025-02-17 08:30', kind='html', cte='quoted-printable',
     html='''<html><body style="font-family:Verdana,sans-serif;font-size:10pt">
<p>Geachte ouders,</p>
<p>Deze week is het de Vlaamse week tegen pesten. Graag vertellen we u hoe onze school omgaat met pesten.</p>
<p><b>Wat verstaan we onder pesten?</b><br>
Pesten is iemand herhaaldelijk en bewust pijn doen, kwetsen of uitsluiten, bv. door uitschelden, iemand negeren of foto's delen in een groepsgesprek. Een ruzie tussen twee gelijken is geen pesten, maar ook daar helpen we.</p>
<p><b>Wat doet de school?</b></p>
<ol>
<li>Elke melding wordt ernstig genomen en binnen twee schooldagen besproken door de leerlingenbegeleiding.</li>
<li>We praten apart met de leerling die gepest wordt, met de pestende leerling(en) en, waar nodig, met de klas.</li>
<li>We werken zoveel mogelijk herstelgericht (bv. de No Blame-aanpak), maar we nemen ook tuchtmaatregelen als dat nodig is.</li>
<li>We houden u als ouder op de hoogte.</li>
</ol>
<p><b>Wat kan u doen?</b><br>
Vertelt uw kind dat het gepest wordt, of merkt u dat uw kind anderen pest? Neem dan contact op met de titularis of de leerlingenbegeleiding. Bewaar eventuele berichten of screenshots, maar deel ze niet verder.</p>
<p>Met vriendelijke groeten,<br>de directie en het team leerlingenbegeleiding</p>
</body></html>''', body='',
     rules=[], note='general anti-bullying policy letter to all parents (Bcc)', fmt=['html'])

mail(47, 'salonmailbox-doorgestuurd', frm=S['bruynseels'], to=S['vanschoubroek'],
     subject='FW: gedeelde mailbox salon', date='2024-09-09 20:03', kind='alt', mailer='Microsoft Outlook 16.0',
     body='''Kelly, dit is die mail van Jan waar ik het over had, dan kan jij ook in de mailbox van het salon om de afspraken te beantwoorden.

Nathalie

Van: Jan Bollen <jb@spc.ksleuven.be>
Verzonden: maandag 9 september 2024 11:47
Aan: Nathalie Bruynseels <nathalie.bruynseels@sintpieterscollege.be>
Onderwerp: gedeelde mailbox salon

Dag Nathalie,

De mailbox salon@sintpieterscollege.be is terug actief. Je kan hem toevoegen in Outlook (Bestand > Account toevoegen).

Adres: salon@sintpieterscollege.be
Wachtwoord: Kapsalon#Demer24

Liefst niet verder verspreiden dan het team haarzorg.

Jan''',
     rules=['password'], note='forwarded ICT mail with the shared salon mailbox password', fmt=['alt', 'forward-inline'])

mail(48, 'rune-clb-aanmelding', frm=S['vloeberghs'], to=X['clb'],
     subject='Aanmelding leerling 2D', date='2024-12-09 14:18', kind='alt', mailer='Microsoft Outlook 16.0',
     body='''Dag Sofie,

Op vraag van de klassenraad en met akkoord van papa meld ik Rune Vanbrabant (2D) bij jullie aan.

Waarom?
- Rune leest heel traag en maakt veel spellingfouten, ook na de remediëring in het eerste jaar.
- Bij toetsen met veel tekst haalt hij onvoldoendes, mondeling weet hij het meestal wel.
- De leerkracht Nederlands vermoedt dyslexie; er is nooit een onderzoek gebeurd.

Wat doen we al op school?
- extra tijd bij toetsen en grotere letters (STICORDI-maatregelen sinds oktober)
- remediëring lezen op dinsdag in het zorguur

Vraag aan het CLB: een onderzoek naar leerstoornissen en advies over verdere ondersteuning.

Papa verwacht jullie telefoon, zijn gegevens staan in het aanmeldingsformulier in het digitaal dossier.

Groeten,
Sara Vloeberghs
zorgcoördinator''',
     rules=['sensitive'], cats=['care'], about=['P0093'],
     note='care coordinator refers a pupil to the CLB with reading problems and current support measures', fmt=['alt'])

mail(49, 'siebe-olympiade', frm=S['vandyck'], to=lln('P0102'),
     subject='Wiskunde Olympiade: je bent door!', date='2025-01-30 16:20',
     body='''Dag Siebe,

Goed nieuws: je hebt je geplaatst voor de tweede ronde van de Vlaamse Wiskunde Olympiade! Van onze school zijn jullie met drie.

De tweede ronde is op woensdag 26 februari in de KU Leuven, campus Arenberg. Ik rij met jullie mee, we vertrekken om 12.30 uur aan de school. Breng een potlood, gom en een rekenmachine mee (die mag niet grafisch zijn).

Wil je de oefenreeksen van vorige jaren? Ik leg ze maandag in je vak.

Proficiat!
Mevr. Van Dyck''',
     rules=[], about=['P0102'], note='teacher congratulates a pupil on reaching the second round of the maths olympiad')

mail(50, 'hamza-spijbelen-politie', frm=S['lemmens'], to=X['politie'], cc=[S['vloeberghs']],
     subject='Spijbelprotocol - leerling 5D', date='2025-03-05 09:12',
     body='''Dag inspecteur Vos,

In het kader van het spijbelprotocol met de stad en de politiezone meld ik een leerling van 5D: Hamza El Amrani, 17 jaar.

- Sinds de krokusvakantie 11 halve dagen onwettig afwezig, vooral op maandag en vrijdag.
- Hij werd twee keer tijdens de lesuren gezien aan het station van Diest, samen met oudere jongens die niet op onze school zitten.
- Mama zegt dat hij 's ochtends gewoon vertrekt met zijn schooltas. Ze heeft weinig vat meer op hem en is zelf ongerust.
- Het CLB is sinds februari betrokken (begeleidingstraject spijbelen), maar Hamza kwam niet opdagen op de afspraken.

Ons voorstel is een huisbezoek door de wijkagent, samen met het CLB. Kan dat volgende week?

Met vriendelijke groeten,
Bert Lemmens
opvoeder - aanspreekpunt afwezigheden
Sint-Pieterscollege Diest''',
     rules=['sensitive'], cats=['psychosocial', 'care'], about=['P0249'],
     note='truancy report on a named pupil to the local police with CLB trajectory')

# ---------------------------------------------------------------- 051-075
mail(51, 'voederbeurt-weekend-sleutelkast', frm=S['goris'], to=S['ooms'],
     subject='weekendbeurten maart + nieuwe code', date='2025-03-01 09:40', kind='alt',
     body='''Tom,

Sorry voor vanmorgen, ik had de code vrijdag veranderd omdat het kastje een hele week open heeft gehangen. Nieuwe code sleutelkastje melkhok: 2-0-1-9, daarna het klepje naar beneden duwen.

Weekendbeurten maart (telkens 8.30 - 10.30 uur, altijd met een leerkracht erbij):

|Weekend|Leerlingen 6B|Leerkracht|
|1-2 maart|Margot V. + Arne|Tom|
|8-9 maart|Leila + Dries|Wannes|
|15-16 maart|Luca + Amber|Tom|
|22-23 maart|Jordi + Milan|Wannes|
|29-30 maart|Zoë + Sude|Tom|

De leerlingen krijgen de code niet, die wachten aan de poort tot een van ons er is.

Wannes''',
     rules=['password'], note='farm keeper gives a colleague the new key-safe code together with the weekend feeding rota', fmt=['alt', 'table'])

mail(52, 'ouderraad-zoom-zichtbaar', frm=S['hendrickx'],
     to=['Bart Mertens <bart.mertens@gmail.com>', 'Fatima Bouzid <fatima.bouzid@gmail.com>', 'Griet Vermeulen <grietvermeulen@skynet.be>'],
     subject='Bestuur ouderraad: online overleg 9 januari', date='2025-01-03 13:30',
     body='''Dag bestuursleden van de ouderraad,

Zoals afgesproken houden we het overleg over het budget voor de nieuwe speelplaats online.

Donderdag 9 januari om 20 uur

Zoom-vergadering
Meeting-ID: 873 5521 0946
Toegangscode: 448120

Agenda:
1. verslag vorige vergadering
2. voorstel speelplaats (offerte schrijnwerkerij)
3. kerstmarkt: opbrengst
4. varia

Tot donderdag!
Griet Hendrickx
adjunct-directeur''',
     rules=['bcc'], note='meeting passcode only (not a credential); three parents\' addresses visible in To')

mail(53, 'mila-leefgroep', frm=S['peetermans'], to=S['moreels'],
     subject='Mila (2C) - vertrouwelijk', date='2024-12-13 08:20',
     body='''Dag Stijn,

Een korte maar belangrijke update over Mila Rossi uit jouw klas.

Mila woont sinds gisteren niet meer thuis. De jeugdrechter heeft beslist dat ze voorlopig in een leefgroep in Leuven verblijft. Ze komt vanaf maandag met de trein en een begeleider van de leefgroep brengt haar de eerste dagen tot aan de schoolpoort.

Belangrijk: mama mag Mila niet zelf komen ophalen of op school aanspreken. Als mama toch aan de poort staat, verwittig dan meteen Griet of mij. Het onthaal is op de hoogte.

Mila weet dat jij het weet. Ze wil vooral dat de klas er niets van merkt.

Mieke''',
     rules=['sensitive'], cats=['family'], about=['P0076'],
     note='social worker informs the class teacher that a pupil was placed in a residential group by the juvenile judge')

mail(54, 'schoolkosten-spreiden', frm=S['info'], to=[S['info']], bcc=['ouders@sintpieterscollege.be'],
     subject='De schoolrekening: wat als het moeilijk gaat?', date='2024-10-04 15:00', kind='alt',
     body='''Beste ouders,

Deze week ontvangt u de eerste schoolrekening van dit schooljaar. Graag zetten we enkele afspraken op een rij.

Wat staat er op de rekening?
Kopieën, uitstappen, maaltijden en, voor de praktijkrichtingen, het materiaal dat de leerling zelf houdt (bv. de messenset in restaurant & keuken, de salonkoffer in haarzorg, de laarzen en overall in landbouw). Een overzicht per klas vindt u in de bijdrageregeling in het schoolreglement.

Betalen in schijven
Voor de grotere bedragen, zoals de messenset of de salonkoffer, kan u altijd vragen om in schijven te betalen, bv. over drie of zes maanden. Dat hoeft u niet te verantwoorden.

Financiële moeilijkheden?
Het kan iedereen overkomen dat het even moeilijk gaat. Neem dan contact op met onze schoolmaatschappelijk werker. We zoeken samen en in alle discretie naar een oplossing. U kan ook nagaan of u recht hebt op een schooltoeslag van de Vlaamse overheid (Groeipakket).

Vragen over een rekening?
Het secretariaat (boekhouding) helpt u graag verder.

Met vriendelijke groeten,
het directieteam''',
     rules=[], note='general letter to all parents (Bcc) about school bills and payment in instalments', fmt=['alt'])

mail(55, 'instagram-restaurant', frm=S['renard'], to=S['vandeput'],
     subject='insta', date='2024-10-21 21:03', mailer='iPhone Mail (21G93)',
     body='''dirk hier de gegevens van de insta van het restaurant, dan kan jij morgen de foto's van het wildmenu posten:

restodedemer_spc
Tiramisu2025!

niet aan de leerlingen geven he, vorig jaar hebben die er een meme op gezet haha

P.

Verzonden vanaf mijn iPhone''',
     rules=['password'], note='colleague sends the restaurant\'s Instagram login by phone mail')

mail(56, 'jolien-eet-niet', frm=S['vandeput'], to=S['vloeberghs'],
     subject='jolien janssens 3d', date='2025-01-23 14:17', mailer='iPhone Mail (21G93)',
     body='''sara kan jij eens met jolien janssens (3d) praten. ze is vanmorgen weer bijna flauwgevallen aan het fornuis, 2de keer deze maand. ze proeft niks van wat ze maakt en zegt altijd dat ze al gegeten heeft. ze is serieus vermagerd sinds september, de koksbroek hangt aan haar. collega's van lo zeggen hetzelfde

ik wil er niet zelf over beginnen, wil het niet erger maken

dirk''',
     rules=['sensitive'], cats=['psychosocial', 'medical'], about=['P0142'],
     note='chef signals possible eating problems and fainting of a kitchen pupil to the care coordinator')

mail(57, 'lowie-stage-evaluatie-xlsm', frm=S['vandeput'], to=par('P0240', 1),
     subject='Evaluatie stage Lowie - Brasserie Het Pakhuis', date='2025-03-27 17:45',
     attach=[('Stage_evaluatie_Lowie_Goossens_5D.xlsm', fake_ooxml('xlsm'))],
     body='''Beste meneer Goossens,

In bijlage de eindevaluatie van de stage van Lowie bij Brasserie Het Pakhuis in Diest. Het is een Excel-bestand met het scoreformulier; als Excel vraagt om macro's in te schakelen, is dat voor de berekening van de totalen.

Kort samengevat: de chef is zeer tevreden. Lowie werkte zelfstandig op de koude keuken, hield zijn werkpost proper en durfde vragen te stellen. Hij mag volgend jaar terugkomen voor een vakantiejob als hij dat wil.

Zijn eindcijfer voor de stage is 16/20.

Met vriendelijke groeten,
Dirk Vandeput
praktijkleraar restaurant & keuken''',
     rules=['attachment'], about=['P0240'],
     note='good internship evaluation sent to a parent as a macro-enabled Excel file', fmt=['plain', 'attachment'])

mail(58, 'mert-slaan-verkeerd', frm=S['moreels'], to=par('P0105', 1),
     subject='Incident vandaag - Mert', date='2024-10-10 16:50', kind='alt', mailer='Microsoft Outlook 16.0',
     body='''Beste ouders van Mert,

Helaas moet ik u opnieuw contacteren over het gedrag van Mert (2C). Vandaag heeft hij tijdens de les geschiedenis een medeleerling tegen de kast geduwd, nadat hij die ochtend al naar de time-outruimte was gestuurd omdat hij de leerkracht uitschold.

Dit is het derde incident in twee weken. Mert krijgt woensdagnamiddag strafstudie. We willen u ook graag uitnodigen voor een gesprek met de leerlingenbegeleiding, want we merken dat het Mert zelf ook niet goed gaat: hij is snel kwaad en kan zich daarna niet meer herpakken.

Kan u een moment voorstellen volgende week?

Met vriendelijke groeten,
Stijn Moreels
titularis 2C''',
     rules=['sensitive'], cats=['psychosocial'], about=['P0077'], misdirected=True,
     note='behaviour incidents of Mert Kurt (2C) sent to the father of Efe Kurt (3A), same surname', fmt=['alt'])

mail(59, 'interim-m365-startwachtwoord', frm=S['bollen'], to='Lien Dewaele <lien.dewaele91@gmail.com>',
     subject='Je schoolaccount - startwachtwoord', date='2025-01-07 08:32',
     body='''Dag Lien,

Welkom als interim Nederlands! Omdat je schoolaccount nog niet op je gsm staat, stuur ik de gegevens naar dit adres.

Account: lien.dewaele@sintpieterscollege.be
Startwachtwoord: Welkom-SPC-4821

Meld je aan via portal.office.com, je moet het wachtwoord meteen veranderen. Daarna werkt ook Smartschool (zelfde gegevens).

Tot straks in A014 voor je laptop.

Jan Bollen
ICT''',
     rules=['password'], note='ICT sends an interim teacher her starting password to her private address')

mail(60, 'klassenraad-5d-kerst', frm=S['renard'],
     to=[S['vandeput'], S['jansen'], S['peetermans'], 'Hans Cools <hans.cools@sintpieterscollege.be>'],
     subject='klassenraad 5D kerst - verslag + punten', date='2024-12-19 18:40', kind='alt', mailer='Microsoft Outlook 16.0',
     attach=[('punten_5D_kerst.xlsm', fake_ooxml('xlsm'))],
     body='''Dag allemaal,

Hier het verslag van de klassenraad van 5D van vandaag. In bijlage het puntenbestand met de macro voor de gemiddelden (bij openen "inhoud inschakelen" kiezen).

|Leerling|Resultaat|Bespreking|Afspraak|
|Zakaria A.|2 tekorten|papa overleden in augustus, Zakaria is nog erg aan het rouwen, concentratie weg|geen extra taken, Mieke volgt op|
|Marthe V.L.|1 tekort|blokkeert bij examens (faalangst), CLB-traject loopt|examens in apart lokaal|
|Yasmine H.|geslaagd|schoolrekening sept-nov nog open, OCMW betaalt normaal|Hilde bekijkt met OCMW|
|Niels J.|geslaagd|zeer goed, wedstrijd Jonge Chef|/|
|Milan D.S.|1 tekort|vergeet materiaal|contract|

Fijne kerstvakantie!
Pascale''',
     rules=['sensitive', 'attachment'], cats=['family', 'psychosocial', 'care', 'financial'],
     about=['P0246', 'P0244', 'P0248', 'P0242', 'P0247'],
     note='class-council table with bereavement, exam anxiety, CLB and unpaid bills; macro-enabled grades file attached', fmt=['alt', 'table', 'attachment'])

mail(61, 'timeout-code-vragen', frm=S['stas'], to=['Jelle Sterckx <jelle.sterckx@sintpieterscollege.be>'],
     subject='Re: time-out deur', date='2025-01-09 10:05',
     body='''Dag Jelle,

De code is na de vakantie inderdaad veranderd. Ik zet hem liever niet in een mail; kom even langs in A003 of vraag hem aan Hilde aan het onthaal, dan krijg je hem mondeling.

In afwachting: als je een leerling stuurt en de deur is dicht, bel dan naar het onthaal (toestel 200), dan komt een opvoeder openmaken.

Joris

> Op 9 jan 2025, om 09:48 schreef Jelle Sterckx:
> Joris, de deur van de time-out gaat niet meer open met de oude code. Wat is de nieuwe?''',
     rules=[], note='educator refuses to put the new door code in the mail; no code given', fmt=['plain', 'reply'])

mail(62, 'christ-lockersleutel', frm=S['lemmens'], to=lln('P0175'),
     subject='sleutel locker 212', date='2024-11-14 10:30',
     body='''Dag Christ,

Je sleutel van locker 212 (met de blauwe sleutelhanger van Anderlecht) werd gevonden in de turnzaal. Je kan hem ophalen op het leerlingensecretariaat, vandaag of morgen tijdens de speeltijd.

Meneer Lemmens''',
     rules=[], about=['P0175'], note='educator tells a pupil his lost locker key was found')

mail(63, 'exauce-deces-grandmere-fr', frm=S['bouhlal'], to=par('P0174', 1),
     subject='Exaucé - retour à l\'école', date='2025-03-03 17:25', lang='fr',
     body='''Chère Madame Kabongo,

Je vous présente d'abord, au nom de toute l'équipe de 4B, mes sincères condoléances pour le décès de votre maman. Exaucé nous a dit combien il était proche de sa grand-mère.

Je comprends que vous êtes partis à Kinshasa pour les funérailles et que vous rentrez le 14 mars. L'absence d'Exaucé est donc justifiée pour ces trois semaines ; merci de nous envoyer une copie du billet d'avion ou de l'acte de décès à votre retour.

À son retour, nous l'aiderons à rattraper les cours. Il pourra aussi parler avec Madame Peetermans, notre assistante sociale, s'il en ressent le besoin. Vous m'avez dit qu'il logera quelques semaines chez sa tante à Diest pendant que vous réglez encore les affaires là-bas : pourriez-vous me confirmer le nom et l'adresse de la tante, pour nos contacts ?

Bien à vous,
Ilham Bouhlal
titulaire de la 4B''',
     rules=['sensitive'], cats=['family'], about=['P0174'],
     note='French mail to a mother about her bereavement, the funeral abroad and the pupil staying with an aunt')

mail(64, 'keuken-spaghettiavond-codes', frm=S['hendrickx'], to='Fatima Bouzid <fatima.bouzid@gmail.com>',
     subject='Spaghettiavond ouderraad - toegang keuken', date='2025-03-13 16:12', kind='alt',
     body='''Beste Fatima,

Alles is in orde voor de spaghettiavond van zaterdag. Chef Vandeput heeft de grote keuken vrijgemaakt; de koelcel rechts is voor jullie.

Zo komen jullie binnen:
- Sleutelkluisje naast de leveringsdeur (kant parking): code 3803
- Daarin zit de sleutel van de leveringsdeur en van de refter
- Alarm: 4-7-1-1-9 + OFF, binnen de 30 seconden; bij vertrek 4-7-1-1-9 + ON

Graag de sleutels terug in het kluisje en het kluisje dichtdraaien. Veel succes en tot zaterdag, ik kom zeker een bord eten!

Griet Hendrickx
adjunct-directeur''',
     rules=['password'], note='deputy head gives a parents\' council member the key-safe and alarm codes for an event', fmt=['alt'])

mail(65, 'privacyverklaring-ouders', frm=S['directie'], to=[S['directie']], bcc=['ouders@sintpieterscollege.be'],
     subject='Hoe gaan wij om met de gegevens van uw kind?', date='2024-09-13 11:45', kind='alt',
     body='''Beste ouders,

Bij de start van het schooljaar willen we u kort informeren over hoe we omgaan met persoonsgegevens. De volledige privacyverklaring vindt u in het schoolreglement (deel III).

Welke gegevens verwerken we?
- identificatiegegevens van de leerling en de ouders (bv. naam, adres, telefoonnummer, rijksregisternummer);
- gegevens over de schoolloopbaan (bv. rapporten, attesten, afwezigheden);
- gegevens over de begeleiding van de leerling, bv. het verslag van een klassenraad of afspraken over extra zorg;
- foto's, enkel met uw toestemming.

Wie kan de gegevens zien?
Enkel de personeelsleden die ze nodig hebben voor hun taak. Gevoelige gegevens over de begeleiding staan in het leerlingvolgsysteem, niet in mails.

Uw rechten
U kan de gegevens van uw kind inkijken en laten verbeteren. U kan uw toestemming voor foto's altijd intrekken via Smartschool.

Vragen?
Neem contact op met ons aanspreekpunt informatieveiligheid: privacy@lksd.ksleuven.be.

Met vriendelijke groeten,
de directie''',
     rules=[], note='general privacy statement to all parents (Bcc) listing data categories', fmt=['alt'])

mail(66, 'pieter-jan-epilepsie-keuken', frm=S['vloeberghs'], to=[S['vandeput'], S['renard']],
     subject='Pieter-Jan T. (3D) - afspraken in de keuken', date='2024-09-12 13:40', kind='alt', mailer='Microsoft Outlook 16.0',
     body='''Dag Dirk, dag Pascale,

Gisteren had ik een gesprek met de ouders van Pieter-Jan Tielemans (3D). Hij heeft epilepsie en neemt daarvoor 's ochtends en 's avonds medicatie. Het laatste jaar had hij twee aanvallen, telkens na een korte nacht.

Afspraken voor de praktijklessen:
- niet alleen werken aan de friteuse, het fornuis of de snijmachine;
- bij een aanval: rustig blijven, niets in zijn mond, zijdelingse houding, tijd noteren;
- duurt de aanval langer dan 5 minuten: de hulpdiensten bellen; de noodmedicatie (neusspray) zit in de EHBO-kast van de keuken;
- altijd de ouders verwittigen via het secretariaat.

Het actieplan hangt ook in het LVS. PJ vindt het zelf niet erg dat jullie het weten, maar hij wil niet dat de klas het te horen krijgt.

Sara''',
     rules=['sensitive'], cats=['medical'], about=['P0143'],
     note='care coordinator shares a pupil\'s epilepsy and emergency protocol with kitchen teachers', fmt=['alt'])

mail(67, 'kopieercodes-deeltijdsen', frm=S['bollen'], to=[S['vanschoubroek'], S['renard']],
     subject='jullie kopieercodes', date='2024-09-03 11:22',
     body='''Dag Kelly, dag Pascale,

Jullie badges zijn nog niet binnen, dus voorlopig kopiëren met een persoonlijke code op het toestel (scherm > "Code invoeren"):

Kelly: 30214
Pascale: 30227

Zodra de badges er zijn, vervallen deze codes.

Jan''',
     rules=['password'], note='ICT sends two part-time teachers their personal copier PIN codes')

mail(68, 'lotte-haarshow-toestemming', frm=S['bruynseels'], to=par('P0227'),
     subject='Lotte als model op onze haarshow', date='2025-04-02 12:10',
     body='''Beste mevrouw Moons,

Op vrijdag 16 mei organiseren de leerlingen haarzorg hun jaarlijkse haarshow in de feestzaal. Lotte heeft zich aangeboden als model voor het thema "jaren '20", en haar klasgenoten zijn er heel blij mee.

Tijdens de show maakt een fotograaf foto's die we daarna op de website en de Facebookpagina van de school zetten. Omdat Lotte op het podium centraal staat, vragen we daar apart uw toestemming voor.

Wilt u het toestemmingsformulier in Smartschool invullen (Formulieren > Haarshow 2025)? Als u liever niet hebt dat er foto's van Lotte online komen, is dat uiteraard ook goed; ze kan dan nog altijd meedoen.

Met vriendelijke groeten,
Nathalie Bruynseels''',
     rules=[], about=['P0227'], note='teacher asks a parent for photo consent because the pupil models at the hair show')

mail(69, 'lisa-ophalen-vader', frm=S['hendrickx'], to=S['onthaal'], cc=[S['lemmens']],
     subject='Lisa Claes 3C - wie mag ophalen', date='2024-10-01 08:05',
     body='''Dag Hilde, dag Bert,

Mevrouw Claes was gisteren bij mij met een kopie van het vonnis van de familierechtbank. De papa van Lisa Claes (3C) heeft voorlopig geen contact meer met haar en mag haar niet van school ophalen.

Als hij zich aanmeldt aan het onthaal of aan de poort: Lisa niet laten meegaan, vriendelijk blijven, en meteen mama bellen op 0478 26 91 53 en mij of Koen verwittigen. Niet in discussie gaan.

Lisa zelf weet dat we dit weten. Een foto van papa zit in het LVS bij Lisa haar dossier.

Griet''',
     rules=['sensitive', 'personal_data'], cats=['family'], about=['P0131'],
     note='deputy head tells reception a father may not pick up his daughter after a court decision; mother\'s mobile number in text')

mail(70, 'smartschool-wachtwoordregels-leerlingen', frm=S['bollen'], to=[S['bollen']], bcc=['leerlingen@sintpieterscollege.be'],
     subject='Nieuwe regels voor je Smartschool-wachtwoord', date='2024-11-04 08:00',
     body='''Beste leerlingen,

Vanaf maandag 18 november gelden er nieuwe regels voor je wachtwoord op Smartschool en Microsoft 365:

- minstens 12 tekens;
- niet je naam, je geboortedatum of de naam van de school;
- elk jaar in september vernieuwen.

Je krijgt automatisch een melding als je wachtwoord niet voldoet. Wachtwoord vergeten? Klik op "Wachtwoord vergeten" op het aanmeldscherm, of vraag je titularis om een nieuw te laten aanmaken.

Deel je wachtwoord nooit met een vriend of vriendin, ook niet om "even je taak in te dienen".

ICT-team''',
     rules=[], note='password rules for pupils (group in Bcc), no credential')

_inner71 = dict(frm='Bestelportaal Horeca Groothandel Hageland <noreply@hhgroothandel.be>', to=['Dirk Vandeput <dvp@spc.ksleuven.be>'], cc=[''], bcc=[],
                subject='Uw account voor het bestelportaal', date='2024-09-02 06:30', env_from=None, kind='plain', cte='quoted-printable',
                html=None, attach=(), inner=None, reply_to=None, in_reply=None, mailer=None, extra=(),
                body='''Geachte klant,

Uw account voor ons online bestelportaal werd aangemaakt.

Klantnummer: 204 117
Gebruikersnaam: spc.diest.keuken
Wachtwoord: Hh-9Kx2-Bestel

U kan bestellen tot 14 uur voor levering de volgende werkdag.

Met vriendelijke groeten,
Horeca Groothandel Hageland''')
mail(71, 'fw-bestelportaal', frm=S['vandeput'], to=S['renard'], inner=_inner71,
     subject='FW: Uw account voor het bestelportaal', date='2024-09-24 15:48',
     body='''Pascale, zie bijlage, dan kan jij donderdag de bestelling voor het banket doen. Zelfde account als ik, dus niet het wachtwoord veranderen aub!

Dirk''',
     rules=['password'], note='chef forwards, as an attached message, the supplier portal login to a colleague', fmt=['plain', 'forward-attached'])

mail(72, 'brent-uitspraak-kleedkamer', frm=S['celis'], to=[S['vloeberghs'], S['peetermans']],
     subject='DRINGEND brent stevens 6b', date='2025-04-28 11:48', mailer='iPhone Mail (21G93)',
     body='''sara mieke

net in de kleedkamer na LO zei brent stevens (6b) tegen lowie dat "het toch niet meer uitmaakt, binnen een paar weken ben ik er toch niet meer". lowie kwam het mij zeggen. brent heeft vorige week ook zijn playstation en zijn fiets weggegeven aan klasgenoten.

hij zit nu in les engels (lokaal c201) tot 12u40. kan een van jullie hem NU zien? ik blijf tot dan in de buurt van het lokaal

ruben

Verzonden vanaf mijn iPhone''',
     rules=['sensitive'], cats=['psychosocial'], about=['P0274'],
     note='PE teacher urgently reports a pupil\'s remarks hinting at suicide and giving away belongings')

mail(73, 'gloria-rekening-verkeerd', frm=S['coenen'], to=par('P0115', 1), lang='fr',
     subject='Rappel facture scolaire - deuxième rappel', date='2025-02-10 10:20',
     body="""Madame,

Malgré notre rappel de décembre, les factures scolaires de septembre, octobre et novembre pour Gloria Lukusa (4A) restent impayées, soit un total de 287,40 euros.

Nous comprenons que la situation peut être difficile. En janvier, vous nous aviez dit que le CPAS prendrait une partie en charge, mais nous n'avons encore rien reçu de leur part. Pourriez-vous me contacter rapidement afin que nous puissions établir un plan de paiement ?

Avec mes salutations distinguées,
Hilde Coenen
comptabilité - Sint-Pieterscollege Diest""",
     rules=['sensitive'], cats=['financial'], about=['P0162'], misdirected=True,
     note='French second reminder of unpaid bills for Gloria Lukusa (4A) sent to the mother of Gloria Mukendi (3B)')

mail(74, 'kerem-helpt-nieuwe-leerling', frm=S['celis'], to=par('P0008'),
     subject='Even een compliment voor Kerem', date='2024-10-15 16:02',
     body='''Beste mevrouw Aydin,

Vorige week is er een nieuwe leerling in 1A gekomen. Kerem heeft zich spontaan opgeworpen als "buddy": hij heeft de jongen rondgeleid, hem geholpen met zijn lessenrooster en zit 's middags bij hem aan tafel.

Ik vind dat heel mooi en wilde het u graag laten weten. Hij kreeg er ook een positieve notitie voor in zijn agenda.

Met vriendelijke groeten,
Ruben Celis
mentor 1A''',
     rules=[], about=['P0008'], note='mentor compliments a parent on her son\'s buddy role')

mail(75, 'camera-stal-login', frm=S['goris'], to=S['ooms'],
     subject='camera\'s stal werken terug', date='2025-02-26 18:30', kind='alt',
     body='''Tom,

De installateur is geweest, de vier camera's in de stallen werken terug. Zo kan je het afkalven van Bella volgen van thuis uit.

App: Hik-Connect (gratis in de app store)
Gebruiker: stal_spc
Wachtwoord: Melkkoe#88

Kijk gerust vannacht even, ik heb de wacht tot 2u.

Wannes''',
     rules=['password'], note='farm keeper gives a colleague the login of the stable camera app', fmt=['alt'])

# ---------------------------------------------------------------- 076-100
mail(76, 'examenrooster-derde-graad', frm=S['hendrickx'], to=[S['hendrickx']],
     bcc=['ouders-5a@sintpieterscollege.be', 'ouders-5b@sintpieterscollege.be', 'ouders-6a@sintpieterscollege.be', 'ouders-6b@sintpieterscollege.be'],
     subject='Examenrooster juni - 5de en 6de jaar (A en B)', date='2025-05-16 14:00', kind='alt',
     body='''Beste ouders,

Hieronder vindt u het examenrooster van juni voor de klassen 5A, 5B, 6A en 6B. Het rooster per klas staat ook in de Smartschool-planner.

|Datum|5A / 6A|5B / 6B|
|ma 9 juni|Nederlands|Nederlands|
|di 10 juni|wiskunde|plantenteelt|
|wo 11 juni|Engels|dierenteelt|
|do 12 juni|Frans|bedrijfsbeheer|
|vr 13 juni|geschiedenis / aardrijkskunde|wiskunde|
|ma 16 juni|economie|praktijkexamen schoolboerderij|
|di 17 juni|wetenschappen|Engels|

Praktische afspraken:
- De examens beginnen om 8.30 uur. Wie te laat is, mag tot 9 uur nog binnen.
- Na het examen mag de leerling naar huis, tenzij u in Smartschool aangaf dat uw kind op school moet blijven (studie tot 15.55 uur).
- Is uw kind ziek tijdens de examens? Verwittig het secretariaat vóór 8.30 uur en bezorg een doktersattest. De klassenraad beslist of en wanneer het examen ingehaald wordt.

De rapporten worden uitgedeeld op maandag 30 juni tussen 16 en 19 uur.

Met vriendelijke groeten,
Griet Hendrickx
adjunct-directeur''',
     rules=[], note='general exam timetable letter to parents of four classes (groups in Bcc)', fmt=['alt', 'table'])

mail(77, 'wout-hoorapparaat-1c', frm=S['vloeberghs'],
     to=[S['gielen'], S['lambrechts'], S['celis'], 'Dries Verlinden <dries.verlinden@sintpieterscollege.be>', 'Hans Cools <hans.cools@sintpieterscollege.be>'],
     subject='Wout C. (1C) - afspraken in de klas', date='2024-09-04 15:30', kind='alt', mailer='Microsoft Outlook 16.0',
     body='''Beste collega's van 1C,

Wout Cuypers is slechthorend aan beide oren en draagt sinds het vijfde leerjaar twee hoorapparaten. Hij heeft een verslag van het CLB en krijgt ondersteuning vanuit het ondersteuningsnetwerk (een ondersteuner komt om de twee weken langs).

Wat vragen we van jullie?
- Wout zit vooraan, aan de kant van het raam, zodat hij jullie gezicht goed ziet.
- Draag de FM-microfoon (het kleine zwarte kastje in zijn pennenzak) tijdens de instructie. Niet vergeten uit te zetten als je met een andere leerling praat!
- Zet video's met ondertiteling en herhaal vragen van klasgenoten.
- Bij toetsen: luisteroefeningen (bv. Frans) doet hij apart met de geschreven tekst erbij.

Deze afspraken staan ook in zijn handelingsplan in het LVS.

Bedankt!
Sara''',
     rules=['sensitive'], cats=['medical', 'care'], about=['P0033'],
     note='care coordinator lists a pupil\'s hearing impairment and support measures to his teachers', fmt=['alt'])

mail(78, 'erasmus-account-sms-en', frm=S['bollen'], to='Aino Virtanen <aino.virtanen@edu.tampere.fi>', cc=[S['jansen']],
     subject='Your school account for your Erasmus+ visit', date='2025-03-06 09:40', lang='en',
     body='''Dear Ms Virtanen,

Welcome to Sint-Pieterscollege! For the two weeks of your job shadowing we have created a guest account for you, so you can use the computers in the classrooms and our Microsoft Teams.

Username: guest.virtanen@sintpieterscollege.be
Password: you will receive a temporary password by text message on Monday morning when you arrive.

You will be asked to choose your own password at the first login. Please do not share it with pupils.

If anything does not work, my office is room A014, next to the staff room.

Best regards,
Jan Bollen
ICT coordinator''',
     rules=[], note='English guest-account mail: the password is announced to follow by text message, not given')

mail(79, 'erasmus-wifi-en', frm=S['jansen'], to='Aino Virtanen <aino.virtanen@edu.tampere.fi>',
     subject='Re: Wi-Fi at school?', date='2025-03-09 19:15', lang='en',
     body='''Hi Aino,

Of course! The guest network at school is:

Network: SPC-Gast
Key: Demerbocht-7712

It also works in the school restaurant, where we'll have lunch on Monday. See you at 8.15 at the main entrance, I'll be there with a sign ;-)

Elke

> On Sun, 9 Mar 2025 at 18:02, Aino Virtanen <aino.virtanen@edu.tampere.fi> wrote:
> Dear Elke, one more question before I leave tomorrow: is there Wi-Fi for guests at the school? My Finnish phone plan does not include much data in Belgium. Best, Aino''',
     rules=['password'], note='English reply giving a visiting teacher the guest Wi-Fi key', fmt=['plain', 'reply'])

mail(80, 'ocmw-facturen-bilal', frm=S['coenen'], to=X['ocmw'],
     subject='Facturen schooljaar 2024-2025 - B. Bouzid (5D)', date='2025-01-14 11:30', kind='alt', mailer='Microsoft Outlook 16.0',
     body='''Beste mevrouw Pauwels,

Zoals afgesproken in het overleg van december bezorg ik u het overzicht van de schoolkosten van Bilal Bouzid (5D) die het OCMW ten laste neemt.

|Factuur|Omschrijving|Bedrag|
|2024-0911|messenset + koksvest + veiligheidsschoenen|214,60|
|2024-1008|maaltijden september-oktober|48,00|
|2024-1203|uitstap Horeca Expo Gent|38,50|
|Totaal||301,10|

U kan het bedrag overschrijven op rekening BE31 7360 1290 4455 van Sint-Pieterscollege vzw, met vermelding "OCMW Bouzid 5D".

De moeder van Bilal is op de hoogte van deze regeling.

Met vriendelijke groeten,
Hilde Coenen
boekhouding
Sint-Pieterscollege Diest
T 013 31 45 22''',
     rules=['sensitive', 'personal_data'], cats=['financial'], about=['P0250'],
     note='accounts office sends the social welfare centre the school costs it pays for one pupil; IBAN and phone in text', fmt=['alt', 'table'])

mail(81, 'nore-leerlingenraad', frm=S['gielen'], to=par('P0036'),
     subject='Nore verkozen in de leerlingenraad', date='2024-10-11 13:05',
     body='''Beste mevrouw Mertens,

Goed nieuws: Nore werd gisteren door haar klasgenoten verkozen als vertegenwoordiger van 1C in de leerlingenraad. Ze had een heel sterke "verkiezingsspeech" over een waterfontein op de speelplaats.

De leerlingenraad vergadert één keer per maand tijdens de middagpauze. Nore krijgt op die dagen een broodje van de school.

Met vriendelijke groeten,
Kaat Gielen
mentor 1C''',
     rules=[], about=['P0036'], note='mentor tells a parent her daughter was elected to the pupil council')

mail(82, 'siebe-stage-autisme', frm=S['vandevelde'], to='Chef Karel Wouters <karel@restaurantdeschuur.be>',
     subject='Stage Siebe Vermeulen - enkele afspraken', date='2025-02-05 15:55', kind='alt', mailer='Microsoft Outlook 16.0',
     body='''Beste Karel,

Fijn dat Siebe vanaf maandag bij jullie in Restaurant De Schuur mag starten. Zoals telefonisch besproken, en met toestemming van Siebe en zijn ouders, nog enkele afspraken.

Siebe heeft een diagnose van autisme. Hij is een nauwkeurige en gemotiveerde werker, maar onverwachte veranderingen maken hem onrustig. Wat helpt:
- een vaste taak per dag (bv. de groentenvoorbereiding of de desserts), liefst op een vaste werkpost;
- het dagplan 's ochtends kort overlopen, ook de pauzes;
- duidelijke, korte opdrachten; geen grapjes of ironie bij het geven van instructies;
- tijdens de drukte van de service mag hij even naar de koude keuken als het te veel wordt.

Op school volgt hij een aangepast traject met ondersteuning van het ondersteuningsnetwerk. Ik kom in week 2 langs voor een eerste evaluatie.

Alvast bedankt voor jullie openheid!

Ann Vandevelde
stagecoördinator''',
     rules=['sensitive'], cats=['medical', 'care'], about=['P0243'],
     note='internship coordinator tells a restaurant host about a pupil\'s autism diagnosis and support measures', fmt=['alt'])

mail(83, 'laptopkar-slot-antwoord', frm=S['moreels'], to=S['jansen'],
     subject='Re: laptopkar B12', date='2024-11-21 10:52',
     body='''6-6-2-4, en dan het slot naar beneden trekken

Stijn

Verstuurd vanaf mijn telefoon

-------- Oorspronkelijk bericht --------
Van: Elke Jansen <ej@spc.ksleuven.be>
Datum: 21/11/24 10:47
Aan: Stijn Moreels <stijn.moreels@sintpieterscollege.be>
Onderwerp: laptopkar B12

Stijn, welk is de code van het slot van de laptopkar in B12? Ik heb ze het 4de uur met 5A.''',
     rules=['password'], note='phone reply giving only the padlock code of the laptop cart', fmt=['plain', 'reply'])

mail(84, 'noor-buikpijn-verkeerd', frm=S['gielen'], to=par('P0169', 1),
     subject='Noor - maandagen', date='2024-11-25 19:40',
     body='''Beste mevrouw Daems,

Bedankt voor uw telefoontje van vanmorgen. Ik begrijp dat het elke maandag opnieuw een strijd is om Noor naar school te krijgen, en dat ze 's ochtends echt buikpijn heeft en moet overgeven.

Zoals afgesproken:
- Noor mag maandag om 8.25 uur via de zij-ingang binnenkomen en de eerste tien minuten bij mij in het mentorlokaal zitten;
- als ze in de loop van de dag naar huis wil, belt het secretariaat u eerst, we laten haar niet zomaar gaan;
- ik vraag aan het CLB of zij een gesprek met Noor kunnen plannen.

Noor doet het goed in de klas wanneer ze er is. Het is vooral het binnenkomen dat zo moeilijk is.

Met vriendelijke groeten,
Kaat Gielen
mentor 1C''',
     rules=['sensitive'], cats=['psychosocial'], about=['P0029'], misdirected=True,
     note='school-refusal arrangements for Noor Daems (1C) sent to the father of Nore Daems (4B)')

mail(85, 'timeoutruimte-afspraken', frm=S['vloeberghs'], to=[S['vloeberghs']],
     bcc=['ouders-1a@sintpieterscollege.be', 'ouders-1b@sintpieterscollege.be', 'ouders-1c@sintpieterscollege.be', 'ouders-1d@sintpieterscollege.be',
          'ouders-2a@sintpieterscollege.be', 'ouders-2b@sintpieterscollege.be', 'ouders-2c@sintpieterscollege.be', 'ouders-2d@sintpieterscollege.be'],
     subject='Wat is de time-outruimte?', date='2024-10-07 12:00', kind='html',
     html='''<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Beste ouders van de eerste graad,</p>
<p>Uw kind heeft het misschien al eens vernoemd: "de time-out". Wat is dat precies?</p>
<p><b>Waarvoor dient de time-outruimte?</b><br>
Soms loopt het in de klas even niet: een leerling is boos, verdrietig of kan zich niet meer concentreren. In plaats van de leerling de gang op te sturen, kan de leerkracht hem of haar naar de time-outruimte sturen. Een leerling kan ook zelf vragen om even te gaan.</p>
<p><b>Hoe verloopt dat?</b></p>
<ol>
<li>De leerling krijgt een time-outkaartje van de leerkracht.</li>
<li>In de time-outruimte wordt hij of zij opgevangen door een opvoeder.</li>
<li>Na een rustmoment vult de leerling een kort reflectieblad in (bv. "Wat ging er mis? Wat kan ik de volgende keer anders doen?").</li>
<li>Na maximaal één lesuur gaat de leerling terug naar de klas.</li>
</ol>
<p><b>Is dat een straf?</b><br>
Nee. De time-out is een kans om tot rust te komen. Als een leerling vaak naar de time-out gaat, nemen we contact op met de ouders om samen te bekijken wat er aan de hand is.</p>
<p>Met vriendelijke groeten,<br>Sara Vloeberghs, zorgcoördinator</p>
</body></html>''', body='',
     rules=[], note='general letter to first-grade parents (Bcc) explaining the time-out room rules', fmt=['html'])

mail(86, 'mdo-exauce-clb-onw', frm=S['vloeberghs'], to=[X['clb']], cc=['Lotte Hendrikx <lotte.hendrikx@onw-oostbrabant.be>', S['peetermans']],
     subject='Verslag MDO 14/11 - Exaucé L. (2A)', date='2024-11-15 09:30', kind='alt', mailer='Microsoft Outlook 16.0',
     body='''Dag Sofie, dag Lotte,

Hierbij het verslag van het MDO van gisteren over Exaucé Lukusa (2A).

Aanwezig: Sara Vloeberghs (zorg), Mieke Peetermans (SMW), Stijn Moreels (klastitularis), Sofie Daniels (CLB), Lotte Hendrikx (ondersteuningsnetwerk)

Situatie
- Exaucé heeft sinds oktober 9 keer in de time-out gezeten, 3 keer na fysiek geweld (duwen, slaan).
- Thuis: mama staat alleen in voor vijf kinderen, de oudste broer (19) is vorig jaar het huis uit gezet. Exaucé zorgt 's ochtends voor zijn jongste zusjes.
- Hij slaapt weinig en komt vaak zonder ontbijt.

Afspraken
- time-outplan: Exaucé mag zelf een time-out vragen met zijn kaart (max. 2 per dag);
- CLB plant een gesprek met mama over gezinsondersteuning (bv. via het Huis van het Kind);
- ondersteuningsnetwerk: aanvraag voor begeleiding rond emotieregulatie;
- Mieke bekijkt of Exaucé een ontbijt op school kan krijgen.

Volgend MDO: 16 januari.

Sara''',
     rules=['sensitive', 'bcc'], cats=['psychosocial', 'family', 'care'], about=['P0054'],
     note='multidisciplinary meeting report on one pupil sent to CLB and support network, two external addresses visible', fmt=['alt'])

mail(87, 'zip-paswoord-zorgoverzicht', frm=S['peetermans'], to=S['vloeberghs'],
     subject='zorgoverzicht', date='2025-01-10 16:45',
     body='''Sara,

Het zorgoverzicht van het eerste trimester staat als zip in onze gedeelde map (Zorg > 2024-2025). Het paswoord om het te openen is Zorg!Diest-0925

Ik heb de zip beveiligd omdat Jan zei dat de map ook voor de directie openstaat.

Mieke''',
     rules=['password'], note='social worker gives the care coordinator the password of an encrypted zip file')

mail(88, 'milan-messenset-vergeten', frm=S['vandeput'], to=par('P0247'),
     subject='Milan vergeet zijn messen', date='2025-01-16 13:12',
     body='''Beste mevrouw De Smet,

Milan is deze maand al drie keer zonder zijn messenset naar de praktijkles gekomen. Hij kan dan enkel meewerken met de schoolmessen, die minder goed zijn, en hij verliest punten op "voorbereiding".

Kan u met hem afspreken dat de messenset op woensdagavond al in zijn tas zit? Op donderdag en vrijdag heeft hij praktijk.

Dank u wel,
Dirk Vandeput
praktijkleraar restaurant & keuken''',
     rules=[], about=['P0247'], note='chef asks a parent to make sure the pupil brings his knife set')

mail(89, 'hanne-medicatie-3a', frm=S['vandyck'],
     to=[S['lambrechts'], S['bouhlal'], 'Hans Cools <hans.cools@sintpieterscollege.be>', 'Dries Verlinden <dries.verlinden@sintpieterscollege.be>'],
     subject='Hanne T. 3A - ter info', date='2025-02-24 17:05',
     body='''Dag collega's,

De mama van Hanne Tielemans heeft me gevraagd jullie iets te laten weten. Hanne is sinds de kerstvakantie in behandeling bij een psychiater en neemt sinds twee weken antidepressiva. De eerste weken kan ze daardoor suf zijn en minder snel reageren, vooral in de eerste lesuren.

Wat helpt: niet meteen een beurt geven bij het begin van de les, en toetsen liefst niet het eerste uur (als het kan). Als ze even naar buiten wil, mag dat.

Ze heeft gevraagd om er in de klas niets over te zeggen.

Lies''',
     rules=['sensitive'], cats=['psychosocial', 'medical'], about=['P0106'],
     note='class teacher tells colleagues a pupil is under psychiatric treatment and on antidepressants')

mail(90, 'infoavond-teams-ouder-en', frm=S['hendrickx'], to="Sarah O'Neill <sarah.oneill.be@gmail.com>", lang='en',
     subject='Re: information evening online?', date='2025-03-17 12:20',
     body="""Dear Ms O'Neill,

No problem at all: the information evening on study choices after the second year will also be streamed via Microsoft Teams.

Thursday 20 March, 7.30 pm
Join: via the link "Infoavond 2de jaar" in this week's Smartschool news item
Meeting ID: 312 908 445 771
Passcode: kA9tQ3

The presentation is in Dutch, but you can ask questions in English in the chat and we will answer them afterwards.

Kind regards,
Griet Hendrickx
deputy head""",
     rules=[], note='meeting passcode: English reply to one parent with the Teams details of an information evening')

mail(91, 'pin-permanentiegsm', frm=S['lemmens'], to=S['hendrickx'],
     subject='permanentie-gsm tijdens mijn verlof', date='2025-04-03 15:30',
     body='''Dag Griet,

Tijdens de paasvakantie ben ik twee weken weg, dus jij hebt de permanentie-gsm (die ligt in de bovenste lade van mijn bureau, opgeladen).

Pincode gsm: 4590
Pincode voicemail: 2121

Er komen soms nog oproepen van de politie of de stad over afwezigheden, die mag je gewoon noteren, ik bel terug als ik terug ben.

Groetjes,
Bert''',
     rules=['password'], note='educator hands over the PIN codes of the on-call phone and its voicemail')

mail(92, 'kato-kalf-nacht', frm=S['ooms'], to=par('P0221', 1),
     subject='Kato en de geboorte van een kalfje', date='2025-02-27 10:40',
     body='''Beste ouders van Kato,

Even een leuk bericht van de schoolboerderij. Gisterenavond is Bella, een van onze koeien, gaan kalven, en Kato was er tijdens haar avondbeurt bij. Ze heeft de hele tijd rustig en vakkundig geholpen, ook toen het kalf met de achterpoten eerst kwam. Wannes, onze boerderijbeheerder, was erg onder de indruk.

Het kalfje is gezond en de klas heeft besloten het "Kato" te noemen. Ze mag het komen bezoeken wanneer ze wil!

Met vriendelijke groeten,
Tom Ooms
titularis 5B''',
     rules=[], about=['P0221'], note='teacher tells parents the pupil helped deliver a calf at the school farm')

mail(93, 'julie-stage-boerderij', frm=S['ooms'], to=par('P0220'),
     subject='Stage Julie bij melkveebedrijf Hoeve ter Heide', date='2025-04-10 18:05', kind='alt', mailer='Microsoft Outlook 16.0',
     body='''Beste mevrouw Tielemans,

Vandaag was ik op stagebezoek bij Julie op Hoeve ter Heide in Molenstede. De boer en zijn vrouw zijn heel tevreden: Julie is elke ochtend om 6 uur present voor het melken, kan zelfstandig met de melkrobot werken en ze heeft zelfs een zieke koe opgemerkt voor de boer dat deed.

Haar stageschrift is mooi bijgehouden. Als het zo verdergaat, verwacht ik een zeer goede eindevaluatie.

Met vriendelijke groeten,

Tom Ooms
leerkracht landbouw
Sint-Pieterscollege Diest
GSM 0472 19 63 08''',
     rules=['personal_data'], about=['P0220'], note='positive farm internship report to a parent; teacher\'s mobile in signature', fmt=['alt'])

_bat94 = ('@echo off\r\nrem Installeert het wifi-profiel SPC-Personeel\r\nnetsh wlan add profile filename="%~dp0SPC-Personeel.xml" user=current\r\n'
          'echo Klaar. Het wachtwoord staat in LEESMIJ.txt\r\npause\r\n')
_xml94 = ('<?xml version="1.0"?><WLANProfile xmlns="http://www.microsoft.com/networking/WLAN/profile/v1"><name>SPC-Personeel</name>'
          '<MSM><security><authEncryption><authentication>WPA2PSK</authentication><encryption>AES</encryption></authEncryption>'
          '<sharedKey><keyType>passPhrase</keyType><protected>false</protected><keyMaterial>Kl@slokaal-SPC24</keyMaterial></sharedKey></security></MSM></WLANProfile>')
mail(94, 'wifi-profiel-zip', frm=S['bollen'], to=[S['vanschoubroek'], S['renard'], S['jansen']],
     subject='wifi op je eigen laptop', date='2024-09-18 13:10',
     attach=[('wifi-personeel.zip', zipbytes([('installeer_wifi.bat', _bat94), ('SPC-Personeel.xml', _xml94),
                                              ('LEESMIJ.txt', 'Netwerk: SPC-Personeel\r\nWachtwoord: Kl@slokaal-SPC24\r\n')]))],
     body='''Dag collega's,

Jullie vroegen hoe je met je eigen laptop op het personeelsnetwerk kan. In de bijlage zit een zip: uitpakken en dubbelklikken op installeer_wifi.bat, dan wordt het netwerk automatisch toegevoegd.

Lukt het niet, dan kan je ook manueel verbinden:
netwerk: SPC-Personeel
wachtwoord: Kl@slokaal-SPC24

Jan''',
     rules=['password', 'attachment'], note='ICT sends the staff Wi-Fi password plus a zip containing a batch script', fmt=['plain', 'attachment'])

mail(95, 'melis-foto-verspreid', frm=S['vloeberghs'], to=S['hendrickx'], cc=[S['peetermans']],
     subject='RE: foto 6A', date='2025-03-25 16:22', kind='alt', mailer='Microsoft Outlook 16.0',
     body='''Dag Griet,

Update na het gesprek met Melis Demir (6A) en haar mama:

- De foto is in januari gemaakt en naar haar toenmalige vriend gestuurd. Na de breuk heeft hij ze doorgestuurd in een Snapchat-groep met jongens van 6A en 6B.
- Melis is erg aangeslagen, ze durft niet meer naar de refter en heeft twee nachten niet geslapen. Mama is vandaag met haar naar de huisarts geweest.
- Mama heeft aangifte gedaan bij de politie in Diest. De jeugdinspecteur neemt contact op met ons voor de namen van de jongens.
- Melis mag voorlopig haar pauzes bij Mieke doorbrengen.

Kunnen we morgen samen bekijken welke tuchtmaatregel we voor de verspreiders nemen?

Sara

Van: Griet Hendrickx <griet.hendrickx@sintpieterscollege.be>
Verzonden: dinsdag 25 maart 2025 08:10
Aan: Sara Vloeberghs <sara.vloeberghs@sintpieterscollege.be>
Onderwerp: foto 6A

Sara, er circuleert blijkbaar een naaktfoto van een meisje uit 6A. Kan jij vandaag iets doen? Griet''',
     rules=['sensitive'], cats=['psychosocial'], about=['P0255'],
     note='care coordinator updates the deputy head on a pupil whose intimate photo was shared', fmt=['alt', 'reply'])

mail(96, 'stage-landbouw-hygiene', frm=S['ooms'], to=[S['ooms']], bcc=['ouders-5b@sintpieterscollege.be', 'ouders-6b@sintpieterscollege.be'],
     subject='Stage op een landbouwbedrijf: veiligheid en hygiëne', date='2024-09-25 09:15',
     body='''Beste ouders,

In het tweede trimester lopen de leerlingen van 5B en 6B stage op een landbouw- of tuinbouwbedrijf. Werken met dieren en machines vraagt extra aandacht voor veiligheid en hygiëne.

Wat vragen we?
1. Tetanusvaccinatie: werken met aarde en dieren kan een risico geven. Kijk na of de vaccinatie van uw kind nog in orde is (bv. in het vaccinatieboekje of bij de huisarts). De school vraagt geen bewijs, maar raadt het sterk aan.
2. Werkkledij: veiligheidsschoenen of laarzen met stalen neus en een overall. De leerlingen van 5B kregen die al via de school.
3. Hygiëne: na het werken met dieren en voor het eten altijd de handen wassen. De bedrijven hebben daar een wasplaats voor.
4. Allergie of astma: merkt uw kind klachten bij stof, hooi of dieren? Meld het dan aan de titularis, zodat we bij de keuze van de stageplaats rekening kunnen houden.
5. Machines: leerlingen besturen enkel machines waarvoor ze op school een opleiding kregen, en altijd onder toezicht.

Met vriendelijke groeten,
Tom Ooms
coördinator landbouw''',
     rules=[], note='general safety and hygiene letter for agricultural internships to parents of two classes (Bcc)')

mail(97, 'adam-leesvorderingen', frm=S['gielen'], to=par('P0040'),
     subject='Mooie vooruitgang bij Adam', date='2025-03-20 16:15',
     body='''Beste meneer Ait Lahcen,

Ik wou u even laten weten dat Adam heel mooie vooruitgang maakt met lezen. Bij de start van het schooljaar las hij nog erg traag, maar sinds hij elke dinsdag naar de leesclub in de bib komt, gaat het veel beter. Vorige week las hij voor het eerst een heel jeugdboek uit, en hij heeft er in de klas zelf een boekbespreking over gegeven.

Blijft u hem thuis aanmoedigen? Hij is er zelf ook heel trots op.

Met vriendelijke groeten,
Kaat Gielen
mentor 1D''',
     rules=[], about=['P0040'], note='mentor praises a first-year\'s reading progress to a parent')

mail(98, 'kassa-pincodes', frm=S['renard'], to=S['vandeput'],
     subject='kassa restaurant - gebruikers', date='2024-09-30 16:40',
     body='''Dirk,

De firma van de kassa is geweest, er zijn nu aparte gebruikers per leerkracht (dan kunnen we zien wie welke kassa heeft afgesloten).

- gebruiker 01 (Dirk): pin 4421
- gebruiker 02 (Pascale): pin 7710
- gebruiker 03 (leerlingen, enkel verkoop): pin 1203

Afsluiten van de dag kan enkel met 01 of 02.

P.''',
     rules=['password'], note='colleague lists the restaurant cash register user PINs')

mail(99, 'arne-zwemgerief-verkeerd', frm=S['celis'], to=par('P0038', 1),
     subject='Zwemmen - Arne', date='2024-11-19 12:45',
     body='''Beste ouders,

Arne Swinnen (1A) had vandaag voor de derde keer zijn zwemgerief niet mee. Hij moest daardoor aan de kant blijven en krijgt voor die lessen geen punten op "deelname".

Kan u er mee op letten dat zijn zwemzak op dinsdag in de boekentas zit? De zwemlessen lopen nog tot de kerstvakantie.

Met sportieve groeten,
Ruben Celis
LO - mentor 1A''',
     rules=[], about=['P0007'], misdirected=True,
     note='note about Arne Swinnen (1A) forgetting swim gear sent to the parents of Arne Hermans (1C)')

mail(100, 'rania-allocation-plan-fr', frm=S['coenen'], to=par('P0228'), lang='fr',
     subject='Facture scolaire de Rania - plan de paiement', date='2024-12-05 10:15', kind='alt',
     body="""Chère Madame Ziani,

Merci pour votre appel. Vous m'avez expliqué que votre allocation scolaire (Groeipakket) n'a pas encore été versée parce que votre dossier n'est pas encore en ordre depuis le déménagement, et que vous n'avez donc pas encore pu payer la facture de septembre (mallette de salon et tenue de Rania).

Comme convenu, nous étalons le montant de 195 euros sur trois mois :
- janvier : 65 euros
- février : 65 euros
- mars : 65 euros

Vous ne devez rien signer ; les données de virement se trouvent sur la facture. Si l'allocation arrive plus tôt, vous pouvez bien sûr tout payer en une fois.

Bien cordialement,
Hilde Coenen
comptabilité""",
     rules=['sensitive'], cats=['financial'], about=['P0228'],
     note='French mail confirming a payment plan to a mother whose school allowance is delayed', fmt=['alt'])

# ---------------------------------------------------------------- 101-125
mail(101, 'handleiding-aanmelden-leerlingen', frm=S['bollen'], to=[S['bollen']], bcc=['leerlingen@sintpieterscollege.be'],
     subject='Aanmelden op de nieuwe examenlaptops', date='2025-05-26 08:30', kind='alt',
     body='''Beste leerlingen,

Tijdens de examens gebruik je voor de digitale toetsen de nieuwe laptops in de examenzaal. Zo meld je je aan:

1. Kies rechtsonder "Andere gebruiker".
2. Gebruikersnaam: [voornaam.naam]@leerling.sintpieterscollege.be
3. Wachtwoord: [je eigen Microsoft-wachtwoord, hetzelfde als voor Smartschool]
4. Open het examen via de snelkoppeling "Examen" op het bureaublad.

Lukt het aanmelden niet? Steek je hand op, een toezichter helpt je. Probeer het niet vijf keer na elkaar, anders wordt je account 15 minuten geblokkeerd.

Veel succes!
ICT-team''',
     rules=[], note='login instructions for pupils with placeholders only (group in Bcc)', fmt=['alt'])

mail(102, 'wiktoria-opendeurdag-prive', frm='Elke Jansen <elke.jansen.leuven@gmail.com>', to=lln('P0234'),
     subject='bedankt voor zaterdag!', date='2025-04-27 20:31',
     body='''Hoi Wiktoria,

Ik wou je nog even bedanken voor zaterdag. Je hebt de hele voormiddag bezoekers rondgeleid in het salon en je hebt zelfs in het Pools uitleg gegeven aan een gezin dat twijfelde over de richting. Zij hebben hun dochter intussen ingeschreven!

Heel fijn dat je dat gedaan hebt.

Groetjes,
Mevr. Jansen

(sorry, mijn schoolmail doet raar op mijn gsm, daarom via dit adres)''',
     rules=['private_account'], about=['P0234'],
     note='teacher thanks a pupil for open-day help from her private Gmail account')

mail(103, 'mathis-pesten-ouders', frm=S['moreels'], to=[par('P0079', 1), par('P0079', 2)],
     subject='Gesprek over Mathis - pestgedrag', date='2025-01-22 17:10', kind='alt', mailer='Microsoft Outlook 16.0',
     body='''Beste ouders,

Graag breng ik u op de hoogte van een ernstig voorval. Uit de gesprekken die we de voorbije week met verschillende leerlingen van 2C voerden, blijkt dat Mathis samen met twee andere jongens al sinds de herfstvakantie een klasgenoot uitsluit en bespot, zowel op school als in een groepsgesprek op Snapchat. Er werden ook berichten gestuurd waarin ze zeiden dat de klasgenoot "beter van school zou gaan".

Mathis heeft in het gesprek met mij toegegeven dat hij meedeed. Hij had niet door hoe erg het was voor de andere leerling.

We willen u graag uitnodigen voor een gesprek met mij en de zorgcoördinator op maandag 27 januari om 16.15 uur. We bekijken daar samen welke herstelopdracht Mathis krijgt. Daarnaast krijgt hij twee keer strafstudie.

Kan u laten weten of u aanwezig kan zijn?

Met vriendelijke groeten,
Stijn Moreels
titularis 2C''',
     rules=['sensitive', 'bcc'], cats=['psychosocial'], about=['P0079'],
     note='class teacher tells both parents (two external addresses visible) their son took part in bullying', fmt=['alt'])

mail(104, 'fw-examenaccount', frm=S['hendrickx'], to=S['vandyck'],
     subject='TR: account examenplatform', date='2025-05-28 09:05', kind='alt', mailer='Microsoft Outlook 16.0',
     body='''Lies, jij coördineert de digitale examens van de derde graad, dus dit is voor jou. Graag niet verder doorsturen.

Griet

Van: Jan Bollen <jb@spc.ksleuven.be>
Verzonden: dinsdag 27 mei 2025 16:40
Aan: Griet Hendrickx <griet.hendrickx@sintpieterscollege.be>
Onderwerp: account examenplatform

Griet,

Het beheeraccount van het examenplatform (toetsen.sintpieterscollege.be) is klaar:
gebruiker: examens.beheer
wachtwoord: Juni-Examens!2025

Daarmee kan je de examens openzetten en de resultaten exporteren. Ik zet tweestapsverificatie aan na de examens.

Jan''',
     rules=['password'], note='deputy head forwards the ICT mail with the exam platform admin password', fmt=['alt', 'forward-inline'])

mail(105, 'stageverzekering-vraag', frm=S['vandevelde'], to='Marc Lenaerts <marc.lenaerts@telenet.be>',
     subject='RE: verzekering tijdens stage', date='2024-10-22 11:38',
     body='''Beste meneer Lenaerts,

Een terechte vraag. Hieronder hoe het zit met de verzekering tijdens de stages.

- Lichamelijke ongevallen: de leerling is tijdens de stage en op de weg van en naar de stageplaats verzekerd via de schoolpolis, op dezelfde manier als op school. Een ongeval meldt u binnen 48 uur op het secretariaat.
- Schade aan derden: als een leerling tijdens de stage per ongeluk schade veroorzaakt (bv. een klant die vlekken krijgt op een jas door haarverf), dan komt in de eerste plaats de verzekering burgerlijke aansprakelijkheid van de school tussen.
- Eigen materiaal: schade aan of diefstal van het eigen materiaal van de leerling (bv. een schaar of gsm) is niet verzekerd.

De stageplaats zelf heeft ook een verzekering als werkgever. Dat staat allemaal in de stageovereenkomst, artikel 7.

Met vriendelijke groeten,
Ann Vandevelde
stagecoördinator

-----Oorspronkelijk bericht-----
Van: Marc Lenaerts <marc.lenaerts@telenet.be>
Verzonden: maandag 21 oktober 2024 20:55
Aan: Ann Vandevelde <ann.vandevelde@sintpieterscollege.be>
Onderwerp: verzekering tijdens stage

Goedenavond, wie is er verantwoordelijk als er iets gebeurt tijdens de stage? Is dat de school of het salon? Groeten, M. Lenaerts''',
     rules=[], note='reply to one parent explaining the general internship insurance cover', fmt=['plain', 'reply'])

mail(106, 'artem-sirenes', frm=S['moreels'],
     to=[S['lambrechts'], S['celis'], S['bouhlal'], 'Hans Cools <hans.cools@sintpieterscollege.be>'],
     subject='Artem (2C) - even ter info', date='2024-10-02 16:25', kind='alt',
     body='''Dag collega's,

Misschien hebben jullie gemerkt dat Artem Bondarenko bij het testen van het brandalarm vanmorgen onder zijn bank is gekropen en daarna niet meer te kalmeren was. Ik heb na de les met hem en zijn mama gesproken (met Google Translate, het ging).

Artem komt uit Charkiv. Hij heeft daar de beschietingen meegemaakt, het geluid van sirenes brengt hem meteen terug. Zijn papa is nog in Oekraïne en zit aan het front; ze hebben soms dagen geen nieuws.

Wat kunnen we doen?
- Bij een geplande oefening hem vooraf verwittigen, dan mag hij als eerste naar buiten.
- Als hij schrikt: rustig naast hem gaan staan, niet aanraken, niet over de oorlog beginnen.
- Mieke is op de hoogte en bekijkt met het CLB of er traumabegeleiding mogelijk is.

Stijn''',
     rules=['sensitive'], cats=['psychosocial', 'family'], about=['P0080'],
     note='class teacher explains a refugee pupil\'s war trauma reactions and father at the front', fmt=['alt'])

mail(107, 'fietsenstalling-code-prive', frm='Ruben Celis <rubencelis.sport@gmail.com>', to=S['gielen'],
     subject='fietsenstalling', date='2024-09-08 21:14', mailer='Android Mail',
     body='''kaat, de code van de personeelsfietsenstalling is veranderd, nieuwe is 9473. en het poortje langs de sporthal blijft 1357 maar dat klemt soms

ruben

Verzonden vanaf mijn Galaxy''',
     rules=['password', 'private_account'],
     note='teacher sends the new bike-shed door codes from his private Gmail account')

mail(108, 'lina-diabetes-cork-en', frm=S['renard'], to='Siobhan Murphy <siobhan@thequaykitchen.ie>', cc=[S['vandevelde']],
     subject='Erasmus+ placement - Lina (arriving 3 March)', date='2025-02-18 14:25', lang='en', kind='alt', mailer='Microsoft Outlook 16.0',
     body='''Dear Siobhan,

Thank you so much for welcoming Lina to The Quay Kitchen for her three-week Erasmus+ placement. As we discussed on the phone, and with the consent of Lina and her parents, here is some information you should have before she starts.

Lina has type 1 diabetes. She uses an insulin pump and a glucose sensor on her arm, and she manages it very well herself. In the kitchen this means:

- she needs to be able to eat or drink something sweet immediately when her sugar is low (she always carries dextrose tablets in her apron);
- long shifts without a break are difficult; a short break every two to three hours works best;
- if she becomes pale, shaky or confused, please give her something sweet and let her sit down; if she does not improve within 15 minutes, call an ambulance.

She is a very motivated cook and is really looking forward to working with you. Our teacher Ann Vandevelde will visit in the second week.

Kind regards,
Pascale Renard
teacher restaurant & kitchen''',
     rules=['sensitive'], cats=['medical'], about=['P0241'],
     note='English mail telling an Irish internship host about a pupil\'s type 1 diabetes and what to do', fmt=['alt'])

mail(109, 'kacper-missing-grade-en', frm=S['moreels'], to=par('P0094', 1), lang='en',
     subject='Re: Kacper report - history grade?', date='2024-12-20 09:10',
     body="""Dear Mr Wójcik,

You are right, and my apologies: when I entered the reports I forgot to fill in Kacper's exam grade. He scored 14/20 for history. I have corrected it in the meantime; you can see the correct report in Smartschool.

Happy holidays!
Stijn Moreels

> On 19 Dec 2024, at 18:33, Piotr Wójcik <piotr.wojcik@outlook.com> wrote:
> Good evening, on Kacper's report (2D) there is no grade for the history exam. Did something go wrong? He says he did take the exam. Kind regards, P. Wójcik""",
     rules=[], about=['P0094'], note='English reply apologising to a parent for a missing grade on the report', fmt=['plain', 'reply'])

mail(110, 'daryna-iac-2d', frm=S['vloeberghs'],
     to=[S['moreels'], S['lambrechts'], 'Hans Cools <hans.cools@sintpieterscollege.be>', 'Dries Verlinden <dries.verlinden@sintpieterscollege.be>'],
     subject='Daryna B. (2D) - individueel aangepast curriculum', date='2024-09-27 14:50', kind='alt', mailer='Microsoft Outlook 16.0',
     body='''Beste collega's van 2D,

Na overleg met het CLB en de ouders volgt Daryna Bondarenko dit schooljaar een individueel aangepast curriculum (IAC). Zij heeft een verslag dat toegang geeft tot het buitengewoon onderwijs, maar de ouders kiezen ervoor dat ze bij ons blijft.

Wat betekent dat concreet?
- Daryna volgt niet voor alle vakken de gewone leerplandoelen. Voor Frans en wiskunde werkt ze met eigen doelen (zie het handelingsplan in het LVS).
- Ze krijgt geen cijfers op het rapport maar een beschrijvende evaluatie.
- Op het einde van het jaar krijgt ze een attest van verworven bekwaamheden, geen oriënteringsattest.
- Een ondersteuner van het ondersteuningsnetwerk komt elke donderdag twee lesuren mee in de klas.

Graag jullie aangepaste doelen tegen 11 oktober in het LVS. Ik help gerust.

Sara''',
     rules=['sensitive'], cats=['care'], about=['P0092'],
     note='care coordinator explains one pupil\'s individual adapted curriculum to her teachers', fmt=['alt'])

mail(111, 'vraag-wifi-stagiair', frm=S['vandyck'], to=S['bollen'],
     subject='wifi voor stagiair', date='2025-02-03 08:20',
     body='''Hoi Jan,

Vanaf vandaag heb ik een stagiaire van de hogeschool in mijn lessen wiskunde. Kan zij op het wifi? Mag je mij het paswoord van het gastennetwerk doorsturen, of moet zij daarvoor zelf bij jou langskomen?

Lies''',
     rules=[], note='teacher asks ICT for the guest Wi-Fi key without any value in the mail')

mail(112, 'timeout-interim-opvoeder', frm=S['stas'], to='Yannick Geerts <yannick.geerts@sintpieterscollege.be>',
     subject='welkom + praktische zaken time-out', date='2025-04-22 07:45',
     body='''Dag Yannick,

Welkom! Tijdens mijn afwezigheid (tot half mei) neem jij de time-outruimte over. Het belangrijkste op een rij:

- deur time-outruimte (A003): 1359#
- sleutelkastje in de time-out (sleutels van de kleedkamers en het stille lokaal): 8-8-0-3
- de reflectiebladen liggen in de grijze kast, ingevulde bladen in de map "week" en op vrijdag aan Sara geven
- registreren in het LVS onder "time-out", gewoon datum, uur, leerling en wie hem stuurde

Vooral: een leerling mag nooit alleen in de ruimte blijven. Als je weg moet, vraag je iemand van het onthaal.

Succes! Bij twijfel mag je me bellen.

Joris
--
Joris Stas
opvoeder - time-outruimte
GSM 0486 42 17 95''',
     rules=['password', 'personal_data'], note='educator gives his replacement the time-out room door and key-safe codes; mobile in signature')

mail(113, 'zoe-stage-evaluatie-verkeerd', frm=S['bruynseels'], to=par('P0287', 1),
     subject='Tussentijdse evaluatie stage', date='2025-03-12 18:20', kind='alt',
     body='''Beste mevrouw Robberechts,

Hierbij de tussentijdse evaluatie van de stage van Zoë Robberechts (6C) in salon Hairlounge Aarschot.

|Competentie|Evaluatie|
|Onthaal klanten|goed|
|Wassen en verzorgen|zeer goed|
|Knippen|voldoende|
|Kleuren|onvoldoende - te weinig controle van de inwerktijd|
|Stiptheid|goed|

De zaakvoerster vraagt dat Zoë de kleurentheorie nog eens herhaalt. We oefenen dat de komende weken in de praktijkles.

Met vriendelijke groeten,
Nathalie Bruynseels''',
     rules=[], about=['P0284'], misdirected=True,
     note='internship evaluation of Zoë Robberechts (6C) sent to the mother of her classmate Kato Robberechts', fmt=['alt', 'table'])

mail(114, 'seppe-krukken', frm=S['celis'],
     to=[S['bouhlal'], S['vandyck'], 'Hans Cools <hans.cools@sintpieterscollege.be>'],
     subject='Seppe C. 4A - knie', date='2024-11-29 12:30',
     body='''Dag collega's,

Seppe Ceulemans (4A) is woensdag geopereerd aan zijn kruisband (voetbal). Hij komt maandag terug naar school, maar loopt de komende zes weken met krukken.

- Hij mag de lift gebruiken; de sleutel ligt aan het onthaal, hij mag telkens een klasgenoot meenemen om zijn tas te dragen.
- Hij mag 5 minuten vroeger uit de les vertrekken om de drukte op de trappen te vermijden.
- LO: voorlopig vrijgesteld, hij maakt een theoretische opdracht.

Ruben''',
     rules=['sensitive'], cats=['medical'], about=['P0153'],
     note='PE teacher tells colleagues about a pupil\'s knee surgery and adjustments')

mail(115, 'mentor-system-question-en', frm=S['gielen'], to='Joke Aerts <joke.aerts@proximus.be>', lang='en',
     subject='Re: how does the mentor system work?', date='2024-09-03 20:05',
     body="""Dear Mrs Aerts,

Thank you for asking! Every first-year pupil at our school has a mentor: a teacher who knows the class well and is the first point of contact for the pupil and the parents.

How does it work in practice?
- There is a mentor lesson every week, in which pupils learn e.g. how to plan, how to pack their schoolbag and how to study for a test.
- Twice a term the mentor has a short one-to-one talk with each pupil: how are things going, what is difficult, what is going well?
- If there are concerns, the mentor contacts you and, if needed, the pupil guidance team.

You can always send your child's mentor a message on Smartschool, in English if you prefer. In the first week of school you will also receive an invitation for an introductory meeting.

Kind regards,
Kaat Gielen
first-year mentor

> On Tue, 3 Sep 2024 at 19:12, Joke Aerts <joke.aerts@proximus.be> wrote:
> Hello, we only moved to Belgium this summer. Could you explain what a "mentor" is in the first year? Thanks, Joke""",
     rules=[], note='English reply to one parent explaining the first-year mentor system in general', fmt=['plain', 'reply'])

mail(116, 'busportaal-login-xlsm', frm=S['vandevelde'], to=S['ooms'],
     subject='busvervoer stagebezoeken + login portaal', date='2025-01-20 13:40',
     attach=[('ritplanning_stages_2025.xlsm', fake_ooxml('xlsm'))],
     body='''Dag Tom,

In bijlage de ritplanning voor de stagebezoeken met de minibus (de knop "Verdeel ritten" werkt enkel als je de macro's toelaat).

De ritten zelf boek je in het portaal van de busmaatschappij:
login: spc-diest
wachtwoord: Bus!Hageland25

Ik heb al geboekt tot eind februari, de rest is voor jou.

Ann''',
     rules=['password', 'attachment'], note='colleague sends the shared bus-booking portal login and a macro-enabled planning file', fmt=['plain', 'attachment'])

mail(117, 'noor-oma-veilig', frm=S['peetermans'], to=S['vloeberghs'],
     subject='Noor V. 4C', date='2025-02-06 12:20',
     body='''Sara,

Even kort, voor het zorgoverleg: Noor Vanhoof (4C) slaapt sinds maandag bij haar oma in Testelt omdat het thuis niet veilig is. De nieuwe vriend van mama is in het weekend handtastelijk geworden, ook tegen Noor. De politie is ter plaatse geweest. Mama blijft voorlopig bij hem.

Noor wil op school "gewoon doen". Ze komt met de bus van Testelt, dus soms iets later.

Ik heb met haar afgesproken dat ze elke donderdag bij mij langskomt. Het Vertrouwenscentrum Kindermishandeling is nog niet ingeschakeld, dat bespreek ik morgen met het CLB.

Mieke''',
     rules=['sensitive'], cats=['family'], about=['P0188'],
     note='social worker tells the care coordinator a pupil lives with her grandmother after domestic violence')

mail(118, 'niels-jonge-chef', frm=S['vandeput'], to=par('P0242', 1), cc=[S['directie']],
     subject='Niels is Jonge Chef Hageland 2025!', date='2025-03-29 21:40', kind='alt',
     body='''Beste mevrouw Jacobs,

U hebt het misschien al van Niels zelf gehoord, maar ik wil het toch ook officieel melden: Niels heeft vandaag de wedstrijd Jonge Chef Hageland gewonnen!

Hij moest in drie uur een voorgerecht met asperges en een hoofdgerecht met Hagelands varkensvlees bereiden. De jury prees vooral zijn smaakcombinaties en zijn nette werkpost. Als prijs mag hij in de zomer een week meelopen in een sterrenrestaurant.

Ik ben ongelooflijk trots op hem.

Met vriendelijke groeten,
Dirk Vandeput
praktijkleraar restaurant & keuken''',
     rules=[], about=['P0242'], note='chef proudly tells a parent her son won a regional young chef competition', fmt=['alt'])

mail(119, 'kluis-envelop-marc', frm=S['hendrickx'], to='Hans Cools <hans.cools@sintpieterscollege.be>',
     subject='Re: code kluis examens', date='2025-06-05 15:05',
     body='''Hans,

De code van de kluis met de examenvragen stuur ik niet via mail. Marc heeft hem in een gesloten envelop; je kan hem morgen om 7.45 uur bij hem ophalen in het technisch lokaal, hij verwacht je.

Griet

> Op 5 jun 2025 om 14:51 schreef Hans Cools <hans.cools@sintpieterscollege.be>:
> Griet, ik neem morgen het eerste examen in de turnzaal. Wat is de code van de kluis?''',
     rules=[], note='deputy head refuses to mail the safe code and arranges a sealed envelope', fmt=['plain', 'reply'])

mail(120, 'fw-naar-hotmail-koelcel', frm=S['renard'], to='pascale.renard73@hotmail.com',
     subject='FW: keuken maandag + codes', date='2024-09-28 10:02', kind='alt', mailer='Microsoft Outlook 16.0',
     body='''

Van: Dirk Vandeput <dvp@spc.ksleuven.be>
Verzonden: vrijdag 27 september 2024 19:05
Aan: Jelle Sterckx <jelle.sterckx@sintpieterscollege.be>
CC: Pascale Renard <pascale.renard@sintpieterscollege.be>
Onderwerp: keuken maandag + codes

Hoi Jelle,

Welkom in de ploeg! Maandag sta je met 4D in de grote keuken, ik ben er pas vanaf 10u (vergadering in Leuven).

Praktisch:
- sleutel keuken hangt in het sleutelkastje aan het onthaal, vraag aan Hilde
- koelcel: code 2580 en dan op de groene knop, de deur klemt een beetje dus goed doortrekken
- droge voorraad (kelder): hangslot 7-1-4
- HACCP-lijst hangt naast de koelcel, temperaturen 's ochtends en 's middags noteren, ook als het niet je klas is

Dirk''',
     rules=['password', 'private_account'],
     note='teacher forwards the school mail with kitchen codes to her own Hotmail box', fmt=['alt', 'forward-inline'])

mail(121, 'silke-ouders-uit-elkaar-gmail', frm='Kelly Vanschoubroek <kelly.vschoubroek@gmail.com>', to=S['bruynseels'],
     subject='silke 4c', date='2025-01-13 22:05', mailer='Android Mail',
     body='''Hey Nathalie, sorry dat ik van mijn eigen mail stuur, mijn schoolaccount doet weer moeilijk op de gsm.

Silke Meulemans (4C) bleef vandaag na de les nog hangen en begon te wenen. Haar ouders gaan uit elkaar, papa is vorige week vertrokken en ze moet nu kiezen waar ze in het weekend wil zijn. Ze slaapt slecht en zegt dat ze zich niet kan concentreren op haar praktijkproef.

Kan jij als titularis eens met haar praten? Ik ben er pas donderdag terug.

Kelly''',
     rules=['sensitive', 'private_account'], cats=['family'], about=['P0183'],
     note='part-time teacher reports from her private Gmail that a pupil\'s parents are separating')

mail(122, 'robbe-herorientering', frm=S['vandyck'], to=par('P0107'),
     subject='Advies klassenraad voor Robbe', date='2025-06-27 13:00', kind='alt', mailer='Microsoft Outlook 16.0',
     body='''Beste mevrouw Lenaerts,

Zoals besproken op het oudercontact van dinsdag vat ik het advies van de delibererende klassenraad voor Robbe nog even samen.

Robbe krijgt een oriënteringsattest B: hij mag naar het vierde jaar, maar niet in de studierichting economie. De klassenraad stelt vast dat de theoretische vakken hem veel moeite kosten, ondanks de extra ondersteuning die hij dit jaar kreeg (remediëring wiskunde, extra tijd bij toetsen via zijn STICORDI-maatregelen, begeleiding door het CLB bij studiemethode).

Tegelijk zagen we dat Robbe enorm openbloeit bij praktisch werk: in de projectweek in het schoolrestaurant was hij een van de beste. De klassenraad adviseert daarom de richting restaurant & keuken. Het CLB kan met u en Robbe een gesprek over die studiekeuze plannen.

Met vriendelijke groeten,
Lies Van Dyck
titularis 3A''',
     rules=['sensitive'], cats=['care'], about=['P0107'],
     note='class teacher sums up a B-certificate, the support the pupil received and a redirection advice', fmt=['alt'])

mail(123, 'allergenen-menu-vraag', frm=S['vandeput'], to='Veerle Stevens <veerle.stevens@telenet.be>',
     subject='Re: allergenen in de maaltijden', date='2024-10-09 14:10',
     body='''Beste mevrouw Stevens,

Bedankt voor uw vraag. Voor elk gerecht in ons schoolrestaurant hebben we een allergenenfiche met de 14 wettelijke allergenen. U kan die op drie manieren raadplegen:

1. Het weekmenu in Smartschool (Nieuws > Menu van de week) vermeldt bij elk gerecht de allergenen met een pictogram.
2. Aan de kassa ligt de map met alle fiches; de leerlingen mogen die altijd inkijken.
3. Twijfelt uw kind, dan kan het altijd een van de leerkrachten in de keuken aanspreken.

Als uw kind een allergie heeft, vragen we om dat via het medische formulier in Smartschool te melden, zodat wij er rekening mee kunnen houden. Bij een gerecht met bv. noten of sesam zorgen we altijd voor een alternatief.

Met vriendelijke groeten,
Dirk Vandeput
chef schoolrestaurant De Demer

> Op 8 okt. 2024 om 21:40 schreef Veerle Stevens:
> Goedendag, hoe kan ik als ouder te weten komen welke allergenen in de middagmaaltijden zitten? Vriendelijke groet, V. Stevens''',
     rules=[], note='chef answers one parent\'s general question about how allergens are shown on the menu', fmt=['plain', 'reply'])

mail(124, 'accounts-vervangers-txt', frm=S['bollen'], to=S['hendrickx'],
     subject='accounts voor de vervangers examenweek', date='2025-06-02 12:05',
     attach=[('accounts_vervangers_juni.txt', '''Accounts toezichters examens juni 2025 (tijdelijk, vervallen op 30/06)

Smartschool / M365            Wachtwoord
toezicht01@sintpieterscollege.be   Toezicht-Juni-81
toezicht02@sintpieterscollege.be   Toezicht-Juni-47
toezicht03@sintpieterscollege.be   Toezicht-Juni-63

Lokaal-pc examenzaal: gebruiker examenzaal / wachtwoord Zaal-B0-2025
''')],
     body='''Griet,

In bijlage de tijdelijke accounts voor de drie toezichters die je voor de examenweek hebt aangevraagd. Kan jij ze bij het onthaal aan hen geven? Liefst afprinten en niet doorsturen.

Jan''',
     rules=['password'], note='ICT sends temporary accounts with passwords for exam supervisors in a text attachment', fmt=['plain', 'attachment'])

mail(125, 'luca-bill-separation-en', frm=S['coenen'], to=par('P0052'),
     subject='School bill for Luca', date='2025-02-19 10:45', lang='en',
     body='''Dear Mrs Dimitrov,

Thank you for your e-mail. I understand that since you and Luca's father separated last autumn, you have agreed between yourselves that each of you pays half of the school costs.

In our system, however, the invoices for Luca (2A) are still sent to one address. At the moment the invoices for October to January are half paid: your part (93.20 euro) has been received, the other half is still outstanding. We cannot split the invoices ourselves, but we can send a copy of each invoice to both parents if you both give us your address.

If paying is difficult for the moment, please know that you can always contact our social worker, Mrs Peetermans, in confidence.

Kind regards,
Hilde Coenen
accounts office''',
     rules=['sensitive'], cats=['family', 'financial'], about=['P0052'],
     note='English mail to a separated mother about a half-unpaid school bill split between the parents')

# ---------------------------------------------------------------- 126-150
mail(126, 'busra-herexamen-schoonheid', frm=S['vanschoubroek'], to=lln('P0181'),
     subject='je proef gelaatsverzorging', date='2025-01-31 15:20',
     body='''Dag Büsra,

Ik wil je even feliciteren met je proef gelaatsverzorging van vandaag. Je werkte heel hygiënisch, je hebt je model goed uitgelegd wat je deed en de timing was perfect. Een 17/20, dik verdiend!

Tot volgende week,
Mevr. Vanschoubroek''',
     rules=[], about=['P0181'], note='part-time teacher congratulates a pupil on her practical exam')

mail(127, 'lisa-gok-verkeerd', frm=S['vloeberghs'], to=par('P0081', 1),
     subject='Afspraken ondersteuning Lisa', date='2024-10-16 11:10', kind='alt', mailer='Microsoft Outlook 16.0',
     body='''Beste ouders van Lisa,

Na het overleg van vorige week met het CLB zetten we de maatregelen voor Lisa Van Loock (1B) nog even op een rij. Ze zijn vanaf maandag van toepassing in alle vakken.

- Toetsen: 1/3 extra tijd en een vergroot blad (A3), vragen worden voorgelezen als Lisa dat vraagt.
- Dictee Frans: minder woorden, spelling telt niet mee bij andere vakken.
- Planning: Lisa krijgt elke vrijdag in het mentoruur hulp bij het invullen van haar planner.
- Het CLB plant in november een onderzoek naar haar leerproblemen.

Deze afspraken staan in het handelingsplan in ons leerlingvolgsysteem. We evalueren ze op de klassenraad van december.

Met vriendelijke groeten,
Sara Vloeberghs
zorgcoördinator''',
     rules=['sensitive'], cats=['care'], about=['P0024'], misdirected=True,
     note='support measures for Lisa Van Loock (1B) sent to the mother of Lisa Vangeel (2C)', fmt=['alt'])

mail(128, 'lammetjesdag-poortcode', frm=S['ooms'], to=par('P0075', 1),
     subject='Lammetjesdag zondag - praktisch voor de vrijwilligers', date='2025-04-09 19:50',
     body='''Beste meneer Bosmans,

Nogmaals bedankt dat u zondag wil helpen aan de pannenkoekenstand op onze lammetjesdag!

De vrijwilligers mogen vanaf 9 uur binnen via de poort van de schoolboerderij aan de Schaffensesteenweg. De poort zit op slot; de code is 5826 gevolgd door het hekje (#). Gelieve de code niet door te geven aan de bezoekers, de poort gaat om 11 uur voor iedereen open.

De beslag en de pannen staan klaar in de keuken van het boerderijgebouw.

Tot zondag!
Tom Ooms''',
     rules=['password'], note='teacher gives a parent volunteer the farm gate code for an event')

mail(129, 'margot-thuis-4a', frm='Hans Cools <hans.cools@sintpieterscollege.be>', to=S['vloeberghs'],
     subject='voorbereiding zorgoverleg 4A', date='2024-11-28 21:30', kind='alt',
     body='''Dag Sara,

Mijn punten voor het zorgoverleg van maandag (4A):

- Margot Heylen: zit sinds de herfstvakantie bijna volledig thuis. Ze krijgt paniekaanvallen op de bus en in de gang bij de drukte. Het CLB volgt haar op, er is een psychologe in Leuven. Mama vraagt of Margot tijdelijk halve dagen kan komen en of we de lessen kunnen doorsturen. Ik denk dat we een plan voor geleidelijke terugkeer moeten maken.
- Jana R.: weinig motivatie, maar ik heb er een goed gesprek mee gehad. Afwachten.
- Kacper W.: tekort wiskunde, gaat naar remediëring.

Kunnen we voor Margot ook de leerkrachten van 4A uitnodigen, bv. na de klassenraad?

Hans''',
     rules=['sensitive'], cats=['psychosocial', 'care'], about=['P0155', 'P0163', 'P0161'],
     note='class teacher\'s notes for care meeting: one pupil at home with panic attacks and CLB follow-up', fmt=['alt'])

mail(130, 'smartschool-wachtwoord-vergeten-ouder', frm=S['onthaal'], to='Annelies Maes <annelies_maes77@outlook.com>',
     subject='Re: kan niet meer inloggen op Smartschool', date='2024-10-14 09:30',
     body='''Beste mevrouw Maes,

Geen probleem, dat kan u zelf in orde brengen:

1. Ga naar sintpieterscollege.smartschool.be.
2. Klik onder het aanmeldvenster op "Wachtwoord vergeten?".
3. Vul de gebruikersnaam van uw co-account in. U ontvangt een mail met een link om een nieuw wachtwoord te kiezen.

Ontvangt u binnen het kwartier geen mail, kijk dan ook even in uw map met ongewenste berichten. Lukt het daarna nog niet, dan kan u langskomen op het secretariaat met uw identiteitskaart.

Met vriendelijke groeten,
het secretariaat''',
     rules=[], note='secretariat explains to one parent how to reset a password herself; no credential')

mail(131, 'wifi-overzicht-schooljaar', frm=S['bollen'], to=[S['bollen']], bcc=['personeel@sintpieterscollege.be'],
     subject='Start schooljaar: netwerken en wifi', date='2024-08-29 10:00', kind='alt', mailer='Microsoft Outlook 16.0',
     body='''Beste collega's,

Welkom terug! Zoals elk jaar zijn de wifisleutels vernieuwd.

|Netwerk|Voor wie|Sleutel|
|SPC-Personeel|personeel, eigen toestellen|Kl@slokaal-SPC24|
|SPC-Gast|bezoekers, ouderraad, stagiairs|Demerbocht-7712|
|SPC-Leerling|leerlingen|aanmelden met hun schoolaccount|

Geef de personeelssleutel niet aan leerlingen. Als een leerling hem toch kent, laat het me weten, dan verander ik hem.

Jan
ICT-coördinator''',
     rules=['password'], note='start-of-year staff mail (group in Bcc) with the Wi-Fi keys in a table', fmt=['alt', 'table'])

mail(132, 'jordi-asthme-etable-fr', frm=S['ooms'], to=par('P0273'), lang='fr',
     subject='Jordi - crise d\'asthme à l\'étable', date='2025-01-29 16:40',
     body="""Chère Madame Mukendi,

Je voulais vous informer que ce matin, pendant le nettoyage de l'étable des veaux, Jordi a fait une forte crise d'asthme. Son inhalateur était resté dans sa veste au vestiaire. Un camarade est allé le chercher rapidement et après une dizaine de minutes, cela allait mieux. Il a ensuite travaillé en classe le reste de la journée.

Comme c'est déjà la deuxième fois, je propose que Jordi ne travaille plus dans les étables avec la paille et le foin jusqu'à ce que le pneumologue ait revu son traitement. Pourriez-vous nous faire parvenir un certificat ou un avis du médecin ? Dorénavant, il doit toujours garder son inhalateur sur lui.

Bien à vous,
Tom Ooms
professeur d'agriculture""",
     rules=['sensitive'], cats=['medical'], about=['P0273'],
     note='French mail telling a mother about her son\'s asthma attack at the farm and asking for a doctor\'s advice')

mail(133, 'joren-bediening-burgemeester', frm=S['renard'], to=par('P0245'),
     subject='Compliment voor Joren', date='2025-05-08 17:30', kind='html',
     html='''<div style="font-family:Arial;font-size:10pt">Beste ouders van Joren,<br><br>
Vandaag ontving ons schoolrestaurant de burgemeester en het schepencollege van Diest voor een werklunch. Joren stond in de bediening en heeft dat uitstekend gedaan: vlot, beleefd en met veel oog voor detail. De burgemeester kwam na afloop speciaal naar de keuken om de leerlingen te bedanken en noemde Joren bij naam.<br><br>
We zijn trots op hem!<br><br>
Vriendelijke groeten,<br>Pascale Renard<br>restaurant &amp; keuken</div>''', body='',
     rules=[], about=['P0245'], note='teacher compliments a pupil\'s service at a lunch for the mayor', fmt=['html'])

mail(134, 'ouderraad-uitnodiging', frm=S['directie'], to=[S['directie']], bcc=['ouders@sintpieterscollege.be'],
     subject='Word lid van onze ouderraad!', date='2024-09-17 12:00', kind='alt',
     body='''Beste ouders,

Onze ouderraad zoekt nieuwe leden. De ouderraad denkt mee over het schoolbeleid (bv. de afspraken over gsm-gebruik, de schoolkosten of de verkeersveiligheid aan de schoolpoort) en organiseert activiteiten zoals de spaghettiavond en de infoavonden.

Wanneer?
De ouderraad vergadert ongeveer vijf keer per jaar op donderdagavond, om 20 uur in de refter. De eerste vergadering is op donderdag 3 oktober.

Wie?
Iedere ouder is welkom, of uw kind nu in het eerste of in het zesde jaar zit, in een algemene of in een praktijkrichting. U hoeft zich niet voor een heel jaar te engageren: een keer komen luisteren mag ook.

Interesse?
Meld u aan via het formulier in Smartschool of kom gewoon langs op 3 oktober.

Met vriendelijke groeten,
de directie en het bestuur van de ouderraad''',
     rules=[], note='general invitation to join the parents\' council (all parents in Bcc)', fmt=['alt'])

mail(135, 'bezoek-schoolboerderij-eerste-jaar', frm=S['ooms'], to=[S['ooms']],
     bcc=['ouders-1a@sintpieterscollege.be', 'ouders-1b@sintpieterscollege.be', 'ouders-1c@sintpieterscollege.be', 'ouders-1d@sintpieterscollege.be'],
     subject='Bezoek aan de schoolboerderij - eerste jaar', date='2025-04-14 10:20',
     body='''Beste ouders,

In de week van 5 mei bezoeken alle eerstejaars een halve dag onze schoolboerderij, als kennismaking met de richtingen landbouw en dierenzorg. Uw kind helpt er mee bij het voederen van de kalveren, de schapen en de kippen.

Wat moet uw kind meebrengen?
- laarzen of oude schoenen en kledij die vuil mag worden;
- een regenjas;
- een drinkfles.

Hygiëne
Na het contact met de dieren wassen alle leerlingen hun handen aan de wasplaats. Er wordt niet gegeten in de stallen.

Allergie voor dieren, hooi of stof?
Laat het de mentor van uw kind weten. Uw kind kan dan een andere taak krijgen, bv. in de serre of de moestuin.

Met vriendelijke groeten,
Tom Ooms
coördinator landbouw''',
     rules=[], note='general letter to first-year parents (Bcc) about a visit to the school farm')

mail(136, 'christ-kabongo-ocmw-parijs', frm=S['peetermans'], to=S['coenen'],
     subject='uitstap Parijs - Christ K. 4C', date='2025-03-04 10:55', kind='cp1252',
     body='''Dag Hilde,

Voor de uitstap naar Parijs van 4C: het OCMW neemt de kosten van Christ Kabongo volledig op zich (185 euro). Ik heb de bevestiging van zijn maatschappelijk assistent vanmorgen gekregen; de factuur mag rechtstreeks naar het OCMW, niet naar mama.

Achtergrond, enkel voor jou: papa zit sinds de zomer in de gevangenis in Leuven en mama staat er alleen voor met vier kinderen. Ze heeft gevraagd om Christ er niet op aan te spreken als er iets nog niet betaald is.

Merci!
Mieke''',
     rules=['sensitive'], cats=['family', 'financial'], about=['P0182'],
     note='social worker tells accounts the welfare centre pays a trip and that the father is in prison', fmt=['cp1252-8bit'])

mail(137, 'yana-stagecontract-verkeerd', frm=S['vandevelde'], to=par('P0277'),
     subject='Stageovereenkomst Yana - gegevens nakijken', date='2025-01-27 12:40', kind='alt',
     body='''Beste ouders,

Voor de stage van Yana in salon Coiffure Elegance in Tienen heb ik de stageovereenkomst voorbereid. Wilt u de gegevens nakijken voor we hem laten ondertekenen?

|Gegeven|Ingevuld|
|Naam leerling|Yana Mertens|
|Klas|6C|
|Geboortedatum|14/07/2007|
|Rijksregisternummer|07.07.14-284.06|
|Stageperiode|10 februari - 28 maart 2025|
|Stageplaats|Coiffure Elegance, Tienen|

Klopt alles, dan mag u gewoon "ok" antwoorden. Yana brengt de overeenkomst dan vrijdag mee naar huis om te ondertekenen.

Met vriendelijke groeten,
Ann Vandevelde
stagecoördinator''',
     rules=['personal_data'], about=['P0278'], misdirected=True,
     note='internship contract data of Yana Mertens (6C) with date of birth and national number sent to the parent of Yana Smets (6C)', fmt=['alt', 'table'])

mail(138, 'zeynep-certificaat-salon', frm=S['bruynseels'], to=par('P0129', 1),
     subject='Certificaat voor Zeynep', date='2025-05-14 13:35',
     body='''Beste meneer Arslan,

Op de jaarlijkse haarshow volgende vrijdag krijgt Zeynep het certificaat "Verzorgd vakmanschap". Dat reiken we elk jaar uit aan een leerling van de tweede graad die het hele jaar heel verzorgd en nauwkeurig werkte in ons schoolsalon.

Zeynep weet het nog niet, het is een verrassing! U bent van harte welkom om 19 uur in de feestzaal.

Met vriendelijke groeten,
Nathalie Bruynseels''',
     rules=[], about=['P0129'], note='teacher invites a parent because his daughter will receive a craftsmanship certificate')

mail(139, 'ouderraad-vraag-ouder', frm=S['hendrickx'], to='Liesbeth Vangeel <liesbethvangeel@outlook.com>',
     subject='Re: ouderraad', date='2024-09-24 17:50',
     body='''Beste mevrouw Vangeel,

Fijn dat u interesse hebt! U hoeft zich nergens vooraf in te schrijven: kom gewoon naar de eerste vergadering op donderdag 3 oktober om 20 uur in de refter. De ouderraad stelt zich dan voor en u kan zien of het iets voor u is.

De vergaderingen duren ongeveer anderhalf uur. Wie wil, kan in een werkgroep stappen (bv. activiteiten, verkeer, communicatie), maar dat is niet verplicht. Het verslag van elke vergadering verschijnt in Smartschool.

Met vriendelijke groeten,
Griet Hendrickx
adjunct-directeur

> Op 23 sep. 2024 om 20:14 schreef Liesbeth Vangeel:
> Goedenavond, ik zou graag meer weten over de ouderraad. Moet je je ergens inschrijven? Groeten, Liesbeth Vangeel''',
     rules=[], note='reply to one parent about how to join the parents\' council', fmt=['plain', 'reply'])

mail(140, 'beamer-pc-admin', frm=S['bollen'], to='Hans Cools <hans.cools@sintpieterscollege.be>',
     subject='RE: beamer B12 - update vraagt admin', date='2024-11-12 11:05', kind='alt', mailer='Microsoft Outlook 16.0',
     body='''Hans,

Dat is een update van het stuurprogramma van de beamer. Je mag ze installeren met het lokale beheeraccount van de klas-pc:

gebruiker: .\\klasadmin
wachtwoord: Beamer#B12-2024

Daarna opnieuw opstarten. Gelieve het niet aan leerlingen te tonen, hetzelfde account staat op alle klas-pc's van blok B.

Jan

Van: Hans Cools <hans.cools@sintpieterscollege.be>
Verzonden: dinsdag 12 november 2024 10:41
Aan: Jan Bollen <jb@spc.ksleuven.be>
Onderwerp: beamer B12 - update vraagt admin

Jan, de pc in B12 wil een update installeren voor de beamer en vraagt een beheerderswachtwoord. Wat moet ik doen? Hans''',
     rules=['password'], note='ICT answers with the local admin account of the classroom PCs', fmt=['alt', 'reply'])

mail(141, 'jasper-ondersteuning-type9', frm=S['vloeberghs'], to='Lotte Hendrikx <lotte.hendrikx@onw-oostbrabant.be>',
     subject='Ondersteuning Jasper V. (4D) - planning tweede semester', date='2025-01-31 14:05', kind='alt', mailer='Microsoft Outlook 16.0',
     body='''Dag Lotte,

Zoals besproken de planning voor de ondersteuning van Jasper Vermeulen (4D) in het tweede semester. Jasper heeft een verslag type 9 (autismespectrumstoornis).

|Week|Moment|Focus|
|3-7 februari|di 3de-4de uur (keuken)|werkplan in stappen, omgaan met drukte tijdens de service|
|17-21 februari|di 3de-4de uur|idem + voorbereiding stage|
|10-14 maart|do 1ste uur|gesprek met Jasper: hoe verliep de stage?|

Belangrijk voor de collega's van de keuken: Jasper raakt overprikkeld door het lawaai van de afwasstraat; hij mag dan zijn gehoorbeschermers dragen.

Het handelingsplan staat in het LVS; jij hebt er leesrechten op.

Groeten,
Sara''',
     rules=['sensitive'], cats=['care', 'medical'], about=['P0197'],
     note='care coordinator plans support hours with the external support network for a pupil with an autism report', fmt=['alt', 'table'])

mail(142, 'kobe-receptie-stadhuis', frm=S['vandeput'], to=par('P0195'),
     subject='Kobe gevraagd voor de nieuwjaarsreceptie van de stad', date='2024-12-10 11:25',
     body='''Beste meneer Maes,

De stad Diest heeft ons gevraagd om met enkele leerlingen de hapjes te verzorgen op de nieuwjaarsreceptie voor het personeel, op vrijdag 10 januari van 17 tot 21 uur in het stadhuis. Ik zou Kobe graag meenemen: hij is een van de meest betrouwbare leerlingen van 4D.

Omdat het buiten de schooluren is, heb ik daar uw toestemming voor nodig. De leerlingen worden na afloop door mij of een collega met de schoolbus naar huis of naar het station gebracht.

Laat u me weten of Kobe mag meedoen?

Met vriendelijke groeten,
Dirk Vandeput''',
     rules=[], about=['P0195'], note='chef asks a parent\'s permission for the pupil to help at a city reception')

mail(143, 'salonstage-kledij-kosten', frm=S['bruynseels'], to=[S['bruynseels']], bcc=['ouders-5c@sintpieterscollege.be', 'ouders-6c@sintpieterscollege.be'],
     subject='Stage in het kapsalon: kledij en materiaal', date='2025-01-09 16:00', kind='alt',
     body='''Beste ouders,

Vanaf 10 februari gaan de leerlingen van 5C en 6C op stage in een kapsalon. We krijgen vaak vragen over kledij en materiaal, daarom een kort overzicht.

Kledij
- De leerling draagt de zwarte salonkledij van de school, tenzij het salon een eigen uniform geeft.
- Gesloten, comfortabele schoenen (de leerling staat de hele dag).
- Verzorgd voorkomen: lang haar opgestoken, nagels kort, weinig juwelen.

Materiaal
De leerling gebruikt in principe het materiaal van het salon. Sommige salons vragen dat de leerling eigen scharen en kammen meebrengt; die zitten in de salonkoffer.

Kosten
Er zijn geen extra kosten voor de stage. Het vervoer naar de stageplaats is ten laste van de leerling (bv. het abonnement van De Lijn of de trein). Is dat een probleem, neem dan contact op met de school: we zoeken samen een oplossing.

Met vriendelijke groeten,
Nathalie Bruynseels
coördinator haarzorg''',
     rules=[], note='general letter to hairdressing parents (Bcc) on clothing and costs of the internship', fmt=['alt'])

mail(144, 'tabletpin-antwoord', frm=S['bruynseels'], to=S['vanschoubroek'],
     subject='Re: pincode tablet', date='2024-10-16 08:03',
     body='''190624

> Op 16 okt. 2024 om 07:58 schreef Kelly Vanschoubroek <kvs@spc.ksleuven.be>:
> Goeiemorgen! wat was de pincode van de salontablet ook weer? Ik vind je mail niet meer''',
     rules=['password'], note='reply consisting only of the salon tablet PIN', fmt=['plain', 'reply'])

mail(145, 'niels-project-tentoonstelling', frm=S['vandyck'], to=par('P0111', 1),
     subject='Project van Niels geselecteerd', date='2025-04-01 15:55',
     body='''Beste mevrouw Vanderlinden,

Het project "De Demer door de eeuwen heen" dat Niels samen met twee klasgenoten maakte voor STEM, werd geselecteerd voor de tentoonstelling van jonge makers in het Stedelijk Museum van Diest.

De tentoonstelling loopt van 12 april tot 11 mei. Op zaterdag 12 april om 14 uur is de opening; de leerlingen stellen er hun maquette zelf voor. U bent van harte welkom.

Met vriendelijke groeten,
Lies Van Dyck
titularis 3A''',
     rules=[], about=['P0111'], note='teacher tells a parent the pupil\'s school project was selected for an exhibition')

mail(146, 'afwezig-ziek-attest-vraag', frm=S['lemmens'], to='Tom Geens <tom.geens@hotmail.com>',
     subject='Re: briefje of attest bij ziekte?', date='2024-11-20 09:20',
     body='''Beste meneer Geens,

Zo werkt het volgens ons schoolreglement:

- Is uw kind maximaal drie opeenvolgende kalenderdagen ziek, dan volstaat een briefje van de ouders. Dat kan maximaal vier keer per schooljaar.
- Vanaf de vierde opeenvolgende dag, of als u de vier briefjes al gebruikt hebt, is een doktersattest nodig.
- Tijdens de examens is altijd een doktersattest nodig, ook voor één dag.

Het briefje of attest geeft uw kind af op het leerlingensecretariaat de dag dat het terug naar school komt. Verwittig de school bij voorkeur ook 's ochtends al via Smartschool of telefonisch.

Met vriendelijke groeten,
Bert Lemmens
opvoeder

> Op 19 nov. 2024 om 22:02 schreef Tom Geens:
> Goedenavond, wanneer heb je als ouder een doktersbriefje nodig en wanneer mag je zelf een briefje schrijven? Dank u, T. Geens''',
     rules=[], note='reply to one parent explaining the general rules for sick notes', fmt=['plain', 'reply'])

mail(147, 'mentornotities-1a-prive', frm='Ruben Celis <rubencelis.sport@gmail.com>', to=S['vloeberghs'],
     subject='mentorgesprekken 1A', date='2024-12-01 20:40',
     body='''Hoi Sara,

Sorry, stuur het even van thuis, mijn laptop van school ligt nog in de sporthal. Mijn bevindingen van de mentorgesprekken in 1A, voor het zorgoverleg:

1. Dries Verbist - kan heel moeilijk plannen, vergeet alles, is in de les constant afgeleid. Ouders vermoeden ADD en laten hem in januari testen bij een neuropediater in Leuven. Ze vragen of hij in afwachting al extra tijd kan krijgen.
2. Femke Ceulemans - ouders zijn in september gescheiden, ze wisselt nu elke week van huis en vergeet daardoor vaak boeken. Ze was in het gesprek erg emotioneel.
3. Seppe Aerts - geen problemen, wil graag naar de B-richting landbouw kijken voor volgend jaar.
4. Nina Tielemans - heel goed gestart.

Groetjes,
Ruben''',
     rules=['sensitive', 'private_account'], cats=['care', 'medical', 'family'], about=['P0004', 'P0006', 'P0012', 'P0013'],
     note='mentor sends first-year interview notes (suspected ADD, divorce) from his private Gmail')

mail(148, 'haccp-kledij-keukenleerlingen', frm=S['vandeput'], to=[S['vandeput']], bcc=['ouders-3d@sintpieterscollege.be', 'ouders-4d@sintpieterscollege.be'],
     subject='Hygiëne in de keuken: wat verwachten we van de leerlingen?', date='2024-09-06 13:30', kind='alt',
     body='''Beste ouders,

In de richting restaurant & keuken werken de leerlingen met voedsel dat we serveren aan gasten. Daarom volgen we de HACCP-regels van het voedselagentschap. Wat betekent dat voor uw zoon of dochter?

1. Kledij
Het koksvest, de koksbroek, de schort en de veiligheidsschoenen worden enkel in de keuken gedragen. De leerling brengt ze elke week mee naar huis om te wassen (minstens 60 graden).

2. Persoonlijke hygiëne
Lang haar vast en onder een haarnetje, geen juwelen, geen nagellak of kunstnagels, handen wassen bij het begin en na elke pauze.

3. Ziek?
Een leerling die braakt, diarree heeft of een ontstoken wonde aan de handen heeft, mag niet met voedsel werken. Hij of zij krijgt dan een andere opdracht, bv. theorie of de bediening.

4. Allergenen
De leerlingen leren bij elk recept welke allergenen erin zitten en hoe ze kruisbesmetting vermijden.

Met vriendelijke groeten,
Dirk Vandeput
chef - coördinator restaurant & keuken''',
     rules=[], note='general HACCP hygiene letter for kitchen pupils\' parents of two classes (Bcc)', fmt=['alt'])

mail(149, 'stagemailbox-niet-hier', frm=S['vandevelde'], to=S['bollen'],
     subject='wachtwoord stagemailbox', date='2025-02-10 08:45',
     body='''Dag Jan,

Het wachtwoord van stages@ werkt niet meer sinds het weekend. Heb jij het vernieuwd? Als dat zo is: stuur het me aub via een Smartschool-bericht of zeg het me straks in de leraarskamer, niet hier via mail.

Bedankt,
Ann''',
     rules=[], note='coordinator asks ICT for a mailbox password and asks not to mail it; no value')

mail(150, 'fw-burak-stage-gestopt', frm=S['vandeput'], to=[S['vloeberghs'], S['vandevelde']],
     subject='FW: stagiair Burak', date='2025-03-19 15:20', kind='alt', mailer='Microsoft Outlook 16.0',
     body='''Sara, Ann, zie hieronder. Ik had al zoiets verwacht, hij is ook in de les de laatste weken niet zichzelf. Kunnen we morgen samen zitten voor we de ouders bellen?

Dirk

Van: Jan Vermeiren <jan@bistrodemolen.be>
Verzonden: woensdag 19 maart 2025 14:02
Aan: Dirk Vandeput <dvp@spc.ksleuven.be>
Onderwerp: stagiair Burak

Dag Dirk,

Het spijt me, maar ik moet de stage van Burak voorlopig stopzetten. Hij kwam vanmorgen opnieuw binnen met rode ogen en hij rook naar wiet, al voor de tweede keer deze week. Toen mijn souschef er iets van zei, werd hij agressief, gooide hij een pan in de spoelbak en riep hij dat hij ons zou "pakken".

Hij is eigenlijk een goede jongen en hij kan koken, maar zo kan ik hem niet aan het fornuis laten staan. Ik heb hem naar huis gestuurd.

Groeten,
Jan
Bistro De Molen''',
     rules=['sensitive'], cats=['psychosocial'], about=['P0239'],
     note='forwarded host report that a kitchen intern came to work under the influence and was aggressive', fmt=['alt', 'forward-inline'])

if __name__ == '__main__':
    build()
