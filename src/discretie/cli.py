"""The one entry point: ``discretie serve | scan | policy check | queue ... | incidents ...``.

Exit codes: 0 ok, 1 a finding or refusal where that is the point (an invalid policy, an
unreadable file, an unknown ID), 2 usage errors (argparse's own). ``scan`` tells a script what
the gateway would do, as rspamc and clamscan do: 0 forward, 3 rewrite, 4 hold, 5 reject, the
strictest over all files (:data:`SCAN_EXIT`); 1 when a file could not be read, whatever the others
gave (a script must not take an unscanned file for a clean one). ``policy diff`` exits 0 when no
verdict changes, 3 when at least one does (:data:`DIFF_CHANGED`), 1 when a policy is invalid or a
message cannot be read.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from discretie import __version__, labels
from discretie.model import Action
from discretie.policy import PolicyError, load_policy

if TYPE_CHECKING:
    from discretie import policy_diff

SCAN_EXIT: dict[Action, int] = {Action.FORWARD: 0, Action.REWRITE: 3, Action.HOLD: 4, Action.REJECT: 5}
EXIT_ERROR = 1
DIFF_CHANGED = 3


def _policy_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--policy", metavar="FILE", help="policy.yaml to use (default: the embedded LKSD policy)")


def cmd_policy_check(args: argparse.Namespace) -> int:
    path = args.file
    if path is None and Path("policy.yaml").exists():
        path = "policy.yaml"
    try:
        policy = load_policy(path)
    except PolicyError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    enabled = [rid for rid in type(policy.rules).model_fields if policy.rule_config(rid).enabled]
    print(f"{policy.source}: ok (mode {policy.mode}; rules enabled: {', '.join(enabled) or 'none'})")
    return 0


def cmd_scan(args: argparse.Namespace) -> int:
    from discretie import documents, pipeline
    from discretie.documents.pool import Reader
    from discretie.message import parse
    from discretie.policy_diff import with_envelope

    policy = load_policy(args.policy)
    reader = Reader(workers=1, memory=policy.documents.memory_per_attachment)
    strictest = Action.FORWARD
    unreadable = False
    given = [a.strip() for item in args.rcpt or () for a in item.split(",") if a.strip()]
    for name in args.files:
        try:
            raw = Path(name).read_bytes()
        except OSError as exc:
            print(f"{name}: kan niet gelezen worden: {exc.strerror or exc}", file=sys.stderr)
            unreadable = True
            continue
        message = with_envelope(parse(raw), args.mail_from, given)
        if message.header_problems:  # the relay refuses these before any rule runs (550 5.6.0)
            strictest = Action.REJECT
            problem = message.header_problems[0]
            if args.json:
                row_refused = {"file": name, "action": "reject", "findings": [], "refused": "header_syntax"}
                print(json.dumps({**row_refused, "problem": problem}, ensure_ascii=False), flush=True)
            else:
                print(f"{name}: {labels.action('reject')} (onleesbare kopregel: {problem})")
            continue
        if documents.pending(message, policy):
            message = documents.read(message, policy, reader)
        verdict = pipeline.check(message, policy)
        if verdict.action.rank > strictest.rank:
            strictest = verdict.action
        if args.json:
            row: dict[str, object] = {
                "file": name,
                "action": verdict.action.value,
                "findings": [f.as_json() for f in verdict.findings],
            }
            if verdict.audit_only:
                row["would_action"] = verdict.would_action.value
            if verdict.move_to_bcc:
                row["move_to_bcc"] = list(verdict.move_to_bcc)
            print(json.dumps(row, ensure_ascii=False), flush=True)
        else:
            action = labels.action(verdict.action.value)
            if verdict.audit_only and verdict.would_action.rank > verdict.action.rank:
                action += f" (auditmodus; zonder auditmodus: {labels.action(verdict.would_action.value)})"
            rules = ", ".join(labels.rule(r) for r in verdict.rules) or "geen bevindingen"
            print(f"{name}: {action} ({rules})")
            for finding in verdict.findings:
                head = labels.finding_head(finding.rule, finding.category, finding.severity.value)
                print(f"  - {head}: {finding.reason}")
                for evidence in finding.evidence:
                    print(f"      bewijs: {evidence}")
            if verdict.move_to_bcc:
                print(f"  naar BCC: {', '.join(verdict.move_to_bcc)}")
    reader.close()
    return EXIT_ERROR if unreadable else SCAN_EXIT[strictest]


def cmd_policy_diff(args: argparse.Namespace) -> int:
    from discretie import policy_diff
    from discretie.message import parse
    from discretie.store import Store, StoreError

    old, new = load_policy(args.old), load_policy(args.new)
    try:
        if args.on_held:
            store = Store.open_configured(new.store, location=args.store, create=False)
            try:
                messages = []
                for held in store.list_messages(states=["held"]):
                    _, raw = store.load_release(held.id)
                    message = policy_diff.with_envelope(parse(raw), held.mail_from, held.rcpt_tos)
                    messages.append((held.id, message))
            finally:
                store.close()
            count, changes = policy_diff.diff(messages, old, new)
        else:
            count, changes = policy_diff.diff(policy_diff.folder_messages(Path(args.on)), old, new)
    except (OSError, StoreError, ValueError) as exc:
        print(f"discretie policy diff: {exc}", file=sys.stderr)
        return EXIT_ERROR
    if args.json:
        for change in changes:
            print(json.dumps(change.as_json(), ensure_ascii=False))
        print(json.dumps({"compared": count, "changed": len(changes)}))
    else:
        for change in changes:
            before, after = change.before, change.after
            line = f"{change.name}: {_diff_action(before)} -> {_diff_action(after)}"
            rules = [f"+{labels.rule(r)}" for r in change.added] + [f"-{labels.rule(r)}" for r in change.removed]
            same = [labels.rule(r) for r in after.rules if r in before.rules]
            print(line + f" (regels: {', '.join(rules + same) or 'geen'})")
        print(f"{len(changes)} van {count} berichten krijgen een ander oordeel ({args.old} -> {args.new})")
    return DIFF_CHANGED if changes else 0


def _diff_action(outcome: policy_diff.Outcome) -> str:
    text = labels.action(outcome.action.value)
    if outcome.would_action is not outcome.action:
        text += f" (audit; anders {labels.action(outcome.would_action.value)})"
    return text


def cmd_serve(args: argparse.Namespace) -> int:
    from discretie.logs import configure
    from discretie.serve import Overrides, serve, validate_overrides

    instance = args.instance or os.environ.get("DISCRETIE_INSTANCE") or socket.gethostname()
    configure(args.log_level, json=args.log_format == "json", instance=instance)
    overrides = Overrides(
        listen=args.listen, upstream=args.upstream, store=args.store, metrics=args.metrics, workers=args.workers
    )
    problem = validate_overrides(overrides)
    if problem:
        print(f"discretie serve: {problem}", file=sys.stderr)
        return 2
    try:
        return serve(args.policy, overrides)
    except PolicyError as exc:
        print(str(exc), file=sys.stderr)
        return 1


def read_password(prompt: str = "Wachtwoord: ") -> str:
    """From standard input when it is not a terminal (scripts), else asked twice without echo."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    import getpass

    first = getpass.getpass(prompt)
    if getpass.getpass("Nogmaals: ") != first:
        raise ValueError("the two passwords differ")
    return first


def cmd_user(args: argparse.Namespace) -> int:
    from discretie.access import Users, UsersError
    from discretie.passwords import check_password_quality

    policy = load_policy(args.policy)
    users = Users(args.users_file or policy.auth.users_file)
    try:
        if args.user_command == "list":
            for name in users.names():
                user = users.get(name)
                grants = ", ".join(user.addresses) if user and user.addresses else "-"
                print(f"{name}\tmay also send as: {grants}")
            return 0
        if args.user_command == "remove":
            if not users.remove(args.name):
                print(f"discretie user: no user {args.name!r} in {users.path}", file=sys.stderr)
                return 1
            print(f"removed {args.name}")
            return 0
        if args.user_command == "passwd" and users.get(args.name) is None:
            print(f"discretie user: no user {args.name!r} in {users.path}", file=sys.stderr)
            return 1
        if args.user_command == "add" and users.get(args.name) is not None:
            print(f"discretie user: {args.name!r} exists already; use 'user passwd'", file=sys.stderr)
            return 1
        password = read_password()
        problem = check_password_quality(args.name, password)
        if problem:
            print(f"discretie user: {problem}", file=sys.stderr)
            return 1
        users.set(args.name, password, getattr(args, "address", None) if args.user_command == "add" else None)
    except (UsersError, ValueError) as exc:
        print(f"discretie user: {exc}", file=sys.stderr)
        return 1
    print(f"{args.user_command}: {args.name} ok ({users.path})")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="discretie", description="Outbound mail privacy gateway for schools.")
    parser.add_argument("--version", action="version", version=f"discretie {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    serve = sub.add_parser("serve", help="run the SMTP gateway")
    _policy_arg(serve)
    serve.add_argument(
        "--listen", metavar="HOST:PORT", help="address to listen on (default from policy: 127.0.0.1:2525)"
    )
    serve.add_argument("--upstream", metavar="URL", help="smtp://, smtp+starttls://, smtps:// or maildir:PATH")
    serve.add_argument("--store", metavar="PATH", help="SQLite store for held mail and incidents")
    serve.add_argument("--metrics", metavar="HOST:PORT", help="serve /metrics, /healthz and /readyz over HTTP")
    serve.add_argument(
        "--workers", type=int, default=1, metavar="N", help="processes sharing the port (SO_REUSEPORT) and the store"
    )
    serve.add_argument(
        "--instance",
        metavar="NAME",
        help="name of this gateway in every log line (default: $DISCRETIE_INSTANCE, else the host name)",
    )
    serve.add_argument("--log-level", default="info", choices=["debug", "info", "warning", "error"])
    serve.add_argument("--log-format", default="json", choices=["json", "console"])
    serve.set_defaults(func=cmd_serve)

    scan = sub.add_parser(
        "scan",
        help="run the pipeline on .eml files without sending mail",
        description="Run the pipeline on .eml files without sending mail. Exit code: what the gateway would do "
        "with the strictest of the files: 0 forward, 3 rewrite (recipients to BCC), 4 hold, 5 reject; "
        "1 a file could not be read or the policy is invalid; 2 usage.",
    )
    _policy_arg(scan)
    scan.add_argument("--json", action="store_true", help="one JSON object per file, one per line")
    scan.add_argument("--mail-from", metavar="ADDR", help="envelope sender (default: the From header)")
    scan.add_argument(
        "--rcpt",
        metavar="ADDR",
        action="append",
        help="an envelope recipient (repeatable; a,b for several; default: To/Cc/Bcc)",
    )
    scan.add_argument("files", metavar="FILE.eml", nargs="+")
    scan.set_defaults(func=cmd_scan)

    policy = sub.add_parser("policy", help="policy.yaml tools")
    policy_sub = policy.add_subparsers(dest="policy_command", required=True, metavar="SUBCOMMAND")
    check = policy_sub.add_parser("check", help="validate a policy file (default ./policy.yaml, else the embedded one)")
    check.add_argument("file", metavar="FILE", nargs="?")
    check.set_defaults(func=cmd_policy_check)
    pdiff = policy_sub.add_parser(
        "diff",
        help="which verdicts a policy change would change",
        description="Run two policies over the same mail and print each message whose verdict changes "
        "(action, action without audit mode, or the rules that fire). Exit code: 0 nothing changes, "
        "3 at least one verdict changes, 1 a policy is invalid or a message cannot be read, 2 usage.",
    )
    pdiff.add_argument("old", metavar="OLD.yaml")
    pdiff.add_argument("new", metavar="NEW.yaml")
    where = pdiff.add_mutually_exclusive_group(required=True)
    where.add_argument("--on", metavar="DIR", help="a folder of .eml files (envelope from labels.yaml beside them)")
    where.add_argument("--on-held", action="store_true", help="the messages the store holds now")
    pdiff.add_argument("--store", metavar="PATH", help="with --on-held: the store (default: store.path of NEW)")
    pdiff.add_argument("--json", action="store_true", help="one JSON object per change, then a summary object")
    pdiff.set_defaults(func=cmd_policy_diff)

    user = sub.add_parser("user", help="SMTP AUTH users of the local backend (argon2 hashes in auth.users_file)")
    user_sub = user.add_subparsers(dest="user_command", required=True, metavar="SUBCOMMAND")
    for name, text in (("add", "add a user"), ("passwd", "change a password"), ("remove", "remove a user")):
        cmd = user_sub.add_parser(name, help=text)
        cmd.add_argument("name", metavar="NAME", help="user name, usually the mail address")
        if name == "add":
            cmd.add_argument(
                "--address", metavar="GLOB", action="append", help="another address the user may send as (repeatable)"
            )
    user_sub.add_parser("list", help="list the users")
    for cmd in user_sub.choices.values():
        _policy_arg(cmd)
        cmd.add_argument("--users-file", metavar="PATH", help="default: auth.users_file from the policy")
    user.set_defaults(func=cmd_user)

    from discretie.cli_exceptions import add_subcommands as add_exceptions
    from discretie.cli_review import add_subcommands
    from discretie.cli_roster import add_subcommands as add_roster
    from discretie.cli_senders import add_subcommands as add_senders
    from discretie.cli_store import add_subcommands as add_store
    from discretie.cli_trace import add_subcommands as add_trace
    from discretie.cli_web import add_subcommands as add_web

    add_subcommands(sub)
    add_web(sub)
    add_roster(sub)
    add_senders(sub)
    add_store(sub)
    add_trace(sub)
    add_exceptions(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        result: int = args.func(args)
    except PolicyError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    return result
