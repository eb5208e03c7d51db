"""The learned part of the draft check: a few linear text classifiers, one per head.

Trained with scikit-learn by `python -m socialsafe.engine.drafts.train` on the team's
own labelled drafts (data/drafts/train.jsonl), then exported as plain weights so that
checking needs neither scikit-learn nor numpy: start-up stays fast and one draft costs a
few dictionary look-ups. The maths is exactly scikit-learn's sublinear TF-IDF with l2
norm followed by a logistic regression per head."""

from __future__ import annotations

import gzip
import json
import math
import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path

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
    idf: dict[str, float]
    weights: dict[str, tuple[float, ...]]
    bias: tuple[float, ...]
    thresholds: dict[str, float]

    def scores(self, text: str) -> dict[str, float]:
        counts: dict[str, int] = {}
        for feature in features(text):
            if feature in self.idf:
                counts[feature] = counts.get(feature, 0) + 1
        values = {f: (1.0 + math.log(c)) * self.idf[f] for f, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in values.values())) or 1.0
        totals = list(self.bias)
        for feature, value in values.items():
            for i, w in enumerate(self.weights[feature]):
                totals[i] += w * value / norm
        return {h: 1.0 / (1.0 + math.exp(-t)) for h, t in zip(self.heads, totals, strict=True)}

    def positive(self, scores: dict[str, float]) -> set[str]:
        return {h for h, s in scores.items() if s >= self.thresholds.get(h, 0.5)}


@cache
def load_model(path: Path = MODEL_PATH) -> LinearModel | None:
    """The committed model, or None when it has not been trained yet."""
    if not path.is_file():
        return None
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    heads = tuple(data["heads"])
    return LinearModel(
        heads=heads,
        idf={f: v[0] for f, v in data["features"].items()},
        weights={f: tuple(v[1:]) for f, v in data["features"].items()},
        bias=tuple(data["bias"]),
        thresholds=dict(data.get("thresholds", {})),
    )
