#!/usr/bin/env python3
# SPDX-License-Identifier: ISC
"""Deterministic generator of rw-stats output (doc/stats-format.md) for
rw-render's tests and bench: stats.json, stories.jsonl, regions.jsonl and
index.jsonl with N synthetic stories of Chinese winter-relief news.

    gen-site-stats.py [--hostile] [--seed S] N OUTDIR

The stories are made up (places from data/regions.tsv); figures carry
exact code-point offsets into the story text, so highlighting can be
checked.  --hostile mixes in markup, javascript: URLs, formula-like
names and path tricks, to test escaping.
"""
import json
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

OUTLETS = ["湖南省民政厅", "新华社", "人民日报", "中国新闻网", "公益时报",
           "中国社会报", "陕西日报", "四川省民政厅", "南方日报", "新京报",
           "大众日报", "河南日报", "光明网", "央视新闻", "中国青年报",
           "甘肃日报", "青海日报", "黑龙江日报", "贵州省慈善总会", "浙江日报"]
CAMPAIGNS = ["迎新春送温暖", "寒冬送温暖", "情暖寒冬", "温暖过冬",
             "春节慰问", "冬季救助", "慈善一日捐", "送温暖献爱心"]
ORGS = ["民政局", "慈善总会", "红十字会", "总工会", "妇联", "团委"]
HOSTILE_OUTLETS = ["<script>alert(1)</script>日报", "=HYPERLINK(\"http://x\")",
                   "../../etc/passwd", "A&B \"Times\""]
HOSTILE_CAMPAIGNS = ["<img src=x onerror=alert(1)>", "+SUM(A1)", "@cmd"]

# (kind, unit, sentence template, value range, unit text)
FIGS = [
    ("funds", "yuan", "{place}民政部门发放临时救助资金{t}，用于困难群众过冬。",
     (50000, 400000000), "元"),
    ("donations", "yuan", "爱心企业和社会各界共捐赠款物{t}。",
     (10000, 50000000), "元"),
    ("beneficiaries", "household", "活动共惠及困难家庭{t}。",
     (100, 600000), "户"),
    ("beneficiaries", "person", "累计救助困难群众{t}。",
     (100, 2000000), "人"),
    ("visits", "household_time", "工作人员走访慰问困难户{t}。",
     (50, 100000), "户次"),
    ("supplies", "item", "发放棉被、棉衣等御寒物资{t}。",
     (100, 500000), "件"),
    ("staff", "person", "组织志愿者{t}参与入户排查。",
     (10, 50000), "人"),
]
QUALS = [("exact", ""), ("exact", ""), ("approx", "约"), ("over", "超过"),
         ("under", "不足")]
FILLER = ["为确保困难群众温暖过冬，各级民政部门提前部署、主动作为。",
          "据了解，此次活动将持续至春节前后。",
          "相关负责人表示，将进一步健全分层分类的社会救助体系。",
          "走访中，工作人员详细了解困难群众的生活状况和实际需求。",
          "下一步，将持续做好低保、特困供养等兜底保障工作。"]


def season_of(month):
    y, m = int(month[:4]), int(month[5:])
    if m >= 11:
        return "%d-%02d" % (y, (y + 1) % 100)
    if m <= 3:
        return "%d-%02d" % (y - 1, y % 100)
    return None


def cn(value):
    if value >= 10000 and value % 10000 == 0:
        return "%d万" % (value // 10000)
    if value >= 100000:
        return "%.1f万" % (value / 10000.0)
    return str(value)


def load_regions():
    regions = {}
    with open(os.path.join(ROOT, "data", "regions.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            code, name, level, parent, short = line.rstrip("\n").split("\t")
            regions[code] = (name, level, parent or None)
    return regions


def dump(o):
    return json.dumps(o, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":"))


def main():
    args = sys.argv[1:]
    hostile = "--hostile" in args
    if hostile:
        args.remove("--hostile")
    seed = 1
    if "--seed" in args:
        i = args.index("--seed")
        seed = int(args[i + 1])
        del args[i:i + 2]
    if len(args) != 2:
        sys.exit("usage: gen-site-stats.py [--hostile] [--seed S] N OUTDIR")
    n, out = int(args[0]), args[1]
    rnd = random.Random(seed)
    regions = load_regions()
    provinces = sorted(c for c, r in regions.items() if r[1] == "province")
    children = {}
    for c, r in regions.items():
        if r[2]:
            children.setdefault(r[2], []).append(c)
    for v in children.values():
        v.sort()
    # A skewed choice of provinces, so the map has contrast.
    pweights = [1 + (i * 7919) % 13 for i in range(len(provinces))]
    months = ["%d-%02d" % (y, m) for y in (2022, 2023, 2024, 2025)
              for m in range(1, 13)]
    months = [m for m in months if "2022-10" <= m <= "2025-03"]

    stories = []
    for i in range(n):
        prov = rnd.choices(provinces, pweights)[0]
        region = prov
        if prov in children and rnd.random() < 0.7:
            region = rnd.choice(children[prov])
            if region in children and rnd.random() < 0.5:
                region = rnd.choice(children[region])
        month = rnd.choice(months) if rnd.random() > 0.03 else None
        date = "%s-%02d" % (month, rnd.randint(1, 28)) if month else None
        outlet = rnd.choice(OUTLETS)
        camps = sorted(set(rnd.sample(CAMPAIGNS, rnd.randint(0, 2))))
        if hostile and i % 5 == 1:
            outlet = HOSTILE_OUTLETS[i % len(HOSTILE_OUTLETS)]
            camps = sorted(set(camps + [HOSTILE_CAMPAIGNS[i % 3]]))
        place = regions[region][0]
        title = "%s开展%s活动" % (place, camps[0] if camps else "冬季救助")
        if hostile and i % 5 == 2:
            title = "<b>加粗</b> & \"引号\" <script>alert('x')</script>"
        paras, figs = [], []
        text = ""
        nf = rnd.randint(1, 8)
        sentences = [rnd.choice(FILLER)]
        for k in range(nf):
            kind, unit, tpl, (lo, hi), utext = rnd.choice(FIGS)
            value = rnd.randint(lo, hi)
            if value > 10000:
                value -= value % 1000
            q, qtext = rnd.choice(QUALS)
            ftext = qtext + cn(value) + utext
            fregion = region if rnd.random() < 0.8 else prov
            sentences.append((tpl.format(place=regions[fregion][0],
                                         t="\x00"), ftext, value, unit,
                              kind, q, fregion))
            if rnd.random() < 0.3:
                sentences.append(rnd.choice(FILLER))
        for j, s in enumerate(sentences):
            if j and j % 3 == 0:
                text += "\n\n"
            if isinstance(s, str):
                text += s
                continue
            tpl, ftext, value, unit, kind, q, fregion = s
            before, after = tpl.split("\x00")
            sent = before + ftext + after
            start = len(text) + len(before)
            text += sent
            key = (value, unit, kind, fregion)
            if any(f["_key"] == key for f in figs):
                continue
            figs.append({"_key": key, "value": value, "max": None,
                         "unit": unit, "per": None, "kind": kind,
                         "region": fregion, "qualifier": q, "text": ftext,
                         "sentence": sent, "at": [start, start + len(ftext)]})
        if hostile and i % 5 == 3:
            text += "\n\n=cmd|' /C calc'!A0 <iframe src=javascript:alert(1)>"
        npages = 1 + (rnd.random() < 0.3) + (rnd.random() < 0.1)
        pages = []
        for p in range(npages):
            url = "https://news.example.cn/%d/%d.html" % (i, p)
            if hostile and i % 5 == 4 and p == 0:
                url = "javascript:alert(document.cookie)"
            src = rnd.choice(OUTLETS)
            pages.append({"file": "snap/s%06d-%d.html" % (i, p),
                          "id": "%016x" % ((i * 2654435761 + p) % (1 << 64)),
                          "url": url, "title": title, "published": date,
                          "source": src, "origin": outlet if p else None,
                          "outlet": outlet, "item": 0, "items": 1,
                          "start": 0, "end": len(text),
                          "similarity": 100 if p == 0 else rnd.randint(55, 99)})
        for f in figs:
            occ = [{"page": p, "start": f["at"][0], "end": f["at"][1]}
                   for p in range(npages)]
            f["occurrences"] = occ
            del f["_key"]
        sid = "%016x" % (rnd.getrandbits(64))
        regs = sorted(set([region] + [f["region"] for f in figs]))
        stories.append({"schema": "rw-story/1", "id": sid, "title": title,
                        "date": date, "month": month,
                        "season": season_of(month) if month else None,
                        "outlet": outlet, "region": region, "regions": regs,
                        "campaigns": camps,
                        "organizations": [regions[prov][0] + ORGS[i % 6]],
                        "text": text, "pages": pages, "figures": figs})
    stories.sort(key=lambda s: (s["date"] is None, s["date"] or "", s["id"]))

    # Aggregates, as rw-stats computes them.
    def bucket(d, key, s, figs):
        b = d.setdefault(key, {"key": key, "stories": 0, "pages": 0,
                               "figures": 0})
        b["stories"] += 1
        b["pages"] += len(s["pages"])
        b["figures"] += figs

    aggs = {k: {} for k in ("months", "seasons", "campaigns", "outlets",
                            "sources")}
    kinds = {}
    reg = {}
    regfigs = {}

    def ancestors(code):
        while code:
            yield code
            code = regions[code][2] if code in regions else None

    for s in stories:
        nf = len(s["figures"])
        if s["month"]:
            bucket(aggs["months"], s["month"], s, nf)
        if s["season"]:
            bucket(aggs["seasons"], s["season"], s, nf)
        for c in s["campaigns"]:
            bucket(aggs["campaigns"], c, s, nf)
        bucket(aggs["outlets"], s["outlet"], s, nf)
        for src in sorted(set(p["source"] for p in s["pages"])):
            bucket(aggs["sources"], src, s, nf)
        ks = {}
        for f in s["figures"]:
            ks[(f["kind"], f["unit"])] = ks.get((f["kind"], f["unit"]), 0) + 1
        for (k, u), c in ks.items():
            b = kinds.setdefault((k, u), {"kind": k, "unit": u, "stories": 0,
                                          "pages": 0, "figures": 0})
            b["stories"] += 1
            b["pages"] += len(s["pages"])
            b["figures"] += c
        touched = set()
        for code in [s["region"]] + [f["region"] for f in s["figures"]]:
            touched.update(ancestors(code))
        for code in touched:
            r = reg.setdefault(code, {"stories": 0, "pages": 0, "figures": 0,
                                      "own_figures": 0, "totals": {}})
            r["stories"] += 1
            r["pages"] += len(s["pages"])
        for fi, f in enumerate(s["figures"]):
            for code in ancestors(f["region"]):
                reg[code]["figures"] += 1
            r = reg[f["region"]]
            r["own_figures"] += 1
            regfigs.setdefault(f["region"], []).append({
                "story": s["id"], "figure": fi, "date": s["date"],
                "season": s["season"], "value": f["value"], "max": f["max"],
                "unit": f["unit"], "per": f["per"], "kind": f["kind"],
                "qualifier": f["qualifier"], "text": f["text"]})
            for key in ["all"] + ([s["season"]] if s["season"] else []):
                rows = r["totals"].setdefault(key, {})
                t = rows.setdefault((f["kind"], f["unit"]), {
                    "kind": f["kind"], "unit": f["unit"], "figures": 0,
                    "stories": set(), "sum": 0, "min": f["value"],
                    "max": f["value"]})
                t["figures"] += 1
                t["stories"].add(s["id"])
                t["sum"] += f["value"]
                t["min"] = min(t["min"], f["value"])
                t["max"] = max(t["max"], f["value"])
    rlist = []
    for code in sorted(reg):
        r = reg[code]
        totals = {}
        for key, rows in sorted(r["totals"].items()):
            totals[key] = [dict(t, stories=len(t["stories"]))
                           for _, t in sorted(rows.items())]
        rlist.append({"code": code, "level": regions[code][1],
                      "parent": regions[code][2],
                      "children": sorted(c for c in reg
                                         if regions[c][2] == code),
                      "stories": r["stories"], "pages": r["pages"],
                      "figures": r["figures"],
                      "own_figures": r["own_figures"], "totals": totals})
    nfig = sum(len(s["figures"]) for s in stories)
    stats = {
        "schema": "rw-stats/1",
        "params": {"shingle": 5, "minhashes": 128, "bands": 32, "rows": 4,
                   "threshold": 50, "min_shingles": 16},
        "counts": {"records": {"articles": n + 2, "facts": n},
                   "pages": sum(len(s["pages"]) for s in stories),
                   "failed": 2, "invalid": 0, "duplicates": 0,
                   "pages_without_facts": 0, "facts_without_page": 0,
                   "items": sum(len(s["pages"]) for s in stories),
                   "stories": n,
                   "multi_page_stories": sum(len(s["pages"]) > 1
                                             for s in stories),
                   "undated_stories": sum(s["date"] is None
                                          for s in stories),
                   "occurrences": sum(len(f["occurrences"]) for s in stories
                                      for f in s["figures"]),
                   "figures": nfig, "figures_without_region": 0},
        "failed": [{"file": "snap/bad-1.html", "stage": "parse",
                    "error": "not HTML"},
                   {"file": "snap/bad-2.html", "stage": "parse",
                    "error": "empty file"}],
        "kinds": [kinds[k] for k in sorted(kinds)],
        "regions": rlist,
    }
    for k, d in aggs.items():
        stats[k] = [d[key] for key in sorted(d, key=lambda x: x.encode())]
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "stats.json"), "w", encoding="utf-8") as f:
        f.write(dump(stats) + "\n")
    with open(os.path.join(out, "stories.jsonl"), "w", encoding="utf-8") as f:
        for s in stories:
            f.write(dump(s) + "\n")
    with open(os.path.join(out, "index.jsonl"), "w", encoding="utf-8") as f:
        for s in stories:
            f.write(dump({"schema": "rw-story-index/1", "id": s["id"],
                          "title": s["title"], "date": s["date"],
                          "month": s["month"], "season": s["season"],
                          "outlet": s["outlet"], "region": s["region"],
                          "regions": s["regions"],
                          "campaigns": s["campaigns"],
                          "sources": sorted(set(p["source"]
                                                for p in s["pages"])),
                          "pages": len(s["pages"]),
                          "figures": len(s["figures"])}) + "\n")
    order = {s["id"]: i for i, s in enumerate(stories)}
    with open(os.path.join(out, "regions.jsonl"), "w", encoding="utf-8") as f:
        for code in sorted(regfigs):
            figs = sorted(regfigs[code],
                          key=lambda x: (order[x["story"]], x["figure"]))
            f.write(dump({"schema": "rw-region/1", "code": code,
                          "figures": figs}) + "\n")


if __name__ == "__main__":
    main()
