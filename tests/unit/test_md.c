/* SPDX-License-Identifier: ISC */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "md.h"

static char *
md(const char *s)
{
	struct rw_err	 err;
	char		*html;

	if ((html = rw_md_render(s, strlen(s), &err)) == NULL)
		fail_msg("%s: %s", s, err.msg);
	return html;
}

static void
check(const char *in, const char *want)
{
	char	*got = md(in);

	if (strcmp(got, want) != 0)
		fail_msg("markdown %s\n got: %s\nwant: %s", in, got, want);
	free(got);
}

static void
dangerous_links_become_text(void **state)
{
	(void)state;
	check("[x](javascript:alert(1))", "<p>x</p>\n");
	check("[x](JavaScript:alert(1) \"t\")", "<p>x</p>\n");
	check("[x](java&#x73;cript:alert(1))", "<p>x</p>\n");
	check("[x](<javascript:alert(1)>)", "<p>x</p>\n");
	check("[x](vbscript:msgbox)", "<p>x</p>\n");
	check("[x](data:text/html;base64,PHNjcmlwdD4=)", "<p>x</p>\n");
	check("[x][r]\n\n[r]: javascript:alert(1)\n", "<p>x</p>\n");
	check("<javascript:alert(1)>", "<p>javascript:alert(1)</p>\n");
	check("<mailto:a@b.c>", "<p>mailto:a@b.c</p>\n");
	check("![alt *t*](data:image/svg+xml,x)", "<p>alt <em>t</em></p>\n");
	check("[![i](javascript:x)](vbscript:y)", "<p>i</p>\n");
	/* Links cannot nest in CommonMark: the outer one stays text. */
	check("[a [b](https://ok.cn/) c](javascript:x)",
	    "<p>[a <a href=\"https://ok.cn/\">b</a> c](javascript:x)</p>\n");
}

static void
safe_links_stay(void **state)
{
	(void)state;
	check("[x](https://a.cn/p?q=1&r=2)",
	    "<p><a href=\"https://a.cn/p?q=1&amp;r=2\">x</a></p>\n");
	check("[x](../a/b.html \"t\")",
	    "<p><a href=\"../a/b.html\" title=\"t\">x</a></p>\n");
	check("![i](img/a.png)",
	    "<p><img src=\"img/a.png\" alt=\"i\" /></p>\n");
	check("<http://a.cn/>",
	    "<p><a href=\"http://a.cn/\">http://a.cn/</a></p>\n");
}

static void
raw_html_dropped(void **state)
{
	(void)state;
	check("<script>alert(1)</script>\n\ntext\n", "<p>text</p>\n");
	check("a <img src=x onerror=alert(1)> b <!-- c -->\n",
	    "<p>a  b </p>\n");
	check("<div>\n*x*\n</div>\n", "");
	check("`<script>`", "<p><code>&lt;script&gt;</code></p>\n");
}

static void
bad_input(void **state)
{
	struct rw_err	 err;
	const char	 nul[] = "a\0b";
	char		*html;

	(void)state;
	check("\xff\xfe ok", "<p>\xef\xbf\xbd\xef\xbf\xbd ok</p>\n");
	html = rw_md_render(nul, sizeof(nul) - 1, &err);
	assert_string_equal(html, "<p>a\xef\xbf\xbd" "b</p>\n");
	free(html);
	check("", "");
	/* The size is checked before anything is read. */
	assert_null(rw_md_render("", (size_t)RW_MD_MAX + 1, &err));
	assert_non_null(strstr(err.msg, "over the limit"));
}

/* What cmark shows for plain text: its own HTML escaping. */
static void
cmark_text(struct rw_buf *b, const char *s)
{
	size_t	 n = strlen(s), beg = 0;

	while (beg < n && (unsigned char)s[beg] <= 0x20)
		beg++;
	while (n > beg && (unsigned char)s[n - 1] <= 0x20)
		n--;
	for (; beg < n; beg++) {
		switch (s[beg]) {
		case '&':
			rw_buf_adds(b, "&amp;");
			break;
		case '<':
			rw_buf_adds(b, "&lt;");
			break;
		case '>':
			rw_buf_adds(b, "&gt;");
			break;
		case '"':
			rw_buf_adds(b, "&quot;");
			break;
		default:
			rw_buf_addc(b, (unsigned char)s[beg] < 0x20 ||
			    s[beg] == 0x7f ? ' ' : s[beg]);
		}
	}
}

static void
escape_round_trips(void **state)
{
	static const char *const texts[] = {
		"# heading", "## 标题", "1. item", "1) item", "- item",
		"+ item", "* item", "> quote", "---", "***", "___", "===",
		"[x](javascript:alert(1))", "<script>alert(1)</script>",
		"&amp; &#60; &copy", "`code` ``x``", "**bold** _em_ __u__",
		"\\ back\\slash\\", "    indented code", "a\nb\n# c\n- d",
		"~~~", "```js", "<http://x.cn>", "![i](x.png)",
		"中文标题：测试【1】“引号”", "a  \nb", "| t | u |", "\t tab",
		"x\r\ny", "!", "[", "]", "\\", "<!-- c -->", "<?php x ?>",
		"=", "-", "#", "1.", "2021. 5. 1", "a_b_c", "*", "[a]: /url",
		"[a]\n\n[a]: /u", "<div>", "x<br>y", "2 < 3 > 1", "\"q\" 'q'",
		"{{x}} {{{y}}}", "a\x01" "b\x7f" "c", "%20 ~ ^ $ @",
		"  lead and trail  ",
	};
	struct rw_buf	 esc = RW_BUF_INIT, want = RW_BUF_INIT;
	char		*got;
	size_t		 i;

	(void)state;
	for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		/* As a paragraph. */
		rw_buf_truncate(&esc, 0);
		rw_md_escape(&esc, texts[i]);
		assert_null(memchr(esc.data, '\n', esc.len));
		rw_buf_truncate(&want, 0);
		rw_buf_adds(&want, "<p>");
		cmark_text(&want, texts[i]);
		rw_buf_adds(&want, "</p>\n");
		got = md(esc.data);
		if (strcmp(got, want.data) != 0)
			fail_msg("%s\n got: %s\nwant: %s", texts[i], got,
			    want.data);
		free(got);
		/* As a heading and as a list item of a template. */
		rw_buf_truncate(&esc, 0);
		rw_buf_adds(&esc, "# ");
		rw_md_escape(&esc, texts[i]);
		rw_buf_adds(&esc, "\n- ");
		rw_md_escape(&esc, texts[i]);
		rw_buf_truncate(&want, 0);
		rw_buf_adds(&want, "<h1>");
		cmark_text(&want, texts[i]);
		rw_buf_adds(&want, "</h1>\n<ul>\n<li>");
		cmark_text(&want, texts[i]);
		rw_buf_adds(&want, "</li>\n</ul>\n");
		got = md(esc.data);
		if (strcmp(got, want.data) != 0)
			fail_msg("%s\n got: %s\nwant: %s", texts[i], got,
			    want.data);
		free(got);
	}
	rw_buf_truncate(&esc, 0);
	rw_md_escapen(&esc, "a\0<", 3);
	assert_string_equal(rw_buf_cstr(&esc), "a\\<");
	rw_buf_free(&esc);
	rw_buf_free(&want);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(dangerous_links_become_text),
		cmocka_unit_test(safe_links_stay),
		cmocka_unit_test(raw_html_dropped),
		cmocka_unit_test(bad_input),
		cmocka_unit_test(escape_round_trips),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
