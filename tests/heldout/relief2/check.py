#!/usr/bin/env python3
"""Validate the relief2 held-out corpus (html/ + truth/).

Usage: check.py [--uncovered] [--stats] [CORPUS_DIR]

Checks, for every truth/<id>.json:
  * JSON loads, all keys present, enumerated fields have allowed values;
  * body[offset:offset+len(text)] == text for every measure, measures in
    body order and not overlapping, and the number written in `text`
    agrees with `value` (and `max` for ranges);
  * every body paragraph occurs, in order, in the decoded, tag-stripped,
    whitespace-removed HTML; the title, source and authors occur there too;
  * region codes exist in regions.tsv and province == region[:2] + "0000";
  * the charset the page declares (meta / XML declaration) equals
    charset_declared, the bytes decode strictly in that charset (gb2312
    pages as GB2312), undeclared pages are not valid UTF-8;
  * campaigns occur in quotation marks in the body; item origins occur as
    据/據 attributions; zh-Hant bodies contain no simplified-only characters
    of a small list (and vice versa).
--uncovered lists numerals in bodies that no measure covers (for review).
--stats prints the count tables used in README.md.
"""
import datetime, html, json, os, re, sys, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
REGIONS = os.environ.get("REGIONS_TSV") or "/work/shared/data/regions.tsv"
if not os.path.exists(REGIONS):
    REGIONS = os.path.join(HERE, "..", "..", "..", "..", "shared", "data", "regions.tsv")

KEYS = ["id", "title", "published", "source", "origin", "authors", "body", "url", "lang",
        "encoding", "items", "layout", "charset_declared"]
IKEYS = ["region", "province", "campaigns", "measures", "title", "origin"]
MKEYS = ["text", "value", "unit", "qualifier", "per", "max", "kind", "offset"]
UNITS = {"yuan", "household", "person", "person_time", "household_time", "item", "institution", "times"}
QUALS = {"exact", "approx", "over", "under"}
PERS = {None, "household", "person", "institution", "community", "day", "month", "type", "吨"}
KINDS = {"funds", "donations", "supplies", "visits", "beneficiaries", "staff", "other"}
SIMP_ONLY = set("这们为县区发门会时国过动对开关还进长问见实现学体点户万亿")
TRAD_ONLY = set("這們為縣區發門會時國過動對開關還進長問見實現學體點戶萬億")
CN = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6,
      "七": 7, "八": 8, "九": 9}
CNU = {"十": 10, "百": 100, "千": 1000}
BIG = {"万": 10 ** 4, "萬": 10 ** 4, "亿": 10 ** 8, "億": 10 ** 8}
NUM_RE = re.compile(r"([0-9]+(?:\.[0-9]+)?|[零〇一二两兩三四五六七八九十百千半]+)[余餘多]?([万萬亿億]?)")


def cn_int(s):
    if s == "半":
        return 0.5
    total, cur = 0, 0
    for ch in s:
        if ch in CN:
            cur = CN[ch]
        elif ch in CNU:
            total += (cur or 1) * CNU[ch]
            cur = 0
        else:
            return None
    return total + cur


def numbers_in(text):
    t = unicodedata.normalize("NFKC", text)
    out = []
    for m in NUM_RE.finditer(t):
        n, big = m.group(1), m.group(2)
        v = float(n) if n[0].isdigit() else cn_int(n)
        if v is None:
            continue
        out.append((v, big, n))
    if len(out) > 1:  # an indefinite 一 (一次性, 一户) is not the measure's number
        out = [x for x in out if x[2] != "一"] or out
    out = [(v, big) for v, big, _ in out]
    # a bare number before a range end shares the range's 万/亿 (3-6万元)
    res = []
    for i, (v, big) in enumerate(out):
        if not big and i + 1 < len(out) and out[i + 1][1] and re.search(r"[0-9]\s*[-~至到—]\s*[0-9]", t):
            big = out[i + 1][1]
        res.append(v * BIG.get(big, 1))
    return res


def visible_text(raw_html):
    s = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", raw_html)
    s = re.sub(r"(?s)<!--.*?-->", " ", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    s = html.unescape(s)
    return s


def squash(s):
    return re.sub(r"\s+", "", s)


def declared_charset(raw):
    head = raw[:4096].decode("ascii", "replace")
    m = re.search(r"""<\?xml[^>]*encoding=["']?([A-Za-z0-9_-]+)""", head)
    if m:
        return m.group(1).lower()
    m = re.search(r"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", head, re.I)
    return m.group(1).lower() if m else None


def load_regions():
    codes = {}
    with open(REGIONS, encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            f = line.rstrip("\n").split("\t")
            codes[f[0]] = f[1]
    return codes


def check_page(root, fn, regions, errs, uncovered):
    pid = fn[:-5]
    E = lambda msg: errs.append("%s: %s" % (pid, msg))
    try:
        with open(os.path.join(root, "truth", fn), encoding="utf-8") as fh:
            t = json.load(fh)
    except ValueError as e:
        E("JSON does not load: %s" % e)
        return None
    for k in KEYS:
        if k not in t:
            E("missing key %s" % k)
    if t.get("id") != pid:
        E("id %r != file name" % t.get("id"))
    body = t.get("body") or ""
    if t.get("published") is not None:
        try:
            datetime.date.fromisoformat(t["published"])
        except (TypeError, ValueError):
            E("published %r is not YYYY-MM-DD" % t["published"])
    if t.get("lang") not in ("zh-Hans", "zh-Hant"):
        E("lang %r" % t.get("lang"))
    if t.get("encoding") not in ("UTF-8", "GBK", "Big5"):
        E("encoding %r" % t.get("encoding"))
    if t.get("layout") not in ("L1", "L2", "L3", "L4", "L5"):
        E("layout %r" % t.get("layout"))
    if not isinstance(t.get("authors"), list):
        E("authors is not a list")
    # --- measures
    spans = []
    for ii, it in enumerate(t.get("items") or []):
        for k in IKEYS:
            if k not in it:
                E("item %d missing key %s" % (ii, k))
        reg, prov = str(it.get("region")), str(it.get("province"))
        if reg not in regions:
            E("item %d region %s not in regions.tsv" % (ii, reg))
        if prov != reg[:2] + "0000" or prov not in regions:
            E("item %d province %s does not match region %s" % (ii, prov, reg))
        for c in it.get("campaigns") or []:
            if not re.search("[“\"「]" + re.escape(c) + "(活动|活動|行动|行動)?[”\"」]", body):
                E("campaign %r not found in quotes in body" % c)
        if it.get("origin") and t.get("layout") == "L5":
            if not re.search("[据據]《?" + re.escape(it["origin"]), body):
                E("item origin %r has no 据 line in body" % it["origin"])
        if t.get("layout") == "L5" and it.get("title") and it["title"] not in body.split("\n\n"):
            E("item title %r is not a body paragraph" % it["title"])
        for mi, m in enumerate(it.get("measures") or []):
            where = "item %d measure %d (%s)" % (ii, mi, m.get("text"))
            for k in MKEYS:
                if k not in m:
                    E("%s missing key %s" % (where, k))
            text, off = m.get("text") or "", m.get("offset")
            if not isinstance(off, int) or body[off:off + len(text)] != text:
                E("%s: body[offset:...] != text (offset %r)" % (where, off))
            u = m.get("unit")
            if u not in UNITS and not (isinstance(u, str) and 1 <= len(u) <= 2 and all("\u4e00" <= ch <= "\u9fff" for ch in u)):
                E("%s: unit %r" % (where, u))
            if isinstance(u, str) and set(u) & TRAD_ONLY | ({"臺"} & set(u)):
                E("%s: raw unit %r not in simplified form" % (where, u))
            if m.get("qualifier") not in QUALS:
                E("%s: qualifier %r" % (where, m.get("qualifier")))
            if m.get("per") not in PERS:
                E("%s: per %r" % (where, m.get("per")))
            if m.get("kind") not in KINDS:
                E("%s: kind %r" % (where, m.get("kind")))
            v, mx = m.get("value"), m.get("max")
            if not isinstance(v, (int, float)) or v <= 0:
                E("%s: value %r" % (where, v))
                continue
            nums = numbers_in(text)
            if mx is not None:
                if len(nums) < 2 or abs(nums[0] - v) > 1e-6 or abs(nums[1] - mx) > 1e-6 or mx <= v:
                    E("%s: range %r..%r does not match numbers %r" % (where, v, mx, nums))
            elif not nums or abs(nums[0] - v) > 1e-6:
                E("%s: value %r does not match numbers %r in text" % (where, v, nums))
            if isinstance(off, int):
                spans.append((off, off + len(text), where))
    last = -1
    for a, b, where in spans:
        if a < last:
            E("%s: measures out of body order or overlapping" % where)
        last = b
    # --- language
    chars = set(body)
    if t.get("lang") == "zh-Hant" and chars & SIMP_ONLY:
        E("zh-Hant body has simplified-only characters %s" % "".join(sorted(chars & SIMP_ONLY)))
    if t.get("lang") == "zh-Hans" and chars & TRAD_ONLY:
        E("zh-Hans body has traditional-only characters %s" % "".join(sorted(chars & TRAD_ONLY)))
    # --- html bytes and charset
    path = os.path.join(root, "html", pid + ".html")
    if not os.path.exists(path):
        E("html file missing")
        return t
    raw = open(path, "rb").read()
    decl = declared_charset(raw)
    if decl != ((t.get("charset_declared") or "").lower() or None):
        E("page declares charset %r, truth says %r" % (decl, t.get("charset_declared")))
    fam = {"utf-8": "UTF-8", "gbk": "GBK", "gb2312": "GBK", "gb18030": "GBK", "big5": "Big5"}
    if decl and fam.get(decl) != t.get("encoding"):
        E("declared charset %r does not fit encoding %r" % (decl, t.get("encoding")))
    codec = {"UTF-8": "utf-8", "GBK": "gbk", "Big5": "big5"}.get(t.get("encoding"), "utf-8")
    if decl == "gb2312":
        codec = "gb2312"
    try:
        page = raw.decode(codec)
    except UnicodeDecodeError as e:
        E("bytes are not valid %s: %s" % (codec, e))
        page = raw.decode(codec, "replace")
    if t.get("encoding") != "UTF-8":
        try:
            raw.decode("utf-8")
            E("non-UTF-8 page decodes as UTF-8 (no non-ASCII bytes?)")
        except UnicodeDecodeError:
            pass
    if raw.startswith(b"\xef\xbb\xbf"):
        E("page starts with a BOM")
    hay = squash(visible_text(page))
    pos = 0
    for n, para in enumerate(body.split("\n\n")):
        p = squash(para)
        i = hay.find(p, pos)
        if not p or i < 0:
            E("body paragraph %d not found (in order) in the page text: %.30s" % (n + 1, para))
        else:
            pos = i + len(p)
    if squash(t.get("title") or "") not in hay:
        E("title not found in the page text")
    if t.get("source") and squash(t["source"]) not in hay:
        E("source %r not found in the page text" % t["source"])
    if t.get("origin") and squash(t["origin"]) not in hay:
        E("origin %r not found in the page text" % t["origin"])
    for a in t.get("authors") or []:
        if squash(a) not in hay:
            E("author %r not found in the page text" % a)
    if t.get("published"):
        y, mo, d = t["published"].split("-")
        pats = [t["published"], "%s年%s月%s日" % (y, mo, d), "%s/%s/%s" % (y, mo, d), "%s%s%s" % (y, mo, d),
                "%s/%s%s" % (y, mo, d), "%s-%s/%s" % (y, mo, d)]
        if not any(p in page or p in (t.get("url") or "") for p in pats):
            E("published %s not found on the page or in the URL" % t["published"])
    if uncovered is not None:
        covered = [False] * len(body)
        for a, b, _ in spans:
            for k in range(a, b):
                covered[k] = True
        for m in re.finditer(r"[0-9０-９][0-9０-９.．]*|[一二两三四五六七八九十百千万兩萬]{2,}", body):
            if not covered[m.start()]:
                uncovered.append("%s: %s【%s】%s" % (pid, body[max(0, m.start() - 8):m.start()], m.group(), body[m.end():m.end() + 6].replace("\n", " ")))
    return t


def stats(truths):
    def table(title, counter):
        print("| %s | count |\n|---|---|" % title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print("| %s | %d |" % (k, v))
        print()
    ms = [m for t in truths for it in t["items"] for m in it["measures"]]
    print("pages %d, items %d, measures %d (%d with per, %d ranges)\n" % (
        len(truths), sum(len(t["items"]) for t in truths), len(ms),
        sum(1 for m in ms if m["per"]), sum(1 for m in ms if m["max"] is not None)))
    table("layout", Counter(t["layout"] for t in truths))
    table("bytes / charset declared", Counter("%s / %s" % (t["encoding"], t["charset_declared"] or "(none)") for t in truths))
    table("lang", Counter(t["lang"] for t in truths))
    table("unit", Counter(m["unit"] for m in ms))
    table("kind", Counter(m["kind"] for m in ms))
    table("qualifier", Counter(m["qualifier"] for m in ms))
    table("per", Counter(m["per"] or "(none)" for m in ms))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    root = args[0] if args else HERE
    regions = load_regions()
    errs, truths = [], []
    unc = [] if "--uncovered" in sys.argv else None
    files = sorted(f for f in os.listdir(os.path.join(root, "truth")) if f.endswith(".json"))
    for fn in files:
        t = check_page(root, fn, regions, errs, unc)
        if t:
            truths.append(t)
    htmls = sorted(f[:-5] for f in os.listdir(os.path.join(root, "html")) if f.endswith(".html"))
    if htmls != [f[:-5] for f in files]:
        errs.append("html/ and truth/ do not hold the same ids")
    if unc:
        print("\n".join(unc))
    if "--stats" in sys.argv:
        stats(truths)
    for e in errs:
        print("FAIL", e)
    print("%d pages, %d errors" % (len(files), len(errs)))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
