"""Texts shown to staff: SMTP replies and notices. Dutch by default; every key can be
overridden under ``texts:`` in policy.yaml. Placeholders use ``str.format`` names listed per key;
an unknown placeholder is a policy error, caught at load time."""

from __future__ import annotations

import string

from pydantic import ValidationInfo, field_validator

from discretie.config import Frozen

# key -> placeholders it may use
PLACEHOLDERS: dict[str, frozenset[str]] = {
    "held_reply": frozenset({"ref"}),
    "rejected_reply": frozenset({"reason", "ref"}),
    "tempfail_reply": frozenset(),
    "bare_newline_reply": frozenset(),
}


class Texts(Frozen):
    held_reply: str = "Uw bericht is vastgehouden voor controle door de privacyverantwoordelijke (ref {ref})"
    rejected_reply: str = "Niet verzonden: {reason} (ref {ref})"
    tempfail_reply: str = "Tijdelijk probleem bij het verwerken van uw bericht, probeer later opnieuw"
    bare_newline_reply: str = "Ongeldig bericht: losse regeleinden (LF zonder CR) zijn niet toegelaten"

    @field_validator("*")
    @classmethod
    def _placeholders(cls, value: str, info: ValidationInfo) -> str:
        allowed = PLACEHOLDERS.get(info.field_name or "", frozenset())
        try:
            used = {name for _, name, _, _ in string.Formatter().parse(value) if name is not None}
        except ValueError as exc:
            raise ValueError(f"not a valid template: {exc}") from None
        unknown = used - allowed
        if unknown:
            names = ", ".join(sorted("{" + u + "}" for u in unknown))
            known = ", ".join(sorted("{" + a + "}" for a in allowed)) or "none"
            raise ValueError(f"unknown placeholder {names} (allowed: {known})")
        return value
