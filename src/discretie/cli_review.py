"""``discretie queue ...`` and ``discretie incidents ...``: the DPO's review commands.

Every command takes ``--policy FILE`` (default: the embedded policy) and ``--store PATH``
(default: ``store.path`` from the policy). The CLI never needs the upstream: a release marks
the message in the store and the running gateway delivers it.

Exit codes: 0 ok; 1 refused or impossible (unknown ID, already released, store missing or
unreadable, key wrong, a release that went back to held); 2 usage; 3 ``release --wait`` timed out
while the gateway had not finished (the release stays queued).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from discretie import labels, notify
from discretie.documents.pool import Reader
from discretie.model import DocumentRead
from discretie.policy import Policy, load_policy
from discretie.review import actions
from discretie.review.expiry import Expiry, expiry
from discretie.store import HeldMessage, Incident, NotARecipient, SenderRequest, Store, StoreError

EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_WAITING = 0, 1, 2, 3
_BRACKETS = re.compile(r"\[([^\]]*)\]")
_RULE_HELP = "only findings of rule R: its id or its Dutch label (password or wachtwoord, ...)"


# -- wiring ---------------------------------------------------------------------------------------


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--policy", metavar="FILE", help="policy.yaml (default: the embedded LKSD policy)")
    parser.add_argument("--store", metavar="PATH", help="the store (default: store.path from the policy)")


def _positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def _rule(text: str) -> str:
    """``--rule``: a rule id or its Dutch label (as the console shows it); anything else is a usage error."""
    try:
        return labels.rule_id(text)
    except labels.UnknownRule as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _date(text: str) -> float:
    try:
        return actions.parse_since(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_subcommands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``queue`` and ``incidents`` to the main ``discretie`` parser."""
    queue = subparsers.add_parser("queue", help="held messages: list, show, release, reject, purge")
    qsub = queue.add_subparsers(dest="queue_command", required=True, metavar="SUBCOMMAND")

    p = qsub.add_parser("list", help="list held messages (default: those waiting for a decision)")
    _common(p)
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.add_argument("--state", choices=["held", "releasing", "released", "rejected", "all"])
    p.add_argument("--rule", metavar="R", type=_rule, help=_RULE_HELP)
    p.set_defaults(func=cmd_queue_list)

    p = qsub.add_parser("show", help="headers, findings and text of a held message")
    _common(p)
    p.add_argument("id", metavar="ID")
    p.add_argument("--json", action="store_true")
    p.add_argument("--headers", action="store_true", help="every header of the message, as received (audited)")
    p.set_defaults(func=cmd_queue_show)

    p = qsub.add_parser("export", help="the original message as received, as an .eml file (audited)")
    _common(p)
    p.add_argument("id", metavar="ID")
    p.add_argument("--eml", metavar="FILE", required=True, help="write it here (mode 0600); - for standard output")
    p.set_defaults(func=cmd_queue_export)

    p = qsub.add_parser("release", help="approve: the gateway delivers the message")
    _common(p)
    p.add_argument("id", metavar="ID")
    p.add_argument("--note", metavar="TEXT", help="note for the register: kept in Discretie, never mailed")
    p.add_argument("--message", metavar="TEXT", help="message to the sender: mailed with the 'vrijgegeven' notice")
    p.add_argument(
        "--to",
        metavar="ADDR",
        action="append",
        help="release to this recipient only (repeat for more); the others never get it and the sender is told",
    )
    p.add_argument("--wait", action="store_true", help="wait for the upstream's answer")
    p.add_argument("--timeout", metavar="S", type=_positive, default=120.0, help="with --wait (default 120 s)")
    p.set_defaults(func=cmd_queue_release)

    p = qsub.add_parser("reject", help="refuse: the message is never sent and its body is wiped")
    _common(p)
    p.add_argument("id", metavar="ID")
    p.add_argument("--note", metavar="TEXT", help="note for the register: kept in Discretie, never mailed")
    p.add_argument("--notify-sender", action="store_true", help="tell the sender it was not sent")
    p.add_argument(
        "--message", metavar="TEXT", help="message to the sender, mailed with the notice (implies --notify-sender)"
    )
    p.set_defaults(func=cmd_queue_reject)

    p = qsub.add_parser("note", help="add a note to a held message")
    _common(p)
    p.add_argument("id", metavar="ID")
    p.add_argument("text", metavar="TEXT")
    p.set_defaults(func=cmd_queue_note)

    p = qsub.add_parser("purge", help="delete held messages older than DAYS days")
    _common(p)
    p.add_argument("--older-than", metavar="DAYS", type=_positive, required=True)
    p.set_defaults(func=cmd_queue_purge)

    incidents = subparsers.add_parser("incidents", help="incident register: list, show, export")
    isub = incidents.add_subparsers(dest="incidents_command", required=True, metavar="SUBCOMMAND")

    p = isub.add_parser("list", help="list incidents, newest first")
    _common(p)
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.add_argument("--since", metavar="DATE", type=_date, help="from this date (YYYY-MM-DD)")
    p.add_argument("--rule", metavar="R", type=_rule, help=_RULE_HELP)
    p.set_defaults(func=cmd_incidents_list)

    p = isub.add_parser("show", help="one incident")
    _common(p)
    p.add_argument("id", metavar="ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_incidents_show)

    p = isub.add_parser("export", help="export incidents as CSV or JSON")
    _common(p)
    p.add_argument("--format", choices=["csv", "json"], required=True)
    p.add_argument("--output", metavar="FILE", help="write here instead of standard output")
    p.add_argument("--since", metavar="DATE", type=_date)
    p.add_argument("--rule", metavar="R", type=_rule, help=_RULE_HELP)
    p.set_defaults(func=cmd_incidents_export)


def main(argv: list[str] | None = None) -> int:
    """Stand-alone entry (``python -m discretie.cli_review queue list``), same as ``discretie``."""
    from discretie.policy import PolicyError

    parser = argparse.ArgumentParser(prog="discretie")
    add_subcommands(parser.add_subparsers(dest="command", required=True, metavar="COMMAND"))
    args = parser.parse_args(argv)
    try:
        result: int = args.func(args)
    except PolicyError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_REFUSED
    return result


# -- helpers --------------------------------------------------------------------------------------


def _open(args: argparse.Namespace) -> tuple[Policy, Store]:
    from discretie.logs import configure

    configure("warning", json=False)  # what the store logs goes to stderr, never into the output
    policy = load_policy(args.policy)
    return policy, Store.open_configured(policy.store, location=args.store, create=False)


def _run(args: argparse.Namespace, body: Callable[[Policy, Store], int]) -> int:
    try:
        policy, store = _open(args)
    except StoreError as exc:
        _error(str(exc))
        return EXIT_REFUSED
    try:
        return body(policy, store)
    except StoreError as exc:
        _error(str(exc))
        return EXIT_REFUSED
    finally:
        store.close()


def _error(text: str) -> None:
    print(f"discretie: {text}", file=sys.stderr)


def _when(at: float | None) -> str:
    return notify.local_time(at) if at else "-"


def _state(state: str | None) -> str:
    return labels.state(state)


def _cell(text: str) -> str:
    """One table cell: on one line, control characters out, never cut (an address stays whole)."""
    return notify.one_line(text, 100_000)


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], out: TextIO) -> None:
    """Columns as wide as their widest cell: nothing is cut, a long line stays long (the terminal
    wraps it); the last column is not padded."""
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(len(header) - 1)]
    for row in (header, *rows):
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        print("  ".join([*cells, row[-1]]).rstrip(), file=out)


def _rules(rules: Sequence[str]) -> str:
    return ", ".join(labels.rule(r) for r in rules) or "-"


def _emph(text: str, tty: bool) -> str:
    """Evidence: the masked match between brackets, bold on a terminal."""
    text = notify.one_line(text, 500)
    if not tty:
        return text
    return _BRACKETS.sub(lambda m: f"\x1b[1m[{m.group(1)}]\x1b[0m", text)


def _print_json(row: dict[str, Any], out: TextIO = sys.stdout) -> None:
    print(json.dumps(row, ensure_ascii=False), file=out, flush=True)


def _findings(findings: Any, out: TextIO, tty: bool) -> None:
    notable = [f for f in findings if f.severity.rank > 0]
    info = [f for f in findings if f.severity.rank == 0]
    for f in [*notable, *info]:
        head = labels.finding_head(f.rule, f.category, f.severity.value)
        print(f"  - {head}: {notify.one_line(f.reason, 500)}", file=out)
        for evidence in f.evidence:
            print(f"      bewijs: {_emph(evidence, tty)}", file=out)


# -- queue ------------------------------------------------------------------------------------------


def cmd_queue_list(args: argparse.Namespace) -> int:
    def body(policy: Policy, store: Store) -> int:
        rows = actions.list_messages(store, state=args.state, rule=args.rule)
        now = store.now()
        if args.json:
            for held in rows:
                _print_json({**held.as_json(), **expiry(held, policy, now).as_json()})
            return EXIT_OK
        if not rows:
            which = ", ".join(_state(s) for s in (actions.states_for(args.state) or ("alle",)))
            print(f"Geen berichten ({which}).")
            return EXIT_OK
        table = [
            (
                h.id,
                _held_state(h),
                _when(h.received_at),
                _cell(h.sender or "(leeg)"),
                _rules(h.rules),
                _expires(expiry(h, policy, now)),
                notify.one_line(h.subject, 200) or "(geen onderwerp)",
            )
            for h in rows
        ]
        _table(("ID", "STATUS", "ONTVANGEN", "AFZENDER", "REGELS", "VERLOOPT", "ONDERWERP"), table, sys.stdout)
        return EXIT_OK

    return _run(args, body)


def _expires(e: Expiry) -> str:
    """``4 januari (3 d)``, with ``!`` when it is close (retention.expiry_warning_days)."""
    return f"{e.date} ({e.days_left} d){' !' if e.soon else ''}"


def _login(value: str | None) -> str:
    """Who submitted the message (SMTP AUTH), as the store keeps it."""
    if value:
        return value
    return "niet aangemeld (toegelaten netwerk)" if value == "" else "onbekend (van voor Discretie dit bijhield)"


def _held_state(h: HeldMessage) -> str:
    """The state, with what the sender did through the link in the notice."""
    if h.withdrawn:
        return "ingetrokken door afzender"
    return _state(h.state) + (", vrijgave gevraagd" if h.release_requested else "")


def _show_held(
    view: actions.MessageView,
    history: list[Any],
    out: TextIO,
    tty: bool,
    expires: Expiry | None = None,
    request: SenderRequest | None = None,
) -> None:
    h = view.held
    print(f"Referentie:   {h.id}", file=out)
    print(f"Status:       {_held_state(h)}", file=out)
    if request is not None and request.kind == "release":
        print(f"Vrijgave gevraagd door de afzender op {_when(request.at)}:", file=out)
        print(f"              {notify.one_line(request.justification, 2000) or '(geen uitleg)'}", file=out)
    print(f"Ontvangen:    {_when(h.received_at)}", file=out)
    if expires is not None:
        print(f"Verloopt:     {expires.label}{' (bijna verlopen)' if expires.soon else ''}", file=out)
    print(f"Afzender:     {h.sender or '(leeg)'}", file=out)
    print(f"Aangemeld als: {_login(h.auth_login)}", file=out)
    print(f"Ontvangers:   {h.rcpt_internal} intern, {h.rcpt_external} extern", file=out)
    for rcpt in h.rcpt_tos:
        print(f"              {notify.one_line(rcpt, 300)}", file=out)
    print(f"Onderwerp:    {notify.one_line(h.subject, 500) or '(geen onderwerp)'}", file=out)
    print(f"Message-ID:   {h.message_id or '(geen)'}", file=out)
    print(f"Grootte:      {h.size} bytes", file=out)
    print(f"Vastgehouden door regel: {', '.join(labels.rule_label(r) for r in h.held_by) or '-'}", file=out)
    if h.decided_by:
        decision = labels.action("reject") if h.state == "rejected" else labels.audit_action("release")
        print(f"Beslissing:   {decision} door {h.decided_by} op {_when(h.decided_at)}", file=out)
    if h.note:
        print(f"Notitie:      {notify.one_line(h.note, 2000)}", file=out)
    if h.last_error:
        print(f"Let op:       {notify.one_line(h.last_error, 2000)}", file=out)
    if h.upstream_reply:
        print(f"Mailserver:   {notify.one_line(h.upstream_reply, 1000)}", file=out)
    print("", file=out)
    print("Bevindingen:", file=out)
    _findings(h.findings, out, tty)
    if view.body is None:
        print("\n(De inhoud is gewist: het bericht werd verzonden of geweigerd.)", file=out)
    else:
        print("\nKopregels:", file=out)
        for name, value in view.headers:
            print(f"  {name.title()}: {value}", file=out)
        if view.attachments:
            print("\nBijlagen:", file=out)
            for a in view.attachments:
                print(f"  - {a.filename} ({a.content_type}, {a.size} bytes)", file=out)
        if view.documents:
            print("\nGelezen bijlagen:", file=out)
            for doc in view.documents:
                detail = f": {notify.one_line(doc.detail, 300)}" if doc.detail else ""
                print(f"  - {notify.one_line(doc.name, 200)}: {labels.document_status(doc.status)}{detail}", file=out)
        print("\n----- tekst van het bericht -----", file=out)
        if tty:  # on a terminal the evidence terms stand out (reverse video); piped, the text stays as it is
            print("".join(f"\x1b[7m{piece}\x1b[0m" if hit else piece for piece, hit in view.marked()), file=out)
        else:
            print(view.body, file=out)
        print("----- einde -----", file=out)
    if history:
        print("\nGeschiedenis:", file=out)
        for entry in history:
            action = labels.audit_action(entry.action)
            note = f": {notify.one_line(entry.note, 300)}" if entry.note and entry.note != action else ""
            print(f"  {_when(entry.at)}  {entry.actor} ({labels.via(entry.via)})  {action}{note}", file=out)


def _document_json(doc: DocumentRead) -> dict[str, object]:
    return {"name": doc.name, "kind": doc.kind, "status": doc.status, "detail": doc.detail, "chars": doc.chars}


def cmd_queue_show(args: argparse.Namespace) -> int:
    if args.headers:
        return _run(args, lambda policy, store: _show_headers(store, args.id, args.json))

    def body(policy: Policy, store: Store) -> int:
        reader = Reader(workers=1, memory=policy.documents.memory_per_attachment)
        try:
            view = actions.view_message(store, args.id, actor=actions.os_actor(), policy=policy, reader=reader)
        finally:
            reader.close()
        expires = expiry(view.held, policy, store.now())
        if args.json:
            row = {**view.held.as_json(), **expires.as_json()}
            row["rcpt_tos"] = list(view.held.rcpt_tos)
            row["headers"] = [list(h) for h in view.headers]
            row["attachments"] = [vars(a) for a in view.attachments]
            row["body"] = view.body
            row["documents"] = [_document_json(d) for d in view.documents]
            row["highlights"] = list(view.highlights)
            request = store.sender_request(view.held.id)
            row["sender_justification"] = request.justification if request is not None else None
            _print_json(row)
            return EXIT_OK
        history = store.audit_entries(target=view.held.id)
        request = store.sender_request(view.held.id)
        _show_held(view, history, sys.stdout, sys.stdout.isatty(), expires, request)
        return EXIT_OK

    return _run(args, body)


def _show_headers(store: Store, ref: str, as_json: bool) -> int:
    headers = actions.all_headers(store, ref, actor=actions.os_actor())
    if as_json:
        _print_json({"id": store.get_message(ref).id, "headers": [list(h) for h in headers]})
        return EXIT_OK
    for name, value in headers:
        print(f"{name.title()}: {value}")
    return EXIT_OK


def cmd_queue_export(args: argparse.Namespace) -> int:
    def body(policy: Policy, store: Store) -> int:
        target = "standaarduitvoer" if args.eml == "-" else args.eml
        held, raw = actions.original_eml(store, args.id, actor=actions.os_actor(), target=target)
        if args.eml == "-":
            sys.stdout.buffer.write(raw)
            sys.stdout.buffer.flush()
            return EXIT_OK
        try:
            write_private_bytes(Path(args.eml), raw)
        except OSError as exc:
            _error(f"kan {args.eml} niet schrijven: {exc.strerror or exc}")
            return EXIT_REFUSED
        print(f"{held.id}: origineel bericht ({len(raw)} bytes) geschreven naar {args.eml}.", file=sys.stderr)
        return EXIT_OK

    return _run(args, body)


def cmd_queue_release(args: argparse.Namespace) -> int:
    def body(policy: Policy, store: Store) -> int:
        actor = actions.os_actor()
        try:
            held = actions.release(
                store, args.id, actor=actor, note=args.note, message=args.message, recipients=args.to
            )
        except NotARecipient as exc:
            _error(str(exc))
            return EXIT_USAGE
        if held.release_to:
            left = ", ".join(held.not_released_to)
            print(f"{held.id} vrijgegeven door {actor} voor {', '.join(held.release_to)}; niet voor {left}.")
        else:
            print(f"{held.id} vrijgegeven door {actor}: de gateway verzendt het bericht.")
        if not args.wait:
            return EXIT_OK
        outcome = actions.wait_for_release(store, held.id, timeout=args.timeout)
        h = outcome.message
        if outcome.outcome == "released":
            print(f"{h.id} is verzonden. Antwoord van de mailserver: {h.upstream_reply or '-'}")
            return EXIT_OK
        if outcome.outcome == "waiting":
            extra = f" Laatste poging: {h.last_error}." if h.last_error else ""
            print(
                f"{h.id} is na {args.timeout:g} s nog niet verzonden; de gateway blijft het proberen.{extra} "
                "Draait 'discretie serve'? Bekijk de status met 'discretie queue show'.",
                file=sys.stderr,
            )
            return EXIT_WAITING
        print(f"{h.id} is niet verzonden en staat opnieuw vastgehouden: {h.last_error or '-'}", file=sys.stderr)
        return EXIT_REFUSED

    return _run(args, body)


def cmd_queue_reject(args: argparse.Namespace) -> int:
    def body(policy: Policy, store: Store) -> int:
        actor = actions.os_actor()
        notify_sender = args.notify_sender or bool(args.message and args.message.strip())
        held = actions.reject(
            store,
            args.id,
            actor=actor,
            policy=policy,
            note=args.note,
            message=args.message,
            notify_sender=notify_sender,
        )
        told = ""
        if notify_sender:
            told = (
                " De afzender krijgt een melding."
                if notify.may_notify(held.sender, policy)
                else " De afzender is geen schooladres en krijgt geen melding."
            )
        print(f"{held.id} geweigerd door {actor}; de inhoud is gewist.{told}")
        return EXIT_OK

    return _run(args, body)


def cmd_queue_note(args: argparse.Namespace) -> int:
    def body(policy: Policy, store: Store) -> int:
        held = actions.add_note(store, args.id, actor=actions.os_actor(), note=args.text)
        print(f"Notitie bewaard bij {held.id}.")
        return EXIT_OK

    return _run(args, body)


def cmd_queue_purge(args: argparse.Namespace) -> int:
    def body(policy: Policy, store: Store) -> int:
        result = actions.purge(store, older_than_days=args.older_than, actor=actions.os_actor())
        print(result.describe().capitalize() + ".")
        return EXIT_OK

    return _run(args, body)


# -- incidents --------------------------------------------------------------------------------------


def _outcome(i: Incident) -> str:
    """What Discretie did and, for a held message, what became of it since."""
    return labels.outcome(
        i.action, audit=i.audit, would_action=i.would_action, held=i.held, message_state=i.message_state
    )


def cmd_incidents_list(args: argparse.Namespace) -> int:
    def body(policy: Policy, store: Store) -> int:
        rows = actions.list_incidents(store, since=args.since, rule=args.rule)
        if args.json:
            for incident in rows:
                _print_json(incident.as_json())
            return EXIT_OK
        if not rows:
            print("Geen incidenten.")
            return EXIT_OK
        table = [
            (
                i.id,
                _when(i.created_at),
                _cell(i.sender or "(leeg)"),
                labels.severity(i.severity),
                _rules(i.rules),
                _outcome(i),
            )
            for i in rows
        ]
        _table(("ID", "TIJDSTIP", "AFZENDER", "ERNST", "REGELS", "ACTIE"), table, sys.stdout)
        return EXIT_OK

    return _run(args, body)


def cmd_incidents_show(args: argparse.Namespace) -> int:
    def body(policy: Policy, store: Store) -> int:
        i = store.get_incident(args.id)
        if args.json:
            _print_json(i.as_json())
            return EXIT_OK
        action = labels.action(i.action)
        if i.audit:
            action += f" (auditmodus; zonder auditmodus: {labels.action(i.would_action)})"
        out = sys.stdout
        print(f"Referentie:   {i.id}", file=out)
        print(f"Tijdstip:     {_when(i.created_at)}", file=out)
        print(f"Actie:        {action}", file=out)
        print(f"Afzender:     {i.sender or '(leeg)'}", file=out)
        print(f"Aangemeld als: {_login(i.auth_login)}", file=out)
        print(f"Ontvangers:   {i.rcpt_internal} intern, {i.rcpt_external} extern", file=out)
        print(f"Ernst:        {labels.severity(i.severity)}", file=out)
        print(f"Regels:       {', '.join(labels.rule_label(r) for r in i.rules)}", file=out)
        print(f"Categorieën:  {', '.join(labels.category_label(c) for c in i.categories)}", file=out)
        print(f"Message-ID:   {i.message_id or '(geen)'}", file=out)
        if i.held:
            print(f"Bericht:      {_state(i.message_state) if i.message_state else labels.PURGED}", file=out)
        print("\nBevindingen:", file=out)
        _findings(i.findings, out, out.isatty())
        return EXIT_OK

    return _run(args, body)


def write_private(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` readable by this user only (0600): created so, and an
    existing file narrowed before anything is written into it."""
    write_private_bytes(path, text.encode("utf-8"))


def write_private_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` readable by this user only (0600), as :func:`write_private`."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        os.fchmod(fh.fileno(), 0o600)
        fh.write(data)


def cmd_incidents_export(args: argparse.Namespace) -> int:
    def body(policy: Policy, store: Store) -> int:
        rows = actions.list_incidents(store, since=args.since, rule=args.rule)
        text = actions.export_incidents(rows, args.format)
        target = args.output or "standaarduitvoer"
        if args.output:
            try:
                write_private(Path(args.output), text)
            except OSError as exc:
                _error(f"kan {args.output} niet schrijven: {exc.strerror or exc}")
                return EXIT_REFUSED
            print(f"{len(rows)} incident(en) geëxporteerd naar {args.output}.", file=sys.stderr)
        else:
            sys.stdout.write(text)
            sys.stdout.flush()
        store.audit(
            actor=actions.os_actor(), action="export", note=f"{len(rows)} incident(en) als {args.format} naar {target}"
        )
        return EXIT_OK

    return _run(args, body)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
