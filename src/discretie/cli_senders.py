"""``discretie sender list | block | unblock``: senders blocked after a burst of ``rules.hijack``.

``unblock`` is what the DPO runs once the administrator secured the account (docs/operations.md, "A hijacked
staff account"): it lifts the block and ends the burst, so the sender's next message is checked
as any other. Held messages of the burst stay held: release or reject them as usual. Audited.

Exit codes as the rest of the CLI: 0 ok; 1 refused (nothing to lift, a store that cannot be opened); 2 usage.
"""

from __future__ import annotations

import argparse
import json
import sys

from discretie.policy import load_policy
from discretie.review import actions
from discretie.store import Store, StoreError
from discretie.store.records import _iso

EXIT_OK, EXIT_REFUSED = 0, 1


def _open(args: argparse.Namespace) -> Store:
    policy = load_policy(args.policy)
    return Store.open_configured(policy.store, location=args.store, create=False)


def _address(value: str) -> str:
    value = value.strip().lower()
    if value.count("@") != 1 or value.startswith("@") or value.endswith("@"):
        raise argparse.ArgumentTypeError(f"{value!r} is geen e-mailadres")
    return value


def cmd_list(args: argparse.Namespace) -> int:
    try:
        with _open(args) as store:
            blocks = store.sender_blocks()
            bursts = {b.address: store.sender_burst(b.address) for b in blocks}
    except StoreError as exc:
        print(f"discretie sender list: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    for block in blocks:
        burst = bursts[block.address]
        if args.json:
            row = {
                "address": block.address,
                "blocked_at": _iso(block.blocked_at),
                "ref": block.ref,
                "actor": block.actor,
                "burst_messages": burst["messages"] if burst else 0,
            }
            print(json.dumps(row, ensure_ascii=False))
        else:
            why = f"golf van {block.ref}" if block.ref else f"door {block.actor}"
            going = f", golf loopt nog ({burst['messages']} berichten)" if burst else ""
            print(f"{block.address}: geblokkeerd sinds {_iso(block.blocked_at)} ({why}){going}")
    if not blocks and not args.json:
        print("geen geblokkeerde afzenders")
    return EXIT_OK


def cmd_block(args: argparse.Namespace) -> int:
    try:
        with _open(args) as store:
            added = store.block_sender(args.address, actor=actions.os_actor(), note=args.note)
    except StoreError as exc:
        print(f"discretie sender block: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    print(f"{args.address}: {'geblokkeerd' if added else 'was al geblokkeerd'}")
    return EXIT_OK


def cmd_unblock(args: argparse.Namespace) -> int:
    try:
        with _open(args) as store:
            lifted = store.unblock_sender(args.address, actor=actions.os_actor(), note=args.note)
    except StoreError as exc:
        print(f"discretie sender unblock: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    if not lifted:
        print(f"discretie sender unblock: {args.address} is niet geblokkeerd en heeft geen golf", file=sys.stderr)
        return EXIT_REFUSED
    print(f"{args.address}: blokkering opgeheven; vastgehouden berichten blijven in de wachtrij")
    return EXIT_OK


def add_subcommands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("sender", help="senders blocked after a burst (rules.hijack): list, block, unblock")
    sub = parser.add_subparsers(dest="sender_command", required=True, metavar="SUBCOMMAND")
    listing = sub.add_parser("list", help="the blocked senders")
    listing.add_argument("--json", action="store_true", help="one JSON object per line")
    listing.set_defaults(func=cmd_list)
    block = sub.add_parser("block", help="hold every message of a sender until unblocked (a reported hijack)")
    block.add_argument("address", type=_address, metavar="ADDRESS")
    block.set_defaults(func=cmd_block)
    unblock = sub.add_parser("unblock", help="lift a sender's block and end its burst (after the account is secured)")
    unblock.add_argument("address", type=_address, metavar="ADDRESS")
    unblock.set_defaults(func=cmd_unblock)
    for cmd in (block, unblock):
        cmd.add_argument("--note", metavar="TEXT", help="note for the audit log")
    for cmd in sub.choices.values():
        cmd.add_argument("--policy", metavar="FILE", help="policy.yaml (default: the embedded LKSD policy)")
        cmd.add_argument("--store", metavar="PATH", help="the store (default: store.path or store.url from the policy)")
