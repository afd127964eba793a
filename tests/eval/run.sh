#!/bin/sh
# SPDX-License-Identifier: ISC
# make eval: runs rw-parse (and rw-facts when built) over the corpora in
# ../shared/corpora and scores them with ../shared/tools.  Skips cleanly,
# exit 0, when ../shared is absent.  Results: $OUT/summary.txt, per-page
# TSVs beside it.
set -u
BIN=${BIN:-bin}
SHARED=${SHARED:-../shared}
OUT=${OUT:-build/eval}
CORPORA=${CORPORA:-relief-dev heldout-relief heldout-relief2 heldout-relief3 zyte-article-benchmark zh-web-content-extraction gne-tests mozilla-readability}

if [ ! -d "$SHARED/corpora" ] || [ ! -d "$SHARED/tools" ]; then
	echo "make eval: $SHARED not found; skipping the evaluation"
	exit 0
fi
mkdir -p "$OUT"
: >"$OUT/summary.txt"
for c in $CORPORA; do
	dir=$SHARED/corpora/$c
	# Our own held-out relief pages, never used for tuning.
	[ "$c" = heldout-relief ] && dir=tests/heldout/relief
	[ "$c" = heldout-relief2 ] && dir=tests/heldout/relief2
	[ "$c" = heldout-relief3 ] && dir=tests/heldout/relief3
	[ -d "$dir/html" ] || { echo "make eval: no corpus $c; skipped"; continue; }
	rm -rf "$OUT/$c"
	mkdir -p "$OUT/$c"
	find "$dir/html" -name '*.html' | LC_ALL=C sort >"$OUT/$c/inputs.txt"
	"$BIN/rw-parse" --files-from "$OUT/$c/inputs.txt" >"$OUT/$c/articles.jsonl" 2>"$OUT/$c/parse.err"
	python3 tests/eval/to-pred.py "$OUT/$c/articles.jsonl" "$OUT/$c/pred"
	tok=cjk
	[ "$c" = zyte-article-benchmark ] && tok=words
	[ "$c" = mozilla-readability ] && tok=words
	"$SHARED/tools/score-extraction" "$dir" "$OUT/$c/pred" --tokenizer $tok \
		--bootstrap 0 --per-doc "$OUT/$c/per-doc.tsv" >"$OUT/$c/score.txt"
	printf '%-28s %s\n' "$c ($tok)" "$(tail -n 1 "$OUT/$c/score.txt")" | tee -a "$OUT/summary.txt"
	case $c in relief-dev|heldout-relief*) relief=1;; *) relief=0;; esac
	if [ $relief -eq 1 ]; then
		facts=
		if [ -x "$BIN/rw-facts" ]; then
			"$BIN/rw-facts" "$OUT/$c/articles.jsonl" >"$OUT/$c/facts.jsonl" 2>"$OUT/$c/facts.err"
			facts=$OUT/$c/facts.jsonl
		fi
		"$SHARED/tools/score-facts" "$dir" "$OUT/$c/articles.jsonl" $facts \
			--per-doc "$OUT/$c/facts-per-doc.tsv" >"$OUT/$c/facts-score.txt"
		printf '%-28s %s\n' "$c (score-facts)" "$(tail -n 1 "$OUT/$c/facts-score.txt")" | tee -a "$OUT/summary.txt"
	fi
done
echo "make eval: results in $OUT/summary.txt"
