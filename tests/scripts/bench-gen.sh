#!/bin/sh
# SPDX-License-Identifier: ISC
# gen-corpus, the benchmark's corpus generator: the same seed gives the
# same bytes (also when written by two runs), and every page really is in
# the charset its manifest row names.  Prints TAP lines.
set -u
GEN=${BENCH_BIN:-.obj/plain/tests/bench}/gen-corpus
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT INT TERM
n=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
nok() { n=$((n + 1)); echo "not ok $n - $1"; }
check() { if eval "$2"; then ok "$1"; else nok "$1"; fi; }

if [ ! -x "$GEN" ]; then
	nok "gen-corpus is built ($GEN)"
	exit 1
fi

"$GEN" -n 20 -o "$T/a" --seed 7 && "$GEN" -n 20 -o "$T/b" --seed 7
check "20 pages twice with one seed: identical bytes" \
    'diff -r "$T/a" "$T/b" >/dev/null && [ "$(ls "$T"/a/000 | wc -l)" -eq 20 ]'

"$GEN" -n 10 -o "$T/c" --seed 7 --manifest "$T/c.1" &&
    "$GEN" -n 10 --start 10 -o "$T/c" --seed 7 --manifest "$T/c.2"
check "the same pages when written by two runs (--start)" \
    'diff -r -x manifest.tsv "$T/a" "$T/c" >/dev/null'

"$GEN" -n 20 -o "$T/d" --seed 8
check "another seed gives other pages" \
    '! cmp -s "$T/a/000/p0000003.html" "$T/d/000/p0000003.html"'

"$GEN" -n 200 -o "$T/e" --seed 7
M=$T/e/manifest.tsv
# manifest: page file layout encoding declared lang story bytes
bad=0
sed 1d "$M" |
while IFS='	' read -r page file lay enc decl lang story bytes; do
	case $enc/$decl in
	GBK/gb2312) cs=GB2312;;
	GBK/*) cs=GBK;;
	GB18030/*) cs=GB18030;;
	Big5/*) cs=BIG5;;
	*) cs=UTF-8;;
	esac
	if ! iconv -f "$cs" -t UTF-8 "$T/e/$file" >/dev/null 2>&1; then
		echo "# $file does not decode from $cs"
		echo bad
	fi
	if [ "$decl" = "-" ]; then
		grep -qi 'charset' "$T/e/$file" && echo "# $file declares" &&
		    echo bad
	else
		grep -qi "charset=\"\{0,1\}$decl" "$T/e/$file" ||
		    { echo "# $file lacks charset $decl"; echo bad; }
	fi
	[ "$(wc -c <"$T/e/$file")" -eq "$bytes" ] ||
	    { echo "# $file: size differs from manifest"; echo bad; }
done >"$T/bad"
grep '^#' "$T/bad" | head -5
check "every page decodes with iconv from its charset, as declared" \
    '! grep -q "^bad" "$T/bad"'

check "UTF-8, GBK, GB2312, GB18030 and Big5 pages occur" \
    'for e in "UTF-8	utf-8" "GBK	gbk" "GBK	gb2312" "GBK	-" \
    "GB18030	gb18030" "Big5	big5"; do
	grep -q "	$e	" "$M" || exit 1; done'

check "all five layouts occur" \
    '[ "$(sed 1d "$M" | cut -f3 | sort -u | tr -d "\n")" = L1L2L3L4L5 ]'

check "some pages reprint an earlier story" \
    '[ "$(awk -F"	" "NR > 1 && \$1 != \$7" "$M" | wc -l)" -ge 2 ]'

f=$(awk -F'	' '$4 == "Big5" { print $2; exit }' "$M")
iconv -f BIG5 -t UTF-8 "$T/e/$f" >"$T/big5.txt" 2>/dev/null
check "Big5 pages hold Traditional text" \
    'grep -q "困難群眾\|慰問\|溫暖" "$T/big5.txt" &&
    ! grep -q "困难群众\|慰问\|温暖" "$T/big5.txt"'

check "page sizes 15-250 KB, mean 70-130 KB" \
    'awk -F"	" "NR > 1 { s += \$8; if (\$8 < 15000 || \$8 > 250000) b = 1 }
    END { m = s / (NR - 1); exit b || m < 70000 || m > 130000 }" "$M"'

"$GEN" -n 3 -o "$T/x" --seed 7 --scale 10
check "--scale 10 pages are about ten times larger" \
    'awk -F"	" "FNR > 1 && FNR <= 4 { s[FILENAME] += \$8 }
    END { r = s[ARGV[2]] / s[ARGV[1]]; exit r < 7 || r > 13 }" \
    "$T/e/manifest.tsv" "$T/x/manifest.tsv"'
