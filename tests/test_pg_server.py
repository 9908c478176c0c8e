"""The suite's own PostgreSQL server (tests/pg.py): it starts from Debian's package on a free
loopback port, asks for the password, and survives a restart (the fault tests rely on it)."""

from __future__ import annotations

import subprocess

import pytest

from tests.pg import PostgresServer, bin_dir


def test_server_answers_and_requires_the_password(postgres: PostgresServer) -> None:
    assert postgres.psql("select 40 + 2") == "42"
    assert postgres.url.startswith(f"postgresql://discretie:{postgres.password}@127.0.0.1:{postgres.port}/")
    wrong = subprocess.run(
        [str(bin_dir() / "psql"), "-h", "127.0.0.1", "-p", str(postgres.port), "-U", "discretie", "-c", "select 1"],
        capture_output=True,
        text=True,
        env={"PGPASSWORD": "not-the-password", "PATH": "/usr/bin:/bin"},
        timeout=30,
    )
    assert wrong.returncode != 0 and "password authentication failed" in wrong.stderr


def test_server_restarts_with_its_data(postgres: PostgresServer) -> None:
    postgres.psql("create table if not exists survives (n int); insert into survives values (7)")
    postgres.restart()
    assert postgres.psql("select sum(n) from survives") == "7"
    postgres.psql("drop table survives")


def test_no_server_without_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    from pathlib import Path

    monkeypatch.setattr(Path, "glob", lambda self, pattern: iter(()))
    with pytest.raises(RuntimeError, match="scripts/setup --test"):
        bin_dir()
