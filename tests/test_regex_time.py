"""No text makes a rule's regular expressions run away (ReDoS). Small mail is checked in the relay's
event loop: one pattern that backtracks exponentially, or quadratically over a long run of blanks, stalls
every SMTP session for seconds to hours. Three found on 2026-12-06 (all since fixed):

- ``recipient``'s title line: name words joined by optional blanks, each splittable anywhere under
  IGNORECASE, 2^n on a line of letters after a title that then failed the line's end (a blind mail's
  "Madame ..." sentence; 20 s for one 20-letter word after "Mevrouw Peeters");
- ``conduct``'s phrase end and ``password``'s keyword tail and dial-turn check: two blank runs in a row,
  quadratic over a long run of blanks (20,000 blanks after an insult: 8 s; after "pincode kluis": 2 s; after a
  dial's turn "links 4": 43 s).

Two nets: every compiled pattern of the package's modules pumped with repeated units after its own
words (catches exponential backtracking at a small size), and whole mails of 20,000 characters of one
repeated unit after rule keywords through every rule with a roster (catches quadratic work anywhere,
also in patterns built at run time)."""

from __future__ import annotations

import importlib
import pkgutil
import re
import time
from email.message import EmailMessage
from typing import Any

import pytest

import discretie
import discretie.rules
from discretie import pipeline
from discretie.message import parse
from discretie.policy import Policy, load_policy
from discretie.rules import RULES
from tests.rules.test_recipient import with_roster

UNITS = ("a", "A", "aA", "a ", "Aa ", "1", "1 ", " ", "\t", ".", "a.", "-", "a-", ":", "a'", "\n", " \n", "é", "\xa0")


def _patterns() -> dict[str, re.Pattern[str]]:
    found: dict[int, tuple[str, re.Pattern[str]]] = {}

    def collect(obj: Any, label: str, depth: int = 0) -> None:
        if isinstance(obj, re.Pattern) and isinstance(obj.pattern, str):
            found.setdefault(id(obj), (label, obj))
        elif isinstance(obj, (tuple, list)) and depth < 3:
            for i, item in enumerate(obj):
                collect(item, f"{label}[{i}]", depth + 1)
        elif isinstance(obj, dict) and depth < 2:
            for key, item in obj.items():
                collect(item, f"{label}[{key!r}]", depth + 1)

    for package in (discretie, discretie.rules):
        for info in pkgutil.iter_modules(package.__path__):
            if info.name == "__main__":
                continue
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            for name, value in vars(module).items():
                collect(value, f"{module.__name__}.{name}")
    return dict(found.values())


def test_no_pattern_backtracks_exponentially() -> None:
    """Each pattern after each of its own words (and as a titled name, "Mevrouw Peeters ...") on 24
    repeats of each unit and four endings: every search well under 50 ms (an exponential one takes
    seconds at this size: the old title line took 300 s on "Meneer Peeters aAaA...!")."""
    patterns = _patterns()
    assert len(patterns) > 200  # the net covers the modules' patterns, not an empty list
    slow = []
    for label, pattern in patterns.items():
        words = list(dict.fromkeys(re.findall(r"[a-zà-ÿ]{2,}", pattern.pattern.lower())))[:10]
        prefixes = ["", *(w + " " for w in words), *(w.capitalize() + " Peeters " for w in words[:5])]
        for prefix in prefixes:
            for unit in UNITS:
                for end in ("!", "", "\n", " x"):
                    text = prefix + unit * 24 + end
                    started = time.perf_counter()
                    pattern.search(text)
                    took = time.perf_counter() - started
                    if took > 0.05:
                        slow.append(f"{label} {took:.2f}s on {text!r}")
    assert slow == []


def _mail(body: str, to: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "an.devos@sintpieterscollege.be"
    msg["To"] = to
    msg["Subject"] = "Verslag"
    msg.set_content(body)
    return msg.as_bytes()


PREFIXES = (
    "Hoi,\n\nhij is een idioot",
    "Beste mevrouw Peeters",
    "Madame Lambert",
    "Mevrouw Peeters",
    "wachtwoord:",
    "pincode kluis",
    "pincode: links 4",  # a dial's turn, and one turn after another elsewhere ("4 r 5"): the turns are read
    "Kluis 4 r 5, links 4",
    "Gebruiker / wachtwoord",
    "tel. 016",
    "Lore (3B)",
    "Mathis Lemmens en uw zoon",  # the recipients' own child without a name, after a pupil's
    "Klassenraad 4C\n- Lore B.:",
    "IBAN BE",
    "> ",
)
BLANKS_AND_WORDS = (" ", "\t", "\n", " \n", "\xa0", "a", "aA", "a ", "1 ", "a.", "a-")


@pytest.fixture(scope="module")
def school_policy() -> Policy:
    return with_roster(load_policy(None))


@pytest.mark.parametrize("prefix", PREFIXES)
def test_no_rule_is_quadratic_on_a_long_run_after_its_keywords(prefix: str, school_policy: Policy) -> None:
    """20,000 characters of one unit after a rule's keywords, to a parent of the roster: every rule together
    within eight times what a mail of the same size with ordinary text takes (at least 0.5 s). A quadratic
    pattern took 2-9 s here (conduct's phrase end after an insult, password's tail after a lock code)."""
    to = "kristof.peeters@telenet.be"  # a parent of the roster: recipient reads the whole mail
    ordinary = ("De uitstap naar Gent gaat door op vrijdag. " * 500)[:20000]
    message = parse(_mail(ordinary, to), "an.devos@sintpieterscollege.be", [to])
    pipeline.check(message, school_policy)
    started = time.perf_counter()
    pipeline.check(message, school_policy)
    limit = max(0.5, 8 * (time.perf_counter() - started))
    slow = []
    for unit in BLANKS_AND_WORDS:
        message = parse(
            _mail(prefix + unit * (20000 // len(unit)) + " x.\n", to), "an.devos@sintpieterscollege.be", [to]
        )
        for rule_id, rule in RULES.items():
            started = time.perf_counter()
            rule.check(message, school_policy)
            took = time.perf_counter() - started
            if took > limit:
                slow.append(f"{rule_id} {took:.2f}s (limit {limit:.2f}s) on {prefix!r} + {unit!r} * n")
    assert slow == []
