# Personal but not sensitive mails (40) + 7 misdirected non-sensitive mails. All invented.
from lib import *  # noqa: F401,F403

ANN = ('Ann Lenaerts', 'ann.lenaerts@sintpieterscollege.be')
GOELE = ('Goele Vanaken', 'goele.vanaken@sintpieterscollege.be')

MAILS = []
A = MAILS.append

A(M('turnzak-fleur', frm=KEVIN, to=[('Griet Pauwels', 'griet.pauwels6@skynet.be')], date='2024-10-17 13:20',
    subject='Turnzak Fleur',
    body='''Beste mevrouw Pauwels,

Fleur (1B) was vandaag voor de derde keer dit trimester zonder turnzak in de les LO. Ze heeft de les meegevolgd in haar gewone kleren, maar dat is niet zo handig en ook niet zo fris voor de rest van de dag.

Zou u samen met haar willen nakijken of de turnzak op dinsdag en donderdag mee in de boekentas gaat? Sportschoenen met lichte zool, T-shirt en short volstaan.

Sportieve groet,
Kevin Peeters
LO
''', rules=[], about=['P0013'], note='PE teacher tells a mother her daughter forgot her gym bag three times', fmt=['plain']))

A(M('jas-jules-refter', frm=GREET, to=[('Dirk Thys', 'thys.dirk@gmail.com')], date='2024-11-08 09:47',
    subject='Jas van Jules teruggevonden',
    body='''Dag meneer Thys,

In de refter werd gisteren een donkerblauwe winterjas (maat 164) gevonden met "Jules Thys 2A" in de kraag. Jules heeft hem blijkbaar nog niet gemist!

De jas ligt bij de verloren voorwerpen aan het onthaal. Jules mag hem tijdens de speeltijd komen halen, of u kan hem na 16u ophalen.

Vriendelijke groeten,
Greet Wouters
leerlingensecretariaat
Sint-Pieterscollege - Naamsestraat 100 - 3000 Leuven
tel. 016 29 84 12
''', rules=['personal_data'], about=['P0053'], note='secretariat tells a father his son\'s lost jacket was found; school phone in signature',
    fmt=['plain']))

A(M('boek-mediatheek-lien', frm=MARLEEN, to=[('Sarah Moens', 'sarah_moens@gmail.com')], cc=[('Lien Moens', 'lien.moens@leerling.sintpieterscollege.be')],
    date='2024-11-27 14:03', subject='Herinnering: boek mediatheek',
    body='''Beste mevrouw Moens, beste Lien,

Volgens onze gegevens heeft Lien (3A) nog het boek "Wonder" van R.J. Palacio uitgeleend. Het moest terug zijn op 15 november.

Mag Lien het deze week nog terugbrengen naar de mediatheek (open elke middag)? Als het boek zoek is, laat het gerust weten, dan zoeken we samen een oplossing.

Vriendelijke groet,
Marleen Hendrickx
mediatheek
''', rules=[], about=['P0099'], note='library reminder about an overdue book to a pupil and her mother', fmt=['plain']))

A(M('proficiat-ikram-functies', frm=BART, to=[('Khadija Aït Lahcen', 'khadija.aitlahcen@telenet.be')], date='2024-12-05 19:12',
    subject='Knappe toets Ikram',
    body='''Beste mevrouw Aït Lahcen,

Even een positief berichtje tussendoor: Ikram (3A) behaalde 19/20 op de toets over functies en grafieken. Na de moeilijke start in september heeft ze echt doorgezet, ze stelt in de les goede vragen en maakt haar oefeningen stipt.

Zegt u haar nog eens proficiat van mij?

Met vriendelijke groeten,
Bart Claes
leraar wiskunde
''', kind='alt', rules=[], about=['P0100'], note='math teacher praises a pupil for a good test to her mother', fmt=['alt']))

A(M('bushalte-milan', frm=SECR, to=[('An Bosmans', 'an.bosmans8@telenet.be')], date='2024-09-12 11:38',
    subject='Wijziging opstapplaats schoolbus - Milan Bosmans 1A',
    body='''Beste mevrouw Bosmans,

Uw aanvraag voor een andere opstapplaats is in orde. Vanaf maandag 16 september stapt Milan (1A) op aan de halte Wilsele Dorp (kerk) in plaats van Wilsele Putkapel. De schoolbus (lijn 4) stopt daar om 7u42. 's Avonds stapt hij op dezelfde halte af rond 16u35.

Milan krijgt vrijdag een nieuwe buskaart mee via zijn klastitularis. De oude kaart mag hij dan aan de chauffeur afgeven.

Met vriendelijke groeten,
Leerlingensecretariaat
''', cte='qp', rules=[], about=['P0009'], note='secretariat confirms a changed school bus stop for a first-year', fmt=['plain', 'qp']))

A(M('fotodag-marie-inhaal', frm=GREET, to=[('Nico Lambrechts', 'nicolambrechts71@outlook.com')], date='2024-10-02 15:12',
    subject='Fotodag: inhaalmoment voor Marie',
    body='''Beste meneer Lambrechts,

Marie (4A) was afwezig op de fotodag van 26 september. Er is een inhaalmoment op maandag 14 oktober om 10u in de kleine refter. De fotograaf neemt dan een individuele foto; de klasfoto kan helaas niet meer opnieuw.

Marie hoeft niets te betalen of mee te brengen. De bestelling gebeurt zoals voor iedereen via de website van de fotograaf, met de code op de proefkaart die ze nadien krijgt.

Vriendelijke groeten,
Greet Wouters
''', rules=[], about=['P0150'], note='catch-up photo session for a pupil who missed photo day', fmt=['plain']))

A(M('rapport-tekenen-robbe', frm=LIES, to=[('Sofie Schoofs', 'sofie.schoofs@gmail.com')], date='2024-12-11 08:05',
    subject='rapport Robbe nog niet terug',
    body='''Dag mevrouw Schoofs,

Kleine herinnering: het rapport van Robbe is nog niet ondertekend terug. Zou u het willen tekenen en vandaag of morgen terug meegeven? Ik verzamel ze voor het secretariaat.

Bedankt!
Lies Vanhoutte
klastitularis 1C
''', rules=[], about=['P0033'], note='class teacher reminds a mother to sign the report card', fmt=['plain']))

A(M('leenlaptop-klaar-lukas', frm=ICT, to=[('Tom De Smet', 't.desmet@telenet.be')], date='2025-01-29 10:55',
    subject='Laptop Lukas De Smet (4D) hersteld - klaar om af te halen',
    body='''Beste heer De Smet,

De laptop van Lukas (4D) is terug van herstelling: het scherm werd onder garantie vervangen. De leenlaptop die Lukas intussen gebruikte, mag hij terug inleveren op het moment dat hij de zijne ophaalt.

Afhalen kan elke schooldag tussen 8u15 en 16u00 in de ICT-helpdesk (lokaal C003). Lukas mag dat zelf doen.

Met vriendelijke groeten,
ICT-helpdesk Sint-Pieterscollege
016 29 84 40
''', kind='alt', cte='qp', rules=['personal_data'], about=['P0184'],
    note='ICT helpdesk says a repaired laptop is ready for pick-up; helpdesk phone', fmt=['alt', 'qp']))

A(M('stage-femke-kinderdagverblijf', frm=ANNELIES, to=[('Evelien Schoofs', 'schoofs.evelien@telenet.be')], date='2025-02-20 16:48',
    subject='Tussentijdse stage-evaluatie Femke',
    body='''Beste mevrouw Schoofs,

Gisteren ging ik op stagebezoek bij Femke (6C) in kinderdagverblijf 't Kwetternest. Ik wou u even laten weten dat het heel goed gaat. De mentor is erg tevreden: Femke neemt initiatief, heeft een fijne band met de peuters en verzorgt haar verslagen netjes. Ze mag volgende week zelf een knutselactiviteit leiden.

Aandachtspunt is alleen nog het op tijd doorgeven van haar stageplanning via Smartschool.

Met vriendelijke groeten,
Annelies Goeman
stagebegeleider 3de graad
''', rules=[], about=['P0265'], note='internship supervisor tells a mother the internship is going well', fmt=['plain']))

A(M('selectie-futsal-jelle', frm=KEVIN, to=[('Stijn Ceulemans', 'stijn.ceulemans@outlook.com')], date='2025-01-20 17:30',
    subject='Selectie schoolteam futsal',
    body='''Beste meneer Ceulemans,

Proficiat: Jelle (6B) werd geselecteerd voor het futsalteam van de school! We nemen op woensdag 12 februari deel aan de provinciale finale van de scholencompetitie in Hasselt.

Praktisch:
- vertrek met de bus om 12u15 aan de sporthal, terug rond 18u30
- zaalschoenen, drinkbus en een lunchpakket meebrengen; de school zorgt voor de truitjes
- gelieve het toestemmingsstrookje uiterlijk maandag 3 februari terug te geven

Sportieve groet,
Kevin Peeters
''', cte='qp', rules=[], about=['P0255'], note='PE teacher tells a father his son is selected for the school futsal team', fmt=['plain', 'qp']))

A(M('rome-formulier-tess-deadline', frm=TOM, to=[('Leen Lemmens', 'leen.lemmens5@outlook.com')], date='2024-11-18 12:40',
    subject='Romereis: domiciliëringsformulier Tess ontbreekt',
    body='''Beste mevrouw Lemmens,

Bij het nakijken van de inschrijvingen voor de Romereis zie ik dat het ondertekende domiciliëringsformulier (SEPA-mandaat) van Tess nog niet binnen is. De deadline was vrijdag 15 november. Tess heeft de kopie van haar identiteitskaart en de medische fiche wel al afgegeven.

Geen paniek: als het formulier tegen vrijdag 22 november bij mij of op het secretariaat ligt, is alles in orde. Anders kan de eerste schijf niet mee met de groepsinning en moet u die apart overschrijven.

Vriendelijke groeten,
Tom Dewulf
''', rules=[], about=['P0244'], note='trip organiser reminds a mother of a late direct-debit form; no payment problem', fmt=['plain']))

A(M('oudercontact-bevestiging-amber', frm=JORIS, to=[('Leen Stevens', 'leen.stevens7@hotmail.com')], date='2024-12-12 13:05',
    subject='Bevestiging oudercontact 19/12',
    body='''Beste mevrouw Stevens,

Hierbij bevestig ik ons gesprek op donderdag 19 december om 18u20 in lokaal B201 (eerste verdieping, trap naast het onthaal). We hebben 10 minuten; als u meer tijd nodig hebt, plannen we gerust een extra moment.

Ik zal de resultaten van Amber overlopen en kort iets zeggen over de studiekeuze voor volgend jaar.

Tot dan,
Joris Van Acker
klastitularis 4A
''', kind='alt', rules=[], about=['P0156'], note='class teacher confirms a parent-teacher meeting time', fmt=['alt']))

_q13 = quote_gmail('ma 13 jan 2025 om 07:12', 'Jeroen Sels <jeroen_sels@hotmail.com>', '''Dag juf, Stan moet morgen om 9u naar de tandarts (controle + een vulling). Mag hij daarna terug naar school komen? Ik zet hem om 10u45 af. Groeten, Jeroen''')
A(M('tandarts-stan-reply', frm=LIES, to=[('Jeroen Sels', 'jeroen_sels@hotmail.com')], date='2025-01-13 07:55',
    subject='Re: Stan morgen later', reply_to='<DB9PR0b08stan@hotmail.com>',
    body='''Dag meneer Sels,

Geen probleem, Stan mag na de tandarts om 11u terug naar de les. Wil hij zich eerst even aanmelden op het leerlingensecretariaat? Een briefje in de agenda volstaat.

Groetjes,
Lies Vanhoutte

''' + _q13, rules=[], about=['P0025'],
    note='borderline: routine dentist appointment and return to class; no diagnosis or condition, so not sensitive',
    fmt=['plain', 'reply']))

A(M('lowie-terug-lo', frm=KEVIN_S, to=[DAVID], date='2025-03-03 09:40',
    subject='Lowie terug in LO',
    body='''Hoi David,

Fyi: Lowie Luyten (3C) bracht het briefje van de dokter binnen, zijn been is genezen en hij mag weer meedoen met LO vanaf deze week. Hij zat dus niet meer op de bank vanaf vandaag, voor jouw afwezigheidslijst.

Kevin
''', rules=[], about=['P0128'],
    note='borderline: pupil is cleared to resume PE after a healed leg; past injury, no ongoing condition, judged not sensitive',
    fmt=['plain']))

A(M('klasafgevaardigde-milan', frm=LIES, to=[KOEN], date='2024-09-26 16:10',
    subject='klasafgevaardigde 1C',
    body='''Koen,

Voor de leerlingenraad: in 1C werd Milan Bogaerts verkozen als klasafgevaardigde, Ilke Dubois is vervanger. Allebei heel enthousiast. Ze zijn vrij op de eerste vergadering van 8 oktober (middag)?

Lies
''', rules=[], about=['P0029', 'P0034'], note='class teacher reports the elected class representatives', fmt=['plain']))

_q16 = quote_outlook('David Pinte', 'maandag 25 november 2024 08:31', 'Bart Claes', 'toets 3C',
                     'Bart, Efe Kaya (3C) was vrijdag weg voor het BK judo (topsportstatuut). Kan hij je toets nog inhalen? David')
A(M('efe-inhaaltoets-reply', frm=BART, to=[DAVID], date='2024-11-25 10:02',
    subject='RE: toets 3C',
    body='''Ja hoor, woensdag 8ste uur in B105, dan zit ik daar toch. Zeg je het hem? En proficiat met zijn brons, hoorde ik van Kevin :-)

Bart

''' + _q16, kind='alt', rules=[], about=['P0132'],
    note='colleagues arrange a catch-up test for a pupil who was at a sports championship', fmt=['alt', 'reply']))

A(M('sofiia-a2-eenvoudig', frm=NADIA, to=[('Iryna Kovalenko', 'irynakovalenko89@proximus.be')], date='2025-05-20 14:25',
    subject='Sofiia: goed nieuws!',
    body='''Dag mevrouw Kovalenko,

Ik heb goed nieuws.
Sofiia deed de test Nederlands.
Zij haalde niveau A2. Dat is heel goed!

Sofiia werkt hard in de klas.
Zij helpt ook andere kinderen.
Wij zijn trots op haar.

Op 12 juni is er een feest in de OKAN-klas. U bent welkom om 15 uur.

Groetjes,
juf Nadia
''', rules=[], about=['P0290'], note='simple-Dutch praise to an OKAN mother: daughter passed Dutch A2', fmt=['plain']))

A(M('adreswijziging-noor', frm=SECR, to=[('Sven Van Laer', 's.vanlaer@gmail.com')], date='2024-09-19 10:20',
    subject='Adreswijziging verwerkt - Noor Van Laer (5D)',
    body='''Beste heer Van Laer,

Wij hebben de adreswijziging van Noor (5D) verwerkt. Het nieuwe adres in onze leerlingenadministratie is:
Tiensesteenweg 112, 3001 Heverlee.

Wilt u in Smartschool (Mijn profiel) nakijken of uw e-mailadres en dat van mevrouw Van Laer nog kloppen? De rapporten en facturen worden naar deze adressen gestuurd.

Met vriendelijke groeten,
Leerlingensecretariaat Sint-Pieterscollege
''', rules=[], about=['P0238'], note='secretariat confirms an address change of a pupil (street address is not a labelled data type)', fmt=['plain']))

A(M('swimming-cap-kacper-en', frm=WOUTER, to=[('Katarzyna Woźniak', 'k.wozniak@gmail.com')], date='2025-02-06 12:15',
    subject='Swimming on Thursday - swimming cap',
    body='''Dear Mrs Woźniak,

Kacper (1A) did not have a swimming cap with him during the last two swimming lessons. A cap is compulsory in the city pool; without one he is not allowed in the water. He can buy one at the school office for 2 euros.

The next lesson is on Thursday 13 February.

Kind regards,
Wouter Bruyninckx
PE teacher
''', rules=[], about=['P0012'], lang='en', note='PE teacher reminds a mother in English that her son needs a swimming cap', fmt=['plain']))

A(M('debate-bartosz-en', frm=GOELE, to=[('Piotr Zieliński', 'zielinski.piotr@gmail.com')], date='2025-03-21 16:40',
    subject='Bartosz at the debate tournament',
    body='''Dear Mr Zieliński,

I just wanted to let you know how proud we are of Bartosz. Yesterday our team reached the semi-finals of the inter-school English debate tournament in Brussels, and Bartosz was named best speaker of the second round. He prepared his arguments very seriously and stayed calm under pressure.

He will receive his certificate at the prize-giving on Friday 28 March (after school, in the auditorium). You are very welcome to attend.

Best regards,
Goele Vanaken
English teacher
''', kind='alt', cte='qp', rules=[], about=['P0273'], lang='en',
    note='English teacher praises a pupil for a debate tournament to his father', fmt=['alt', 'qp']))

A(M('lader-gevonden-amber', frm=ICT, to=[('Amber Schoofs', 'amber.schoofs@leerling.sintpieterscollege.be')], date='2024-10-22 09:02',
    subject='Je lader ligt bij ons',
    body='''Hoi Amber,

In lokaal A104 werd een laptoplader gevonden met jouw naam op een sticker. Je kan hem ophalen in de helpdesk (C003), vandaag of morgen tijdens de middag.

ICT-helpdesk
''', rules=[], about=['P0194'], note='ICT tells a pupil her laptop charger was found', fmt=['plain']))

_q22 = quote_outlook('Katrien Moens <katrien.moens7@hotmail.com>', 'zondag 9 maart 2025 20:44', 'Koen Lauwers',
                     'keuze 2de jaar Saar', '''Geachte heer Lauwers,

Saar twijfelt of ze volgend jaar Latijn blijft volgen. Ze vindt het interessant maar is bang dat het veel werk is naast de andere vakken. Wat raadt u aan? Zijn er nog infomomenten?

Met vriendelijke groet,
Katrien Moens''')
A(M('latijn-saar-reply', frm=KOEN, to=[('Katrien Moens', 'katrien.moens7@hotmail.com')], date='2025-03-10 12:30',
    subject='RE: keuze 2de jaar Saar',
    body='''Beste mevrouw Moens,

Bedankt voor uw vraag. Latijn in het 2de jaar vraagt inderdaad wat regelmatig studiewerk (vooral woordenschat), maar de lessen zijn opgebouwd op het niveau van het 1ste jaar. Voor leerlingen die nu vlot meekunnen, zoals Saar volgens haar leerkrachten, is het perfect haalbaar.

Op dinsdag 25 maart om 19u30 is er een infoavond over de basisopties van het 2de jaar in de aula. Daar kunnen Saar en u ook met de leerkrachten Latijn en STEM praten. De definitieve keuze hoeft pas na het rapport van juni.

Met vriendelijke groet,
Koen Lauwers
adjunct-directeur 1ste graad

''' + _q22, kind='alt', rules=[], about=['P0002'],
    note='deputy head answers a mother about the Latin option for next year; general study-choice advice, no redirection',
    fmt=['alt', 'reply']))

A(M('terugbetaling-theater-laure', frm=BOEKH, to=[('Frederik Willems', 'frederik_willems@skynet.be')], date='2025-04-09 11:11',
    subject='Terugbetaling theaterbezoek 6D',
    body='''Beste heer Willems,

Het theaterbezoek van 6D op 3 april werd door het gezelschap geannuleerd. Het bedrag van € 18 dat voor Laure al werd aangerekend, storten wij zoals gevraagd terug op uw rekening BE62 0018 4473 2961 (niet verrekend met de volgende schoolrekening).

U mag de terugbetaling binnen de 10 werkdagen verwachten.

Met vriendelijke groeten,
Rita Smets
boekhouding
''', rules=['personal_data'], about=['P0284'],
    note="accounting confirms a refund of a cancelled theatre visit to a father's IBAN; no money problems", fmt=['plain']))

A(M('kamerindeling-jules-ardennen', frm=TOM, to=[('Ellen Aerts', 'ellen.aerts6@gmail.com')], date='2025-04-30 20:15',
    subject='Kamerindeling Ardennen',
    body='''Dag mevrouw Aerts,

U vroeg of Jules op de Ardennenweek bij zijn vrienden kan slapen: dat is gelukt. Jules zit op kamer 7 met Wout, Bent en Cas. De begeleider op die gang is meneer Peeters.

Tot maandag 19 mei aan de bus!
Tom Dewulf
''', rules=[], about=['P0039'], note='trip organiser confirms a room allocation wish', fmt=['plain']))

A(M('schaafwonde-zita', frm=KATLEEN, to=[('Inge Bogaerts', 'ingebogaerts72@gmail.com')], date='2024-10-09 10:48',
    subject='Zita even in het EHBO-lokaal',
    body='''Beste mevrouw Bogaerts,

Zita (1B) viel tijdens de speeltijd op de speelplaats en kwam even naar het EHBO-lokaal met een schaafwonde aan haar knie. Ik heb de wonde gereinigd, ontsmet en er een pleister op gekleefd. Ze is daarna gewoon terug naar de les gegaan.

Geen reden tot ongerustheid, ik laat het u enkel weten omdat ze er thuis misschien over vertelt.

Vriendelijke groet,
Katleen Jacobs
EHBO
''', rules=[], about=['P0024'],
    note='borderline: routine first aid for a scraped knee, no diagnosis or condition; judged not sensitive', fmt=['plain']))

A(M('rijexamen-mats', frm=NIELS, to=[GOELE, BART], date='2025-02-14 14:30',
    subject='Mats M. maandag later',
    body='''Collega's,

Mats Michiels (6C) komt maandag pas om 10u25: hij heeft om 8u30 zijn theoretisch rijexamen in Kessel-Lo. Ouders verwittigd, het is gewettigd. Goele, hij mist dus jouw toets van het 1ste uur, kan hij die later maken?

Niels
''', rules=[], about=['P0269'], note='class teacher tells colleagues a pupil is late because of a driving test', fmt=['plain']))

A(M('ilke-exercices-fr', frm=EVI, to=[('Pieter Dubois', 'pieter.dubois5@hotmail.com')], date='2024-11-14 18:20',
    subject='Exercices supplémentaires pour Ilke',
    body='''Bonjour Monsieur Dubois,

Ilke (1C) m'a demandé aujourd'hui des exercices supplémentaires de français pour préparer les examens de décembre. Je trouve cela très bien ! Je lui ai donné le dossier de révision et l'accès aux exercices en ligne du manuel (avec son compte élève habituel).

Elle travaille sérieusement et participe bien en classe. Continuez à l'encourager !

Bien à vous,
Evi Vanneste
professeure de français
''', charset='windows-1252', cte='qp', rules=[], about=['P0034'], lang='fr',
    note='French teacher tells a father his daughter asked for extra exercises; praise', fmt=['plain', 'cp1252', 'qp']))

_attest28 = '''SINT-PIETERSCOLLEGE LEUVEN
Naamsestraat 100 - 3000 Leuven

ATTEST VAN INSCHRIJVING

Ondergetekende, directeur van het Sint-Pieterscollege, verklaart dat
Grâce Ilunga, geboren op 17/06/2011,
in het schooljaar 2024-2025 regelmatig ingeschreven is als leerling van het 2de jaar A-stroom (klas 2A).

Opgemaakt te Leuven op 14 oktober 2024.

Marc Van den Broeck, directeur
'''
A(M('attest-inschrijving-grace', frm=GREET, to=[('Solange Ilunga', 's.ilunga@outlook.com')], date='2024-10-14 12:02',
    subject='Attest van inschrijving Grâce',
    body='''Beste mevrouw Ilunga,

In bijlage vindt u het attest van inschrijving van Grâce (2A), zoals u vroeg voor het ziekenfonds. Het origineel met stempel geeft Grâce morgen mee naar huis.

Met vriendelijke groeten,
Greet Wouters
leerlingensecretariaat
''', attach=[('attest_inschrijving_Ilunga.txt', 'text/plain', _attest28)], dob=True,
    rules=['personal_data'], about=['P0058'], note='enrolment certificate for the health insurer, attached, with date of birth',
    fmt=['plain', 'attachment']))

A(M('toestemming-museum-melis', frm=LIES, to=[('Murat Öztürk', 'muratozturk73@proximus.be')], date='2025-03-24 07:50',
    subject='strookje M-Museum',
    body='''Dag meneer Öztürk,

Donderdag gaan we met 1C naar M-Leuven. Het toestemmingsstrookje van Melis is nog niet terug. Mag ze het morgen meebrengen? Zonder strookje moet ze helaas op school blijven bij een andere klas.

Vriendelijke groeten,
Lies Vanhoutte
''', rules=[], about=['P0036'], note='class teacher reminds a father of a missing permission slip for a museum visit', fmt=['plain']))

_f30 = fwd_inline('Sportdienst Stad Leuven <sport@leuven.be>', 'wo 20 nov 2024 om 15:02', 'Uitslagen scholencross 2024',
                  'kevin.peeters@sintpieterscollege.be', '''Beste sportleerkracht,

In bijlage de uitslagen van de Leuvense scholencross van 20 november. Proficiat aan alle deelnemers!
Jongens 2de graad: 1. Mathis Ceulemans (Sint-Pieterscollege) 2. Yannick Hermans (Sint-Albertuscollege) 3. ...

Sportdienst Stad Leuven''')
A(M('scholencross-mathis-fwd', frm=KEVIN, to=[MARC], date='2024-11-21 08:10',
    subject='Fwd: Uitslagen scholencross 2024',
    body='''Marc,

Mathis Ceulemans uit 4C is eerste geworden bij de jongens 2de graad! Misschien iets voor de nieuwsbrief of de ochtendmededeling? Hij vindt het zelf ok, ik heb het hem gevraagd.

Kevin

''' + _f30, rules=[], about=['P0170'], note='PE teacher forwards cross-country results: a pupil won, proposes a mention', fmt=['plain', 'fwd']))

A(M('dmytro-naar-2a', frm=NADIA, to=[ANN], date='2025-03-27 12:45',
    subject='Dmytro na Pasen naar 2A',
    body='''Hoi Ann,

Zoals besproken op de klassenraad: Dmytro Shevchenko stroomt na de paasvakantie door van OKAN naar jouw 2A. Zijn Nederlands is goed genoeg om de lessen te volgen (A2+, lezen nog wat trager), wiskunde is zijn sterkste vak, hij zat in Kyiv al een jaar verder.

Kan hij de eerste week naast een rustige leerling zitten die hem wegwijs maakt in Smartschool en het lessenrooster? Ik kom na 2 weken even langs om te horen hoe het gaat.

Nadia
''', rules=[], about=['P0289'],
    note='borderline: normal transfer of a newcomer from OKAN to a regular class; no care measures, judged not sensitive', fmt=['plain']))

A(M('wiskunde-olympiade-mila', frm=DIRECTIE, to=[('Karen Vandenberghe', 'karen.vandenberghe@gmail.com')], date='2025-02-03 13:40',
    subject='Proficiat: Mila in de tweede ronde van de Vlaamse Wiskunde Olympiade',
    html=wrap_html(paras('''Beste mevrouw Vandenberghe,

Met veel plezier laten wij u weten dat Mila (5A) zich geplaatst heeft voor de tweede ronde van de Vlaamse Wiskunde Olympiade. Ze behoort daarmee tot de beste deelnemers van de school.

De tweede ronde vindt plaats op woensdag 26 februari om 14u op school. Meneer Claes organiseert op de twee woensdagen ervoor een korte voorbereiding.

Van harte proficiat aan Mila!

Marc Van den Broeck
directeur''')), kind='html', cte='b64',
    rules=[], about=['P0204'], note='director congratulates a mother on her daughter\'s Math Olympiad result (HTML only)', fmt=['html', 'base64']))

A(M('leerlingenkaart-senne', frm=GREET, to=[('Hilde Bosmans', 'hilde_bosmans@gmail.com')], date='2024-10-28 10:30',
    subject='Nieuwe leerlingenkaart Senne',
    body='''Beste mevrouw Bosmans,

Senne (3D) meldde dat hij zijn leerlingenkaart verloren is. Hij heeft vandaag een nieuwe gekregen; de kost van € 5 komt op de volgende schoolrekening. Mocht de oude kaart nog opduiken, dan mag hij ze aan het onthaal afgeven zodat we ze kunnen blokkeren.

Vriendelijke groeten,
Greet Wouters
''', rules=[], about=['P0134'], note='secretariat tells a mother a replacement pupil card costs 5 euro on the next bill', fmt=['plain']))

A(M('tekening-kalender-jolien', frm=ELS, to=[('Tine Vandevelde', 'tine.vandevelde8@proximus.be')], date='2024-12-09 15:35',
    subject='Tekening van Jolien op de schoolkalender!',
    body='''Beste mevrouw Vandevelde,

Leuk nieuws: de tekening die Jolien (1D) maakte in de les beeld (de winterboom met lichtjes) werd gekozen voor de maand januari van de schoolkalender 2025. Ze krijgt er een gratis exemplaar van.

Ze was er zelf heel blij mee. Mag haar voornaam onder de tekening staan? Ik verneem het graag tegen vrijdag.

Groetjes,
Els Vercammen
klastitularis 1D
''', kind='alt', cte='qp', rules=[], about=['P0044'], note='class teacher tells a mother her daughter\'s drawing was chosen for the calendar', fmt=['alt', 'qp']))

A(M('laptop-warranty-louis-en', frm=PJ, to=[('Els Geerts', 'elsgeerts76@skynet.be')], date='2024-09-10 14:00',
    subject="Louis's laptop - registration and warranty",
    body='''Dear Ms Geerts,

Louis's laptop from the school laptop project is now registered in our system (serial ending in ...4F7K). A few practical points:

- The warranty runs until 31 August 2027 and covers hardware defects.
- The insurance covers one screen or accidental damage per school year, with a deductible of 50 euros.
- If something goes wrong, Louis can bring the laptop to the ICT helpdesk (room C003); he will get a loan laptop the same day.

Please do not take the laptop to a shop yourself, as that voids the warranty.

Kind regards,
Pieter-Jan Dewaele
ICT coordinator
''', rules=[], about=['P0186'], lang='en', note='ICT coordinator explains laptop warranty to a parent in English', fmt=['plain']))

A(M('identiteitskaart-bent-londen', frm=TOM, to=[('Sven Janssens', 'sven.janssens6@gmail.com')], date='2025-01-15 11:15',
    subject='Londenreis: identiteitskaart Bent vervalt',
    body='''Beste heer Janssens,

Bij de controle van de reisdocumenten voor Londen zag ik dat de identiteitskaart van Bent (5D) vervalt op 2 april, dus vóór onze reis van 23 tot 26 april. Sinds de brexit is voor het Verenigd Koninkrijk een geldig paspoort verplicht; Bent had aangeduid dat hij met zijn paspoort reist. Kan u nakijken of dat nog geldig is tot na de reis?

Als hij toch met een nieuwe kaart of een nieuw paspoort reist, bezorg mij dan tegen 1 maart een kopie.

Vriendelijke groeten,
Tom Dewulf
''', rules=[], about=['P0230'], note='trip organiser asks a father to check travel documents before the London trip', fmt=['plain']))

A(M('stagebevestiging-arne-wzc', frm=ANNELIES, to=[('Lotte Pinoy', 'lotte.pinoy@wzc-vlierbeek.be')], date='2025-01-31 09:25',
    subject='Bevestiging stage Arne Moens (6D) - start 10 februari',
    body='''Beste mevrouw Pinoy,

Hierbij bevestig ik de stage van Arne Moens (6D, Verzorging) in WZC Ter Vlierbeek, van maandag 10 februari tot vrijdag 28 februari.

- Arne, geboren op 14/02/2007, is tijdens de stage verzekerd via de schoolpolis (KBC, polis 2.312.778)
- start op maandag om 8u30, hij meldt zich aan het onthaal
- stageovereenkomst en risicoanalyse zijn door de school ondertekend, graag 1 exemplaar terug via Arne
- ik kom op bezoek in de tweede week; u kan mij bereiken op 0472 18 93 56

Met vriendelijke groeten,
Annelies Goeman
stagebegeleider
''', dob=True, rules=['personal_data'], about=['P0282'],
    note='internship supervisor confirms the start of an internship to the host; date of birth and mobile number', fmt=['plain']))

A(M('clb-consult-emiel', frm=GREET, to=[('Karen Vandamme', 'vandamme.karen@outlook.com')], date='2025-01-23 10:05',
    subject='Medisch consult CLB - nieuwe datum Emiel',
    body='''Beste mevrouw Vandamme,

Omdat Emiel (1B) afwezig was op het CLB-contactmoment van de klas (het algemene consult dat alle leerlingen in het 1ste jaar krijgen), heeft het CLB een nieuwe afspraak gemaakt: donderdag 6 februari om 9u15, hier op school.

Wil u de vragenlijst die Emiel in september meekreeg nog invullen en meegeven? Als u die niet meer hebt, kan hij op het secretariaat een nieuwe halen.

Vriendelijke groeten,
Greet Wouters
''', rules=[], about=['P0016'],
    note='borderline: new date for the routine CLB consult every first-year gets; no finding or condition, judged not sensitive', fmt=['plain']))

A(M('doktersattest-burak-ontvangen', frm=LIES, to=[('Hatice Çelik', 'h.celik@outlook.com')], date='2025-03-17 16:00',
    subject='attest ontvangen + inhaaltoets',
    body='''Dag mevrouw Çelik,

Het doktersattest voor de afwezigheid van Burak van 12 tot 14 maart is goed ontvangen, bedankt. Hij mag de gemiste toets wiskunde inhalen op dinsdag 25 maart tijdens de middag (lokaal B105). De notities van die dagen kan hij bij Vic of Stan overschrijven.

Groetjes,
Lies Vanhoutte
''', rules=[], about=['P0028'],
    note='borderline: acknowledges a doctor\'s note for a short absence, no illness named; judged not sensitive', fmt=['plain']))

A(M('volleybal-anouk', frm=WOUTER, to=[('Tine De Wilde', 'tine_dewilde@outlook.com')], date='2024-10-04 17:20',
    subject='Anouk in het volleybalteam',
    body='''Beste mevrouw De Wilde,

Na de selectietraining van woensdag mag Anouk (4A) deel uitmaken van het meisjesteam volleybal van de school. We trainen op woensdagmiddag van 13u tot 14u30 in de sporthal en spelen een 4-tal tornooien per jaar.

Mag u het inschrijvingsformulier (in de bijlage via Smartschool) ondertekenen?

Sportieve groet,
Wouter Bruyninckx
''', rules=[], about=['P0145'], note='PE teacher tells a mother her daughter is in the school volleyball team', fmt=['plain']))

A(M('spreekbeurt-lien-pluim', frm=DAVID, to=[('Sarah Vandenberghe', 'vandenberghe.sarah@gmail.com')], date='2025-05-09 15:50',
    subject='Pluim voor Lien',
    body='''Beste mevrouw Vandenberghe,

Even een pluim: Lien (3C) gaf vandaag een heel sterke presentatie over het Pythagoras-project met de GeoGebra-toepassing die ze zelf maakte. De klas was onder de indruk en ze kreeg 18/20.

Met vriendelijke groet,
David Pinte
klastitularis 3C
''', rules=[], about=['P0121'], note='class teacher praises a pupil\'s presentation to her mother', fmt=['plain']))

A(M('gsm-afgenomen-arne', frm=RUTH, to=[('Pieter Moens', 'pieter_moens@skynet.be')], date='2025-01-16 12:55',
    subject='gsm van Arne ligt op het secretariaat',
    body='''Beste heer Moens,

Arne (6D) gebruikte vanmorgen tijdens de les geschiedenis zijn gsm, ook na een eerste verwittiging. Volgens het schoolreglement wordt de gsm dan tot het einde van de dag bijgehouden. Arne kan hem om 16u op het secretariaat ophalen.

Dit is een gewone afspraak die voor alle leerlingen geldt, geen tuchtmaatregel.

Met vriendelijke groeten,
Ruth Goris
''', rules=[], about=['P0282'], note='counsellor informs a father a phone was kept until the end of the day per school rules; minor, not a behaviour problem',
    fmt=['plain']))

# ---------- misdirected, not sensitive ----------
A(M('presentatie-femke-verkeerde-peeters', frm=ELS, to=[('Pieter Peeters', 'pieterpeeters88@proximus.be')], date='2025-02-27 17:10',
    subject='Presentatie Femke en strookje',
    body='''Beste meneer Peeters,

Femke (1D) gaf vandaag haar presentatie over haar hobby paardrijden, echt heel goed gedaan! Ze had zelfs foto's mee.

Kleine vraag nog: het strookje voor de uitstap naar Planckendael is nog niet terug. Mag ze het maandag meebrengen?

Groetjes,
Els Vercammen
klastitularis 1D
''', rules=[], about=['P0048'], misdirected=True,
    note='praise and a permission slip for Femke Peeters (1D) sent to the father of Saar Peeters (4D)', fmt=['plain']))

A(M('rome-kamer-silke-verkeerde-janssens', frm=TOM, to=[('Karen Janssens', 'janssens.karen@telenet.be')], date='2024-12-16 19:30',
    subject='Romereis: kamer en vlucht Silke',
    body='''Beste mevrouw Janssens,

Silke (6A) vroeg mij om haar kamerwens door te geven: ze slaapt in Rome samen met Tess, Lisa en Merel (kamer 4). Ook bevestig ik dat ze bij de eerste vlucht zit (Zaventem 6u10, verzamelen om 4u15 aan de school).

Vriendelijke groeten,
Tom Dewulf
''', rules=[], about=['P0246'], misdirected=True,
    note='trip details for Silke Janssens sent to a Karen Janssens at telenet.be, who is the mother of Jules Swinnen (2C); Silke\'s mother uses gmail',
    fmt=['plain']))

A(M('rapport-ilke-verkeerde-dubois', frm=LIES, to=[('Dirk Dubois', 'dubois.dirk@outlook.com')], date='2024-12-23 09:10',
    subject='rapport Ilke',
    body='''Dag meneer Dubois,

Het rapport van Ilke is nog niet ondertekend terug. Kan ze het na de vakantie meteen meebrengen? Fijne feesten alvast!

Lies Vanhoutte
klastitularis 1C
''', rules=[], about=['P0034'], misdirected=True,
    note='reminder about Ilke Dubois\'s report card sent to the father of Amber Dubois (same class)', fmt=['plain']))

A(M('toets-gabriel-verkeerde-rossi', frm=BART, to=[('Paulo Rossi', 'p.rossi@gmail.com')], date='2025-03-13 18:45',
    subject='Mooie vooruitgang Gabriel',
    body='''Beste meneer Rossi,

Gabriel (3A) haalde 16/20 op de toets vergelijkingen, zijn beste resultaat dit jaar. Het extra oefenen op woensdag heeft duidelijk geholpen. Proficiat aan hem!

Met vriendelijke groeten,
Bart Claes
''', rules=[], about=['P0103'], misdirected=True,
    note='praise for Gabriel Rossi (3A) sent to the father of Andrei Rossi (3B), also named Paulo Rossi', fmt=['plain']))

A(M('selectie-lander-verkeerde-vandamme', frm=KEVIN, to=[('Sofie Vandamme', 'sofie.vandamme2@outlook.com')], date='2025-01-21 16:20',
    subject='Selectie schoolteam basket',
    body='''Beste mevrouw Van Damme,

Lander (5D) werd geselecteerd voor het basketbalteam van de school voor het tornooi van 5 maart in Leuven. Gelieve het toestemmingsformulier dat hij meekreeg ondertekend terug te geven.

Sportieve groet,
Kevin Peeters
''', rules=[], about=['P0229'], misdirected=True,
    note='team selection of Lander Van Damme (5D) sent to the mother of Janne Vandamme (1A), also called Sofie', fmt=['plain']))

A(M('laptop-hanne-verkeerde-vandenberghe', frm=ICT, to=[('Sarah Vandenberghe', 'vandenberghe.sarah@gmail.com')], date='2025-02-12 11:30',
    subject='Laptop Hanne Vandenberghe (3B) klaar',
    body='''Beste mevrouw Vandenberghe,

De laptop van Hanne (3B) is hersteld (nieuw toetsenbord). Hanne kan hem ophalen in de helpdesk, lokaal C003.

ICT-helpdesk
''', rules=[], about=['P0110'], misdirected=True,
    note='laptop pick-up for Hanne Vandenberghe (3B) sent to the mother of Lien Vandenberghe (3C)', fmt=['plain']))

A(M('taak-kerem-verkeerde-sahin', frm=EVI, to=[('Ahmet Şahin', 'sahin.ahmet@gmail.com')], date='2025-04-24 17:35',
    subject='Taak Frans Kerem',
    body='''Beste meneer Şahin,

Kerem (3A) heeft zijn taak Frans (lettre à un correspondant) nog niet ingediend; de deadline was maandag. Hij mag ze nog tot vrijdag in de Smartschool-opdracht uploaden, daarna krijgt hij een nul voor die taak.

Met vriendelijke groeten,
Evi Vanneste
klastitularis 3A
''', rules=[], about=['P0108'], misdirected=True,
    note='late-homework notice for Kerem Şahin (3A) sent to the father of Arda Şahin (same class, father with the same name)', fmt=['plain']))
