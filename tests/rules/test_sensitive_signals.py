"""The recognizers behind ``sensitive`` (issue 11), each on its own, and the classes of miss and
false alarm that the blind batches showed, written anew in our own words (never a batch's phrase).

Persons: the first-name list, initials with a class, table rows and bullets, the roster. Facts
without the keyword. Genericness: questions, conditions, examples, rule-book headings.
Audience: group address, many outside recipients, a salutation to a group.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path
from types import ModuleType

import pytest

from discretie.detect import fold
from discretie.message import parse
from discretie.model import Action, Finding, Message, PupilRef
from discretie.names import load_first_names, parse_first_names
from discretie.pipeline import check as pipeline_check
from discretie.policy import Policy
from discretie.rules.sensitive import (
    _context,
    _heading_line,
    _in_role_column,
    _lower_bare_codes,
    _model_text,
    _own_quote,
    _pupil_in,
    _read_part,
    audience,
    check,
    class_codes,
    generic_sentence,
)
from tests.helpers import bench_module

POLICY = Policy()
SCHOOL = "sintpieterscollege.be"
COLLEAGUE = f"katrien.janssens@{SCHOOL}"
PARENT = "marleen.hendrickx@telenet.be"
REPO = Path(__file__).resolve().parents[2]


def mail(body: str, subject: str = "Bericht", rcpt: Sequence[str] = (COLLEAGUE,), bcc: int = 0) -> Message:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = f"An Devos <an.devos@{SCHOOL}>"
    msg["To"] = ", ".join(rcpt) if rcpt else f"An Devos <an.devos@{SCHOOL}>"
    msg["Subject"] = subject
    msg.set_content(body)
    extra = [f"ouder{n}@telenet.be" for n in range(bcc)]
    return parse(bytes(msg), f"an.devos@{SCHOOL}", [*rcpt, *extra])


def found(findings: list[Finding]) -> dict[str, tuple[str, ...]]:
    return {f.category: f.evidence for f in findings}


# --------------------------------------------------------------------------- first-name list


def test_first_name_list_marks_names_that_are_words() -> None:
    """The packaged list (derived from deduce): ~15,000 names; Roos and Jan are also words,
    Femke and Lina are names only; particles and function words (La, Van, Si) are left out."""
    names = load_first_names()
    assert len(names) > 14_000
    assert (names.kind("Femke"), names.kind("Lina"), names.kind("Roos"), names.kind("Jan")) == (
        "name",
        "name",
        "word",
        "word",
    )
    assert names.kind("La") is None and names.kind("Van") is None and names.kind("Si") is None
    assert names.kind("Groeipakket") is None and names.kind("Zorg") is None


def test_first_name_list_format() -> None:
    parsed = parse_first_names("# comment\nFemke\nRoos\tword\n\n")
    assert parsed.names == frozenset({"Femke", "Roos"}) and parsed.words == frozenset({"Roos"})


def test_first_name_list_is_reproducible_from_its_script() -> None:
    """bench/build_first_names.py writes exactly the packaged file from the deduce list."""
    module = bench_module("build_first_names")
    packaged = (REPO / "src" / "discretie" / "data" / "first_names.txt").read_text("utf-8")
    assert packaged.startswith("# Dutch first names, derived by bench/build_first_names.py from deduce 3.0.6")
    assert "LGPL-3.0-or-later" in packaged.splitlines()[1]
    assert "Roos\tword\n" in packaged and "\nFemke\n" in packaged and "\nLa\n" not in packaged
    assert {"la", "van", "si"} <= module.EXCLUDED and "roos" in module.ORDINARY


# --------------------------------------------------------------------------- persons


def test_first_name_alone_is_a_pupil_reference() -> None:
    """A first name from the list, not marked as a pupil by the text, next to a medium fact."""
    findings = check(
        mail("Hoi Katrien,\n\nIk merk dat Wannes sinds de kerstvakantie paniekaanvallen heeft.\n\nAn"), POLICY
    )
    # (the model's category heads may add a category of their own: here the one the recognizers found matters)
    assert found(findings)["psychosocial"] == ('[paniekaanvallen] bij "W." (één ontvanger)',)


def test_first_names_off_in_policy_drops_the_reference() -> None:
    policy = Policy.model_validate({"rules": {"sensitive": {"first_names": False}}})
    assert (
        check(mail("Hoi Katrien,\n\nIk merk dat Wannes sinds de kerstvakantie paniekaanvallen heeft.\n\nAn"), policy)
        == []
    )


@pytest.mark.parametrize(
    ("case", "body"),
    [
        ("reader in salutation", "Dag Wannes,\n\nDe leerlingen zijn erg somber over de examens.\n\nAn"),
        ("role before", "Hoi Katrien,\n\nOnze opvoeder Wannes had vorige week paniekaanvallen.\n\nAn"),
        ("role after", "Hoi Katrien,\n\nWannes (leerlingenbegeleiding) had vorige week paniekaanvallen.\n\nAn"),
        # the service someone works at (batch23's class, our own words)
        (
            "service at",
            "Hoi Katrien,\n\n- de sleutel haal je bij Wannes op het secretariaat\n- de time-outruimte gaat open met de"
            " code 4-7-1-9, er blijft iemand bij de leerling.\n\nAn",
        ),
        ("sign-off", "Hoi Katrien,\n\nDe sfeer in de leraarskamer is erg somber.\n\nWannes"),
        ("word at sentence start", "Hoi Katrien,\n\nStorm op komst: de sfeer is somber.\n\nAn"),
        ("heading", "Hoi Katrien,\n\n3.1 Zorg En Welzijn\nDe sfeer is somber deze week.\n\nAn"),
        ("forward header", "Zie hieronder.\n\nVan: Wannes Peeters <w.peeters@telenet.be>\nOnderwerp: somber weer\n"),
    ],
)
def test_grown_ups_and_words_are_not_pupils(case: str, body: str) -> None:
    assert check(mail(body), POLICY) == [], case


def test_initials_with_class_are_a_strong_reference() -> None:
    findings = check(
        mail("Dag collega's,\n\nVoor K.D. (4C) is het verslag binnen: dyscalculie bevestigd.\n\nAn"), POLICY
    )
    assert found(findings) == {
        "care": ('[dyscalculie] bij "leerling K. D." (één ontvanger)',),
        "medical": ('[dyscalculie] bij "leerling K. D." (één ontvanger)',),  # a diagnosis is both
    }


def test_initials_before_a_surname_are_an_author() -> None:
    body = "Dag collega's,\n\nIn de bib: het boek van R.J. Palacio over een jongen die gepest wordt.\n\nAn"
    assert check(mail(body, rcpt=[f"personeel@{SCHOOL}"]), POLICY) == []


def test_table_row_starting_with_a_name() -> None:
    """A class-council table (tabs in the plain part): the row's first cell names the pupil."""
    body = (
        "Dag collega's,\n\nNotities van de klassenraad:\n\nLeerling\tOpmerking\n"
        "Wannes\twerkt goed mee\nIlke\tlogeert door de week bij haar grootouders\n\nAn"
    )
    assert found(check(mail(body), POLICY)) == {
        "family": ('[logeert door de week bij haar grootouders] bij "leerling I." (één ontvanger)',)
    }


def test_pupil_export_row_with_the_surname_first() -> None:
    """A participants list pasted from a pupil export: surname, first name, class, a parent's phone and a
    remarks column, ";"-separated. The phone number does not make a row a contact line (a signature), and
    the first name after the surname cell opens the row: the fact is that row's pupil's, not the next row's.
    With a roster that lacks the pupil (a first name no pupil carries), the row still names a pupil."""
    body = (
        "Dag,\n\nHierbij de lijst voor de verzekering.\n\nNaam;Voornaam;Klas;Telefoon ouder;Opmerking\n"
        "Engelen;Xander;6B;0488 94 76 16;\nBosmans;Linde;6C;0481 96 60 42;epilepsie, neemt elke dag haar pillen\n"
        "Martens;Stan;6C;0475 10 74 18;\n\nMvg,\nTom"
    )
    expected = {"medical": ('[epilepsie] bij "leerling L." (één ontvanger buiten de school)',)}
    assert found(check(mail(body, rcpt=("reizen@horizonreizen.be",)), POLICY)) == expected
    roster = POLICY.with_roster(FirstNameRoster())
    assert found(check(mail(body, rcpt=("reizen@horizonreizen.be",)), roster)) == expected


def test_bullet_with_name_and_initial() -> None:
    body = "Dag collega's,\n\n- Jorre V.: vaak afwezig, problematisch afwezig volgens het CLB\n- Ilke S.: prima\n\nAn"
    assert "psychosocial" in found(check(mail(body), POLICY))


@dataclass
class OneRoster:
    """A school's pupil list with one pupil (the ``PupilIndex`` protocol; the real one keeps
    keyed hashes): finds "Merveille Kasongo" in a text."""

    name: str = "Merveille Kasongo"

    def find(self, text: str) -> Sequence[PupilRef]:
        pos = text.find(self.name)
        return [] if pos < 0 else [PupilRef(pos, pos + len(self.name), "P0001", "full_name", "M. K.")]

    def parents(self, pupil: str) -> frozenset[str]:
        return frozenset()

    def children_of(self, address: str) -> frozenset[str]:
        return frozenset()

    def is_known_address(self, address: str) -> bool:
        return False

    def pupils_at(self, address: str) -> frozenset[str]:
        return frozenset()


def test_roster_hit_is_strong_and_shown_as_initials() -> None:
    """ "Merveille" is not on the first-name list: without the roster nothing fires; with it the
    pupil is found and the evidence shows the roster's initials only, never the name."""
    body = "Hoi Katrien,\n\nOpgelet: zoals besproken heeft Merveille Kasongo een notenallergie.\n\nAn"
    assert check(mail(body), POLICY) == []
    findings = check(mail(body), POLICY.with_roster(OneRoster()))
    assert found(findings) == {"medical": ('[notenallergie] bij "leerling M. K." (één ontvanger)',)}
    assert "Kasongo" not in repr(findings) and "Merveille" not in repr(findings)


@dataclass
class FirstNameRoster(OneRoster):
    """A school where pupils are called Jonas and Roos: the roster reports every "Jonas" and
    "Roos" in a text as a first-name reference (kind ``first_name``), as the real one does."""

    names: tuple[str, ...] = ("Jonas", "Roos")

    def find(self, text: str) -> Sequence[PupilRef]:
        hits = [
            PupilRef(m.start(), m.end(), f"P-{m.group()}", "first_name", f"{m.group()[0]}.")
            for m in re.finditer(r"\b(?:" + "|".join(self.names) + r")\b", text)
        ]
        return sorted(hits, key=lambda h: h.start)


@pytest.mark.parametrize(
    "body",
    [
        # a grown-up with a role who happens to carry a pupil's first name
        "Beste ouders,\n\nSprekers zijn onze leerlingenbegeleider Jonas Claes en iemand van het CLB.",
        # a first name that is also an ordinary word, opening an agenda item
        "Agenda personeelsvergadering:\n4. Schooltoeslag: de nieuwe regels\n"
        "5. Roos: rozenverkoop ten voordele van het goede doel",
    ],
)
def test_roster_first_names_are_read_like_other_first_names(body: str) -> None:
    """The roster recognizer keeps the first-name recognizer's exclusions (a role or title before
    the name, an ordinary word opening a sentence or item): with a roster, general mail naming a
    speaker or an agenda item stayed quiet only without it."""
    assert check(mail(body, rcpt=("ouder.peeters@telenet.be",)), POLICY.with_roster(FirstNameRoster())) == []
    pupil = "Hoi Katrien,\n\nJonas heeft een notenallergie, hou zijn epipen bij de hand.\n\nAn"
    assert "medical" in found(check(mail(pupil), POLICY.with_roster(FirstNameRoster())))


def test_with_a_roster_a_first_name_no_pupil_carries_is_no_pupil() -> None:
    """batch26's class (our own words): among colleagues, a colleague's burn-out or a colleague's father's death
    names a first name that no pupil of the roster carries: no pupil's fact. Without a roster any first name
    may be a pupil's; with a class after it the name is a pupil's even so; a roster name still counts."""
    roster = POLICY.with_roster(FirstNameRoster())
    colleague = "Dag collega's,\n\nGriet is voor langere tijd thuis, de dokter spreekt van een burn-out.\n\nMireille"
    assert check(mail(colleague, subject="Griet - afwezigheid"), roster) == []
    assert "psychosocial" in found(check(mail(colleague, subject="Griet - afwezigheid"), POLICY))
    father = "Lieve collega's,\n\nDe papa van Ewa is gisteren overleden.\n\nFatima"
    subject = mail(father, subject="papa van Ewa")
    assert check(subject, roster) == [] and "family" in found(check(subject, POLICY))
    classed = "Dag collega's,\n\nGriet (3B) is voor langere tijd thuis, de dokter spreekt van een burn-out.\n\nM."
    assert "psychosocial" in found(check(mail(classed, subject="Griet - afwezigheid"), roster))
    pupil = "Dag collega's,\n\nJonas is voor langere tijd thuis, de dokter spreekt van een burn-out.\n\nM."
    assert "psychosocial" in found(check(mail(pupil, subject="Jonas - afwezigheid"), roster))
    # the name in the text alone, and in full in the subject; the model's pupil when it fires alone
    depressed = "Dag collega's,\n\nGriet zit thuis met een depressie, ze komt voorlopig niet.\n\nM."
    for subject in ("Bericht", "Griet Peeters - afwezigheid"):
        assert check(mail(depressed, subject=subject), roster) == [], subject
        assert "psychosocial" in found(check(mail(depressed, subject=subject), POLICY)), subject
    told = (
        "Lieve collega's,\n\nEwa liet ons weten dat haar papa gisteren in Polen is gestorven. Ze vertrekt morgen en"
        " is een week weg. In de leraarskamer ligt een kaart, wie wil kan iets schrijven; ik breng ze donderdag naar"
        " de post.\n\nFatima"
    )
    assert check(mail(told, subject="papa van Ewa"), roster) == []  # nor the model alone, for want of a pupil
    mid = "Dag collega's,\n\nGisteren belde Griet dat ze met een depressie thuis zit.\n\nM."
    assert check(mail(mid, subject="Griet Peeters"), roster) == []  # the subject's full name, read in the text
    assert "psychosocial" in found(check(mail(mid, subject="Griet Peeters"), POLICY))


# --------------------------------------------------------------------------- facts without keywords


@pytest.mark.parametrize(
    ("case", "category", "body"),
    [
        ("death of a parent", "family", "Wannes is stil: zijn papa is vorige week overleden."),
        ("arrest", "family", "De vader van Ilke werd gisteren opgepakt door de politie."),
        ("unsafe at home", "family", "Ilke slaapt bij een tante omdat het thuis niet meer veilig is."),
        ("self-harm", "psychosocial", "Wannes heeft zichzelf opnieuw gesneden, ik zag het in de les LO."),
        ("suicidal thoughts", "psychosocial", "Ilke schreef dat ze er een einde aan wil maken."),
        ("panic", "psychosocial", "Wannes begon te hyperventileren voor de toets."),
        ("exclusion", "psychosocial", "Ilke wordt door de hele klas uitgelachen en buitengesloten."),
        ("pregnancy", "medical", "Ilke is in verwachting en mag niet meer zwaar tillen."),
        ("surgery", "medical", "Wannes heeft een knieoperatie gehad en loopt met krukken."),
        ("care track", "care", "Voor Ilke starten we een HGD-traject met het CLB."),
        ("bill paid by the OCMW", "financial", "Voor Wannes betaalt het OCMW de openstaande factuur."),
        ("french CPAS", "financial", "Pour Wannes, le CPAS paie la facture scolaire en deux fois."),
        ("eviction", "family", "Het gezin van Ilke werd vorige week uit huis gezet."),
        ("antidepressants", "psychosocial", "Wannes neemt sinds kort antidepressiva."),
        ("cannot pay the trip", "financial", "De ouders van Ilke kunnen de uitstap niet betalen: geen geld."),
        ("english diagnosis", "medical", "Wannes was diagnosed last month and has seizures at night."),
        # batch23's classes (our own words): a toileting accident told plainly, a day's dose refused
        (
            "a toileting accident",
            "medical",
            "Ilke heeft na de turnles in haar broek geplast; ze draagt nu reservekleren.",
        ),
        ("a dose refused", "medical", "Wannes weigerde vandaag zijn avonddosis en verstopte zijn pilletjes."),
        # batch22's classes (our own words): a payment plan in French; no food at home
        ("french payment plan", "financial", "Pour Wannes, nous proposons de régler les frais en six mensualités."),
        ("no food at home", "financial", "Ilke vertelde dat er thuis geen eten meer is, de koelkast is leeg."),
        # batch24's classes (our own words): repeated absences without a reason; school refusal in French; a
        # family's open school bills and a request to the CPAS, in French
        ("absences", "psychosocial", "Wannes is vaak afwezig zonder geldige reden en komt niet graag naar school."),
        ("refus scolaire", "psychosocial", "Pour Ilke, nous pensons à un refus scolaire: elle reste à la maison."),
        ("cpas", "financial", "Pour Wannes, le montant est encore ouvert; la maman fait une demande d'intervention."),
        # batch25's class (our own words): a fight, in French and English
        ("bagarre", "psychosocial", "Ilke s'est battue à la récréation et a donné un coup de poing à une amie."),
        ("fight", "psychosocial", "Wannes got into a fight at lunch and punched a boy of 2B."),
        # batch32's classes (our own words): an illness that kept a pupil away for weeks, in English; caught cheating
        ("glandular fever", "medical", "Ilke missed six weeks of school with glandular fever last winter."),
        ("pfeiffer", "medical", "Wannes had de ziekte van Pfeiffer en mist nog de helft van zijn toetsen."),
        ("cheating", "psychosocial", "Wannes (4B) heeft bij het examen Frans gespiekt met een briefje."),
        ("cheating french", "psychosocial", "Pour Ilke (3A): elle a triché au contrôle de maths avec son GSM."),
        # batch33's class (our own words): a school accident taken to the emergency department, in French
        ("urgences", "medical", "Wannes est tombé du mur d'escalade; nous l'avons conduit aux urgences à Louvain."),
        ("x-ray", "medical", "Ilke fell in the gym and was taken to the emergency room for an x-ray of her ankle."),
        # batch34's and batch35's classes (our own words): a splinted wrist; a sanction the school imposes
        ("splint", "medical", "Wannes (2A) viel in de turnles; op de EHBO-post werd zijn pols gespalkt."),
        ("sanction", "psychosocial", "Ilke (5B) en haar vriendin krijgen een herstelsanctie voor de graffiti."),
        # batch36's classes (our own words): a court's decision in English; co-parenting in a compound
        ("court", "family", "After the court decision, Wannes (2B) lives with his mother during the school weeks."),
        ("co-parenting", "family", "De facturen van Ilke (3A) splitsen we volgens het verblijfsco-ouderschap."),
        # batch37's classes (our own words): a heart specialist, a glucose app, a contact arrangement, being mocked
        ("cardiologist", "medical", "Voor Wannes (4C) ligt er een attest van de cardioloog: geen duurlopen."),
        ("glucose app", "medical", "Ilke (1B) houdt haar gsm met de glucose-app bij zich tijdens de toets."),
        ("contact arrangement", "family", "Volgens de contactregeling mag enkel de mama van Wannes (2D) hem ophalen."),
        ("mocked", "psychosocial", "Ilke (3B) was mocked in the class chat again and came to me in tears."),
        # batch39's class (our own words): sent to the time-out class after an outburst
        ("time-out class", "psychosocial", "Wannes (3C) schopte tegen een stoel en zit nu in de time-outklas."),
        ("time-out room", "psychosocial", "Na het incident bracht ik Ilke (2A) naar het time-outlokaal."),
        # batch40's and batch41's classes (our own words): a bowel disease, a transplant and its medication, a
        # kidney specialist, a burn; a bill paid in parts
        ("crohn", "medical", "Voor Wannes (4C) met de ziekte van Crohn plannen we het examen in twee delen."),
        ("transplant", "medical", "Ilke (2B) had a liver transplant last month and will be back next week."),
        ("transplantatie", "medical", "Na de harttransplantatie van Wannes (1A) volgt hij eerst via Bednet."),
        ("immunosuppressants", "medical", "Ilke (3A) takes immunosuppressants, so tell us about chickenpox."),
        ("kidney doctor", "medical", "De nefroloog van Wannes (1C) vraagt dat hij elk uur water drinkt."),
        ("burn", "medical", "Ilke (5A) heeft zich verbrand aan de bunsenbrander; de EHBO koelde haar hand."),
        ("paid in parts", "financial", "De ouders van Wannes (2D) betalen de 180 euro in drie delen."),
    ],
)
def test_facts_without_the_keyword(case: str, category: str, body: str) -> None:
    findings = check(mail(f"Hoi Katrien,\n\n{body}\n\nAn"), POLICY)
    assert category in found(findings), (case, [(f.category, f.evidence) for f in findings])


def test_a_procedure_over_a_fact_is_the_familys_own() -> None:
    """batch35's class (our own words): "de procedure over het hoederecht" is the family's own case, not a talk or
    a text about custody ("een spreekbeurt over het hoederecht" stays a topic)."""
    case = (
        "Geachte heer Claes,\n\nZolang de procedure over het hoederecht loopt, plaatsen we geen foto's van Lowie"
        " (3C) op de website.\n\nMet vriendelijke groeten,\nAn"
    )
    assert "family" in found(check(mail(case, rcpt=(PARENT,)), POLICY))
    talk = case.replace("de procedure over het hoederecht loopt", "de spreekbeurt over het hoederecht niet af is")
    assert check(mail(talk, rcpt=(PARENT,)), POLICY) == []


def test_the_exam_rules_on_cheating_are_no_pupils_fact() -> None:
    """The exam rules told to everybody ("wie betrapt wordt op spieken of fraude krijgt een nul") name nobody:
    no finding, to a group, to one parent or to many in BCC (the cheating terms of batch32's class)."""
    body = (
        "Beste ouders,\n\nDe examens starten maandag. Wie betrapt wordt op spieken of andere fraude, krijgt een nul"
        " voor dat examen en de klassenraad beslist over verdere maatregelen (examenreglement, artikel 9).\n\n"
        "De directie"
    )
    for rcpt, bcc in (((f"ouders1a@{SCHOOL}",), 0), ((PARENT,), 0), ((), 40)):
        assert check(mail(body, rcpt=rcpt, bcc=bcc), POLICY) == [], rcpt


def test_panic_over_a_locker_is_no_anxiety() -> None:
    """batch22's false alarm, in our own words: "paniek" alone is weak (a stuck locker, a lost key); with a second
    sign of distress it is anxiety."""
    locker = "Beste meneer,\n\nWout (2B) was even in paniek omdat zijn kluisje niet meer openging.\n\nAn"
    assert check(mail(locker, rcpt=["ouder.peeters@telenet.be"]), POLICY) == []
    distress = "Beste meneer,\n\nWout (2B) raakte in paniek en begon te hyperventileren in de klas.\n\nAn"
    assert "psychosocial" in found(check(mail(distress, rcpt=["ouder.peeters@telenet.be"]), POLICY))


def test_the_absence_rule_explained_is_no_pupils_absences() -> None:
    """batch11's look-alike, in our own words: the school rule explained for one day is not a pupil's absences."""
    body = (
        "Dag meneer,\n\nEen familiefeest is geen gewettigde reden: als Wannes vrijdag niet komt, wordt dat een"
        " ongewettigde afwezigheid.\n\nAn"
    )
    assert check(mail(body, rcpt=["ouder.peeters@telenet.be"]), POLICY) == []


def test_a_lunch_box_forgotten_is_no_want() -> None:
    """batch21's false alarm, in our own words: "had geen eten bij" is a forgotten lunch box, not want at home."""
    body = "Dag mevrouw,\n\nWannes had vandaag geen eten bij, hij was zijn brooddoos vergeten. Hij kreeg soep.\n\nAn"
    assert check(mail(body, rcpt=["ouder.peeters@telenet.be"]), POLICY) == []


def test_a_toileting_accident_in_a_general_letter_is_general() -> None:
    """The same words as a general rule for all parents are no fact about one pupil."""
    letter = (
        "Beste ouders,\n\nHeeft uw kind op school een ongelukje en plast het in de broek, dan bellen wij u en krijgt"
        " het reservekleren. Geef daarom bv. een zak met reservekleren mee in de boekentas.\n\nDe directie"
    )
    assert check(mail(letter, rcpt=["ouders-1a@sintpieterscollege.be"]), POLICY) == []


def test_death_in_the_news_is_not_a_pupils_family() -> None:
    body = "Dag collega's,\n\nDe schilder Frans Hals stierf in 1666 op hoge leeftijd in Haarlem.\n\nAn"
    assert check(mail(body), POLICY) == []


# --------------------------------------------------------------------------- genericness


RECOGNIZERS = Policy.model_validate({"rules": {"sensitive": {"model": False}}})  # the model neither adds nor vetoes


@pytest.mark.parametrize(
    ("sentence", "why"),
    [
        ("we verwerken deze gegevens: identiteitsgegevens, medische gegevens, gezinsgegevens.", "gegevenslijst"),
        ("mijn kind heeft astma. mag het een puffer bij zich hebben?", "vraag"),
        ("als uw kind medicatie neemt, vult de arts het attest in.", "voorwaarde"),
        ("medicatie (bv. tegen adhd) geeft de school niet.", "voorbeeld"),
        ("3.2 medicatie op school", "reglement"),
        ("uw zoon neemt sinds maandag medicatie.", None),
    ],
)
def test_generic_sentence(sentence: str, why: str | None) -> None:
    folded = fold(sentence)
    start = sentence.rfind(". ") + 2 if why == "vraag" else 0
    assert generic_sentence(folded, start, len(sentence)) == why


def test_faq_question_to_one_parent_is_generic() -> None:
    body = (
        "Beste mevrouw Hendrickx,\n\nHieronder de antwoorden op de vragen die we vaak krijgen.\n\n"
        "Mijn kind neemt medicatie tegen epilepsie: wie bewaart die op school?\nDe leerlingenadministratie.\n\nAn"
    )
    assert check(mail(body, rcpt=[PARENT]), POLICY) == []


def test_condition_between_the_child_and_the_fact() -> None:
    """A parent's question about the procedure: 'my son asked what happens when someone is bullied'."""
    body = "Dag mevrouw,\n\nMijn zoon vroeg wat de school eigenlijk doet wanneer iemand gepest wordt.\n\nSamira"
    assert check(mail(body, rcpt=[PARENT]), POLICY) == []


def test_procedure_with_the_pupil_in_general() -> None:
    """'l'élève' / 'de leerling' in a procedure: the medical words pile up, nobody is named."""
    body = (
        "Chère Madame,\n\nVoici la procédure. Le médicament est remis au secrétariat avec le nom de l'élève et "
        "l'attestation du médecin; les médicaments restent en classe.\n\nNadia"
    )
    assert check(mail(body, rcpt=[PARENT]), POLICY) == []
    assert check(mail(body, rcpt=[PARENT]), RECOGNIZERS) == []  # by the recognizers alone, not the model's veto


# --------------------------------------------------------------------------- audience


def test_audience() -> None:
    assert audience(mail("x", rcpt=[f"ouders@{SCHOOL}"]), POLICY, "Beste ouders").why == "groepsadres"
    assert audience(mail("x", rcpt=[PARENT], bcc=5), POLICY, "Dag").why == "6 ontvangers buiten de school"
    assert audience(mail("x", rcpt=[PARENT]), POLICY, "Beste ouders,").general is False  # one child's parents
    general = audience(mail("x", rcpt=[PARENT, "b@x.be"]), POLICY, "Beste ouders van het vijfde jaar,")
    assert (general.general, general.why) == (True, "aanhef aan een groep")
    assert audience(mail("x", rcpt=[PARENT]), POLICY, "Beste mevrouw Peeters,").why == "één ontvanger buiten de school"


def test_circular_your_child_is_every_child() -> None:
    """A letter to all parents in Bcc: 'uw kind' is every reader's child."""
    body = (
        "Beste ouders,\n\nNeemt uw kind medicatie tegen epilepsie of diabetes? Bezorg ons dan het attest.\n\n"
        "De directie"
    )
    assert check(mail(body, rcpt=[], bcc=30), POLICY) == []
    one = check(
        mail("Beste mevrouw Hendrickx,\n\nUw zoon neemt medicatie tegen epilepsie.\n\nAn", rcpt=[PARENT]), POLICY
    )
    assert found(one)["medical"][0] == '[epilepsie] bij "uw zoon" (één ontvanger buiten de school)'


def test_circular_still_fires_for_a_named_pupil() -> None:
    body = "Beste ouders,\n\nVoor de uitstap: K.D. (4C) heeft een notenallergie, neem geen noten mee.\n\nDe directie"
    assert "medical" in found(check(mail(body, rcpt=[], bcc=30), POLICY))


def test_trip_subject_with_year_group_is_not_a_pupil() -> None:
    body = "Beste ouders,\n\nVermeld medicatie en allergieën op de medische fiche.\n\nDe begeleiders"
    assert check(mail(body, subject="Skireis 5e jaar: praktisch", rcpt=[], bcc=30), POLICY) == []


# --------------------------------------------------------------------------- blind batches (regression)


def _quality() -> ModuleType:
    return bench_module("quality")


# Reached after tuning on these batches (NOT first-contact figures: those are in docs/rules.md).
# A change that drops below them is a regression on mail the rule once handled.
BLIND_FLOOR = {"batch01": (1.0, 0.93, 0.77), "batch02": (1.0, 0.97, 0.83), "general01": (1.0, 1.0, 1.0)}


@pytest.mark.parametrize("batch", sorted(BLIND_FLOOR))
def test_blind_batches_do_not_regress(batch: str) -> None:
    quality = _quality()
    report = quality.evaluate(REPO / "tests" / "blind" / batch)
    counts = report.rules["sensitive"]
    precision, recall, category_recall = BLIND_FLOOR[batch]
    misses = [(m.kind, m.file) for m in report.misses_for("sensitive")]
    if batch == "general01":
        assert counts.fp <= 2, misses  # of 160 general letters
    else:
        assert counts.precision >= precision and counts.recall >= recall, misses
        cats = report.categories.values()
        right = sum(c.tp for c in cats) / max(1, sum(c.tp + c.fn for c in cats))
        assert right >= category_recall, [(m.kind, m.rule, m.file) for m in report.category_misses]


# --------------------------------------------------------------------------- mechanisms (mutation survivors)


def test_word_like_name_at_sentence_start_is_no_person() -> None:
    """ "Storm" opens the sentence: the word, not a girl; with the class code alone nothing fires."""
    assert check(mail("Hoi Katrien,\n\nStorm in 3B: zelfverwonding kwam vandaag ter sprake.\n\nAn"), POLICY) == []


def test_word_like_name_mid_sentence_is_weak() -> None:
    """ "Rome" mid-sentence may be a name, but it is also a city: a weak reference only."""
    body = "Hoi Katrien,\n\nTijdens de reis naar Rome kreeg een leerling een paniekaanval.\n\nAn"
    assert check(mail(body), POLICY) == []


def test_name_in_a_heading_is_no_person() -> None:
    body = (
        "Hoi Katrien,\n\nSint Maarten Viering\nEen leerling met een paniekaanval mag naar het secretariaat.\n"
        "De stoet vertrekt om tien uur.\nDe koffie staat klaar.\nBreng je een lampion mee?\n\nAn"
    )
    assert check(mail(body), POLICY) == []


def test_name_on_a_quote_header_is_a_correspondent() -> None:
    body = "Zie hieronder.\n\nOp ma 12 okt. 2026 om 20:15 schreef Wannes:\n> Ik had een paniekaanval.\n"
    assert check(mail(body), POLICY) == []


def test_bullet_opening_with_a_first_name_is_strong() -> None:
    """A row that opens with the name is about that pupil: a weak fact is enough."""
    body = "Hoi Katrien,\n\nNotities:\n- Wannes: erg somber sinds de herfst\n- Ilke: prima\n\nAn"
    assert found(check(mail(body), POLICY)) == {"psychosocial": ('[somber] bij "leerling W." (één ontvanger)',)}


def test_reader_named_in_the_salutation_is_no_pupil() -> None:
    body = "Dag Wannes,\n\nIk had gisteren een paniekaanval in de les, sorry dat ik wegliep.\n\nAn"
    assert check(mail(body), POLICY) == []


def test_title_case_kin_word_is_a_title() -> None:
    body = "Dear Ms Kowalska,\n\nThe CLB (Centre for Pupil Guidance) has a psychologist and a doctor.\n\nMarie"
    assert check(mail(body, rcpt=[PARENT]), POLICY) == []


def test_surname_after_a_particle_is_no_first_name() -> None:
    """ "De Morgan" is a surname (Morgan is a first name elsewhere): the mathematician, not a pupil."""
    body = "Hoi Katrien,\n\nIk las dat De Morgan vaak paniekaanvallen had.\n\nAn"
    assert check(mail(body), POLICY) == []


def test_docs_appendix_is_the_lexicon() -> None:
    """docs/rules.md ends with what bench/lexicon_appendix.py prints from the source."""
    module = bench_module("lexicon_appendix")
    docs = (REPO / "docs" / "rules.md").read_text("utf-8")
    assert docs.endswith(module.appendix())


def test_rule_sentence_makes_the_pupil_anyone() -> None:
    """'de leerling mag/moet ...' states a rule for every pupil, also when the fact is in the next
    sentence; 'uw zoon moet ...' still names one child."""
    body = (
        "Beste mevrouw Hendrickx,\n\nDe leerling mag zijn noodmedicatie zelf bij zich dragen. "
        "Epilepsie en diabetes vermeldt u op het attest.\n\nAn"
    )
    assert check(mail(body, rcpt=[PARENT]), POLICY) == []
    one = "Beste mevrouw Hendrickx,\n\nUw zoon mag zijn epilepsiemedicatie zelf bij zich dragen.\n\nAn"
    assert "medical" in found(check(mail(one, rcpt=[PARENT]), POLICY))
    assert generic_sentence(fold("de leerling moet het attest afgeven."), 0, 36) == "regel"


def test_generic_phrase_alone_gets_no_corroboration() -> None:
    """'l'élève' (medium) and three medical words: nobody is identified, so the words do not add up
    (0.4 + 0.3 stays below the threshold)."""
    body = (
        "Cher Monsieur,\n\nvoici le résumé: indiquez les allergies et les médicaments éventuels, "
        "avec le nom de l'élève et l'attestation du médecin.\n\nStijn"
    )
    assert check(mail(body, rcpt=[PARENT]), POLICY) == []
    assert check(mail(body, rcpt=[PARENT]), RECOGNIZERS) == []  # by the recognizers alone, not the model's veto


# --------------------------------------------------------------------------- classes from issue 11 (own words)


def test_full_name_alone_in_a_short_mail() -> None:
    """A pupil named once by first and last name, no class, no marker: a short staff mail."""
    body = "Dag Els,\n\nHugo Vermeersch heeft vandaag opnieuw een paniekaanval gehad in de les.\n\nAn"
    assert found(check(mail(body), POLICY)) == {"psychosocial": ('[paniekaanval] bij "H. V." (één ontvanger)',)}


def test_name_in_a_forwarded_thread() -> None:
    body = (
        "Ter info, graag discreet.\n\nGeert\n\n---------- Doorgestuurd bericht ---------\n"
        "Van: Leila Chaouki <leila.chaouki@gmail.com>\nOnderwerp: afwezigheid\n\n"
        "Geachte directeur,\n\nYusra was vrijdag afwezig: haar vader werd vorige week opgepakt.\n\nLeila"
    )
    assert "family" in found(check(mail(body), POLICY))


def test_compound_disease_name() -> None:
    body = "Hoi Katrien,\n\nDe mama van Lotte belde: bij Lotte werd oogkanker vastgesteld.\n\nAn"
    assert "medical" in found(check(mail(body), POLICY))


def test_privacy_statement_listing_data_categories() -> None:
    body = (
        "Beste mevrouw Hendrickx,\n\nZoals gevraagd: de school verwerkt over de leerling volgende gegevens: "
        "identificatiegegevens, medische gegevens, gegevens over de gezinssituatie en schoolresultaten.\n\nAn"
    )
    assert check(mail(body, rcpt=[PARENT]), POLICY) == []


def test_capitalised_ordinary_words_are_not_pupils() -> None:
    body = (
        "Beste mevrouw Hendrickx,\n\nGroeipakket betaalt de schooltoelage uit. Rome staat op het programma "
        "van de reis. Zorg en welzijn: het CLB helpt bij leerproblemen.\n\nAn"
    )
    assert check(mail(body, rcpt=[PARENT]), POLICY) == []


def test_full_names_in_prose_about_people_are_grown_ups() -> None:
    """A text naming three or more people in full (a news item): a full name is weak there."""
    body = (
        "Hoi Katrien,\n\nUit de krant voor de les: Bart Peeters, Stefaan Obreno en Jacco Verhaeren "
        "gaven een interview. Jacco Verhaeren had jaren een depressie.\n\nAn"
    )
    assert check(mail(body), POLICY) == []


def test_sign_off_above_a_forwarded_message() -> None:
    body = (
        "Ter info: de folder paniekaanvallen ligt in de leraarskamer.\n\nGeert\n\n"
        "---------- Doorgestuurd bericht ---------\nVan: Uitgeverij <info@uitgeverij.be>\n"
        "Onderwerp: folders\n\nIn bijlage de nieuwe folders voor uw school.\n"
    )
    assert check(mail(body), POLICY) == []


def test_first_name_in_the_subject_is_the_topic() -> None:
    body = "Hoi Katrien,\n\nHij heeft sinds maandag paniekaanvallen.\n\nAn"
    assert check(mail(body), POLICY) == []
    assert found(check(mail(body, subject="Gesprek over Wannes"), POLICY)) == {
        "psychosocial": ('[paniekaanvallen] bij "leerling W." (één ontvanger)',)
    }


# --------------------------------------------------------------------------- batch04's classes (issue 11)
# The facts of batch04's misses, as classes, in our own words: self-harm said reflexively, a wish to be
# gone, stealing, days away; where a child lives and when a parent sees it, a separation in French; arrears,
# a cut-off supply, an instalment plan in French; GOK hours, an English care plan.
BATCH04_CLASSES = [
    ("Lien uit 4A heeft zich gisteren weer gesneden.", "psychosocial", "zich gisteren weer gesneden"),
    ("Bram (2C) zei dat hij er liever niet meer zou zijn.", "psychosocial", "liever niet meer zou zijn"),
    ("Jonas (3B) werd betrapt op het stelen van gsm's in de kleedkamer.", "psychosocial", "betrapt op het stelen"),
    (
        "Ik begrijp dat Noor (1A) voortaan bij haar papa in Kessel-Lo woont.",
        "family",
        "bij haar papa in Kessel-Lo woont",
    ),
    ("Elise (2B) ziet haar moeder enkel nog in het weekend.", "family", "enkel nog in het weekend"),
    ("Nous avons noté la séparation des parents de Chloé (3A).", "family", "séparation"),
    ("De achterstallen van het gezin van Mats (4C) lopen verder op.", "financial", "achterstallen"),
    (
        "Bij Yara (1D) thuis is de elektriciteit al een week afgesloten.",
        "financial",
        "elektriciteit al een week afgesloten",
    ),
    ("Un paiement échelonné est accordé pour la facture de Hugo (5B).", "financial", "paiement échelonné"),
    ("Tibo (2A) krijgt vanaf maandag GOK-uren voor begrijpend lezen.", "care", "GOK-uren"),
    ("Attached is the care plan for Mila (4B) for your maths lessons.", "care", "care plan"),
]


def test_one_initial_with_a_class_is_a_pupil() -> None:
    """ "L. uit 3C" names a pupil the way staff protect a name; one initial alone does not."""
    findings = found(check(mail("Dag Katrien,\n\nL. uit 3C is zwanger.\n\nAn"), POLICY))
    assert findings == {"medical": ('[zwanger] bij "leerling L." (één ontvanger)',)}
    assert check(mail("Dag Katrien,\n\nVolgens p. 12 is de leerstof over zwanger worden.\n\nAn"), POLICY) == []


# batch05's classes, in our own words: a preventive suspension and a kick, a shelter after an eviction, custody
# one week in two (French), a father taken away by the police, an English pupil who feels down and is withdrawn,
# a French temporary exclusion after hitting a classmate, English instalments and a solidarity fund.
BATCH05_CLASSES = [
    ("Arne (2B) wordt morgen preventief geschorst na de vechtpartij.", "psychosocial", "geschorst"),
    (
        "Het gezin van Mila (1C) is uit hun huis gezet en verblijft nu in een opvangcentrum.",
        "family",
        "uit hun huis gezet",
    ),
    ("Léa (3A) sera désormais une semaine sur deux chez sa mère.", "family", "semaine sur deux"),
    ("De vader van Tijs (4D) is gisteren door de politie meegenomen.", "family", "politie meegenomen"),
    ("Noah (5A) has been feeling down for weeks and seems withdrawn in class.", "psychosocial", "feeling down"),
    ("Yanis (2C) a reçu une exclusion temporaire de trois jours.", "psychosocial", "exclusion temporaire"),
    ("We can offer the family of Emma (4B) payment in instalments for the trip.", "financial", "instalments"),
]


def test_a_mention_of_the_clb_is_not_care_information() -> None:
    """ "The CLB" named as an organisation beside a child (a parent's question answered) is no care fact:
    weak (0.3) it needs a second care word or a strong fact; a referral to the CLB is one."""
    answer = "Beste mevrouw,\n\nHet CLB mag met uw zoon praten zonder dat u het vooraf weet.\n\nGroeten"
    assert check(mail(answer, rcpt=(PARENT,)), POLICY) == []
    referral = "Beste mevrouw,\n\nUw zoon is aangemeld bij het CLB voor een onderzoek.\n\nGroeten"
    assert "care" in found(check(mail(referral, rcpt=(PARENT,)), POLICY))


def test_a_first_name_with_accents_the_list_spells_without() -> None:
    names = load_first_names()
    assert [names.kind(n) for n in ("Léa", "Mathéo", "Jérôme", "Lea", "Lëo" + "x")] == [
        "name",
        "name",
        "name",
        "name",
        None,
    ]
    findings = found(check(mail("Dag Katrien,\n\nLéa (3A) heeft epilepsie.\n\nAn"), POLICY))
    assert findings == {"medical": ('[epilepsie] bij "leerling L." (één ontvanger)',)}


# --------------------------------------------------------------------------- batch06's classes (issue 11)


def test_a_group_salutation_to_a_few_colleagues_is_no_circular() -> None:
    """ "Hoi allemaal" to three colleagues addresses three readers, not every family: 'uw kind' and a
    name keep their weight. To five or more, or with a parent among them, it is a circular."""
    colleagues = [f"c{n}@{SCHOOL}" for n in range(3)]
    few = audience(mail("x", rcpt=colleagues), POLICY, "Hoi allemaal,")
    assert (few.general, few.why) == (False, "3 ontvangers")
    many = audience(mail("x", rcpt=[f"c{n}@{SCHOOL}" for n in range(5)]), POLICY, "Hoi allemaal,")
    assert (many.general, many.why) == (True, "aanhef aan een groep")
    mixed = audience(mail("x", rcpt=[*colleagues[:2], PARENT]), POLICY, "Hoi allemaal,")
    assert (mixed.general, mixed.why) == (True, "aanhef aan een groep")


def test_a_fact_the_writer_tells_of_themself_is_no_pupils() -> None:
    """'mijn operatie', 'my surgery': the writer's own health, next to a colleague's first name; care
    words stay the pupils' ('mijn handelingsplan voor Jelle')."""
    own = "Hoi Nadia,\n\nTot na mijn operatie neemt Jelle mijn klassen over, ook 3B.\n\nAn"
    assert check(mail(own), POLICY) == []
    assert check(mail(own), RECOGNIZERS) == []  # by the recognizers alone, not the model's veto
    for mine in (
        "Hoi Nadia,\n\nNa mijn operatie neemt Jelle (3B) de leiding van het project over.\n\nAn",
        "Hoi Nadia,\n\nMijn depressie speelt weer op, dus Jelle Peeters (3B) krijgt zijn toets later.\n\nAn",
    ):
        assert check(mail(mine), POLICY) == []
    pupil = "Hoi Nadia,\n\nNa zijn operatie mag Jelle (3B) niet meesporten.\n\nAn"
    assert found(check(mail(pupil), POLICY)).keys() == {"medical"}
    care = "Hoi Nadia,\n\nMijn handelingsplan voor Jelle (3B) is klaar.\n\nAn"
    assert "care" in found(check(mail(care), POLICY))


def test_a_platform_in_the_subject_is_no_pupil() -> None:
    """'Wisa - ...' as a subject, and Wisa mid-sentence in the body: a school platform, not a pupil
    named in the subject."""
    body = "Dag Sofie,\n\nVoor X is het verslag van het CLB nu klaar, met de diagnose ADHD.\n\nAn"
    assert check(mail(body.replace("X", "Wisa"), subject="Wisa - verslag"), POLICY) == []
    named = found(check(mail(body.replace("X", "Ruben"), subject="Ruben - verslag"), POLICY))
    assert named["medical"][0] == '[ADHD] bij "leerling R." (één ontvanger)'


def reply_to_parent(answer: str, quoted: str, rcpt: str = PARENT, *, header: str | None = None) -> Message:
    who = header if header is not None else f"Marleen Hendrickx <{PARENT}>"
    lines = "\n".join(f"> {line}" for line in quoted.splitlines())
    return mail(f"{answer}\n\nOp ma 3 mrt. 2025 om 20:12 schreef {who}:\n{lines}\n", rcpt=[rcpt])


def test_what_the_parent_wrote_is_not_disclosed_to_that_parent() -> None:
    """A general answer under the parent's own question about their son's dyslexia: the parent's words
    come back to the parent only, so they do not count (neither as a fact nor as the person of a fact in
    the answer). Copied to the CLB, or quoting someone else, they do; a header without the address
    matches the recipient's name."""
    answer = "Beste mevrouw,\n\nDat bespreken we bij de inschrijving, samen met de zorgcoördinator.\n\nAn"
    question = "Onze zoon heeft dyslexie en dyscalculie, krijgt hij extra tijd bij de examens?"
    assert check(reply_to_parent(answer, question), POLICY) == []
    assert check(reply_to_parent(answer, question, header="marleen hendrickx"), POLICY) == []
    copied = reply_to_parent(answer, question)
    to_two = mail(copied.text_parts[0].text, rcpt=[PARENT, "clb@clb-leuven.be"])
    assert check(to_two, POLICY) != []
    other = reply_to_parent(answer, question, header="Els Peeters <els.peeters@telenet.be>")
    assert check(other, POLICY) != []


def test_the_model_reads_the_reply_without_the_parents_own_mail() -> None:
    """What the model is asked about is the subject and the reply, not the parent's own quoted question."""
    answer = "Beste mevrouw,\n\nDat bespreken we bij de inschrijving.\n\nAn"
    question = "Onze zoon heeft dyslexie en dyscalculie, krijgt hij extra tijd bij de examens?"
    message = reply_to_parent(answer, question)
    quotes = [_own_quote(part.text, message, POLICY) for part in message.text_parts]
    assert quotes[0] > 0
    text = _model_text(message, quotes)
    assert "inschrijving" in text and "dyslexie" not in text


def test_the_senders_own_mail_forwarded_to_their_private_mailbox_counts() -> None:
    """batch25's class (our own words): a class-council draft forwarded to the teacher's own private mailbox,
    under a quote header with the sender's name only ("Van: An Devos"): her own mail, not the recipient's
    words, so its facts count (the private mailbox spells the same name as the recipient's)."""
    quoted = "Jelle (3B) neemt Rilatine en vergeet die vaak; mama brengt een tweede doos."
    forward = reply_to_parent("om thuis af te werken", quoted, rcpt="an.devos@gmail.com", header="An Devos")
    assert "medical" in found(check(forward, POLICY))
    # headed by the sender's address under a name written the other way round, the private mailbox spelling it so
    header = f"Devos An <an.devos@{SCHOOL}>"
    turned = reply_to_parent("om thuis af te werken", quoted, rcpt="devos.an@gmail.com", header=header)
    assert "medical" in found(check(turned, POLICY))


def test_a_colleagues_quote_still_counts() -> None:
    """Among staff a care note mailed back is still a care note in the mailbox (§3.3): the quote of the
    one colleague the reply goes to counts."""
    answer = "Ok, genoteerd.\n\nAn"
    quoted = "Jelle (3B) heeft vanmiddag opnieuw een epileptische aanval gehad."
    message = reply_to_parent(answer, quoted, rcpt=COLLEAGUE, header=f"Katrien Janssens <{COLLEAGUE}>")
    assert "medical" in found(check(message, POLICY))


def test_a_list_of_staff_is_an_audience_of_colleagues() -> None:
    """batch36-39's class: a class council's or a department's list is staff, not a general audience as a group
    of parents is: a note about one pupil to it keeps its finding, and the pipeline treats the mail as internal (the
    internal action: forwarded with a warning, moved to BCC by ``bcc``)."""
    body = "Hoi allemaal,\n\nVoor Ruben (4A) is er een vermoeden van dyslexie; het CLB test hem volgende week.\n\nAn"
    council = ("klassenraad4a@sintpieterscollege.be",)
    assert found(check(mail(body, rcpt=council), POLICY))["care"][0].endswith('bij "leerling R." (één ontvanger)')
    verdict = pipeline_check(mail(body, rcpt=council), POLICY)
    assert verdict.action is Action.REWRITE and {f.rule for f in verdict.findings} >= {"sensitive", "bcc"}
    # the parents' list of the class is a group: a general audience, and the mail leaves the staff (held)
    parents = ("ouders-4a@sintpieterscollege.be",)
    assert found(check(mail(body, rcpt=parents), POLICY))["medical"][0].endswith("(groepsadres)")
    assert pipeline_check(mail(body, rcpt=parents), POLICY).action is Action.HOLD


def test_a_loan_laptop_alone_is_a_weak_word() -> None:
    """batch39's class (our own words): a loan laptop is lent while a pupil's own is repaired as often as it is
    lent to a family that cannot buy one: alone next to a named pupil it is weak, and the model has the last word;
    with the family's means said near it, it is financial."""
    weak = "Beste mevrouw Smets,\n\nNoah (2B) mag zijn leenlaptop morgen inleveren: zijn eigen toestel is hersteld.\nAn"
    assert check(mail(weak, rcpt=[PARENT]), POLICY) == []
    poor = weak.replace("zijn eigen toestel is hersteld", "het OCMW betaalt de huur")
    assert "financial" in found(check(mail(poor, rcpt=[PARENT]), POLICY))


def test_a_weak_word_alone_next_to_a_name_is_asked_to_the_model() -> None:
    """A weak word (below WEAK_TERM: 'internaat', 'zorgleerling') next to a named pupil, with no other
    fact near it, no longer fires on the recognizers' word: it is borderline, and only the model's yes
    makes it fire. With a second fact nearby it fires as before."""
    weak = "Beste meneer Wyns,\n\nHanne brengt maandag om 7u45 haar valies naar het internaat.\n\nLatifa"
    assert check(mail(weak, rcpt=[PARENT]), POLICY) == []
    classed = weak.replace("Hanne", "Hanne (3B)")  # a strong reference does not lift a weak word alone either
    assert check(mail(classed, rcpt=[PARENT]), POLICY) == check(mail(classed, rcpt=[PARENT]), RECOGNIZERS) == []
    assert check(mail(weak, rcpt=[PARENT]), Policy.model_validate({"rules": {"sensitive": {"model": False}}})) == []
    corroborated = "Beste meneer Wyns,\n\nHanne (3B) verblijft in het internaat sinds de uithuisplaatsing.\n\nLatifa"
    assert "family" in found(check(mail(corroborated, rcpt=[PARENT]), POLICY))


# --------------------------------------------------------------------------- batch10's classes (issue 11)


def test_a_name_typed_in_lower_case_before_a_class_code_is_a_pupil() -> None:
    """Typed on a phone, all in lower case: 'wout peeters (4C)', 'fyi lien (1B)'. A first name that is no
    ordinary word, before a class code in brackets, is the pupil (full name or the last word alone);
    an ordinary word there is not ('de les (4C)')."""
    full = "hoi sanne\n\nwout peeters (4C) heeft epilepsie, hij had vandaag een aanval op de bus.\n\nilse"
    assert found(check(mail(full), POLICY))["medical"][0] == '[epilepsie] bij "leerling W. P." (één ontvanger)'
    alone = "fyi lien (1B) heeft epilepsie, ze had vandaag een aanval op de bus.\nilse"
    assert found(check(mail(alone), POLICY))["medical"][0] == '[epilepsie] bij "leerling L." (één ontvanger)'
    word = "fyi de les (1B) over epilepsie is verplaatst naar vrijdag.\nilse"
    assert check(mail(word), POLICY) == []


def test_a_lower_case_name_is_the_pupil_the_model_alone_shows() -> None:
    """When the model fires on its own, the pupil it shows may be one typed in lower case before a class code."""
    parts = [_read_part(TEXT_LOWER, POLICY.rules.sensitive.compiled, POLICY.rules.sensitive)]
    context = _context(mail(TEXT_LOWER), POLICY, parts, POLICY.rules.sensitive.compiled)
    assert _pupil_in(parts, context, POLICY.rules.sensitive.compiled, None) == "leerling N. V."


TEXT_LOWER = "nina vermeulen (2B) zat weer alleen op de speelplaats, ze praat al weken met niemand meer."


# batch11's classes, in our own words: feeling a burden to others (a warning sign of suicide), a support plan
# and reading difficulties in French.
BATCH11_CLASSES = [
    (
        "Sara (4A) schreef dat haar ouders beter af zouden zijn zonder me.",
        "psychosocial",
        "beter af zouden zijn zonder me",
    ),
    ("Tom (2C) said his friends would be better off without me, his words.", "psychosocial", "better off without me"),
    ("Pour Lina (1B), nous proposons un plan d'accompagnement dès lundi.", "care", "plan d'accompagnement"),
    ("Le CLB examinera les difficultés de lecture de Lina (1B).", "care", "difficultés de lecture"),
]


# batch12's class, in our own words: a kindergarten child's school readiness tested by the CLB.
def test_school_readiness_of_a_kindergarten_child_is_care() -> None:
    text = "Dag Katrien,\n\nHet schoolrijpheidsonderzoek van Wout (K3A) raadt een extra kleuterjaar aan.\n\nAn"
    findings = found(check(mail(text), POLICY))
    assert findings["care"][0].startswith("[schoolrijpheidsonderzoek]")


# batch19's classes, in our own words: a death in the family said in French or English; a name and its class
# typed in lower case, as on a phone, also with a surname's particles.
BATCH19_CLASSES = [
    ("Nous avons appris le décès de sa mère; Lina (2B) reste chez une tante.", "family", "décès de sa mère"),
    ("Après le décès, Lina (2B) a manqué deux jours pour les obsèques.", "family", "décès"),
    ("Tom (3A) will miss the trip after the death of his father last week.", "family", "death of his father"),
    ("fyi noah de smet (2c) kreeg zijn insulinepomp niet aan de praat", "medical", "insulinepomp"),
    ("mila el amrani (4e) moet om 10u haar epipen bij de verpleging halen", "medical", "epipen"),
    # batch20's classes: an adapted programme in other words than "curriculum"; a placement with a foster family
    ("De klassenraad stelt voor Sam (3B) een aangepast lesprogramma voor tot Pasen.", "care", "aangepast lesprogramma"),
    ("Depuis mars, Inès (2C) est placée en famille d'accueil à Namur.", "family", "placée en famille d'accueil"),
]


@pytest.mark.parametrize(
    ("sentence", "category", "term"), BATCH04_CLASSES + BATCH05_CLASSES + BATCH11_CLASSES + BATCH19_CLASSES
)
def test_classes_of_facts_of_blind_batches(sentence: str, category: str, term: str) -> None:
    """Each class of fact a blind batch's misses showed (our own words): found in its category, with its term."""
    findings = found(check(mail(f"Dag Katrien,\n\n{sentence}\n\nAn"), POLICY))
    assert category in findings, findings
    assert any(line.startswith(f"[{term}]") for line in findings[category]), findings[category]


def test_the_senders_own_mail_forwarded_to_a_private_mailbox_counts() -> None:
    """batch16's class (our own words): care notes the sender had mailed to himself, forwarded to his private
    mailbox under the same name. The quote is the sender's mail, not the recipient's own words."""
    notes = "Jelle V. (3B) - papa opgenomen in de psychiatrie, Jelle slaapt nu bij zijn oma."
    body = (
        f"voor thuis\n\n-----Oorspronkelijk bericht-----\nVan: An Devos <an.devos@{SCHOOL}>\n"
        f"Verzonden: dinsdag 4 maart 2025 17:02\nAan: An Devos <an.devos@{SCHOOL}>\nOnderwerp: notities\n\n{notes}\n"
    )
    msg = EmailMessage(policy=SMTP)
    msg["From"] = f"An Devos <an.devos@{SCHOOL}>"
    msg["To"] = "An Devos <an.devos.thuis@gmail.com>"
    msg["Subject"] = "FW: notities"
    msg.set_content(body)
    message = parse(bytes(msg), f"an.devos@{SCHOOL}", ["an.devos.thuis@gmail.com"])
    assert "psychosocial" in found(check(message, POLICY))


@pytest.mark.parametrize(
    "sentence",
    [
        "Les parents de Léa Martens (3B) se séparent; elle sera plus souvent absente le lundi.",
        "Depuis que ses parents se sont séparés, Léa Martens (3B) arrive souvent en retard.",
    ],
)
def test_a_separation_said_in_french(sentence: str) -> None:
    """batch16's class (our own words): parents separating, co-parenting, in French."""
    message = mail(f"Bonjour Claire,\n\n{sentence}\n\nSophie", rcpt=["claire.dupont@ac-lille.fr"])
    assert "family" in found(check(message, POLICY))


def test_a_cabinet_a_trolley_or_a_board_named_after_a_care_word_is_no_fact() -> None:
    """batch17's class (our own words): a care school's workplace names things after care words."""
    trolley = "Hoi Katrien,\n\nLotte (5A) zet na de les de medicatiekar terug in het lokaal.\n\nAn"
    assert check(mail(trolley), POLICY) == []
    assert check(mail("Hoi Katrien,\n\nJonas (6B) bediende vandaag de tafel van het OCMW-bestuur.\n\nAn"), POLICY) == []
    fact = "Hoi Katrien,\n\nLotte (5A) krijgt sinds maandag medicatie voor haar epilepsie.\n\nAn"
    assert "medical" in found(check(mail(fact), POLICY))


def test_the_agent_of_a_passive_is_no_plural_of_everybody() -> None:
    """batch18's class (our own words): "gepest door oudere leerlingen" says who bullies one pupil; the plural is
    the agent, not a sign that the sentence speaks of all pupils. A plural the sentence is about still is."""
    text = "Dag mevrouw,\n\nWe zien dat hij op de speelplaats al weken gepest wordt door jongere leerlingen.\n\nAn"
    for policy in (POLICY, RECOGNIZERS):
        findings = found(check(mail(text, subject="Gesprek over Milan", rcpt=[PARENT]), policy))
        assert findings["psychosocial"] == ('[gepest] bij "leerling M." (één ontvanger buiten de school)',)
    general = "Dag mevrouw,\n\nWe zien dat hij soms helpt door leerlingen die gepest worden op te vangen.\n\nAn"
    assert check(mail(general, subject="Gesprek over Milan", rcpt=[PARENT]), RECOGNIZERS) == []


def test_a_numbered_list_item_opens_with_the_pupil_it_is_about() -> None:
    """batch18's class (our own words): "1. Mila (...) has epilepsy." is an item about Mila, as a bullet is, not a
    numbered heading ("3.1 Zorg en aandacht" still is one: a title has no sentence's end)."""
    text = (
        "Dear Tom,\n\nTwo things for the hosts:\n\n1. Mila (staying with the Nowak family) has epilepsy; she wears a "
        "bracelet with her details.\n2. Arne (staying with the Kowal family) is vegetarian.\n\nBest,\nAn"
    )
    findings = found(check(mail(text, subject="Hosts", rcpt=["t.nowak@szkola.pl"]), RECOGNIZERS))
    assert findings["medical"] == ('[epilepsy] bij "leerling M." (één ontvanger buiten de school)',)
    heading = "Dag Katrien,\n\n3.1 Mila en epilepsie op school\nDe brochure ligt in het zorglokaal.\n\nAn"
    assert check(mail(heading), RECOGNIZERS) == []


def test_a_first_name_followed_by_the_service_one_works_for_is_staff() -> None:
    """general02's class (our own words): "Hilde van de boekhouding" is a colleague, not a pupil."""
    text = (
        "Dag collega's,\n\nWie merkt dat schoolkosten een probleem zijn, spreekt Hilde van de boekhouding aan. "
        "Zij bekijkt het solidariteitsfonds.\n\nPJ"
    )
    assert check(mail(text, rcpt=[COLLEAGUE, "zorgteam@sintpieterscollege.be"]), RECOGNIZERS) == []


def test_a_class_code_in_lower_case_counts_only_in_brackets() -> None:
    """batch19's class: "(4d)" after a name typed on a phone is a class; "3d" elsewhere is no class code."""
    norm = "noah (4d) maakt een 3d-model, de 3d printer staat in lokaal 4d"
    assert [norm[a:b] for a, b in class_codes(norm, frozenset())] == ["4d"]
    found_ = found(check(mail("fyi noah de smet (2c) kreeg zijn insulinepomp niet aan de praat"), RECOGNIZERS))
    assert found_["medical"][0].startswith('[insulinepomp] bij "leerling N. D. S."')


def test_a_first_name_and_a_bare_class_code_typed_in_lower_case() -> None:
    """batch22's class (our own words): "kobe 2c heeft ..." typed on a phone, with no brackets: a first name that
    is no ordinary word right before a class code (or "uit"/"van"/"in" and one) is the pupil; an ordinary word
    there, a first name that is also a school subject ("frans 2c"), or "2e" ("tweede") is not."""
    phone = "hoi ilse, kobe 2c heeft weer een paniekaanval gehad na de toets, hij zit nu bij mij.\nbart"
    assert found(check(mail(phone), POLICY))["psychosocial"][0] == '[paniekaanval] bij "leerling K." (één ontvanger)'
    after = "ilse, kobe uit 2c heeft weer een paniekaanval gehad, hij zit nu bij mij.\nbart"
    assert found(check(mail(after), POLICY))["psychosocial"][0] == '[paniekaanval] bij "leerling K." (één ontvanger)'
    for body in (
        "ilse, toen 2c weer een paniekaanval had, belde ik zijn mama.\nbart",  # an ordinary word
        "ilse, frans 2c heeft weer een paniekaanval gehad, ik bel zijn mama.\nbart",  # a school subject
        "ilse, kobe 2e heeft weer een paniekaanval gehad, ik bel zijn mama.\nbart",  # second: "kobe werd 2e"
    ):
        assert check(mail(body), POLICY) == [], body
    # the codes so read, and the names before them: only a first name that is no ordinary word or school subject
    norm = "kobe 2c, lena uit 3b, toen 2c, frans 2c, van 2c, kobe 2e, lokaal 4d"
    compiled = POLICY.rules.sensitive.compiled
    assert [(norm[a:b], name) for a, b, name, _ in _lower_bare_codes(norm, 0, len(norm), compiled)] == [
        ("2c", "Kobe"),
        ("3b", "Lena"),
    ]
    parts = [_read_part(LOWER_BARE, POLICY.rules.sensitive.compiled, POLICY.rules.sensitive)]
    context = _context(mail(LOWER_BARE), POLICY, parts, POLICY.rules.sensitive.compiled)
    assert _pupil_in(parts, context, POLICY.rules.sensitive.compiled, None) == "leerling N."  # the model's pupil


LOWER_BARE = "nina 2b zat weer alleen op de speelplaats, ze praat al weken met niemand meer."


def test_a_host_family_of_an_exchange_is_no_placement() -> None:
    """batch20's class (our own words): "famille d'accueil" is an exchange's host family as well as a foster family:
    alone it is a weak word (the model has the last word), after "placé(e) en" it is a placement."""
    text = "Chers parents,\n\nPendant l'échange à Namur, Inès (2C) logera dans une famille d'accueil.\n\nAn"
    assert check(mail(text, rcpt=[PARENT]), RECOGNIZERS) == []


def test_a_role_word_before_a_label_s_colon_does_not_make_the_next_name_staff() -> None:
    """batch42's class (our own words): "Wat het CLB betreft: Jonas ..." names the CLB in a clause that the colon
    closes; the pupil after it is no CLB worker. A label whose last word is the role still names staff ("Titularis:
    Jonas Claes"), and a role right before the name does too."""
    roster = RECOGNIZERS.with_roster(FirstNameRoster())
    text = "Dag meester,\n\nWat het CLB betreft: Jonas wordt sinds september opgevolgd voor faalangst.\n\nGroeten"
    findings = found(check(mail(text, rcpt=("advocaat@kantoor-peeters.be",)), roster))
    assert findings["psychosocial"] == ('[faalangst] bij "leerling J." (één ontvanger buiten de school)',)
    for staff in ("Titularis: Jonas", "onze CLB-medewerker Jonas"):
        said = f"Dag meester,\n\n{staff} volgt de leerlingen met faalangst op.\n\nGroeten"
        assert check(mail(said, rcpt=("advocaat@kantoor-peeters.be",)), roster) == [], staff


@pytest.mark.parametrize(
    "sentence",
    [
        "We merken dat Lotte door het CLB opgevolgd wordt, ook thuis loopt het stroef.",
        "Lotte wordt sinds januari opgevolgd door het CLB.",
        "Voor Lotte is er sinds de kerstvakantie opvolging door het CLB.",
    ],
)
def test_a_pupil_followed_up_by_the_clb_is_care(sentence: str) -> None:
    """batch42's class (our own words): the CLB following a named pupil up ("opgevolgd door het CLB", "opvolging door
    het CLB") is care information about that pupil; the CLB's follow-up described for all pupils is not."""
    findings = found(check(mail(f"Dag collega,\n\n{sentence}\n\nAn"), RECOGNIZERS))
    (evidence,) = findings["care"]
    assert evidence.endswith('] bij "L." (één ontvanger)') and re.search(r"^\[[^]]*(?:opgevolgd|opvolging)", evidence)
    general = "Beste ouders,\n\nElke leerling kan door het CLB opgevolgd worden als u of de school dat vraagt.\n\nAn"
    assert check(mail(general, rcpt=("ouders@sintpieterscollege.be",)), RECOGNIZERS) == []


@pytest.mark.parametrize("word", ["volgcontract", "spijbelcontract"])
def test_a_behaviour_or_truancy_contract_is_psychosocial(word: str) -> None:
    """A named pupil's contract after behaviour or truancy (as gedragscontract and begeleidingscontract were)."""
    text = f"Beste mevrouw,\n\nIn bijlage het {word} van Noor, zoals besproken. Graag ondertekend terug.\n\nTom"
    findings = found(check(mail(text, rcpt=(PARENT,)), RECOGNIZERS))
    assert findings == {"psychosocial": (f'[{word}] bij "N." (één ontvanger buiten de school)',)}


def test_a_name_under_a_role_column_is_that_role_s_holder() -> None:
    """batch43's class (our own words): in a table whose header names a role ("Ondersteuner", "Logopedist"), the
    names in that column are the people who hold it, though a pupil carries the same first name; the same table
    with a pupils' column names pupils."""
    roster = RECOGNIZERS.with_roster(FirstNameRoster())
    table = "Klas | Lokaal | {header}\n1B | B1.10 | Jonas\n2A | B0.12 | Roos\n"
    body = "Dag An,\n\nDe planning van de begeleiding voor de leerlingen met dyslexie:\n\n{table}\nSofie"
    staff = body.format(table=table.format(header="Ondersteuner"))
    assert check(mail(staff, rcpt=("an.smeyers@lsc-dijleland.be",)), roster) == []
    pupils = body.format(table=table.format(header="Leerling"))
    assert "care" in found(check(mail(pupils, rcpt=("an.smeyers@lsc-dijleland.be",)), roster))
    assert _in_role_column("Klas;Logopedist\n1B;Jonas\n", 19) and not _in_role_column("Klas;Leerling\n1B;Jonas\n", 17)


def test_a_pupil_s_support_worker_is_care_and_the_support_workers_are_staff() -> None:
    """One pupil's support worker ("een ondersteuner van het leersteuncentrum") tells that the pupil gets support;
    "de ondersteuners" (plural) are a service's staff (batch43: their accounts, with a pupil's first name nearby)."""
    one = "Dag collega,\n\nLotte (2B) krijgt vanaf maandag een ondersteuner van het leersteuncentrum.\n\nAn"
    assert found(check(mail(one), RECOGNIZERS)) == {"care": ('[ondersteuner] bij "leerling L." (één ontvanger)',)}
    staff = "Dag Ilse,\n\nHieronder de accounts voor de ondersteuners. Lotte (2B) heb ik er ook bij gezet.\n\nAn"
    assert check(mail(staff, rcpt=("ilse.smets@lsc-dijleland.be",)), RECOGNIZERS) == []


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("Het ondersteuningsplan van Lotte kan u voortaan online bekijken.", "ondersteuningsplan"),
        ("Lotte krijgt leersteun voor wiskunde en Frans.", "krijgt leersteun"),
        ("De leersteuner van Lotte (2B) komt elke dinsdag.", "leersteuner"),
    ],
)
def test_the_learning_support_decree_s_words(sentence: str, term: str) -> None:
    """The learning-support decree of 2023 (leersteun, leersteuner, a pupil's ondersteuningsplan): care."""
    findings = found(check(mail(f"Beste mevrouw,\n\n{sentence}\n\nAn", rcpt=(PARENT,)), RECOGNIZERS))
    assert findings["care"][0].startswith(f"[{term}") and re.search(r'bij "(?:leerling )?L\."', findings["care"][0])


@pytest.mark.parametrize(
    ("sentence", "category", "term"),
    [
        # batch44's classes (our own words): a contagious childhood illness of the CLB's list, an order measure of the
        # school rules, a parent who hits the child with something in between, a child's ear tubes in English
        ("Lotte heeft waterpokken, ze blijft deze week thuis.", "medical", "waterpokken"),
        ("Lotte kreeg een ordemaatregel: twee dagen geen speeltijd.", "psychosocial", "ordemaatregel"),
        ("Lotte vertelde dat haar papa haar met de lat slaat.", "family", "haar met de lat slaat"),
        ("Lotte may swim with her grommets, but not dive.", "medical", "grommets"),
        # batch45's: a bill handed over for debt collection
        ("De rekening van Lotte gaat volgende week naar invordering.", "financial", "invordering"),
        # batch47's: an open balance with the verb between ("staat nog een saldo open")
        ("Voor Lotte (4B) staat nog een saldo van 180 euro open.", "financial", "saldo van 180 euro open"),
    ],
)
def test_batch44_s_vocabulary(sentence: str, category: str, term: str) -> None:
    findings = found(check(mail(f"Beste,\n\n{sentence}\n\nAn", rcpt=(PARENT,)), RECOGNIZERS))
    (evidence, *_) = findings[category]
    assert evidence.startswith(f"[{term}]") and re.search(r'bij "(?:leerling )?L\."', evidence)


def _with_csv(body: str, csv: str, rcpt: str = "leersteun@lsc-dijleland.be") -> Message:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = f"an.devos@{SCHOOL}"
    msg["To"] = rcpt
    msg["Subject"] = "Lijst"
    msg.set_content(body)
    msg.add_attachment(csv.encode(), maintype="text", subtype="csv", filename="lijst.csv")
    return parse(bytes(msg), f"an.devos@{SCHOOL}", [rcpt])


def test_a_fact_about_an_attached_list_of_pupils() -> None:
    """batch43's and batch45's class (our own words): the mail says what the attached list is ("in bijlage de
    leerlingen met dyslexie"), the list names the pupils: the fact is theirs, shown with the list's place. A list
    introduced without a fact, a fact told without introducing the attachment, or an attachment that names no
    one is none."""
    roster = RECOGNIZERS.with_roster(FirstNameRoster())
    rows = "Naam;Klas;Login\nJonas Peeters;2B;jonas.peeters\nRoos Claes;2C;roos.claes\n"
    listed = _with_csv("Dag Ilse,\n\nIn bijlage de leerlingen met dyslexie voor de examenperiode.\n\nAn", rows)
    (finding,) = [f for f in check(listed, roster) if f.category == "care"]
    assert finding.evidence[0].startswith('[dyslexie] bij "leerling J.')
    assert finding.evidence[0].endswith("bijlage lijst.csv)") and "Peeters" not in repr(finding)
    assert check(_with_csv("Dag Ilse,\n\nIn bijlage de deelnemers van de uitstap.\n\nAn", rows), roster) == []
    untold = "Dag Ilse,\n\nLeerlingen met dyslexie krijgen extra tijd. De lijst van de uitstap volgt.\n\nAn"
    assert check(_with_csv(untold, rows), roster) == []
    brochure = "Titel;Pagina\nWat is dyslexie;3\nExtra tijd op examens;5\n"
    told = "Dag Ilse,\n\nIn bijlage de brochure over dyslexie voor de ouders.\n\nAn"
    assert check(_with_csv(told, brochure), roster) == []


def test_a_row_that_gives_the_person_s_role_names_staff() -> None:
    """batch43's class (our own words): a list of accounts whose "Rol" column says "ondersteuner" names support
    workers, though a pupil carries the first name; the same row with a pupil's class instead names a pupil."""
    roster = RECOGNIZERS.with_roster(FirstNameRoster())
    body = "Dag An,\n\nDe accounts voor het platform:\n\nNaam;Login;{header}\nJonas Peeters;jonas.p;{cell}\n\nJef"
    staff = body.format(header="Rol", cell="ondersteuner")
    assert check(mail(staff, rcpt=("an.smeyers@lsc-dijleland.be",)), roster) == []
    assert _in_role_column("Naam;Rol\nJonas;ondersteuner\n", 14)
    assert not _in_role_column("Naam;Klas\nJonas;ondersteuner\n", 15)
    assert not _heading_line("Jonas Peeters;2B;jonas.peeters", 0) and _heading_line("Zorg En Welzijn", 0)


class ManyRayans(OneRoster):
    """A school where nine pupils are called Rayan: the roster reports each of them at every "Rayan", as the real one
    does for a first name that several pupils carry."""

    def find(self, text: str) -> Sequence[PupilRef]:
        return [
            PupilRef(m.start(), m.end(), f"P{n:04d}", "first_name", "R.")
            for m in re.finditer(r"\bRayan\b", text)
            for n in range(9)
        ]


def test_a_first_name_several_pupils_carry_is_one_reference() -> None:
    """A first name nine pupils carry is one reference at its place, not nine: nine would fill the places of the
    references nearest to the fact and push out the pupil named in full just before it (batch55)."""
    body = "Dag Inge,\n\nFemke Claes (3B) en Rayan hebben allebei een afbetalingsplan voor de laptop.\n\nAn"
    assert found(check(mail(body), POLICY.with_roster(ManyRayans()))) == {
        "financial": ('[afbetalingsplan] bij "leerling F. C." (één ontvanger)',)
    }


def test_the_salutation_of_a_long_mail_names_its_pupils() -> None:
    """ "Beste ouders van Lucas, Fien en Rayan," to three families makes the mail about those pupils also when the
    mail is longer than the 200 characters in which the salutation is looked for (batch55: its end was once
    measured from the wrong place in a longer mail, and the fact, far below the names, fired on nobody)."""
    body = (
        "Beste ouders van Lucas, Fien en Rayan,\n\nVolgens onze boekhouding staan er voor de laptop van uw kind nog "
        "twee of meer maandtermijnen open. Gelieve het openstaande bedrag voor 15 november te betalen of contact op te "
        "nemen met de boekhouding voor een afbetalingsplan.\n\nMet vriendelijke groeten,\nMarc"
    )
    families = ("a.peeters@telenet.be", "b.claes@skynet.be", "c.aerts@gmail.com")
    assert found(check(mail(body, rcpt=families), POLICY)) == {
        "financial": ('[afbetalingsplan] bij "ouders van L." (aanhef aan een groep)',)
    }


def test_a_circulars_capitalised_first_word_is_no_pupil_of_the_list() -> None:
    """In a mail to a group, a first name of the pupil list that opens a sentence or an item is the sentence's
    capitalised first word, not a pupil named ("- Grâce au fonds de solidarité", batch51's French letter: a pupil
    called Grace). In a mail to one parent, the same first name opening a sentence is the pupil."""
    roster = POLICY.with_roster(FirstNameRoster())
    circular = (
        "Beste ouders,\n\nNieuws van de week:\n- Jonas, de ezel van de kinderboerderij, kreeg een nieuwe stal. Het "
        "solidariteitsfonds betaalt dit jaar ook de uitstappen.\n\nDe directie"
    )
    assert found(check(mail(circular, rcpt=(f"ouders@{SCHOOL}",)), roster)) == {}
    personal = "Beste mevrouw,\n\nJonas kan dankzij het solidariteitsfonds mee op reis.\n\nAn"
    assert found(check(mail(personal, rcpt=("x.y@gmail.com",)), roster)) == {
        "financial": ('[solidariteitsfonds] bij "leerling J." (één ontvanger buiten de school)',)
    }
