# mails_a.py - credentials (password) and their look-alikes
from lib import *

PW = ['password']

# ------------------------------------------------------------------ 35 credential mails
mail(grp='pw', slug='mentorlogin-garage-vandeputte', frm=S('ldw'), to=[C['vdp']],
 subject='Toegang stageplatform StagePlaza', rules=PW, lang='nl', fmt=['plain'],
 note='mentor login with start password in body',
 text=f"""Beste Luc,

Vanaf dit schooljaar volgen we de stages op via StagePlaza. Als mentor kan u daar de aanwezigheden
invullen en de tussentijdse evaluatie van uw stagiair ingeven.

Uw aanmeldgegevens:
Gebruikersnaam: l.vandeputte.gvdp
Wachtwoord: Hev3rlee!Stage25

Bij de eerste aanmelding vraagt het platform om een nieuw wachtwoord te kiezen.
Alvast bedankt om opnieuw stagiairs van onze 6de jaars autotechniek op te vangen.
{sig('ldw')}""")

mail(grp='pw', slug='wifi-mentorendag', frm=S('tbo'), to=[S('ldw')],
 subject='wifi voor de mentorendag', rules=PW, fmt=['plain'], note='guest Wi-Fi key for visiting mentors',
 text=f"""Hoi Lieve,

Voor de mentorendag van donderdag staat het gastennetwerk open in de refter en in B1.
Netwerk: Stroom-Gast
Netwerksleutel: Dijle#Gast2025

Mag je op een blaadje bij het onthaal leggen, maar niet op de website of in de uitnodiging zetten aub.

Tom{sig('tbo', short=True)}""")

mail(grp='pw', slug='deurcode-stagebureau', frm=S('ldw'), to=[S('keo')], mailer='iPhone Mail (21D61)',
 subject='code deur', rules=PW, fmt=['plain', 'phone'], note='door code and key cabinet code, short phone mail',
 text="""Karim, de code van de deur van het stagebureau is veranderd: 4718#
Sleutelkastje binnen links: 0925

Verzonden vanaf mijn iPhone
""")

mail(grp='pw', slug='printcode-nieuwe-collega', frm=S('tbo'), to=['Femke Tielemans <femke.tielemans@sintpieterscollege.be>'],
 subject='Welkom - printen en kopiëren', rules=PW, fmt=['plain'], note='personal printer PIN for a new colleague',
 text=f"""Dag Femke,

Welkom op campus Heverlee! Je badge ligt klaar op het secretariaat.
Aan de kopieermachines meld je aan met je badge of met je persoonlijke printcode: 8841.
Die code is persoonlijk, geef ze niet door aan leerlingen.

Je Smartschool- en Microsoft-account krijg je morgen persoonlijk van mij in het ICT-lokaal (A0.12).
{sig('tbo')}""")

_rows = [["Intern nummer", "Naam", "Klas", "Login StagePlaza", "Startwachtwoord"]]
_pwds = ["Zw6!tqa2", "Lm4#rez8", "Pk2$wyn7", "Tb9!hoc3", "Qs5#lud6", "Vr3$kam1", "Nd8!pex4", "Gf7#oja5"]
for _k, _p in zip(['yasmine_ei', 'lina', 'nina', 'febe', 'ella', 'amber', 'kato', 'jente'], _pwds):
    _rows.append([P[_k].id, nm(_k), kl(_k), slugname(fn(_k)) + "." + slugname(P[_k].last)[:6] + ".stg", _p])
mail(grp='pw', slug='startwachtwoorden-6zwa-csv', frm=S('tbo'), to=[S('avc')], cc=[S('keo')],
 subject='Startwachtwoorden StagePlaza 6ZWa', rules=PW, fmt=['plain', 'attachment-csv'],
 note='list of start passwords for a class in a CSV attachment (class list, about none)',
 text=f"""Dag Ann,

In bijlage de startwachtwoorden voor StagePlaza van je klas. Kan je die maandag in de klas
op een briefje uitdelen? Ze moeten bij de eerste aanmelding zelf een nieuw wachtwoord kiezen.

Groetjes,
Tom
""",
 att=[("startwachtwoorden_6ZWa.csv", "\ufeff" + "\r\n".join(";".join(r) for r in _rows) + "\r\n")])

mail(grp='pw', slug='backupcodes-tweestapsverificatie', frm=S('tbo'), to=[S('ldw')],
 subject='back-upcodes MFA stage-account', rules=PW, fmt=['plain'], note='MFA backup/recovery codes',
 text=f"""Lieve,

Je had gevraagd wat je moet doen als je gsm niet bij de hand is. Hieronder de back-upcodes voor de
tweestapsverificatie van het account stage@spc.ksleuven.be. Elke code werkt maar één keer.

  4829 1735    6610 2948
  7302 5581    1194 0367
  8856 4120    3079 9912
  5248 6603    9931 4475

Print ze af en leg ze in de kluis, niet in je mailbox laten staan.

Tom
""")

mail(grp='pw', slug='re-verificatiecode-stageplaza', frm=S('keo'), to=[S('ldw')], reply=True,
 subject='RE: kan jij inloggen?', rules=PW, fmt=['plain', 'reply'], note='one-time verification code forwarded to colleague',
 text=f"""Ja, de code kwam op mijn gsm binnen: 538201
Is maar 10 minuten geldig, dus snel zijn.

Karim

Van: Lieve De Wolf <lieve.dewolf@sintpieterscollege.be>
Verzonden: dinsdag 11 februari 2025 10:02
Aan: Karim El Ouali <karim.elouali@sintpieterscollege.be>
Onderwerp: kan jij inloggen?

Karim, StagePlaza vraagt een verificatiecode en die gaat naar jouw nummer. Kan je die even doorsturen?
Lieve
""")

mail(grp='pw', slug='wachtwoord-stagelaptop-gesplitst', frm=S('dvh'), to=[S('bst')],
 subject='laptop atelier', rules=PW, fmt=['plain'], note='password split over several lines',
 text="""Bart,

Voor de laptop in het atelier waarmee de leerlingen hun stageverslag uploaden:
gebruiker: atelier-au
wachtwoord (alles aan elkaar typen):
Atelier
-
2025
!

Dirk
""")

mail(grp='pw', slug='meetapp-wachtwoord-uitgespeld', frm=S('svr'), to=[S('wdp')],
 subject='app meetkoffers', rules=PW, fmt=['plain'], note='password spelled out in words',
 text=f"""Hey Wim,

Het account van de meet-app (Fluke Connect) op de tablets voor de stagebezoeken:
login is elektriciteit@spc.ksleuven.be, en het wachtwoord is: hoofdletter V, dan "oltmeter",
dan de cijfers vier en negen, en op het einde een uitroepteken.

Sofie{sig('svr', short=True)}""")

mail(grp='pw', slug='identifiants-plateforme-garage-dupont', frm=S('dvh'), to=[C['dup']],
 subject='Plateforme de stage - vos identifiants', rules=PW, lang='fr', fmt=['plain'],
 note='French: login and password for a company mentor',
 text=f"""Monsieur Dupont,

Merci d'accueillir à nouveau un stagiaire de notre 7e année mécanique automobile.
Le suivi du stage se fait via la plateforme StagePlaza (www.stageplaza.be).

Identifiant : jl.dupont.gdw
Mot de passe : Wavre-2025#

Vous pourrez y remplir la grille d'évaluation à la fin de chaque semaine.
{sig('dvh', lang='fr')}""")

mail(grp='pw', slug='portal-login-nordfleet', frm=S('dvh'), to=[C['nfl']],
 subject='Internship portal - your login', rules=PW, lang='en', fmt=['plain'],
 note='English: username and temporary password for a mentor',
 text=f"""Dear Mark,

Thank you for taking two of our final-year automotive students in your fleet workshop.
We follow up internships through StagePlaza (www.stageplaza.be), which also has an English interface.

Username: m.jensen.nfl
Temporary password: Fleet!Leuven77

Please change the password after your first login.
{sig('dvh', lang='en')}""")

mail(grp='pw', slug='sleutelkluisje-vroege-dienst', frm=S('keo'), to=[lp('hanne')],
 subject='vroege dienst Ter Linde', rules=PW, about=['hanne'], fmt=['plain'],
 note='key-safe code sent to the pupil herself; no sensitive fact',
 text=f"""Dag Hanne,

Vanaf maandag sta je in de vroege dienst (7u00) in WZC Ter Linde. De hoofdingang is dan nog dicht.
De code van het sleutelkluisje aan de personeelsingang is 2580, daar hangt de badge voor de stagiairs.
Badge na je dienst terug in het kluisje hangen.

Veel succes!
Karim""")

mail(grp='pw', slug='alarmcode-atelier-opendeur', frm=S('dvh'), to=['Jan Cuypers <jan.cuypers@sintpieterscollege.be>'],
 subject='zaterdag opendeur atelier', rules=PW, fmt=['plain'], note='alarm code of the workshop',
 text="""Jan,

Jij opent zaterdag het atelier autotechniek voor de opendeur. Alarmcode: 7391 en dan OFF, je hebt 30 seconden.
De stagewagens van Vandeputte staan in hal 2, niet aankomen.

Merci!
Dirk
""")

mail(grp='pw', slug='stageovereenkomsten-beveiligde-pdf', frm=S('ldw'), to=[C['tl']],
 subject='Stageovereenkomsten 7TBZ', rules=PW, fmt=['plain', 'attachment-pdf'],
 note='password to open the attached PDF in the same mail',
 text=f"""Beste Greet,

In bijlage de stageovereenkomsten voor de stagiairs van 7TBZ (periode 3 maart - 4 april).
Het document is beveiligd. Het wachtwoord om te openen: TerLinde2025

Graag getekend terug tegen 24 februari.
{sig('ldw')}""",
 att=[("Stageovereenkomsten_7TBZ_TerLinde.pdf", pdf(["Stageovereenkomst - leerlingenstage", "Stroom campus Heverlee - WZC Ter Linde",
      "Periode: 3 maart 2025 - 4 april 2025", "Artikel 1. De stagiair voert taken uit volgens de werkpostfiche."]))])

mail(grp='pw', slug='wachtwoord-zip-werkpostfiches', frm=S('svr'), to=[C['esm']],
 subject='wachtwoord zip', rules=PW, fmt=['plain'], note='zip password sent in a second mail',
 text="""Dag Kevin,

Zoals beloofd apart van de vorige mail: het wachtwoord van het zip-bestand met de werkpostfiches is
Wpf_Smets!24

Groeten,
Sofie Van Rompaey
""")

mail(grp='pw', slug='smartschool-wachtwoord-lars', frm=S('ngo'), to=[par('lars', 1)],
 subject='Nieuw wachtwoord Smartschool', rules=PW, about=['lars'], fmt=['plain'],
 note="new Smartschool password of a pupil sent to the pupil's parent; correctly addressed",
 text=f"""Beste meneer Jacobs,

Op uw vraag hebben we het Smartschool-account van Lars (6EIa) opnieuw ingesteld; hij kon zijn
stageverslag niet meer indienen.
Nieuw wachtwoord: Lj8#qPz2

Lars moet dit bij de eerstvolgende aanmelding zelf wijzigen.
{sig('ngo')}""")

_rows = [["Bedrijf", "Mentor", "Login", "Startwachtwoord"],
         ["Garage Vandeputte BV", "Luc Vandeputte", "l.vandeputte.gvdp", "Hev3rlee!Stage25"],
         ["Autobedrijf Dijleland NV", "Jens Moors", "jmoors.adl", "Dijle#Auto61"],
         ["Garage Dupont SA", "Jean-Luc Dupont", "jl.dupont.gdw", "Wavre-2025#"],
         ["NordFleet Logistics", "Mark Jensen", "m.jensen.nfl", "Fleet!Leuven77"]]
mail(grp='pw', slug='overzicht-mentorlogins-autotechniek', frm=S('ldw'), to=[S('dvh')],
 subject='Overzicht logins mentoren autotechniek', rules=PW, fmt=['alt', 'html-table'],
 note='Outlook HTML table of mentor logins with start passwords',
 text="Dirk,\n\nHieronder de logins van jouw mentoren, voor als ze bellen dat ze niet binnen geraken.\n\n" + table_text(_rows) + "\n\nLieve\n",
 html=html_doc(p_html("Dirk,\n\nHieronder de logins van jouw mentoren, voor als ze bellen dat ze niet binnen geraken.\n") + table_html(_rows) + p_html("\nLieve")))

_rows = [["Bedrijf", "Mentor", "E-mail", "Login", "Wachtwoord"],
         ["Elektro Smets BV", "Kevin Smets", "kevin@elektrosmets.be", "ksmets.esm", "Smets*Wilsele5"],
         ["Van Lint & Zonen", "Peter Van Lint", "planning@vanlint-installaties.be", "vanlint.peter", "Zomer2025!"],
         ["Electro Dijleland", "Bert Daelemans", "bert@electrodijleland.be", "bdaelemans.edl", "Kabel#2025x"]]
mail(grp='pw', slug='logins-mentoren-elektriciteit-xlsx', frm=S('ldw'), to=[S('svr')],
 subject='logins mentoren elektriciteit', rules=PW, fmt=['plain', 'attachment-xlsx'],
 note='xlsx attachment with mentor passwords',
 text="Sofie,\n\nIn bijlage de lijst met de logins van de mentoren elektriciteit (stageperiode 2).\n\nLieve\n",
 att=[("logins_mentoren_EI_periode2.xlsx", xlsx(_rows))])

mail(grp='pw', slug='re-stagelaptop-admin', frm=S('bst'), to=[S('dvh')], reply=True,
 subject='RE: stagelaptop 6AUa', rules=PW, fmt=['plain', 'reply'], note='admin password of the internship laptop in a reply',
 text="""Stagelaptop: gebruiker admin.stage / ww Hev!erlee22
Niet aan de leerlingen geven he :-)

Bart

-----Oorspronkelijk bericht-----
Van: Dirk Vanhove <dirk.vanhove@sintpieterscollege.be>
Verzonden: maandag 3 februari 2025 16:40
Aan: Bart Stevens <bst@spc.ksleuven.be>
Onderwerp: stagelaptop 6AUa

Bart, wat was het admin-wachtwoord van de stagelaptop weer? Ik moet er de nieuwe evaluatieformulieren op zetten.
Dirk
""")

mail(grp='pw', slug='fw-welkom-stageplaza-hof-ter-beuken', frm=S('ldw'), to=[C['htb']],
 subject='FW: Welkom op StagePlaza', rules=PW, fmt=['plain', 'forward'],
 note='forwarded platform welcome mail containing a temporary password',
 text=f"""Beste Ine,

Het platform heeft uw welkomstmail blijkbaar naar ons adres gestuurd. Hieronder doorgestuurd.
{sig('ldw')}
---------- Doorgestuurd bericht ---------
Van: StagePlaza <noreply@stageplaza.be>
Datum: ma 13 jan. 2025 om 08:01
Onderwerp: Welkom op StagePlaza
Aan: <stage@spc.ksleuven.be>

Welkom Ine Raes,

Er werd een mentoraccount voor u aangemaakt door Stroom campus Heverlee.
Gebruikersnaam: ine.raes.htb
Tijdelijk wachtwoord: 7kQm-24Tx

Meld u aan op https://app.stageplaza.be en kies een nieuw wachtwoord.
""")

mail(grp='pw', slug='evaluatieformulier-login-az', frm=S('keo'), to=[C['azd']], cte='base64',
 subject='Evaluatieformulieren stagiairs 7KZ', rules=PW, fmt=['plain-base64'], note='password in a base64-encoded body',
 text=f"""Beste Veerle,

De evaluatieformulieren van onze stagiairs kinderzorg op de pediatrie staan klaar in StagePlaza.
U kan inloggen met:
gebruiker: vpauwels.azd
wachtwoord: AZD-stage-0325

Alvast bedankt voor de fijne samenwerking.
{sig('keo')}""")

mail(grp='pw', slug='portaal-dijleland-cp1252', frm=S('dvh'), to=[C['adl']], charset='windows-1252', cte='quoted-printable',
 subject='portaal', rules=PW, fmt=['plain-cp1252', 'plain-qp'], note='password with euro sign in a cp1252 quoted-printable body',
 text="""Jens,

Voor het portaal: gebruiker jmoors.adl, wachtwoord Dijle€land2025 (met het euroteken, ja – dat heeft de vorige mentor zo gekozen).
Als het niet lukt, bel me even.

Dirk
""")

mail(grp='pw', slug='kluiscode-reiskosten-cash', frm=S('pvv'), to=[S('ldw')],
 subject='terugbetaling reiskosten', rules=PW, fmt=['plain'], note='safe code for the petty cash',
 text=f"""Lieve,

Ik ben vrijdag niet op school. De enveloppen met de terugbetaling van de reiskosten liggen in de kluis
van het stagebureau. Kluiscode: 6 - 31 - 84, daarna de hendel naar links.
Laat de leerlingen wel tekenen op de lijst.

Patrick
""")

mail(grp='pw', slug='wifi-elektro-smets-leerlingen', frm=S('svr'), to=[S('svr')],
 bcc=[lp('bram'), lp('seppe'), lp('tuur'), lp('lucas_m')],
 subject='wifi op de werf Elektro Smets', rules=PW, fmt=['plain', 'bcc-envelope'],
 note='company Wi-Fi password sent to pupils (pupils in BCC, so no bcc rule)',
 text="""Dag mannen,

Op de werf van Elektro Smets in Wilsele mogen jullie de wifi gebruiken voor het stageverslag:
netwerk ESM-Werf, wachtwoord smets2025werf

Niet doorgeven aan anderen aub.
Mevr. Van Rompaey
""")

mail(grp='pw', slug='poortcode-ilias', frm=S('dvh'), to=[lp('ilias')], mailer='iPhone Mail (21D61)',
 subject='morgen', rules=PW, about=['ilias'], fmt=['plain', 'phone'], note='gate code sent to a pupil from a phone',
 text="""Ilias, code van de poort achteraan bij Vandeputte is 4455*. Om 8u daar zijn, Luc wacht op je.

Verzonden vanaf mijn iPhone
""")

mail(grp='pw', slug='tijdelijk-wachtwoord-speelvogel', frm=S('keo'), to=[C['spv']],
 subject='Evaluatietool stage', rules=PW, fmt=['plain'], note='temporary password for the evaluation tool',
 text=f"""Beste Sanne,

Voor de evaluatie van onze stagiairs kinderzorg kan u vanaf nu aanmelden in StagePlaza.
Tijdelijk wachtwoord: Vogel!2025-kdv (uw gebruikersnaam is info@despeelvogel.be)
Bij de eerste aanmelding wordt gevraagd om het te wijzigen.
{sig('keo')}""")

mail(grp='pw', slug='login-in-onderwerp-van-lint', frm=S('ldw'), to=[C['vli']],
 subject='Login stageplatform: vanlint.peter / Zomer2025!', rules=PW, fmt=['plain'], note='credentials in the subject line',
 text="""Dag Peter,

Zie onderwerp. Zo kan u de aanwezigheden van de stagiairs invullen.

Lieve
""")

mail(grp='pw', slug='taakverdeling-stageweken-ps-wachtwoord', frm=S('ldw'), to=[S('keo')],
 subject='taakverdeling stageweken', rules=PW, fmt=['plain', 'word-paste'],
 note='long note with the shared account password in a PS',
 text=f"""Karim,

Zoals afgesproken op het overleg hieronder de taakverdeling voor de stageweken van maart.

1. Stagebezoeken
   - Zorg en welzijn (6ZWa, 7TBZ, 7KZ): Karim
   - Autotechniek (5AUa, 6AUa, 7AUa): Dirk
   - Elektriciteit (5EIa, 6EIa, 7EIa): Sofie
   Elke stagiair krijgt minstens twee bezoeken, het eerste in de eerste week.

2. Administratie
   - Stageovereenkomsten: Lieve verstuurt, secretariaat scant de getekende exemplaren in.
   - Werkpostfiches en risicoanalyses: Geert Boeckx kijkt ze na vóór 21 februari.
   - Reiskosten: formulieren bij Patrick tegen de laatste vrijdag van de maand.

3. Evaluaties
   - Tussentijdse evaluatie via StagePlaza, eindevaluatie op papier en in StagePlaza.

PS: het wachtwoord van het gedeelde account stagebureau in StagePlaza is nog altijd Stroom!Stage2024
Ik vraag Tom om dat na de stageweken te veranderen.

Lieve""")

mail(grp='pw', slug='vervanging-stagebureau', frm=S('ldw'), to=['Jolien Verhulst <jolien.verhulst@sintpieterscollege.be>'],
 subject='vervanging stagebureau volgende week', rules=PW, fmt=['plain'],
 note='mailbox password and PIN of the office phone for a substitute',
 text=f"""Dag Jolien,

Bedankt dat je me volgende week vervangt. Praktisch:
- de mailbox stage@spc.ksleuven.be staat op de pc van het stagebureau; wachtwoord: Bureau-Stg#88
- de stage-gsm ligt in de bovenste lade, pincode 2206
- de map met de overeenkomsten staat in Teams > Stage > 2024-2025

Succes!
Lieve""")

mail(grp='pw', slug='diabetes-stagiair-en-login-ter-linde', frm=S('keo'), to=[C['tl']],
 subject=f'Stagiair {nm("zoe")} - aandachtspunt en login', rules=['password', 'sensitive'], cats=['medical'], about=['zoe'],
 fmt=['plain'], note='medical fact (type 1 diabetes) about a named pupil plus a mentor password',
 text=f"""Beste Greet,

Zoë Vermeulen (7TBZ) start maandag bij jullie op de afdeling Linde 2. Met haar akkoord en dat van
haar moeder geef ik mee dat Zoë diabetes type 1 heeft. Ze draagt een sensor en moet soms tussendoor
iets eten of insuline spuiten; graag laten gebeuren in de personeelsruimte. Bij een hypo: suiker geven
en ons verwittigen.

Uw login voor de evaluatie in StagePlaza: gvanesch.tl / wachtwoord Linde2-Stage!
{sig('keo')}""")

mail(grp='pw', slug='logins-mentoren-in-to', frm=S('ldw'), to=[C['vdp'], C['adl'], C['esm'], C['vli']],
 subject='Uw login StagePlaza', rules=['password', 'bcc'], fmt=['plain', 'group-in-to'],
 note='four external mentors visible in To, each with a password',
 text=f"""Beste mentoren,

Hieronder de logins voor StagePlaza. Wijzig uw wachtwoord bij de eerste aanmelding.

Garage Vandeputte: l.vandeputte.gvdp / Hev3rlee!Stage25
Autobedrijf Dijleland: jmoors.adl / Dijle#Auto61
Elektro Smets: ksmets.esm / Smets*Wilsele5
Van Lint & Zonen: vanlint.peter / Zomer2025!
{sig('ldw')}""")

mail(grp='pw', slug='login-6aua-vanuit-gmail', frm='Dirk Vanhove <dirk.vanhove71@gmail.com>', to=[S('bst')], mailer='Gmail',
 subject='stageplatform 6AUa', rules=['password', 'private_account'], fmt=['plain'],
 note='staff sends a platform password from his private gmail to a colleague',
 text="""Bart,

Van thuis uit want mijn schoolmail doet raar. Het klasaccount van de 6AUa in StagePlaza:
login klas6aua.hvl, wachtwoord Motor-6AU!25

Dirk
""")

mail(grp='pw', slug='account-ontgrendeld-tijdelijk-wachtwoord', frm=S('tbo'), to=[S('ldw')],
 subject='account ontgrendeld', rules=['password', 'personal_data'], fmt=['plain'],
 note='temporary password; ICT signature carries the school phone number',
 text=f"""Dag Lieve,

Je account was geblokkeerd na te veel foute pogingen. Ik heb het ontgrendeld.
Tijdelijk wachtwoord: Ontgr3ndeld!Lw
Meteen wijzigen aub.
{sig('tbo', tel=True)}""")

mail(grp='pw', slug='handleiding-mentor-thuiszorg-docx', frm=S('keo'), to=[C['thz']],
 subject='Handleiding StagePlaza', rules=PW, fmt=['plain', 'attachment-docx'],
 note='docx attachment contains the login and password',
 text=f"""Beste Bieke,

In bijlage de handleiding voor mentoren. Uw persoonlijke aanmeldgegevens staan op de laatste pagina.
{sig('keo')}""",
 att=[("Handleiding_StagePlaza_mentor_Thuiszorg.docx", docx(["Handleiding StagePlaza voor mentoren",
      "1. Aanmelden op https://app.stageplaza.be", "2. Aanwezigheden invullen", "3. Evaluatie ingeven",
      "Uw aanmeldgegevens:", "Gebruikersnaam: bjoris.thz", "Wachtwoord: Thuiszorg#31"]))])

mail(grp='pw', slug='badgecode-prikklok-silke', frm=S('keo'), to=[lp('silke')],
 subject='prikklok Hof ter Beuken', rules=PW, about=['silke'], fmt=['plain'],
 note='personal time-clock PIN sent to the pupil; no sensitive fact',
 text="""Dag Silke,

Mevrouw Raes vroeg om dit door te geven: in Hof ter Beuken moet je in- en uitprikken. Je badgecode voor de prikklok is 0415.
Je werkschoenen en uniform krijg je maandag op de afdeling.

Mr. El Ouali
""")

# ------------------------------------------------------------------ 15 look-alikes
mail(grp='look', slug='wachtwoord-vergeten-procedure', frm=S('ldw'), to=[C['htb']], reply=True,
 subject='RE: kan niet inloggen', rules=[], fmt=['plain', 'reply'], note='explains how to reset a password, no password in it',
 text=f"""Beste Ine,

Klik op de aanmeldpagina van StagePlaza op "Wachtwoord vergeten?" en vul uw e-mailadres in.
U krijgt dan een link om zelf een nieuw wachtwoord te kiezen. Wij sturen nooit wachtwoorden per mail.
{sig('ldw')}
-----Oorspronkelijk bericht-----
Van: Ine Raes <ine.raes@hofterbeuken.be>
Verzonden: woensdag 12 februari 2025 14:20
Onderwerp: kan niet inloggen

Ik kan niet meer inloggen, mijn wachtwoord werkt niet meer. Kan u het eens doorsturen?
""")

mail(grp='look', slug='fw-wachtwoord-verloopt', frm=S('tbo'), to=[S('ldw')],
 subject='FW: Uw wachtwoord verloopt binnen 7 dagen', rules=[], fmt=['plain', 'forward'],
 note='password-expiry notice, no secret',
 text="""Lieve, dit is geen phishing, je mag het gewoon via portal.office.com wijzigen. Tom

-----Original Message-----
From: Microsoft 365 <no-reply@microsoft.com>
Subject: Uw wachtwoord verloopt binnen 7 dagen

Het wachtwoord voor lieve.dewolf@sintpieterscollege.be verloopt op 20-02-2025.
Wijzig uw wachtwoord via Instellingen > Beveiliging en privacy.
""")

mail(grp='look', slug='wachtwoord-vraag-helpdesk', frm=S('svr'), to=[C['esm']], reply=True,
 subject='RE: wachtwoord StagePlaza', rules=[], fmt=['plain', 'reply'], note='refers to the helpdesk, no password',
 text=f"""Dag Kevin,

Wachtwoorden versturen we niet via mail. Vraag een nieuw wachtwoord aan via de helpdesk van StagePlaza
(support@stageplaza.be) of via de knop "wachtwoord vergeten".

Sofie Van Rompaey
""")

mail(grp='look', slug='factuurgegevens-kbo-btw', frm=S('pvv'), to=[C['vdp']],
 subject='Facturatiegegevens werkkledij stagiairs', rules=[], fmt=['plain'],
 note='company and VAT numbers, not secrets nor phone numbers',
 text=f"""Beste heer Vandeputte,

Voor de facturatie van de overalls die u aan onze stagiairs hebt gegeven:
VZW Leuvense Katholieke Scholen aan de Dijle
ondernemingsnummer {fmt_kbo(4127835)}
btw BE {fmt_kbo(4127835)}
Waversebaan 220, 3001 Heverlee
Vermeld graag bestelbon PO-2025-0093.

Uw gegevens in ons systeem: Garage Vandeputte BV, ondernemingsnummer {fmt_kbo(4385521)}.
{sig('pvv')}""")

mail(grp='look', slug='stageovereenkomsten-nummers', frm=S('dvh'), to=[C['adl']],
 subject='overeenkomsten SO-2025-0187 en -0188', rules=[], fmt=['plain'], note='contract numbers only',
 text="""Dag Jens,

De overeenkomsten SO-2025-0187 en SO-2025-0188 zijn nog niet terug. Kan u ze tekenen en scannen naar
stage@spc.ksleuven.be? Dossiernummer bij de verzekering: ARB-2025-HV-14.

Dirk
""")

mail(grp='look', slug='vraag-polis-arbeidsongevallen', frm=S('gbo'), to=[C['ins']],
 subject='Polis 45.118.902/0001 - dekking woon-werkverkeer stagiairs', rules=[], fmt=['plain'],
 note='insurance policy number, general question without a pupil',
 text=f"""Geachte heer Lauwers,

Onder polis nr. 45.118.902/0001 (arbeidsongevallen leerlingenstages) verzekeren wij onze stagiairs.
Graag had ik bevestigd dat ook de weg van en naar de stageplaats gedekt is, ook wanneer de leerling
met de fiets of een deelstep rijdt. Klantnummer 88021.
{sig('gbo')}""")

_inv = ("Teams-vergadering\nVergadering-ID: 348 221 907 115\nWachtwoordcode: hT7kq2\n"
        "Deelnemen: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1YjE2/0?context=%7b%22Tid%22%7d")
mail(grp='look', slug='teams-overleg-clb-stagebegeleiding', frm=S('ldw'), to=[C['clb']],
 subject='Overleg CLB - stagebegeleiding zorgleerlingen', rules=[], fmt=['alt', 'meeting-invite'],
 note='Teams invitation with meeting passcode (allowed); no pupil named',
 text="Beste Ellen,\n\nZoals afgesproken plannen we het overleg over de stagebegeleiding online.\nDonderdag 20 februari, 15u30-16u30.\n\n" + _inv + "\n\nLieve\n",
 html=html_doc(p_html("Beste Ellen,\n\nZoals afgesproken plannen we het overleg over de stagebegeleiding online.\nDonderdag 20 februari, 15u30-16u30.\n\n" + _inv + "\n\nLieve")))

mail(grp='look', slug='bestelling-werkschoenen', frm=S('dvh'), to=['Werkkledij Vranckx <info@werkkledij-vranckx.be>'],
 subject='bestelling PO-88412', rules=[], fmt=['plain'], note='order and customer numbers',
 text="""Goedemorgen,

Graag bestellen we onder PO-88412 (klantnummer 20417):
- 24 paar werkschoenen S3, maten 39-46 volgens bijgevoegde verdeling
- 24 overalls marineblauw, bedrukt met logo
Levering op school, Waversebaan 220, 3001 Heverlee, ter attentie van het atelier autotechniek (lokaal H0.04).

Dirk Vanhove
""")

mail(grp='look', slug='evaluatiegesprekken-lokaal', frm=S('ldw'), to=[S('keo')],
 subject='evaluatiegesprekken 6ZWa', rules=[], fmt=['plain'], note='room numbers, course code and class code',
 text="""Karim,

De evaluatiegesprekken van 6ZWa gaan door op 2 april in lokaal B2.14 (reserve: B2.16).
In Smartschool staat het vak onder code STG6ZW-PR, de Teams-klas heet 6ZWa-stage-2425.

Lieve
""")

_rows = [["Datum", "Bedrijf", "Gemeente", "Postcode", "Leerlingen"],
         ["di 11/03", "Elektro Smets BV", "Wilsele", "3012", "2"],
         ["di 11/03", "Van Lint & Zonen", "Bertem", "3060", "1"],
         ["do 13/03", "Electro Dijleland", "Kessel-Lo", "3010", "2"],
         ["vr 14/03", "Stad Leuven - technische dienst", "Leuven", "3000", "1"],
         ["ma 17/03", "Installatie Geens", "Herent", "3020", "1"]]
mail(grp='look', slug='bezoekschema-elektriciteit', frm=S('svr'), to=[S('wdp')],
 subject='bezoekschema stage EI week 1-2', rules=[], fmt=['alt', 'html-table'],
 note='visit schedule with postcodes and counts only',
 text="Wim,\n\nHet bezoekschema; ik neem de dienstwagen op dinsdag.\n\n" + table_text(_rows) + "\n\nSofie\n",
 html=html_doc(p_html("Wim,\n\nHet bezoekschema; ik neem de dienstwagen op dinsdag.\n") + table_html(_rows) + p_html("\nSofie")))

mail(grp='look', slug='risicoanalyse-referenties', frm=S('gbo'), to=[C['esm']],
 subject='Risicoanalyse RA-2025/033', rules=[], fmt=['plain'], note='risk analysis and workstation sheet references',
 text=f"""Beste heer Smets,

Wij ontvingen uw risicoanalyse RA-2025/033 en de werkpostfiche WPF-12 (versie 3). Twee opmerkingen:
- rubriek 4: werken op hoogte boven 2 m is voor leerlingen van 5EI niet toegestaan;
- rubriek 7: vermeld welke PBM's (veiligheidsschoenen S3, veiligheidsbril, handschoenen klasse 0) u voorziet.
Graag een aangepaste versie vóór 21 februari.
{sig('gbo')}""")

mail(grp='look', slug='password-expiry-nordfleet', frm=S('dvh'), to=[C['nfl']], reply=True,
 subject='RE: password expired?', rules=[], lang='en', fmt=['plain', 'reply'], note='English: explains expiry and reset, no secret',
 text="""Hi Mark,

StagePlaza passwords expire every 90 days. Use the "Forgot password" link on the login page and you will
receive a reset link by e-mail. We never send passwords by mail, so please don't reply with yours either.

Best,
Dirk Vanhove
""")

mail(grp='look', slug='convention-stage-les-tilleuls', frm=S('keo'), to=[C['til']],
 subject='Convention de stage n° SO-2025-0211', rules=[], lang='fr', fmt=['plain'],
 note='French: company number, VAT and contract number',
 text=f"""Madame Lemaire,

Veuillez trouver les données pour la convention de stage n° SO-2025-0211 :
- établissement : VZW Leuvense Katholieke Scholen aan de Dijle, numéro d'entreprise {fmt_kbo(4127835)}
- lieu de stage : Résidence Les Tilleuls, numéro d'entreprise {fmt_kbo(4512093)}, TVA BE {fmt_kbo(4512093)}
- code postal 1340 Ottignies, période du 3 mars au 4 avril

Je passerai le 12 mars pour signer la convention avec vous.
{sig('keo', lang='fr')}""")

mail(grp='look', slug='factuur-huur-meetkoffers', frm=S('pvv'), to=[C['vli']],
 subject='Factuur 2025/00412', rules=[], fmt=['plain'], note='invoice number and structured payment reference',
 text=f"""Beste,

In bijlage vindt u onze factuur 2025/00412 voor de huur van twee meetkoffers tijdens de stageperiode.
Gelieve bij betaling de gestructureerde mededeling +++090/1234/56789+++ te vermelden.
{sig('pvv')}""",
 att=[("Factuur_2025-00412.pdf", pdf(["FACTUUR 2025/00412", "Huur meetkoffers stage - 2 x 4 weken", "Totaal: EUR 160,00",
      "Mededeling: +++090/1234/56789+++"]))])

mail(grp='look', slug='aanmelden-de-knuffel-geen-wachtwoord', frm=S('keo'), to=[C['kdv']],
 subject='Aanmelden op StagePlaza', rules=[], fmt=['plain'], note='explains login without sending a password',
 text=f"""Beste Wendy,

U ontvangt vandaag een activatiemail van StagePlaza. Uw gebruikersnaam is uw e-mailadres; via de link
in die mail kiest u zelf een wachtwoord. Wij kennen dat wachtwoord niet en vragen het ook nooit op.
{sig('keo')}""")
