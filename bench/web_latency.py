"""Web console latency with a full store: p50/p95 of the main pages with 10,000 held messages.

Fills a temporary store with realistic small held messages (``Store.hold``, exactly as the gateway
writes them: encrypted, with incident and notifications; received over the last 30 days), signs
in, and times each page N times, in process (Starlette TestClient) and over real HTTP (uvicorn on
127.0.0.1 + httpx). Not a test: figures only. The target is < 100 ms per page.

    .venv/bin/python bench/web_latency.py [--messages 10000] [--rounds 50] [--store PATH]

With ``--store PATH`` an existing bench store is reused (filled on the first run).
"""

from __future__ import annotations

import argparse
import datetime
import re
import statistics
import sys
import tempfile
import threading
import time
import warnings
from collections.abc import Callable
from pathlib import Path

import httpx
import uvicorn

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # the demo data lives with the tests

from argon2 import PasswordHasher  # noqa: E402
from tests.web.demo import SettableClock, fill_bulk  # noqa: E402

from discretie.policy import load_policy  # noqa: E402
from discretie.store import Store  # noqa: E402
from discretie.web.app import create_app  # noqa: E402

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

NAME, PASSWORD = "bench", "Bench-wachtwoord-2025"
_CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def fill(path: Path | str, count: int, key: Path | None = None) -> None:
    policy = load_policy(None)
    now = time.time()
    clock = SettableClock(now)
    with Store.open(path, key, clock=clock) as store:
        have = store.counts()["held"]
        if have >= count:
            print(f"store {path}: {have} held messages already", file=sys.stderr)
            return
        started = time.perf_counter()

        def progress(i: int) -> None:
            print(f"  {i} / {count - have} held ...", file=sys.stderr, flush=True)

        fill_bulk(store, policy, clock, count=count - have, now=now, progress=progress)
        took = time.perf_counter() - started
        print(f"filled {count - have} held messages in {took:.0f} s ({1000 * took / (count - have):.1f} ms each)")
        if store.reviewer_hash(NAME) is None:
            store.add_reviewer(NAME, PasswordHasher().hash(PASSWORD), actor="bench")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def measure(label: str, get: Callable[[], httpx.Response], rounds: int) -> tuple[float, float]:
    get()  # warm up (template compile, page cache)
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        response = get()
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (label, response.status_code)
    p50, p95 = statistics.median(times), percentile(times, 0.95)
    flag = "ok" if p95 < 100 else "SLOW"
    print(f"  {label:<44} p50 {p50:6.1f} ms   p95 {p95:6.1f} ms   {flag}")
    return p50, p95


def pages(client: httpx.Client | TestClient, store: Store) -> dict[str, str]:
    newest = store.queue_page(limit=1).items[0].id
    middle = store.queue_page(offset=min(5000, store.counts()["held"] // 2), limit=1).items[0].id
    day = datetime.date.today()
    week = f"since={day - datetime.timedelta(days=10):%d-%m-%Y}&until={day - datetime.timedelta(days=4):%d-%m-%Y}"
    return {
        "queue, page 1 (50 rows)": "/queue",
        "queue, page 100 (offset 4950)": "/queue?page=100",
        "queue, all states, page 150": "/queue?state=all&page=150",
        "queue, state rejected (none)": "/queue?state=rejected",
        "queue, filter rule=attachment": "/queue?rule=attachment",
        "queue, filter rule, page 20": "/queue?rule=attachment&page=20",
        "queue, filter text (sender)": "/queue?q=sofie.maes",
        "queue, filter text (encrypted subject)": "/queue?q=Zorgoverleg+Noor",
        "queue, filter text (reference)": f"/queue?q={middle[2:8]}",
        "queue, rule + text + unseen": "/queue?rule=sensitive&q=lucas&unseen=1",
        "message page (newest)": f"/queue/{newest}",
        "message page (middle)": f"/queue/{middle}",
        "incidents, page 1 + counts + chart": "/incidents",
        "incidents, page 50": "/incidents?page=50",
        "incidents, filter rule + sender": "/incidents?rule=attachment&sender=jan",
        "incidents, one week": f"/incidents?{week}",
        "incidents, one week + rule + sender": f"/incidents?{week}&rule=attachment&sender=jan",
        "audit log, page 1": "/audit",
    }


def export(client: httpx.Client | TestClient) -> Callable[[], httpx.Response]:
    """The CSV export of one week of incidents (the whole response: it is built before it is sent)."""
    token = _CSRF.search(client.get("/incidents").text)
    assert token
    day = datetime.date.today()
    form = {
        "csrf": token.group(1),
        "since": f"{day - datetime.timedelta(days=10):%d-%m-%Y}",
        "until": f"{day - datetime.timedelta(days=4):%d-%m-%Y}",
    }
    return lambda: client.post("/incidents/export", data=form)


def run_client(label: str, client: httpx.Client | TestClient, store: Store, rounds: int) -> list[tuple[float, float]]:
    page = client.get("/login")
    token = _CSRF.search(page.text)
    assert token
    response = client.post("/login", data={"csrf": token.group(1), "name": NAME, "password": PASSWORD})
    assert response.status_code in (200, 303), response.status_code
    print(f"\n{label}")
    results = [measure(name, lambda p=path: client.get(p), rounds) for name, path in pages(client, store).items()]
    measure("(not in the target) CSV export of one week", export(client), max(rounds // 5, 3))
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=50)
    parser.add_argument("--store", help="reuse (or create) the bench store here: a file, or a postgresql:// URL")
    parser.add_argument("--key-file", type=Path, help="the store's key (needed with a PostgreSQL URL)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path: Path | str = args.store or Path(tmp) / "bench.db"
        if isinstance(path, str) and not path.startswith("postgresql://"):
            path = Path(path)
        fill(path, args.messages, args.key_file)
        policy = load_policy(None)
        store = Store.open(path, args.key_file)
        counts = store.counts()
        size = f"{path.stat().st_size // 1024} KB" if isinstance(path, Path) else str(store.path)
        print(f"store: {counts['held']} held, {counts['incidents']} incidents, {size}")
        app = create_app(policy, store)
        results = []
        with TestClient(app, base_url="http://127.0.0.1", follow_redirects=False) as client:
            results += run_client("in process (Starlette TestClient)", client, store, args.rounds)

        config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", access_log=False, lifespan="off")
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.02)
        port = server.servers[0].sockets[0].getsockname()[1]
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", follow_redirects=False) as client:
            results += run_client("over HTTP (uvicorn on 127.0.0.1, httpx)", client, store, args.rounds)
        server.should_exit = True
        thread.join(10)
        store.close()
        worst = max(p95 for _, p95 in results)
        print(f"\nworst p95: {worst:.1f} ms ({'under' if worst < 100 else 'OVER'} the 100 ms target)")
        return 0 if worst < 100 else 1


if __name__ == "__main__":
    raise SystemExit(main())
