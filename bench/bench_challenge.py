#!/usr/bin/env python3
"""Benchmark the engine against the blind challenge sets in data/challenge/.

The challenge sets were written without looking at the engine or its data. They are for
MEASUREMENT ONLY: never train, tune thresholds or add rules from them
(see data/challenge/README.md).

Usage (from the repository root):
    .venv/bin/python bench/bench_challenge.py [--errors N] [--json OUT]

Runs, as subprocesses:
    .venv/bin/socialsafe classify --school crossflatts --staff data/challenge/staff.csv --jsonl
    .venv/bin/socialsafe check --school S --roster data/challenge/roster.csv --jsonl   (per school)
Standard library only.
"""
# ruff: noqa: UP031  (printf-style tables with field widths read better here)
import argparse
import json
import os
import subprocess
import sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CH = os.path.join(ROOT, "data", "challenge")
CLI = os.path.join(ROOT, ".venv", "bin", "socialsafe")

LABELS = ["abuse", "hate", "threat", "spam", "personal_info", "commercial", "complaint",
          "question", "praise", "safeguarding", "staff_mention", "extremism"]
CATS = ["pupil_no_consent", "personal_info", "offensive", "political", "personal_view",
        "targeted_message", "staff_personal_link", "commercial", "confidential", "copyright",
        "off_purpose"]
VERDICTS = ["ok", "needs_approval", "blocked"]
ACTIONS = ["escalate", "hide", "reply", "keep"]


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def run(args, rows):
    inp = "".join(json.dumps({"id": r["id"], "text": r["text"]}, ensure_ascii=False) + "\n"
                  for r in rows)
    p = subprocess.run([CLI, *args], input=inp.encode("utf-8"), cwd=ROOT, capture_output=True)
    out = {}
    bad = 0
    for line in p.stdout.decode("utf-8").splitlines():
        if not line.strip():
            continue
        try:
            o = json.loads(line)
        except ValueError:
            bad += 1
            continue
        if "id" in o:
            out[o["id"]] = o
        else:
            bad += 1
    if p.returncode not in (0, 1, 3) or bad or len(out) != len(rows):
        sys.stderr.write("warning: %s exit %s, %d outputs for %d inputs, %d bad lines\n%s\n" % (
            " ".join(args[:3]), p.returncode, len(out), len(rows), bad,
            p.stderr.decode("utf-8", "replace")[-2000:]))
    return out


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def short(t, n=110):
    t = t.replace("\n", " ")
    return t if len(t) <= n else t[:n - 1] + "…"


def bench_comments(nerr):
    rows = load(os.path.join(CH, "comments.jsonl"))
    got = run(["classify", "--school", "crossflatts", "--staff",
               os.path.join("data", "challenge", "staff.csv"), "--jsonl"], rows)
    tp, fp, fn = Counter(), Counter(), Counter()
    act_ok = 0
    conf = defaultdict(Counter)
    compl_n = compl_hidden = compl_escal = 0
    errors = defaultdict(list)
    for r in rows:
        g = got.get(r["id"], {"labels": [], "action": "missing"})
        e, p = set(r["labels"]), set(g.get("labels", []))
        for L in LABELS:
            if L in e and L in p:
                tp[L] += 1
            elif L in p:
                fp[L] += 1
                errors["fp:" + L].append((r, g))
            elif L in e:
                fn[L] += 1
                errors["fn:" + L].append((r, g))
        conf[r["action"]][g.get("action")] += 1
        if g.get("action") == r["action"]:
            act_ok += 1
        else:
            errors["action:%s->%s" % (r["action"], g.get("action"))].append((r, g))
        if "complaint" in e and r["action"] == "reply":
            compl_n += 1
            if g.get("action") == "hide":
                compl_hidden += 1
                errors["complaint_hidden"].append((r, g))
            elif g.get("action") == "escalate":
                compl_escal += 1
    print("=== COMMENTS (%d, data/challenge/comments.jsonl) ===" % len(rows))
    print("%-14s %6s %6s %6s %5s %5s %5s" % ("label", "P", "R", "F1", "tp", "fp", "fn"))
    fs = []
    res = {}
    for L in LABELS:
        p, r_, f = prf(tp[L], fp[L], fn[L])
        fs.append(f)
        res[L] = {"p": p, "r": r_, "f1": f}
        print("%-14s %6.3f %6.3f %6.3f %5d %5d %5d" % (L, p, r_, f, tp[L], fp[L], fn[L]))
    macro = sum(fs) / len(fs)
    print("macro-F1: %.3f" % macro)
    print("action accuracy: %.3f (%d/%d)" % (act_ok / len(rows), act_ok, len(rows)))
    print("action confusion (rows expected, cols got):")
    print("%-10s" % "" + "".join("%9s" % a for a in ACTIONS))
    for a in ACTIONS:
        print("%-10s" % a + "".join("%9d" % conf[a][b] for b in ACTIONS))
    print("clean complaints wrongly hidden: %.1f%% (%d/%d); escalated: %d" % (
        100.0 * compl_hidden / max(compl_n, 1), compl_hidden, compl_n, compl_escal))
    print("safeguarding recall: %.3f   threat recall: %.3f" % (
        res["safeguarding"]["r"], res["threat"]["r"]))
    if nerr:
        print("\n--- comment errors (up to %d per kind) ---" % nerr)
        for k in sorted(errors):
            print("[%s] %d" % (k, len(errors[k])))
            for r, g in errors[k][:nerr]:
                print("   %s %r\n      expected %s/%s  got %s/%s" % (
                    r["id"], short(r["text"]), ",".join(r["labels"]) or "-", r["action"],
                    ",".join(g.get("labels", [])) or "-", g.get("action")))
    return {"macro_f1": macro, "action_accuracy": act_ok / len(rows), "labels": res,
            "complaints_hidden": compl_hidden, "complaints": compl_n}


def bench_drafts(nerr):
    rows = load(os.path.join(CH, "drafts.jsonl"))
    by_school = defaultdict(list)
    for r in rows:
        by_school[r["school"]].append(r)
    got = {}
    for s, rs in sorted(by_school.items()):
        got.update(run(["check", "--school", s, "--roster",
                        os.path.join("data", "challenge", "roster.csv"), "--jsonl"], rs))
    tp, fp, fn = Counter(), Counter(), Counter()
    ok = 0
    conf = defaultdict(Counter)
    errors = defaultdict(list)
    ow_n = ow_ff = 0
    pnc_ff = []
    for r in rows:
        g = got.get(r["id"], {"verdict": "missing", "findings": []})
        findings = g.get("findings") or []
        e = set(r["categories"])
        p = set(f.get("category") for f in findings)
        for C in CATS:
            if C in e and C in p:
                tp[C] += 1
            elif C in p:
                fp[C] += 1
                errors["fp:" + C].append((r, g))
            elif C in e:
                fn[C] += 1
                errors["fn:" + C].append((r, g))
        conf[r["verdict"]][g.get("verdict")] += 1
        if g.get("verdict") == r["verdict"]:
            ok += 1
        else:
            errors["verdict:%s->%s" % (r["verdict"], g.get("verdict"))].append((r, g))
        if "pupil_no_consent" not in e and "pupil_no_consent" in p:
            spans = [r["text"][f["start"]:f["end"]] for f in findings
                     if f.get("category") == "pupil_no_consent" and isinstance(f.get("start"), int)]
            pnc_ff.append((r, spans))
        if "ordinary_word_name" in r.get("tags", []) and "pupil_no_consent" not in e:
            ow_n += 1
            if "pupil_no_consent" in p:
                ow_ff += 1
    print("\n=== DRAFTS (%d, data/challenge/drafts.jsonl) ===" % len(rows))
    print("verdict accuracy: %.3f (%d/%d)" % (ok / len(rows), ok, len(rows)))
    print("verdict confusion (rows expected, cols got):")
    cols = [*VERDICTS, "missing"]
    print("%-15s" % "" + "".join("%15s" % v for v in cols))
    for v in VERDICTS:
        print("%-15s" % v + "".join("%15d" % conf[v][c] for c in cols))
    print("%-19s %6s %6s %6s %5s %5s %5s" % ("category", "P", "R", "F1", "tp", "fp", "fn"))
    res = {}
    for C in CATS:
        p, r_, f = prf(tp[C], fp[C], fn[C])
        res[C] = {"p": p, "r": r_, "f1": f}
        print("%-19s %6.3f %6.3f %6.3f %5d %5d %5d" % (C, p, r_, f, tp[C], fp[C], fn[C]))
    print("ordinary-word-name hard negatives falsely flagged pupil_no_consent: %d/%d" % (
        ow_ff, ow_n))
    print("all false pupil_no_consent flags: %d" % len(pnc_ff))
    for r, spans in pnc_ff:
        print("   %s spans=%s  %r" % (r["id"], spans, short(r["text"], 90)))
    if nerr:
        print("\n--- draft errors (up to %d per kind) ---" % nerr)
        for k in sorted(errors):
            print("[%s] %d" % (k, len(errors[k])))
            for r, g in errors[k][:nerr]:
                print("   %s [%s] %r\n      expected %s/%s  got %s/%s" % (
                    r["id"], r["school"], short(r["text"]), r["verdict"],
                    ",".join(r["categories"]) or "-", g.get("verdict"),
                    ",".join("%s(%s)" % (f.get("category"), f.get("severity"))
                             for f in g.get("findings") or []) or "-"))
    return {"verdict_accuracy": ok / len(rows), "categories": res,
            "ordinary_word_false_flags": ow_ff, "ordinary_word_negatives": ow_n}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", type=int, default=0, help="print up to N errors of each kind")
    ap.add_argument("--json", help="also write the summary numbers to this file")
    a = ap.parse_args()
    if not os.path.exists(CLI):
        sys.exit("no %s: run `make install` first" % CLI)
    summary = {"comments": bench_comments(a.errors), "drafts": bench_drafts(a.errors)}
    if a.json:
        with open(a.json, "w") as f:
            json.dump(summary, f, indent=2)


if __name__ == "__main__":
    main()
