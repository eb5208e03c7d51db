"""Generate the team's labelled set of school-page comments: data/comments/{train,dev,test}.jsonl.

    .venv/bin/python scripts/gen_comments.py

Deterministic (fixed seed). Templates (scripts/comment_templates.py) are expanded with
varied slot values and written the way people type on phones (lower case, no
punctuation, typos, emojis, kisses). The split is by TEMPLATE, fixed: every comment made
from one template lands in the same split, so dev and test measure phrasings the model
has never seen, not memorised ones. `staff_mention` is set when a slot was filled with a
name from data/comments/staff.csv (the register the set is labelled against)."""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from comment_templates import GROUPS, STAFF_NEUTRAL

SEED = 20261122
STAFF_GROUP_BASE = 100  # fixed numbers for the staff-register groups, so their split never moves
OUT = Path(__file__).resolve().parent.parent / "data" / "comments"
PER_GROUP_TARGET = {  # comments to aim for per group (before de-duplication)
    "abuse": 9, "complaint": 7, "question": 5, "praise": 6, "safeguarding": 9,
    "threat": 8, "spam": 8, "commercial": 8, "personal_info": 10, "hate": 8,
    "extremism": 9, "": 6,
}

STAFF_CSV = """name,role,aliases
Priya Patel,staff,
David Hughes,head,Mr H
Sarah Harrison,dsl,
Emma Clarke,staff,
Grace Okafor,slt,
Tom Evans,staff,
Helen Wright,administrator,
James O'Neill,staff,
Nadia Sale,media_lead,Mrs Sale;N Sale
Rebecca Lowe,staff,Miss Becky
"""
TITLES = {"Priya Patel": "Mrs", "David Hughes": "Mr", "Sarah Harrison": "Mrs",
          "Emma Clarke": "Miss", "Grace Okafor": "Ms", "Tom Evans": "Mr",
          "Helen Wright": "Mrs", "James O'Neill": "Mr", "Nadia Sale": "Mrs",
          "Rebecca Lowe": "Miss"}
ALIASES = {"David Hughes": ["Mr H"], "Nadia Sale": ["N Sale"], "Rebecca Lowe": ["Miss Becky"]}

GENERIC_STAFF = [
    "the teacher", "his teacher", "her teacher", "the class teacher", "the head",
    "the headteacher", "the deputy head", "the TA", "the receptionist", "the SENCO",
    "the office lady", "the new teacher", "the PE teacher", "the supply teacher",
    "the lunchtime supervisor", "the head of year", "Mrs Brown", "Mr Green", "Miss Taylor",
    "Mr Ahmed", "Mrs Kowalski", "Ms Reid", "Mr Smith", "Miss Jones", "sir", "that woman",
]
CHILD = ["my son", "my daughter", "my little one", "my boy", "my girl", "my eldest",
         "my youngest", "our son", "our daughter", "my lad", "my 7 year old", "my nephew",
         "my granddaughter", "my grandson", "our little girl", "my kid", "my child"]
KIDS = ["Alfie", "Olivia", "Harry", "Amelia", "Mohammed", "Isla", "Jack", "Grace", "Noah",
        "Poppy", "Leo", "Ava", "Oscar", "Freya", "Arlo", "Aisha", "Kacper", "Maisie",
        "Charlie", "Summer", "Theo", "Lily", "Jayden", "Zainab", "Finley", "Ruby", "Reggie",
        "Hope", "Tommy", "Evie", "Ibrahim", "Daisy", "Kai", "Willow", "Stanley", "Priya"]
SURNAMES = ["Smith", "Jones", "Khan", "Williams", "Taylor", "Brown", "Wilson", "Nowak",
            "Hussain", "Walker", "Wood", "Begum", "Thompson", "Robinson", "Okoro", "Murphy"]
PEOPLE = ["Sharon", "Kerry", "Becky Jones", "Dean", "Lisa Marie", "Gemma", "Stacey", "Wayne",
          "Jo", "Claire", "Mark", "Tasha", "Andy Robinson", "Nicola"]
YEARS = ["year 3", "Y4", "reception", "yr 6", "year 2", "Year 5", "year one", "Y1", "nursery",
         "year 6", "KS2", "year 9", "year 7", "Y10"]
EVENTS = ["sports day", "the nativity", "the christmas fair", "the school trip", "the disco",
          "parents evening", "the summer fair", "world book day", "the leavers assembly",
          "the carol concert", "the school play", "the swimming gala", "harvest festival",
          "the easter bonnet parade", "the residential", "the fun run", "the class assembly"]
DAYS = ["monday", "Tuesday", "wednesday", "Thursday", "friday", "Saturday", "tomorrow"]
SUBJECTS = ["maths", "English", "science", "spelling", "reading", "French", "history"]
AGES = ["5", "6", "7", "8", "9", "10", "11", "12", "13", "14"]
MONEY = ["£35", "£40", "£60", "£12", "£120", "£25", "£80"]
THINGS = ["the office", "the school", "the app", "the newsletter", "ParentMail"]
STREETS = ["Birch Close", "Station Road", "Mill Lane", "Orchard Way", "Church Street",
           "Victoria Road", "Elm Grove", "Park View", "Kingsley Avenue", "Meadow Rise"]
TOWNS = ["Peterborough", "Leeds", "Kettering", "Stoke", "Reading", "Bradford", "Norwich"]
URLS = ["www.win-big.co/claim", "bit.ly/3xYz9Q", "http://cheap-deals.shop", "tinyurl.com/freegift",
        "https://gofundme.com/f/help-our-team", "earnfast.biz", "www.promo-uk.net/offer"]
EMOJI_POS = ["😍", "❤️", "👏", "😊", "🥰", "⭐", "💙", "🙌", "👍", "🎉", "😂"]
EMOJI_NEG = ["😡", "🙄", "😤", "🤬", "😠", "😒", "🤦‍♀️"]
POSITIVE = {"praise"}
NEGATIVE = {"abuse", "complaint", "threat", "hate"}


def phone(rng: random.Random) -> str:
    digits = f"{rng.randint(700, 799)}{rng.randint(100, 999)}{rng.randint(1000, 9999)}"
    return rng.choice([
        f"07{digits[1:4]} {digits[4:]}", f"07{digits[1:]}", f"+44 7{digits[1:4]} {digits[4:]}",
        f"01{rng.randint(100, 999)} {rng.randint(100000, 999999)}",
        f"07{digits[1:4]}-{digits[4:7]}-{digits[7:]}",
    ])


def address(rng: random.Random) -> str:
    number = rng.randint(1, 120)
    street = rng.choice(STREETS)
    postcode = (f"{rng.choice(['PE', 'LS', 'NN', 'ST', 'RG', 'BD', 'NR'])}{rng.randint(1, 29)} "
                f"{rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
                f"{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}")
    return rng.choice([f"{number} {street}", f"{number} {street}, {rng.choice(TOWNS)}",
                       f"{number} {street} {postcode}", f"flat {number}, {street}"])


def staff_ref(rng: random.Random) -> str:
    name = rng.choice(list(TITLES))
    first, surname = name.split(" ", 1)
    title = TITLES[name]
    forms = [f"{title} {surname}", f"{title} {surname}", f"{title.lower()} {surname.lower()}",
             name, f"{title} {surname[0]}", f"{title} {first[0]} {surname}",
             *ALIASES.get(name, [])]
    return rng.choice(forms)


def fill(template: str, rng: random.Random) -> tuple[str, bool]:
    named_staff = False

    def slot(match: re.Match[str]) -> str:
        nonlocal named_staff
        name = match.group(1)
        if name == "staff" or (name == "teacher" and rng.random() < 0.45):
            named_staff = True
            return staff_ref(rng)
        options = {
            "teacher": GENERIC_STAFF, "child": CHILD, "kid": KIDS, "surname": SURNAMES,
            "year": YEARS, "event": EVENTS, "age": AGES, "day": DAYS, "subject": SUBJECTS,
            "thing": THINGS, "person": PEOPLE, "money": MONEY, "url": URLS,
        }
        if name == "phone":
            return phone(rng)
        if name == "address":
            return address(rng)
        if name == "email":
            user = rng.choice(KIDS + PEOPLE).lower().replace(" ", ".")
            domain = rng.choice(["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com"])
            return f"{user}{rng.randint(1, 99)}@{domain}"
        return rng.choice(options[name])

    text = re.sub(r"\{(\w+)\}", slot, template)
    return text, named_staff


def typo(word: str, rng: random.Random) -> str:
    if len(word) < 4 or not word.isalpha():
        return word
    i = rng.randint(1, len(word) - 2)
    kind = rng.random()
    if kind < 0.4:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind < 0.7:
        return word[:i] + word[i + 1:]
    return word[:i] + word[i] + word[i:]


def roughen(text: str, labels: set[str], rng: random.Random) -> str:
    """Write it the way people type on their phones."""
    if rng.random() < 0.12:
        words = text.split(" ")
        j = rng.randrange(len(words))
        words[j] = typo(words[j], rng)
        text = " ".join(words)
    r = rng.random()
    if r < 0.3:
        text = text.lower()
    elif r < 0.36 and labels & NEGATIVE:
        text = text.upper()
    elif r < 0.45 and text[:1].islower():
        text = text[0].upper() + text[1:]
    if rng.random() < 0.18:
        text = re.sub(r"[.,!?;:](?=\s|$)", "", text)
    if rng.random() < 0.25:
        if labels & POSITIVE:
            text += " " + rng.choice(EMOJI_POS) * rng.randint(1, 3)
        elif labels & NEGATIVE and "threat" not in labels:
            text += " " + rng.choice(EMOJI_NEG)
    if labels & POSITIVE and rng.random() < 0.15:
        text += rng.choice([" x", " xx", " xxx", "!!", " 💕"])
    if labels & {"complaint", "abuse"} and rng.random() < 0.1:
        text += rng.choice(["!!!", "...", " ffs" if "abuse" in labels else "!!", " smh"])
    return text.strip()


def staff_neutral_groups() -> list[tuple[tuple[str, ...], str]]:
    groups: list[tuple[tuple[str, ...], str]] = []
    for line in STAFF_NEUTRAL.strip().splitlines():
        labels: tuple[str, ...] = ()
        if "?" in line:
            labels = ("question",)
        elif "thanks" in line:
            labels = ("praise",)
        groups.append((labels, line))
    return groups


def split_of(index: int) -> str:
    return {3: "dev", 4: "test"}.get(index % 5, "train")


def generate() -> dict[str, list[dict[str, object]]]:
    rng = random.Random(SEED)
    out: dict[str, list[dict[str, object]]] = {"train": [], "dev": [], "test": []}
    seen: set[str] = set()
    numbered = [*enumerate(GROUPS), *enumerate(staff_neutral_groups(), start=STAFF_GROUP_BASE)]
    for group_no, (labels, block) in numbered:
        templates = [t.strip() for t in block.strip().splitlines() if t.strip()]
        key = labels[0] if labels else ""
        copies = PER_GROUP_TARGET.get(key, 6)
        for index, template in enumerate(templates):
            split = split_of(index + group_no)
            wanted = copies if "{" in template else max(2, copies // 2)
            made = 0
            for _ in range(wanted * 3):
                text, named = fill(template, rng)
                text = roughen(text, set(labels), rng)
                if text.lower() in seen:
                    continue
                seen.add(text.lower())
                final = set(labels) | ({"staff_mention"} if named else set())
                item_id = f"{split[:2]}{len(out[split]):05d}"
                out[split].append({"id": item_id, "text": text, "labels": sorted(final),
                                   "template": f"g{group_no}t{index}"})
                made += 1
                if made >= wanted:
                    break
    for items in out.values():
        rng.shuffle(items)
    return out


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "staff.csv").write_text(STAFF_CSV, encoding="utf-8")
    data = generate()
    for split, items in data.items():
        with (OUT / f"{split}.jsonl").open("w", encoding="utf-8") as handle:
            for item in items:
                handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    counts: dict[str, dict[str, int]] = {}
    for split, items in data.items():
        for item in items:
            for label in item["labels"] or ["(none)"]:  # type: ignore[union-attr]
                counts.setdefault(label, {}).setdefault(split, 0)
                counts[label][split] += 1
    total = sum(len(v) for v in data.values())
    print(f"{total} comments: " + ", ".join(f"{k} {len(v)}" for k, v in data.items()))
    for label, by_split in sorted(counts.items()):
        print(f"  {label:14s} " + "  ".join(f"{s}={by_split.get(s, 0)}" for s in data))


if __name__ == "__main__":
    main()
