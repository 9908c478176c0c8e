"""The ``conduct`` rule (§3.2): words aimed at a person or a group are found; the same words quoted or
reported (a care-team report, a lesson, a forward) are not; evidence never holds the word."""

from __future__ import annotations

import pytest

from discretie.message import parse
from discretie.model import Action, Message, Severity
from discretie.pipeline import check as pipeline_check
from discretie.policy import Policy, parse_policy
from discretie.rules.conduct import check, fold, mask

POLICY = Policy()
TEACHER = "an.devos@sintpieterscollege.be"
PARENT = "marc.peeters@telenet.be"


def mail(body: str, subject: str = "Bericht", to: str = PARENT) -> Message:
    raw = (
        f"From: {TEACHER}\r\nTo: {to}\r\nSubject: {subject}\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    ).encode()
    return parse(raw, TEACHER, (to,))


def found(message: Message, policy: Policy = POLICY) -> dict[str, tuple[Severity, tuple[str, ...]]]:
    return {f.category: (f.severity, f.evidence) for f in check(message, policy)}


AIMED = "gericht aan een persoon"
# (case, body, category, masked term)
POSITIVES = [
    ("Flemish slur at a pupil", "Jonas, je bent een vuile makak.", "slur", "m****"),
    ("vocative slur", "Vuile makak, blijf uit mijn klas.", "slur", "m****"),
    ("Flemish ge zijt", "Ge zijt ne smeirlap, weet ge dat?", "insult", "s*******"),
    ("insult at the reader", "Je bent echt een klootzak.", "insult", "k*******"),
    ("insult about a named person", "Jonas is een idioot en dat weet iedereen.", "insult", "i*****"),
    ("exclamation", "Debiel!", "insult", "d*****"),
    ("imperative curse", "Krijg de tering.", "insult", "k**** d* t*****"),
    ("shut up", "Hou je bek.", "insult", "h** j* b**"),
    ("French insult", "T'es une salope.", "insult", "s*****"),
    ("French slur phrase", "Sale arabe, dégage.", "slur", "s*** a****"),
    ("English insult", "You are a fucking idiot!", "insult", "i****"),
    ("English slur", "You faggot.", "slur", "f*****"),
    ("threat", "Ik maak je dood als je dat nog eens zegt.", "threat", "i* m*** j* d***"),
    ("threat with address", "Ik weet waar je woont.", "threat", "i* w*** w*** j* w****"),
    ("French threat", "Je vais te tuer.", "threat", "j* v*** t* t***"),
    ("English threat", "I'll kill you tomorrow.", "threat", "i*** k*** y**"),
    ("weak word said of the reader", "Je bent een vuile zak.", "insult", "z**"),
    ("said of the reader's son", "Uw zoon is een etterbak.", "insult", "e*******"),
    ("said of a group of people", "Die ouders zijn allemaal idioten.", "insult", "i******"),
    ("inverted threat", "Als je nog eens te laat komt, dan sla ik je in elkaar.", "threat", "s** i* j* i* e*****"),
    ("threat of a beating", "Je krijgt een pak slaag als je dat nog eens doet.", "threat", "j* k***** e** p** s****"),
    ("sexual remark to a pupil", "Je ziet er sexy uit in dat kleedje.", "sexual", "j* z*** e* s*** u**"),
    ("weak word after", "Eikel dat je bent.", "insult", "e****"),
    ("sexual intimidation", "Stuur me een naaktfoto, niemand hoeft het te weten.", "sexual", "s**** m* e** n********"),
    ("sexual English", "Send me nudes tonight.", "sexual", "s*** m* n****"),
]


@pytest.mark.parametrize(("case", "body", "category", "term"), POSITIVES, ids=[p[0] for p in POSITIVES])
def test_aimed_words_are_found_and_masked(case: str, body: str, category: str, term: str) -> None:
    result = found(mail(body))
    assert category in result, (case, result)
    severity, evidence = result[category]
    assert severity is Severity.HIGH
    assert evidence[0].endswith(f"({AIMED}): {term}"), evidence


def test_a_slur_used_without_target_is_medium_and_hate_against_a_group_high() -> None:
    assert found(mail("Er lopen overal makakken rond in de stad.")) == {
        "slur": (Severity.MEDIUM, ("racistisch of discriminerend scheldwoord (gebruikt, niet geciteerd): m*******",))
    }
    # pointed at people ("die ...") it is aimed
    assert found(mail("Die makakken zijn overal in de stad."))["slur"][0] is Severity.HIGH
    assert found(mail("Die Marokkaantjes zijn allemaal dieven."))["hate"][0] is Severity.HIGH
    hate = found(mail("Alle moslims moeten het land uit."))
    assert hate["hate"][0] is Severity.HIGH
    assert hate["hate"][1][0].startswith("aanzetten tot haat tegen een groep (gericht tegen een groep): a*** m******")


NEGATIVES = [
    ("report to the care team", "Beste zorgteam, Jonas noemde Lotte vandaag een vuile makak op de speelplaats."),
    ("quoted message", 'Lotte kreeg gisteren dit bericht van een klasgenoot: "je bent een vuile makak". Wat nu?'),
    ("quoted threat", "Hij stuurde haar: 'ik maak je dood'. We nemen contact op met de ouders."),
    ("French report", "L'élève a traité sa camarade de sale arabe pendant la récréation."),
    ("English report", "A pupil called her a faggot during the break; we logged it."),
    ("history lesson", "In de les geschiedenis analyseren we propaganda: de joden zijn ratten, stond op de affiche."),
    (
        "literature lesson",
        "Voor literatuur lezen we het gedicht waarin het woord neger voorkomt; bespreek het met de klas.",
    ),
    ("bullying policy", "Pesten, schelden (zoals 'vuile makak' of 'flikker') en bedreigen worden niet getolereerd."),
    ("reply quote", "Dank voor je melding.\n\n> Je bent een klootzak, schreef hij.\n> Groeten"),
    ("third person about a supplier, no insult aimed", "Wat een klootzak, die leverancier: weer te laat."),
    ("disease", "Zijn moeder heeft kanker op jonge leeftijd gekregen; hij is vaak afwezig."),
    ("ordinary words", "Het zal een zak van 10 kg zijn. Hou je kop erbij tijdens het examen! Ik kom je halen."),
    ("macaque in biology", "De makaak is een apensoort uit Azië; we bekijken er een filmpje over."),
    ("Rio Negro", "Volgende week: de Rio Negro en het Amazonebekken."),
    (
        "sexting prevention letter",
        "Beste ouders, in de lessen over sexting leren de leerlingen nooit naaktfoto's te delen.",
    ),
    (
        "forwarded with marker",
        "Zie hieronder.\n\n---------- Doorgestuurd bericht ----------\nVan: x\nJe bent een klootzak.",
    ),
    ("French 'je vais vous retrouver'", "Je vais vous retrouver à la gare à 8 heures."),
    ("French 'en retard'", "T'es encore en retard, on commence sans toi."),
    ("a bag and a dirty bag", "Vergeet jullie zak met turngerief niet. Steek de vuile was in een vuile zak."),
    ("acorns in biology", "Jij eikels verzamelen en jullie eikels tellen, dat is de opdracht."),
    ("adjective, not a person", "Dit is een idioot voorstel en Jonas is een idioot slimme jongen."),
    ("thank you", "Thank you for the idiot-proof guide."),
    ("Spanish", "Un café con leche y el libro del profesor."),
    ("general 'er zijn'", "Er zijn idioten die denken dat dit gratis is."),
    ("a photo for the pupil card", "Stuur me een foto van jezelf voor je leerlingenkaart."),
    ("a surprise party", "Het feestje voor Jan: dit blijft ons geheim!"),
    ("pupils generalised without a group word", "De leerlingen zijn allemaal lui vandaag, haha."),
]


@pytest.mark.parametrize(("case", "body"), NEGATIVES, ids=[n[0] for n in NEGATIVES])
def test_quoted_reported_and_ordinary_text_is_not_found(case: str, body: str) -> None:
    assert found(mail(body)) == {}, case


def test_embedded_message_is_quoted() -> None:
    raw = (
        f"From: {TEACHER}\r\nTo: zorgteam@sintpieterscollege.be\r\nSubject: Fw: incident\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nZie bijlage.\r\n'
        "--b\r\nContent-Type: message/rfc822\r\n\r\nFrom: x@gmail.com\r\nSubject: hoi\r\n\r\n"
        "Je bent een vuile makak.\r\n"
        "--b--\r\n"
    ).encode()
    assert check(parse(raw, TEACHER, ("zorgteam@sintpieterscollege.be",)), POLICY) == []


def test_porn_link_is_sexual() -> None:
    assert found(mail("Kijk eens: https://www.pornhub.com/view_video")) == {
        "sexual": (
            Severity.MEDIUM,
            ("seksueel intimiderende of pornografische inhoud (link naar een pornosite): www.pornhub.com",),
        )
    }


def test_audit_by_default_hold_when_enforced() -> None:
    message = mail("Je bent een vuile makak.")
    verdict = pipeline_check(message, POLICY)
    assert (verdict.action, verdict.would_action, verdict.audit_only) == (Action.FORWARD, Action.HOLD, ("conduct",))
    enforced = parse_policy("rules:\n  conduct:\n    mode: enforce\n")
    assert pipeline_check(message, enforced).action is Action.HOLD


def test_policy_adds_and_removes_terms_and_context() -> None:
    policy = parse_policy(
        "rules:\n  conduct:\n    terms: {insult: [snotaap], threat: ['!ik zet je buiten']}\n    remove: [zak]\n"
        "    context: [mediawijsheid]\n    report_to: Directie@SintPietersCollege.be\n"
    )
    assert policy.rules.conduct.report_to == "directie@sintpieterscollege.be"
    assert "insult" in found(mail("Je bent een snotaap."), policy)
    assert "threat" in found(mail("Ik zet je buiten, let op."), policy)
    assert found(mail("Je bent een zak."), policy) == {}
    assert "insult" in found(mail("Je bent een zak."))
    assert found(mail("Mediawijsheid: de leerling die 'Je bent een klootzak' postte."), policy) == {}
    with pytest.raises(Exception, match="not a default term"):
        parse_policy("rules:\n  conduct:\n    remove: [schat]\n")
    with pytest.raises(Exception, match="must be a mail address"):
        parse_policy("rules:\n  conduct:\n    report_to: directie\n")


def test_fold_keeps_positions_and_mask_hides_the_word() -> None:
    text = "Ge zijt ’n İdioot, élève"
    assert len(fold(text)) == len(text) and fold("Élève’s") == "eleve's"
    assert mask("vuile makak") == "v**** m****"


@pytest.mark.parametrize(
    "body",
    [
        "makak " * 80_000,
        "Je bent een klootzak. " * 23_000,
        '"' * 500_000,
        "a" * 2_000_000,
        "vuile " * 80_000,
        "haha Marokkanen " * 30_000,
        "haha waarom Turken? " * 25_000,
        "terug naar " * 45_000,
        "Dit blijft tussen ons, wij twee, " * 15_000,
    ],
    ids=[
        "slur run without sentence end",
        "insult sentences",
        "quotes",
        "one long word",
        "adjective run",
        "group words without a stereotype",
        "joke questions",
        "go-back run",
        "secrecy run",
    ],
)
def test_hostile_text_is_read_in_bounded_time(body: str) -> None:
    """Half a megabyte of terms without a sentence end took 268 s when every term searched to the end of
    the text (rfind, sentence end); the search is bounded and at most MAX_CANDIDATES terms are examined."""
    import time

    message = mail(body)
    started = time.perf_counter()
    check(message, POLICY)
    assert time.perf_counter() - started < 3.0


# -- after tuning on the first contact with conduct01/conduct02 (docs/rules.md): one case per mechanism ------
GROUP = "gericht tegen een groep"
# (case, body, category, how, masked start of the evidence term)
TUNED = [
    (
        "a lesson word no longer excuses an aimed slur",
        "Die flikker zit de hele les te gapen.",
        "slur",
        AIMED,
        "f******",
    ),
    ("pointed at: die + slur", "Zet die kleine makak maar achteraan.", "slur", AIMED, "m****"),
    (
        "pointed at with an insulting adjective",
        "Kan iemand dat dikke varken van 2C eens wakker maken?",
        "insult",
        AIMED,
        "v*****",
    ),
    ("compared with an animal", "Hij gedraagt zich als een aap in de refter.", "insult", AIMED, "a**"),
    ("called in passing", "Ga gewoon zitten, sukkelaar.", "insult", AIMED, "s********"),
    ("said after: zijn het", "Uitvreters en profiteurs zijn het allemaal.", "insult", AIMED, "p*********"),
    ("inverted: zijt ge", "Zijt ge nu echt zo achterlijk?", "insult", AIMED, "a*********"),
    ("an ordinary word said of a person", "Uw dochter is een valse heks.", "insult", AIMED, "h***"),
    ("English ableist insult", "Honestly, you are a little retard.", "insult", AIMED, "y** a** a l***** r*****"),
    ("French insult from FBL", "Espèce de raclure, sors d'ici.", "insult", AIMED, "r******"),
    ("Dutch insult from LDNOOBW", "Jij zuiplap, ga naar huis.", "insult", AIMED, "z******"),
    ("a degrading adjective on people", "Dom volk, daar valt niet mee te praten.", "insult", AIMED, "d** v***"),
    ("told to go back", "Die mensen moeten maar terug naar hun eigen land.", "hate", GROUP, "t****"),
    ("a stereotype pinned on one person", "Typisch Marokkaan, altijd te laat.", "hate", GROUP, "t****** m********"),
    ("your kind", "Dat is typisch voor uw soort volk.", "hate", GROUP, "u* s**** v***"),
    ("a group smeared", "Die Roemenen komen hier alleen om te stelen.", "hate", GROUP, "r*******"),
    ("a group told where it belongs", "Vrouwen horen in de keuken, niet in de directie.", "hate", GROUP, "v******"),
    (
        "a joke about a group",
        "Hoe noem je een Pool met een schop? Een werkende Pool 😂",
        "hate",
        "grap over een groep",
        "h**",
    ),
    (
        "secrecy with a private meeting",
        "Je zag er mooi uit. Eens afspreken, wij twee? Dit blijft tussen ons.",
        "sexual",
        AIMED,
        "b*****",
    ),
    ("a photo without clothes", "Stuur me eens een foto in dat badpak, of zonder.", "sexual", AIMED, "s**** m* e***"),
    (
        "clothes and the writer's gaze",
        "Met die leggings kan ik me niet meer concentreren.",
        "sexual",
        AIMED,
        "l*******",
    ),
    (
        "pressure phrase",
        "Doe niet zo moeilijk, ik weet dat je het ook wil.",
        "sexual",
        AIMED,
        "i* w*** d** j* h** o** w**",
    ),
    (
        "conditional threat",
        "Als je nog eens klaagt, dan ga je op de speelplaats iets meemaken.",
        "threat",
        AIMED,
        "d** g* j*",
    ),
    ("threat to the body", "Nog één keer en ik breek je benen.", "threat", AIMED, "i* b**** j* b****"),
    ("knows where you live, polite form", "Ik weet waar u woont, meneer.", "threat", AIMED, "i* w*** w*** u w****"),
]


@pytest.mark.parametrize(("case", "body", "category", "how", "term"), TUNED, ids=[t[0] for t in TUNED])
def test_tuned_mechanisms_find_their_class(case: str, body: str, category: str, how: str, term: str) -> None:
    result = found(mail(body))
    assert category in result, (case, result)
    severity, evidence = result[category]
    assert severity is Severity.HIGH
    assert any(item.startswith(f"{conduct_label(category)} ({how}): {term}") for item in evidence), evidence


def conduct_label(category: str) -> str:
    from discretie.rules.conduct import LABELS

    return LABELS[category]


TUNED_NEGATIVES = [
    ("a monkey at the zoo", "Die apen in Planckendael waren de hele middag aan het spelen."),
    ("a pig in biology", "Het varken is een zoogdier; dat varken op de foto is een Piétrain."),
    ("a fairy-tale witch", "In het sprookje is de heks de slechterik, lees het voor."),
    ("French late", "Les élèves de 4D sont encore en retard, la classe commence sans eux."),
    ("a script line", "Scène 2 voor donderdag:\nROOS: Ik maak je kapot, hoor je me?\nTIM: Doe maar."),
    ("a report of a go-back remark", "Melding: een leerling riep tegen Samir dat hij terug naar zijn land moest."),
    ("a question about pupils without a joke", "Hoeveel Poolse leerlingen starten er in september?"),
    ("a surprise kept secret", "Het cadeau voor Jan blijft tussen ons, we geven het vrijdag."),
    ("a photo for the yearbook", "Stuur me een foto van je klas voor het jaarboek."),
    ("tired", "Je zag er moe uit vandaag, rust wat uit."),
    ("a complaint answered politely", "Dank voor uw klacht over de sanctie; ik bekijk het met de directie."),
    ("a sports kit", "Vergeet je leggings en je turnpantoffels niet, we concentreren ons op de balk."),
]


@pytest.mark.parametrize(("case", "body"), TUNED_NEGATIVES, ids=[n[0] for n in TUNED_NEGATIVES])
def test_tuned_mechanisms_leave_ordinary_text_alone(case: str, body: str) -> None:
    assert found(mail(body)) == {}, case


def test_context_is_read_in_the_writers_own_text_only() -> None:
    # A report word in the quoted message the writer answers does not excuse the writer's own slur ...
    reply = (
        "Die makak van de poetsploeg doet weer niks.\n\n"
        "Op 2 okt. 2026 om 10:02 schreef Els:\n> Je melding is doorgegeven."
    )
    assert found(mail(reply))["slur"][0] is Severity.HIGH
    # ... while the writer's own report to the care team still does.
    assert found(mail("Voor het zorgteam: die makak-opmerking kwam van Jonas, zei Lotte.")) == {}


def test_an_endorsed_forward_is_the_writers_own_an_unendorsed_one_is_not() -> None:
    forwarded = (
        "\n\n---------- Doorgestuurd bericht ----------\nVan: x <x@example.com>\nDatum: vr 2 okt. 2026\n"
        "Onderwerp: zo is het\n\nMarokkanen zijn allemaal dieven.\n"
    )
    endorsed = found(mail("Haha, zo waar! Stuur maar door." + forwarded))
    assert endorsed["hate"][0] is Severity.HIGH
    assert endorsed["hate"][1][0].startswith(f"{conduct_label('hate')} ({GROUP}): m*********")
    assert found(mail("Is dit normaal? Kunnen we hier iets aan doen?" + forwarded)) == {}
