"""One vocabulary (discretie.labels): every identifier a rule, the pipeline or the store can produce has a
Dutch label, labels that stand side by side differ, and a rule is found by its id or its label."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from discretie import labels
from discretie.model import Action, Severity
from discretie.rules import RULES, attachment, conduct, personal_data, sensitive
from discretie.store import STATES

SRC = Path(labels.__file__).parent


def emitted_categories() -> set[str]:
    """Every category a finding can carry: the rules' category tuples and each literal
    ``category="..."`` in the rules and the pipeline (its internal-error finding)."""
    found = {*attachment.CATEGORIES, *personal_data.CATEGORIES, *sensitive.CATEGORIES, *conduct.LABELS}
    for path in [*(SRC / "rules").glob("*.py"), SRC / "pipeline.py"]:
        for literal in re.findall(r'category="([a-z_]+)"', path.read_text("utf-8")):
            found.add(literal)
        for pair in re.findall(r'category="([a-z_]+)" if \w+ else "([a-z_]+)"', path.read_text("utf-8")):
            found.update(pair)
    return found


def test_every_identifier_has_a_dutch_label() -> None:
    assert set(labels.RULE_LABELS) == set(RULES)
    categories = emitted_categories()
    assert {"credential", "credential_table", "visible_recipients", "group", "self_forward", "error"} <= categories
    assert categories <= set(labels.CATEGORY_LABELS), categories - set(labels.CATEGORY_LABELS)
    assert set(labels.SEVERITY_LABELS) == {s.value for s in Severity}
    assert set(labels.ACTION_LABELS) == {a.value for a in Action}
    assert set(labels.STATE_LABELS) == set(STATES)


def test_labels_that_stand_side_by_side_differ() -> None:
    """A finding reads "rule · category": no category says what its rule already says (the register
    showed "zichtbare ontvangers" twice), and no two rules or two categories share a label."""
    rule_words = {label.casefold() for label in labels.RULE_LABELS.values()}
    assert len(rule_words) == len(labels.RULE_LABELS)
    assert len(set(labels.CATEGORY_LABELS.values())) == len(labels.CATEGORY_LABELS)
    assert not rule_words & {label.casefold() for label in labels.CATEGORY_LABELS.values()}
    assert labels.finding_head("bcc", "visible_recipients", "medium") == (
        "zichtbare ontvangers (§3.1, §3.3) · externe adressen in Aan/CC · ernst middel"
    )
    assert labels.finding_head("password", "credential", "high") == "wachtwoord (§3) · inloggegevens · ernst hoog"


@pytest.mark.parametrize(
    ("given", "rule"),
    [
        ("password", "password"),
        ("wachtwoord", "password"),
        ("Wachtwoord", "password"),
        ("gevoelige info", "sensitive"),
        (" gevoelige   INFO ", "sensitive"),
        ("privé-account", "private_account"),
        ("prive-account", "private_account"),
        ("private-account", "private_account"),
        ("zichtbare ontvangers", "bcc"),
    ],
)
def test_rule_by_id_or_label(given: str, rule: str) -> None:
    assert labels.rule_id(given) == rule


def test_unknown_rule_is_refused_with_the_valid_ones() -> None:
    with pytest.raises(labels.UnknownRule) as caught:
        labels.rule_id("foo")
    assert str(caught.value) == (
        "onbekende regel 'foo'; kies uit: password (wachtwoord), bcc (zichtbare ontvangers), "
        "personal_data (persoonsgegevens), sensitive (gevoelige info), recipient (verkeerde ontvanger), "
        "private_account (privé-account), attachment (bijlage), links (gevaarlijke link), conduct (ongepaste inhoud), "
        "hijack (overgenomen account)"
    )


def test_outcome_says_what_became_of_a_held_message() -> None:
    def held(state: str | None) -> str:
        return labels.outcome("hold", audit=False, would_action="hold", held=True, message_state=state)

    assert held("held") == "vastgehouden voor controle"
    assert held("releasing") == "vastgehouden, daarna vrijgegeven (wordt verzonden)"
    assert held("released") == "vastgehouden, daarna vrijgegeven en verzonden"
    assert held("rejected") == "vastgehouden, daarna geweigerd"
    assert held(None) == "vastgehouden, daarna gewist (bewaartermijn)"
    assert labels.outcome("reject", audit=False, would_action="reject", held=False, message_state=None) == "geweigerd"
    audit = labels.outcome("forward", audit=True, would_action="reject", held=False, message_state=None)
    assert audit == "audit (zou: geweigerd)"
