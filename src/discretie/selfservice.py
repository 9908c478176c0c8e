"""The sender's personal link in the notice of a hold: ``<console.public_url>/afzender/<token>``.

The token is ``<REF>.<expiry>.<mac>``: the message's reference (without ``D-``), the end of its
retention (unix seconds, base 36) and an HMAC-SHA-256 (first 128 bits, base64url) over
``v1|<reference>|<sender>|<expiry>`` with a key derived from the store key (HKDF, purpose
``selfservice-link``). The sender's address is bound by the MAC but not written in the link. Nothing
about the link is stored: the console checks the MAC against the message's own sender; it works
once (``sender_requests`` has one row per message) and only while the message is held and its
retention runs. See docs/security.md.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from dataclasses import dataclass

from discretie import crypto
from discretie.policy import Policy

PURPOSE = "selfservice-link"
PATH = "/afzender/"
_TOKEN = re.compile(r"^([0-9A-Z]{8})\.([0-9a-z]{1,13})\.([A-Za-z0-9_-]{22})$")


@dataclass(frozen=True)
class LinkToken:
    ref: str  # D-XXXXXXXX
    expires_at: int
    mac: str


def _mac(sealer: crypto.Sealer, ref: str, sender: str, expires_at: int) -> str:
    data = f"v1|{ref}|{sender.strip().lower()}|{expires_at}".encode()
    digest = hmac.new(sealer.derive(PURPOSE), data, hashlib.sha256).digest()[:16]
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def _base36(value: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        value, rest = divmod(value, 36)
        out = digits[rest] + out
        if not value:
            return out


def expiry(received_at: float, policy: Policy) -> int:
    """The link ends with the message: at the end of its retention."""
    return int(received_at + policy.retention.held_days * 86400)


def make_token(sealer: crypto.Sealer, ref: str, sender: str, expires_at: int) -> str:
    return f"{ref.removeprefix('D-')}.{_base36(expires_at)}.{_mac(sealer, ref, sender, expires_at)}"


def link(policy: Policy, sealer: crypto.Sealer, ref: str, sender: str, received_at: float) -> str | None:
    """The sender's link for a held message, or None when the policy names no public console."""
    base = policy.console.public_url
    if not base:
        return None
    return base + PATH + make_token(sealer, ref, sender, expiry(received_at, policy))


def parse_token(text: str) -> LinkToken | None:
    """The parts of a well-formed token (not yet verified), else None."""
    match = _TOKEN.match(text)
    if match is None:
        return None
    ref, expires, mac = match.groups()
    return LinkToken(ref=f"D-{ref}", expires_at=int(expires, 36), mac=mac)


def verify(sealer: crypto.Sealer, token: LinkToken, sender: str) -> bool:
    """Whether ``token`` was made for this message and this sender (constant-time comparison)."""
    return hmac.compare_digest(_mac(sealer, token.ref, sender, token.expires_at), token.mac)
