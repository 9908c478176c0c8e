"""A real PostgreSQL server for the tests, started by the suite itself from Debian's `postgresql`
package (``scripts/setup --test`` installs it): initdb in a temporary folder, listening on a free
loopback port and a private Unix socket, password authentication (scram) for the one role the
gateway uses. Nothing of the machine's own clusters or services is touched.

PostgreSQL refuses to run as root: as root the server runs as the package's ``postgres`` user
(``runuser``), in a folder that user owns.
"""

from __future__ import annotations

import os
import pwd
import secrets
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from tests.helpers import free_port


def bin_dir() -> Path:
    """The newest installed server's programs (Debian keeps them out of PATH)."""
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), key=lambda p: int(p.parts[-3]))
    if not versions:
        raise RuntimeError("PostgreSQL is not installed: run scripts/setup --test (it installs Debian's postgresql)")
    return versions[-1].parent


@dataclass
class PostgresServer:
    """One throw-away cluster. ``url`` is what ``store.url`` takes; ``stop``/``start`` for fault tests."""

    root: Path
    port: int
    password: str
    role: str = "discretie"
    database: str = "discretie"
    _as_user: list[str] = field(default_factory=list)

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def url(self) -> str:
        return f"postgresql://{self.role}:{self.password}@127.0.0.1:{self.port}/{self.database}"

    def url_for(self, database: str) -> str:
        return f"postgresql://{self.role}:{self.password}@127.0.0.1:{self.port}/{database}"

    def _run(self, program: str, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        command = [*self._as_user, str(bin_dir() / program), *args]
        env = {**os.environ, "PGPASSWORD": self.password}  # createdb and psql read it
        return subprocess.run(command, capture_output=True, text=True, timeout=120, check=check, env=env)

    def init(self) -> PostgresServer:
        pwfile = self.root / "pwfile"
        pwfile.write_text(self.password + "\n")
        pwfile.chmod(0o600)
        if os.geteuid() == 0:
            owner = pwd.getpwnam("postgres")
            for path in (self.root, pwfile):
                os.chown(path, owner.pw_uid, owner.pw_gid)
            self._as_user = ["runuser", "-u", "postgres", "--"]
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            self.role,
            f"--pwfile={pwfile}",
            "--auth=scram-sha-256",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
            "--no-instructions",
        )
        pwfile.unlink()
        self.start()
        self._run("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", self.role, self.database)
        return self

    def start(self) -> None:
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c max_connections=200"
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"), "-w", "-o", options, "start")

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop", check=False)

    def restart(self) -> None:
        self.stop()
        self.start()

    def psql(self, sql: str, database: str | None = None) -> str:
        result = self._run(
            "psql",
            "-h",
            "127.0.0.1",
            "-p",
            str(self.port),
            "-U",
            self.role,
            "-d",
            database or self.database,
            "-At",
            "-v",
            "ON_ERROR_STOP=1",
            "-c",
            sql,
        )
        return result.stdout.strip()

    def log(self) -> str:
        path = self.root / "server.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def destroy(self) -> None:
        self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)


def start_postgres() -> PostgresServer:
    root = Path(tempfile.mkdtemp(prefix="discretie-pg-"))
    root.chmod(0o700)
    return PostgresServer(root=root, port=free_port(), password=secrets.token_urlsafe(18)).init()
