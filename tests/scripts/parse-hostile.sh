#!/bin/sh
# SPDX-License-Identifier: ISC
# rw-parse on broken and hostile inputs: every input gives one record, a
# bad one an error record and one stderr line naming it; never a crash.
# Prints TAP lines.
set -u
BIN=${BIN:-bin}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT INT TERM
n=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
nok() { n=$((n + 1)); echo "not ok $n - $1"; }
check() { if eval "$2"; then ok "$1"; else nok "$1"; fi; }

# Runs rw-parse on one file; sets rc, out, err.
run() {
	"$BIN/rw-parse" "$@" >"$T/out" 2>"$T/err"
	rc=$?
}
# Exactly one JSON line whose "error" is present (want=error) or absent.
one_record() {
	[ "$(wc -l <"$T/out")" -eq 1 ] &&
	python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); sys.exit(0 if ("error" in r) == (sys.argv[2]=="error") else 1)' "$T/out" "$1"
}

: >"$T/empty.html"
run "$T/empty.html"
check "empty file is an error record" 'one_record error && [ $rc -eq 1 ] && grep -q "empty.html: empty file" "$T/err"'

printf ' \n\t \n' >"$T/blank.html"
run "$T/blank.html"
check "whitespace-only file is an error record" 'one_record error && [ $rc -eq 1 ]'

printf '<p>x</p>' | gzip -c >"$T/gz.html"
run "$T/gz.html"
check "gzip bytes are refused" 'one_record error && grep -q "binary content (gzip)" "$T/err"'

printf '%%PDF-1.4\n%%\342\343\n1 0 obj\n' >"$T/pdf.html"
run "$T/pdf.html"
check "PDF bytes are refused" 'one_record error && grep -q PDF "$T/err"'

head -c 20000 /dev/urandom >"$T/random.html"
run "$T/random.html"
check "random bytes give one record" '[ $rc -le 1 ] && [ "$(wc -l <"$T/out")" -eq 1 ]'

printf '<html><meta charset=gbk><body><p>\303\361\325\376\276\310\326\372\303' >"$T/truncgbk.html"
run "$T/truncgbk.html"
check "truncated GBK is decoded best-effort" 'one_record ok && [ $rc -eq 0 ] && grep -q "民政救助" "$T/out"'

printf '<meta charset=utf-8><p>bad \377\376 bytes and \300\257 overlong \355\240\200 surrogate</p>' >"$T/badutf8.html"
run "$T/badutf8.html"
check "invalid UTF-8 becomes valid UTF-8" 'one_record ok && python3 -c "import sys; open(sys.argv[1],encoding=\"utf-8\").read()" "$T/out"'

printf '<p>nul\000byte</p>' >"$T/nul.html"
run "$T/nul.html"
check "NUL bytes do not truncate the page" 'one_record ok && grep -q nulbyte "$T/out"'

printf '\377\376<\000p\000>\000\021l\000\000<\000/\000p\000>\000' >"$T/utf16.html"
run "$T/utf16.html"
check "UTF-16 with BOM" 'one_record ok && grep -q "UTF-16LE" "$T/out"'

python3 -c 'print("<html><body>" + "<div>" * 200000 + "deep" + "</div>" * 200000)' >"$T/deep.html"
run "$T/deep.html"
check "200k nested elements" 'one_record ok && [ $rc -eq 0 ]'

python3 -c 'print("<html><body>" + "<p>paragraph %d of many.</p>" * 300000)' >"$T/many.html"
run "$T/many.html"
check "300k paragraphs" 'one_record ok && [ $rc -eq 0 ]'

python3 -c 'print("<title>" + "T" * 2000000 + "</title><p>" + "x" * 2000000)' >"$T/huge.html"
run "$T/huge.html"
check "megabyte title and line" 'one_record ok && [ $rc -eq 0 ]'

python3 -c 'print("<div " + " ".join("a%d=\"v\"" % i for i in range(50000)) + ">x</div>")' >"$T/attrs.html"
run "$T/attrs.html"
check "50k attributes" 'one_record ok && [ $rc -eq 0 ]'

python3 -c 'print("<p>" + "&amp;&lt;&#x4e07;&nbsp;" * 200000 + "</p>")' >"$T/ents.html"
run "$T/ents.html"
check "entity flood" 'one_record ok && [ $rc -eq 0 ]'

cat >"$T/xxe.html" <<'X'
<?xml version="1.0"?>
<!DOCTYPE html [
<!ENTITY xxe SYSTEM "file:///etc/passwd">
<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
]>
<html xmlns:xi="http://www.w3.org/2001/XInclude"><body><p>&xxe; &d;</p>
<xi:include href="file:///etc/passwd" parse="text"/><base href="http://evil.example/"></body></html>
X
run "$T/xxe.html"
check "no external entity, entity expansion or XInclude" 'one_record ok && ! grep -q "root:" "$T/out" && ! grep -q aaaaaaaaaaaaaaaaaaaa "$T/out"'

printf '<p>%s</p>' "$(head -c 5000 /dev/zero | tr '\0' x)" >"$T/big.html"
run --max-bytes 1000 "$T/big.html"
check "over --max-bytes is an error record" 'one_record error && grep -q "over the limit of 1000" "$T/err"'

mkdir "$T/dir.html"
run "$T/dir.html" "$T/nul.html"
check "a directory is an error, the batch goes on" '[ $rc -eq 1 ] && [ "$(wc -l <"$T/out")" -eq 2 ] && [ "$(wc -l <"$T/err")" -eq 1 ]'

name="$T/we ird \$(touch pwned) 'q\" -x
line.html"
printf '<p>odd name</p>' >"$name"
( cd "$T" && "$OLDPWD/$BIN/rw-parse" "./we ird \$(touch pwned) 'q\" -x
line.html" >"$T/out" 2>"$T/err" )
check "odd file names are taken literally" '[ ! -e "$T/pwned" ] && one_record ok'

printf '<p>x</p>' >"$T/-lead.html"
( cd "$T" && "$OLDPWD/$BIN/rw-parse" -- -lead.html >"$T/out" 2>"$T/err" )
check "a leading dash after --" 'one_record ok'

run --bogus
check "bad usage exits 2" '[ $rc -eq 2 ] && grep -q usage "$T/err"'

echo "1..$n"
