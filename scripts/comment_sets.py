"""The labelled comment sets and their fixed splits, shared by training and the benchmark.

- template set: data/comments/{train,dev,test}.jsonl (split by template, gen_comments.py),
  labelled against data/comments/staff.csv;
- human set: data/comments/human/risk.jsonl (staff list human/staff.csv) and
  everyday.jsonl (human/staff-everyday.csv), written by hand by two other writers. Its
  split is FIXED by a hash of each id — 60 % train, 20 % dev, 20 % test — so an item
  never moves between splits when the files grow. Human test is never trained or tuned on.

Every item carries `source` ("template" | "human") and `staff` (the CSV its
staff_mention label refers to)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OWN = ROOT / "data" / "comments"
HUMAN_FILES = {"risk.jsonl": "staff.csv", "everyday.jsonl": "staff-everyday.csv"}
SPLITS = ("train", "dev", "test")

Item = dict[str, object]


def read_jsonl(path: Path) -> list[Item]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def human_split(item_id: str) -> str:
    """60/20/20 by the first bytes of the id's SHA-256: stable, independent of order."""
    bucket = int(hashlib.sha256(item_id.encode()).hexdigest()[:8], 16) % 10
    return "train" if bucket < 6 else "dev" if bucket < 8 else "test"


def template_items(split: str, own: Path = OWN) -> list[Item]:
    items = read_jsonl(own / f"{split}.jsonl")
    for item in items:
        item["source"], item["staff"] = "template", str(own / "staff.csv")
    return items


def human_items(split: str, own: Path = OWN) -> list[Item]:
    items: list[Item] = []
    for name, staff in HUMAN_FILES.items():
        for item in read_jsonl(own / "human" / name):
            if human_split(str(item["id"])) == split:
                item["source"], item["staff"] = "human", str(own / "human" / staff)
                items.append(item)
    return items
