"""The shape of a rule: a stable id, a description, the policy paragraph it enforces,
its config model and a pure ``check(message, policy) -> list[Finding]``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from discretie.config import RuleConfig

if TYPE_CHECKING:
    from discretie.model import Finding, Message
    from discretie.policy import Policy

Check = Callable[["Message", "Policy"], "list[Finding]"]


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    description: str
    paragraph: str  # where the schools' policy says it, e.g. "§3"
    config: type[RuleConfig]
    check: Check
