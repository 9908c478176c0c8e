"""``recipient``: Bericht over een leerling naar de verkeerde ouders; verschrijving in een ouderadres (§2, §3.3).

Works only with the school's pupil list (``Policy.roster``, imported with ``discretie roster import``);
without one it finds nothing. Two findings:

- ``other_pupil`` (HIGH): the mail goes to parents known in the roster, it is about a pupil (see below),
  and none of the pupils it is about is a child of any recipient, while no pupil of the recipients is
  named either. Misdirected mail is the most reported data breach: Outlook's autocomplete offers the
  parent of another pupil with the same first name, or a reply goes to the wrong thread.
- ``address_typo`` (MEDIUM): an outside recipient that is not in the roster but one or two characters away
  from a parent's or pupil's address (a letter missing, added, swapped or wrong; ``gmial.com``;
  ``.be`` for ``.com``).

What makes a mail *about* a pupil: a strong reference (full name, initials or first name with a class:
"Mathis Lemmens", "L.M. uit 5C", "Lore B. (4B)"), or a first name that the mail itself marks as the
recipients' child ("ouders van Noor", "uw dochter Noor", "de mama van Noor"). A bare first name is not
enough: teachers, parents and siblings share first names with pupils. A first name of a recipient's child
anywhere in the mail counts as naming that child, unless it is also the first name of the pupil the mail
is about (then it is read as that pupil). When the mail speaks of the recipient's own child without a
name ("uw zoon"), another pupil's full name is read as a third party (a conflict, a group task), not as
the subject; only a name the mail marks as the child then counts.

Evidence: initials only ("over L. M.") and counts; never a name, never an address in clear.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from discretie.config import RuleConfig
from discretie.model import Action, Finding, Kind, Message, PupilRef, Severity
from discretie.redact import masked_list
from discretie.rules.base import Rule

if TYPE_CHECKING:
    from discretie.policy import Policy

STRONG = frozenset({"full_name", "initials_class"})

# Words right before a name that make it the recipients' child: "ouders van", "uw zoon", "mama van" ...
_CHILD_MARKER = re.compile(
    r"(?:\b(?:ouders?|mama|papa|moeder|vader|mams|paps|plusouders?|pleegouders?|grootouders?)\s+van"
    r"|\b(?:uw|jullie|je|jouw)\s+(?:zoon|zoontje|dochter|dochtertje|kind|kindje|pupil)"
    r"|\b(?:zoon|dochter)(?:\s+en\s+\w+)?)[ \t]*[,:]?[ \t]*$",
    re.IGNORECASE,
)
_MARKER_WORDS = ("van", "zoon", "dochter", "kind", "pupil")
# The recipients' own child without a name: then another pupil's name is a third party.
_OWN_CHILD = re.compile(
    r"\b(?:[Uu]w|[Jj]ullie)\s+(?:zoon|zoontje|dochter|dochtertje|kind|kindje|pupil|kinderen)\b(?!\s*,?\s*[A-Z])"
)


class Config(RuleConfig):
    action: Action = Action.HOLD
    check_typos: bool = True
    message: str = (
        "Uw bericht noemt een leerling, maar ging naar de ouders van een andere leerling, of naar een adres dat "
        "op dat van een ouder lijkt maar er net van verschilt. Controleer de ontvangers (§2, §3.3: let op wie u "
        "bij de ontvangers plaatst); de privacyverantwoordelijke kijkt het bericht na."
    )
    other_pupil_reason: str = "Dit bericht gaat over een andere leerling dan die van de ontvanger."
    typo_reason: str = (
        "Een ontvangersadres verschilt één of twee tekens van het adres van een ouder of leerling: "
        "controleer of het juist is."
    )


def _recipients(message: Message) -> tuple[str, ...]:
    if message.envelope.rcpt_tos:
        return tuple(dict.fromkeys(r.strip().lower() for r in message.envelope.rcpt_tos))
    return tuple(dict.fromkeys(a.key for a in message.to + message.cc + message.bcc))


def _marked(text: str, start: int) -> bool:
    before = text[max(0, start - 32) : start].lower()
    return any(word in before for word in _MARKER_WORDS) and _CHILD_MARKER.search(before) is not None


def check(message: Message, policy: Policy) -> list[Finding]:
    roster = policy.roster
    if roster is None:
        return []
    config: Config = policy.rules.recipient
    own = {message.sender, *(a.key for a in message.from_)}
    outside = [
        r for r in _recipients(message) if r not in own and policy.school.classify(r) in (Kind.EXTERNAL, Kind.PUPIL)
    ]
    findings: list[Finding] = []
    if config.check_typos:
        typos = [
            r
            for r in outside
            if policy.school.classify(r) is Kind.EXTERNAL
            and not roster.is_known_address(r)
            and roster.near_known_address(r)
        ]
        if typos:
            findings.append(
                Finding(
                    rule="recipient",
                    category="address_typo",
                    severity=Severity.MEDIUM,
                    reason=config.typo_reason,
                    evidence=(f"{len(typos)} adres(sen) dat op een gekend adres lijkt: {masked_list(typos)}",),
                )
            )
    children: set[str] = set()
    parents = 0
    for r in outside:
        kids = roster.children_of(r)
        if kids:
            parents += 1
            children |= kids
    if not children:
        return findings
    text = message.text
    refs = roster.find(text)
    if not refs:
        return findings
    by_span: dict[tuple[int, int], list[PupilRef]] = {}
    pupils_at: dict[tuple[int, int], set[str]] = {}
    for ref in refs:
        by_span.setdefault((ref.start, ref.end), []).append(ref)
        pupils_at.setdefault((ref.start, ref.end), set()).update(roster.members(ref.pupil))
    marked_spans = [span for span in by_span if _marked(text, span[0])]
    strong_spans = [span for span, group in by_span.items() if group[0].kind in STRONG]
    if marked_spans:
        subject_spans = marked_spans
    elif _OWN_CHILD.search(text):
        subject_spans = []  # "uw zoon" without a name: other names are third parties
    else:
        subject_spans = strong_spans
    about = {pupil for span in subject_spans for pupil in pupils_at[span]}
    if not about or about & children:
        return findings
    for pupils in pupils_at.values():
        if pupils & about:
            continue  # this mention is read as the pupil the mail is about
        if pupils & children:
            return findings  # a recipient's child is named too
    shown = sorted({by_span[span][0].initials for span in subject_spans})
    findings.append(
        Finding(
            rule="recipient",
            category="other_pupil",
            severity=Severity.HIGH,
            reason=config.other_pupil_reason,
            evidence=(
                f"over {', '.join(shown[:3]) or 'een leerling'}; {parents} ontvanger(s) zijn ouders van "
                f"{len(children)} andere leerling(en)",
            ),
        )
    )
    return findings


RULE = Rule(
    id="recipient",
    description="Bericht over een leerling naar de verkeerde ouders; verschrijving in een ouderadres",
    paragraph="§2, §3.3",
    config=Config,
    check=check,
)
