"""Figures for the `personal_data` and `sensitive` rules (proposed for bench/detect_bench.py).

    .venv/bin/python bench/detect_bench.py

Prints: fire rates on the Dutch sentence corpora (one sentence a mail, and 5/20 sentences a
mail), CPU time per typical 5 KB mail and per corpus mail, and for a 10 MB text mail. Not a
test: timings depend on the machine.
"""

from __future__ import annotations

import glob
import time
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from discretie.message import parse
from discretie.model import Envelope, Message, TextPart
from discretie.policy import Policy
from discretie.rules import personal_data, sensitive

REPO = Path(__file__).resolve().parents[1]
DUTCH = REPO.parent / "shared" / "corpora" / "dutch"
POLICY = Policy()


def plain(text: str) -> Message:
    return Message(
        envelope=Envelope("an.devos@sintpieterscollege.be", ("ouder@telenet.be",)),
        headers=(),
        subject="",
        from_=(),
        to=(),
        cc=(),
        bcc=(),
        message_id="",
        text_parts=(TextPart(text, "text/plain"),),
        attachments=(),
        size=len(text),
    )


def build(body: str, subject: str = "Uitstap 3B") -> bytes:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = "An Devos <an.devos@sintpieterscollege.be>"
    msg["To"] = "marleen@telenet.be"
    msg["Subject"] = subject
    msg.set_content(body, cte="8bit" if len(body) > 100_000 else "quoted-printable")
    return bytes(msg)


def cpu_ms(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    start = time.process_time()
    for _ in range(repeat):
        fn()
    return (time.process_time() - start) / repeat * 1000


def main() -> None:
    sentences = [
        line.strip()
        for path in sorted(glob.glob(str(DUTCH / "*" / "sentences.txt")))
        for line in Path(path).read_text("utf-8").splitlines()
        if line.strip()
    ]
    print(f"Dutch sentences: {len(sentences)}")
    for rule in (personal_data, sensitive):
        fired = sum(1 for s in sentences if rule.check(plain(s), POLICY))
        print(f"  {rule.RULE.id:14} fires on {fired} sentences ({fired / len(sentences):.3%})")
    for size in (5, 20):
        chunks = ["\n".join(sentences[i : i + size]) for i in range(0, len(sentences), size)]
        fired = sum(1 for c in chunks if sensitive.check(plain(c), POLICY))
        print(f"  sensitive fires on {fired} of {len(chunks)} mails of {size} sentences")

    prose = " ".join(sentences[:60])
    body = (
        "Beste ouders,\n\n" + prose[:3800] + "\n\nMet vriendelijke groeten,\nAn Devos\nleerkracht 3B | tel 016 12 34 56"
        "\n\nOp ma 12 okt. 2026 schreef Marleen:\n> " + prose[3800:5000].replace(". ", ".\n> ") + "\n"
    )
    raw = build(body)
    msg = parse(raw)
    print(f"typical mail: {len(raw)} bytes")
    print(f"  parse          {cpu_ms(lambda: parse(raw), 2000):.3f} ms")
    print(f"  personal_data  {cpu_ms(lambda: personal_data.check(msg, POLICY), 2000):.3f} ms")
    print(f"  sensitive      {cpu_ms(lambda: sensitive.check(msg, POLICY), 2000):.3f} ms")

    text = "\n".join(sentences)
    big = ((text + "\n\n") * (10_000_000 // len(text) + 1))[:10_000_000]
    msg = parse(build(big))
    for rule in (personal_data, sensitive):
        start = time.process_time()
        rule.check(msg, POLICY)
        print(f"10 MB text mail: {rule.RULE.id:14} {time.process_time() - start:.3f} s")


if __name__ == "__main__":
    main()
