"""The ``bcc`` rule: group addresses in To/Cc, and two or more visible parents, pupils or
externals, are moved to BCC; colleagues stay visible; one parent alone is fine."""

from __future__ import annotations

import pytest

from discretie.message import parse
from discretie.model import Message, Severity
from discretie.pipeline import check as pipeline_check
from discretie.policy import Policy, parse_policy
from discretie.redact import mask_address
from discretie.rewrite import move_to_bcc
from discretie.rules.bcc import check

POLICY = Policy()
TEACHER = "an.devos@sintpieterscollege.be"


def raw_mail(to: str = "", cc: str = "", extra: str = "", sender: str = f"An Devos <{TEACHER}>") -> bytes:
    headers = [f"From: {sender}"]
    if to:
        headers.append(f"To: {to}")
    if cc:
        headers.append(f"Cc: {cc}")
    if extra:
        headers.append(extra)
    headers += ["Subject: Uitstap klas 3B", "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8"]
    return ("\r\n".join(headers) + "\r\n\r\nBeste ouders,\r\n\r\nDinsdag gaan we naar Brussel.\r\n").encode()


def mail(to: str = "", cc: str = "", extra: str = "", rcpts: tuple[str, ...] = ()) -> Message:
    return parse(raw_mail(to, cc, extra), TEACHER, rcpts)


# (case, To, Cc, expected {category: moved addresses})
POSITIVES: list[tuple[str, str, str, dict[str, set[str]]]] = [
    ("group in To", "ouders@sintpieterscollege.be", "", {"group": {"ouders@sintpieterscollege.be"}}),
    ("class group in Cc", "", "klas-3b@spc.ksleuven.be", {"group": {"klas-3b@spc.ksleuven.be"}}),
    (
        "group beside a colleague",
        "ouders-1a@lksd.ksleuven.be, piet.claes@sintpieterscollege.be",
        "",
        {"group": {"ouders-1a@lksd.ksleuven.be"}},
    ),
    ("staff group", "personeel@sintpieterscollege.be", "", {"group": {"personeel@sintpieterscollege.be"}}),
    (
        "pupil-domain group",
        "klas-3b@leerling.sintpieterscollege.be",
        "",
        {"group": {"klas-3b@leerling.sintpieterscollege.be"}},
    ),
    (
        "two parents in To",
        "jan.peeters@gmail.com, els.maes@telenet.be",
        "",
        {"visible_recipients": {"jan.peeters@gmail.com", "els.maes@telenet.be"}},
    ),
    (
        "parent in To and parent in Cc",
        "jan.peeters@gmail.com",
        "els.maes@telenet.be",
        {"visible_recipients": {"jan.peeters@gmail.com", "els.maes@telenet.be"}},
    ),
    (
        "two pupils and an outsider",
        "lore.janssens@leerling.sintpieterscollege.be, tom.wouters@leerling.sintpieterscollege.be",
        "stage@bakkerij-claes.be",
        {
            "visible_recipients": {
                "lore.janssens@leerling.sintpieterscollege.be",
                "tom.wouters@leerling.sintpieterscollege.be",
                "stage@bakkerij-claes.be",
            }
        },
    ),
    (
        "pupil and parent",
        "lore.janssens@leerling.sintpieterscollege.be",
        "mama.janssens@hotmail.com",
        {"visible_recipients": {"lore.janssens@leerling.sintpieterscollege.be", "mama.janssens@hotmail.com"}},
    ),
    (
        "colleague in To, parents in Cc",
        "piet.claes@sintpieterscollege.be",
        "a@gmail.com, b@gmail.com, c@skynet.be",
        {"visible_recipients": {"a@gmail.com", "b@gmail.com", "c@skynet.be"}},
    ),
    (
        "group syntax",
        "ouders 3B: a@gmail.com, b@telenet.be;",
        "",
        {"visible_recipients": {"a@gmail.com", "b@telenet.be"}},
    ),
    (
        "uppercase and display names",
        '"Peeters, Jan" <JAN.PEETERS@GMAIL.COM>, Els <Els.Maes@Telenet.be>',
        "",
        {"visible_recipients": {"jan.peeters@gmail.com", "els.maes@telenet.be"}},
    ),
    (
        "encoded display names",
        "=?utf-8?q?Ren=C3=A9_Dubois?= <rene@proximus.be>, =?utf-8?b?SsO2cmc=?= <jorg@gmx.de>",
        "",
        {"visible_recipients": {"rene@proximus.be", "jorg@gmx.de"}},
    ),
    (
        "partners count as externals",
        "onthaal@vclb-leuven.be",
        "jan.peeters@gmail.com",
        {"visible_recipients": {"onthaal@vclb-leuven.be", "jan.peeters@gmail.com"}},
    ),
    ("only Cc, no To", "", "a@gmail.com, b@hotmail.com", {"visible_recipients": {"a@gmail.com", "b@hotmail.com"}}),
    (
        "group and parents",
        "ouders@sintpieterscollege.be, a@gmail.com",
        "b@gmail.com",
        {"group": {"ouders@sintpieterscollege.be"}, "visible_recipients": {"a@gmail.com", "b@gmail.com"}},
    ),
    (
        "a class's lists with the class glued on",
        "ouders2c@sintpieterscollege.be",
        "leerlingen5b@leerling.sintpieterscollege.be, klas1a@spc.ksleuven.be",
        {
            "group": {
                "ouders2c@sintpieterscollege.be",
                "leerlingen5b@leerling.sintpieterscollege.be",
                "klas1a@spc.ksleuven.be",
            }
        },
    ),
    (
        # lists of staff (batch36-39's class): a class council's, a department's by its name or its subject, a team's
        "lists of staff",
        "klassenraad3a@sintpieterscollege.be, jan.peeters@sintpieterscollege.be",
        "wiskunde@spc.ksleuven.be, vakgroepfrans@spc.ksleuven.be, crisisteam@spc.ksleuven.be, "
        "titularissen@spc.ksleuven.be",
        {
            "group": {
                "klassenraad3a@sintpieterscollege.be",
                "wiskunde@spc.ksleuven.be",
                "vakgroepfrans@spc.ksleuven.be",
                "crisisteam@spc.ksleuven.be",
                "titularissen@spc.ksleuven.be",  # the class teachers (batch42)
            }
        },
    ),
    (
        "a class's pupils, with a dash as ouders-*@ (batch44)",
        "leerlingen-6a@spc.ksleuven.be",
        "",
        {"group": {"leerlingen-6a@spc.ksleuven.be"}},
    ),
    (
        "lists named with a dot (batch46)",
        "ouders.cdo-hor1@spc.ksleuven.be",
        "personeel.cdo@spc.ksleuven.be, leerlingen.cdo-log2@leerling.sintpieterscollege.be",
        {
            "group": {
                "ouders.cdo-hor1@spc.ksleuven.be",
                "personeel.cdo@spc.ksleuven.be",
                "leerlingen.cdo-log2@leerling.sintpieterscollege.be",
            }
        },
    ),
    (
        "a team's list and everyone of a kind with 'alle' glued on (batch51)",
        "zorgteam@spc.ksleuven.be, klasteam-2b@spc.ksleuven.be",
        "team.cdo@spc.ksleuven.be, alleouders@spc.ksleuven.be, alle-leerlingen@leerling.sintpieterscollege.be",
        {
            "group": {
                "zorgteam@spc.ksleuven.be",
                "klasteam-2b@spc.ksleuven.be",
                "team.cdo@spc.ksleuven.be",
                "alleouders@spc.ksleuven.be",
                "alle-leerlingen@leerling.sintpieterscollege.be",
            }
        },
    ),
    (
        "a department's list named 'sectie' (batch58)",
        "katrien.vermeulen@sintpieterscollege.be",
        "sectie-muziek@spc.ksleuven.be",
        {"group": {"sectie-muziek@spc.ksleuven.be"}},
    ),
    (
        "lists named in French or English (batch56)",
        "parents-francophones@spc.ksleuven.be",
        "eleves-3a@leerling.sintpieterscollege.be, students@spc.ksleuven.be",
        {
            "group": {
                "parents-francophones@spc.ksleuven.be",
                "eleves-3a@leerling.sintpieterscollege.be",
                "students@spc.ksleuven.be",
            }
        },
    ),
    (
        "a boarding school's boarders (batch64)",
        "internen-jongens@leerling.sintpieterscollege.be",
        "internen@spc.ksleuven.be",
        {"group": {"internen-jongens@leerling.sintpieterscollege.be", "internen@spc.ksleuven.be"}},
    ),
    (
        "thirty parents",
        ", ".join(f"ouder{i}@gmail.com" for i in range(30)),
        "",
        {"visible_recipients": {f"ouder{i}@gmail.com" for i in range(30)}},
    ),
]

NEGATIVES: list[tuple[str, str, str]] = [
    ("one parent", "jan.peeters@gmail.com", ""),
    ("one parent, colleagues in Cc", "jan.peeters@gmail.com", "piet.claes@sintpieterscollege.be, zorg@spc.ksleuven.be"),
    ("colleagues only", "piet.claes@sintpieterscollege.be, marie.lenaerts@spc.ksleuven.be", "x@lksd.ksleuven.be"),
    ("general accounts", "directie@sintpieterscollege.be", "secretariaat@sintpieterscollege.be, info@spc.ksleuven.be"),
    ("the boarding house's office and council", "internaat@spc.ksleuven.be", "internenraad@spc.ksleuven.be"),
    # a list's word with more letters after it is a general account: the pupils' office, a classroom, the association
    (
        "office, not list",
        "leerlingensecretariaat@spc.ksleuven.be",
        "klaslokaal@spc.ksleuven.be, oudersraad@spc.ksleuven.be, sectiehoofd@spc.ksleuven.be",
    ),
    ("teacher to self (parents only in the envelope)", TEACHER, ""),
    ("undisclosed recipients", "undisclosed-recipients:;", ""),
    ("same parent twice", "Jan <jan.peeters@gmail.com>", "JAN.PEETERS@gmail.com"),
    ("parent and own address", "jan.peeters@gmail.com", TEACHER),
    ("one pupil", "lore.janssens@leerling.sintpieterscollege.be", "piet.claes@sintpieterscollege.be"),
    ("group-like address at an outside domain", "ouders@gmail.com", ""),
    # the school's pupils visible only to each other (a group work): in the school's directory anyway
    (
        "pupils among themselves",
        "lore.janssens@leerling.sintpieterscollege.be, tom.wouters@leerling.sintpieterscollege.be",
        "noor.claes@leerling.sintpieterscollege.be, jan.peeters@sintpieterscollege.be",
    ),
    # a colleague whose short address is a subject's first letters, or a subject's word with more after it
    ("colleagues, not lists", "lo@spc.ksleuven.be, wiskundeleraar@spc.ksleuven.be", "frans.peeters@spc.ksleuven.be"),
    # a word with "team" inside it or "alle" before another word is no list
    ("not a team, not everyone", "teamleider.jan@spc.ksleuven.be, allergie@spc.ksleuven.be", ""),
    ("a list of staff at an outside domain", "wiskunde@gmail.com", ""),
    ("no recipients at all", "", ""),
    ("empty group", "ouders 3B:;", ""),
]


@pytest.mark.parametrize(("case", "to", "cc", "expected"), POSITIVES, ids=[p[0] for p in POSITIVES])
def test_visible_groups_and_externals_move_to_bcc(case: str, to: str, cc: str, expected: dict[str, set[str]]) -> None:
    """The finding names the right category and moves exactly the group/external addresses."""
    findings = check(mail(to, cc), POLICY)
    assert {f.category: set(f.move_to_bcc) for f in findings} == expected
    for finding in findings:
        assert finding.rule == "bcc"
        assert finding.severity is Severity.MEDIUM
        assert finding.reason and finding.evidence
        assert all(a == a.lower() for a in finding.move_to_bcc)


@pytest.mark.parametrize(("case", "to", "cc"), NEGATIVES, ids=[n[0] for n in NEGATIVES])
def test_ordinary_recipients_pass(case: str, to: str, cc: str) -> None:
    """One parent, colleagues, the sender itself and duplicates never fire."""
    assert check(mail(to, cc), POLICY) == []


def test_headers_elsewhere_do_not_count() -> None:
    """Reply-To, Bcc headers, addresses in the body and in a forwarded message do not count."""
    extra = "Reply-To: a@gmail.com, b@gmail.com\r\nBcc: c@gmail.com, d@gmail.com"
    assert check(mail("jan.peeters@gmail.com", extra=extra), POLICY) == []
    inner = raw_mail("x@gmail.com, y@gmail.com, z@gmail.com")
    outer = (
        (
            f"From: {TEACHER}\r\nTo: directie@sintpieterscollege.be\r\nSubject: Fw\r\nMIME-Version: 1.0\r\n"
            'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nZie onder.\r\n'
            "--b\r\nContent-Type: message/rfc822\r\n\r\n"
        ).encode()
        + inner
        + b"\r\n--b--\r\n"
    )
    assert check(parse(outer, TEACHER), POLICY) == []


def test_evidence_is_masked_and_short() -> None:
    """Evidence gives the count and at most five masked addresses, never a full parent address."""
    to = ", ".join(f"ouder{i}.naam@gmail.com" for i in range(12))
    (finding,) = check(mail(to), POLICY)
    text = " ".join(finding.evidence)
    assert "12 externe ontvangers" in text
    assert "ouder0.naam@" not in text and "o***@gmail.com" in text
    assert "en 7 andere" in text


@pytest.mark.parametrize(
    ("address", "masked"),
    [("jan.peeters@gmail.com", "j***@gmail.com"), ("x@gmail.com", "***@gmail.com"), ("nonsense", "***")],
)
def test_mask_address(address: str, masked: str) -> None:
    assert mask_address(address) == masked


@pytest.mark.parametrize(("limit", "count", "fires"), [(0, 1, True), (1, 1, False), (3, 3, False), (3, 4, True)])
def test_max_visible_external(limit: int, count: int, fires: bool) -> None:
    """max_visible_external is the number of externals that may still see each other."""
    policy = parse_policy(f"rules:\n  bcc:\n    max_visible_external: {limit}\n")
    to = ", ".join(f"ouder{i}@gmail.com" for i in range(count))
    assert bool(check(mail(to), policy)) is fires


def test_sender_that_is_a_group_address_is_not_moved() -> None:
    """The sender's own address never counts, even when it appears in To."""
    raw = raw_mail("ouders@sintpieterscollege.be, a@gmail.com", sender="ouders@sintpieterscollege.be")
    assert check(parse(raw, "ouders@sintpieterscollege.be"), POLICY) == []


def test_rewrite_end_to_end() -> None:
    """Pipeline verdict + rewrite: externals and groups leave To/Cc, colleagues stay, the rule is then quiet."""
    raw = raw_mail(
        "ouders@sintpieterscollege.be, jan.peeters@gmail.com", "piet.claes@sintpieterscollege.be, els@telenet.be"
    )
    rcpts = (
        "ouders@sintpieterscollege.be",
        "jan.peeters@gmail.com",
        "piet.claes@sintpieterscollege.be",
        "els@telenet.be",
    )
    verdict = pipeline_check(parse(raw, TEACHER, rcpts), POLICY)
    assert verdict.action.value == "rewrite"
    assert set(verdict.move_to_bcc) == {"ouders@sintpieterscollege.be", "jan.peeters@gmail.com", "els@telenet.be"}
    rewritten = parse(move_to_bcc(raw, verdict.move_to_bcc), TEACHER, rcpts)
    assert [a.key for a in rewritten.to] == []
    assert rewritten.header("to") == ["undisclosed-recipients:;"]
    assert [a.key for a in rewritten.cc] == ["piet.claes@sintpieterscollege.be"]
    assert check(rewritten, POLICY) == []


def test_pupils_among_themselves_count_when_the_school_asks() -> None:
    """``count_pupils_among_themselves: true``: the school's pupils visible only to each other are visible
    recipients like any others (by default they are not: their school mailboxes are in the school's directory)."""
    pupils = "lore.janssens@leerling.sintpieterscollege.be, tom.wouters@leerling.sintpieterscollege.be"
    assert check(mail(pupils), POLICY) == []
    counting = parse_policy("rules:\n  bcc:\n    count_pupils_among_themselves: true\n")
    (finding,) = check(mail(pupils), counting)
    assert finding.category == "visible_recipients" and len(finding.move_to_bcc) == 2
