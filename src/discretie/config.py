"""Building blocks of the policy schema that rule modules share.

A rule module defines ``class Config(RuleConfig)`` with its own parameters; ``policy.py``
assembles those into the ``rules:`` section. Everything is frozen: a loaded policy never
changes, a reload builds a new one.
"""

from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator

from discretie.model import Action

Mode = Literal["enforce", "audit"]


class Frozen(BaseModel):
    """Base for every policy model: unknown keys are errors, values are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    if not TYPE_CHECKING:  # as in pydantic: a __getattr__ mypy sees would allow any attribute

        def __getattr__(self, item: str) -> Any:
            """Private attributes (memos, compiled patterns) are read on every message. pydantic's
            own ``__getattr__`` first asks whether the attribute's default is a descriptor, which
            raises and catches an AttributeError on each access (1.5 us; 36 accesses per message);
            the value itself is in ``__pydantic_private__``. No private attribute here has a
            descriptor as its default (tests/test_policy.py checks both ways agree)."""
            try:
                return object.__getattribute__(self, "__pydantic_private__")[item]
            except (AttributeError, KeyError, TypeError):
                return super().__getattr__(item)


class GlobList(Frozen):
    """A list of case-insensitive shell globs compiled once into one regex."""

    patterns: tuple[str, ...] = ()
    _regex: re.Pattern[str] | None = PrivateAttr(default=None)

    def model_post_init(self, __context: object) -> None:
        if self.patterns:
            joined = "|".join(f"(?:{fnmatch.translate(p.strip().lower())})" for p in self.patterns)
            self._regex = re.compile(joined)

    def matches(self, value: str) -> bool:
        if not self.patterns:  # the usual case; cheaper than reaching the private attribute
            return False
        return self._regex is not None and self._regex.match(value.strip().lower()) is not None


def _as_globs(value: object) -> object:
    if isinstance(value, list | tuple):
        return GlobList(patterns=tuple(str(v) for v in value))
    return value


class Exceptions(Frozen):
    """Allow-lists per rule: a message from a listed sender, or whose recipients are all
    listed, is not checked by the rule. Entries are globs on the lower-case address
    (``boekhouding@spc.ksleuven.be``, ``*@ocmw-leuven.be``)."""

    senders: GlobList = Field(default_factory=GlobList)
    recipients: GlobList = Field(default_factory=GlobList)

    _coerce_senders = field_validator("senders", "recipients", mode="before")(_as_globs)

    def exempt(self, sender: str, recipients: list[str] | tuple[str, ...]) -> bool:
        if sender and self.senders.matches(sender):
            return True
        if not self.recipients.patterns:  # the usual case: asked for every rule of every message
            return False
        return bool(recipients) and all(self.recipients.matches(r) for r in recipients)


@dataclass(frozen=True)
class GrantedException:
    """An exception the DPO granted from a held message (kept in the store, ``discretie exceptions``):
    rule ``rule`` does not check a message from ``sender`` whose recipients are all among
    ``recipients``, until ``expires_at``. The gateway keeps the ones in force on its policy
    (:meth:`discretie.policy.Policy.with_exceptions`); :meth:`Policy.exempt` applies them beside
    the rule's own ``exceptions``."""

    id: str
    rule: str
    sender: str
    recipients: frozenset[str]
    expires_at: float

    def exempts(self, sender: str, recipients: list[str] | tuple[str, ...]) -> bool:
        return (
            bool(recipients)
            and sender.strip().lower() == self.sender
            and all(r.strip().lower() in self.recipients for r in recipients)
        )


class RuleConfig(Frozen):
    """Keys every rule has.

    ``action`` applies to a finding above ``info``; ``internal_action``, when set, replaces it
    when every recipient is school staff; ``category_actions`` overrides per category.
    ``mode: audit`` records findings and incidents but forwards the mail untouched.
    ``message`` is the explanation shown to the sender (SMTP reply and notices).
    ``report``: how the DPO hears of this rule's incidents: ``immediate`` (a report at once),
    ``digest`` (in the daily overview), ``none``; unset: by severity (``reports`` in the policy).
    """

    enabled: bool = True
    mode: Mode = "enforce"
    action: Action = Action.FORWARD
    internal_action: Action | None = None
    category_actions: dict[str, Action] = Field(default_factory=dict)
    message: str = ""
    exceptions: Exceptions = Field(default_factory=Exceptions)
    report: Literal["immediate", "digest", "none"] | None = None
