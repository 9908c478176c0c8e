"""The password rule: a usable credential in Dutch, English or French prose, tables and attachments,
across encodings; never reset links, advice, "we never ask", masked values or placeholders; the
secret itself never appears in a finding."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from discretie.message import parse
from discretie.model import Finding, Severity
from discretie.policy import Policy
from discretie.redact import mask
from discretie.rules import password
from discretie.rules.password import check, strength

POLICY = Policy()
READING = Policy.model_validate({"rules": {"password": {"model": False}}})  # the reading alone


def mail(body: str, *, subject: str = "Info", html: bool = False, cte: str | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"] = "an.devos@sintpieterscollege.be"
    msg["To"] = "jan.peeters@spc.ksleuven.be"
    msg["Subject"] = subject
    if html:
        msg.set_content(body, subtype="html", cte=cte) if cte else msg.set_content(body, subtype="html")
    else:
        msg.set_content(body, cte=cte) if cte else msg.set_content(body)
    return msg.as_bytes()


def run(raw: bytes) -> list[Finding]:
    """What the rule's reading finds (the tests here are about it; the learned second opinion has its own, in
    test_credential_model.py). Where the reading finds nothing, the whole rule must find nothing either: every
    look-alike here is checked against the model too."""
    message = parse(raw)
    reading = check(message, READING)
    if not reading:
        assert check(message, POLICY) == [], "the credential model fires on a look-alike the reading rejects"
    return reading


# (text, the secret that must be found and never shown)
POSITIVES: list[tuple[str, str]] = [
    ("Dag Jan,\n\nwachtwoord: Zomer2024!\n\nGroeten", "Zomer2024!"),
    ("Je nieuwe wachtwoord is Appel123 en je moet het meteen wijzigen.", "Appel123"),
    ("Je paswoord is Fiets-77-Bel.", "Fiets-77-Bel"),
    ("Het paswoord voor de wifi is Spc!Gast2026", "Spc!Gast2026"),
    ("login: jpeeters / ww: x8k!L2qq", "x8k!L2qq"),
    ("pw: Kangoeroe2026", "Kangoeroe2026"),
    ("pw voor het toetsplatform: Toets-Nov-26", "Toets-Nov-26"),
    ("Gebruikersnaam jan.peeters en wachtwoord Welkom#2026 voor Smartschool.", "Welkom#2026"),
    ("Je tijdelijk wachtwoord: 7hq-Rt5-Pz", "7hq-Rt5-Pz"),
    ("Smartschool\nGebruikersnaam: lotte.peeters\nWachtwoord: Paars-Konijn-12\n", "Paars-Konijn-12"),
    ("Wi-Fi: netwerk SPC-Gast, wifi-code: 48213377", "48213377"),
    ("Netwerk SPC-Personeel, netwerksleutel: Herfst!Blad9", "Herfst!Blad9"),
    ("Code om in te loggen: Q7w-PP3-zz", "Q7w-PP3-zz"),
    ("Toegangscode van de kluis: 482913", "482913"),
    ("Your temporary password is: Lighthouse#44", "Lighthouse#44"),
    ("The Wi-Fi password is Guest2026!", "Guest2026!"),
    ("pwd: LibCat-2026", "LibCat-2026"),
    ("Votre mot de passe : Pomme-Verte-8", "Pomme-Verte-8"),
    ("Identifiant : lejeune / mot de passe : Bx7-Qr2-Lm", "Bx7-Qr2-Lm"),
    ("mdp: Soleil2026", "Soleil2026"),
    ("Het wachtwoord is:\npaarse-olifant-danst-traag\n", "paarse-olifant-danst-traag"),
    ("Wachtwoord:\nTafel-Stoel-91!\n", "Tafel-Stoel-91!"),
    ("wachtwoord Classroom = Mol3cuul", "Mol3cuul"),
    ("Startwachtwoord: Herfst-2026", "Herfst-2026"),
    ("> wachtwoord: Oud!Paswoord1\n> groeten", "Oud!Paswoord1"),
    ("Je kan nu aanmelden met Start-4821-Kw; je wachtwoord werd gereset.", "Start-4821-Kw"),
    ("Het wachtwoord van de printer-admin: Canon-2026-Adm", "Canon-2026-Adm"),
    ("Wachtwoord: Welkom\n", "Welkom"),
    ("passphrase: correct.paard.batterij.nietje", "correct.paard.batterij.nietje"),
    ("PIN: 4821\n(voor de kopieermachine)", "4821"),
    ("Password = 'Blue$Whale42'", "Blue$Whale42"),
    ("admin / paswoord: ZwarteKat99", "ZwarteKat99"),
    ("Uw paswoord voor het ouderportaal is: Rekening2026Jas", "Rekening2026Jas"),
    ("WACHTWOORD: BLAUW-VIS-88", "BLAUW-VIS-88"),
    ("De sleutel van het gastennetwerk is nu Herfst#Leuven26.", "Herfst#Leuven26"),
    ("The Wi-Fi password is now Winter-Gent-31", "Winter-Gent-31"),
    ("Beste,\nHierbij de gegevens.\nLogin: stagiair01\nPaswoord: Stage_2026_a\nMvg", "Stage_2026_a"),
]


@pytest.mark.parametrize(("text", "secret"), POSITIVES)
def test_positive_plain(text: str, secret: str) -> None:
    (finding,) = run(mail(text))
    assert finding.rule == "password" and finding.severity is Severity.HIGH
    assert finding.category in ("credential", "credential_table")
    blob = repr(finding)
    assert secret not in blob, "the secret must never be stored in a finding"
    assert finding.evidence and all("*" in e for e in finding.evidence)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Wachtwoord: Zomer2024!", "Zomer2024!"),
        ("PIN: 4821", "4821"),
        ("wachtwoord: Xk8!L2qqRt-Lang-2026", "Xk8!L2qqRt-Lang-2026"),
    ],
)
def test_evidence_shows_neither_ends_nor_length_of_the_secret(text: str, secret: str) -> None:
    """Issue 14: ``Z********!`` gave away the first and last character and the length. Every value
    is now the same fixed mask, whatever its length."""
    (finding,) = run(mail(text))
    (evidence,) = finding.evidence
    assert evidence.endswith("[********]"), evidence
    masked = evidence[evidence.rindex("[") + 1 : -1]
    assert masked == "********" and secret[0] not in masked and secret[-1] not in masked


@pytest.mark.parametrize(("text", "secret"), POSITIVES[:12])
def test_positive_in_html_qp_and_base64(text: str, secret: str) -> None:
    html = "<html><body>" + "".join(f"<p>{line}</p>" for line in text.splitlines()) + "</body></html>"
    for raw in (
        mail(html, html=True),
        mail(text, cte="quoted-printable"),
        mail(text, cte="base64"),
    ):
        (finding,) = run(raw)
        assert secret not in repr(finding)


def test_password_table_in_html() -> None:
    rows = "".join(
        f"<tr><td>3B</td><td>{name}</td><td>{pw}</td></tr>"
        for name, pw in [("arne.aerts", "Kiwi-Pad-471"), ("hanne.c", "Boot-Ster-238"), ("jonas.m", "Maan-Vis-902")]
    )
    html = f"<table><tr><th>Klas</th><th>Gebruiker</th><th>Wachtwoord</th></tr>{rows}</table>"
    (finding,) = run(mail(html, html=True))
    assert finding.category in ("credential", "credential_table")
    assert "Kiwi-Pad-471" not in repr(finding)


def test_password_table_in_csv_attachment() -> None:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "a@sintpieterscollege.be", "b@spc.ksleuven.be", "Startwachtwoorden"
    msg.set_content("In bijlage de lijst.")
    csv = "klas;naam;gebruikersnaam;tijdelijk wachtwoord\n3B;Arne;arne.a;Kiwi-Pad-471\n3B;Hanne;hanne.c;Boot-Ster-238\n"
    msg.add_attachment(csv.encode(), maintype="text", subtype="csv", filename="wachtwoorden.csv")
    (finding,) = run(msg.as_bytes())
    assert finding.category == "credential_table"
    assert finding.evidence[0].startswith("tabel met 2 wachtwoorden")
    assert "Kiwi-Pad-471" not in repr(finding) and "Arne" not in repr(finding)


def test_password_in_forwarded_message_and_subject() -> None:
    inner = b"From: helpdesk@lksd.ksleuven.be\r\nSubject: reset\r\n\r\nTijdelijk wachtwoord: 7pQ-22x-Lm\r\n"
    raw = (
        b"From: a@sintpieterscollege.be\r\nTo: b@gmail.com\r\nSubject: Fwd\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nZie onder.\r\n"
        b"--b\r\nContent-Type: message/rfc822\r\n\r\n" + inner + b"--b--\r\n"
    )
    assert run(raw)
    assert run(mail("Zie onderwerp.", subject="wachtwoord Classroom = Mol3cuul"))


def test_qp_encoded_equals_sign() -> None:
    raw = (
        b"From: a@sintpieterscollege.be\r\nSubject: x\r\nContent-Type: text/plain; charset=utf-8\r\n"
        b"Content-Transfer-Encoding: quoted-printable\r\n\r\nWachtwoord: Kas=3DSleutel=3D2026\r\n"
    )
    (finding,) = run(raw)
    assert "Kas=Sleutel=2026" not in repr(finding)


NEGATIVES: list[str] = [
    "Wachtwoord vergeten? Via https://sintpieterscollege.smartschool.be/login kan u een nieuw wachtwoord aanvragen.",
    "Klik hier om je wachtwoord opnieuw in te stellen: https://account.example.be/reset?t=abc123XYZ",
    "Kies een sterk wachtwoord van minstens 12 tekens, met hoofdletters, cijfers en leestekens.",
    "Een goed wachtwoord is bv. een zin van vier woorden.",
    "Stroom zal nooit uw wachtwoord opvragen via e-mail. Geef het nooit door.",
    "We will never ask for your password by e-mail.",
    "Nous ne vous demanderons jamais votre mot de passe.",
    "Nieuw wachtwoord: ************",
    "Wachtwoord: ••••••••",
    "wachtwoord: xxxxxxxx",
    "Wachtwoord: <uw eigen wachtwoord>",
    "wachtwoord: [wachtwoord]",
    "Wachtwoord: (volgt via sms)",
    "wachtwoord: zie de brief die Jonas meekreeg",
    "Je wachtwoord is verlopen. Meld je aan om het te wijzigen.",
    "Het wachtwoord is hoofdlettergevoelig.",
    "Het wachtwoord van de cijferkast is hetzelfde als vorig jaar.",
    "Het wachtwoord van de wifi krijg je bij aankomst aan het onthaal.",
    "Log in met je gewone gebruikersnaam en wachtwoord.",
    "Wachtwoord wijzigen? Ga naar Profiel > Wachtwoord wijzigen.",
    "Ik ben mijn wachtwoord van Smartschool vergeten. Kan u helpen?",
    "ww: zijn - was - is geweest\nww: lopen - liep - heeft gelopen",
    "PW 4: zwaluwstaartverbinding, in te leveren vrijdag.\nPW 3 kreeg 12/20.",
    "Zie pw. 12 in de cursus voor de oefeningen.",
    "De code van het vak is 1234.",
    "De code van de klas is 3BNED, zo vinden de leerlingen de juiste groep.",
    "Het lokaal blijft C.104 (lesrooster code OK2-WIS-B), ook na de vakantie.",
    "Uurrooster: 5WET-FYS-A",
    "Je wachtwoord werd op 5 oktober om 14:12 gewijzigd.",
    "Wachtwoord gewijzigd: 05/10/2026",
    "Password: forgotten? Use the reset link on the login page.",
    "In de les informatica leren we hoe een wachtwoord gehasht wordt met SHA-256.",
    "We gebruiken Bitwarden als wachtwoordbeheerder; installeer het via het softwarecentrum.",
    "De wachtwoorden van de leerlingen staan in Smartschool, niet in deze mail.",
    "Pincode van de kopieermachine vraag je aan het secretariaat.",
    "Wachtwoord: zelf gekozen bij de eerste aanmelding",
    "Gebruik geen wachtwoord zoals Welkom123 of Zomer2024.",
    "Het wachtwoordbeleid vraagt om elk jaar te wijzigen.",
    "Geef je paswoord aan niemand, ook niet aan de ICT-coördinator.",
    "Het wachtwoord is: je geboortedatum (dd/mm/jjjj) bij de eerste aanmelding.",
    "Het CLB-dossier staat in het leerlingvolgsysteem; log in met je schoolaccount.",
    "wachtwoord: -",
    "Voor de wifi: vraag de code aan het onthaal.",
    "De sleutel van lokaal B2.04 ligt aan het onthaal: Kast-3, vak 12.",
    "De sleutel van de fietsenstalling is nu bij de conciërge.",
    "Met vriendelijke groeten,\nAn Devos\nleerkracht | tel. 016 22 33 44",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_hard_negatives(text: str) -> None:
    assert run(mail(text)) == []


@pytest.mark.parametrize("text", NEGATIVES[:10])
def test_hard_negatives_in_html(text: str) -> None:
    assert run(mail(f"<html><body><p>{text}</p></body></html>", html=True)) == []


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("Zomer2024!", "strong"),
        ("paarse-olifant-danst-traag", "strong"),
        ("482913", "strong"),
        ("4821", "pin"),
        ("Welkom", "word"),
        ("********", "no"),
        ("https://x.be/reset", "no"),
        ("jan@x.be", "no"),
        ("14:12", "no"),
        ("05/10/2026", "no"),
        ("vergeten", "no"),
        ("<wachtwoord>", "no"),
        ("ab", "no"),
    ],
)
def test_strength(token: str, expected: str) -> None:
    assert strength(token, 4) == expected


def test_base64_attachment_text() -> None:
    msg = EmailMessage()
    msg["From"], msg["Subject"] = "a@sintpieterscollege.be", "logins"
    msg.set_content("Zie bijlage.")
    msg.add_attachment(
        b"pc01 gebruiker: examen01 wachtwoord: Examen-01-a\n", maintype="text", subtype="plain", filename="l.txt"
    )
    (finding,) = run(msg.as_bytes())
    assert "Examen-01-a" not in repr(finding)


# --- review additions: evidence leaks, layouts, attachment types, meeting invites, hostile input ----


def attached(data: bytes, filename: str, maintype: str, subtype: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "a@sintpieterscollege.be", "b@telenet.be", "Logins"
    msg.set_content("In bijlage de lijst.")
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg.as_bytes()


def teams_invite(secret: str) -> str:
    return (
        "<p>Microsoft Teams-vergadering</p><p>Deelnemen via je computer of mobiele app</p>"
        "<p><a href='https://teams.microsoft.com/l/meetup-join/19%3ameeting'>Klik hier om deel te nemen</a></p>"
        f"<p>Vergaderings-id: 370 925 148 22</p><p>Wachtwoord: {secret}</p>"
    )


# (raw message, every secret in it): none of them may appear in clear in any field of the finding
MORE_POSITIVES: list[tuple[str, bytes, tuple[str, ...]]] = [
    ("two secrets on one line", mail("login: jan / ww: Xk8!L2qq / pincode: 48213\n"), ("Xk8!L2qq", "48213")),
    ("secret before a second label", mail("ww: Qz7!mn44, pw printer: Pr1nt!er9"), ("Qz7!mn44", "Pr1nt!er9")),
    ("Wi-Fi sleutel/code", mail("Wi-Fi: netwerk SPC-Gast, sleutel/code: Gast2026!"), ("Gast2026!",)),
    ("wachtwoord/pincode", mail("Kopieerkaart wachtwoord/pincode: 48213"), ("48213",)),
    ("HTML &nbsp; after the colon", mail("<p>wachtwoord:&nbsp;Kp9!rt22</p>", html=True), ("Kp9!rt22",)),
    ("wordt", mail("Je nieuwe wachtwoord wordt Lente-2027-x."), ("Lente-2027-x",)),
    (
        "aligned plain-text table",
        mail("Naam        Wachtwoord\nLotte       Kp9!rt22\nTom         Zx8?yu33\n"),
        ("Kp9!rt22", "Zx8?yu33"),
    ),
    (
        "markdown table",
        mail("| naam | wachtwoord |\n|---|---|\n| Lotte | Kp9!rt22 |\n| Tom | Zx8?yu33 |\n"),
        ("Kp9!rt22", "Zx8?yu33"),
    ),
    (
        "CSV declared as Excel",
        attached(b"naam;wachtwoord\nLotte;Kp9!rt22\nTom;Zx8?yu33\n", "klas.csv", "application", "vnd.ms-excel"),
        ("Kp9!rt22", "Zx8?yu33"),
    ),
    (
        "CSV declared as octet-stream",
        attached(b"naam,wachtwoord\nLotte,Kp9!rt22\nTom,Zx8?yu33\n", "klas.csv", "application", "octet-stream"),
        ("Kp9!rt22", "Zx8?yu33"),
    ),
    (
        "TSV attachment",
        attached(b"naam\twachtwoord\nLotte\tKp9!rt22\nTom\tZx8?yu33\n", "klas.tsv", "text", "tab-separated-values"),
        ("Kp9!rt22", "Zx8?yu33"),
    ),
    (
        "HTML table with username and password columns",
        mail(
            "<table><tr><th>Naam</th><th>Gebruikersnaam</th><th>Wachtwoord</th></tr>"
            "<tr><td>Lotte Janssens</td><td>lotte.janssens</td><td>Xk7!pq2R</td></tr>"
            "<tr><td>Tom Wouters</td><td>tom.wouters</td><td>Bv9#rt4Z</td></tr></table>",
            html=True,
        ),
        ("Xk7!pq2R", "Bv9#rt4Z"),
    ),
    ("French clé wifi", mail("Réseau SPC-Gast, clé wifi : Gast2026!"), ("Gast2026!",)),
    ("French code d'accès", mail("Votre code d'accès : 482913"), ("482913",)),
]


@pytest.mark.parametrize(
    ("raw", "secrets"), [(raw, s) for _, raw, s in MORE_POSITIVES], ids=[name for name, _, _ in MORE_POSITIVES]
)
def test_more_positives_never_show_any_secret(raw: bytes, secrets: tuple[str, ...]) -> None:
    """Every secret of the message is masked in every field, also one that stands next to another."""
    (finding,) = run(raw)
    assert finding.severity is Severity.HIGH
    fields = [finding.rule, finding.category, finding.reason, *finding.evidence]
    for secret in secrets:
        assert not any(secret in field for field in fields), (secret, fields)


MORE_NEGATIVES: list[tuple[str, bytes]] = [
    ("Teams invite (nl)", mail(teams_invite("Fk3Ah9kq"), html=True)),
    (
        "Teams invite (en)",
        mail("Microsoft Teams meeting\nJoin on your computer\nMeeting ID: 370 925 148 22\nPasscode: Fk3Ah9kq"),
    ),
    (
        "Zoom invite",
        mail(
            "Deelnemen aan Zoom-vergadering\nhttps://zoom.us/j/912345678\n\nVergaderings-id: 912 345 678\n"
            "Toegangscode: 483920"
        ),
    ),
    ("a compound, not a secret", mail("Je account is beveiligd; het wachtwoord is 2FA-beveiligd.")),
    ("a platform name", mail("Gebruik je gewone login.\nWachtwoord: Smartschool")),
    ("a general statement with an example", mail("Een slecht wachtwoord is Welkom123, gebruik dat nooit.")),
    ("partly masked", mail("wachtwoord: Zo****24")),
    ("a PIN warning", mail("Deel de PIN-code van je bankkaart nooit.")),
    ("a CSV without a password column", attached(b"naam;klas\nLotte;3B\n", "klas.csv", "application", "vnd.ms-excel")),
]


@pytest.mark.parametrize("raw", [raw for _, raw in MORE_NEGATIVES], ids=[name for name, _ in MORE_NEGATIVES])
def test_more_hard_negatives(raw: bytes) -> None:
    assert run(raw) == []


def test_meeting_passcodes_can_be_counted() -> None:
    """With ignore_meeting_passcodes off, the passcode of a Teams invite is a credential."""
    policy = Policy.model_validate({"rules": {"password": {"ignore_meeting_passcodes": False}}})
    (finding,) = check(parse(mail(teams_invite("Fk3Ah9kq"), html=True)), policy)
    assert "Fk3Ah9kq" not in repr(finding)


def test_csv_declared_as_excel_is_read_as_text() -> None:
    """message.parse reads .csv/.txt attachments as text whatever their declared type, for every rule."""
    raw = attached(b"naam;wachtwoord\nLotte;Kp9!rt22\nArne;Zq7-Lm2-pp\n", "klas.csv", "application", "vnd.ms-excel")
    message = parse(raw)
    assert [(p.filename, p.source) for p in message.text_parts if p.filename] == [("klas.csv", "attachment")]
    (finding,) = check(message, POLICY)
    assert "Kp9!rt22" not in repr(finding)


def test_disabled_rule_config_still_has_a_working_check() -> None:
    """The pipeline skips a disabled rule; the check itself does not look at ``enabled``."""
    policy = Policy.model_validate({"rules": {"password": {"enabled": False}}})
    assert check(parse(mail("wachtwoord: Zomer2024!")), policy)


@pytest.mark.parametrize(
    "body",
    [
        "naam;wachtwoord\n" * 150_000,  # a header line on every line
        "Wachtwoord\nAb12!xyz\n" * 120_000,  # HTML-like cells
        "ww: pw: code: " * 200_000,  # keywords without values
    ],
    ids=["csv headers", "cells", "keywords"],
)
def test_hostile_text_is_bounded(body: str) -> None:
    """Work is bounded on crafted text (rows read and keywords examined are capped): this finishes
    in well under a second; the unbounded version took tens of seconds."""
    run(mail(body))


# --- issue 11: the classes of blind-mail misses, and one test per documented mechanism ----------------
# Each case below is written in our own words for a class of miss or false alarm seen on blind mail
# (tests/blind), never the phrase of the blind mail itself. Each also kills a mutant of bench/mutants.py:
# the mechanism it names can no longer be deleted with the rule tests green.


def only_evidence(raw: bytes) -> tuple[str, ...]:
    (finding,) = run(raw)
    assert (finding.rule, finding.category, finding.severity) == ("password", "credential", Severity.HIGH)
    return finding.evidence


# (text, the secret, the evidence lead before the masked value)
CLASSES: list[tuple[str, str, str]] = [
    # a password in plain prose: time words between "is" and the value
    (
        "Het paswoord van de vakgroepmap is sinds maandag Mol-Cuul-55 (hoofdletters!).",
        "Mol-Cuul-55",
        "…ord van de vakgroepmap is sinds maandag",
    ),
    (
        "Het wifi-wachtwoord van het netwerk SPC-Staf is vanaf vandaag: Linde$2027Bos",
        "Linde$2027Bos",
        "…het netwerk SPC-Staf is vanaf vandaag:",
    ),
    (
        "The password for the shared drive is still Oak-Tree-44.",
        "Oak-Tree-44",
        "…password for the shared drive is still",
    ),
    # a qualifier with an address, wrapped over two lines
    (
        "Het paswoord van secretariaat@ is nu\nKaai-Dijle-71!",
        "Kaai-Dijle-71!",
        "…Het paswoord van secretariaat@ is nu",  # a mailbox's name is no secret: shown as it is
    ),
    # lock and device codes
    (
        "Je nieuwe code voor de kopieermachine in de leraarskamer is 66104; hij is persoonlijk.",
        "66104",
        "…de kopieermachine in de leraarskamer is",
    ),
    ("De code van de fietsenstalling: 2604 en dan de groene knop.", "2604", "…De code van de fietsenstalling:"),
    # a compound's head is what the code opens: the iPads, not a class ("de code van de klas is" names a class)
    (
        "Vergeten: de code van de klas-iPads is 0852, ze liggen in de kast.",
        "0852",
        "…Vergeten: de code van de klas-iPads is",
    ),
    ("Vanaf maandag is de nieuwe code van de achterpoort 7731#.", "7731#", "…ag is de nieuwe code van de achterpoort"),
    ("De nieuwe deurcode: 4471", "4471", "…De nieuwe deurcode:"),
    ("Digicode : 4471B", "4471B", "…Digicode :"),
    ("Votre code d'accès pour la photocopieuse de la salle des professeurs est le\n 8852.", "8852", "…"),
    (
        "Pour la photocopieuse de la salle des profs, tapez le code 40772 puis Valider.",
        "40772",
        "…se de la salle des profs, tapez le code",
    ),
    ("The door code is 5190, please keep it to yourself.", "5190", "…The door code is"),
    # a reset code handed over is a credential
    (
        "Je kan je wachtwoord resetten met deze code: 482913 (10 minuten geldig)",
        "482913",
        "…n je wachtwoord resetten met deze code:",
    ),
    ("Your reset code: 7Q4-K9X", "7Q4-K9X", "…Your reset code:"),
    # numbers typed in or opened with, near a lock
    (
        "Het cijferslot van de materiaalkast gaat open met 4 7 1 1.",
        "4 7 1 1",
        "…slot van de materiaalkast gaat open met",
    ),
    ("Typ op het klavier naast de poort 7731 en dan OK.", "7731", "…Typ op het klavier naast de poort"),
    ("You can unlock the iPads with 246810.", "246810", "…You can unlock the iPads with"),
    ("Le code de l'alarme est le 1984.", "1984", "…Le code de l'alarme est le"),
    # a PIN digit by digit, a dial lock's combination
    ("Je pincode voor de printer is 0 6 1 2.", "0 6 1 2", "…Je pincode voor de printer is"),
    ("De combinatie van het hangslot is 4-7-1-1.", "4-7-1-1", "…De combinatie van het hangslot is"),
    # Wi-Fi keys in a list
    ("SSID: SPC-Gast - WPA2-sleutel: Pieter&Paul-2025", "Pieter&Paul-2025", "…SSID: SPC-Gast - WPA2-sleutel:"),
    ("- wifi SPC-Gast, key Kr1jt-Bord!7", "Kr1jt-Bord!7", "…- wifi SPC-Gast, key"),
    # a label line that ends in ':' with the value alone on a later line
    (
        "Je resetcode (geldig tot 16u!) staat hieronder:\n\n    7Q4-K9X-22M\n",
        "7Q4-K9X-22M",
        "…tcode (geldig tot 16u!) staat hieronder:",
    ),
    # a label with a question in it, the value two lines below: only the label line can say what it is
    ('Typ de resetcode op de site bij "Code ontvangen?":\n\n    8KD-3WQ-71P\n', "8KD-3WQ-71P", "…"),
    # phrases without a separator
    ("Voor de toetsen gebruik je Kleur-Vis-19 als wachtwoord.", "Kleur-Vis-19", "…Voor de toetsen gebruik je"),
    (
        "Log in met je naam en als paswoord typ je Mol-Kaas-31.",
        "Mol-Kaas-31",
        "…g in met je naam en als paswoord typ je",
    ),
    # a long compound keyword that starts before the literal the cheap pass looks for
    ("Beheerderswachtwoord: Zx8?yu33", "Zx8?yu33", "…Beheerderswachtwoord:"),
    # batch06's classes: a keyword compounded with a hyphen, the PIN or user code of a role,
    # a qualifier that starts on the next line, a user name and a secret in one login phrase
    ("Het router-paswoord staat nu op Gr0en!Dak-8", "Gr0en!Dak-8", "…Het router-paswoord staat nu op"),
    ("Wisa-wachtwoord: Kr@mik-88", "Kr@mik-88", "…Wisa-wachtwoord:"),
    ("De directiepincode voor de bankkaart is 5820.", "5820", "…De directiepincode voor de bankkaart is"),
    ("Jouw gebruikerscode voor het printsysteem is 71534.", "71534", "…gebruikerscode voor het printsysteem is"),
    ("Het paswoord\nvoor de gedeelde map: Tulp&Vlinder7", "Tulp&Vlinder7", "…voor de gedeelde map:"),
    (
        "Probeer eens aanmelden met secretariaat2 en Kx!9-vloer, dan lukt het wel.",
        "Kx!9-vloer",
        "…eer eens aanmelden met ******** en",  # the user name looks like a secret too: masked
    ),
    ("Sign in with beheer / Mossel&Friet4 on the admin page.", "Mossel&Friet4", "…Sign in with beheer /"),
    ("Connectez-vous avec prof3 et Lune#Soleil8 sur le portail.", "Lune#Soleil8", "…"),
    # batch07's classes: a pattern lock's dots as digits, an aside in brackets in the qualifier, a PIN
    # asked back in a question
    (
        "De iPad van de kar ontgrendel je met het patroon 3-5-7-8 (een Z).",
        "3-5-7-8",
        "…an de kar ontgrendel je met het patroon",
    ),
    (
        "Het wachtwoord van de server (niet die van de NAS): Kast!Rood-9",
        "Kast!Rood-9",
        "…rd van de server (niet die van de NAS):",
    ),
    (
        "Je gaf me vorige week de pincode van de kluis. Blijft het 4471? Anders bel ik je.",
        "4471",
        "…eek de pincode van de kluis. Blijft het",
    ),
    ("Ik kan niet in de gedeelde map. Is het wachtwoord nog altijd Peer&Appel9?", "Peer&Appel9", "…"),
    # batch08's classes: asked back in inverted order, a laptop's code, the split verb "schakel ... uit",
    # any cabinet with a lock, a dial's two-digit combination after "met", an abbreviation before a value
    # with letters, digits and a sign
    ("Is de pincode van de fietsenkelder nog steeds 8830? Ik sta te wachten.", "8830", "…"),
    ("Je nieuwe laptop is klaar.\nDe code is: 1357", "1357", "…De code is:"),
    ("Het brandalarm schakel je uit aan het paneel bij de ingang met 5 2 8 1.", "5 2 8 1", "…"),
    ("Het materiaalkastje in het labo gaat open met de code 6 6 4 1.", "6 6 4 1", "…"),
    ("De brandkast achter het onthaal gaat open met 24-11-08 (eerst links draaien).", "24-11-08", "…"),
    ("login: jdewit, ww Berk&Eik-58", "Berk&Eik-58", "…login: jdewit, ww"),
    # batch09's classes: a new value announced after the keyword's sentence, an account's user and
    # password on a line of their own under the line that names the account
    ("Ik heb het wachtwoord van de nieuwsbrief veranderd. Nieuw: Tram7&Fiets", "Tram7&Fiets", "…"),
    ("Gebruik tot vrijdag het gastaccount van de bib:\n\nbibgast2 / Boek!Kast44\n\nGroet", "Boek!Kast44", "…"),
    # batch10's classes: the keyword mistyped (a letter left out, doubled or swapped), the value after a word
    # that ends in a colon later in the keyword's sentence, after "dus" or an arrow, a login without "met"
    ("Het pasword van de printerlaptop is Groen!Bank-4", "Groen!Bank-4", "…Het pasword van de printerlaptop is"),
    ("wachwoord gastaccount: Vlam#Kaars8", "Vlam#Kaars8", "…wachwoord gastaccount:"),
    ("The passowrd for the lab PC is Dune!Rock22", "Dune!Rock22", "…The passowrd for the lab PC is"),
    ("Het wachtwoordd van de map is nu : Tafel_Poot7!", "Tafel_Poot7!", "…Het wachtwoordd van de map is nu :"),
    (
        "Het wachtwoord om de map met de verslagen van 2B te openen die ik gisteren deelde: Molen&Wiek7",
        "Molen&Wiek7",
        "…an 2B te openen die ik gisteren deelde:",
    ),
    (
        "Het wachtwoord is de naam van het lokaal, met een hoofdletter, en dan het nummer: Labozaal204",
        "Labozaal204",
        "…met een hoofdletter, en dan het nummer:",
    ),
    (
        "De code van het materiaalkot is de oude met een 3 vooraan, dus 35521.",
        "35521",
        "…alkot is de oude met een 3 vooraan, dus",
    ),
    ("code achterpoort veranderd -> 6620* (niet doorgeven)", "6620*", "…code achterpoort veranderd ->"),
    ("Op de pc van de lasercutter:\nlogin beheer / Kraan!Vis55", "Kraan!Vis55", "…login beheer /"),
    (
        "Voor de pc in het atelier is het login: techniek, Zaag&Vijl62",
        "Zaag&Vijl62",
        "…in het atelier is het login: techniek,",
    ),
    # batch11's classes: a lock's label with ':' or '=' and no code word (any thing that locks; a year-like
    # number after the label is the code), a PIN named by whose it is with a hyphen, the value after a word
    # that ends in ':' in the answer to a quoted question
    ("materiaalkast sporthal: 2741\nniet verder geven", "2741", "…materiaalkast sporthal:"),
    ("fietsenberging achteraan: 1987\nGroetjes", "1987", "…fietsenberging achteraan:"),
    ("Volgende week:\nalarm bijgebouw = 4 1 7 2 en dan OK\nJos", "4 1 7 2", "…alarm bijgebouw ="),
    ("Het toestel kreeg een nieuwe admin-PIN: 553019", "553019", "…Het toestel kreeg een nieuwe admin-PIN:"),
    # batch59's class: a purpose clause of more than eight words between the keyword and its separator
    (
        "Het wachtwoord om het pdf-bestand met de verslagen van de klassenraad van maandag te openen is Dijle#Brug22",
        "Dijle#Brug22",
        "…de klassenraad van maandag te openen is",
    ),
    # batch56's class: a role's code at a till
    (
        "Voor een retour vraagt de kassa de supervisorcode: 4-7-1-2, daarna OK.",
        "4-7-1-2",
        "…tour vraagt de kassa de supervisorcode:",
    ),
    (
        "Klopt, hij is aangepast: 77120\n\nOp ma 3 feb. 2025 om 08:12 schreef Dirk:\n> mijn kopieercode doet het niet",
        "77120",
        "…Klopt, hij is aangepast:",
    ),
    # batch12's classes: a lock set to a value ("staat op", a dial and a year-like code too), a PIN's longer
    # qualifier, a dial after a pointer in the sentence, rows of logins under a label that names the accounts,
    # the user and the password each on a line right under it, a user that is a mail address
    ("Het hangslot van de materiaalkist staat op 3-8-1.", "3-8-1", "…hangslot van de materiaalkist staat op"),
    (
        "Het cijferslot van de fietsenberging staat op 1975 sinds maandag.",
        "1975",
        "…jferslot van de fietsenberging staat op",
    ),
    ("De pincode om de voicemail af te luisteren is 5208.", "5208", "…code om de voicemail af te luisteren is"),
    (
        "Hier de code die ik kreeg om jouw account terug te zetten: 512 908, tien minuten geldig.",
        "512 908",
        "…kreeg om jouw account terug te zetten:",
    ),
    ("Je mag mijn account gebruiken:\njan.peeters\nRegen#Boog55\nGroet", "Regen#Boog55", "…"),
    ("Het beheerdersaccount van de website:\nbeheer@sintpieterscollege.be / Krijt!Bord88", "Krijt!Bord88", "…"),
    # batch14's classes: a PIN referred to as "die is", an alarm silenced with its code, a code digit by digit
    # right after the word, a login "als" a user "met" its password
    ("De lasersnijder vraagt bij het starten een pin, die is 5512.", "5512", "…"),
    ("Het inbraakalarm van de keuken stil je met 4 4 1 9 op het paneel.", "4 4 1 9", "…"),
    ("Op het paneel van het alarm: code 7 2 0 5 en dan AAN.", "7 2 0 5", "…"),
    ('Op de meetcomputer aanmelden als "atelier" met Moer!Bout55 (hoofdletter M).', "Moer!Bout55", "…"),
    # batch13/14's class: a combination lock named right before its number, three digits too
    ("Het geldkistje van de schoolwinkel heeft een cijferslot, 473.", "473", "…"),
    ("- materiaalkar: hangslot 0815, sleutel bij Jos", "0815", "…"),
    # batch13's classes: a mail address and the password each on a line (apart, as HTML paragraphs come out)
    # under a sentence that names the account, "beheer: user / password" inside a line, a password "veranderd
    # naar" its value, a separator word on the next line, a dial's groups written apart
    (
        "We delen het account van het labo, zo kunnen we allebei verbeteren.\n\n\n"
        "labo3@spc.ksleuven.be\n\n\nZuur&Base33",
        "Zuur&Base33",
        "…",
    ),
    ("- back-ups: elke nacht; server beheer: root2 / Kabel#Rek81\n- printer: ok", "Kabel#Rek81", "…"),
    (
        "De firma heeft het beheerderswachtwoord van de scanner gisteren veranderd naar Scan!Kopie24 (grapjas).",
        "Scan!Kopie24",
        "…van de scanner gisteren veranderd naar",
    ),
    ("Jullie mogen al binnen: de code van de deur\nis 2287 en dan het sterretje.", "2287", "…is"),
    ("De brandkast gaat open met 14 - 28 - 03 (eerst links rond).", "14 - 28 - 03", "…"),
    # batch20's class: a dial's turns by their letters, and groups joined by an en dash, after a lock's label
    (
        "Materiaalkluis sporthal: L 12 – R 30 – L 7, dan de hendel omhoog.",
        "L 12 – R 30 – L 7",
        "…Materiaalkluis sporthal:",
    ),
    ("Brandkast toneel: 33 – 08 – 51", "33 – 08 – 51", "…Brandkast toneel:"),
    # a dial's turns after a code keyword's separator, read as the one value
    ("De code van het cijferslot is links 34 – rechts 12 – links 77.", "links 34 – rechts 12 – links 77", "…"),
    ("De code van het hangslot is links 34 – rechts 12.", "links 34 – rechts 12", "…"),  # two turns
    # batch20's class: the reply addresses the one who asked, then gives the value and an aside after a comma
    (
        "Lies, 73915, nog altijd dezelfde.\n\nOp ma 3 feb. 2025 om 08:12 schreef Lies:\n"
        "> wat is de pincode van de kassa?",
        "73915",
        "…",
    ),
    # batch18's class: the verb of logging in split ("log in op", "meld je aan", "sign in") names the account
    # above a mail address and the password, each on a line
    ("Log je in op het profiel van de toneelgroep:\ntoneel.spc@gmail.com\nCoulisse#84\nTot zo", "Coulisse#84", "…"),
    ("Meld je aan bij de quizapp van 2C:\nquiz2c@spc.ksleuven.be\nVraag&Antwoord7", "Vraag&Antwoord7", "…"),
    ("Please sign in to the exchange blog with\nblog.krakow@gmail.com\nWisla!River5", "Wisla!River5", "…"),
    # batch19's class: a platform a team shares names the account ("de gegevens van de TikTok van de klas")
    (
        "Hier de gegevens van de TikTok van de leerlingenraad:\n\nllr_spc_official\nKrijtbord#2026\n\nGroet",
        "Krijtbord#2026",
        "…",
    ),
    # batch22's classes (our own words): a lock's code word, where or since when, the number, no separator, in a
    # handover list; the value right after the code word and a later clause with "is"; a lock set "nu op" a
    # value, or a combination lock to three digits named earlier in the sentence
    ("Notities:\n- Alarmcode refter voorlopig 5826 tot de firma langskomt\n", "5826", "…- Alarmcode refter voorlopig"),
    ("- Poortcode 6604 want de afstandsbediening van Ria is kwijt", "6604", "…- Poortcode"),
    ("- Alarmcode sporthal voorlopig 3917 want de oude is vervallen", "3917", "…- Alarmcode sporthal voorlopig"),
    (
        "Het fietsslot van de dienstfiets staat sinds vandaag op 4-0-8-1.",
        "4-0-8-1",
        "…n de dienstfiets staat sinds vandaag op",
    ),
    ("Het slot van de materiaalkoffer in de turnzaal staat op 582, draai het nadien weer dicht.", "582", "…"),
    # batch23's classes (our own words): a print code's Dutch name ("afdrukcode"); a keypad code in a dial's
    # groups with its confirm key; a code in pairs of digits; a value with spaces in it, said so on the next line
    ("Je afdrukcode voor de toestellen in de bib is: 61183", "61183", "…ukcode voor de toestellen in de bib is:"),
    ("De code van het hek aan de fietsenstalling is 4-4-9-1-#.", "4-4-9-1-#", "…"),
    ("Je kluiscode is: 27 08 93", "27 08 93", "…Je kluiscode is:"),
    (
        "Hoi Eva,\n\nNieuw wachtwoord: blauwe tram 39 regen\n(met spaties, alles klein)\n\nJo",
        "blauwe tram 39 regen",
        "…",
    ),
    (
        "Hi Sam,\n\nIt's: Kessel Lo 2024\n(with the spaces)\n\nOn Mon, 7 Oct 2024, Sam wrote:\n> what's the wifi"
        " password again?",
        "Kessel Lo 2024",
        "…",
    ),
    # batch24's classes (our own words): a reply that answers with the PIN spelled out after "is het"; a lift
    (
        "Nee, sinds gisteren is het 4 0 2 6.\n\nVan: Els <els@spc.ksleuven.be>\nOnderwerp: lift\n\n"
        "Is de code van de lift nog dezelfde?",
        "4 0 2 6",
        "…",
    ),
    # a reply whose first line is the value asked for by its abbreviation in the quoted mail, with an aside after
    # a dash
    (
        "Duikbril#77 - hou het onder ons aub\n\nVan: Ilse Geerts <ig@spc.ksleuven.be>\nVerzonden: maandag 3 maart"
        " 2025 09:14\nOnderwerp: zwemclub\n\nHeb jij het ww van zwemmen@ nog? Ik moet de lijsten invullen.",
        "Duikbril#77",
        "…",
    ),
    # (French) a code's kind named after it, "code de réinitialisation" (Dutch: "resetcode"), a space before the
    # colon after "est", a code grouped in threes
    ("Bonjour,\nLe code de réinitialisation de votre compte est : 731 406\n", "731 406", "…"),
    ("Madame, voici le code de récupération: 903117", "903117", "…"),
]


@pytest.mark.parametrize(("text", "secret", "lead"), CLASSES, ids=[c[1] for c in CLASSES])
def test_credential_classes_of_blind_mail(text: str, secret: str, lead: str) -> None:
    """One credential finding whose evidence is the lead and the masked value, never the value."""
    (evidence,) = only_evidence(mail(text))
    if lead != "…":
        assert evidence == f"{lead} [{mask(secret)}]"
    assert secret not in evidence and f"[{mask(secret)}]" in evidence


# (what it shows, text): ordinary school mail around the same words, never a credential
CLASS_NEGATIVES: list[tuple[str, str]] = [
    ("a question for a thing's password", "Heeft iemand het paswoord van de gast-wifi? Het briefje is weg."),
    ("a mailbox named by its local part", "Sinds vrijdag is het wachtwoord van onthaal@ verlopen, help!"),
    ("a date after a lock's label", "Alarm turnzaal: 14-03-25 om 3u afgegaan, de firma komt kijken."),
    ("a room's letter and number", "Kamer R 12 - L 3 - R 4 is vrij voor de oudergesprekken."),
    ("a phone number after a code", "Problemen met de code van de poort: 0477 21 65 09 (Dirk)"),
    ("a 10-digit phone number", "Voor de code van de kopieermachine: 0477216509 (bel Martine)"),
    ("a room number", "Open de deur van lokaal 2104 met je badge."),
    ("a count", "Typ 1500 kopies in op de kopieermachine voor het examen."),
    ("a year", "De kluisjes openen sinds 2024 met een app."),
    ("a statistic", "Aantal gewijzigde wachtwoorden: 1250 (van 1400 accounts)"),
    ("a network name", "Het wifi-netwerk en de sleutel: SPC-Gast, de sleutel hangt aan het onthaal."),
    ("a time after digit fillers", "De code van de achterpoort is vanaf 1 september 0730 tot 1800 actief."),
    ("PW = praktisch werk", "Maak PW Oefening12 tegen vrijdag."),
    ("PW with a long qualifier", "PW voor de leerlingen van het vijfde jaar: Brug-Ontwerp2"),
    ("a plain word in a sentence", "Wachtwoord: Welkom bij de nieuwe Smartschool"),
    ("a username in a login phrase", "Je kan inloggen met lotte.peeters01; je pw krijg je in de klas."),
    ("a negated phrase", "Gebruik nooit Welkom123 als wachtwoord."),
    ("a key phrase", "De wifi-router hangt in B204; de sleutel ligt bij Conciërge-Team2."),
    ("a number without a lock", "Open het formulier en typ 2718 in het vak bestelnummer."),
    (
        "too far from the verb",
        "Typ je naam in op de lijst bij de deur van de zaal: 3041 is ons huisnummer.",
    ),
    ("a postcode", "Het nieuwe kopieercentrum opent op 1 maart in 3000 Leuven."),
    ("a building number", "De alarmcode van gebouw 2104 krijg je van Dirk."),
    ("a year after a time word", "De code van de kluis is sinds 2019 dezelfde."),
    ("two platforms in a login phrase", "Je kan inloggen met Smartschool en Office365 op elke pc."),
    ("a login phrase with no user name", "Aanmelden met je naam en Welkom2026! lukt niet meer."),
    ("a line that goes on after the keyword", "Noteer je wachtwoord\nnergens op papier: Zomer#2024 is te makkelijk."),
    ("a question about the password with no value", "Is het wachtwoord nog geldig? Is het al verlopen?"),
    ("a question whose answer is a word", "Het wachtwoord van de wifi, is het nog hetzelfde?"),
    ("a number asked without a PIN word", "Welk lokaal krijgt de vergadering? Is het 2104?"),
    ("a match's score with dashes", "De tablet toonde de uitslag: het werd 2-3-1-4 na verlengingen."),
    ("a date after an opening verb", "De fietsenstalling is open op 12-03-25 voor de opendeurdag."),
    ("a time after a split verb", "Schakel de computer uit na 1600 uur, de laptopkar ook."),
    ("PW with a short page number", "Maak PW 3.2-b in je laptopmap tegen vrijdag."),
    ("a new rule after the keyword", "Het wachtwoordbeleid is gewijzigd. Nieuw: minstens twaalf tekens."),
    ("a slash line under another sentence", "Log in met je account. De route:\nLeuven / Brussel-Noord2"),
    ("a slash line under no account", "De bus rijdt via:\nLeuven / Brussel-Noord2"),
    ("a slash line under no label", "Je account werkt weer, de bus rijdt zo\nLeuven / Brussel-Noord2"),
    ("a date after a filler", "De nieuwe code van de poort is vanaf 12-03-26 geldig; je krijgt ze van Dirk."),
    ("a conference id", "Inbellen in de Teams-vergadering: toets 48392017# op het klavier van de vergaderzaal."),
    ("a hashing lesson", "In de les leren we hoe een wachtwoord gehasht wordt met SHA-256."),
    ("how to change it", "Wachtwoord wijzigen: Instellingen>Account>Beveiliging"),
    ("a placeholder", "Wachtwoord: [Familienaam2024]"),
    ("a bounce header", "X-AOL-SPF: domain : example.com SPF : pass\nx-aol-sid: 3039ac1d40554e326a98131e\n"),
    (
        "advice under a heading, then a signature",
        "Wachtwoorden\nLeer uw kind dat een wachtwoord niet gedeeld wordt, ook niet met de beste vriend.\n\n"
        "Groeten\nICTteam2025\n",
    ),
    ("a bank code under its label", "Account number\n: 0700016539\nBank code\n: 21003467\n"),
    (
        "an authentication result quoted in a mail",
        "Authentication-Results: mx.example.org; dkim=pass header.i=@example.org; iprev=pass policy.iprev=192.0.2.1",
    ),
    (
        "nowhere, later in the sentence",
        "Bewaar je wachtwoord nergens in je agenda, in je gsm of op een briefje: Zomer#2024 raadt iedereen.",
    ),
    ("an address right under a label", "Stuur de aanvraag voor je account naar:\n\nSecretariaat\nSchoolstraat12\n"),
    ("a time in an agenda", "De vergadering over de accounts staat op 1530 in de agenda."),
    ("a dial without a lock set to it", "De uitslag van de loting: het werd 3-8-1 voor klas 4B."),
    # (batch22's classes, the other side) a code word, a number that names a room, a count after words, a
    # negation; three digits with no combination lock in the sentence; a lock scrambled to 000
    ("a room after a code word", "- Deurcode lokaal 2041 wordt morgen veranderd"),
    ("a count after a code word", "Deurcode voor alle 1200 leerlingen volgt via Smartschool."),
    ("a negated code", "Pincode zeker niet 1234 kiezen, dat raadt iedereen."),
    ("three digits and no lock", "De kachel van de turnzaal staat nu op 215 en het slot van de kast is stuk."),
    ("a lock scrambled", "Draai het hangslot na gebruik dicht: het staat nu weer op 000."),
    (
        "a verb asked for in a language lesson",
        "Lopen - de stam is loop\n\nVan: Ilse Geerts <ig@spc.ksleuven.be>\nOnderwerp: taal\n\nWat is het ww in zin 3?",
    ),
    (
        "an abbreviation in a quoted statement",
        "Leerlingen2025 - zie de bijlage\n\nVan: Ilse Geerts <ig@spc.ksleuven.be>\nOnderwerp: les\n\n"
        "Het ww staat in de bijlage bij de les van maandag.",
    ),
    ("advice with spaces", "Wachtwoord: kies drie woorden en 2 cijfers\n(met spaties ertussen)\n"),
    ("a name and class with a space", "Typ je naam en klas in het wachtwoordveld: Jan Peeters 3B\n(met spatie)\n"),
    ("a phone number in pairs", "Deurcode vergeten? Bel de conciërge: 0470 12 34 56"),
    ("a date in pairs", "Het nieuwe wachtwoord komt op: 12 03 26"),
    ("a phone number all in pairs", "Bel voor een nieuwe pincode het nummer hieronder.\nPincode: 02 12 34 56 78"),
    (
        "a course's code",
        "Inhaalexamens in de bib: de code vak in de lijst is FRA-4G, de sleutel ligt in de sleutelkast.",
    ),
    ("a product's code", "Bestel de kluisjes met de code van het product: KL-300B."),
    (
        "a date answered",
        "Ja, het is 12-03-25 geworden.\n\nVan: Els <els@spc.ksleuven.be>\nOnderwerp: lift\n\n"
        "Wanneer werd de code van de lift veranderd?",
    ),
    ("a reset code's validity", "Le code de réinitialisation est valable 48 heures, ensuite il expire."),
    ("how to change a reset code", "Pour changer le code de réinitialisation, allez sur le site de l'école."),
    ("a meeting-id", "Infoavond online\nMeeting-ID: 861 2045 7730\nToegangscode: 651203\n"),
    ("a meeting joined via Zoom", "Deelnemen via Zoom:\nToegangscode: 651203\n"),
    ("padlocks bought for an amount", "We bestelden 30 hangsloten, 120 euro in totaal."),
    ("a word and a line far below under an account label", "Nieuw in je account:\nagenda\n\n\nKalender2025\n"),
    ("a mail address and a line under no account", "Stuur het naar:\n\ninfo@sintpieterscollege.be\n\nLeuven2025\n"),
    (
        "a meeting id spelled Vergadering-ID",
        "Online overleg\nVergadering-ID: 375 118 902 664\nWachtwoordcode: Lq7mT2xa\n",
    ),
    ("a host name to type", "Toch ingevuld? Wijzig je wachtwoord via portal.office.com en meld het ons."),
    (
        "an example later in the sentence",
        "Het wachtwoord moet lang zijn, met cijfers en tekens, bijvoorbeeld: Zon!Maan42",
    ),
    (
        "how to change it, later in the sentence",
        "Als je het wachtwoord van je laptop wil wijzigen, druk je tegelijk op: Ctrl+Alt+Delete",
    ),
    ("the next list item", "- Wachtwoord krijg je van de ICT-coördinator\n- Lokaal: B-204-Lab2\n"),
    (
        "a placeholder later in the sentence",
        "Het wachtwoord krijg je op papier, je login voor Office 365: [voornaam.naam]@sintpieterscollege.be",
    ),
    (
        "a masked sample in an aligned layout, then tips",
        "   Gebruikersnaam: voornaam.naam\n   Wachtwoord:     ********\n\nTips\n"
        "- Kies een wachtwoord van minstens 10 tekens, maar niet je naam.\n- Geef het aan niemand.\n",
    ),
]


# Look-alikes that test a judgement of the reading alone: the credential model, a second opinion that knows no
# layout, takes these values for secrets (docs/rules.md lists them among its known false alarms). The reading must
# still reject them; the model's own look-alikes are in tests/rules/test_credential_model.py.
READING_ONLY = frozenset(
    {
        "PW with a long qualifier",
        "a key phrase",
        "a login phrase with no user name",
        "a match's score with dashes",
        "a slash line under another sentence",
        "a slash line under no label",
        "an abbreviation in a quoted statement",
    }
)


@pytest.mark.parametrize(("name", "text"), CLASS_NEGATIVES, ids=[n for n, _ in CLASS_NEGATIVES])
def test_ordinary_numbers_and_words_are_no_credential(name: str, text: str) -> None:
    assert check(parse(mail(text)), READING if name in READING_ONLY else POLICY) == []


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ('ontvangen?":', "word"),  # a word at the end of a question, not a secret with symbols
        ("Welkom!", "word"),
        ("ICT-coördinator", "mixed"),
        ("PowerPoint", "mixed"),
        ("gast-wifi?", "mixed"),  # joined words at the end of a question: a thing, not a secret with a sign
        ("onthaal@", "no"),  # a mailbox named by its local part (batch19's class)
        ("Zon-Bloem!", "strong"),  # an exclamation mark may be the secret's own sign
        ("Dijle!Kaai", "strong"),
        ("2580#", "pin"),
        ("4471B", "pin"),
        ("0477216509", "no"),
        ("portal.office.com", "no"),  # a host name, not a passphrase of joined words
        ("wolk.tafel.lamp.rood", "strong"),
    ],
)
def test_strength_of_shapes(token: str, expected: str) -> None:
    assert strength(token, 4) == expected


def test_pins_under_a_pin_word_with_what_each_opens() -> None:
    """A list under a sentence that names PIN codes, each line naming what the PIN opens before it: every
    value counts; a list of telephone numbers under the same words does not."""
    text = "De pincodes van de digitale borden:\n\n- A.12  5521\n- A.14  8830\n- labo 2: 1999\n\nBart"
    (finding,) = run(mail(text))
    assert finding.category == "credential_table"
    assert finding.evidence == ("tabel met 3 wachtwoorden, bv. [********]",)
    phones = "De pincodes krijg je van:\n\n- het secretariaat  016 40 2211\n- de ICT-dienst  016 40 2212\n\nBart"
    assert run(mail(phones)) == []


def test_the_reading_alone_finds_a_verb_after_the_answer_and_a_key_box() -> None:
    """batch25's classes, decisive for the reading (the model finds them too): "6620 is het" over a quoted
    question about a gate's code; a key box's code."""
    reply = (
        "ja, 6620 is het. vergeten door te sturen\n\n> Op 4 nov. 2024 heeft Els het volgende geschreven:\n"
        "> Is de code van de zijpoort veranderd?"
    )
    box = "Late arrival: the room keys are in the key box at the reception. Code: 4187."
    for text, secret in ((reply, "6620"), (box, "4187")):
        (finding,) = check(parse(mail(text)), READING)
        assert finding.category == "credential" and secret not in finding.evidence[0], text


def test_a_combination_column_of_spaced_digits() -> None:
    """batch24's class (our own words): a table whose code column holds combination locks' three digits, spaced."""
    table = "De nieuwe kluisjes:\n\nKluis\tLeerling\tCode\nK-12\tLina V.\t4 1 7\nK-13\tSem D.\t0 8 2\n"
    (finding,) = check(parse(mail(table)), READING)
    assert finding.category == "credential_table" and "4 1 7" not in finding.evidence[0]
    words = "De nieuwe kluisjes:\n\nKluis\tLeerling\tCode\nK-12\tLina V.\tzie Wim\nK-13\tSem D.\tbij Els\n"
    assert check(parse(mail(words)), POLICY) == []


def test_rows_of_logins_under_a_label_that_names_the_accounts() -> None:
    """Under a line that names accounts and ends in a colon, rows of logins: with a bullet and a label
    before 'user / password', or in columns; the label stands above the first row only."""
    listed = "Mijn beheerdersaccounts:\n- Wisa: dirk.b / Wisa!Dirk77\n- Schoolonline: dirk.b2 / Reken#Machine4\n"
    assert len(run(mail(listed))[0].evidence) == 2
    columns = "De logins van het lab:\n\nPc 1   lab01   Stoel42x\nPc 2   lab02   Tafel77y\nPc 3   lab03   Kast19z\n"
    (finding,) = run(mail(columns))
    assert len(finding.evidence) == 3 and "Stoel42x" not in str(finding)
    schedule = "Het rooster van de lokalen:\n\nMaandag   lokaal2   B204-Lab2\nDinsdag   lokaal3   B205-Lab3\n"
    assert run(mail(schedule)) == []


def test_a_list_of_user_codes_with_a_row_that_keeps_its_code() -> None:
    """Plural lock codes name a list; a row whose code is a word ('ongewijzigd') does not end it."""
    text = (
        "De gebruikerscodes van het alarm zijn aangepast:\n\n"
        "gebruiker 01 (directie): ongewijzigd\ngebruiker 04 (keuken): 4821\ngebruiker 05 (opvang): 7730\n"
    )
    (finding,) = run(mail(text))
    assert finding.category == "credential_table"
    assert finding.evidence == ("tabel met 2 wachtwoorden, bv. [********]",)


def test_a_note_whose_subject_names_the_network() -> None:
    """The subject names the Wi-Fi, the note is its name and, on the next line, its key."""
    (finding,) = run(mail("SPC-Gasten\nRegen#Boog55\n", subject="wifi refter"))
    assert finding.evidence == ("…SPC-Gasten [********]",)
    assert run(mail("SPC-Gasten\nwerkt weer\n", subject="wifi refter")) == []


def test_a_note_whose_subject_names_the_lock() -> None:
    """A two-word note: the subject says what the code opens, the first line is the value alone."""
    (finding,) = run(mail("7731 :)\n", subject="code fietsenberging"))
    assert finding.evidence == ("… [********]",)
    assert run(mail("7731 :)\n", subject="aantal fietsen")) == []
    assert run(mail("Tot morgen, 7731 stoelen zijn besteld.\n", subject="code fietsenberging")) == []


def test_a_meeting_passcode_in_an_html_table_is_no_credential() -> None:
    """A Teams invitation's passcode in an HTML table next to its meeting id (a row of label and value); and a
    table with a passcode column, one passcode per breakout room, under a Teams invitation: the meeting's."""
    html = (
        "<p>Microsoft Teams-vergadering</p><table><tr><td>Vergadering-ID:</td><td>375 118 902 664</td></tr>"
        "<tr><td>Wachtwoordcode:</td><td>Lq7mT2xa</td></tr></table>"
    )
    assert run(mail(html, html=True)) == []
    counted = Policy.model_validate({"rules": {"password": {"ignore_meeting_passcodes": False}}})
    assert check(parse(mail(html, html=True)), counted) != []
    rooms = (
        "<p>Deelnemen aan de Teams-vergadering van de werkgroepen: https://teams.microsoft.com/l/meetup-join/19x</p>"
        "<table><tr><td>Werkgroep</td><td>Wachtwoordcode</td></tr><tr><td>Zaal A</td><td>Kp9mT2xa</td></tr>"
        "<tr><td>Zaal B</td><td>Rw4nQ8zd</td></tr></table>"
    )
    assert run(mail(rooms, html=True)) == []
    assert check(parse(mail(rooms, html=True)), counted) != []


def test_wifi_key_in_an_html_table_shows_its_header() -> None:
    """A network key column (header "Sleutel" near network words) in an Outlook table: its rows are read as lines
    of cells, as a table pasted as text, and the evidence shows the header row (column names, never a value)."""
    html = (
        "<p>Hieronder de wifi-gegevens.</p><table><tr><td>Netwerk (SSID)</td><td>Voor wie</td><td>Sleutel</td></tr>"
        "<tr><td>SPC-Personeel</td><td>personeel</td><td>Kr1jtb0rd-Dijle!7</td></tr>"
        "<tr><td>SPC-Gast</td><td>bezoekers</td><td>vraag het aan het onthaal</td></tr></table>"
    )
    assert only_evidence(mail(html, html=True)) == (f"…Netwerk (SSID) Voor wie Sleutel [{mask('Kr1jtb0rd-Dijle!7')}]",)


def test_a_label_and_value_line_is_not_a_table() -> None:
    """ "wachtwoord  X" aligned with spaces is one credential, not the header of a password column."""
    text = (
        "gebruikersnaam  spc_leuven\nwachtwoord      SPCinsta!2023\nbeheerder       Anneleen\nmaker           Jorinde\n"
    )
    assert only_evidence(mail(text)) == (f"…wachtwoord [{mask('SPCinsta!2023')}]",)


@pytest.mark.parametrize(
    "table",
    [
        "naam;wachtwoord\nLotte;Kp9!rt22\nZie ook;Regels-2024;pagina 3\n",  # a row of another width ends the table
        "naam;wachtwoord\nLotte;Kp9!rt22\nTom;zie de brief van 3 maart\n",  # a cell of prose is no password
    ],
    ids=["width", "prose cell"],
)
def test_table_rows_that_are_not_passwords(table: str) -> None:
    (finding,) = run(mail(table))
    assert finding.category == "credential"
    assert finding.evidence == (f"…naam;wachtwoord [{mask('Kp9!rt22')}]",)


def test_one_label_and_value_in_cells_is_no_list() -> None:
    (finding,) = run(mail("<table><tr><td>Wachtwoord</td><td>Zomer2024!</td></tr></table>", html=True))
    assert finding.category == "credential"
    assert finding.reason == "Er staat een wachtwoord of inlogcode in het bericht."


def test_other_secrets_in_the_context_are_masked() -> None:
    """A secret-looking token before the value is masked even when no keyword labels it."""
    (evidence,) = only_evidence(mail("account Adm1n-Kp9, pincode: 4821"))
    assert evidence == f"…account {mask('Adm1n-Kp9')}, pincode: [{mask('4821')}]"


def test_no_value_survives_in_another_evidence_line() -> None:
    """A plain-word password found on one line is masked where another line repeats it."""
    evidence = only_evidence(mail("Wachtwoord: Kastanje\nPIN (na Kastanje): 4821\n"))
    assert len(evidence) == 2
    assert not any("Kastanje" in line for line in evidence)


def test_at_most_three_pieces_of_evidence() -> None:
    body = "\n".join(f"pc{i} wachtwoord: Examen-{i}-Kx{i}" for i in range(6))
    assert len(only_evidence(mail(body))) == 3


@pytest.mark.parametrize("pad", range(0, 64))
def test_a_keyword_is_found_at_every_offset(pad: int) -> None:
    """The cheap keyword pass works in windows: a compound that starts before a window end and holds
    its literal after it ("resetcode", "startwachtwoord") is found wherever it falls."""
    text = "wachtwoord\n\n" + "x" * pad + " Je resetcode is: K4F-72Q\n\nNetwerkbeheerderswachtwoord: Lm3-Pq8-Zr\n"
    assert len(only_evidence(mail(text))) == 2


def test_min_length_is_a_policy_setting() -> None:
    strict = Policy.model_validate({"rules": {"password": {"min_length": 12}}})
    assert check(parse(mail("wachtwoord: Zomer2024!")), strict) == []
    assert check(parse(mail("wachtwoord: Zomer2024!-Lang")), strict)


def test_bounds_on_hostile_text() -> None:
    """At most MAX_KEYWORDS keywords and TABLE_ROWS table rows per text part; nothing after
    MAX_SCAN_CHARS characters is read."""
    _, matches = password._keywords("ww: " * 10_000)
    assert len(matches) == 5000  # the documented figures, not the constants
    rows = "naam;wachtwoord\n" + "".join(f"L{i};Kp{i}!rt22\n" for i in range(199))
    found = password.find(parse(mail(rows * 200)), POLICY.rules.password)
    assert len(found) <= 20_000
    late = "x " * 1_000_000 + "wachtwoord: Zomer2024!\n"
    assert run(mail(late)) == []


# Issue 11, classes of batch03's misses (our own words): a lock code's place takes words, a code "changed
# to" a value, a keypad label with a colon, a code column under locker context, a secret in a link.
@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (
            "Hallo Tine,\n\nje printcode voor het toestel in de gang naast het leraarslokaal op de tweede "
            "verdieping is 73819. Veel succes!",
            "73819",
        ),
        ("De code van de brandkast in het archief is gewijzigd naar 640213, de vorige is ongeldig.", "640213"),
        ("The door code has changed to 55190 since the break-in.", "55190"),
        ("Bij het afsluiten: het alarmpaneel in de gang bij de turnzaal: 8164 en dan de groene toets.", "8164"),
        ("Na de voorstelling zet je de kluis weer op slot. Kluis achter de toog: 2275#", "2275#"),
    ],
)
def test_lock_codes_in_prose(text: str, secret: str) -> None:
    findings = run(mail(text))
    assert [f.category for f in findings] == ["credential"]
    assert findings[0].severity is Severity.HIGH
    assert all(secret not in line and secret.rstrip("#") not in line for line in findings[0].evidence)


def test_locker_code_column_in_a_csv_attachment() -> None:
    msg = EmailMessage()
    msg["From"] = "kristof.conciërge@sintpieterscollege.be".replace("ë", "e")
    msg["To"] = "els.maes@sintpieterscollege.be"
    msg["Subject"] = "kastjes 2B"
    msg.set_content("Dag Els,\n\nin bijlage de codes van de kastjes van je klas.\n\nKristof")
    rows = "Nummer;Leerling;Code\n201;Aya B.;4417\n202;Bram C.;9031\n203;Cas D.;2768\n"
    msg.add_attachment(rows.encode(), maintype="text", subtype="csv", filename="kastjes.csv")
    findings = run(msg.as_bytes())
    assert [f.category for f in findings] == ["credential_table"]
    assert findings[0].evidence[0].startswith("tabel met 3 wachtwoorden")
    assert not any(code in " ".join(findings[0].evidence) for code in ("4417", "9031", "2768"))


def test_a_code_column_without_a_lock_is_no_credential_table() -> None:
    text = "Dag Els,\n\nde vakken van 2B met hun code in Smartschool-planner:\n\nVak;Leerkracht;Code\n"
    text += "Wiskunde;EM;4417\nFrans;BC;9031\nAardrijkskunde;DD;2768\n"
    assert run(mail(text.replace("Smartschool-planner", "de planner"))) == []


@pytest.mark.parametrize(
    "text",
    [
        "Lokaal 12 van het alarmplan: 2041 leerlingen evacueren via trap B.",  # a count, not a code
        "Brandalarm oefening, nummer van de ruimte: 1207",  # a room number after a lock word
        "De kluisjes kosten 15 euro per jaar. Aantal kluisjes: 1200",  # a count
    ],
)
def test_lock_labels_before_numbers_that_are_not_codes(text: str) -> None:
    assert run(mail(text)) == []


@pytest.mark.parametrize(
    ("link", "secret"),
    [
        ("ftp://scanner:Kopie!2031@10.20.1.15/scans", "Kopie!2031"),
        ("https://beheer:Nas#2207x@nas.school.test:5001/", "Nas#2207x"),
    ],
)
def test_a_password_inside_a_link(link: str, secret: str) -> None:
    findings = run(mail(f"Beste,\n\nde map staat hier: {link}\n\nMvg"))
    assert [f.category for f in findings] == ["credential"]
    assert secret not in " ".join(findings[0].evidence)
    assert "[********]" in findings[0].evidence[0]


def test_a_link_with_a_user_name_only_is_no_password() -> None:
    assert run(mail("Beste,\n\nde map: ftp://scanner@10.20.1.15/scans en https://jan@school.test/x\n")) == []


def reply(answer: str, question: str) -> bytes:
    quoted = "\n".join(f"> {line}" for line in question.splitlines())
    return mail(f"{answer}\n\nEls\n\nOp 3 nov. 2026 om 09:12 schreef Tom Maes <tom.maes@spc.ksleuven.be>:\n{quoted}\n")


# Issue 11, classes of batch04's misses (our own words): the answer to a quoted question, a list of backup
# codes below the sentence that names them, "c'est" as a separator.
@pytest.mark.parametrize(
    ("answer", "question", "secret"),
    [
        ("Ja hoor, het is nog steeds Kapel!Noord7", "Welk wachtwoord heeft de beamer-pc in de aula?", "Kapel!Noord7"),
        ("Die is 60817, niet verder geven.", "Wat is de code van de achterpoort ook alweer?", "60817"),
        ("C'est 44120 depuis lundi.", "Quel est le code du portail?", "44120"),
        # batch06's class: the reply is the value alone, after a greeting or none
        ("Dag Tom,\n\nBurcht#Linde77", "Hoe luidde het wachtwoord van de laptopkar ook weer?", "Burcht#Linde77"),
        ("Vijver-Kikker-9b", "Wat was het paswoord van de gedeelde map?", "Vijver-Kikker-9b"),
        ("Hoi,\n\n30917", "Wat is de pincode van de kluis in het secretariaat?", "30917"),
        # batch14's class: the first line is the value after a short yes and the user, or before how to use it
        (
            "Jep, stagebox@spc.ksleuven.be / Stage!Box33 (met uitroepteken)",
            "Welk wachtwoord heeft de stagebox?",
            "Stage!Box33",
        ),
        ("4471 en dan de klink omhoog duwen", "Wat is de code van de fietsenberging?", "4471"),
    ],
)
def test_the_answer_to_a_quoted_question_about_a_secret(answer: str, question: str, secret: str) -> None:
    findings = run(reply(answer, question))
    assert [f.category for f in findings] == ["credential"]
    assert secret not in " ".join(findings[0].evidence) and "[********]" in findings[0].evidence[0]


@pytest.mark.parametrize(
    ("answer", "question"),
    [
        ("Het is gelukt, bedankt!", "Lukt het om je wachtwoord te wijzigen?"),
        ("Het is 2026 geworden, tijd voor een nieuw wachtwoord.", "Wanneer vervalt het wachtwoord?"),
        ("Het is 4471, dat lokaal.", "In welk lokaal is de vergadering?"),  # no secret asked for
        ("Het is 4471.", "Wat is de code van het vak aardrijkskunde in de planner?"),  # a course code
        ("Hoi Tom,\n\nBedankt, het lukt!", "Wat is het wachtwoord van de wifi?"),  # no value given
        ("4471", "Welk wachtwoord gebruik je voor de laptopkar?"),  # a number answers no password question
        ("Zie bijlage OK-2026 voor alles.", "Wat is het wachtwoord van de wifi?"),  # more than the value
    ],
)
def test_answers_that_give_no_secret(answer: str, question: str) -> None:
    """The reading's judgement of an answer (what the quoted question asked for); the model alone takes a bare
    number in a reply about a code for the code, see READING_ONLY."""
    assert check(parse(reply(answer, question)), READING) == []


def test_a_list_of_backup_codes_below_the_sentence_that_names_them() -> None:
    body = (
        "Dag Karel,\r\n\r\nHier de herstelcodes voor je Google-account, elk werkt eenmalig.\r\n\r\n"
        "4410-2297\r\n8830-1164\r\n5072-9931\r\n\r\nBewaar ze goed.\r\n"
    )
    findings = run(mail(body))
    assert [f.category for f in findings] == ["credential_table"]
    assert findings[0].evidence == ("tabel met 3 wachtwoorden, bv. [********]",)


@pytest.mark.parametrize("word", ["reservecodes", "herstelcodes"])  # a password's word; a lock code's word
@pytest.mark.parametrize("row", ["{}", "  {}", "{}.  ", "- {}"], ids=["bare", "indented", "numbered", "bullet"])
def test_backup_codes_in_groups_with_a_space_between(row: str, word: str) -> None:
    """Google prints its backup codes as two groups of four digits: one value, not a room and a PIN."""
    codes = ["7702 1849", "3391 6620", "5148 0273"]
    lines = [row.format(code) if "." not in row else f"{n}. {code}" for n, code in enumerate(codes, 1)]
    body = f"Dag Karel,\n\nDe {word} voor je schoolaccount, elk werkt een keer:\n\n" + "\n".join(lines)
    findings = check(parse(mail(body + "\n\nMvg\n")), READING)
    assert [f.category for f in findings] == ["credential_table"]
    assert findings[0].evidence == ("tabel met 3 wachtwoorden, bv. [********]",)
    for code in codes:
        assert code not in repr(findings)


def test_a_list_a_line_or_two_under_the_sentence_that_names_it() -> None:
    """The sentence that names the backup codes, another one, then the list, with no blank line between (batch46 and
    batch67, in our own words): the list of its paragraph. With a blank line, or rows that are no codes, as before."""
    body = (
        "Dag Karel,\n\nIk zette je tweestapsverificatie opnieuw op. Hieronder je reservecodes, elk werkt een keer.\n"
        "Bewaar ze op papier, niet in je mailbox.\n  1.  4410-2297\n  2.  8830-1164\n  3.  5072-9931\n\nBart\n"
    )
    findings = check(parse(mail(body)), READING)
    assert [f.category for f in findings] == ["credential_table"]
    assert findings[0].evidence == ("tabel met 3 wachtwoorden, bv. [********]",)
    rooms = "Dag Karel,\n\nJe reservecodes staan in je account. Hieronder de lokalen.\n  1.  B012\n  2.  C104\n\nBart"
    assert check(parse(mail(rooms)), READING) == []


def test_a_key_referred_to_in_the_next_sentence_given_under_it() -> None:
    """ "U kan deze sleutel intypen:" and the key under a blank line (batch68's class, our own words): the key the
    sentence before named. A sentence that points to a page gives no secret."""
    body = (
        "Dag mevrouw,\n\nDe laptop vraagt de herstelsleutel van BitLocker. Je kan die\nsleutel overtikken:\n\n"
        "111222-333444-555666-777888-999000-123456-654321-112233\n\nGroeten"
    )
    (finding,) = check(parse(mail(body)), READING)
    assert finding.category == "credential" and "111222" not in repr(finding)
    page = "Dag mevrouw,\n\nJe wachtwoord is verlopen. Je kan dat wijzigen op:\n\nhttps://portaal.example.be\n\nGroeten"
    assert check(parse(mail(page)), READING) == []


def test_a_temporary_access_pass_and_a_course_code_in_english() -> None:
    """Microsoft's temporary access pass for a new phone is a one-time sign-in code (batch68's class); a parking
    badge is no secret. "The course code FYS-5B-02" is the course's identifier, as "vakcode" (batch68)."""
    tap = "Dag Els,\n\nTijdelijke toegangspas voor je nieuwe gsm:\nQm4-Tz8K-p2W\n\nBart"
    (finding,) = check(parse(mail(tap)), READING)
    assert finding.category == "credential"
    for text in (
        "Je toegangspas voor de parking ligt aan het onthaal.",
        "Een tijdelijke toegangspas vraag je aan de helpdesk.",
        "In Smartschool, physics is listed under the course code FYS-5B-02 (3 hours).",
        "Your class code is 4B, homeroom C.104.",
    ):
        assert check(parse(mail(f"Dag Els,\n\n{text}\n\nBart")), READING) == [], text
    assert check(parse(mail("Dag Els,\n\nThe code of the padlock is 4471.\n\nBart")), READING) != []


def test_one_code_line_or_lines_far_from_a_keyword_are_no_list() -> None:
    assert run(mail("Dag Karel,\n\nJe herstelcodes vind je in je account.\n\n4410-2297\n\nMvg\n")) == []
    assert run(mail("Dag Karel,\n\nDe schooljaren in het archief:\n\n2023-2024\n2024-2025\n\nMvg\n")) == []


def test_c_est_separates_a_code_from_its_value() -> None:
    findings = run(mail("Salut Marc,\n\nle code de la photocopieuse du deuxième étage, c'est le 31907.\n\nFatima"))
    assert [f.category for f in findings] == ["credential"]
    assert "31907" not in findings[0].evidence[0]


# Issue 11, classes of batch05's misses (our own words): a one-time SMS code in two groups of three, a safe's
# dial combination with spaces around its dashes.
@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Hoi Bart, de sms-code voor het Facebookaccount van de school staat nu op mijn scherm: 318 407", "318 407"),
        ("De brandkast in het archief:\n\nCode: 4 - 1 - 7 - 7 - 2, dan de hendel omlaag.", "4 - 1 - 7 - 7 - 2"),
    ],
)
def test_codes_in_groups(text: str, secret: str) -> None:
    findings = run(mail(text))
    assert [f.category for f in findings] == ["credential"]
    assert secret not in findings[0].evidence[0] and secret.split()[0] + " " not in findings[0].evidence[0]


def test_grouped_digits_without_a_code_word_are_no_secret() -> None:
    assert run(mail("Het ordernummer van de boeken: 318 407, levering vrijdag.")) == []


# Issue 11, classes of batch15's first-contact misses (our own words), each read by the reading alone: an
# emoticon after the sentence is no separator; a network named, then "name / key"; a login name alone on its line
# under a sentence about logging in with an account; a PIN column whose header names the lock after the keyword
# in a table aligned with spaces.
@pytest.mark.parametrize(
    ("text", "secret", "shown"),
    [
        ("Het bedieningspaneel is beveiligd met PIN 5813 zodat de kleuters er niet aan zitten :)", "5813", "PIN"),
        ("The gate is locked with PIN 7046, so keep it to yourself ;-)", "7046", "locked with PIN"),
        (
            "Wifi in het atelier: AtelierNet / Kwast-Penseel-88 (niet doorgeven aan de cursisten)",
            "Kwast-Penseel-88",
            "AtelierNet",
        ),
        ("Réseau de la salle : SalleB / Violon-2207", "Violon-2207", "SalleB"),
        (
            "Log morgen in met mijn account, de taken staan klaar in de map.\n\nkoen.maes\nKroket2290\n\nGroeten",
            "Kroket2290",
            "koen.maes",
        ),
    ],
)
def test_batch15_classes_read_without_the_model(text: str, secret: str, shown: str) -> None:
    (finding,) = check(parse(mail(text)), READING)
    assert finding.category == "credential"
    assert secret not in str(finding) and shown in finding.evidence[0]


def test_a_pin_column_named_with_its_lock_in_a_table_aligned_with_spaces() -> None:
    text = "Dag collega's,\n\nNaam  Vak  Badge  PIN kluis\nAn Peeters  Frans  0211  5530\nTom Maes  LO  0212  8841\n"
    (finding,) = check(parse(mail(text)), READING)
    assert finding.category == "credential_table"
    assert finding.evidence == ("tabel met 2 wachtwoorden, bv. [********]",)
    # the badge numbers are no secret, and a PIN column with no lock named anywhere is no table of codes
    assert "0211" not in str(finding)
    assert check(parse(mail("Naam;PIN\nAn;5530\nTom;8841\n")), READING) == []


def test_an_emoticon_colon_is_no_separator_but_a_colon_is() -> None:
    """':)' after the sentence is no separator: without that the reading took ')' for the value and gave up."""
    smiley = password._TAIL.match(" 5813 zo :)")
    assert smiley is None or smiley.group("sep") != ":"
    colon = password._TAIL.match(" van de kast: 5813")
    assert colon is not None and colon.group("sep") == ":" and colon.group("value") == "5813"


# Issue 11, batch16's classes (our own words): a safe's combination as the turns of its dial after the keyword.
@pytest.mark.parametrize(
    "text",
    [
        "Combinatie van de brandkast:  rechts 21 - links 8 - rechts 40, dan de hendel.",
        "La combinaison du coffre : gauche 14 – droite 3 – gauche 27",
    ],
)
def test_a_combination_as_the_turns_of_a_dial(text: str) -> None:
    (finding,) = run(mail(text))
    assert finding.category == "credential"
    assert "21" not in finding.evidence[0] and "14" not in finding.evidence[0]
    assert run(mail("Draai eerst links en dan rechts om de kast te openen.")) == []


# Issue 11, batch17's classes (our own words): a disk's recovery key in groups of digits; a procedure's button
# written with HTML entities ("&quot;Wachtwoord vergeten?&quot;") is no value.
def test_a_recovery_key_in_groups_of_digits() -> None:
    text = "Dag Els,\n\nTik bij het opstarten deze herstelsleutel in:\n\n102938-475610-293847-561029\n\nJan"
    (finding,) = run(mail(text))
    assert finding.category == "credential" and "102938" not in finding.evidence[0]
    (english,) = run(mail("Your BitLocker recovery key is 102938-475610-293847-561029."))
    assert "475610" not in english.evidence[0]
    assert strength("102938-475610-293847", 4) == "strong" and strength("0477-21", 4) != "strong"


def test_a_button_written_with_html_entities_is_no_value() -> None:
    assert run(mail("Kies op de startpagina &quot;Wachtwoord vergeten?&quot; en volg de stappen.")) == []
    assert strength("vergeten?&quot", 4) in ("no", "word") and strength("Pieter&Paul-2025", 4) == "strong"
    (finding,) = run(mail("wachtwoord: &quot;Kast19z&quot;"))
    assert "Kast19z" not in str(finding)


@pytest.mark.parametrize(
    ("text", "names_an_account"),
    [
        ("log in op de spotify", True),
        ("logt u in met", True),
        ("meld je aan bij", True),
        ("please sign-in", True),
        ("connectez-vous", True),
        ("de gegevens van de insta", True),  # a platform whose account a team shares
        ("volg ons op instagram", True),  # (the rule reads lower-cased text)
        ("de installatie van de printer", False),  # not the start of another word
        ("lees de blog in de klas", False),  # the verb, not the end of another word
        ("het design in 3D", False),
        ("vermeld je aan wie", False),
    ],
)
def test_the_verb_of_logging_in_is_a_whole_word(text: str, names_an_account: bool) -> None:
    from discretie.rules.password import _ACCOUNT_WORD

    assert (_ACCOUNT_WORD.search(text) is not None) is names_an_account


@pytest.mark.parametrize(
    "text",
    [
        # an aside in brackets with a comma inside is one qualifier word before "is"
        "De pincode (die van het kastje, niet die van de deur) is 5820.",
        # the user and the password each on a line right under a label that names the account; the user is no
        # login-name shape and no address, so only the label right above says what the lines are
        "Het account van de toneelgroep:\nToneel5C\nDecor#Kist7\n",
    ],
)
def test_the_reading_alone_finds_an_aside_and_a_login_under_its_label(text: str) -> None:
    """Two mechanisms the full mutation run found undefended after the day's other changes (their earlier tests
    now also pass through other readers): each must be decisive for the reading alone."""
    (finding,) = check(parse(mail(text)), READING)
    assert finding.category == "credential"
    assert "5820" not in str(finding) and "Decor#Kist7" not in str(finding)


# batch30's classes, in our own words: a password column whose values look like compounds, a list that names what
# each secret opens, a secret sent in pieces, a lock's code read out one number a line, an Outlook table of codes
SPLIT_AND_LISTED: list[tuple[str, str, str]] = [
    (
        "column-compound",
        "Accounts van de infokar:\n\nLokaal\tGebruiker\tWachtwoord\nB012\tinfo-b012\tKrokus-2B\n"
        "B014\tinfo-b014\tTulpen-4C\n",
        "Krokus-2B",
    ),
    (
        "labelled-rows",
        "Elke groep logt op het platform in met een eigen wachtwoord:\n\nGroep A: WIS4-K9PZ\nGroep B: WIS4-R2TX\n",
        "WIS4-K9PZ",
    ),
    (
        "pieces",
        "Het wachtwoord van de gedeelde schijf stuur ik voor de veiligheid in twee helften:\n\n"
        "stuk 1: Wijgmaal\nstuk 2: Bos-61\n",
        "Wijgmaal",
    ),
    (
        "stacked",
        "De brandkast in het economaat is omgesteld. Nieuwe combinatie:\n31\n07\n58\nLinks beginnen.",
        "31",
    ),
]


@pytest.mark.parametrize(("name", "text", "secret"), SPLIT_AND_LISTED, ids=[c[0] for c in SPLIT_AND_LISTED])
def test_split_and_listed_secrets(name: str, text: str, secret: str) -> None:
    (finding,) = run(mail(text))
    assert finding.severity is Severity.HIGH
    assert secret not in repr(finding) and all("*" in e for e in finding.evidence)


def test_pieces_are_judged_joined() -> None:
    (finding,) = run(mail(SPLIT_AND_LISTED[2][1]))
    assert finding.category == "credential" and len(finding.evidence) == 2  # both pieces masked, one secret
    # pieces that joined make no secret ("deel 1: zie", "deel 2: brief") are no password
    assert run(mail("Het wachtwoord krijg je in twee delen:\n\ndeel 1: zie\ndeel 2: brief\n")) == []


def test_labelled_rows_need_strong_values() -> None:
    # rooms and times under a code word are no secrets; one strong row alone is no list
    assert run(mail("De toegangscode geldt per lokaal:\n\nGroep A: lokaal\nGroep B: turnzaal\n")) == []
    # (one such row is no list for the reading: the learned second opinion judges it)
    one = parse(mail("Het wachtwoord van de toets volgt:\n\nGroep A: WIS4-K9PZ\nopmerkingen welkom\n"))
    assert check(one, READING) == []


def test_stacked_numbers_need_a_lock() -> None:
    # a column of marks under "code:" with nothing that locks is no combination
    assert run(mail("Puntenverdeling per code:\n12\n14\n16\nDank je.")) == []
    assert run(mail("Ons nieuwe vakcode:\n12\n14\nDank je.")) == []


def test_compound_only_in_a_password_column() -> None:
    # the same compounds in a weak code column (no lock) or in prose are no passwords
    assert run(mail("Lokaal\tVak\tCode\nB012\tbiologie\tKrokus-2B\nB014\taardrijkskunde\tTulpen-4C\n")) == []
    assert run(mail("Het thema van de week is Krokus-2B, daarna Tulpen-4C.")) == []


def test_outlook_table_of_codes() -> None:
    cells = "".join(
        f"<tr><td><p class=MsoNormal>{name}</p></td><td><p class=MsoNormal>{code}</p></td></tr>"
        for name, code in (("Naam", "Kopieercode"), ("Els Wouters", "51873"), ("Tom Aerts", "51880"))
    )
    html = f"<html><body><p>De codes voor de kopieermachine:</p><table>{cells}</table></body></html>"
    (finding,) = run(mail(html, html=True))
    assert finding.category == "credential_table" and "51873" not in repr(finding)


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("Het paswoord van de gedeelde agenda is grote letter K, dan a p e l, dan 77, dan een hekje.", "a p e l"),
        ("ww voor de scanner: hoofdletter B, daarna r-u-g, en dan 3030", "r-u-g"),
        ("The password for the hostel laptop is capital T, then o-w-e-r, then 19 and a question mark.", "o-w-e-r"),
    ],
)
def test_a_password_spelled_out(text: str, piece: str) -> None:
    """A password read out as on the phone: a capital named with its letter or a run of single letters, with
    digits or a named sign, in the keyword's sentence (batch30)."""
    (finding,) = run(mail(text))
    assert finding.category == "credential" and piece not in repr(finding)


@pytest.mark.parametrize(
    "text",
    [
        "Een goed wachtwoord heeft minstens 12 tekens: een hoofdletter, een cijfer en een uitroepteken of hekje.",
        "Je wachtwoord moet met een grote letter beginnen en minstens 10 tekens hebben.",
        "Wachtwoord vergeten? Bel de helpdesk op 016 22 33 44 of mail naar ict@sintpieterscollege.be.",
        "Het wachtwoord staat in de brief van 12 maart. Lees de a b c van het platform op pagina 12.",
    ],
)
def test_advice_about_a_password_is_not_a_spelling(text: str) -> None:
    assert run(mail(text)) == []


def test_a_door_code_beside_a_meeting_invitation() -> None:
    """A meeting's passcode is allowed (``ignore_meeting_passcodes``), but a place's code written in the same mail,
    on a line that names the place, is not one (batch31): the code counts, the invitation's passcode does not."""
    text = (
        "Dag Kristof,\n\nDe vergadering is online, maar wie toch komt: de poort aan de parking is na 18u dicht, "
        "poortcode 7312.\n\nMicrosoft Teams-vergadering\nDeelnemen op uw computer, mobiele app of ruimteapparaat\n"
        "Vergadering-id: 381 224 907 551\nWachtwoordcode: Hq7rT2\n"
    )
    (finding,) = run(mail(text))
    assert "7312" not in repr(finding) and finding.evidence[0].startswith("…")
    assert "poortcode" in finding.evidence[0] and "Wachtwoordcode" not in finding.evidence[0]
    invitation_only = text.replace("poortcode 7312", "bel even aan")
    assert run(mail(invitation_only)) == []
    opened_with = text.replace("poortcode 7312", "ze gaat open met 7312")  # numbers opened with, no code word
    (finding,) = run(mail(opened_with))
    assert "7312" not in repr(finding)


def test_a_device_on_the_invitation_line_is_no_place() -> None:
    """An invitation that says on one line where to join from ("op je computer") and its passcode: a device is
    no place that locks, the passcode stays the meeting's."""
    text = "Deelnemen via Zoom op je computer of gsm: https://zoom.us/j/8123456, toegangscode 482913\n"
    assert run(mail(text)) == []


def test_a_password_cut_over_lines_under_its_label() -> None:
    """ "Wachtwoord (in twee stukken):" over one piece a line: the pieces joined are the secret (batch31); the same
    lines without a word that says they are pieces are a label over a list, left to the other readings."""
    text = "Login: reizen.sintpieter\nWachtwoord (in twee stukken, je weet maar nooit):\nAlham\nbra#61\n\nTot morgen"
    (finding,) = run(mail(text))
    assert finding.category == "credential" and "Alham" not in repr(finding) and "bra#61" not in repr(finding)
    plain = parse(mail("Wachtwoord vergeten? Kom dan even langs bij:\nhelpdesk\nB0.12\n\nTot morgen"))
    assert check(plain, READING) == []


def test_a_spelling_in_the_sentence_after_the_keyword() -> None:
    """batch32's class (our own words): the password named in one sentence, read out in the next, letter by letter
    with dashes; only a spelling that opens with a capital named with its letter may stand beyond the keyword's
    sentence (advice and an ordinary later sentence do not)."""
    text = (
        "Het wachtwoord van de map met de toetsen heb ik veranderd. Zodat je niet mistypt:\n\n"
        "hoofdletter K - a - n - a - a - l - dan 1 9 8 7 - dan een hekje"
    )
    (finding,) = run(mail(text))
    assert finding.category == "credential" and "a - n - a" not in repr(finding)
    assert finding.evidence == ("…heb ik veranderd. Zodat je niet mistypt: [********]",)
    later = "Het wachtwoord van de map heb ik veranderd. Lees het a b c van de map op pagina 12, en dan 1987."
    assert run(mail(later)) == []


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        (
            "Het cijferslot van de materiaalkar in B.204: vier - twee - zes - een.",
            "…ijferslot van de materiaalkar in B.204:",
        ),
        ("De code van de kluis is nu: acht, nul, drie, drie.", "…De code van de kluis is nu:"),
        ("The padlock of the bike shed is set to five seven two nine.", "…"),
    ],
)
def test_a_code_read_out_in_digit_words(text: str, lead: str) -> None:
    """batch33's class (our own words): a lock's code read out one digit a word, as over the phone; the digits
    are read as the number they spell, and the evidence shows neither."""
    (finding,) = run(mail(text))
    assert finding.category == "credential"
    if lead != "…":
        assert finding.evidence == (f"{lead} [********]",)
    assert "zes" not in repr(finding) and "4261" not in repr(finding)


@pytest.mark.parametrize(
    "text",
    [
        "Beste ouders,\n\nOp het schoolfeest tellen we samen af: tien, negen, acht, zeven, zes ... nul!\n\nDe directie",
        "Wie een, twee of drie keer te laat komt, krijgt een nota. Het wachtwoord van Smartschool wijzig je zelf.",
        "De leerlingen zitten per drie of vier aan een tafel; het slot van de kast is stuk.",
    ],
)
def test_counting_in_words_is_no_code(text: str) -> None:
    assert run(mail(text)) == []


def test_backup_codes_printed_in_two_columns() -> None:
    """batch32's and batch33's class (our own words): recovery codes laid out two a row, as the account page
    prints them, under the paragraph that names them: a list of codes, each one masked."""
    for codes, count in (
        ("  5120-3381    7716-0942\n  2209-4471    8830-1165\n  6602-7359    1198-2046\n", 6),
        ("  5120 3381     7716 0942\n  2209 4471     8830 1165\n", 4),
    ):
        text = f"Hoi Els,\n\nJe herstelcodes voor je account, elke code werkt één keer.\n\n{codes}\nBart"
        (finding,) = run(mail(text))
        assert finding.category == "credential_table" and "7716" not in repr(finding)
        assert finding.evidence[0] == f"tabel met {count} wachtwoorden, bv. [********]"
    timetable = (
        "Hoi Els,\n\nJe herstelcodes vind je op de accountpagina.\n\n  Lokaal 12    Lokaal 14\n  8u30 - 9u20\n\nBart"
    )
    assert run(mail(timetable)) == []


def test_an_answer_led_in_with_a_colon_over_an_outlook_quote() -> None:
    """batch33's class (our own words): a one-line reply that leads up to the password with a few words and a
    colon, over Outlook's quote of the question; the same first line with no question quoted is no answer."""
    question = (
        "\n\n________________________________\nVan: Jeroen Mols <jeroen.mols@sintpieterscollege.be>\n"
        "Onderwerp: gedeelde mailbox\n\nWat was het wachtwoord van de mailbox van 2B ook alweer?\nJeroen"
    )
    answer = "Volgens mij nog altijd hetzelfde: Vlinder2B!25\nAnders even bij ICT vragen."
    (finding,) = run(mail(answer + question))
    assert finding.evidence == ("…Volgens mij nog altijd hetzelfde: [********]",)
    assert run(mail(answer.replace("Vlinder2B!25", "de map van vorig jaar") + question)) == []
    assert run(mail("Volgens mij nog altijd hetzelfde: Vlinder2B!25\n\nGroet")) == []


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("Tijdelijk-55Kp", "strong"),  # a short part that mixes cases is a secret's
        ("Welkom-x7Qr", "strong"),
        ("Lokaal-B12", "no"),  # a room, a class: one case
        ("Erasmus-2B", "no"),
        ("Krokus-2b", "no"),
    ],
)
def test_a_compound_whose_short_part_mixes_cases(token: str, expected: str) -> None:
    """batch32's class (our own words): "Tijdelijk-55Kp", a word and a short part of mixed case and digits, was
    taken for a compound such as a room or class name ("Lokaal-B12")."""
    assert strength(token, 4) == expected


def test_a_key_in_groups_of_four() -> None:
    """batch32's class (our own words): an authenticator's secret key typed in by hand when the QR code will not
    scan, printed in groups of four; groups without a digit, or without a key named, are no key."""
    text = "Lukt de QR-code niet, kies 'code handmatig invoeren' en typ deze geheime sleutel:\n\nK5XQ 2MPL 7RTA W3ZE\n"
    (finding,) = run(mail(text))
    assert finding.category == "credential" and "K5XQ" not in repr(finding) and "7RTA" not in repr(finding)
    assert run(mail(text.replace("K5XQ 2MPL 7RTA W3ZE", "ABCD EFGH IJKL MNOP"))) == []
    assert run(mail("Het lokaal van de groepen: K5XQ 2MPL 7RTA W3ZE staat op het bord.")) == []
    # the key in one piece: "geheime sleutel", "secret key" name a secret as "wachtwoord" does
    for text in (
        "Typ in de authenticator-app deze geheime sleutel: K5XQ2MPL7RTAW3ZE",
        "Enter this secret key in the app: K5XQ2MPL7RTAW3ZE",
    ):
        (finding,) = run(mail(text))
        assert "K5XQ2MPL7RTAW3ZE" not in repr(finding), text


def test_pieces_labelled_by_their_order_after_the_first() -> None:
    """batch35's class (our own words): a password sent in three pieces, the first labelled "eerste stuk:", the
    next ones by their order ("dan:", "en op het einde:"): joined, one secret. Rows with such labels and no first
    piece are no pieces."""
    text = (
        "Wachtwoord van de Instagram van de leerlingenraad, in stukken want ik zit op mijn gsm:\n\n"
        "eerste stuk: Dijle\ndan: Kade\nen op het einde: #2026\n\nalles aan elkaar. Groet, Jo"
    )
    (finding,) = run(mail(text))
    assert finding.category == "credential" and "Kade" not in repr(finding) and "#2026" not in repr(finding)
    agenda = (
        "Wachtwoord vergeten? Zo gaat het:\n\nstap: ga naar de portaalsite\ndan: kies herstellen\n"
        "en op het einde: volg de mail\n\nICT"
    )
    assert run(mail(agenda)) == []


def test_an_alert_level_or_a_dress_code_names_no_access() -> None:
    """batch35's false alarm (our own words): an internal letter with "Dresscode:", a QR code and "code rood" (the
    evacuation) gave the model a T-shirt's name to judge; a code followed by an alert level names no access,
    while a bare code before a number still lets the model decide."""
    text = (
        "Beste collega's,\n\n- Dresscode: de blauwe Dijle-T-shirt.\n- Bij code rood verzamelen we op de speelplaats."
        "\n\nDank je!"
    )
    message = parse(mail(text))
    assert check(message, POLICY) == []
    assert password._access_or_code("bij code rood verzamelen we") is False
    assert password._access_or_code("de code voor de berging is") is True
    assert password._access_or_code("code vak nederlands") is False


def test_a_login_below_a_meeting_invitation_is_not_the_meetings() -> None:
    """batch34's class (our own words): a Teams invitation with its passcode (allowed), and below it in a PS a
    shared drive's login on one line, "Gebruiker: ... - wachtwoord: ...": a meeting has no user, so that password
    is the drive's. The invitation's own passcode still is not a finding."""
    invitation = (
        "Dag allemaal,\n\nDe uitnodiging voor het overleg.\n\nMicrosoft Teams-vergadering\n"
        "Deelnemen op uw computer of mobiele app\nVergadering-id: 318 902 447 561\nWachtwoordcode: Hk4Tz9\n\n"
    )
    ps = "PS: de map met de fiches staat op de NAS.\nGebruiker: wiskunde-team - wachtwoord: Kade#Nas25\n\nJo"
    (finding,) = run(mail(invitation + ps))
    assert "Kade#Nas25" not in repr(finding) and finding.evidence[0].startswith("…Gebruiker: wiskunde-team")
    assert run(mail(invitation + "Tot dan,\nJo")) == []


def test_pieces_under_a_label_that_wrapped_and_a_blank_line() -> None:
    """batch34's class (our own words): the label's sentence wraps once before its colon, and a blank line stands
    between it and the two pieces; joined, they are one secret."""
    text = (
        "Voor de laptop in het secretariaat: ik geef het wachtwoord in twee stukken, zet ze gewoon achter\n"
        "elkaar:\n\nKoepel\n88-Zon!\n\nDe gebruiker is 'onthaal'.\n\nJo"
    )
    (finding,) = run(mail(text))
    assert "Koepel" not in repr(finding) and "88-Zon!" not in repr(finding)
    unsaid = text.replace("in twee stukken, zet ze gewoon achter\nelkaar:", "hieronder, het is het oude niet\nmeer:")
    assert run(mail(unsaid)) == []


def test_a_led_in_answer_may_be_a_year_and_end_its_sentence() -> None:
    """batch36's class (our own words): "Nog altijd dezelfde: 1985. Goed dichtdoen." over the quoted question for
    a storeroom's code: after the colon a year-like number is the code, and a second sentence may follow. Without
    a colon, a year on the reply's first line stays a year."""
    question = "\n\nOp ma 3 feb 2025 om 10:12 schreef Jan <jan@spc.ksleuven.be>:\n> Wat was de code van de berging?\n"
    (finding,) = run(mail("Nog altijd dezelfde: 1985. Wel goed dichtdoen, de deur klemt." + question))
    assert finding.evidence == ("…Nog altijd dezelfde: [********]",)
    assert run(mail("Sinds 1985 dezelfde. Wel goed dichtdoen." + question)) == []


@pytest.mark.parametrize(
    "text",
    [
        "De brandkast heeft een draaicombinatie: 21-08-94, drie keer rechts beginnen.",
        "De cijfercombinatie van het hangslot is 4-1-7.",
    ],
)
def test_a_combination_named_by_its_kind(text: str) -> None:
    """batch37's class (our own words): a lock's combination named by its kind ("draaicombinatie",
    "cijfercombinatie") is a lock's code word: its value counts even when it looks like a date."""
    (finding,) = run(mail(text))
    assert finding.category == "credential" and "21-08-94" not in repr(finding) and "4-1-7" not in repr(finding)


# batch38 and batch39's classes (our own words).
def test_a_code_named_earlier_in_its_sentence_and_given_as_it_is_now() -> None:
    """A code named earlier in its sentence and given as "het is nu X" or "die is voortaan X" after the colon or
    the comma: the pronoun points back at the code, and a time word may stand between the verb and the value.
    Without the time word "het is" still points; a new sentence ends the reading."""
    for text, secret in (
        ("De code van het sleutelkastje in de refter is gewijzigd na de inbraak: het is nu 27-05-81.", "27-05-81"),
        ("Ik heb de pincode van de printer aangepast, die is voortaan 58210.", "58210"),
        ("De toegangscode van de fietsenberging veranderde gisteren, het is 6613.", "6613"),
    ):
        (finding,) = run(mail(text))
        assert finding.category == "credential" and secret not in repr(finding)
        assert finding.evidence[0].endswith("[********]")
    assert run(mail("De code van het sleutelkastje is gewijzigd. Het is nu 27-05-81 en dus tijd voor de les.")) == []
    assert run(mail("Je wachtwoord kies je zelf, het is nu 12 tekens lang.")) == []


def test_a_lock_code_one_number_a_line_under_a_verb_of_opening() -> None:
    """A lock that opens "met" numbers one a line below (a blank line may stand between), four digits or more in
    all and a thing that locks named near; fewer digits, or numbers under a verb with nothing that locks, are no
    code."""
    (finding,) = run(mail("Dag Piet,\n\nDe poort van de fietsenstalling gaat open met\n\n48\n26\n\nDank je.\n"))
    assert finding.category == "credential" and "48" not in repr(finding) and "26" not in repr(finding)
    (finding,) = run(mail("Het hangslot van de container ontgrendel je met:\n5\n1\n9\n7\nGroet\n"))
    assert finding.category == "credential"
    assert run(mail("De poort van de fietsenstalling gaat open met\n\n4\n2\n\nDank je.\n")) == []
    # a lock named by its kind with an adjective: "het digitale slot", "het elektronische slot"
    (finding,) = run(mail("Tot morgen. Het elektronische slot gaat open met\n\n61\n07\n\nGroeten\n"))
    assert finding.category == "credential"
    assert run(mail("De wedstrijd opent met\n\n48\n26\n\nspelers op het veld.\n")) == []


def test_a_spelling_read_out_one_letter_a_line() -> None:
    """A password spelled a letter a line: a capital and small letters named with their letter, and digits said
    one by one with dashes between, under a sentence that names the password; advice that names small letters
    without a letter is no spelling."""
    body = (
        "Dag Sara,\n\nJe wachtwoord is opnieuw ingesteld. Zo typ je het:\n\n"
        "hoofdletter K\nkleine letter r\nkleine letter a\nen dan 4 - 8 - 1 - 6\n\nGroeten\n"
    )
    (finding,) = run(mail(body))
    assert finding.category == "credential" and "kleine letter r" not in repr(finding)
    advice = "Je wachtwoord heeft hoofdletters, kleine letters en cijfers nodig, bv. 4 - 8 - 1 - 6 tekens."
    assert run(mail(advice)) == []
    # each piece counts alone: a capital and small letters named; a letter run and digits said one by one
    letters = "Je nieuwe wachtwoord, letter per letter:\nhoofdletter W\nkleine letter i\nkleine letter m\n\nGroeten\n"
    assert [f.category for f in run(mail(letters))] == ["credential"]
    digits = "Je nieuwe wachtwoord, langzaam gespeld: t o r, dan 3 - 9 - 0 - 2 - 7 zonder spaties.\n"
    assert [f.category for f in run(mail(digits))] == ["credential"]


def test_a_list_of_codes_right_under_its_label_line() -> None:
    """Codes listed on the lines right under a label that ends its line with a colon, with no blank line between:
    a list, as under a blank line."""
    body = "Het noodaccount heeft deze herstelcodes (elk één keer):\n1. 4KQZ-8WPR\n2. M3TD-7XHA\n3. 9VCE-2LNB\n"
    (finding,) = run(mail(body))
    assert finding.category == "credential_table"
    assert finding.evidence == ("tabel met 3 wachtwoorden, bv. [********]",)
    # ... a list of ordinary words under the same label is none
    assert run(mail("Het noodaccount heeft deze herstelcodes (elk één keer):\n1. afdrukken\n2. opbergen\n")) == []


def test_a_bitlocker_recovery_key_by_its_shape_and_check() -> None:
    """Eight groups of six digits, each a multiple of 11: a BitLocker recovery key, with or without a word that
    names it; one group off the check, or a group too few, is another number."""
    key = "-".join(f"{11 * n:06d}" for n in (1234, 52001, 9, 40404, 61111, 777, 23456, 65000))
    (finding,) = run(mail(f"Typ dit in bij het blauwe scherm:\n\n{key}\n\nDaarna start hij op.\n"))
    assert finding.category == "credential" and key not in repr(finding) and key[:13] not in repr(finding)
    off = key[:-1] + str((int(key[-1]) + 1) % 10)
    assert run(mail(f"Referentie van de bestelling: {off}\n")) == []
    assert run(mail(f"Referentie van de bestelling: {key.split('-', 1)[1]}\n")) == []
    (table,) = run(mail(f"Toestel A\t{key}\nToestel B\t{'-'.join([f'{11 * 5:06d}'] * 8)}\n"))
    assert table.category == "credential_table" and table.evidence == ("tabel met 2 wachtwoorden, bv. [********]",)


def test_pieces_over_lines_said_to_be_typed_without_the_line_breaks() -> None:
    """A password cut over lines under its label, said to be typed without the line breaks: one secret."""
    body = "Log in op de pc van het atelier met\nww:\nHamer\nslag-\n42?\n\n(zonder de enters typen)\n"
    (finding,) = run(mail(body))
    assert finding.category == "credential" and "slag-" not in repr(finding)
    assert run(mail("Log in op de pc van het atelier met\nww:\nHamer\nslag-\n42?\n\nDank je.\n")) == []


# batch40 and batch41's classes (our own words).
def test_teams_own_address_is_no_meeting_invitation() -> None:
    """A pupil's start password under "Aanmelden op https://teams.microsoft.com" is a login; a meeting's link
    (".../l/meetup-join/...") still makes a passcode a meeting's."""
    login = "Aanmelden op https://teams.microsoft.com\nGebruiker: lien.maes@leerling.sintpieterscollege.be\n"
    (finding,) = run(mail(login + "Startwachtwoord: Zonnig-72-Kessel\n"))
    assert finding.category == "credential"
    # without the user's line above (which makes any password a login's, beside a meeting too: batch50)
    (finding,) = run(
        mail("Aanmelden op https://teams.microsoft.com met je schoolaccount.\nStartwachtwoord: Zonnig-72-Kessel\n")
    )
    assert finding.category == "credential"
    meeting = "Deelnemen: https://teams.microsoft.com/l/meetup-join/19x\nVergadering-id: 312 554 901\n"
    assert run(mail(meeting + "Wachtwoord: Zonnig-72-Kessel\n")) == []


def test_numbered_codes_side_by_side() -> None:
    """Recovery codes printed in two numbered columns: "1. 8437-2219      6. 1180-6652"."""
    rows = "1. 5521-0937      4. 8810-2246\n2. 6604-1358      5. 7712-9050\n3. 2290-4471      6. 3048-6615\n"
    (finding,) = run(mail(f"De herstelcodes van het gedeelde account:\n\n{rows}\nBewaar ze goed.\n"))
    assert finding.category == "credential_table"
    assert finding.evidence == ("tabel met 6 wachtwoorden, bv. [********]",)


@pytest.mark.parametrize(
    "secret",
    [
        "-----BEGIN OPENSSH PRIVATE KEY-----",
        "-----BEGIN RSA PRIVATE KEY-----",
        "ghp_" + "Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7d",
        "github_pat_" + "11AAQQ22_" + "x" * 40,
        "glpat-" + "Zy8xWv7uTs6rQp5oNm4l",
        "AKIA" + "Q7WERT2YUIOP5ASD",
        "AIza" + "SyD-4k7Lm9Np2Qr5St8Uv1Wx3Yz6Ab9Cd0E",
    ],
)
def test_a_secret_by_its_issuers_format(secret: str) -> None:
    """Keys and tokens whose shape is their issuer's: found without a word that names them, never shown."""
    (finding,) = run(mail(f"Hoi Jef,\n\nvoor de runner op de labo-server:\n\n{secret}\n\nDries\n"))
    assert finding.category == "credential" and secret not in repr(finding)


def test_a_secret_assigned_in_code_or_configuration() -> None:
    """A name holding key, token, secret or password assigned a value with a digit in it: quoted in code, or alone
    on its line in a configuration file; empty values, placeholders, prose labels, values without a digit, a file's
    digest and a path on a share are none."""
    for text, secret in (
        ('    WEATHER_API_KEY = "91b0c2d4e6f8a1b3c5d7e9f0"\n', "91b0c2d4e6f8a1b3c5d7e9f0"),
        ("settings = {'client_secret': 'Qx7-mm2-Lp9-zz4'}\n", "Qx7-mm2-Lp9-zz4"),
        ("DB_HOST=127.0.0.1\nDB_PASSWORD=Labo!Vaart2025\n", "Labo!Vaart2025"),
        ("export SMTP_PASSWORD=kX9mQ2rT7vLp\n", "kX9mQ2rT7vLp"),
    ):
        (finding,) = run(mail(f"Hier de config:\n\n{text}\nGroeten\n"))
        assert finding.category == "credential" and secret not in repr(finding), text
    for text in (
        "APP_NAME=Stageplanner\nDB_PASSWORD=\nMAIL_PASSWORD=\nMAPBOX_TOKEN=<jouw-token-hier>\n",
        'API_KEY = "vul-hier-je-sleutel-in"\n',
        "De token-prijs voor de automaat: 12345678 euro per jaar.\n",
        "SHA256: 9c1e4b7a2d5f8e0b3a6c9d2e5f8a1b4c7d0e3f6a9b2c5d8e1f4a7b0c3d6e9f2a\n",
        "De image staat op \\\\srv-labo01\\images\\LABO-2025-02.wim\n",
    ):
        assert run(mail(f"Hier de config:\n\n{text}\nGroeten\n")) == [], text


def test_what_the_model_may_not_score_in_configuration_and_file_names() -> None:
    """The learned model never scores a placeholder in angle brackets, a configuration line's name with its value
    (the reading judges those values) or a path on a share, and may not call a file's digest under its label a
    secret (batch41's look-alikes, our own words)."""
    assert not password._judged("SENTRY_DSN=<vul-in>") and not password._judged("mapbox_token=<Ab12-cd34")
    assert not password._judged("APP_ENV=Productie2")
    assert not password._judged("\\\\nas-labo\\backups\\Labo-2025-03.vhdx")
    assert password._judged("Labo!Vaart2025") and password._judged("Zonnig-72-Kessel")
    for label in ("SHA256:", "sha-1:", "MD5", "checksum:", "Controlegetal:", "Vingerafdruk:"):
        text = f"De back-up staat klaar.\n\n{label} 9c1e4b7a2d5f8e0b3a6c9d2e5f8a1b4c\n"
        start = text.index("9c1e")
        assert password._model_veto(text, text.lower(), start, start + 32) == "reference", label
    text = "Je account staat klaar.\n\nWachtwoord: 9c1e4b7a2d5f8e0b\n"
    start = text.index("9c1e")
    assert password._model_veto(text, text.lower(), start, start + 16) == ""
    for body in (
        "Dag Koen,\n\nDe nieuwe image voor de labo-pc's staat op \\\\srv-labo01\\images\\LABO-2025-02.wim\n\n"
        "SHA256: 9c1e4b7a2d5f8e0b3a6c9d2e5f8a1b4c7d0e3f6a9b2c5d8e1f4a7b0c3d6e9f2a\n\nControleer hem even.\n",
        "In bijlage de voorbeeldconfig:\n\nAPP_NAME=Labo\nAPP_ENV=local\nDB_PASSWORD=\nMAP_TOKEN=<jouw-token>\n",
    ):
        assert check(parse(mail(body)), POLICY) == []


def test_a_pairing_code_in_two_groups_of_three() -> None:
    """A device's pairing code ("koppelcode") is a code that opens access, and two groups of three digits with a
    dash between are a code as with a space (batch40's class, our own words); the same number as an order's or a
    course's is none."""
    (finding,) = run(mail("Het hoorapparaat opnieuw koppelen: typ de koppelcode 418-207 in de app.\n"))
    assert finding.category == "credential" and "418-207" not in repr(finding)
    (finding,) = run(mail("Je verificatiecode: 418-207\n"))
    assert finding.category == "credential"
    assert run(mail("Bestelnummer 418-207 is vandaag verzonden.\n")) == []
    assert run(mail("De code van het vak is 418-207.\n")) == []


def test_a_file_s_password_beside_a_meeting_invitation() -> None:
    """batch42's class (our own words): an attachment's password written above a meeting's invitation opens the file,
    not the meeting (the line names the file: bestand, bijlage, pdf, document, zip); the invitation's passcode
    alone stays allowed, and so does a password with no file named above the same invitation."""
    invitation = (
        "\n\nMicrosoft Teams-vergadering\nDeelnemen op uw computer, mobiele app of ruimteapparaat\n"
        "Vergaderings-id: 317 552 908 114\nWachtwoordcode: Pq8sW3\n"
    )
    text = "Dag Els,\n\nDe notulen in bijlage zijn beveiligd; het document opent met het wachtwoord Notulen#4417."
    text += invitation
    (finding,) = run(mail(text))
    assert finding.category == "credential" and "Notulen#4417" not in repr(finding) and "Pq8sW3" not in repr(finding)
    assert finding.evidence[0].endswith("opent met het wachtwoord [********]")
    assert run(mail("Dag Els,\n\nTot straks." + invitation)) == []
    no_file = "Dag Els,\n\nVoor de vergadering van straks: het wachtwoord is Notulen#4417." + invitation
    assert run(mail(no_file)) == []  # said of the meeting: its passcode


@pytest.mark.parametrize(
    "text",
    [
        "De combinatie van het geldkistje: 12 rechts - 30 links - 7 rechts.",
        "Het hangslot van de materiaalkast gaat open met 12 naar rechts, 30 naar links en 7 naar rechts.",
        "Kluis bureau directie: 12 rechts, 30 links, 7 rechts",
    ],
)
def test_a_dial_s_turns_with_the_number_first(text: str) -> None:
    """batch42's class (our own words): a dial's turns written number first ("12 rechts") are the combination as
    much as "rechts 12"; a box (geldkistje, koffer) locks as a cabinet does."""
    (finding,) = run(mail(text))
    assert finding.category == "credential"
    assert "30 links" not in repr(finding) and "12" not in finding.evidence[0]


@pytest.mark.parametrize(
    "text",
    [
        "Draai de kraan 3 keer naar links en dan 2 keer naar rechts om het water af te sluiten.",
        "Neem aan de rotonde de 2de afslag rechts, na 300 meter links en dan 50 meter rechts.",
        "De combinatie van kleuren op de affiche: 12 rechts, 30 links, 7 rechts van het logo.",
    ],
)
def test_turns_that_open_nothing(text: str) -> None:
    assert run(mail(text)) == []


def test_a_code_in_two_groups_of_digits() -> None:
    """batch42's class: a keypad's master code printed in two groups ("000-7319") is a PIN's shape; a span of years
    or a phone number is not."""
    for value in ("000-7319", "48-2719", "310-4482", "1234-5678"):
        assert strength(value, 4) in ("pin", "strong"), value
    for value in ("2024-25", "016-123456", "12-345", "1-2345"):
        assert strength(value, 4) not in ("pin",), value
    (finding,) = run(mail("Na de inbraak in blok C: de huidige code van het alarm is 310-4482, graag vervangen."))
    assert "310-4482" not in repr(finding) and finding.evidence[0].endswith("code van het alarm is [********]")
    assert run(mail("De code van het vak is 2024-25 en het lokaal is B012.")) == []


@pytest.mark.parametrize("word", ["mastercode", "installateurscode", "master-code"])
def test_a_master_or_installer_code_is_a_lock_s_code(word: str) -> None:
    """A lock's or an alarm's master code and its installer's code name a secret number by themselves."""
    (finding,) = run(mail(f"Voor de technieker: de {word} is 5518, daarna mag hij gewijzigd worden."))
    assert "5518" not in repr(finding) and finding.category == "credential"


def test_a_user_name_line_over_the_secret_under_a_label() -> None:
    """batch42's class (our own words): under a line that names the password and ends in a colon, the account's user
    name on one line and the secret on the next; the secret counts, the user name stays visible as a name. The same
    lines with a place instead of a secret, or with a gap between the two lines, are no login."""
    text = "Ze kon niet meer in haar wachtwoord, ik heb het opnieuw ingesteld:\n\n  lien.maes\n  Zeester-2281\n\nAn"
    (finding,) = run(mail(text))
    assert "Zeester-2281" not in repr(finding)
    assert finding.evidence == ("…achtwoord, ik heb het opnieuw ingesteld: [********]",)
    assert run(mail("Vragen over je wachtwoord? Kom langs bij:\n\n  jan.peeters\n  lokaal-B12\n\nTot morgen")) == []
    assert check(parse(mail(text.replace(":\n\n  lien.maes\n", ":\n  lien.maes\n\n"))), READING) == []


@pytest.mark.parametrize(
    "text",
    [
        "Het examen Frans (code FR-2B-EX2) gaat door op 14 juni in de turnzaal.",
        "De bijscholing EHBO (code EHBO-24B) gaat door op woensdagnamiddag.",
    ],
)
def test_a_code_in_brackets_after_what_it_identifies(text: str) -> None:
    """batch43's class (our own words): "(code X)" after an exam or a course is its identifier, for the reading and
    for the model alike; and the Dutch "door" ("gaat door": takes place) is no English door that locks."""
    assert run(mail(text)) == []


def test_a_lock_s_code_in_brackets_still_counts() -> None:
    (finding,) = run(mail("Het sleutelkastje (code 4471) hangt links van de inkom."))
    assert "4471" not in repr(finding) and finding.evidence == ("…Het sleutelkastje (code [********]",)


def test_a_lock_set_to_a_number_with_its_subject_after_the_verb() -> None:
    """batch44's class (our own words): Dutch puts the subject after the verb ("vanaf maandag staat de combinatie op
    0-4-1-9"): the lock is set to the number as in "de combinatie staat op"; a meeting that "staat de week erna op"
    a date is no lock."""
    (finding,) = run(mail("Het fietsslot van de berging is nieuw. Sinds vandaag staat de code op 3-8-1-5."))
    assert "3-8-1-5" not in repr(finding) and finding.evidence[0].endswith("staat de code op [********]")
    assert run(mail("De vergadering staat de week erna op 14-03-25 in het register.")) == []


def test_a_spelling_under_a_sentence_that_tells_the_letters_case() -> None:
    """batch44's class (our own words): the password named in one sentence, and the next one says the letters' case
    and ends in a colon over the spelling ("het is alles in kleine letters:"); the same sentence over advice is no
    spelling."""
    text = (
        "De tablet van de klas vraagt na elke update het wachtwoord. Het zijn allemaal kleine letters:\n"
        "z - o - n - n - e - b - l - o - e - m\nen dan 2025 en een hekje."
    )
    (finding,) = run(mail(text))
    assert "z - o - n" not in repr(finding) and finding.evidence[0].endswith("allemaal kleine letters: [********]")
    advice = "Kies een goed wachtwoord. Gebruik kleine letters: dat is makkelijker op de tablet."
    assert run(mail(advice)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Het kluisje: eerst 2 keer naar links tot 14, dan naar rechts tot 3, dan terug naar links tot 27.",
        "De brandkast gaat open met links tot 8, rechts tot 30 en links tot 12.",
    ],
)
def test_a_dial_s_turns_told_with_tot(text: str) -> None:
    """batch45's class (our own words): the turns said with their direction and "tot" the number, the first one
    perhaps with how often it turns."""
    (finding,) = run(mail(text))
    assert "naar rechts tot 3" not in repr(finding) and "rechts tot 30" not in repr(finding)
    (value,) = {hit.value for _, hit in password.find(parse(mail(text)), READING.rules.password)}
    assert value.startswith(("eerst 2 keer naar links tot 14", "links tot 8")), value  # the first turn's lead too


def test_speed_limits_with_tot_are_no_dial() -> None:
    assert run(mail("Sla rechts af tot 50, dan links tot 30 en dan rechts tot 20 km/u, aan de school.")) == []


def test_a_described_password_with_its_value_in_brackets() -> None:
    """batch45's class (our own words): "het wachtwoord is haar geboortedatum (03112010)": the description first, the
    value right after it in brackets; a bracket that names no value ("(zie brief)", a year in an aside) is none."""
    (finding,) = run(mail("Het bestand is beveiligd, het wachtwoord is haar geboortedatum (03112010). Groeten"))
    assert "03112010" not in repr(finding) and finding.evidence[0].endswith("haar geboortedatum ( [********]")
    assert run(mail("Het wachtwoord is de naam van de school (zie de brief van september).")) == []


def test_an_abbreviation_s_value_under_a_user_line() -> None:
    """batch46's class (our own words): "ww" on the line under a user's line ("gebr an.peeters") gives that account's
    password, though its value has no sign; "pw" alone with such a value is still "praktisch werk"."""
    (finding,) = run(mail("Voor de vervanger:\ngebr an.peeters\nww Tulpen2024\n\nGroeten"))
    assert "Tulpen2024" not in repr(finding) and finding.evidence == ("…ww [********]",)
    assert run(mail("Dag klas,\n\nMaak pw Oefening12 tegen vrijdag.\n\nAn")) == []


def test_a_password_with_spaces_between_its_characters() -> None:
    """batch46's class (our own words): letters and then digits one by one with spaces ("z o n n e 2 5") after the
    keyword are the password, as with dashes; digits alone spaced after a page are none."""
    (finding,) = run(mail("Het gedeelde account:\ngebruiker: bezoek.cdo\nwachtwoord: z o n n e 2 5 (zonder spaties)\n"))
    assert "z o n n e" not in repr(finding)
    assert run(mail("Het wachtwoord van de wifi staat op blad 2 4 van de map.")) == []


@pytest.mark.parametrize(
    ("script", "secret"),
    [
        ("net use K: \\\\fs-kessel\\leerkrachten /user:STROOM\\kopie Gr0ene-Appel /persistent:no\n", "Gr0ene-Appel"),
        ("net use \\\\fs-kessel\\scans Scan!Kamer4 /user:scanner\n", "Scan!Kamer4"),  # the password before /user
        ("@echo off\nif exist K: net use K: /delete & net use K: \\\\fs\\k /user:x\\y Ochtend#51\n", "Ochtend#51"),
        ("net user stagiair3 Welkom-Juni24 /add\n", "Welkom-Juni24"),
        ("cmdkey /generic:TERMSRV/rds01 /user:stroom\\beheer /pass:Rds#Kessel81\n", "Rds#Kessel81"),
        ('$pw = ConvertTo-SecureString "Lente!Stroom7" -AsPlainText -Force\n', "Lente!Stroom7"),
        ("New-SmbMapping -LocalPath 'M:' -RemotePath '\\\\fs\\m' -UserName x -Password 'Mei-Regen33'\n", "Mei-Regen33"),
        ('objNet.MapNetworkDrive "M:", "\\\\fs\\media", False, "stroom\\media", "Med1a-Kast"\n', "Med1a-Kast"),
        ("sshpass -p 'Pi-Labo-2025' ssh pi@10.4.0.21 'sudo reboot'\n", "Pi-Labo-2025"),
        ("mysqldump -u backup -pDump0Nacht leerlingen > dump.sql\n", "Dump0Nacht"),
        ("smbclient //fs/archief -U archief%Arch1ef!24 -c 'ls'\n", "Arch1ef!24"),
        ("curl -s -u api:Tok3n-Kessel https://10.4.0.9/export.csv -o export.csv\n", "Tok3n-Kessel"),
        ("wget --user=scan --password=Sc4nner-99 http://10.4.0.30/latest.pdf\n", "Sc4nner-99"),
    ],
)
def test_a_password_on_a_command_line(script: str, secret: str) -> None:
    """A command says which of its arguments is the password: net use's one bare argument beside the drive, the
    share and the switches, net user's second, a /pass: or --password option, ConvertTo-SecureString's plain
    string, MapNetworkDrive's fifth argument, sshpass and mysql's -p, smbclient's user%password and curl's
    user:password. The finding names the credential and shows the secret masked only."""
    raw = attached(script.encode(), "koppelen.cmd", "application", "octet-stream")
    (finding,) = run(raw)
    assert finding.category == "credential" and secret not in repr(finding)
    assert any(f"[{mask(secret)}]" in line for line in finding.evidence)
    assert {hit.value for _, hit in password.find(parse(raw), READING.rules.password)} == {secret}


@pytest.mark.parametrize(
    "script",
    [
        "net use K: \\\\fs-kessel\\leerkrachten /persistent:yes\nnet use K: /delete /y >nul 2>&1\n",
        "net use \\\\print01\\b214\n",
        "net use K: \\\\fs\\k * /user:stroom\\%USERNAME%\n",  # asked at the prompt
        "net use K: \\\\fs\\k %WACHTWOORD% /user:stroom\\jan\n",
        "net use K: \\\\fs\\k !pw! /user:stroom\\jan\n",
        "$pass = Read-Host -AsSecureString\nNew-SmbMapping -RemotePath '\\\\fs\\m' -Password $pass\n",
        "mysql -u root -p leerlingen\n",  # -p alone: asked at the prompt; leerlingen is the database
        "curl -u api: https://10.4.0.9/x\n",
        "rundll32 printui.dll,PrintUIEntry /in /n \\\\srv-print\\B214-kleur\n",
        "netsh wlan connect name=SPC-Personeel\n",
        "robocopy %SRC% %DST% *.cod /MOV /LOG+:C:\\Bank\\coda.log\n",
    ],
)
def test_commands_without_a_password(script: str) -> None:
    """Commands that map a share, print or copy without a password in them, a password asked at the prompt or held
    in a variable: nothing (and the credential model does not score a script's text: asserted by ``run``)."""
    assert run(attached(script.encode(), "koppelen.bat", "application", "x-bat")) == [], script


def test_net_user_in_prose_is_no_command() -> None:
    """The words "net use" and "net user" count as a command only at a line's start or after a command separator:
    the Dutch "net" (just) before an English word in a sentence is prose."""
    for text in (
        "Ik heb net user accounts aangemaakt voor de stagiairs, Lotte2024 krijgt er ook een.\n",
        "Dat is net use cases die we in de les bespraken: Gevaarlijk-Spel2 als titel.\n",
    ):
        assert check(parse(mail(text)), READING) == [], text


def test_a_vpn_or_wifi_key_in_a_configuration_file() -> None:
    """A WireGuard configuration's PrivateKey and PresharedKey, hostapd's wpa_passphrase and a PSK are secrets
    assigned by name like a password."""
    for text, secret in (
        (
            "[Interface]\nPrivateKey = yB4kQ9mT2rV7xL0pN5sW8cE1gJ6hU3aZ9dF2oK5iM0Q=\nAddress = 10.9.0.2/32\n",
            "yB4kQ9mT2rV7",
        ),
        ("[Peer]\nPresharedKey = 7Hq2Lm9Xp4Rt8Wk1Zv6Nb3Cy5Fj0Gs2Du7Ea4Hk9Pc=\n", "7Hq2Lm9Xp4Rt"),
        ("interface=wlan0\nssid=Labo-IoT\nwpa_passphrase=Sensor-Kast-2025\n", "Sensor-Kast-2025"),
        ("wifi:\n  ssid: Labo-IoT\n  psk: 'Iot4Labo!Kessel'\n", "Iot4Labo!Kessel"),
    ):
        (finding,) = run(attached(text.encode(), "labo.conf", "application", "octet-stream"))
        assert finding.category == "credential" and secret not in repr(finding), text
    assert run(attached(b"[Interface]\nAddress = 10.9.0.2/32\nDNS = 10.9.0.1\n", "labo.conf", "text", "plain")) == []


def test_the_model_does_not_score_a_script_s_text() -> None:
    """The credential model learned prose: a script's program names, parameters and paths are no secrets to it
    (before this, it scored 0.8-0.97 on ten printer and reset scripts of the blind batches). The same text in a .txt
    file is scored, and the reading still reads the script."""
    script = "rundll32 printui.dll,PrintUIEntry /in /n \\\\print-kessel\\B1-kleur\n"
    as_text = parse(attached(script.encode(), "printer.txt", "application", "octet-stream"))
    assert password.model_hit(as_text, POLICY.rules.password) is not None
    message = parse(attached(script.encode(), "printer.bat", "application", "octet-stream"))
    assert message.text_parts[-1].filename == "printer.bat" and message.text_parts[-1].text == script
    assert password.model_hit(message, POLICY.rules.password) is None
    assert [prose for *_, prose in password._texts(message)] == [True, True, False]


def test_the_model_does_not_score_a_local_or_registry_path() -> None:
    """A path on a drive or in the registry is no secret for the model to score, as a share's path is not."""
    for path in ("C:\\Bank\\coda.log", "HKLM:\\SOFTWARE\\Kiosk", "hkcu:\\Software\\Stroom2", "D:\\Examens2025"):
        assert not password._judged(path), path
    assert password._judged("C:Bank-2025x") and password._judged("Kiosk2025!")


def test_a_network_key_beside_a_meeting_invitation() -> None:
    """A meeting's passcode is allowed, but a network's key in the same mail opens the network, not the meeting: the
    network named before the key in its sentence says so (batch49)."""
    invite = (
        "Microsoft Teams-vergadering\nDeelnemen: https://teams.microsoft.com/l/meetup-join/19%3ameeting_x\n"
        "Vergadering-id: 312 774 901 55\nWachtwoordcode: kT4pQ9\n\n"
    )
    (finding,) = run(
        mail(invite + "Ben je vroeger op school: het personeelsnetwerk is SPC-Staff, sleutel Lente!Dijle8.\n")
    )
    assert finding.evidence == ("…personeelsnetwerk is SPC-Staff, sleutel [********]",)
    assert run(mail(invite + "Tot dan!\n")) == []


def test_a_file_or_folder_name_is_no_secret_for_the_model() -> None:
    """A name after "bestand", "file", "map", "folder" is a file's or a folder's (a test's answer key, "(bestand
    T3-GES-02_sleutel)"): the model may not call it a secret."""
    for label in ("(bestand ", "bestandsnaam: ", "in de map ", "file: ", "(fichier "):
        text = f"De verbetersleutel staat klaar {label}T3-GES-02_sleutel, niet afdrukken.\n"
        start = text.index("T3-GES")
        assert password._model_veto(text, text.lower(), start, start + 17) == "reference", label
    text = "De verbetersleutel staat klaar: T3-GES-02_sleutel\n"
    start = text.index("T3-GES")
    assert password._model_veto(text, text.lower(), start, start + 17) == ""


def test_the_administration_office_and_mastering_name_no_access() -> None:
    """ "Administratie" (the office) and "beheersen" (to master) name no account's administration: a course code in
    brackets in such a mail is no credential (batch49). "Beheer" and "admin" still do."""
    for line in ("voor jullie administratie het overzicht", "hij beheerst de leerstof", "administratief verlof"):
        assert not password._access_named(line), line
    for line in ("nas beheer: spcadmin", "het admin-account", "de beheerder van de server", "administrator"):
        assert password._access_named(line), line
    body = (
        "Dag Els,\n\nVoor jullie administratie de stagiairs van dit semester:\n\n"
        "Jonas Peeters - mentor An Claes - OPO 'Stage 1' (code B-LER-S1W)\n"
        "Fien Maes - mentor Tom Wouters - OPO 'Stage 1' (code B-LER-S1N)\n\nGroeten\n"
    )
    assert check(parse(mail(body)), POLICY) == []


@pytest.mark.parametrize(
    ("body", "secret"),
    [
        (
            "Je wachtwoord van de planner was verlopen. Ik heb het gereset naar: Herfst#Dijle-41\nWijzig het.",
            "Herfst#Dijle-41",
        ),
        ("Het paswoord van je laptop werkte niet meer. Ik heb het veranderd in Lente7Kessel.", "Lente7Kessel"),
        ("Your password for the planner had expired. I have reset it to: Oak!Leaf-2025", "Oak!Leaf-2025"),
        ("Je wachtwoord was verlopen.\n\nIk heb het gereset naar: Herfst#Dijle-41", "Herfst#Dijle-41"),
    ],
)
def test_a_value_in_the_next_sentence_that_refers_back(body: str, secret: str) -> None:
    """A sentence about a password, then one that refers back to it by a pronoun and a change verb ("Ik heb het
    gereset naar: X"): the value is that password's (batch48), also beside a meeting invitation."""
    invite = "Teams-vergadering\nVergaderings-id: 311 209 448 12\nWachtwoordcode: hT6pQ2\n\n"
    for text in (body, invite + body):
        (finding,) = run(mail(text))
        assert finding.category == "credential" and secret not in repr(finding)
        assert {hit.value for _, hit in password.find(parse(mail(text)), READING.rules.password)} == {secret}


@pytest.mark.parametrize(
    "body",
    [
        "Je wachtwoord van de planner was verlopen. Ik heb het gereset naar de standaardinstellingen.",
        "Het wachtwoord van de vergadering was te lang. Ik heb het veranderd in Dijle7Vergadering.",  # the meeting's
        "Je wachtwoord was verlopen, zegt Tom. Ik heb de printer gereset naar: fabrieksinstellingen",
    ],
)
def test_a_next_sentence_that_refers_to_no_password(body: str) -> None:
    """No value after the change verb, a meeting's passcode changed, or the next sentence's object is a device:
    nothing."""
    invite = "Teams-vergadering\nVergaderings-id: 311 209 448 12\n\n"
    assert run(mail(invite + body)) == [], body


def test_a_family_s_or_a_role_s_login_code() -> None:
    """A parent's, a pupil's or a family's code for a school tool (the parents' evening's booking tool) is a login
    code like a user's code: in a table under "Oudercode", or after its label."""
    table = (
        "<p>Deze ouders hebben nog niet geboekt:</p><table><tr><th>Leerling</th><th>Oudercode</th></tr>"
        "<tr><td>Mila Peeters</td><td>PEE-3A-71KQ</td></tr><tr><td>Rune Maes</td><td>MAE-3A-20XZ</td></tr></table>"
    )
    (finding,) = run(mail(table, html=True))
    assert finding.category == "credential_table" and "PEE-3A-71KQ" not in repr(finding)
    for label in ("Leerlingcode", "Gezinscode", "Je oudercode"):
        (finding,) = run(mail(f"{label}: HUY-4C-55TR\n"))
        assert "HUY-4C-55TR" not in repr(finding), label
    assert run(mail("Op het oudercontact bespreken we de code van goed gedrag.\n")) == []


@pytest.mark.parametrize(
    ("body", "secret"),
    [
        ("Combinatie kluis: 31 – 07 – 88 (eerst naar rechts draaien)\n", "31 – 07 – 88"),
        ("Kluiscombinatie: 14 — 27 — 03\n", "14 — 27 — 03"),
    ],
)
def test_a_dial_with_typographic_dashes(body: str, secret: str) -> None:
    """A dial's numbers joined by typographic dashes (Word turns " - " into " – ") after a combination's label, also
    when they would read as a date."""
    (finding,) = run(mail(body))
    assert {hit.value for _, hit in password.find(parse(mail(body)), READING.rules.password)} == {secret}
    assert secret not in repr(finding)
    assert run(mail("Het examen is op 31 – 07 – 2025 in de sporthal.\n")) == []


def test_a_login_typed_into_the_subject() -> None:
    """A user and a password typed into the subject ("planner jdw / X werkt niet??") while the mail speaks of the
    password: the subject's value counts; a subject with a slash between words or without such a mail does not."""
    (finding,) = run(
        mail(
            "Ik geraak niet binnen met het nieuwe wachtwoord, wat doe ik fout?",
            subject="planner jdw / Tulp2025! werkt niet??",
        )
    )
    assert finding.evidence == ("…planner jdw / [********]",)
    assert run(mail("Ik geraak niet binnen, wat doe ik fout?", subject="planner jdw / Tulp2025! werkt niet??")) == []
    assert run(mail("Mijn wachtwoord werkt niet.", subject="oudercontact / Planning2025 voor 3B")) == []


def test_a_lock_s_code_sent_in_pieces_apart() -> None:
    """A lock's code under a bare "code" (a lock named near), sent in pieces that stand apart by blank lines
    ("eerste helft: 93" ... "tweede helft: 58"): the pieces joined are a PIN (batch50)."""
    body = (
        "De sleutels liggen in het sleutelkastje aan de achterpoort. De code stuur ik in twee stukken.\n\n"
        "eerste helft: 47\n\n\n\ntweede helft: 19\n\nGroeten\n"
    )
    (finding,) = run(mail(body))
    assert finding.evidence == ("…eerste helft: [********]", "…tweede helft: [********]")
    assert run(mail(body.replace("sleutelkastje aan de achterpoort", "lokaal B2"))) == []  # no lock, no login


def test_a_password_whose_thing_is_named_beside_a_meeting_invitation() -> None:
    """Beside a meeting invitation, a password whose thing is named right after the keyword ("het wachtwoord van die
    map is X") or whose user stands on the line above ("Gebruiker: x" over "Wachtwoord: X") is that thing's or
    that account's, not the meeting's (batch50, batch51)."""
    invite = "Microsoft Teams-vergadering\nVergaderings-ID: 381 552 904 17\nWachtwoordcode: Xp7Fq2\n\n"
    for body, secret in (
        ("De foto's staan in de gedeelde map. Het wachtwoord van die map is Brand-April-22.\n", "Brand-April-22"),
        ("De presentatie staat op SharePoint.\nGebruiker: clb-gast\nWachtwoord: Gast!Map-7731\n", "Gast!Map-7731"),
    ):
        (finding,) = run(mail(invite + body))
        assert finding.category == "credential" and secret not in repr(finding)
        assert {hit.value for _, hit in password.find(parse(mail(invite + body)), READING.rules.password)} == {secret}
    assert run(mail(invite + "Het wachtwoord voor de vergadering staat hierboven.\n")) == []


def test_a_label_s_sentence_wrapped_by_the_mail_client() -> None:
    """A keyword at the end of a line of prose that the mail client wrapped is no label over its value: the
    sentence goes on ("... een zin als wachtwoord" over "ingesteld, dat is makkelijker:" and the value below it;
    "... heb ik het wachtwoord" over "gisteren veranderd en het is nu X")."""
    for body, secret in (
        (
            "Voor de gedeelde mailbox van het secretariaat heb ik een zin als wachtwoord\ningesteld, makkelijk te "
            "onthouden:\n\nblauwe-kast-zingt-luid\n\n(alles klein).\n",
            "blauwe-kast-zingt-luid",
        ),
        (
            "Voor de gedeelde mailbox van het secretariaat heb ik het wachtwoord\ngisteren veranderd en het is nu "
            "Kx8!pq2zLm.\n",
            "Kx8!pq2zLm",
        ),
    ):
        assert {hit.value for _, hit in password.find(parse(mail(body)), READING.rules.password)} == {secret}
    assert run(mail("Wachtwoord\nkies je zelf bij de eerste aanmelding.\n")) == []


def test_a_dial_s_turns_alone_under_a_lock() -> None:
    """A dial's turns on a line of their own ("rechts 31 - links 07 - rechts 88") under a sentence that names the lock
    are its combination: no one writes turns but to open a lock; directions or scores without a lock are none."""
    body = "De stick ligt in de kluis van het secretariaat.\nrechts 31 - links 07 - rechts 88\nB.\n"
    (finding,) = run(mail(body))
    assert finding.evidence == ("…k ligt in de kluis van het secretariaat. [********]",)
    assert run(mail("Rijd rechts 3 - links 12 - rechts 8 tot aan de school.\n")) == []
    assert run(mail("De scores: rechts 31 - links 07 - rechts 88 op het bord in de turnzaal.\n")) == []


def test_a_lock_code_column_named_with_a_slash() -> None:
    """A table's column named by two names joined by a slash ("Kluis/code") is a lock's code column, chosen over a
    key's column ("Sleutel" in a key plan is the key itself); rows whose last cells are empty still belong to it."""
    table = (
        "Sleutel | Locatie | Houder | Kluis/code\nS-101 | Hoofdingang | Marc\nS-104 | Turnzaal | LO\n"
        "Kluis poort | Groenstraat | werfleider | 2291\nKluis fietsen | Fietsenstalling | Marc | 9358\n"
    )
    raw = attached(table.encode(), "sleutelplan.csv", "text", "csv")
    (finding,) = run(raw)
    assert finding.category == "credential_table"
    assert {hit.value for _, hit in password.find(parse(raw), READING.rules.password)} == {"2291", "9358"}
    assert password._cell_keyword("PIN/code") == "code" and password._cell_keyword("Lokaal/verdieping") == ""


def test_an_abbreviation_named_by_what_it_opens() -> None:
    """ "admin-ww", "wifi-pw": the abbreviation with what it opens before a hyphen is a password's label; its pieces
    may stand one a line under it, said to be joined (batch53)."""
    body = "Griet,\nadmin-ww van de kopieermachine in het secretariaat:\n\nZonne\nbloem\n77!\n\n(aan elkaar)\nKoen\n"
    (finding,) = run(mail(body))
    assert finding.category == "credential" and "Zonne" not in repr(finding)
    assert password._family("wifi-pw") == "strong"
    assert run(mail("De leerlingen van 3B krijgen ww-les (woordenschat) in lokaal A-12.\n")) == []


def test_a_lock_s_numbers_one_a_line_with_dashes_between() -> None:
    """A lock's code one number a line, under a label that names what it opens before its colon and a blank line, a
    dash on a line of its own between the numbers (batch53)."""
    body = "De code van de kluis (achter mijn bureau):\n\n37\n-\n82\n-\n15\n\nEerst naar rechts draaien.\n"
    (finding,) = run(mail(body))
    assert finding.evidence == ("… code van de kluis (achter mijn bureau): [********]",)
    assert run(mail("De code van het lokaal (achter de trap):\n\n12\n-\n14\n-\n16\n")) == []  # nothing that locks


def test_a_code_to_book_or_enrol_with_is_a_login() -> None:
    """A bare "code" whose sentence says one books or enrols with it ("om de gesprekken te boeken", "om in te
    schrijven") is a tool's login code (batch48's booking tool); with nothing of the kind named the reading does
    not take it (the learned model may still judge it: here it does)."""
    for purpose in ("om de gesprekken te boeken", "om in te schrijven"):
        raw = mail(f"Beste meneer Benali,\n\nUw persoonlijke code {purpose}: BEN-22A-7TQ\n")
        (finding,) = run(raw)
        assert finding.category == "credential" and "BEN-22A-7TQ" not in repr(finding)
        assert {hit.value for _, hit in password.find(parse(raw), READING.rules.password)} == {"BEN-22A-7TQ"}
    plain = parse(mail("Beste meneer Benali,\n\nUw persoonlijke code voor de gesprekken: BEN-22A-7TQ\n"))
    assert check(plain, READING) == []


def test_a_login_told_with_the_split_verb_beside_a_meeting_invitation() -> None:
    """The separable verb conjugated ("de pc meldt zich aan met beheer / X", "je logt in met ...") hands over a user
    and a secret as "aanmelden met" does, also beside a meeting invitation, whose own passcode is no finding
    (batch53). Without a secret after the user it is a sentence about logging in."""
    invite = "Microsoft Teams-vergadering\nVergaderings-ID: 381 552 904 17\nWachtwoordcode: Xp7Fq2\n\n"
    for body, secret in (
        ("Jan, de pc in zaal 2 meldt zich aan met beheer / Kraan!Vis55, zet jij alles klaar?\n", "Kraan!Vis55"),
        ("Op de laptop van het onthaal log je in met onthaal en Zee#Duin-48.\n", "Zee#Duin-48"),
    ):
        assert {hit.value for _, hit in password.find(parse(mail(invite + body)), READING.rules.password)} == {secret}
    for body in ("Je meldt je aan met je naam en je wachtwoord.\n", "De pc meldt zich aan met het schoolaccount.\n"):
        assert run(mail(invite + body)) == []


@pytest.mark.parametrize(
    ("body", "secret"),
    [
        ("Voor de koppeling met het platform:\nAPI-sleutel: ow_live_9xQ2kT7mZ4pLr8Vb\n", "ow_live_9xQ2kT7mZ4pLr8Vb"),
        ("Clé d'API : cl_prod_5Hq8Wz2Rk7Lm3Ty9\n", "cl_prod_5Hq8Wz2Rk7Lm3Ty9"),
    ],
)
def test_an_application_s_key_named_in_dutch_or_french(body: str, secret: str) -> None:
    """An application's key written as a compound ("API-sleutel", "clé d'API"), not only "API key" (batch54)."""
    assert {hit.value for _, hit in password.find(parse(mail(body)), READING.rules.password)} == {secret}


def test_a_code_given_after_a_colon_in_the_sentence_that_refers_back_to_it() -> None:
    """The next sentence opens with a pronoun for the code or password and gives it after a colon ("Hij vraagt een
    verificatiecode. Die kwam net binnen op mijn gsm: 618204", batch54). A colon there that opens no value gives
    nothing, nor does a pronoun for something else."""
    for body, secret in (
        ("Zenolab vraagt een verificatiecode. Die kwam net binnen op mijn gsm: 618204\n", "618204"),
        ("Ik vroeg een nieuw wachtwoord aan. Dat kwam zonet binnen: Kast!Rood-9\n", "Kast!Rood-9"),
    ):
        assert {hit.value for _, hit in password.find(parse(mail(body)), READING.rules.password)} == {secret}
    for body in (
        "Zenolab vraagt een verificatiecode. Die moet je invullen binnen: 10 minuten\n",
        "Ik vroeg een nieuw wachtwoord aan. De lijst met lokalen: B204, B205\n",
    ):
        assert run(mail(body)) == []


def test_a_password_asked_back_after_saying_one_cannot_get_in() -> None:
    """ "Ik kan niet in de gedeelde mailbox. Is het nog steeds X?" checks a secret with no keyword (batch53): after
    a sentence that says the writer cannot get in, a strong value asked back is one. Not a room number or a
    platform's name asked back, nor a strong value after a sentence about something else."""
    for body, secret in (
        ("Ik kan niet in de gedeelde mailbox. Is het nog steeds Herent!Sec2024 of heeft Koen het veranderd?\n",
         "Herent!Sec2024"),
        ("I can't log in to the shared mailbox. Is it still Dijle#Kast77?\n", "Dijle#Kast77"),
    ):  # fmt: skip
        assert {hit.value for _, hit in password.find(parse(mail(body)), READING.rules.password)} == {secret}
    for body in (
        "Ik kan niet in lokaal B204. Is het nog steeds B204?\n",
        "Ik kan niet op het platform. Is het nog steeds Smartschool?\n",
        "Ik kan niet komen. Is het nog steeds Dijle#Kast77?\n",
    ):
        assert password.find(parse(mail(body)), READING.rules.password) == []


def test_a_thing_listed_under_its_code_is_no_secret() -> None:
    """ "Het vak staat onder code STG6ZW-PR": a course listed under its identifier (batch61); a lock that opens under
    its code keeps it."""
    assert run(mail("In Smartschool staat het vak onder code STG6ZW-PR, zoals vorig jaar.\n")) == []
    assert {
        hit.value
        for _, hit in password.find(parse(mail("Het kluisje gaat open met de code 4471.\n")), READING.rules.password)
    } == {"4471"}


def test_zoals_before_a_participle_refers_to_what_was_agreed_not_to_an_example() -> None:
    """ "Zoals aangekondigd in mijn vorige mail: het wachtwoord ... is X" (batch63): "zoals" before a past participle
    ("afgesproken", "aangekondigd", "beloofd", "besproken") says the value was announced, so neither the model's
    advice veto nor the sentence's reading stops at it. "zoals" before a value or an ordinary word is still an
    example."""
    for body, secret in (
        ("Zoals aangekondigd in mijn vorige mail: het wachtwoord voor het zip-bestand met de afspraken van het "
         "netwerkoverleg is Vlinder!0923\n", "Vlinder!0923"),
        ("Het wachtwoord is, zoals afgesproken, Kastanje#4471\n", "Kastanje#4471"),
        ("Het wachtwoord is, zoals besproken, Kastanje#4471\n", "Kastanje#4471"),
    ):  # fmt: skip
        found = check(parse(mail(body)), POLICY)
        assert [(f.rule, f.category) for f in found] == [("password", "credential")]
        assert secret not in str(found[0].evidence) and "[********]" in found[0].evidence[0]
    assert {
        hit.value
        for _, hit in password.find(
            parse(mail("Het wachtwoord van de map, zoals afgesproken: Kastanje#4471\n")), READING.rules.password
        )
    } == {"Kastanje#4471"}  # the reading goes on after "zoals afgesproken" to the colon
    assert run(mail("Het wachtwoord van de map, zoals bijvoorbeeld: Kastanje#4471\n")) == []
    for body in (
        "Kies een wachtwoord zoals Vlinder!0923 of iets even sterks.\n",
        "Het wachtwoord is zoals gewoonlijk niet ingevuld.\n",
        "Een sterk wachtwoord voor het zip-bestand met de verslagen van het overleg is zoals Vlinder!0923\n",
    ):
        assert run(mail(body)) == []


def test_an_example_after_bv_is_advice_also_when_the_abbreviation_ends_with_a_dot() -> None:
    """ "Een goed wachtwoord is bv. X": the dot of "bv." (or "bijv.", "vb.", "e.g.") ends no sentence, so the example
    word is read before the value and the model's candidate is advice. A real sentence end before the keyword does
    not hide the value."""
    for body in (
        "Een goed wachtwoord is bv. Vlinder!0923\n",
        "Het wachtwoord voor het zip-bestand met de afspraken van het overleg is bijv. Vlinder!0923\n",
        "A good password for the shared folder with the minutes of the meeting is e.g. Vlinder!0923\n",
    ):
        assert run(mail(body)) == []
    found = check(parse(mail("Alles staat in de map van het overleg. Het wachtwoord voor het zip-bestand met de "
                             "afspraken van het netwerkoverleg is Vlinder!0923\n")), POLICY)  # fmt: skip
    assert [(f.rule, f.category) for f in found] == [("password", "credential")]


def test_a_passphrase_named_as_a_wachtwoordzin() -> None:
    """ "wachtwoordzin" (a passphrase: wachtwoord + zin) names a secret as "wachtwoord" does (batch62): its value, a
    few plain words joined by dashes, below it or after a colon. Advice about choosing one has no value."""
    for body in (
        "Bij het openen van de map vraagt ze een wachtwoordzin:\n\nblauw-konijn-eet-wortel\n\nZeg het mondeling.\n",
        "De wachtwoordzin van de kluis: groene-tram-rijdt-traag\n",
    ):
        found = check(parse(mail(body)), READING)
        assert [(f.rule, f.category) for f in found] == [("password", "credential")]
        assert "konijn" not in str(found[0].evidence) and "tram" not in str(found[0].evidence)
    assert run(mail("Kies een lange wachtwoordzin van vier woorden, dat is veiliger.\n")) == []
    assert run(mail("Wachtwoordzinnen zijn langer en dus sterker dan een wachtwoord van acht tekens.\n")) == []
