"""Checks JSON validity, schema fields/types, verbatim spans. Does not run any parser."""
import json, glob, os, re, datetime
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REQ = ["id", "date", "dateline", "reported_by", "meetings", "people", "countries", "figures", "topics", "quotes"]
bad = 0
def err(*a):
    global bad; bad += 1; print("  ERR", *a)
for gp in sorted(glob.glob(os.path.join(HERE, "*.gold.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    t = open(gp.replace(".gold.json", ".txt"), encoding="utf-8").read()
    tn = t.replace("\u201c", '"').replace("\u201d", '"')
    print(os.path.basename(gp), len(re.findall(r"\S+", t)), "words")
    for k in REQ:
        if k not in g: err("missing", k)
    for k in ("date",):
        if g[k]: datetime.date.fromisoformat(g[k])
    for k in ("dateline", "reported_by", "title"):
        v = g.get(k)
        if v is not None and not isinstance(v, str): err("type", k)
        if v and v.lower() not in t.lower(): err("not verbatim", k, v)
    names = {p["name"] for p in g["people"]}
    for p in g["people"]:
        if p["name"] not in t: err("name", p["name"])
        if p.get("title") and p["title"].lower() not in t.lower(): err("title", p["title"])
        assert set(p) <= {"name", "title", "country", "optional"}
    for m in g["meetings"]:
        assert isinstance(m["participants"], list)
        for q in m["participants"]:
            if q["name"] not in names: err("participant not in people", q["name"])
        if m.get("date"): datetime.date.fromisoformat(m["date"])
        if m.get("place") and m["place"] not in t: err("place", m["place"])
    for f in g["figures"]:
        if not isinstance(f["value"], (int, float)) or not isinstance(f["unit"], str): err("fig type", f)
        if f["text"] not in t: err("figure", f["text"])
    for tp in g["topics"]:
        if tp.lower() not in t.lower(): err("topic", tp)
    for tp in g.get("topics_optional", []):
        if tp.lower() not in t.lower(): print("  note: optional topic not verbatim:", tp)
    for q in g["quotes"]:
        if q["text"] not in tn: err("quote", q["text"][:50])
        if q["speaker"] and q["speaker"] not in names: err("speaker", q["speaker"])
    for c in g["countries"]:
        assert isinstance(c, str)
print("errors:", bad)
