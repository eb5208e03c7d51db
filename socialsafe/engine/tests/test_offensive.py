"""find_offensive: disguised swearing, slurs and name-calling, as spans of the original."""

import pytest

from socialsafe.engine.offensive import find_offensive, worst_kind


def spans(text: str) -> list[tuple[str, str, str]]:
    return [(text[s.start:s.end], s.term, s.kind) for s in find_offensive(text)]


@pytest.mark.parametrize(("text", "written", "term"), [
    ("F*CK off", "F*CK", "fuck"),
    ("what a load of sh1t", "sh1t", "shit"),
    ("f.u.c.k you", "f.u.c.k", "fuck"),
    ("f u c k this school", "f u c k", "fuck"),
    ("shut up you c**t", "c**t", "cunt"),
    ("fuuuuuck this", "fuuuuuck", "fuck"),
    ("a f***ing joke", "f***ing", "fucking"),
    ("you absolute fuckwit", "fuckwit", "fuckwit"),
    ("$hit show", "$hit", "shit"),
    ("B1TCH", "B1TCH", "bitch"),
])
def test_disguised_swearing_is_found_where_it_was_written(
    text: str, written: str, term: str,
) -> None:
    assert spans(text) == [(written, term, "profanity")]


@pytest.mark.parametrize("text", [
    "Scunthorpe class assessment", "a peacock in the garden", "Dick Whittington panto",
    "What?? Really!", "email a@b.com", "Year 3 on the 2nd", "grass", "cocktail", "therapist",
    "Sussex", "Hancock", "shuttlecock", "The Summer Fair raised £300",
])
def test_clean_text_has_no_spans(text: str) -> None:
    assert find_offensive(text) == []


def test_insults_without_swearing_and_slurs_have_their_kind() -> None:
    assert spans("you idiot") == [("idiot", "idiot", "insult")]
    assert spans("a waste of space") == [("waste of space", "waste of space", "insult")]
    found = find_offensive("he called him a retard and a f*ggot")
    assert [s.kind for s in found] == ["slur", "slur"]
    assert worst_kind(found) == "slur"


def test_every_span_is_reported_in_text_order() -> None:
    text = "crap teachers, bloody idiots"
    assert [t for _, t, _ in spans(text)] == ["crap", "bloody", "idiots"]
    assert worst_kind(find_offensive(text)) == "insult"
    assert worst_kind([]) is None
