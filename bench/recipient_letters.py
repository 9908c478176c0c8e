"""False alarms of ``recipient`` on general school letters sent to one parent.

Every letter of a corpus of general letters (default ``tests/blind/general01``: all correctly addressed, none
about one pupil) is sent as a teacher's mail to one parent of a roster (default: the rosters of
``tests/blind/batch01`` and ``batch02`` in turn; parent i*7 of the list for letter i), and the ``recipient``
rule runs with that roster imported. Staff and example names in the letters that pupils of the roster also
carry are what this measures.

    .venv/bin/python bench/recipient_letters.py [--letters DIR] [--roster CSV ...]

Exit status 0 when at most 1% of the letters is held, else 1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from discretie import roster
from discretie.message import parse
from discretie.policy import load_policy
from discretie.rules import recipient

REPO = Path(__file__).resolve().parents[1]
BLIND = REPO / "tests" / "blind"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=Path, default=BLIND / "general01")
    parser.add_argument(
        "--roster", type=Path, nargs="+", default=[BLIND / "batch01" / "roster.csv", BLIND / "batch02" / "roster.csv"]
    )
    args = parser.parse_args(argv)
    letters = sorted(args.letters.glob("*.eml"))
    worst = 0.0
    for csv in args.roster:
        rows = roster.read_csv(csv)
        hasher = roster.Hasher(b"bench/recipient_letters.py key 32")
        loaded = roster.load([("school", roster.build(rows, "school", hasher, "k").to_bytes())], hasher, "k")
        policy = load_policy(None).with_roster(loaded)
        parents = [address for row in rows for address in row.parent_addresses]
        held = []
        for i, path in enumerate(letters):
            to = parents[(i * 7) % len(parents)]
            findings = recipient.check(parse(path.read_bytes(), "leraar@sintpieterscollege.be", [to]), policy)
            if findings:
                held.append(f"{path.name}: {findings[0].category} {'; '.join(findings[0].evidence)}")
        rate = len(held) / len(letters) if letters else 0.0
        worst = max(worst, rate)
        print(f"{csv.parent.name}/{csv.name}: {len(held)} of {len(letters)} letters held ({100 * rate:.1f}%)")
        for line in held:
            print(f"  {line}")
    return 0 if worst <= 0.01 else 1


if __name__ == "__main__":
    sys.exit(main())
