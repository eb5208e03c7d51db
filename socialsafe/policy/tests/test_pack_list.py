"""`socialsafe pack list`: slug, organisation, version, review date; OVERDUE when past,
against today's real date (SPEC P4, CONTRACT.md)."""

from __future__ import annotations

from datetime import date

import pytest

from socialsafe.cli import main
from socialsafe.policy import cli
from socialsafe.policy.tests.conftest import WritePack


def listing(capsys: pytest.CaptureFixture[str]) -> dict[str, list[str]]:
    assert main(["pack", "list"]) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    return {row[0]: row for row in rows}


def test_it_lists_every_pack_with_organisation_version_and_review_date(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = listing(capsys)
    assert rows["soke"][:4] == ["soke", "Soke Education Trust", "2024-04", "2028-04-30"]
    assert rows["kingsley"][3] == "2027-03-25"  # end of Spring Term 2027
    assert {"crossflatts", "elm-park", "moorlands", "kingsley", "soke"} <= set(rows)


def test_it_flags_the_overdue_reviews_of_moorlands_and_elm_park(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = listing(capsys)
    assert rows["elm-park"][3:] == ["2021-10-08", "OVERDUE"]
    assert rows["moorlands"][3:] == ["2023-02-28", "OVERDUE"]
    assert rows["heatherside"][-1] == "OVERDUE"  # inherits the federation's review
    assert len(rows["crossflatts"]) == 4 and len(rows["soke"]) == 4


def test_overdue_is_computed_from_today(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "today", lambda: date(2028, 5, 1))
    assert listing(capsys)["soke"][-1] == "OVERDUE"
    monkeypatch.setattr(cli, "today", lambda: date(2021, 10, 8))
    assert listing(capsys)["elm-park"][-1] == "2021-10-08"


def test_a_broken_pack_is_reported_and_the_rest_still_listed(
    write_pack: WritePack, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_pack("zz-broken", "slug: zz-broken\n")
    assert main(["pack", "list"]) == 2
    out, err = capsys.readouterr()
    assert "soke\tSoke Education Trust" in out
    assert f"{path}:1: organisation: Field required" in err
