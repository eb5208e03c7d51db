"""The trained comment models: loading the committed artefact and scoring a batch.

The artefact (`socialsafe/engine/models/comments.joblib`, built by
scripts/train_comments.py) holds only numbers: IDF vectors and sparse linear weights.
Two stages, both linear over the same features:

1. public heads — `offensive`, `hate`, `spam` — trained on the public sets
   (TweetEval, Davidson, YouTube and SMS spam); their probabilities are extra features;
2. one logistic model per comment label, trained on the team's own school comments.

Intercepts are shifted at training time so that a probability of 0.5 is the tuned
decision threshold of each label: `score >= 0.5` means the label applies."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import joblib
import numpy as np
import scipy.sparse as sp

from socialsafe.engine.comments.features import Analysed, analyse, dense_row, text_matrix

ARTEFACT = Path(__file__).resolve().parent.parent / "models" / "comments.joblib"


def sigmoid(z: np.ndarray) -> np.ndarray:
    return np.asarray(1.0 / (1.0 + np.exp(-np.clip(z, -30, 30))))


@dataclass(frozen=True)
class LinearHeads:
    names: tuple[str, ...]
    weights: sp.csc_matrix  # features × heads
    bias: np.ndarray

    def probabilities(self, features: sp.csr_matrix) -> np.ndarray:
        return sigmoid((features @ self.weights).toarray() + self.bias)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LinearHeads:
        return cls(tuple(data["names"]), sp.csc_matrix(data["weights"]),
                   np.asarray(data["bias"], dtype=np.float32))


@dataclass(frozen=True)
class Scored:
    analysed: list[Analysed]
    heads: np.ndarray  # n × public heads
    labels: np.ndarray  # n × comment labels


class CommentModel:
    def __init__(self, data: dict[str, Any]):
        self.word_idf = np.asarray(data["word_idf"], dtype=np.float32)
        self.char_idf = np.asarray(data["char_idf"], dtype=np.float32)
        self.public = LinearHeads.from_dict(data["public"])
        self.comments = LinearHeads.from_dict(data["comments"])
        self.meta: dict[str, Any] = data.get("meta", {})

    def base_features(self, texts: Sequence[str]) -> tuple[sp.csr_matrix, list[Analysed]]:
        analysed = [analyse(t) for t in texts]
        text = text_matrix([a.norm for a in analysed], self.word_idf, self.char_idf)
        dense = sp.csr_matrix(np.array([dense_row(t, a) for t, a in zip(texts, analysed,
                                                                          strict=True)],
                                       dtype=np.float32).reshape(len(texts), -1))
        return sp.hstack([text, dense], format="csr"), analysed

    def score(self, texts: Sequence[str]) -> Scored:
        base, analysed = self.base_features(texts)
        heads = self.public.probabilities(base)
        full = sp.hstack([base, sp.csr_matrix(heads.astype(np.float32))], format="csr")
        return Scored(analysed, heads, self.comments.probabilities(full))


@cache
def load_model(path: Path = ARTEFACT) -> CommentModel:
    return CommentModel(joblib.load(path))
