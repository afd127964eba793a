#!/bin/sh
# SPDX-License-Identifier: ISC
# Per-page stages split into shards and merged by rw-stats give the same
# result, byte for byte, as one run over everything.  Prints TAP lines.
set -u
BIN=${BIN:-bin}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT INT TERM
n=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
nok() { n=$((n + 1)); echo "not ok $n - $1"; }
check() { if eval "$2"; then ok "$1"; else nok "$1"; fi; }

ls samples/*.html >"$T/list"
"$BIN/rw-parse" --files-from "$T/list" >"$T/a.jsonl" 2>/dev/null
"$BIN/rw-facts" "$T/a.jsonl" >"$T/f.jsonl"
"$BIN/rw-stats" -o "$T/one" -a "$T/a.jsonl" -f "$T/f.jsonl" 2>/dev/null

for k in 1 2 3; do
	"$BIN/rw-parse" --shard $k/3 --files-from "$T/list" >"$T/a$k.jsonl" 2>/dev/null
	"$BIN/rw-facts" "$T/a$k.jsonl" >"$T/f$k.jsonl"
done
check "the shards cover every input exactly once" \
    '[ "$(cat "$T"/a[123].jsonl | wc -l)" -eq "$(wc -l <"$T/a.jsonl")" ] &&
     [ "$(cat "$T"/a[123].jsonl | sort | uniq | wc -l)" -eq "$(wc -l <"$T/a.jsonl")" ]'
check "the shards' records are the single run's records" \
    '[ "$(cat "$T"/a[123].jsonl | sort | md5sum)" = "$(sort "$T/a.jsonl" | md5sum)" ] &&
     [ "$(cat "$T"/f[123].jsonl | sort | md5sum)" = "$(sort "$T/f.jsonl" | md5sum)" ]'
"$BIN/rw-stats" -o "$T/three" -a "$T/a1.jsonl" "$T/a2.jsonl" "$T/a3.jsonl" \
    -f "$T/f3.jsonl" "$T/f1.jsonl" "$T/f2.jsonl" 2>/dev/null
check "3 shards merged by rw-stats equal the single run, byte for byte" \
    'diff -r "$T/one" "$T/three" >/dev/null'
"$BIN/rw-facts" --shard 2/2 "$T/a.jsonl" >"$T/fs2.jsonl"
"$BIN/rw-facts" --shard 1/2 "$T/a.jsonl" >"$T/fs1.jsonl"
check "rw-facts --shard splits by id, covering all" \
    '[ "$(cat "$T/fs1.jsonl" "$T/fs2.jsonl" | sort | md5sum)" = "$(sort "$T/f.jsonl" | md5sum)" ]'
echo "1..$n"
