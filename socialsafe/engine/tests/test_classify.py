"""classify(): every CONTRACT label, the hard cases of issue 3, and the action order."""

from functools import cache

import pytest

from socialsafe.engine.comments import LABELS, CommentClassifier, action_for, classify
from socialsafe.engine.types import Classification, StaffEntry
from socialsafe.policy.loader import load_pack

STAFF = [
    StaffEntry("Priya Patel", "staff"),
    StaffEntry("David Hughes", "head", ("Mr H",)),
    StaffEntry("Nadia Sale", "media_lead", ("Mrs Sale", "N Sale")),
]


@cache
def classifier() -> CommentClassifier:
    return CommentClassifier(load_pack("crossflatts"), STAFF)


def judge(text: str) -> Classification:
    return classifier().classify(text)


@pytest.mark.parametrize("text", [
    "third time this term the office has got it wrong",
    "Absolutely shocking communication again, we found out about the trip the night before",
    "Still waiting for the refund for the cancelled trip, it has been six weeks. Not good enough.",
    "Oh brilliant, another inset day with a week's notice 🙄",
    "I've emailed three times and nobody has replied. Really poor.",
])
def test_a_sharp_but_clean_complaint_is_answered_never_hidden(text: str) -> None:
    result = judge(text)
    assert "complaint" in result.labels
    assert result.action == "reply"


@pytest.mark.parametrize("text", [
    "that teacher is a useless waste of space",
    "the head is a spineless coward and a liar",
    "you lot are a bunch of clowns",
])
def test_an_insult_to_a_person_is_abuse_without_a_swear_word(text: str) -> None:
    result = judge(text)
    assert "abuse" in result.labels
    assert result.action == "hide"


@pytest.mark.parametrize("text", [
    "this school is a f*cking joke", "sh1t school", "f.u.c.k this place",
    "f u c k off", "what a load of b0ll0cks",
])
def test_obfuscated_profanity_is_caught(text: str) -> None:
    assert "abuse" in judge(text).labels


@pytest.mark.parametrize("text", [
    "the kids absolutely smashed it today!", "killer costume 😂", "the kids slayed it",
    "I could murder a coffee after that drop off", "break a leg tonight year 6!",
])
def test_figurative_violence_is_not_a_threat(text: str) -> None:
    result = judge(text)
    assert "threat" not in result.labels
    assert result.action in ("keep", "reply")


@pytest.mark.parametrize("text", [
    "I'll be waiting for her at the gate tomorrow, she won't know what hit her",
    "if anyone touches my son again I will smash their face in",
    "someone should burn that school to the ground",
])
def test_a_threat_is_escalated(text: str) -> None:
    result = judge(text)
    assert "threat" in result.labels
    assert result.action == "escalate"


@pytest.mark.parametrize("text", [
    "is it normal for a 7 year old to be left home alone all weekend?",
    "my friend's kid says her step-dad hits her, who do I tell?",
    "my daughter said she wants to kill herself and I don't know what to do",
])
def test_a_disclosure_is_escalated_even_as_a_question(text: str) -> None:
    result = judge(text)
    assert "safeguarding" in result.labels
    assert result.action == "escalate"


@pytest.mark.parametrize(("text", "label"), [
    ("go back to your own country", "hate"),
    ("Make £500 a day from home!! DM me to find out how", "spam"),
    ("Kids tutoring available, maths and English, message me for rates", "commercial"),
    ("her number is 07700 900123 if anyone wants to tell her what they think", "personal_info"),
    ("What time does sports day start?", "question"),
    ("Well done to the year 6 team, what a show!", "praise"),
    ("hitler had the right idea, the race war is coming", "extremism"),
])
def test_each_label(text: str, label: str) -> None:
    assert label in judge(text).labels


def test_pta_fundraising_is_not_commercial_spam() -> None:
    result = judge("Don't forget the PTA raffle tickets are on sale at the gate this week!")
    assert not {"commercial", "spam"} & set(result.labels)


@pytest.mark.parametrize(("text", "mentioned"), [
    ("Thank you Mrs Patel!", True), ("miss p is lovely", True), ("Priya Patel rocks", True),
    ("ask Mr H", True), ("Dr Patel said so", True), ("Mrs P. Patel", True),
    ("N Sale replied", True), ("I miss p.e. lessons", False), ("Mrs Brown was kind", False),
])
def test_staff_mentions_follow_the_register_and_its_aliases(text: str, mentioned: bool) -> None:
    assert ("staff_mention" in judge(text).labels) is mentioned


def test_praise_naming_staff_is_kept_and_reported_as_a_mention() -> None:
    result = judge("Well done Mrs Patel, the nativity was brilliant")
    assert {"praise", "staff_mention"} <= set(result.labels)
    assert result.action == "keep"


def test_scores_cover_every_label_and_agree_with_labels() -> None:
    result = judge("f*ck off you idiot")
    assert list(result.scores) == list(LABELS)
    assert all(0.0 <= s <= 1.0 for s in result.scores.values())
    assert set(result.labels) == {label for label, s in result.scores.items() if s >= 0.5}


def test_empty_and_huge_text() -> None:
    assert judge("") == Classification([], "keep", dict.fromkeys(LABELS, 0.0))
    huge = "lovely day " * 100_000 + " f*ck off"
    assert "abuse" in judge(huge).labels


def test_classify_function_takes_pack_and_staff() -> None:
    result = classify("Thanks Mrs Patel", load_pack("elm-park"), STAFF)
    assert "staff_mention" in result.labels


@pytest.mark.parametrize(("labels", "action"), [
    (["praise", "threat", "abuse"], "escalate"),
    (["safeguarding", "question"], "escalate"),
    (["complaint", "abuse"], "hide"),
    (["personal_info"], "hide"),
    (["complaint", "question"], "reply"),
    (["praise", "staff_mention"], "keep"),
    ([], "keep"),
])
def test_action_is_the_first_that_applies(labels: list[str], action: str) -> None:
    assert action_for(labels) == action


@pytest.mark.parametrize(("text", "threat"), [
    ("I will smash your face in", True),
    ("watch your back", True),
    ("you're dead meat", True),
    ("I know where you live", True),
    ("I'll get him to bring his PE kit", False),
    ("I could murder a coffee", False),
    ("we'll smash it on sunday", False),
    ("I'll knock on the door", False),
    ("I'm gonna kill him if he loses another jumper 😂", False),
])
def test_threat_patterns_leave_figures_of_speech_alone(text: str, threat: bool) -> None:
    from socialsafe.engine.comments.rules import is_threat
    from socialsafe.engine.text import normalise_text

    assert is_threat(normalise_text(text)) is threat


@pytest.mark.parametrize(("text", "disclosure"), [
    ("my friend's kid says her step-dad hits her, who do I tell?", True),
    ("is it normal for a 7 year old to be left home alone all weekend?", True),
    ("my daughter said she wants to kill herself", True),
    ("a girl in his class has bruises on her arms every week", True),
    ("we watched Home Alone at the film night", False),
    ("my son told me his teacher helped him with his reading", False),
    ("my dad hit a six at the cricket match", False),
])
def test_disclosure_patterns(text: str, disclosure: bool) -> None:
    from socialsafe.engine.comments.rules import is_disclosure
    from socialsafe.engine.text import normalise_text

    assert is_disclosure(normalise_text(text)) is disclosure
