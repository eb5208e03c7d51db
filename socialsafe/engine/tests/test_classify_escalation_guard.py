"""Criticism is answered, not escalated, when only the learned model sees risk (SPEC M3).

The learned model's escalation thresholds are set for recall, so a grievance about a
service that mentions children can score as a disclosure. These tests pin the model's
escalation scores high (a model that is sure) and check what the rules around it decide:
criticism with no rule, menace word or harm word is a complaint that gets a reply; any
of those keeps the escalation."""

from dataclasses import replace
from functools import cache

import numpy as np
import pytest

from socialsafe.engine.comments import CommentClassifier
from socialsafe.engine.comments.model import CommentModel, Scored, load_model
from socialsafe.engine.types import Classification
from socialsafe.policy.loader import load_pack


class SureOfEscalation(CommentModel):
    """The shipped model, except that it scores every comment 0.95 for threat and
    safeguarding (and `complaint` as given): the worst case the guard has to handle."""

    def __init__(self, complaint: float | None = None):
        self.__dict__.update(load_model().__dict__)
        self.complaint = complaint

    def score(self, texts: list[str]) -> Scored:  # type: ignore[override]
        scored = super().score(texts)
        labels = np.array(scored.labels)
        names = self.comments.names
        labels[:, names.index("threat")] = 0.95
        labels[:, names.index("safeguarding")] = 0.95
        if self.complaint is not None:
            labels[:, names.index("complaint")] = self.complaint
        return replace(scored, labels=labels)


@cache
def classifier(complaint: float | None = None) -> CommentClassifier:
    return CommentClassifier(load_pack("crossflatts"), model=SureOfEscalation(complaint))


def judge(text: str, complaint: float | None = None) -> Classification:
    return classifier(complaint).classify(text)


CRITICISM_OF_A_SERVICE = [
    "the school office never replies to emails, it is unacceptable",
    "this new uniform policy is ridiculous and the kids hate it",
    "another inset day announced at short notice, who decided this?",
    "I have made a formal complaint about how my daughter's class was handled",
    "the lunches are rubbish and the portions are far too small for growing children",
    # a hazard warning's own words ("hurt") are not menace
    "can we please have a crossing patrol before someone gets hurt, it is not good enough",
]


@pytest.mark.parametrize("text", CRITICISM_OF_A_SERVICE)
def test_criticism_that_only_the_model_escalates_gets_a_reply(text: str) -> None:
    result = judge(text)
    assert "threat" not in result.labels and "safeguarding" not in result.labels
    assert "complaint" in result.labels
    assert result.action == "reply"


def test_a_model_that_leans_to_complaint_is_enough_to_read_criticism() -> None:
    result = judge("my son's class has had four different supply teachers this term",
                   complaint=0.5)
    assert result.action == "reply"


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
    assert judge(text).action == "escalate"


def test_without_criticism_the_models_escalation_stands() -> None:
    assert judge("my daughter went quiet after the weekend at her uncle's",
                 complaint=0.0).action == "escalate"
