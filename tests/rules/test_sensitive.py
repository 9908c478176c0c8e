"""The ``sensitive`` rule: sensitive data about an *identifiable pupil* (gezinssituatie,
psycho-sociaal, medisch, zorg, financieel) is found in realistic Flemish school mails, and
ordinary school mail is left alone: homonyms ("de scheiding der machten"), everyday phrases,
lesson content, announcements that name no pupil, staff signatures and news-like sentences.

Every table row is a complete MIME message parsed by :func:`discretie.message.parse`.
"""

from __future__ import annotations

import glob
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import pytest

from discretie.message import parse
from discretie.model import Envelope, Finding, Message, Severity, TextPart
from discretie.policy import Policy, PolicyError, parse_policy
from discretie.rules import sensitive
from discretie.rules.sensitive import CATEGORIES, check, initials
from tests.helpers import corpus

POLICY = Policy()
SCHOOL = "sintpieterscollege.be"
SENDER = f"An Devos <an.devos@{SCHOOL}>"
COLLEAGUE = f"Katrien Janssens <katrien.janssens@{SCHOOL}>"
PARENT = "Marleen Hendrickx <marleen.hendrickx@telenet.be>"
PUPIL = f"Febe Peeters <febe.peeters@leerling.{SCHOOL}>"


def mail(
    body: str,
    subject: str = "Bericht",
    to: str = COLLEAGUE,
    html: bool = False,
    b64: bool = False,
    quoted: str = "",
) -> Message:
    """A realistic outbound mail: plain or HTML-only, optionally base64, optionally a reply
    that quotes an earlier message with ``>`` markers."""
    if quoted:
        quote = "\n".join(f"> {line}" if line else ">" for line in quoted.splitlines())
        body = f"{body}\n\nOp ma 12 okt. 2026 om 20:15 schreef {PARENT}:\n{quote}\n"
    msg = EmailMessage(policy=SMTP)
    msg["From"] = SENDER
    msg["To"] = to
    msg["Subject"] = subject
    if html:
        paragraphs = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.split("\n\n"))
        content = f"<html><body>{paragraphs}</body></html>"
        msg.set_content(content, subtype="html", cte="base64" if b64 else "quoted-printable")
    else:
        msg.set_content(body, cte="base64" if b64 else "quoted-printable")
    return parse(bytes(msg), "an.devos@" + SCHOOL, [])


def categories(findings: list[Finding]) -> set[str]:
    return {f.category for f in findings}


# --------------------------------------------------------------------------- positives
# (id, category, kwargs for mail())

POSITIVES: list[tuple[str, str, dict[str, object]]] = [
    # family
    ("fam-vechtscheiding", "family", {"body": (
        "Beste collega's,\n\nDe ouders van Jonas (4A) zijn verwikkeld in een vechtscheiding. "
        "Vader mag Jonas deze maand niet ophalen aan de school.\n\nAn")}),
    ("fam-pleeggezin", "family", {"body": (
        "Dag meester Tom,\n\nLotte uit 2C woont sinds deze week in een pleeggezin. Haar pleegmoeder "
        "komt haar voortaan halen na de studie.\n\nGroetjes,\nAn")}),
    ("fam-co-ouderschap-subject", "family", {"subject": "Mila Claes 3B", "body": (
        "Dag collega's,\n\nVanaf maandag is er co-ouderschap: week om week bij mama en bij papa. "
        "Willen jullie beide adressen gebruiken voor de rapporten?\n\nAn")}),
    ("fam-bezoekregeling-ouder", "family", {"to": PARENT, "body": (
        "Beste mevrouw Hendrickx,\n\nZoals besproken noteren we dat uw zoon volgens de bezoekregeling "
        "op woensdag door zijn vader wordt opgehaald.\n\nMet vriendelijke groeten,\nAn Devos")}),
    ("fam-jeugdrechter", "family", {"body": (
        "Hoi Els,\n\nDe jeugdrechter heeft beslist dat Kato Willems (1B) voorlopig bij haar grootouders "
        "verblijft. Graag discreet behandelen.\n\nAn")}),
    ("fam-english-divorce", "family", {"body": (
        "Dear colleagues,\n\nLiam Smith (5A): his parents are going through a divorce and his father has "
        "custody during the week. Please send letters to both addresses.\n\nAn")}),
    ("fam-quoted-parent", "family", {"to": PARENT, "body": "Dank u voor uw bericht, we volgen het op.",
        "quoted": "Beste juf,\n\nOnze dochter is erg onrustig sinds de echtscheiding. Haar papa is uit huis.\n\n"
                  "Marleen"}),
    ("fam-overleden-vader", "family", {"body": (
        "Dag Sarah,\n\nIk wil je laten weten dat de vader van Noah (3A) vorige week overleden is. "
        "Noah blijft deze week thuis.\n\nAn")}),
    ("fam-asiel", "family", {"body": (
        "Beste collega's,\n\nVoor Amira Benali (6B) loopt een asielaanvraag; het gezin verblijft in het "
        "opvangcentrum van Fedasil in Kapellen.\n\nAn")}),
    ("fam-huiselijk-geweld-html", "family", {"html": True, "b64": True, "body": (
        "Beste Katrien,\n\nEr is een melding van huiselijk geweld in het gezin van Finn Janssens (2A). "
        "Het vertrouwenscentrum is op de hoogte.\n\nAn")}),
    ("fam-echtscheiding-ouder", "family", {"to": PARENT, "body": (
        "Beste mevrouw Hendrickx,\n\nSinds de echtscheiding woont uw dochter bij u. Mogen we de rapporten "
        "voortaan naar beide adressen sturen?\n\nMet vriendelijke groeten,\nAn Devos")}),
    ("fam-verloor-moeder", "family", {"body": (
        "Dag allemaal,\n\nSeppe De Smet (2A) verloor vorige maand zijn moeder. Hou er rekening mee bij "
        "de opdrachten rond Moederdag.\n\nAn")}),
    # psychosocial
    ("psy-suicidaal", "psychosocial", {"body": (
        "Beste collega's,\n\nRuben Claes (3B) vertelde me vandaag dat hij suïcidale gedachten heeft. "
        "Ik heb de zorgcoördinator verwittigd.\n\nAn")}),
    ("psy-somber-ouder", "psychosocial", {"to": PARENT, "body": (
        "Beste ouders,\n\nWe merken dat uw dochter de laatste weken erg somber is en zich afzondert "
        "tijdens de middagpauze.\n\nMet vriendelijke groeten,\nAn Devos")}),
    ("psy-gepest", "psychosocial", {"body": (
        "Dag Katrien,\n\nElias uit 5 ECMT wordt al maanden gepest via Instagram. Hij zegt dat hij niet meer "
        "naar school wil komen.\n\nAn")}),
    ("psy-english-self-harm", "psychosocial", {"body": (
        "Hi Sarah,\n\nNoor Jacobs (4B) told me she has been self-harming again. Could you see her today?\n\n"
        "Thanks,\nAn")}),
    ("psy-tucht-cannabis", "psychosocial", {"to": PARENT, "body": (
        "Beste mevrouw Hendrickx,\n\nJullie zoon werd gisteren betrapt op cannabisgebruik op de speelplaats. "
        "We starten een tuchtprocedure.\n\nMet vriendelijke groeten,\nAn Devos")}),
    ("psy-quoted-kinderpsychiater", "psychosocial", {"to": PARENT,
        "body": "Beste mevrouw,\n\nDank voor uw vertrouwen, ik breng zijn titularis op de hoogte.",
        "quoted": "Beste mevrouw Devos,\n\nOnze zoon is sinds de kerstvakantie in behandeling bij een "
                  "kinderpsychiater.\n\nMarleen"}),
    ("psy-paniekaanval-subject", "psychosocial", {"subject": "Yasmine (2A)", "body": (
        "Dag collega's,\n\nYasmine heeft vandaag een paniekaanval gehad tijdens de pauze. Ze werd "
        "opgevangen door de leerlingbegeleiding.\n\nAn")}),
    ("psy-eetstoornis-html", "psychosocial", {"html": True, "body": (
        "Dag Katrien,\n\nDe leerling heeft een eetstoornis en wordt sinds kort opgevolgd door een "
        "psycholoog.\n\nAn")}),
    ("psy-depressie", "psychosocial", {"body": (
        "Dag Jan,\n\nWil je extra letten op Arne Peeters (6A)? Hij zit in een zware depressie en is net "
        "gestart met therapie.\n\nAn")}),
    ("psy-ouders-van", "psychosocial", {"to": PARENT, "body": (
        "Beste ouders van Febe,\n\nZoals besproken: Febe vertelde ons dat ze in de klas uitgesloten en "
        "gepest wordt. We plannen een gesprek.\n\nAn Devos")}),
    ("psy-pupil-recipient", "psychosocial", {"to": PUPIL, "body": (
        "Dag Febe,\n\nIk hoorde van je mentor dat je aan zelfverwonding doet. Wil je morgen eens "
        "langskomen?\n\nMevrouw Devos")}),
    # medical
    ("med-epilepsie-ouder", "medical", {"to": PARENT, "body": (
        "Beste mevrouw Hendrickx,\n\nUw zoon heeft vandaag op school een epileptische aanval gehad; de "
        "ambulance is ter plaatse geweest.\n\nMet vriendelijke groeten,\nAn Devos")}),
    ("med-diabetes-uitstap", "medical", {"body": (
        "Dag collega's,\n\nVoor de uitstap: Tuur Maes (2B) heeft diabetes type 1 en draagt een "
        "insulinepomp. Hij moet om 12 uur zijn bloedsuiker meten.\n\nAn")}),
    ("med-rilatine", "medical", {"body": (
        "Beste leerkrachten van 4C,\n\nSien Wouters (4C) neemt sinds maandag Rilatine. Laat weten als "
        "jullie een verandering merken.\n\nAn")}),
    ("med-english-allergy", "medical", {"body": (
        "Hi all,\n\nPlease note that Emily Brown in 3A has a severe nut allergy and carries an EpiPen.\n\n"
        "Best regards,\nAn")}),
    ("med-astma-ouders-van", "medical", {"to": PARENT, "body": (
        "Beste ouders van Lucas,\n\nLucas kreeg vandaag op school een astma-aanval; zijn puffer zat niet in "
        "zijn boekentas.\n\nAn Devos")}),
    ("med-quoted-adhd", "medical", {"to": PARENT,
        "body": "Dank voor het bericht, ik breng de klassenraad op de hoogte.",
        "quoted": "Beste mevrouw,\n\nBij onze dochter werd vorige week ADHD vastgesteld. Ze start "
                  "binnenkort met medicatie.\n\nMarleen"}),
    ("med-verzekering-rrn", "medical", {"to": "schade@ethias.be", "body": (
        "Geachte,\n\nHierbij de aangifte van een schoolongeval.\nLeerling: Ward Smets, rijksregisternummer "
        "11.04.27-123.34.\nLetsel: hersenschudding na een val op de speelplaats.\n\nMet vriendelijke groeten,\n"
        "Sofie Mertens\nleerlingensecretariaat")}),
    ("med-medicatie-subject", "medical", {"subject": "Elise (1A) - medicatie", "body": (
        "Dag collega's,\n\nElise moet om 12u30 haar medicatie nemen. Ze heeft de pillen bij in haar "
        "boekentas.\n\nAn")}),
    ("med-geopereerd", "medical", {"body": (
        "Dag Bart,\n\nKobe Hermans uit 6B is pas geopereerd aan zijn hart en mag zes weken geen LO "
        "volgen.\n\nAn")}),
    ("med-zwanger", "medical", {"body": (
        "Beste collega's,\n\nLina (5 LAWI) is zwanger. Ze vroeg om dit discreet te behandelen.\n\nAn")}),
    ("med-spoed-html", "medical", {"to": PARENT, "html": True, "body": (
        "Beste mevrouw,\n\nUw dochter werd vandaag naar de spoedgevallen gebracht na een val op de "
        "speelplaats; vermoedelijk een hersenschudding.\n\nAn Devos")}),
    # care
    ("care-verslag-gon", "care", {"body": (
        "Beste collega's,\n\nVoor Jasper Goossens (1B) werd een verslag type 9 opgemaakt; de "
        "GON-begeleiding start na de herfstvakantie.\n\nAn")}),
    ("care-zorgplan", "care", {"body": (
        "Dag Leen,\n\nVoor Lotte uit 3C staan in het zorgplan deze redelijke aanpassingen: extra tijd en "
        "voorleessoftware bij toetsen.\n\nAn")}),
    ("care-clb-dyslexie-ouder", "care", {"to": PARENT, "body": (
        "Beste ouders,\n\nHet CLB heeft het onderzoek naar dyslexie bij uw zoon afgerond. We bespreken de "
        "STICORDI-maatregelen op het zorgoverleg.\n\nMet vriendelijke groeten,\nAn Devos")}),
    ("care-iac-subject", "care", {"subject": "Betreft: Milan (2A) - IAC", "body": (
        "Dag collega's,\n\nMilan volgt vanaf januari een individueel aangepast curriculum voor wiskunde.\n\n"
        "An")}),
    ("care-english-iep", "care", {"body": (
        "Hi Tom,\n\nAva Peeters (4B) has an IEP: she needs extra time and a separate room for tests.\n\n"
        "Thanks,\nAn")}),
    ("care-quoted-dyscalculie", "care", {"to": PARENT,
        "body": "Ja hoor, we nemen dit op in zijn handelingsplan.",
        "quoted": "Beste mevrouw,\n\nOnze zoon heeft een attest van het CLB voor dyscalculie. Mag hij een "
                  "rekenmachine gebruiken?\n\nMarleen"}),
    ("care-ondersteuner", "care", {"body": (
        "Dag collega's,\n\nDe ondersteuner van het ondersteuningsnetwerk komt voortaan op donderdag voor "
        "Zoë Claes (5A).\n\nAn")}),
    ("care-verhoogde-zorg-ouder", "care", {"to": PARENT, "body": (
        "Beste mevrouw Aerts,\n\nUw dochter komt in aanmerking voor verhoogde zorg: ze krijgt twee uur per "
        "week extra begeleiding en logopedie.\n\nMet vriendelijke groeten,\nAn Devos")}),
    ("care-rrn-clb", "care", {"to": "onthaal@vclbleuven.be", "body": (
        "Geachte,\n\nAanmelding: Lars Willems, rijksregisternummer 10.03.14-153.75, vraag naar een "
        "intelligentieonderzoek.\n\nMet vriendelijke groeten,\nAn Devos")}),
    ("care-zorgdossier-html", "care", {"html": True, "b64": True, "body": (
        "Dag Hilde,\n\nKan je in het zorgdossier van Seppe (6C) noteren dat zijn leerstoornis "
        "bevestigd is?\n\nAn")}),
    # financial
    ("fin-onbetaald-ouder", "financial", {"to": PARENT, "body": (
        "Beste meneer Janssens,\n\nVolgens onze boekhouding staan er voor uw zoon nog drie onbetaalde "
        "facturen open (samen € 312).\n\nMet vriendelijke groeten,\nboekhouding")}),
    ("fin-ocmw", "financial", {"body": (
        "Dag collega's,\n\nHet OCMW betaalt de schoolrekening van Yara Haddad (4A). Stuur de facturen "
        "rechtstreeks naar het OCMW.\n\nAn")}),
    ("fin-afbetalingsplan", "financial", {"to": PARENT, "body": (
        "Beste ouders van Wout,\n\nWe gaan akkoord met een afbetalingsplan van € 40 per maand voor de "
        "skireis.\n\nAn Devos")}),
    ("fin-budgetbeheer", "financial", {"body": (
        "Dag Griet,\n\nHet gezin van Imane (2C) staat onder budgetbeheer; de bewindvoerder betaalt de "
        "schoolrekening.\n\nAn")}),
    ("fin-english", "financial", {"body": (
        "Hi Mark,\n\nEthan Clarke (5B): his family is in financial difficulties, so the school will cover "
        "the trip.\n\nAn")}),
    ("fin-quoted-schulden", "financial", {"to": PARENT, "body": "Geen probleem, we zoeken een oplossing.",
        "quoted": "Beste,\n\nOnze zoon Tibo kan niet mee op uitstap: we hebben schulden en kunnen het nu "
                  "niet betalen.\n\nMarleen"}),
    ("fin-schooltoelage-subject", "financial", {"subject": "Mila (3B)", "body": (
        "Dag collega's,\n\nDe ouders van Mila vroegen een schooltoelage aan; tot die er is, betaalt het "
        "sociaal fonds de uitstap.\n\nAn")}),
    ("fin-sociaal-tarief", "financial", {"to": PARENT, "body": (
        "Beste mevrouw,\n\nIk bevestig dat uw dochter in aanmerking komt voor het sociaal tarief. De "
        "aanmaning van vorige week mag u negeren.\n\nAn Devos")}),
    ("fin-deurwaarder-html", "financial", {"html": True, "body": (
        "Dag Koen,\n\nDe deurwaarder nam contact op over de openstaande rekening van de ouders van "
        "Jens (6A).\n\nAn")}),
    ("fin-werkloos", "financial", {"body": (
        "Dag Koen,\n\nDe ouders van Sofia Rossi (1A) zijn werkloos en hebben financiële problemen. Kan de "
        "skireis gespreid betaald worden?\n\nAn")}),
    # more phrasings (word order, possessives, English, insurance forms)
    ("fam-mama-ernstig-ziek", "medical", {"body": (
        "Beste collega's,\n\nVandaag vernam ik dat de mama van Jules (1A) ernstig ziek is (kanker). Jules is "
        "daardoor erg stil in de klas.\n\nAn")}),
    ("fam-possessive-scheiden", "family", {"body": (
        "Dag collega's,\n\nEmma's ouders gaan scheiden; ze woont voorlopig bij haar oma.\n\nAn")}),
    ("fam-pleegouders-van", "family", {"body": (
        "Dag Els,\n\nDe pleegouders van Jana vroegen of zij de rapporten ook kunnen krijgen.\n\nAn")}),
    ("fam-haar-vader-slaat", "family", {"body": (
        "Dag Katrien,\n\nEmma uit 4C vertelde me vandaag dat haar vader haar slaat. Wat moeten we doen?\n\n"
        "Lies")}),
    ("psy-gepest-klasgenoten", "psychosocial", {"to": PARENT, "body": (
        "Beste ouders,\n\nUw zoon werd vandaag op school gepest door klasgenoten; we hebben de betrokken "
        "leerlingen aangesproken.\n\nAn Devos")}),
    ("psy-zelfmoordpoging", "psychosocial", {"body": (
        "Dag allemaal,\n\nJonas (5B) heeft gisteren een zelfmoordpoging ondernomen. Hij ligt in het "
        "ziekenhuis.\n\nAn")}),
    ("psy-english-bullied", "psychosocial", {"to": PARENT, "body": (
        "Dear Mrs Smith,\n\nYour son has been very withdrawn lately and told his teacher he is being "
        "bullied.\n\nKind regards,\nAn")}),
    ("med-sam-astma", "medical", {"body": (
        "Hoi Bart,\n\nKan je aan Sam van 3C zijn puffer geven? Hij heeft astma en vergat hem vanmorgen.\n\nAn")}),
    ("med-stottert", "medical", {"body": (
        "Dag collega's,\n\nWil je Amir (4C) niet aanduiden om voor te lezen? Hij stottert erg.\n\nAn")}),
    ("med-geboortedatum-diabetes", "medical", {"to": "kamp@jeugddienst.be", "body": (
        "Geachte,\n\nHierbij de gegevens van onze leerling: Sara Janssens, geboren op 14/03/2010, diagnose "
        "diabetes type 1.\n\nMet vriendelijke groeten,\nAn")}),
    ("care-dispensatie", "care", {"body": (
        "Dag collega,\n\nBetreft Ilias Amrani (6 ECMT): hij heeft een verslag en recht op dispensatie voor "
        "Frans.\n\nAn")}),
    ("fin-leefloon", "financial", {"body": (
        "Dag Koen,\n\nHet gezin van Lena (2A) leeft van een leefloon. Kan de school de skireis betalen?\n\nAn")}),
    ("fin-solidariteitsfonds", "financial", {"body": (
        "Beste directeur,\n\nDe mama van Stan (5B) liet weten dat het gezin het financieel heel moeilijk "
        "heeft. Kan het solidariteitsfonds de uitstap betalen?\n\nAn")}),
]


# --------------------------------------------------------------------------- hard negatives
# (id, category it must not fire for (or "any"), kwargs)

NEGATIVES: list[tuple[str, str, dict[str, object]]] = [
    # family look-alikes
    ("neg-scheiding-der-machten", "family", {"to": f"leerlingen-5b@{SCHOOL}", "body": (
        "Beste leerlingen van 5B,\n\nVoor de toets geschiedenis leren jullie hoofdstuk 3: de scheiding der "
        "machten volgens Montesquieu.\n\nMevrouw Devos")}),
    ("neg-afval-gescheiden", "family", {"to": f"ouders@{SCHOOL}", "body": (
        "Beste ouders,\n\nVanaf maandag sorteren we op school het afval gescheiden: pmd, papier en "
        "restafval. Uw zoon of dochter krijgt een brief mee.\n\nDe directie")}),
    ("neg-infoavond-co-ouderschap", "family", {"to": f"ouders@{SCHOOL}", "body": (
        "Beste ouders,\n\nHet CLB organiseert een infoavond over co-ouderschap en nieuw samengestelde "
        "gezinnen, open voor alle ouders.\n\nDe directie")}),
    ("neg-signature-pleegzorg", "family", {"body": (
        "Dag Tom,\n\nBedankt voor de snelle hulp bij de kopies voor 3B.\n\nMet vriendelijke groeten,\n"
        "Lies Janssens\nvertrouwenspersoon | Pleegzorg Vlaanderen | tel 016 12 34 56")}),
    ("neg-collega-vader-overleden", "family", {"to": f"personeel@{SCHOOL}", "body": (
        "Beste collega's,\n\nTer info: de vader van onze collega Jan is overleden. De uitvaart is zaterdag "
        "om 10 uur in Kessel-Lo.\n\nTom")}),
    ("neg-les-echtscheiding", "family", {"to": f"klas-4a@{SCHOOL}", "body": (
        "Beste leerlingen,\n\nVoor het vak mens en maatschappij bespreken we in 4A de gevolgen van "
        "echtscheiding voor kinderen (hoofdstuk 5).\n\nMevrouw Devos")}),
    ("neg-gescheiden-ouders-welkom", "family", {"to": f"ouders@{SCHOOL}", "body": (
        "Uitnodiging: de ouderraad zoekt nieuwe leden. Alle ouders, ook gescheiden ouders, zijn welkom "
        "op 5 oktober.\n\nDe ouderraad")}),
    ("neg-vk-uitwisseling", "family", {"to": PARENT, "body": (
        "Beste mevrouw,\n\nUw zoon gaat met de klas op uitwisseling naar het VK en bezoekt Londen en "
        "Oxford.\n\nAn Devos")}),
    ("neg-jeugdrechtbank-project", "family", {"to": f"ouders@{SCHOOL}", "body": (
        "Beste ouders,\n\nIn het kader van het project rechtspraak bezoeken de zesdejaars de "
        "jeugdrechtbank van Leuven.\n\nDe directie")}),
    ("neg-eigen-moeder-overleden", "family", {"to": f"personeel@{SCHOOL}", "body": (
        "Beste collega's,\n\nMijn moeder is overleden; ik ben de rest van de week afwezig. De vervangingen "
        "staan in de planning.\n\nAn")}),
    ("neg-uit-elkaar-halen", "family", {"to": f"klas-3b@{SCHOOL}", "body": (
        "Dag 3B,\n\nMorgen gaan we in het labo een oude pc uit elkaar halen. Breng een schroevendraaier "
        "mee.\n\nMeneer Claes")}),
    # psychosocial look-alikes
    ("neg-infoavond-faalangst", "psychosocial", {"to": f"ouders@{SCHOOL}", "body": (
        "Beste ouders,\n\nOp 12 maart organiseert het CLB een infoavond over faalangst en examenstress. "
        "Inschrijven via Smartschool.\n\nDe directie")}),
    ("neg-week-tegen-pesten", "psychosocial", {"to": f"leerlingen@{SCHOOL}", "body": (
        "Beste leerlingen,\n\nDeze week is het de week tegen pesten. Alle klassen maken een affiche tegen "
        "pesten en cyberpesten.\n\nDe leerlingenraad")}),
    ("neg-les-psychologie", "psychosocial", {"to": f"klas-5hw@{SCHOOL}", "body": (
        "Beste leerlingen van 5 HW,\n\nVoor het vak psychologie lezen jullie tegen donderdag het hoofdstuk "
        "over depressie en angststoornissen.\n\nMevrouw Devos")}),
    ("neg-signature-welzijn", "psychosocial", {"body": (
        "Dag Tom,\n\nDe sleutel van lokaal B.12 ligt op het secretariaat.\n\nGroeten,\nLies Vermeulen\n"
        "vertrouwensleerkracht - aanspreekpunt welzijn en pesten\n016 12 34 56")}),
    ("neg-tejo-info", "psychosocial", {"to": f"leerlingen@{SCHOOL}", "body": (
        "Beste leerlingen,\n\nHet Tejo-huis in Leuven biedt gratis en anoniem therapie voor jongeren. "
        "Meer info op www.tejo.be.\n\nDe leerlingbegeleiding")}),
    ("neg-nieuwsbrief-proficiat", "psychosocial", {"to": f"ouders@{SCHOOL}", "body": (
        "Beste ouders,\n\nProficiat aan Lotte (3B), winnares van de voorleeswedstrijd!\n\nVolgende week "
        "start de campagne 'Fit in je hoofd' over mentale gezondheid, voor alle leerlingen.\n\nDe directie")}),
    ("neg-burnout-collega", "psychosocial", {"to": f"personeel@{SCHOOL}", "body": (
        "Beste collega's,\n\nIk ben een tijd afwezig wegens een burn-out; mijn lessen in 4A worden "
        "vervangen door Jan.\n\nAn")}),
    ("neg-bib-boek", "psychosocial", {"to": f"personeel@{SCHOOL}", "body": (
        "Beste collega's,\n\nIn de bib ligt het nieuwe jeugdboek van Bart Moeyaert over een jongen met een "
        "depressie. Een aanrader voor de derde graad!\n\nAn")}),
    ("neg-spijbelbeleid", "psychosocial", {"to": f"ouders@{SCHOOL}", "body": (
        "Beste ouders,\n\nBij problematische afwezigheden contacteert de school altijd het CLB. Zie "
        "schoolreglement artikel 12.\n\nDe directie")}),
    ("neg-english-mental-health", "psychosocial", {"to": f"ouders@{SCHOOL}", "body": (
        "Dear parents,\n\nMental health matters: our school counsellor is available every Tuesday for all "
        "students.\n\nKind regards,\nThe school team")}),
    # medical look-alikes
    ("neg-biologie-diabetes", "medical", {"to": f"klas-6wewi@{SCHOOL}", "body": (
        "Beste leerlingen van 6 WEWI,\n\nVoor de toets biologie: leer hoofdstuk 4 over diabetes type 1 en 2, "
        "insuline en glucagon.\n\nMevrouw Hermans")}),
    ("neg-medisch-centrum", "medical", {"to": f"ouders@{SCHOOL}", "body": (
        "Beste ouders,\n\nDe infoavond gaat door in het medisch centrum aan de Kapucijnenvoer.\n\n"
        "De directie")}),
    ("neg-medicatiebeleid", "medical", {"to": f"personeel@{SCHOOL}", "body": (
        "Beste collega's,\n\nLeerkrachten dienen geen medicatie toe zonder doktersattest. Bij allergieën of "
        "epilepsie volgen we het noodplan in de EHBO-map.\n\nTom")}),
    ("neg-kom-op-tegen-kanker", "medical", {"to": f"ouders@{SCHOOL}", "body": (
        "Beste ouders,\n\nDe leerlingen van 5B liepen 10 km voor Kom op tegen Kanker en haalden € 2.500 "
        "op!\n\nDe directie")}),
    ("neg-leerkracht-ziek", "medical", {"to": f"personeel@{SCHOOL}", "body": (
        "Beste collega's,\n\nIk ben deze week ziek thuis; de taken voor 3A staan op Smartschool.\n\nAn")}),
    ("neg-signature-ehbo", "medical", {"to": PARENT, "body": (
        "Beste mevrouw,\n\nDe turnzak van uw zoon ligt op het secretariaat.\n\nMet vriendelijke groeten,\n"
        "An Maes\nEHBO-verantwoordelijke | medische fiches | tel 016 12 34 56")}),
    ("neg-medische-fiche", "medical", {"to": f"ouders@{SCHOOL}", "body": (
        "Beste ouders,\n\nVergeet de medische fiche voor de skireis niet in te vullen, ook als uw kind geen "
        "medicatie neemt.\n\nDe directie")}),
    ("neg-operatie-proper", "medical", {"to": f"leerlingen@{SCHOOL}", "body": (
        "Beste leerlingen,\n\nDe operatie 'Proper Speelplaats' start maandag in alle klassen.\n\n"
        "De leerlingenraad")}),
    ("neg-sportdag-attest", "medical", {"to": f"ouders@{SCHOOL}", "body": (
        "Beste ouders,\n\nWie om medische redenen niet kan meedoen aan de sportdag van 3A en 3B, brengt een "
        "attest van de huisarts mee.\n\nDe directie")}),
    ("neg-english-nurse", "medical", {"to": f"ouders@{SCHOOL}", "body": (
        "Dear parents,\n\nThe school nurse is available for all students with medical questions or "
        "allergies.\n\nKind regards,\nThe school team")}),
    ("neg-naam-zonder-term", "any", {"to": PARENT, "body": (
        "Beste mevrouw,\n\nLeerling Tom Peeters (3B) heeft zijn boeken in de klas laten liggen; kan hij ze "
        "morgen komen halen?\n\nAn Devos")}),
    ("neg-diabetesdag-quoted", "medical", {"to": f"personeel@{SCHOOL}", "body": "Doen we mee?",
        "quoted": "Doe mee aan Wereld Diabetes Dag op 14 november: iedereen draagt blauw!"}),
    # care look-alikes
    ("neg-clb-bereikbaar", "care", {"to": f"ouders@{SCHOOL}", "body": (
        "Beste ouders,\n\nHet CLB is bereikbaar op 016 12 34 56, ook tijdens de vakantie.\n\nDe directie")}),
    ("neg-zorgcoordinator-afwezig", "care", {"to": f"personeel@{SCHOOL}", "body": (
        "Beste collega's,\n\nDe zorgcoördinator is vandaag afwezig; dringende vragen via het secretariaat.\n\n"
        "Tom")}),
    ("neg-signature-zorgcoordinator", "care", {"to": PARENT, "body": (
        "Beste mevrouw,\n\nDe uitstap van 3B naar Brussel vertrekt om 8 uur aan de kerk. Uw zoon brengt "
        "een lunchpakket mee.\n\nMet vriendelijke groeten,\nAn Devos\nzorgcoördinator 2de graad | "
        "CLB-contactpersoon | tel 016 12 34 56")}),
    ("neg-zorgbeleid-algemeen", "care", {"to": f"ouders@{SCHOOL}", "body": (
        "Beste ouders,\n\nLeerlingen met een verslag hebben recht op redelijke aanpassingen (zie zorgbeleid "
        "op de website).\n\nDe directie")}),
    ("neg-infoavond-m-decreet", "care", {"to": f"ouders@{SCHOOL}", "body": (
        "Beste ouders,\n\nInfoavond over het nieuwe ondersteuningsmodel en het CLB voor alle ouders van de "
        "eerste graad.\n\nDe directie")}),
    ("neg-klassenraad-planning", "care", {"to": f"personeel@{SCHOOL}", "body": (
        "Beste collega's,\n\nDe begeleidende klassenraad van 3B gaat door op dinsdag om 16 uur in lokaal "
        "A.12.\n\nTom")}),
    ("neg-huiswerkbegeleiding", "care", {"to": f"ouders@{SCHOOL}", "body": (
        "Beste ouders,\n\nUw zoon of dochter kan vanaf nu inschrijven voor huiswerkbegeleiding en bijles "
        "wiskunde.\n\nDe directie")}),
    ("neg-english-learning-support", "care", {"to": f"ouders@{SCHOOL}", "body": (
        "Dear parents,\n\nOur learning support team organises a study skills workshop for all students on "
        "Friday.\n\nKind regards,\nThe school team")}),
    ("neg-zorgteam-agenda", "care", {"to": f"personeel@{SCHOOL}", "body": (
        "Beste collega's,\n\nHet zorgteam vergadert morgen. Agenda: zorgbeleid en de nascholing over "
        "STICORDI.\n\nTom")}),
    ("neg-verslag-vakgroep", "care", {"body": (
        "Dag Jan,\n\nKan jij het verslag van de vakgroep wiskunde tegen vrijdag op Smartschool zetten?\n\n"
        "An")}),
    ("neg-okan-vrijwilligers", "care", {"to": f"personeel@{SCHOOL}", "body": (
        "Beste collega's,\n\nWie wil helpen bij de huiswerkklas voor de OKAN-leerlingen op woensdag?\n\nAn")}),
    # financial look-alikes
    ("neg-financieel-verslag", "financial", {"to": f"ouders@{SCHOOL}", "body": (
        "Beste ouders,\n\nFinancieel verslag van de oudervereniging: de kaas- en wijnavond bracht € 1.250 "
        "op.\n\nDe oudervereniging")}),
    ("neg-schoolrekening-klaar", "financial", {"to": f"ouders@{SCHOOL}", "body": (
        "Beste ouders,\n\nDe schoolrekening van het eerste trimester staat klaar in Smartschool. Betalen kan "
        "met een overschrijving op BE68 5390 0754 7034.\n\nDe boekhouding")}),
    ("neg-schooltoelage-info", "financial", {"to": f"ouders@{SCHOOL}", "body": (
        "Beste ouders,\n\nHeeft u vragen over de schooltoelage? Meer info op www.studietoelagen.be of bij "
        "het secretariaat.\n\nDe directie")}),
    ("neg-ocmw-infosessie", "financial", {"to": f"ouders@{SCHOOL}", "body": (
        "Beste ouders,\n\nHet OCMW Leuven organiseert een infosessie over budgetbeheer voor alle "
        "inwoners.\n\nDe directie")}),
    ("neg-signature-boekhouding", "financial", {"to": PARENT, "body": (
        "Beste mevrouw,\n\nHierbij het gevraagde attest voor de mutualiteit.\n\nMet vriendelijke groeten,\n"
        "Patrick\nboekhouding | aanmaningen en afbetalingsplannen | tel 016 12 34 56")}),
    ("neg-les-economie", "financial", {"to": f"klas-5ecmt@{SCHOOL}", "body": (
        "Beste leerlingen,\n\nIn 5 ECMT bespreken we schulden, leningen en faillissementen (hoofdstuk 7 van "
        "de cursus).\n\nMeneer Claes")}),
    ("neg-toelage-zoon-of-dochter", "financial", {"to": f"ouders@{SCHOOL}", "body": (
        "Beste ouders,\n\nUw zoon of dochter kan een schooltoelage krijgen als het gezinsinkomen beperkt "
        "is.\n\nDe directie")}),
    ("neg-english-balance", "financial", {"to": f"ouders@{SCHOOL}", "body": (
        "Dear parents,\n\nThe balance for the Paris trip can be paid until 1 March to the usual "
        "account.\n\nKind regards,\nThe school team")}),
    ("neg-proficiat-waardebon", "financial", {"to": f"ouders@{SCHOOL}", "body": (
        "Beste ouders,\n\nProficiat aan Noah (4B), winnaar van de rekenwedstrijd! De prijs: een waardebon "
        "van € 50.\n\nDe directie")}),
    ("neg-aanmaningen-verstuurd", "financial", {"to": f"personeel@{SCHOOL}", "body": (
        "Beste collega's,\n\nDe aanmaningen voor de schoolrekeningen worden deze week verstuurd door de "
        "boekhouding.\n\nTom")}),
    ("neg-krant-schulden", "financial", {"to": f"personeel@{SCHOOL}", "body": (
        "Interessant voor de les economie: de krant meldt dat het aantal gezinnen met schulden in "
        "Vlaanderen stijgt.\n\nTom")}),
    # more look-alikes: topics, training, fiction, staff life
    ("neg-presentatie-over-autisme", "medical", {"to": PARENT, "body": (
        "Beste mevrouw,\n\nUw dochter heeft vandaag een uitstekende presentatie gegeven over autisme!\n\n"
        "An Devos")}),
    ("neg-spreekbeurt-pupil", "medical", {"to": PUPIL, "body": (
        "Dag Lotte,\n\nJe spreekbeurt over diabetes was heel goed, proficiat! Je krijgt 17/20.\n\n"
        "Mevrouw Devos")}),
    ("neg-zwangerschapsverlof", "medical", {"to": f"personeel@{SCHOOL}", "body": (
        "Beste collega's,\n\nJuf Sarah is met zwangerschapsverlof; meester Tom vervangt haar in 2A.\n\n"
        "De directie")}),
    ("neg-museum-psychiatrie", "psychosocial", {"to": f"ouders@{SCHOOL}", "body": (
        "Beste ouders van 3B,\n\nMorgen bezoeken we het Museum Dr. Guislain over de geschiedenis van de "
        "psychiatrie.\n\nDe directie")}),
    ("neg-clb-folder", "care", {"to": f"ouders@{SCHOOL}", "body": (
        "Beste ouders,\n\nIn bijlage vindt u de folder van het CLB over ADHD, autisme en dyslexie. Meer info "
        "op clb.be.\n\nDe directie")}),
    ("neg-nascholing-autisme", "medical", {"to": f"personeel@{SCHOOL}", "body": (
        "Beste collega's,\n\nVolgende week volgen we de nascholing 'Omgaan met leerlingen met autisme in de "
        "klas'.\n\nDe directie")}),
    ("neg-zorgteam-voorstelling", "care", {"to": f"ouders@{SCHOOL}", "body": (
        "Beste ouders,\n\nHet zorgteam (zorgcoördinator, CLB-anker en leerlingbegeleiders) stelt zich voor "
        "in de bijlage.\n\nDe directie")}),
    ("neg-proficiat-toets-hart", "medical", {"body": (
        "Dag Jan,\n\nTom Peeters (3B) heeft 18/20 voor zijn toets biologie over het hart en de bloedsomloop. "
        "Proficiat!\n\nAn")}),
    ("neg-lezing-echtscheiding", "family", {"to": f"ouders@{SCHOOL}", "body": (
        "Beste ouders,\n\nOp 5 mei is er een lezing over echtscheiding en het welzijn van kinderen, "
        "georganiseerd door de ouderraad.\n\nDe directie")}),
    ("neg-rouwregister-collega", "family", {"to": f"personeel@{SCHOOL}", "body": (
        "Beste collega's,\n\nNa de dood van onze collega Mark is er een rouwregister op het "
        "secretariaat.\n\nDe directie")}),
    ("neg-sponsorloop-voedselbank", "financial", {"to": f"ouders@{SCHOOL}", "body": (
        "Beste ouders,\n\nDit jaar steunen we met de sponsorloop de voedselbank van Leuven. Alle leerlingen "
        "lopen mee.\n\nDe directie")}),
    ("neg-mijn-dochter-tornooi", "any", {"body": (
        "Dag Tom,\n\nMijn dochter heeft een voetbaltornooi, dus ik kan zaterdag niet op de opendeurdag.\n\n"
        "An")}),
]



@pytest.mark.parametrize(("case", "category", "kwargs"), POSITIVES, ids=[p[0] for p in POSITIVES])
def test_positive(case: str, category: str, kwargs: dict[str, object]) -> None:
    """Sensitive data about one identifiable pupil fires for its category. A reply that quotes the parent's
    own mail tells that parent nothing new: sent to the parent it passes, with the same quote sent to a
    colleague it fires."""
    if kwargs.get("quoted") and kwargs.get("to") == PARENT:
        assert check(mail(**kwargs), POLICY) == [], case  # type: ignore[arg-type]
        kwargs = {**kwargs, "to": COLLEAGUE}
    findings = check(mail(**kwargs), POLICY)  # type: ignore[arg-type]
    assert category in categories(findings), f"{case}: {[(f.category, f.score) for f in findings]}"


@pytest.mark.parametrize(("case", "category", "kwargs"), NEGATIVES, ids=[n[0] for n in NEGATIVES])
def test_hard_negative(case: str, category: str, kwargs: dict[str, object]) -> None:
    """Look-alikes (homonyms, lessons, announcements, signatures, staff news) never fire for
    the category they imitate (nor for any other)."""
    findings = check(mail(**kwargs), POLICY)  # type: ignore[arg-type]
    assert findings == [], f"{case}: {[(f.category, f.score, f.evidence) for f in findings]}"


def test_tables_are_large_enough() -> None:
    """At least ten positives and ten hard negatives per category."""
    for category in CATEGORIES:
        assert sum(1 for _, c, _ in POSITIVES if c == category) >= 10, category
        assert sum(1 for _, c, _ in NEGATIVES if c == category) >= 10, category


# --------------------------------------------------------------------------- finding shape


def test_finding_shape_and_redacted_evidence() -> None:
    """One finding per category, Dutch reason naming the category, evidence with the term and
    the pupil reduced to initials, never the sentence."""
    msg = mail(
        "Dag collega's,\n\nTom Peeters (3B) heeft epilepsie. Hij neemt medicatie en had vorige week een "
        "epileptische aanval in de les LO.\n\nAn"
    )
    findings = check(msg, POLICY)
    assert [f.category for f in findings] == ["medical"]
    finding = findings[0]
    assert finding.rule == "sensitive"
    assert finding.severity is Severity.HIGH
    assert "Medische informatie over een leerling" in finding.reason
    assert "leerlingvolgsysteem" in finding.reason
    joined = " ".join(finding.evidence)
    assert "Peeters" not in joined and "Tom" not in joined
    assert "T. P." in joined
    assert "epilep" in joined.lower()
    assert len(finding.evidence) <= 2
    assert all(len(e) < 80 for e in finding.evidence)
    assert 0.75 <= finding.score <= 1.0


def test_medium_severity_below_high_threshold() -> None:
    """A strong term with only a medium reference ("de leerling") is MEDIUM, not HIGH."""
    findings = check(mail("Dag Katrien,\n\nDe leerling heeft epilepsie.\n\nAn"), POLICY)
    assert [(f.category, f.severity) for f in findings] == [("medical", Severity.MEDIUM)]


def test_rijksregisternummer_is_masked_in_evidence() -> None:
    """A rijksregisternummer identifies the pupil; the evidence keeps only its last digits."""
    findings = check(
        mail("Geachte,\n\nrijksregisternummer 11.04.27-123.34: hersenschudding na een val.\n\nAn"), POLICY
    )
    assert categories(findings) == {"medical"}
    joined = " ".join(findings[0].evidence)
    assert "11.04.27" not in joined and "**.**.**-***.34" in joined


def test_term_alone_never_fires() -> None:
    """Without any pupil reference even many strong terms do not fire (lesson notes)."""
    body = "Samenvatting: epilepsie, diabetes, insuline, ADHD, autisme en astma komen aan bod."
    assert check(mail(body), POLICY) == []


def test_accent_folding_and_compounds() -> None:
    """suïcidaal == suicidaal; medicatieschema counts as medicatie; leerstoornis as a disorder."""
    for body in (
        "Dag Jan,\n\nUw dochter is suicidaal volgens de psycholoog.",
        "Dag Jan,\n\nUw dochter is suïcidaal volgens de psycholoog.",
        "Dag Jan,\n\nHet medicatieschema van uw zoon hangt in de klas.",
        "Dag Jan,\n\nBij uw zoon werd een leerstoornis vastgesteld.",
    ):
        assert check(mail(body, to=PARENT), POLICY), body


def test_quoted_text_counts_and_signature_does_not() -> None:
    """Quoted earlier text is still in the mail (unless it goes back to the one outside recipient who
    wrote it); a signature's job title is not content."""
    quoted = mail("Ok, bedankt.", to=COLLEAGUE, quoted="Onze zoon heeft een verslag type 9.\n\nMarleen")
    assert categories(check(quoted, POLICY)) == {"care"}
    assert check(mail("Ok, bedankt.", to=PARENT, quoted="Onze zoon heeft een verslag type 9.\n\nMarleen"), POLICY) == []
    signature = mail(
        "Beste mevrouw,\n\nUw zoon heeft zijn turnzak laten liggen.\n\nMet vriendelijke groeten,\nAn Devos\n"
        "zorgcoördinator | CLB-anker | zorgplan en verslagen | tel 016 12 34 56",
        to=PARENT,
    )
    assert check(signature, POLICY) == []


def test_contact_line_with_pupil_is_not_a_signature() -> None:
    """A table row with a pupil, a phone number and a diagnosis is data, not a signature."""
    msg = mail("Lijst voor de uitstap:\nTom Peeters (3B) - gsm mama 0470 12 34 56 - epilepsie\n\nAn")
    assert categories(check(msg, POLICY)) == {"medical"}


def test_one_finding_per_category() -> None:
    """Many hits in one category give one finding; several categories give one each."""
    msg = mail(
        "Dag collega's,\n\nTom Peeters (3B) heeft ADHD en epilepsie en neemt Rilatine. Zijn ouders zijn in "
        "een vechtscheiding. Er zijn drie onbetaalde facturen.\n\nAn"
    )
    findings = check(msg, POLICY)
    assert sorted(f.category for f in findings) == ["family", "financial", "medical"]


def test_policy_extends_and_removes_terms() -> None:
    """Admins add terms (strings or {term, weight}), remove default terms, add neutral phrases
    and class-code abbreviations, and change the threshold."""
    body = "Dag Katrien,\n\nLotte uit 4 XYZ heeft mucopolysacharidose; de zorgcoördinator weet het.\n\nAn"
    assert check(mail(body), POLICY) == []
    policy = parse_policy(
        "rules:\n  sensitive:\n    lexicon:\n      medical: [mucopolysacharidose]\n    class_codes: [XYZ]\n"
    )
    assert "medical" in categories(check(mail(body), policy))  # (the model's heads may add care)

    body2 = "Beste mevrouw,\n\nUw zoon neemt Rilatine sinds maandag.\n\nAn"
    assert categories(check(mail(body2, to=PARENT), POLICY)) == {"medical"}
    removed = parse_policy("rules:\n  sensitive:\n    remove: ['rilatine*']\n")
    assert check(mail(body2, to=PARENT), removed) == []
    neutral = parse_policy("rules:\n  sensitive:\n    neutral: ['neemt rilatine']\n")
    assert check(mail(body2, to=PARENT), neutral) == []
    weighted = parse_policy(
        "rules:\n  sensitive:\n    lexicon:\n      medical: [{term: 'rilatine*', weight: 0}]\n"
    )
    assert check(mail(body2, to=PARENT), weighted) == []
    strict = parse_policy("rules:\n  sensitive:\n    threshold: 1.0\n")
    medium = mail("Dag Katrien,\n\nDe leerling heeft epilepsie.\n\nAn")
    assert check(medium, strict) == []


@pytest.mark.parametrize(
    ("yaml_text", "where"),
    [
        ("rules:\n  sensitive:\n    remove: [bestaatniet]\n", "rules.sensitive.remove"),
        ("rules:\n  sensitive:\n    lexicon:\n      medisch: [x]\n", "rules.sensitive.lexicon"),
        ("rules:\n  sensitive:\n    lexicon:\n      medical: ['me*di']\n", "rules.sensitive.lexicon"),
        ("rules:\n  sensitive:\n    threshold: 2\n", "rules.sensitive.threshold"),
        ("rules:\n  sensitive:\n    class_codes: ['5 ECMT']\n", "rules.sensitive.class_codes"),
    ],
)
def test_policy_errors(yaml_text: str, where: str) -> None:
    """Bad lexicon settings are policy errors that name the key."""
    with pytest.raises(PolicyError) as info:
        parse_policy(yaml_text)
    assert where in str(info.value)


def test_initials() -> None:
    """Names in evidence become initials; particles are dropped."""
    assert initials("Tom Peeters") == "T. P."
    assert initials("Seppe De Smet") == "S. D. S."
    assert initials("Lotte van den Broeck") == "L. B."


def _plain(body: str) -> Message:
    return Message(
        envelope=Envelope("an.devos@" + SCHOOL, ("ouder@telenet.be",)),
        headers=(), subject="", from_=(), to=(), cc=(), bcc=(), message_id="",
        text_parts=(TextPart(body, "text/plain"),), attachments=(), size=len(body),
    )


def test_huge_text_is_bounded() -> None:
    """A text part is read up to ``max_chars`` (2,000,000 by default): a term in the first
    part of a 2.8 MB text is found, one beyond the bound is not (documented limit)."""
    filler = "Gewone tekst over de school en de leerlingen zonder gevoelige inhoud. " * 40_000
    assert categories(check(_plain("Uw zoon heeft epilepsie.\n\n" + filler), POLICY)) == {"medical"}
    assert check(_plain(filler + "Uw zoon heeft epilepsie."), POLICY) == []


def test_dutch_news_sentences_do_not_fire() -> None:
    """Ordinary news and Wikipedia sentences name no pupil: the rule (almost) never fires."""
    sentences = [
        line.strip()
        for path in sorted(glob.glob(str(corpus("dutch") / "*" / "sentences.txt")))
        for line in Path(path).read_text("utf-8").splitlines()
        if line.strip()
    ]
    assert len(sentences) > 4000
    fired = [s for s in sentences if check(_plain(s), POLICY)]
    assert len(fired) <= len(sentences) // 1000, fired


@pytest.mark.parametrize("title", ["meneer", "mevrouw", "juf", "meester"])
def test_a_first_name_after_a_title_in_the_subject_is_a_grown_up(title: str) -> None:
    """A circular about a former teacher's death: "In memoriam meneer Koen Claes" names a grown-up,
    not the pupil the mail is about; only a named pupil counts in a mail to a group."""
    body = (
        "Geachte ouders, beste collega's\n\nMet spijt melden we dat Koen Claes, die tot vorig jaar "
        "aardrijkskunde gaf, zondag overleden is.\n\nDe directie"
    )
    group = "ouders-6@sintpieterscollege.be"
    assert check(mail(body, subject=f"In memoriam {title} Koen Claes", to=group), POLICY) == []
    assert categories(check(mail(body, subject="In memoriam Koen Claes", to=group), POLICY)) == {"family"}


@pytest.mark.parametrize(
    "body",
    [
        "Dag collega's,\n\nMila Claes (3A, trompet) heeft gehoorschade opgelopen op een festival. Ze draagt "
        "voortaan oordoppen in de repetitie en zit niet meer naast de pauken.\n\nGreet",
        "Bonjour,\n\nLucas Dubois (2B) souffre d'acouphènes depuis le concert; il portera des bouchons d'oreille "
        "pendant les répétitions.\n\nMarie",
    ],
    ids=["nl", "fr"],
)
def test_a_hearing_condition_of_a_named_pupil_is_medical(body: str) -> None:
    """batch15's class (our own words): hearing loss or ringing ears of one pupil is a medical fact."""
    findings = check(mail(body), POLICY)
    assert "medical" in categories(findings)
    assert all("Claes" not in e and "Dubois" not in e for f in findings for e in f.evidence)


@pytest.mark.parametrize(
    "formula",
    ["een ouder of voogd", "de ouder/voogd", "ouder(s) of voogd", "a parent or guardian", "un parent ou tuteur"],
)
def test_a_parent_or_guardian_is_the_formula_of_forms(formula: str) -> None:
    """batch27's class (our own words): consent forms name whoever has parental authority; no one's guardian."""
    body = (
        "Beste mevrouw,\n\nLore (4B) schreef zich in voor de fietscursus. Omdat ze nog geen 18 is, moet "
        f"{formula} het formulier tekenen. Het kost 20 euro.\n\nAn"
    )
    assert check(mail(body, to=PARENT), POLICY) == []
    # a pupil's guardian is a fact of the family
    fact = "Beste collega,\n\nSinds de uitspraak van de jeugdrechter is haar tante de voogd van Lore (4B).\n\nAn"
    (finding,) = check(mail(fact), POLICY)
    assert finding.category == "family" and "voogd" in " ".join(finding.evidence)


@pytest.mark.parametrize(
    ("body", "term"),
    [
        ("Wout (4B) heeft zijn knie verstuikt op de training; de sportarts verwacht drie weken rust.", "verstuikt"),
        ("Bij Febe (3A) toonde de MRI een scheur in de kruisband; ze start met revalidatie.", "kruisband"),
        ("Noor (5C) gaat twee keer per week naar de kine en neemt pijnstillers voor haar schouder.", "kine"),
        ("Thibault (6A) a une entorse à la cheville, l'IRM est prévue lundi.", "entorse"),
        ("Liam (4D) has a sprained wrist; the physio advises no training this week.", "sprained"),
    ],
)
def test_a_sports_injury_and_its_care_are_medical(body: str, term: str) -> None:
    """batch28's class (our own words): a top-sport school's trainers tell injuries in their own words."""
    (finding,) = check(mail(f"Beste collega,\n\n{body}\n\nMvg,\nAn"), POLICY)
    assert finding.category == "medical"
    assert any(term in line for line in finding.evidence), finding.evidence


def test_general_advice_about_sports_injuries_is_no_pupils_fact() -> None:
    body = (
        "Beste ouders,\n\nBij een blessure verwittigt u de trainer en de sportarts van de school. Een kine-attest "
        "bezorgt u via het secretariaat.\n\nDe sportcoördinatie"
    )
    assert check(mail(body, to="ouders-topsport@sintpieterscollege.be"), POLICY) == []


@pytest.mark.parametrize(
    ("body", "category", "term"),
    [
        ("Haar grootvader is vorige week heengegaan; Febe (3A) blijft tot maandag thuis.", "family", "heengegaan"),
        ("Na de uitspraak van de rechter mag de vader van Wout (1B) hem niet meer afhalen.", "family", "uitspraak"),
        ("Sam (2A) mag echt geen pinda's, ook geen sporen in de koekjes.", "medical", "pinda"),
    ],
)
def test_facts_said_plainly_without_the_official_word(body: str, category: str, term: str) -> None:
    """batch29's class (our own words): a death said gently, a judge's decision, an allergen without "allergie"."""
    (finding,) = check(mail(f"Dag collega's,\n\n{body}\n\nGreet"), POLICY)
    assert finding.category == category
    assert any(term in line for line in finding.evidence), finding.evidence


def test_a_nut_free_school_letter_is_no_pupils_fact() -> None:
    body = "Beste ouders,\n\nOnze school is notenvrij: uw kind mag geen noten of pindakaas meebrengen.\n\nDe directie"
    assert check(mail(body, to="ouders@sintpieterscollege.be"), POLICY) == []


def test_a_hospital_as_a_workplace_is_no_ones_stay() -> None:
    """batch29's class (our own words): an internship in a hospital's lab; a pupil in hospital still counts."""
    body = "Dag Febe,\n\nHet labo van het ziekenhuis in Leuven bevestigt je stage (3A) van 24 tot 28 maart.\n\nAn"
    assert check(mail(body, to=PUPIL), POLICY) == []
    stay = "Beste collega,\n\nFebe (3A) ligt sinds maandag in het ziekenhuis in Leuven.\n\nAn"
    (finding,) = check(mail(stay), POLICY)
    assert finding.category == "medical"


@pytest.mark.parametrize(
    "body",
    [
        "Ik begrijp dat het moeilijk is sinds jullie uit elkaar zijn; Febe (3A) mag haar taak later indienen.",
        "Febe (3A) is om de week bij haar papa, dus haar turnzak ligt soms in het andere huis.",
    ],
)
def test_a_separation_said_to_the_parents_or_in_two_homes(body: str) -> None:
    """batch29's class (our own words): the parents' separation said to them, a week in each home."""
    (finding,) = check(mail(f"Beste mevrouw,\n\n{body}\n\nAn", to=PARENT), POLICY)
    assert finding.category == "family"


def test_taking_things_apart_is_no_separation() -> None:
    body = "Beste ouders,\n\nIn de techniekles halen jullie kinderen oude radio's uit elkaar.\n\nAn"
    assert check(mail(body, to="ouders-2a@sintpieterscollege.be"), POLICY) == []


def test_a_topic_with_its_pupil_after_it_is_that_pupils() -> None:
    """"een brief over X" makes X a subject ("een infoavond over pesten"), unless the pupil it belongs to follows
    with "van"/"de"/"of": "het verslag over de tuchtprocedure van Ruben" is Ruben's procedure (batch30)."""
    parent = "Ilse Maes <ilse.maes@telenet.be>"
    owned = mail(
        "Geachte mevrouw Maes,\n\nIn bijlage het verslag over de tuchtprocedure van Ruben, zoals beloofd.\n\n"
        "Met vriendelijke groeten,\nAn Devos",
        to=parent,
    )
    (finding,) = check(owned, POLICY)
    assert finding.category == "psychosocial" and finding.evidence[0].startswith("[tuchtprocedure]")
    topic = mail(
        "Geachte mevrouw Maes,\n\nIn bijlage het verslag over de tuchtprocedure, zoals beloofd. Ruben mag de "
        "toets van vrijdag inhalen.\n\nMet vriendelijke groeten,\nAn Devos",
        to=parent,
    )
    assert check(topic, POLICY) == []


def test_a_topic_owned_by_its_pupil_also_for_a_compound_term() -> None:
    """A term matched by its start ("pestprobl*") ends where its word ends: "uw mail over de pestproblemen van Ruben"
    is Ruben's, as "over de tuchtprocedure van Ruben" is (batch57: the pupil was looked for in the middle of the
    word)."""
    owned = mail(
        "Beste mevrouw,\n\nIk heb uw mail over de pestproblemen van Ruben goed gelezen. Ik stel voor dat we elkaar "
        "zien op 6 mei.\n\nSofie",
        to="Ilse Maes <ilse.maes@telenet.be>",
    )
    (finding,) = check(owned, POLICY)
    assert finding.category == "psychosocial" and finding.evidence[0].startswith("[pestproblemen]")


@pytest.mark.parametrize(
    ("body", "term"),
    [
        ("Dag collega's,\n\nNiels (5B) werd gisteren door de politie verhoord over de schade aan de bushalte."
         "\n\nAn", "verhoord"),
        ("Dag collega's,\n\nElif (2A) werd aan de schoolpoort bedreigd door drie oudere jongens.\n\nAn", "bedreigd"),
        ("Dag collega's,\n\nDaan (3C) is weken afgeperst voor zijn zakgeld.\n\nAn", "afgeperst"),
        # a pupil called names, racist abuse reported: the pupil as the victim (conduct04)
        ("Dag collega's,\n\nOp de speelplaats begonnen twee jongens Imane (1B) uit te schelden.\n\nAn",
         "uit te schelden"),
        ("Dag collega's,\n\nNora (4A) kreeg een racistische opmerking op stage.\n\nAn", "racistische opmerking"),
        ("Dear colleagues,\n\nSami (5C) suffered racist abuse at the tournament.\n\nAn", "racist abuse"),
        ("Chers collègues,\n\nLina (2B) a été insultée à l'arrêt du bus.\n\nAn", "a été insultée"),
        # drunk on a trip and sent home for it (batch31)
        ("Dag collega's,\n\nBram (6A) was gisteren op de jeugdherberg dronken en werd uit de groep gehaald.\n\nAn",
         "dronken"),
        ("Dag collega's,\n\nKato (5B) werd in Lissabon naar huis gestuurd na het incident van dinsdag.\n\nAn",
         "naar huis gestuurd"),
    ],
)
def test_police_hearing_and_threats_against_a_pupil(body: str, term: str) -> None:
    found = {f.category: f for f in check(mail(body), POLICY)}
    assert found["psychosocial"].evidence[0].startswith(f"[{term}]")


def test_french_attached_is_no_joint() -> None:
    """"ci-joint", "pièce jointe": French for attached, in every letter with a document (batch30's false alarm:
    "joint" is also cannabis)."""
    letter = mail(
        "Chère Madame Dubois,\n\nVous trouverez ci-joint l'attestation de fréquentation de Manon (4B), comme "
        "demandé. Une copie est en pièce jointe du message de lundi.\n\nBien à vous,\nLe secrétariat",
        to="Claire Dubois <claire.dubois@skynet.be>",
    )
    assert check(letter, POLICY) == []


@pytest.mark.parametrize(
    ("body", "category", "term"),
    [
        ("Dag Inge,\n\nWout (2C) heeft zijn hoorapparaten nodig op de sportdag; wie bewaart ze?\n\nAn", "medical",
         "hoorapparaten"),
        ("Dag Inge,\n\nNeem jij de FM-zender van Wout (2C) mee op de uitstap?\n\nAn", "care", "FM-zender"),
        ("Dag Inge,\n\nDe skiweek van Febe (4A) valt in de verblijfsweek bij haar vader.\n\nAn", "family",
         "verblijfsweek"),
        ("Dag Inge,\n\nVolgens de regeling van de rechtbank is Febe (4A) die week bij haar moeder.\n\nAn", "family",
         "regeling van de rechtbank"),
    ],
)
def test_hearing_aids_and_court_arrangements(body: str, category: str, term: str) -> None:
    """Plural hearing aids ("hoorapparaten": the Dutch plural drops a vowel, "hoorapparaat*" does not cover it), an
    FM transmitter, a residence week or arrangement set by a court (batch31)."""
    found = {f.category: f for f in check(mail(body), POLICY)}
    assert found[category].evidence[0].startswith(f"[{term}]")


@pytest.mark.parametrize(
    ("body", "category", "term"),
    [
        ("Beste mevrouw Goossens,\n\nHoe gaat het met Lien na de breuk aan haar enkel? De turnles mag ze nog "
         "overslaan.\n\nAn", "medical", "breuk aan haar enkel"),
        ("Dag Inge,\n\nJoris (3B) heeft bij het voetbal zijn sleutelbeen gebroken en mist de excursie.\n\nAn",
         "medical", "sleutelbeen gebroken"),
        ("Dag Inge,\n\nJoris (3B) komt met een neusbreuk terug uit de krokusvakantie.\n\nAn", "medical", "neusbreuk"),
        ("Dag Inge,\n\nWees wat zacht voor Amber (5C), die in de zomer haar broer verloor.\n\nAn", "family",
         "broer verloor"),
    ],
)
def test_a_fracture_by_its_place_and_a_loss_with_the_verb_last(body: str, category: str, term: str) -> None:
    """A fracture told by where it is ("de breuk aan haar enkel"), a bone before its verb ("zijn sleutelbeen
    gebroken"), other bones' fractures; a relative lost with the verb at the end of a subordinate clause (batch49)."""
    found = {f.category: f for f in check(mail(body), POLICY)}
    assert found[category].evidence[0].startswith(f"[{term}]")


def test_a_fraction_in_a_maths_lesson_is_no_fracture() -> None:
    """"Een breuk aan de hand van een tekening": a fraction in a maths lesson, not a broken hand."""
    letter = mail(
        "Beste mevrouw Goossens,\n\nMorgen leert Lien (1A) een breuk aan de hand van een taart voorstellen. "
        "Wil ze een passer meebrengen?\n\nAn",
        to="Els Goossens <els.goossens@telenet.be>",
    )
    assert check(letter, POLICY) == []


def test_a_pupil_named_by_the_feminine_leerlinge() -> None:
    """"De leerlinge uit 5C die ..." (the feminine of leerling) names one pupil as "de leerling" does (batch48)."""
    note = mail(
        "Ilse,\n\nVertrouwelijk: de leerlinge uit 5C die zo vaak afwezig is, vertelde me dat ze zwanger is.\n\nEls"
    )
    found = {f.category: f for f in check(note, POLICY)}
    assert found["medical"].evidence[0] == '[zwanger] bij "de leerlinge" (één ontvanger)'


def test_a_separation_named_as_known() -> None:
    """"Gezien de scheiding", "sinds de scheiding": a separation both sides know of, in a mail about one pupil
    (batch48); the separation of powers stays neutral."""
    letter = mail(
        "Beste mevrouw Aerts,\n\nU kunt elk apart komen op het oudercontact van Wout (2B), gezien de scheiding. Ik "
        "plan u om 16u10.\n\nAn",
        to="Ann Aerts <ann.aerts@telenet.be>",
    )
    found = {f.category: f for f in check(letter, POLICY)}
    assert found["family"].evidence[0].startswith("[gezien de scheiding]")
    civics = mail(
        "Beste mevrouw Aerts,\n\nWout (2B) leert in de les burgerschap over de trias politica, sinds de scheiding "
        "der machten een vast onderdeel.\n\nAn",
        to="Ann Aerts <ann.aerts@telenet.be>",
    )
    assert check(civics, POLICY) == []


def test_a_definite_plural_names_the_pupils_just_spoken_of() -> None:
    """"Beide leerlingen zijn geschorst", "de twee kinderen": the pupils just named, not pupils in general ("leerlingen"
    alone is a generic word that lowers the score); the same sentence about all pupils stays general (batch50)."""
    note = mail(
        "Geachte inspecteur,\n\nOp de beelden zijn Brent Wuyts (4C) en Ilias Amrani (4C) herkenbaar. Beide leerlingen "
        "zijn geschorst tot de tuchtraad.\n\nBart",
        to="Koen Stas <koen.stas@politie-leuven.be>",
    )
    found = {f.category: f for f in check(note, POLICY)}
    assert found["psychosocial"].evidence[0].startswith("[geschorst]")
    assert sensitive._sentence_words("beide leerlingen zijn geschorst") == {"zijn", "geschorst"}
    assert "leerlingen" in sensitive._sentence_words("alle leerlingen die te laat komen, worden geschorst")


@pytest.mark.parametrize(
    ("body", "term"),
    [
        ("Dag Bart,\n\nOp de beelden breekt Kobe (4A) met een schroevendraaier kastje 207 open.\n\nMarc", None),
        ("Dag Bart,\n\nOp de beelden zie je hoe Kobe (4A) kastje 207 openbreekt.\n\nMarc", "openbreekt"),
        ("Beste meneer Kaya,\n\nElif (6B) heeft een verklaring afgelegd bij de politie.\n\nBart",
         "verklaring afgelegd"),
        ("Beste meneer Kaya,\n\nDe jeugdinspecteur wil Elif (6B) nog eens spreken.\n\nBart", "jeugdinspecteur"),
        ("Beste meneer Kaya,\n\nElif (6B) kan een gesprek met slachtofferhulp krijgen.\n\nBart", "slachtofferhulp"),
        ("Beste meneer Kaya,\n\nElif (6B) kreeg bedreigingen op Snapchat.\n\nBart", "bedreigingen"),
    ],
)
def test_a_theft_threats_and_the_police_s_youth_officer(body: str, term: str | None) -> None:
    """A locker broken open, a statement to the police, the youth police's officer, victim support, threats (batch50);
    "breekt ... open" with the particle apart is not read (a known miss)."""
    found = {f.category: f for f in check(mail(body, to="Emre Kaya <emre.kaya@gmail.com>"), POLICY)}
    if term is None:
        assert "psychosocial" not in found
    else:
        assert found["psychosocial"].evidence[0].startswith(f"[{term}]")


def test_a_theft_alone_is_weak() -> None:
    """"De school is niet verantwoordelijk bij diefstal": a theft named alone, in a rule of the bicycle shed, is no
    fact about the pupil the mail names."""
    letter = mail(
        "Beste meneer Heylen,\n\nSiebe (1A) mag zijn step in de fietsenstalling zetten. Wel met een slot vastmaken, de "
        "school is niet verantwoordelijk bij diefstal.\n\nKoen",
        to="Jo Heylen <heylen.jo@gmail.com>",
    )
    assert check(letter, POLICY) == []


def test_a_young_carer_and_the_wish_not_to_wake_up() -> None:
    """A pupil who cares for a sibling or a parent at home (family), the wish not to wake up again (psychosocial), and
    anxiety that counts beside another fact but not alone (batch51)."""
    carer = mail("Dag collega's,\n\nRania (3B) mag haar taken later indienen: ze zorgt voor haar zieke moeder.\n\nTom")
    assert {f.category: f for f in check(carer, POLICY)}["family"].evidence[0].startswith("[zorgt voor haar zieke")
    wish = mail("Geachte,\n\nSem (2D) zei tegen een leerkracht dat hij liefst niet meer wakker zou worden.\n\nSarah")
    assert {f.category: f for f in check(wish, POLICY)}["psychosocial"].evidence[0].startswith("[niet meer wakker")
    alone = mail("Beste mevrouw,\n\nSem (2D) heeft wat angst voor de mondelinge toets van vrijdag.\n\nSarah",
                 to="An Claes <an.claes@telenet.be>")
    assert check(alone, POLICY) == []


def test_a_title_in_quotes_is_no_fact() -> None:
    """A workshop's or a play's title in quotes after what it names ("W04 'Cyberpesten'", "de workshop 'Omgaan met
    faalangst'") says nothing about the pupil signed up for it; words quoted without such a noun are someone's words
    and still count (batch51)."""
    for body in (
        "Beste mevrouw,\n\nLotte (2A) staat ingeschreven voor W07 'Sport en spel' en W04 'Cyberpesten'.\n\nSarah",
        "Beste mevrouw,\n\nLotte (2A) is ingeschreven voor de workshop \"Omgaan met faalangst\" op dinsdag.\n\nSarah",
    ):
        assert check(mail(body, to="Ann Pieters <ann.pieters@skynet.be>"), POLICY) == [], body
    quoted = mail("Beste mevrouw,\n\nLotte (2A) zei in de les: 'ik word gepest door twee meisjes'.\n\nSarah",
                  to="Ann Pieters <ann.pieters@skynet.be>")
    assert {f.category for f in check(quoted, POLICY)} == {"psychosocial"}


@pytest.mark.parametrize(
    ("body", "category", "term"),
    [
        ("Beste meneer Claes,\n\nAkkoord: de betaling in 3 delen voor Senne (5B) is goed.\n\nMarc", "financial",
         "betaling in 3 delen"),
        ("Beste meneer Claes,\n\nSenne (5B) heeft hoge koorts; de dokter stelde griep vast.\n\nMarc", "medical",
         "griep"),
        ("Dear Aoife,\n\nYasmine (6B) lives with her aunt after a family crisis.\n\nLeen", "family",
         "lives with her aunt"),
    ],
)
def test_instalments_a_flu_and_an_aunt_s_home(body: str, category: str, term: str) -> None:
    """A bill paid in parts, a high fever and the flu, a pupil who lives with an aunt after a family crisis (batch52);
    "onze vlucht uit Cork" is a plane's flight, not a family's."""
    found = {f.category: f for f in check(mail(body, to="Marc Claes <claes.m@telenet.be>"), POLICY)}
    assert found[category].evidence[0].startswith(f"[{term}]")
    if category == "medical":  # the flu is weak alone: the fever beside it corroborates it
        assert found[category].evidence[1].startswith("[hoge koorts]")
        alone = mail("Beste meneer Claes,\n\nSenne (5B) had vorig jaar ook griep.\n\nMarc", to="M <claes.m@telenet.be>")
        assert "medical" not in {f.category for f in check(alone, POLICY)}


def test_a_question_right_after_the_pupil_s_name_asks_about_that_pupil() -> None:
    """A question is generic in a FAQ ("Mijn kind heeft astma: mag het ...?"), but in a mail to one recipient a
    question right after the sentence that names the pupil asks about that pupil (batch52); across a paragraph
    break it is a question of its own."""
    to = "Sociale dienst <sociale.dienst@ocmw-leuven.be>"
    asked = mail(
        "Geachte,\n\nHet gezin van Jonas (3B) wordt door uw dienst begeleid. Kan het OCMW tussenkomen in de kosten "
        "van zijn schoolreis?\n\nMarc",
        to=to,
    )
    found = {f.category: f for f in check(asked, POLICY)}
    assert found["financial"].evidence == ('[OCMW] bij "leerling J." (één ontvanger buiten de school)',)
    apart = mail(
        "Geachte,\n\nHet gezin van Jonas (3B) wordt door uw dienst begeleid.\n\nKan het OCMW tussenkomen in de kosten "
        "van de schoolreis?\n\nMarc",
        to=to,
    )
    assert check(apart, POLICY) == []


def test_the_one_someone_is_referred_to_is_no_pupil() -> None:
    """"Doorverwijzen naar Liesbeth", "u kan terecht bij Liesbeth": the one someone is referred or sent to takes it
    over, a grown-up, not even a weak pupil reference (batch57: a registration day's script, whose "het kind" and
    that name made two weak references). The pupil referred stays the mail's pupil."""
    for handed in ("doorverwijzen naar Liesbeth (B017)", "ouders kunnen terecht bij Liesbeth", "meld het bij Liesbeth"):
        script = mail(
            "Dag collega's,\n\nDraaiboek inschrijvingen:\n- Identiteitskaart van de ouder en van het kind inlezen\n"
            f"- Bij vragen over verslag of redelijke aanpassingen: {handed}\n\nBart"
        )
        assert check(script, POLICY) == [], handed
    referred = mail(
        "Dag collega's,\n\nTom (3B) heeft recht op redelijke aanpassingen; ik verwijs hem door naar Liesbeth.\n\nBart"
    )
    found = {f.category: f for f in check(referred, POLICY)}
    assert found["care"].evidence == ('[redelijke aanpassingen] bij "leerling T." (één ontvanger)',)


@pytest.mark.parametrize(
    ("body", "category", "term"),
    [
        (
            "Beste mevrouw,\n\nZoals afgesproken met de consulent van Opgroeien komt Wout (3C) niet in beeld.\n\nAn",
            "family",
            "consulent van Opgroeien",
        ),
        ("Beste mevrouw,\n\nHet OCJ volgt de situatie van Wout (3C) op.\n\nAn", "family", "OCJ"),
        (
            "Beste mevrouw,\n\nDe sociale dienst jeugdrechtbank belde over Wout (3C).\n\nAn",
            "family",
            "sociale dienst jeugdrechtbank",
        ),
        (
            "Madame,\n\nLe voyage de Wout (3C) sera payé par le fonds de solidarité de l'école.\n\nAn",
            "financial",
            "fonds de solidarité",
        ),
    ],
)
def test_youth_welfare_s_services_and_a_solidarity_fund_in_french(body: str, category: str, term: str) -> None:
    """Youth welfare's own services (Opgroeien's consulent, the OCJ, the juvenile court's social service) and, in
    French, the school's solidarity fund (batch58)."""
    found = {f.category: f for f in check(mail(body, to="Griet Oosterlinck <griet.o@telenet.be>"), POLICY)}
    assert found[category].evidence[0].startswith(f"[{term}]")
    growing = mail("Beste mevrouw,\n\nWout (3C) wil later met kinderen werken die opgroeien in armoede.\n\nAn")
    assert "family" not in {f.category for f in check(growing, POLICY)}


def test_parents_who_are_divorced() -> None:
    """"Omdat u en mevrouw V. gescheiden zijn": people who are divorced, with the pupil in the same sentence
    (batch60); "gescheiden" alone stays weak (separate rooms, separated waste)."""
    told = mail(
        "Geachte heer Claes,\n\nOmdat u en mevrouw Aerts gescheiden zijn, sturen we het rapport van Lien (5B) "
        "voortaan naar beide adressen.\n\nGreet",
        to="Jan Claes <jan.claes@telenet.be>",
    )
    found = {f.category: f for f in check(told, POLICY)}
    assert found["family"].evidence[0].startswith("[gescheiden zijn]")
    rooms = mail("Geachte heer Claes,\n\nLien (5B) legt het examen af in een gescheiden lokaal.\n\nGreet")
    assert "family" not in {f.category for f in check(rooms, POLICY)}


def test_a_plane_s_flight_is_no_family_s() -> None:
    letter = mail(
        "Beste meneer Haddad,\n\nOnze vlucht uit Cork heeft twee uur vertraging. Amir (5C) landt om 23u30.\n\nPieter",
        to="R. Haddad <r.haddad@gmail.com>",
    )
    assert check(letter, POLICY) == []


def test_a_pupil_heard_or_held_by_the_police() -> None:
    """The youth division of the police that wants to hear a pupil, a pupil questioned by the police, released without
    charges, or at the police station (batch62, batch63): psychosocial, in Dutch, English and French. A trip letter's
    nearest police station and a visit without charge name no pupil's incident."""
    for text, to, term in (
        ("Dag Tom,\n\nDe jeugdafdeling van de politie wil morgen Jonas Peeters (4B) spreken over de vernielde "
         "fietsen.\n\nBert", COLLEAGUE, "jeugdafdeling van de politie"),
        ("Dag Tom,\n\nJonas Peeters (4B): de politie wil hem morgen verhoren over de vernielde fietsen.\n\nBert",
         COLLEAGUE, "politie wil hem morgen verhoren"),
        ("Dear Mrs Janssens,\n\nAfter the incident at the market Sofie (4B) was released without charges around "
         "six.\n\nKind regards", "Els Janssens <els.janssens@gmail.com>", "released without charges"),
        ("Chère Madame Janssens,\n\nSofie (4B) a passé deux heures au commissariat hier soir.\n\nCordialement",
         "Els Janssens <els.janssens@gmail.com>", "au commissariat"),
        ("Dear Mr Janssens,\n\nAt the museum the police questioned Sofie (4B) for an hour.\n\nKind regards",
         "Els Janssens <els.janssens@gmail.com>", "police questioned"),
    ):  # fmt: skip
        found = {f.category: f for f in check(mail(text, to=to), POLICY)}
        assert found["psychosocial"].evidence[0].startswith(f"[{term}]"), (text, found)
    for text in (
        "Beste ouders,\n\nWie in Rome de groep kwijt is, belt de begeleider of meldt zich op het politiebureau "
        "het dichtst bij het hotel.\n\nDe directie",
        "Dear parents,\n\nIn an emergency the pupils go to the nearest police station. The museum visit is without "
        "charge.\n\nThe headmaster",
    ):
        assert check(mail(text, to="ouders3b@sintpieterscollege.be"), POLICY) == []


def test_a_pupil_caught_smoking_or_vaping() -> None:
    """A pupil caught vaping or smoking, as one caught with alcohol (batch64): psychosocial, in Dutch, English and
    French. The house rules that forbid it, told to all parents, name no one."""
    parent = "Els Janssens <els.janssens@gmail.com>"
    for text, term in (
        ("Beste mevrouw Janssens,\n\nSofie (4B) werd op de speelplaats betrapt met een e-sigaret.\n\nAn",
         "betrapt met een e-sigaret"),
        ("Beste mevrouw Janssens,\n\nSofie (4B) werd in de fietsenstalling betrapt op roken.\n\nAn",
         "betrapt op roken"),
        ("Beste mevrouw Janssens,\n\nToen de opvoeder binnenkwam, was Sofie (4B) aan het vapen bij het raam.\n\nAn",
         "aan het vapen"),
        ("Dear Mrs Janssens,\n\nSofie (4B) was caught vaping behind the gym.\n\nKind regards", "caught vaping"),
        ("Chère Madame Janssens,\n\nSofie (4B) a été surprise en train de fumer au dortoir.\n\nCordialement",
         "surprise en train de fumer"),
    ):  # fmt: skip
        found = {f.category: f for f in check(mail(text, to=parent), POLICY)}
        assert found["psychosocial"].evidence[0].startswith(f"[{term}]"), (text, found)
    for text in (
        "Beste ouders,\n\nRoken en vapen zijn verboden in het internaat. Wie betrapt wordt, levert de vape in bij "
        "de opvoeder.\n\nDe directie",
        "Dear parents,\n\nSmoking and vaping are not allowed on the school grounds.\n\nThe headmaster",
    ):
        assert check(mail(text, to="ouders3b@sintpieterscollege.be"), POLICY) == []


def test_stuck_on_a_screen_is_no_one_held() -> None:
    """ "Zit vast op het aanmeldscherm" (batch64): a pupil stuck on a screen or a step, not "zit vast" as a parent in
    prison, which is still family."""
    for text in (
        "Dag Katrien,\n\nJonas (4B) zit vast op het aanmeldscherm van zijn laptop.\n\nAn",
        "Dag Katrien,\n\nJonas (4B) zit nog vast op de tweede stap van de installatie.\n\nAn",
    ):
        assert check(mail(text), POLICY) == [], text
    prison = mail("Dag Katrien,\n\nDe vader van Jonas (4B) zit vast in Brugge.\n\nAn")
    held = {f.category: f for f in check(prison, POLICY)}
    assert held["family"].evidence[0].startswith("[zit vast]"), held


def test_childhood_illnesses_in_french_and_english_shoplifting_and_the_commissariaat() -> None:
    """The CLB's childhood illnesses in French and English as in Dutch (batch65: a vaccine a named pupil lacks), a pupil
    caught shoplifting, a night at the commissariaat (the Flemish police station). A letter to all parents about
    measles at school names no one."""
    parent = "Els Janssens <els.janssens@gmail.com>"
    for text, category, term in (
        ("Chère Madame Janssens,\n\nSofie (4B) a la varicelle et reste à la maison cette semaine.\n\nCordialement",
         "medical", "varicelle"),
        ("Dear Mrs Janssens,\n\nSofie (4B) has whooping cough and stays home this week.\n\nKind regards",
         "medical", "whooping cough"),
        ("Beste mevrouw Janssens,\n\nSofie (4B) werd gisteren opgepakt voor winkeldiefstal in de stad.\n\nAn",
         "psychosocial", "winkeldiefstal"),
        ("Beste mevrouw Janssens,\n\nSofie (4B) bracht de nacht door op het commissariaat.\n\nAn",
         "psychosocial", "op het commissariaat"),
    ):  # fmt: skip
        found = {f.category: f for f in check(mail(text, to=parent), POLICY)}
        assert found[category].evidence[0].startswith(f"[{term}]"), (text, found)
    for text in (
        "Chers parents,\n\nIl y a des cas de rougeole à l'école. Vérifiez le carnet de vaccination.\n\nLa direction",
        "Dear parents,\n\nThere are cases of chickenpox in the first year.\n\nThe headmaster",
    ):
        assert check(mail(text, to="ouders3b@sintpieterscollege.be"), POLICY) == []


def test_a_bill_paid_in_instalments_for_a_named_pupil() -> None:
    """ "In drie schijven betalen" for a named pupil, as "in drie delen betalen" (batch66's class): financial. The same
    offer to all parents names no one."""
    text = "Beste mevrouw Claes,\n\nVoor Noor Claes (2A) kan u de schoolrekening in drie schijven betalen.\n\nAn"
    found = {f.category: f for f in check(mail(text, to="Eva Claes <eva.claes@telenet.be>"), POLICY)}
    assert found["financial"].evidence[0].startswith("[in drie schijven betalen]"), found
    general = "Beste ouders,\n\nDe eindreis kost 600 euro; u kan in drie schijven betalen.\n\nDe directie"
    assert check(mail(general, to="ouders3b@sintpieterscollege.be"), POLICY) == []


def test_a_colleagues_profession_after_the_name_is_no_pupils_care() -> None:
    """New colleagues introduced with a therapist's profession after the name, as an apposition (batch67's class):
    the name is a grown-up's, and the profession that person's job, neither a pupil's therapy nor the next name's
    ("... neemt de woensdagen van Eline over"). A pupil's own therapist ("Liens logopediste", "de logopediste van
    Lien (2A)") still counts."""
    text = (
        "Dag Katrien,\n\nOnze nieuwe collega's:\n- Sara Wuyts, logopediste, neemt de woensdagen van Eline over;\n"
        "- Bart Claes, kinesitherapeut, werkt met de eerste graad.\n\nAn"
    )
    assert check(mail(text), POLICY) == []
    assert check(mail(text, to="personeel@sintpieterscollege.be"), POLICY) == []
    for text in (
        "Dag Katrien,\n\nLiens logopediste vraagt een gesprek over Lien Claes (2A).\n\nAn",
        "Dag Katrien,\n\nDe logopediste van Lien Claes (2A) vraagt een gesprek.\n\nAn",
    ):
        found = {f.category for f in check(mail(text), POLICY)}
        assert "care" in found, text


def test_opening_a_clb_file_for_a_new_pupil_is_paperwork() -> None:
    """Every pupil has a CLB file: "voor het aanmaken van het CLB-dossier" (batch65) with a new pupil's details is the
    enrolment's paperwork. What the file holds about a pupil is still care."""
    clb = "Katrien Nys <katrien.nys@vclb-leuven.be>"
    paperwork = "Dag Katrien,\n\nVoor het aanmaken van het CLB-dossier van Sofie Janssens (4B): zie bijlage.\n\nAn"
    assert check(mail(paperwork, to=clb), POLICY) == []
    held = "Dag Katrien,\n\nIn het CLB-dossier van Sofie Janssens (4B) zit het verslag van de kinderpsychiater.\n\nAn"
    found = {f.category: f for f in check(mail(held, to=clb), POLICY)}
    assert "care" in found, found


def test_a_fracture_of_a_het_word_a_broken_bone_a_sling_and_ear_tubes() -> None:
    """ "Een breuk van het sleutelbeen", "een gebroken scheenbeen", a sling, tubes through the eardrum (batch62):
    medical, to the pupil's parent. A maths lesson's fraction names no injury."""
    for text, term in (
        ("Beste mevrouw Claes,\n\nNoor (2A) viel in de turnles; op de spoed zagen ze een breuk van het scheenbeen."
         "\n\nAn", "breuk van het"),
        ("Beste mevrouw Claes,\n\nNoor (2A) heeft een gebroken sleutelbeen en blijft deze week thuis.\n\nAn",
         "gebroken sleutelbeen"),
        ("Beste mevrouw Claes,\n\nNoor (2A) moet haar arm nog twee weken in een draagverband houden.\n\nAn",
         "draagverband"),
        ("Beste mevrouw Claes,\n\nNoor (2A) kreeg buisjes in het trommelvlies en mag een maand niet zwemmen.\n\nAn",
         "trommelvlies"),
    ):  # fmt: skip
        found = {f.category: f for f in check(mail(text, to="Eva Claes <eva.claes@telenet.be>"), POLICY)}
        assert found["medical"].evidence[0].startswith(f"[{term}"), (text, found)
    fraction = mail("Dag Jan,\n\nIn 2B oefenen we morgen op een breuk van het type drie vierde.\n\nAn")
    assert check(fraction, POLICY) == []
