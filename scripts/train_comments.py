"""Train the comment models and write socialsafe/engine/models/comments.joblib.

    .venv/bin/python scripts/train_comments.py [--data /work/shared/data]

Reads the labelled comment sets through scripts/comment_sets.py — the template set
(data/comments/{train,dev}.jsonl) and the human-written set (data/comments/human/, the
fixed 60/20/20 split by id hash) — never a test split; and the public sets from their
shared folder (never copied into the repo):

- public heads: `offensive` on TweetEval offensive train plus the training part of
  Davidson (every tweet whose row number is not a multiple of 5; multiples of 5 are held
  out for bench/bench_public.py), `hate` on TweetEval hate train, `spam` on YouTube
  videos 01–04 and the SMS Spam Collection. Decision thresholds come from the TweetEval
  validation files; no test split is read.
- comment labels: one logistic regression per label over the same features plus the
  heads' probabilities, fitted on template train + human train (each human comment
  weighs HUMAN_WEIGHT template comments: the templates are many but alike, the human
  comments are how parents really write). C and the decision threshold of each label are
  chosen, by default (`--thresholds dev`), on template dev + human dev (human dev weighted
  the same way; the threshold is the middle of the range whose dev F1 is within PLATEAU of
  the best); safeguarding and threat take the highest threshold that keeps the MODEL's
  recall at HIGH_RECALL (a missed disclosure is worse than a false escalation). Rule
  matches are not counted: the rules were written while reading dev errors.

  `--thresholds out-of-fold` instead chooses C and thresholds the same way on OUT-OF-FOLD
  scores over train + dev: FOLDS folds, grouped so that all the renderings of one
  template (or one human comment) sit in a single fold; the shipped model is still fitted
  on train alone, so dev measures comments the weights never saw. Dev alone is small and
  thresholds picked there overfit it, but on 2026-11-22 the out-of-fold model scored
  worse on dev (macro-F1 0.858 against 0.877, complaints wrongly hidden 8.4 % against
  6.0 %) — the model alone reaches 97 % out-of-fold recall of safeguarding and threat
  only at a threshold of 0.05 — so the committed artefact is still the dev-tuned one.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import pickle
import sys
import time
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(ROOT / "scripts"))

from comment_sets import Item, human_items, template_items  # noqa: E402

from socialsafe.engine.comments.features import analyse, dense_row  # noqa: E402
from socialsafe.engine.comments.model import ARTEFACT  # noqa: E402
from socialsafe.engine.comments.vectors import Vectoriser  # noqa: E402

LEARNED = ("abuse", "hate", "threat", "spam", "personal_info", "commercial", "complaint",
           "question", "praise", "safeguarding", "extremism")
HIGH_RECALL = {"safeguarding": 0.97, "threat": 0.97}
C_GRID = (1.0, 4.0, 16.0)
HUMAN_WEIGHT = 2.5
FOLDS = 5  # grouped out-of-fold folds over train + dev for C and thresholds
PLATEAU = 0.01  # F1 within this of the best counts as equally good when picking a threshold


def tweeteval(data: Path, task: str, split: str) -> tuple[list[str], np.ndarray]:
    folder = data / "tweeteval" / task
    texts = (folder / f"{split}_text.txt").read_text(encoding="utf-8").splitlines()
    labels = [int(x) for x in (folder / f"{split}_labels.txt").read_text().split()]
    return texts, np.array(labels)


def davidson(data: Path, held_out: bool) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Tweets, abusive (hate or offensive) flags and hate flags; rows 0, 5, 10… held out."""
    texts, abusive, hate = [], [], []
    with (data / "davidson-hate-offensive" / "labeled_data.csv").open(encoding="utf-8") as f:
        for number, row in enumerate(csv.DictReader(f)):
            if (number % 5 == 0) == held_out:
                texts.append(row["tweet"])
                abusive.append(int(row["class"] in ("0", "1")))
                hate.append(int(row["class"] == "0"))
    return texts, np.array(abusive), np.array(hate)


def youtube(data: Path, videos: list[str]) -> tuple[list[str], np.ndarray]:
    texts, labels = [], []
    for path in sorted((data / "youtube-spam-collection").glob("Youtube0*.csv")):
        if path.name[7:9] in videos:
            with path.open(encoding="utf-8") as f:
                for row in csv.DictReader(f):
                    texts.append(row["CONTENT"])
                    labels.append(int(row["CLASS"]))
    return texts, np.array(labels)


def sms(data: Path) -> tuple[list[str], np.ndarray]:
    texts, labels = [], []
    for line in (data / "sms-spam-collection" / "SMSSpamCollection").read_text(
            encoding="utf-8").splitlines():
        label, _, text = line.partition("\t")
        texts.append(text)
        labels.append(int(label == "spam"))
    return texts, np.array(labels)


class Featuriser:
    def __init__(self, vectoriser: Vectoriser):
        self.vectoriser = vectoriser
        self.width = vectoriser.width

    def __call__(self, texts: list[str]) -> sp.csr_matrix:
        analysed = [analyse(t) for t in texts]
        batch = self.vectoriser.transform([a.norm for a in analysed])
        text = sp.csr_matrix((batch.data, batch.indices, batch.indptr),
                             shape=(len(texts), batch.width))
        dense = np.array([dense_row(t, a) for t, a in zip(texts, analysed, strict=True)],
                         dtype=np.float32)
        return sp.hstack([text, sp.csr_matrix(dense)], format="csr")

    def split(self, coef: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Coefficients (k × features) → text (width × k), dense, extra blocks."""
        dense_end = self.width + len(dense_row("", analyse("")))
        return (coef[:, :self.width].T.astype(np.float16),
                coef[:, self.width:dense_end].T.astype(np.float32),
                coef[:, dense_end:].T.astype(np.float32))


def fit(x: sp.csr_matrix, y: np.ndarray, c: float,
        weight: np.ndarray | None = None) -> LogisticRegression:
    model = LogisticRegression(C=c, class_weight="balanced", solver="liblinear", max_iter=500)
    return model.fit(x, y, sample_weight=weight)


def best_threshold(y: np.ndarray, p: np.ndarray, weight: np.ndarray,
                   min_recall: float | None) -> float:
    """The F1-best threshold on dev; for escalation labels the highest one that keeps the
    (weighted) recall at `min_recall` (or at the best reachable recall, if lower)."""
    grid = np.arange(0.05, 0.96, 0.01)
    if min_recall is not None and y.sum():
        positive = y == 1
        recall = {t: weight[positive][p[positive] >= t].sum() / weight[positive].sum()
                  for t in grid}
        # When even the lowest threshold falls short of the target, keep the best recall
        # there is, at the highest threshold that still reaches it.
        target = min(min_recall, max(recall.values()) - 1e-9)
        return float(max(t for t in grid if recall[t] >= target))
    f1 = np.array([f1_score(y, p >= t, sample_weight=weight, zero_division=0) for t in grid])
    # The single best threshold on a dev set of a few dozen positives is noise-driven (it
    # can sit at the edge of a plateau); take the middle of the near-best plateau instead.
    near = grid[f1 >= f1.max() - PLATEAU]
    return float(np.median(near))


def logit(p: float) -> float:
    return float(np.log(p / (1 - p)))


def heads(data: Path, feats: Featuriser) -> tuple[dict[str, object], dict[str, float]]:
    report: dict[str, float] = {}
    off_x, off_y = tweeteval(data, "offensive", "train")
    dav_x, dav_abusive, _ = davidson(data, held_out=False)
    off_vx, off_vy = tweeteval(data, "offensive", "val")
    hate_x, hate_y = tweeteval(data, "hate", "train")
    hate_vx, hate_vy = tweeteval(data, "hate", "val")
    yt_x, yt_y = youtube(data, ["01", "02", "03", "04"])
    sms_x, sms_y = sms(data)

    specs = {
        "offensive": (off_x + dav_x, np.concatenate([off_y, dav_abusive]),
                      np.concatenate([np.ones(len(off_x)), np.full(len(dav_x), 0.3)]),
                      (off_vx, off_vy), 0.5),
        "hate": (hate_x, hate_y, None, (hate_vx, hate_vy), 0.25),
        "spam": (yt_x + sms_x, np.concatenate([yt_y, sms_y]), None, None, 1.0),
    }
    coefs, biases = [], []
    for name, (texts, y, weight, val, c) in specs.items():
        start = time.time()
        model = fit(feats(texts), y, c, weight)
        threshold = 0.5
        if val is not None:
            p = model.predict_proba(feats(val[0]))[:, 1]
            grid = np.arange(0.2, 0.8, 0.01)
            threshold = float(max(grid, key=lambda t: f1_score(val[1], p >= t, average="macro")))
            report[f"{name}_val_macro_f1"] = round(float(
                f1_score(val[1], p >= threshold, average="macro")), 4)
        report[f"{name}_threshold"] = round(threshold, 2)
        coefs.append(model.coef_[0])
        biases.append(float(model.intercept_[0]) - logit(threshold))
        print(f"head {name}: {len(texts)} texts, {time.time() - start:.1f}s")
    text, dense, _ = feats.split(np.vstack(coefs))
    return ({"names": list(specs), "text": text, "dense": dense,
             "bias": np.array(biases, dtype=np.float32)}, report)


def label_matrix(items: list[Item]) -> np.ndarray:
    return np.array([[int(label in item["labels"]) for label in LEARNED]  # type: ignore[operator]
                     for item in items])


def weights(items: list[Item]) -> np.ndarray:
    return np.array([HUMAN_WEIGHT if i["source"] == "human" else 1.0 for i in items])


def with_heads(items: list[Item], featurise: Featuriser,
               public: dict[str, object]) -> sp.csr_matrix:
    base = featurise([str(i["text"]) for i in items])
    heads_logit = ((base[:, :featurise.width] @ public["text"].astype(np.float32))  # type: ignore[union-attr]
                   + base[:, featurise.width:].toarray() @ public["dense"]  # type: ignore[operator]
                   + public["bias"])
    heads_p = 1 / (1 + np.exp(-np.asarray(heads_logit)))
    return sp.hstack([base, sp.csr_matrix(heads_p.astype(np.float32))], format="csr")


def group_of(item: Item) -> str:
    """Items that must sit in the same fold: a template's renderings share one group (they
    differ only in slot fillers), a human comment is its own group."""
    if item["source"] == "template":
        return f"template:{item.get('template', item['id'])}"
    return f"human:{item['id']}"


def out_of_fold(x: sp.csr_matrix, y: np.ndarray, w: np.ndarray, folds: list[np.ndarray],
                c: float) -> np.ndarray:
    """Each item's probability from a model fitted on the other folds."""
    p = np.zeros(len(y))
    for held in folds:
        keep = np.ones(len(y), dtype=bool)
        keep[held] = False
        p[held] = fit(x[keep], y[keep], c, w[keep]).predict_proba(x[held])[:, 1]
    return p


def comment_labels_out_of_fold(
        train: list[Item], dev: list[Item], featurise: Featuriser,
        public: dict[str, object]) -> tuple[dict[str, object], dict[str, object]]:
    """Per label: pick C and the threshold on grouped out-of-fold scores over train + dev,
    then fit the shipped model on train alone (dev stays a measuring split for the
    benchmark). A fold model sees ~80 % of train + dev, about as much as train alone, so
    its scores are calibrated like the shipped model's."""
    pool = train + dev
    x = with_heads(pool, featurise, public)
    y, w = label_matrix(pool), weights(pool)
    groups = np.array([group_of(i) for i in pool])
    folds = [np.flatnonzero(fold) for fold in grouped_folds(groups, FOLDS)]
    in_train = np.arange(len(train))
    coefs, biases, report = [], [], {}
    for j, label in enumerate(LEARNED):
        best = None
        for c in C_GRID:
            p = out_of_fold(x, y[:, j], w, folds, c)
            t = best_threshold(y[:, j], p, w, HIGH_RECALL.get(label))
            score = f1_score(y[:, j], p >= t, sample_weight=w, zero_division=0)
            if best is None or score > best[0]:
                best = (score, c, t)
        assert best is not None
        score, c, t = best
        model = fit(x[in_train], y[in_train, j], c, w[in_train])
        coefs.append(model.coef_[0])
        biases.append(float(model.intercept_[0]) - logit(t))
        report[label] = {"oof_f1": round(float(score), 3), "C": c, "threshold": round(t, 2)}
        print(f"label {label:14s} out-of-fold F1 {score:.3f}  C={c}  threshold={t:.2f}",
              flush=True)
    text, dense, extra = featurise.split(np.vstack(coefs))
    return ({"names": list(LEARNED), "text": text, "dense": dense, "extra": extra,
             "bias": np.array(biases, dtype=np.float32)}, report)


def comment_labels_on_dev(train: list[Item], dev: list[Item], featurise: Featuriser,
                          public: dict[str, object]) -> tuple[dict[str, object], dict[str, object]]:
    """Per label: fit on train for each C, pick C and threshold on dev (the default)."""
    x, x_dev = with_heads(train, featurise, public), with_heads(dev, featurise, public)
    y, y_dev = label_matrix(train), label_matrix(dev)
    w, w_dev = weights(train), weights(dev)
    coefs, biases, report = [], [], {}
    for j, label in enumerate(LEARNED):
        best = None
        for c in C_GRID:
            model = fit(x, y[:, j], c, w)
            p = model.predict_proba(x_dev)[:, 1]
            t = best_threshold(y_dev[:, j], p, w_dev, HIGH_RECALL.get(label))
            score = f1_score(y_dev[:, j], p >= t, sample_weight=w_dev, zero_division=0)
            if best is None or score > best[0]:
                best = (score, c, t, model)
        assert best is not None
        score, c, t, model = best
        coefs.append(model.coef_[0])
        biases.append(float(model.intercept_[0]) - logit(t))
        report[label] = {"dev_f1": round(float(score), 3), "C": c, "threshold": round(t, 2)}
        print(f"label {label:14s} dev F1 {score:.3f}  C={c}  threshold={t:.2f}", flush=True)
    text, dense, extra = featurise.split(np.vstack(coefs))
    return ({"names": list(LEARNED), "text": text, "dense": dense, "extra": extra,
             "bias": np.array(biases, dtype=np.float32)}, report)


def grouped_folds(groups: np.ndarray, k: int) -> list[np.ndarray]:
    """k boolean masks; every group falls wholly in one fold, chosen by a hash of its name
    (stable when the data grows, independent of order)."""
    bucket = np.array([int(hashlib.sha256(g.encode()).hexdigest()[:8], 16) % k
                       for g in groups])
    return [bucket == n for n in range(k)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    parser.add_argument("--own", type=Path, default=ROOT / "data" / "comments")
    parser.add_argument("--out", type=Path, default=ARTEFACT)
    parser.add_argument("--thresholds", choices=("dev", "out-of-fold"), default="dev",
                        help="where C and thresholds are chosen (see the module doc)")
    args = parser.parse_args()

    train = template_items("train", args.own) + human_items("train", args.own)
    dev = template_items("dev", args.own) + human_items("dev", args.own)
    corpus = [str(i["text"]) for i in train + dev]
    corpus += tweeteval(args.data, "offensive", "train")[0] + tweeteval(args.data, "hate",
                                                                         "train")[0]
    corpus += davidson(args.data, held_out=False)[0] + youtube(args.data, ["01", "02", "03",
                                                                           "04"])[0]
    vectoriser = Vectoriser.fit(analyse(t).norm for t in corpus)
    print(f"vocabulary: {len(vectoriser.words)} word and {len(vectoriser.chars)} char n-grams")
    featurise = Featuriser(vectoriser)

    public, head_report = heads(args.data, featurise)
    choose = (comment_labels_out_of_fold if args.thresholds == "out-of-fold"
              else comment_labels_on_dev)
    comments, label_report = choose(train, dev, featurise, public)
    meta = {"trained_at": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
            "own_train": len(train), "own_dev": len(dev), "human_weight": HUMAN_WEIGHT,
            "heads": head_report,
            "labels": label_report}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    artefact = {"words": vectoriser.words, "chars": vectoriser.chars, "idf": vectoriser.idf,
                "public": public, "comments": comments, "meta": meta}
    with gzip.open(args.out, "wb", compresslevel=6) as handle:
        pickle.dump(artefact, handle, protocol=pickle.HIGHEST_PROTOCOL)
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
