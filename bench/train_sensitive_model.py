"""Build ``src/discretie/data/sensitive_model.json``: the learned second opinion of ``sensitive``.

    .venv/bin/python bench/train_sensitive_model.py                       # the packaged model
    .venv/bin/python bench/train_sensitive_model.py --exclude batch02 --out /tmp/m.json   # to measure batch02

Trains on the labelled corpora named in ``TRAIN_ON`` (``tests/corpus`` and the blind batches the
packaged model was built from, less ``--exclude``; a batch added to ``tests/blind`` for measurement
joins the list only after its first-contact figures are recorded): a mail is positive when its
labels list ``sensitive``. The text is what the rule reads (the subject and every text part, parsed
by ``discretie.message.parse``); the features are those of :mod:`discretie.rules.sensitive_model`
(word 1-2-grams, character 4-grams within words, sublinear TF-IDF, L2). A logistic regression with
balanced class weights and L2 penalty is fitted by stochastic gradient descent in a fixed order
(``random.Random(0)``): the same corpora give the same file. Pure Python, no numerical library;
about a minute.

Never train on a batch that is then measured: a new blind batch is scored with a model that did
not see it (``--exclude`` builds one for the existing batches).
"""

from __future__ import annotations

import argparse
import math
import random
import sys
from collections import Counter
from pathlib import Path

import yaml

from discretie.message import parse
from discretie.rules.sensitive_model import Head, Model, features, vectorize

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "discretie" / "data" / "sensitive_model.json"
MAX_FEATURES = 40_000
EPOCHS = 60
C = 10.0  # inverse regularisation strength, as scikit-learn's LogisticRegression(C=10)


# The corpora of the packaged model. batch03, general02 and conduct01 joined after their first-contact
# figures were recorded (docs/rules.md); the next new batch is measured with a model that never saw it.
TRAIN_ON = (
    "corpus",
    "blind/batch01",
    "blind/batch02",
    "blind/general01",
    "blind/batch03",
    "blind/general02",
    "blind/conduct01",
)


def corpora(exclude: set[str]) -> list[Path]:
    found = [REPO / "tests" / name for name in TRAIN_ON]
    return [p for p in found if p.name not in exclude and (p / "labels.yaml").is_file()]


CATEGORIES = ("family", "psychosocial", "medical", "care", "financial")
Doc = tuple[str, bool, frozenset[str]]


def documents(folders: list[Path]) -> list[Doc]:
    """(text, positive, categories) per labelled mail, the envelope from the labels as bench/quality.py does."""
    docs = []
    for folder in folders:
        labels = yaml.safe_load((folder / "labels.yaml").read_text("utf-8"))
        for name in sorted(labels):
            label = labels[name]
            raw = (folder / name).read_bytes()
            message = parse(raw, str(label.get("mail_from", "")), [str(r) for r in label.get("rcpt") or []])
            text = "\n".join([message.subject, *(p.text for p in message.text_parts)])
            categories = frozenset((label.get("categories") or {}).get("sensitive") or [])
            docs.append((text, "sensitive" in (label.get("rules") or []), categories))
    return docs


def fit(vectors: list[dict[str, float]], labels: list[float]) -> tuple[dict[str, float], float]:
    """Logistic regression with balanced class weights and L2, by SGD in a fixed order."""
    n = len(vectors)
    positives = sum(labels)
    class_weight = {1.0: n / (2 * max(positives, 1.0)), 0.0: n / (2 * max(n - positives, 1.0))}
    lam = 1.0 / (C * n)
    weights: dict[str, float] = {}
    intercept = 0.0
    order = list(range(n))
    rng = random.Random(0)
    for epoch in range(EPOCHS):
        rng.shuffle(order)
        rate = 1.0 / (1.0 + 0.2 * epoch)
        for i in order:
            vector, y = vectors[i], labels[i]
            z = intercept + sum(v * weights.get(f, 0.0) for f, v in vector.items())
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = (p - y) * class_weight[y]
            for f, v in vector.items():
                w = weights.get(f, 0.0)
                weights[f] = w - rate * (g * v + lam * w)
            intercept -= rate * g
    return weights, intercept


def train(docs: list[Doc], trained_on: tuple[str, ...]) -> Model:
    counts = [features(text) for text, _, _ in docs]
    df: Counter[str] = Counter()
    for c in counts:
        df.update(c.keys())
    keep = [f for f, n in df.items() if n >= (3 if f.startswith("c:") else 2)]
    keep.sort(key=lambda f: (-df[f], f))
    n = len(docs)
    idf = {f: math.log((1 + n) / (1 + df[f])) + 1.0 for f in keep[:MAX_FEATURES]}
    vectors = [vectorize(c, idf) for c in counts]
    weights, intercept = fit(vectors, [1.0 if positive else 0.0 for _, positive, _ in docs])
    # the category heads: among the sensitive mails, which tell a fact of each category
    sensitive = [(vectors[k], cats) for k, (_, positive, cats) in enumerate(docs) if positive and cats]
    heads = {}
    for name in CATEGORIES:
        head_weights, head_intercept = fit([v for v, _ in sensitive], [1.0 if name in c else 0.0 for _, c in sensitive])
        heads[name] = Head(weights=head_weights, intercept=head_intercept)
    return Model(idf=idf, weights=weights, intercept=intercept, trained_on=trained_on, heads=heads)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exclude", action="append", default=[], help="a corpus folder name to leave out")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    folders = corpora(set(args.exclude))
    docs = documents(folders)
    model = train(docs, tuple(str(f.relative_to(REPO)) for f in folders))
    args.out.write_text(model.to_json() + "\n", "utf-8")
    print(
        f"{args.out}: {len(model.idf)} features, trained on {len(docs)} mails from {', '.join(model.trained_on)}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
