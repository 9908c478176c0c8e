"""``discretie policy diff OLD NEW``: what a policy change would do to real mail, before the SIGHUP.

Both policies run over the same messages: a folder of ``.eml`` files (the envelope from a
``labels.yaml`` beside them when it names the file, else from the headers as ``scan`` takes it)
or the messages the store holds now. A verdict changes when its action, its action without
audit mode, or the rules with notable findings differ. Only verdicts are shown, never content.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

from discretie import pipeline
from discretie.message import parse
from discretie.model import Action, Envelope, Message, Verdict
from discretie.policy import Policy


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one policy decides on one message, as far as a diff compares it."""

    action: Action
    would_action: Action
    rules: tuple[str, ...]  # rules with a finding above info, in order

    def as_json(self) -> dict[str, object]:
        return {"action": self.action.value, "would_action": self.would_action.value, "rules": list(self.rules)}


@dataclass(frozen=True, slots=True)
class Change:
    name: str  # the file name or the held message's reference
    before: Outcome
    after: Outcome

    @property
    def added(self) -> tuple[str, ...]:
        return tuple(r for r in self.after.rules if r not in self.before.rules)

    @property
    def removed(self) -> tuple[str, ...]:
        return tuple(r for r in self.before.rules if r not in self.after.rules)

    def as_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "before": self.before.as_json(),
            "after": self.after.as_json(),
            "rules_added": list(self.added),
            "rules_removed": list(self.removed),
        }


def with_envelope(message: Message, mail_from: str | None, rcpts: Iterable[str]) -> Message:
    """``message`` with an envelope: ``mail_from`` (None: the first From address) and ``rcpts``
    (empty: To, Cc and Bcc), as ``discretie scan`` builds it for a saved mail."""
    sender = mail_from if mail_from is not None else (message.from_[0].key if message.from_ else "")
    to = tuple(rcpts) or tuple(a.key for a in message.to + message.cc + message.bcc)
    return dataclasses.replace(message, envelope=Envelope(mail_from=sender, rcpt_tos=to))


def outcome(message: Message, policy: Policy) -> Outcome:
    if message.header_problems:  # the relay refuses it before any rule runs (550 5.6.0)
        return Outcome(Action.REJECT, Action.REJECT, ("header_syntax",))
    verdict: Verdict = pipeline.check(message, policy)
    rules = tuple(dict.fromkeys(f.rule for f in verdict.notable))
    return Outcome(verdict.action, max(verdict.action, verdict.would_action, key=lambda a: a.rank), rules)


def diff(messages: Iterable[tuple[str, Message]], old: Policy, new: Policy) -> tuple[int, list[Change]]:
    """(messages compared, the changed verdicts in input order)."""
    count = 0
    changes: list[Change] = []
    for name, message in messages:
        count += 1
        before, after = outcome(message, old), outcome(message, new)
        if before != after:
            changes.append(Change(name, before, after))
    return count, changes


def folder_messages(folder: Path) -> Iterator[tuple[str, Message]]:
    """Every ``*.eml`` in ``folder`` (sorted), with the envelope of ``labels.yaml`` when it names
    the file (``mail_from``, ``rcpt``). OSError when a file cannot be read."""
    labels: dict[str, object] = {}
    label_file = folder / "labels.yaml"
    if label_file.is_file():
        loaded = yaml.safe_load(label_file.read_text("utf-8"))
        labels = loaded if isinstance(loaded, dict) else {}
    for path in sorted(folder.glob("*.eml")):
        message = parse(path.read_bytes())
        label = labels.get(path.name)
        mail_from: str | None = None
        rcpts: list[str] = []
        if isinstance(label, dict):
            if isinstance(label.get("mail_from"), str):
                mail_from = label["mail_from"]
            if isinstance(label.get("rcpt"), list):
                rcpts = [str(r) for r in label["rcpt"]]
        yield path.name, with_envelope(message, mail_from, rcpts)
