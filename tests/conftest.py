from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import Sink, ThreadGateway, make_policy
from tests.pg import PostgresServer, start_postgres


@pytest.fixture
def sink() -> Iterator[Sink]:
    s = Sink().start()
    yield s
    s.stop()


@pytest.fixture
def gateway(tmp_path: Path, sink: Sink) -> Iterator[ThreadGateway]:
    """The gateway with the default policy, delivering to ``sink``."""
    policy, path = make_policy(tmp_path, sink.url)
    gw = ThreadGateway(policy, path).start()
    yield gw
    gw.stop()


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """A real PostgreSQL server for the whole session (see tests/pg.py); tests that need a clean
    database make their own with ``postgres.psql("CREATE DATABASE ...")``."""
    server = start_postgres()
    yield server
    server.destroy()
