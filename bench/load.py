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

Everything runs on 127.0.0.1. Needs Debian's postfix tools (bench/setup-postfix-tools).

    .venv/bin/python bench/load.py [--messages 5000] [--sessions 20] [--rounds 3] [--workers 2]
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


async def probe(port: int, sessions: int, messages: int, size: int) -> list[float]:
    """Per-transaction latency (connect to QUIT) with ``sessions`` concurrent clients."""
    body = b"From: bench@sintpieterscollege.be\r\nTo: sink@spc.ksleuven.be\r\nSubject: probe\r\n\r\n"
    body += (b"x" * 76 + b"\r\n") * max(1, size // 78)
    latencies: list[float] = []
    queue: asyncio.Queue[int] = asyncio.Queue()
    for i in range(messages):
        queue.put_nowait(i)

    async def worker() -> None:
        while not queue.empty():
            queue.get_nowait()
            started = time.perf_counter()
            client = aiosmtplib.SMTP(hostname="127.0.0.1", port=port, local_hostname="probe.test", start_tls=False)
            await client.connect()
            await client.sendmail("bench@sintpieterscollege.be", ["sink@spc.ksleuven.be"], body)
            await client.quit()
            latencies.append(time.perf_counter() - started)

    await asyncio.gather(*(worker() for _ in range(sessions)))
    return latencies


def run_source(port: int, messages: int, sessions: int, size: int | None) -> float:
    args = [SMTP_SOURCE, "-s", str(sessions), "-m", str(messages), "-f", "bench@sintpieterscollege.be",
            "-t", "sink@spc.ksleuven.be", "-M", "source.test"]  # fmt: skip
    if size:
        args += ["-l", str(size)]
    started = time.perf_counter()
    subprocess.run([*args, f"127.0.0.1:{port}"], check=True, timeout=1800, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def measure(port: int, pid: int | None, args: argparse.Namespace, size: int | None) -> Result:
    pids = proc_tree(pid) if pid else []
    cpu_before = cpu_seconds(pids)
    elapsed = run_source(port, args.messages, args.sessions, size)
    pids = proc_tree(pid) if pid else []
    cpu = cpu_seconds(pids) - cpu_before
    rss = sum(status_kb(p, "VmHWM") for p in pids) / 1024
    lat = asyncio.run(probe(port, args.sessions, args.probe, size or 300))
    lat.sort()
    return Result(
        rate=args.messages / elapsed,
        cpu_per_msg=cpu / args.messages,
        rss_mb=rss,
        p50_ms=lat[len(lat) // 2] * 1000,
        p99_ms=lat[min(len(lat) - 1, int(len(lat) * 0.99))] * 1000,
    )


def gateway_args(tmp: Path, port: int, sink: int, workers: int) -> list[str]:
    policy = (REPO / "policy.yaml").read_text()
    path = tmp / f"policy-{port}.yaml"
    path.write_text(
        policy.replace("path: var/discretie.db", f"path: {tmp / f'store-{port}.db'}")
        + "\nlimits:\n  messages_per_minute_per_ip: 1000000\n  connections_per_ip: 10000\n"
    )
    return [PY, "-m", "discretie", "serve", "--policy", str(path), "--listen", f"127.0.0.1:{port}",
            "--upstream", f"smtp://127.0.0.1:{sink}", "--workers", str(workers), "--log-level", "warning"]  # fmt: skip


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
    args = parser.parse_args()
    if not (Path(SMTP_SOURCE).exists() and Path(SMTP_SINK).exists()):
        print("smtp-source/smtp-sink missing: run bench/setup-postfix-tools as root", file=sys.stderr)
        return 2

    tmp = Path(tempfile.mkdtemp(prefix="discretie-bench-"))
    sink = free_port()
    sink_args = [SMTP_SINK, "-u", "nobody", f"127.0.0.1:{sink}", "512"]
    results: dict[tuple[str, str], list[Result]] = {}
    with process(sink_args, sink):
        for size_name in args.sizes.split(","):
            size = None if size_name == "small" else int(size_name)
            label = "small" if size is None else f"{size // 1024} KB"
            for round_no in range(args.rounds):
                base = free_port()
                with process([PY, str(REPO / "bench" / "baseline_relay.py"), "--listen", f"127.0.0.1:{base}",
                              "--upstream", f"127.0.0.1:{sink}"], base) as proc:  # fmt: skip
                    scenarios = [("1 ceiling", sink, None), ("2 baseline", base, proc.pid)]
                    gw1, gwn = free_port(), free_port()
                    with (
                        process(gateway_args(tmp, gw1, sink, 1), gw1) as g1,
                        process(gateway_args(tmp, gwn, sink, args.workers), gwn) as gn,
                    ):
                        time.sleep(0.5)
                        scenarios += [("3 discretie", gw1, g1.pid), (f"4 discretie x{args.workers}", gwn, gn.pid)]
                        for name, port, pid in scenarios:
                            result = measure(port, pid, args, size)
                            results.setdefault((label, name), []).append(result)
                            print(f"  round {round_no + 1} {label:6} {name:16} {result.rate:8.0f} msg/s", flush=True)

        print()
        print("| size | scenario | msg/s (median) | p50 ms | p99 ms | CPU s/msg | peak RSS MB | vs baseline |")
        print("|---|---|---|---|---|---|---|---|")
        for label in dict.fromkeys(k[0] for k in results):
            baseline = statistics.median(r.rate for r in results[(label, "2 baseline")])
            for (lab, name), rs in results.items():
                if lab != label:
                    continue
                rate = statistics.median(r.rate for r in rs)
                ratio = f"{rate / baseline:.2f}x" if not name.startswith(("1", "2")) else ""
                print(
                    f"| {label} | {name} | {rate:.0f} | {statistics.median(r.p50_ms for r in rs):.1f} | "
                    f"{statistics.median(r.p99_ms for r in rs):.1f} | "
                    f"{statistics.median(r.cpu_per_msg for r in rs) * 1000:.2f} ms | "
                    f"{max(r.rss_mb for r in rs):.0f} | {ratio} |"
                )

        big = free_port()
        with process(gateway_args(tmp, big, sink, 1), big) as gw:
            time.sleep(0.3)
            before = status_kb(gw.pid, "VmRSS")
            big_message(big, 25 * 1024 * 1024)
            peak = status_kb(gw.pid, "VmHWM")
            growth = (peak - before) / 1024
            print(
                f"\n25 MB message through the gateway: peak RSS grew {growth:.0f} MB = {growth / 25:.1f}x "
                "the message size (target < 5x)"
            )
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
