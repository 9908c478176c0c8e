"""policy.yaml: the shipped file is valid and equals the embedded default; errors name file, line, key."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from discretie.model import Action, Kind
from discretie.policy import Policy, PolicyError, load_policy, parse_policy

REPO = Path(__file__).resolve().parents[1]


def test_shipped_policy_is_valid_and_embedded() -> None:
    root = (REPO / "policy.yaml").read_bytes()
    embedded = (REPO / "src" / "discretie" / "default_policy.yaml").read_bytes()
    assert root == embedded, "policy.yaml and src/discretie/default_policy.yaml must stay identical"
    policy = load_policy(REPO / "policy.yaml")
    assert policy.school.dpo == "privacy@lksd.ksleuven.be"
    assert policy.server.listen == "127.0.0.1:2525"
    assert policy.server.max_message_size == 35 * 1024 * 1024
    assert policy.rules.password.action is Action.REJECT
    assert policy.rules.sensitive.internal_action is Action.FORWARD
    assert policy.rules.private_account.category_actions["self_forward"] is Action.HOLD
    assert load_policy(None).model_dump() == policy.model_dump()


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("ouders@sintpieterscollege.be", Kind.GROUP),
        ("ouders-3b@spc.ksleuven.be", Kind.GROUP),
        ("klas-5ecmt@sintpieterscollege.be", Kind.GROUP),
        ("Personeel@LKSD.ksleuven.be", Kind.GROUP),
        ("info@sintpieterscollege.be", Kind.FUNCTIONAL),
        ("directie@spc.ksleuven.be", Kind.FUNCTIONAL),
        ("an.devos@sintpieterscollege.be", Kind.STAFF),
        ("jpe@spc.ksleuven.be", Kind.STAFF),
        ("x@campus.ksleuven.be", Kind.STAFF),
        ("lotte.peeters@leerling.sintpieterscollege.be", Kind.PUPIL),
        ("klas-3b@leerling.sintpieterscollege.be", Kind.GROUP),
        ("ouders@gmail.com", Kind.EXTERNAL),
        ("an.devos1985@hotmail.com", Kind.EXTERNAL),
        ("someone@ksleuven.be.evil.test", Kind.EXTERNAL),
        ("someone@notsintpieterscollege.be", Kind.EXTERNAL),
        # sub-addresses reach the mailbox before the "+" (Microsoft 365, Google)
        ("ouders+3b@sintpieterscollege.be", Kind.GROUP),
        ("personeel+fw@lksd.ksleuven.be", Kind.GROUP),
        ("info+x@sintpieterscollege.be", Kind.FUNCTIONAL),
        ("an.devos+school@sintpieterscollege.be", Kind.STAFF),
        ("ouders+3b@gmail.com", Kind.EXTERNAL),
        # lists of staff only
        ("vakgroep-wiskunde@sintpieterscollege.be", Kind.STAFF_GROUP),
        ("klassenraad4a@spc.ksleuven.be", Kind.STAFF_GROUP),
        ("Wiskunde@spc.ksleuven.be", Kind.STAFF_GROUP),
        ("crisisteam+intern@spc.ksleuven.be", Kind.STAFF_GROUP),
        ("zorgteam@spc.ksleuven.be", Kind.STAFF_GROUP),  # a team's list (four blind authors: in BCC)
        ("steam@spc.ksleuven.be", Kind.STAFF),  # a STEAM project, no team
        ("leerkrachten3a@spc.ksleuven.be", Kind.STAFF_GROUP),  # a class's teachers
        ("leerkrachten-5wewi@sintpieterscollege.be", Kind.STAFF_GROUP),
        ("leerkrachten@spc.ksleuven.be", Kind.STAFF),
        ("wiskunde@leerling.sintpieterscollege.be", Kind.PUPIL),  # a pupil's mailbox, whatever its name
        ("lo@spc.ksleuven.be", Kind.STAFF),
    ],
)
def test_classify(address: str, kind: Kind) -> None:
    assert Policy().school.classify(address) is kind


def test_subaddressing_can_be_switched_off() -> None:
    """A mail system without sub-addressing: ``ouders+3b@`` is a mailbox of its own (staff)."""
    school = Policy.model_validate({"school": {"subaddress_separator": ""}}).school
    assert school.classify("ouders+3b@sintpieterscollege.be") is Kind.STAFF
    assert school.classify("ouders@sintpieterscollege.be") is Kind.GROUP


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "rules:\n  bcc:\n    max_visible_external: -1\n",
            "policy.yaml:3 rules.bcc.max_visible_external: Input should be greater than or equal to 0",
        ),
        ("version: 1\nrules:\n  pasword: {}\n", "policy.yaml:3 rules.pasword: unknown key"),
        ("server:\n  listen: localhost\n", "policy.yaml:2 server.listen: expected HOST:PORT"),
        ("server:\n  upstream: http://x\n", "policy.yaml:2 server.upstream: unknown upstream scheme 'http'"),
        ("server:\n  max_message_size: lots\n", "policy.yaml:2 server.max_message_size: expected a size"),
        ("rules:\n  password:\n    action: destroy\n", "policy.yaml:3 rules.password.action: Input should be"),
        ("school:\n  dpo: nobody\n", "policy.yaml:2 school.dpo: must be a mail address"),
        (
            "texts:\n  held_reply: 'ref {reference}'\n",
            "policy.yaml:2 texts.held_reply: unknown placeholder {reference}",
        ),
        ("version: 2\n", "policy.yaml:1 version: only version 1 is known"),
        ("rules: [1, 2\n", "policy.yaml:2: not valid YAML"),
        ("- a\n- b\n", "policy.yaml:1: the policy must be a mapping"),
    ],
)
def test_errors_name_file_line_and_key(text: str, expected: str) -> None:
    with pytest.raises(PolicyError) as exc:
        parse_policy(text, "policy.yaml")
    assert expected in str(exc.value)


def test_several_errors_are_all_reported() -> None:
    with pytest.raises(PolicyError) as exc:
        parse_policy("rules:\n  bcc:\n    max_visible_external: -1\n  foo: 1\nserver:\n  listen: x\n", "p.yaml")
    assert len(exc.value.problems) == 3


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="file not found"):
        load_policy(tmp_path / "nope.yaml")


def test_sizes_and_empty_file() -> None:
    assert parse_policy("server: {max_message_size: 10MB}").server.max_message_size == 10 * 1024 * 1024
    assert parse_policy("server: {max_message_size: 1024}").server.max_message_size == 1024
    assert parse_policy("").model_dump() == Policy().model_dump()


def test_policy_is_immutable() -> None:
    policy = Policy()
    with pytest.raises(Exception):  # noqa: B017 - pydantic's frozen error
        policy.mode = "audit"  # type: ignore[misc]


def test_every_text_has_a_default_and_placeholders() -> None:
    from discretie.texts import DEFAULTS, PLACEHOLDERS, Texts

    assert set(Texts.model_fields) == set(DEFAULTS) == set(PLACEHOLDERS)
    assert parse_policy("texts:\n  notice_held_subject: 'Vastgehouden: {subject}'\n").texts.notice_held_subject
    with pytest.raises(PolicyError, match=r"texts\.dpo_report_body: unknown placeholder \{body\}"):
        parse_policy("texts:\n  dpo_report_body: '{body}'\n")


def test_with_roster_is_a_copy_that_carries_the_pupil_list() -> None:
    """The roster is part of the policy in force, swapped in as a whole: the original policy (which
    transactions in flight keep) is unchanged, and everything else stays as it was."""
    from discretie.model import PupilRef

    class OnePupil:
        def find(self, text: str) -> list[PupilRef]:
            at = text.find("Lotte")
            return [PupilRef(at, at + 5, "p1", "first_name", "L.")] if at >= 0 else []

        def parents(self, pupil: str) -> frozenset[str]:
            return frozenset()

        def children_of(self, address: str) -> frozenset[str]:
            return frozenset()

        def is_known_address(self, address: str) -> bool:
            return False

        def pupils_at(self, address: str) -> frozenset[str]:
            return frozenset()

    policy = load_policy(None)
    roster = OnePupil()
    with_roster = policy.with_roster(roster)
    assert policy.roster is None and with_roster.roster is roster
    assert with_roster.source == policy.source and with_roster.rules == policy.rules
    assert with_roster.with_roster(None).roster is None


def test_private_attributes_read_as_pydantic_reads_them() -> None:
    """config.Frozen reads private attributes (memos, compiled patterns: read on every message)
    straight from pydantic's store instead of through pydantic's slower __getattr__: for every
    model of the shipped policy, every private attribute is the very object pydantic's own lookup
    gives, and an unknown name is still an AttributeError."""
    from pydantic import BaseModel

    def models(value: object) -> Iterator[BaseModel]:
        if isinstance(value, BaseModel):
            yield value
            for name in type(value).model_fields:
                yield from models(getattr(value, name))
        elif isinstance(value, tuple | list):
            for item in value:
                yield from models(item)
        elif isinstance(value, dict):
            for item in value.values():
                yield from models(item)

    policy = load_policy(None).with_exceptions(())
    checked = 0
    for model in models(policy):
        for name in type(model).__private_attributes__:
            assert getattr(model, name) is BaseModel.__getattr__(model, name), (type(model).__name__, name)
            checked += 1
    assert checked >= 40  # 42 in the shipped policy today
    assert policy.school.classify("x@spc.ksleuven.be") is Kind.STAFF
    assert policy.school._kinds == {"x@spc.ksleuven.be": Kind.STAFF}
    with pytest.raises(AttributeError, match="_no_such_private"):
        policy._no_such_private  # type: ignore[attr-defined]  # noqa: B018
    with pytest.raises(AttributeError, match="no_such_field"):
        policy.school.no_such_field  # type: ignore[attr-defined]  # noqa: B018
