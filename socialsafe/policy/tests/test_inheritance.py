"""A school pack extends its trust's or federation's pack (SPEC P6): dicts merge deeply,
lists are replaced, rules merge by id; the merged pack is validated and every error still
names the file and line that wrote the value."""

from __future__ import annotations

import pytest

from socialsafe.policy.loader import BUNDLED_DIR, PackError, load_pack, load_pack_file
from socialsafe.policy.schema import Capability
from socialsafe.policy.tests.conftest import WritePack, line_of

SCHOOL = """pack: 1
slug: {slug}
extends: {parent}
organisation:
  name: Test Academy
  kind: school
"""


def school(slug: str = "test-academy", parent: str = "soke", body: str = "") -> str:
    return SCHOOL.format(slug=slug, parent=parent) + body


def test_the_soke_academy_inherits_everything_it_does_not_override() -> None:
    trust, academy = load_pack("soke"), load_pack("ashcroft")
    assert academy.extends == "soke" and academy.organisation.name == "Ashcroft Academy"
    assert academy.organisation.seed is None  # the organisation is never inherited
    assert academy.policy == trust.policy
    assert academy.rules.content == trust.rules.content
    assert academy.parameters.allowed_purposes == trust.parameters.allowed_purposes
    assert academy.roles_for(Capability.APPROVE_ACCOUNTS) == ["head", "trust_central"]


def test_an_overridden_value_becomes_the_schools_choice() -> None:
    academy = load_pack("ashcroft")
    deadline = academy.parameters.response_deadline_hours
    assert (deadline.value, deadline.source, deadline.cite) == (24, "school_choice", None)
    assert academy.roles_for(Capability.MODERATE) == ["media_lead", "administrator", "dsl"]


def test_rules_merge_by_id() -> None:
    academy, trust = load_pack("ashcroft"), load_pack("soke")
    praise, trust_praise = academy.moderation_rule("praise"), trust.moderation_rule("praise")
    assert praise and praise.action == "reply" and praise.reply_template == "ashcroft-thanks"
    assert trust_praise and (praise.source, praise.cite) == ("school_choice", trust_praise.cite)
    assert len(academy.rules.moderation) == len(trust.rules.moderation)
    assert academy.rules.provisions[-1].id == "ashcroft-weekend-rota"
    assert len(academy.rules.provisions) == len(trust.rules.provisions) + 1
    assert academy.template("so-complaints-policy") and academy.template("ashcroft-thanks")


def test_the_moorlands_school_inherits_the_federation_pack() -> None:
    school_pack = load_pack("heatherside")
    assert school_pack.parameters.police_decision.value == "victim"
    assert school_pack.parameters.strike_limit.value == 2
    rule = school_pack.content_rule("pupil_no_consent")
    assert rule and rule.severity == "block" and "never named in full" in rule.summary


def test_plain_lists_are_replaced_not_appended(write_pack: WritePack) -> None:
    path = write_pack("lists", school(body="roles:\n  approve_posts: [slt]\n"))
    assert load_pack_file(path).roles_for(Capability.APPROVE_POSTS) == ["slt"]


def test_an_inherited_rule_can_be_removed(write_pack: WritePack) -> None:
    body = "rules:\n  content:\n    - id: so-copyright\n      remove: true\n"
    pack = load_pack_file(write_pack("removal", school(body=body)))
    assert pack.content_rule("copyright") is None


def test_removing_what_is_not_inherited_names_the_line(write_pack: WritePack) -> None:
    body = "rules:\n  content:\n    - id: so-nothing\n      remove: true\n"
    text = school(body=body)
    path = write_pack("bad-removal", text)
    with pytest.raises(PackError) as caught:
        load_pack_file(path)
    assert str(caught.value) == (f"{path}:{line_of(text, 'so-nothing')}: rules.content[0]: "
                                 "nothing inherited with id 'so-nothing' to remove")


def test_an_error_in_the_school_file_points_at_the_school_file(write_pack: WritePack) -> None:
    text = school(body="parameters:\n  strike_limit:\n    value: often\n")
    path = write_pack("bad-school", text)
    with pytest.raises(PackError) as caught:
        load_pack_file(path)
    [problem] = caught.value.problems
    assert (problem.file, problem.line) == (str(path), line_of(text, "value: often"))
    assert problem.field == "parameters.strike_limit.value"


def test_an_error_in_the_parent_points_at_the_parent_file(
    write_pack: WritePack, crossflatts_text: str
) -> None:
    parent_text = crossflatts_text.replace("slug: crossflatts", "slug: test-parent").replace(
        "  handle_press: [head]", "  handle_press: [headteacher]")
    parent = write_pack("test-parent", parent_text)
    child = write_pack("test-child", school(parent="test-parent"))
    with pytest.raises(PackError) as caught:
        load_pack_file(child)
    [problem] = caught.value.problems
    assert (problem.file, problem.line) == (str(parent), line_of(parent_text, "headteacher"))


def test_a_merged_rule_is_checked_against_the_whole_pack(write_pack: WritePack) -> None:
    """A school rule naming a template that exists nowhere fails on the merged pack."""
    body = "rules:\n  moderation:\n    - id: so-mod-praise\n      reply_template: nope\n"
    with pytest.raises(PackError, match="reply_template: no template called 'nope'"):
        load_pack_file(write_pack("bad-template", school(body=body)))


def test_an_unknown_parent_is_reported_at_the_extends_line(write_pack: WritePack) -> None:
    path = write_pack("orphan", school(parent="no-such-trust"))
    with pytest.raises(PackError) as caught:
        load_pack_file(path)
    assert str(caught.value) == f"{path}:3: extends: no policy pack called 'no-such-trust'"


def test_packs_that_extend_each_other_are_refused(write_pack: WritePack) -> None:
    write_pack("loop-a", school(slug="loop-a", parent="loop-b"))
    path = write_pack("loop-b", school(slug="loop-b", parent="loop-a"))
    with pytest.raises(PackError, match="extends: packs extend each other in a loop"):
        load_pack_file(path)


def test_bundled_trust_packs_do_not_extend_anything() -> None:
    for slug in ("soke", "moorlands"):
        assert "extends:" not in (BUNDLED_DIR / f"{slug}.yaml").read_text()
