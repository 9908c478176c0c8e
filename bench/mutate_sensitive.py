"""Mutation test of the ``sensitive`` rule's mechanisms: each documented mechanism is switched off
(a line deleted, a condition negated) in ``src/discretie/rules/sensitive.py``, the rule's tests
run, and a mutant that no test kills is reported as a survivor.

    .venv/bin/python bench/mutate_sensitive.py            # every mutant
    .venv/bin/python bench/mutate_sensitive.py audience   # the mutants whose name contains "audience"

The file is restored after each mutant (also on Ctrl-C). Exit status 1 when a mutant survives.
A small script rather than mutmut: the mutants are the mechanisms docs/rules.md names, not every
operator, so a survivor points at a mechanism without a test.
"""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TARGET = REPO / "src" / "discretie" / "rules" / "sensitive.py"
TESTS = [
    "tests/rules/test_sensitive.py",
    "tests/rules/test_sensitive_signals.py",
    "tests/rules/test_sensitive_model.py",
]

# (name, exact text in sensitive.py, replacement): each switches one mechanism off.
MUTANTS: list[tuple[str, str, str]] = [
    ("audience: group address", "    if Kind.GROUP in kinds:\n", "    if False:\n"),
    ("audience: many outside recipients", "    if outside >= GENERAL_RECIPIENTS:\n", "    if False:\n"),
    ("audience: salutation to a group", "    if _GENERAL_SALUTATION.match(line) and not", "    if False and not"),
    (
        "audience: generic references dropped in a circular",
        "(context.audience.general or _generic_ref(ref))",
        "(False or _generic_ref(ref))",
    ),
    (
        "audience: plain names dropped in a circular",
        "    if context.audience.general:\n        return None",
        "    if False:\n        return None",
    ),
    ("generic: question", '        return "vraag"', "        return None"),
    ("generic: condition", '        return "voorwaarde"', "        return None"),
    ("generic: example", '        return "voorbeeld"', "        return None"),
    ("generic: rule-book heading", '        return "reglement"', "        return None"),
    (
        "generic: condition between reference and fact",
        '                        weight /= 2  # "mijn zoon',
        '                        weight *= 1  # "mijn zoon',
    ),
    (
        "generic: no corroboration for a generic reference",
        "                corroboration = 0.0  #",
        "                corroboration += 0.0  #",
    ),
    (
        "persons: first names from the list",
        "    if kind is None or first in context.adult_names",
        "    if True or first in context.adult_names",
    ),
    (
        "persons: word-like name at sentence start",
        '    if kind == "word" and _sentence_initial(norm, start):',
        "    if False and _sentence_initial(norm, start):",
    ),
    ("persons: word-like name is weak", '    if kind == "word":\n', "    if False:\n"),
    ("persons: surname after a particle", '        return None  # "De Morgan"', '        pass  # "De Morgan"'),
    ("persons: full names in prose about people", "and _crowd(part, context.first_names):", "and False:"),
    (
        "persons: sign-off above a forwarded message",
        '    return following.startswith(("---", "___", "-----")) or quote_header_at(following, 0)',
        "    return False",
    ),
    ("generic: list of data categories", '        return "gegevenslijst"', "        return None"),
    ("persons: staff roles", "    if any(w.endswith(_ROLE_ENDINGS) for w in before if w):", "    if False:"),
    ("persons: sign-off", "    if _sign_off(norm, start):", "    if False:"),
    ("persons: heading", "    if _heading_line(norm, start) or _signature(", "    if _signature("),
    ("persons: forward header", " or quote_header_at(norm, start):\n        return None", ":\n        return None"),
    (
        "persons: table row or bullet",
        "    if initial is not None or _row_start(norm, start, end, context.first_names):",
        "    if initial is not None:",
    ),
    ("persons: readers in the salutation", "        adults.add(word)  #", "        pass  #"),
    (
        "persons: first name in the subject",
        '        if compiled.first_names.kind(token) == "name":',
        "        if False:",
    ),
    (
        "persons: initials with a class are strong",
        "            weight = STRONG_REF if _class_code_after(",
        "            weight = MEDIUM_REF if _class_code_after(",
    ),
    (
        "persons: initials before a surname",
        '        if not re.match(rf" ?{_PARTICLE}?[{_UP}][{_LOW}]"',
        '        if True or re.match(rf" ?{_PARTICLE}?[{_UP}][{_LOW}]"',
    ),
    (
        "persons: roster",
        "            refs.extend(roster_refs(policy.roster, part.folded.norm, part.signatures, context))",
        "            pass",
    ),
    (
        "persons: capitalised first word before a name",
        '            head, full = full.split(" ", 1)',
        "            head = full",
    ),
    (
        "persons: capitalised kin word + unknown word is no anchor",
        '            continue  # "Leerling Opmerking"',
        '            pass  # "Leerling Opmerking"',
    ),
    (
        "persons: year group after a noun (body)",
        '            continue  # "Skireis 5e jaar", "Romereis',
        '            pass  # "Skireis 5e jaar", "Romereis',
    ),
    (
        "persons: year group after a noun (subject)",
        '            continue  # "Skireis 5e jaar": a trip',
        '            pass  # "Skireis 5e jaar": a trip',
    ),
    (
        "scorer: nearest reference wins a tie",
        "(-item[0], abs(item[1].start - hit.start))",
        "(-item[0], -abs(item[1].start - hit.start))",
    ),
    ("generic: a rule ('de leerling moet')", '        return "regel"  #', "        return None  #"),
    (
        "generic: the reference's own sentence",
        "        if ref.kind in GENERIC_KINDS and (context.audience.general or _generic_ref(ref)):",
        "        if ref.kind in GENERIC_KINDS and context.audience.general:",
    ),
    (
        "model: second opinion on a borderline mail",
        "        if not best and borderline and probability >= config.model_threshold:",
        "        if False:",
    ),
    (
        "model alone: on a mail without a term",
        "        return _findings(*_model_alone(message, policy, parts, quotes, None, None), {}, config)",
        "        return []",
    ),
    (
        "model alone: on a mail whose terms did not fire",
        "        best, opinions = _model_alone(message, policy, parts, quotes, read, context)",
        "        pass",
    ),
    ("model alone: personal audience only", "    if reader.general:\n        return {}, {}\n", ""),
    (
        "model alone: at least ALONE_WORDS words",
        "    if len(text[: 20 * ALONE_WORDS * 8].split()) < ALONE_WORDS:",
        "    if False:",
    ),
    (
        "model alone: a pupil pointed at",
        "    if not (person or context.pupil_names or any(part.refs for part in parts)):",
        "    if False:",
    ),
    ("model alone: its threshold", "    if probability < config.model_alone:", "    if False:"),
    (
        "model alone: the strongest head when none reaches the threshold",
        "        chosen = [max(heads, key=heads.__getitem__)]",
        "        chosen = []",
    ),
    (
        "model alone: never without heads",
        "    if model is None or not model.heads or config.model_alone >= 1.0:",
        "    if model is None or config.model_alone >= 1.0:",
    ),
    ("facts: paraphrases", "terms + PARAPHRASES.get(category, ())", "terms"),
    # batch06's classes (issue 11)
    (
        "audience: a group salutation to a few colleagues",
        " and not colleagues:\n",
        ":\n",
    ),
    (
        "facts: the writer's own (mijn operatie)",
        '            if hit.term.category != "care" and _FIRST_PERSON.search(',
        '            if False and _FIRST_PERSON.search(',
    ),
    ("persons: platforms are no names", '    "informat wisa bingel', '    "x'),
    ("own quote: the recipient's own mail", "        hits = [h for h in hits if h.start < own_quote]\n", ""),
    (
        "own quote: only one outside recipient",
        "    if len(rcpts) != 1 or policy.school.classify(rcpts[0]) is not Kind.EXTERNAL:",
        "    if len(rcpts) != 1:",
    ),
    (
        "own quote: matched by name",
        """(name in names or re.sub(r"[\\s']+", ".", name) == local)""",
        "False",
    ),
    (
        "own quote: the model reads without it",
        "    bodies = (p.text[:q] if q >= 0 else p.text for p, q in zip(message.text_parts, quotes, strict=True))",
        "    bodies = (p.text for p in message.text_parts)",
    ),
    (
        "model alone: a pupil marked anywhere",
        "    person = context.topic or _pupil_in(parts, context, config.compiled, policy.roster)",
        "    person = context.topic",
    ),
    (
        "scorer: a weak word alone is borderline",
        "            if hit.term.weight < WEAK_TERM and not corroboration:",
        "            if False:",
    ),
    (
        "model alone: initials with a class anywhere",
        "            if outside and _class_code_after(norm, start + len(full), compiled):",
        "            if False:",
    ),
    (
        "model alone: a national number anywhere",
        "        if any(result.score >= 0.6 for result in personal_data.find_national_numbers(chunk)):",
        "        if False:",
    ),
    (
        "model alone: a roster pupil anywhere",
        "            if strong:\n                return strong[0].display",
        "            if False:\n                return strong[0].display",
    ),
]


def run_tests() -> bool:
    """True when the tests pass (the mutant survives)."""
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *TESTS],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    return result.returncode == 0


def _stop(signum: int, frame: object) -> None:
    raise SystemExit(f"stopped by signal {signum}")  # the finally below restores the file


def main(argv: list[str]) -> int:
    signal.signal(signal.SIGTERM, _stop)
    original = TARGET.read_text("utf-8")
    wanted = [m for m in MUTANTS if not argv or any(a in m[0] for a in argv)]
    survivors = []
    try:
        for name, old, new in wanted:
            if original.count(old) != 1:
                print(f"STALE    {name}: the text to mutate is not found exactly once")
                survivors.append(name)
                continue
            TARGET.write_text(original.replace(old, new), "utf-8")
            survived = run_tests()
            print(f"{'SURVIVED' if survived else 'killed  '} {name}", flush=True)
            if survived:
                survivors.append(name)
    finally:
        TARGET.write_text(original, "utf-8")
    print(f"\n{len(wanted) - len(survivors)} of {len(wanted)} mutants killed")
    return 1 if survivors else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
