"""A learned second opinion for ``sensitive``: the shared text classifier of
:mod:`discretie.rules.textmodel` (TF-IDF of word 1-2-grams and character 4-grams within words, and a
logistic regression with a head per category), trained by ``bench/train_sensitive_model.py`` on the
labelled corpora (never on a batch that is measured) and shipped as ``data/sensitive_model.json``.

The rule asks the model about a borderline mail (the recognizers found a fact and a person, but
scored below the threshold), for the categories of a mail that fired, and on its own about a personal
mail of 25 words or more that points at a pupil and that the recognizers did not fire on
(``model_alone``).
"""

from __future__ import annotations

from discretie.rules import textmodel
from discretie.rules.textmodel import Head, Model, features, parse_model, vectorize

__all__ = ["DATA", "Head", "Model", "features", "load_model", "parse_model", "vectorize"]

DATA = "sensitive_model.json"


def load_model(path: str | None = None) -> Model:
    """The packaged model, or the one at ``path`` (a model built for a measurement)."""
    return textmodel.load_model(DATA, path)
