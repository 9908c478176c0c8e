"""Build ``src/discretie/data/credential_model.json``: the learned second opinion of ``password``.

    .venv/bin/python bench/train_credential_model.py                      # the packaged model
    .venv/bin/python bench/train_credential_model.py --exclude batch14 --out /tmp/c.json   # to measure batch14
    .venv/bin/python bench/train_credential_model.py --cross              # leave one corpus out, print figures

Trains on the labelled corpora of ``bench/train_sensitive_model.py``'s ``TRAIN_ON`` (less ``--exclude``). The
instances are the candidates of :func:`discretie.rules.credential_model.candidates` (secret-shaped tokens) with
the features of :func:`~discretie.rules.credential_model.window_features`. Which candidate of a credential mail
is the secret, the labels do not say; so:

- every candidate of a mail not labelled ``password`` is a negative;
- in a mail labelled ``password``, the candidates that the rule's own reading (``password.find``) takes for the
  value are positives, and the rest are left out (a phone number in the signature is no secret);
- in a mail labelled ``password`` where the reading finds nothing, every candidate is a positive: the model must
  learn the forms the reading misses, and most candidates of such short mails are the secret (re-labelling only
  each mail's best candidates and training again found as many on the held-out corpora for twice the false
  alarms: docs/rules.md).

A logistic regression (:func:`discretie.rules.textmodel.fit`, balanced classes, L2) over sublinear TF-IDF:
deterministic, pure Python, about 20 seconds; ``--cross`` trains once per corpus (a few minutes) and prints, per
held-out corpus, what the model alone finds and what it adds to the reading: the honest estimate of what a new
author's mail will show, since a corpus is never scored by a model that saw it.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

from discretie.detect import fold_chars
from discretie.message import parse
from discretie.rules import password
from discretie.rules.credential_model import MAX_CHARS, candidates, window_features
from discretie.rules.textmodel import Model, fit, vectorize, vocabulary

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
from train_sensitive_model import TRAIN_ON  # noqa: E402  (one list of the corpora the models may see)

OUT = REPO / "src" / "discretie" / "data" / "credential_model.json"
MAX_FEATURES = 20_000
THRESHOLDS = (0.5, 0.7, 0.8, 0.9)


@dataclass(frozen=True, slots=True)
class Mail:
    corpus: str
    name: str
    positive: bool
    found: bool  # the rule's reading found a credential
    windows: tuple[tuple[Counter[str], bool], ...]  # (features, the reading took this candidate for the value)


def mails(folders: list[Path]) -> list[Mail]:
    reading = password.Config(model=False)
    out = []
    for folder in folders:
        labels = yaml.safe_load((folder / "labels.yaml").read_text("utf-8"))
        for name in sorted(labels):
            label = labels[name]
            message = parse(
                (folder / name).read_bytes(), str(label.get("mail_from", "")), [str(r) for r in label.get("rcpt") or []]
            )
            hits = password.find(message, reading)
            taken = {(id_text, hit.value_start) for id_text, hit in ((t[:64], h) for t, h in hits)}
            subject = fold_chars(message.subject)
            windows = []
            for text in (message.subject, *(part.text for part in message.text_parts)):
                head = text[:MAX_CHARS]
                folded = fold_chars(head)
                for candidate in candidates(head, password._judged):
                    features = window_features(head, folded, candidate, subject)
                    windows.append((features, (text[:64], candidate.start) in taken))
            out.append(Mail(folder.name, name, "password" in (label.get("rules") or []), bool(hits), tuple(windows)))
    return out


def train(data: list[Mail], trained_on: tuple[str, ...]) -> Model:
    counts: list[Counter[str]] = []
    labels: list[float] = []
    for mail in data:
        if not mail.positive:
            for features, _ in mail.windows:
                counts.append(features)
                labels.append(0.0)
            continue
        found = any(taken for _, taken in mail.windows)
        for features, taken in mail.windows:
            if taken or not found:
                counts.append(features)
                labels.append(1.0)
    idf = vocabulary(counts, MAX_FEATURES)
    weights, intercept = fit([vectorize(c, idf) for c in counts], labels)
    return Model(idf=idf, weights=weights, intercept=intercept, trained_on=trained_on)


def mail_score(model: Model, mail: Mail) -> float:
    return max((model.probability_of(vectorize(f, model.idf)) for f, _ in mail.windows), default=0.0)


def cross(data: list[Mail]) -> None:
    corpora = sorted({m.corpus for m in data})
    scored: list[tuple[Mail, float]] = []
    for held in corpora:
        model = train([m for m in data if m.corpus != held], ())
        scored += [(m, mail_score(model, m)) for m in data if m.corpus == held]
    positives = sum(m.positive for m, _ in scored)
    missed = [(m, s) for m, s in scored if m.positive and not m.found]
    print(
        f"{len(scored)} mails in {len(corpora)} corpora, {positives} credential mails; the reading misses {len(missed)}"
    )
    for t in THRESHOLDS:
        tp = sum(1 for m, s in scored if m.positive and s >= t)
        fp = sum(1 for m, s in scored if not m.positive and s >= t)
        added = sum(1 for m, s in scored if not m.positive and not m.found and s >= t)
        caught = sum(1 for _, s in missed if s >= t)
        print(
            f"threshold {t:.2f}: model alone P {tp / max(tp + fp, 1):.3f} R {tp / max(positives, 1):.3f};"
            f" of the reading's misses caught {caught}/{len(missed)}; false alarms added {added}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exclude", action="append", default=[], help="a corpus folder name to leave out")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--cross", action="store_true", help="leave one corpus out at a time and print figures")
    args = parser.parse_args(argv)
    folders = [REPO / "tests" / name for name in TRAIN_ON]
    folders = [f for f in folders if f.name not in set(args.exclude) and (f / "labels.yaml").is_file()]
    data = mails(folders)
    if args.cross:
        cross(data)
        return 0
    model = train(data, tuple(str(f.relative_to(REPO)) for f in folders))
    args.out.write_text(model.to_json() + "\n", "utf-8")
    print(f"{args.out}: {len(model.idf)} features, trained on {len(data)} mails", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
