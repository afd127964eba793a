#!/usr/bin/env python3
"""Assemble html/<id>.html and truth/<id>.json from the hand-written sources src/<id>.txt.

The sources hold the hand-written article text with hand-made measure annotations
([[text|value|unit|q|kind|per=..|max=..]], q = e exact, a approx, o over, u under) and the
page markup with placeholders for the article paragraphs.  This script only strips the
annotation brackets, computes code-point offsets, renders the paragraphs into the markup and
encodes the bytes; every annotated value is hand-written in the source.

Source format (one file per page):
  @key value            page fields: id layout charset encoding lang title published source
                        origin authors url notes trad entities
  @@item                starts an item; then @region @ititle @iorigin @campaigns (';'-separated)
  @@body                paragraphs of the item, blank-line separated; prefixes:
                        '# ' item headline (L5), '## ' subheading, '>> ' special line (据XX etc.)
  @@html                the page markup (to end of file); placeholders
                        {{BODY||fmt1||fmt2||fmt3||fmt4}} or {{ITEMn||...}}; fmtK is used for
                        plain / '# ' / '## ' / '>> ' paragraphs (missing ones fall back to fmt1),
                        %s = the escaped paragraph; '{{BODY@SEP||..}}' joins with SEP ('\\n' = newline).
"""
import html as H
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MARK = re.compile(r"\[\[(.+?)\]\]")
QUAL = {"e": "exact", "a": "approx", "o": "over", "u": "under"}


def opencc(text):
    p = subprocess.run(["opencc", "-c", "s2tw.json"], input=text.encode("utf-8"),
                       stdout=subprocess.PIPE, check=True)
    out = p.stdout.decode("utf-8")
    for a, b in (("髮放", "發放"), ("金髮", "金發")):
        out = out.replace(a, b)
    if text.endswith("\n") is False and out.endswith("\n"):
        out = out[:-1]
    return out


def num(s):
    f = float(s)
    return int(f) if f == int(f) else f


def parse(path):
    meta, items, htmlsrc = {}, [], None
    cur, mode, buf = None, None, []
    lines = open(path, encoding="utf-8").read().split("\n")
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.startswith("@@html"):
            if mode == "body":
                cur["bodysrc"] = "\n".join(buf)
            htmlsrc = "\n".join(lines[i + 1:])
            break
        if ln.startswith("@@item"):
            if mode == "body":
                cur["bodysrc"] = "\n".join(buf)
            cur = {"campaigns": [], "origin": "@page", "title": None}
            items.append(cur)
            mode = "item"
        elif ln.startswith("@@body"):
            mode, buf = "body", []
        elif mode == "body":
            buf.append(ln)
        elif ln.startswith("@"):
            k, _, v = ln[1:].partition(" ")
            v = v.strip()
            if mode == "item":
                if k == "region":
                    cur["region"] = v
                elif k == "ititle":
                    cur["title"] = v
                elif k == "iorigin":
                    cur["origin"] = None if v == "null" else v
                elif k == "campaigns":
                    cur["campaigns"] = [x for x in v.split(";") if x]
                else:
                    sys.exit("%s: unknown item key %s" % (path, k))
            else:
                meta[k] = v
        i += 1
    return meta, items, htmlsrc


def build(srcpath):
    meta, items, htmlsrc = parse(srcpath)
    pid = meta["id"]
    trad = meta.get("trad") == "1"
    paras = []  # (item index, kind, plain text)
    measures = []  # (item index, global offset, len, dict)
    body = ""
    for n, it in enumerate(items):
        blocks = [b.strip("\n") for b in re.split(r"\n\s*\n", it["bodysrc"].strip("\n"))]
        for b in blocks:
            b = b.replace("\n", "")
            kind = 0
            for pre, k in (("# ", 1), ("## ", 2), (">> ", 3)):
                if b.startswith(pre):
                    b, kind = b[len(pre):], k
                    break
            if body:
                body += "\n\n"
            plain = ""
            pos = 0
            for m in MARK.finditer(b):
                plain += b[pos:m.start()]
                f = m.group(1).split("|")
                text, value, unit, q, kd = f[:5]
                extra = dict(x.split("=", 1) for x in f[5:])
                d = {"text": text, "value": num(value), "unit": unit, "qualifier": QUAL[q],
                     "per": extra.get("per"), "max": num(extra["max"]) if "max" in extra else None,
                     "kind": kd}
                measures.append((n, len(body) + len(plain), len(text), d))
                plain += text
                pos = m.end()
            plain += b[pos:]
            paras.append((n, kind, plain))
            body += plain
    if trad:
        tbody = opencc(body)
        assert len(tbody) == len(body), "opencc changed length"
        body = tbody
        paras2, p = [], 0
        for (n, k, t) in paras:
            paras2.append((n, k, body[p:p + len(t)]))
            p += len(t) + 2
        paras = paras2
        for (_, off, ln, d) in measures:
            d["text"] = body[off:off + ln]
        for k in ("title", "source", "origin", "authors"):
            if meta.get(k):
                meta[k] = opencc(meta[k])
        for it in items:
            it["campaigns"] = [opencc(c) for c in it["campaigns"]]
            for k in ("title", "origin"):
                if it.get(k) and it[k] != "@page":
                    it[k] = opencc(it[k])
        htmlsrc = opencc(htmlsrc)
    for (_, off, ln, d) in measures:
        assert body[off:off + ln] == d["text"]

    ent = meta.get("entities") == "1"

    def esc(t):
        t = H.escape(t, quote=False)
        if ent:
            t = t.replace("“", "&ldquo;").replace("”", "&rdquo;").replace("—", "&mdash;").replace("·", "&middot;")
        return t

    def render(m):
        head = m.group(1)
        fmts = m.group(2).split("||")[1:]
        sep = "\n"
        if "@" in head:
            head, sep = head.split("@", 1)
            sep = sep.replace("\\n", "\n")
        sl = None
        if "[" in head:
            head, sl = head[:-1].split("[")
            a, b = sl.split(":")
            sl = slice(int(a) if a else None, int(b) if b else None)
        sel = None if head == "BODY" else int(head[4:]) - 1
        out = []
        chosen = [p for p in paras if sel is None or p[0] == sel]
        if sl is not None:
            chosen = chosen[sl]
        for (n, k, t) in chosen:
            f = fmts[k] if k < len(fmts) and fmts[k] else fmts[0]
            out.append(f.replace("\\n", "\n").replace("%s", esc(t)))
        return sep.join(out)

    page = re.sub(r"\{\{((?:BODY|ITEM\d+)(?:\[-?\d*:-?\d*\])?(?:@[^|]*)?)((?:\|\|[^}]*)+)\}\}", render, htmlsrc)
    assert "{{" not in page, pid
    enc = meta["encoding"]
    codec = {"UTF-8": "utf-8", "GBK": "gb18030", "Big5": "big5hkscs"}[enc]
    raw = page.encode(codec)
    with open(os.path.join(HERE, "html", pid + ".html"), "wb") as fh:
        fh.write(raw)

    def nul(v):
        return None if v in (None, "", "null") else v

    truth = {
        "id": pid,
        "title": meta["title"],
        "published": nul(meta.get("published")),
        "source": nul(meta.get("source")),
        "origin": nul(meta.get("origin")),
        "authors": [a for a in re.split(r"[,，]", meta.get("authors", "")) if a],
        "body": body,
        "url": nul(meta.get("url")),
        "lang": meta["lang"],
        "encoding": enc,
        "layout": meta["layout"],
        "charset_declared": nul(meta.get("charset")) if meta.get("charset") != "none" else None,
        "items": [],
    }
    if meta.get("notes"):
        truth["notes"] = meta["notes"]
    for n, it in enumerate(items):
        ms = []
        for (i, off, ln, d) in measures:
            if i == n:
                d = dict(d)
                d["offset"] = off
                ms.append(d)
        truth["items"].append({
            "region": it["region"], "province": it["region"][:2] + "0000",
            "campaigns": it["campaigns"], "title": it["title"] or meta["title"],
            "origin": (truth["origin"] if len(items) == 1 else None) if it["origin"] == "@page" else it["origin"],
            "measures": ms})
    with open(os.path.join(HERE, "truth", pid + ".json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    srcs = sys.argv[1:] or sorted(os.path.join(HERE, "src", f) for f in os.listdir(os.path.join(HERE, "src")))
    for s in srcs:
        build(s)
        print("built", os.path.basename(s))
    rows = ["id\tbytes\tcharset_declared\tlang"]
    for f in sorted(os.listdir(os.path.join(HERE, "truth"))):
        t = json.load(open(os.path.join(HERE, "truth", f), encoding="utf-8"))
        size = os.path.getsize(os.path.join(HERE, "html", t["id"] + ".html"))
        rows.append("%s\t%d\t%s\t%s" % (t["id"], size, t["charset_declared"] or "(none)", t["lang"]))
    with open(os.path.join(HERE, "manifest.tsv"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(rows) + "\n")
