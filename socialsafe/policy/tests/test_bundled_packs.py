"""The bundled packs: every one loads, cites its policy for every rule, and encodes the
differences between the five policies as data (SPEC P1, P2, P4, P7)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from socialsafe.policy.loader import bundled_slugs, load_pack
from socialsafe.policy.schema import Capability, Citation, Pack, Param

SEEDS = Path("/work/shared/seeds")
SEED_PACKS = ["crossflatts", "elm-park", "moorlands", "kingsley", "soke"]
LABELS = ["abuse", "hate", "threat", "spam", "personal_info", "commercial", "complaint",
          "question", "praise", "safeguarding", "staff_mention", "extremism"]
PSEUDO_SECTIONS = {"Title page", "Version table"}


def params(pack: Pack) -> dict[str, Param]:  # type: ignore[type-arg]
    found = {}
    for name, value in pack.parameters:
        if isinstance(value, Param):
            found[name] = value
        elif isinstance(value, dict):
            found |= {f"{name}.{k}": v for k, v in value.items()}
    return found


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


@pytest.mark.parametrize("slug", bundled_slugs())
def test_it_loads_every_bundled_pack(slug: str) -> None:
    assert load_pack(slug).slug == slug


def test_it_bundles_one_pack_per_seed_and_school_overrides() -> None:
    assert set(SEED_PACKS) <= set(bundled_slugs())
    assert {"ashcroft", "heatherside"} <= set(bundled_slugs())


@pytest.mark.parametrize("slug", bundled_slugs())
def test_every_rule_template_route_and_seed_value_cites_a_section(slug: str) -> None:
    pack = load_pack(slug)
    cited = [(r.id, r.cite) for r in pack.all_rules()] + [(t.id, t.cite) for t in pack.templates]
    cited += [(e.trigger, e.cite) for e in pack.escalation]
    uncited = [name for name, cite in cited if not (cite and cite.section)]
    uncited += [name for name, p in params(pack).items() if p.source == "seed" and not p.cite]
    assert uncited == []


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed policies are not on this machine")
@pytest.mark.parametrize("slug", SEED_PACKS)
def test_every_citation_names_a_heading_of_the_seed(slug: str) -> None:
    pack = load_pack(slug)
    assert pack.organisation.seed
    seed = squash((SEEDS / pack.organisation.seed).read_text(encoding="utf-8"))
    cites: list[Citation | None] = [r.cite for r in pack.all_rules()]
    cites += [t.cite for t in pack.templates] + [e.cite for e in pack.escalation]
    cites += [p.cite for p in params(pack).values()] + list(pack.role_cites.values())
    cites += [c.cite for c in pack.policy.date_conflicts]
    sections = {c.section for c in cites if c} - PSEUDO_SECTIONS
    missing = [s for s in sections if squash(s) not in seed]
    assert missing == [], f"{slug} cites headings its policy does not have"


@pytest.mark.parametrize("slug", bundled_slugs())
def test_every_comment_label_has_a_moderation_rule(slug: str) -> None:
    pack = load_pack(slug)
    assert sorted(r.label for r in pack.rules.moderation) == sorted(LABELS)


@pytest.mark.parametrize("slug", bundled_slugs())
def test_criticism_is_never_hidden(slug: str) -> None:
    """SPEC M3: a complaint is answered, never hidden."""
    rule = load_pack(slug).moderation_rule("complaint")
    assert rule and rule.action == "reply" and not rule.also_hide


@pytest.mark.parametrize("slug", bundled_slugs())
def test_indecent_images_always_go_to_police_and_lado(slug: str) -> None:
    route = load_pack(slug).escalation_route("indecent_images")
    assert route and route.mandatory and {"police", "lado"} <= set(route.external)


def test_the_packs_moderate_abuse_as_their_policies_say() -> None:
    """SPEC P7: SO deletes; CF deletes and explains; KI reports to the head; EP asks the
    poster to delete or reports a third party to the platform."""
    so, cf, ki, ep = (load_pack(s).moderation_rule("abuse") for s in
                      ("soke", "crossflatts", "kingsley", "elm-park"))
    assert so and (so.action, so.tell_audience) == ("delete", False)
    assert cf and (cf.action, cf.tell_audience) == ("delete", True)
    assert cf.reply_template and load_pack("crossflatts").template(cf.reply_template)
    assert ki and ki.action == "report_to_head" and "head" in ki.notify
    assert ep and (ep.action, ep.third_party_action) == ("ask_poster_to_delete",
                                                         "report_to_platform")


def test_a_pupils_contact_attempt_reaches_whom_each_policy_names() -> None:
    expected = {"elm-park": {"dsl"}, "soke": {"dsl", "slt"}, "moorlands": {"slt"},
                "crossflatts": {"slt"}}
    for slug, roles in expected.items():
        route = load_pack(slug).escalation_route("pupil_contact_attempt")
        assert route and set(route.notify) == roles, slug
    staff_route = load_pack("elm-park").escalation_route("staff_contact_attempt")
    assert staff_route and staff_route.notify == ["head"]


def test_elm_park_sends_extremism_to_prevent() -> None:
    route = load_pack("elm-park").escalation_route("extremism")
    assert route and "prevent" in route.external and route.source == "seed"


def test_roles_follow_each_policy() -> None:
    assert load_pack("kingsley").roles_for(Capability.MODERATE) == ["media_lead", "dsl"]
    assert load_pack("crossflatts").roles_for(Capability.MANAGE_PEOPLE) == [
        "head", "slt", "administrator"]
    assert load_pack("soke").allows("trust_central", Capability.APPROVE_ACCOUNTS)
    assert load_pack("crossflatts").roles_for(Capability.APPROVE_ACCOUNTS) == ["head", "slt"]
    assert not load_pack("crossflatts").allows("staff", Capability.APPROVE_POSTS)
    assert load_pack("kingsley").roles_for(Capability.RECEIVE_STAFF_MENTIONS) == ["head"]


def test_parameters_that_differ_between_policies() -> None:
    p = {s: load_pack(s).parameters for s in SEED_PACKS}
    assert p["crossflatts"].former_pupil_contact_age.value == 18
    assert p["soke"].former_pupil_contact_age.value is None
    assert p["moorlands"].former_pupil_contact_age.value is None
    assert p["moorlands"].police_decision.value == "victim"
    assert p["crossflatts"].police_decision.value == "school"
    assert p["crossflatts"].attribution.value == "named_person"
    assert p["kingsley"].attribution.value == "school"
    assert p["kingsley"].retention_days["monitoring"].value == 365
    assert p["kingsley"].monitoring_notice.value == "informed"
    assert p["soke"].monitoring_notice.value == "without_notice"
    assert [p[s].personal_account_naming.value for s in SEED_PACKS] == [
        "disclaimer", "not_allowed", "not_allowed", "head_permission", "discouraged"]


def test_allowed_purposes_come_from_kingsley_and_soke_lists() -> None:
    ki, so = (load_pack(s).parameters.allowed_purposes for s in ("kingsley", "soke"))
    assert ki.source == so.source == "seed"
    assert {"reminders", "achievements", "closures", "school_news"} <= set(ki.value)
    assert {"vacancies", "newsletters", "seasonal_greetings", "feedback"} <= set(so.value)
    assert "vacancies" not in ki.value


def test_only_crossflatts_takes_its_response_deadline_from_the_policy() -> None:
    """SPEC P4: a value the policy does not give is the school's choice."""
    sources = {s: load_pack(s).parameters.response_deadline_hours.source for s in SEED_PACKS}
    assert sources == {"crossflatts": "seed", "elm-park": "school_choice",
                       "moorlands": "school_choice", "kingsley": "school_choice",
                       "soke": "school_choice"}
    assert load_pack("crossflatts").parameters.response_deadline_hours.value == 24


def test_crossflatts_gives_no_dates_so_its_review_is_the_schools_choice() -> None:
    meta = load_pack("crossflatts").policy
    assert meta.adopted_on is None and meta.approved_on is None
    assert meta.review.source == "school_choice"
    assert all(load_pack(s).policy.review.source == "seed" for s in SEED_PACKS[1:])
