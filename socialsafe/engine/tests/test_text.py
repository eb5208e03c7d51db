"""Normalisation undoes disguises and keeps a map back to the original text."""

import pytest

from socialsafe.engine.text import normalise


@pytest.mark.parametrize(("written", "read_as"), [
    ("sh1t", "shit"),
    ("$hit", "shit"),
    ("a55hole", "asshole"),
    ("b@stard", "bastard"),
    ("f.u.c.k you", "fuck you"),
    ("f u c k off", "fuck off"),
    ("f-u-c-k", "fuck"),
    ("fuuuuck", "fuck"),
    ("ＦＵＣＫ", "fuck"),
    ("fu\u200bck", "fuck"),
    ("ѕhіt", "shit"),  # Cyrillic look-alikes
    ("Zoë’s café", "zoe's cafe"),
])
def test_disguises_are_undone(written: str, read_as: str) -> None:
    assert normalise(written).text == read_as


@pytest.mark.parametrize("plain", [
    "Year 3 trip on the 2nd", "y6 sats", "yr3 assembly", "covid19", "gr8 news!",
    "@user hi!", "call 07700 900123", "good", "P.E. kit",
])
def test_ordinary_text_keeps_its_numbers_and_punctuation(plain: str) -> None:
    assert normalise(plain).text == plain.lower()


@pytest.mark.parametrize(("text", "word"), [
    ("well f.u.c.k that", "fuck"),
    ("Oh sh1t!", "shit"),
    ("FUUUUUCK me", "fuck"),
    ("what the ｆｕｃｋ", "fuck"),
    ("é\u200b and f\u200bu\u200bck", "fuck"),
])
def test_spans_map_back_to_what_was_written(text: str, word: str) -> None:
    norm = normalise(text)
    start = norm.text.index(word)
    begin, end = norm.original_span(start, start + len(word))
    original = text[begin:end]
    assert normalise(original).text == word
    assert normalise(original[0]).text == word[0]


def test_plain_ascii_takes_the_fast_path() -> None:
    assert normalise("Lovely assembly today").offsets is None
