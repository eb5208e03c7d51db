"""Benchmark of `socialsafe classify` on the test splits, plus speed and memory.

    .venv/bin/python bench/bench_classify.py [--errors] [--split test|dev] [--no-speed]

Quality is printed three times: the template test split (data/comments/test.jsonl), the
human test split (the fixed 20 % of data/comments/human/*.jsonl, see
scripts/comment_sets.py; each item judged against its own staff CSV) and both combined.
Test splits are never used for training or tuning (`--split dev` shows the tuning split).
Figures: per-label precision/recall/F1, macro-F1 over the twelve labels, action
accuracy, complaints wrongly hidden (comments whose only grievance is criticism —
complaint, maybe question/praise/staff_mention — that got `hide` or `escalate`),
safeguarding and threat recall.
Speed, on one core (BLAS threads pinned to 1): start-up (a fresh `socialsafe classify`
process classifying one comment), throughput of the batch CLI path on 20,000 comments,
and the peak resident memory of this process."""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from comment_sets import Item, human_items, template_items  # noqa: E402

from socialsafe.engine.classify_cli import run_batch  # noqa: E402
from socialsafe.engine.comments import LABELS, CommentClassifier, action_for  # noqa: E402
from socialsafe.engine.registers import parse_staff  # noqa: E402
from socialsafe.engine.types import Classification  # noqa: E402
from socialsafe.policy.loader import load_pack  # noqa: E402

DATA = ROOT / "data" / "comments"
CLEAN_CRITICISM = {"complaint", "question", "praise", "staff_mention"}
TARGETS = {"macro_f1": 0.90, "complaints_hidden": 0.02, "safeguarding_recall": 0.97,
           "threat_recall": 0.97, "per_second": 5000, "startup_s": 2.0}


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def classify_items(items: list[Item]) -> list[Classification]:
    """Each item against the staff register its labels were written for."""
    pack = load_pack("crossflatts")
    results: list[Classification | None] = [None] * len(items)
    for staff_csv in sorted({str(i["staff"]) for i in items}):
        rows = [n for n, i in enumerate(items) if i["staff"] == staff_csv]
        staff = parse_staff(Path(staff_csv).read_text(encoding="utf-8"))
        found = CommentClassifier(pack, staff).classify_many([str(items[n]["text"]) for n in rows])
        for n, result in zip(rows, found, strict=True):
            results[n] = result
    return [r for r in results if r is not None]


def quality(title: str, items: list[Item], results: list[Classification],
            show_errors: bool) -> dict[str, float]:
    print(f"\n=== {title}: {len(items)} comments ===")
    print(f"{'label':14s} {'support':>7s} {'precision':>9s} {'recall':>7s} {'F1':>6s}")
    f1s, recalls = [], {}
    for label in LABELS:
        truth = [label in i["labels"] for i in items]  # type: ignore[operator]
        pred = [label in r.labels for r in results]
        tp = sum(t and p for t, p in zip(truth, pred, strict=True))
        fp = sum(p and not t for t, p in zip(truth, pred, strict=True))
        fn = sum(t and not p for t, p in zip(truth, pred, strict=True))
        p, r, f = prf(tp, fp, fn)
        f1s.append(f)
        recalls[label] = r
        print(f"{label:14s} {sum(truth):7d} {p:9.3f} {r:7.3f} {f:6.3f}")
    macro = sum(f1s) / len(f1s)
    actions = [action_for(i["labels"]) == r.action  # type: ignore[arg-type]
               for i, r in zip(items, results, strict=True)]
    criticism = [(i, r) for i, r in zip(items, results, strict=True)
                 if "complaint" in i["labels"]  # type: ignore[operator]
                 and set(i["labels"]) <= CLEAN_CRITICISM]  # type: ignore[arg-type]
    hidden = sum(r.action in ("hide", "escalate") for _, r in criticism)
    figures = {
        "macro_f1": macro, "action_accuracy": sum(actions) / len(actions),
        "complaints_hidden": hidden / max(len(criticism), 1),
        "safeguarding_recall": recalls["safeguarding"], "threat_recall": recalls["threat"],
    }
    print(f"\nmacro-F1 (12 labels)            {macro:.3f}   target >= 0.90")
    print(f"action accuracy                 {figures['action_accuracy']:.3f}")
    print(f"complaints wrongly hidden       {hidden}/{len(criticism)} = "
          f"{figures['complaints_hidden']:.1%}   target <= 2 %")
    print(f"safeguarding recall             {recalls['safeguarding']:.3f}   target >= 0.97")
    print(f"threat recall                   {recalls['threat']:.3f}   target >= 0.97")
    if show_errors:
        print("\nErrors (truth -> predicted):")
        for i, r in zip(items, results, strict=True):
            if set(i["labels"]) != set(r.labels):  # type: ignore[call-overload]
                print(f"  {sorted(i['labels'])} -> {r.labels}: {i['text']}")  # type: ignore[call-overload]
    return figures


def startup_seconds() -> tuple[float, float]:
    """Best of 3 fresh CLI processes classifying one comment: (wall, CPU) seconds."""
    command = [sys.executable, "-m", "socialsafe.cli", "classify", "--school", "crossflatts",
               "--staff", str(DATA / "staff.csv"), "--jsonl"]
    best_wall = best_cpu = float("inf")
    for _ in range(3):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command, input=b'{"id": "1", "text": "Well done Y6!"}\n',
                       capture_output=True, check=True, cwd=ROOT)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        best_wall, best_cpu = min(best_wall, wall), min(best_cpu, cpu)
    return best_wall, best_cpu


def throughput(classifier: CommentClassifier,
               items: list[Item]) -> tuple[float, float]:
    """Comments per second through the batch CLI path: (by wall clock, by CPU time)."""
    lines = [json.dumps({"id": str(n), "text": items[n % len(items)]["text"]}).encode() + b"\n"
             for n in range(20_000)]
    stream = io.BytesIO(b"".join(lines))
    out = io.StringIO()
    start, cpu = time.perf_counter(), time.process_time()
    run_batch(classifier, stream, out)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    assert out.getvalue().count("\n") == len(lines)
    return len(lines) / elapsed, len(lines) / cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list every misclassified comment")
    parser.add_argument("--split", choices=("test", "dev"), default="test")
    parser.add_argument("--no-speed", action="store_true", help="quality figures only")
    args = parser.parse_args()
    template, human = template_items(args.split), human_items(args.split)
    template_results, human_results = classify_items(template), classify_items(human)
    quality(f"Template {args.split} split", template, template_results, args.errors)
    quality(f"Human {args.split} split", human, human_results, args.errors)
    quality(f"Combined {args.split} (template + human)", template + human,
            template_results + human_results, show_errors=False)
    if args.no_speed:
        return
    staff = parse_staff((DATA / "staff.csv").read_text(encoding="utf-8"))
    classifier = CommentClassifier(load_pack("crossflatts"), staff)
    wall, cpu = startup_seconds()
    rate_wall, rate_cpu = throughput(classifier, template + human)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    load = os.getloadavg()[0]
    print(f"\nSpeed (one core; machine load average {load:.1f} — on a shared machine the CPU-time")
    print("figures are the single-core cost, the wall-clock ones include waiting for a core)")
    print(f"start-up, fresh CLI process     {cpu:.2f} s CPU, {wall:.2f} s wall   target <= 2 s")
    print(f"throughput, batch CLI path      {rate_cpu:,.0f} comments/s CPU, {rate_wall:,.0f} wall"
          f"   target >= 5,000")
    print(f"peak memory                     {child_peak:.0f} MB (CLI process), "
          f"{peak:.0f} MB (this benchmark process)")


if __name__ == "__main__":
    main()
