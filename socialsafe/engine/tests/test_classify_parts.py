"""The comment classifier's parts: personal information, staff forms, vectors."""

import numpy as np
import pytest

from socialsafe.engine.comments.personal import find_personal_info
from socialsafe.engine.comments.staff import StaffMatcher, staff_forms
from socialsafe.engine.comments.vectors import Vectoriser, linear_scores
from socialsafe.engine.types import StaffEntry


@pytest.mark.parametrize(("text", "found", "kind"), [
    ("ring me on 07700 900123 after 6", "07700 900123", "phone"),
    ("call +44 7700 900123", "+44 7700 900123", "phone"),
    ("office 01632 960123", "01632 960123", "phone"),
    ("email jo.smith@example.com", "jo.smith@example.com", "email"),
    ("he lives at 12 Birch Close", "12 Birch Close", "address"),
    ("PE1 2AB", "PE1 2AB", "postcode"),
    ("she was born 12/03/2016", "born 12/03/2016", "date_of_birth"),
])
def test_personal_information_is_found(text: str, found: str, kind: str) -> None:
    hits = find_personal_info(text)
    assert [(text[h.start:h.end], h.kind) for h in hits] == [(found, kind)]


@pytest.mark.parametrize("text", [
    "Year 6 2nd place, KS2 1st", "3 times down the road", "£1,200 raised in 2024 2025",
    "1234567890 points", "Y6 trip on 12 June",
])
def test_ordinary_numbers_are_not_personal_information(text: str) -> None:
    assert find_personal_info(text) == []


def test_staff_forms_cover_titles_initials_and_aliases() -> None:
    forms = {form for form, _ in staff_forms(StaffEntry("Mrs Nadia Sale", "staff", ("N Sale",)))}
    assert {"Nadia Sale", "Mrs Sale", "Mr Sale", "Dr Sale", "Mx Sale", "Miss S",
            "Mrs N Sale", "N Sale"} <= forms


def test_a_shared_surname_initial_names_everyone_it_could_be() -> None:
    matcher = StaffMatcher([StaffEntry("Priya Patel", "staff"), StaffEntry("Sam Price", "staff")])
    [mention] = matcher.find("Miss P was lovely")
    assert [s.name for s in mention.staff] == ["Priya Patel", "Sam Price"]
    assert StaffMatcher([]).find("Mrs Patel") == []


def test_vectors_are_l2_normalised_per_block_and_score_like_a_dot_product() -> None:
    vectoriser = Vectoriser.fit(["the cat sat", "the cat ran", "a dog ran"], min_df=1)
    batch = vectoriser.transform(["the cat sat", "", "unknown words only"])
    assert np.diff(batch.indptr)[1] == 0  # an empty comment has no features
    words = batch.indices[:batch.indptr[1]] < len(vectoriser.words)
    values = batch.data[:batch.indptr[1]]
    assert np.isclose(np.sum(values[words] ** 2), 1.0)
    assert np.isclose(np.sum(values[~words] ** 2), 1.0)
    weights = np.ones((vectoriser.width, 2), dtype=np.float32)
    scores = linear_scores(batch, weights)
    assert scores.shape == (3, 2)
    assert np.isclose(scores[0, 0], values.sum()) and scores[1, 0] == 0.0
