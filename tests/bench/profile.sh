#!/bin/sh
# SPDX-License-Identifier: ISC
# Where rw-parse spends its time: callgrind over generated pages.
#
#   BIN=bin BENCH_BIN=.obj/plain/tests/bench BUILD=build \
#   sh tests/bench/profile.sh [PAGES]          (500 pages by default)
#
# Needs valgrind and the bench programs (make bench builds them).  Writes
# $BUILD/bench/profile/callgrind.out, the annotated listings self.txt
# (exclusive cost) and inclusive.txt, and prints the top functions.
# Instruction counts do not depend on the machine's load, unlike times.

set -u
BIN=${BIN:-bin}
BENCH_BIN=${BENCH_BIN:-.obj/plain/tests/bench}
BUILD=${BUILD:-build}
PAGES=${1:-500}
SEED=${BENCH_SEED:-1}
OUT=$BUILD/bench/profile
export LC_ALL=C

for t in valgrind callgrind_annotate; do
	command -v "$t" >/dev/null || {
		echo "profile: $t not found (apt-get install valgrind)" >&2
		exit 2
	}
done
[ -x "$BENCH_BIN/gen-corpus" ] && [ -x "$BIN/rw-parse" ] || {
	echo "profile: build first (make bench BENCH_N=2000)" >&2
	exit 2
}
rm -rf "$OUT" && mkdir -p "$OUT" || exit 1
"$BENCH_BIN/gen-corpus" -n "$PAGES" -o "$OUT/corpus" --seed "$SEED" ||
    exit 1
find "$OUT/corpus" -name '*.html' | sort >"$OUT/pages.txt"
valgrind --tool=callgrind --callgrind-out-file="$OUT/callgrind.out" \
    "$BIN/rw-parse" --files-from "$OUT/pages.txt" >"$OUT/articles.jsonl" \
    2>"$OUT/valgrind.log" || { tail "$OUT/valgrind.log" >&2; exit 1; }
callgrind_annotate --inclusive=no "$OUT/callgrind.out" >"$OUT/self.txt"
callgrind_annotate --inclusive=yes "$OUT/callgrind.out" >"$OUT/inclusive.txt"
total=$(awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1; exit }' \
    "$OUT/self.txt")
echo "rw-parse on $PAGES pages: $total instructions" \
    "($((total / PAGES)) per page)"
echo "top functions by their own cost (self):"
awk '/^-+$/ { n++; next } n >= 3 && NF >= 2 && $1 ~ /[0-9]/ {
	print; if (++k == 15) exit }' "$OUT/self.txt"
echo "top functions including callees (inclusive):"
awk '/^-+$/ { n++; next } n >= 3 && NF >= 2 && $1 ~ /[0-9]/ {
	print; if (++k == 15) exit }' "$OUT/inclusive.txt"
echo "profile: listings in $OUT" >&2
