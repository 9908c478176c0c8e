"""``discretie roster import | status | remove``: the school's pupil list (keyed hashes only).

Exit codes as the rest of the CLI: 0 ok; 1 refused (a bad row, an unreadable file, a store that cannot
be opened, an unknown school); 2 usage.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from discretie import roster
from discretie.policy import load_policy
from discretie.review import actions
from discretie.store import Store, StoreError

EXIT_OK, EXIT_REFUSED = 0, 1


def _open(args: argparse.Namespace, *, create: bool) -> Store:
    policy = load_policy(args.policy)
    location = args.store or policy.store.location
    if create and "://" not in location:  # an import may come before the gateway's first start (roster.required)
        Path(location).parent.mkdir(parents=True, exist_ok=True)
    return Store.open_configured(policy.store, location=args.store, create=create)


def cmd_import(args: argparse.Namespace) -> int:
    school = args.school.strip()
    if not school:
        print("discretie roster import: --school mag niet leeg zijn", file=sys.stderr)
        return 2
    started = time.perf_counter()
    try:
        rows = roster.read_csv(Path(args.file))
    except roster.RosterError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"niets geïmporteerd: {len(exc.problems)} fout(en)", file=sys.stderr)
        return EXIT_REFUSED
    try:
        with _open(args, create=True) as store:
            index = roster.build(rows, school, roster.hasher_for(store), store.sealer.key_id)
            store.roster_replace(school, index.to_bytes(), index.counts, store.sealer.key_id, actor=actions.os_actor())
    except StoreError as exc:
        print(f"discretie roster import: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    counts = index.counts
    print(
        f"{school}: {counts['pupils']} leerlingen in {counts['classes']} klassen, "
        f"{counts['parent_addresses']} adressen van ouders, {counts['pupil_addresses']} van leerlingen "
        f"({time.perf_counter() - started:.2f} s); alleen als sleutel-hashes bewaard"
    )
    return EXIT_OK


def cmd_status(args: argparse.Namespace) -> int:
    try:
        with _open(args, create=False) as store:
            schools = store.roster_status()
    except StoreError as exc:
        print(f"discretie roster status: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    if args.json:
        print(json.dumps({"schools": schools}, ensure_ascii=False))
        return EXIT_OK
    if not schools:
        print("geen leerlingenlijst geïmporteerd")
        return EXIT_OK
    for row in schools:
        print(
            f"{row['school']}: {row['pupils']} leerlingen, {row['classes']} klassen, "
            f"{row['parent_addresses']} adressen van ouders, {row['pupil_addresses']} van leerlingen; "
            f"geïmporteerd {row['imported_at']}"
        )
    return EXIT_OK


def cmd_remove(args: argparse.Namespace) -> int:
    try:
        with _open(args, create=False) as store:
            removed = store.roster_remove(args.school.strip(), actor=actions.os_actor())
    except StoreError as exc:
        print(f"discretie roster remove: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    if not removed:
        print(f"discretie roster remove: geen leerlingenlijst voor {args.school!r}", file=sys.stderr)
        return EXIT_REFUSED
    print(f"{args.school}: leerlingenlijst verwijderd")
    return EXIT_OK


def add_subcommands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("roster", help="the school's pupil list: import, status, remove")
    sub = parser.add_subparsers(dest="roster_command", required=True, metavar="SUBCOMMAND")
    imp = sub.add_parser("import", help="import a pupil export (CSV) for one school, replacing that school's list")
    imp.add_argument("file", metavar="FILE.csv")
    imp.add_argument("--school", required=True, metavar="NAME", help="the school this export belongs to")
    imp.set_defaults(func=cmd_import)
    status = sub.add_parser("status", help="counts and import time per school")
    status.add_argument("--json", action="store_true")
    status.set_defaults(func=cmd_status)
    remove = sub.add_parser("remove", help="remove one school's pupil list")
    remove.add_argument("--school", required=True, metavar="NAME")
    remove.set_defaults(func=cmd_remove)
    for cmd in sub.choices.values():
        cmd.add_argument("--policy", metavar="FILE", help="policy.yaml (default: the embedded LKSD policy)")
        cmd.add_argument("--store", metavar="PATH", help="the store (default: store.path or store.url from the policy)")
