"""Word and character n-gram TF-IDF vectors, in plain Python and numpy.

scikit-learn's vectorisers would cost a second of start-up just to import; this module
does the same job (word 1–2-grams, character 2–5-grams inside word boundaries,
sub-linear TF, smoothed IDF, each block L2-normalised) with a fixed vocabulary learned
at training time, and caches each word's character n-grams because words repeat.

A batch is returned in CSR form (indptr, indices, data) so that the linear models can
score it with numpy alone, and training can wrap it in a scipy matrix."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

import numpy as np

TOKEN = re.compile(r"\b\w+\b|[^\w\s]")
CHAR_SIZES = (2, 3, 4, 5)
_CACHE_LIMIT = 200_000


def word_grams(text: str) -> list[str]:
    tokens = TOKEN.findall(text)
    return tokens + [f"{a} {b}" for a, b in pairwise(tokens)]


def char_grams(word: str) -> list[str]:
    padded = f" {word} "
    size = len(padded)
    return [padded[i:i + n] for n in CHAR_SIZES for i in range(size - n + 1)]


@dataclass
class Batch:
    """Sparse rows: row r has columns indices[indptr[r]:indptr[r+1]] with values data[...]."""

    indptr: np.ndarray
    indices: np.ndarray
    data: np.ndarray
    width: int


@dataclass
class Vectoriser:
    words: dict[str, int]
    chars: dict[str, int]
    idf: np.ndarray  # one value per column: words first, then chars
    _char_cache: dict[str, list[int]] = field(default_factory=dict, repr=False)

    @property
    def width(self) -> int:
        return len(self.words) + len(self.chars)

    def _char_columns(self, word: str) -> list[int]:
        columns = self._char_cache.get(word)
        if columns is None:
            offset, chars = len(self.words), self.chars
            columns = [offset + c for g in char_grams(word) if (c := chars.get(g)) is not None]
            if len(self._char_cache) < _CACHE_LIMIT:
                self._char_cache[word] = columns
        return columns

    def transform(self, texts: Sequence[str]) -> Batch:
        """Sub-linear TF × IDF, each block (words, characters) of each row L2-normalised.
        Python only collects (row, column, count); numpy does the arithmetic for the batch."""
        words = self.words
        char_columns = self._char_columns
        rows: list[int] = []
        columns: list[int] = []
        counts: list[int] = []
        for row, text in enumerate(texts):
            word_counts = Counter(c for g in word_grams(text) if (c := words.get(g)) is not None)
            chars: list[int] = []
            for word in text.split():
                chars.extend(char_columns(word))
            for found in (word_counts, Counter(chars)):
                rows.extend([row] * len(found))
                columns.extend(found.keys())
                counts.extend(found.values())
        n = len(texts)
        cols = np.array(columns, dtype=np.int64)
        values = (1.0 + np.log(np.array(counts, dtype=np.float32))) * self.idf[cols]
        row_ids = np.array(rows, dtype=np.int64)
        block = row_ids * 2 + (cols >= len(words))
        norms = np.sqrt(np.bincount(block, weights=values * values, minlength=2 * n))
        norms[norms == 0] = 1.0
        values = (values / norms[block]).astype(np.float32)
        indptr = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(np.bincount(row_ids, minlength=n), out=indptr[1:])
        return Batch(indptr, cols, values, self.width)

    @classmethod
    def fit(cls, texts: Iterable[str], min_df: int = 2) -> Vectoriser:
        """Vocabulary of every n-gram in at least `min_df` texts, with smoothed IDF."""
        word_df: Counter[str] = Counter()
        char_df: Counter[str] = Counter()
        n = 0
        for text in texts:
            n += 1
            word_df.update(set(word_grams(text)))
            char_df.update({g for w in text.split() for g in char_grams(w)})
        words = {g: i for i, g in enumerate(sorted(g for g, d in word_df.items() if d >= min_df))}
        chars = {g: i for i, g in enumerate(sorted(g for g, d in char_df.items() if d >= min_df))}
        df = np.array([word_df[g] for g in words] + [char_df[g] for g in chars], dtype=np.float64)
        idf = (np.log((1 + n) / (1 + df)) + 1).astype(np.float32)
        return cls(words, chars, idf)


def linear_scores(batch: Batch, weights: np.ndarray) -> np.ndarray:
    """batch @ weights for a (width × k) dense weight matrix, without scipy."""
    rows = len(batch.indptr) - 1
    out = np.zeros((rows, weights.shape[1]), dtype=np.float32)
    if len(batch.indices) == 0:
        return out
    contributions = weights[batch.indices] * batch.data[:, None]
    starts = batch.indptr[:-1]
    nonempty = batch.indptr[1:] > starts
    if nonempty.any():
        out[nonempty] = np.add.reduceat(contributions, starts[nonempty], axis=0)
    return out
