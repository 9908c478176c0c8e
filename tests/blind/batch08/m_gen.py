# General letters to all parents / all staff / all pupils, group address in Bcc (30). All invented.
from lib import *  # noqa: F401,F403

MAILS = []
A = MAILS.append
UND = 'undisclosed-recipients:;'
O6 = 'ouders-6@sintpieterscollege.be'
LL = 'leerlingen@sintpieterscollege.be'

A(M('medicatie-op-school', frm=DIRECTIE, to=[DIRECTIE], bcc=[ALL_PARENTS], date='2024-09-04 16:00',
    subject='Medicatie op school: afspraken en formulier',
    body='''Geachte ouders,

Het komt voor dat een leerling tijdens de schooluren medicatie moet nemen. Omdat dit risico's inhoudt, maken we hierover duidelijke afspraken.

1. Leerkrachten en opvoeders geven geen medicatie zonder een attest, ingevuld door de behandelende arts en ondertekend door u. Ook geen pijnstiller "bij uitzondering".
2. Geef de medicatie af in de originele verpakking, met de naam van uw kind erop, aan het leerlingensecretariaat of de schoolverpleegkundige. Niet via de boekentas.
3. Wijzigt de dosis of de behandeling? Dan is een nieuw attest nodig.
4. Leerlingen die zelfstandig hun medicatie nemen (bv. een puffer), doen dat op eigen verantwoordelijkheid. Verwittig ons wel, zodat we kunnen helpen in noodsituaties.
5. Heeft uw kind een ernstige allergie, epilepsie, diabetes of een andere aandoening waarvoor op school een actieplan nodig is? Neem dan contact op met mevrouw Jacobs, schoolverpleegkundige.

Het formulier vindt u op Smartschool (Documenten > Formulieren) en op de website.

Met vriendelijke groeten,
de directie
Sint-Pieterscollege | Naamsestraat 100, 3000 Leuven | 016 29 84 10
''', rules=['personal_data'], note='general medication procedure for all parents (Bcc); school phone', fmt=['plain', 'bcc-group']))

A(M('herinnering-schoolrekening-alle', frm=BOEKH, to_header=UND, to=[], bcc=[ALL_PARENTS], date='2024-12-09 09:00',
    subject='Herinnering: schoolrekening november',
    body='''Beste ouders,

Volgens onze gegevens is de schoolrekening van november bij een aantal gezinnen nog niet betaald. Hebt u intussen betaald? Dan mag u dit bericht negeren.

U kan betalen via overschrijving op rekening BE71 7340 1928 4469 met de gestructureerde mededeling op de rekening, of via de QR-code in Smartschool.

Lukt het betalen op dit moment niet, of liever in schijven? Neem dan discreet contact op met de boekhouding of met de zorgcoördinator. Samen zoeken we een oplossing; niemand anders hoeft dat te weten.

Met vriendelijke groeten,
Boekhouding Sint-Pieterscollege
''', cte='qp', rules=['personal_data'], note='invoice reminder to all parents in Bcc, with the school IBAN; not about any family', fmt=['plain', 'qp', 'bcc-group']))

A(M('personeelsvergadering-agenda', frm=MARC, to=[MARC], bcc=[PERSONEEL], date='2024-10-09 13:00',
    subject='Agenda personeelsvergadering maandag 14/10',
    body='''Beste collega's,

Maandag 14/10 om 16u in de aula: personeelsvergadering.

Agenda
1. Terugblik eerste schoolweken
2. Nieuw evaluatiebeleid 1ste graad (Koen)
3. Leerlingvolgsysteem: wat noteren we, wat niet (Hilde)
4. Veiligheid: evacuatieoefening en EHBO-team (Katleen)
5. Varia

Koffie en taart vanaf 15u45.

Marc
''', rules=[], note='staff meeting agenda to all staff (Bcc)', fmt=['plain', 'bcc-group']))

A(M('clb-info-eerste-jaar', frm=DIRECTIE, to=[DIRECTIE], bcc=['ouders-1@sintpieterscollege.be'], date='2024-09-11 11:30',
    subject='Het CLB stelt zich voor',
    body='''Beste ouders van leerlingen van het 1ste jaar,

Onze school werkt samen met het Centrum voor Leerlingenbegeleiding (CLB) Leuven. Het CLB is gratis en werkt onafhankelijk van de school.

Wat doet het CLB?
- Elke leerling krijgt in het 1ste jaar een systematisch contact (een medisch consult en vaccinatieaanbod).
- Uw kind, u of de school kan bij het CLB terecht met vragen over leren, studiekeuze, gezondheid, welbevinden en gedrag.
- Het CLB werkt vertrouwelijk. Informatie wordt enkel gedeeld met toestemming, tenzij de veiligheid van een kind in gevaar is.

Het CLB-team voor onze school: Elke Mertens (psycho-pedagogisch consulent) en dr. Lien Cools (arts).
CLB Leuven, Tiensevest 64, 3000 Leuven, tel. 016 35 27 90, info@clb-leuven.be

Met vriendelijke groeten,
de directie en het CLB-team
''', kind='alt', html_cte='qp', rules=['personal_data'],
    note='general CLB information letter to all first-year parents (Bcc); CLB phone number', fmt=['alt', 'bcc-group']))

A(M('week-tegen-pesten', frm=DIRECTIE, to_header=UND, to=[], bcc=[ALL_PARENTS, LL], date='2025-02-14 12:00',
    subject='Week tegen pesten: wat doet onze school?',
    html=wrap_html(paras('''Beste ouders, beste leerlingen,

Van 17 tot 21 februari is het de Vlaamse week tegen pesten. Op school werken we daar het hele jaar rond, maar deze week extra.

Hoe pakken we pesten aan?
1. Iedereen die pesten ziet of meemaakt, mag het melden: aan een leerkracht, de klastitularis, de leerlingenbegeleiding of via de anonieme meldknop in Smartschool.
2. Na een melding praten we met alle betrokkenen, ook met wie pest. We werken met de No Blame-methode en herstelgesprekken.
3. Ouders worden altijd geïnformeerd als hun kind betrokken is.
4. Bij ernstige of herhaalde feiten volgen sancties volgens het schoolreglement.

Thuis merken dat uw kind niet graag naar school gaat, stil wordt of plots veel op zijn gsm zit? Praat erover en neem gerust contact op met de leerlingenbegeleiding.

Met vriendelijke groeten,
de directie en de cel leerlingenbegeleiding''')), kind='html', cte='b64',
    rules=[], note='general anti-bullying policy letter to all parents and pupils (Bcc); no individual case', fmt=['html', 'base64', 'bcc-group']))

A(M('fotodag-alle-ouders', frm=SECR, to=[SECR], bcc=[ALL_PARENTS], date='2024-09-13 10:00',
    subject='Fotodag donderdag 26 september',
    body='''Beste ouders,

Op donderdag 26 september komt de schoolfotograaf langs. Er worden individuele foto's en klasfoto's genomen. Uw kind krijgt een proefkaart met een persoonlijke code mee; bestellen is vrijblijvend en gebeurt online.

Wie afwezig is, kan een individuele foto laten nemen op het inhaalmoment van 14 oktober.

Wilt u niet dat uw kind gefotografeerd wordt? Laat het ons voor 20 september weten via Smartschool.

Leerlingensecretariaat
''', rules=[], note='photo day letter to all parents (Bcc)', fmt=['plain', 'bcc-group']))

A(M('uitnodiging-oudercontact-dec', frm=DIRECTIE, to=[DIRECTIE], bcc=[ALL_PARENTS], date='2024-12-02 17:00',
    subject='Uitnodiging oudercontact 19 december',
    body='''Geachte ouders,

Op donderdag 19 december van 16u30 tot 20u30 bent u welkom op het oudercontact na de kerstexamens. U kan vanaf 5 december zelf een tijdslot van 10 minuten reserveren bij de klastitularis en de vakleerkrachten via Smartschool (module Oudercontact).

Kan u niet op 19 december? Vraag dan via Smartschool een ander moment aan bij de klastitularis.

Voor ouders die een tolk wensen: laat het ons uiterlijk 12 december weten.

Met vriendelijke groeten,
Marc Van den Broeck, directeur
''', kind='alt', cte='qp', rules=[], note='parent-teacher evening invitation to all parents (Bcc)', fmt=['alt', 'qp', 'bcc-group']))

A(M('examenrooster-3de-jaar', frm=KOEN, to=[KOEN], bcc=['ouders-3@sintpieterscollege.be', 'leerlingen-3@sintpieterscollege.be'],
    date='2025-05-23 15:00', subject='Examenrooster juni - 3de jaar',
    body='''Beste leerlingen en ouders van het 3de jaar,

Het examenrooster van juni staat in Smartschool (Documenten > Examens > 3de jaar). Enkele afspraken:

- Examens starten om 8u30; wees ten laatste om 8u15 op school.
- Na het examen mag je naar huis of in de studiezaal blijven studeren tot 12u.
- Bij ziekte: verwittig het secretariaat vóór 8u30 en bezorg een doktersattest. Een gemist examen wordt ingehaald volgens de afspraken van de klassenraad.
- Gsm's gaan uit en in de boekentas vooraan in het lokaal.

Veel succes!
Koen Lauwers
''', rules=[], note='exam schedule letter to all 3rd-year pupils and parents (Bcc)', fmt=['plain', 'bcc-group']))

A(M('staking-de-lijn', frm=DIRECTIE, to_header=UND, to=[], bcc=[ALL_PARENTS], date='2025-01-10 18:30',
    subject='Staking De Lijn maandag 13 januari',
    body='''Beste ouders,

Door de aangekondigde staking bij De Lijn rijden maandag wellicht weinig bussen. De school is gewoon open en de lessen gaan door.

Geraakt uw kind niet op school? Dan is de afwezigheid gewettigd als u dat meldt via Smartschool of aan het secretariaat. Wie later toekomt, meldt zich aan bij het onthaal. Toetsen die maandag gemist worden, worden ingehaald.

De directie
''', rules=[], note='strike notice to all parents (Bcc)', fmt=['plain', 'bcc-group']))

A(M('privacyverklaring-update', frm=('Privacy LKSD', 'privacy@lksd.ksleuven.be'), to=[('Privacy LKSD', 'privacy@lksd.ksleuven.be')],
    bcc=[ALL_PARENTS], date='2024-09-20 09:00',
    subject='Aangepaste privacyverklaring scholengroep',
    body='''Geachte ouders,

De scholengroep heeft haar privacyverklaring aangepast. Wat verandert er?

Welke gegevens verwerken wij?
- identificatiegegevens van leerlingen en ouders (naam, adres, rijksregisternummer, contactgegevens)
- gegevens over de schoolloopbaan (resultaten, attesten, afwezigheden)
- gegevens die nodig zijn voor begeleiding: gezinssituatie, medische gegevens (bv. allergieën, medicatie), zorgnoden en begeleidingsplannen, financiële gegevens (bv. afbetalingsplannen)

Hoe beschermen wij die?
Gevoelige gegevens worden enkel bewaard in het beveiligde leerlingvolgsysteem en alleen gedeeld met wie ze nodig heeft om uw kind te begeleiden. Personeelsleden sturen zulke informatie niet per e-mail.

Uw rechten
U kan uw gegevens inkijken, laten verbeteren of in bepaalde gevallen laten wissen. Vragen of een datalek melden: privacy@lksd.ksleuven.be.

De volledige verklaring staat op de website.

Met vriendelijke groeten,
de functionaris voor gegevensbescherming
''', cte='qp', rules=[], note='privacy statement listing data categories (medical, family, care, financial) for all parents; no individual', fmt=['plain', 'qp', 'bcc-group']))

A(M('schooltoelage-info', frm=DIRECTIE, to=[DIRECTIE], bcc=[ALL_PARENTS], date='2024-10-01 12:00',
    subject='Hebt u recht op een schooltoelage?',
    body='''Beste ouders,

Gezinnen met een beperkt inkomen kunnen via het Groeipakket een schooltoelage krijgen. Vaak wordt die automatisch toegekend, maar niet altijd.

Vragen die we vaak krijgen:

Moet ik zelf iets aanvragen?
Meestal niet. Kreeg u vorig jaar niets en is uw situatie veranderd (bv. werkloosheid, scheiding)? Kijk dan na bij uw uitbetaler van het Groeipakket.

Hoeveel is het?
Dat hangt af van het inkomen, de gezinsgrootte en het jaar van uw kind, bv. tussen € 150 en € 1.000 per schooljaar in het secundair.

Kan de school helpen?
Ja. Onze zorgcoördinator helpt u graag bij de aanvraag. Ook afbetalen in schijven is altijd mogelijk.

Met vriendelijke groeten,
de directie
''', kind='alt', rules=[], note='general information about school allowances for all parents (Bcc), FAQ form', fmt=['alt', 'bcc-group']))

A(M('okan-uitstap-zee-eenvoudig', frm=NADIA, to=[NADIA], bcc=['ouders-okan@sintpieterscollege.be'], date='2025-05-26 13:00',
    subject='OKAN: uitstap naar de zee',
    body='''Dag ouders,

Op dinsdag 10 juni gaan we met de OKAN-klas naar de zee.
Wij gaan naar Oostende met de trein.

Vertrek: 8 uur aan het station van Leuven.
Terug: 18 uur aan het station van Leuven.

Uw kind neemt mee:
- eten en drinken
- een jas
- zonnecrème

De uitstap is gratis.
Teken het papier en geef het terug aan juf Nadia.

Groetjes,
juf Nadia en meneer Jan
''', rules=[], note='simple-Dutch trip letter to all OKAN parents (Bcc)', fmt=['plain', 'bcc-group']))

A(M('mfa-verplicht-personeel', frm=ICT, to=[ICT], bcc=[PERSONEEL], date='2024-11-25 07:45',
    subject='Vanaf 2 december: aanmelden in twee stappen (MFA)',
    body='''Beste collega's,

Vanaf maandag 2 december is aanmelden in twee stappen verplicht voor alle personeelsaccounts (Microsoft 365 en Smartschool). Na je wachtwoord bevestig je met de Authenticator-app op je gsm.

Waarom? Omdat we in een school veel persoonsgegevens beheren en omdat gestolen wachtwoorden de belangrijkste oorzaak van datalekken zijn.

Installatie-instructies staan op Smartschool (Intradesk > ICT). Geen smartphone? Kom langs voor een sleutelhanger-token.

ICT-helpdesk
''', rules=[], note='general MFA announcement to all staff (Bcc); no credential', fmt=['plain', 'bcc-group']))

A(M('zorginfo-niet-per-mail', frm=HILDE, to=[HILDE], bcc=[PERSONEEL], date='2024-09-27 14:30',
    subject='Herinnering: zorginformatie in het LVS, niet per mail',
    body='''Beste collega's,

Een korte herinnering na de eerste weken: informatie over de thuissituatie, gezondheid, welbevinden, zorgmaatregelen of de schoolrekening van een leerling hoort in het leerlingvolgsysteem van Smartschool, niet in een e-mail of een WhatsApp-bericht.

Hoe doe je het?
1. Noteer feitelijk en kort in het LVS, bij de juiste leerling, en kies de juiste zichtbaarheid (klassenraad / zorgteam / enkel zorgcoördinator).
2. Stuur eventueel een kort bericht "nieuwe LVS-notitie bij leerling X" zonder inhoud.
3. Kreeg je zelf zulke info per mail (bv. van een ouder)? Zet ze in het LVS en verwijder de mail, ook uit je prullenmand.

Twijfel je? Loop gerust even binnen.

Hilde
zorgcoördinator
''', rules=[], note='general reminder to all staff about where care information belongs; names no pupil', fmt=['plain', 'bcc-group']))

A(M('luizen-1c', frm=LIES, to=[LIES], bcc=['ouders-1c@sintpieterscollege.be'], date='2024-10-15 15:30',
    subject='Luizen in de klas',
    body='''Beste ouders van 1C,

In de klas van uw kind werden hoofdluizen vastgesteld. Dat is vervelend, maar het heeft niets met hygiëne te maken.

Wilt u deze week het haar van uw kind controleren met een luizenkam? Vindt u luizen of neten, behandel dan volgens het advies van de apotheker en was kussenslopen en mutsen op 60 graden.

Vriendelijke groeten,
Lies Vanhoutte, klastitularis
''', rules=[], note='general head-lice letter to the parents of one class (Bcc); no pupil named', fmt=['plain', 'bcc-group']))

A(M('sportdag-info', frm=KEVIN, to=[KEVIN], bcc=[ALL_PARENTS, LL], date='2025-04-29 12:00',
    subject='Sportdag vrijdag 9 mei',
    html=wrap_html(paras('''Beste leerlingen, beste ouders,

Vrijdag 9 mei is het sportdag! Elke graad heeft een eigen programma:''') + table_html([
        ['Graad', 'Activiteit', 'Locatie', 'Terug op school'],
        ['1ste graad', 'sportcarrousel + zwemmen', 'Sportoase Leuven', '15u30'],
        ['2de graad', 'kajak en mountainbike', 'Provinciedomein Kessel-Lo', '16u00'],
        ['3de graad', 'klimmen, padel of lopen (keuze)', 'diverse', '16u00']]) + paras('''
Meebrengen: sportkleren, drinkbus, lunchpakket. De kost (€ 12) staat op de schoolrekening van mei.

Kan je om medische redenen niet actief meedoen? Bezorg dan een briefje aan je LO-leerkracht; je krijgt een aangepaste taak.

Sportieve groeten,
de vakgroep LO''')), kind='html', cte='qp',
    rules=[], note='sports day letter to all parents and pupils (Bcc), with a table', fmt=['html', 'qp', 'table', 'bcc-group']))

A(M('infoavond-rome', frm=TOM, to=[TOM], bcc=[O6], date='2024-10-03 19:00',
    subject='Infoavond Romereis 6de jaar - dinsdag 15 oktober',
    body='''Beste ouders van het 6de jaar,

Graag nodigen wij u uit op de infoavond over de Romereis (24-28 maart 2025) op dinsdag 15 oktober om 19u30 in de aula.

Wat komt aan bod: programma, verblijf, reisdocumenten, medische fiche, kostprijs (€ 545, in drie schijven) en de afspraken tijdens de reis.

Wie moeite heeft met de kostprijs: de school heeft een solidariteitsfonds en betaling in meer schijven is mogelijk. Neem daarvoor gerust vertrouwelijk contact op met mij of met de boekhouding.

Tot dan!
Tom Dewulf, coördinator
''', rules=[], note='trip information evening invitation to all 6th-year parents (Bcc)', fmt=['plain', 'bcc-group']))

A(M('opendeurdag', frm=DIRECTIE, to_header=UND, to=[], bcc=[ALL_PARENTS, PERSONEEL], date='2025-04-14 10:00',
    subject='Opendeurdag zaterdag 26 april',
    body='''Beste ouders, beste collega's,

Op zaterdag 26 april van 10u tot 16u zet het Sint-Pieterscollege de deuren open voor toekomstige leerlingen en hun ouders. Kent u iemand die een secundaire school zoekt? Vertel het gerust door!

Er zijn rondleidingen door leerlingen, infosessies over de A- en B-stroom in het 1ste jaar en over de OKAN-werking, en de leerlingen van 6 Voeding-verzorging zorgen voor koffie en wafels.

Met vriendelijke groeten,
de directie
''', cte='b64', rules=[], note='open day invitation to all parents and staff (Bcc)', fmt=['plain', 'base64', 'bcc-group']))

_nb = '''SPC-nieuwsbrief - november 2024

Beste ouders,

Agenda
- 11/11: wapenstilstand, geen school
- 20/11: scholencross (Kessel-Lo), 1ste en 2de graad
- 29/11: pedagogische studiedag, geen les
- 9/12 - 20/12: kerstexamens (2de en 3de graad), proefwerken 1ste graad
- 19/12: oudercontact

Terugblik
Onze leerlingen van 5 Wetenschappen wonnen de provinciale STEM-wedstrijd. De leerlingenraad organiseerde een succesvolle soepverkoop voor het goede doel.

Rapporten en klassenraden
Na de examens bespreekt de klassenraad elke leerling. U krijgt het rapport op 20 december. Wie een gesprek wenst, kan dat aanvragen via Smartschool.

Warme groeten,
de directie
'''
A(M('nieuwsbrief-november', frm=DIRECTIE, to=[DIRECTIE], bcc=[ALL_PARENTS], date='2024-11-04 16:30',
    subject='Nieuwsbrief november', body=_nb, html=html_from_text(_nb), kind='alt', cte='qp',
    rules=[], note='monthly newsletter to all parents (Bcc)', fmt=['alt', 'qp', 'bcc-group']))

A(M('ehbo-team-personeel', frm=KATLEEN, to=[KATLEEN], bcc=[PERSONEEL], date='2024-09-18 13:00',
    subject='EHBO-team dit schooljaar + bijscholing',
    body='''Beste collega's,

Het EHBO-team dit schooljaar: Katleen Jacobs (coördinator), Kevin Peeters, Wouter Bruyninckx, Greet Wouters en Annemie Coenen. Bij een ongeval: bel het onthaal (intern 100), zij roepen iemand van het team op.

Op woensdag 23 oktober (13u-16u) is er een bijscholing reanimatie en AED voor wie wil. Inschrijven via Smartschool.

De AED's hangen aan het onthaal, in de sporthal en in het B-blok (1ste verdieping).

Katleen
''', rules=[], note='first-aid team and training notice to all staff (Bcc); only staff names', fmt=['plain', 'bcc-group']))

A(M('procedure-epilepsie-algemeen', frm=KATLEEN, to=[KATLEEN], bcc=[PERSONEEL], date='2024-10-07 12:40',
    subject='Wat doe je bij een epileptische aanval in de klas?',
    body='''Beste collega's,

Naar aanleiding van vragen een korte geheugensteun (hangt ook uit in elk lokaal):

1. Blijf rustig, noteer het uur.
2. Leg niets in de mond, houd de leerling niet vast; schuif stoelen en tafels weg en leg iets zachts onder het hoofd.
3. Na de aanval: stabiele zijligging, laat de leerling uitrusten.
4. Duurt de aanval langer dan 5 minuten, of volgt er een tweede? Bel 112.
5. Verwittig daarna het EHBO-team en de ouders.

Voor leerlingen met een individueel actieplan ligt dat plan in de EHBO-map van de klas.

Katleen
''', cte='qp', rules=[], note='general first-aid procedure for seizures to all staff (Bcc); no pupil named', fmt=['plain', 'qp', 'bcc-group']))

A(M('gsm-reglement-ouders', frm=DIRECTIE, to=[DIRECTIE], bcc=[ALL_PARENTS], date='2024-08-30 11:00',
    subject='Nieuw: afspraken over gsm en smartwatch',
    body='''Geachte ouders,

Vanaf 1 september gelden nieuwe afspraken over gsm-gebruik (schoolreglement, deel III, punt 6).

6.1 Gsm's en smartwatches zijn tijdens de lessen uitgeschakeld en opgeborgen, tenzij de leerkracht ze gebruikt voor een opdracht.
6.2 Op de speelplaats en in de refter is gsm-gebruik in de 1ste graad niet toegelaten; in de 2de en 3de graad enkel tijdens de middagpauze.
6.3 Bij overtreding wordt de gsm tot het einde van de schooldag bijgehouden op het secretariaat.
6.4 Foto's of filmpjes maken van medeleerlingen of personeel zonder toestemming is verboden en wordt gesanctioneerd.
6.5 Moet uw kind u dringend bereiken? Dat kan altijd via het secretariaat.

Met vriendelijke groeten,
de directie
''', rules=[], note='school rule book section on phones to all parents (Bcc), numbered headings', fmt=['plain', 'bcc-group']))

A(M('faq-nieuwe-ouders-eerste-graad', frm=KOEN, to=[KOEN], bcc=['ouders-1@sintpieterscollege.be'], date='2024-09-02 18:00',
    subject='Veelgestelde vragen van nieuwe ouders (1ste graad)',
    body='''Beste ouders,

Welkom in de 1ste graad! Hieronder antwoorden op vragen die we vaak krijgen.

Wat is het verschil tussen de A- en de B-stroom?
In de A-stroom volgt uw kind de basisvorming met keuzemogelijkheden. In de B-stroom (1D en 2D) wordt de leerstof in kleinere groepen en met meer herhaling aangeboden, bv. voor leerlingen die in het lager onderwijs geen getuigschrift behaalden.

Wat als mijn kind extra ondersteuning nodig heeft?
Neem contact op met de klastitularis of de zorgcoördinator. Samen met u en het CLB bekijken we welke maatregelen nodig zijn.

Mijn kind is ziek, wat nu?
Verwittig het secretariaat vóór 8u30. Vanaf 4 opeenvolgende dagen is een doktersattest nodig.

Hoe verloopt de communicatie?
Via Smartschool: berichten, agenda en rapporten. Activeer uw co-account met de brief die uw kind meekreeg.

Met vriendelijke groeten,
Koen Lauwers, adjunct-directeur 1ste graad
''', kind='alt', rules=[], note='FAQ for all first-grade parents (Bcc) written as "uw kind"; general', fmt=['alt', 'bcc-group']))

A(M('parents-evening-en', frm=DIRECTIE, to=[DIRECTIE], bcc=['ouders-en@sintpieterscollege.be'], date='2024-12-03 09:30',
    subject="Parents' evening on 19 December",
    body='''Dear parents,

For families who prefer English: our parents' evening after the Christmas exams takes place on Thursday 19 December from 4.30 pm to 8.30 pm. You can book a 10-minute slot with your child's teachers in Smartschool (module "Oudercontact") from 5 December.

Most teachers can talk with you in English. If you need an interpreter for another language, please let us know before 12 December.

Kind regards,
The school management
''', rules=[], lang='en', note='English parents\' evening letter to the English-speaking parents list (Bcc)', fmt=['plain', 'bcc-group']))

A(M('journee-pedagogique-fr', frm=DIRECTIE, to=[DIRECTIE], bcc=['ouders-fr@sintpieterscollege.be'], date='2024-11-20 14:00',
    subject='Pas de cours le vendredi 29 novembre',
    body='''Chers parents,

Le vendredi 29 novembre est une journée pédagogique pour l'ensemble du personnel. Il n'y a donc pas cours ce jour-là.

Une garderie est prévue de 8h à 16h à la salle d'étude pour les élèves du premier degré dont les parents ne trouvent pas de solution. Inscription via Smartschool avant le 25 novembre.

Cordialement,
La direction
''', charset='windows-1252', cte='qp', rules=[], lang='fr',
    note='French letter to French-speaking parents list (Bcc): no classes on a pedagogical day', fmt=['plain', 'cp1252', 'qp', 'bcc-group']))

A(M('zorgvraag-melden-personeel', frm=HILDE, to=[HILDE], bcc=[PERSONEEL], date='2024-09-09 16:15',
    subject='Zorgbeleid: hoe meld ik een zorgvraag?',
    html=wrap_html(paras('''Beste collega's,

Een overzicht van de stappen als je je zorgen maakt over een leerling:

1. Observeer en noteer feitelijk (wat zie je, wanneer).
2. Bespreek met de klastitularis.
3. Maak een LVS-notitie met zichtbaarheid "zorgteam" en vink "zorgvraag" aan.
4. De cel leerlingenbegeleiding bespreekt de vraag op donderdag en koppelt terug.
5. Acute situatie (veiligheid, zelfdoding, mishandeling)? Direct naar Hilde, Ruth of de directie, niet wachten tot donderdag.

Het volledige zorgbeleid staat op Intradesk.

Hilde''')), kind='html', rules=[], note='general care-policy procedure to all staff (Bcc), HTML', fmt=['html', 'bcc-group']))

A(M('verloren-voorwerpen', frm=SECR, to=[SECR], bcc=[LL], date='2025-06-16 08:30',
    subject='Verloren voorwerpen: laatste kans!',
    body='''Beste leerlingen,

Tot en met vrijdag 20 juni liggen alle verloren voorwerpen uitgestald in de gang naast de refter: jassen, brooddozen, drinkbussen, een opvallend aantal linkerschoenen... Kijk zeker eens!

Wat na 20 juni niet is opgehaald, gaat naar de kringwinkel.

Het secretariaat
''', rules=[], note='lost-and-found notice to all pupils (Bcc)', fmt=['plain', 'bcc-group']))

A(M('infoavond-studiekeuze-4de', frm=DIRECTIE, to=[DIRECTIE], bcc=['ouders-4@sintpieterscollege.be'], date='2025-02-25 12:00',
    subject='Infoavond studiekeuze 3de graad',
    body='''Beste ouders van leerlingen van het 4de jaar,

Volgend schooljaar start uw kind in de 3de graad. Op woensdag 12 maart om 19u30 stellen we in de aula alle studierichtingen van de 3de graad voor, samen met het CLB.

Daarna kan u terecht bij de vakleerkrachten in de klaslokalen. Uw kind krijgt in maart ook een keuzebegeleidingstraject in de klas (interessetest en gesprek met de klastitularis).

Met vriendelijke groeten,
de directie
''', cte='qp', rules=[], note='study-choice information evening for all 4th-year parents (Bcc)', fmt=['plain', 'qp', 'bcc-group']))

A(M('kerstdrink-personeel', frm=MARC, to=[MARC], bcc=[PERSONEEL], date='2024-12-10 15:00',
    subject='Kerstdrink vrijdag 20/12',
    body='''Dag allemaal,

Na een zwaar trimester trakteren we onszelf: vrijdag 20/12 vanaf 12u30 kerstdrink in de refter, met de traditionele quiz (ploegen per vakgroep) en een warme maaltijd. Gepensioneerde collega's zijn ook uitgenodigd.

Laat Rita weten of je blijft eten (voor dinsdag).

Marc
''', rules=[], note='Christmas drink invitation to all staff (Bcc)', fmt=['plain', 'bcc-group']))

A(M('welzijnsbevraging', frm=RUTH, to=[RUTH], bcc=[ALL_PARENTS, LL], date='2025-03-10 09:00',
    subject='Anonieme welzijnsbevraging voor alle leerlingen',
    body='''Beste leerlingen, beste ouders,

Van 17 tot 28 maart vullen alle leerlingen tijdens een lesuur een anonieme bevraging over hun welbevinden in. We vragen onder meer naar slaap, stress, piekeren, somberheid, angst, pesten en de sfeer in de klas.

De antwoorden zijn anoniem: we kunnen ze niet koppelen aan een naam. We gebruiken de resultaten om ons zorgbeleid te verbeteren.

Merk je bij jezelf dat het niet goed gaat? Je kan altijd terecht bij de leerlingenbegeleiding, het CLB of anoniem bij Awel (102) of de Zelfmoordlijn (1813).

Ruth Goris
namens de cel leerlingenbegeleiding
''', rules=[], note='general anonymous well-being survey letter to all parents and pupils (Bcc); names topics, no individual', fmt=['plain', 'bcc-group']))
