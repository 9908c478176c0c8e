from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import Sink, ThreadGateway, make_policy


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
