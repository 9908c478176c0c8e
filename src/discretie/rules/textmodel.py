"""A small learned text classifier, shared by the rules that ask one for a second opinion (``sensitive``,
``conduct``): TF-IDF of word 1-2-grams and character 4-grams within words, and a logistic regression, trained
by a deterministic script in ``bench/`` on labelled corpora and shipped as a JSON file in ``discretie.data``.

Pure Python, no numerical library: the same :func:`features` serve training (:func:`train`) and inference
(:meth:`Model.probability`), so the two can never disagree.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
import random
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from discretie.detect import fold_chars

MAX_CHARS = 8_000  # characters of a mail the model reads (its cost is linear in them)
KNOWN_WORDS = 50_000  # long words whose character 4-grams a model keeps at hand
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
    """One more logistic regression over the same features (in ``sensitive``: a category of a sensitive mail)."""

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

    _vocabulary: _Vocabulary | None = field(default=None, init=False, repr=False, compare=False)

    def vector(self, text: str) -> dict[str, float]:
        """``vectorize(features(text), idf)``, computed without building the features the model does not
        know: words, word pairs and long words are counted first (at C speed), and only those of the
        vocabulary become feature names. The same vector, a fraction of the cost."""
        vocabulary = self._vocabulary
        if vocabulary is None:
            vocabulary = _Vocabulary.of(self.idf)
            object.__setattr__(self, "_vocabulary", vocabulary)
        return vectorize(vocabulary.features(text), self.idf)

    def probability(self, text: str) -> float:
        return self.probability_of(self.vector(text))

    def probability_of(self, vector: dict[str, float]) -> float:
        """The probability for a vector of :meth:`vector` (one vector serves both questions)."""
        return _sigmoid(self.intercept, self.weights, vector)

    def categories(self, text: str) -> dict[str, float]:
        """The probability of each category head for ``text`` ({} for a model without heads)."""
        return self.categories_of(self.vector(text)) if self.heads else {}

    def categories_of(self, vector: dict[str, float]) -> dict[str, float]:
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


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    """The model's features by kind: words, word pairs (as tuples) and character 4-grams."""

    words: frozenset[str]
    pairs: frozenset[tuple[str, str]]
    grams: frozenset[str]
    known: dict[str, tuple[str, ...]] = field(default_factory=dict)  # a long word -> its grams in the vocabulary

    @classmethod
    def of(cls, idf: dict[str, float]) -> _Vocabulary:
        return cls(
            words=frozenset(f[2:] for f in idf if f.startswith("w:")),
            pairs=frozenset(tuple(f[2:].split(" ", 1)) for f in idf if f.startswith("b:") and " " in f),  # type: ignore[misc]
            grams=frozenset(f[2:] for f in idf if f.startswith("c:")),
        )

    def features(self, text: str) -> Counter[str]:
        """:func:`features` restricted to this vocabulary."""
        words = _WORD.findall(fold_chars(text[:MAX_CHARS]))
        counts: Counter[str] = Counter()
        for word, n in Counter(words).items():
            if word in self.words:
                counts["w:" + word] = n
            if len(word) >= 8:
                grams = self.known.get(word)
                if grams is None:
                    padded = f" {word} "
                    grams = tuple("c:" + g for i in range(len(padded) - 3) if (g := padded[i : i + 4]) in self.grams)
                    if len(self.known) >= KNOWN_WORDS:
                        self.known.clear()  # bounded: hostile mail cannot grow it
                    self.known[word] = grams
                for gram in grams:
                    counts[gram] += n
        for (a, b), n in Counter(itertools.pairwise(words)).items():
            if (a, b) in self.pairs:
                counts[f"b:{a} {b}"] = n
        return counts


def _sigmoid(intercept: float, weights: dict[str, float], vector: dict[str, float]) -> float:
    z = intercept + sum(v * weights.get(f, 0.0) for f, v in vector.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def parse_model(text: str) -> Model:
    """A model file: version 1 (one regression) or 2 (with category heads, columns in name order)."""
    data = json.loads(text)
    if data.get("version") not in (1, 2):
        raise ValueError("text model: unknown version")
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


def load_model(name: str, path: str | None = None) -> Model:
    """The packaged model ``name`` (a file of ``discretie.data``), or the one at ``path`` (a model built for
    a measurement). The file is read each time; the same text gives the same (immutable) model object,
    so a policy reload or a second policy does not parse 2 MB of JSON again (0.15 s)."""
    if path is not None:
        return _parse_text(Path(path).read_text("utf-8"))
    return _parse_text(resources.files("discretie.data").joinpath(name).read_text("utf-8"))


# Keyed by the file's whole text: a changed file is parsed anew. A few entries: the packaged models and a
# measurement's. The models are read-only after parsing (their vocabulary cache is bounded and only memoises).
_parse_text = functools.lru_cache(maxsize=6)(parse_model)


def fit(
    vectors: Sequence[dict[str, float]],
    labels: Sequence[float],
    *,
    epochs: int = 60,
    c: float = 10.0,
    decay_all: bool = False,
) -> tuple[dict[str, float], float]:
    """Logistic regression with balanced class weights and L2 (``c``: the inverse regularisation strength, as
    scikit-learn's LogisticRegression(C=c)), by stochastic gradient descent in a fixed order (random.Random(0)):
    the same data give the same weights.

    By default the L2 step shrinks only the weights of the features in the example at hand (sensitive's model
    was chosen so). ``decay_all`` shrinks every weight at every step, as the L2 term asks (kept as one scale
    factor over all weights, Bottou's trick): a feature that a few positives carry, a function word among them
    ("ik", "die"), can no longer grow unchecked between its rare appearances. With few positives, the
    difference decides whether a short ordinary mail reads as 1.0 (conduct's model, docs/rules.md)."""
    n = len(vectors)
    positives = sum(labels)
    class_weight = {1.0: n / (2 * max(positives, 1.0)), 0.0: n / (2 * max(n - positives, 1.0))}
    lam = 1.0 / (c * n)
    weights: dict[str, float] = {}
    scale = 1.0  # every weight is weights[f] * scale (decay_all); 1.0 otherwise
    intercept = 0.0
    order = list(range(n))
    rng = random.Random(0)
    for epoch in range(epochs):
        rng.shuffle(order)
        rate = 1.0 / (1.0 + 0.2 * epoch)
        for i in order:
            vector, y = vectors[i], labels[i]
            z = intercept + scale * sum(v * weights.get(f, 0.0) for f, v in vector.items())
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = (p - y) * class_weight[y]
            if decay_all:
                scale *= 1.0 - rate * lam
                step = rate * g / scale
                for f, v in vector.items():
                    weights[f] = weights.get(f, 0.0) - step * v
                if scale < 1e-6:  # fold the scale in before the weights grow past float precision
                    weights = {f: w * scale for f, w in weights.items()}
                    scale = 1.0
            else:
                for f, v in vector.items():
                    w = weights.get(f, 0.0)
                    weights[f] = w - rate * (g * v + lam * w)
            intercept -= rate * g
    return ({f: w * scale for f, w in weights.items()} if scale != 1.0 else weights), intercept


def vocabulary(counts: Sequence[Counter[str]], max_features: int) -> dict[str, float]:
    """The idf of the features seen in at least two texts (character 4-grams: three), the ``max_features``
    most frequent (ties by name)."""
    df: Counter[str] = Counter()
    for c in counts:
        df.update(c.keys())
    keep = [f for f, n in df.items() if n >= (3 if f.startswith("c:") else 2)]
    keep.sort(key=lambda f: (-df[f], f))
    n = len(counts)
    return {f: math.log((1 + n) / (1 + df[f])) + 1.0 for f in keep[:max_features]}
