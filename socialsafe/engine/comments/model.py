"""The trained comment models: loading the committed artefact and scoring a batch.

The artefact (`socialsafe/engine/models/comments.pkl.gz`, built by
scripts/train_comments.py) is a gzip-compressed pickle of a vocabulary and numpy arrays
only, written by this project; it needs numpy alone at run time (no scikit-learn or
joblib import, so start-up stays fast). Two stages, both linear over the
same features (n-gram TF-IDF of `vectors.py` + the dense features of `features.py`):

1. public heads — `offensive`, `hate`, `spam` — trained on the public sets
   (TweetEval, Davidson, YouTube and SMS spam); their probabilities are extra features;
2. one logistic model per comment label, trained on the team's own school comments.

Intercepts are shifted at training time so that a probability of 0.5 is the tuned
decision threshold of each label: `score >= 0.5` means the label applies."""

from __future__ import annotations

import gzip
import pickle
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from socialsafe.engine.comments.features import Analysed, analyse, dense_row
from socialsafe.engine.comments.vectors import Vectoriser, linear_scores

ARTEFACT = Path(__file__).resolve().parent.parent / "models" / "comments.pkl.gz"


def sigmoid(z: np.ndarray) -> np.ndarray:
    return np.asarray(1.0 / (1.0 + np.exp(-np.clip(z, -30, 30))))


@dataclass(frozen=True)
class LinearHeads:
    """k logistic models: text weights (vocabulary × k), dense weights, extra, bias."""

    names: tuple[str, ...]
    text: np.ndarray
    dense: np.ndarray
    bias: np.ndarray
    extra: np.ndarray | None = None  # weights of the public heads' probabilities

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LinearHeads:
        extra = data.get("extra")
        return cls(tuple(data["names"]), np.asarray(data["text"], dtype=np.float32),
                   np.asarray(data["dense"], dtype=np.float32),
                   np.asarray(data["bias"], dtype=np.float32),
                   None if extra is None else np.asarray(extra, dtype=np.float32))


@dataclass(frozen=True)
class Scored:
    analysed: list[Analysed]
    heads: np.ndarray  # n × public heads
    labels: np.ndarray  # n × comment labels
    known_words: np.ndarray  # n: real-word n-grams of the vocabulary in each comment


class CommentModel:
    def __init__(self, data: dict[str, Any]):
        self.vectoriser = Vectoriser(data["words"], data["chars"],
                                     np.asarray(data["idf"], dtype=np.float32))
        self.public = LinearHeads.from_dict(data["public"])
        self.comments = LinearHeads.from_dict(data["comments"])
        self.meta: dict[str, Any] = data.get("meta", {})
        # Word columns that hold a real word (two or more characters), not "a" or "a a".
        self._wordy = np.zeros(self.vectoriser.width, dtype=bool)
        for gram, column in self.vectoriser.words.items():
            self._wordy[column] = any(len(token) >= 2 for token in gram.split())

    def score(self, texts: Sequence[str]) -> Scored:
        analysed = [analyse(t) for t in texts]
        batch = self.vectoriser.transform([a.norm for a in analysed])
        dense = np.array([dense_row(t, a) for t, a in zip(texts, analysed, strict=True)],
                         dtype=np.float32).reshape(len(texts), -1)
        heads = sigmoid(linear_scores(batch, self.public.text) + dense @ self.public.dense
                        + self.public.bias)
        logits = linear_scores(batch, self.comments.text) + dense @ self.comments.dense
        if self.comments.extra is not None:
            logits += heads @ self.comments.extra
        rows = np.repeat(np.arange(len(texts)), np.diff(batch.indptr))
        known = np.bincount(rows[self._wordy[batch.indices]], minlength=len(texts))
        return Scored(analysed, heads, sigmoid(logits + self.comments.bias), known)


@cache
def load_model(path: Path = ARTEFACT) -> CommentModel:
    with gzip.open(path, "rb") as handle:
        return CommentModel(pickle.load(handle))  # noqa: S301 - our own committed artefact
