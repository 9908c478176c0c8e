"""The shared detection module: folding keeps positions and makes accents, case, quote
markers and line wraps irrelevant; lexicon terms match on word boundaries with the compound,
gap and capitals syntax; Presidio-style recognisers score by pattern, checksum and context
(context raises a score but never produces a result alone); signatures are recognised."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discretie.detect import (
    Lexicon,
    Pattern,
    PatternRecognizer,
    Result,
    Span,
    fold,
    fold_chars,
    fold_term,
    merge_regions,
    normalize,
    parse_term,
    resolve_overlaps,
    signature_at,
    signature_spans,
    span_at,
    strip_accents,
)

# --------------------------------------------------------------------------- folding


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("Suïcidaal", "suicidaal"),
        ("ZORGCOÖRDINATOR", "zorgcoordinator"),
        ("Chloé Müller", "chloe muller"),
        ("élève", "eleve"),
        ("l’élève", "l'eleve"),
        ("co‑ouderschap", "co-ouderschap"),  # non-breaking hyphen
        ("ADHD-medicatie", "adhd-medicatie"),
    ],
)
def test_fold_chars(raw: str, folded: str) -> None:
    """Lower case, no diacritics, typographic quotes and dashes made plain, same length."""
    assert fold_chars(raw) == folded
    assert len(fold_chars(raw)) == len(raw)


def test_fold_chars_keeps_length_for_special_lowercase() -> None:
    """Characters whose lower case is longer (İ) keep the text's length."""
    assert len(fold_chars("İstanbul")) == len("İstanbul")


def test_normalize_whitespace_quotes_and_paragraphs() -> None:
    """Quote markers and runs of spaces collapse; a blank line stays a paragraph break."""
    raw = "Uw  zoon\r\n> heeft\n>\n> een   verslag\n\n\n\ntype 9\t!"
    assert normalize(raw) == "Uw zoon\nheeft\n\neen verslag\n\ntype 9 !"


def test_folded_text_aligns_with_norm() -> None:
    """``text`` and ``norm`` have the same positions; line breaks are spaces in ``text``."""
    folded = fold("Uw ZOON heeft\n> suïcidale gedachten.\n\nGroeten")
    assert len(folded.text) == len(folded.norm)
    assert folded.text == "uw zoon heeft suicidale gedachten.  groeten"
    start = folded.text.index("suicidale")
    assert folded.norm[start : start + 9] == "suïcidale"


def test_words_between_and_paragraphs() -> None:
    """Word distance counts gaps; a blank line separates paragraphs."""
    folded = fold("een twee drie\nvier\n\nvijf")
    assert folded.words_between(0, folded.text.index("vier")) == 3
    assert folded.same_paragraph(0, folded.text.index("vier"))
    assert not folded.same_paragraph(0, folded.text.index("vijf"))


# --------------------------------------------------------------------------- terms and lexicon


def test_parse_term_syntax() -> None:
    """``x*`` may be followed by letters, ``*x`` preceded, CAPITALS are exact, ``~`` is a gap."""
    plain = parse_term("Depressie", "psychosocial", 0.5)
    assert (plain.key, plain.head, plain.tail, plain.exact) == ("depressie", False, False, None)
    assert parse_term("medicatie*", "medical", 0.4).tail
    assert parse_term("*stoornis", "medical", 0.4).head
    assert parse_term("ASS", "medical", 0.55).exact == "ASS"
    assert parse_term("verslag  type 9", "care", 0.6).key == "verslag type 9"
    gap = parse_term("verloor ~ vader", "family", 0.55)
    assert gap.key == "verloor" and gap.rest is not None


@pytest.mark.parametrize("spec", ["", "*", "a", "me*di", "x ~ y", "**"])
def test_parse_term_errors(spec: str) -> None:
    """Empty, one-letter and mid-word wildcards are refused."""
    with pytest.raises(ValueError):
        parse_term(spec, "medical", 0.5)


def words(lexicon: Lexicon, text: str) -> list[str]:
    folded = fold(text)
    return [hit.word(folded) for hit in lexicon.find(folded)]


def test_word_boundaries_and_compounds() -> None:
    """A plain term is a whole word; ``*`` admits Dutch compounds on the side it stands."""
    lexicon = Lexicon(
        [
            parse_term("ziek", "medical", 0.2),
            parse_term("medicatie*", "medical", 0.4),
            parse_term("*stoornis", "medical", 0.4),
        ]
    )
    assert words(lexicon, "Hij is ziek, zieke kinderen, ziekenhuis, ziek.") == ["ziek", "ziek"]
    assert words(lexicon, "Het medicatieschema en de medicatie.") == ["medicatieschema", "medicatie"]
    assert words(lexicon, "Een leerstoornis, stoornis, stoornissen.") == ["leerstoornis", "stoornis"]


def test_capitals_only_when_written_in_capitals() -> None:
    """``ASS`` (autism) counts in capitals only; "ass" or "Ass" do not."""
    lexicon = Lexicon([parse_term("ASS", "medical", 0.55)])
    assert words(lexicon, "Diagnose ASS. Een ass. Ass.") == ["ASS"]


def test_accents_line_wraps_and_quotes() -> None:
    """Accent folding, and multi-word terms across a line wrap or a quoted line break."""
    lexicon = Lexicon([parse_term("suicidaal", "p", 0.6), parse_term("verslag type 9", "care", 0.6)])
    assert words(lexicon, "Ze is suïcidaal.") == ["suïcidaal"]
    assert words(lexicon, "> een verslag\n> type 9 werd opgemaakt") == ["verslag type 9"]
    assert words(lexicon, "een verslag\n\ntype 9") == []  # not across paragraphs


def test_gap_terms() -> None:
    """``a ~ b``: b within three words after a."""
    lexicon = Lexicon([parse_term("verloor ~ vader", "family", 0.55)])
    assert words(lexicon, "Hij verloor vorige maand zijn vader.") == ["verloor vorige maand zijn vader"]
    assert words(lexicon, "Hij verloor veel tijd met zijn vader.") == []


def test_longest_match_wins() -> None:
    """Overlapping terms: the longest key wins; one key in two categories stays twice."""
    lexicon = Lexicon(
        [
            parse_term("*therapie", "psychosocial", 0.35),
            parse_term("kinesitherapie", "medical", 0.35),
            parse_term("type 9", "care", 0.5),
            parse_term("verslag type 9", "care", 0.6),
            parse_term("burn-out", "psychosocial", 0.4),
            parse_term("burn-out", "medical", 0.4),
        ]
    )
    folded = fold("kinesitherapie, verslag type 9, burn-out")
    found = [(h.term.category, h.word(folded)) for h in lexicon.find(folded)]
    assert found == [
        ("medical", "kinesitherapie"),
        ("care", "verslag type 9"),
        ("psychosocial", "burn-out"),
        ("medical", "burn-out"),
    ]


def test_positions_after_characters_outside_latin() -> None:
    """The automaton works on UTF-8 inside; positions must still be string positions after
    emoji (outside the BMP), Cyrillic and Greek, also in a window."""
    lexicon = Lexicon([parse_term("epilepsie", "medical", 0.5), parse_term("medicatie*", "medical", 0.4)])
    text = "😀 Зина 🙂🙂 heeft epilepsie; α-medicatieschema 👍 epilepsie"
    folded = fold(text)
    assert words(lexicon, text) == ["epilepsie", "medicatieschema", "epilepsie"]
    start = folded.norm.index("α")
    assert [h.word(folded) for h in lexicon.find(folded, start)] == ["medicatieschema", "epilepsie"]
    assert [folded.text[a:b] for a, b in lexicon.find_in(folded.text)] == ["epilepsie", "medicatie", "epilepsie"]


def test_find_in_a_window_and_limits() -> None:
    """``find`` can be restricted to a window and stops after ``max_hits``."""
    lexicon = Lexicon([parse_term("clb", "care", 0.4)])
    folded = fold("CLB " * 100)
    assert len(lexicon.find(folded, 0, 20)) == 5
    assert len(lexicon.find(folded, max_hits=10)) == 10


def test_hostile_letter_run_is_not_a_word() -> None:
    """A megabyte without spaces full of a compound term ends quickly and yields nothing."""
    lexicon = Lexicon([parse_term("*stoornis*", "medical", 0.45)])
    folded = fold("stoornis" * 125_000)
    assert lexicon.find(folded) == []


def test_fold_term() -> None:
    assert fold_term("  Zorg-\u00adcoördinator  ") == "zorg--coordinator"


# --------------------------------------------------------------------------- recognisers


def _digits_recognizer(**kwargs: object) -> PatternRecognizer:
    return PatternRecognizer(
        entity="code",
        patterns=(Pattern("code", r"\b\d{4}\b", 0.3),),
        context=("code", "pin", "geb."),
        validate=lambda value: value != "0000",
        **kwargs,  # type: ignore[arg-type]
    )


def test_context_raises_score_but_never_fires_alone() -> None:
    """Presidio's context enhancement: a context word lifts a candidate; a context word without
    a candidate yields nothing; ``min_score`` hides candidates without context."""
    recognizer = _digits_recognizer(min_score=0.5, context_boost=0.4)
    assert recognizer.analyze("de code is hier") == []
    assert recognizer.analyze("nummer 1234") == []
    [result] = recognizer.analyze("de code is 1234")
    assert result.text == "1234" and result.score == pytest.approx(0.7)
    assert "context 'code'" in result.explanation and "validated" in result.explanation


def test_context_word_boundaries_and_symbols() -> None:
    """Context words are whole words ("codex" is not "code"); ``geb.`` ends in a symbol."""
    recognizer = _digits_recognizer(min_score=0.5)
    assert recognizer.analyze("de codex 1234") == []
    assert [r.text for r in recognizer.analyze("geb. 1234")] == ["1234"]


def test_validate_drops_candidates() -> None:
    """A candidate that fails ``validate`` (a checksum) is not a result."""
    assert _digits_recognizer().analyze("code 0000 en 1234") == [
        r for r in _digits_recognizer().analyze("code 0000 en 1234") if r.text == "1234"
    ]
    assert [r.text for r in _digits_recognizer().analyze("code 0000")] == []


def test_prefilter_and_require_context_find_the_same() -> None:
    """Prefilter regions and context regions only speed things up: same results."""
    text = "pin 1234, later code 5678, en dan een hele tijd niets dat erop lijkt, 9999 zonder woord. " * 3
    plain = _digits_recognizer(min_score=0.5).analyze(text)
    with_prefilter = _digits_recognizer(min_score=0.5, prefilter=r"\d{4}").analyze(text)
    with_context = _digits_recognizer(min_score=0.5, require_context=True).analyze(text)
    assert [r.text for r in plain] == [r.text for r in with_prefilter] == [r.text for r in with_context]
    assert [r.text for r in plain] == ["1234", "5678"] * 3


def test_require_context_needs_words() -> None:
    with pytest.raises(ValueError):
        PatternRecognizer(entity="x", patterns=(), require_context=True)


def test_resolve_overlaps() -> None:
    """Highest score wins, then the longest; disjoint results all stay, in order."""
    results = [
        Result("phone", 0, 10, "x", 0.6, "p", ""),
        Result("national_number", 2, 12, "y", 0.9, "n", ""),
        Result("iban", 20, 30, "z", 0.9, "i", ""),
    ]
    assert [r.entity for r in resolve_overlaps(results)] == ["national_number", "iban"]


def test_merge_regions() -> None:
    assert merge_regions([(-5, 3), (2, 8), (10, 12), (40, 60)], 50) == [(0, 8), (10, 12), (40, 50)]


# --------------------------------------------------------------------------- signatures

MAIL = """Beste ouders,

Uw zoon heeft zijn turnzak laten liggen en wij willen die graag teruggeven aan hem morgen.

Met vriendelijke groeten,
An Devos
zorgcoördinator 2de graad | tel 016 12 34 56

Op ma 3 jan. 2026 om 10:00 schreef Marleen <marleen@telenet.be>:
> Dag juf, weet u waar zijn turnzak is? Hij zoekt hem al de hele week overal in huis.
Het CLB is bereikbaar op 016 12 34 56.
"""


def test_signature_spans() -> None:
    """The closing formula and the lines under it are signature; a short line with a phone
    number elsewhere is a contact line; prose and quote headers end a signature."""
    spans = signature_spans(MAIL)
    lines = [(MAIL[s.start : s.end], s.kind) for s in spans]
    assert lines == [
        ("Met vriendelijke groeten,", "signature"),
        ("An Devos", "signature"),
        ("zorgcoördinator 2de graad | tel 016 12 34 56", "signature"),
        ("Het CLB is bereikbaar op 016 12 34 56.", "contact"),
    ]


def test_signature_at_agrees_with_spans() -> None:
    """The per-position check gives the same answer as the full scan (line breaks aside)."""
    spans = signature_spans(MAIL)
    for pos, ch in enumerate(MAIL):
        if ch == "\n":
            continue
        full = span_at(spans, pos)
        local = signature_at(MAIL, pos)
        assert (full.kind if full else None) == (local.kind if local else None), pos


@pytest.mark.parametrize(
    "closing",
    ["Met vriendelijke groeten,", "Vriendelijke groeten", "Groetjes!", "Mvg", "Kind regards,", "-- ", "Cordialement,"],
)
def test_closing_formulas(closing: str) -> None:
    text = f"Tekst.\n\n{closing}\nAn Devos\nzorgcoördinator"
    assert signature_at(text, text.index("zorg")) is not None


def test_a_row_of_a_semicolon_table_is_no_contact_line() -> None:
    """A CSV row holds a phone number as one of its cells: data, not a contact line. A signature line with
    fewer cells stays one."""
    row = "Naam;Voornaam;Klas;Telefoon\nBosmans;Linde;6C;0481 96 60 42;epilepsie\n"
    assert signature_at(row, row.index("epilepsie")) is None
    assert signature_spans(row) == []
    sign = "Tekst.\n\nAn Devos; zorgcoördinator; tel 016 12 34 56\n"
    assert signature_at(sign, sign.index("zorg")) == Span(sign.index("An"), len(sign) - 1, "contact")


def test_prose_is_not_signature() -> None:
    text = "Beste,\n\nDe zorgcoördinator bespreekt dit met uw zoon morgen tijdens de middagpauze op school.\n"
    assert signature_at(text, text.index("zorg")) is None


@given(st.text(max_size=200))
def test_strip_accents_is_the_decomposition_without_its_marks(text: str) -> None:
    """One pass over the distinct characters gives what a loop over every character gave (hijack, links,
    private_account, labels, roster and the fold table used that loop)."""
    decomposed = unicodedata.normalize("NFKD", text)
    assert strip_accents(text) == "".join(c for c in decomposed if not unicodedata.combining(c))
    assert strip_accents("Één coördinator, café") == "Een coordinator, cafe"
