"""Train the draft check's linear model on the team's labelled drafts.

    .venv/bin/python -m socialsafe.engine.drafts.train [--data data/drafts]

Fits one logistic regression per head (sublinear TF-IDF of word uni- and bigrams) on
`train.jsonl` + `dev.jsonl` (the team's drafts and the second writer's), picks each head's
threshold on out-of-fold predictions (5 folds by id), then refits on everything and writes
`draft_model.json.gz` next to `model.py`. The test split is never read here.

Why out-of-fold and not dev: the rules were adjusted after looking at train and dev, so
on dev they catch nearly everything and any model finding looks like a false alarm.
A category head is for the wording the rules have not seen, so its threshold is the
lowest one at which the model ON ITS OWN is right at least PRECISION of the time; a
purpose head takes the threshold with the best F1."""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
from pathlib import Path
from typing import Any

from socialsafe.engine.drafts import rules
from socialsafe.engine.drafts.model import MODEL_PATH, features
from socialsafe.engine.drafts.offensive_words import find_offensive_words
from socialsafe.engine.drafts.purposes import NO_PURPOSE, PURPOSE_KINDS

CATEGORY_HEADS = ("political", "personal_view", "confidential", "commercial", "copyright",
                  "targeted_message", "offensive")
PURPOSE_HEADS = tuple(f"purpose:{k}" for k in (*PURPOSE_KINDS, NO_PURPOSE))
HEADS = CATEGORY_HEADS + PURPOSE_HEADS
RULES = {
    "political": rules.find_political, "personal_view": rules.find_personal_view,
    "confidential": rules.find_confidential, "commercial": rules.find_commercial,
    "copyright": rules.find_copyright, "targeted_message": rules.find_targeted,
    "offensive": find_offensive_words,
}
GRID = [round(0.3 + 0.05 * i, 2) for i in range(13)]
FOLDS = 5
PRECISION = 0.9
MIN_WEIGHT = 0.05


def read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def labels(item: dict[str, Any], head: str) -> int:
    if head.startswith("purpose:"):
        return int(item["purpose"] == head.split(":", 1)[1])
    return int(head in item["categories"])


def fit(items: list[dict[str, Any]], c: float) -> tuple[Any, list[Any]]:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectoriser = TfidfVectorizer(analyzer=features, sublinear_tf=True, min_df=2)
    x = vectoriser.fit_transform([i["text"] for i in items])
    models = []
    for head in HEADS:
        y = [labels(i, head) for i in items]
        model = LogisticRegression(C=c, class_weight="balanced", max_iter=2000)
        model.fit(x, y)
        models.append(model)
    return vectoriser, models


def fold_of(item: dict[str, Any]) -> int:
    digest = hashlib.sha1(str(item["id"]).encode("utf-8"), usedforsecurity=False).hexdigest()
    return int(digest[:6], 16) % FOLDS


def out_of_fold(items: list[dict[str, Any]], c: float) -> list[list[float]]:
    """Each item's head probabilities from a model that did not see it."""
    probs = [[0.0] * len(HEADS) for _ in items]
    folds = [fold_of(i) for i in items]
    for k in range(FOLDS):
        vectoriser, models = fit([i for i, f in zip(items, folds, strict=True) if f != k], c)
        held = [n for n, f in enumerate(folds) if f == k]
        x = vectoriser.transform([items[n]["text"] for n in held])
        for h, model in enumerate(models):
            for n, p in zip(held, model.predict_proba(x)[:, 1], strict=True):
                probs[n][h] = float(p)
    return probs


def tune(items: list[dict[str, Any]], c: float) -> dict[str, float]:
    probs = out_of_fold(items, c)
    thresholds: dict[str, float] = {}
    for h, head in enumerate(HEADS):
        gold = [labels(i, head) for i in items]
        scores = [p[h] for p in probs]
        best = (-1.0, GRID[-1])
        for t in GRID:
            tp = sum(1 for g, p in zip(gold, scores, strict=True) if g and p >= t)
            fp = sum(1 for g, p in zip(gold, scores, strict=True) if not g and p >= t)
            fn = sum(1 for g, p in zip(gold, scores, strict=True) if g and p < t)
            if head in RULES:
                if tp and tp / (tp + fp) >= PRECISION:
                    best = (tp / (tp + fp), t)
                    break
                continue
            f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
            if f1 >= best[0]:
                best = (f1, t)
        thresholds[head] = best[1]
        measure = "precision" if head in RULES else "F1"
        print(f"  {head:22s} out-of-fold {measure} {best[0]:.3f} at threshold {best[1]}")
    return thresholds


def export(vectoriser: Any, models: list[Any], thresholds: dict[str, float], path: Path) -> None:
    vocabulary: dict[str, int] = vectoriser.vocabulary_
    idf = vectoriser.idf_
    table: dict[str, list[float]] = {}
    for feature, column in vocabulary.items():
        weights = [float(m.coef_[0][column]) for m in models]
        if max(abs(w) for w in weights) < MIN_WEIGHT:
            continue  # a feature this weak moves no score: leaving it out keeps the file small
        table[feature] = [round(float(idf[column]), 4), *(round(w, 3) for w in weights)]
    data = {"heads": list(HEADS), "bias": [round(float(m.intercept_[0]), 5) for m in models],
            "thresholds": thresholds, "features": table}
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as fh:
        json.dump(data, fh, separators=(",", ":"), sort_keys=True)
    print(f"wrote {path} ({path.stat().st_size / 1024:.0f} KiB, {len(table)} features)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("data/drafts"))
    parser.add_argument("--c", type=float, default=10.0, help="inverse regularisation")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--no-refit", action="store_true",
                        help="keep the train-only model (for an honest look at dev)")
    args = parser.parse_args()
    train, dev = read(args.data / "train.jsonl"), read(args.data / "dev.jsonl")
    print(f"tuning thresholds out of fold ({len(train)} train + {len(dev)} dev drafts)")
    thresholds = tune(train + dev, args.c)
    vectoriser, models = fit(train if args.no_refit else train + dev, args.c)
    export(vectoriser, models, thresholds, args.out)


if __name__ == "__main__":
    main()
