"""Benchmark of `socialsafe check` (issue 3 targets).

    .venv/bin/python bench/bench_check.py [--split test] [--drafts 20000]

Prints, for the chosen split of data/drafts (default: test; tune only on dev), separately
for the team's own drafts, the second writer's (human) drafts and both combined:
verdict accuracy, per-category precision/recall, pupil-name false flags on names that are
also ordinary words, then the speed of `socialsafe check --jsonl` with the 1,500-pupil
roster (drafts/s after start-up), start-up time and peak memory."""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from socialsafe.engine.drafts import DraftChecker  # noqa: E402
from socialsafe.engine.drafts.pupils import ORDINARY_WORD_NAMES  # noqa: E402
from socialsafe.engine.registers import parse_roster  # noqa: E402
from socialsafe.policy.loader import load_pack  # noqa: E402

DATA = ROOT / "data" / "drafts"
ROSTER = DATA / "roster.csv"
CLI = ROOT / ".venv" / "bin" / "socialsafe"
ORDER = {"advice": 0, "approval": 1, "block": 2}


def expected(item: dict, severity: dict[str, str]) -> tuple[str, set[str]]:
    cats = {c for c in item["expected_categories"] if c in severity}
    worst = max((ORDER[severity[c]] for c in cats), default=0)
    return ("blocked", "needs_approval", "ok")[2 - worst] if worst else "ok", cats


def read_split(split: str) -> list[dict]:
    return [json.loads(x) for x in (DATA / f"{split}.jsonl").read_text().splitlines() if x]


def quality(items: list[dict], title: str, show_errors: bool) -> None:
    if not items:
        print(f"## {title}: no drafts")
        return
    roster = parse_roster(ROSTER.read_text(encoding="utf-8"))
    restricted = {p.preferred_forename.lower() or p.legal_forename.lower()
                  for p in roster if not p.may_be_named} | {
        p.legal_forename.lower() for p in roster if not p.may_be_named}
    traps = sorted(restricted & ORDINARY_WORD_NAMES)
    trap_re = re.compile(r"\b(" + "|".join(traps) + r")\b", re.IGNORECASE)
    checkers: dict[str, DraftChecker] = {}
    right = 0
    counts: dict[str, Counter[str]] = {}
    trap_total = trap_flagged = 0
    errors = []
    for item in items:
        school = item["school"]
        if school not in checkers:
            checkers[school] = DraftChecker(load_pack(school), roster)
        checker = checkers[school]
        result = checker.check(item["text"])
        verdict, gold = expected(item, checker.severity)
        got = {f.category for f in result.findings if f.clause != "SocialSafe check limit"}
        right += result.verdict == verdict
        if result.verdict != verdict:
            errors.append((item, verdict, result))
        for cat in gold | got:
            c = counts.setdefault(cat, Counter())
            c["tp" if cat in gold and cat in got else "fn" if cat in gold else "fp"] += 1
        if "pupil_no_consent" not in item["categories"]:
            flagged = [(f.start, f.end) for f in result.findings
                       if f.category == "pupil_no_consent"]
            for m in trap_re.finditer(item["text"]):
                trap_total += 1
                trap_flagged += any(s is not None and e is not None and s < m.end() and
                                    m.start() < e for s, e in flagged)
    print(f"\n## Draft check quality on {title} ({len(items)} drafts)")
    print(f"verdict accuracy: {right / len(items):.3f} ({right}/{len(items)}; target >= 0.95)")
    print(f"{'category':22s} {'precision':>9s} {'recall':>7s} {'support':>7s}")
    for cat in sorted(counts):
        c = counts[cat]
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else float("nan")
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else float("nan")
        print(f"{cat:22s} {p:9.3f} {r:7.3f} {c['tp'] + c['fn']:7d}")
    rate = trap_flagged / trap_total if trap_total else 0.0
    print(f"pupil-name false flags on ordinary-word names: {trap_flagged}/{trap_total} "
          f"= {rate:.1%} (target <= 2 %)")
    if show_errors:
        for item, verdict, result in errors:
            print(f"\n- {item['id']} {item['school']} want {verdict} {item['categories']} "
                  f"got {result.verdict}: {item['text'][:150]!r}")
            for f in result.findings:
                span = item["text"][f.start:f.end] if f.start is not None else "(whole post)"
                print(f"    {f.category} {f.severity} {span[:60]!r}")


def speed(n: int, school: str) -> None:
    texts = []
    for split in ("train", "dev", "test"):
        texts += [json.loads(x)["text"] for x in (DATA / f"{split}.jsonl").read_text()
                  .splitlines() if x]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as fh:
        for i in range(n):
            fh.write(json.dumps({"id": str(i), "text": texts[i % len(texts)]}) + "\n")
        path = fh.name
    command = [str(CLI), "check", "--school", school, "--roster", str(ROSTER), "--jsonl"]
    starts, cpus = [], []
    for _ in range(3):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, check=True)
        starts.append(time.perf_counter() - t0)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    startup, startup_cpu = min(starts), min(cpus)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(path, "rb") as stdin:
        t0 = time.perf_counter()
        out = subprocess.run(command, stdin=stdin, capture_output=True, check=True)
        elapsed = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    lines = out.stdout.count(b"\n")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"\n## Speed: {' '.join(command[1:])} < {n} drafts")
    print(f"start-up (empty input, best of 3): {startup:.2f} s wall, {startup_cpu:.2f} s CPU "
          f"(target <= 2 s)")
    print(f"{lines} drafts in {elapsed:.2f} s wall, {cpu:.2f} s CPU; after start-up: "
          f"{lines / max(elapsed - startup, 1e-9):,.0f} drafts/s wall, "
          f"{lines / max(cpu - startup_cpu, 1e-9):,.0f} drafts per CPU-second "
          f"(target >= 2,000 on one core)")
    print(f"peak memory (max RSS of the check process): {peak:.0f} MiB")
    Path(path).unlink()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="test", choices=["train", "dev", "test"])
    parser.add_argument("--drafts", type=int, default=20000)
    parser.add_argument("--school", default="soke")
    parser.add_argument("--errors", action="store_true", help="list the wrong verdicts")
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument("--source", choices=["team", "human", "all"],
                        help="report only this part (default: team, human and combined)")
    args = parser.parse_args()
    items = read_split(args.split)
    parts = {"team": [i for i in items if i.get("source", "team") == "team"],
             "human": [i for i in items if i.get("source") == "human"], "all": items}
    titles = {"team": "the team's own drafts", "human": "the second writer's drafts",
              "all": "all drafts combined"}
    for source in [args.source] if args.source else ["team", "human", "all"]:
        quality(parts[source], f"data/drafts/{args.split}.jsonl, {titles[source]}",
                args.errors and source != "all")
    if not args.no_speed:
        speed(args.drafts, args.school)


if __name__ == "__main__":
    main()
