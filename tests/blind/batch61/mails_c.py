# mails_c.py - 20 personal mails about one pupil that are not sensitive (5 misdirected) and 20 general letters
from lib import *

# ------------------------------------------------------------------ personal, not sensitive
mail(grp='pers', slug='startuur-jonas-verkeerde-sara', frm=S('dvh'), to=[par('emma', 1)],
 subject='Stage Jonas Peeters - aangepast startuur', rules=['recipient'], about=['jonas'], mis=True, fmt=['plain'],
 note="practical start-time change about Jonas Peeters sent to sara.wuyts@gmail.com (mother of Emma Claes) instead of sarah.wuyts@telenet.be",
 text=f"""Beste mevrouw Wuyts,

Vanaf volgende week start Jonas om 8u30 in plaats van 7u30 bij NordFleet Logistics; de werkplaats heeft
de ploegen aangepast. Hij stopt wel een uur later, om 17u. De bus 2 van 8u02 aan het station is dus perfect.

Met vriendelijke groeten,
Dirk Vanhove""")

mail(grp='pers', slug='werkschoenen-noah-verkeerde-noah', frm=S('svr'), to=[par('noah_v')],
 subject='Werkschoenen Noah Claes', rules=['recipient'], about=['noah_c'], mis=True, fmt=['plain'],
 note="work-shoes question about Noah Claes (6EIa) sent to the family of Noah Verstraeten (7EIa)",
 text=f"""Beste ouders,

Noah (6EIa) kwam vandaag in sportschoenen naar de werf van Electro Dijleland. Op een werf zijn
veiligheidsschoenen S3 verplicht. Heeft hij nog geen paar? Via de school kan u ze bestellen voor € 42
(maat doorgeven aan het atelier).

Sofie Van Rompaey""")

mail(grp='pers', slug='goede-evaluatie-warre-verkeerde-cools', frm=S('svr'), to=[par('lisa')],
 subject='Tussentijdse evaluatie Warre Cools', rules=['recipient'], about=['warre'], mis=True, fmt=['plain'],
 note="good evaluation of Warre Cools (7EIa) sent to the father of Lisa Cools (5ZWa): two Cools families",
 text=f"""Beste ouder,

Goed nieuws: de mentor van Warre is erg tevreden. Op de tussentijdse evaluatie scoort hij 'goed' op
stiptheid, veiligheid en teamwerk en 'zeer goed' op het aansluiten van verdeelborden. Proficiat!

Sofie Van Rompaey
stagebegeleider elektriciteit""")

mail(grp='pers', slug='stageattest-youssef-verkeerde-thread', frm=S('ngo'), to=[par('hamza')], reply=True,
 subject='RE: stageattest', rules=['recipient'], about=['youssef'], mis=True, fmt=['plain', 'reply'],
 note="reply in the El Amrani thread, but the certificate concerns Youssef Tahiri (same class 7AUa)",
 text=f"""Beste meneer,

Het stageattest van Youssef Tahiri (7AUa) voor de stage bij NordFleet ligt klaar op het leerlingensecretariaat.
Hij kan het afhalen tussen 8u en 16u.
{sig('ngo')}
Op 3 feb. 2025 om 18:40 schreef elamrani.rachid@gmail.com:
> Goedenavond, wanneer krijgt mijn zoon zijn stageattest van vorig jaar?
""")

mail(grp='pers', slug='startdatum-lucas-heylen-verkeerde-lucas', frm=S('svr'), to=[par('lucas_m')],
 subject='Startdatum stage Lucas', rules=['recipient'], about=['lucas_h'], mis=True, fmt=['plain'],
 note="start date for Lucas Heylen (7EIa) sent to the father of Lucas Mahieu (5EIa)",
 text=f"""Beste meneer,

De stage van Lucas Heylen (7EIa) bij Installatie Geens in Herent start niet op 3 maart maar op 5 maart.
De firma zit die eerste twee dagen op een beurs. Lucas volgt die dagen gewoon les.

Sofie Van Rompaey""")

mail(grp='pers', slug='werkschoenen-arthur', frm=S('dvh'), to=[par('arthur')],
 subject='Werkschoenen Arthur', rules=[], about=['arthur'], fmt=['plain'], note='practical question to the right parent, nothing sensitive',
 text="""Beste meneer De Wit,

Voor de stage bij Garage Vandeputte heeft Arthur veiligheidsschoenen S3 nodig. Zijn huidige schoenen zijn
S1 (zonder stalen zool). Kan u laten weten welke maat hij heeft? Dan bestellen we ze mee met de klas.

Dirk Vanhove
""")

mail(grp='pers', slug='goede-evaluatie-ella', frm=S('keo'), to=[par('ella', 2)],
 subject='Evaluatie stage Ella', rules=[], about=['ella'], fmt=['alt'],
 note="good evaluation to the mother (address does not spell the pupil's surname)",
 text="""Beste mevrouw Van Lommel,

Ella heeft een schitterende evaluatie gekregen van WZC Hof ter Beuken: de bewoners vragen naar haar en de
mentor roemt haar geduld en haar verslagen. Ze haalt 17/20 voor de stage. Proficiat!

Karim El Ouali
""", html=html_doc(p_html("""Beste mevrouw Van Lommel,

Ella heeft een schitterende evaluatie gekregen van WZC Hof ter Beuken: de bewoners vragen naar haar en de
mentor roemt haar geduld en haar verslagen. Ze haalt 17/20 voor de stage. Proficiat!

Karim El Ouali""")))

mail(grp='pers', slug='startuur-xander-gewijzigd', frm=S('svr'), to=[par('xander', 2)],
 subject='Gewijzigd startuur stage Xander', rules=['personal_data'], about=['xander'], fmt=['plain'],
 note='start time change to the mother; the signature carries the school phone number',
 text=f"""Beste mevrouw Luyten,

De mentor van Xander bij Elektro Smets vraagt of hij vanaf maandag om 7u00 kan beginnen in plaats van 8u00;
hij mag dan om 15u30 naar huis. Laat u weten of dat met de bus lukt?
{sig('svr', tel=True)}""")

mail(grp='pers', slug='stageadres-aya', frm=S('keo'), to=[lp('aya')],
 subject='Jouw stageplaats en mentor', rules=[], about=['aya'], fmt=['plain'], note='practical details to the pupil herself',
 text="""Dag Aya,

Je stage start maandag 3 maart om 8u30 in WZC Ter Linde, Diestsesteenweg 412 in Kessel-Lo.
Meld je aan het onthaal en vraag naar je mentor, mevrouw Greet Van Esch. Breng je stagemap en je
witte schoenen mee. Je uniform krijg je daar.

Mr. El Ouali
""")

mail(grp='pers', slug='jas-vergeten-mats', frm=S('dvh'), to=[par('mats', 2)], mailer='iPhone Mail (21D61)',
 subject='jas Mats', rules=[], about=['mats'], fmt=['plain', 'phone'], note='lost jacket, nothing sensitive',
 text="""Dag mevrouw Segers, Mats heeft zijn winterjas laten liggen bij NordFleet. Ik heb hem meegenomen, hij ligt in het atelier. Groeten, D. Vanhove

Verzonden vanaf mijn iPhone
""")

mail(grp='pers', slug='stageattest-hamza-klaar', frm=S('ngo'), to=[par('hamza')],
 subject='Stageattest Hamza', rules=[], about=['hamza'], fmt=['plain'], note='certificate ready, to the right parent',
 text=f"""Beste meneer El Amrani,

Het stageattest van Hamza voor vorig schooljaar (Garage Vandeputte, 160 uur) ligt klaar op het
leerlingensecretariaat. Een digitale kopie staat ook in Smartschool onder 'Documenten'.
{sig('ngo')}""")

mail(grp='pers', slug='maaltijden-ziekenhuis-imane', frm=S('keo'), to=[par('imane')],
 subject='Middagmaal tijdens de stage', rules=[], about=['imane'], fmt=['plain'], note='lunch arrangement, nothing sensitive',
 text="""Beste mevrouw Chakir,

U vroeg hoe het middagmaal geregeld is in AZ Dijlevallei. Imane kan in het personeelsrestaurant eten aan
personeelstarief (€ 4,20), of haar lunch meebrengen. Halal maaltijden zijn elke dag beschikbaar.

Karim El Ouali
""")

mail(grp='pers', slug='stagebezoek-elias', frm=S('svr'), to=[par('elias', 2)],
 subject='Stagebezoek Elias', rules=[], about=['elias'], fmt=['plain'], note='announces a visit, to the mother',
 text="""Beste mevrouw Lemmens,

Ter info: ik bezoek Elias dinsdag 11 maart rond 10u op zijn stageplaats bij Van Lint & Zonen. Als u vragen
hebt die ik dan kan meenemen, laat het gerust weten.

Sofie Van Rompaey
""")

mail(grp='pers', slug='fietsroute-louis', frm=S('ldw'), to=[par('louis')],
 subject='Fietsroute naar de stage', rules=[], about=['louis'], fmt=['plain'], note='route advice, nothing sensitive',
 text="""Beste mevrouw Dierckx,

Louis wil met de fiets naar zijn stage in Bertem. De veiligste route loopt langs de fietssnelweg F29 en
dan de Tervuursesteenweg; reken op 25 minuten. De verzekering dekt de weg van en naar de stageplaats.

Lieve De Wolf
""")

mail(grp='pers', slug='snuffelstage-fien', frm=S('ldw'), to=[par('fien')],
 subject='Snuffelstage Fien', rules=[], about=['fien'], fmt=['plain'],
 note="snuffelstage of Fien (3ZW); parents shared with her brother Lars; correctly addressed",
 text="""Beste meneer Jacobs,

Fien (3ZW) mag op woensdag 19 maart een voormiddag snuffelen in kinderopvang De Knuffel. De bus vertrekt
om 8u15 aan de school en is om 12u30 terug. Er is niets mee te brengen.

Lieve De Wolf
stagecoördinator
""")

mail(grp='pers', slug='snuffelstage-jasper-garage', frm=S('dvh'), to=[par('jasper')],
 subject='Snuffelstage Jasper', rules=[], about=['jasper'], fmt=['plain', 'plain-cp1252'], charset='windows-1252',
 note="snuffelstage of Jasper (4AU), parents shared with his sister Febe; cp1252 body",
 text="""Beste meneer Maes,

Jasper (4AU) gaat op 26 maart een dag meedraaien in Garage Vandeputte. Hij moet zijn werkkledij en
veiligheidsschoenen meebrengen – die van het atelier volstaan. Begin 8u30, einde 16u00.

Dirk Vanhove
""")

mail(grp='pers', slug='horaire-chloe-fr', frm=S('keo'), to=[lp('chloe')], lang='fr',
 subject='Changement d\'horaire', rules=[], about=['chloe'], fmt=['plain'], note='French: schedule change to the pupil herself',
 text="""Bonjour Chloé,

La crèche De Speelvogel me demande si tu peux commencer à 9h au lieu de 8h le mercredi, à cause de la
réunion d'équipe. Tu termines alors à 16h30. Bonne continuation !

M. El Ouali
""")

mail(grp='pers', slug='foto-badge-kato', frm=S('ngo'), to=[lp('kato')],
 subject='Foto voor je stagebadge', rules=[], about=['kato'], fmt=['plain'], note='badge photo request to the pupil',
 text="""Dag Kato,

Het ziekenhuis maakt een badge voor je stage. Kan je deze week een pasfoto binnenbrengen op het
leerlingensecretariaat, of er één mailen (jpg, gezicht goed zichtbaar)?

Leerlingensecretariaat
""")

mail(grp='pers', slug='evaluatiegesprek-nora', frm=S('keo'), to=[par('nora')],
 subject='Evaluatiegesprek stage Nora', rules=[], about=['nora'], fmt=['plain'], note='meeting invitation, to the father',
 text="""Beste meneer Van Aken,

Het evaluatiegesprek over de stage van Nora gaat door op woensdag 2 april om 16u20 in lokaal B2.14.
U bent welkom samen met Nora. Laat gerust weten als het uur niet past.

Karim El Ouali
""")

mail(grp='pers', slug='bedankt-mentor-mats', frm=S('dvh'), to=[C['nfl']], lang='en',
 subject='Thank you - Mats Janssens', rules=[], about=['mats'], fmt=['plain'],
 note='English: thanks the company for a good internship; no sensitive fact',
 text="""Dear Mark,

Thank you for the excellent coaching of Mats Janssens during his internship. He told me he learned a lot
about diagnostics on trucks, and your evaluation (very good on safety and initiative) was well deserved.
We would be glad to send you a student again next year.

Kind regards,
Dirk Vanhove
""")

# ------------------------------------------------------------------ 20 general letters (must pass)
def _class_parents(*classes):
    out = []
    for p in ROSTER:
        if p.klas in classes:
            for a in p.parents:
                if a not in out: out.append(a)
    return out

FINAL = ["5EIa", "5AUa", "5ZWa", "6EIa", "6AUa", "6ZWa", "7AUa", "7EIa", "7TBZ", "7KZ"]
OUDERS_FIN = ["ouders5de@spc.ksleuven.be", "ouders6de@spc.ksleuven.be", "ouders7de@spc.ksleuven.be"]

def gen(slug, subject, body, bcc, frm=None, lang='nl', note='general letter, recipients in BCC', fmt=None, **kw):
    mail(grp='gen', slug=slug, frm=frm or f"Directie Stroom campus Heverlee <{DIRECTIE}>", to=[DIRECTIE] if not kw.get('noto') else [],
         bcc=bcc, subject=subject, rules=[], lang=lang, note=note, fmt=fmt or ['plain', 'bcc-envelope'], text=body,
         **{k: v for k, v in kw.items() if k != 'noto'})

GENSIG = "\n\nMet vriendelijke groeten,\n\nMarc Verbiest\ndirecteur Stroom campus Heverlee\nWaversebaan 220, 3001 Heverlee\n"

gen('brief-stageweken-laatste-jaren', 'Stageweken maart-april 2025',
"""Beste ouders,

Van maandag 3 maart tot en met vrijdag 4 april lopen alle leerlingen van het 5de, 6de en 7de jaar stage.
Uw zoon of dochter ontvangt de stageovereenkomst via de klastitularis; die moet door de leerling, een ouder,
de school en de stagegever getekend worden vóór de start.

Tijdens de stage volgt de leerling de uren van de stageplaats. Afwezigheden meldt u zowel aan de stageplaats
als aan het leerlingensecretariaat, vóór 8u30. Een medisch attest is nodig vanaf de eerste dag.
De stagebegeleider komt minstens twee keer langs.""" + GENSIG, OUDERS_FIN)

gen('brief-verzekering-arbeidsongevallen', 'Verzekering tijdens de stage',
"""Beste ouders,

Tijdens de stage is uw kind verzekerd tegen arbeidsongevallen via de schoolverzekering, ook op de weg van en
naar de stageplaats. Gebeurt er een ongeval, verwittig dan dezelfde dag de stagebegeleider. De school doet de
aangifte; u bezorgt ons het medisch attest en de onkostennota's.
Schade aan materiaal van de stagegever valt onder de burgerlijke aansprakelijkheid van de stagegever.""" + GENSIG,
 _class_parents(*FINAL), note='general letter about the insurance, many parents in the envelope only', fmt=['plain', 'bcc-envelope'])

gen('brief-reiskosten-procedure', 'Terugbetaling reiskosten stage',
"""Beste ouders,

De school betaalt de reiskosten naar de stageplaats terug wanneer die hoger zijn dan de kost van de rit naar
school. Bezorg het formulier 'reiskosten stage' met de vervoersbewijzen tegen de laatste vrijdag van de maand
aan het leerlingensecretariaat.

Kan u de kosten niet voorschieten? Neem dan discreet contact op met de stagecoördinator. Samen zoeken we een
oplossing; niemand hoeft omwille van de kosten een stageplaats te weigeren.""" + GENSIG, OUDERS_FIN,
 note='general letter about travel costs and help, no pupil named')

gen('brief-medicatiebeleid-stage', 'Medicatie tijdens de stage',
"""Beste ouders,

Neemt uw kind medicatie die ook tijdens de stage-uren genomen moet worden? Dan vragen we u het formulier
'medicatie op school en stage' te laten invullen door de behandelende arts. De stagebegeleider bespreekt met
uw kind welke informatie de stageplaats nodig heeft; we geven nooit medische gegevens door zonder uw akkoord.""" + GENSIG,
 OUDERS_FIN, note='general medication policy, no pupil named')

gen('brief-clb-begeleiding-stage', 'Het CLB en de stage', """Beste ouders,

Ook tijdens de stage kan uw kind terecht bij het CLB, bijvoorbeeld bij vragen over studiekeuze, leren,
welbevinden of gezondheid. De CLB-medewerker van onze school is elke dinsdag en donderdag op school aanwezig.
U kan zelf een afspraak maken via het onthaal van het CLB of via de zorgcoördinator.
Leerlingen die begeleiding krijgen, houden die begeleiding tijdens de stage.""" + GENSIG, OUDERS_FIN,
 note='CLB information letter to all parents: not sensitive')

gen('brief-werkkledij-veiligheidsschoenen', 'Werkkledij en veiligheidsschoenen',
"""Beste ouders,

Voor de stages in de richtingen elektriciteit en autotechniek zijn veiligheidsschoenen S3 en een overall
verplicht; voor zorg en kinderzorg witte schoenen en een uniform (dat de stageplaats meestal voorziet).
U kan werkkledij via de school bestellen tot 14 februari. De kost verschijnt op de schoolrekening.""" + GENSIG,
 _class_parents("5EIa", "6EIa", "7EIa", "5AUa", "6AUa", "7AUa"), note='general letter, parents of six classes in BCC')

gen('brief-evaluatie-stage', 'Evaluatie van de stage',
"""Beste ouders,

De stage wordt tweemaal geëvalueerd: halverwege door de mentor (in StagePlaza) en op het einde in een gesprek
tussen mentor, stagebegeleider en leerling. De evaluatie telt mee voor de kwalificatie. U vindt de resultaten
na de stage in Smartschool. Het evaluatiegesprek met de ouders gaat door op 2 april.""" + GENSIG, OUDERS_FIN,
 charset='windows-1252', cte='quoted-printable', fmt=['plain-cp1252', 'plain-qp', 'bcc-envelope'])

gen('personeel-lessenrooster-stageweken', 'Lessenrooster tijdens de stageweken',
"""Beste collega's,

Tijdens de stageweken (3 maart - 4 april) vervallen de lessen van de 5de, 6de en 7de jaren. Wie in die
weken lesvrije uren heeft, wordt ingeschakeld voor stagebezoeken of voor vervangingen in de lagere jaren.
De aangepaste roosters staan vanaf vrijdag in Smartschool. Vragen over de stagebezoeken: Lieve De Wolf.""" + GENSIG,
 [PERSONEEL], note='general letter to all staff; personeel@ only in BCC')

gen('personeel-dienstwagens-stagebezoeken', 'Reservatie dienstwagens stagebezoeken',
"""Beste collega's,

Voor de stagebezoeken kunnen jullie de twee dienstwagens reserveren via de gedeelde agenda 'Dienstwagens'.
De sleutels liggen op het secretariaat. Gebruik je je eigen wagen, dan vul je het formulier
kilometervergoeding in (0,4269 euro/km). Tank- en parkeerbonnetjes graag bij Patrick Vervoort.""" + GENSIG,
 [PERSONEEL], frm=S('ldw'), note='general letter to staff in BCC')

gen('personeel-privacy-herinnering', 'Herinnering: gevoelige info niet via mail',
"""Beste collega's,

Tijdens de stageperiode krijgen we veel informatie over leerlingen van stageplaatsen. Een korte herinnering
uit het communicatiebeleid: gevoelige informatie (gezinssituatie, psychosociaal, medisch, zorg, financieel)
delen we niet via e-mail maar via het leerlingvolgsysteem. Stuur nooit een wachtwoord via mail, en zet
groepen ontvangers altijd in BCC. Vermoedt u een datalek? Meld het aan privacy@lksd.ksleuven.be.""" + GENSIG,
 [PERSONEEL], note='privacy reminder to all staff, no pupil')

gen('brief-vaccinatie-zorgstages', 'Vaccinatie hepatitis B - zorgrichtingen',
"""Beste ouders,

Leerlingen die stage lopen in een zorgvoorziening moeten gevaccineerd zijn tegen hepatitis B. De externe
preventiedienst biedt de vaccinatie gratis aan op school op 21 januari en 18 februari. Bezorg het ingevulde
toestemmingsformulier aan de klastitularis. Is uw kind al gevaccineerd, voeg dan een kopie van de vaccinatiekaart toe.""" + GENSIG,
 _class_parents("5ZWa", "6ZWa", "7TBZ", "7KZ"), note='general vaccination letter to care classes, BCC')

gen('brief-gezondheidstoezicht', 'Gezondheidstoezicht stagiairs',
"""Beste ouders,

Voor sommige stageplaatsen is een voorafgaand gezondheidstoezicht verplicht. Uw kind krijgt in dat geval een
uitnodiging van de externe preventiedienst voor een kort onderzoek op school. De resultaten blijven bij de
arbeidsarts; de school krijgt enkel het formulier 'geschikt' of 'niet geschikt'.""" + GENSIG, OUDERS_FIN)

gen('brief-grensoverschrijdend-gedrag-werkvloer', 'Grensoverschrijdend gedrag op de stageplaats',
"""Beste ouders,

Elke leerling moet zich veilig voelen op de stageplaats. Wordt uw kind gepest, uitgescholden of voelt het zich
op een andere manier niet goed behandeld, laat het dan meteen de stagebegeleider of de zorgcoördinator weten.
We nemen elke melding ernstig en kunnen een stage tijdelijk opschorten. Ons beleid rond pesten vindt u in het
schoolreglement.""" + GENSIG, OUDERS_FIN, note='general bullying policy letter: not sensitive')

gen('brief-infoavond-stage', 'Uitnodiging infoavond stage',
"""Beste ouders,

Graag nodigen we u uit op de infoavond over de stages op donderdag 6 februari om 19u30 in de refter.
We stellen de stageplaatsen voor, leggen StagePlaza uit en beantwoorden uw vragen. Inschrijven is niet nodig.""" + GENSIG,
 OUDERS_FIN, html=html_doc(p_html("""Beste ouders,

Graag nodigen we u uit op de infoavond over de stages op donderdag 6 februari om 19u30 in de refter.
We stellen de stageplaatsen voor, leggen StagePlaza uit en beantwoorden uw vragen. Inschrijven is niet nodig.

Met vriendelijke groeten,
Marc Verbiest
directeur Stroom campus Heverlee""")), fmt=['alt', 'bcc-envelope'])

gen('lettre-semaines-de-stage-fr', 'Stages de mars - information aux parents',
"""Chers parents,

Du 3 mars au 4 avril, tous les élèves de 5e, 6e et 7e année effectuent leur stage. La convention de stage
doit être signée par l'élève, un parent, l'école et le lieu de stage avant le début du stage.
En cas d'absence, prévenez le lieu de stage et le secrétariat des élèves avant 8h30.

Bien à vous,

Marc Verbiest
directeur Stroom campus Heverlee
""", OUDERS_FIN, lang='fr', note='French general letter to all final-year parents in BCC')

gen('letter-internship-weeks-en', 'Internship weeks - information for parents',
"""Dear parents,

From 3 March to 4 April all students of years 5, 6 and 7 do their work placement. The placement agreement must
be signed before the start by the student, a parent, the school and the host company. If your child is absent,
please inform both the company and the student office before 8.30 a.m.

Kind regards,

Marc Verbiest
Head of Stroom campus Heverlee
""", OUDERS_FIN, lang='en', note='English general letter to all final-year parents in BCC')

gen('personeel-uitnodiging-mentorendag', 'Mentorendag 13 februari',
"""Beste collega's,

Op donderdag 13 februari verwelkomen we de mentoren van onze stageplaatsen voor een ontbijt en een rondleiding.
Stagebegeleiders worden om 8u verwacht in de refter. Andere collega's zijn welkom om 10u voor de receptie.""" + GENSIG,
 [PERSONEEL], note='staff invitation in BCC')

gen('brief-stageplaza-ouders', 'StagePlaza: volg de stage van uw kind',
"""Beste ouders,

Via StagePlaza kan u de aanwezigheden en de tussentijdse evaluatie van uw kind bekijken. U meldt aan met uw
Smartschool-co-account; er is geen apart wachtwoord nodig. Wachtwoord vergeten? Gebruik de knop
'wachtwoord vergeten' in Smartschool. De school zal u nooit naar uw wachtwoord vragen.""" + GENSIG, OUDERS_FIN,
 note='about passwords without any secret; BCC', cte='base64', fmt=['plain-base64', 'bcc-envelope'])

gen('personeel-deliberatie-stage', 'Planning deliberaties stage',
"""Beste collega's,

De stagedeliberaties gaan door op 7 april (5de jaren), 8 april (6de jaren) en 9 april (7de jaren), telkens om 15u45
in de vergaderzaal. Zorg dat alle evaluaties uiterlijk op 4 april in StagePlaza staan.""" + GENSIG, [PERSONEEL, "klassenraad@spc.ksleuven.be"],
 note='staff letter, staff lists only in BCC')

gen('brief-herinnering-schoolrekening', 'Herinnering schoolrekening',
"""Beste ouders,

De schoolrekening van het tweede trimester, met de kosten voor werkkledij en stage, werd eind januari verstuurd.
Wie ze nog niet betaalde, vragen we dat te doen vóór 28 februari. Moeilijkheden met betalen? Neem discreet
contact op met de boekhouding; een afbetaling is altijd mogelijk.""" + GENSIG, _class_parents(*FINAL),
 frm=S('pvv'), note='payment reminder sent to everybody, no one named: not sensitive')
