"""The ``hijack`` rule on its own: a pure function of the message (with the sender's history the relay
sets) and the policy. Every signal and every threshold has a case that fires and one that does not."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from discretie.message import parse
from discretie.model import Action, Message, SenderHistory
from discretie.pipeline import check as pipeline_check
from discretie.policy import Policy, PolicyError, parse_policy
from discretie.rules.hijack import LURE_SCAN, Config, Outside, check, fold, outside_recipients, required_literals

POLICY = Policy()
TEACHER = "an.devos@sintpieterscollege.be"
COLLEAGUE = "jan.peeters@spc.ksleuven.be"
LURE = "Beste ouder,\r\n\r\nUw mailbox is vol. Klik hier om te verifiëren: https://mail-upgrade.example.net/x\r\n"
PLAIN = "Beste ouders,\r\n\r\nVrijdag is er geen les wegens een pedagogische studiedag.\r\n"


def parents(n: int) -> tuple[str, ...]:
    return tuple(f"ouder{i}@telenet.be" for i in range(n))


def mail(body: str, rcpts: tuple[str, ...], headers: str = "", sender: str = TEACHER) -> Message:
    raw = (
        f"From: An Devos <{sender}>\r\nTo: {sender}\r\n{headers}Subject: Info\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    ).encode()
    return parse(raw, sender, rcpts)


def history(
    externals: int, max_externals: int = 100, burst: bool = False, blocked: bool = False, unlisted: int | None = None
) -> SenderHistory:
    return SenderHistory(
        externals=externals,
        unlisted=externals if unlisted is None else unlisted,
        messages=1,
        window=900.0,
        max_externals=max_externals,
        first_seen=1.0,
        burst=burst,
        blocked=blocked,
    )


def with_history(message: Message, h: SenderHistory | None) -> Message:
    return dataclasses.replace(message, history=h)


def categories(message: Message, policy: Policy = POLICY) -> list[str]:
    return [f.category for f in check(message, policy)]


@pytest.mark.parametrize(
    "body",
    [
        "Uw mailbox is vol, klik hier om uw account te behouden",
        "Bevestig uw account binnen 24 uur",
        "Klik hier om te verifiëren",
        "Votre boîte aux lettres est pleine",
        "Confirmez votre compte",
        "Your mailbox is full",
        "Please verify your account today",
        "Let op: ons rekeningnummer is gewijzigd, gebruik het nieuw rekeningnummer BE12 3456",
        "Nous avons de nouvelles coordonnées bancaires",
        "Unusual sign-in activity on your account",
    ],
)
def test_a_lure_to_many_outsiders_is_phishing(body: str) -> None:
    message = mail(body, parents(25))
    (finding,) = check(message, POLICY)
    assert (finding.category, finding.evidence[0]) == ("phishing", "25 externe ontvangers in dit bericht")
    assert finding.evidence[1].startswith("lokmiddel in de tekst: '")
    assert pipeline_check(message, POLICY).action is Action.HOLD


def test_ordinary_words_are_no_lure() -> None:
    body = "Log in op Smartschool met je wachtwoord om het rapport te bekijken. Klik hier voor de agenda."
    assert check(mail(body, parents(25)), POLICY) == []


def test_lure_to_few_outsiders_or_only_staff_is_not_a_hijack() -> None:
    assert check(mail(LURE, parents(19)), POLICY) == []
    assert check(mail(LURE, (COLLEAGUE,)), POLICY) == []


def test_many_outsiders_without_any_sign_of_phishing_is_not_a_hijack() -> None:
    assert check(mail(PLAIN, parents(200)), POLICY) == []


def test_reply_to_outside_the_school_is_a_sign() -> None:
    outside = mail(PLAIN, parents(25), headers="Reply-To: helpdesk@mail-support.example.org\r\n")
    (finding,) = check(outside, POLICY)
    assert finding.evidence[-1] == "antwoordadres (Reply-To) buiten de school: ...@mail-support.example.org"
    inside = mail(PLAIN, parents(25), headers="Reply-To: secretariaat@sintpieterscollege.be\r\n")
    assert check(inside, POLICY) == []


def test_a_dangerous_link_as_the_links_rule_sees_it_is_a_sign() -> None:
    message = mail("Nieuwe login voor de ouderportaal: https://smartschoo1.be/login", parents(25))
    (finding,) = check(message, POLICY)
    assert finding.evidence[-1] == "gevaarlijke link (lookalike)"
    ordinary = mail("Het jaarverslag: https://www.sintpieterscollege.be/jaarverslag", parents(25))
    assert check(ordinary, POLICY) == []


def test_the_window_counts_what_the_message_alone_does_not() -> None:
    message = mail(LURE, parents(5))
    assert check(with_history(message, history(externals=29)), POLICY) == []
    (finding,) = check(with_history(message, history(externals=30)), POLICY)
    assert finding.evidence[0] == "30 externe ontvangers in 15 min"


def test_first_time_to_so_many_is_a_pattern_when_the_baseline_is_lower() -> None:
    policy = parse_policy("rules:\n  hijack:\n    externals_per_message: 100\n")
    message = mail(LURE, parents(20))
    assert check(with_history(message, history(externals=20, max_externals=20)), policy) == []
    (finding,) = check(with_history(message, history(externals=20, max_externals=19)), policy)
    assert finding.evidence[0] == "eerste keer naar zo veel externen (voordien hoogstens 19 per bericht)"
    assert check(message, policy) == []  # offline: no baseline, no new pattern


def test_a_list_of_staff_is_not_outside_the_school() -> None:
    """A department's or a class council's list reaches colleagues only: no outsider, whatever the lure (a
    colleague warning the department about a phishing mail quotes it)."""
    lists = ("vakgroep-wiskunde@sintpieterscollege.be", "klassenraad4a@spc.ksleuven.be", "wiskunde@spc.ksleuven.be")
    assert outside_recipients(mail(LURE, lists), POLICY) == Outside(count=0, groups=0, unlisted=0)
    assert check(mail(LURE, lists), POLICY) == []
    assert outside_recipients(mail(LURE, (*lists, "ouders@sintpieterscollege.be")), POLICY).groups == 1


def test_a_group_address_counts_as_many_for_one_message() -> None:
    (finding,) = check(mail(LURE, ("ouders@sintpieterscollege.be",)), POLICY)
    assert finding.evidence[0] == "1 externe ontvangers in dit bericht, waarvan 1 groepsadres(sen)"
    assert outside_recipients(mail(LURE, ("ouders@sintpieterscollege.be", COLLEAGUE)), POLICY).count == 1


def test_the_volume_limit_holds_without_any_sign() -> None:
    message = mail(PLAIN, parents(10))
    assert check(with_history(message, history(externals=299)), POLICY) == []
    (finding,) = check(with_history(message, history(externals=300)), POLICY)
    assert (finding.category, finding.evidence) == ("volume", ("300 externe ontvangers in 15 min (limiet 300)",))
    off = parse_policy("rules:\n  hijack:\n    limit_externals_per_window: 0\n")
    assert check(with_history(message, history(externals=5000)), off) == []


@dataclasses.dataclass(frozen=True)
class Listed:
    """A pupil list that knows some parents' addresses (the ``PupilIndex`` protocol, as far as this rule asks)."""

    addresses: frozenset[str]

    def is_known_address(self, address: str) -> bool:
        return address in self.addresses


def test_the_volume_limit_counts_only_outsiders_off_the_pupil_list() -> None:
    """batch36's class: a letter to all 387 parents of the school in one mail is the school's own mail. The
    parents and pupils of the pupil list and the pupils' school mailboxes do not count towards the limit; with
    ``limit_counts_pupil_list`` they do. A lure to them is still phishing: the pattern counts every outsider."""
    known = parents(290)
    listed = POLICY.with_roster(Listed(frozenset(known)))  # type: ignore[arg-type]
    pupils = tuple(f"leerling{i}@leerling.sintpieterscollege.be" for i in range(20))
    strangers = tuple(f"iemand{i}@gmail.com" for i in range(10))
    letter = mail(PLAIN, known + pupils + strangers)
    assert outside_recipients(letter, listed) == Outside(count=320, groups=0, unlisted=10)
    assert outside_recipients(letter, POLICY) == Outside(count=320, groups=0, unlisted=300)  # no pupil list
    assert check(letter, listed) == []  # offline: the message's own counts
    (finding,) = check(letter, POLICY)
    assert (finding.category, finding.evidence) == ("volume", ("300 externe ontvangers in 15 min (limiet 300)",))
    # in the window the store's two counts decide
    assert check(with_history(letter, history(externals=5000, unlisted=299)), listed) == []
    (finding,) = check(with_history(letter, history(externals=5000, unlisted=300)), listed)
    assert finding.evidence == ("300 externe ontvangers buiten de leerlingenlijst in 15 min (limiet 300)",)
    counting = parse_policy("rules:\n  hijack:\n    limit_counts_pupil_list: true\n").with_roster(
        Listed(frozenset(known))  # type: ignore[arg-type]
    )
    (finding,) = check(letter, counting)
    assert finding.evidence == ("320 externe ontvangers in 15 min (limiet 300)",)
    (finding,) = check(mail(LURE, known), listed)
    assert finding.category == "phishing" and finding.evidence[0] == "290 externe ontvangers in dit bericht"


def test_a_burst_going_on_stops_every_further_message_to_outsiders() -> None:
    message = mail(PLAIN, parents(1))
    assert categories(with_history(message, history(externals=1, burst=True))) == ["burst"]
    to_staff = mail(PLAIN, (COLLEAGUE,))
    assert categories(with_history(to_staff, history(externals=0, burst=True))) == []


def test_a_blocked_sender_is_stopped_for_every_recipient() -> None:
    to_staff = mail(PLAIN, (COLLEAGUE,))
    assert categories(with_history(to_staff, history(externals=0, blocked=True))) == ["blocked"]
    assert pipeline_check(with_history(to_staff, history(0, blocked=True)), POLICY).action is Action.HOLD


def test_only_school_senders_are_watched() -> None:
    outsider = mail(LURE, parents(50), sender="someone@gmail.com")
    assert check(with_history(outsider, history(externals=500, blocked=True)), POLICY) == []


def test_policy_lures_extend_the_list_and_bad_ones_are_refused() -> None:
    policy = parse_policy("rules:\n  hijack:\n    lures: ['uw pakket wacht op betaling']\n")
    assert categories(mail("Uw pakket wacht op betaling", parents(25)), policy) == ["phishing"]
    assert categories(mail("Uw pakket wacht op betaling", parents(25))) == []
    bare = parse_policy("rules:\n  hijack:\n    use_default_lists: false\n")
    assert categories(mail(LURE.replace("https://mail-upgrade.example.net/x", ""), parents(25)), bare) == []
    with pytest.raises(PolicyError, match=r"rules\.hijack\.lures"):
        parse_policy("rules:\n  hijack:\n    lures: ['(unclosed']\n")
    with pytest.raises(PolicyError, match=r"rules\.hijack\.notify_admin"):
        parse_policy("rules:\n  hijack:\n    notify_admin: not-an-address\n")


def test_fold_removes_accents_case_and_extra_spaces() -> None:
    assert fold("Klik  HIER om te\nverifiëren") == "klik hier om te verifieren"


def test_a_warning_that_quotes_a_lure_is_no_sign() -> None:
    """The ICT coordinator warns all staff (personeel@, a group address: "many") about a phishing wave
    and quotes its subject (tests/blind/general02/093): the quoted lure is no sign. The same lure
    without the warning is."""
    path = Path(__file__).resolve().parents[1] / "blind" / "general02" / "093-phishing-waarschuwing-mailbox-vol.eml"
    rcpts = ("blm@spc.ksleuven.be", "personeel@sintpieterscollege.be", "personeel@spc.ksleuven.be")
    warning = parse(path.read_bytes(), "blm@spc.ksleuven.be", rcpts)
    assert check(warning, POLICY) == []
    lure = mail("Uw mailbox is bijna vol. Klik op de knop om meer ruimte te krijgen.", rcpts[1:])
    assert categories(lure) == ["phishing"]


def test_a_promise_never_to_ask_a_password_is_no_lure() -> None:
    """The ICT coordinator reminds all staff that their passwords expire and says no one will ever ask for one by
    mail (batch31): that promise is what phishing never makes, so the reminder's "wachtwoord verloopt" is no sign.
    The same reminder without the promise is one (it reads as the lure it resembles)."""
    rcpts = ("personeel@spc.ksleuven.be",)
    reminder = (
        "Beste collega's,\n\nJullie wachtwoord verloopt op 15 maart. Wijzig het vooraf via de portaalsite van de "
        "school.{promise}\n\nKoen, ICT"
    )
    promise = " Niemand van de school zal je ooit je wachtwoord vragen: ik ook nooit, en zeker niet per mail."
    assert check(mail(reminder.format(promise=promise), rcpts), POLICY) == []
    assert categories(mail(reminder.format(promise=""), rcpts)) == ["phishing"]
    english = "Dear colleagues,\n\nYour password expires on 15 March. IT will never ask for your password by mail."
    assert check(mail(english, rcpts), POLICY) == []
    # the promise with the verb further on, of sending as well as asking (batch32's class, in our own words)
    sending = " Wij mailen je nooit een nieuw wachtwoord zomaar toe en vragen er ook geen."
    assert check(mail(reminder.format(promise=sending), rcpts), POLICY) == []
    far = " Wij zullen nooit een wachtwoord per mail of sms naar je sturen."
    assert check(mail(reminder.format(promise=far), rcpts), POLICY) == []
    # the verb first, "nooit" after the password or before it (batch35's class, in our own words)
    for verb_first in (" Wij vragen je wachtwoord nooit via mail.", " De ICT-dienst vraagt nooit naar je paswoord."):
        assert check(mail(reminder.format(promise=verb_first), rcpts), POLICY) == [], verb_first
    # a lure that asks to request a password is no promise
    lure = reminder.format(promise=" Vraag hier meteen een nieuw wachtwoord aan.")
    assert categories(mail(lure, rcpts)) == ["phishing"]


def test_a_shortener_is_no_sign() -> None:
    """Newsletters link through shorteners (tests/blind/conduct01/006): the links rule reports one in a
    mail to many, but it is no sign of a taken-over account."""
    assert check(mail("De foto's van de opendeurdag: https://bit.ly/3xYzAbc", parents(40)), POLICY) == []


@pytest.mark.parametrize(
    "body",
    [
        "Uw Smartschool-account wordt morgen afgesloten.",
        "Votre compte Office 365 sera suspendu dans 24 heures.",
        "Your school Microsoft account will be suspended today.",
        "Het wachtwoord van uw schoolaccount verloopt om middernacht.",
        "Behoud uw huidige wachtwoord via de knop hieronder.",
        "U heeft 2 nieuwe beveiligde berichten in uw postvak.",
        "Vous avez 1 nouveau message confidentiel.",
        "Log in met uw e-mailadres en wachtwoord om de foto's te zien.",
        "Wil je vier cadeaubonnen van 50 euro kopen? Stuur me de codes.",
        "Could you buy three gift cards for the staff party?",
        "Veuillez vérifier vos informations avant vendredi.",
    ],
)
def test_more_lure_forms(body: str) -> None:
    assert categories(mail(body, parents(25))) == ["phishing"]


def test_enabling_a_macro_is_no_lure() -> None:
    """A colleague explains a macro spreadsheet to the department group (batch01/030): ordinary."""
    body = "Bij het openen moet je op 'Inhoud inschakelen' klikken, anders werkt de knop Bereken niet."
    assert check(mail(body, ("vakgroep-wiskunde@sintpieterscollege.be",)), POLICY) == []


def test_two_different_signs_need_no_crowd() -> None:
    """A lure and a Reply-To elsewhere in one mail to five parents: phishing without "many"; one sign
    is not enough; ``signs_alone: 0`` switches this off."""
    reply_to = "Reply-To: support@mailbox-beveiliging.example.com\r\n"
    both = mail("Uw mailbox is vol, antwoord op deze mail.", parents(5), headers=reply_to)
    (finding,) = check(both, POLICY)
    assert finding.evidence == (
        "5 externe ontvanger(s) in dit bericht",
        "lokmiddel in de tekst: 'uw mailbox is vol'",
        "antwoordadres (Reply-To) buiten de school: ...@mailbox-beveiliging.example.com",
    )
    assert check(mail("Uw mailbox is vol, antwoord op deze mail.", parents(5)), POLICY) == []
    assert check(mail(PLAIN, parents(5), headers=reply_to), POLICY) == []
    off = parse_policy("rules:\n  hijack:\n    signs_alone: 0\n")
    assert check(both, off) == []
    three = parse_policy("rules:\n  hijack:\n    signs_alone: 3\n")
    assert check(both, three) == []


def test_the_lure_is_looked_for_only_where_it_can_decide(monkeypatch: pytest.MonkeyPatch) -> None:
    """The lure search is the rule's costly part (about 1 ms on a 2 KB text). A mail to a few parents with
    no other sign cannot reach signs_alone with a lure alone: the text is not searched. With a Reply-To
    elsewhere it can, and with many recipients (a pattern) every sign counts."""
    calls: list[str] = []
    original = Config.lure

    def counting(self: Config, text: str) -> str | None:
        calls.append(text)
        return original(self, text)

    monkeypatch.setattr(Config, "lure", counting)
    assert check(mail("Uw mailbox is vol, antwoord op deze mail.", parents(5)), POLICY) == []
    assert calls == []
    reply_to = "Reply-To: support@mailbox-beveiliging.example.com\r\n"
    assert check(mail("Uw mailbox is vol.", parents(5), headers=reply_to), POLICY) != []
    assert len(calls) == 1
    assert check(mail("Uw mailbox is vol.", parents(25)), POLICY) != []
    assert len(calls) == 2


def test_the_lure_is_looked_for_in_the_first_part_of_a_long_text() -> None:
    """A 10 MB newsletter to a group took 7 s of CPU for the lure search: it reads the first LURE_SCAN
    characters, where a phishing mail puts its lure; one further down is not seen."""
    config = POLICY.rules.hijack
    assert config.lure("Uw mailbox is vol. " + "x " * 1000) == "uw mailbox is vol"
    assert config.lure("nieuws " * (LURE_SCAN // 7 + 1) + "Uw mailbox is vol.") is None


def test_what_a_lure_requires_is_read_from_its_pattern() -> None:
    """Literal runs and groups of literal alternatives at the top level are required; anything else, or a
    case-insensitive pattern, requires nothing (the search then runs as before)."""
    pattern = r"\b(uw|je|jouw) (mailbox|postvak) is (bijna )?vol\b"
    assert required_literals(pattern) == (("uw", "je", "jouw"), ("mailbox", "postvak"), ("vol",))
    assert required_literals(r"(?i)\bUW MAILBOX") == ()
    # "(mij|me)" is read as "m" and a choice: not literal alternatives, nothing required of it
    assert required_literals(r"\bstuur (mij|me) de codes\b") == (("stuur ",), (" de codes",))


def test_the_lures_give_what_one_alternation_of_them_gives() -> None:
    """Searched one by one after the literal check: the leftmost match, the first pattern at a tie, as one
    alternation of all patterns would find."""
    policy = parse_policy(
        "rules:\n  hijack:\n    use_default_lists: false\n    lures: ['mailbox is vol', 'uw mailbox']\n"
    )
    config = policy.rules.hijack
    assert config.lure("Let op: uw mailbox is vol") == "uw mailbox"  # leftmost
    tie = parse_policy("rules:\n  hijack:\n    use_default_lists: false\n    lures: ['uw mail', 'uw mailbox']\n")
    assert tie.rules.hijack.lure("uw mailbox is vol") == "uw mail"  # the first pattern at a tie
    assert config.lure("geen lokmiddel hier") is None


def test_the_promise_in_any_order_within_a_sentence() -> None:
    """batch44's class (our own words): the promise told with other verbs and word orders ("geef je paswoord nooit
    door", "ik zal er ook nooit om vragen" with the password in the sentence before) is no lure either; a sentence
    that says "never" about something else, or asks without the "never", leaves the lure a sign."""
    rcpts = ("personeel@spc.ksleuven.be",)
    reminder = "Beste collega's,\n\nJullie wachtwoord verloopt op 15 maart.{promise}\n\nKoen, ICT"
    for promise in (
        " Geef je paswoord nooit door aan iemand anders.",
        " Je nieuwe wachtwoord hou je voor jezelf. Ik zal er ook nooit om vragen.",
        " Personne ne vous demandera jamais votre mot de passe.",
    ):
        assert check(mail(reminder.format(promise=promise), rcpts), POLICY) == [], promise
    for other in (
        " Wie nooit aanmeldt, verliest zijn mails.",
        " Vraag je nieuwe wachtwoord hier aan.",
        " La personne de contact vous envoie votre mot de passe.",  # "personne" is "nobody" only before "ne"
    ):
        assert categories(mail(reminder.format(promise=other), rcpts)) == ["phishing"], other
