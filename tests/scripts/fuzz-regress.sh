#!/bin/sh
# SPDX-License-Identifier: ISC
# Replays every input that once crashed a fuzz target through the same
# code path in the normal build (tests/fuzz/regress/<target>/*).
set -u
BIN=${BIN:-bin}
n=0
for f in tests/fuzz/regress/parse/*; do
	[ -e "$f" ] || continue
	n=$((n + 1))
	"$BIN/rw-parse" "$f" >/dev/null 2>&1
	rc=$?
	if [ $rc -le 1 ]; then echo "ok $n - parse $(basename "$f")"; else echo "not ok $n - parse $(basename "$f") exit $rc"; fi
done
echo "1..$n"
