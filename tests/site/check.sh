#!/bin/sh
# SPDX-License-Identifier: ISC
# The site quality gates (make site-check): builds a site from synthetic,
# partly hostile rw-stats output, indexes it with Pagefind, then checks
#   - HTML (and standalone SVG) with vnu --errors-only: 0 errors
#   - internal links with linkchecker: 0 broken
#   - every figure leads to its highlighted sentence (figlinks.py)
#   - the same inputs give a byte-identical site; a rerun writes nothing
#   - browser checks (browser.js): console errors, requests leaving the
#     site, axe serious/critical, Chinese search, explorer -> sentence
# Needs: chromium, fonts-wqy-microhei, linkchecker, java, node with
# `npm ci` done (make site-deps installs all).  Prints TAP and ends with
# "N passed, N failed".
#
#   BIN=bin sh tests/site/check.sh [STORIES]
set -u
BIN=${BIN:-bin}
N=${1:-150}
OUT=build/site-check
SHOTS=build/screenshots
PASS=0
FAIL=0
export TZ=UTC LC_ALL=C SOURCE_DATE_EPOCH=1735689600

ok() { PASS=$((PASS + 1)); echo "ok - $1"; }
nok() { FAIL=$((FAIL + 1)); echo "not ok - $1"; }
# Counts the TAP lines of a sub-check's output file.
tap() {
	p=$(grep -c '^ok ' "$1")
	f=$(grep -c '^not ok ' "$1")
	PASS=$((PASS + p))
	FAIL=$((FAIL + f))
	cat "$1"
	if [ "$p" -eq 0 ] && [ "$f" -eq 0 ]; then
		FAIL=$((FAIL + 1))
		echo "not ok - $2 ran no check"
	fi
}

rm -rf "$OUT"
mkdir -p "$OUT" "$SHOTS"
python3 tests/bench/gen-site-stats.py --hostile "$N" "$OUT/stats" || exit 1

# Render, then index for search.
if "$BIN/rw-render" -o "$OUT/site" --base-url https://example.org/relief \
    "$OUT/stats" 2>"$OUT/render.err"; then
	ok "rw-render builds the site"
else
	nok "rw-render builds the site"
	cat "$OUT/render.err"
fi
# Small shards, so that the merged (sharded) index is what gets tested.
if SEARCH_SHARD_PAGES=40 sh tools/site-search.sh "$OUT/site" \
    >"$OUT/pagefind.log" 2>&1 && [ -d "$OUT/site/pagefind-s4" ]; then
	ok "pagefind indexes the site in 4 shards"
else
	nok "pagefind indexes the site in 4 shards"
	tail -20 "$OUT/pagefind.log"
fi

# Determinism: a fresh build is byte-identical; a rebuild writes nothing.
"$BIN/rw-render" -o "$OUT/site2" --base-url https://example.org/relief \
    "$OUT/stats" 2>/dev/null
if diff -r -x 'pagefind*' "$OUT/site" "$OUT/site2" >"$OUT/diff.txt"; then
	ok "two builds from the same inputs are byte-identical"
else
	nok "two builds from the same inputs are byte-identical"
	head -20 "$OUT/diff.txt"
fi
"$BIN/rw-render" -v -o "$OUT/site2" --base-url https://example.org/relief \
    "$OUT/stats" 2>"$OUT/rerun.err"
if grep -q ' 0 written, 0 removed' "$OUT/rerun.err"; then
	ok "a rebuild with unchanged inputs writes no file"
else
	nok "a rebuild with unchanged inputs writes no file"
	cat "$OUT/rerun.err"
fi
# Hostile strings never reach HTML unescaped; unsafe URLs never link.
if grep -rl --include='*.html' -e '<script>alert' -e '<img src=x' \
    -e 'href="javascript:' "$OUT/site" >"$OUT/xss.txt"; then
	nok "no hostile markup or javascript: link in any page"
	head "$OUT/xss.txt"
else
	ok "no hostile markup or javascript: link in any page"
fi
if python3 - "$OUT/site/data" <<'PY'
import csv, sys
bad = 0
for name in ("facts.csv", "stories.csv"):
    with open(sys.argv[1] + "/" + name, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    numeric = {i for i, h in enumerate(rows[0])
               if h in ("figure", "value", "max", "pages", "figures")}
    for r in rows[1:]:
        for i, c in enumerate(r):
            if i not in numeric and c.lstrip(" ")[:1] in ("=", "+", "-", "@",
                                                         "\t", "\r"):
                bad += 1
sys.exit(1 if bad else 0)
PY
then
	ok "CSV text cells never start with a formula character"
else
	nok "CSV text cells never start with a formula character"
fi

# HTML and SVG validity.
VNU="java -jar node_modules/vnu-jar/build/dist/vnu.jar"
if $VNU --errors-only --skip-non-html "$OUT/site" >"$OUT/vnu.txt" 2>&1; then
	ok "vnu: no HTML error"
else
	nok "vnu: no HTML error"
	head -30 "$OUT/vnu.txt"
fi
if $VNU --errors-only --also-check-svg --skip-non-html "$OUT/site/charts" \
    "$OUT/site/en/charts" >"$OUT/vnu-svg.txt" 2>&1; then
	ok "vnu: no SVG error in the standalone charts"
else
	nok "vnu: no SVG error in the standalone charts"
	head -30 "$OUT/vnu-svg.txt"
fi

# Internal links (linkchecker drops root privileges: keep it readable).
chmod -R a+rX "$OUT"
ABS=$(cd "$OUT/site" && pwd)
if linkchecker --no-status --no-warnings -o text "file://$ABS/index.html" \
    >"$OUT/links.txt" 2>&1; then
	ok "linkchecker: no broken internal link"
else
	nok "linkchecker: no broken internal link"
	grep -B3 -A3 'Error' "$OUT/links.txt" | head -40
fi

python3 tests/site/figlinks.py "$OUT/stats" "$OUT/site" >"$OUT/fig.tap" 2>&1
tap "$OUT/fig.tap" figlinks
node tests/site/browser.js "$OUT/site" "$SHOTS" >"$OUT/browser.tap" 2>&1
tap "$OUT/browser.tap" browser

echo "$PASS passed, $FAIL failed"
[ "$FAIL" -eq 0 ]
