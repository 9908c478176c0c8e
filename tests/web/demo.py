"""Realistic Dutch demo data for the web console: held messages with findings, incidents spread
over weeks, a few decisions. Used by the screenshots (tests/web/test_browser.py) and by
bench/web_latency.py (many messages). Names and addresses are made up."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP

from discretie.message import parse
from discretie.model import Action, Finding, Message, Severity, Verdict
from discretie.policy import Policy
from discretie.store import Store

SCHOOL = "sintpieterscollege.be"

TEACHERS = [
    ("Jan Peeters", "jan.peeters"),
    ("Sofie Maes", "sofie.maes"),
    ("Koen Jacobs", "koen.jacobs"),
    ("Els Vermeulen", "els.vermeulen"),
    ("An Devos", "an.devos"),
    ("Pieter Claes", "pieter.claes"),
    ("Lotte Wouters", "lotte.wouters"),
    ("Bram Goossens", "bram.goossens"),
]
PARENTS = [
    "ouder.janssens@gmail.com",
    "l.wouters@telenet.be",
    "mama.noor@outlook.be",
    "papa.diallo@hotmail.com",
    "k.de.smet@skynet.be",
    "familie.verhoeven@gmail.com",
]
PUPILS = ["Emma", "Lucas", "Noor", "Mila", "Arthur", "Lina", "Jules", "Fien", "Adam", "Elena"]

MEDICAL = "Medische informatie over een leerling: deel dit via het leerlingvolgsysteem, niet per e-mail."
FAMILY = "Informatie over de gezinssituatie van een leerling: deel dit via het leerlingvolgsysteem, niet per e-mail."
PSYCHO = "Psychosociale informatie over een leerling: deel dit via het leerlingvolgsysteem, niet per e-mail."
CARE = "Zorginformatie over een leerling (begeleiding, ondersteuning): deel dit via het leerlingvolgsysteem."
FINANCIAL = "Financiële informatie over een leerling of het gezin: deel dit via het leerlingvolgsysteem."
ARCHIVE = (
    "De bijlage is een archief dat niet gecontroleerd kan worden (met wachtwoord, te diep genest of "
    "onbekend formaat); de privacyverantwoordelijke bekijkt het."
)
SELF_FORWARD = "Schoolmail lijkt doorgestuurd naar uw eigen privémailbox; dat mag niet (§3.2, §3.3)."


@dataclass(frozen=True)
class Demo:
    subject: str
    sender: tuple[str, str]
    to: tuple[str, ...]
    cc: tuple[str, ...]
    body: str
    findings: tuple[Finding, ...]
    age: float  # seconds before "now"
    html: str | None = None
    attachment: tuple[str, str, bytes] | None = None  # filename, content type, bytes


def _f(rule: str, category: str, severity: Severity, reason: str, *evidence: str) -> Finding:
    return Finding(rule=rule, category=category, severity=severity, reason=reason, evidence=evidence)


def build_raw(demo: Demo, message_id: str) -> bytes:
    msg = EmailMessage(policy=SMTP)
    name, local = demo.sender
    msg["From"] = f"{name} <{local}@{SCHOOL}>"
    msg["To"] = ", ".join(demo.to)
    if demo.cc:
        msg["Cc"] = ", ".join(demo.cc)
    msg["Subject"] = demo.subject
    msg["Date"] = "Mon, 10 Mar 2025 10:00:00 +0100"
    msg["Message-ID"] = f"<{message_id}@{SCHOOL}>"
    msg.set_content(demo.body)
    if demo.html is not None:
        msg.add_alternative(demo.html, subtype="html")
    if demo.attachment is not None:
        filename, ctype, data = demo.attachment
        maintype, _, subtype = ctype.partition("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg.as_bytes()


def held_demos() -> list[Demo]:
    """Six held messages, as a DPO would find them on a Monday morning."""
    return [
        Demo(
            subject="Verslag CLB-gesprek Emma (3B)",
            sender=("Jan Peeters", "jan.peeters"),
            to=("ouder.janssens@gmail.com",),
            cc=(f"an.devos@{SCHOOL}",),
            body=(
                "Beste mevrouw Janssens,\n\n"
                "Dank u voor het gesprek van gisteren. Zoals afgesproken stuur ik u een korte samenvatting.\n\n"
                "Emma volgt sinds januari therapie bij de kinderpsycholoog voor haar angststoornis. De "
                "klassenraad stelt voor dat ze voorlopig extra tijd krijgt bij toetsen en dat ze bij paniek "
                "even naar het leerlingensecretariaat mag gaan.\n\n"
                "We bekijken de situatie opnieuw na de krokusvakantie. Aarzel niet om mij te contacteren "
                "als u vragen hebt.\n\n"
                "Met vriendelijke groeten,\n\nJan Peeters\nklastitularis 3B\nSint-Pieterscollege Leuven\n"
            ),
            findings=(
                _f(
                    "sensitive",
                    "medical",
                    Severity.HIGH,
                    MEDICAL,
                    "…Emma volgt sinds januari [therapie] bij de kinderpsycholoog…",
                    "…de kinderpsycholoog voor haar [angststoornis]. De klassenraad…",
                ),
            ),
            age=35 * 60,
            html=(
                "<p>Beste mevrouw Janssens,</p><p>Dank u voor het gesprek van gisteren. Zoals afgesproken "
                "stuur ik u een korte samenvatting.</p><p>Emma volgt sinds januari <b>therapie</b> bij de "
                "kinderpsycholoog voor haar angststoornis.</p><p>Met vriendelijke groeten,<br>Jan Peeters</p>"
            ),
        ),
        Demo(
            subject="Thuissituatie Lucas – vertrouwelijk",
            sender=("Sofie Maes", "sofie.maes"),
            to=("l.wouters@telenet.be",),
            cc=(),
            body=(
                "Dag meneer Wouters,\n\nIk wil u even laten weten dat Lucas de laatste weken erg stil is in "
                "de klas. Hij vertelde dat jullie sinds kort gescheiden zijn en dat hij om de week bij "
                "zijn mama verblijft.\n\nKunnen we volgende week een gesprek plannen?\n\nVriendelijke groet,\n"
                "Sofie Maes\nleerkracht Nederlands"
            ),
            findings=(
                _f(
                    "sensitive",
                    "family",
                    Severity.HIGH,
                    FAMILY,
                    "…dat jullie sinds kort [gescheiden] zijn en dat hij…",
                ),
            ),
            age=2 * 3600 + 600,
        ),
        Demo(
            subject="Opvolging leerling 4 Latijn",
            sender=("Koen Jacobs", "koen.jacobs"),
            to=("trajectbegeleider@clb-partner.be",),
            cc=(f"zorgteam@{SCHOOL}",),
            body=(
                "Beste collega,\n\nNaar aanleiding van ons overleg: bij Mila is er een vermoeden van "
                "zelfverwonding. Zij heeft dit zelf aangegeven bij haar vertrouwensleerkracht.\n\nKunt u "
                "deze week nog contact opnemen met de ouders?\n\nMet dank,\nKoen Jacobs\nzorgcoördinator"
            ),
            findings=(
                _f(
                    "sensitive",
                    "psychosocial",
                    Severity.HIGH,
                    PSYCHO,
                    "…bij Mila is er een vermoeden van [zelfverwonding]. Zij heeft…",
                ),
            ),
            age=5 * 3600,
        ),
        Demo(
            subject="Puntenlijst 5A (met wachtwoord)",
            sender=("Els Vermeulen", "els.vermeulen"),
            to=("els.vermeulen73@gmail.com",),
            cc=(),
            body=("Om thuis verder te werken aan de rapporten.\n\nHet wachtwoord stuur ik via sms.\n\nEls"),
            findings=(
                _f(
                    "private_account",
                    "self_forward",
                    Severity.HIGH,
                    SELF_FORWARD,
                    "els.vermeulen@… → [els.vermeulen73@gmail.com]",
                ),
                _f("attachment", "archive", Severity.MEDIUM, ARCHIVE, "punten-5A.zip: [versleuteld ZIP-archief]"),
            ),
            age=26 * 3600,
            attachment=("punten-5A.zip", "application/zip", b"PK\x03\x04\x14\x00\x01\x00" + bytes(200)),
        ),
        Demo(
            subject="Zorgplan Noor – redelijke aanpassingen",
            sender=("Lotte Wouters", "lotte.wouters"),
            to=("mama.noor@outlook.be",),
            cc=(),
            body=(
                "Beste mevrouw,\n\nIn bijlage vindt u het zorgplan dat we op de klassenraad bespraken. Noor "
                "heeft een gemotiveerd verslag en krijgt daarom de volgende aanpassingen: voorleessoftware, "
                "toetsen in een aparte ruimte en een vereenvoudigde planning.\n\nGroetjes,\nLotte Wouters"
            ),
            findings=(
                _f(
                    "sensitive",
                    "care",
                    Severity.MEDIUM,
                    CARE,
                    "…Noor heeft een [gemotiveerd verslag] en krijgt daarom…",
                ),
            ),
            age=2 * 86400 + 3 * 3600,
        ),
        Demo(
            subject="Schoolrekening familie Diallo – afbetalingsplan",
            sender=("Pieter Claes", "pieter.claes"),
            to=("papa.diallo@hotmail.com", "k.de.smet@skynet.be"),
            cc=(),
            body=(
                "Geachte heer Diallo,\n\nWe ontvingen uw vraag om de schoolrekening in schijven te betalen. "
                "Omdat het gezin momenteel leeft van een leefloon, stellen we een afbetalingsplan voor van "
                "4 maandelijkse schijven.\n\nMet vriendelijke groeten,\nPieter Claes\nboekhouding"
            ),
            findings=(
                _f(
                    "sensitive",
                    "financial",
                    Severity.HIGH,
                    FINANCIAL,
                    "…Omdat het gezin momenteel leeft van een [leefloon], stellen we…",
                ),
                _f(
                    "personal_data",
                    "phone",
                    Severity.INFO,
                    "Telefoonnummer in de tekst.",
                    "…bereikbaar op [04** ** ** 17]…",
                ),
            ),
            age=3 * 86400 + 5 * 3600,
        ),
    ]


def hold_demo(store: Store, policy: Policy, demo: Demo, message_id: str) -> str:
    raw = build_raw(demo, message_id)
    sender = f"{demo.sender[1]}@{SCHOOL}"
    message = parse(raw, sender, demo.to + demo.cc)
    notable = [f for f in demo.findings if f.severity is not Severity.INFO]
    decisive = tuple(dict.fromkeys(f.rule for f in notable))
    verdict = Verdict(action=Action.HOLD, findings=demo.findings, would_action=Action.HOLD, decisive=decisive)
    return store.hold(raw=raw, message=message, verdict=verdict, policy=policy, peer="10.20.0.15:51234")


class SettableClock:
    def __init__(self, now: float):
        self.now = now

    def __call__(self) -> float:
        return self.now


def _simple_message(sender: str, rcpts: tuple[str, ...], subject: str, number: int) -> Message:
    raw = (
        f"From: {sender}\r\nTo: {', '.join(rcpts)}\r\nSubject: {subject}\r\n"
        f"Message-ID: <incident-{number}@{SCHOOL}>\r\n\r\nTekst.\r\n"
    ).encode()
    return parse(raw, sender, rcpts)


INCIDENT_KINDS: list[tuple[str, Action, Finding]] = [
    (
        "bcc",
        Action.REWRITE,
        _f(
            "bcc",
            "visible_recipients",
            Severity.MEDIUM,
            "Ouders stonden zichtbaar in Aan/CC; verplaatst naar BCC.",
            "Aan: [12 externe adressen]",
        ),
    ),
    (
        "password",
        Action.REJECT,
        _f("password", "password", Severity.HIGH, "Wachtwoord in de e-mail.", "…wachtwoord: [********]…"),
    ),
    (
        "private_account",
        Action.REJECT,
        _f("private_account", "private", Severity.HIGH, "Privé-account voor schoolzaken.", "[k.d****@gmail.com]"),
    ),
    (
        "attachment",
        Action.REJECT,
        _f(
            "attachment",
            "executable",
            Severity.HIGH,
            "De bijlage is een programma.",
            "factuur.pdf.exe: [extensie .exe]",
        ),
    ),
    (
        "sensitive",
        Action.FORWARD,
        _f("sensitive", "care", Severity.MEDIUM, CARE, "…krijgt [extra begeleiding] bij…"),
    ),
]


def fill_demo(store: Store, policy: Policy, clock: SettableClock, *, now: float, weeks: int = 10) -> list[str]:
    """Incidents over ``weeks`` weeks, the six held messages, and one released and one rejected
    message. Returns the references of the held messages (newest first)."""
    rnd = random.Random(7)
    for week in range(weeks, 0, -1):
        for _ in range(rnd.randint(1, 7)):
            rule, action, finding = rnd.choice(INCIDENT_KINDS)
            clock.now = now - week * 7 * 86400 + rnd.uniform(0, 5 * 86400)
            _name, local = rnd.choice(TEACHERS)
            message = _simple_message(f"{local}@{SCHOOL}", (rnd.choice(PARENTS),), "x", rnd.randrange(10**9))
            verdict = Verdict(action=action, findings=(finding,), would_action=action, decisive=(rule,))
            store.record(message=message, verdict=verdict, action=action, policy=policy)
    # decided ones (older than the waiting ones)
    extra = [
        Demo(
            subject="Attest afwezigheid Arthur",
            sender=("An Devos", "an.devos"),
            to=("k.de.smet@skynet.be",),
            cc=(),
            body="Beste ouder,\n\nHierbij het attest van de huisarts voor de afwezigheid van Arthur.\n\nAn",
            findings=(_f("sensitive", "medical", Severity.MEDIUM, MEDICAL, "…attest van de [huisarts] voor…"),),
            age=4 * 86400,
        ),
        Demo(
            subject="Leerlingenlijst met adressen 6C",
            sender=("Bram Goossens", "bram.goossens"),
            to=("bram.goossens.prive@gmail.com",),
            cc=(),
            body="Voor thuis.\n\nBram",
            findings=(
                _f("private_account", "self_forward", Severity.HIGH, SELF_FORWARD, "→ [bram.goossens.prive@gmail.com]"),
            ),
            age=5 * 86400,
        ),
    ]
    refs_decided = []
    for i, demo in enumerate(extra):
        clock.now = now - demo.age
        refs_decided.append(hold_demo(store, policy, demo, f"demo-decided-{i}"))
    clock.now = now - 4 * 86400 + 3600
    store.release(refs_decided[0], actor="an.peeters", via="web", note="Attest mag naar de ouder zelf.")
    for item in store.outbox_items(states=["pending"]):
        if item.kind == "release" and item.ref == refs_decided[0]:
            clock.now += 4
            store.release_delivered(item.id, refs_decided[0], reply="250 2.0.0 Ok: queued", policy=policy)
    store.reject(refs_decided[1], actor="an.peeters", via="web", note="Geen leerlingenlijsten naar privéadressen.")
    refs = []
    for i, demo in enumerate(held_demos()):
        clock.now = now - demo.age
        refs.append(hold_demo(store, policy, demo, f"demo-{i}"))
    clock.now = now
    return refs


SUBJECTS = [
    "Verslag oudercontact {pupil}",
    "Opvolging {pupil} – klassenraad",
    "Afwezigheid {pupil} deze week",
    "Zorgoverleg {pupil}",
    "Vraag over {pupil} (vertrouwelijk)",
    "Resultaten {pupil} en begeleiding",
]
BODIES = [
    "{pupil} volgt sinds kort therapie bij een psycholoog; graag extra aandacht in de klas.",
    "De ouders van {pupil} zijn gescheiden; communicatie verloopt via beide ouders.",
    "{pupil} heeft een gemotiveerd verslag en krijgt redelijke aanpassingen bij toetsen.",
    "Het gezin van {pupil} heeft financiële moeilijkheden; de schoolrekening wordt gespreid.",
]


def bulk_demo(index: int, rnd: random.Random) -> Demo:
    """A small varied held message for load tests."""
    pupil = rnd.choice(PUPILS)
    name, local = rnd.choice(TEACHERS)
    category, reason, term = rnd.choice(
        [
            ("medical", MEDICAL, "therapie"),
            ("family", FAMILY, "gescheiden"),
            ("care", CARE, "gemotiveerd verslag"),
            ("financial", FINANCIAL, "financiële moeilijkheden"),
        ]
    )
    findings: tuple[Finding, ...] = (_f("sensitive", category, Severity.HIGH, reason, f"…{pupil} … [{term}] …"),)
    if index % 7 == 0:
        findings += (_f("attachment", "archive", Severity.MEDIUM, ARCHIVE, "lijst.zip: [versleuteld]"),)
    body = rnd.choice(BODIES).format(pupil=pupil)
    return Demo(
        subject=rnd.choice(SUBJECTS).format(pupil=pupil) + f" #{index}",
        sender=(name, local),
        to=(rnd.choice(PARENTS),),
        cc=(f"{rnd.choice(TEACHERS)[1]}@{SCHOOL}",) if index % 3 == 0 else (),
        body=f"Beste ouder,\n\n{body}\n\nMet vriendelijke groeten,\n{name}\n",
        findings=findings,
        age=0.0,
    )


def fill_bulk(
    store: Store,
    policy: Policy,
    clock: SettableClock,
    *,
    count: int,
    now: float,
    days: float = 30.0,
    progress: Callable[[int], None] | None = None,
) -> list[str]:
    """``count`` held messages spread over ``days`` days (oldest first). Returns their refs."""
    rnd = random.Random(11)
    refs = []
    for i in range(count):
        clock.now = now - days * 86400 * (1 - i / max(count, 1))
        refs.append(hold_demo(store, policy, bulk_demo(i, rnd), f"bulk-{i}"))
        if progress is not None and i % 500 == 0:
            progress(i)
    clock.now = now
    return refs
