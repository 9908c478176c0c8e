# Sensitive mails (45, of which 3 misdirected). All invented.
from lib import *  # noqa: F401,F403

ANN = ('Ann Lenaerts', 'ann.lenaerts@sintpieterscollege.be')       # klastitularis 2A
BRAM = ('Bram Smolders', 'bram.smolders@sintpieterscollege.be')    # klastitularis 5C
JAN = ('Jan Wauters', 'jan.wauters@sintpieterscollege.be')         # OKAN 2
LEEN = ('Leen Houben', 'leen.houben@spc.ksleuven.be')              # klastitularis 3B
MAARTEN = ('Maarten Geys', 'maarten.geys@sintpieterscollege.be')   # Nederlands 4B
GOELE = ('Goele Vanaken', 'goele.vanaken@sintpieterscollege.be')   # Engels

MAILS = []
A = MAILS.append

A(M('oma-roos-1c', frm=LIES, to=[HILDE], cc=[KOEN], date='2024-10-08 16:42',
    subject='Roos A. 1C - even melden',
    body='''Dag Hilde,

Even iets dat ik niet in een gang wil vertellen. Roos Aerts (1C) slaapt sinds vorige week bij haar oma in Wilsele. Mama belde mij gisteren op: er was thuis opnieuw ruzie met de vriend van mama, die te veel drinkt, en de politie is langs geweest. Mama zegt zelf dat het thuis nu niet veilig is voor Roos.

Oma brengt haar 's morgens, dus ze komt iets later toe (bus 2 ipv 1). Ik heb de leerkrachten enkel gevraagd om haar niet aan te spreken op het te laat komen.

Kunnen we het donderdag op de cel leerlingenbegeleiding bespreken? Ik heb het nog niet in Smartschool LVS gezet, wou eerst met jou afstemmen wat we noteren.

Groetjes
Lies
--
Lies Vanhoutte
klastitularis 1C - Nederlands/geschiedenis
''',
    rules=['sensitive'], cats=['family'], about=['P0026'],
    note='class teacher tells the care coordinator a 1st-year girl lives with her grandmother because home is unsafe (partner drinking, police)',
    fmt=['plain']))

A(M('epipen-gabriel-en', frm=KATLEEN, to=[('Leila Rossi', 'leilar@gmail.com')], date='2024-09-17 10:05',
    subject="Gabriel's EpiPen at school has expired",
    body='''Dear Mrs Rossi,

During our start-of-year check of the emergency medication in the first-aid room I noticed that the EpiPen we keep for Gabriel (3A) expired at the end of August.

Because of his peanut allergy we would like to have a valid pen at school at all times. Could you give Gabriel a new EpiPen Junior in a closed envelope with his name on it, or drop it off at reception? If his allergist updated the emergency action plan after his last check-up, please send us the new version as well.

Until then he still has the pen in his own backpack, so there is no immediate problem, but I prefer to have both.

Kind regards,

Katleen Jacobs
School nurse / first aid coordinator
Sint-Pieterscollege Leuven
''', kind='alt', cte='qp',
    rules=['sensitive'], cats=['medical'], about=['P0103'], lang='en',
    note="nurse asks a parent for a new EpiPen for the son's peanut allergy",
    fmt=['alt', 'qp']))

A(M('rekening-melis-verkeerde-ouder', frm=RITA, to=[('Derya Şahin', 'sahin.derya@outlook.com')],
    date='2024-11-21 14:17', subject='Openstaande schoolrekeningen Melis - voorstel afbetaling',
    body='''Beste mevrouw Şahin,

Zoals telefonisch besproken stuur ik u een overzicht van de openstaande schoolrekeningen van Melis (2B):

- rekening september (boeken, werkboeken, kopies): € 187,40
- rekening oktober (zwemmen, theater, sportdag): € 63,00
- Ardennenweek 1ste jaar (restbedrag vorig schooljaar): € 62,00
Totaal: € 312,40

U gaf aan dat het voor u op dit moment niet mogelijk is om dit in één keer te betalen. De directie gaat akkoord met een afbetalingsplan van € 40 per maand, te beginnen in december. Gelieve telkens te storten op BE71 7340 1928 4469 met vermelding "Melis Şahin 2B - afbetaling".

Als het maandbedrag toch te hoog blijkt, laat het mij gerust weten. Dan bekijken we samen een andere regeling. Alles wordt uiteraard discreet behandeld.

Met vriendelijke groeten,

Rita Smets
Boekhouding Sint-Pieterscollege
''',
    rules=['sensitive', 'personal_data'], cats=['financial'], about=['P0063'], misdirected=True,
    note='payment plan for the unpaid bills of Melis (2B) sent to the mother of Elif Şahin (same class, same mother name, other domain); IBAN of the school',
    fmt=['plain']))

A(M('lore-ass-verslag-clb', frm=HILDE, to=[CLB], date='2025-01-09 11:30',
    subject='Lore Verhoeven 2D - verslag?',
    body='''Dag Elke,

Mama Verhoeven heeft ons vorige week het verslag van het COS bezorgd: bij Lore (2D, B-stroom) is de diagnose autismespectrumstoornis nu bevestigd, met een bijkomend taalprobleem.

Op school merken we dat de redelijke aanpassingen (vaste plaats, prikkelarme ruimte tijdens de middag, planning op papier) niet meer volstaan: ze haakt af in de praktijkvakken en is na de middag vaak volledig "op". Ouders twijfelen tussen een IAC hier bij ons of een overstap naar een school type 9.

Kan jij het gemotiveerd verslag / verslag type 9 al eens bekijken met de ouders, zodat we op het MDO van 23 januari alle opties op tafel hebben? Ik heb het COS-verslag zelf in het leerlingendossier gestoken, niet in bijlage.

Vriendelijke groet,
Hilde Verstraeten
zorgcoördinator
''', cte='qp',
    rules=['sensitive'], cats=['care', 'medical'], about=['P0087'],
    note='care coordinator asks CLB to start a report for a B-stream pupil with a new ASD diagnosis; IAC or type 9',
    fmt=['plain', 'qp']))

A(M('omar-brandoefening', frm=NADIA, to=[JAN, RUTH], date='2024-10-14 07:58',
    subject='Omar - brandoefening donderdag',
    body='''Hoi Jan, hoi Ruth,

Donderdag 3de uur is de brandoefening. Willen jullie Omar op voorhand apart nemen en uitleggen wat er gaat gebeuren (eventueel met Google Translate in het Arabisch)?

Hij reageert heel hevig op harde geluiden: toen er vorige week een stoel omviel, dook hij onder de bank en was hij daarna een half uur niet aanspreekbaar. Mama vertelde in het gesprek (met tolk) dat hij sinds de tocht naar hier slecht slaapt en 's nachts wakker wordt van nachtmerries.

Liefst laat ik hem samen met mij als eerste buitengaan, dan is hij niet in het gedrang.

Merci!
Nadia
OKAN
''',
    rules=['sensitive'], cats=['psychosocial'], about=['P0291'],
    note='OKAN teacher describes trauma reactions (startle, nightmares since the flight) of a named newcomer to colleagues',
    fmt=['plain']))

_q6 = quote_outlook('Hilde Verstraeten', 'maandag 7 oktober 2024 13:02', 'Bart Claes',
                    'Ruben M. 3B', '''Bart,

Ruben Mertens (3B) heeft een attest dyscalculie van de logopediste + neuropsycholoog (vorig jaar vastgesteld). In het begeleidingsplan staat: rekenmachine bij alle toetsen, formularium, 1/3 extra tijd. Lukt dat voor wiskunde? Laat je iets weten voor de klassenraad?

Hilde''')
A(M('ruben-dyscalculie-reply', frm=BART, to=[HILDE], date='2024-10-07 20:41',
    subject='RE: Ruben M. 3B', reply_to='<b08-hilde-ruben-3b@sintpieterscollege.be>',
    body='''Hoi Hilde,

Rekenmachine en formularium geen probleem, doe ik al sinds september. De extra tijd is lastiger bij de toetsen van 1 lesuur: ik laat hem in dat geval een deel van de oefeningen laten vallen (aangeduid met een sterretje) ipv extra tijd, de klasgenoten zien dat niet.

Ruben zelf schaamt zich een beetje voor de rekenmachine bij hoofdrekenen-oefeningen. Ik heb hem gezegd dat dat ok is, maar misschien kan jij er ook eens kort met hem over praten.

Bart

''' + _q6, kind='alt',
    rules=['sensitive'], cats=['care', 'medical'], about=['P0116'],
    note='math teacher replies about the support measures for a pupil with a dyscalculia diagnosis; quoted mail names the diagnosis',
    fmt=['alt', 'reply']))

A(M('femke-lo-vrijstelling', frm=KEVIN, to=[('An Van Damme', 'anv@proximus.be')], date='2025-01-13 12:10',
    subject='LO Femke - afspraken tot de krokusvakantie',
    body='''Beste mevrouw Van Damme,

Bedankt voor het doorsturen van het attest van de behandelende arts. Ik heb het goed ontvangen.

Zoals gevraagd neemt Femke tot de krokusvakantie niet actief deel aan de lessen LO. Ik begrijp dat haar lichaam na de opname in Gasthuisberg nog moet aansterken en dat de diëtiste en de arts liever geen extra inspanning willen. Femke mag in de les wel helpen als scheidsrechter of bij het opstellen van het materiaal, als ze dat zelf wil. Voor haar punten werk ik met een kleine vervangtaak (analyse van een spelsituatie), dat bespreek ik met haar.

Na de vakantie bekijken we samen met u wat haalbaar is.

Sportieve groeten,
Kevin Peeters
leraar LO
''', cte='qp',
    rules=['sensitive'], cats=['medical'], about=['P0214'],
    note='PE teacher confirms to a mother that her daughter is exempt from PE after a hospital admission (dietician involved)',
    fmt=['plain', 'qp']))

_q8 = quote_gmail('ma 2 dec 2024 om 21:14', 'Frederik Janssens <frederikjanssens88@hotmail.com>', '''Geachte heer directeur,

Ik stel vast dat ik geen toegang meer heb tot het rapport van mijn zoon Lars. Mijn ex-vrouw heeft blijkbaar gevraagd dat alles naar haar gaat. Dat is niet correct, ik heb evenveel rechten. Ook wil ik Lars vrijdag na school zelf ophalen.

Frederik Janssens''')
A(M('lars-coouderschap-reply', frm=MARC, to=[('Frederik Janssens', 'frederikjanssens88@hotmail.com')],
    cc=[('An Janssens', 'anj@proximus.be')], date='2024-12-03 09:26',
    subject='Re: rapport en ophalen Lars', reply_to='<CAF8x2b08lars@mail.gmail.com>',
    body='''Geachte heer Janssens,

Bedankt voor uw bericht. Ik zet mevrouw Janssens in kopie, zodat u beiden dezelfde informatie hebt.

De school kiest geen kant. Volgens het vonnis van de familierechtbank dat ons in oktober werd bezorgd, geldt voor Lars een verblijfsregeling week om week en oefenen beide ouders het ouderlijk gezag samen uit. Dat betekent dat u allebei recht hebt op de schoolinformatie. Ik heb het secretariaat gevraagd om uw co-account in Smartschool opnieuw te activeren; het rapport van december wordt aan u beiden bezorgd.

Wat het ophalen betreft: vrijdag valt in de week dat Lars bij zijn mama verblijft. Wij laten Lars in die week enkel met u meegaan als mevrouw Janssens ons dat vooraf schriftelijk laat weten.

Met vriendelijke groeten,

Marc Van den Broeck
directeur

''' + _q8,
    rules=['sensitive', 'bcc'], cats=['family'], about=['P0133'],
    note='director explains the custody arrangement of divorced parents (court ruling) to the father, mother visible in Cc',
    fmt=['plain', 'reply']))

A(M('amber-absences-fr', frm=LIES, to=[('Dirk Dubois', 'dubois.dirk@outlook.com')], date='2025-02-04 17:05',
    subject='Absences d\'Amber (1C)',
    body='''Bonjour Monsieur Dubois,

Je suis la titulaire de la classe d'Amber (1C). Je me permets de vous écrire parce qu'Amber a été absente neuf demi-journées depuis le congé de Noël, chaque fois le lundi ou le mardi.

Quand elle est là, elle me dit qu'elle a mal au ventre le matin et qu'elle n'a « plus envie de venir à l'école ». Elle pleure parfois avant le cours de sciences et elle reste seule pendant la récréation. Je ne pense pas qu'il s'agisse de paresse : j'ai plutôt l'impression qu'elle a peur de venir.

Pourriez-vous passer à l'école pour en parler ? Je suis disponible jeudi après 15h30 ou vendredi matin. Amber peut être présente si vous le souhaitez.

Bien cordialement,

Lies Vanhoutte
titulaire 1C
''', charset='utf-8', cte='b64',
    rules=['sensitive'], cats=['psychosocial'], about=['P0027'], lang='fr',
    note='class teacher writes to the father about school refusal / anxiety of his daughter (stomach aches, crying, absences)',
    fmt=['plain', 'base64']))

_f10 = fwd_inline('Ellen Mertens <ellen.mertens@gmail.com>', 'zo 9 mrt 2025 om 19:52', 'afwezigheid Tess 2A',
                  'secretariaat@sintpieterscollege.be', '''Goedenavond,

Tess werd zaterdagnacht met spoed geopereerd aan haar blindedarm (ze ligt in het Heilig Hart, kamer 312). Er waren wat complicaties, de chirurg rekent op minstens 2 weken thuis na ontslag. Het doktersattest volgt.

Zouden de leerkrachten de taken via Smartschool kunnen doorsturen? Ze wil niet te veel achterop raken.

Groeten,
Ellen Mertens''')
A(M('tess-2a-operatie-fwd', frm=GREET, to=[ANN], date='2025-03-10 08:21',
    subject='Fwd: afwezigheid Tess 2A',
    body='''Dag Ann,

Ter info voor jou als klastitularis, kan jij de collega's van 2A verwittigen ivm de taken? Attest is nog niet binnen.

Greet

''' + _f10,
    rules=['sensitive'], cats=['medical'], about=['P0056'],
    note="secretariat forwards a mother's mail about her daughter's emergency operation and hospital stay to the class teacher",
    fmt=['plain', 'fwd']))

A(M('rome-ocmw-imane', frm=TOM, to=[('Naima Ouahabi', 'n.ouahabi@gmail.com')], date='2024-11-05 13:33',
    subject='Romereis 6de jaar - betaling voor Imane',
    body='''Beste mevrouw Ouahabi,

Goed nieuws: de maatschappelijk werker van het OCMW heeft mij vandaag bevestigd dat het OCMW de volledige kostprijs van de Romereis van Imane (€ 545) rechtstreeks aan de school betaalt. U hoeft het voorschot van € 200 dat op 15 november vervalt dus niet te storten.

Het zakgeld voor ter plaatse (we raden € 50 aan) valt daar niet onder. Als dat een probleem is, mag u mij dat gerust laten weten; we hebben daarvoor een klein solidariteitsfonds.

Imane moet wel nog het formulier "toestemming en medische fiche" ondertekend terugbrengen, zoals alle deelnemers.

Vriendelijke groeten,
Tom Dewulf
coördinator Romereis
''',
    rules=['sensitive'], cats=['financial'], about=['P0249'],
    note="trip organiser tells a mother the OCMW pays her daughter's trip; offers the solidarity fund",
    fmt=['plain']))

_t12 = [['Leerling', 'Attitude', 'Opvolging / opmerkingen'],
        ['Zakaria El Khattabi', 'onvoldoende', 'Derde tuchtmaatregel (vechtpartij speelplaats 12/11). Agressief bij frustratie, wordt snel kwaad op leerkrachten. Gesprek met vader gepland.'],
        ['Hiba Chaouch', 'goed', 'Begeleidingsplan loopt (CLB). Veel faalangst bij toetsen, blokkeert bij mondelinge beurten. Ze volgt de groepstraining faalangst op woensdag.'],
        ['Lukas Nijs', 'voldoende', 'Weinig inzet bij taken, vergeet materiaal. Geen zorgen verder.']]
_txt12 = '''Dag collega's,

In bijlage/hieronder de voorbereiding van de leerlingenbespreking 4B voor de klassenraad van dinsdag. Graag aanvullen als jullie nog iets hebben.

Zakaria El Khattabi - attitude onvoldoende
  Derde tuchtmaatregel (vechtpartij speelplaats 12/11). Agressief bij frustratie, wordt snel kwaad op leerkrachten. Gesprek met vader gepland.
Hiba Chaouch - attitude goed
  Begeleidingsplan loopt (CLB). Veel faalangst bij toetsen, blokkeert bij mondelinge beurten. Ze volgt de groepstraining faalangst op woensdag.
Lukas Nijs - attitude voldoende
  Weinig inzet bij taken, vergeet materiaal. Geen zorgen verder.

Groetjes,
Ruth Goris
leerlingenbegeleiding 2de en 3de graad
'''
A(M('klassenraad-4b-voorbereiding', frm=RUTH, to=[MAARTEN, JORIS, GOELE, BART], date='2024-11-29 15:48',
    subject='voorbereiding klassenraad 4B (dinsdag)',
    body=_txt12,
    html=wrap_html(paras("Dag collega's,\n\nHieronder de voorbereiding van de leerlingenbespreking 4B voor de klassenraad van dinsdag. Graag aanvullen als jullie nog iets hebben.")
                   + table_html(_t12) + paras('\nGroetjes,\nRuth Goris\nleerlingenbegeleiding 2de en 3de graad')),
    kind='alt', cte='qp',
    rules=['sensitive'], cats=['psychosocial', 'care'], about=['P0157', 'P0160', 'P0163'],
    note='class-council preparation table: aggression/discipline of one pupil, fear of failure and CLB support plan of another',
    fmt=['alt', 'qp', 'table']))

A(M('vic-diabetes-1c', frm=KATLEEN, to=[LIES, KEVIN], date='2024-09-05 12:37',
    subject='Vic Vermeulen (1C) - nieuw: diabetes type 1',
    body='''Dag Lies, dag Kevin,

Ik had vanmorgen een gesprek met de ouders van Vic Vermeulen (1C). Bij Vic werd deze zomer diabetes type 1 vastgesteld. Hij spuit zelf insuline met een pen (voor het middageten, in het EHBO-lokaal) en draagt een sensor op zijn arm die zijn suiker meet via zijn gsm.

Wat jullie moeten weten:
- Hij mag altijd zijn gsm bij zich hebben en erop kijken, ook tijdens toetsen.
- Hij mag in de les iets eten of drinken (druivensuiker, sapje) zonder te vragen.
- Tekenen van een hypo: bleek, zweten, trillen, plots heel prikkelbaar of suf. Dan: suiker geven, niet alleen laten, niet alleen naar het EHBO sturen. Verwittig mij.
- LO: voor de les even meten. Kevin, bij zwemmen graag extra opletten.

Het actieplan van de diabetesverpleegkundige van het UZ hangt in het EHBO-lokaal.

Groetjes,
Katleen
schoolverpleegkundige / EHBO
''', kind='alt', html_cte='qp',
    rules=['sensitive'], cats=['medical'], about=['P0030'],
    note='nurse informs class teacher and PE teacher of a newly diagnosed type 1 diabetes and hypo procedure for a named pupil',
    fmt=['alt']))

A(M('nand-onderarm', frm=ILSE, to=[RUTH], date='2025-03-18 12:52',
    subject='Nand V.',
    body='''Ruth,

Nand (5B) heeft zich opnieuw gesneden denk ik. Bij chemie schoof zijn mouw omhoog, verse sneden op zijn linkeronderarm, hij trok ze snel naar beneden toen hij zag dat ik keek. Ik heb niets gezegd in de klas.

Kan jij hem morgen zien? Hij heeft het 3de uur studie.

Ilse
''',
    rules=['sensitive'], cats=['psychosocial'], about=['P0210'],
    note='class teacher reports fresh self-harm wounds of a pupil to the pupil counsellor, in a few plain words',
    fmt=['plain']))

A(M('mdo-iac-wout', frm=HILDE, to=[('Ellen Ceulemans', 'ellenceulemans86@gmail.com')], date='2025-01-07 09:10',
    subject='Bevestiging MDO 14 januari - Wout',
    body='''Beste mevrouw Ceulemans,

Hierbij bevestig ik het multidisciplinair overleg over Wout op dinsdag 14 januari om 16u00 in lokaal A012 (ingang Naamsestraat).

Aanwezig: u (en de papa, als hij kan), Els Vercammen (klastitularis 1D), Elke Mertens (CLB), mevrouw Dierckx van het ondersteuningsnetwerk en ikzelf.

Agenda:
1. Evaluatie van het individueel aangepast curriculum (IAC) voor Nederlands en wiskunde na het eerste trimester
2. Ondersteuning in de klas: blijven de 2 uur per week behouden na de krokusvakantie?
3. Vooruitblik: welk 2de jaar past voor Wout?

Mag ik u vragen het handelingsplan dat u in december kreeg, mee te brengen?

Met vriendelijke groet,

Hilde Verstraeten
zorgcoördinator Sint-Pieterscollege
''', cte='qp', charset='windows-1252',
    rules=['sensitive'], cats=['care'], about=['P0041'],
    note='care coordinator confirms an MDO about the IAC and support hours of a pupil in 1D (B-stream) to the mother',
    fmt=['plain', 'qp', 'cp1252']))

A(M('overlijden-papa-mila', frm=MARC, to=[JORIS, GOELE, MAARTEN, KEVIN, RUTH], date='2025-02-17 07:31',
    subject='Mila Geerts 4A',
    body='''Beste collega's van 4A,

Ik moet jullie helaas melden dat de papa van Mila Geerts zaterdag plots is overleden. De uitvaart is donderdag om 10u30 in de Sint-Jacobskerk. Wie wil gaan, kan dat met mij afspreken; ik regel vervanging.

Mila blijft deze week thuis. Joris heeft met mama gebeld: Mila wil niet dat er een minuut stilte of iets dergelijks in de klas gebeurt, maar ze vindt het wel ok dat de klas het weet. Joris vertelt het maandag 1ste uur aan de klas, Ruth is erbij.

Toetsen van Mila schuiven we voorlopig allemaal op. Laat haar de eerste weken zelf het tempo bepalen.

Marc
''', cte='8bit',
    rules=['sensitive'], cats=['family'], about=['P0153'],
    note="director informs the teachers of 4A of the sudden death of a pupil's father and the arrangements",
    fmt=['plain']))

A(M('yonas-buikpijn-eenvoudig', frm=NADIA, to=[('Almaz Gebremariam', 'almaz.gebremariam@outlook.com')],
    date='2024-12-02 15:40', subject='Yonas - dokter CLB dinsdag',
    body='''Dag mevrouw Gebremariam,

Ik ben Nadia, de juf van Yonas in OKAN.

Yonas heeft veel pijn in zijn buik.
Hij eet niet op school.
Hij is veel moe in de klas.

De dokter van het CLB wil Yonas zien.
Dat is gratis.
Wanneer? Dinsdag 10 december, om 10 uur.
Waar? Op school, lokaal B104.

Kan u ook komen? Er is een tolk Tigrinya.
Zeg ja of nee aan Yonas of stuur een bericht.

Vriendelijke groet,
juf Nadia
''',
    rules=['sensitive'], cats=['medical', 'care'], about=['P0295'],
    note="simple-Dutch letter to an OKAN mother: her son's stomach pain and not eating, CLB doctor appointment with interpreter",
    fmt=['plain']))

_csv18 = '''Leerling;Klas;Openstaand;Regeling;OCMW;Opmerking
Drita Krasniqi;2D;214,50;20 EUR/maand sinds okt;nee;stipt betaald tot nu
Soufiane Benali;3B;388,00;30 EUR/maand;ja, 50%;OCMW betaalt rest na factuur
Christian Tshibangu;5D;602,75;geen;aangevraagd;3de herinnering zonder reactie, mama belt terug na 15/2
'''
A(M('afbetalingsplannen-overzicht', frm=RITA, to=[MARC], date='2025-02-03 10:02',
    subject='overzicht afbetalingsplannen feb',
    body='''Marc,

Zoals gevraagd het overzicht van de lopende afbetalingsplannen in bijlage, voor ons overleg woensdag. Voor Tshibangu zou ik nog wachten met de incasso tot mama teruggebeld heeft.

Rita
''', attach=[('afbetalingen_feb2025.csv', 'text/csv', _csv18)],
    rules=['sensitive'], cats=['financial'], about=['P0090', 'P0118', 'P0240'],
    note='accountant sends the director a csv of families on payment plans / OCMW support with amounts',
    fmt=['plain', 'attachment', 'csv']))

A(M('sara-zwanger-examens', frm=RUTH, to=[BRAM, MARC], date='2025-04-22 16:20',
    subject='examenregeling Sara B. 5C',
    body='''Hoi Bram, Marc,

Sara Bakkali (5C) heeft mij vandaag bevestigd dat ze zwanger is; ze is uitgerekend half juni, dus vlak na de examens. Mama is op de hoogte en steunt haar. Ze heeft een attest van de gynaecoloog.

Voorstel voor de juni-examens (ook zo besproken met CLB):
- examens in het lokaal naast het secretariaat, met stoel met rugleuning en water
- pauze mag altijd, tijd wordt gecompenseerd
- max. 1 examen per dag; wat niet past, schuiven we naar een inhaalmoment in september
- geen stage-evaluatie in het rusthuis na 20 mei

Graag jullie akkoord, dan zet ik het in het begeleidingsplan en informeer ik de collega's zonder details.

Ruth
''', kind='alt', cte='b64',
    rules=['sensitive'], cats=['medical', 'care'], about=['P0218'],
    note="counsellor tells the class teacher and director about a pupil's pregnancy and proposes adapted exam arrangements",
    fmt=['alt', 'base64']))

_q20 = quote_gmail('di 19 nov 2024 om 11:05', 'Kevin Peeters <kevin.peeters@sintpieterscollege.be>', '''Hoi Sarah, is er iets met Hanne C. uit jouw klas? Ze wou vandaag niet meedoen met volleybal en zat de hele les op de bank te wenen. Ik heb niet doorgevraagd.
Kevin''')
A(M('hanne-re-kevin', frm=SARAH, to=[KEVIN], date='2024-11-19 12:48',
    subject='Re: Hanne C.', reply_to='<b08-kevin-hanne@sintpieterscollege.be>',
    body='''Hoi Kevin,

Ja. Mama belde me vorige week: de ouders gaan uit elkaar, papa is sinds een week of twee het huis uit en woont nu in een studio in Heverlee. Hanne zou om het weekend bij hem gaan, maar dat loopt nog niet vlot. Ze heeft het er moeilijk mee.

Laat haar maar even, als ze niet wil meedoen is dat ok voor nu. Ik hou het in de gaten en heb het aan Ruth gemeld.

Sarah

''' + _q20,
    rules=['sensitive'], cats=['family'], about=['P0089'],
    note='class teacher explains to the PE teacher that the parents of a pupil are separating (father moved out)',
    fmt=['plain', 'reply']))

A(M('jonas-flauwte-cooper', frm=KEVIN_S, to=[KATLEEN], date='2024-10-02 11:14',
    subject='flauwte 4A',
    body='''Katleen,

Ter info: Goossens uit 4A is vanmorgen flauwgevallen bij de Coopertest, na een ronde of 6. Hij was na een paar minuten terug bij, heb hem met Wouter naar jou gebracht maar je was er niet, hij heeft dan bij het secretariaat gezeten.

Ik heb mama gebeld: hij neemt Rilatine en de dokter heeft vorige week de dosis verhoogd, en hij had niet ontbeten. Mama komt hem om 12u halen.

Kan jij even checken of we iets moeten weten voor LO? Volgende week zwemmen.

Kevin
''',
    rules=['sensitive'], cats=['medical'], about=['P0147'], fmt=['plain', 'initials'],
    note='PE teacher tells the nurse a pupil (named by surname + class) fainted and takes Rilatine with a changed dose'))

A(M('spijbelen-sn-4d-clb', frm=GREET, to=[CLB], cc=[RUTH], date='2025-01-28 10:45',
    subject='problematische afwezigheden S.N. 4D',
    body='''Dag Elke,

Voor leerling S.N. (4D, Sint-Pieterscollege) staan we intussen op 31 halve dagen problematische afwezigheid (B-codes) sinds 2 december. Vooral maandag en vrijdag, soms komt hij 's middags binnen en vertrekt hij na 1 lesuur.

Ruth heeft twee keer met hem gesproken: hij zegt dat hij "het niet meer ziet zitten op school" en 's nachts gamet tot 4u. De ouders reageren niet op onze brieven en de gsm van mama staat altijd af.

We vragen om vanuit het CLB een begeleidingstraject op te starten (spijbeldossier). Ruth kan volgende week mee op huisbezoek als dat helpt.

Met vriendelijke groet,
Greet Wouters
leerlingensecretariaat
''', cte='qp',
    rules=['sensitive'], cats=['psychosocial', 'care'], about=['P0189'], fmt=['plain', 'qp', 'initials'],
    note='secretariat asks CLB to start a truancy file for a pupil (initials + class) with 31 half days absent and low mood'))

A(M('tucht-zakaria', frm=DIRECTIE, to=[('Youssef El Khattabi', 'y.elkhattabi@outlook.com')], date='2024-11-13 16:02',
    subject='Preventieve schorsing en uitnodiging - Zakaria El Khattabi (4B)',
    body='''Geachte heer El Khattabi,

Zoals vandaag telefonisch meegedeeld, werd uw zoon Zakaria (4B) preventief geschorst vanaf donderdag 14 november tot en met woensdag 20 november.

Op dinsdag 12 november heeft Zakaria tijdens de middagpauze een medeleerling meermaals geslagen en geschopt, ook toen die al op de grond lag. Het slachtoffer moest verzorgd worden. Het is het derde ernstige incident dit schooljaar, na de bedreiging van een leerkracht op 27 september en de vechtpartij op de bus op 18 oktober.

Wij overwegen een definitieve uitsluiting. Voor we een beslissing nemen, nodigen wij u en Zakaria uit voor een gesprek op maandag 18 november om 16u30 op het directiesecretariaat. U mag zich laten bijstaan door een vertrouwenspersoon. U kan vooraf het tuchtdossier inkijken.

Met vriendelijke groeten,

Marc Van den Broeck
directeur
''', kind='alt', cte='qp',
    rules=['sensitive'], cats=['psychosocial'], about=['P0157'],
    note='director informs a father about the suspension of his son after repeated violence and a possible disciplinary exclusion',
    fmt=['alt', 'qp']))

A(M('pesten-ruben-verkeerde-vermeulen', frm=LIES, to=[('Hilde Vermeulen', 'vermeulen.hilde@gmail.com')],
    date='2025-03-06 18:22', subject='Ruben en de klasgroep',
    body='''Beste mevrouw Vermeulen,

Ik wou u even laten weten wat ik vandaag heb gehoord. Ruben kwam na de les naar mij en vertelde dat hij al enkele weken uit de klasgroep op WhatsApp gezet wordt en dat er foto's van hem rondgaan met spottende opmerkingen over zijn kleren en zijn stem. Tijdens de middag zit hij vaak alleen.

Ik vond hem erg aangedaan. Hij wil niet dat ik de namen van de anderen doorgeef aan u, maar hij gaf mij wel toestemming om in de klas op te treden. Morgen doen we met de leerlingenbegeleiding een klasgesprek, zonder Ruben aan te wijzen.

Mag ik u vragen om thuis ook eens met hem te praten en mij te laten weten hoe het met hem gaat? U mag mij altijd contacteren via Smartschool.

Vriendelijke groeten,
Lies Vanhoutte
klastitularis 1C
''',
    rules=['sensitive'], cats=['psychosocial'], about=['P0032'], misdirected=True,
    note='bullying of Ruben Vermeulen (1C) reported to the mother of Vic Vermeulen (same class, same surname) instead of his own mother',
    fmt=['plain']))

A(M('adhd-ahmad-en', frm=HILDE, to=[('Reza Garcia', 'reza.garcia@outlook.com'), ('Ana Berisha', 'ana_berisha@gmail.com')],
    date='2024-10-24 13:55', subject='Support plan for Ahmad (4B)',
    body='''Dear Mr Garcia, dear Ms Berisha,

Thank you for sending us the report of the neuropsychologist. It confirms the diagnosis of ADHD (combined type) for Ahmad. I also understand that he started medication two weeks ago and that you are still finding the right dose with his doctor.

Based on the report and our talk with Ahmad, we propose the following measures in his support plan (in Flanders we call them STICORDI measures):
- a fixed seat at the front, away from the window
- longer tests split in two parts, with a short movement break
- a checklist in his planner, checked by his class teacher every Monday
- one third extra time for exams, in a smaller room

The CLB will follow up with Ahmad twice this school year. Could you let me know if you agree? Then I will add the plan to his file and inform his teachers.

Kind regards,

Hilde Verstraeten
Care coordinator
''', kind='alt',
    rules=['sensitive', 'bcc'], cats=['medical', 'care'], about=['P0161'], lang='en',
    note='care coordinator writes to both parents (two private addresses in To) about an ADHD diagnosis, medication and STICORDI measures',
    fmt=['alt']))

A(M('facture-divin-fr', frm=BOEKH, to=[('Serge Tshibangu', 'tshibangu.serge@telenet.be')], date='2025-03-12 09:40',
    subject='Solde impayé - Divin Tshibangu (4C)',
    body='''Monsieur Tshibangu,

Malgré nos rappels du 15 janvier et du 14 février, le solde des factures scolaires de Divin (4C) reste impayé :

  Facture 2024-1187 (livres, photocopies)        212,30 EUR
  Facture 2025-0044 (voyage de ski, solde)       249,90 EUR
  Facture 2025-0102 (matériel atelier)            24,00 EUR
  Total                                          486,20 EUR

Nous comprenons que la situation puisse être difficile. C'est pourquoi nous vous proposons un plan d'apurement de 60 EUR par mois à partir d'avril, à verser sur le compte BE71 7340 1928 4469 avec la communication « Divin Tshibangu 4C ». Le service social du CPAS de Louvain peut également intervenir ; notre coordinatrice de soins peut vous aider à introduire la demande.

Merci de nous faire savoir avant le 25 mars si vous acceptez ce plan.

Veuillez agréer, Monsieur, nos salutations distinguées.

Rita Smets
Comptabilité - Sint-Pieterscollege
''', charset='windows-1252', cte='8bit',
    rules=['sensitive', 'personal_data'], cats=['financial'], about=['P0175'], lang='fr',
    note='accounting proposes a payment plan for an unpaid balance of one family, mentions CPAS help; IBAN of the school',
    fmt=['plain', 'cp1252', '8bit']))

A(M('nore-opname-kdienst', frm=RUTH, to=[ILSE, GOELE, BART, MAARTEN], date='2025-02-10 13:15',
    subject='Nore 5B - afwezig voor langere tijd',
    body='''Dag collega's van 5B,

Nore Mertens is sinds vrijdag opgenomen op de kinder- en jeugdpsychiatrie van UPC KU Leuven, voor een ernstige depressie. De opname duurt vermoedelijk 6 tot 8 weken. Ze volgt daar een paar uur per dag les in de ziekenhuisschool.

Afspraken met de ouders en de begeleiders daar:
- geen taken of berichten via Smartschool sturen, tenzij de ziekenhuisschool erom vraagt (ik coördineer)
- in de klas zeggen we enkel dat Nore ziek is en een tijd weg is
- wie een kaartje wil meegeven, kan dat bij mij binnenbrengen

Bedankt voor jullie discretie.
Ruth
''', kind='html', cte='qp', html=wrap_html(paras('''Dag collega's van 5B,

Nore Mertens is sinds vrijdag opgenomen op de kinder- en jeugdpsychiatrie van UPC KU Leuven, voor een ernstige depressie. De opname duurt vermoedelijk 6 tot 8 weken. Ze volgt daar een paar uur per dag les in de ziekenhuisschool.

Afspraken met de ouders en de begeleiders daar:
- geen taken of berichten via Smartschool sturen, tenzij de ziekenhuisschool erom vraagt (ik coördineer)
- in de klas zeggen we enkel dat Nore ziek is en een tijd weg is
- wie een kaartje wil meegeven, kan dat bij mij binnenbrengen

Bedankt voor jullie discretie.
Ruth''')),
    rules=['sensitive'], cats=['psychosocial', 'medical'], about=['P0206'],
    note='counsellor tells teachers a pupil is admitted to child psychiatry for depression (HTML only)',
    fmt=['html', 'qp']))

A(M('mustafa-voogd', frm=NADIA, to=[MARC], cc=[GREET], date='2024-09-24 10:30',
    subject='Mustafa (OKAN) - contact enkel via voogd',
    body='''Dag Marc,

Voor het dossier van Mustafa Hakimi (OKAN): hij is een niet-begeleide minderjarige. Zijn vader is in Afghanistan omgekomen, van zijn mama en zussen weet hij niet waar ze nu zijn (vermoedelijk in Iran). Hij woont sinds deze maand in een kleinschalige opvang van Fedasil in Kessel-Lo.

Alle schoolzaken (rapport, toestemmingen, uitstappen) gaan via zijn voogd, dhr. Wim Schepers, wim.schepers@voogdij-leuven.be, 0478 61 24 90. De begeleider van de opvang mag hem ophalen, maar tekent niets.

Greet, kan jij dat zo in Informat/Smartschool zetten?

Nadia
''',
    rules=['sensitive', 'personal_data'], cats=['family'], about=['P0293'],
    note='OKAN teacher explains an unaccompanied minor: father killed, mother missing, lives in reception centre, guardian phone',
    fmt=['plain']))

A(M('ayoub-thuis-clb', frm=ELS, to=[CLB], cc=[HILDE, KOEN], date='2025-03-25 13:07',
    subject='dringend: A.A.L. 1D - advies gevraagd',
    body='''Dag Elke,

Ik bel je straks ook, maar ik zet het al op papier.

A.A.L. uit 1D (B-stroom) vertelde mij vanmorgen na de les, uit zichzelf: "papa slaat mama als hij boos is, en gisteren ook mij". Hij had een blauwe plek op zijn bovenarm, die ik gezien heb. Hij vroeg om het niet aan papa te zeggen. Hij wil vanavond niet naar huis.

Ik heb niet verder doorgevraagd, enkel genoteerd wat hij zei. Hilde en Koen zijn op de hoogte. Wat is de volgende stap - bellen we het Vertrouwenscentrum Kindermishandeling of doen jullie dat?

Els Vercammen
klastitularis 1D
''',
    rules=['sensitive'], cats=['family'], about=['P0046'], fmt=['plain', 'initials'],
    note='class teacher reports suspected domestic violence disclosed by a pupil (initials + class) to CLB'))

A(M('epilepsie-defne-verkeerde-aydin', frm=KATLEEN, to=[('Gülsen Aydın', 'gulsenaydin78@gmail.com')],
    date='2025-01-22 13:48', subject='Defne - aanval tijdens chemie',
    body='''Beste mevrouw Aydın,

Zoals ik u telefonisch probeerde te melden (ik kreeg uw voicemail): Defne had vanmiddag om 12u50 tijdens de les chemie een epileptische aanval van ongeveer 2 minuten. De leerkracht heeft het protocol gevolgd, de aanval stopte vanzelf, de noodmedicatie was niet nodig.

Ze rust nu in het EHBO-lokaal, ze is moe en heeft wat hoofdpijn, maar is goed aanspreekbaar. Ik laat haar liever niet alleen met de bus naar huis gaan. Kan u of iemand anders haar vandaag ophalen?

Het is de tweede aanval op school sinds de kerstvakantie. Misschien is het goed dat de neuroloog dat weet.

Met vriendelijke groet,
Katleen Jacobs
schoolverpleegkundige
0479 55 21 08
''',
    rules=['sensitive', 'personal_data'], cats=['medical'], about=['P0248'], misdirected=True,
    note="nurse's mail about Defne's epileptic seizure sent to the mother of Ecem Aydın (same class, mother with the same name); nurse's mobile number",
    fmt=['plain']))

_q31 = quote_outlook('Hilde Verstraeten', 'dinsdag 11 februari 2025 09:14', 'Bart Claes', 'Arda 3A',
                     '''Bart, Evi zegt dat er vorige week iets gebeurd is bij jouw toets in 3A met Arda Ş.? Kan je me kort laten weten wat je zag? Hilde''')
A(M('arda-paniek-toets-reply', frm=BART_S, to=[HILDE], cc=[EVI], date='2025-02-11 17:36',
    subject='RE: Arda 3A', reply_to='<b08-hilde-arda@sintpieterscollege.be>',
    body='''Dag Hilde,

Klopt. Bij de toets goniometrie begon hij na 10 minuten heel snel te ademen, hij zei dat hij geen lucht kreeg en dat zijn handen tintelden. Ik heb hem mee naar de gang genomen, na een kwartier was het beter. Volgens hem heeft hij dat "altijd bij toetsen, maar nu erger", en hij zegt dat hij niet meer slaapt de avond voor een toets.

Hij vroeg of hij toetsen in een apart lokaal kan maken (studiezaal?). Voor mij goed, maar ik laat het aan jullie wat er in het plan komt. Evi in cc als klastitularis.

Bart

''' + _q31, kind='alt', cte='qp',
    rules=['sensitive'], cats=['psychosocial'], about=['P0097'],
    note='math teacher describes a panic attack / test anxiety of a pupil to the care coordinator (reply with quote)',
    fmt=['alt', 'qp', 'reply']))

_inner32 = M('inner-jonas-gevangenis', frm=('An Willems', 'an.willems@gmail.com'), to=[DIRECTIE], date='2025-01-12 22:03',
             subject='Jonas Willems 4D - vertrouwelijk',
             body='''Geachte directeur,

Ik wil u iets laten weten over onze zoon Jonas (4D). Mijn man zit sinds vorige maand in de gevangenis van Leuven-Centraal, in afwachting van zijn proces. Jonas weet het, maar zijn klasgenoten niet, en dat wil hij zo houden.

Hij is thuis heel stil geworden en slaapt slecht. Ik vraag u om de leerkrachten te vragen wat op te letten, zonder de reden te noemen aan iedereen.

Met vriendelijke groeten,
An Willems''')
_inner32['mid'] = '<CAE+b08jonas@mail.gmail.com>'
A(M('jonas-papa-gevangenis-fwd', frm=MARC, to=[HILDE, RUTH], date='2025-01-13 08:05',
    subject='Fwd: Jonas Willems 4D - vertrouwelijk',
    body='''Hilde, Ruth,

Ter info, mail van mama Willems in bijlage. Graag kort in het LVS zetten (zonder de details over het proces) en de klastitularis inlichten; daarna mag deze mail weg.

Marc
''', attach=[('rfc822', _inner32)],
    rules=['sensitive'], cats=['family'], about=['P0192'],
    note="director forwards (as attachment) a mother's mail saying the father is in prison",
    fmt=['plain', 'fwd-attached']))

A(M('schooltoelage-lukas-ardennen', frm=GREET, to=[RITA], date='2024-10-10 11:22',
    subject='Lukas Vanderlinden 2A - Ardennen',
    body='''Hoi Rita,

Mama van Lukas Vanderlinden (2A) kwam net aan het loket. Ze heeft dit jaar nog geen schooltoelage gekregen (dossier bij het Groeipakket zit vast omdat haar inkomen opnieuw berekend wordt) en ze kan de Ardennenweek (€ 265) nu niet betalen. Ze is alleen met 3 kinderen.

Kunnen we de rekening van de Ardennen laten staan tot de toelage uitbetaald is? Ze vroeg uitdrukkelijk dat Lukas er niets van merkt.

Greet
''',
    rules=['sensitive'], cats=['financial'], about=['P0055'],
    note='secretariat asks accounting to postpone a trip bill because the single mother cannot pay before her school allowance arrives',
    fmt=['plain']))

_q34 = quote_gmail('wo 16 okt 2024 om 10:12', 'David Pinte <david.pinte@spc.ksleuven.be>', '''Hilde, wat staat er precies in het begeleidingsplan van Bilal (3C)? Ik wil de toets van volgende week juist opmaken. David''')
A(M('bilal-begeleidingsplan-reply', frm=HILDE, to=[DAVID], date='2024-10-16 12:30',
    subject='Re: begeleidingsplan Bilal 3C', reply_to='<b08-david-bilal@spc.ksleuven.be>',
    body='''Dag David,

Voor Bilal El Idrissi (3C) staat in het begeleidingsplan (goedgekeurd op de klassenraad van juni, verlengd in september):

* toetsen in lettertype Arial 12, interlinie 1,5, één opdracht per blad waar mogelijk
* voorleessoftware (Kurzweil) op zijn laptop bij toetsen en examens
* spelfouten niet aanrekenen buiten de taalvakken
* extra tijd: 10 minuten per lesuur-toets, examens in het examenlokaal met extra tijd
* bij mondelinge vragen: vraag herhalen

Voor wiskunde dus vooral de lay-out en de laptop. Hij weet zelf goed wat hij nodig heeft, vraag het hem gerust.

Hilde

''' + _q34,
    rules=['sensitive'], cats=['care'], about=['P0125'],
    note="care coordinator lists the individual support plan measures of one pupil to a teacher (no diagnosis named)",
    fmt=['plain', 'reply']))

_t35 = [['Naam', 'Globaal', 'Aandachtspunten'],
        ['Tess Vandamme', 'zwak', 'Woont sinds november in een pleeggezin (beslissing jeugdrechter). Contact en rapport enkel via pleegmoeder, niet via mama. Veel afwezig in november, nu stabieler.'],
        ['Anouk Schoofs', 'voldoende', 'IAC voor Frans en wiskunde, ondersteuner van het ondersteuningsnetwerk komt op dinsdag. Goed meegaand.'],
        ['Jana Dierickx', 'goed', 'Geen opmerkingen, vlotte inzet.']]
A(M('klassenraad-2d-verslag', frm=SARAH, to=[KOEN, HILDE, ELS], date='2024-12-20 16:05',
    subject='verslag klassenraad 2D (kerst)',
    html=wrap_html(paras('Dag allen,\n\nHieronder het verslag van de klassenraad 2D (B-stroom) van 19/12, enkel de besproken leerlingen.')
                   + table_html(_t35) + paras('\nBeslissingen: attestering volgt in juni; voor Tess wordt een MDO gepland in januari.\n\nSarah Desmet\nklastitularis 2D')),
    kind='html', cte='qp',
    rules=['sensitive'], cats=['family', 'care'], about=['P0085', 'P0093', 'P0096'],
    note='class council report table: one pupil placed in foster care by the juvenile judge, another with an IAC and support network',
    fmt=['html', 'qp', 'table']))

A(M('ardennen-kobe-nacht', frm=TOM, to=[MARC, LIES], date='2025-04-28 14:06',
    subject='Ardennen 1ste jaar - discrete afspraak Kobe (1C)',
    body='''Dag Marc, dag Lies,

Mama van Kobe De Wilde (1C) belde mij over de Ardennenweek. Kobe plast 's nachts nog in bed; hij neemt daarvoor Minirin, maar dat helpt niet altijd. Hij schaamt zich enorm en wilde daarom eerst niet mee.

Afspraak met mama:
- Kobe slaapt in het onderste bed, dichtst bij de deur
- hij krijgt een eigen (donkere) slaapzak en een extra plastic zak in zijn valies
- ik maak hem om 1u 's nachts even wakker; niemand van de kamer moet dat weten
- zijn medicatie zit bij de andere medicatie in de EHBO-koffer

Lies, wil jij hem nog eens geruststellen? Zeg er zeker niets over bij de kamerindeling.

Tom
''',
    rules=['sensitive'], cats=['medical'], about=['P0035'],
    note='trip organiser arranges discreet night care for a first-year with bedwetting and medication on the school trip',
    fmt=['plain']))

A(M('ehbo-wespen-imane-1a', frm=KATLEEN, to=[('Jeroen Wils', 'jeroen.wils@sintpieterscollege.be'), GOELE, KEVIN, WOUTER],
    date='2025-04-03 08:12', subject='1A - Imane Benali: ernstige allergie wespen/bijen',
    body='''Beste collega's die les geven in 1A,

Met het mooie weer komen de wespen terug. Imane Benali (1A) heeft een ernstige allergie voor wespen- en bijensteken: vorig jaar belandde ze op spoed na een steek.

- Ze heeft altijd een EpiPen bij zich in het voorvakje van haar boekentas; een tweede ligt in het EHBO-lokaal (kast 2, bovenste rek, met foto).
- Na een steek: onmiddellijk EpiPen in de dij (mag door de broek), 112 bellen, dan mij verwittigen.
- Bij uitstappen en LO buiten: de pen gaat mee met de leerkracht.

Bedankt!

Katleen Jacobs
schoolverpleegkundige / EHBO-coördinator
Sint-Pieterscollege | 016 29 84 17
''', cte='qp',
    rules=['sensitive', 'personal_data'], cats=['medical'], about=['P0004'],
    note="nurse informs a pupil's teachers of her severe insect allergy and the EpiPen procedure; school phone in signature",
    fmt=['plain', 'qp']))

A(M('silke-gesprek-mama', frm=RUTH, to=[('Karen Janssens', 'janssens.karen@gmail.com')], date='2025-05-06 16:55',
    subject='Silke - gesprek vandaag',
    body='''Beste mevrouw Janssens,

Silke kwam vandaag tijdens de middag bij mij langs. In ons gesprek vertelde ze dat ze zich al een tijd heel somber voelt en dat ze soms denkt dat het beter zou zijn als ze er niet meer was. Ze heeft geen concreet plan, zei ze, maar ik neem dat heel ernstig. Ze gaf mij de toestemming om u te verwittigen.

Ik heb haar het nummer van de Zelfmoordlijn (1813) gegeven en we hebben afgesproken dat ze morgen om 8u25 opnieuw bij mij langskomt. Ik zou het heel fijn vinden als u vandaag of morgen even belt, dan bekijken we samen welke hulp er nodig is (huisarts, CLB).

U kan mij bereiken op 016 29 84 31 of via Smartschool.

Met warme groet,
Ruth Goris
leerlingenbegeleider
''',
    rules=['sensitive', 'personal_data'], cats=['psychosocial'], about=['P0246'],
    note="counsellor informs a mother of her daughter's suicidal thoughts after a talk; school phone number of the counsellor",
    fmt=['plain']))

A(M('condoleances-axelle-fr', frm=MARC, to=[('Stijn De Smet', 'stijnd@skynet.be')], date='2025-03-03 11:50',
    subject='Axelle',
    body='''Cher Monsieur De Smet,

Au nom de toute l'équipe du Sint-Pieterscollege, je vous présente nos plus sincères condoléances pour le décès de votre épouse. Nous pensons beaucoup à vous, à Axelle et à son petit frère.

Axelle peut reprendre l'école quand elle s'en sent prête, il n'y a aucune urgence. À son retour :
- ses contrôles du mois de mars sont annulés ou reportés, selon son choix ;
- elle peut quitter la classe à tout moment pour aller voir Mme Goris, notre accompagnatrice des élèves ;
- sa titulaire, Mme Houben, passera la voir le premier jour.

Si vous souhaitez que nous informions la classe d'une manière particulière, dites-le-nous simplement.

Avec toute notre sympathie,

Marc Van den Broeck
directeur
''', kind='alt', cte='qp',
    rules=['sensitive'], cats=['family'], about=['P0164'], lang='fr',
    note="director's condolences to a father on the death of his wife and arrangements for the daughter's return",
    fmt=['alt', 'qp']))

_f44 = fwd_inline('Karolien Smeyers <karolien.smeyers@jeugdhulp-vlaanderen.be>', 'di 4 feb 2025 om 14:21',
                  'Jonathan Mukendi - verblijf', 'secretariaat@sintpieterscollege.be', '''Geachte,

Bij beschikking van de jeugdrechter van 3 februari verblijft Jonathan Mukendi (3B) sinds gisteren in het Jongerenhuis De Linde in Heverlee. Hij blijft school lopen bij u.

Belangrijk: het verblijfadres mag niet aan mama, mevrouw Ilunga, worden meegedeeld. Papa heeft geen contact. Rapporten en briefwisseling graag naar de voorziening, ter attentie van de leefgroep.

Met vriendelijke groeten,
Karolien Smeyers
consulent Sociale Dienst Jeugdrechtbank Leuven
tel. 016 21 47 80''')
A(M('jonathan-plaatsing-fwd', frm=GREET, to=[LEEN, MARC], date='2025-02-05 08:40',
    subject='Fwd: Jonathan Mukendi - verblijf',
    body='''Leen, Marc,

Ter info. Ik heb in Informat het adres aangepast en mama als ouder 1 "geen briefwisseling" gezet. Leen, ook geen rapport meegeven aan mama als ze aan school staat.

Greet

''' + _f44, cte='qp',
    rules=['sensitive', 'personal_data'], cats=['family'], about=['P0112'],
    note="secretariat forwards the juvenile court's message: placement of a pupil in a youth home, address not to be given to the mother",
    fmt=['plain', 'qp', 'fwd']))

A(M('rekening-lander-alleen', frm=RITA, to=[HILDE], date='2025-02-25 15:30',
    subject='mama Van Damme 5D',
    body='''Hilde,

Mama van Lander Van Damme (5D) belde daarnet over de openstaande € 640 (3 rekeningen + Londenreis). Papa is in december vertrokken en betaalt sindsdien niets meer, ook geen onderhoudsgeld. Ze staat er alleen voor met drie kinderen en werkt halftijds.

Ze weet niet dat ze waarschijnlijk recht heeft op een schooltoelage. Kan iemand van het zorgteam haar helpen met de aanvraag? Ik zet de herinneringen intussen stop.

Rita
''', charset='windows-1252', cte='8bit',
    rules=['sensitive'], cats=['financial', 'family'], about=['P0229'],
    note='accountant tells the care coordinator about unpaid bills of a family after the father left; asks help with school allowance',
    fmt=['plain', 'cp1252']))

# -- a few more, written later for balance --
A(M('bent-blauwe-plekken', frm=WOUTER, to=[RUTH], cc=[SARAH], date='2025-05-13 10:20',
    subject='Bent H. 2B - kleedkamer',
    body='''Ruth,

Bent Heylen (2B) wil al een paar weken niet meer omkleden in de kleedkamer, hij komt in zijn sportkleren naar school of gaat in het toilet. Vandaag zag ik bij het touwklimmen blauwe plekken op zijn rug en bovenarmen, in verschillende kleuren. Hij zei "gevallen van de trap". Dat is de derde keer dat hij zoiets zegt.

Hij is ook veel korter van stof geworden, gisteren een stoel tegen de muur gegooid bij een verloren spelletje. Sarah zegt dat mama sinds de zomer samenwoont met een nieuwe partner.

Ik weet niet goed wat ik hiermee moet. Kan jij overnemen?

Wouter
''',
    rules=['sensitive'], cats=['family', 'psychosocial'], about=['P0068'],
    note='PE teacher reports bruises and behaviour change of a pupil, suspicion of abuse at home (new partner of mother)',
    fmt=['plain']))

A(M('layan-dreams-en', frm=NADIA, to=[('Samir Khalil', 'samir.khalil8@gmail.com')], date='2024-11-26 15:15',
    subject='Layan - a question from school',
    body='''Dear Mr Khalil,

I am Nadia Bouzid, Layan's teacher in the OKAN class.

Layan is a kind and hard-working girl, and her Dutch is improving quickly. But this week she told me that she has bad dreams almost every night about the bombing of your street, and that she is afraid when she hears airplanes. In class she often cannot concentrate and sometimes she cries.

With your permission, I would like the psychologist of the CLB (the school health and guidance centre, free of charge) to talk with Layan a few times. We can also arrange an interpreter for you if you want to meet her first.

Please let me know if you agree. You can answer in English or in Arabic, a colleague will help me.

Warm regards,
Nadia Bouzid
OKAN teacher, Sint-Pieterscollege
''', kind='alt', cte='b64',
    rules=['sensitive'], cats=['psychosocial', 'care'], about=['P0300'], lang='en',
    note='OKAN teacher asks a father permission for CLB psychologist follow-up of his daughter with war nightmares',
    fmt=['alt', 'base64']))

A(M('ocmw-adam-fwd', frm=RITA, to=[MARC], date='2025-03-17 11:04',
    subject='FW: tussenkomst schoolkosten Bakkali',
    body='''Marc, ter info - zo is de helft van de rekening van Adam (5C) toch geregeld. Voor de rest spreek ik met mama € 25/maand af.
Rita

''' + fwd_inline('Sam Vervoort <sam.vervoort@leuven.be>', 'vr 14 mrt 2025 om 16:40', 'tussenkomst schoolkosten Bakkali',
                 'boekhouding@sintpieterscollege.be', '''Geachte mevrouw Smets,

Het Bijzonder Comité voor de Sociale Dienst heeft gisteren beslist om voor de schoolkosten van Adam Bakkali (5C) een tussenkomst van 50% toe te kennen voor het tweede trimester (factuur 2025-0188, € 342,60 - tussenkomst € 171,30). U mag de factuur op naam van het OCMW Leuven, dienst Schuldhulp, opsturen.

Met vriendelijke groeten,
Sam Vervoort
maatschappelijk werker OCMW Leuven
016 27 26 00'''),
    rules=['sensitive', 'personal_data'], cats=['financial'], about=['P0227'],
    note="accountant forwards the OCMW's decision to pay half of a pupil's school bill; social worker's phone in quote",
    fmt=['plain', 'fwd']))

A(M('herorientering-ruben-3c', frm=HILDE, to=[('Veerle Aerts', 'veerle.aerts2@outlook.com')], date='2025-06-27 10:15',
    subject='Na de klassenraad: studiekeuze Ruben',
    body='''Beste mevrouw Aerts,

Zoals u gisteren bij de rapportbespreking hoorde, kreeg Ruben een B-attest: hij mag naar het 4de jaar, maar niet in de studierichtingen van de doorstroomfinaliteit (ASO). De klassenraad adviseert een overstap naar een dubbele finaliteit, bijvoorbeeld Bouw- en houtkunde of Elektromechanische technieken, omdat hij in de praktijkvakken en bij STEM-projecten heel sterk is.

Het CLB heeft voorgesteld om Ruben in de zomer mee te nemen in een kort trajectbegeleidingsgesprek (interessetest + bezoek aan de werkplaatsen). Daarvoor heb ik uw schriftelijk akkoord nodig.

Ik ben nog op school tot 4 juli. Zullen we maandag samen met Ruben even zitten?

Met vriendelijke groet,
Hilde Verstraeten
zorgcoördinator
''', kind='alt', cte='qp',
    rules=['sensitive'], cats=['care'], about=['P0123'],
    note='care coordinator explains the B-attest and a redirection advice with CLB trajectory to a mother',
    fmt=['alt', 'qp']))
