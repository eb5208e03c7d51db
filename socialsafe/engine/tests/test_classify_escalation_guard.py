"""Criticism is answered, not escalated, when only the learned model sees risk (SPEC M3).

The learned model's escalation thresholds are set for recall, so a grievance about a
service that mentions children can score as a disclosure. These tests pin the model's
escalation scores high (a model that is sure) and check what the rules around it decide:
criticism with no rule, menace word or harm word is a complaint that gets a reply; any
of those keeps the escalation. A threat score is withdrawn only for a formal route or a
hazard warning: a grumbling tone can carry a veiled threat no lexicon lists."""

from dataclasses import replace
from functools import cache

import numpy as np
import pytest

from socialsafe.engine.comments import CommentClassifier
from socialsafe.engine.comments.model import CommentModel, Scored, load_model
from socialsafe.engine.types import Classification
from socialsafe.policy.loader import load_pack


class SureModel(CommentModel):
    """The shipped model, except that it scores every comment as given for the named
    labels: the worst case the guard has to handle is a model that is sure."""

    def __init__(self, pinned: tuple[tuple[str, float], ...]):
        self.__dict__.update(load_model().__dict__)
        self.pinned = pinned

    def score(self, texts: list[str]) -> Scored:  # type: ignore[override]
        scored = super().score(texts)
        labels = np.array(scored.labels)
        for name, value in self.pinned:
            labels[:, self.comments.names.index(name)] = value
        return replace(scored, labels=labels)


@cache
def classifier(pinned: tuple[tuple[str, float], ...]) -> CommentClassifier:
    return CommentClassifier(load_pack("crossflatts"), model=SureModel(pinned))


def judge(text: str, **pinned: float) -> Classification:
    return classifier(tuple(sorted(pinned.items()))).classify(text)


CRITICISM_OF_A_SERVICE = [
    "the school office never replies to emails, it is unacceptable",
    "this new uniform policy is ridiculous and the kids hate it",
    "another inset day announced at short notice, who decided this?",
    "I have made a formal complaint about how my daughter's class was handled",
    "the lunches are rubbish and the portions are far too small for growing children",
]


@pytest.mark.parametrize("text", CRITICISM_OF_A_SERVICE)
def test_criticism_that_only_the_model_calls_a_disclosure_gets_a_reply(text: str) -> None:
    result = judge(text, safeguarding=0.95)
    assert "safeguarding" not in result.labels
    assert "complaint" in result.labels
    assert result.action == "reply"


def test_a_model_that_leans_to_complaint_is_enough_to_read_criticism() -> None:
    result = judge("my son's class has had four different supply teachers this term",
                   safeguarding=0.95, complaint=0.5)
    assert result.action == "reply"


@pytest.mark.parametrize("text", [
    "can we please have a crossing patrol before someone gets hurt, it is not good enough",
    "I am taking this further with the governors, my complaint was handled badly",
])
def test_a_formal_route_or_hazard_warning_is_not_a_threat(text: str) -> None:
    result = judge(text, threat=0.95, safeguarding=0.95)
    assert result.action == "reply"
    assert "complaint" in result.labels


@pytest.mark.parametrize("text", [
    # a disclosure rule
    "the trip was a shambles and my son says his step-dad hits him when he's late home",
    # a harm word
    "the toilets are filthy and the kids are scared to use them",
    # a word of menace
    "the car park is a disgrace, I'll smash the office window next time",
    "useless school, someone should sort that office out",
])
def test_criticism_with_any_sign_of_risk_is_still_escalated(text: str) -> None:
    assert judge(text, threat=0.95, safeguarding=0.95).action == "escalate"


@pytest.mark.parametrize("text", [
    "typical useless school, if that coach shouts at my lad again he'll be eating through a straw",
    "oh brilliant, another detention. that teacher had better not be in the car park later",
])
def test_a_grumbling_tone_does_not_withdraw_a_threat(text: str) -> None:
    result = judge(text, threat=0.95)
    assert "threat" in result.labels
    assert result.action == "escalate"


def test_without_criticism_the_models_escalation_stands() -> None:
    assert judge("my daughter went quiet after the weekend at her uncle's",
                 safeguarding=0.95, complaint=0.0).action == "escalate"
