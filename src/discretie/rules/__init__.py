"""The rule registry: one explicit dict, in the order the pipeline runs them.

``personal_data`` runs before ``sensitive`` for readability only: ``sensitive`` calls
``personal_data.find_national_numbers`` and ``find_birthdates`` directly, so both stay pure
functions of (message, policy). ``links`` calls ``sensitive.check`` and ``personal_data.check`` the same
way, and only for a message with a public share link; ``hijack`` calls ``links.check`` for the dangerous
links of a mail to many outsiders.
"""

from __future__ import annotations

from discretie.rules import (
    attachment,
    bcc,
    conduct,
    hijack,
    links,
    password,
    personal_data,
    private_account,
    recipient,
    sensitive,
)
from discretie.rules.base import Rule

RULES: dict[str, Rule] = {
    rule.id: rule
    for rule in (
        password.RULE,
        bcc.RULE,
        personal_data.RULE,
        sensitive.RULE,
        recipient.RULE,
        private_account.RULE,
        attachment.RULE,
        links.RULE,
        conduct.RULE,
        hijack.RULE,
    )
}

__all__ = ["RULES", "Rule"]
