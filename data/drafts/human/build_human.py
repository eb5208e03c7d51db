"""Builds drafts.jsonl from src/b*.py (hand-written labelled drafts). Checks labels and names."""
import csv, glob, importlib.util, json, os, re, collections
HERE = os.path.dirname(os.path.abspath(__file__))
SCH = {"c": "crossflatts", "e": "elm-park", "m": "moorlands", "k": "kingsley", "s": "soke"}
CAT = {"P": "pupil_no_consent", "I": "personal_info", "O": "offensive", "L": "political",
       "V": "personal_view", "T": "targeted_message", "S": "staff_personal_link", "C": "commercial",
       "F": "confidential", "R": "copyright", "X": "off_purpose"}
PUR = {"events", "reminders", "achievements", "closures", "vacancies", "newsletters",
       "seasonal_greetings", "feedback", "none"}
roster = {r["upn"]: r for r in csv.DictReader(open(os.path.join(HERE, "..", "roster.csv")))}
out, seen = [], set()
for f in sorted(glob.glob(os.path.join(HERE, "src", "b*.py"))):
    spec = importlib.util.spec_from_file_location("m", f); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    for sch, pur, cats, text, names in m.ITEMS:
        assert pur in PUR, (f, pur, text)
        assert text not in seen, text; seen.add(text)
        cl = [CAT[c] for c in cats]
        blocked = False
        for t, upn in names:
            r = roster[upn]
            assert t.lower() in text.lower(), (t, text)
            first = re.sub(r"'s$", "", t.split()[0].lower())
            assert first in (r["legal_forename"].lower(), r["preferred_forename"].lower()), (t, upn)
            if not (r["name_consent"] == "yes" and r["do_not_publish"] == "no"):
                blocked = True
        assert blocked == ("pupil_no_consent" in cl), (f, text)
        item = {"id": "hd-%04d" % (len(out) + 1), "school": SCH[sch], "text": text,
                "categories": sorted(set(cl), key=cl.index), "purpose": pur}
        if names:
            item["names"] = [{"text": t, "upn": u} for t, u in names]
        out.append(item)
with open(os.path.join(HERE, "drafts.jsonl"), "w", encoding="utf-8") as fh:
    for it in out:
        fh.write(json.dumps(it, ensure_ascii=False) + "\n")
for line in open(os.path.join(HERE, "drafts.jsonl"), encoding="utf-8"):
    json.loads(line)
c = collections.Counter(x for it in out for x in it["categories"])
print(len(out), "items; good:", sum(1 for it in out if not it["categories"]))
print(dict(c)); print(collections.Counter(it["school"] for it in out))
print(collections.Counter(it["purpose"] for it in out))
print("naming pupils:", sum(1 for it in out if "names" in it),
      "allowed-only:", sum(1 for it in out if "names" in it and "pupil_no_consent" not in it["categories"]))
