#!/bin/sh
# SPDX-License-Identifier: ISC
# The benchmark: how fast each stage is on a generated corpus, measured in
# one run so the ratios hold on a noisy machine.  It measures and asserts
# nothing; it exits non-zero only when a stage fails.
#
#   BIN=bin BENCH_BIN=.obj/plain/tests/bench BENCH_N="10000 100000" \
#   BUILD=build sh tests/bench/run.sh          (or: make bench BENCH_N=2000)
#
# For each N: generates N pages into $BUILD/bench/N/corpus (kept, and
# regenerated only when the generator, the gazetteer or the seed change),
# reads them once to warm the page cache, then times each stage that is
# built (bare libxml2 parse, rw-parse, rw-facts, rw-stats, rw-render) as
# one process on one core, the whole pipeline (make site, JOBS=2) from
# nothing, and the nightly case: 1 % new pages, make site again.  Then
# the scaling check (pages with 10x the paragraphs and furniture).  The
# tables go to $BUILD/bench/results.txt and stdout.
#
# Environment: BENCH_SEED (1), BENCH_JOBS (2), BENCH_SCALE_PAGES (200).

set -u
BIN=${BIN:-bin}
BENCH_BIN=${BENCH_BIN:-.obj/plain/tests/bench}
BENCH_N=${BENCH_N:-10000 100000}
BUILD=${BUILD:-build}
SEED=${BENCH_SEED:-1}
JOBS=${BENCH_JOBS:-2}
SCALE_PAGES=${BENCH_SCALE_PAGES:-200}
OUT=$BUILD/bench
RESULTS=$OUT/results.txt
export LC_ALL=C TZ=UTC
FAILED=0

mkdir -p "$OUT" || exit 2
for p in gen-corpus bare-parse bench-time; do
	if [ ! -x "$BENCH_BIN/$p" ]; then
		echo "bench: $BENCH_BIN/$p not built (make bench builds it)" >&2
		exit 2
	fi
done

# The stage commands, in one place (adjust here when a stage's options
# change).  Paths: $list (snapshot names), $work/articles.jsonl,
# $work/facts.jsonl, $work/stats (rw-stats -o), $work/site.
stage_cmd() {
	case $1 in
	bare) echo "$BENCH_BIN/bare-parse --files-from $list" \
	    ">$work/bare.txt";;
	parse) echo "$BIN/rw-parse --files-from $list >$work/articles.jsonl";;
	facts) echo "$BIN/rw-facts <$work/articles.jsonl >$work/facts.jsonl";;
	stats) echo "$BIN/rw-stats -o $work/stats -a $work/articles.jsonl" \
	    "-f $work/facts.jsonl";;
	render) echo "$BIN/rw-render -o $work/site $work/stats";;
	esac
}

# Generator identity: a corpus is reused only if this is unchanged.
GEN_KEY=$(cat tests/bench/gen-corpus.c data/regions.tsv | cksum |
    cut -d' ' -f1)

# gen DIR FIRST COUNT SCALE: the corpus in DIR, generated unless cached;
# large ones by two processes, each writing half of the pages.
gen() {
	g_dir=$1 g_first=$2 g_n=$3 g_scale=$4
	g_key="$GEN_KEY seed=$SEED first=$g_first n=$g_n scale=$g_scale"
	if [ -f "$g_dir/.key" ] && [ "$(cat "$g_dir/.key")" = "$g_key" ]; then
		return 0
	fi
	echo "bench: generating $g_n pages (x$g_scale) in $g_dir" >&2
	rm -rf "$g_dir" && mkdir -p "$g_dir" || return 1
	g_half=$((g_n / 2))
	set -- --seed "$SEED" --scale "$g_scale" -o "$g_dir"
	if [ "$g_n" -ge 2000 ]; then
		"$BENCH_BIN/gen-corpus" "$@" -n "$g_half" --start "$g_first" \
		    --manifest "$g_dir/manifest.1" &
		g_pid=$!
		"$BENCH_BIN/gen-corpus" "$@" -n $((g_n - g_half)) \
		    --start $((g_first + g_half)) \
		    --manifest "$g_dir/manifest.2" || { wait; return 1; }
		wait "$g_pid" || return 1
		{ cat "$g_dir/manifest.1"; sed 1d "$g_dir/manifest.2"; } \
		    >"$g_dir/manifest.tsv" && rm -f "$g_dir/manifest.1" \
		    "$g_dir/manifest.2" || return 1
	else
		"$BENCH_BIN/gen-corpus" "$@" -n "$g_n" --start "$g_first" ||
		    return 1
	fi
	echo "$g_key" >"$g_dir/.key"
}

# Lists a corpus's pages (sorted) into FILE and prints their total bytes.
list_pages() {
	find -L "$1" -name '*.html' -type f | sort >"$2"
	tr '\n' '\0' <"$2" | xargs -0 cat | wc -c
}

warm() {
	tr '\n' '\0' <"$1" | xargs -0 cat >/dev/null
}

# measure NAME PAGES BYTES COMMAND...: one table row in $ROWS.
# bench-time's line: wall user sys maxrss_kb status.
measure() {
	name=$1 pages=$2 bytes=$3
	shift 3
	"$BENCH_BIN/bench-time" -o "$OUT/time.txt" "$@" 2>"$OUT/stage.err"
	rc=$?
	if [ "$rc" -ne 0 ]; then
		FAILED=1
		echo "bench: $name failed (exit $rc); stderr:" >&2
		head -5 "$OUT/stage.err" >&2
	fi
	read -r wall user sys rss st <"$OUT/time.txt"
	echo "$name $pages $bytes $wall $user $sys $rss $rc" >>"$ROWS"
}

skip() {
	echo "$1 skipped $2" >>"$ROWS"
}

# One process per stage, each fed the previous stage's output.
run_stages() {
	list=$1 pages=$2 bytes=$3 work=$4
	rm -rf "$work/stats" "$work/site"
	mkdir -p "$work/stats" "$work/site"
	measure bare-parse "$pages" "$bytes" sh -c "$(stage_cmd bare)"
	# A stage runs only if it is built and the one before it worked.
	prev=ok
	for s in parse facts stats render; do
		if [ ! -x "$BIN/rw-$s" ]; then
			skip "rw-$s" "(not built)"
			prev=
		elif [ -z "$prev" ]; then
			skip "rw-$s" "(an earlier stage is missing or failed)"
		else
			measure "rw-$s" "$pages" "$bytes" \
			    sh -c "$(stage_cmd $s)"
			[ "$rc" -eq 0 ] || prev=
		fi
	done
}

# Prints the rows of $ROWS as a table.
table() {
	awk '
	function f(x, d) { return sprintf("%." d "f", x) }
	BEGIN {
		printf "%-22s %7s %8s %8s %8s %9s %7s %10s %8s\n", "stage",
		    "pages", "MB", "wall s", "CPU s", "pages/s", "MB/s",
		    "pages/s/cpu", "RSS MB"
	}
	$2 == "skipped" {
		why = $0
		sub(/^[^ ]* skipped /, "", why)
		printf "%-22s skipped %s\n", $1, why
		next
	}
	{
		name = $1; pages = $2; mb = $3 / 1e6; wall = $4
		cpu = $5 + $6; rss = $7 / 1024
		if (wall <= 0) wall = 0.001
		if (cpu <= 0) cpu = 0.001
		st = $8 != 0 ? "  FAILED (exit " $8 ")" : ""
		printf "%-22s %7d %8s %8s %8s %9s %7s %10s %8s%s\n", name,
		    pages, f(mb, 1), f(wall, 2), f(cpu, 2), f(pages / wall, 0),
		    f(mb / wall, 1), f(pages / cpu, 0), f(rss, 0), st
		rate[name] = pages / cpu
	}
	name == "make-site" { full = wall }
	name == "make-site+1%" { nightly = wall }
	END {
		if (rate["bare-parse"] > 0 && rate["rw-parse"] > 0)
			printf "rw-parse runs at %.2f of the bare-parse rate " \
			    "(%.2fx its CPU time per page)\n",
			    rate["rw-parse"] / rate["bare-parse"],
			    rate["bare-parse"] / rate["rw-parse"]
		if (full > 0 && nightly > 0)
			printf "nightly make site (+1%% pages) took %.1f%% " \
			    "of the full build'"'"'s wall time\n",
			    100 * nightly / full
	}
	' "$ROWS"
}

# Full build from nothing, then the nightly run with 1 % more pages.
run_site() {
	s_dir=$1 pages=$2 bytes=$3 newpages=$4 newbytes=$5
	snap=$s_dir/snapshots
	rm -rf "$snap" "$s_dir/pipe"
	mkdir -p "$snap" "$s_dir/pipe" || return 1
	# Hard links: the pipeline never follows symbolic links out of the
	# snapshot folder.
	cp -al "$s_dir/corpus" "$snap/base" || return 1
	# Our own make, not the one that may have started us.
	unset MAKEFLAGS MFLAGS MAKELEVEL
	measure "make-site" "$pages" "$bytes" make --no-print-directory site \
	    SNAPSHOTS="$snap" BUILD="$s_dir/pipe/build" \
	    SITE="$s_dir/pipe/site" JOBS="$JOBS" BIN="$BIN"
	cp -al "$s_dir/new" "$snap/new" || return 1
	measure "make-site+1%" $((pages + newpages)) \
	    $((bytes + newbytes)) make --no-print-directory site \
	    SNAPSHOTS="$snap" BUILD="$s_dir/pipe/build" \
	    SITE="$s_dir/pipe/site" JOBS="$JOBS" BIN="$BIN"
}

header() {
	echo "reliefwatch benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
	echo "commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')," \
	    "$(nproc) cores, $(awk -F': ' '/^model name/ { print $2; exit }' \
	    /proc/cpuinfo), libxml2 $(pkg-config --modversion libxml-2.0)"
	echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" \
	    "(other processes on this machine slow the wall times, not" \
	    "the CPU times)"
	echo "seed $SEED; MB = MB of snapshot HTML for every row;" \
	    "CPU s = user + sys of all processes;"
	echo "pages/s/cpu = pages per CPU second (the rate of one core);" \
	    "RSS = peak of the largest process"
}

: >"$RESULTS.new"
header | tee -a "$RESULTS.new"
for n in $BENCH_N; do
	dir=$OUT/$n
	new=$((n / 100))
	[ "$new" -ge 1 ] || new=1
	gen "$dir/corpus" 0 "$n" 1 && gen "$dir/new" "$n" "$new" 1 || {
		echo "bench: corpus generation failed" >&2
		exit 1
	}
	mkdir -p "$dir/work"
	bytes=$(list_pages "$dir/corpus" "$dir/pages.txt")
	newbytes=$(list_pages "$dir/new" "$dir/new.txt")
	warm "$dir/pages.txt"
	warm "$dir/new.txt"
	ROWS=$dir/rows.txt
	: >"$ROWS"
	run_stages "$dir/pages.txt" "$n" "$bytes" "$dir/work"
	run_site "$dir" "$n" "$bytes" "$new" "$newbytes"
	{
		echo
		echo "== $n pages ($(awk -F'\t' 'NR > 1 { s += $8 } END {
		    printf "mean %.0f KB", s / (NR - 1) / 1000 }' \
		    "$dir/corpus/manifest.tsv"))"
		table
	} | tee -a "$RESULTS.new"
done

# Scaling: the same pages with 10x the paragraphs and furniture.
sdir=$OUT/scale
for x in 1 10; do
	gen "$sdir/x$x" 0 "$SCALE_PAGES" "$x" || exit 1
	list_pages "$sdir/x$x" "$sdir/x$x.txt" >"$sdir/x$x.bytes"
	warm "$sdir/x$x.txt"
done
ROWS=$sdir/rows.txt
: >"$ROWS"
for x in 1 10; do
	bytes=$(cat "$sdir/x$x.bytes")
	list=$sdir/x$x.txt work=$sdir/work$x
	mkdir -p "$work"
	measure "bare-parse/x$x" "$SCALE_PAGES" "$bytes" sh -c \
	    "$(stage_cmd bare)"
	measure "rw-parse/x$x" "$SCALE_PAGES" "$bytes" sh -c \
	    "$(stage_cmd parse)"
done
{
	echo
	echo "== scaling: $SCALE_PAGES pages at 1x and 10x size"
	awk '
	{
		k = $1; order[NR] = k; kb[k] = $3 / $2 / 1000
		ms[k] = 1000 * ($5 + $6) / $2; bad[k] = $8 != 0
	}
	END {
		printf "%-16s %10s %12s %8s\n", "stage", "KB/page",
		    "CPU ms/page", "vs 1x"
		for (i = 1; i <= NR; i++) {
			k = order[i]; base = k; sub(/x10$/, "x1", base)
			printf "%-16s %10.0f %12.2f %7.1fx%s\n", k, kb[k],
			    ms[k], (ms[base] > 0 ? ms[k] / ms[base] : 0),
			    bad[k] ? "  FAILED" : ""
		}
		print "(10x the bytes for about 10x the time is linear)"
	}' "$ROWS"
} | tee -a "$RESULTS.new"
mv "$RESULTS.new" "$RESULTS"
echo "bench: results in $RESULTS" >&2
exit "$FAILED"
