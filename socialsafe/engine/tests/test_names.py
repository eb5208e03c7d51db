"""The shared name matcher: case, accents, boundaries, possessives, spans into the original."""

from socialsafe.engine.names import NameMatcher, fold

MATCHER = NameMatcher.build([
    ("Amelia Jones", "p1"), ("Amelia", "p1"), ("Amelia", "p2"), ("Al", "p3"),
    ("Zoë", "p4"), ("Mrs Patel", "s1"), ("O'Brien", "p5"), ("Ann", "p6"),
    ("Ann-Marie", "p7"), ("James", "p8"),
])


def found(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(m.surface, m.keys) for m in MATCHER.find(text)]


def test_matches_any_case_and_reports_the_original_text() -> None:
    assert found("well done AMELIA and mrs PATEL") == [
        ("AMELIA", ("p1", "p2")), ("mrs PATEL", ("s1",))]


def test_longest_match_wins_and_spans_point_into_the_original() -> None:
    text = "Congratulations to Amelia   Jones!"
    [match] = MATCHER.find(text)
    assert (match.start, match.end) == (19, 33)
    assert text[match.start:match.end] == "Amelia   Jones"
    assert match.keys == ("p1",)


def test_word_boundaries() -> None:
    assert found("We also met Alfie") == []
    assert found("Al, well done") == [("Al", ("p3",))]
    assert found("Mr O'Brien and Brien") == [("O'Brien", ("p5",))]
    assert found("Ann-Marie and Ann") == [("Ann-Marie", ("p7",)), ("Ann", ("p6",))]


def test_possessives_straight_and_curly() -> None:
    matches = MATCHER.find("Amelia\u2019s painting, James' model and Ann's cake")
    assert [(m.surface, m.possessive) for m in matches] == [
        ("Amelia", True), ("James", True), ("Ann", True)]


def test_accents_are_folded() -> None:
    assert found("zoe and ZOË") == [("zoe", ("p4",)), ("ZOË", ("p4",))]
    assert len(fold("İstanbul Zoë")) == len("İstanbul Zoë")


def test_overlapping_mode_returns_every_match() -> None:
    surfaces = [m.surface for m in MATCHER.find("Amelia Jones", overlapping=True)]
    assert surfaces == ["Amelia Jones", "Amelia"]


def test_empty_matcher_finds_nothing() -> None:
    assert NameMatcher.build([]).find("Amelia") == []
    assert len(MATCHER) == 9  # distinct surface forms
