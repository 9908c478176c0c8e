"""``discretie trace``: the message trace (berichtenspoor) of all mail, searched by sender,
recipient (matched by its keyed hash) and time. Exit codes as the other review commands."""

from __future__ import annotations

import argparse
import sys

from discretie import labels
from discretie.cli_review import EXIT_OK, _common, _date, _print_json, _run, _table, _when
from discretie.policy import Policy
from discretie.review import actions
from discretie.review import trace as trace_search
from discretie.store import Store


def add_subcommands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("trace", help="message trace of all mail: who sent what to how many, and its outcome")
    _common(p)
    p.add_argument("--from", dest="sender", metavar="ADDR", help="messages from this sender")
    p.add_argument("--to", dest="recipient", metavar="ADDR", help="messages to this recipient (matched by its hash)")
    p.add_argument("--since", metavar="DATE", type=_date, help="from this date (YYYY-MM-DD or YYYY-MM-DDTHH:MM)")
    p.add_argument("--until", metavar="DATE", type=_date, help="before this date (not included)")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.set_defaults(func=cmd_trace)


def cmd_trace(args: argparse.Namespace) -> int:
    def body(policy: Policy, store: Store) -> int:
        rows = trace_search.search(
            store,
            actor=actions.os_actor(),
            sender=args.sender,
            recipient=args.recipient,
            since=args.since,
            until=args.until,
        )
        if args.json:
            for row in rows:
                _print_json(row.as_json())
            return EXIT_OK
        if not rows:
            print("Geen berichten in het berichtenspoor.")
            return EXIT_OK
        table = [
            (
                _when(r.at),
                r.sender or "(leeg)",
                str(r.recipients),
                str(r.internal),
                str(r.external),
                labels.outcome_of_trace(r.verdict),
                str(r.code),
                r.ref or "-",
                str(r.size),
            )
            for r in rows
        ]
        header = ("TIJDSTIP", "AFZENDER", "ONTVANGERS", "INTERN", "EXTERN", "UITKOMST", "CODE", "REFERENTIE", "GROOTTE")
        _table(header, table, sys.stdout)
        return EXIT_OK

    return _run(args, body)
