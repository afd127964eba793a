#!/usr/bin/env python3
"""Validate the held-out relief corpus (html/ + truth/ + manifest.tsv).

Checks, per page:
  * truth JSON loads and has every key of the relief-dev format (page, item, measure);
  * enumerated fields hold allowed values (lang, encoding, qualifier, per, kind, layout);
  * for every measure, body[offset:offset+len(text)] == text, value/max are numbers;
  * the page bytes decode strictly with the page's real encoding, the declared
    charset (meta charset / http-equiv / XML declaration, or none) equals
    charset_declared, and the body -- whitespace-normalised -- occurs in the
    decoded, tag-stripped, entity-decoded, whitespace-normalised HTML; the title
    occurs there too;
  * region codes exist in shared/data/regions.tsv and province == region[:2]+"0000";
  * each campaign name occurs in the body;
  * manifest.tsv lists every page with its byte size, declared charset and lang.
Warnings (not errors): a measure whose leading numeral does not read as `value`.
Prints counts per layout / encoding / lang / unit / kind / qualifier / per.

Usage: python3 check.py [CORPUS_DIR]   (default: the directory of this script)
Exit status 0 when there are no errors.
"""
import html as H
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
REGIONS = os.environ.get("REGIONS_TSV", "/work/shared/data/regions.tsv")

PAGE_KEYS = ["id", "title", "published", "source", "origin", "authors", "body", "url", "lang", "encoding",
             "items", "layout", "charset_declared"]
ITEM_KEYS = ["region", "province", "campaigns", "title", "origin", "measures"]
MEASURE_KEYS = ["text", "value", "unit", "qualifier", "per", "max", "kind", "offset"]
LANGS = {"zh-Hans", "zh-Hant"}
ENCODINGS = {"UTF-8": "utf-8", "GBK": "gb18030", "Big5": "big5hkscs"}
LAYOUTS = {"L1", "L2", "L3", "L4", "L5"}
QUALIFIERS = {"exact", "approx", "over", "under"}
PERS = {None, "household", "person", "institution", "community", "day", "month", "type", "吨"}
KINDS = {"funds", "donations", "supplies", "visits", "beneficiaries", "staff", "other"}
UNITS_EN = {"yuan", "household", "person", "person_time", "household_time", "item", "institution", "times"}

BLOCK = re.compile(r"</?(?:p|div|br|h[1-6]|li|ul|ol|tr|td|th|table|tbody|thead|section|article|header|footer|"
                   r"nav|aside|dl|dt|dd|blockquote|hr|form|center|pre|figure|figcaption|main|body|html|head|title)\b[^>]*>",
                   re.I)
TAG = re.compile(r"<[^>]*>")
WS = re.compile(r"\s+")

errors = []
warnings = []


def err(pid, msg):
    errors.append("%s: %s" % (pid, msg))


def warn(pid, msg):
    warnings.append("%s: %s" % (pid, msg))


def load_regions():
    codes = set()
    with open(REGIONS, encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            codes.add(line.split("\t", 1)[0])
    return codes


def declared_charset(raw):
    head = raw[:4096].decode("ascii", "replace")
    m = re.search(r"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_\-]+)", head, re.I)
    if m:
        return m.group(1).lower()
    m = re.search(r"<\?xml[^>]+encoding\s*=\s*[\"']([A-Za-z0-9_\-]+)", head, re.I)
    if m:
        return m.group(1).lower()
    return None


def page_text(src):
    s = re.sub(r"<!--.*?-->", " ", src, flags=re.S)
    s = re.sub(r"<(script|style|noscript|template)\b.*?</\1\s*>", " ", s, flags=re.S | re.I)
    s = BLOCK.sub(" ", s)
    s = TAG.sub("", s)
    s = H.unescape(s)
    return WS.sub(" ", s).strip()


# --- numeral reading, for the value sanity warning only -----------------------
CN_DIG = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000}
CN_BIG = {"万": 10 ** 4, "萬": 10 ** 4, "亿": 10 ** 8, "億": 10 ** 8}


def cn_number(s):
    total, section, digit = 0, 0, None
    for ch in s:
        if ch in CN_DIG:
            digit = CN_DIG[ch]
        elif ch in CN_UNIT:
            section += (1 if digit is None else digit) * CN_UNIT[ch]
            digit = None
        elif ch in CN_BIG:
            section += digit or 0
            if section == 0:
                section = 1
            total = (total + section) * CN_BIG[ch] if CN_BIG[ch] > 10 ** 4 else total + section * CN_BIG[ch]
            section, digit = 0, None
    return total + section + (digit or 0)


def read_value(text):
    t = text.translate({0xFF10 + i: 0x30 + i for i in range(10)}).replace("．", ".")
    m = re.search(r"(\d+(?:\.\d+)?)\s*[余餘多]?\s*([万萬亿億]?)", t)
    if m:
        v = float(m.group(1))
        return v * {"": 1, "万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8}[m.group(2)]
    m = re.search(r"[零〇一二两兩三四五六七八九十百千万萬亿億半][零〇一二两兩三四五六七八九十百千万萬亿億余餘多]*", t)
    if m:
        if m.group(0) == "半":
            return 0.5
        return float(cn_number(m.group(0).replace("余", "").replace("餘", "").replace("多", "")))
    return None


def check_page(pid, t, root, regions, stats):
    for k in PAGE_KEYS:
        if k not in t:
            err(pid, "missing key %s" % k)
    if t.get("id") != pid:
        err(pid, "id %r does not match file name" % t.get("id"))
    if t.get("lang") not in LANGS:
        err(pid, "bad lang %r" % t.get("lang"))
    if t.get("encoding") not in ENCODINGS:
        err(pid, "bad encoding %r" % t.get("encoding"))
        return
    if t.get("layout") not in LAYOUTS:
        err(pid, "bad layout %r" % t.get("layout"))
    pub = t.get("published")
    if pub is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub):
        err(pid, "bad published %r" % pub)
    if not isinstance(t.get("authors"), list):
        err(pid, "authors is not a list")
    body = t.get("body") or ""
    if not body or body != body.strip():
        err(pid, "empty body or body with outer whitespace")

    path = os.path.join(root, "html", pid + ".html")
    try:
        raw = open(path, "rb").read()
    except OSError as e:
        err(pid, "no html: %s" % e)
        return
    try:
        src = raw.decode(ENCODINGS[t["encoding"]])
    except UnicodeDecodeError as e:
        err(pid, "html does not decode as %s: %s" % (t["encoding"], e))
        return
    decl = declared_charset(raw)
    if decl != t.get("charset_declared"):
        err(pid, "declared charset %r, truth says %r" % (decl, t.get("charset_declared")))
    if t["encoding"] != "UTF-8":
        try:
            raw.decode("utf-8")
            err(pid, "page said to be %s also decodes as UTF-8" % t["encoding"])
        except UnicodeDecodeError:
            pass
        if decl == "gb2312":
            i = 0
            while i < len(raw):
                b = raw[i]
                if b < 0x80:
                    i += 1
                    continue
                t2 = raw[i + 1] if i + 1 < len(raw) else 0
                if not ((0xA1 <= b <= 0xA9 or 0xB0 <= b <= 0xF7) and 0xA1 <= t2 <= 0xFE):
                    err(pid, "page declared gb2312 has a non-GB2312 code %02X%02X at byte %d" % (b, t2, i))
                    break
                i += 2
    text = page_text(src)
    nbody = WS.sub(" ", body).strip()
    if nbody not in text:
        # locate the first paragraph that fails, for the message
        for para in body.split("\n\n"):
            if WS.sub(" ", para).strip() not in text:
                err(pid, "body paragraph not in page text: %r" % para[:60])
                break
        else:
            err(pid, "body paragraphs occur in the page but not as one run")
    if WS.sub(" ", t.get("title") or "").strip() not in text:
        err(pid, "title not in page text")

    items = t.get("items") or []
    if not items:
        err(pid, "no items")
    stats["items"] += len(items)
    for n, it in enumerate(items):
        for k in ITEM_KEYS:
            if k not in it:
                err(pid, "item %d missing key %s" % (n, k))
        reg = str(it.get("region"))
        if reg not in regions:
            err(pid, "item %d region %s not in regions.tsv" % (n, reg))
        if it.get("province") != reg[:2] + "0000" or it.get("province") not in regions:
            err(pid, "item %d province %r does not fit region %s" % (n, it.get("province"), reg))
        for c in it.get("campaigns") or []:
            if c not in body:
                err(pid, "campaign %r not in body" % c)
        if len(items) > 1 and it.get("title") and it["title"] not in body:
            err(pid, "roundup item headline %r not in body" % it["title"])
        seen = set()
        for m in it.get("measures") or []:
            for k in MEASURE_KEYS:
                if k not in m:
                    err(pid, "measure %r missing key %s" % (m.get("text"), k))
            txt, off = m.get("text"), m.get("offset")
            if not isinstance(off, int) or body[off:off + len(txt or "")] != txt:
                err(pid, "measure %r not at offset %r" % (txt, off))
            if (txt, off) in seen:
                err(pid, "measure %r at %r annotated twice" % (txt, off))
            seen.add((txt, off))
            if not isinstance(m.get("value"), (int, float)) or isinstance(m.get("value"), bool):
                err(pid, "measure %r value is not a number" % txt)
            if m.get("max") is not None and not isinstance(m.get("max"), (int, float)):
                err(pid, "measure %r max is not a number" % txt)
            if m.get("qualifier") not in QUALIFIERS:
                err(pid, "measure %r bad qualifier %r" % (txt, m.get("qualifier")))
            if m.get("per") not in PERS:
                err(pid, "measure %r bad per %r" % (txt, m.get("per")))
            if m.get("kind") not in KINDS:
                err(pid, "measure %r bad kind %r" % (txt, m.get("kind")))
            u = m.get("unit")
            if not isinstance(u, str) or not (u in UNITS_EN or re.fullmatch(r"[\u4e00-\u9fff]+", u)):
                err(pid, "measure %r bad unit %r" % (txt, u))
            rv = read_value(txt or "")
            if rv is None or abs(rv - float(m.get("value") or 0)) > 1e-6 * max(1.0, abs(rv)):
                warn(pid, "measure %r: numeral reads %r, value is %r" % (txt, rv, m.get("value")))
            stats["unit"][u] += 1
            stats["kind"][m.get("kind")] += 1
            stats["qualifier"][m.get("qualifier")] += 1
            stats["per"][m.get("per") or "-"] += 1
            stats["measures"] += 1
            if m.get("max") is not None:
                stats["ranges"] += 1
    stats["layout"][t.get("layout")] += 1
    stats["encoding"]["%s / %s" % (t["encoding"], t.get("charset_declared") or "(none)")] += 1
    stats["lang"][t.get("lang")] += 1
    return raw


def main():
    root = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else HERE
    regions = load_regions()
    stats = {"layout": Counter(), "encoding": Counter(), "lang": Counter(), "unit": Counter(), "kind": Counter(),
             "qualifier": Counter(), "per": Counter(), "items": 0, "measures": 0, "ranges": 0}
    tdir = os.path.join(root, "truth")
    ids = sorted(f[:-5] for f in os.listdir(tdir) if f.endswith(".json"))
    htmls = sorted(f[:-5] for f in os.listdir(os.path.join(root, "html")) if f.endswith(".html"))
    if ids != htmls:
        err("corpus", "html/ and truth/ do not hold the same ids")
    sizes = {}
    for pid in ids:
        try:
            with open(os.path.join(tdir, pid + ".json"), encoding="utf-8") as fh:
                t = json.load(fh)
        except ValueError as e:
            err(pid, "truth does not load: %s" % e)
            continue
        raw = check_page(pid, t, root, regions, stats)
        if raw is not None:
            sizes[pid] = (len(raw), t.get("charset_declared") or "-", t.get("lang"))

    man = os.path.join(root, "manifest.tsv")
    if os.path.exists(man):
        rows = {}
        with open(man, encoding="utf-8") as fh:
            head = fh.readline().rstrip("\n").split("\t")
            if head != ["id", "bytes", "charset_declared", "lang"]:
                err("manifest", "bad header %r" % head)
            for line in fh:
                f = line.rstrip("\n").split("\t")
                rows[f[0]] = (int(f[1]), f[2], f[3])
        for pid, v in sizes.items():
            if rows.get(pid) != v:
                err("manifest", "%s: manifest %r, page %r" % (pid, rows.get(pid), v))
        for pid in rows:
            if pid not in sizes:
                err("manifest", "%s listed but not in corpus" % pid)
    else:
        err("manifest", "manifest.tsv missing")

    print("pages %d, items %d, measures %d (%d with per, %d ranges)" % (
        len(ids), stats["items"], stats["measures"], stats["measures"] - stats["per"]["-"], stats["ranges"]))
    for k in ("layout", "encoding", "lang", "unit", "kind", "qualifier", "per"):
        print("%-10s %s" % (k, ", ".join("%s %d" % (a, b) for a, b in sorted(stats[k].items(), key=lambda x: (-x[1], str(x[0]))))))
    for w in warnings:
        print("WARNING " + w)
    for e in errors:
        print("ERROR " + e)
    print("%d errors, %d warnings" % (len(errors), len(warnings)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
