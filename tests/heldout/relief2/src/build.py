#!/usr/bin/env python3
"""Build html/ and truth/ from the page sources src/hpNNN.py.

Each source defines META (page-level fields), P (body paragraphs, in order),
ITEMS (region, campaigns, title, origin, m = measure tuples in body order) and
HTML (the page as UTF-8 text, with @@N@@ standing for paragraph N, 1-based).
Measure tuple: (text, value, unit, qualifier, per, max, kind[, anchor]) -- the
offset is found by searching `text` after the previous measure (after
`anchor` when given).  Pages are written in UTF-8 and converted with iconv.
"""
import importlib.util, json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NUMCH = "0123456789０１２３４５６７８９.．零一二两三四五六七八九十百千万亿萬億兩"


def esc(s, ent=False):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if ent:
        s = s.replace("“", "&ldquo;").replace("”", "&rdquo;").replace("—", "&mdash;")
    return s


def find(body, text, start):
    i = start
    while True:
        i = body.find(text, i)
        if i < 0:
            return -1
        before = body[i - 1] if i else ""
        after = body[i + len(text)] if i + len(text) < len(body) else ""
        if (text[0] in NUMCH and before and before in NUMCH) or (text[-1] in NUMCH and after and after in NUMCH):
            i += 1
            continue
        return i


def build(pid):
    spec = importlib.util.spec_from_file_location(pid, os.path.join(HERE, pid + ".py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    M, P = mod.META, mod.P
    body = "\n\n".join(P)
    cur = 0
    items = []
    for it in mod.ITEMS:
        ms = []
        for t in it["m"]:
            text, value, unit, q, per, mx, kind = t[:7]
            start = cur
            if len(t) > 7:
                a = body.find(t[7], cur)
                if a < 0:
                    sys.exit("%s: anchor %r not found" % (pid, t[7]))
                start = a
            off = find(body, text, start)
            if off < 0:
                sys.exit("%s: measure %r not found after %d" % (pid, text, start))
            cur = off + len(text)
            ms.append({"text": text, "value": value, "unit": unit, "qualifier": q, "per": per,
                       "max": mx, "kind": kind, "offset": off})
        items.append({"region": it["region"], "province": it["region"][:2] + "0000",
                      "campaigns": it.get("campaigns", []), "measures": ms,
                      "title": it.get("title", M["title"]), "origin": it.get("origin", M["origin"])})
    truth = {"id": pid, "title": M["title"], "published": M["published"], "source": M["source"],
             "origin": M["origin"], "authors": M["authors"], "body": body, "url": M["url"],
             "lang": M["lang"], "encoding": M["encoding"], "items": items, "layout": M["layout"],
             "charset_declared": M["charset_declared"]}
    if M.get("notes"):
        truth["notes"] = M["notes"]
    with open(os.path.join(ROOT, "truth", pid + ".json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    page = mod.HTML
    ent = getattr(mod, "ENT", False)
    for n in range(len(P), 0, -1):
        tag = "@@%d@@" % n
        if tag not in page:
            sys.exit("%s: %s missing in HTML" % (pid, tag))
        page = page.replace(tag, esc(P[n - 1], ent))
    if "@@" in page:
        sys.exit("%s: stray @@ in HTML" % pid)
    raw = page.encode("utf-8")
    enc = M["encoding"]
    if enc != "UTF-8":
        target = {"GBK": "GB18030", "Big5": "BIG5-HKSCS"}[enc]
        raw = subprocess.run(["iconv", "-f", "UTF-8", "-t", target], input=raw,
                             capture_output=True, check=True).stdout
        strict = {"GBK": "gbk", "Big5": "big5"}[enc]
        if (M["charset_declared"] or "").lower() == "gb2312":
            strict = "gb2312"
        try:
            back = raw.decode(strict)
        except UnicodeDecodeError as e:
            sys.exit("%s: bytes not valid %s: %s (%r)" % (pid, strict, e, raw[e.start - 20:e.end + 20].decode(strict, "replace")))
        if back != page:
            sys.exit("%s: %s round trip changed the page" % (pid, strict))
    with open(os.path.join(ROOT, "html", pid + ".html"), "wb") as fh:
        fh.write(raw)
    return len(items), sum(len(i["measures"]) for i in items)


if __name__ == "__main__":
    ids = sys.argv[1:] or sorted(f[:-3] for f in os.listdir(HERE) if re.match(r"hp\d{3}\.py$", f))
    for pid in ids:
        print(pid, *build(pid))
