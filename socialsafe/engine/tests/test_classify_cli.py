"""`socialsafe classify` as CONTRACT.md fixes it: shape, order, pass-through, errors, exits."""

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from socialsafe.cli import main
from socialsafe.engine.comments import LABELS

STAFF_CSV = "name,role,aliases\nPriya Patel,staff,\nNadia Sale,media_lead,Mrs Sale;N Sale\n"


@pytest.fixture
def staff_file(tmp_path: Path) -> str:
    path = tmp_path / "staff.csv"
    path.write_text(STAFF_CSV, encoding="utf-8")
    return str(path)


def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], data: bytes,
        *args: str) -> tuple[int, list[dict[str, Any]], str]:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    code = main(["classify", *args])
    captured = capsys.readouterr()
    lines = [json.loads(line) for line in captured.out.splitlines()]
    return code, lines, captured.err


def test_one_line_out_per_line_in_same_order_with_fields_passed_through(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], staff_file: str,
) -> None:
    data = (
        b'{"id": "a", "text": "third time this term the office has got it wrong", "author": "x"}\n'
        b"this is not json\n"
        b'{"id": "c", "text": ""}\n'
        b'\xff\xfe not utf-8\n'
        b'{"id": "e", "text": "Thank you Mrs Sale!", "platform": "facebook"}\n'
        b"[1, 2]\n"
        b'{"id": "g"}\n'
        b'{"id": 8, "text": "f*ck off"}\n'
    )
    code, out, _ = run(monkeypatch, capsys, data, "--school", "crossflatts", "--staff",
                       staff_file, "--jsonl")
    assert code == 0
    assert len(out) == 8
    first = out[0]
    assert list(first)[:4] == ["id", "labels", "action", "scores"]
    assert first["id"] == "a" and first["author"] == "x" and "text" not in first
    assert first["action"] == "reply" and "complaint" in first["labels"]
    assert set(first["scores"]) == set(LABELS)
    assert out[1]["line"] == 2 and "JSON" in str(out[1]["error"])
    assert out[2] == {"id": "c", "labels": [], "action": "keep",
                      "scores": dict.fromkeys(LABELS, 0.0)}
    assert out[3]["line"] == 4 and "UTF-8" in str(out[3]["error"])
    assert out[4]["platform"] == "facebook" and "staff_mention" in out[4]["labels"]
    assert out[5]["line"] == 6 and out[6]["line"] == 7
    assert out[7]["id"] == "8" and out[7]["action"] == "hide"


def test_a_byte_order_mark_and_crlf_line_ends_are_accepted(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], staff_file: str,
) -> None:
    data = b'\xef\xbb\xbf{"id": "1", "text": "hello"}\r\n{"id": "2", "text": "hi"}\r\n'
    code, out, _ = run(monkeypatch, capsys, data, "--school", "soke", "--staff", staff_file,
                       "--jsonl")
    assert code == 0 and [o["id"] for o in out] == ["1", "2"]


def test_a_megabyte_comment_is_classified(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], staff_file: str,
) -> None:
    text = "a" * 1_000_000
    data = json.dumps({"id": "big", "text": text}).encode() + b"\n"
    code, out, _ = run(monkeypatch, capsys, data, "--school", "elm-park", "--staff",
                       staff_file, "--jsonl")
    assert code == 0 and out[0]["id"] == "big" and out[0]["action"] == "keep"


def test_unknown_school_exits_2_with_a_clear_message(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], staff_file: str,
) -> None:
    code, out, err = run(monkeypatch, capsys, b"", "--school", "no-such-school", "--staff",
                         staff_file, "--jsonl")
    assert code == 2 and out == []
    assert "unknown school 'no-such-school'" in err


def test_a_bad_staff_file_exits_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path,
) -> None:
    bad = tmp_path / "staff.csv"
    bad.write_text("name\nPriya Patel\n", encoding="utf-8")
    code, _, err = run(monkeypatch, capsys, b"", "--school", "crossflatts", "--staff",
                       str(bad), "--jsonl")
    assert code == 2 and "missing column" in err
    code, _, err = run(monkeypatch, capsys, b"", "--school", "crossflatts", "--staff",
                       str(tmp_path / "missing.csv"), "--jsonl")
    assert code == 2 and "cannot read the staff file" in err


@pytest.mark.django_db
def test_without_staff_file_the_stored_register_is_used(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    from socialsafe.people.models import Organisation, StaffMember

    school = Organisation.objects.create(slug="crossflatts", name="Crossflatts Primary")
    StaffMember.objects.create(organisation=school, full_name="Grace Okafor", role="slt",
                               aliases="Ms O")
    StaffMember.objects.create(organisation=school, full_name="Tom Evans", role="staff",
                               left_on="2025-07-01")
    data = b'{"id": "1", "text": "Ms O is great"}\n{"id": "2", "text": "Thanks Mr Evans"}\n'
    code, out, _ = run(monkeypatch, capsys, data, "--school", "crossflatts", "--jsonl")
    assert code == 0
    assert "staff_mention" in out[0]["labels"]
    assert "staff_mention" not in out[1]["labels"]


@pytest.mark.django_db
def test_a_school_missing_from_the_database_gives_a_note_and_no_staff(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(monkeypatch, capsys, b'{"id": "1", "text": "Thanks Mrs Patel"}\n',
                         "--school", "kingsley", "--jsonl")
    assert code == 0 and "staff_mention" not in out[0]["labels"]
    assert "no school 'kingsley' in the database" in err


def test_the_engine_never_imports_django() -> None:
    script = (
        "import pkgutil, importlib, sys\n"
        "import socialsafe.engine as engine\n"
        "for m in pkgutil.walk_packages(engine.__path__, 'socialsafe.engine.'):\n"
        "    if '.tests' not in m.name:\n"
        "        importlib.import_module(m.name)\n"
        "from socialsafe.engine.comments import CommentClassifier\n"
        "from socialsafe.policy.loader import load_pack\n"
        "CommentClassifier(load_pack('soke')).classify('hello Mrs Patel')\n"
        "bad = sorted(n for n in sys.modules if n == 'django' or n.startswith('django.'))\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True, env={"PATH": ""})
