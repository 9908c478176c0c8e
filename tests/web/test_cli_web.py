"""``discretie reviewer ...`` and ``discretie web`` as the ICT coordinator runs them."""

from __future__ import annotations

import argparse
import io
import signal
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from argon2 import PasswordHasher

from discretie.cli_web import add_subcommands, main
from discretie.store import Store
from tests.helpers import free_port, wait_port


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "store.db"
    Store.open(path).close()
    return path


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """In a real process: the password really comes through a pipe."""
    return subprocess.run(
        [sys.executable, "-m", "discretie.cli_web", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Callable[..., Result]:
    """The same commands in this process (faster), standard input given as text (not a terminal)."""

    def call(*args: str, stdin: str = "") -> Result:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(list(args))
        out = capsys.readouterr()
        return Result(code, out.out, out.err)

    return call


def test_the_subcommands_plug_into_the_main_parser() -> None:
    """``add_subcommands`` adds ``web`` and ``reviewer`` with --policy/--store, like the CLI."""
    parser = argparse.ArgumentParser(prog="discretie")
    add_subcommands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["web", "--store", "x.db"])
    assert args.listen == "127.0.0.1:8025" and args.store == "x.db" and args.func.__name__ == "cmd_web"
    args = parser.parse_args(["reviewer", "add", "an.peeters", "--policy", "p.yaml"])
    assert args.reviewer_command == "add" and args.name == "an.peeters" and args.policy == "p.yaml"
    assert parser.parse_args(["reviewer", "list"]).reviewer_command == "list"


def test_reviewer_add_reads_the_password_from_stdin(db: Path) -> None:
    """Scriptable: the password comes from standard input; stored as an argon2id hash; audited
    with the OS user as actor."""
    result = run("reviewer", "add", "An.Peeters", "--store", str(db), stdin="Groene-appel-42-zon\n")
    assert result.returncode == 0, result.stderr
    assert "an.peeters aangemaakt" in result.stdout
    with Store.open(db) as s:
        stored = s.reviewer_hash("an.peeters")
        assert stored is not None and stored.startswith("$argon2id$")
        assert PasswordHasher().verify(stored, "Groene-appel-42-zon")
        (entry,) = [e for e in s.audit_entries() if e.action == "reviewer_add"]
        assert entry.via == "cli"
    listed = run("reviewer", "list", "--store", str(db))
    assert listed.returncode == 0
    assert listed.stdout.startswith(
        "an.peeters\trol: reviewer (beoordelaar)\taanmelden: wachtwoord\tlaatst aangemeld: nog nooit"
    )


def test_reviewer_add_with_a_role_and_role_changes_are_audited(db: Path, cli: Callable[..., Result]) -> None:
    """``add --role`` sets what the account may do (reviewer when not given); ``role`` changes it,
    written to the audit log with the old and the new role; an unknown role is a usage error."""
    added = cli("reviewer", "add", "lien", "--role", "reader", "--store", str(db), stdin="Groene-appel-42-zon\n")
    assert added.returncode == 0 and "aangemaakt met rol reader" in added.stdout
    changed = cli("reviewer", "role", "lien", "administrator", "--store", str(db))
    assert changed.returncode == 0 and changed.stdout.strip() == "Rol van lien: administrator."
    same = cli("reviewer", "role", "lien", "administrator", "--store", str(db))
    assert same.returncode == 0 and same.stdout.strip() == "lien had de rol administrator al."
    with pytest.raises(SystemExit) as bad:
        cli("reviewer", "role", "lien", "directeur", "--store", str(db))
    assert bad.value.code == 2
    unknown = cli("reviewer", "role", "niemand", "reader", "--store", str(db))
    assert unknown.returncode == 1 and "geen reviewer niemand" in unknown.stderr
    with Store.open(db) as s:
        assert [(r.name, r.role) for r in s.reviewers()] == [("lien", "administrator")]
        notes = [e.note for e in s.audit_entries() if e.action in ("reviewer_add", "reviewer_role")]
        assert notes == ["reviewer lien aangemaakt met rol reader", "rol van lien: reader -> administrator"]


def test_reviewer_add_refuses_weak_passwords_and_duplicates(db: Path, cli: Callable[..., Result]) -> None:
    weak = cli("reviewer", "add", "an", "--store", str(db), stdin="kort\n")
    assert weak.returncode == 1 and "minstens 12 tekens" in weak.stderr
    named = cli("reviewer", "add", "an.peeters", "--store", str(db), stdin="an.peeters-2025!\n")
    assert named.returncode == 1 and "naam niet bevatten" in named.stderr
    assert cli("reviewer", "add", "an", "--store", str(db), stdin="Groene-appel-42-zon\n").returncode == 0
    again = cli("reviewer", "add", "AN", "--store", str(db), stdin="Groene-appel-42-zon\n")
    assert again.returncode == 1 and "bestaat al" in again.stderr
    bad = cli("reviewer", "add", "an peeters", "--store", str(db), stdin="Groene-appel-42-zon\n")
    assert bad.returncode == 1 and "ongeldige naam" in bad.stderr


@pytest.mark.parametrize(
    "password",
    ["Wachtwoord123", "Welkom123456", "P@ssw0rd2024", "123456789012", "qwertyuiopas", "iloveyou1234",
     "Discretie2025", "abcdefgh1234", "Azerty123456", "Password1234!"],
)  # fmt: skip
def test_reviewer_passwords_from_common_lists_are_refused(db: Path, cli: Callable[..., Result], password: str) -> None:
    """NIST SP 800-63B: long enough is not enough; a common or predictable password is refused
    for add and passwd, with the reason in Dutch."""
    added = cli("reviewer", "add", "an", "--store", str(db), stdin=password + "\n")
    assert added.returncode == 1 and "te makkelijk te raden" in added.stderr
    assert cli("reviewer", "add", "an", "--store", str(db), stdin="Groene-appel-42-zon\n").returncode == 0
    changed = cli("reviewer", "passwd", "an", "--store", str(db), stdin=password + "\n")
    assert changed.returncode == 1 and "te makkelijk te raden" in changed.stderr
    with Store.open(db) as s:
        stored = s.reviewer_hash("an")
    assert stored is not None and PasswordHasher().verify(stored, "Groene-appel-42-zon")


def test_passwd_remove_unlock(db: Path, cli: Callable[..., Result]) -> None:
    assert cli("reviewer", "add", "an", "--store", str(db), stdin="Groene-appel-42-zon\n").returncode == 0
    with Store.open(db) as s:
        s.create_session(token_hash="t", reviewer="an", csrf="c", expires_at=s.now() + 600, peer=None)
        s.login_failed([("account:an", 1)], window=900, lock_for=900)
    changed = cli("reviewer", "passwd", "an", "--store", str(db), stdin="Nieuw-wachtwoord-99\n")
    assert changed.returncode == 0, changed.stderr
    with Store.open(db) as s:
        assert s.get_session("t") is None and s.login_locked_until(["account:an"]) is None
        s.login_failed([("account:an", 1)], window=900, lock_for=900)
    assert cli("reviewer", "unlock", "an", "--store", str(db)).returncode == 0
    with Store.open(db) as s:
        assert s.login_locked_until(["account:an"]) is None
    missing = cli("reviewer", "passwd", "niemand", "--store", str(db), stdin="Nieuw-wachtwoord-99\n")
    assert missing.returncode == 1 and "geen reviewer niemand" in missing.stderr
    assert cli("reviewer", "remove", "an", "--store", str(db)).returncode == 0
    assert cli("reviewer", "remove", "an", "--store", str(db)).returncode == 1
    assert (
        cli("reviewer", "list", "--store", str(db)).stdout
        == "Geen reviewers. Maak er een aan met: discretie reviewer add NAAM\n"
    )


def test_a_missing_store_is_a_clear_error(tmp_path: Path, cli: Callable[..., Result]) -> None:
    result = cli("reviewer", "list", "--store", str(tmp_path / "nergens.db"))
    assert result.returncode == 1 and "bestaat niet" in result.stderr
    result = cli("web", "--store", str(tmp_path / "nergens.db"), "--listen", f"127.0.0.1:{free_port()}")
    assert result.returncode == 1 and "bestaat niet" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--listen", "0.0.0.0:8025"], "not a loopback address"),
        (["--listen", "192.0.2.10:8025"], "not a loopback address"),
        (["--listen", "0.0.0.0:8025", "--behind-proxy"], "--public-host"),
        (["--listen", "nonsense"], "HOST:PORT"),
        (["--tls-cert", "c.pem"], "go together"),
    ],
)
def test_web_refuses_to_serve_in_clear_beyond_loopback(
    db: Path, args: list[str], message: str, cli: Callable[..., Result]
) -> None:
    result = cli("web", "--store", str(db), *args)
    assert result.returncode == 2 and message in result.stderr


def test_web_serves_the_console_on_loopback(db: Path) -> None:
    """``discretie web`` answers on 127.0.0.1 with the login page, without a Server header, and
    stops on SIGTERM."""
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "discretie.cli_web", "web", "--store", str(db), "--listen", f"127.0.0.1:{port}"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_port(port)
        response = httpx.get(f"http://127.0.0.1:{port}/queue", follow_redirects=True, timeout=10)
        assert response.status_code == 200 and "Aanmelden" in response.text
        assert "server" not in response.headers
        assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
        assert httpx.get(f"http://127.0.0.1:{port}/login", headers={"Host": "evil.example"}).status_code == 400
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=20)
    assert proc.returncode in (0, -signal.SIGTERM), err  # uvicorn re-raises the signal after a clean stop
    assert "nog geen reviewer" in err
    assert "GET /queue" not in err  # no access log with paths and search text
