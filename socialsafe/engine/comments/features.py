"""Turning comments into the feature matrix the learned models read.

Text features are hashed (no vocabulary to ship): word 1–2-grams and character 2–5-grams
of the normalised text, sub-linear TF-IDF weighted, each block L2-normalised. Dense
features count the cue groups of `cues.py`, the offensive-word kinds of `offensive.py`
and the kinds of personal information found, plus a few shape features (question mark,
capitals, length). Training (scripts/train_comments.py) and run time share this code."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import HashingVectorizer

from socialsafe.engine.comments.cues import FEATURE_NAMES, cue_counts
from socialsafe.engine.comments.personal import PersonalInfo, find_personal_info
from socialsafe.engine.offensive import Span, find_offensive
from socialsafe.engine.text import normalise_text

WORD_BITS = 17
CHAR_BITS = 17
N_TEXT = 2**WORD_BITS + 2**CHAR_BITS
OFFENSIVE_KINDS = ("slur", "profanity", "insult", "mild")
PERSONAL_KINDS = ("phone", "email", "address", "postcode", "date_of_birth")
SHAPE = ("question_mark", "exclamations", "capitals", "length", "url")
DENSE_NAMES = (
    *(f"cue_{n}" for n in FEATURE_NAMES), *(f"off_{k}" for k in OFFENSIVE_KINDS),
    *(f"pi_{k}" for k in PERSONAL_KINDS), *SHAPE,
)

_WORDS = HashingVectorizer(
    analyzer="word", ngram_range=(1, 2), n_features=2**WORD_BITS, alternate_sign=False,
    norm=None, lowercase=False, token_pattern=r"(?u)\b\w+\b|[^\w\s]",
)
_CHARS = HashingVectorizer(
    analyzer="char_wb", ngram_range=(2, 5), n_features=2**CHAR_BITS, alternate_sign=False,
    norm=None, lowercase=False,
)


@dataclass(frozen=True, slots=True)
class Analysed:
    """What the rule layer needs besides the matrix: found spans, per comment."""

    norm: str
    offensive: list[Span]
    personal: list[PersonalInfo]


def analyse(text: str) -> Analysed:
    return Analysed(normalise_text(text), find_offensive(text), find_personal_info(text))


def dense_row(text: str, item: Analysed) -> list[float]:
    counts = [math.log1p(c) for c in cue_counts(item.norm)]
    kinds = [sum(1 for s in item.offensive if s.kind == k) for k in OFFENSIVE_KINDS]
    personal = [sum(1 for p in item.personal if p.kind == k) for k in PERSONAL_KINDS]
    letters = sum(c.isalpha() for c in text) or 1
    shape = [
        1.0 if "?" in text else 0.0,
        min(text.count("!"), 3) / 3,
        sum(c.isupper() for c in text) / letters,
        min(len(text), 400) / 400,
        1.0 if ("http" in item.norm or "www." in item.norm or ".com" in item.norm) else 0.0,
    ]
    return [*counts, *(math.log1p(k) for k in kinds), *(min(p, 1) for p in personal), *shape]


def _tfidf(counts: sp.csr_matrix, idf: np.ndarray) -> sp.csr_matrix:
    counts = counts.astype(np.float32)
    counts.data = 1.0 + np.log(counts.data)
    weighted = counts @ sp.diags(idf.astype(np.float32))
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1))).ravel()
    norms[norms == 0] = 1.0
    return sp.csr_matrix(sp.diags(1.0 / norms) @ weighted)


def hashed_counts(norms: Sequence[str]) -> tuple[sp.csr_matrix, sp.csr_matrix]:
    return _WORDS.transform(norms), _CHARS.transform(norms)


def text_matrix(norms: Sequence[str], word_idf: np.ndarray, char_idf: np.ndarray) -> sp.csr_matrix:
    words, chars = hashed_counts(norms)
    return sp.hstack([_tfidf(words, word_idf), _tfidf(chars, char_idf)], format="csr")


def idf_of(counts: sp.csr_matrix) -> np.ndarray:
    """Smoothed IDF as scikit-learn computes it."""
    n = counts.shape[0]
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    idf: np.ndarray = (np.log((1 + n) / (1 + df)) + 1).astype(np.float32)
    return idf
