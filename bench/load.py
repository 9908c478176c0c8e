"""Load benchmark: Discretie against a plain relay, with Postfix's smtp-source and smtp-sink.

Scenarios, run side by side and interleaved (each round runs every scenario once; median of the
rounds):

  1. ceiling     smtp-source -> smtp-sink directly
  2. baseline    smtp-source -> bench/baseline_relay.py (bare aiosmtpd -> aiosmtplib) -> smtp-sink
  3. discretie   smtp-source -> discretie serve (default policy, all rules) -> smtp-sink
  4. workers     smtp-source -> discretie serve --workers N -> smtp-sink

for small messages (smtp-source's default) and 100 KB messages (-l 102400). Prints messages/s,
p50/p99 latency (a separate probe client measuring whole SMTP transactions at the same
concurrency), CPU seconds per message and peak RSS of the relay processes, and the ratios of
(3) and (4) to (2). Then one 25 MB message through the gateway and its peak RSS growth.

With ``--postgres`` the gateways keep their store on one PostgreSQL server (a throw-away cluster
started as the test suite starts one, tests/pg.py) and (3) is one instance, (4) ``--instances N``
separate ``discretie serve`` processes on that one store, each on its own port (two smart hosts), each
with ``--instance-workers`` worker processes (default 1):
every sender stream is split evenly over them. ``--held 0.05`` makes that fraction of the messages
one the default policy holds (a pupil's medical details to a parent: a store transaction, an
incident, a DPO report and a sender notice delivered by the outbox to the sink); the rest is
smtp-source's plain message. Each target then gets two concurrent smtp-source streams (clean and
held, sessions and messages in proportion); the bare relay gets the same mix.

Everything runs on 127.0.0.1. Needs Debian's postfix tools (bench/setup-postfix-tools).

    .venv/bin/python bench/load.py [--messages 5000] [--sessions 20] [--rounds 3] [--workers 2]
    .venv/bin/python bench/load.py --postgres --instances 2 --held 0.05 --sizes small
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import aiosmtplib

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from tests.helpers import free_port, wait_port  # noqa: E402 - the repository is on sys.path only now

PY = sys.executable
SMTP_SOURCE, SMTP_SINK = "/usr/sbin/smtp-source", "/usr/sbin/smtp-sink"
SENDER, CLEAN_RCPT, HELD_RCPT = "an.devos@sintpieterscollege.be", "sink@spc.ksleuven.be", "ouder.janssens@gmail.com"
# Held by the default policy (sensitive: medical details of a pupil to a parent), as in tests/test_e2e.py.
HELD_MESSAGE = (
    "From: An Devos <an.devos@sintpieterscollege.be>\n"
    "To: ouder.janssens@gmail.com\n"
    "Subject: Lotte (3B)\n"
    "Content-Type: text/plain; charset=utf-8\n\n"
    "Beste mevrouw Janssens,\n\n"
    "Uw dochter Lotte uit klas 3B kreeg vandaag opnieuw een epilepsie-aanval tijdens de les LO. Het CLB stelt\n"
    "voor om haar medicatieschema en het zorgplan op de volgende klassenraad te bespreken.\n\n"
    "Met vriendelijke groeten,\nAn Devos\n"
)


def proc_tree(pid: int) -> list[int]:
    """pid and its descendants (workers)."""
    out, todo = [], [pid]
    while todo:
        current = todo.pop()
        out.append(current)
        with contextlib.suppress(OSError):
            for task in os.listdir(f"/proc/{current}/task"):
                with contextlib.suppress(OSError):
                    children = Path(f"/proc/{current}/task/{task}/children").read_text().split()
                    todo.extend(int(c) for c in children)
    return out


def cpu_seconds(pids: list[int]) -> float:
    total = 0
    tick = os.sysconf("SC_CLK_TCK")
    for pid in pids:
        with contextlib.suppress(OSError):
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / tick


def status_kb(pid: int, key: str) -> int:
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    return 0


@dataclass
class Result:
    rate: float
    cpu_per_msg: float
    rss_mb: float
    p50_ms: float = 0.0
    p99_ms: float = 0.0
    note: str = ""


@contextlib.contextmanager
def process(args: list[str], port: int, env: dict[str, str] | None = None) -> Iterator[subprocess.Popen[bytes]]:
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        wait_port(port)
        yield proc
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


async def probe(ports: list[int], sessions: int, messages: int, size: int) -> list[float]:
    """Per-transaction latency (connect to QUIT) with ``sessions`` concurrent clients (spread over
    ``ports``)."""
    body = b"From: bench@sintpieterscollege.be\r\nTo: sink@spc.ksleuven.be\r\nSubject: probe\r\n\r\n"
    body += (b"x" * 76 + b"\r\n") * max(1, size // 78)
    latencies: list[float] = []
    queue: asyncio.Queue[int] = asyncio.Queue()
    for i in range(messages):
        queue.put_nowait(i)

    async def worker(port: int) -> None:
        while not queue.empty():
            queue.get_nowait()
            started = time.perf_counter()
            client = aiosmtplib.SMTP(hostname="127.0.0.1", port=port, local_hostname="probe.test", start_tls=False)
            await client.connect()
            await client.sendmail("bench@sintpieterscollege.be", ["sink@spc.ksleuven.be"], body)
            await client.quit()
            latencies.append(time.perf_counter() - started)

    await asyncio.gather(*(worker(ports[i % len(ports)]) for i in range(sessions)))
    return latencies


def source_args(port: int, messages: int, sessions: int, size: int | None, held: Path | None) -> list[str]:
    args = [SMTP_SOURCE, "-s", str(sessions), "-m", str(messages), "-f", SENDER, "-M", "source.test"]
    if held is not None:
        args += ["-t", HELD_RCPT, "-F", str(held)]
    else:
        args += ["-t", CLEAN_RCPT] + (["-l", str(size)] if size else [])
    return [*args, f"127.0.0.1:{port}"]


def split(total: int, parts: int) -> list[int]:
    return [total // parts + (1 if i < total % parts else 0) for i in range(parts)]


def run_source(ports: list[int], args: argparse.Namespace, size: int | None, held: Path | None) -> tuple[float, str]:
    """All ``args.messages`` through ``ports`` (split evenly), ``args.held`` of them the held message,
    in concurrent smtp-source streams; the seconds until the last stream ended, and a note on how
    long the held streams took next to the clean ones."""
    streams = []
    for port, messages, sessions in zip(
        ports, split(args.messages, len(ports)), split(args.sessions, len(ports)), strict=True
    ):
        n_held = round(messages * args.held) if held is not None else 0
        s_held = min(max(1, round(sessions * args.held)), sessions - 1) if n_held else 0
        streams.append(source_args(port, messages - n_held, sessions - s_held, size, None))
        if n_held:
            streams.append(source_args(port, n_held, s_held, size, held))
    started = time.perf_counter()
    procs = [(a, subprocess.Popen(a, stdout=subprocess.DEVNULL)) for a in streams]
    took: dict[bool, float] = {}
    for a, proc in procs:
        if proc.wait(timeout=1800) != 0:
            raise RuntimeError(f"smtp-source failed: {' '.join(a)}")
        is_held = "-F" in a
        took[is_held] = max(took.get(is_held, 0.0), time.perf_counter() - started)
    elapsed = time.perf_counter() - started
    note = f"clean {took[False]:.1f} s, held {took[True]:.1f} s" if True in took else ""
    return elapsed, note


def measure(ports: list[int], pids: list[int], args: argparse.Namespace, size: int | None, held: Path | None) -> Result:
    tree = [p for pid in pids for p in proc_tree(pid)]
    cpu_before = cpu_seconds(tree)
    elapsed, note = run_source(ports, args, size, held)
    tree = [p for pid in pids for p in proc_tree(pid)]
    cpu = cpu_seconds(tree) - cpu_before
    rss = sum(status_kb(p, "VmHWM") for p in tree) / 1024
    lat = asyncio.run(probe(ports, args.sessions, args.probe, size or 300))
    lat.sort()
    return Result(
        rate=args.messages / elapsed,
        cpu_per_msg=cpu / args.messages,
        rss_mb=rss,
        p50_ms=lat[len(lat) // 2] * 1000,
        p99_ms=lat[min(len(lat) - 1, int(len(lat) * 0.99))] * 1000,
        note=note,
    )


def gateway_args(tmp: Path, port: int, sink: int, workers: int, store_url: str | None = None) -> list[str]:
    """``discretie serve`` on ``port``: its own SQLite store, or the PostgreSQL store ``store_url``
    (the key file in ``tmp``, the password from DISCRETIE_STORE_PASSWORD)."""
    policy = (REPO / "policy.yaml").read_text()
    if store_url:
        policy = policy.replace("  url: null ", f"  url: {store_url} ").replace(
            "  key_file: null ", f"  key_file: {tmp / 'store.key'} "
        )
    else:
        policy = policy.replace("path: var/discretie.db", f"path: {tmp / f'store-{port}.db'}")
    path = tmp / f"policy-{port}.yaml"
    path.write_text(policy + "\nlimits:\n  messages_per_minute_per_ip: 1000000\n  connections_per_ip: 10000\n")
    return [PY, "-m", "discretie", "serve", "--policy", str(path), "--listen", f"127.0.0.1:{port}",
            "--upstream", f"smtp://127.0.0.1:{sink}", "--workers", str(workers), "--log-level", "warning",
            "--instance", f"bench-{port}"]  # fmt: skip


def big_message(port: int, size: int) -> None:
    import smtplib

    line = b"y" * 998 + b"\r\n"
    body = b"From: an.devos@sintpieterscollege.be\r\nTo: sink@spc.ksleuven.be\r\nSubject: groot\r\n\r\n"
    body += line * (size // len(line))
    with smtplib.SMTP("127.0.0.1", port, local_hostname="big.test", timeout=600) as client:
        client.sendmail("an.devos@sintpieterscollege.be", ["sink@spc.ksleuven.be"], body)


def main() -> int:
    parser = argparse.ArgumentParser(description="Discretie load benchmark (see module docstring)")
    parser.add_argument("--messages", type=int, default=5000)
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", type=int, default=max(2, os.cpu_count() or 2))
    parser.add_argument("--probe", type=int, default=500, help="messages in each latency probe")
    parser.add_argument("--sizes", default="small,102400")
    parser.add_argument("--postgres", action="store_true", help="the gateways on one PostgreSQL store")
    parser.add_argument("--instances", type=int, default=2, help="with --postgres: gateway instances in (4)")
    parser.add_argument(
        "--instance-workers", type=int, default=1, help="with --postgres: worker processes of each instance"
    )
    parser.add_argument("--held", type=float, default=0.0, help="fraction of the messages that is held (0-0.5)")
    args = parser.parse_args()
    if not (Path(SMTP_SOURCE).exists() and Path(SMTP_SINK).exists()):
        print("smtp-source/smtp-sink missing: run bench/setup-postfix-tools as root", file=sys.stderr)
        return 2
    if not 0 <= args.held <= 0.5:
        parser.error("--held takes a fraction between 0 and 0.5")

    tmp = Path(tempfile.mkdtemp(prefix="discretie-bench-"))
    held = None
    if args.held:
        held = tmp / "held.eml"
        held.write_text(HELD_MESSAGE)
    env = dict(os.environ)
    store_url = None
    with contextlib.ExitStack() as stack:
        if args.postgres:
            from tests.pg import start_postgres

            server = start_postgres()
            stack.callback(server.destroy)
            env["DISCRETIE_STORE_PASSWORD"] = server.password
            store_url = f"postgresql://{server.role}@127.0.0.1:{server.port}/{server.database}"
        results = run_rounds(args, tmp, held, store_url, env)
        if args.postgres:  # the mix really was held: every held message is in the one store
            count = server.psql("SELECT count(*) FROM messages")
            print(f"\nheld messages in the PostgreSQL store after all rounds: {count}")
        if not args.postgres:
            big_message_growth(tmp, results.sink)
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


@dataclass
class Rounds:
    sink: int
    results: dict[tuple[str, str], list[Result]]


def run_rounds(
    args: argparse.Namespace, tmp: Path, held: Path | None, store_url: str | None, env: dict[str, str]
) -> Rounds:
    sink = free_port()
    sink_args = [SMTP_SINK, "-u", "nobody", f"127.0.0.1:{sink}", "512"]
    results: dict[tuple[str, str], list[Result]] = {}
    with process(sink_args, sink):
        for size_name in args.sizes.split(","):
            size = None if size_name == "small" else int(size_name)
            label = "small" if size is None else f"{size // 1024} KB"
            for round_no in range(args.rounds):
                base = free_port()
                with (
                    process(
                        [
                            PY,
                            str(REPO / "bench" / "baseline_relay.py"),
                            "--listen",
                            f"127.0.0.1:{base}",
                            "--upstream",
                            f"127.0.0.1:{sink}",
                        ],
                        base,
                    ) as proc,  # fmt: skip
                    contextlib.ExitStack() as gateways,
                ):
                    scenarios: list[tuple[str, list[int], list[int]]] = [
                        ("1 ceiling", [sink], []),
                        ("2 baseline", [base], [proc.pid]),
                    ]
                    if store_url:  # one instance, then N instances, all on the one PostgreSQL store
                        each = f" x{args.instance_workers}" if args.instance_workers > 1 else ""
                        counts = [
                            (f"3 discretie pg{each}", 1),
                            (f"4 discretie pg{each}, {args.instances} instances", args.instances),
                        ]
                        for name, n in counts:
                            ports = [free_port() for _ in range(n)]
                            pids = [
                                gateways.enter_context(
                                    process(gateway_args(tmp, p, sink, args.instance_workers, store_url), p, env)
                                ).pid
                                for p in ports
                            ]
                            scenarios.append((name, ports, pids))
                    else:
                        gw1, gwn = free_port(), free_port()
                        g1 = gateways.enter_context(process(gateway_args(tmp, gw1, sink, 1), gw1))
                        gn = gateways.enter_context(process(gateway_args(tmp, gwn, sink, args.workers), gwn))
                        scenarios += [
                            ("3 discretie", [gw1], [g1.pid]),
                            (f"4 discretie x{args.workers}", [gwn], [gn.pid]),
                        ]
                    time.sleep(0.5)
                    for name, ports, pids in scenarios:
                        result = measure(ports, pids, args, size, held)
                        results.setdefault((label, name), []).append(result)
                        note = f"  ({result.note})" if result.note else ""
                        print(f"  round {round_no + 1} {label:6} {name:28} {result.rate:8.0f} msg/s{note}", flush=True)

        mix = f", {args.held:.0%} held" if args.held else ""
        print(f"\n{args.messages} messages per scenario{mix}, {args.sessions} sessions, median of {args.rounds} rounds")
        print(
            "| size | scenario | msg/s (median) | p50 ms | p99 ms | CPU s/msg | peak RSS MB | vs baseline (per round) |"
        )
        print("|---|---|---|---|---|---|---|---|")
        for label in dict.fromkeys(k[0] for k in results):
            baselines = [r.rate for r in results[(label, "2 baseline")]]
            baseline = statistics.median(baselines)
            for (lab, name), rs in results.items():
                if lab != label:
                    continue
                rate = statistics.median(r.rate for r in rs)
                ratio = ""
                if not name.startswith(("1", "2")):  # each round against the baseline of the same round
                    rounds = ", ".join(f"{r.rate / b:.2f}" for r, b in zip(rs, baselines, strict=True))
                    ratio = f"{rate / baseline:.2f}x ({rounds})"
                print(
                    f"| {label} | {name} | {rate:.0f} | {statistics.median(r.p50_ms for r in rs):.1f} | "
                    f"{statistics.median(r.p99_ms for r in rs):.1f} | "
                    f"{statistics.median(r.cpu_per_msg for r in rs) * 1000:.2f} ms | "
                    f"{max((r.rss_mb for r in rs), default=0):.0f} | {ratio} |"
                )
        return Rounds(sink, results)


def big_message_growth(tmp: Path, sink: int) -> None:
    sink_args = [SMTP_SINK, "-u", "nobody", f"127.0.0.1:{sink}", "512"]
    big = free_port()
    with process(sink_args, sink), process(gateway_args(tmp, big, sink, 1), big) as gw:
        time.sleep(0.3)
        big_message(big, 1024)  # the first mail loads the learned models: measured apart from the big one
        before = status_kb(gw.pid, "VmRSS")
        big_message(big, 25 * 1024 * 1024)
        peak = status_kb(gw.pid, "VmHWM")
        growth = (peak - before) / 1024
        print(
            f"\n25 MB message through the gateway: peak RSS grew {growth:.0f} MB = {growth / 25:.1f}x "
            "the message size (target < 5x)"
        )


if __name__ == "__main__":
    sys.exit(main())
