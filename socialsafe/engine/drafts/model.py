"""The learned part of the draft check: a few linear text classifiers, one per head.

Trained with scikit-learn by `python -m socialsafe.engine.drafts.train` on the team's
own labelled drafts (data/drafts/train.jsonl), then exported as plain weights so that
checking needs only numpy, not scikit-learn: start-up stays fast and one draft costs a
few dictionary look-ups and one small matrix product. The maths is exactly
scikit-learn's sublinear TF-IDF with l2 norm followed by a logistic regression per head."""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path

import numpy as np

MODEL_PATH = Path(__file__).resolve().parent / "draft_model.json.gz"
TOKEN = re.compile(r"[a-z0-9£%]+(?:'[a-z]+)?")
MAX_CHARS = 5000


def features(text: str) -> list[str]:
    """Word unigrams and bigrams of the lower-cased text (its first MAX_CHARS)."""
    words = TOKEN.findall(text[:MAX_CHARS].lower().replace("\u2019", "'"))
    words = ["<num>" if w.isdigit() else w for w in words]
    return words + [f"{a} {b}" for a, b in pairwise(words)]


@dataclass(frozen=True)
class LinearModel:
    heads: tuple[str, ...]
    index: dict[str, int]
    idf: np.ndarray
    weights: np.ndarray  # one row per feature, one column per head
    bias: np.ndarray
    thresholds: dict[str, float]

    def scores(self, text: str) -> dict[str, float]:
        counts: dict[int, int] = {}
        index = self.index
        for feature in features(text):
            row = index.get(feature)
            if row is not None:
                counts[row] = counts.get(row, 0) + 1
        if not counts:
            totals = self.bias
        else:
            rows = np.fromiter(counts.keys(), dtype=np.intp, count=len(counts))
            tf = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
            values = (1.0 + np.log(tf)) * self.idf[rows]
            values /= np.sqrt(values @ values)
            totals = self.bias + values @ self.weights[rows]
        probs = 1.0 / (1.0 + np.exp(-totals))
        return dict(zip(self.heads, probs.tolist(), strict=True))

    def positive(self, scores: dict[str, float]) -> set[str]:
        return {h for h, s in scores.items() if s >= self.thresholds.get(h, 0.5)}


@cache
def load_model(path: Path = MODEL_PATH) -> LinearModel | None:
    """The committed model, or None when it has not been trained yet."""
    if not path.is_file():
        return None
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    names = sorted(data["features"])
    table = np.array([data["features"][f] for f in names], dtype=np.float64).reshape(
        len(names), len(data["heads"]) + 1)
    return LinearModel(
        heads=tuple(data["heads"]),
        index={f: i for i, f in enumerate(names)},
        idf=table[:, 0].copy(),
        weights=table[:, 1:].copy(),
        bias=np.array(data["bias"], dtype=np.float64),
        thresholds=dict(data.get("thresholds", {})),
    )
