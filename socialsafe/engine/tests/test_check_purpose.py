"""The purpose check (KI staff conduct, SO official accounts): a post is off purpose only
when nothing in it serves a school purpose, or when its only purpose is one the pack does
not list. Another finding (an insult, an advert, a political jibe) does not by itself make
a school post off purpose; a message to one person still does."""

from __future__ import annotations

import pytest

from socialsafe.engine.drafts import DraftChecker
from socialsafe.engine.drafts.purposes import cue_kinds
from socialsafe.policy.loader import load_pack


@pytest.fixture(scope="module")
def soke() -> DraftChecker:
    """Soke lists seasonal greetings, vacancies and feedback among its purposes."""
    return DraftChecker(load_pack("soke"))


@pytest.fixture(scope="module")
def kingsley() -> DraftChecker:
    """Kingsley's official accounts post reminders, events, news and closures only."""
    return DraftChecker(load_pack("kingsley"))


def found(checker: DraftChecker, text: str) -> set[str]:
    return {f.category for f in checker.check(text).findings}


@pytest.mark.parametrize("text", [
    "Happy Vaisakhi from all of us!",
    "Wishing a joyful Guru Nanak Gurpurab to everyone celebrating.",
    "Happy Thanksgiving to our American families.",
    "Chag sameach to all our families marking Sukkot.",
    "Happy St David's Day! Dydd Gŵyl Dewi hapus!",
    "Merry Xmas and a peaceful new year to the whole school community.",
])
def test_a_greeting_for_any_festival_is_a_seasonal_greeting(soke: DraftChecker,
                                                            kingsley: DraftChecker,
                                                            text: str) -> None:
    assert "seasonal" in cue_kinds(text.lower())
    assert "off_purpose" not in found(soke, text)
    assert "off_purpose" in found(kingsley, text)


@pytest.mark.parametrize("text", [
    "Have a restful half term, everyone!",
    "Wishing our athletes luck at the county sports festival.",
    "Happy birthday to our lollipop lady, Mrs Dean!",
])
def test_a_holiday_or_a_festival_in_passing_is_not_a_seasonal_greeting(text: str) -> None:
    assert "seasonal" not in cue_kinds(text.lower())


@pytest.mark.parametrize("text", [
    "Parents who park across the zigzags at drop-off are selfish idiots.",
    "Our Year 11s debated the voting age today, and the Tories are plainly wrong about it.",
    "Thanks to everyone who came to the summer fair! Afterwards, pop into Gino's Cafe on "
    "Mill Lane for 20% off with code FAIR20.",
])
def test_a_school_post_with_another_finding_is_not_also_off_purpose(
        soke: DraftChecker, kingsley: DraftChecker, text: str) -> None:
    for checker in (soke, kingsley):
        categories = found(checker, text)
        assert categories & {"offensive", "political", "commercial"}
        assert "off_purpose" not in categories


@pytest.mark.parametrize("text", [
    "Vote Green on Thursday. The other parties have failed us.",
    "Buy my homemade fudge, £3 a bag, DM me!",
])
def test_a_post_that_is_only_politics_or_an_advert_is_off_purpose(soke: DraftChecker,
                                                                  text: str) -> None:
    assert "off_purpose" in found(soke, text)


@pytest.mark.parametrize("text", [
    "A huge thank you to the PTA for the new benches.",
    "Our under-11 netball squad are county champions!",
    "Class 4 loved their trip to the Roman fort.",
    "Chess club restarts on Tuesday in room 12.",
    "Term dates for next year are now on the website.",
    "Could parents please return the consent slips by Friday?",
    "Please drive slowly near the school; the crossing patrol is off sick this week.",
    "Lost: a blue lunchbox with a dinosaur on it. Please hand in to reception.",
    "Remember it's World Book Day on Thursday: come dressed as a favourite character!",
])
def test_everyday_school_posts_are_on_purpose(soke: DraftChecker, kingsley: DraftChecker,
                                              text: str) -> None:
    assert "off_purpose" not in found(soke, text)
    assert "off_purpose" not in found(kingsley, text)


def test_chatter_that_mentions_half_term_is_still_off_purpose(soke: DraftChecker) -> None:
    text = "Anyone got a spare ticket for the big gig on Saturday? See you all after half term!"
    assert "off_purpose" in found(soke, text)
