"""``discretie web`` (the DPO web console) and ``discretie reviewer ...`` (its accounts).

``discretie web [--policy FILE] [--store PATH] [--listen HOST:PORT]`` serves the console with
uvicorn, on 127.0.0.1:8025 by default. Anything but a loopback address needs TLS (``--tls-cert``
and ``--tls-key``) or a reverse proxy in front that terminates TLS (``--behind-proxy``): the
console refuses to serve passwords and pupils' data in clear over a network.

``discretie reviewer add|passwd|remove|unlock|list NAME``: the accounts, in the store; ``add NAME
--role reader|reviewer|administrator`` (default reviewer) and ``role NAME ROLE`` set what the
account may do (discretie.roles; audited). ``add`` and
``passwd`` read the password from standard input when it is not a terminal (scripts:
``printf '%s\\n' "$PW" | discretie reviewer add an.peeters``), else ask twice without echo.

Exit codes: 0 ok; 1 refused (store missing, name exists or unknown, weak password); 2 usage.
"""

from __future__ import annotations

import argparse
import ipaddress
import sys

from discretie import roles
from discretie.policy import Policy, PolicyError, load_policy, split_host_port
from discretie.store import Store, StoreError

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
DEFAULT_LISTEN = "127.0.0.1:8025"


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--policy", metavar="FILE", help="policy.yaml (default: the embedded LKSD policy)")
    parser.add_argument("--store", metavar="PATH", help="the store (default: store.path from the policy)")


def add_subcommands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``web`` and ``reviewer`` to the main ``discretie`` parser."""
    web = subparsers.add_parser("web", help="serve the DPO web console (default 127.0.0.1:8025)")
    _common(web)
    web.add_argument("--listen", metavar="HOST:PORT", default=DEFAULT_LISTEN, help=f"default {DEFAULT_LISTEN}")
    web.add_argument("--tls-cert", metavar="FILE", help="serve HTTPS with this certificate (PEM)")
    web.add_argument("--tls-key", metavar="FILE", help="... and this private key (PEM)")
    web.add_argument(
        "--behind-proxy",
        action="store_true",
        help="a reverse proxy terminates TLS: trust its X-Forwarded-For/-Proto (from --proxy-ip only)",
    )
    web.add_argument(
        "--proxy-ip", metavar="IP", action="append", help="address of the trusted proxy (default 127.0.0.1)"
    )
    web.add_argument(
        "--public-host",
        metavar="NAME",
        action="append",
        help="host name the browser uses (behind a proxy, e.g. privacy.school.be); repeatable",
    )
    web.add_argument("--log-level", default="info", choices=["debug", "info", "warning", "error"])
    web.set_defaults(func=cmd_web)

    reviewer = subparsers.add_parser("reviewer", help="web console accounts: add, passwd, role, remove, unlock, list")
    rsub = reviewer.add_subparsers(dest="reviewer_command", required=True, metavar="SUBCOMMAND")
    for name, text in (
        ("add", "add an account (password from stdin when it is not a terminal)"),
        ("passwd", "set a new password (ends the account's sessions, lifts a lock-out)"),
        ("remove", "remove an account (ends its sessions)"),
        ("unlock", "lift a lock-out after too many failed sign-ins"),
    ):
        p = rsub.add_parser(name, help=text)
        _common(p)
        p.add_argument("name", metavar="NAME", help="the sign-in name, e.g. an.peeters")
        if name == "add":
            p.add_argument(
                "--role", choices=roles.ROLES, default=roles.REVIEWER, help="what the account may do (default reviewer)"
            )
        p.set_defaults(func=cmd_reviewer)
    p = rsub.add_parser("role", help="give an account another role (audited; applies to its open sessions at once)")
    _common(p)
    p.add_argument("name", metavar="NAME", help="the sign-in name")
    p.add_argument("role", metavar="ROLE", choices=roles.ROLES, help=", ".join(roles.ROLES))
    p.set_defaults(func=cmd_reviewer)
    p = rsub.add_parser("list", help="list the accounts")
    _common(p)
    p.set_defaults(func=cmd_reviewer)


def main(argv: list[str] | None = None) -> int:
    """Stand-alone entry: ``python -m discretie.cli_web reviewer add NAME``."""
    parser = argparse.ArgumentParser(prog="discretie")
    add_subcommands(parser.add_subparsers(dest="command", required=True, metavar="COMMAND"))
    args = parser.parse_args(argv)
    result: int = args.func(args)
    return result


def _error(text: str) -> None:
    print(f"discretie: {text}", file=sys.stderr)


def _open(args: argparse.Namespace) -> tuple[Policy, Store]:
    policy = load_policy(args.policy)
    return policy, Store.open_configured(policy.store, location=args.store, create=False)


def read_new_password(prompt: str = "Wachtwoord: ") -> str:
    """From standard input when it is not a terminal (one line), else asked twice without echo."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    import getpass

    first = getpass.getpass(prompt)
    if getpass.getpass("Nogmaals: ") != first:
        raise ValueError("de twee wachtwoorden verschillen")
    return first


def cmd_reviewer(args: argparse.Namespace) -> int:
    from discretie.notify import local_time
    from discretie.passwords import check_password_quality
    from discretie.review.actions import os_actor

    try:
        _policy, store = _open(args)
    except PolicyError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_REFUSED
    except StoreError as exc:
        _error(str(exc))
        return EXIT_REFUSED
    command = args.reviewer_command
    try:
        if command == "list":
            rows = store.reviewers()
            if not rows:
                print("Geen reviewers. Maak er een aan met: discretie reviewer add NAAM")
            for r in rows:
                last = local_time(r.last_login_at) if r.last_login_at else "nog nooit"
                how = "OpenID Connect" if r.oidc else "wachtwoord"
                print(
                    f"{r.name}\trol: {r.role} ({roles.LABELS.get(r.role, r.role)})\taanmelden: {how}"
                    f"\tlaatst aangemeld: {last}\tactieve sessies: {r.sessions}"
                )
            return EXIT_OK
        if command == "remove":
            store.remove_reviewer(args.name, actor=os_actor())
            print(f"Reviewer {args.name.strip().lower()} verwijderd; de sessies zijn beëindigd.")
            return EXIT_OK
        if command == "role":
            changed = store.set_reviewer_role(args.name, args.role, actor=os_actor())
            name = args.name.strip().lower()
            print(f"Rol van {name}: {args.role}." if changed else f"{name} had de rol {args.role} al.")
            return EXIT_OK
        if command == "unlock":
            store.unlock_reviewer(args.name, actor=os_actor())
            print(f"Blokkering van {args.name.strip().lower()} opgeheven.")
            return EXIT_OK
        exists = store.reviewer_hash(args.name) is not None
        if command == "add" and exists:
            _error(f"de reviewer {args.name.strip().lower()} bestaat al (gebruik 'reviewer passwd')")
            return EXIT_REFUSED
        if command == "passwd" and not exists:
            _error(f"geen reviewer {args.name.strip().lower()}")
            return EXIT_REFUSED
        try:
            password = read_new_password()
        except ValueError as exc:
            _error(str(exc))
            return EXIT_REFUSED
        problem = check_password_quality(args.name, password)
        if problem:
            _error(problem)
            return EXIT_REFUSED
        from argon2 import PasswordHasher

        hashed = PasswordHasher().hash(password)
        if command == "add":
            name = store.add_reviewer(args.name, hashed, actor=os_actor(), role=args.role)
            print(f"Reviewer {name} aangemaakt met rol {args.role}. Aanmelden op de webconsole (discretie web).")
        else:
            store.set_reviewer_password(args.name, hashed, actor=os_actor())
            print(f"Wachtwoord van {args.name.strip().lower()} gewijzigd; open sessies zijn beëindigd.")
        return EXIT_OK
    except StoreError as exc:
        _error(str(exc))
        return EXIT_REFUSED
    finally:
        store.close()


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def cmd_web(args: argparse.Namespace) -> int:
    try:
        host, port = split_host_port(args.listen)
    except ValueError as exc:
        print(f"discretie web: --listen {args.listen!r}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    host = host.strip("[]")
    if bool(args.tls_cert) != bool(args.tls_key):
        print("discretie web: --tls-cert and --tls-key go together", file=sys.stderr)
        return EXIT_USAGE
    tls = bool(args.tls_cert)
    if not _is_loopback(host) and not tls and not args.behind_proxy:
        print(
            f"discretie web: {host} is not a loopback address; serve it with TLS (--tls-cert/--tls-key) or "
            "behind a reverse proxy that terminates TLS (--behind-proxy); see docs/operations.md",
            file=sys.stderr,
        )
        return EXIT_USAGE
    if host in ("0.0.0.0", "::") and not args.public_host:
        print(
            "discretie web: listening on every address: name the host the browser uses with --public-host",
            file=sys.stderr,
        )
        return EXIT_USAGE
    try:
        policy, store = _open(args)
    except PolicyError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_REFUSED
    except StoreError as exc:
        _error(str(exc))
        return EXIT_REFUSED

    import uvicorn

    from discretie.logs import configure
    from discretie.web.app import WebSettings, create_app

    configure(args.log_level, json=True)
    hosts = {"127.0.0.1", "localhost", "::1", host, *(h.strip().lower() for h in args.public_host or ())}
    settings = WebSettings(allowed_hosts=tuple(sorted(h for h in hosts if h and h not in ("0.0.0.0", "::"))))
    app = create_app(policy, store, settings=settings)
    if not store.reviewers():
        print(
            "discretie web: er is nog geen reviewer; maak er een aan met 'discretie reviewer add NAAM'", file=sys.stderr
        )
    scheme = "https" if tls else "http"
    print(f"discretie web: {scheme}://{args.listen} (store {store.path})", file=sys.stderr)
    try:
        uvicorn.run(
            app,
            host=host,
            port=port,
            log_level=args.log_level,
            access_log=False,  # query strings can hold search text (names): not logged
            server_header=False,
            proxy_headers=bool(args.behind_proxy),
            forwarded_allow_ips=",".join(args.proxy_ip or ["127.0.0.1"]) if args.behind_proxy else None,
            ssl_certfile=args.tls_cert,
            ssl_keyfile=args.tls_key,
        )
    finally:
        store.close()
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
