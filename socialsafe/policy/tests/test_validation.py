"""`socialsafe pack validate FILE`: every problem as FILE:LINE: FIELD: reason, exit 2
(SPEC P3, CONTRACT.md); a pack that fails never half-applies."""

from __future__ import annotations

from pathlib import Path

import pytest

from socialsafe.cli import main
from socialsafe.policy.loader import BUNDLED_DIR, PackError, bundled_slugs, load_pack_file
from socialsafe.policy.tests.conftest import WritePack, line_of


def validate(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    status = main(["pack", "validate", str(path)])
    return status, capsys.readouterr().err.splitlines()


@pytest.mark.parametrize("slug", bundled_slugs())
def test_it_accepts_every_bundled_pack(slug: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, errors = validate(BUNDLED_DIR / f"{slug}.yaml", capsys)
    assert (status, errors) == (0, [])


def test_it_names_file_line_field_and_reason_for_a_wrong_type(
    write_pack: WritePack, crossflatts_text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    text = crossflatts_text.replace("value: 24\n", "value: a day\n", 1)
    path = write_pack("broken", text)
    status, errors = validate(path, capsys)
    line = line_of(text, "value: a day")
    assert status == 2
    assert errors == [f"{path}:{line}: parameters.response_deadline_hours.value: "
                      "Input should be a valid integer, unable to parse string as an integer"]


def test_it_reports_a_typod_key_with_a_suggestion(
    write_pack: WritePack, crossflatts_text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    text = crossflatts_text.replace("    frequency_months: 12", "    frequency_month: 12")
    path = write_pack("typo", text)
    status, errors = validate(path, capsys)
    assert status == 2
    assert errors == [f"{path}:{line_of(text, 'frequency_month:')}: "
                      "policy.review.frequency_month: unknown field; "
                      "did you mean 'frequency_months'?"]


def test_it_reports_typod_roles_capabilities_and_categories(
    write_pack: WritePack, crossflatts_text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    moderators = "moderate: [administrator, media_lead]"
    text = (crossflatts_text
            .replace(moderators, moderators.replace("media_lead", "media_leed"))
            .replace("  handle_press: [head]", "  handle_pres: [head]")
            .replace("category: political", "category: politics"))
    path = write_pack("typos", text)
    status, errors = validate(path, capsys)
    assert status == 2
    assert errors == [
        f"{path}:{line_of(text, 'media_leed')}: roles.moderate[1]: "
        "'media_leed' is not allowed here; did you mean 'media_lead'?",
        f"{path}:{line_of(text, 'handle_pres:')}: roles.handle_pres: "
        "'handle_pres' is not allowed here; did you mean 'handle_press'?",
        f"{path}:{line_of(text, 'politics')}: rules.content[3].category: "
        "'politics' is not allowed here; did you mean 'political'?",
    ]


def test_it_reports_unknown_vocabulary_words(
    write_pack: WritePack, crossflatts_text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    text = crossflatts_text.replace("enforced_by: accounts.application",
                                    "enforced_by: accounts.aplication")
    path = write_pack("vocab", text)
    status, errors = validate(path, capsys)
    assert status == 2
    assert errors == [f"{path}:{line_of(text, 'accounts.aplication')}: "
                      "rules.provisions[0].enforced_by: unknown feature 'accounts.aplication'; "
                      "did you mean 'accounts.application'?"]


def test_it_names_a_missing_field_at_its_parent(
    write_pack: WritePack, crossflatts_text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    text = crossflatts_text.replace("      severity: block\n", "", 1)
    path = write_pack("missing", text)
    status, errors = validate(path, capsys)
    assert status == 2
    assert errors == [f"{path}:{line_of(text, 'id: cf-images-consent')}: "
                      "rules.content[0].severity: Field required"]


def test_it_requires_seed_values_to_cite_their_section(
    write_pack: WritePack, crossflatts_text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    text = crossflatts_text.replace("    cite: {section: Tone}\n", "", 1)
    path = write_pack("uncited", text)
    status, errors = validate(path, capsys)
    assert status == 2
    assert errors == [f"{path}:{line_of(text, '  tone:')}: parameters.tone: "
                      "a value taken from the policy must cite its section"]


def test_it_reports_bad_yaml_syntax_with_its_line(
    write_pack: WritePack, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_pack("syntax", "slug: x\norganisation:\n  name: [unclosed\nroles: {}\n")
    status, errors = validate(path, capsys)
    assert status == 2
    assert len(errors) == 1 and errors[0].startswith(f"{path}:4: (yaml): ")


def test_it_reports_a_key_written_twice(
    write_pack: WritePack, crossflatts_text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    text = crossflatts_text.replace("  approve_posts: [head, slt]\n",
                                    "  approve_posts: [head, slt]\n  approve_posts: [staff]\n")
    path = write_pack("twice", text)
    status, errors = validate(path, capsys)
    assert status == 2
    assert errors == [f"{path}:{line_of(text, 'approve_posts: [staff]')}: "
                      "roles.approve_posts: key 'approve_posts' appears twice"]


def test_it_refuses_a_file_that_is_not_a_mapping(
    write_pack: WritePack, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_pack("list", "- one\n- two\n")
    assert validate(path, capsys) == (2, [f"{path}:1: (pack): a pack must be a YAML mapping"])


def test_it_reports_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "nowhere.yaml"
    assert validate(path, capsys) == (2, [f"{path}:1: (file): No such file or directory"])


def test_it_refuses_a_moderation_rule_naming_an_unknown_template(
    write_pack: WritePack, crossflatts_text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    text = crossflatts_text.replace("reply_template: cf-thanks", "reply_template: cf-thank")
    path = write_pack("tpl", text)
    assert validate(path, capsys) == (2, [
        f"{path}:{line_of(text, 'reply_template: cf-thank')}: "
        "rules.moderation[8].reply_template: no template called 'cf-thank' in this pack"])


def test_it_refuses_two_rules_with_one_id(
    write_pack: WritePack, crossflatts_text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    text = crossflatts_text.replace("- id: cf-grievances", "- id: cf-confidential")
    path = write_pack("ids", text)
    second = [i for i, line in enumerate(text.splitlines(), 1) if "id: cf-confidential" in line][1]
    assert validate(path, capsys) == (2, [
        f"{path}:{second}: rules.content[6].id: duplicate rule id 'cf-confidential'"])


def test_a_failing_pack_never_half_applies(
    write_pack: WritePack, crossflatts_text: str
) -> None:
    """Loading is all or nothing: no partial Pack exists when any part is wrong."""
    text = crossflatts_text.replace("value: 24\n", "value: [24]\n", 1)
    path = write_pack("partial", text)
    with pytest.raises(PackError) as caught:
        load_pack_file(path)
    assert len(caught.value.problems) == 1
    assert caught.value.problems[0].field == "parameters.response_deadline_hours.value"


def test_it_suggests_a_field_of_the_model_where_the_typo_sits(
    write_pack: WritePack, crossflatts_text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    text = crossflatts_text.replace("      tell_audience: true", "      tell_audiance: true", 1)
    path = write_pack("nested", text)
    assert validate(path, capsys) == (2, [
        f"{path}:{line_of(text, 'tell_audiance')}: rules.moderation[0].tell_audiance: "
        "unknown field; did you mean 'tell_audience'?"])
