"""Check the gold files: JSON, schema fields and types, verbatim spans, weekdays."""
import datetime, glob, json, os, re, sys

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCHEMA = json.load(open("/work/shared/brief.schema.json"))
bad = 0

def err(msg):
    global bad
    bad += 1
    print("ERROR", msg)

def isdate(x):
    return x is None or bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", x)) and datetime.date.fromisoformat(x)

for gp in sorted(glob.glob(os.path.join(D, "*.gold.json"))):
    name = os.path.basename(gp)[:-10]
    text = open(os.path.join(D, name + ".txt"), encoding="utf-8").read()
    low = text.lower()
    g = json.load(open(gp, encoding="utf-8"))
    for k in SCHEMA["required"]:
        if k not in g:
            err(f"{name}: missing {k}")
    for k in ("date", "dateline", "reported_by", "title"):
        if g[k] is not None and not isinstance(g[k], str):
            err(f"{name}: {k} type")
    if not isdate(g["date"]):
        err(f"{name}: date")
    for k in ("dateline", "reported_by", "title"):
        if g[k] and g[k] not in text:
            err(f"{name}: {k} {g[k]!r} not in text")
    names = set()
    for p in g["people"]:
        assert isinstance(p["name"], str)
        names.add(p["name"])
        if p["name"] not in text:
            err(f"{name}: person {p['name']!r}")
        if p.get("title") and p["title"] not in text:
            err(f"{name}: title {p['title']!r}")
    for m in g["meetings"]:
        for q in m["participants"]:
            if q["name"] not in names:
                err(f"{name}: participant {q['name']!r} not in people")
        if not isdate(m.get("date")):
            err(f"{name}: meeting date")
        if m.get("place") and m["place"] not in text:
            err(f"{name}: place {m['place']!r}")
    for f in g["figures"]:
        if not isinstance(f["value"], (int, float)) or not isinstance(f["unit"], str):
            err(f"{name}: figure types {f}")
        if f["text"] not in text:
            err(f"{name}: figure {f['text']!r}")
    for t in g["topics"]:
        if t.lower() not in low:
            err(f"{name}: topic {t!r}")
    for t in g["topics_optional"]:
        if t.lower() not in low:
            print(f"note {name}: optional topic not verbatim {t!r}")
    for q in g["quotes"]:
        if q["text"] not in text:
            err(f"{name}: quote {q['text'][:40]!r}")
        if q["speaker"] is not None and q["speaker"] not in names:
            err(f"{name}: speaker {q['speaker']!r}")
    for c in g["countries"] + g["countries_optional"]:
        assert isinstance(c, str)
    # weekdays: every "Weekday, D Month YYYY" or "Weekday (D Month YYYY)" in the text must match
    for wd, dd in re.findall(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? \(?(\d{1,2} \w+ \d{4})", text):
        real = datetime.datetime.strptime(dd, "%d %B %Y").strftime("%A")
        if real != wd:
            err(f"{name}: {wd} {dd} is a {real}")
    print(f"{name}: {len(text.split())} words, {len(g['figures'])} figures, {len(g['quotes'])} quotes, {len(g['meetings'])} meetings")
print("OK" if not bad else f"{bad} errors")
sys.exit(1 if bad else 0)
