"""Core value types shared by the parser, the rules, the pipeline and the relay.

Everything here is an immutable dataclass: a rule receives a :class:`Message` and returns
:class:`Finding` objects; the pipeline folds them into a :class:`Verdict`.
"""

from __future__ import annotations

import bisect
import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Protocol


class Action(enum.StrEnum):
    """What happens to a message. Ordered by strictness: the strictest action wins."""

    FORWARD = "forward"
    REWRITE = "rewrite"
    HOLD = "hold"
    REJECT = "reject"

    @property
    def rank(self) -> int:
        return _ACTION_RANK[self]


_ACTION_RANK = {Action.FORWARD: 0, Action.REWRITE: 1, Action.HOLD: 2, Action.REJECT: 3}


class Severity(enum.StrEnum):
    """How serious a finding is. ``info`` findings never cause an incident or an action."""

    INFO = "info"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.INFO: 0, Severity.LOW: 1, Severity.MEDIUM: 2, Severity.HIGH: 3}


class Kind(enum.StrEnum):
    """Who an address belongs to, as far as the policy can tell."""

    STAFF = "staff"  # personal school address of a staff member
    FUNCTIONAL = "functional"  # general school account: info@, directie@ ...
    GROUP = "group"  # a school address that reaches a group: ouders@, klas-3b@ ...
    STAFF_GROUP = "staff_group"  # a school list that reaches a group of staff only: vakgroep-wiskunde@, klassenraad4a@
    PUPIL = "pupil"  # pupil mailbox (leerling.<school>)
    EXTERNAL = "external"  # anything else: parents, partners, private mailboxes


# The kinds inside the staff: what ``School.is_internal`` answers, what no rule counts as outside the school.
INTERNAL_KINDS = frozenset({Kind.STAFF, Kind.FUNCTIONAL, Kind.STAFF_GROUP})


@dataclass(frozen=True, slots=True)
class Address:
    """One mailbox from a header. ``addr`` is the addr-spec as written; compare with :attr:`key`."""

    name: str
    addr: str

    @property
    def key(self) -> str:
        return self.addr.strip().lower()

    @property
    def local(self) -> str:
        return self.key.rpartition("@")[0]

    @property
    def domain(self) -> str:
        return self.key.rpartition("@")[2]


@dataclass(frozen=True, slots=True)
class TextPart:
    """Decoded text of one MIME part (HTML already converted to text).

    ``source`` says where it came from: ``"body"`` for the message's own text parts,
    ``"attachment"`` for a text attachment, ``"embedded"`` for a part of an attached
    message/rfc822. ``filename`` is set for attachments. ``locations`` is set for text read from a
    document (PDF, Office, ...): ``(offset, "pagina 2")`` pairs in text order, so evidence can say
    where in the attachment a match is (:meth:`where`).
    """

    text: str
    content_type: str
    source: str = "body"
    filename: str | None = None
    locations: tuple[tuple[int, str], ...] = ()

    def where(self, offset: int) -> str:
        """Where ``offset`` of :attr:`text` lies, for evidence: ``"bijlage verslag.pdf, pagina 2"``;
        ``""`` for text that is not from a document."""
        if not self.locations:
            return ""
        index = bisect.bisect_right(self.locations, offset, key=lambda item: item[0]) - 1
        label = self.locations[max(index, 0)][1]
        return f"bijlage {self.filename or '(zonder naam)'}, {label}" if label else f"bijlage {self.filename}"


@dataclass(frozen=True, slots=True)
class Link:
    """An HTML anchor in a text part (not in attachments): ``href`` as written and the ``text`` a
    reader sees for it (whitespace folded)."""

    href: str
    text: str


@dataclass(frozen=True, slots=True)
class Attachment:
    """A part with a file name or a non-text content type. ``data`` is the decoded payload."""

    filename: str | None
    content_type: str
    data: bytes
    inline: bool = False
    depth: int = 0  # how many message/rfc822 levels deep

    @property
    def size(self) -> int:
        return len(self.data)


@dataclass(frozen=True, slots=True)
class DocumentRead:
    """What reading one document attachment gave (``discretie.documents``). ``status``: ``read``;
    ``unreadable`` (encrypted, damaged, over its budget: the gateway could not check it); ``scanned``
    (pages are images, no text layer); ``not_read`` (a format recognised but not read, e.g. Word 97).
    ``detail`` says why in Dutch; ``name`` is the file name (``outer.msg › inner.pdf`` when nested)."""

    name: str
    kind: str
    status: str
    detail: str = ""
    chars: int = 0


@dataclass(frozen=True, slots=True)
class Envelope:
    """SMTP envelope. ``mail_from`` is ``""`` for the null sender."""

    mail_from: str
    rcpt_tos: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SenderHistory:
    """What the store knows of the sender's recent mail, as the rules see it (``Message.history``).

    The relay reads it from the store (``Store.sender_activity``) before the rules run, with this
    message already counted, and sets it on the message; a rule stays a pure function of
    (message, policy). ``None`` on a message checked offline (``scan``, ``policy diff``, a release):
    then only the message itself counts. Counts are of recipients outside the staff (parents,
    pupils, group addresses, anyone outside the school), never their addresses."""

    externals: int  # recipients outside the staff in the last ``window`` seconds, this message included
    unlisted: int  # of them, outside the school's own audience (``rules.hijack.Outside.unlisted``)
    messages: int  # messages to such recipients in that window, this one included
    window: float  # seconds
    max_externals: int  # most outside recipients of one earlier message of this sender that went out
    first_seen: float | None  # when this sender first mailed outside the staff (within the retention)
    burst: bool  # a message of this sender was stopped as a burst within the window (the burst goes on)
    blocked: bool  # the sender is blocked until the DPO lifts it (``discretie sender unblock``)


@dataclass(frozen=True)
class Message:
    """A parsed message. Built by :func:`discretie.message.parse`; never mutated."""

    envelope: Envelope
    headers: tuple[tuple[str, str], ...]  # (lower-case name, decoded value), in order
    subject: str
    from_: tuple[Address, ...]
    to: tuple[Address, ...]
    cc: tuple[Address, ...]
    bcc: tuple[Address, ...]
    message_id: str
    text_parts: tuple[TextPart, ...]
    attachments: tuple[Attachment, ...]
    size: int
    defects: tuple[str, ...] = ()
    # Header lines a mail client may read differently from the parser (Dutch, for the sender): the
    # relay refuses such a message. See discretie.message._header_problem.
    header_problems: tuple[str, ...] = ()
    documents: tuple[DocumentRead, ...] = ()  # document attachments read (discretie.documents)
    links: tuple[Link, ...] = ()  # HTML anchors of the body and embedded parts (discretie.message.html_links)
    history: SenderHistory | None = None  # the sender's recent mail, set by the relay (see SenderHistory)

    def header(self, name: str) -> list[str]:
        """All decoded values of header ``name`` (case-insensitive)."""
        wanted = name.lower()
        return [value for key, value in self.headers if key == wanted]

    @cached_property
    def text(self) -> str:
        """Subject and every text part, separated by blank lines: what content rules read."""
        return "\n\n".join([self.subject, *(part.text for part in self.text_parts)])

    @property
    def visible_recipients(self) -> tuple[Address, ...]:
        return self.to + self.cc

    @property
    def sender(self) -> str:
        """The envelope sender, or the first From address when the envelope has none."""
        if self.envelope.mail_from:
            return self.envelope.mail_from.lower()
        return self.from_[0].key if self.from_ else ""


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing a rule found. ``evidence`` is always redacted before it gets here.

    ``reason`` is a sentence a teacher understands (Dutch by default). ``move_to_bcc`` is used
    by the ``bcc`` rule only: the To/Cc addresses (lower-case) that must become BCC.
    ``attachment`` is set by the ``attachment`` rule: the file's name, safe to show.
    """

    rule: str
    category: str
    severity: Severity
    reason: str
    evidence: tuple[str, ...] = ()
    score: float = 1.0
    move_to_bcc: tuple[str, ...] = ()
    attachment: str = ""  # the attachment's name as shown (attachment.display_name), for the sender's refusal

    def as_json(self) -> dict[str, object]:
        return {
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity.value,
            "reason": self.reason,
            "evidence": list(self.evidence),
        }


@dataclass(frozen=True, slots=True)
class Verdict:
    """The pipeline's decision for one message.

    ``action`` is what happens. ``enforced_action`` differs from ``action`` only in audit mode:
    ``would_action`` then says what would have happened. ``move_to_bcc`` lists the To/Cc
    addresses that the rewrite moves into BCC. ``decisive`` names the rules behind the action.
    """

    action: Action
    findings: tuple[Finding, ...] = ()
    move_to_bcc: tuple[str, ...] = ()
    would_action: Action = Action.FORWARD
    decisive: tuple[str, ...] = ()
    audit_only: tuple[str, ...] = field(default=())

    @property
    def rules(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for finding in self.findings:
            seen.setdefault(finding.rule, None)
        return tuple(seen)

    @property
    def notable(self) -> tuple[Finding, ...]:
        """Findings above informational: these make an incident."""
        return tuple(f for f in self.findings if f.severity is not Severity.INFO)


# -- knowing the school: the pupil list (roster) as the rules see it -------------------------------


@dataclass(frozen=True, slots=True)
class PupilRef:
    """A place in a text that names a pupil of the roster. ``pupil`` is an opaque id (a keyed hash,
    never a name); ``kind`` says how strong the reference is: ``full_name`` (first and last name),
    ``initials_class`` ("L.M. uit 5C"), ``first_name`` (a first name that only roster pupils carry in
    this school, weaker: several pupils may share it)."""

    start: int
    end: int
    pupil: str
    kind: str
    initials: str  # what evidence may show ("L. M."), never the name


class PupilIndex(Protocol):
    """The school's pupil list as the rules use it (implemented by ``discretie.roster.Roster``;
    names and addresses are only ever held as keyed hashes). A policy carries one when the school
    imported its roster (``Policy.roster``); rules work without one, less precisely."""

    def find(self, text: str) -> Sequence[PupilRef]:
        """Every reference to a roster pupil in ``text``, in text order."""
        ...

    def parents(self, pupil: str) -> frozenset[str]:
        """Keyed hashes of the addresses of ``pupil``'s parents (empty when the export had none)."""
        ...

    def children_of(self, address: str) -> frozenset[str]:
        """The pupils of whom ``address`` (a plain e-mail address, any case) is a parent's address."""
        ...

    def is_known_address(self, address: str) -> bool:
        """Whether ``address`` is a parent's or pupil's address in the roster."""
        ...

    def pupils_at(self, address: str) -> frozenset[str]:
        """The pupils whose own address ``address`` is (a pupil's school or private address in the export)."""
        ...

    def members(self, pupil: str) -> frozenset[str]:
        """The pupils a ``PupilRef.pupil`` stands for: itself, or, for a first name that many pupils carry
        (``find`` then gives one ref with a group id rather than one per pupil), all of them."""
        ...

    def in_classes(self, firsts: Iterable[str], classes: Sequence[str]) -> dict[str, frozenset[str]]:
        """For each of ``firsts`` (the first word of a first-name reference, as the text wrote it), the pupils
        ``find`` reads at the start of ``f"{first} ({klass})"`` as that first name with that class, for any of
        ``classes``."""
        ...

    def full_names(self, firsts: Iterable[str], surnames: Sequence[str]) -> dict[str, frozenset[str]]:
        """For each of ``firsts`` (a first name as the text wrote it), the pupils it names in full with one of
        ``surnames``."""
        ...

    def parents_named(self, surname: str) -> frozenset[str]:
        """The pupils a parent of whom has an address that spells ``surname`` (a mother known by her own surname)."""
        ...

    def near_known_address(self, address: str) -> bool:
        """Whether ``address`` is one or two characters away from a parent's or pupil's address in the
        roster (a mistyped or wrongly autocompleted address; callers check ``is_known_address`` first)."""
        ...
