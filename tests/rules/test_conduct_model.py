"""The learned second opinion of ``conduct``: its file, the script that builds it, and how the rule asks it
only about mail whose words the lists and forms do not know, aimed at someone, outside a report or a lesson."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from discretie.message import parse
from discretie.model import Message, Severity
from discretie.policy import Policy
from discretie.rules.conduct import MODEL_DATA, check
from discretie.rules.textmodel import load_model, parse_model
from tests.helpers import bench_module

REPO = Path(__file__).resolve().parents[2]
TEACHER = "an.devos@sintpieterscollege.be"
COLLEAGUE = "tom.claes@sintpieterscollege.be"


def mail(body: str, subject: str = "Even dit") -> Message:
    raw = (
        f"From: {TEACHER}\r\nTo: {COLLEAGUE}\r\nSubject: {subject}\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    ).encode()
    return parse(raw, TEACHER, (COLLEAGUE,))


def trainer() -> ModuleType:
    return bench_module("train_conduct_model")


@pytest.fixture
def leech_model(tmp_path: Path) -> Path:
    """A stand-in with known weights: it reads contempt in "bloedzuiger" (a word no list of the rule holds),
    and nothing in anything else (intercept -2: 0.12)."""
    path = tmp_path / "leech.json"
    path.write_text(
        json.dumps(
            {
                "version": 1,
                "trained_on": ["by hand"],
                "intercept": -2.0,
                "features": {"w:bloedzuiger": [1.0, 8.0], "w:collega": [1.0, 0.0]},
            }
        )
    )
    return path


def policy(model_file: Path, **extra: object) -> Policy:
    return Policy.model_validate({"rules": {"conduct": {"model_file": str(model_file), **extra}}})


AIMED_BODY = "Dag Tom,\n\nDie nieuwe collega van LO is een bloedzuiger, hij teert op ons werk.\n\nAn"


def test_model_fires_on_aimed_contempt_the_lists_do_not_know(leech_model: Path) -> None:
    """No listed word, no form: only the model speaks (0.97: "bloedzuiger" and "collega" share the
    vector, -2 + 8/√2), with the target and the probability as
    evidence and not the word; without the model, or above its probability, the mail passes."""
    findings = check(mail(AIMED_BODY), policy(leech_model))
    assert [(f.category, f.severity, f.evidence) for f in findings] == [
        ("model", Severity.MEDIUM, ("vermoedelijk ongepaste inhoud (geleerd model): gericht tegen iemand; model 0.97",))
    ]
    assert "bloedzuiger" not in findings[0].reason + "".join(findings[0].evidence)
    assert check(mail(AIMED_BODY), policy(leech_model, model=False)) == []
    assert check(mail(AIMED_BODY), policy(leech_model, model_threshold=0.999)) == []


def test_model_target_is_a_group_when_a_group_is_named(leech_model: Path) -> None:
    body = "Dag Tom,\n\nDie vluchtelingen zijn allemaal bloedzuiger van beroep.\n\nAn"
    assert [f.evidence for f in check(mail(body), policy(leech_model))] == [
        ("vermoedelijk ongepaste inhoud (geleerd model): gericht tegen een groep; model 1.00",)
    ]


@pytest.mark.parametrize(
    ("case", "body", "subject"),
    [
        (
            "a report to the care team",
            "Beste zorgteam,\n\nEen leerling van 3B schreef op het bord dat de nieuwe collega een bloedzuiger is. "
            "Kunnen we dit maandag bespreken?\n\nAn",
            "Melding",
        ),
        (
            "a lesson",
            "Dag Tom,\n\nVoor de les geschiedenis over propaganda: de affiche noemt de vijand een bloedzuiger. "
            "Wil jij het werkblad kopiëren?\n\nAn",
            "Lesvoorbereiding",
        ),
        (
            "a forward the writer does not endorse",
            "Dag Tom,\n\nDit kreeg ik gisteren, ik weet niet wat ik ermee moet.\n\n"
            "---------- Doorgestuurd bericht ---------\nVan: onbekend <x@example.org>\nDatum: 3 december\n\n"
            "Die nieuwe collega is een bloedzuiger.\n",
            "Fwd: bericht",
        ),
        ("no one aimed at", "Bloedzuiger gevonden in de vijver achter de labo's: pas op met de waadlaarzen.", "Labo"),
    ],
)
def test_model_does_not_fire_on_a_report_a_lesson_a_quote_or_no_target(
    leech_model: Path, case: str, body: str, subject: str
) -> None:
    assert check(mail(body, subject), policy(leech_model)) == []


def test_model_is_not_asked_when_the_lists_found_something(leech_model: Path) -> None:
    """A listed insult is the finding; the model adds no second one."""
    body = "Dag Tom,\n\nJe bent een klootzak en een bloedzuiger.\n\nAn"
    assert [f.category for f in check(mail(body), policy(leech_model))] == ["insult"]


def test_model_file_round_trip() -> None:
    """The packaged file is the canonical JSON of the model it holds (parse, write, parse gives the same)."""
    text = (REPO / "src" / "discretie" / "data" / MODEL_DATA).read_text("utf-8")
    model = parse_model(text)
    assert model.to_json() + "\n" == text
    assert parse_model(model.to_json()) == model == load_model(MODEL_DATA)
    assert model.heads == {} and 5_000 < len(model.idf) <= trainer().MAX_FEATURES
    assert model.trained_on == tuple(f"tests/{name}" for name in trainer().TRAIN_ON)


CONTEMPT = (
    "Dag Tom,\n\nWeer drie van die asielkinderen erbij in 2B. Die mensen komen hier enkel om te profiteren en wij "
    "mogen hun rommel opruimen. Ik ben het beu.\n\nAn"
)


def test_packaged_model_reads_contempt_without_a_listed_word() -> None:
    """Written for this test, in none of the corpora: contempt for a group in ordinary words (no listed word,
    no form of the rule) is found by the packaged model alone; the same words reported to the care team, and
    a neutral letter on the same matter, are not."""
    findings = check(mail(CONTEMPT), Policy())
    assert [(f.category, f.severity) for f in findings] == [("model", Severity.MEDIUM)]
    assert findings[0].evidence[0].startswith("vermoedelijk ongepaste inhoud (geleerd model): gericht tegen iemand")
    assert check(mail(CONTEMPT), Policy.model_validate({"rules": {"conduct": {"model": False}}})) == []
    report = (
        "Beste zorgteam,\n\nEen collega schreef me gisteren dit over onze nieuwe leerlingen: "
        + CONTEMPT[9:]
        + "\n\nIk wil dit melden bij de vertrouwenspersoon.\n\nLies"
    )
    assert check(mail(report, "Melding"), Policy()) == []
    neutral = (
        "Beste ouders,\n\nVolgende week start het project rond de nieuwe anderstalige leerlingen in de OKAN-klas. "
        "We zoeken nog ouders die willen helpen bij het onthaal.\n\nMet vriendelijke groeten,\nDe directie"
    )
    assert load_model(MODEL_DATA).probability(neutral) < 0.1
    assert check(mail(neutral), Policy()) == []


def test_packaged_model_is_what_the_script_builds(tmp_path: Path) -> None:
    """bench/train_conduct_model.py rebuilds the packaged file byte for byte: the model in the package is the one
    the script makes from the corpora it names."""
    out = tmp_path / "conduct_model.json"
    assert trainer().main(["--out", str(out)]) == 0
    assert out.read_text("utf-8") == (REPO / "src" / "discretie" / "data" / MODEL_DATA).read_text("utf-8")


def test_short_ordinary_replies_stay_under_the_threshold() -> None:
    """Written for this test: short replies among colleagues, of the words every mail has ("ik", "hem", "eens",
    "dat"). The former model (the L2 step on the example's features only, C=100, threshold 0.4) read such a reply
    about a bus seat as 1.00; the packaged one reads these at 0.2-0.65, under the default threshold of 0.7 (a
    short text has few features, each weighing much after normalisation: docs/rules.md, known false positives)."""
    model = load_model(MODEL_DATA)
    for body in (
        "ok, ik neem hem morgen mee naar de bib en ik zeg het ook tegen de conciërge\nwim",
        "die sleutel ligt bij mij, ik breng hem straks wel eens naar boven. is dat goed?\nGreet",
        "ja hoor, zet hem maar op de lijst, ik kijk er vanavond nog eens naar\nJo",
    ):
        assert check(mail(body), Policy()) == [], body
        assert model.probability(body) < 0.75


def test_decay_all_shrinks_what_few_positives_carry() -> None:
    """textmodel.fit's ``decay_all``: with one rare feature that only the positives carry and a common one, every
    weight is shrunk at every step, not only when its feature is in the example, so the rare feature's weight
    stays smaller (the default is what sensitive's model is built with: its own test rebuilds it byte for byte)."""
    from discretie.rules.textmodel import fit

    positives = [{"w:zot": 0.8, "w:ik": 0.6}] * 3
    negatives = [{"w:ik": 1.0}] * 60 + [{"w:les": 1.0}] * 60
    vectors, labels = positives + negatives, [1.0] * 3 + [0.0] * 120
    lazy, _ = fit(vectors, labels, c=10.0)
    shrunk, _ = fit(vectors, labels, c=10.0, decay_all=True)
    assert 0 < shrunk["w:zot"] < lazy["w:zot"]
    assert abs(shrunk["w:les"]) < abs(lazy["w:les"])
