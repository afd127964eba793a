#!/bin/sh
# SPDX-License-Identifier: ISC
# make memcheck: every stage of the pipeline over the samples under
# valgrind memcheck.  Passes when no stage reports an error or a byte
# definitely (or indirectly) lost.
set -u
BIN=${BIN:-bin}
T=${T:-build/memcheck}
rm -rf "$T"
mkdir -p "$T"
VG="valgrind --tool=memcheck --leak-check=full --errors-for-leak-kinds=definite,indirect --error-exitcode=99 --quiet"
fail=0
# run NAME OUT CMD...: CMD under memcheck, its stdout into OUT.
run() {
	name=$1 out=$2
	shift 2
	$VG --log-file="$T/$name.log" "$@" >"$out"
	rc=$?
	if [ $rc -eq 99 ] || [ -s "$T/$name.log" ]; then
		echo "memcheck: $name FAILED (see $T/$name.log)"
		head -30 "$T/$name.log"
		fail=1
	elif [ $rc -gt 1 ]; then
		echo "memcheck: $name exited $rc"
		fail=1
	else
		echo "memcheck: $name clean"
	fi
}
ls samples/*.html >"$T/list"
run rw-parse "$T/a.jsonl" "$BIN/rw-parse" --files-from "$T/list" \
	--index "$T/a.jsonl.idx" --report "$T/rp.json"
run rw-parse-reuse /dev/null "$BIN/rw-parse" --files-from "$T/list" \
	--reuse "$T/a.jsonl" -o "$T/one"
run rw-facts "$T/f.jsonl" "$BIN/rw-facts" --report "$T/rf.json" "$T/a.jsonl"
run rw-stats /dev/null "$BIN/rw-stats" -o "$T/stats" -a "$T/a.jsonl" \
	-f "$T/f.jsonl"
if [ -x "$BIN/rw-render" ]; then
	run rw-render /dev/null "$BIN/rw-render" -o "$T/site" "$T/stats"
fi
run rw-report /dev/null "$BIN/rw-report" -o "$T/report.json" \
	--stage "$T/rp.json" --stage "$T/rf.json" --index "$T/a.jsonl.idx" \
	--stats "$T/stats/stats.json"
exit $fail
