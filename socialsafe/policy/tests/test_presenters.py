"""What the policy page says about values and rules, in plain words with their sources."""

from __future__ import annotations

from socialsafe.policy import presenters
from socialsafe.policy.loader import load_pack


def rows_by_label(slug: str) -> dict[str, presenters.Row]:
    return {row.label: row for row in presenters.parameter_rows(load_pack(slug))}


def test_values_are_written_in_words_with_their_source() -> None:
    rows = rows_by_label("crossflatts")
    deadline = rows["Response deadline"]
    assert (deadline.value, deadline.source, deadline.cite) == ("24 hours", "seed", "Monitoring")
    assert rows["Staff may contact former pupils from age"].value == "18"
    assert rows["Naming the school on personal accounts"].value == "allowed with a disclaimer"
    assert rows["Kept for: Incident evidence"].value == "2190 days"
    assert not rows["Strikes before an author is blocked"].from_policy


def test_former_pupils_never_reads_as_never() -> None:
    assert rows_by_label("soke")["Staff may contact former pupils from age"].value == "never"


def test_roles_without_a_citation_are_the_schools_choice() -> None:
    rows = {r.label: r for r in presenters.role_rows(load_pack("kingsley"))}
    assert rows["Moderate"].value == "Media lead, DSL" and rows["Moderate"].from_policy
    assert rows["Manage people"].source == "school_choice"


def test_moderation_rows_spell_out_what_happens() -> None:
    rows = presenters.moderation_rows(load_pack("elm-park"))
    abuse = next(r for r in rows if "Comment label: abuse" in r.detail)
    assert abuse.value == "Ask the poster to delete it"
    assert "Someone outside the school: Report to the platform" in abuse.detail


def test_provisions_are_grouped_by_area_with_the_feature_that_enforces_them() -> None:
    groups = dict(presenters.provision_groups(load_pack("moorlands")))
    assert "Incidents" in groups
    evidence = next(r for r in groups["Incidents"] if "bullying" in r.label)
    assert evidence.value == "Evidence store" and evidence.cite == "2.8 Online bullying (2.8.3)"
