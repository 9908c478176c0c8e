"""``discretie store``: move a store between back-ends.

``discretie store copy --from sqlite:PATH --to postgresql://USER@HOST/DB --key-file KEY`` copies
every row (held messages with their encrypted bodies, incidents, the outbox, the audit log,
reviewers) into the target, which is made at the current schema if it is empty. Run it again to
continue after an interruption; a finished copy is not changed by a second run. The password of
the target: ``--password-file`` or ``DISCRETIE_STORE_PASSWORD``.

Exit codes: 0 every row of the source is in the target; 1 a store could not be opened or rows
are missing; 2 usage.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from discretie import crypto
from discretie.policy import PolicyError, load_policy
from discretie.store import Store, StoreError
from discretie.store.copy import copy_store
from discretie.store.db import is_url
from discretie.store.rotate import rotate_key


def add_subcommands(sub: Any) -> None:
    store = sub.add_parser("store", help="the store: copy it from SQLite to PostgreSQL")
    store_sub = store.add_subparsers(dest="store_command", required=True, metavar="SUBCOMMAND")
    copy = store_sub.add_parser(
        "copy",
        help="copy a store into another (idempotent, resumable)",
        description="Copy every row of a SQLite store into a PostgreSQL store, with the same key. "
        "Stop the gateway on the source first; run again to continue after an interruption.",
    )
    copy.add_argument("--from", dest="source", required=True, metavar="sqlite:PATH", help="the store to copy")
    copy.add_argument("--to", dest="target", required=True, metavar="URL", help="postgresql://USER@HOST:PORT/DB")
    copy.add_argument("--key-file", metavar="PATH", help="the source's key (default: PATH.key); the target gets it")
    copy.add_argument("--password-file", metavar="PATH", help="the target's password (else DISCRETIE_STORE_PASSWORD)")
    copy.add_argument("--batch", type=int, default=500, metavar="N", help="rows per transaction")
    copy.set_defaults(func=cmd_store_copy)

    new_key = store_sub.add_parser("new-key", help="write a new key file (mode 0600) for a key rotation")
    new_key.add_argument("path", metavar="PATH", help="the new key file (must not exist)")
    new_key.set_defaults(func=cmd_store_new_key)

    rotate = store_sub.add_parser(
        "rotate-key",
        help="seal every encrypted value again with store.key_file (while the gateways serve)",
        description="Seal every value still sealed with a key of store.extra_key_files again with "
        "store.key_file, in small transactions while the gateways serve (see operations.md, key rotation).",
    )
    rotate.add_argument("--policy", metavar="FILE", help="policy.yaml (default ./policy.yaml, else embedded)")
    rotate.add_argument("--batch", type=int, default=200, metavar="N", help="values per transaction")
    rotate.set_defaults(func=cmd_store_rotate_key)


def cmd_store_copy(args: argparse.Namespace) -> int:
    if not args.source.startswith("sqlite:") or not is_url(args.target):
        print("discretie store copy: --from sqlite:PATH --to postgresql://...", file=sys.stderr)
        return 2
    from discretie.logs import configure

    configure("warning", json=False)  # what the store logs goes to stderr, never into the table
    path = args.source.removeprefix("sqlite:")
    key = args.key_file or f"{path}.key"
    try:
        with (
            Store.open(path, key, create=False) as source,
            Store.open(args.target, key, password_file=args.password_file) as target,
        ):
            print(f"kopie van {source.path} naar {target.path}", file=sys.stderr)
            copied = copy_store(source, target, batch=max(args.batch, 1))
    except StoreError as exc:
        print(f"discretie store copy: {exc}", file=sys.stderr)
        return 1
    missing = False
    for row in copied:
        print(f"{row.table:<16} bron {row.source:>8}  nu toegevoegd {row.added:>8}  doel {row.target:>8}")
        missing = missing or row.target < row.source
    if missing:
        print("discretie store copy: het doel mist rijen van de bron (zie hierboven)", file=sys.stderr)
        return 1
    return 0


def cmd_store_new_key(args: argparse.Namespace) -> int:
    path = Path(args.path)
    if path.exists():  # never over a key: it may be the one that opens the store
        print(f"discretie store new-key: {path} bestaat al", file=sys.stderr)
        return 1
    try:
        crypto.create_key_file(path)
    except (OSError, crypto.CryptoError) as exc:
        print(f"discretie store new-key: {exc}", file=sys.stderr)
        return 1
    print(f"nieuwe sleutel in {path} (0600): zet ze op elke instantie, zie operations.md")
    return 0


def cmd_store_rotate_key(args: argparse.Namespace) -> int:
    from discretie.logs import configure

    configure("warning", json=False)
    try:
        policy = load_policy(args.policy)
        if not policy.store.extra_key_files:
            print("discretie store rotate-key: store.extra_key_files is leeg: er is geen oude sleutel", file=sys.stderr)
            return 2
        with Store.open_configured(policy.store, create=False) as store:
            rotated = rotate_key(store, batch=max(args.batch, 1))
    except (StoreError, PolicyError) as exc:
        print(f"discretie store rotate-key: {exc}", file=sys.stderr)
        return 1
    for row in rotated:
        print(
            f"{row.table:<10} opnieuw versleuteld {row.resealed:>8}  al met de nieuwe sleutel {row.current:>8}"
            f"  onleesbaar {row.unreadable:>6}"
        )
    print("klaar: haal de oude sleutel uit store.extra_key_files op elke instantie en vernietig ze")
    return 0
