#!/usr/bin/env python3
"""Build html/ and truth/ of the held-out relief corpus from src/pages/hoNNN.py.

Each page module is hand-written: its article text, its HTML template and its
annotations (measures, region, campaigns, metadata).  This script only
assembles them: it joins the body, renders the paragraphs into the template,
converts Traditional pages with OpenCC (s2tw) when the module asks for it,
computes each measure's code-point offset, and writes the page bytes in the
page's encoding (iconv, after a strict check that every character exists in
the target charset).  Run tests/heldout/relief/check.py afterwards.

Usage: python3 src/build.py [hoNNN ...]
"""
import html as H
import importlib.util
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

ICONV = {"UTF-8": None, "GBK": "GB18030", "Big5": "BIG5-HKSCS"}
STRICT = {"gb2312": "gb2312", "gbk": "gbk", None: None, "utf-8": None, "big5": "big5"}


def M(text, value, unit, kind, q="exact", per=None, mx=None):
    return dict(text=text, value=value, unit=unit, qualifier=q, per=per, max=mx, kind=kind)


def opencc(s, cfg):
    if not s:
        return s
    r = subprocess.run(["opencc", "-c", cfg], input=s.encode("utf-8"), capture_output=True, check=True)
    return r.stdout.decode("utf-8")


def esc_plain(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def esc_entities(s):
    s = esc_plain(s)
    for a, b in (("“", "&ldquo;"), ("”", "&rdquo;"), ("—", "&mdash;"), ("·", "&middot;"), ("‘", "&lsquo;"), ("’", "&rsquo;")):
        s = s.replace(a, b)
    return s


def item_paras(it):
    """Body paragraphs of one item: optional headline, paragraphs, (据XX) line."""
    ps = list(it["paras"])
    if it.get("ly"):
        if it.get("ly_inline"):
            ps[-1] = ps[-1] + it["ly"]
        else:
            ps.append(it["ly"])
    if it.get("head"):
        ps = [it["head"]] + ps
    return ps


def load(pid):
    path = os.path.join(HERE, "pages", pid + ".py")
    spec = importlib.util.spec_from_file_location(pid, path)
    mod = importlib.util.module_from_spec(spec)
    mod.M = M
    mod.item_paras = item_paras
    mod.paras_html = lambda ps, fmt, esc: "".join(fmt.format(esc(p)) for p in ps)
    spec.loader.exec_module(mod)
    return mod


def build(pid):
    mod = load(pid)
    meta = dict(mod.META)
    items = [dict(it) for it in mod.ITEMS]
    for it in items:
        if it.get("head") and not it.get("title"):
            it["title"] = it["head"]
    trad = getattr(mod, "TRAD", None)
    esc = esc_entities if getattr(mod, "ENTITIES", False) else esc_plain

    # body (simplified source) and offsets
    body_paras = []
    for it in items:
        body_paras += item_paras(it)
    body = "\n\n".join(body_paras)
    cursor = 0
    problems = []
    for it in items:
        for m in it["measures"]:
            off = body.find(m["text"], cursor)
            if off < 0:
                problems.append("measure text not found after %d: %r" % (cursor, m["text"]))
                continue
            m["offset"] = off
            cursor = off + 1
    if problems:
        raise SystemExit("%s: %s" % (pid, "; ".join(problems)))

    # HTML (simplified source)
    html = mod.render(items, esc)

    if trad:
        tbody = opencc(body, trad)
        if len(tbody) != len(body):
            raise SystemExit("%s: opencc changed body length" % pid)
        for it in items:
            for m in it["measures"]:
                m["text"] = tbody[m["offset"]:m["offset"] + len(m["text"])]
            it["campaigns"] = [opencc(c, trad) for c in it["campaigns"]]
            for k in ("title", "origin"):
                if it.get(k):
                    it[k] = opencc(it[k], trad)
        for k in ("title", "source", "origin"):
            if meta.get(k):
                meta[k] = opencc(meta[k], trad)
        meta["authors"] = [opencc(a, trad) for a in meta["authors"]]
        body = tbody
        html = opencc(html, trad)

    # bytes
    strict = STRICT.get(meta["charset_declared"]) or {"GBK": "gbk", "Big5": "big5"}.get(meta["encoding"])
    if strict:
        bad = sorted({ch for ch in html if not _enc_ok(ch, strict)})
        if bad:
            raise SystemExit("%s: characters not in %s: %s" % (pid, strict, " ".join("%s(U+%04X)" % (c, ord(c)) for c in bad)))
    raw = html.encode("utf-8")
    if ICONV[meta["encoding"]]:
        raw = subprocess.run(["iconv", "-f", "UTF-8", "-t", ICONV[meta["encoding"]]], input=raw,
                             capture_output=True, check=True).stdout
    with open(os.path.join(OUT, "html", pid + ".html"), "wb") as fh:
        fh.write(raw)

    truth = {
        "id": pid,
        "title": meta["title"],
        "published": meta["published"],
        "source": meta["source"],
        "origin": meta["origin"],
        "authors": meta["authors"],
        "body": body,
        "url": meta["url"],
        "lang": meta["lang"],
        "encoding": meta["encoding"],
        "items": [],
        "layout": meta["layout"],
        "charset_declared": meta["charset_declared"],
        "notes": meta.get("notes"),
    }
    for it in items:
        truth["items"].append({
            "region": it["region"],
            "province": it["region"][:2] + "0000",
            "campaigns": it["campaigns"],
            "measures": [dict(text=m["text"], value=m["value"], unit=m["unit"], qualifier=m["qualifier"],
                              per=m["per"], max=m["max"], kind=m["kind"], offset=m["offset"])
                         for m in it["measures"]],
            "title": it.get("title") or meta["title"],
            "origin": it.get("origin"),
        })
    with open(os.path.join(OUT, "truth", pid + ".json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return truth


def _enc_ok(ch, codec):
    """True when ch exists in the charset.  'gb2312' means: a GBK code whose
    bytes lie in the GB2312 area (A1-A9/B0-F7 lead, A1-FE trail), i.e. what a
    browser decodes from a page declared gb2312 (A1A4 is U+00B7 there)."""
    if ord(ch) < 0x80:
        return True
    if codec == "gb2312":
        try:
            b = ch.encode("gbk")
        except UnicodeEncodeError:
            return False
        return len(b) == 2 and (0xA1 <= b[0] <= 0xA9 or 0xB0 <= b[0] <= 0xF7) and 0xA1 <= b[1] <= 0xFE
    try:
        ch.encode(codec)
        return True
    except UnicodeEncodeError:
        return False


def main():
    ids = sys.argv[1:] or sorted(f[:-3] for f in os.listdir(os.path.join(HERE, "pages")) if f.endswith(".py"))
    for pid in ids:
        t = build(pid)
        print("%s %s %s items=%d measures=%d" % (pid, t["layout"], t["encoding"], len(t["items"]),
                                                 sum(len(i["measures"]) for i in t["items"])))


def write_manifest():
    rows = ["id\tbytes\tcharset_declared\tlang"]
    for fn in sorted(os.listdir(os.path.join(OUT, "truth"))):
        if not fn.endswith(".json"):
            continue
        with open(os.path.join(OUT, "truth", fn), encoding="utf-8") as fh:
            t = json.load(fh)
        size = os.path.getsize(os.path.join(OUT, "html", t["id"] + ".html"))
        rows.append("%s\t%d\t%s\t%s" % (t["id"], size, t["charset_declared"] or "-", t["lang"]))
    with open(os.path.join(OUT, "manifest.tsv"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
    write_manifest()
