"""A learned second opinion for ``sensitive``: TF-IDF of word 1-2-grams and character 4-grams
within words, and a logistic regression, trained by ``bench/train_sensitive_model.py`` on the
labelled corpora (never on a batch that is measured) and shipped as ``data/sensitive_model.json``.

Pure Python, no numerical library: the same :func:`features` serve training and inference, so
the two can never disagree. The rule asks the model only about a borderline mail (the
recognizers found a fact and a person, but scored below the threshold): the model never fires
on its own and its cost is paid on few mails.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from discretie.detect import fold_chars

DATA = "sensitive_model.json"
MAX_CHARS = 8_000  # characters of a mail the model reads (its cost is linear in them)
_WORD = re.compile(r"[^\W\d_]{2,}|\d{2,}")


def features(text: str) -> Counter[str]:
    """Counts of ``w:word``, ``b:word word`` and ``c:4gram`` (character 4-grams of each word of
    eight letters or more, padded: " oog", "ogka" ... catch compounds such as "oogkanker") in the
    folded text (lower case, no accents)."""
    words = _WORD.findall(fold_chars(text[:MAX_CHARS]))
    counts: Counter[str] = Counter()
    counts.update("w:" + w for w in words)
    counts.update(f"b:{a} {b}" for a, b in itertools.pairwise(words))
    for word in words:
        if len(word) >= 8:
            padded = f" {word} "
            counts.update("c:" + padded[i : i + 4] for i in range(len(padded) - 3))
    return counts


def vectorize(counts: Counter[str], idf: dict[str, float]) -> dict[str, float]:
    """Sublinear TF-IDF over the model's vocabulary, L2-normalised."""
    vector = {f: (1.0 + math.log(n)) * idf[f] for f, n in counts.items() if f in idf}
    norm = math.sqrt(sum(v * v for v in vector.values()))
    return {f: v / norm for f, v in vector.items()} if norm else {}


@dataclass(frozen=True, slots=True)
class Head:
    """One more logistic regression over the same features: a category of a sensitive mail."""

    weights: dict[str, float]
    intercept: float


@dataclass(frozen=True, slots=True)
class Model:
    """``idf`` and ``weights`` per feature, ``intercept``; ``trained_on``: the corpora it saw.
    ``heads``: per category, the probability that a sensitive mail tells a fact of that category
    (trained on the sensitive mails only; version 2 files)."""

    idf: dict[str, float]
    weights: dict[str, float]
    intercept: float
    trained_on: tuple[str, ...]
    heads: dict[str, Head] = field(default_factory=dict)

    def probability(self, text: str) -> float:
        return _sigmoid(self.intercept, self.weights, vectorize(features(text), self.idf))

    def categories(self, text: str) -> dict[str, float]:
        """The probability of each category head for ``text`` ({} for a model without heads)."""
        if not self.heads:
            return {}
        vector = vectorize(features(text), self.idf)
        return {name: _sigmoid(head.intercept, head.weights, vector) for name, head in self.heads.items()}

    def to_json(self) -> str:
        names = sorted(self.heads)
        rows = {
            f: [
                round(v, 4),
                round(self.weights.get(f, 0.0), 5),
                *(round(self.heads[h].weights.get(f, 0.0), 5) for h in names),
            ]
            for f, v in sorted(self.idf.items())
        }
        return json.dumps(
            {
                "version": 2,
                "trained_on": list(self.trained_on),
                "intercept": round(self.intercept, 6),
                "heads": {h: round(self.heads[h].intercept, 6) for h in names},
                "features": rows,
            },
            ensure_ascii=False,
            separators=(",", ":"),
        )


def _sigmoid(intercept: float, weights: dict[str, float], vector: dict[str, float]) -> float:
    z = intercept + sum(v * weights.get(f, 0.0) for f, v in vector.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def parse_model(text: str) -> Model:
    """A model file: version 1 (one regression) or 2 (with category heads, columns in name order)."""
    data = json.loads(text)
    if data.get("version") not in (1, 2):
        raise ValueError("sensitive model: unknown version")
    rows: dict[str, list[float]] = data["features"]
    names = sorted(data.get("heads", {})) if data["version"] == 2 else []
    heads = {
        name: Head(
            weights={f: float(r[2 + k]) for f, r in rows.items() if r[2 + k]},
            intercept=float(data["heads"][name]),
        )
        for k, name in enumerate(names)
    }
    return Model(
        idf={f: float(r[0]) for f, r in rows.items()},
        weights={f: float(r[1]) for f, r in rows.items() if r[1]},
        intercept=float(data["intercept"]),
        trained_on=tuple(data["trained_on"]),
        heads=heads,
    )


def load_model(path: str | None = None) -> Model:
    """The packaged model, or the one at ``path`` (a model built for a measurement)."""
    if path is not None:
        return parse_model(Path(path).read_text("utf-8"))
    return parse_model(resources.files("discretie.data").joinpath(DATA).read_text("utf-8"))
