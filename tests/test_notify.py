"""Notification mails: facts only for the DPO, plain Dutch for the sender, proper auto-mail headers."""

from __future__ import annotations

import email
import email.headerregistry
import email.policy
import email.utils
import re
from email.message import EmailMessage
from types import SimpleNamespace

import pytest

from discretie import notify, texts
from discretie.message import parse
from discretie.model import Action, Finding, Severity, Verdict
from discretie.policy import Policy, load_policy
from tests.test_store import COLLEAGUE, PARENT, SECRET_MARK, SENDER, hold_verdict, sample_raw, sensitive_finding

AT = 1_750_000_000.0


@pytest.fixture(scope="module")
def policy() -> Policy:
    return load_policy(None)


def read(data: bytes) -> EmailMessage:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def body_of(data: bytes) -> str:
    text = read(data).get_content()
    assert isinstance(text, str)
    return text


def facts(policy: Policy, verdict: Verdict | None = None, action: Action = Action.HOLD) -> notify.IncidentFacts:
    raw = sample_raw(subject="Verslag CLB Emma")
    message = parse(raw, SENDER, (PARENT, COLLEAGUE, "klas-3b@spc.ksleuven.be"))
    return notify.incident_facts(
        ref="D-ABCD2345", at=AT, message=message, verdict=verdict or hold_verdict(), action=action, policy=policy
    )


def test_incident_facts_count_recipients_and_summarise_findings(policy: Policy) -> None:
    """Staff count as internal; parents, pupils and group addresses as external."""
    f = facts(policy)
    assert (f.rcpt_internal, f.rcpt_external) == (1, 2)
    assert f.rules == ("sensitive",) and f.categories == ("medical",)
    assert f.severity is Severity.HIGH and f.action is Action.HOLD and not f.audit
    assert f.message_id == "<verslag-1@spc.ksleuven.be>"


def test_dpo_report_has_facts_and_auto_mail_headers(policy: Policy) -> None:
    note = notify.dpo_report(facts(policy), policy)
    assert note.kind == "dpo_report"
    assert note.rcpt_tos == ("privacy@lksd.ksleuven.be",)
    msg = read(note.data)
    assert msg["To"] == "privacy@lksd.ksleuven.be"
    assert msg["From"] == "Discretie <discretie@lksd.ksleuven.be>"
    assert msg["Auto-Submitted"] == "auto-generated"
    assert msg["X-Auto-Response-Suppress"] == "All"
    assert msg["X-Discretie-Ref"] == "D-ABCD2345"
    assert msg["Message-ID"].endswith(f"@{policy.server.hostname}>")
    assert msg["Date"]
    assert msg["Subject"] == "[Discretie] D-ABCD2345: vastgehouden voor controle (gevoelige info)"
    body = body_of(note.data)
    for expected in (
        "D-ABCD2345",
        SENDER,
        "1 intern",
        "2 extern",
        "gevoelige info (§3.3)",
        "- gevoelige info (§3.3) · medisch · ernst hoog: ",
        "medisch",
        "hoog",
        "Medische informatie over een leerling.",
        "discretie queue show D-ABCD2345",
        "discretie queue release D-ABCD2345",
    ):
        assert expected in body, expected
    assert "webconsole" not in body  # the policy names no console
    assert "verslag-1" not in body  # not even the Message-ID: a client may build it from the subject


def test_dpo_report_carries_no_evidence_and_links_the_console(policy: Policy) -> None:
    """Issue 14: the report said ``[ADHD] bij "leerling L. V."``. It names rules and categories
    and where to look, never a matched term, a name or any other evidence."""
    verdict = Verdict(
        Action.HOLD,
        (
            Finding("sensitive", "medical", Severity.HIGH, "Medische informatie.", ('[ADHD] bij "leerling L. V."',)),
            Finding("password", "credential", Severity.HIGH, "Er staat een wachtwoord in.", ("…login: [********]",)),
        ),
        would_action=Action.HOLD,
        decisive=("sensitive", "password"),
    )
    school = policy.school.model_copy(update={"console_url": "https://discretie.spc.ksleuven.be:8025"})
    with_console = policy.model_copy(update={"school": school})
    held = notify.dpo_report(facts(with_console, verdict), with_console).data
    rejected = notify.dpo_report(facts(with_console, verdict, Action.REJECT), with_console).data
    for data in (held, rejected):
        text = read(data)["Subject"] + body_of(data)
        for leak in ("ADHD", "L. V.", "leerling L", "[********]", "login:", "    bewijs:"):
            assert leak not in text, leak
        assert "gevoelige info (§3.3) · medisch · ernst hoog: Medische informatie." in text
        assert "wachtwoord (§3) · inloggegevens · ernst hoog: Er staat een wachtwoord in." in text
    assert "webconsole:     https://discretie.spc.ksleuven.be:8025/queue/D-ABCD2345" in body_of(held)
    assert "opdrachtregel:  discretie queue show D-ABCD2345" in body_of(held)
    assert "webconsole:     https://discretie.spc.ksleuven.be:8025/incidents/D-ABCD2345" in body_of(rejected)
    assert "opdrachtregel:  discretie incidents show D-ABCD2345" in body_of(rejected)


def test_console_url_is_checked_when_the_policy_loads() -> None:
    from discretie.policy import PolicyError, parse_policy

    good = parse_policy("version: 1\nschool:\n  console_url: https://console.spc.ksleuven.be:8025/\n")
    assert good.school.console_url == "https://console.spc.ksleuven.be:8025"
    with pytest.raises(PolicyError, match="console_url"):
        parse_policy("version: 1\nschool:\n  console_url: javascript:alert(1)\n")


def test_dpo_report_never_carries_the_message_itself(policy: Policy) -> None:
    """No subject, no body text, no recipient address in the DPO report."""
    data = notify.dpo_report(facts(policy), policy).data
    text = read(data)["Subject"] + body_of(data)
    assert "Verslag CLB Emma" not in text
    assert SECRET_MARK not in text
    assert PARENT not in text and COLLEAGUE not in text


def test_dpo_report_in_audit_mode_says_what_would_have_happened(policy: Policy) -> None:
    verdict = Verdict(Action.FORWARD, (sensitive_finding(),), would_action=Action.HOLD, audit_only=("sensitive",))
    f = facts(policy, verdict, Action.FORWARD)
    assert f.audit and f.would_action is Action.HOLD
    note = notify.dpo_report(f, policy)
    assert "audit" in read(note.data)["Subject"]
    assert "zonder auditmodus: vastgehouden" in body_of(note.data)


@pytest.mark.parametrize("kind", notify.NOTICE_KINDS)
def test_sender_notices_are_dutch_and_cite_the_policy(policy: Policy, kind: str) -> None:
    """Every notice goes to the sender, replies reach the DPO, and it quotes the policy paragraph."""
    note = notify.sender_notice(
        kind,
        policy=policy,
        ref="D-ABCD2345",
        at=AT,
        made_at=AT,
        sender=SENDER.upper(),
        recipients=2,
        findings=[sensitive_finding()],
        rules=["sensitive"],
        moved=[PARENT],
        message="Gebruik Smartschool.",
    )
    assert note is not None and note.kind == f"notice_{kind}"
    assert note.rcpt_tos == (SENDER,)
    msg = read(note.data)
    assert msg["Reply-To"] == "privacy@lksd.ksleuven.be"
    assert msg["Auto-Submitted"] == "auto-generated"
    assert "D-ABCD2345" in msg["Subject"]
    assert msg["In-Reply-To"] is None  # the original's Message-ID may carry its subject
    body = body_of(note.data).replace("\r\n", "\n")
    assert "Beste collega" in body and "D-ABCD2345" in body
    if kind != "released":
        assert "§3.3" in body
    if kind in ("held", "warning", "rejected", "refused"):
        assert "Medische informatie over een leerling." in body
    if kind == "rewrite":
        assert "o***@gmail.com" in body and PARENT not in body and "BCC" in body
    if kind in ("released", "partial", "rejected"):
        assert "Bericht van de privacyverantwoordelijke:\nGebruik Smartschool." in body
    else:
        assert "Gebruik Smartschool." not in body
    assert "therapie" not in body  # the evidence never


def test_notice_date_is_when_it_is_made_not_when_the_mail_came_in(policy: Policy) -> None:
    """Issue 15: a release or reject notice written days later carried the receipt time as its
    Date:, so it was filed days back in the teacher's inbox. The text still says when the
    original came in."""
    later = AT + 3 * 86400 + 3600
    note = notify.sender_notice(
        "released",
        policy=policy,
        ref="D-ABCD2345",
        at=AT,
        made_at=later,
        sender=SENDER,
        recipients=1,
        findings=[],
        rules=["sensitive"],
    )
    assert note is not None
    msg = read(note.data)
    assert email.utils.parsedate_to_datetime(msg["Date"]).timestamp() == later
    assert notify.local_time(AT) in body_of(note.data)


def test_hostile_message_cannot_inject_headers_or_terminal_escapes(policy: Policy) -> None:
    """The reviewer's message is the only free text in a notice: control characters and bidi
    overrides go, it stays in the body."""
    message = "Hallo\r\nBcc: victim@example.com\x1b[31m rood\u202e" + "x" * 6000
    note = notify.sender_notice(
        "rejected",
        policy=policy,
        ref="D-1",
        at=AT,
        made_at=AT,
        sender=SENDER,
        recipients=1,
        findings=[sensitive_finding()],
        rules=["sensitive"],
        message=message,
    )
    assert note is not None
    msg = read(note.data)
    assert msg["Bcc"] is None
    assert "\x1b" not in note.data.decode("ascii", "replace")
    body = body_of(note.data)
    assert "\x1b" not in body and "\u202e" not in body
    assert "x" * 4000 in body and "x" * 5000 not in body  # cut at notify.MAX_MESSAGE


def test_text_overrides_from_the_policy_are_used(policy: Policy) -> None:
    """A ``texts:`` key overrides the default; an unknown placeholder is left as written."""
    texts = SimpleNamespace(
        notice_held_subject="Vastgehouden [{ref}]",
        notice_held_body="Hallo, {subject} wacht. {onbekend} Groeten.",
    )
    custom = policy.model_copy(update={"texts": texts})
    note = notify.sender_notice(
        "held",
        policy=custom,
        ref="D-9",
        at=AT,
        made_at=AT,
        sender=SENDER,
        recipients=1,
        findings=[],
        rules=[],
    )
    assert note is not None
    assert read(note.data)["Subject"] == "Vastgehouden [D-9]"
    # {subject} (from policies written before issue 14) no longer gives the subject
    assert body_of(note.data).strip() == "Hallo, referentie D-9 wacht. {onbekend} Groeten."


def test_notify_from_can_be_configured(policy: Policy) -> None:
    school = SimpleNamespace(**{**vars(policy.school), "notify_from": "noreply@spc.ksleuven.be"})
    custom = policy.model_copy(update={"school": school})
    assert notify.notify_from(custom) == "noreply@spc.ksleuven.be"
    assert notify.notify_from(policy) == "discretie@lksd.ksleuven.be"


def test_placeholders_cover_every_default_text() -> None:
    """The placeholder list (for texts.PLACEHOLDERS) matches what each default uses."""
    import string

    assert set(texts.PLACEHOLDERS) == set(texts.DEFAULTS)
    for key, template in texts.DEFAULTS.items():
        used = {name for _, name, _, _ in string.Formatter().parse(template) if name}
        assert used <= texts.PLACEHOLDERS[key], key


def test_utf8_addresses_still_make_a_valid_mail(policy: Policy) -> None:
    note = notify.sender_notice(
        "warning",
        policy=policy,
        ref="D-1",
        at=AT,
        made_at=AT,
        sender="jörg.müller@spc.ksleuven.be",
        recipients=1,
        findings=[Finding("sensitive", "care", Severity.MEDIUM, "Zorginformatie.")],
        rules=["sensitive"],
    )
    assert note is not None
    assert read(note.data)["To"] == "jörg.müller@spc.ksleuven.be"


def _without_message_id(data: bytes) -> bytes:
    return re.sub(rb"Message-ID:\s*<[^>]*>", b"Message-ID: <>", data)


@pytest.mark.parametrize("rcpt", ["privacy@lksd.ksleuven.be", "privé@lksd.ksleuven.be"])
@pytest.mark.parametrize(
    "subject, body",
    [
        ("Discretie: bericht D-ABCDEFGH vastgehouden (gevoelig)", "Beste,\n\nEen regel met é.\n" * 30),
        ("Onderwerp met é en een heel lange tekst " * 5, "Kort.\n"),
        ("Lang", "Lange regel zonder einde " * 200 + "\n"),
        ("Tab", "tab\there ünïcödé \U0001f600\n"),
    ],
)
def test_notifications_are_the_bytes_the_stdlib_builds(
    policy: Policy, monkeypatch: pytest.MonkeyPatch, rcpt: str, subject: str, body: str
) -> None:
    """The header classes made once (notify._Headers) change nothing in the mail: the same bytes as
    with the stdlib's own SMTP policies, UTF-8 addresses and folded headers included."""

    def build() -> bytes:
        note = notify._build(
            policy=policy,
            kind="report",
            rcpt=rcpt,
            subject=subject,
            body=body,
            ref="D-ABCDEFGH",
            reply_to="ict@sintpieterscollege.be",
            made_at=1_790_000_000.0,
            also=("an.devos@sintpieterscollege.be",),
        )
        return _without_message_id(note.data)

    made_once = build()
    monkeypatch.setattr(notify, "_SMTP", email.policy.SMTP)
    monkeypatch.setattr(notify, "_SMTPUTF8", email.policy.SMTPUTF8)
    assert made_once == build()
    assert b"Subject:" in made_once and b"X-Discretie-Ref: D-ABCDEFGH" in made_once


def test_header_classes_are_made_once_per_name_and_bounded() -> None:
    headers = notify._Headers()
    assert headers["Subject"] is headers["subject"]
    assert issubclass(headers["To"], email.headerregistry.AddressHeader)
    assert issubclass(headers["X-Discretie-Ref"], email.headerregistry.UnstructuredHeader)
    for n in range(notify.MADE_HEADERS + 10):
        assert issubclass(headers[f"X-Header-{n}"], email.headerregistry.UnstructuredHeader)
    assert len(headers._made) == notify.MADE_HEADERS
