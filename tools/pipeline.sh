#!/bin/sh
# SPDX-License-Identifier: ISC
# The nightly pipeline, run by `make site`:
#   snapshots --rw-parse--> articles --rw-facts--> facts   (JOBS shards at once)
#             --rw-stats--> stats --rw-render--> site      (whole corpus)
# One run at a time (flock on $BUILD/.lock); per-page stages reuse the
# records of unchanged inputs from the previous run; each stage's time and
# counts go into $BUILD/report.json.  Quiet unless stderr is a terminal,
# apart from the summary and errors.
#
# Environment (set by the Makefile): SNAPSHOTS BUILD SITE BIN JOBS MAKE
# LOCK_WAIT (seconds to wait for another run; default 3600).
set -u
: "${SNAPSHOTS:?}" "${BUILD:?}" "${SITE:?}" "${BIN:?}" "${JOBS:?}"
MAKE=${MAKE:-make}
LOCK_WAIT=${LOCK_WAIT:-3600}

say() { echo "reliefwatch: $*" >&2; }
die() { say "$*"; exit 1; }

mkdir -p "$BUILD" || die "cannot create $BUILD"

# One run at a time.  A second run waits (saying so) or gives up.
if [ -z "${RW_LOCKED:-}" ]; then
	exec 9>"$BUILD/.lock" || die "cannot open $BUILD/.lock"
	if ! flock -n 9; then
		say "another run holds $BUILD/.lock; waiting up to ${LOCK_WAIT}s"
		flock -w "$LOCK_WAIT" 9 ||
			die "gave up after ${LOCK_WAIT}s: another run still holds $BUILD/.lock"
	fi
	export RW_LOCKED=1
fi

[ -d "$SNAPSHOTS" ] || die "snapshot folder $SNAPSHOTS does not exist"
now() { date +%s.%N; }
T="$BUILD/timings.tsv"
: >"$T"
START=$(now)
printf 'start\t%s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" >>"$T"
stage() { printf '%s\t%s\t%s\n' "$1" "$2" "$(now)" >>"$T"; }

# Last run's outputs move to prev/ (hard links), where the shards reuse
# them.  After a run that died before writing any, prev/ stays as it is.
if ls "$BUILD"/articles.*.jsonl >/dev/null 2>&1; then
	rm -rf "$BUILD/prev"
	mkdir -p "$BUILD/prev"
	for f in "$BUILD"/articles.*.jsonl "$BUILD"/articles.*.jsonl.idx \
	    "$BUILD"/facts.*.jsonl "$BUILD"/facts.*.jsonl.idx; do
		[ -e "$f" ] && ln -f "$f" "$BUILD/prev/"
	done
fi
mkdir -p "$BUILD/prev"
rm -f "$BUILD"/articles.*.jsonl* "$BUILD"/facts.*.jsonl* "$BUILD"/report-*.json

# Inputs: every *.html under the folder; symbolic links are taken only
# when they resolve inside it (rw-parse --root checks again).
find -H "$SNAPSHOTS" \( -type f -o -type l \) -name '*.html' -print0 |
	LC_ALL=C sort -z >"$BUILD/inputs.list" || die "cannot list $SNAPSHOTS"

stage parse+facts begin
"$MAKE" --no-print-directory -j"$JOBS" -f Makefile shards \
	SNAPSHOTS="$SNAPSHOTS" BUILD="$BUILD" SITE="$SITE" JOBS="$JOBS" ||
	die "a per-page stage crashed; nothing was published, the previous site is untouched"
stage parse+facts end

# Stories, figures and aggregates over the whole corpus.
arts= facts=
for k in $(seq 1 "$JOBS"); do
	arts="$arts $BUILD/articles.$k.jsonl"
	facts="$facts $BUILD/facts.$k.jsonl"
done
stage stats begin
# shellcheck disable=SC2086 # the shard lists are meant to split
"$BIN/rw-stats" -o "$BUILD/stats" -a $arts -f $facts
rc=$?
[ $rc -le 1 ] || die "rw-stats failed (exit $rc); nothing was published"
stage stats end

# The run report (build/report.json): stage times and counts, what is
# new, changed or removed since the last run, every failure.  Written
# before rendering for the site's status page, and again at the end with
# the render and search times.
report() {
	stage_reports=
	for f in "$BUILD"/report-*.json; do
		[ -e "$f" ] && stage_reports="$stage_reports --stage $f"
	done
	idx_args=
	for f in "$BUILD"/prev/articles.*.jsonl.idx; do
		[ -e "$f" ] && idx_args="$idx_args --prev-index $f"
	done
	for f in "$BUILD"/articles.*.jsonl.idx; do
		[ -e "$f" ] && idx_args="$idx_args --index $f"
	done
	stats_arg=
	[ -e "$BUILD/stats/stats.json" ] &&
		stats_arg="--stats $BUILD/stats/stats.json"
	# shellcheck disable=SC2086 # the option lists are meant to split
	"$BIN/rw-report" -o "$BUILD/report.json" --timings "$T" $stats_arg \
		$stage_reports $idx_args || die "cannot write $BUILD/report.json"
}
report

# The site, then its search index (Pagefind, from npm).
stage render begin
"$BIN/rw-render" -o "$SITE" --report "$BUILD/report.json" "$BUILD/stats"
rc=$?
[ $rc -le 1 ] || die "rw-render failed (exit $rc); nothing was published"
stage render end
if [ ! -e node_modules/.package-lock.json ]; then
	command -v npm >/dev/null ||
		die "npm is missing (for the Pagefind search index): run make deps"
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >&2 ||
		die "npm ci failed; cannot build the search index"
fi
stage search begin
sh tools/site-search.sh "$SITE" || die "the search index failed"
stage search end

report

say "site in $SITE; run report $BUILD/report.json"
say "open $SITE/index.html (search needs a web server: python3 -m http.server -d $SITE)"
