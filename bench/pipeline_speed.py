"""Pipeline speed: parse + every rule, in CPU time, on typical and large mails.

Prints the average CPU time of a typical ~5 KB school mail (multipart/alternative, Dutch text,
signature with phone numbers), per rule, for the labelled corpus, and for a 10 MB text-heavy mail,
with the peak memory (tracemalloc) relative to the message size. Not a test: figures only.

    .venv/bin/python bench/pipeline_speed.py [--iterations 2000]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import tracemalloc
from email.message import EmailMessage
from pathlib import Path

from discretie import pipeline
from discretie.message import parse
from discretie.policy import load_policy
from discretie.rules import RULES

REPO = Path(__file__).resolve().parents[1]

PARAGRAPHS = [
    "Beste ouders,",
    "Volgende week vrijdag gaan de leerlingen van het derde jaar op uitstap naar het Gravensteen in Gent. "
    "We vertrekken om 8.15 uur aan de schoolpoort en zijn terug rond 16.30 uur. Vergeet geen lunchpakket.",
    "De kostprijs van 18 euro wordt via de schoolrekening aangerekend. Wie financiële ondersteuning wil, kan "
    "contact opnemen met het secretariaat; we behandelen elke vraag discreet.",
    "Tijdens de uitstap werken de leerlingen aan een opdracht voor geschiedenis over de middeleeuwen. "
    "Breng dus zeker een pen en de bundel mee. De begeleiders zijn mevrouw Claes en meneer Wouters.",
    "Op maandag 14 oktober is er oudercontact voor het derde jaar. U kunt vanaf vandaag inschrijven via "
    "Smartschool. Heeft u vragen, aarzel dan niet om ons te contacteren.",
]
SIGNATURE = (
    "Met vriendelijke groeten,\n\nAn Devos\nleerkracht geschiedenis en klastitularis 3B\n"
    "Sint-Pieterscollege Leuven | Naamsestraat 61, 3000 Leuven | tel. 016 22 33 44 | www.sintpieterscollege.be"
)


def typical_mail() -> bytes:
    msg = EmailMessage()
    msg["From"] = "An Devos <an.devos@sintpieterscollege.be>"
    msg["To"] = "ouders-3b@sintpieterscollege.be"
    msg["Cc"] = "Jan Peeters <jan.peeters@spc.ksleuven.be>"
    msg["Subject"] = "Uitstap derde jaar naar Gent"
    msg["Message-ID"] = "<bench-1@sintpieterscollege.be>"
    text = "\n\n".join([*PARAGRAPHS, *PARAGRAPHS[1:], SIGNATURE])
    msg.set_content(text)
    html = "".join(f"<p>{p}</p>" for p in [*PARAGRAPHS, *PARAGRAPHS[1:]]) + f"<p>{SIGNATURE}</p>"
    msg.add_alternative(f"<html><body style='font-family:Arial'>{html}</body></html>", subtype="html")
    return msg.as_bytes()


def big_text_mail(size: int) -> bytes:
    chunk = "\n\n".join(PARAGRAPHS) + "\n\n"
    body = chunk * (size // len(chunk) + 1)
    msg = EmailMessage()
    msg["From"] = "an.devos@sintpieterscollege.be"
    msg["To"] = "jan.peeters@spc.ksleuven.be"
    msg["Subject"] = "Groot verslag"
    msg.set_content(body[:size])
    return msg.as_bytes()


def cpu_per_message(raw: bytes, iterations: int, policy: object) -> float:
    started = time.process_time()
    for _ in range(iterations):
        message = parse(raw, "an.devos@sintpieterscollege.be", ["ouders-3b@sintpieterscollege.be"])
        pipeline.check(message, policy)  # type: ignore[arg-type]
    return (time.process_time() - started) / iterations


def per_rule(raw: bytes, iterations: int, policy: object) -> dict[str, float]:
    message = parse(raw, "an.devos@sintpieterscollege.be", ["ouders-3b@sintpieterscollege.be"])
    out = {}
    started = time.process_time()
    for _ in range(iterations):
        parse(raw, "an.devos@sintpieterscollege.be", ["ouders-3b@sintpieterscollege.be"])
    out["parse"] = (time.process_time() - started) / iterations
    for rule_id, rule in RULES.items():
        started = time.process_time()
        for _ in range(iterations):
            rule.check(message, policy)  # type: ignore[arg-type]
        out[rule_id] = (time.process_time() - started) / iterations
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iterations", type=int, default=2000)
    parser.add_argument("--big-mb", type=float, default=10.0)
    args = parser.parse_args()
    policy = load_policy(None)

    raw = typical_mail()
    cpu_per_message(raw, 50, policy)  # warm-up: imports, caches
    runs = [cpu_per_message(raw, args.iterations, policy) for _ in range(3)]
    print(
        f"typical mail: {len(raw)} bytes, CPU per message (parse + all rules), median of 3 runs "
        f"of {args.iterations}: {statistics.median(runs) * 1000:.3f} ms  (target < 2 ms)"
    )
    print("  share per step (ms):", ", ".join(f"{k} {v * 1000:.3f}" for k, v in per_rule(raw, 500, policy).items()))

    corpus = sorted((REPO / "tests" / "corpus").glob("*.eml"))
    if corpus:
        raws = [p.read_bytes() for p in corpus]
        started = time.process_time()
        for _ in range(5):
            for item in raws:
                message = parse(item)
                pipeline.check(message, policy)
        avg = (time.process_time() - started) / (5 * len(raws))
        sizes = sorted(len(r) for r in raws)
        print(
            f"labelled corpus: {len(raws)} mails (median {sizes[len(sizes) // 2]} bytes), "
            f"CPU per message {avg * 1000:.3f} ms"
        )

    big = big_text_mail(int(args.big_mb * 1024 * 1024))
    started_cpu, started_wall = time.process_time(), time.perf_counter()
    message = parse(big, "an.devos@sintpieterscollege.be", ["jan.peeters@spc.ksleuven.be"])
    verdict = pipeline.check(message, policy)
    cpu, wall = time.process_time() - started_cpu, time.perf_counter() - started_wall
    del message
    # Memory in a second run: tracemalloc slows allocation-heavy code several times over.
    tracemalloc.start()
    message = parse(big, "an.devos@sintpieterscollege.be", ["jan.peeters@spc.ksleuven.be"])
    pipeline.check(message, policy)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"{len(big) / 1024 / 1024:.1f} MB text mail: {cpu:.3f} s CPU, {wall:.3f} s wall (target < 1 s), "
        f"verdict {verdict.action.value}, peak Python memory {peak / len(big):.1f}x the message size"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
