"""The draft check beyond one writer's phrasing (SPEC C2): each category is recognised by
what the post does (takes a side, sells, points to a person's own account, sneers, leaks,
copies), not by a fixed sentence, and the look-alike school posts stay clean."""

from __future__ import annotations

import pytest

from socialsafe.engine.drafts import DraftChecker
from socialsafe.engine.types import Pupil
from socialsafe.policy.loader import load_pack

ROSTER = [
    Pupil("1", "Summer", "Okafor", "", "3", True, False, False),
    Pupil("2", "Ivy", "Marsh", "", "2", True, False, False),
    Pupil("3", "Rowan", "Fisher", "", "5", True, False, False),
    Pupil("4", "Hazel", "Ingram", "", "4", True, False, False),
    Pupil("5", "Faith", "Oduya", "", "4", True, False, False),
    Pupil("6", "Amber", "Shaw", "", "6", True, False, False),
    Pupil("7", "Ruby", "Nolan", "", "3", True, False, False),
    Pupil("8", "William", "Patterson", "Will", "2", True, False, False),
    Pupil("9", "Hope", "Kaur", "", "5", True, False, False),
    Pupil("10", "Holly", "Briggs", "", "2", True, False, False),
    Pupil("11", "Jack", "Turner", "", "6", True, False, False),
    Pupil("12", "Ella", "Russell", "", "4", True, True, False),
]


@pytest.fixture(scope="module")
def soke() -> DraftChecker:
    """Soke lists every category, so each detector can be seen on its own."""
    return DraftChecker(load_pack("soke"), ROSTER)


@pytest.fixture(scope="module")
def kingsley() -> DraftChecker:
    return DraftChecker(load_pack("kingsley"), ROSTER)


def found(checker: DraftChecker, text: str) -> set[str]:
    return {f.category for f in checker.check(text).findings}


@pytest.mark.parametrize("text", [
    "Polls open on Thursday: the Green candidate is clearly the right choice for our town.",
    "The minister's new admissions policy is a disaster for rural families.",
    "Proud that our staff stand with Ukraine against the invasion.",
    "Stop the boats! Our island is full.",
    "Our governors think the council's plan to cut SEND transport is shameful.",
    "Our head will be marching with the NEU on Saturday, come along!",
    "Net zero is a con and we won't be teaching it.",
])
def test_taking_a_political_side_is_political(soke: DraftChecker, text: str) -> None:
    assert "political" in found(soke, text)


@pytest.mark.parametrize("text", [
    "The school hall is a polling station on Thursday, so school is closed.",
    "Year 6 visited Parliament and asked our MP about how laws are made.",
    "The council will grit the school lane from 6am tomorrow.",
    "Year 10 held a mock election and the Green Party won by three votes.",
])
def test_neutral_civic_posts_are_not_political(soke: DraftChecker, text: str) -> None:
    assert "political" not in found(soke, text)


@pytest.mark.parametrize("text", [
    "Treat yourself at Bloom's Florists this week and tell them the school sent you!",
    "Mrs Khan has just opened a lovely little bakery on the high street, do pop in.",
    "Use referral code GREEN10 for money off your first veg box.",
    "Our TA is raising money for her dream holiday, please share her GoFundMe.",
    "Big two-for-one offer at the leisure centre cafe all half term.",
    "A parent has just opened a dog grooming parlour in town, well worth a visit.",
    "Treat yourself at Glow Beauty, pamper packages from £25.",
    "Mr Hall gives private guitar lessons at home, ask the office for his number.",
])
def test_promoting_a_business_or_a_personal_fundraiser_is_commercial(
        soke: DraftChecker, text: str) -> None:
    assert "commercial" in found(soke, text)


@pytest.mark.parametrize("text", [
    "The PTA cake sale raised £312 for new playground equipment. Thank you!",
    "Wear something spotty for Children in Need on Friday and please donate £1.",
    "Tickets for the school disco are £3 from the office.",
    "Breakfast club has spaces from September, just £3 a session.",
    "Year 6 enterprise: the children are selling homemade cards for charity.",
    "School photos: order online by Friday for free delivery to school.",
    "Peripatetic violin lessons from £8 a session, letters home today.",
])
def test_the_schools_own_fundraising_is_not_commercial(soke: DraftChecker, text: str) -> None:
    assert "commercial" not in found(soke, text)


@pytest.mark.parametrize("text", [
    "More photos from the match are on @mr.okonkwo.pe if you want to see them.",
    "Read about our maths week on Mr Dale's blog: daleteachesmaths.wordpress.com",
    "Miss Reed posts science experiments on her personal TikTok channel, go and look!",
    "Our head's marathon training is all on strava.com/athletes/123456",
    "Follow me on Instagram for more of my classroom ideas!",
    "Our Year 1 teacher also has a YouTube channel for kids' yoga, search for her name!",
    "Follow Mr Baxter's running adventures on Strava as he trains for the marathon.",
    "Listen to our head's new podcast wherever you get your podcasts.",
])
def test_a_staff_members_own_account_or_site_is_a_personal_link(
        soke: DraftChecker, text: str) -> None:
    assert "staff_personal_link" in found(soke, text)


@pytest.mark.parametrize("text", [
    "Follow @SokeAcademyPE and instagram.com/sokeacademy for match reports.",
    "The author's website has free activity sheets for the holidays.",
    "Follow the Trust on LinkedIn for job updates.",
])
def test_the_schools_own_and_public_accounts_are_not_personal_links(
        soke: DraftChecker, text: str) -> None:
    assert "staff_personal_link" not in found(soke, text)


@pytest.mark.parametrize("text", [
    "The families from the estate are basically feral, so well done to ours for behaving.",
    "Polish parents always complain about homework, typical.",
    "Lovely concert. Ours was miles better than the one at the school up the road though.",
    "Some of you clearly can't read a newsletter, so here it is again.",
    "The new cook is a bit simple, bless her.",
    "Great win for the chess club against those snobs from Hillside.",
    "Another complaint about homework from a parent. Boo hoo.",
])
def test_mocking_and_stereotypes_without_swear_words_are_offensive(
        soke: DraftChecker, text: str) -> None:
    assert "offensive" in found(soke, text)


@pytest.mark.parametrize("text", [
    "Spread a thick layer of paint over the card for the collage.",
    "Our Eid celebration brought together Muslim families from across the town.",
    "We saw lots of Matildas and one very convincing Mr Twit on World Book Day.",
    "The recipe is simple: flour, butter and sugar.",
    "Year 4 boys and girls don't want the disco to end!",
    "We never do homework on Fridays so children can rest.",
])
def test_ordinary_words_near_those_patterns_stay_clean(soke: DraftChecker, text: str) -> None:
    assert "offensive" not in found(soke, text)


@pytest.mark.parametrize("text", [
    "Inspectors will be with us unannounced next week, so please be on time.",
    "Well done to our Year 9 boy who finished his managed move this term.",
    "Our caretaker is having treatment for cancer, so he'll be away for a while.",
    "Sadly two lunchtime staff are being made redundant in July.",
    "The head's suspension will be discussed by governors tonight.",
    "Between us, the inspectors come on Tuesday, so don't tell the parents.",
    "Governors have voted to cut three support staff posts.",
])
def test_internal_and_health_matters_are_confidential(soke: DraftChecker, text: str) -> None:
    assert "confidential" in found(soke, text)


@pytest.mark.parametrize("text", [
    "Our SEND information report for this year is now on the website.",
    "The new behaviour policy was adopted by governors in May.",
    "Between us and the park there is a new footpath.",
])
def test_published_policies_and_plain_words_are_not_confidential(
        soke: DraftChecker, text: str) -> None:
    assert "confidential" not in found(soke, text)


@pytest.mark.parametrize("text", [
    "The words to our favourite pop song are printed in full on the song sheet below.",
    "We've scanned every page of the picture book so you can read it at home.",
    "Saved this cartoon from the Telegraph and shared it here, so true!",
    "Great meme, credit to whoever made it.",
    "We've typed out the first three chapters of the new adventure book for you.",
])
def test_someone_elses_work_copied_whole_or_without_credit_is_copyright(
        soke: DraftChecker, text: str) -> None:
    assert "copyright" in found(soke, text)


def test_a_credited_photo_is_fine(soke: DraftChecker) -> None:
    text = "Photo by Jane Ellis, shared with permission, of our Year 4 trip to the castle."
    assert "copyright" not in found(soke, text)


def test_a_sentence_that_opens_by_addressing_someone_is_targeted(soke: DraftChecker) -> None:
    assert "targeted_message" in found(soke, "Darren, if you park there again we'll call "
                                             "the council.")
    assert "targeted_message" not in found(soke, "Parents, please park on the main road.")


@pytest.mark.parametrize("text", [
    "Our PTA chair lives just round the corner at 8 Mill Fold, BD5 9XT, so drop prizes there.",
    "Get well soon to Tony and Sue Barker in Primrose Crescent.",
    "Lift share for the trip: meet at 22 Ashdown Close at 7:30am.",
])
def test_where_someone_lives_is_personal_info(soke: DraftChecker, text: str) -> None:
    assert "personal_info" in found(soke, text)


def test_the_venue_of_a_school_event_is_not_personal_info(soke: DraftChecker) -> None:
    text = "The Christmas fair is in the school hall, 1 Moor Lane, LS12 4AB."
    assert "personal_info" not in found(soke, text)


@pytest.mark.parametrize("text", [
    "a big well done to summer in year 3 for her reading!",
    "Star of the week goes to ivy, our Year 2 speller.",
])
def test_a_lower_case_ordinary_word_name_with_a_year_group_is_a_pupil(
        soke: DraftChecker, text: str) -> None:
    assert "pupil_no_consent" in found(soke, text)


@pytest.mark.parametrize("text", [
    "Summer's poem about the sea won the county prize.",
    "We hope Will feels better soon.",
    "Ivy and her team built the tallest spaghetti bridge.",
    "Hope really impressed the judges with her backstroke.",
    "Holly and her friends ran a cake stall at lunch.",
])
def test_an_ordinary_word_name_used_as_a_pupil_is_flagged(soke: DraftChecker, text: str) -> None:
    assert "pupil_no_consent" in found(soke, text)


@pytest.mark.parametrize("text", [
    "Summer's nearly over, so enjoy the sunshine.",
    "Holly wreaths are on sale at the Christmas fair.",
    "Will you help us at the fete?",
    "Jack Russell puppies from the rescue centre visited Year 1.",
    "The Rowan and Hazel forms are planting trees in the quad on Monday.",
    "Both our Amber and Ruby teams reached the quiz final!",
    "Faith and Belief Week starts on Monday with a visit to the gurdwara.",
    "We loved the summer in year 6, the best of their time here.",
])
def test_names_of_forms_teams_and_weeks_are_not_pupils(soke: DraftChecker, text: str) -> None:
    assert "pupil_no_consent" not in found(soke, text)


@pytest.mark.parametrize("text", [
    "Happy Diwali to all our families celebrating the festival of lights!",
    "We're recruiting a part-time science technician. Closing date 3rd May.",
])
def test_a_post_with_a_purpose_the_pack_allows_is_not_off_purpose(
        soke: DraftChecker, text: str) -> None:
    assert "off_purpose" not in found(soke, text)


def test_a_purpose_the_pack_does_not_list_is_off_purpose(kingsley: DraftChecker) -> None:
    # Kingsley's official accounts post reminders, events, news and closures, not jobs
    text = "Kingsley is recruiting a site manager. Closing date 3rd May."
    assert "off_purpose" in found(kingsley, text)


def test_a_joke_for_its_own_sake_is_off_purpose(soke: DraftChecker) -> None:
    text = "Knock knock. Who's there? Cow says. Cow says who? No, cow says moo!"
    assert "off_purpose" in found(soke, text)
