"""The web console's roles, from least to most: what each may do is decided here and enforced
server-side by every console route (discretie.web.app).

- ``reader`` (lezer): read-only; sees the queue, each message's metadata and findings, the
  incident register and the audit log; never a body, an attachment, headers or the .eml; cannot
  release, reject or write a note.
- ``reviewer`` (beoordelaar): everything a reader may, plus bodies and attachments, the decisions
  (release, reject, notes) and the data-breach register.
- ``administrator`` (beheerder): everything a reviewer may, plus accounts and exceptions.
"""

from __future__ import annotations

READER, REVIEWER, ADMINISTRATOR = "reader", "reviewer", "administrator"
ROLES: tuple[str, ...] = (READER, REVIEWER, ADMINISTRATOR)
LABELS: dict[str, str] = {READER: "lezer", REVIEWER: "beoordelaar", ADMINISTRATOR: "beheerder"}


def valid(role: str) -> str:
    """The role as stored (lower case); ValueError naming the valid ones for anything else."""
    value = role.strip().lower()
    if value not in ROLES:
        raise ValueError(f"onbekende rol {role!r}: kies {', '.join(ROLES)}")
    return value


def allows(role: str | None, needed: str) -> bool:
    """Whether ``role`` may do what ``needed`` may (an unknown role may nothing)."""
    if role not in ROLES:
        return False
    return ROLES.index(role) >= ROLES.index(needed)
