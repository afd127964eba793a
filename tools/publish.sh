#!/bin/sh
# SPDX-License-Identifier: ISC
# make publish / make rollback: releases of the site under DEST.
#
#   DEST/releases/<id>/   complete sites, never modified once in place
#   DEST/current          symlink to the live release, switched by rename(2)
#
# publish: builds the site (tools/pipeline.sh), checks the run report
# (failed inputs at most MAX_FAILED percent) and the site (pages present),
# copies it into a new release (unchanged files hard-linked to the last
# release), then switches DEST/current atomically and keeps the newest
# KEEP releases.  Any failure leaves DEST/current as it was.
# rollback: points DEST/current at the release before the current one.
#
# Environment: DEST (required), KEEP (5), MAX_FAILED (5), and for publish
# the pipeline's SNAPSHOTS BUILD SITE BIN JOBS MAKE LOCK_WAIT.
set -u
cmd=${1:-}
: "${DEST:?set DEST=dir}"
KEEP=${KEEP:-5}
MAX_FAILED=${MAX_FAILED:-5}
LOCK_WAIT=${LOCK_WAIT:-3600}

say() { echo "reliefwatch: $*" >&2; }
die() { say "$*"; exit 1; }

mkdir -p "$DEST/releases" || die "cannot create $DEST/releases"
DEST=$(cd "$DEST" && pwd) || die "cannot enter $DEST"

# One publish or rollback at a time per DEST, and the build under it.
exec 8>"$DEST/.lock" || die "cannot open $DEST/.lock"
if ! flock -n 8; then
	say "another publish holds $DEST/.lock; waiting up to ${LOCK_WAIT}s"
	flock -w "$LOCK_WAIT" 8 || die "gave up waiting for $DEST/.lock"
fi

# Switches DEST/current to releases/$1 with one rename(2).
switch() {
	ln -sfn "releases/$1" "$DEST/.current.new" &&
	mv -T "$DEST/.current.new" "$DEST/current" ||
		die "cannot switch $DEST/current to $1"
}

current() { readlink "$DEST/current" 2>/dev/null | sed 's|^releases/||'; }
releases() { ls -1 "$DEST/releases" | grep -v '^\.' | LC_ALL=C sort; }

case "$cmd" in
publish)
	: "${SITE:?}" "${BUILD:?}" "${BIN:?}"
	sh tools/pipeline.sh ||
		die "build failed; nothing published, $DEST/current is unchanged"
	"$BIN/rw-report" --check --max-failed "$MAX_FAILED" "$BUILD/report.json" ||
		die "nothing published, $DEST/current is unchanged"
	[ -f "$SITE/index.html" ] ||
		die "$SITE/index.html is missing; nothing published"
	pages=$(find "$SITE" -name '*.html' | wc -l)
	[ "$pages" -ge 1 ] || die "$SITE has no pages; nothing published"

	id=$(date -u +%Y%m%dT%H%M%SZ)
	[ -e "$DEST/releases/$id" ] && id=$id-$$
	tmp="$DEST/releases/.new-$id"
	rm -rf "$DEST"/releases/.new-*
	prev=$(current)
	link=
	[ -n "$prev" ] && [ -d "$DEST/releases/$prev" ] &&
		link="--link-dest=$DEST/releases/$prev"
	# shellcheck disable=SC2086 # $link is one option or none
	rsync -a --checksum --exclude=.gitignore --exclude='*.tmp??????' $link "$SITE/" "$tmp/" ||
		die "cannot copy $SITE into $tmp; nothing published"
	[ -f "$tmp/index.html" ] || die "the copy in $tmp is incomplete"
	sync -f "$tmp" 2>/dev/null
	mv "$tmp" "$DEST/releases/$id" || die "cannot move $tmp into place"
	switch "$id"
	say "published $DEST/releases/$id ($pages pages); $DEST/current -> releases/$id"

	# Keep the newest KEEP releases, and always the live one.
	n=$(releases | wc -l)
	releases | head -n $((n > KEEP ? n - KEEP : 0)) | while read -r old; do
		[ "$old" = "$id" ] || rm -rf "${DEST:?}/releases/$old"
	done
	;;
rollback)
	cur=$(current)
	[ -n "$cur" ] || die "$DEST/current does not point at a release"
	before=$(releases | awk -v c="$cur" '$0 == c { print p; exit } { p = $0 }')
	[ -n "$before" ] || die "no release before $cur to roll back to"
	switch "$before"
	say "rolled back: $DEST/current -> releases/$before (was $cur)"
	;;
*)
	echo "usage: DEST=dir sh tools/publish.sh publish|rollback" >&2
	exit 2
	;;
esac
