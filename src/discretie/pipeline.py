"""Run the enabled rules over a message and decide what happens: strictest action wins.

reject > hold > rewrite > forward. Rules only report findings; the action of a finding comes
from the rule's config: ``category_actions[category]``, else ``action``; ``internal_action``
replaces it when every recipient is school staff. ``info`` findings never act.
A rule that crashes does not let the message through unchecked: its error becomes a finding
that holds the message for the DPO (mail is never lost and never leaks because of a bug).

Bounces. A delivery report (``multipart/report``) with the null sender whose every envelope
recipient is school staff or a general school account is checked without the content it
returns: when Discretie refuses a mail, the school's MTA bounces it to the teacher with the
original (or its headers) attached, and that returned copy would be refused again, so the
teacher would never hear why. The parts the MTA wrote itself (the explanation, the top-level
headers, any attachment of its own) are still checked. A null-sender mail to anyone else
(a parent, a pupil, a group address) is checked in full: otherwise ``MAIL FROM:<>`` would be a
way around every rule. See docs/security.md.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Iterable

from discretie.model import Action, Finding, Message, Severity, Verdict
from discretie.policy import Policy
from discretie.rules import RULES

log = logging.getLogger(__name__)


_REPORT = re.compile(r"\s*multipart/report\s*(;|$)", re.IGNORECASE)
# Where a report returns the original: the whole message, or its headers only (RFC 6522, 6533).
RETURNED_TYPES = frozenset({"text/rfc822-headers", "message/rfc822", "message/global", "message/global-headers"})


def is_bounce_to_staff(message: Message, policy: Policy) -> bool:
    """A report (``multipart/report``) with the null envelope sender, and every envelope
    recipient staff or a general school account (``School.is_internal``)."""
    rcpts = message.envelope.rcpt_tos
    if message.envelope.mail_from or not rcpts or not all(policy.school.is_internal(r) for r in rcpts):
        return False
    content_type = message.header("content-type")
    return bool(content_type) and _REPORT.match(content_type[0]) is not None


def without_returned_content(message: Message) -> Message:
    """``message`` without what a report returns: the parts of an attached message (and any
    text inside it), the returned headers, and text attachments (a report has none of its own)."""
    return dataclasses.replace(
        message,
        text_parts=tuple(p for p in message.text_parts if p.source == "body" and p.content_type not in RETURNED_TYPES),
        attachments=tuple(a for a in message.attachments if a.depth == 0 and a.content_type not in RETURNED_TYPES),
    )


def recipients(message: Message) -> tuple[str, ...]:
    """Envelope recipients, or the header recipients when there is no envelope (offline scan)."""
    if message.envelope.rcpt_tos:
        return tuple(r.lower() for r in message.envelope.rcpt_tos)
    return tuple(a.key for a in message.to + message.cc + message.bcc)


def finding_action(finding: Finding, policy: Policy, all_internal: bool) -> Action:
    """The action one finding asks for under ``policy``, before audit mode and approvals."""
    if finding.severity is Severity.INFO:
        return Action.FORWARD
    if finding.category == "error":
        return Action.HOLD
    config = policy.rule_config(finding.rule)
    action: Action = config.category_actions.get(finding.category, config.action)
    if all_internal and config.internal_action is not None:
        action = config.internal_action
    return action


def _run(message: Message, policy: Policy, rcpts: tuple[str, ...]) -> Iterable[Finding]:
    sender = message.sender
    for rule_id, rule in RULES.items():
        config = policy.rule_config(rule_id)
        if not config.enabled or policy.exempt(rule_id, sender, rcpts):
            continue
        try:
            yield from rule.check(message, policy)
        except Exception as exc:  # a rule bug must not lose or leak mail
            log.exception("rule %s failed", rule_id)
            yield Finding(
                rule=rule_id,
                category="error",
                severity=Severity.HIGH,
                reason="Interne fout bij de controle: het bericht wordt nagekeken door de privacyverantwoordelijke.",
                evidence=(type(exc).__name__,),
            )


def check(message: Message, policy: Policy, approved: frozenset[str] = frozenset()) -> Verdict:
    """Decide on ``message``. ``approved`` names rules a reviewer already approved for this
    message (a released hold): their findings are kept for the record but do not act. A bounce
    to staff is checked without the content it returns (see the module's docstring)."""
    if is_bounce_to_staff(message, policy):
        message = without_returned_content(message)
    rcpts = recipients(message)
    all_internal = bool(rcpts) and all(policy.school.is_internal(r) for r in rcpts)
    findings = tuple(_run(message, policy, rcpts))

    action = would = Action.FORWARD
    decisive: list[str] = []
    audited: list[str] = []
    move: dict[str, None] = {}
    for finding in findings:
        wanted = finding_action(finding, policy, all_internal)
        if finding.rule in approved:
            # A reviewer released it: that includes a hold caused by the rule crashing, or a
            # message on which a rule always crashes could never be released.
            wanted = Action.FORWARD
        if wanted is Action.FORWARD:
            continue
        config = policy.rule_config(finding.rule)
        audit = policy.mode == "audit" or config.mode == "audit"
        if wanted.rank > would.rank:
            would = wanted
        if audit:
            audited.append(finding.rule)
            continue
        if wanted is Action.REWRITE:
            move.update(dict.fromkeys(a.lower() for a in finding.move_to_bcc))
        if wanted.rank > action.rank:
            action, decisive = wanted, [finding.rule]
        elif wanted is action and finding.rule not in decisive:
            decisive.append(finding.rule)
    return Verdict(
        action=action,
        findings=findings,
        move_to_bcc=tuple(move),
        would_action=would,
        decisive=tuple(decisive),
        audit_only=tuple(dict.fromkeys(audited)),
    )
