"""``discretie exceptions list | add | revoke``: exceptions the DPO grants in the store (a sender and
its recipients may pass one rule for some days). A running gateway applies a change within a
second or two, without a reload; the console's "Uitzonderingen" page shows the same list.

Exit codes as the rest of the CLI: 0 ok; 1 refused (the store, an unknown or revoked exception);
2 usage (an unknown rule, a missing reason, days out of range).
"""

from __future__ import annotations

import argparse
import json
import sys

from discretie import labels, notify
from discretie.policy import load_policy
from discretie.review import actions
from discretie.store import Store, StoredException, StoreError
from discretie.store.exceptions import InvalidException

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


def _open(args: argparse.Namespace) -> Store:
    policy = load_policy(args.policy)
    return Store.open_configured(policy.store, location=args.store, create=False)


def describe(exception: StoredException, now: float) -> str:
    """One exception on one line, in Dutch."""
    if exception.revoked_at is not None:
        status = f"ingetrokken door {exception.revoked_by} op {notify.local_time(exception.revoked_at)}"
    elif exception.in_force(now):
        status = f"geldig tot {notify.local_time(exception.expires_at)}"
    else:
        status = f"verlopen op {notify.local_time(exception.expires_at)}"
    source = f", uit {exception.source_ref}" if exception.source_ref else ""
    return (
        f"{exception.id}  regel {labels.rule(exception.rule)}: {exception.sender} aan "
        f"{', '.join(exception.recipients)}; {status}; door {exception.created_by}{source}; "
        f"reden: {exception.reason}"
    )


def cmd_list(args: argparse.Namespace) -> int:
    try:
        with _open(args) as store:
            rows = store.list_exceptions(in_force_only=args.in_force)
            now = store.now()
    except StoreError as exc:
        print(f"discretie exceptions list: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    if args.json:
        print(json.dumps([r.as_json(now) for r in rows], ensure_ascii=False))
        return EXIT_OK
    if not rows:
        print("geen uitzonderingen")
    for row in rows:
        print(describe(row, now))
    return EXIT_OK


def cmd_add(args: argparse.Namespace) -> int:
    try:
        rule = labels.rule_id(args.rule)
    except labels.UnknownRule as exc:
        print(f"discretie exceptions add: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        with _open(args) as store:
            added = store.add_exception(
                rule=rule,
                sender=args.sender,
                recipients=args.rcpt,
                days=args.days,
                reason=args.reason,
                actor=actions.os_actor(),
                source_ref=args.ref,
            )
            now = store.now()
    except InvalidException as exc:  # the values: rule, reason, days, addresses
        print(f"discretie exceptions add: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except StoreError as exc:
        print(f"discretie exceptions add: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    print(f"Uitzondering {added.id} toegestaan: {describe(added, now)}")
    return EXIT_OK


def cmd_revoke(args: argparse.Namespace) -> int:
    try:
        with _open(args) as store:
            revoked = store.revoke_exception(args.id, actor=actions.os_actor())
    except StoreError as exc:
        print(f"discretie exceptions revoke: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    print(f"Uitzondering {revoked.id} ingetrokken: de gateways passen ze binnen enkele seconden niet meer toe")
    return EXIT_OK


def add_subcommands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("exceptions", help="exceptions granted in the store: list, add, revoke")
    sub = parser.add_subparsers(dest="exceptions_command", required=True, metavar="SUBCOMMAND")
    listing = sub.add_parser("list", help="every exception, newest first (ended ones until the next purge)")
    listing.add_argument("--json", action="store_true")
    listing.add_argument("--in-force", action="store_true", help="only the ones in force now")
    listing.set_defaults(func=cmd_list)
    add = sub.add_parser("add", help="let a sender's mail to these recipients pass one rule for some days")
    add.add_argument("--sender", required=True, metavar="ADDR")
    add.add_argument("--rcpt", required=True, action="append", metavar="ADDR", help="a recipient (repeatable)")
    add.add_argument("--rule", required=True, metavar="RULE", help="a rule id or its Dutch label")
    add.add_argument("--days", required=True, type=int, metavar="N", help="1 to 365")
    add.add_argument("--reason", required=True, metavar="TEXT", help="why (kept sealed, shown to reviewers)")
    add.add_argument("--ref", metavar="D-...", help="the held message it was granted from")
    add.set_defaults(func=cmd_add)
    revoke = sub.add_parser("revoke", help="end an exception now")
    revoke.add_argument("id", metavar="U-...")
    revoke.set_defaults(func=cmd_revoke)
    for cmd in sub.choices.values():
        cmd.add_argument("--policy", metavar="FILE", help="policy.yaml (default: the embedded LKSD policy)")
        cmd.add_argument("--store", metavar="PATH", help="the store (default: store.path or store.url from the policy)")
