#!/bin/sh
# SPDX-License-Identifier: ISC
# rw-render: golden pages of a small, partly hostile fixture
# (tests/render/fixture, made by tests/bench/gen-site-stats.py), reruns
# that write nothing, stale-file removal, bad input, and the whole chain
# from the rw-stats golden records.  Prints TAP.
#   REGEN=1 sh tests/scripts/rw-render.sh   rewrites tests/render/expected
set -u
BIN=${BIN:-bin}
FIX=tests/render/fixture
EXP=tests/render/expected
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT INT TERM
export TZ=UTC LC_ALL=C SOURCE_DATE_EPOCH=1735689600
n=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
nok() { n=$((n + 1)); echo "not ok $n - $1"; }
t() { if eval "$1"; then ok "$2"; else nok "$2"; fi; }

# The pages compared exactly: one of each kind.
STORY=$(sed -n 's/.*"id":"\([0-9a-f]\{16\}\)".*/\1/p' $FIX/index.jsonl |
    head -1)
FILES="index.html story/$STORY.html region/index.html story/index.html
facts/index.html about.html feed.xml sitemap.xml robots.txt
data/facts.csv data/stories.csv en/index.html en/story/$STORY.html
charts/provinces-map.svg charts/timeline.svg"

t '"$BIN/rw-render" -o "$TMP/site" --base-url https://example.org/rw \
    $FIX 2>"$TMP/err"' "renders the fixture"
t '[ ! -s "$TMP/err" ]' "no warnings on the fixture"
REGION=$(ls "$TMP/site/region" | grep '^[0-9]\{6\}\.html$' | head -1)
FILES="$FILES region/$REGION"
if [ "${REGEN:-0}" = 1 ]; then
	for f in $FILES; do
		mkdir -p "$EXP/$(dirname "$f")"
		cp "$TMP/site/$f" "$EXP/$f"
	done
fi
for f in $FILES; do
	if cmp -s "$EXP/$f" "$TMP/site/$f"; then
		ok "golden $f"
	else
		nok "golden $f"
		diff -u "$EXP/$f" "$TMP/site/$f" | head -20 | sed 's/^/# /'
	fi
done

t '"$BIN/rw-render" -v -o "$TMP/site" --base-url https://example.org/rw \
    $FIX 2>&1 | grep -q " 0 written, 0 removed"' "a rerun writes nothing"
t '! grep -rq --include="*.html" -e "<script>alert" -e "<img src=x" \
    -e "href=\"javascript:" "$TMP/site"' "hostile strings are escaped"
t '[ "$(ls "$TMP/site/outlet" | grep -cv "^[0-9a-f]\{16\}\.html$\|^index.html$")" \
    = 0 ]' "outlet pages are named by hash slugs only"

# Chinese only: the English mirror is removed as stale.
t '"$BIN/rw-render" -v --lang zh -o "$TMP/site" $FIX 2>"$TMP/err2" &&
    [ ! -e "$TMP/site/en" ] && grep -q "removed" "$TMP/err2" &&
    ! grep -q " 0 removed" "$TMP/err2"' "--lang zh removes the English pages"

# Bad lines are reported, skipped, and the site is still built.
mkdir "$TMP/bad"
cp $FIX/* "$TMP/bad/"
printf '{not json\n{"id":"../../etc/passwd","figures":[]}\n' \
    >>"$TMP/bad/stories.jsonl"
"$BIN/rw-render" -o "$TMP/site3" "$TMP/bad" 2>"$TMP/err3"
rc=$?
t '[ $rc -eq 1 ] && grep -q "stories.jsonl:13: not a JSON object" \
    "$TMP/err3" && [ -e "$TMP/site3/index.html" ]' \
    "bad story lines: warned, skipped, exit 1, site built"
t '"$BIN/rw-render" -t "$TMP/none" -o "$TMP/site4" $FIX 2>/dev/null;
    [ $? -eq 1 ]' "missing templates: exit 1"

# The whole chain on the rw-stats golden records.
D=tests/golden/rw-stats/data
t '"$BIN/rw-stats" -o "$TMP/stats" -a $D/articles.jsonl -f $D/facts.jsonl &&
    "$BIN/rw-render" -o "$TMP/site5" "$TMP/stats" &&
    [ "$(ls "$TMP/site5/story" | wc -l)" -gt 10 ]' \
    "rw-stats output of the golden records renders"
echo "1..$n"
