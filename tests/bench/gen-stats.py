#!/usr/bin/env python3
# SPDX-License-Identifier: ISC
"""Writes N synthetic stories as rw-parse article records and rw-facts
facts records (deterministic: the same N gives the same bytes).

    gen-stats.py N OUTDIR   ->  OUTDIR/articles.jsonl, OUTDIR/facts.jsonl

Each story is a winter-relief report of about 1,200 characters with about
ten figures; 30% of the stories are reprinted (one to three more pages,
with a dateline, a cut last paragraph or ASCII punctuation), and one page
in ten is a roundup that carries two to four stories as items.  Story
texts come from a large random lexicon plus shared boilerplate, so
different stories share phrases the way real reports do.
"""
import json
import random
import sys

BOILER = [
    "为确保困难群众温暖过冬", "切实保障困难群众基本生活", "把党和政府的关怀送到群众心坎上",
    "开展走访慰问活动", "让困难群众感受到社会大家庭的温暖", "全面落实各项社会救助政策",
    "民政部门高度重视", "深入开展排查摸底", "做到应保尽保、应救尽救", "温暖过冬、欢度春节",
]
CAMPAIGNS = ["慈善情暖万家", "迎新春送温暖", "寒冬送温暖", "暖心敲门", "情暖万家", "春风行动"]
UNITS = [("万元", "yuan", 10000, "funds"), ("元", "yuan", 1, "donations"),
         ("户", "household", 1, "visits"), ("人", "person", 1, "beneficiaries"),
         ("人次", "person_time", 1, "beneficiaries"), ("件", "item", 1, "supplies"),
         ("名", "person", 1, "staff"), ("次", "times", 1, "other")]
OUTLETS = ["日报", "晚报", "民政局", "新闻网", "融媒体中心", "电视台"]
SITES = ["看点快报", "每日看点快看", "今日头条", "网易新闻", "搜狐新闻", "凤凰网"]


def lexicon(rng, n):
    words = set()
    while len(words) < n:
        k = rng.choice((2, 2, 3, 4))
        words.add("".join(chr(rng.randrange(0x4E00, 0x9FA5)) for _ in range(k)))
    return sorted(words)


def regions():
    with open("data/regions.tsv", encoding="utf-8") as fp:
        rows = [line.rstrip("\n").split("\t") for line in fp][1:]
    return [(r[0], r[1]) for r in rows]


def story(rng, lex, regs, sid):
    """Returns (title, paragraphs, figures, region, campaign, date)."""
    code, name = rng.choice(regs)
    camp = rng.choice(CAMPAIGNS) if rng.random() < 0.7 else None
    year = rng.randrange(2016, 2025)
    month = rng.choice((1, 1, 2, 2, 11, 12, 12, 3, 6, 9))
    date = "%04d-%02d-%02d" % (year, month, rng.randrange(1, 29))
    paras, figs = [], []
    for p in range(rng.randrange(3, 7)):
        sents = []
        for s in range(rng.randrange(2, 6)):
            words = [rng.choice(lex) for _ in range(rng.randrange(12, 26))]
            if rng.random() < 0.3:
                words.insert(rng.randrange(len(words)), rng.choice(BOILER))
            sent = "".join(words)
            if rng.random() < 0.5:
                u = rng.choice(UNITS)
                n = rng.randrange(1, 5000)
                if u[2] == 10000 and rng.random() < 0.5:
                    num = "%d.%d" % (n, rng.randrange(1, 10))
                    value = int(num.replace(".", "")) * 1000
                else:
                    num = str(n)
                    value = n * u[2]
                qual = rng.choice(("", "", "", "约", "近"))
                text = qual + num + u[0]
                figs.append((len("".join(sents)) + len(sent), text, value, u,
                             "approx" if qual else "exact"))
                sent += "共" + text
            sents.append(sent + "。")
        paras.append(("".join(sents), figs))
        figs = []
    title = "%s%s%s" % (name, rng.choice(lex), "开展" + (camp or "走访慰问") + "活动")
    if camp:
        paras[0] = ("“%s”%s" % (camp, paras[0][0]),
                    [(o + len(camp) + 2, t, v, u, q) for o, t, v, u, q in paras[0][1]])
    return {"id": sid, "title": title, "paras": paras, "region": code, "camp": camp,
            "date": date, "outlet": name[:4] + rng.choice(OUTLETS)}


def render(st, variant, rng):
    """Text and figures (offsets in code points) of one page of a story."""
    paras = list(st["paras"])
    prefix = ""
    if variant == 1:
        prefix = "本报讯 "
    elif variant == 2 and len(paras) > 3:
        paras = paras[:-1]
    parts, figs, off = [], [], len(prefix)
    for text, pf in paras:
        if variant == 3:
            text = text.replace("。", ".")
        for o, t, v, u, q in pf:
            figs.append((off + o, t, v, u, q))
        parts.append(text)
        off += len(text) + 2
    return prefix + "\n\n".join(parts), figs


def fnv(s):
    h = 0xcbf29ce484222325
    for b in s.encode():
        h = ((h ^ b) * 0x100000001b3) & 0xffffffffffffffff
    return "%016x" % h


def sentence(text, a, b):
    s = max(text.rfind("。", 0, a), text.rfind("\n", 0, a)) + 1
    e = text.find("。", b)
    return text[s:e + 1 if e >= 0 else len(text)]


def measures(text, figs, base, region):
    out = []
    for o, t, v, u, q in figs:
        o += text[o:].index(t)
        out.append({"text": t, "start": base + o, "end": base + o + len(t),
                    "sentence": sentence(text, o, o + len(t)), "value": v,
                    "unit": u[1], "qualifier": q, "per": None, "max": None,
                    "kind": u[3], "region": region})
    return out


def item(st, start, end, ms, title=None):
    return {"title": title, "origin": st["outlet"], "region": st["region"],
            "province": st["region"][:2] + "0000", "start": start, "end": end,
            "regions": [{"code": st["region"], "name": None, "mentions": 1}],
            "campaigns": [st["camp"]] if st["camp"] else [],
            "organizations": [st["outlet"]], "measures": ms}


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(20240130)
    lex = lexicon(rng, 30000)
    regs = regions()
    dump = lambda o: json.dumps(o, ensure_ascii=False, sort_keys=True,
                                separators=(",", ":"))
    af = open(out + "/articles.jsonl", "w", encoding="utf-8")
    ff = open(out + "/facts.jsonl", "w", encoding="utf-8")
    pending = []
    page = 0

    def emit(text, title, date, source, origin, items):
        nonlocal page
        page += 1
        f = "snap/%06d.html" % page
        art = {"schema": "rw-article/1", "id": fnv(text), "sha": None, "file": f,
               "url": "http://example.cn/%06d.html" % page, "title": title,
               "published": date, "source": source, "origin": origin,
               "authors": [], "category": None, "text": text, "images": [],
               "related": [], "lang": "zh-Hans", "encoding": "UTF-8",
               "snapshot": None}
        af.write(dump(art) + "\n")
        ff.write(dump({"schema": "rw-facts/1", "id": art["id"], "file": f,
                       "items": items}) + "\n")

    for i in range(n):
        st = story(rng, lex, regs, i)
        copies = [0]
        if rng.random() < 0.3:
            copies += [rng.randrange(1, 4) for _ in range(rng.randrange(1, 4))]
        for c in copies:
            if c == 0 and rng.random() < 0.1 and len(pending) < 4:
                pending.append(st)	# appears in the next roundup only
                continue
            text, figs = render(st, c, rng)
            ms = measures(text, figs, 0, st["region"])
            emit(text, st["title"], st["date"],
                 rng.choice(SITES) if c else st["outlet"],
                 st["outlet"] if c else None,
                 [item(st, 0, len(text), ms)])
        if pending and (len(pending) >= rng.randrange(2, 5) or i == n - 1):
            parts, items, off = [], [], 0
            for p in pending:
                body, figs = render(p, 0, rng)
                head = p["title"] + "\n\n"
                ms = measures(head + body, [(o + len(head), t, v, u, q)
                                            for o, t, v, u, q in figs], off,
                              p["region"])
                seg = head + body
                items.append(item(p, off, off + len(seg), ms, p["title"]))
                parts.append(seg)
                off += len(seg) + 2
            emit("\n\n".join(parts), "各地开展困难群众慰问活动", pending[-1]["date"],
                 "社会救助在线", None, items)
            pending = []
    af.close()
    ff.close()


main()
