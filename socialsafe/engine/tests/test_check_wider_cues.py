"""General cues for adverts, insults, copying and taking sides (SPEC C2), written in
words other than the labelled drafts': each category is recognised by what the post
does, and school posts that look alike stay clean."""

from __future__ import annotations

import pytest

from socialsafe.engine.drafts import DraftChecker
from socialsafe.policy.loader import load_pack


@pytest.fixture(scope="module")
def soke() -> DraftChecker:
    """Soke lists every category, so each detector can be seen on its own."""
    return DraftChecker(load_pack("soke"))


def found(checker: DraftChecker, text: str) -> set[str]:
    return {f.category for f in checker.check(text).findings}


@pytest.mark.parametrize(("category", "text"), [
    ("commercial", "Our dinner lady Pat does brilliant wedding cakes - get in touch with her "
                   "for prices!"),
    ("commercial", "Need your gutters cleared? Mr Shaw's brother is taking on new customers."),
    ("commercial", "Our caretaker's wife sells gorgeous jewellery - have a look at her page!"),
    ("commercial", "Grab a bargain at the new superstore on Bridge Street this weekend!"),
    ("offensive", "Parents moaning about homework need to shut up."),
    ("copyright", "Lovely poem we came across online for National Poetry Day, author unknown."),
    ("copyright", "Today's homework sheet is a copy of pages 10 to 20 of the revision guide."),
    ("political", "Brexit has been a catastrophe for our town."),
    ("political", "Local councillors have let every child in this borough down."),
    ("political", "We urge parents to join the demonstration against the free school plans."),
    ("political", "The new asylum bill is cruel and inhumane."),
    ("commercial", "Pop down to the Red Lion on Friday - great food and drinks deals!"),
    ("commercial", "Our school cook now does private catering for parties."),
    ("commercial", "Lisa in our office is a qualified beautician - book with her on Insta!"),
    ("offensive", "If you can't get your child here by 8:50, maybe parenting isn't for you."),
    ("offensive", "Our opponents today were an absolute shambles from start to finish."),
    ("copyright", "We've put the whole Gruffalo film on our channel for the kids to watch."),
    ("copyright", "We've printed the first three Harry Potter chapters for the reading group."),
    ("political", "Potholes everywhere? The council is hopeless - vote them out!"),
    ("political", "Shame on the cabinet for ignoring residents over the library."),
    ("political", "The teachers' pay offer is an insult."),
])
def test_general_wording_is_recognised(soke: DraftChecker, category: str, text: str) -> None:
    assert category in found(soke, text)


@pytest.mark.parametrize("text", [
    "Please get in touch with the office for prices of the school hoodies.",
    "Our anti-bullying campaign against unkind messages starts on Monday.",
    "Year 9 historians learned how the 1975 referendum worked.",
    "Don't let the team down: training is at 3.30 on Thursday.",
    "Pages 10 to 20 of the reading book are this week's homework.",
    "The Year 6 poem, written by the children, is on the website.",
    "Please shut the gate behind you at pick-up.",
    "The whole school watched a film about the Antarctic on Friday.",
    "Our library now has the complete Horrid Henry series, thanks to the PTA.",
    "Mock election results: the Green candidate won our school council vote!",
    "Year 4 have read the first two chapters of The Iron Man.",
    "Our pay-as-you-go breakfast club now has a meal deal: toast and juice for 50p.",
])
def test_school_posts_that_look_alike_stay_clean(soke: DraftChecker, text: str) -> None:
    assert not found(soke, text) & {"commercial", "offensive", "copyright", "political"}
