"""Redaction: every piece of evidence passes through here before it is stored or shown.

A secret is never kept in clear and shows nothing of itself: ``mask("Zomer2024!") == "********"``, the
same fixed mask for every secret (no first or last character, no length). Identifiers keep only
what a reviewer needs to recognise them (the last digits); addresses keep their first letter
and domain.
"""

from __future__ import annotations

import re

SECRET_MASK = "********"


def mask(secret: str) -> str:
    """The fixed :data:`SECRET_MASK` for any secret: its first and last character would narrow a
    guess and its length would tell how long to search (a review found ``Z********!``)."""
    del secret
    return SECRET_MASK


def mask_digits(value: str, keep: int = 2) -> str:
    """Star every digit and letter except the last ``keep`` ones; separators stay."""
    total = sum(ch.isalnum() for ch in value)
    out = []
    seen = 0
    for ch in value:
        if ch.isalnum():
            seen += 1
            out.append(ch if seen > total - keep else "*")
        else:
            out.append(ch)
    return "".join(out)


def mask_address(address: str) -> str:
    """``jan.peeters@gmail.com`` -> ``j***@gmail.com``: enough to recognise, not to reuse."""
    local, at, domain = address.strip().lower().rpartition("@")
    if not at:
        return "***"
    head = local.lstrip('"')[:1] if len(local) > 1 else ""
    return f"{head}***@{domain}"


def masked_list(addresses: list[str], shown: int = 5) -> str:
    """At most ``shown`` masked addresses, then how many more: ``a***@x, b***@y en 7 andere``."""
    text = ", ".join(mask_address(a) for a in addresses[:shown])
    rest = len(addresses) - shown
    return f"{text} en {rest} andere" if rest > 0 else text


# An address inside free text (an upstream's reply, an error): atext local part, dotted domain.
_ADDRESS_IN_TEXT = re.compile(r"(?<![\w.!#$%&'*+/=?^`{|}~-])[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")


def mask_addresses_in(text: str) -> str:
    """Every address in ``text`` masked like :func:`mask_address`: ``550 5.1.1 <ouder@gmail.com>:
    unknown`` -> ``550 5.1.1 <o***@gmail.com>: unknown``. Masking twice changes nothing."""
    if "@" not in text:
        return text
    return _ADDRESS_IN_TEXT.sub(_mask_match, text)


def _mask_match(match: re.Match[str]) -> str:
    address = match.group(0)
    if _MASKED.match(address):  # masked already
        return address
    return mask_address(address)


_MASKED = re.compile(r"[^@*]?\*\*\*@")
