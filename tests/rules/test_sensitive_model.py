"""The learned second opinion of ``sensitive`` (discretie.rules.sensitive_model): its features,
its file, the script that builds it, and how the rule asks it only about borderline mail."""

from __future__ import annotations

import json
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path
from types import ModuleType

import pytest

from discretie.message import parse
from discretie.model import Message
from discretie.policy import Policy
from discretie.rules.sensitive import check
from discretie.rules.sensitive_model import features, load_model, parse_model, vectorize
from tests.helpers import bench_module

REPO = Path(__file__).resolve().parents[2]
SCHOOL = "sintpieterscollege.be"


def mail(body: str, subject: str = "Bericht", to: str = f"katrien.janssens@{SCHOOL}") -> Message:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = f"An Devos <an.devos@{SCHOOL}>"
    msg["To"] = to
    msg["Subject"] = subject
    msg.set_content(body)
    return parse(bytes(msg), f"an.devos@{SCHOOL}", [to])


def trainer() -> ModuleType:
    return bench_module("train_sensitive_model")


def test_features() -> None:
    """Words and word pairs of the folded text, and character 4-grams inside longer words
    (a compound such as "oogkanker" shares "kank" with "kanker")."""
    counts = features("Oogkanker bij Lína, oogkanker!")
    assert counts["w:oogkanker"] == 2 and counts["b:oogkanker bij"] == 1 and counts["w:lina"] == 1
    assert counts["c: oog"] == 2 and counts["c:kank"] == 2 and "c: bij" not in counts


def test_vectorize_is_l2_normalised_over_the_vocabulary() -> None:
    vector = vectorize(features("oogkanker bij lina"), {"w:oogkanker": 2.0, "w:lina": 1.0, "w:elders": 3.0})
    assert set(vector) == {"w:oogkanker", "w:lina"}
    assert sum(v * v for v in vector.values()) == pytest.approx(1.0)
    assert vector["w:oogkanker"] == pytest.approx(2.0 / 5**0.5)


def test_model_file_round_trip_and_version() -> None:
    model = parse_model(
        json.dumps(
            {
                "version": 1,
                "trained_on": ["x"],
                "intercept": -1.0,
                "features": {"w:somber": [1.0, 4.0], "w:les": [1.0, 0.0]},
            }
        )
    )
    assert model.weights == {"w:somber": 4.0} and model.idf == {"w:somber": 1.0, "w:les": 1.0}
    assert model.probability("somber") == pytest.approx(1 / (1 + 2.718281828**-3.0), rel=1e-6)
    assert model.heads == {} and model.categories("somber") == {}
    assert parse_model(model.to_json()) == model
    with pytest.raises(ValueError, match="unknown version"):
        parse_model(json.dumps({"version": 3}))


def test_model_file_version_2_has_category_heads() -> None:
    """Version 2: one column per category head after the idf and the sensitive weight, in name order."""
    model = parse_model(json.dumps(HEADS_MODEL))
    assert set(model.heads) == {"care", "family", "financial", "medical", "psychosocial"}
    assert model.heads["family"].weights == {"w:oma": 9.0} and model.heads["family"].intercept == -3.0
    assert model.categories("oma")["family"] == pytest.approx(1 / (1 + 2.718281828**-6.0), rel=1e-6)
    assert model.categories("oma")["medical"] == pytest.approx(1 / (1 + 2.718281828**3.0), rel=1e-6)
    assert parse_model(model.to_json()) == model


def test_training_is_deterministic_and_learns() -> None:
    module = trainer()
    docs = [
        ("uw zoon is erg somber en huilt", True, frozenset({"psychosocial"})),
        ("uw zoon neemt medicatie voor epilepsie", True, frozenset({"medical"})),
        ("de uitstap naar Brugge vertrekt om acht uur", False, frozenset()),
    ] * 3
    first, second = module.train(docs, ("a",)), module.train(docs, ("a",))
    assert first.to_json() == second.to_json()
    assert first.probability("mijn dochter is somber") > 0.5 > first.probability("de uitstap vertrekt")
    heads = first.categories("mijn dochter is somber")
    assert heads["psychosocial"] > 0.5 > heads["medical"]
    assert first.categories("medicatie voor epilepsie")["medical"] > 0.5


def test_packaged_model() -> None:
    """Built by bench/train_sensitive_model.py from the four labelled corpora."""
    model = load_model()
    assert model.trained_on == tuple(f"tests/{name}" for name in trainer().TRAIN_ON)
    assert "tests/blind/batch20" not in model.trained_on  # measured on first contact: never trained on
    assert len(model.idf) > 10_000
    personal = "Wannes (3B) heeft sinds de scheiding van zijn ouders paniekaanvallen en ziet een psycholoog."
    circular = "Beste ouders, de uitstap naar Brugge vertrekt om acht uur. Vergeet het lunchpakket niet."
    assert model.probability(personal) > 0.7 > 0.3 > model.probability(circular)
    heads = model.categories(personal)
    assert heads["psychosocial"] > 0.6 and heads["financial"] < 0.3


@pytest.fixture
def somber_model(tmp_path: Path) -> Path:
    """A model that says 'sensitive' whenever it reads 'somber' (a stand-in with known weights)."""
    path = tmp_path / "model.json"
    path.write_text(
        json.dumps(
            {
                "version": 1,
                "trained_on": [],
                "intercept": -2.0,
                "features": {"w:somber": [1.0, 8.0], "w:wannes": [1.0, 0.0]},
            }
        )
    )
    return path


def test_model_decides_a_borderline_mail(somber_model: Path) -> None:
    """'somber' (0.35) with a first name (0.3) scores 0.65: below the threshold, above the floor.
    The model's yes makes it fire and the evidence says so; without the model it does not."""
    body = "Hoi Katrien,\n\nWannes is de laatste weken somber.\n\nAn"
    policy = Policy.model_validate({"rules": {"sensitive": {"model_file": str(somber_model)}}})
    findings = check(mail(body), policy)
    assert [(f.category, f.evidence) for f in findings] == [
        ("psychosocial", ('[somber] bij "W." (één ontvanger; model 0.97)',))
    ]
    assert check(mail(body), Policy.model_validate({"rules": {"sensitive": {"model": False}}})) == []


def test_a_model_without_heads_never_fires_alone(somber_model: Path, tmp_path: Path) -> None:
    """No person near the fact (score below the floor), and a model without category heads: it cannot
    say what the mail tells, so it never fires on its own."""
    policy = Policy.model_validate({"rules": {"sensitive": {"model_file": str(somber_model)}}})
    assert check(mail("Hoi Katrien,\n\nHet weer is somber vandaag.\n\nAn"), policy) == []
    assert check(mail(LOGEERT, subject="Wannes"), policy) == []
    no_heads = tmp_path / "v1.json"  # its main side says yes to the mail below, but it has no heads
    v1_file = {"version": 1, "trained_on": [], "intercept": -2.0, "features": {"w:fietst": [1.0, 9.0]}}
    no_heads.write_text(json.dumps(v1_file))
    v1 = Policy.model_validate({"rules": {"sensitive": {"model_file": str(no_heads)}}})
    assert check(mail(LOGEERT, subject="Wannes"), v1) == []


# No word of the rule's lexicon: "fietst" and "neef" are everyday words; 32 words.
LOGEERT = (
    "Hoi Katrien,\n\nWannes fietst sinds vorige week samen met zijn neef vanaf de andere kant van de stad. "
    "Hij komt daardoor elke ochtend met de bus van half acht en is soms te laat in de les.\n\nAn"
)
ALONE_MODEL = {
    "version": 2,
    "trained_on": [],
    "intercept": -2.0,
    "heads": {"care": -3.0, "family": -3.0, "financial": -3.0, "medical": -3.0, "psychosocial": -3.0},
    # idf, sensitive, care, family, financial, medical, psychosocial
    "features": {
        "w:fietst": [1.0, 9.0, 0.0, 0.0, 0.0, 0.0, 2.0],
        "w:neef": [1.0, 0.0, 0.0, 9.0, 0.0, 0.0, 0.0],
    },
}


@pytest.fixture
def alone_model(tmp_path: Path) -> Path:
    """Says 'sensitive' for 'fietst' (psychosocial head 0.27: weak); the family head says yes for 'neef'."""
    path = tmp_path / "alone.json"
    path.write_text(json.dumps(ALONE_MODEL))
    return path


def test_the_model_fires_alone_on_a_mail_about_one_pupil_without_a_listed_word(alone_model: Path) -> None:
    """No term of the lexicon, so the recognizers find nothing; the mail goes to one colleague, has 31
    words and names Wannes in its subject: the model's yes fires, in the categories whose heads reach
    category_threshold (family), shown with the pupil's initial and the model's probability; without such
    a head only from model_alone_sure."""
    policy = Policy.model_validate({"rules": {"sensitive": {"model_file": str(alone_model)}}})
    findings = check(mail(LOGEERT, subject="Wannes"), policy)
    assert [(f.category, f.score, f.severity.value, f.evidence) for f in findings] == [
        ("family", 0.75, "medium", ('[inhoud] bij "leerling W." (één ontvanger; model 0.99)',))
    ]
    # no head reaches the threshold (without 'neef': psychosocial 0.27 the strongest): the model cannot say
    # what kind of information the mail holds, and fires alone only when it is sure (model_alone_sure)
    body = LOGEERT.replace("met zijn neef", "met een vriend")
    assert [f.category for f in check(mail(body, subject="Wannes"), policy)] == ["psychosocial"]
    unsure = Policy.model_validate({"rules": {"sensitive": {"model_file": str(alone_model), "model_alone_sure": 1.0}}})
    assert check(mail(body, subject="Wannes"), unsure) == []
    assert [f.category for f in check(mail(LOGEERT, subject="Wannes"), unsure)] == ["family"]
    # a pupil only as a phrase ("uw zoon") is a person too; the evidence then names nobody
    phrase = LOGEERT.replace("Wannes fietst", "Uw zoon fietst")
    assert [f.evidence for f in check(mail(phrase), policy)] == [("[inhoud] (één ontvanger; model 0.99)",)]
    off = Policy.model_validate({"rules": {"sensitive": {"model_file": str(alone_model), "model_alone": 1.0}}})
    assert check(mail(LOGEERT, subject="Wannes"), off) == []
    above = Policy.model_validate({"rules": {"sensitive": {"model_file": str(alone_model), "model_alone": 0.995}}})
    assert check(mail(LOGEERT, subject="Wannes"), above) == []  # 0.99 < 0.995
    assert check(mail(LOGEERT.replace("fietst", "wandelt"), subject="Wannes"), policy) == []  # the model's no
    # A term the recognizers read and discount far below the floor (a lesson's topic: 0.15) does not keep
    # the model from its say on the mail.
    lesson = LOGEERT.replace("\n\nAn", "\nPS: in de les biologie gaat het morgen over tics.\n\nAn")
    without = Policy.model_validate({"rules": {"sensitive": {"model": False}}})
    assert check(mail(lesson, subject="Wannes"), without) == []
    assert [f.category for f in check(mail(lesson, subject="Wannes"), policy)] == ["family"]


def test_the_model_alone_needs_one_reader_a_mail_and_a_pupil(alone_model: Path) -> None:
    """The same yes of the model does not fire a mail to a group address (a circular), a line of
    fewer than 25 words (news, a chat line: the model reads mails), or a mail about nobody."""
    policy = Policy.model_validate({"rules": {"sensitive": {"model_file": str(alone_model)}}})
    assert check(mail(LOGEERT, subject="Wannes", to=f"personeel@{SCHOOL}"), policy) == []
    short = "Hoi Katrien,\n\nWannes fietst sinds vorige week met zijn neef.\n\nAn"
    assert check(mail(short, subject="Wannes"), policy) == []
    nobody = LOGEERT.replace("Wannes fietst", "Hij fietst")
    assert check(mail(nobody), policy) == []
    assert [f.category for f in check(mail(nobody, subject="Wannes"), policy)] == ["family"]


@pytest.mark.timeout(600)
def test_packaged_model_is_what_the_script_builds(tmp_path: Path) -> None:
    """bench/train_sensitive_model.py rebuilds the packaged file byte for byte (fixed order, no
    randomness but random.Random(0)): the model in the package is the one the script makes. It reads 3,700 mails
    (about a minute on one idle core): the suite's 120 s per test is too tight when the machine is busy."""
    out = tmp_path / "model.json"
    assert trainer().main(["--out", str(out)]) == 0
    packaged = REPO / "src" / "discretie" / "data" / "sensitive_model.json"
    assert out.read_text("utf-8") == packaged.read_text("utf-8")


HEADS_MODEL = {
    "version": 2,
    "trained_on": [],
    "intercept": -2.0,
    "heads": {"care": -3.0, "family": -3.0, "financial": -3.0, "medical": -3.0, "psychosocial": -3.0},
    # idf, sensitive, care, family, financial, medical, psychosocial
    "features": {"w:oma": [1.0, 0.0, 0.0, 9.0, 0.0, 0.0, 0.0], "w:spijbelt": [1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]},
}


@pytest.fixture
def heads_model(tmp_path: Path) -> Path:
    """A model whose family head says yes whenever it reads 'oma', and whose sensitive side says no."""
    path = tmp_path / "heads.json"
    path.write_text(json.dumps(HEADS_MODEL))
    return path


def test_category_heads_add_the_category_a_mail_tells_without_its_keyword(heads_model: Path) -> None:
    """The mail fired on 'epilepsie'; that Wannes now sleeps at his grandmother's is a family fact that
    no family term names: the family head (0.998) adds it, shown with the mail's person and the model."""
    body = "Hoi Katrien,\n\nWannes uit 3B heeft epilepsie. Hij slaapt nu bij zijn oma.\n\nAn"
    policy = Policy.model_validate({"rules": {"sensitive": {"model_file": str(heads_model)}}})
    assert [(f.category, f.evidence) for f in check(mail(body), policy)] == [
        ("family", ('[inhoud] bij "leerling W." (één ontvanger; model 1.00)',)),
        ("medical", ('[epilepsie] bij "leerling W." (één ontvanger)',)),
    ]
    above = Policy.model_validate(
        {"rules": {"sensitive": {"model_file": str(heads_model), "category_threshold": 0.999}}}
    )
    assert [f.category for f in check(mail(body), above)] == ["medical"]
    assert [
        f.category for f in check(mail(body), Policy.model_validate({"rules": {"sensitive": {"model": False}}}))
    ] == ["medical"]


def test_category_heads_never_fire_a_mail_alone(heads_model: Path) -> None:
    """Heads only add categories to a mail that fired or that the model's main side says yes to:
    'oma' with a pupil's name and no fact is nothing."""
    policy = Policy.model_validate({"rules": {"sensitive": {"model_file": str(heads_model)}}})
    assert check(mail("Hoi Katrien,\n\nWannes uit 3B gaat woensdag met zijn oma naar de film.\n\nAn"), policy) == []


def test_model_veto_on_a_finding_at_the_threshold_with_only_a_phrase_for_a_person(
    heads_model: Path, somber_model: Path
) -> None:
    """'de leerling spijbelt' scores 0.75: at the threshold, and no name, only a phrase that may mean
    every pupil. The model's no (0.12 < model_veto 0.3) drops it; the model's yes keeps it; a named
    pupil or a score above the margin is never asked."""
    body = "Hoi Katrien,\n\nde leerling spijbelt.\n\nAn"
    without = Policy.model_validate({"rules": {"sensitive": {"model": False}}})
    assert [(f.category, f.score) for f in check(mail(body), without)] == [("psychosocial", 0.75)]
    no = Policy.model_validate({"rules": {"sensitive": {"model_file": str(heads_model)}}})
    assert check(mail(body), no) == []
    lenient = Policy.model_validate({"rules": {"sensitive": {"model_file": str(heads_model), "model_veto": 0.1}}})
    assert [f.category for f in check(mail(body), lenient)] == ["psychosocial"]
    named = "Hoi Katrien,\n\nWannes uit 3B spijbelt.\n\nAn"
    assert [f.category for f in check(mail(named), no)] == ["psychosocial"]
    above = "Hoi Katrien,\n\nde leerling spijbelt en is problematisch afwezig.\n\nAn"
    assert [f.category for f in check(mail(above), no)] == ["psychosocial"]


def test_the_model_reads_only_its_vocabulary_with_the_same_result(monkeypatch: pytest.MonkeyPatch) -> None:
    """Model.vector counts words, pairs and long words first and names only known features: the vector is
    exactly vectorize(features(text), idf), also once its cache of long words was cleared (bounded)."""
    from discretie.rules import textmodel

    model = load_model()
    texts = [
        "Oogkanker bij Lína; haar mama is opgenomen in het ziekenhuis en de zorgcoördinator weet het.",
        "Beste ouders, de uitstap naar Brugge vertrekt om acht uur. Vergeet het lunchpakket niet!",
        "zelfverwonding zelfverwonding ZELFVERWONDING leerlingenbegeleiding 2026 12 " * 40,
    ]
    monkeypatch.setattr(textmodel, "KNOWN_WORDS", 3)  # the shared classifier of sensitive_model
    if model._vocabulary is not None:  # made at the first vector; tests before this one may have filled its cache
        model._vocabulary.known.clear()
    for text in texts * 2:
        assert model.vector(text) == pytest.approx(vectorize(features(text), model.idf), rel=1e-12)
    assert 0 < len(model._vocabulary.known) <= 3  # type: ignore[union-attr]


def test_the_model_alone_finds_the_pupil_anywhere_in_the_mail(alone_model: Path) -> None:
    """No name in the subject or the salutation, no phrase: the pupil is named in the middle of the mail
    with a class ("Wannes uit 3B"), as the recognizers name a pupil next to a fact; the evidence shows the
    initial. A capitalised word without a class or marker is not enough."""
    policy = Policy.model_validate({"rules": {"sensitive": {"model_file": str(alone_model)}}})
    body = LOGEERT.replace("Wannes fietst", "Sinds vorige week fietst Wannes uit 3B")
    assert [f.evidence for f in check(mail(body), policy)] == [
        ('[inhoud] bij "leerling W." (één ontvanger; model 0.99)',)
    ]
    weak = LOGEERT.replace("Wannes fietst", "Sinds vorige week fietst Bolleke")
    assert check(mail(weak), policy) == []


@pytest.mark.parametrize(
    ("who", "shown"),
    [
        ("K.D. (3B)", "leerling K. D."),  # initials with a class
        ("N. uit 4C", "leerling N."),  # one initial with a class
        ("de leerling met rijksregisternummer 85.07.30-033.28", "rijksregisternummer"),
    ],
)
def test_the_model_alone_finds_initials_or_an_identifier_anywhere(alone_model: Path, who: str, shown: str) -> None:
    """Initials with a class, or a national number, in the middle of the mail point at one pupil."""
    policy = Policy.model_validate({"rules": {"sensitive": {"model_file": str(alone_model)}}})
    body = LOGEERT.replace("Wannes fietst", f"Sinds vorige week fietst {who}")
    assert [f.evidence for f in check(mail(body), policy)] == [(f'[inhoud] bij "{shown}" (één ontvanger; model 0.99)',)]


def test_the_model_alone_finds_a_pupil_of_the_roster_anywhere(alone_model: Path) -> None:
    """A full name the roster knows ("Merveille Kasongo": on no first-name list) points at a pupil; the
    evidence shows the roster's initials, never the name. Without the roster the name alone is not enough."""
    from tests.rules.test_sensitive_signals import OneRoster

    policy = Policy.model_validate({"rules": {"sensitive": {"model_file": str(alone_model)}}})
    body = LOGEERT.replace("Wannes fietst", "Sinds vorige week fietst Merveille Kasongo")
    assert check(mail(body), policy) == []
    findings = check(mail(body), policy.with_roster(OneRoster()))
    assert [f.evidence for f in findings] == [('[inhoud] bij "leerling M. K." (één ontvanger; model 0.99)',)]
    assert "Kasongo" not in repr(findings)
