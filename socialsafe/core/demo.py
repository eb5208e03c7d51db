"""Demo data for the five seed organisations (SPEC X5).

Everything is generated from a fixed random seed, so `load_demo` is idempotent: a second
run finds every organisation, person and pupil already as it would write them and
changes nothing. All people are fictional; the surnames are invented on purpose, and
some pupils' first names are ordinary words (Grace, Hope, Summer, Jack, Will, Poppy) so
the post check's name matching meets the hard cases. Every sign-in shares DEMO_PASSWORD."""

from __future__ import annotations

import csv
import io
import os
import random
from dataclasses import dataclass
from datetime import date, timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import transaction

from socialsafe.engine.registers import ROSTER_COLUMNS
from socialsafe.people import importing
from socialsafe.people.choices import OrgKind, Role
from socialsafe.people.models import Organisation, StaffMember
from socialsafe.policy.loader import UnknownPack, find_pack_file

SEED = 20261122
DEMO_PASSWORD = os.environ.get("DEMO_PASSWORD", "socialsafe-demo")
SCHOOL_ROLES = [r for r in Role if r != Role.TRUST_CENTRAL]
GROUP_ROLES = [Role.HEAD, Role.TRUST_CENTRAL]


@dataclass(frozen=True)
class OrgSpec:
    slug: str
    name: str
    kind: str = OrgKind.SCHOOL
    pack: str = ""  # empty: the school's own pack if one is bundled, else its parent's
    parent: str = ""
    pupils: int = 0
    years: tuple[str, ...] = ("R", "1", "2", "3", "4", "5", "6")


PRIMARY = ("R", "1", "2", "3", "4", "5", "6")
ORGS = [
    OrgSpec("crossflatts", "Crossflatts Primary School", pack="crossflatts", pupils=180),
    OrgSpec("elm-park", "Elm Park Primary School", pack="elm-park", pupils=150),
    OrgSpec("moorlands", "Moorlands Schools Federation", OrgKind.FEDERATION, pack="moorlands"),
    OrgSpec("heatherside", "Heatherside Primary School", parent="moorlands", pupils=120),
    OrgSpec("moorbrook", "Moorbrook Infant School", parent="moorlands", pupils=70,
            years=("R", "1", "2")),
    OrgSpec("kingsley", "Kingsley Community Primary & Nursery School", pack="kingsley",
            pupils=200, years=("N", *PRIMARY)),
    OrgSpec("soke", "Soke Education Trust", OrgKind.TRUST, pack="soke"),
    OrgSpec("nene-meadows", "Nene Meadows Academy", parent="soke", pupils=160),
    OrgSpec("willowbrook", "Willowbrook Primary Academy", parent="soke", pupils=90),
    OrgSpec("ashcroft", "Ashcroft Academy", parent="soke", pupils=110,
            years=("7", "8", "9", "10", "11")),
]

WORD_NAMES = ["Grace", "Hope", "Summer", "Jack", "Will", "Poppy", "Faith", "Rose", "Joy",
              "Autumn", "River", "Sky", "Hunter", "Ivy", "Rocky"]
FORENAMES = ["Amelia", "Oliver", "Isla", "Noah", "Ava", "Leo", "Mia", "Arthur", "Freya",
             "Muhammad", "Aisha", "Theo", "Zara", "Harry", "Lily", "Oscar", "Ella", "Jacob",
             "Sofia", "Alfie", "Maya", "Finley", "Priya", "Kacper", "Chloe", "Reuben", "Nia",
             "Tomasz", "Erin", "Yusuf", "Elsie", "Ibrahim", "Ruby", "Dylan", "Hana", "Archie",
             "William", "Thomas", "Elizabeth", "Alexander", "Samuel", "Isabella", "Margaret",
             "Jonathan", "Oluwaseun", "Benjamin", "Charlotte", "Florence", "Daniel", "Matilda"]
PREFERRED = {"William": "Billy", "Thomas": "Tom", "Elizabeth": "Lizzie", "Alexander": "Alex",
             "Samuel": "Sam", "Isabella": "Bella", "Margaret": "Maggie", "Jonathan": "Jack",
             "Oluwaseun": "Seun", "Benjamin": "Ben", "Charlotte": "Lottie", "Florence": "Flo",
             "Daniel": "Danny", "Matilda": "Tilly", "Oliver": "Ollie", "Theo": "Teddy"}
SURNAMES = ["Applebury", "Brackenby", "Cindermoor", "Dunnock", "Elderwick", "Fennimore",
            "Gorsefield", "Hollowell", "Inkpen", "Juniperly", "Kestrelton", "Larkspur",
            "Marchbank", "Nettlefold", "Oakhurst", "Pemberley", "Quillon", "Rookwood",
            "Sandpiper", "Thistlewood", "Umberfield", "Varleigh", "Wrenfield", "Yarrowby",
            "Zephyrine", "Brook", "Hill", "Wood", "Field", "Marsh", "Stone", "Dale"]
STAFF_SURNAMES = ["Ashgrove", "Birchendale", "Coldharbour", "Draycott-Finch", "Embleton",
                  "Foxworthy", "Gladwin", "Harrowgate", "Ibbotsley", "Jessamine", "Kittering",
                  "Lindqvist-Moor", "Merriweather", "Nightingale-Shaw", "Ockenden", "Pellingham",
                  "Quarrington", "Ravensdale", "Sedgebrook", "Tolliver", "Underhay", "Vexley",
                  "Whitlock-Ayre", "Yelverton", "Zennor", "Abernant", "Bramwell", "Castellane",
                  "Dimmock-Hale", "Elphinstone"]
STAFF_FORENAMES = [("Helen", "Mrs"), ("Andrew", "Mr"), ("Sarah", "Ms"), ("Paul", "Mr"),
                   ("Rachel", "Miss"), ("Mark", "Mr"), ("Joanne", "Mrs"), ("David", "Dr"),
                   ("Claire", "Mrs"), ("Gareth", "Mr"), ("Nadia", "Ms"), ("Priya", "Mrs"),
                   ("Femi", "Mr"), ("Siobhan", "Miss"), ("Marek", "Mr"), ("Ruth", "Mrs"),
                   ("Imran", "Mr"), ("Lucy", "Ms"), ("Graham", "Mr"), ("Bethan", "Mrs")]


def _rng(*parts: str) -> random.Random:
    return random.Random(f"{SEED}:{':'.join(parts)}")


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def roster_csv(spec: OrgSpec) -> str:
    """The school's demo roster in CONTRACT.md's format."""
    rng = _rng("pupils", spec.slug)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(ROSTER_COLUMNS)
    code = "".join(part[0] for part in spec.slug.split("-")).upper() + spec.slug[1:3].upper()
    for i in range(1, spec.pupils + 1):
        forename = rng.choice(WORD_NAMES if rng.random() < 0.18 else FORENAMES)
        preferred = PREFERRED.get(forename, "") if rng.random() < 0.7 else ""
        do_not_publish = rng.random() < 0.025 or i in (7, 41)
        writer.writerow([
            f"{code}{i:05d}", forename, rng.choice(SURNAMES), preferred, rng.choice(spec.years),
            _yes(rng.random() < 0.82), _yes(rng.random() < 0.74), _yes(do_not_publish),
        ])
    return out.getvalue()


@dataclass(frozen=True)
class DemoPerson:
    name: str
    role: str
    aliases: str
    login: bool
    joined_on: date
    left_on: date | None = None

    @property
    def title_alias(self) -> str:
        return self.aliases.split(";")[0]


def staff_for(spec: OrgSpec) -> list[DemoPerson]:
    """One signed-in person per role, then unsigned colleagues and two leavers."""
    rng = _rng("staff", spec.slug)
    roles = SCHOOL_ROLES if spec.kind == OrgKind.SCHOOL else GROUP_ROLES
    extra = [Role.STAFF] * rng.randint(8, 14) + [Role.GOVERNOR, Role.GOVERNOR, Role.VOLUNTEER]
    if spec.kind != OrgKind.SCHOOL:
        extra = [Role.TRUST_CENTRAL] * 3
    people = []
    surnames = rng.sample(STAFF_SURNAMES, len(roles) + len(extra) + 2)
    for n, role in enumerate([*roles, *extra, Role.STAFF, Role.MEDIA_LEAD]):
        (forename, title), surname = rng.choice(STAFF_FORENAMES), surnames[n]
        leaver = n >= len(roles) + len(extra)
        people.append(DemoPerson(
            name=f"{forename} {surname}", role=role.value,
            aliases=f"{title} {surname};{forename[0]} {surname}",
            login=n < len(roles),
            joined_on=date(2015, 9, 1) + timedelta(days=rng.randrange(3000)),
            left_on=date(2025, 7, 22) if leaver else None,
        ))
    return people


def staff_csv(spec: OrgSpec) -> str:
    """The organisation's current staff in CONTRACT.md's staff CSV format."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["name", "role", "aliases"])
    for person in staff_for(spec):
        if person.left_on is None:
            writer.writerow([person.name, person.role, person.aliases])
    return out.getvalue()


def username(role: str, org_slug: str) -> str:
    return f"{role}@{org_slug}"


def _pack_slug(spec: OrgSpec) -> str:
    if spec.pack or not spec.parent:
        return spec.pack
    try:  # a school override pack named after the school
        find_pack_file(spec.slug)
    except UnknownPack:
        return ""
    return spec.slug


@transaction.atomic
def load_demo() -> list[Organisation]:
    """Create or bring up to date every demo organisation, person and pupil."""
    password = make_password(DEMO_PASSWORD)  # hashed once: argon2 is slow on purpose
    orgs: dict[str, Organisation] = {}
    for spec in ORGS:
        org, _ = Organisation.objects.update_or_create(slug=spec.slug, defaults={
            "name": spec.name, "kind": spec.kind, "pack_slug": _pack_slug(spec),
            "parent": orgs.get(spec.parent), "contact_email": f"office@{spec.slug}.example",
        })
        orgs[spec.slug] = org
        _load_staff(org, spec, password)
        if spec.pupils:
            plan = importing.plan_roster(org, roster_csv(spec))
            if plan.has_changes:
                importing.apply_roster(org, plan)
    return list(orgs.values())


def _load_staff(org: Organisation, spec: OrgSpec, password: str) -> None:
    users = get_user_model().objects
    for person in staff_for(spec):
        user = None
        if person.login:
            forename, surname = person.name.split(" ", 1)
            user, _ = users.get_or_create(username=username(person.role, org.slug), defaults={
                "first_name": forename, "last_name": surname, "password": password,
                "email": f"{person.role.replace('_', '.')}@{org.slug}.example",
            })
        StaffMember.objects.update_or_create(
            organisation=org, full_name=person.name,
            defaults={"role": person.role, "aliases": person.aliases, "user": user,
                      "email": user.email if user else "", "joined_on": person.joined_on,
                      "left_on": person.left_on},
        )


def sign_in_table() -> str:
    """How to sign in to the demo, for `load_demo` to print."""
    roles = " ".join(r.value for r in SCHOOL_ROLES)
    lines = [
        f"Demo sign-ins: username ROLE@ORG, password {DEMO_PASSWORD!r} for everyone.",
        f"  ROLE at a school: {roles}",
        "  ROLE at a trust or federation: head, trust_central (they see every school it holds)",
        "",
        f"  {'ORG':<14} {'organisation':<46} {'policy pack'}",
    ]
    for spec in ORGS:
        name = ("  " if spec.parent else "") + spec.name
        pack = _pack_slug(spec) or f"(from {spec.parent})"
        lines.append(f"  {spec.slug:<14} {name:<46} {pack}")
    url = f"http://127.0.0.1:{os.environ.get('PORT', '8000')}/login/"
    lines += ["", f"  Sign in at {url} as e.g. head@crossflatts, dsl@kingsley, trust_central@soke"]
    return "\n".join(lines)
