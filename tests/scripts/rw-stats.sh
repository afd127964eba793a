#!/bin/sh
# SPDX-License-Identifier: ISC
# rw-stats: shards, record order, -o DIR and stdin give the same output.
set -u
BIN=${BIN:-bin}
D=tests/golden/rw-stats/data
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT INT TERM
n=0
check() {
	n=$((n + 1))
	if cmp -s "$1" "$2"; then echo "ok $n - $3"; else echo "not ok $n - $3"; fi
}

"$BIN/rw-stats" -a $D/articles.jsonl -f $D/facts.jsonl >"$TMP/one" 2>"$TMP/err"
echo "1..6"

# Shards in another order, named through --files-from lists.
mkdir "$TMP/s"
split -l 5 $D/articles.jsonl "$TMP/s/a."
split -l 7 $D/facts.jsonl "$TMP/s/f."
ls "$TMP"/s/a.* | sort -r >"$TMP/alist"
ls "$TMP"/s/f.* | sort -r >"$TMP/flist"
"$BIN/rw-stats" --facts --files-from "$TMP/flist" \
    --articles --files-from "$TMP/alist" >"$TMP/shards"
check "$TMP/one" "$TMP/shards" "shards equal the concatenated file"

# Records in another order (reversed, and sorted by content).
tac $D/articles.jsonl >"$TMP/a.rev"
sort $D/facts.jsonl >"$TMP/f.sorted"
"$BIN/rw-stats" -f "$TMP/f.sorted" -a "$TMP/a.rev" >"$TMP/shuffled"
check "$TMP/one" "$TMP/shuffled" "record order does not matter"

# Articles from standard input.
"$BIN/rw-stats" -a - -f $D/facts.jsonl <$D/articles.jsonl >"$TMP/stdin"
check "$TMP/one" "$TMP/stdin" "standard input"

# -o DIR: the four files are the stdout stream, split by kind.
"$BIN/rw-stats" -o "$TMP/out" -a $D/articles.jsonl -f $D/facts.jsonl
cat "$TMP/out/stats.json" "$TMP/out/stories.jsonl" "$TMP/out/regions.jsonl" \
    "$TMP/out/index.jsonl" >"$TMP/cat"
check "$TMP/one" "$TMP/cat" "-o DIR writes the same records"

# Unchanged output files are left alone (make sees no change).
ls -i "$TMP/out" >"$TMP/inodes1"
"$BIN/rw-stats" -o "$TMP/out" -a $D/articles.jsonl -f $D/facts.jsonl
ls -i "$TMP/out" >"$TMP/inodes2"
check "$TMP/inodes1" "$TMP/inodes2" "a second run leaves the files alone"

# Every line of every kind carries its schema.
grep -c '"schema":"rw-' "$TMP/one" >"$TMP/nschema"
wc -l <"$TMP/one" | tr -d ' ' >"$TMP/nlines"
check "$TMP/nschema" "$TMP/nlines" "every record names its schema"
