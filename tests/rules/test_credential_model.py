"""The learned second opinion of ``password`` (discretie.rules.credential_model): which tokens are candidates, the
features of a candidate, the packaged model, the training labels, the vetoes of the reading, and what the rule
reports when the model decides."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from discretie.detect import fold_chars
from discretie.message import parse
from discretie.policy import Policy
from discretie.rules import password
from discretie.rules.credential_model import (
    MAX_CANDIDATES,
    Candidate,
    candidates,
    load_model,
    score,
    window_features,
)
from tests.helpers import bench_module
from tests.rules.test_password import POLICY, READING, mail

REPO = Path(__file__).resolve().parents[2]


def values(text: str) -> list[str]:
    return [c.value for c in candidates(text, password._judged)]


def trainer() -> ModuleType:
    return bench_module("train_credential_model")


# ---------------------------------------------------------------------------------------------- candidates


def test_dates_times_amounts_links_addresses_and_files_are_never_candidates() -> None:
    text = (
        "Op 12/03 of 2026-03-12 om 14:30, 8u30-10u10 of 9u; 18,50 euro of €25 of 1.250; 3de jaar, 50% en 20km; "
        "klas 3B en lokaal 12a; https://x.be/a1b2c3 www.school.be; an.devos2@school.be; rapport_2026.pdf; "
        "zie bijlage Voicemail_0042.wav"
    )
    assert values(text) == []


def test_numbers_words_with_digits_signs_and_inner_capitals_are_candidates() -> None:
    text = "Het is 382 of 4471 of 2580# of Zomer2024! of Kaas!Boer of KaasBoer7, maar niet Kaasboer of Beste."
    assert values(text) == ["382", "4471", "2580#", "Zomer2024!", "Kaas!Boer", "KaasBoer7"]
    # inner capitals alone make a candidate; joined words without a digit or a sign are names for the reading
    assert [c.value for c in candidates("wifi SPCgast", lambda _v: True)] == ["SPCgast"]
    assert values("het netwerk SPCgast of SPC-Gast") == []


def test_dials_keypad_groups_and_passphrases_are_one_candidate_each() -> None:
    assert values("Code: 7 3 1 9 #, daarna de sms-code 604 218 en de combinatie 12-34-56.") == [
        "7 3 1 9 #",
        "604 218",
        "12-34-56",
    ]
    assert values("Het wachtwoord is paarse-olifant-danst-traag en de reservecode 81924-33071.") == [
        "paarse-olifant-danst-traag",
        "81924-33071",
    ]


def test_the_rules_judgement_keeps_compounds_and_plain_words_out() -> None:
    """``judge`` is the reading's ``strength``: a compound such as "3D-printer" or a plain word is no secret."""
    assert values("In het 3D-printlokaal staat een A4-printer voor de M365-accounts.") == []
    assert values("Lees eerst de HANDLEIDING van de kar.") == []  # a word in capitals
    assert [c.value for c in candidates("Lees eerst de HANDLEIDING", lambda _v: True)] == ["HANDLEIDING"]
    assert [c.value for c in candidates("In het 3D-printlokaal", lambda _v: True)] == ["3D-printlokaal"]


def test_a_cell_of_a_csv_row_or_a_text_table_is_a_token_of_its_own() -> None:
    assert values("klas;aantal;sport\n1A;22;zwemmen\nKast|Code\nB12|4471\n") == ["4471"]


def test_an_exclamation_mark_after_a_number_is_the_sentence_not_the_secret() -> None:
    (found,) = candidates("De code is 4471!", password._judged)
    assert found == Candidate(11, 15, "4471")
    # after joined words too: a name of a place, not joined words with a sign (batch19's class)
    assert values("Proficiat en welkom in Heilig-Hart! Je badge ligt klaar.") == []
    assert values("Welkom in Heilig-Hart!2 en Heilig!Hart") == ["Heilig-Hart!2", "Heilig!Hart"]


def test_candidates_are_bounded() -> None:
    text = " ".join(f"{1000 + i}" for i in range(1000))
    assert len(values(text)) == MAX_CANDIDATES == 300
    dials = " , ".join("1 2 3 4" for _ in range(1000))
    assert len(values(dials)) == MAX_CANDIDATES


# ---------------------------------------------------------------------------------------------- features


def features(text: str, value: str, subject: str = "wifi lerarenkamer") -> Counter[str]:
    start = text.index(value)
    return window_features(text, fold_chars(text), Candidate(start, start + len(value), value), fold_chars(subject))


def test_the_shape_of_a_candidate() -> None:
    assert {"s:d4", "s:key"} <= set(features("de code 2580#", "2580#"))
    assert {"s:d4", "s:year"} <= set(features("sinds 2019", "2019"))
    assert {"s:d4", "s:zero"} <= set(features("toestel 0477", "0477"))
    assert {"s:dial", "s:dial4"} == set(features("code 7 3 1 9", "7 3 1 9")) & {"s:dial", "s:dial4", "s:d4"}
    assert "s:phrase" in features("is paarse-olifant-danst", "paarse-olifant-danst")
    mixed = set(features("ww Welkom2024!", "Welkom2024!"))
    assert {"s:mix", "s:sign", "s:!", "s:cap", "s:yearend", "s:len12"} <= mixed
    assert {"s:ref", "s:caps"} <= set(features("factuur INV-10023", "INV-10023"))


def test_the_surroundings_of_a_candidate() -> None:
    inline = features("Dag Tom,\n\nde code van de kluis is 58120, niet doorgeven.", "58120")
    assert {"l:kluis", "l:is", "p:is", "r:niet", "n:niet", "sep:w", "t:wifi", "t:lerarenkamer"} <= set(inline)
    assert "l:dag" not in inline and "f:dag" not in inline  # another paragraph
    labelled = features("Wifi-sleutel: Kast19z", "Kast19z")
    assert {"sep::", "lab:wifi", "lab:sleutel", "bol", "eol"} - set(labelled) == {"bol"}
    alone = features("Het wachtwoord:\nKast19z\n", "Kast19z")
    assert {"bol", "eol", "a:het", "a:wachtwoord"} <= set(alone)
    assert "cell" in features("Pc 1\tlab01\tStoel42x\n", "Stoel42x")
    far = features(
        "Voor de gedeelde account die we met de vakgroep gebruiken geldt sinds vorige week echt X7yy3", "X7yy3"
    )
    assert {"f:account", "l:week"} <= set(far) and "l:account" not in far


# ---------------------------------------------------------------------------------------------- the model


def test_the_packaged_model_never_saw_the_next_blind_batch() -> None:
    model = load_model()
    assert model.trained_on == tuple(f"tests/{name}" for name in trainer().TRAIN_ON)
    assert "tests/blind/batch20" not in model.trained_on  # measured on first contact: never trained on
    assert len(model.idf) > 1000


def test_training_labels_follow_the_reading_or_every_candidate_of_a_mail_it_misses() -> None:
    """Negatives: every candidate of a mail without a credential. A credential mail where the reading found the
    value: that candidate is the positive, the others (a phone number ...) are left out. Where the reading found
    nothing: every candidate is a positive."""
    train = trainer()
    a, b, c = Counter({"x:a": 1}), Counter({"x:b": 1}), Counter({"x:c": 1})
    seen: dict[str, list[float]] = {}

    def fit(vectors: list[dict[str, float]], labels: list[float]) -> tuple[dict[str, float], float]:
        for vector, label in zip(vectors, labels, strict=True):
            seen.setdefault(next(iter(vector)), []).append(label)
        return {}, 0.0

    data = [
        train.Mail("k", "found", True, True, ((a, True), (b, False))),
        train.Mail("k", "missed", True, False, ((c, False),)),
        train.Mail("k", "clean", False, False, ((a, False), (b, False), (b, False))),
    ]
    originals = train.fit, train.vocabulary
    train.fit = fit
    train.vocabulary = lambda counts, _n: {f: 1.0 for c in counts for f in c}  # every feature, one per instance
    try:
        train.train(data, ())
    finally:
        train.fit, train.vocabulary = originals
    assert seen == {"x:a": [1.0, 0.0], "x:b": [0.0, 0.0], "x:c": [1.0]}


def test_probabilities_of_a_credential_and_of_an_extension() -> None:
    model = load_model()
    (secret,) = score(
        model, "Hoi Koen,\n\nde nieuwe van de kluis is 58120, niet doorvertellen.", "kluis", password._judged
    )
    assert secret.probability > 0.9
    (extension,) = score(model, "Je bereikt het secretariaat op toestel 2307.", "Info", password._judged)
    assert extension.probability < secret.probability


# ---------------------------------------------------------------------------------------------- in the rule

# (text, the secret, evidence): forms the reading does not know, in our own words; the model decides
MODEL_POSITIVES = [
    ("Hoi,\n\nDe beamer-pc in B12 start op met Kameel77! als je erom gevraagd wordt.\n\nJan", "Kameel77!"),
    ("Hey,\n\nde laptopkar: 3390 op het klavier, daarna draaien.\n\nLies", "3390"),
    ("Dag Koen,\n\nde nieuwe van de kluis in het secretariaat is 58120, niet doorvertellen.\n\nMarleen", "58120"),
    # a machine's service code typed in ("intikken", "intypen": batch56's class, our own words)
    (
        "Marc,\n\nDe technieker zegt dat je de storing zelf kan wissen:\n- knop R tien seconden indrukken\n"
        "- servicecode intikken: 7391\n- menu 2 > reset\n\nAn",
        "7391",
    ),
]


@pytest.mark.parametrize(("text", "secret"), MODEL_POSITIVES, ids=["boot", "cart", "safe", "service"])
def test_the_model_finds_what_the_reading_misses(text: str, secret: str) -> None:
    message = parse(mail(text))
    assert password.check(message, READING) == []
    (finding,) = password.check(message, POLICY)
    assert (finding.rule, finding.category, finding.severity.value) == ("password", "credential", "high")
    assert finding.reason == "Er staat vermoedelijk een wachtwoord of toegangscode in het bericht."
    (evidence,) = finding.evidence
    assert secret not in evidence and "[********] (model " in evidence
    assert 0.8 <= float(evidence.rsplit("(model ", 1)[1].rstrip(")")) <= 1.0


def test_the_threshold_and_the_minimum_length_are_policy_settings() -> None:
    message = parse(mail(MODEL_POSITIVES[1][0]))
    sure = Policy.model_validate({"rules": {"password": {"model_threshold": 1.0}}})
    assert password.check(message, sure) == []
    long = Policy.model_validate({"rules": {"password": {"min_length": 12}}})
    assert password.check(parse(mail(MODEL_POSITIVES[0][0])), long) == []
    # a 3-digit padlock counts by default (min_length 4) as the reading's does, not under a longer minimum
    assert password._judged("382") and password.Config(min_length=4).min_length == 4


# A threshold so low that every candidate the model scores is decisive: what keeps one out is then the reading's
# veto alone (a retrained model's scores cannot hide a veto's loss).
EAGER = {"model_threshold": 0.01}


def test_a_meeting_passcode_stays_out_unless_the_policy_counts_them() -> None:
    text = "Deelnemen aan de Teams-vergadering\nVergadering-ID: 361 554 071\nWachtwoord: Zq3Ub7\n"
    assert password.check(parse(mail(text)), POLICY) == []
    eager = Policy.model_validate({"rules": {"password": {**EAGER, "model": True}}})
    assert password.check(parse(mail(text)), eager) == []
    counted = Policy.model_validate({"rules": {"password": {"ignore_meeting_passcodes": False}}})
    assert password.check(parse(mail(text)), counted)
    model_only = Policy.model_validate({"rules": {"password": {**EAGER, "ignore_meeting_passcodes": False}}})
    message = parse(mail(text.replace("Wachtwoord: Zq3Ub7", "Deel Zq3Ub7 niet met je account")))
    assert password.check(message, READING) == [] and password.check(message, model_only)


def veto(text: str, value: str) -> str:
    start = text.index(value)
    return password._model_veto(text, text.lower(), start, start + len(value))


@pytest.mark.parametrize(
    ("text", "value", "reason"),
    [
        ("Klantnummer: 58120", "58120", "reference"),
        ("Het ordernummer van de boeken: 58120", "58120", "reference"),
        ("De code van het vak is 4417.", "4417", "reference"),
        ("Bank code\n: 21003467", "21003467", "reference"),
        ("Het toestel geeft opnieuw foutcode C-2557 en stopt.", "C-2557", "reference"),  # a device's error code
        ("Error code: 0x80070005", "0x80070005", "reference"),
        ("Bij het aanmaken: de vakcode is WIS-4B-02, niet 01.", "WIS-4B-02", "reference"),  # the compound, then "is"
        ("Het wachtwoord van het klantenportaal is Kp-88xq!", "Kp-88xq!", ""),  # a portal has a password
        ("x-spam-id: 3039ac1d40554e", "3039ac1d40554e", "header"),
        ("Wachtwoord: [Welkom2026]", "Welkom2026", "placeholder"),
        ("Inloggen met lotte.peeters01 lukt.", "lotte.peeters01", "user name"),
        ("Typ dan 3041 is ons huisnummer.", "3041", "described"),
        ("Bel de code van de poort: 0477 21 65 09", "0477", "number"),
        ("We bestelden er 1200 stuks van", "1200", "number"),
        ("De code van de kluis is sinds 2019 dezelfde.", "2019", "date"),
        ("De poort is open vanaf 12-03-26.", "12-03-26", "date"),
        ("De achterpoort is vanaf 1 september 0730 tot 1800 open.", "0730", "time"),
        ("De achterpoort is vanaf 1 september 0730 tot 1800 open.", "1800", "time"),
        ("Maak PW Oefening12 tegen vrijdag.", "Oefening12", "short keyword"),
        # a device named by its tag, the noun right before it (batch55's class, our own words)
        ("Tot maandag werkt hij op reservelaptop RL-KES-014.", "RL-KES-014", "device"),
        ("Vandaag gebruikt ze tablet TB-3B-07 van de klaskar.", "TB-3B-07", "device"),
        ("Wachtwoord van de laptop: Zon!Dak-42", "Zon!Dak-42", ""),  # a colon: the laptop's secret
        # a label that names a number by its compound (batch56's class, our own words)
        ("Het artikelnummer intikken: 25804", "25804", "reference"),
        ("Het pincodenummer intikken: 2580", "2580", ""),  # a PIN's number is the PIN
        # listed under its identifier, or what a thing is called (batch61's class, our own words)
        ("In het rooster staat het vak onder code STG6ZW-PR.", "STG6ZW-PR", "reference"),
        ("De Teams-klas heet 6ZWa-stage-2425.", "6ZWa-stage-2425", "name"),
        ("Je locker is nummer 214, rij B.", "214", "reference"),
        # a person's number in a register (batch46's class, our own words)
        ("Je stamboeknummer bij ons is 20771 en je badge werkt vanaf maandag.", "20771", "reference"),
        ("Je stamboeknummer bij ons is SB-20771 en je badge werkt vanaf maandag.", "SB-20771", "reference"),
        # a learning platform's class code named just before (batch40's and batch47's class, our own words)
        ("Zet de klascode van de Classroom op het bord. De code is 7kqm2xd.", "7kqm2xd", "reference"),
        ("Je kan inloggen met Smartschool en Office365 op elke pc.", "Office365", "platform"),
        ("De bus rijdt via:\nLeuven / Brussel-Noord2", "Brussel-Noord2", "no access named"),
        ("De uitslag van de loting: het werd 3-8-1 voor klas 4B.", "3-8-1", "no access named"),
        # two groups of three digits are a dial's shape too (batch40's pairing code), so no access named vetoes them
        ("De uitslag van de loting: het werd 418-207 voor klas 4B.", "418-207", "no access named"),
        ("Gebruik geen wachtwoord zoals Welkom123", "Welkom123", "advice"),
        ("Bijvoorbeeld: Zon!Maan42", "Zon!Maan42", "advice"),
        ("Een slecht wachtwoord is Welkom123, echt.", "Welkom123", "generic"),
        ("Wil je het wachtwoord wijzigen, druk dan op: Ctrl+Alt+Delete", "Ctrl+Alt+Delete", "how-to"),
        ("Vak;Leerkracht;Code\nWiskunde;EM;4417\n", "4417", "table"),
        ("Rooster:\n\nMaandag   lokaal2   B204-Lab2\n", "B204-Lab2", "table"),
        ("Met vriendelijke groeten\nICTteam2025\n", "ICTteam2025", "orphan"),
        ("Stuur het naar:\n\ninfo@school.be\n\nLeuven2025\n", "Leuven2025", "orphan"),
        ("Alarm turnzaal: 14-03-25 om 3u afgegaan.", "14-03-25", "date"),  # a day and a month: no time word needed
        # what the reading leaves to the model
        ("de nieuwe van de kluis is 58120, niet doorvertellen", "58120", ""),
        ("Naam;PIN kluis\nAn;5530\n", "5530", ""),
        ("Het wachtwoord:\nICTteam2025\n", "ICTteam2025", ""),
        ("Log in met de account:\n\nlabo5@school.be\n\nFotosynthese5!", "Fotosynthese5!", ""),
        ("SPC-Personeel\nLeuven#Dijle77\n", "Leuven#Dijle77", ""),
        ("Kastje2291", "Kastje2291", ""),
        ("ww Dijle#Leuven2 en niet verder geven", "Dijle#Leuven2", ""),  # a sign: no need for a separator
        ("Jep, stages@school.be / Stage2024-Diest (met streepje)", "Stage2024-Diest", ""),  # a login before "/"
        ("NAS beheer: spcadmin / N4s-Centrum!", "N4s-Centrum!", ""),
        ("De brandkast: eerst rechts naar 27-04-91, dan links", "27-04-91", ""),
        ("het sleutelkastje kopieerkamer: 1958", "1958", ""),  # a room in a compound names no number
        ("de code is veranderd na de inventaris: 1357 en dan OK", "1357", ""),  # after a preposition: no label
        ("de code is 0730, niet verder vertellen", "0730", ""),
        ("Het is nog altijd 2906? Dan gebruik ik die. Het werkte niet meer.", "2906", ""),
        ("Het werkte niet meer. Is het nu nog altijd 2906?", "2906", ""),  # advice only in the value's sentence
        ("De logins van het lab:\n\nPc 1   lab01   Stoel42x\nPc 2   lab02   Tafel77y\n", "Stoel42x", ""),
        ("Voor het wifi-netwerk van de school\n\nSPC-Personeel\nLeuven#Dijle77\n", "Leuven#Dijle77", ""),
    ],
)
def test_what_the_reading_knows_a_value_is_not(text: str, value: str, reason: str) -> None:
    assert veto(text, value) == reason


def test_a_vetoed_candidate_gives_no_finding_even_when_the_model_is_sure() -> None:
    text = "Dag Tom,\n\nDe code van het vak aardrijkskunde is 4417.\n\nAn"
    (scored,) = score(load_model(), text, "Info", password._judged)
    assert scored.probability >= 0.8
    assert password.check(parse(mail(text)), POLICY) == []


@pytest.mark.parametrize(
    ("text", "subject", "fires"),
    [
        ("Het toernooi won ze met 8206 punten, ruim boven de limiet.", "Info", False),
        ("De ISO-norm voor het gewest is BE-VLG7, zo staat het in de atlas.", "Info", False),
        ("Hey,\n\nde laptopkar: 3390 op het klavier, daarna draaien.\n\nLies", "Info", True),
        ("Hey,\n\nvoor de kar in B12: 3390 en dan draaien.\n\nLies", "laptopkar code", True),  # the subject names it
        ("Hey,\n\nvoor de kar in B12: 3390 en dan draaien.\n\nLies", "Info", False),
        ("Hoi,\n\nde kar in B12 opent met 3390, daarna draaien.\n\nLies", "Info", True),  # a verb of opening
    ],
)
def test_the_model_decides_only_where_an_access_is_named(text: str, subject: str, fires: bool) -> None:
    """A number in a news item is no credential, however sure the model: a password, PIN, code, lock, account,
    network or a verb of typing or opening must be named near it or in the subject (ACCESS_BEFORE/AFTER)."""
    message = parse(mail(text, subject=subject))
    assert password.check(message, READING) == []
    assert bool(password.check(message, POLICY)) is fires


NEW_PUPILS = (
    "Klas 2C - nieuwe leerlingen\n\n"
    "Wout Maes        wout.maes         Welkom!5120\n"
    "Sara Peeters     sara.peeters      Welkom!8841\n"
    "Jonas Claes      jonas.claes       Welkom!3307\n"
)


def _rows_attached(subject: str, filename: str) -> bytes:
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "koen@sintpieterscollege.be", "katrien@sintpieterscollege.be", subject
    msg.set_content("Hoi Katrien,\n\nIn bijlage de lijst van de drie nieuwe leerlingen.\n\nKoen\n")
    msg.add_attachment(NEW_PUPILS.encode(), maintype="text", subtype="plain", filename=filename)
    return msg.as_bytes()


def test_a_table_is_about_what_the_subject_says() -> None:
    """batch29's class (our own words): an attachment's rows of names, logins and start passwords under a line
    that names no access; the mail's subject says what the table is: the model's candidate stands, in an attachment
    and in the mail's own text. A table under a subject that names no access stays vetoed."""
    for subject, filename in (("startwachtwoorden 2C", "lijst.txt"), ("Re: startpaswoorden nieuwe 2C", "2c.txt")):
        (finding,) = password.check(parse(_rows_attached(subject, filename)), POLICY)
        assert finding.category == "credential" and "Welkom!" not in repr(finding)
        assert "(model" in finding.evidence[0]
    assert password.check(parse(_rows_attached("nieuwe leerlingen 2C", "lijst.txt")), POLICY) == []
    # the same rows in the mail's own text, under the same subjects
    body = f"Hoi Katrien,\n\n{NEW_PUPILS}\nKoen\n"
    assert password.check(parse(mail(body, subject="startwachtwoorden 2C")), POLICY) != []
    assert password.check(parse(mail(body, subject="nieuwe leerlingen 2C")), POLICY) == []
