"""`socialsafe import roster|staff --school SLUG FILE` (SPEC X1, CONTRACT.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from socialsafe.cli import main
from socialsafe.people.models import Organisation, Pupil, StaffMember

DEMO = Path(__file__).resolve().parents[2] / "core" / "demo_data"
pytestmark = pytest.mark.django_db


@pytest.fixture
def school() -> Organisation:
    return Organisation.objects.create(slug="crossflatts", name="Crossflatts")


def test_it_imports_the_demo_roster_and_staff_list(school: Organisation, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["import", "roster", "--school", "crossflatts", str(DEMO / "roster.csv")]) == 0
    assert main(["import", "staff", "--school", "crossflatts", str(DEMO / "staff.csv")]) == 0
    assert Pupil.objects.filter(school=school).count() > 50
    assert StaffMember.objects.filter(organisation=school).count() > 9
    assert "roster imported" in capsys.readouterr().out


def test_it_exits_2_with_every_bad_line_on_stderr(school: Organisation, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                  capsys) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("name,role\nAnn Oak,head\n,staff\nBen Ash,wizard\n", encoding="utf-8")
    assert main(["import", "staff", "--school", "crossflatts", str(bad)]) == 2
    err = capsys.readouterr().err
    assert f"{bad}:3: name is empty" in err
    assert f"{bad}:4: unknown role 'wizard'" in err
    assert StaffMember.objects.count() == 0


def test_it_exits_2_for_an_unknown_school_or_missing_file(school: Organisation,  # type: ignore[no-untyped-def]
                                                         capsys) -> None:
    assert main(["import", "roster", "--school", "nowhere", str(DEMO / "roster.csv")]) == 2
    assert main(["import", "roster", "--school", "crossflatts", "/no/such.csv"]) == 2
    assert "cannot read" in capsys.readouterr().err
