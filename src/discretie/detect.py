"""Shared detection machinery, after Presidio's analyzer, with Dutch in mind.

Three building blocks that rules combine:

- :class:`PatternRecognizer`: ``Pattern(name, regex, score)`` candidates, an optional
  ``validate`` hook (checksums: a candidate that fails it is dropped), and *context words* that
  raise the score of a nearby candidate but never produce a result on their own.
- :func:`fold` / :class:`Folded`: ``norm``, the text with quote markers (``>``) removed and
  whitespace normalised (one blank line is a paragraph break), and ``text``, the same string
  lower-cased and accent-folded (``suïcidaal`` -> ``suicidaal``) with line breaks as spaces,
  so that multi-word terms match across line wraps and quoted lines. Both have the same
  positions: terms are matched in ``text``, names and evidence read in ``norm``.
- :class:`Lexicon`: categorised, weighted terms compiled once into one Aho-Corasick automaton
  (ahocorasick_rs; 2-3x faster than pyahocorasick on a 100 KB text, see docs/performance.md)
  and matched on word boundaries, with Dutch compounds spelled out per term:
  ``medicatie*`` also matches ``medicatieschema`` (the term starts a compound or takes an
  ending), ``*stoornis`` also matches ``leerstoornis`` (the term ends a compound), a term
  written in capitals (``ASS``, ``GON``) only matches in capitals, ``a ~ b`` allows up to
  three words between its parts.

Also :func:`signature_spans` / :func:`signature_at`: the lines of a mail signature (after a
closing formula such as "Met vriendelijke groeten", or after ``-- ``), and short contact
lines (a telephone number or a mail address with a few words), which content rules should
not read as prose.

Speed: a Python regex scan costs roughly one pass over the text per pattern, and a leading
look-behind or a long alternation makes every position expensive. Whole-text work here is
C-level string operations and Aho-Corasick; regexes run on small regions (``prefilter``,
``require_context``, windows chosen by the caller).

Everything here is immutable once built; building happens once per policy load (or at import
for fixed patterns), never per message.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

import ahocorasick_rs

# --------------------------------------------------------------------------- folding


def strip_accents(text: str) -> str:
    """``text`` decomposed (NFKD) without its combining marks: "één coördinator" -> "een coordinator". The
    marks among the text's distinct characters are removed in one pass, not by a loop over every character."""
    decomposed = unicodedata.normalize("NFKD", text)
    return decomposed.translate({ord(c): None for c in set(decomposed) if unicodedata.combining(c)})


def _fold_char(ch: str) -> str:
    """One character, lower-cased and without diacritics; always exactly one character."""
    special = {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u02bc": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u00ad": "-",
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u200b": " ",
    }
    if ch in special:
        return special[ch]
    low = ch.lower()
    if len(low) != 1:
        return ch
    base = strip_accents(low)
    return base if len(base) == 1 else low


# A pure constant: folded form of every non-ASCII character in Latin-1, Latin Extended-A/B and
# general punctuation. Characters outside it are only lower-cased.
_FOLD_TABLE: dict[str, str] = {
    chr(code): _fold_char(chr(code)) for code in (*range(0x80, 0x250), *range(0x2000, 0x2070))
}
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# Characters that normalisation turns into a plain space: whitespace other than " " and "\n",
# NUL, and ">" (quote markers; a stray ">" in prose does no harm as a space).
_ASCII_SPACES = "\x00\t\x0b\x0c\r\x1c\x1d\x1e\x1f>"
_OTHER_SPACES = (
    "\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b"
    "\u2028\u2029\u202f\u205f\u3000"
)
_ASCII_SPACE_TABLE = str.maketrans(dict.fromkeys(_ASCII_SPACES, " "))


def fold_chars(text: str) -> str:
    """``text`` lower-cased and accent-folded, character for character (same length)."""
    low = text.lower()
    if len(low) != len(text):  # a few characters (İ) lower-case to two
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    if not low.isascii():
        # One C-level replace per distinct character: far cheaper than a callback per match.
        for ch in set(_NON_ASCII.findall(low)):
            folded = _FOLD_TABLE.get(ch, ch)
            if folded != ch:
                low = low.replace(ch, folded)
    return low


def fold_term(term: str) -> str:
    """How a lexicon term is compared: folded, whitespace collapsed to single spaces."""
    return " ".join(fold_chars(term).replace(">", " ").split())


def normalize(text: str) -> str:
    """Whitespace normalised, case and accents kept: ``>`` quote markers and odd spaces become
    spaces, runs of spaces one space, no space at a line's start or end, and at most one blank
    line in a row ("\\n\\n" is a paragraph break). Only C-level string passes: linear and fast."""
    if text.isascii():
        text = text.translate(_ASCII_SPACE_TABLE)
    else:
        for ch in _ASCII_SPACES + _OTHER_SPACES:
            if ch in text:
                text = text.replace(ch, " ")
    while "  " in text:  # each pass halves every run
        text = text.replace("  ", " ")
    text = text.replace(" \n", "\n").replace("\n ", "\n")
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text


class Folded:
    """A text prepared for matching. All positions index :attr:`norm` and :attr:`text` alike.

    ``norm`` is :func:`normalize` (case and accents kept: read names, class codes and evidence
    here); ``text`` is the same string lower-cased and accent-folded, with line breaks as spaces
    (match lexicon terms here: ``suïcidaal`` -> ``suicidaal``, ``verslag\\n> type 9`` ->
    ``verslag type 9``). A paragraph break ("\\n\\n" in ``norm``) is two spaces in ``text``, so
    no multi-word term spans two paragraphs.
    """

    __slots__ = ("norm", "text")

    def __init__(self, original: str):
        self.norm = normalize(original)
        self.text = fold_chars(self.norm).replace("\n", " ")

    def words_between(self, a: int, b: int) -> int:
        """Word gaps between positions ``a`` and ``b`` (in either order)."""
        lo, hi = (a, b) if a <= b else (b, a)
        return self.text.count(" ", lo, hi)

    def same_paragraph(self, a: int, b: int) -> bool:
        lo, hi = (a, b) if a <= b else (b, a)
        return self.norm.find("\n\n", lo, hi) < 0


def fold(text: str) -> Folded:
    """Fold ``text`` for lexicon matching (see :class:`Folded`). Linear in the text length."""
    return Folded(text)


# --------------------------------------------------------------------------- patterns


@dataclass(frozen=True, slots=True)
class Pattern:
    """A candidate regex with its base score in [0, 1] (Presidio's ``Pattern``)."""

    name: str
    regex: str
    score: float


@dataclass(frozen=True, slots=True)
class Result:
    """One recognised entity. ``start``/``end`` index the analysed text; ``explanation`` says
    how the score came about (pattern, validation, context word)."""

    entity: str
    start: int
    end: int
    text: str
    score: float
    pattern: str
    explanation: str


Validator = Callable[[str], bool]


def _context_regex(words: Iterable[str]) -> re.Pattern[str] | None:
    """One regex for context words on folded text (longest first). It has no boundary
    assertions, which would make every position of a long text expensive to try:
    :func:`_context_words` checks the word boundaries of each match instead."""
    parts = [
        re.escape(word).replace(r"\ ", r"\s+")
        for word in sorted({fold_term(w) for w in words if w.strip()}, key=len, reverse=True)
    ]
    return re.compile("|".join(parts)) if parts else None


def _context_term(word: str) -> Term:
    """A context word as a lexicon term; words that end in a symbol (``geb.``, ``°``) may be
    followed by anything."""
    key = fold_term(word)
    return Term(
        category="context", spec=word, weight=0.0, key=key, tail=not key[-1].isalnum(), head=not key[0].isalnum()
    )


def _context_words(regex: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Matches of ``regex`` in folded ``text`` that are whole words (a word ending in a symbol
    such as ``geb.`` or ``°`` needs no boundary on that side)."""
    for match in regex.finditer(text):
        start, end = match.span()
        word = match.group()
        if word[0].isalnum() and start > 0 and text[start - 1].isalnum():
            continue
        if word[-1].isalnum() and end < len(text) and text[end].isalnum():
            continue
        yield match


@dataclass(frozen=True)
class PatternRecognizer:
    """Patterns, an optional checksum hook and context words for one entity.

    A candidate's score is its pattern's score; a context word within ``context_before``
    characters before it (or ``context_after`` after it) adds ``context_boost`` and lifts it to
    at least ``min_score_with_context``. ``validate(candidate)`` returning False drops it.
    Results below ``min_score`` are not reported: with a low base score a pattern only reports
    when its context is there (Presidio's context enhancement). Overlapping candidates keep the
    highest score, then the longest.

    Speed: scanning a text with many patterns costs one pass each. ``prefilter`` is one cheap
    regex that every candidate overlaps (a run of digits): the patterns then only run in the
    few regions it finds, widened by ``margin`` characters. With ``require_context`` the
    patterns only run just after a context word (a birth date needs "geboren" or "°"), and a
    ``prefilter`` is a gate: without a match anywhere there is nothing to look for.
    """

    entity: str
    patterns: Sequence[Pattern]
    context: Sequence[str] = ()
    # context words that count only as written, accents included: folded, "née" is the Dutch "nee" (no) of a
    # table's yes/no column and "né" the French "ne" of a negation
    exact_context: Sequence[str] = ()
    validate: Validator | None = None
    context_boost: float = 0.35
    min_score_with_context: float = 0.4
    min_score: float = 0.0
    context_before: int = 40
    context_after: int = 0
    flags: int = 0
    prefilter: str | None = None
    margin: int = 8
    require_context: bool = False
    max_length: int = 48  # longest candidate, for the regions after a context word
    max_candidates: int = 2000  # bounds the work on hostile input: validations per call
    _compiled: tuple[tuple[Pattern, re.Pattern[str]], ...] = field(init=False, repr=False)
    _context: re.Pattern[str] | None = field(init=False, repr=False)
    _exact: dict[str, frozenset[str]] = field(init=False, repr=False)
    _context_lexicon: Lexicon | None = field(init=False, repr=False)
    _prefilter: re.Pattern[str] | None = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_compiled", tuple((p, re.compile(p.regex, self.flags)) for p in self.patterns))
        object.__setattr__(self, "_context", _context_regex([*self.context, *self.exact_context]))
        exact: dict[str, set[str]] = {}
        for word in self.exact_context:
            exact.setdefault(fold_term(word), set()).add(" ".join(word.lower().split()))
        object.__setattr__(self, "_exact", {k: frozenset(v) for k, v in exact.items()})
        object.__setattr__(self, "_prefilter", re.compile(self.prefilter) if self.prefilter else None)
        if self.require_context and not self.context:
            raise ValueError("require_context needs context words")
        lexicon = None
        if self.require_context:  # whole-text scans for context words: Aho-Corasick, not a regex
            lexicon = Lexicon(_context_term(w) for w in (*self.context, *self.exact_context) if w.strip())
        object.__setattr__(self, "_context_lexicon", lexicon)

    def context_word(self, text: str, start: int, end: int) -> str | None:
        """The context word near text[start:end], if any."""
        if self._context is None:
            return None
        lo = max(0, start - self.context_before)
        # one character more on each side, so that the word boundaries can be checked
        origin = max(0, lo - 1)
        before = fold_chars(text[origin:start])
        found = None
        for match in _context_words(self._context, before):
            if match.start() >= (1 if lo > 0 else 0) and self._as_written(text, origin, match):
                found = match  # the nearest (last) one counts
        if found is not None:
            return found.group()
        if self.context_after:
            after = fold_chars(text[end : end + self.context_after + 1])
            for match in _context_words(self._context, after):
                if match.end() <= self.context_after and self._as_written(text, end, match):
                    return match.group()
        return None

    def _as_written(self, text: str, origin: int, match: re.Match[str]) -> bool:
        """A context word found in folded text at ``origin`` + its offsets: an exact one must be written so."""
        forms = self._exact.get(" ".join(match.group().split()))
        if forms is None:
            return True
        written = " ".join(text[origin + match.start() : origin + match.end()].lower().split())
        return written in forms

    def regions(self, text: str) -> list[tuple[int, int]]:
        """Where the patterns run: the whole text, or merged regions around prefilter matches
        or after context words."""
        if self._context_lexicon is not None:
            if self._prefilter is not None and self._prefilter.search(text) is None:
                return []  # with require_context the prefilter is a gate: nothing to find
            # fold_chars keeps positions; Folded.text would move them (collapsed whitespace)
            words = self._context_lexicon.find_in(fold_chars(text))
            spans = [(end, end + self.context_before + self.max_length) for _, end in words]
            if self.context_after:
                spans += [(start - self.context_after - self.max_length, start) for start, _ in words]
                spans.sort()
        elif self._prefilter is not None:
            spans = [(m.start() - self.margin, m.end() + self.margin) for m in self._prefilter.finditer(text)]
        else:
            return [(0, len(text))]
        return merge_regions(spans, len(text))

    def analyze(self, text: str, regions: Sequence[tuple[int, int]] | None = None) -> list[Result]:
        """Results in ``text``; ``regions`` (merged, sorted) replaces :meth:`regions` when the
        caller has already found where to look (one prefilter scan shared by recognizers)."""
        results: list[Result] = []
        budget = self.max_candidates
        for lo, hi in self.regions(text) if regions is None else regions:
            for pattern, regex in self._compiled:
                for match in regex.finditer(text, lo, hi):
                    budget -= 1
                    if budget < 0:
                        return resolve_overlaps(results)
                    value = match.group()
                    if self.validate is not None and not self.validate(value):
                        continue
                    score = pattern.score
                    why = f"{pattern.name} {pattern.score:.2f}"
                    if self.validate is not None:
                        why += "; validated"
                    word = self.context_word(text, match.start(), match.end())
                    if word is not None:
                        score = max(min(1.0, score + self.context_boost), self.min_score_with_context)
                        why += f"; context '{word}' -> {score:.2f}"
                    if score < self.min_score:
                        continue
                    results.append(Result(self.entity, match.start(), match.end(), value, score, pattern.name, why))
        return resolve_overlaps(results)


def merge_regions(spans: Iterable[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """Sorted ``spans`` clamped to [0, length] and merged where they touch or overlap."""
    merged: list[tuple[int, int]] = []
    for lo, hi in spans:
        lo, hi = max(0, lo), min(length, hi)
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        elif lo < hi:
            merged.append((lo, hi))
    return merged


def resolve_overlaps(results: list[Result]) -> list[Result]:
    """Keep, of overlapping results, the highest score (then the longest); sorted by start.
    Linear apart from the (small) clusters of results that overlap each other."""
    ordered = sorted(results, key=lambda r: (r.start, -r.end))
    out: list[Result] = []
    cluster: list[Result] = []
    reach = -1
    for result in ordered:
        if cluster and result.start >= reach:
            out.extend(_resolve_results(cluster))
            cluster = []
        cluster.append(result)
        reach = max(reach, result.end) if len(cluster) > 1 else result.end
    out.extend(_resolve_results(cluster))
    return sorted(out, key=lambda r: r.start)


def _resolve_results(cluster: list[Result]) -> list[Result]:
    kept: list[Result] = []
    for result in sorted(cluster, key=lambda r: (-r.score, -(r.end - r.start), r.start)):
        if all(result.end <= k.start or result.start >= k.end for k in kept):
            kept.append(result)
    return kept


# --------------------------------------------------------------------------- lexicon


_TERM_SPEC = re.compile(r"^\*?[^*]+\*?$")
MAX_WORD = 40  # letters a compound may add to a term; a longer run of letters is not a word
GAP_WORDS = 3  # words a "~" in a term may skip


@dataclass(frozen=True, slots=True)
class Term:
    """One lexicon entry. ``spec`` as written by the author (``medicatie*``, ``*stoornis``,
    ``ASS``, ``verloor ~ vader``); ``key`` the folded text the automaton matches; ``head``: may
    be preceded by letters (``*x``), ``tail``: may be followed by letters (``x*``); ``exact``
    the required original spelling when the spec is written in capitals; ``rest`` the part
    after a ``~`` gap (up to :data:`GAP_WORDS` words), matched after the key."""

    category: str
    spec: str
    weight: float
    key: str
    head: bool = False
    tail: bool = False
    exact: str | None = None
    rest: re.Pattern[str] | None = None


def parse_term(spec: str, category: str, weight: float) -> Term:
    """``spec`` -> :class:`Term`. Raises ValueError on an unusable spec.

    ``word``: the word or phrase itself; ``word*``: also as the start of a compound or with an
    ending (``medicatie*``: medicatieschema); ``*word``: also as the end of a compound
    (``*stoornis``: leerstoornis); ``a ~ b``: ``a``, then ``b`` within three words ("verloor ~
    vader" matches "verloor vorige maand zijn vader"); ALL CAPS (``ASS``): only in capitals.
    """
    raw = " ".join(spec.split())
    if not raw or not _TERM_SPEC.match(raw):
        raise ValueError(f"term {spec!r}: '*' is only allowed at the start or the end")
    head = raw.startswith("*")
    tail = raw.endswith("*")
    body = raw.strip("*").strip()
    parts = [part.strip() for part in body.split("~")]
    if any(sum(ch.isalnum() for ch in part) < 2 for part in parts):
        raise ValueError(f"term {spec!r} is too short: each part needs at least two letters or digits")
    key = fold_term(parts[0])
    rest = None
    if len(parts) > 1:
        pattern = ""
        for part in parts[1:]:
            words = [re.escape(word) for word in fold_term(part).split()]
            pattern += rf"(?: \S+){{0,{GAP_WORDS}}}? " + " ".join(words)
        rest = re.compile(pattern + (r"[^\W_]*" if tail else r"(?![^\W_])"))
    letters = [ch for ch in body if ch.isalpha()]
    exact = body if rest is None and letters and all(ch.isupper() for ch in letters) and len(letters) >= 2 else None
    return Term(category=category, spec=raw, weight=weight, key=key, head=head, tail=tail, exact=exact, rest=rest)


@dataclass(frozen=True, slots=True)
class Hit:
    """A term found in a :class:`Folded` text. ``start``/``end``: the matched key;
    ``word_start``/``word_end``: the whole word or compound around it."""

    term: Term
    start: int
    end: int
    word_start: int
    word_end: int

    def word(self, folded: Folded) -> str:
        """The matched word(s) as written (whitespace normalised)."""
        return " ".join(folded.norm[self.word_start : self.word_end].split())


class Lexicon:
    """Terms compiled into one Aho-Corasick automaton. Immutable after construction."""

    __slots__ = ("_automaton", "_entries", "_lengths", "terms")

    def __init__(self, terms: Iterable[Term]):
        by_key: dict[str, list[Term]] = {}
        for term in terms:
            by_key.setdefault(term.key, []).append(term)
        keys = list(by_key)
        # Standard (not leftmost) semantics with overlapping=True: every occurrence of every
        # key, as the word-boundary and longest-match logic below expects.
        self._automaton = ahocorasick_rs.AhoCorasick(keys) if keys else None
        self._lengths = [len(key) for key in keys]
        self._entries = [tuple(by_key[key]) for key in keys]
        self.terms: tuple[Term, ...] = tuple(t for entries in self._entries for t in entries)

    def __len__(self) -> int:
        return len(self.terms)

    def _matches(self, text: str) -> list[tuple[int, int, int]]:
        """(key index, start, end) of every occurrence, overlapping ones included."""
        if self._automaton is None:
            return []
        return self._automaton.find_matches_as_indexes(text, overlapping=True)

    def find_in(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of whole-word occurrences of plain terms in an already folded ``text``
        (positions unchanged; no compounds, gaps or capitals)."""
        found = []
        for index, first, end in self._matches(text):
            term = self._entries[index][0]
            if not term.head and first > 0 and text[first - 1].isalnum():
                continue
            if not term.tail and end < len(text) and text[end].isalnum():
                continue
            found.append((first, end))
        return found

    def find(self, folded: Folded, start: int = 0, end: int | None = None, max_hits: int = 50_000) -> list[Hit]:
        """Every term occurrence on word boundaries (at most ``max_hits``); where hits overlap,
        the longest key wins (see :func:`_longest`). A compound is at most :data:`MAX_WORD`
        letters beyond the term."""
        if self._automaton is None:
            return []
        text = folded.text
        stop = len(text) if end is None else min(end, len(text))
        # The automaton reads the whole string it is given: a window of a long text is matched
        # as a slice, positions shifted back.
        haystack = text if (start, stop) == (0, len(text)) else text[start:stop]
        hits: list[Hit] = []
        for index, found, _ in self._matches(haystack):
            entries = self._entries[index]
            first = found + start
            last = first + self._lengths[index] - 1
            before = text[first - 1] if first > 0 else " "
            after = text[last + 1] if last + 1 < len(text) else " "
            for term in entries:
                if not term.head and before.isalnum():
                    continue
                if term.rest is not None:
                    if after.isalnum():
                        continue
                    tail_match = term.rest.match(text, last + 1)
                    if tail_match is None:
                        continue
                    hits.append(Hit(term, first, tail_match.end(), first, tail_match.end()))
                    continue
                if not term.tail and after.isalnum():
                    continue
                if term.exact is not None and " ".join(folded.norm[first : last + 1].split()) != term.exact:
                    continue
                ws, we = first, last + 1
                if term.head:
                    floor = max(0, first - MAX_WORD)
                    while ws > floor and text[ws - 1].isalnum():
                        ws -= 1
                    if ws == floor and ws > 0 and text[ws - 1].isalnum():
                        continue  # not a word: a run of letters longer than any compound
                if term.tail:
                    ceiling = min(len(text), last + 1 + MAX_WORD)
                    while we < ceiling and text[we].isalnum():
                        we += 1
                    if we == ceiling and we < len(text) and text[we].isalnum():
                        continue
                hits.append(Hit(term, first, last + 1, ws, we))
            if len(hits) >= max_hits:
                break
        return _longest(hits)


def _longest(hits: list[Hit]) -> list[Hit]:
    """Of overlapping hits keep the longest key (``kinesitherapie`` over ``*therapie``,
    ``verslag type`` over ``type 9``); hits with the same span (one key in two categories)
    are all kept. Linear apart from the (small) clusters of overlapping hits."""
    if len(hits) < 2:
        return hits
    hits.sort(key=lambda h: (h.start, -h.end))
    out: list[Hit] = []
    cluster: list[Hit] = []
    reach = -1
    for hit in hits:
        if cluster and hit.start >= reach:
            out.extend(_resolve_cluster(cluster))
            cluster = []
        cluster.append(hit)
        reach = max(reach, hit.end) if len(cluster) > 1 else hit.end
    out.extend(_resolve_cluster(cluster))
    return out


def _resolve_cluster(cluster: list[Hit]) -> list[Hit]:
    if len(cluster) == 1:
        return cluster
    kept: list[Hit] = []
    for hit in sorted(cluster, key=lambda h: (-(h.end - h.start), h.start)):
        if all(
            hit.end <= other.start or other.end <= hit.start or (hit.start, hit.end) == (other.start, other.end)
            for other in kept
        ):
            kept.append(hit)
    kept.sort(key=lambda h: h.start)
    return kept


# --------------------------------------------------------------------------- signatures

_CLOSING = re.compile(
    r"^[ \t>]*(?:"
    r"(?:met\s+)?(?:(?:vriendelijke|hartelijke|beste|warme|collegiale|fijne|lieve|sportieve)\s+)+groet(?:en|jes)?"
    r"|groet(?:en|jes)|mvg|vriendelijke\s+groet|vg|grtz"
    r"|(?:kind|best|warm|many\s+thanks\s+and\s+kind)\s+regards|regards|cheers|yours\s+(?:sincerely|faithfully)"
    r"|(?:bien\s+)?cordialement|bien\s+[àa]\s+vous|salutations\s+distingu[ée]es"
    r"|--|—|__+"
    r")[ \t,.!]*$",
    re.IGNORECASE | re.MULTILINE,
)
_QUOTE_HEADER = re.compile(
    r"^[ \t>]*(?:op\s.{3,80}\s(?:schreef|heeft\s.{0,40}geschreven)"
    r"|on\s.{3,80}\swrote|le\s.{3,80}\sa\s+[ée]crit"
    r"|(?:van|from|de|verzonden|sent|envoy[ée]|onderwerp|subject|objet)\s*:"
    r"|-{2,}\s*(?:original|oorspronkelijk|doorgestuurd|forwarded|message\s+transf)"
    r"|begin\s+(?:doorgestuurd|forwarded)"
    r"|p\.?\s?s\.?\b)",
    re.IGNORECASE,
)
_CONTACT = re.compile(
    r"(?:\+|\b00)\d{2}[\s\d()./-]{7,}\d|\b0\d{1,3}[\s./-]?\d{2,3}[\s./-]?\d{2}[\s./-]?\d{2}\b"
    r"|\S@[\w-]+\.\w|\bwww\.|https?://|\b(?:tel|gsm|fax)\s*[.:]",
    re.IGNORECASE,
)
SIGNATURE_LINES = 12  # lines after a closing formula that may still be signature
_PROSE_WORDS = 12  # a line with this many words (and no contact data) is prose, not signature
_PROSE_CHARS = 300  # a line this long is prose, whatever it holds
_TABLE_CELLS = 4  # a line of this many cells split by ";" is a row of a data table (a CSV export)


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for line in text.splitlines(keepends=True):
        spans.append((pos, pos + len(line.rstrip("\r\n"))))
        pos += len(line)
    return spans


@dataclass(frozen=True, slots=True)
class Span:
    """A range of characters; ``kind`` is ``"signature"`` (after a closing formula) or
    ``"contact"`` (a short line with a telephone number, mail or web address)."""

    start: int
    end: int
    kind: str


def _line_kind(line: str) -> str:
    """``closing``, ``stop`` (a quote header or PS line, or prose), ``contact`` or ``plain``."""
    if len(line) > _PROSE_CHARS:
        return "stop"  # a paragraph on one line (HTML, format=flowed) is prose
    if _CLOSING.match(line):
        return "closing"
    words = len(line.split())
    if line.count(";") >= _TABLE_CELLS - 1:
        return "plain"  # a row of a data table ("Bosmans;Linde;6C;0481 96 60 42;epilepsie"), not a contact line
    contact = words and _CONTACT.search(line) is not None
    if _QUOTE_HEADER.match(line) or (words >= _PROSE_WORDS and not contact):
        return "stop"
    if contact and words < _PROSE_WORDS:
        return "contact"
    return "plain"


def signature_spans(text: str, max_chars: int = 2_000_000) -> list[Span]:
    """Lines of ``text`` that are signature or contact lines, in order.

    A signature starts at a closing formula line ("Met vriendelijke groeten", "Groetjes", "Kind
    regards", ``--``) and runs over at most :data:`SIGNATURE_LINES` lines; it stops early at a
    quote header ("Op ... schreef", "Van:"), a "PS" line, or a prose line (12+ words, no
    contact data). Anywhere else, a short line (under 12 words) holding a telephone number,
    a mail address or a web address is a contact line. Only the first ``max_chars`` are read.
    """
    if len(text) > max_chars:
        text = text[:max_chars]
    spans: list[Span] = []
    in_signature = 0
    for start, end in _line_spans(text):
        line = text[start:end]
        kind = _line_kind(line)
        if in_signature:
            if kind == "stop":
                in_signature = 0
            else:
                in_signature -= 1
                if line.strip():
                    spans.append(Span(start, end, "signature"))
                continue
        if kind == "closing":
            in_signature = SIGNATURE_LINES
            spans.append(Span(start, end, "signature"))
        elif kind == "contact":
            spans.append(Span(start, end, "contact"))
    return spans


def signature_at(text: str, pos: int) -> Span | None:
    """The signature or contact line holding ``pos``, judged from the few lines around it only
    (same rules as :func:`signature_spans`, constant work per call)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    kind = _line_kind(text[start:end])
    if kind == "closing":
        return Span(start, end, "signature")
    if kind != "stop":
        cursor = start
        for _ in range(SIGNATURE_LINES):
            if cursor <= 0:
                break
            above = text.rfind("\n", 0, cursor - 1) + 1
            above_kind = _line_kind(text[above : cursor - 1])
            if above_kind == "closing":
                return Span(start, end, "signature")
            if above_kind == "stop":
                break
            cursor = above
    if kind == "contact":
        return Span(start, end, "contact")
    return None


def quote_header_at(text: str, pos: int) -> bool:
    """Whether ``pos`` is on a header line of a quoted or forwarded message ("Van: Els Wouters
    <...>", "Op ma 12 okt. schreef ...", "From:", "To:"): the names there are correspondents."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : len(text) if end < 0 else end]
    return bool(_QUOTE_HEADER.match(line)) or bool(re.match(r"^[ \t>]*(?:aan|to|cc|datum|date)\s*:", line, re.I))


def span_at(spans: Sequence[Span], pos: int) -> Span | None:
    """The span of the sorted, non-overlapping ``spans`` that holds ``pos``, if any."""
    lo, hi = 0, len(spans)
    while lo < hi:
        mid = (lo + hi) // 2
        if spans[mid].start <= pos:
            lo = mid + 1
        else:
            hi = mid
    if lo and spans[lo - 1].start <= pos < spans[lo - 1].end:
        return spans[lo - 1]
    return None
