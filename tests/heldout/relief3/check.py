#!/usr/bin/env python3
"""Validate the relief3 held-out corpus (html/ + truth/).

Checks, per page:
  * truth JSON loads and has every required / extra key with the right types;
  * body[offset:offset+len(text)] == text for every measure;
  * the body paragraphs occur, in order, in the decoded, tag-stripped, whitespace-normalised HTML;
    title, source, origin, authors and the item headlines occur in the page too;
  * region codes exist in shared/data/regions.tsv and province == region[:2] + "0000";
  * the declared charset (meta / XML declaration) equals charset_declared, pages with null
    declare nothing at all, and the bytes decode strictly in the declared charset / encoding
    (gb2312-declared pages: GB2312 only; big5: plain Big5);
  * each measure's written number (Arabic, full-width, Chinese, with 万/亿) equals value,
    the second number of a range equals max, the qualifier agrees with the qualifier words,
    the unit is one of the allowed names, per/kind are from the allowed sets;
  * published appears on the page (as YYYY-MM-DD, YYYY年M月D日, or in the URL).
Also checks manifest.tsv against the files.  Exit status 1 on any error.
"""
import html as H
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REGIONS = os.environ.get("REGIONS_TSV", os.path.join(HERE, "..", "..", "..", "..", "shared", "data", "regions.tsv"))
if not os.path.exists(REGIONS):
    REGIONS = "/work/shared/data/regions.tsv"

KEYS = {"id": str, "title": str, "published": (str, type(None)), "source": (str, type(None)),
        "origin": (str, type(None)), "authors": list, "body": str, "url": (str, type(None)),
        "lang": str, "encoding": str, "layout": str, "charset_declared": (str, type(None)),
        "items": list}
IKEYS = {"region": str, "province": str, "campaigns": list, "title": (str, type(None)),
         "origin": (str, type(None)), "measures": list}
MKEYS = ["text", "value", "unit", "qualifier", "per", "max", "kind", "offset"]
UNITS = {"yuan", "household", "person", "person_time", "household_time", "item", "institution",
         "times", "吨", "公斤", "台次", "辆", "种类", "个", "条", "份", "斤", "立方米", "处"}
PERS = {None, "household", "person", "institution", "community", "day", "month", "type", "吨", "year"}
KINDS = {"funds", "donations", "supplies", "visits", "beneficiaries", "staff", "other"}
QUALS = {"exact", "approx", "over", "under"}

CN = {"零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "两": 2, "兩": 2, "贰": 2, "三": 3, "四": 4,
      "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CNU = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG = {"万": 10 ** 4, "萬": 10 ** 4, "亿": 10 ** 8, "億": 10 ** 8}

errors = []


def err(pid, msg):
    errors.append("%s: %s" % (pid, msg))


def cn_int(s):
    """Chinese numeral without 万/亿 sections, e.g. 一千二百, 十五, 两."""
    total, cur = 0, None
    for ch in s:
        if ch in CN:
            cur = CN[ch]
        elif ch in CNU:
            total += (1 if cur is None else cur) * CNU[ch]
            cur = None
    return total + (cur or 0)


def cn_num(s):
    total, sec = 0, ""
    for ch in s:
        if ch in BIG:
            total += (cn_int(sec) if sec else 1) * BIG[ch]
            sec = ""
        else:
            sec += ch
    return total + (cn_int(sec) if sec else 0)


NUMRE = re.compile(r"(半)|([0-9][0-9,]*(?:\.[0-9]+)?)((?:[余多餘]?[万亿萬億])*)|([一二两兩三四五六七八九十〇零百千万萬][一二两兩三四五六七八九十百千万亿萬億〇零]*(?:[余多餘][万亿萬億]+)?)")


def numbers(text):
    """All numerals written in text, as floats, with a flag telling whether they carry 万/亿."""
    t = unicodedata.normalize("NFKC", text)
    out = []
    for m in NUMRE.finditer(t):
        if m.group(1):
            out.append((0.5, False))
        elif m.group(2):
            v = float(m.group(2).replace(",", ""))
            mult = 1
            for ch in m.group(3):
                mult *= BIG.get(ch, 1)
            out.append((v * mult, bool(m.group(3))))
        else:
            g = re.sub("[余多餘]", "", m.group(4))
            out.append((float(cn_num(g)), any(c in BIG for c in g)))
    return out


def declared_charset(raw):
    head = raw[:4096].decode("ascii", "replace")
    found = re.findall(r"""charset\s*=\s*["']?([A-Za-z0-9_-]+)""", head, re.I)
    found += re.findall(r"""<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_-]+)""", head, re.I)
    return [f.lower() for f in found]


def strip_html(s):
    s = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", s)
    s = re.sub(r"(?s)<!--.*?-->", " ", s)
    s = re.sub(r"(?s)<[^>]+>", "", s)
    s = H.unescape(s)
    return squash(s)


def squash(s):
    return "".join(ch for ch in s if not ch.isspace())


def qual_of(text):
    t = text
    if re.search(r"不足|不到|以下|不超过|不高于|不超過|不高於|以內|以内", t):
        return "under"
    if re.search(r"约|約|近|左右|将近|將近|接近|上下", t):
        return "approx"
    if re.search(r"余|餘|多|超过|超過|以上|逾|不少于|不少於|不低于|不低於|超|数|數", t):
        return "over"
    return "exact"


def main():
    regions = {}
    with open(REGIONS, encoding="utf-8") as fh:
        for ln in fh:
            f = ln.rstrip("\n").split("\t")
            regions[f[0]] = f[1]
    tdir, hdir = os.path.join(HERE, "truth"), os.path.join(HERE, "html")
    ids = sorted(f[:-5] for f in os.listdir(tdir) if f.endswith(".json"))
    hids = sorted(f[:-5] for f in os.listdir(hdir) if f.endswith(".html"))
    if ids != hids:
        err("corpus", "truth and html ids differ: %s" % (set(ids) ^ set(hids)))
    nmeas = 0
    for pid in ids:
        try:
            t = json.load(open(os.path.join(tdir, pid + ".json"), encoding="utf-8"))
        except ValueError as e:
            err(pid, "JSON: %s" % e)
            continue
        for k, ty in KEYS.items():
            if k not in t:
                err(pid, "missing key %s" % k)
            elif not isinstance(t[k], ty):
                err(pid, "key %s has type %s" % (k, type(t[k]).__name__))
        if t.get("id") != pid:
            err(pid, "id field %r" % t.get("id"))
        body = t.get("body", "")
        if t.get("lang") not in ("zh-Hans", "zh-Hant"):
            err(pid, "lang %r" % t.get("lang"))
        if t.get("encoding") not in ("UTF-8", "GBK", "Big5"):
            err(pid, "encoding %r" % t.get("encoding"))
        if t.get("layout") not in ("L1", "L2", "L3", "L4", "L5"):
            err(pid, "layout %r" % t.get("layout"))
        if t.get("published") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", t["published"]):
            err(pid, "published %r" % t["published"])
        if "\r" in body or "\n\n\n" in body or body != body.strip():
            err(pid, "body has stray whitespace")
        # --- bytes and charset
        hp = os.path.join(hdir, pid + ".html")
        if not os.path.exists(hp):
            err(pid, "no html")
            continue
        raw = open(hp, "rb").read()
        decl = declared_charset(raw)
        want = t.get("charset_declared")
        if want is None:
            if decl:
                err(pid, "page declares %s but charset_declared is null" % decl)
        elif not decl or any(d != want.lower() for d in decl):
            err(pid, "declared %s != charset_declared %s" % (decl, want))
        enc = t.get("encoding")
        codec = {"UTF-8": "utf-8", "GBK": "gbk", "Big5": "big5"}.get(enc, "utf-8")
        if want and want.lower() == "gb2312":
            codec = "gb2312"
        if want:
            fam = {"utf-8": "UTF-8", "gbk": "GBK", "gb2312": "GBK", "gb18030": "GBK", "big5": "Big5",
                   "big5-hkscs": "Big5"}.get(want.lower())
            if fam != enc:
                err(pid, "charset_declared %s does not fit encoding %s" % (want, enc))
        try:
            page = raw.decode(codec)
        except UnicodeDecodeError as e:
            err(pid, "bytes do not decode as %s: %s" % (codec, e))
            page = raw.decode(codec, "replace")
        if enc != "UTF-8":
            try:
                raw.decode("utf-8")
                err(pid, "non-UTF-8 page is valid UTF-8")
            except UnicodeDecodeError:
                pass
        text = strip_html(page)
        # --- body paragraphs in page, in order
        pos = 0
        for para in body.split("\n\n"):
            sp = squash(para)
            i = text.find(sp, pos)
            if i < 0:
                err(pid, "paragraph not in page (in order): %s" % para[:40])
            else:
                pos = i + len(sp)
        for k in ("title", "source", "origin"):
            v = t.get(k)
            if v and squash(H.unescape(v)) not in squash(H.unescape(re.sub(r"<[^>]+>", "", page))):
                err(pid, "%s %r not on page" % (k, v))
        for a in t.get("authors", []):
            if squash(a) not in text:
                err(pid, "author %r not on page" % a)
        pub = t.get("published")
        if pub:
            y, m, d = pub.split("-")
            pats = [pub, "%s年%s月%s日" % (y, m, d), "%s年%d月%d日" % (int(y), int(m), int(d)),
                    "%s/%s/%s" % (y, m, d), "%s%s%s" % (y, m, d), "%s.%s.%s" % (y, m, d),
                    "%s/%s%s" % (y, m, d), "%s-%s/%s" % (y, m, d)]
            hay = page + (t.get("url") or "")
            if not any(p in hay for p in pats):
                err(pid, "published %s not on page or URL" % pub)
        # --- items and measures
        for n, it in enumerate(t.get("items", [])):
            for k, ty in IKEYS.items():
                if k not in it:
                    err(pid, "item %d missing %s" % (n, k))
                elif not isinstance(it[k], ty):
                    err(pid, "item %d key %s type" % (n, k))
            r = it.get("region")
            if r not in regions:
                err(pid, "region %s unknown" % r)
            if it.get("province") != (r or "")[:2] + "0000" or it.get("province") not in regions:
                err(pid, "province %s wrong for %s" % (it.get("province"), r))
            if it.get("title") and squash(it["title"]) not in text:
                err(pid, "item title not on page: %s" % it["title"])
            if t.get("layout") == "L5" and it.get("title") and squash(it["title"]) not in squash(body):
                err(pid, "L5 item title not in body: %s" % it["title"])
            for c in it.get("campaigns", []):
                if not re.search("[“「\"]" + re.escape(c) + "(?:活动|活動)?[”」\"]", body):
                    err(pid, "campaign %r not quoted in body" % c)
            for mm in it.get("measures", []):
                nmeas += 1
                for k in MKEYS:
                    if k not in mm:
                        err(pid, "measure missing %s: %s" % (k, mm))
                tx, off = mm.get("text", ""), mm.get("offset", -1)
                if body[off:off + len(tx)] != tx:
                    err(pid, "offset %s does not hold %r" % (off, tx))
                nums = numbers(tx)
                if not nums:
                    err(pid, "no numeral in %r" % tx)
                    continue
                lo, lo_big = nums[0]
                if mm.get("max") is not None:
                    if len(nums) < 2:
                        err(pid, "max without range in %r" % tx)
                    else:
                        hi, hi_big = nums[1]
                        t2 = unicodedata.normalize("NFKC", tx)
                        ms = list(NUMRE.finditer(t2))
                        between = t2[ms[0].end():ms[1].start()] if len(ms) > 1 else ""
                        if not lo_big and hi_big and re.fullmatch(r"\s*[至到~\-—～－]\s*", between):
                            # "3至5万元": lower bound takes the upper bound's 万/亿
                            mult = 10 ** 8 if re.search("[亿億]", tx) else 10 ** 4
                            lo = nums[0][0] * mult
                        if abs(hi - float(mm["max"])) > 1e-6:
                            err(pid, "max %s != written %s in %r" % (mm["max"], hi, tx))
                elif len(nums) > 1:
                    err(pid, "several numerals but no max in %r" % tx)
                if abs(lo - float(mm["value"])) > 1e-6:
                    err(pid, "value %s != written %s in %r" % (mm["value"], lo, tx))
                if mm.get("unit") not in UNITS:
                    err(pid, "unit %r" % mm.get("unit"))
                if mm.get("per") not in PERS:
                    err(pid, "per %r" % mm.get("per"))
                if mm.get("kind") not in KINDS:
                    err(pid, "kind %r" % mm.get("kind"))
                if mm.get("qualifier") not in QUALS:
                    err(pid, "qualifier %r" % mm.get("qualifier"))
                elif mm.get("qualifier") != qual_of(tx) and not mm.get("qualifier_note"):
                    err(pid, "qualifier %s but text %r suggests %s" % (mm["qualifier"], tx, qual_of(tx)))
                u = mm.get("unit")
                ucheck = {"yuan": "元", "household": "户戶家", "person": "人名位", "person_time": "人次",
                          "household_time": "户次戶次", "times": "次场場期批趟轮輪"}
                if u in ucheck and not any(c in tx for c in ucheck[u]):
                    err(pid, "unit %s but text %r" % (u, tx))
    # --- manifest
    mp = os.path.join(HERE, "manifest.tsv")
    if os.path.exists(mp):
        rows = [ln.rstrip("\n").split("\t") for ln in open(mp, encoding="utf-8") if ln.strip()]
        if rows[0] != ["id", "bytes", "charset_declared", "lang"]:
            err("manifest", "header %s" % rows[0])
        seen = set()
        for r in rows[1:]:
            pid = r[0]
            seen.add(pid)
            hp = os.path.join(hdir, pid + ".html")
            if not os.path.exists(hp):
                err("manifest", "%s has no html" % pid)
                continue
            t = json.load(open(os.path.join(tdir, pid + ".json"), encoding="utf-8"))
            if int(r[1]) != os.path.getsize(hp):
                err("manifest", "%s bytes %s != %d" % (pid, r[1], os.path.getsize(hp)))
            if r[2] != (t["charset_declared"] or "(none)") or r[3] != t["lang"]:
                err("manifest", "%s row %s disagrees with truth" % (pid, r))
        if seen != set(ids):
            err("manifest", "ids differ from truth: %s" % (seen ^ set(ids)))
    else:
        err("manifest", "manifest.tsv missing")
    for e in errors:
        print(e)
    print("%d pages, %d measures, %d errors" % (len(ids), nmeas, len(errors)))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
