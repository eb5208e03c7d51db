"""Rebuild the labelled drafts set and its roster from the hand-written sources.

    .venv/bin/python data/drafts/build.py

- `drafts.src`: one draft a line, `CATEGORIES ; PURPOSE ; TEXT` (written by the team).
  CATEGORIES lists the CONTRACT categories the text really contains, one letter each
  (`-` for none, see LETTERS); PURPOSE is the kind of post (see PURPOSE_CODES);
  `\\n` in TEXT is a line break. Lines starting with # are comments.
- Each draft gets an id (`d` + 8 hex digits of the SHA-1 of its text) and a school
  (one of the bundled packs, by that hash). The split is FIXED by the same hash:
  60 % train, 20 % dev, 20 % test; drafts of a batch whose header says "probe" were
  first run against the checker, whose rules were then adjusted, so they go to train
  or dev only (70/30).
- `categories` are what the text contains, whatever the school; `expected_categories`,
  `expected_verdict` and `expected_findings` follow the school's pack: a category the
  pack does not list is not expected, a post with no school purpose (PURPOSE none) or
  a kind of post outside the pack's allowed purposes is off_purpose there, and the
  strictest severity wins.
- `human/drafts.jsonl`: drafts written independently by a second writer (school, purpose
  and categories given there). They join the same three files with `"source": "human"`
  (the team's own drafts carry `"source": "team"`), split FIXED 60/20/20 by the SHA-1 of
  their id; expected findings come from the same code path as the team's drafts.
- `roster.csv`: the pupils the drafts talk about (written below by hand) plus fictional
  pupils up to 1,500 from a fixed seed, for the speed benchmark."""

from __future__ import annotations

import csv
import hashlib
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from socialsafe.engine.drafts.purposes import kinds_allowed  # noqa: E402
from socialsafe.policy.loader import bundled_slugs, load_pack  # noqa: E402

SCHOOLS = ("crossflatts", "elm-park", "moorlands", "kingsley", "soke")
LETTERS = {
    "P": "pupil_no_consent", "I": "personal_info", "O": "offensive", "L": "political",
    "V": "personal_view", "T": "targeted_message", "S": "staff_personal_link",
    "C": "commercial", "F": "confidential", "R": "copyright", "X": "off_purpose",
}
PURPOSE_CODES = {
    "ev": "events", "rem": "reminders", "ach": "achievements", "clo": "closures",
    "vac": "vacancies", "news": "newsletters", "sea": "seasonal", "fb": "feedback",
    "act": "activities", "none": "none",
}

def _words(block: str) -> list[str]:
    return block.split()


# upn, forename, surname, preferred, year, photo, name consent, do not publish
NAMED_PUPILS = [
    ("A001", "Amelia", "Jones", "", "4", "yes", "no", "no"),
    ("A002", "Amelia", "Khan", "", "2", "yes", "yes", "no"),
    ("A003", "Grace", "Whitfield", "", "5", "yes", "no", "no"),
    ("A004", "Grace", "Lee", "", "3", "yes", "yes", "no"),
    ("A005", "Summer", "Okafor", "", "3", "no", "no", "no"),
    ("A006", "Jack", "Turner", "", "6", "yes", "no", "no"),
    ("A007", "William", "Patterson", "Will", "2", "yes", "no", "no"),
    ("A008", "Poppy", "Adeyemi", "", "1", "yes", "no", "no"),
    ("A009", "Hope", "Kaur", "", "5", "yes", "no", "no"),
    ("A010", "Ruby", "Nolan", "", "3", "yes", "no", "no"),
    ("A011", "Mark", "Dobson", "", "6", "yes", "no", "no"),
    ("A012", "Holly", "Briggs", "", "2", "yes", "no", "no"),
    ("A013", "Daisy", "Fenwick", "", "4", "yes", "no", "no"),
    ("A014", "Lily", "Hussain", "", "1", "yes", "no", "no"),
    ("A015", "Rose", "Gallagher", "", "6", "yes", "no", "no"),
    ("A016", "Autumn", "Price", "", "3", "yes", "no", "no"),
    ("A017", "Ivy", "Marsh", "", "2", "yes", "no", "no"),
    ("A018", "Joy", "Mensah", "", "5", "yes", "no", "no"),
    ("A019", "Faith", "Oduya", "", "4", "yes", "no", "no"),
    ("A020", "Amber", "Shaw", "", "6", "yes", "no", "no"),
    ("A021", "Iris", "Kowalski", "", "R", "yes", "no", "no"),
    ("A022", "May", "Chen", "", "3", "yes", "no", "no"),
    ("A023", "Maximilian", "Holloway", "Max", "5", "yes", "no", "no"),
    ("A024", "Harvey", "Bell", "", "4", "no", "yes", "yes"),
    ("A025", "Oliver", "Grant", "", "6", "no", "yes", "yes"),
    ("A026", "Kacper", "Nowak", "", "3", "yes", "no", "no"),
    ("A027", "Aisha", "Rahman", "", "6", "yes", "no", "no"),
    ("A028", "Zainab", "Hussain", "", "2", "no", "no", "yes"),
    ("A029", "Freddie", "Clarke", "", "5", "yes", "no", "no"),
    ("A030", "Isla", "McKenzie", "", "1", "no", "yes", "yes"),
    ("A031", "Noah", "Williams", "", "4", "yes", "no", "no"),
    ("A032", "Thomas", "Brown", "Tom", "6", "yes", "yes", "no"),
    ("A033", "Ella", "Robinson", "", "5", "yes", "yes", "no"),
    ("A034", "Leo", "Martin", "", "3", "yes", "yes", "no"),
    ("A035", "Sofia", "Rossi", "", "4", "yes", "yes", "no"),
    ("A036", "Ethan", "Wright", "", "6", "yes", "yes", "no"),
    ("A037", "Maya", "Patel", "", "2", "yes", "yes", "no"),
    ("A038", "Charlotte", "Evans", "Charlie", "5", "yes", "yes", "no"),
    ("A039", "Alfie", "Cooper", "", "1", "yes", "yes", "no"),
    ("A040", "Evie", "Ward", "", "R", "yes", "yes", "no"),
    ("A041", "Oscar", "Hughes", "", "4", "yes", "yes", "no"),
    ("A042", "Isabella", "Scott", "Bella", "3", "yes", "yes", "no"),
    ("A043", "Harry", "Green", "", "6", "yes", "yes", "no"),
    ("A044", "Jack", "Sullivan", "", "2", "yes", "yes", "no"),
    ("A045", "Ruby", "Thompson", "", "5", "yes", "yes", "no"),
    ("A046", "Muhammad", "Iqbal", "", "4", "yes", "yes", "no"),
    ("A047", "Priya", "Sharma", "", "6", "yes", "no", "no"),
    ("A048", "Dylan", "Hughes", "", "3", "yes", "no", "no"),
    ("A049", "Chloe", "Baker", "", "5", "yes", "yes", "no"),
    ("A050", "Jacob", "Morris", "", "6", "yes", "yes", "no"),
    ("A051", "Willow", "Barnes", "", "1", "yes", "no", "no"),
    ("A052", "Hazel", "Ingram", "", "4", "yes", "no", "no"),
    ("A053", "Rowan", "Fisher", "", "5", "yes", "no", "no"),
    ("A054", "Phoenix", "Adams", "", "2", "yes", "no", "no"),
    ("A055", "Chester", "Lloyd", "", "3", "yes", "no", "no"),
    ("A056", "Florence", "Gray", "", "6", "yes", "no", "no"),
    ("A057", "Heather", "Moss", "", "4", "yes", "no", "no"),
    ("A058", "Robin", "Hale", "", "5", "yes", "no", "no"),
    ("A059", "June", "Appiah", "", "2", "yes", "no", "no"),
    ("A060", "Sunny", "Begum", "", "1", "yes", "no", "no"),
]

FILL_FORENAMES = _words("""
Aaron Abigail Adam Aiden Alexander Alice Amir Anna Archie Arthur Ava Ayaan
Beatrice Ben Bethany Caleb Callum Cameron Carys Connor Daniel David Eliza Elliot Emily Emma
Erin Esme Evan Felix Finlay Finn Freya Gabriel George Georgina Hannah Harriet Hugo Ibrahim
Imogen Isaac Jasper Jessica Joseph Joshua Kai Katie Layla Lewis Liam Lola Louis Lucas Lucy
Luke Matilda Megan Mia Millie Nathan Niamh Olivia Orla Owen Phoebe Reuben Riley Rory Ryan
Samuel Sara Scarlett Sebastian Sienna Stanley Teddy Theo Toby Tyler Yusuf Zachary Zara
Zoe Arlo Elodie Nell Ottilie Hamza Ayesha Fatima Omar Bilal Mason Harper Nia Tobias""")
FILL_SURNAMES = _words("""
Allen Armstrong Atkinson Bailey Barker Bennett Berry Birch Bradley Burton
Campbell Carter Chambers Chapman Clark Cole Collins Cox Davies Dixon Doyle Edwards Ellis
Farrell Field Fleming Foster Fox Francis Gibson Graham Griffiths Hall Harris Hart Hayes Hill
Holmes Howard Hunt Jackson James Jenkins Johnson Kelly Kennedy Knight Lawrence Lewis Marshall
Mason Matthews Miller Mills Mitchell Moore Murphy Murray Owen Palmer Parker Pearson Phillips
Poole Reid Reynolds Richards Roberts Rogers Russell Simpson Smith Stevens Stewart Taylor
Walker Walsh Watson Webb White Wilkinson Wilson Wood Young Ahmed Akhtar Begum Chowdhury Das
Malik Mahmood Nguyen Osei Owusu Popescu Silva Singh Yilmaz Zielinski""")


#: The second writer's purpose names that differ from PURPOSE_CODES' values.
HUMAN_PURPOSES = {"seasonal_greetings": "seasonal"}


def draft_id(text: str) -> str:
    return "d" + hashlib.sha1(text.encode("utf-8"), usedforsecurity=False).hexdigest()[:8]


def split_of(ident: str, probe: bool) -> str:
    """60/20/20 by hash; drafts first used as probes against the checker (its rules were
    adjusted after seeing them) go to train or dev only, never to test."""
    bucket = int(ident[1:], 16) % 10
    if probe:
        return "train" if bucket < 7 else "dev"
    return "train" if bucket < 6 else "dev" if bucket < 8 else "test"


def expected_categories(school: str, categories: list[str], purpose: str) -> list[str]:
    """What the school's pack should report: the text's categories that the pack lists,
    plus off_purpose when the kind of post is not among the pack's allowed purposes."""
    pack = load_pack(school)
    found = set(categories)
    allowed = kinds_allowed(pack.parameters.allowed_purposes.value)
    if purpose == "none" or purpose not in allowed:
        found.add("off_purpose")
    severity = pack.content_severity()
    return sorted(c for c in found if c in severity)


def expected(school: str, categories: list[str]) -> tuple[str, list[dict[str, str]]]:
    severity = load_pack(school).content_severity()
    findings = [{"category": c, "severity": severity[c]} for c in categories if c in severity]
    worst = {f["severity"] for f in findings}
    verdict = ("blocked" if "block" in worst else "needs_approval" if "approval" in worst
               else "ok")
    return verdict, findings


def human_split(ident: str) -> str:
    """60/20/20 by the SHA-1 of the id: the human test part is never tuned on."""
    bucket = int(hashlib.sha1(ident.encode("utf-8"), usedforsecurity=False).hexdigest()[:8],
                 16) % 10
    return "train" if bucket < 6 else "dev" if bucket < 8 else "test"


def labelled(ident: str, school: str, text: str, categories: list[str], purpose: str,
             source: str) -> str:
    """One JSONL line with what the school's pack should report."""
    wanted = expected_categories(school, categories, purpose)
    verdict, findings = expected(school, wanted)
    item = {"id": ident, "school": school, "source": source, "text": text,
            "categories": categories, "purpose": purpose, "expected_categories": wanted,
            "expected_verdict": verdict, "expected_findings": findings}
    return json.dumps(item, ensure_ascii=False)


def read_human() -> list[dict[str, object]]:
    path = HERE / "human" / "drafts.jsonl"
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def available_schools() -> list[str]:
    return [slug for slug in SCHOOLS if slug in bundled_slugs()]


def read_sources() -> list[tuple[list[str], str, str, bool]]:
    items = []
    seen: set[str] = set()
    probe = False
    for n, line in enumerate((HERE / "drafts.src").read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("# ==="):
            probe = "probe" in line
        if not line.strip() or line.startswith("#"):
            continue
        cats, code, text = (part.strip() for part in line.split(";", 2))
        letters = "" if cats == "-" else cats
        if any(c not in LETTERS for c in letters) or code not in PURPOSE_CODES:
            raise SystemExit(f"drafts.src:{n}: unknown category letter or purpose {line[:30]}")
        categories = sorted({LETTERS[c] for c in letters})
        purpose = PURPOSE_CODES[code]
        text = text.replace("\\n", "\n")
        if text in seen:
            raise SystemExit(f"drafts.src:{n}: duplicate draft")
        seen.add(text)
        items.append((categories, purpose, text, probe))
    return items


def write_roster() -> None:
    rng = random.Random(20261122)
    rows = [list(p) for p in NAMED_PUPILS]
    used = {p[1] for p in NAMED_PUPILS} | {p[3] for p in NAMED_PUPILS}
    pool = [f for f in FILL_FORENAMES if f not in used]
    n = len(rows)
    while len(rows) < 1500:
        n += 1
        year = rng.choice(["R", *map(str, range(1, 7))])
        consent = rng.random() < 0.85
        rows.append([f"F{n:04d}", rng.choice(pool), rng.choice(FILL_SURNAMES), "", year,
                     "yes" if rng.random() < 0.8 else "no", "yes" if consent else "no",
                     "yes" if rng.random() < 0.02 else "no"])
    with open(HERE / "roster.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["upn", "legal_forename", "legal_surname", "preferred_forename",
                         "year_group", "photo_consent", "name_consent", "do_not_publish"])
        writer.writerows(rows)


def main() -> None:
    schools = available_schools()
    splits: dict[str, list[str]] = {"train": [], "dev": [], "test": []}
    for categories, purpose, text, probe in read_sources():
        ident = draft_id(text)
        school = schools[int(ident[1:], 16) // 10 % len(schools)]
        splits[split_of(ident, probe)].append(
            labelled(ident, school, text, categories, purpose, "team"))
    for human in read_human():
        ident, school = str(human["id"]), str(human["school"])
        if school not in schools:
            continue
        purpose = str(human["purpose"])
        categories = sorted({str(c) for c in human["categories"]})  # type: ignore[attr-defined]
        splits[human_split(ident)].append(labelled(
            ident, school, str(human["text"]), categories,
            HUMAN_PURPOSES.get(purpose, purpose), "human"))
    for name, lines in splits.items():
        (HERE / f"{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{name}: {len(lines)} drafts")
    write_roster()
    print(f"schools used: {', '.join(schools)}")


if __name__ == "__main__":
    main()
