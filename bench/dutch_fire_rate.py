"""How often each rule fires on ordinary Dutch text that talks about no pupil.

Every sentence of ../shared/corpora/dutch (news and Wikipedia, one per line) becomes the body of a
mail from a teacher to one parent (so `bcc` and `private_account` have nothing to see) and goes
through the whole pipeline. Prints, per rule, the sentences it fired on; the rate should be close to 0.

    .venv/bin/python bench/dutch_fire_rate.py [--show 5]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

from discretie import pipeline
from discretie.message import parse
from discretie.model import Severity
from discretie.policy import load_policy
from discretie.rules import RULES

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "dutch"


def sentences() -> list[tuple[str, str]]:
    out = []
    for path in sorted(CORPUS.glob("*/sentences.txt")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                out.append((path.parent.name, line.strip()))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=5, help="sentences to show per rule")
    args = parser.parse_args()
    policy = load_policy(None)
    items = sentences()
    if not items:
        print(f"no corpus at {CORPUS}", file=sys.stderr)
        return 2
    fired: Counter[str] = Counter()
    notable: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    per_corpus: Counter[str] = Counter(name for name, _ in items)
    for _name, sentence in items:
        raw = (
            "From: an.devos@sintpieterscollege.be\r\nTo: ouder.janssens@gmail.com\r\nSubject: Info\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n" + sentence + "\r\n"
        ).encode()
        verdict = pipeline.check(parse(raw, "an.devos@sintpieterscollege.be", ["ouder.janssens@gmail.com"]), policy)
        for rule in verdict.rules:
            fired[rule] += 1
            if len(examples[rule]) < args.show:
                examples[rule].append(sentence[:140])
        for rule in {f.rule for f in verdict.findings if f.severity is not Severity.INFO}:
            notable[rule] += 1
    total = len(items)
    print(f"{total} sentences ({', '.join(f'{k}: {v}' for k, v in per_corpus.items())})")
    print(f"{'rule':16} {'fired':>6} {'rate':>8} {'acting':>7}")
    for rule in RULES:
        print(f"{rule:16} {fired[rule]:6d} {fired[rule] / total:8.3%} {notable[rule]:7d}")
    for rule, lines in examples.items():
        print(f"\n{rule}:")
        for line in lines:
            print(f"  - {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
