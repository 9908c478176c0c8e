"""The BCC rewrite: named addresses leave the top-level To/Cc headers; everything else, the body
above all, stays byte-identical; kept addresses keep their written form; an emptied To reads
``undisclosed-recipients:;``; an emptied Cc disappears; no Bcc header is ever added."""

from __future__ import annotations

import email
import email.utils
from email.policy import compat32

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from discretie.message import parse
from discretie.rewrite import MARK_HEADER, move_to_bcc

BODY = b"Beste ouders,\r\n\r\nTo: jan@gmail.com staat hier in de tekst.\r\n=C3=A9\r\n"


def msg(headers: str, body: bytes = BODY, eol: str = "\r\n") -> bytes:
    return headers.replace("\n", eol).encode() + eol.encode() + body


def split(raw: bytes) -> tuple[bytes, bytes]:
    for sep in (b"\r\n\r\n", b"\n\n"):
        if sep in raw:
            head, _, body = raw.partition(sep)
            return head, body
    return raw, b""


def header_lines(raw: bytes) -> list[str]:
    return split(raw)[0].decode("utf-8", "surrogateescape").replace("\r\n", "\n").split("\n")


def visible(raw: bytes) -> set[str]:
    message = parse(raw)
    return {a.key for a in message.to + message.cc}


BASE = (
    "Received: from client by relay\n"
    "From: An Devos <an.devos@sintpieterscollege.be>\n"
    "To: {to}\n"
    "Subject: Uitstap\n"
    "Cc: {cc}\n"
    "MIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=utf-8\n"
)

CASES: list[tuple[str, str, str, list[str], list[str], list[str]]] = [
    # (case, To, Cc, moved, expected To line(s), expected Cc line(s))
    (
        "simple",
        "jan@gmail.com, els@telenet.be",
        "piet@sintpieterscollege.be",
        ["jan@gmail.com", "els@telenet.be"],
        ["To: undisclosed-recipients:;"],
        ["Cc: piet@sintpieterscollege.be"],
    ),
    (
        "keep display names",
        '"Peeters, Jan" <jan@gmail.com>, Piet <piet@sintpieterscollege.be>',
        "x@gmail.com",
        ["x@gmail.com"],
        ['To: "Peeters, Jan" <jan@gmail.com>, Piet <piet@sintpieterscollege.be>'],
        [],
    ),
    (
        "encoded words kept",
        "=?utf-8?q?Ren=C3=A9?= <rene@proximus.be>, =?utf-8?b?SsO2cmc=?= <jorg@gmx.de>",
        "piet@sintpieterscollege.be",
        ["jorg@gmx.de"],
        ["To: =?utf-8?q?Ren=C3=A9?= <rene@proximus.be>"],
        ["Cc: piet@sintpieterscollege.be"],
    ),
    (
        "case insensitive",
        "JAN@GMAIL.COM, piet@sintpieterscollege.be",
        "",
        ["jan@gmail.com"],
        ["To: piet@sintpieterscollege.be"],
        ["Cc: "],
    ),
    (
        "group emptied",
        "ouders 3B: a@gmail.com, b@telenet.be;",
        "piet@sintpieterscollege.be",
        ["a@gmail.com", "b@telenet.be"],
        ["To: undisclosed-recipients:;"],
        ["Cc: piet@sintpieterscollege.be"],
    ),
    (
        "group partly kept",
        "ouders 3B: a@gmail.com, piet@sintpieterscollege.be;, c@x.be",
        "",
        ["a@gmail.com", "c@x.be"],
        ["To: ouders 3B: piet@sintpieterscollege.be;"],
        ["Cc: "],
    ),
    (
        "comments",
        "jan@gmail.com (papa van Lore), (mama) els@telenet.be, piet@sintpieterscollege.be",
        "",
        ["jan@gmail.com"],
        ["To: (mama) els@telenet.be, piet@sintpieterscollege.be"],
        ["Cc: "],
    ),
    (
        "quoted local part",
        '"jan peeters"@gmail.com, piet@sintpieterscollege.be',
        "",
        ['"jan peeters"@gmail.com'],
        ["To: piet@sintpieterscollege.be"],
        ["Cc: "],
    ),
    (
        "comma in quoted name",
        '"Maes, Els" <els@telenet.be>, "Claes, Piet" <piet@sintpieterscollege.be>',
        "",
        ["els@telenet.be"],
        ['To: "Claes, Piet" <piet@sintpieterscollege.be>'],
        ["Cc: "],
    ),
    (
        "cc emptied and removed",
        "piet@sintpieterscollege.be",
        "a@gmail.com, b@gmail.com",
        ["a@gmail.com", "b@gmail.com"],
        ["To: piet@sintpieterscollege.be"],
        [],
    ),
]


@pytest.mark.parametrize(("case", "to", "cc", "moved", "to_lines", "cc_lines"), CASES, ids=[c[0] for c in CASES])
def test_rewrite_cases(case: str, to: str, cc: str, moved: list[str], to_lines: list[str], cc_lines: list[str]) -> None:
    """To/Cc become what is expected; all other lines and the body are unchanged and in order."""
    headers = BASE.format(to=to, cc=cc)
    raw = msg(headers)
    out = move_to_bcc(raw, moved)
    lines = header_lines(out)
    assert lines[0] == MARK_HEADER.decode()
    assert [line for line in lines if line.lower().startswith("to:")] == to_lines
    expected_cc = [c for c in cc_lines if c != "Cc: "]
    if not cc:  # an originally empty Cc header is left alone
        expected_cc = ["Cc: "]
    assert [line for line in lines if line.lower().startswith("cc:")] == expected_cc
    others_before = [h for h in header_lines(raw) if not h.lower().startswith(("to:", "cc:"))]
    others_after = [h for h in lines[1:] if not h.lower().startswith(("to:", "cc:"))]
    assert others_before == others_after
    assert split(out)[1] == split(raw)[1]
    assert not visible(out) & {m.lower() for m in moved}
    assert b"bcc:" not in out.lower()


def test_nothing_to_move_returns_the_same_bytes() -> None:
    raw = msg(BASE.format(to="jan@gmail.com", cc="piet@sintpieterscollege.be"))
    assert move_to_bcc(raw, ["nobody@example.com"]) is raw
    assert move_to_bcc(raw, []) is raw


def test_lf_input_stays_lf() -> None:
    raw = msg(BASE.format(to="a@gmail.com, b@gmail.com", cc="piet@sintpieterscollege.be"), body=b"x\nline\n", eol="\n")
    out = move_to_bcc(raw, ["a@gmail.com", "b@gmail.com"])
    assert b"\r" not in out
    assert b"To: undisclosed-recipients:;\n" in out and out.endswith(b"\n\nx\nline\n")


def test_folded_header_and_header_case() -> None:
    """A folded To in any case is rewritten; the field name keeps its spelling."""
    raw = (
        b"From: an.devos@sintpieterscollege.be\r\n"
        b"TO: Jan Peeters <jan@gmail.com>,\r\n Els Maes\r\n <els@telenet.be>,\r\n"
        b"\tpiet@sintpieterscollege.be\r\ncC: a@gmail.com\r\nSubject: x\r\n\r\nbody\r\n"
    )
    out = move_to_bcc(raw, ["jan@gmail.com", "a@gmail.com"])
    assert b"TO: Els Maes\r\n <els@telenet.be>, piet@sintpieterscollege.be\r\n" in out
    assert b"cC:" not in out
    assert visible(out) == {"els@telenet.be", "piet@sintpieterscollege.be"}


def test_several_to_headers() -> None:
    """Each To header is handled; one undisclosed-recipients To remains when all are emptied."""
    raw = b"From: a@sintpieterscollege.be\r\nTo: x@gmail.com\r\nSubject: s\r\nTo: y@gmail.com\r\n\r\nb\r\n"
    out = move_to_bcc(raw, ["x@gmail.com", "y@gmail.com"])
    assert out.count(b"To:") == 1 and b"To: undisclosed-recipients:;\r\nSubject: s\r\n\r\nb\r\n" in out
    out = move_to_bcc(raw, ["x@gmail.com"])
    assert out.count(b"To:") == 1 and b"To: y@gmail.com" in out


def test_cc_only_becomes_undisclosed_to() -> None:
    """A message with only a Cc that is emptied gets a To: undisclosed-recipients:; in its place."""
    raw = b"From: a@sintpieterscollege.be\r\nCc: x@gmail.com, y@gmail.com\r\nSubject: s\r\n\r\nb\r\n"
    out = move_to_bcc(raw, ["x@gmail.com", "y@gmail.com"])
    assert b"\r\nTo: undisclosed-recipients:;\r\nSubject: s\r\n" in out and b"Cc:" not in out


def test_nested_message_untouched() -> None:
    """To/Cc headers of an attached message are body, not headers: never touched."""
    inner = b"From: x@y.be\r\nTo: jan@gmail.com, els@telenet.be\r\nSubject: in\r\n\r\ninner\r\n"
    raw = (
        b"From: a@sintpieterscollege.be\r\nTo: jan@gmail.com, els@telenet.be\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: message/rfc822\r\n\r\n'
        + inner
        + b"\r\n--b--\r\n"
    )
    out = move_to_bcc(raw, ["jan@gmail.com", "els@telenet.be"])
    assert split(out)[1] == split(raw)[1] and inner in out


def test_mbox_from_line_and_no_body() -> None:
    """An mbox "From " line stays first; a message without body or final newline still works."""
    raw = b"From sender Mon Jan  1 00:00:00 2024\nTo: a@gmail.com, b@x.be\nSubject: s"
    out = move_to_bcc(raw, ["a@gmail.com"])
    assert out == b"From sender Mon Jan  1 00:00:00 2024\nX-Discretie-Rewritten: bcc\nTo: b@x.be\nSubject: s"


def test_mark_can_be_left_out() -> None:
    raw = msg(BASE.format(to="a@gmail.com, b@gmail.com", cc="c@gmail.com"))
    assert MARK_HEADER not in move_to_bcc(raw, ["a@gmail.com"], mark=False)


def test_raw_8bit_display_names_kept() -> None:
    """Raw UTF-8 display names (SMTPUTF8 clients) survive byte for byte."""
    raw = "From: a@sintpieterscollege.be\r\nTo: Renée <renee@telenet.be>, Jörg <jorg@gmx.de>\r\n\r\nb\r\n".encode()
    out = move_to_bcc(raw, ["jorg@gmx.de"])
    assert "To: Renée <renee@telenet.be>\r\n".encode() in out


def test_long_lists_are_folded() -> None:
    to = ", ".join(f"leerkracht{i}@sintpieterscollege.be" for i in range(20)) + ", a@gmail.com"
    raw = msg(BASE.format(to=to, cc=""))
    out = move_to_bcc(raw, ["a@gmail.com"])
    assert all(len(line) <= 100 for line in split(out)[0].split(b"\r\n"))
    assert len(parse(out).to) == 20


# --- properties -----------------------------------------------------------------------------------

_local = st.from_regex(r"[a-z][a-z0-9._-]{0,10}[a-z0-9]", fullmatch=True).filter(lambda s: ".." not in s)
_domain = st.sampled_from(
    ["gmail.com", "telenet.be", "sintpieterscollege.be", "leerling.sintpieterscollege.be", "x.be"]
)
_address = st.builds(lambda local, domain: f"{local}@{domain}", _local, _domain)
_name = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")), min_size=0, max_size=12
)


@st.composite
def _mailbox(draw: st.DrawFn) -> tuple[str, str]:
    address = draw(_address)
    style = draw(st.integers(0, 5))
    name = draw(_name)
    if style == 0 or not name.strip():
        return address, address
    if style == 1:
        return address, email.utils.formataddr((name, address))  # quoted or RFC 2047 encoded
    if style == 2:
        return address, f"{address} (opmerking)"
    if style == 3:
        return address, f'"{name.replace(chr(92), "").replace(chr(34), "")}, x" <{address}>'
    if style == 4:
        return address, f"<{address}>"
    return address, f"Naam\r\n <{address}>"


@st.composite
def _header_value(draw: st.DrawFn) -> tuple[list[str], str]:
    boxes = draw(st.lists(_mailbox(), min_size=1, max_size=6))
    texts = [t for _, t in boxes]
    addresses = [a for a, _ in boxes]
    if draw(st.booleans()) and len(texts) > 1:
        cut = draw(st.integers(1, len(texts)))
        group = f"groep {draw(st.integers(0, 9))}: " + ", ".join(texts[:cut]) + ";"
        texts = [group, *texts[cut:]]
    sep = draw(st.sampled_from([", ", ",", ",\r\n ", " ,\r\n\t"]))
    return addresses, sep.join(texts)


_body = st.binary(max_size=400)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    to=_header_value(),
    cc=_header_value(),
    body=_body,
    lf=st.booleans(),
    data=st.data(),
)
def test_property_body_identical_and_moved_gone(
    to: tuple[list[str], str], cc: tuple[list[str], str], body: bytes, lf: bool, data: st.DataObject
) -> None:
    """For any To/Cc and body: the body is byte-identical, no moved address is visible any more,
    every other visible address is still there, and the other headers are unchanged."""
    addresses = list(dict.fromkeys(to[0] + cc[0]))
    moved = data.draw(st.lists(st.sampled_from(addresses), unique=True))
    headers = f"From: a@sintpieterscollege.be\r\nTo: {to[1]}\r\nSubject: s\r\nCc: {cc[1]}\r\nX-Other: 1\r\n"
    raw = headers.encode("utf-8") + b"\r\n" + body
    if lf:
        raw = headers.replace("\r\n", "\n").encode("utf-8") + b"\n" + body
    out = move_to_bcc(raw, moved)
    eol_sep = b"\n\n" if lf else b"\r\n\r\n"
    assert out.endswith(eol_sep + body)
    head_before = raw[: len(raw) - len(body)]
    head_after = out[: len(out) - len(body)]
    assert head_after.endswith(eol_sep)
    before = email.message_from_bytes(head_before, policy=compat32)
    after = email.message_from_bytes(head_after, policy=compat32)
    keys_after = {a.lower() for _, a in email.utils.getaddresses(after.get_all("to", []) + after.get_all("cc", []))}
    assert not keys_after & {m.lower() for m in moved}
    assert keys_after >= {a for a in addresses if a not in moved}
    assert [(k, v) for k, v in before.items() if k.lower() not in ("to", "cc")] == [
        (k, v) for k, v in after.items() if k.lower() not in ("to", "cc", "x-discretie-rewritten")
    ]
    assert "bcc" not in {k.lower() for k in after}
    if moved:
        assert after.get_all("to"), "a To header always remains"


@settings(max_examples=200, deadline=None)
@given(raw=st.binary(max_size=600), moved=st.lists(_address, max_size=3))
def test_property_never_raises_on_garbage(raw: bytes, moved: list[str]) -> None:
    """Any bytes: no exception, and the text after the header block is untouched."""
    out = move_to_bcc(raw, moved)
    assert isinstance(out, bytes)
    if out is not raw:
        tail = raw[len(raw) - min(len(raw), 50) :]
        assert out.endswith(tail)
