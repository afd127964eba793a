#!/bin/sh
# SPDX-License-Identifier: ISC
# Nightly operation of `make site`: incremental runs reparse exactly what
# changed and give what a clean build gives; builds are byte-identical;
# a deleted snapshot's story leaves; two runs at once do not interleave.
# Prints TAP lines.
set -u
BIN=${BIN:-bin}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT INT TERM
n=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
nok() { n=$((n + 1)); echo "not ok $n - $1"; }
check() { if eval "$2"; then ok "$1"; else nok "$1"; fi; }

# make site on a snapshot folder into its own build and site folders.
site() {
	make --no-print-directory -s site BIN="$BIN" SNAPSHOTS="$1" \
	    BUILD="$2" SITE="$3" JOBS=2 >"$T/make.out" 2>&1
}
# A field of the parse totals in a run report.
parse_count() {
	python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["stages_counts"]["parse"][sys.argv[2]])' "$1" "$2"
}
# The outputs that must not depend on how the build got there.
same_outputs() {
	diff -r "$1/stats" "$2/stats" >/dev/null &&
	{ [ ! -d "$3" ] || diff -r -x status "$3" "$4" >/dev/null; }
}

mkdir -p "$T/snap"
cp samples/*.html "$T/snap/"
site "$T/snap" "$T/b1" "$T/s1"
check "full build succeeds" '[ -f "$T/b1/report.json" ]'
check "full build parses every snapshot" \
    '[ "$(parse_count "$T/b1/report.json" computed)" -eq "$(ls "$T/snap" | wc -l)" ]'

site "$T/snap" "$T/b1" "$T/s1"
check "an unchanged rerun parses nothing" \
    '[ "$(parse_count "$T/b1/report.json" computed)" -eq 0 ]'

touch "$T/snap/rd005.html"
site "$T/snap" "$T/b1" "$T/s1"
check "a touched but unchanged snapshot costs no parse" \
    '[ "$(parse_count "$T/b1/report.json" computed)" -eq 0 ]'

# Change one snapshot: exactly one reparse, and the same result as a
# clean build of the changed folder.
sed -i 's/走访慰问/入户走访慰问/' "$T/snap/rd007.html"
site "$T/snap" "$T/b1" "$T/s1"
check "after changing 1 of N snapshots exactly 1 is reparsed" \
    '[ "$(parse_count "$T/b1/report.json" computed)" -eq 1 ]'
check "the run report lists it as changed" \
    'grep -q "rd007.html" "$T/b1/report.json"'
site "$T/snap" "$T/b2" "$T/s2"
check "the incremental build equals a clean full build" \
    'same_outputs "$T/b1" "$T/b2" "$T/s1" "$T/s2"'

site "$T/snap" "$T/b3" "$T/s3"
check "two builds from the same inputs are byte-identical" \
    'same_outputs "$T/b2" "$T/b3" "$T/s2" "$T/s3"'

rm "$T/snap/rd013.html"
site "$T/snap" "$T/b1" "$T/s1"
check "a deleted snapshot is reported as removed" \
    'python3 -c "import json,sys; r=json.load(open(sys.argv[1])); sys.exit(0 if any(\"rd013\" in f for f in r[\"changes\"][\"removed\"][\"files\"]) else 1)" "$T/b1/report.json"'
check "a deleted snapshot's story leaves" \
    '! grep -q "rd013.html" "$T/b1/stats/stories.jsonl" && ! grep -rq --exclude-dir=status "rd013" "$T/s1" 2>/dev/null'

# Two runs started together: one waits for the other, neither corrupts.
cp samples/rd013.html "$T/snap/"
( make --no-print-directory -s site BIN="$BIN" SNAPSHOTS="$T/snap" \
    BUILD="$T/b4" SITE="$T/s4" JOBS=2 >"$T/r1.out" 2>&1; echo $? >"$T/r1.rc" ) &
( make --no-print-directory -s site BIN="$BIN" SNAPSHOTS="$T/snap" \
    BUILD="$T/b4" SITE="$T/s4" JOBS=2 >"$T/r2.out" 2>&1; echo $? >"$T/r2.rc" ) &
wait
check "two runs at once both finish cleanly" \
    '[ "$(cat "$T/r1.rc")" -eq 0 ] && [ "$(cat "$T/r2.rc")" -eq 0 ]'
site "$T/snap" "$T/b5" "$T/s5"
check "runs that waited for each other leave a correct build" \
    'same_outputs "$T/b4" "$T/b5" "$T/s4" "$T/s5"'
# Hold the lock here; a run allowed to wait 1 s must give up clearly.
exec 9>"$T/b4/.lock"
flock 9
make --no-print-directory -s site BIN="$BIN" SNAPSHOTS="$T/snap" \
    BUILD="$T/b4" SITE="$T/s4" JOBS=2 LOCK_WAIT=1 >"$T/r4.out" 2>&1
rc=$?
exec 9>&-
check "a run that cannot get the lock says so and exits non-zero" \
    '[ $rc -ne 0 ] && grep -q "holds .*\.lock" "$T/r4.out"'

echo "1..$n"
