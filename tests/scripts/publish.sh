#!/bin/sh
# SPDX-License-Identifier: ISC
# make publish / rollback: releases switch atomically; kill -9 of the
# build or the publish at random moments (KILL_TRIALS, default 20) always
# leaves DEST/current a complete release; a bad run publishes nothing.
# Prints TAP lines.
set -u
BIN=${BIN:-bin}
TRIALS=${KILL_TRIALS:-20}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT INT TERM
n=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
nok() { n=$((n + 1)); echo "not ok $n - $1"; }
check() { if eval "$2"; then ok "$1"; else nok "$1"; fi; }

if [ ! -x "$BIN/rw-render" ]; then
	echo "ok 1 # SKIP rw-render is not built yet"
	echo "1..1"
	exit 0
fi

publish() {
	make --no-print-directory -s publish BIN="$BIN" SNAPSHOTS="$T/snap" \
	    BUILD="$T/build" SITE="$T/site" DEST="$T/dest" JOBS=2 "$@"
}
# DEST/current is a complete release: it resolves, has its front page,
# and every page its own manifest lists is there.
complete() {
	cur=$(readlink "$T/dest/current") || return 1
	[ -f "$T/dest/$cur/index.html" ] || return 1
	[ -f "$T/dest/$cur/manifest.txt" ] || return 0
	while IFS= read -r f; do
		[ -e "$T/dest/$cur/$f" ] || return 1
	done <"$T/dest/$cur/manifest.txt"
}

mkdir -p "$T/snap"
cp samples/*.html "$T/snap/"
start=$(date +%s.%N)
publish >"$T/p1.out" 2>&1
rc=$?
took=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')
check "first publish succeeds" '[ $rc -eq 0 ] && complete'
first=$(readlink "$T/dest/current")

sed -i 's/走访慰问/入户走访慰问/' "$T/snap/rd007.html"
sleep 1	# release ids have a one-second clock
publish >"$T/p2.out" 2>&1
check "a second publish switches to a new release" \
    '[ "$(readlink "$T/dest/current")" != "$first" ] && complete'
second=$(readlink "$T/dest/current")

make --no-print-directory -s rollback DEST="$T/dest" >"$T/rb.out" 2>&1
check "rollback returns to the previous release" \
    '[ "$(readlink "$T/dest/current")" = "$first" ] && complete'

# A run with too many failed inputs publishes nothing.
mkdir -p "$T/bad"
cp "$T/snap/rd001.html" "$T/bad/"
for i in 1 2 3; do : >"$T/bad/empty$i.html"; done
make --no-print-directory -s publish BIN="$BIN" SNAPSHOTS="$T/bad" \
    BUILD="$T/badbuild" SITE="$T/badsite" DEST="$T/dest" JOBS=2 \
    >"$T/p3.out" 2>&1
rc=$?
check "too many failed inputs: exit non-zero, nothing published" \
    '[ $rc -ne 0 ] && [ "$(readlink "$T/dest/current")" = "$first" ] &&
     grep -q "over the limit" "$T/p3.out"'

# kill -9 at random points of build + publish.
sed -i 's/入户走访慰问/走访慰问/' "$T/snap/rd007.html"
bad=0
i=0
while [ $i -lt "$TRIALS" ]; do
	i=$((i + 1))
	# Alternate which snapshot changes so every run has work to do.
	sed -i "s/<\/body>/<p>trial $i<\/p><\/body>/" "$T/snap/rd00$((i % 9 + 1)).html"
	delay=$(awk -v t="$took" -v s="$i" 'BEGIN { srand(s); printf "%.3f", rand() * t * 1.2 }')
	setsid sh -c "exec make --no-print-directory -s publish BIN='$BIN' \
	    SNAPSHOTS='$T/snap' BUILD='$T/build' SITE='$T/site' \
	    DEST='$T/dest' JOBS=2 >'$T/k.out' 2>&1" &
	pid=$!
	sleep "$delay"
	kill -9 -- -"$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	complete || { bad=$((bad + 1)); echo "# trial $i (kill after ${delay}s): current incomplete"; }
done
check "kill -9 at $TRIALS random points: current is always a complete release" \
    '[ $bad -eq 0 ]'
publish >"$T/p4.out" 2>&1
rc=$?
check "after the kills a publish completes" '[ $rc -eq 0 ] && complete'
nrel=$(ls "$T/dest/releases" | grep -vc '^\.')
check "old releases are pruned to KEEP (5)" '[ "$nrel" -le 5 ]'

echo "1..$n"
