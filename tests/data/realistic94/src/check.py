"""Checks JSON validity, required fields/types, and that gold strings appear verbatim in the text."""
import glob
import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REQ = ["id", "date", "dateline", "reported_by", "meetings", "people", "countries", "figures", "topics", "quotes"]
bad = 0
for gp in sorted(glob.glob(os.path.join(HERE, "*.gold.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    t = open(gp.replace(".gold.json", ".txt"), encoding="utf-8").read()
    tl = t.lower()
    errs = []
    for k in REQ:
        if k not in g:
            errs.append("missing " + k)
    for k in ["meetings", "people", "countries", "figures", "topics", "quotes"]:
        if not isinstance(g[k], list):
            errs.append(k + " not list")
    names = {p["name"] for p in g["people"]}
    for p in g["people"]:
        if p["name"] not in t:
            errs.append("name " + p["name"])
        if p.get("title") and p["title"].lower() not in tl:
            errs.append("title " + p["title"])
    for m in g["meetings"]:
        for q in m["participants"]:
            if q["name"] not in names:
                errs.append("participant " + q["name"])
        if m.get("place") and m["place"] not in t:
            errs.append("place " + m["place"])
    for f in g["figures"]:
        if f["text"] not in t:
            errs.append("figure " + f["text"])
        if not isinstance(f["value"], (int, float)) or not isinstance(f["unit"], str):
            errs.append("figure types " + f["text"])
    for x in g["topics"]:
        if x.lower() not in tl:
            errs.append("topic " + x)
    for q in g["quotes"]:
        if q["text"] not in t:
            errs.append("quote " + q["text"][:40])
        if q["speaker"] is not None and q["speaker"] not in names:
            errs.append("speaker " + q["speaker"])
    if g["dateline"] and g["dateline"].upper() not in t:
        errs.append("dateline")
    print(os.path.basename(gp)[:40], len(t.split()), "words", "OK" if not errs else errs)
    bad += bool(errs)
print("bad files:", bad)
