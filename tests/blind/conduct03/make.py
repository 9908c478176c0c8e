#!/usr/bin/env python3
"""Build the blind 'conduct03' batch: 140 .eml files + labels.yaml (stdlib only, deterministic)."""
import datetime, email.policy, html as H, os, re
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses

OUT = os.path.dirname(os.path.abspath(__file__))
POL = email.policy.SMTP
D0 = datetime.datetime(2024, 9, 2, 7, 48, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))

ST = {  # invented staff
    'kw': 'Katrien Wouters <katrien.wouters@sintpieterscollege.be>',
    'jvh': 'Joris Van Hoeymissen <joris.vanhoeymissen@sintpieterscollege.be>',
    'nea': 'Nadia El Amrani <nadia.elamrani@sintpieterscollege.be>',
    'pc': 'Pieter Claes <pieter.claes@sintpieterscollege.be>',
    'sv': 'Sofie Verhaegen <sofie.verhaegen@sintpieterscollege.be>',
    'bl': 'Bram Lenaerts <bram.lenaerts@sintpieterscollege.be>',
    'hg': 'Hilde Goossens <hilde.goossens@sintpieterscollege.be>',
    'yb': 'Youssef Bouzid <youssef.bouzid@sintpieterscollege.be>',
    'ey': 'Elif Yilmaz <elif.yilmaz@sintpieterscollege.be>',
    'mn': 'Marek Nowak <marek.nowak@sintpieterscollege.be>',
    'tv': 'Tom Vranckx <tvr@spc.ksleuven.be>',
    'lm': 'Liesbeth Maes <liesbeth.maes@sintpieterscollege.be>',
    'gj': 'Geert Janssens <gja@spc.ksleuven.be>',
    'im': 'Ines Mertens <ines.mertens@sintpieterscollege.be>',
    'mk': 'Mireille Kabongo <mireille.kabongo@sintpieterscollege.be>',
    'dv': 'Dirk Vandenbroucke <dvb@spc.ksleuven.be>',
    'ls': 'Lotte Smets <lotte.smets@sintpieterscollege.be>',
    'fw': 'Frederik Wauters <frederik.wauters@sintpieterscollege.be>',
    'vc': 'Veerle Cools <veerle.cools@sintpieterscollege.be>',
    'hj': 'Hanne Jacobs <hanne.jacobs@sintpieterscollege.be>',
    'ws': 'Wim Segers <wim.segers@sintpieterscollege.be>',
    'sds': 'Stijn De Smedt <sds@spc.ksleuven.be>',
    'cd': 'Charlotte Dupont <charlotte.dupont@sintpieterscollege.be>',
    'el': 'Eric Lambert <eric.lambert@sintpieterscollege.be>',
    'so': "Siobhan O'Rourke <siobhan.orourke@sintpieterscollege.be>",
    'asb': 'Ann-Sofie Baert <annsofie.baert@sintpieterscollege.be>',
    'kp': 'Kobe Peeters <kobe.peeters@sintpieterscollege.be>',
    'rd': 'Rudi Dierickx <rudi.dierickx@sintpieterscollege.be>',
    'ict': 'ICT-coördinator SPC <ict@sintpieterscollege.be>',
    'dir': 'Directie Sint-Pieterscollege <directie@sintpieterscollege.be>',
    'sec': 'Secretariaat SPC <secretariaat@sintpieterscollege.be>',
    'lb': 'Leerlingenbegeleiding <leerlingenbegeleiding@sintpieterscollege.be>',
}


def st(k):
    return ST[k]


def pu(first, last):  # pupil address
    return '%s %s <%s.%s@leerling.sintpieterscollege.be>' % (
        first, last, first.lower().replace(' ', ''), last.lower().replace(' ', '').replace("'", ''))


M = []


def add(slug, frm, to, subj, body, rules=(), cats=None, note='', lang='nl', fmt=('plain',), cc=(), bcc=(),
        mail_from=None, reply_to=None, html=None, quote=None, fwd=None, att=(), enc='8bit', inner=None,
        xmailer=None):
    M.append(dict(slug=slug, frm=frm, to=list(to), subj=subj, body=body, rules=list(rules), cats=cats,
                  note=note, lang=lang, fmt=list(fmt), cc=list(cc), bcc=list(bcc), mail_from=mail_from,
                  reply_to=reply_to, html=html, quote=quote, fwd=fwd, att=list(att), enc=enc, inner=inner,
                  xmailer=xmailer))


def addr(s):
    return getaddresses([s])[0][1]


QHEAD = {'nl': 'Op %s schreef %s:', 'en': 'On %s, %s wrote:', 'fr': 'Le %s, %s a écrit :'}
FHEAD = {'nl': ('---------- Doorgestuurd bericht ----------', 'Van', 'Datum', 'Onderwerp', 'Aan'),
         'en': ('---------- Forwarded message ---------', 'From', 'Date', 'Subject', 'To'),
         'fr': ('---------- Message transféré ---------', 'De', 'Date', 'Objet', 'À')}


def full_text(m):
    t = m['body'].strip('\n') + '\n'
    if m['quote']:
        when, who, q = m['quote']
        t += '\n' + QHEAD[m['lang']] % (when, who) + '\n'
        t += ''.join('> ' + l if l else '>' for l in q.strip('\n').split('\n')) if False else \
            '\n'.join(('> ' + l) if l else '>' for l in q.strip('\n').split('\n')) + '\n'
    if m['fwd']:
        f_from, f_date, f_subj, f_to, f_text = m['fwd']
        h = FHEAD[m['lang']]
        t += '\n%s\n%s: %s\n%s: %s\n%s: %s\n%s: %s\n\n%s\n' % (h[0], h[1], f_from, h[2], f_date, h[3], f_subj,
                                                             h[4], f_to, f_text.strip('\n'))
    return t


def to_html(text):
    out, rows = [], []

    def flush():
        if rows:
            out.append('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="4" '
                       'style="border-collapse:collapse;border:none">')
            for i, r in enumerate(rows):
                tag = 'th' if i == 0 else 'td'
                out.append('<tr>' + ''.join('<%s style="border:solid windowtext 1.0pt;padding:0cm 5.4pt">'
                                            '<p class="MsoNormal">%s</p></%s>' % (tag, H.escape(c.strip()), tag)
                                            for c in r) + '</tr>')
            out.append('</table>')
            rows.clear()
    for line in text.split('\n'):
        if line.startswith('|'):
            cells = line.strip().strip('|').split('|')
            if all(set(c.strip()) <= set('-:') for c in cells):
                continue
            rows.append(cells)
            continue
        flush()
        if line.startswith('>'):
            out.append('<p class="MsoNormal" style="margin-left:18pt;color:#1F497D">%s</p>' % H.escape(line[1:].strip()))
        elif line.strip():
            esc = H.escape(line)
            esc = re.sub(r'(https?://[^\s<]+)', r'<a href="\1">\1</a>', esc)
            out.append('<p class="MsoNormal">%s</p>' % esc)
        else:
            out.append('<p class="MsoNormal">&nbsp;</p>')
    flush()
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
            '<style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>'
            '</head><body lang="NL-BE" link="#0563C1"><div class="WordSection1">\n'
            + '\n'.join(out) + '\n</div></body></html>\n')


CTE = {'8bit': ('utf-8', '8bit'), 'qp': ('utf-8', 'quoted-printable'), 'b64': ('utf-8', 'base64'),
       'cp1252': ('windows-1252', '8bit'), '7bit': ('us-ascii', '7bit')}


def build(m, i, inner=False):
    msg = EmailMessage()
    date = D0.replace(hour=7 + (abs(i) * 5) % 14, minute=(abs(i) * 13) % 60) + datetime.timedelta(days=(abs(i) * 3) // 4)
    ref = ' '.join(x for x in [(m['quote'] or ('',))[0], (m['fwd'] or ('', ''))[1]] if x)
    mm = re.search(r'(\d{1,2}) (sep|okt|oct|nov|dec)', ref)
    if mm:  # answer/forward one day after the quoted mail
        mon = {'sep': 9, 'okt': 10, 'oct': 10, 'nov': 11, 'dec': 12}[mm.group(2)]
        date = datetime.datetime(2024, mon, int(mm.group(1)), 8 + abs(i) % 9, (abs(i) * 7) % 60,
                                 tzinfo=D0.tzinfo) + datetime.timedelta(days=1)
    m['date'] = date
    msg['Date'] = format_datetime(date)
    msg['From'] = m['frm']
    if m['to']:
        msg['To'] = ', '.join(m['to'])
    if m['cc']:
        msg['Cc'] = ', '.join(m['cc'])
    msg['Subject'] = m['subj']
    if m['reply_to']:
        msg['Reply-To'] = m['reply_to']
    dom = addr(m['frm']).split('@')[1]
    msg['Message-ID'] = '<%s.%04d.%s@%s>' % (re.sub(r'[^a-z0-9]', '', m['slug'])[:24], abs(i), 'spc' if not inner else 'in', dom)
    if m['quote'] or m['subj'].lower().startswith(('re:', 'antw:')):
        msg['In-Reply-To'] = '<prev.%04d@%s>' % (i, dom)
    if m['xmailer']:
        msg['X-Mailer'] = m['xmailer']
    text = full_text(m)
    cs, cte = CTE[m['enc']]
    kinds = m['fmt']
    if 'html' in kinds:  # html only
        msg.set_content(m['html'] or (text if text.lstrip().startswith('<html') else to_html(text)), subtype='html', charset=cs if cs != 'us-ascii' else 'utf-8',
                        cte=cte if cte != '7bit' else 'quoted-printable')
    else:
        msg.set_content(text, charset=cs, cte=cte)
        if 'alt' in kinds:
            msg.add_alternative(m['html'] or to_html(text), subtype='html', charset='utf-8', cte='quoted-printable')
    for fn, ctype, data in m['att']:
        ma, sa = ctype.split('/')
        if ma == 'text':
            msg.add_attachment(data.decode('utf-8'), subtype=sa, charset='utf-8', cte='base64', filename=fn)
        else:
            msg.add_attachment(data, maintype=ma, subtype=sa, filename=fn)
    if m['inner']:
        im = dict(m['inner'])
        im.setdefault('cc', []); im.setdefault('quote', None); im.setdefault('fwd', None); im.setdefault('att', [])
        im.setdefault('reply_to', None); im.setdefault('html', None); im.setdefault('enc', '8bit')
        im.setdefault('fmt', ['plain']); im.setdefault('inner', None); im.setdefault('lang', m['lang'])
        im.setdefault('xmailer', None); im.setdefault('slug', 'inner')
        inner_msg = build(im, i - 200, inner=True)
        msg.add_attachment(inner_msg, filename='doorgestuurd.eml')
    if 'MIME-Version' not in msg:
        msg['MIME-Version'] = '1.0'
    for k, part in enumerate(p for p in msg.walk() if p.is_multipart() and p.get_content_type() != 'message/rfc822'):
        part.set_boundary('----=_NextPart_%03d_%d_%s' % (i % 1000 if i > 0 else 900 + (i % 100), k, 'SPC' if not inner else 'FWD'))
    return msg


def yq(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'


def main():
    import random
    random.Random(303).shuffle(M)
    names, ylines = set(), []
    for i, m in enumerate(M, 1):
        fn = '%03d-%s.eml' % (i, m['slug'])
        assert fn not in names
        names.add(fn)
        msg = build(m, i)
        with open(os.path.join(OUT, fn), 'wb') as f:
            f.write(msg.as_bytes(policy=POL))
        rcpt = [addr(a) for a in m['to'] + m['cc'] + m['bcc']]
        mf = m['mail_from'] or addr(m['frm'])
        fmt = []
        k = m['fmt']
        fmt.append('html' if 'html' in k else 'alt' if 'alt' in k else 'plain')
        if m['enc'] in ('qp', 'b64', 'cp1252'):
            fmt.append({'qp': 'quoted-printable', 'b64': 'base64', 'cp1252': 'cp1252-8bit'}[m['enc']])
        if m['quote']:
            fmt.append('reply')
        if m['fwd']:
            fmt.append('forward-inline')
        if m['inner']:
            fmt.append('forward-attached')
        if m['att']:
            fmt.append('attachment')
        ylines.append('%s:' % fn)
        ylines.append('  rules: [%s]' % ', '.join(m['rules']))
        if 'sensitive' in m['rules']:
            ylines.append('  categories: {sensitive: [%s]}' % ', '.join(m['cats']))
        else:
            assert not m['cats'], fn
        ylines.append('  mail_from: %s' % mf)
        ylines.append('  rcpt: [%s]' % ', '.join(rcpt))
        ylines.append('  about: []')
        ylines.append('  misdirected: false')
        ylines.append('  note: %s' % yq(m['note']))
        ylines.append('  lang: %s' % m['lang'])
        ylines.append('  format: [%s]' % ', '.join(fmt))
    with open(os.path.join(OUT, 'labels.yaml'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(ylines) + '\n')
    print(len(M), 'mails written')


# ---------------------------------------------------------------- conduct: aimed at a person or group (30)
add('2c-apen', st('bl'), [st('pc')], 'ivm 2C morgen',
    """Pieter,

Kunde gij morgen het 3e uur van 2C overnemen? Ik moet naar de dokter.
Veel succes ermee, het is daar precies de apenkooi van Planckendael. Half van die gasten komen nog maar pas uit de jungle, ge moet ze bijna met bananen lokken om op hun stoel te blijven zitten. Ge weet wel welke ik bedoel.

Taak ligt op mijn bureau in het leraarslokaal.
Bram""", rules=['conduct'], note='teacher compares pupils of foreign origin to apes from the jungle in a mail to a colleague')

add('foto-sofie-bikini', st('fw'), [st('dv'), st('ws')], 'hahaha vrijdagmiddag',
    """Mannen,

Kijk wat ik gemaakt heb met die AI-app 😂😂 ons Sofie van LO eens in een ander outfitje. Niet doorsturen hé (of toch wel haha). Die zou beter zo voor de klas staan, dan zouden de gasten van 6 eindelijk eens opletten.

Fre""", rules=['conduct'], fmt=['alt'], att=[('sofie_strand_AI.jpg', 'image/jpeg', b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9')],
    note='teacher shares a sexualised fake picture of a female colleague with two colleagues, with approval')

add('hoofddoekendebat', st('rd'), [st('hg')], 'Re: voorstel werkgroep diversiteit',
    """Hilde,

Sorry maar daar doe ik niet aan mee. Die hoofddoeken hebben hier niks te zoeken en ik ga geen "dialoogmoment" organiseren over een achterlijke woestijngodsdienst die vrouwen als vee behandelt. Als ze zich hier niet willen aanpassen, er zijn genoeg vliegtuigen.

Rudi""", rules=['conduct'], quote=('di 8 okt. 2024 om 16:02', 'Hilde Goossens <hilde.goossens@sintpieterscollege.be>',
    """Dag collega's,
Voor de werkgroep diversiteit zoeken we nog iemand uit de 3e graad die mee een dialoogmoment rond levensbeschouwing wil begeleiden. Wie interesse heeft, laat maar iets weten.
Hilde"""),
    note='teacher answers a colleague with contempt for Islam and Muslims')

add('jana-na-de-les', st('sds'), [pu('Jana', 'Vermeulen')], 'je toets',
    """Hey Jana,

Je toets was niet zo goed, 8/20. Maar ik ben niet moeilijk hoor 😉 Je zag er trouwens echt goed uit vandaag in dat kleedje, dat mag je vaker aandoen. Als je die punten wat omhoog wilt, kom maar eens alleen langs in lokaal B12 na 16u, dan bekijken we samen wat we kunnen "regelen". Niks tegen de anderen zeggen he, dat is tussen ons.

Stijn""", rules=['conduct'], note='teacher puts sexual pressure on a pupil, mixing compliments on her looks with a private meeting for grades')

add('fietsenstalling', pu('Wout', 'Dewaele'), [pu('Arne', 'Lemmens')], 'morgen',
    """vuile flikker
denkt ge dat we ni weten wat ge met die gast van 5C doet. morgen aan de fietsenstalling ist gedaan met u, ik en mijn broer maken u kapot. en als ge iets zegt tegen de leerkrachten dan is het nog erger""",
    rules=['conduct'], enc='7bit' if False else '8bit', note='pupil threatens another pupil with violence and uses a homophobic slur')

add('appel-boom', st('asb'), ['Familie Wuyts <wuyts.gezin@telenet.be>'], 'Re: toets Senne',
    """Meneer Wuyts,

Ik heb geen zin meer om hier nog veel tijd in te steken. Uw zoon is gewoon een mongool die geen twee zinnen kan onthouden en zo te horen aan uw telefoontje van gisteren is de appel niet ver van de boom gevallen. Misschien moet u eerst zelf eens leren lezen voor u mij komt vertellen hoe ik les moet geven.

A. Baert""", rules=['conduct'], enc='cp1252',
    quote=('ma 14 okt. 2024 20:41', 'Familie Wuyts <wuyts.gezin@telenet.be>',
           """Mevrouw Baert, ik begrijp niet waarom Senne een 6/20 kreeg voor zijn toets Nederlands. Kunnen we eens bellen?"""),
    note='teacher insults a parent and his son with a disability slur in a reply')

add('bordel-4b', st('el'), [st('cd')], 'encore eux...',
    """Charlotte,

Encore ces bougnoules de 4B qui foutent le bordel au fond de la classe. J'en ai ras le bol, ils ne respectent rien, c'est dans leurs gènes. Je vais demander qu'on les mette tous dans la même classe, comme ça au moins on saura où se trouve le zoo.

Éric""", rules=['conduct'], lang='fr', note='teacher uses a racist slur and calls pupils of North-African origin a zoo, to a colleague')

add('changing-rooms', st('so'), [st('kp')], 'that meeting yesterday',
    """Kobe,

Honestly, I couldn't believe what I was hearing yesterday. This whole trans thing is a mental illness being pushed on kids, and now we're supposed to let these confused freaks into the girls' changing rooms? They are perverts in costume, full stop. I'm not using any made-up pronouns in my classroom, whatever the direction says.

S.""", rules=['conduct'], lang='en', note='teacher expresses contempt for transgender people as a group to a colleague')

add('mop-polen', st('gj'), [st('tv'), st('mn')], 'Fwd: haha deze is goed',
    """ZO WAAR 😂😂 kijk maar naar de poetsploeg hier, Marek zal het wel bevestigen haha""", rules=['conduct'],
    fwd=('Danny Geerts <danny.geerts62@hotmail.com>', 'za 19 okt. 2024 10:12', 'haha deze is goed', 'gja@spc.ksleuven.be',
         """Hoe herken je een Poolse bouwvakker?
Hij is de enige die om 7u al zat is en toch nog je koperdraad meeneemt.
Waarom hebben Polen geen ijsblokjes? Het recept is verloren gegaan.

Stuur door naar 10 vrienden!!"""),
    note='teacher forwards an ethnic joke about Poles to colleagues with approval and points it at a Polish colleague and the cleaning staff')

add('uren-afpakken', st('dv'), [st('kp')], 'laatste verwittiging',
    """Kobe,

Ik weet dat gij bij de directie zijt gaan klagen over mijn uren in de 5de. Als ge nog één keer achter mijn rug gaat stoken dan zult ge het voelen, en niet alleen op school. Ik weet waar ge woont en met welke auto uw vrouw rijdt. Dus denk goed na.

D.""", enc='qp', rules=['conduct'], note='teacher threatens a colleague, hinting at his home and wife')

add('dyslexie-hersens', st('ls'), [pu('Mathis', 'Hendrickx')], 'je taak geschiedenis',
    """Mathis,

Je taak is weeral te laat en vol fouten. Ik weet dat je dyslexie hebt en daarvoor je extra tijd krijgt, maar blijkbaar heb je dat ook in je hersenen, want er staat geen enkele zinnige gedachte in. Misschien moet je die faciliteiten ook voor je verstand aanvragen. Echt een schande.

Mevr. Smets""", rules=['conduct', 'sensitive'], cats=['medical'],
    note='teacher mocks a named pupil for his dyslexia (a medical fact about one pupil, to the pupil himself)')

add('ramadan-zombies', st('jvh'), [st('bl')], 'turnles 3de lesuur',
    """Bram,
Weer 2 ramadan-zombies van 4D die op de mat lagen te slapen. Ik ga Allah eens mailen of hij ze een boterham kan sturen 🙄 Dat hele volk zou beter thuisblijven die maand, dan hebben wij er ook geen last van.
J.""", enc='qp', rules=['conduct'], note='PE teacher mocks fasting Muslim pupils and their religion to a colleague')

add('mama-rayan', st('ws'), [st('fw')], 'oudercontact gisteren',
    """Fre, hebde gij de mama van Rayan gezien op het oudercontact? 🍑🔥 Dat mag bij mij altijd een extra gesprek komen "bijsturen" als ge verstaat wat ik bedoel. Ik heb haar gsm-nummer uit Smartschool al genoteerd haha. Wim""",
    rules=['conduct'], note='teacher makes sexual remarks about a pupil\'s mother to a colleague')

add('uitgeverij-prijzen', st('pc'), [st('hj')], 'offerte handboeken',
    """Hanne,

Zie de offerte. Typisch voor die joden van Pelikaan Educatief, altijd maar meer geld vragen voor hetzelfde boek met een nieuw kaftje. Die zitten op hun geld als ... enfin, ge weet wat ik bedoel. Kunnen we niet naar een andere uitgeverij?

Pieter""", rules=['conduct'], note='antisemitic stereotype about a publisher in a mail between colleagues')

add('familie-schoolrekening', st('rd'), [st('sec')], 'schoolrekening fam. Stojanović',
    """Hoi,

De familie Stojanović (Dragan 2B en zijn zus in 1A) heeft nog altijd de drie facturen van het eerste trimester niet betaald, samen € 486. Eerlijk gezegd verwacht ik niks anders, dat zigeunervolk pikt liever iets bij de Colruyt dan dat ze een rekening betalen. Stuur maar direct naar de incasso, praten heeft toch geen zin met die mensen.

Rudi""", rules=['conduct', 'sensitive'], cats=['financial'],
    note='staff member reveals unpaid bills of one named family and voices contempt for Roma')

add('terug-naar-uw-land', st('tv'), [pu('Hamza', 'Azzouzi')], 'gedrag in de les',
    """Hamza,

Wat gij vandaag in de les hebt uitgehaald was het gedrag van een makak. Als het u hier in ons land niet bevalt, dan gaat ge maar terug naar waar ge vandaan komt. Hier gedragen we ons zoals mensen.

Meneer Vranckx""", rules=['conduct'], note='teacher insults a pupil with a racist slur and tells him to go back to his country')

add('lazy-cows', st('so'), [st('so')], 'PE exam next week',
    """Girls,

Next week is the running test. Judging by what I saw today, half of you fat lazy cows will need an ambulance after one lap. Maybe lay off the crisps for a week, the boys are laughing at you and frankly so am I. No excuses, no "period" notes.

Ms O'Rourke""", rules=['conduct'], lang='en', bcc=['leerlingen-5a@sintpieterscollege.be'],
    note='teacher body-shames a group of girls in a mail to the class (group address in Bcc)')

add('salope-poste', st('el'), ['Amélie Fontaine <amelie.fontaine@spc.ksleuven.be>'], 'ta nomination',
    """Amélie,

Félicitations pour le poste de coordinatrice. Tout le monde en salle des profs sait comment tu l'as obtenu : à genoux dans le bureau du directeur. T'es qu'une salope et tu ne mérites rien. Ne compte pas sur moi pour t'aider.

É.""", enc='b64', rules=['conduct'], lang='fr', note='teacher sends a sexist, degrading insult to a female colleague')

add('vrijdag-iets-drinken', st('sds'), [st('ls')], 'vrijdag',
    """Lotte,

Ge hebt vorige week nee gezegd en de week daarvoor ook, maar ik weet dat ge het eigenlijk ook wilt 😉 Dat rokje vandaag was toch niet voor de leerlingen bedoeld. Vrijdag na het personeelsfeest rij ik u naar huis, geen discussie. En zeg het niet tegen uw vriend, wat hij niet weet...

S.""", rules=['conduct'], note='colleague keeps pressuring a female colleague sexually after repeated refusals')

add('walvis-groepschat', st('kp'), [st('dv'), st('jvh')], 'lol',
    """kijk wat ze in de groepschat van 4B zetten 🤣🤣 die dikke walvis van achteraan op de wc. Eerlijk, ik zou ook lachen. Iemand moet die eens op dieet zetten.""",
    rules=['conduct'], att=[('IMG_4471.jpg', 'image/jpeg', b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9')],
    note='teacher forwards a degrading photo of a pupil to colleagues and joins in the mocking')

add('twee-venten', st('rd'), [st('gj')], 'trouwfeest',
    """Geert,

Ik ga niet mee naar dat "trouwfeest" van Youssef en zijn vent. Twee venten die trouwen, dat is ziek en tegen de natuur. Dat zo iemand hier aan onze kinderen lesgeeft vind ik al erg genoeg. Ge moogt mijn naam van die collecte schrappen.

Rudi""", rules=['conduct'], note='teacher expresses homophobic contempt about a colleague\'s wedding')

add('buso-speelplaats', st('hj'), [st('dir')], 'Re: gedeelde speelplaats met BuSO De Horizon',
    """Ik ben tegen. Die mongolen van het BuSO horen niet op onze speelplaats, dat is geen zicht voor de ouders die op opendeurdag komen. Zet ze achter het hek of geef ze een aparte pauze. Onze leerlingen hebben er ook recht op om normale mensen rond zich te hebben.

Hanne Jacobs""", rules=['conduct'],
    quote=('wo 6 nov. 2024 om 09:15', 'Directie Sint-Pieterscollege <directie@sintpieterscollege.be>',
           """Beste collega's,
Vanaf januari delen we op woensdag de speelplaats met de leerlingen van BuSO De Horizon. Opmerkingen graag voor vrijdag.
De directie"""),
    note='teacher speaks with contempt about pupils with a disability')

add('nobody-wants-you', pu('Lisa', 'Claeys'), [pu('Grace', 'Mbuyi')], 'just saying',
    """nobody wants you in our group for the project, you ugly monkey. go back to the jungle or better go hang yourself, we would all be happier. everyone in 3C thinks the same, ask them""",
    rules=['conduct'], lang='en', note='pupil sends racist insults and urges a classmate to hang herself')

add('sale-pede', pu('Ilias', 'Benali'), [pu('Kacper', 'Nowicki')], 'a la sortie',
    """t'es mort sale pédé. je vais te casser la gueule à la sortie de l'école vendredi, tes potes ne pourront rien faire. et arrête de regarder les mecs dans les vestiaires""",
    enc='b64', rules=['conduct'], lang='fr', note='pupil threatens a classmate and uses a homophobic slur in French')

add('bij-jullie-turken', st('sds'), ['Ayşe Kaya <ayse.kaya78@gmail.com>'], 'Re: gesprek over Berkay',
    """Mevrouw Kaya,

Ik had eigenlijk met uw man willen praten. Bij jullie Turken is het zeker normaal dat de vrouw niets te zeggen heeft en dan vind ik het raar dat ik het nu met u moet regelen. Hier in België doen we dat anders. Laat uw man mij maar bellen, dan kunnen we als mannen onder elkaar praten over de punten van Berkay.

S. De Smedt""", rules=['conduct'], fmt=['alt'],
    quote=('di 12 nov. 2024 om 18:30', 'Ayşe Kaya <ayse.kaya78@gmail.com>',
           """Goedenavond meneer De Smedt, kan ik eens langskomen om te praten over de punten van Berkay voor wiskunde? Met vriendelijke groeten, Ayşe Kaya"""),
    note='teacher answers a mother with ethnic and sexist contempt')

add('klopt-als-een-bus', st('gj'), [st('rd'), st('pc')], 'Fw: Afrikaanse logica 🤣',
    """Klopt als een bus 🤣 Ge moet maar eens naar de 2de graad gaan kijken, het staat daar vol met zo'n exemplaren.""", rules=['conduct'],
    inner=dict(frm='Marc Verstraete <marc.verstraete@skynet.be>', to=['gja@spc.ksleuven.be'], subj='Afrikaanse logica',
               body="""Waarom kunnen ze in Congo geen vliegtuigen bouwen?
Omdat ze de bananen er niet in krijgen.

Wat is het verschil tussen een Congolees en een chimpansee? ... De chimpansee heeft een job.

Haha stuur door"""),
    note='teacher forwards a racist joke about Congolese people as an attachment with approval')

add('kabongo-nederlands', st('dv'), [st('hg')], 'sollicitatie Frans',
    """Hilde,

Ik heb gisteren in de jury gezeten voor die vacature Frans. Die Kabongo kan nog geen twee zinnen Nederlands, ik denk dat ze die recht van de boom hebben geplukt en in een lesgeverspak gestoken. Ik zou haar zeker niet nemen, dat volk kan niet plannen en komt altijd te laat. Neem dan liever die jongen uit Heverlee.

Dirk""", enc='cp1252', rules=['conduct'], note='jury member uses racist comparisons and stereotypes about a Congolese-Belgian candidate')

add('school-play-hot', st('fw'), [pu('Chloé', 'Dumont')], 'the play',
    """Hi Chloé,

Just wanted to say you looked very hot on stage last night, that dress was something else. Shame you're only 17 ;) Maybe we can celebrate after your 18th, just the two of us. Delete this mail after reading, ok?

Fred""", rules=['conduct'], lang='en', note='teacher sends a sexual remark and suggestion to a 17-year-old pupil')

add('vrouwen-draaibank', st('ws'), [st('im')], 'inschrijvingen elektromechanica',
    """<html><body><p>Ines,</p><p>Ik zie dat er volgend jaar 3 meisjes ingeschreven zijn voor elektromechanica. Kunt gij die niet overtuigen om naar verzorging te gaan? Vrouwen horen niet in het atelier, die zijn te dom voor een draaibank en staan daar alleen maar in de weg. Die moeten later toch achter het fornuis of aan het bed staan, dat is hun plaats.</p><p>Wim</p></body></html>""",
    rules=['conduct'], fmt=['html'], html=None,
    note='technical teacher expresses contempt for women and girls as a group')

add('okan-parasieten', st('bl'), [st('jvh'), st('tv')], 'extra uren OKAN',
    """Gasten,

Hebt ge gezien dat de OKAN-klas er nog eens 6 uren bijkrijgt? Terwijl wij onze uren zien verdwijnen. Die asielgasten zijn niks anders dan profiteurs en parasieten, die komen hier enkel voor ons geld en ons leefloon. Binnen 10 jaar is dit hier allemaal Marokko. Ik zeg het maar.

Bram""", rules=['conduct'], fmt=['alt'], note='teacher calls refugee pupils parasites, contempt for a group of origin')
# ---------------------------------------------------------------- conduct look-alikes: must NOT get conduct (25)
add('melding-kleedkamer-mehdi', st('jvh'), [st('lm')], 'melding incident kleedkamer 3B',
    """Dag Liesbeth,

Even een melding van vandaag, 5de lesuur LO. Bij het omkleden hoorde ik hoe twee jongens van 3B (Wout D. en Senne W.) tegen Mehdi riepen "vuile makak, ga terug naar uw land". Mehdi is daarna in tranen naar buiten gelopen en wou niet meer meedoen. Volgens zijn buurman is dit niet de eerste keer, ook op de bus zou het gebeuren.

Ik heb de twee apart genomen en een nota in Smartschool gezet. Kunnen jullie met Mehdi een gesprek inplannen? Hij leek me echt aangeslagen.

Joris
LO""", rules=['sensitive'], cats=['psychosocial'],
    note='PE teacher reports to the care team that a pupil was racially insulted; quoting the insult to report it')

add('clb-berichten-jana', st('lm'), ['Sara Vanmechelen <sara.vanmechelen@clb-leuven.be>'], 'zorgwekkende berichten - leerling 4A',
    """Beste Sara,

Zoals telefonisch besproken: een leerlinge uit 4A (N.B.) toonde mij vanmorgen berichten die ze krijgt van een oudere jongen die ze via Instagram kent. Hij schrijft o.a. "stuur eens een foto zonder iets aan, anders zet ik die andere foto online". Ze is erg bang en durft het niet aan haar ouders te vertellen.

Ik heb haar aangeraden niets meer te sturen en screenshots te bewaren. Kunnen jullie haar deze week zien? Ze heeft morgen een springuur om 10u.

Vriendelijke groeten,
Liesbeth Maes
leerlingenbegeleider""", rules=['sensitive'], cats=['psychosocial'],
    note='care worker reports sexual extortion of a pupil to the CLB, quoting the messages; reporting, not conduct')

add('propaganda-les', st('hg'), [st('pc'), st('kp')], 'lesvoorbereiding WOII - propaganda',
    """Dag collega's geschiedenis,

In bijlage de bronnenbundel voor de les over nazipropaganda in het 6de jaar. Ik heb er de affiche van "Der ewige Jude" (1937) en een fragment uit Der Stürmer in gestoken, met de vraag hoe de jood daar als rat en parasiet wordt voorgesteld en waarom dat zo doeltreffend was. Daarna vergelijken ze dat met hedendaagse memes over migranten.

Graag jullie feedback voor donderdag.
Hilde""", enc='b64', rules=[], att=[('bronnenbundel_propaganda_6.txt', 'text/plain',
    'Bron 1: affiche Der ewige Jude (1937)\nBron 2: fragment Der Stürmer, karikatuur\nVraag 1: Welke beeldspraak gebruikt de maker om joden te ontmenselijken?\nVraag 2: Waarom werkte deze propaganda bij een breed publiek?\nVraag 3: Vergelijk met bron 3 (hedendaagse meme). Wat is gelijk, wat verschilt?\n'.encode())],
    note='history lesson material analysing antisemitic propaganda; teaching, not conduct')

add('literatuur-n-woord', st('im'), [st('asb')], 'Re: fragment voor 5de jaar',
    """Hoi Ann-Sofie,

Goed idee om dat fragment uit die koloniale roman te gebruiken. Ik zou de leerlingen wel vooraf waarschuwen dat de verteller voortdurend "neger" en "wilden" zegt, en daar echt een gesprek rond voeren: wie spreekt er, hoe keek men toen naar Congo, waarom vinden we dat woord nu kwetsend? Ik heb vorig jaar gemerkt dat de leerlingen met Congolese roots het appreciëren als je het benoemt in plaats van het weg te moffelen.

Ines""", rules=[], quote=('ma 7 okt. 2024 om 21:10', 'Ann-Sofie Baert <annsofie.baert@sintpieterscollege.be>',
    """Ines, ik twijfel om het fragment over de Force Publique te gebruiken in 5 Latijn, wat denk jij?"""),
    note='Dutch teachers discuss how to teach a colonial novel containing racist words; literature teaching')

add('rsv-brief-ouders', st('vc'), [st('vc')], 'Lessen relationele en seksuele vorming in het 2de jaar',
    """Geachte ouders,

In de week van 18 november krijgen alle leerlingen van het 2de jaar vier lessen relationele en seksuele vorming, gegeven door de leerkrachten biologie samen met een medewerker van Sensoa.

Wat komt aan bod?
1. Het lichaam in de puberteit: borsten, penis, vagina, menstruatie, erecties en natte dromen.
2. Verliefdheid, relaties en seksuele oriëntatie.
3. Toestemming: ja is ja, nee is nee, ook online. Wat doe je als iemand naaktfoto's doorstuurt?
4. Waar kan je terecht met vragen (CLB, huisarts, Awel).

Leerlingen kunnen anoniem vragen stellen via een vragendoos. Heeft u vragen, neem dan gerust contact op.

Met vriendelijke groeten,
Veerle Cools
vakgroep biologie""", rules=[], bcc=['ouders-2@sintpieterscollege.be'], fmt=['alt'],
    note='sexuality education letter to all parents of year 2 (group in Bcc); education, not conduct')

add('toneeltekst-scene4', st('kp'), [st('ls'), st('nea')], 'tekst scène 4 toneel - nieuwe versie',
    """Hoi allebei,

Nieuwe versie van scène 4 voor het schooltoneel. Lotte, kun je dit kopiëren voor de repetitie van dinsdag?

SCÈNE 4 - De herberg
BARON (dronken, slaat op tafel): Zwijg, stomme boerentrien! Gij en uw bastaardkinderen zijn nog geen cent waard!
MARIEKE: Ge zijt een lafaard, baron. Sla mij maar, het volk zal het zien.
BARON: Het volk? Dat gespuis vreet uit mijn hand. Ik laat u allemaal aan de galg hangen!
(Lichten uit. Tromgeroffel.)

Groetjes,
Kobe""", rules=[], note='theatre script for the school play with a villain insulting another character; fiction')

add('toon-telefoon', st('nea'), ['Dhr. Geert Lambrechts <geert.lambrechts@proximus.be>'], 'ons telefoongesprek van gisteren',
    """Geachte heer Lambrechts,

Ik kom even terug op ons telefoongesprek van gisteren. Ik begrijp dat u ontevreden bent over de evaluatie van het project, en daar wil ik graag samen met u naar kijken. Wel wil ik eerlijk zeggen dat ik uw toon en een aantal uitspraken over mijn lesgeven als kwetsend heb ervaren.

Ik stel voor dat we een gesprek inplannen op school, samen met de graadcoördinator, zodat we rustig de punten kunnen overlopen. Past donderdag 17u u?

Met vriendelijke groeten,
Nadia El Amrani""", enc='cp1252', rules=[], note='teacher writes a polite complaint to a parent about his tone; decent, not conduct')

add('lessenrooster-kritiek', st('pc'), [st('dir')], 'nieuw lessenrooster - dit kan echt niet',
    """Beste directie,

Ik ga eerlijk zijn: het nieuwe lessenrooster is onaanvaardbaar. Ik heb op dinsdag vijf springuren en dan twee uur toezicht, terwijl ik in september uitdrukkelijk gevraagd had om dat te vermijden. Dit is amateuristisch gepland en het getuigt van weinig respect voor de collega's die hier al twintig jaar staan.

Ik verwacht dat dit voor het tweede trimester wordt aangepast, en anders breng ik het op het LOC.

Pieter Claes""", enc='qp', rules=[], note='strong but decent criticism of the direction about the timetable')

add('beamer-204', st('bl'), ['ICT Helpdesk <helpdesk@sintpieterscollege.be>'], 'beamer 204 ALWEER kapot',
    """Verdomme zeg, de beamer in lokaal 204 is alweer naar de kloten. Derde keer deze maand. Ik heb de helft van mijn les staan prutsen met dat kutding. Kan er iemand deze week komen kijken of beter: ne nieuwe hangen?

Bram (lokaal 204, 1ste verdiep)""", enc='cp1252', rules=[], note='teacher swears about a broken projector; insults no one')

add('politie-bedreiging-instagram', st('dir'), ['Inspecteur Koen Willems <koen.willems@politie-leuven.be>'], 'klacht bedreigingen via Instagram',
    """Geachte inspecteur Willems,

Zoals vanmiddag telefonisch gemeld, ontvingen twee van onze leerkrachten sinds vrijdag bedreigingen via een anoniem Instagram-account (@spc_wraak_2024). Letterlijk citaten uit de berichten:
- "ik weet waar ge woont, let op uw auto"
- "volgende week is het uw beurt, vuile hoer"
We hebben screenshots bewaard en sturen die als bijlage mee. De collega's komen morgen om 10u naar het commissariaat om formeel klacht neer te leggen.

Met vriendelijke groeten,
Marleen Vos
directeur Sint-Pieterscollege""", rules=[], fmt=['alt'],
    note='the director reports threats against staff to the police, quoting them; anonymous sender, no pupil named')

add('beleid-racistische-uitspraken', st('dir'), [st('dir')], 'Afspraken na het incident op de speelplaats',
    """Beste collega's,

Naar aanleiding van de recente incidenten willen we nog eens duidelijk zijn over wat we als school niet aanvaarden. Woorden als "makak", "bruine", "Polak", "mongool" of "homo" als scheldwoord horen niet op onze school, ook niet "als grapje".

Wat verwachten we van u?
1. Reageer meteen: benoem het, ook als u twijfelt.
2. Noteer het in het leerlingvolgsysteem (niet per mail).
3. Verwijs het slachtoffer door naar de leerlingenbegeleiding.
4. Bij herhaling volgt een gesprek met de directie en de ouders.

Op de pedagogische studiedag van 22 november werken we hierrond verder met Unia.

Met collegiale groeten,
de directie""", rules=[], bcc=['personeel@sintpieterscollege.be'],
    note='direction sends staff a policy mail naming slurs as examples of what is forbidden; not aimed at anyone')

add('mockingbird-guidelines', st('so'), [st('im'), st('asb')], 'To Kill a Mockingbird - discussion guidelines',
    """Hi both,

As promised, my guidelines for the Mockingbird unit in 6th year:
- The novel uses the n-word many times. We do NOT read it aloud; students say "the n-word" instead.
- Before chapter 9 we discuss why Scout is called a "n***** lover" at school and what that says about Maycomb.
- Students write a reflection on how language was used to keep Black people "in their place".
- If a student is hurt by a passage, they can talk to me or to the care team.

Feel free to adapt for your classes.
Siobhan""", rules=[], lang='en', note='English teacher shares guidelines for teaching a novel with racial slurs; teaching')

add('registres-langue', st('cd'), [st('el')], 'séquence registres de langue - 4e',
    """Salut Éric,

Pour la séquence sur les registres de langue en 4e, j'ai préparé une fiche avec trois colonnes : soutenu, courant, familier/vulgaire. Exemples : voiture / bagnole, policier / flic, homme / mec, "zut" / "merde". On discute aussi pourquoi certains mots deviennent des insultes et pourquoi on ne les utilise pas en classe.

Tu peux la relire avant jeudi ?
Bises,
Charlotte""", rules=[], lang='fr', note='French teacher prepares a lesson on language registers with vulgar words as examples')

add('fwd-klasgroep-ayoub', st('ey'), [st('dir')], 'Fwd: screenshot klasgroep 5B - voorstel tuchtgesprek',
    """Dag Marleen,

Hieronder wat Lotte van de leerlingenbegeleiding gisteren doorstuurde. Ayoub (5B) heeft dit in de klasgroep gezet nadat er in de les over het huwelijk voor iedereen gesproken was. Hij heeft al een eerste verwittiging gehad in oktober voor uitspraken in de les. Ik stel voor om een tuchtgesprek met hem en zijn ouders te plannen.

Elif
klastitularis 5B""", rules=['sensitive'], cats=['psychosocial'],
    fwd=('Lotte Smets <lotte.smets@sintpieterscollege.be>', 'di 19 nov. 2024 om 08:12', 'screenshot klasgroep 5B',
         'Elif Yilmaz <elif.yilmaz@sintpieterscollege.be>',
         """Elif, dit kreeg ik van een leerlinge uit 5B (wil anoniem blijven). Bericht van Ayoub in de WhatsApp-groep:
"alle homo's moeten dood, ze zijn een ziekte, wie het er niet mee eens is mag het komen zeggen"
Groetjes, Lotte"""),
    note='class teacher forwards evidence of a pupil\'s hateful message to the direction to propose a sanction; behaviour of one pupil')

add('foto-leerkracht-verwijderen', st('ict'), [st('dir'), 'privacy@lksd.ksleuven.be'], 'vernederende foto van collega op TikTok',
    """Dag directie, dag DPO,

Er circuleert sinds gisteren een bewerkte foto van een collega (mevrouw R.) op een TikTok-account dat door leerlingen beheerd lijkt te worden. Het beeld is seksueel getint en vernederend. Ik heb de link gemeld bij TikTok via het meldformulier en een screenshot bewaard op de afgeschermde schijf van de directie.

Voorstel: de collega vandaag nog informeren en bekijken of we aangifte doen. Ik stuur de foto bewust niet mee per mail.

Tom
ICT-coördinator""", rules=[], note='ICT reports a degrading picture of a colleague circulating, without sharing it; reporting')

add('antwoord-ouder-racisme', st('hg'), ['Mevr. Nadia Ouali <nadia.ouali@hotmail.com>'], 'Re: mijn dochter uitgescholden',
    """Beste mevrouw Ouali,

Dank u om ons dit meteen te laten weten. Wij betreuren ten zeerste wat Yasmina is overkomen. Zo'n uitspraken aanvaarden wij niet op onze school.

We hebben vandaag met de betrokken leerlingen gesproken en hun ouders worden uitgenodigd. Yasmina kan deze week ook terecht bij mevrouw Maes van de leerlingenbegeleiding als ze daar nood aan heeft. Ik bel u morgen om u op de hoogte te houden.

Met vriendelijke groeten,
Hilde Goossens
graadcoördinator 2de graad""", rules=['sensitive'], cats=['psychosocial'],
    quote=('ma 25 nov. 2024 om 19:47', 'Mevr. Nadia Ouali <nadia.ouali@hotmail.com>',
           """Mevrouw Goossens,
Mijn dochter Yasmina (3A) kwam vandaag huilend thuis. Twee jongens riepen op de speelplaats "hoofddoek = bom" en trokken aan haar sjaal. Dit is al de tweede keer. Wat gaat de school doen?
Nadia Ouali"""),
    note='coordinator answers a parent about her daughter being bullied; polite, quoting the parent; the victim is identifiable')

add('unia-lesmateriaal', st('kp'), [st('mn')], 'lesmateriaal haatspraak online',
    """Dag Marek,

Voor de lessen burgerschap in het 4de vond ik goed materiaal over haatspraak online op de site van Unia: https://www.unia.be/nl/themas/haatboodschappen
Er zit een oefening bij waarbij de leerlingen echte (anonieme) reacties op sociale media moeten inschalen: kritiek, kwetsend of strafbaar. Sommige voorbeelden zijn heftig ("alle moslims buiten", "terug naar de boot"), dus best even vooraf zelf doornemen.

Kobe""", rules=[], note='teacher shares teaching material on online hate speech with examples; teaching')

add('godsdienst-vooroordelen', st('yb'), [st('asb')], 'les vooroordelen 3de jaar',
    """Ann-Sofie,

Mijn opzet voor de les godsdienst/LEF over vooroordelen:
- Stap 1: leerlingen schrijven anoniem uitspraken op die ze al hoorden, bv. "moslims zijn terroristen", "joden hebben al het geld", "Vlamingen zijn racisten".
- Stap 2: in groepjes zoeken ze feiten die de uitspraak weerleggen.
- Stap 3: gesprek: hoe voelt het als zo'n uitspraak over jouw groep gaat?
Lijkt het je wat om dit samen te geven in 3B?

Youssef""", rules=[], note='religion teacher plans a lesson on prejudice listing stereotypes as examples to refute')

add('handboek-fouten', st('hj'), ['Redactie Pelikaan Educatief <redactie@pelikaan-educatief.be>'], 'Fouten in Chemie Actief 5 - dringend',
    """Geachte redactie,

Onze vakgroep chemie werkt dit jaar voor het eerst met Chemie Actief 5. Eerlijk gezegd zijn we erg teleurgesteld: we telden in de eerste drie hoofdstukken al 27 fouten in oplossingen en formules (lijst in bijlage). Dat is slordig werk voor een handboek van € 39 en het kost ons veel lestijd om dat recht te zetten.

We verwachten een erratum voor de kerstvakantie. Zonder dat overwegen we om volgend schooljaar van methode te veranderen.

Met vriendelijke groeten,
Hanne Jacobs
vakgroep chemie""", rules=[], att=[('fouten_chemie_actief_5.csv', 'text/csv', 'pagina;oefening;fout\n14;3b;massa fout\n22;7;formule CaCl\n31;12a;antwoord 0,25 ipv 2,5\n'.encode())],
    note='teacher sends strong but decent criticism to a publisher')

add('shitweek-pint', st('fw'), [st('ws'), st('dv'), st('kp')], 'vrijdag',
    """Amai mannen, wat een shitweek. Rapporten, oudercontact, en dan nog die klotebus die niet kwam voor de uitstap. Ik ben kapot.
Wie gaat er vrijdag na de les mee een pint pakken in de Kroon? Ik trakteer de eerste 🍺

Fre""", rules=[], note='teacher swears about his week and invites colleagues for a drink; no one insulted')

add('incident-eleve-sale-noire', st('cd'), ['Mme Isabelle Renard <isabelle.renard@athenee-wavre.be>'], 'incident lors de l\'échange - 4C',
    """Chère Isabelle,

Je dois malheureusement vous informer d'un incident survenu mercredi pendant l'activité commune. Un élève de notre 4C (M.V.) a traité une de vos élèves de « sale noire » dans le bus du retour. Nos accompagnateurs l'ont entendu et sont intervenus immédiatement.

Nous avons convoqué l'élève et ses parents. Il présentera des excuses écrites à votre élève. Pouvez-vous transmettre nos excuses à la famille ?

Bien cordialement,
Charlotte Dupont
coordinatrice des échanges""", rules=['sensitive'], cats=['psychosocial'], lang='fr',
    note='exchange coordinator reports a racist insult by a pupil (initials + class) to the partner school; reporting')

add('trip-incident-report', st('so'), ['Mr James Whitfield <j.whitfield@kingsbridge-academy.org.uk>'], 'Incident during the Canterbury visit',
    """Dear James,

Thank you again for hosting our group. I want to let you know about an incident on Tuesday evening. One of our pupils, J.P. from 5A, shouted homophobic abuse ("you f*ggot", "gays should be shot") at two of your students in the hostel corridor. Our staff stopped it straight away.

He was sent home on Wednesday at his parents' expense, and our school will follow up with a disciplinary talk. Please pass on our sincere apologies to the students concerned.

Kind regards,
Siobhan O'Rourke
Exchange coordinator, Sint-Pieterscollege Leuven""", rules=['sensitive'], cats=['psychosocial'], lang='en', fmt=['alt'],
    note='exchange coordinator reports a pupil\'s homophobic abuse to the host school, quoting it; reporting')

add('opiniestuk-hoofddoek', st('ey'), [st('yb'), st('hg')], 'opiniestuk hoofddoekenverbod',
    """Hoi Youssef, hoi Hilde,

Interessant opiniestuk in De Standaard van vandaag over het hoofddoekenverbod in het GO!. Ik ben het er zelf niet helemaal mee eens: ik denk dat een verbod meisjes eerder uit de school duwt dan dat het neutraliteit brengt. Maar de auteur heeft een punt dat leerkrachten niet altijd weten hoe ze het gesprek moeten voeren.

Misschien iets voor de werkgroep diversiteit om te bespreken?
https://www.standaard.be/cnt/dmf20241105_hoofddoekendebat

Elif""", rules=[], note='colleague shares a decent opinion on the headscarf debate; no contempt')

add('feedback-verhaal-senne', st('asb'), [pu('Senne', 'Wuyts')], 'feedback creatief schrijven',
    """Dag Senne,

Je verhaal "De Wolf van Kessel-Lo" is spannend geschreven. De scène waarin de bendeleider dreigt "Ik snij je keel door als je nog één woord zegt" werkt goed omdat je daarna de stilte beschrijft. Let wel op: in de dialogen gebruik je te vaak hetzelfde scheldwoord, varieer of laat de lezer het zelf invullen.

Punt: 15/20. Goed bezig!
Mevr. Baert""", rules=[], note='Dutch teacher gives feedback on a pupil\'s fiction that contains a threat by a character')

add('soa-les-collega', st('vc'), [st('ls')], 'les soa 5de jaar',
    """Lotte,

Voor de les soa in het 5de wil ik dit keer eens echt concreet zijn, de vragen van vorig jaar gingen over orale seks, anale seks en of je chlamydia kunt krijgen van een toilet. Ik laat de condoomdemo op de houten penis door de verpleegkundige van Sensoa doen. Kun jij de filmpjes over hiv-testen klaarzetten?

Veerle""", rules=[], note='biology teacher prepares an explicit but educational sexuality lesson with a colleague')
# ---------------------------------------------------------------- links: dangerous / oversharing (25)
add('wetransfer-busfirma', st('sec'), ['Planning Reizen Demeyer <planning@demeyer-reizen.be>'], 'deelnemerslijst Ardennen 3de jaar',
    """Goeiemiddag,

Zoals gevraagd de deelnemerslijst voor de driedaagse naar Han-sur-Lesse (3A t.e.m. 3D): naam, adres, rijksregisternummer en noodnummer van de ouders, voor de verzekering. Het bestand was te groot voor de mail, dus via WeTransfer:

https://we.tl/t-Q7mZk2PaXv

De link blijft 7 dagen geldig.

Vriendelijke groeten,
Secretariaat Sint-Pieterscollege""", enc='qp', rules=['links'],
    note='secretariat sends pupils\' national numbers and addresses to a bus company through a public WeTransfer link')

add('drive-zorgoverzicht-bijles', st('lm'), ['Studiehulp Leuven <info@studiehulp-leuven.be>'], 'zorgoverzicht leerlingen voor het bijlesproject',
    """Dag Evi,

Voor het bijlesproject van dit trimester deel ik hierbij ons zorgoverzicht van de 1ste graad, zodat jullie begeleiders weten welke leerlingen extra ondersteuning krijgen en welke maatregelen er gelden. Ik heb het op "iedereen met de link" gezet, anders lukt het niet met jullie Gmail-accounts:

https://drive.google.com/file/d/1hT8vQ2pLxR9mWk4ZcN0aYbE7uJf3sGdK/view?usp=sharing

Laat maar weten als er iets niet duidelijk is.
Liesbeth""", rules=['links'],
    note='care coordinator shares the care overview of pupils with an external organisation via an anyone-with-the-link Drive URL')

add('onedrive-fotos-ouders-1b', st('mk'), [st('mk')], 'foto\'s schoolreis 1B + namenlijst',
    """Beste ouders van 1B,

Wat een fijne schoolreis naar Bokrijk! Alle foto's staan in een map op OneDrive, samen met de lijst met namen en adressen van de kinderen voor wie de foto's willen laten afdrukken. U kunt alles bekijken en downloaden via deze link, u hebt geen account nodig:

https://1drv.ms/f/s!AkP3xQ9mVb7TgZx4hLrW2nE8KcY?e=Rb4Tq1

Groetjes,
Mireille Kabongo
klastitularis 1B""", rules=['links'], bcc=['mama.lore@telenet.be', 'jef.aerts@gmail.com', 'fam.benali@hotmail.com',
    'kowalski.anna@outlook.com', 'vanrompaey.k@skynet.be', 'tshibanda.j@gmail.com', 'goossens.bert@proximus.be'],
    note='class teacher shares photos and a names/addresses list via a public OneDrive link to many parents (in Bcc)')

add('dropbox-rapporten-6d', st('ws'), ['Luc Vandamme <luc.vandamme@gmail.com>'], 'rapporten 6D',
    """Luc,

Zoals afgesproken, nu gij de 6D overneemt tijdens mijn verlof: de rapporten en de notities van de klassenraad van het eerste trimester staan hier:
https://www.dropbox.com/scl/fo/8kq2mzw4rj7t1x0vb6uye/h?rlkey=p9d3xk2wz7am0fq4c1nbe8tgh&dl=0
Ik heb het op openbaar gezet omdat ge nog geen schoolaccount hebt.

Wim""", rules=['links'],
    note='teacher shares reports and class council notes via a public Dropbox link with an interim teacher\'s Gmail')

add('sharepoint-jury-anoniem', st('gj'), ['Prof. Ellen Dhondt <ellen.dhondt@ucll.be>'], 'resultaten geïntegreerde proef 6 Elektriciteit',
    """Beste Ellen,

Hierbij de link naar het rekenblad met de resultaten en de commentaren van de interne jury voor de GIP. Ik heb de link ingesteld op "Iedereen met de koppeling kan bewerken", dan kunt u er rechtstreeks uw score bij zetten:

https://sintpieterscollege-my.sharepoint.com/:x:/g/personal/gja_spc_ksleuven_be/EZp4Rq8wLmNcT2vXk9hY3bQBg7uJf1sD0aWeK6nHm5tP?e=xK3dQ9

Alvast bedankt!
Geert Janssens""", rules=['links'], fmt=['alt'],
    note='teacher shares pupils\' exam results through an anonymous SharePoint link (anyone with the link can edit) with an external jury member')

add('nas-credentials-url', st('tv'), ['Dries Meulemans <dries@meulemans-it.be>'], 'backup foto-archief',
    """Dries,

Kunt ge vanavond de backup van het foto-archief naar de nieuwe NAS zetten? Rechtstreekse link met login erin zodat ge niet moet zoeken:

https://admin:Sp3c-N4s!2024@nas.sintpieterscollege.be:5001/webman/index.cgi

Als het niet lukt, bel me morgen.
Tom""", rules=['links', 'password'],
    note='ICT coordinator sends an external supplier a URL with the NAS admin login and password in it')

add('azure-sas-leerlingenexport', st('tv'), ['Support SchoolPlanner <support@schoolplanner.eu>'], 'Re: import leerlingen mislukt',
    """Hallo,

Hier is de export rechtstreeks uit onze opslag, met leestoegang via de link (geldig tot eind december):

https://spcexport.blob.core.windows.net/exports/leerlingen_2024.csv?sv=2022-11-02&ss=b&srt=o&sp=rl&se=2024-12-31T23:00:00Z&st=2024-10-01T07:00:00Z&spr=https&sig=Xq8%2Fk3Lw9vRzT2mN5pYhC7aJ0fE4uB1sD6gK8iQwV3o%3D

Het bestand bevat naam, klas, geboortedatum en adres van alle leerlingen.

Groeten,
Tom Vranckx""", rules=['links'],
    quote=('wo 2 okt. 2024 om 11:02', 'Support SchoolPlanner <support@schoolplanner.eu>',
           """Beste, de import van uw leerlingenbestand is mislukt. Kunt u het bestand opnieuw bezorgen?"""),
    note='ICT sends an access token (SAS signature) in a URL to the full pupil export to an external supplier')

add('fwd-lookalike-inschrijving', st('sec'), [st('dir'), st('ict')], 'Fwd: Bevestig uw inschrijving 2025-2026 - is dit van ons??',
    """Marleen, Tom,

Een mama belde dat ze dit kreeg. Is dit iets van ons? Ik heb niet op de link geklikt. Het logo klopt wel.

Ann (secretariaat)""", enc='qp', rules=['links'],
    fwd=('Sint-Pieterscollege Inschrijvingen <noreply@sintpieters-college.be>', 'do 10 okt. 2024 om 06:55',
         'Bevestig uw inschrijving 2025-2026', 'els.vandeputte@telenet.be',
         """Geachte ouder,

Om de plaats van uw kind voor schooljaar 2025-2026 te behouden, moet u uw inschrijving bevestigen en het voorschot van € 75 betalen voor 15 oktober:

https://www.sintpieters-college.be/inschrijving/bevestigen?ref=2025-1187

Zonder bevestiging vervalt de inschrijving.
Het inschrijvingsteam"""),
    note='secretariat forwards a mail with a live link to a look-alike of the school domain to colleagues')

add('fwd-smartschool-lookalike', st('mn'), [st('ict')], 'Fwd: Smartschool: uw account moet worden geverifieerd',
    """Tom, moet ik dit doen? Ik heb het vanmorgen gekregen op mijn schoolmail.
Marek""", rules=['links'],
    fwd=('Smartschool <no-reply@smartschool-login.be>', 'ma 14 okt. 2024 om 05:31',
         'Smartschool: uw account moet worden geverifieerd', 'marek.nowak@sintpieterscollege.be',
         """Beste gebruiker,

Door een update van ons beveiligingssysteem moet u uw Smartschool-account binnen 24 uur verifiëren:
https://sintpieterscollege.smartschool-login.be/verify?u=marek.nowak

Met vriendelijke groet,
Smartschool Support"""),
    note='teacher forwards a Smartschool look-alike verification mail with a live link to ICT')

add('fwd-owa-ip', st('vc'), [st('ict')], 'Fwd: Mailbox quota exceeded',
    """Tom, dit lijkt me raar maar mijn mailbox is wel bijna vol, klopt dit? Veerle""", rules=['links'], fmt=['alt'],
    fwd=('Microsoft Outlook <postmaster@outlook-quota.net>', '15 okt. 2024 03:12', 'Mailbox quota exceeded',
         'veerle.cools@sintpieterscollege.be',
         """Your mailbox has exceeded its storage limit (99%). You will not be able to send or receive new messages.
To increase your quota, log in below:
http://185.23.44.17/owa/auth/login.php?user=veerle.cools
Microsoft 365 Team"""),
    note='teacher forwards a mailbox-quota phishing mail with a live IP-address login link')

add('shortener-wachtwoord-verloopt', st('ey'), [st('ey')], 'Fwd: Uw wachtwoord verloopt vandaag',
    """Collega's, ik kreeg dit ook, moeten we allemaal ons wachtwoord vernieuwen? Ik heb het al gedaan via de link hieronder, ging vlot. Elif""",
    rules=['links'], bcc=['personeel@sintpieterscollege.be'],
    fwd=('IT Servicedesk <servicedesk@spc-it-support.com>', 'wo 16 okt. 2024 om 07:02', 'Uw wachtwoord verloopt vandaag',
         'elif.yilmaz@sintpieterscollege.be',
         """Uw Microsoft 365-wachtwoord verloopt vandaag om 23:59.
Behoud uw huidige wachtwoord via: https://bit.ly/3Spc-Behoud
IT Servicedesk"""),
    note='teacher forwards a password-expiry phishing with a URL shortener to all staff, believing it is genuine')

add('html-mismatch-smartschool', st('hj'), [st('ict')], 'Nieuwe aanmeldpagina Smartschool? klopt dit',
    """Tom, ik wou onderstaande naar 4A sturen, klopt deze link? Hanne""", rules=['links'], fmt=['html'],
    html="""<html><body><p>Tom, ik wou onderstaande tekst naar 4A sturen, klopt deze link? Ik kreeg hem van iemand door.</p><hr><p>Dag iedereen,</p>
<p>Ik kreeg van een collega door dat Smartschool een nieuwe aanmeldpagina heeft. Log vanaf nu in via
<a href="http://smartschooI-sso.net/spc/login.php?r=4a">https://sintpieterscollege.smartschool.be</a> en vul je gegevens opnieuw in, anders kan je je taken niet meer indienen.</p>
<p>Groetjes,<br>mevr. Jacobs</p></body></html>""",
    note='teacher sends ICT a draft with an HTML link whose text shows the real Smartschool address but whose href is a look-alike domain')

add('fwd-microsoft-gedeeld-document', st('kp'), [st('ict')], 'Fwd: Ann-Sofie Baert heeft "Evaluaties_2deTrim.xlsx" met u gedeeld',
    """Is dit echt van Ann-Sofie? Ze zit vandaag op uitstap. Kobe""", rules=['links'],
    fwd=('Microsoft SharePoint <no-reply@sharepointonline-docs.com>', 'do 17 okt. 2024 om 14:40',
         'Ann-Sofie Baert heeft "Evaluaties_2deTrim.xlsx" met u gedeeld', 'kobe.peeters@sintpieterscollege.be',
         """Ann-Sofie Baert heeft een bestand met u gedeeld.
Evaluaties_2deTrim.xlsx
Openen: https://login.microsoftonline-secure.com/common/oauth2/authorize?client=sharepoint&doc=Evaluaties_2deTrim
Deze koppeling werkt alleen voor de directe ontvangers."""),
    note='teacher forwards a fake SharePoint share notice with a Microsoft look-alike login URL')

add('fwd-google-lookalike', st('yb'), [st('ict')], 'Fwd: Document shared with you: "Lijst vrijwilligers sportdag"',
    """Dag Tom, ik ken deze afzender niet, maar het gaat wel over de sportdag. Veilig? Youssef""", rules=['links'],
    fwd=('Google Drive <drive-shares@googledocs-share.info>', 'vr 18 okt. 2024 om 09:12',
         'Document shared with you: "Lijst vrijwilligers sportdag"', 'youssef.bouzid@sintpieterscollege.be',
         """Someone shared a document with you.
Lijst vrijwilligers sportdag
Open in Docs: https://docs.google.com.share-view.info/document/d/1sportdag/edit?auth=google
Google LLC, 1600 Amphitheatre Parkway"""),
    note='teacher forwards a fake Google Docs share with a look-alike Google domain')

add('wetransfer-sportdag-1a', st('jvh'), [st('jvh')], 'foto\'s en uitslagen sportdag 1A',
    """Beste ouders,

Hierbij alle foto's van de sportdag en de uitslagenlijst per leerling (met naam, klas en tijden). Downloaden kan tot volgende week via WeTransfer:

https://wetransfer.com/downloads/5f2c9a7e1b3d4f6a8c0e2b4d6f8a0c1e20241021094512/8b3d1f

Sportieve groeten,
Joris Van Hoeymissen
LO""", rules=['links'], bcc=['ouders-1a@sintpieterscollege.be', 'dewitte.leen@gmail.com', 'marc.hermans@telenet.be'],
    note='PE teacher sends a public WeTransfer with pupil photos and named results to many parents')

add('drive-allergielijst-catering', st('vc'), ['Keuken Vanbeveren Catering <bestellingen@vanbeveren-catering.be>'], 'allergieën bosklassen 1ste jaar',
    """Goeiedag,

Voor de bosklassen van 4 tot 6 december: in onderstaand document staat per leerling welke allergieën, diëten en medicatie er zijn (namen en klassen erbij). De link staat open zodat jullie koks het ook op hun gsm kunnen bekijken:

https://docs.google.com/spreadsheets/d/1Qm8ZkT4rVx2nLb7PcW9yHd3Ej6Gf0Ua5sKoNi1BtRwY/edit?usp=sharing

Vriendelijke groeten,
Veerle Cools""", enc='qp', rules=['links'],
    note='teacher shares pupils\' allergy and medication list with a caterer via an open Google Sheets link')

add('onedrive-bulletins-partner', st('cd'), ['M. Laurent Moreau <l.moreau@lycee-stjean-namur.be>'], 'bulletins des élèves en échange',
    """Bonjour Monsieur Moreau,

Comme convenu, voici les bulletins du premier trimestre des douze élèves qui participent à l'échange, ainsi que leurs fiches d'inscription. J'ai créé un lien public pour que vos collègues puissent y accéder sans compte :

https://1drv.ms/u/s!Ar9kZ2pQx7mTh4Lw8Nc3vB1dYe?e=Pq7Zx2

Bien à vous,
Charlotte Dupont""", rules=['links'], lang='fr',
    note='teacher shares pupils\' reports through a public OneDrive link with a partner school')

add('dropbox-passports-tour', st('so'), ['Bookings Team <bookings@eduventure-tours.co.uk>'], 'Passport copies - London trip March',
    """Hello,

Please find the passport and ID card copies of our 42 pupils for the London trip in this Dropbox folder. Anyone with the link can download them, so your team should have no problem:

https://www.dropbox.com/scl/fo/w3k9x2m7pq4r1t6y8u0zb/h?rlkey=a8s7d6f5g4h3j2k1l0qwertz&dl=0

Kind regards,
Siobhan O'Rourke""", rules=['links'], lang='en',
    note='teacher sends passport copies of pupils to a tour operator through a public Dropbox link')

add('smartschool-sessionid', st('mk'), ['Dhr. Patrick Lenaerts <patrick.lenaerts@telenet.be>'], 'rapport Amber',
    """Beste meneer Lenaerts,

U liet weten dat u het rapport van Amber niet kon openen omdat u uw co-account kwijt bent. Ik heb de pagina voor u opengezet, met deze link zou u rechtstreeks binnen moeten geraken zonder aan te melden:

https://sintpieterscollege.smartschool.be/index.php?module=Results&file=report&pupil=amber.lenaerts&PHPSESSID=9f3b7c1e5a2d8f4b6e0c3a7d1f5b9e2c

Met vriendelijke groeten,
Mireille Kabongo""", rules=['links'], fmt=['alt'],
    note='teacher sends a parent a Smartschool URL carrying her own session token')

add('html-mismatch-betaallink', st('rd'), [st('sec')], 'Fwd: betaling schoolrekening - link werkt?',
    """Ann, een vader vraagt of deze betaallink van ons is. Ik stuur het door, bekijk jij het?
Rudi""", rules=['links'], fmt=['html'],
    html="""<html><body><p>Ann, een vader vraagt of deze betaallink van ons is. Ik stuur het door, bekijk jij het?<br>Rudi</p>
<hr><p><b>Van:</b> Boekhouding Sint-Pieterscollege &lt;boekhouding@sintpieterscolege-pay.com&gt;<br><b>Verzonden:</b> maandag 21 oktober 2024 08:03<br><b>Onderwerp:</b> Herinnering schoolrekening</p>
<p>Geachte ouder,</p><p>Uw schoolrekening staat nog open. Betaal veilig online via
<a href="https://sintpieterscolege-pay.com/betalen?f=2024-0911">www.sintpieterscollege.be/betalen</a>.</p>
<p>Boekhouding</p></body></html>""",
    note='teacher forwards a payment phishing where the visible school URL hides a look-alike domain')

add('sharepoint-zorg-clb', st('lm'), ['Team 2de graad <team2@clb-leuven.be>'], 'overzicht zorgleerlingen voor het MDO',
    """Dag team,

Voor het MDO van donderdag: via deze link kunnen jullie het volledige overzicht met onze zorgleerlingen, hun maatregelen en de stand van de trajecten bekijken. Ik heb gekozen voor "iedereen met de koppeling" omdat jullie anders niet binnen geraken:

https://sintpieterscollege.sharepoint.com/:w:/s/Leerlingenbegeleiding/EbK7r2Xm9QpL4vNt8YcH1dAB3gFj6sKu0zWoPe5nRiT2qA?e=Wm4Lp8

Tot donderdag,
Liesbeth""", rules=['links'],
    note='care coordinator shares the pupil care overview with the CLB through an anonymous SharePoint link')

add('wetransfer-fotograaf', st('sec'), ['Studio Lichtpunt <orders@studio-lichtpunt.be>'], 'leerlingenlijst klasfoto\'s',
    """Dag Jeroen,

Zoals elk jaar: de export uit Smartschool met naam, voornaam, klas, geboortedatum en e-mailadres van de ouders voor de klasfoto's van 18 november. Download via:

https://we.tl/t-L4xN8pQrWz

Groetjes,
Ann""", rules=['links'],
    note='secretariat sends a full pupil export to the photographer via a public WeTransfer link')

add('fwd-office365-verification', st('el'), [st('ict')], 'TR: Action requise : vérification de votre compte Office 365',
    """Tom, j'ai reçu ceci ce matin. Je n'ai rien fait. C'est du phishing ?
Éric""", rules=['links'], lang='fr',
    fwd=('Office 365 <securite@office365-verification.fr>', 'mar. 22 oct. 2024 à 06:40',
         'Action requise : vérification de votre compte Office 365', 'eric.lambert@sintpieterscollege.be',
         """Cher utilisateur,
Une activité inhabituelle a été détectée sur votre compte. Vérifiez votre identité dans les 12 heures :
https://office365-verification.fr/sintpieterscollege/login
L'équipe Microsoft"""),
    note='French teacher forwards a Microsoft look-alike phishing with a live link')

add('ftp-credentials-supplier', st('tv'), ['Helpdesk Printix BV <helpdesk@printix-bv.nl>'], 'logs copier room 2',
    """Hi,

The logs of the copier in room 2 are on our FTP server, you can fetch them directly:

ftp://printlogs:Kop13r-2024@ftp.sintpieterscollege.be/logs/copier2/

Let me know when you've found the problem.
Tom Vranckx""", rules=['links', 'password'], lang='en',
    note='ICT sends an external helpdesk an FTP URL with login and password in it')

add('tinyurl-resultaten-ouders', st('pc'), [st('pc')], 'resultaten toets wiskunde 2B',
    """Beste ouders,

De resultaten van de grote toets wiskunde staan online, per leerling met naam en punt. U vindt ze via deze korte link:

https://tinyurl.com/spc-2b-wisk-res

(Die verwijst naar een Google Drive-map die iedereen met de link kan openen.)

Met vriendelijke groeten,
Pieter Claes""", rules=['links'], bcc=['ouders-2b@sintpieterscollege.be'],
    note='teacher hides a public Drive folder with named test results behind a shortener, sent to all parents of 2B')
# ---------------------------------------------------------------- link look-alikes: must NOT fire links (15)
add('planner-smartschool', st('nea'), [st('nea')], 'Planning toetsen week 45',
    """Dag 3C,

De toetsenplanning voor volgende week staat in de planner van Smartschool:
https://sintpieterscollege.smartschool.be/planner/main/user/3c

Let op: de toets Frans is verschoven naar donderdag. Vragen? Stuur me een bericht via Smartschool.

Mevr. El Amrani""", rules=[], bcc=['klas-3c@sintpieterscollege.be'],
    note='teacher links to the real Smartschool planner for her class (group in Bcc)')

add('teams-oudercontact', st('ey'), ['Dhr. Tomasz Wiśniewski <t.wisniewski@gmail.com>'], 'online oudercontact donderdag 19u',
    """Beste meneer Wiśniewski,

Zoals gevraagd kunnen we het oudercontact donderdag om 19u online doen. U kunt deelnemen via Microsoft Teams:

https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2ZjM4YjEtZGE3Ni00ZWQ5LWI0MmEtYzE4ZTc1OTgxYjQx%40thread.v2/0?context=%7b%22Tid%22%3a%22b7c3e1f0-2a4d-4e6b-9c8f-1d2e3f4a5b6c%22%7d
Vergaderings-ID: 371 552 908 214
Wachtwoordcode: Xq7Rt2

Tot donderdag,
Elif Yilmaz""", rules=[], fmt=['alt'],
    note='teacher sends a Teams meeting link with its meeting passcode to a parent; meeting passcode')

add('sharepoint-vakgroep-intern', st('pc'), [st('pc')], 'jaarplannen wiskunde',
    """Dag collega's wiskunde,

De jaarplannen en de toetsen van vorig jaar staan op onze teamsite. Enkel toegankelijk met je schoolaccount, dus niet doorsturen naar externen:
https://sintpieterscollege.sharepoint.com/sites/Vakgroep-Wiskunde/Gedeelde%20documenten/Jaarplannen%202024-2025

Pieter""", rules=[], bcc=['vakgroep-wiskunde@sintpieterscollege.be'],
    note='teacher links to a school-only SharePoint team site (group in Bcc)')

add('vrt-artikel-gsm', st('im'), [st('kw'), st('ls')], 'artikel gsm-verbod',
    """Hoi,

Voor onze discussie over het gsm-reglement, interessant artikel:
https://www.vrt.be/vrtnws/nl/2024/09/03/gsm-verbod-scholen-eerste-ervaringen/

Ik denk dat we er in de werkgroep van donderdag wel iets mee kunnen.
Ines""", rules=[], note='teacher shares a news article with colleagues')

add('studiekeuze-6de', st('kw'), [st('kw')], 'studiekeuze: infodagen en nuttige sites',
    """Beste zesdejaars,

Nu de infodagen eraan komen, een paar nuttige links:
- Onderwijskiezer: https://www.onderwijskiezer.be
- Infodagen KU Leuven: https://www.kuleuven.be/infodagen
- UCLL: https://www.ucll.be/nl/infodagen
- Studietoelage: https://www.vlaanderen.be/studietoelagen
- Toelatingsproef arts/tandarts: https://www.ond.vlaanderen.be/toelatingsexamenartstandarts

Wie een gesprek wil met de CLB-medewerker, kan zich inschrijven via Smartschool.

Mevr. Wouters
studiekeuzebegeleiding""", rules=[], bcc=['leerlingen-6@sintpieterscollege.be'],
    note='study choice mail to all year-6 pupils with university and government links (group in Bcc)')

add('schoolstraat-leuven', st('dir'), ['Mobiliteitsdienst Stad Leuven <mobiliteit@leuven.be>'], 'schoolstraat Naamsestraat vanaf januari',
    """Geachte,

Wij verwijzen in onze nieuwsbrief naar uw pagina over de schoolstraat:
https://www.leuven.be/schoolstraten
Kunt u bevestigen dat de afsluiting vanaf 6 januari geldt van 8u10 tot 8u40 en van 15u45 tot 16u15?

Met vriendelijke groeten,
de directie""", rules=[], note='direction asks the city about school streets, with a link to the city site')

add('zoom-infoavond-spreker', st('so'), ['Dr. Hannah Kessler <h.kessler@mentalhealth-talks.org>'], 'Info evening 28 November - Zoom details',
    """Dear Dr Kessler,

Thank you for agreeing to speak at our parents' evening on wellbeing. As discussed, you will join remotely:

https://us06web.zoom.us/j/84617290354?pwd=VmJqTzR5a1NxY0ZLZ3dNdnpRbWxtZz09
Meeting ID: 846 1729 0354
Passcode: 281124

We will start at 19:30 Belgian time; could you log in at 19:15 for a sound check?

Best regards,
Siobhan O'Rourke""", rules=[], lang='en',
    note='teacher sends a Zoom link with passcode to an external speaker; meeting passcode')

add('nieuwsbrief-html', st('dir'), [st('dir')], 'Nieuwsbrief november',
    """Nieuwsbrief november""", rules=[], fmt=['alt'], bcc=['ouders@sintpieterscollege.be'],
    html="""<html><body style="font-family:Arial"><h2>Nieuwsbrief Sint-Pieterscollege - november</h2>
<p>Beste ouders,</p>
<ul><li>Op 22 november is er een pedagogische studiedag: de leerlingen hebben vrij.</li>
<li>Het examenrooster van december staat op onze website: <a href="https://www.sintpieterscollege.be/examens">www.sintpieterscollege.be/examens</a></li>
<li>De kerstmarkt vindt plaats op vrijdag 13 december. Meer info: <a href="https://www.sintpieterscollege.be/kerstmarkt">klik hier</a>.</li></ul>
<p>Met vriendelijke groeten,<br>de directie</p></body></html>""",
    note='newsletter to all parents (Bcc) with links to the school\'s own website')

add('google-form-sportdag', st('jvh'), [st('jvh')], 'inschrijving sportdag: kies je sport',
    """Dag allemaal,

Kies voor vrijdag je sport voor de sportdag via dit formulier (max. 1 keuze):
https://docs.google.com/forms/d/e/1FAIpQLSd8kT4mVw2xR9pLnZc7bHq1yJf0uEa3sGo6iN5tKrWe8YhP2Q/viewform

Wie niet invult, wordt ingedeeld.
Meneer Van Hoeymissen""", rules=[], bcc=['leerlingen-2@sintpieterscollege.be'],
    note='PE teacher sends pupils a real Google Forms link to choose a sport (group in Bcc)')

add('wetransfer-promofilm', st('bl'), ['Jelle Robbrecht <jelle@beeldfabriek.be>'], 'muziek en logo voor de promofilm',
    """Dag Jelle,

Hierbij het logo in hoge resolutie, de muziek en de tekst voor de voice-over van de promofilm voor de opendeurdag. Alles samen te groot voor mail:
https://we.tl/t-Hq3VnX8cZe
Er staan geen beelden van leerlingen in, die komen van jullie eigen opnames.

Groeten,
Bram""", rules=[], note='teacher sends logo and music (no personal data) to one video maker via WeTransfer')

add('waarschuwing-phishing-defanged', st('ict'), [st('ict')], 'OPGELET: valse Smartschool-mails in omloop',
    """Beste collega's,

Sinds vanmorgen krijgen enkele collega's een mail "Uw account moet worden geverifieerd" van de afzender no-reply@smartschool-veilig[.]com. Dit is phishing.
- Klik niet op de link en vul niets in.
- Verwijder de mail of meld hem via de knop "Phishing melden" in Outlook.
- Hebt u toch uw gegevens ingevuld? Wijzig meteen uw wachtwoord via https://sintpieterscollege.smartschool.be en verwittig mij.

Onze echte Smartschool vindt u altijd op sintpieterscollege.smartschool.be.

Tom
ICT-coördinator""", rules=[], bcc=['personeel@sintpieterscollege.be'],
    note='the school\'s real phishing warning, with the bad domain defanged and only the real Smartschool link')

add('ressources-fwb', st('cd'), [st('el')], 'ressources pour la lecture en 5e',
    """Salut Éric,

J'ai trouvé des fiches de lecture très bien faites sur le site de la Fédération Wallonie-Bruxelles :
https://www.enseignement.be/index.php?page=28237
Et pour les élèves, les podcasts de la RTBF sont parfaits pour la compréhension à l'audition :
https://www.rtbf.be/auvio/podcasts

À demain,
Charlotte""", rules=[], lang='fr', note='French teacher shares public education websites')

add('mfa-setup', st('ict'), [st('ict')], 'Multi-factor authentication from 4 November',
    """Dear colleagues,

From 4 November, multi-factor authentication (MFA) will be required for all staff Microsoft 365 accounts.
What to do before that date:
1. Install the Microsoft Authenticator app on your phone.
2. Go to https://aka.ms/mfasetup and sign in with your school account.
3. Follow the steps; more info: https://support.microsoft.com/nl-nl/account-billing/microsoft-authenticator
You can also sign in via https://login.microsoftonline.com as usual.

Questions? Drop by the ICT room (B0.14) on Tuesday or Thursday at noon.

Tom""", rules=[], lang='en', bcc=['personeel@sintpieterscollege.be'],
    note='real ICT notice about MFA with genuine Microsoft links (English version for native speakers on staff)')

add('drive-schoolintern', st('vc'), [st('ls'), st('im')], 'draaiboek bosklassen',
    """Hoi,

Het draaiboek voor de bosklassen staat op de Drive van school, enkel te openen met je @sintpieterscollege.be-account:
https://drive.google.com/drive/folders/1Vx8cZ3nT5qLm2Rb9Kd7wHy4Pj0Ef6Ga?usp=sharing
(gedeeld met "Sint-Pieterscollege - iedereen in deze organisatie")

Veerle""", rules=[], note='teacher shares a Drive folder restricted to the school organisation with two colleagues')

add('klascement-html', st('asb'), [st('im')], 'mooie oefeningen spelling',
    """Ines,""", rules=[], fmt=['html'],
    html="""<html><body><p>Ines,</p>
<p>Ik vond goede oefeningen werkwoordspelling op KlasCement: <a href="https://www.klascement.net/oefeningen/werkwoordspelling">https://www.klascement.net/oefeningen/werkwoordspelling</a>.</p>
<p>Het lesmateriaal van de vakgroep staat zoals altijd op onze <a href="https://www.sintpieterscollege.be/intranet/nederlands">intranetpagina</a>.</p>
<p>Groetjes, AS</p></body></html>""",
    note='teacher sends HTML links whose visible text matches the real target or is plain text')
# ---------------------------------------------------------------- hijack: outbound phishing from a taken-over staff account (10)
add('schoolrekening-3b', st('ls'), [st('ls')], 'DRINGEND: openstaande schoolrekening',
    """Geachte ouder,

Uit onze boekhouding blijkt dat de schoolrekening van uw kind voor het eerste trimester nog niet volledig betaald is. Om extra administratiekosten van € 25 te vermijden, vragen wij u het openstaande bedrag binnen 48 uur te regelen via ons beveiligd betaalportaal:

https://sintpieterscollege-betalingen.com/portaal/login?ref=3B

Met vriendelijke groeten,
Lotte Smets
Boekhouding Sint-Pieterscollege""", rules=['hijack', 'links'], bcc=['ouders-3b@sintpieterscollege.be'],
    reply_to='Boekhouding SPC <boekhouding.spc@outlook.com>', xmailer='PHPMailer 6.8.1',
    note='hijacked teacher account mails all parents of 3B a fake overdue school bill with a look-alike payment link')

add('nieuw-rekeningnummer', st('rd'), [st('rd')], 'Wijziging rekeningnummer school',
    """Beste ouders,

Door een wijziging van bank heeft onze school een nieuw rekeningnummer. Gelieve alle betalingen (schoolrekening, uitstappen, skireis) vanaf vandaag uitsluitend over te maken op:

BE43 0689 9991 7201
t.n.v. SPC Vzw Financiën

Betalingen op het oude nummer kunnen niet meer verwerkt worden. Bij vragen kunt u antwoorden op deze mail.

Rudi Dierickx
Financiële dienst""", enc='b64', rules=['hijack', 'personal_data'], bcc=['ouders@sintpieterscollege.be'],
    reply_to='SPC Financien <spc.financien@gmail.com>',
    note='taken-over staff account tells all parents the school\'s bank account changed, giving a fraud IBAN and a Gmail Reply-To')

add('mailbox-vol-leerlingen', st('mn'), [st('mn')], 'Je mailbox is bijna vol - actie vereist', '', rules=['hijack', 'links'], fmt=['html'],
    bcc=['leerlingen@sintpieterscollege.be'],
    html="""<html><body style="font-family:Segoe UI,Arial">
<table width="600" style="border:1px solid #ccc"><tr><td style="background:#0078d4;color:#fff;padding:10px"><b>Microsoft 365</b></td></tr>
<tr><td style="padding:15px"><p>Beste leerling,</p>
<p>Je schoolmailbox heeft 98% van de opslag gebruikt. Nieuwe berichten (ook van Smartschool en je leerkrachten) worden vanaf morgen geweigerd.</p>
<p><a href="http://91.214.65.203/o365/upgrade/login.html" style="background:#0078d4;color:#fff;padding:8px 16px;text-decoration:none">Opslag gratis verhogen</a></p>
<p>ICT-dienst Sint-Pieterscollege</p></td></tr></table></body></html>""",
    note='hijacked teacher account sends all pupils a fake mailbox-full notice linking to a login page on an IP address')

add('shared-invoice-en', st('so'), [st('so')], 'Siobhan O\'Rourke shared "Invoice_London_Trip.pdf" with you',
    """Siobhan O'Rourke has shared a file with you

Invoice_London_Trip.pdf

Please review and settle the balance for your child's London trip before Friday.

Open: https://sintpieterscollege-my.sharepoint-docs.net/:b:/invoice_london_trip?auth=1

This link will expire in 24 hours.
Microsoft OneDrive""", rules=['hijack', 'links'], lang='en', fmt=['alt'], bcc=['ouders-5a@sintpieterscollege.be', 'ouders-5b@sintpieterscollege.be'],
    note='taken-over teacher account sends parents a fake OneDrive invoice share with a look-alike link')

add('facture-impayee-fr', st('cd'), [st('cd')], 'Facture impayée - voyage scolaire Paris',
    """Chers parents,

Sauf erreur de notre part, le solde du voyage scolaire à Paris (185 €) n'a pas encore été réglé. Sans paiement avant vendredi, votre enfant ne pourra malheureusement pas participer.

Payez en ligne en toute sécurité : https://bit.ly/spc-paris-paiement

Cordialement,
Charlotte Dupont
Coordinatrice du voyage""", rules=['hijack', 'links'], lang='fr', bcc=['ouders-4@sintpieterscollege.be'],
    reply_to='Voyage SPC <voyage.spc.paris@hotmail.com>',
    note='taken-over French teacher account sends parents a fake unpaid-trip invoice with a shortened link and an external Reply-To')

add('factuur-skireis-zichtbaar', st('hg'), ['jef.aerts@gmail.com', 'fam.benali@hotmail.com', 'kowalski.anna@outlook.com', 'vanrompaey.k@skynet.be', 'goossens.bert@proximus.be'],
    'Factuur skireis 2025 - laatste herinnering',
    """Beste ouders,

In bijlage vindt u de laatste herinnering voor het saldo van de skireis naar Oostenrijk (€ 420). Gelieve dit bedrag uiterlijk binnen 2 dagen te storten op rekening BE71 0961 2345 6769 met vermelding "skireis + naam leerling". Nadien wordt de inschrijving geannuleerd en het voorschot niet terugbetaald.

Hilde Goossens""", rules=['hijack', 'personal_data', 'bcc'], reply_to='Hilde Goossens <hilde.goossens.spc@gmail.com>',
    note='hijacked coordinator account sends a fake ski-trip invoice with a fraud IBAN to parents visible in To, Reply-To to Gmail')

add('smartschool-deactivatie', st('kp'), [st('kp')], 'Je Smartschool-account wordt gedeactiveerd', '', rules=['hijack', 'links'], fmt=['html'],
    bcc=['leerlingen-4@sintpieterscollege.be', 'leerlingen-5@sintpieterscollege.be'],
    html="""<html><body><p>Dag leerling,</p>
<p>Bij de controle van de accounts merkten we dat jouw Smartschool-account niet correct is ingesteld. Als je niet vóór vrijdag opnieuw aanmeldt, wordt je account gedeactiveerd en verlies je je taken en punten.</p>
<p>Meld je hier aan: <a href="https://sintpieterscollege.smartschool-verify.com/login">https://sintpieterscollege.smartschool.be/login</a></p>
<p>Meneer Peeters<br>ICT-ondersteuning</p></body></html>""",
    note='taken-over teacher account warns pupils of deactivation with a link that shows Smartschool but leads to a look-alike')

add('kleine-dienst', st('ws'), [st('ws')], 'Even een vraagje',
    """Beste ouder,

Ik zit momenteel in een vergadering en kan niet telefoneren. Ik heb dringend uw hulp nodig voor een kleine aankoop voor de klas (cadeaubonnen voor de prijsuitreiking). Kunt u mij even antwoorden of u beschikbaar bent? Ik leg het u daarna uit.

Wim Segers

Verzonden vanaf mijn iPhone""", rules=['hijack'], bcc=['ouders-6c@sintpieterscollege.be'],
    reply_to='Wim Segers <wim.segers.school@outlook.com>',
    note='hijacked teacher account sends parents a gift-card lure asking to reply to an outside address (no link)')

add('medisch-formulier', st('vc'), [st('vc')], 'Verplicht medisch formulier bosklassen',
    """Beste ouders,

Voor de bosklassen moet elke ouder uiterlijk morgen het medische formulier opnieuw invullen, want de vorige versie is verloren gegaan bij een storing. Meld u aan met uw Google- of Smartschool-gegevens:

https://accounts.google.com-signin.formulier-bosklassen.net/medisch

Zonder formulier kan uw kind niet mee.

Veerle Cools""", rules=['hijack', 'links'], bcc=['ouders-1@sintpieterscollege.be'],
    note='taken-over teacher account sends parents a fake medical form behind a Google look-alike login')

add('scholarship-en', st('so'), [st('so')], 'Congratulations! You have been selected',
    """Dear student,

Congratulations! You have been selected by the school for the Apple Education Scholarship 2024: a free iPad Pro and € 500 for study materials.

To claim your prize, confirm your school login within 24 hours:
https://tinyurl.com/spc-scholarship-claim

Best wishes,
Ms O'Rourke""", rules=['hijack', 'links'], lang='en', bcc=['leerlingen-6@sintpieterscollege.be'],
    note='hijacked teacher account sends pupils a prize lure with a shortened link to a credential page')
# ---------------------------------------------------------------- ordinary school mail (35)
add('klassenraad-4b', st('kw'), [st('lm'), st('hg')], 'verslag klassenraad 4B - 1ste trimester',
    """Dag Liesbeth, dag Hilde,

Hieronder de bespreking van de leerlingen die aandacht vragen in 4B. De rest van de klas loopt goed.

| Leerling | Bespreking | Afspraak |
|---|---|---|
| Zeynep A. | sinds de scheiding van de ouders vaak afwezig op maandag, woont nu om de week bij vader | gesprek met titularis |
| Kacper N. | nieuwe medicatie voor epilepsie, moe in de namiddag | ouders bellen, info aan LO |
| Emma V. | trekt zich terug, verdriet om overleden oma, punten zakken | aanmelden bij leerlingenbegeleiding |
| Jonas D. | geen bijzonderheden, wel studiemethode bekijken | studieplanning |

Groetjes,
Katrien
klastitularis 4B""", rules=['sensitive'], cats=['family', 'medical', 'psychosocial'], fmt=['alt'],
    note='class council notes with a table naming pupils with divorce, epilepsy medication and grief')

add('adhd-medicatie-middag', st('nea'), ['Mevr. Sanne Vermeiren <sanne.vermeiren@telenet.be>'], 'Re: medicatie Lars over de middag',
    """Beste mevrouw Vermeiren,

Dank u voor het ingevulde attest van de kinderarts. Lars mag zijn Rilatin van 12u30 voortaan op het secretariaat komen nemen; mevrouw Ann houdt het doosje bij. Als hij het vergeet, sturen we hem er even naartoe.

Met vriendelijke groeten,
Nadia El Amrani
klastitularis 1C
Sint-Pieterscollege - tel. 016 29 84 10""", rules=['sensitive', 'personal_data'], cats=['medical'], enc='qp',
    quote=('ma 9 sep. 2024 om 07:15', 'Mevr. Sanne Vermeiren <sanne.vermeiren@telenet.be>',
           """Mevrouw El Amrani, in bijlage het attest voor de middagdosis van Lars (ADHD). Kan dit op school bewaard worden? Groeten, Sanne"""),
    note='teacher confirms a named pupil\'s ADHD medication arrangement to his mother; signature with school phone')

add('wifi-gastspreker', st('kw'), ['Lieve Desmet <lieve.desmet@kazernedossin.eu>'], 'praktische info lezing 14/11',
    """Beste Lieve,

Fijn dat u donderdag komt spreken voor de zesdes. Praktisch:
- Aula, 2de verdieping, start 10u25
- Beamer met HDMI aanwezig
- Wifi-netwerk: SPC-Gast, sleutel: Lente*Kapel47

Ik wacht u op aan het onthaal om 10u.
Katrien Wouters""", enc='qp', rules=['password'], note='teacher gives an external speaker the guest Wi-Fi key')

add('printercode-nieuwe-collega', st('sec'), ['Jolien Vanhees <jolien.vanhees@sintpieterscollege.be>'], 'welkom + praktische zaken',
    """Dag Jolien,

Welkom in ons team! Nog wat praktische zaken voor maandag:
- je badge ligt op het secretariaat
- kopieercode voor de printers in het leraarslokaal: 4471
- code van de fietsenstalling personeel: 1958#
- sleutel van je kastje krijg je van Dirk

Tot maandag!
Ann""", rules=['password'], note='secretariat gives a new colleague the printer code and bicycle shed code')

add('nieuwsbrief-ouders-to', st('dir'), ['ouders@sintpieterscollege.be'], 'Uitnodiging oudercontact 1ste trimester',
    """Geachte ouders,

Op donderdag 19 december organiseren we het oudercontact van het eerste trimester, van 16u30 tot 20u30. U kunt vanaf 5 december een gesprek reserveren via Smartschool (module Intradesk > Oudercontact).

Met vriendelijke groeten,
de directie""", rules=['bcc'], note='direction puts the all-parents group address in To')

add('oudercontact-bcc', st('dir'), [st('dir')], 'Infoavond studiekeuze 2de jaar',
    """Geachte ouders,

Graag nodigen we u uit op de infoavond over de studiekeuze na het tweede jaar op dinsdag 14 januari om 19u30 in de refter. We stellen er de richtingen van de tweede graad voor en u kunt vragen stellen aan de leerkrachten.

Met vriendelijke groeten,
de directie""", rules=[], bcc=['ouders-2@sintpieterscollege.be'], note='invitation to all parents of year 2 with the group in Bcc')

add('gmail-toetsenplanning', 'Pieter Claes <pieter.claes74@gmail.com>', [st('kw')], 'toetsenplanning 2B',
    """Hoi Katrien,

Van thuis uit want mijn schoolmail doet raar op mijn laptop. De toetsenplanning voor 2B in december:
- ma 9/12 wiskunde
- wo 11/12 Frans
- vr 13/12 geschiedenis
Kun jij dat in de planner zetten?

Pieter""", rules=['private_account'], note='teacher sends school business from his private Gmail')

add('doorsturen-hotmail', st('ls'), ['Lotte Smets <lotte.smets86@hotmail.com>'], 'Fwd: vergadering vakgroep geschiedenis',
    """(naar mezelf, om thuis te lezen)""", rules=['private_account'],
    inner=dict(frm='Hilde Goossens <hilde.goossens@sintpieterscollege.be>', to=['vakgroep-geschiedenis@sintpieterscollege.be'], subj='vergadering vakgroep geschiedenis',
         body="""Dag collega's, de vakgroepvergadering gaat door op 8 oktober om 16u in lokaal A2.14. Agenda: jaarplannen, uitstap Ieper, nieuwe handboeken. Hilde"""),
    note='teacher forwards school mail to her own Hotmail mailbox')

add('xlsm-puntenblad', st('pc'), [st('hj'), st('mn')], 'puntenblad met macro',
    """Hallo,

In bijlage het rekenblad dat automatisch de totalen en de kleurcodes berekent. Bij het openen op "Inhoud inschakelen" klikken, anders werken de knoppen niet.

Pieter""", rules=['attachment'], att=[('punten_2B_2024.xlsm', 'application/vnd.ms-excel.sheet.macroEnabled.12', b'PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00vbaProject.bin' + b'\x00' * 40)],
    note='teacher sends a macro-enabled Excel workbook to colleagues')

add('zip-geogebra-exe', st('tv'), [st('pc')], 'installatie GeoGebra offline',
    """Pieter, hier de offline installer voor de laptops in lokaal 112, in een zip want Outlook blokt .exe. Uitpakken en dubbelklikken. Tom""",
    rules=['attachment'], att=[('GeoGebra_offline.zip', 'application/zip',
    b'PK\x03\x04\x14\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x17\x00\x00\x00GeoGebra-Windows-Installer.exePK\x05\x06' + b'\x00' * 18)],
    note='ICT sends a zip containing a Windows installer (.exe)')

add('ocmw-schoolrekening', st('sec'), ['Sociale dienst OCMW Leuven <sociale.dienst@leuven.be>'], 'tenlasteneming schoolkosten fam. Mukendi',
    """Geachte mevrouw Verbeeck,

Zoals afgesproken bezorgen wij u de openstaande schoolrekeningen van de twee kinderen Mukendi (Grace 3C en Joël 1A), samen € 612,40, waarvoor het OCMW de tenlasteneming heeft goedgekeurd. U kunt storten op onze rekening BE29 7350 0123 4564 met vermelding "Mukendi 2024-1".

De moeder heeft ons gevraagd de afbetalingsregeling van vorig jaar stop te zetten.

Met vriendelijke groeten,
Ann Claessens
Secretariaat""", rules=['sensitive', 'personal_data'], cats=['financial'], enc='b64',
    note='secretariat tells the OCMW the unpaid school bills of one named family that the OCMW will pay; IBAN')

add('handelingsplan-dyslexie', st('lm'), [st('nea'), st('cd'), st('asb')], 'afspraken Rayan B. (1C)',
    """Dag collega's,

Na het overleg met de ouders en het CLB gelden voor Rayan B. (1C) vanaf nu deze maatregelen (diagnose dyslexie en dyscalculie, attest in het dossier):
- toetsen in lettertype Arial 12, niet recto-verso
- extra tijd (1/3) bij toetsen en examens
- voorleessoftware (Kurzweil) tijdens taal
- geen punten af voor spelling buiten de lessen Nederlands

Bedankt om hier rekening mee te houden.
Liesbeth
zorgcoördinator""", rules=['sensitive'], cats=['care', 'medical'],
    note='care coordinator informs colleagues about the diagnoses and care measures of one pupil')

add('overlijden-papa-2a', st('hg'), [st('hg')], 'droevig nieuws - Wout (2A)',
    """Beste collega's van 2A,

Wout (2A) zijn papa is afgelopen weekend onverwacht overleden. Wout blijft deze week thuis. Mama vraagt om in de klas rustig te vertellen wat er gebeurd is; de leerlingenbegeleiding komt maandag mee in de klas.

Wie naar de afscheidsdienst wil: vrijdag 11u in de Sint-Jozefskerk in Kessel-Lo.

Hilde""", rules=['sensitive'], cats=['family'], bcc=['lerarenteam-2a@sintpieterscollege.be'],
    note='coordinator tells the class team (group in Bcc) that a named pupil\'s father died')

add('medicatiebeleid-algemeen', st('dir'), [st('dir')], 'Medicatie op school: afspraken',
    """Geachte ouders,

Omdat we geregeld vragen krijgen, zetten we de afspraken over medicatie nog eens op een rij:
1. Leerkrachten geven geen medicatie zonder attest van een arts.
2. Moet uw kind tijdens de schooluren medicatie nemen, bezorg dan het ingevulde attest (te vinden op Smartschool) aan het secretariaat.
3. Bv. bij een allergie of astma bezorgt u best een noodplan.
4. Uw kind neemt nooit medicatie van een medeleerling.

Met vriendelijke groeten,
de directie""", rules=[], bcc=['ouders@sintpieterscollege.be'],
    note='general medication procedure letter to all parents; no individual pupil')

add('busmaatschappij-uitstap', st('mn'), ['Reservaties Autocars Peeters <reservaties@autocarspeeters.be>'], 'bevestiging bus 28 november',
    """Goeiedag,

Ik bevestig de bus voor 28 november: vertrek 8u15 aan de schoolpoort (Naamsestraat), bestemming Technopolis Mechelen, terug rond 15u30. Het gaat om 52 leerlingen en 4 begeleiders.

Mijn gsm voor die dag: 0478 23 91 56.

Groeten,
Marek Nowak""", rules=['personal_data'], note='teacher confirms a bus booking with his mobile number')

add('bestelling-uitgeverij', st('hj'), ['Klantendienst Pelikaan Educatief <klantendienst@pelikaan-educatief.be>'], 'bestelling docentenlicenties',
    """Beste,

Graag bestellen wij 6 docentenlicenties voor Chemie Actief 5 en 6 (ISBN 978-90-0000-512-4 en 978-90-0000-513-1), te factureren aan Sint-Pieterscollege, Naamsestraat 88, 3000 Leuven. Btw-nummer op aanvraag bij het secretariaat.

Met vriendelijke groeten,
Hanne Jacobs""", rules=[], note='teacher orders licences from a publisher')

add('famille-accueil-fr', st('cd'), ['Mme Sophie Lemaire <s.lemaire@lycee-stjean-namur.be>'], 'familles d\'accueil - échange de mars',
    """Chère Sophie,

Voici les informations pratiques pour l'accueil de vos élèves en mars. Les familles viendront les chercher à la gare de Louvain à 10h30. En cas de problème le jour même, vous pouvez me joindre au +32 472 81 40 37.

Le programme détaillé suit la semaine prochaine.

Bien à vous,
Charlotte""", rules=['personal_data'], lang='fr', note='exchange coordinator gives the partner school her mobile number')

add('reference-letter-uk', st('so'), ['Admissions Office <admissions@st-aldric-college.ac.uk>'], 'Reference for Noor Haddad',
    """Dear Admissions Officer,

I am pleased to write in support of Noor Haddad (date of birth 14 March 2006), who graduated from our school in June 2024 in the Modern Languages-Sciences track. Noor was one of the most curious and hard-working students I have taught: she led our debating club and obtained 17/20 for her final English exam.

I recommend her without reservation.

Yours faithfully,
Siobhan O'Rourke
Teacher of English, Sint-Pieterscollege Leuven""", rules=['personal_data'], lang='en', fmt=['alt'],
    note='teacher writes a reference for a former pupil including her date of birth')

add('pleeggezin-fien', st('kw'), [st('lm')], 'Re: Fien 3A',
    """Liesbeth,

Ja, ik heb het ook van de mama gehoord. Fien woont sinds vorige week bij een pleeggezin in Wilsele, de jeugdrechter heeft dat zo beslist na wat er thuis gebeurd is. Ze komt nu met de bus van 7u50, dus ze zal soms wat later zijn. Ik zou haar voorlopig niet over de thuissituatie aanspreken in de klas.

Katrien""", rules=['sensitive'], cats=['family'],
    quote=('wo 16 okt. 2024 om 12:04', 'Liesbeth Maes <liesbeth.maes@sintpieterscollege.be>',
           """Katrien, weet jij waarom Fien deze week elke dag te laat is? L."""),
    note='class teacher tells the care team a named pupil was placed in a foster family')

add('opnieuw-gesneden', st('lm'), ['Sara Vanmechelen <sara.vanmechelen@clb-leuven.be>'], 'Re: opvolging E. (5D)',
    """Sara,

Kort nieuws: E. is vanmorgen naar mij gekomen, ze heeft zich dit weekend opnieuw gesneden, aan de bovenarm. Ze zegt dat ze thuis niemand heeft om mee te praten. Ik heb haar mama gebeld, die komt haar om 12u halen om naar de huisarts te gaan.

Kan jij deze week nog een gesprek doen?
Liesbeth""", rules=['sensitive'], cats=['psychosocial'],
    quote=('vr 18 okt. 2024 om 15:40', 'Sara Vanmechelen <sara.vanmechelen@clb-leuven.be>',
           """Liesbeth, hoe gaat het met E. uit 5D na ons gesprek van vorige week? Sara (CLB)"""),
    note='care worker tells the CLB about renewed self-harm of a pupil identified by initial and class')

add('herinnering-schoolrekening-alle', st('sec'), [st('sec')], 'Herinnering: schoolrekening september-oktober',
    """Geachte ouders,

Volgens onze gegevens is de schoolrekening van september-oktober bij een aantal gezinnen nog niet betaald. Hebt u intussen betaald, dan mag u deze herinnering als onbestaand beschouwen.

Hebt u moeilijkheden om de rekening te betalen? Neem dan gerust discreet contact op met het secretariaat; we zoeken samen naar een oplossing (bv. een afbetalingsplan).

Met vriendelijke groeten,
het secretariaat""", rules=[], bcc=['ouders@sintpieterscollege.be'],
    note='general school-bill reminder to all parents in Bcc; no family identified')

add('teams-klassenraad-passcode', st('kw'), [st('nea'), st('pc'), st('ey')], 'online klassenraad 4B woensdag',
    """Dag collega's,

De tussentijdse klassenraad van 4B gaat woensdag online door om 16u15:
https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2E4NTQ1YmUtZDk2Ny00NzNiLTk4YjItNTZkOGYxYzJlOWE3%40thread.v2/0
Vergaderings-ID: 328 445 107 622
Wachtwoordcode: 9Kp2vF

Katrien""", rules=[], note='class teacher sends colleagues a Teams link with its meeting passcode; meeting passcode')

add('verslag-vakgroep-frans', st('el'), [st('cd'), 'Amélie Fontaine <amelie.fontaine@spc.ksleuven.be>'], 'PV réunion section de français',
    """Bonjour à toutes les deux,

Voici le PV de notre réunion de section :
1. Manuels : on garde « Parcours » pour le 2e degré.
2. Voyage à Lille : date provisoire le 8 mai.
3. Concours d'orthographe : inscriptions avant le 15 novembre.

Bonne semaine,
Éric""", rules=[], lang='fr', note='minutes of the French section meeting among colleagues')

add('vrijwilligers-sportdag', st('jvh'), [st('jvh')], 'helpers sportdag gezocht',
    """Beste collega's,

Voor de sportdag op 25 oktober zoeken we nog 6 begeleiders voor de fietstocht (ca. 35 km) en 4 mensen voor de bevoorradingspost. Inschrijven kan op het blad in het leraarslokaal.

Sportieve groet,
Joris""", rules=[], bcc=['personeel@sintpieterscollege.be'], note='call for volunteers to all staff in Bcc')

add('afbetalingsplan-gezin', st('sec'), ['Dhr. Omar Tahiri <omar.tahiri@hotmail.com>'], 'afbetalingsplan schoolrekeningen',
    """Beste meneer Tahiri,

Zoals besproken op het secretariaat bevestigen wij het afbetalingsplan voor de openstaande schoolrekeningen van Ilyas en Sara (totaal € 740): 10 maandelijkse schijven van € 74, telkens voor de 5de van de maand, te beginnen in november. Gelieve de gestructureerde mededeling +++140/2024/11502+++ te gebruiken.

Met vriendelijke groeten,
Ann Claessens
Secretariaat""", rules=['sensitive'], cats=['financial'], enc='cp1252',
    note='secretariat confirms a payment plan for a family\'s unpaid school bills')

add('paswoord-reset-leerling', st('tv'), [pu('Berkay', 'Kaya')], 'je nieuw paswoord Smartschool',
    """Dag Berkay,

Ik heb je paswoord gereset zoals gevraagd.
Gebruikersnaam: berkay.kaya
Tijdelijk paswoord: Regen-Toren-83

Je moet het bij de eerste keer aanmelden zelf wijzigen.
Meneer Vranckx""", rules=['password'], note='ICT gives a pupil a temporary Smartschool password')

add('ouderraad-telefoonlijst', 'Kristel Peeters <kristel.peeters@sintpieterscollege.be>',
    ['jef.aerts@gmail.com', 'dewitte.leen@gmail.com', 'marc.hermans@telenet.be', 'fam.benali@hotmail.com'], 'ouderraad: contactlijst en volgende vergadering',
    """Beste leden van de ouderraad,

Volgende vergadering: maandag 18 november om 20u in de vergaderzaal. Hieronder de contactlijst, zodat jullie elkaar kunnen bereiken voor de kerstmarkt:
- Jef Aerts (voorzitter): 0486 12 77 43
- Leen De Witte: 0472 55 18 90
- Marc Hermans: 016 23 45 91
- Samira Benali: 0495 66 02 18

Groeten,
Kristel (schoolteam, contactpersoon ouderraad)""", rules=['bcc', 'personal_data'], fmt=['alt'],
    note='staff contact person mails the parents\' council with all addresses in To and their phone numbers')

add('zwanger-leerlinge', st('hg'), [st('lm')], 'vertrouwelijk - Amber 5C',
    """Liesbeth,

Amber (5C) kwam na de les bij mij: ze is 14 weken zwanger en wil het jaar proberen af te werken. Kunnen we samen bekijken wat er kan voor de examens en voor de LO-lessen?

Hilde""", rules=['sensitive'], cats=['medical'],
    note='coordinator tells the care team that a named pupil is pregnant')

add('ongeval-verzekering', st('sec'), ['Schadedienst Ethias <schade.scholen@ethias-verzekering.be>'], 'aangifte schoolongeval leerling Hendrickx',
    """Geachte,

Hierbij de aangifte van een schoolongeval van 7 november tijdens de LO-les:
Leerling: Mathis Hendrickx, 3B
Rijksregisternummer: 09.04.17-243.71
Letsel: breuk van de linkerpols, gips voor 6 weken (spoed UZ Leuven)
Polisnummer school: 45.112.908

Het medisch attest volgt per post.

Met vriendelijke groeten,
Secretariaat Sint-Pieterscollege""", rules=['sensitive', 'personal_data'], cats=['medical'],
    note='secretariat reports a pupil\'s injury to the insurer with his national number')

add('voyage-lille-parents-fr', st('cd'), [st('cd')], 'Voyage à Lille - informations',
    """Chers parents,

Le voyage à Lille des élèves de 5e aura lieu le jeudi 8 mai. Départ à 7h30 de l'école, retour vers 19h. Le prix (45 €) sera repris sur la facture scolaire. Les élèves prennent leur carte d'identité et un pique-nique.

Bien cordialement,
Charlotte Dupont""", rules=[], lang='fr', bcc=['ouders-5@sintpieterscollege.be'], note='French-language trip information to all year-5 parents in Bcc')

add('erasmus-planning', st('so'), ['Mr James Whitfield <j.whitfield@kingsbridge-academy.org.uk>'], 'Erasmus+ visit planning',
    """Hi James,

Thanks for the call. To sum up: your group of 18 arrives on 24 March, we'll organise a city walk on day one and the visit to the European Parliament on day three. Could you send me the list of accompanying staff by the end of January?

Best,
Siobhan""", rules=[], lang='en', note='exchange planning with a partner school')

add('uurroosterwijziging', st('dir'), [st('bl'), st('pc')], 'wijziging uurrooster vanaf 4/11',
    """Bram, Pieter,

Door de afwezigheid van een collega wisselen jullie vanaf 4 november op dinsdag het 3de en 5de lesuur (2C en 4A). Het aangepaste rooster staat vanaf morgen in Smartschool.

Bedankt voor jullie flexibiliteit,
de directie""", rules=[], note='timetable change to two teachers')

add('mdo-verslag-clb', st('lm'), ['Sara Vanmechelen <sara.vanmechelen@clb-leuven.be>'], 'verslag MDO Ilias B. (2D)',
    """Dag Sara,

Hierbij kort het verslag van het MDO van gisteren over Ilias B. (2D):
- Sinds september veel conflicten in de klas, twee keer een tuchtmaatregel.
- Het CLB start een begeleidingstraject en vraagt daarvoor toestemming aan de ouders.
- Tot dan: vaste plaats vooraan, time-outkaart, wekelijks gesprekje met de titularis.
- Volgend MDO: 16 januari.

Groetjes,
Liesbeth""", rules=['sensitive'], cats=['care', 'psychosocial'], enc='cp1252',
    note='care coordinator sends the CLB the multidisciplinary meeting report about one pupil')

add('schoolweigering-clb', st('kw'), ['Sara Vanmechelen <sara.vanmechelen@clb-leuven.be>'], 'aanmelding: Lore (4B) komt niet meer naar school',
    """Beste Sara,

Ik wil Lore uit 4B aanmelden. Ze is sinds de herfstvakantie maar twee dagen op school geweest. Volgens mama krijgt ze 's morgens buikpijn en paniek als ze de schoolpoort ziet, en ze wil niet zeggen waarom. Thuis zit ze vooral op haar kamer.

Kunnen we samen met de ouders een gesprek plannen?
Katrien Wouters""", rules=['sensitive'], cats=['psychosocial'], enc='qp',
    note='class teacher reports school refusal with anxiety of a named pupil to the CLB')

add('verloren-voorwerpen', st('sec'), [st('sec')], 'Verloren voorwerpen',
    """Beste leerlingen,

In de kast aan het onthaal liggen heel wat verloren voorwerpen: jassen, brooddozen, een rekenmachine en drie sportzakken. Alles wat er op 20 december nog ligt, gaat naar de kringwinkel.

Het secretariaat""", rules=[], bcc=['leerlingen@sintpieterscollege.be'], note='lost property notice to all pupils in Bcc')


if __name__ == '__main__':
    main()
