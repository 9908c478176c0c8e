"""Notification mails: facts only for the DPO, plain Dutch for the sender, proper auto-mail headers."""

from __future__ import annotations

import email
import email.policy
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
        "<verslag-1@spc.ksleuven.be>",
        "[therapie]",
        "discretie queue release D-ABCD2345",
    ):
        assert expected in body, expected


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
        sender=SENDER.upper(),
        subject="Verslag CLB Emma",
        recipients=2,
        findings=[sensitive_finding()],
        rules=["sensitive"],
        moved=[PARENT],
        note="Gebruik Smartschool.",
    )
    assert note is not None and note.kind == f"notice_{kind}"
    assert note.rcpt_tos == (SENDER,)
    msg = read(note.data)
    assert msg["Reply-To"] == "privacy@lksd.ksleuven.be"
    assert msg["Auto-Submitted"] == "auto-generated"
    assert "Verslag CLB Emma" in msg["Subject"]
    body = body_of(note.data)
    assert "Beste collega" in body and "D-ABCD2345" in body
    if kind != "released":
        assert "§3.3" in body
    if kind in ("held", "warning", "rejected"):
        assert "Medische informatie over een leerling." in body
    if kind == "rewrite":
        assert PARENT in body and "BCC" in body
    if kind in ("released", "rejected"):
        assert "Gebruik Smartschool." in body


@pytest.mark.parametrize("sender", ["", "iemand@gmail.com", "no-at-sign"])
def test_no_notice_to_outside_or_empty_senders(policy: Policy, sender: str) -> None:
    """No backscatter: only school addresses get notices."""
    note = notify.sender_notice(
        "held",
        policy=policy,
        ref="D-1",
        at=AT,
        sender=sender,
        subject="x",
        recipients=1,
        findings=[],
        rules=["sensitive"],
    )
    assert note is None


def test_hostile_subject_cannot_inject_headers_or_terminal_escapes(policy: Policy) -> None:
    subject = "Hallo\r\nBcc: victim@example.com\x1b[31m rood\u202e" + "x" * 500
    note = notify.sender_notice(
        "held",
        policy=policy,
        ref="D-1",
        at=AT,
        sender=SENDER,
        subject=subject,
        recipients=1,
        findings=[sensitive_finding()],
        rules=["sensitive"],
    )
    assert note is not None
    msg = read(note.data)
    assert msg["Bcc"] is None
    assert "\x1b" not in note.data.decode("ascii", "replace")
    assert len(msg["Subject"]) < 260
    assert "\x1b" not in body_of(note.data) and "\u202e" not in body_of(note.data)


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
        sender=SENDER,
        subject="Uitstap",
        recipients=1,
        findings=[],
        rules=[],
    )
    assert note is not None
    assert read(note.data)["Subject"] == "Vastgehouden [D-9]"
    assert body_of(note.data).strip() == "Hallo, Uitstap wacht. {onbekend} Groeten."


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
        sender="jörg.müller@spc.ksleuven.be",
        subject="Één",
        recipients=1,
        findings=[Finding("sensitive", "care", Severity.MEDIUM, "Zorginformatie.")],
        rules=["sensitive"],
    )
    assert note is not None
    assert read(note.data)["To"] == "jörg.müller@spc.ksleuven.be"
