#!/usr/bin/env python3
# SPDX-License-Identifier: ISC
"""Checks that every figure on the site leads to its sentence.

    figlinks.py STATS_DIR SITE_DIR

- every figure of stories.jsonl has an anchor id="fN" on its story page,
  inside a <mark> (the highlighted figure);
- every link to a story page with a #fN fragment, on any page, names a
  figure anchor that exists;
- every figure is listed in the facts explorer exactly once (per language).
Prints TAP.
"""
import glob
import json
import os
import re
import sys

stats, site = sys.argv[1], sys.argv[2]
n = 0
failed = 0


def ok(cond, name, detail=""):
    global n, failed
    n += 1
    if cond:
        print("ok %d - %s" % (n, name))
    else:
        failed += 1
        print("not ok %d - %s" % (n, name))
        if detail:
            print("# " + str(detail).replace("\n", "\n# "))


anchors = {}
missing = []
nfig = 0
with open(os.path.join(stats, "stories.jsonl"), encoding="utf-8") as f:
    for line in f:
        s = json.loads(line)
        if not re.fullmatch(r"[0-9a-f]{16}", s["id"]):
            continue
        for prefix in ("", "en/"):
            path = os.path.join(site, prefix, "story", s["id"] + ".html")
            if not os.path.exists(path):
                if prefix == "":
                    missing.append(path)
                continue
            html = open(path, encoding="utf-8").read()
            ids = set(re.findall(r'\bid="(f\d+)"', html))
            marked = set(re.findall(r'<a class="fig" id="(f\d+)"', html)) | \
                set(re.findall(r'<mark id="(f\d+)"', html))
            anchors[prefix + "story/" + s["id"] + ".html"] = ids
            for i in range(len(s["figures"])):
                if prefix == "":
                    nfig += 1
                if "f%d" % i not in marked:
                    missing.append("%s#f%d" % (path, i))
ok(not missing, "every figure (%d) is highlighted and anchored on its "
   "story page" % nfig, "\n".join(missing[:20]))

bad = []
links = 0
href_re = re.compile(r'href="([^"#]*story/([0-9a-f]{16})\.html)#(f\d+)"')
for path in glob.glob(os.path.join(site, "**", "*.html"), recursive=True):
    if "/pagefind/" in path:
        continue
    rel_dir = os.path.dirname(os.path.relpath(path, site))
    html = open(path, encoding="utf-8").read()
    for m in href_re.finditer(html):
        links += 1
        target = os.path.normpath(os.path.join(rel_dir, m.group(1)))
        if m.group(3) not in anchors.get(target, ()):
            bad.append("%s -> %s#%s" % (path, target, m.group(3)))
ok(links > 0 and not bad, "every figure link (%d) names an existing "
   "anchor" % links, "\n".join(bad[:20]))

for prefix in ("", "en/"):
    seen = {}
    pages = glob.glob(os.path.join(site, prefix, "facts", "*.html"))
    if not pages:
        continue
    for path in pages:
        html = open(path, encoding="utf-8").read()
        for m in re.finditer(r'href="[^"]*story/([0-9a-f]{16})\.html#(f\d+)"',
                             html):
            key = m.group(1) + m.group(2)
            seen[key] = seen.get(key, 0) + 1
    twice = [k for k, v in seen.items() if v != 1]
    ok(len(seen) == nfig and not twice, "facts explorer %slists every "
       "figure once (%d of %d)" % (prefix or "(zh) ", len(seen), nfig),
       "\n".join(twice[:10]))
print("1..%d" % n)
sys.exit(1 if failed else 0)
