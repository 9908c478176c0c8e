# mails_b.py - 40 sensitive mails (7 of them misdirected)
from lib import *

SE = ['sensitive']

# ------------------------------------------------------------------ medical
mail(grp='sens', slug='arbeidsongeval-stan-snijwonde', frm=S('dvh'), to=[par('stan')], cc=[S('ldw')],
 subject='Stage Stan - ongeval op de werkvloer', rules=['sensitive', 'personal_data'], cats=['medical'], about=['stan'],
 fmt=['plain'], note="injury at work (stitches, emergency room) to the pupil's parent; signature has a mobile number",
 text=f"""Beste meneer Willems,

Zoals ik u vanmiddag telefonisch meldde, heeft Stan zich vanochtend bij Garage Vandeputte in de hand gesneden
aan een plaatstuk. Hij is door de mentor naar de spoed van AZ Dijlevallei gebracht en heeft vijf hechtingen
gekregen aan de linkerhand. De arts schreef een week werkonbekwaamheid voor.

Wij doen de aangifte bij de schoolverzekering. Bezorg ons aub het medisch attest (luik 'geneeskundig getuigschrift')
en de kastickets van de apotheek. Stan mag de stage hervatten na controle bij de huisarts.
{sig('dvh', tel=True)}""")

mail(grp='sens', slug='aangifte-arbeidsongeval-verzekering', frm=S('gbo'), to=[C['ins']],
 subject='Aangifte arbeidsongeval stagiair - polis 45.118.902/0001', rules=['sensitive', 'personal_data'], cats=['medical'],
 about=['stan'], fmt=['plain', 'attachment-pdf'],
 note='accident declaration with national register number and date of birth in body and PDF',
 text=f"""Geachte heer Lauwers,

Hierbij de aangifte van een arbeidsongeval tijdens een leerlingenstage.

Slachtoffer: Stan Willems, 7AUa
Geboortedatum: 22/06/2006
Rijksregisternummer: {rrn(6, 6, 22, 157)}
Stageplaats: Garage Vandeputte BV, Heverlee
Datum ongeval: 4 februari 2025, 10u15
Letsel: snijwonde linkerhand, 5 hechtingen, spoedgevallen AZ Dijlevallei
Werkonbekwaamheid: 7 dagen

Het ingevulde aangifteformulier en het medisch attest zitten in bijlage.
{sig('gbo')}""",
 att=[("Aangifte_arbeidsongeval_Willems_Stan.pdf", pdf(["AANGIFTE ARBEIDSONGEVAL - LEERLINGENSTAGE", "Naam: Willems Stan",
      "Geboortedatum: 22/06/2006", f"Rijksregisternummer: {rrn(6, 6, 22, 157)}", "Letsel: snijwonde linkerhand - 5 hechtingen",
      "Behandeling: spoed AZ Dijlevallei"]))])

mail(grp='sens', slug='epilepsie-kobe-werken-op-hoogte', frm=S('svr'), to=[C['vli']],
 subject='Stagiair Kobe Hermans - afspraken', rules=SE, cats=['medical'], about=['kobe'], fmt=['plain'],
 note='epilepsy of a named pupil shared with the company mentor',
 text=f"""Dag Peter,

Met toestemming van Kobe en zijn vader: Kobe heeft epilepsie. Zijn aanvallen zijn onder controle met medicatie,
maar hij mag volgens de neuroloog niet op ladders of stellingen werken en niet alleen in een schakelkast werken.
Bij een aanval: niet vasthouden, hoofd beschermen, tijd noteren en bij meer dan 5 minuten 112 bellen.

Kan u daar in de planning rekening mee houden? Alvast dank.
Sofie""")

mail(grp='sens', slug='medicatie-yasmine-verkeerde-yasmine', frm=S('keo'), to=[par('yasmine_bz')],
 subject='Stage Yasmine El Idrissi - medicatie op de stageplaats', rules=['sensitive', 'recipient'], cats=['medical'],
 about=['yasmine_ei'], mis=True, fmt=['plain'],
 note='insulin/diabetes of Yasmine El Idrissi (6ZWa) sent to the mother of Yasmine Bouzid (7TBZ): same first name',
 text=f"""Beste mevrouw,

Vorige week vroeg u of Yasmine haar insuline mag meenemen naar de stage in WZC Hof ter Beuken.
Dat kan: ik heb met de mentor afgesproken dat ze haar pen in de koelkast van de personeelsruimte mag bewaren
en dat ze om 10u en 15u haar suiker mag meten. Gelieve wel het medicatieformulier van de huisarts mee te geven,
met de dosis en wat er moet gebeuren bij een hypo.

Vriendelijke groeten,
Karim El Ouali
stagebegeleider 6ZWa""")

mail(grp='sens', slug='zwangerschap-stagiair-moederschapsbescherming', frm=S('gbo'), to=[C['prv']],
 subject='Moederschapsbescherming stagiair 7KZ', rules=SE, cats=['medical'], about=['mariam'], fmt=['plain'],
 note="named pupil's pregnancy shared with the external prevention service",
 text=f"""Geachte arbeidsgeneesheer,

Een leerlinge van 7KZ, Mariam Diallo, meldde ons dat ze 14 weken zwanger is. Ze loopt vanaf 3 maart stage
in kinderopvang De Knuffel. Gelet op het risico op cytomegalovirus en rodehond vragen wij een evaluatie
in het kader van moederschapsbescherming vóór de start van de stage.
De risicoanalyse van de werkpost voegen we toe zodra we die van de opvang ontvangen.
{sig('gbo')}""")

mail(grp='sens', slug='latexallergie-nina', frm=S('keo'), to=[C['htb']],
 subject='Nina Wuyts - allergie', rules=SE, cats=['medical'], about=['nina'], fmt=['plain', 'phone'], mailer='iPhone Mail (21D61)',
 note='latex allergy of a named pupil to the care home mentor',
 text="""Ine, nog vergeten te zeggen: Nina Wuyts heeft een latexallergie. Graag nitrilhandschoenen voorzien. Ze heeft een epipen in haar rugzak.
Groeten, Karim

Verzonden vanaf mijn iPhone
""")

mail(grp='sens', slug='concussion-oskar-english', frm=S('dvh'), to=[par('oskar')], lang='en',
 subject='Oskar - fall at internship', rules=SE, cats=['medical'], about=['oskar'], fmt=['plain'],
 note="English: concussion after a fall, sent to the pupil's mother",
 text=f"""Dear Mrs Nowak,

As discussed on the phone: this morning Oskar slipped in the workshop at NordFleet Logistics and hit his head.
The doctor at the emergency department of AZ Dijlevallei diagnosed a mild concussion. He must rest at home
for at least three days and should not drive a scooter this week.

The internship days can be made up in the Easter holidays. The school insurance covers the medical costs;
please keep all receipts.
{sig('dvh', lang='en')}""")

mail(grp='sens', slug='klierkoorts-luka-stage-inhalen', frm=S('svr'), to=[par('luka')], reply=True,
 subject='RE: Luka ziek', rules=SE, cats=['medical'], about=['luka'], fmt=['plain', 'reply'],
 note="reply to the parent about the pupil's mononucleosis and making up the internship",
 text=f"""Beste meneer Petrović,

Bedankt voor het attest. Jammer van de klierkoorts; de huisarts schrijft drie weken rust voor.
Luka kan de gemiste stagedagen inhalen in de week van 22 april bij Elektro Smets; ik laat de mentor weten
dat hij ziek is, zonder details.
Veel beterschap aan Luka.

Sofie Van Rompaey

Op 17 feb. 2025 om 07:48 schreef petrovic.dragan@gmail.com:
> Goedemorgen, Luka heeft klierkoorts en mag drie weken niet naar de stage. In bijlage het attest.
> Dragan Petrović
""")

_rows = [["Leerling", "Klas", "Afdeling", "Aandachtspunt"],
         [nm('silke'), kl('silke'), "Linde 1", "rugklachten (hernia 2024): niet alleen tillen, tillift gebruiken"],
         [nm('julie'), kl('julie'), "Linde 2", "astma: puffer altijd bij zich"],
         [nm('hanne'), kl('hanne'), "Linde 2", "-"],
         [nm('zara'), kl('zara'), "Linde 3", "-"]]
mail(grp='sens', slug='verdeling-stagiairs-ter-linde-aandachtspunten', frm=S('keo'), to=[C['tl']],
 subject='Verdeling stagiairs 7TBZ en aandachtspunten', rules=SE, cats=['medical'], about=['silke', 'julie'],
 fmt=['alt', 'html-table'], note='HTML placement table with medical notes in a column for two pupils',
 text="Beste Greet,\n\nHieronder de verdeling over de afdelingen.\n\n" + table_text(_rows) + "\n\nKarim\n",
 html=html_doc(p_html("Beste Greet,\n\nHieronder de verdeling over de afdelingen.\n") + table_html(_rows) + p_html("\nKarim")))

mail(grp='sens', slug='hepatitis-b-vaccinatie-contra-indicatie', frm=S('keo'), to=[C['prv']],
 subject='Vaccinatie hepatitis B - stagiair 7TBZ', rules=SE, cats=['medical'], about=['hanne'], fmt=['plain'],
 note='medical contraindication for a named pupil',
 text=f"""Geachte,

Voor Hanne Bosmans (7TBZ) kunnen we geen bewijs van hepatitis B-vaccinatie voorleggen: haar behandelende
arts raadt de vaccinatie af omwille van een auto-immuunziekte waarvoor ze behandeld wordt.
Kan u bevestigen dat ze met extra voorzorgen (geen contact met scherpe voorwerpen) toch stage mag lopen?
{sig('keo')}""")

# ------------------------------------------------------------------ care
mail(grp='sens', slug='dyslexie-seppe-evaluatie-mondeling', frm=S('svr'), to=[C['esm']],
 subject='Seppe Van Hoof - evaluatie', rules=SE, cats=['care'], about=['seppe'], fmt=['plain'],
 note='dyslexia and reasonable adjustment for a named pupil to the mentor',
 text=f"""Dag Kevin,

Seppe heeft dyslexie. In zijn verslag staan dus soms schrijffouten; daar quoteren we niet op.
Mag het eindgesprek mondeling gebeuren in plaats van het schriftelijke zelfevaluatieformulier? Dat is
een redelijke aanpassing die hij op school ook krijgt.

Sofie""")

mail(grp='sens', slug='ass-ruben-vaste-planning', frm=S('svr'), to=[C['vli']],
 subject='Ruben - vaste planning', rules=SE, cats=['care'], about=['ruben'], fmt=['plain'],
 note='autism (ASS) of a named pupil and adjustments at the workplace',
 text=f"""Dag Peter,

Ruben Van de Velde (7EIa) heeft een autismespectrumstoornis. Hij werkt heel nauwkeurig, maar
onverwachte veranderingen maken hem onrustig. Zou u hem de dag vooraf kunnen laten weten op welke werf
hij staat en met wie? Een vaste collega als aanspreekpunt helpt ook. Het CLB volgt hem op en kan u
meer uitleg geven als u dat wenst.

Sofie Van Rompaey""")

mail(grp='sens', slug='clb-opvolging-lucas-verkeerde-ouder', frm=S('ela'), to=[par('lucas_h')],
 subject='Opvolging Lucas - MDO stage', rules=['sensitive', 'recipient'], cats=['care'], about=['lucas_m'], mis=True,
 fmt=['plain'], note='CLB follow-up and care plan of Lucas Mahieu (5EIa) sent to the parent of Lucas Heylen (7EIa)',
 text=f"""Beste ouder,

Op het multidisciplinair overleg van gisteren bespraken we de stage van Lucas (5EIa) bij Elektro Smets.
Het CLB blijft hem opvolgen en we starten een handelingsplan met deze afspraken:
- Lucas krijgt de werkinstructies op papier en met pictogrammen;
- de stagebegeleider komt wekelijks langs in plaats van tweewekelijks;
- na de stage volgt een gesprek met het CLB over de studiekeuze.

Graag hadden we dit nog met u besproken op het oudercontact.
{sig('ela')}""")

mail(grp='sens', slug='adhd-medicatie-emir', frm=S('dvh'), to=[par('emir')],
 subject='Stage Emir - middagpauze', rules=SE, cats=['care', 'medical'], about=['emir'], fmt=['plain'],
 note='ADHD and midday medication of the pupil, to his father',
 text=f"""Beste meneer Yilmaz,

De mentor bij Autobedrijf Dijleland laat weten dat Emir in de namiddag moeilijk geconcentreerd blijft.
U vertelde bij de start dat Emir voor zijn ADHD 's middags zijn Rilatine moet nemen. Kan u nagaan of hij
die meeneemt naar de stage? Ik heb met de mentor afgesproken dat hij een vaste pauze om 12u15 krijgt.

Dirk Vanhove""")

_rows = [["Leerling", "Klas", "Stageplaats", "Redelijke aanpassing"],
         [nm('seppe'), kl('seppe'), "Elektro Smets", "dyslexie: mondelinge evaluatie"],
         [nm('ruben'), kl('ruben'), "Van Lint & Zonen", "ASS: planning dag vooraf, vaste collega"],
         [nm('adam'), kl('adam'), "Garage Vandeputte", "dyscalculie: rekenmachine bij bestellingen"],
         [nm('jente'), kl('jente'), "De Speelvogel", "CLB-begeleiding, wekelijks kort gesprek"]]
mail(grp='sens', slug='overzicht-redelijke-aanpassingen-stage', frm=S('ldw'), to=[S('ela')],
 subject='overzicht aanpassingen tijdens stage', rules=SE, cats=['care'], about=['seppe', 'ruben', 'adam', 'jente'],
 fmt=['alt', 'html-table'], note='internal table of learning disorders and adjustments per pupil',
 text="Eva,\n\nZoals gevraagd het overzicht voor het zorgoverleg.\n\n" + table_text(_rows) + "\n\nLieve\n",
 html=html_doc(p_html("Eva,\n\nZoals gevraagd het overzicht voor het zorgoverleg.\n") + table_html(_rows) + p_html("\nLieve")))

mail(grp='sens', slug='clb-verslag-julie-logopedie', frm=S('keo'), to=[C['clb']],
 subject='Julie Verhaegen 7TBZ', rules=SE, cats=['care'], about=['julie'], fmt=['plain'],
 note='therapy and CLB follow-up of a named pupil',
 text=f"""Dag Ellen,

Julie volgt sinds januari opnieuw logopedie voor haar taalstoornis en de mentor merkt dat ze moeite heeft
met de overdracht aan de verpleging. Kan het CLB een gesprek plannen om te bekijken of ze een attest
voor een individueel aangepast curriculum nodig heeft?
{sig('keo')}""")

mail(grp='sens', slug='handelingsplan-warre', frm=S('svr'), to=[par('warre')], cc=[S('ela')],
 subject='Handelingsplan Warre - stage', rules=SE, cats=['care'], about=['warre'], fmt=['plain', 'plain-qp'], cte='quoted-printable',
 note="care plan of the pupil sent to his mother, zorgcoördinator in CC",
 text=f"""Beste mevrouw Cools,

Na het gesprek met het CLB en de zorgcoördinator ligt het handelingsplan voor Warre klaar:
- Warre start de stage bij Electro Dijleland met halve dagen de eerste week;
- zijn begeleider Sofie Van Rompaey belt elke vrijdag met de mentor;
- de logopediste mag één keer per week tijdens de stage-uren langskomen op school.

We evalueren samen op 28 maart. U vindt het volledige plan ook in Smartschool.

Met vriendelijke groeten,
Sofie Van Rompaey
""")

mail(grp='sens', slug='amenagements-chloe-dyspraxie', frm=S('keo'), to=[par('chloe')], lang='fr',
 subject='Stage de Chloé - aménagements raisonnables', rules=SE, cats=['care'], about=['chloe'], fmt=['plain'],
 note="French: dyspraxia and reasonable adjustments, to the pupil's mother",
 text=f"""Madame Lambert,

Comme convenu, j'ai informé la crèche De Speelvogel de la dyspraxie de Chloé. Elle pourra utiliser des
couverts adaptés pendant les repas des enfants et ne devra pas remplir les fiches à la main : elle utilisera
la tablette. Le suivi par le CLB continue pendant le stage.
{sig('keo', lang='fr')}""")

# ------------------------------------------------------------------ psychosocial
mail(grp='sens', slug='stage-ilias-stopgezet', frm=S('dvh'), to=[par('ilias')], cc=[S('mve')],
 subject='Stage Ilias Azzouzi stopgezet', rules=['sensitive', 'personal_data'], cats=['psychosocial'], about=['ilias'], fmt=['plain'],
 note='behaviour incident with disciplinary consequence, to the father; phone in signature',
 text=f"""Beste meneer Azzouzi,

Garage Vandeputte heeft Ilias vandaag naar huis gestuurd. Volgens de mentor weigerde Ilias een opdracht en
heeft hij de mentor daarna uitgescholden en met een moersleutel naar de werkbank gegooid.
De garage wil hem niet meer terugzien. De directie start een tuchtprocedure; Ilias blijft tot het gesprek
van donderdag 13u30 thuis. U bent op dat gesprek uitgenodigd.
{sig('dvh', tel=True)}""")

mail(grp='sens', slug='milan-niet-opgedaagd-verkeerde-wouters', frm=S('dvh'), to=[par('robbe')],
 subject='Afwezigheid Milan op stage', rules=['sensitive', 'recipient'], cats=['psychosocial'], about=['milan'], mis=True,
 fmt=['plain'], note="Milan Wouters (7AUa) absence and exclusion sent to the father of his cousin Robbe (6AUa): assumed siblings",
 text=f"""Beste meneer Wouters,

Milan (7AUa) is deze week drie dagen niet opgedaagd bij Autobedrijf Dijleland, zonder verwittiging.
Het bedrijf heeft de stage stopgezet. Volgens het schoolreglement volgt een tuchtgesprek; de stage-uren
moeten ingehaald worden en zijn kwalificatie komt in het gedrang.
Kan u mij deze week bellen om een afspraak te maken?

Dirk Vanhove""")

mail(grp='sens', slug='pesten-amber-op-stage', frm=S('keo'), to=[C['clb']], cc=[S('ela')],
 subject='Amber Geerts - gepest op stageplaats', rules=SE, cats=['psychosocial'], about=['amber'], fmt=['plain'],
 note='bullying of a named pupil at the workplace reported to the CLB',
 text=f"""Dag Ellen,

Amber Geerts (6ZWa) vertelde me gisteren dat twee vaste medewerkers van haar stageplaats haar al weken
uitlachen en haar bewust de zwaarste taken geven. Ze slaapt er slecht van en wil niet meer gaan.
Ik heb de stage tijdelijk opgeschort. Kan jij met haar een gesprek plannen?

Karim""")

mail(grp='sens', slug='politie-diefstal-autobedrijf', frm=S('dvh'), to=[S('mve')], importance=True,
 subject='dringend: politie bij Autobedrijf Dijleland', rules=SE, cats=['psychosocial'], about=['hamza'], fmt=['plain'],
 note='police questioning of a named pupil after a theft at the internship company',
 text="""Marc,

Jens Moors van Autobedrijf Dijleland belde: er is gereedschap verdwenen en de politie heeft vanmiddag
Hamza El Amrani (7AUa) verhoord. Hij ontkent. Het bedrijf wil hem niet meer toelaten tot de zaak is uitgeklaard.
Kunnen we morgen om 8u samenzitten voor we de ouders contacteren?

Dirk
""")

mail(grp='sens', slug='paniekaanvallen-jente', frm=S('keo'), to=[C['spv']],
 subject='Jente Daems - afspraken', rules=SE, cats=['psychosocial'], about=['jente'], fmt=['plain'],
 note='anxiety/panic attacks of a named pupil shared with the mentor',
 text=f"""Beste Sanne,

Jente heeft de laatste maanden last van paniekaanvallen. Ze wordt daarvoor begeleid. Als het gebeurt,
mag ze even naar buiten of naar de personeelsruimte en een vijftal minuten alleen zijn. Wilt u mij
verwittigen als het meer dan één keer per dag voorkomt?
{sig('keo')}""")

mail(grp='sens', slug='signalen-zelfverwonding-lina', frm=S('keo'), to=[S('ela')],
 subject='vertrouwelijk - Lina De Smet', rules=SE, cats=['psychosocial'], about=['lina'], fmt=['plain'],
 note='signals of self-harm of a named pupil, internal',
 text="""Eva,

De mentor van Lina De Smet (6ZWa) zag op stage sneetjes op haar onderarmen toen ze haar mouwen oprolde.
Lina wilde er niet over praten. Ik heb haar gezegd dat ze bij jou terecht kan. Kan jij haar morgen zien?
Ik heb nog niets aan de ouders laten weten.

Karim
""")

mail(grp='sens', slug='youssef-internship-suspended-english', frm=S('dvh'), to=[C['nfl']], reply=True, lang='en',
 subject='RE: incident in the workshop', rules=SE, cats=['psychosocial'], about=['youssef'], fmt=['plain', 'reply'],
 note='English: internship suspended after a cannabis incident, disciplinary hearing',
 text=f"""Dear Mark,

Thank you for letting me know. Smoking cannabis on the premises is unacceptable. We have suspended Youssef's
internship with immediate effect; the school will hold a disciplinary hearing with him and his parents next
Tuesday. I will let you know whether he can come back.

Dirk Vanhove

-----Original Message-----
From: Mark Jensen <m.jensen@nordfleet.eu>
Sent: Thursday, 20 February 2025 15:02
Subject: incident in the workshop

Dirk, one of my colleagues caught Youssef Tahiri smoking a joint behind hall B during lunch. I sent him home.
""")

mail(grp='sens', slug='agressie-jonas-verkeerde-peeters', frm=S('bst'), to=[par('lotte')],
 subject='Incident op stage - Jonas', rules=['sensitive', 'recipient'], cats=['psychosocial'], about=['jonas'], mis=True,
 fmt=['plain'], note="aggression incident of Jonas Peeters (6AUa) sent to the father of Lotte Peeters (geert vs gert autocomplete)",
 text=f"""Beste meneer Peeters,

Ik moet u helaas laten weten dat Jonas (6AUa) gisteren op zijn stage bij NordFleet een andere stagiair heeft
geslagen na een ruzie. De mentor heeft hem naar huis gestuurd. Jonas wordt twee dagen preventief geschorst
en er volgt een gesprek met de directie op maandag 10 maart.

Bart Stevens
klastitularis 6AUa""")

# ------------------------------------------------------------------ family
mail(grp='sens', slug='febe-co-ouderschap-evaluatie', frm=S('keo'), to=[par('febe', 2)], reply=True,
 subject='RE: stage Febe Maes - evaluatie', rules=SE, cats=['family'], about=['febe'], fmt=['plain', 'reply'],
 note="separation of the parents and who receives the evaluation, to the mother",
 text=f"""Beste mevrouw Vos,

Ik begrijp dat u en Febes vader sinds de scheiding in co-ouderschap werken en dat u liever apart op de hoogte
gehouden wordt. We sturen de stage-evaluatie naar beide adressen, zoals de school dat bij gescheiden ouders
altijd doet. Het evaluatiegesprek kan ook apart, laat maar weten welke dag u past.

Karim El Ouali

-----Oorspronkelijk bericht-----
Van: liesbeth.vos@telenet.be
Onderwerp: stage Febe Maes - evaluatie

Sinds de scheiding wil ik niet meer samen met mijn ex-man op gesprek komen. Kan het evaluatiegesprek apart?
""")

mail(grp='sens', slug='overlijden-vader-dries', frm=S('dvh'), to=[C['adl']],
 subject='Dries Goris', rules=SE, cats=['family'], about=['dries'], fmt=['plain'],
 note="death of the pupil's father, told to the mentor",
 text="""Jens,

Dries Goris komt deze week niet: zijn vader is zaterdag onverwacht overleden. De begrafenis is vrijdag.
Hij zal de dagen later inhalen. Misschien is het goed dat de collega's in de werkplaats het weten, zodat
ze er rekening mee houden als hij terugkomt.

Dirk
""")

mail(grp='sens', slug='pleeggezin-emma-verkeerde-claes', frm=S('keo'), to=[par('noah_c')],
 subject='Stageadres Emma Claes', rules=['sensitive', 'recipient'], cats=['family'], about=['emma'], mis=True,
 fmt=['plain'], note="foster placement of Emma Claes (5ZWa) sent to the father of Noah Claes (6EIa): same surname",
 text=f"""Beste meneer Claes,

Sinds Emma in januari bij het pleeggezin is gaan wonen, is de rit naar haar stageplaats in Kessel-Lo veel langer.
Met de consulent van de jeugdhulp spraken we af dat ze vanaf 3 maart stage loopt in WZC Hof ter Beuken in Herent.
Het pleeggezin tekent de nieuwe stageovereenkomst; u krijgt als ouder een kopie.

Karim El Ouali""")

mail(grp='sens', slug='huiselijk-geweld-zara-clb', frm=S('keo'), to=[C['clb']],
 subject='Zara Ahmadi - zorgwekkende situatie thuis', rules=SE, cats=['family'], about=['zara'], fmt=['plain', 'plain-cp1252'],
 charset='windows-1252', note='domestic violence in the family of a named pupil, to the CLB (cp1252 body)',
 text=f"""Dag Ellen,

Zara vertelde vandaag aan haar mentor in Ter Linde dat haar vader haar moeder slaat en dat ze ’s avonds
niet naar huis durft. Ze slaapt deze week bij een tante. Kunnen jullie dit vandaag nog oppakken, eventueel
met het Vertrouwenscentrum Kindermishandeling?

Karim El Ouali""")

mail(grp='sens', slug='vader-victor-in-detentie', frm=S('svr'), to=[S('ela')],
 subject='Victor Smolders - vervoer stage', rules=SE, cats=['family'], about=['victor'], fmt=['plain'],
 note="a parent in prison, internal note",
 text="""Eva,

Victor Smolders (7EIa) geraakt niet meer op tijd op zijn stage in Bertem. Zijn vader zit sinds januari in
de gevangenis van Leuven-Centraal en zijn moeder werkt in ploegen, dus niemand kan hem nog brengen.
Kunnen we iets regelen met een fiets van de school of een carpool met Van Lint?

Sofie
""")

mail(grp='sens', slug='amira-opvang-ocmw-vervoer', frm=S('ldw'), to=[C['soc']],
 subject='Leerling Amira Hassan - vervoerskosten stage', rules=SE, cats=['family', 'financial'], about=['amira'], fmt=['plain'],
 note='pupil in a shelter after domestic violence, social services pays transport',
 text=f"""Beste mevrouw Geens,

Amira Hassan (7KZ) verblijft sinds december met haar moeder in het vluchthuis na het geweld thuis.
Haar stage in kinderdagverblijf De Speelvogel begint op 3 maart. Het gezin leeft van een leefloon en kan
het busabonnement niet voorschieten. Kan het OCMW de kosten ten laste nemen, zoals u eerder voorstelde?
{sig('ldw')}""")

mail(grp='sens', slug='divorce-maxime-evaluation', frm=S('dvh'), to=[par('maxime')], lang='fr', reply=True,
 subject='RE: évaluation de stage de Maxime', rules=SE, cats=['family'], about=['maxime'], fmt=['plain', 'reply'],
 note="French: divorce and custody judgment, to the pupil's mother",
 text=f"""Madame Dubois,

Je comprends que la procédure de divorce est en cours et que le juge vous a confié l'hébergement principal
de Maxime. Toutefois, sauf décision judiciaire contraire, son père garde le droit de recevoir les informations
scolaires. Nous enverrons donc l'évaluation de stage aux deux parents.

Dirk Vanhove

> Je ne veux pas que le père de Maxime reçoive l'évaluation du stage. Nous sommes en instance de divorce.
""")

# ------------------------------------------------------------------ financial
mail(grp='sens', slug='busabonnement-sem-solidariteitsfonds', frm=S('ldw'), to=[par('sem')],
 subject='Vervoer naar de stageplaats', rules=SE, cats=['financial'], about=['sem'], fmt=['plain'],
 note="the family cannot pay transport; school solidarity fund pays, to the mother",
 text=f"""Beste mevrouw Mertens,

Bedankt voor uw eerlijke mail. U schreef dat u het busabonnement voor Sem naar Bertem deze maand niet kan
betalen. Het solidariteitsfonds van de school neemt het abonnement van maart ten laste. Sem kan het op
maandag afhalen op het leerlingensecretariaat. Niemand van zijn klas hoeft dit te weten.
{sig('ldw')}""")

mail(grp='sens', slug='onbetaalde-rekening-aya-verkeerde-thread', frm=S('ngo'), to=[par('marie')], reply=True,
 subject='RE: vraag over de schoolrekening', rules=['sensitive', 'recipient'], cats=['financial'], about=['aya'], mis=True,
 fmt=['plain', 'reply'], note="reply in an old thread with Marie Nys's mother, but about Aya Benali's unpaid bill",
 text=f"""Beste mevrouw,

De rekening van Aya Benali (5ZWa) voor de werkkledij en de stagebijdrage (€ 187,50) staat nog altijd open,
ondanks twee herinneringen. We stellen een afbetaling voor in drie maandelijkse schijven van € 62,50.
Laat u weten of dat haalbaar is?
{sig('ngo')}
Op 14 jan. 2025 om 09:12 schreef nys.christine@proximus.be:
> Dag, wanneer wordt de schoolrekening van het tweede trimester verstuurd?
""")

mail(grp='sens', slug='afbetalingsplan-adam', frm=S('pvv'), to=[par('adam')],
 subject='Afbetalingsplan schoolkosten Adam', rules=SE, cats=['financial'], about=['adam'], fmt=['plain'],
 note="payment plan for the pupil's school costs, to the father",
 text=f"""Beste meneer Kaya,

Zoals besproken spreiden we de openstaande kosten voor Adam (werkschoenen, overall en vervoer naar de stage,
samen € 246) over vier maanden: € 61,50 op het einde van februari, maart, april en mei.
U hoeft niets te tekenen; de school stuurt geen herinneringen meer zolang het plan loopt.
{sig('pvv')}""")

mail(grp='sens', slug='schooltoeslag-attest-mila', frm=S('ngo'), to=[par('mila')],
 subject='Attest schooltoeslag', rules=SE, cats=['financial'], about=['mila'], fmt=['plain', 'attachment-pdf'],
 note="school allowance certificate of the pupil, to her father",
 text=f"""Beste meneer Thys,

In bijlage het attest van inschrijving dat u nodig hebt voor de schooltoeslag van Mila. Het Groeipakket
had gemeld dat de toeslag was stopgezet omdat de inschrijving niet bevestigd was; met dit attest wordt dat
rechtgezet.
{sig('ngo')}""",
 att=[("Attest_inschrijving_Thys_Mila.pdf", pdf(["ATTEST VAN INSCHRIJVING", "Mila Thys is ingeschreven in 7KZ", "Schooljaar 2024-2025",
      "Dit attest wordt afgeleverd voor de schooltoeslag (Groeipakket)."]))])

_rows = [["Leerling", "Klas", "Traject", "Kost/maand", "Opmerking"],
         [nm('sem'), kl('sem'), "bus Heverlee-Bertem", "€ 38", "solidariteitsfonds"],
         [nm('amira'), kl('amira'), "bus + tram", "€ 51", "OCMW betaalt"],
         [nm('tuur'), kl('tuur'), "trein Leuven-Wilsele", "€ 29", "afbetalingsplan"],
         [nm('louis'), kl('louis'), "fiets", "€ 0", "-"],
         [nm('arthur'), kl('arthur'), "bus", "€ 38", "-"]]
mail(grp='sens', slug='overzicht-reiskosten-stagiairs', frm=S('ldw'), to=[S('pvv')],
 subject='reiskosten stage maart', rules=SE, cats=['financial'], about=['sem', 'amira', 'tuur'], fmt=['alt', 'html-table'],
 note='travel cost table with social support and payment plan per named pupil',
 text="Patrick,\n\nHet overzicht voor de reiskosten van maart.\n\n" + table_text(_rows) + "\n\nLieve\n",
 html=html_doc(p_html("Patrick,\n\nHet overzicht voor de reiskosten van maart.\n") + table_html(_rows) + p_html("\nLieve")))

mail(grp='sens', slug='afbetaling-tuur-rekeningnummer', frm=S('pvv'), to=[par('tuur')], reply=True,
 subject='RE: terugbetaling en afbetaling', rules=['sensitive', 'personal_data'], cats=['financial'], about=['tuur'],
 fmt=['plain', 'reply'], note="payment plan for the pupil's costs and the parent's IBAN",
 text=f"""Beste meneer Wyns,

In orde. We verrekenen de terugbetaling van de treinkaart van Tuur (€ 29) met de eerste schijf van het
afbetalingsplan. Het saldo van € 58 storten we terug op uw rekening {iban_be(7350123459)}.

Patrick Vervoort
boekhouding

> Kan u het geld storten op mijn rekening {iban_be(7350123459)}? De rest betaal ik zoals afgesproken in schijven.
""")

mail(grp='sens', slug='ocmw-noah-verkeerde-noah', frm=S('ldw'), to=[par('noah_c', 2)],
 subject='Stagekosten Noah - tussenkomst OCMW', rules=['sensitive', 'recipient'], cats=['financial'], about=['noah_v'], mis=True,
 fmt=['plain'], note="OCMW pays Noah Verstraeten's (7EIa) costs; sent to the mother of Noah Claes (6EIa)",
 text=f"""Beste mevrouw,

Het OCMW heeft bevestigd dat het de kosten voor de veiligheidsschoenen en het vervoer van Noah Verstraeten
(7EIa) voor de stage bij Van Lint & Zonen ten laste neemt. U hoeft dus niets voor te schieten.
De factuur gaat rechtstreeks naar de maatschappelijk werker.
{sig('ldw')}""")
