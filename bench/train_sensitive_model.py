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
import sys
from pathlib import Path

import yaml

from discretie.message import parse
from discretie.rules.textmodel import Head, Model, features, fit, vectorize, vocabulary

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "discretie" / "data" / "sensitive_model.json"
MAX_FEATURES = 40_000


# The corpora of the packaged model. batch03, general02 and conduct01 joined after their first-contact
# figures were recorded (docs/rules.md), then batch04, conduct02, batch05, conduct03 and batch06-17; the next new
# batch is measured with a model that never saw it.
TRAIN_ON = (
    "corpus",
    "blind/batch01",
    "blind/batch02",
    "blind/general01",
    "blind/batch03",
    "blind/general02",
    "blind/conduct01",
    "blind/batch04",
    "blind/conduct02",
    "blind/batch05",
    "blind/conduct03",
    "blind/batch06",
    "blind/batch07",
    "blind/batch08",
    "blind/batch09",
    "blind/batch10",
    "blind/batch11",
    "blind/batch12",
    "blind/batch13",
    "blind/batch14",
    "blind/batch15",
    "blind/batch16",
    "blind/batch17",
    "blind/batch18",
    "blind/batch19",
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


def train(docs: list[Doc], trained_on: tuple[str, ...]) -> Model:
    counts = [features(text) for text, _, _ in docs]
    idf = vocabulary(counts, MAX_FEATURES)
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
