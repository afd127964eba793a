#!/bin/sh
# SPDX-License-Identifier: ISC
# The one test runner: unit tests (cmocka, TAP output), golden tests per
# program, and scripted tests.  Ends with exactly one line
# "N passed, N failed"; exits 1 if anything failed.
#
#   BIN=bin UNIT="..." sh tests/run.sh [--regen] [FILTER]
#
# Golden cases: tests/golden/PROG/NAME.args holds the arguments (shell
# words, evaluated from the repository root); NAME.in is stdin (else
# /dev/null); NAME.out, NAME.err and NAME.rc are the expected stdout,
# stderr and exit status (missing .err/.rc mean empty and 0).
# Scripted tests: tests/scripts/*.sh, each printing TAP "ok"/"not ok"
# lines, or judged by exit status when it prints none.
# VALGRIND, if set, prefixes every golden invocation.

set -u
BIN=${BIN:-bin}
UNIT=${UNIT:-}
REGEN=0
if [ "${1:-}" = "--regen" ]; then
	REGEN=1
	shift
fi
FILTER=${1:-}
export TZ=UTC LC_ALL=C BIN
# Sanitizer reports must fail the test that triggered them.
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:exitcode=99:print_stacktrace=1}
export ASAN_OPTIONS=${ASAN_OPTIONS:-exitcode=98:detect_leaks=1}
PASS=0
FAIL=0
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT INT TERM

pass() { PASS=$((PASS + 1)); }
fail() { FAIL=$((FAIL + 1)); echo "FAIL: $*"; }

matches() { [ -z "$FILTER" ] || case "$1" in *"$FILTER"*) return 0;; *) return 1;; esac; }

# Counts TAP lines of a test program's output.  A crash, a run that stops
# short of its plan ("1..N"), or no TAP output with a non-zero status is
# one more failure.
count_tap() {
	name=$1 out=$2 rc=$3
	ok=$(grep -c '^ok ' "$out")
	nok=$(grep -c '^not ok ' "$out")
	plan=$(sed -n 's/^1\.\.\([0-9][0-9]*\).*/\1/p' "$out" | head -n 1)
	if [ -n "$plan" ] && [ $((ok + nok)) -lt "$plan" ]; then
		fail "$name: stopped after $((ok + nok)) of $plan tests (exit $rc)"
		grep -i 'runtime error\|sanitizer\|ERROR' "$out" | head -5
	fi
	PASS=$((PASS + ok))
	if [ "$nok" -gt 0 ]; then
		FAIL=$((FAIL + nok))
		grep '^not ok ' "$out" | sed "s|^|FAIL: $name: |"
		grep -v '^ok \|^not ok \|^1\.\.\|^# ' "$out" | head -20
	fi
	if [ "$ok" -eq 0 ] && [ "$nok" -eq 0 ]; then
		if [ "$rc" -eq 0 ]; then
			pass
		else
			fail "$name: exit $rc"
			tail -20 "$out"
		fi
	elif [ "$nok" -eq 0 ] && [ "$rc" -gt 1 ]; then
		fail "$name: crashed (exit $rc) after $ok passing tests"
		tail -20 "$out"
	fi
}

if [ "$REGEN" -eq 0 ]; then
	for t in $UNIT; do
		matches "$t" || continue
		CMOCKA_MESSAGE_OUTPUT=TAP "$t" >"$TMP/unit.out" 2>&1
		count_tap "$(basename "$t")" "$TMP/unit.out" $?
	done
fi

for args in tests/golden/*/*.args; do
	[ -e "$args" ] || continue
	prog=$(basename "$(dirname "$args")")
	base=${args%.args}
	name=$prog/$(basename "$base")
	matches "$name" || continue
	stdin=/dev/null
	[ -e "$base.in" ] && stdin=$base.in
	eval "set -- $(cat "$args")"
	${VALGRIND:-} "$BIN/$prog" "$@" <"$stdin" >"$TMP/out" 2>"$TMP/err"
	rc=$?
	# getopt names the program by its path: the same for every $BIN
	sed "s|^$BIN/$prog:|bin/$prog:|" "$TMP/err" >"$TMP/err.n" &&
	    mv "$TMP/err.n" "$TMP/err"
	if [ "$REGEN" -eq 1 ]; then
		cp "$TMP/out" "$base.out"
		if [ -s "$TMP/err" ]; then cp "$TMP/err" "$base.err"; else rm -f "$base.err"; fi
		if [ "$rc" -ne 0 ]; then echo "$rc" >"$base.rc"; else rm -f "$base.rc"; fi
		continue
	fi
	want_rc=0
	[ -e "$base.rc" ] && want_rc=$(cat "$base.rc")
	[ -e "$base.err" ] || : >"$TMP/empty"
	err_file=$base.err
	[ -e "$err_file" ] || err_file=$TMP/empty
	bad=
	cmp -s "$TMP/out" "$base.out" || bad="$bad stdout"
	cmp -s "$TMP/err" "$err_file" || bad="$bad stderr"
	[ "$rc" = "$want_rc" ] || bad="$bad status($rc, want $want_rc)"
	if [ -z "$bad" ]; then
		pass
	else
		fail "$name:$bad"
		case "$bad" in *stdout*) diff -u "$base.out" "$TMP/out" | head -20;; esac
		case "$bad" in *stderr*) diff -u "$err_file" "$TMP/err" | head -10;; esac
	fi
done

if [ "$REGEN" -eq 0 ]; then
	for t in tests/scripts/*.sh; do
		[ -e "$t" ] || continue
		matches "$t" || continue
		sh "$t" >"$TMP/script.out" 2>&1
		count_tap "$(basename "$t")" "$TMP/script.out" $?
	done
fi

if [ "$REGEN" -eq 1 ]; then
	echo "golden files rewritten; review with git diff"
	exit 0
fi
echo "$PASS passed, $FAIL failed"
[ "$FAIL" -eq 0 ]
