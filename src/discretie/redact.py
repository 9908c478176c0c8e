"""Redaction: every piece of evidence passes through here before it is stored or shown.

A secret is never kept in clear and shows nothing of itself: ``mask("Zomer2024!") == "********"``, the
same fixed mask for every secret (no first or last character, no length). Identifiers keep only
what a reviewer needs to recognise them (the last digits); addresses keep their first letter
and domain.
"""

from __future__ import annotations

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
