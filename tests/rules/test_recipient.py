"""``recipient``: a mail about one pupil sent to another pupil's parents; a mistyped parent's address."""

from __future__ import annotations

import pytest

from discretie import roster
from discretie.message import parse
from discretie.model import Finding, Severity
from discretie.pipeline import check as pipeline_check
from discretie.policy import Policy, load_policy, parse_policy
from discretie.rules.recipient import _in_address, check

TEACHER = "an.devos@sintpieterscollege.be"
CSV = "\n".join(
    [
        "Intern nummer;Voornaam;Naam;Klas;E-mailadres leerling;E-mailadres ouder 1;E-mailadres ouder 2",
        "P1;Mathis;Lemmens;5C;mathis.lemmens@leerling.sintpieterscollege.be;sofie.lemmens@gmail.com;",
        "P2;Lore;Peeters;4B;lore.peeters@leerling.sintpieterscollege.be;kristof.peeters@telenet.be;an.dewit@hotmail.com",
        "P3;Lore;Janssens;4B;lore.janssens@leerling.sintpieterscollege.be;els.janssens@gmail.com;",
        "P4;Noor;Claes;2A;noor.claes@leerling.sintpieterscollege.be;gezin.claes@skynet.be;",
        "P5;Seppe;Claes;4B;seppe.claes@leerling.sintpieterscollege.be;gezin.claes@skynet.be;",
        "P6;Noor;Wouters;5C;noor.wouters@leerling.sintpieterscollege.be;noor.wouters.mama@telenet.be;",
        "P7;Jonas;Vermeulen;3A;jonas.vermeulen@leerling.sintpieterscollege.be;fam.vermeulen@skynet.be;",
        "P8;Lore;Maes;2A;lore.maes@leerling.sintpieterscollege.be;mama.lore.m@gmail.com;",
    ]
)
LORE_M_PARENT = "mama.lore.m@gmail.com"
NOOR_W_PARENT = "noor.wouters.mama@telenet.be"
MATHIS_PARENT = "sofie.lemmens@gmail.com"
LORE_P_PARENT = "kristof.peeters@telenet.be"
LORE_J_PARENT = "els.janssens@gmail.com"
CLAES = "gezin.claes@skynet.be"


def with_roster(policy: Policy) -> Policy:
    hasher = roster.Hasher(b"r" * 32)
    built = roster.build(roster.parse_csv(CSV.encode(), "lijst.csv"), "SPC", hasher, "key")
    return policy.with_roster(roster.load([("SPC", built.to_bytes())], hasher, "key"))


POLICY = with_roster(load_policy(None))


def mail(body: str, *to: str, subject: str = "Even laten weten") -> tuple[bytes, tuple[str, ...]]:
    raw = (
        f"From: An Devos <{TEACHER}>\r\nTo: {', '.join(to)}\r\nSubject: {subject}\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    ).encode()
    return raw, to


def run(body: str, *to: str, policy: Policy = POLICY, subject: str = "Even laten weten") -> list[Finding]:
    raw, rcpts = mail(body, *to, subject=subject)
    return check(parse(raw, TEACHER, list(rcpts)), policy)


def kinds(findings: list[Finding]) -> list[str]:
    return [f.category for f in findings]


MISDIRECTED = [
    # the full name of another pupil
    ("Beste ouders,\n\nMathis Lemmens was vandaag erg onrustig in de les.\n\nAn Devos", LORE_P_PARENT),
    # initials and class
    ("Beste,\n\nL.P. uit 4B heeft haar taak niet ingediend.\n\nAn", MATHIS_PARENT),
    ("Dag mevrouw,\n\nVerslag: Lore J. (4B) mag de toets inhalen.\n\nAn", LORE_P_PARENT),
    # a first name the mail marks as the recipients' child
    ("Beste ouders van Mathis,\n\nHij was vandaag afwezig.\n\nAn", LORE_J_PARENT),
    ("Beste mevrouw,\n\nUw dochter Noor mag morgen thuis blijven.\n\nAn", MATHIS_PARENT),
    # the full name of the pupil, then the first name again (read as the same pupil, not the recipients' Lore)
    ("Beste ouders,\n\nLore Peeters was ziek. Lore mag de toets inhalen.\n\nAn", LORE_J_PARENT),
    # a bare first name that no recipient's child carries, repeated or in the subject line
    (
        "Beste ouders,\n\nMathis was onrustig. Mathis mag morgen bijwerken.\n\nMet vriendelijke groeten,\nAn",
        LORE_J_PARENT,
    ),
    ("Beste mevrouw Lemmens,\n\nHaar boek lag nog in de klas.\n\nAn", MATHIS_PARENT, "Noor - boek vergeten"),
    # the salutation names the pupil's family; the recipient's child has the same first name
    ("Beste mevrouw Janssens,\n\nLore mag de toets van vrijdag inhalen.\n\nAn", LORE_P_PARENT),
    ("Geachte heer en mevrouw Peeters\n\nIk bespreek graag het rapport van Lore.\n\nAn", LORE_J_PARENT),
    # the mail marks the first name as the child, and names the pupil with a class elsewhere
    ("Beste ouders van Lore\n\nHet boek van Lore (4B) ...\n\nAn", MATHIS_PARENT),
    ("Dag ouders van Lore,\n\nWe vonden de sjaal van Lore Peeters terug.\n\nAn", LORE_J_PARENT),
    # "uw dochter" in another sentence than the name: the named pupil is the subject
    ("Beste ouder,\n\nDe turnzak van Lore Peeters ligt hier.\nUw dochter mag hem afhalen.\n\nAn", LORE_J_PARENT),
    # the subject line names the pupil
    ("Beste ouders,\n\nZie bijlage voor het verslag.\n\nAn", MATHIS_PARENT, "Verslag Lore Janssens (4B)"),
    # a salutation of a title and a surname alone, as formal and French letters open
    ("Mevrouw Janssens,\n\nLore mag de toets van vrijdag inhalen.\n\nAn", LORE_P_PARENT),
    ("Madame Peeters,\n\nLore a bien travaillé ce trimestre.\n\nAn", LORE_J_PARENT),
    # two pupils with this first name in one class: the surname the mail gives a title says which one
    (
        "Beste ouders van Lore,\n\nZoals met meneer Janssens besproken, krijgt Lore (4B) extra tijd.\n\nAn",
        LORE_P_PARENT,
    ),
    ("Hallo,\n\nLore (4B) is haar brooddoos vergeten; mevrouw Peeters weet ervan.\n\nAn", LORE_J_PARENT),
    # two pupils with this first name in different classes: the class the mail names says which one (batch20)
    ("Beste ouders,\n\nNoor trakteerde vandaag.\n\nGroeten,\nAn Devos\ntitularis 5C", CLAES, "Traktatie Noor"),
    ("Beste ouders,\n\nNoor mag de toets van 5C inhalen.\n\nAn", CLAES, "Toets Noor"),
    # ... or says it is one of the pupils in that class, neither of them the recipient's child (batch20's class)
    ("Beste ouders,\n\nLore mag de toets inhalen.\n\nGroeten,\nAn Devos\ntitularis 4B", LORE_M_PARENT, "Toets Lore"),
    # an answer in the wrong thread: the subject is the recipients' earlier mail about their own child, the body
    # names another pupil in full (here by the salutation's surname) (batch21)
    # a reply that greets someone the recipient's address does not name, about a pupil named once (batch23's
    # class, our own words): the thread's subject and the quote are the recipient's, about her own child
    (
        "Dag Sofie,\n\nMathis heeft zijn pilletje weer niet genomen.\n\nAn\n\nOp di 8 okt. 2024 om 19:02 schreef"
        " Els Janssens <els.janssens@gmail.com>:\n> Ligt de turnzak van Lore nog op school?\n",
        LORE_J_PARENT,
        "Re: turnzak Lore",
    ),
    # a reply that greets the family of the pupil its new text names, a surname no recipient's address bears
    # (batch24's class, our own words): the quote's child is the recipient's own question
    (
        "Beste mevrouw Lemmens,\n\nMathis was opnieuw vaak afwezig; het CLB neemt contact op.\n\nAn\n\n"
        "Van: Els Janssens <els.janssens@gmail.com>\nOnderwerp: uitstap\n\nMoet Lore een ticket meebrengen?\n",
        LORE_J_PARENT,
        "Re: uitstap",
    ),
    # the recipients greeted by their own name, but the first name's pupil is in the class the mail names; or a
    # first name whose pupils are in no class the mail names, without such a greeting
    ("Beste mevrouw Lemmens,\n\nNoor kreeg kluisje 12. Noor mag een slot meebrengen.\n\nAn\nklas 5C", MATHIS_PARENT),
    ("Beste ouders,\n\nLore kreeg kluisje 12. Lore mag een slot meebrengen.\n\nAn\nklas 5C", MATHIS_PARENT),
    # an answer in the wrong thread: the parents of a pupil addressed above the recipient's own quoted question
    # about her child (batch22's class, our own words), with ">" and with an Outlook header
    (
        "Beste ouders van Mathis,\n\nMathis uit 5C mag de toets volgende week inhalen.\n\nAn\n\n"
        "Op di 8 okt. 2024 om 19:02 schreef Els Janssens <els.janssens@gmail.com>:\n> Mag Lore de fiets in de"
        " stalling zetten?\n",
        LORE_J_PARENT,
        "Re: fietsen",
    ),
    (
        "Beste ouders van Mathis,\n\nMathis (5C) krijgt zijn rapport morgen mee.\n\n"
        "> Wanneer krijgt Lore haar rapport?\n",
        LORE_J_PARENT,
        "Re: rapport",
    ),
    (
        "Beste mama van Mathis,\n\nZijn turnzak ligt nog in de kleedkamer.\n\nAn\n\nVan: Els Janssens"
        " <els.janssens@gmail.com>\nVerzonden: dinsdag 8 oktober 2024 19:02\nOnderwerp: uitstap\n\n"
        "Gaat Lore mee op uitstap?\n",
        LORE_J_PARENT,
        "RE: uitstap",
    ),
    # a mother greeted by her own surname, which her address spells (an.dewit@, mother of Lore Peeters), in the
    # salutation or with a title in a sentence: her Lore, not the recipient's
    ("Beste mevrouw Dewit,\n\nLore mag de toets van vrijdag inhalen.\n\nAn", LORE_J_PARENT),
    ("Hallo,\n\nLore (4B) is haar brooddoos vergeten; mevrouw Dewit weet ervan.\n\nAn", LORE_J_PARENT),
    ("Beste mevrouw Lemmens,\n\nMathis was vandaag erg stil in de klas.\n\nAn", NOOR_W_PARENT, "Re: Tekening Noor"),
    # a subject that is the first name alone, the name once more in the text (batch29's class): no sign-off
    ("Beste ouders,\n\nMathis vroeg of hij na de les mocht blijven praten.\n\nAn", LORE_J_PARENT, "Mathis"),
    ("Beste ouders,\n\nMathis Lemmens heeft zijn taak niet ingediend.\n\nAn", NOOR_W_PARENT, "Antw: uitstap Noor"),
    # the same mechanisms with the name inside its sentence, where a short mail's opening name does not decide:
    # repeated; completed by a salutation of titles alone; once, in a reply that greets someone else; in the subject
    ("Beste ouders,\n\nVandaag was Mathis onrustig. Morgen mag Mathis bijwerken.\n\nAn", LORE_J_PARENT),
    ("Mevrouw Janssens,\n\nVrijdag mag Lore de toets inhalen.\n\nAn", LORE_P_PARENT),
    (
        "Dag Sofie,\n\nGisteren heeft Mathis zijn pilletje weer niet genomen.\n\nAn\n\nOp di 8 okt. 2024 om 19:02"
        " schreef Els Janssens <els.janssens@gmail.com>:\n> Ligt de turnzak van Lore nog op school?\n",
        LORE_J_PARENT,
        "Re: turnzak Lore",
    ),
    ("Beste ouders,\n\nGisteren vroeg Mathis of hij mocht blijven praten.\n\nAn", LORE_J_PARENT, "Mathis"),
    # a first name of the pupil named in full is that pupil, though the greeted family has a child of that name in the
    # same class (batch39's class, our own words: two Lores of 4B, the mother of the other one greeted)
    ("Beste mevrouw Peeters,\n\nLore Janssens (4B) heeft haar jas laten liggen.\n\nAn", LORE_P_PARENT, "Jas Lore"),
    # a reply in the recipient's thread whose new text names another pupil in full and no child of theirs (batch39's
    # class, our own words): their child named in full, or by a first name, only in the subject and the quote
    (
        "Beste mevrouw,\n\nDe fiets van Mathis Lemmens (5C) staat weer in de stalling.\n\nAn\n\nVan: Els Janssens"
        " <els.janssens@gmail.com>\nOnderwerp: rapport Lore\n\nWanneer krijgt Lore Janssens (4B) haar rapport?\n",
        LORE_J_PARENT,
        "RE: rapport Lore",
    ),
    (
        "Dag mevrouw,\n\nMathis Lemmens mag morgen de toets inhalen.\n\nAn\n\n> Is Lore haar jas vergeten?\n",
        LORE_J_PARENT,
        "Re: jas Lore",
    ),
]


@pytest.mark.parametrize("case", MISDIRECTED, ids=[f"mis-{i}" for i in range(len(MISDIRECTED))])
def test_mail_about_another_pupil_is_found(case: tuple[str, ...]) -> None:
    body, to, *subject = case
    (finding,) = run(body, to, subject=subject[0] if subject else "Even laten weten")
    assert finding.rule == "recipient" and finding.category == "other_pupil"
    assert finding.severity is Severity.HIGH
    assert finding.reason == "Dit bericht gaat over een andere leerling dan die van de ontvanger."
    # evidence: initials and counts only
    (evidence,) = finding.evidence
    assert evidence.startswith("over ") and "ontvanger(s) zijn ouders van" in evidence
    for name in ("Mathis", "Lemmens", "Lore", "Peeters", "Janssens", "Noor", "@"):
        assert name not in evidence


CORRECT = [
    ("Beste ouders,\n\nMathis Lemmens was vandaag erg onrustig in de les.\n\nAn", MATHIS_PARENT),
    ("Beste,\n\nL.M. uit 5C heeft zijn taak niet ingediend.\n\nAn", MATHIS_PARENT),
    # the recipients' child named by first name, another pupil by full name (a group task)
    ("Beste ouders,\n\nLore maakte het project samen met Mathis Lemmens; het was sterk.\n\nAn", LORE_J_PARENT),
    # the recipients' own child without a name: another pupil's name is a third party
    ("Beste mevrouw,\n\nUw zoon kreeg ruzie met Lore Peeters op de speelplaats.\n\nAn", MATHIS_PARENT),
    # the same, in one sentence: a classmate
    ("Beste mevrouw,\n\nLore Peeters en uw dochter maakten samen de poster.\n\nAn", LORE_J_PARENT),
    # the salutation's surname and the first name of the recipient's own child
    ("Beste mevrouw Janssens,\n\nLore mag de toets van vrijdag inhalen.\n\nAn", LORE_J_PARENT),
    # a mother with her own surname, greeted by it: her child's first name is her child
    ("Beste mevrouw Dewit,\n\nLore mag de toets van vrijdag inhalen.\n\nAn", "an.dewit@hotmail.com"),
    ("Beste mevrouw Dewit,\n\nLore mag de toets van vrijdag inhalen.\n\nAn", LORE_P_PARENT),
    ("Hallo,\n\nLore (4B) is haar brooddoos vergeten; mevrouw Dewit weet ervan.\n\nAn", LORE_P_PARENT),
    # a surname that no parent's address spells and no pupil carries completes nothing
    ("Beste mevrouw Goossens,\n\nLore mag de toets van vrijdag inhalen.\n\nAn", LORE_J_PARENT),
    # siblings: one address, two pupils
    ("Beste ouders,\n\nNoor Claes en Seppe Claes vertrekken mee op uitstap.\n\nAn", CLAES),
    # one of several recipients is the pupil's parent
    ("Beste ouders,\n\nMathis Lemmens was ziek.\n\nAn", LORE_P_PARENT, MATHIS_PARENT),
    # first names that are not a pupil's: after a title, on the salutation line, in the signature,
    # followed by another surname, in the header lines of a quoted mail
    ("Beste ouders,\n\nMathis was ziek. Juf Noor geeft hem de taak.\n\nAn", MATHIS_PARENT),
    ("Dag Noor,\n\nMathis was ziek.\n\nAn", MATHIS_PARENT),
    ("Beste ouders,\n\nDe rapporten zijn klaar.\n\nMet vriendelijke groeten,\n\nNoor\nsecretariaat", MATHIS_PARENT),
    ("Beste ouders,\n\nNoor Verbiest van het CLB belt u nog.\n\nAn", MATHIS_PARENT),
    ("Beste,\n\nAkkoord.\n\nVan: Noor <n@x.be>\nOnderwerp: vraag\n\nKan het morgen?", MATHIS_PARENT),
    # a first name mentioned once, not in the subject: a colleague, a parent, a friend
    ("Beste ouders,\n\nMorgen geven Noor en ik de infoavond over de reis.\n\nAn", MATHIS_PARENT),
    # staff with a full name that a pupil also carries: after a title, in the signature, a sign-off
    ("Beste ouders,\n\nVoor vragen: mevrouw Lore Janssens, zorgcoördinator.\n\nAn", MATHIS_PARENT),
    ("Beste ouders,\n\nDe rapporten zijn klaar.\n\nMet vriendelijke groeten\n\nLore Janssens\ndirectie", MATHIS_PARENT),
    ("Beste ouders,\n\nDe rapporten zijn klaar.\n\nNoor\n", MATHIS_PARENT),
    # a closing with any adjective (general02's letters signed by the sports department, with batch27's roster)
    ("Beste ouders,\n\nDe sportdag gaat door.\n\nSportieve groeten\nLore Janssens\nvakgroep LO", MATHIS_PARENT),
    ("Beste ouders,\n\nDe uitstap gaat door.\n\nMet zonnige groeten,\nLore Janssens\ntitularis", MATHIS_PARENT),
    ("Beste ouders,\n\nDe rapporten zijn klaar.\n\nNoor Claes\n", MATHIS_PARENT),
    ("Beste ouders,\n\nSucces!\n\nNoor Claes\nleerlingenbegeleiding\ntel. 016 12 34 56\n", MATHIS_PARENT),
    # the recipients' child by first name, a classmate by first name
    ("Beste ouders,\n\nMathis en Noor wonnen samen de quiz.\n\nAn", MATHIS_PARENT),
    # a pupil's own mailbox among the recipients: the mail may well be for that pupil
    (
        "Dag Mathis,\n\nMathis Lemmens staat op de lijst.\n\nAn",
        "mathis.lemmens@leerling.sintpieterscollege.be",
        LORE_P_PARENT,
    ),
    # no parents among the recipients: a colleague, an unknown outsider, a group address
    ("Dag Jan,\n\nMathis Lemmens was ziek.\n\nAn", "jan.peeters@sintpieterscollege.be"),
    ("Geachte,\n\nMathis Lemmens (5C) komt stage lopen.\n\nAn", "info@bakkerij-vos.be"),
    ("Beste ouders,\n\nMathis Lemmens won de wedstrijd!\n\nAn", "ouders-5c@sintpieterscollege.be"),
    # no pupil named
    ("Beste ouders,\n\nDe rapporten zijn klaar.\n\nAn", MATHIS_PARENT),
    # a line that starts with a title is no salutation: the surname completes no first name
    ("Beste ouders,\n\nMevrouw Lemmens belt u morgen over de uitstap; Mathis gaat ook mee.\n\nAn", LORE_J_PARENT),
    # two pupils with this first name: a titled surname that is the recipient's child's, or that is
    # neither pupil's, leaves the name to the recipient's child
    (
        "Beste ouders van Lore,\n\nZoals met meneer Janssens besproken, krijgt Lore (4B) extra tijd.\n\nAn",
        LORE_J_PARENT,
    ),
    ("Beste ouders van Lore,\n\nZoals met meneer Wouters besproken, krijgt Lore (4B) extra tijd.\n\nAn", LORE_J_PARENT),
    ("Beste ouders,\n\nMevrouw Wouters zag Lore (4B) en Mathis Lemmens samen op de bus.\n\nAn", LORE_J_PARENT),
    # the class named is the recipient's child's, or both children's classes are named
    ("Beste ouders,\n\nNoor trakteerde. Noor bakte zelf.\n\nGroeten,\nAn Devos\ntitularis 5C", NOOR_W_PARENT),
    ("Beste ouders,\n\nNoor trakteerde. Noor bakte zelf.\n\nGroeten,\nAn Devos\ntitularis 2A", CLAES),
    ("Beste ouders,\n\nNoor trakteerde in 2A en in 5C. Noor bakte zelf.\n\nAn", CLAES),
    ("Beste ouders,\n\nLore mag de toets inhalen.\n\nGroeten,\nAn Devos\ntitularis 4B", LORE_J_PARENT, "Toets Lore"),
    # a mother with her own surname, which another pupil with her child's first name carries: the class the mail
    # names is her child's (batch08: "mevrouw Ceulemans", mother of Wout Coppens of 1D; a Wout Ceulemans in 3C)
    ("Beste mevrouw Claes,\n\nNoor mag de toets inhalen.\n\nGroeten,\nAn Devos\ntitularis 5C", NOOR_W_PARENT),
    # greeted by their own name, with a first name whose pupils are in no class the mail names (a nickname:
    # batch23's class, "Tuur" for Arthur, in our own words)
    ("Beste mevrouw Lemmens,\n\nLore kreeg kluisje 12. Lore mag een slot meebrengen.\n\nAn\nklas 5C", MATHIS_PARENT),
    # the recipients' child named in the new text too: the other pupil is a classmate, the quote no matter
    (
        "Beste ouders van Mathis,\n\nLore en Mathis (5C) maken de poster samen.\n\nAn\n\n"
        "Op di 8 okt. 2024 om 19:02 schreef Els Janssens <els.janssens@gmail.com>:\n> Met wie werkt Lore samen?\n",
        LORE_J_PARENT,
    ),
    # another pupil's parents named only inside the quote: no answer in a wrong thread
    (
        "Prima, dat is in orde.\n\nAn\n\nOp di 8 okt. 2024 om 19:02 schreef Els Janssens <els.janssens@gmail.com>:\n"
        "> De mama van Mathis vroeg of Lore mag meerijden.\n",
        LORE_J_PARENT,
    ),
    # no parents addressed as another pupil's: the child in the quote still counts (an answer about a classmate)
    (
        "Beste mevrouw,\n\nIk heb met Mathis Lemmens (5C) gesproken, het is uitgepraat.\n\nAn\n\n"
        "Op di 8 okt. 2024 om 19:02 schreef Els Janssens <els.janssens@gmail.com>:\n> Lore werd geplaagd.\n",
        LORE_J_PARENT,
    ),
]

# A reply in the recipients' own thread whose new text names another pupil in full: the classmate spoken with, or the
# recipients' child spoken of ("uw dochter"), or named in the new text by a first name (batch39's class, our words)
CORRECT_REPLIES = [
    (
        "Beste mevrouw,\n\nIk heb met Mathis Lemmens (5C) gesproken, het is uitgepraat.\n\nAn\n\n"
        "Op di 8 okt. 2024 om 19:02 schreef Els Janssens <els.janssens@gmail.com>:\n> Lore Janssens werd geplaagd.\n",
        LORE_J_PARENT,
        "Re: pesten",
    ),
    (
        "Beste mevrouw,\n\nMathis Lemmens (5C) krijgt een andere plaats.\n\nUw dochter mag naar de les.\n\nAn\n\n"
        "> Lore Janssens (4B) durft niet meer naar de les.\n",
        LORE_J_PARENT,
        "Re: de les",
    ),
    (
        "Beste mevrouw,\n\nMathis Lemmens (5C) zit voortaan niet meer naast Lore.\n\nAn\n\n"
        "> Lore Janssens (4B) wil niet meer naast Mathis zitten.\n",
        LORE_J_PARENT,
        "Re: plaats",
    ),
]


@pytest.mark.parametrize("case", CORRECT, ids=[f"ok-{i}" for i in range(len(CORRECT))])
def test_correctly_addressed_mail_passes(case: tuple[str, ...]) -> None:
    body, *to = case
    assert run(body, *to) == []


@pytest.mark.parametrize("case", CORRECT_REPLIES, ids=[f"ok-reply-{i}" for i in range(len(CORRECT_REPLIES))])
def test_correctly_addressed_replies_pass(case: tuple[str, str, str]) -> None:
    body, to, subject = case
    assert run(body, to, subject=subject) == []


def test_a_replys_subject_counts_when_the_body_names_no_pupil_in_full() -> None:
    """A reply's subject is the thread's: it stops counting only when the body names a pupil in full (or with
    a class). A first name the body repeats is not enough: "Re: Tekening Noor" to Noor's mother with "Mathis
    hielp. Mathis was blij." is about her Noor as well."""
    body = "Beste mevrouw,\n\nMathis hielp bij het ophangen. Mathis was blij.\n\nAn"
    assert run(body, NOOR_W_PARENT, subject="Re: Tekening Noor") == []
    assert kinds(run(body, LORE_J_PARENT, subject="Re: Tekening Noor")) == ["other_pupil"]


def test_a_reply_greeting_another_person_only_where_the_addresses_name_someone() -> None:
    """The greeting names someone else only when every outside address spells a first name that is not the
    greeted one; and only a reply (a subject taken over from the thread) is read so."""
    body = "Dag Sofie,\n\nMathis heeft zijn pilletje weer niet genomen.\n\nAn\n\n> Gaat Jonas mee op uitstap?\n"
    assert run(body, "fam.vermeulen@skynet.be", subject="Re: uitstap Jonas") == []  # fam.vermeulen@: no one named
    greeted = "Dag Els,\n\nMathis heeft zijn pilletje weer niet genomen.\n\nAn\n\n> Ligt de turnzak van Lore hier?\n"
    assert run(greeted, LORE_J_PARENT, subject="Re: turnzak Lore") == []  # els.janssens@ greeted as Els
    # the family of a pupil greeted: a mother greeted by her child's surname is her child's family ("mevrouw
    # Peeters" to an.dewit@ about Lore Peeters), and a recipient who is that pupil's parent is no other family
    family = "Beste mevrouw Lemmens,\n\nMathis was afwezig.\n\nAn\n\n> Moet Lore een ticket meebrengen?\n"
    assert kinds(run(family, LORE_J_PARENT, subject="Re: uitstap")) == ["other_pupil"]
    assert run(family, LORE_J_PARENT, MATHIS_PARENT, subject="Re: uitstap") == []  # sofie.lemmens@ is a recipient
    own = "Beste mevrouw Peeters,\n\nLore was afwezig.\n\nAn\n\n> Moet Lore een ticket meebrengen?\n"
    assert run(own, "an.dewit@hotmail.com", subject="Re: uitstap") == []
    lore = "Dag Sofie,\n\nMathis heeft zijn pilletje weer niet genomen.\n\nAn\n\n> Ligt de turnzak van Lore nog hier?\n"
    assert kinds(run(lore, LORE_J_PARENT, subject="Re: turnzak Lore")) == ["other_pupil"]
    assert run(lore, LORE_J_PARENT, subject="turnzak Lore") == []  # no reply: the thread's subject still counts


def test_a_class_named_as_other_pupils_class_picks_no_pupil() -> None:
    """ "Together with the pupils of class 2A" (batch65) names the class of others: the Noor of the greeted family is
    the one the mail is about, not the Noor of 2A. A class given with the name still picks: "Noor (2A)"."""
    body = (
        "Beste mevrouw Wouters,\n\nNoor was absent on photo day. She can have her photo taken on Tuesday, together "
        "with the pupils of class 2A who missed it too.\n\nAn"
    )
    assert run(body, NOOR_W_PARENT) == []
    dutch = "Beste mevrouw Wouters,\n\nNoor mag dinsdag op de foto, met de leerlingen van 2A die ook afwezig waren."
    assert run(dutch, NOOR_W_PARENT) == []
    (finding,) = run("Beste mevrouw Wouters,\n\nNoor (2A) was absent on photo day.\n\nAn", NOOR_W_PARENT)
    assert finding.category == "other_pupil"


def test_the_same_name_again_is_the_pupil_its_class_named() -> None:
    """ "Kinderfoto Lars Vos" in the subject and "Lars Vos (6ECMT)" in the text, to the parent of Lars and Emma De Vos
    (batch66): the subject's Lars Vos is the one the class named, not the recipient's child (a class code of letters
    is no short code the mail's classes are read from). To the right family it passes."""
    csv = "\n".join(
        [
            CSV.splitlines()[0],
            "P1;Lars;De Vos;4B;lars.devos@leerling.sintpieterscollege.be;filip.devos@proximus.be;",
            "P2;Lars;Vos;6ECMT;lars.vos@leerling.sintpieterscollege.be;vos.gezin@telenet.be;",
            "P3;Emma;De Vos;6A;emma.devos@leerling.sintpieterscollege.be;filip.devos@proximus.be;",
        ]
    )
    hasher = roster.Hasher(b"r" * 32)
    built = roster.build(roster.parse_csv(csv.encode(), "lijst.csv"), "SPC", hasher, "key")
    policy = load_policy(None).with_roster(roster.load([("SPC", built.to_bytes())], hasher, "key"))
    body = "Beste ouders,\n\nVoor het jaarboek ontbreekt de kinderfoto van Lars Vos (6ECMT).\n\nAn"
    (finding,) = run(body, "filip.devos@proximus.be", policy=policy, subject="Kinderfoto Lars Vos")
    assert finding.category == "other_pupil"
    assert run(body, "vos.gezin@telenet.be", policy=policy, subject="Kinderfoto Lars Vos") == []


def test_without_a_roster_nothing_is_found() -> None:
    body, to = MISDIRECTED[0]
    assert run(body, to, policy=load_policy(None)) == []
    assert run("Dag", "sofie.lemens@gmail.com", policy=load_policy(None)) == []


def test_mistyped_parent_address() -> None:
    (finding,) = run("Beste ouders,\n\nDe rapporten zijn klaar.\n\nAn", "sofie.lemens@gmail.com")
    assert finding.category == "address_typo" and finding.severity is Severity.MEDIUM
    assert finding.evidence == ("1 adres(sen) dat op een gekend adres lijkt: s***@gmail.com",)
    assert run("Dag", "sofie.lemmens@gmial.com")[0].category == "address_typo"
    assert run("Dag", "info@drukkerij-peeters.be") == []
    assert run("Dag", MATHIS_PARENT) == []
    # a school address one letter off is not the rule's business (staff, pupils: the school's own directory)
    assert run("Dag", "mathis.lemmen@leerling.sintpieterscollege.be") == []


def test_typo_and_other_pupil_together() -> None:
    findings = run("Beste ouders,\n\nMathis Lemmens was ziek.\n\nAn", LORE_P_PARENT, "sofie.lemens@gmail.com")
    assert kinds(findings) == ["address_typo", "other_pupil"]


def test_policy_switches_and_the_pipeline_holds() -> None:
    body, to = MISDIRECTED[0]
    raw, rcpts = mail(body, to)
    verdict = pipeline_check(parse(raw, TEACHER, list(rcpts)), POLICY)
    assert verdict.action.value == "hold" and "recipient" in verdict.decisive
    off = with_roster(parse_policy("rules:\n  recipient:\n    check_typos: false\n"))
    assert run("Dag", "sofie.lemens@gmail.com", policy=off) == []
    texts = with_roster(parse_policy("rules:\n  recipient:\n    other_pupil_reason: Verkeerde ouders.\n"))
    assert run(body, to, policy=texts)[0].reason == "Verkeerde ouders."
    disabled = with_roster(parse_policy("rules:\n  recipient:\n    enabled: false\n"))
    assert "recipient" not in pipeline_check(parse(raw, TEACHER, list(rcpts)), disabled).rules


def test_the_same_sentence_in_the_plain_and_html_part_is_one_mention() -> None:
    sentence = "Morgen geven Noor en ik de infoavond over de reis."
    raw = (
        f"From: {TEACHER}\r\nTo: {MATHIS_PARENT}\r\nSubject: Infoavond\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/alternative; boundary="b"\r\n\r\n'
        f"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nBeste ouders,\r\n\r\n{sentence}\r\n"
        f"--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Beste ouders,</p><p>{sentence}</p>\r\n--b--\r\n"
    ).encode()
    assert check(parse(raw, TEACHER, [MATHIS_PARENT]), POLICY) == []
    twice = raw.replace(b"de infoavond over de reis.</p>", b"de infoavond.</p><p>Noor belt u nog.</p>")
    assert kinds(check(parse(twice, TEACHER, [MATHIS_PARENT]), POLICY)) == ["other_pupil"]


def test_a_pupil_and_their_own_parent_visible_to_each_other_need_no_bcc() -> None:
    """`bcc` with the roster (batch13, batch15, batch16's class, our own words): a mail to a pupil with that pupil's
    own parent in Cc shows each an address they know. Another pupil's parent, the pupil's two parents (who may live
    apart) or any pair without a roster to tell stay a finding."""
    from discretie.rules import bcc

    def visible(*to: str, policy: Policy = POLICY) -> list[str]:
        raw = (
            f"From: An Devos <{TEACHER}>\r\nTo: {to[0]}\r\nCc: {', '.join(to[1:])}\r\nSubject: Proficiat\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\nProficiat met je selectie!\r\n"
        ).encode()
        return [f.category for f in bcc.check(parse(raw, TEACHER, list(to)), policy)]

    mathis = "mathis.lemmens@leerling.sintpieterscollege.be"
    lore = "lore.peeters@leerling.sintpieterscollege.be"
    assert visible(mathis, MATHIS_PARENT) == []
    assert visible(MATHIS_PARENT, mathis) == []
    assert visible(mathis, LORE_P_PARENT) == ["visible_recipients"]  # another pupil's parent
    assert visible(lore, LORE_P_PARENT, "an.dewit@hotmail.com") == ["visible_recipients"]  # two parents
    assert visible(mathis, MATHIS_PARENT, policy=load_policy(None)) == ["visible_recipients"]  # no roster


def test_a_surname_in_an_address() -> None:
    """The greeting's surname in the recipient's address: a word of its local part, words joined, its start or end
    (five letters or more); not inside another name."""
    for surname, address in (
        ("Schepers", "schepers.ingrid@telenet.be"),
        ("Van Acker", "vanacker.els@telenet.be"),
        ("Van Acker", "els.van.acker@telenet.be"),
        ("Peeters", "kristofpeeters@gmail.com"),
        ("Crabbé", "l.crabbe@telenet.be"),
    ):
        assert _in_address(surname, address), (surname, address)
    for surname, address in (("Bos", "bosmans.an@telenet.be"), ("Claes", "nicolaes@gmail.com"), ("Aerts", "an@x.be")):
        assert not _in_address(surname, address), (surname, address)


def test_a_short_mail_that_opens_with_a_pupils_first_name() -> None:
    """batch34's class (our own words): a short personal mail whose first line after the salutation opens with a
    pupil's first name, named once ("Noor is haar sjaal vergeten"), is about that pupil: to the parents of another
    pupil it is held. Named once inside a sentence ("Morgen geven Noor en ik ..."), in a long mail, or as a row's
    label ("Noor: ..."), the name stays someone's who may be anyone; to Noor's parents nothing is held."""
    opens = "Beste ouders,\n\nNoor is gisteren haar sjaal vergeten in de turnzaal. Ze mag hem komen halen.\n\nAn"
    (finding,) = run(opens, MATHIS_PARENT)
    assert finding.category == "other_pupil" and finding.evidence[0].startswith("over N.;")
    assert run(opens, CLAES) == [] and run(opens, NOOR_W_PARENT) == []
    long = opens.replace("halen.", "halen. " + "De turnzaal is open tot vier uur. " * 20)
    assert run(long, MATHIS_PARENT) == []
    label = "Beste ouders,\n\nNoor: de sjaal ligt in de turnzaal.\n\nAn"
    assert run(label, MATHIS_PARENT) == []
    inside = "Beste ouders,\n\nMorgen is Noor er niet, de sjaal ligt in de turnzaal.\n\nAn"
    assert run(inside, MATHIS_PARENT) == []
