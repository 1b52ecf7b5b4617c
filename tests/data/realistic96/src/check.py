"""Checks JSON validity, schema fields/types, verbatim spans and weekdays (no parser)."""
import datetime, json, pathlib, re, sys

D = pathlib.Path(__file__).resolve().parent.parent
REQ = ["id", "date", "dateline", "reported_by", "meetings", "people", "countries", "figures", "topics", "quotes"]
bad = 0
def err(*a):
    global bad; bad += 1; print(*a)
for g in sorted(D.glob("*.gold.json")):
    j = json.loads(g.read_text(encoding="utf-8"))
    t = (D / (j["id"] + ".txt")).read_text(encoding="utf-8")
    low = t.lower()
    for k in REQ:
        if k not in j: err(g.name, "missing", k)
    for k in ("date", "dateline", "reported_by"):
        if j[k] is not None and not isinstance(j[k], str): err(g.name, k)
    for k in ("countries", "topics", "topics_optional", "countries_optional"):
        assert all(isinstance(x, str) for x in j.get(k, [])), k
    for p in j["people"]:
        if p["name"] not in t: err(g.name, "name", p["name"])
        if p["title"] and p["title"].lower() not in low: err(g.name, "title", p["title"])
    names = {p["name"] for p in j["people"]}
    for m in j["meetings"]:
        for q in m["participants"]:
            if q["name"] not in names: err(g.name, "participant", q["name"])
        if m["place"] and m["place"] not in t: err(g.name, "place", m["place"])
        if m["date"]: datetime.date.fromisoformat(m["date"])
    for f in j["figures"]:
        if f["text"] not in t: err(g.name, "figure", f["text"])
        if not isinstance(f["value"], (int, float)) or not isinstance(f["unit"], str): err(g.name, "figtype", f)
    for x in j["topics"] + j.get("topics_optional", []):
        if x.lower() not in low: err(g.name, "topic", x)
    for q in j["quotes"]:
        if q["text"] not in t: err(g.name, "quote", q["text"][:40])
        if q["speaker"] is not None and q["speaker"] not in names: err(g.name, "speaker", q["speaker"])
    if j["reported_by"] and j["reported_by"] not in t: err(g.name, "reported_by")
    if j["dateline"] and j["dateline"] not in t: err(g.name, "dateline")
    if j["title"] and j["title"] not in t: err(g.name, "title")
    # weekdays: every "Weekday, Month D, YYYY" or weekday near the brief date
    if j["date"]:
        wd = datetime.date.fromisoformat(j["date"]).strftime("%A")
        for w in re.findall(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", t):
            print(g.name[:40], "weekday in text:", w, "| brief date is a", wd)
    print(g.name[:60], len(t.split()), "words")
print("problems:", bad); sys.exit(bad > 0)
