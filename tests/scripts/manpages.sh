#!/bin/sh
# SPDX-License-Identifier: ISC
# Every program has a manual page that mandoc finds no fault in.
set -u
n=0
for c in cmd/*.c; do
	n=$((n + 1))
	page=${c%.c}.1
	if [ ! -f "$page" ]; then
		echo "not ok $n - $page is missing"
	elif ! command -v mandoc >/dev/null; then
		echo "ok $n - $page exists # SKIP mandoc not installed"
	elif out=$(mandoc -Tlint -W warning "$page" 2>&1) && [ -z "$out" ]; then
		echo "ok $n - $page"
	else
		echo "not ok $n - $page: $out"
	fi
done
echo "1..$n"
