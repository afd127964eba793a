#!/bin/sh
# SPDX-License-Identifier: ISC
# Provenance holds on every sample: each figure's text is exactly the
# article text at [start, end) (code points), lies inside its item's span
# and inside its sentence; each item's span lies inside the text.
set -u
BIN=${BIN:-bin}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT INT TERM
"$BIN/rw-parse" samples/*.html >"$T/a.jsonl" 2>/dev/null
"$BIN/rw-facts" "$T/a.jsonl" >"$T/f.jsonl"
python3 - "$T/a.jsonl" "$T/f.jsonl" <<'PY'
import json, sys
arts = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
facts = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
n = 0
def check(ok, what):
    global n
    n += 1
    print(("ok %d - %s" if ok else "not ok %d - %s") % (n, what))
check(len(arts) == len(facts), "one facts record per article, in order")
for a, f in zip(arts, facts):
    text = a["text"]
    name = a["file"]
    bad = []
    for it in f["items"]:
        if not (0 <= it["start"] <= it["end"] <= len(text)):
            bad.append("item span %d..%d" % (it["start"], it["end"]))
        for m in it["measures"]:
            if text[m["start"]:m["end"]] != m["text"]:
                bad.append("%r at %d..%d" % (m["text"], m["start"], m["end"]))
            if not (it["start"] <= m["start"] and m["end"] <= it["end"]):
                bad.append("%r outside its item" % m["text"])
            if m["sentence"] is None or m["text"] not in m["sentence"]:
                bad.append("%r not in its sentence" % m["text"])
    check(f["id"] == a["id"] and not bad, "%s: %s" % (name, "; ".join(bad[:3]) or "provenance exact"))
print("1..%d" % n)
PY
