#!/bin/sh
# SPDX-License-Identifier: ISC
# Replays every input that once made a fuzz target fail
# (tests/fuzz/regress/<target>/*) through the same entry point, built as
# a plain program (REPLAY=dir of replay-<target> programs; under SAN=1
# with the sanitizers).
set -u
REPLAY=${REPLAY:-.obj/plain/tests/fuzz}
n=0
for dir in tests/fuzz/regress/*/; do
	[ -d "$dir" ] || continue
	t=$(basename "$dir")
	for f in "$dir"*; do
		[ -e "$f" ] || continue
		n=$((n + 1))
		"$REPLAY/replay-$t" "$f" >/dev/null 2>&1
		rc=$?
		if [ $rc -eq 0 ]; then echo "ok $n - $t $(basename "$f")"
		else echo "not ok $n - $t $(basename "$f") (exit $rc)"; fi
	done
done
echo "1..$n"
