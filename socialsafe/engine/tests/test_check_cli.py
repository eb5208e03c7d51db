"""`socialsafe check` as CONTRACT.md fixes it: exit codes, JSON shape, batch form, bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from socialsafe.cli import main
from socialsafe.policy.loader import bundled_slugs, load_pack

ROSTER = """upn,legal_forename,legal_surname,preferred_forename,year_group,photo_consent,\
name_consent,do_not_publish
1,Amelia,Jones,,4,yes,no,no
2,Thomas,Brown,Tom,6,yes,yes,no
"""
FINDING_KEYS = {"category", "severity", "start", "end", "message", "clause"}


@pytest.fixture
def roster(tmp_path: Path) -> str:
    path = tmp_path / "roster.csv"
    path.write_text(ROSTER, encoding="utf-8")
    return str(path)


COMMAND = str(Path(sys.executable).parent / "socialsafe")


def run(args: list[str], stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([COMMAND, "check", *args],
                          input=stdin, capture_output=True, timeout=120, check=False)


APPROVAL_TEXTS = {
    "political": "Vote Labour on Thursday!",
    "personal_view": "In my opinion the new phonics scheme is great. Read the newsletter.",
    "commercial": "Use code SCHOOL10 for 10% off at Bella's Beauty Bar!",
    "copyright": "Found this lovely Christmas picture on Google Images!",
    "targeted_message": "To the parent who parked on the zigzags: you know who you are.",
}


def test_exit_codes_follow_the_verdict(roster: str, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["check", "--school", "soke", "--roster", roster, "--json"]
    assert main([*base, "Sports Day is on Wednesday 18th June from 1:30pm."]) == 0
    assert main([*base, "Congratulations to Amelia Jones in Year 4!"]) == 1
    school, category = next(
        (slug, c) for slug in bundled_slugs() for c, severity in
        load_pack(slug).content_severity().items()
        if severity == "approval" and c in APPROVAL_TEXTS)
    assert main(["check", "--school", school, "--roster", roster, "--json",
                 APPROVAL_TEXTS[category]]) == 3
    capsys.readouterr()


def test_json_shape(roster: str, capsys: pytest.CaptureFixture[str]) -> None:
    main(["check", "--school", "crossflatts", "--roster", roster, "--json",
          "Well done Amelia Jones! Call me on 07700 900123."])
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"verdict", "findings"}
    assert out["verdict"] == "blocked"
    assert {f["category"] for f in out["findings"]} == {"pupil_no_consent", "personal_info"}
    for finding in out["findings"]:
        assert set(finding) == FINDING_KEYS
        assert finding["severity"] in {"block", "approval", "advice"}
        assert isinstance(finding["start"], int) and finding["end"] > finding["start"]
        assert "Crossflatts" in finding["clause"]


def test_human_report(roster: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--school", "soke", "--roster", roster,
                 "Well done Amelia Jones!"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("Verdict: BLOCKED")
    assert "pupil no consent" in out and "Policy: Soke Education Trust" in out


def test_text_from_stdin(roster: str) -> None:
    done = run(["--school", "soke", "--roster", roster, "--json", "-"],
               b"Well done Amelia Jones!")
    assert done.returncode == 1
    assert json.loads(done.stdout)["verdict"] == "blocked"


@pytest.mark.parametrize("args, stdin, message", [
    (["--school", "nowhere", "--roster", "ROSTER", "hello"], b"", "unknown school"),
    (["--school", "soke", "--roster", "ROSTER", "   "], b"", "empty"),
    (["--school", "soke", "--roster", "ROSTER", "-"], b"\xff\xfe bad", "not valid UTF-8"),
    (["--school", "soke", "--roster", "BAD", "hello"], b"", "line 2"),
    (["--school", "soke", "--roster", "ROSTER"], b"", "no draft given"),
])
def test_usage_and_input_errors_exit_2_with_a_message(
        roster: str, tmp_path: Path, args: list[str], stdin: bytes, message: str) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(ROSTER.replace("1,Amelia,Jones,,4,yes,no,no", "1,Amelia,,,9x,maybe,no,no"))
    args = [roster if a == "ROSTER" else str(bad) if a == "BAD" else a for a in args]
    done = run(args, stdin)
    assert done.returncode == 2
    assert message in done.stderr.decode()
    assert done.stdout == b""


def test_batch_form_answers_every_line_in_order(roster: str) -> None:
    lines = [
        json.dumps({"id": "a", "text": "Sports Day is on Wednesday from 1:30pm."}),
        "{not json",
        json.dumps({"id": "b", "text": "Well done Amelia Jones!"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "c", "text": ""}),
        json.dumps({"id": "d"}),
        json.dumps({"id": "e", "text": "Vote Labour!"}),
    ]
    stdin = ("\ufeff" + "\n".join(lines) + "\n").encode() + b'{"id": "f", "text": "\xff"}\n'
    done = run(["--school", "soke", "--roster", roster, "--jsonl"], stdin)
    assert done.returncode == 0
    out = [json.loads(x) for x in done.stdout.decode().splitlines()]
    assert len(out) == 8
    assert out[0] == {"id": "a", "verdict": "ok", "findings": []}
    assert out[1]["line"] == 2 and "JSON" in out[1]["error"]
    assert out[2]["id"] == "b" and out[2]["verdict"] == "blocked"
    assert out[3]["line"] == 4 and "error" in out[3]
    assert out[4]["line"] == 5 and "empty" in out[4]["error"]
    assert out[5]["line"] == 6 and "text" in out[5]["error"]
    assert out[6]["id"] == "e" and out[6]["verdict"] == "blocked"
    assert out[7]["line"] == 8 and "UTF-8" in out[7]["error"]


def test_a_megabyte_of_text_neither_crashes_nor_hangs(roster: str) -> None:
    text = ("Well done Amelia Jones! " + "The children enjoyed the trip. " * 35_000)[:1_000_000]
    done = run(["--school", "soke", "--roster", roster, "--json", "-"], text.encode())
    assert done.returncode == 1
    out = json.loads(done.stdout)
    assert any(f["severity"] == "advice" and f["start"] == 100_000 for f in out["findings"])
    batch = run(["--school", "soke", "--roster", roster, "--jsonl"],
                (json.dumps({"id": "big", "text": text}) + "\n").encode())
    assert json.loads(batch.stdout)["verdict"] == "blocked"


def test_the_engine_never_imports_django() -> None:
    code = ("import sys\n"
            "from socialsafe.engine.drafts import check\n"
            "from socialsafe.engine import cli, names\n"
            "from socialsafe.policy.loader import load_pack\n"
            "from socialsafe.engine.types import Pupil\n"
            "check('Well done Amelia!', load_pack('soke'), [Pupil('1', 'Amelia', 'J')])\n"
            "print([m for m in sys.modules if m == 'django' or m.startswith('django.')])\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60,
                          check=True)
    assert done.stdout.decode().strip() == "[]"


def test_without_roster_an_unknown_school_in_the_database_warns_and_goes_on(
        tmp_path: Path) -> None:
    env_db = tmp_path / "empty.sqlite3"
    done = subprocess.run(
        [COMMAND, "check", "--school", "soke", "--json",
         "Sports Day is on Wednesday 18th June from 1:30pm."],
        capture_output=True, timeout=120, check=False,
        env={**os.environ, "DATABASE_URL": f"sqlite:///{env_db}"})
    assert done.returncode == 0
    assert json.loads(done.stdout)["verdict"] == "ok"
    assert "without a pupil roster" in done.stderr.decode()


@pytest.mark.django_db
def test_without_roster_the_stored_roster_and_pack_of_the_school_are_used(
        capsys: pytest.CaptureFixture[str]) -> None:
    from socialsafe.people.models import Organisation, Pupil

    school = Organisation.objects.create(slug="hill-top", name="Hill Top Primary",
                                         pack_slug="crossflatts")
    Pupil.objects.create(school=school, upn="9", legal_forename="Amelia",
                         legal_surname="Jones", year_group="4", name_consent=False)
    assert main(["check", "--school", "hill-top", "--json", "Well done Amelia Jones!"]) == 1
    [finding] = json.loads(capsys.readouterr().out)["findings"]
    assert finding["category"] == "pupil_no_consent"
    assert "Crossflatts" in finding["clause"]
