"""The draft check (SPEC C2): what each category catches, and what it must leave alone."""

from __future__ import annotations

import pytest

from socialsafe.engine.drafts import DraftChecker, check
from socialsafe.engine.types import CheckResult, Pupil, StaffEntry
from socialsafe.policy.loader import bundled_slugs, load_pack

ROSTER = [
    Pupil("1", "Amelia", "Jones", "", "4", True, False, False),
    Pupil("2", "Amelia", "Khan", "", "2", True, True, False),
    Pupil("3", "Grace", "Whitfield", "", "5", True, False, False),
    Pupil("4", "Summer", "Okafor", "", "3", True, False, False),
    Pupil("5", "William", "Patterson", "Will", "2", True, False, False),
    Pupil("6", "Poppy", "Adeyemi", "", "1", True, False, False),
    Pupil("7", "Harvey", "Bell", "", "4", False, True, True),
    Pupil("8", "Thomas", "Brown", "Tom", "6", True, True, False),
    Pupil("9", "Hope", "Kaur", "", "5", True, False, False),
    Pupil("10", "Mark", "Dobson", "", "6", True, False, False),
    Pupil("11", "May", "Chen", "", "3", True, False, False),
]
STAFF = [StaffEntry("Katie Taylor", "staff", ("Miss Taylor",))]


@pytest.fixture(scope="module")
def soke() -> DraftChecker:
    return DraftChecker(load_pack("soke"), ROSTER, STAFF)


@pytest.fixture(scope="module")
def crossflatts() -> DraftChecker:
    return DraftChecker(load_pack("crossflatts"), ROSTER, STAFF)


def categories(result: CheckResult) -> set[str]:
    return {f.category for f in result.findings}


def spans(text: str, result: CheckResult, category: str) -> list[str]:
    return [text[f.start:f.end] for f in result.findings
            if f.category == category and f.start is not None]


# --- pupils --------------------------------------------------------------------------------

def test_a_pupil_without_name_consent_blocks_the_post(soke: DraftChecker) -> None:
    text = "Congratulations to Amelia Jones in Year 4 on her poetry prize!"
    result = soke.check(text)
    assert result.verdict == "blocked"
    assert spans(text, result, "pupil_no_consent") == ["Amelia Jones"]
    [finding] = result.findings
    assert finding.severity == "block"
    assert "no name consent" in finding.message
    assert finding.clause.startswith("Soke Education Trust")


@pytest.mark.parametrize("text, name", [
    ("well done amelia jones!", "amelia jones"),
    ("AMELIA JONES WINS THE PRIZE", "AMELIA JONES"),
    ("Amelia Jones\u2019s painting is on display", "Amelia Jones"),
    ("Thanks to Amelia J for her speech", "Amelia J"),
    ("Harvey Bell won the poster competition", "Harvey Bell"),
    ("Harvey's model is brilliant", "Harvey"),
])
def test_names_are_found_in_any_case_with_possessives_and_initials(
        soke: DraftChecker, text: str, name: str) -> None:
    assert spans(text, soke.check(text), "pupil_no_consent") == [name]


def test_do_not_publish_beats_consent(soke: DraftChecker) -> None:
    [finding] = soke.check("Well done Harvey Bell!").findings
    assert "do-not-publish" in finding.message


def test_consented_full_name_is_fine(soke: DraftChecker) -> None:
    assert soke.check("Huge congratulations to Amelia Khan in Year 2!").verdict == "ok"
    assert soke.check("Well done to Tom Brown, our new Head Boy!").verdict == "ok"


def test_a_first_name_shared_with_a_pupil_without_consent_is_flagged_as_ambiguous(
        soke: DraftChecker) -> None:
    [finding] = soke.check("Well done Amelia! Your science project was fantastic.").findings
    assert finding.category == "pupil_no_consent"
    assert "ambiguous" in finding.message and "2 pupils" in finding.message


@pytest.mark.parametrize("text", [
    "Reminder: the grace period for returning trip forms ends on Friday.",
    "Our Summer Fair is on Saturday from 12 until 3pm on the school field.",
    "The Poppy Appeal stall will be in the hall every morning this week.",
    "Will you be joining us for the leavers' assembly?",
    "We hope everyone has a restful half term.",
    "Mark your calendars: parents' evening is on 14th October.",
    "May half term starts on Friday 23rd May.",
    "Hope to see lots of you at the open evening!",
    "Summer term clubs start next week.",
    "Our lollipop lady, Mrs Hope, retires on Friday.",
    "Reception have been reading Jack and the Beanstalk.",
    "Summer is finally here, so please send a sun hat.",
    "Check out instagram.com/amelia.jones.art for the artist's work.",
    "Year 4 have been studying the life of Amelia Earhart.",
    "Happy World Book Day! We had an Amelia, two Gruffalos and a Willy Wonka.",
    "Year 5 learned about Thomas Amelia, the inventor.",
])
def test_ordinary_words_that_are_also_names_are_not_pupils(soke: DraftChecker,
                                                           text: str) -> None:
    assert "pupil_no_consent" not in categories(soke.check(text))


@pytest.mark.parametrize("text, name", [
    ("Well done to Grace for her amazing dance performance!", "Grace"),
    ("Will scored the winning goal in the last minute!", "Will"),
    ("Big congratulations to Poppy who came first in the sack race!", "Poppy"),
    ("Summer Okafor has written a wonderful story.", "Summer Okafor"),
    ("Thank you to Hope for reading so beautifully.", "Hope"),
    ("Mark and Tom built the tallest tower!", "Mark"),
    ("May Chen in Year 3 wrote a brilliant poem.", "May Chen"),
    ("Grace's story made the whole class laugh.", "Grace"),
])
def test_ordinary_word_names_are_flagged_when_the_context_is_a_person(
        soke: DraftChecker, text: str, name: str) -> None:
    assert spans(text, soke.check(text), "pupil_no_consent") == [name]


def test_a_first_name_after_a_consented_full_name_means_that_pupil(soke: DraftChecker) -> None:
    text = "Congratulations to Amelia Khan in Year 2! Amelia's poster is in the hall."
    assert soke.check(text).verdict == "ok"
    assert spans("Well done Amelia Jones! Amelia's poster is in the hall.",
                 soke.check("Well done Amelia Jones! Amelia's poster is in the hall."),
                 "pupil_no_consent") == ["Amelia Jones", "Amelia"]


# --- personal information ------------------------------------------------------------------

@pytest.mark.parametrize("text, found", [
    ("Text Mrs Davies on 07700 900982 to join the walking bus.", "07700 900982"),
    ("Email her at jo.bloggs88@gmail.com with questions.", "jo.bloggs88@gmail.com"),
    ("Return it to 14 Acacia Avenue, LS6 2QT please.", "14 Acacia Avenue"),
    ("Happy birthday to our cook, born on 12th March 1961!", "born on 12th March 1961"),
    ("Call Mr Jones on his home number, 01632 960744.", "01632 960744"),
])
def test_personal_information_is_blocked(soke: DraftChecker, text: str, found: str) -> None:
    result = soke.check(text)
    assert result.verdict == "blocked"
    assert found in spans(text, result, "personal_info")


@pytest.mark.parametrize("text", [
    "Please call the school office on 01632 960123 before 9:15am if your child is absent.",
    "Email office@kingsleyprimary.sch.uk with any questions about the trip.",
    "On the day of the residential, the school trip mobile is 07700 900461.",
    "The fair is at the Village Hall, 2 Church Lane, from 10am.",
    "Worried about a child? Call the NSPCC helpline on 0808 800 5000.",
])
def test_the_schools_own_contact_details_are_not_personal(soke: DraftChecker,
                                                          text: str) -> None:
    assert "personal_info" not in categories(soke.check(text))


# --- the other categories ------------------------------------------------------------------

@pytest.mark.parametrize("category, text", [
    ("offensive", "To the idiots who keep parking on the zigzags: stop it."),
    ("offensive", "The state of lost property is a f***ing disgrace."),
    ("political", "Vote Labour on Thursday for a government that funds schools!"),
    ("political", "Please sign the petition against VAT on school fees."),
    ("personal_view", "Personally, I think homework is a waste of time."),
    ("personal_view", "In my opinion, children spend too long on screens."),
    ("targeted_message", "To the parent who parked across the disabled bay: you know who "
                         "you are."),
    ("targeted_message", "@DaveSmith77 we have answered your question, please stop posting."),
    ("staff_personal_link", "More photos on Miss Taylor's Instagram: "
                            "instagram.com/katie.taylor.teaches"),
    ("staff_personal_link", "Connect with our head on LinkedIn: linkedin.com/in/sarah-head"),
    ("commercial", "Use code SCHOOL10 for 10% off at Bella's Beauty Bar this month!"),
    ("commercial", "Please donate to Mrs Reid's JustGiving page for her skydive."),
    ("confidential", "Two Year 8 boys have been permanently excluded after the fight."),
    ("confidential", "Mr Clarke is signed off with stress this half term."),
    ("copyright", "Found this lovely Christmas picture on Google Images!"),
    ("copyright", "Not sure who made this poster but it's brilliant, so sharing it."),
    ("copyright", "Happy Valentine's Day! (Image: Google)"),
    ("copyright", "We've uploaded the whole of the film Frozen for families to watch."),
    ("confidential", "Ethan Wright has joined our nurture group because of difficulties at home."),
    ("confidential", "Please be aware that Aisha Rahman has a severe nut allergy."),
    ("targeted_message", "Mr Ahmed \u2013 your daughter left her coat in the hall again!"),
    ("commercial", "Need a cleaner? One of our dinner ladies has spaces. Message her on Facebook."),
    ("political", "Vote no to the academy conversion at next week's ballot!"),
    ("offensive", "Some of the so-called adults at pick-up are acting like spoilt brats."),
])
def test_each_category_is_caught(soke: DraftChecker, category: str, text: str) -> None:
    assert category in categories(soke.check(text))


@pytest.mark.parametrize("text", [
    "Our Year 6 pupils smashed it at the athletics meet!",
    "Book now for the pantomime, Dick Whittington, at the Grand Theatre.",
    "The school is closed on Thursday as the hall is a polling station.",
    "Vote for your House Captain! Speeches are in Friday's assembly.",
    "Year 2 used 'I think' and 'because' sentences in their persuasive writing.",
    "We think you'll love the new lunch menu!",
    "Thank you to @TescoCommunity for donating fruit for healthy eating week.",
    "Follow us on Instagram at instagram.com/kingsleyprimaryschool for photos.",
    "PTA cake sale this Friday! All money raised goes to new playground equipment.",
    "It's non-uniform day on Friday for Children in Need: a suggested donation of £1.",
    "Our SEND information report is on the website; our SENCo holds drop-ins on Tuesdays.",
    "Proofs of the school photographs will be sent home on Friday.",
    "The trust has published its new SEND strategy on how we support pupils across our schools.",
    "Happy Christmas from all of us! Artwork by Year 3, shared with permission.",
    "Photo courtesy of the Evening Post: our choir at the civic centre.",
])
def test_clean_posts_that_look_risky_pass(soke: DraftChecker, text: str) -> None:
    result = soke.check(text)
    assert result.verdict == "ok", result.findings


def test_off_purpose_is_a_whole_post_finding(soke: DraftChecker) -> None:
    result = soke.check("Off to Tenerife tomorrow! Two weeks of sunshine and cocktails.")
    [finding] = [f for f in result.findings if f.category == "off_purpose"]
    assert (finding.start, finding.end) == (None, None)
    assert finding.severity == soke.pack.content_severity()["off_purpose"]


def test_a_post_outside_the_packs_purposes_is_off_purpose() -> None:
    kingsley = DraftChecker(load_pack("kingsley"))
    vacancy = "Vacancy: Class Teacher (Year 4), full time, from September. Closing date 31st March."
    lists_vacancies = any("vacanc" in p for p in kingsley.pack.parameters.allowed_purposes.value)
    assert ("off_purpose" in categories(kingsley.check(vacancy))) is not lists_vacancies


def test_a_message_to_one_person_serves_no_school_purpose() -> None:
    slugs = [s for s in bundled_slugs() if "off_purpose" in load_pack(s).content_severity()]
    assert slugs, "a bundled pack lists off_purpose"
    for slug in slugs:
        result = DraftChecker(load_pack(slug)).check(
            "Mrs Kowalski, please call us back about your son's behaviour.")
        assert "off_purpose" in categories(result)


# --- the pack decides ----------------------------------------------------------------------

def test_severity_and_clause_come_from_the_pack(soke: DraftChecker,
                                                crossflatts: DraftChecker) -> None:
    text = "Vote Labour on Thursday!"
    for checker, name in ((soke, "Soke"), (crossflatts, "Crossflatts")):
        [finding] = [f for f in checker.check(text).findings if f.category == "political"]
        rule = checker.pack.content_rule("political")
        assert rule is not None
        assert finding.severity == rule.severity
        assert finding.clause == (f"{checker.pack.organisation.name} policy § "
                                  f"{rule.cite.section} (rule {rule.id})")
        assert name in finding.clause


def test_a_category_the_pack_does_not_list_is_not_reported(crossflatts: DraftChecker) -> None:
    result = crossflatts.check("Off to Tenerife tomorrow! Two weeks of sunshine and cocktails.")
    assert "off_purpose" not in categories(result)


def test_advice_alone_does_not_change_the_verdict() -> None:
    slug = next(s for s in bundled_slugs()
                if load_pack(s).content_severity().get("personal_view") == "advice")
    result = DraftChecker(load_pack(slug)).check(
        "Personally, I think Year 4's art is the best I've seen!")
    assert categories(result) == {"personal_view"}
    assert result.findings[0].severity == "advice"
    assert result.verdict == "ok"


def test_verdict_is_the_worst_severity(soke: DraftChecker) -> None:
    result = soke.check("Well done Amelia Jones! I think the Tories are awful.")
    assert result.verdict == "blocked"
    assert {"pupil_no_consent", "personal_view"} <= categories(result)


def test_one_call_form_reuses_the_checker() -> None:
    pack = load_pack("soke")
    first = check("Well done Grace Whitfield!", pack, ROSTER)
    again = check("Well done Grace Whitfield!", pack, ROSTER)
    assert first == again and first.verdict == "blocked"


def test_huge_text_is_capped_with_an_advice(soke: DraftChecker) -> None:
    text = "Well done Amelia Jones! " + "la " * 400_000
    result = soke.check(text)
    assert result.verdict == "blocked"
    assert any(f.severity == "advice" and f.start == 100_000 for f in result.findings)


def test_empty_roster_finds_no_pupils() -> None:
    checker = DraftChecker(load_pack("soke"))
    assert "pupil_no_consent" not in categories(checker.check("Well done Amelia Jones!"))
