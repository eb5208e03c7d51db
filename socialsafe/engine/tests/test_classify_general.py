"""classify() on the general cases that template-trained models miss: veiled threats,
disclosures without a violent verb, a group mentioned without contempt, sarcastic praise,
and criticism that must be answered rather than hidden (SPEC M2, M3)."""

from functools import cache

import pytest

from socialsafe.engine.comments import CommentClassifier
from socialsafe.engine.comments.rules import is_disclosure, is_sarcastic, is_threat
from socialsafe.engine.text import normalise_text
from socialsafe.engine.types import Classification, StaffEntry
from socialsafe.policy.loader import load_pack

STAFF = [StaffEntry("Joan Fenwick", "head", ("Mrs Fenwick",))]


@cache
def classifier() -> CommentClassifier:
    return CommentClassifier(load_pack("crossflatts"), STAFF)


def judge(text: str) -> Classification:
    return classifier().classify(text)


VEILED_THREATS = [
    "Mrs Fenwick needs to watch herself when she walks to her car tonight",
    "we know where the deputy head lives, remember that",
    "it would be a shame if something happened to that new classroom of yours",
    "your days are numbered at this school",
    "the next teacher who shouts at my boy is getting a visit",
    "you're a dead man, sir",
]


@pytest.mark.parametrize("text", VEILED_THREATS)
def test_a_veiled_threat_is_escalated(text: str) -> None:
    assert is_threat(normalise_text(text))
    result = judge(text)
    assert "threat" in result.labels
    assert result.action == "escalate"


DISCLOSURES = [
    "my nephew keeps saying he wants to hang himself and nobody at home listens",
    "the boy over the road gets left on his own for days while his mum works away",
    "a man in a white car keeps offering the girls from year 7 a lift home",
    "her swimming coach buys her presents and told her not to tell her dad",
    "an older man on snapchat has been messaging my 13 year old and wants to meet her",
    "my friend's lad came in with cuts on his arms again, I think he's doing it himself",
    "they left the baby and the toddler in the car outside the pub for an hour",
]


@pytest.mark.parametrize("text", DISCLOSURES)
def test_a_disclosure_without_a_violent_verb_is_escalated(text: str) -> None:
    result = judge(text)
    assert "safeguarding" in result.labels
    assert result.action == "escalate"


@pytest.mark.parametrize("text", [
    "left my bag in the car, can someone bring it to the office?",
    "please don't tell anyone, the leavers' party is a surprise for Mrs Fenwick",
    "we know where the car park is, thanks",
    "the man from the council was following the new parking rules",
])
def test_ordinary_sentences_that_share_words_with_a_risk_are_not_escalated(text: str) -> None:
    norm = normalise_text(text)
    assert not is_disclosure(norm)
    assert not is_threat(norm)


@pytest.mark.parametrize("text", [
    "Eid Mubarak to all our Muslim families!",
    "well done to the year 10 girls, what a netball final",
    "is there a quiet prayer room for the Muslim pupils during Ramadan?",
    "loved the Black History Month assembly, thank you",
])
def test_naming_a_group_without_contempt_is_not_hate(text: str) -> None:
    result = judge(text)
    assert "hate" not in result.labels
    assert result.action in ("keep", "reply")


@pytest.mark.parametrize("text", [
    "these migrants should all be sent back, they are ruining our schools",
    "typical of their lot, the travellers don't wash and shouldn't be allowed in class",
])
def test_contempt_for_a_group_is_hate(text: str) -> None:
    result = judge(text)
    assert "hate" in result.labels
    assert result.action == "hide"


@pytest.mark.parametrize("text", [
    "Oh brilliant, another non-uniform day announced at 9pm the night before 🙄",
    "Thanks for nothing, still no reply to the email I sent a month ago",
    "Great, another inset day with three days' notice. Cheers for that",
    "Funny how the staff car park gets gritted but the pupils' path never does",
])
def test_sarcastic_praise_is_a_complaint(text: str) -> None:
    assert is_sarcastic(normalise_text(text))
    result = judge(text)
    assert "complaint" in result.labels
    assert "praise" not in result.labels
    assert result.action == "reply"


@pytest.mark.parametrize("text", [
    "The trip costs £45 and we were told two days before. Not acceptable.",
    "Cancelling sports day for a drizzle was a poor decision, the kids were gutted",
    "The new pick-up system is a shambles, we waited 25 minutes in the rain again",
    "Why has nobody answered my email about the bus? Third time of asking.",
])
def test_criticism_of_a_decision_or_service_is_answered_not_hidden(text: str) -> None:
    result = judge(text)
    assert "complaint" in result.labels
    assert result.action == "reply"


@pytest.mark.parametrize("text", [
    "you are a pathetic excuse for a head teacher",
    "Mrs Fenwick is a spiteful, lazy, two faced liar",
])
def test_a_personal_attack_without_swearing_is_abuse(text: str) -> None:
    result = judge(text)
    assert "abuse" in result.labels
    assert result.action in ("hide", "escalate")  # escalation thresholds are recall-first


def test_a_comment_without_one_real_word_gets_no_learned_label() -> None:
    assert judge("a" * 5000).labels == []


def test_a_vehicle_registration_is_personal_information() -> None:
    from socialsafe.engine.comments.personal import find_personal_info

    assert [p.kind for p in find_personal_info("the grey Audi KX19 TRB parks on the zigzags")] \
        == ["registration"]
    assert find_personal_info("Y6 SATS week and KS2 results") == []
    result = judge("The silver Ford, MV70 HKL, is on the yellow lines every morning")
    assert "personal_info" in result.labels
