#!/bin/sh
# SPDX-License-Identifier: ISC
# make fuzz: runs every libFuzzer target for FUZZ_SECONDS, seeded from the
# fixtures.  Crashes land in build/fuzz/<target>/ and make this exit 1;
# each one found becomes a regression test (tests/fuzz/regress/<target>/).
set -u
SECONDS_EACH=${FUZZ_SECONDS:-60}
FUZZBIN=${FUZZBIN:-.obj/fuzz/bin}
rc=0
for bin in "$FUZZBIN"/fuzz-*; do
	[ -x "$bin" ] || continue
	t=$(basename "$bin")
	name=${t#fuzz-}
	work=build/fuzz/$t
	mkdir -p "$work/corpus"
	# Seeds: the target's own seed folder, its regressions, and for
	# parsing the sample snapshots.
	seeds=
	for d in tests/fuzz/seeds/$name tests/fuzz/regress/$name; do
		[ -d "$d" ] && seeds="$seeds $d"
	done
	[ "$name" = parse ] && seeds="$seeds samples"
	echo "fuzz: $t for ${SECONDS_EACH}s"
	"$bin" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 \
		-max_len=262144 -artifact_prefix="$work/" -print_final_stats=1 \
		"$work/corpus" $seeds >"$work/log" 2>&1
	r=$?
	tail -n 3 "$work/log" | sed "s/^/  /"
	if [ $r -ne 0 ]; then
		echo "fuzz: $t FAILED; artifacts in $work/"
		rc=1
	fi
done
exit $rc
