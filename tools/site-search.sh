#!/bin/sh
# SPDX-License-Identifier: ISC
# Builds the Pagefind search index of a site made by rw-render.
#
#   tools/site-search.sh SITE
#
# SEARCH_SHARD_PAGES (default 25000) is the most story pages per shard.
# Pagefind holds the whole index in memory while it builds (about 15 GB
# for 100k synthetic stories), so story pages are split by the first hex
# digit of their id into 1, 2, 4, 8 or 16 shards of at most ~25k pages,
# each indexed by its own run into SITE/pagefind-sN/; region, campaign and
# outlet pages go to SITE/pagefind/.  SITE/pagefind/shards.json lists the
# shards; static/search.js merges them at query time.
set -eu
SITE=$1
PAGEFIND=${PAGEFIND:-node_modules/.bin/pagefind}
PER=${SEARCH_SHARD_PAGES:-25000}
HEX="0 1 2 3 4 5 6 7 8 9 a b c d e f"

stories=$(find "$SITE/story" -maxdepth 1 -name '????????????????.html' \
    2>/dev/null | wc -l)
shards=1
while [ $((stories / shards)) -gt "$PER" ] && [ $shards -lt 16 ]; do
	shards=$((shards * 2))
done
rm -rf "$SITE"/pagefind "$SITE"/pagefind-s*
if [ $shards -eq 1 ]; then
	"$PAGEFIND" --site "$SITE" --quiet
	echo '{"bundles":[]}' >"$SITE/pagefind/shards.json"
	exit 0
fi
"$PAGEFIND" --site "$SITE" --quiet --glob '{region,campaign,outlet}/*.html'
per=$((16 / shards))
list=
k=0
set -- $HEX
while [ $# -gt 0 ]; do
	chars=
	i=0
	while [ $i -lt $per ]; do
		chars=$chars$1
		shift
		i=$((i + 1))
	done
	k=$((k + 1))
	"$PAGEFIND" --site "$SITE" --quiet --glob "story/[$chars]*.html" \
	    --output-subdir "pagefind-s$k"
	list="$list${list:+,}\"pagefind-s$k/\""
done
echo "{\"bundles\":[$list]}" >"$SITE/pagefind/shards.json"
