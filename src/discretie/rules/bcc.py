"""``bcc``: Zichtbare ontvangers en groepsadressen die in BCC horen (§3.1, §3.3).

Two findings, both MEDIUM and both carrying the rewrite (``Finding.move_to_bcc``):

- ``group``: a group address of the school (``school.group_addresses``: ouders@, klas-*@ ...) or a
  list of staff (``school.staff_groups``: vakgroep*@, klassenraad*@, wiskunde@ ...) is visible in To or
  Cc. §3.1: a group address always goes in BCC.
- ``visible_recipients``: more than ``max_visible_external`` distinct visible recipients are
  parents, pupils or other externals, who can see each other's address. §3.3: "zo veel mogelijk
  BCC". Colleagues (staff and general school accounts) do not count and stay visible; nor do the
  school's pupils when only they are visible, to each other (their school mailboxes are in the
  school's directory; ``count_pupils_among_themselves: true`` counts them).

The sender's own address never counts and never moves. Evidence keeps counts and masked
addresses (``j***@gmail.com``), at most a handful, never the full list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import Field

from discretie.config import RuleConfig
from discretie.model import Action, Address, Finding, Kind, Message, Severity
from discretie.redact import masked_list
from discretie.rules.base import Rule

if TYPE_CHECKING:
    from discretie.policy import Policy

EVIDENCE_ADDRESSES = 5  # masked addresses listed in the evidence; the rest is a count


class Config(RuleConfig):
    action: Action = Action.REWRITE
    max_visible_external: int = Field(default=1, ge=0)
    # pupils' school mailboxes visible only to each other (a group work's five pupils in To) count too
    count_pupils_among_themselves: bool = False
    message: str = (
        "Uw bericht ging naar meerdere ouders, leerlingen of externen die elkaars adres konden zien. "
        "§3.1 en §3.3: groepsadressen en meerdere ontvangers horen in BCC. Discretie heeft hen in BCC gezet."
    )


def _is_group(address: Address, policy: Policy) -> bool:
    return policy.school.classify(address.key) in (Kind.GROUP, Kind.STAFF_GROUP)


def _one_family(outsiders: list[str], policy: Policy) -> bool:
    """A pupil and one of that pupil's own parents, known as such in the school's pupil list: they know each
    other's address (a mail to a pupil with the mother in Cc). Two parents of one pupil may not (parents who
    live apart), nor may anyone without a roster to tell."""
    roster = policy.roster
    if roster is None or len(outsiders) != 2:
        return False
    first, second = outsiders
    return any(
        bool(roster.pupils_at(pupil) & roster.children_of(parent))
        for pupil, parent in ((first, second), (second, first))
    )


def check(message: Message, policy: Policy) -> list[Finding]:
    config: Config = policy.rules.bcc
    own = {message.sender, *(a.key for a in message.from_)}
    unique: dict[str, Address] = {}
    for address in message.visible_recipients:
        if address.key and address.key not in own:
            unique.setdefault(address.key, address)

    groups: list[str] = []
    outsiders: list[str] = []
    pupils = 0
    for key, address in unique.items():
        if _is_group(address, policy):
            groups.append(key)
        elif (kind := policy.school.classify(key)) in (Kind.PUPIL, Kind.EXTERNAL):
            outsiders.append(key)
            pupils += kind is Kind.PUPIL
    if pupils == len(outsiders) and not config.count_pupils_among_themselves:
        outsiders = []  # the school's own pupils, visible only to each other: the school's directory shows them anyway

    findings: list[Finding] = []
    if groups:
        findings.append(
            Finding(
                rule="bcc",
                category="group",
                severity=Severity.MEDIUM,
                reason="Een groepsadres stond zichtbaar bij Aan/CC; groepsadressen horen altijd in BCC (§3.1).",
                evidence=(f"{len(groups)} groepsadres(sen) zichtbaar in Aan/CC: {', '.join(groups[:5])}",),
                move_to_bcc=tuple(groups),
            )
        )
    if len(outsiders) > config.max_visible_external and not _one_family(outsiders, policy):
        findings.append(
            Finding(
                rule="bcc",
                category="visible_recipients",
                severity=Severity.MEDIUM,
                reason=(
                    f"{len(outsiders)} ouders, leerlingen of externen konden elkaars e-mailadres zien "
                    "(Aan/CC); zet hen in BCC (§3.3)."
                ),
                evidence=(
                    f"{len(outsiders)} externe ontvangers zichtbaar in Aan/CC: "
                    f"{masked_list(outsiders, EVIDENCE_ADDRESSES)}",
                ),
                move_to_bcc=tuple(outsiders),
            )
        )
    return findings


RULE = Rule(
    id="bcc",
    description="Zichtbare ontvangers en groepsadressen die in BCC horen",
    paragraph="§3.1, §3.3",
    config=Config,
    check=check,
)
