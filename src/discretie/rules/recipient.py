"""``recipient``: Bericht over een leerling naar de verkeerde ouders; verschrijving in een ouderadres (§2, §3.3).

Works only with the school's pupil list (``Policy.roster``, imported with ``discretie roster import``);
without one it finds nothing. Two findings:

- ``other_pupil`` (HIGH): the mail goes to parents known in the roster, it is about a pupil (see below),
  and none of the pupils it is about is a child of any recipient, while no pupil of the recipients is
  named either. Misdirected mail is the most reported data breach: Outlook's autocomplete offers the
  parent of another pupil with the same first name, or a reply goes to the wrong thread.
- ``address_typo`` (MEDIUM): an outside recipient that is not in the roster but one or two characters away
  from a parent's or pupil's address (a letter missing, added, swapped or wrong; ``gmial.com``;
  ``.be`` for ``.com``).

What makes a mail *about* a pupil: a first name that the mail itself marks as the recipients' child ("ouders van
Noor", "uw dochter Noor", "de mama van Noor"); else a strong reference (full name, initials or first name with a
class: "Mathis Lemmens", "L.M. uit 5C", "Lore B. (4B)") and first names of roster pupils named twice or in the
subject line, or, when nothing else names a pupil, the first name that opens the first lines of a short mail ("Beste
ouders, Ella heeft haar jas laten liggen") (not when the recipients are greeted by their own name and the mail names
a class that none of that first name's pupils is in: a nickname, "Tuur" for Arthur); only names that are not someone
else's: not after a title ("juf Noor"), not in a signature or sign-off, not in the header lines of a quoted mail;
first names also not on the salutation line (the recipient's own name), not followed by another surname ("Noor
Verbiest"); a first name of a pupil named in full is that pupil again (before a class or a title's surname picks).
The salutation's surname completes a first name (also a salutation of titles alone: "Madame Lambert,"), only to a
pupil the name can still be. A first name several pupils carry (also with their class) is the one in a class the
mail names anywhere ("Nederlands 1C", "titularis 3C"), else the one whose surname the mail gives a title anywhere
("met mevrouw Wouters"), when that picks one. A reply's or a forward's subject is the thread's: when the body names
a pupil in full or with a class, a first name only that subject gives does not count. A first name of a recipient's
child anywhere in the mail counts as naming that child, except in the quoted mail below a reply that addresses the
recipients as the parents of another pupil ("Beste ouders van Ilias" above "> Mag Zoë ...": an answer in the wrong
thread; the quote is their own question), or below a reply that greets someone whom the recipients' addresses do not
name ("Dag Grace," to ellen.verstraeten@) or the family of a pupil its new text names ("Beste mevrouw Tahiri" +
"Amine"): then the thread's subject and the quote are the recipients' own, and a pupil the new text names even once
is whom the message is about; so too below a reply whose new text names another pupil in full or with a class (not
as someone spoken with: "met Mathis Lemmens") and speaks of no child of theirs: their child named only in the
thread's subject and the quote, even in full, is their own earlier question. When the mail speaks of the recipient's
own child without a name ("uw zoon"), other pupils' names are read as third parties (a conflict, a group task); only
a name the mail marks as the child then counts.

Evidence: initials only ("over L. M.") and counts; never a name, never an address in clear.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from discretie.config import RuleConfig
from discretie.detect import strip_accents
from discretie.model import Action, Finding, Kind, Message, PupilIndex, PupilRef, Severity
from discretie.names import FirstNames
from discretie.redact import masked_list
from discretie.rules.base import Rule

if TYPE_CHECKING:
    from discretie.policy import Policy

STRONG = frozenset({"full_name", "initials_class"})
OPENING = 150  # characters after the subject in which a short mail's first named pupil is its subject
SHORT_MAIL = 700  # characters of new text (before a quote) that make a short personal mail

# Words right before a name that make it the recipients' child: "ouders van", "uw zoon", "mama van" ...
_CHILD_MARKER = re.compile(
    r"(?:\b(?:ouders?|mama|papa|moeder|vader|mams|paps|plusouders?|pleegouders?|grootouders?)\s+van"
    r"|\b(?:uw|jullie|je|jouw)\s+(?:zoon|zoontje|dochter|dochtertje|kind|kindje|pupil)"
    r"|\b(?:zoon|dochter)(?:\s+en\s+\w+)?)[ \t]*[,:]?[ \t]*$",
    re.IGNORECASE,
)
_MARKER_WORDS = ("van", "zoon", "dochter", "kind", "pupil")
# The recipients' own child without a name: then another pupil's name is a third party. (The first blank run
# possessive: two runs around an optional comma were quadratic on a long run of blanks. The look-ahead of the
# first letters lets the engine skip to them.)
_OWN_CHILD = re.compile(
    r"(?=[UuJj])\b(?:[Uu]w|[Jj]ullie)\s+(?:zoon|zoontje|dochter|dochtertje|kind|kindje|pupil|kinderen)\b(?!\s*+,?\s*[A-Z])"
)


# Words right before a name that make it a third party in an answer about the recipients' own child: "ik heb met
# Mathis Lemmens gesproken", "naast", "tegen", "door" (a conflict, a seat, a group task)
_WITH_BEFORE = re.compile(r"\b(?:met|naast|tegen|door|with|avec|par|contre)\s+$", re.IGNORECASE)


class Config(RuleConfig):
    action: Action = Action.HOLD
    check_typos: bool = True
    message: str = (
        "Uw bericht noemt een leerling, maar ging naar de ouders van een andere leerling, of naar een adres dat "
        "op dat van een ouder lijkt maar er net van verschilt. Controleer de ontvangers (§2, §3.3: let op wie u "
        "bij de ontvangers plaatst); de privacyverantwoordelijke kijkt het bericht na."
    )
    other_pupil_reason: str = "Dit bericht gaat over een andere leerling dan die van de ontvanger."
    typo_reason: str = (
        "Een ontvangersadres verschilt één of twee tekens van het adres van een ouder of leerling: "
        "controleer of het juist is."
    )


def _recipients(message: Message) -> tuple[str, ...]:
    if message.envelope.rcpt_tos:
        return tuple(dict.fromkeys(r.strip().lower() for r in message.envelope.rcpt_tos))
    return tuple(dict.fromkeys(a.key for a in message.to + message.cc + message.bcc))


def _marked(text: str, start: int) -> bool:
    before = text[max(0, start - 32) : start].lower()
    return any(word in before for word in _MARKER_WORDS) and _CHILD_MARKER.search(before) is not None


# Where a first name is not a pupil's: after a title ("juf Noor", "mevrouw Sofie"), on the salutation
# line (the recipient's own name), in a signature (a few lines after the closing formula), on the header
# lines of a quoted mail, or followed by a surname that is not the pupil's ("Noor Verbiest").
_TITLE = re.compile(
    r"\b(?:meneer|mijnheer|mevrouw|mevr|mr|mw|dhr|juf|juffrouw|meester|collega|directeur|directrice|"
    r"leerkracht|titularis|coördinator|coordinator|secretariaat|dokter|dr|mama|papa)\.?[ \t]+$",
    re.IGNORECASE,
)
_SALUTATION = re.compile(
    r"^[ \t>]*(?:beste|dag|hallo|hoi|hey|geachte|lieve|goedemorgen|goeiemorgen|goedemiddag|goedenavond|"
    r"dear|hi|hello|bonjour|cher|chère)\b",
    re.IGNORECASE,
)
# (the words of a closing may wrap onto the next line, not further: a run of blank lines after every line
# start made the search quadratic, 18 s on 20,000 of them)
_CLOSING = re.compile(
    # (any adjective in -e: vriendelijke, hartelijke, beste, sportieve, collegiale, zonnige ...)
    r"^[ \t>]*(?:met(?=\s)[ \t\r]*+(?:\n[ \t\r]*+)?)?(?:veel|[a-zà-ÿ]{3,20}e)?"
    r"[ \t\r]*+(?:\n[ \t\r]*+)?(?:groet(?:en|jes)?|mvg|vg|"
    r"kind regards|best regards|regards|cordialement|bien à vous|tot (?:straks|morgen|binnenkort))\b",
    re.IGNORECASE | re.MULTILINE,
)
_QUOTE_HEADER = re.compile(
    r"^[ \t>]*(?:van|from|aan|to|cc|verzonden|sent|onderwerp|subject|datum|date)\s*:|^[ \t>]*(?:op|on)\b.{0,120}"
    r"\b(?:schreef|wrote)",
    re.IGNORECASE,
)
_LETTERS = re.compile(r"[a-z]+")
_SURNAME_AFTER = re.compile(r"[ \t]+(?:[A-Z][a-zà-ÿ]+|[Vv][ae]n\b|[Dd]e\b)")
SIGNATURE_LINES = 4
_BLOCK_END = re.compile(r"\n[ \t\r]*\n")
# A subject taken over from an earlier message: a reply's or a forward's (Outlook, Gmail, Apple Mail in NL/EN/FR/DE)
_THREAD_SUBJECT = re.compile(r"[ \t]*(?:re|antw|aw|sv|fw|fwd|tr|doorst|wg)[ \t]*:", re.IGNORECASE)


_TITLE_WORDS = (
    r"meneer|mijnheer|mevrouw|mevr\.?|dhr\.?|heer|mw\.?|mr\.?|mrs\.?|ms\.?|madame|mme\.?|monsieur|familie|fam\.?"
)
_TITLES = rf"(?:{_TITLE_WORDS})"
# One name word, whole and read one way only (atomic, possessive): name words joined by optional blanks, each
# splittable anywhere under IGNORECASE, made a line of letters that then failed the title line's end
# backtrack through every split (2^n: 20 s for a 20-letter word after "Mevrouw Peeters").
_NAME_WORD = r"(?>[A-Z][^\W\d_]*+(?:['’-][A-Z]?[^\W\d_]++)?|van|de|der|den|ter|ten|le|la|da|el)"
_NAME_WORDS = rf"({_NAME_WORD}(?:[ \t]+{_NAME_WORD})*+[ \t]*)"
_SALUTATION_SURNAME = re.compile(
    r"^[ \t>]*(?:beste|geachte|dag|hallo|goedemorgen|goeiemorgen|goedemiddag|lieve|dear|bonjour)[ \t]+"
    rf"(?:(?:{_TITLE_WORDS}|ouders)(?:[ \t]+(?:en|et|and|&)[ \t]+)?)+[ \t]+" + _NAME_WORDS,
    re.IGNORECASE | re.MULTILINE,
)
# A salutation of titles alone, as French and formal letters open ("Madame Lambert,", "Mevrouw Peeters"):
# the whole line, so that a sentence that starts with a title ("Mevrouw Claes belde") is no salutation.
_TITLE_LINE = re.compile(
    rf"^[ \t>]*(?:{_TITLES}(?:[ \t]+(?:en|et|and|&)[ \t]+)?)+[ \t]+" + _NAME_WORDS + r"[,:]?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# A surname after a title anywhere ("met mevrouw Wouters spraken we af"): whose family the mail speaks of.
# (The look-ahead of the titles' first letters lets the engine skip to them: with ``\b`` first it tried every
# position, 0.3 ms on a 5 KB mail; 0.12 ms so.)
_TITLE_STARTS = "".join(sorted({word[0] for word in _TITLE_WORDS.split("|")}))
_TITLED = re.compile(rf"(?=[{_TITLE_STARTS}])\b{_TITLES}[ \t]+" + _NAME_WORDS, re.IGNORECASE)
_PARTICLES = frozenset({"van", "de", "der", "den", "ter", "ten", "le", "la", "da", "el"})
# "3C", "1A2", "5 B" (the digit first, its look-behind after it: the engine skips to digits; 4x faster)
_CLASS_CODE = re.compile(r"[1-7](?<![\w/.-][1-7]) ?[A-F][1-9]?(?![\w/-])")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n\s*\n")
# a class named as the class of a group of pupils, not of the one the mail is about: "together with the pupils of
# class 1A", "met de leerlingen van 2B", "avec les élèves de la classe 3C"
_GROUP_OF_CLASS = re.compile(
    r"\b(?:pupils|students|children|classmates|leerlingen|kinderen|klasgenoten|[ée]l[èe]ves|enfants)[ \t]+"
    r"(?:of|from|in|van|uit|de|du|des)[ \t]+(?:(?:the|de|het|la|le)[ \t]+)?(?:class|klas|classe)?[ \t]*$",
    re.IGNORECASE,
)


def _surname(words_after_title: str) -> str | None:
    """The capitalised name at the start of ``words_after_title`` ("Peeters hoe gaat het" -> "Peeters"),
    without trailing particles; None when it starts with an ordinary word."""
    words: list[str] = []
    for word in words_after_title.split():
        if not word[0].isupper() and word.lower() not in _PARTICLES:
            break
        words.append(word)
    while words and not words[-1][0].isupper():  # no trailing particles
        words.pop()
    return " ".join(words) if words else None


def _salutation_surnames(text: str) -> list[str]:
    """Surnames of the salutation lines ("Beste meneer en mevrouw Van Acker" -> "Van Acker", "Madame
    Lambert," -> "Lambert")."""
    found = [_surname(m.group(1)) for pattern in (_SALUTATION_SURNAME, _TITLE_LINE) for m in pattern.finditer(text)]
    return [name for name in found if name]


def _titled_surnames(text: str, salutation: list[str]) -> set[str]:
    """Every surname the mail gives a title, in a sentence ("mevrouw Wouters") or on the salutation line (its
    surnames: ``salutation``)."""
    found = {_surname(m.group(1)) for m in _TITLED.finditer(text)}
    return {name for name in found if name} | set(salutation)


def _pick(
    text: str, pupils_at: dict[tuple[int, int], set[str]], found_for: Callable[[set[str]], dict[str, frozenset[str]]]
) -> None:
    """Narrow each mention of a first name several pupils carry to the pupils that ``found_for`` gives for its
    first word ("Chloé" + "Lambert" as a full name, "Noor" + "(5C)" with a class), when any of its pupils is
    found so (``found_for`` is asked once, for every such first word): two Jarnes of 3C, when the mail names
    3C, are one of those two, not the Jarne of 3D."""
    first_at = {span: _first_word(text, span) for span, pupils in pupils_at.items() if len(pupils) > 1}
    if not first_at:
        return
    found = found_for(set(first_at.values()))
    for span, first in first_at.items():
        some = found[first] & pupils_at[span]
        if some:
            pupils_at[span] = set(some)


# The greeting line of a mail: "Dag Grace,", "Hoi Ilse", "Ilse," (a first name, capitalised)
_GREETING = re.compile(
    r"(?:(?i:dag|hoi|hallo|hey|beste|lieve|dag beste|goedemorgen|goeiemorgen|dear|hi|hello|bonjour|salut)[ \t]+)?"
    r"([A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?)[ \t]*[,!:]?"
)


def _greets_another(text: str, body_start: int, outside: Sequence[str], first_names: FirstNames) -> bool:
    """Whether the first line after the subject greets one person by a first name that no outside recipient's
    address spells, while each of those addresses spells a first name of its own (ellen.verstraeten@: "Ellen";
    an address that names no one, gezin.claes@, says nothing)."""
    line = next((line.strip() for line in text[body_start:].split("\n") if line.strip()), "")
    greeting = _GREETING.fullmatch(line)
    if greeting is None or first_names.kind(greeting.group(1)) != "name" or not outside:
        return False
    name = strip_accents(greeting.group(1)).lower()
    for address in outside:
        words = _local_words(address)
        if name in words or not any(first_names.kind(word.capitalize()) == "name" for word in words):
            return False
    return True


def _local_words(address: str) -> list[str]:
    """The words of an address's local part, lower case without accents: "Els.Van-Acker" -> els, van, acker."""
    return _LETTERS.findall(strip_accents(address.rpartition("@")[0]).lower())


def _in_address(surname: str, address: str) -> bool:
    """Whether the local part of ``address`` spells ``surname`` as one of its words or as words joined, or starts
    or ends with it ("Van Acker": vanacker.els@, els.van.acker@; "Peeters": kristofpeeters@)."""
    key = "".join(_LETTERS.findall(strip_accents(surname).lower()))
    words = _local_words(address)
    if not key or not words:
        return False
    joined = {"".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, min(len(words), i + 3) + 1)}
    letters = "".join(words)
    return key in joined or (len(key) >= 5 and (letters.startswith(key) or letters.endswith(key)))


def _quote_start(text: str) -> int:
    """Where the quoted mail below a reply starts: its header ("Op ... schreef", "Van:") or its first line
    marked with ">"; the text's length when none."""
    pos = 0
    for line in text.split("\n"):
        if line.lstrip().startswith(">") or _QUOTE_HEADER.match(line):
            return pos
        pos += len(line) + 1
    return len(text)


def _families(roster: PupilIndex, firsts: set[str], surnames: list[str]) -> dict[str, frozenset[str]]:
    """For each of ``firsts``, the pupils of the families that ``surnames`` name: named in full with one of them, or
    with a parent whose address spells one (a mother who kept her own surname)."""
    by_parent = frozenset().union(*(roster.parents_named(surname) for surname in surnames))
    return {first: pupils | by_parent for first, pupils in roster.full_names(firsts, surnames).items()}


def _first_word(text: str, span: tuple[int, int]) -> str:
    return text[span[0] : span[1]].split()[0]


def _third_parties(text: str, spans: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """Names in a sentence that speaks of the recipients' own child without naming it ("uw zoon kreeg
    ruzie met Lore Peeters"): a classmate, not the pupil the mail is about."""
    third: set[tuple[int, int]] = set()
    for m in _OWN_CHILD.finditer(text):
        before = [e.end() for e in _SENTENCE_END.finditer(text, 0, m.start())]
        start = before[-1] if before else 0
        after = _SENTENCE_END.search(text, m.end())
        end = after.start() if after else len(text)
        third.update(span for span in spans if start <= span[0] < end)
    return third


def _context(text: str, span: tuple[int, int]) -> str:
    """The words around a mention, blanks folded: the same sentence in two parts gives the same context."""
    return " ".join(text[max(0, span[0] - 30) : span[1] + 30].split()[1:-1])


def _someone_else(text: str, span: tuple[int, int], closings: list[int], *, strong: bool, subject_end: int) -> bool:
    """Whether the name at ``span`` is evidently not a pupil's: after a title ("mevrouw Elif Yildiz", "juf
    Noor"), in a signature (a few lines after a closing formula, or alone on a line between blank lines: a
    sign-off, but not the subject line, the text's first, which may be the name alone: "Zita"), on the header
    lines of a quoted mail; a first name also on the salutation line (the recipient) or followed by another
    surname ("Noor Verbiest")."""
    start, end = span
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if _TITLE.search(text, max(0, start - 20), start) or _QUOTE_HEADER.match(line):
        return True
    if (
        end > subject_end
        and not line.replace(text[start:end], "").strip(" \t\r,.!")
        and _blank_around(text, line_start, line_end)
    ):
        return True  # a sign-off: the name alone on its line
    before = bisect.bisect_right(closings, start)  # the nearest closing formula before the name
    if before and text.count("\n", closings[before - 1], start) <= SIGNATURE_LINES:
        return True
    return not strong and (_SALUTATION.match(line) is not None or _SURNAME_AFTER.match(text, end) is not None)


def _blank_around(text: str, line_start: int, line_end: int) -> bool:
    """The line starts a block (the text's start or after a blank line) of at most ``SIGNATURE_LINES`` lines
    (the name, then a role, a phone number ...): the shape of a signature."""
    above = line_start == 0 or not text[text.rfind("\n", 0, max(0, line_start - 1)) + 1 : line_start].strip()
    if not above:
        return False
    if line_end < 0:
        return True
    block = _BLOCK_END.search(text, line_end)
    end = block.start() if block else len(text)
    return text.count("\n", line_end, end) <= SIGNATURE_LINES


def check(message: Message, policy: Policy) -> list[Finding]:
    roster = policy.roster
    if roster is None:
        return []
    config: Config = policy.rules.recipient
    own = {message.sender, *(a.key for a in message.from_)}
    outside = [
        r for r in _recipients(message) if r not in own and policy.school.classify(r) in (Kind.EXTERNAL, Kind.PUPIL)
    ]
    findings: list[Finding] = []
    if config.check_typos:
        typos = [
            r
            for r in outside
            if policy.school.classify(r) is Kind.EXTERNAL
            and not roster.is_known_address(r)
            and roster.near_known_address(r)
        ]
        if typos:
            findings.append(
                Finding(
                    rule="recipient",
                    category="address_typo",
                    severity=Severity.MEDIUM,
                    reason=config.typo_reason,
                    evidence=(f"{len(typos)} adres(sen) dat op een gekend adres lijkt: {masked_list(typos)}",),
                )
            )
    children: set[str] = set()
    parents = 0
    for r in outside:
        kids = roster.children_of(r)
        if kids:
            parents += 1
            children |= kids
    if not children or any(policy.school.classify(r) is Kind.PUPIL and roster.is_known_address(r) for r in outside):
        return findings  # no parents; or a pupil's own mailbox is a recipient (whose, the rule cannot tell)
    text = message.text
    refs = roster.find(text)
    if not refs:
        return findings
    by_span: dict[tuple[int, int], list[PupilRef]] = {}
    pupils_at: dict[tuple[int, int], set[str]] = {}
    for ref in refs:
        by_span.setdefault((ref.start, ref.end), []).append(ref)
        pupils_at.setdefault((ref.start, ref.end), set()).update(roster.members(ref.pupil))
    # the same name written again is the same pupil: a mention that its class narrowed ("Lars Vos (6ECMT)": not
    # Lars De Vos, whom "Lars Vos" also names without his particle) says which one the others are ("Kinderfoto
    # Lars Vos" in the subject); mentions that narrow to different pupils narrow nothing
    same_name: dict[str, set[str]] = {}
    for (start, end), pupils in pupils_at.items():
        name = text[start:end].casefold()
        same_name[name] = pupils & same_name[name] if name in same_name else set(pupils)
    for (start, end), pupils in pupils_at.items():
        narrowed = same_name[text[start:end].casefold()]
        if narrowed and len(narrowed) < len(pupils):
            pupils_at[(start, end)] = narrowed
    salutation = _salutation_surnames(text)  # read once: it narrows names here and completes first names below
    codes = sorted(  # the classes the mail names (not one named as a group's: _GROUP_OF_CLASS)
        {
            c.group().replace(" ", "")
            for c in _CLASS_CODE.finditer(text)
            if not _GROUP_OF_CLASS.search(text, max(0, c.start() - 40), c.start())
        }
    )
    # a first name of a pupil the mail names in full is that pupil, before a class or a title's surname picks among
    # the pupils who carry it ("Laptop Amber" over "Beste mevrouw Wauters" and "Amber Wouters (2C)": the Amber named
    # in full, not the one of the greeted family; batch39)
    in_full = {
        pupil
        for span, group in by_span.items()
        if group[0].kind in STRONG and len(pupils_at[span]) == 1
        for pupil in pupils_at[span]
    }
    for span, pupils in pupils_at.items():
        if by_span[span][0].kind not in STRONG and len(pupils) > 1 and pupils & in_full:
            pupils_at[span] = pupils & in_full
    if any(len(p) > 1 for p in pupils_at.values()):
        # a name several pupils carry ("Chloé", "Sem (1B)") is the one in a class the mail names anywhere ("op
        # Smartschool bij Nederlands 1C", "titularis 3C"), else the one whose surname the mail gives a title
        # ("Madame Lambert", "met mevrouw Wouters": the family the mail speaks of), or whose parent's address spells
        # it (a mother keeps her surname: "mevrouw Ceulemans", mother of Wout Coppens, at ceulemans.ilse@). The class
        # first: it is the pupil's, a title's surname may be a parent's own that the address does not spell
        # ("mevrouw Ceulemans" at mama.wout@ is no sign of a Wout Ceulemans of 3C)
        surnames = sorted(_titled_surnames(text, salutation))
        _pick(text, pupils_at, lambda firsts: roster.in_classes(firsts, codes))
        _pick(text, pupils_at, lambda firsts: _families(roster, firsts, surnames))
    strong_spans = [span for span, group in by_span.items() if group[0].kind in STRONG]
    # a recipient's child named in full (or with a class): whatever else, not misdirected. But a reply whose new text
    # names another pupil so and speaks of no child of theirs ("uw dochter") answers in the wrong thread when the
    # recipients' child is named only in the thread's subject and the quoted mail below: those are the recipients' own
    # question, not this message's subject ("RE: Emma kan niet inloggen" over "De laptop van Finn Martens (1A) is
    # hersteld" over "> Emma Verhoeven uit 1A ..."; "RE: boekentas Julie" over "Amira Haddad (3A) komt terug")
    subject_end = len(message.subject)
    reply = _THREAD_SUBJECT.match(message.subject) is not None
    quote_at = _quote_start(text)  # where the quoted mail below starts (the text's length when none)
    new_end = quote_at if reply else len(text)
    own_child = _OWN_CHILD.search(text, subject_end, new_end) is not None
    child_strong = [span for span in strong_spans if pupils_at[span] & children]
    if any(span[0] < new_end for span in child_strong):
        return findings
    others_only = (
        new_end < len(text)
        and not own_child
        and any(
            subject_end < s[0] < new_end
            and not pupils_at[s] & children
            and not _WITH_BEFORE.search(text, max(0, s[0] - 16), s[0])
            for s in strong_spans
        )
    )
    if child_strong and not others_only:
        return findings
    if others_only:  # the thread's subject and the quoted mail are the recipients' own question
        for span in [span for span in by_span if span[1] <= subject_end or span[0] >= new_end]:
            del by_span[span], pupils_at[span]
        strong_spans = [span for span in strong_spans if span in by_span]
    # the surname in the salutation completes a first name: "Beste meneer Van Acker" + "Julie"; or it is a parent's
    # own, as the parent's address spells it ("Beste mevrouw Van Laere" + "Lotte": the Lotte whose mother writes
    # from sarah.vanlaere@)
    completing: list[tuple[str, int]] = []  # (a salutation's surname, where the first name it completed stands)
    for surname in salutation:
        for span, group in by_span.items():
            if group[0].kind == "first_name":
                first = text[span[0] : span[1]]
                # (only to one of the pupils the name can still be: not against the class the mail names)
                full = pupils_at[span] & _families(roster, {first}, [surname])[first]
                if full:
                    pupils_at[span] = full
                    strong_spans.append(span)
                    completing.append((surname, span[0]))
    # a reply's or a forward's subject is the thread's, written before this message ("Re: Tekening Yasmine"): when
    # the body names a pupil in full or with a class, a first name only that subject gives says nothing of whom
    # this message is about, nor that it is about the recipients' child (their child named there in full or with
    # a class still counts: checked above, the cautious reading)
    if reply and any(span[0] > subject_end for span in strong_spans):
        for span in [span for span in by_span if span[1] <= subject_end]:
            del by_span[span], pupils_at[span]
        strong_spans = [span for span in strong_spans if span in by_span]
    # an answer in the wrong thread, the other way it shows: a reply that greets someone whom the recipients'
    # addresses do not name ("Dag Grace," to ellen.verstraeten@, "Ilse," to marleen.wuyts@) was meant for another;
    # the thread's subject and the quoted mail are the recipients' own (their child named there says nothing of
    # this message), and a pupil the new text names, even once, is whom it is about
    # (or one that greets the family of a pupil its new text names, "Beste mevrouw Tahiri" + "Amine" for Amine
    # Tahiri: when that pupil is the recipients' child, the mail is about their child anyway)
    quote = quote_at if reply else len(text)
    greets_other = reply and (
        _greets_another(text, subject_end, outside, policy.rules.sensitive.compiled.first_names)
        or any(at < quote for _surname, at in completing)
    )
    if greets_other:
        for span in [span for span in by_span if span[1] <= subject_end or span[0] >= quote]:
            del by_span[span], pupils_at[span]
        strong_spans = [span for span in strong_spans if span in by_span]
    # a first name of a pupil also named in full (or with a class) is that pupil
    named = {pupil for span in strong_spans for pupil in pupils_at[span]}
    for span, pupils in pupils_at.items():
        if span not in strong_spans and pupils & named:
            pupils_at[span] = pupils & named
    # the recipients' own child without a name ("uw zoon"): names in that sentence are third parties
    third = _third_parties(text, list(by_span))
    marked_spans = [span for span in by_span if _marked(text, span[0])]
    if marked_spans:
        subject_spans = marked_spans
    else:
        closings = [m.start() for m in _CLOSING.finditer(text)]
        subject_spans = [
            span
            for span in strong_spans
            if span not in third and not _someone_else(text, span, closings, strong=True, subject_end=subject_end)
        ]
        # a bare first name is the subject when the mail repeats it, or names it in the subject line: a
        # colleague's or a parent's first name is usually mentioned once
        bare = [
            span
            for span in by_span
            if span not in strong_spans
            and span not in third
            and not _someone_else(text, span, closings, strong=False, subject_end=subject_end)
        ]
        # ... but not when the recipients are greeted by their own name ("Beste mevrouw Schepers" to schepers.ingrid@)
        # and the mail names a class that none of the first name's pupils is in ("Tuur" and "klas 4A" to the
        # mother of Arthur of 4A: a nickname, the writer knows whom they write to; a Tuur of 4B is no sign)
        if bare and codes and any(_in_address(surname, r) for surname in salutation for r in outside):
            in_class = roster.in_classes({_first_word(text, span) for span in bare}, codes)
            bare = [span for span in bare if in_class[_first_word(text, span)] & pupils_at[span]]
        # (a mention in the same words twice is one: the HTML and plain text of one mail, a quoted copy)
        contexts: dict[frozenset[str], set[str]] = {}
        for span in bare:
            contexts.setdefault(frozenset(pupils_at[span]), set()).add(_context(text, span))
        subject_spans += [
            span
            for span in bare
            if greets_other or len(contexts[frozenset(pupils_at[span])]) >= 2 or span[1] <= subject_end
        ]
        # a short mail whose opening names a pupil once ("Beste ouders, Ella heeft haar jas laten liggen"): the first
        # name after the salutation is whom it is about (not a row's label: "Thomas: WZC ...")
        opening = [
            s
            for s in bare
            if subject_end < s[0] < subject_end + OPENING
            and not text[text.rfind("\n", 0, s[0]) + 1 : s[0]].strip()  # it opens its line: "Ella heeft ..."
            and text[s[1] : s[1] + 1] != ":"
        ]
        if opening and not subject_spans and quote_at - subject_end < SHORT_MAIL:
            subject_spans.append(min(opening))
    about = {pupil for span in subject_spans for pupil in pupils_at[span]}
    if not about or about & children:
        return findings
    # an answer in the wrong thread: the recipients addressed as the parents of a pupil who is not their child
    # ("Beste ouders van Ilias") above the quoted mail in which they asked about their own child ("> Mag Zoë
    # ..."): that child, named only in the quote, is not named in this message
    quote = quote_at if marked_spans else len(text)
    if not any(span[0] < quote for span in marked_spans):
        quote = len(text)  # (the parents addressed so only in the quote: no answer in a wrong thread)
    for span, pupils in pupils_at.items():
        if pupils & about:
            continue  # this mention is read as the pupil the mail is about
        if pupils & children and span[0] < quote:
            return findings  # a recipient's child is named too
    shown = sorted({by_span[span][0].initials for span in subject_spans})
    findings.append(
        Finding(
            rule="recipient",
            category="other_pupil",
            severity=Severity.HIGH,
            reason=config.other_pupil_reason,
            evidence=(
                f"over {', '.join(shown[:3]) or 'een leerling'}; {parents} ontvanger(s) zijn ouders van "
                f"{len(children)} andere leerling(en)",
            ),
        )
    )
    return findings


RULE = Rule(
    id="recipient",
    description="Bericht over een leerling naar de verkeerde ouders; verschrijving in een ouderadres",
    paragraph="§2, §3.3",
    config=Config,
    check=check,
)
