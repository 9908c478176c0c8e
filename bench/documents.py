"""Document extraction benchmark (issue 12): what reading attachments costs.

1. Every file of ../shared/corpora/documents read as the worker reads it (``extract`` in process,
   default budgets): per kind (``index.tsv``'s type) the count, median, p99 and max time, the
   statuses, and the text-to-bytes ratio (characters of text per byte of file).
2. Peak RSS of a worker reading a 25 MB PDF (2,000 pages of text, built here), against the RSS it
   has after its imports, in a fresh process each time.
3. The mix (``--mix``): ``discretie serve`` and ``bench/baseline_relay.py`` (bare aiosmtpd ->
   aiosmtplib) each fed by the same aiosmtplib clients with 80% plain mail, 15% with a 100-300 KB
   PDF or DOCX, 5% with a 2 MB PDF; messages/s of both and the ratio.

    .venv/bin/python bench/documents.py [--mix] [--messages 600] [--sessions 10] [--workers 1]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests import documents as make  # noqa: E402

from discretie.documents.extract import Budget, extract  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpora" / "documents"
MIB = 1024 * 1024


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def corpus_costs() -> None:
    rows = [line.split("\t") for line in (CORPUS / "index.tsv").read_text("utf-8").splitlines()[1:]]
    by_kind: dict[str, list[tuple[float, int, int, str]]] = {}
    for row in rows:
        path = CORPUS / row[0]
        data = path.read_bytes()
        started = time.perf_counter()
        docs = extract(data, path.name, Budget(max_unpacked=200 * MIB, max_chars=3_000_000))
        elapsed = time.perf_counter() - started
        chars = sum(len(doc.text) for doc in docs)
        by_kind.setdefault(row[1], []).append((elapsed, len(data), chars, docs[0].status))
    print(f"{'kind':6} {'files':>5} {'median ms':>9} {'p99 ms':>8} {'max ms':>8} {'chars/byte':>10}  statuses")
    total = [t for items in by_kind.values() for t, *_ in items]
    for kind, items in sorted(by_kind.items(), key=lambda kv: -len(kv[1])):
        times = [t * 1000 for t, *_ in items]
        ratio = sum(c for _, _, c, _ in items) / max(1, sum(b for _, b, _, _ in items))
        statuses: dict[str, int] = {}
        for *_, status in items:
            statuses[status] = statuses.get(status, 0) + 1
        shown = ", ".join(f"{k} {v}" for k, v in sorted(statuses.items()))
        print(
            f"{kind:6} {len(items):5} {statistics.median(times):9.1f} {percentile(times, 0.99):8.1f} "
            f"{max(times):8.1f} {ratio:10.3f}  {shown}"
        )
    all_ms = [t * 1000 for t in total]
    print(
        f"{'all':6} {len(all_ms):5} {statistics.median(all_ms):9.1f} {percentile(all_ms, 0.99):8.1f} {max(all_ms):8.1f}"
    )


_RSS_PROBE = """
import sys, time
from discretie.documents.extract import Budget, extract

def status(key):
    for line in open("/proc/self/status"):
        if line.startswith(key):
            return int(line.split()[1]) * 1024

data = open(sys.argv[1], "rb").read()
before = status("VmRSS:")
started = time.perf_counter()
docs = extract(data, "groot.pdf", Budget(max_unpacked=200 * 2**20, max_chars=int(sys.argv[2])))
elapsed = time.perf_counter() - started
print(before, status("VmHWM:"), elapsed, docs[0].status, len(docs[0].text))
"""


def big_pdf_rss(size: int = 25 * MIB) -> None:
    """A worker reading a 25 MB PDF: one of photos with a few pages of text (what schools send), and
    one of 1,700 pages of dense text (the worst case for text extraction), with the default text
    budget and without one."""
    lines = [f"Regel {n}: verslag van de klassenraad, leerling {n % 30} uit 3B, opvolging." for n in range(200)]
    photos = make.pdf([lines[:40]] * 12, image=random.Random(1).randbytes(size))
    page_bytes = len(make.pdf([lines]))
    text = make.pdf([lines] * max(1, size // max(1, page_bytes - 400)))
    for label, data, max_chars in (
        ("photos", photos, 3_000_000),
        ("dense text, default max_chars", text, 3_000_000),
        ("dense text, no text budget", text, 100_000_000),
    ):
        with tempfile.NamedTemporaryFile(suffix=".pdf") as handle:
            handle.write(data)
            handle.flush()
            args = [sys.executable, "-c", _RSS_PROBE, handle.name, str(max_chars)]
            out = subprocess.run(args, capture_output=True, text=True, check=True, cwd=REPO).stdout.split()
        before, peak = int(out[0]), int(out[1])
        print(
            f"25 MB PDF, {label}: {len(data) / MIB:.1f} MB read in {float(out[2]):.1f} s ({out[3]}, "
            f"{int(out[4]):,} chars); worker RSS {before / MIB:.0f} MB with the file loaded, peak "
            f"{peak / MIB:.0f} MB: growth {(peak - before) / MIB:.0f} MB = {(peak - before) / len(data):.2f}x the file"
        )


# --- the mix ----------------------------------------------------------------------------------------


def mix_messages(count: int, seed: int = 12) -> list[bytes]:
    """80% plain, 15% with a 100-300 KB PDF or DOCX, 5% with a 2 MB PDF. The PDFs carry a picture
    (random bytes, as incompressible as a photo) and a few pages of text: about 0.06 characters of
    text per byte, the corpus PDFs' median ratio; the DOCX is 8 pages of text and a picture."""
    rng = random.Random(seed)
    text = "Beste ouders, morgen vertrekken we om 8.30 uur aan de schoolpoort voor de uitstap.\n"
    page = [f"Regel {n}: praktische informatie over de uitstap naar het museum, om 8.30 uur." for n in range(50)]
    medium_pdfs = [make.pdf([page] * 3, image=rng.randbytes(size)) for size in (90_000, 180_000, 280_000)]
    medium_docx = make.docx([line for line in page * 8])
    medium_docx = _with_picture(medium_docx, rng.randbytes(150_000))
    big_pdf = make.pdf([page] * 30, image=rng.randbytes(2_000_000))
    out = []
    for number in range(count):
        roll = rng.random()
        if roll < 0.80:
            attachments: list[tuple[str, bytes]] = []
        elif roll < 0.95:
            attachments = (
                [("info.pdf", rng.choice(medium_pdfs))] if rng.random() < 0.5 else [("info.docx", medium_docx)]
            )
        else:
            attachments = [("brochure.pdf", big_pdf)]
        out.append(make.mail(attachments, subject=f"Uitstap {number}", body=text))
    return out


def _with_picture(docx: bytes, picture: bytes) -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx)) as source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info, source.read(info))
        target.writestr("word/media/image1.jpeg", picture)
    return buffer.getvalue()


async def send_all(port: int, messages: list[bytes], sessions: int) -> float:
    import aiosmtplib

    queue: asyncio.Queue[bytes] = asyncio.Queue()
    for message in messages:
        queue.put_nowait(message)

    async def client() -> None:
        smtp = aiosmtplib.SMTP(
            hostname="127.0.0.1", port=port, local_hostname="bench.test", timeout=120, start_tls=False
        )
        await smtp.connect()
        while not queue.empty():
            raw = queue.get_nowait()
            await smtp.sendmail("an.peeters@sintpieterscollege.be", ["ouder@gmail.com"], raw)
        await smtp.quit()

    started = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(sessions)))
    return len(messages) / (time.perf_counter() - started)


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_port(port: int) -> None:
    import socket

    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise TimeoutError(port)


def mix(args: argparse.Namespace) -> None:
    messages = mix_messages(args.messages)
    sizes = [len(m) for m in messages]
    print(f"mix: {len(messages)} messages, {sum(sizes) / MIB:.0f} MB, {args.sessions} sessions")
    with tempfile.TemporaryDirectory() as tmp:
        sink_port = free_port()
        sink = subprocess.Popen(
            [sys.executable, "-c", _SINK, str(sink_port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        wait_port(sink_port)
        results: dict[str, float] = {}
        try:
            for name in ("baseline", "discretie"):
                port = free_port()
                if name == "baseline":
                    cmd = [sys.executable, str(REPO / "bench" / "baseline_relay.py")]
                    cmd += ["--listen", f"127.0.0.1:{port}", "--upstream", f"127.0.0.1:{sink_port}"]
                else:
                    policy = (REPO / "policy.yaml").read_text("utf-8")
                    policy = policy.replace("listen: 127.0.0.1:2525", f"listen: 127.0.0.1:{port}")
                    policy = policy.replace("upstream: maildir:var/outbox", f"upstream: smtp://127.0.0.1:{sink_port}")
                    policy = policy.replace("path: var/discretie.db", f"path: {tmp}/store.db")
                    policy += "limits:\n  messages_per_minute_per_ip: 1000000\n"
                    if args.no_documents:
                        policy = policy.replace("  enabled: true\n  workers: 2", "  enabled: false\n  workers: 2", 1)
                    path = Path(tmp) / "policy.yaml"
                    path.write_text(policy, "utf-8")
                    cmd = [sys.executable, "-m", "discretie", "serve", "--policy", str(path)]
                    if args.workers > 1:
                        cmd += ["--workers", str(args.workers)]
                proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=REPO)
                try:
                    wait_port(port)
                    asyncio.run(send_all(port, messages[:40], args.sessions))  # warm-up: workers started
                    results[name] = asyncio.run(send_all(port, messages, args.sessions))
                finally:
                    proc.terminate()
                    proc.wait(30)
        finally:
            sink.terminate()
            sink.wait(10)
    for name, rate in results.items():
        print(f"{name:10} {rate:8.1f} messages/s")
    print(f"ratio discretie/baseline: {results['discretie'] / results['baseline']:.2f}")


_SINK = """
import asyncio, sys
from aiosmtpd.controller import Controller
class H:
    async def handle_DATA(self, server, session, envelope):
        return "250 2.0.0 Ok"
c = Controller(H(), hostname="127.0.0.1", port=int(sys.argv[1]), data_size_limit=None)
c.start()
import time
while True:
    time.sleep(3600)
"""


def main() -> int:
    parser = argparse.ArgumentParser(description="document extraction benchmark (see module docstring)")
    parser.add_argument("--mix", action="store_true", help="also run the load mix against the relay")
    parser.add_argument("--messages", type=int, default=600)
    parser.add_argument("--sessions", type=int, default=10)
    parser.add_argument("--workers", type=int, default=1, help="discretie serve --workers for the mix")
    parser.add_argument("--no-documents", action="store_true", help="the mix with documents.enabled: false")
    parser.add_argument("--skip-corpus", action="store_true", help="only the mix")
    args = parser.parse_args()
    print(json.dumps({"python": sys.version.split()[0], "cpus": os.cpu_count()}))
    if not args.skip_corpus:
        corpus_costs()
        big_pdf_rss()
    if args.mix:
        mix(args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
