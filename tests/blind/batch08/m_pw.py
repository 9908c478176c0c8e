# Credential hand-overs (25) and look-alikes (10). All values invented.
from lib import *  # noqa: F401,F403

JOLIEN = ('Jolien Maes', 'jolien.maes@sintpieterscollege.be')          # nieuwe leerkracht
JULIEN = ('Julien Lambert', 'julien.lambert@sintpieterscollege.be')    # interim, Franstalig
LOTTE = ('Lotte Verlinden', 'lotte.verlinden@sintpieterscollege.be')   # communicatie
GOELE = ('Goele Vanaken', 'goele.vanaken@sintpieterscollege.be')
INTERIM = ('Stijn Vervaet', 'stijn.vervaet@spc.ksleuven.be')
ANNEMIE = ('Annemie Coenen', 'annemie.coenen@sintpieterscollege.be')   # vervangt verpleegkundige

MAILS = []
A = MAILS.append

# ------------------------- password -------------------------
A(M('ipad-1c-patroon', frm=ICT, to=[LIES], date='2024-09-03 13:25',
    subject='klas-iPad 1C',
    body='''Dag Lies,

De klas-iPad voor 1C ligt klaar in de helpdesk. Ontgrendelen met het patroon 7-4-1-2-3 (het raster genummerd van 1 linksboven tot 9 rechtsonder, dus een L van boven naar beneden en dan naar rechts).

Graag niet aan de leerlingen geven, zij krijgen hun eigen toestel.

Pieter-Jan
ICT
''', rules=['password'], note='ICT gives a teacher the unlock pattern of a class iPad, written as digits', fmt=['plain']))

A(M('kopiecode-nog-4411', frm=SARAH, to=[GREET], date='2024-10-01 07:52',
    subject='kopieerkamer',
    body='''Hoi Greet,

Is de code van de kopieerkamer nog altijd 4411? Hij geeft een rood lampje en ik moet om 8u25 mijn toetsen voor 2D hebben :-(

Sarah
''', rules=['password'], note='teacher asks back the copy-room PIN by quoting its value in a question', fmt=['plain']))

_f3 = fwd_inline('Ricoh Printbeheer <noreply@printbeheer.sintpieterscollege.be>', 'ma 4 nov 2024 om 09:00',
                 'Uw persoonlijke kopieercode', 'secretariaat@sintpieterscollege.be', '''Beste gebruiker,

Er werd een nieuwe gebruiker aangemaakt in het printbeheer.
Naam: Stijn Vervaet
Afdeling: leerkrachten
Persoonlijke kopieercode: 58213

Met deze code kan u aan elk toestel kopiëren en afdrukken. Uw kopieën worden maandelijks afgerekend.''')
A(M('kopieercode-interim-fwd', frm=GREET, to=[INTERIM], date='2024-11-04 09:12',
    subject='Fwd: Uw persoonlijke kopieercode',
    body='''Dag Stijn,

Welkom! Hieronder je code voor de kopieertoestellen, die kwam bij ons binnen.

Greet

''' + _f3, rules=['password'], note='secretariat forwards a personal copier code to a new interim teacher', fmt=['plain', 'fwd']))

_t4 = [['Netwerk (SSID)', 'Sleutel', 'Geldig'],
       ['SPC-EXAMEN', 'Kl@ssen2025!juni', '10/06 - 27/06'],
       ['SPC-EXAMEN-B (sporthal)', 'Sporthal#Blok-B-77', '10/06 - 27/06']]
A(M('examen-wifi-tabel', frm=ICT, to=[ICT], bcc=[PERSONEEL], date='2025-06-06 15:30',
    subject='Examens: wifi voor digitale examens',
    html=wrap_html(paras('''Beste collega's,

Voor de digitale examens (Frans, Engels, informatica) gebruiken de leerlingen een apart netwerk zonder internettoegang. Verbind de laptops bij de start van het examen; de leerlingen krijgen de sleutel niet, jullie typen hem zelf in.''')
                   + table_html(_t4) + paras('''
Na 27/06 wordt het netwerk uitgeschakeld.

ICT-helpdesk''')), kind='html', cte='qp',
    rules=['password'], note='exam Wi-Fi keys in an HTML table to all staff (personeel@ in Bcc)', fmt=['html', 'qp', 'table', 'bcc-group']))

A(M('nieuwe-leerling-smartschool-anastasiia', frm=SECR, to=[('Olena Bondarenko', 'olena.bondarenko@telenet.be')], date='2024-10-15 10:40',
    subject='Welkom op Sint-Pieterscollege - toegang Smartschool',
    body='''Beste mevrouw Bondarenko,

Welkom in onze school! Anastasiia start maandag 21 oktober in de OKAN-klas van juf Nadia.

Via Smartschool volgt u de agenda, de berichten en het rapport van uw dochter. Uw ouder-account:

    Adres: https://sintpieterscollege.smartschool.be
    Gebruikersnaam: anastasiia.bondarenko (kies "co-account 1")
    Tijdelijk wachtwoord: Start-7391-spc

Bij de eerste keer inloggen moet u zelf een nieuw wachtwoord kiezen.

Anastasiia krijgt haar eigen login op de eerste schooldag.

Met vriendelijke groeten,
Leerlingensecretariaat
''', rules=['password'], about=['P0302'], note='letter to a new pupil\'s mother with a temporary Smartschool password', fmt=['plain']))

A(M('admin-laptop-fr', frm=PJ, to=[JULIEN], date='2025-01-08 11:20',
    subject='Ton portable de remplacement',
    body='''Salut Julien,

Ton portable de remplacement est prêt (Dell, étiquette SPC-L-0412). Pour installer le logiciel de ton manuel de néerlandais, tu auras besoin des droits administrateur :

  compte : .\\spc-admin
  mot de passe administrateur : Adm!n-Spc-2291

Merci de ne pas le changer et de ne le donner à personne. Je le modifie quand tu rends l'appareil.

Pieter-Jan
ICT
''', charset='windows-1252', cte='qp', lang='fr',
    rules=['password'], note='ICT gives a French-speaking interim teacher the local admin password of a laptop', fmt=['plain', 'cp1252', 'qp']))

A(M('coaccount-beatriz-en', frm=GREET, to=[('Javier Ahmadi', 'javier.ahmadi5@proximus.be')], date='2024-09-09 14:50',
    subject='Your Smartschool co-account',
    body='''Dear Mr Ahmadi,

As requested at the information evening, here is your own Smartschool co-account, so that you receive the messages and reports for Beatriz (6B) yourself:

Login page: https://sintpieterscollege.smartschool.be
Username: beatriz.ahmadi
Account: co-account 2
Password: Welcome2SPC!83

Please change the password after your first login (Profile > Password).

Kind regards,
Greet Wouters
Pupil administration
''', kind='alt', lang='en',
    rules=['password'], about=['P0264'], note='secretariat sends a father a Smartschool co-account login with password, in English', fmt=['alt']))

A(M('deurcode-lerarenkamer', frm=KOEN, to=[JOLIEN, INTERIM, LOTTE], date='2024-09-02 07:40',
    subject='praktisch: lerarenkamer',
    body='''Welkom collega's!

Nog een praktisch dingetje dat gisteren vergeten was: de deur van de lerarenkamer (A-blok, gelijkvloers) gaat sinds de zomer open met de code 2580 gevolgd door #. Na 18u gaat de deur automatisch op slot.

Koen
''', rules=['password'], note='deputy head gives new teachers the door code of the staff room', fmt=['plain']))

A(M('alarmcode-opendeurdag', frm=MARC, to=[TOM], date='2025-04-25 16:05',
    subject='zaterdag opendeur - sleutels',
    body='''Tom,

Voor zaterdag: jij opent om 8u. Sleutelbos ligt in mijn bak op het secretariaat. Het alarm schakel je uit aan het paneel naast de hoofdingang met 7 3 1 9 en dan de V-toets, je hebt 30 seconden. 's Avonds inschakelen met dezelfde code + de A-toets.

Als het toch afgaat, bel mij op 0475 33 81 26.

Marc
''', rules=['password', 'personal_data'], note='director gives a teacher the building alarm code for the open day; his mobile number', fmt=['plain']))

A(M('instagram-school-overdracht', frm=MARC, to=[LOTTE], date='2024-09-16 12:00',
    subject='Instagram en Facebook van de school',
    body='''Dag Lotte,

Zoals afgesproken neem jij vanaf nu de sociale media van de school over van An. Hier zijn de gegevens:

Instagram @sintpieterscollegeleuven
- login: communicatie@sintpieterscollege.be
- wachtwoord: Dijle_Insta#2024

De Facebookpagina beheer je via je eigen profiel, ik heb je als beheerder toegevoegd.

Denk aan de afspraken over foto's van leerlingen (enkel met toestemming, zie Smartschool).

Marc
''', kind='alt', cte='qp',
    rules=['password'], note='director hands over the shared school Instagram login and password', fmt=['alt', 'qp']))

A(M('resetcode-elise', frm=ICT, to=[('Elise Stevens', 'elise.stevens@leerling.sintpieterscollege.be')], date='2025-03-04 08:33',
    subject='Je Microsoft 365-account',
    body='''Hoi Elise,

Je account was geblokkeerd na te veel foute pogingen. Je kan het opnieuw instellen met deze resetcode: 482 915 (geldig tot morgen 8u30). Ga naar aka.ms/sspr, vul je schoolmail in en daarna de code.

ICT-helpdesk
''', rules=['password'], about=['P0217'], note='ICT sends a pupil a one-time reset code for her school account', fmt=['plain']))

A(M('laptopcode-ioana-eenvoudig', frm=NADIA, to=[('Mihaela Dumitru', 'm.dumitru@outlook.com')], date='2024-11-12 15:05',
    subject='Laptop van Ioana',
    body='''Dag mevrouw Dumitru,

Ioana krijgt een laptop van de school.
Zij mag de laptop mee naar huis nemen.

De laptop heeft een code.
De code is: 2468
Ioana kent de code ook.

Zorg goed voor de laptop.
Elke dag opladen, alstublieft.

Groetjes,
juf Nadia
''', rules=['password'], about=['P0298'], note='simple-Dutch mail to an OKAN mother giving the PIN of her daughter\'s school laptop', fmt=['plain']))

A(M('wifi-gastspreker', frm=RUTH, to=[('Joke Daems', 'joke.daems@weerbaarheid-vzw.be')], date='2025-02-18 13:10',
    subject='Praktisch voor donderdag (workshop 5de jaar)',
    body='''Dag Joke,

Fijn dat je donderdag de workshop rond online weerbaarheid komt geven in de 5des! Nog wat praktische info:

- parkeren kan op de lerarenparking (Naamsestraat 100, slagboom gaat open als je belt aan de intercom)
- je staat in de aula, projector met HDMI aanwezig
- wifi voor gasten: netwerk SPC-Gast, sleutel zomer-Leuven-17

Ik wacht je om 9u40 op aan het onthaal. Bij problemen: 016 29 84 31.

Groetjes,
Ruth Goris
''', rules=['password', 'personal_data'], note='counsellor gives an external guest speaker the guest Wi-Fi key; school phone', fmt=['plain']))

A(M('pienter-login-vakgroep', frm=BART, to=[BART], bcc=['vakgroep-wiskunde@sintpieterscollege.be'], date='2024-09-04 21:05',
    subject='login Pienter-platform (lerarenlicentie)',
    body='''Dag collega's,

De school heeft dit jaar één lerarenlicentie voor het online platform van Pienter. Iedereen van de vakgroep gebruikt dezelfde login:

gebruiker: vakgroep.wiskunde@sintpieterscollege.be
ww: Pythagoras#3

Niet doorgeven aan leerlingen aub, daar zitten de correctiesleutels in.

Bart
''', rules=['password'], note='math teacher shares the department publisher-platform password with the math group in Bcc', fmt=['plain', 'bcc-group']))

_f15 = fwd_inline('Groepen Horizonreizen <groepen@horizonreizen.be>', 'do 10 okt 2024 om 11:47', 'Toegang groepsportaal - Rome 2025',
                  'tom.dewulf@sintpieterscollege.be', '''Beste heer Dewulf,

Uw groepsdossier Rome 24/03/2025 - 28/03/2025 is aangemaakt. Via ons groepsportaal kan u deelnemerslijsten en kamerindeling beheren.

Gebruikersnaam: SPC-Rome2025
Paswoord: Colosseum77!

Met vriendelijke groet,
Team Groepen - Horizonreizen''')
A(M('reisportaal-rome-fwd', frm=TOM, to=[GOELE], date='2024-10-10 12:30',
    subject='Fwd: Toegang groepsportaal - Rome 2025',
    body='''Goele, zo kan jij ook de kamerlijsten invullen. Tom

''' + _f15, cte='qp', rules=['password'], note='trip organiser forwards the travel agency portal login and password to a colleague', fmt=['plain', 'qp', 'fwd']))

_csv16 = '''account;wachtwoord;lokaal
examen-wis01;Tafel-3812;B105
examen-wis02;Stoel-9047;B105
examen-wis03;Kast-2274;B105
examen-wis04;Lamp-6630;B105
examen-wis05;Bord-1189;B106
examen-wis06;Deur-7452;B106
'''
A(M('toetsaccounts-examen-wiskunde', frm=ICT, to=[BART_S], date='2025-06-05 10:10',
    subject='accounts digitaal examen 3de jaar',
    body='''Bart,

In bijlage de examenaccounts voor het digitale examen wiskunde van dinsdag. Elke leerling krijgt bij de start een strookje; de accounts werken enkel op het examennetwerk.

Helpdesk
''', attach=[('examenaccounts_wis3.csv', 'text/csv', _csv16)],
    rules=['password'], note='ICT sends exam account names with passwords as a csv attachment', fmt=['plain', 'attachment', 'csv']))

_q17 = quote_gmail('di 7 jan 2025 om 08:02', 'Rita Smets <rita.smets@sintpieterscollege.be>', 'Greet, ik geraak niet meer in de gedeelde mailbox van het secretariaat. Is het paswoord veranderd na de vakantie? R')
A(M('gedeelde-mailbox-paswoord-reply', frm=GREET, to=[RITA], date='2025-01-07 08:15',
    subject='Re: mailbox secretariaat', reply_to='<b08-rita-mailbox@sintpieterscollege.be>',
    body='''Ja, ICT heeft alle gedeelde paswoorden veranderd. Voor secretariaat@ is het nu Sneeuwklokje!25 (met hoofdletter S).

Greet

''' + _q17, rules=['password'], note='secretary gives a colleague the new password of the shared mailbox in a reply', fmt=['plain', 'reply']))

A(M('kluis-boekhouding', frm=RITA, to=[MARC], date='2025-04-11 16:35',
    subject='kluis tijdens mijn verlof',
    body='''Marc,

Ik ben volgende week met verlof. Als er cash binnenkomt voor de Londenreis: de kluis in mijn bureau gaat open met 19-07-33 (rechts, links, rechts). Het kasboek ligt in de bovenste lade.

Rita
''', cte='qp', rules=['password'], note='accountant gives the director the combination of the office safe', fmt=['plain', 'qp']))

A(M('pincode-reiskaart-rome', frm=RITA, to=[TOM], date='2025-03-20 14:50',
    subject='bankkaart voor Rome',
    body='''Dag Tom,

De Mastercard van de school voor de Romereis ligt klaar op het secretariaat, in een gesloten omslag op jouw naam. De pincode is 6062. Limiet € 2.500 voor de ganse reis. Bonnetjes bijhouden aub!

Rita
''', charset='windows-1252', cte='8bit',
    rules=['password'], note='accountant gives the trip organiser the PIN of the school credit card', fmt=['plain', 'cp1252']))

A(M('cijferslot-berging', frm=KEVIN_S, to=[WOUTER], date='2024-10-21 12:05',
    subject='berging',
    body='''Wouter, het cijferslot van de materiaalberging is veranderd (er verdween weer een bal), nieuwe code is 0-4-1-2. Niet aan de leerlingen zeggen he ;-)''',
    rules=['password'], note='PE teacher gives a colleague the new padlock code of the equipment room', fmt=['plain']))

A(M('eerste-wachtwoord-jolien', frm=PJ, to=[JOLIEN], date='2024-08-28 10:00',
    subject='Je account op school',
    body='''Dag Jolien,

Welkom op Sint-Pieterscollege! Je schoolaccount is aangemaakt:

- e-mail / Microsoft 365: jolien.maes@sintpieterscollege.be
- Smartschool: jolien.maes

Je eerste wachtwoord is voor beide je geboortedatum in de vorm DDMMJJJJ gevolgd door een uitroepteken, in jouw geval dus 14031989! . Je moet het bij de eerste aanmelding wijzigen.

Vragen? Kom gerust langs in C003.

Pieter-Jan
''', dob=True, rules=['password', 'personal_data'],
    note='ICT gives a new teacher her first password, which is her date of birth spelled out', fmt=['plain']))

A(M('printer-webinterface', frm=ICT, to=[KOEN], date='2025-02-06 09:30',
    subject='printer A-blok',
    html=wrap_html(paras('''Koen,

Voor de printer in het A-blok (adres 10.12.0.45 in de browser) kan je de toner- en papierinstellingen zelf aanpassen. Login webinterface:

gebruiker: admin
wachtwoord: Toner$55

Groeten,
helpdesk''')), kind='html', rules=['password'], note='ICT gives the deputy head the admin login of a printer web interface (HTML only)', fmt=['html']))

A(M('medicijnkast-code-vervanging', frm=KATLEEN, to=[ANNEMIE], date='2025-05-16 15:45',
    subject='overdracht EHBO volgende week',
    body='''Dag Annemie,

Bedankt om volgende week het EHBO-lokaal over te nemen. Het medicijnkastje gaat open met de code 3 3 0 5. De persoonlijke medicatie van leerlingen zit in de genummerde doosjes, de lijst hangt binnenin de deur.

Het registratieschrift ligt op het bureau, alles noteren aub.

Katleen
''', rules=['password'], note='nurse gives her substitute the code of the medicine cabinet', fmt=['plain']))

A(M('smartschool-beheer-vakantie', frm=MARC, to=[KOEN], date='2024-12-20 17:25',
    subject='tijdens de kerstvakantie',
    body='''Koen,

Ik ben van 23/12 tot 3/1 weg zonder internet. Als er iets dringends is in Smartschool (bv. een bericht dat naar alle ouders moet), kan je inloggen met mijn beheerdersaccount: mvdbroeck, ww Dijle#Leuven2. Daarna verander ik het wel.

Fijne feesten!
Marc
''', kind='alt', cte='b64', rules=['password'], note='director lends his Smartschool admin account and password to his deputy for the holidays', fmt=['alt', 'base64']))

_csv25 = '''Voornaam;Naam;Gebruikersnaam;Startwachtwoord
Gabriel;Oliveira;gabriel.oliveira;Zon-4417-spc
Hodan;Abdi;hodan.abdi;Maan-8823-spc
Plamedi;Nzuzi;plamedi.nzuzi;Ster-1562-spc
'''
A(M('okan-accounts-nieuwe-leerlingen', frm=ICT, to=[NADIA], date='2024-09-23 11:55',
    subject='Accounts nieuwe OKAN-leerlingen',
    body='''Dag Nadia,

De drie nieuwe leerlingen van vandaag hebben een account. In bijlage de startwachtwoorden; ze moeten die bij de eerste aanmelding veranderen. Kan jij hen daarbij helpen?

Groetjes
ICT-helpdesk
''', attach=[('accounts_okan_sept.csv', 'text/csv', _csv25)], cte='b64',
    rules=['password'], about=['P0297', 'P0299', 'P0301'],
    note='ICT sends start passwords of three new OKAN pupils in a csv attachment', fmt=['plain', 'base64', 'attachment', 'csv']))

# ------------------------- look-alikes (not password) -------------------------
A(M('account-ontgrendeld-tips', frm=ICT, to=[('Wout Ceulemans', 'wout.ceulemans@leerling.sintpieterscollege.be')], date='2025-01-14 09:20',
    subject='Je account is ontgrendeld',
    body='''Hoi Wout,

Je Smartschool-account is terug ontgrendeld. Log in en kies meteen een nieuw wachtwoord via "Wachtwoord vergeten?" op de loginpagina.

Tips voor een sterk wachtwoord:
- minstens 12 tekens, bijvoorbeeld een zin van 3-4 woorden
- niet je naam, je geboortedatum of de naam van je hond
- niet hetzelfde als voor Instagram of Fortnite
- nooit doorgeven aan vrienden, ook niet "even"

ICT-helpdesk
''', rules=[], about=['P0129'], note='look-alike: advice on choosing a strong password, no credential value given', fmt=['plain']))

_teams = '''Dag allen,

Zoals afgesproken ons driemaandelijks overleg school-CLB (planning systematische contacten, infoavond studiekeuze). Link hieronder.

Hilde

________________________________________________________________________________
Microsoft Teams-vergadering
Deelnemen via computer, mobiele app of ruimteapparaat
Klik hier om deel te nemen aan de vergadering
Vergadering-id: 371 824 906 553
Wachtwoordcode: Zq7Lm2
Teams downloaden | Deelnemen via het web
________________________________________________________________________________
'''
A(M('teams-overleg-clb', frm=HILDE, to=[CLB], cc=[RUTH, KOEN], date='2025-01-06 14:00',
    subject='Overleg school-CLB dinsdag 14/1 14u (Teams)',
    body=_teams, kind='alt', html=html_from_text(_teams),
    rules=[], note='meeting passcode: Teams invitation with a Wachtwoordcode, not a credential', fmt=['alt']))

A(M('zoom-infoavond-buitenland', frm=DIRECTIE, to_header='undisclosed-recipients:;', to=[], bcc=['ouders-6@sintpieterscollege.be'],
    date='2025-01-27 12:00', subject='Online infoavond: studeren in het hoger onderwijs (6de jaar)',
    body='''Beste ouders van leerlingen van het 6de jaar,

Op donderdag 6 februari om 20u organiseren we samen met het CLB een online infoavond over de overstap naar het hoger onderwijs (inschrijvingen, studietoelagen, kotten, ijkingstoetsen).

Deelnemen via Zoom:
https://zoom.us/j/84522907713
Meeting ID: 845 2290 7713
Passcode: 482913

De presentatie zetten we achteraf op Smartschool.

Met vriendelijke groeten,
de directie
''', rules=[], note='meeting passcode: Zoom link with passcode in a letter to all 6th-year parents in Bcc', fmt=['plain', 'bcc-group']))

A(M('wachtwoord-vergeten-ouder', frm=GREET, to=[('Fatma Arslan', 'arslan.fatma@telenet.be')], date='2024-09-25 11:05',
    subject='Re: ik kan niet inloggen',
    body='''Beste mevrouw Arslan,

Wij kunnen uw wachtwoord niet zien en sturen het ook nooit per mail. U kan zelf een nieuw wachtwoord aanvragen:

1. Ga naar https://sintpieterscollege.smartschool.be
2. Klik op "Wachtwoord vergeten?"
3. Vul als gebruikersnaam "arda.arslan" in en kies "co-account 1"
4. U ontvangt een mail op dit adres met een link

Lukt het niet? Kom dan gerust langs aan het onthaal, dan helpen we u.

Vriendelijke groeten,
Greet Wouters
''', rules=[], about=['P0228'], note='look-alike: explains the forgot-password procedure to a parent; no password or code given', fmt=['plain']))

A(M('handleiding-nieuwe-laptops-placeholder', frm=ICT, to=[ICT], bcc=[PERSONEEL], date='2024-08-29 15:00',
    subject='Handleiding: aanmelden op de nieuwe lerarenlaptops',
    body='''Beste collega's,

Bij de eerste start van je nieuwe laptop:

1. Kies het netwerk SPC-Personeel.
2. Meld aan met je schoolaccount:
      gebruikersnaam: voornaam.naam@sintpieterscollege.be
      wachtwoord: ********  (je gewone wachtwoord van Smartschool/Microsoft)
3. Stel een pincode van 6 cijfers in voor Windows Hello. Kies geen 123456 of je geboortedatum.
4. OneDrive synchroniseert automatisch je mappen.

Lukt het niet? Helpdesk C003, elke dag van 8u tot 16u30.

ICT-helpdesk
''', rules=[], note='look-alike: staff manual with placeholder password and generic PIN advice; Bcc to personeel@', fmt=['plain', 'bcc-group']))

A(M('kluisje-jonas-nummer', frm=GREET, to=[('Inge Wuyts', 'inge.wuyts5@proximus.be')], date='2024-09-06 10:15',
    subject='Kluisje Jonas (4A)',
    body='''Beste mevrouw Wuyts,

Jonas (4A) heeft kluisje nr. 2417 gekregen, in de gang van het B-blok, tweede verdieping. Hij brengt zelf een hangslot mee; een code of sleutel geeft hij best aan niemand door. Er wordt € 10 waarborg aangerekend op de schoolrekening van oktober, die u op het einde van het jaar terugkrijgt.

Vriendelijke groeten,
Greet Wouters
''', rules=[], about=['P0147'], note='look-alike: a locker number and deposit, no code given', fmt=['plain']))

A(M('paswoord-morgen-mondeling', frm=MARC, to=[TOM], date='2025-03-06 18:10',
    subject='Re: toegang Informat voor de Londenlijsten',
    body='''Tom,

Ik heb je rechten in Informat uitgebreid. Het paswoord van het gedeelde account "reizen" stuur ik niet per mail, dat geef ik je morgen mondeling of via een Smartschool-bericht met vervaldatum.

Marc
''', rules=[], note='look-alike: director refuses to mail a shared password and will give it in person', fmt=['plain']))

A(M('okan-bienvenue-wifi-fr', frm=NADIA, to=[('Esther Nzuzi', 'esthernzuzi71@gmail.com')], date='2024-09-24 16:00',
    subject='Bienvenue à Plamedi',
    body='''Bonjour Madame Nzuzi,

Bienvenue dans la classe OKAN !

Plamedi reçoit un ordinateur portable de l'école.
À l'école, il y a du wifi. Le réseau s'appelle SPC-Leerling.
Plamedi se connecte avec son nom d'utilisateur et son propre mot de passe de l'école.
Il choisit lui-même ce mot de passe et il ne le donne à personne.

Des questions ? Venez à l'école ou appelez le secrétariat.

Bien à vous,
Madame Nadia
''', rules=[], about=['P0301'], lang='fr', note='look-alike: French welcome to an OKAN mother naming the Wi-Fi network but no key or password', fmt=['plain']))

A(M('escape-room-wiskunde', frm=DAVID, to=[BART, ('Jan Wauters', 'jan.wauters@sintpieterscollege.be')], date='2025-05-28 20:30',
    subject='escape room 2de graad - oplossingen',
    body='''Hoi Bart, hoi Jan,

Voor de escape room van vrijdag (laatste lesdag voor de examens):
- raadsel 1: de stelling van Pythagoras geeft 13 -> kaart met letter P
- raadsel 2: de grafiek snijdt de x-as in 2 en 8 -> volgende envelop
- raadsel 3: het cijferslot van de laatste kist gaat open met 5-2-8 (som van de hoeken gedeeld door ... zie fiche)

De kisten staan in B106. Laat de groepen niet zomaar aan het slot draaien, enkel met de juiste berekening.

David
''', rules=[], note='look-alike: combination of a game padlock in a classroom escape room (puzzle solution), not an access credential', fmt=['plain']))

A(M('phishing-waarschuwing-personeel', frm=PJ, to=[PJ], bcc=[PERSONEEL], date='2025-02-24 08:05',
    subject='Opgelet: valse mail "Uw mailbox is vol"',
    body='''Beste collega's,

Sinds vanmorgen circuleert een valse mail met als onderwerp "Uw mailbox is vol - bevestig uw wachtwoord". De link leidt naar een nagemaakte Microsoft-pagina.

- Klik niet op de link en vul niets in.
- De school of ICT vraagt NOOIT je wachtwoord of een code per mail of telefoon.
- Heb je toch iets ingevuld? Wijzig onmiddellijk je wachtwoord en verwittig de helpdesk.

Pieter-Jan Dewaele
ICT-coördinator
''', rules=[], note='look-alike: phishing warning to all staff (Bcc) that talks about passwords without giving one', fmt=['plain', 'bcc-group']))
