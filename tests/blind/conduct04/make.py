#!/usr/bin/python3
"""conduct04: blind labelled outbound mail for the Stroom (LKSD) gateway, incl. the `conduct` rule.
Deterministic: fixed dates, fixed Message-IDs, seeded randomness. Standard library only."""
import os, re, json, random, textwrap, email.charset, glob
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.header import Header
from email.utils import formataddr, parseaddr, getaddresses, format_datetime
from email import encoders
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
RND = random.Random(20240404)
MAILS = []
S = 'sintpieterscollege.be'
K = 'spc.ksleuven.be'
L = 'leerling.sintpieterscollege.be'

def d(s):
    return textwrap.dedent(s).strip('\n') + '\n'

def iban_be(bank, acct):
    """valid Belgian IBAN from 3-digit bank code and 7-digit account"""
    base = int(f'{bank:03d}{acct:07d}')
    chk = base % 97 or 97
    bban = f'{bank:03d}{acct:07d}{chk:02d}'
    num = int(bban + '1114' + '00')
    cd = 98 - num % 97
    s = f'BE{cd:02d}{bban}'
    return ' '.join(s[i:i+4] for i in range(0, 16, 4))

def rrn(yy, mm, dd, seq, after2000=False):
    base = f'{yy:02d}{mm:02d}{dd:02d}{seq:03d}'
    n = int(('2' if after2000 else '') + base)
    c = 97 - n % 97
    return f'{yy:02d}.{mm:02d}.{dd:02d}-{seq:03d}.{c:02d}'

def M(slug, frm, to, subj, body, rules=(), cats=None, note='', lang='nl', fmt=('plain',),
      cc=(), bcc=(), html=None, att=(), enc=None, reply=False, mailer=None):
    MAILS.append(dict(slug=slug, frm=frm, to=list(to) if not isinstance(to, str) else [to],
                      cc=list(cc) if not isinstance(cc, str) else [cc],
                      bcc=list(bcc) if not isinstance(bcc, str) else [bcc], subj=subj, body=body,
                      rules=list(rules), cats=cats, note=note, lang=lang, fmt=list(fmt), html=html,
                      att=list(att), enc=enc, reply=reply, mailer=mailer))

def text_part(body, enc, sub='plain'):
    if enc == 'cp1252':
        cs = email.charset.Charset('windows-1252'); cs.body_encoding = email.charset.QP
        return MIMEText(body, sub, cs)
    if enc == 'qp':
        cs = email.charset.Charset('utf-8'); cs.body_encoding = email.charset.QP
        return MIMEText(body, sub, cs)
    if enc == 'b64':
        return MIMEText(body, sub, 'utf-8')
    if enc == '8bit' or enc is None:
        try:
            body.encode('ascii')
            return MIMEText(body, sub, 'us-ascii')
        except UnicodeEncodeError:
            cs = email.charset.Charset('utf-8'); cs.body_encoding = email.charset.QP
            return MIMEText(body, sub, cs)
    raise ValueError(enc)

def hdr(v):
    try:
        v.encode('ascii'); return v
    except UnicodeEncodeError:
        return Header(v, 'utf-8').encode()

def addr_hdr(lst):
    out = []
    for a in lst:
        n, e = parseaddr(a)
        out.append(formataddr((n, e)) if n else e)
    return ', '.join(out)

def build(i, m, date):
    if m['html'] is not None and m['body'] is None:
        core = text_part(m['html'], m['enc'], 'html')
    elif m['html'] is not None:
        core = MIMEMultipart('alternative')
        core.attach(text_part(m['body'], m['enc']))
        core.attach(text_part(m['html'], m['enc'], 'html'))
    else:
        core = text_part(m['body'], m['enc'])
    if m['att']:
        msg = MIMEMultipart('mixed')
        msg.attach(core)
        for fn, data, ctype in m['att']:
            mt, st = ctype.split('/')
            if isinstance(data, str):
                data = data.encode('utf-8')
            p = MIMEBase(mt, st, name=fn)
            p.set_payload(data); encoders.encode_base64(p)
            p.add_header('Content-Disposition', 'attachment', filename=fn)
            msg.attach(p)
    else:
        msg = core
    k = 0
    for part in msg.walk():
        if part.is_multipart():
            k += 1
            part.set_boundary(f'----=_Part_c04_{i:03d}_{k}_{RND.randrange(16**10):010x}')
    msg['From'] = addr_hdr([m['frm']])
    if m['to']:
        msg['To'] = addr_hdr(m['to'])
    if m['cc']:
        msg['Cc'] = addr_hdr(m['cc'])
    msg['Subject'] = hdr(m['subj'])
    msg['Date'] = format_datetime(date)
    dom = parseaddr(m['frm'])[1].split('@')[1]
    msg['Message-ID'] = f'<c04.{i:03d}.{RND.randrange(16**8):08x}@{dom}>'
    if m['reply']:
        ref = f'<c04.prev.{i:03d}.{RND.randrange(16**6):06x}@{dom}>'
        msg['In-Reply-To'] = ref; msg['References'] = ref
    if m['mailer']:
        msg['X-Mailer'] = m['mailer']
    if 'MIME-Version' not in msg:
        msg['MIME-Version'] = '1.0'
    return msg

# ---------------------------------------------------------------- signatures
def sig(name, role, phone=None, school=True):
    s = f'\n--\n{name}\n{role}\n'
    if school:
        s += 'Sint-Pieterscollege Kessel-Lo - Stroom\n'
    if phone:
        s += f'T {phone}\n'
    return s

PHONE_SCHOOL = '016 35 72 10'

# ================================================================ CONDUCT (aimed) : 30
C = ['conduct']

M('ouder-zelfde-verhaal', f'Dirk Van Damme <dirk.vandamme@{S}>', [f'Griet Maes <griet.maes@{S}>'],
  'RE: oudercontact 2D',
  d('''
  Griet,

  Ja, ik heb die moeder van Samira ook gehad. Drie keer uitgelegd dat het rapport online staat, drie keer
  "ik begrijp niet". Typisch. Daar in hun land regelen ze alles zeker met een geitje en een handdruk, dus
  een wachtwoord en een app is te hoog gegrepen. Ik ga niet nog eens een half uur verspillen, volgende keer
  mag jij haar hebben :-)

  Dirk

  > Weet jij of de mama van Samira het digitale rapport al gevonden heeft? Ze stond vanmorgen weer aan de balie.
  '''), C, note='colleague mocks a parent by origin ("daar in hun land ... met een geitje"); contempt aimed at a parent and her origin',
  fmt=['plain', 'reply'], reply=True)

M('rokje-vandaag', f'Wouter Hermans <wouter.hermans@{S}>', [f'Evi Willems <evi.willems@{S}>'],
  'vandaag',
  d('''
  Hey Evi,

  Moest het even kwijt: dat rokje vandaag, damn. Ik heb de hele vergadering niet gehoord wat Koen zei,
  ik kon mijn ogen echt niet van je benen houden. Jammer dat je altijd zo snel weg bent na de les, ik
  zou je graag eens "bijscholen" in het vaklokaal als iedereen weg is ;)

  W.
  '''), C, note='sexually intimidating remarks to a colleague, with an unwanted proposition', fmt=['plain'])

M('feestje-zaterdag', f'Stijn Aerts <stijn.aerts@{S}>', [f'lara.vermeiren@{L}'],
  'zaterdag',
  d('''
  Hoi Lara,

  Leuk je zaterdag op de fuif in de jeugdclub te zien. Je zag er echt volwassen uit, ik herkende je eerst
  niet eens zonder je schooluniform-look :) Als je ooit extra uitleg wil voor chemie kan je altijd na de
  les blijven, dan zijn we met ons tweetjes en moet je je niet generen. Zeg het maar niet tegen de
  anderen, die worden anders jaloers.

  Stijn
  '''), C, note='teacher sends a pupil remarks on her looks and an invitation to be alone and keep it secret: sexual intimidation aimed at a pupil',
  fmt=['plain'])

M('gang-gisteren', f'Rudi Smets <rudi.smets@{S}>', ['kevin.delanghe@telenet.be'],
  'Uw gedrag in de gang gisteren',
  d('''
  Meneer Delanghe,

  Ik heb u gisteren laten roepen en laten uitspreken. Nu is het mijn beurt. Als u nog één keer zo tegen
  mij tekeer gaat in het bijzijn van leerlingen, zal u het geweten hebben. Ik ken uw straat, ik ken uw
  auto en ik weet waar u 's avonds uw hond uitlaat. Denk daar maar eens over na voor u nog eens uw mond
  opendoet.

  R. Smets
  leraar techniek
  '''), C, note='staff member threatens a parent, hinting he knows where he lives', fmt=['plain'])

M('zwemles-3c', f'Bart Wouters <bwo@{K}>', [f'Kris Janssens <kris.janssens@{S}>'],
  'zwemles 3C donderdag',
  d('''
  Kris,

  Donderdag neem jij de eerste groep, ik de tweede. En geef de dikke Jens maar aan mij, die rolt toch
  eerder over het water dan dat hij zwemt. Misschien kunnen we hem als reddingsboei gebruiken, plaats
  genoeg. Zijn moeder heeft blijkbaar hetzelfde probleem met de frietpot.

  Bart
  '''), C, note='PE teacher body-shames a pupil and his mother to a colleague', fmt=['plain'])

M('4b-kuren', f'Jan Verbeke <jan.verbeke@{S}>', [f'Dirk Van Damme <dirk.vandamme@{S}>'],
  'onze kleine professor',
  d('''
  Onze autist van 4B, Robbe, had vandaag weer zijn kuren omdat ik de toets een lokaal had verplaatst.
  Handen over de oren, wiegen, het hele circus. Misschien moeten we hem een helmpje en een koptelefoon in
  de schoolkleuren geven, dan kunnen de anderen tenminste rustig werken. "Redelijke aanpassingen" my ass.

  Jan
  '''), C + ['sensitive'], {'sensitive': ['care']},
  'mocks a named pupil\'s autism (disability) to a colleague; also discloses ASS and adjustments of an identifiable pupil',
  fmt=['plain'])

M('fw-mop-vrijdag', f'Tom Lemmens <tom.lemmens@{S}>',
  [f'Wouter Hermans <wouter.hermans@{S}>', f'Rudi Smets <rudi.smets@{S}>'],
  'FW: deze is goed',
  d('''
  Hahaha zo waar, ik lag plat. Moet ik niks meer aan toevoegen 😂

  -------- Doorgestuurd bericht --------
  Van: Gunther <gunther.vdb74@gmail.com>
  Onderwerp: deze is goed

  Wat is het verschil tussen een Marokkaan en een fiets?
  De fiets werkt.

  En waarom hebben ze in Molenbeek geen carnaval? Er is niemand meer die zich wil verkleden als
  werkende mens.
  '''), C, note='staff forwards a racist joke about Moroccans to colleagues and endorses it ("zo waar")',
  fmt=['plain', 'forward'])

M('fietsen-speelplaats', f'Koen Mertens <koen.mertens@{S}>', [f'personeel@{K}'],
  'Fietsenstalling en diefstallen',
  d('''
  Beste collega's,

  Opnieuw zijn er deze week twee fietsen en een gsm verdwenen. We weten allemaal welke groep sinds
  september bij ons ingeschreven is en we weten allemaal hoe dat volk is: de Roma-kinderen zitten het
  ganse jaar in andermans tassen, dat zit er gewoon in. Hou dus uw spullen achter slot en laat die
  kinderen niet alleen in de klas tijdens de speeltijd.

  Koen Mertens
  adjunct-directeur
  '''), C + ['bcc'], note='deputy generalises about Roma pupils as thieves (group contempt); staff list personeel@ placed in To',
  fmt=['plain', 'group-in-to'])

M('ramadan-toetsen', f'Joke Mahieu <joke.mahieu@{S}>', [f'Els De Smet <els.desmet@{S}>'],
  'toetsenreeks maart',
  d('''
  Els,

  Kunnen we de toetsen in maart niet gewoon verschuiven? Het is weer die tijd van het jaar: de helft van
  de klas ligt te slapen omdat ze 's nachts moeten vreten van hun Allah. Misschien moeten we meteen een
  gebedsmatje achteraan in het lokaal leggen en de bel vervangen door de moskee, dan zijn ze tenminste
  wakker. Zo'n achterlijke godsdienst, in 2024.

  Joke
  '''), C, note='mocks Muslim pupils and their religion ("achterlijke godsdienst")', fmt=['plain'])

M('mere-hysterique', f'Nadia El Amrani <nea@{K}>', [f'Claire Dumont <claire.dumont@{S}>'],
  'Re: la maman de Théo',
  d('''
  Claire,

  Franchement, cette mère est une hystérique de première. Elle m'a encore appelée trois fois hier soir.
  Un vrai cas social, tu vois le genre : survêtement, cigarette, et elle vient me faire la leçon sur la
  pédagogie. Pas étonnant que le gamin soit comme ça. Je ne réponds plus, qu'elle aille pleurer chez la
  direction.

  Nadia

  > Elle t'a aussi écrit au sujet du devoir de Théo ?
  '''), C, note='French: teacher insults a parent ("hystérique", "cas social") and sneers at her class',
  lang='fr', fmt=['plain', 'reply'], reply=True)

M('exchange-feedback', f'Pieter Goossens <pieter.goossens@{S}>', ['m.hollis@brookfield-academy.co.uk'],
  'Re: feedback on the Leuven visit',
  d('''
  Dear Martin,

  Since you ask for honest feedback: your students behaved like animals in the youth hostel. Frankly,
  what do you expect from kids from that part of Birmingham, half of them can barely string a sentence
  together and the other half are on benefits anyway. I don't think we will host your school again
  unless you bring a better class of pupil.

  Pieter Goossens
  History department, Sint-Pieterscollege
  '''), C, note='English: to an exchange partner, demeaning a group of pupils by class/neighbourhood ("like animals")',
  lang='en', fmt=['plain', 'reply'], reply=True)

M('nieuwe-wiskunde-gsm', f'Griet Maes <griet.maes@{S}>', [f'Joke Mahieu <joke.mahieu@{S}>'],
  'Re: vervanging',
  d('''
  Die nieuwe van wiskunde is echt een trut. Zo dom als het achtereind van een varken en ze denkt dat ze
  alles weet. Wie heeft die aangenomen?? Ik ga niet met haar in een team zitten

  Verstuurd vanaf mijn iPhone
  '''), C, note='phone-style mail insulting a new colleague', fmt=['plain', 'phone', 'reply'], reply=True,
  mailer='iPhone Mail (21D61)')

M('anoniem-lerarenkamer', 'Een bezorgde collega <leraarskamer.spc@gmail.com>', [f'lies.vermeulen@{S}'],
  'even eerlijk',
  d('''
  Lies,

  Iemand moet het je zeggen. Iedereen in de leraarskamer lacht met jou. Je lessen zijn chaos, de
  leerlingen noemen je "de muis" en eerlijk gezegd hebben ze gelijk. Misschien moet je eens nadenken of
  lesgeven wel iets voor jou is. Het zou voor iedereen beter zijn als je na dit schooljaar gewoon niet
  meer terugkomt.

  Een collega
  '''), C + ['private_account'],
  note='anonymous staff member harasses a colleague from a private gmail about school matters',
  fmt=['plain'])

M('gsm-in-de-les', f'Rudi Smets <rudi.smets@{S}>', ['fam.debacker@skynet.be'],
  'GSM-gebruik van Arne',
  d('''
  Geachte ouders,

  Arne heeft vandaag opnieuw zijn gsm gebruikt tijdens de les techniek. Misschien kan hij, als hij ooit
  leert lezen, de schoolregels eens doornemen. Al verwacht ik daar eerlijk gezegd weinig van, gezien het
  voorbeeld dat hij thuis krijgt: u stond vorige week zelf tijdens het oudercontact te bellen.

  Ik vertrouw erop dat u dit thuis bespreekt, voor zover dat lukt.

  R. Smets
  '''), C, note='sarcasm demeaning both the pupil and his parents in a mail to the parents', fmt=['plain'])

M('lo-collega-kamp', f'Dirk Van Damme <dirk.vandamme@{S}>', [f'Koen Mertens <koen.mertens@{S}>'],
  'begeleiding sportkamp',
  d('''
  Koen,

  Voor het sportkamp in mei zou ik Bram niet alleen met de jongens op de kamers laten. Je hebt hem toch
  al gezien met zijn roze fietsje en zijn maatje "van de badminton". Je weet van welke kant die is. Ik
  zeg maar wat iedereen denkt: zo iemand hoort niet 's nachts op een gang vol vijftienjarige jongens.

  Dirk
  '''), C, note='homophobic insinuation about a colleague, casting him as a danger to pupils', fmt=['plain'])

M('die-vader', f'Wouter Hermans <wouter.hermans@{S}>', [f'Tom Lemmens <tom.lemmens@{S}>'],
  'Re: incident parking',
  d('''
  Tom,

  Heb ik gezien ja, vanuit het raam. Iemand zou die vader eens goed op zijn bek moeten slaan, ik meld me
  vrijwillig. Volgende keer dat hij op de parking staat te roepen gaan we met ons tweeën naar buiten en
  regelen we het zoals het hoort. Niemand die het ziet.

  W.

  > Heb jij die vader van 5B gisteren gezien op de parking?
  '''), C, note='incites violence against a parent ("op zijn bek slaan", "regelen we het")', fmt=['plain', 'reply'], reply=True)

M('nieuwe-collega-taal', f'Els De Smet <els.desmet@{S}>', [f'Griet Maes <griet.maes@{S}>'],
  'de nieuwe van aardrijkskunde',
  d('''
  Griet, heb je de nieuwe al gehoord in de les? Kunnen we haar geen cursus Nederlands cadeau doen voor
  haar verjaardag? Ze klinkt alsof ze vorige week van de boot gestapt is. "De leerlingen moeten de kaart
  pakken" met dat accent, ik heb in de gang staan gieren. Dat soort volk wordt nu dus leerkracht. Triestig.

  Els
  '''), C, note='mocks a colleague\'s accent and origin ("van de boot gestapt", "dat soort volk")', fmt=['plain'])

M('evaluatie-lessen', f'Hilde Vanhoutte <directie@{K}>', [f'Kris Janssens <kris.janssens@{S}>'],
  'Lesbezoek van dinsdag',
  d('''
  Kris,

  Ik ga er niet omheen draaien. Je les van dinsdag was een lachertje. Een kleuterjuf doet het beter, en
  die heeft tenminste een excuus. Ik begrijp werkelijk niet hoe iemand met jouw hersencapaciteit ooit
  een diploma heeft behaald. Als je denkt dat je hier met je flauwe grapjes je benoeming gaat halen, ben
  je nog dommer dan je eruitziet.

  Hilde Vanhoutte
  directeur
  '''), C, note='director demeans a teacher personally ("hersencapaciteit", "dommer dan je eruitziet") instead of giving feedback',
  fmt=['plain'])

M('welcome-intern', f'Stijn Aerts <stijn.aerts@{S}>', ['chloe.vandenberghe@student.ucll-test.be'],
  'Welcome to the science department',
  d('''
  Hi Chloe,

  Welcome on board for your internship! You'll do great with the boys in 6th year, they'll love a pretty
  young thing like you in front of the class ;) Wear something nice on Monday, first impressions count.
  Maybe drinks at my place after your first week so I can give you some private coaching? No need to
  tell your supervisor, it's just between us.

  Stijn
  '''), C, note='English: sexual remarks and unwanted private invitation to a trainee teacher',
  lang='en', fmt=['plain'])

M('schoolrekening-profiteurs', f'Marc Peeters <boekhouding@{K}>', [f'Sofie Claes <sofie.claes@{S}>'],
  'openstaande rekeningen Q1',
  d('''
  Sofie,

  Hierbij de lijst met de openstaande bedragen van Q1 (zonder namen, staat in Informat). Het zijn elk
  jaar dezelfde: die profiteurs uit de sociale woonblokken aan de Ridderstraat. Geen geld voor een
  schoolreis, maar wel elk jaar een nieuwe iPhone en elke zomer drie weken naar het thuisland. Parasieten
  zijn het, op onze kosten. Ik stuur gewoon allemaal de deurwaarder, gedaan met vriendelijk zijn.

  Marc
  '''), C, note='group generalisation: families in social housing called parasites/profiteers; no individual pupil named',
  fmt=['plain'])

M('taakverdeling-opendeur', f'Koen Mertens <koen.mertens@{S}>', [f'Tom Lemmens <tom.lemmens@{S}>'],
  'opendeurdag taakverdeling',
  d('''
  Tom,

  Voor de opendeurdag: laat de vrouwen maar het onthaal en de koffie doen, daar zijn ze goed in en het
  oogt gezellig voor de ouders. De rondleidingen in de labo's en de presentaties aan de ouders geven we
  aan de mannen, dat komt wat serieuzer over. Evi mag glimlachen aan de ingang, dat kan ze het best.

  Koen
  '''), C, note='subtle sexist discrimination: tasks split by gender, women reduced to coffee and smiles',
  fmt=['plain'])

M('studiedag-spreker', f'Joke Mahieu <joke.mahieu@{S}>', [f'Wouter Hermans <wouter.hermans@{S}>'],
  'studiedag vrijdag',
  d('''
  Wouter,

  Wie heeft Filip gevraagd om de presentatie op de studiedag te geven? Ik heb er een uur bij gezeten.
  "D-d-d-d-de nieuwe l-l-l-leerplannen". Ik dacht dat we om vier uur naar huis zouden kunnen, het werd
  bijna vijf. Volgend jaar geven we hem een bordje met de tekst erop, dan kan hij het gewoon omhoog
  steken.

  Joke
  '''), C, note='mocks a colleague\'s stutter', fmt=['plain'])

M('mijn-auto', f'Rudi Smets <rudi.smets@{S}>', [f'yassin.benali@{L}'],
  'mijn auto',
  d('''
  Yassin,

  Ik weet dat jij het was aan mijn auto. Als jij of je vriendjes nog één keer aan mijn wagen komen, dan
  zorg ik er persoonlijk voor dat je van deze school vliegt en dat je nergens in Leuven nog binnen
  geraakt. En dan zal ik je eens tonen wat er gebeurt met kleine gasten die denken dat ze stoer zijn.

  R. Smets
  '''), C, note='teacher threatens a pupil personally (expulsion and veiled physical threat) outside any procedure',
  fmt=['plain'])

M('fw-eindelijk-iemand', f'Marc Peeters <marc.peeters@{S}>',
  [f'Dirk Van Damme <dirk.vandamme@{S}>'],
  'FW: lees dit eens',
  d('''
  Precies dit. Eindelijk iemand die het durft te zeggen. Zou in elke leraarskamer mogen hangen.

  ---------- Forwarded message ---------
  Van: Vlaanderen Wakker <nieuwsbrief@vlwakker-test.org>
  Onderwerp: Ze nemen onze scholen over

  In steeds meer klassen in Vlaanderen zijn onze kinderen in de minderheid. Ze leren geen Nederlands,
  ze respecteren onze vrouwen niet en ze brengen hun geweld mee van waar ze komen. Elke nieuwe
  nieuwkomer is een Vlaams kind dat zijn plaats verliest. Het is tijd dat we ons verdedigen, voor het te
  laat is.
  '''), C, note='forwards xenophobic, hate-inciting newsletter and endorses it ("Precies dit")',
  fmt=['plain', 'forward'])

M('gezond-eten-collega', f'Els De Smet <els.desmet@{S}>', [f'Joke Mahieu <joke.mahieu@{S}>'],
  'Re: gezond-eten-project',
  d('''
  Haha, jij hebt de juiste persoon gevraagd voor dat voedingsproject. Misschien moet Ann eerst zelf eens
  een dieet volgen voor ze de leerlingen komt vertellen wat gezond is. Met die billen zit ze op twee
  stoelen tegelijk tijdens de personeelsvergadering. Ik heb haar in de refter een tweede portie frieten
  zien halen, geloofwaardig hoor.

  > Ann Jacobs zal het project "gezond eten" trekken dit jaar.
  '''), C, note='body-shaming a colleague', fmt=['plain', 'reply'], reply=True)

M('hoofddoek-antwoord', f'Dirk Van Damme <dirk.vandamme@{S}>', ['h.yilmaz1979@hotmail.com'],
  'Re: hoofddoek tijdens stage',
  d('''
  Mevrouw Yilmaz,

  U hoeft mij niet te schrijven over de stageplaats en de hoofddoek van uw dochter. In dit land doen we
  dat niet, en als het u niet bevalt, weet u waar de deur is. Er zijn genoeg scholen waar ze met zulke
  middeleeuwse gewoonten wel weg weten. Wij zijn hier in Vlaanderen.

  D. Van Damme

  > Mag mijn dochter haar hoofddoek dragen tijdens haar stage in het rusthuis? Ze heeft het gevraagd aan
  > de stagebegeleider maar nog geen antwoord gekregen.
  '''), C, note='discriminating and demeaning reply to a parent about her religion ("middeleeuwse gewoonten", "weet u waar de deur is")',
  fmt=['plain', 'reply'], reply=True)

M('foto-vorige-week', f'Tom Lemmens <tom.lemmens@{S}>', [f'lies.vermeulen@{S}'],
  'na 4u?',
  d('''
  Stuur nog eens zo'n foto als vorige week 😏 of moet ik zelf langskomen in je klas na vier uur? Niemand
  op de gang dan. Ik weet dat je het ook wil, doe niet zo preuts

  Verzonden vanaf Outlook voor Android
  '''), C, note='phone-style sexually intimidating message to a colleague', fmt=['plain', 'phone'],
  mailer='Outlook for Android')

M('oudercontact-rolstoel', f'Griet Maes <griet.maes@{S}>', [f'Els De Smet <els.desmet@{S}>'],
  'planning oudercontact',
  d('''
  Els,

  Kunnen we de vader van Stef dit keer niet gewoon "vergeten" op de planning? Die man in zijn karretje
  blokkeert elke keer de lift en de halve gang, en dan moet je nog een kwartier wachten tot hij zijn zin
  af heeft. Als hij dan toch een gehandicaptenkaart heeft, kan hij ook wel een parkeerplaats zoeken in
  een andere school.

  Griet
  '''), C, note='mocks a parent\'s disability and proposes excluding him', fmt=['plain'])

M('schoolpoort-moeders', f'Marieke Dekker <marieke.dekker@{S}>', [f'Sofie Claes <sofie.claes@{S}>'],
  'schoolpoort',
  d('''
  Hoi Sofie,

  Zeg, dat kliekje Turkse moeders bij de schoolpoort 's ochtends, ik word er echt gek van. Zitten de
  hele dag op hun luie reet te leven van ons belastinggeld en dan klagen dat de school niet genoeg doet.
  Bij ons in Nederland zouden ze dat al lang aangepakt hebben. Die moeten maar eens gaan werken in plaats
  van te roddelen in een taal die niemand verstaat.

  Groetjes,
  Marieke
  '''), C, note='group generalisation about Turkish mothers (lazy, living off taxes), Netherlands Dutch', fmt=['plain'])

M('re-klacht-zeurkous', f'Sofie Claes <sofie.claes@{S}>',
  ['an.baert@proximus.be', f'Koen Mertens <koen.mertens@{S}>'],
  'RE: Klacht over de busregeling',
  d('''
  Koen, weer die zeurkous van de bus. Zielig mens, heeft duidelijk geen leven, elke week iets anders.
  Ik zou haar gewoon laten vallen, ze mag haar kind zelf komen brengen met haar bezem.

  Sofie Claes
  leerlingensecretariaat
  T 016 35 72 10

  -----Oorspronkelijk bericht-----
  Van: An Baert <an.baert@proximus.be>
  Verzonden: dinsdag 5 maart 2024 7:48
  Onderwerp: Klacht over de busregeling

  Goedemorgen, de bus van lijn 2 was vanmorgen opnieuw te laat, mijn dochter stond 25 minuten in de
  regen. Kan de school dit eens opnemen met De Lijn? Alvast bedankt.
  '''), C + ['personal_data'],
  note='internal insult about a parent ("zeurkous", "met haar bezem") replied-to-all so the parent receives it; school phone in signature',
  fmt=['plain', 'reply'], reply=True)

# ================================================================ LOOK-ALIKES (must not fire conduct) : 40
SP = ['sensitive']

M('melding-kleedkamer', f'Bart Wouters <bwo@{K}>', [f'Ann Jacobs <zorg@{K}>'],
  'Melding: uitlatingen kleedkamer 2C',
  d('''
  Dag Ann,

  Even voor het leerlingvolgsysteem, ik heb het ook mondeling aan Koen gezegd. Na de les LO van
  donderdag hoorde ik in de kleedkamer dat Noah Mbeki door twee klasgenoten (Jonas en Senne) "vuile
  bruine" en "ga terug naar je jungle" genoemd werd. Noah lachte het weg, maar hij bleef daarna lang
  alleen op de bank zitten. Ik heb de twee jongens apart genomen en gezegd dat dit niet kan.

  Kan jij bekijken of Noah een gesprek wil? Ik wil niet dat dit weggelachen wordt.

  Bart
  '''), SP, {'sensitive': ['psychosocial']},
  'PE teacher reports to the care team the racist words said to a named pupil; quoted, not endorsed; pupil is a bullying victim',
  fmt=['plain'])

M('pestincident-verslag', f'Koen Mertens <koen.mertens@{S}>', ['fam.wuyts@telenet.be'],
  'Verslag pestincident van 12 maart',
  d('''
  Geachte mevrouw, geachte heer Wuyts,

  Zoals telefonisch besproken, bezorg ik u het verslag van het incident van dinsdag. Uw dochter Fien
  werd tijdens de middagpauze door enkele leerlingen van haar klas in een groepschat "walvis" en
  "niemand wil jou hier" genoemd; er werden ook foto's van haar gedeeld met spottende commentaar. Fien
  heeft de berichten zelf aan haar klastitularis getoond, wat wij erg moedig vinden.

  De betrokken leerlingen werden gehoord en krijgen een herstelgesprek met de leerlingbegeleiding. De
  groepschat is verwijderd. We houden Fien de komende weken extra in het oog en ze kan altijd terecht bij
  mevrouw Dewulf, onze vertrouwensleerkracht.

  Met vriendelijke groeten,
  Koen Mertens
  adjunct-directeur
  '''), SP, {'sensitive': ['psychosocial']},
  'bullying report to the victim\'s parents quoting the insults; the school reports, does not insult', fmt=['plain'])

M('tuchtraad-verslag', f'Hilde Vanhoutte <directie@{K}>', [f'Ann Jacobs <zorg@{K}>', f'Koen Mertens <koen.mertens@{S}>'],
  'Verslag tuchtraad 19/03 - vertrouwelijk',
  d('''
  Verslag van de tuchtraad van 19 maart, aanwezig: H. Vanhoutte (voorzitter), K. Mertens, A. Jacobs,
  klastitularis 5C, extern lid (CLB).

  Feiten: op 7 maart heeft Milan Verhaegen (5C) na een discussie over zijn gsm tegen mevrouw Maes
  geroepen: "Ik steek je neer, je zal zien, ik wacht je op na school." De leerling erkent de woorden en
  zegt dat hij "het niet meende" en kwaad was.

  Beslissing: tijdelijke uitsluiting van vijf lesdagen (25/03 - 29/03), gevolgd door een
  begeleidingstraject met het CLB. De ouders werden gehoord en zullen aangetekend in kennis gesteld
  worden.

  H. Vanhoutte
  '''), SP, {'sensitive': ['psychosocial', 'care']},
  'minutes of a disciplinary board quoting a threat made by a pupil; sanction and CLB follow-up for named pupil',
  fmt=['plain'])

M('les-propaganda', f'Pieter Goossens <pieter.goossens@{S}>', [f'Evi Willems <evi.willems@{S}>'],
  'lesmateriaal propaganda 6de jaar',
  d('''
  Evi,

  Hierbij mijn opzet voor de lessen over nazipropaganda in het zesde jaar. Ik gebruik de affiche
  "Der ewige Jude" en fragmenten uit Der Stürmer, waarin Joden als ratten en "Untermenschen" worden
  voorgesteld. De bedoeling is dat de leerlingen zelf de technieken benoemen: ontmenselijking,
  zondebokken, herhaling. Daarna leggen we de link met hedendaagse memes over migranten.

  Ik geef vooraf een kader en een triggerwaarschuwing. Wil jij in de les Nederlands hetzelfde doen met
  de taal van de haat (eufemismen, "zij" versus "wij")? Dan kunnen we de opdracht combineren.

  Pieter
  '''), [], note='history lesson quoting Nazi propaganda terms ("Untermenschen", "ratten") to teach about them',
  fmt=['plain'])

M('leeslijst-mockingbird', f'Claire Dumont <claire.dumont@{S}>', [f'Els De Smet <els.desmet@{S}>'],
  'Reading list 5th year: To Kill a Mockingbird',
  d('''
  Hi Els,

  For the English reading list I'd like to keep To Kill a Mockingbird. I know some parents asked about
  the racial slurs in the book (the n-word appears dozens of times, and characters call Atticus a
  "n***** lover"). My plan: we discuss beforehand why Harper Lee uses that language, we never read the
  word aloud in class, and pupils write a reflection on how the language shows the racism of Maycomb.

  Could we present this approach together at the section meeting?

  Claire
  '''), [], note='English: literature lesson about racist language in a novel, quoted to be taught', lang='en', fmt=['plain'])

M('fw-klacht-ouder', f'Hilde Vanhoutte <directie@{K}>', [f'Griet Maes <griet.maes@{S}>'],
  'FW: klacht na het oudercontact',
  d('''
  Dag Griet,

  Ter info stuur ik je de mail door die ik gisteravond kreeg. Ik deel de toon en de inhoud uiteraard
  niet, en ik heb de vader laten weten dat we zo niet met elkaar communiceren. Ik stel voor dat we
  donderdag samen een gesprek met hem hebben, zodat je er niet alleen voor staat.

  Hilde

  -----Oorspronkelijk bericht-----
  Van: Geert Lauwers <geert.lauwers@gmail.com>
  Onderwerp: klacht na het oudercontact

  Die mevrouw Maes is een incompetente heks die mijn zoon al het hele jaar viseert. Zo'n mens zou nooit
  voor een klas mogen staan. Als dit niet verandert, hoort u nog van mij.
  '''), [], note='director forwards a parent\'s insulting complaint to the teacher concerned, explicitly without endorsing it',
  fmt=['plain', 'forward'])

M('reactie-op-toon', f'Hilde Vanhoutte <directie@{K}>', ['geert.lauwers@gmail.com'],
  'Re: klacht na het oudercontact',
  d('''
  Geachte heer Lauwers,

  Ik heb uw mail goed ontvangen en ik neem uw bezorgdheid over de evaluatie van uw zoon ernstig. Ik
  aanvaard echter niet dat u een van mijn medewerkers op die manier benoemt. Mevrouw Maes verdient,
  zoals elke leerkracht, een respectvolle behandeling, ook wanneer u het met haar oneens bent.

  Ik nodig u graag uit voor een gesprek op donderdag 21 maart om 16.30 uur, samen met mevrouw Maes.
  Laat u mij weten of dit past?

  Met vriendelijke groeten,
  Hilde Vanhoutte
  directeur
  '''), [], note='firm but civil reply to an insulting parent; insults nobody', fmt=['plain', 'reply'], reply=True)

M('lotte-stil', f'Els De Smet <els.desmet@{S}>', ['sarah.claessens@outlook.com'],
  'Lotte',
  d('''
  Beste mevrouw Claessens,

  Ik schrijf u omdat ik me een beetje zorgen maak om Lotte. De laatste weken is ze in de klas erg stil,
  ze zit tijdens de speeltijd vaak alleen en ze lijkt moe. Haar punten zijn niet het probleem, het gaat
  me echt om hoe ze zich voelt. Misschien is er niets aan de hand, maar ik wou het u niet verzwijgen.

  Zou u het fijn vinden om even samen te zitten, eventueel met onze leerlingbegeleider? Ik ben
  maandag en donderdag na de les op school.

  Hartelijke groet,
  Els De Smet
  klastitularis 3A
  '''), SP, {'sensitive': ['psychosocial']},
  'worried teacher describes a withdrawn pupil to her mother with care', fmt=['plain'])

M('busverslag', f'Filip Coppens <filip.coppens@{S}>', [f'Koen Mertens <koen.mertens@{S}>'],
  'busverslag lijn Linden - 14/03',
  d('''
  Koen,

  Verslag van de schoolbus van vanmiddag. Ter hoogte van de halte Kerkstraat begonnen drie leerlingen
  van het tweede jaar achteraan in de bus Youssef Amrani uit te schelden: "terrorist", "bommenlegger",
  "ga terug naar Syrië". Youssef is niet Syrisch, hij is gewoon in Leuven geboren. Hij is vooraan bij
  mij komen zitten en heeft de rest van de rit niets meer gezegd.

  Ik heb de namen genoteerd (zie Smartschool). Ik zou graag hebben dat er morgen iemand met hem praat.

  Filip Coppens
  opvoeder / busbegeleider
  '''), SP, {'sensitive': ['psychosocial']},
  'bus supervisor reports the racist names shouted at a named pupil; the words are reported', fmt=['plain'])

M('lo-omkleden', f'Kris Janssens <kris.janssens@{S}>', [f'Ann Jacobs <zorg@{K}>'],
  'bezorgdheid Emma (4A)',
  d('''
  Ann,

  Ik wou je iets laten weten over Emma Lenaerts uit 4A. Ze wil zich al een maand niet meer omkleden in
  de kleedkamer en zit steeds vaker aan de kant met "buikpijn". Vandaag zag ik dat ze lange mouwen
  droeg bij dertig graden in de sporthal. Ik wil niets invullen, maar ik heb er geen goed gevoel bij.

  Kan je haar eens uitnodigen? Ik probeer haar de volgende les discreet een andere plek te geven om
  zich om te kleden.

  Kris
  '''), SP, {'sensitive': ['psychosocial']},
  'PE teacher\'s careful worry about a named pupil\'s withdrawal and possible self-harm signs', fmt=['plain'])

M('workshop-online-haat', f'Lieve Dewulf <ldw@{K}>', [f'Hilde Vanhoutte <directie@{K}>'],
  'evaluatie workshop online haat 4de jaar',
  d('''
  Dag Hilde,

  Korte evaluatie van de workshop "Haat online" die Mediawijs gaf in het vierde jaar. De begeleiders
  toonden echte reacties van sociale media (anoniem gemaakt), zoals "al die makakken moeten het land
  uit" en "vrouwen horen in de keuken". Leerlingen moesten in groep beslissen: strafbaar of niet,
  rapporteren of negeren, reageren of niet. Dat leverde goede gesprekken op.

  Een paar leerlingen vonden sommige voorbeelden te heftig; volgend jaar zou ik vooraf een korte
  inleiding geven in de klas. Verder zeker herhalen.

  Lieve
  '''), [], note='evaluation of a workshop that used quoted hate speech as teaching material', fmt=['plain'])

M('beleid-grensoverschrijdend', f'Hilde Vanhoutte <directie@{K}>', [f'directie@{K}'],
  'Nieuw beleid grensoverschrijdend gedrag',
  d('''
  Beste collega's,

  In bijlage vinden jullie het geactualiseerde beleid rond grensoverschrijdend gedrag en seksuele
  intimidatie, zoals goedgekeurd door het schoolbestuur. Nieuw is dat ook ongewenste opmerkingen over
  het uiterlijk, "grappige" seksueel getinte berichten en het doorsturen van zulke berichten expliciet
  als grensoverschrijdend gedrag worden benoemd, tussen collega's én tegenover leerlingen.

  Aanspreekpunten: Lieve Dewulf (vertrouwenspersoon) en de externe preventieadviseur.

  We lichten het beleid toe op de personeelsvergadering van 2 april.

  Hilde Vanhoutte
  directeur
  '''), [], note='general policy mail to all staff (BCC) about harassment; describes, does not harass',
  fmt=['plain', 'bcc-envelope'], bcc=[f'personeel@{K}'])

M('melding-vertrouwenspersoon', f'Evi Willems <evi.willems@{S}>', [f'Lieve Dewulf <ldw@{K}>'],
  'vertrouwelijk - vraag om gesprek',
  d('''
  Dag Lieve,

  Ik had graag een vertrouwelijk gesprek met jou als vertrouwenspersoon. Een collega maakt al een tijd
  opmerkingen die ik niet meer grappig vind. Vorige week zei hij bij het kopieerapparaat "schatje, als je
  zo bukt, mag ik dan meekijken?" en hij stuurt me 's avonds berichtjes over mijn kledij. Ik heb hem
  gezegd dat ik dat niet wil, maar het houdt niet op.

  Ik wil voorlopig nog geen officiële klacht, eerst eens praten. Kan dat deze week?

  Evi
  '''), [], note='victim reports harassment to the confidential counsellor, quoting the remark', fmt=['plain'])

M('hakenkruis-bank', f'Koen Mertens <koen.mertens@{S}>', ['vincent.goris@telenet.be'],
  'Incident lokaal B104',
  d('''
  Geachte heer Goris,

  Vandaag werd vastgesteld dat uw zoon Lucas in lokaal B104 een hakenkruis en de tekst "Juden raus" in
  zijn bank heeft gekrast. Lucas heeft het zelf toegegeven. Gezien de ernst krijgt hij een strafstudie
  op woensdagnamiddag 20 maart, moet hij de bank herstellen en zal hij een opdracht maken over de
  Holocaust in samenwerking met zijn leerkracht geschiedenis.

  Ik nodig u graag uit voor een gesprek hierover. U kunt mij bereiken via het secretariaat.

  Met vriendelijke groet,
  Koen Mertens
  adjunct-directeur
  '''), SP, {'sensitive': ['psychosocial']},
  'factual letter to a parent about a behaviour incident with consequences; quotes the graffiti', fmt=['plain'])

M('cyberpesten-clb', f'Ann Jacobs <zorg@{K}>', ['m.vandeputte@vclb-leuvenoost.be'],
  'Aanmelding Amber Peeters (3B) - cyberpesten',
  d('''
  Dag Mieke,

  Zoals afgesproken meld ik Amber Peeters (3B) aan voor opvolging door het CLB. Sinds de kerstvakantie
  wordt Amber via Instagram en Snapchat lastiggevallen. Letterlijk citaat van een screenshot die ze ons
  toonde: "Niemand zou het erg vinden als je er niet meer was. Doe ons allemaal een plezier." Amber
  slaapt slecht en heeft vorige week twee dagen gespijbeld.

  Mama is op de hoogte en gaat akkoord met de aanmelding. Ik heb de screenshots in het LVS gezet.

  Ann Jacobs
  zorgcoördinator
  '''), SP, {'sensitive': ['psychosocial', 'care']},
  'care coordinator refers a named cyberbullying victim to CLB, quoting a hateful message she received', fmt=['plain'])

M('trip-incident-london', f'Claire Dumont <claire.dumont@{S}>', [f'Hilde Vanhoutte <directie@{K}>'],
  'Incident report - London trip, day 2',
  d('''
  Dear Hilde,

  As agreed, my written report (in English, so I can share it with our partner school too).

  On Tuesday evening, near Leicester Square, a group of adult men shouted at our pupils. One of them
  told Aïcha Boukhari (6B) to "take that rag off your head, go back where you came from". Aïcha was
  shaken and cried at the hostel. Mr Goossens reported it to the police on site. Aïcha talked with me
  and with her friends and wanted to continue the trip. Her parents were informed the same evening.

  Claire
  '''), SP, {'sensitive': ['psychosocial']},
  'English: incident report quoting a racist remark against a named pupil, with police report', lang='en', fmt=['plain'])

M('sale-flamand', f'Nadia El Amrani <nea@{K}>', ['isabelle.renard@skynet.be'],
  'Incident pendant la récréation',
  d('''
  Chère Madame Renard,

  Je me permets de vous informer qu'hier, pendant la récréation, votre fils Hugo a été insulté par un
  élève d'une autre classe, qui l'a traité de « sale francophone » et l'a bousculé. Hugo a réagi
  calmement et est venu en parler à l'éducateur. L'élève concerné a été sanctionné et une médiation est
  prévue.

  Hugo va bien, mais si vous remarquez qu'il en reste affecté, n'hésitez pas à me contacter.

  Bien cordialement,
  Nadia El Amrani
  professeur de français
  '''), SP, {'sensitive': ['psychosocial']},
  'French: teacher informs a parent that her son was insulted; the insult is reported', lang='fr', fmt=['plain'])

M('rapteksten-analyse', f'Els De Smet <els.desmet@{S}>', [f'Pieter Goossens <pieter.goossens@{S}>'],
  'opdracht rapteksten 5de jaar',
  d('''
  Pieter,

  Voor de opdracht "taal en macht" wil ik de leerlingen rapteksten laten analyseren. Een paar
  fragmenten zijn heftig ("ik maak je dood in je eigen straat", "bitch, ken je plaats"), maar dat is net
  de bedoeling: wie spreekt er, tegen wie, en wat doet zo'n tekst met de luisteraar? Ik laat ze ook
  teksten vergelijken waarin artiesten hun eigen geweldsverleden kritisch bekijken.

  Vind jij dat verantwoord voor vijfdejaars, of wil je de fragmenten eerst zien?

  Els
  '''), [], note='language lesson quoting violent lyrics in order to analyse them', fmt=['plain'])

M('toneel-repetitie', f'Joke Mahieu <joke.mahieu@{S}>', [f'toneel@{K}'],
  'repetitie "De Vreemdeling" - tekstwijziging scène 4',
  d('''
  Beste spelers,

  Kleine aanpassing in scène 4. Het personage van de buurman (Wout) zegt nu: "Dat soort mensen hoort
  hier niet, die pakken onze werk af." De fout in "onze werk" is bewust: hij is de man die het hardst
  roept en het minst weet. Speel het niet als grap. Na zijn zin volgt de lange stilte; daar draait het
  hele stuk om.

  Repetitie donderdag 16u in de turnzaal.
  Joke
  '''), ['bcc'], note='drama rehearsal note quoting a xenophobic line spoken by a character; group address toneel@ (pupils) in To',
  fmt=['plain', 'group-in-to'])

M('zelfverwonding', f'Lieve Dewulf <ldw@{K}>', ['kathleen.smolders@telenet.be'],
  'Gesprek over Nore',
  d('''
  Beste mevrouw Smolders,

  Dank u voor het telefoongesprek van deze middag. Zoals afgesproken zet ik kort op papier wat we
  bespraken. Nore vertelde mij vandaag dat ze zich de laatste maanden soms krast op haar armen wanneer
  het haar te veel wordt. Ze heeft daar moedig over gepraat. Ze wil graag hulp, en u zei dat u met haar
  naar de huisarts gaat.

  We spraken af dat Nore altijd naar mij mag komen tijdens de les, zonder uitleg te moeten geven.

  Hartelijke groet,
  Lieve Dewulf
  vertrouwensleerkracht
  '''), SP, {'sensitive': ['psychosocial', 'medical']},
  'confidant writes with care about a named pupil who self-harms; no offensive content', fmt=['plain'])

M('printer-boos', f'Kris Janssens <kris.janssens@{S}>', [f'ICT helpdesk <ict@{K}>'],
  'Kopieerapparaat 1ste verdiep ALWEER stuk',
  d('''
  Dag ICT,

  Het kopieerapparaat op het eerste verdiep is voor de derde keer deze week vastgelopen, net nu ik
  120 examenbladen moest kopiëren. Dit is echt belachelijk. Ik heb een uur verloren en moest naar het
  gelijkvloers lopen waar ook al een rij stond. Als ik nog één keer een papierstoring vind, ontplof ik.

  Kan er deze keer iemand van de firma komen in plaats van het weer zelf te "fixen"?

  Kris
  '''), [], note='angry but civil mail about a broken copier; insults nobody', fmt=['plain'])

M('graffiti-toiletten', f'Hilde Vanhoutte <directie@{K}>', [f'directie@{K}'],
  'Graffiti in de toiletten - oproep',
  d('''
  Beste collega's,

  Deze ochtend werd in de jongenstoiletten bij de speelplaats graffiti aangetroffen met de tekst
  "Alle moslims buiten" en een beledigende tekening van een collega. De graffiti werd gefotografeerd
  en meteen verwijderd; er werd aangifte gedaan.

  Ik vraag jullie om dit vandaag kort in de klas te bespreken, zonder de inhoud te herhalen. Leerlingen
  die iets weten, kunnen terecht bij de leerlingbegeleiding. Wie zich geraakt voelt, collega's
  inbegrepen, kan bij mij of bij Lieve terecht.

  Hilde
  '''), [], note='director informs staff (BCC) of racist graffiti, quoting it; condemns it',
  fmt=['plain', 'bcc-envelope'], bcc=[f'personeel@{K}'])

M('zorgnota-zelfbeeld', f'Ann Jacobs <zorg@{K}>', [f'Els De Smet <els.desmet@{S}>'],
  'zorgoverleg - Ruben (2B)',
  d('''
  Els,

  Nota van het zorgoverleg over Ruben Van Hoof (2B), ter voorbereiding van je gesprek met de ouders.
  Ruben noemt zichzelf voortdurend "dom", "waardeloos" en "de mislukkeling van de klas". Hij heeft een
  vermoeden van dyscalculie; het CLB doet in april het onderzoek. Tot dan: rekenmachine toegestaan bij
  toetsen, extra tijd, en graag positieve feedback op wat wel lukt.

  Ann
  '''), SP, {'sensitive': ['psychosocial', 'care']},
  'care-team note quoting a pupil\'s self-deprecating words; suspected dyscalculia and CLB follow-up', fmt=['plain'])

M('scheldwoord-klas-advies', f'Evi Willems <evi.willems@{S}>', [f'Lieve Dewulf <ldw@{K}>'],
  'hoe reageren op "mongool"?',
  d('''
  Lieve,

  Vraagje. In een van mijn klassen wordt "mongool" en "autist" de laatste tijd als scheldwoord gebruikt,
  ook gewoon tussen vrienden, zonder boze bedoelingen. Ik reageer telkens, maar ik heb het gevoel dat het
  niet binnenkomt. Heb jij materiaal of een lesje om uit te leggen waarom die woorden kwetsen, zonder dat
  het een preek wordt?

  Evi
  '''), [], note='teacher asks how to address slurs used in class; nobody is identified or insulted', fmt=['plain'])

M('rsv-lesmateriaal', f'Kris Janssens <kris.janssens@{S}>', [f'Stijn Aerts <stijn.aerts@{S}>'],
  'RSV-lessen 3de jaar',
  d('''
  Stijn,

  Voor de lessen relationele en seksuele vorming in het derde jaar gebruik ik dit jaar het pakket van
  Sensoa: lichaam en puberteit, toestemming ("ja is ja"), sexting en wat je doet als iemand een naaktfoto
  van je doorstuurt. Ik zou de les over toestemming graag samen met jou geven in de biologieles, dan
  kunnen we de vragen uit de anonieme vragenbox samen beantwoorden.

  Kris
  '''), [], note='sex education lesson planning; not pornographic or intimidating', fmt=['plain'])

M('klacht-buurman', f'Koen Mertens <koen.mertens@{S}>', [f'Filip Coppens <filip.coppens@{S}>'],
  'FW: klacht buurtbewoner',
  d('''
  Filip,

  Ter info: hieronder een klacht van een buurman. Ik neem zijn veralgemening over "die jeugd van
  tegenwoordig" niet over, maar er zit een kern van waarheid in: er wordt aan de bushalte luid
  gevloekt. Kan je de komende week eens post vatten bij de halte?

  Koen

  > Van: Jef Stroobants <jef.stroobants@telenet.be>
  > Elke dag staan uw leerlingen aan mijn deur te roepen "kanker" en "hoer" tegen elkaar. Dat is toch
  > geen manier. Die jeugd van tegenwoordig is niet meer opgevoed, en de school doet er niets aan.
  '''), [], note='forwarded neighbour complaint quoting swear words; writer explicitly does not endorse the generalisation',
  fmt=['plain', 'forward'])

M('dochter-uitgescholden', f'Griet Maes <griet.maes@{S}>', ['tine.vanaerschot@gmail.com'],
  'Re: wat er gisteren gebeurde',
  d('''
  Beste mevrouw Van Aerschot,

  Dank u om het te melden. U hebt gelijk dat dit niet kan. Ik heb vandaag met de klas gesproken over wat
  er gisteren gebeurde, zonder Julie te noemen. De leerlingen die haar "slet" noemden, hebben hun excuses
  aangeboden en kregen een sanctie van de directie. Julie mag altijd bij mij aankloppen.

  Met vriendelijke groeten,
  Griet Maes

  > Mijn dochter Julie kwam gisteren in tranen thuis. Ze werd in de klas uitgescholden voor slet omdat
  > er een foto van haar rondgaat. Wat gaat de school doen?
  '''), SP, {'sensitive': ['psychosocial']},
  'teacher replies to a parent about her daughter being insulted; the insult is quoted', fmt=['plain', 'reply'], reply=True)

M('anti-pestweek', f'Hilde Vanhoutte <directie@{K}>', [f'info@{S}'],
  'Week tegen pesten: 19-23 februari',
  d('''
  Beste ouders,

  Van 19 tot 23 februari doen we mee aan de Vlaamse Week tegen Pesten. Pesten begint vaak klein: een
  "grapje" over iemands gewicht, iemand die "homo" of "loser" genoemd wordt in een groepschat, iemand
  die nooit mee mag doen. In elke klas praten we hierover, en leerlingen ondertekenen samen een
  klascharter.

  Thuis kunt u helpen door er open over te praten. Meer informatie vindt u op Smartschool.

  Met vriendelijke groeten,
  Hilde Vanhoutte
  directeur
  '''), [], note='general anti-bullying letter to all parents (BCC) quoting typical insults as examples',
  fmt=['plain', 'bcc-envelope'], bcc=[f'ouders@{K}'])

M('bedreiging-aangifte', f'Hilde Vanhoutte <directie@{K}>', ['wijkagent.kessello@pzleuvenoost.be'],
  'Aangifte bedreiging personeelslid',
  d('''
  Geachte inspecteur,

  In navolging van ons telefoongesprek bezorg ik u de feiten. Op maandag 11 maart omstreeks 8.10 uur
  heeft een ouder aan de schoolpoort onze collega Rudi Smets aangesproken en luidop gezegd: "Ik maak u
  kapot, ik weet waar u woont, u zal niet meer veilig zijn." Twee collega's waren getuige.

  Dhr. Smets wenst klacht neer te leggen. Kunnen wij een afspraak maken voor zijn verhoor?

  Hilde Vanhoutte
  directeur
  '''), [], note='director reports a threat against a colleague to the police; the threat is quoted', fmt=['plain'])

M('excuses-opmerking', f'Wouter Hermans <wouter.hermans@{S}>', [f'Nadia El Amrani <nea@{K}>'],
  'excuses',
  d('''
  Nadia,

  Ik wil me excuseren voor mijn opmerking gisteren op de personeelsvergadering over "jullie feestdagen".
  Het was als grap bedoeld, maar ik besef dat het kwetsend was en dat het niet de eerste keer is dat je
  zoiets moet horen. Het spijt me. Als je er nog over wil praten, graag.

  Wouter
  '''), [], note='apology for an earlier remark; the mail itself is respectful', fmt=['plain'])

M('koffie-moord', f'Sofie Claes <sofie.claes@{S}>', [f'Marc Peeters <marc.peeters@{S}>'],
  'koffiemachine',
  d('''
  Marc, wie de koffiemachine op het secretariaat weer leeg heeft laten staan zonder een nieuwe pak te
  zetten: ik ga die persoon niet zoeken, maar als ik het ooit ontdek, trakteert die een week lang
  croissants :-) Nieuwe bonen staan in de kast links.

  Sofie
  '''), [], note='playful grumble between colleagues; no insult or threat', fmt=['plain'])

M('online-hate-report', f'Lieve Dewulf <ldw@{K}>', ['project@safeschools-network.eu'],
  'Re: survey on online hate in Flemish schools',
  d('''
  Dear project team,

  Please find our answers to your survey. In the past school year we registered 14 incidents of online
  hate speech among pupils, mostly on Snapchat and TikTok. The most frequent were racist insults
  ("monkey" emojis, "go back to your country") and homophobic slurs. In all cases the school involved
  the parents and the pupil counselling team; two cases were reported to the police.

  We would be happy to take part in the follow-up focus group.

  Kind regards,
  Lieve Dewulf
  '''), [], note='English: anonymous statistics on hate incidents for a survey, with example words', lang='en',
  fmt=['plain', 'reply'], reply=True)

M('genderidentiteit-clb', f'Ann Jacobs <zorg@{K}>', ['s.demeyer@vclb-leuvenoost.be'],
  'Sam (4C) - afstemming',
  d('''
  Dag Sven,

  Kort voor ons overleg morgen. Sam (4C), die sinds januari met die naam en als jongen aangesproken wil
  worden, krijgt in de gangen opmerkingen als "wat ben jij eigenlijk?" en "het". Hij reageert steeds
  afstandelijker en zijn afwezigheden nemen toe. De begeleiding door jullie psycholoog loopt.

  Voorstel: een gesprek met de klas onder begeleiding van Çavaria, mits Sam akkoord gaat.

  Ann
  '''), SP, {'sensitive': ['psychosocial', 'care']},
  'care coordinator to CLB about a transgender pupil being mocked; slurs reported with care', fmt=['plain'])

M('sexting-druk', f'Lieve Dewulf <ldw@{K}>', [f'Ann Jacobs <zorg@{K}>'],
  'vertrouwelijk: gesprek Ilse (5A)',
  d('''
  Ann,

  Ilse Van Roy (5A) kwam vandaag bij mij. Een jongen van het zesde jaar zet haar onder druk om naaktfoto's
  te sturen; hij schreef onder meer "als je het niet doet, zeg ik tegen iedereen dat je het wel gedaan
  hebt." Ze heeft niets gestuurd. Ze wil niet dat haar ouders het nu al weten. Ik heb haar uitgelegd dat
  we dit wel moeten opvolgen. Kunnen we morgen om 8u samenzitten om de stappen te bepalen?

  Lieve
  '''), SP, {'sensitive': ['psychosocial']},
  'confidant reports pressure for nude photos on a named pupil, quoting the coercive message', fmt=['plain'])

M('taalbeleid-scheldwoorden', f'Els De Smet <els.desmet@{S}>', [f'Koen Mertens <koen.mertens@{S}>'],
  'agendapunt taalbeleid: scheldwoorden',
  d('''
  Koen,

  Voor de werkgroep taalbeleid stel ik voor een agendapunt toe te voegen: welke scheldwoorden horen we
  het vaakst en hoe reageren we als team consequent? Uit een korte bevraging bij collega's: "kanker-"
  als voorvoegsel, "mongool", "homo", "hoer" en verwensingen in andere talen. Ik wil geen lijst met
  sancties, wel een gedeelde aanpak: benoemen, herstellen, en bij herhaling naar de leerlingbegeleiding.

  Els
  '''), [], note='language-policy proposal listing common slurs heard at school; taught/discussed, not aimed', fmt=['plain'])

M('zoon-dom', f'Jan Verbeke <jan.verbeke@{S}>', ['bert.lambrechts@gmail.com'],
  'Jarne en wiskunde',
  d('''
  Beste meneer Lambrechts,

  Na de toets van vandaag zei Jarne tegen mij: "ik ben gewoon te dom voor dit, het heeft geen zin." Dat
  is niet waar, en ik wil niet dat hij dat over zichzelf gaat geloven. Hij begrijpt de leerstof beter dan
  hij denkt; hij klapt dicht bij een toets. Ik heb hem voorgesteld om op dinsdag naar de inhaalstudie
  te komen.

  Mag ik u vragen om thuis ook aan te moedigen? Als u wil, kunnen we eens bellen.

  Vriendelijke groeten,
  Jan Verbeke
  '''), SP, {'sensitive': ['psychosocial']},
  'teacher quotes a pupil\'s negative self-talk and reassures the parent; fear of failure at tests', fmt=['plain'])

M('voetbal-spreekkoren', f'Bart Wouters <bwo@{K}>', ['secretaris@kvv-kessello-test.be'],
  'Scholentoernooi zaterdag - spreekkoren',
  d('''
  Beste,

  Tijdens het scholentoernooi van zaterdag op jullie terrein werden vanuit de tribune aapgeluiden en
  "zwarte piet" geroepen naar een speler van onze school. Onze leerlingen en begeleiders hebben dat heel
  slecht beleefd. Ik neem aan dat jullie dit net zo ernstig nemen als wij. Kunnen jullie laten weten
  welke maatregelen de club neemt voor het volgende toernooi?

  Met sportieve groeten,
  Bart Wouters
  leraar LO
  '''), [], note='teacher complains to a club about racist chants, quoting them; pupil not named', fmt=['plain'])

M('facebook-ouder', f'Hilde Vanhoutte <directie@{K}>', ['patrick.dewit@proximus.be'],
  'Uw bericht op Facebook',
  d('''
  Geachte heer De Wit,

  Op de Facebookgroep van de gemeente verscheen gisteren een bericht van u waarin u onze school "een
  bende luie profiteurs" en de leerkracht Frans "een zure heks" noemt. Ik begrijp dat u ontevreden bent
  over de beslissing van de klassenraad, maar ik vraag u uitdrukkelijk om dit bericht te verwijderen.

  U bent welkom om uw bezwaren met mij te bespreken. Voor de beroepsprocedure verwijs ik naar het
  schoolreglement.

  Hilde Vanhoutte
  directeur
  '''), [], note='director quotes a parent\'s insulting Facebook post and asks civilly to remove it', fmt=['plain'])

M('tuchtbeslissing-brief', f'Hilde Vanhoutte <directie@{K}>', ['gert.verhaegen@telenet.be'],
  'Beslissing tuchtprocedure Milan',
  d('''
  Geachte heer Verhaegen,

  Na de tuchtraad van 19 maart deel ik u de beslissing mee betreffende uw zoon Milan (5C). Milan heeft op
  7 maart tegen een leerkracht geroepen: "Ik steek je neer, ik wacht je op na school." Deze uitspraak is
  een ernstige bedreiging. Milan wordt tijdelijk uitgesloten van 25 tot en met 29 maart. Hij wordt
  gedurende die dagen opgevangen op school (time-out), en krijgt nadien begeleiding.

  U kunt tegen deze beslissing beroep aantekenen zoals beschreven in het schoolreglement.

  Hilde Vanhoutte
  directeur
  '''), SP, {'sensitive': ['psychosocial']},
  'formal disciplinary decision quoting the pupil\'s threat; sanction for a named pupil', fmt=['plain'])

M('stagiair-feedback', f'Jan Verbeke <jan.verbeke@{S}>', ['chloe.vandenberghe@student.ucll-test.be'],
  'Feedback lesbezoek donderdag',
  d('''
  Dag Chloé,

  Je les over lineaire functies was goed voorbereid. Werkpunten: je praat nog te veel naar het bord,
  en je liet de rumoerige groep achteraan te lang begaan. Dat is normaal in het begin. Je reageerde
  wel sterk toen een leerling "stom wijf" mompelde: je benoemde het, bleef rustig en ging verder.
  Precies zo.

  Volgende week kijk ik naar je klasmanagement.

  Jan
  '''), [], note='mentor feedback to an intern, quoting an insult a pupil muttered; respectful', fmt=['plain'])

M('pe-worry-english', f'Kris Janssens <kris.janssens@{S}>', ['h.oconnor@gmail.com'],
  'Liam in PE',
  d('''
  Dear Mrs O'Connor,

  I wanted to let you know that Liam has seemed a bit down in PE lately. He sits on the bench more often
  and told me the other boys laugh at him when he runs. I have spoken to the class about respect, and
  I'll pair Liam with a couple of kind classmates for the next activities. He's a lovely boy and I want
  him to enjoy sport again.

  Please let me know if he mentions anything at home.

  Best wishes,
  Kris Janssens
  PE teacher
  '''), SP, {'sensitive': ['psychosocial']},
  'English: PE teacher\'s gentle worry about a pupil being laughed at', lang='en', fmt=['plain'])

# ================================================================ ORDINARY : 49
import zipfile, io
PW = ['password']

M('code-achterpoort', f'Koen Mertens <koen.mertens@{S}>', [f'Bart Wouters <bwo@{K}>'],
  'achterpoort sporthal',
  d('''
  Bart,

  Vanaf maandag is het codeklavier aan de achterpoort van de sporthal vervangen. Nieuwe code: 4719#
  (eerst sleutelicoontje, dan de code). De oude badge werkt niet meer daar. Geef het aub niet aan
  leerlingen door, ook niet aan de ploegkapiteins.

  Koen
  '''), PW, note='door code for the sports hall gate between colleagues', fmt=['plain'])

M('wifi-gastspreker', f'Sofie Claes <sofie.claes@{S}>', ['j.vermassen@mediawijs-test.be'],
  'Praktische info workshop 4de jaar',
  d('''
  Beste Jeroen,

  Welkom dinsdag! U kunt parkeren op de parking aan de Ridderstraat; meld u aan bij het onthaal in blok A.
  De workshop gaat door in de aula (A001). Beamer en HDMI zijn aanwezig.

  Wifi voor bezoekers:
  netwerk: SPC-Gast
  sleutel: Dijle!Stroom2024

  Tot dinsdag,
  Sofie Claes
  secretariaat
  '''), PW, note='Wi-Fi key given to an outside speaker', fmt=['plain'])

M('kopieer-pin', f'Tom Lemmens <tom.lemmens@{S}>', [f'Marieke Dekker <marieke.dekker@{S}>'],
  'Welkom - kopieerapparaten',
  d('''
  Hoi Marieke,

  Welkom in het team! Nog even de praktische dingen voor de kopieerapparaten (Konica, 1ste verdiep en
  secretariaat): je gebruikersnummer is 2231 en je pincode 8846. Je hebt 1500 kopieën per trimester; meer
  nodig, vraag het aan Sofie.

  Groeten,
  Tom (ICT)
  '''), PW, note='copier PIN for a new colleague', fmt=['plain'])

CSV_START = '\ufeffKlas;Naam;Voornaam;Gebruikersnaam;Startwachtwoord\r\n' + ''.join(
    f'1{c};{n};{v};{v.lower()}.{n.lower().replace(" ", "")};{w}\r\n' for c, n, v, w in [
        ('B', 'Demir', 'Elif', 'Kano-4482'), ('B', 'Janssens', 'Mats', 'Tulp-9137'),
        ('C', 'Nkosi', 'Thandi', 'Wolk-2205'), ('C', 'Van den Broeck', 'Lowie', 'Brug-6618'),
        ('A', 'Haddouchi', 'Rayan', 'Vlam-7340'), ('A', 'Peeters', 'Juul', 'Boot-1893')])
M('startwachtwoorden-nieuw', f'Tom Lemmens <tom.lemmens@{S}>', [f'Sofie Claes <sofie.claes@{S}>'],
  'Smartschool-accounts nieuwe inschrijvingen',
  d('''
  Sofie,

  In bijlage de Smartschool-accounts van de zes leerlingen die na de krokusvakantie gestart zijn, met hun
  startwachtwoord. Kan jij de briefjes afdrukken en via de klastitularis laten bezorgen? Ze moeten het
  bij de eerste aanmelding zelf wijzigen.

  Tom
  '''), PW, note='CSV attachment with start passwords of new pupils',
  fmt=['mixed', 'attachment-csv'], att=[('startwachtwoorden_maart.csv', CSV_START, 'text/csv')])

M('alarm-avond', f'Hilde Vanhoutte <directie@{K}>', [f'Filip Coppens <filip.coppens@{S}>'],
  'alarm vanavond',
  d('''
  Filip jij sluit vanavond af na de infoavond. Alarm: 2580 dan OFF om uit te zetten, bij vertrek 2580 +
  ON, zone 2 (turnzaal) blijft uit. Bedankt!

  Verstuurd vanaf mijn iPhone
  '''), PW, note='alarm code sent phone-style', fmt=['plain', 'phone'], mailer='iPhone Mail (21D61)')

M('gastaccount-gesplitst', f'Tom Lemmens <tom.lemmens@{S}>', [f'Claire Dumont <claire.dumont@{S}>'],
  'account voor de Engelse assistent',
  d('''
  Claire,

  Het tijdelijke account voor jullie taalassistent is klaar.
  login: assistent.engels
  wachtwoord: eerste deel "Maple", dan het jaartal 2024, dan een uitroepteken.
  Dus aan elkaar, zonder spaties en zonder aanhalingstekens.

  Tom
  '''), PW, note='a password spelled out in parts', fmt=['plain'])

M('fw-bankcode', f'Marc Peeters <marc.peeters@{S}>', ['j.lievens@accountancy-lievens-test.be'],
  'FW: Uw verificatiecode',
  d('''
  Jan,

  Hierbij de code die de bank me net stuurde, dan kan jij de export van het eerste kwartaal nemen. Hij
  is maar 10 minuten geldig.

  Marc

  ---------- Doorgestuurd bericht ----------
  Van: KBC-Business Online <noreply@business-notify-test.be>
  Onderwerp: Uw verificatiecode

  Uw eenmalige verificatiecode is: 583 102
  Deel deze code met niemand.
  '''), PW, note='one-time bank verification code forwarded to the external accountant',
  fmt=['plain', 'forward'])

M('kluis-code', f'Hilde Vanhoutte <directie@{K}>', [f'Koen Mertens <koen.mertens@{S}>'],
  'kluis tijdens mijn afwezigheid',
  d('''
  Koen,

  Ik ben van woensdag tot vrijdag op de directiedagen in Brugge. De examenvragen van de
  tweede graad liggen in de kluis in mijn bureau. Combinatie: 31 - 07 - 58, twee keer naar links
  beginnen. Graag na de examens terug wijzigen.

  Hilde
  '''), PW, note='safe combination for the deputy', fmt=['plain'])

RECOVERY = ('Microsoft 365 - herstelcodes beheerder spc-admin\r\nGegenereerd 04/03/2024\r\n\r\n'
            '8K2Q-7TXM\r\nP4VD-9JNB\r\nR6HW-3ZCE\r\nM1YF-5GLU\r\nA7SE-2QKR\r\n')
M('herstelcodes-admin', f'Tom Lemmens <tom.lemmens@{S}>', [f'Hilde Vanhoutte <directie@{K}>'],
  'herstelcodes beheerdersaccount',
  d('''
  Hilde,

  Zoals gevraagd door de auditor: in bijlage de herstelcodes voor het beheerdersaccount van Microsoft
  365, voor het geval ik uitval. Best afdrukken en in de kluis leggen, en daarna deze mail verwijderen.

  Tom
  '''), PW, note='recovery codes of the admin account in a .txt attachment',
  fmt=['mixed', 'attachment-txt'], att=[('herstelcodes.txt', RECOVERY, 'text/plain')])

M('kastslot-leerling', f'Filip Coppens <filip.coppens@{S}>', [f'mila.desmedt@{L}'],
  'je locker',
  d('''
  Dag Mila,

  Je locker (nr. 214, gang blok C) is klaar. Het cijferslot staat ingesteld op 0-7-3-9. Je kan de code
  zelf veranderen: zie het papiertje in de locker. Verlies je de code, kom dan naar het
  leerlingensecretariaat.

  Meneer Coppens
  '''), PW, note='combination of a pupil\'s locker padlock', fmt=['plain'])

M('wachtwoord-verloopt', f'ICT helpdesk <ict@{K}>', [f'Pieter Goossens <pieter.goossens@{S}>'],
  'Je wachtwoord verloopt over 5 dagen',
  d('''
  Dag Pieter,

  Je schoolwachtwoord verloopt op 22 maart. Wijzig het via portal.office.com > Instellingen >
  Wachtwoord wijzigen. Kies minstens 12 tekens en gebruik het niet voor andere diensten.

  Lukt het niet? Kom langs in lokaal B012 of maak een ticket aan via de helpdesk. Wij vragen nooit je
  wachtwoord per mail.

  ICT
  '''), [], note='password-expiry reminder with no secret', fmt=['plain'])

M('reset-smartschool-ouders', f'Sofie Claes <sofie.claes@{S}>', [f'info@{S}'],
  'Co-account Smartschool: wachtwoord vergeten?',
  d('''
  Beste ouders,

  Enkele ouders lieten weten dat ze niet meer kunnen aanmelden op hun co-account van Smartschool.
  Wachtwoord vergeten? Klik op de aanmeldpagina op "Wachtwoord vergeten" en vul het e-mailadres in dat
  bij de school gekend is; u ontvangt dan een link om een nieuw wachtwoord te kiezen.

  Lukt dat niet, neem dan contact op met het leerlingensecretariaat. Wij sturen nooit wachtwoorden per
  e-mail en zullen er u ook nooit om vragen.

  Met vriendelijke groeten,
  het leerlingensecretariaat
  '''), [], note='general reset instructions to all parents (BCC), no password', fmt=['plain', 'bcc-envelope'],
  bcc=[f'ouders@{K}'])

M('teams-overleg-clb', f'Ann Jacobs <zorg@{K}>', ['m.vandeputte@vclb-leuvenoost.be'],
  'Teams-uitnodiging: MDO tweede graad',
  None, [], note='Teams invitation with meeting passcode (allowed); no pupil named',
  fmt=['html-only'],
  html=d('''
  <html><body style="font-family:Calibri,sans-serif;font-size:11pt">
  <p>Dag Mieke,</p><p>Hierbij de uitnodiging voor het multidisciplinair overleg van de tweede graad.</p>
  <hr>
  <p><b>Microsoft Teams-vergadering</b><br>Deelnemen op uw computer, mobiele app of ruimte-apparaat<br>
  <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzY4NjE2">Klik hier om deel te nemen aan de vergadering</a><br>
  Vergadering-id: 394 117 820 553<br>Wachtwoordcode: aX7tQk</p>
  <p>Donderdag 28 maart 2024, 13.30 - 15.00</p>
  <hr></body></html>
  '''))

M('bestelling-lokaalcodes', f'Marc Peeters <boekhouding@{K}>', ['orders@didactica-test.be'],
  'Bestelling 2024-0318 - levering lokaal',
  d('''
  Goedemiddag,

  Graag bevestig ik onze bestelling met referentie BST-2024-0318 (klantnummer 10448): 30 grafische
  rekenmachines TI-84 en 2 wandkaarten. Levering aan blok B, lokaal B204, via de leveranciersingang.
  Factuur aan boekhouding@spc.ksleuven.be met vermelding van de bestelbon 24/117.

  Met dank,
  Marc Peeters
  boekhouding
  '''), [], note='order number, customer number and room number: codes that open nothing', fmt=['plain'])

M('examenrooster-lokalen', f'Koen Mertens <koen.mertens@{S}>', [f'Evi Willems <evi.willems@{S}>'],
  'toezichten examens juni',
  None, [], note='Outlook HTML table with room numbers and course codes; not secrets',
  fmt=['alt', 'html-table'],
  html=d('''
  <html><body style="font-family:Calibri,sans-serif;font-size:11pt"><p>Evi,</p>
  <p>Jouw toezichten tijdens de examens:</p>
  <table border="1" cellpadding="4" style="border-collapse:collapse">
  <tr><th>Datum</th><th>Uur</th><th>Lokaal</th><th>Vak (code)</th></tr>
  <tr><td>10/06</td><td>8.30-10.10</td><td>C112</td><td>WIS-3A</td></tr>
  <tr><td>12/06</td><td>10.30-12.10</td><td>A001 (aula)</td><td>NED-4B</td></tr>
  <tr><td>14/06</td><td>8.30-10.10</td><td>B204</td><td>GES-6</td></tr>
  </table><p>Groeten,<br>Koen</p></body></html>
  '''))
MAILS[-1]['body'] = 'Evi,\n\nJouw toezichten tijdens de examens:\n10/06 8.30-10.10 C112 WIS-3A\n12/06 10.30-12.10 A001 (aula) NED-4B\n14/06 8.30-10.10 B204 GES-6\n\nGroeten,\nKoen\n'

M('uitstap-ouders3b', f'Griet Maes <griet.maes@{S}>', [f'ouders3b@{K}'],
  'Uitstap 3B naar Brussel - 16 april',
  d('''
  Beste ouders van 3B,

  Op dinsdag 16 april trekken we met de klas naar het Parlamentarium en het Atomium. Vertrek om 8.15 uur
  aan het station van Leuven, terug rond 17 uur. De kostprijs (18 euro) komt op de schoolrekening.
  Graag een lunchpakket en een geldige identiteitskaart meegeven.

  Met vriendelijke groeten,
  Griet Maes
  '''), ['bcc'], note='parents\' list ouders3b@ in To', fmt=['plain', 'group-in-to'])

M('personeelsvergadering', f'Hilde Vanhoutte <directie@{K}>', [f'personeel@{K}'],
  'Personeelsvergadering 2 april',
  d('''
  Beste collega's,

  De personeelsvergadering van 2 april begint om 16 uur in de refter. Agenda: nieuw beleid
  grensoverschrijdend gedrag, planning examens juni, nascholing ICT, varia. Wie verontschuldigd is, laat
  het aub weten aan Sofie.

  Hilde
  '''), ['bcc'], note='whole-staff list personeel@ in To', fmt=['plain', 'group-in-to'])

M('carpool-toernooi', f'Bart Wouters <bwo@{K}>',
  ['dries.peeters@telenet.be', 'lien.hendrickx@gmail.com', 'yves.boon@skynet.be', 'f.aydin@hotmail.com'],
  'Carpool scholentoernooi volleybal zaterdag',
  d('''
  Beste ouders,

  Dank aan jullie vier om zaterdag te willen rijden naar het toernooi in Diest. Afspraak om 8.30 uur op
  de parking van de sporthal. Zo kunnen jullie ook onderling afspreken wie welke speelsters meeneemt.

  Sportieve groeten,
  Bart Wouters
  '''), ['bcc'], note='four parents visible to each other in To', fmt=['plain'])

M('fw-naar-gmail', f'Pieter Goossens <pieter.goossens@{S}>', ['pietergoossens.thuis@gmail.com'],
  'FW: verslag vakgroep geschiedenis',
  d('''
  om thuis af te werken

  ---------- Doorgestuurd bericht ----------
  Van: Evi Willems <evi.willems@sintpieterscollege.be>
  Onderwerp: verslag vakgroep geschiedenis

  Hierbij het verslag van de vakgroep van 13 maart: keuze nieuw handboek tweede graad, verdeling
  uitstappen (Ieper voor het vierde, Breendonk voor het zesde), afspraken rond de evaluatie van
  vaardigheden. Graag opmerkingen voor vrijdag.
  '''), ['private_account'], note='teacher forwards school mail to his own gmail', fmt=['plain', 'forward'])

M('hotmail-uitstap', 'Griet Maes <grietje.maes@hotmail.com>', ['k.vanhee@telenet.be'],
  'Re: uitstap Brussel',
  d('''
  Dag mevrouw Vanhee,

  Excuses dat ik van mijn privéadres antwoord, mijn schoolmail doet raar op mijn gsm. Ja, Kato mag na de
  uitstap in Brussel blijven als u haar daar zelf ophaalt aan het Atomium om 16.30 uur. Wilt u dat aub
  nog even schriftelijk aan het secretariaat bevestigen?

  Griet Maes
  '''), ['private_account'], note='teacher writes to a parent about school business from a private hotmail',
  fmt=['plain', 'reply'], reply=True)

M('bbq-zaterdag-prive', 'Kris Janssens <kris.janssens82@gmail.com>', [f'Bart Wouters <bwo@{K}>'],
  'bbq zaterdag',
  d('''
  Bart,

  Zaterdag bbq bij ons vanaf 18u, neem je Lies en de kinderen mee? Ik zorg voor vlees, jij voor de
  drank? En vergeet je koersfiets niet, zondagochtend rijden we naar de Muur.

  Kris
  '''), [], note='staff member\'s private mail about a private matter: fine', fmt=['plain'])

M('punten-macro', f'Jan Verbeke <jan.verbeke@{S}>', [f'Dirk Van Damme <dirk.vandamme@{S}>'],
  'rekenblad punten met macro',
  d('''
  Dirk,

  Hier is het rekenblad dat ik gebruik voor de puntenberekening per competentie. Je moet bij het openen
  de macro's inschakelen, anders werken de knoppen niet.

  Jan
  '''), ['attachment'], note='Excel file with macros (.xlsm)', fmt=['mixed', 'attachment-xlsm'],
  att=[('punten_competenties_v3.xlsm', b'PK\x03\x04\x14\x00\x06\x00' + b'xl/vbaProject.bin' + bytes(range(64)),
        'application/vnd.ms-excel.sheet.macroEnabled.12')])

M('bordsoftware-installer', f'Stijn Aerts <stijn.aerts@{S}>', [f'Els De Smet <els.desmet@{S}>'],
  'software digibord',
  d('''
  Els,

  Je vroeg naar de software voor het digibord in C112. Ik heb de installer gewoon in bijlage gestoken,
  dan moet je niet wachten op ICT. Dubbelklikken en volgende-volgende.

  Stijn
  '''), ['attachment'], note='executable installer attached', fmt=['mixed', 'attachment-exe'],
  att=[('ActivInspire_setup.exe', b'MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff' + b'\x00' * 48 + b'This program cannot be run in DOS mode.',
        'application/octet-stream')])

def _zip_bat():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        zi = zipfile.ZipInfo('printer_installeren.bat', date_time=(2024, 3, 4, 9, 0, 0))
        z.writestr(zi, '@echo off\r\nrundll32 printui.dll,PrintUIEntry /in /n "\\\\spc-print01\\Konica-1V"\r\n')
        zi = zipfile.ZipInfo('LEESMIJ.txt', date_time=(2024, 3, 4, 9, 0, 0))
        z.writestr(zi, 'Uitpakken en printer_installeren.bat dubbelklikken.\r\n')
    return buf.getvalue()
M('printer-script-zip', f'Tom Lemmens <tom.lemmens@{S}>', [f'Nadia El Amrani <nea@{K}>'],
  'printer thuis-laptop',
  d('''
  Nadia,

  Voor je laptop: pak het zipje uit en start het .bat-bestand, dan wordt de printer van het eerste
  verdiep automatisch toegevoegd.

  Tom
  '''), ['attachment'], note='zip archive containing a .bat script', fmt=['mixed', 'attachment-zip'],
  att=[('printer_1ste_verdiep.zip', _zip_bat(), 'application/zip')])

M('handtekening-secretariaat', f'Sofie Claes <sofie.claes@{S}>', ['m.verstraeten@busbedrijf-test.be'],
  'Busvervoer sportdag 25 april',
  d(f'''
  Goedemorgen,

  Graag vragen we een offerte voor busvervoer op donderdag 25 april: 4 bussen van 50 personen, vertrek
  8.30 uur aan de school (Ridderstraat), naar het Sport Vlaanderen-centrum in Hofstade, terug om 16 uur.

  Met vriendelijke groeten,
  Sofie Claes
  secretariaat Sint-Pieterscollege
  T {PHONE_SCHOOL}
  '''), ['personal_data'], note='school phone number in the signature', fmt=['plain'])

RRN_NEW = rrn(91, 6, 14, 237)
M('nieuw-personeelslid-sociaal-secretariaat', f'Marc Peeters <marc.peeters@{S}>', ['dossiers@sociaalsecretariaat-test.be'],
  'Indiensttreding M. Dekker',
  d(f'''
  Beste,

  Graag de indiensttreding registreren van mevrouw Marieke Dekker vanaf 4 maart 2024, halftijds
  (ondersteunend personeel, secretariaat).
  Rijksregisternummer: {RRN_NEW}
  Adres: Tiensesteenweg 212, 3010 Kessel-Lo.

  Met dank,
  Marc Peeters
  '''), ['personal_data'], note='valid national register number of a new staff member', fmt=['plain'])

M('ongeval-verzekering', f'Sofie Claes <sofie.claes@{S}>', ['schadebeheer@ethias-test.be'],
  'Aangifte schoolongeval - polis 45.118.207',
  d('''
  Geachte,

  Hierbij de aangifte van een schoolongeval. Leerling: Tuur Vandersmissen, geboren op 03/11/2010,
  klas 2A. Op 12 maart viel Tuur tijdens de speeltijd van de trap in blok B; in UZ Leuven werd een breuk
  van de linkerpols vastgesteld (gips voor vier weken). Het medisch attest en de ingevulde aangifte
  zitten in bijlage.

  Met vriendelijke groeten,
  Sofie Claes
  '''), ['sensitive', 'personal_data'], {'sensitive': ['medical']},
  'accident declaration to insurer: named pupil\'s injury and date of birth', fmt=['mixed', 'attachment-pdf'],
  att=[('aangifte_ongeval_Vandersmissen.pdf', b'%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'application/pdf')])

M('doktersattest-ontvangen', f'Sofie Claes <leerlingensecretariaat@{K}>', ['veerle.michiels@telenet.be'],
  'Afwezigheid Hanne',
  d('''
  Beste mevrouw Michiels,

  We hebben het doktersattest voor Hanne goed ontvangen. Ze is gewettigd afwezig van 11 tot 15 maart
  (griep). De toets aardrijkskunde van 13 maart mag ze inhalen op woensdag 20 maart in de inhaalstudie.
  Beterschap aan Hanne!

  Leerlingensecretariaat
  '''), ['sensitive'], {'sensitive': ['medical']}, 'doctor\'s certificate and illness of a named pupil',
  fmt=['plain'])

M('afbetalingsplan', f'Marc Peeters <boekhouding@{K}>', ['rachid.ouali@gmail.com'],
  'Afbetalingsplan schoolrekening Imane',
  d('''
  Beste meneer Ouali,

  Zoals besproken met de sociale dienst stellen we voor de openstaande schoolrekening van Imane
  (247,80 euro) een afbetalingsplan voor: vijf maandelijkse schijven van 49,56 euro, telkens voor de
  10de van de maand, vanaf april. U ontvangt een overschrijvingsformulier per schijf.

  Met vriendelijke groeten,
  Marc Peeters
  boekhouding
  '''), ['sensitive'], {'sensitive': ['financial']}, 'payment plan for a named pupil\'s unpaid bill', fmt=['plain'])

M('schooltoeslag-info', f'Marc Peeters <boekhouding@{K}>', [f'info@{S}'],
  'Schooltoeslag 2024-2025: wat moet u doen?',
  d('''
  Beste ouders,

  Ook volgend schooljaar kunnen gezinnen een schooltoeslag ontvangen via het Groeipakket. Meestal
  gebeurt dit automatisch; u hoeft niets aan te vragen. Wel moet uw kind ingeschreven zijn en voldoende
  aanwezig zijn. Vragen over uw situatie? Neem contact op met uw uitbetaler van het Groeipakket of met
  onze sociale dienst; dat gebeurt altijd discreet.

  Met vriendelijke groeten,
  de boekhouding
  '''), [], note='general school-allowance letter to all parents (BCC)', fmt=['plain', 'bcc-envelope'], bcc=[f'ouders@{K}'])

M('kort-ok', f'Koen Mertens <koen.mertens@{S}>', [f'Joke Mahieu <joke.mahieu@{S}>'],
  'Re: lokaal donderdag',
  d('''
  Ok, prima. Neem maar C108, dat is vrij dat uur.

  K.

  > Mag ik donderdag het 5de uur een ander lokaal? Ik wil de film tonen.
  '''), [], note='short internal reply', fmt=['plain', 'reply'], reply=True)

M('beamer-stuk', f'Evi Willems <evi.willems@{S}>', [f'ICT helpdesk <ict@{K}>'],
  'beamer B204',
  d('''
  Dag,

  De beamer in B204 geeft geen beeld meer (lampje knippert oranje). Ik sta er morgen het 2de en 3de uur.
  Kan iemand er eens naar kijken?

  Evi
  '''), [], note='practical note to ICT', fmt=['plain'])

M('erasmus-logistics', f'Claire Dumont <claire.dumont@{S}>', ['erasmus@liceo-ferrari-test.it'],
  'Erasmus+ mobility May: logistics',
  d('''
  Dear Giulia,

  Good news: all host families are confirmed for your 18 pupils and 2 teachers (13-17 May). Arrival at
  Brussels Airport on Monday at 10.40 works well; we will pick you up by coach. The programme includes
  a day in Leuven, a visit to the European Parliament and a workshop at KU Leuven.

  Best regards,
  Claire Dumont
  '''), [], note='English: Erasmus logistics', lang='en', fmt=['plain'])

M('inscription-confirmee', f'Sofie Claes <leerlingensecretariaat@{K}>', ['anne.lefevre@skynet.be'],
  'Confirmation d\'inscription - Louis Lefèvre',
  d('''
  Chère Madame Lefèvre,

  Nous avons le plaisir de vous confirmer l'inscription de Louis en 1re année A (option latin) pour
  l'année scolaire 2024-2025. La journée d'accueil aura lieu le 30 août à 9h. Vous recevrez en juillet
  la liste du matériel scolaire.

  Bien cordialement,
  Le secrétariat des élèves
  '''), [], note='French: enrolment confirmed for one pupil, nothing sensitive', lang='fr', fmt=['plain'])

M('menu-wijziging-cp1252', f'Sofie Claes <sofie.claes@{S}>', [f'Koen Mertens <koen.mertens@{S}>'],
  'Refter: menu week 12',
  d('''
  Koen,

  De cateraar laat weten dat de croque-monsieur van woensdag vervangen wordt door pasta met
  tomatensaus (geen levering van brood). Prijs blijft € 4,20. Kan jij dat in de nieuwsbrief zetten?

  Sofie
  '''), [], note='practical internal mail, Windows-1252 body', fmt=['plain-cp1252'], enc='cp1252',
  mailer='Microsoft Outlook 16.0')

M('sportdag-vrijwilligers-qp', f'Bart Wouters <bwo@{K}>', [f'Kris Janssens <kris.janssens@{S}>'],
  'Sportdag: vrijwilligers per post',
  d('''
  Kris,

  Voorlopige verdeling sportdag (25/4): jij de oriëntatieloop, Stijn de atletiekpiste, Evi het
  zwembad, ik de coördinatie op het middenplein. Nog twee mensen nodig voor de EHBO-post – ik vraag het
  in de personeelsvergadering.

  Bart
  '''), [], note='quoted-printable plain mail', fmt=['plain-qp'], enc='qp')

M('nieuwsbrief-b64', f'Hilde Vanhoutte <directie@{K}>', [f'info@{S}'],
  'Nieuwsbrief maart',
  d('''
  Beste ouders,

  In deze nieuwsbrief: de resultaten van de wiskunde-olympiade (proficiat aan alle deelnemers!), de
  opendeurdag op 27 april, de nieuwe fietsenstalling en de data van de proclamaties in juni.

  Vanaf april start ook het project "gezond eten" in de refter.

  Met vriendelijke groeten,
  Hilde Vanhoutte
  directeur
  '''), [], note='newsletter to all parents in BCC, base64 body', fmt=['plain-base64', 'bcc-envelope'], enc='b64',
  bcc=[f'ouders@{K}'])

M('leerlingenkaart', f'Filip Coppens <filip.coppens@{S}>', ['hans.goris@telenet.be'],
  'Re: leerlingenkaart Wout',
  d('''
  Beste meneer Goris,

  De nieuwe leerlingenkaart van Wout ligt klaar op het leerlingensecretariaat. Hij kan ze ophalen tijdens
  de middagpauze. De kost (5 euro) komt op de volgende schoolrekening.

  Vriendelijke groeten,
  Filip Coppens

  > Wout is zijn leerlingenkaart verloren op de bus. Kan hij een nieuwe krijgen?
  '''), [], note='personal mail about one pupil: lost card, nothing sensitive', fmt=['plain', 'reply'], reply=True)

M('inspectiebezoek', f'Hilde Vanhoutte <directie@{K}>', [f'directie@{K}'],
  'Doorlichting 22-25 april',
  d('''
  Beste collega's,

  De onderwijsinspectie komt van 22 tot 25 april. De inspecteurs zullen lessen bijwonen en met
  vakgroepen praten. Er is geen extra voorbereiding nodig: zorg dat je jaarplannen en evaluaties op
  Smartschool staan. Het detailprogramma volgt.

  Hilde
  '''), [], note='mail to all staff via BCC', fmt=['plain', 'bcc-envelope'], bcc=[f'personeel@{K}'])

M('later-gsm', f'Joke Mahieu <joke.mahieu@{S}>', [f'Els De Smet <els.desmet@{S}>'],
  'later',
  d('''
  Sta vast aan de Diestsepoort, ben 10 min later voor de vakgroep. Begin maar zonder mij

  Verstuurd vanaf mijn iPhone
  '''), [], note='phone-style short note', fmt=['plain', 'phone'], mailer='iPhone Mail (21D61)')

IBAN_SUPPLIER = iban_be(735, 412877)
M('factuur-leverancier', f'Marc Peeters <boekhouding@{K}>', ['facturatie@drukkerij-peeters-test.be'],
  'Re: factuur 2024/0219',
  d(f'''
  Goedemiddag,

  Factuur 2024/0219 (drukwerk jaarboek) werd vandaag goedgekeurd en wordt binnen de 30 dagen betaald
  op rekening {IBAN_SUPPLIER} met mededeling +++024/0219/00081+++.

  Met vriendelijke groeten,
  Marc Peeters
  '''), ['personal_data'], note='valid IBAN of the supplier; structured payment reference is no secret',
  fmt=['plain', 'reply'], reply=True)

M('auditor-vragen', f'Marc Peeters <marc.peeters@{S}>', ['audit@bedrijfsrevisor-claes-test.be'],
  'Re: jaarafsluiting 2023 - openstaande vragen',
  d('''
  Beste mevrouw Claes,

  Antwoorden op uw vragen: 1) de voorziening voor dubieuze debiteuren is berekend op alle facturen
  ouder dan 12 maanden; 2) de werkingsmiddelen van de Vlaamse overheid zijn per schooljaar toegewezen;
  3) de inventaris van het ICT-materiaal stuur ik u volgende week.

  Marc Peeters
  '''), [], note='auditor correspondence, no personal data', fmt=['plain', 'reply'], reply=True)

M('clb-infobrief', f'Ann Jacobs <zorg@{K}>', [f'info@{S}'],
  'Infobrief CLB voor alle ouders',
  d('''
  Beste ouders,

  In bijlage vindt u de infobrochure van het CLB Leuven-Oost. Het CLB werkt samen met de school rond
  leren en studeren, onderwijsloopbaan, psychisch en sociaal functioneren en preventieve
  gezondheidszorg. U kunt altijd zelf contact opnemen met het CLB; de begeleiding is gratis en
  vertrouwelijk.

  Met vriendelijke groeten,
  de zorgcoördinator
  '''), [], note='general CLB information letter to all parents (BCC)', fmt=['mixed', 'attachment-pdf', 'bcc-envelope'],
  bcc=[f'ouders@{K}'],
  att=[('CLB_infobrochure_2024.pdf', b'%PDF-1.4\n% CLB\ntrailer<<>>\n%%EOF\n', 'application/pdf')])

M('taak-deadline', f'Pieter Goossens <pieter.goossens@{S}>', [f'arthur.vanlaer@{L}'],
  'je taak over de Koude Oorlog',
  d('''
  Dag Arthur,

  Ik heb je taak over de Koude Oorlog nog niet ontvangen. De deadline was vrijdag. Je kan ze nog tot
  woensdag indienen via Smartschool, daarna tellen de punten niet meer mee.

  Meneer Goossens
  '''), [], note='teacher to pupil about a deadline, nothing sensitive', fmt=['plain'])

M('jas-vergeten', f'Kris Janssens <kris.janssens@{S}>', ['inge.wouters@outlook.com'],
  'Jas van Finn',
  d('''
  Dag mevrouw Wouters,

  Finn heeft na de les LO zijn blauwe winterjas laten liggen in de kleedkamer. Ik heb hem naar de
  verloren voorwerpen op het secretariaat gebracht. Misschien kan hij hem morgen ophalen?

  Groetjes,
  Kris Janssens
  '''), [], note='lost jacket, nothing sensitive', fmt=['plain'])

M('examenregeling-dyslexie', f'Ann Jacobs <zorg@{K}>', [f'Jan Verbeke <jan.verbeke@{S}>'],
  'Examens juni: aanpassingen Lore (3C)',
  d('''
  Jan,

  Voor de examens in juni: Lore Smets (3C) heeft een attest dyslexie en een handelingsplan. Afspraken:
  examens in lettertype Arial 12 op A3, vragen mogen voorgelezen worden, 20 minuten extra tijd, examen
  in lokaal C003 met de andere leerlingen met extra tijd. Spelfouten niet aanrekenen buiten Nederlands.

  Ann
  '''), ['sensitive'], {'sensitive': ['care']}, 'exam adjustments for a named pupil with dyslexia', fmt=['plain'])

M('gmail-deurcode', 'Wouter Hermans <wouter.hermans.73@gmail.com>', [f'Stijn Aerts <stijn.aerts@{S}>'],
  'labo sleutel',
  d('''
  Stijn, de sleutelkast van het labo chemie zit nu met een code: 1-9-9-4. Kan je morgen de
  reagentia voor 5B klaarzetten? Ik ben ziek thuis.

  W.
  '''), ['private_account', 'password'], note='key-box code about school business sent from a private gmail to a colleague',
  fmt=['plain'])

M('ouderraad-verslag', f'Koen Mertens <koen.mertens@{S}>', ['voorzitter.ouderraad.spc@telenet.be'],
  'Verslag ouderraad 7 maart',
  d('''
  Beste Ingrid,

  Hierbij het verslag van de ouderraad van 7 maart. Belangrijkste punten: de opbrengst van het
  spaghettifestijn (2.340 euro) gaat naar de nieuwe fietsenstalling; de verkeersveiligheid aan de
  schoolpoort wordt besproken met de stad; volgende vergadering op 2 mei.

  Met vriendelijke groeten,
  Koen Mertens
  '''), [], note='parents\' council minutes, nothing personal', fmt=['plain'])

M('cc-leerlingen5a', f'Pieter Goossens <pieter.goossens@{S}>', [f'Koen Mertens <koen.mertens@{S}>'],
  'Uitstap Breendonk 5A',
  d('''
  Koen,

  Ter bevestiging: donderdag 18 april bezoek aan het Fort van Breendonk met 5A. Vertrek 8.30 uur met de
  bus. Ik zet de leerlingen in kopie zodat ze de info ook hebben: lunchpakket meebrengen, terug om 15 uur.

  Pieter
  '''), ['bcc'], note='pupils\' list leerlingen5a@ in CC', fmt=['plain', 'group-in-cc'], cc=[f'leerlingen5a@{K}'])

M('abonnement-terugbetaling', f'Marc Peeters <boekhouding@{K}>', ['nathalie.desmet@icloud.com'],
  'Terugbetaling busabonnement Mila',
  d('''
  Beste mevrouw De Smet,

  Het tweede trimester van het busabonnement van Mila werd dubbel aangerekend. Het bedrag van 42 euro
  wordt verrekend op de schoolrekening van april; u hoeft niets te doen.

  Met vriendelijke groeten,
  Marc Peeters
  boekhouding
  '''), [], note='subscription refund for one pupil, nothing sensitive', fmt=['plain'])

M('scheiding-facturatie', f'Marc Peeters <boekhouding@{K}>', ['tom.claerhout@gmail.com'],
  'Re: schoolrekening Lucie en Vic',
  d('''
  Beste meneer Claerhout,

  Ik heb genoteerd dat u en mevrouw Vercammen sinds januari gescheiden wonen en dat u elk de helft van
  de schoolrekening van Lucie en Vic betaalt. Vanaf de rekening van april sturen we elk van u een
  afzonderlijke rekening. Het openstaande saldo van februari (96 euro) is nog niet betaald; graag uw
  helft voor eind maart.

  Marc Peeters
  '''), ['sensitive'], {'sensitive': ['family', 'financial']},
  'separation of the parents and unpaid balance for named siblings', fmt=['plain', 'reply'], reply=True)

M('lokaalwissel-html', f'Koen Mertens <koen.mertens@{S}>', [f'Griet Maes <griet.maes@{S}>'],
  'lokaalwissel vanaf maandag',
  None, [], note='Outlook HTML-only internal note', fmt=['html-only'],
  html=d('''
  <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
  <body lang="NL-BE"><div class="WordSection1"><p class="MsoNormal">Dag Griet,</p>
  <p class="MsoNormal">Door de werken in blok C verhuis je vanaf maandag van C112 naar A105 (tot de
  paasvakantie). Het digibord daar werkt; sleutel aan het onthaal.</p>
  <p class="MsoNormal">Groeten,<br>Koen</p></div></body></html>
  '''))

# ================================================================ write everything
PRIVATE = ('gmail.com', 'hotmail.com', 'outlook.com', 'icloud.com', 'skynet.be', 'telenet.be', 'proximus.be', 'yahoo.com')
SCHOOL = (S, K, 'lksd.ksleuven.be')
GROUP = re.compile(r'^(ouders|leerlingen|personeel|toneel)[^@]*@')
PHONE = re.compile(r'(?<![\d/+.-])0\d{1,3}[ /.]?\d{2}[ .]?\d{2}[ .]?\d{2}(?![\d/])')

def emails(lst):
    return [parseaddr(a)[1].lower() for a in lst]

def check(m):
    r = set(m['rules'])
    frm = parseaddr(m['frm'])[1].lower()
    vis = emails(m['to'] + m['cc'])
    ext = [a for a in vis if not a.endswith(SCHOOL) and not a.endswith(L)]
    grp = [a for a in vis if GROUP.match(a)]
    want_bcc = len(ext) >= 2 or bool(grp)
    assert want_bcc == ('bcc' in r), (m['slug'], 'bcc', vis)
    if frm.split('@')[1] in PRIVATE and m['slug'] != 'bbq-zaterdag-prive':
        assert 'private_account' in r, m['slug']
    if any(a.split('@')[1] in ('gmail.com', 'hotmail.com') and a.startswith(('pieter', 'griet', 'wouter', 'kris')) for a in vis):
        assert 'private_account' in r, m['slug']
    text = (m['body'] or '') + (m['html'] or '')
    if PHONE.search(text):
        assert 'personal_data' in r, (m['slug'], PHONE.search(text).group())
    assert ('sensitive' in r) == bool(m['cats']), m['slug']
    assert m['body'] is not None or m['html'] is not None

def yq(s):
    return json.dumps(s, ensure_ascii=False)

def main():
    for f in glob.glob(os.path.join(HERE, '*.eml')):
        os.remove(f)
    order = list(range(len(MAILS)))
    RND.shuffle(order)
    date = datetime(2024, 3, 4, 7, 42, tzinfo=timezone(timedelta(hours=1)))
    lines = ['# conduct04 - staff mail of the Stroom schools: aimed offensive content (conduct) vs. reported/quoted/taught look-alikes, plus ordinary mail', '']
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        check(m)
        date += timedelta(minutes=RND.randrange(20, 300))
        if date.hour >= 22 or date.hour < 7:
            date = (date + timedelta(days=1)).replace(hour=7, minute=RND.randrange(5, 55))
        while date.weekday() >= 5 and not m['mailer']:
            date = (date + timedelta(days=1)).replace(hour=8, minute=RND.randrange(5, 55))
        if date.date() >= datetime(2024, 3, 31).date():
            date = date.replace(tzinfo=timezone(timedelta(hours=2)))
        msg = build(n, m, date)
        fn = f'{n:03d}-{m["slug"]}.eml'
        with open(os.path.join(HERE, fn), 'wb') as fh:
            fh.write(msg.as_bytes())
        rcpt = emails(m['to'] + m['cc'] + m['bcc'])
        order_rules = ['conduct', 'password', 'sensitive', 'personal_data', 'bcc', 'private_account', 'attachment', 'recipient']
        rules = [x for x in order_rules if x in m['rules']]
        assert len(rules) == len(set(m['rules'])), m['slug']
        lines.append(f'{fn}:')
        lines.append(f'  rules: [{", ".join(rules)}]')
        if m['cats']:
            lines.append(f'  categories: {{sensitive: [{", ".join(m["cats"]["sensitive"])}]}}')
        lines.append(f'  mail_from: {yq(parseaddr(m["frm"])[1].lower())}')
        lines.append(f'  rcpt: [{", ".join(yq(a) for a in rcpt)}]')
        lines.append('  about: []')
        lines.append('  misdirected: false')
        lines.append(f'  note: {yq(m["note"])}')
        lines.append(f'  lang: {m["lang"]}')
        lines.append(f'  format: [{", ".join(m["fmt"])}]')
    with open(os.path.join(HERE, 'labels.yaml'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(lines) + '\n')
    print(len(MAILS), 'mails written')

if __name__ == '__main__':
    main()
