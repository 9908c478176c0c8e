"""Mutation test of the documented mechanisms of the ``password`` rule (and its credential model),
``private_account``, ``sensitive``, ``recipient``, the roster and ``hijack``'s volume limit.

Each mutant removes or negates one mechanism that docs/rules.md promises (a word list, a penalty, an
exclusion, a bound, a policy switch). The rule's tests must fail on every mutant; a mutant that leaves
them green is a mechanism nobody would notice losing. Every mutant runs on a copy of ``src/`` (the
worktree is never touched), with the copy first on ``PYTHONPATH``.

    .venv/bin/python bench/mutants.py                      # all rules
    .venv/bin/python bench/mutants.py --rule sensitive --only se-generic-question se-generic-example
    .venv/bin/python bench/mutants.py --rule password --only pw-prose

Exit status: 0 when every mutant is killed, 1 when one survives, 2 when a mutant no longer applies
(its source text changed: update the list).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RULES = REPO / "src" / "discretie" / "rules"


@dataclass(frozen=True)
class Mutant:
    id: str
    what: str  # the mechanism that the mutant removes
    old: str
    new: str


PASSWORD: list[Mutant] = [
    Mutant(
        "pw-combination-kinds",
        "a lock's combination named by its kind (draaicombinatie) is a lock code word",
        '    r"|(?:draai|cijfer|kluis|slot|hangslot)-?combinaties?"\n',
        "",
    ),
    Mutant(
        "pw-led-answer-year",
        "after a lead-in's colon a year-like number may be the code",
        "_number_ok(text, start, start + len(token), year_ok=led)",
        "_number_ok(text, start, start + len(token), year_ok=False)",
    ),
    Mutant(
        "pw-led-answer-sentence",
        "a led-in answer's value may be followed by another sentence",
        "sentence_end if sentence_end > 0 else len(stripped)",
        "len(stripped)",
    ),
    Mutant(
        "pw-meeting-other-account",
        "an account's user on the line: its password is not the meeting's",
        '    r"|gebruiker|\\buser(?:name)?\\b|\\blogin\\b|utilisateur|identifiant|\\bnas\\b|\\bserver\\b"\n',
        "",
    ),
    Mutant(
        "pw-pieces-wrapped-label",
        "a piece label whose sentence wrapped once before its colon",
        "            if wrapped <= line_end + 1 or not",
        "            if True or not",
    ),
    Mutant(
        "pw-pieces-blank-line",
        "one blank line between the label and the pieces",
        "            pos = blank.end()  # one blank line between the label and the pieces",
        "            pass",
    ),
    Mutant(
        "pw-order-pieces",
        "after a first piece, the next ones labelled by their order ('dan:', 'en op het einde:')",
        '_PART_LABEL.fullmatch(pair.group("label")) or (parts and len(pair.group("label").split()) <= 4)',
        '_PART_LABEL.fullmatch(pair.group("label"))',
    ),
    Mutant(
        "pw-code-of-a-thing-gate",
        "a bare code followed by what it classifies (an alert level) opens no gate for the model",
        "            _CODE_OF_A_THING.match(text, m.end()) is None\n            and (",
        "            True\n            and (",
    ),
    Mutant(
        "pw-alert-level",
        "an alert level is what a bare code classifies",
        '    r"|rood|oranje|geel|groen|zwart|red|amber|rouge"\n',
        "",
    ),
    Mutant(
        "pw-spelling-later",
        "a spelling in a later sentence that opens with a capital named with its letter",
        "        if span is None and end is not None:",
        "        if False:",
    ),
    Mutant(
        "pw-spoken-digits",
        "a code read out in digit words, read again with the digits written",
        "        if not hits and (spoken := _spoken_digits(text)) is not None:",
        "        if False and (spoken := _spoken_digits(text)) is not None:",
    ),
    Mutant(
        "pw-code-cells",
        "codes side by side in a list row, as backup codes are printed",
        "            if cells := _code_cells(line):",
        "            if False and (cells := _code_cells(line)):",
    ),
    Mutant(
        "pw-answer-lead-in",
        "an answer led in with a few words and a colon, over a quoted question",
        "            if answer is None and lead_in and (lead := _LEAD_IN.match(stripped)) is not None:",
        "            if False and (lead := _LEAD_IN.match(stripped)) is not None:",
    ),
    Mutant(
        "pw-lead-in-answers-only",
        "the lead-in only for an answer to a quoted question, not a note's first line",
        "def _bare_answer(text: str, end: int, family: str, min_length: int, lead_in: bool = False)",
        "def _bare_answer(text: str, end: int, family: str, min_length: int, lead_in: bool = True)",
    ),
    Mutant(
        "pw-compound-mixed-case",
        "a compound's short part that mixes cases is a secret's",
        '    if _COMPOUND.match(token) and not _CASES_MIXED.search(min(token.split("-", 1), key=len)):',
        "    if _COMPOUND.match(token):",
    ),
    Mutant(
        "pw-key-groups",
        "a key in groups of four after its keyword",
        "    hits += _key_groups_hits(text, matches)\n",
        "",
    ),
    Mutant(
        "pw-key-groups-digit",
        "a key's groups hold a digit",
        "(?<!\\S)(?=[A-Z2-7 ]*\\d)[A-Z2-7]{4}",
        "(?<!\\S)[A-Z2-7]{4}",
    ),
    Mutant(
        "pw-secret-key-word",
        "an authenticator's secret key is a password keyword",
        '    r"|geheime sleutel|secret key|cl[ée] secr[èe]te"',
        '    r""',
    ),
    Mutant(
        "pw-reference-is",
        "an identifier's compound then its verb is a reference the model may not call a secret",
        '    if _REFERENCE_IS.search(before[-60:]):\n        return "reference"',
        '    if False:\n        return "reference"',
    ),
    Mutant(
        "pw-error-code-label",
        "a device's error code is a reference the model may not call a secret",
        '    r"|fout(?:code|melding)\\w*|storings?code\\w*|error|erreur"',
        '    r""',
    ),
    Mutant("pw-prose", "ordinary words after a keyword (_PROSE)", "if folded in _PROSE or", "if False or"),
    Mutant(
        "pw-table-title",
        "a table is about what its part's title (the subject, the file name) says",
        "    table_of_access = _access_named(title)\n",
        "    table_of_access = False\n",
    ),
    Mutant(
        "pw-code-line-groups",
        "a list's backup code in groups with a space between ('4821 9930')",
        '_ROW_START + r"(?P<value>\\d{4,8}(?: \\d{4,8})+|\\S+)',
        '_ROW_START + r"(?P<value>\\S+)',
    ),
    Mutant(
        "pw-code-line-groups-unlabelled",
        "... is no label and PIN under a lock code's word",
        "if pins and not value.isdigit() and not groups else None",
        "if pins and not value.isdigit() else None",
    ),
    Mutant("pw-mask", "masked values", "if _MASK.search(token) or", "if"),
    Mutant("pw-placeholder", "placeholders as values", "token.startswith(_PLACEHOLDER_OPEN) or _URLISH", "_URLISH"),
    Mutant("pw-url", "URLs and addresses", " or _URLISH.search(token) or token", " or token"),
    Mutant(
        "pw-compound",
        "compounds like 2FA-beveiligd",
        'if _COMPOUND.match(token) and not _CASES_MIXED.search(min(token.split("-", 1), key=len)):',
        "if False:",
    ),
    Mutant("pw-passphrase", "passphrases of joined words", "if len(parts) >= 3 and", "if False and"),
    Mutant(
        "pw-phone", "0-prefixed 9+ digits are a phone", 'if len(digits) >= 9 and digits.startswith("0"):', "if False:"
    ),
    Mutant("pw-mixed", "joined words are not strong", 'return "mixed" if all(', 'return "strong" if all('),
    Mutant("pw-keypad-letter", "4471B is a PIN", 'if re.fullmatch(r"\\d{4,6}[A-Za-z]", token):', "if False:"),
    Mutant("pw-sentence-word", "word + sentence punctuation", "if core != token and core.isalpha():", "if False:"),
    Mutant(
        "pw-meeting",
        "meeting passcodes",
        "            skip_meetings\n            and _meeting_near(scan, match.start(), match.end())\n",
        "            False\n            and _meeting_near(scan, match.start(), match.end())\n",
    ),
    Mutant(
        "pw-generic",
        "general statements (een sterk wachtwoord is)",
        "if _GENERIC.search(scan[",
        "if False and _GENERIC.search(scan[",
    ),
    Mutant("pw-howto", "reset/choose qualifiers", "if _HOWTO_QUAL.search(qual):", "if False:"),
    Mutant(
        "pw-placeholder-inline",
        "placeholder value skips the keyword",
        "if raw_value.startswith(_PLACEHOLDER_OPEN):",
        "if False:",
    ),
    Mutant("pw-pin-qual", "wachtwoord/pincode makes a PIN", 'if _PIN_QUAL.match(tail.group("qual")):', "if False:"),
    Mutant("pw-context", "bare code/sleutel need context", "if not _context_ok(scan, match, family):", "if False:"),
    Mutant(
        "pw-lock-context",
        "lock words are a code's context",
        "return _CODE_CONTEXT.search(window) is not None or _LOCK_OBJECT.search(window) is not None",
        "return _CODE_CONTEXT.search(window) is not None",
    ),
    Mutant(
        "pw-key-context",
        "network words are a key's context",
        "return _KEY_CONTEXT.search(window) is not None\n    return",
        "return True\n    return",
    ),
    Mutant(
        "pw-number-phone",
        "digits next to digits (phone)",
        'if re.search(r"(?:\\d[ ./]?|\\+)$", before) or re.match(r"[ ./]?\\d", after):',
        "if False:",
    ),
    Mutant(
        "pw-number-name",
        "room/document numbers",
        "if not year_ok and _NUMBER_NAME.search(",
        "if False and _NUMBER_NAME.search(",
    ),
    Mutant("pw-number-unit", "amounts and counts", "if _UNIT_AFTER.match(text, end, end + 20):", "if False:"),
    Mutant(
        "pw-number-year",
        "years without a separator",
        "return year_ok or not _YEAR.match(text[start:end])",
        "return True",
    ),
    Mutant("pw-accept-pin", "PINs only after PIN/code words", 'return family in ("pin", "code")', "return True"),
    Mutant(
        "pw-accept-mixed",
        "joined words only after a password keyword",
        'return family == "strong"\n',
        "return True\n",
    ),
    Mutant(
        "pw-accept-word",
        "plain words only in a tight layout",
        'return kind == "word" and family == "strong" and tight',
        'return kind == "word"',
    ),
    Mutant(
        "pw-fillers",
        "fillers between separator and value",
        'hit := _filler_hit(text, match, tail.start("value"), family, min_length)\n',
        "hit := None\n",
    ),
    Mutant("pw-filler-words", "only time/manner words are fillers", "if not (folded in _FILLERS or", "if not (True or"),
    Mutant("pw-filler-plain", "no PIN after a filler with digits", "                and plain\n", ""),
    Mutant(
        "pw-display", "a label line ending in ':'", "or _display_hit(text, scan, match, family, min_length)", "or None"
    ),
    Mutant(
        "pw-direct-short",
        "ww/pw need a separator, or a value with letters, digits and a sign",
        '    if family == "short" and not _SIGNED.fullmatch(value) and not _user_line_above(text, match.start()):\n'
        "        return None\n",
        "",
    ),
    Mutant(
        "pw-phrase", "keyword phrases without separator", "or _phrase_hit(text, match, family, min_length)", "or None"
    ),
    Mutant("pw-phrase-negation", "gebruik nooit X als wachtwoord", "and not negated:", ":"),
    Mutant(
        "pw-phrase-family",
        "phrases only after strong keywords",
        'if family != "strong":\n        return None',
        "if False:\n        return None",
    ),
    Mutant(
        "pw-unlock",
        "numbers typed in or opened with",
        "hits += _unlock_hits(text, scan, config.ignore_meeting_passcodes)",
        "pass",
    ),
    Mutant(
        "pw-unlock-lock",
        "a lock word near the verb",
        "        if lock is None:\n            continue\n        if skip_meetings and _meeting_near(",
        "        if lock is None:\n            lock = verb\n        if skip_meetings and _meeting_near(",
    ),
    Mutant("pw-unlock-words", "at most UNLOCK_WORDS words", "<= UNLOCK_WORDS:", "<= 10_000:"),
    Mutant(
        "pw-unlock-postcode",
        "a postcode after the verb",
        'if re.match(r"[ \\t\\xa0]+[A-Z][a-z]", text[value.end() : value.end() + 3]):',
        "if False:",
    ),
    Mutant(
        "pw-unlock-meeting",
        "meeting ids near a verb",
        "if skip_meetings and _meeting_near(scan, verb.start(), value.end()) and not _lock_before(",
        "if False and not _lock_before(",
    ),
    Mutant("pw-login", "login phrases", "for match in _login_phrases(scan, matches):", "for match in []:"),
    Mutant(
        "pw-login-near",
        "a strong keyword near a login phrase",
        'if not any(re.fullmatch(_WEAK, _fold(k.group("kw"))) is None for k in _KEYWORD.finditer(window)):',
        "if False:",
    ),
    Mutant("pw-short-qual", "short keywords: qualifier of at most 3 words", "and len(qual.split()) > 3:", "and False:"),
    Mutant(
        "pw-tight-line-end",
        "a plain word must end its line",
        'and not qual and _line_end(text, tail.end("value")))',
        "and not qual)",
    ),
    Mutant(
        "pw-tables",
        "password tables",
        "tables = _table_hits(text, scan, config.min_length, matches, title)",
        "tables = []",
    ),
    Mutant(
        "pw-table-header",
        "a label line is not a header",
        'return not any(cell.endswith(":") or any(ch.isdigit() for ch in cell) for cell in cells)',
        "return True",
    ),
    Mutant(
        "pw-table-width",
        "a row has at most the header's width",
        "if len(values) > len(cells) or len(values) < min(2, len(cells)):",
        "if len(values) < min(2, len(cells)):",
    ),
    Mutant(
        "pw-table-token",
        "a row value is one token",
        "if (combination or not any(ch.isspace() for ch in value)) and kind in",
        "if kind in",
    ),
    Mutant(
        "pw-table-prose",
        "prose ends a one-cell-per-line table",
        "if seen > 12 or len(cell) > MAX_CELL:",
        "if seen > 12:",
    ),
    Mutant(
        "pw-table-net",
        "a network key header needs network words",
        'return _family(keyword) == "net" and _KEY_CONTEXT.search(window) is not None',
        "return False",
    ),
    Mutant(
        "pw-table-category",
        "two or more values make a credential_table",
        "table = len({hit.value for hit in rows}) >= 2",
        "table = len({hit.value for hit in rows}) >= 1",
    ),
    Mutant(
        "pw-evidence-mask-lead",
        "other secrets in the context are masked",
        "lead = _SECRETISH.sub(_mask_secretish, lead)",
        "pass",
    ),
    Mutant(
        "pw-evidence-scrub",
        "no value survives in any evidence",
        "evidence=tuple(_scrub(line, values) for line in evidence),",
        "evidence=tuple(evidence),",
    ),
    Mutant("pw-evidence-max", "at most three pieces of evidence", "MAX_EVIDENCE = 3", "MAX_EVIDENCE = 30"),
    Mutant(
        "pw-evidence-label",
        "a value alone on its line shows its label",
        'lead = " ".join(text[label_start : label_end if label_end >= 0 else hit.value_start].split())[-40:]',
        'lead = ""',
    ),
    Mutant("pw-bound-keywords", "MAX_KEYWORDS", "MAX_KEYWORDS = 5000", "MAX_KEYWORDS = 5_000_000"),
    Mutant("pw-bound-rows", "TABLE_ROWS", "TABLE_ROWS = 20_000", "TABLE_ROWS = 20_000_000"),
    Mutant("pw-bound-chars", "MAX_SCAN_CHARS", "text = text[:MAX_SCAN_CHARS]", "text = text"),
    Mutant(
        "pw-window-straddle",
        "a literal straddling a window end",
        "pos = max(hi - QUICK_OVERLAP, quick.start() + 1, last_end)",
        "pos = max(hi, last_end)",
    ),
    Mutant(
        "pw-window-lead",
        "a compound starting before its window",
        "lo = max(last_end, quick.start() - 40)",
        "lo = max(pos, quick.start() - 40)",
    ),
    Mutant(
        "pw-switch-meeting",
        "ignore_meeting_passcodes",
        "hits = _inline_hits(text, scan, matches, config.min_length, config.ignore_meeting_passcodes)",
        "hits = _inline_hits(text, scan, matches, config.min_length, True)",
    ),
    Mutant("pw-switch-min-length", "min_length", "if len(token) < min_length or", "if len(token) < 4 or"),
    Mutant(
        "pw-lock-codes",
        "lock-code compounds accept PINs",
        "if keyword in _PIN_KEYWORDS or _LOCK_CODE.fullmatch(keyword):",
        "if keyword in _PIN_KEYWORDS:",
    ),
    Mutant(
        "pw-severity",
        "severity high",
        "severity=Severity.HIGH,\n            reason=(",
        "severity=Severity.MEDIUM,\n            reason=(",
    ),
    Mutant(
        "pw-model-severity",
        "severity high for the model too",
        'severity=Severity.HIGH,\n                reason="Er staat vermoedelijk',
        'severity=Severity.MEDIUM,\n                reason="Er staat vermoedelijk',
    ),
]

PASSWORD += [
    Mutant("pw-inverted", "verb before the keyword (is de code van X 7731)", "or _inverted_hit(", "or None and ("),
    Mutant(
        "pw-inverted-verb",
        "an inverted value needs the verb before the keyword",
        'if family == "short" or _VERB_BEFORE.search(scan, max(0, match.start() - 40), match.start()) is None:',
        'if family == "short":',
    ),
    Mutant(
        "pw-evidence-table-header",
        "a table value shows its header, not its row",
        'lead = "" if hit.table else',
        "lead =",
    ),
]

PASSWORD += [
    Mutant(
        "pw-dial",
        "a PIN digit by digit or a combination after the separator",
        'value = _spelled(text, value_start, value, family)  # "is 0 6 1 2"',
        'value = value  # "is 0 6 1 2"',
    ),
    Mutant("pw-dial-filler", "no combination-shaped date after fillers", "and not _DIAL.fullmatch(value)\n", "\n"),
    # batch06's classes (issue 11)
    Mutant(
        "pw-hyphen-compound",
        "a keyword compounded with a hyphen (BIOS-paswoord)",
        r'r"(?:[a-z0-9]{1,20}-)?[a-z]{0,20}wachtwoord(?:en|code|zin(?:nen)?)?|(?:[a-z0-9]{1,20}-)?[a-z]{0,20}paswoord(?:en)?|passwoord"',
        r'r"[a-z]{0,20}wachtwoord(?:en|code|zin(?:nen)?)?|[a-z]{0,20}paswoord(?:en)?|passwoord"',
    ),
    Mutant("pw-role-codes", "a role's code (gebruikerscode)", "|gebruikers|beheerders|admin|personeels", "|"),
    Mutant("pw-pincode-compounds", "compounds of pincode", '    r"|[a-z]{2,20}s?-?pin-?codes?"\n', ""),
    Mutant("pw-wrap-qualifier", "a qualifier on the next line", "(?:[ \\t\\xa0]+|{_WRAP})", "(?:[ \\t\\xa0]+)"),
    Mutant(
        "pw-login-pair",
        "a user and a secret in a login phrase",
        "    hits += _login_pairs(text, scan, min_length)\n",
        "",
    ),
    Mutant(
        "pw-login-pair-platform",
        "a login pair's secret is no platform name",
        'return re.sub(r"[^a-z]", "", _fold(value)) in _PROSE',
        "return False",
    ),
    Mutant(
        "pw-bare-answer",
        "a reply that is the value alone",
        "    return _bare_answer(text, min(quote.start(), ANSWER_CHARS), family, min_length, lead_in=True)",
        "    return []",
    ),
    Mutant(
        "pw-bare-answer-greeting", "a greeting line before a bare answer", 'stripped.endswith(",") and', "False and"
    ),
    # batch07's classes (issue 11)
    Mutant(
        "pw-pattern-lock",
        "a pattern lock's dots as digits (1-4-7-8-9) need no 'met' before them",
        "dial = not turns and len(groups) > 1 and (len(groups) < 4 or any(len(g) > 1 for g in groups))",
        "dial = not turns and len(groups) > 1",
    ),
    Mutant("pw-aside-word", "an aside in brackets is one qualifier word", "(?:\\([^()\\n]{1,60}\\)|", "(?:"),
    Mutant(
        "pw-asked",
        "a value asked back in a question",
        "    hits += _asked_hits(text, scan, matches, config.min_length)\n",
        "",
    ),
    # batch63's classes
    Mutant(
        "pw-wachtwoordzin",
        "'wachtwoordzin' (a passphrase) is a password keyword",
        "wachtwoord(?:en|code|zin(?:nen)?)?",
        "wachtwoord(?:en|code)?",
    ),
    Mutant(
        "pw-as-agreed-reading",
        "the sentence's reading goes on after 'zoals' before a participle ('zoals afgesproken: X')",
        'agreed = folded == "zoals" and _AS_AGREED.match(_fold(text[token.start() : token.start() + 40])) is not None',
        "agreed = False",
    ),
    Mutant(
        "pw-as-agreed-veto",
        "'zoals' before a participle is no example for the model's advice veto",
        '_AS_AGREED.sub(" ", lower[sentence:start])',
        "lower[sentence:start]",
    ),
    Mutant(
        "pw-example-abbreviation",
        "the dot of 'bv.' ends no sentence for the advice veto",
        "if not _ABBREVIATION.search(lower, max(line_start, m.start() - 8), m.start() + 1)",
        "if True",
    ),
    # batch08's classes (issue 11)
    Mutant(
        "pw-inverted-question",
        "a value asked back in inverted order (is de code ... 4411?)",
        'value = _clean(word).removesuffix("?")',
        "value = _clean(word)",
    ),
    Mutant("pw-laptop", "a laptop's code", '    r"|laptop|chromebook|\\bcomputer|', '    r"|'),
    Mutant("pw-cabinets", "any cabinet with a lock", "|\\w*kast(?:je|jes|en)?\\b", ""),
    Mutant(
        "pw-split-verb",
        "the split verb schakel ... uit",
        '    r"|schakel\\w*(?:[ \\t\\xa0]+\\w+){0,3}?[ \\t\\xa0]+uit)\\b"',
        '    r")\\b"',
    ),
    Mutant(
        "pw-dial-after",
        "a dial's combination only after met",
        "        if maybe_date and not (setting or _DIAL_AFTER.search(",
        "        if False and not (setting or _DIAL_AFTER.search(",
    ),
    Mutant(
        "pw-short-signed",
        "an abbreviation before a signed value",
        'if family == "short" and not _SIGNED.fullmatch(value) and not _user_line_above(text, match.start()):',
        'if family == "short" and not _user_line_above(text, match.start()):',
    ),
    # batch09's classes (issue 11)
    Mutant(
        "pw-new-label",
        "a new value announced after the keyword's sentence (Nieuw: X)",
        "    hits += _new_label_hits(text, scan, matches, config.min_length)\n",
        "",
    ),
    Mutant(
        "pw-pair-line",
        "a user / password line under the line naming the account",
        "    hits += _pair_line_hits(text, scan, config.min_length)\n",
        "",
    ),
    Mutant(
        "pw-pair-line-label",
        "the line above names the account and ends in a colon",
        'return above.endswith(":") and _ACCOUNT_WORD.search(above) is not None',
        "return _ACCOUNT_WORD.search(above) is not None",
    ),
    Mutant(
        "pw-pair-line-sentence",
        "only the last sentence of the line above",
        'above = re.split(r"[.!?][ \\t\\xa0]", before.rstrip())[-1].rsplit("\\n", 1)[-1]',
        "above = before.rstrip()",
    ),
    Mutant(
        "pw-pair-line-block",
        "the label stands above the first of several rows",
        '        if text.count("\\n", previous_end, line.start()) != 1:\n            block = line.start()',
        "        block = line.start()",
    ),
    Mutant(
        "pw-pair-line-columns",
        "a row's user and password in columns",
        "(?:[ \\t\\xa0]*[/|][ \\t\\xa0]*|[ \\t\\xa0]{2,})(?P<value>",
        "[ \\t\\xa0]*[/|][ \\t\\xa0]*(?P<value>",
    ),
    Mutant(
        "pw-pair-line-prefix",
        "a row may open with a bullet and a label",
        "(?:[-•*][ \\t\\xa0]+)?(?:[^:\\n/|]{1,40}?:[ \\t\\xa0]+|[^\\n/|]{1,40}?[ \\t\\xa0]{2,})?",
        "",
    ),
    Mutant(
        "pw-user-then-value",
        "the user and the password each on a line under the label",
        "if tight or (login and",
        "if (login and",
    ),
    Mutant(
        "pw-user-then-value-right-under",
        "right under the label, no blank line",
        "_account_label_above(scan, pair.start(), blank=False)",
        "_account_label_above(scan, pair.start())",
    ),
    Mutant(
        "pw-mail-user",
        "a user name may be a mail address",
        '_LINKISH.match(line.group("user"))',
        '_URLISH.search(line.group("user"))',
    ),
    Mutant(
        "pw-bare-answer-pin",
        "a bare PIN answers only a PIN question",
        'kind == "pin" and family == "pin" and',
        'kind == "pin" and',
    ),
]

PASSWORD += [
    Mutant(
        "pw-filler-articles-off",
        "after articles only, a year may be a PIN (est le 1984)",
        "_value_ok(text, start, value, kind, family, articles, False)",
        "_value_ok(text, start, value, kind, family, False, False)",
    ),
    Mutant(
        "pw-filler-articles-on",
        "after other fillers, a year is no PIN (is sinds 2019)",
        "articles = articles and folded in _ARTICLES",
        "articles = True",
    ),
    Mutant("pw-slips", "a mistyped keyword (pasword, wachwoord)", 'r"|" + "|".join(_SLIPS)', 'r""'),
    Mutant(
        "pw-slips-quick",
        "the cheap pass finds the slips",
        '"|".join([_QUICK_SOURCE, *sorted({s[:4] for s in _SLIPS if not re.search(_QUICK_SOURCE, s)})])',
        "_QUICK_SOURCE",
    ),
    Mutant(
        "pw-host", "a host name is no passphrase", 'return "no" if _HOST.match(token) else "strong"', 'return "strong"'
    ),
    Mutant(
        "pw-equals-before",
        "a word after = is a value (dkim=pass)",
        'rf"(?<![\\w@./=-])(?P<kw>',
        'rf"(?<![\\w@./-])(?P<kw>',
    ),
    Mutant(
        "pw-gap-item",
        "a new list item is no qualifier",
        r"(?![-•*–][ \t\xa0]|\d{1,2}[.)][ \t\xa0])",
        "",
    ),
    Mutant(
        "pw-sentence-tail",
        "the sentence read after a separator with no value",
        "                or _sentence_hit(text, match, family, min_length)\n",
        "",
    ),
    Mutant(
        "pw-sentence-bare",
        "the sentence read after a keyword with no separator",
        "            or _sentence_hit(text, match, family, min_length)\n        )",
        "        )",
    ),
    Mutant(
        "pw-sentence-stop",
        "a negation or an example ends the sentence",
        "if (folded in _SENTENCE_STOP and not agreed) or howto or",
        "if howto or",
    ),
    Mutant(
        "pw-sentence-nowhere",
        "nergens / niemand negate",
        ' | {"nergens", "niemand", "nowhere", "nobody"}',
        "",
    ),
    Mutant(
        "pw-sentence-howto",
        "how to change it ends the sentence",
        "howto = _HOWTO_QUAL.search(folded) is not None and not _DONE.search(folded)",
        "howto = False",
    ),
    Mutant("pw-sentence-done", "a change done announces the value", " and not _DONE.search(folded)", ""),
    Mutant("pw-sentence-item", "a list item ends the sentence", "(_ITEM.fullmatch(word) or not count)", "(not count)"),
    Mutant(
        "pw-sentence-label",
        "a keyword that ends its line is a label",
        "(_ITEM.fullmatch(word) or not count)",
        "(_ITEM.fullmatch(word))",
    ),
    Mutant(
        "pw-sentence-placeholder",
        "a placeholder after the pointer",
        "if pointed and word.startswith(_PLACEHOLDER_OPEN):",
        "if False:",
    ),
    Mutant("pw-pointer-dus", "dus points at the value", '"=", ":", "dus",', '"=", ":",'),
    Mutant(
        "pw-pointer-arrow", "an arrow points at the value", '_POINTERS = frozenset({"->", ', "_POINTERS = frozenset({"
    ),
    Mutant("pw-storeroom", "a storeroom is a lock", '    r"|berging|\\w+kot\\b|schuur"\n', ""),
    Mutant(
        "pw-login-no-met",
        "login user / value without met",
        r'r"(?:\s+(?:met|with|avec|als|as|en tant que)|[ \t]*:)?\s+"',
        r'r"\s+(?:met|with|avec|als|as|en tant que)\s+"',
    ),
    Mutant("pw-lock-label-objects", "any thing that locks names a label", 'rf"|{_LOCK_OBJECT.pattern})', 'rf")'),
    Mutant(
        "pw-lock-label-equals",
        "= is a label's colon",
        r'[^:=\n]{{0,60}}[:=][ \t\xa0]*$"',
        r'[^:\n]{{0,60}}:[ \t\xa0]*$"',
    ),
    Mutant("pw-lock-label-year", "a year-like number after a label", "verb, labelled = label, True", "verb = label"),
    Mutant("pw-described", "a number described after a label", "if _DESCRIBED.match(scan, value.end()):", "if False:"),
    Mutant(
        "pw-pin-compound",
        "admin-PIN and the like",
        '    r"|[a-z]{2,20}-pin|(?:admin|beheerders?|sim|bankkaart|toestel)pin"\n',
        "",
    ),
    Mutant("pw-pincodes", "the plural pincodes", "pincodes?|code|sleutel", "pincode|code|sleutel"),
    Mutant(
        "pw-pin-line",
        "labelled PIN lines under a PIN word",
        "labelled = _PIN_LINE.fullmatch(line) if pins and not value.isdigit() and not groups else None",
        "labelled = None",
    ),
    Mutant(
        "pw-pin-line-number",
        "a labelled PIN line's number stands on its own",
        'if _number_ok(text, pos + labelled.start("value"), pos + labelled.end("value"), year_ok=True):',
        "if True:",
    ),
    Mutant(
        "pw-answer-sentence",
        "an answer's value after a word ending in ':'",
        " or _sentence_hit(\n            text, answer, family, min_length\n        )",
        "",
    ),
    Mutant(
        "pw-table-meeting",
        "a table near meeting words",
        "if not (config.ignore_meeting_passcodes and _meeting_near(scan, hit.start))",
        "if True",
    ),
    Mutant("pw-meeting-id-spelling", "Vergadering-ID", r'r"vergader(?:ings?)?-?\s?id|', r'r"vergader(?:ings)?-?\s?id|'),
    Mutant("pw-set", "a lock set to a value (staat op)", "        if setting is not None:", "        if False:"),
    Mutant(
        "pw-set-dial",
        "a dial after staat op",
        "if maybe_date and not (setting or _DIAL_AFTER.search(",
        "if maybe_date and not (_DIAL_AFTER.search(",
    ),
    Mutant(
        "pw-pincode-qualifier",
        "pincode takes a qualifier of eight words",
        'if (family == "short" or keyword == "pin") and len(qual.split()) > 3:',
        'if (family == "short" or keyword in ("pin", "pincode")) and len(qual.split()) > 3:',
    ),
    Mutant("pw-lock-codes-plural", "plural lock codes (gebruikerscodes)", "pairing)-?codes?", "pairing)-?code"),
    Mutant(
        "pw-word-row",
        "a list row whose code is a word goes on",
        "elif pins and _WORD_ROW.fullmatch(line):",
        "elif False:",
    ),
    Mutant(
        "pw-sentence-dial",
        "a dial after a pointer in the sentence",
        'value = _spelled(text, start, value, family)  # "om je account',
        'value = value  # "om je account',
    ),
    Mutant(
        "pw-subject",
        "a subject that names the lock over a bare value",
        "found.extend((body.text, hit) for hit in _subject_hits(message, config.min_length))",
        "pass",
    ),
    Mutant("pw-smiley", "a smiley after a bare value", '_SMILEY.sub("", line.strip())', "line.strip()"),
    Mutant(
        "pw-sep-next-line",
        "a separator word on the next line",
        r'r"(?:[ \t\xa0]*\r?\n[ \t\xa0>]*(?=(?:is|luidt|wordt|blijft|est)\b)|[ \t\xa0]*+)"',
        r'r"[ \t\xa0]*+"',
    ),
    Mutant("pw-meeting-hyphen", "Meeting-ID with a hyphen", r"meeting[\s-]?id", r"meeting\s?id"),
    Mutant(
        "pw-meeting-via", "deelnemen via Zoom", r"deelnemen via (?:zoom|teams|webex)", r"deelnemen via zoomteamswebex"
    ),
    Mutant(
        "pw-dial-apart",
        "a dial's groups apart",
        r"\d{1,2}(?: ?[-–—] ?\d{1,2}){2,7}|\d(?: \d){3,7}|\d{4,8}[#*]?",
        r"\d{1,2}(?:[-–—]\d{1,2}){2,7}|\d(?: \d){3,7}|\d{4,8}[#*]?",
    ),
    Mutant(
        "pw-mail-user-apart",
        "a mail address user needs only an account named above",
        'login = "@" in pair.group("user") or (',
        "login = False or (",
    ),
    Mutant(
        "pw-user-value-tight",
        "a plain user name right under the label",
        'tight = pair.group("gap").count("\\n") == 1 and',
        "tight =",
    ),
    Mutant(
        "pw-inline-pair",
        "beheer: user / password inside a line",
        "    for pair in itertools.islice(_INLINE_PAIR.finditer(scan), MAX_UNLOCK):",
        '    for pair in itertools.islice(_INLINE_PAIR.finditer(""), MAX_UNLOCK):',
    ),
    Mutant(
        "pw-changed-to",
        "veranderd naar X",
        'pointed = folded in _POINTERS or word.endswith(":") or changed',
        'pointed = folded in _POINTERS or word.endswith(":")',
    ),
    Mutant(
        "pw-subject-net",
        "a subject that names the Wi-Fi",
        '        families = ["net"]  # "wifi lerarenkamer": the network\'s name, then its key',
        "        pass",
    ),
    Mutant("pw-referred", "die is X after the keyword", " or changed or referred", " or changed"),
    Mutant("pw-silence", "an alarm silenced with its code", "|afzetten|stil(?:len|zetten)?|", "|"),
    Mutant(
        "pw-direct-dial",
        "a code digit by digit right after the word",
        'value = _spelled(text, start, value, family)  # "code 6 1 9 8',
        'value = value  # "code 6 1 9 8',
    ),
    Mutant("pw-login-as", "aanmelden als USER met X", r"|als|as|en tant que)|[ \t]*:)?\s+", r")|[ \t]*:)?\s+"),
    Mutant(
        "pw-answer-line-yes",
        "a short yes before the answer",
        r"(?:(?i:ja|jep|jawel|yes|yep|oui|ok|zeker|tuurlijk|natuurlijk)\W{0,2}[ \t\xa0]+)?",
        "",
    ),
    Mutant(
        "pw-answer-line-user",
        "the user before the answer",
        r"(?:[\w.@-]{2,40}[ \t\xa0]*/[ \t\xa0]*)?(?P<value>\S+?)",
        r"(?P<value>\S+?)",
    ),
    Mutant(
        "pw-answer-line-how",
        "how to use it after the answer",
        r"(?:\([^()]*\)|(?i:en dan|and then|puis|\+)\b.*|\+.*|",
        r"(?:\([^()]*\)|\+.*|",
    ),
    Mutant(
        "pw-combination",
        "a combination lock right before its number",
        "    hits += _combination_hits(text, scan)\n",
        "",
    ),
    Mutant(
        "pw-combination-number",
        "a combination's number stands on its own",
        'if _number_ok(text, match.start("value"), match.end("value"), year_ok=True):',
        "if True:",
    ),
    Mutant(
        "pw-set-three",
        "a combination lock set to three digits, named earlier in the sentence",
        "        if lock is not None and _number_ok(",
        "        if False and _number_ok(",
    ),
    Mutant(
        "pw-set-three-lock",
        "... only with a combination lock in the sentence",
        "        if lock is not None and _number_ok(",
        "        if _number_ok(",
    ),
    Mutant(
        "pw-set-three-scrambled",
        "... not a lock scrambled to 000",
        '        if len(set(match.group("value"))) == 1:\n            continue  # "zet hem terug op 000"',
        '        if False:\n            continue  # "zet hem terug op 000"',
    ),
    Mutant(
        "pw-set-adverbs",
        "words of time between the setting verb and op",
        r'r"(?:[ \t\xa0]+(?:nu|voortaan|opnieuw|weer|terug|tijdelijk|nog|altijd|al|sinds|vanaf|vandaag|gisteren|now))'
        r'{0,3}"',
        'r""',
    ),
    Mutant(
        "pw-place",
        "a lock's code word, where or since when, the number, no separator",
        "            or _place_hit(text, match, family, min_length)\n            or _display_hit(",
        "            or _display_hit(",
    ),
    Mutant(
        "pw-place-after-clause",
        "... also when a later clause has a separator",
        "                or _place_hit(text, match, family, min_length)\n            ):",
        "            ):",
    ),
    Mutant(
        "pw-direct-after-clause",
        "the value right after the keyword when a later clause has the separator",
        "                or _direct_hit(text, match, family, min_length)\n                or _place_hit(",
        "                or _place_hit(",
    ),
    Mutant(
        "pw-combination-cell",
        "a combination lock's spaced digits in a code column",
        "                    combination = _COMBINATION_CELL.fullmatch(value) is not None",
        "                    combination = False",
    ),
    Mutant(
        "pw-answer-inverted",
        "an answer with the verb first ('sinds vanmorgen is het ...')",
        r'    r"|\b(?:is|was|blijft|wordt)[ \t\xa0]+(?:het|hij|die|dat|ze)\b"',
        '    r""',
    ),
    Mutant(
        "pw-answer-spelled",
        "an answer that spells the PIN out ('is het 7 3 1 5')",
        "        if spelled is not None and spelled.group()[0].isdigit() and not _DATE_SHAPE.fullmatch("
        "spelled.group()):",
        "        if False:",
    ),
    Mutant(
        "pw-answer-spelled-not-date",
        "... not a date",
        "        if spelled is not None and spelled.group()[0].isdigit() and not _DATE_SHAPE.fullmatch("
        "spelled.group()):",
        "        if spelled is not None and spelled.group()[0].isdigit():",
    ),
    Mutant("pw-lift", "a lift opens with a code", r"|badge|\blift\b|key ?box", r"|badge|key ?box"),
    Mutant("pw-key-box", "a key box locks", r"|\blift\b|key ?box|key safe|lock ?box|schl[üu]sselbox", r"|\blift\b"),
    Mutant(
        "pw-answer-verb-after",
        "the answer's verb after the value ('4471 is het')",
        r"|(?i:is het|is 't|is dat|it is|c'est [çc]a)\b.*)",
        ")",
    ),
    Mutant(
        "pw-code-of-a-thing",
        "a bare code with what it classifies after it is no secret (code vak)",
        '        if family == "code" and _CODE_OF_A_THING.match(scan, match.end()):',
        "        if False:",
    ),
    Mutant("pw-afdrukcode", "a print code's Dutch name (afdrukcode)", "|printer|afdruk|vrijgave|", "|printer|"),
    Mutant(
        "pw-dial-confirm-key",
        "a dial's groups with a keypad's confirm key",
        r"(?: ?[-–—] ?[#*])?(?![\w–—-])",
        r"(?![\w–—-])",
    ),
    Mutant("pw-code-pairs", "a code in pairs of digits", r'    r"|\d\d(?: \d\d){1,3}(?![\w-]| \d)"', '    r""'),
    Mutant(
        "pw-code-pairs-at-most-eight",
        "... at most eight digits (a phone number has more)",
        r"|\d\d(?: \d\d){1,3}(?![\w-]| \d)",
        r"|\d\d(?: \d\d){1,4}(?![\w-])",
    ),
    Mutant(
        "pw-spaced",
        "a value with spaces, said so on the next line",
        "    hits += _spaced_hits(text, scan, matches)\n",
        "",
    ),
    Mutant(
        "pw-spaced-not-advice",
        "... with a digit, not advice",
        '        if not any(c.isdigit() for c in value.group("value")) or words[0] in _PROSE | _PHRASE_STOP:',
        "        if False:",
    ),
    Mutant(
        "pw-spaced-keyword-near",
        "... a password keyword near",
        '        if near:\n            start, end = value.start("value"), value.end("value")',
        '        if True:\n            start, end = value.start("value"), value.end("value")',
    ),
    Mutant(
        "pw-answer-short-asked",
        "an answer to a password asked for by its abbreviation in the quoted mail",
        '        if kind == "short" and "?" in scan[',
        '        if False and "?" in scan[',
    ),
    Mutant(
        "pw-answer-short-question",
        "... only when it is asked (a question)",
        '        if kind == "short" and "?" in scan[',
        '        if kind == "short" and "" in scan[',
    ),
    Mutant(
        "pw-answer-dash-aside",
        "an aside after a dash on the answer line",
        r"|\+.*|[-–—][ \t\xa0]+.*",
        r"|\+.*",
    ),
    Mutant(
        "pw-code-of-kind",
        "French names a code's kind after it (code de réinitialisation)",
        "            if _CODE_OF_KIND.match(qual):",
        "            if False:",
    ),
    Mutant(
        "pw-est-space-colon",
        "a space before the colon after est",
        r"|\best\b(?:[ \t\xa0]*:)?|",
        r"|\best\b:?|",
    ),
    Mutant(
        "pw-french-reset-context",
        "a French reset word is a bare code's context",
        "|v[ée]rification|r[ée]initialis|r[ée]cup[ée]ration",
        "|v[ée]rification",
    ),
    Mutant(
        "pw-place-not-phrase",
        "... not a phrase (van gebouw 2104)",
        "_PHRASE_STOP | _PLACE_NOT",
        "_PHRASE_STOP",
    ),
    Mutant(
        "pw-pointed-het",
        "a pronoun 'het' before 'is' points back at the keyword (\"... veranderd: het is nu X\")",
        '"ze", "het", "that"',
        '"ze", "that"',
    ),
    Mutant(
        "pw-pointed-now",
        'a time word after the pointing verb keeps it pointed ("die is voortaan X")',
        "or changed or referred or now",
        "or changed or referred",
    ),
    Mutant(
        "pw-done-past-tense",
        "a change done in the past tense (veranderde) does not end the sentence as advice would",
        '_DONE = re.compile(r"d$|den?$")',
        '_DONE = re.compile(r"d$")',
    ),
    Mutant(
        "pw-stacked-verb",
        "numbers one a line under a verb of opening that ends its line",
        "        if verb is not None:\n            hits.extend(_stacked_hit(text, scan, lines, verb.start()))",
        "        if False:\n            hits.extend(_stacked_hit(text, scan, lines, verb.start()))",
    ),
    Mutant(
        "pw-stacked-verb-digits",
        "a stack under a verb needs four digits in all",
        "STACKED_DIGITS = 4",
        "STACKED_DIGITS = 2",
    ),
    Mutant(
        "pw-stacked-verb-object",
        "a stack under a verb between the verb and 'met' may hold a pronoun (\"ontgrendel je met\")",
        "(?:[ \\t\\xa0]+(?:je|u|jullie|hem|het|ze|it))?",
        "",
    ),
    Mutant(
        "pw-pairing-code",
        "a device's pairing code is a code that opens access",
        '    r"|koppel|koppelings|pairing)-?codes?"',
        '    r")-?codes?"',
    ),
    Mutant(
        "pw-dial-dash-groups",
        "two groups of three digits with a dash are a code",
        "|\\d{3}[ -]\\d{3}(?![\\w-]| \\d)",
        "|\\d{3} \\d{3}(?![\\w-]| \\d)",
    ),
    Mutant(
        "pw-teams-address",
        "Teams' own address is no meeting invitation, a meeting's link is",
        "teams\\.microsoft\\.com/(?:l/meetup|meet/|meetingoptions)",
        "teams\\.microsoft\\.com",
    ),
    Mutant(
        "pw-cells-numbered",
        "codes side by side may each stand after their number in the list",
        "            if (number := _CELL_NUMBER.match(code)) is not None:\n"
        "                code, start = code[number.end() :], start + number.end()\n",
        "",
    ),
    Mutant(
        "pw-token-formats",
        "keys and tokens by their issuer's format",
        "    hits = [_Hit(m.start(), m.start(), m.group()) for m in formats]",
        "    hits: list[_Hit] = []",
    ),
    Mutant(
        "pw-assigned",
        "a secret assigned in code or configuration",
        "        for m in itertools.islice(_ASSIGNED.finditer(text), 50):",
        "        for m in itertools.islice(_ASSIGNED.finditer(text), 0):",
    ),
    Mutant(
        "pw-digest-label",
        "a file's digest under its label is a reference, not a secret",
        '    r"|sha-?\\d*|md5|checksum\\w*|controlegetal|hash\\w*|fingerprint|vingerafdruk"  # a file',
        '    r""  # a file',
    ),
    Mutant(
        "pw-judged-placeholder",
        "a value with a placeholder in angle brackets is not for the model",
        'if "<" in value or value.startswith',
        "if value.startswith",
    ),
    Mutant(
        "pw-judged-share-path",
        "a path on a share is not for the model",
        ' or value.startswith("\\\\\\\\") or _ENV_NAME',
        " or _ENV_NAME",
    ),
    Mutant(
        "pw-judged-env-name",
        "a configuration line's name and value is not for the model",
        " or _ENV_NAME.match(value) or _LOCAL_PATH",
        " or _LOCAL_PATH",
    ),
    Mutant(
        "pw-lock-adjective",
        'a lock named with an adjective ("het digitale slot") is a thing that locks',
        "|\\b(?:digitale?|elektronische?|elektrische?|slimme?) slot\\b",
        "",
    ),
    Mutant(
        "pw-spelled-small",
        "a small letter named with its letter is a piece of a spelling",
        '            ("small", _SMALL_NAMED),\n',
        "",
    ),
    Mutant(
        "pw-spelled-digits-one-by-one",
        "digits said one by one with dashes are a piece of a spelling",
        "(?:\\d{2,8}|\\d(?:[ \\t\\xa0]*[-–][ \\t\\xa0]*\\d){2,7}|",
        "(?:\\d{2,8}|",
    ),
    Mutant(
        "pw-list-under-label-line",
        "a list right under a label line that ends in a colon",
        "            pos = line_end + 1  # the list right under",
        "            continue  # the list right under",
    ),
    Mutant(
        "pw-bitlocker-key",
        "a BitLocker recovery key by its shape and check",
        "    hits += _recovery_key_hits(text)\n",
        "",
    ),
    Mutant(
        "pw-bitlocker-key-check",
        "a BitLocker recovery key's groups are multiples of 11",
        "if all(group % 11 == 0 for group in groups):",
        "if True:",
    ),
    Mutant(
        "pw-piece-words-line-breaks",
        "pieces said to be typed without the line breaks",
        '    r"|zonder (?:de )?(?:enters?|regeleindes?|regelovergangen|witregels)|op [eé][eé]n (?:lijn|regel)"\n',
        "",
    ),
    Mutant(
        "pw-meeting-file",
        "a file protected with the password, named before it on its line, is not a meeting's passcode",
        '    r"|bestand|bijlage|\\bpdf\\b|\\bzip\\b|\\bdocument|\\bfichier|pi[eè]ce jointe|attachment|\\bfiles?\\b"\n',
        "",
    ),
    Mutant(
        "pw-turn-number-first",
        "a dial's turn may be written number first (19 links)",
        '    rf"|\\d{{1,2}}[ \\t\\xa0]*+(?:naar[ \\t\\xa0]+)?(?i:{_TURN_WORDS})\\b)"\n',
        '    rf"|(?!))"\n',
    ),
    Mutant(
        "pw-turn-said-join",
        "turns may be joined by en/dan as well as by a dash or a comma",
        '_TURN_JOIN = r"[ \\t\\xa0]*+(?:[–—,/-][ \\t\\xa0]*+)?(?:(?:en|dan|and|then|et|puis)[ \\t\\xa0]++)?"',
        '_TURN_JOIN = r"[ \\t\\xa0]*+(?:[–—,/-][ \\t\\xa0]*+)?"',
    ),
    Mutant(
        "pw-lock-box",
        "a box or a case (geldkoffer, geldkistje) is a thing that locks",
        '    r"|\\w*koffer(?:tje|s)?\\b|\\w*kist(?:je|jes|en)?\\b"\n',
        "",
    ),
    Mutant(
        "pw-two-groups",
        "a code in two groups of digits (000-7319) is a PIN's shape",
        "_DIAL.fullmatch(token) or _TWO_GROUPS.fullmatch(token)",
        "_DIAL.fullmatch(token)",
    ),
    Mutant(
        "pw-master-code",
        "a master or installer code is a lock's code word",
        '|user|master|installateurs|installer"',
        '|user"',
    ),
    Mutant(
        "pw-display-user-line",
        "a user name line may stand over the secret under a label",
        "            if user or not _LOGIN_SHOWN.fullmatch(value):\n"
        "                return None\n"
        "            user = True\n",
        "            return None\n",
    ),
    Mutant(
        "pw-display-user-gap",
        "the secret must stand right under the user name",
        "        elif user:\n            return None  # the value right under the user name, or nothing\n",
        "",
    ),
    Mutant(
        "pw-dutch-door",
        "the Dutch door (through, takes place) is no English door that locks",
        'ingang|\\bhek\\b|{_DOOR_EN}"',
        'ingang|\\bhek\\b|\\bdoors?\\b"',
    ),
    Mutant(
        "pw-code-in-bracket",
        "a bare code opening a bracket after what it identifies names no access for the model",
        'and (text[max(0, m.start() - 1) : m.start()] != "(" or _CODE_CONTEXT.search(text) is not None)',
        "and True",
    ),
    Mutant(
        "pw-set-subject-after-verb",
        "a lock set to a number with its subject after the verb (staat de combinatie op)",
        "(?:[ \\t\\xa0]+(?:de|het|die|dat|ons|onze|mijn|haar|zijn)[ \\t\\xa0]+\\w+){{0,1}}",
        "",
    ),
    Mutant(
        "pw-case-said",
        "a spelling under the next sentence that tells the letters' case",
        "            elif (said := _CASE_SAID.match(scan, end.end())) is not None:",
        "            elif False and (said := _CASE_SAID.match(scan, end.end())) is not None:",
    ),
    Mutant(
        "pw-turn-tot",
        "a dial's turn told with tot/op before its number",
        '    r"(?:(?:tot|op|to)[ \\t\\xa0]+)?\\d{1,2}"',
        '    r"\\d{1,2}"',
    ),
    Mutant(
        "pw-turns-lead",
        "the first turn may say how often it turns",
        'rf"(?:eerst[ \\t\\xa0]+)?(?:\\d[ \\t\\xa0]*(?:keer|maal|x)[ \\t\\xa0]+)?{_TURN}',
        'rf"{_TURN}',
    ),
    Mutant(
        "pw-described-bracket",
        "a described password with its value in brackets",
        '        if described and word.startswith("(") and not pointed:',
        "        if False:",
    ),
    Mutant(
        "pw-register-number",
        "a person's number in a register, then its verb, is a reference for the model",
        'r"|(?:personeels|stamboek|leerlingen?|inschrijvings|lidmaatschaps|lid|contract|werknemers|rijksregister)"',
        'r"|(?!)(?:personeels)"',
    ),
    Mutant(
        "pw-class-code-veto",
        "a learning platform's class code named just before is a reference for the model",
        "    if _CLASS_CODE.search(window) and not _access_named(window):",
        "    if False:",
    ),
    Mutant(
        "pw-user-line-above",
        "an abbreviation's value under a user's line counts without a sign",
        "and not _SIGNED.fullmatch(value) and not _user_line_above(text, match.start()):",
        "and not _SIGNED.fullmatch(value):",
    ),
    Mutant(
        "pw-digits-spaced",
        "digits one by one with spaces after spaced letters are part of the spelling",
        "|\\d(?:[ \\t\\xa0]\\d){1,7})(?![\\w.,/])",
        ")(?![\\w.,/])",
    ),
]

PRIVATE: list[Mutant] = [
    Mutant(
        "pa-glued-particles",
        "a surname with its particles shortened to their initials (Vandenbussche -> vdb)",
        '            surnames.add("v" + glued.group(2)[0] + glued.group(3)[0])',
        "            pass",
    ),
    Mutant(
        "pa-glued-particles-longest",
        "the longest particle first: van-den-bussche, not van-de-nbussche",
        'r"(van)(den|der|de)([a-z]{3,})"',
        'r"(van)(de|den|der)([a-z]{3,})"',
    ),
    Mutant(
        "pa-circular",
        "the sender's name among many outside recipients is a parent's copy of a circular",
        "    if len(outside) - 1 >= config.circular_recipients:\n        return True\n",
        "",
    ),
    Mutant(
        "pa-roster-parent",
        "an address the pupil list names as a parent's, among other parents",
        "    return sum(1 for r in outside if r != rcpt and roster.is_known_address(r)) >= 2",
        "    return False",
    ),
    Mutant(
        "pa-roster-parent-count",
        "among at least two other parents of the list, not one",
        "    return sum(1 for r in outside if r != rcpt and roster.is_known_address(r)) >= 2",
        "    return sum(1 for r in outside if r != rcpt and roster.is_known_address(r)) >= 1",
    ),
    Mutant(
        "pa-roster-own-known",
        "the sender's address itself must be a parent's of the list",
        "    if roster is None or not roster.is_known_address(rcpt):",
        "    if roster is None:",
    ),
    Mutant(
        "pa-particles",
        "surname particles may be dropped",
        "core = [t for t in lasts if t not in _PARTICLES]",
        "core = list(lasts)",
    ),
    Mutant("pa-generic", "generic local parts never match", "spellings -= _GENERIC", "pass"),
    Mutant("pa-initials", "match_initials", "if initials:\n", "if True:\n"),
    Mutant("pa-min-length", "min_name_length", "return {s for s in out if len(s) >= min_length}", "return out"),
    Mutant(
        "pa-lastfirst",
        "surname-first spellings",
        "out.update({first + last, last + first})",
        "out.update({first + last})",
    ),
    Mutant(
        "pa-initial-last",
        "surname + initial spellings",
        "for spelled in (i + last, last + i))",
        "for spelled in (i + last,))",
    ),
    Mutant(
        "pa-compound-initials",
        "the initials of a first name of several parts",
        'letters = {first[0], "".join(f[0] for f in firsts)}',
        "letters = {first[0]}",
    ),
    Mutant("pa-short-surname", "one-letter surnames are skipped", "if len(last) < 2:", "if False:"),
    Mutant(
        "pa-plus-tag",
        "a +tag is dropped",
        'local = address.rpartition("@")[0].split("+", 1)[0]\n    return',
        'local = address.rpartition("@")[0]\n    return',
    ),
    Mutant(
        "pa-marker-mailbox",
        "a forward header must name a mailbox",
        'if any("@" in value for value in message.header(name)):',
        "if message.header(name):",
    ),
    Mutant(
        "pa-auto-forwarded",
        "Auto-Submitted: auto-forwarded",
        'if any(_AUTO_FORWARDED.match(v) for v in message.header("auto-submitted")):',
        "if False:",
    ),
    Mutant(
        "pa-exchange-autoforward",
        "X-MS-Exchange-Organization-AutoForwarded",
        'if any(_TRUE.match(v) for v in message.header("x-ms-exchange-organization-autoforwarded")):',
        "if False:",
    ),
    Mutant(
        "pa-forwarders", "a re-send by a school mailbox is no private sender", "and not (marker and forwarders)", ""
    ),
    Mutant(
        "pa-forwarder-staff", "a forwarder must be a school mailbox", "if _is_staff_domain(a, policy)\n    ]", "\n    ]"
    ),
    Mutant(
        "pa-school-rcpt",
        "a school-domain recipient is not private",
        "if config.is_consumer(r) and not school.is_school_domain(",
        "if config.is_consumer(r) or school.is_school_domain(",
    ),
    Mutant(
        "pa-school-sender",
        "a consumer-looking school domain sends",
        "and not school.is_school_domain(sender_domain)",
        "",
    ),
    Mutant("pa-switch-names", "name_match", "elif config.name_match:", "elif True:"),
    Mutant(
        "pa-switch-markers",
        "forward_markers",
        "marker = _forward_marker(message) if config.forward_markers else None",
        "marker = _forward_marker(message)",
    ),
    Mutant(
        "pa-display-name",
        "the recipient's display name is the sender's",
        "return any(len(t := _tokens(n)) >= 2 and tuple(sorted(t)) in full_names for n in recipient_names)",
        "return False",
    ),
    Mutant("pa-envelope-first", "envelope recipients decide (Bcc)", "if message.envelope.rcpt_tos:", "if False:"),
    Mutant(
        "pa-name-and-word",
        "the name in full with one more word of the owner's",
        'if "".join(words[:-1]) in full or "".join(words[1:]) in full:',
        "if False:",
    ),
    Mutant(
        "pa-name-and-word-no-initials",
        "... not with initials",
        "full = _spellings(local_tokens, config.min_name_length, initials=False)",
        "full = _spellings(local_tokens, config.min_name_length, initials=True)",
    ),
    Mutant(
        "pa-from-fallback",
        "From decides without a school envelope sender",
        "if not school_sender and message.from_ and _is_staff_domain(message.from_[0].key, policy):",
        "if False:",
    ),
    Mutant(
        "pa-staff-only",
        "only staff are school senders",
        "return policy.school.classify(address) in (Kind.STAFF, Kind.FUNCTIONAL, Kind.GROUP, Kind.STAFF_GROUP)",
        'return policy.school.is_school_domain(address.rpartition("@")[2])',
    ),
    Mutant(
        "pa-evidence-max",
        "at most five pieces of evidence",
        "evidence=tuple(evidence[:5]),",
        "evidence=tuple(evidence),",
    ),
    Mutant(
        "pa-hold",
        "self_forward is held by default",
        'default_factory=lambda: {"self_forward": Action.HOLD}',
        "default_factory=dict",
    ),
    Mutant(
        "pa-severity-sender",
        "private_sender is high",
        'category="private_sender",\n                severity=Severity.HIGH,',
        'category="private_sender",\n                severity=Severity.MEDIUM,',
    ),
    Mutant(
        "pa-severity-forward",
        "self_forward is medium",
        'category="self_forward",\n                severity=Severity.MEDIUM,',
        'category="self_forward",\n                severity=Severity.HIGH,',
    ),
    Mutant("pa-telenet", "Belgian providers are consumer domains", '    "telenet.be",\n', ""),
    Mutant("pa-wildcard", "hotmail.* covers every country", '    "hotmail.*",\n', '    "hotmail.com",\n'),
    Mutant(
        "pa-marker-evidence",
        "the evidence names the marker",
        "(automatisch doorgestuurd: {marker})",
        "(automatisch doorgestuurd)",
    ),
    Mutant(
        "pa-accents",
        "accents are folded",
        "return strip_accents(text.lower())",
        "return text.lower()",
    ),
]

# The credential model's place in the rule (the reading's vetoes, its switches) and batch15's reading classes.
PASSWORD += [
    Mutant(
        "pw-model-off",
        "the credential model's second opinion",
        "learned = model_hit(message, config)",
        "learned = None",
    ),
    Mutant(
        "pw-model-meeting",
        "no meeting passcode from the model",
        "if config.ignore_meeting_passcodes and _meeting_near(lower, start):",
        "if False:",
    ),
    Mutant(
        "pw-model-veto",
        "the reading's vetoes",
        "if _model_veto(text, lower, start, scored.candidate.end, title):",
        "if False:",
    ),
    Mutant(
        "pw-model-min-length",
        "min_length for the model",
        "if len(scored.candidate.value) < config.min_length and not (",
        "if False and not (",
    ),
    Mutant(
        "pw-model-threshold",
        "model_threshold",
        "if scored.probability < config.model_threshold or",
        "if scored.probability < 0.5 or",
    ),
    Mutant(
        "pw-veto-reference",
        "reference labels",
        "if label and not _PREPOSITION_BEFORE.search(before[-60:], 0, label.start()):",
        "if False:",
    ),
    Mutant("pw-veto-code-of", "the code of a thing", "if _CODE_OF_THING.search(before[-80:]):", "if False:"),
    Mutant(
        "pw-veto-label-above",
        "the label above a value alone",
        'if not before.strip(" \\t\\xa0>-•*:") and line_start > 1:',
        "if False:",
    ),
    Mutant("pw-veto-header", "mail header lines", "if _HEADER_LINE.match(line):", "if False:"),
    Mutant("pw-veto-placeholder", "placeholders", 'if start and text[start - 1] in "[<{":', "if False:"),
    Mutant("pw-veto-user", "user names", "if _USER_NAME.fullmatch(value):", "if False:"),
    Mutant(
        "pw-veto-number-named",
        "a number named as one",
        "if _NUMBER_NAMED.search(text, max(0, start - 14), start):",
        "if False:",
    ),
    Mutant(
        "pw-number-named-word",
        "the word itself, not inside a compound",
        '_NUMBER_NAMED = re.compile(r"\\b" + _NUMBER_NAME.pattern',
        "_NUMBER_NAMED = re.compile(_NUMBER_NAME.pattern",
    ),
    Mutant(
        "pw-veto-time",
        "a clock time after a time word or before 'tot'",
        "if _CLOCK.fullmatch(value) and (",
        "if False and (",
    ),
    Mutant(
        "pw-veto-short",
        "a short keyword needs a separator or a sign",
        "if _SHORT_BEFORE.search(lower, max(0, start - 8), start) and value.isalnum():",
        "if False:",
    ),
    Mutant("pw-turn-dial", "a dial's turns after a combination word", '    rf"|{_TURN}(?:', '    rf"|NEVER{_TURN}(?:'),
    Mutant(
        "pw-veto-preposition",
        "a reference word after a preposition is no label",
        "if label and not _PREPOSITION_BEFORE.search(before[-60:], 0, label.start()):",
        "if label:",
    ),
    Mutant(
        "pw-model-access-gate",
        "the model decides only where an access is named",
        "if not _access_near(lower, start, scored.candidate.end, message.subject.lower()):",
        "if False:",
    ),
    Mutant(
        "pw-access-subject",
        "the subject may name the access",
        "for window in (lower[max(0, start - ACCESS_BEFORE) : end + ACCESS_AFTER], subject)",
        "for window in (lower[max(0, start - ACCESS_BEFORE) : end + ACCESS_AFTER],)",
    ),
    Mutant("pw-access-unlock", "a verb of opening names an access", " or _UNLOCK.search(window)", ""),
    Mutant("pw-access-device", "a device names an access", " or _DEVICE.search(window)", ""),
    Mutant("pw-entity", "HTML entities in a value", 'if "&" in token and _ENTITY.search(token):', "if False:"),
    Mutant(
        "pw-code-groups",
        "digit groups are strong",
        'if _CODE_GROUPS.fullmatch(token):\n        return "strong"',
        'if False:\n        return "strong"',
    ),
    Mutant(
        "pw-recovery-key",
        "a disk's recovery key",
        '    r"|(?:bitlocker-?)?herstelsleutel|',
        '    r"|(?:bitlocker-?)?NEVERherstelsleutel|',
    ),
    Mutant(
        "pw-veto-platform",
        "platform names",
        'if _platform_name(value):\n        return "platform"',
        'if False:\n        return "platform"',
    ),
    Mutant(
        "pw-veto-unnamed",
        "dials and slash pairs with no access named",
        "if _access_unnamed(lower, line_start, start, value):",
        "if False:",
    ),
    Mutant("pw-unnamed-login", "a login name before the slash", 'if re.search(r"[@._\\d]", user):', "if False:"),
    Mutant("pw-access-admin", "its administration names an access", " or _ADMIN.search(line):", ":"),
    Mutant(
        "pw-judged-mixed",
        "joined words are no candidates",
        'not in ("no", "word", "mixed")\n',
        'not in ("no", "word")\n',
    ),
    Mutant("pw-veto-described", "a value described as something else", "if _DESCRIBED.match(text, end):", "if False:"),
    Mutant(
        "pw-veto-number",
        "phone numbers, amounts, counts",
        "if not _number_ok(text, start, end, year_ok=True):",
        "if False:",
    ),
    Mutant(
        "pw-veto-date",
        "dates after a time word",
        'if ("-" in value or _YEAR.match(value)) and _TIME_WORD.search(lower, max(0, start - 12), start):',
        "if False:",
    ),
    Mutant(
        "pw-veto-advice",
        "advice and examples",
        'if set(re.findall(r"[a-z]+", _AS_AGREED.sub(" ", lower[sentence:start]))) & _ADVICE:',
        "if False:",
    ),
    Mutant(
        "pw-veto-sentence",
        "advice only in the value's own sentence",
        "            m.end()\n            for m in _SENTENCE_END.finditer(lower, line_start, start)\n",
        "            line_start\n            for m in _SENTENCE_END.finditer(lower, line_start, start)\n",
    ),
    Mutant(
        "pw-veto-generic", "general statements", "if _GENERIC_ANYWHERE.search(lower, sentence, start):", "if False:"
    ),
    Mutant("pw-veto-howto", "how to change one", "if _HOWTO.search(lower, sentence, start):", "if False:"),
    Mutant(
        "pw-veto-table",
        "tables about no access",
        "and not table_of_access and not _table_about_access(lower, line_start, separator):",
        "and False:",
    ),
    Mutant(
        "pw-veto-table-label",
        "the line that introduces a table",
        "return _access_named(first) or _access_named(label)",
        "return _access_named(first)",
    ),
    Mutant("pw-veto-orphan", "values alone under no label", "and _orphan(lower, line_start)", "and False"),
    Mutant(
        "pw-orphan-first-line",
        "a reply that is only the value",
        "return False  # the first line of the text",
        "return True",
    ),
    Mutant("pw-orphan-label", "a label above", 'if above.endswith(":") or _access_named(above):', "if False:"),
    Mutant(
        "pw-orphan-login",
        "a login name above, under words about an access",
        "return above_start > 0 and not _access_named(lower[max(0, above_start - 200) : above_start])",
        "return True",
    ),
    Mutant("pw-access-network", "a network names an access", " or _KEY_CONTEXT.search(line) or", " or"),
    Mutant(
        "pw-judged-word",
        "plain words are no candidates",
        'not in ("no", "word", "mixed")\n',
        'not in ("no", "mixed")\n',
    ),
    Mutant("pw-smiley", "an emoticon is no separator", 'r"(?P<sep>:(?!-?[()DPp](?:\\s|$))|', 'r"(?P<sep>:|'),
    Mutant("pw-wifi-pair", "a network named, then name / key", "|wi-?fi\\w*|netwerk\\w*|network|ssid|r[ée]seau)", ")"),
    Mutant(
        "pw-login-name",
        "a login name alone under a sentence about the account",
        'pair.group("gap").count("\\n") == 1 and _USER_NAME.fullmatch(pair.group("user")) is not None',
        "False",
    ),
    Mutant(
        "pw-cell-first-word",
        "a header cell's first word",
        'return words[0] if 2 <= len(words) <= 3 and _KEYWORD.fullmatch(words[0]) else ""',
        'return ""',
    ),
    Mutant(
        "pw-pin-header",
        "a PIN column with its lock",
        'if _family(keyword) in ("code", "pin"):',
        'if _family(keyword) == "code":',
    ),
    Mutant(
        "pw-pin-tables",
        "PIN keywords open the table reader",
        '("net", "code", "pin") for m in matches',
        '("net", "code") for m in matches',
    ),
    Mutant(
        "pw-mixed-question",
        "joined words at the end of a question stay mixed",
        """words = re.split(r"[-.'’]", token.rstrip("\\"'’”».,:;?"))""",
        """words = re.split(r"[-.'’]", token)""",
    ),
    Mutant(
        "pw-dial-turn-letters",
        "a dial's turns by their letters (R 42, L 17)",
        "|(?<!\\w)[lr](?=[ \\t\\xa0]*\\d))",
        ")",
    ),
    Mutant(
        "pw-dial-turns-after-label",
        "a dial's turns after a lock's label",
        '        values += itertools.islice(_TURNS.finditer(scan), MAX_UNLOCK)  # "r 42 – l 17 – r 8"\n',
        "",
    ),
    Mutant(
        "pw-dial-en-dash",
        "a dial's groups joined by an en dash",
        'r"(?<![\\w.,/+-])(?:\\d{1,2}(?: ?[-–—] ?\\d{1,2}){2,7}',
        'r"(?<![\\w.,/+-])(?:\\d{1,2}(?: ?- ?\\d{1,2}){2,7}',
    ),
    Mutant(
        "pw-dial-label-not-date",
        "a dial after a lock's label that cannot be a date",
        "not labelled or (len(groups) == 3",
        "True or (len(groups) == 3",
    ),
    Mutant(
        "pw-model-date-shape",
        "the model's veto of a day-month-year",
        "        if _DATE_SHAPE.fullmatch(value) and not (",
        "        if False and not (",
    ),
    Mutant(
        "pw-model-date-turned",
        "a dial turned to a date-shaped number is no date",
        "            or _TURN_WORD.search(lower, max(0, start - 24), start)\n",
        "",
    ),
    Mutant(
        "pw-answer-addressed",
        "a reply that addresses the one who asked before the value",
        """    r"(?:[A-Z][\\w'-]+,[ \\t\\xa0]+)?"\n""",
        "",
    ),
    Mutant(
        "pw-answer-comma-aside",
        "an aside after a comma behind the value",
        "|,[ \\t\\xa0]+.*)?",
        ")?",
    ),
    Mutant(
        "pw-mailbox-local-part",
        "a mailbox named by its local part is no secret",
        ' or token.endswith("@"):\n        return "no"  # (a mailbox',
        ':\n        return "no"  # (a mailbox',
    ),
    Mutant(
        "pw-platform-accounts",
        "a platform a team shares names the account",
        '    r"|insta(?<!\\winsta)(?:gram)?\\b|facebook|tiktok|snapchat|spotify|netflix|canva\\b|pinterest'
        '|linkedin|youtube"\n',
        "",
    ),
    Mutant(
        "pw-login-verb-split",
        "the verb of logging in, split, names the account",
        '    r"|log(?<!\\wlog)(?:t|gen)?[ \\t\\xa0]+(?:(?:je|jullie|u|you)[ \\t\\xa0]+)?(?:in|on)\\b|sign(?<!\\wsign)'
        '[ -]?in\\b"\n',
        '    r""\n',
    ),
    Mutant(
        "pw-login-verb-aanmelden",
        "'meld je aan' names the account",
        '    r"|meld(?<!\\wmeld)t?[ \\t\\xa0]+(?:je|jullie|u)[ \\t\\xa0]+aan\\b|connecte(?<!\\wconnecte)[zr]?\\b"\n',
        '    r"|connecte(?<!\\wconnecte)[zr]?\\b"\n',
    ),
]

RECIPIENT: list[Mutant] = [
    Mutant(
        "re-opening-name",
        "a short mail whose first line opens with a pupil's first name is about that pupil",
        "            subject_spans.append(min(opening))",
        "            pass",
    ),
    Mutant(
        "re-opening-line-start",
        "the name must open its line, not stand inside a sentence",
        "            and not text[text.rfind(",
        "            and False and not text[text.rfind(",
    ),
    Mutant(
        "re-opening-label",
        "a row's label ('Noor: ...') is not the opening's pupil",
        '            and text[s[1] : s[1] + 1] != ":"\n',
        "",
    ),
    Mutant(
        "re-opening-short",
        "only a short mail",
        "quote_at - subject_end < SHORT_MAIL",
        "True",
    ),
    Mutant(
        "rc-title-line",
        "a salutation of titles alone completes a first name",
        "for pattern in (_SALUTATION_SURNAME, _TITLE_LINE)",
        "for pattern in (_SALUTATION_SURNAME,)",
    ),
    Mutant(
        "rc-title-line-whole",
        "a salutation of titles alone is the whole line",
        'r"[,:]?[ \\t]*$",',
        'r"",',
    ),
    Mutant(
        "rc-titled-surname",
        "a titled surname picks one of several pupils with a first name",
        "_pick(text, pupils_at, lambda firsts: _families(roster, firsts, surnames))",
        "pass",
    ),
    Mutant(
        "rc-class-named",
        "the class the mail names picks one of several pupils with a first name",
        "_pick(text, pupils_at, lambda firsts: roster.in_classes(firsts, codes))",
        "pass",
    ),
    Mutant(
        "rc-salutation-completes",
        "the salutation's surname completes a first name",
        "for surname in salutation:",
        "for surname in []:",
    ),
    Mutant(
        "rc-marked",
        "a first name marked as the recipients' child",
        "marked_spans = [span for span in by_span if _marked(text, span[0])]",
        "marked_spans: list[tuple[int, int]] = []",
    ),
    Mutant(
        "rc-third-parties",
        "names next to 'uw zoon' are third parties",
        "third = _third_parties(text, list(by_span))",
        "third: set[tuple[int, int]] = set()",
    ),
    Mutant(
        "rc-title-before",
        "a name after a title is someone else",
        "if _TITLE.search(text, max(0, start - 20), start) or _QUOTE_HEADER.match(line):",
        "if _QUOTE_HEADER.match(line):",
    ),
    Mutant(
        "rc-repeated",
        "a bare first name counts when repeated",
        ">= 2 or span[1] <= subject_end",
        ">= 99 or span[1] <= subject_end",
    ),
    Mutant("rc-subject-line", "a bare first name counts in the subject line", ">= 2 or span[1] <= subject_end", ">= 2"),
    Mutant("rc-typos", "a parent's address one or two characters off", "and roster.near_known_address(r)", "and False"),
    Mutant(
        "rc-thread-subject",
        "a reply's subject says nothing of this message when the body names a pupil in full",
        "if reply and any(span[0] > subject_end for span in strong_spans):",
        "if False:",
    ),
    Mutant(
        "rc-thread-subject-body",
        "... only when the body names a pupil in full",
        "if reply and any(span[0] > subject_end for span in strong_spans):",
        "if reply:",
    ),
    Mutant(
        "rc-completion-within",
        "the salutation completes a first name only to a pupil it can still be",
        "full = pupils_at[span] & _families(roster, {first}, [surname])[first]",
        "full = set(_families(roster, {first}, [surname])[first])",
    ),
    Mutant(
        "rc-wrong-thread",
        "the parents of another pupil addressed above their own quoted question: the quoted child does not count",
        "if pupils & children and span[0] < quote:",
        "if pupils & children:",
    ),
    Mutant(
        "rc-wrong-thread-addressed-above",
        "... only when the parents are so addressed above the quote",
        "quote = len(text)  # (the parents",
        "pass  # (the parents",
    ),
    Mutant(
        "rc-quote-marked-lines",
        "a quote is also its lines marked with '>'",
        'if line.lstrip().startswith(">") or _QUOTE_HEADER.match(line):',
        "if _QUOTE_HEADER.match(line):",
    ),
    Mutant(
        "rc-greeted-nickname",
        "greeted by their own name, a first name in no class the mail names is no sign of another pupil",
        "            bare = [span for span in bare if in_class[_first_word(text, span)] & pupils_at[span]]",
        "            pass",
    ),
    Mutant(
        "rc-greeted-nickname-greeting",
        "... only when the recipients are greeted by their own name",
        "        if bare and codes and any(_in_address(surname, r) for surname in salutation for r in outside):",
        "        if bare and codes:",
    ),
    Mutant(
        "rc-greeted-nickname-class",
        "... only when none of the first name's pupils is in a class the mail names",
        "in_class[_first_word(text, span)] & pupils_at[span]]",
        "False]",
    ),
    Mutant(
        "rc-greets-another",
        "a reply greeting someone the recipients' addresses do not name: the thread's subject and quote are theirs",
        "    if greets_other:\n        for span in [span for span in by_span if span[1] <= subject_end or span[0] >=",
        "    if False:\n        for span in [span for span in by_span if span[1] <= subject_end or span[0] >=",
    ),
    Mutant(
        "rc-greets-another-once",
        "... and a pupil the new text names once is whom it is about",
        "            if greets_other or len(contexts",
        "            if len(contexts",
    ),
    Mutant(
        "rc-greets-another-reply",
        "... only in a reply",
        "    reply = _THREAD_SUBJECT.match(message.subject) is not None",
        "    reply = True",
    ),
    Mutant(
        "rc-greets-another-named",
        "... only where each address names someone",
        '        if name in words or not any(first_names.kind(word.capitalize()) == "name" for word in words):',
        "        if name in words:",
    ),
    Mutant(
        "rc-greets-another-not-greeted",
        "... someone else than the greeted one",
        '        if name in words or not any(first_names.kind(word.capitalize()) == "name" for word in words):',
        '        if not any(first_names.kind(word.capitalize()) == "name" for word in words):',
    ),
    Mutant(
        "rc-greets-pupil-family",
        "a reply that greets the family of a pupil its new text names",
        "        or any(at < quote for _surname, at in completing)",
        "        or False",
    ),
    Mutant(
        "rc-subject-no-sign-off",
        "the subject line, the name alone, is no sign-off",
        "        end > subject_end\n        and not line.replace",
        "        True\n        and not line.replace",
    ),
    Mutant(
        "rc-closing-adjective",
        "a closing formula with any adjective in -e (sportieve, zonnige groeten)",
        "(?:veel|[a-zà-ÿ]{3,20}e)?",
        "(?:vriendelijke|hartelijke|beste|warme|veel|fijne)?",
    ),
    Mutant(
        "rc-pick-several",
        "a pick narrows to the pupils found so, also when there are several",
        "        if some:\n            pupils_at[span] = set(some)",
        "        if len(some) == 1:\n            pupils_at[span] = set(some)",
    ),
    Mutant(
        "rc-parent-surname",
        "a surname (the salutation's, a titled one) is also the family of the pupil whose parent's address spells it",
        "return {first: pupils | by_parent for first, pupils in roster.full_names(firsts, surnames).items()}",
        "return dict(roster.full_names(firsts, surnames))",
    ),
    Mutant(
        "rc-class-before-title",
        "the class the mail names picks before a titled surname",
        "_pick(text, pupils_at, lambda firsts: roster.in_classes(firsts, codes))\n"
        "        _pick(text, pupils_at, lambda firsts: _families(roster, firsts, surnames))",
        "_pick(text, pupils_at, lambda firsts: _families(roster, firsts, surnames))\n"
        "        _pick(text, pupils_at, lambda firsts: roster.in_classes(firsts, codes))",
    ),
]

CREDENTIAL_MODEL: list[Mutant] = [
    Mutant("cm-never", "dates, times and amounts", " or _NEVER.fullmatch(value) or _LINK", " or _LINK"),
    Mutant("cm-link", "links, addresses and files", "or _LINK.search(value):", ":"),
    Mutant(
        "cm-dial",
        "dials as one candidate",
        "dials = list(itertools.islice(_DIAL.finditer(text, 0, end), MAX_CANDIDATES))",
        "dials = []",
    ),
    Mutant(
        "cm-passphrase",
        "passphrases",
        "if _PASSPHRASE.fullmatch(value):\n        return len(value) >= 12",
        "if False:\n        return False",
    ),
    Mutant("cm-three-digits", "three digits", "return digits >= 3 or len(value) >= 6", "return len(value) >= 6"),
    Mutant("cm-inner-capital", "inner capitals", "return inner_upper or sign", "return sign"),
    Mutant("cm-judge", "the rule's judgement", "and _candidate(value) and judge(value):", "and _candidate(value):"),
    Mutant(
        "cm-bang",
        "a sentence's exclamation mark",
        '            value = core  # "de code is 4471!"',
        "            pass  #",
    ),
    Mutant(
        "cm-bound", "MAX_CANDIDATES", "if found >= MAX_CANDIDATES:\n            return", "if False:\n            return"
    ),
    Mutant("cm-csv-cells", "a cell is a token", "{_SIGN}A-Z])[^\\s;|]*+", "{_SIGN}A-Z])[^\\s]*+"),
    Mutant("cm-subject", "the subject's words", 'counts.update("t:" + w for w in _words(subject)[:12])', "pass"),
    Mutant(
        "cm-separator",
        "the separator",
        'counts["sep:" + (before[-1] if before and not before[-1].isalnum() else "w")] += 1',
        "pass",
    ),
    Mutant(
        "cm-paragraph",
        "one paragraph",
        "left = _words(folded[max(paragraph, start - 200) : start])",
        "left = _words(folded[max(0, start - 200) : start])",
    ),
    Mutant(
        "cm-above",
        "the line above a value alone",
        'counts.update("a:" + w for w in _words(folded[above_start:above_end])[-4:])',
        "pass",
    ),
    Mutant(
        "cm-label",
        "the line's label",
        'counts.update("lab:" + w for w in _words(fold_chars(prefix[:colon]))[-2:])',
        "pass",
    ),
    Mutant("cm-cell", "a table cell", 'counts["cell"] += 1', "pass"),
    Mutant("cm-far", "the wider sentence", 'counts.update("f:" + w for w in left[-30:-5])', "pass"),
    Mutant("cm-year", "a year's shape", 'shape.append("s:year")', "pass"),
    Mutant("cm-key", "a keypad's confirm key", 'shape.append("s:key")', "pass"),
    Mutant("cm-yearend", "a word ending in a year", 'shape.append("s:yearend")  # Welkom2024, Zomer2026!', "pass"),
    Mutant(
        "cm-exclaimed-joined-words",
        "an exclamation mark after joined words ends the sentence",
        "if core != value and (core.isdigit() or all(p.isalpha() for p in _JOINED.split(core))):",
        "if core != value and (core.isdigit() or core.isalpha()):",
    ),
    Mutant("cm-ref", "a reference's shape", 'shape.append("s:ref")  # F2026, INV-10023, R-482', "pass"),
]

SENSITIVE: list[Mutant] = [
    Mutant("se-audience-group-address", "audience: group address", "    if Kind.GROUP in kinds:\n", "    if False:\n"),
    Mutant(
        "se-audience-many-outside-recipients",
        "audience: many outside recipients",
        "    if outside >= GENERAL_RECIPIENTS:\n",
        "    if False:\n",
    ),
    Mutant(
        "se-audience-salutation-to-a-group",
        "audience: salutation to a group",
        "    if _GENERAL_SALUTATION.match(line) and not",
        "    if False and not",
    ),
    Mutant(
        "se-audience-generic-references-dropped-in-a-circ",
        "audience: generic references dropped in a circular",
        "(context.audience.general or _generic_ref(ref))",
        "(False or _generic_ref(ref))",
    ),
    Mutant(
        "se-audience-plain-names-dropped-in-a-circular",
        "audience: plain names dropped in a circular",
        "    if context.audience.general:\n        return None",
        "    if False:\n        return None",
    ),
    Mutant("se-generic-question", "generic: question", '        return "vraag"', "        return None"),
    Mutant("se-generic-condition", "generic: condition", '        return "voorwaarde"', "        return None"),
    Mutant("se-generic-example", "generic: example", '        return "voorbeeld"', "        return None"),
    Mutant(
        "se-generic-rule-book-heading",
        "generic: rule-book heading",
        '        return "reglement"',
        "        return None",
    ),
    Mutant(
        "se-generic-condition-between-reference-and-fact",
        "generic: condition between reference and fact",
        '                        weight /= 2  # "mijn zoon',
        '                        weight *= 1  # "mijn zoon',
    ),
    Mutant(
        "se-generic-no-corroboration-for-a-generic-refere",
        "generic: no corroboration for a generic reference",
        "                corroboration = 0.0  #",
        "                corroboration += 0.0  #",
    ),
    Mutant(
        "se-persons-first-names-from-the-list",
        "persons: first names from the list",
        "    if kind is None or first in context.adult_names",
        "    if True or first in context.adult_names",
    ),
    Mutant(
        "se-persons-word-like-name-at-sentence-start",
        "persons: word-like name at sentence start",
        '    if kind == "word" and _sentence_initial(norm, start):',
        "    if False and _sentence_initial(norm, start):",
    ),
    Mutant(
        "se-persons-word-like-name-is-weak",
        "persons: word-like name is weak",
        '    if kind == "word":\n',
        "    if False:\n",
    ),
    Mutant(
        "se-persons-surname-after-a-particle",
        "persons: surname after a particle",
        '        return None  # "De Morgan"',
        '        pass  # "De Morgan"',
    ),
    Mutant(
        "se-persons-full-names-in-prose-about-people",
        "persons: full names in prose about people",
        "and _crowd(part, context.first_names):",
        "and False:",
    ),
    Mutant(
        "se-persons-sign-off-above-a-forwarded-message",
        "persons: sign-off above a forwarded message",
        '    return following.startswith(("---", "___", "-----")) or quote_header_at(following, 0)',
        "    return False",
    ),
    Mutant(
        "se-generic-list-of-data-categories",
        "generic: list of data categories",
        '        return "gegevenslijst"',
        "        return None",
    ),
    Mutant(
        "se-persons-staff-roles",
        "persons: staff roles",
        "    if any(w.endswith(_ROLE_ENDINGS) for w in before if w):",
        "    if False:",
    ),
    Mutant("se-persons-sign-off", "persons: sign-off", "    if _sign_off(norm, start):", "    if False:"),
    Mutant(
        "se-persons-heading",
        "persons: heading",
        "    if _heading_line(norm, start) or _signature(",
        "    if _signature(",
    ),
    Mutant(
        "se-persons-forward-header",
        "persons: forward header",
        " or quote_header_at(norm, start):\n        return None",
        ":\n        return None",
    ),
    Mutant(
        "se-persons-table-row-or-bullet",
        "persons: table row or bullet",
        "    if initial is not None or _row_start(norm, start, end, context.first_names):",
        "    if initial is not None:",
    ),
    Mutant(
        "se-persons-readers-in-the-salutation",
        "persons: readers in the salutation",
        "        adults.add(word)  #",
        "        pass  #",
    ),
    Mutant(
        "se-persons-first-name-in-the-subject",
        "persons: first name in the subject",
        '        if compiled.first_names.kind(token) == "name" and known.carried(token):',
        "        if False:",
    ),
    Mutant(
        "se-persons-initials-with-a-class-are-strong",
        "persons: initials with a class are strong",
        "            weight = STRONG_REF if _class_code_after(",
        "            weight = MEDIUM_REF if _class_code_after(",
    ),
    Mutant(
        "se-persons-initials-before-a-surname",
        "persons: initials before a surname",
        '        if not re.match(rf" ?{_PARTICLE}?[{_UP}][{_LOW}]"',
        '        if True or re.match(rf" ?{_PARTICLE}?[{_UP}][{_LOW}]"',
    ),
    Mutant(
        "se-persons-roster",
        "persons: roster",
        "        refs.extend(roster_refs(policy.roster, part.folded.norm, part.signatures, context))",
        "        pass",
    ),
    Mutant(
        "se-persons-capitalised-first-word-before-a-name",
        "persons: capitalised first word before a name",
        '            head, full = full.split(" ", 1)',
        "            head = full",
    ),
    Mutant(
        "se-persons-capitalised-kin-word-unknown-word-is",
        "persons: capitalised kin word + unknown word is no anchor",
        '            continue  # "Leerling Opmerking"',
        '            pass  # "Leerling Opmerking"',
    ),
    Mutant(
        "se-persons-year-group-after-a-noun-body",
        "persons: year group after a noun (body)",
        '            continue  # "Skireis 5e jaar", "Romereis',
        '            pass  # "Skireis 5e jaar", "Romereis',
    ),
    Mutant(
        "se-persons-year-group-after-a-noun-subject",
        "persons: year group after a noun (subject)",
        '            continue  # "Skireis 5e jaar": a trip',
        '            pass  # "Skireis 5e jaar": a trip',
    ),
    Mutant(
        "se-scorer-nearest-reference-wins-a-tie",
        "scorer: nearest reference wins a tie",
        "(-item[0], abs(item[1].start - hit.start))",
        "(-item[0], -abs(item[1].start - hit.start))",
    ),
    Mutant(
        "se-generic-a-rule-de-leerling-moet",
        "generic: a rule ('de leerling moet')",
        '        return "regel"  #',
        "        return None  #",
    ),
    Mutant(
        "se-generic-the-reference-s-own-sentence",
        "generic: the reference's own sentence",
        "        if ref.kind in GENERIC_KINDS and (context.audience.general or _generic_ref(ref)):",
        "        if ref.kind in GENERIC_KINDS and context.audience.general:",
    ),
    Mutant(
        "se-model-second-opinion-on-a-borderline-mail",
        "model: second opinion on a borderline mail",
        "        if not best and borderline and probability >= config.model_threshold:",
        "        if False:",
    ),
    Mutant(
        "se-model-alone-on-a-mail-without-a-term",
        "model alone: on a mail without a term",
        "        return _findings(*_model_alone(message, policy, parts, quotes, None, None), {}, config)",
        "        return []",
    ),
    Mutant(
        "se-model-alone-on-a-mail-whose-terms-did-not-fir",
        "model alone: on a mail whose terms did not fire",
        "        best, opinions = _model_alone(message, policy, parts, quotes, read, context)",
        "        pass",
    ),
    Mutant(
        "se-model-alone-personal-audience-only",
        "model alone: personal audience only",
        "    if reader.general:\n        return {}, {}\n",
        "",
    ),
    Mutant(
        "se-model-alone-at-least-alone-words-words",
        "model alone: at least ALONE_WORDS words",
        "    if len(text[: 20 * ALONE_WORDS * 8].split()) < ALONE_WORDS:",
        "    if False:",
    ),
    Mutant(
        "se-model-alone-a-pupil-pointed-at",
        "model alone: a pupil pointed at",
        "    if not (person or context.pupil_names or any(part.refs for part in parts)):",
        "    if False:",
    ),
    Mutant(
        "se-model-alone-its-threshold",
        "model alone: its threshold",
        "    if probability < config.model_alone:",
        "    if False:",
    ),
    Mutant(
        "se-model-alone-a-head-at-the-threshold",
        "model alone: only with a head at category_threshold",
        "    if not chosen and probability >= config.model_alone_sure:",
        "    if not chosen:",
    ),
    Mutant(
        "se-model-alone-sure",
        "model alone: sure without a head",
        "    if not chosen and probability >= config.model_alone_sure:",
        "    if False:",
    ),
    Mutant(
        "se-model-alone-never-without-heads",
        "model alone: never without heads",
        "    if model is None or not model.heads or config.model_alone >= 1.0:",
        "    if model is None or config.model_alone >= 1.0:",
    ),
    Mutant("se-facts-paraphrases", "facts: paraphrases", "terms + PARAPHRASES.get(category, ())", "terms"),
    Mutant(
        "se-audience-a-group-salutation-to-a-few-colleagu",
        "audience: a group salutation to a few colleagues",
        " and not colleagues:\n",
        ":\n",
    ),
    Mutant(
        "se-facts-the-writer-s-own-mijn-operatie",
        "facts: the writer's own (mijn operatie)",
        '            if hit.term.category != "care" and _FIRST_PERSON.search(',
        "            if False and _FIRST_PERSON.search(",
    ),
    Mutant(
        "se-persons-platforms-are-no-names", "persons: platforms are no names", '    "informat wisa bingel', '    "x'
    ),
    Mutant(
        "se-own-quote-the-recipient-s-own-mail",
        "own quote: the recipient's own mail",
        "        hits = [h for h in hits if h.start < own_quote]\n",
        "",
    ),
    Mutant(
        "se-toileting-and-dose",
        "a pupil's toileting accident and a day's dose of medication are medical terms",
        '        ("incontinen*", 0.5), ("broek ~ geplast", 0.5), ("broek ~ gepoept", 0.5), ("broek ~ plast", 0.45),\n'
        '        ("luier*", 0.35), ("bedplassen", 0.45), ("wet himself", 0.45), ("wet herself", 0.45),\n'
        '        ("ochtenddosis", 0.45), ("middagdosis", 0.45), ("avonddosis", 0.45), ("pilletje*", 0.4),\n',
        "",
    ),
    Mutant(
        "se-absences-and-refusal",
        "repeated absences and school refusal, in Dutch and French",
        '        ("vaak afwezig", 0.4), ("afwezig zonder geldige reden", 0.35), ("afwezig ~ halve dagen", 0.4),\n'
        '        ("niet graag naar school", 0.4),\n'
        '        ("refus scolaire", 0.55), ("phobie scolaire", 0.55), ("decrochage scolaire", 0.5), '
        '("decroche", 0.4),\n',
        "",
    ),
    Mutant(
        "se-cpas-request",
        "a request to the CPAS and an amount still open, in French",
        '        ("demande d\'intervention", 0.45), ("montant ~ encore ouvert", 0.45), ("reste ouvert", 0.35),\n',
        "",
    ),
    Mutant(
        "se-own-quote-sender-name",
        "a quote headed by the sender's name alone is the sender's own mail, not the recipient's",
        "            continue  # the same, headed by the sender's name alone",
        "            pass  # the same, headed by the sender's name alone",
    ),
    Mutant(
        "se-roster-anchor",
        "with a roster, a marked name no pupil carries is no pupil (unless a class follows)",
        "                if not known.carried(first) and not _class_code_after(norm, start + len(full), compiled):",
        "                if False:",
    ),
    Mutant(
        "se-roster-subject-name",
        "... nor the subject's full name",
        "        if not _not_a_pupil(first, full, 0, adults) and known.carried(first):",
        "        if not _not_a_pupil(first, full, 0, adults):",
    ),
    Mutant(
        "se-roster-subject-token",
        "... nor a first name in the subject",
        '        if compiled.first_names.kind(token) == "name" and known.carried(token):',
        '        if compiled.first_names.kind(token) == "name":',
    ),
    Mutant(
        "se-roster-first-name-weak",
        "... and a first name in the text is a weak reference",
        "    if not context.pupil_first_name(first):",
        "    if False:",
    ),
    Mutant(
        "se-roster-model-pupil",
        "... nor the model's pupil when it fires alone",
        "            if context.pupil_first_name(first) or _class_code_after(norm, start + len(full), compiled):",
        "            if True:",
    ),
    Mutant("se-panic-weak", "'paniek' alone is weak", '("paniek", 0.3),', '("paniek", 0.35),'),
    Mutant(
        "se-fight-fr-en",
        "a fight and aggression in French and English",
        """        ("bagarre*", 0.4), ("s'est battu*", 0.45), ("coup de poing", 0.4), ("coups de poing", 0.4),\n""",
        "",
    ),
    Mutant(
        "se-no-food-at-home",
        "no food at home is want, a lunch box forgotten none",
        '("geen eten", 0.3),',
        '("geen eten", 0.45),',
    ),
    Mutant(
        "se-french-payment-plan",
        "a payment plan in French (mensualités, plan de paiement, impayé)",
        '("plan de paiement", 0.55), ("mensualite*", 0.45), ("impaye*", 0.5),',
        "",
    ),
    Mutant(
        "se-staff-service-at",
        "the service someone works at after the name ('Nadia op het secretariaat')",
        "(?:van|from|de|du|op|bij|at|au)",
        "(?:van|from|de|du)",
    ),
    Mutant(
        "se-lower-bare-code",
        "a first name and a bare class code typed in lower case ('kobe 2c')",
        "    for start, end, name, name_start in _lower_bare_codes(norm, lo, hi, compiled):",
        "    for start, end, name, name_start in ():",
    ),
    Mutant(
        "se-lower-bare-code-anchor",
        "... also the pupil the model alone shows",
        "    for _start, _end, name, name_start in _lower_bare_codes(norm, lo, hi, compiled):",
        "    for _start, _end, name, name_start in ():",
    ),
    Mutant(
        "se-lower-bare-code-first-name",
        "... only after a first name that is no ordinary word or school subject",
        '    return compiled.first_names.kind(word.capitalize()) == "name" and _fold_word(word) not in _NOT_NAMES',
        '    return compiled.first_names.kind(word.capitalize()) == "name"',
    ),
    Mutant(
        "se-lower-bare-code-not-e",
        "... not 2e (tweede)",
        '_LOWER_CODE = re.compile(r"[1-7](?<= [1-7])[a-df][1-9]?',
        '_LOWER_CODE = re.compile(r"[1-7](?<= [1-7])[a-f][1-9]?',
    ),
    Mutant(
        "se-own-quote-only-one-outside-recipient",
        "own quote: only one outside recipient",
        "    if len(rcpts) != 1 or policy.school.classify(rcpts[0]) is not Kind.EXTERNAL:",
        "    if len(rcpts) != 1:",
    ),
    Mutant(
        "se-own-quote-matched-by-name",
        "own quote: matched by name",
        '(name in names or re.sub(r"[\\s\']+", ".", name) == local)',
        "False",
    ),
    Mutant(
        "se-own-quote-the-model-reads-without-it",
        "own quote: the model reads without it",
        "    bodies = (p.text[:q] if q >= 0 else p.text for p, q in zip(message.text_parts, quotes, strict=True))",
        "    bodies = (p.text for p in message.text_parts)",
    ),
    Mutant(
        "se-model-alone-a-pupil-marked-anywhere",
        "model alone: a pupil marked anywhere",
        "    person = context.topic or _pupil_in(parts, context, config.compiled, policy.roster)",
        "    person = context.topic",
    ),
    Mutant(
        "se-scorer-a-weak-word-alone-is-borderline",
        "scorer: a weak word alone is borderline",
        "            if hit.term.weight < WEAK_TERM and not corroboration:",
        "            if False:",
    ),
    Mutant(
        "se-model-alone-initials-with-a-class-anywhere",
        "model alone: initials with a class anywhere",
        "            if outside and _class_code_after(norm, start + len(full), compiled):",
        "            if False:",
    ),
    Mutant(
        "se-model-alone-a-national-number-anywhere",
        "model alone: a national number anywhere",
        "        if any(result.score >= 0.6 for result in personal_data.find_national_numbers(chunk)):",
        "        if False:",
    ),
    Mutant(
        "se-model-alone-a-roster-pupil-anywhere",
        "model alone: a roster pupil anywhere",
        "            if strong:\n                return strong[0].display",
        "            if False:\n                return strong[0].display",
    ),
    Mutant(
        "se-lower-name-anchor",
        "a lower-case name before a class code is an anchor",
        "(lower := _lower_name_before(norm, start, compiled))",
        "(lower := None)",
    ),
    Mutant(
        "se-lower-name-ref",
        "a lower-case name before a class code is a reference",
        "if lower := _lower_name_before(norm, start, compiled):",
        "if lower := None:",
    ),
    Mutant(
        "se-lower-name-last-word",
        "the last word alone may be the name",
        "((words, match.start(1)), (words[-1:], match.end(1) - len(words[-1])))",
        "((words, match.start(1)),)",
    ),
    Mutant(
        "se-lower-name-no-word",
        "only a first name that is no ordinary word",
        'compiled.first_names.kind(word.capitalize()) == "name"',
        "True",
    ),
    Mutant(
        "se-own-quote-sender",
        "a quote headed by the sender's own address is not the recipient's words",
        "if sender and sender in who:",
        "if False:",
    ),
    Mutant(
        "se-agent-plural",
        "the agent of a passive is no plural of everybody",
        '_DEFINITE_PLURAL.sub(" ", _AGENT.sub(" ", text))',
        '_DEFINITE_PLURAL.sub(" ", text)',
    ),
    Mutant(
        "se-agent-relative",
        "a plural followed by a relative clause is what the sentence is about",
        'r"(?!\\s+(?:die|dat|te|om|who|that|to|qui|pour)\\b)"',
        'r""',
    ),
    Mutant(
        "se-class-lower-case",
        "a class code typed in lower case in brackets",
        '    r"|[1-7](?<=\\(\\d)[a-f][1-9]?(?=\\))"  # (the digit first: a leading look-behind is tried',
        '    r""  # (the digit first: a leading look-behind is tried',
    ),
    Mutant(
        "se-lower-name-particles",
        "a lower-case name before a class code with its surname's particles",
        "(?: (?:van|vande|vanden|vander|de|den|der|ter|ten|le|la|du|el|ben|'t))*",
        "",
    ),
    Mutant(
        "se-death-fr-en",
        "a death in the family in French and English",
        '("deces", 0.35), ("funerailles", 0.3), ("obseques", 0.3), ("deuil", 0.3), ("funeral", 0.3),',
        "",
    ),
    Mutant(
        "se-death-of-a-parent-fr-en",
        "the death of a parent in French and English",
        '*((f"deces de ~ {w}", 0.55) for w in ("pere", "mere", "maman", "papa", "frere", "soeur")),',
        "",
    ),
    Mutant(
        "se-adapted-programme",
        "an adapted programme in other words than curriculum",
        '*((f"{adj} {what}", 0.5) for adj in ("aangepast", "aangepaste") for what in ("programma", "lesprogramma",',
        '*((f"{adj} {what}", 0.5) for adj in () for what in ("programma", "lesprogramma",',
    ),
    Mutant(
        "se-host-family-weak",
        "a host family is weak alone",
        """("famille d'accueil", 0.3),""",
        """("famille d'accueil", 0.55),""",
    ),
    Mutant(
        "se-numbered-item",
        "a numbered line that tells something is no heading",
        "return _SENTENCE_END_IN_LINE.search(line, numbered.end()) is None",
        "return True",
    ),
    Mutant(
        "se-numbered-row",
        "a name after a list number opens a row",
        " and not _ENUMERATOR.fullmatch(norm, line_start, start):",
        ":",
    ),
    Mutant(
        "se-of-service",
        "a first name followed by the service one works for is staff",
        "service = _OF_SERVICE.match(norm, end)",
        "service = None",
    ),
    Mutant("se-death-gently", "a death said gently (heengegaan)", '("heengegaan", 0.35), ("ontslapen", 0.35),', ""),
    Mutant(
        "se-judge-decision",
        "a judge's decision about a family",
        '("uitspraak van de rechter", 0.5), ("beslissing van de rechter", 0.5),',
        "",
    ),
    Mutant(
        "se-allergen-without-allergy",
        "a food one pupil may not have",
        '*((f"mag ~ geen {food}", 0.45) for food in',
        '*((f"mag ~ geen {food}", 0.45) for food in () if',
    ),
    Mutant(
        "se-sports-injury",
        "a sports injury and its care",
        '        ("verstuik*", 0.4), ("verzwikt", 0.35), ("enkelband*", 0.45), ("kruisband*", 0.45),\n',
        "",
    ),
    Mutant("se-separation-to-parents", "the parents' separation said to them", '("jullie ~ uit elkaar", 0.5),', ""),
    Mutant(
        "se-two-homes",
        "a week in each home",
        '*((f"om de week bij ~ {kin}", 0.5) for kin in ("papa", "mama", "vader", "moeder")),',
        "",
    ),
    Mutant(
        "se-case-over-topic",
        "a case or a dispute over the term is the family's own, not a topic",
        "    if len(words) > 1 and words[-2] in _CASE_NOUNS:\n        return False",
        "    if False:\n        return False",
    ),
    Mutant(
        "se-surname-cell",
        "a first name after a surname cell opens a row of a pupil export",
        "    surname = _SURNAME_CELL.fullmatch(norm, line_start, start)",
        "    surname = None",
    ),
    Mutant("se-neutral-hospital-work", "a hospital as a workplace", "*_HOSPITAL_WORKPLACES,", ""),
    Mutant("se-neutral-guardian", "'ouder of voogd' and its kin: the formula of forms", "*_GUARDIAN_FORMULAS,", ""),
    Mutant(
        "se-neutral-care-things",
        "things and bodies named after a care word",
        '"medicatiekast*", "medicijnkast*", "medicatiekar*", "medicijnkar*", "ocmw-bestuur", "ocmw-raad",',
        "",
    ),
]

PASSWORD += [
    Mutant(
        "pw-table-compound",
        "under a password column a compound-shaped value ('Krokus-2B') is the password",
        '                if kind == "no" and strong_column and _COMPOUND.match(value):',
        "                if False:",
    ),
    Mutant(
        "pw-list-labelled",
        "a list's rows that name what their strong value opens ('Groep A: WIS4-K9PZ')",
        '            elif pair is not None and strength(pair.group("value"), min_length) == "strong":',
        "            elif False:",
    ),
    Mutant(
        "pw-list-parts",
        "a secret sent in pieces ('deel 1: ...', 'deel 2: ...') judged joined",
        "        if len(parts) >= 2 and _joined_strong(parts, min_length, pins):",
        "        if False:",
    ),
    Mutant(
        "pw-stacked", "a lock's code one number a line under 'code:'", "    hits += _stacked_hits(text, scan)\n", ""
    ),
    Mutant(
        "pw-spelled-out",
        "a password spelled out in words ('hoofdletter S, dan t r o o m, dan 2024')",
        "    hits += _spelled_out_hits(text, scan, matches)\n",
        "",
    ),
    Mutant(
        "pw-spelled-needs-letters",
        "a spelling needs a named capital or a letter run (advice names signs and digits)",
        '    if len(kinds) < 2 or not ({"capital", "letters", "small"} & set(kinds)):',
        "    if len(kinds) < 2:",
    ),
    Mutant(
        "pw-spelled-sentence",
        "the spelling stands in the keyword's sentence",
        "        stop = end.start() if end else min(len(scan), match.end() + SPELL_REACH)",
        "        stop = min(len(scan), match.end() + SPELL_REACH)",
    ),
    Mutant(
        "pw-meeting-door-inline",
        "a place's code on its line counts beside a meeting invitation (the keyword reading)",
        "            and not _lock_before(scan, match.end())\n",
        "",
    ),
    Mutant(
        "pw-meeting-door-unlock",
        "a place's code on its line counts beside a meeting invitation (numbers opened with)",
        "_meeting_near(scan, verb.start(), value.end()) and not _lock_before(scan, value.start()):",
        "_meeting_near(scan, verb.start(), value.end()):",
    ),
    Mutant(
        "pw-place-lock-not-device",
        "a device in the invitation ('computer') is no place that locks",
        '    rf"deur|poort|{_DOOR_EN}|',
        '    rf"computer|deur|poort|{_DOOR_EN}|',
    ),
    Mutant(
        "pw-piece-lines",
        "a password cut over lines under its label",
        "    hits += _piece_lines_hits(text, scan, matches, config.min_length)\n",
        "",
    ),
    Mutant(
        "pw-piece-words",
        "the pieces must be said to be pieces",
        "        if _PIECE_WORDS.search(said) and _joined_strong(",
        "        if _joined_strong(",
    ),
    Mutant(
        "pw-stacked-lock",
        "the stacked numbers count only with a thing that locks near",
        '    if _LOCK_OBJECT.search(window) is None:\n        return []\n    start = match.start("value")',
        '    start = match.start("value")',
    ),
]

SENSITIVE += [
    Mutant(
        "se-topic-owner",
        "a topic with its pupil right after it ('over de tuchtprocedure van Ruben') is that pupil's",
        "    return owner is None or not _starts_at(ref_starts, owner.end())",
        "    return True",
    ),
    Mutant("se-police-hearing", "a pupil heard by the police", '("verhoord", 0.45), ', ""),
    Mutant("se-threatened", "a pupil threatened or extorted", '("bedreigd", 0.4), ("afgeperst", 0.5),', ""),
    Mutant(
        "se-called-names",
        "a pupil called names, racist abuse reported",
        '("uit te schelden", 0.45), ("uitschelden", 0.45), ("scholden ~ uit", 0.45), ("racistische opmerking*", 0.45),',
        "",
    ),
    Mutant("se-racist-abuse-en", "racist abuse in English", '("racist abuse", 0.5), ', ""),
    Mutant("se-drunk", "a pupil drunk on a trip", '("dronken", 0.4), ', ""),
    Mutant("se-sent-home", "a pupil sent home for it", '("naar huis gestuurd", 0.4),', ""),
    Mutant(
        "se-hearing-aids-plural",
        "hearing aids in the plural",
        '("gehoorapparaten", 0.45), ("hoorapparaten", 0.45), ',
        "",
    ),
    Mutant("se-fm-transmitter", "an FM transmitter", '("fm-zender", 0.45), ', ""),
    Mutant("se-residence-week", "a residence week", '("verblijfsweek", 0.45), ', ""),
    Mutant("se-court-arrangement", "a court's arrangement", '("regeling van de rechtbank", 0.5),', ""),
    Mutant(
        "se-neutral-ci-joint",
        "French 'ci-joint' (attached) is no joint",
        '    "ci-joint", "ci-jointe", "ci-joints", "ci-jointes", "ci joint", "ci jointe", "piece jointe", '
        '"pieces jointes",\n',
        "",
    ),
    Mutant("se-insulted-fr", "a pupil insulted, in French", '("a ete insulte*", 0.45), ', ""),
    Mutant(
        "se-audience-staff-group",
        "a list of staff is an audience of colleagues",
        "all(k in INTERNAL_KINDS for k in kinds)",
        "all(k in INTERNAL_KINDS - {Kind.STAFF_GROUP} for k in kinds)",
    ),
    Mutant("se-crohn", "a chronic bowel disease", '("crohn", 0.5), ', ""),
    Mutant("se-transplantation", "an organ transplant (Dutch compound)", '("*transplantatie", 0.55), ', ""),
    Mutant("se-transplant", "an organ transplant (English)", '("transplant", 0.45), ', ""),
    Mutant("se-immunosuppressants", "immunosuppressants", '("immunosuppress*", 0.5), ', ""),
    Mutant("se-kidney-doctor", "a kidney specialist", '("nefroloog", 0.45), ', ""),
    Mutant("se-burn", "a burn", '("zich ~ verbrand", 0.45),', ""),
    Mutant("se-paid-in-parts", "a bill paid in parts", '("euro in ~ delen", 0.45), ', ""),
    Mutant("se-time-out-class", "sent to the time-out class", '("time-outklas", 0.4), ', ""),
    Mutant("se-time-out-room", "sent to the time-out room", '("time-outlokaal", 0.4),', ""),
    Mutant("se-loan-laptop-weak", "a loan laptop alone is weak", '("leenlaptop*", 0.3)', '("leenlaptop*", 0.35)'),
    Mutant(
        "se-role-label-colon",
        "a role word before a label's colon that is not its last word does not make the next name staff",
        '    if words and words[-1].endswith(":"):\n        words = words[-1:]',
        "    if False:\n        words = words[-1:]",
    ),
    Mutant(
        "se-clb-followed-up",
        "a pupil followed up by the CLB is care",
        '        ("clb ~ opgevolgd", 0.45), ("opgevolgd ~ clb", 0.45), '
        '("opvolging ~ clb", 0.45), ("clb-opvolging", 0.45),\n',
        "",
    ),
    Mutant(
        "se-contracts",
        "a behaviour or truancy contract is psychosocial",
        '        ("volgcontract*", 0.5), ("spijbelcontract*", 0.5),\n',
        "",
    ),
    Mutant(
        "se-role-column",
        "a name under a table column that names a role is that role's holder",
        "    return _in_role_column(norm, start)\n",
        "    return False\n",
    ),
    Mutant(
        "se-role-column-header",
        "the column's header must name a role",
        'if column < len(cells) and _fold_word(cells[column].strip(" *:")).endswith(_COLUMN_ROLES):',
        "if column < len(cells):",
    ),
    Mutant(
        "se-support-worker-plural",
        "the support workers (plural) are a service's staff, no fact",
        '("ondersteuner", 0.4), ("ondersteunster", 0.4),',
        '("ondersteuner*", 0.4), ("ondersteunster", 0.4),',
    ),
    Mutant("se-support-plan", "a pupil's support plan", '("ondersteuningsplan*", 0.5), ', ""),
    Mutant("se-learning-support", "gets learning support", '("krijgt leersteun", 0.45), ', ""),
    Mutant("se-learning-support-worker", "a learning-support worker", '("leersteuner", 0.4),', ""),
    Mutant("se-childhood-illness", "a contagious childhood illness", '("waterpokken", 0.45), ', ""),
    Mutant("se-order-measure", "an order measure", ' ("ordemaatregel*", 0.45),', ""),
    Mutant(
        "se-hits-with",
        "a parent who hits the child with something between",
        '("hem ~ slaat", 0.5)',
        '("hem slaat", 0.5)',
    ),
    Mutant(
        "se-hits-with-her",
        "a parent who hits her with something between",
        '("haar ~ slaat", 0.5)',
        '("haar slaat", 0.5)',
    ),
    Mutant("se-grommets", "ear tubes in English", '("grommets", 0.45), ', ""),
    Mutant(
        "se-attached-list",
        "a fact about an attached list of pupils, told in the sentence that introduces the attachment",
        "        for item, place in _listed_in_attachment(message, policy, parts, context, config):",
        "        for item, place in []:",
    ),
    Mutant(
        "se-attached-list-introduced",
        "only a sentence that introduces the attachment titles the list",
        "        if _INTRODUCES.search(sentence.lower())",
        "        if True",
    ),
    Mutant("se-debt-collection", "debt collection", ', ("invordering*", 0.5)', ""),
    Mutant(
        "se-role-in-row",
        "a row that gives the person's role in a Rol column names staff",
        '        _fold_word(cells[i].strip(" *:")) in _ROLE_HEADERS\n',
        "        False\n",
    ),
    Mutant(
        "se-heading-cells",
        "a table row's cells count as words when telling a heading",
        "    words = _WORDS_AND_CELLS.split(line)",
        "    words = line.split()",
    ),
    Mutant("se-open-balance", "an open balance with the verb between", ', ("saldo ~ open", 0.4)', ""),
]

# the school's pupil list (discretie/roster.py): the readings the recipient and sensitive rules ask of it
ROSTER: list[Mutant] = [
    Mutant(
        "ro-full-name-class",
        "a full name several pupils answer to, followed by a class: the ones in that class ('Lars Vos (6C)')",
        "                    if len(pupils) > 1:\n                        match = self._narrow_full(",
        "                    if False:\n                        match = self._narrow_full(",
    ),
    Mutant(
        "ro-verb-names",
        "only first names that are also words a pronoun follows are read as those words ('Ben je')",
        '            if kind == "first_name" and parts[0] in _VERB_NAMES and _VERB_READING.match(text, stop):',
        '            if kind == "first_name" and _VERB_READING.match(text, stop):',
    ),
    Mutant(
        "ro-class-map",
        "a first name's pupils in a class from the class map",
        "self._class_pupils = None if classes is None else {key: frozenset(p) for key, p in classes.items()}",
        "self._class_pupils = None",
    ),
    Mutant(
        "ro-class-map-every-school",
        "the class map only when every school's index has it",
        "if all(t in school.maps for school in schools)",
        "if any(t in school.maps for school in schools)",
    ),
    Mutant(
        "ro-class-one-reading",
        "the classes read one way, in one set",
        "found.update(plain.intersection(named))",
        "pass",
    ),
    Mutant(
        "ro-class-longest-reading",
        "a class read two ways: the longest reading first, the other only without a pupil there",
        "                                found.update(both)\n                                break\n",
        "                                found.update(both)\n",
    ),
    Mutant(
        "ro-full-name-pair",
        "a first name and a surname: the pupils named in full by both",
        'pupils.update(names.get(h("n", f"{head} {last}"), ()))',
        'pupils.update(names.get(h("n", head), ()))',
    ),
    Mutant(
        "ro-parent-names",
        "the names a parent's address spells",
        '            for name in _address_names(address):\n                once("ps", name)\n',
        "",
    ),
    Mutant(
        "ro-parent-names-joined",
        "... its words joined (van.laere@: Van Laere)",
        "for j in range(i + 1, min(len(words), i + 3) + 1)}",
        "for j in range(i + 1, i + 2)}",
    ),
    Mutant(
        "ro-class-before-map",
        "an index made before the class map: a keyed hash of each first name and class",
        "                            found.update(pupils)\n",
        "",
    ),
]

RECIPIENT_THREAD: list[Mutant] = [
    Mutant(
        "rc-same-name-again",
        "the same name written again is the pupil its class named ('Kinderfoto Lars Vos' over 'Lars Vos (6C)')",
        "        if narrowed and len(narrowed) < len(pupils):\n",
        "        if False:\n",
    ),
    Mutant(
        "rc-class-of-a-group",
        "a class named as a group of pupils' class ('with the pupils of class 2A') picks no pupil",
        "            if not _GROUP_OF_CLASS.search(text, max(0, c.start() - 40), c.start())\n",
        "",
    ),
    Mutant(
        "rc-in-full-first",
        "a first name of a pupil named in full is that pupil before a class or a title's surname picks",
        "            pupils_at[span] = pupils & in_full\n    if any(len(p) > 1",
        "            pass\n    if any(len(p) > 1",
    ),
    Mutant(
        "rc-thread-others-only",
        "a reply naming only another pupil in full: the thread's subject and quote are the recipients' question",
        "    if child_strong and not others_only:\n        return findings\n    if others_only:",
        "    if child_strong:\n        return findings\n    if False:",
    ),
    Mutant(
        "rc-thread-with-before",
        "a pupil spoken with ('met Mathis Lemmens') is a third party in the answer",
        "            and not _WITH_BEFORE.search(text, max(0, s[0] - 16), s[0])\n",
        "",
    ),
    Mutant(
        "rc-thread-own-child",
        "a reply that speaks of the recipients' child ('uw dochter') is about their child",
        "        and not own_child\n",
        "",
    ),
]

HIJACK: list[Mutant] = [
    Mutant(
        "hj-staff-group-inside",
        "a list of staff is not outside the school",
        "        if kind in INTERNAL_KINDS:\n            continue\n        count += 1",
        "        if kind in INTERNAL_KINDS - {Kind.STAFF_GROUP}:\n            continue\n        count += 1",
    ),
    Mutant(
        "hj-volume-pupil-list-default",
        "by default the pupil list's parents and pupils do not count towards the volume limit",
        "limit_counts_pupil_list: bool = False",
        "limit_counts_pupil_list: bool = True",
    ),
    Mutant(
        "hj-volume-pupil-list-switch",
        "limit_counts_pupil_list: true counts every outsider",
        "    if config.limit_counts_pupil_list:\n",
        "    if False:\n",
    ),
    Mutant(
        "hj-volume-pupil-mailboxes",
        "a pupil's school mailbox is the school's own audience",
        "unlisted += kind is not Kind.PUPIL and (",
        "unlisted += (",
    ),
    Mutant(
        "hj-volume-known-address",
        "a parent's or pupil's address of the pupil list is the school's own audience",
        "(roster is None or not roster.is_known_address(rcpt))",
        "True",
    ),
    Mutant(
        "hj-volume-window-count",
        "in the window the store's count of outsiders off the pupil list decides",
        "counted = history.unlisted if history is not None else outside.unlisted",
        "counted = in_window if history is not None else outside.unlisted",
    ),
    Mutant(
        "hj-promise-any-order",
        "a sentence promising never to ask for or send a password, in any order, is no lure",
        "WARNING.search(folded) or _promises_never_to_ask(folded)",
        "WARNING.search(folded)",
    ),
    Mutant(
        "hj-promise-previous-sentence",
        "the promise's password may be named in the sentence before",
        "(_PASSWORD_WORD.search(sentence) or _PASSWORD_WORD.search(previous))",
        "_PASSWORD_WORD.search(sentence)",
    ),
]

PASSWORD += [
    Mutant(
        "pw-command-hits",
        "a password on a command line or in a script ('net use ... /user:x Secret', '--password=X')",
        "    hits += _command_hits(text, config.min_length)\n",
        "",
    ),
    Mutant(
        "pw-command-line-start",
        "'net use'/'net user' is a command only at a line's start or after a command separator",
        'r"(?im)^[ \\t@]*(?:[^\\n]{0,200}?[&|(][ \\t]*)?net(?:\\.exe)?',
        'r"(?im)(?:[^\\n]{0,200}?[&|(][ \\t]*)?net(?:\\.exe)?',
    ),
    Mutant(
        "pw-command-not-argument",
        "net use's drive, share, switches and redirections are no password",
        "if token and not _NOT_AN_ARGUMENT.match(token) and not _VARIABLE.match(token):",
        "if token and not _VARIABLE.match(token):",
    ),
    Mutant(
        "pw-command-variable",
        "a variable or '*' (asked at the prompt) is no password",
        '            if not _VARIABLE.match(value) and strength(value, min_length) != "no":',
        '            if strength(value, min_length) != "no" or value:',
    ),
    Mutant(
        "pw-command-net-user-name",
        "net user's first argument is the account's name, its second the password",
        '                tokens = tokens[1:2]  # "net user NAME PASSWORD /add"',
        "                pass",
    ),
    Mutant(
        "pw-command-map-drive",
        "MapNetworkDrive's fifth argument is a password",
        "    for pattern in (_COMMAND_OPTION, _USER_PASS, _MAP_DRIVE):",
        "    for pattern in (_COMMAND_OPTION, _USER_PASS):",
    ),
    Mutant(
        "pw-command-user-pass",
        "smbclient's user%password and curl's user:password",
        "    for pattern in (_COMMAND_OPTION, _USER_PASS, _MAP_DRIVE):",
        "    for pattern in (_COMMAND_OPTION, _MAP_DRIVE):",
    ),
    Mutant(
        "pw-secret-name-keys",
        "a VPN's private or pre-shared key and a Wi-Fi passphrase or PSK are secrets assigned by name",
        '|pwd|passphrase|psk"\n    r"|(?:private|pre-?shared)[_-]?key)',
        '|pwd"\n    r")',
    ),
    Mutant(
        "pw-model-not-code",
        "the credential model does not score a script's or configuration file's text",
        "        if not text or not prose:",
        "        if not text:",
    ),
    Mutant(
        "pw-judged-local-path",
        "a path on a drive or in the registry is not for the model",
        " or _ENV_NAME.match(value) or _LOCAL_PATH.match(value):",
        " or _ENV_NAME.match(value):",
    ),
]

PASSWORD += [
    Mutant(
        "pw-place-lock-network",
        "a network named before a key in its sentence: the key opens it, not the meeting invited to near it",
        '    r"|wi-?fi|netwerk|network|r[ée]seau|\\bssid\\b|\\bwlan\\b|draadloos|hotspot"  # a network',
        '    r""  # a network',
    ),
    Mutant(
        "pw-admin-not-office",
        "the administration office and 'beheersen' (to master) name no account's administration",
        '_ADMIN = re.compile(r"beheer(?!s(?:t|en|ing|baar))|admin(?!istrati)")',
        '_ADMIN = re.compile(r"beheer|admin")',
    ),
    Mutant(
        "pw-reference-file-name",
        "a name after 'bestand', 'file', 'map', 'folder' is a file's or folder's, not a secret for the model",
        '    r"|bestand|bestandsnaam|file|filename|fichier|map|folder)"',
        '    r")"',
    ),
]

SENSITIVE += [
    Mutant(
        "se-fracture-place",
        "a fracture told by its place ('de breuk aan haar enkel')",
        '        *((f"breuk {p} ~ {b}", 0.45) for p in ("in", "aan") for b in _BONES if (p, b) != ("aan", "hand")),\n',
        "",
    ),
    Mutant(
        "se-fracture-maths",
        "'een breuk aan de hand van' is a fraction in a maths lesson",
        'for b in _BONES if (p, b) != ("aan", "hand")),',
        "for b in _BONES),",
    ),
    Mutant(
        "se-bone-broken",
        "a bone before its verb ('zijn sleutelbeen gebroken') and other bones' fractures",
        '        *((f"{b} ~ gebroken", 0.4) for b in _BONES),\n',
        "",
    ),
    Mutant(
        "se-bone-compounds",
        "the fractures of other bones by their compound ('neusbreuk')",
        '        *((f"{b}breuk", 0.45) for b in _BONES if b not in ("pols", "been", "arm", "enkel")),\n',
        "",
    ),
    Mutant(
        "se-lost-verb-last",
        "a relative lost with the verb at the end of a subordinate clause ('die haar broer verloor')",
        '        *((f"{w} ~ verloor", 0.55) for w in ("vader", "moeder", "mama", "papa", "ouders", "broer", "zus")),\n',
        "",
    ),
]

PASSWORD += [
    Mutant(
        "pw-referred-hits",
        "a value in the next sentence that refers back to the password ('Ik heb het gereset naar: X')",
        "    hits += _referred_hits(text, scan, matches, config.min_length)\n",
        "",
    ),
    Mutant(
        "pw-referred-english",
        "English puts the verb before the pronoun ('I have reset it to X')",
        '    r"|(?:reset|changed|set)[ \\t\\xa0]+it[ \\t\\xa0]+to)"',
        '    r"|(?!))"',
    ),
    Mutant(
        "pw-referred-line-break",
        "the next sentence may stand after a line break or a blank line",
        '    r"\\s{0,4}(?:[\\w\'’]+[ \\t\\xa0]+){0,3}?"',
        '    r"(?:[\\w\'’]+[ \\t\\xa0]+){0,3}?"',
    ),
    Mutant(
        "pw-referred-meeting",
        "a meeting's passcode changed stays the meeting's",
        "        if _MEETING_WORD.search(scan, _sentence_start(scan, match.start()), end.start()):",
        "        if False:",
    ),
    Mutant(
        "pw-role-codes",
        "a parent's, a pupil's or a family's login code is a user's code",
        '    r"|ouder|ouders|leerling|leerlingen|gezins|familie|leerkracht|leerkrachten"  # a role',
        '    r""  # a role',
    ),
    Mutant(
        "pw-dial-typographic-dashes",
        "a dial's numbers joined by typographic dashes",
        "|\\d{1,2}(?: ?[-–—] ?\\d{1,2}){2,5}(?: ?[-–—] ?[#*])?(?![\\w–—-])",
        "|\\d{1,2}(?: ?- ?\\d{1,2}){2,5}(?: ?- ?[#*])?(?![\\w-])",
    ),
    Mutant(
        "pw-subject-pair",
        "a login typed into the subject ('user / password') while the mail speaks of the password",
        "            found.extend((message.subject, hit) for hit in _subject_pair_hits(message, config.min_length))",
        "            pass",
    ),
    Mutant(
        "pw-subject-pair-password-word",
        "the subject's pair counts only when the mail's first lines speak of the password",
        "    if not _password_words(matches):\n        return []\n    for pair in _SUBJECT_PAIR",
        "    for pair in _SUBJECT_PAIR",
    ),
    Mutant(
        "pw-subject-pair-user-shape",
        "the subject's user is a short name or one with a dot, a digit or an @, not a word",
        '    r"(?<![\\w.@/-])(?:[a-z][a-z0-9]{1,7}|[a-z][a-z0-9]*[._@\\d][a-z0-9._@-]{0,40})"',
        '    r"(?<![\\w.@/-])(?:[a-z][a-z0-9._@-]{1,40})"',
    ),
]

SENSITIVE += [
    Mutant(
        "se-leerlinge",
        "the feminine 'de leerlinge' names one pupil as 'de leerling' does",
        'for n in ("leerling", "leerlinge")),',
        'for n in ("leerling",)),',
    ),
    Mutant(
        "se-known-separation",
        "a separation named as known ('gezien de scheiding', 'sinds de scheiding')",
        '*((f"{w} de scheiding", 0.5) for w in',
        '*((f"{w} de scheiding", 0.5) for w in () if',
    ),
]

PASSWORD += [
    Mutant(
        "pw-list-bare-code",
        "a bare 'code' with a lock or a login near may head a list of pieces",
        '            family in ("strong", "pin") or (family == "code" and _context_ok(scan, match, family))',
        '            family in ("strong", "pin")',
    ),
    Mutant(
        "pw-pieces-apart",
        "pieces of one secret may stand apart by blank lines",
        "            if parts and not found and not line.strip() and blanks < PIECE_GAP:",
        "            if False:",
    ),
    Mutant(
        "pw-pieces-pin",
        "a lock's code in pieces joins to a PIN",
        '    return kind == "strong" or (pin and kind == "pin")',
        '    return kind == "strong"',
    ),
    Mutant(
        "pw-thing-named-after",
        "the thing named right after the keyword ('het wachtwoord van die map') makes it not the meeting's",
        "            and not _thing_named_after(scan, match.end())\n",
        "",
    ),
    Mutant(
        "pw-user-line-beside-meeting",
        "a user's line over the password: a login's pair, not the meeting's",
        "            and not _user_line_above(scan, match.start())  # a login's pair",
        "            and True  # a login's pair",
    ),
    Mutant(
        "pw-wrapped-display",
        "a label's sentence wrapped once by the mail client, the colon on the next line",
        "            or not _wrapped(text, match.start())\n",
        "            or True\n",
    ),
    Mutant(
        "pw-wrapped-sentence",
        "a keyword at the end of a wrapped line of prose is no label",
        "        if ends and not (breaks == 1 and not count and _wrapped(text, match.start())):",
        "        if ends:",
    ),
    Mutant(
        "pw-wrapped-words",
        "a wrapped line is prose: four words or more before the keyword (a short line over a value is a label)",
        "WRAPPED_WORDS = 4\n",
        "WRAPPED_WORDS = 0\n",
    ),
    Mutant(
        "pw-turns-alone",
        "a dial's turns are their own label under a named lock",
        "        elif any(c.isalpha() for c in value.group()):",
        "        elif False:",
    ),
    Mutant(
        "pw-turns-evidence",
        "the turns' evidence shows the lock named before them",
        "        start = lock.start() if verb is value and lock.start() < value.start() else verb.start()",
        "        start = verb.start()",
    ),
    Mutant(
        "pw-slash-header",
        "a column named by two names joined by a slash ('Kluis/code')",
        '    if "/" in last:  # two names joined by a slash',
        "    if False:  # two names joined by a slash",
    ),
    Mutant(
        "pw-key-column-last",
        "a network key's column only when no other column is named",
        '            column = next((i for i, kw in keyed.items() if _family(kw) != "net"), None)',
        "            column = None",
    ),
    Mutant(
        "pw-short-rows",
        "a row whose last cells are empty still belongs to the table",
        "                if len(values) > len(cells) or len(values) < min(2, len(cells)):",
        "                if len(values) != len(cells):",
    ),
]

SENSITIVE += [
    Mutant(
        "se-definite-plural",
        "a definite plural ('beide leerlingen') names the pupils just spoken of, not pupils in general",
        '_DEFINITE_PLURAL.sub(" ", _AGENT.sub(" ", text))',
        '_AGENT.sub(" ", text)',
    ),
    Mutant(
        "se-police-theft",
        "threats, the youth police's officer, victim support, a statement, a locker broken open",
        '        ("bedreigingen", 0.4), ("bedreiging", 0.35), ("jeugdinspecteur", 0.45), ("jeugdpolitie", 0.45),\n',
        "",
    ),
    Mutant(
        "se-police-theft-2",
        "... victim support and a statement to the police",
        '        ("slachtofferhulp", 0.5), ("verklaring afgelegd", 0.4), ("diefstal", 0.3),\n',
        '        ("diefstal", 0.3),\n',
    ),
    Mutant(
        "se-theft-weak",
        "a theft alone is weak ('niet verantwoordelijk bij diefstal')",
        '("verklaring afgelegd", 0.4), ("diefstal", 0.3),',
        '("verklaring afgelegd", 0.4), ("diefstal", 0.4),',
    ),
    Mutant(
        "se-broken-open",
        "a locker broken open",
        '        ("opengebroken", 0.45), ("openbreekt", 0.45), ("openbrak", 0.45), ("openbreken", 0.4),\n',
        "",
    ),
    Mutant(
        "se-young-carer",
        "a young carer: the pupil cares for a sibling or a parent at home",
        '        *((f"{v} ~ {k}", 0.45) for v in ("zorgt voor", "zorgen voor") for k in _CARED_FOR),\n',
        "",
    ),
    Mutant(
        "se-no-wake-up",
        "the wish not to wake up again",
        '("niet meer wakker ~ worden", 0.55), ("nooit meer wakker ~ worden", 0.55), ("slaapproblemen", 0.35),',
        '("slaapproblemen", 0.35),',
    ),
    Mutant(
        "se-anxiety-weak",
        "anxiety alone is weak ('angst voor de toets')",
        '        ("angst", 0.3),  # weak alone',
        '        ("angst", 0.45),  # weak alone',
    ),
    Mutant(
        "se-quoted-title",
        "a title in quotes after an activity's noun or code is no fact",
        "            if _in_title(folded.text, hit.word_start, hit.word_end):\n",
        "            if False:\n",
    ),
    Mutant(
        "se-title-needs-noun",
        "a quote without an activity's noun is someone's words, not a title",
        'rf"\\b(?:{_TITLE_NOUNS}|[a-z]{{1,3}}\\d{{1,3}})[ \\t]*:?[ \\t]*[{_QUOTES}]',
        'rf"(?:^|[\\s(:])[{_QUOTES}]',
    ),
    Mutant(
        "se-title-compound",
        "a term at the end of a compound in a title ('Cyberpesten')",
        "    while start > 0 and text[start - 1].isalnum():  # the term at the end of a compound",
        "    while False:  # the term at the end of a compound",
    ),
]

PASSWORD += [
    Mutant(
        "pw-prefixed-abbreviation",
        "an abbreviation named by what it opens ('admin-ww', 'wifi-pw') is a password's label",
        '    r"|[a-z0-9]{1,20}-(?:ww|pw)"  # an abbreviation named by what it opens',
        '    r""  # an abbreviation named by what it opens',
    ),
    Mutant(
        "pw-stacked-label-words",
        "what a code opens may stand between the word and its colon, a blank line under it",
        '    r"(?:[ \\t\\xa0]+[^\\n:]{1,40})?[ \\t\\xa0]*:[ \\t\\xa0]*\\r?\\n(?:[ \\t\\xa0]*\\r?\\n)?"',
        '    r"[ \\t\\xa0]*:[ \\t\\xa0]*\\r?\\n"',
    ),
    Mutant(
        "pw-stacked-dashes",
        "a dash on a line of its own between a lock's numbers",
        '    r"(?:(?:[ \\t\\xa0]*[-–—][ \\t\\xa0]*\\r?\\n)?[ \\t\\xa0]*\\d{1,3}',
        '    r"(?:(?:)?[ \\t\\xa0]*\\d{1,3}',
    ),
]

SENSITIVE += [
    Mutant(
        "se-instalments",
        "a bill paid in parts ('betaling in 3 delen')",
        '        ("betaling in ~ delen", 0.45), ("in ~ delen betalen", 0.45), ("in ~ delen te betalen", 0.45),\n',
        "",
    ),
    Mutant(
        "se-flu-fever",
        "a high fever and the flu (weak alone), paracetamol",
        '("hoge koorts", 0.35), ("griep", 0.3), ("paracetamol", 0.35),',
        '("paracetamol", 0.35),',
    ),
    Mutant(
        "se-flu-weak",
        "the flu alone is weak",
        '("hoge koorts", 0.35), ("griep", 0.3),',
        '("hoge koorts", 0.35), ("griep", 0.45),',
    ),
    Mutant(
        "se-english-family-crisis",
        "a family crisis and a pupil who lives with an aunt or grandparents, in English",
        '*((f"lives with ~ {w}", 0.45) for w in',
        '*((f"lives with ~ {w}", 0.45) for w in () if',
    ),
    Mutant(
        "se-question-after-name",
        "a question right after the sentence that names the pupil asks about that pupil (no generic penalty)",
        "                    named_from = before\n",
        "",
    ),
    Mutant(
        "se-roster-one-per-place",
        "a first name several pupils carry is one reference at its place",
        "        place = (hit.start, hit.end)\n",
        "        place = (hit.start, len(refs))\n",
    ),
    Mutant(
        "se-salutation-end-start",
        "the salutation's paragraph is looked for from the mail's first characters",
        "    start = len(head) - len(head.lstrip())  # the leading blank lines\n",
        "    start = len(norm) - len(head.lstrip())  # the leading blank lines\n",
    ),
    Mutant(
        "se-topic-owner-word-end",
        "the pupil who owns a topic is looked for after the term's whole word, also for a term matched by its start",
        "            if _is_topic(folded.text, hit.word_start, hit.word_end, ref_starts):\n",
        "            if _is_topic(folded.text, hit.word_start, hit.end, ref_starts):\n",
    ),
    Mutant(
        "se-staff-handed-to",
        "the one someone is referred or sent to ('doorverwijzen naar Liesbeth') is a grown-up",
        "    if _HANDED_TO.search(norm, max(line_start, start - 60), start):\n        return True\n",
        "",
    ),
    Mutant(
        "se-staff-no-weak-name",
        "a grown-up by role is not even a weak pupil reference",
        "        if _is_staff(norm, start, start + len(full)):\n            continue",
        "        if False:\n            continue",
    ),
    Mutant(
        "se-youth-welfare-services",
        "youth welfare's own services: Opgroeien's consulent, the OCJ, the juvenile court's social service",
        '        ("consulent ~ opgroeien", 0.5), ("ondersteuningscentrum jeugdzorg", 0.5), ("OCJ", 0.45),\n'
        '        ("sociale dienst jeugdrechtbank", 0.55), ("SDJ", 0.4),\n',
        "",
    ),
    Mutant(
        "se-solidarity-fund-french",
        "the school's solidarity fund in French",
        '("fonds de solidarite", 0.5), ("fonds social", 0.45),',
        "",
    ),
    Mutant(
        "se-roster-circular-first-word",
        "a circular's capitalised first word is no pupil of the list",
        "        return True  # a circular's capitalised first word",
        "        pass  #",
    ),
    Mutant(
        "se-police-youth-division",
        "the youth division of the police ('jeugdafdeling van de politie', 'jeugdbrigade')",
        '        ("jeugdafdeling ~ politie", 0.45), ("jeugdbrigade", 0.45), ("brigade des mineurs", 0.45),\n',
        "",
    ),
    Mutant(
        "se-police-questioned",
        "the police questioning a pupil ('police ~ questioned', 'politie ~ verhoren')",
        '        ("police ~ questioned", 0.45), ("police ~ interviewed", 0.45), ("politie ~ verhoren", 0.45),\n',
        "",
    ),
    Mutant(
        "se-police-station",
        "a pupil at the police station, released without charges",
        '        ("op het politiebureau", 0.45), ("naar het politiebureau", 0.45), ("au commissariat", 0.45),\n'
        '        ("police station", 0.4), ("released ~ without charge*", 0.45), ("sans poursuites", 0.4),\n',
        "",
    ),
    Mutant(
        "se-fracture-het",
        "a het-word's fracture ('breuk van het sleutelbeen')",
        '        ("breuk van het", 0.45),\n',
        "",
    ),
    Mutant(
        "se-broken-bone-adjective",
        "a broken bone named after the adjective ('een gebroken sleutelbeen')",
        '        *((f"gebroken {b}", 0.4) for b in _BONES if b not in ("pols", "been", "arm", "enkel")),\n',
        "",
    ),
    Mutant(
        "se-sling-ear-tubes",
        "a sling, tubes through the eardrum",
        '        ("draagverband", 0.4), ("mitella", 0.4), ("trommelvlies*", 0.45),\n',
        "",
    ),
    Mutant(
        "se-caught-vaping-dutch",
        "a pupil caught vaping or smoking, in Dutch ('betrapt met een e-sigaret', 'aan het vapen')",
        '        ("betrapt ~ vape*", 0.45), ("betrapt ~ vapete", 0.45), ("aan het vapen", 0.4), '
        '("betrapt ~ rookte", 0.45),\n'
        '        ("betrapt ~ roken", 0.45), ("betrapt ~ sigaret*", 0.45), ("betrapt ~ e-sigaret*", 0.45),\n',
        "",
    ),
    Mutant(
        "se-caught-vaping-en-fr",
        "a pupil caught vaping or smoking, in English and French",
        '        ("caught ~ vaping", 0.45), ("caught ~ smoking", 0.45), ("surpris ~ vapoter", 0.45),\n'
        '        ("surpris ~ fumer", 0.45), ("surprise ~ vapoter", 0.45), ("surprise ~ fumer", 0.45),\n',
        "",
    ),
    Mutant(
        "se-stuck-on-screen",
        "stuck on a screen ('zit vast op het aanmeldscherm') is no one held",
        '    "zit ~ vast op",\n',
        "",
    ),
    Mutant(
        "se-childhood-illness-fr-en",
        "the CLB's childhood illnesses in French and English",
        '        ("rougeole", 0.45), ("varicelle", 0.45), ("coqueluche", 0.45), ("scarlatine", 0.45), '
        '("measles", 0.45),\n'
        '        ("chickenpox", 0.45), ("chicken pox", 0.45), ("whooping cough", 0.45), ("scarlet fever", 0.45),\n',
        "",
    ),
    Mutant(
        "se-clb-file-opened",
        "opening a new pupil's CLB file is paperwork ('voor het aanmaken van het CLB-dossier')",
        '    "aanmaken van het clb-dossier", "clb-dossier aanmaken",',
        "   ",
    ),
    Mutant(
        "se-shoplifting-commissariaat",
        "a pupil caught shoplifting, a night at the commissariaat",
        '        ("zonder vervolging", 0.4), ("op het commissariaat", 0.45), ("naar het commissariaat", 0.45),\n'
        '        ("winkeldiefstal", 0.45), ("shoplifting", 0.45), ("vol a l\'etalage", 0.45),\n',
        '        ("zonder vervolging", 0.4),\n',
    ),
    Mutant(
        "se-instalments-schijven",
        "a bill paid in instalments ('in drie schijven betalen')",
        '("in ~ schijven betalen", 0.45), ("in ~ schijven te betalen", 0.45),',
        "",
    ),
    Mutant(
        "se-profession-apposition",
        "a profession after a name, as an apposition, is that person's job ('Sara Wuyts, logopediste,')",
        "            if _profession_of_a_name(folded.norm, hit.start):\n                continue",
        "            if False:\n                continue",
    ),
    Mutant(
        "se-divorced-are",
        "people who are divorced ('gescheiden zijn')",
        '        ("gescheiden zijn", 0.45), ("zijn gescheiden", 0.4),',
        "       ",
    ),
    Mutant(
        "se-plane-flight",
        "a plane's flight ('vlucht uit Cork') is no family's",
        '        ("gevlucht", 0.4), ("vluchtte uit", 0.4), ("vluchtten uit", 0.4),',
        '        ("gevlucht", 0.4), ("vlucht uit", 0.35),',
    ),
]

PASSWORD += [
    Mutant(
        "pw-code-of-compound-head",
        "a code of a compound ('de code van de klas-iPads') is the head's, not the first part's (a class)",
        '_CODE_OF_A_THING = re.compile(rf"[ \\t\\xa0]+{_OF_THE}(?:{_THINGS})\\b(?!-[^\\W\\d_])")',
        '_CODE_OF_A_THING = re.compile(rf"[ \\t\\xa0]+{_OF_THE}(?:{_THINGS})\\b")',
    ),
    Mutant(
        "pw-referred-colon-lead",
        "the referring sentence may open with its subject and verb ('U kan deze sleutel intypen:')",
        '    r"\\s{0,4}(?:(?:u|je|jij|you|vous)[ \\t\\xa0]+[\\w\'’]+[ \\t\\xa0]+)?"',
        '    r"\\s{0,4}"',
    ),
    Mutant(
        "pw-referred-colon-below",
        "the referred value may stand on its own line under the colon, a blank line between",
        '    r"[ \\t\\xa0]*:[ \\t\\xa0]*(?:\\n[ \\t\\xa0]*){0,2}(?P<value>\\S+)",',
        '    r"[ \\t\\xa0]*:[ \\t\\xa0]*(?P<value>\\S+)",',
    ),
    Mutant(
        "pw-temporary-access-pass",
        "Microsoft's temporary access pass is a credential keyword",
        '    r"|tijdelijke toegangspas|temporary access pass"',
        '    r"|xtijdelijke xtoegangspas"',
    ),
    Mutant(
        "pw-thing-before-code",
        "a bare code after what it classifies ('the course code WISK-3A-05') is that thing's identifier",
        '        if family == "code" and _THING_BEFORE_CODE.search(scan, max(0, match.start() - 24), match.start()):\n',
        "        if False:\n",
    ),
    Mutant(
        "pw-list-under-its-paragraph",
        "a list of codes a line or two under the sentence that names them, its paragraph unbroken",
        "            pos = row_at  # the list a line or two under the sentence that names it, its paragraph unbroken",
        "            pass  #",
    ),
    Mutant(
        "pw-timetable-label",
        "a timetable's entry code ('lesrooster code OK3-NED-A') is a reference",
        '    r"|(?:les|uur)?rooster\\w*|timetable|horaire"  # a timetable\'s entry: "lesrooster code OK3-NED-A"\n',
        "",
    ),
    Mutant(
        "pw-login-split-verb",
        "the separable login verb conjugated ('meldt zich aan met', 'log je in met') hands over a user and a secret",
        '    r"|(?:meld|meldt|melden|log|logt|loggen)(?:',
        '    r"|(?:xmeld|xmeldt)(?:',
    ),
    Mutant(
        "pw-api-key-compound",
        "an application's key named as a Dutch or French compound ('API-sleutel', 'clé d'API')",
        """    r"|api-?sleutels?|api-?keys?|cl[ée] (?:d'|de l')?api"  # an application's key""",
        """    r"|xapi-?sleutels?|xapi-?keys?|xcl[ée] (?:d'|de l')?api"  # an application's key""",
    ),
    Mutant(
        "pw-referred-colon",
        "the next sentence opens with a pronoun for the code and gives it after a colon",
        "        referred = referred or _REFERRED_COLON.match(text, end.end())\n",
        "",
    ),
    Mutant(
        "pw-referred-pin",
        "a PIN or lock code's keyword may be referred back to as well",
        '        if family not in ("strong", "short", "pin"):\n',
        '        if family not in ("strong", "short"):\n',
    ),
    Mutant(
        "pw-locked-out-asked",
        "a strong value asked back after the writer says they cannot get in",
        "    hits += _locked_out_hits(text, scan, config.min_length)\n",
        "",
    ),
    Mutant(
        "pw-veto-device-tag",
        "a device named by its tag, the noun right before it, is no secret for the model",
        '        return "device"  # "leenlaptop LN-AAR-007": the device\'s tag\n',
        "        pass\n",
    ),
    Mutant(
        "pw-role-till-code",
        "a role's code at a till ('managerscode', 'supervisorcode') is a lock code word",
        '    r"|manager|managers|supervisor"  # a role\'s code at a till',
        '    r"|xmanager|xmanagers|xsupervisor"  # a role\'s code at a till',
    ),
    Mutant(
        "pw-unlock-intikken",
        "typing a number in ('intikken', 'intypen') enters a code",
        "|intoetsen|intikken|intypen|ingeven|",
        "|intoetsen|ingeven|",
    ),
    Mutant(
        "pw-veto-number-compound",
        "a label that names a number by its compound ('artikelnummer') is no secret for the model",
        '        return "reference"  # "het artikelnummer intikken: 25804": the label names a number, not a secret\n',
        "        pass\n",
    ),
    Mutant(
        "pw-purpose-clause",
        "a purpose clause ('om ... te openen') may take thirteen words between the keyword and its separator",
        "                tail = purpose\n",
        "                pass\n",
    ),
    Mutant(
        "pw-listed-under-code",
        "a thing listed under its code ('het vak staat onder code X') is no secret for the reading",
        '            continue  # "het vak staat onder code STG6ZW-PR": a thing listed under its identifier',
        "            pass  #",
    ),
    Mutant(
        "pw-veto-listed-under-code",
        "a thing listed under its code is no secret for the model",
        '        return "reference"  # "het vak staat onder code STG6ZW-PR": listed under its identifier\n',
        "        pass\n",
    ),
    Mutant(
        "pw-veto-named-as",
        "what a thing is called ('de Teams-klas heet X') is no secret for the model",
        '        return "name"  # "de Teams-klas heet 6ZWa-stage-2425",',
        "        pass  #",
    ),
    Mutant(
        "pw-code-to-book",
        "a bare code one books or enrols with is a tool's login code",
        '    r"|\\bte boeken\\b|\\bin te schrijven\\b"  # a code with which one books or enrols',
        '    r""  # a code with which one books or enrols',
    ),
]

PRIVATE += [
    Mutant(
        "pa-school-councils",
        "the school's councils are a sign of the writer at work ('kan de ouderraad de kassa voorzien?')",
        '    r"|\\b(?:ouderraad|oudercomit[ée]|schoolraad|leerlingenraad|klassenraad|personeelsvergadering)\\b)"',
        '    r")"',
    ),
    Mutant(
        "pa-private-mail-passes",
        "with the pupil list, a private sender's mail to private persons passes",
        "        and not (config.private_mail_passes and _private_mail(message, rcpts, private_rcpts, policy))\n",
        "",
    ),
    Mutant(
        "pa-private-mail-known-address",
        "a parent's address of the list is no private person",
        "    if any(roster.is_known_address(r) or roster.near_known_address(r) for r in rcpts):",
        "    if any(roster.near_known_address(r) for r in rcpts):",
    ),
    Mutant(
        "pa-private-mail-near-address",
        "an address a typing error away from a parent's is no private person",
        "    if any(roster.is_known_address(r) or roster.near_known_address(r) for r in rcpts):",
        "    if any(roster.is_known_address(r) for r in rcpts):",
    ),
    Mutant(
        "pa-private-mail-pupil-named",
        "a mail that names a pupil of the list in full is no private mail",
        '    return not any(hit.kind != "first_name" for hit in roster.find(message.text))\n',
        "    return True\n",
    ),
    Mutant(
        "pa-private-mail-first-name",
        "a first name alone is anyone's: it does not make the mail school business",
        '    return not any(hit.kind != "first_name" for hit in roster.find(message.text))\n',
        "    return not roster.find(message.text)\n",
    ),
    Mutant(
        "pa-private-mail-at-work",
        "a mail written at work (a school role, a class, a classroom) is no private mail",
        '        return False  # "klastitularis 4B" under a mail to a parent the list does not know: school business\n',
        "        pass\n",
    ),
    Mutant(
        "pa-private-mail-role",
        "a school role names the writer at work",
        '    r"(?i:\\b(?:klas)?titularis\\b|',
        '    r"(?i:\\b(?:klas)?xtitularis\\b|',
    ),
    Mutant(
        "pa-private-mail-class-code",
        "a class code names the writer at work",
        '    r"|\\b[1-7] ?[A-H]\\d?\\b"  # a class code: 4B, 2 A, 1A2\n',
        "",
    ),
    Mutant(
        "pa-private-mail-classroom",
        "a classroom names the writer at work",
        '    r"|\\bleerlingenbegeleid\\w*|\\blokaal[ \\t]+[a-z]?\\d+)"\n',
        '    r"|\\bleerlingenbegeleid\\w*)"\n',
    ),
    Mutant(
        "pa-particle-surname-initials",
        "a surname with a particle, written apart, shortened to its initials ('De Wachter' -> dw)",
        '            surnames.add("".join(t[0] for t in lasts))  # apart: "De Wachter" -> "dw" (annelies.dw@)\n',
        "            pass\n",
    ),
    Mutant(
        "pa-particles-shortened",
        "the particles alone shortened to their initials ('Van den Broeck' -> vdbroeck)",
        '            surnames.add("v" + glued.group(2)[0] + glued.group(3))  # the particles alone',
        "            pass  #",
    ),
    Mutant(
        "pa-private-mail-all-private",
        "every recipient must be a private address",
        "    if roster is None or not rcpts or len(private_rcpts) != len(rcpts):\n",
        "    if roster is None or not rcpts:\n",
    ),
]

SENSITIVE_TESTS = (
    "tests/rules/test_sensitive.py",
    "tests/rules/test_sensitive_signals.py",
    "tests/rules/test_sensitive_model.py",
)

TARGETS: dict[str, tuple[Path, tuple[str, ...], list[Mutant]]] = {
    "password": (
        RULES / "password.py",
        ("tests/rules/test_password.py", "tests/rules/test_credential_model.py"),
        PASSWORD,
    ),
    "credential_model": (
        RULES / "credential_model.py",
        ("tests/rules/test_credential_model.py", "tests/rules/test_password.py"),
        CREDENTIAL_MODEL,
    ),
    "private_account": (RULES / "private_account.py", ("tests/rules/test_private_account.py",), PRIVATE),
    "sensitive": (RULES / "sensitive.py", SENSITIVE_TESTS, SENSITIVE),
    "recipient": (RULES / "recipient.py", ("tests/rules/test_recipient.py",), RECIPIENT + RECIPIENT_THREAD),
    "roster": (RULES.parent / "roster.py", ("tests/test_roster.py",), ROSTER),
    "hijack": (RULES / "hijack.py", ("tests/rules/test_hijack.py",), HIJACK),
}


def run(rule: str, only: set[str]) -> tuple[list[str], list[str], list[str]]:
    """(killed, survived, stale) mutant ids of one rule."""
    source_path, tests, mutants = TARGETS[rule]
    source = source_path.read_text("utf-8")
    killed: list[str] = []
    survived: list[str] = []
    stale: list[str] = []
    with tempfile.TemporaryDirectory(prefix="mutants-") as tmp:
        copy = Path(tmp) / "src"
        shutil.copytree(REPO / "src", copy)
        target = copy / source_path.relative_to(REPO / "src")
        env = {**os.environ, "PYTHONPATH": f"{copy}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
        for mutant in mutants:
            if only and mutant.id not in only:
                continue
            if source.count(mutant.old) != 1:
                stale.append(mutant.id)
                print(f"STALE    {mutant.id}: its source text occurs {source.count(mutant.old)} times", flush=True)
                continue
            target.write_text(source.replace(mutant.old, mutant.new), "utf-8")
            result = subprocess.run(
                [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *tests],
                cwd=REPO,
                env=env,
                capture_output=True,
                text=True,
                timeout=600,
            )
            (killed if result.returncode != 0 else survived).append(mutant.id)
            state = "killed  " if result.returncode != 0 else "SURVIVED"
            print(f"{state} {mutant.id}: {mutant.what}", flush=True)
        target.write_text(source, "utf-8")
    return killed, survived, stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rule", choices=sorted(TARGETS), action="append")
    parser.add_argument("--only", nargs="*", default=[], help="mutant ids")
    args = parser.parse_args(argv)
    status = 0
    for rule in args.rule or sorted(TARGETS):
        killed, survived, stale = run(rule, set(args.only))
        print(f"{rule}: {len(killed)} killed, {len(survived)} survived, {len(stale)} stale")
        if stale:
            status = 2
        elif survived and status == 0:
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
