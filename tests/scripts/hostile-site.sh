#!/bin/sh
# SPDX-License-Identifier: ISC
# Hostile snapshots through the whole pipeline: markup, script, Markdown
# and template injection in every field that reaches the site, dangerous
# URL schemes, odd file names and symlinks out of the snapshot folder.
# Nothing may run in a reader's browser, become a dangerous link, or be
# written outside BUILD and SITE.  Prints TAP lines.
set -u
BIN=${BIN:-bin}
T=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] || rm -rf "$T"' EXIT INT TERM
n=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
nok() { n=$((n + 1)); echo "not ok $n - $1"; }
check() { if eval "$2"; then ok "$1"; else nok "$1"; fi; }

mkdir -p "$T/snap" "$T/outside"
X='<script>alert(1)</script><img src=x onerror=alert(2)>'
cat >"$T/snap/inject.html" <<EOF
<html><head><meta charset="utf-8">
<title>民政局发放救助资金100万元&lt;script&gt;alert(3)&lt;/script&gt;_测试站</title>
<link rel="canonical" href="javascript:alert(4)">
<meta property="og:url" content="JaVaScRiPt:alert(5)">
</head><body>
<div class="nav"><a href="javascript:alert(6)">首页</a></div>
<h1>民政局发放救助资金100万元&lt;script&gt;alert(3)&lt;/script&gt;{{title}}</h1>
<div class="info">发布时间：2024-01-20 来源：&lt;img src=x onerror=alert(7)&gt;日报 作者：&lt;b onmouseover=alert(8)&gt;张三&lt;/b&gt;</div>
<div class="content">
<p>本文转自：&lt;svg onload=alert(9)&gt;晚报</p>
<p>1月18日，西安市民政局开展“&lt;img src=x onerror=alert(10)&gt;暖心行动”，为困难群众发放救助资金100万元，走访慰问3000户。[点我](javascript:alert(11)) {{{raw}}} &lt;a href="javascript:alert(12)"&gt;链接&lt;/a&gt;</p>
<p><img src="javascript:alert(13)"></p><p class="caption">&lt;script&gt;alert(14)&lt;/script&gt;图为发放现场</p>
<p>同时，市慈善总会募集善款=cmd|' /C calc'!A0 共计50万元，惠及困难群众2000人。</p>
</div>
<ul class="related"><li><a href="javascript:alert(15)">相关：&lt;script&gt;alert(16)&lt;/script&gt;西安市民政局慰问困难群众</a> 2024-01-19</li>
<li><a href="data:text/html,alert(17)">相关：西安市发放临时救助金200万元</a> 2024-01-18</li></ul>
</body></html>
EOF
cp samples/rd007.html "$T/snap/we ird \$(touch pwned) 'q\" -x
line.html"
cp samples/rd010.html "$T/snap/-lead.html"
long=$(printf 'x%.0s' $(seq 1 200))
cp samples/rd014.html "$T/snap/$long.html"
mkdir -p "$T/snap/sub/.."x 2>/dev/null
cp samples/rd003.html "$T/outside/secret.html"
ln -s "$T/outside/secret.html" "$T/snap/escape.html"
ln -s "$T/outside" "$T/snap/linkdir"
find "$T/snap" "$T/outside" -type f -exec md5sum {} + | sort >"$T/before.md5"
git status --porcelain 2>/dev/null | sort >"$T/git.before"

make --no-print-directory -s site BIN="$BIN" SNAPSHOTS="$T/snap" \
    BUILD="$T/build" SITE="$T/site" JOBS=2 >"$T/make.out" 2>&1
rc=$?
check "the build finishes (bad inputs reported, not fatal)" '[ $rc -eq 0 ]'
check "the injected page became a story" \
    'grep -rq "暖心行动" "$T/site/story"'
check "odd file names are processed literally" \
    '[ ! -e pwned ] && [ ! -e "$T/snap/pwned" ] &&
     grep -q "we ird" "$T/build/articles.1.jsonl" "$T/build/articles.2.jsonl"'
check "a symlink out of the snapshot folder is refused" \
    'grep -q "escape.html: outside the snapshot folder" "$T/make.out" &&
     ! grep -rq "慈善情暖万家" "$T/build/stats/stories.jsonl"'

# No markup from a page survives as markup, no script handler, no
# dangerous scheme in any attribute, anywhere in the site.
check "no <script> from a page in any HTML file" \
    '! grep -rl --include="*.html" -i "<script>alert" "$T/site" | grep -q .'
check "no event-handler attribute from a page" \
    '! grep -rhoi --include="*.html" --include="*.svg" "<[^>]* on\(error\|load\|mouseover\)=" "$T/site" | grep -q .'
# (The 404 page's own empty icon, href="data:,", is the one data: URL.)
check "no javascript:, data: or vbscript: link or source" \
    '! grep -rhoi --include="*.html" --include="*.xml" --include="*.svg" "\(href\|src\)=\"[[:space:]]*\(javascript\|data\|vbscript\):[^\"]*\"" "$T/site" | grep -v "^href=\"data:,\"\$" | grep -q .'
check "Markdown in page text is not a link" \
    '! grep -rhoi --include="*.html" "<a [^>]*>点我</a>" "$T/site" | grep -q .'
check "template syntax in page text is shown, not expanded" \
    'grep -rq "{{{raw}}}" "$T/site/story"'
check "CSV cells that start a formula are defused" \
    '! grep -q "^=\|,=" "$T/site/data/facts.csv" "$T/site/data/stories.csv"'
find "$T/snap" "$T/outside" -type f -exec md5sum {} + | sort >"$T/after.md5"
git status --porcelain 2>/dev/null | sort >"$T/git.after"
check "the snapshot folder and the tree are untouched (writes only in BUILD and SITE)" \
    'cmp -s "$T/before.md5" "$T/after.md5" && cmp -s "$T/git.before" "$T/git.after"'
echo "1..$n"
