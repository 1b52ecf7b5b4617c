import json, glob, os, re, datetime
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
S = json.load(open("/work/shared/brief.schema.json"))
req = S["required"]
bad = 0
for g in sorted(glob.glob(os.path.join(D, "*.gold.json"))):
    d = json.load(open(g, encoding="utf-8"))
    txt = open(g.replace(".gold.json", ".txt"), encoding="utf-8").read()
    def need(s, what):
        global bad
        if s and s not in txt:
            bad += 1; print(os.path.basename(g)[:3], "MISSING", what, repr(s))
    for k in req:
        assert k in d, (g, k)
    assert isinstance(d["meetings"], list) and isinstance(d["figures"], list)
    for p in d["people"]:
        need(p["name"], "name"); need(p.get("title"), "title")
        assert isinstance(p["name"], str)
    for m in d["meetings"]:
        for p in m["participants"]:
            assert p["name"] in [q["name"] for q in d["people"]], p
        need(m.get("place"), "place")
        if m.get("date"): datetime.date.fromisoformat(m["date"])
    for f in d["figures"]:
        need(f["text"], "figure"); assert isinstance(f["value"], (int, float)) and isinstance(f["unit"], str)
    for t in d["topics"]: need(t, "topic")
    for q in d["quotes"]: need(q["text"], "quote")
    if d["date"]: datetime.date.fromisoformat(d["date"])
    # weekdays: every "on <Weekday>" is checked by hand; print words
    wc = len(re.findall(r"\S+", txt))
    print(os.path.basename(g)[:60], wc, "words", len(d["figures"]), "fig", len(d["meetings"]), "meet", len(d["quotes"]), "quotes")
print("problems:", bad)
