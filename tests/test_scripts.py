"""The README's first command, ``scripts/serve``: it runs ./policy.yaml, so that an edit of that file
(which ``discretie policy check`` and the file's own header point at) is what the gateway enforces."""

from __future__ import annotations

import json
import os
import re
import shutil
import smtplib
import subprocess
import sys
from pathlib import Path

from tests.helpers import free_port, wait_port

REPO = Path(__file__).resolve().parents[1]
PASSWORD_MAIL = b"From: an.devos@sintpieterscollege.be\r\nSubject: wifi\r\n\r\nHet wachtwoord: Zomer2024!\r\n"


def checkout(tmp_path: Path, policy: str | None) -> Path:
    """A copy of the checkout's layout: scripts/serve as committed, this test run's .venv, and a
    scripts/setup that installs nothing (the venv is there already)."""
    root = tmp_path / "discretie"
    (root / "scripts").mkdir(parents=True)
    shutil.copy2(REPO / "scripts" / "serve", root / "scripts" / "serve")
    (root / "scripts" / "setup").write_text("#!/bin/sh\nexit 0\n")
    (root / "scripts" / "setup").chmod(0o755)
    (root / ".venv").symlink_to(Path(sys.prefix))
    if policy is not None:
        (root / "policy.yaml").write_text(policy)
    return root


def run_serve(root: Path, port: int) -> tuple[int, str]:
    """scripts/serve on ``port``; sends a password mail; returns its SMTP reply code and the log."""
    log = root / "serve.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            ["bash", str(root / "scripts" / "serve"), "--listen", f"127.0.0.1:{port}"],
            cwd=tmp_cwd(root),
            stdout=out,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        try:
            wait_port(port)
            with smtplib.SMTP("127.0.0.1", port, local_hostname="client.test") as client:
                try:
                    client.sendmail("an.devos@sintpieterscollege.be", ["jan.peeters@spc.ksleuven.be"], PASSWORD_MAIL)
                    code = 250
                except smtplib.SMTPDataError as exc:
                    code = exc.smtp_code
        finally:
            proc.terminate()
            proc.wait(30)
    return code, log.read_text()


def tmp_cwd(root: Path) -> Path:
    """Run from elsewhere: scripts/serve must find its checkout itself."""
    return root.parent


def test_scripts_serve_runs_the_checkouts_policy_yaml(tmp_path: Path) -> None:
    text = (REPO / "policy.yaml").read_text()
    lines = text.splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line.startswith("  password:")) + 1
    root = checkout(tmp_path, "".join([*lines[:at], "    mode: audit\n", *lines[at:]]))
    code, log = run_serve(root, free_port())
    assert code == 250, log  # the edited policy: password in audit mode, forwarded
    listening = next(json.loads(x) for x in log.splitlines() if '"listening"' in x)
    assert listening["policy"] == str((root / "policy.yaml").resolve())
    delivered = [p.read_bytes() for p in (root / "var" / "outbox" / "new").iterdir()]
    assert sum(b"Subject: wifi" in mail for mail in delivered) == 1  # (beside it maybe the DPO's audit note)


def test_scripts_serve_without_policy_yaml_runs_the_embedded_policy(tmp_path: Path) -> None:
    root = checkout(tmp_path, None)
    code, log = run_serve(root, free_port())
    assert code == 550, log
    listening = next(json.loads(x) for x in log.splitlines() if '"listening"' in x)
    assert listening["policy"] == "<embedded policy.yaml>"


def _pins(lock: Path) -> dict[str, str]:
    pins = {}
    for line in lock.read_text().splitlines():
        if line and not line[0].isspace() and "==" in line and not line.startswith("#"):
            name, version = line.split(" ", 1)[0].split("==")
            pins[canonical(name)] = version
    return pins


def canonical(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")


def test_lock_files_pin_what_pyproject_pins() -> None:
    """scripts/setup installs only from the lock files: a dependency changed in pyproject.toml without
    running scripts/lock would silently not be installed (or be the old version)."""
    import tomllib

    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    run_pins, test_pins = _pins(REPO / "requirements" / "run.lock"), _pins(REPO / "requirements" / "test.lock")
    for requirement in project["dependencies"]:
        name, version = requirement.split("==")
        assert run_pins.get(canonical(name)) == version, f"{requirement}: run scripts/lock"
        assert test_pins.get(canonical(name)) == version, f"{requirement}: run scripts/lock"
    for requirement in project["optional-dependencies"]["test"]:
        name, version = requirement.split("==")
        assert test_pins.get(canonical(name)) == version, f"{requirement}: run scripts/lock"
    assert set(run_pins) <= set(test_pins)
    for lock in ("run.lock", "test.lock"):
        text = (REPO / "requirements" / lock).read_text()
        assert "--find-links" not in text and "--index-url" not in text, "no machine's own package sources"
        blocks = [b for b in re.split(r"\n(?=\S)", text) if "==" in b.split("\n", 1)[0] and not b.startswith("#")]
        unhashed = [b.split(" ", 1)[0] for b in blocks if "--hash=sha256:" not in b]
        assert blocks and not unhashed, f"{lock}: pinned without a hash: {unhashed}"
