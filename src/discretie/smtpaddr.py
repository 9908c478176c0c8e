"""Envelope addresses (RFC 5321 paths): one reading for what the rules decide on and what the
upstream receives.

The relay reads every MAIL FROM and RCPT TO argument with :func:`read_path`. The address it
returns is exactly the text the client wrote between the angle brackets; the rules see that text
(``Envelope.mail_from``, ``Envelope.rcpt_tos``) and the upstream session sends that same text back
between angle brackets (:func:`path`), never a re-quoted or re-parsed form. For that to be safe the
text must mean one thing to every reader, so an address is refused unless it is in the one
canonical RFC 5321 form (RFC 6531 with SMTPUTF8):

- ``local@domain`` with a dot-string local part, or a quoted local part only where quoting is
  needed (``"a b"@x``, never ``"jan"@x``: the same mailbox as ``jan@x`` but not to a glob), with
  a backslash only before ``"`` and ``\\``, not empty and without a space at either end (which
  some systems trim);
- a domain of letter-digit-hyphen labels, or an IPv4 / ``IPv6:`` literal in its standard form;
- no control character anywhere (a CR in a quoted local part made aiosmtplib's ``parseaddr`` send
  ``"x\\r<jan@school>"@example.org`` upstream as ``<jan@school>``), no other invisible or spacing
  Unicode character, Unicode only in NFKC form (``ｓpc.ksleuven.be`` is no school domain here but
  may be one after IDNA mapping elsewhere);
- no source route (``<@a,@b:user@c>``), no comments, no display names: the RFC 5322 syntax that
  aiosmtpd would otherwise accept in an envelope.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata

_U = "\u0080-\U0010ffff"  # non-ASCII (RFC 6531), vetted further by _unicode_problem
_ATEXT = rf"A-Za-z0-9!#$%&'*+/=?^_`{{|}}~{_U}-"
_ATOM = rf"[{_ATEXT}]+"
_DOT_STRING = rf"{_ATOM}(?:\.{_ATOM})*"
_QUOTED = rf'"(?:[\x20\x21\x23-\x5b\x5d-\x7e{_U}]|\\[\x20-\x7e])*"'
_LET_DIG = rf"[A-Za-z0-9{_U}]"
_SUB_DOMAIN = rf"{_LET_DIG}(?:[A-Za-z0-9{_U}-]*{_LET_DIG})?"
_DOMAIN = rf"{_SUB_DOMAIN}(?:\.{_SUB_DOMAIN})*"
_LITERAL = r"\[[A-Za-z0-9.:]+\]"
_MAILBOX = rf"(?:{_DOT_STRING}|{_QUOTED})@(?:{_DOMAIN}|{_LITERAL})"
_PARAMS = r"[\x21-\x7e]+(?:[ \t]+[\x21-\x7e]+)*"
_PATH = re.compile(
    rf"<(?P<angle>{_MAILBOX}|)>(?:[ \t]+(?P<params>{_PARAMS}))?|(?P<bare>{_MAILBOX})(?:[ \t]+(?P<p2>{_PARAMS}))?"
)
_MAILBOX_RE = re.compile(_MAILBOX)
# RFC 5321 esmtp-param: esmtp-keyword ["=" esmtp-value], the keyword from a letter or a digit
_ESMTP_PARAM = r"[A-Za-z0-9][A-Za-z0-9-]*(?:=[\x21-\x3c\x3e-\x7e]+)?"
_ESMTP_PARAMS = re.compile(rf"{_ESMTP_PARAM}(?:[ \t]+{_ESMTP_PARAM})*")
_DOT_STRING_RE = re.compile(_DOT_STRING)
_QUOTED_PAIR = re.compile(r"\\(.)")
# The common case, all ASCII and nothing quoted: canonical as soon as it matches.
_A = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_L = r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
_PLAIN = re.compile(rf"{_A}(?:\.{_A})*@{_L}(?:\.{_L})*")


class AddressError(ValueError):
    """The address is not in the canonical form; ``str(error)`` says why (without the address)."""


def read_path(arg: str, local_part_limit: int = 0) -> tuple[str, str]:
    """``(address, parameters)`` of a MAIL FROM / RCPT TO argument (after ``FROM:`` / ``TO:``).

    The address is the text between the angle brackets, exactly as written (``"<>"`` for the
    null path; a bare ``local@domain`` without brackets, which old clients send, is read the
    same way). Raises :class:`AddressError` for anything else."""
    if not arg:
        return "", ""
    match = _PATH.fullmatch(arg)
    if match is None:
        raise AddressError(_syntax_problem(arg))
    if match["bare"] is not None:
        address, params = match["bare"], match["p2"] or ""
        if params and not _ESMTP_PARAMS.fullmatch(params):
            # "a@b (x)": a header parser reads a comment there; "a@b .c": the domain "b.c" (RFC 5322 allows blanks
            # around a domain's dots): only ESMTP parameters (keyword[=value]) follow a bare address unambiguously
            raise AddressError("text after an address without brackets that is no ESMTP parameter")
    elif match["angle"]:
        address, params = match["angle"], match["params"] or ""
    else:
        return "<>", match["params"] or ""
    check(address)
    if local_part_limit and len(address.rpartition("@")[0]) > local_part_limit:
        raise AddressError("local part too long")
    return address, params


def check(address: str) -> None:
    """Raise :class:`AddressError` unless ``address`` (``local@domain``, no brackets) is in the
    canonical form described in the module docstring."""
    if _PLAIN.fullmatch(address):
        return
    if not _MAILBOX_RE.fullmatch(address):
        raise AddressError(_syntax_problem(address))
    if not address.isascii():
        problem = _unicode_problem(address)
        if problem:
            raise AddressError(problem)
    local, _, domain = address.rpartition("@")
    if local.startswith('"'):
        inner = local[1:-1]
        if not inner:
            raise AddressError("empty local part")
        if inner[0] == " " or inner[-1] == " ":
            raise AddressError("space at the edge of a quoted local part")
        if any(ch not in '"\\' for ch in _QUOTED_PAIR.findall(inner)):
            raise AddressError("needless backslash in a quoted local part")
        if _DOT_STRING_RE.fullmatch(_QUOTED_PAIR.sub(r"\1", inner)):
            raise AddressError("needless quotes around the local part")
    if domain.startswith("["):
        _check_literal(domain[1:-1])


def path(address: str) -> str:
    """The SMTP path for ``address`` as :func:`read_path` returned it: ``<address>`` (``<>`` for
    the null sender, given as ``""`` or ``"<>"``). Checked again, so that nothing else can reach
    an upstream command."""
    if address in ("", "<>"):
        return "<>"
    check(address)
    return f"<{address}>"


def _check_literal(literal: str) -> None:
    try:
        if literal.startswith("IPv6:"):
            canonical = "IPv6:" + str(ipaddress.IPv6Address(literal[5:]))
        else:
            canonical = str(ipaddress.IPv4Address(literal))
    except ValueError:
        raise AddressError("not an IPv4 or IPv6 address literal") from None
    if canonical != literal:
        raise AddressError("address literal not in its standard form")


def _unicode_problem(address: str) -> str | None:
    for ch in address:
        if unicodedata.category(ch) == "Cs":
            return "bytes that are not UTF-8"
        if not ch.isascii() and unicodedata.category(ch)[0] in "CZ":
            return f"invisible or spacing character U+{ord(ch):04X}"
    if unicodedata.normalize("NFKC", address) != address:
        return "not in Unicode normal form NFKC"
    return None


def _syntax_problem(text: str) -> str:
    for ch in text:
        if ch < " " or ch == "\x7f" or unicodedata.category(ch) == "Cc":
            return f"control character U+{ord(ch):04X}"
        if unicodedata.category(ch) == "Cs":
            return "bytes that are not UTF-8"
    return "not an RFC 5321 address"
